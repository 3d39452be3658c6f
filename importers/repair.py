"""Text as it was meant to be written, before anything reads it: no invisible characters
or pasted style sheets, and UTF-8 that was once decoded as Windows-1252 decoded again."""

from __future__ import annotations

import bisect
import re

from importers import text_patterns as P


def repair_text(text: str, decode_within: int | None = None) -> str:
    """`text` without invisible characters (soft hyphens, zero-width spaces) or a Word
    style sheet pasted in with it, and with UTF-8 that was read as Windows-1252 (`â€“`,
    `Ã©`) decoded again by ftfy — only in the first `decode_within` characters (cut at a
    space) when that is given, for a reader of the opening whose rest is repaired later.

    Curly marks that lost their first two bytes (`œ` … U+009D) are put back one character
    for one, so offsets keep (`_cut_marks`); where the closing marks left no trace,
    `_cut_opens_unclosed` inserts a `”` where a quotation certainly ends, so offsets after
    it move by one per mark put in. A mark written `�?` (a replacement character and a
    question mark) that certainly closes a quotation becomes `”` (`_lost_closing_marks`),
    so offsets after it move back by one per mark. Curly marks written in Windows-1252 and
    read as Mac Roman (`ìWe did,î said Roe`, `weíve`) are put back one character for one
    where the text holds the sure sign of that misreading (`_mac_roman_marks`)."""
    if has_mojibake(text):
        cut = text.find(" ", decode_within) if decode_within is not None else -1
        if cut == -1:
            text = _decode_lines(text)
        else:
            # ftfy reads the whole text it is given: a long one costs milliseconds.
            text = _decode_lines(text[:cut]) + text[cut:]
    if "ì" in text or "í" in text:
        text = _mac_roman_marks(text)
    if "\x9d" in text:
        # `œI want … market,\x9d Sherman said`: curly quotation marks read as Windows-1252
        # with their first two characters lost; U+009D is no character a text means.
        text = _cut_marks(text)
    elif "œ" in text:
        # The same loss with the closing marks gone without a trace.
        text = _cut_opens_unclosed(text)
    if _LOST_MARK in text:
        text = _lost_closing_marks(text)
    if any(lead in text for lead in P.WORD_STYLE_LEADS):
        text = P.WORD_STYLE_RE.sub("", text)
        if "{" in text or "[if " in text:
            text = P.STYLE_RULE_RE.sub(_gap, text)
    if any(char in text for char in P.INVISIBLE):
        text = P.INVISIBLE_RE.sub("", text)
    return text.lstrip("\ufeff")


def garbled(text: str) -> bool:
    """UTF-8 read as Windows-1252 in `text`, as `repair_text` mends it: a sure pair of
    such characters (`has_mojibake`) or a curly mark's lost bytes (U+009D)."""
    return "\x9d" in text or has_mojibake(text)


def has_mojibake(text: str) -> bool:
    """`text` holds a pair of characters that UTF-8 read as Windows-1252 leaves (`â€œ`,
    `Ã©`, `Â `) and correct text seldom does. A capital `Ã` before a dash, a quotation
    mark, a trade mark or a no-break space is no such pair alone: Portuguese ends words
    with it (`ITAPUÃ—`, `AMANHÃ–`, `IRMÃ CIDADE`, `“Ã”`)."""
    # Plain substring tests first: they cost a few microseconds, the patterns far more.
    if not any(lead in text for lead in P.MOJIBAKE_LEADS):
        return False
    return any(
        m[0][0] != "Ã" or m[0][1] not in _AFTER_WORD_FINAL for m in P.MOJIBAKE_RE.finditer(text)
    )


# What may follow a word-final `Ã` in correct text: a space, a dash, a quotation mark,
# a bullet, an ellipsis, a trade mark.
_AFTER_WORD_FINAL = frozenset("\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201a\u201c\u201d"
                              "\u201e\u2022\u2026\u2039\u203a\u2122")  # fmt: skip


