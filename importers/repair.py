"""Text as it was meant to be written, before anything reads it: no invisible characters
or pasted style sheets, and UTF-8 that was once decoded as Windows-1252 decoded again."""

from __future__ import annotations

import re

from importers import text_patterns as P


def repair_text(text: str, decode_within: int | None = None) -> str:
    """`text` without invisible characters (soft hyphens, zero-width spaces) or a Word
    style sheet pasted in with it, and with UTF-8 that was read as Windows-1252 (`â€“`,
    `Ã©`) decoded again by ftfy — only in the first `decode_within` characters (cut at a
    space) when that is given, for a reader of the opening whose rest is repaired later."""
    # Plain substring tests first: they cost a few microseconds, the patterns far more.
    if any(lead in text for lead in P.MOJIBAKE_LEADS) and P.MOJIBAKE_RE.search(text):
        import ftfy

        cut = text.find(" ", decode_within) if decode_within is not None else -1
        if cut == -1:
            text = ftfy.fix_encoding(text)
        else:
            # ftfy reads the whole text it is given: a long one costs milliseconds.
            text = ftfy.fix_encoding(text[:cut]) + text[cut:]
    if "\x9d" in text:
        # `œI want … market,\x9d Sherman said`: curly quotation marks read as Windows-1252
        # with their first two characters lost; U+009D is no character a text means.
        text = _CUT_OPEN.sub("“", text.replace("\x9d", "”"))
    if any(lead in text for lead in P.WORD_STYLE_LEADS):
        text = P.WORD_STYLE_RE.sub("", text)
        if "{" in text or "[if " in text:
            text = P.STYLE_RULE_RE.sub(_gap, text)
    if any(char in text for char in P.INVISIBLE):
        text = P.INVISIBLE_RE.sub("", text)
    return text.lstrip("\ufeff")


# What is left of an opening mark after the lost characters: `œ` opening a word.
_CUT_OPEN = re.compile(r"(?<![^\s(])œ(?=[A-Za-z])")


def _gap(match: re.Match[str]) -> str:
    """What a removed style rule leaves: a space where words would touch, else nothing."""
    at = match.start()
    return " " if at and not match.string[at - 1].isspace() else ""
