#!/usr/bin/env python3
"""Language detection: accuracy on short items and time per document.

Labelled text comes from the shared corpus: news pages of news-dates, the article
extraction benchmark and WCXB, labelled by their `<html lang>` (main text by
trafilatura), and congressional press releases (English). Each text is cut to a few
lengths (a headline and a line, a paragraph, a page) and given to
`importers.language.detect_language` (py3langid, what imports use) and, when
installed, to lingua-language-detector in its low- and high-accuracy modes, the other
kept library considered.

Example:
    .venv/bin/python scripts/bench_language.py --pages 300 --releases 500
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from importers.language import detect_language  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
LENGTHS = (60, 150, 400, 3000)


def _html_lang(raw: bytes) -> str | None:
    import lxml.html

    try:
        tree = lxml.html.fromstring(raw)
    except (ValueError, lxml.etree.ParserError):
        return None
    lang = (tree.get("lang") or "").split("-")[0].split("_")[0].lower()
    return lang if len(lang) == 2 else None


def pages(limit: int) -> list[tuple[str, str]]:
    """(language, main text) of news pages whose markup declares their language."""
    import trafilatura

    files = [
        *sorted((CORPUS / "news-dates" / "html").glob("*.html.gz")),
        *sorted((CORPUS / "article-extraction-benchmark" / "html").glob("*.html.gz")),
        *sorted((CORPUS / "wcxb" / "dev" / "html").glob("*.html.gz")),
    ]
    out = []
    for path in files:
        raw = gzip.open(path).read()
        lang = _html_lang(raw)
        text = trafilatura.extract(raw.decode("utf-8", "replace")) if lang else None
        if lang and text and len(text) >= 200:
            out.append((lang, text))
        if len(out) >= limit:
            break
    return out


def releases(limit: int) -> list[tuple[str, str]]:
    path = CORPUS / "congress-press-releases" / "releases.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [("en", json.loads(line)["text"]) for line in itertools.islice(f, 0, None, 200)][
            :limit
        ]


def detectors() -> dict[str, Callable[[str], str | None]]:
    found: dict[str, Callable[[str], str | None]] = {"py3langid": detect_language}
    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        print("lingua-language-detector not installed: py3langid only", file=sys.stderr)
        return found
    for name, builder in (
        ("lingua-low", LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode()),
        ("lingua-high", LanguageDetectorBuilder.from_all_languages()),
    ):
        detector = builder.with_preloaded_language_models().build()

        def detect(text: str, detector=detector) -> str | None:
            found = detector.detect_language_of(text)
            return found.iso_code_639_1.name.lower() if found else None

        found[name] = detect
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--releases", type=int, default=500)
    args = ap.parse_args()
    sets = {"news pages": pages(args.pages), "releases": releases(args.releases)}
    found = detectors()
    for detect in found.values():
        detect("warm-up: models load on first use")
    for label, items in sets.items():
        langs = sorted({lang for lang, _ in items})
        print(f"{label}: {len(items)} texts, languages {', '.join(langs)}")
        for n in LENGTHS:
            row = [f"  first {n:4d} chars"]
            for name, detect in found.items():
                started = time.perf_counter()
                right = sum(detect(text[:n]) == lang for lang, text in items)
                ms = (time.perf_counter() - started) / len(items) * 1000
                row.append(f"{name} {right / len(items):.3f} ({ms:.2f} ms)")
            print(" | ".join(row), flush=True)


if __name__ == "__main__":
    main()