def _decode_lines(text: str) -> str:
    """`text` with each line holding a sure pair (`has_mojibake`) decoded again by ftfy;
    lines without one keep their characters, which ftfy could misread (`ITAPUÃ—` is no
    `ITAPU×` where nothing else on the line is garbled)."""
    import ftfy

    if "\n" not in text:
        return ftfy.fix_encoding(text)
    return "".join(
        ftfy.fix_encoding(line) if has_mojibake(line) else line
        for line in text.splitlines(keepends=True)
    )


# What is left of an opening mark after the lost characters: `œ` opening a word.
_CUT_OPEN = re.compile(r"(?<![^\s(])œ(?=[A-Za-z…])")
# The dashes cut the same way: an en dash leaves `“` (Windows-1252 0x93), an em dash `”`
# (0x94). Where every opening mark is an `œ` and every closing one U+009D, a `“` that
# opens no word is an en dash and a `”` an em dash; a `“` after a space or bracket and
# before a word is a mark decoded right, and text may mix the two (agency copy).
_CUT_DASHES = re.compile(r"“(?=\s|$)|”")
_OPEN_MARK = re.compile(r"(?<![^\s(\[])“(?=[\w…‘'])")
# `œ` inside a word or after one is a real letter (`cœur`, `œuvre`, `Œ`): such a text is
# left alone, as is an `œ` that does not open a capitalised word.
_OE_ELSEWHERE = re.compile(r"Œ|œ(?![A-Z])|(?<=[^\s(])œ")
_CUT_OPEN_WORD = re.compile(r"(?:(?<=\s)|(?<=\()|^)œ(?=[A-Z])", re.M)
# Where an unclosed quotation certainly ends: a comma before a speech cue that ends at
# punctuation or the line's end, `…, Roe said.` or `…, said Roe, who …` (a capitalised
# name of one to three words). A cue with an object (`Roe said the budget …`) may begin
# a sentence of its own after the quotation, so it closes nothing.
_NAME = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}"
_CUE_VERB = r"(?:said|says|added|adds|continued|stated|explained|noted|urged|warned)"
_CUE_END = r"(?=[.,;:!?]|[ \t]*(?:\n|$))"
_CUE_CLOSE = re.compile(
    rf",(?=[ \t]+(?:{_NAME}[ \t]+{_CUE_VERB}|{_CUE_VERB}[ \t]+{_NAME}){_CUE_END})"
)
# A sentence's end inside the quotation: the comma after it belongs to another sentence,
# which may be nobody's quotation (abbreviations stop the search too, leaving it open).
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s")


def _cut_marks(text: str) -> str:
    """A text whose curly marks lost their first two characters, with the marks and the
    dashes they stood for put back (one character each, so offsets keep). Marks decoded
    right in the same text are left as they are."""
    if "“" in text or "”" in text:
        opens = [m.start() for m in _OPEN_MARK.finditer(text)]
        text = _CUT_DASHES.sub(lambda m: _cut_dash(m, opens), text)
    if "¦" in text:
        # An ellipsis leaves its last byte, 0xA6.
        text = text.replace("¦", "…")
    return _CUT_OPEN.sub("“", text.replace("\x9d", "”"))


def _cut_dash(match: re.Match[str], opens: list[int]) -> str:
    """The dash a cut `“` or `”` stands for, or the mark itself where it may be one decoded
    right: after a right opening mark in its paragraph, or, in a text holding right
    opening marks, anywhere but between two words (`rose”not`, `ports“ and`)."""
    text, at = match.string, match.start()
    paragraph = text.rfind("\n", 0, at) + 1
    if bisect.bisect_left(opens, paragraph) < bisect.bisect_left(opens, at):
        return match.group()
    before = text[at - 1] if at else " "
    if match.group() == "“":
        return "–" if not opens or not before.isspace() else match.group()
    after = text[at + 1] if at + 1 < len(text) else " "
    return "—" if not opens or (before.isalnum() and after.isalnum()) else match.group()


