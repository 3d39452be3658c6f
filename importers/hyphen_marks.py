"""Quotation marks a release's layout wrote as hyphens: `-We will rebuild,- said Roe.`

Some offices' releases reached the archive with every curly quotation mark turned into
a hyphen, the opening one glued to the first word and the closing one to the last
punctuation (`… the harbor. -This is good news,- Roe said. -It is overdue.-`). Read as
they stand, those statements have no marks and so no speaker. `restore_marks` puts a
`“` and a `”` back, one character for one (offsets keep), in a text that shows the
layout for sure; any other text is left alone, for a hyphen glued to a capital is also a
bullet (`-If you compare …`), a compound (`U.S.-Mexico`) or a dateline (`D.C.-Today`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from importers.quote_patterns import SPEECH_VERBS, WEAK_VERBS

# Verbs that take a bare object (`called it -Fair Pay-`) are no sure cue here.
_VERBS = "|".join(sorted({*SPEECH_VERBS} - WEAK_VERBS, key=len, reverse=True))
_VERB_SET = frozenset(_VERBS.split("|"))
# The layout's sure signs, one of which the text must show, found from punctuation and a
# hyphen (the verbs are looked up only there):
_SIGN = re.compile(r"[,.!?:]\s*-")
# (a) a hyphen glued to a statement's last punctuation before its cue (`…,- said Roe`,
# `…,- Rep. Ann Roe said`, `….- Roe added`), after a word in lower case or a figure (not a
# dateline's `D.C.- Roe announced`): the verb read after it;
_AFTER_SIGN = re.compile(r"\s+(?:[A-Z][\w.’'-]*\s+){0,5}([a-z]+)\b")
# (b) a cue and its colon or comma before a statement between hyphens (`Roe stated, -The
# port …- `), the verb read back from the colon or comma, and the statement closed by a
# hyphen within this reach;
_CLOSER_AT = re.compile(r"[.!?,]-(?=\s|$)")
_STOPS_STATEMENT = re.compile('[\n“”"]')
_STATEMENT_REACH = 3000
# (c) or a text that ends with a statement between hyphens with no other mark inside it
# (`Statement on the flood -The harbor will be rebuilt … together.-`), read in its last
# stretch only: the first opening hyphen after the last line break or mark, at least this
# far from the end (one search, not one from each opening hyphen).
_END_OPENER = re.compile(r"(?:^|\s)-[A-Z]")
_END_MIN = 20
_END_REACH = 4000

# A hyphen standing for a mark: after a sentence's punctuation, or before a capital, a
# figure or `$` (`-20 jobs is nothing,- Holt said`).
_CANDIDATE = re.compile(r"(?<=[,.!?])-|-(?=[A-Z‘'0-9$])")
_REAL_MARK = re.compile('[“”"]')
# A short title between hyphens, the closing one glued to a word (`-Fair Pay Act- passed`).
_INNER_TITLE = re.compile(r"-[A-Z][^-“”\"\n.!?]{0,80}?[\w)]-(?=\s)")
# How far before an opening hyphen its cue is looked for, and how long the clause between
# the verb and the comma or colon may be.
_CUE_REACH = 200
_CLAUSE_REACH = 150
# What makes a restored quotation sure to be somebody's statement, read right after its
# closing mark (`… overdue,- said Roe`, `… overdue,- Rep. Ann Roe said`) …
# The cue's clause ends at punctuation before any other mark (`…,- said Roe -It is` leaves
# it unsure whose the words after `Roe` are, and the parse gives them to nobody named).
_CUE_AFTER = re.compile(
    rf"\s*(?:(?:{_VERBS})\b|(?:[A-Z][\w.’'-]*\s+){{1,5}}(?:{_VERBS})\b)"
    r"(?:\s+[^\s“”\"-][^\s“”\"]*?){0,12}?[.,;:!?](?:\s|$|-)"
)
# … or right before its opening one (`Roe said, -`, `Roe told reporters: -`), in the same
# sentence (`_cued_before`) …
_CLAUSE_END = re.compile(r"[.!?“”\"]")
_LOWER_WORD = re.compile(r"[a-z]+")
# … or the cue sentence of the quotation before, alone between the two (`… overdue,- said
# Sen. Roe. -It is …`; a title's or an initial's full stop is no sentence's end).
_CLAUSE = r"(?:[^.!?“”\"]|(?<![\w.])(?:[A-Z]|Sens?|Reps?|Gov|Mrs?|Ms|Dr|Jr|Sr|St|Gen|Lt|Col|Sec)\.)"
_CUE_BETWEEN = re.compile(
    rf"\s*(?:(?:{_VERBS})\s{_CLAUSE}{{1,80}}|{_CLAUSE}{{1,80}}\s(?:{_VERBS}))\s*\.?\s*"
)


def shows_layout(text: str) -> bool:
    """Whether `text` writes its quotation marks as hyphens, by a sure sign."""
    if "-" not in text:
        return False
    closers: list[int] | None = None  # where hyphens close, found once when first asked
    stops: list[int] = []
    for m in _SIGN.finditer(text):
        at, hyphen = m.start(), m.end() - 1
        if at == 0 or not (text[at - 1].islower() or text[at - 1] in "0123456789%)"):
            continue
        if hyphen == at + 1 and text[at] != ":":
            after = _AFTER_SIGN.match(text, hyphen + 1)
            if after is not None and after.group(1) in _VERB_SET:
                return True
        if text[at] in ",:" and text[hyphen + 1 : hyphen + 2].isupper():
            if _word_before(text, at) not in _VERB_SET:
                continue
            if closers is None:
                closers = [c.start() for c in _CLOSER_AT.finditer(text)]
                stops = [c.start() for c in _STOPS_STATEMENT.finditer(text)]
            k = bisect.bisect_left(closers, hyphen + 6)
            if k == len(closers) or closers[k] > hyphen + _STATEMENT_REACH:
                continue
            j = bisect.bisect_left(stops, hyphen)
            if j == len(stops) or stops[j] > closers[k]:
                return True  # no line break or other mark inside the statement
    tail = text[-_END_REACH:].rstrip()
    return _ends_with_statement(tail)


def _ends_with_statement(tail: str) -> bool:
    """`tail` ends with a statement between hyphens (`… -Our town will rebuild.-`) with no
    line break or other mark inside it."""
    if len(tail) < 2 or tail[-1] != "-" or tail[-2] not in ".!?":
        return False
    # The statement starts after the last line break (which may stand before its hyphen)
    # or mark; the first opening hyphen there is the longest statement.
    barrier = max(tail.rfind(c) for c in '\n“”"')
    m = _END_OPENER.search(tail, max(barrier, 0))
    return m is not None and len(tail) - 2 - m.end() >= _END_MIN


def restore_marks(paragraphs: Sequence[str]) -> list[str]:
    """`paragraphs` with the hyphens that stand for quotation marks made `“` and `”`,
    when the text shows the layout (`shows_layout`); else the paragraphs unchanged."""
    if not any(shows_layout(p) for p in paragraphs):
        return list(paragraphs)
    return [_restore(p) for p in paragraphs]


def _opens(text: str, i: int) -> bool:
    """A hyphen before a capital that opens a quotation: at the start, after a space, a
    closing mark or a closing hyphen, or glued to the full stop of a sentence ending in a
    lower-case word (`… said Roe.-It is`; not `U.S.-Mexico`, `D.C.-Today`). Before a
    figure or `$` only where a sentence, a clause or a quotation ends before it (`… less
    sure. -20 jobs`; not a minus sign, `fell to -5 degrees`)."""
    if i + 1 >= len(text):
        return False
    if text[i + 1] in "0123456789$":
        before = text[:i].rstrip()
        return not before or before[-1] in '.!?:,”"-'
    if not (text[i + 1].isupper() or text[i + 1] in "‘'"):
        return False
    if i == 0 or text[i - 1].isspace() or text[i - 1] in '”"!?-':
        return True
    return text[i - 1] == "." and i >= 3 and text[i - 2].islower() and text[i - 3].isalpha()


def _closes(text: str, i: int) -> bool:
    """A hyphen glued to an open quotation's last punctuation, with a space, the end, the
    next quotation's opening mark or a capital after it (`… overdue,- Roe said`, `…
    overdue.-"It is`, `… overdue.--It is`, `… overdue.-Rep. Roe:`); after a capital's
    full stop only with no capital glued after it (`… the FBI.- The`, not `U.S.-Mexico`).
    Asked only while a quotation is open (a dateline's `D.C.- Today` opens a paragraph)."""
    if i < 2 or text[i - 1] not in ",.!?":
        return False
    if i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in '-“"':
        return True
    return text[i + 1].isupper() and text[i - 1] == "." and text[i - 2].islower()


def _straight_opens(text: str, i: int) -> bool:
    """A straight mark shaped as an opener: no space after it, a space, a colon, a
    bracket or a closing hyphen before it (not `… hands."-Along`, where it closes)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace() and (i == 0 or text[i - 1].isspace() or text[i - 1] in "-:(")


def _restore(text: str) -> str:
    """One paragraph with each quotation that a hyphen opens or closes given curly marks:
    the layout mixes them with straight marks (`… lives.-"Opponents …,- said Roe.`,
    `… hands."-Along …`), so a quotation opened by one kind may close with the other."""
    if "-" not in text:
        return text
    tokens = sorted(
        [m.start() for m in _REAL_MARK.finditer(text)]
        + [m.start() for m in _CANDIDATE.finditer(text)]
    )
    chars = list(text)
    open_at: int | None = None
    last_cued: int | None = None  # the closing mark of the last quotation a cue follows
    first: int | None = None  # the paragraph's first opening mark
    for i in tokens:
        ch = text[i]
        if ch == "-" and _INNER_TITLE.match(text, i):
            continue  # `the -Fair Pay Act- passed`: a title, closed by a hyphen after a word
        if open_at is None:
            if ch == "“" or ch == '"' and _straight_opens(text, i) or ch == "-" and _opens(text, i):
                open_at = i
                first = i if first is None else first
            continue
        by_hyphen = text[open_at] == "-"
        if by_hyphen and ch == '"' and _straight_opens(text, i):
            # `the -Fair Pay- rule. "We won,"`: a real quotation opens, so the hyphen had no
            # closer of its own.
            open_at = i
            continue
        if ch == "”" or ch == '"' and (not by_hyphen or text[i - 1] in ",.!?"):
            # A straight mark closes a hyphen's quotation only glued to its punctuation
            # (`… hands."-Along`), not a title's inside it (`the "Fair Pay" bill`).
            closes = True
        elif ch == "-":
            closes = _closes(text, i)
            if not closes and by_hyphen and text[i - 1] in ",.!?":
                # Glued to punctuation yet no closer (`… the FBI.-Holt was not impressed.`:
                # a compound, or narration after the words): the open quotation gets no
                # marks rather than a span over the narration to a later closer.
                open_at = i if _opens(text, i) else None
                continue
            if not closes and _opens(text, i) and text[i - 1].isspace():
                # Another quotation opens: the earlier mark had no closer (a bullet, a
                # title closed after a word: `the "Fair Pay Act- passed`); it stays.
                open_at = i
                continue
        else:
            closes = False  # an opening mark inside: a title or a quotation within
        if not closes:
            continue
        if "-" in (text[open_at], ch) and _sure(text, open_at, i, last_cued, first):
            for at, mark in ((open_at, "“"), (i, "”")):
                if text[at] in '-"':
                    chars[at] = mark
            if _cued_after(text, i):
                last_cued = i
        open_at = None
    return "".join(chars)


def _sure(text: str, open_at: int, close_at: int, last_cued: int | None, first: int | None) -> bool:
    """Whether the quotation between `open_at` and `close_at` is surely a statement by
    its place: a cue right after it or right before it, or after the cue sentence of the
    quotation before, or the text's only quotation, ending it (a statement under its
    heading). A hyphen pair with none of these (`a way with words -Don't look back.- He`,
    the second of a joint statement's paragraphs) stays as it is: the parse would have
    nobody to give it to but a guess."""
    if _cued_before(text, open_at) or _cued_after(text, close_at):
        return True
    if last_cued is not None and _CUE_BETWEEN.fullmatch(text, last_cued + 1, open_at):
        return True
    return open_at == first and not text[close_at + 1 :].strip()


def _cued_after(text: str, close_at: int) -> bool:
    """A cue follows the closing hyphen at `close_at`, after a comma, `?` or `!`: a full
    stop there (`… overdue.- said Roe.`) leaves the cue to the parse to read either way."""
    return text[close_at - 1] != "." and _CUE_AFTER.match(text, close_at + 1) is not None


def _cued_before(text: str, open_at: int) -> bool:
    """A verb of saying ends the words before the opening hyphen at `open_at` (`Roe
    said -`), or stands in their clause before a comma or colon that ends them (`Roe
    said in Dover, -`, `Roe told reporters: -`)."""
    before = text[max(0, open_at - _CUE_REACH) : open_at].rstrip()
    if not before:
        return False
    if before[-1] not in ",:":
        words = _LOWER_WORD.findall(before[-20:])
        return bool(words) and before.endswith(words[-1]) and words[-1] in _VERB_SET
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    clause = before[max(cut, len(before) - 1 - _CLAUSE_REACH - 20) : -1]
    return any(word in _VERB_SET for word in _LOWER_WORD.findall(clause))


def _word_before(text: str, at: int) -> str:
    """The word in lower case that ends right at `at`, or ''."""
    words = _LOWER_WORD.findall(text, max(0, at - 20), at)
    return words[-1] if words and text.endswith(words[-1], 0, at) else ""
