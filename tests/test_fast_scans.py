"""Scans written for speed find exactly what the plain pattern they stand for finds:
`quote_patterns.NAME_IN_TEXT` the matches of `NAME_PHRASE`, and `speakers._written_whole`
the places a name is written as whole words."""

from __future__ import annotations

import gzip
import itertools
import json
import random
import re

from importers import quote_patterns as P
from importers.speakers import _written_whole
from tests.corpus import corpus_path

PLAIN_NAME = re.compile(P.NAME_PHRASE)

TEXTS = [
    "Former Mayor Ann Holt said the harbour would reopen; former-mayor Tod Vail disagreed.",
    "the then-governor Lena Marsh met outgoing chair Al Kerr and incoming chief Ivo Roth.",
    "longtime aide Nora Quill, fellow senator Dag Brandt, acting director Eli Stone and top "
    "adviser Mia Lund spoke, as did ex-chair Ola Berg.",
    "Sheikh abu-Hamza and al-Rashid met bin-Talal, ibn-Saud, el-Amin, ad-Din and as-Sadr.",
    "The NoemKristi run, J.R.R. Tolkien, A. D. Sui, Ángel Ruiz, Łukasz Nowak, Özcan Kaya.",
    "UAW Local 1180 President Ann Holt and the Holt campaign spokesman Brian Fallon agreed.",
    "formerly Ann, thence Holt, extra Vail, tops Kerr, fellowship Roth, acting Lund",
    "",
]
# Every prefix and article, at the start of a text and after a space, hyphen or letter.
WORDS = "former then ex outgoing incoming longtime fellow acting top al el ad as bin ibn abu"
TEXTS += [
    f"{glue}{word}{sep}Ann Holt"
    for word in WORDS.split()
    for glue in ("", " ", "x")
    for sep in (" ", "-", "  ", "")
]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_the_name_scan_finds_what_the_name_pattern_finds() -> None:
    for text in TEXTS:
        assert _spans(P.NAME_IN_TEXT, text) == _spans(PLAIN_NAME, text), text
    assert sum(len(_spans(P.NAME_IN_TEXT, t)) for t in TEXTS) > 100


def test_the_name_scan_finds_what_the_name_pattern_finds_in_the_corpus() -> None:
    releases = corpus_path("congress-press-releases", "releases.jsonl.gz")
    with gzip.open(releases, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in itertools.islice(f, 0, 6000, 30)]
    for text in texts:
        assert _spans(P.NAME_IN_TEXT, text) == _spans(PLAIN_NAME, text)


def _plain_whole(text: str, value: str) -> list[int]:
    rx = re.compile(rf"(?<![\w'-])(?<!’){re.escape(value)}(?![\w'-])(?!’)")
    return [m.start() for m in rx.finditer(text)]


def test_a_name_written_whole_is_found_where_a_pattern_finds_it() -> None:
    assert list(_written_whole("Means Committee, Ways and Means Committee", "Means Committee")) == [
        0,
        26,
    ]
    assert list(_written_whole("Holt’s and Holt-Vail and Holts, Holt.", "Holt")) == [32]
    draw = random.Random(7)
    letters = "ab -'’_é1.,&"
    for _ in range(20000):
        text = "".join(draw.choice(letters) for _ in range(draw.randint(0, 12)))
        value = "".join(draw.choice("ab -'") for _ in range(draw.randint(0, 3)))
        assert list(_written_whole(text, value)) == _plain_whole(text, value), (text, value)


def test_quoted_words_are_blanked_whatever_white_space_parts_them() -> None:
    from importers.quotes import _NOT_SPACE, _blank_words

    for quoted in [
        "We will not wait.",
        "  two  spaces,\tthen a tab\nand a line ",
        "no\u00a0break space",
        "",
        " ",
        "’Tis “nested” — yes",
    ]:
        assert _blank_words(quoted) == _NOT_SPACE.sub("_", quoted)


def test_a_suffix_comma_is_found_after_a_lower_case_letter_only() -> None:
    plain = re.compile(P.SUFFIX_COMMA.pattern.replace(",(?<=[a-z],)", "(?<=[a-z]),", 1))
    assert plain.pattern != P.SUFFIX_COMMA.pattern
    for text in [
        "Donald M. Payne, Jr. said",
        "Emanuel Cleaver, II and Ann Holt, Sr.",
        ", Jr. opens it",
        "HOLT, JR. and Holt,  III",
        "Payne,Jr. and 4, Jr.",
    ]:
        assert _spans(P.SUFFIX_COMMA, text) == _spans(plain, text), text