def _cut_opens_unclosed(text: str) -> str:
    """`œ` opening quotations whose closing marks left no trace: each `œ` becomes `“`, and
    a `”` goes in where a quotation certainly ends — at a comma before `Roe said.` in the
    opening's first sentence, ahead of the next opening mark or line end. Quotations with
    no such end stay unclosed."""
    if _OE_ELSEWHERE.search(text) or "”" in text or "\x9d" in text:
        return text
    opens = [m.start() for m in _CUT_OPEN_WORD.finditer(text)]
    if not opens:
        return text
    out: list[str] = []
    at = 0
    for n, start in enumerate(opens):
        stop = opens[n + 1] if n + 1 < len(opens) else len(text)
        line_end = text.find("\n", start, stop)
        reach = stop if line_end == -1 else line_end
        out.append(text[at:start])
        close = _CUE_CLOSE.search(text, start, reach)
        if close is not None and _SENTENCE_END.search(text, start, close.start()):
            close = None
        if close is None:
            out.append("“" + text[start + 1 : stop])
        else:
            end = close.end()
            out.append("“" + text[start + 1 : end] + "”" + text[end:stop])
        at = stop
    out.append(text[at:])
    return "".join(out)


# A curly mark whose bytes were lost and written as a replacement character and a
# question mark. It stands for a closing `”` as well as for opening marks (`: �?Tonight’s`
# opens a statement, `the �?Land of Lincoln’` a single quotation).
_LOST_MARK = "\ufffd?"
# What opens a quotation (a curly `“` before a word, or a straight `"` after a space or
# bracket and before a word); what closes one (a curly `”`, or a straight `"` or a `“`
# set the wrong way after a word or punctuation and before a space, punctuation or the
# end); a line's end, after which a quotation left open is no longer followed; and a lost
# mark that certainly closes one if any is open: glued to what it ends and before a space,
# the end or a sentence's punctuation. A lost mark before a word or a bracket
# (`behind.�?BACKGROUND`, `law.�?[2]`), or after a space, may be anything.
_QUOTE_MARKS = re.compile(
    r"(?P<open>“(?=\S)|(?<![^\s(\[])\"(?=[\w…]))"
    r"|(?P<close>”|(?<=[\w.,;:!?…’)])[“\"](?=[\s,.;:)]|$))"
    r"|(?P<line>\n)"
    r"|(?P<lost>(?<=\S)\ufffd\?(?=[\s,.;:]|$))"
)


def _lost_closing_marks(text: str) -> str:
    """`text` with each lost mark `�?` that closes a quotation written `”`: glued to the
    word or punctuation before it, a space, the end or `,.;:` after it, and one quotation
    open before it in its paragraph. Other lost marks are left as they are: one with no
    quotation open (`…dollars,�? added Roe.`, its opening mark lost too) may close nothing,
    and one after an opening mark inside a sentence of a statement left open
    (`“… veterans with an “other than honorable�? discharge`) may close either."""
    out: list[str] = []
    at = 0
    opened = 0
    for m in _QUOTE_MARKS.finditer(text):
        kind = m.lastgroup
        if kind == "open":
            # After a sentence's end an opening mark begins the next paragraph of the
            # statement open (flattened text keeps each paragraph's opening mark only) or a
            # new quotation; inside a sentence it opens one within the statement.
            opened = 1 if _after_sentence(text, m.start()) else opened + 1
        elif kind == "close":
            opened = max(opened - 1, 0)
        elif kind == "line":
            opened = 0
        elif opened == 1:
            out.append(text[at : m.start()])
            out.append("”")
            at = m.end()
            opened = 0
    out.append(text[at:])
    return "".join(out)


