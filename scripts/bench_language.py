#!/usr/bin/env python3
"""Language detection: accuracy on short items and time per document.

Labelled text comes from the shared corpus: news pages of news-dates, the article
extraction benchmark and WCXB, labelled by their `<html lang>` (main text by
trafilatura), and congressional press releases (English). Each text is cut to a few
lengths (a headline and a line, a paragraph, a page) and given to
`importers.language.detect_language` (what imports use: English function words at a
glance, else py3langid), to py3langid alone, and, when installed, to
lingua-language-detector in its low- and high-accuracy modes, the other kept library
considered. `--catalogs N` adds up to N texts per language made of the translated
messages of the system's gettext catalogs (`/usr/share/locale`, about a hundred
languages, many in Latin letters): UI strings rather than prose, but a wide test of the
English glance against the model (some catalogs carry untranslated English, which both
then call English). `--offset K` reads other releases and catalog texts (a held-out
draw).

Example:
    .venv/bin/python scripts/bench_language.py --pages 300 --releases 500 --catalogs 300
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

from importers.language import (  # noqa: E402
    MIN_LETTERS,
    SAMPLE_CHARS,
    detect_language,
    looks_english,
    model_language,
)

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


def releases(limit: int, offset: int = 0) -> list[tuple[str, str]]:
    path = CORPUS / "congress-press-releases" / "releases.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = itertools.islice(f, offset % 200, None, 200)
        return [("en", json.loads(line)["text"]) for line in lines][:limit]


def catalogs(per_language: int, offset: int = 0) -> list[tuple[str, str]]:
    """(language, text) of about 300 characters of translated gettext messages each."""
    import gettext

    texts: dict[str, list[str]] = {}
    for path in sorted(Path("/usr/share/locale").glob("*/LC_MESSAGES/*.mo")):
        lang = path.parts[4].split("_")[0].split("@")[0]
        try:
            with path.open("rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
        except (OSError, ValueError, IndexError):  # a damaged or odd catalog
            continue
        chunk = ""
        for key, message in catalog.items():
            if key and isinstance(message, str) and len(message) > 40:
                chunk += message.replace("\n", " ") + " "
                if len(chunk) >= 300:
                    texts.setdefault(lang, []).append(chunk)
                    chunk = ""
    return [
        (lang, text)
        for lang, found in sorted(texts.items())
        for text in found[offset : offset + per_language]
    ]


def glance(items: list[tuple[str, str]]) -> None:
    """How often the English glance answers, and where the model would answer otherwise."""
    answered = [(lang, text) for lang, text in items if looks_english(text[:SAMPLE_CHARS])]
    english = sum(lang == "en" for lang, _ in items)
    differs = [(lang, t) for lang, t in answered if model_language(t[:SAMPLE_CHARS]) != "en"]
    print(
        f"  English glance: answers {len(answered)} of {len(items)}"
        f" ({sum(lang == 'en' for lang, _ in answered)} of {english} labelled English);"
        f" the model alone says otherwise on {len(differs)}"
        f" (labelled: {', '.join(sorted(lang for lang, _ in differs)) or '-'})"
    )


def model_only(text: str) -> str | None:
    """py3langid alone: detect_language without the English glance."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    return model_language(sample)


def detectors() -> dict[str, Callable[[str], str | None]]:
    found: dict[str, Callable[[str], str | None]] = {
        "ours": detect_language,
        "py3langid": model_only,
    }
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
    ap.add_argument("--catalogs", type=int, default=0, help="texts per catalog language")
    ap.add_argument("--offset", type=int, default=0, help="skip this many releases/texts")
    args = ap.parse_args()
    sets = {"news pages": pages(args.pages), "releases": releases(args.releases, args.offset)}
    if args.catalogs:
        sets["gettext catalogs"] = catalogs(args.catalogs, args.offset)
    found = detectors()
    for detect in found.values():
        detect("warm-up: models load on first use")
    for label, items in sets.items():
        langs = sorted({lang for lang, _ in items})
        print(f"{label}: {len(items)} texts, {len(langs)} languages")
        glance(items)
        if label == "gettext catalogs":
            continue  # UI strings: the glance's test only
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