def _after_sentence(text: str, at: int) -> bool:
    """Whether the text before `at` ends a sentence (`.`, `!` or `?`, a closing mark or
    bracket after it, and spaces), or is blank."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    while at >= 0 and text[at] in "’'\")]":
        at -= 1
    return at < 0 or text[at] in ".!?"


def _gap(match: re.Match[str]) -> str:
    """What a removed style rule leaves: a space where words would touch, else nothing."""
    at = match.start()
    return " " if at and not match.string[at - 1].isspace() else ""


# Curly marks written in Windows-1252 and read as Mac Roman: `“` `ì`, `”` `î`, `‘` `ë`,
# `’` `í`. Those are real letters too (`Gutiérrez`, `Nicolò`, `così`, `île`), so a text is
# mended only where it holds a sure sign: an `ì` opening a capitalised word closed by an
# `î` after a word or punctuation in its paragraph (`ìWe did,î`), or an `í` inside an
# English contraction (`weíve`, `donít`, `itís`), which no Spanish or Italian word is.
_MAC_PAIR = re.compile(r"(?<![^\s(\[.,;:!?])ì[A-Z][^\nìî]*?(?:[\w,!?]î(?![^\W\d_])|\.î)")
_MAC_CONTRACTION = re.compile(
    r"\b(?:[A-Za-z]+ní(?=t\b)|(?:[Ii]t|[Tt]hat|[Ll]et|[Hh]e|[Ss]he|[Ww]hat|[Tt]here|[Ww]ho)í"
    r"(?=s\b)|(?:[Ww]e|[Tt]hey|[Yy]ou)í(?=(?:ve|re|ll|d)\b)|Ií(?=(?:m|ve|ll|d)\b))"
)
# Where each stands as a mark: `ì` and `ë` opening a word (not after a letter or digit
# other than another mark's: `.îìWe`, `ìëHarbor`),
# `î` and `í` closing one (after a word or punctuation; `î` before no letter unless after
# punctuation, `.îThe` being the next sentence glued on).
_MAC_MARK = re.compile(
    r"(?P<open>(?<![^\W_ìî])ì(?=[\w#$ë…]))"
    r"|(?P<single>(?<![^\W_ìî])ë(?=[^\W\d_]))"
    r"|(?P<close>(?<=[.,;:!?…])î|(?<=[^\W_])î(?![^\W_]))"
    r"|(?P<apostrophe>(?<=[^\W_.,!?])í|(?<=[.,!?])í(?![^\W_]))"
)
_MAC_NEXT = re.compile(r"[ìî\n]")
# A speech cue after which an `ì` typed for the closing mark stands (`years, ìsaid Roe`),
# and what ends the quotation's words before it.
_MAC_CUE = re.compile(r"(?:said|says|added|adds|stated|continued)\b")
_ENDS = frozenset(",.!?")


def _mac_roman_marks(text: str) -> str:
    """`text` with curly marks read as Mac Roman put back, one character for one, where
    the text holds a sure sign of that misreading (`_MAC_PAIR`, `_MAC_CONTRACTION`);
    other texts are returned as they are. An `ì` before a lower-case word opens a
    quotation only where an `î` closes it before the next `ì` or line end; before a speech
    cue, after a comma or a sentence's end, it is the closing mark set the wrong way
    (`years, ìsaid Roe`)."""
    if not (_MAC_CONTRACTION.search(text) or _MAC_PAIR.search(text)):
        return text

    def mark(m: re.Match[str]) -> str:
        kind = m.lastgroup
        if kind == "open":
            at = m.end()
            if text[at].islower():
                if (
                    _MAC_CUE.match(text, at)
                    and text[m.start() - 2 : m.start()].rstrip()[-1:] in _ENDS
                ):
                    return "”"
                ahead = _MAC_NEXT.search(text, at)
                if ahead is None or ahead.group() != "î":
                    return m.group()
            return "“"
        return {"single": "‘", "close": "”", "apostrophe": "’"}[kind or ""]

    return _MAC_MARK.sub(mark, text)
