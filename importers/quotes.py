"""Quotations and reported speech in article paragraphs, with who said them.

`extract_quotes(paragraphs)` returns the speakers and their quotes. Direct quotes are
the spans inside “…” or "…" marks; each is attributed by the nearest speech cue — after
the closing mark (`,” Stepanov said`), before the opening mark (`Stepanov said: “`) or
earlier in the same sentence (`Bush called him a “loser”`) — else it continues the
previous speaker. Reported speech (`X said that …`, `according to X, …`) comes from
sentences without quotation marks. Speakers are resolved by `importers.speakers`.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from importers import names as N
from importers import places
from importers import quote_patterns as P
from importers import speakers as S
from importers import text_patterns as TP
from importers.hyphen_marks import restore_marks
from importers.quote_patterns import ORG_NOUNS, PERSON_NOUNS
from importers.speakers import (
    INNER_CUE,
    LEAD_CONFIDENCE,
    MEMBER_NOUNS,
    NOT_NAME,
    OTHERS_WORDS_BEFORE,
    PRONOUN_GENDER,
    TITLE_GENDER,
    TITLE_OFFICES,
    Entity,
    SpeakerBook,
    after_unnamed,
    another_person_before,
    document_introduces,
    drop_slashed,
    from_another,
    gender_of,
    holds_role,
    label_before,
    labelled_in_chain,
    labels_another,
    listed_before,
    named_for_place,
    one_list,
    opens_statement,
    place_words,
    rank_apart,
    role_alone,
    said_gender,
    sayer_named_around,
    speaker_names,
    sure_given_name,
    tagged_list,
    without_role,
    written_as_place,
)
from search.model import AttributionMethod, Quote, Speaker

OPENERS = '“"'
CLOSERS = '”"'
MARKS = '“”"'
_PRONOUNS = frozenset("he she they we i it who".split())
# A paragraph position is encoded as paragraph * STRIDE + offset, to order mentions;
# STRIDE is longer than any paragraph.
STRIDE = 1 << 40
# Uncued quotations shorter than this are scare quotes or titles, not statements.
MIN_UNCUED_WORDS = 3
# Quoted words after `so-called`, `dubbed` … up to this length are a label, not speech.
MIN_LABEL_WORDS = 4
# A quotation after `stands for` or a bare `meaning` up to this length is a gloss.
GLOSS_WORDS = 3
# How far before a quotation a subject-and-cue phrase ending at it may start (characters).
NEAR_CUE = 240
# An uncued quotation continues a speaker quoted at most this many paragraphs earlier.
CONTINUE_WITHIN = 2
# A paragraph of at most this many words, not ending as a sentence does, is a heading.
HEADING_WORDS = 8
HEADING_STOPS = ".!?:;,”\"'’)…"
# How far into each of the first two paragraphs a release's lead names its member.
LEAD_REACH = 600
# How far back (characters) a cue, subject or name before a quotation is looked for. Real
# sentences are far shorter; the bound keeps a paragraph with no full stop linear.
LOOK_BACK = 600


@dataclass
class Segment:
    """One quotation inside a paragraph; `end` is None when it runs on to the next one."""

    paragraph: int
    start: int
    end: int
    closed: bool
    open_at: int


@dataclass
class Attribution:
    mention: str
    cue: str | None
    pos: int
    adjacent: bool  # the cue touches the quotation, not just shares its sentence
    # A byline after the closing mark standing alone: "dash" (`” — Ann Holt, nurse`),
    # as explicit as a verb of saying though it has none; "signed" (`.” Ann Holt, CEO of
    # Holt Fund`, no dash), as explicit when it names a person; "between" the same in
    # the middle of a paragraph, another quotation right after it.
    byline: str | None = None
    # A dash byline that is no sure signature (`” — Georgia Tech`): it names a speaker
    # only when the document named that person before it.
    unsure: bool = False
    # A name after a dash after the closing mark, sure signature or not.
    dashed: bool = False
    # A heading read where a name would stand (`Ideal Location: “…”`): no name of its
    # own, and it keeps the quotation from a name the parse would reach past it.
    nobody: bool = False
    # A few words quoted inside the sentence announcing a statement: a term it uses.
    term: bool = False


# -- quotation marks ------------------------------------------------------------


def _is_closing(text: str, i: int) -> bool:
    """A mark glued to the word before it and followed by a break closes a quotation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)—–-”’")


def _opens_after_break(text: str, i: int) -> bool:
    """A straight mark after a sentence's end and before a capital opens a quotation; so
    does one after a single closing mark that ends words quoted with the sentence (`…
    pledged, 'We will keep faith.' "We face …`), unless the text's next straight mark is
    glued between a stop and a capital (`… jobs."I reluctantly …`): a text typing its
    blocks' openers so reads the mark after the single one as a closer."""
    before = text[max(0, i - 3) : i]
    after = text[i + 1 : i + 2]
    if len(before) < 2 or before[-1] != " " or not after.isupper():
        return False
    if before[-2] in ".!?":
        return True
    if len(before) < 3 or before[1] not in "'’" or before[0] not in ".!?":
        return False
    following = text.find('"', i + 1)
    return following < 0 or not _GLUED_OPENER.match(text, following - 1)


# A straight mark glued between a sentence's stop and a capital: `… jobs."I reluctantly`.
_GLUED_OPENER = re.compile(r'[.!?]"[A-Z]')


def _opens_word(text: str, i: int) -> bool:
    """A closing-shaped mark typed as an opener: at the paragraph's start or after a
    space, glued to a capitalised word or an ellipsis (`”Fear. I am afraid …”`)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1 : i + 3].lstrip(" ")
    return before.isspace() and (after[:1].isupper() or after[:1] == "…")


def _nested(text: str, open_at: int, i: int) -> bool:
    """An opening mark inside an open quotation starts a quotation within it when it
    stands inside a sentence (not after its end), closes within a few words, and the
    outer quotation closes later in the paragraph."""
    if text[open_at + 1 : i].rstrip()[-1:] in ".!?:;—–-" or not text[open_at + 1 : i].strip():
        return False
    inner = text.find("”", i + 1, i + 100)
    if inner < 0 or "“" in text[i + 1 : inner]:
        return False
    if "”" in text[inner + 1 :]:
        return True
    # `"PENCE: Well, … an episode of “Shark Tank.” But …` (no closing mark: the turn runs
    # on): a transcript's turn opened by a straight mark and a speaker's label, its curly
    # marks a quotation within it.
    return (
        text[open_at] == '"'
        and '"' not in text[open_at + 1 : i]
        and P.SPEAKER_LABEL.match(text, open_at + 1) is not None
    )


def _nested_straight(text: str, open_at: int, i: int, curly: list[int]) -> int:
    """Where a straight mark at `i`, inside a quotation opened with a curly mark at
    `open_at`, closes the few words it quotes within it (`“… about to "age out" of
    care.”`), or -1: it opens a word inside a sentence, the next straight mark closes it
    within a few words, no curly mark between, and the first curly mark after it (of
    `curly`, the paragraph's curly marks in order) closes the quotation: not an opener
    (`“… into “extreme views. Ann Roe told "Corvale Today" that "…" Tod Vail “…”`: the
    first quotation lost its closer, the straight pairs are quotations of their own)."""
    if text[open_at] != "“" or i + 1 >= len(text) or text[i + 1].isspace():
        return -1
    if i > 0 and not (text[i - 1].isspace() or text[i - 1] in "(["):
        return -1
    # the last character before the mark that is no space, read back from the mark (a
    # slice from the opener would cost the quotation's length at every straight mark)
    j = i - 1
    while j > open_at and text[j].isspace():
        j -= 1
    if j <= open_at or text[j] in ".!?:;—–-":
        return -1
    close = text.find('"', i + 1, i + 100)
    if close < 0 or not _is_closing(text, close):
        return -1
    after = bisect.bisect_right(curly, close)
    if after == len(curly) or text[curly[after]] != "”":
        return -1
    return -1 if any(ch in "“”" for ch in text[i + 1 : close]) else close


def _nested_closing_both(text: str, open_at: int, i: int) -> int:
    """Where the closing mark stands of words quoted in single marks inside double ones,
    opened at `i` inside the quotation opened at `open_at` (`“… toward a “‘more perfect
    union.’”`): the double closer after the single one closes both, the inner and the
    outer quotation; or -1. The mark stands inside a sentence (not after its end), a
    single mark right after it, and within a few words a single mark right before the
    first curly mark, which is a closer."""
    if text[i + 1 : i + 2] != "‘":
        return -1
    before = text[open_at + 1 : i].rstrip()
    if not before or before[-1] in ".!?:;—–-":
        return -1
    close = text.find("”", i + 2, i + 200)
    if close < 0 or text[close - 1] != "’" or "“" in text[i + 1 : close]:
        return -1
    return close


_MARK = re.compile(f"[{MARKS}]")
_CURLY_MARK = re.compile("[“”]")
# A cue left inside the marks at a quotation's end: `…, said Ann Holt.` (then `”`).
_CUE_INSIDE = re.compile(
    r",\s+(?:said|says|added|stated)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+\.\s*$"
)


def _reopens(text: str, last: Segment, i: int) -> bool:
    """Whether the stray closing mark at `i` ends a quotation that opened at the closing
    mark of `last`: that mark is glued to a capitalised word after a sentence's end
    (`spending."Speeches`), or the cue stands inside `last`'s marks."""
    gap = text[last.end + 1 : i]
    if not gap.strip() or any(ch in gap for ch in MARKS) or gap.rstrip()[-1:] not in ".!?,":
        return False
    if text[last.end - 1 : last.end] in ".!?" and text[last.end + 1 : last.end + 2].isupper():
        return True
    return bool(_CUE_INSIDE.search(text, max(last.start, last.end - 60), last.end))


# A cue right after a mark that opens no quotation: `… communities, “said Ann Holt. “…”`,
# `… communities, “Holt said.` — a verb of saying glued to the mark, then a name, or a
# name and the verb, ending at punctuation. The mark was meant to close the quotation
# before it.
_CUE_AFTER_MARK = re.compile(
    r"(?:(?:said|says|added|adds|stated|explained|noted|continued)\s+"
    r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+"
    r"|(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]+\s+(?:said|says|added|adds|stated|explained|noted))"
    r"(?=\s*[.,;])"
)


def _closes_before_cue(text: str, open_at: int, i: int) -> bool:
    """Whether the opening-shaped mark at `i`, inside the quotation opened at `open_at`,
    was typed for its closing mark: the quoted words end at a comma right before it and a
    cue follows glued to it or after one space (`“All of us, “said Ann Holt.`, `“All of
    us, “ said Ann Holt.`). An opener never follows a comma that ends words still inside
    marks: the comma hands them to a cue."""
    if not text[open_at + 1 : i].rstrip().endswith(","):
        return False
    return _CUE_AFTER_MARK.match(text, i + 2 if text[i + 1 : i + 2] == " " else i + 1) is not None


def _cut_dash(text: str, i: int) -> bool:
    """An opening mark with a space on each side, between two lowercase words, that no
    closing mark follows in the document is a dash whose bytes were misread (Windows-1252
    0x93 is an en dash's last byte), not the start of a quotation."""
    return (
        i >= 2
        and text[i - 1] == " "
        and text[i - 2].islower()
        and text[i + 1 : i + 2] == " "
        and text[i + 2 : i + 3].islower()
    )


def _last_closer(text: str) -> int:
    """Where the text's last closing mark stands: a curly one, or a straight one shaped
    as a closer (glued to the word before it, a break after it) whose mark before it is
    not straight too (`an "explosion" of`, `caused.""`: it closes that one); -1 where
    none does."""
    last = text.rfind("”")
    i = text.rfind('"')
    # Each straight mark after the last curly one, and each gap between two, read once.
    while i > last:
        before = text.rfind('"', 0, i)
        if _is_closing(text, i) and (before <= last or text.find("“", before + 1, i) >= 0):
            return i
        i = before
    return last


def find_segments(text: str, paragraph: int = 0, closed_later: bool = False) -> list[Segment]:
    """Spans inside quotation marks, pairing marks by shape and by position.
    `closed_later`: a closing mark stands in a later paragraph of the document (then no
    opening mark of this one is a cut dash)."""
    segments: list[Segment] = []
    open_at: int | None = None
    nested = False
    last_closer = len(text) if closed_later else _last_closer(text)
    curly = [m.start() for m in _CURLY_MARK.finditer(text)]
    within = -1  # the straight closer of words quoted inside a curly quotation
    # Only the marks are read: a loop over every character costs a paragraph's length.
    for m in _MARK.finditer(text):
        i, ch = m.start(), m[0]
        if i <= within:
            continue
        if nested:
            nested = ch != "”"
            continue
        if open_at is None and ch == "“" and i > last_closer and _cut_dash(text, i):
            continue  # `… a symptom of a larger problem “ runaway spending.`: a dash
        if open_at is None:
            if (
                ch == "”"
                and not _opens_word(text, i)
                or (ch == '"' and _is_closing(text, i) and i > 0)
            ):
                # A stray closer: nothing to pair it with, unless the last quotation's
                # closing mark stood for an opener too (`…spending."Speeches don't …"`) or
                # was put before its cue (`… community, said Ann Holt.” With this …”`).
                last = segments[-1] if segments else None
                if last is not None and last.closed and _reopens(text, last, i):
                    segments.append(Segment(paragraph, last.end + 1, i, True, last.end))
                continue
            open_at = i
            continue
        if ch == '"' and (close := _nested_straight(text, open_at, i, curly)) >= 0:
            within = close  # `“… about to "age out" of care.”`: quoted inside
            continue
        if ch == "“" and (close := _nested_closing_both(text, open_at, i)) >= 0:
            within = close - 1  # `“… toward a “‘more perfect union.’”`: one quotation
            continue
        if ch == "“" and _nested(text, open_at, i):
            nested = True  # `“… This set up a “pay and chase” system …”`: quoted inside
            continue
        if ch == "“" and _closes_before_cue(text, open_at, i):
            # `“… communities, “said Ann Holt. “…”`: a closing mark typed as an opener.
            segments.append(Segment(paragraph, open_at + 1, i, True, open_at))
            open_at = None
            continue
        if ch == "“" and not _is_closing(text, i) or ch == '"' and _opens_after_break(text, i):
            # An opener while open: the previous quotation lost its closing mark (a
            # statement of several paragraphs run into one: `"First. "Second."`).
            segments.append(Segment(paragraph, open_at + 1, i, False, open_at))
            open_at = i
            continue
        segments.append(Segment(paragraph, open_at + 1, i, True, open_at))
        open_at = None
    if open_at is not None:
        segments.append(Segment(paragraph, open_at + 1, len(text), False, open_at))
    return [s for s in segments if text[s.start : s.end].strip()]


def mask_quotes(text: str, segments: list[Segment]) -> str:
    """The paragraph with quoted words blanked, so cue patterns only see narration.

    Party-and-state tags (`Sen. Ann Holt (D-Ore.) said`) are blanked too: they sit
    between a name and its verb and would otherwise hide the cue. So are a district code
    with no hyphen and a photograph's place word after a name (`Ann Holt (OR01)`, `Ann
    Holt (pictured)`: `P.NAME_ASIDE`).
    """
    chars = list(text)
    for s in segments:
        if s.closed and _is_nickname(text, s):
            # `Robert C. “Bobby” Scott said`: the nickname sits inside the name.
            chars[s.open_at : s.end + 1] = " " * (s.end + 1 - s.open_at)
            continue
        # One substitution per segment, not a test per character (same blanks).
        chars[s.start : s.end] = _blank_words("".join(chars[s.start : s.end]))
    for m in P.AFFILIATION.finditer(text):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    if "(" in text:
        for m in P.NAME_ASIDE.finditer(text):
            if text[text.rfind(" ", 0, m.start() - 1) + 1].isupper():  # after a name's word
                chars[m.start() : m.end()] = " " * (m.end() - m.start())
    if "," in text:
        for m in P.SUFFIX_COMMA.finditer(text):
            word = text.rfind(" ", 0, m.start()) + 1
            if text[word].isupper():  # `Donald M. Payne, Jr.`: the suffix is the name's
                chars[m.start()] = " "
    return "".join(chars)


def _blank_words(quoted: str) -> str:
    """Every character but white space as `_`: a word at a time where spaces are the
    only white space (most quotations), else a character at a time."""
    if _SPACE_NOT_BLANK.search(quoted):
        return _NOT_SPACE.sub("_", quoted)
    return " ".join("_" * len(word) for word in quoted.split(" "))


_NOT_SPACE = re.compile(r"\S")
_SPACE_NOT_BLANK = re.compile(r"[^\S ]")


def _is_nickname(text: str, seg: Segment) -> bool:
    """One capitalised quoted word between two words of a name."""
    word = text[seg.start : seg.end]
    if not (word.isalpha() and word[0].isupper()) or len(word) > 15:
        return False
    before = text[max(0, seg.open_at - 20) : seg.open_at]
    after = text[seg.end + 1 : seg.end + 21]
    return bool(P.NAME_BEFORE_NICKNAME.search(before) and P.NAME_AFTER_NICKNAME.match(after))


def sentence_start(masked: str, pos: int) -> int:
    """Offset where the sentence containing `pos` begins (narration only)."""
    starts = _sentence_bounds(masked)[0]
    return starts[bisect.bisect_right(starts, pos) - 1]


@functools.lru_cache(maxsize=32)
def _sentence_bounds(masked: str) -> tuple[list[int], list[int], list[int]]:
    """Where sentences begin, where their closing marks stand and where each sentence
    ends, found once per text: long one-paragraph releases ask for many of them."""
    starts, marks, ends = [0], [], []
    spaced = ((m.start(), m.end(), False) for m in P.SENTENCE_END.finditer(masked))
    glued = (
        (m.start("stop"), m.end(), True)
        for m in _GLUED_END.finditer(masked)
        if m.group("word").lower() not in _GLUED_ABBREVIATIONS
    )
    for stop, after, is_glued in heapq.merge(spaced, glued):
        if (
            _abbreviation(masked, stop)
            and not _state_ends_sentence(masked, stop)
            or is_glued
            and _bang_in_aside(masked, stop, starts[-1])
        ):
            continue
        starts.append(after)
        marks.append(stop)
        ends.append(stop + 1)
    return starts, marks, ends


# A full stop glued to the next sentence's first word (`… their beds.The board …`: the
# copy lost its space or line break) ends a sentence as a spaced one does: after a word
# of letters ending in two lower-case ones, never inside a web address (`www.Roe.house`,
# `Vote.Org`, `Medium.Com`: a top-level domain after the stop; a word going on with `.`,
# `@` or `/`: `ann.roe@Vailnotes.Com`) or after an abbreviation (`Mrs.Roe`, by
# _abbreviation; `Hon.Tod Vail`, `vice pres.Harbor Board`, by _GLUED_ABBREVIATIONS).
_TOP_LEVEL_DOMAINS = "Com|Org|Gov|Net|Edu|Us|Info|Biz|Mil|Int|Io|Tv|Co"
_GLUED_END = re.compile(
    r"(?<![\w./@’'-])(?P<word>[A-Za-z’'-]*[a-z]{2})(?P<stop>[.!?])"
    rf"(?=(?!(?:{_TOP_LEVEL_DOMAINS})\b)[A-Z][a-z]+\b(?![.@/]\w))"
)


def _state_ends_sentence(masked: str, stop: int) -> bool:
    """The full stop at `stop` closes a state's dotted short form after a place and a comma
    (`in Burlington, N.C.`) and a word that only opens a sentence comes next (`The`, `He`,
    `Watch`): the place's sentence ends there, though `C.` reads as an initial. A
    capitalised word that may go on with the place (`N.C. Police Department`) leaves it
    one sentence."""
    return bool(
        _STATE_BEFORE_STOP.search(masked, max(0, stop - 5), stop + 1)
        and _OPENS_SENTENCE_ONLY.match(masked, stop + 1)
    )


# A state's or the capital's dotted short form after a place and its comma, to its stop.
_STATE_BEFORE_STOP = re.compile(r",\s(?:N\.[CDHJMY]|S\.[CD]|R\.I|D\.C|P\.R)\.$")
# Words that open a sentence and never go on with a place's name before them.
_OPENS_SENTENCE_ONLY = re.compile(
    r"\s+(?:The|This|These|Those|Today|Yesterday|He|She|It|We|They|His|Her|Their|Our|My|"
    r"In|On|During|Since|While|However|Additionally|Also|But|Yet|If|Watch|Read|Click|View|"
    r"Listen|Please|See)\b"
)


def _bang_in_aside(masked: str, stop: int, start: int) -> bool:
    """A glued `!` or `?` inside a comma-set aside the sentence opened and has not closed
    (`Ann Roe, a Yahoo!News writer, said:`): a name's mark, not a sentence's end. An odd
    number of commas since the sentence's start (read back LOOK_BACK at most) leaves one
    open."""
    return masked[stop] != "." and masked.count(",", max(start, stop - LOOK_BACK), stop) % 2 == 1


def _glued_to_stop(masked: str, open_at: int) -> bool:
    """A straight opening mark right after a full stop (`… Vail."We …`: paragraphs run
    together): the quotation opens a sentence, though no space shows it."""
    return (
        open_at > 0
        and masked[open_at - 1] in ".!?"
        and masked[open_at] == '"'
        and not _abbreviation(masked, open_at - 1)
    )


# The end of a speaker's unclosed words introducing another's, quoted inside them: a
# participle of saying after a comma (`…, and he stood by his workers, asking aloud: “…”`)
# or a verb of saying after `he`, `she` or `they` (`He told me: “…”`). Not a name before
# the verb (`Congressman Roe said: “…”` may be the speaker, the closing mark left out),
# nor `I said:`, `we asked:`.
_QUOTES_ANOTHER = re.compile(
    r"(?:,\s+(?:[a-z]+ly\s+)?(?P<ing>asking|saying|thinking|wondering|telling)|"
    r"(?<![\w’'])(?:he|she|they|He|She|They)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>asked|said|stated|told|wondered|declared|exclaimed|insisted|replied|says|asks|"
    r"tells))(?:\s+(?:aloud|out\s+loud|me|us|them|him|her|[a-z]+ly))?\s*:$"
)
# The sentence before a glued straight mark is a cue closing a straight quotation:
# `"…," said Ossian Brell."…"`, `"…?" asked Rep. Ann Roe."…"` (the marks pair right).
_STRAIGHT_CUE_VERB = r"(?:said|says|asked|asks|added|adds|stated|continued|explained|noted|replied)"
_STRAIGHT_CUE_BEFORE = re.compile(
    rf'_"\s+(?:{_STRAIGHT_CUE_VERB}'
    r"(?:\s+[A-Z][\w’'-]*\.?){1,5}"
    rf"|(?:[A-Z][\w’'-]*\.?\s+){{1,5}}{_STRAIGHT_CUE_VERB})\."
)


def _after_straight_cue(masked: str, open_at: int) -> bool:
    """A straight mark glued to a stop (`_glued_to_stop`) after a cue that closes the
    straight quotation before it: the words go on from that quotation's speaker."""
    close = masked.rfind('_"', max(0, open_at - 120), open_at - 1)
    return close >= 0 and _STRAIGHT_CUE_BEFORE.fullmatch(masked, close, open_at) is not None


def _abbreviation(masked: str, dot: int) -> bool:
    """The full stop at `dot` ends "Mr." or an initial, not a sentence."""
    return bool(P.ABBREVIATION.search(masked[max(0, dot - 6) : dot + 1]))


def sentence_end(masked: str, pos: int) -> int:
    """Offset just past the mark ending the first sentence that ends at or after `pos`."""
    _starts, marks, ends = _sentence_bounds(masked)
    k = bisect.bisect_left(marks, pos)
    return ends[k] if k < len(ends) else len(masked)


def _words_sentence_end(masked: str, pos: int, limit: int) -> int:
    """`sentence_end`, read on before `limit` past a full stop after an abbreviation the
    parsers know as a title or a name's part before a capitalised word (`state Atty. Lina
    Corvo`, `Supt. Ann Roe`, `Chas. Vail`: `_GLUED_ABBREVIATIONS`, speakers'
    `_NAME_ABBREVIATIONS`), which `_abbreviation` does not all know."""
    end = sentence_end(masked, pos)
    while end < limit and masked[end - 1] == "." and _title_stop(masked, end):
        end = sentence_end(masked, end)
    return end


def _title_stop(masked: str, end: int) -> bool:
    """The full stop before `end` closes a title's or a name part's abbreviation, and a
    capitalised word comes next."""
    head = masked[max(0, end - 12) : end - 1].split()
    word = head[-1].lstrip("(“\"‘'").lower() if head else ""
    known = word in _GLUED_ABBREVIATIONS or word in S._NAME_ABBREVIATIONS
    return known and masked[end : end + 4].lstrip()[:1].isupper()


def look_back(masked: str, pos: int) -> int:
    """Where a backward search for the words before `pos` begins: the sentence start, but
    never more than LOOK_BACK characters back, so that a paragraph with no full stop
    costs time in proportion to its length rather than to its square."""
    return max(sentence_start(masked, pos), pos - LOOK_BACK)


# -- mentions -------------------------------------------------------------------


# A sentence, a month or a day run into a name without a space (`Lowey.Today`,
# `EmmerOctober`, `HoltSaturday`).
_RUN_TOGETHER = re.compile(
    r"[a-z]{2}\.[A-Z]|[a-z]{2}(?=(?:" + "|".join((*TP.MONTH_NAMES, *TP.WEEKDAY_NAMES)) + r")\b)"
)
_KEPT_DETERMINERS = frozenset("the a an his her their its our my".split())
# A capitalised participle or adverb opening a sentence: "Speaking", "Hastily".
_OPENER = re.compile(r"[A-Z][a-z]+(?:ing|ly),?")


def clean_mention(np: str) -> str:
    """Drop sentence openers caught by the name pattern: "But Trump" → "Trump"."""
    words = np.split()
    if len(words) == 1 and _CONTRACTED.search(words[0].lower()):
        # "He’s said": the pronoun is the mention, the verb's contraction is not.
        return words[0][: len(_CONTRACTED.sub("", words[0].lower()))]
    for k, w in enumerate(words):
        run = _RUN_TOGETHER.search(w)
        if run and (
            w[run.start() + 2] == "." or k == len(words) - 1 or not words[k + 1][:1].isupper()
        ):
            # "said Lowey.Today, …": a sentence run into the next without a space. A day
            # or month is cut only where the name ends with it ("Emmer" of "EmmerOctober
            # at …"), not inside a body's name ("RedSunday Alliance director Ann Roe").
            words = words[:k] + [w[: run.start() + 2]]
            break
    while (
        len(words) > 1
        and words[0][0].isupper()
        and (
            words[0].lower().strip(",") in NOT_NAME
            or words[0].lower() in _OPENING_VERBS  # "Said Nora Quill, …"
            or _OPENER.fullmatch(words[0])
            # The lexicon, not the short list: `Milly`, `Kelly`, `Sterling` are names.
            and N.first_name_gender(words[0].rstrip(",")) is None
            # `Ranking Member Ann Holt`: a title's word, not a participle
            and not N.is_role_word(words[0])
            # `Feeding America`: a body's name ending with its land's, kept whole.
            and (words[-1].endswith(",") or not named_for_place(words))
        )
    ):
        if words[0].lower() in _KEPT_DETERMINERS and not words[1][0].isupper():
            break  # "The complaint", "His office": the phrase as written
        if words[0] == "The" and len(words) == 2 and words[1].lower() in _MEMBER_NOUNS:
            break  # "The Congressman said": a title standing for somebody the text named
        words = words[1:]
    if (
        words
        and len(words[-1]) > 3
        and words[-1].endswith(".")
        and words[-1][-2].islower()
        and not P.ABBREVIATION.search(words[-1])
    ):
        # The name pattern keeps a full stop for "Jr." or "Inc."; a sentence's is dropped.
        words[-1] = words[-1][:-1]
    if len(words) > 1 and words[-1] in _RELATIVES and words[-2][:1].isupper():
        words = words[:-1]  # `her husband, Joe Hannouch that said`: the name, not `that`
    phrase = " ".join(words)
    time = _TRAILING_TIME.search(phrase)
    if (
        time is not None
        and time.start() > 0
        and (time.group("when") or _ends_a_name(phrase[: time.start()].split()[-1]))
    ):
        # `said the Lakeport City Council on Monday`: the day is when, not part of the name
        return phrase[: time.start()]
    return phrase


# A day or a part of one after a name, read into it for its capital (`on Monday`,
# `Tuesday night`): a time phrase when a comma or a word of time leads it in, or when a
# name has ended before it (`the City Council Monday`, `Duncan Jr. Wednesday`); otherwise
# the day may be a name's own word (`Ryan Monday`, `captain Joe Friday`, `Cyber Monday`).
_TRAILING_TIME = re.compile(
    r"(?P<when>,?\s+(?:on|last|this|late|early|next)(?=\s)|,)?\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?[.,]?$"
)


def _ends_a_name(word: str) -> bool:
    """A word no name goes on after: an organisation's head (`Council`) or a generation
    (`Jr.`, `III`), so a day after it is the time (`the City Council Monday`)."""
    return N.word_key(word) in N.ORG_WORDS or N.generation(word) is not None


_RELATIVES = frozenset("that which who".split())

# A verb of saying, then another subject and its own verb of saying or naming, before a
# quotation: `said the mayor called it`, `told reporters that the board had described`.
_REPORTS_ANOTHER = re.compile(
    r"\b(?:said|says|told\s+[\w’'-]+(?:\s+[\w’'-]+)?|tells\s+[\w’'-]+|added|adds|wrote|writes|"
    r"noted|explained|recalled|argued)\s+(?:that\s+)?"
    r"(?:(?:the|a|an|his|her|their|its|one|some|another)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
    r"(?:(?:had|has|have|also|once|even|then|later|previously|publicly)\s+){0,2}"
    r"(?:called|calls|described|describes|termed|terms|dubbed|labell?ed|branded|said|says|"
    r"told|wrote|warned|insisted|declared)\b"
)

# A verb of saying, then up to three words of a common noun phrase, right before `who`.
_SAYING_BEFORE_WHO = re.compile(
    r"\b(?:saying|says|said|adding|added|telling|told|arguing|argued|insisting|insisted|"
    r"warning|warned|noting|noted|claiming|claimed|declaring|declared|suggesting|suggested)"
    r"(?:\s+that)?(?:\s+[a-z][\w’'-]*){1,3}[\s,]*$"
)


_OPENING_VERBS = frozenset("said says added adds stated states noted".split())
_CONTRACTED = re.compile(
    r"(?<=^he|^we|^it)[’'](?:s|d|ll)$|(?<=^she)[’'](?:s|d|ll)$|"
    r"(?<=^they)[’'](?:re|d|ll|ve)$"
)


def _opens_sentence(book: SpeakerBook, mention: str, pos: int) -> bool:
    """Whether `mention` at `pos` opens its paragraph or a sentence."""
    found = book.word_at(mention, pos)
    if found is None:
        return False
    text, at = found
    # Back over the white space before it (not a copy of the paragraph up to it).
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in ".!?"


def _one_word_unproven(entity: Entity) -> bool:
    """A person the text names by one word only, with nothing to show that it is a
    person's name: no title, no sex from a given name, a title or a pronoun."""
    return (
        entity.kind == "person"
        and " " not in entity.name
        and not entity.titled
        and entity.gender is None
        and not entity.said
        and entity.office is None
    )


def _clause_before_name(np: str) -> bool:
    """The lower-case words before a subject's name hold `and` after a word that ends
    no role, kin or companion (`Tarrant’s team won and rival Ann Roe`, `The bill passed
    and Mayor Ann Roe`): the name is the subject of a clause after another clause, whose
    verb reports something of its own (`said so`), not the words before; nobody's. Two
    roles of one person keep it (`Holt’s friend and neighbor Ann Roe`)."""
    words = np.split()
    for k in range(1, len(words) - 1):
        if words[k] == "and" and words[k - 1][:1].islower():
            before = words[k - 1].lower().rstrip(",")
            one = before.removesuffix("s")
            return not (
                N.is_role_word(before)
                or N.is_role_word(one)
                or before in N.KIN_SEX
                or one in N.KIN_SEX
                or one in _COMPANION_WORDS
            )
    return False


# `Ann Roe, the niece of Tod Vail, ` right before `who`: a name, then an appositive
# whose last words are `of` and a capitalised name.
_OF_APPOSITIVE_BEFORE = re.compile(
    r"[A-Z][\w’'.-]*,\s+(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){1,4}?of\s+"
    r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s*\Z"
)
# Nouns of a person's companion that may end a role before `and` (`friend and neighbor`).
_COMPANION_WORDS = frozenset("friend neighbor neighbour colleague classmate partner".split())


def _one_word_name(mention: str) -> bool:
    """The mention is one capitalised word other than a pronoun (`Levin`, `Acme`)."""
    words = mention.split()
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in _PRONOUNS


# A possessive determiner: what stands right after it is owned, never its owner.
_OWNING_DETERMINERS = frozenset("his her their its our my your".split())


def _owned_by_determiner(words: list[str], first: int) -> bool:
    """A possessive determiner right before the capitalised words (`his Executive
    Privilege`, `their Harbor Authority`) where no first name stands among them: a thing
    or a body the owner holds, no person; a role and a name stay (`its Executive
    Director Randy Iwasaki`)."""
    return (
        first == 1
        and words[0].lower() in _OWNING_DETERMINERS
        and not any(N.first_name_gender(w.strip(",.")) is not None for w in words[1:])
    )


def resolve(book: SpeakerBook, mention: str, pos: int) -> Entity | None:
    """The entity a speaker mention refers to at `pos`."""
    low = _CONTRACTED.sub("", mention.lower())  # "He’s", "She’d": the pronoun
    if low == "i":
        return None  # the narrator: an article's writer, not somebody it names
    if low in PRONOUN_GENDER or low in {"they", "we", "it"}:
        return book.resolve_pronoun(low, pos)
    if low == "who" or low.replace(".", "") in {"ii", "iii", "iv", "jr", "sr"}:
        # "Ann Holt, who said", "Emanuel Cleaver, II said": the person named right before.
        if low != "who" and _opens_sentence(book, mention, pos):
            return None  # `Jr. called it …`: a nickname, no name written before it
        return book.resolve_relative(pos)
    if ", " in mention and _people_list(mention):
        # `Sens. Ann Roe, Ben Fisk and Cal Dunn`: a list of people, who speak together.
        return book.note_name(mention.split(), pos)
    if ", " in mention:
        # "her adviser, Ann Holt": the appositive is the name.
        appositive = mention.split(", ", 1)[1].split()
        if _preposition_object(appositive) is not None:
            return None  # `Tarrow, a spokesman for the Harbor Department`: no name
        return book.note_name(appositive, pos)
    words = mention.split()
    owned = _owned_in_mention(words)
    if owned:
        # `said Dockside’s Dale Okoro`, `Lakeport’s Okoro said`: the cue's subject is
        # the person after the owner's possessive, not a name that holds the owner.
        return resolve(book, " ".join(words[owned:]), pos + len(" ".join(words[:owned])) + 1)
    if _sent_to(words) or _thing_from(words):
        return None
    if _group_of_person(words):
        return None  # `Supporters of Mayor Ann Holt said`: the group, not the person
    inner = _preposition_object(words)
    if inner is not None:
        # `a quotation from President Lincoln`, `the letter to Secretary Salazar`, `a
        # spokesman for Ann Holt`: the name is the object of a preposition in a phrase
        # headed by another noun, so the words are not that person's.
        head, at = inner
        if words[at] == "of" and head in _CHAIR_NOUNS:
            return _chair_of(book, head, words[at + 1 :])
        if words[at] == "from" and _origin_after_from(head, words[at + 1 :]):
            return None  # `a man from Dover`: where he comes from, never his name
        if words[at] == "from" and _no_named_source(book, words[at + 1 :]):
            return None  # `a video from Dover`: a place, or nobody the text names
        if (words[at] in ("from", "by") and head not in _REPRODUCED) or (
            words[at] == "of" and head in _OWN_WORDS
        ):
            pass  # `a statement from Ann Holt`, `in the words of Ann Holt`: her own words
        else:
            return None
    name = _publication_name(words)
    if name is not None:
        return _publication(book, name)
    head = words[-1].lower().rstrip("s") if words else ""
    if len(words) > 3 and words[0] == "The" and words[1].lower() in _MEMBER_NOUNS:
        if words[2] == "and":
            # `The Congressman and Secretary Ann Roe said`: the one person the text titled
            # so and the other, together; nobody when either is nobody known.
            title, other = " ".join(words[:2]), " ".join(words[3:])
            held = resolve(book, title, pos)
            found = resolve(book, other, pos + len(title) + 5) if held is not None else None
            if held is None or found is None or found.kind != "person" or found is held:
                return None
            return Entity(f"{held.name} and {found.name}", "joint", members=[held, found])
    if len(words) == 2 and words[0] == "The" and words[1].lower() in _MEMBER_NOUNS:
        # "The Congressman said," opening a sentence: the one person the text named with
        # that title, or nobody when it named several or the title's sex is not theirs.
        held = _one_titled(book, words[1].lower(), pos)
        if held is not None and _outside_holder_other(book, held, words[1].lower()):
            return None  # `Roe Hosts Rep. Tom Holt` above a body naming Rep. Dan Reed
        sex = said_gender(words[1], None)
        if held is not None and sex is not None and held.gender not in (None, sex):
            return None
        return held
    if len(words) > 1 and not words[0][0].isupper() and words[-1][0].isupper():
        # "campaign manager Ann Holt", "9/11 widow Ann Holt": the role words lead to a name.
        first = next(i for i, w in enumerate(words) if w[0].isupper())
        title = words[-1].lower()
        if first == len(words) - 1 and words[0].lower() == "the" and title in _MEMBER_NOUNS:
            # "said the Congressman": the person named with that title, or nobody.
            found = book.resolve_noun(mention, pos)
            return found if found is not None and _titled_as(found, title) else None
        if _role_of_body(words[first:]):
            return None  # `the Governor of Elm Province`: the role's place, not its holder
        if _owned_by_determiner(words, first):
            return None  # `asserted his Executive Privilege`: a thing the owner holds
        entity = book.note_name(words[first:], pos)
        if (
            entity is not None
            and entity.kind == "person"
            and len(words) - first == 1
            and all(w in _KEPT_DETERMINERS for w in words[:first])
        ):
            return None  # "the Delegation said": a capitalised common noun, nobody's name
        return entity
    if (
        words
        and not words[0][0].isupper()
        or (
            words[0].lower() in {"the", "a", "an"}
            and (head in PERSON_NOUNS or head in ORG_NOUNS)
            and not any(w[0].isupper() for w in words[1:])
        )
    ):
        if head == "source":
            return None  # `said the source`: somebody unnamed, never the last one named
        found = book.resolve_noun(mention, pos)
        if found is not None and found.kind == "person" and _another_than_named(found, words):
            found = None  # `a congressman`, `the other senator`: not the one named before
        if found is not None and (
            found.kind != "person"
            or _fits_noun(found, words)
            or _appositive_gives(book, found, words[-1], pos)
        ):
            return found
        if found is not None and len(words) == 2 and words[0].lower() == "the":
            # `Sen. Ann Holt toured the bridge with Rep. Ben Fisk. … the senator said`:
            # not the latest person, but the one person named who holds that office.
            holding = _one_holding(book, words, pos)
            if holding is not None:
                return holding
        return book.entity_for(mention, "organization" if head in ORG_NOUNS else "person")
    if "of" in words:
        before = words[: words.index("of")]
        if len(before) >= 3 and N.is_role_word(before[-1]) and N.person_evidence(before):
            # `Ann Vik Payroll Director of Lakeport Mills said`: the person the role
            # follows, not the body the role is of.
            return book.note_name(before, pos)
    if _role_of_body(words):
        return None
    return book.note_name(words, pos)


# The words a role is held in or for, ending the role (`Governor of`, `Director for`).
_ROLE_ENDS_IN = frozenset("of for at in to with".split())


def _role_of_body(words: list[str]) -> bool:
    """`Governor of Elm Province`, `Campaigns Director of Citizens for Clean Water`: a
    role ending in a preposition, the capitalised words after it the place or body the
    role is held in; they name nobody who speaks, whatever their shape."""
    role, person = N.split_role(words)
    return bool(role and person and role.split()[-1].lower() in _ROLE_ENDS_IN)


def _sent_to(words: list[str]) -> bool:
    """`Department of Labor to Congresswoman Holt` (`A letter from the Department of Labor
    to Congresswoman Holt reads:`): a name, then `to` and a titled name — a writing from
    the one to the other, never the addressee's words. A role before `to` is part of one
    person's title (`Ambassador to the United Nations Ann Holt`, `Adviser to the
    President`)."""
    if "to" not in words:
        return False
    at = words.index("to")
    return (
        0 < at < len(words) - 2
        and words[at - 1][:1].isupper()
        and not N.is_role_word(words[at - 1])
        and words[at - 1].lower().rstrip(".,") not in _ROLE_TO_HEADS
        # the addressee by title and name (`the Committee to Protect Journalists` is one name)
        and N.is_role_word(words[at + 1])
        and words[at + 2][:1].isupper()
    )


# Roles held towards another person (`Special Assistant to President Ann Holt Tom Reed`,
# `Counsel to the Mayor`), which the lexicon of titles does not hold alone.
_ROLE_TO_HEADS = frozenset(
    "assistant assistants counsel liaison adviser advisor aide aides counselor".split()
)


# Nouns of what somebody says or writes: `the Statement from Secretary Vail` is Vail's.
_SAYING_HEADS = frozenset(
    """statement statements remarks comments comment message letter response reply
    testimony words speech email e-mail note memo tweet post op-ed editorial""".split()
)


def _thing_from(words: list[str]) -> bool:
    """`the Proposal from Secretary Vail` (a heading, `On the Proposal from Secretary
    Vail: “…”`): a thing another person put forward, capitalised as a heading's words
    are; the words under it are not that person's. A statement, letter or remarks from
    somebody are theirs, and a person or role before `from` is who speaks."""
    at = next((k for k, w in enumerate(words) if w in ("from", "by")), 0)
    if at < 2 or words[0].lower() not in ("the", "a", "an") or at == len(words) - 1:
        return False
    head = words[at - 1]
    return (
        head[:1].isupper()
        and head.lower() not in _SAYING_HEADS
        and not N.is_role_word(head)
        and not N.person_evidence(words[1:at])
    )


# Lower-case nouns that say the capitalised words before them name a publication.
_PUBLICATION_NOUNS = frozenset("magazine newspaper journal website blog podcast".split())
# Determiners and possessives that open a sentence in capitals, never a publication's name.
_NOT_A_NAME_OPENING = frozenset(
    "its his her their our my your this that these those every each another".split()
)


def _publication_name(words: list[str]) -> list[str] | None:
    """`Locus magazine`, `the Harbor Ledger newspaper` → the publication's name; None for
    any other mention."""
    if len(words) < 2 or words[-1] not in _PUBLICATION_NOUNS:
        return None
    name = words[1:-1] if words[0].lower() == "the" else words[:-1]
    if not 0 < len(name) <= 4 or not all(w[0].isupper() for w in name):
        return None
    if name[0].lower() in _NOT_A_NAME_OPENING:
        return None  # `Its website notes`: whose website is not in the words
    return None if N.has_possessive(name) else name


def _publication(book: SpeakerBook, name: list[str]) -> Entity | None:
    """The organisation a publication's name stands for; nobody when the words name a
    person the text knows (`Oprah Winfrey magazine`: whose words is not said)."""
    if N.person_evidence(name):
        return None
    known = book.known(name)
    if known is not None and known.kind == "person":
        if known.titled or N.person_evidence(known.name.split()):
            return None
    entity = book.entity_for(" ".join(name), "organization")
    entity.kind = "organization"
    entity.publication = True
    return entity


# Nouns for a group of people (or one of them) taken by `of` and a person's name: the
# group speaks, not the person (`Supporters of Mayor Ann Holt said`).
_GROUP_OF_NOUNS = frozenset(
    """supporter friend member resident protester protestor demonstrator marcher crowd
    fan critic opponent backer follower admirer ally allies detractor foe rival loyalist
    voter constituent neighbor neighbour volunteer donor student worker employee
    relative""".split()
)


def _group_of_person(words: list[str]) -> bool:
    """The mention opens with a group noun, capitalised as a sentence's first word, and
    `of` before a person's name (`Supporters of Mayor Ann Holt`, `Fans of Ann Holt`); not
    a body's name (`Friends of the Bayport Library`) nor a person with a role after
    (`Ann Holt, a supporter of the plan` keeps its name before the comma)."""
    if len(words) < 4 or words[1] != "of" or not words[0][:1].isupper():
        return False
    low = words[0].lower()
    if low not in _GROUP_OF_NOUNS and low.removesuffix("s") not in _GROUP_OF_NOUNS:
        return False
    role, name = N.split_role(words[2:])
    return bool(name) and N.person_shape(name) and bool(role or N.person_evidence(name))


_INNER_PREPOSITIONS = frozenset("of to from by for with at about against on in".split())
# Small words inside an organisation's name: `Warehousing and Distribution`, `del Barrio`.
_NAME_JOINERS = frozenset("and & of for on del de la los las".split())
_CHAIR_NOUNS = frozenset("chairman chairwoman chair".split())
_OWN_WORDS = frozenset("words word voice office statement remarks".split())
# Texts reproduced from somebody else's writing: `a quotation from President Lincoln that
# reads`, not words the document's people said.
_REPRODUCED = frozenset("quotation quote inscription excerpt passage epitaph motto".split())
_BODY_WORDS = frozenset("the of on and for house senate committee subcommittee u.s.".split())


def _preposition_object(words: list[str]) -> tuple[str, int] | None:
    """(head noun, index of the preposition) when the mention's capitalised words at its
    end follow a preposition that follows a lower-case head noun: `the chairman of the
    Budget Committee`, `The letter sent to Secretary Ross`; else None."""
    end = len(words)
    start = end
    while (
        start > 1
        and (
            words[start - 1][:1].isupper()
            # `the owner of Pioneer Warehousing and Distribution`, `El Proyecto del Barrio`:
            # small words inside the name, between two of its capitalised words.
            or words[start - 1] in _NAME_JOINERS
            and start < end
            and start > 2
            and words[start - 2][:1].isupper()
        )
    ):
        start -= 1
    if start == end or start < 2:
        return None
    at = start - 1
    if words[at] in ("the", "a", "an"):
        at -= 1
    if at < 1 or words[at] not in _INNER_PREPOSITIONS:
        return None
    head = words[at - 1]
    if head.endswith("ed") and at >= 2:
        head = words[at - 2]  # `the letter sent to`, `the letter authored by`
    if not head[:1].islower() or head in _INNER_PREPOSITIONS:
        return None
    return head.lower(), at


# Nouns for a person beside `PERSON_NOUNS`, roles and kin: `a man from Dover`.
_PEOPLE_FROM = frozenset(
    """man men woman women boy girl guy lady gentleman native retiree person people
    couple family""".split()
)


def _origin_after_from(head: str, after: list[str]) -> bool:
    """`a man from Dover`, `a retired nurse from Corvale`, `a woman from Ann Arbor`: the
    capitalised words after `from` that follows a noun for a person say where the person
    comes from (a place, as in `a man from Dover, Del.`), never who the person is; the
    person is unnamed. A body's name stays the words' source (`an official from the Harbor
    Department`)."""
    one = head.removesuffix("s")
    if not (
        head in PERSON_NOUNS
        or one in PERSON_NOUNS
        or head in _PEOPLE_FROM
        or one in _GROUP_OF_NOUNS
        or one in _BLOCK_PEOPLE
        or one in N.KIN_SEX
        or N.is_role_word(head)
        or N.is_role_word(one)
    ):
        return False
    if after[:1] in (["the"], ["a"], ["an"]):
        after = after[1:]
    return not N.org_shape(after)


def _no_named_source(book: SpeakerBook, after: list[str]) -> bool:
    """`a video from Dover`, `a letter from Corvale`: the capitalised words after `from`
    name a person only with a title, a known given name or an initial (`from Rep. Holt`,
    `from Ann Holt`), or as the surname of one the text named in full (`from Holt`); a
    body keeps them (`from the Harbor Department`). One other word there, or a region's
    name, is a place or somebody unknown: nobody."""
    if not after or after[0] in ("the", "a", "an") or N.org_shape(after):
        return False
    role, name = N.split_role(after)
    if role is not None or not name or N.person_evidence(name):
        return False
    if len(name) > 1:
        return places.region(" ".join(name)) is not None
    return (name[0].rstrip(".,"),) not in book.by_tail


def _chair_of(book: SpeakerBook, head: str, body: list[str]) -> Entity | None:
    """The one person the document names with a chair's role of the body `body`
    (`Budget Committee Chairman Ann Holt`), else nobody: the body is not the speaker."""
    keys = {w.lower() for w in body} - _BODY_WORDS
    if not keys:
        return None
    found = [
        e
        for e in book.entities.values()
        if e.kind == "person"
        and e.role
        and head in (role := set(e.role.lower().replace(",", " ").split()))
        and keys <= role
    ]
    return found[0] if len(found) == 1 else None


# Titles a release writes capitalised for its member: `the Congressman said`.
_MEMBER_NOUNS = MEMBER_NOUNS
# Lower-case `the` right before a capitalised title opening a cue's subject.
_THE_BEFORE = re.compile(r"(?<![\w’'-])the\s$")
# Words that open a sentence's phrase before its subject with no comma after it
# (`In the hall the Congressman said`); a capitalised participle opens one too.
_OPENING_PREPOSITIONS = frozenset(
    "in at on after before during following with by from for since upon while".split()
)
# Before `the Congressman`, what makes it an object inside the subject (`Residents who
# met the Congressman said`, `People like the Congressman said`).
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|that|which)\b", re.IGNORECASE)
_TITLE_OBJECT_AFTER = frozenset(
    "like but than as met meet meets heard hear hears saw see sees knew know knows "
    "support supports thank thanks join joins told tell tells".split()
)


def _title_after_opener(head: str, begin: int, the_at: int) -> bool:
    """`the <title>` at `the_at` is the subject of its sentence (begun at `begin`): it
    stands right after a comma, a line's or the sentence's start, or after the
    sentence's opening phrase (`Standing by the gates the Congressman said`); never
    with a relative pronoun earlier in its clause, nor right after a verb or `like`,
    `but`, `than`, `as` (`Residents who met the Congressman said`: the object)."""
    before = head[begin:the_at]
    parts = re.split(r"[,;:—–()\n]", before)
    clause = parts[-1].split()
    if not clause:
        return True
    if len(parts) > 1 or _RELATIVE_WORD.search(parts[-1]):
        return False
    first, last = clause[0], clause[-1].lower()
    opens = N.is_opener(first) or first[:1].isupper() and first.lower() in _OPENING_PREPOSITIONS
    verb = last.endswith(("ed", "ing")) or last in _TITLE_OBJECT_AFTER
    return opens and not verb


def _titled_as(entity: Entity, noun: str) -> bool:
    """Whether the entity's role is the title `noun` (or its abbreviation)."""
    for word in (entity.role or "").lower().replace(",", " ").split():
        if word == noun or noun in _ROLE_ABBREVIATIONS.get(word, ()):
            return True
    return False


def _fits_noun(entity: Entity, words: list[str]) -> bool:
    """A role noun names an earlier person only when that person's role has the noun,
    or the phrase is a bare `the senator`. `a spokesman`, `one Democratic source`
    introduce somebody new; `the California congressman`, `his spokesman` describe
    somebody the latest named person need not be."""
    head = words[-1].lower()
    role = entity.role.lower() if entity.role else ""
    for word in role.replace(",", " ").split():
        if word.rstrip("s") == head.rstrip("s") or head in _ROLE_ABBREVIATIONS.get(word, ()):
            return True  # `the governor` after `New Jersey Gov. Chris Christie`
        if head in _ROLE_KIN.get(word, ()):
            return True  # `the envoy` after `Russian Ambassador Oleg Stepanov`
    if role:
        return False  # `the diplomat` after `Planning Minister Song Ping`: another role
    if entity.office is not None:
        # `The mayor said` after `Rep. Ann Reed`: the seat she was named with is another
        # office, so the mayor is somebody the text does not name.
        return head.rstrip("s") in _OFFICE_NOUNS.get(entity.office, ())
    # `The mayor said` after `Ann Reed said`: the text never made her the mayor, so the
    # noun introduces somebody it does not name (`the man`, `the patient` even less so).
    return False


# Words before a role noun introducing a person the text has not named before: an
# indefinite article or a count (`a congressman`, `one senator`), `other` (`the other
# congressman`, `another senator`).
_NEW_PERSON_WORDS = frozenset("a an another other one".split())
# Words before a role noun of a role held no longer (`the former mayor`, `the late
# senator`): the person named before only when they were named so.
_PAST_ROLE_WORDS = frozenset("former late retired".split())


def _another_than_named(entity: Entity, words: list[str]) -> bool:
    """A role noun's words say its person is not `entity`, the person named before: they
    introduce somebody new or another (`_NEW_PERSON_WORDS`), or a past role
    (`_PAST_ROLE_WORDS`) `entity` was not named with."""
    before = [w.lower() for w in words[:-1]]
    role = (entity.role or "").lower().split()
    return any(w in _NEW_PERSON_WORDS or (w in _PAST_ROLE_WORDS and w not in role) for w in before)


def _appositive_gives(book: SpeakerBook, entity: Entity, noun: str, pos: int) -> bool:
    """Whether the text before `pos` gave the person `entity` the role noun `noun` in an
    appositive right after the name: `Ann Holt, the mayor of Dover,`, `Ann Holt, mayor
    of Dover,`, `Ann Holt, who chairs the council,` (`the chairwoman`). `Ann Holt, aide
    to the mayor,` or `the mayor's aide` gives her no such role."""
    low = noun.lower()
    if not low.isalpha() or low in _UNNAMED_NOUNS:
        return False
    name = re.escape(entity.name)
    forms = [
        name + r",\s+(?:(?:the|an?)\s+)?(?:(?!(?:who|whom|whose|which|that|and|of|to|for|"
        r"with|by|from|under|at)\b)[\w’'.-]+\s+){0,2}?(?i:" + low + r")(?![’'-]|\w)"
    ]
    stem = re.sub(r"(?:wo)?man$|person$|(?<=[a-z]{3})(?:er|or)$", "", low)
    if stem != low and len(stem) >= 4:
        # `who chairs the council` gives `the chairwoman`, `who directs` `the director`.
        forms.append(name + r",\s+who\s+(?:now\s+|also\s+)?" + stem + r"e?s\b")
    given = re.compile("|".join(forms))
    for i, masked in enumerate(book.texts):
        if i * STRIDE >= pos:
            break
        if given.search(masked, 0, max(0, min(len(masked), pos - i * STRIDE))):
            return True
    return False


def _one_holding(book: SpeakerBook, words: list[str], pos: int) -> Entity | None:
    """The one person named before `pos` whom the noun of an elected office in `words`
    fits (`the senator`, `the governor`: by the title or role the text gave them);
    nobody when none or several do. Other nouns (`the spokesman`) may mean somebody
    the text introduced unnamed."""
    if not any(words[-1].lower().rstrip("s") in nouns for nouns in _OFFICE_NOUNS.values()):
        return None
    fit: dict[str, Entity] = {}
    for _p, name in book._before(pos):
        ent = book.entities.get(name)
        if ent is None or ent.kind != "person" or name in fit:
            continue
        if _fits_noun(ent, words) or _appositive_gives(book, ent, words[-1], pos):
            fit[name] = ent
    return next(iter(fit.values())) if len(fit) == 1 else None


def _one_titled(book: SpeakerBook, noun: str, pos: int) -> Entity | None:
    """The one person named before `pos` whom the title `noun` (`congressman`) fits by
    the title or role the text gave them, or by an appositive (`Dan Reed, a congressman
    from Texas,`); nobody when none or several do. Each person is weighed once, not at
    each of their mentions, and the texts are read for appositives once a noun."""
    given = _given_role(book, noun)
    held = None
    for name, entity in book.entities.items():
        at = book.mentions_at.get(name)
        if entity.kind != "person" or not at or at[0] >= pos:
            continue
        if _fits_noun(entity, ["the", noun]) or given.get(name, pos + 1) <= pos:
            if held is not None:
                return None
            held = entity
    return held


def _given_role(book: SpeakerBook, noun: str) -> dict[str, int]:
    """Each name the texts gave the role `noun` in an appositive right after it (as
    _appositive_gives reads them), with the end of its first such appositive."""
    low = noun.lower()
    if low in book.given_role:
        return book.given_role[low]
    given: dict[str, int] = {}
    forms = [
        r",\s+(?:(?:the|an?)\s+)?(?:(?!(?:who|whom|whose|which|that|and|of|to|for|with|by|"
        r"from|under|at)\b)[\w’'.-]+\s+){0,2}?(?i:" + re.escape(low) + r")(?![’'-]|\w)"
        # Not a title before the next name: `… Veterans Caucus, U.S. Senator Joni Ernst`.
        r"(?!\s+[A-Z])"
    ]
    stem = re.sub(r"(?:wo)?man$|person$|(?<=[a-z]{3})(?:er|or)$", "", low)
    if stem != low and len(stem) >= 4:
        forms.append(r",\s+who\s+(?:now\s+|also\s+)?" + re.escape(stem) + r"e?s\b")
    pattern = re.compile("|".join(forms))
    for i, masked in enumerate(book.texts if low.isalpha() else ()):
        for m in pattern.finditer(masked):
            end = i * STRIDE + m.end()
            tail = masked[max(0, m.start() - 100) : m.start()]
            # Every stretch from a word's start to the comma is a name the role may be of.
            for k in range(len(tail)):
                if tail[k].isalnum() and (k == 0 or not tail[k - 1].isalnum()):
                    given.setdefault(tail[k:], end)
    book.given_role[low] = given
    return given


# A member's or governor's title before a name in a headline (`Rep. Tom Holt`, `Senators
# Holt and Reed`): the office, and whether the title is plural.
_OUTSIDE_TITLE = re.compile(
    r"(?=[A-Z])\b(?P<title>Reps?\.|Sens?\.|Govs?\.|Dels?\.|Congress(?:wo)?m[ae]n|Senators?|"
    r"Representatives?|Governors?|Delegates?)\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}"
    r"[A-Z][\w’'-]+)"
)
# The office of a title, its plural `Congressmen` too (`Reps.` and `Senators` lose their `s`).
_OUTSIDE_OFFICE = {**TITLE_OFFICES, "congressmen": "house", "congresswomen": "house"}


def _outside_holder_other(book: SpeakerBook, held: Entity, noun: str) -> bool:
    """Whether the headline titles somebody other than `held` with an office `noun`
    names: `The Congressman said` under `Roe Hosts Rep. Tom Holt` is not surely the Rep.
    Dan Reed the body names."""
    surname = held.name.split()[-1]
    for text in book.outside:
        for m in _OUTSIDE_TITLE.finditer(text):
            title = m.group("title").rstrip(".").lower()
            plural = title.endswith(("s", "men"))
            office = _OUTSIDE_OFFICE.get(title[:-1] if title.endswith("s") else title)
            if office is None or noun.rstrip("s") not in _OFFICE_NOUNS.get(office, ()):
                continue
            if plural or surname not in m.group("name").split():
                return True
    return False


# The nouns a text renames a member or governor by, per office of the title they were
# named with (`Rep.`, `Sen.`, `Gov.`).
_OFFICE_NOUNS = {
    "house": frozenset(
        "congressman congresswoman congressmember representative delegate lawmaker "
        "legislator member".split()
    ),
    "senate": frozenset("senator lawmaker legislator member".split()),
    "governor": frozenset(("governor",)),
}


_UNNAMED_NOUNS = frozenset(
    "man woman men women boy girl person people patient victim resident user customer "
    "reader viewer tester driver passenger neighbor neighbour stranger caller shopper "
    "guest visitor student child mother father".split()
)

# A title's short form read alone as the subject after a verb of saying, its full stop
# taken for the sentence's end, before a name that owns somebody (`said Rep. Tarrant’s
# aide’s deputy Ann Roe.`): the titled name is an owner, not the one who speaks. Not
# before a name alone (`said Rep. Hurd whose district …` stays the title's).
_LONE_TITLE = re.compile(
    r"(?:Reps?|Sens?|Del|Gov|Lt|Asst|Sec|Atty|Supt|Pres|Amb|Cmdr|Gen|Col|Capt|Sgt|Adm|Maj|"
    r"Prof|Dr|Mr|Mrs|Ms)"
)
_TITLED_AFTER_STOP = re.compile(r"\.[ \t]*[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,3}[’']s\b")
# The office of a member's or governor's abbreviated title.
_TITLE_OFFICE = {"rep": "house", "del": "house", "sen": "senate", "gov": "governor"}


def _title_fits(entity: Entity, role: str) -> bool:
    """Whether the title `role` a name was given (`Congressman` in `Congressman Green`)
    may be that of `entity`: neither its sex nor its office another than theirs."""
    sex = said_gender(role, None)
    if sex is not None and entity.gender not in (None, sex):
        return False
    words = role.lower().split()
    if not words or entity.office is None:
        return True
    head = words[-1].rstrip(".")
    offices = {_TITLE_OFFICE[head]} if head in _TITLE_OFFICE else set()
    offices |= {o for o, nouns in _OFFICE_NOUNS.items() if head.rstrip("s") in nouns}
    return not offices or entity.office in offices


# Nouns a report uses for a role it named before under another word: the same office,
# not a different one (`the diplomat` after a minister is somebody else).
_ROLE_KIN = {
    "ambassador": ("envoy", "diplomat"),
    "senator": ("lawmaker", "legislator"),
    "congressman": ("lawmaker", "legislator"),
    "congresswoman": ("lawmaker", "legislator"),
    "representative": ("lawmaker", "legislator"),
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    "spokesperson": ("spokesman", "spokeswoman"),
    "chairman": ("chair",),
    "chairwoman": ("chair",),
    "chair": ("chairman", "chairwoman"),
}

_ROLE_ABBREVIATIONS = {
    "gov.": ("governor",),
    "sen.": ("senator",),
    "rep.": ("congressman", "congresswoman", "representative", "lawmaker"),
    "del.": ("delegate",),
    "lt.": ("lieutenant",),
    "gen.": ("general",),
    "sec.": ("secretary",),
    "atty.": ("attorney",),
}


_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")


def _runs_on_with_a_verb(text: str, end: int) -> bool:
    """The name ending at `end` is followed by a lower-case word other than a verb of
    saying or `of` (`… Ann Roe leads said`, `… Tom Reed chairs`)."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) not in _SPEECH_VERB_SET and m.group(1) != "of"


def _day_after_full_name(words: list[str], masked: str, end: int) -> bool:
    """A weekday ending a run of capitalised words after a title, a given name and a
    surname, with a lower-case word after it (`Rep. Ann Lee Holt Monday introduced`): the
    time of the verb, not a word of the name (`Detective Joe Friday said` keeps it)."""
    if len(words) < 3 or words[-1] not in TP.WEEKDAY_NAMES:
        return False
    if not _LOWER_WORD_AFTER.match(masked, end):
        return False
    # A title right before the given name vouches for the run being a person's name.
    given = [
        k
        for k, w in enumerate(words)
        # a surname between the given name and the day: `Detective Joe Friday` is Friday
        if k
        and k <= len(words) - 3
        and N.first_name_gender(w) is not None
        and N.is_role_word(words[k - 1])
    ]
    return bool(given) and words[-2].isalpha() and words[-2][0].isupper()


_LOWER_WORD_AFTER = re.compile(r" [a-z]{2,}\b")
# A joint mention going on after a member's tag (`Rep. Ann Holt (D-OR) and Rep. Tod Vail`):
# the tag ends the first name, not the mention.
_JOINED_AFTER_TAG = re.compile(r"\s(?:and|&)\s")


# A list of tagged members around the lead's name: a name's or role's words (a nickname
# in marks allowed) after a tag's comma or `and`, up to the next member's tag
# (`Ann Roe (D-OR), Ranking Member of the Subcommittee on Docks Tod Vail (D-OR)`), or
# before the lead's name after such a tag.
_LIST_WORD = r"(?:[“\"]?[A-Z][\w.’'-]*[”\"]?|of|the|on|for|and|in|to|&),?\s+"
_TAGGED_ITEM_AFTER = re.compile(
    rf"\s*{P.MEMBER_TAG_OPEN}[^()]{{0,30}}\)\s*(?:,\s*(?:and\s+)?|and\s+)"
    rf"(?:{_LIST_WORD}){{1,24}}?{P.MEMBER_TAG_OPEN}"
)
_TAGGED_ITEM_BEFORE = re.compile(
    rf"{P.MEMBER_TAG_OPEN}[^()]{{0,30}}\)\s*(?:,\s*(?:and\s+)?|and\s+)(?:{_LIST_WORD}){{0,24}}$"
)


def _lead_in_list(text: str, start: int, end: int) -> bool:
    """Whether the member named at `text[start:end]`, their tag right after, is one item
    of a list of tagged members: the statement after such a lead is the group's."""
    return bool(
        _TAGGED_ITEM_AFTER.match(text, end)
        or _TAGGED_ITEM_BEFORE.search(text[max(0, start - 300) : start])
    )


# A member of Congress's title: `Sen.`, `Senator`, `Rep.`, `Congresswoman`, `Delegate`.
_MEMBER_TITLE_WORDS = (
    r"(?:Sen|Rep|Del)\.|(?:Senator|Representative|Congress(?:wo)?man|Congressmember|Delegate)\b"
)
# A cue right after a quotation naming one person by a surname (`.” said Rep. Hurd whose
# district …`), read where the parse read none.
_CUE_AFTER_SURNAME = re.compile(
    rf"[\s”\"’',.]*(?:said|says|added|stated|noted)\s+(?:(?:{_MEMBER_TITLE_WORDS})\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+)?(?P<surname>[A-Z][\w’'-]+)(?![\w’'-])(?!\s*(?:,\s*)?(?:and|&)\s)"
)


def _cue_after_names(text: str, end: int, surname: str) -> bool:
    """Whether a cue right after the quotation ending at `end` names `surname` alone."""
    m = _CUE_AFTER_SURNAME.match(text, end)
    return m is not None and m.group("surname") == surname


def _goes_on_from(prev: Quote, names: list[str], surname: str) -> bool:
    """Whether the quotation before is the person's own: theirs already, or cued by their
    surname alone (`“…,” said Roe. “…”`), not by a pair or a list (`said Roe and Vail`)."""
    if prev.speakers:
        return prev.speakers == names
    words = (prev.mention or "").split()
    return (
        prev.cue is not None
        and bool(words)
        and words[-1].strip(",.;:") == surname
        and not any(w in ("and", "&") or w.endswith(",") for w in words)
    )


def _tag_inside(text: str, start: int, end: int) -> int | None:
    """Where a party-and-state tag (`(R-OR)`, `(WV-2)`) starts inside `text[start:end]`
    with more words after it, else None. The masked text blanks the tags, so a name
    pattern runs on over the gap into the next capitalised word (`Rep. Tod Vail (R-OR)
    Sworn in as Chairman` read `Tod Vail Sworn`); no name goes on past its tag."""
    tag = P.AFFILIATION.search(text, start, end)
    if tag is None or not text[tag.end() : end].strip():
        return None
    return tag.start()


def register_names(book: SpeakerBook, masked: str, paragraph: int, text: str | None = None) -> None:
    """Note every capitalised name in the narration, in reading order. `text`: the
    paragraph before masking (its party tags end the names they follow)."""
    full = [
        (m.end(), m.group(1), m.group(2))
        for m in _FULL_NAME.finditer(masked)
        if N.first_name_gender(m.group(1)) is not None
    ]
    # Per first name or surname of those, where the first full name holding it ends.
    named_at: dict[str, int] = {}
    heads: _Pronouns | None = None
    for done, first, last in full:
        named_at.setdefault(first, done)
        named_at.setdefault(last, done)
    for m in _OPENS_ALONE.finditer(masked):
        book.opened_alone.setdefault(m.group(1), paragraph * STRIDE + m.start())
    for m in P.NAME_IN_TEXT.finditer(masked):
        words = m.group().split()
        if len(words) == 1:
            _note_lone_name(book, masked, m.start(), m.end(), paragraph, named_at)
        if len(words) == 1 and sentence_start(masked, m.start()) == m.start():
            if (
                _LONE_SUBJECT.match(masked, m.start())
                and not N.is_role_word(words[0])
                and _could_be_surname(words[0])
                and _a_persons_word(book, words[0], paragraph)
            ):
                book.lone_subjects.append((paragraph * STRIDE + m.start(), words[0]))
            continue  # a lone capitalised word opening a sentence is rarely a name
        # The pattern holds no space: a match in the run is a match in one of its words.
        if len(words) > 1 and _GLUED.search(m.group()):
            # `Gov. Kristi NoemKristi Lynn NoemSouth Dakota`: a page's hover text glued
            # to the name; any name cut from the run would be a guess.
            continue
        at = m.start()
        second = _FIRM_AMPERSAND.match(masked, m.end())
        if len(words) == 1 and (second or _AMPERSAND_BEFORE.search(masked, max(0, at - 40), at)):
            # `Johnson & Johnson`: the name pattern stops at `&`; the words joined by it
            # are one firm's name, never people by their surnames.
            if second is not None:
                book.note_name([words[0], "&", second.group(1)], paragraph * STRIDE + at)
            continue
        # No owner's possessive in a run without `’s` or `'s` (most runs).
        run = m.group()
        owned = 0
        if "’s" in run or "'s" in run:
            owned = _owned_speaker(book, words, masked, at, m.end())
        if owned:
            # `noted NBC’s Dale Okoro.`, `Harbor Bank’s Okoro said`: the person the
            # possessive's owner employs is the one named, not a name holding the owner.
            at += [w.start() for w in re.finditer(r"\S+", m.group())][owned]
            words = words[owned:]
        place = _place_ending_role(words, masked, at)
        if place:
            # `envoy to Ukraine Kurt Volker`: the place ends the role; the name follows.
            at += len(" ".join(words[:place])) + 1
            words = words[place:]
        if N.body_before_name(words) and _runs_on_with_a_verb(masked, m.end()):
            # `the House Budget Committee Ann Roe leads said`: the body is the subject and
            # the name is the verb's; no name of a person whose role is the body.
            continue
        if _day_after_full_name(words, masked, m.end()):
            # `Congresswoman Ann Lee Holt Saturday hosted`: the day is when, not a name.
            words = words[:-1]
        tag = _tag_inside(text, at, m.end()) if text is not None else None
        if tag is not None and not _JOINED_AFTER_TAG.search(masked, tag, m.end()):
            after = P.AFFILIATION.match(text or "", tag)
            rest = masked[after.end() if after else tag : m.end()]
            if len(rest.split()) >= 2:
                # `Rep. Ann Holt (D-OR) Chairman Tod Vail`: the words after the tag are a
                # name of their own when they are more than one word.
                start = m.end() - len(rest.lstrip())
                book.note_name(rest.split(), paragraph * STRIDE + start)
            words = masked[at:tag].split()
            if not words:
                continue
        if _runs_into_next_sentence(book, words, masked, at, m.end(), paragraph * STRIDE):
            words = words[:-1]
        entity = book.note_name(words, paragraph * STRIDE + at)
        if entity is not None and entity.titled and entity.gender is None:
            begin = sentence_start(masked, at)
            if heads is None:
                heads = _Pronouns(masked)
            book.sentence_heads.append(
                (paragraph * STRIDE + at, paragraph * STRIDE + begin, heads.between(begin, at))
            )
    book.full_names.update(w for _, first, last in full for w in (first, last))


# `and` ending a list right before its last item: `Tod Vail, Bram Roe, and `.
_AND_ENDING_LIST = re.compile(r"(?:,\s*|\s)and\s+$")


def _runs_into_next_sentence(
    book: SpeakerBook, words: list[str], masked: str, start: int, end: int, base: int
) -> bool:
    """Whether the run's last word is the next sentence's subject, the stop before it
    lost: `…, Bram Roe, and Cal Dunn Ann also met the crew.` after `Ann toured the dock.`
    The run ends a list (after `and`), its last item three name words or more with no
    initial before the last, which is a first name the text opened a sentence with
    alone before and a verb follows; `Indeed, Cal Dunn Ann also met`, `and Cal D. Ann
    also met` are names of their own."""
    if len(words) < 3 or book.opened_alone.get(words[-1], base + start) >= base + start:
        return False
    if N.first_name_gender(words[-1]) is None or not _LONE_VERB.match(masked, end):
        return False
    # The list's `and` stands in the run (`Bram Roe and Cal Dunn Ann`) or before it.
    joined = max((k for k, w in enumerate(words) if w in ("and", "&")), default=-1)
    if joined < 0 and not _AND_ENDING_LIST.search(masked, max(0, start - 8), start):
        return False
    name = N.split_role(words[joined + 1 :])[1]
    return len(name) >= 3 and not name[-2].endswith(".")


class _Pronouns:
    """Where `he` and `she` stand as words in a paragraph, found once: a sentence of many
    titled people (`Rep. Holt – Rep. Vail – …`) is not lower-cased from its start for
    each of them."""

    def __init__(self, masked: str) -> None:
        self.masked = masked
        low = masked.lower()
        # A letter lower-cased into two (`İ`) would move the offsets: read each slice then.
        self.low = low if len(low) == len(masked) else None
        self.starts = {
            w: [m.start() for m in _PRONOUN_WORD[w].finditer(low)] for w in _PRONOUN_WORD
        }

    def between(self, begin: int, end: int) -> str:
        """The words of `he`, `she` that `masked[begin:end].lower()` holds as words, as one
        string (`"he she"`, `""`): what `SpeakerBook._subject_before` searches."""
        if self.low is None:
            text = self.masked[begin:end].lower()
            return " ".join(w for w, p in _PRONOUN_WORD.items() if p.search(text))
        return " ".join(w for w in _PRONOUN_WORD if self._holds(w, begin, end))

    def _holds(self, word: str, begin: int, end: int) -> bool:
        low, n = self.low or "", len(word)
        starts = self.starts[word]
        k = bisect.bisect_left(starts, begin)
        if k < len(starts) and starts[k] + n <= end:
            return True
        # The slice's own ends are word boundaries, where the paragraph may run on.
        if begin + n <= end and low.startswith(word, begin):
            if begin + n == end or not _WORD_CHAR.match(low, begin + n):
                return True
        at = end - n
        return (
            at >= begin
            and low.startswith(word, at)
            and (at == begin or not _WORD_CHAR.match(low, at - 1))
        )


# Each opens with a lookahead for its first letter, so `re` tries the word boundary only
# there rather than at every position of the paragraph.
_PRONOUN_WORD = {w: re.compile(rf"(?={w[0]})\b{w}\b") for w in ("he", "she")}
_WORD_CHAR = re.compile(r"\w")


# A sentence's opening phrase with the subject's possessive, then the subject: `For his
# part, `, `In her view, `, `By his own account, `. Only these fixed phrases: in others
# the possessive is anybody's (`After her death, Tom Holt said`, `With her help`).
_OPENING_POSSESSIVE = re.compile(
    r"(?:For\s+(?P<part>his|her)\s+part|In\s+(?P<view>his|her)\s+(?:view|opinion)"
    r"|By\s+(?P<account>his|her)\s+own\s+account),\s+"
)


# A single capitalised word after ` & ` right after a one-word name (`Johnson & Johnson`),
# and the same seen from the second word back.
_FIRM_AMPERSAND = re.compile(r"\s*&\s*([A-Z][\w’'-]*)\b(?!\s+[A-Z])")
_AMPERSAND_BEFORE = re.compile(r"(?<![\w’'-])(?<![A-Z][\w’'-]\s)[A-Z][\w’'-]*\s*&\s*$")


def _owned_speaker(book: SpeakerBook, words: list[str], masked: str, start: int, end: int) -> int:
    """Where a person's name starts after an owner's possessive in the run `words`
    (`NBC’s Dale Okoro`, `Harbor Bank’s Okoro`) when the run stands beside a verb of
    saying (`noted NBC’s Dale Okoro.`): a given name the lexicon knows opening two words
    or more; elsewhere such a run may be the owner's thing (`Obama’s Virginia Beach
    rally`). A surname alone the text named in full counts wherever it stands (`For
    Adelaide’s Lyon, …`, `Harbor Bank’s Okoro said`). Else 0."""
    owner, tail = _owner_and_tail(words)
    if owner < 0 or any(_ENDS_SENTENCE.search(w) for w in words[: owner + 1]):
        return 0  # `… Ann Matthies. The County Sheriff’s Department`: a run over a full stop
    if _owned_thing(tail):
        return 0  # `Lakeport’s Grace Church`, `Obama’s Virginia Beach rally`: a place
    if len(tail) == 1:
        # a person's surname, not a body's last word (`the Sheriff’s Department`)
        if tail[0].lower() in ORG_NOUNS:
            return 0
        named = (book.entities.get(name) for name in book.by_tail.get((tail[0],), ()))
        return owner + 1 if any(e is not None and e.kind == "person" for e in named) else 0
    after = _NEXT_WORD.match(masked, end)
    # `said theCUBE’s Dale Okoro`: the run starts inside the owner's word; the verb
    # stands before that word.
    while start > 0 and masked[start - 1].isalpha():
        start -= 1
    before = _WORD_BEFORE.search(masked, max(0, start - 30), start)
    if not (
        (after is not None and after.group(1) in _SPEECH_VERB_SET)
        or (before is not None and before.group(1) in _SPEECH_VERB_SET)
    ):
        return 0
    return owner + 1 if N.person_evidence(tail) else 0


def _owner_and_tail(words: list[str]) -> tuple[int, list[str]]:
    """The index of the last word before the run's end with an owner's possessive (-1 if
    none), and the words after it without a clause's punctuation."""
    owner = max((k for k, w in enumerate(words[:-1]) if _POSSESSIVE_WORD.search(w)), default=-1)
    return owner, [w.rstrip(".,;:") for w in words[owner + 1 :]]


def _owned_in_mention(words: list[str]) -> int:
    """Where a person's name starts after an owner's possessive in a cue's subject
    (`Dockside’s Dale Okoro`, `theHARBOR’s Dale Okoro`): two capitalised words or more
    that open with a known given name or an initial; never a body or a place the owner
    holds (`Harbor Bank`), nor a firm (`Lakeport’s Reed Energy`). Else 0. One word after
    the owner (`Lakeport’s Okoro said`) is no name here: the person the text named with
    that surname may be another (a namesake, a patron the owner's brand is named for)."""
    owner, tail = _owner_and_tail(words)
    if owner < 0:
        return 0
    if len(tail) < 2 or not all(w[:1].isupper() for w in tail) or _owned_thing(tail):
        return 0
    last = tail[-1].lower()
    if last in _BUSINESS_HEADS or last in _VENUE_WORDS or last in _FIRM_ENDS:
        return 0  # `said Lakeport’s Reed Energy`: a firm the owner holds, nobody
    return owner + 1 if N.person_evidence(tail) else 0


# Last words of a firm's or a line's name besides _BUSINESS_HEADS and _VENUE_WORDS.
_FIRM_ENDS = frozenset("brand brands line lines house group company".split())


# A naming verb, then its object (one word or `the` and one), then the name it gives.
_COINED_BEFORE = re.compile(
    r"\b(?:dubbed|dubs|nicknamed|nicknames|christened|christens)\s+"
    r"(?:(?:the\s+)?[\w’'-]+\s+)?[“\"]?$"
)


# `as` (`as a`, `as an`) right before a quotation: what its object is cast as.
_CAST_AS_BEFORE = re.compile(r"\bas\s+(?:an?\s+)?[“\"]$")


def _owned_thing(tail: list[str]) -> bool:
    """Whether the words after an owner's possessive name a body, a place or a venue
    rather than a person: a body's or a venue's word ends them (`Grace Church`, `Holt
    Park`, `Harbor Bank`), or two words or more are a place of the gazetteer (`Virginia
    Beach`)."""
    last = tail[-1].lower()
    # A one-word tail is a surname the text named in full (`Kessler’s Jackson`).
    place = len(tail) > 1 and N.a_place_name(tail)
    return last in ORG_NOUNS or last in _VENUE_NOUNS or place


# Words ending the name of a place or a building, never a person's surname.
_VENUE_NOUNS = frozenset(
    """church cathedral chapel temple mosque synagogue hospital clinic park beach school
    academy college stadium arena center centre hall theater theatre museum library
    square street avenue road bridge airport station harbor harbour port river lake
    island mountain valley county city township village hotel market mall plaza""".split()
)
_POSSESSIVE_WORD = re.compile(r"[’']s$")
# A word ending a sentence inside a name run: three letters or more before the full stop
# (`Matthies.`), not an initial or a short title (`J.`, `Dr.`, `St.`).
_ENDS_SENTENCE = re.compile(r"[a-z]{3}\.$")
_WORD_BEFORE = re.compile(r"\b([a-z]+),?\s+$")


def _note_lone_name(
    book: SpeakerBook,
    masked: str,
    start: int,
    end: int,
    paragraph: int,
    named_at: dict[str, int],
) -> None:
    """Note a surname or first name standing alone as its sentence's subject, or as the
    subject's owner, where the text named a person in full with it before: `Levin sees
    …`, `For his part, Bernard believes …`, `In part, Levin says, because …`, `Bernard’s
    go-to option is …`. A he/she after it may mean that person, not an earlier one."""
    word = masked[start:end]
    kind = "subject"
    if word.endswith(("’s", "'s")):
        word = word[:-2]
        # `Ben’s lawyer said`: somebody else speaks; `Ben’s go-to option is`: Ben may.
        after = [w.strip(",.;:").lower() for w in masked[end : end + 40].split()[:3]]
        kind = "owner" if any(_OWNED_PERSON.fullmatch(w) for w in after) else "thing"
    elif not _LONE_VERB.match(masked, end):
        return
    if not _SUBJECT_SLOT.fullmatch(masked, sentence_start(masked, start), start):
        return
    owners = () if word in _NOT_SURNAMES else book.people_named_with(word)
    # A first name and a surname the name patterns took apart or left out (`Kevin and
    # Bernard P Achampong`): no one to resolve to, but still someone else than before.
    here = named_at.get(word, start + 1) <= start
    if owners or here or word in book.full_names:
        book.lone_names.append((paragraph * STRIDE + start, word, kind, owners))


# A person a possessive may own (`Ben’s lawyer`, `Ann’s longtime friend`).
_OWNED_PERSON = re.compile(
    r"(?:"
    + "|".join(map(re.escape, sorted(PERSON_NOUNS)))
    + r"|wife|husband|son|daughter|brother|sister|father|mother|mom|dad|friend|partner|"
    r"colleague|boss|coach|doctor|teacher|family|parents?|children|kids?)s?"
)


# A known first name, an initial perhaps, and a surname (checked by the caller).
# The look-ahead lets `re` skip to a capital letter instead of trying every position.
_FULL_NAME = re.compile(
    r"(?=[A-Z])\b([A-Z][a-z]+)\s+(?:[A-Z]\.?\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


# What may stand before a sentence's subject: nothing, or one or two short phrases each
# closed by a comma (`For his part, `, `With tadpoles, in fact, `, `In part, `).
_SUBJECT_SLOT = re.compile(r"(?:[^,;:.!?“”\"()]{1,40},\s+){0,2}")

# The word after a lone subject name: a verb (`sees`, `showed`, `has`), not a noun phrase
# or a conjunction (`Levin and Bongard`, `Levin as a child`).
_LONE_VERB = re.compile(
    r"\s+(?!(?:this|thus|plus|less|unless|across|always|whereas|versus|perhaps|towards|"
    r"afterwards|its|his|hers|news|series|species|red|bed|seed)\b)"
    r"(?:[a-z]{2,}(?:s|ed)|has|had|is|was|led|will|would|can|could|may|might|did|does|saw|"
    r"thought|felt|found|told|said|wrote|spoke|took|made|knew|began|went|also|then|later|"
    r"now|still|never|often|once)\b"
)
# A capitalised word opening a sentence alone, a verb after it: `Ann toured the dock.`
_OPENS_ALONE = re.compile(rf"(?:^|(?<=[.!?]\s))([A-Z][a-z]+){_LONE_VERB.pattern}")


def _could_be_surname(word: str) -> bool:
    """A lone word opening a sentence that may be a person's surname: not an abstract
    noun's ending (`Production has doubled`, `Employment is up`, `Security was tight`).
    A place's name may be a surname too (`Clinton says …`)."""
    return not _ABSTRACT_NOUN.search(word)


_ABSTRACT_NOUN = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ship)$")


def _a_persons_word(book: SpeakerBook, word: str, paragraph: int) -> bool:
    """Whether a lone word opening a sentence in `paragraph` may be a person's surname or
    first name: the last word of a person the text named in full; else not a noun for
    people or a body (`Police said`) nor a place of the gazetteer, and a first name the
    lexicon knows, or else no plural in -s (`Democrats said`, `Critics say`) nor a place
    the paragraph or the one before puts people in (`in Lakeport`)."""
    if any(" " in name for name in book.by_tail.get((word,), ())):
        return True
    low = word.lower()
    if low in PERSON_NOUNS or low in ORG_NOUNS or low in N.ORG_WORDS or N.a_place_name([word]):
        return False
    if N.first_name_gender(word) is not None:
        return True
    if low.endswith("s"):
        return False
    texts = book.texts[max(0, paragraph - 1) : paragraph + 1]
    if not _PLAIN_WORD.fullmatch(word):
        where = re.compile(rf"{_PLACE_WORD_BEFORE.pattern}{re.escape(word)}\b(?!’|')")
        return not any(where.search(text) for text in texts)
    return not any(word in _words_after_place_prepositions(book, text) for text in texts)


# `in Lakeport`, `at Okafor-Smith`: a word after a preposition of place (read once a
# paragraph, every word of a hyphenated run and the run as a whole, as a search for each
# word after them would find it; a search a word made a long paragraph's parse quadratic).
_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|around)\s+")
_PLACE_WORD_RUN = re.compile(rf"{_PLACE_WORD_BEFORE.pattern}(?=(\w+(?:-\w+)*))")
_PLAIN_WORD = re.compile(r"\w+(?:-\w+)*")


def _words_after_place_prepositions(book: SpeakerBook, text: str) -> frozenset[str]:
    found = book.place_words.get(text)
    if found is None:
        words: set[str] = set()
        for m in _PLACE_WORD_RUN.finditer(text):
            run, start = m.group(1), m.start(1)
            ends = [i for i, char in enumerate(run) if char == "-"] + [len(run)]
            words.update(
                run[:end] for end in ends if text[start + end : start + end + 1] not in ("’", "'")
            )
        found = book.place_words[text] = frozenset(words)
    return found


# A lone capitalised word opening a sentence, followed by a verb a person's surname is
# the subject of (`Okafor testified`, `Okafor was`): not a common opening word.
_LONE_SUBJECT = re.compile(
    r"(?!(?:He|She|They|We|You|His|Her|Their|Our|My|Your|This|That|It|There|Here|These|Those|What|Which|Who|Everyone|Nobody|Someone|"
    r"Everything|Nothing|Today|Yesterday|One|Each|All|Both|Many|Some|Most|Such|Another|"
    r"None|Everybody|Somebody|Anyone|Anybody)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+"
    r"(?:said|says|told|tells|added|adds|testified|explained|explains|wrote|writes|noted|"
    r"notes|argued|argues|recalled|recalls|replied|insisted|agreed|disagreed|spoke|"
    r"speaks|was|is|has|had|also|then|later)\b"
)

# Two words run together: three lower-case letters, then a capital (`NoemKristi`), which
# no name prefix does (`McCarthy`, `DeFazio`, `MacArthur`).
_GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]")

# A lower-case role's preposition right before a name run: `envoy to `, `governor of `.
_ROLE_PREPOSITION = re.compile(r"\b[a-z]{3,}\s+(?:to|of|for|in|from)\s+$")


def _place_ending_role(words: list[str], masked: str, at: int) -> int:
    """How many words opening a name run are a place that ends the role before it
    (`ambassador to Russia Jon Vail`): a country, capital, state or gazetteer place,
    followed by a full name whose first word is a known first name; 0 otherwise."""
    if len(words) < 3 or not _ROLE_PREPOSITION.search(masked, max(0, at - 30), at):
        return 0
    # The longer place first: `to North Carolina Virginia Foxx` is not `North` (a region
    # somewhere) and `Carolina Virginia Foxx`.
    for k in (2, 1):
        place, rest = words[:k], words[k:]
        if len(rest) < 2 or N.first_name_gender(rest[0]) is None or not N.person_shape(rest):
            continue
        named = " ".join(place)
        if N.is_capital(place) or places.region(named) or places.is_known(named):
            return k
    return 0


# -- attribution ----------------------------------------------------------------


def cue_after(masked: str, seg: Segment, next_open: int, base: int) -> Attribution | None:
    """`“…,” X said` or `“…,” said X`: the cue right after the closing mark."""
    if not seg.closed:
        return None
    tail = masked[seg.end + 1 : min(next_open, sentence_end(masked, seg.end + 1) + 1)]
    spanish = P.AFTER_SPANISH_CUE.match(tail)
    if spanish is not None:
        # `”, dijo el representante Tod Vail`: the name after the verb and its role words;
        # `”, dijo un vecino`: somebody unnamed, nobody's (never the speaker before)
        named = spanish.group("np")
        at = base + seg.end + 1 + spanish.start("np" if named else "cue")
        if named is None or spanish.group("pair") or spanish.group("skip"):
            # `”, dice En Corvale el alcalde`, `”, dijo Tod Vail y Ann Roe`, `”, dijo Ayer
            # Tod Vail` (whose name the text's names run into `Ayer Tod Vail`): nobody
            return Attribution("it", spanish.group("cue"), at, True, nobody=True)
        return Attribution(clean_mention(named), spanish.group("cue"), at, True)
    document = P.AFTER_ACCORDING_DOCUMENT.match(tail)
    if document is not None:
        # `,” according to the citation accompanying the medal.`: a document's words,
        # nobody's (never the issuer's, whom the citation may name in the third person)
        at = base + seg.end + 1 + document.start("np")
        return Attribution(document.group("np"), "according to", at, True, nobody=True)
    for rx in (
        P.AFTER_SUBJ_CUE,
        P.AFTER_CUE_SUBJ,
        P.AFTER_NAME_OPEN_APPOS,
        P.AFTER_ACCORDING,
        P.AFTER_NAME_LONG_APPOS,
    ):
        m = rx.match(tail)
        if (
            m
            and rx is P.AFTER_CUE_SUBJ
            and _LONE_TITLE.fullmatch(m.group("np"))
            and _TITLED_AFTER_STOP.match(tail, m.end("np"))
        ):
            # `said Rep. Tarrant’s chief of staff’s deputy Ann Roe.`: the subject stopped
            # at the title's full stop, the name it titles and the person that name owns
            # unread: nobody, never the titled member
            at = base + seg.end + 1 + m.start("np")
            return Attribution("it", _cue_text(m.group("cue")), at, True, nobody=True)
        if m and m.group("np").split()[0] in _SUBORDINATORS:
            continue  # `” when Clinton blasted him`: another clause, not the cue
        if m and _REPORTED_CLAUSE_LEAD.match(m.group("np")):
            continue  # `,” adding that the Coast Guard agreed`: the clause's subject
        if m and rx is P.AFTER_SUBJ_CUE and _PLURAL_SUBJECT.match(tail, m.end("cue")):
            continue  # `” The GAO reports are just two of …`: a plural noun, not a cue
        if m and _CALL_FOR.match(tail, m.start("cue")):
            continue  # `” Holt’s bill calls for no new funding.`: a demand, not a cue
        if m and _AGREE_TO.match(tail, m.start("cue")):
            continue  # `” Harbor Board agrees to fund the pier`: a promise, not a cue
        if m and rx is P.AFTER_CUE_SUBJ and m.group("np").split()[0] == "that":
            continue  # `the ad “…” suggests that Phoenix …`: the verb's clause, no subject
        if m and _kin_phrase_alone(m.group("np")):
            # `“…,” said Son of Senator Tod Vail.`: the kin speak, unnamed: nobody, never
            # the relative (`_kin_subject` for the cue before the words)
            at = base + seg.end + 1 + m.start("np")
            return Attribution("it", _cue_text(m.group("cue")), at, True, nobody=True)
        if (
            m
            and rx is P.AFTER_NAME_LONG_APPOS
            and _another_after_and(tail[m.end("np") : m.start("cue")])
        ):
            continue  # `Ann Holt, a nurse in Dover, Delaware, and Sam Poe, said`: both
        listed = _LIST_BODY_AFTER.match(tail, m.end("np")) if m and rx is P.AFTER_CUE_SUBJ else None
        if m and listed is not None and not _names_listed(m.group("np"), listed.group("items")):
            # `said Lake Parks, Forests and Public Lands Subcommittee Chairman Tod Brine`:
            # the pattern stopped at the first comma of a body's listed name; its officer
            # named after it speaks, or nobody named (never the list's first words).
            words = listed.group("rest").split()
            title, name = N.split_role(words)
            officer = bool(title) and N.person_shape(name) and N.person_evidence(name)
            return Attribution(
                " ".join(words) if officer else clean_mention(m.group("np")),
                _cue_text(m.group("cue")),
                base + seg.end + 1 + (listed.start("rest") + 1 if officer else m.start("np")),
                True,
                nobody=not officer,
            )
        if (
            m
            and rx is P.AFTER_CUE_SUBJ
            and (
                _NAME_GOES_ON.match(tail, m.end("np"))
                # `said Harbor Subcommittee on Safety Ranking Member Ivo Brandt`
                or _BODY_GOES_ON.match(tail, m.end("np"))
                and N.word_key(m.group("np").split()[-1]) in N.ORG_WORDS
            )
        ):
            # `said Pioneer Warehousing and Distribution president Ed Pike`, `said the
            # director of El Proyecto del Barrio`: the pattern stopped inside a body's
            # name; the person after its role words speaks, or nobody named.
            held = _HOLDER_AFTER.match(tail, m.end("np"))
            if held is not None and _PERSON_AND.match(tail, m.end("np")):
                who = [w for w in clean_mention(m.group("np")).split() if not N.is_role_word(w)]
                if (
                    len(who) >= 2
                    and N.first_name_gender(who[0]) is not None
                    and N.person_shape(who)
                    and not N.org_shape(who)
                ):
                    # `said Rep. Ann Holt and Harbor County sheriff Ivo Brandt`: two people
                    # speak together; neither alone, the second least of all.
                    return Attribution(
                        clean_mention(m.group("np")),
                        _cue_text(m.group("cue")),
                        base + seg.end + 1 + m.start("np"),
                        True,
                        nobody=True,
                    )
            if held is None or not all(N.is_role_word(w) for w in held.group("role").split()):
                whole = _WHOLE_NAME.match(tail, m.start("np"))
                return Attribution(
                    clean_mention(whole.group(0) if whole else m.group("np")),
                    _cue_text(m.group("cue")),
                    base + seg.end + 1 + m.start("np"),
                    True,
                )
            return Attribution(
                clean_mention(held.group("np")),
                _cue_text(m.group("cue")),
                base + seg.end + 1 + held.start("np"),
                True,
            )
        if m and _is_mention(clean_mention(m.group("np"))):
            return Attribution(
                _with_appositive(m),
                _cue_text(m.group("cue")),
                base + seg.end + 1 + m.start("np"),
                True,
                nobody=_clause_before_name(m.group("np")),
            )
    m = P.AFTER_SHARED.match(tail) or P.SUBJ_SHARED.match(tail)
    if m and _is_mention(clean_mention(m.group("np"))):
        return Attribution(
            clean_mention(m.group("np")), m.group("cue"), base + seg.end + 1 + m.start("np"), True
        )
    return None


# A body's name going on past where the subject pattern stopped: its small word, then a
# capitalised word (`… Warehousing and Distribution`, `… of El Proyecto del Barrio`).
_NAME_GOES_ON = re.compile(r"\s+(?:and|&|of|del|de|la|los)\s+(?:the\s+)?[A-Z]")
# A body's name listing its fields past the subject's first comma, then what follows
# it up to the next comma or full stop: `, Forests and Public Lands Subcommittee` +
# ` Chairman Tod Brine`.
_LIST_BODY_AFTER = re.compile(
    r",\s+(?P<items>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}){0,4}"
    r",?\s+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){0,3})"
    r"(?:Subcommittee|Committee|Caucus|Commission|Council|Board)\b"
    r"(?P<rest>(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*)){0,6})"
)


def _names_listed(np: str, items: str) -> bool:
    """Whether the subject or an item listed after it opens with a first name or an
    initial (`said Ann Vail, Tod Brine and Harbor Board Chair Ivo Kerr`): a list of
    people, not the fields a body's name lists."""
    parts = [np, *re.split(r",\s*|\s+(?:and|&)\s+", items)[:-1]]
    return any(N.person_evidence(N.split_role(p.split())[1]) for p in parts if p.strip())


# `and` or `&` after the subject, where a second name may follow.
_PERSON_AND = re.compile(r"\s+(?:and|&)\s")
# The subject with the whole name it holds, up to a comma or the sentence's end.
_BODY_GOES_ON = re.compile(r"\s+(?:on|for)\s+(?:the\s+)?[A-Z]")
# A middle initial's full stop before the last word (`CEO Ann B. Holt`) is no sentence's end.
_WHOLE_NAME = re.compile(
    r"[^,;:.!?]*(?:(?:\.(?=\w)|(?<=(?<![\w’'.-])[A-Z])\.(?=\s[A-Z][\w’'-]*(?:[\s,;:.!?]|$)))"
    r"[^,;:.!?]*)*"
)
# The rest of that name, lower-case role words and the name of their holder.
_HOLDER_AFTER = re.compile(
    r"\s+(?:and|&|of|del|de|la|los)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+|(?:and|&|of|del|de|la|los)\s+){1,6}"
    r"(?P<role>(?:[a-z][\w-]*\s+){1,3})(?P<np>[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*)){1,3})"
)


# `calls for`, `called for`: what a person or a bill demands, never a verb of saying.
_CALL_FOR = re.compile(r"call(?:s|ed|ing)?\s+for\b")

# After `X reports`/`X notes` read as a cue: a verb whose subject the plural noun is
# (`The GAO reports are`, `Her notes show`), so the `-s` word was a noun.
_PLURAL_SUBJECT = re.compile(
    r"\s*(?:are|were|have|had|show|showed|shows|found|find|include|included|remain|"
    r"suggest|suggested|also\s+(?:are|were|show|found))\b"
)

# A reported clause that is only a noun phrase of capitalised words, maybe after a few
# lower-case role words: `White House chief strategist Steve Bannon`.
_NAMES_ONLY = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w.’'&-]*|(?!(?:and|or|to|that|is|are|was|were|will|would|has|have|"
    r"had|be|can|could|should|must|not|no|of|for|in|on)\b)[a-z][a-z-]*)\s+){0,7}[A-Z][\w’'&-]*\.?"
)

# Before an organisation's name in its sentence: a preposition it is the object of, or a
# subject of plural people (see `_Extractor._named_as_other`).
_OBJECT_BEFORE = re.compile(r"\b(?:to|with|from|against|at)\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+)*$")
_PEOPLE_SUBJECT = re.compile(
    r"\b(?:members|parents|lawmakers|legislators|residents|families|students|teachers|"
    r"workers|veterans|farmers|senators|representatives|colleagues|constituents|citizens|"
    r"voters|advocates|leaders|officials|neighbors|neighbours|employees|patients|"
    r"customers|owners|survivors|mayors|governors|attorneys\s+general)\b",
    re.IGNORECASE,
)
_KIN_AFTER_AND = re.compile(
    r",\s+and\s+(?:his|her|their|my|our)\s+(?:husband|wife|spouse|partner|son|daughter|"
    r"father|mother|brother|sister|parents|children|family|grandson|granddaughter)\b"
)
_CAPITAL_AFTER_AND = re.compile(r",\s+and\s+(?P<run>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)")


def _another_after_and(appositive: str) -> bool:
    """A long appositive that goes on, after `, and`, to somebody else before the cue
    (`, and Sam Poe of the union`, `, and Mayor Sam Poe`, `, and her husband`): the words
    are theirs jointly, not the first name's. An organisation's name there is one more
    place of the first name's (`a geologist at the Survey …, and Ohio State University`)."""
    if _KIN_AFTER_AND.search(appositive):
        return True
    for m in _CAPITAL_AFTER_AND.finditer(appositive):
        words = m.group("run").split()
        if words[-1].lower() not in N.ORG_WORDS:
            return True
        if not N.org_shape(words) and N.person_evidence(words):
            # `American University` is a body though its first word opens no body's
            # name; `Ann University` may be somebody.
            return True
    return False


# A blank of a party tag (`mask_quotes`) inside a name run, another capitalised word
# after it: `Senator Ann Roe (D-OH) Tod Vail`.
_BLANKED_TAG = re.compile(r"(?<=[\w.])[ ]{5,}(?=[A-Z][\w’'.-]*\s+[A-Z])")


# A word before a title that makes its holder a past one: `the late Mayor`, `ex-Mayor`.
_PAST_HOLDER = re.compile(r"(?i)(?:\b(?:former|late|retired|onetime|then)[\s-]+|\bex-\s*)$")


def _person_before_tag(words: str) -> bool:
    """The words before a blanked tag could be a person's name (after any role): only
    then does the tag stand between two people. `… passes Harbor Safety Act (C-SPAN)
    Representative Ann Roe … warned` puts a bill's name and a broadcaster before it."""
    _, name = N.split_role(clean_mention(words).split())
    return N.person_shape(name)


def _full_person(mention: str) -> bool:
    """A person's name in full after any role: a given name of the lexicon first."""
    _, name = N.split_role(mention.split())
    return len(name) >= 2 and N.person_shape(name) and N.first_name_gender(name[0]) is not None


# An item of a list of persons: names joined by `and`, a place after `of` at most.
_OF_PLACE_END = re.compile(r"\s+of\s+(?:[A-Z][\w.\'’-]*\s*){1,3}$")


def _person_item_before(before: str) -> bool:
    """Whether a comma-set item of `before` (a sentence's start up to a list's last item)
    is persons alone, each named in full (`Tod Vail`, `Tod Vail and Cal Dunn of
    Corvale`): the commas then set off a list's items, not a clause from the next."""
    for item in before.split(",")[:-1] if before.rstrip().endswith(",") else []:
        people = _OF_PLACE_END.sub("", item.strip()).split(" and ")
        if all(_full_person(clean_mention(person)) for person in people):
            return True
    return False


def _list_opens_sentence(before: str, first: str) -> bool:
    """Whether the list's first name `first` opens the sentence `before` (its start up to
    the list's last pair) with nothing before it but a role (`Reps.`, `Sen.`) and a given
    name of the lexicon first: never the object of a participle or a preposition
    opening the sentence (`Thanking Ann Roe, …`, `Honoring Mayor Ann Roe, …`, `Unlike Ann
    Roe, …`)."""
    words = [word.rstrip(",") for word in before.split()]
    name = first.split()
    for k in range(len(words) - len(name) + 1):
        if words[k : k + len(name)] == name:
            return all(N.is_role_word(w) for w in words[:k]) and (
                N.first_name_gender(name[0]) is not None and not N.is_opener(name[0])
            )
        if not N.is_role_word(words[k]):
            return False
    return False


# Prepositions that open a sentence with an object (`Unlike Ann Roe, …`).
_OBJECT_OPENERS = frozenset(
    "like unlike except against behind besides beside with without after before for "
    "from by about toward towards among between beyond despite than".split()
)


def _tagged(text: str) -> bool:
    """Whether `text` holds a member's party or district tag, as written (`(D-OR)`) or
    blanked by the masking (`_BLANKED_TAG`'s run of spaces)."""
    return bool(P.MEMBER_TAG.search(text) or re.search(r"[\w.][ ]{5,}", text))


def _list_after_opening(before: str, pair: str = "") -> list[str] | None:
    """The names listed before a cue subject's last pair (`pair`, as written) after the
    sentence's opening phrase and its comma (`In a letter to the Board, Reps. Tod Vail, `
    → `Tod Vail`; `On Monday, …`): None when `before` is no such phrase and list; empty
    (nobody) when the phrase ends with a person's name, who may be the list's first item
    or apart from it (`In a letter to Chair Ivo Brandt, Reps. Tod Vail, `), or when the
    list's first item has no member's tag and a later one has (`In a letter to the Board,
    Chair Ivo Brandt, Reps. Tod Vail (D-OR), `: the Board's chair, an apposition, or a
    writer); so too, after a phrase that is no day, when the phrase ends with a role
    (`to the Secretary, Ivo Brandt, …`) or an untagged first item's title is another than
    the next item's (`the Board, Chair Ivo Brandt, Rep. Tod Vail and Rep. Cal Dunn`), the
    first item holding no title of several members (`Reps.`). A first item with a member's
    tag is a member among the listed whatever its title (`In a joint statement, Ann Roe
    (D-OR), Chair Tod Vail (D-OR), …`). A capitalised phrase is read only when it is `In`
    and a place the gazetteer knows (`In Salem, …`)."""
    phrase, comma, rest = before.partition(",")
    words = phrase.split()
    if not comma or not rest.strip() or not words:
        return None
    day = _DAY_OPENS.match(f"{phrase}, ")
    # `In Salem, …`: a place the gazetteer knows after `In` names no person
    place = words[0] == "In" and len(words) > 1 and N.a_place_name(words[1:])
    if not day and not place and not any(w[0].islower() for w in words):
        return None  # `Unlike Ann Roe, …`, `Ann Roe, …`: read as a list of names
    names = listed_before(rest.strip().removesuffix(",") + " and")
    if not names or not _list_opens_sentence(rest, names[0]):
        return None
    first, _, later = rest.partition(",")
    if _tagged(later) and not _tagged(first):
        return []  # `the Board, Chair Ivo Brandt, Reps. Tod Vail (D-OR), …`: the Board's?
    second = later.split(",", 1)[0] if later.strip() else pair.split(" and ", 1)[0]
    if not day and not P.PLURAL_TITLE.search(first):
        if N.is_role_word(words[-1]):
            return []  # `to the Secretary, Ivo Brandt, …`: the Secretary's name, or a writer
        if not _tagged(first) and _title_kind(first) != _title_kind(second):
            return []  # the phrase's noun named by an apposition, or a writer
    run: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        run.insert(0, word)
    _, name = N.split_role(run)
    return [] if name and N.person_shape(name) else names


# The titles of members of one chamber, any form: a list's items are alike under them.
_TITLE_KINDS = {
    **dict.fromkeys("rep reps representative representatives".split(), "rep"),
    **dict.fromkeys("congressman congresswoman congressmen congresswomen".split(), "rep"),
    **dict.fromkeys("sen sens senator senators".split(), "sen"),
}


def _title_kind(item: str) -> str:
    """The title of a list's `item` (`Rep. Tod Vail` → `rep`, `Chair Ivo Brandt` →
    `chair`, `Tod Vail` → ``), a member's in any form as one."""
    role, _ = N.split_role(clean_mention(item.strip()).split())
    key = " ".join(role.lower().replace(".", "").split()) if role else ""
    return _TITLE_KINDS.get(key, key)


def _opens_with_object(before: str) -> bool:
    """Whether the sentence `before` a list's last item opens with a participle or a
    preposition whose object is the list's first item (`Praising Ann Roe, …`,
    `Honoring Mayor Ann Roe, …`, `Unlike Ann Roe, …`, `Citing …`): never a given name
    or a role word (`Sterling Holt, …`, `Ranking Member Holt, …`), nor an item that is
    the word alone (`Fleming, Tod Vail, and …`: a surname)."""
    item = before.split(",", 1)[0].split()
    if len(item) < 2:
        return False
    first = item[0]
    if N.first_name_gender(first) is not None or N.is_role_word(first):
        return False
    participle = len(first) >= 6 and first.endswith("ing") and first[0].isupper()
    return participle or first.lower() in _OBJECT_OPENERS


def _with_appositive(m: re.Match[str]) -> str:
    """`her adviser, Ann Holt, said`: a role phrase is named by its appositive."""
    mention = clean_mention(m.group("np"))
    appos = " ".join((m.groupdict().get("appos") or "").split())
    appos2 = " ".join((m.groupdict().get("appos2") or "").split())
    if appos and (
        not mention[0].isupper()
        or mention.split()[0].lower() in _KEPT_DETERMINERS
        or _role_phrase(mention)  # "Founder and CEO of Quarry Labs, Tod Brill, added"
    ):
        if _is_full_name(appos):
            return f"{mention}, {appos}"
        if _is_full_name(appos2):
            # "In a statement, her adviser, Ann Holt, said": the phrase before the first
            # comma was an adverbial; the role and the name follow it.
            return f"{appos}, {appos2}"
    return mention


def _role_phrase(mention: str) -> bool:
    """A capitalised role with nobody's name in it: `Founder and CEO of Quarry Labs`."""
    words = mention.split()
    if not any(N.is_role_word(w) for w in words):
        return False
    _, name = N.split_role(words)
    return not N.person_evidence(name)


def _is_full_name(words: str) -> bool:
    return len(words.split()) >= 2 and bool(P.FULL_NAME.fullmatch(words))


# A label of a few words between two colons, ending at the quotation: the speaker's line
# of a transcript the sentence before the first colon introduces, when it reads as a
# person (`_person_label`).
_LABEL_AFTER_COLON = re.compile(r":\s+(?P<label>[A-Z][\w’'., -]{0,60}?)\s*:\s*$")
# A person's label right after the closing mark of words before it, ending at an opening
# mark or the stretch read: `Rep. Tod Vail said: “…” Rep. Ann Roe (D-OR): “…”`.
_LABEL_AFTER_CLOSE = re.compile(
    r"[”\"]\s*(?P<label>[A-Z][\w’'., -]{0,60}?)(?:\s*\([A-Z][\w.-]{1,12}\))?\s*:\s*(?=[“\"]|$)"
)
# Labels of a transcript's asking side, alone or before a name (`Host Tara Lind:`).
_ASKING_LABELS = frozenset("q question host moderator interviewer".split())
# Role words that are no person's title in a label (`Dear Secretary Vail:` is a letter's
# greeting, `Mr. Speaker:` a floor speech's).
_NOT_LABEL_ROLES = frozenset("speaker dear".split())


def _person_label(label: str) -> bool:
    """A transcript's label that reads as a person: an asking side's label (`Q`, `Host`,
    `Moderator, Tara Lind`), or a title or role and a name (`Secretary Tod Vail`, `Host
    Tara de Lind`), lowercase particles allowed inside the name; not a greeting (`Dear
    …`), `Mr. Speaker`, one word that is no name (`Update`), a bill's or a section's name."""
    words = label.replace(",", " ").split()
    if not words or len(words) > 6:
        return False
    head, rest = words[0], words[1:]
    if head.lower() in _ASKING_LABELS:
        pass
    elif head.lower().rstrip(".") in _NOT_LABEL_ROLES or not N.is_role_word(head):
        return False
    elif not rest:
        return False  # `Senator:` alone names nobody
    if not rest:
        return True
    if not rest[0][:1].isupper() or not rest[-1][:1].isupper() or len(rest) > 4:
        return False
    for w in rest:
        if w[:1].isupper():
            if N.is_role_word(w) or w.lower().rstrip(".") in _NOT_LABEL_ROLES:
                return False  # `Mr. Speaker`, `Madam Chairwoman`: an office, no name
        elif not (w.isalpha() and len(w) <= 3):
            return False  # `de`, `van`, `la`: a name's particle; any other word is not
    return True


# A statement's label noun and its preposition before its person (`Statement by `).
_STATEMENT_NOUN = r"(?:Statement|Remarks|Testimony|Comments?)\s+(?:of|from|by)\s+"
# That noun opening a label (`Statement by Rep. Ann Roe`).
_STATEMENT_OF_OPENS = re.compile("^" + _STATEMENT_NOUN)


def _named_label_after_close(rest: str) -> re.Match[str] | None:
    """A person's label right after a closing mark, before an opening one (`…” Rep. Ann Roe
    (D-OR): “…`, `…” Ann Roe: “…`) or at the end of `rest`: a title or role and a name, or
    a full name with a known first name; not an asking side's label (`…” Q: “…`). A verb
    cue before it is no cue of the words after it."""
    for m in _LABEL_AFTER_CLOSE.finditer(rest):
        # `…” Statement by Rep. Ann Roe: “…`: the statement's person
        label = _STATEMENT_OF_OPENS.sub("", m["label"])
        if label.split()[0].lower().rstrip(",") in _ASKING_LABELS:
            continue
        if _person_label(label) or (
            _is_full_name(label)
            and N.person_evidence(label.split())
            and not _place_or_body_label(label.split())
        ):
            return m
    return None


def _asking_label_after_close(rest: str) -> re.Match[str] | None:
    """An asking side's label alone right after the last closing mark (`…” Q: “…`): the
    words after it are a question put to the speaker before, not that speaker's."""
    labels = list(_LABEL_AFTER_CLOSE.finditer(rest))
    last = labels[-1] if labels else None
    return last if last is not None and last["label"].strip().lower() in _ASKING_LABELS else None


def _place_or_body_label(words: list[str]) -> bool:
    """A label a first name opens that is a place's or a body's name, no person's: a
    place, a venue or a body's word ends it (`Jordan Valley:`, `Carolina Harbor:`,
    `Chase Bank:`), or it is two words the gazetteer knows (`Santa Clara:`) or whose
    first is a state's or a country's name (`Georgia Power:`; a city's is a first name
    too: `Gary Vail:`). A longer label holding a role keeps its person (`Savannah Mayor
    Eddie Vail:`)."""
    last = words[-1].lower().rstrip(".,")
    if last in _VENUE_NOUNS or last in ORG_NOUNS or last in _PLACE_ENDINGS:
        return True
    return len(words) == 2 and (
        N.a_place_name(words)
        or places.is_known(" ".join(words))
        or N.word_key(words[0]) in N.PLACE_WORDS  # a state or a country, not a city
    )


# Words ending a place's name that `_VENUE_NOUNS` does not hold (`Jordan Valley` does).
_PLACE_ENDINGS = frozenset("falls springs heights hills point bay creek".split())


# A verb of saying opening its sentence, then the speaker's name and a comma right before
# the words: `Continued Holt, “…”`, `Added Rep. Ann Holt, “…”` (`Said Holt,` is read as a
# subject elsewhere).
_VERB_FIRST = re.compile(
    r"(?:^|(?<=[.!?_”\"]\s))(?P<cue>Added|Continued|Concluded|Noted)\s+"
    r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s*,\s*$"
)
# An appositive that opens with `and` and a capitalised word: a list's next item, or a
# role's second half (`Tim Delaney, President, and CEO of the Council, said`).
_LIST_GOES_ON = re.compile(r"and\s+(?P<item>[A-Z][^(]*?)(?:\s+of\b.*|\s*\(.*)?$")


def _list_goes_on(appos: str) -> bool:
    """Whether an appositive read after a cue's subject is a list's next item (`and Cal
    Dunn (D-OR)`, `and Vice Chair Tod Vail`, `and Soybean Associations`): capitalised
    words after `and`, not all of them role words (`and CEO of the Council`: the role of
    the name before goes on)."""
    m = _LIST_GOES_ON.match(appos)
    return m is not None and not all(N.is_role_word(w) for w in m.group("item").split())


def cue_before(
    masked: str, seg: Segment, base: int, named: Callable[[str, int], bool] | None = None
) -> Attribution | None:
    """`X said: “…”`, or a cue earlier in the same sentence (`X called it a “…”`).
    `named(surname, pos)`: the text named a person with that surname in full before `pos`."""
    hs = look_back(masked, seg.open_at)
    head = masked[hs : seg.open_at]
    # Without a verb of saying (most stretches before a quotation) there is no cue here
    # for SUBJ_CUE, nor for GENERIC_CUE_END below (its verb stands the same way).
    said = P.SUBJ_CUE_NEEDS.search(head) is not None
    best = _subject_cue(head) if said else None
    if best is not None and (found := _subject_speaks(masked, hs, head, best, base, named)):
        return found
    # These end at the quotation, so only its last stretch needs searching.
    near = max(0, len(head) - NEAR_CUE)
    inverted = _VERB_FIRST.search(head, near) if head.rstrip().endswith(",") else None
    if inverted is not None and _is_mention(clean_mention(inverted.group("np"))):
        # `“….” Continued Holt, “…”`: the verb opens the sentence and the name follows it,
        # a comma and the words right after.
        np = clean_mention(inverted.group("np"))
        return Attribution(
            np, inverted.group("cue").lower(), base + hs + inverted.start("np"), True
        )
    return (
        _cue_ending_head(masked, hs, head, near, said, base, named)
        or _name_label(head, near, base + hs)
        or _phrase_cue(head, near, base + hs)
    )


def _subject_cue(head: str) -> re.Match[str] | None:
    """The last `X said` (SUBJ_CUE) in `head` whose subject is a mention: not the object
    of a first verb, not `the following remarks`, not a place's end, not an
    organisation's name after `of`."""
    best: re.Match[str] | None = None
    for m in P.SUBJ_CUE.finditer(head):
        at = m.start("np")
        if _AND_ENDS.search(m.group("np")):
            continue  # `Holt toured the plant and said`: the object of her first verb
        if _FOLLOWING_END.search(m.group("np")):
            continue  # `Holt made the following remarks:`: a noun, not the verb `remarks`
        if _PLACE_AFTER_IN.search(head, max(0, at - 40), at) and _land(m.group("np")):
            continue  # `adopted in Paris, France, on May 3, states that`: the place's end
        if _is_mention(clean_mention(m.group("np"))) and not _ORG_OF.search(head, at - 60, at):
            best = m
    return best


def _subject_speaks(
    masked: str,
    hs: int,
    head: str,
    best: re.Match[str],
    base: int,
    named: Callable[[str, int], bool] | None,
) -> Attribution | None:
    """Who speaks by the cue `best` found in `head`, the stretch of `masked` from `hs` up
    to the words: its subject, the author whose text it reads, the people listed with it,
    or nobody; None where it is no cue of these words and a reading after it may find
    one."""
    read = _FOLLOWING_TEXT.match(head, best.end("cue"))
    end = hs + len(head)
    author = _text_author(masked, hs + read.end(), end, named, base) if read else None
    if author is not None:
        # `Holt read the following remarks on behalf of Gov. Ann Vail:`: as in
        # statement_intro, the author's words, or nobody's; never the reader's.
        return _authors_words(
            author, masked, _cue_text(best.group("cue")), hs + best.start("np"), named, base
        )
    at = best.start("np")
    subordinate = _SUBORDINATE_BEFORE.search(head, max(0, at - 16), at) or (
        _THAT_BEFORE.search(head, max(0, at - 16), at) and head.rstrip().endswith(":")
    )
    if subordinate and P.STATEMENT_INTRO.search(head, 0, at):
        # `Holt released the following statement after the Administration announced
        # …: “…”`: the verb of the clause opened by `after` is not the statement's cue
        # (the statement's own is read below).
        return None
    agent = _PASSIVE_AGENT.search(head, max(0, at - 40), at)
    if agent is not None:
        # `Mayor Ada Kesh, flanked by Brandt, Roth, and the Harbor Board, said`: the
        # names after `by` stand beside the subject, the name before the phrase.
        comma = agent.start() + len(agent.group("comma"))
        who = _NAME_COMMA.search(head, max(0, agent.start() - 80), comma)
        words = clean_mention(who.group("np")).split() if who else []
        if who and _is_mention(" ".join(words)):
            return Attribution(
                " ".join(words),
                _cue_text(best.group("cue")),
                base + hs + who.start("np"),
                len(head[best.end() :].strip(" ,:—–-")) == 0,
            )
        return None
    if _list_goes_on(best.group("appos") or ""):
        # `Reps. Tod Vail (D-OR), of Corvale, and Cal Dunn (D-OR), of Salem, wrote:`: the
        # words read as an appositive go on with a list's last item; the subject is the
        # whole list, its items set off by homes, which the pattern cannot read: nobody,
        # never the place or one item.
        return Attribution(
            clean_mention(best.group("np")),
            _cue_text(best.group("cue")),
            base + hs + best.start("np"),
            True,
            nobody=True,
        )
    rest = head[best.end() :]
    adjacent = len(rest.strip(" ,:—–-")) == 0
    if best.group("cue").split()[-1] in P.WEAK_VERBS and not adjacent and "_" in rest:
        return None
    label = _LABEL_AFTER_COLON.search(rest)
    if label is None or not _person_label(label["label"]):
        label = _named_label_after_close(rest) or _asking_label_after_close(rest)
    if label is not None:
        # `Quill denied the request in an interview: Host Tara Lind: “…”`: the cue's
        # colon opens a transcript, and the label right before the words says who
        # speaks them; never the cue's subject. So does a person's label right after a
        # closing mark (`Rep. Bram Vail said: “…” Rep. Ann Roe: “…”`).
        asker = label["label"]
        if asker.split()[0].lower().rstrip(",") in _ASKING_LABELS and (
            len(asker.split()) == 1 or "," in asker
        ):
            # `Q:`, `Moderator, Tara Lind:`: the asking side, no name read from it
            # here; nobody's rather than the subject's of the sentence before.
            at = best.end() + label.start("label")
            return Attribution(asker, None, base + hs + at, True, nobody=True)
        return None
    if _says_no_words(head, best):
        return None
    if _GENERIC_OBJECT_BEFORE.search(head, max(0, at - 16), at):
        # `Ann Holt, Director of Technology at CES said`, `Tod Vail, a member of the
        # Harbor Committee added`: the organisation ends the role phrase (its closing
        # comma left out); the name before the phrase is the subject (or nobody is).
        # `After a tour with Ann Holt, Plant Manager at X said`: addressed, no subject.
        person = _person_before_role(head, at, P.AFTER_PREPOSITION)
        if person is None:
            return None
        return Attribution(person[0], _cue_text(best.group("cue")), base + hs + person[1], adjacent)
    kin_list = _kin_phrase_list(head[sentence_start(head, at) : _subject_end(head, best)])
    if kin_list is not None:
        # `Son of Senator Tod Vail, Bram Vail, and Rep. Ann Holt said`: the first item
        # is the relative, those listed after it speak; a relative's phrase holding
        # `and`, a longer list, or an item naming no one (`…, Ann Holt, and the
        # senator said`): nobody
        begin = sentence_start(head, at)
        if not kin_list:
            return Attribution("it", None, base + hs + begin, False, nobody=True)
        cue = _cue_text(best.group("cue"))
        return Attribution(" and ".join(kin_list), cue, base + hs + begin, adjacent)
    return _subject_of_cue(head, best, hs, base, named, adjacent)


def _says_no_words(head: str, best: re.Match[str]) -> bool:
    """The verb of the cue `best` in `head` takes no words said, or its subject is no
    one who says them: an object no speech is, one asked to act, a passive, a
    newspaper, where a piece ran."""
    rest = head[best.end() :]
    verb = best.group("cue").split()
    if _NOT_SPEECH_OBJECT.match(head, best.end()):
        return True  # "Red Dawn claimed responsibility for the attack …:" is no cue
    if (
        verb[0].lower() in _ASKING_VERBS
        and (_TO_DO.match(f"{verb[-1]}{rest}") or _ASKED_TO.match(head, best.start("cue")))
        and _PRONOUN_CLAUSE.search(rest)
    ):
        # `Holt asked Mayor Ben Fisk to speak, and he stood and said`: the one asked to
        # do something is the object, and a clause of its own subject says the words
        # (`urged Director Ivo Brandt to act: “…”` stays the askers' words).
        return True
    if _PASSIVE.search(best.group("cue") + head[best.end() : best.end() + 6]):
        return True  # "Mladic, the fugitive commander accused of masterminding …:"
    if verb[0].lower() in _PERIODICALS:
        return True  # "a Pakistani daily wrote": a newspaper, not an adverb and a name
    # `Her editorial in the Dover Ledger reads:`: where it ran, not who
    return _ran_in(head, best.start("np"))


def _person_before_role(head: str, at: int, addressed: re.Pattern[str]) -> tuple[str, int] | None:
    """The person's name and its offset before a role phrase that runs up to `at` in
    `head` without its closing comma (`Tod Vail, founder of the Harbor Watch said`):
    a person's shape with a title or evidence of a person; None where there is none or
    `addressed` reads a preposition right before it (the name is its object or a place)."""
    who = _NAME_THEN_ROLE.search(head, max(0, at - 120), at)
    words = clean_mention(who.group("np")).split() if who else []
    if who and addressed.search(head, max(0, who.start("np") - 12), who.start("np")):
        words = []
    role, name = N.split_role(words)
    # a title before the name is evidence enough (`Congresswoman Kaptur, a …`)
    if who and name and N.person_shape(name) and (role or N.person_evidence(name)):
        return " ".join(words), who.start("np")
    return None


def _subject_of_cue(
    head: str,
    best: re.Match[str],
    hs: int,
    base: int,
    named: Callable[[str, int], bool] | None,
    adjacent: bool,
) -> Attribution:
    """The subject of the cue `best` in `head` (the stretch of the text from `hs`) speaks
    (`Holt said:`): or the kin it names, or the people a list names with it, or the name
    a role or `the Congressman` stands for; nobody where none is read for sure."""
    kin = _kin_subject(head, best, base + hs) or _kin_pair(
        head, sentence_start(head, best.start("np")), best, base + hs, named
    )
    if kin is not None:
        return replace(kin, adjacent=adjacent)
    mention = _with_appositive(best)
    joined = list(_SENTENCE_RUN_IN.finditer(best.group("np")))
    if joined:
        # "… Lakeport Hospital.Vail said": the subject is the next sentence's.
        mention = clean_mention(best.group("np")[joined[-1].end() :])
    listing = _listed_with_subject(head, best, mention)
    if listing is None:
        # `Ann Roe, who met Tarrant, and Tod Vail said:`: a list not read for sure; the
        # cue kept, so the words are nobody's, never the issuer's either
        at = sentence_start(head, best.start("np"))
        return Attribution("it", _cue_text(best.group("cue")), base + hs + at, False, nobody=True)
    listed, mention = listing
    blank = _BLANKED_TAG.search(best.group("np")) if not listed else None
    if blank is not None and _person_before_tag(best.group("np")[: blank.start()]):
        # `Senator Ann Roe (D-OH) Tod Vail said`: a member's tag (blanked) between
        # two names, the comma or `and` after it lost: the two people, each
        # named in full with a given name of the lexicon, or nobody; never one
        # name run over the tag
        # (`Rep. Ann Roe (D-OH) Rep. Tod Vail (R-TX) Rep. Ben Marsh said`: each tag
        # ends a name, all of them full or nobody)
        np = best.group("np")
        two = [clean_mention(part) for part in _BLANKED_TAG.split(np)]
        if not all(_full_person(part) for part in two):
            at = best.start("np")
            return Attribution("it", None, base + hs + at, False, nobody=True)
        mention = " and ".join(two)
    if listed and ", " not in mention:
        # "Holt, Ranking Member Tod R. Vail, and Subcommittee Chair Al Kerr said":
        # everyone listed as the subject speaks.
        mention = " and ".join([*listed, *without_role([mention])])
    at = best.start("np")
    title = mention.split(" and ")[0]
    if (
        title.lower() in _MEMBER_NOUNS
        and _THE_BEFORE.search(head, max(0, at - 5), at)
        and _title_after_opener(head, sentence_start(head, at), at - 4)
    ):
        # `Finally, the Congressman said, “…”`: the article after an opening phrase
        # is outside the capitalised subject; read as the sentence-opening `The
        # Congressman said,` is (the one person the text titled so, or nobody),
        # never as a name. So with another after `and` (`the Congressman and Mayor
        # Ann Roe said`): the two.
        mention, at = f"The {mention}", at - 4
    elif (
        title != mention
        and title.lower() in _MEMBER_NOUNS
        and best.group("np").startswith(f"The {title} and ")
    ):
        # `The Congressman and Secretary Ann Roe said`: the member and the other,
        # never one name under a role `Congressman and Secretary`.
        mention = f"The {mention}"
    who = _WHO_WAS.search(head, max(0, at - 80), at) or _named_before_role(head, mention, at)
    if who is not None and _is_mention(clean_mention(who.group("np"))):
        # "Congressman Camp, who was then the Ranking Member of the Committee on
        # Ways and Means stated": the role is the name's, the name speaks.
        mention, at = clean_mention(who.group("np")), who.start("np")
    return Attribution(mention, _cue_text(best.group("cue")), base + hs + at, adjacent)


def _listed_with_subject(
    head: str, best: re.Match[str], mention: str
) -> tuple[list[str], str] | None:
    """The people a list names before the subject of the cue `best` in `head`, each of
    whom speaks with it (`Reps. Ann Roe (D-OH), Tod Vail (R-TX) and Ben Marsh (D-NY)
    said`), and the subject's `mention` as they join it; None where a list stands there
    that no reading takes whole: nobody speaks, never its last item alone."""
    begin = sentence_start(head, best.start("np"))
    listed = listed_before(head[begin : best.start("np")])
    pair = mention.split(" and ")
    before = head[begin : best.start("np")].rstrip()
    if listed and _opens_with_object(before):
        # `Praising Ann Roe, Tod Vail, and Ben Marsh said`: the first item is the
        # opening word's object; those after it speak, as without the last comma
        listed = listed[1:]
    if not listed and len(pair) == 2 and before.endswith(","):
        # `Reps. Ann Roe (D-OH), Tod Vail (R-TX) and Ben Marsh (D-NY) said`,
        # `Senators Ann Roe, Tod Vail and Ben Marsh said`: the subject's pair is
        # the end of a list of names, each of whom speaks
        tagged = tagged_list(head[begin : best.start("cue")])
        if tagged[-2:] == without_role(pair):
            listed = tagged[:-2]
        else:
            listed = listed_before(before.removesuffix(",") + " and")
        opened = _list_after_opening(before, best.group("np")) if not listed else None
        if opened is not None and not opened:
            # `In a letter to Chair Ivo Brandt, Reps. Tod Vail, Cal Dunn and …`:
            # the person ending the opening phrase may head the list or not
            return None
        listed = opened or listed
        if any(len(name.split()) < 2 for name in [*listed, *without_role(pair)]):
            listed = []  # `Senators Roe, Vail and Marsh`: read as surnames elsewhere
        if listed and not opened and not _list_opens_sentence(before, listed[0]):
            listed = []  # `Thanking Ann Roe, …`, `Unlike Ann Roe, …`: the pair alone
        mention = " and ".join(without_role(pair)) if listed else mention
    if not listed and len(pair) == 1 and before.endswith(", and"):
        # `In a letter to the Board, Reps. Tod Vail, Bram Vail, and Cal Dunn
        # wrote`: the subject is the last item of a list the opening phrase hides
        # from `listed_before`; the whole list, or nobody, never that item alone.
        opened = _list_after_opening(before.removesuffix("and").rstrip(), mention)
        if opened is not None and (
            not opened or any(len(n.split()) < 2 for n in [*opened, *without_role(pair)])
        ):
            return None
        if opened is None and _person_item_before(before.removesuffix("and")):
            # `In Corvale, Tod Vail, Bram Vail, and Cal Dunn said`, `On Monday, the
            # mayor, Tod Vail, and …`, `Tod Vail and Cal Dunn of Corvale, Oregon,
            # and Ann Roe wrote`: a list none of the readings above took whole;
            # its last item alone never speaks
            return None
        listed = opened or []
    return listed, mention


def _cue_ending_head(
    masked: str,
    hs: int,
    head: str,
    near: int,
    said: bool,
    base: int,
    named: Callable[[str, int], bool] | None,
) -> Attribution | None:
    """A cue whose verb ends `head` (the stretch of `masked` from `hs` to the words) after
    its subject (`the mayor said,`, `Holt, noting,`): the subject, the kin it names, or the
    name set before its role; None where no such cue stands there."""
    m: re.Match[str] | None = None
    if head.rstrip().endswith((",", ":")):
        m = (P.GENERIC_CUE_END.search(head, near) if said else None) or P.PARTICIPLE_END.search(
            head, near
        )
    if m is None and head.rstrip().endswith((",", ":")):
        m = P.SHARED_BEFORE.search(head, near)
    if m and (
        _AND_ENDS.search(m.group("np"))
        or _FOLLOWING_END.search(m.group("np"))
        or _owners_pronoun_sure(masked, hs, head[: m.end("np")])
    ):
        # `Holt toured the plant and said,`, `the following remarks:`, `delivered his
        # remarks:`: as above
        m = None
    if (
        m
        and m.group("np").startswith("the ")
        and _GENERIC_OBJECT_BEFORE.search(head, max(0, m.start("np") - 16), m.start("np"))
    ):
        # `Page 4 of the Harbor Report states:`: a thing the preposition takes as its
        # object, not the verb's subject; no shorter mention earlier speaks instead.
        at = m.start("np")
        # (`a tour with Ann Holt, owner of the …`, `lives in Porter Bay, …`: no subject)
        person = _person_before_role(head, at, _PLACE_OR_OBJECT)
        if person is not None:
            # `Tod Vail, founder of the Harbor Watch said,`, `Mia Roe, who lives near the
            # marina said,`: the name before the phrase is the subject.
            cue = _cue_text(m.group("cue"))
            return Attribution(person[0], cue, base + hs + person[1], True)
        cue = _cue_text(m.group("cue"))
        return Attribution(clean_mention(m.group("np")), cue, base + hs + at, True, nobody=True)
    if m and _is_mention(clean_mention(m.group("np"))):
        kin = _kin_subject(head, m, base + hs) or _kin_pair(
            head, sentence_start(head, m.start("np")), m, base + hs, named
        )
        if kin is not None:
            return replace(kin, adjacent=True)
        mention, at = _with_appositive(m), m.start("np")
        who = _WHO_WAS.search(head, max(0, at - 80), at)
        if who is not None and _is_mention(clean_mention(who.group("np"))):
            mention, at = clean_mention(who.group("np")), who.start("np")  # as above
        return Attribution(mention, _cue_text(m.group("cue")), base + hs + at, True)
    return None


# That noun right before a name (`… Statement by `).
_STATEMENT_OF = re.compile(r"\b" + _STATEMENT_NOUN + "$")


# A person's name and home opening a label, then the word after the home: `Ann Roe of
# Corvale heard …`, `Mayor Ann Roe of the Harbor Board welcomed …`.
_NAME_HOME_THEN = re.compile(
    r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}?)of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}"
    r"(?P<rest>[a-z].*)$"
)
# Lower-case words that join a list of names with homes, or a role's words, in a label.
_LABEL_LINKS = frozenset("and of the for at in to on with from de a an".split())


def _verb_after_home(label: str) -> str | None:
    """In a role label that opens with a person's name and home, the first later word
    that is no role's and no list's link (`Ann Roe of Corvale heard from Cal Dunn`, `Ann
    Roe of Corvale and Tod Vail of Salem heard from …`): the sentence's verb."""
    m = _NAME_HOME_THEN.match(label)
    if m is None or not N.person_evidence([w for w in m["name"].split() if not N.is_role_word(w)]):
        return None
    return next(
        (
            w
            for w in m["rest"].split()
            if w[:1].islower() and w not in _LABEL_LINKS and not N.is_role_word(w)
        ),
        None,
    )


def _name_label(head: str, near: int, base: int) -> Attribution | None:
    """A name or role right before a colon and the words (`Holt: “…”`), its offset in the
    text `base` plus its offset in `head`; a heading there is nobody's."""
    m = P.NAME_COLON.search(head, near)
    group = "np" if m and m.group("np") else "role"
    lead = m.start(group) if m else 0
    owned = _STATEMENT_OF.search(head, max(0, lead - 40), lead) if m else None
    if owned is not None and P.OPENS_NAME_COLON.search(head, 0, owned.start()):
        # `“…” Statement by Rep. Tod Vail (R-OR): “…”` after the words before: a
        # statement's label, the person after `by` its speaker, not one addressed
        lead = owned.start()
    elif m and P.AFTER_PREPOSITION.search(head, 0, m.start(group)):
        m = None  # "a reply to Holt:": Holt is addressed, not speaking
    if m and head[:lead].strip() and not P.OPENS_NAME_COLON.search(head, 0, lead):
        m = None  # "… relations between the United States and Cuba:" names no speaker
    verb = _verb_after_home(m.group(group)) if m and group == "role" else None
    if m and verb is not None:
        # `Ann Roe of Corvale heard from Cal Dunn:`: a sentence, no label; its words may
        # be either person's, so nobody's (never the subject's for its home alone). The
        # verb stays as the cue: no reading after this one gives them to the issuer.
        return Attribution(
            clean_mention(m.group(group)), verb, base + m.start(group), True, nobody=True
        )
    if m and (
        _heading_label(clean_mention(m.group(group)).split())
        # `Passing of Senator Tod Vail:`: the opener the mention drops is the event's noun
        or _event_of_person(m.group(group).split())
    ):
        # `Ideal Location: “…”`: a heading in title case, nobody's name; what stands under
        # it may be anybody's (the issuer's, or a list of others' words), so nobody's.
        return Attribution(
            clean_mention(m.group(group)), None, base + m.start(group), True, nobody=True
        )
    if m and _is_mention(clean_mention(m.group(group))):
        return Attribution(
            clean_mention(m.group(group)),
            None,
            base + m.start(group),
            True,
        )
    return None


def _phrase_cue(head: str, near: int, base: int) -> Attribution | None:
    """A phrase naming who the words are of (`as Holt put it,`, `in her words,`,
    `according to Holt,`), its offset in the text `base` plus its offset in `head`."""
    m = P.AS_PUT_IT.search(head, near)
    if m and _is_mention(clean_mention(m.group("np"))):
        return Attribution(
            clean_mention(m.group("np")), _cue_text(m.group("cue")), base + m.start("np"), True
        )
    m = P.IN_WORDS.search(head, near)
    if m:
        group = "np" if m.group("np") else "np2" if m.group("np2") else "own"
        # `in her words`: the pronoun's person, as `she` would be read.
        mention = _OWN_PRONOUN.get(m.group("own") or "", clean_mention(m.group(group)))
        if _is_mention(mention):
            return Attribution(mention, "in words of", base + m.start(group), True)
    m = P.ACCORDING.search(head)
    if m:
        return Attribution(
            clean_mention(m.group("np")),
            "according to",
            base + m.start("np"),
            True,
        )
    return None


# `in Paris, ` right before a name: a country or state there ends the place `in` names.
_PLACE_AFTER_IN = re.compile(r"\bin\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,\s+$")


def _land(np: str) -> bool:
    """A state's or a country's name, every word of it (`Ohio`, `France`, `Rhode Island`):
    not a city's that is a surname too (`in September, Duncan said`)."""
    words = clean_mention(np).split()
    return bool(words) and all(
        N.word_key(w) in N.PLACE_WORDS or N.word_key(w) in N.CAPITALS for w in words
    )


def _kin_subject(head: str, m: re.Match[str], base: int) -> Attribution | None:
    """A cue's subject after a kin noun and `of`, or opening with them (`The daughter of
    the late Orrin Pell, Lise Dorn, said:`, `The family of the fallen lineman, Orrin
    Pell, said:`): the kin speak, as in statement_intro, or nobody; never the relative."""
    at = m.start("np")
    kin = _kin_of(head, sentence_start(head, at), m, opening=True)
    if kin is None:
        if not head[sentence_start(head, at) : at].strip() and _kin_phrase_alone(m.group("np")):
            # `Son of Senator Tod Vail said:`, `… Tod Vail, Bram, said:`, `… Tod Vail and
            # Rep. Ann Holt said:`: the kin speak, named in full nowhere: nobody
            return Attribution("it", None, base + at, False, nobody=True)
        return None
    cue = _cue_text(m.group("cue"))
    return _kin_speaks(m, cue, base, kin.group("kin"), bool(kin.groupdict().get("role")))


# What may stand before a kin noun opening a sentence: `The`, `The eldest`, `His`.
_KIN_OPENER = re.compile(
    r"\s*(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,2})?"
)
# One immediate kin's noun and `of` before a number or a bare plural (`Father of two`,
# `Mother of three`, `father of twins`): what the name after it is, no relative of its.
_NO_KIN_OBJECT = re.compile(
    rf"(?i:{'|'.join(sorted(N.IMMEDIATE_KIN))})\s+of\s+"
    rf"(?:(?:{'|'.join(TP.NUMBER_WORDS[1:13])}|\d{{1,2}})"
    r"(?:\s+[a-z]+s)?|[a-z]+s)\s+"
)
# A kin noun and `of` right before the name: `the family of Tod Vail`.
_KIN_OF_NAME = re.compile(r"[\w]+\s+of\s+")


def _kin_of(text: str, begin: int, m: re.Match[str], opening: bool = False) -> re.Match[str] | None:
    """The kin noun whose `of` the subject `m` follows (`_KIN_OF`) or opens with
    (`_KIN_IN_NP`), read only where the kin phrase opens the sentence from `begin` (`As the
    daughter of a veteran, Ann Roe said:` is Ann Roe's); `opening`: for a kin noun right
    before the name too (`the family of Tod Vail`), else that one anywhere."""
    at = m.start("np")
    before = _KIN_OF.search(text, begin, at)
    if before is not None and _NO_KIN_OBJECT.fullmatch(before.group()):
        before = None  # `Father of two Tod Vail said`: he is the father, no relative named
    kin = before or _KIN_IN_NP.match(m.group("np")) or _bare_kin_of_titled(m)
    if kin is None:
        return None
    if not opening and before is not None and _KIN_OF_NAME.fullmatch(before.group()):
        return kin
    if _KIN_OPENER.fullmatch(text, begin, before.start() if before is not None else at) is None:
        # `Ann Roe, the father of a shooting victim, said:`: the kin phrase is no subject
        return None
    return kin


# A capitalised kin noun opening the subject with no article, `of`, a title and the
# titled person's name ending the subject (`Son of Senator Tod Vail`), the kin's own name
# set off by commas after it: a heading-style kin phrase, never the name of a body
# (`Sons of Norway President …`, `Sisters of St. Joseph President …`) or a subject the
# titled name runs on in (`Family of Senator Tod Vail spokesman Bram Lind`).
_BARE_KIN_OF = re.compile(
    r"(?P<kin>[A-Z][a-z]+)\s+of\s+(?:the\s+late\s+)?(?P<title>[A-Z][\w.]*)"
    r"(?P<name>(?:\s+[A-Z][\w’'.-]*){2,5})"
)
# Nouns of a relation other than kin, read as a kin noun only in the heading-style phrase
# (`Friend of Senator Tod Vail, Bram Lind, said`): the one set off after it speaks.
_RELATION_HEAD = re.compile(r"(?i:friends?|colleagues?|neighbou?rs?|aides?|classmates?)")
# A heading-style kin phrase as the subject of a cue after a closing mark: `” said Son of
# Senator Tod Vail`, `” Son of Senator Tod Vail said` (the phrase up to a stop or comma).
_KIN_CUE_AFTER = re.compile(
    r"[_”\"],?\s+(?:(?:said|says|added|adds|stated|states|noted|notes)\s+)?"
    r"(?P<phrase>(?P<kin>[A-Z][a-z]+)\s+of\s+[^.,;:!?_”\"]{0,60}(?:\.\s?[^.,;:!?_”\"]{1,40}){0,2})"
)
_KIN_CUE_VERB_END = re.compile(r"\s+(?:said|says|added|adds|stated|states|noted|notes)\s*$")
# A heading-style kin phrase opening a sentence: `Son of Senator Tod Vail`.
_BARE_KIN_OPENS = re.compile(
    r"\s*(?P<kin>[A-Z][a-z]+)\s+of\s+(?:the\s+late\s+)?(?P<title>[A-Z][\w.]*)\s"
)


def _kin_phrase_alone(phrase: str) -> bool:
    """`phrase` (a subject, cut at its first comma or `and`) is a heading-style kin
    phrase and nothing more: `Son of Senator Tod Vail`, the titled name ending it (not
    `Family of Senator Tod Vail spokesman Bram Lind`, `Wife of Governor Tod Vail Ann
    Vail`)."""
    head = re.split(r",|\s+and\s+", phrase, maxsplit=1)[0]
    kin = _BARE_KIN_OF.fullmatch(" ".join(head.split()))
    if kin is None or not _opens_with_kin_phrase(kin.group() + " ", 0):
        return False
    words = kin.group("name").split()
    while len(words) > 2 and N.is_role_word(words[0]):
        words = words[1:]
    return 2 <= len(words) <= 3 and not any(N.is_role_word(w) for w in words)


def _opens_with_kin_phrase(text: str, begin: int) -> bool:
    """The sentence from `begin` opens with a kin or relation noun, `of` and a title
    (`Son of Senator Tod Vail, …`, `Friend of Rep. Ann Holt`): the first name of a list
    after it is the relative, not one who speaks (not a body: `Sons of St. Orla …`)."""
    m = _BARE_KIN_OPENS.match(text, begin)
    return (
        m is not None
        and (_KIN_HEAD.fullmatch(m.group("kin")) or _RELATION_HEAD.fullmatch(m.group("kin")))
        is not None
        and not _BODY_TITLE.fullmatch(m.group("title"))
        and N.is_role_word(m.group("title"))
    )


# The kin set off after a heading-style kin phrase, alone or before one more, closing
# the appositive's comma and `and` (`, Bram Vail, and Rep. Ann Holt`).
_KIN_PAIR_AFTER = re.compile(r"([^,]+?)(?:\s*,\s+and\s+([^,]+))?")


def _subject_end(head: str, m: re.Match[str]) -> int:
    """Where the subject of the cue `m` ends: its noun phrase's end, or the verb's start
    when more of a list runs on between them (`…, Ann Holt, and Mayor Mia Roe, his
    cousin, said`)."""
    between = head[m.end("np") : m.start("cue")]
    return m.start("cue") if "," in between or " and " in between else m.end("np")


def _kin_phrase_list(subject: str) -> list[str] | None:
    """Who speaks when `subject` (from the sentence's start to the cue's verb) opens with
    a heading-style kin phrase and a list runs on after it (`Son of Senator Tod Vail, Bram
    Vail, and Rep. Ann Holt`): every item after the relative, each a person's name
    (`Bram Vail and Rep. Ann Holt`); nobody ([]) when the relative's phrase holds `and`
    (`Friend of Senator Tod Vail and Rep. Ann Holt, Bram Lind, …`: whose friend is the
    one set off is unclear), a longer list follows (`…, Bram Vail, Rep. Mia Roe and …`,
    `…, Rep. Mia Roe and Mayor Ann Holt`: the relatives may be all of them) or an item
    names no one (`…, Ann Holt, and the senator`, `…, his cousin,`); plural kin may be a
    pair set off by commas (`Friends of Senator Tod Vail, Ann Holt and Bram Lind,`).
    None: no such phrase and list (`Son of Senator Tod Vail said`)."""
    if not _opens_with_kin_phrase(subject, 0):
        return None
    opens = _BARE_KIN_OPENS.match(subject)
    assert opens is not None
    relative, comma, rest = subject[opens.end() :].partition(",")
    if re.search(r"\s(?:and|&)\s", f" {relative} "):
        return []
    if not comma:
        return None
    listed = _KIN_PAIR_AFTER.fullmatch(rest.strip(" ,"))
    if listed is None:
        return []  # `…, Bram Vail, Rep. Mia Roe and …`: which one is the kin is unclear
    items = [item for item in listed.groups() if item is not None]
    if len(items) == 1 and opens.group("kin").endswith("s") and rest.rstrip().endswith(","):
        # `Friends of Senator Tod Vail, Ann Holt and Bram Lind, said`: the kin are the
        # pair the closing comma sets off
        items = re.split(r"\s+and\s+", items[0])
        if len(items) != 2:
            return []
    names = []
    for item in items:
        mention = clean_mention(item)
        name = " ".join(N.split_role(mention.split())[1])
        if re.search(r"\s(?:and|&)\s", mention) or not (
            _is_full_name(name) and _persons_name(mention)
        ):
            return []
        names.append(mention)
    return names


# Title words that begin a body's name (`St. Joseph`, `King Solomon`), no relative's.
_BODY_TITLE = re.compile(r"St\.?|Saint|Sainte|Ste\.?|King|Queen|Prince|Princess|Lady|Our")


def _bare_kin_of_titled(m: re.Match[str]) -> re.Match[str] | None:
    """`Son of Senator Tod Vail, Bram Vail, said`, `Brother of Rep. Ann Holt, Tod Holt,`:
    the subject is a kin noun (`_KIN_HEAD`, also a given name like `Son`), `of`, one
    title and the titled person's name, and a full name set off by commas follows."""
    kin = _BARE_KIN_OF.fullmatch(" ".join(m.group("np").split()))
    if kin is None or (
        _KIN_HEAD.fullmatch(kin.group("kin")) is None
        and _RELATION_HEAD.fullmatch(kin.group("kin")) is None
    ):
        return None
    title = kin.group("title")
    if _BODY_TITLE.fullmatch(title) or not N.is_role_word(title):
        return None
    # more title words (`Son of Lt. Gov. Tod Vail`), then a name of two or three words
    # with no role word in it (not `Family of Senator Tod Vail spokesman Bram Lind`)
    words = kin.group("name").split()
    while len(words) > 2 and N.is_role_word(words[0]):
        words = words[1:]
    if not 2 <= len(words) <= 3 or any(N.is_role_word(w) for w in words):
        return None
    appos = " ".join((m.groupdict().get("appos") or "").split())
    return kin if _is_full_name(appos) else None


# One's kin joined to a subject by `and`: `Rep. Quill and her husband, Orrin Pell,`.
# Immediate kin but the widowed (no `and his widow`), spouses of any sex, and the
# collective nouns.
_OWN_KIN_WORDS = (
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:late\s+)?(?:"
    + N.kin_alternation(N.IMMEDIATE_KIN - {"widow", "widower"} | {"spouse", "partner"})
    + r"|children|parents|family)\b"
)
_AND_OWN_KIN = re.compile(rf"\s+and\s+{_OWN_KIN_WORDS},?\s*$")
# The possessive and the kin noun of `_AND_OWN_KIN`, each telling a sex (`his wife`).
_OWN_KIN_SEX = re.compile(r"\s+and\s+(\w+)\s+(?:late\s+)?(\w+)")
_OWN_SEX = {"his": "m", "her": "f"}
_AND_OWN_KIN_IN = re.compile(rf"\s+and\s+{_OWN_KIN_WORDS}")
_OWN_KIN = re.compile(rf"{_OWN_KIN_WORDS}(?P<rest>[^,]*)$")
_AND_BEFORE = re.compile(r"\s+and\s+$")
_PAIR_FIRST = re.compile(P.NAME_PHRASE)


def _kin_pair(
    text: str,
    begin: int,
    m: re.Match[str],
    base: int,
    named: Callable[..., bool] | None = None,
) -> Attribution | None:
    """A subject whose last part is one's own kin joined by `and` (`Rep. Ann Holt and her
    husband, Tod Vail, released …`, `Holt and his wife Ann Holt said`): both speak, the
    first named opening the sentence and the kin named in full; else nobody, never one
    of the two alone. None when the subject is no such pair or the kin is unnamed. A
    first person written as a surname alone speaks only where `named(surname, pos, sex)`
    says the text named them in full before, with no first name of the other sex than
    the pair's `his`/`her`."""
    at = m.start("np")
    np = " ".join(m.group("np").split())
    appos = " ".join((m.groupdict().get("appos") or "").split())
    joined = _AND_OWN_KIN.search(text, max(begin, at - 40), at)
    if joined is not None:
        kin, end = clean_mention(np), joined.start()  # `… and her husband, Tod Vail,`
    else:
        own = _OWN_KIN.match(np)
        joined = _AND_BEFORE.search(text, max(begin, at - 8), at)
        if own is None or joined is None:
            return None
        kin = appos if appos and not m.groupdict().get("appos2") else own.group("rest").strip()
        end = joined.start()
    if not _is_full_name(kin):
        return None  # `Holt and his wife said`: read as before
    lead = len(text[begin:end]) - len(text[begin:end].lstrip())
    first = _PAIR_FIRST.fullmatch(text, begin + lead, end)
    if first is None or not _is_mention(clean_mention(first.group())):
        return Attribution("it", None, base + at, False, nobody=True)
    lone = clean_mention(first.group())
    own = re.search(r"\b(his|her)\b", text[joined.start() : joined.end() + 8], re.IGNORECASE)
    sex = None if own is None else "m" if own.group(1).lower() == "his" else "f"
    if " " not in lone and (named is None or not named(lone, base + first.start(), sex)):
        # `Holt and her husband, Tod Vail,` where no `Ann Holt` came before: nobody the
        # text can name is the first, and the kin never speaks alone for the pair
        return Attribution("it", None, base + at, False, nobody=True)
    if not _own_fits(text[joined.start() : joined.end() + 8], first.group()):
        return None  # `Tod Vail and her husband, Eli Roe,`: `her` is another's
    surname = [w for w in kin.split() if N.word_key(w) not in N.SUFFIXES][-1:]
    if " " not in lone and surname == [lone]:
        # `Vail and his wife, Ann Vail,`, `Vail and his son, Tod Vail Jr.,`: the lone
        # surname is read as the kin named nearest, so the pair would be the kin alone;
        # nobody, never one of the two
        return Attribution("it", None, base + at, False, nobody=True)
    both = f"{clean_mention(first.group())} and {kin}"
    return Attribution(both, _cue_text(m.group("cue")), base + first.start(), False)


# The sex a title gives: `Mrs.`, `Congresswoman`, `Mr.`.
_TITLE_SEX = {
    **dict.fromkeys("mrs ms miss madam congresswoman councilwoman assemblywoman".split(), "f"),
    **dict.fromkeys("mr congressman councilman assemblyman".split(), "m"),
}


def _own_fits(joined: str, first: str) -> bool:
    """Whether `his`/`her` in `joined` (`and her husband`) may be the first person's: no
    title or first name of the other sex (`Tod Vail and her husband` is someone else's)."""
    own = re.search(r"\b(his|her)\b", joined, re.IGNORECASE)
    if own is None:
        return True
    want = "m" if own.group(1).lower() == "his" else "f"
    words = first.split()
    sexes = {_TITLE_SEX.get(N.word_key(w).rstrip(".")) for w in words[:-1]} - {None}
    given = clean_mention(first).split()
    if len(given) >= 2:
        sexes.add(N.first_name_gender(given[0]))
    return not (sexes - {None, "?", want})


# The subject pronoun for the possessive of `in her words`.
_OWN_PRONOUN = {"his": "he", "her": "she", "their": "they"}

# A noun phrase ending in `and` before a verb of saying is the object of the subject's
# first verb (`Holt toured the plant and said`), not the speaker.
_AND_ENDS = re.compile(r"\band\s*$")
# `the following` before a word that is also a verb of saying (`remarks`, `states`): the
# word is the noun the determiner opens, so the phrase is no subject.
_FOLLOWING_END = re.compile(r"(?:^|\s)(?:[Tt]he\s+)?[Ff]ollowing$")
# So does a possessive pronoun right after a verb of giving words (`Tarrant delivered his
# remarks:`): `remarks` is the noun it owns, and the subject stands before the verb that
# takes it. After an object (`thanked the mayor for his remarks:`) the pronoun may be the
# object's, whose words may follow: read as before.
_OWNERS_PRONOUN_END = re.compile(
    r"(?:^|\s)(?:delivered|gave|made|offered|presented|read)\s+(?:his|her|their)$"
)
# The pronoun is the subject's only where the sentence is its name and the verb alone
# (`Rep. Tarrant delivered his remarks:`) and the paragraph names nobody before it:
# `Because Tarrant was ill, Tod Vail delivered his remarks:`, `Tod Vail, standing in for
# Tarrant, delivered …`, `Tarrant could not attend. Tod Vail delivered …` may be Tarrant's
# remarks another reads; read as before (nobody).
# How far back in the paragraph another name is looked for (a bound: linear time).
OWNER_REACH = 600
_SOLE_SUBJECT_GIVES = re.compile(
    r"\s*(?P<subject>(?:[A-Z][\w.’'-]*\s+){1,4})"
    r"(?:delivered|gave|made|offered|presented|read)\s+(?:his|her|their)"
)


def _owners_pronoun_sure(masked: str, hs: int, sentence: str) -> bool:
    """`Tarrant delivered his remarks`: the sentence before the words (up to the pronoun,
    from `hs` in `masked`) is a name, a verb of giving words and a possessive pronoun, and
    no other capitalised word stands before it in the paragraph."""
    if not _OWNERS_PRONOUN_END.search(sentence):
        return False
    sole = _SOLE_SUBJECT_GIVES.fullmatch(sentence)
    if sole is None:
        return False
    own = set(sole.group("subject").split())
    start = max(masked.rfind("\n", 0, hs) + 1, hs - OWNER_REACH)
    return all(not w[:1].isupper() or w in own for w in masked[start:hs].split())


# Last words of a label that names a text or a clip, not a person: `King Excerpt:`.
_LABEL_ENDS = frozenset("excerpt excerpts transcript highlights background video audio".split())


# `agree to` something: consenting to it (`the board agrees to fund the pier`), which
# says no words; `“…,” Holt agreed.` does.
_AGREE_TO = re.compile(r"agree[sd]?\s+to\b")
# A heading in title case opened by `On` and ending in a colon: the topic of the words
# under it (`On Chairman Holt Moving to the Harbors Committee:`); small words may join its
# capitalised ones, no verb of a sentence (`On Monday Holt said:`) does.
_TOPIC_HEADING = re.compile(
    r"\s*On(?:\s+(?:[A-Z][\w’'-]*|(?:of|the|an?|and|to|from|for|in|on|at|as|with|by)\b))++"
    r"\s*:\s*\Z"
)


def _topic_heading(masked: str, start: int, end: int) -> bool:
    """The words right before a quotation, from the sentence's start or the last full
    stop or closing mark, are a topic heading (`_TOPIC_HEADING`): one anchored match."""
    cut = max(masked.rfind(mark, start, end) for mark in '.!?”"')
    return _TOPIC_HEADING.match(masked, start if cut < 0 else cut + 1, end) is not None


# A body's name running on to the list of fields it deals with, two or more before the
# last one's `and` (`Subcommittee on Docks, Harbors, and`), each field up to four
# capitalised words; read back from a mention within `_FIELDS_REACH` characters.
_FIELD_WORDS = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_FIELDS_BEFORE = re.compile(
    r"\b(?:Committee|Subcommittee|Caucus|Commission|Council|Panel|Board)\s+(?:on|for|of)\s+"
    rf"(?:the\s+)?{_FIELD_WORDS}(?:,\s+{_FIELD_WORDS})+,?\s+(?:and|&)\s+\Z"
)
_FIELDS_REACH = 160


# Verbs that make capitalised words a heading's clause (`America Must Lead`, `Trade Does
# Not Mean Surrender`); no given name (`Will`, `May`, `Do` are).
_HEADING_VERBS = frozenset(
    """must should shall cannot needs is are was were has have does doesn’t doesn't not
    isn’t isn't""".split()
)


def _heading_clause(words: list[str]) -> bool:
    """Capitalised words holding a heading's verb after the first (`America Must Lead`)."""
    return any(w.lower() in _HEADING_VERBS for w in words[1:])


def _heading_label(words: list[str]) -> bool:
    """Capitalised words before a colon that show nothing of a name: no first name or
    initial, no title or role, no organisation's word or acronym (`Ideal Location`,
    `Strong Growth`); a surname alone is left to the names read before it."""
    if _event_of_person(words):
        return True
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if words[-1].lower() in _LABEL_ENDS:
        return True  # `King Excerpt:`, `Hearing Transcript:`: what follows, not who
    if _heading_clause(words):
        return True  # `Why Harbor Towns Must Lead the Way:`: a clause, whatever its subject
    return not (
        N.is_initial(words[0])
        or N.common_first_name(words[0])
        or any(N.is_role_word(w) for w in words)
        or N.org_shape(words)
        or any(N.is_acronym([w]) for w in words)
    )


# Nouns of what happened to a person, in running text: `the passing of Senator …`.
_EVENT_NOUNS = frozenset(
    """passing death funeral memorial loss election reelection re-election retirement
    nomination confirmation appointment investiture swearing-in impeachment resignation
    arrest indictment conviction murder killing""".split()
)
# A noun and `of` right before a titled name: `Passing of `, `the widow of the late `.
_NOUN_OF_BEFORE = re.compile(r"(?P<noun>[A-Za-z][\w-]*)\s+of\s+(?:the\s+(?:late\s+)?)?$")


def _event_of_before(masked: str, titled: re.Match[str]) -> bool:
    """The titled name `titled` is the object of a noun of what happened to a person or
    of a person's kin (`Passing of Senator Tod Vail`, `The widow of Rep. Tod Vail`): a
    heading's capitalised noun but one of saying (`Statement of`), a role's (`Chairman
    of`) or a body's (`Office of`); in running text, a noun of an event or of kin, and
    the lead names the person no further (`Following the election of Rep. Ann Holt as
    chair, Holt thanked …` is Holt's lead)."""
    at = titled.start()
    m = _NOUN_OF_BEFORE.search(masked, max(0, at - 40), at)
    if m is None:
        return False
    noun = m.group("noun")
    key = N.word_key(noun)
    if noun[:1].islower():
        # in running text only a noun of such an event or of kin (`with the support of
        # Congressman Tod Vail` names the member)
        words = _titled_words(titled)
        again = bool(words) and re.search(
            # the surname again as a clause's subject (`, Holt thanked`; not `Holt’s
            # family`, `the family of Senator Holt said`)
            rf"[.,;]\s+(?:[A-Z][a-z]+\.?\s+)?{re.escape(words[-1])}\s+[a-z]",
            masked[titled.end() : titled.end() + LEAD_REACH],
        )
        return not again and (key in _EVENT_NOUNS or _KIN_HEAD.fullmatch(noun) is not None)
    if _KIN_HEAD.fullmatch(noun) is not None:
        return True  # `Son of Senator Tod Vail`: a kin noun, though a given name too
    return (
        key not in _WORDS_OF
        and not N.is_role_word(noun)
        and key not in N.ORG_WORDS
        and N.first_name_gender(noun) is None
    )


# Nouns of what a person says or writes: `Statement of Senator Ann Roe:` is hers.
_WORDS_OF = frozenset(
    """statement statements remarks testimony comments comment words letter message speech
    address excerpt excerpts transcript text quote quotes interview opening prepared
    response responses reply reaction opinion dissent proclamation view views prayer
    argument arguments highlights answer answers thought thoughts reflections farewell
    question questions""".split()
)


_POSSESSIVE_END = re.compile(r"[’']s?$")


def _event_of_person(words: list[str]) -> bool:
    """`Investiture of Justice Ann Roe:`, `Confirmation of Judge Tod Vail:`: a heading
    naming what happened to a person (a capitalised noun that is no role, name,
    organisation or saying, then `of` and a title or a first name), not who speaks."""
    if len(words) < 4 or N.word_key(words[1]) != "of" or not words[0][:1].isupper():
        return False
    first = N.word_key(words[0])
    after = words[3] if N.word_key(words[2]) == "the" and len(words) > 4 else words[2]
    return (
        first not in _WORDS_OF
        and not N.is_role_word(words[0])
        and first not in N.ORG_WORDS
        and N.first_name_gender(words[0]) is None
        and (N.is_role_word(after) or N.first_name_gender(after) is not None)
    )


# The note about a member closing a release: `Ann Holt is the Republican Congresswoman
# from …`, `Congressman Tod Vail represents …`.
# A word's length is bounded (no name's word is longer): an unbounded one made the search
# read a long run without spaces from every capital in it (quadratic time).
_MEMBER_NOTE = re.compile(
    r"(?P<np>[A-Z][\w’'.-]{1,40}(?:\s+[A-Z][\w’'.-]{1,40}){1,3})\s+(?:is|serves\s+as)\s+(?:the|a)\s+"
    r"(?:[A-Z][\w.-]*\s+){0,2}(?:Congressman|Congresswoman|Representative|Senator|"
    r"[Mm]ember\s+of\s+Congress)\b"
    r"|\b(?:Congressman|Congresswoman|Rep\.|Representative|Senator|Sen\.)\s+"
    r"(?P<np2>[A-Z][\w’'.-]{1,40}(?:\s+[A-Z][\w’'.-]{1,40}){1,3})\s+represents\b"
)
# An organisation's head word and the preposition before the rest of its name: what
# follows is no subject of its own ("the Special Committee on Aging said").
_ORG_OF = re.compile(
    r"\b(?:Committee|Subcommittee|Department|Caucus|Council|Commission|Institute|Office|"
    r"Association|Center|Centre|Bureau|Foundation|Coalition|Society|Agency|Administration)"
    r"\s+(?:on|of|for)\s+(?:the\s+)?$"
)
# A full name in commas after a role phrase: `President and CEO, Ted Shaw.`
_NAME_AFTER_ROLE = re.compile(
    rf",\s+(?P<np>[{P.UPPER}][\w’'.-]*(?:\s+[{P.UPPER}][\w’'.-]*){{1,3}}?)\s*(?:[,.]|$)"
)
# What a verb of saying takes when it says nothing: "claimed responsibility".
# Verbs that ask somebody to do something (`asked Ben Fisk to speak`): the object acts.
_ASKING_VERBS = frozenset(
    "asked asks invited invites urged urges told tells called calls encouraged".split()
)
_TO_DO = re.compile(r"to\s+[a-z]")
_NOT_SPEECH_OBJECT = re.compile(r"\s+(?:responsibility|credit|victory|ownership)\b")
# Verbs of saying that, followed by `of` or `with`, are a passive participle: `accused of`.
# Verbs of saying that as often take a thing as their object (`announced a grant`,
# `reported a loss`): with an indefinite article next, what follows is no statement.
_OBJECT_VERBS = frozenset(
    "added adds announced announces reported reports claimed claims warned warns".split()
)
# `warned a shutdown would hurt …`: a verb taking a clause, whose subject opens with an
# article; for these verbs the article alone does not make what follows a thing.
_CLAUSE_VERBS = frozenset("claimed claims warned warns".split())
_FINITE = frozenset(
    "would will could can may might must should shall is are was were has have had".split()
)
_PASSIVE = re.compile(r"\b(?:accused|charged|suspected)\s+(?:of|with)\b")
# Nouns for newspapers that read like adverbs: "a leading Pakistani daily wrote".
_PERIODICALS = frozenset("daily weekly monthly quarterly".split())
# `in (the)` right before a cue's subject, after a noun of a written piece earlier in the
# sentence: the name says where the piece ran (`His op-ed in the Elm Times reads:`).
_IN_WHERE = re.compile(r"\bin\s+(?:the\s+)?$")
_PIECE_NOUN = (
    r"\b(?:editorials?|op-eds?|columns?|letters?|articles?|essays?|pieces?|commentar(?:y|ies)"
    r"|opinions?|posts?)\b"
)
# A piece a person writes, whoever runs it (`A column in the Elm Times reads:`); an
# unsigned editorial or article is the paper's own (`An editorial in the Elm Times said:`).
_AUTHORED_PIECE = re.compile(r"\b(?:op-eds?|columns?|letters?|essays?)\b", re.IGNORECASE)
# A piece somebody owns: `her editorial`, `Holt’s article`, `an editorial by Ann Holt`.
_OWNED_PIECE = re.compile(
    rf"(?:\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+|\b[A-Z][\w-]*[’']s\s+)(?:[\w-]+\s+){{0,2}}?(?i:{_PIECE_NOUN})"
    rf"|(?i:{_PIECE_NOUN})\s+(?:written\s+)?by\s+[A-Z]"
)
_ANY_PIECE = re.compile(_PIECE_NOUN, re.IGNORECASE)
# `An editorial in the`, `The article in`: a piece nobody is said to have written.
_PLAIN_PIECE = re.compile(
    r"\s*(?:An?|The)\s+(?:(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?\d{4}\s+|[A-Z][a-z]+day\s+)?"
    r"(?:editorial|article)\s+in\s+(?:the\s+)?"
)
# After the paper's name, a writer or a name set off (`, written by Tod Vail,`).
_NOT_PLAIN_AFTER = re.compile(
    r"\b(?:by|(?:co-)?written|guest|penned|authored)\b|,\s*(?:[a-z][\w-]*\s+){0,3}[A-Z]"
)
# How far before the paper's name a sentence's piece is looked for.
_PIECE_REACH = 300


def _ran_in(head: str, at: int) -> bool:
    """The name at `at` follows `in (the)` in a sentence that names a written piece a
    person wrote (`Her op-ed in the Elm Times`, `A column in the Elm Times`): it says
    where the piece ran, not who wrote it."""
    if not _IN_WHERE.search(head, max(0, at - 8), at):
        return False
    begin = max(sentence_start(head, at), at - _PIECE_REACH)
    if _AUTHORED_PIECE.search(head, begin, at) or _OWNED_PIECE.search(head, begin, at):
        return True
    if not _ANY_PIECE.search(head, begin, at):
        return False
    # The paper speaks only for its own plain piece (`An editorial in the Elm Times
    # said:`); a guest's, one written by somebody or a name set off after it is not its.
    return not (_PLAIN_PIECE.fullmatch(head, begin, at) and not _NOT_PLAIN_AFTER.search(head, at))


# Two sentences run together without a space: "… Hospital.Rush said".
_SENTENCE_RUN_IN = re.compile(r"[a-z]{2}\.(?=[A-Z][a-z])")

# A name right before an opening mark, a partial quotation's subject: `Ivo Roth “was …`.
_NAME_BEFORE_MARK = re.compile(
    rf"(?<![\w’'.-])(?P<np>[{P.UPPER}][\w’'-]+(?:\s+(?:[A-Z]\.|[{P.UPPER}][\w’'-]+)){{0,3}})\s*$"
)
# A verb of saying right before a name makes it the one spoken to.
_ADDRESSED = re.compile(r"\b(?:told|asked|tells|asks|to|with|thanked|urged)\s+$")

# A `that` or a participle of saying among the lower-case words before a name, the
# participle followed by `that`, a determiner or a capital: the name is the subject of the
# clause they report (`adding that the Coast Guard agreed`, `also noting the Coast Guard
# …`), not a role's holder. A participle inside a role (`creative writing professor Ivo
# Brandt`, `writing instructor Ivo Brandt said`) reports nothing.
_REPORTED_CLAUSE_LEAD = re.compile(
    r"(?:[a-z][\w’'-]*\s+)*?(?:(?:that|whether)\b"
    r"|(?:adding|saying|noting|explaining|insisting|arguing|claiming|stressing|warning|"
    r"recalling|declaring|writing|asking)\s+"
    r"(?:(?:that|whether|the|a|an|his|her|their|its|this|these|those|our)\b|[A-Z]))"
)

# Words opening a clause of its own after a quotation: its subject and verb are no cue.
_SUBORDINATORS = frozenset(
    "when as after before because while since if although though until unless once "
    "whereas where and but".split()
)

# Words a cue pattern may swallow before the clause it introduces; not part of the cue.
_CUE_TRAILERS = frozenset(
    "after before to on in at of for with from about during via the a an "
    "his her their its this last".split()
)


# The most words of a term quoted inside the sentence that introduces a statement.
TERM_WORDS = 6
# What ends the words introducing a statement right before its opening mark.
_INTRO_ENDS = (":", ",", "–", "—")
# A name and a relative clause giving its role, before the role phrase a cue's subject
# pattern took: `Congressman Camp, who was then the Ranking Member of …`.
_WHO_WAS = re.compile(
    r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}),\s+who\s+(?:was|is|has\s+been|"
    r"had\s+been|served\s+as|serves\s+as)\s+(?:then\s+|now\s+|also\s+|once\s+)?"
    r"(?:the\s+|an?\s+)?$"
)
# `who` and a verb: a relative clause opens (`Congressman Tarrant who joined Senator Tod
# Vail at the signing added,`); not `who the Gazette said`, whose subject comes after it.
_WHO_OPENS = re.compile(
    r"\bwho\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|he|she|"
    r"they|we|i|you|it|him|them|us|me)\b)[a-z]"
)
# What a relative clause running up to a mention holds not: a quotation (its marks, its
# blanked words), a colon or semicolon, a full stop before a word in lower case
# (`… savagery. share: f t Rep. …`): the masked sentence ran past where one ends.
_PAST_CLAUSE = re.compile(r"[“”\"_:;]|[.!?]\s+[a-z]")
# The whole stretch of a sentence before its `who`: the name the clause is about.
_NAME_BEFORE_WHO = re.compile(r"\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}),?\s+")
# A pronoun read as the mention inside the clause is the subject of a clause of its own.
_OWN_CLAUSE_PRONOUNS = frozenset("he she they".split())
# A comma and `and` ending the stretch after `who`: the clause closed, another subject.
_CLOSED_AND = re.compile(r",\s+and\s+$")


def _past_relative(masked: str, seg: Segment, att: Attribution, base: int) -> Attribution:
    """A mention read before the words but after `who` and a verb in their sentence is the
    relative clause's object, never the subject of the verb of saying after it: the words
    are those of the name the clause is about when that name opens the sentence
    (`Congressman Tarrant who joined Senator Tod Vail said:` → Tarrant), else nobody's
    (`Residents who met Senator Tod Vail said,`); so also when the mention read was a
    thing (`… who joined Senator Tod Vail at the signing added,`). A clause closed by a
    comma (`Ann Roe, who chairs the board, and Tod Vail said`) is left as it was read."""
    at = att.pos - base
    start = sentence_start(masked, seg.open_at)
    if not start <= at < seg.open_at or seg.open_at - start > LOOK_BACK:
        return att
    if att.mention.lower() in _OWN_CLAUSE_PRONOUNS:
        return att  # `Rep. Tod Vail who caused an uproar when he said that “…”`: his own
    opened = list(_WHO_OPENS.finditer(masked, start, at))
    if not opened:
        return att
    rel = opened[-1]
    between = masked[rel.end() : at]
    if len(between) > NEAR_CUE or _PAST_CLAUSE.search(between) or _CLOSED_AND.search(between):
        return att
    # The sentence may run back over a quotation whose full stop is blanked (`“….” Rep.
    # Lowey, who is …, added,`): the name after its closing mark opens it.
    lead = max(start, *(masked.rfind(mark, start, rel.start()) + 1 for mark in '”"'))
    who = _NAME_BEFORE_WHO.fullmatch(masked, lead, rel.start())
    if who is not None and _is_mention(clean_mention(who.group("np"))):
        mention = clean_mention(who.group("np"))
        return replace(att, mention=mention, pos=base + who.start("np"), nobody=False)
    if att.nobody or "," in between:
        return att
    return replace(att, nobody=True)


# A preposition, and maybe an article, right before a name: the name is the preposition's
# object, never the subject of the verb after it (`a member of the Harbor Committee said`).
_AFTER_PREPOSITION_ARTICLE = re.compile(
    r"\b(?:to|for|at|with|from|about|on|of|by|against|toward)\s+(?:the\s+|an?\s+)?$"
)
# A preposition right before a name: the name is its object or a place, no subject.
_PLACE_OR_OBJECT = re.compile(
    r"\b(?:to|for|at|with|from|about|on|of|by|against|toward|in|near|into|outside)\s+$"
)
# The same, `near` too, right before a generic cue subject opening with `the` (`who
# lives near the marina said`): where, not who.
_GENERIC_OBJECT_BEFORE = re.compile(
    r"\b(?:to|for|at|with|from|about|on|of|by|against|toward|near)\s+(?:the\s+|an?\s+)?$"
)
# A name, a comma and a role phrase running up to the end: `Ann Holt, Director of … at `.
_NAME_THEN_ROLE = re.compile(
    r"(?:^|[.;]\s+|\s)(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+[^,_“”\"]{3,100}?$"
)
# A passive participle and its agent opening a phrase inside commas: what follows is no
# subject (`…, flanked by Brandt and Roth, said`, `…, joined by the Board, said`).
_PASSIVE_AGENT = re.compile(
    r"(?P<comma>,\s+)(?:[a-z]+ed|[a-z]+en)\s+(?:by|with|alongside)\s+(?:the\s+)?$"
)
# A name (its tag blanked) and a comma right before a role phrase: `Congressman John B.
# Larson (CT-01), Chair-elect of the House Democratic Caucus said`.
_NAME_COMMA = re.compile(r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s*,\s+$")


def _named_before_role(head: str, mention: str, at: int) -> re.Match[str] | None:
    """The name before a cue's subject that is a role naming nobody, when only a comma
    stands between them (the role's closing comma left out before the verb)."""
    words = mention.split()
    if not any(N.is_role_word(w.split("-")[0]) for w in words):
        return None if N.person_evidence(words) else _named_before_field(head, at)
    if N.person_evidence(N.split_role(words)[1]):
        return None  # the role phrase holds a name of its own
    m = _NAME_COMMA.search(head, max(0, at - 80), at)
    if m is None:
        return None
    if P.AFTER_PREPOSITION.search(head, max(0, m.start() - 12), m.start()):
        return None  # `In a letter to Ann Holt, the spokesman said`: Holt is addressed
    role, name = N.split_role(m.group("np").split())
    if not name or not N.person_shape(name) or not (role or N.person_evidence(name)):
        return None
    return m


# A name, then its role alone between commas, right before a cue's subject: `Ann Holt,
# Vice President, ` + `Water Safety, Engineering & Projects, said`.
_NAME_ROLE_COMMA = re.compile(
    r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s*,\s+"
    r"(?P<role>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|and|&)){0,4}),\s+$"
)


def _named_before_field(head: str, at: int) -> re.Match[str] | None:
    """`Ann Holt, Vice President, Water Safety, Engineering & Projects, Harbor Pipeline
    Company, testified:`: words after a name and its role, set off by commas as the role
    is, are that role's field or employer in apposition, not the subject; the name is."""
    m = _NAME_ROLE_COMMA.search(head, max(0, at - 120), at)
    if m is None:
        return None
    role = m.group("role").split()
    if not N.is_role_word(role[-1]) or N.person_evidence(N.split_role(role)[1]):
        return None  # the words between the commas are no role alone
    if P.AFTER_PREPOSITION.search(head, max(0, m.start() - 12), m.start()):
        return None  # `In a letter to Ann Holt, President, …`: Holt is addressed
    title, name = N.split_role(m.group("np").split())
    if not name or not N.person_shape(name) or not (title or N.person_evidence(name)):
        return None
    return m


# A subordinating word right before a subject: after a statement's cue, its clause's verb
# is no cue of the statement (`As Holt said, “…”` is Holt's, so `as` is not one of them).
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:[Aa]fter|[Ww]hen|[Bb]efore|[Bb]ecause|[Ss]ince|[Oo]nce|[Ff]ollowing|[Uu]ntil|"
    r"[Ww]hile|[Aa]lthough|[Tt]hough)\s+(?:the\s+)?$"
)
# `… statement on the news that Orbis has agreed to buy the yard:`: a clause the
# statement's subject reports, before the colon that introduces the statement.
_THAT_BEFORE = re.compile(r"\bthat\s+(?:the\s+)?$")
# A cue whose clause runs on to the next quotation: `Holt testified that “…`.
_INTRODUCES_THAT = re.compile(r"[^_.“”\"]*?\b(?:that\s*|[,:]\s*)[“\"]\s*_")


# A cue whose verb opens a clause of reported speech: `Holt, head of X, said that the …`
# (`said that night` is a time).
_REPORTS_THAT = re.compile(
    r"[^_“”\"]*?\b(?:said|says|stated|states|added|adds|noted|notes|explained)\s+"
    # a day between the verb and its clause: `said Tuesday that …`
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|yesterday)\s+)?that\s+"
    r"(?!(?:day|night|morning|evening|afternoon|week|month|year|time)\b)"
)


# A verb of saying right after a closing mark, followed by a full stop and a capital.
_STRAY_STOP = re.compile(r"\s*(?:said|says|added|stated)\.(?=\s+[A-Z])")


# A cue whose verb runs on into a clause of three or more words: `Holt said furloughs of
# staff would begin …` (not `Holt said on Monday.`, `Holt said, adding …`, nor a phrase of
# time, place or manner: `Holt said by phone from Boston.`, `said as she left the hall.`).
_REPORTS_CLAUSE = re.compile(
    r"[^_“”\"]*?\b(?:said|says|added|adds|stated|states|noted|notes)\s+"
    r"(?!(?:on|in|at|during|after|before|last|this|that|today|yesterday|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|by|with|without|as|while|when|whilst|from|"
    r"to|of|about|through|via|over|outside|inside|near|amid|among|upon|under|into|again|"
    r"also|later|afterward|afterwards|earlier|recently|repeatedly|softly|quietly|firmly|"
    r"simply|calmly|proudly|angrily|bluntly|flatly|laughing|smiling|adding|noting)\b)"
    r"(?!the\s+(?:next|following|previous|same)\s)"  # `said the next day.`: a time
    r"[a-z][\w’'-]*\s+[a-z][\w’'-]*\s+[\w’'-]+"
)


# `promised`/`promises` and a clause of its own, a subject and its verb: `… wait.” Ivo
# Brandt, speaking at the hall, promised the state would help …` reports other words (not
# an object: `promised voters in Dover.`, nor `it`, `this`, `that`, the words before:
# `promises it will happen.`).
_PROMISES_CLAUSE = re.compile(
    r"[^_“”\"]*?\bpromise[ds]\s+(?:that\s+)?"
    r"(?!(?:it|this|that|so|he|she|they|we|you|I)\b)"
    r"(?:[\w’'-]+\s+){1,3}?(?:will|would|could|can|is|are|was|were)\s"
)


# The subject's verb of saying, right after its words (no comma between), then a clause
# whose own subject is a capitalised name and whose verb follows it: `Council President
# Tod Brine said Mayor Vail inspired …` (not a time: `said Tuesday`, `said Last week`).
_SUBJECT_VERB = re.compile(r"[^_“”\",;:]*?\b(?:said|says|added|adds|stated|states|noted|notes)\s+")
_NAMED_CLAUSE = re.compile(
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|"
    r"Last|This|Next|Early|Late|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
    r"(?:[A-Z][\w’'.-]*\s+){1,3}"
    r"(?:[a-z]{2,}ed|will|would|has|had|was|is|could|should|must|can|did|does)\s+[a-z$\d]"
)


def _reports_other_words(masked: str, at: int, end: int) -> bool:
    """The sentence from `at` to `end`, right after a quotation, reports other words than
    those quoted: `Ann Holt, head of X, said that …`, `Army Secretary Ann Holt said
    furloughs would begin …` (a clause of its own), `Council President Tod Brine said
    Mayor Vail inspired …` (one opening with a name)."""
    return bool(
        _REPORTS_THAT.match(masked, at, end)
        or _REPORTS_CLAUSE.match(masked, at, end)
        or _reports_named_clause(masked, at, end)
    )


def _reports_named_clause(masked: str, at: int, end: int) -> bool:
    """`“… country.” Council President Tod Brine said Mayor Vail inspired thousands.`: a
    new sentence whose subject's verb takes a clause of its own, opening with a name."""
    verb = _SUBJECT_VERB.match(masked, at, end)
    return verb is not None and _NAMED_CLAUSE.match(masked, verb.end(), end) is not None


# A verb of making something public as the cue's own verb, right after its subject, with
# an object of its own: `“… decision.” The Harbor Board has announced a proposed rule …`
# reports what the body made public, not who spoke the full sentence quoted before it.
# Not a time or a place (`… announced Tuesday.`, `announced Dec. 3.`, `announced here.`),
# nor the verb of a clause after the subject (`said Ann Holt, who introduced the bill`).
_MAKES_PUBLIC_RX = (
    "announced|announces|released|releases|issued|issues|unveiled|unveils|published|"
    "publishes|proposed|proposes|introduced|introduces"
)
_MAKES_PUBLIC_VERBS = frozenset(_MAKES_PUBLIC_RX.split("|"))
_MAKES_PUBLIC = re.compile(
    # the subject's words, with a time or an adverb (`Last month Holt`, `The Board of
    # Trade recently`): no comma, clause or verb of saying among them
    r"(?:(?!(?:who|whom|whose|which|that|as|while|when|after|before|said|says|told|"
    rf"{_MAKES_PUBLIC_RX})\b)[\w.’'&-]+\s+){{1,8}}?"
    rf"(?:{_MAKES_PUBLIC_RX})\s+"
    # the object: a determiner, a sum or count of things, a capitalised noun phrase
    r"(?:(?:a|an|the|its|his|her|their|our|my|this|these|those|that|new|several|some|"
    r"more|two|three|four|five|six|seven|eight|nine|ten|plans?|legislation)\s"
    r"|(?:(?:nearly|almost|about|over|roughly|approximately|up\s+to|more\s+than)\s+)?"
    r"(?:\$\s?\d|\d[\d,.]*\s+(?:new\s+)?[a-z])"
    # or a noun phrase with no determiner (`advanced notice of a rule`): two words, the
    # first no adverb, preposition or word of time or place (`announced here at the pier`)
    r"|(?!(?:here|there|today|tonight|yesterday|tomorrow|now|then|on|in|at|during|after|"
    r"before|last|by|with|as|while|when|from|to|via|through|again|also|later|earlier|"
    r"recently|soon|first|jointly|together|alone|once|and|but|or|if|because|since|"
    r"until|where|which|who|what|how|why|it|him|them|us|me|you)\b)"
    r"[a-z][\w’'-]*(?<!ly)\s+[a-z][\w’'-]*"
    r"|(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday|Here|There)\b)"
    r"[A-Z][\w’'-]*)"
)


# A heading naming whose statement follows: `Floor Statement by Ranking Member Ann Holt`.
_STATEMENT_BY = re.compile(
    rf"\b(?:[Ss]tatement|STATEMENT|[Rr]emarks|REMARKS|[Tt]estimony|TESTIMONY)\s+(?:[Bb]y|BY|of|OF)"
    rf"\s+(?P<np>{P.NAME_PHRASE})(?P<np2>)"
)
_BILL_WORD = re.compile(r"(?:H\.R\.?|H\.Res\.?|S\.|S\.Res\.?|HR|H\.J\.Res\.?)")
# A surname and a colon opening a release's text before a quotation: `Holt: “…”`.
_OPENING_LABEL = re.compile(r"\s*([A-Z][\w’'-]+):\s*")


def _glued_heading(titled: list[re.Match[str]]) -> re.Match[str] | None:
    """`Rep. Holt Backs Relief Bill WASHINGTON – Congressman Ann Holt today …`: a headline
    in title case run into the lead (the text alone gives no line break) reads as a titled
    name of several words opening with no first name. The member is the lead's subject, the
    first titled person after that run, when the headline names that person: the same
    surname and the same office, and no other titled person of that surname in the lead."""
    if not titled:
        return None
    words = _titled_words(titled[0])
    if N.person_evidence(words):
        return None
    people = [m for m in titled[1:] if len(_titled_words(m)) >= 2]
    people = [m for m in people if N.person_evidence(_titled_words(m))]
    if not people:
        return None
    subject = people[0]
    name = _titled_words(subject)
    if name[-1] != words[0] or _office(subject) is None or _office(subject) != _office(titled[0]):
        return None
    for m in titled[1:]:
        other = _titled_words(m)
        if m is subject or other[-1] != name[-1]:
            continue
        if _office(m) != _office(subject) or (len(other) >= 2 and other != name):
            return None  # `… praised Senator Ben Holt`: which Holt the headline means is not said
    return subject


# The office a title names: a headline's `Rep.` and the lead's `Congresswoman` are one.
_OFFICES = {
    "rep": "house",
    "reps": "house",
    "representative": "house",
    "congressman": "house",
    "congresswoman": "house",
    "del": "house",
    "delegate": "house",
    "sen": "senate",
    "sens": "senate",
    "senator": "senate",
    "gov": "governor",
    "governor": "governor",
}


def _titled_words(m: re.Match[str]) -> list[str]:
    return (m.group("np") or m.group("np2") or "").split()


# Verbs of saying that open a sentence before the speaker's name (`Said Holt, “…”`).
_SAYING_WORDS = frozenset(
    "said says added adds continued asked wrote writes noted explained stated told "
    "concluded replied responded".split()
)


def _names_surname(mention: str | None, surname: str) -> bool:
    """A cue's words name the person of that surname, alone, with others or as owner
    (`Holt`, `Holt and Roth`, `Holt’s letter`). Not as the owner of a person (`Holt’s
    aide`, `Holt's sister`, `the sister of Holt`, `a spokesman for Holt`): that person
    speaks, not Holt."""
    words = (mention or "").split()
    for k, raw in enumerate(words):
        word = raw.strip(",.;:()")
        bare = word
        for end in ("’s", "'s", "’", "'"):
            bare = bare.removesuffix(end)
        if bare != surname:
            continue
        # `Holt’s campaign spokesman`: a person among the lower-case words after it.
        after = []
        for later in words[k + 1 :]:
            if not later[:1].islower():
                break
            after.append(later)
        owned = bare != word and any(_owned_person(w) for w in after)
        of_whom = k >= 2 and words[k - 1] in ("of", "to", "for") and _owned_person(words[k - 2])
        if not (owned or of_whom):
            return True
    return False


# A person somebody's possessive can own besides those of `PERSON_NOUNS`: kin, staff.
_OWNED_PERSON_WORDS = frozenset(
    """wife husband son daughter sister brother niece nephew cousin uncle aunt widow
    widower grandson granddaughter grandfather grandmother stepson stepdaughter partner
    fiancé fiancée friend colleague deputy assistant secretary counsel lawyer attorney
    doctor physician spokesman spokeswoman spokesperson aide adviser advisor chief
    staffer staff""".split()
)


def _owned_person(word: str) -> bool:
    """A noun naming a person somebody may have (`the sister of Holt`, `an aide to Holt`)."""
    word = word.strip(",.;:()").lower()
    return word in PERSON_NOUNS or word in _OWNED_PERSON_WORDS


def _office(m: re.Match[str]) -> str | None:
    """The office of a titled name (`P.TITLED_NAME`): house, senate or governor."""
    group = "np" if m.group("np") else "np2"
    if m.re is not P.TITLED_NAME or m.start(group) < 0:
        return None
    return _OFFICES.get(m.string[m.start() : m.start(group)].strip().rstrip(".").lower())


# An object right after a verb that takes one (`describes the bill`, `praised it`).
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|this|that|these|those|it|them|him|her|his|their|its|our|my|your"
    r"|[A-Z][\w’'-]*)\b"
)


def _weak_verb_object(masked: str, after: Attribution, base: int) -> bool:
    """The cue after a quotation is a verb of `P.WEAK_VERBS` after its subject, with an
    object of its own: `Holt describes the bill as`, `The union praised the plan`."""
    verb = ((after.cue or "").split() or [""])[-1]
    if verb not in P.WEAK_VERBS:
        return False
    start = after.pos - base
    end = sentence_end(masked, start)
    m = re.compile(rf"\b{verb}\b").search(masked, start, end)
    return m is not None and m.start() > start and _OBJECT_AFTER.match(masked, m.end()) is not None


# Verbs of saying that take a reported clause, not an object of their own (`Holt said
# the plan is late`): after them only a clause is a sentence's own.
_SAYS_CLAUSE = frozenset(
    "said says say stated states added adds noted notes explained explains argued argues "
    "insisted insists contended contends maintained maintains remarked remarks replied "
    "replies responded responds continued continues recalled recalls testified "
    "repeated repeats reiterated reiterates observed observes".split()
)
# Verbs of saying whose object is the listener, as in a cue (`Holt told reporters.`,
# `“Why?” Holt asked the secretary.`).
_LISTENER_VERBS = frozenset(
    "told tells asked asks warned warns reminded reminds assured assures urged urges "
    "advised advises cautioned cautions answered answers promised promises".split()
)
# Words that may come after a cue's verb without being its object: a phrase of time,
# place or manner (`said days later`, `shouted to the crowd`, `wrote on Tuesday`).
_NOT_OBJECT = frozenset(
    """on in at during after before today tonight yesterday tomorrow here there now then
    again later afterward afterwards earlier recently once by with without as while when
    whilst from of about through via over outside inside near amid among upon under into
    to for jointly together alone first last next this that these those monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sept oct nov
    dec days weeks months years hours minutes day week month year morning afternoon
    evening night weekend aloud further too also softly quietly repeatedly many several
    twice again back out up off down away""".split()
)
# A time after `the`: `said the next day`, `wrote the following morning`.
_THE_TIME = re.compile(
    r"the\s+(?:next|following|previous|same|other|day|night|morning|evening|afternoon|"
    r"week|weekend|month|year)\b"
)
# A determiner, possessive or pronoun opening an object: `praised the plan`, `wrote a
# letter`, `announced it`.
_OBJECT_WORD = frozenset(
    "the a an his her their its our my your it them him us other another each every "
    "some several both all local new".split()
)
# A clause's finite verb a few words after its subject: `said the plan is late`, `says
# Congress must act`, `announced it will close`.
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|must|could|should|can|may|might|has|have|had|"
    r"does|did|do|isn[’']t|aren[’']t|wasn[’']t|won[’']t|can[’']t|doesn[’']t)\b"
)
# `that` opening a clause (`confirmed that the …`), not a time (`said that day`).
_THAT_OPENS = re.compile(
    r"\bthat\s+(?!(?:day|night|morning|evening|afternoon|week|weekend|month|year|time)\b)"
)
# An infinitive: `to` before a verb, not before a noun phrase (`to the crowd`).
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|him|"
    r"them|us|me|it|reporters|[A-Z]\S*)\b)(?:[a-z]+ly\s+)?[a-z]+\b"
)


def _narrated_after(masked: str, seg: Segment, after: Attribution, base: int) -> bool:
    """The name after a full quoted sentence opens a sentence of its own, shown by what its
    verb takes: a clause (`“…” Holt agreed that …`, `“…” Holt said the span is old.`), an
    object that is no listener (`… Holt praised the crews.`, `… Holt wrote a letter.`), a
    listener with a demand (`… Holt asked the agency for a report.`, `… urged Congress to
    act.`), an infinitive after a phrase (`… vowed in January to …`), or a verb that is
    none of saying with words after it (`… Holt finished the race.`). A cue keeps its
    phrase of time, place or manner (`said days later.`, `shouted to the crowd.`, `told
    reporters Tuesday.`, `has said many times.`, `demanded to know`), a participle after
    a comma (`said Thursday, adding that …`) and a verb before its subject (`said Holt`)."""
    start = after.pos - base
    if masked[seg.end + 1 : start].strip(" \t”\"’'.,;:!?—–-"):
        return False
    words = (after.cue or "").split()
    if not words:
        return False
    end = sentence_end(masked, start)
    # the cue's own words in its sentence, past an appositive's (`Vail, who said last
    # year that …, said Tuesday.`)
    m = re.compile(r"[\s,]+".join(map(re.escape, words))).search(masked, start, end)
    if m is None:
        return False
    lead = 0
    while lead < len(words) - 1 and (
        words[lead] in _AUXILIARIES or words[lead].endswith("ly") or words[lead] in _CUE_ADVERBS
    ):
        lead += 1
    verb = words[lead]
    v = re.compile(rf"\b{re.escape(verb)}\b").search(masked, m.start(), m.end())
    if v is None:
        return False
    rest = masked[v.end() : end]
    cut = re.search(r"[,;:(_“”\"—–]|\s-\s", rest)
    clause = (rest[: cut.start()] if cut else rest).strip()  # `, adding that …` is the cue's
    # words with their full stops off (`Tuesday.`, `Dec. 3`), inner ones kept (`U.S.`)
    after_words = [w.rstrip(".") for w in re.findall(r"[\w’'.-]+", clause) if w.strip(".")]
    if not after_words:
        return False
    if _THAT_OPENS.search(clause):
        return True
    first = after_words[0]
    low = first.lower()
    if verb in _SAYS_CLAUSE or verb in ("say",):
        # `said the span is old`, `says Congress must act`: a subject, then its verb
        subject = low in ("this", "these", "those", "it", "he", "she", "they", "we", "there")
        subject = subject or (low == "the" and not _THE_TIME.match(clause))
        subject = subject or (first[:1].isupper() and low not in _NOT_OBJECT)
        head = " ".join(after_words[:6])
        return subject and _CLAUSE_VERB.search(head) is not None
    if verb in _LISTENER_VERBS:
        # `asked the agency for a report`, `urged Congress to act`: a demand of its own,
        # made straight after the listener; words later in the sentence (`told reporters
        # at a forum for small business owners`, `told the crowd to loud applause`,
        # `reminded members before voting to adjourn`) and the listener of any other
        # verb (`told the panel for the record`) leave the cue its speaker's.
        if verb not in _DEMAND_VERBS:
            return False
        asks = verb in ("asked", "asks")
        if low == "for":
            return asks and len(after_words) > 1 and after_words[1].lower() not in _NOT_OBJECT
        listener = _LISTENER.match(clause)
        if listener is None:
            return False
        demand = clause[listener.end() :]
        if demand.startswith("for "):
            return asks and demand.split()[1:2] != [] and demand.split()[1] not in _NOT_OBJECT
        if _ADVICE_TOPIC.match(demand):
            return True  # `advises the agency on how to share data`: advice of its own
        return _INFINITIVE.match(demand) is not None
    if low in ("on", "upon") and verb in ("called", "calls"):
        return True  # `called on the agency to act`: a demand of its own
    if low == "by" and len(after_words) > 1 and after_words[1].endswith("ing"):
        return True  # `concluded by discussing the bill`
    if _INFINITIVE.search(clause, len(first)):
        return True  # `vowed in January to graft …`, not `demanded to know`
    if _THE_TIME.match(clause):
        return False
    if _QUOTED_WORDS.match(clause):
        return False  # `stressed the point`, `posted the message online`: the words quoted
    if verb not in _SPEECH_VERB_SET:
        # `“…!” Holt finished the race.`, `“…?” Holt attempted to lower prices.`; not a
        # verb aimed at a person, an office or a crowd (`“…?” Holt pressed the secretary.`,
        # `“…!” Holt congratulated the volunteers.`), who are the words' listeners
        if low not in _NOT_OBJECT and _addressee(clause):
            return False
        return low not in _NOT_OBJECT or _INFINITIVE.match(clause) is not None
    if verb in _ADDRESSEE_VERBS and _addressee(clause):
        # `wrote the committee`, `emailed his staff`, `wrote Secretary Roe on Monday`,
        # `echoed her colleague`: whom the words were written to, or whose they echo
        return False
    return low in _OBJECT_WORD or (first[:1].isupper() and low not in _NOT_OBJECT)


# Verbs of saying whose listener may be followed by a demand of the verb's own (`asked
# the agency for a report`, `urged Congress to act`).
_DEMAND_VERBS = frozenset(
    "asked asks urged urges advised advises cautioned cautions warned warns reminded "
    "reminds".split()
)
# What a listener is advised or asked about: `on how to …`, `about whether …`.
_ADVICE_TOPIC = re.compile(r"(?:on|about)\s+(?:how|whether|what|why|where|when|ways)\b")
# A listener right after the verb: a determiner or possessive and up to four words, none
# a preposition, a relative word, a time or a participle (`the agency`, `Congress`, `the
# Senate Armed Services Committee`), ending where `for`, `to`, `on` or `about` follows.
_LISTENER = re.compile(
    r"(?:(?:the|his|her|their|its|our|a|an|all|both|fellow|local)\s+)?"
    r"(?:(?!(?:for|to|who|that|which|whom|before|after|while|when|at|in|on|during|from|"
    r"with|by|about|of|gathered|waiting|assembled)\b)(?![a-z][\w’'-]*(?:ing|ed)\b)"
    r"[\w’'.-]+\s+){1,4}?(?=(?:for|to|on|about)\s)"
)
# Verbs of saying whose object is the person the words went to or came from: `wrote the
# committee`, `emailed his staff`, `echoed her colleague`.
_ADDRESSEE_VERBS = frozenset(
    "wrote writes write emailed emails texted texts messaged echoed echoes".split()
)
# A definite object that is the words quoted: `stressed the point`, `posted the message`.
_QUOTED_WORDS = re.compile(
    r"(?:the|that|this|those|these|his|her|their)\s+(?:same\s+)?(?:point|points|message|"
    r"sentiment|sentiments|remark|remarks|words|thought|theme|argument)\b"
)
# Nouns for people a verb's words go to, beyond the role and office nouns.
_AUDIENCE_NOUNS = frozenset(
    """crowd crowds audience audiences colleague colleagues staff staffers constituent
    constituents volunteer volunteers witness witnesses panel panelists member members
    family families supporter supporters reporter reporters journalist journalists
    public attendee attendees guest guests participant participants worker workers
    employee employees team graduate graduates class friend friends neighbor neighbors
    donor donors delegation caucus congress senate house""".split()
)
# Nouns for a person, an office or a body of people as a verb's object; not the words of
# a role that also name a thing (`head`, `general`) nor a body's papers (`report`).
_PEOPLE_NOUNS = (
    PERSON_NOUNS
    | (ORG_NOUNS - frozenset("report poll survey statement study paper website".split()))
    | (N.COMMON_ROLES - frozenset("head chief general ranking tem tempore emeritus".split()))
    | N.PLURAL_ROLES
    | _AUDIENCE_NOUNS
)
# An object noun phrase after the verb: a determiner or possessive, then words up to a
# preposition, time word or the clause's end.
_OBJECT_PHRASE = re.compile(
    r"(?:(?:the|his|her|their|its|our|a|an|all|both|fellow|several|many|local)\s+)?"
    r"(?P<words>(?:(?!(?:on|in|at|for|to|with|by|from|during|after|before|about|over|"
    r"that|who|which|and|as|while|when)\b)[\w’'.-]+(?:\s+|$)){1,5})"
)


def _addressee(clause: str) -> bool:
    """Whether the object opening `clause` is a person, an office or a group of people:
    a name or title (`Secretary Roe`, `the Committee`), a role or office noun (`the
    secretary`, `the administrator`) or an audience's (`the crowd`, `his colleagues`);
    not a thing (`a letter`, `the inspection`)."""
    m = _OBJECT_PHRASE.match(clause)
    if m is None:
        return False
    words = [w.rstrip(".,") for w in m.group("words").split()]
    words = [w for w in words if w]
    if not words:
        return False
    head = words[-1]
    low = head.lower()
    if head[:1].isupper() and low not in _NOT_OBJECT and low not in _OBJECT_WORD:
        return True  # `Secretary Roe`, `Congress`, `the Committee`
    stem = low[:-1] if low.endswith("s") else low
    return any(w in _PEOPLE_NOUNS for w in (low, stem)) or N.is_group_word(low)


_AUXILIARIES = frozenset("has have had is are was were".split())
# Verbs whose object after a question is the one asked (`“Why?” Holt asked the panel.`).
_ASKING = frozenset("asked asks wondered wonders inquired inquires queried".split())
_CUE_ADVERBS = frozenset(
    "also later then once previously recently today yesterday tonight jointly again "
    "further simply quickly flatly long now".split()
)


def _colon_ends_cue(masked: str, at: int, next_open: int) -> bool:
    """Whether the cue at `at` ends in a colon right before the next opening mark, in the
    cue's own sentence (`” said Tod Vail: “…”`, `” replied Vail to the crowd: “…”`): a
    cue that introduces the next quotation, not the words before it."""
    stretch = masked[at:next_open].rstrip()
    return stretch.endswith(":") and sentence_end(masked, at) >= at + len(stretch)


def _another_cue_after(between: Attribution, own: Attribution | None, end: int) -> bool:
    """`own`, the quotation's cue read after its closing mark at `end`, names somebody
    else than `between`, the colon cue before it: a name that is not the end of the other
    (`Vail added` after `said Tod Vail:`, `he added` go on with the same person)."""
    if own is None or own.cue is None or own.nobody or own.pos <= end:
        return False
    theirs, ours = own.mention.split(), between.mention.split()
    if not theirs or not theirs[0][:1].isupper():
        return False
    return theirs != ours[-len(theirs) :]


def _colon_cue_between(
    masked: str, earlier: Segment, seg: Segment, base: int, paragraph: str
) -> Attribution | None:
    """The cue between two quotations that `_colon_ends_cue` takes from the first and
    gives to the second: a lower-case verb of saying right after a quotation that ended
    its sentence, its subject, then a colon before `seg`'s opening mark (`The sign said
    “Closed.” said Tod Vail: “We open Monday.”`, `“…” replied Vail to the crowd: “…”`).
    Nobody else in the sentence before (the sign, whoever called something a “…”) speaks
    those words."""
    if not earlier.closed or paragraph[earlier.end - 1 : earlier.end] not in (".", "!", "?"):
        return None
    after = cue_after(masked, earlier, seg.open_at, base)
    if after is None or after.nobody or after.cue is None:
        return None
    gap = masked[earlier.end + 1 : after.pos - base].split()
    if not gap or gap[0] != after.cue.split()[0] or not gap[0][:1].islower():
        return None
    if not _colon_ends_cue(masked, after.pos - base, seg.open_at):
        return None
    stretch = masked[after.pos - base : seg.open_at]
    if gap[0] in _TELLING or _TO_ADDRESSEE.match(stretch):
        # `said to Tod Vail:`, `told Tod Vail:`: the name is whom the words were said to;
        # their speaker is the verb's subject, which the cue does not give
        return replace(after, adjacent=True, nobody=True)
    if _CLAUSE_BEFORE_COLON.search(stretch) and not _WHO_SAYS.search(stretch):
        # `said Tod Vail, who heard Bram Vail say:`, `said Tod Vail, quoting Bram Vail:`:
        # the colon ends a clause of its own, whose words may be another's: nobody, and
        # never the subject of the sentence holding the first quotation
        return replace(after, adjacent=True, nobody=True)
    return replace(after, adjacent=True)


# A verb of saying, the longest first.
_SAYING_VERB = "(?:" + "|".join(sorted(set(P.SPEECH_VERBS), key=len, reverse=True)) + ")"
# Between a cue's subject and its colon: a clause of its own, which may introduce another
# speaker's words (`said Tod Vail, who heard Bram Vail say: “…”`, `quoting Bram Vail:`).
_CLAUSE_BEFORE_COLON = re.compile(
    r"\b(?:who|whom|whose|which|that|quoting|quoted|citing|cited|reading|hearing|heard|"
    rf"{_SAYING_VERB})\b"
)
# A cue naming whom the words were said to, not who said them: `told Tod Vail:`,
# `said to Tod Vail:`.
_TELLING = frozenset(["told", "tells"])
_TO_ADDRESSEE = re.compile(r"to\s")
# `, which states:` right before the words: the relative's verb of saying is the thing's
# the relative stands for (a report, a declaration), with no subject of its own between.
_WHICH_SAYS = re.compile(
    rf",\s+which\s+(?:also\s+|[a-z]+ly\s+)?{_SAYING_VERB}(?:\s+in\s+part)?\s*[:,]?\s*$"
)
# The last own words a sentence names before `, which states:`: the subject's own
# statement, speech or op-ed (`released a statement on Tuesday, which reads:`) when a
# determiner of its giver opens it in lower case; a document's name (`the Harbor Board
# Statement`) is no such words.
_OWN_WORDS_BEFORE_WHICH = re.compile(
    r"\b(?i:statement|remarks|speech|testimony|op-ed|column|post|tweet|e-?mail|message"
    r"|memo|interview|comments|letter)s?\b"
)
# `an email from another aide`, `a statement by the board`: another's words.
_GIVEN_BY_ANOTHER = re.compile(r"\s+(?:from|by|of)\b")
_GIVER_DETERMINER = re.compile(r"\b(?:a|an|following|his|her|their|my|our)\s+(?:[a-z-]+\s+){0,2}$")
# `said Tod Vail, who added:`: the relative's verb of saying is the subject's own.
_WHO_SAYS = re.compile(
    rf",\s+who\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?{_SAYING_VERB}\s*:\s*$"
)


def choose_cue(
    masked: str,
    seg: Segment,
    next_open: int,
    base: int,
    text: str,
    named: Callable[[str, int], bool] | None = None,
) -> Attribution | None:
    """The cue after the quotation, unless the quotation ends a sentence opened by one."""
    listed = _surnames_after(masked, seg, next_open, base, named, text)
    if listed is not None:
        return listed
    after = cue_after(masked, seg, next_open, base)
    before = cue_before(masked, seg, base, named)
    ends_sentence = text.rstrip().endswith(".")
    if (
        after is not None
        and not ends_sentence
        and masked[: seg.open_at].rstrip()[-1:].isalpha()
        and _INTRODUCES_THAT.match(masked, after.pos - base, next_open + 3)
    ):
        # `reports have cited “Red Teams,” Ivo Roth today testified that “…”`: a term
        # inside a sentence, and the cue after it introduces the next quotation.
        return before
    gap = masked[seg.end + 1 : after.pos - base].split() if after is not None else []
    if (
        after is not None
        and gap[:1] == (after.cue or "").split()[:1]
        and gap[0][:1].islower()
        and before is None
        and not _colon_ends_cue(masked, after.pos - base, next_open)
    ):
        # `“….” said Congresswoman Ann Roe “…”`: a verb of saying in lower case right
        # after the closing mark opens no sentence of its own; it is the cue of the words
        # before it, whatever follows the name
        return after
    if after is not None and ends_sentence:
        # `“….” Cruz says, “…”`: that cue introduces the next quotation (its opening
        # mark and first blanked words included, which INTRODUCES looks for).
        rest = masked[after.pos - base : next_open + 3]
        at = after.pos - base
        end = sentence_end(masked, at)
        if (
            before is not None
            or P.INTRODUCES.search(rest)
            # `Norland called it a “….” Estmark insisted that Kerrow “…”`: the cue's
            # own sentence holds the next quotation.
            or next_open < end
            # a new sentence reporting other words, not the cue of the full sentence
            # quoted before it (`_reports_other_words`; `promised the state would help`)
            or _reports_other_words(masked, at, end)
            or _PROMISES_CLAUSE.match(masked, at, end)
            # `“… decision.” The Harbor Board has announced a proposed rule …`: the cue's
            # own verb takes an object, which is what was made public.
            or (
                ((after.cue or "").split() or [""])[-1] in _MAKES_PUBLIC_VERBS
                and _MAKES_PUBLIC.match(masked, at, end) is not None
            )
            # `“… customers.” The Gun League describes the bill as “…”`: a verb that
            # also takes a bare object has one, so the sentence is about something else.
            or _weak_verb_object(masked, after, base)
            # `“… overdue.” Sen. Tod Vail has asked the agency for a report.`: a sentence
            # of its own about somebody, not the cue of the words before it.
            or _narrated_after(masked, seg, after, base)
        ):
            return before
    if after is None and seg.closed:
        tail = masked[seg.end + 1 : next_open]
        # A cue before the quotation already says whose words they are; a byline after
        # it then cites where they were printed, or is the next sentence.
        m = P.AFTER_DASH.match(tail) if before is None else None
        alone = m is not None and _stands_alone(tail, m)
        if m and alone and not signer(m.group("np"), tail[m.end("np") :]):
            # No sure signature: the name is read as a weaker mention, which a first name
            # of the lexicon makes a person's (`— Lucia Ferro`) and an outlet's name
            # (`— Washington Post`, `— Media Contacts`) leaves no one's; the quotation
            # still goes to no speaker named before it.
            alone = False
        if m and not alone and not _role_words(sentence_of(tail, m.end("np"))):
            m = None  # `— Tom Baker, Finance Chairman, rejected that`: a sentence about him
        if m:
            after = Attribution(
                clean_mention(m.group("np")),
                None,
                base + seg.end + 1 + m.start("np"),
                True,
                byline="dash" if alone else None,
                unsure=not alone and _place_or_body(m.group("np")),
                dashed=True,
            )
    if (
        after is None
        and before is None
        and seg.closed
        and next_open >= len(masked)
        and text.rstrip().rstrip("’'")[-1:] in ".!?"
    ):
        # `“… fantastic chips.” Ann Holt, CEO of Holt Fund (on a call)`: a full statement
        # signed by a name that is all the rest of its paragraph.
        m = P.SIGNED_BELOW.fullmatch(masked, seg.end + 1)
        if m and _stands_alone(masked, m) and signer(m.group("np"), masked[m.end("np") :]):
            after = Attribution(
                clean_mention(m.group("np")), None, base + m.start("np"), True, byline="signed"
            )
    if after is None and before is None and seg.closed and next_open < len(masked):
        after = _signed_between(masked, seg, next_open, base, text)
    if after is None and seg.closed and text.rstrip().endswith(","):
        stray = _STRAY_STOP.match(masked, seg.end + 1)
        if stray:
            # `“…,” said. Rev. Ann Holt, …`: a comma inside the marks says the sentence
            # goes on, so the full stop after the verb is a slip and the name its subject.
            fixed = masked[: stray.end() - 1] + " " + masked[stray.end() :]
            after = cue_after(fixed, seg, next_open, base)
    if after is None and seg.closed and text.rstrip()[-1:] in ",?!—–-":
        # The subject and its verb stand in the sentence the words end in: read across
        # its end, `,” intoned Rep. Tod Vail. Tarrant nodded.` took `… Vail. Tarrant` for
        # the subject of `nodded` and gave Vail's words to Tarrant.
        ends = min(next_open, _words_sentence_end(masked, seg.end + 1, next_open) + 1)
        m = P.AFTER_ANY_VERB.match(masked[seg.end + 1 : ends])
        if m and m.group("np").split()[0] in _SUBORDINATORS:
            m = None  # `,” when Clinton blasted him`: another clause, not the cue
        if m and _REPORTED_CLAUSE_LEAD.match(m.group("np")):
            m = None  # `,” adding that the Coast Guard agreed`: the clause's subject
        if m and _is_mention(clean_mention(m.group("np"))):
            after = Attribution(
                clean_mention(m.group("np")),
                _cue_text(m.group("cue")),
                base + seg.end + 1 + m.start("np"),
                True,
            )
    if (
        after is not None
        and text.rstrip().rstrip("’'")[-1:] in ("?", "!")
        and not (text.rstrip().endswith("?") and set((after.cue or "").split()) & _ASKING)
        and _narrated_after(masked, seg, after, base)
    ):
        # `“… at the pump?” President Bush recently attempted to lower prices …`
        return before
    return after or before


# Verbs of singing and chanting: most often a crowd's, a choir's or a song's title.
_SUNG_VERBS = frozenset("sang sings chanted chants".split())
# Words before a name that make it no subject of the verb: `The crowd, including Mayor
# Ann Holt, chanted`, `surrounded by`, `Fans of`.
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:including|such\s+as|among\s+them|like|of|by|with|to|for|from|about|on|at)"
    r"\s+$",
    re.IGNORECASE,
)


def _sung_by_others(masked: str, seg: Segment, att: Attribution, base: int) -> bool:
    """A cue of singing or chanting gives the words to a person only when its subject is
    that named person (`Ann Holt sang, “…”`, `“…,” sang Ann Holt`): not a pronoun or a
    `who` after a group (`protesters who chanted, “…”`, `“…,” she sang`), a name inside
    a group (`The crowd, including Mayor Ann Holt, chanted`), nor a song's name right
    after the verb with no comma or colon (`Holt sang “happy birthday” to …`)."""
    cue = (att.cue or "").split()
    if not cue or cue[-1].lower() not in _SUNG_VERBS or att.nobody:
        return False
    at = att.pos - base
    first = att.mention.split()[0].lower() if att.mention.split() else ""
    if first == "who":
        # `Mayor Ann Holt, who sang, “…”` is hers; `protesters who chanted` no one's
        return not re.search(r"[A-Z][\w’'.-]*,\s*$", masked[max(0, at - 60) : at])
    if first in _PRONOUNS:
        return True  # `“…,” she sang`: whoever sings in the scene, seldom the last named
    if _NOT_SUBJECT_BEFORE.search(masked, max(0, at - 24), at):
        return True
    if at < seg.open_at:
        verb = masked.rfind(cue[-1], at, seg.open_at)
        if verb >= 0 and not masked[verb + len(cue[-1]) : seg.open_at].strip():
            return True  # `sang “happy birthday” to the harbor master`: a song's name
    return False


# A group of people as a cue's subject, in the plural or as one body.
_GROUP_SUBJECT = (
    r"(?:crowds?|audiences?|supporters|friends|members|residents|protesters|protestors"
    r"|demonstrators|marchers|fans|critics|opponents|backers|followers|admirers|allies"
    r"|detractors|foes|rivals|loyalists|voters|constituents|neighbou?rs|volunteers"
    r"|donors|students|workers|employees|relatives|parents|teachers|spectators"
    r"|onlookers|attendees|participants|activists|people)"
)
# A group taking in a name set off by commas (`The crowd, including`, `Members of the
# board, among them`), or a group noun right before `like` (`Students like`).
_GROUP_SET_OFF_HEAD = (
    rf"(?i)\b{_GROUP_SUBJECT}(?:\s+(?:of|from|in|at|on)\s+[^,.;:!?“”\"\n]{{1,40}}?)?"
    r",\s+(?:including|among\s+them|such\s+as)\s+"
)
_GROUP_SETS_OFF = re.compile(_GROUP_SET_OFF_HEAD + "$")
# The same with a list of names set off, the cue's subject its tail (`Dock workers,
# including Ann Roe, Tod Vail and Ben Marsh said`): the comma closing the list is lost.
_GROUP_SETS_OFF_LIST = re.compile(
    _GROUP_SET_OFF_HEAD + r"(?-i:(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*,\s+){1,6}(?:and\s+)?$"
)
_GROUP_LIST_REACH = 240
# The group before `like` is its sentence's subject: at the sentence's start, after at
# most a determiner and one word (`Students like`, `Many young voters like`). After a
# verb or a preposition (`protect workers like`, `for voters like`) `like` means `as`,
# and the named person speaks.
_GROUP_DETERMINER = (
    r"(?:the|these|those|our|their|your|my|his|her|its|many|some|most|all|other|such)"
)
_GROUP_LIKE = re.compile(
    r"(?im)(?:^|(?<=[.!?])\s+|(?<=[.!?][”\"’])\s+)"
    rf"(?:{_GROUP_DETERMINER}\s+)?(?:[a-z][\w’'-]{{0,30}}\s+)?{_GROUP_SUBJECT}\s+like\s+$"
)
_GROUP_LIKE_REACH = 80


def _said_within_a_group(masked: str, seg: Segment, att: Attribution, base: int) -> bool:
    """A cue before the words whose subject is a group taking in a name (`The crowd,
    including Mayor Ann Holt, said:`, `Protesters, among them Rep. Tod Marsh, shouted`,
    `Students like Ann Holt said`): the group's words, not the named member's. The name
    must be set off by commas after the group (or follow `like` with none, the verb
    right after it): a body's own clause (`our allies, including The Harbor Post which
    stated:`) and `like` meaning `as` (`…, like Rep. Tod Marsh said last week:`) keep it."""
    if att.cue is None or att.nobody or att.pos // STRIDE != seg.paragraph:
        return False
    at = att.pos - base
    if not 0 <= at < seg.open_at:
        return False
    mention = " ".join(att.mention.split())
    after = " ".join(masked[at : at + len(att.mention) + 2].split())
    if not after.startswith(mention):
        return False
    rest = after[len(mention) :]
    if _GROUP_SETS_OFF_LIST.search(masked, max(0, at - _GROUP_LIST_REACH), at):
        return True  # the tail of a list inside the group: the group's words, as one name's
    if _GROUP_SETS_OFF.search(masked, max(0, at - 80), at):
        return rest.startswith(",")
    like = _GROUP_LIKE.search(masked, max(0, at - _GROUP_LIKE_REACH), at)
    return like is not None and rest[:1] == " "


# A cue's subject that is a surname alone (`Quill`), not a role (`President`).
_LONE_NAME = re.compile(r"[A-Z][a-z’'-]+")

# A conjunction right after a name's comma, before a role phrase: the role is another
# clause's subject (`Tarrow, but a spokesman for …`), not the name's appositive (`Ann Holt,
# head of sales and marketing at …`).
_CLAUSE_JOIN = re.compile(r",?\s*(?:but|and|or|yet|while|whereas|though|although|however)\b")


# A verb `entitled` is an adjective after: `are entitled`, `is not entitled`, `feel
# entitled`.
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|remain|remains|feel|feels|felt|[’']re|[’']s)"
    r"\s+(?:(?:not|also|fully|rightly|justly|all|still|legally|each|both)\s+)?$",
    re.IGNORECASE,
)


def _entitled_to(masked: str, at: int, text: str) -> bool:
    """`entitled` found at `at` right before the quotation `text` means having a right, not
    bearing a name: after a form of `be` (`Veterans are entitled “…”`) or before words
    opening with `to` (`entitled “to the care they earned”`)."""
    if not masked.startswith("entitled", at):
        return False
    opening = text.lstrip(" “\"‘'").lower()
    return opening.startswith("to ") or bool(_BE_BEFORE.search(masked, max(0, at - 40), at))


# A finite verb after a later clause's subject: `, and the Halvard Fund is left`.
_FINITE_AFTER = re.compile(
    r"(?:[A-Z][\w’'&.-]*\s+)*(?:(?:also|then|now|still|not|never|just|only)\s+)?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|must|should|may|might|did|does|"
    r"do|[a-z]+ed|[a-z]+[^s\W]s)\b"
)
# A comma before a capitalised word, as between the items of a list.
_LIST_COMMA = re.compile(r",\s+(?:the\s+)?[A-Z]")
_NAME_ITEM = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
# A sentence whose subject is a list of three names or more: `Mayors Ann Holt, Ivo Brandt,
# and Mia Roth had …`.
_LIST_SUBJECT = re.compile(rf"\s*{_NAME_ITEM}(?:,\s+{_NAME_ITEM})+,?\s+and\s+{_NAME_ITEM}\s+[a-z]")


def _later_clause_or_list(masked: str, open_at: int) -> bool:
    """The sentence holding the quotation opening at `open_at` has a coordinated clause of
    its own subject and finite verb before it (`…, and the Halvard Fund is left to ask:`),
    or opens with a list of names as its subject (`Ann Holt, Ivo Brandt, and Mia Roth
    had …`): no one subject whose words they are."""
    start = sentence_start(masked, open_at)
    listed = _LIST_SUBJECT.match(masked, start, open_at)
    if listed and listed.group().split()[0].lower().strip(",") not in NOT_NAME:
        return True  # not `Today, Ann Holt and Ivo Brandt had …`: two, read as joint
    later = P.LATER_CLAUSE.search(masked, start, open_at)
    if later is None:
        return False
    # A finite verb after the later subject makes it a clause; a list's comma before the
    # conjunction (`Holt, Vail, and Rep. Roth`, `the death of X, the inquiry,
    # and …`) makes it the last item of a list, whose subject is not one person either.
    return bool(
        _FINITE_AFTER.match(masked, later.end(), open_at)
        or _LIST_COMMA.search(masked, start, later.start())
    )


def no_one_subject(paragraph: str, start: int) -> bool:
    """The sentence introducing the quotation at `start` has a list of people or a later
    clause as its subject (`Mayors Ann Holt, Ivo Brandt and Mia Roth had one message: “…”`),
    which the parse leaves nobody's: not a release issuer's either."""
    _, opens, ends, masked = _paragraph_segments(paragraph)
    at = bisect.bisect_left(opens, start) - 1
    if at < 0 or start > ends[at]:
        # The quotation opens at a mark read here as a cut dash: a closing mark later in
        # the document made it a quotation (`find_segments`' `closed_later`).
        _, opens, ends, masked = _paragraph_segments(paragraph, True)
        at = bisect.bisect_left(opens, start) - 1
        if at < 0 or start > ends[at]:
            return False
    label = _CLIP_LABEL.search(masked, max(0, opens[at] - 80), opens[at])
    if label is not None and label.group(1).lower() in _LABEL_ENDS:
        return True  # `Brandt Video: “…”`: a clip's or a text's words, whoever speaks in it
    if _announced_as_anothers(masked, opens[at]):
        return True  # `Reed entered the following remarks by Rep. Holt into the record:`
    if _writing_intro(masked, sentence_start(masked, opens[at]), opens[at]):
        return True  # `It ends: “…”`, `The letter continues: “…”`: a writing's own text
    if _kin_announce(masked, opens[at]):
        return True  # `The family of Rep. Tod Vail released a statement: “…”`
    return _later_clause_or_list(masked, opens[at])


def _kin_announce(masked: str, open_at: int) -> bool:
    """The sentence right before the quotation at `open_at` announces a statement whose
    subject is a person's kin (`The family of Rep. Tod Vail released a statement:`), or
    a sentence opening with a kin noun and `of` introduces it with any verb of saying
    (`The son of the retired judge, Bram Pell, said:`)."""
    begin = max(sentence_start(masked, open_at), open_at - LOOK_BACK)
    cue = P.STATEMENT_CUE.search(masked, begin, open_at)
    joint = _AND_OWN_KIN_IN.search(masked, begin, open_at)
    if joint is not None and (
        P.SUBJ_CUE_NEEDS.search(masked, joint.end(), open_at) is not None
        or P.STATEMENT_CUE.search(masked, joint.end(), open_at) is not None
    ):
        # `Ivo Marsh, …, and his wife, Lise Marsh, said:`, `… released a statement:`
        # (`_kin_pair`): the pair's, or nobody's, never the issuer's alone
        return True
    lead = begin + len(masked[begin:open_at]) - len(masked[begin:open_at].lstrip())
    said = cue or P.SUBJ_CUE_NEEDS.search(masked, lead, open_at)
    if said is not None and _kin_phrase_list(masked[lead : said.start()]) == []:
        # `Aide of Senator Tod Vail, Ann Holt, and the senator released a statement:`:
        # a kin phrase before a list nobody's (`_kin_phrase_list`), never the issuer's
        return True
    if cue is None:
        begin += len(masked[begin:open_at]) - len(masked[begin:open_at].lstrip())
        verb = P.SUBJ_CUE_NEEDS.search(masked, begin, open_at)
        if verb is not None and _kin_phrase_alone(masked[begin : verb.start()]):
            return True  # `Son of Senator Tod Vail said:`: the kin's, never the relative's
        kin = _KIN_IN_NP.match(masked, begin, open_at)
        if kin is not None and not _kin_object_set_off(masked[kin.end() : open_at]):
            return P.SUBJ_CUE_NEEDS.search(masked, kin.end(), open_at) is not None
        # `Statement of the Vail family:`, `Statement from the widow of Tod Vail:`: a
        # label over the kin's words, no verb of saying
        return (
            masked[begin:open_at].rstrip().endswith(":")
            and _KIN_LABEL.match(masked, begin, open_at) is not None
            and P.SUBJ_CUE_NEEDS.search(masked, begin, open_at) is None
        )
    if _kin_phrase_alone(masked[lead : cue.start()]):
        return True  # `Friend of Senator Tod Vail released a statement:`: never the relative's
    return any(
        (kin := _KIN_OF.search(masked, begin, m.end())) is not None
        and not _kin_object_set_off(masked[m.end() : cue.start()])
        for m in _OF_IN.finditer(masked, begin, cue.start())
    )


_OF_IN = re.compile(r"\bof\s+")
# Lower-case words set off before a name: `a steelworker, `, `three, `, `immigrants, `.
_SET_OFF_OBJECT = re.compile(r"(?:[a-z][\w’'-]*\s+){0,4}[a-z0-9][\w’'-]*,\s")


def _kin_object_set_off(after_of: str) -> bool:
    """The kin noun's object after `of` is lower-case words set off before a name and
    names no one the name could be (`The daughter of a steelworker, Ann Roe, said:`),
    unlike a definite one (`the retired judge, Bram Pell,`: maybe the judge)."""
    return _SET_OFF_OBJECT.match(after_of) is not None and _DEFINITE.match(after_of) is None


def named_clause_subject(paragraph: str, end: int) -> str | None:
    """The subject of the sentence right after the quotation closing at `end`, where that
    quotation ends its sentence and the sentence reports a clause opening with a name
    (`“….” Mayor Ann Holt said Congress passed the bill.`), so `choose_cue` does not read
    it as the words' cue; None elsewhere. Such words are somebody's, but not that
    subject's, nor whoever issued the text unless the subject names them."""
    segments, _, ends, masked = _paragraph_segments(paragraph)
    at = bisect.bisect_left(ends, end)
    if at >= len(segments) or segments[at].end != end:
        return None
    seg = segments[at]
    if not seg.closed or not paragraph[seg.start : seg.end].rstrip().endswith("."):
        return None
    next_open = segments[at + 1].open_at if at + 1 < len(segments) else len(masked)
    after = cue_after(masked, seg, next_open, 0)
    if after is None:
        return None
    # `“….” Mayor Ann Holt said Tuesday that the town would pay.`: other words reported,
    # as `choose_cue` reads them.
    if not _reports_other_words(masked, after.pos, sentence_end(masked, after.pos)):
        return None
    return after.mention


# `the following remarks` announcing a text by its noun, wherever it stands in a sentence.
_FOLLOWING_NOUN = re.compile(
    r"\bthe\s+following\s+(?:[a-z-]+\s+){0,2}?(?:statements?|remarks|comments?|testimony|"
    r"speech|address|letter|message|words)\b"
)


def _announced_as_anothers(masked: str, open_at: int) -> bool:
    """The sentence right before the quotation at `open_at` announces the words as a
    named author's (`the following remarks by Rep. Holt into the record:`), so they are
    not the words of whoever issued the text."""
    begin = max(sentence_start(masked, open_at), open_at - LOOK_BACK)
    for m in _FOLLOWING_NOUN.finditer(masked, begin, open_at):
        if _text_author(masked, m.end(), open_at):
            return True
    return False


def _full_personal_name(words: list[str]) -> bool:
    """A first name no place shares and a surname after it: `Ann Holt`, not `Carolina
    Birch` or `Austin Energy`, whose first words name places too."""
    return (
        len(words) >= 2
        and N.first_name_gender(words[0]) is not None
        and not N.a_place_name(words[:1])
        and not N.is_initial(words[-1])
        and N.word_key(words[-1]) not in N.ORG_WORDS
        and N.person_shape(words)
    )


# The last word of a label right before the quotation's colon: `Brandt Video: “`.
_CLIP_LABEL = re.compile(r"\b([A-Z][a-z]+)\s*:\s*$")


@functools.lru_cache(maxsize=4)
def _paragraph_segments(
    paragraph: str, closed_later: bool = False
) -> tuple[list[Segment], list[int], list[int], str]:
    """A paragraph's quotations, where each opens and ends, and its text with them
    masked, read once for all of its quotes: a paragraph of thousands of quotations
    would otherwise be read again for each."""
    segments = find_segments(paragraph, closed_later=closed_later)
    return (
        segments,
        [s.open_at for s in segments],
        [s.end for s in segments],
        mask_quotes(paragraph, segments),
    )


def _place_or_body(name: str) -> bool:
    """A byline's words may name a place or a body as well as a person: they open with a
    state's or a city's name (`Georgia Tech`, `Madison Square Garden`) or end with an
    organisation's word (`Lakeport Institute`). A first name and a word shaped like a
    surname (`Georgia Linden`) is a person's name, whatever place the first one names."""
    words = clean_mention(name).split()
    if not words:
        return False
    last = N.word_key(words[-1])
    if last in N.ORG_WORDS or last in _SCHOOL_ENDS or last in _LANDFORM_ENDS:
        return True
    if _first_and_surname(words):
        return False
    return (
        N.word_key(words[0]) in N.PLACE_WORDS or N.is_us_city(words[:1]) or N.is_us_city(words[:2])
    )


# Last words of a school's short name after a state's (`Georgia Tech`), no surname.
_SCHOOL_ENDS = frozenset("tech polytechnic poly".split())
# Words of the land that end a place's name (`Jackson Hole`, `Mesa Verde`'s `Canyon`)
# and no person's surname.
_LANDFORM_ENDS = frozenset(
    """hole hollow canyon gulch butte bluffs rapids gorge basin prairie springs falls
    creek bayou delta plateau peninsula""".split()
)


# Words naming a venue or a body's kind, which follow a state's name in a body's or a
# team's name (`Georgia Aquarium`) and end no person's name.
_VENUE_WORDS = frozenset(
    """aquarium museum zoo arena stadium park gardens garden theater theatre pavilion
    coliseum speedway raceway mall market airport port harbor harbour hospital clinic
    college academy library center centre hall church cathedral chapel mission
    commonwealth access power energy gas electric light water pipeline railroad railway
    airlines airways transit motors pacific atlantic""".split()
)
# Endings of English adjectives and abstract nouns, not of surnames (`Georgia Pacific`,
# `Virginia Commonwealth`, `Dakota Access`).
_COMMON_WORD_END = re.compile(
    r"(?:(?<!v)ic|ical|ive|ous|ness|ment|ity|tion|sion|ance|ence|ship|dom|ism|ium|ology|"
    r"wealth|ss)$"
)


def _plural_shaped(word: str) -> bool:
    """A word ending in a plural's `s` (`Panthers`), which the first-name lexicon does
    not know as a name (`Reyes`): a team's or a group's name as often as a surname."""
    low = word.lower()
    return (
        low.endswith("s")
        and not low.endswith(("ss", "us", "is"))
        and N.first_name_gender(word) is None
    )


def _first_and_surname(words: list[str]) -> bool:
    """Two words, a first name of the lexicon and a capitalised name word that is no
    place's, body's, venue's or role's word, no plural and no adjective's or abstract
    noun's shape, and the two together name no city."""
    if len(words) != 2 or not N.person_evidence(words[:1]) or N.is_initial(words[0]):
        return False
    low = N.word_key(words[1])
    return (
        words[1][:1].isupper()
        and N.is_name_word(words[1])
        and N.person_shape(words[1:])
        and not N.is_role_word(words[1])
        and low not in N.PLACE_WORDS
        and low not in N.CAPITALS
        and low not in N.ORG_WORDS
        and low not in ORG_NOUNS
        and low not in _VENUE_WORDS
        and not _COMMON_WORD_END.search(low)
        and not _plural_shaped(words[1])
        and not N.is_us_city(words)
    )


def _signed_between(
    masked: str, seg: Segment, next_open: int, base: int, text: str
) -> Attribution | None:
    """`“… is.” Ann Roe, Executive Director, Harbor Learning. “…”`: a full statement signed
    right after its closing mark, in the middle of its paragraph, by a full name and a
    role set off by a comma, the sentence ending right after it. Nothing else stands
    between the two quotations, so the signature is the words' (never the speaker before)."""
    if text.rstrip().rstrip("’'")[-1:] not in ".!?":
        return None
    tail = masked[seg.end + 1 : next_open]
    # `Dr. Ann Roe, Harbor Master.`: the name after a courtesy title
    courtesy = _COURTESY_OPENING.match(tail)
    m = P.SIGNED_BELOW.fullmatch(tail, courtesy.end() if courtesy else 0)
    if m is None or not tail.rstrip().endswith("."):
        return None
    rest = tail[m.end("np") :]
    name = clean_mention(m.group("np"))
    words = name.split()
    if (
        not rest.lstrip().startswith(",")
        or len(words) < 2
        or not (N.is_initial(words[0]) or N.us_first_name(words[0]))
        # `” Said Ann Roe, …`: a verb of saying typed with a capital, no given name
        or m.group("np").split()[0].lower() in P.SPEECH_VERBS
        or not _stands_alone(tail, m)
        or not signer(m.group("np"), rest)
        # `” Ann Roe, CEO, Acme Inc. “JCEO”: “…”`: the next words are a label's
        or _TERM_LABEL.match(masked, next_open)
    ):
        return None
    head = masked[max(0, seg.open_at - 250) : seg.open_at]
    if head[max(head.rfind(c) for c in '”".!?:') + 1 :].strip():
        # `The sign reads “No wake.” Ann Roe, Harbor Master, Corvale Port. “…”`: words
        # inside a sentence of narration are its (a sign's, a text's); and `” Ann Roe,
        # Harbor Learning “…” Tod Vail, Corvale Union. “…”`: a name and a role heading
        # each statement of a list sign nothing after them.
        return None
    closed = max(head.rfind(c) for c in '”"')
    gap = head[closed + 1 :] if closed >= 0 else ""
    unsure = any(w.strip(".,;:!?").lower() in _SPEECH_WORDS for w in gap.split())
    if any(
        N.us_first_name((piece.split() or [""])[0])
        for piece in re.split(r",|\band\b", rest.strip().rstrip("."))
    ):
        # `“…” Ann Roe, Tod Vail, and Cal Dunn. “…”`: a list of names, no signer.
        return None
    # `“…,” Tod Vail said. “It will take years.” Ann Roe, …. “…”`: the words may go on
    # from the cue in their run or be signed after them: "unsure", nobody's.
    return Attribution(
        name,
        None,
        base + seg.end + 1 + m.start("np"),
        True,
        byline="unsure" if unsure else "between",
    )


_SPEECH_WORDS = frozenset(P.SPEECH_VERBS)
# A courtesy title opening a signature (`Dr. Ann Roe, Harbor Master.`).
_COURTESY_OPENING = re.compile(r"\s*(?:Dr|Mr|Mrs|Ms|Rev)\.\s+(?=[A-Z])")

# A few quoted words then a colon: a label's term (`“JCEO”:`), no statement.
_TERM_LABEL = re.compile(r"[“\"][^“”\"]{1,40}[”\"]\s*:")


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """The byline `m` found in `text` is a writer's signature: its name is no run of
    words whose spaces were lost (`CEOStephen`), and nothing follows it but a role or a
    note (`, Content Creator`), no date or page (`– The Ledger, May 3, 2010, A12` cites
    where words were printed; whose they are is said before them)."""
    if P.GLUED_CAPITALS.search(m.group("np")):
        return False
    return role_only(text[m.end("np") :])


# Lower-case words a writer's role is made of besides role nouns: `owner of the Holt
# Mill`, `a former nurse at …`.
_ROLE_GLUE = frozenset(
    """of the for and at in on a an to with from by former retired longtime senior chief
    vice co acting interim deputy assistant associate executive general""".split()
)


def role_only(rest: str) -> bool:
    """What follows a signature's name is only a role or a note: `, Content Creator`,
    `, owner of the Holt Mill (on a call)`. A word no role holds, a verb above all,
    makes it a sentence about the person (`, Finance Chairman, disagreed.`)."""
    rest = P.PARENTHESES.sub("", rest)
    return P.BYLINE_REST.fullmatch(rest) is not None and _role_words(rest)


def _role_words(rest: str) -> bool:
    """Every lower-case word of `rest` may be part of a role (`owner of the Holt Mill`)."""
    return all(
        w in _ROLE_GLUE or w in PERSON_NOUNS or N.is_role_word(w)
        for w in re.findall(r"(?<![\w’'-])[a-z][\w’'-]*", rest)
    )


_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
# A note in brackets after a byline (`[Read the full review.]`, `(Read all reviews.)`).
_BRACKETED = re.compile(r"\s*(?:\[[^\[\]]*\]|\([^()]*\))")


def sentence_of(text: str, start: int) -> str:
    """`text` from `start` up to the end of its sentence."""
    text = _BRACKETED.sub("", text[start:])
    m = _SENTENCE_STOP.search(text)
    return text[: m.start() if m else len(text)]


def signer(name: str, rest: str) -> bool:
    """The byline `name` is a person's: with a role after a comma it says so itself;
    alone it needs a first name given in the United States or an initial, and no place
    (`Key Findings`, `Georgia Tech`, `Madison Square Garden`, `Ann Arbor` are not)."""
    if "," in P.PARENTHESES.sub("", rest) and role_only(rest):
        words = name.split()
        return not N.is_us_city(words)
    if " and " in name:  # `— Ann Holt and Bob Lee`: each a person
        return all(signer(part, "") for part in name.split(" and "))
    words = clean_mention(name).split()
    if len(words) == 1 and not P.PARENTHESES.sub("", rest).strip(" .,;:"):
        # `” - Tiffany`, alone or before a note in brackets: a first name signs as well,
        # but not a gospel cited (`” — Luke`, as `— Matthew 5:9`) nor a picture's credit
        # (`” - Kevin (photo)`, `(courtesy)`, `(file)`).
        if words[0].lower() in _GOSPELS or _CREDIT_NOTE.search(rest):
            return False
        return sure_given_name(words[0])
    if len(words) < 2 or N.is_us_city(words[:2]) or N.word_key(words[0]) in N.PLACE_WORDS:
        return False
    # A middle word is a second given name or an initial (`Mary Ann Holt`, `Ann K. Holt`).
    if any(not (N.is_initial(w) or N.us_first_name(w)) for w in words[1:-1]):
        return False
    if N.is_initial(words[-1]) and N.person_evidence(words):
        return True  # `Dominique D.`: a given name and the surname's initial
    if _place_or_body(name):
        # `— Austin Energy`, `— Jackson Hole`: a city's name that is a first name too,
        # then a body's or the land's word: a place or a body as likely as a person.
        return False
    return N.is_initial(words[0]) or N.us_first_name(words[0])


def later_cue(masked: str, seg: Segment, next_open: int, base: int) -> Attribution | None:
    """A cue closing the sentence further on: `… “casually” from …, said the director.`"""
    if not seg.closed:
        return None
    end = min(sentence_end(masked, seg.end), next_open)
    m = P.LATER_CUE.search(masked, seg.end, end)
    if m is None:
        return None
    k = "1" if m.group("np1") else "2"
    mention = clean_mention(m.group("np" + k))
    if not _is_mention(mention):
        return None
    return Attribution(mention, _cue_text(m.group("cue" + k)), base + m.start("np" + k), False)


# A clause after an announced statement's verb telling its occasion (`released the
# following statement after Rep. Tod Vail announced his retirement:`, `… as President Ann
# Holt unveiled her budget:`): a cue inside it is the occasion's, not the statement's.
# The clause opens right after the statement's noun, a day's word allowed between.
_OCCASION = re.compile(
    r"\s+(?:(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|"
    r"on\s+[A-Z][a-z]+(?:\s+\d{1,2})?),?\s+)?"
    r"(?:after|as|when|while|following|upon|once|before|since)\s"
)


def occasion_after_statement(masked: str, begin: int, at: int, end: int) -> bool:
    """Between `begin` and `at`, where a cue's subject stands, an announced statement's
    verb is followed by a clause of its occasion, which holds that subject and runs on to
    the statement's colon right before the words at `end` (`… announced his retirement:
    “…”`). Not a clause that ends first (`… after the jobs report: Holt stated, “…”`),
    one another clause joins (`… before the vote, and Rep. Tod Vail said, “…”`), nor one
    whose own cue introduces the words (`… as Gov. Tod Vail declared, “…”`)."""
    m = next(reversed(list(P.STATEMENT_CUE.finditer(masked, begin, at))), None)
    if m is None or "following" not in m.group(0).lower():
        # only `the following statement` says the words after the colon are the
        # statement's: `issued a statement as Gov. Tod Vail told the graduates: “…”`
        # may give Vail's own words
        return False
    occasion = _OCCASION.match(masked, m.end(), at)
    if occasion is None:
        return False
    clause = masked[occasion.end() : end].rstrip(" “\"‘'")
    if not clause.endswith(":"):
        return False
    clause = clause[:-1]
    words = clause.split()
    for k in range(max(1, len(words) - 2), len(words)):
        if words[k] in _SPEECH_VERB_SET and (words[k - 1][:1].isupper() or words[k - 1] in _SAYERS):
            return False  # `… as Gov. Tod Vail told reporters: “…”`: the cue's own words
    joined = _CLAUSE_JOINED.search(clause)
    if joined is not None and (joined.group(1) != "and" or "," not in clause[: joined.start()]):
        return False  # `… before the vote, and Rep. Tod Vail announced …:` (not a list's
        # `, and`: `after Oregon, Idaho, and Utah announced …:`)
    return not _CLAUSE_END.search(clause)


# A colon or semicolon, or a quotation's closing mark before a capital (the quotation's
# own full stop is blanked in the masked text): the occasion's clause has ended there.
_CLAUSE_END = re.compile(r"[:;]|[”\"]\s+[A-Z]")
# Pronouns a verb of saying ending the occasion's clause may have as its subject (not
# `it`: `… the students it admits: “…”`).
_SAYERS = frozenset(("he", "she", "they", "we"))
# Another clause joined to the occasion's, whose subject may be the one who speaks.
_CLAUSE_JOINED = re.compile(r",\s+(and|but|while|yet|so)\s|\s(but)\s")


# A day opening a sentence before its subject and a comma: `Today, `, `On Monday, `.
_DAY_OPENS = re.compile(
    r"(?:Today|Yesterday|Tonight|Earlier\s+today|This\s+(?:morning|afternoon|evening|week)"
    r"|On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s+"
)


def _term_in_intro(masked: str, m: re.Match[str], seg: Segment, text: str | None) -> bool:
    """The quotation opens inside the sentence whose `the following statement` (`m`)
    announces words still to come: after a clause of that sentence, its mark glued to a
    lowercase word (no colon, comma or dash), and it holds at most MIN_LABEL_WORDS words
    that do not read as a sentence of their own (`“We won.”`), unless a word naming a
    thing stands before them (`the “We Build It Act.”`, `so-called “…”`)."""
    if text is None:
        return False
    if "following" not in m.group("cue").lower() and "below" not in m.group("cue").lower():
        return False
    gap = masked[m.end() : seg.open_at].rstrip()
    last = gap.rsplit(None, 1)[-1] if gap.strip() else ""
    if not last[:1].islower() or not last[-1:].islower():
        return False  # `on Tuesday “It is done.”`: a capitalised word, no clause's own
    quoted = text[seg.start : seg.end].strip()
    words = quoted.split()
    if len(words) > MIN_LABEL_WORDS:
        return False
    sentence = quoted[:1].isupper() and (
        quoted.rstrip("’'")[-1:] in ".!?"
        or any(w.strip(".,;:!?’'").lower() in _FIRST_PERSON for w in words)
    )
    return not sentence or _NAMING_BEFORE.search(gap) is not None


# First-person words: quoted words holding one are somebody speaking.
_FIRST_PERSON = frozenset(("i", "we", "me", "us", "my", "our", "ours", "i’m", "we’re", "i'm"))
# A word before a quotation that makes it a name of a thing: an article, `of`, a possessive,
# a verb of naming (`the “Harbor Act.”`, `the committee’s “…”`, `so-called “…”`).
_NAMING_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|of|so-called|called|dubbed)|\bknown\s+as|[a-z][’']s|[a-z]s[’'])$"
)


def statement_intro(
    masked: str,
    seg: Segment,
    base: int,
    floor: int = 0,
    text: str | None = None,
    named: Callable[[str, int], bool] | None = None,
    holds: Callable[[str, str, int], bool] | None = None,
) -> Attribution | None:
    """`Holt released the following statement:` a few sentences before the quotation (and
    no quotation in between), or `Sen. Ann Holt comments on the vote:` right before it:
    the statement that follows is Holt's. `floor` is where the previous quotation ended;
    `text` is the paragraph before masking (whose party tags mark a list of members);
    `named(surname, pos)`: the text named a person with that surname in full before
    `pos` (a list of bare surnames is taken only when it holds for each); `holds(role,
    subject, pos)`: the subject at `pos` is the one the text titles with `role`."""
    start = max(floor, seg.open_at - LOOK_BACK)
    m = next(reversed(list(P.STATEMENT_CUE.finditer(masked, start, seg.open_at))), None)
    opening = sentence_start(masked, seg.open_at) if m is not None else 0
    # Sliced only after the cue, so within LOOK_BACK of the quotation.
    within = masked[opening : seg.open_at].rstrip() if m is not None and m.start() < opening else ""
    if within and not within.endswith((":", ".", "!", "?")):
        # `… released the following statements. The bill lets them vote where they serve,
        # not at their “home of record.”`: words inside a later sentence are its own,
        # not the statement announced (a later sentence may still introduce it: `The
        # letter reads, in part: “…”`; a mark glued to a full stop opens a sentence).
        return None
    if m is not None and m.start() >= opening and _term_in_intro(masked, m, seg, text):
        # `… released the following statement after his bill passed as part of the
        # bipartisan “harbor package.”`: a few quoted words glued to a word of the very
        # sentence that announces the statement are a term it uses, not the statement.
        return Attribution("it", None, base + m.start(), False, nobody=True, term=True)
    if m is not None:
        cue_at, cue = m.start(), _cue_text(m.group("cue"))
        author = _text_author(masked, m.end(), seg.open_at, named, base)
        if author is not None:
            # `Holt delivered the following remarks from Governor Ann Vail:`, `… on behalf
            # of …`, `… by Rep. Tom Holt into the record:`: the words are the named
            # author's, not those of whoever reads them out; the author's when the name
            # ends the sentence right before the words, else nobody's.
            return _authors_words(author, masked, cue, m.start(), named, base)
        if _body_author(masked, m.end(), seg.open_at, _holder(masked, m.start(), base, holds)):
            return Attribution("it", None, base + m.start(), False, nobody=True)
    else:
        head = masked[look_back(masked, seg.open_at) : seg.open_at].rstrip()
        if not head.endswith(":"):
            return None
        cue_at, cue = seg.open_at, None
    begin = _intro_subject_start(masked, start, cue_at, m)
    kin_list = _kin_phrase_list(masked[begin:cue_at]) if m is not None else None
    if kin_list is not None:
        # `Friend of Senator Tod Vail, Bram Lind, and Mayor Ann Holt released …`: those
        # listed after the relative speak; nobody when any of them is named by no name
        # (`…, Ann Holt, and the senator released`) or the relative's phrase holds `and`
        if not kin_list:
            return Attribution("it", None, base + begin, False, nobody=True)
        return Attribution(" and ".join(kin_list), cue, base + begin, False)
    listed = tagged_list(text[begin:cue_at]) if text is not None else []
    if listed:
        # "Representatives Ann Holt (D-02), Tod Vail (D-11) and Al Kerr (D-07) released
        # the following statement": each member of the list speaks.
        return Attribution(" and ".join(listed), cue, base + begin, cue is None)
    titled = _titled_in_subject(masked, begin, cue_at, m)
    heard = _heard_from_another(masked[begin:cue_at]) if m is None else None
    if heard is not None:
        # `Congressman Tod Vail heard from a harbor pilot at the dock: “…”`: the one who
        # heard the words is no speaker of them; a titled name after `from` is (`Residents
        # heard from Rep. Ann Roe:`), else nobody is.
        after = _HEARD_FROM.search(masked, begin, cue_at)
        titled = [t for t in titled if after is not None and t.start() > after.start("verb")]
        if not titled:
            return Attribution("it", heard, base + begin, False, nobody=True)
    if titled and _UNTITLED_BEFORE.search(masked, begin, titled[0].start()):
        # "The letter’s authors, Ivo Brandt, Lena Roth, and Rep. Carl Dunn, cite …:": the
        # titled name ends a list of people who are not all titled; it is not alone.
        return None
    if titled and m is not None:
        # `Rep. Ann Holt and her husband, Tod Vail, released …`: both, not the titled alone
        subject = P.STATEMENT_INTRO.search(masked, begin, m.end())
        pair = _kin_pair(masked, begin, subject, base, named) if subject is not None else None
        if pair is not None:
            return pair
    if titled and not P.PLURAL_TITLE.search(masked, begin, cue_at):
        # "Rep. Ann Holt (D-MT), Ranking Member of …, and Rep. Tod Vail (R-ID), …,
        # released the following statement": every titled name in the subject speaks.
        names = list(dict.fromkeys(clean_mention(t.group("np") or t.group("np2")) for t in titled))
        return Attribution(" and ".join(names), cue, base + titled[0].start(), cue is None)
    if m is None:
        # `The following is the text of Congresswoman Roe’s Floor Statement, as prepared
        # for delivery:`, `Below is Tod Vail’s full testimony:`: a label naming no one but
        # the owner of the words of speech that follow; the owner speaks (not a letter's,
        # which is its signers', nor an act's: `Rep. Tarrant’s Harbor Act:`).
        owner = None if titled else _SPEECH_OWNER_LABEL.fullmatch(masked, begin, cue_at)
        if owner is not None and _owner_person(owner.group("np")):
            return Attribution(owner.group("np"), None, base + owner.start("np"), True)
        return None
    people = _people_listed(masked, begin, cue_at)
    if people and m is not None and _by_another(masked, m.end(), seg.open_at):
        people = []  # `Ann Holt, …, and Tod Vail released a statement by their lawyer:`
    if people is not None:
        # `Ann Holt, Ivo Brandt, and Tod Vail released …`: each person speaks; a list
        # holding a name the lexicon cannot tell for a person's is nobody's, never its
        # last item's alone.
        if not people:
            return Attribution("it", None, base + begin, False, nobody=True)
        return Attribution(" and ".join(people), cue, base + begin, False)
    return _intro_subject(masked, begin, m, cue, base, named)


def _intro_subject_start(masked: str, start: int, cue_at: int, m: re.Match[str] | None) -> int:
    """Where the subject of the sentence holding the cue (`m`, or the colon at `cue_at`)
    starts: the sentence's start, not before `start` nor farther back than LOOK_BACK."""
    begin = max(start, sentence_start(masked, max(0, cue_at - 1)), cue_at - LOOK_BACK)
    # `Today, Chief Deputy Whip Ann Holt (NC-10), …, released …`: the day opening the
    # sentence is no subject; the subject comes after its comma, when a subject and the
    # statement's verb stand right there (`Today, Ways & Means …` reads no such subject).
    day = _DAY_OPENS.match(masked, begin, cue_at)
    if (
        m is not None
        and day is not None
        and (
            P.STATEMENT_INTRO.match(masked, day.end(), m.end())
            or _PEOPLE_LIST.fullmatch(masked, day.end(), cue_at)
        )
    ):
        return day.end()
    return begin


def _titled_in_subject(
    masked: str, begin: int, cue_at: int, m: re.Match[str] | None
) -> list[re.Match[str]]:
    """The titled names of the subject before the cue (`m`, or a label's colon) that may
    speak: the last list of them."""
    # `The widow of Senator Tod Vail, Ann Roe, released …`: before a statement's verb, a
    # titled name after a preposition is an object in the subject, not who speaks (not
    # after `from` or `by`: `Highlights from Rep. Tod Vail:` are his words).
    # `Ann Roe weighed in to support Rep. Tod Vail’s Harbor Act, saying: “…”`: before a
    # participle of saying, a titled name owning a thing is no speaker; the participle
    # is the sentence subject's (read by the subject's reading, as without the colon).
    saying = m is None and _SAYING_BEFORE.search(masked, begin, cue_at) is not None
    titled = [
        t
        for t in P.TITLED_NAME.finditer(masked, begin, cue_at)
        if (m is None or not _OBJECT_PREPOSITION.search(masked, begin, t.start()))
        and not (saying and _OWNER_IN_NAME.search(t.group("np") or t.group("np2")))
        # a label's `Widow of Senator Tod Vail, Ann Vail:`, `… on the passing of the late
        # Senator Tod Vail:`: the person something happened to, or whose kin speak
        and (m is not None or not _event_of_before(masked, t))
    ]
    for k in range(len(titled) - 1, 0, -1):
        if not one_list(masked, titled[k - 1].end(), titled[k].start()):
            return titled[k:]  # "Rep. Holt thanked Rep. Vail, who released …": Vail's
    return titled


def _intro_subject(
    masked: str,
    begin: int,
    m: re.Match[str],
    cue: str | None,
    base: int,
    named: Callable[[str, int], bool] | None,
) -> Attribution | None:
    """Who the subject of the statement's verb (`m`), from `begin`, names when no list
    of people or titled names does: a kin, a kin and a member, one of a list of
    surnames, a name set off after a role, or the subject itself; None when no subject
    is read."""
    subject = P.STATEMENT_INTRO.search(masked, begin, m.end())
    if subject is None or not _is_mention(clean_mention(subject.group("np"))):
        return None
    np_at, np_end = subject.start("np"), subject.end("np")
    kin = _kin_of(masked, begin, subject)
    if kin is None and np_at == begin and _kin_phrase_alone(subject.group("np")):
        # `Widow of Senator Tod Vail released a statement:`: the kin, unnamed: nobody
        return Attribution("it", None, base + np_at, False, nobody=True)
    said = kin and _kin_speaks(
        subject, cue, base, kin.group("kin"), bool(kin.groupdict().get("role"))
    )
    if said:
        return said
    pair = _kin_pair(masked, begin, subject, base, named)
    if pair is not None:
        return pair
    if (
        P.AFTER_PREPOSITION.search(masked, begin, np_at)
        and not P.TITLED_NAME.search(masked, np_at, np_end)
        and not P.PLURAL_TITLE.search(masked, np_at, np_end)
    ):
        return None  # "… Committee on Energy and Water, released": a name's words, no subject
    if not subject.group("appos"):
        in_list = _list_mention(
            masked[begin:np_at], clean_mention(subject.group("np")), named, base + begin
        )
        if in_list is not None:
            return Attribution(in_list[0], cue, base + begin, False, nobody=not in_list[1])
    appos = " ".join((subject.group("appos") or "").split())
    if (
        _is_full_name(appos)
        and not subject.group("appos2")
        # `Whip Ann Holt (NC-10), Vice Chair of the Harbor Committee, released`: the
        # subject is the person, named with a first name; the role after it is no name.
        and not (
            N.person_evidence(clean_mention(subject.group("np")).split()[-2:])
            and not N.person_evidence(appos.split())
        )
    ):
        # "chair of the caucus, Ivo Brandt, offered the following statement": the role
        # ends before the comma; the name between the commas is who speaks.
        return Attribution(appos, cue, base + subject.start("appos"), False)
    return Attribution(_with_appositive(subject), cue, base + subject.start("np"), False)


# `,” Holt, Vail and Dunn added.`, `,” said Holt, Vail, and Dunn.`: bare surnames listed
# right after the closing mark, with the verb of saying before or after them.
_SURNAME_ITEM = r"[A-Z][\w’'-]+"
_SURNAMES_AFTER = re.compile(
    rf"[\s,]*(?:(?P<cue1>{_SAYING_VERB})\s+)?"
    rf"(?P<list>{_SURNAME_ITEM}(?:,\s+{_SURNAME_ITEM})+,?\s+and\s+{_SURNAME_ITEM})"
    rf"(?(cue1)\s*[.,;]|\s+(?P<cue2>{_SAYING_VERB})\b)"
)


def _surnames_after(
    masked: str,
    seg: Segment,
    next_open: int,
    base: int,
    named: Callable[[str, int], bool] | None,
    text: str = "",
) -> Attribution | None:
    """`“…,” Holt, Vail and Dunn added.`: each surname speaks when the text named a person
    with it in full before; otherwise nobody (never the list's first or last alone).
    The words must end in a comma, `?` or `!` (inside the marks or right after them): a
    full stop ends the sentence, and surnames after it open another (`“….” Orrin, Marrow
    and Blum said nothing.`). Words a colon or a cue before them introduces are that
    cue's (`Quill asked: “…?” Holt, Vail and Dunn agreed.`)."""
    if not seg.closed or named is None:
        return None
    if not (text.rstrip().endswith((",", "?", "!")) or masked[seg.end + 1 : seg.end + 2] == ","):
        return None
    m = _SURNAMES_AFTER.match(masked, seg.end + 1, next_open)
    if m is None:
        return None
    if masked[max(0, seg.open_at - 8) : seg.open_at].rstrip().endswith(":") or cue_before(
        masked, seg, base, named
    ):
        return None
    items = _LIST_SEPARATOR.split(m.group("list"))
    pos = base + m.start("list")
    cue = m.group("cue1") or m.group("cue2")
    if all(named(w, pos) for w in items):
        return Attribution(" and ".join(items), cue, pos, True)
    return Attribution(m.group("list"), cue, pos, True, nobody=True)


# A list of three people or more by their full names, as a sentence's whole subject,
# maybe after a plural title they share (`Reps. Ann Holt, Ivo Brandt, and Tod Vail`).
_FULL_NAME_ITEM = r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,2}"
_PEOPLE_LIST = re.compile(
    r"\s*(?:(?:Reps|Sens)\.\s+|(?:Representatives|Senators|Congressmen|Congresswomen)\s+)?"
    rf"(?P<list>{_FULL_NAME_ITEM}(?:,\s+{_FULL_NAME_ITEM})+,?\s+and\s+{_FULL_NAME_ITEM})"
    r",?\s+(?:(?:today|also|jointly)\s+)?"
)
_LIST_SEPARATOR = re.compile(r",\s+and\s+|,\s+|\s+and\s+")


def _people_listed(text: str, begin: int, cue_at: int) -> list[str] | None:
    """The people of a list of full names that is the whole subject between `begin` and
    the cue at `cue_at` (`Ann Holt, Ivo Brandt, and Tod Vail`); [] when an item is not
    surely a person's name; None when the subject is no such list."""
    m = _PEOPLE_LIST.fullmatch(text, begin, cue_at)
    if m is None:
        return None
    items = [N.split_role(i.split())[1] for i in _LIST_SEPARATOR.split(m.group("list"))]
    if all(_surely_a_person(i) for i in items):
        return [" ".join(i) for i in items]
    return []


def _surely_a_person(words: list[str]) -> bool:
    """A list's item is a person's name: a first name opens it, and its last word is
    no organisation's, venue's or firm's word (`Tiffany Jewelers`, `Grant Park`,
    `Ivo Brandt Foods`) nor a first name of its own (`Morgan Stanley`), which a
    firm's name of two first names is as often."""
    if not (words and N.person_evidence(words) and N.person_shape(words)):
        return False
    last = N.word_key(words[-1])
    return not (
        last in N.ORG_WORDS
        or last in N.TITLE_WORDS
        or last in _BUSINESS_HEADS
        or last in places.name_endings()
        or last.endswith("ers")
        or N.common_first_name(words[-1])
    )


_BY_ANOTHER = re.compile(r"\b(?:by|from|on\s+behalf\s+of)\s")


def _by_another(text: str, pos: int, end: int | None = None) -> bool:
    """`… released a statement by their lawyer:`, `… from their attorney:`: between the
    statement's noun at `pos` and the colon ending the sentence, another than the
    subject is named as the words' author, by name or not."""
    rest = text[pos:end].rstrip()
    return (
        rest.endswith(":")
        and not any(c in rest for c in '.!?“”"')
        and _BY_ANOTHER.search(rest) is not None
    )


# A preposition whose object is no author: `of`, `for`, `to` …, not `from` or `by`.
_OBJECT_PREPOSITION = re.compile(
    r"\b(?:to|for|at|with|about|on|of|against|toward)\s+(?:the\s+late\s+)?$"
)
# A kin noun and `of` before a name: `The widow of Senator Tod Vail`, `the family of`,
# `the daughter of the late`, `the family of fallen lineman`; or before a name set off
# after a role (`the son of the retired judge, `: `role` — the name may be the judge's).
# Immediate kin, and the collective nouns of a family or an estate speaking for the dead.
_KIN_NOUNS = (
    r"(?i:"
    + N.kin_alternation(N.IMMEDIATE_KIN)
    + r"|family|families|children|parents|relatives|estate)"
)
_KIN_OF = re.compile(
    rf"\b(?P<kin>{_KIN_NOUNS})\s+of\s+(?:the\s+)?"
    r"(?:[a-z][\w’'-]*\s+){0,3}(?P<role>[a-z][\w’'-]*,\s+)?$"
)
# A cue's subject phrase that opens with a kin noun and `of` (`The family of the fallen
# lineman`, `The father of Orrin Pell`): its object is the relative, not who speaks.
_KIN_IN_NP = re.compile(
    # lower-case: `The Sons of Vinland president, …` names a body, no kin
    rf"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?P<kin>{_KIN_NOUNS.replace('(?i:', '(?:')})\s+of\s+"
)
# A label's author who is a person's kin: `of the Vail family`, `from the widow of`.
_KIN_LABEL = re.compile(
    rf"(?:[A-Z][\w’'-]*\s+){{1,3}}(?:of|from|by)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,3}}"
    rf"{_KIN_NOUNS}\b"
)
# One kin person: only they may be the name after the kin noun that a description follows.
_ONE_KIN = frozenset("widow widower wife husband son daughter mother father brother sister".split())


# A description of a person opening with an article: `a nurse in Dover`, `an artist`.
_KIN_DESCRIBED = re.compile(r"(?:a|an)\s+[a-z]")


# A description of one who speaks for others (`a spokeswoman for the family`, `an
# attorney`, `a family friend`): no description of the kin, whose name it would be.
_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|attorney|lawyer|counsel|representative|friend|aide)\b"
    r"|\bfor\s+the\s+family\b"
)


def _kin_speaks(
    subject: re.Match[str], cue: str | None, base: int, kin: str, role: bool = False
) -> Attribution | None:
    """`The widow of Senator Tod Vail, Ann Roe, released …`: the name after the kin
    noun is the dead or absent person the kin speak for; the kin's own name between
    commas speaks, else nobody; a second appositive may only say who the kin is (`…,
    Ann Roe, a nurse in Dover, released …`), and only after one kin person (not `The
    family of …, Ann Roe, a family friend`) of a person named (not `The son of the
    former mayor, Tod Holt, a pilot`: the mayor may be Tod Holt). A name set off after a
    role (`role`: `The son of the retired judge, Bram Pell, said`) or after a noun (`The
    family of the fallen lineman, Orrin Pell, …`) may be the relative's own: nobody; and
    a second appositive describing one who speaks for others (`a spokeswoman for the
    family`) says the name is not the kin's: nobody. None (no kin reading) when that
    object is no one the name could be (`The daughter of a steelworker, Ann Roe,`, `A
    mother of three, …`, `The mother of the injured boy, Ann Roe,`)."""
    appos = " ".join((subject.groupdict().get("appos") or "").split())
    appos2 = (subject.groupdict().get("appos2") or "").strip()
    if appos2 and _KIN_DESCRIBED.match(appos2):
        named = subject.group("np").split()[-2:]
        if (
            kin.lower() not in _ONE_KIN
            or not _is_full_name(" ".join(named))
            or _SPEAKS_FOR.search(appos2)
        ):
            appos2 = "-"  # read as any other second appositive: nobody
    if role or subject.group("np").split()[-1][:1].islower():
        if not _may_be_object(subject, role, kin):
            return None
        appos = ""  # `The son of the retired judge, Bram Pell, …`: maybe the judge
    if (
        _is_full_name(appos)
        and _persons_name(appos)
        and (not appos2 or _KIN_DESCRIBED.match(appos2))
    ):
        return Attribution(appos, cue, base + subject.start("appos"), False)
    return Attribution("it", None, base + subject.start("np"), False, nobody=True)


def _persons_name(name: str) -> bool:
    """A name set off after a kin phrase reads as a person's: a known first name or an
    initial after any title (`Ann Roe`, `Senator Bram Vail`), not a body's (`The estate
    of Tod Vail, Lake Holdings, said`)."""
    words = N.split_role(clean_mention(name).split())[1]
    return N.person_evidence(words) and not N.org_shape(words)


# A definite object of a kin noun: `the retired judge`, `her late brother`.
_DEFINITE = re.compile(r"(?:the|this|that|his|her|their)\s", re.IGNORECASE)


def _may_be_object(subject: re.Match[str], role: bool, kin: str = "") -> bool:
    """Whether the name set off after a kin noun's lower-case object may be that object's
    own: the object is definite (`the fallen lineman, Tod Vail`) and no noun of the other
    sex than the name's first word (`the injured boy, Ann Roe`); not after `a`, a bare
    plural or a number (`a steelworker`, `immigrants`, `two`), which name no one, unless
    the name cannot be the kin's: a kin noun of the other sex than the name's first word
    (`The father of a slain girl, Ann Roe,`), or a first word of no known sex after a
    sexed object noun (`… of a slain girl, Kelby Roe,`)."""
    text = subject.string
    if role:
        # `The son of the retired judge, Bram Pell,`: the object stands before the name
        at = subject.start("np")
        kin_of = _KIN_OF.search(text, sentence_start(text, at), at)
        obj = kin_of.group().split(" of ", 1)[-1] if kin_of is not None else ""
        name = subject.group("np")
    else:
        obj = subject.group("np").split(" of ", 1)[-1]
        name = subject.groupdict().get("appos") or ""
    obj = " ".join(obj.replace(",", " ").split())
    words = clean_mention(" ".join(name.split())).split()
    sex = N.first_name_gender(words[0]) if words else None
    head = obj.split()[-1] if obj.split() else ""
    other = {"m": "f", "f": "m"}.get(sex or "")
    if _DEFINITE.match(obj + " ") is None:
        if other is not None:
            return _KIN_OF_SEX[other].fullmatch(kin) is not None
        return any(_KIN_OF_SEX[s].fullmatch(head) for s in ("m", "f"))
    return other is None or _KIN_OF_SEX[other].fullmatch(head) is None


# `the following remarks` after a verb of saying that reads them out (`Holt read …`).
_FOLLOWING_TEXT = re.compile(
    r"(?:\s+the)?\s+following\s+(?:[a-z-]+\s+){0,2}?(?:statements?|remarks|comments?|testimony|"
    r"speech|address|letter|message|words)\b"
)
# An announced statement's author after its noun: `(the following remarks) from Governor
# Ann Vail:`, `on behalf of …`, `written by …`; `end` when the name ends the sentence.
_TEXT_AUTHOR = re.compile(
    r"\s+(?:from|by|of|on\s+behalf\s+of|(?:written|prepared|sent)\s+by)\s+"
    rf"(?P<np>{P.NAME_PHRASE})(?P<end>\s*:\s*$)?"
)


def _text_author(
    text: str,
    pos: int,
    end: int,
    named: Callable[[str, int], bool] | None = None,
    base: int = 0,
) -> re.Match[str] | None:
    """The author named after an announced statement's noun (`_TEXT_AUTHOR` at `pos`),
    or None when the name is a place and no person's: `the following statement from
    Washington:` says where it was given, and only a person or a body writes the words.
    A place that is also a first name (`from Jordan`) is kept here: its caller gives
    such words nobody (`_authors_words`). `named` and `base` as in statement_intro."""
    author = _TEXT_AUTHOR.match(text, pos, end)
    if author is None:
        return None
    np = clean_mention(author.group("np"))
    words = np.split()
    if (
        _place_name(np)
        and (not N.first_name_gender(words[0]) or _city_and_state(words))
        and not _person_named(words, text, author.start("np"), named, base)
    ):
        return None
    return author


# `(the following statement) from the Elm Clinic:`: a body's text, named with `the`.
_BODY_AUTHOR = re.compile(
    r"\s+(?:from|by|on\s+behalf\s+of)\s+the\s+"
    r"(?P<name>(?P<head>[A-Z][\w’'.&-]*)(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w’'.&-]*)*)"
    r"(?P<after>[^:.!?“”\"]{0,100}):\s*$"
)


# `On Yoloha’s site, ` anywhere in a paragraph (`SITE_OWNER_BEFORE` without its anchor
# at the pronoun after it), found once a paragraph.
_SITE_OWNER = re.compile(P.SITE_OWNER_BEFORE.pattern.removesuffix("$"))


# `(the following statement) from the Mayor:`: a role alone, no name after it.
_ROLE_AUTHOR = re.compile(
    r"\s+(?:from|by|on\s+behalf\s+of)\s+the\s+(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})"
    r"\s*:\s*$"
)
# How long a subject holding a role may be (`Today, Attorney General Ann K. Holt`).
_SUBJECT_REACH = 120


def _holder(
    text: str, cue_at: int, base: int, holds: Callable[[str, str, int], bool] | None
) -> Callable[[str], bool] | None:
    """For `_body_author`: whether the subject of the sentence announcing a statement by
    its verb at `cue_at` (after a day opening it: `Today, Mayor Ann Holt released …`)
    holds a role, by `holds` as in statement_intro."""
    if holds is None:
        return None

    def held(role: str) -> bool:
        begin = sentence_start(text, max(0, cue_at - 1))
        day = _DAY_OPENS.match(text, begin, cue_at)
        begin = day.end() if day is not None else begin
        if cue_at - begin > _SUBJECT_REACH:
            return False  # no subject of a few words: nobody is sure to hold the role
        return holds(role, " ".join(text[begin:cue_at].split()), base + begin)

    return held


def _body_author(text: str, pos: int, end: int, holds: Callable[[str], bool] | None = None) -> bool:
    """After an announced statement's noun at `pos`, `from the Elm Clinic:` ends the
    sentence before the words at `end`: a body wrote them, not whoever passes them on.
    Any name ending where the sentence or an appositive does (`from the Harbor Pilots
    Guild:`, `from the Teamsters:`); lower-case words after it (`from the House floor:`,
    `from the Capitol steps:`) say where the subject spoke. A role alone (`from the
    Congresswoman:`) is left to the rules of roles, but for another's office alone
    (`from the Mayor:`, `from the Fire Chief:`): an unnamed person wrote them, unless
    `holds(role)` says the announcing subject is the one the text titles so (`Mayor Ann
    Holt released the following statement from the Mayor:`)."""
    role = _ROLE_AUTHOR.match(text, pos, end)
    alone = role_alone("the " + role.group("role")) if role is not None else None
    if alone is not None:
        return holds is None or not holds(alone)
    if role is not None and N.is_role_word(role.group("role").split()[-1]):
        return False  # the member's own office (`from the Congresswoman:`)
    m = _BODY_AUTHOR.match(text, pos, end)
    if m is None or N.is_role_word(m.group("head")):
        return False
    after = m.group("after").lstrip()
    return not after or after[0] in ",("


def _authors_words(
    author: re.Match[str],
    text: str,
    cue: str | None,
    nobody_at: int,
    named: Callable[[str, int], bool] | None,
    base: int,
) -> Attribution:
    """The words of the author `_text_author` found, when the name ends the sentence
    right before them and is a person's or a body's, not a place's; else nobody's
    (at `nobody_at`). A place's name that is also the surname of a person the text named
    (`from Houston:` after `General Sam Houston`) may say either where the words were
    given or who wrote them: nobody's, unless a title makes it the person's (`from
    General Houston:`, which is no place's name)."""
    np = clean_mention(author.group("np"))
    if author.group("end") is not None and _is_mention(np) and not _place_name(np):
        return Attribution(np, cue, base + author.start("np"), False)
    return Attribution("it", None, base + nobody_at, False, nobody=True)


def _place_name(np: str) -> bool:
    """`np` names a state, a country or a city the gazetteer knows (`Washington`), or a
    city followed by its state (`Tyler Texas`)."""
    words = np.split()
    return (
        len(words) <= 3
        and places.region(np) is not None
        or places.is_known(np)
        or _city_and_state(words)
    )


def _city_and_state(words: list[str]) -> bool:
    """`Tyler Texas`: a city the gazetteer knows in the state named by the last word."""
    return (
        2 <= len(words) <= 4
        and places.region(words[-1]) is not None
        and places.is_known(" ".join(words[:-1]), words[-1])
    )


def _person_named(
    words: list[str], text: str, at: int, named: Callable[[str, int], bool] | None, base: int
) -> bool:
    """The one word `words` is the surname of a person named before `at` (`Governor Ann
    Durham … the following statement from Durham:`): a person the text named in full
    (`named`); without `named`, a first name before the word earlier in `text`, a
    paragraph (read back 2,000 characters)."""
    if len(words) != 1 or places.region(words[0]) is not None:
        # a state's or country's name is read as the place (`… from Washington:` after
        # George Washington was named)
        return False
    if named is not None:
        return named(words[0], base + at)
    before = text[max(0, at - 2000) : at]
    if words[0] not in before:
        return False
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?{re.escape(words[0])}\b", before):
        if N.first_name_gender(m.group(1)):
            return True
    return False


# Surnames listed before the last one at a sentence's start: `Holt, Vail, and `.
_SURNAME_LIST = re.compile(r"\s*(?:[A-Z][\w’'-]+,\s+)*[A-Z][\w’'-]+,?\s+(?:and|&)\s+")
# Surnames and commas before a subject `Vail and Dunn` (`Holt, Vail and Dunn`).
_COMMA_LIST = re.compile(r"\s*(?:[A-Z][\w’'-]+,\s+)+")
# A subject `Vail and Dunn`, `Holt and the Farm Bureau`: a bare word, then the rest.
_BARE_PAIR = re.compile(r"([A-Z][\w’'-]+)\s+(?:and|&)\s+(\S.*)")
# A bare capitalised word and a comma right before the subject, at the sentence's start
# (after a dateline's dash too) or after another comma: the subject is a list's tail.
_PARTWAY = re.compile(r"(?:^|[,—–]|\s--?)\s*([A-Z][\w’'-]+),\s+$")
# A dateline's dash before a sentence's subject: `WASHINGTON -- `.
_DATELINE_DASH = re.compile(r".*\s(?:--?|—|–)\s", re.S)


def _list_mention(
    before: str, np: str, named: Callable[[str, int], bool] | None, pos: int
) -> tuple[str, bool] | None:
    """A statement's subject that is a list of bare surnames (`before` the subject `np`
    in its sentence): the list as one mention, and whether its people speak; None when
    the subject is no such list. `Holt, Vail, and Dunn issue the following statement`
    (or `Holt, Vail and Dunn`): each surname speaks, as in a list of tagged members,
    when each is a person the text named in full before `pos` (`Lakeport, Salem and
    Vail` are places). A body ending the list (`Holt and the Farm Bureau`) would be
    read with the person as one name run together, and a subject that is a list's
    tail (`Smith, Jones and the Farm Bureau` read from `Jones`) is not all who speak:
    such a statement is nobody's."""
    listed = _surname_list(before, np)
    if listed is None:
        # `Today, Congressman Holt`: an opening word, not a list's item.
        part = _PARTWAY.search(before)
        return (np, False) if part is not None and part.group(1).lower() not in NOT_NAME else None
    surnames = [*listed[0], listed[1]]
    mention = " and ".join(surnames)
    speaks = named is not None and all(
        _SURNAME.fullmatch(w) is not None and named(w, pos) for w in surnames
    )
    return mention, speaks


def _surname_list(before: str, np: str) -> tuple[list[str], str] | None:
    """The bare surnames of a list that is a statement's subject and its last item:
    `Holt, Vail, and ` + `Dunn`, `Holt, ` + `Vail and Dunn`, `` + `Holt and the Farm
    Bureau`; None when the subject is no such list or a listed word is no name."""
    before = _DATELINE_DASH.sub("", before, count=1)
    oxford = _SURNAME_LIST.fullmatch(before)
    pair = _BARE_PAIR.fullmatch(np)
    if oxford is not None:
        words, last = _SURNAME.findall(oxford.group(0)), np
    elif pair is not None and (
        _COMMA_LIST.fullmatch(before)
        # Alone, a pair is a list when its second item is a word or a body (`Holt and
        # the Farm Bureau`), not a name's words (`Ways and Means Chairman Ann Holt`).
        or before.strip() == ""
        and (_SURNAME.fullmatch(pair.group(2)) or pair.group(2).startswith("the "))
    ):
        words, last = [*_SURNAME.findall(before), pair.group(1)], pair.group(2)
    else:
        return None
    if not words or any(w.lower() in NOT_NAME for w in words):
        return None
    return words, last


# A possessive inside a titled name's words: `Tod Vail’s Harbor Act` names his thing.
_OWNER_IN_NAME = re.compile(r"[’']s\b")
# A colon label made of a possessive owner and a word of speech alone, after an optional
# `Below is`, `The following is the text of`, `Excerpts of`: `Congresswoman Roe’s Floor
# Statement, as prepared for delivery:`, `Below is Tod Vail’s full testimony:`.
_SPEECH_OWNER_LABEL = re.compile(
    r"(?:(?:(?:Below|Here|The[^\S\n]+following|Following)[^\S\n]+(?:is|are)"
    r"(?:[^\S\n]+the)?(?:[^\S\n]+full)?(?:[^\S\n]+text[^\S\n]+of)?"
    r"|(?:Excerpts?|Text|Transcript)[^\S\n]+(?:of|from))[^\S\n]+)?"
    r"(?:(?:U\.S\.[^\S\n]+)?(?:(?:Reps?|Sens?|Gov|Del)\."
    r"|Congressman|Congresswoman|Senator|Representative|Delegate|Governor)[^\S\n]+)?"
    r"(?P<np>(?:[A-Z][\w’'-]*[^\S\n]+){0,2}[A-Z][\w’'-]*[a-z])(?:’s|'s)[^\S\n]+"
    r"(?:(?i:full|prepared|complete|opening|closing|written|floor)[^\S\n]+)?"
    r"(?i:statement|remarks|testimony|speech|address|op-ed)"
    r"(?:,?[^\S\n]+as[^\S\n]+(?:prepared|delivered)(?:[^\S\n]+for[^\S\n]+delivery)?)?"
    r"[^\S\n]*:\s*"
)


def _owner_person(np: str) -> bool:
    """The owner in `_SPEECH_OWNER_LABEL` is shaped as a person's name, with no role word
    (`Governor’s Statement:`, `Harbor Trust’s statement:` are read as before)."""
    role, name = N.split_role(np.split())
    return role is None and bool(name) and N.person_shape(name) and _is_mention(np)


# A capitalised word and `and` right before a titled name: the name ends a list.
_UNTITLED_BEFORE = re.compile(r"[A-Z][\w’'.-]*,?\s+(?:and|&)\s+$")


# Words no name or noun phrase ends with: a preposition or an article.
_ENDS_NO_NAME = frozenset("in of on for to with about by from at into the a an".split())


def _is_mention(mention: str) -> bool:
    """Not just sentence-opening words ("When asked" is no speaker), nor an adjective
    before a noun that is also a verb of saying ("Democratic claims", "federal reports")."""
    words = mention.split()
    if len(words) == 1 and words[0].lower() in _ADJECTIVES:
        return False
    if words and words[-1].endswith(("’s", "'s")):
        return False  # "the Administration’s recently announced priorities": a possessive
    if len(words) > 1 and words[-1] in _ENDS_NO_NAME:
        return False  # "a decrease in claims:": the verb's look-alike is a noun's object
    return (
        bool(words)
        and not all(w.lower().strip(",") in NOT_NAME for w in words)
        or (len(words) == 1 and words[0].lower() in _PRONOUNS)
    )


# A kin noun opening a heading: `Widow of …`, `Family of …`.
_KIN_HEAD = re.compile(_KIN_NOUNS)
# A name set off after a heading, ending at its colon: `, Ann Vail:`.
_NAME_LABEL_AFTER = re.compile(
    rf"\s*,\s*(?P<name>[{P.UPPER}][\w’'.-]*(?:\s+[{P.UPPER}][\w’'.-]*){{1,3}})\s*:\s*"
)


def subject_of(masked: str, seg: Segment, base: int, floor: int = 0) -> Attribution | None:
    """The subject of the sentence a quotation is embedded in, as a weak attribution.
    `floor`: where an earlier quotation ended its sentence (the masked text hides its
    full stop), so the sentence opens after it."""
    start = sentence_start(masked, seg.open_at)
    if start < floor < seg.open_at:
        if not _SAYS_RIGHT_BEFORE.search(masked, floor, seg.open_at):
            # `… Dallas.” Joseph Kony has been named a “…”`: a new sentence whose subject
            # is not said to say the words; nobody's, not the speaker before it either.
            first = masked[floor : seg.open_at].split()
            return Attribution(first[0] if first else "it", None, base + floor, False, nobody=True)
        start = floor + len(masked[floor : seg.open_at]) - len(masked[floor : seg.open_at].lstrip())
    if start == seg.open_at:
        return None
    m = None
    if seg.open_at - start <= LOOK_BACK:
        # Sliced, not matched at an offset: the pattern is anchored with "^".
        m = P.SUBJECT.match(masked[start : seg.open_at])
    offset = start
    if m is None:
        # No clear subject: the first person or pronoun the sentence names, past a
        # clause that opens it (`If she did, party rules give the chair a “…”`: she is
        # not the one whose words the sentence quotes).
        begin = max(look_back(masked, seg.open_at), floor)
        opening = masked[start : min(seg.open_at, start + 16)].split(None, 1)
        if start >= begin and opening and opening[0].lower() in _SUBORDINATORS:
            comma = masked.find(",", start, seg.open_at)
            begin = comma + 1 if comma >= 0 else seg.open_at
        m = next(
            (
                n
                for n in P.ANY_NP.finditer(masked, begin, seg.open_at)
                if _is_mention(clean_mention(n.group("np")))
            ),
            None,
        )
        offset = 0
        if m is not None and _ADDRESSED.search(masked, max(0, m.start("np") - 12), m.start("np")):
            # `The members urged Inspector General Ivo Brandt to “…”`: the one addressed
            # is no subject, and the sentence names no other.
            return None
    if m is None:
        return None
    mention = trim_subject(clean_mention(m.group("np")))
    if _PARTICIPLE_OPENER.match(mention):
        # `Named for Chef Russ Johnson, R&J is his nod to “classic cool.”`: a phrase
        # opening the sentence names somebody; the sentence's subject comes after it.
        return None
    if S.PRAISE_DRAWN_BEFORE.search(masked, max(start, seg.open_at - LOOK_BACK), seg.open_at):
        # `Rep. Tarrant’s Harbor Act drew praise from the board: “…”`: the words of those
        # who gave the praise, not the subject's that drew it (nor its owner's).
        return Attribution(mention, None, base + offset + m.start("np"), False, nobody=True)
    between = masked[m.end("np") + offset : seg.open_at]
    if _topic_heading(masked, start, seg.open_at):
        # `On Chairman Holt Moving to the Harbors Committee: “…”`: a heading naming what
        # the words under it are about, not who says them.
        return Attribution(mention, None, base + offset + m.start("np"), False, nobody=True)
    if offset == start and _writing_intro(masked, start, seg.open_at):
        # `It ends: “…”`, `The letter continues: “…”`: a writing's own text, nobody's.
        return Attribution(mention, None, base + offset + m.start("np"), False, nobody=True)
    words = m.group("np").split()  # as written: `Family`, `Passing` are no mention's
    kin_of = len(words) > 3 and N.word_key(words[1]) == "of" and _KIN_HEAD.fullmatch(words[0])
    label = _NAME_LABEL_AFTER.fullmatch(between)
    if (kin_of or _event_of_person(words)) and label is not None:
        # `Widow of Sheriff Tod Vail, Ann Vail: “…”`: a label naming one kin person in
        # full after the relative; any other event's or kin's label is nobody's.
        who = " ".join(label.group("name").split())
        if N.word_key(words[0]) in _ONE_KIN and _is_full_name(who):
            return Attribution(who, None, base + offset + m.end("np") + label.start("name"), False)
        return Attribution(mention, None, base + offset + m.start("np"), False, nobody=True)
    if _heading_label(mention.split()) and (
        between.lstrip().startswith(":")
        or between.rstrip().endswith(":")
        and _heading_clause(mention.split())
    ):
        # `Ideal Location: “…”`: a heading before a colon, no subject (nobody's words, as
        # in `cue_before`); `Why Harbor Towns Must Lead the Way: “…”`, a heading's
        # clause, however many words stand before its colon.
        return Attribution(mention, None, base + offset + m.start("np"), False, nobody=True)
    if not _is_mention(mention):
        possessive = mention.endswith(("’s", "'s")) and not _CONTRACTED.search(mention.lower())
        if offset == start and possessive:
            # "Scott's family has called …": the subject names nobody by itself, and
            # keeps the sentence from falling back to an earlier name.
            return Attribution(mention, None, base + offset + m.start("np"), False)
        if (
            offset == start
            and P.SHARE_OF_PEOPLE.match(mention)
            and P.CLAUSE_THAT.search(masked, start + m.end("np"), seg.open_at)
        ):
            # `Only 52 percent of voters agreed that Ann Holt is in “…”`: a poll's share
            # of people says the clause holding the words (the question's wording); not
            # the clause's subject's, nor the paragraph's latest name's.
            return Attribution(mention, None, base + offset + m.start("np"), False, nobody=True)
        return None
    if (
        offset == start
        and _words_of_another(masked[start + m.end("np") : seg.open_at])
        and not _QUOTED_BY_OTHERS.search(masked, start + m.end("np"), seg.open_at)
    ):
        # `Ann Holt got a letter from the county, saying “…”`, `Tom Vail quoted the mayor,
        # saying “…”`: the words may be the object's, which carries words somebody else
        # wrote; not the subject's, and no earlier name's either.
        return Attribution(mention, None, base + start + m.start("np"), False, nobody=True)
    heard = _heard_from_another(masked[m.start("np") + offset : seg.open_at])
    if heard is not None:
        # `Tod Vail heard from a harbor pilot at the dock: “…”`: the words may be those he
        # heard, the other person's; nobody's, not the listener's, nor the issuer's (the
        # verb stays as the cue).
        return Attribution(mention, heard, base + offset + m.start("np"), False, nobody=True)
    if offset == start and _relative_speaks(masked[start + m.end("np") : seg.open_at]):
        # `Ann Roe chairs the board, which described the plan as “…”`: the words are
        # those of whom the relative clause is about (the board), not the subject's.
        return Attribution(mention, None, base + start + m.start("np"), False, nobody=True)
    whole = " ".join(m.group("np").split())
    if offset == start and mention in (whole, whole.removeprefix("The ")):
        said = _SAYING_BEFORE.search(masked, start + m.end("np"), seg.open_at)
        between = masked[start + m.end("np") : said.start()] if said else ""
        clause = _APPOSITION_FIRST.sub("", between, count=1)
        if said and said.group("and") and _CLAUSE_OPENER.search(clause):
            # `Holt visited the school, where students met her and said, “…”`: the verb
            # of saying is the clause's subject's, not the sentence's; nobody's.
            return Attribution(mention, None, base + start + m.start("np"), False, nobody=True)
        if said and said.group("and") and _another_subject(clause):
            # `Holt listened as Mayor Ben Fisk opened the hearing and said, “…”`, `Holt
            # watched him cut the ribbon and said`: another person named with a verb of
            # their own after may be the one who said it; nobody's.
            return Attribution(mention, None, base + start + m.start("np"), False, nobody=True)
        if said and not _OTHER_NAME.search(between) and not _THIRD_PERSON.search(between):
            # `Book Weekly gave the novel a starred review, saying “…”`: the participle
            # right before the words is the subject's verb of saying, when nobody else
            # is named between (`Duff challenged Brandt, saying “…”` is left as it was),
            # and when the sentence opens with the whole name, cut from nothing.
            cue = said.group("cue") or said.group("and")
            return Attribution(mention, cue, base + start + m.start("np"), True)
    if offset == start:
        # Only the last comma before the quotation is read (bounded, not every clause).
        lo = max(start + m.end("np"), seg.open_at - LOOK_BACK)
        comma = masked.rfind(",", lo, seg.open_at)
        own = _PRONOUN_CLAUSE.match(masked, comma) if comma >= 0 else None
        asked = (
            _ASKED_TO.search(masked, start + m.end("np"), comma)
            if own is not None and not _CLAUSE_STOP.search(masked, own.end(), seg.open_at)
            else None
        )
        if own is not None and asked is not None:
            # `Holt asked Mayor Ben Fisk to speak, and he stood and said “…”`: the one asked
            # to do something may be the last clause's subject. Only after a verb of asking
            # (`Holt welcomed Gov. Joan Fisk, and she said` stays the subject's), and only
            # when the pronoun cannot be the one who asked; else nobody's.
            pronoun, np = own.group(1), asked.group("np")
            named = any(w[:1].isupper() for w in np.split())
            if not named or _may_be(mention, pronoun) or not _may_be(np, pronoun):
                return Attribution(pronoun, None, base + own.start(1), False, nobody=True)
            return Attribution(pronoun, None, base + own.start(1), False)
    return Attribution(mention, None, base + offset + m.start("np"), False)


def _may_be(mention: str, pronoun: str) -> bool:
    """Whether `he`/`she` may mean the person `mention` names: the sex its title or
    first name gives is the pronoun's, or none is sure (`Holt`, `Casey Holt`). `they`
    may mean anybody."""
    want = PRONOUN_GENDER.get(pronoun.lower())
    words = [w.strip(",.’'") for w in mention.split() if w[:1].isupper()]
    if want is None or not words:
        return True
    role, name = N.split_role(words)
    sex = said_gender(None, role)
    if sex is None and len(name) > 1 and not N.either_sex(name[0]):
        sex = gender_of(name)
    return sex in (None, want)


# A coordinated clause with a pronoun of its own as subject, running up to the quotation.
_PRONOUN_CLAUSE = re.compile(r",\s+(?:and|but|so)\s+(?:then\s+)?(he|she|they)\b")
_CLAUSE_STOP = re.compile(r"[;:.!?]")
# A verb of asking, the one asked, and the infinitive they are asked to (`asked Mayor Ben
# Fisk to speak`, `called on Gov. Joan Fisk to`): the same verbs `cue_before` takes for
# no cue.
_ASKED_TO = re.compile(
    r"\b(?:asked|asks|invited|invites|urged|urges|told|tells|encouraged|"
    r"called\s+on|calls\s+on)\s+"
    r"(?P<np>(?:(?!(?:that|and|but|or|who|which|to)\b)[^\s;:!?]+\s+){1,6}?)to\s+[a-z]"
)


# `Trump was quoted saying`: the subject is the one quoted, not one who quotes.
_QUOTED_BY_OTHERS = re.compile(r"\b(?:was|were|is|are|been|being)\s+quoted\b")
# A verb of saying right before a quotation, its subject's own (`and said, “`).
_SAYS_RIGHT_BEFORE = re.compile(
    r"\b(?:said|says|added|adds|stated|states|remarked|commented|noted|explained|saying"
    r"|adding)(?:\s+(?:that|it|this|they|he|she|we))?\s*[,:]?\s*$"
    # `Representative Ann Holt – “…”`: a name labelling the words.
    r"|[A-Z][\w.’'-]+\s+[–—-]\s*$"
)
# `, saying “`, `, saying that “`: a participle of saying right before a quotation.
_SAYING_BEFORE = re.compile(
    r",\s+(?:and\s+)?(?P<cue>saying|adding|writing)(?:\s+that)?\s*[,:]?\s*$"
    r"|\s+and\s+(?:then\s+|also\s+)?(?P<and>said|added|stated|remarked|commented|noted)\s*[,:]\s*$"
)


def _another_subject(between: str) -> bool:
    """Between a sentence's subject and its coordinated `and said`, another person may be
    the subject of a clause of their own: opened by a bare as/when/after (`listened as
    Mayor Ben Fisk opened the hearing`), or a full name or he/she/him/they with a word
    going on that is no preposition (`watched Mayor Ben Fisk cut the ribbon`). A name
    right before the `and` is an object (`thanked Mayor Ben Fisk and said`); the
    subject's own `of Acme Freight in Lakeport` is passed over."""
    rest = _OF_PLACE_FIRST.sub("", between, count=1)
    return bool(_SUBORDINATE_NAMED.search(rest) or _NAMED_THEN_WORD.search(rest))


# The subject's own place or body first: `of Brandt Freight in Lakeport`.
_OF_PLACE_FIRST = re.compile(
    r"^\s*(?:of|from|at)\s+(?:the\s+)?(?:(?:of|in|for|and|&)\s+|[A-Z][\w.’'&-]*\s*)+"
)
# A bare subordinator opening a clause whose subject is another person or a pronoun.
_SUBORDINATE_NAMED = re.compile(
    r"\b(?:as|when|while|after|before|because|since|until|once|whereas)\s+"
    r"(?:[A-Z][\w.’'-]*|he|she|they)\b"
)
_NO_VERB_AFTER = r"(?:and|or|of|the|a|an|to|in|at|on|for|with|from|by|about|during|over|after)\b"
# A full name (two capitalised words or more) or a pronoun, then a lower-case word that
# is no preposition: perhaps that person's own verb.
_NAMED_THEN_WORD = re.compile(
    r"(?:\b[A-Z][\w.’'-]*\s+)+[A-Z][\w.’'-]*\s+(?!" + _NO_VERB_AFTER + r")[a-z]"
    r"|\b(?:he|she|him|they|them)\s+(?!" + _NO_VERB_AFTER + r")[a-z]"
)


# A clause of its own subject opening between a subject and a coordinated verb of saying.
# A relative clause closed by a comma before `and said` is about the object, and the
# verb is the subject's (`thanked the council, which called the hearing, and said`).
_CLAUSE_OPENER = re.compile(
    r",\s+(?:where|when|while|as|after|before|because|since|until|and|but|or)\b"
    r"|\b(?:where|whose|whom)\b|\b(?:who|which|that)\b(?![^,]*,\s*$)"
)


# Things that carry written or spoken words of their own, whose writer the sentence need
# not name: a participle of saying after one of them may be the thing's, not the subject's.
_WORD_CARRIERS = re.compile(
    r"\b(?:an?|the|this|that|these|those|his|her|their|its|our|one|two|some|several|new"
    r"|[\w-]+[’']s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:letters?|signs?|e-?mails?|posts?|messages?|notices?|notes?|memos?|reports?"
    r"|statements?|audits?|stud(?:y|ies)|surveys?|rulings?|tweets?|texts?|cards?|banners?"
    r"|posters?|flyers?|billboards?|labels?|headlines?|articles?|stor(?:y|ies)|editorials?"
    r"|columns?|reviews?|petitions?|complaints?|warnings?|citations?|voicemails?|calls?"
    r"|transcripts?|filings?|documents?|briefs?|findings?|polls?|analys[ie]s|evaluations?"
    r"|assessments?|decisions?|verdicts?|opinions?|quotes?|quotations?|videos?)\b"
)
# Verbs by which the subject authors the thing it carries (`issued a statement, saying`,
# `gave the novel a starred review, saying`): the words are then the subject's.
_AUTHORED = re.compile(
    r"\b(?:gave|gives|give|giving|sent|sends|send|sending|issued|issues|issue|issuing"
    r"|released|releases|release|releasing|published|publishes|publish|wrote|writes|write"
    r"|penned|pens|filed|files|file|signed|signs|sign|delivered|delivers|made|makes"
    r"|put\s+out|puts\s+out|left|leaves|posted|posts|tweeted|tweets|recorded|records"
    r"|ends|ended|opens|opened|begins|began|closes|closed|concludes|concluded|drafted"
    r"|composed|prepared|authored|co-authored)\b"
)
# Verbs by which the subject passes on or receives words that are somebody else's.
_PASSES_ON = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing|read|reads|reading|received|receives"
    r"|receiving|got|gets|getting|recited|recites|forwarded|forwards"
    r"|retweeted|reposted)\b"
)


# A relative clause whose verb says or names something: `, which described`, `, who
# has called`, `, which said`.
_RELATIVE_SAYING = re.compile(
    r",\s+(?:which|who|that)\s+(?:has\s+|have\s+|had\s+|also\s+|then\s+)*(?:[a-z]+ly\s+)?"
    r"(?:said|says|described|describes|called|calls|labeled|labelled|labels|termed|terms"
    r"|dubbed|dubs|wrote|writes|stated|states|warned|warns|argued|argues|noted|notes"
    r"|declared|declares|insisted|insists|claimed|claims|deemed|deems|branded|brands)\b"
)


def _relative_speaks(between: str) -> bool:
    """The words between a sentence's subject and its quotation hold a verb of the
    subject, an object, and a relative clause about that object whose verb says or names
    (`chairs the board, which described the plan as`): the quotation is the object's.
    A relative right after the subject (`Ann Roe, who chairs it, called`) is about the
    subject and counts not."""
    m = _RELATIVE_SAYING.search(between)
    if m is None:
        return False
    if _SUBJECT_SAYS_AFTER.search(between, m.end()):
        # `thanked the council, which called the hearing, and said: “…”`: the subject's
        # own verb of saying after the clause; the words are the subject's.
        return False
    head = between[: m.start()]
    return bool(head.strip()) and not head.lstrip().startswith(",")


# The subject's own verb of saying after a relative clause: `, and said`, `, and added`.
_SUBJECT_SAYS_AFTER = re.compile(
    r",\s+and\s+(?:then\s+|also\s+)?(?:said|says|added|adds|wrote|writes|told|tells|stated"
    r"|states|declared|declares|warned|warns|noted|notes|explained|explains|asked|asks)\b"
)


def _words_of_another(between: str) -> bool:
    """Whether the words between a sentence's subject and a quotation hold a verb passing
    on somebody else's words (`quoted the mayor`, `got a letter`) or a thing carrying
    words (`put up a sign`) that the subject is not said to have authored. An apposition
    right after the subject is no part of its clause (`Ian Vik, who did not work on the
    study, told the paper`), and a verb of saying first makes the words the subject's
    (`told the paper in an email`)."""
    clause = _APPOSITION_FIRST.sub("", between, count=1)
    passes = _PASSES_ON.search(clause)
    carrier = _WORD_CARRIERS.search(clause)
    first = min((f.start() for f in (passes, carrier) if f is not None), default=None)
    if first is None:
        return False
    if any(w.lower() in _OWN_SAYING for w in P.WORD.findall(clause[:first])):
        return False
    return passes is not None or _AUTHORED.search(clause, 0, first) is None


# A verb of hearing somebody right after a capitalised word of its subject (`Ann Roe of
# Corvale heard from`, `Congressman Vail also hears from`); not a clause's (`shared what
# he is hearing from`, `after hearing from`).
_HEARD_FROM = re.compile(
    r"\b[A-Z][\w’'.-]*\s+(?:(?:also|then|recently|first)\s+)?(?P<verb>heard|hears)\s+from\b"
)


def _heard_from_another(clause: str) -> str | None:
    """The verb, where a sentence's clause from its subject up to a quotation says that the
    subject heard from somebody (`Tod Vail heard from a harbor pilot at the dock:`), with
    no verb of saying of the subject's own in it (`heard from residents and said:`)."""
    heard = _HEARD_FROM.search(clause)
    if heard is None or any(w.lower() in _OWN_SAYING for w in P.WORD.findall(clause)):
        return None
    return heard["verb"] + " from"


# An apposition or a relative clause between commas right after a subject.
_APPOSITION_FIRST = re.compile(r"^\s*,[^,]{1,150},")
# Verbs of saying by which the subject speaks the words itself (not `read`, `reads`,
# which pass on a text).
_OWN_SAYING = frozenset(P.SPEECH_VERBS) - {"read", "reads", "posted", "posts"}


# A writing as a sentence's subject: `It`, `The report`, `Her resolution`. When its
# sentence ends in a colon before the words (`It ends: “…”`), the words are the writing's
# text, not those of whoever wrote or was named before. Not a text or a transcript, which
# reproduce somebody's speech (`The full text of the remarks is below:`), nor a letter,
# whose words are its signers' (a release's issuer signs most letters it quotes).
_WRITING_SUBJECT = re.compile(
    r"(?:It|(?:The|This|That|Its|His|Her|Their|Our|One|A|An)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:note|report|bill|resolution|e-?mail|memo|card|sign|plaque|inscription"
    r"|petition|order|ruling|ad|advertisement|editorial|document|proclamation|notice"
    r"|banner|headline|caption|label|section|clause|provision|amendment|passage|poem|song"
    r"|slogan|page|opinion|decision|filing|complaint|brief|law|act|agreement|treaty"
    r"|contract|charter|rule|warning|survey|ballot|book|chapter|memorandum"
    r"|summary)s?)"
)
# A sentence of such a subject, its verb and a few words, ending in a colon; `It` only
# with a writing's verb (`It is simple: “…”` is no writing's text).
_WRITINGS_VERB = (
    r"(?:also\s+)?(?:reads|read|ends|ended|begins|began|opens|opened|closes|closed|concludes"
    r"|concluded|continues|continued|states|stated|adds|added|notes|noted|declares|declared)\b"
)
_WRITING_INTRO = re.compile(
    rf"(?!It\s+(?!{_WRITINGS_VERB}))"
    rf"{_WRITING_SUBJECT.pattern}\s+[^“”\"_.;:!?]{{1,80}}:\s*$"
)
# A writing's verb right after its subject (`The resolution reads:`).
_WRITINGS_VERB_AFTER = re.compile(rf"{_WRITING_SUBJECT.pattern}\s+{_WRITINGS_VERB}")
# A person named in full: a capitalised word, then another.
_WRITING_NAMES = re.compile(r"\b([A-Z][a-z]+)(?=\s+[A-Z][a-z]+)")


def _writing_intro(masked: str, start: int, end: int) -> bool:
    """`It ends: “…”`, `The bill passed on a vote of 236 to 189: “…”`: a writing's sentence
    before the words (_WRITING_INTRO). One that names a person in full without a writing's
    verb after its subject (`The law firm partner Ann Holt put it plainly:`, `The warning
    from Mayor Ann Holt was blunt:`) is that person's introduction, no writing's."""
    if not _WRITING_INTRO.match(masked, start, end):
        return False
    if _WRITINGS_VERB_AFTER.match(masked, start, end):
        return True
    return not any(
        N.first_name_gender(m.group(1)) for m in _WRITING_NAMES.finditer(masked, start, end)
    )


# A participle and its preposition opening a sentence: `Named for `, `Born in `, `Known as `.
_PARTICIPLE_OPENER = re.compile(
    r"[A-Z][a-z]+(?:ed|en|wn|rn)\s+(?:for|as|in|by|after|from|with|at|to)\b"
)


def last_named(masked: str, seg: Segment, base: int) -> Attribution | None:
    """The latest name or pronoun earlier in the quotation's sentence. A name of an
    earlier sentence is only what that sentence was about: `… nods to Earl Brutus. Whether
    the band’s cry of “…” …` is not Brutus's."""
    begin = max(0, seg.open_at - LOOK_BACK, sentence_start(masked, seg.open_at))
    found = [
        n
        for n in P.ANY_NP.finditer(masked, begin, seg.open_at)
        if _is_mention(clean_mention(n.group("np")))
    ]
    if not found:
        return None
    m = found[-1]
    if _ADDRESSED.search(masked, max(0, m.start("np") - 12), m.start("np")):
        return None  # `urged Inspector General Ivo Brandt to “…”`: addressed, not speaking
    if _PARTICIPLE_OPENER.match(m.group("np")):
        return None  # `Named for Chef Russ Johnson, R&J is …`: what opens it names nobody
    if masked[m.end("np") : seg.open_at].lstrip().startswith(":") and _heading_label(
        clean_mention(m.group("np")).split()
    ):
        # `Ideal Location: “…”`: a heading before a colon, nobody (as in `cue_before`).
        return Attribution(
            clean_mention(m.group("np")), None, base + m.start("np"), False, nobody=True
        )
    return Attribution(
        trim_subject(clean_mention(m.group("np"))), None, base + m.start("np"), False
    )


def _names_another(masked: str, seg: Segment, prev: Attribution) -> bool:
    """The quotation's sentence names in full a person who is not `prev`, the paragraph's
    latest speaker: a known first name or an initial (after any title) and a surname not
    `prev`'s."""
    begin = max(0, seg.open_at - LOOK_BACK, sentence_start(masked, seg.open_at))
    own = {N.word_key(w) for w in prev.mention.split()}
    for n in P.ANY_NP.finditer(masked, begin, seg.open_at):
        _role, name = N.split_role(clean_mention(n.group("np")).split())
        if len(name) >= 2 and N.person_evidence(name) and N.word_key(name[-1]) not in own:
            return True
    return False


def trim_subject(np: str) -> str:
    """A loosely matched subject cut to its name: "The State Department less than…"."""
    words = np.split()
    if len(words) <= 3 or not words[0][0].isupper() or words[0].lower() in _KEPT_DETERMINERS:
        return np
    cut = 1
    while cut < len(words) and (words[cut][0].isupper() or words[cut] in {"of", "for", "and"}):
        cut += 1
    while cut > 1 and words[cut - 1] in {"of", "for", "and"}:
        cut -= 1
    return " ".join(words[:cut])


def _cue_text(cue: str) -> str:
    words = cue.replace(",", " ").split()
    while len(words) > 1 and words[-1].lower() in _CUE_TRAILERS:
        words.pop()
    while len(words) > 1 and words[0].lower() in _CUE_LEADERS:
        words.pop(0)  # "on Monday said": the time is not the cue
    return " ".join(words)


_CUE_LEADERS = frozenset(
    "on last this late early monday tuesday wednesday thursday friday "
    "saturday sunday week month year night weekend morning evening "
    "afternoon".split()
)


# A quotation inside a quotation, its marks kept: `“… made it clear that “…shall not be
# infringed.” Yet …”`, `the term ‘vessel’ means`.
_NESTED_QUOTE = re.compile(r"“[^“”]+”|‘[^‘’]+’")


def _law_text(text: str) -> bool:
    """Quoted law text (`shall`, `Sec. 2`, `§`), looked for outside the quotations the
    quotation holds unless those make up most of it: a statement quoting the Second
    Amendment is still a statement; an amendment quoting the words it inserts is law."""
    if not _has_law_text(text):
        return False
    nested = list(_NESTED_QUOTE.finditer(text))
    if not nested or 2 * sum(m.end() - m.start() for m in nested) >= len(text):
        return True
    outside = _NESTED_QUOTE.sub(lambda m: f"{m.group()[0]} {m.group()[-1]}", text)
    return _has_law_text(outside)


# Bill or report language a sentence puts in or reads from its document, right before
# the colon that opens the words: `include the following report language in its bill:`,
# `added the following language to the report:`, `The language below was added to the
# report:`, `Committee Report language states:`, `Here is the actual language …:`,
# `Report Language:`.
_LANGUAGE_PUT_IN = re.compile(
    r"\b(?i:includ|insert|add|contain|adopt|attach)\w*\s+(?:[\w’'$,.-]+\s+){0,3}?"
    r"[Ll]anguage\b"
    r"|\b[Ll]anguage\s+(?:[\w’'-]+\s+){0,2}?(?:(?:is|was|are|were|has\s+been)\s+)?"
    r"(?i:included|inserted|added|contained|adopted|attached|states|reads|provides)\b"
    r"|\b(?:[Hh]ere|[Bb]elow)\s+(?:is|are)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?language\b"
    # a label (`Report Language:`), not a topic after a name (`Ann Roe on Report Language:`)
    r"|(?<!\bon\s)(?<!\bOn\s)(?<!\bof\s)"
    r"\b(?:Report|Bill|Legislative|Statutory)\s+Language\s*:\s*$"
)
# Words by which the sentence tells of somebody's own words: a statement, remarks or a
# verb of saying (not the ones a document's text takes: `states`, `reads`, `added`).
_OWN_WORDS_NOUNS = frozenset(
    "statement statements comment comments remarks testimony speech interview letter".split()
)
_DOCUMENT_VERBS = frozenset("added adds read reads states stated".split())
_SPEAKING = (frozenset(P.SPEECH_VERBS) - _DOCUMENT_VERBS) | {"spoke", "speaks", "said"}


def _language_put_in(masked: str, open_at: int) -> bool:
    """The sentence ending in a colon right before the words at `open_at` puts bill or
    report language in its document or reads it from one (_LANGUAGE_PUT_IN): the words
    are that document's text, nobody's, whoever wrote it in. Not where the sentence
    tells of a statement, remarks or somebody saying something (`released the following
    statement after the House passed his harbor language:`): those are a speaker's words.
    An explanatory statement is a report's part, no statement of anybody's."""
    start = max(sentence_start(masked, open_at), open_at - LOOK_BACK)
    # past the last quotation before it: the blanked words hide the full stop ending
    # their sentence (`Vail said, “…” Tarrant’s language included in the report:`)
    start = max(start, max(masked.rfind(mark, start, open_at) for mark in '”"') + 1)
    before = masked[start:open_at].rstrip()
    if not before.endswith(":") or "anguage" not in before:
        return False
    if not _LANGUAGE_PUT_IN.search(before):
        return False
    words = [w.lower() for w in P.WORD.findall(before)]
    return not any(
        w in _SPEAKING or (w in _OWN_WORDS_NOUNS and (k == 0 or words[k - 1] != "explanatory"))
        for k, w in enumerate(words)
    )


# A word each case of `P.LAW_TEXT` holds, or how the text opens (its `^` cases).
_LAW_WORDS = ("shall", "Sec", "§", "subsection", "term")
_LAW_OPENING = re.compile(r"\(?[a-z0-9]\)\s|To\s+amend\b")


def _has_law_text(text: str) -> bool:
    """`P.LAW_TEXT.search(text)`, tried only on a text holding one of the words its
    cases need: most quotations hold none, and the pattern is tried at every position."""
    if not (any(w in text for w in _LAW_WORDS) or _LAW_OPENING.match(text)):
        return False
    return P.LAW_TEXT.search(text) is not None


# A verb of saying, in any of its forms, somewhere before a few quoted words.
_SAYING = re.compile(
    r"\b(?:said|says?|saying|told|tells?|telling|wrote|writes?|writing|penned|stated|stating"
    r"|(?:call|request|suggest|insist|claim|demand|vow|condemn|ask|warn|explain|tweet"
    r"|comment|remark|brand|blast|tout|deem|lament|complain|predict|assert|confirm|plead"
    r"|proclaim|recall|answer|add|term|echo|repeat|mock|liken|exhort|boast)(?:s|ed|ing)?"
    r"|admit(?:s|ted|ting)?|den(?:y|ies|ied|ying)|qui(?:p|ps|pped|pping)"
    r"|(?:compar|acknowledg|conced|announc|jok)(?:e|es|ed|ing)"
    r"|(?:urg|argu|alleg|describ|pledg|promis|accus|declar|voic|prais|cit|reiterat)(?:e|es|ed|ing)"
    r"|(?:express|stress)(?:es|ed|ing)?|noted|noting|dubbed|dubbing|slammed|decr(?:ied|ying|ies)"
    r"|label(?:l?ed|l?ing)|critici[sz](?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)"
    r"|testif(?:ied|ying|ies)|point(?:ed|ing|s)\s+out"
    # Verbs of opinion: `Holt believes the plan is “a gift to insurers,” and …` is her view.
    r"|believ(?:e|es|ed|ing)|think(?:s|ing)?|thought|consider(?:s|ed|ing)?|feel(?:s|ing)?|felt"
    r"|(?:view(?:s|ed|ing)?|see|sees|saw|seeing)\s+(?:[\w’'-]+\s+){0,4}?as)\b",
    re.IGNORECASE,
)


# A verb of saying or naming in the passive, its agent left out, right before a few quoted
# words: `is described as a “…”`, or a participle right after the noun it qualifies
# (`leaves described as a “…”`), not after a pronoun or a name (`what she described as`,
# `what the mayor termed`), which says whose words they are.
_PASSIVE_AS = re.compile(
    r"(?<![\w’'])(?P<lead>[a-z]+)\s+(?:[a-z]+ly\s+)?(?:described|hailed|billed|touted|dubbed"
    r"|known|referred\s+to|regarded|considered|seen|label(?:l)?ed|branded|termed|marketed"
    r"|advertised|sold|promoted|presented|characteri[sz]ed|praised|celebrated)\s+as\s+"
    r"(?:(?:a|an|the|one\s+of\s+the)\s+)?[“\"]?\s*$"
)
_NOT_A_NOUN = frozenset("he she they we i you it who that which what whom".split())
# A verb of naming in the passive right before a few quoted words (`was dubbed “…”`, `has
# been described as the “…”`), and their agent named right after the closing mark.
_PASSIVE_NAMING = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?(?:dubbed|called|named"
    r"|nicknamed|label(?:l)?ed|branded|termed|hailed|described|touted|billed|praised|"
    r"characteri[sz]ed|lauded|celebrated|recognized|recognised)"
    r"(?:\s+as)?\s+(?:(?:a|an|the|one\s+of\s+the)\s+)?[“\"]?\s*$"
)
_BY_AGENT = re.compile(rf"[\s.,]*{P.BY_AGENT}")
# A verb of honouring in the passive, its agent named with `by`, and `for` right before
# the quoted words: `was honored Friday, by the Corvale Harbor League (CHL), for “…”`.
_HONOURED_BY_FOR = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?(?:honou?red|"
    r"recogni[sz]ed|praised|commended|thanked|lauded|applauded|saluted|celebrated|cited)"
    r"\b[^;:“”\"]{0,80}?\bby\s+(?:the\s+)?[A-Z][^;:“”\"]{0,80}?\bfor\s+[“\"]?\s*$"
)
# A verb in the passive and `on`/`upon`, its agent left out, right before a few quoted
# words: `has been built on “…”`, `is based on “…”` (a slogan the clause rests on).
_PASSIVE_ON = re.compile(
    r"(?<![\w’'])(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{2,}ed|built|run|won|fought|made|set|put|spent|bought)\s+(?:up)?on\s+[“\"]?\s*$"
)
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){0,4}$", re.IGNORECASE)
# `that` opening the clause a verb of saying reports (`said Tuesday, at the pier, that …`)
_THAT_AFTER_ASIDE = re.compile(r"\s*that\s")


# A preposition right before a person's name (`objected to`, `about`, `against`, `with`):
# the person is spoken of there; not `according to`, `by`, `from` (the source).
_ASIDE_BEFORE = re.compile(
    r"(?<!according )(?<![\w’'-])(?:to|about|against|with|for|on|over|toward|towards"
    r"|than|regarding|concerning)\s+$"
)
# A verb's -ing form after the name, past an aside set off by dashes or commas: the
# person acts there (`with Ann Holt lambasting the plan`), unlike `to Ann Holt being`.
_ASIDE_ACTS = re.compile(r"(?:\s*[—–,][^—–,.!?]{0,160}[—–,])?\s+(?!being\b|having\b)[a-z]{2,}ing\b")
# How many mentions of a person `_named_only_aside` reads before it gives up.
_ASIDE_MENTIONS = 4
# A piece of writing and the one it is addressed to, ending right before a name:
# `a letter to Governor`, `an open letter addressed to the French president`, `emailed`.
# The addressee ends at a word naming the writer (`a letter to the editor signed by Rep.`).
_WRITTEN_TO = re.compile(
    r"\b(?:letters?|e-?mails?|notes?|messages?|appeals?|petitions?|pleas?|memos?|postcards?"
    r"|addresse[sd]?|wrote|written|writes|writing|emailed|e-mailed|texted)"
    r"(?:\s+(?:sent|written|addressed))?\s+to\s+(?:(?:the|a|an|his|her|their)\s+)?"
    r"(?:(?!(?:by|from|signed|co-signed|written|sent|penned|authored|drafted)\b)"
    r"[\w.’'-]+\s+){0,3}$",
    re.IGNORECASE,
)


# A sentence opening with a writing as its subject and the people it is written to:
# `The letter directed to …`, `This letter, sent to …`, `A letter to …`.
_LETTER_TO_OPENING = re.compile(
    r"(?:The|This|That|A|An|His|Her|Their|Its|Our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letters?|e-?mails?|memos?|appeals?|petitions?)\s*,?\s+"
    r"(?:(?:sent|written|addressed|directed|delivered)\s+)?to\s+"
)
_ADDRESSEE_JOINS = frozenset("and & of the".split())
# Words read between `to` and a mention for a list of addressees, at most.
ADDRESSEES_REACH = 16


# Words opening a sentence that the book may hold as a person but name nobody.
_NOT_SURNAMES = frozenset(
    "Everyone Everybody Everything Nobody Nothing Someone Somebody Anyone Anybody One Each "
    "All Both Many Some Most Such Another None This That These Those There Here What Which "
    "Who It They We You He She His Her Their Our My Your Today Yesterday".split()
)
# The capitalised word opening a sentence of the narration, from the sentence's start.
_SENTENCE_OPENING = re.compile(r"\s*([A-Z][\w’'-]+)(?=\s)")


# Somebody unnamed who speaks for a person or stands near one, ending right before the
# person's name or inside the cue's subject: `an aide to Undersecretary`, `a lawyer for`.
_ON_BEHALF = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[a-z]+\s+)?(?:aides?|advis[eo]rs?"
    r"|spokes(?:man|woman|person|men|women|people)|assistants?|deput(?:y|ies)|staffers?"
    r"|lawyers?|attorneys?|friends?|sources?|relatives?|associates?|colleagues?|allies"
    r"|ally|confidants?|supporters?)\s+(?:close\s+)?(?:to|of|for|with)\s+(?:the\s+)?"
    r"(?:[\w.’'-]+\s+){0,4}(?:$|[A-Z])"
)


# Nouns for a person of one sex whom the text may not name: `his mom`, `her husband`.
_KIN_OF_SEX = {
    "f": re.compile(
        r"\b(?:mom|mother|mum|wife|daughter|sister|grandmother|grandma|aunt|niece|widow"
        r"|girlfriend|fiancée|woman|girl|lady)s?\b",
        re.IGNORECASE,
    ),
    "m": re.compile(
        r"\b(?:dad|father|husband|son|brother|grandfather|grandpa|uncle|nephew|widower"
        r"|boyfriend|fiancé|man|boy)s?\b",
        re.IGNORECASE,
    ),
}


def _of_other_sex(person: Entity, want: str) -> bool:
    """The text titles `person` by sex (`Mr.`, `Congresswoman`), or the lexicon is sure
    of their first name, and that sex is not `want` (`m`/`f`, a pronoun's)."""
    if person.said:
        return want not in person.said
    return (
        person.gender is not None
        and person.gender != want
        and not N.either_sex(person.name.split()[0])
    )


# A statement's cue with a possessive (`shared his views on`, `gave her remarks`).
_POSSESSIVE_CUE = re.compile(r"[a-z]+\s+(his|her)\s")


def _other_possessive(cue: str | None, person: Entity) -> bool:
    """`Holt shared his views on the vote:`: a statement announced with `his`/`her` is
    the subject's own only when the subject is a person of that sex the text or the
    lexicon is sure of; else it may be another's (`Ann Holt met Tom Reed … . Holt shared
    his views`)."""
    m = _POSSESSIVE_CUE.match(cue or "")
    if m is None or person.kind != "person" or not P.STATEMENT_CUE.fullmatch(cue or ""):
        return False
    want = "m" if m.group(1) == "his" else "f"
    return person.gender != want or N.either_sex(person.name.split()[0])


# A cue after a quotation whose subject is somebody unnamed: `, said one`, `another added`.
_UNNAMED_CUE = re.compile(
    r"\s*,?\s*(?:(?:said|says|added|adds|told\s+\w+|recalled|explained|noted)\s+"
    r"(?:one|another|a\s+third|one\s+of\s+them|someone|somebody)\b"
    r"|(?:one|another|someone|somebody)\s+(?:of\s+them\s+)?(?:said|says|added|adds)\b)"
)


# Nouns for one person whom a report leaves unnamed (`one analyst`, `the senior banker`).
_UNNAMED_PERSON = (
    r"(?:analyst|arbitrageur|banker|trader|dealer|broker|economist|official|diplomat"
    r"|source|spokes(?:man|woman|person)|executive|aide|adviser|advisor|lawyer|attorney"
    r"|negotiator|delegate|observer|insider|strategist|expert|mayor|minister|governor"
    r"|senator|congressman|congresswoman|lawmaker|manager|director|chairman|chairwoman"
    r"|president|ambassador|envoy|officer|worker|striker|investor|owner|journalist"
    r"|reporter|correspondent|columnist|commentator|editor|pollster|consultant|researcher"
    r"|scientist|professor|historian|specialist|activist|campaigner|witness|politician"
    r"|legislator|prosecutor|businessman|businesswoman|man|woman"
    # kin left unnamed (`The father of Ada Marsh testified. He said:`)
    r"|"
    + "|".join(sorted(N.CLOSE_KIN, key=lambda n: (-len(n), n)))
    # with no sex, only as a kin of someone (not `the parent company`, `the child care bill`)
    + r"|(?:"
    + "|".join(sorted(N.KIN_OF_ONLY))
    + r")(?=\s+of\s))"
)
# The sex of a kin noun: an unnamed kin of the other sex than `he`/`she` is not the one
# the pronoun means (`The widow of the builder welcomed him. He said:`).
_KIN_SEX = {noun: N.KIN_SEX[noun] for noun in N.CLOSE_KIN | N.KIN_OF_ONLY}
# A kin appositive set off after a name, right before the relative's name: `Bram Vail,
# son of Senator ` (the relative's title words, if any, end it).
_KIN_APPOSITIVE_BEFORE = re.compile(
    r"[A-Za-z.],\s+(?:the\s+)?(?:late\s+)?(?P<kin>"
    + "|".join(sorted(N.KIN_SEX.keys() - N.FAMILIAR_KIN - {"partner", "parent", "child"}))
    + r")\s+of\s+(?:the\s+late\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}$"
)
# A kin appositive after a possessive, right before the kin's name: `Mayor Tod Vail’s
# grandson, ` (the relative named first, as in `Tod Vail and his grandson, `).
_POSSESSIVE_KIN_BEFORE = re.compile(
    r"(?:’s|'s)\s+(?:late\s+)?(?P<kin>"
    + "|".join(sorted(N.KIN_SEX.keys() - N.FAMILIAR_KIN - {"partner", "parent", "child"}))
    + r"),\s*$"
)
# A title of one sex right before the surname ending the text read (`Mrs. Roe`).
_SEX_TITLE_END = re.compile(r"\b(Mrs|Mr|Ms)\.?\s+[A-Z][\w’'-]*$")
# The words before the person a kin noun is of, when named (`of Sergeant Ivo Marsh`).
_KIN_OF_NAMED = re.compile(r"\s+of\s+(?:[A-Z][\w.’'-]*\s+){0,3}")
# The unnamed person a kin noun is of (`The husband of the witness`): the pronoun may
# mean that one instead.
_KIN_RELATIVE = re.compile(r"\s+of\s+(?:[\w.&’'-]+\s+){0,3}?(" + _UNNAMED_PERSON + r")\b")


def _noun_sex(noun: str) -> str | None:
    """The sex a person noun tells (`widow`, `spokeswoman`), or None (`analyst`)."""
    sex = "f" if noun.endswith("woman") else "m" if noun.endswith("man") else None
    return _KIN_SEX.get(noun, sex)


# A verb of saying right before a quotation's opening mark whose subject is a noun
# phrase in lower case after a word opening a clause: `that the city said, `, `about her
# father, who wired, `. Not after `and` (`Holt and the mayor said:` is theirs jointly),
# nor when a comma with no `who` parts the phrase from the verb: the phrase then ends a
# clause set between a name and its own verb (`Ann Holt, speaking about the ban, said:`).
_UNNAMED_INTRO = re.compile(
    r"\b(?:that|about|when|after|because|while|where)\s+(?:the|a|an|his|her|their|its)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*(?:\s+|,\s+who\s+)(?:said|says|wrote|writes|wired"
    r"|added|declared|replied|warned|told\s+(?:him|her|them|me|us))[,:]?\s*$"
)
# An owner's possessive leads in somebody unnamed too (`His aide said`, `Senator Tom
# Holt’s spokesman said`): the owner is not the one who speaks.
_UNNAMED_LEAD = (
    r"(?:[Oo]ne|[Aa]nother|[Aa]n?|[Aa]\s+(?:second|third|fourth)|[Tt]he|[Hh]is|[Hh]er|[Tt]heir"
    # the writer's own kin or colleague (`My mother … she still says`)
    r"|[Mm]y|[Oo]ur|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*[’']s)"
)
# Somebody unnamed as a sentence's subject: opening it (`But another arbitrageur said`,
# `The senior banker was opposed`), after a quotation's verb of saying (`“…,” said one
# analyst who`), or in `as one official put it`. Not when a name follows the noun
# (`One analyst, Ed Dane, said` names the person). The noun capitalised as a title is
# one too before `of` (`The Director of the Elm Department of Roads was asked`).
_UNNAMED_PHRASE = (
    r"("
    + _UNNAMED_LEAD
    + r")\s+((?:[\w.&’'-]+\s+){0,4}?)("
    + _UNNAMED_PERSON
    + r"|(?=[A-Z])(?i:"
    + _UNNAMED_PERSON
    + r")(?=\s+of\s))\b"
    r"(?!,?\s+[A-Z])(?!’s|'s)"
)
# The body an office noun is of (`Director of the Elm Department of Roads`), and the
# verbs of running one (`who runs the Elm Department of Roads`).
_BODY_WORD = r"[A-Z](?:[\w’'&-]|\.(?=\w))*"
_OFFICE_BODY = re.compile(
    rf"\s+of\s+(?:the\s+)?({_BODY_WORD}(?:\s+(?:(?:of|and|for|on|the)\s+)*{_BODY_WORD})*)"
)
_RUNS = r"(?:runs|heads|leads|directs|chairs|oversees)"
# What the office patterns may read is bounded, so that a match attempt reads a known
# number of characters (`_CUT_REACH`): a word's letters after its first, a run of white
# space, the connectors after a body's name.
_OFFICE_WORD = 50
_OFFICE_GAP = 40
_OFFICE_LINKS = 8
_GAP = rf"\s{{1,{_OFFICE_GAP}}}"
# A body's name ends there, not inside a longer one (`the Department` in `the Department
# of Roads`).
_BODY_END = rf"(?![\w’'-])(?!{_GAP}(?:(?:of|and|for|on|the){_GAP}){{1,{_OFFICE_LINKS}}}[A-Z])"
# What follows a noun phrase opening a sentence when it is an appositive of the pronoun
# that is the sentence's subject: `A politician who grew up on a farm, she said …`.
_PRONOUNS_APPOSITIVE = re.compile(r"[^,.;:!?“”\"]*,\s+(?:he|she)\b")
_UNNAMED_OPENING = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]till|[Hh]owever|[Mm]eanwhile),?\s+)?"
    # a clause of time opening the sentence (`When the mayor testified, he said:`)
    r"(?:(?:[Ww]hen|[Ww]hile)\s+)?" + _UNNAMED_PHRASE
)
# The rest of such a clause of time when its unnamed person speaks, testifies or takes
# the floor in it (`When the father of Ada Marsh, Jim, testified`, `While the mayor spoke`):
# the pronoun after it is that person's. Not other verbs (`When the mother left, she
# added:` after `Vail said` is Vail's). A name set off by commas may follow the noun.
_TIME_CLAUSE_SPEAKS = re.compile(
    r"(?:[^,.;:!?“”\"]|,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},)*?\b"
    r"(?:said|says|spoke|speaks|testified|testifies|told|tells|addressed|addresses|asked"
    r"|asks|answered|answers|replied|replies|wrote|writes|explained|explains|recalled"
    r"|recalls|remarked|remarks|declared|declares|announced|announces|arrived|arrives"
    r"|rose|rises|took\s+the\s+(?:floor|podium|stand|stage|microphone))\b"
)
_UNNAMED_SUBJECT = re.compile(
    r"(?:[_”\"],?\s+(?:said|says|added|adds|noted|notes|explained|told\s+\w+)\s+"
    r"|\bas\s+(?=\S+\s+(?:\S+\s+){0,3}?"
    + _UNNAMED_PERSON
    + r"\s+(?:put|said|says)\b))"
    + _UNNAMED_PHRASE
)
# A pronoun opening a sentence's narration (`But he added that …`): the sentence before
# may still say who it is.
_PRONOUN_OPENING = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]till|[Hh]owever),?\s+)?(?:[Hh]e|[Ss]he)\b"
)
# A firm's full name opening with `General` (`General Motors Corp`, `General Harbor Co`):
# the words between the title-like first word and the word for a company.
_GENERAL_FIRM = re.compile(
    r"\bGeneral\s+((?:[A-Z][\w&’'-]*\s+){0,2}?[A-Z][\w&’'-]*)\s+"
    r"(?:Corp|Corporation|Co|Cos|Company|Inc|Ltd|Group|Holdings)\b"
)
# Plural words for a kind of business, which end a firm's name, not a person's
# (`General Mills`, `Consolidated Foods`), besides the organisation words in the plural.
_BUSINESS_PLURALS = frozenset("mills motors foods works brands products".split())
# An adjective's ending, which ends no surname (`General Electric`, `General Dynamics`).
_ADJECTIVE_END = re.compile(r"(?:tric|mics|nics|ical|ive|ous)$")


def _business_word(word: str) -> bool:
    """`Mills`, `Motors`, `Industries`, `Electric`: a word that ends a firm's name after a
    title-like first word, never a person's surname."""
    low = word.lower()
    return (
        low in _BUSINESS_PLURALS
        or (low in N.ORG_WORDS and _plural_shaped(word))
        or bool(_ADJECTIVE_END.search(low))
    )


# A word for a nationality or a region, which opens no person's name (`African`,
# `Japanese`): a closed list, since given names end the same way (`Anish`, `Girish`,
# `Adrian`).
_NATIONALITY = frozenset(
    """African American Asian European Arab Arabian Australian Austrian Belgian Brazilian
    British Canadian Chilean Chinese Colombian Croatian Cuban Czech Danish Dutch Egyptian
    English Ethiopian Finnish French German Greek Hungarian Indian Indonesian Iranian Iraqi
    Irish Israeli Italian Japanese Jordanian Kenyan Korean Kuwaiti Latin Lebanese Libyan
    Malaysian Mexican Moroccan Nigerian Norwegian Pakistani Palestinian Peruvian Polish
    Portuguese Romanian Russian Saudi Scottish Serbian Singaporean Spanish Swedish Swiss
    Syrian Taiwanese Thai Turkish Ukrainian Venezuelan Vietnamese Welsh Nordic Baltic
    Caribbean Pacific Atlantic Mediterranean Scandinavian Balkan Gulf""".split()
)
# A mention that is somebody unnamed (`Washington, one official`, `One Western diplomat`).
_UNNAMED_MENTION = re.compile(
    r"(?:^|,\s*)(?:[Oo]ne|[Aa]nother)\s+(?:[\w.&’'-]+\s+){0,3}?" + _UNNAMED_PERSON + r"\b"
)


def looks_like_speech(text: str) -> bool:
    """A statement rather than a scare quote, a nickname or a title."""
    return len(P.WORD.findall(text)) >= MIN_UNCUED_WORDS


# -- the article ----------------------------------------------------------------


# The patterns of one surname, compiled once each: `re`'s own cache, which every pattern
# compiled at run time shares, drops them again and again over a long import.
@functools.lru_cache(maxsize=1024)
def _titled_surname(surname: str) -> re.Pattern[str]:
    """The member named by office and `surname` (`Senator Holt`; a committee's chair or
    ranking member, `Ranking Member Holt`, a leader or governor too), not in a cue (`said
    Senator Holt`), an introduction (`This is Senator Holt`) or a possessive."""
    return re.compile(
        r"(?=[A-Z])(?<!said )(?<!says )(?<!added )(?<!This is )(?<!this is )(?<!I am )(?<!I’m )"
        r"(?<!I'm )\b(?:Rep\.|Sen\.|Congressman|Congresswoman|Senator|Representative|"
        r"Chairman|Chairwoman|Ranking\s+Member|Leader|Governor|Gov\.)\s+"
        rf"(?:[A-Z][\w.]*\s+){{0,2}}{re.escape(surname)}\b(?![’']s)"
    )


@functools.lru_cache(maxsize=1024)
def _given_then(surname: str) -> re.Pattern[str]:
    """A capitalised word before `surname`, not after `and` (a couple's first name)."""
    return re.compile(rf"(?=[A-Z])(?<!\band )\b([A-Z][a-z]+)\s+{re.escape(surname)}\b")


def _given_then_end(surname: str) -> re.Pattern[str]:
    """`_given_then` ending where the text read ends (a couple's first person)."""
    return re.compile(rf"(?=[A-Z])(?<!\band )\b([A-Z][a-z]+)\s+{re.escape(surname)}$")


# An aside set off by commas right before a couple's `and his wife` (`Ron Holt, a
# retired welder, and his wife`): one clause, no sentence's end.
_COUPLE_ASIDE = re.compile(r",\s+(?P<aside>[^,.;:!?“”\"\n]{1,80}),$")

# The longest stretch an office pattern reads before a body's name (`Ann Roe, the new
# Director of the Elm …` with `_OFFICE_WORD` and `_OFFICE_GAP` at their bounds: nine
# words, thirteen gaps, a few fixed words), plus the noun's length; and after it
# (`_BODY_END`'s lookahead).
_BODY_BEFORE = 9 * (1 + _OFFICE_WORD) + 13 * _OFFICE_GAP + 20
_BODY_AFTER = _OFFICE_GAP + _OFFICE_LINKS * (3 + _OFFICE_GAP) + 2
# How far before the point a text is cut the office patterns are read again on the cut
# text (plus the noun's and the body's lengths): a match attempt starting further back
# reads no further than the point, so it reads the same whether the text is cut or not.
_CUT_REACH = _BODY_BEFORE + _BODY_AFTER
_NAME_WORD = rf"[A-Z][\w’'.-]{{0,{_OFFICE_WORD}}}"
_FILL_WORD = rf"[\w’'.-]{{1,{_OFFICE_WORD + 1}}}"
_CAPS_WORD = rf"[A-Z][\w’'&-]{{0,{_OFFICE_WORD}}}"
_BODY_TOKEN = re.compile(r"[\w’'-]+")
_HASH_BASE = 1_000_003
_HASH_MOD = (1 << 61) - 1


class _BodyPlaces:
    """Where each run of words stands in the paragraphs, read once, so that the places a
    body's name stands are looked up for each body, not searched for in the whole text."""

    def __init__(self, masked: list[str]) -> None:
        self.masked = masked
        self.ids: dict[str, int] = {}
        # per paragraph: each word's id and where it starts
        self.words: list[tuple[list[int], list[int]]] = []
        for text in masked:
            ids: list[int] = []
            starts: list[int] = []
            for m in _BODY_TOKEN.finditer(text):
                ids.append(self.ids.setdefault(m.group(), len(self.ids) + 1))
                starts.append(m.start())
            self.words.append((ids, starts))
        # per run length: the hash of each run of that many words -> (paragraph, index)
        self.runs: dict[int, dict[int, list[tuple[int, int]]]] = {}

    def _runs(self, n: int) -> dict[int, list[tuple[int, int]]]:
        table = self.runs.get(n)
        if table is None:
            table = self.runs[n] = {}
            top = pow(_HASH_BASE, n - 1, _HASH_MOD)
            for p, (ids, _) in enumerate(self.words):
                h = 0
                for i, w in enumerate(ids):
                    if i >= n:
                        h = (h - ids[i - n] * top) % _HASH_MOD
                    h = (h * _HASH_BASE + w) % _HASH_MOD
                    if i >= n - 1:
                        table.setdefault(h, []).append((p, i - n + 1))
        return table

    def places(self, body: str) -> list[list[int]]:
        """Per paragraph, where `body` stands starting at a word's start, in text order."""
        out: list[list[int]] = [[] for _ in self.masked]
        key = [self.ids.get(w, 0) for w in _BODY_TOKEN.findall(body)]
        if not key or 0 in key:
            return out
        h = 0
        for w in key:
            h = (h * _HASH_BASE + w) % _HASH_MOD
        for p, i in self._runs(len(key)).get(h, ()):
            ids, starts = self.words[p]
            if ids[i : i + len(key)] == key and self.masked[p].startswith(body, starts[i]):
                out[p].append(starts[i])
        return out


class _OfficeMatches:
    """The holders an office of a body is given (`Ann Roe, Director of the Elm Department
    of Roads`, `Ann Roe, who runs …`) and the bodies a shortened body's name may be, each
    matched once in the text around the places the body's name stands; `unsure` answers
    for the text before a position as a search of the text cut there would (linear time:
    a match holds the body's name and reads a bounded stretch around it)."""

    def __init__(self, masked: list[str], noun: str, body: str, places: _BodyPlaces) -> None:
        self.masked = masked
        self.held = re.compile(
            rf"({_NAME_WORD}(?:{_GAP}{_NAME_WORD}){{1,3}}),{_GAP}(?:{_FILL_WORD}{_GAP}){{0,2}}?"
            r"(?:(?i:" + noun + rf"){_GAP}of|who{_GAP}(?:now{_GAP}|also{_GAP})?" + _RUNS + r")"
            rf"{_GAP}(?:the{_GAP})?(?:{_CAPS_WORD}{_GAP}){{0,3}}?" + re.escape(body) + _BODY_END
        )
        self.named = re.compile(rf"((?:{_CAPS_WORD}{_GAP}){{0,3}})" + re.escape(body) + _BODY_END)
        self.reach = _CUT_REACH + len(noun) + len(body)
        # per paragraph: the stretches around the body's places (merged), their starts
        # and ends; no match starts or reads outside them
        self.spans: list[tuple[list[int], list[int]]] = []
        for text, at in zip(masked, places.places(body), strict=True):
            lows: list[int] = []
            highs: list[int] = []
            for q in at:
                lo = max(0, q - self.reach)
                hi = min(len(text), q + len(body) + _BODY_AFTER)
                if highs and lo <= highs[-1]:
                    highs[-1] = hi
                else:
                    lows.append(lo)
                    highs.append(hi)
            self.spans.append((lows, highs))
        # (start, end, value) of each match in the whole text, in text order, and the
        # first two distinct values with the index of the match that first gave each.
        self.people = self._matches(self.held, self._person)
        self.bodies = self._matches(self.named, self._body)

    @staticmethod
    def _person(m: re.Match[str]) -> str:
        return m.group(1)

    @staticmethod
    def _body(m: re.Match[str]) -> str:
        return " ".join(w for w in m.group(1).split() if w != "The")

    def _matches(
        self, pattern: re.Pattern[str], value: Callable[[re.Match[str]], str]
    ) -> tuple[list[int], list[int], list[str], list[tuple[int, str]]]:
        starts: list[int] = []
        ends: list[int] = []
        values: list[str] = []
        first: list[tuple[int, str]] = []
        for i, (text, (lows, highs)) in enumerate(zip(self.masked, self.spans, strict=True)):
            for lo, hi in zip(lows, highs, strict=True):
                for m in pattern.finditer(text, lo, hi):
                    v = value(m)
                    if v and len(first) < 2 and all(v != f for _, f in first):
                        first.append((len(values), v))
                    starts.append(i * STRIDE + m.start())
                    ends.append(i * STRIDE + m.end())
                    values.append(v)
        return starts, ends, values, first

    def _before(
        self,
        pos: int,
        pattern: re.Pattern[str],
        found: tuple[list[int], list[int], list[str], list[tuple[int, str]]],
        value: Callable[[re.Match[str]], str],
    ) -> set[str]:
        """Up to two distinct non-empty values of the matches a search of the text cut at
        `pos` finds: those of the whole text's starting well before the cut, then the
        cut paragraph read again near the cut, where a lookahead may answer otherwise."""
        starts, ends, values, first = found
        paragraph, at = divmod(pos, STRIDE)
        if paragraph >= len(self.masked):
            return {v for _, v in first}
        reach = max(0, at - self.reach)
        k = bisect.bisect_left(starts, paragraph * STRIDE + reach)
        out = {v for i, v in first if i < k}
        if len(out) > 1 or at <= 0:
            return out
        restart = reach
        if k and ends[k - 1] > paragraph * STRIDE + reach:
            restart = ends[k - 1] - paragraph * STRIDE
        text = self.masked[paragraph]
        lows, highs = self.spans[paragraph]
        for j in range(bisect.bisect_right(highs, restart), len(lows)):
            if lows[j] >= at:
                break
            for m in pattern.finditer(text, max(lows[j], restart), min(highs[j], at)):
                v = value(m)
                if v:
                    out.add(v)
                    if len(out) > 1:
                        return out
        return out

    def unsure(self, pos: int) -> bool:
        """More than one holder of the office, or more than one body, before `pos`."""
        return (
            len(self._before(pos, self.held, self.people, self._person)) > 1
            or len(self._before(pos, self.named, self.bodies, self._body)) > 1
        )


@dataclass
class _Found:
    seg: Segment
    attribution: Attribution | None
    # continues a quotation whose closing mark is missing, or the block right before it
    runs_on: bool = False


def _given_forms(name: str, noun: str, body: str | None) -> tuple[str, list[str]]:
    """`_Extractor._given_role`'s patterns for `name` given the role `noun`: the title
    before the name (`Editor Ann Holt`), which ends with the name, and the forms that
    open with it: the appositive, or with the `body` the office of that body and running
    it."""
    escaped = re.escape(name)
    title = r"\b(?i:" + noun + r")\s+(?:[A-Z][\w’'.-]*\s+){0,2}?" + escaped
    if body is None:
        return title, [_given_appositive(escaped, noun)]
    # the body named in full before and shortened after (`the Elm Department of Roads`
    # … `The Director of the Department of Roads`)
    of = r"\s+(?:the\s+)?" + _GIVEN_FULL + re.escape(body) + _BODY_END
    # the office itself, not a deputy's or a past holder's (`Deputy Director`)
    return title, [
        escaped + r",\s+(?:the\s+)?(?i:" + noun + r")\s+of" + of,
        escaped + r",\s+who\s+(?:now\s+|also\s+)?" + _RUNS + of,
    ]


def _given_appositive(escaped: str, noun: str) -> str:
    return (
        escaped + r",\s+(?:(?:the|an?)\s+)?(?:(?!(?:who|whom|whose|which|that|and)\b)"
        r"[\w’'.-]+\s+){0,2}?(?i:" + noun + r")\b"
    )


# A word of a body's full name before its shortened name (`_given_forms`).
_GIVEN_FULL_WORD = r"[A-Z][\w’'&-]*\s+"
_GIVEN_FULL = r"(?:" + _GIVEN_FULL_WORD + r"){0,3}?"
# How many of a body's first word runs key it in `_GivenPlaces.by_body`, within how many
# characters.
_BODY_KEY_RUNS = 3
_BODY_KEY_REACH = 120
_WORD_RUN = re.compile(r"\w+")
_BODY_END_AT = re.compile(_BODY_END)


def _body_key(body: str) -> str | None:
    """The start of `body` up to the end of its `_BODY_KEY_RUNS`th run of word
    characters (or its last), which the text writes where the body's forms match;
    None for a body that does not open with a capital or whose key is too long."""
    if not re.match(r"[A-Z]", body):
        return None
    runs = list(itertools.islice(_WORD_RUN.finditer(body), _BODY_KEY_RUNS))
    key = body[: runs[-1].end()]
    return key if len(key) <= _BODY_KEY_REACH else None


class _GivenPlaces:
    """Where `_given_forms` of one name and role noun may match, read from the places
    the text writes the name: the ends of the title form's matches (`titled`), of the
    appositive's at a place the title form does not match (`appositive`), and per
    `_body_key` the places after the name's office of a body or running one where a
    body's name opening with that key may start (`by_body`, up to three capitalised
    words of its full name apart), where `body_ends` reads the body itself. Every match
    of the forms starts at a place of the name or ends with one (the title form, whose
    role noun is the end of one of the three runs of non-space before the name's place,
    the last two capitalised words), so these are all of them."""

    @staticmethod
    def fits(name: str, noun: str) -> bool:
        """Whether the reading above holds: the noun a word of letters matched as long
        as it is written and none of the forms' other words, the name opening with no
        space."""
        return (
            bool(name)
            and not name[0].isspace()
            and noun.isalpha()
            and noun not in ("the", "who", "now", "also")
        )

    def __init__(
        self, masked: list[str], name: str, noun: str, places: list[tuple[int, int]]
    ) -> None:
        escaped = re.escape(name)
        title = re.compile(_given_forms(name, noun, None)[0])
        appositive = re.compile(_given_appositive(escaped, noun))
        # the forms' words before a body's name, after the name
        before_body = rf"(?:(?:the\s+)?(?i:{noun})\s+of|who\s+(?:now\s+|also\s+)?{_RUNS})"
        office = re.compile(escaped + r",\s+" + before_body + r"\s+(?:the\s+)?")
        full_word = re.compile(_GIVEN_FULL_WORD)
        self.titled: list[tuple[int, int]] = []
        self.appositive: list[tuple[int, int]] = []
        self.by_body: dict[str, list[tuple[int, list[int]]]] = {}
        for i, at in places:
            text = masked[i]
            # the title form's starts: the noun ending one of the three runs of
            # non-space before the name, each after a run of space
            starts = []
            j = at
            for _ in range(3):
                k = j
                while k > 0 and text[k - 1].isspace():
                    k -= 1
                if k == j or k == 0:
                    break
                run_end = k
                while k > 0 and not text[k - 1].isspace():
                    k -= 1
                if run_end - len(noun) >= k:
                    starts.append(run_end - len(noun))
                j = k
            for start in starts:
                m = title.match(text, start)
                if m is not None:
                    self.titled.append((i, m.end()))
            m = title.match(text, at)
            if m is not None:
                self.titled.append((i, m.end()))
                continue  # the title form is tried first there
            m = appositive.match(text, at)
            if m is not None:
                self.appositive.append((i, m.end()))
            m = office.match(text, at)
            if m is None:
                continue
            # the body's full name may open with up to three capitalised words: the
            # forms' lazy `{0,3}?` tries the body after none, one, two, then three
            starts = []
            word_at = m.end()
            for _ in range(4):
                if not re.match(r"[A-Z]", text[word_at : word_at + 1]):
                    break
                starts.append(word_at)
                w = full_word.match(text, word_at)
                if w is None:
                    break
                word_at = w.end()
            keys: set[str] = set()
            for word_at in starts:
                runs = _WORD_RUN.finditer(text, word_at, word_at + _BODY_KEY_REACH + 1)
                for n, run in enumerate(runs):
                    if n >= _BODY_KEY_RUNS or run.end() > word_at + _BODY_KEY_REACH:
                        break
                    keys.add(text[word_at : run.end()])
            for key in keys:
                self.by_body.setdefault(key, []).append((i, starts))

    def body_ends(self, masked: list[str], key: str, body: str) -> list[tuple[int, int]]:
        """(paragraph, end) of the body forms' match at each place indexed under `key`:
        the body written at the first of the place's starts it is written at, ending
        there as `_BODY_END` wants."""
        out = []
        for i, starts in self.by_body.get(key, ()):
            text = masked[i]
            for word_at in starts:
                end = word_at + len(body)
                if text.startswith(body, word_at) and _BODY_END_AT.match(text, end):
                    out.append((i, end))
                    break
        return out


class _MemberTags:
    """A paragraph's members' tags (`P.MEMBER_TAG`) and the lists of tagged members
    (`tagged_list`) the sentences ending at them hold, for `_Extractor._listed_members`,
    which asks for the latest list before each group cue (`the senators wrote`): the
    paragraph is scanned once and each tag read once, whatever the number of cues."""

    def __init__(self, text: str, masked: str) -> None:
        self.text = text
        self.masked = masked
        found = list(P.MEMBER_TAG.finditer(text))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        # per tag, the latest tag up to it that ends a list (-1: none; None: not read)
        self._latest: list[int | None] = [None] * len(found)
        self._lists: dict[int, tuple[int, list[str]]] = {}

    def lists_before(self, at: int | None) -> Iterator[tuple[int, int, list[str]]]:
        """Where the sentence starts, where it ends at a tag and its list of tagged
        members, for each tag a scan of the text up to `at` (all of it for None) finds
        whose sentence ends such a list, the last first. The tags are the paragraph's
        matches that end by `at`: a tag ends with its `)`, so the shorter text ends no
        match of the whole text otherwise. Only where a match starts before `at` and ends
        after it might the shorter text match otherwise from its start: that stretch is
        scanned again (`_cut`)."""
        k = self._before(at)
        for end in reversed(self._cut(at, k)):
            begin, listed = self._read(end)
            if listed:
                yield begin, end, listed
        j = k - 1
        while j >= 0:
            j = self._latest_list(j)
            if j < 0:
                return
            begin, listed = self._lists[j]
            yield begin, self.ends[j], listed
            j -= 1

    def _before(self, at: int | None) -> int:
        """How many of the paragraph's tags end by `at`."""
        return len(self.ends) if at is None else bisect.bisect_right(self.ends, at)

    def _cut(self, at: int | None, k: int) -> list[int]:
        """The ends of the tags the text before `at` holds after the first `k`: none
        unless the paragraph's next match starts before `at`."""
        if at is None or k == len(self.starts) or self.starts[k] >= at:
            return []
        return [m.end() for m in P.MEMBER_TAG.finditer(self.text, self.starts[k], at)]

    def _read(self, end: int) -> tuple[int, list[str]]:
        begin = sentence_start(self.masked, end)
        return begin, tagged_list(self.text[begin:end] + " ")

    def _latest_list(self, j: int) -> int:
        """The latest tag up to the `j`th that ends a list, -1 for none; every tag is
        read once, the answer kept for the tags passed on the way."""
        passed = []
        while j >= 0:
            known = self._latest[j]
            if known is not None:
                j = known
                break
            begin, listed = self._read(self.ends[j])
            if listed:
                self._lists[j] = (begin, listed)
                self._latest[j] = j
                break
            passed.append(j)
            j -= 1
        for k in passed:
            self._latest[k] = j
        return j


def _quotes_another(words: str) -> str | None:
    """The verb with which the words end introducing somebody else's, quoted inside them
    (`_QUOTES_ANOTHER`), if they do."""
    tail = words.rstrip()
    m = _QUOTES_ANOTHER.search(tail[-60:]) if tail.endswith(":") else None
    return (m.group("ing") or m.group("verb")) if m else None


class _Extractor:
    @functools.cached_property
    def _document(self) -> str:
        """The whole text, read where a label's name must be found again elsewhere."""
        return "\n".join(self.paragraphs)

    def _whole(self) -> str:
        return self._document

    def __init__(self, paragraphs: list[str], others: Sequence[str] = ()) -> None:
        self.paragraphs = paragraphs
        # Per paragraph, its members' tags and the lists they end (`_listed_members`).
        self._member_tags: dict[int, _MemberTags] = {}
        # The headline and the page's lines outside the body, read only for names.
        self.others = others
        self.book = SpeakerBook()
        # Whether a closing mark stands after each paragraph (a spaced opening mark that
        # one closes is no cut dash).
        closed_later = [False] * len(paragraphs)
        for i in range(len(paragraphs) - 1, 0, -1):
            closed_later[i - 1] = closed_later[i] or _last_closer(paragraphs[i]) >= 0
        self.segments = [find_segments(p, i, closed_later[i]) for i, p in enumerate(paragraphs)]
        self.masked = [mask_quotes(p, s) for p, s in zip(paragraphs, self.segments, strict=True)]
        # `_label_verb_before`'s answers by (paragraph, opening mark).
        self._label_verbs: dict[tuple[int, int], bool] = {}
        # `_role_holders`' answers by role noun.
        self._role_holders_by_noun: dict[str, list[Entity]] = {}
        # `_labelled_body`'s organisations by body noun.
        self._bodies_by_noun: dict[str, list[Entity]] = {}
        self.book.texts = self.masked
        self.book.outside = [others[0]] if others and others[0] else []  # the headline
        # (position, entity) of every speaker found so far at a cue, in position order.
        self.spoke: list[tuple[int, Entity]] = []
        # The names of the people in `spoke`.
        self._spoken: set[str] = set()
        # Per paragraph, where the word `letter` starts in it (`_last_letter`), found once.
        self._letters: dict[int, list[int]] = {}
        # Per letter sentence after a quotation (paragraph, start), its whole list of
        # signers and the list's words, or None (`_signers_listed`), read once.
        self._signed_lists: dict[tuple[int, int], tuple[list[str], str, bool] | None] = {}
        # per list of tagged members (paragraph, sentence start, end), whether it leaves
        # out people it names untagged: read once, whatever the number of group cues
        self._left_out: dict[tuple[int, int, int], bool] = {}
        # Per sentence start (document offset), what `_colleague_leader_in` read there.
        self._colleague_leaders: dict[int, tuple[str, str] | None] = {}
        # (paragraph, start) of quotations whose byline named somebody the parse could not
        # be sure of: nobody's, never the lead's or a neighbour's speaker instead.
        self.withheld: set[tuple[int, int]] = set()
        # Words opening right after words whose closing mark is lost and a cue ends them
        # (`_withhold_after_closing_cue`), by the id of the words before.
        self.after_closing_cue: dict[int, Quote] = {}
        # Of those, the ones whose sentence goes on with a cue the parse did not read
        # (`“…,” intoned Rep. Tod Vail.`): where that cue's sentence ends.
        self._unread_cue_ends: dict[tuple[int, int], int] = {}
        # Per first name alone, whether the text treats it as a body's name (read once).
        self._body_names: dict[str, bool] = {}
        # `_heads_a_body`'s answer for each signature name, read once per document.
        self._body_heads: dict[str, bool] = {}
        # Per surname: (position, first name) of each full name written with it.
        self._given: dict[str, list[tuple[int, str]]] = {}
        # Per person: the sexes `he`/`she` were already found to mean them by.
        self._pronoun_sex: dict[str, set[str]] = {}
        # The words after `General` in firms' names the text writes in full (read once).
        self._general_firms: set[str] | None = None
        # Per quotation (paragraph, end) whose cue named a person, not a pronoun: where
        # the quotation ends and that person.
        self._cued: dict[tuple[int, int], tuple[int, Entity]] = {}
        # Per (paragraph, role noun): where each quotation opens whose words speak of
        # that role as somebody else's (`_quotes_naming_role`), found once.
        self._role_quotes: dict[tuple[int, str], list[int]] = {}
        # Per (office noun, body): `_office_unsure`'s matches in the whole text, read once.
        self._offices: dict[tuple[str, str], _OfficeMatches] = {}
        # Per (name, role noun, body): where `_given_role`'s first match ends, read once.
        self._given_roles: dict[tuple[str, str, str | None], int | None] = {}
        # Per (name, role noun): where `_given_role`'s forms may match (`_GivenPlaces`);
        # per name: where the masked text writes it (`_name_places`). Read once.
        self._given_places: dict[tuple[str, str], _GivenPlaces] = {}
        self._name_at: dict[str, list[tuple[int, int]]] = {}
        # Per title: each surname written after it with its given names (`_couple_role`).
        self._titled: dict[str, dict[str, list[tuple[int, str]]]] = {}
        # Per title: the surnames written after it as a past holder's (`former`, `late`),
        # and whether the text names a `new` holder of it (`_couple_role`).
        self._titled_past: dict[str, tuple[set[str], bool]] = {}
        # Where each run of words stands, for `_OfficeMatches`, read once when first asked.
        self._body_places: _BodyPlaces | None = None
        # Per (paragraph, quotation carried on from the block before): the block that opens
        # its run; and per (paragraph, that block): whether its run goes on (`_blocks_own`).
        self._run_heads: dict[tuple[int, int], int] = {}
        self._runs_own: dict[tuple[int, int], bool] = {}

    def run(self) -> tuple[list[Speaker], list[Quote]]:
        for i, masked in enumerate(self.masked):
            register_names(self.book, masked, i, self.paragraphs[i])
        self.book.note_given_in_full([*self.masked, *self.others])
        self._note_sex_signs()
        found = [self._attribute(i) for i in range(len(self.paragraphs))]
        reported = self._reported()
        quotes = self._direct(found, reported) + reported
        quotes.sort(key=lambda q: (q.paragraph, q.start))
        self._signed_below(quotes)
        self._possessors_statement(quotes)
        self._withhold_after_closing_cue(quotes)
        self._lead_speaker(quotes)
        # `Congressman Ann Holt “…” Al Varga, President of … “…”`: names standing over
        # each statement say who speaks better than the sentences around them.
        label_before(self.paragraphs, quotes, self.book, STRIDE)
        self._closing_cue(quotes)
        self._talked_about(quotes)
        inner = [
            q for quote in quotes if quote.kind == "direct" for q in self._quoted_within(quote)
        ]
        if inner:
            quotes = sorted(quotes + inner, key=lambda q: (q.paragraph, q.start))
        return self.book.speakers(), quotes

    def _talked_about(self, quotes: list[Quote]) -> None:
        """`“I know them well,” said Tarrant. “He stated with certainty, “I know all of
        them will be paid.”`: inside a speaker's words a pronoun and a verb of saying
        introduce the words opening right after them (`_PRONOUN_CUE_END` ending the words
        before; or `_PRONOUN_CUE_OPENS` opening these words, the cue read inside their
        marks). The speaker says `I` of themselves: `he` is somebody they talk about, so
        when the parse gave those words to that same speaker (by going on with the run, or
        by the pronoun read as them) they are nobody's."""
        run: list[str] = []
        prev: Quote | None = None
        for q in quotes:
            if q.kind != "direct" or q.part != "body":
                continue
            if prev is None or prev.paragraph != q.paragraph:
                run, prev = [], None
            text = self.paragraphs[q.paragraph]
            right_after = prev is not None and bool(_RUN_GAP.fullmatch(text, prev.end, q.start))
            same = bool(q.speakers) and q.speakers == run and right_after
            if _PRONOUN_CUE_OPENS.match(q.text):
                # The cue read inside the marks: the run's speaker by going on or by the
                # pronoun resolved to them.
                talked = bool(q.speakers) and (q.method == "continuation" or same)
            else:
                cue = _PRONOUN_CUE_END.search(prev.text) if prev is not None else None
                talked = (
                    same
                    and prev is not None
                    and prev.speakers == run
                    and cue is not None
                    and not _narrator_goes_on(prev.text[: cue.start()], cue.group(), q.text)
                )
            if talked:
                q.speakers, q.speaker, q.mention = [], None, None
                q.method, q.confidence = None, None
                q.cue = q.cue or "said"
                self.withheld.add((q.paragraph, q.start))
            elif q.speakers:
                run = list(q.speakers)
            prev = q

    def _withhold_after_closing_cue(self, quotes: list[Quote]) -> None:
        """`“The harbor needs dredging, said Dunn. “We will act …”`: the words opening
        right after words whose closing mark is lost and which end in a cue
        (`speakers.closing_cue`, read by `_closing_cue`) are that person's going on, not
        the lead's member's by default."""
        for q, nxt in zip(quotes, quotes[1:], strict=False):
            if q.kind != "direct" or q.part != "body":
                continue
            text = self.paragraphs[q.paragraph]
            if S.opens_right_after(q, nxt, text) and S.closing_cue(q, text):
                self.withheld.add((nxt.paragraph, nxt.start))
                if nxt.cue is None:
                    self.after_closing_cue[id(q)] = nxt

    def _closing_cue(self, quotes: list[Quote]) -> None:
        """`“The harbor needs dredging, said Roe. “We will act …”`: an opening mark whose
        closing mate is lost, its words ending in a cue set off by a comma right before the
        next opening mark (`speakers.closing_cue`): the cue's person's words, or nobody's when the
        cue's name is no person the text names (never the lead's member by default)."""
        following = self.after_closing_cue
        for q in quotes:
            if q.kind != "direct" or q.part != "body":
                continue
            m = S.closing_cue(q, self.paragraphs[q.paragraph])
            if m is None:
                continue
            words = S.cued_words(m)
            at = q.paragraph * STRIDE + q.start + m.start()
            entity = resolve(self.book, " ".join(words), at)
            names = speaker_names(entity, explicit=True) if entity is not None else []
            if entity is None or entity.kind != "person" or not names:
                names = []
            q.speakers, q.speaker = names, names[0] if names else None
            q.mention = " ".join(words) if names else None
            q.method = "cue" if names else None
            q.confidence = CONFIDENCE["cue-sentence"] if names else None
            if not names:
                self.withheld.add((q.paragraph, q.start))
            # The words opening right after go on with that person (or nobody): a going-on
            # read before this cue was of the speaker before them.
            nxt = following.get(id(q))
            if nxt is not None and (not nxt.speakers or nxt.method == "continuation"):
                nxt.speakers, nxt.speaker = list(names), names[0] if names else None
                nxt.mention = None
                nxt.method = "continuation" if names else None
                nxt.confidence = CONFIDENCE["continuation"] if names else None

    def _quoted_within(self, quote: Quote) -> list[Quote]:
        """The words of a named person that a statement quotes inside its own marks
        (`“As President Ann Holt said last spring, ‘We will rebuild.’ …”`): single marks
        right after a person as the subject of a verb of saying and a few lower-case words
        (`_NESTED_CUE`); the person's words, not the statement's speaker's."""
        text = self.paragraphs[quote.paragraph]
        if quote.part != "body" or "‘" not in text and "'" not in text:
            return []
        found: list[Quote] = []
        reach = quote.start  # no opener inside a quotation already read
        # A straight opener with no closer after it: no later straight opener has one
        # either (each would search the rest of the statement again).
        straight_open = False
        words_closer = _WordsCloser(text, quote.end)
        for opener in _SINGLE_OPENER.finditer(text, quote.start, quote.end):
            at = opener.start()
            if at < reach or straight_open and text[at] == "'":
                continue
            close = _single_closer(text, at, quote.end)
            if close < 0:
                straight_open = straight_open or text[at] == "'"
                continue
            reach = close + 1
            inner = text[at + 1 : close]
            if not _nested_words(inner):
                continue
            mine = _FIRST_PERSON_CUE.search(text, max(quote.start, at - 60), at + 1)
            if mine is not None:
                # `“… I have always asked, ‘What’s the cost?’ …”`: the statement's
                # speaker's own words, theirs once the statement has a speaker.
                found.append(
                    replace(
                        quote,
                        text=inner.strip(),
                        mention=mine.group("i") or mine.group("my"),
                        cue=mine.group("verb") or mine.group("verb2"),
                        start=at + 1 + len(inner) - len(inner.lstrip()),
                        end=at + 1 + len(inner.rstrip()),
                        speakers=list(quote.speakers),
                        corrected=[],
                    )
                )
                continue
            m = _NESTED_CUE.search(text, max(quote.start, at - 200), at + 1)
            mention = _nested_subject(text, m) if m is not None else None
            if m is None or mention is None:
                continue
            # `the farmers’ markets`: a mark followed by a lower-case word is an
            # apostrophe, not the end of the words
            close = words_closer.find(at, close)
            inner = text[at + 1 : close]
            if close < 0 or not _nested_words(inner):
                continue
            held = self._nested_titles(mention)
            if not _nested_form(mention, held):
                continue
            pos = quote.paragraph * STRIDE + m.end("np") - len(mention)
            entity = resolve(self.book, mention, pos)
            if entity is None or entity.kind != "person" or not _nested_named(mention, entity):
                continue
            names = speaker_names(entity, explicit=True)
            if len(names) != 1:
                continue
            _mark_quoted(entity, mention)
            reach = close + 1
            start = at + 1 + len(inner) - len(inner.lstrip())
            found.append(
                Quote(
                    text=inner.strip(),
                    speakers=names,
                    mention=mention,
                    cue=m.group("verb"),
                    paragraph=quote.paragraph,
                    start=start,
                    end=start + len(inner.strip()),
                    method="cue",
                    confidence=CONFIDENCE["cue-sentence"],
                )
            )
        return found

    def _nested_titles(self, mention: str) -> tuple[str, str | None] | None:
        """For a title and a surname alone (`Mayor Holt`), the role and the office of the
        one person of that surname the text named before, read before the mention is
        resolved (resolving it may give the person its title); the mention's own title
        when the text named nobody of that surname (`President Holt said on the campaign
        trail, '…'` with no other Holt); None otherwise."""
        words = mention.split()
        if len(words) != 2:
            return None
        named = self.book.by_tail.get((words[-1],), set()) | (
            {words[-1]} if words[-1] in self.book.entities else set()
        )
        if not named:
            title = words[0].rstrip(".").lower()
            return (title, TITLE_OFFICES.get(title))
        entity = self.book.entities.get(next(iter(named))) if len(named) == 1 else None
        return (entity.role or "", entity.office) if entity is not None else None

    def _note_sex_signs(self) -> None:
        """The text's own words giving a named person's sex (`Casey Morgan and his wife`,
        `Casey Morgan, a father of three,`) count as a title would."""
        for masked in self.masked:
            if not _SEX_WORD.search(masked):
                continue  # the scan below tries each capital; few paragraphs have a sign
            for m in _SEX_SIGN.finditer(masked):
                sex = (
                    {"his": "m", "her": "f"}[m.group("poss")]
                    if m.group("poss")
                    else _SEX_OF_NOUN[m.group("noun")]
                )
                # `On Monday Casey Morgan, a father of three,`: the name is the run's
                # longest tail the book knows.
                words = m.group("name").split()
                entity = next(
                    (e for k in range(len(words) - 1) if (e := self.book.known(words[k:]))),
                    None,
                )
                if entity is not None and entity.kind == "person" and " " in entity.name:
                    entity.say_gender(sex)
            for m in _SEX_BEFORE.finditer(masked):
                # `9/11 widow Ann Holt`, `her husband Tom Holt`: the noun is the named
                # person's; the name as written, or without a capital run on after it.
                # After an article the name may open a clause of its own (`the woman Tom
                # Holt defeated`): no sign.
                if _ARTICLE_BEFORE.search(masked, max(0, m.start() - 60), m.start()):
                    continue
                words = m.group("name").split()
                entity = next(
                    (
                        e
                        for k in (len(words), len(words) - 1)
                        if k >= 2
                        if (e := self.book.entities.get(" ".join(words[:k])))
                    ),
                    None,
                )
                if entity is not None and entity.kind == "person":
                    entity.say_gender(_SEX_OF_NOUN[m.group("noun")])

    def _possessors_statement(self, quotes: list[Quote]) -> None:
        """Words right after a label naming whose statement they are (`Roe’s statement is
        below:`, `Below is Rep. Ben Roe’s full statement:`, `Excerpts of Roe’s remarks`) are
        that person's, with the uncued blocks running on from them: never the lead's
        member or the issuer by default."""
        owner: list[str] | None = None
        last: Quote | None = None
        for q in quotes:
            if q.kind != "direct" or q.part != "body":
                continue
            if owner is not None and last is not None and self._runs_on_from(last, q):
                if not q.speakers and q.cue is None:
                    said = self._said_by_another(q, owner)
                    if said == _ANOTHERS_CUE:
                        owner, last = None, None  # `“…,�? Commodore Kell said.`: not the owner's
                        continue
                    if owner:
                        q.speakers, q.speaker = list(owner), owner[0]
                        q.method, q.confidence = "continuation", CONFIDENCE["continuation"]
                    else:
                        q.cue = last.cue
                        self.withheld.add((q.paragraph, q.start))
                    # Narration after the owner's own cue naming another who testifies:
                    # the blocks after it are not the owner's.
                    owner, last = (None, None) if said else (owner, q)
                    continue
            owner, last = None, None
            if q.cue is None or _READS_OUT.match(q.cue):
                self._read_for_another(q)
            if q.speakers:
                continue  # a cue of its own (an unresolved `statement` cue may be the label's)
            label = self._labelled_owner(q)
            if label is None:
                continue
            names, noun = label
            said = self._said_by_another(q, names) if names else _NOBODY_ELSE
            if said == _ANOTHERS_CUE:
                continue
            if names:
                q.speakers, q.speaker = names, names[0]
                q.method, q.confidence = "cue", CONFIDENCE["cue-sentence"]
            else:
                # `Roe’s statement is below:` where two people are called Roe, or `Mrs.
                # Roe’s` when the one Roe is a man: somebody's words the parse cannot
                # name, never the lead's member's or the issuer's.
                q.cue = q.cue or noun
                self.withheld.add((q.paragraph, q.start))
            if not said:
                owner, last = names, q

    def _read_for_another(self, q: Quote) -> None:
        """`Tarrant read Tod Vail’s remarks as prepared: “…”`: the cue's subject reads out
        words a possessive names as another's (`_POSSESSORS_LABEL` right after the verb,
        before the colon): the owner's words, or nobody's when the owner is not sure; the
        reader's own (`read his remarks`, `read Tarrant’s statement`) stay theirs. So with
        a verb the parse reads as no cue (`delivered`, `presented`, `gave`, `read aloud`):
        the reader is no speaker of the words there either."""
        par, end = q.paragraph, max(0, q.start - 1)
        text = self.paragraphs[par]
        m = _POSSESSORS_LABEL.search(text, max(0, end - 200), end)
        if m is None or not m.group("colon") or m.group("intro") or m.group("end"):
            return
        if not _READS_OUT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return
        found = self._owner_of_label(q, par, m, opened=True)
        if found is None:
            # An owner the parse does not know (`delivered Roe’s remarks:`, no other Roe
            # named): still not the reader's words, unless the owner is the reader.
            words = [w.strip("’'") for w in m.group("np").split()]
            surnames = {name.split()[-1] for name in q.speakers}
            if not words or not words[-1][:1].isupper() or surnames & set(words):
                return
            found = ([], m.group("noun"))
        if found[0] and found[0] == q.speakers:
            return
        names = found[0]
        q.speakers, q.speaker = names, names[0] if names else None
        q.mention = m.group("np") if names else None  # the reader is no speaker here
        q.method = "cue" if names else None
        q.confidence = CONFIDENCE["cue-sentence"] if names else None
        if not names:
            q.cue = q.cue or found[1]
            self.withheld.add((q.paragraph, q.start))

    def _said_by_another(self, q: Quote, owner: list[str]) -> int:
        """Whether `q`'s own words, whose closing mark may be lost (`,�? Roe said.`), name
        a person other than `owner` as the subject of a verb of saying or testifying:
        `_ANOTHERS_CUE` when the first such person named is another (`“…,�? Commodore
        Kell said.`), `_ANOTHER_AFTER` when another follows the owner's own cue (`“…,�?
        Roe said. … Commodore Tess Kell, Deputy Chief, testified …`), else 0."""
        text, base = self.paragraphs[q.paragraph], q.paragraph * STRIDE
        owners = False
        for m in _SAID_BY.finditer(text, q.start, q.end):
            group = "np" if m.group("np") else "inv"
            words, at = m.group(group).split(), m.start(group)
            if len(words) == 1 and words[0].lower() in _PRONOUNS:
                continue  # `He said`: the owner's words go on, or nobody sure
            entity = None
            for k in range(len(words)):  # the longest run of words naming someone
                entity = resolve(self.book, " ".join(words[k:]), base + at)
                if entity is not None:
                    break
            if entity is None or entity.kind != "person":
                continue
            if speaker_names(entity, explicit=True) == owner:
                owners = True
                continue
            return _ANOTHER_AFTER if owners else _ANOTHERS_CUE
        return _NOBODY_ELSE

    def _runs_on_from(self, prev: Quote, q: Quote) -> bool:
        """`q` follows `prev` with nothing but closing marks and white space between."""
        if q.paragraph == prev.paragraph:
            return not self.paragraphs[q.paragraph][prev.end : q.start].strip(' \t”"“')
        if q.paragraph != prev.paragraph + 1:
            return False
        tail = self.paragraphs[prev.paragraph][prev.end :]
        return not tail.strip(' \t”"') and not self.paragraphs[q.paragraph][: q.start].strip(
            ' \t“"'
        )

    def _labelled_owner(self, q: Quote) -> tuple[list[str], str] | None:
        """The one person a possessive label right before `q`'s opening mark names, and
        the label's noun; no names when the label names nobody sure (a surname two people
        bear, a title that is not the person's); None when no label stands there. The
        label is a sentence or a line of its own: only `Below is`, `Here is`, `The
        following is`, `Following are` (with `the full text of`), `Excerpts of`, `Text of`
        or `Transcript of` before the owner (`Vail rejected Roe’s comments.`, `In response
        to Roe’s statement:` are sentences about the words); without one of those it opens
        its sentence and ends in a colon, `is below` or `are as follows` (`Roe’s
        statement.` is a sentence too)."""
        par, end = q.paragraph, max(0, q.start - 1)
        if not self.paragraphs[par][max(0, end - 200) : end].strip() and par:
            par -= 1
            end = len(self.paragraphs[par])
        text = self.paragraphs[par]
        m = _POSSESSORS_LABEL.search(text, max(0, end - 200), end)
        if m is None or not any(m.group(g) for g in ("intro", "end", "colon")):
            return None
        if _OWNER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            return [], m.group("noun")  # `Tod Vail’s and Ann Roe’s remarks:`: two owners
        found = self._owner_of_label(q, par, m)
        if found is not None and not found[0] and m.group("given") and not _body_owner(m):
            # `The following are Chairman Holt’s remarks as prepared for delivery:` with the
            # member titled otherwise: read as before, not as nobody's.
            return None
        return found

    def _owner_of_label(
        self, q: Quote, par: int, m: re.Match[str], opened: bool = False
    ) -> tuple[list[str], str] | None:
        """The owner `_labelled_owner` reads from the label `m` in paragraph `par`;
        `opened` when a verb before it stands for the label's opening (`read Roe’s …:`)."""
        text = self.paragraphs[par]
        opens = m.start()
        if text[max(0, opens - 4) : opens] == "The " and m.group("np").islower():
            opens -= 4  # `The union’s statement is below:`
        if not m.group("intro") and not opened and not _label_opens(text, opens):
            # Capitalised, `Below is`, `The following is` open a line even where the text
            # lost its break (`… watch Senator Ernst’s full remarks The following is …`).
            return None
        noun = m.group("noun")
        words = m.group("np").split()
        if _body_owner(m):
            # `The Corvale Harbor Board’s statement:`: the body the text names so, or nobody.
            body = resolve(self.book, " ".join(words), par * STRIDE + m.start("np"))
            if body is None or body.kind != "organization":
                return [], noun
            names = speaker_names(body, explicit=True)
            if len(names) != 1:
                return [], noun
            _mark_quoted(body, " ".join(words))
            return names, noun
        if words[0] in _BODY_NOUNS:
            # `Below is the company’s statement:`, `The union’s statement is below:`: the
            # one body of that kind the text names, or nobody; never the member or issuer.
            return self._labelled_body(q, words[0]), noun
        if words[0].islower() and (not N.is_role_word(words[0]) or not self._after_the(text, m)):
            return None  # `Below is the bill’s statement:`: read as before
        if len(words) == 1 and N.is_role_word(words[0]) and self._after_the(text, m):
            # `Below is the Governor’s statement:`: the one person the text gave that role
            # (`Governor Ann Holt`), or nobody; never the lead's member or the issuer.
            holders = self._role_holders(words[0])
            if len(holders) != 1 or len(speaker_names(holders[0], explicit=True)) != 1:
                # a member's own title (`the Congresswoman’s remarks`) is read as before:
                # the release's member is the one it most often means
                return None if words[0].lower() in _MEMBER_NOUNS else ([], noun)
            _mark_quoted(holders[0], words[0])
            q.mention = f"the {words[0]}"
            return speaker_names(holders[0], explicit=True), noun
        k = 0
        while k < len(words) - 1 and (words[k].endswith(".") or _title_word(words[k])):
            k += 1
        name = N.split_role(words[k:])[1] or words[-1:]
        titles = words[: len(words) - len(name)]
        # Weighed before the mention is resolved, which gives its title to the person.
        known = self.book.known(name)
        if titles and (
            known is None
            or known.kind != "person"
            or not all(_label_title_is(known, t) for t in titles)
        ):
            return [], noun  # `Mrs. Roe’s`, `Sen. Roe’s` when the one Roe is Gov. Ben Roe
        entity = resolve(self.book, " ".join(words), par * STRIDE + m.start("np"))
        if titles and entity is not known:
            return [], noun
        if entity is None or entity.kind != "person":
            return None
        names = speaker_names(entity, explicit=True)
        if len(names) != 1:
            return None
        if not entity.name.endswith(" ".join(name[-2:])) or len(name) == 1:
            # A surname alone: the one person the text names with it, or nobody (`Roe’s`
            # after Rep. Ben Roe and his son, Jim Roe).
            named = self.book.people_named_with(name[-1])
            if {n for n in named if n.split()[-1] == name[-1]} - {entity.name}:
                return [], noun
        _mark_quoted(entity, " ".join(words))
        return names, noun

    def _labelled_body(self, q: Quote, noun: str) -> list[str]:
        """The speaker of a body's label (`the union’s statement`): the one organisation
        the text names whose name's head is the noun or a word of its kind (`Harbor
        Workers Union`, `Department of Labor`, `Bayport Mills Inc.` for `company`);
        none or several give no names."""
        if noun not in self._bodies_by_noun:  # one pass a noun, whatever the labels
            heads = _BODY_NAME_HEADS.get(noun, frozenset((noun,)))
            self._bodies_by_noun[noun] = [
                e
                for e in self.book.entities.values()
                if e.kind == "organization" and _body_name_head(e.name) in heads
            ]
        bodies = self._bodies_by_noun[noun]
        names = speaker_names(bodies[0], explicit=True) if len(bodies) == 1 else []
        if len(names) != 1:
            return []
        _mark_quoted(bodies[0], noun)
        q.mention = f"the {noun}"
        return names

    def _role_holders(self, noun: str) -> list[Entity]:
        """The people the text gave the role `noun` as they hold it now: by a title or
        role before the name (`Governor Ann Holt`) or an appositive after it (`Ann Holt,
        chairwoman of the port board,`), of the noun's sex if it has one. A former,
        late, deputy or lieutenant holder (`Former Gov. Tod Vail`, `Lt. Governor Mia
        Lind`, `Tod Vail, the former governor,`) holds another role, not this one."""
        low = noun.lower()
        if low in self._role_holders_by_noun:
            return self._role_holders_by_noun[low]
        sex = _noun_sex(low)
        # Surnames written right after a qualified title, and after a qualified appositive
        # of this noun; one pass over the text each, whatever the number of people.
        before: set[str] = set()
        after: set[str] = set()
        given: set[str] = set()
        stem = low.rstrip("s")
        appositive = _role_appositive(low) if low.isalpha() and low not in _UNNAMED_NOUNS else None
        for masked in self.masked:
            if appositive is not None:
                for m in appositive.finditer(masked):
                    words = m.group("name").split()
                    given.update(" ".join(words[i:]) for i in range(len(words)))
            for m in _QUALIFIED_TITLE.finditer(masked):
                before.update(w.strip(".’'") for w in m.group("run").split())
            for m in _QUALIFIED_APPOSITIVE.finditer(masked):
                if any(w.lower().rstrip("s") == stem for w in m.group("run").split()):
                    after.add(m.group("sur"))
        holders = []
        for e in self.book.entities.values():
            if e.kind != "person" or (sex is not None and _of_other_sex(e, sex)):
                continue  # `the Congresswoman’s` after `Rep. Ann Vail met Rep. Ben Roe`: hers
            surname = e.name.split()[-1]
            if surname in before or surname in after:
                continue
            role = set(re.split(r"[\s,-]+", (e.role or "").lower()))
            if role & (_HOLDER_QUALIFIERS - {low}):
                continue  # `Lt. Gov.`, `Former Governor`, `Ex-Governor`
            if _fits_noun(e, [noun]) or e.name in given:
                holders.append(e)
        self._role_holders_by_noun[low] = holders
        return holders

    @staticmethod
    def _after_the(text: str, m: re.Match[str]) -> bool:
        """The label's owner follows `the` (`Below is the Governor’s statement`)."""
        return text[max(0, m.start("np") - 4) : m.start("np")].lower() in ("the ", "the\n")

    def _lead_speaker(self, quotes: list[Quote]) -> None:
        """A release's lead names its member with a title (`Congressman Ann Holt (D-Ore.)
        today introduced …`) and then quotes a statement with no cue, in the first person:
        the statement is the member's. Weak: shown as such, and a cue always wins."""
        found = self._lead_mention()
        if found is None:
            return
        lead, at = found
        orphans = self._lead_orphans(quotes)
        # `Holt: “…”` opening the text: a headline gives the words to the surname before
        # its colon, the lead's member only when that is the member's surname.
        labels = {id(q): m.group(1) for q in orphans if (m := self._opening_label(q))}
        if not labels and not any(P.FIRST_PERSON.search(q.text) for q in orphans):
            return
        words, in_list = self._lead_name(lead)
        entity = None
        if lead.re is P.PARTY_TAGGED_NAME:
            # The tag's words may run back into a role ("Delegation Alcee L. Hastings"):
            # the person the narration registered under that surname, when there is one.
            entity = self.book.known(words[-1:])
        entity = entity or self.book.note_name(words, at)
        names = speaker_names(entity, explicit=True)
        if entity is None or not names or entity.kind != "person":
            return
        surname = entity.name.split()[-1]
        # The quotation right before each (its cue may be one the parse did not read).
        before: dict[int, Quote] = {}
        for a, b in zip(quotes, quotes[1:], strict=False):
            before[id(b)] = a
        passing = self._member_may_say(orphans, labels, entity, lead, before)
        if in_list:
            passing = self._list_member_own(passing, labels, before, names, surname)
        passing = self._not_run_of_another(quotes, orphans, passing, entity)
        # A statement runs over several quotations; one in the first person says whose,
        # among those the member may have said.
        first_person = any(P.FIRST_PERSON.search(q.text) for q in passing)
        given = [q for q in passing if id(q) in labels or first_person]
        if not given:
            return
        _mark_quoted(entity, " ".join(words))
        for quote in given:
            quote.speakers, quote.speaker, quote.mention = list(names), names[0], " ".join(words)
            quote.method, quote.confidence = "resolved", LEAD_CONFIDENCE

    def _lead_mention(self) -> tuple[re.Match[str], int] | None:
        """The mention of the member the release opens with (a titled or party-tagged name,
        a heading's `Statement by …`, else the closing note about the member), and where
        it stands; None where the opening names none, or a headline's run of title words
        and a titled person it does not match."""
        titled = [
            m
            for i in range(min(2, len(self.masked)))
            # A lead is the text's opening: an article printed as one paragraph
            # names many titled people further on, none of them its issuer.
            for m in P.TITLED_NAME.finditer(self.masked[i], 0, LEAD_REACH)
            # `Passing of Senator Tod Vail:`, `The family of Rep. Tod Vail …`: the person
            # something happened to, or whose kin speak, is no member quoted
            if not _event_of_before(self.masked[i], m)
        ]
        glued = _glued_heading(titled)
        run = bool(titled) and len(_titled_words(titled[0])) >= 2
        if glued is None and run and not N.person_evidence(_titled_words(titled[0])):
            # A headline's run (`Rep. Holt Relief Bill Clears House WASHINGTON`) is no name:
            # when the lead names a titled person it does not match, whose statement
            # follows is not said; else a party tag may still name the member.
            if any(N.person_evidence(_titled_words(m)) for m in titled[1:]):
                return None
            titled = []
        lead = (
            glued
            or next(iter(titled), None)
            or next(
                # `Chief Deputy Whip Nora Quill (D-OR) today applauded …`: no title, but the
                # party tag marks a member (the tag is blanked in the masked text).
                (
                    m
                    for i in range(min(2, len(self.paragraphs)))
                    for m in P.PARTY_TAGGED_NAME.finditer(self.paragraphs[i], 0, LEAD_REACH)
                ),
                None,
            )
        )
        if lead is None and self.masked:
            # `Floor Statement by Ranking Member Ann Holt H.R. 2642, … --As Prepared for
            # Delivery-- “…”`: a heading says whose statement follows.
            lead = _STATEMENT_BY.search(self.masked[0], 0, LEAD_REACH)
        at = lead.start() if lead is not None else 0
        if lead is None and self.masked:
            # `… Ann Holt is the Republican Congresswoman from Iowa’s 1st District.`: the
            # closing note about the member, where the release names nobody at its start.
            last = len(self.masked) - 1
            lead = next(reversed(list(_MEMBER_NOTE.finditer(self.masked[last]))), None)
            at = last * STRIDE + (lead.start() if lead is not None else 0)
        return None if lead is None else (lead, at)

    def _lead_orphans(self, quotes: list[Quote]) -> list[Quote]:
        """The direct quotations no cue gave anybody that open a statement: those the lead's
        member may have said."""
        return [
            q
            for q in quotes
            if q.kind == "direct"
            and not q.speakers
            and q.cue is None
            and (q.paragraph, q.start) not in self.withheld
            and opens_statement(self.paragraphs[q.paragraph], q.start)
            # `“WALLACE: …”`: a transcript's label says who speaks, not the lead
            and not P.SPEAKER_LABEL.match(q.text)
            and not P.SPEAKER_LABEL_BEFORE.search(
                self.paragraphs[q.paragraph], max(0, q.start - P.LABEL_REACH), q.start
            )
        ]

    def _lead_name(self, lead: re.Match[str]) -> tuple[list[str], bool]:
        """The words of the member's name in the lead, and whether the name opens a list of
        several members."""
        words = (lead.group("np") or lead.group("np2")).split()
        if lead.re is _STATEMENT_BY:
            # The heading runs on into the bill's number: the name ends before it.
            cut = next((k for k, w in enumerate(words) if _BILL_WORD.fullmatch(w)), len(words))
            words = words[:cut]
        source = next((k for k, m in enumerate(self.masked) if m is lead.string), None)
        tag = (
            _tag_inside(self.paragraphs[source], lead.start(), lead.end())
            if source is not None
            else None
        )
        group = "np" if lead.group("np") else "np2"
        if (
            tag is not None
            and tag > lead.start(group)
            and not _JOINED_AFTER_TAG.search(lead.string, tag, lead.end())
        ):
            # `Congressman Tod Vail (WV-2) Sworn in …`: the name ends at its tag.
            words = lead.string[lead.start(group) : tag].split()
        # `Ann Roe (D-OR), Ranking Member … Tod Vail (D-OR), and … issued the following
        # statement:`: the first of several members is not the one speaking (the masked
        # text blanks the tags: read the paragraph itself).
        in_list = lead.re in (P.PARTY_TAGGED_NAME, P.TITLED_NAME) and _lead_in_list(
            self.paragraphs[source] if source is not None else lead.string,
            lead.start(group),
            tag if tag is not None else lead.end(group),
        )
        return words, in_list

    def _member_may_say(
        self,
        orphans: list[Quote],
        labels: dict[int, str],
        entity: Entity,
        lead: re.Match[str],
        before: dict[int, Quote],
    ) -> list[Quote]:
        """The orphans the lead's member (`entity`) may have said: none another's label,
        narration or introduction gives to somebody else, none naming the member by
        title."""
        surname = entity.name.split()[-1]
        # `“Senator Holt is a true champion …”`: words naming the member by title are
        # another's. Not the member introducing themself (`This is Congressman Holt`, `I am
        # Senator Holt`), a cue (`said Congressman Holt`) nor the office's address
        # (`Congressman Holt’s office`) that a quotation left open by a lost closing mark
        # runs over.
        third = _titled_surname(surname)
        # A label names the member only when the opening names no one else so called
        # (`Holt: “…”` over a lead naming Congresswoman Ann Holt and Governor Tom Holt).
        sole = bool(labels) and self._sole_namesake(surname, _office(lead))
        others = self._surnames(entity)
        return [
            q
            for q in orphans
            if labels.get(id(q), surname) == surname
            and (id(q) not in labels or sole)
            and not third.search(q.text)
            # `“…” Statement of Ben Fisk, Union President: “…”`: the label's person's.
            and not labelled_in_chain(self.masked, q.paragraph, q.start, entity.name, self._whole)
            # `“…” Holt’s treasurer, Ann Roe, told the crowd.`: an unread cue's person's.
            and not sayer_named_around(self.paragraphs, before.get(id(q)), q, entity.name)
            # `Ann Holt, a county judge, testified. “…”`: another person's words, maybe.
            and not another_person_before(
                self.paragraphs[q.paragraph], q.start, entity.name, others
            )
            # `…, which made the following commitment:`: a document's words.
            and not document_introduces(self.paragraphs[q.paragraph], q.start)
            # `The Harbor Act drew praise from Ann Roe:`: the words of those who gave it.
            and not S.praise_drawn_by_another(self.paragraphs[q.paragraph], q.start, entity.name)
            # `Following are statements from faith leaders:`: others' words.
            and not from_another(
                self.paragraphs[q.paragraph],
                q.start,
                entity.name,
                self.paragraphs[q.paragraph - 1] if q.paragraph else "",
                self._whole,
            )
        ]

    def _list_member_own(
        self,
        passing: list[Quote],
        labels: dict[int, str],
        before: dict[int, Quote],
        names: list[str],
        surname: str,
    ) -> list[Quote]:
        """Of a list's first member only the words a label of theirs opens or that go on
        from a quotation of theirs (`“…,” said Roe. “…”`): the rest is the group's."""
        ours: set[int] = set()
        for q in passing:
            earlier = before.get(id(q))
            if (
                labels.get(id(q)) == surname
                or (
                    earlier is not None
                    and (id(earlier) in ours or _goes_on_from(earlier, names, surname))
                )
                or _cue_after_names(self.paragraphs[q.paragraph], q.end, surname)
            ):
                ours.add(id(q))
        return [q for q in passing if id(q) in ours]

    def _not_run_of_another(
        self, quotes: list[Quote], orphans: list[Quote], passing: list[Quote], entity: Entity
    ) -> list[Quote]:
        """Of `passing`, those that go on with no other speaker: `“…,” the senators said.
        “…”`: right after a quotation that stays nobody's, the words go on with that
        speaker, not the member (an earlier orphan the member takes does not count)."""
        surname = entity.name.split()[-1]
        kept = {id(q) for q in passing}
        # The orphans the member was refused (another's label or narration, words naming
        # the member by title, a statement introduced as others'), and those refused
        # below; not a quotation ending in a colon, which ran over the narration that
        # introduces the next (`… issued the following statement:”`): it says whose the
        # next words are not.
        refused = {
            id(q) for q in orphans if id(q) not in kept and not q.text.rstrip().endswith(":")
        }
        # The member's surname in a cue names the member only when the text names nobody
        # else in full with it (an inverted cue opening a sentence, `Said Holt, “…”`, is
        # no other first name).
        namesake = any(
            e.kind == "person"
            and len(e.name.split()) > 1
            and e.name != entity.name
            and e.name.split()[-1] == surname
            and e.name.split()[0].lower() not in _SAYING_WORDS
            for e in self.book.entities.values()
        )
        prev: Quote | None = None
        for q in quotes:
            if q.kind == "title":
                continue
            if (
                id(q) in kept
                and prev is not None
                and id(prev) not in kept
                and self._after_unread_cue(prev, q)
            ):
                # `“…,” Holt said. “…,” intoned Rep. Tod Vail. “…”`: Vail's words go on.
                kept.discard(id(q))
                refused.add(id(q))
            elif (
                id(q) in kept
                and prev is not None
                and id(prev) not in kept
                and after_unnamed(self.paragraphs, prev, q)
                and (
                    # the run of a quotation refused the member, or of one a sentence
                    # ending in a colon introduced in the paragraphs before
                    id(prev) in refused
                    or prev.paragraph != q.paragraph
                    # the cue after the words (`“…,” the senators said.`), not one before
                    # them that may have been misread (`The Treasury reported that: “…”`),
                    # naming somebody else than the member (`“…,” continued Holt.` is
                    # the member's, whom the parse could not tie to the name there)
                    or prev.cue is not None
                    and prev.end < q.start
                    and prev.cue in self.paragraphs[q.paragraph][prev.end : q.start]
                    and (namesake or not _names_surname(prev.mention, surname))
                )
            ):
                kept.discard(id(q))
                refused.add(id(q))
            prev = q
        return [q for q in passing if id(q) in kept]

    def _surnames(self, entity: Entity) -> frozenset[str]:
        """The surnames of the people the document names, but `entity`'s."""
        own = entity.name.split()[-1:]
        return frozenset(
            e.name.split()[-1]
            for e in self.book.entities.values()
            # a name in full: not a lone word the parse took for somebody (`Read`)
            if e.kind == "person" and len(e.name.split()) > 1 and e.name.split()[-1:] != own
        )

    def _sole_namesake(self, surname: str, office: str | None) -> bool:
        """The first two paragraphs name one person of that surname: no two first names
        before it (`Ann Holt`, `Tom Holt`) and no title of another office than the
        member's (`Governor Holt` beside `Congresswoman Ann Holt`)."""
        firsts: set[str] = set()
        for text in self.paragraphs[:2]:
            for m in re.finditer(
                rf"\b([A-Z][\w’'-]+)(?:\s+[A-Z]\.)*\s+{re.escape(surname)}\b", text
            ):
                if N.person_evidence([m.group(1)]):
                    firsts.add(m.group(1))
        if len(firsts) > 1:
            return False
        return not any(
            _titled_words(m)[-1:] == [surname] and _office(m) not in (None, office)
            for text in self.masked[:2]
            for m in P.TITLED_NAME.finditer(text)
        )

    def _opening_label(self, quote: Quote) -> re.Match[str] | None:
        """The one capitalised word and colon that open the text before the quotation."""
        if quote.paragraph != 0:
            return None
        return _OPENING_LABEL.fullmatch(self.paragraphs[0][: max(0, quote.start - 1)])

    def _signed_below(self, quotes: list[Quote]) -> None:
        """`“…”` alone in its paragraph, then `Ann Holt, CEO of Holt Fund` alone in the
        next: a pull quote signed below it. Not when the paragraph before the quotation or
        the one after the name reads as a name or a quotation too, which is the layout of
        statements each under its speaker's name (read by `label_before`)."""
        paragraphs = self.paragraphs
        for quote in quotes:
            i = quote.paragraph
            if quote.kind != "direct" or quote.speakers or quote.cue is not None:
                continue
            if (i, quote.start) in self.withheld:
                continue
            if i + 1 >= len(paragraphs) or not self._alone(i, quote):
                continue
            sign = P.SIGNED_BELOW.fullmatch(paragraphs[i + 1])
            if sign is None or self.segments[i + 1]:
                continue
            rest = paragraphs[i + 1][sign.end("np") :]
            if not role_only(rest) or not signer(sign.group("np"), rest):
                continue  # `Tom Baker, Council President, said …`: a sentence, no signature
            if i > 0 and (P.SIGNED_BELOW.fullmatch(paragraphs[i - 1]) or self.segments[i - 1]):
                continue
            if i > 0 and self.book.people_between((i - 1) * STRIDE, i * STRIDE):
                continue  # the paragraph before names someone the quotation may be theirs
            after = paragraphs[i + 2].lstrip() if i + 2 < len(paragraphs) else ""
            if after and (after[:1] in OPENERS or P.SIGNED_BELOW.fullmatch(after)):
                continue
            at = (i + 1) * STRIDE + sign.start("np")
            entity = self.book.note_name(sign.group("np").split(), at)
            if entity is None or entity.kind != "person":
                continue
            names = speaker_names(entity, explicit=True)
            if not names:
                continue
            _mark_quoted(entity, sign.group("np"))
            quote.speakers, quote.speaker, quote.mention = list(names), names[0], sign.group("np")
            quote.method, quote.confidence = "cue", CONFIDENCE["cue"]

    def _alone(self, i: int, quote: Quote) -> bool:
        """The quotation is all its paragraph holds, marks and a final stop aside."""
        segs = self.segments[i]
        if len(segs) != 1 or not segs[0].closed:
            return False
        text = self.paragraphs[i]
        return not text[: segs[0].open_at].strip() and not text[segs[0].end + 1 :].strip(" .")

    def _attribute(self, i: int) -> list[_Found]:
        masked, segs, base = self.masked[i], self.segments[i], i * STRIDE
        out: list[_Found] = []
        prev: Attribution | None = None
        bound = 0  # the end of the latest quotation that ends its sentence
        # The end of the quotation after which a label named somebody else (`“…” Director
        # Cal Dunn: “…” “…”`): no speaker read before it speaks after it.
        labelled = -1
        spoken = -1  # the quotation a person's label after a closing mark stands before
        context = self._whole
        # `said Rep. Robert C. “Bobby” Scott`: a nickname inside a name (blanked in the
        # masked text) ends no stretch a cue is looked for in.
        opens = [s.open_at for s in segs if not (s.closed and _is_nickname(self.paragraphs[i], s))]
        for k, seg in enumerate(segs):
            n = bisect.bisect_right(opens, seg.open_at)
            next_open = opens[n] if n < len(opens) else len(masked)
            text = self.paragraphs[i][seg.start : seg.end]
            att = choose_cue(masked, seg, next_open, base, text, self._named_in_full)
            if k > 0:
                between = _colon_cue_between(masked, segs[k - 1], seg, base, self.paragraphs[i])
                if between is not None and _another_cue_after(between, att, base + seg.end):
                    # `said Tod Vail: “…,” Bram Vail added.`: two cues naming two people
                    # for the same words; whose they are the text does not settle
                    between = replace(between, nobody=True)
                att = between or att
            apposed = k > 0 and _object_term(self.paragraphs[i], masked, segs[k - 1])
            if (
                apposed
                and att is not None
                and att.cue is None
                and not att.nobody
                and base + segs[k - 1].end <= att.pos < base + seg.open_at
            ):
                # `Bram Vail wrote to the “Harbor Board” Ann Roe: “…”`: the name after a
                # term a preposition takes is set beside the term (the one written to), no
                # label of the words after it; nobody's.
                att = replace(att, nobody=True)
            if att is not None and (
                _sung_by_others(masked, seg, att, base)
                or _said_within_a_group(masked, seg, att, base)
            ):
                att = replace(att, nobody=True)
            if (
                att is not None
                and att.cue is None
                and _one_word_name(att.mention)
                and self._written_as_place(att.mention)
            ):
                # `Lowell: “…”` in a text about the town of Lowell: a label that may
                # name the place as well as a person of that surname; nobody's.
                att = replace(att, nobody=True)
            if att is not None and att.cue is not None and att.pos < base + seg.open_at:
                opening = max(sentence_start(masked, seg.open_at), seg.open_at - LOOK_BACK)
                if occasion_after_statement(masked, opening, att.pos - base, seg.open_at):
                    # `Holt released the following statement after Gov. Tod Vail announced
                    # his plan: “…”`: the statement's subject speaks, not the occasion's.
                    att = statement_intro(
                        masked,
                        seg,
                        base,
                        opening,
                        self.paragraphs[i],
                        self._named_in_full,
                        self._holds_role,
                    ) or Attribution("it", None, base + opening, False, nobody=True)
            # The masked text hides a full stop inside the marks: after a quotation that
            # ends its sentence, narration of its own (`Holt said, “….” Farm officials
            # called it a “very serious matter”`) makes a new sentence; a name before that
            # quotation is the earlier sentence's, and so are its words (here and after
            # the readings below, which look back past that quotation too). Not where a
            # colon introduces the words: that sentence says whose they are.
            narration = masked[segs[k - 1].end + 1 : seg.open_at] if k > 0 else ""
            narrated = (
                _NARRATION_WORD.search(narration) is not None
                and not narration.rstrip().endswith(":")
                and not _goes_on_as_pronoun(narration)
            )
            if (
                _before_bound(att, base + bound)
                and (narrated or _labels_another(narration, att, context))
                and not _names_speaker_again(narration, att)
            ):
                att = None
            if (
                att is not None
                and att.pos < base + seg.open_at
                and masked[: seg.open_at].rstrip().endswith(":")
                and not text.rstrip().endswith((".", "!", "?"))
            ):
                # `The Times reports: “…” with the big firms, said Jan Liphardt.`: the
                # excerpt's own cue names who speaks in it.
                att = later_cue(masked, seg, next_open, base) or att
            if prev is not None and k > 0:
                gap = masked[segs[k - 1].end : seg.open_at]
                m = P.PARTICIPLE.search(gap)
                if m is None and len(text.split()) > 3:
                    # not a term of one to three words (`suggesting that the “harbor tax”`)
                    m = P.PARTICIPLE_RIGHT_BEFORE.search(gap)
                subject = None
                later = sentence_start(masked, seg.open_at) > segs[k - 1].end
                ended = _ends_sentence(self.paragraphs[i], segs[k - 1])
                cue = m.group("cue") if m is not None else None
                cue_at = segs[k - 1].end + m.start("cue") if m is not None else seg.open_at
                if cue is not None and ended and not later:
                    # `“…” Duff endorsed it, saying it “…”`: a new sentence after one the
                    # quotation ended; the participle is its own subject's.
                    subject = _subject_after(masked, segs[k - 1].end + 1, seg.open_at)
                if later or ended:
                    m = None  # a new sentence: `adding …` is its own subject's, not prev's
                own = att is not None and att.adjacent and att.pos >= base + segs[k - 1].end
                if m is not None and not own:
                    att = Attribution(prev.mention, m.group("cue"), prev.pos, True)
                elif subject is not None and cue is not None and not own:
                    own_words = set(subject[1].split())
                    named = _OTHER_NAME.finditer(masked, subject[0] + len(subject[1]), seg.open_at)
                    if any(n.group() not in own_words for n in named) or _THIRD_PERSON.search(
                        masked, cue_at, seg.open_at
                    ):
                        # `Duff challenged Brandt, saying “…”`, `Duff spoke, noting his
                        # pledge to “…”`: the words may be those of the person named
                        # between, so nobody's.
                        out.append(_Found(seg, None))
                        continue
                    att = Attribution(subject[1], cue, base + subject[0], True)
            # `“… first part. “Second part …”`: a quotation whose closing mark is missing
            # runs on into the next; the second has the first one's speaker.
            runs_on = k > 0 and not segs[k - 1].closed and segs[k - 1].end == seg.open_at
            if runs_on and not (att is not None and att.adjacent):
                out.append(_Found(seg, None, True))
                continue
            if att is None:
                # `… released the following statement on the rule relating to “Arbitration
                # Agreements”: “…”`: a term inside the sentence that introduces the
                # statement does not end the stretch its cue is looked for in (only where
                # that sentence ends in a colon right before the statement).
                j, opening = k - 1, sentence_start(masked, seg.open_at)
                if masked[: seg.open_at].rstrip().endswith(":"):
                    while j >= 0 and segs[j].open_at >= max(opening, seg.open_at - LOOK_BACK):
                        j -= 1
                while j >= 0 and (given := out[j].attribution) is not None and given.term:
                    # `… after the council rejected a “lean harbor” plan. “…”`: a term of
                    # the announcing sentence is no statement; the stretch goes on past it.
                    j -= 1
                floor = segs[j].end if j >= 0 else 0
                att = statement_intro(
                    masked,
                    seg,
                    base,
                    floor,
                    self.paragraphs[i],
                    self._named_in_full,
                    self._holds_role,
                )
            if att is None and not text.rstrip().endswith((".", "!", "?")):
                att = later_cue(masked, seg, next_open, base)
            if att is None and _later_clause_or_list(masked, seg.open_at):
                # `Quint signed with Orbis, and the Halvard Fund is left to ask: “…”`: a
                # clause of its own subject stands between the sentence's subject and the
                # words; neither subject is said to speak, so nobody's. `Mayors Ann Holt,
                # Ivo Brandt and Mia Roth had one message: “…”`: a list of people as the
                # subject, none of them alone the speaker.
                out.append(_Found(seg, None))
                continue
            if (
                att is None
                and _next_block(self.paragraphs[i], segs, k, out)
                and self._blocks_own(i, segs, k, out)
            ):
                # `…: “First block.” “Second block.” “Third block.”`: a statement's blocks
                # side by side in one paragraph, no narration between them; each goes on
                # from the speaker of the block right before it (not the subject of the
                # sentence that opened the first, which the blanked marks run on to).
                out.append(_Found(seg, None, True))
                continue
            if att is None and not _glued_to_stop(masked, seg.open_at):
                # `… this.” Ann Holt of Acme attended and said, “…”`: the sentence opens
                # after the quotation that ended the one before.
                att = subject_of(masked, seg, base, bound + 1 if narrated and bound else 0)
                introducer = _introducer_after(masked, segs[k - 1], seg) if k else None
                if (
                    att is not None
                    and introducer is not None
                    and att.pos < base + segs[k - 1].end
                    and not _names_again(introducer, att)
                ):
                    # `“…,” said Tarrant, “… jobs.” Speaker Ann Roe recognized his work
                    # when naming him to the board: “…”`: a sentence of its own subject,
                    # its verb no cue, introduces the words after the quotation that
                    # ended the one naming the subject read; nobody's rather than that
                    # subject's (or the issuer's).
                    att = Attribution(introducer[1], None, base + introducer[0], False, nobody=True)
            if att is not None:
                # `Congressman Tarrant who joined Senator Tod Vail said:`: not Vail's words
                att = _past_relative(masked, seg, att, base)
            if (
                att is None
                and seg.open_at > sentence_start(masked, seg.open_at)
                and (
                    not _glued_to_stop(masked, seg.open_at)
                    or _after_straight_cue(masked, seg.open_at)
                )
            ):
                # Embedded in a sentence naming nobody: the paragraph's latest speaker or name,
                # whose cue does not touch these words (`For more on “Catch-up With Ann,”
                # residents may call` is a title, though a cue stood next to an earlier one).
                att = replace(prev, adjacent=False) if prev else last_named(masked, seg, base)
                if prev is not None and _names_another(masked, seg, prev):
                    # `“…,” Tarrant said. … However, the Chief of the Navy, Admiral Ann Roe,
                    # has said it is “on hold.”`: the sentence names another person in
                    # full, whose words they may be; nobody's, not the latest speaker's.
                    att = Attribution(prev.mention, None, prev.pos, False, nobody=True)
            if (
                _before_bound(att, base + bound)
                and (narrated or _labels_another(narration, att, context))
                and not _names_speaker_again(narration, att)
            ):
                if not narrated:
                    labelled = segs[k - 1].end
                att = None
            if (
                k > 0
                and not apposed
                and _named_label_after_close(masked[segs[k - 1].end : seg.open_at])
            ):
                # `said: “…” Director Cal Dunn: “…” “…”`: the label's person speaks here
                # (`cue_before`); nobody read before the label speaks after it.
                labelled = segs[k - 1].end
                spoken = k
            if att is not None and not att.nobody and labelled >= 0 and att.pos < base + labelled:
                att = None  # read before the label: that speaker's words stopped there
                if spoken == k - 1 and _next_block(self.paragraphs[i], segs, k, out):
                    # the label's words go on in the block right after them
                    out.append(_Found(seg, None, True))
                    continue
            if _ends_sentence(self.paragraphs[i], seg):
                bound = seg.end
            out.append(_Found(seg, att))
            if att is not None:
                prev = att
        return out

    def _colon_intro(self, i: int) -> Attribution | None:
        """A paragraph ending "… Cruz continued:" introduces the next one's quotation."""
        if i == 0 or not P.COLON_END.search(self.masked[i - 1]):
            return None
        masked = self.masked[i - 1]
        tail = masked[sentence_start(masked, len(masked.rstrip()) - 1) :]
        best = None
        for m in P.SUBJ_CUE.finditer(tail):
            best = m
        if best is not None and occasion_after_statement(tail, 0, best.start("np"), len(tail)):
            # `Holt released the following statement after Gov. Tod Vail announced his
            # plan:`: the statement's subject, not the occasion's.
            best = None
        if best is not None and _ran_in(tail, best.start("np")):
            # `Her op-ed in the Dover Ledger reads:` over the words: as in cue_before,
            # where the piece ran, not who wrote it; nobody's.
            start = (i - 1) * STRIDE + len(masked) - len(tail)
            lo = len(tail) - len(tail.lstrip())
            piece = " ".join(tail[lo : best.end("np")].split())
            return Attribution(piece, _cue_text(best.group("cue")), start + lo, True, nobody=True)
        if best is None:
            # "On March 3, Holt made the following comment:"
            best = next(reversed(list(P.STATEMENT_INTRO.finditer(tail))), None)
            day = _DAY_OPENS.match(tail, len(tail) - len(tail.lstrip()))
            if best is not None and day is not None and best.start("np") < day.end():
                # `Today, Chief Deputy Whip Ann Holt (XX-10), …, released …:` as in
                # statement_intro: the day opening the sentence is no subject.
                best = P.STATEMENT_INTRO.match(tail, day.end()) or best
        start = (i - 1) * STRIDE + len(masked) - len(tail)
        text = P.TEXT_FROM.search(tail)
        at = tail.rfind(" ", 0, text.start("np") - 1) if text is not None else -1
        if text is not None and _text_author(tail, max(0, at), len(tail)) is None:
            text = None  # `… the following statement from Washington:`: where, not who
        if text is not None:
            # `Holt shared the following message from Tom Reed:`: the author's words, not
            # those of whoever passes them on; nobody's unless the author is named.
            np = clean_mention(text.group("np"))
            if _is_mention(np) and not _place_name(np):  # not `from Jordan:`, as above
                return Attribution(np, "from", start + text.start("np"), True)
            return Attribution("it", None, start, True, nobody=True)
        if best is None and P.TEXT_NOUN.search(tail):
            return Attribution("it", None, start, True, nobody=True)  # `the following note:`
        announced = next(reversed(list(P.STATEMENT_CUE.finditer(tail))), None)
        if announced is not None:
            # `Holt released the following statement from Dr. Ann Paris, director of
            # the clinic:`: as in statement_intro, the author's words or nobody's.
            author = _text_author(tail, announced.end(), len(tail), self._named_in_full, start)
            if author is not None:
                cue = _cue_text(announced.group("cue"))
                att = _authors_words(
                    author, tail, cue, announced.start(), self._named_in_full, start
                )
                return replace(att, adjacent=True)
            if _body_author(
                tail,
                announced.end(),
                len(tail),
                _holder(tail, announced.start(), start, self._holds_role),
            ):
                return Attribution("it", None, start + announced.start(), True, nobody=True)
            lo = len(tail) - len(tail.lstrip())
            day = _DAY_OPENS.match(tail, lo)
            lo = day.end() if day is not None else lo
            people = _people_listed(tail, lo, announced.start())
            if people and _by_another(tail, announced.end()):
                people = []  # `… released a statement by their lawyer:`, as above
            if people is not None:
                # `Ann Holt, Ivo Brandt, and Tod Vail released …:`, as in statement_intro
                if not people:
                    return Attribution("it", None, start + lo, True, nobody=True)
                cue = _cue_text(announced.group("cue"))
                return Attribution(" and ".join(people), cue, start + lo, True)
        if best is None:
            # "Holt shared the following about the trip:", "Here's what she had to say:"
            intro = P.FOLLOWING_INTRO.search(tail)
            k = "" if intro is None or intro.group("np") else "2"
            if intro is None or not _is_mention(clean_mention(intro.group("np" + k))):
                return None
            if P.FOLLOWING_OTHER.search(intro.group("topic" + k) or ""):
                return None  # `about the race, which Reed won:`: maybe another's words
            pos = start + intro.start("np" + k)
            return Attribution(
                clean_mention(intro.group("np" + k)), _cue_text(intro.group("cue" + k)), pos, True
            )
        if best is None or not _is_mention(clean_mention(best.group("np"))):
            return None
        pos = start + best.start("np")
        cue = _cue_text(best.group("cue"))
        kin = _kin_of(tail, 0, best)
        said = kin and _kin_speaks(
            best, cue, start, kin.group("kin"), bool(kin.groupdict().get("role"))
        )
        if said:
            return replace(said, adjacent=True)
        pair = _kin_pair(tail, 0, best, start, self._named_in_full)
        if pair is not None:
            return replace(pair, adjacent=True)
        np = clean_mention(best.group("np"))
        listed = _list_mention(tail[: best.start("np")], np, self._named_in_full, pos)
        if listed is not None:
            # `Holt, Vail and Dunn issued the following statement:` ending the paragraph.
            return Attribution(listed[0], cue, pos, True, nobody=not listed[1])
        return Attribution(np, cue, pos, True)

    def _blocks_own(self, i: int, segs: list[Segment], k: int, out: list[_Found]) -> bool:
        """The block that opens the run before quotation `k` (the last one not carried
        on from the block before it) has its speaker by the subject's own saying (`Holt
        said:`, `released the following statement:`), with nobody else, named or by a word
        for one, between the verb and the words (`quoted the letter of a constituent:`,
        `cited a pilot:`, `said of Secretary Tod Vail:`): only then do the blocks side by
        side go on from it. A label (`Host Tara Lind: “…?”`) is no such verb. The run's
        opening block and its answer are kept, so a run of many blocks is read once."""
        j = k - 1
        walked: list[int] = []
        while j > 0 and out[j].runs_on and out[j].attribution is None:
            head = self._run_heads.get((i, j))
            if head is not None:
                j = head
                break
            walked.append(j)
            j -= 1
        for w in walked:
            self._run_heads[i, w] = j
        known = self._runs_own.get((i, j))
        if known is None:
            known = self._runs_own[i, j] = self._run_opens_own(i, segs, j, out)
        return known

    def _run_opens_own(self, i: int, segs: list[Segment], j: int, out: list[_Found]) -> bool:
        """`_blocks_own` for the block `j` that opens a run."""
        att = out[j].attribution
        if att is None or att.nobody or not att.cue or att.byline:
            return False
        verb = att.cue.split()[0]
        if verb.lower() not in _BLOCK_CUES:
            return False
        p, at = divmod(att.pos, STRIDE)
        if p > i or (p == i and at >= segs[j].open_at):
            return False  # a cue after the words (`“…,” Holt said.`) introduces no run
        masked = self.masked[p]
        stretch = masked[at : segs[j].open_at] if p == i else masked[at:]
        if p != i:
            stretch += " " + self.masked[i][: segs[j].open_at]
        found = re.search(rf"\b{re.escape(verb)}\b", stretch)
        if found is None:
            return False
        after = stretch[found.end() : found.end() + LOOK_BACK]
        clause = _STATEMENT_WHEN.search(after) if "statement" in att.cue.split() else None
        if clause is not None:
            # `issued the following statement after President Tod Vail spoke:`: the
            # statement is the subject's; the clause after it says when, not whose.
            after = after[: clause.start()]
        if _SOMEBODYS_TEXT.search(after):
            return False  # `said in the letter of a widow:`: another's words
        words = _BLOCK_WORD.findall(after)
        for n, w in enumerate(words):
            low = w.lower().rstrip(".")
            if low in P.PERSON_NOUNS or low in _BLOCK_PEOPLE or N.is_role_word(w):
                return False
            if low.endswith("s") and (low[:-1] in P.PERSON_NOUNS or low[:-1] in _BLOCK_PEOPLE):
                return False
            pair = words[n : n + 2]
            if len(pair) == 2 and N.person_shape(pair) and N.person_evidence(pair):
                return False  # `said of Tod Vail:`: a person named
        return True

    def _direct(self, found: list[list[_Found]], reported: list[Quote]) -> list[Quote]:
        quotes: list[Quote] = []
        last: _Last | None = None
        runs_on = False
        # Where the last quotation ending with a cue inside its marks opens.
        inner_at: int | None = None
        # The latest reported statement of each paragraph: `Holt said that …` followed by a
        # paragraph of quotation continues Holt, not an earlier quoted speaker.
        told = {q.paragraph: q for q in reported if q.speakers}
        for i, items in enumerate(found):
            rep = told.get(i - 1)
            if rep is not None and not (
                quotes and quotes[-1].paragraph == i - 1 and quotes[-1].start > rep.start
            ):
                last = _Last(i - 1, list(rep.speakers), rep.mention or "")
            # `“…” ― Rita Brack` closing the paragraph: the quotations it signs, from the
            # first after the last other one with an attribution, and the signature.
            signed_from, signer = _signed_paragraph(self.paragraphs[i], items)
            for k, f in enumerate(items):
                text = self.paragraphs[i][f.seg.start : f.seg.end]
                att = f.attribution
                if last is not None and self._label_before(i, k, items, last.mention):
                    # `“…” Statement of Ben Fisk, Union President: “…” “…”`: a label naming
                    # another introduces these words; the earlier speaker goes on in none
                    # of them, nor in what follows.
                    last = None
                if att is None and k == 0 and f.seg.open_at == 0:
                    att = self._colon_intro(i)
                signed = items[k - 1].attribution if k > 0 else None
                if (att is not None and att.byline == "unsure") or (
                    signed is not None
                    and signed.byline in ("between", "unsure")
                    and (att is None or att.byline == "between" and not att.adjacent)
                ):
                    # `“…,” Tod Vail said. “…” Ann Roe, Harbor Master. “…”`: words that may
                    # go on from a cue or be signed after them (`_signed_between`); and
                    # `“…” Ann Roe, Executive Director, Harbor Learning. “…”`: words after
                    # a signature in the middle of the paragraph are not the signer's
                    # (each statement is signed after it) nor the speaker's before:
                    # nobody's, nor the issuer's, unless their own signature or cue says.
                    quotes.append(self._continued(f.seg, text, None))
                    self.withheld.add((f.seg.paragraph, f.seg.start + _lstrip_len(text)))
                    last = None
                    runs_on = not f.seg.closed
                    continue
                if att is None and signer is not None and signed_from <= k < len(items) - 1:
                    # `“…” And that is all he has, “…” ― Rita Brack.`: a signature closing
                    # the paragraph, no other attribution between, signs all its words
                    # (not the speaker before, nor the issuer).
                    att = replace(signer, adjacent=False)
                opens = sentence_start(self.masked[i], f.seg.open_at) == f.seg.open_at
                title = self._is_title(f.seg, text, att, opens)
                if title:
                    quotes.append(self._title(f.seg, text))
                    continue
                if INNER_CUE.search(text) or (
                    inner_at is not None
                    and (
                        att is not None
                        and att.pos < inner_at
                        # uncued words going on after them, nobody speaking since
                        or att is None
                        and last is None
                        and inner_at // STRIDE == i
                    )
                ):
                    # `“We thank the Congresswoman, said Harbor Mayor Ann Vail.” “…”`: the
                    # closing mark typed after the cue, not before it; the cue inside names
                    # another speaker, whom the parse does not read. Nobody's, here and in
                    # what goes on after in the paragraph (a cue read before those words
                    # included), rather than the speaker before, the issuer or the lead's.
                    quotes.append(self._continued(f.seg, text, None))
                    self.withheld.add((f.seg.paragraph, f.seg.start + _lstrip_len(text)))
                    last = None
                    inner_at = i * STRIDE + f.seg.open_at
                    continue
                if att is None and (f.runs_on or k == 0 and f.seg.open_at == 0 and runs_on):
                    # A run-on part is the speaker's of the part it runs on from: nobody's
                    # when that part is nobody's (`“We wanted to end the “what’s for
                    # dinner?” stress …”` after an earlier reviewer's words).
                    before = quotes[-1].speakers if quotes else []
                    said = _quotes_another(quotes[-1].text) if before and f.runs_on else None
                    if said:
                        # `“… he stood by his workers, asking aloud: “What now?”`: the
                        # speaker quotes another inside their words; nobody's (the cue's
                        # verb kept, so not the issuer's either) rather than the
                        # speaker's, who goes on after them.
                        quotes.append(self._continued(f.seg, text, None))
                        quotes[-1].cue = said
                        self.withheld.add((f.seg.paragraph, f.seg.start + _lstrip_len(text)))
                        runs_on = not f.seg.closed
                        continue
                    if self._said_by_one(f.seg, text):
                        before = []
                    inside = _opens_inside_sentence(self.paragraphs[i], f.seg)
                    if f.runs_on and not f.seg.closed and before and inside:
                        # `“… sailors with an “other than honorable discharge. Last month
                        # …`: opened inside a sentence and closed nowhere, the words may
                        # be a term of the narration after a statement whose closing mark
                        # is lost; nobody's (nor the issuer's) rather than the speaker's.
                        before = []
                        self.withheld.add((f.seg.paragraph, f.seg.start + _lstrip_len(text)))
                    quotes.append(self._continued(f.seg, text, last if before else None))
                elif (
                    att is not None
                    and k > 0
                    and _same_cue(items[k - 1].attribution, att)
                    and _GAPPED.fullmatch(self.masked[i], items[k - 1].seg.end + 1, f.seg.open_at)
                ):
                    # `Horizons described it as “…”, and Comics Beat as “…”`: the cue is
                    # the earlier quotation's; this one has a subject of its own, cue left
                    # out. Nobody's rather than the first subject's.
                    quotes.append(self._continued(f.seg, text, None))
                elif att is not None and (att.cue or not self._is_label(f.seg, text)):
                    quote = self._attributed(f.seg, text, att)
                    if title is None and not quote.speakers and not _personal(att):
                        # A few quoted words, and nobody said to have said them.
                        quotes.append(self._title(f.seg, text))
                        continue
                    if title is None and self._predicate_unowned(f.seg, att, quote.speakers):
                        # `Vosko stated that he was “disturbed”` with nobody, or a woman,
                        # named for `he`: a word picked out, as any other lone word.
                        quotes.append(self._title(f.seg, text))
                        continue
                    if quote.speakers and self._said_of_them(f.seg, att, title):
                        quotes.append(self._continued(f.seg, text, None))
                        continue
                    split = k > 0 and _same_cue(items[k - 1].attribution, att)
                    if split:
                        # `“…,” she said, “…”`: one cue split the statement in two; the
                        # second part carries no cue of its own.
                        quote.cue = None
                    quotes.append(quote)
                    if (
                        quote.speakers
                        and not split
                        and _fragment(text, opens)
                        and att.pos < i * STRIDE + f.seg.open_at
                        and (last is None or last.speakers != quote.speakers)
                        and not _NAMED_AS.search(
                            self.masked[i], max(0, f.seg.open_at - 80), f.seg.open_at
                        )
                    ):
                        # `he invoked FDR, reminding the nation that, “today we feel …`:
                        # a few words opened inside the narration's sentence after its
                        # cue are no paragraph of speech; what runs on from them or opens
                        # later is not theirs to carry (the issuer's own words, or
                        # nobody's). Words the cue follows (`“that is a start,” she
                        # says. “…”`) open the speaker's own sentence, and a fragment of
                        # the speaker already speaking keeps them: they go on.
                        last = None
                    elif quote.speakers:
                        last = _Last(i, list(quote.speakers), quote.mention or "")
                    elif att.cue is not None and att.adjacent:
                        # `“…,” she said` with `she` unresolved: somebody spoke, so the
                        # next uncued quotation is not the speaker before.
                        last = None
                elif title is None:
                    quotes.append(self._title(f.seg, text))
                    continue
                elif looks_like_speech(text) or self._labelled(f.seg):
                    # Only a quotation opening its sentence continues an earlier speaker.
                    near = opens and last is not None and i - last.paragraph <= CONTINUE_WITHIN
                    if self._said_by_one(f.seg, text):
                        # `“…,” said one.`: somebody unnamed spoke, not the one before.
                        near = False
                    if near and last is not None and self._heading_between(last.paragraph, i):
                        # `About the Novel` between a reviewer's words and these: a new
                        # section, whose quotation (a line of the book) is not the
                        # reviewer's.
                        near = False
                    if near and k == 0 and self._introduced_apart(i, f.seg):
                        # `Following are statements from faith leaders:` before it: a
                        # paragraph introducing words whose speaker it does not say.
                        near = False
                    if (
                        near
                        and text.rstrip().rstrip("’'").endswith(",")
                        and P.NAME_AFTER_COMMA.match(self.masked[i], f.seg.end + 1)
                    ):
                        # `“…,” Malkia Cyril, the director of …, told reporters`: a cue
                        # too long to read names somebody; not the previous speaker.
                        near = False
                    if near and last and self._unread_cue_after(f.seg, text, last):
                        # `“…,” commented Quill.`, `“…,” Rep. Tod Vail.`, `” dijo Vail.`
                        # after another quotation (in its paragraph or an earlier one):
                        # the words end their sentence with a cue the parse does not
                        # read, which names their speaker; nobody's rather than the
                        # earlier one's. That one's words stop there: uncued words after
                        # these go on from the unread speaker, not from them.
                        near = False
                        last = None
                        key = (f.seg.paragraph, f.seg.start + _lstrip_len(text))
                        self.withheld.add(key)
                        self._unread_cue_ends[key] = self._unread_cue_end(f.seg, text)
                    other = self._other_subject(i, f.seg, last) if near and last else None
                    if other is None and last is None and opens:
                        other = self._view_before(i, f.seg)
                    if other is not None and not other.speakers and other.mention in _VIEW_VERBS:
                        # `The Corvale Ledger weighed in on it. “…”`: the paper's view,
                        # though whose paper is not sure; not the issuer's words either.
                        self.withheld.add((f.seg.paragraph, f.seg.start + _lstrip_len(text)))
                        quotes.append(self._continued(f.seg, text, None))
                        quotes[-1].cue = other.mention
                        continue
                    if other is not None:
                        # `Her deputy, Tod Vail, praised the plan. “…”`: the sentence before
                        # has somebody else as its subject. After a verb of saying the
                        # quotation is theirs; else nobody's rather than the last speaker's.
                        near = bool(other.speakers)
                        last = other if other.speakers else last
                    quotes.append(self._continued(f.seg, text, last if near else None))
                else:
                    quotes.append(self._title(f.seg, text))
                    continue
                if self._labelled(f.seg):
                    # `SASSE: “…? “…`: the label speaks here and in what runs on from it.
                    self._transcript_label(quotes[-1])
                    if quotes[-1].speakers:
                        last = _Last(i, list(quotes[-1].speakers), quotes[-1].mention or "")
                runs_on = not f.seg.closed
        self._adopt_later_cues(quotes)
        for quote in quotes:
            if quote.kind == "direct":
                self._transcript_label(quote)
        return quotes

    def _said_of_them(self, seg: Segment, att: Attribution, title: bool | None) -> bool:
        """Words the attribution `att` gave a speaker are nobody's: words said of the
        person, or a slogan or scare quote nobody is said to say (`title`: what
        `_is_title` read, None for a few words unsure)."""
        if self._named_by_agent(seg):
            # `Roe was dubbed “…” by the Corvale Gazette`: the agent's words about the one
            # they name; nobody's, never the one named.
            return True
        if self._honoured_by_agent(seg):
            # `Roe will be honored Friday by the Harbor League, for “…”`: the league's
            # words about her; nobody's, never hers.
            return True
        if self._rests_on(seg, att):
            # `…, and his administration has been built on “…”.`: a slogan the clause
            # rests on; nobody in the sentence is said to say it.
            return True
        # `Holt backed state “fusion centers,” including …`: a few words inside a sentence
        # that goes on after them are somebody's words only when a verb of saying says
        # whose; the subject is not one. Nor where they end it with no such verb before
        # them (`He brought leaves sold as a “healing drink”.`): a scare quote, nobody's.
        return (
            title is None and att.cue is None and (self._sentence_goes_on(seg) or self._unsaid(seg))
        )

    def _label_before(self, i: int, k: int, items: Sequence[_Found], name: str) -> bool:
        """A label naming somebody other than `name` stands right before quotation `k` of
        paragraph `i`: after the quotation before it, or opening the paragraph, or as the
        paragraph before one the quotation opens."""
        masked = self.masked[i]
        start = items[k - 1].seg.end + 1 if k > 0 else 0
        gap = masked[start : items[k].seg.open_at]
        context = self._whole
        if labels_another(gap, name, context):
            return True
        return (
            k == 0
            and not gap.strip()
            and i > 0
            and labels_another(self.masked[i - 1], name, context)
        )

    def _unread_cue_after(self, seg: Segment, text: str, last: _Last) -> bool:
        """The quotation's sentence goes on after it with a cue the parse did not read,
        and that cue does not name the speaker before by surname: its words end in a
        comma (`“…,” commented Quill.`, `“…,” Rep. Tod Vail.`) or a Spanish verb of
        saying follows (`” dijo el Congresista Vail`)."""
        rest = P.cue_unread_after(self.masked[seg.paragraph], seg.end + 1, text)
        if rest is None:
            return False
        words = set(P.CUE_WORD.findall(rest))
        if not any(w[:1].isupper() for w in words):
            return False  # `“…,” a detail that fits the plot.`: narration, no name there
        return not any(name.split()[-1] in words for name in last.speakers)

    def _unread_cue_end(self, seg: Segment, text: str) -> int:
        """Where the sentence of the unread cue after the quotation ends (its stop
        included), or -1."""
        # speakers._after_cue_of_another reads the same shape for the issuer's fallback,
        # apart on purpose: here the cue is one not naming the speaker before by surname
        # (`_unread_cue_after`), there one naming nobody by the issuer's surname or a
        # title; here in the masked paragraph, up to a stop before a space or the end
        # (`_SENTENCE_STOP`), there in the body's, a stop before an opening mark too
        # (`Vail.“…”`). One helper would change whose words either withholds.
        masked = self.masked[seg.paragraph]
        rest = P.cue_unread_after(masked, seg.end + 1, text)
        at = masked.find(rest, seg.end + 1) if rest else -1
        if rest is None or at < 0:
            return -1
        stop = _SENTENCE_STOP.match(masked, at + len(rest))
        return stop.end() if stop else -1

    def _after_unread_cue(self, prev: Quote, q: Quote) -> bool:
        """`q` comes next in the paragraph after the unread cue that withheld `prev`
        (`“…,” intoned Rep. Tod Vail. “…”`): the cue's person's words going on, not the
        lead's member's; also after narration between (`… Vail. Tarrant nodded. “…”`),
        which no cue ties to the member."""
        end = self._unread_cue_ends.get((prev.paragraph, prev.start), -1)
        return end >= 0 and q.paragraph == prev.paragraph and q.start >= end

    def _said_by_one(self, seg: Segment, text: str) -> bool:
        """A cue after the quotation names somebody unnamed (`“…,” said one.`): the words
        are nobody's the text names, neither the speaker before nor the lead's member."""
        if not _UNNAMED_CUE.match(self.masked[seg.paragraph], seg.end + 1):
            return False
        self.withheld.add((seg.paragraph, seg.start + _lstrip_len(text)))
        return True

    def _heading_between(self, first: int, i: int) -> bool:
        """A paragraph between paragraphs `first` and `i` is a heading: a few words, no
        quotation, no closing punctuation (`About the Book`, `Chapter One`)."""
        for j in range(first + 1, i):
            text = self.paragraphs[j].strip()
            if self.segments[j] or not text or text[-1] in HEADING_STOPS:
                continue
            if len(text.split()) <= HEADING_WORDS:
                return True
        return False

    def _introduced_apart(self, i: int, seg: Segment) -> bool:
        """The quotation opens paragraph `i`, and the paragraph before it holds no
        quotation and ends in a colon: it introduces the words that follow, and no
        speaker could be read from it (else the colon's cue would have been)."""
        if i == 0 or self.masked[i][: seg.open_at].strip() or self.segments[i - 1]:
            return False
        return P.COLON_END.search(self.masked[i - 1]) is not None

    def _view_before(self, i: int, seg: Segment) -> _Last | None:
        """With no speaker before it, the quotation opening its sentence right after one
        saying that a paper, a body or a person gave a view and no more of it (`The
        Corvale Gazette weighed in on this program. “…”`), in its paragraph or ending the
        paragraph before one the quotation opens: that view, as `_view_of_other` reads
        it (the paper's, or nobody's), never the issuer's; a member named there is left
        as before."""
        if self.masked[i][: seg.open_at].strip():
            begin, before = self._opening_of_sentence_before(i, seg)
            if before is not None and before.open_at >= begin:
                return None
            return self._view_of_other(i, begin, seg, None)
        if i == 0 or self.segments[i - 1] or not self.masked[i - 1].strip():
            return None
        masked = self.masked[i - 1]
        begin = sentence_start(masked, len(masked.rstrip()) - 1)
        return self._view_of_other(i, begin, seg, None, i - 1)

    def _opening_of_sentence_before(self, i: int, seg: Segment) -> tuple[int, Segment | None]:
        """Where the sentence right before the quotation `seg` of paragraph `i` begins, and
        the quotation before it in the paragraph, if any."""
        masked = self.masked[i]
        begin = sentence_start(masked, seg.open_at - 1)
        k = bisect.bisect_left(self.segments[i], seg.open_at, key=lambda s: s.end) - 1
        while (
            k >= 0
            and self.segments[i][k].closed
            and _is_nickname(self.paragraphs[i], self.segments[i][k])
        ):
            # `Rep. Howard “Buck” Tarrow praised …`: the nickname is the subject's name,
            # the quotation before it is where the sentence starts.
            k -= 1
        before = self.segments[i][k] if k >= 0 else None
        if (
            before is not None
            and before.end >= begin
            and _ends_sentence(self.paragraphs[i], before)
        ):
            # `… the act.” The Legion …`: the quotation's own full stop is masked, so the
            # next sentence starts after its closing mark.
            begin = before.end + 1
            begin += len(masked[begin : seg.open_at]) - len(masked[begin : seg.open_at].lstrip())
        return begin, before

    def _other_subject(self, i: int, seg: Segment, last: _Last) -> _Last | None:
        """A person other than the last speaker who is the subject of the sentence right
        before the quotation in its paragraph: as the speaker when that sentence's verb
        is one of saying (`called him a master`), else with no speakers. A body as that
        subject speaks when the verb is one of saying or of handing in words (`The Legion
        submitted written testimony`); else the last speaker goes on."""
        masked = self.masked[i]
        if seg.open_at == 0:
            return None
        begin, before = self._opening_of_sentence_before(i, seg)
        if before is None or before.open_at < begin:
            view = self._view_of_other(i, begin, seg, last)
            if view is not None:
                return view
        m = P.SUBJECT.match(masked[begin : seg.open_at])
        if m is None:
            return None
        mention = trim_subject(clean_mention(_with_appositive(m)))
        if not _is_mention(mention) or mention.lower() in _PRONOUNS:
            return None
        words = mention.split(", ")[-1].split()
        entity = self.book.known(words)
        role, named = N.split_role(words)
        unfit = False
        if entity is None and role is not None and named and not {"and", "&"} & set(words):
            # `Congressman Al Green praised the act.`: the person is known by the name,
            # when the title fits them (`Congressman Green` is not `Sen. Ann Green`)
            entity = self.book.known(named)
            if entity is not None and not _title_fits(entity, role):
                entity, unfit = None, True
        # A body: an organisation's name (`Veterans League`) with no office, honorific or
        # person's name in it (`The President`, `The Honorable Ann Holt` are people), or
        # a body named before.
        body = (
            entity.kind == "organization"
            if entity is not None and entity.kind != "person"
            else _body_shape(entity.name.split() if entity is not None else words)
        )
        said = m.group("cue") in P.SPEECH_VERBS
        # The sentence holds a quotation of its own (`The Times reports: “…” …, said Jan
        # Liphardt.`): its cue, not its subject, says whose the next words are.
        if before is not None and before.open_at >= begin:
            return None
        handed = _HANDED_IN.match(masked, begin + m.start("cue")) is not None
        if (
            not body
            and handed
            and (entity is None or not entity.quoted)
            and masked.startswith("The ", begin + m.start("np"))
            and all(w[:1].isupper() for w in words)
        ):
            if _office_or_honorific(words) or (N.first_name_gender(words[0]) is not None):
                # `The Honorable Ann Holt submitted written testimony`: a person, not
                # surely who speaks next; nor is the last speaker.
                return _Last(i, [], "")
            # `The American Legion submitted written testimony …. “…”`: capitalised words
            # after `The` with no office, honorific or first name: a body's name.
            body = True
        if body:
            if not handed:
                # `The Times said in May that …. “…”`: a body reporting or saying something
                # says nothing of whose the next words are; the last speaker goes on.
                return None
            # `The League submitted written testimony …. “…”`: a body that hands in words
            # is the speaker of the quotation after it (a body doing anything else,
            # `The Foundation gave $5,000. “…”`, leaves the quotation as it was).
            if entity is None:
                entity = self.book.entity_for(" ".join(words), "organization")
            if entity.kind != "organization":
                if entity.quoted:
                    return None  # a person quoted already keeps being one
                # Read as a person's name before (`Veterans League`), though the name is
                # a body's alone: no person's name, office or honorific in it.
                entity.kind = "organization"
            names = speaker_names(entity, explicit=True) or [entity.name]
            if set(names) & set(last.speakers):
                return None
            _mark_quoted(entity, mention)
            return _Last(i, names, mention)
        if unfit:
            # a titled person the text named no other way: not surely the last speaker
            # going on, nor anybody named before
            return _Last(i, [], "")
        if entity is None or entity.kind != "person":
            return None
        names = speaker_names(entity, explicit=True)
        if not names or set(names) & set(last.speakers):
            return None
        if said and _EMPTY_QUOTATION.search(masked, begin, seg.open_at):
            # `Ivo said: «» Holt agreed. "…`: the sentence's own quotation is empty, so
            # the words after it are no more surely the subject's than the last speaker's.
            return _Last(i, [], "")
        if said:
            # The next words are the subject's: a speaker of the document like any other.
            _mark_quoted(entity, mention)
        # A verb of saying only: after `Holt accused Vail of lying.` the next words may be
        # either's, so they are nobody's.
        return _Last(i, names if said else [], mention if said else "")

    def _view_of_other(
        self, i: int, begin: int, seg: Segment, last: _Last | None, par: int | None = None
    ) -> _Last | None:
        """The sentence from `begin` to the quotation at `end` says that a body or a
        person other than the last speaker gave a view and says no more of it (`Last
        fall, the Sunday edition of the Corvale Times weighed in on this program.`): the
        quotation after it is that view. A body's name (an organisation's word, no office,
        honorific or person's name) speaks it; any other subject, or words that name the
        body in the third person (`“We thank the Gazette …”`, `the paper`), leave them
        nobody's (`_Last` with no speakers, the verb as its mention), never the last
        speaker's. The sentence is in paragraph `par` when it ends the one before the
        quotation's. With no last speaker (None), a member named there by a title's seat
        gives None: the issuer weighing in (`Tarrant weighed in …`) may go on."""
        p = i if par is None else par
        end = seg.open_at if par is None else len(self.masked[p])
        m = _VIEW_OF.match(self.masked[p], begin, end)
        if m is None or not _SENTENCE_DONE.fullmatch(self.masked[p], m.end(), end):
            return self._unnamed_view(p, begin, end)
        # `the Corvale Times’s editorial board`: the paper's name without the possessive
        words = _POSSESSIVE_END.sub("", m.group("name")).split()
        entity = self.book.known(words)
        if entity is None and last is None and N.split_role(words)[0] is not None:
            entity = self.book.known(N.split_role(words)[1])  # `Rep. Tarrant weighed in`
        verb = " ".join(m.group("verb").split())
        if entity is not None and entity.kind == "person":
            names = speaker_names(entity, explicit=True)
            if last is None and entity.office is not None:
                return None  # `Tarrant weighed in …` with nobody before: the member's
            if last is not None and set(names) & set(last.speakers):
                return None  # the last speaker weighing in again: still theirs
            return _Last(i, [], verb)
        body = entity.kind == "organization" if entity is not None else _body_shape(words)
        if not body:
            return _Last(i, [], verb)
        if entity is None:
            entity = self.book.entity_for(" ".join(words), "organization")
        names = speaker_names(entity, explicit=True) or [entity.name]
        if last is not None and set(names) & set(last.speakers):
            return None
        if _names_the_body(self.paragraphs[i][seg.start : seg.end], words):
            # `“We thank the Gazette for its support.”`: words about the body's view, not
            # the view; whose they are the sentence before does not say.
            return _Last(i, [], verb)
        if last is None and _first_person_singular(self.paragraphs[i][seg.start : seg.end]):
            # `The Corvale Gazette weighed in … “I am proud …”` with nobody quoted before: a
            # body says no `I`; whose the words are the sentence before does not say.
            return _Last(i, [], verb)
        mention = m.group("np").strip()
        _mark_quoted(entity, mention)
        return _Last(i, names, mention)

    def _unnamed_view(self, i: int, begin: int, end: int) -> _Last | None:
        """`The former Corvale Gazette editor weighed in on this program.`: a view given by
        somebody the sentence names by no name, or by several (a list, a plural noun); the
        quotation after it is nobody's. Not the release's member by an office of theirs
        alone (`The Congressman weighed in …`)."""
        several = _VIEW_OF_SEVERAL.match(self.masked[i], begin, end)
        if several is not None and _SENTENCE_DONE.fullmatch(self.masked[i], several.end(), end):
            # `Democrats and Republicans weighed in.`, `Several lawmakers weighed in.`:
            # the words may be any one's (the member's among them or not), so nobody's.
            return _Last(i, [], " ".join(several.group("verb").split()))
        m = _VIEW_OF_UNNAMED.match(self.masked[i], begin, end)
        if m is None or not _SENTENCE_DONE.fullmatch(self.masked[i], m.end(), end):
            return None
        words = {_POSSESSIVE_END.sub("", w).lower() for w in m.group("np").split()}
        if words & S.OWN_OFFICES:
            return None
        return _Last(i, [], " ".join(m.group("verb").split()))

    def _transcript_label(self, quote: Quote) -> None:
        """`“WALLACE: Let’s start …”`: a transcript quoted whole names each speaker in
        capitals before their words; the label, not the cue of the transcript, speaks.
        The label may stand before the opening mark too: `SASSE: “…” ROTH: “…”`."""
        m = P.SPEAKER_LABEL.match(quote.text)
        if m is None:
            # The text as written: a quotation left open before it masks the label.
            text, at = self.paragraphs[quote.paragraph], quote.start
            m = P.SPEAKER_LABEL_BEFORE.search(text, max(0, at - P.LABEL_REACH), at)
            if m is None or m.start("label") == 0 and quote.paragraph == 0:
                return  # `WASHINGTON: “…”` opening the text is a dateline, no label
        label = m.group("label")
        # Only a person the article names: "WASHINGTON:", "NOTE:" are a dateline or a
        # heading, no speaker's label.
        entity = self.book.known(label.title().split())
        if entity is None or entity.kind != "person":
            if quote.cue is None and label.isalpha() and len(label) > 2:
                # `“WALLACE: …”` continuing `“PENCE: …”`: a label of somebody the article
                # never names; the speaker carried over is not the one speaking.
                quote.speakers, quote.speaker, quote.mention = [], None, None
                quote.method, quote.confidence = None, None
            return
        names = speaker_names(entity, explicit=True)
        quote.speakers, quote.speaker, quote.mention = names, names[0] if names else None, label
        quote.cue = None
        quote.method = "cue" if names else None
        quote.confidence = CONFIDENCE["cue"] if names else None

    def _name_leads(self, lead: str) -> bool:
        """Whether the words opening a sentence before a document's label hold a name
        (`Quill on Section 8:`, `Ann Duff, a nurse who rides Line 5:`): then the label
        says what the person speaks of, and the quotation is that person's words."""
        # `… criminals.Note on page 41:`: a full stop with no space after it ends a
        # sentence too.
        words = [w.strip(",;()") for w in re.split(r"[.!?](?=[A-Z])", lead)[-1].split()]
        for k, word in enumerate(words):
            if not word[:1].isupper():
                continue
            known = self.book.known([word])
            if k > 0 or N.first_name_gender(word) is not None:
                return True
            # A surname of a person named in full (`Quill` of Nora Quill), not a lone
            # capitalised word read as a name (`criminals.Note`).
            if known is not None and known.kind == "person" and word in known.name.split()[1:]:
                return True
        return False

    def _closes_page(self, seg: Segment, att: Attribution | None) -> bool:
        """The quotation is a line of its own ending the text, with no cue of its own: a
        writer's line printed inside a transcript's marks (`"Follow Ann Holt on Twitter
        @annholt."`), not words a cue (`She told them: “Follow …”`, `“Follow …!” Holt
        said.`) gives a speaker, nor a line with more of a statement after it."""
        if att is not None and (att.cue is not None or att.byline is not None):
            return False
        masked = self.masked[seg.paragraph]
        if masked[: seg.open_at].strip() or (seg.closed and masked[seg.end + 1 :].strip()):
            return False
        return not any(p.strip() for p in self.paragraphs[seg.paragraph + 1 :])

    def _is_title(
        self, seg: Segment, text: str, att: Attribution | None, opens: bool
    ) -> bool | None:
        """Quoted words that are not speech: a bill's or event's name, a slogan, a scare
        quote, a nickname, quoted law text. True: a title whoever is named near it; None:
        a title unless a speaker is named for it (a few words inside a sentence, which
        are somebody's words only when the sentence says whose); False: speech."""
        words = P.WORD.findall(text)
        if not words:
            return True
        if self._labelled(seg):
            return False  # `ROTH: “Correct.”`: a named person's answer, however short
        if att is not None and att.term:
            return True  # a term of the sentence announcing a statement (`statement_intro`)
        stripped = text.strip()
        if P.FOLLOW_LINE.fullmatch(stripped) and self._closes_page(seg, att):
            return True  # `Follow Ann Holt on Twitter @annholt.`: the page's line
        said = att is not None and att.cue is not None
        adjacent = said and att is not None and att.adjacent
        masked = self.masked[seg.paragraph]
        named = P.TITLED_BEFORE.search(masked, max(0, seg.open_at - 16), seg.open_at + 1)
        if named and not _entitled_to(masked, named.start(), text):
            return True  # `a hearing titled, “How Is …?” Holt said, “…”`: the hearing's name
        if (
            not adjacent
            and P.EPITHET_BEFORE.search(masked, max(0, seg.open_at - 60), seg.open_at + 1)
            and not (seg.closed and P.BY_AGENT_AFTER.match(masked, seg.end + 1))
        ):
            return True  # `Muir is considered the “father of the Park Service.”`: an epithet
        # Speech is cut off by a comma or ends a sentence inside the marks; a name is not.
        punct = stripped[-1:] in ".,!?…;:—–-" or not seg.closed
        if not adjacent and _law_text(stripped):
            return True
        if not adjacent and _language_put_in(masked, seg.open_at):
            return True  # `added the following language to the report: “…”`: its text
        place = (
            None if said else _PLACE_IN_TEXT.search(masked, max(0, seg.open_at - 40), seg.open_at)
        )
        if (
            place is not None
            and not _SAYING.search(masked, sentence_start(masked, seg.open_at), seg.open_at)
            and not self._name_leads(masked[sentence_start(masked, place.start()) : place.start()])
        ):
            return True  # `Note on page 41: “…”`, `Section 4(b):`: a document's words
        if (
            said
            and att is not None
            and "following" in (att.cue or "").split()
            and not opens
            and len(words) <= TERM_WORDS
            and stripped[-1:] not in ".!?"
            and not self.masked[seg.paragraph][: seg.open_at].rstrip().endswith(_INTRO_ENDS)
        ):
            # `released the following statement after the Committee held “mock markups” of
            # …:`: words quoted in the sentence that introduces a statement are not it.
            return True
        if P.BILL_NUMBER_BEFORE.search(masked, max(0, seg.open_at - 24), seg.open_at + 1):
            return True
        if P.CHARGE_BEFORE.search(masked, max(0, seg.open_at - 48), seg.open_at + 1):
            return True
        if self._gloss(seg, words, att):
            return True  # `which means “new art” in French`: a word's meaning
        titled = is_title_case(words, stripped)
        if titled and not (adjacent and punct):
            return True
        if titled and P.WORK_BEFORE.search(masked, max(0, seg.open_at - 60), seg.open_at + 1):
            return True  # `she also wrote “The Dark Side of Love,”`: a book's title
        if titled and P.PREPOSITION_BEFORE.search(
            self.masked[seg.paragraph], max(0, seg.open_at - 30), seg.open_at
        ):
            return True  # `said on “Fox News Sunday,”`, `told “Meet the Press”`: a title
        if len(words) < MIN_LABEL_WORDS + 2 and self._label_verb_before(seg) and not adjacent:
            return True
        if len(words) <= MIN_LABEL_WORDS and _COINED_BEFORE.search(
            masked, max(0, seg.open_at - 40), seg.open_at + 1
        ):
            return True  # `Holt dubbed them “harbor ghosts,” and`: a name she gave them
        # `a “counter-movement”`: one word however many parts its hyphens join.
        if len(stripped.split()) == 1 and len(words) > 1 and not punct and not opens:
            words = [stripped]
        if (
            len(words) == 1
            and not opens
            and not adjacent
            and _CAST_AS_BEFORE.search(masked, max(0, seg.open_at - 24), seg.open_at + 1)
        ):
            # `described the plan as a “failure”`, `praised it as a “smarter” plan`: the
            # one word the sentence casts something as is a term, nobody's statement
            return True
        if len(words) == 1 and self._reported_predicate(seg, att) is not None:
            # `Holt said she was “heartened.”`: the one word the reported clause gives as
            # the speaker's own state is the speaker's word, when the speaker is named.
            return None
        if len(words) == 1 and not opens and not adjacent and not self._characterised(seg, att):
            # One quoted word inside a sentence, its full stop inside the marks too (`saying
            # he recalled it “vividly.”`): a word picked out, not a statement.
            return True
        if len(words) == 1 and not punct and not self._characterised(seg, att):
            # One quoted word inside a sentence (`politicians have “vilified” teachers`) is
            # a scare quote or a term, whoever the sentence says spoke, unless a verb
            # like `called` gives it as the speaker's word for something.
            return True
        if (
            len(words) <= MIN_LABEL_WORDS
            and not adjacent
            and self._is_term(seg, text, opens, att.cue if att else None)
        ):
            return True
        if len(words) <= MIN_LABEL_WORDS and adjacent and self._in_noun_phrase(seg, stripped, att):
            return True  # `promises a “true Alpine cheese cellar” evening`: a noun's modifier
        if len(words) <= MIN_LABEL_WORDS and not adjacent and not (opens and punct):
            return None
        return False

    def _gloss(self, seg: Segment, words: list[str], att: Attribution | None) -> bool:
        """A word's meaning or translation (`which means “new art” in French`, `P3 stands
        for “…”`), never words a cue after the closing mark gives to a speaker."""
        if att is not None and att.cue is not None and att.pos >= seg.paragraph * STRIDE + seg.end:
            return False  # `meaning “we were lied to,” she said`: her words
        masked = self.masked[seg.paragraph]
        window = max(0, seg.open_at - 48)
        if P.GLOSS_BEFORE.search(masked, window, seg.open_at + 1):
            return True
        if not P.GLOSS_WEAK_BEFORE.search(masked, window, seg.open_at + 1):
            return False
        # `stands for`, `meaning`: a gloss beside a language's name or on a few words only
        # (`the party stands for “a fair shot for every worker”` is the party's creed).
        term = P.GLOSS_TERM_BEFORE.search(masked, window, seg.open_at + 1)
        if term is not None and (
            term.group("initials") is None or term.group("initials")[0] == words[0][0].upper()
        ):
            return True  # `“Tu Se Manques,” meaning “…”`; `TSA stands for “Thousands …”`
        return (
            len(words) <= GLOSS_WORDS
            or P.GLOSS_LANGUAGE_BEFORE.search(masked, window, seg.open_at) is not None
            or P.GLOSS_LANGUAGE_AFTER.match(masked, seg.end) is not None
        )

    def _sentence_goes_on(self, seg: Segment) -> bool:
        """The sentence goes on after the quotation's closing mark (`“fusion centers,”
        including …`): the quoted words are a part of it, not a statement ending it."""
        if not seg.closed:
            return False
        masked = self.masked[seg.paragraph]
        after = masked[seg.end + 1 : seg.end + 40].lstrip()[:1]
        if not (after != "" and (after.islower() or after in ",;:(—–-")):
            return False
        # `Reid suggested the Senate should “curtail the filibuster” if …`: a verb of saying
        # before the words, though no cue the attribution read, makes them somebody's.
        begin = look_back(masked, seg.open_at)
        return _SAYING.search(masked, begin, seg.open_at) is None

    def _named_by_agent(self, seg: Segment) -> bool:
        """A few quoted words right after a verb of naming in the passive, their agent
        named with `by` right after the closing mark (`Roe was dubbed “…” by the Corvale
        Gazette`): what the agent calls somebody, never that somebody's words."""
        if not seg.closed:
            return False
        masked = self.masked[seg.paragraph]
        if not _BY_AGENT.match(masked, seg.end + 1):
            return False
        return _PASSIVE_NAMING.search(masked, max(0, seg.open_at - 80), seg.open_at + 1) is not None

    def _honoured_by_agent(self, seg: Segment) -> bool:
        """A few quoted words right after `for`, in a sentence saying that somebody is
        honoured in the passive by an agent named with `by` (`Roe will be honored Friday
        by the Corvale Harbor League, for “…”`): what the agent says of the one it
        honours, never that one's words."""
        masked = self.masked[seg.paragraph]
        start = max(sentence_start(masked, seg.open_at), seg.open_at - 240)
        return _HONOURED_BY_FOR.search(masked, start, seg.open_at + 1) is not None

    def _rests_on(self, seg: Segment, att: Attribution) -> bool:
        """A few quoted words close the sentence they end right after a verb in the
        passive and `on`/`upon`, its agent left out (`his administration has been built
        on “…”.`), in a clause of their own: no verb of saying before them, or one that a
        comma or a semicolon sets apart (`Vail announced his run, and his term was built
        on “…”`; not `Vail said the plan was built on “…”`)."""
        if not seg.closed or att.pos // STRIDE != seg.paragraph:
            return False
        masked = self.masked[seg.paragraph]
        after = masked[seg.end + 1 : seg.end + 40].lstrip()
        if after and not after.startswith((".", "!", "?")) and not after[:1].isupper():
            return False  # the sentence goes on after the words
        if not _PASSIVE_ON.search(masked, max(0, seg.open_at - 80), seg.open_at + 1):
            return False
        if att.cue is None:
            return True
        at = att.pos % STRIDE
        if not 0 <= at < seg.open_at:
            return False  # a cue after the words says whose they are
        cue = masked.find(att.cue, at, seg.open_at)
        if cue < 0:
            return False
        stretch = masked[cue : seg.open_at]
        last = max(stretch.rfind(","), stretch.rfind(";"))
        # `Vail said Tuesday, at the pier, that his plan is based on “…”`: after an aside
        # set off by commas, `that` opens the verb's own clause; its words stay the verb's
        return last >= 0 and not (
            stretch[last] == "," and _THAT_AFTER_ASIDE.match(stretch, last + 1)
        )

    def _unsaid(self, seg: Segment) -> bool:
        """A few quoted words close inside the sentence they end, right after a verb of
        saying or naming in the passive with no agent (`leaves described as a “healing
        drink”.`, `was hailed as “…”`): a scare quote, nobody's words."""
        if not seg.closed:
            return False
        masked = self.masked[seg.paragraph]
        after = masked[seg.end + 1 : seg.end + 40].lstrip()
        if after and not after.startswith((".", "!", "?")) and not after[:1].isupper():
            return False  # the sentence goes on: `_sentence_goes_on` judges that shape
        before = masked[max(0, seg.open_at - 80) : seg.open_at + 1]
        m = _PASSIVE_AS.search(before)
        if m is None or m.group("lead") in _NOT_A_NOUN:
            return False
        return not _WHAT_BEFORE.search(before, 0, m.start("lead"))

    def _labelled(self, seg: Segment) -> bool:
        """A transcript's label naming a person the article names stands right before the
        quotation: `ROTH: “…”`."""
        label = P.SPEAKER_LABEL_BEFORE.search(
            self.paragraphs[seg.paragraph], max(0, seg.open_at - P.LABEL_REACH), seg.open_at + 1
        )
        if label is None:
            return False
        known = self.book.known(label.group("label").title().split())
        return known is not None and known.kind == "person"

    def _label_verb_before(self, seg: Segment) -> bool:
        """`labeled`, `so-called`, `known as` … right before the quotation, or before the
        quotation it is listed with: `labeled “for research use” or “not for sale.”`."""
        masked = self.masked[seg.paragraph]
        segs = self.segments[seg.paragraph]
        known = self._label_verbs
        # Step back through the quotations before it only while they are listed with it.
        # Every quotation of such a run has the run's answer, kept once found: a paragraph
        # of many quotations side by side costs each of them a few steps, not a pass over
        # all the ones before it.
        run: list[tuple[int, int]] = []
        open_at = seg.open_at
        answer = False
        while True:
            key = (seg.paragraph, open_at)
            if key in known:
                answer = known[key]
                break
            run.append(key)
            if P.LABEL_BEFORE.search(masked[max(0, open_at - 30) : open_at]):
                answer = True
                break
            k = bisect.bisect_left(segs, open_at, key=lambda s: s.open_at) - 1
            while k >= 0 and (not segs[k].closed or segs[k].end >= open_at):
                k -= 1
            if k < 0 or not _LISTED_WITH.fullmatch(masked, segs[k].end + 1, open_at):
                break
            open_at = segs[k].open_at
        for key in run:
            known[key] = answer
        return answer

    def _characterised(self, seg: Segment, att: Attribution | None, cue: str | None = None) -> bool:
        """The cue is a verb like `called` a few words before the quotation: `Christie
        called Clinton a “disgrace”` gives the quoted words as the speaker's."""
        cue = cue if att is None else att.cue
        verb = cue.split()[0].lower() if cue else None
        if verb not in P.WEAK_VERBS:
            return False
        lead = self.masked[seg.paragraph][max(0, seg.open_at - 60) : seg.open_at].split()[-6:]
        return any(w.lower().strip(",:") == verb for w in lead)

    def _reported_predicate(self, seg: Segment, att: Attribution | None) -> str | None:
        """One quoted word in lowercase stands as the predicate of a clause a verb of
        saying reports right after its subject, the clause's own subject `he` or `she`
        for the cue's subject (`Holt said she was “heartened.”`, `stated that he was
        “disturbed” by`): the speaker's word for their own state, not a scare quote. The
        pronoun, or None. Another subject (`said the plan was “reckless”`, `said Roe
        believes …`), a subject that is not the speaker (`Critics of Holt said`), `not`,
        or words going on after the mark (`“temporary” in name only`) leave it a word
        picked out."""
        if att is None or not att.cue or att.adjacent or not seg.closed:
            return None
        if not any(w in _SPEECH_VERB_SET for w in att.cue.lower().split()[:2]):
            return None  # `said`, `also said`, `told reporters`
        masked = self.masked[seg.paragraph]
        word = _PREDICATE_WORD.fullmatch(self.paragraphs[seg.paragraph], seg.start, seg.end)
        if word is None:
            return None  # `“Harborcare”`, `“#HarborStrong”`: a name, not a state
        if not word.group(1) and not _PREDICATE_AFTER.match(masked, seg.end + 1):
            return None  # `“temporary” in name only`: the clause goes on
        base = seg.paragraph * STRIDE
        start = sentence_start(masked, seg.open_at)
        at = att.pos - base
        mention = att.mention.split()
        if not start <= at < seg.open_at or not mention:
            return None
        # The cue's subject is the clause's pronoun (`he alleged he was`) or a name, every
        # word capitalised (`Rep. Ann Holt`, `then-Attorney General Ann Holt`), not a
        # phrase holding one (`Critics of Holt`, `Holt's office`).
        own = [w.lower() for w in mention] in (["he"], ["she"])
        if not own and not all(w.split("-")[-1][:1].isupper() for w in mention):
            return None
        if not masked.startswith(att.mention, at):
            return None
        end = at + len(att.mention)
        if seg.open_at - end > _PREDICATE_REACH:
            return None
        clause = _PREDICATE_CLAUSE.search(masked, end, seg.open_at)
        if clause is None:
            return None
        pronoun = clause.group(1)
        head = masked[end : clause.start()]
        if head.startswith(","):
            # `Ann Holt, the mayor, said …`: an appositive between subject and verb
            head = head[head.find(",", 1) + 1 :] if head.count(",") == 2 else ""
        if head.split() != att.cue.split():
            return None  # the cue's verb, then the clause: nothing else between
        if mention[-1].lower() in _PRONOUNS and mention[-1].lower() != pronoun:
            return None  # `She said he was …`: another person
        return pronoun

    def _predicate_unowned(self, seg: Segment, att: Attribution, speakers: list[str]) -> bool:
        """A word `_reported_predicate` admits whose speaker is not one person the
        clause's pronoun can stand for (`Ann Holt said he was “shocked.”`, or nobody
        named): nobody's word."""
        pronoun = self._reported_predicate(seg, att)
        if pronoun is None:
            return False
        gender = N.first_name_gender(speakers[0].split()[0]) if len(speakers) == 1 else None
        return gender != ("m" if pronoun == "he" else "f")

    def _is_term(self, seg: Segment, text: str, opens: bool, cue: str | None) -> bool:
        """A few quoted words used as a term inside a sentence: `a “pay and chase” system`,
        `a fixed number of “spare moves” to use`. They run on into the sentence
        with no punctuation of their own and are not a phrase of somebody's words (which
        opens with its own determiner or pronoun: `it was “a mistake” to`)."""
        stripped = text.strip()
        if opens or not seg.closed or not stripped[-1:].isalnum():
            return False
        first = stripped.split()[0].lower()
        if first in _PHRASE_OPENERS:
            return False
        masked = self.masked[seg.paragraph]
        lead = masked[max(0, seg.open_at - 60) : seg.open_at].split()[-6:]
        if self._characterised(seg, None, cue):
            return False  # `called the plan a “total disaster” and`: words said just now
        if lead and lead[-1].lower() == "that":
            return False  # `told the Herald that “who signed it” remains`: the clause said
        after = P.TERM_AFTER.match(masked, seg.end + 1)
        before = P.TERM_BEFORE.search(masked, max(0, seg.open_at - 20), seg.open_at)
        return bool(after or before or self._asked_for(seg))

    def _asked_for(self, seg: Segment) -> bool:
        """A few quoted words that a relative clause tells of, inside what the sentence
        says somebody is asked to do (`… wrote a letter requesting that he open an inquiry
        into possible “wait lists” that may have delayed care`, `urging him to withdraw a
        “transparency rule” that would …`): the name of the thing acted on, not words the
        askers said."""
        masked = self.masked[seg.paragraph]
        if not seg.closed or P.TERM_RELATIVE.match(masked, seg.end + 1) is None:
            return False
        start = sentence_start(masked, seg.open_at)
        return P.REQUEST_BEFORE.search(masked, start, seg.open_at) is not None

    def _in_noun_phrase(self, seg: Segment, stripped: str, att: Attribution | None) -> bool:
        """A few quoted words between an article and the noun they modify (`offers a “true
        harbour view” room`): a part of the cue's object, not the speaker's statement,
        though the cue stands right before the article. A verb like `called` still gives
        the words as the speaker's (`called it a “total disaster”`)."""
        if not seg.closed or not stripped[-1:].isalnum():
            return False
        masked = self.masked[seg.paragraph]
        if not P.ARTICLE_BEFORE.search(masked, max(0, seg.open_at - 8), seg.open_at):
            return False
        if P.TERM_AFTER.match(masked, seg.end + 1) is None:
            return False
        return not self._characterised(seg, att)

    def _title(self, seg: Segment, text: str) -> Quote:
        return Quote(
            text=text.strip(),
            kind="title",
            paragraph=seg.paragraph,
            start=seg.start + _lstrip_len(text),
            end=seg.start + len(text.rstrip()),
        )

    def _is_label(self, seg: Segment, text: str) -> bool:
        """A short name in quotes (`so-called “reset”`, a nickname), not something said."""
        words = P.WORD.findall(text)
        if len(words) >= MIN_LABEL_WORDS:
            return False
        if all(w[0].isupper() for w in words):
            return True  # a title: "Paper Tiger", "Meet the Press" has a lower-case word
        before = self.masked[seg.paragraph][max(0, seg.open_at - 30) : seg.open_at]
        return bool(P.LABEL_BEFORE.search(before))

    def _resolve(self, mention: str, pos: int, cue: str | None) -> Entity | None:
        """`_resolve_mention`, except that a surname alone (or a pronoun whose antecedent
        is the surname alone) is nobody's when the full name written nearest before it has
        another first name than the person it was resolved to."""
        if _UNNAMED_MENTION.search(mention) or self._general_firm(mention):
            return None  # `To Washington, as one official put it, “…”`: nobody named
        if self._half_of_firm(mention, pos):
            return None  # `Johnson & Johnson said`: the firm's name cut down to a word
        entity = self._resolve_mention(mention, pos, cue)
        first = entity.name.split()[0] if entity is not None else ""
        if first in ("One", "Another"):
            return None  # `One Western diplomat said`: no name opens with a count
        if (
            _CONTRACTED.sub("", mention.lower()) in PRONOUN_GENDER
            and first in _NATIONALITY
            and not N.first_name_gender(first)
        ):
            return None  # `he` for `African CFA` (`West African CFA franc zone`): no person
        if entity is not None and self._unnamed_subject_before(entity, mention, pos):
            return None  # `“…,” said one analyst. “…,” he added`: the analyst's
        if entity is not None and self._relative_in_appositive(entity, mention, pos):
            return None  # `said Bram Vail, son of Senator Tod Vail. He added`: not Tod's
        if entity is None or entity.kind != "person":
            return entity
        want = PRONOUN_GENDER.get(_CONTRACTED.sub("", mention.lower()))
        if self._written_to(entity, pos):
            return None  # `sent a letter to Gov. Ivo Brandt, in which he wrote: “…”`
        if want is not None and self._surname_subject_before(entity, pos, want):
            return None  # `Lyle made the remark … . “…,” he said` after `said Ed Dane`
        if want is not None and self._named_under_pronoun(entity, pos, want):
            return None  # `She met Ann Holt on Monday. “…,” she said`: not Holt
        if want is not None:
            if self._pronoun_rival(entity, pos, want):
                return None
            self._pronoun_sex.setdefault(entity.name, set()).add(want)
        words = entity.name.split()
        if len(words) < 2:
            return entity
        if mention.split()[-1] == words[-1] and mention.split()[0].lower() in TITLE_GENDER:
            return self._couple_titled(mention, entity, pos)
        if len(mention.split()) == 2 and mention.split() != words:
            if mention.split()[-1] == words[-1] and mention.split()[0] != words[0]:
                return self._couple_role(mention, entity, pos)
        at: int | None = pos
        if mention != words[-1]:
            if _CONTRACTED.sub("", mention.lower()) not in PRONOUN_GENDER:
                return entity
            at = next((p for p, name in self.book._before(pos) if name == entity.name), None)
            found = self._masked_at(at) if at is not None else None
            if found is None or not found[0].startswith(words[-1], found[1]):
                return entity
        nearest = self._given_before(words[-1], at) if at is not None else None
        # `Brown` after `Al Brown … Danny Brown`: Danny's, whom the names did not register
        if nearest is not None and nearest != words[0]:
            return None
        if mention == words[-1] and at is not None and self._couple_before(words[-1], at):
            return None  # `Ron Holt and his wife, Ann Holt, … said Holt`: either of the two
        return entity

    def _opening_of_other_sex(self, att: Attribution, entity: Entity) -> bool:
        """Whether the phrase opening the mention's sentence holds `his`/`her` for the
        subject (`For his part, Vail said`, `In her view, Holt said`) and the person the
        mention was resolved to is known to be of the other sex."""
        if entity.kind != "person" or entity.gender not in ("m", "f"):
            return False
        found = self._masked_at(att.pos)
        if found is None:
            return False
        masked, at = found
        m = _OPENING_POSSESSIVE.fullmatch(masked, sentence_start(masked, at), at)
        if m is None:
            return False
        possessive = m.group("part") or m.group("view") or m.group("account")
        return entity.gender != ("m" if possessive == "his" else "f")

    def _half_of_firm(self, mention: str, pos: int) -> bool:
        """Whether the one-word `mention` at `pos` is a word of a firm's name joined by
        `&` (`Johnson & Johnson`, `Procter & Gamble`)."""
        if " " in mention or not mention[:1].isupper():
            return False
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, at = found
        if not masked.startswith(mention, at):
            return False
        end = at + len(mention)
        return bool(
            _FIRM_AMPERSAND.match(masked, end)
            or _AMPERSAND_BEFORE.search(masked, max(0, at - 40), at)
        )

    def _last_field(self, att: Attribution) -> bool:
        """The mention ends a body's list of fields after its `and` (`Committee on Docks,
        Harbors, and Ocean Safety`), and shows nothing of a person's name."""
        paragraph, at = divmod(att.pos, STRIDE)
        words = att.mention.split()
        if N.person_evidence(words) or any(N.is_role_word(w) for w in words):
            return False
        masked = self.masked[paragraph]
        return _FIELDS_BEFORE.search(masked, max(0, at - _FIELDS_REACH), at) is not None

    def _general_firm(self, mention: str) -> bool:
        """`General Motors`, `General Harbor`: a firm's short name whose first word is
        also a military title, where the text writes the firm's full name with a word
        for a company (`General Motors Corp`, `General Harbor Co`); the title's person
        (`Motors`) is nobody. `said General Tobin` with no firm of that name stays the
        general's."""
        words = mention.split()
        if len(words) == 2 and words[0] in ("General", "Gen.") and _business_word(words[1]):
            # `General Mills said`, `General Electric said`: the rank a firm's name opens
            # with, before a word for a kind of business or an adjective, is a firm's name,
            # unless the text named a person of that surname in full (`Gen. Ann Mills`).
            # Other titles are no firm's first word (`said Congressman Mills`).
            named = self.book.by_tail.get((words[1],), ())
            return not any(" " in n and N.person_evidence(n.split()) for n in named)
        if len(words) < 2 or words[0] not in ("General", "Gen."):
            return False
        if self._general_firms is None:
            self._general_firms = {
                m.group(1) for text in self.masked for m in _GENERAL_FIRM.finditer(text)
            }
        return " ".join(words[1:]) in self._general_firms

    def _counted_before(self, noun: str, entity: Entity, pos: int) -> bool:
        """Before `pos` the text names another person than `entity`, or has somebody
        unnamed counted with `noun` (`one analyst`, `another senior banker`), whom a
        later `the`-phrase of the noun may mean."""
        for _, name in self.book._before(pos):
            other = self.book.entities.get(name)
            if name != entity.name and name[:1].isupper() and other and other.kind == "person":
                return True
        found = re.compile(
            r"\b(?:[Oo]ne|[Aa]nother)\s+(?:[\w.&’'-]+\s+){0,4}?" + re.escape(noun) + r"\b"
            # `governor Ivo Brandt … the official`: the entity's own noun is another
            r"|\b(?!" + re.escape(noun) + r"\b)" + _UNNAMED_PERSON + r"\s+" + re.escape(entity.name)
        )
        for i, masked in enumerate(self.masked):
            if i * STRIDE >= pos:
                break
            if found.search(masked, 0, max(0, pos - i * STRIDE)):
                return True
        return False

    def _given_role(self, entity: Entity, noun: str, pos: int, body: str | None = None) -> bool:
        """Whether the text before `pos` gave `entity` the person noun `noun` as a role:
        in an appositive (`Ann Holt, editor of the Star,`, `Ann Holt, the paper's
        editor,`, `Ann Holt, Director of …`) or as a title (`Editor Ann Holt`). With
        the `body` the office is of (`The Director of the Elm Department of Roads`), an
        appositive counts only with that body, and so does running it (`Ann Holt, who
        runs the Elm Department of Roads,`)."""
        if body is not None and self._office_unsure(noun, body, pos):
            return False
        key = (entity.name, noun, body)
        if key not in self._given_roles:
            self._given_roles[key] = self._first_given_end(entity.name, noun, body)
        end = self._given_roles[key]
        return end is not None and end <= pos

    def _first_given_end(self, name: str, noun: str, body: str | None) -> int | None:
        """Where the match of `_given_forms` ending first in the text ends (a position as
        `pos` counts them), matches overlapping each other read too; None when there is
        none. Read at the places of `name` only (`_GivenPlaces`, found once per person
        and noun), not over the whole text once per body (nor a pattern compiled per
        body): every match starts at the name or ends with it, and a body's forms hold
        the body's first words where those places index them."""
        key = None if body is None else _body_key(body)
        if not _GivenPlaces.fits(name, noun) or (body is not None and key is None):
            title, rest = _given_forms(name, noun, body)
            return self._scan_given_end(re.compile("|".join([title, *rest])))
        places = self._given_places.get((name, noun))
        if places is None:
            places = _GivenPlaces(self.masked, name, noun, self._name_places(name))
            self._given_places[name, noun] = places
        ends = list(places.titled)
        if body is None:
            ends += places.appositive
        elif key is not None:
            ends += places.body_ends(self.masked, key, body)
        if not ends:
            return None
        i, end = min(ends)
        return i * STRIDE + end

    def _scan_given_end(self, given: re.Pattern[str]) -> int | None:
        """`_first_given_end` read over the whole text, for a name or body whose forms
        `_GivenPlaces` cannot index."""
        for i, masked in enumerate(self.masked):
            ends = []
            m = given.search(masked)
            while m is not None:
                ends.append(m.end())
                m = given.search(masked, m.start() + 1)
            if ends:
                return i * STRIDE + min(ends)
        return None

    def _name_places(self, name: str) -> list[tuple[int, int]]:
        """(paragraph, offset) of every place the masked text writes `name`, overlapping
        places too; one substring search of the text per person asked about."""
        found = self._name_at.get(name)
        if found is None:
            found = []
            for i, masked in enumerate(self.masked):
                at = masked.find(name)
                while at >= 0:
                    found.append((i, at))
                    at = masked.find(name, at + 1)
            self._name_at[name] = found
        return found

    def _office_unsure(self, noun: str, body: str, pos: int) -> bool:
        """Whether the text before `pos` gives the office `noun` of `body` to more than
        one person (`Tod Fell, former Director of …` and `Ann Roe, Director of …`), or
        names more than one body the shortened `body` may be (`the Elm County
        Department of Health` and `the Oak County Department of Health`)."""
        found = self._offices.get((noun, body))
        if found is None:
            if self._body_places is None:
                self._body_places = _BodyPlaces(self.masked)
            found = _OfficeMatches(self.masked, noun, body, self._body_places)
            self._offices[noun, body] = found
        return found.unsure(pos)

    def _unnamed_subject_before(self, entity: Entity, mention: str, pos: int) -> bool:
        """`he`/`she` (or a bare role noun, `the diplomat`) at `pos` may mean somebody
        the text leaves unnamed: the subject of its sentence before `pos`, or of the
        sentence before it (or further back over sentences `he`/`she` opens), after
        `entity`'s latest mention, is an unnamed person — `“…,” said one analyst. “…,”
        he added`, `But another trader said … . He said`, `The senior banker was opposed
        … . But he added:`. `the`-phrases count unless `entity`'s role has the noun (`The
        mayor said … . He added` after `Mayor Ivo Brandt` stays his); a role noun only
        meets one of its own noun (`Another diplomat said … . “…,” the diplomat said`)."""
        low = _CONTRACTED.sub("", mention.lower())
        want = PRONOUN_GENDER.get(low)
        noun: str | None = None
        if want is None:
            words = low.split()
            if len(words) != 2 or words[0] != "the":
                return False
            noun = words[1]
        at = next((p for p, name in self.book._before(pos) if name == entity.name), -1)
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, offset = found
        stretch: tuple[str, int, int, int] | None = (
            masked,
            sentence_start(masked, offset),
            offset,
            pos - offset,
        )
        # An unnamed kin of the other sex of the person (`The father of Lise Dorn spoke
        # next. She said:`) lets the search go back one more sentence, to kin of the
        # pronoun's sex of the same person (`The mother of Lise Dorn testified.`).
        passed_kin = False
        for step in range(3):
            if stretch is None:
                return False
            text, start, hi, base = stretch
            if base + hi <= at and not passed_kin:
                return False
            lo = max(start, hi - LOOK_BACK)
            m = _UNNAMED_OPENING.match(text, start, hi) or _UNNAMED_SUBJECT.search(text, lo, hi)
            if m is not None and _PRONOUNS_APPOSITIVE.match(text, m.end(), hi):
                m = None  # `A politician who grew up on a farm, she said`: she herself
            if (
                m is not None
                and m.re is _UNNAMED_OPENING
                and text[m.start() : m.start(1)].rstrip().lower().endswith(("when", "while"))
                and not _TIME_CLAUSE_SPEAKS.match(text, m.end(), min(hi, m.end() + LOOK_BACK))
            ):
                m = None  # `When the mother left, she added:`: the mother does not speak
            # `Tom Holt’s aide said`: the owner's own mention is inside the phrase.
            owned = m is not None and m.group(1)[-2:] in ("’s", "'s")
            kin_of = False
            if m is not None and m.group(3).lower() in _KIN_SEX:
                # `The mother of Lise Dorn testified`: the person named after `of` is
                # not the sentence's subject, nor the kin; the unnamed kin is.
                of_name = _KIN_OF_NAMED.match(text, m.end(3), hi)
                kin_of = of_name is not None and (
                    base + m.end(3) < at <= base + of_name.end()
                    or passed_kin
                    and f" {entity.name} " in f"{text[m.end(3) : of_name.end()]} "
                )
            if m is not None and kin_of:
                if want is not None and _noun_sex(m.group(3).lower()) in (None, want):
                    return True
                if want is not None and not passed_kin and m.re is _UNNAMED_OPENING:
                    passed_kin = True
                    stretch = self._sentence_before(base + start)
                    continue
            elif passed_kin:
                return False
            elif m is not None and base + m.start(1) + owned > at:
                head = m.group(3).lower()
                # `Ohio’s senior senator said`, `Kwabena Dube’s spokesman said`: an owned
                # noun is somebody else's office, whoever the owner is; only `the` may
                # rename the person (`The mayor said`).
                definite = m.group(1).lower() == "the"
                # `The Texas senator said` after `Sen. Tom Holt (R-Ohio)`: a capitalised
                # word in the phrase may tell another office of the same noun apart.
                named = any(w[:1].isupper() for w in m.group(2).split())
                if noun is not None and head != noun:
                    return False
                office = _OFFICE_BODY.match(text, m.end(3), hi)
                of = office.group(1) if office is not None else None
                if definite and noun is None and self._given_role(entity, head, pos, of):
                    # `Ann Holt, editor of the Star, … . The editor said … . “…,” she
                    # said`: the noun the text gave her as a role renames her.
                    m = None
            if m is not None and not kin_of and base + m.start(1) + owned > at:
                sex = _noun_sex(head)
                if head in _KIN_SEX and want is not None and sex != want:
                    # `The husband of the witness stood by her. She said:`: maybe the
                    # witness's words
                    relative = _KIN_RELATIVE.match(text, m.end(3), hi)
                    if relative is not None:
                        sex = _noun_sex(relative.group(1))
                phrase = [m.group(1), *m.group(2).split(), head]
                # a kin noun of the pronoun's sex, or of none, may be the one it means;
                # a role noun (`the father`) meets only its own noun
                kin = want is None and head in _KIN_SEX
                if (sex in (None, want) or kin) and (
                    not definite
                    or named
                    or (
                        not _fits_noun(entity, phrase)
                        # `Rep. Ben Fisk toured it. The officer said …`: an office the
                        # person was named with and the noun does not fit is another's.
                        if entity.role or entity.office is not None
                        else self._counted_before(head, entity, base + m.start(1))
                    )
                ):
                    # a `the`-phrase is somebody else when the entity's role is another
                    # noun, or, with no role, after `one`/`another` of its noun or when
                    # another person was named (`The mayor said … . But he added` after
                    # `Jiang told Ed Dane`); else it renames the only person named (`Tom
                    # Reed walked in. The former banker was furious`)
                    return True
            if want is not None and self._kin_cue_holds(text, lo, hi, base, at, want):
                return True  # `“…,” said Son of Senator Tod Vail. He added:` the son's
            if step > 0 and not _PRONOUN_OPENING.match(text, start):
                return False  # only a sentence `he`/`she` opens lets the search go back
            stretch = self._sentence_before(base + start)
        return False

    @staticmethod
    def _kin_cue_holds(text: str, lo: int, hi: int, base: int, at: int, want: str) -> bool:
        """The cue after a quotation between `lo` and `hi` has a heading-style kin phrase
        alone as its subject (`” said Son of Senator Tod Vail`, `” Son of Senator Tod Vail
        said`), of the pronoun's sex or of none, and the person's latest mention at `at`
        is the relative inside it: the pronoun means the unnamed kin."""
        for m in _KIN_CUE_AFTER.finditer(text, lo, hi):
            phrase = _KIN_CUE_VERB_END.sub("", m.group("phrase"))
            if not base + m.start("phrase") <= at <= base + m.start("phrase") + len(phrase):
                continue
            sex = _noun_sex(m.group("kin").lower())
            if _kin_phrase_alone(phrase) and sex in (None, want):
                return True
        return False

    def _named_under_pronoun(self, entity: Entity, pos: int, want: str) -> bool:
        """`entity`'s latest mention before `pos` stands in a sentence whose subject is
        `he`/`she` of the sex `want`: that pronoun is somebody else than the person the
        sentence names (`She has faced controversies, among them a meeting while the
        department investigated his wife, Ann Holt.`), and a later pronoun of that sex
        goes on with that subject as likely as it means `entity`."""
        at = next((p for p, name in self.book._before(pos) if name == entity.name), None)
        found = self._masked_at(at) if at is not None else None
        if found is None:
            return False
        masked, offset = found
        begin = sentence_start(masked, offset)
        if offset - begin > _MENTION_REACH:
            return False  # a sentence that long has no subject sure enough (and stays linear)
        if _UNSURE_END.search(masked, begin, offset + 1):
            # `She asked why “… ?” Rep. Ann Holt …`, `… said Ed Dane.Ann Holt uses …`:
            # a sentence may end there unseen
            return False
        m = _PRONOUN_OPENS.match(masked, begin, offset)
        if m is not None and PRONOUN_GENDER.get(m.group(1).lower()) == want:
            # named in full there: a surname alone may be the pronoun's own person again
            # (`Over the years, he helped … until Holt decided`)
            return " " in entity.name and entity.name in masked[offset : offset + 80]
        # `House Speaker Tom Holt, despite his doubts, believes Ben Reed is right.`: a
        # person of that sex named first, as the sentence's subject, is another
        # antecedent as likely.
        assert at is not None
        first = None
        for p, name in self.book._before(at - 1):
            if p < at - offset + begin:
                break
            first = (p, name)
        if first is None or first[1] == entity.name:
            return False
        other = self.book.entities.get(first[1])
        if other is None or other.kind != "person" or " " not in other.name:
            return False
        if other.name.endswith(("’s", "'s")):
            return False  # `Recognizing Pastor Tom Holt’s work, Rep. Ben Reed said`
        if not (other.titled or other.said or N.first_name_gender(other.name.split()[0])):
            return False  # no sign of a person (`Immediate Release Contact`)
        if other.gender not in (None, want) or (other.said and want not in other.said):
            return False
        # named in full there, not a surname in another's role (`Holt aide Ben Reed`)
        named = masked.find(other.name, first[0] - (at - offset), offset)
        if named < 0 or masked.startswith(("’s", "'s"), named + len(other.name)):
            return False  # `Senator Tom Holt’s spokesman Ben Fisk said`: the owner
        return _NAMED_SUBJECT.fullmatch(masked, begin, named) is not None

    def _surname_subject_before(self, entity: Entity, pos: int, want: str) -> bool:
        """The sentence of `he`/`she` at `pos`, or the one before it, opens with the
        surname alone of another person the text names in full, after `entity`'s latest
        mention: `Lyle made the remark … . “…,” he said` after `said spokesman Ed Dane`
        means Lyle, whom the book did not see there (a name opening a sentence is not
        registered); nobody's rather than Dane's. A person the text or the lexicon shows
        to be of the other sex than the pronoun's `want` is no rival (`Biden signed it
        … . “…,” she said` after `Rep. Ann Holt`)."""
        at = next((p for p, name in self.book._before(pos) if name == entity.name), None)
        if at is None:
            return False
        paragraph, offset = divmod(pos, STRIDE)
        if paragraph >= len(self.masked):
            return False
        masked = self.masked[paragraph]
        opening = sentence_start(masked, offset)
        stretches = [(masked, sentence_start(masked, max(0, opening - 1)), offset)]
        if opening == 0 and paragraph > 0:
            before = self.masked[paragraph - 1].rstrip()
            stretches.append((before, sentence_start(before, max(0, len(before) - 1)), len(before)))
        own = set(entity.name.split())
        # The sentences' opening words, latest first, each with its sentence.
        words: list[tuple[str, str]] = []
        for j, (text, lo, hi) in enumerate(stretches):
            if (paragraph - j) * STRIDE + hi <= at:
                break
            # Openings after the mention's own start (`Ohio Democratic Party Chairman
            # David Pepper called …` opens with the mention itself).
            lo = max(lo, at - (paragraph - j) * STRIDE + 1, hi - 2 * LOOK_BACK)
            starts = _sentence_bounds(text)[0]
            k = bisect.bisect_left(starts, lo)
            top = bisect.bisect_left(starts, hi)
            for n in range(top - 1, k - 1, -1):
                m = _SENTENCE_OPENING.match(text, starts[n])
                if m is not None and not m.group(1).endswith(("’s", "'s")):
                    # not a possessive (`Obama's record`)
                    end = starts[n + 1] if n + 1 < top else hi
                    words.append((m.group(1), text[starts[n] : end]))
        for word, sentence in words:
            # A relative of the pronoun's sex in that sentence (`McDowell … his mom`) may
            # be whom it means: then a person of the other sex opening it still counts.
            kin = _KIN_OF_SEX[want].search(sentence) is not None
            if word in own:
                return False  # `Trump has responded … . Clinton says she …`: hers
            alone = self.book.entities.get(word)
            if (
                alone is not None
                and alone.kind == "person"
                and alone is not entity
                and word not in _NOT_SURNAMES
                and _could_be_surname(word)
                and (kin or not _of_other_sex(alone, want))
            ):
                return True  # a surname whose full name the page lost (a heading)
            for name in self.book.by_tail.get((word,), ()):
                other = self.book.entities.get(name)
                if (
                    " " in name
                    and other is not None
                    and other.kind == "person"
                    and (kin or not _of_other_sex(other, want))
                ):
                    return True
        return False

    def _on_behalf(self, entity: Entity, att: Attribution) -> bool:
        """The cue's subject is somebody unnamed who works for or stands near `entity`, a
        person: `An aide to Undersecretary Ivo Brandt`, `a lawyer for Ann Holt`."""
        if entity.kind != "person" or att.cue is None:
            return False
        if _ON_BEHALF.search(att.mention):
            return True
        found = self._masked_at(att.pos)
        if found is None:
            return False
        masked, offset = found
        return _ON_BEHALF.search(masked, max(0, offset - 80), offset) is not None

    def _unnamed_introducer(self, seg: Segment, att: Attribution) -> bool:
        """The quotation opens right after a verb of saying whose subject is somebody the
        text leaves unnamed, after the cue's mention in its sentence: `Vail told the court
        that the city said, “…”`, `the story Ann Roe told about her father, who wired,
        “…”`. The words are that somebody's, not the mention's."""
        paragraph, offset = divmod(att.pos, STRIDE)
        if paragraph != seg.paragraph or offset >= seg.open_at:
            return False
        masked = self.masked[seg.paragraph]
        lo = max(offset, sentence_start(masked, seg.open_at), seg.open_at - LOOK_BACK)
        return _UNNAMED_INTRO.search(masked, lo, seg.open_at) is not None

    def _among_addressees(self, pos: int) -> bool:
        """The mention at `pos` is in the list of people a letter is written to, the
        subject of its sentence (`The letter directed to Chair Ivo Brandt, and CEO Ann
        Holt reads`, `This letter to Ivo Brandt, Tod Marsh and Ann Holt states:`): only
        names, commas and `and`/`of`/`the` stand between `to` and the mention."""
        paragraph, at = divmod(pos, STRIDE)
        masked = self.masked[paragraph]
        m = _LETTER_TO_OPENING.match(masked, sentence_start(masked, at))
        if m is None or m.end() > at or at - m.end() > ADDRESSEES_REACH * 25:
            return False  # (read this far only: many cues in one sentence stay linear)
        words = masked[m.end() : at].replace(",", " ").split()
        return len(words) <= ADDRESSEES_REACH and all(
            w[:1].isupper() or w in _ADDRESSEE_JOINS for w in words
        )

    def _written_to(self, entity: Entity, pos: int) -> bool:
        """`entity`'s latest mention before `pos`, in the same sentence or the one before,
        names the one a letter, an email, an appeal or a petition is addressed to: its
        words are the writer's, and `he`/`she` after it is not the addressee."""
        at = next((p for p, name in self.book._before(pos) if name == entity.name), None)
        if at is None or at // STRIDE != pos // STRIDE:
            return False
        found = self._masked_at(at)
        if found is None:
            return False
        masked, offset = found
        if sentence_start(masked, offset) < sentence_start(masked, pos % STRIDE) and (
            sentence_start(masked, max(0, sentence_start(masked, pos % STRIDE) - 1))
            > sentence_start(masked, offset)
        ):
            return False
        return _WRITTEN_TO.search(masked, max(0, offset - 80), offset) is not None

    def _others_of_sex(
        self, entity: Entity, pos: int, want: str, floor: int
    ) -> Iterator[tuple[int, Entity]]:
        """The persons named before `pos` back to `floor`, nearest first, other than
        `entity`, that could be of the pronoun's sex `want`: not of the other sex nor said
        by its pronoun, and more than one capitalised word unless the text titled the name
        or gave it a sex (one capitalised word is no sign of a person)."""
        for p, name in self.book._before(pos):
            if p < floor:
                break
            other = self.book.entities.get(name)
            if other is None or other is entity or other.kind != "person":
                continue
            if other.said and want not in other.said or other.gender not in (None, want):
                continue
            if " " in other.name or other.titled or other.gender is not None:
                yield p, other

    def _pronoun_rival(self, entity: Entity, pos: int, want: str) -> bool:
        """Whether `he`/`she` at `pos`, resolved to `entity`, could as well mean another
        person named in its sentence or the one before whose sex the text does not rule
        out, when `entity`'s own sex is unknown or only guessed from a first name given to
        either sex (`Tipton credits … . Paris Baguette remains “…,” he said`). The text
        itself settles it when it titled `entity` by sex (`Mr.`, `Congresswoman`) or a
        pronoun of that sex already meant `entity` with no such rival."""
        if entity.said == {want} or want in self._pronoun_sex.get(entity.name, ()):
            return False
        if entity.gender is not None and not N.either_sex(entity.name.split()[0]):
            return False  # `Gordon`, `Andrea`: the lexicon is sure where English is written
        floor = self._close_bound(pos)
        if floor is None:
            return False
        for p, other in self._others_of_sex(entity, pos, want, floor):
            if not self._shown_a_person(other, p):
                # `Casey Morgan buys flour from Reed Mills`: a first name opening a
                # firm's or a place's name is no sign of a person by itself.
                continue
            if speaker_names(other, False) and not self._addressed(p):
                return True
        return False

    def _shown_a_body(self, entity: Entity, pos: int) -> bool:
        """Whether the name of `entity`, a person by its first name, ends in a firm's or a
        venue's word (`Henry Ford Health`), or its latest mention before `pos` is set
        beside a noun naming a body (`Reed Mills, a local firm`)."""
        if entity.kind != "person" or entity.titled or entity.said:
            return False
        if _body_name(entity.name):
            return True
        at = next((p for p, name in self.book._before(pos) if name == entity.name), None)
        found = self._masked_at(at) if at is not None else None
        if found is None:
            return False
        masked, offset = found
        last = entity.name.split()[-1]
        end = masked.find(last, offset, offset + len(entity.name) + 40)
        after = _AFTER_A_PERSON.match(masked, end + len(last)) if end >= 0 else None
        noun = after.group("noun") if after is not None else None
        return noun is not None and any(
            w.lower() in ORG_NOUNS or w.lower() in N.ORG_WORDS for w in noun.split()
        )

    def _shown_a_person(self, other: Entity, pos: int) -> bool:
        """Whether the text shows `other` to be a person, beyond a first name the lexicon
        knows: a title or role, a sex the text gives them, a pronoun or a quotation
        already theirs, or at one of its mentions up to `pos` an apposition (`Tom Reed, a
        baker,`, `Dale Moritz, head of …`) or a verb of saying with them as its subject
        (`Tom Reed wrote`, `said Tom Reed`). A name ending in an organisation's or a
        venue's word is none; after `from`/`at`/`for`/`of`/`in` only an apposition naming
        a person's kind or work shows one (`from Glen Burnie, a suburb` does not)."""
        if _body_name(other.name):
            return False
        if other.titled or other.role or other.said or other.quoted:
            return True
        if other.name in self._pronoun_sex or other.name in self._spoken:
            return True
        seen = self._mention_positions(other.name)
        k = bisect.bisect_right(seen, pos)
        # The latest few mentions: enough to find a sign, bounded for a long document.
        return any(self._person_at(other.name, p) for p in seen[max(0, k - 8) : k])

    def _mention_positions(self, name: str) -> list[int]:
        """The positions of the mentions of `name` in the book's timeline, in order."""
        return self.book.mentions_at.get(name, [])

    def _last_letter(self, paragraph: int, end: int) -> int | None:
        """Where the last word `letter` of paragraph `paragraph` (masked) ending by `end`
        starts, or None: the last match of `_LETTER` searched up to `end`, from the
        paragraph's matches found once, so a long paragraph of letters' quotations is not
        read from its start for each of them."""
        masked = self.masked[paragraph]
        if paragraph not in self._letters:
            self._letters[paragraph] = [m.start() for m in _LETTER.finditer(masked)]
        # A search cut at `end` also takes a `letter` that ends there inside a longer word.
        cut = _LETTER.search(masked, max(0, end - len("letter")), end)
        if cut is not None:
            return cut.start()
        starts = self._letters[paragraph]
        k = bisect.bisect_right(starts, end - len("letter"))
        return starts[k - 1] if k else None

    def _mentioned_before(self, name: str, pos: int) -> bool:
        """The timeline holds a mention of `name` before `pos`."""
        seen = self._mention_positions(name)
        return bool(seen) and seen[0] < pos

    def _person_at(self, name: str, pos: int) -> bool:
        """The words around the mention of `name` at `pos` show a person (see
        `_shown_a_person`)."""
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, at = found
        if _SAID_BEFORE.search(masked, max(0, at - 16), at):
            return True  # `said Dale Moritz`
        last = name.split()[-1]
        end = masked.find(last, at, at + len(name) + 40)
        if end < 0:
            return False
        after = _AFTER_A_PERSON.match(masked, end + len(last))
        if after is None:
            return False
        if after.group("verb") is not None:
            return after.group("verb").lower() in _SPEECH_VERB_SET
        if after.group("role") is not None:
            return _person_noun(after.group("role"))
        if after.group("noun") is None or not _PLACE_PREPOSITION.search(
            masked, max(0, at - 12), at
        ):
            return True
        # `bought it from Glen Burnie, a suburb of Baltimore`: after a preposition only an
        # apposition naming a person's kind or work says a person is meant.
        return any(_person_noun(w) for w in after.group("noun").split())

    def _unnamed_role_since(self, entity: Entity, pos: int) -> bool:
        """An unnamed holder of an office or a job (`the agency's deputy secretary`, `an
        official`) is the last person the text names before `he`/`she` at `pos`, in its
        sentence or the one before, after `entity`'s latest mention: the pronoun may be
        theirs. Not an appositive of a name (`Amy Cook, a spokeswoman for …`), nor a noun
        of `entity`'s own role (`Secretary Ann Holt … The secretary said`)."""
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, offset = found
        base = pos - offset
        start = sentence_start(masked, offset)
        if start > 0:
            start = sentence_start(masked, start - 1)
        lo = max(start, offset - LOOK_BACK)
        latest = next((p for p, name in self.book._before(pos) if name == entity.name), -1)
        last = None
        for m in _UNNAMED_ROLE.finditer(masked, lo, offset):
            last = m
        if last is None or base + last.start() <= latest:
            return False
        if _NAME_APPOSITIVE.search(masked, max(0, last.start() - 60), last.start()):
            return False  # `Col. Amy Cook, a spokeswoman for the guard`: her own role
        if _fits_noun(entity, [last.group("det"), last.group("noun")]) or (
            entity.role and last.group("noun") in entity.role.lower().split()
        ):
            return False
        he = (
            masked.startswith(("he", "He"), offset)
            and not masked[offset + 2 : offset + 3].isalpha()
        )
        other = _SHE_WORDS if he else _HE_WORDS
        sex = said_gender(None, last.group("noun"))
        if sex is not None and sex != ("m" if he else "f"):
            return False  # `the spokeswoman` is no `he`
        if other.search(masked, last.end(), offset):
            return False  # `thanked the county clerk for her work. “…,” he said`
        opens = self._quotes_naming_role(pos // STRIDE, last.group("noun"))
        k = bisect.bisect_left(opens, last.end())
        if k < len(opens) and opens[k] < sentence_end(masked, offset):
            return False  # `met a state official. “The official agreed,” he said`
        # nobody named between the office holder and the pronoun
        return not any(base + last.end() <= p < pos for p, _ in self.book._before(pos))

    def _quotes_naming_role(self, paragraph: int, noun: str) -> list[int]:
        """Where each quotation of `paragraph` opens whose words name the role `noun` as
        somebody else's (`“The official agreed,”`), not as the speaker's own (`“As clerk,
        I will …”`), in order; read once per paragraph and noun, so that many pronouns
        after many office holders cost time in proportion to the text."""
        key = (paragraph, noun.lower())
        found = self._role_quotes.get(key)
        if found is None:
            text = self.paragraphs[paragraph]
            word = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
            found = []
            for seg in self.segments[paragraph]:
                # Every mention counts: `“As clerk, she …, and the clerk deserves …”`
                # speaks of the clerk even if one mention is a self-naming one; but a
                # possessive beside a self-naming one is the speaker's office (`“As
                # clerk, I run the clerk's office …”`).
                said = list(word.finditer(text, seg.open_at, seg.end))
                own = [_speaks_as_role(text, seg.open_at, m) for m in said]
                others = [m for m, o in zip(said, own, strict=True) if not o]
                if others and not (
                    any(own) and all(text.startswith(("'s", "’s"), m.end()) for m in others)
                ):
                    found.append(seg.open_at)
            found.sort()
            self._role_quotes[key] = found
        return found

    def _owner_passed(self, entity: Entity, pos: int) -> bool:
        """Somebody other than `entity`, named after its latest mention before `pos`, is
        named as its aide or spokesman (`Holt’s aide Ann Roe`, `His spokesman, Ben
        Fisk,`): the words of `he`/`she` at `pos` are not surely the owner's."""
        surnames = {w for w in entity.name.split()[1:] if w[:1].isupper()}
        for p, name in self.book._before(pos):
            other = self.book.entities.get(name)
            if other is entity or (other is not None and other.name == entity.name):
                return False
            if other is None or other.kind != "person":
                continue
            found = self._masked_at(p)
            if found is None:
                continue
            masked, at = found
            # the mention may start at the role (`aide Ann Roe`) or at the name after it
            for m in _OWNED_ROLE.finditer(masked, max(0, at - 80), at + 40):
                if not m.start() <= at <= m.end():
                    continue
                says = _AIDE_SAYS.match(masked, m.end())
                if says is None or says.group("comma") != m.group("comma"):
                    continue
                if m.group("owner") or surnames & set(m.group("named").split()):
                    return True
        return False

    def _relative_in_appositive(self, entity: Entity, mention: str, pos: int) -> bool:
        """`he`/`she` whose nearest antecedent is the relative in a kin appositive of
        another named person (`said Bram Vail, son of Senator Tod Vail. He added`): the
        sentence is about the kin, so the relative is no sure antecedent; nobody's."""
        if _CONTRACTED.sub("", mention.lower()) not in PRONOUN_GENDER:
            return False
        at = next((p for p, name in self.book._before(pos) if name == entity.name), None)
        found = self._masked_at(at) if at is not None else None
        if found is None:
            return False
        masked, offset = found
        m = _KIN_APPOSITIVE_BEFORE.search(masked, max(0, offset - 60), offset)
        want = PRONOUN_GENDER[_CONTRACTED.sub("", mention.lower())]
        return m is not None and _noun_sex(m.group("kin")) in (None, want)

    def _who_after_kin_appositive(self, pos: int) -> bool:
        """Whether the `who` at `pos` follows an appositive ending in `of` and a name,
        set off by commas after another name (`Ann Roe, the niece of Tod Vail, who`)."""
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, at = found
        return _OF_APPOSITIVE_BEFORE.search(masked, max(0, at - 120), at) is not None

    def _masked_at(self, pos: int) -> tuple[str, int] | None:
        """The narration of the paragraph holding `pos` and the offset in it."""
        paragraph, at = divmod(pos, STRIDE)
        if paragraph >= len(self.masked):
            return None
        return self.masked[paragraph], at

    def _body_subject(self, mention: str, pos: int) -> bool:
        """`The House Budget Committee Ann Roe leads said`: a body's name run into a full
        name that another verb follows; the body speaks, not the person."""
        if not N.body_before_name(mention.split()):
            return False
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, at = found
        end = masked.find(mention, at)
        return end >= 0 and _runs_on_with_a_verb(masked, end + len(mention))

    def _resolve_mention(self, mention: str, pos: int, cue: str | None) -> Entity | None:
        """`_resolve_near`, then he/she past a lone name: `Kevin Ames and Ben Oyo
        answered. Kevin recommends “…”. He notes …` is Kevin's, not Ben Oyo's."""
        entity = self._resolve_near(mention, pos, cue)
        low = _CONTRACTED.sub("", mention.lower())
        if low in ("he", "she") and entity is not None and entity.kind == "person":
            return self._past_lone_name(entity, pos, PRONOUN_GENDER[low])
        return entity

    def _past_lone_name(self, entity: Entity, pos: int, want: str | None) -> Entity | None:
        """`entity`, unless a surname or first name alone of another person named in full
        before stands as a subject between `entity`'s last mention and `pos` (two
        paragraphs back at most): then that person, when the name fits one person of a
        compatible sex (a possessive only when it opens the pronoun's own sentence, `Ben’s
        pick is “…,” he says`, never `Ben’s lawyer`), else nobody. A lone name
        opening the sentence `entity` was last named in (`Levin sees it, as Ann Dawe put
        it, as …`) makes `entity` nobody's antecedent too."""
        names = self.book.lone_names
        if not names:
            return entity
        last = None
        for p, name in self.book._before(pos):
            if name == entity.name:
                last = p
                break
        floor = (pos // STRIDE - 2) * STRIDE
        if last is not None:
            found = self._masked_at(last)
            begin = last if found is None else last - found[1] + sentence_start(*found)
            floor = max(floor, begin)
        lo = bisect.bisect_left(names, floor, key=lambda n: n[0])
        hi = bisect.bisect_left(names, pos, key=lambda n: n[0])
        if hi <= lo:
            return entity
        at, word, kind, owners = names[hi - 1]
        if word in entity.name.split() or entity.name in owners:
            return entity
        if last is not None and at < last:
            return None  # the lone name is the subject of the sentence naming `entity`
        people = [e for e in (self.book.entities.get(n) for n in owners) if e is not None]
        if people and all(e.gender not in (None, want) for e in people):
            return entity  # `Vail signed it. “…,” she said` after Tom Vail: no rival
        fits = [e for e in people if e.gender in (None, want)]
        if kind == "owner" or len(fits) != 1 or len(owners) != 1:
            return None
        if kind == "thing" or N.a_place_name([word]):
            # Takes the pronoun away, gives it to nobody: what a name owns is a firm's
            # product as often (`Ford’s new truck is “…,” he said`), and a place's name
            # stands for its government (`Washington believes …`).
            return None
        return fits[0]

    @functools.cached_property
    def _place_text(self) -> str:
        """The text `written_as_place` reads, joined once (its place words are read
        once per text)."""
        return "\n".join((self._document, *self.others))

    @functools.cache  # noqa: B019 (one extractor per document)
    def _written_as_place(self, word: str) -> bool:
        return written_as_place(self._place_text, word)

    @functools.cached_property
    def _after_in(self) -> frozenset[str]:
        """The words the text writes right after `in` (`in Corvale`), read once."""
        return place_words(self._place_text).after_in

    def _written_at(self, word: str) -> bool:
        """The text writes `word` where a place stands (`written_as_place`), or after
        `in` whether or not the gazetteer knows it (`The plant in Corvale`)."""
        return word in self._after_in or self._written_as_place(word)

    def _resolve_near(self, mention: str, pos: int, cue: str | None) -> Entity | None:
        """`resolve`, except that `he`/`she` at a cue is the last speaker when nobody
        else who fits was named since: `Cook told Benioff that … “…,” he said` is Cook's
        (Benioff is addressed), as is `Sarker said … . “…,” he added` when an earlier
        name known to be male would otherwise be preferred."""
        one_word = _one_word_name(mention)
        low = _CONTRACTED.sub("", mention.lower())
        if low == "who" and self._who_after_noun(pos):
            # `all those people who said`: unnamed people, not the last name; the words
            # are the sentence's subject's (`Holt mocked it, saying anybody who complains
            # “…”`) when it has a plain one and the who-phrase is what the subject says,
            # not the object of another verb (`Holt praised the nurses who said “…”`).
            return self._sentence_subject(pos) if self._who_in_reported_words(pos) else None
        if low == "who" and self._who_after_kin_appositive(pos):
            # `Ann Roe, the niece of Tod Vail, who said`: Roe's or Vail's, the text
            # does not say; never the nearer name by default
            return None
        if low in ("they", "we", "it"):
            owner = self._site_owner(pos)
            if owner is not None:
                return owner  # `On Yoloha’s site, they say`: the site's owner
        if self._body_subject(mention, pos):
            return None
        entity = resolve(self.book, mention, pos)
        if entity is not None and _one_word_unproven(entity) and self._written_at(entity.name):
            # `The plant in Corvale will close. “…,” Corvale said.`: a lone capitalised
            # word with nothing to show it is a person's name (a title, a known given
            # name, the sex a title or pronoun gave it), which the text writes where a
            # place stands: the place, nobody.
            return None
        if low in ("he", "she") and entity is not None and entity.kind == "person":
            if self._named_only_aside(entity, pos):
                # `Residents objected to Ann Holt being named. “…,” she said`: a person
                # the text names only after a preposition or as an owner neither speaks
                # nor acts there; the nearest woman (man) named otherwise, or nobody.
                entity = self._subject_past_aside(entity, pos, PRONOUN_GENDER[low])
        if (
            low in ("they", "we", "it")
            and entity is not None
            and entity.kind == "organization"
            and not _org_headed(entity.name.split())
        ):
            # `SUP yoga (Stand Up Paddle Board Yoga) … they say`: an organisation word
            # that only qualifies a thing's name (`Board Yoga`) names nobody who speaks.
            return None
        if (
            low in ("they", "we")
            and entity is not None
            and entity.kind == "organization"
            and not self._named_close(entity, pos)
        ):
            # `Members wrote to the EPA … . “We are writing …,” they wrote`: the last
            # organisation named a sentence or more before is rarely who `they` are (the
            # members, the customers); only one named in this sentence or the one before.
            return None
        if (
            entity is not None
            and one_word
            and " " in entity.name
            and not self._mentioned_before(entity.name, pos)
        ):
            # `Online courses must meet … “class time,”` with `Student Interaction Online`
            # named only further down: a short name refers back, never forward.
            return None
        if low in ("he", "she") and entity is not None and entity.gender in ("m", "f"):
            nearer = self._previous_subject(pos)
            if (
                nearer is not None
                and nearer is not entity
                and nearer.kind == "person"
                and nearer.gender is None
                and speaker_names(nearer, False)
            ):
                # `Rep. Tod Vail hosted it. Dr. Ozo Obi, a surgeon, spoke next. “…,” he
                # said`: the last sentence's subject, whose gender is not known, rather
                # than an earlier man the name lexicon knows.
                entity = nearer
        if low in ("he", "she") and entity is not None and self._shown_a_body(entity, pos):
            return None  # `bought it from Reed Mills, a local firm. “…,” he said`: a firm
        if low in ("he", "she") and entity is not None and self._unnamed_role_since(entity, pos):
            # `Vail questioned the agency's deputy secretary, who when asked …, he said`:
            # an unnamed office holder was the last person before the pronoun.
            return None
        if low in ("he", "she") and entity is not None and self._owner_passed(entity, pos):
            # `Sen. Tom Holt’s aide Ann Roe said …. “…,” he said`: the pronoun went past
            # the aide named since, who speaks for the owner; not the owner's own words.
            return None
        if low in ("he", "she") and entity is not None and entity.kind == "person":
            chosen = self._subject_over_object(entity, pos, PRONOUN_GENDER[low])
            if chosen is not None:
                entity = chosen[0]
                if entity is None:
                    return None
        if low in ("he", "she") and entity is not None and self._skips_unknown(entity, pos):
            # `… Kim Kardashian … . Then Taylor Swift posted … . “…,” she said`: a person
            # whose gender is only guessed, named after the antecedent, may be the one
            # meant; no speaker rather than the wrong one.
            return None
        if low in ("he", "she") and entity is not None and _long_for_a_person(entity):
            # `the Mira Faux Wrap Knit Dress … “…,” she said`: a product's name that opens
            # with a first name is no antecedent of a person's pronoun.
            return None
        if cue is None or low not in ("he", "she"):
            return entity
        k = bisect.bisect_left(self.spoke, pos, key=lambda s: s[0])
        if k == 0:
            return entity
        at, last = self.spoke[k - 1]
        want = PRONOUN_GENDER.get(low)
        if last is entity or pos // STRIDE - at // STRIDE > 1:
            return entity
        if last.kind != "person" or last.gender not in (None, want):
            return entity
        for p, name in self.book._before(pos):
            if p <= at:
                break
            other = self.book.entities.get(name)
            if other is None or other is last or other.kind != "person":
                continue
            if " " not in other.name and not other.titled and other.gender is None:
                continue  # "the drought-prone Barind tract": one word, no sign of a person
            if other.gender in (None, want) and not self._addressed(p):
                return entity  # somebody else who fits was named after the last speaker
        if self.book.lone_subject_between(last, at, pos):
            # `“…,” said Hal Ames. Okafor testified next. “…,” he said`: a surname opening
            # a sentence as its subject since the last speaker may be who `he` is.
            return None
        return last

    def _who_after_noun(self, pos: int) -> bool:
        """The relative `who` at `pos` follows a common noun (`people who`, `voters
        who`, `anyone who`) rather than a name (`Ann Holt, who`) or `the senator, who`."""
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, at = found
        before = masked[max(0, at - 40) : at].replace(",", " ").split()
        if not before or not before[-1][:1].islower():
            return False
        if len(before) > 1 and before[-2].lower() == "the" and before[-1] in PERSON_NOUNS:
            return before[-1].endswith("s")  # `the senator, who`, not `the senators who`
        return True

    def _who_in_reported_words(self, pos: int) -> bool:
        """The common noun before the relative `who` at `pos` opens the words a verb of
        saying reports (`saying anybody who`), within the sentence."""
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, at = found
        return bool(_SAYING_BEFORE_WHO.search(masked, sentence_start(masked, at), at))

    def _previous_subject(self, pos: int) -> Entity | None:
        """The named subject of the sentence before the one holding `pos`, in the same
        paragraph."""
        found = self._masked_at(pos)
        if found is None:
            return None
        masked, at = found
        start = sentence_start(masked, at)
        if start == 0:
            return None
        return self._sentence_subject(pos - at + start - 1)

    def _named_only_aside(self, entity: Entity, pos: int) -> bool:
        """Every mention of `entity` before `pos` (its latest few) stands after a
        preposition (`objected to Ann Holt being`, `a complaint about Ann Holt`) or owns
        the next word (`Ann Holt’s emails`), and no quotation nor pronoun was hers yet:
        the text has her only as somebody spoken of."""
        if entity.name in self._spoken or entity.name in self._pronoun_sex:
            return False
        seen = self._mention_positions(entity.name)
        k = bisect.bisect_left(seen, pos)
        if k == 0 or k > _ASIDE_MENTIONS:
            return False  # named often: bounded work, and likely more than an aside
        for p in seen[:k]:
            found = self._masked_at(p)
            if found is None:
                return False
            masked, at = found
            if not masked.startswith(entity.name, at):
                return False  # a title or a short form there: not read here
            if masked.startswith(("’s", "'s"), at + len(entity.name)):
                continue
            if _ASIDE_BEFORE.search(masked, max(0, at - 24), at) is None:
                return False
            if _ASIDE_ACTS.match(masked, at + len(entity.name)) is not None:
                return False  # `with Ann Holt — who … — lambasting the plan`: she acts
        return True

    def _subject_past_aside(self, entity: Entity, pos: int, want: str) -> Entity | None:
        """The person `he`/`she` at `pos` means when `entity`, the nearest one, is named
        only aside: the nearest person before, in this paragraph or the two before, of
        the pronoun's sex by the text's titles or the lexicon and named otherwise than
        aside; nobody when one whose sex is unknown comes first."""
        floor = (pos // STRIDE - 2) * STRIDE
        for _, other in self._others_of_sex(entity, pos, want, floor):
            if self._named_only_aside(other, pos):
                continue
            return other if other.gender == want or other.said == {want} else None
        return None

    def _subject_over_object(
        self, entity: Entity, pos: int, want: str
    ) -> tuple[Entity | None] | None:
        """Who `he`/`she` at `pos` means when `entity`, its antecedent so far, is named
        after the person opening the sentence before (that of the paragraph before, when
        the pronoun's sentence opens its own) as an object or in a phrase (`Karl Vail
        hired Tom Reed last spring. “…,” he said`): a pronoun continues the subject, never
        the person the subject acted on or spoke of. The subject when a verb of saying
        follows it there (`Karl Vail said sales doubled after Tom Reed wrote about it`);
        else nobody, even when the subject was quoted before, and nobody after a subject
        `he`/`she` of that sex (`He hired Tom Reed`). None: the rule does not apply (no
        change); else a one-tuple of the speaker, None within for nobody."""
        before = self._sentence_before(pos)
        if before is None:
            return None
        masked, begin, end, base = before
        opening_word = masked[begin:end].split(None, 1)[:1]
        if opening_word and opening_word[0].lower() in _SUBORDINATORS:
            return None  # `While Obama had …, that concerns Henry Crespo`: no subject of it
        joint = _JOINT_SUBJECT.match(masked, begin, end)
        if joint is not None:
            # `Karl Vail and Tom Reed met in May`: either may be `he`.
            group = resolve(self.book, clean_mention(joint.group("np")), base + joint.start("np"))
            members = group.members if group is not None and group.kind == "joint" else []
            if any(e is entity for e in members) and any(
                e is not entity and e.kind == "person" and e.gender in (None, want) for e in members
            ):
                return (None,)
        pronoun = _PRONOUN_SUBJECT.match(masked, begin, end)
        if pronoun is not None:
            if PRONOUN_GENDER.get(pronoun.group(1).lower()) != want:
                return None
            after = base + pronoun.end()
            subject: Entity | None = None
        else:
            opening = self._opening_subject(masked, begin, end, base)
            if opening is not None:
                np_end, subject = begin + opening[0].end("np"), opening[1]
            else:
                # `Karl Vail met Tom Reed …`: a verb the subject pattern does not list
                opener = _NAME_OPENER.match(masked, begin, end)
                if opener is None or opener.group("word") in _NOT_A_VERB:
                    return None
                mention = clean_mention(opener.group("np"))
                found = resolve(self.book, mention, base + opener.start("np"))
                if found is None:
                    return None
                np_end, subject = opener.end("np"), found
            if subject is entity or subject.kind != "person" or not speaker_names(subject, False):
                return None  # `The plant once belonged to Tom Vail`: no person opens it
            if subject.gender not in (None, want) or (subject.said and want not in subject.said):
                return None
            after = base + np_end
        named = any(
            self.book.entities.get(name) is entity
            for p, name in self.book._before(pos)
            if after <= p < base + end
        )
        if not named:
            return None
        if subject is None:
            return (None,)
        verb = _SUBJECT_SAYS.match(masked, after - base)
        if verb is not None and verb.group("verb").lower() in _SPEECH_VERB_SET:
            return (subject,)
        # A subject quoted earlier is no evidence for this quotation: the object may be
        # the one answering (`Karl Vail thanked Tom Reed. “It has been an honor,” he said`).
        return (None,)

    def _sentence_before(self, pos: int) -> tuple[str, int, int, int] | None:
        """The sentence before the one holding `pos`: the narration it lies in, where
        it starts and ends there, and the document offset of that narration; the last
        sentence of the paragraph before when the one holding `pos` opens its own."""
        found = self._masked_at(pos)
        if found is None:
            return None
        masked, at = found
        start = sentence_start(masked, at)
        if start > 0:
            return masked, sentence_start(masked, start - 1), start - 1, pos - at
        paragraph = pos // STRIDE
        if paragraph == 0:
            return None
        before = self.masked[paragraph - 1].rstrip()
        if not before:
            return None
        return (
            before,
            sentence_start(before, len(before) - 1),
            len(before),
            (paragraph - 1) * STRIDE,
        )

    def _sentence_subject(self, pos: int) -> Entity | None:
        """The named subject opening the sentence that holds `pos`, if any."""
        found = self._masked_at(pos)
        if found is None:
            return None
        masked, at = found
        opening = self._opening_subject(masked, sentence_start(masked, at), at, pos - at)
        return opening[1] if opening is not None else None

    def _opening_subject(
        self, masked: str, start: int, end: int, base: int
    ) -> tuple[re.Match[str], Entity] | None:
        """The subject opening `masked[start:end]` (a sentence of the paragraph whose text
        begins at document offset `base`): the pattern's match, within the slice, and the
        person or body it names; None when no named subject opens it."""
        m = P.SUBJECT.match(masked[start:end]) if end - start <= LOOK_BACK else None
        if m is None:
            return None
        mention = trim_subject(clean_mention(m.group("np")))
        if not _is_mention(mention) or mention.lower() in _PRONOUNS:
            return None
        found = resolve(self.book, mention, base + start + m.start("np"))
        return (m, found) if found is not None else None

    def _named_close(self, entity: Entity, pos: int) -> bool:
        """Whether `entity` is named in the sentence holding `pos` or the one before it
        (the last of the paragraph before, when this sentence opens its paragraph)."""
        bound = self._close_bound(pos)
        if bound is None:
            return False
        for p, name in self.book._before(pos):
            if p < bound:
                return False
            if self.book.entities.get(name) is entity:
                return not self._named_as_other(p)
        return False

    def _close_bound(self, pos: int) -> int | None:
        """Where the sentence before the one holding `pos` starts (the last sentence of
        the paragraph before, when this one opens its paragraph)."""
        found = self._masked_at(pos)
        if found is None:
            return None
        masked, at = found
        start = sentence_start(masked, at)
        bound = pos - at + sentence_start(masked, max(0, start - 2))
        paragraph = pos // STRIDE
        if start == 0 and paragraph > 0:
            before = self.masked[paragraph - 1].rstrip()
            bound = (paragraph - 1) * STRIDE + sentence_start(before, max(0, len(before) - 2))
        return bound

    def _named_as_other(self, pos: int) -> bool:
        """The organisation named at `pos` is somebody else's counterpart in its sentence:
        the object of `to`/`with`/`from`/`against`/`at` (`wrote to the EPA`, `met with the
        School Board`), or named after a subject of plural people (`Parents asked the
        Board`): `they` there are the people, not it."""
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, at = found
        before = masked[sentence_start(masked, at) : at]
        return bool(_OBJECT_BEFORE.search(before) or _PEOPLE_SUBJECT.search(before))

    @functools.cache  # noqa: B019 (one extractor per document)
    def _site_owners(self, paragraph: int) -> dict[int, re.Match[str]]:
        """`On Yoloha’s site, ` in paragraph `paragraph` (masked), by where each ends:
        read once a paragraph, so that many pronouns in one long sentence cost linear
        time."""
        return {m.end(): m for m in _SITE_OWNER.finditer(self.masked[paragraph])}

    def _site_owner(self, pos: int) -> Entity | None:
        """For a pronoun at `pos`, the organisation whose site, page or account the same
        sentence opens with: `On Yoloha’s site, they say`."""
        found = self._masked_at(pos)
        if found is None:
            return None
        masked, at = found
        m = self._site_owners(pos // STRIDE).get(at)
        if m is None or m.start() < sentence_start(masked, at):
            return None
        words = m.group("owner").split()
        if any(w.lower() in NOT_NAME or w.lower() in _PRONOUNS for w in words):
            return None
        # Only a name the page vouches for as a speaker's (named more than once, or an
        # organisation's shape): the site says whose it is, not that the words are a name.
        owner = self.book.known(words) or self.book.entity_for(" ".join(words), "organization")
        return owner if speaker_names(owner, True) else None

    def _holds_role(self, role: str, subject: str, pos: int) -> bool:
        """The subject of a sentence announcing a statement `from the <role>:` (`Mayor Ann
        Holt`, `Holt`, `Holt’s office`, or `she` when she resolves to her) is a person the
        text titles with that role: the words are the subject's, not another's."""
        if not subject or " and " in subject or "," in subject:
            return False
        words = subject.split()
        if len(words) == 1 and words[0].lower() in ("he", "she"):
            entity = resolve(self.book, words[0], pos)
            return (
                entity is not None
                and entity.kind == "person"
                and holds_role(self._document, role, entity.name)
            )
        owner = re.sub(r"[’']s\s+office$", "", subject).split()
        name = [w for w in owner if not N.is_role_word(w)]
        if any(w.lower().rstrip(".") in ("mr", "mrs", "ms", "miss") for w in name):
            return False  # `Mrs. Holt` after `Governor Tod Holt and his wife`: maybe another
        return (
            bool(name)
            and all(w[:1].isupper() for w in name)
            and holds_role(self._document, role, " ".join(name))
        )

    def _named_in_full(self, surname: str, pos: int, sex: str | None = None) -> bool:
        """The text named a person with `surname` in full before `pos`; with `sex` (`m`,
        `f`), none of them with a first name of the other sex (`Ben Quill` before `Quill
        and her husband`: `her` may be another Quill's)."""
        book = self.book
        named = [
            n
            for n in book.by_tail.get((surname,), ())
            if " " in n
            and n in book.entities
            and book.entities[n].kind == "person"
            and self._mentioned_before(n, pos)
        ]
        other = {"m": "f", "f": "m"}.get(sex or "")
        return bool(named) and not any(N.first_name_gender(n.split()[0]) == other for n in named)

    def _given_before(self, surname: str, pos: int) -> str | None:
        """The first name of the full name with `surname` the narration writes nearest
        before `pos`, wherever it is: a name in a heading or in a run of capitalised words
        the name pattern took whole (`Danny Brown Stardust Warp`) counts too. A couple
        written with one surname (`the son of Jimmy and Becky Carroll`) is the family of
        the person the text is about, and not counted."""
        found = self._givens(surname)
        k = bisect.bisect_left(found, pos, key=lambda f: f[0])
        return found[k - 1][1] if k else None

    def _givens(self, surname: str) -> list[tuple[int, str]]:
        """Every full name with `surname` the narration writes, as (position, first name),
        in text order; read once per surname."""
        found = self._given.get(surname)
        if found is None:
            rx = _given_then(surname)
            found = [
                (i * STRIDE + m.start(), m.group(1))
                for i, masked in enumerate(self.masked)
                # A paragraph without the surname holds no match: one fast look per
                # paragraph, not a pattern walked over every paragraph for every surname.
                if surname in masked
                for m in rx.finditer(masked)
                # `Joel Abraham Abraham grew up`: a caption's name run into the surname
                if m.group(1) != surname
                and N.first_name_gender(m.group(1)) is not None
                and not N.is_role_word(m.group(1))
            ]
            self._given[surname] = found
        return found

    def _couple_before(self, surname: str, pos: int) -> bool:
        """Whether the full name with `surname` written nearest before `pos` is the kin of
        another person of that surname, joined to them (`Ron Holt and his wife, Ann
        Holt`): the surname alone may be either of the two."""
        return self._couple(surname, pos) is not None

    def _couple(self, surname: str, pos: int) -> tuple[tuple[str, str | None], ...] | None:
        """`_couple_before`'s couple as the first person's and the kin's given names, each
        with the sex `his`/`her` and the kin noun tell: `Ron Holt and his wife, Ann Holt`
        → (("Ron", "m"), ("Ann", "f")); None when the nearest full name is no such kin."""
        found = self._givens(surname)
        k = bisect.bisect_left(found, pos, key=lambda f: f[0])
        if k < 2 or len({given for _, given in found[:k]}) < 2:
            return None
        paragraph, at = divmod(found[k - 1][0], STRIDE)
        masked = self.masked[paragraph]
        m = _AND_OWN_KIN.search(masked, max(0, at - 40), at)
        appositive = possessive = None
        if m is None:
            appositive = _KIN_APPOSITIVE_BEFORE.search(masked, max(0, at - 60), at)
        if appositive is not None:
            m = appositive  # `Bram Vail, son of Senator Tod Vail`: the kin comes first
        elif m is None:
            # `Mayor Tod Vail’s grandson, Bram Vail`: the relative's surname right before
            possessive = _POSSESSIVE_KIN_BEFORE.search(masked, max(0, at - 40), at)
            if possessive is None or not masked[: possessive.start()].endswith(surname):
                return None
            m = possessive
        if m is None or surname not in masked[max(0, m.start() - 40) : m.start() + 1]:
            return None
        first = next((g for _, g in reversed(found[: k - 1]) if g != found[k - 1][1]), None)
        if first is None:
            return None
        if possessive is not None:
            kin = (found[k - 1][1], _noun_sex(possessive.group("kin")))
            return (first, self._possessor_sex(first, surname, paragraph, possessive)), kin
        if self._couple_first(surname, found, paragraph, m, appositive is not None) != first:
            # `Ron Holt, brother of Tim Holt, and his wife, Ann Holt`: a couple, but the
            # text does not say which Holt the first is; no title picks one of them
            return (first, None), (found[k - 1][1], None)
        if appositive is not None:
            return (first, _noun_sex(appositive.group("kin"))), (found[k - 1][1], None)
        pair = _OWN_KIN_SEX.match(m.group(0))
        if pair is None:
            return None
        own, noun = pair.group(1).lower(), pair.group(2).lower()
        return (first, _OWN_SEX.get(own)), (found[k - 1][1], _noun_sex(noun))

    def _possessor_sex(
        self, first: str, surname: str, paragraph: int, m: re.Match[str]
    ) -> str | None:
        """The sex of the relative before a possessive kin appositive, where the text tells
        it: `Mrs. Ida Roe’s son` or `Mrs. Roe’s son` after `Mrs. Ida Roe`, by the title of
        one sex the text gives `first` (the one person of the surname named before the
        kin); None when the possessor is no such person or no title tells."""
        entity = self.book.entities.get(f"{first} {surname}")
        if entity is None or len(entity.said) != 1:
            return None
        (sex,) = entity.said
        masked = self.masked[paragraph]
        if self._couple_first(surname, self._givens(surname), paragraph, m, False) == first:
            return sex  # `Mrs. Ida Roe’s son`
        titled = _SEX_TITLE_END.search(masked, max(0, m.start() - len(surname) - 6), m.start())
        if titled is None or not masked[: m.start()].endswith(" " + surname):
            return None
        return sex if TITLE_GENDER.get(titled.group(1).lower()) == sex else None

    def _couple_first(
        self,
        surname: str,
        found: list[tuple[int, str]],
        paragraph: int,
        m: re.Match[str],
        appositive: bool,
    ) -> str | None:
        """The given name of the couple's first person: the full name right before `and
        his wife` (or before `, son of`), past at most an aside set off by commas that
        names nobody of the surname (`Ron Holt, a retired welder, and his wife`); None
        for any other text there (`Ron Holt, brother of Tim Holt, and his wife`)."""
        masked = self.masked[paragraph]
        end = m.start() + 1 if appositive else m.start()
        if not appositive:
            aside = _COUPLE_ASIDE.search(masked, max(0, end - 90), end)
            if aside is not None:
                if surname in aside.group("aside"):
                    return None
                end = aside.start()
        name = _given_then_end(surname).search(masked, max(0, end - 60), end)
        if name is None or name.group(1) not in {given for _, given in found}:
            return None
        return name.group(1)

    def _couple_titled(self, mention: str, entity: Entity, pos: int) -> Entity | None:
        """A surname under a title of one sex (`said Mr. Holt`) after a couple of that
        surname (`Ron Holt and his wife, Ann Holt`): the one of the two whom `his`/`her`
        and the kin noun give that sex, None when they do not tell them apart. `entity`
        when the mention is no such title or no such couple follows."""
        words = mention.split()
        sex = TITLE_GENDER.get(words[0].lower()) if len(words) == 2 else None
        couple = self._couple(words[-1], pos) if sex is not None else None
        if couple is None:
            return entity
        fits = [given for given, said in couple if said == sex]
        if len(fits) != 1 or any(said is None for _, said in couple):
            return None  # `his spouse`, `her wife`: the title does not tell them apart
        return self.book.entities.get(f"{fits[0]} {words[-1]}")

    def _couple_role(self, mention: str, entity: Entity, pos: int) -> Entity | None:
        """A surname under a role's title (`said Mayor Vail`) names the person the text
        gave that title with the surname (`Mayor Tod Vail`), never another person of the
        surname named nearer (`Mayor Tod Vail’s grandson, Bram Vail`, `greeted Bram
        Vail`): that holder when the text gave the title to one full name only and it is
        a person of the book, None when it gave it to another it does not know. After
        two people of the surname joined as kin, a title the text gave neither of them
        is nobody's. `entity` otherwise."""
        title, surname = mention.split()
        if title.lower() not in self._titled:
            # every name written after the title, read once a title: one or two given
            # names or initials and the surname (`Rep. Vail. Rep. Vail` names nobody)
            word = r"[A-Z][\w-]*(?:[’'][A-Z][\w-]*)?"
            written = re.compile(
                r"\b(?i:"
                + re.escape(title)
                + rf")\s+({word}|[A-Z]\.)\s+({word})\b(?:\s+({word})\b)?"
            )
            found: dict[str, list[tuple[int, str]]] = {}
            past: set[str] = set()
            for i, masked in enumerate(self.masked):
                for m in written.finditer(masked):
                    first, second, third = m.groups()
                    if N.is_role_word(first):
                        # `Chairman Senator Tod Vail`: a role word is no given name
                        if third is None or N.is_role_word(second):
                            continue
                        first, second, third = second, third, None
                    if _PAST_HOLDER.search(masked, max(0, m.start() - 12), m.start()):
                        past.add(third or second)  # `the late Mayor Tod Vail`
                    found.setdefault(second, []).append((i * STRIDE + m.end(2), first))
                    if third is not None:
                        name = f"{first} {second}"
                        found.setdefault(third, []).append((i * STRIDE + m.end(3), name))
            self._titled[title.lower()] = found
            holder_new = re.compile(r"(?i)\bnew\s+" + re.escape(title) + r"\b")
            named_new = any(holder_new.search(t) for t in self.masked)
            self._titled_past[title.lower()] = past, named_new
        titled = {
            f"{given} {surname}"
            for end, given in self._titled[title.lower()].get(surname, ())
            if end <= pos and surname not in given.split()
        }
        past, new = self._titled_past[title.lower()]
        if (surname in past or new) and len(
            {given for at, given in self._givens(surname) if at <= pos}
        ) > 1:
            # `The late Mayor Tod Vail’s grandson, Bram Vail, was sworn in`, `Bram Vail,
            # the new mayor`: two people of the surname, and the title held by one of
            # them once: which one it names now is not told
            return None
        if entity.name in titled or len(titled) > 1:
            return entity
        if titled:
            name = titled.pop()
            holder = self.book.entities.get(name) or self.book.known(name.split())
            return holder if holder is not None and holder.kind == "person" else None
        return entity if self._couple(surname, pos) is None else None

    def _skips_unknown(self, entity: Entity, pos: int) -> bool:
        """Whether a person with a full name, not addressed, whose gender the lexicon only
        guesses (`Taylor`: mostly male) was named between `entity`'s latest mention and
        `pos`: the pronoun passed over them on that guess alone."""
        if entity.gender is None:
            return False
        for p, name in self.book._before(pos):
            other = self.book.entities.get(name) or self.book.known(name.split())
            if other is entity:
                return False
            if (
                other is not None
                and other.kind == "person"
                and other.gender in ("m", "f")
                and other.gender != entity.gender
                and _weak_gender(other)
                and " " in other.name
                and speaker_names(other, False)
                and not self._addressed(p)
                and not self._inside_firm_name(p)
            ):
                return True
        return False

    def _just_before(self, pos: int, pattern: re.Pattern[str], reach: int) -> bool:
        """`pattern` is found in the `reach` characters of masked text before `pos`."""
        found = self._masked_at(pos)
        if found is None:
            return False
        masked, at = found
        return bool(pattern.search(masked, max(0, at - reach), at))

    def _inside_firm_name(self, pos: int) -> bool:
        """The name at `pos` ends a firm's name: `the law firm Moore & Van Allen`."""
        return self._just_before(pos, _FIRM_JOIN, 24)

    def _heads_a_body(self, mention: str) -> bool:
        """The document writes `mention` elsewhere as the first words of an organisation's
        or a venue's name (`Virginia Mason Medical Center`, `Austin Energy Board`)."""
        name = " ".join(w for w in mention.split() if not N.is_role_word(w))
        if not name or _full_personal_name(name.split()):
            # `— Ann Holt` under a release about the Ann Holt Community Center: a person's
            # full name, whatever is named after her; the check is for a body's short name.
            return False
        if name not in self._body_heads:
            self._body_heads[name] = self._reads_as_body_head(name)
        return self._body_heads[name]

    def _reads_as_body_head(self, name: str) -> bool:
        for paragraph in self.paragraphs:
            at = paragraph.find(name + " ")
            while at >= 0:
                words = paragraph[at + len(name) + 1 :].split(maxsplit=4)[:4]
                for word in words:
                    low = word.strip(",.;:").lower()
                    if not word[:1].isupper():
                        break
                    if low in N.ORG_WORDS or low in _VENUE_WORDS:
                        return True
                at = paragraph.find(name + " ", at + 1)
        return False

    def _named_before(self, entity: Entity, pos: int) -> bool:
        """The document names `entity` somewhere before `pos`."""
        return self._mentioned_before(entity.name, pos)

    def _addressed(self, pos: int) -> bool:
        """The name at `pos` is the object of a verb of saying: `told Benioff`."""
        return self._just_before(pos, _ADDRESSED, 12)

    def _spoke(self, pos: int, entity: Entity | None, names: list[str]) -> None:
        if entity is not None and names and entity.kind == "person":
            bisect.insort(self.spoke, (pos, entity), key=lambda s: s[0])
            self._spoken.add(entity.name)

    def _which_says(self, seg: Segment, att: Attribution) -> bool:
        """The words open right after `, which states:` (`which reads:`, `which declared`,
        _WHICH_SAYS): `which` stands for a thing named before the comma (a report, a
        declaration), whose words they are; the attribution read is somebody else's
        unless its mention ends right at that comma (`the Harbor Board, which said:`). A
        letter's words are its signers' (`sent a letter to …, which reads:`)."""
        masked = self.masked[seg.paragraph]
        m = _WHICH_SAYS.search(masked, max(0, seg.open_at - NEAR_CUE), seg.open_at)
        if m is None or att.nobody:
            return False
        before = masked[sentence_start(masked, m.start()) : m.start()]
        if "letter" in before.lower():
            return False  # `sent a letter to …, which reads:`: a letter is its signers'
        # the relative's own clause: past a colon (`her remarks from the floor: Mr.
        # Speaker, I read the Corvale Declaration, which reads:`)
        clause = before[before.rfind(":") + 1 :]
        owns = list(_OWN_WORDS_BEFORE_WHICH.finditer(clause))
        own = owns[-1] if owns else None
        if (
            own is not None
            and own[0].islower()
            and not _GIVEN_BY_ANOTHER.match(clause, own.end())
            and _GIVER_DETERMINER.search(clause, max(0, own.start() - 40), own.start())
        ):
            return False  # `released a statement on Tuesday, which reads:`: the subject's
        at = att.pos - seg.paragraph * STRIDE
        return not (0 <= at and masked[at : m.start()].rstrip() == att.mention)

    def _attributed(self, seg: Segment, text: str, att: Attribution) -> Quote:
        if att.cue is not None and not att.nobody:
            att = self._whole_list(att)
        entity = self._after_cued(seg, att, self._resolve(att.mention, att.pos, att.cue))
        if entity is not None and entity.kind == "person" and self._which_says(seg, att):
            # `… the Academy report on water use and Bay Delta health, which states: “…”`:
            # the report's words, not those of a person the sentence names (no cue kept
            # to resolve the name by later).
            att = replace(att, cue=None, nobody=True)
        explicit = att.cue is not None
        if att.byline is not None and entity is not None and entity.kind == "person":
            # A byline is as explicit as a verb of saying only when it names a person:
            # `— Washington Post` credits the outlet that printed the words.
            explicit = True
        if att.nobody or (
            (att.byline is not None or att.dashed)
            and entity is not None
            and self._heads_a_body(att.mention)
        ):
            # `” — Virginia Mason` where the release writes `Virginia Mason Medical
            # Center`: the byline is the body's short name, not a person's.
            entity = None
            self.withheld.add((seg.paragraph, seg.start + _lstrip_len(text)))
        if att.unsure and entity is not None and not self._named_before(entity, att.pos):
            # `” — Georgia Tech`: a first name of the lexicon opens many a place or body;
            # without the name seen before, the words may be nobody's, and no one else's
            # either: the byline says the speaker is not the one named earlier.
            entity = None
            self.withheld.add((seg.paragraph, seg.start + _lstrip_len(text)))
        names = speaker_names(entity, explicit=explicit)
        if names and att.cue is not None and self._last_field(att):
            # `… ranking member of the Subcommittee on Docks, Harbors, and Ocean Safety
            # said`: the last field of a body's list, cut off at its `and`, is nobody;
            # a name before the role may speak.
            entity, names = None, []
        if not names and att.cue is not None and not att.nobody:
            # "Kim Oduya, PhD, President of Lakeside Packaging said": the role phrase at
            # the cue names nobody; the name before it does (a mention found to be nobody
            # leaves no name to look for).
            named = self._name_before(att) or self._name_after(att)
            if named is not None:
                att, entity, names = named
        if names and (_UNNAMED_MENTION.search(att.mention) or self._general_firm(att.mention)):
            entity, names = None, []  # `To Washington, as one official put it, “…”`
        if names and entity is not None and _other_possessive(att.cue, entity):
            # `Holt shared his views:` after `Ann Holt met Tom Reed`: nobody's, the
            # issuer's neither
            entity, names = None, []
            self.withheld.add((seg.paragraph, seg.start + _lstrip_len(text)))
        if names and entity is not None and self._opening_of_other_sex(att, entity):
            # `For his part, Vail said` where the Vail named is a woman: the phrase means
            # another person, or the name another Vail; nobody's rather than hers.
            entity, names = None, []
            self.withheld.add((seg.paragraph, seg.start + _lstrip_len(text)))
        if not names and att.cue is not None:
            entity, names = self._spokesperson_of(att, entity)
        if names and entity is not None and self._on_behalf(entity, att):
            # `An aide to Undersecretary Ivo Brandt said …`: the aide speaks, unnamed.
            entity, names = None, []
        if names and entity is not None and self._written_to(entity, att.pos):
            # `an appeal to Gov. Ivo Brandt, in which he explained: “…”`: the addressee's
            # name before the cue; the words are the writer's.
            entity, names = None, []
        if names and self._among_addressees(att.pos):
            # `The letter directed to Chair Ivo Brandt, and CEO Ann Holt reads, “…”`: the
            # last of a letter's addressees before its verb; the words are the letter's.
            entity, names = None, []
        if names and self._unnamed_introducer(seg, att):
            # `Vail told the court that the city said, “…”`: the city's words.
            entity, names = None, []
        if names and self._about_the_subject(seg, text, att, entity):
            entity, names = None, []
        if names and entity is not None and self._a_body_by_first_name(entity, att):
            # `“…,” Chase said in a statement`: a firm named as a first name is.
            entity, names = None, []
        if entity is not None and names:
            _mark_quoted(entity, att.mention)
        if att.cue is not None:
            self._spoke(att.pos, entity, names)
        self._note_cued(seg, att, entity, names)
        method, confidence = _how(att, names)
        unsure = False  # a letter's signers the text does not tell: nobody
        if not names and att.cue is not None and _GROUP_MENTION.match(att.mention):
            found = self._letter_signers(att) if self._group_letter_near(seg, att) else []
            unsure, signers = found is None, found or []
            names = list(dict.fromkeys(n for e in signers for n in _signer_names(e)))
            for e in signers:
                _mark_quoted(e, e.name)
            if not names and not unsure and not _LETTER.search(att.mention):
                # "“…,” the senators wrote" after "Senators Ann Holt (D-MN), Tod Vail (R-OH)
                # and Al Kerr (D-IL) sent …": the latest list of tagged members.
                names = self._listed_members(att.pos, att.mention)
            below = self._signed_below_letter(seg, att)
            if below and all(n in below for n in names):
                # `“…,” the letter states. … The letter was signed by Reps. Holt, Vail and
                # Kerr.`: the whole list of signers, named after the words.
                names = below
            if names:
                method, confidence = "resolved", LETTER_CONFIDENCE
        if not names and att.cue is not None and self._cue_after_signed_by(att):
            # `The letter was signed by Reps. Holt (D-MN), Vail (R-OH) and Kerr (D-IL). In
            # it they wrote: “…”`: the whole list of signers the sentence before names.
            names = self._signers_before(seg, att)
            if names:
                method, confidence = "resolved", LETTER_CONFIDENCE
        if not names and att.cue is None and self._letter_reads(seg, att):
            # `The letter reads, in part: “…” … The letter is signed by Sens. Holt, …`:
            # the letter's own text, its signers' words.
            names = self._signed_below_letter(seg, att, intro=True)
            if names:
                method, confidence = "resolved", LETTER_CONFIDENCE
        if not names and not unsure and att.cue is not None and _MEMBERS_MENTION.match(att.mention):
            # `Senators Ann Roe and Ben Fisk introduced the bill. “…,” the senators
            # said`: the people the sentence before opens with, jointly.
            names = self._joint_subject_before(att.pos, att.mention)
            if names:
                method, confidence = "resolved", LETTER_CONFIDENCE
        if names and self._told_of_another(seg, att):
            # `Roth said the mayor called it “a mess”`: the words are the mayor's, whom
            # the cue's subject reports; not the subject's own.
            names, method, confidence = [], None, None
        if names and entity is not None and self._owned_by_another(seg, att, entity):
            # `Holt slammed the board after she heard its reply “…”`: the board's words.
            names, method, confidence = [], None, None
            self.withheld.add((seg.paragraph, seg.start + _lstrip_len(text)))
        if len(names) > 1 and _first_person_singular(text) and not _PLURAL.search(text):
            # `“I thank my team,” said Ann Roe, Ben Fisk and Cal Dunn`: one of them
            # speaks, and the text does not say which.
            names, method, confidence = [], None, None
        return Quote(
            text=text.strip(),
            speakers=names,
            mention=att.mention,
            cue=att.cue,
            kind="direct",
            paragraph=seg.paragraph,
            start=seg.start + _lstrip_len(text),
            end=seg.start + len(text.rstrip()),
            method=method,
            confidence=confidence,
        )

    def _note_cued(
        self, seg: Segment, att: Attribution, entity: Entity | None, names: list[str]
    ) -> None:
        """Keep a quotation whose cue, or the subject of its sentence, names its speaker
        (`“…,” said Lee Park`, `Park, a resident, said the bridge is “…”`)."""
        if not names or entity is None or entity.kind != "person" or seg.end is None:
            return
        if _CONTRACTED.sub("", att.mention.lower()) in PRONOUN_GENDER:
            return
        base = seg.paragraph * STRIDE
        if att.adjacent or att.pos >= base + sentence_start(
            self.masked[seg.paragraph], seg.open_at
        ):
            # only a name in the quotation's own sentence, not one carried from before
            self._cued[(seg.paragraph, seg.end)] = (base + seg.end, entity)

    def _after_cued(self, seg: Segment, att: Attribution, entity: Entity | None) -> Entity | None:
        """`he`/`she` at the cue of the quotation right after one whose cue named a
        person: a reader takes that person (`“…,” said Lee Park, a resident. He added,
        “…”`), or anybody named since; never somebody named before that quotation. When
        the person's sex, only guessed from a first name, does not fit the pronoun, or
        another person who fits was named since (and the resolution did not take them),
        the words are nobody's."""
        low = _CONTRACTED.sub("", att.mention.lower())
        if entity is None or att.cue is None or low not in ("he", "she"):
            return entity
        want = PRONOUN_GENDER[low]
        segs = self.segments[seg.paragraph]
        k = bisect.bisect_left(segs, seg.open_at, key=lambda s: s.open_at)
        if k > 0:
            before: Segment | None = segs[k - 1]
        elif seg.paragraph > 0 and self.segments[seg.paragraph - 1]:
            before = self.segments[seg.paragraph - 1][-1]  # `He added` opens a paragraph
        else:
            before = None
        found = self._cued.get((before.paragraph, before.end)) if before is not None else None
        if found is None:
            return entity
        end, last = found
        if entity is last or N.folded(entity.name.split()[-1]) == N.folded(last.name.split()[-1]):
            return entity  # `Gutierrez` for `Luis Gutiérrez`: the same person, named in full
        since: list[Entity] = []
        for p, name in self.book._before(att.pos):
            if p <= end:
                break
            if name == entity.name:
                return entity  # named after that quotation: the resolution's reading
            other = self.book.entities.get(name)
            if other is None or other is last or other.kind != "person":
                continue
            if " " not in other.name and not other.titled:
                continue  # `a Colton resident`: one word, no title, a place's as often
            if other.gender in (None, want) and not self._addressed(p):
                since.append(other)
        if last.gender not in (None, want) and not _weak_gender(last):
            return entity  # `“…,” said Tod Vail. She asserted …`: not him, somebody else
        lone = self._lone_name_since(end, att.pos)
        if lone is not None and lone[0] not in last.name.split():
            # `“…,” Kevin said. Bernard’s pick is “…,” he explains`: a lone name of
            # somebody else since the quotation; the resolution's reading if it took them.
            return entity if entity.name in lone[1] else None
        if last.gender in (None, want) and not since:
            return last
        return None

    def _lone_name_since(self, start: int, pos: int) -> tuple[str, tuple[str, ...]] | None:
        """The word and the people named in full with it of the latest lone name as a
        subject after `start` and before `pos` (`For his part, Bernard believes …`)."""
        names = self.book.lone_names
        lo = bisect.bisect_right(names, start, key=lambda n: n[0])
        hi = bisect.bisect_left(names, pos, key=lambda n: n[0])
        return (names[hi - 1][1], names[hi - 1][3]) if hi > lo else None

    def _a_body_by_first_name(self, entity: Entity, att: Attribution) -> bool:
        """`entity` is a person only by a first name alone (`Chase`, `Tiffany`, `Dell`),
        and the cue is a body's (`said in a statement`, `in its review`, `announced`)
        or the text elsewhere writes the word as a body's (`a spokeswoman for Chase`,
        `Chase shares`, `Chase said it would`): the first name is a firm's name."""
        words = entity.name.split()
        if entity.titled or len(words) != 1 or not sure_given_name(words[0]):
            return False
        paragraph, at = divmod(att.pos, STRIDE)
        if paragraph < len(self.masked):
            masked = self.masked[paragraph]
            end = sentence_end(masked, at)
            if _BODY_CUE.search(masked, at, end if end > at else len(masked)):
                return True
        word = words[0]
        if word not in self._body_names:
            pattern = re.compile(_BODY_BY_NAME.format(re.escape(word)))
            self._body_names[word] = any(pattern.search(t) for t in (*self.masked, *self.others))
        return self._body_names[word]

    def _whole_list(self, att: Attribution) -> Attribution:
        """The cue's subject widened to the comma list of people it opens or ends: `said
        Sens. Ann Roe, Ben Fisk and Cal Dunn` and `Ann Roe, Ben Fisk and Cal Dunn said`
        speak together, where the subject pattern stops at a comma (`Ann Roe, the chair,
        said`) and took one name of the list. Every item is a person's name by its own
        evidence (a first name the lexicon knows), or a surname after a title for several
        members (`Sens. Roe, Fisk and Dunn`); else the subject stays as it was."""
        paragraph, at = divmod(att.pos, STRIDE)
        if paragraph >= len(self.masked):
            return att
        masked = self.masked[paragraph]
        if not masked.startswith(att.mention, at):
            return att
        tail = _LIST_TAIL.match(masked, at + len(att.mention))
        if " and " not in att.mention:
            if tail is None:
                return att
            whole = att.mention + tail.group(0)
            return replace(att, mention=whole) if _people_list(whole) else att
        # The list opens its sentence, or follows the quotation it says: its first name
        # is the sentence's first word outside the quotations, so the list is matched
        # there once, never searched for through the sentence (a search for each cue of
        # one long sentence was quadratic).
        start = sentence_start(masked, at)
        quoted = _ONLY_QUOTED.match(masked, start, at)
        lead = quoted.end() if quoted else start
        while lead > start and masked[lead - 1].isspace():
            lead -= 1
        head = _LIST_HEAD.match(masked, lead, at)
        if head is None:
            return att
        whole = head.group(0) + att.mention
        if not _people_list(whole) or not _LIST_TAIL.search(whole):
            return att
        return replace(att, mention=whole, pos=att.pos - len(head.group(0)))

    def _told_of_another(self, seg: Segment, att: Attribution) -> bool:
        """The cue stands before the quotation, and between them the subject reports
        another's speech: a verb of saying, a noun phrase of its own and a verb of saying
        or naming (`said the mayor called it`, `said that the board had described it
        as`)."""
        if att.cue is None or att.pos // STRIDE != seg.paragraph:
            return False
        at = att.pos % STRIDE
        if at >= seg.open_at:
            return False
        return _REPORTS_ANOTHER.search(self.masked[seg.paragraph], at, seg.open_at) is not None

    def _owned_by_another(self, seg: Segment, att: Attribution, entity: Entity) -> bool:
        """The cue stands before the quotation, and a noun of saying owned by another
        (`its reply`, `their answer:`, `the board’s response,`) stands right before the
        opening mark: the words are that owner's, not the person the cue names."""
        if att.pos // STRIDE != seg.paragraph or entity.kind != "person":
            return False
        at = att.pos % STRIDE
        if at >= seg.open_at:
            return False
        masked = self.masked[seg.paragraph]
        m = OTHERS_WORDS_BEFORE.search(masked, max(at, seg.open_at - 80), seg.open_at)
        if m is None:
            return False
        owner = _POSSESSIVE_END.sub("", m.group("owner"))
        return owner.lower() in ("its", "their") or owner not in entity.name.split()

    def _about_the_subject(
        self, seg: Segment, text: str, att: Attribution, entity: Entity | None
    ) -> bool:
        """`Ivo Roth “was a friend to the town,” the mayor added`: the quoted words go on
        the sentence the name opens, so they are about him; a pronoun or role after them
        that resolves to him is somebody else whom the text does not name."""
        first = next((c for c in text if c.isalnum()), "")
        if entity is None or not first.islower() or att.mention[:1].isupper():
            return False
        if att.pos < seg.paragraph * STRIDE + seg.open_at:
            return False  # a cue before the quotation: `she said Ivo Roth “was …”`
        masked = self.masked[seg.paragraph]
        m = _NAME_BEFORE_MARK.search(masked, max(0, seg.open_at - 80), seg.open_at)
        return m is not None and self.book.known(m.group("np").split()) is entity

    def _letter_signers(self, att: Attribution) -> list[Entity] | None:
        """`“…,” the letter states` after `Holt was joined by Reps. Vail and Dunn in a letter
        to Secretary Ross`: the people the sentence introducing the letter names before the
        word `letter` sign it (the addressee comes after it). Nobody unless two or more
        are named there and each is a person's name; None when the sentence does not say
        whether people named after `with` sign (`Rep. Ann Roe met with Reps. …`): nobody,
        and no other list read in their place."""
        paragraph, at = divmod(att.pos, STRIDE)
        for i in range(paragraph, max(-1, paragraph - LETTER_REACH), -1):
            masked = self.masked[i]
            word = self._last_letter(i, at if i == paragraph else len(masked))
            if word is None:
                continue
            begin = sentence_start(masked, word)
            segs = self.segments[i]
            k = bisect.bisect_left(segs, word, key=_segment_end)
            while k > 0 and segs[k - 1].end >= begin:
                k -= 1
                if segs[k].closed:
                    # `… to Speaker Ivo Brandt.“We must act now.”Earlier today, members
                    # sent a letter`: a quotation glued to the next sentence ends the
                    # one before; the people named before it do not sign.
                    begin = segs[k].end + 1
                    break
            listed = bool(P.PLURAL_TITLE.search(masked, begin, word))
            people = self.book.people_between(i * STRIDE + begin, i * STRIDE + word)
            # `Sen. Ivo Kerr, the Committee on Aging chairman`: a committee's field is
            # nobody, neither signer nor unnamed member.
            sentence = masked[begin:word]
            fields = _field_starts(sentence)
            people = [e for e in people if not _only_a_field(e.name, sentence, fields)]
            # `Reps. Vail, Dunn, and Marsh, all of Corvale, sent`, `Bram Vail, of Salem,`:
            # their home signs nothing.
            homes = frozenset(m.end() for m in _HOME_AFTER.finditer(sentence))
            people = [e for e in people if not _only_at(e.name, sentence, homes)]
            # `In a note to Chair Ivo Brandt, Reps. …`: the person written to, met or
            # asked signs nothing; nobody when the signers stand on both sides.
            people, told, unsure = self._not_addressed(i, begin, word, people)
            if not _LETTER.search(att.mention):
                # `the members wrote`: the unnamed rest of the group (`led 71 Democrats`)
                # is no signer to wait for; a letter's own words keep every name a veto.
                people = [e for e in people if _may_sign(e, listed)]
            signers = [
                e
                for e in people
                if _may_sign(e, listed)
                and (
                    speaker_names(e, explicit=True)
                    or listed
                    and _SURNAME.fullmatch(e.name)
                    and e.name.lower() not in N.PLACE_WORDS  # `(D-Illinois)`: a state
                )
            ]
            # `Reps. Vail and Dunn also signed the letter`, `Joining her in this letter
            # were …`: the people named join those the sentence before says lead the
            # letter (else read as before).
            led = self._with_leaders(i, begin, word, att.mention)
            if led:
                return led
            if unsure:
                return None
            if not told:
                return []
            if _other_chamber(att.mention, masked[begin:word]):
                # `Today Reps. Dunn and Marsh replied in a letter. “…,” the senators
                # wrote.`: the group's words are another letter's, as `_with_leaders`
                # reads such a group.
                return []
            sent = _SENT_LETTER.search(masked, begin, word)
            others = [e for e in people if e not in signers]
            if (
                len(signers) == 1
                # `along with five other Members`: the colleagues the text leaves unnamed,
                # said to be there; a lone writer's letter may be a reply it quotes.
                and others
                and all(_MEMBERS_GROUP.match(e.name) for e in others)
                and sent is not None
                and not _PASSES_ON.search(masked, begin, word)
                and signers[0]
                in self.book.people_between(i * STRIDE + begin, i * STRIDE + sent.start())
                and not self._answered(i, word, paragraph, at)
            ):
                # `Rep. Ann Holt, along with five other Members, sent a letter to …`: one
                # writer named as the sentence's subject, who sent it.
                return None if self._other_senders(i, word, att.pos, signers) else signers
            if len(signers) < 2 or len(signers) != len(people):
                return []
            return None if self._other_senders(i, word, att.pos, signers) else signers
        return []

    def _other_senders(self, i: int, word: int, pos: int, signers: list[Entity]) -> bool:
        """After the sentence of paragraph `i` naming the letter at `word` and before
        `pos` (the cue), a sentence's subject names people other than the `signers` as
        writing or sending (`Senators Ann Roe and Ivo Brandt sent one as well.`): the
        words may be the other people's letter. Read over `OTHER_WRITER_REACH` characters
        before `pos` at most, so that many quotations cost linear time."""
        paragraph, at = divmod(pos, STRIDE)
        budget = OTHER_WRITER_REACH
        for k in range(paragraph, i - 1, -1):
            masked = self.masked[k]
            end = at if k == paragraph else len(masked)
            start = sentence_end(masked, word) if k == i else 0
            start = max(start, end - budget)
            budget -= max(0, end - start)
            for m in _WRITES.finditer(masked, start, end):
                begin = max(start, sentence_start(masked, m.start()))
                for e in self.book.people_between(k * STRIDE + begin, k * STRIDE + m.start()):
                    if e not in signers and speaker_names(e, explicit=True):
                        return True
            if budget <= 0:
                break
        return False

    def _not_addressed(
        self, i: int, begin: int, word: int, people: list[Entity]
    ) -> tuple[list[Entity], bool, bool]:
        """The people of paragraph `i` named from `begin` to a letter's `word` less those
        named only as the object of `to`, `with`, `from` or `for` (`In a note to Chair Ivo
        Brandt,`, `Following a call with Gov. Ivo Brandt,`; the phrase runs to its comma or
        the letter's word), whether the rest can be told from them: all named before
        the first such phrase or all after the last, and whether the text leaves unsaid if
        a `with` phrase names signers: one of the rest named before it (`Rep. Ann Roe met
        with Reps. …`). `with` after a verb of joining (`along with`, `teamed up with`,
        `partnered with`, `worked with`) and `in addition to` name a fellow signer."""
        masked = self.masked[i]
        base = i * STRIDE
        commas = [k for k in range(begin, word) if masked[k] == ","]
        spans: list[tuple[int, int]] = []
        withs: list[int] = []  # where each `with` phrase opens
        named: dict[str, list[int]] = {}
        for e in people:
            at_list = self.book.mentions_at.get(e.name, [])
            k = bisect.bisect_left(at_list, base + begin)
            named[e.name] = []
            while k < len(at_list) and at_list[k] < base + word:
                # The mention may open on words before the name (`Calling for Chair …`).
                at = at_list[k] - base
                at = max(at, masked.find(e.name, at, min(word, at + 60 + len(e.name))))
                named[e.name].append(at)
                k += 1
                m = _OBJECT_OF.search(masked, max(begin, at - 60), at)
                if m is None or _FELLOW_BEFORE.search(masked, max(0, m.start() - 30), m.start()):
                    continue
                c = bisect.bisect_left(commas, at)
                spans.append((m.start(), commas[c] if c < len(commas) else word))
                if masked.startswith("with", m.start()):
                    withs.append(m.start())
        if not spans:
            return people, True, False
        spans.sort()
        starts = [s for s, _ in spans]
        ends = list(itertools.accumulate((t for _, t in spans), max))

        def addressed(p: int) -> bool:
            j = bisect.bisect_right(starts, p) - 1
            return j >= 0 and p < ends[j]

        rest = [e for e in people if not named[e.name] or not all(map(addressed, named[e.name]))]
        first, last = starts[0], ends[-1]
        told = all(p < first for e in rest for p in named[e.name]) or all(
            p >= last for e in rest for p in named[e.name]
        )
        opens = min(withs, default=word)
        unsure = any(p < opens for e in rest for p in named[e.name])
        return rest, told, unsure

    def _cue_after_signed_by(self, att: Attribution) -> bool:
        """The cue `att` is `they` and a verb of writing opening its sentence, after `In
        it` or `In the letter` at most (`In it they wrote:`, `They wrote:`)."""
        verb = (att.cue or "").split()
        if not _PLURAL_PRONOUN.fullmatch(att.mention) or att.mention.lower() != "they":
            return False
        if len(verb) != 1 or verb[0].lower() not in _GROUP_WRITES:
            return False
        found = self._masked_at(att.pos)
        if found is None:
            return False
        masked, at = found
        return _IN_THE_LETTER.fullmatch(masked, sentence_start(masked, at), at) is not None

    def _signers_before(self, seg: Segment, att: Attribution) -> list[str]:
        """The signers the sentence right before the cue `att` lists as all of a letter's
        (`The letter [to …|from …] was signed by …`, read by `_signers_listed` with its
        guards): nobody when that sentence is no such list, the list says it leaves some
        out (`was also signed by`), or another writer is named just before the words."""
        before = self._sentence_before(att.pos)
        if before is None:
            return []
        text, begin, _, offset = before
        while begin < len(text) and text[begin].isspace():
            begin += 1
        sign = _LETTER_SIGNED_BELOW.match(text, begin)
        i = offset // STRIDE
        if sign is None or offset % STRIDE or i >= len(self.masked):
            return []
        word = sign.start("letter")
        if (i, begin) not in self._signed_lists:
            self._signed_lists[(i, begin)] = self._signers_listed(i, begin, word)
        found = self._signed_lists[(i, begin)]
        if found is None or found[2]:
            return []
        if self._another_writer(seg, found[0], sign.group("way"), sign.group("party")):
            return []
        return found[0]

    def _letter_reads(self, seg: Segment, att: Attribution) -> bool:
        """The quotation opens right after `The letter reads in part:` (`reads, in part,`,
        `read in part:`), the subject `att` names: the letter's text follows."""
        paragraph, at = divmod(att.pos, STRIDE)
        if paragraph != seg.paragraph or att.mention.lower() != "the letter":
            return False
        return _LETTER_READS.fullmatch(self.masked[paragraph], at, seg.open_at) is not None

    def _signed_below_letter(
        self, seg: Segment, att: Attribution, intro: bool = False
    ) -> list[str]:
        """`“…,” the senators wrote. … The letter to Secretary Ross was signed by Sens.
        Ann Holt (D-MN), Tod Vail (R-OH) and Al Kerr (D-IL).`: the signers a sentence
        after the quotation lists as the whole of them, when it is the first to name a
        letter after the cue (in the quotation's paragraph or the next) and nobody
        answers in between. Nobody when the cue is no single verb of saying or writing
        (unless `intro` says the letter's text follows `The letter reads in part:`), a
        group's cue neither writes nor follows a letter named before the quotation
        (`“…,” the members said`), or the cue's sentence says the letter quotes somebody
        (`the letter reads, quoting Secretary Ross`); nor when `_signers_listed` reads no
        whole list of signers there, or it titles a member of the other chamber than the
        group the cue names."""
        paragraph, at = divmod(att.pos, STRIDE)
        verb = (att.cue or "").split()
        if paragraph != seg.paragraph or seg.end is None:
            return []
        masked = self.masked[paragraph]
        if not intro:
            if len(verb) != 1 or verb[0].lower() not in _LETTER_SAYS:
                # `“secrecy agreements.” The letter urges Sec. Jewell to …`: a verb
                # taking an object is no cue of the letter's words.
                return []
            if not _LETTER.search(att.mention) and verb[0].lower() not in _GROUP_WRITES:
                # `“…,” the members said`: a group's words are a letter's only when it
                # writes or a letter is named before them.
                before = self._last_letter(paragraph, seg.open_at)
                if before is None or not self._letter_just_before(masked, before, seg.open_at):
                    return []
        cue_end = min(sentence_end(masked, at), at + SIGNED_BELOW_REACH)
        if _QUOTING.search(masked, at, cue_end) or _ANOTHER_WRITING.search(masked, at, cue_end):
            # `“…,” the letter reads, quoting Secretary Ross`: Ross's words; `the senators
            # wrote in an op-ed`: another writing's.
            return []
        if _QUOTING.search(masked, max(0, seg.open_at - QUOTING_REACH), seg.open_at):
            # `The letter quotes Secretary Ross's promise. “…,” the letter reads.`
            return []
        frm = max(seg.end, at + len(att.mention))
        if at >= seg.end and _LETTER.search(masked, frm, cue_end):
            frm = cue_end  # `“…,” the senators wrote in the letter.`: the cue's own letter
        # Looked for this far only, so that many such quotations cost linear time.
        budget = SIGNED_BELOW_REACH
        for i in range(paragraph, min(len(self.masked), paragraph + LETTER_REACH)):
            text = self.masked[i]
            start = frm if i == paragraph else 0
            stop = min(len(text), start + budget)
            word = self._next_letter(i, start, stop)
            if word is None:
                budget -= stop - start
                if budget <= 0 or _ANSWERED.search(text, start, stop):
                    return []
                continue
            begin = sentence_start(text, word)
            segs = self.segments[i]
            k = bisect.bisect_left(segs, word, key=_segment_end)
            if k > 0 and segs[k - 1].closed and segs[k - 1].end >= begin:
                # `“…” The letter was signed by …`: the full stop inside the marks ends
                # the sentence before.
                begin = segs[k - 1].end + 1
            while begin < word and text[begin].isspace():
                begin += 1
            if begin < start or _ANSWERED.search(text, start, begin):
                return []
            if (i, begin) not in self._signed_lists:
                self._signed_lists[(i, begin)] = self._signers_listed(i, begin, word)
            found = self._signed_lists[(i, begin)]
            if found is None or _other_chamber(att.mention, found[1]):
                return []
            sign = _LETTER_SIGNED_BELOW.match(text, begin)
            way = sign.group("way") if sign is not None else None
            party = sign.group("party") if sign is not None and way else None
            names = found[0]
            if found[2]:
                # `… and a bipartisan group of his colleagues are urging … “…,” the
                # Senators wrote. The letter was also signed by: Senators …`: the one
                # member leading the colleagues the text leaves unnamed, and those listed.
                leader = self._leader_of_colleagues(seg, att)
                if leader is None or leader in names:
                    return []
                names = [leader, *names]
            if self._another_writer(seg, names, way, party):
                return []
            return names
        return []

    def _leader_of_colleagues(self, seg: Segment, att: Attribution) -> str | None:
        """The one person a sentence before the quotation `seg` (or its cue `att`, when
        that comes first) names as its subject with colleagues it leaves unnamed (`Sen.
        Ann Holt (R-NC) and a bipartisan group of her colleagues are urging …`, `Rep. Ann
        Holt, along with 11 other Members, asked …`), the nearest such sentence within
        `LEADER_SENTENCES`; None when a sentence between names a writer or an answer, the
        subject holds anyone else or no member's title or tag, or one of the other
        chamber than the group the cue names (`the senators`)."""
        pos = min(att.pos, seg.paragraph * STRIDE + seg.open_at)
        floor = pos // STRIDE - LETTER_REACH
        leader: str | None = None  # the nearest; the sentences before it are read too
        for _ in range(LEADER_SENTENCES):
            before = self._sentence_before(pos)
            if before is None or before[3] // STRIDE <= floor:
                return leader
            text, at, end, offset = before
            key = offset + at
            if key not in self._colleague_leaders:
                self._colleague_leaders[key] = self._colleague_leader_in(text, at, end, offset)
            found = self._colleague_leaders[key]
            if found is not None:
                name, subject = found
                if not name or _other_chamber(att.mention, subject):
                    return None if leader is None else leader
                if leader is not None and name != leader:
                    # `Sen. Tod Vail and a group of his colleagues urge … Sen. Ann Marsh
                    # and a group of her colleagues urge …`: two leaders, either one's
                    # letter: nobody
                    return None
                leader = name
            pos = key
        return leader

    def _colleague_leader_in(
        self, text: str, at: int, end: int, offset: int
    ) -> tuple[str, str] | None:
        """For `_leader_of_colleagues`, one sentence (`text[at:end]`, at document offset
        `offset`) read once: (the leader, the subject's words) when it names one member
        with unnamed colleagues, ("", "") when it ends the search (another kind of such
        subject, a writer, an answer), None to read the sentence before."""
        group = _WITH_COLLEAGUES.search(text, at, end)
        if group is None:
            if _WRITES.search(text, at, end) or _ANSWERED.search(text, at, end):
                return "", ""
            return None
        # `Citing the cost to Medicare, Sen. Ann Holt and …`: the subject after it.
        opening = _PARTICIPLE_OPENING.match(text, at, group.start())
        at = opening.end() if opening is not None else at
        people = self._subject_people(text, at, group.start(), offset)
        subject = self.paragraphs[offset // STRIDE][at : group.start()]
        if (
            len(people) != 1
            or self.book.people_between(offset + group.start(), offset + group.end())
            # `Harbor Board Chair Ivo Brandt and a group of his colleagues`: no member.
            or not (_MEMBER_TITLE.search(subject) or re.search(P.MEMBER_TAG_OPEN, subject))
        ):
            return "", ""
        names = speaker_names(people[0], explicit=True)
        return (names[0], subject) if len(names) == 1 else ("", "")

    def _group_letter_near(self, seg: Segment, att: Attribution) -> bool:
        """A group's cue (`“…,” the members said`) may be a letter's: it names the letter,
        writes (`the senators wrote`), or a letter is named just before the words
        (`_letter_just_before`)."""
        verb = (att.cue or "").split()
        if _LETTER.search(att.mention) or (verb and verb[0].lower() in _GROUP_WRITES):
            return True
        paragraph = att.pos // STRIDE
        if paragraph != seg.paragraph:
            return True
        masked = self.masked[paragraph]
        before = self._last_letter(paragraph, seg.open_at)
        return before is not None and self._letter_just_before(masked, before, seg.open_at)

    def _letter_just_before(self, masked: str, letter: int, open_at: int) -> bool:
        """The word `letter` at `letter` stands in the sentence of the quotation opening
        at `open_at` or the one before, and no group of people is named after it before
        the words (`The caucus sent a letter to the Board. Meanwhile, state lawmakers
        passed a budget. “…,” the lawmakers said.`: the state lawmakers')."""
        if open_at - letter > SIGNED_BELOW_REACH:
            return False  # read this far only, so that many quotations cost linear time
        starts = _sentence_bounds(masked)[0]
        lo, hi = bisect.bisect_right(starts, letter), bisect.bisect_right(starts, open_at)
        # Sentences of quoted words between (`“…,” the lawmakers wrote. “…,” the lawmakers
        # went on to say`) go on with the letter; a sentence of narration moves away.
        if any(masked[starts[k]] not in '“"' for k in range(lo, hi - 1)):
            return False
        after = starts[lo] if lo < hi else open_at  # the letter's own sentence may name it
        return all(
            _THE_GROUP.search(masked, max(0, m.start() - 8), m.start())
            for m in _GROUP_NOUN.finditer(masked, after, open_at)
        )

    def _another_writer(
        self, seg: Segment, signers: list[str], way: str | None, party: str | None
    ) -> bool:
        """Somebody other than the `signers` is named as writing or answering just before
        the quotation `seg` (`Secretary Ross answered the caucus.`, `In a letter to the
        caucus, Secretary Ross refused.`, `Secretary Ross’s letter came Friday.`), or the
        `to …`/`from …` `party` of the signed-by sentence was named there as the writer
        (`The Board wrote to the caucus. … The letter to the Board was signed by`) or as
        the one written to (`… The letter from the caucus was signed by`): the words may
        be that other letter's. Looked for within `OTHER_WRITER_REACH` characters."""
        masked = self.masked[seg.paragraph]
        lo = max(0, seg.open_at - OTHER_WRITER_REACH)
        window = masked[lo : seg.open_at]
        base = seg.paragraph * STRIDE + lo
        if sentence_start(masked, seg.open_at) == 0 and seg.paragraph > 0:
            # The words open their paragraph: the sentences before end the one above.
            above = self.masked[seg.paragraph - 1]
            window = above[-OTHER_WRITER_REACH:] + "\n" + window
            base = -1
        surnames = {n.split()[-1].lower() for n in signers}

        def by_signer(words: str) -> bool:
            return any(w.lower() in surnames for w in re.findall(r"[^\W\d_][\w’'-]*", words))

        starts = [0, *(m.end() for m in P.SENTENCE_END.finditer(window))]
        for m in _WRITER_VERB.finditer(window):
            subject = window[starts[bisect.bisect_right(starts, m.start()) - 1] : m.start()]
            if by_signer(subject):
                continue
            if m.group("answer"):
                return True  # `The Board answered the caucus.`
            at = base + m.start() - len(subject)
            if base >= 0 and any(
                speaker_names(e, explicit=True) and not _GROUP_MENTION.search(e.name)
                for e in self.book.people_between(at, base + m.start())
            ):
                return True  # `Secretary Ross wrote to the caucus.`
        for m in _OWNED_LETTER.finditer(window):
            owner = window[max(0, m.start() - 40) : m.start()].split()
            if not (owner and by_signer(owner[-1])):
                return True  # `Secretary Ross’s letter`
        for m in _IN_A_LETTER_TO.finditer(window):
            subject = window[m.end() : m.end() + 60]
            if subject[:1].isupper() and not re.match(r"(?:The|Their|They|We)\b", subject):
                if not by_signer(" ".join(subject.split()[:5])):
                    return True  # `In a letter to the caucus, Secretary Ross refused.`
        if party:
            words = re.findall(r"[^\W\d_][\w’'-]*", party)
            key = words[-1] if words else ""
            for m in re.finditer(rf"(?<![\w’'-]){re.escape(key)}(?![\w-])", window) if key else ():
                prefix = window[starts[bisect.bisect_right(starts, m.start()) - 1] : m.start()]
                if way == "from" and _WRITTEN_TO_PARTY.search(prefix):
                    return True  # `The Board wrote back to the caucus.`, letter from it
                if way == "to" and not any(
                    w[:1].islower() and w not in _SUBJECT_SMALL_WORDS
                    for w in re.findall(r"[^\W\d_][\w’'-]*", prefix)
                ):
                    return True  # `Secretary Ross …`, then the letter to Ross
        return False

    def _next_letter(self, i: int, start: int, stop: int) -> int | None:
        """Where the first word `letter` of paragraph `i` (masked) from `start` before
        `stop` starts, from the paragraph's matches found once (`_last_letter`)."""
        if i not in self._letters:
            self._letters[i] = [m.start() for m in _LETTER.finditer(self.masked[i])]
        starts = self._letters[i]
        k = bisect.bisect_left(starts, start)
        return starts[k] if k < len(starts) and starts[k] + len("letter") <= stop else None

    def _signers_listed(self, i: int, begin: int, word: int) -> tuple[list[str], str, bool] | None:
        """The signers the sentence at `begin` of paragraph `i` lists as all of a letter's
        (`The letter [to …|from …] was signed by …`, the word `letter` at `word`), and
        the words of the list; read once a sentence. None when the list says it is not
        all of them (`was also signed by`, `among others`, `including`), names fewer than
        two, runs over `SIGNED_LIST_REACH`, names anyone who is no person by name, holds
        an item with words of another kind (`… and Cal Dunn and sent to Secretary Ross`)
        or fewer party tags than people (a comma left out), or runs into a clause of its
        own."""
        masked = self.masked[i]
        sign = _LETTER_SIGNED_BELOW.match(masked, begin) or _ALSO_SIGNED_BELOW.match(masked, begin)
        if sign is None or sign.start("letter") != word:
            return None
        end = sentence_end(masked, sign.end())
        if end - sign.end() > SIGNED_LIST_REACH:
            return None
        listing = masked[sign.end() : end]
        if _RELATIVE.search(listing) or _PARTIAL_LIST.search(listing):
            return None
        listed = bool(P.PLURAL_TITLE.search(listing))
        people = self.book.people_between(i * STRIDE + sign.end(), i * STRIDE + end)
        # Every item of the list is one of the people found (`…, Wicker, and Enzi.` with
        # `Enzi` unread would leave a signer out), and no item after the first holds a
        # lower-case word but a name's particle.
        items = [x for x in _LIST_ITEMS.split(listing) if x.strip(" .")]
        tags = len(P.MEMBER_TAG.findall(self.paragraphs[i], sign.end(), end))
        if len(items) != len(people) or tags and tags != len(people) or len(people) < 2:
            return None
        if any(
            w[:1].islower() and w not in _NAME_PARTICLES
            for item in items[1:]
            for w in re.findall(r"[^\W\d_][\w’'.-]*", item)
        ):
            return None
        names: list[str] = []
        for e in people:
            if not _may_sign(e, listed):
                return None
            found = speaker_names(e, explicit=True)
            if not found and not (listed and _SURNAME.fullmatch(e.name)):
                return None
            names += found or [e.name]
        if any(len(n.split()) < 2 for n in names):
            return None  # `Chairman Quill and Ranking Member Brandt`: surnames alone
        return list(dict.fromkeys(names)), listing, "also" in sign.groupdict()

    def _with_leaders(self, i: int, begin: int, word: int, noun: str) -> list[Entity]:
        """The signers of a letter whose sentence at `begin` of paragraph `i` (the word
        `letter` at `word`) says who join it, by a verb that governs this letter (`Reps.
        Vail and Dunn also signed the letter`, `Joining her in this letter were …`, `The
        letter was also signed by …`): those people and the ones an earlier sentence
        names, as its subject, leading or sending the letter (`Sen. Ann Holt and Rep. Tod
        Vail led a letter to …`; `_leaders_before`). Nobody unless both are found, each
        is a person by name and none is titled a member of the chamber other than the
        group `noun`'s (`the senators` after `Rep. Cal Dunn also signed`)."""
        masked = self.masked[i]
        end = sentence_end(masked, word)
        base = i * STRIDE
        after = _JOINING_LETTER.match(masked, begin) or _LETTER_SIGNED_BY.match(masked, begin)
        if after is not None and after.end("letter") == word + len("letter"):
            # The people named after the copula or `signed by`, up to a clause of
            # their own (`, who …`).
            stop = _RELATIVE.search(masked, after.end(), end)
            joined_at = (after.end(), stop.start() if stop else end)
            joined = self.book.people_between(base + joined_at[0], base + joined_at[1])
        else:
            verb = _JOINED_LETTER.search(masked, begin, word + len("letter"))
            if verb is None or verb.end() != word + len("letter"):
                return []
            joined_at = (begin, verb.start())
            joined = self._subject_people(masked, begin, verb.start(), base)
        if not joined:
            return []
        leaders, subject = self._leaders_before(base + begin)
        people = [*leaders, *(e for e in joined if e not in leaders)]
        if not leaders or not all(speaker_names(e, explicit=True) for e in people):
            return []
        if _other_chamber(noun, f"{subject} {masked[joined_at[0] : joined_at[1]]}"):
            return []  # as `_listed_members` reads such a group
        return people

    def _leaders_before(self, pos: int) -> tuple[list[Entity], str]:
        """The people leading a letter by the nearest sentence before the one starting
        at `pos` that names a letter or somebody writing (`Sen. Ann Holt and Rep. Tod
        Vail led a letter to …`), looked for as far back as a letter's signers: its
        subject and the words naming them, when it leads or sends a letter with them as
        its subject. Nobody when that sentence is another's (`In 2019, Secretary Ann Holt
        wrote a letter …`, `Sen. Ann Holt wrote to the Board`, `… also signed the
        letter`), or none is found within `LEADER_SENTENCES`."""
        for _ in range(LEADER_SENTENCES):
            before = self._sentence_before(pos)
            if before is None or before[3] // STRIDE <= pos // STRIDE - LETTER_REACH:
                return [], ""
            text, at, end, offset = before
            if _LETTER.search(text, at, end) or _WRITES.search(text, at, end):
                if _JOINED_LETTER.search(text, at, end):
                    return [], ""
                for hit in _LETTER.finditer(text, at, end):
                    sent = _LED_LETTER.search(text, at, hit.start())
                    if sent is not None:
                        return self._subject_people(text, at, sent.start(), offset), text[
                            at : sent.start()
                        ]
                return [], ""
            pos = offset + at
        return [], ""

    def _subject_people(self, masked: str, begin: int, verb: int, base: int) -> list[Entity]:
        """The people named from `begin` (a sentence's start) up to its verb at `verb`
        when they are the sentence's subject: a person's name opens the sentence and no
        clause or phrase of another kind comes before the verb (`Following a hearing at
        which Ann Holt testified, …`, `…, who met Ann Holt, …`); a role between commas
        may be read as a person of its own, so only the names among them count. Nobody
        otherwise."""
        opening = _WHEN_OPENING.match(masked, begin, verb)
        begin = opening.end() if opening is not None else begin
        people = self.book.people_between(base + begin, base + verb)
        if not people or people[0] not in self.book.people_between(base + begin, base + begin + 1):
            return []
        if _NOT_A_SUBJECT.search(masked, begin, verb):
            return []
        return [e for e in people if speaker_names(e, explicit=True)]

    def _answered(self, i: int, word: int, paragraph: int, at: int) -> bool:
        """Between the letter named at `word` of paragraph `i` and `at` of `paragraph`,
        somebody answers it (`On June 1 the Board answered.`, `and the Board replied`):
        the letter quoted may be the answer."""
        for k in range(i, paragraph + 1):
            start = word if k == i else 0
            end = at if k == paragraph else len(self.masked[k])
            if _ANSWERED.search(self.masked[k], start, end):
                return True
        return False

    def _joint_subject_before(self, pos: int, noun: str) -> list[str]:
        """The people a sentence opens with as its subject, two or more joined by `and`
        (`Senators Ann Roe and Ben Fisk introduced …`, `Ann Roe, Ben Fisk and Cal Dunn,
        all senators, wrote …`), when it is the sentence before the one holding `pos`
        (the last of the paragraph before, when that one opens its own) and shows them
        to be the group `noun` names (`the senators`): a title for such members before
        them or each of them, or the group noun in apposition. Each a person by name, or
        nobody. Nobody when that sentence names a group after its verb (`wrote to the
        senators`, `met with members of …`): the noun may mean them; nor when the people
        are not shown to be that group (`Ann Roe and Ben Fisk testified`)."""
        before = self._sentence_before(pos)
        if before is None:
            return []
        masked, begin, end, base = before
        m = _JOINT_SUBJECT.match(masked, begin, end)
        if m is None or _ADDRESSED_GROUP.search(masked, m.end("np"), end):
            return []
        other = _ANOTHER_GROUP.match(masked, m.end("np"), end)
        if other is not None and not _names_own_group(m.group("np"), other.group("title"), noun):
            # `Senators Ann Roe and Ben Fisk and Representatives Cal Dunn and Dora Hale`:
            # the subject goes on past the first pair to another group; that pair alone
            # is `the lawmakers` or `the representatives` for none of them (`the
            # senators` is still the senators' pair). Any other words going on (`and
            # their staff`, `and Gov. Cal Dunn`) leave the pair the group.
            return []
        if not _shown_as_group(m, noun):
            return []
        entity = resolve(self.book, clean_mention(m.group("np")), base + m.start("np"))
        if entity is None or entity.kind != "joint" or len(entity.members) < 2:
            return []
        if any(e.kind != "person" for e in entity.members):
            return []
        names = speaker_names(entity, explicit=True)
        if len(names) != len(entity.members):
            return []
        for e in entity.members:
            _mark_quoted(e, e.name)
        return names

    def _listed_members(self, pos: int, noun: str = "") -> list[str]:
        """The people of the latest sentence before `pos` that lists two or more members
        of Congress by their party or district tags, each a speaker by name; looked for
        as far back as a letter's signers (`LETTER_REACH`), not across the release.
        Nobody when the group `noun` is one chamber's and the list titles a member of
        the other (`Senators echoed …` after `Rep. Ann Roe (D-CA) and Sen. Ben Fisk`)."""
        paragraph, at = divmod(pos, STRIDE)
        for i in range(paragraph, max(-1, paragraph - LETTER_REACH), -1):
            tags = self._member_tags.get(i)
            if tags is None:
                tags = self._member_tags[i] = _MemberTags(self.paragraphs[i], self.masked[i])
            for begin, end, listed in tags.lists_before(at if i == paragraph else None):
                if _other_chamber(noun, tags.text[begin:end]):
                    return []
                key = (i, begin, end)
                if key not in self._left_out:
                    self._left_out[key] = self._list_leaves_out(i, tags.text, begin, end, listed)
                if self._left_out[key]:
                    return []
                names: list[str] = []
                for name in listed:
                    entity = self.book.note_name(name.split(), i * STRIDE + begin)
                    found = speaker_names(entity, explicit=True)
                    if len(found) != 1:
                        return []
                    names += found
                return list(dict.fromkeys(names))
        return []

    def _list_leaves_out(self, i: int, text: str, begin: int, end: int, listed: list[str]) -> bool:
        """The list of tagged members `listed` (ending at `end` of paragraph `i`, its
        sentence starting at `begin`) leaves out people it names with no tag: set off
        inside it (`Rep. Ann Roe (OR-03), Senators Ivo Brandt and Bo Lind, and Reps. Tod
        Vail (OR-01) …`), or joined to it by `and` before it (`signed by Tarrant, Senator
        Ann Roe, and Reps. Tod Vail (D-OR), …`): the tagged ones are not the whole group."""
        tags = list(P.MEMBER_TAG.finditer(text, begin, end))
        if len(tags) < len(listed):
            return False
        first = text.rfind(listed[0], begin, tags[-len(listed)].start())
        if first < 0:
            return False
        base = i * STRIDE
        surnames = {n.split()[-1].rstrip(".,") for n in listed}
        if any(
            n.split()[-1] not in surnames
            for e in self.book.people_between(base + first, base + end)
            for n in speaker_names(e, explicit=True)
        ):
            return True
        return _AND_BEFORE_LIST.search(text, begin, first) is not None and any(
            speaker_names(e, explicit=True)
            for e in self.book.people_between(base + begin, base + first)
        )

    def _spokesperson_of(
        self, att: Attribution, entity: Entity | None
    ) -> tuple[Entity | None, list[str]]:
        """`said a WeWork spokesperson`: a spokesperson's words are the organisation's,
        when the words naming it are an organisation's name (`a Clinton campaign
        spokesman` speaks for no organisation the text names: nobody's)."""
        m = P.SPOKESPERSON_OF.fullmatch(att.mention)
        if m is None:
            return entity, []
        words = (m.group("org") or m.group("org2")).split()
        known = self.book.known(words)
        if known is not None and known.kind != "organization":
            return entity, []
        if known is None and not (N.org_shape(words) or N.is_acronym(words)):
            return entity, []
        org = known or Entity(" ".join(words), "organization")
        names = speaker_names(org, explicit=True)
        return (org, names) if names else (entity, [])

    def _name_after(self, att: Attribution) -> tuple[Attribution, Entity, list[str]] | None:
        """`stated Harbor Works President and CEO, Ted Shaw.`: the role phrase at the cue
        names nobody; the full name right after it, between commas, does."""
        paragraph, at = divmod(att.pos, STRIDE)
        masked = self.masked[paragraph]
        end = masked.find(att.mention, at)
        if end < 0:
            return None
        m = _NAME_AFTER_ROLE.match(masked, end + len(att.mention))
        if m is None or not _is_full_name(m.group("np")):
            return None
        pos = paragraph * STRIDE + m.start("np")
        entity = resolve(self.book, m.group("np"), pos)
        names = speaker_names(entity, explicit=True)
        if entity is None or not names:
            return None
        return (
            Attribution(f"{att.mention}, {m.group('np')}", att.cue, pos, att.adjacent),
            entity,
            names,
        )

    def _name_before(self, att: Attribution) -> tuple[Attribution, Entity, list[str]] | None:
        if att.mention.lower() == "who" and att.pos in self.book.relative_nobody:
            return None  # `Ann Roe and Tod Vail, who`: not the last name alone
        if _PLURAL_PRONOUN.fullmatch(att.mention) or _MEMBERS_MENTION.fullmatch(att.mention):
            # `Reps. Wes Tarrant, Ann Roe and Tod Vail sent a letter … In it they wrote:`:
            # a plural subject is no role the list's first name holds.
            return None
        paragraph, at = divmod(att.pos, STRIDE)
        masked = self.masked[paragraph]
        m = P.NAME_BEFORE_ROLE.search(masked, max(0, at - 120), at)
        if m is None:
            return None
        if P.AFTER_PREPOSITION.search(masked, max(0, m.start("np") - 12), m.start("np")):
            return None  # `In a letter to Ann Holt, the spokesman said`: Holt is written to
        if _CLAUSE_JOIN.match(masked, m.end("np"), at):
            # `said Secretary Tarrow, but a spokesman for the Harbor Department said`: a
            # conjunction opens another clause, whose subject is not the name before it.
            return None
        if (
            _LONE_NAME.fullmatch(att.mention)
            and not N.is_role_word(att.mention)
            and m.group("np").split()[-1] != att.mention
        ):
            # `…, Tod Vail, attended. Quill said`, `… her husband, Tod Vail, Quill
            # released`: the cue's subject is a name of its own, not a role the name
            # before holds (`Major Jackson, … Jackson says` is the same person).
            return None
        if _LONE_NAME.fullmatch(att.mention) and self._couple_before(att.mention, att.pos):
            return None  # `Ron Holt and his wife, Ann Holt, attended. Holt said`: either
        titled = att.mention.split()
        if (
            len(titled) == 2
            and titled[0].lower() in TITLE_GENDER
            and self._couple_before(titled[1], att.pos)
        ):
            return None  # `Mr. Holt said` after a couple of Holts: the couple's rule alone
        mention = clean_mention(m.group("np"))
        pos = paragraph * STRIDE + m.start("np")
        entity = resolve(self.book, mention, pos)
        names = speaker_names(entity, explicit=True)
        if entity is None or not names:
            return None
        if (
            len(titled) == 2
            and entity.kind == "person"
            and titled[1] == entity.name.split()[-1]
            and titled[0] != entity.name.split()[0]
            and self._couple_role(att.mention, entity, att.pos) is not entity
        ):
            return None  # `Mayor Vail said` after `Mayor Tod Vail’s grandson, Bram Vail,`
        return Attribution(f"{mention}, {att.mention}", att.cue, pos, att.adjacent), entity, names

    def _continued(self, seg: Segment, text: str, last: _Last | None) -> Quote:
        return Quote(
            text=text.strip(),
            speakers=list(last.speakers) if last else [],
            mention=last.mention if last else None,
            cue=None,
            kind="direct",
            paragraph=seg.paragraph,
            start=seg.start + _lstrip_len(text),
            end=seg.start + len(text.rstrip()),
            method="continuation" if last and last.speakers else None,
            confidence=CONFIDENCE["continuation"] if last and last.speakers else None,
        )

    def _adopt_later_cues(self, quotes: list[Quote]) -> None:
        """A run-on quotation whose cue only comes in its last paragraph takes that speaker."""
        for k in range(len(quotes) - 2, -1, -1):
            q, nxt = quotes[k], quotes[k + 1]
            if (
                q.speaker is None
                and q.kind != "title"
                and q.cue is None
                and nxt.speaker
                and nxt.paragraph == q.paragraph + 1
                and nxt.start <= 1
                and q.end >= len(self.paragraphs[q.paragraph].rstrip()) - 1
                # Closed at its paragraph's end (`“…,” the senators said. “…”`), the words
                # run on into nothing: the next paragraph's cue is another statement's.
                and not self.paragraphs[q.paragraph][q.end :]
                .lstrip(" .,")
                .startswith(("”", '"', "’"))
            ):
                q.speakers, q.speaker, q.mention = list(nxt.speakers), nxt.speaker, nxt.mention
                q.method, q.confidence = "continuation", CONFIDENCE["continuation"]

    def _reported(self) -> list[Quote]:
        quotes = []
        for i, masked in enumerate(self.masked):
            start = 0
            while start < len(masked):
                end = sentence_end(masked, start)
                quote = self._reported_in(i, masked, start, end)
                if quote is not None:
                    quotes.append(quote)
                start = end
                while start < len(masked) and masked[start].isspace():
                    start += 1
        return quotes

    def _reported_in(self, i: int, masked: str, start: int, end: int) -> Quote | None:
        sentence = masked[start:end]
        if any(ch in sentence for ch in MARKS):
            return None
        if _CUE_WORDS.isdisjoint(sentence.lower().replace(",", " ").split()):
            return None  # no verb of saying: most sentences, ruled out cheaply
        for rx, need in _REPORTED_TRIES:
            if need is not None and need.search(sentence) is None:
                continue  # the words the pattern cannot match without are not there
            m = rx.search(sentence)
            if m is None:
                continue
            if "cue" in m.groupdict() and _NOT_SPEECH_OBJECT.match(sentence, m.end("cue")):
                continue  # "Red Dawn claimed responsibility for a blast that hurt …"
            if (
                rx is P.REPORTED_BARE
                and m.group("cue").split()[0] in _OBJECT_VERBS
                and m.group("clause").split()[0].lower() in {"a", "an"}
                and not (
                    m.group("cue").split()[0] in _CLAUSE_VERBS
                    and not _FINITE.isdisjoint(m.group("clause").lower().split()[1:8])
                )
            ):
                continue  # `BRL adds a Bayesian element`: a thing added, not words
            if (
                rx is P.REPORTED_BARE
                and m.group("cue").split()[0] in _OBJECT_VERBS
                and _NAMES_ONLY.fullmatch(m.group("clause").strip())
            ):
                # `Trump added White House strategist Steve Bannon.`: the clause is one
                # noun phrase (somebody added to a list), no verb: nothing was said.
                continue
            if (
                rx is not P.REPORTED_ACCORDING
                and _NAME_PART_BEFORE.search(sentence, max(0, m.start("np") - 16), m.start("np"))
                and not N.person_evidence(N.split_role(m.group("np").split())[1])
            ):
                # `ruled in United States v. Windsor that`, `Missing & Exploited Children
                # reports`, `(NATO) Observer Group announced`: the end of a longer name, or
                # a preposition's object, is not the subject.
                continue
            if rx is not P.REPORTED_ACCORDING and _RELATIVE_OBJECT.search(
                sentence, max(0, m.start("np") - 40), m.start("np")
            ):
                # `The company that runs the AMAs, Dick Clark Productions, denies that`:
                # the object of a relative clause inside the subject is not who speaks.
                continue
            mention = clean_mention(m.group("np"))
            at = i * STRIDE + start + m.start("np")
            kin = _kin_subject(sentence, m, i * STRIDE + start) if "cue" in m.groupdict() else None
            nobody = kin is not None and kin.nobody
            if kin is not None and not nobody:
                # `Brother of Rep. Ann Holt, Tod Holt, said he …`: the kin, as at a
                # quotation (`_kin_subject`), or nobody; never the relative
                mention, at = kin.mention, kin.pos
            entity = None if nobody else self._resolve(mention, at, "said")
            if entity is None and not nobody and mention.lower() in {"it", "they", "we", "i"}:
                continue  # (the kin's clause, nobody's, is kept: `The family of … said that`)
            names = speaker_names(entity, explicit=True)
            cue = _cue_text(m.group("cue")) if "cue" in m.groupdict() else "according to"
            if (
                names
                and entity is not None
                and self._a_body_by_first_name(entity, Attribution(mention, cue, at, True))
            ):
                # `A spokeswoman for Chase said … Chase said it would`: a firm, as at a
                # direct quotation.
                entity, names = None, []
            self._spoke(at, entity, names)
            if entity is not None and names:
                _mark_quoted(entity, mention)
            c0, c1 = start + m.start("clause"), start + m.end("clause")
            clause = self.paragraphs[i][c0:c1].rstrip(" .;")
            method, confidence = _how(Attribution(mention, cue, 0, True), names)
            return Quote(
                text=clause,
                speakers=names,
                mention=mention,
                cue=cue,
                kind="reported",
                paragraph=i,
                start=c0,
                end=c0 + len(clause),
                method=method,
                confidence=confidence,
            )
        said = _said_subject(sentence)
        if said is not None:
            at = i * STRIDE + start + said[0]
            entity = self._resolve(said[1], at, "said")
            self._spoke(at, entity, speaker_names(entity, explicit=True))
        return None


# Right before a reported statement's subject: words that make it part of a longer name
# (`v.`, `&`, a closing parenthesis) or the object of a preposition, its article too
# (`Ann Roe, who is the head of the Bakers Alliance, said that`: Ann Roe's words).
_NAME_PART_BEFORE = re.compile(
    r"(?:\bvs?\.|&|\)|\b(?:to|for|at|with|from|about|on|of|by|against|toward|in)"
    r"(?:\s+the)?)\s+$"
)


# A relative clause's pronoun and verb right before a name: `the company that runs the `.
_RELATIVE_OBJECT = re.compile(
    r"\b(?:that|which|who|whom)\s+[a-z]+\s+(?:(?:the|a|an|its|their|his|her)\s+)?$"
)


def _said_subject(sentence: str) -> tuple[int, str] | None:
    """The capitalised words right before `said` (`Officer Ann Holt said …`) and where
    they start; read back from the verb, which is cheaper than a pattern for the name."""
    verb = P.SAID_VERB.search(sentence)
    if verb is None:
        return None
    head = sentence[max(0, verb.start() - 100) : verb.start()]
    words = head.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1][-1:].isalnum():
        k -= 1
    if k == len(words) or (k > 0 and words[k - 1][-1:] in ",("):
        return None  # no name, or the end of an appositive: `Holt, an officer, said`
    mention = " ".join(words[k:])
    return sentence.rfind(words[k], 0, verb.start() - len(" ".join(words[k + 1 :]))), mention


# A joint letter quoted by its wording (`the letter states`, `the senators wrote`).
# The determiner may have been dropped with the sentence's capital: `The Members wrote`.
_GROUP_MENTION = re.compile(
    r"(?i)(?:(?:the|their)\s+)?(?:joint\s+|bipartisan\s+)?(?:letter|lawmakers|senators|"
    r"representatives|members|congressmen|congresswomen|legislators)$"
)
_LETTER = re.compile(r"\bletter\b")
# A body's word and its preposition before the field it deals with: `Committee on
# Aging`, `Subcommittee on Trade`, `Caucus for Rural Health`.
_BODY_BEFORE_FIELD = re.compile(
    r"\b(?:Committee|Subcommittee|Caucus|Commission|Council|Task\s+Force|Panel|Board)"
    r"\s+(?:on|for|of)\s+(?:the\s+)?$"
)


# A word right after `on`, `for`, `of` or `the`: where a committee's field may start.
_AFTER_FIELD_WORD = re.compile(r"(?<!\S)(?:on|for|of|the)\s+(?=\S)")


def _field_starts(sentence: str) -> frozenset[int]:
    """Where in `sentence` a word follows a body's word and its preposition (as
    `_only_a_field` asks), found in one pass for all the people it names."""
    return frozenset(
        m.end()
        for m in _AFTER_FIELD_WORD.finditer(sentence)
        if _BODY_BEFORE_FIELD.search(sentence, max(0, m.end() - 40), m.end())
    )


def _only_a_field(word: str, sentence: str, fields: frozenset[int]) -> bool:
    """Every time `sentence` writes the one capitalised `word`, it follows a body's word
    and its preposition (`the Senate Special Committee on Aging chairman`): the field of
    a committee's name, no signer's surname. `fields`: `_field_starts(sentence)`; a word
    written at none of them is written elsewhere or not at all, and the sentence is read
    through only for a word written at one (a long list of people read it once each)."""
    if not any(sentence.startswith(word, at) for at in fields):
        return False
    found = False
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", sentence):
        if not _BODY_BEFORE_FIELD.search(sentence, max(0, m.start() - 40), m.start()):
            return False
        found = True
    return found


# A place set off after people as their home: `Reps. Vail and Dunn, both of Corvale,`,
# `Rep. Bram Vail (R-OR), of Salem,` (no person's name comes after a bare `, of`).
_HOME_AFTER = re.compile(r",\s+(?:(?:all|both|each)\s+)?of\s+(?:the\s+)?(?=[A-Z])")


def _only_at(word: str, sentence: str, starts: frozenset[int]) -> bool:
    """Every time `sentence` writes the capitalised `word`, it is at one of `starts`
    (`_HOME_AFTER`'s ends: `…, all of Corvale,`); read through only for a word written at
    one of them, as `_only_a_field` reads it."""
    if not any(sentence.startswith(word, at) for at in starts):
        return False
    pattern = rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])"
    return all(m.start() in starts for m in re.finditer(pattern, sentence))


# Not a party tag ("D-MD") nor a district (`Illinois-15`).
_SURNAME = re.compile(r"[A-Z][a-z][^\W\d_’'-]*(?:[’'-][^\W\d_]+)*")
LETTER_REACH = 2  # the paragraph of the quotation and the one before it
# Unnamed fellow signers beside the one named: `along with five other Members of Congress`.
_MEMBERS_GROUP = re.compile(
    r"(?:Members|Senators|Representatives|Congressmen|Congresswomen|Colleagues)\b"
)
# A person named as the object of a preposition, before a letter's word: written to,
# met, heard from or asked for (`In a note to Chair Ivo Brandt`, `a call with Gov. …`).
# `On behalf of Gov. Ivo Brandt, …`: the one a letter speaks for signs nothing either.
_OBJECT_OF = re.compile(
    r"\b(?:to|with|from|for|behalf\s+of)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$"
)
# … unless the words before it join the person to the signers: `along with Sen. Holt`.
_FELLOW_BEFORE = re.compile(
    r"\b(?:along|together|joined|joining|joins|alongside|addition|(?:teamed|teaming|teams)"
    r"\s+up|(?:partnered|partnering|partners|worked|working|works|collaborated"
    r"|collaborating|collaborates)(?:\s+closely)?)\s+$",
    re.IGNORECASE,
)
# The verb by which the subject named before it sends the letter: `sent a letter`.
_SENT_LETTER = re.compile(
    r"\b(?:sent|sends|wrote|writes|signed|signs|authored|penned|drafted|led|leads)\s+"
    r"(?:a|an|the|this|his|her|their)\s+(?:[\w-]+\s+){0,2}$"
)
# People said to join a letter others lead, by a verb that governs the letter, ending at
# its word: `Reps. Vail and Dunn also signed the letter`, `also signed on to this letter`,
# `joined Sen. Holt in the letter`.
_JOINED_LETTER = re.compile(
    r"\balso\s+(?:co-?)?sign(?:ed|s)\s+(?:on\s*to\s+)?(?:the|this)\s+letter"
    r"|\b(?:also\s+)?join(?:ed|s)\s+(?:[^,;:.“”\"()]{1,60}?\s+)?(?:in|on)\s+(?:the|this)\s+letter"
)
# The people said to join come after the word: `Joining him in this letter were …`,
# `The letter to the Board was also signed by …` (not `The letter cites the law, which
# was also signed by …`).
_JOINING_LETTER = re.compile(
    r"Joining\s+(?:him|her|them)\s+(?:in|on)\s+(?:the|this)\s+(?P<letter>letter)"
    r"\s+(?:were|was|are|is)\b"
)
_LETTER_SIGNED_BY = re.compile(
    r"(?:The|This|Today[’']s)\s+(?P<letter>letter)\b(?:(?!\b(?:which|that|who|whom|whose)\b)[^,;:.“”\"])*?"
    r"\b(?:was|is)\s+also\s+(?:co-?)?signed\s+by\b"
)
# A list of a letter's signers said to leave some out, named after its words: `The letter
# was also signed by: Senators …` (the signers named before them being the rest).
_ALSO_SIGNED_BELOW = re.compile(
    r"(?:The|This)\s+(?P<letter>letter)\s+(?:was|is|were)\s+(?P<also>also)\s+(?:co-?)?signed\s+by\b:?"
)
# A sentence's opening phrase of a participle, up to its comma: `Citing the cost, `.
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing\s[^,;:“”\"]{1,200},\s+")
# A member of Congress's title (`_MEMBER_TITLE_WORDS`).
_MEMBER_TITLE = re.compile(rf"\b(?:{_MEMBER_TITLE_WORDS})")
# One member's colleagues left unnamed, right after the member's name as the sentence's
# subject: `and a bipartisan group of her colleagues`, `, along with 11 other Senators,`,
# `, joined by a group of his colleagues,`.
_WITH_COLLEAGUES = re.compile(
    r"(?:,\s*)?\b(?:and|along\s+with|joined\s+by|with)\s+"
    r"(?:a\s+(?:[\w-]+,?\s+){0,2}group\s+of\s+(?:his|her)\s+(?:[\w-]+\s+)?colleagues"
    r"|(?:an\s+additional\s+|\d+\s+"
    rf"|(?:{'|'.join(TP.NUMBER_WORDS[2:13])}|a\s+dozen)\s+)(?:other\s+|more\s+)?(?:[\w-]+\s+)?"
    r"(?:colleagues|[Ss]enators|[Mm]embers|[Rr]epresentatives|lawmakers))\b"
)
# The whole list of a letter's signers, named after its words: `The letter to the Board
# was signed by …`, `This letter is signed by:` (not `was also signed by`: some are left
# out, nor `The letter cites the law, which was signed by …`).
_LETTER_SIGNED_BELOW = re.compile(
    r"(?:The|This)\s+(?P<letter>letter)(?:\s+(?P<way>to|from)\s+(?P<party>[^,;:.“”\"]*?))?"
    r"\s+(?:was|is|were)\s+signed\s+by\b:?"
)
# How far before a letter's quotation a writer or answerer other than its signers is
# looked for (`Secretary Ross answered the caucus.`), so many quotations cost linear time.
OTHER_WRITER_REACH = 400
# Somebody writing or answering, the subject before the verb: `Secretary Ross answered`,
# `replied`, `wrote back`, `refused`, `wrote to`, `sent a letter`.
_WRITER_VERB = re.compile(
    r"\b(?P<answer>answer(?:s|ed)|repl(?:ies|ied)|respond(?:s|ed)|wr(?:ote|ites)\s+back"
    r"|refus(?:es|ed)|declin(?:es|ed)|reject(?:s|ed))\b"
    r"|\b(?:wr(?:ote|ites)\s+to|sen(?:t|ds)\s+(?:[\w-]+\s+){1,4}?letter)\b"
)
# A letter said to be somebody's: `Secretary Ross’s letter`, `the Board's reply letter`.
_OWNED_LETTER = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,2}letter\b")
# `In a letter to the caucus, Secretary Ross …`: the subject after the comma writes it.
_IN_A_LETTER_TO = re.compile(
    r"\b[Ii]n\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}letter\s+to\b"
    r"[^,;:.“”\"]*,\s*"
)
# The party a letter is from named before as the one written to: `wrote back to the`.
_WRITTEN_TO_PARTY = re.compile(r"\bto\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}$")
# Small words a subject's name may hold (`Secretary of the Navy Ann Holt`).
_SUBJECT_SMALL_WORDS = frozenset("the of and a an for".split())
# A group of people named as a subject: another group's words (`state lawmakers in Dover
# passed a budget`, `Board members spoke`).
_GROUP_NOUN = re.compile(
    r"(?i)\b(?:lawmakers|senators|representatives|members|congressmen|congresswomen"
    r"|legislators|officials|leaders)\b"
)
# The group named again by a determiner alone (`In the letter, the senators wrote`), not
# another one introduced (`state lawmakers`, `Board members`).
_THE_GROUP = re.compile(r"(?i)\b(?:the|their|these|those)\s+$")
# The verbs by which a letter's words are quoted (`the letter states`, `the senators
# wrote`, `the members added`).
_LETTER_SAYS = frozenset(
    """wrote writes write writing stated states stating reads read reading continued
    continues added adds concluded concludes noted notes emphasized emphasize emphasizes
    stressed stresses explained explains said says argued argues""".split()
)
# A letter's text introduced by its subject alone: `The letter reads in part:`.
_LETTER_READS = re.compile(r"[Tt]he\s+letter\s+(?:reads|read)(?:,?\s+in\s+part)?\s*[:,]\s*")
# How far after a letter's quotation its list of signers is looked for, and how long
# that list may run (the longest read: some 100 members, under 3,000 characters).
SIGNED_BELOW_REACH = 4000
SIGNED_LIST_REACH = 6000
# Verbs by which a group's cue says it wrote (`the senators wrote`, `the members
# continued`): their words are a letter's without the letter named before them.
_GROUP_WRITES = frozenset(
    "wrote writes write writing continued continues concluded concludes".split()
)
# The cue's sentence, or the words right before the quotation, say the letter quotes
# somebody: `the letter reads, quoting …`, `The letter quotes Secretary Ross's promise.`
_QUOTING = re.compile(
    r"\b(?:quot(?:es|ing|ed)|cit(?:es|ing|ed)|recall(?:s|ing|ed)|according\s+to)\b"
)
QUOTING_REACH = 300
# Another writing named in the cue's sentence: `the senators wrote in an op-ed`.
_ANOTHER_WRITING = re.compile(
    r"\b(?:op-?ed|column|editorial|article|essay|post|tweet|blog|book|report|statement"
    r"|petition|resolution)s?\b"
)
# A list that says it is not all of the signers.
_PARTIAL_LIST = re.compile(
    r"\b(?:including|among|others?|such\s+as|more\s+than|several|dozens?|colleagues)\b"
)
# Lower-case words inside a name (`Ann de la Cruz`, `Tod van Dam`).
_NAME_PARTICLES = frozenset("de la del della di da van von der den du le st. bin ibn".split())
# What separates the people of a list: commas, semicolons and `and`.
_LIST_ITEMS = re.compile(r"[,;]\s*(?:and\s+)?|\s+and\s+")
# How many sentences back the leaders of a letter others join are looked for.
LEADER_SENTENCES = 4
# Somebody writing, with or without the word `letter` (`Sen. Holt wrote to the Board`).
_WRITES = re.compile(r"\b(?:wrote|writes|sent|sends|penned|authored)\b")
# A day or time opening a sentence before its subject: `Today, …`, `On Monday, …`.
_WHEN_OPENING = re.compile(
    rf"(?:{'|'.join(TP.DAY_WORDS)}|This\s+(?:week|morning|afternoon)|Last\s+(?:week|month)"
    rf"|On\s+(?:{'|'.join(TP.WEEKDAY_NAMES)}"
    rf"|(?:{'|'.join(TP.MONTH_NAMES)})\s+\d{{1,2}}(?:,\s+\d{{4}})?)),\s+"
)
# A clause of its own after the people named: `…, who …`, `…, which …`.
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|where|when|while)\b")
# Words before a verb showing its sentence opens with something other than its subject
# or that the subject holds a clause of its own.
_NOT_A_SUBJECT = re.compile(
    r"\b(?:who|whom|whose|which|that|where|when|while|after|before|following|at|during"
    r"|since|because|as|if|following|upon|once)\b",
    re.IGNORECASE,
)
# The verb by which the people named before it lead a joint letter, its adjectives
# listed with commas: `led a bicameral, bipartisan letter` (not `also signed the letter`).
_LED_LETTER = re.compile(
    r"(?<!\balso\s)\b(?:sent|sends|wrote|writes|signed|signs|authored|penned|drafted|led|leads)\s+"
    r"(?:a|an|the|this|his|her|their)\s+(?:[\w-]+,?\s+){0,3}$"
)
# Somebody answering a letter: `the Board answered`, `replied`, `wrote back`.
_ANSWERED = re.compile(
    r"\b(?:answer(?:s|ed)|repl(?:y|ies|ied)|respond(?:s|ed)|wr(?:ote|ites)\s+back)\b"
    r"|\b(?:in\s+)?(?:an?\s+)?(?:answer|reply|response)\s+(?:to|from)\b"
)
# A letter's signers are found by where they are named, not by a cue of their own: weak.
LETTER_CONFIDENCE = 0.75


# A place in a document right before a quotation with a colon: `Note on page 657:`,
# `Section 1022(a):`, `(p. 12):`; what follows is that document's text, nobody's words.
_PLACE_IN_TEXT = re.compile(
    r"\b(?:[Pp]ages?|[Pp]p?\.|[Ss]ection|[Ss]ec\.|[Ll]ines?|[Pp]aragraph)\s+\d+[a-z]?"
    r"(?:\s*\([a-z0-9]{1,4}\))*\)?\s*:\s*$"
)


def _subject_after(masked: str, start: int, end: int) -> tuple[int, str] | None:
    """Where the subject of the sentence opening at `start` stands and its name, when it
    names somebody (`Policy Director Ann Duff endorsed …`)."""
    start += len(masked[start:end]) - len(masked[start:end].lstrip())
    m = P.SUBJECT.match(masked[start:end])
    # Only a subject opening the sentence: after an opening phrase (`The Academy, writing
    # in the Journal of …, asserts`) the match may be a name inside that phrase.
    if m is None or m.start("np") != 0:
        return None
    mention = trim_subject(clean_mention(_with_appositive(m)))
    if not _is_mention(mention) or mention.lower() in _PRONOUNS:
        return None
    return start, mention


def _opens_inside_sentence(paragraph: str, seg: Segment) -> bool:
    """Whether the quotation opens inside a sentence of the text (the marked words
    read): after a word or a comma, not after a sentence's end or a colon, and its words
    open in lower case (a statement's paragraph run together with the one before opens
    in capitals, even where that one lost its full stop)."""
    first = paragraph[seg.start : seg.start + 40].lstrip()
    if not first[:1].islower():
        return False
    before = paragraph[max(0, seg.open_at - 40) : seg.open_at].rstrip().rstrip("”’\"')")
    return bool(before) and before[-1] not in ".!?:…"


def _introducer_after(masked: str, prev: Segment, seg: Segment) -> tuple[int, str] | None:
    """The subject of the sentence between two quotations that introduces the second
    with a colon (`” Speaker Ann Roe praised the bill: “`), where it names somebody or a
    body in two capitalised words or more (`Full transcript is below:` names nobody)."""
    if not masked[prev.end + 1 : seg.open_at].rstrip().endswith(":"):
        return None
    subject = _subject_after(masked, prev.end + 1, seg.open_at)
    if subject is None or sum(w[:1].isupper() for w in subject[1].split()) < 2:
        return None
    return subject


def _names_again(subject: tuple[int, str], att: Attribution) -> bool:
    """Whether the subject names the person of `att` again (`Rep. Tarrant` after
    `Tarrant`): its surname is a word of the subject."""
    words = att.mention.split()
    return bool(words) and words[-1] in subject[1].split()


# Another person between a participle's subject and its quotation: a capitalised word
# (`… challenged Brandt, saying “…”`), or a third person's pronoun in the participle's
# clause (`…, noting his pledge to “…”`).
_OTHER_NAME = re.compile(r"\b[A-Z][a-z]+")
_THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b")


def _office_or_honorific(words: list[str]) -> bool:
    """Whether a word of the name is an office or an honorific (`President`, `Honorable`)."""
    return any(N.is_role_word(w) or N.word_key(w) in N.HONORIFICS for w in words)


def _body_shape(words: list[str]) -> bool:
    """An organisation's name with no office, honorific or person's name in it: `Veterans
    League`, not `President`, `Chairman` or `Honorable Ann Holt`."""
    return N.org_shape(words) and not _office_or_honorific(words) and not N.person_shape(words)


_NARRATION_WORD = re.compile(r"[A-Za-z]")


def _goes_on_as_pronoun(gap: str) -> bool:
    """The narration between two quotations goes on with the earlier speaker as its
    subject: its last sentence opens with `he` or `she` (`… unjust.” She called it …`),
    with `her` or `his` and that speaker's own words (`Her letter reads …`), or with a
    phrase of time or place before them (`On the radio she wanted to speak “…”`, `In her
    view the law is “…”`). Not where another subject stands first (`The governor said he
    would “…”`, `But critics say she is “…”`): the words are then that subject's."""
    return _GOES_ON.match(gap, _last_sentence_start(gap)) is not None


def _last_sentence_start(gap: str) -> int:
    start = 0
    for m in _SENTENCE_BREAK.finditer(gap):
        start = m.end()
    return start


_SENTENCE_BREAK = re.compile(r"[.!?][”’\"']?\s+(?=[A-Z])")
# The speaker's own text or words named with `her`/`his` or a surname's possessive.
_SPEAKERS_TEXT = (
    r"(?:letter|statement|remarks|testimony|message|speech|op-ed|post|tweet|email|note|"
    r"column|article|words|view|reply|response|answer)\b"
)
_GOES_ON = re.compile(
    r"\s*(?:(?:And|But|Yet|So|Still|Then|Later|Now|Instead),?\s+)?"
    r"(?:(?:He|She|he|she)\b|(?:Her|His|her|his)\s+" + _SPEAKERS_TEXT + "|"
    # a phrase of time or place first: a preposition and at most three words, no verb
    # of saying among them
    r"(?:In|On|At|For|To|After|Before|During|With|From|By|Under|Over|Since|Until|Within|"
    r"Despite|Like|Unlike|Throughout|Earlier|Later)\s+"
    r"(?:(?:her|his|him)\b|(?:(?!(?:said|says|say|told|tells|tell|argued|argues|argue|"
    r"claimed|claims|claim|wrote|writes|write|called|calls|call)\b)[a-z][\w’'-]*,?\s+){0,3}"
    r"(?:he|she)\b))"
)


def _labels_another(
    gap: str, att: Attribution | None, context: Callable[[], str] | None = None
) -> bool:
    """`labels_another` for the speaker read before the earlier quotation."""
    return att is not None and labels_another(gap, att.mention, context)


def _names_speaker_again(gap: str, att: Attribution | None) -> bool:
    """The narration's last sentence has the speaker's surname as its subject, alone or
    owning the words (`Quill’s letter includes the following excerpt: …`, `Holt then
    called it …`): the speaker goes on."""
    if att is None:
        return False
    words = [w.strip(",.;:()") for w in att.mention.split()]
    surname = words[-1] if words else ""
    if not surname[:1].isupper():
        return False
    return _surname_goes_on(surname).match(gap, _last_sentence_start(gap)) is not None


@functools.lru_cache(maxsize=4096)
def _surname_goes_on(surname: str) -> re.Pattern[str]:
    """A sentence whose subject is `surname`, alone or owning the words it goes on with."""
    return re.compile(
        r"\s*(?:(?:And|But|Yet|So|Still|Then|Later|Now),?\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}?"
        + re.escape(surname)
        + r"(?:[’']s\s+"
        + _SPEAKERS_TEXT
        + r"|\s+[a-z])"
    )


def _before_bound(att: Attribution | None, bound: int) -> bool:
    """The attribution's name stands before `bound` (the end of a quotation that ended
    its sentence)."""
    return att is not None and att.pos < bound


# Verbs by which a statement's subject gives its own words (`_Extractor._blocks_own`);
# not `quoted`, `cited`, `read`, `shared`, `recalled`, `asked`, `tweeted` (a reply may
# follow side by side).
_BLOCK_CUES = frozenset(
    """said says stated states told tells added adds continued continues released releases
    issued issues declared declares remarked remarks explained explains noted notes
    commented comments announced announces""".split()
)
# Words for a person who may be the words' source, beside `P.PERSON_NOUNS` and roles.
_BLOCK_PEOPLE = frozenset(
    """constituent pilot widow widower family friend son daughter wife husband mother
    father brother sister child children parent victim survivor worker farmer neighbor
    neighbour owner patient reader caller witness person people someone""".split()
)
_SOMEBODYS_TEXT = re.compile(
    r"\b(?:letter|story|testimony|words|account|message|note|email|post|tweet|poem)s?\s+"
    r"(?:of|from|by)\b"
)
_BLOCK_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
# A clause saying when a statement was given (`statement after the mayor spoke`).
_STATEMENT_WHEN = re.compile(r"\b(?:after|when|as|before|following|while)\s")


def _next_block(paragraph: str, segs: list[Segment], k: int, out: list[_Found]) -> bool:
    """Quotation `k` opens right after quotation `k - 1`, with only white space between
    the two marks, and that one closed on a full stop, question or exclamation mark and
    was given a speaker or goes on from one (`out` holds what each quotation before `k`
    was given)."""
    if k == 0 or len(out) != k:
        return False
    given = out[-1].attribution
    if not out[-1].runs_on and (given is None or given.nobody):
        return False
    last = segs[k - 1]
    # `… by saying, ‘a berth for every boat.’” “…”`: a quotation nested at the block's
    # end closes its sentence too.
    words = paragraph[last.start : last.end].rstrip("’'")
    return (
        last.closed
        and words[-1:] in (".", "!", "?")
        and not paragraph[last.end + 1 : segs[k].open_at].strip()
    )


# A preposition, and maybe an article or an owner's pronoun, right before a term's opening
# mark: `wrote to the “`, `a letter to “`.
_OBJECT_TERM_BEFORE = re.compile(
    r"\b(?:to|for|at|with|from|about|on|of|by|against|toward|into)\s+"
    r"(?:(?:the|a|an|his|her|their|our|its)\s+)?$"
)


def _object_term(paragraph: str, masked: str, term: Segment) -> bool:
    """A closed term in marks that a preposition takes as its object, whose words end no
    sentence (`wrote to the “Harbor Board” Ann Roe:`): the sentence goes on after it, so a
    name right after it is set beside it (`… on “Spoofing.” Chairman Ann Roe:` is a new
    sentence's label)."""
    return (
        term.closed
        and paragraph[term.end - 1 : term.end] not in (".", "!", "?")
        and _OBJECT_TERM_BEFORE.search(masked, max(0, term.open_at - 24), term.open_at) is not None
    )


def _ends_sentence(paragraph: str, seg: Segment) -> bool:
    """A closed quotation whose words end with a full stop, question or exclamation mark
    and after which a capital opens the next sentence (`… it.” The Legion …`): a sentence
    ends at its closing mark, though the masked text hides the full stop."""
    if not seg.closed or paragraph[seg.end - 1 : seg.end] not in (".", "!", "?"):
        return False
    rest = paragraph[seg.end + 1 : seg.end + 4].lstrip()
    return rest[:1].isupper()


# Quotation marks with nothing between them: a quotation that gives no words.
_EMPTY_QUOTATION = re.compile(r"“\s*”|«\s*»|„\s*“|\"\"")
# A sentence saying that somebody gave a view, and no more of it: `Last fall, the
# Sunday edition of the Corvale Times weighed in on this program.`, `The Corvale Times
# editorialized in favor of the bill.` An opening phrase with a lower-case word may stand
# before the subject; a paper's edition, editors or board may stand before its name.
_VIEW_VERBS = frozenset(["weighed in", "editorialized", "editorialised", "opined"])
_VIEW_OF = re.compile(
    r"\s*(?:(?:[A-Z][^,_.]{0,50}?\b[a-z][^,_.]{0,50}"
    r"|(?:In|On|At|During|After|Before|Since|Until)\s+[A-Z][^,_.]{0,50}),\s+)?"
    r"(?P<np>(?:[Tt]he\s+)?(?:(?:[A-Z][\w’'-]*\s+){0,2}(?:edition|editors|editorial\s+board)"
    r"\s+of\s+(?:the\s+)?)?"
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,5})(?:\s+editorial\s+board)?)"
    r"\s+(?:also\s+|then\s+|again\s+)?(?P<verb>weighed\s+in|editoriali[sz]ed|opined)\b"
)
# Such a sentence whose subject names nobody: a determiner, then words ending on a
# lower-case noun (`The former Corvale Gazette editor weighed in on this program.`).
_VIEW_OF_UNNAMED = re.compile(
    r"\s*(?:(?:[A-Z][^,_.]{0,50}?\b[a-z][^,_.]{0,50}"
    r"|(?:In|On|At|During|After|Before|Since|Until)\s+[A-Z][^,_.]{0,50}),\s+)?"
    r"(?P<np>(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[\w’'&.-]+\s+){0,4}?[a-z][\w-]*)"
    r"\s+(?:also\s+|then\s+|again\s+)?(?P<verb>weighed\s+in|editoriali[sz]ed|opined)\b"
)
# Such a sentence whose subject is several: a list joined by `and` (`Democrats and
# Republicans`, `The Corvale Council and the Mayor`, `Tarrant and local leaders`), or a
# capitalised word and a lower-case plural noun (`Several lawmakers`, `Local leaders`;
# not a verb or an adverb in -s: `Tarrant has weighed in`).
_SEVERAL_ITEM = r"[\w’'&.-]+(?:\s+[\w’'&.-]+){0,5}?(?:\s*\([^()]{1,12}\))?"
_VIEW_OF_SEVERAL = re.compile(
    r"\s*(?:(?:[A-Z][^,_.]{0,50}?\b[a-z][^,_.]{0,50}"
    r"|(?:In|On|At|During|After|Before|Since|Until)\s+[A-Z][^,_.]{0,50}),\s+)?"
    rf"(?P<np>(?=[A-Z]){_SEVERAL_ITEM}(?:\s*,\s+{_SEVERAL_ITEM})*\s*,?\s+and\s+{_SEVERAL_ITEM}"
    r"|[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?\s+"
    r"(?!(?:has|was|is|as|always|perhaps|sometimes|thus|this|his|its|us)\b)[a-z][\w’'-]*s)"
    r"\s+(?:also\s+|then\s+|again\s+)?(?P<verb>weighed\s+in|editoriali[sz]ed|opined)\b"
)
# Words that speak of a paper in the third person: `the paper`, `the editorial board`.
_THE_PAPER = re.compile(r"\b[Tt]he\s+(?:news)?paper\b|\b[Tt]he\s+(?:editorial\s+board|editors)\b")


def _names_the_body(quotation: str, words: list[str]) -> bool:
    """The quotation names the body whose name is `words` (the whole name, or `the`
    and its last word: `the Gazette`) or speaks of a paper as `the paper`."""
    if _THE_PAPER.search(quotation):
        return True
    if not words:
        return False
    name = r"\s+".join(re.escape(w) for w in words)
    last = re.escape(words[-1])
    return re.search(rf"\b(?:{name}|[Tt]he\s+{last})\b", quotation) is not None


# The rest of such a sentence: what the view was on, for or against, or when and where,
# with no clause or colon that reports it (`weighed in that …`, `opined: …`).
_SENTENCE_DONE = re.compile(
    r"(?:\s+(?:on|about|in\s+favou?r\s+of|for|against|in|last|this|that\s+(?:year|week|month|day)"
    r"|early|again|too|as\s+well)\b[^:;_]*)?\s*[.!]?\s*"
)
# A body handing in words: `submitted written testimony`, `sent a letter`, `issued the
# following statement`.
_HANDED_IN = re.compile(
    r"(?:submitted|issued|released|sent|filed|provided|delivered)\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:testimony|statement|statements|comments|remarks|letter)\b"
)


_SPEECH_VERB_SET = frozenset(P.SPEECH_VERBS)
# A list of names going on after a name (`, Ben Fisk and Cal Dunn`), up to the
# sentence's end or a comma; the names of such a list before a name, opening its
# sentence after a title for several members or none (`Sens. Ann Roe, `).
_LIST_NAME = r"[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*)){0,2}"
_LIST_TAIL = re.compile(rf"(?:,\s+{_LIST_NAME})+,?\s+(?:and|&)\s+{_LIST_NAME}(?=\s*(?:[.,;:!?]|$))")
# The plural title before a group of members (`Sens.`, `U.S. Representatives`).
_GROUP_TITLE_RX = (
    r"(?:U\.S\.\s+)?(?:Reps\.|Sens\.|Representatives|Senators|Congressmen|Congresswomen)"
)
_LIST_HEAD = re.compile(rf"\s*(?:{_GROUP_TITLE_RX}\s+)?(?:{_LIST_NAME},\s+)+$")
_ONLY_QUOTED = re.compile(r"[\s_“”\"‘’',]*")
_GROUP_TITLE = re.compile(rf"^{_GROUP_TITLE_RX}\s+")


def _people_list(mention: str) -> bool:
    """Whether `mention` (`Sens. Ann Roe, Ben Fisk and Cal Dunn`) lists people only:
    each item a person's name opening with a known first name or an initial, or, after a
    title for several members, a surname that is no place or body."""
    title = _GROUP_TITLE.match(mention)
    # Split as a joint name is (`N.split_joint`), after a title for several members.
    items = N.split_joint(mention[title.end() if title else 0 :].split())
    if items is None:
        return False
    for words in items:
        if any(N.word_key(w) in N.PLACE_WORDS for w in words):
            return False
        if len(words) >= 2 and N.person_evidence(words) and N.person_shape(words):
            continue
        if title is None or len(words) != 1:
            return False
    return len(items) >= 3


def _shown_as_group(m: re.Match[str], noun: str) -> bool:
    """Whether the joint subject `m` (of `_JOINT_SUBJECT`) is shown to be the group the
    plural `noun` names: a title for such members before the list (`Sens. Ann Roe and
    Ben Fisk`) or before each name (`Rep. Ann Roe and Rep. Ben Fisk`), or the noun, or
    another for such members, in apposition (`Ann Roe and Ben Fisk, both senators,`)."""
    last = noun.lower().split()[-1]
    shown = _GROUP_SHOWN.get(last, _ANY_MEMBERS)
    if m.group("appos") and m.group("appos") in shown | {last}:
        return True
    title = m.group("title")
    if title and title.split()[-1].rstrip(".").lower() in shown:
        return True
    items = N.LIST_SEPARATOR.split(m.group("np"))
    return all(
        len(item.split()) > 1 and item.split()[0].rstrip(".").lower() in shown for item in items
    )


# A cue that is a body's, not a person's: `said in a statement`, `in its review`,
# `announced`, `in a filing`.
_BODY_CUE = re.compile(
    r"\b(?:announce[sd]?|in\s+(?:a|an|its|their)\s+(?:[a-z]+\s+)?(?:statement|release"
    r"|filing|announcement)|in\s+(?:its|their)\s+[a-z]+)\b"
)
# A word written as a body's name: a spokesperson for it, firm's words after it, or
# `its` taking it up after a verb of saying (`{0}` is the word; `they` is no sign: a
# person is often `they`).
_BODY_BY_NAME = (
    r"\b(?:spokes(?:man|woman|person)|representatives?|executives?)\s+(?:for|of|at)\s+{0}\b"
    r"|\b{0}(?:’s|'s)?\s+(?:Inc|Corp|Co|LLC|Ltd|company|bank|brand|chain|stores?"
    r"|restaurants?|shares|stock|customers|products?|locations|spokes(?:man|woman|person)"
    r"|executives?|CEO|chief)\b"
    r"|\b{0}\s+(?:said|says|announced|added|confirmed|stated)\s+(?:that\s+)?its\b"
)


# The gospels, cited by name alone after a dash as a verse is by book and number.
_GOSPELS = frozenset(("matthew", "mark", "luke", "john"))
# A note in brackets crediting a picture or a file, not the words' author.
_CREDIT_NOTE = re.compile(r"(?i)[(\[][^)\]]*\b(?:photos?|file|courtesy|credit|image|pictured)\b")


# A quotation in the first person singular (`I`, `my`, `me`) and never plural.
_SINGULAR = re.compile(r"\bI\b|\b(?i:my|me|mine|myself)\b")
# The word before an `I` and the token before that word, if any.
_BEFORE_I = re.compile(r"(?:(\S+)\s+)?([A-Za-z]+) $")
# Nouns an `I` after which is a numeral (`Title I`, `Phase I`, `World War I`, `type I`).
_NUMBERED_NOUNS = frozenset(
    """title phase part chapter war type stage level tier grade class article section
    round division volume act schedule step""".split()
)


def _first_person_singular(text: str) -> bool:
    """`_SINGULAR` in `text`, where an `I` after a noun numbered by it (`Title I schools`,
    `stage I`) or after a capitalised word inside a sentence that is no role (`World War
    I`, not `As Governor I signed`) is a numeral, not the speaker."""
    for m in _SINGULAR.finditer(text):
        if m.group(0) != "I":
            return True
        before = _BEFORE_I.search(text[max(0, m.start() - 60) : m.start()])
        if before is None:
            return True
        word = before.group(2)
        if word.lower() in _NUMBERED_NOUNS:
            continue
        inside = before.group(1) is not None and before.group(1)[-1] not in '.!?:;“"(—–-'
        if (
            inside
            and word[0].isupper()
            and before.group(1)[0].isupper()
            and word.lower() not in N.ROLE_WORDS
            and word.lower() not in N.TITLE_WORDS
        ):
            continue
        return True
    return False


_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Oo]urselves)\b")
# A plural pronoun as a cue's subject (`they wrote`, `We said`).
_PLURAL_PRONOUN = re.compile(r"(?i)they|we")
# What may open a sentence before `they wrote` of a letter's signers: `In it, `.
_IN_THE_LETTER = re.compile(r"\s*(?:In\s+(?:it|the\s+letter|their\s+letter),?\s+)?")
# `and`, maybe after a comma and before a title, right before a list's first name:
# `…, and Reps. `, ` and Representatives `.
_AND_BEFORE_LIST = re.compile(
    r"(?:,\s*)?\band\s+(?:(?:Reps?|Sens?)\.\s+|(?:Representatives?|Senators?"
    r"|Congress(?:wo)?m[ae]n)\s+)?$"
)


# A group of members quoted by a plural noun (`the senators said`, `the two lawmakers`);
# a bare `members` names no group the text has shown (`spoke to union members`).
_MEMBERS_MENTION = re.compile(
    r"(?i)(?:(?:the\s+|both\s+)(?:two\s+|three\s+|four\s+)?(?:joint\s+|bipartisan\s+)?members"
    r"|(?:the\s+|both\s+)?(?:two\s+|three\s+|four\s+)?(?:joint\s+|bipartisan\s+)?"
    r"(?:lawmakers|senators|representatives|congressmen|congresswomen|legislators"
    r"|co-?sponsors|co-?chairs|co-?chairmen|co-?chairwomen))$"
)
# A sentence opening with two or more people joined by `and`, maybe after a title for
# several members, maybe with a group noun in apposition (`, both senators,`), before a
# lower-case verb.
_JOINT_NAME = r"(?:(?:Rep|Sen|Dr)\.\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*)){0,2}"
_JOINT_SUBJECT = re.compile(
    rf"\s*(?P<np>(?P<title>{_GROUP_TITLE_RX}\s+)?{_JOINT_NAME}(?:,\s+{_JOINT_NAME})*,?\s+(?:and|&)\s+{_JOINT_NAME})"
    r"(?:,\s+(?:both|all|the)\s+(?:(?:two|three|four)\s+)?(?:U\.S\.\s+)?(?P<appos>[a-z-]+),)?"
    r"\s+(?:[a-z]+ly\s+)?[a-z]+\b"
)
# `and` or `or` going on past a joint subject's names, to more people.
_ANOTHER_GROUP = re.compile(
    r"\s+(?:and|or|&)\s+(?:(?:fellow|other)\s+)?(?P<title>Reps?\.|Representatives|Sens?\."
    r"|Senators|Congress(?:wo)?men|Govs?\.|Governors|Mayors|Members|members|Delegates)"
    r"(?![\w’'])"
)


def _names_own_group(subject: str, other: str, noun: str) -> bool:
    """`the senators` after `Sens. Ann Roe and Ben Fisk and Reps. Cal Dunn …`: the group
    noun is the first pair's title and not the other group's, so it names that pair."""
    own = subject.split()[0][:3].lower() if subject.split() else ""
    word = noun.lower().removeprefix("the ").strip()[:3]
    return bool(own) and word == own and other[:3].lower() != word


# The titles (`Sens.`, `Rep.`) and plural nouns that show people to be a group of
# members, by the group noun that may later quote them.
_SENATE_GROUP = frozenset("sen sens senator senators".split())
_HOUSE_GROUP = frozenset(
    "rep reps representative representatives congressman congresswoman congressmen"
    " congresswomen".split()
)
_GROUP_SHOWN = {"senators": _SENATE_GROUP, "representatives": _HOUSE_GROUP}
_GROUP_SHOWN.update(dict.fromkeys(("congressmen", "congresswomen"), _HOUSE_GROUP))
_ANY_MEMBERS = (
    _SENATE_GROUP
    | _HOUSE_GROUP
    | frozenset("lawmakers legislators members co-sponsors cosponsors co-chairs cochairs".split())
)
# A word for a group of people after a sentence's verb (`wrote to the senators`, `met
# with members of the Farm Bureau`, `testified before the committee`): a group noun
# later in the text may be those people, not the subject.
_GROUP_WORD = re.compile(
    r"(?i)\b(?:lawmakers|senators|representatives|members|congressmen|congresswomen"
    r"|legislators|co-?sponsors|co-?chairs|co-?chairmen|co-?chairwomen|colleagues"
    r"|committee|panel|delegation|caucus)\b"
)
# A group the people addressed (`wrote to the senators`, `met with members of …`,
# `testified before the committee`): not one they joined with (`with 20 colleagues`).
_ADDRESSED_GROUP = re.compile(
    r"(?i)\b(?:wr(?:ote|ites?|itten|iting)\s+to|sent\s+(?:a\s+)?letters?\s+to"
    r"|me(?:t|ets?|eting)\s+with|sp(?:oke|eaks?|oken)\s+(?:to|with)"
    r"|testif(?:y|ied|ies|ying)\s+before|appeared\s+before)"
    r"(?:\s+[\w’'.-]+){0,4}?\s+" + _GROUP_WORD.pattern.removeprefix("(?i)")
)
# A name opening a sentence and the lower-case word after it, its verb unless a small
# word goes on with the name (`Ann Roe and …`, `Bank of …`).
_NAME_OPENER = re.compile(
    r"\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+(?:[a-z]+ly\s+)?(?P<word>[a-z]+)\b"
)
_NOT_A_VERB = frozenset("and or of for to in at on by with from the a an de del van von".split())
# A sentence opening with `He`/`She` as its subject (`He hired Tom Reed`).
_PRONOUN_SUBJECT = re.compile(r"\s*(He|She)\s+(?:[a-z]+ly\s+)?[a-z]+\b")
# The verb after a sentence's subject, past an apposition or relative clause between
# commas and an adverb: `Karl Vail, who owns the bakery, said`, `Ann Holt later wrote`.
_SUBJECT_SAYS = re.compile(r"(?:,[^,.;:]{1,120},)?\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
# Words ending a firm's or a place's name that opens with a first name: `Reed Mills`,
# `Johnson Controls`, `Henry Ford Health`, `Walt Disney World`, `Glen Burnie Farms`.
_BUSINESS_HEADS = frozenset(
    """mills mill controls health world farms farm foods motors partners brands stores
    markets market works energy capital media studios studio pharmaceuticals pharma
    entertainment holdings ventures enterprises associates brothers bros supply supplies
    products solutions homes realty properties insurance financial bakery cafe restaurant
    restaurants hotel hotels resort resorts park parks""".split()
)
# Organisation and venue words that are also common surnames.
_SURNAME_LIKE = frozenset(
    """hall park parks church chapel power light mills mill post house bank banks press
    guard daily herald market garden gardens port mission union trust field fields
    wells brooks works water gas""".split()
)
# A preposition placing a name as a place or a firm something comes from or happens at.
_PLACE_PREPOSITION = re.compile(r"\b(?:from|at|for|of|in)\s+(?:the\s+)?$")
# What follows a person's name: an apposition (`, a baker,`, `, 54,`, `, who`) or a verb,
# possibly after an adverb, which must then be one of saying (`Tom Reed wrote`).
_AFTER_A_PERSON = re.compile(
    r"(?:,\s+(?:who|whose|\d{1,3},)"
    r"|,\s+(?:a|an|the|his|her)\s+(?P<noun>(?:[\w-]+\s+){0,3}[\w-]+)"
    r"|,\s+(?P<role>[a-z][\w-]*)\s+(?:of|at|for|with)\b"
    r"|\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b)"
)
# A verb of saying right before a name: `said Dale Moritz`.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|added|adds|wrote|writes|asked|explained|noted)\s+$"
)
# Words of the agent's shape that name no person.
_NOT_AGENTS = frozenset(
    """former center centre water other under after over corner river power sector
    matter number order border quarter chapter letter winter summer major minor
    floor door error mirror color colour factor motor""".split()
)


def _body_name(name: str) -> bool:
    """A name ending in an organisation's, a venue's or a firm's word that is no common
    surname (`Johnson Controls`, `Henry Ford Health`): no person's, though a first name
    opens it. `Ann Hall`, `Tom Mills` stay people."""
    last = name.split()[-1].lower() if name.split() else ""
    if last in _SURNAME_LIKE:
        return False
    return last in N.ORG_WORDS or last in _VENUE_WORDS or last in _BUSINESS_HEADS


def _person_noun(word: str) -> bool:
    """A noun naming a person's kind or work: `baker`, `chemist`, `father`, `owner`."""
    low = word.lower()
    if low in PERSON_NOUNS or low in _SEX_OF_NOUN or N.is_role_word(low):
        return True
    return low not in _NOT_AGENTS and low.endswith(("er", "or", "ist", "ian"))


# Nouns that tell a person's sex (`a father of three`): the kin of one sex of the
# lexicon (names.KIN_SEX) and the nouns of a man or a woman, as one alternation.
_SEX_OF_NOUN = {
    **{noun: sex for noun, sex in N.KIN_SEX.items() if sex is not None},
    **dict.fromkeys("man businessman".split(), "m"),
    **dict.fromkeys("woman businesswoman".split(), "f"),
}
_SEX_NOUNS = "|".join(sorted(_SEX_OF_NOUN, key=lambda noun: (-len(noun), noun)))
# Signs of a person's sex in the text's own words, as telling as a title: `Casey Morgan
# and his wife`, `Casey Morgan, a father of three,`.
_SEX_SIGN = re.compile(
    r"(?=[A-Z])(?<![\w’'.-])(?P<name>(?:[A-Z][\w’'.-]{0,30}\s+){1,3}?[A-Z][\w’'-]{0,30})"
    r"(?:\s+and\s+(?P<poss>his|her)\s+(?:wife|husband|son|sons|daughter|daughters"
    r"|children|kids|family|partner|mother|father|brother|sister|parents)\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{_SEX_NOUNS})\b(?![’'-]))"
)
# `He`/`she` as a sentence's subject, after at most two short phrases each closed by a
# comma (`On Monday, she said …`), and a word in lower case (its verb, an adverb).
_PRONOUN_OPENS = re.compile(r"(?:[^,;:.!?“”\"()]{1,40},\s+){0,2}(He|She|he|she)\s+[a-z]")
# How far into its sentence a person's mention may stand for its subject to be read.
_MENTION_REACH = 600
# A sentence's end the sentence bounds may miss: a closing quotation mark before a capital
# (the full stop inside the quotation), a full stop glued to the next sentence's capital.
_UNSURE_END = re.compile(r"[”\"]\s+[A-Z]|[a-z]{2}[.!?][A-Z]")
# What may stand before a sentence's subject named by its role and name: short phrases
# closed by commas, then capitalised words (`On Monday, House Speaker `).
_NAMED_SUBJECT = re.compile(
    r"(?:[^,;:.!?“”\"()]{1,40},\s+){0,2}"
    r"(?:(?!(?:While|When|If|As|After|Before|Although|Though|Because|Since|Unless|Until"
    r"|Once|Whether|But|And|Or|So|Yet|Then)\b|[A-Z][a-z]*(?:ing|ed)\b)[A-Z][\w.’'-]*\s+){0,4}"
)
# A noun of one sex written right before a person's full name: `9/11 widow Ann Holt`,
# `her husband Tom Holt` (not `grandson`, not a capitalised title).
_SEX_BEFORE = re.compile(
    rf"(?<![\w’'.-])(?P<noun>{_SEX_NOUNS})\s+"
    r"(?P<name>(?:[A-Z][\w’'.-]{0,30}\s+){1,3}[A-Z][\w’'-]{0,30})(?![\w’'-])"
)
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his|[Oo]ne|[Aa]nother|[Ee]very|[Aa]ny|[Nn]o)"
    r"\s+(?:[\w’'/-]+\s+){0,2}$"
)
# What every match of `_SEX_SIGN` or `_SEX_BEFORE` holds after its name: `and his`/`and
# her`, or one of its nouns after a space.
_SEX_WORD = re.compile(rf"\sand\s+(?:his|her)\s|\s(?:{_SEX_NOUNS})\b")


# A holder of an office or a job left unnamed: `the agency's deputy secretary`, `an
# official`; not the noun used as an adjective (`the official report`), nor one supposed
# (`without a representative`, `as an agent`).
_UNNAMED_ROLE = re.compile(
    r"(?<!without )(?<!as )(?<!like )\b(?P<det>the|an?|another|one|its|their)\s+"
    r"(?:[a-z][\w-]*[’']s\s+)?"
    r"(?:(?:deputy|assistant|acting|senior|chief|top|former|federal|state|county|city|"
    r"agency|department|press|police|border|[a-z]+al)\s+){0,2}"
    r"(?P<noun>official|officer|secretary|administrator|director|spokesman|spokeswoman|"
    r"spokesperson|agent|representative|employee|inspector|commissioner|manager|"
    r"engineer|trooper|guard|clerk|worker|supervisor|chairman|chairwoman)\b"
    r"(?!\s+(?!(?:who|whom|said|says|told|tells|of|for|at|from|with|in|and|was|is|had|has|"
    r"responded|replied|answered|testified|asked|about|on|to|when|if|but|declined)\b)[a-z])"
    r"(?![’'-])"
)
# `As clerk`, `as the county clerk` right before a role's noun in a quotation, opening
# the words or a clause after a mark (not `such as`, `as well as`, `as good as`).
_SELF_ROLE = re.compile(
    r"(?:^|[,;:—–.?!]\s*|[“\"]\s*)[Aa]s\s+(?:(?:the|a|an|your|our)\s+)?(?:[a-z]+\s+){0,2}$"
)
# The first person right after that noun: `As clerk, I will …`.
_SELF_AFTER_ROLE = re.compile(r"(?:,\s*|\s+)(?:I|we|my|our|me)\b")


def _speaks_as_role(text: str, open_at: int, said: re.Match[str]) -> bool:
    """The role's noun `said` in the quotation opening at `open_at` is the speaker naming
    the office as their own: `“As clerk, I will …”`, `“As the county clerk, we …”`; not
    `“She was named as the clerk …”` nor `“Offices such as the clerk …”`."""
    return (
        _SELF_ROLE.search(text, max(open_at, said.start() - 32), said.start()) is not None
        and _SELF_AFTER_ROLE.match(text, said.end()) is not None
    )


# Words giving somebody before a pronoun the other sex than the pronoun's.
_SHE_WORDS = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE_WORDS = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
# A name and its comma right before a role phrase: the role is the name's appositive.
_NAME_APPOSITIVE = re.compile(r"[A-Z][\w’'.-]*,\s*$")
# An owner's possessive and a role right before a name: `Sen. Tom Holt’s aide `, `His
# spokesman, `, `Holt’s press secretary `.
_OWNED_ROLE = re.compile(
    r"(?<![\w’'-])(?:(?P<owner>[Hh]is|[Hh]er)|(?P<named>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w'-]*?)[’']s?)\s+"
    r"(?:(?:chief|deputy|senior|press|communications|top|longtime|former)\s+)*"
    r"(?:aide|spokesman|spokeswoman|spokesperson|secretary|assistant|adviser|advisor|"
    r"staffer|counsel|director)\b(?P<comma>,?)\s*(?=[A-Z])"
)
# The aide's name and a verb of saying after the role: `… aide Ann Roe said`, `… aide,
# Ann Roe, told`; not a name inside another's sentence (`Holt, with his aide Ann Roe,
# said`).
_AIDE_SAYS = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*(?P<comma>,?)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:said|says|told|tells|added|adds|noted|explained|stated|wrote|responded|replied|"
    r"confirmed|confirms)\b"
)


def _weak_gender(entity: Entity) -> bool:
    """Whether the person's gender rests only on a first name the lexicon calls only
    mostly one gender, or either (`Taylor`: mostly male)."""
    if entity.titled:
        return False
    return N.weak_first_name_gender(entity.name.split()[0])


def _segment_end(seg: Segment) -> int:
    return seg.end


def _may_sign(entity: Entity, listed: bool) -> bool:
    """Whether a capitalised run before a letter's word may be one of its signers. Not
    the words of a group or a body left over from the sentence's descriptions (`led 71
    Democrats in a letter`, `and 91 House members`, `along with 11 of his Senate
    colleagues`, `the Commerce, Manufacturing, and Trade Subcommittee`). A run the text
    calls a person, with no known first name, no title and no name by the weak route,
    signs when its words can only be a name (`Wm. Bo Kerr`), or, one word alone, when it
    is a surname after a plural title (`Reps. Vail and Dunn`) and no body's, group's or
    party's word."""
    if entity.kind != "person" or entity.titled or speaker_names(entity, explicit=False):
        return True
    words = entity.name.split()
    if N.person_evidence(words):
        return True
    if len(words) > 1:
        return N.plain_name(words)  # `Wm. Bo Kerr`, not `Commerce Manufacturing`
    return (
        listed
        and bool(_SURNAME.fullmatch(entity.name))
        and N.word_key(entity.name) not in N.ORG_WORDS
        and not N.is_group_word(entity.name)
    )


def _signer_names(entity: Entity) -> list[str]:
    """A signer's name: a surname alone from a list after `Reps.` is taken as written."""
    return speaker_names(entity, explicit=True) or [entity.name]


def _signed_paragraph(paragraph: str, items: Sequence[_Found]) -> tuple[int, Attribution | None]:
    """A signature ending the paragraph (`“…” And that is all, “…” ― Rita Brack.`): the
    index of the first quotation it signs (the one after the last other quotation with an
    attribution) and its attribution; (len, None) when no sure signature closes it."""
    att = items[-1].attribution if items else None
    if att is None or att.byline != "dash" or not paragraph.rstrip(" .").endswith(att.mention):
        return len(items), None
    first = len(items) - 1
    while (
        first > 0
        and items[first - 1].attribution is None
        and not _narration(paragraph[items[first - 1].seg.end : items[first].seg.open_at])
    ):
        first -= 1
    if first < len(items) - 1:
        # The words before the first signed quotation: no cue, label or sentence of its
        # own (`Q: “…”`, `My father says, “…”`).
        before = items[first - 1].seg.end if first > 0 else 0
        if _narration(paragraph[before : items[first].seg.open_at]):
            first += 1
    return first, att


# Between quotations a signature signs (`“…” And that is all they have, “…” ― Rita
# Brack`), what tells of narration: a sentence ended outside the marks (`,” my father
# says. “…”`), another dash before a capital (`.” -Ann Roe Tod Vail was … “…” -Tod
# Vail`), a question's or an answer's label (`Q: “…” A: “…”`), a verb of saying (`,”
# goes the old saying, “…”`).
_NARRATION_END = re.compile(r"[.!?…][\"”’)]*\s")
_NARRATION_DASH = re.compile(r"[-–—―]\s*[A-Z]")
_NARRATION_LABEL = re.compile(r"(?<![\w’'])[QA]\s*:")
_NARRATION_VERBS = frozenset(P.SPEECH_VERBS) | frozenset("goes go went ask".split())


def _narration(gap: str) -> bool:
    """Whether the text between two quotations (or before the first) narrates."""
    gap = gap.lstrip("\"”’' ,.;:!?…")
    if _NARRATION_END.search(gap) or _NARRATION_DASH.search(gap) or _NARRATION_LABEL.search(gap):
        return True
    return any(w.strip(',.;:!?…"“”’()').lower() in _NARRATION_VERBS for w in gap.split())


@dataclass
class _Last:
    """The latest quoted speaker: where, who (every speaker of a joint quote), as named."""

    paragraph: int
    speakers: list[str]
    mention: str


# How often each route names the right speaker: precision measured on the PolNeAR
# training split (n = quotes found with a speaker) and on the dev half of the annotated
# release and page sample (n), rounded; it is the quote's `confidence`.
CONFIDENCE = {
    "cue": 0.93,  # a name next to a speech cue, `“…,” Ann Holt said`: 0.94 (622), 0.92 (26)
    "cue-sentence": 0.9,  # a cue elsewhere in the sentence, `Holt called it “…”`: 0.92 (253),
    # 0.80 (10)
    "resolved": 0.94,  # a pronoun, surname or role noun at a cue: 0.95 (2604), 0.93 (86)
    "subject": 0.7,  # no cue, the subject of the sentence: 0.70–0.78 (325), 0.75 (8)
    # An uncued quotation continuing the previous speaker: 0.91 (106) on the sample;
    # PolNeAR's scorer cannot judge it (its source is often a pronoun).
    "continuation": 0.88,
}


def _how(att: Attribution, names: list[str]) -> tuple[AttributionMethod | None, float | None]:
    """How the speaker of an attribution was found, and how sure that is."""
    if not names:
        return None, None
    # `said Ann Holt Jr`: the name as written, its suffix spelt canonically.
    if not any(N.split_suffix(n)[0] in att.mention for n in names) and not (
        " and " in att.mention and all(n.split()[-1] in att.mention for n in names)
    ):
        return "resolved", CONFIDENCE["resolved"] if att.cue else CONFIDENCE["subject"]
    if att.cue is None:
        return "cue", CONFIDENCE["cue"] if att.byline else CONFIDENCE["subject"]
    return "cue", CONFIDENCE["cue"] if att.adjacent else CONFIDENCE["cue-sentence"]


def _personal(att: Attribution) -> bool:
    """The attribution names somebody, even if unresolved: a cue's subject, a pronoun,
    a person or organisation noun ("the senator"), a capitalised name."""
    if att.cue is not None:
        return True
    words = att.mention.split()
    if not words:
        return False
    head = words[-1].lower().strip(",’'s")
    if words[-1].lower() in _PRONOUNS or head in PERSON_NOUNS or head in ORG_NOUNS:
        return True
    return all(w[0].isupper() for w in words) and words[0].lower() not in NOT_NAME


# A person named as the subject of a verb of saying or testifying, inside words whose
# closing mark may be lost: `Commodore Kell said`, `Commodore Tess Kell, Deputy Chief of
# the Patrol, testified`, `said Commodore Kell`. Each try reads a bounded run of words.
_SAID_BY_NAME = (
    r"(?:(?:[A-Z]\.|U\.S\.|(?:Reps?|Sens?|Dr|Mr|Mrs|Ms|Gov|Lt|Gen|Col|Rev|Hon|Adm|Capt)\."
    r"|[A-Z][\w’'-]*)[^\S\n]+){0,5}[A-Z][\w’'-]*[a-z]"
)
_SAID_BY_VERB = r"(?:said|says|testified|testifies|told|tells|added|adds|stated|explained|noted)"
_SAID_BY = re.compile(
    rf"\b(?P<np>{_SAID_BY_NAME})(?:,[^,“”\"\n]{{1,80}},)?[^\S\n]+{_SAID_BY_VERB}\b"
    rf"|\b(?:said|says|added|testified)[^\S\n]+(?P<inv>{_SAID_BY_NAME})\b"
)
_NOBODY_ELSE, _ANOTHER_AFTER, _ANOTHERS_CUE = 0, 1, 2


# A pronoun and a verb of saying (an adverb or a short phrase after it) set off by a comma
# ending a speaker's words right before another opening mark (`He stated with certainty,`),
# or opening words whose cue the parse read inside their marks; and what may stand between
# two quotations of one run (`_talked_about`).
_PRONOUN_SAYS = (
    r"(?:He|She|They)\s+(?:\w+ly\s+)?(?:said|says|stated|states|told\s+(?:me|us)"
    r"|tells\s+(?:me|us)|added|insisted|assured\s+(?:me|us)|replied|answered|declared)"
    r"\b[^.!?“”\"]{0,60},"
)
_PRONOUN_CUE_END = re.compile(rf"(?:^|[.!?]\s+){_PRONOUN_SAYS}$")
_PRONOUN_CUE_OPENS = re.compile(rf"{_PRONOUN_SAYS}\s*[“\"]")
_RUN_GAP = re.compile(r"[”\"]?\s*[“\"]\s*")


# `Our priorities matter in my community. He added, “…`: the words before the cue hold no
# third person and no saying, so `added` goes on from the run itself — its closing mark
# lost, the cue the narrator's (`_narrator_goes_on`).
_ADDED_CUE = re.compile(r"\W*(?:He|She)\s+added\s*,\W*$")
_THIRD_OR_SAYING = re.compile(
    r"\b(?:he|she|they|him|her|his|hers|them|their|said|says|told|tells|stated|states"
    r"|added|asked|wrote)\b",
    re.IGNORECASE,
)


def _narrator_goes_on(before: str, cue: str, words: str) -> bool:
    """`Caucus Whip Tod Vail: “I am grateful … in my community. He added, “I am glad …`:
    the first words' closing mark is lost and `He added,` is the narrator's going on
    with their speaker. So when `He/She added,` ends a run's words after a sentence of
    them (`before`, the words up to the cue, not empty), both those words and the words
    after the cue speak in the first person, and the words before hold no third person
    and no verb of saying (`added` would go on from somebody the speaker quoted)."""
    return bool(
        before.strip()
        and _ADDED_CUE.match(cue)
        and P.FIRST_PERSON.search(before)
        and P.FIRST_PERSON.search(words)
        and not _THIRD_OR_SAYING.search(before)
    )


# A cue whose verb reads out words another person owns (`read Tod Vail’s remarks`), and
# that verb right before the possessive label.
_READS_OUT = re.compile(r"(?:read|reads)\b")
_READS_OUT_BEFORE = re.compile(
    r"\b(?:read|reads|delivered|delivers|presented|presents|gave|gives)\s+(?:aloud\s+)?(?:the\s+)?$"
)

# A label naming whose statement follows, ending right before its opening mark:
# `Roe’s statement is below:`, `Below is Rep. Ben Roe’s full statement:`, `Excerpts of
# Roe’s remarks`. The owner is a run of capitalised words before the possessive, on one
# line; `_labelled_owner` checks that the label opens its sentence or line.
_POSSESSORS_LABEL = re.compile(
    r"(?P<intro>(?:(?:Below|Here|The[^\S\n]+following|Following)[^\S\n]+(?:is|are)"
    r"(?:[^\S\n]+the)?(?:[^\S\n]+full)?(?:[^\S\n]+text[^\S\n]+of)?"
    r"|(?:Excerpts?|Text|Transcript)[^\S\n]+(?:of|from))[^\S\n]+)?"
    r"(?P<former>(?:[Tt]he[^\S\n]+)?(?:[Ff]ormer|[Ll]ate)[^\S\n]+)?"
    r"(?P<np>(?:(?:U\.S\.|(?:Reps?|Sens?|Dr|Mr|Mrs|Ms|Gov|Lt|Gen|Col|Rev|Hon)\.|[A-Z][\w’'-]*)"
    r"[^\S\n]+){0,3}[A-Z][\w’'-]*[a-z]|(?<=[Tt]he[^\S\n])[a-z]{3,})(?:’s|'s|’|')[^\S\n]+"
    r"(?:(?:full|prepared|complete|opening|written)[^\S\n]+)?"
    r"(?P<noun>statement|remarks|comments|testimony)"
    r"(?P<given>,?[^\S\n]+as[^\S\n]+(?:prepared|delivered)(?:[^\S\n]+for[^\S\n]+delivery)?)?"
    r"(?P<end>[^\S\n]+(?:is|are)[^\S\n]+(?:below|as[^\S\n]+follows))?"
    r"[^\S\n]*(?P<colon>:)?\.?\s*$"
)
# Another owner's possessive right before a label's owner (`Tod Vail’s and Ann Roe’s`).
_OWNER_BEFORE = re.compile(r"(?:’s|'s)(?:,?[^\S\n]+(?:and|&)|,)[^\S\n]+$")


def _body_owner(m: re.Match[str]) -> bool:
    """Whether a label's owner is a body named by its proper name (`Corvale Harbor
    Board’s`): capitalised words ending in a body's noun."""
    words = m.group("np").split()
    return len(words) > 1 and words[0][0].isupper() and words[-1].lower() in _BODY_NOUNS


# Common nouns of a body that may own a statement label (`the union’s statement`); a
# person's role (`the governor’s`) is not among them.
_BODY_NOUNS = frozenset(
    """company firm corporation union agency department board council committee
    subcommittee commission coalition association alliance federation foundation institute
    organization organisation society league caucus campaign party office bureau authority
    administration ministry group family club university college school district
    hospital""".split()
)
# The heads of a body's name that fit a noun other than itself (`Bayport Mills Inc.` is
# a company).
_COMPANY_HEADS = frozenset("company co corp corporation inc incorporated llc ltd plc".split())
_BODY_NAME_HEADS = dict.fromkeys(("company", "firm", "corporation"), _COMPANY_HEADS)


def _body_name_head(name: str) -> str:
    """The head noun of an organisation's name, lower case: its last word (`Harbor
    Workers Union`), or its first before `of` (`Department of Labor`)."""
    words = [w.strip(".,").lower() for w in name.split()]
    if len(words) > 2 and words[1] == "of":
        return words[0]
    return words[-1] if words else ""


# Words that make a title another role than its noun: a holder no longer (`former`,
# `late`, `Ex-`), or below the holder (`Lt.`, `Deputy`, `Vice`); `the Governor’s` is
# neither's.
_HOLDER_QUALIFIERS = frozenset(
    "former late retired ex then onetime past erstwhile emeritus elect designate lt lt. "
    "lieutenant deputy vice assistant associate under".split()
)
_QUALIFIER_WORDS = (
    r"(?i:former|late|retired|ex|then|onetime|past|erstwhile|lt|lieutenant|deputy|vice"
    r"|assistant|associate)"
)
# `former Ohio Gov. Tod Vail`: the capitalised run after a qualifier, up to the surname.
_QUALIFIED_TITLE = re.compile(
    r"(?<![\w-])" + _QUALIFIER_WORDS + r"\.?[^\S\n-]*[\s-][^\S\n]*"
    r"(?P<run>(?:[A-Z][\w.’'-]*[^\S\n]+){0,4}[A-Z][\w’'-]*)"
)
# `Tod Vail, the former governor of Ohio,`: the surname, and the words after the
# qualifier, among which the noun.
_QUALIFIED_APPOSITIVE = re.compile(
    r"(?P<sur>[A-Z][\w’'-]*),[^\S\n]+(?:(?:the|an?)[^\S\n]+)?(?:[\w’'.-]+[^\S\n]+)?"
    + _QUALIFIER_WORDS
    + r"[^\S\n]*[\s-][^\S\n]*(?P<run>(?:[\w’'.-]+[^\S\n]+){0,2}[\w’'-]+)"
)


def _role_appositive(noun: str) -> re.Pattern[str]:
    """A name and an appositive right after it giving the role `noun` (`Ann Holt,
    chairwoman of the port board,`, `Ann Holt, the governor,`, `Ann Holt, who chairs the
    board,`); not a list's next title and name (`Ann Holt, Governor Tod Vail and …`)."""
    forms = [
        r",[^\S\n]+(?:(?:the|an?)[^\S\n]+)?(?:(?!(?:who|whom|whose|which|that|and|of|to|for|"
        r"with|by|from|under|at)\b)[\w’'.-]+[^\S\n]+){0,2}?(?i:" + noun + r")(?![’'-]|\w)"
        r"(?![^\S\n]+[A-Z])"
    ]
    stem = re.sub(r"(?:wo)?man$|person$|(?<=[a-z]{3})(?:er|or)$", "", noun)
    if stem != noun and len(stem) >= 4:
        forms.append(r",[^\S\n]+who[^\S\n]+(?:now[^\S\n]+|also[^\S\n]+)?" + stem + r"e?s\b")
    return re.compile(
        r"(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3})(?:" + "|".join(forms) + ")"
    )


# Abbreviations whose full stop before a label ends no sentence (`regarding Gov. Roe’s`).
_LABEL_ABBREVIATIONS = frozenset(
    "mr mrs ms dr sen sens rep reps gov lt gen col rev hon st jr sr u.s d.c".split()
)
# The abbreviations the parsers know already, whose full stop before a capitalised word
# ends no sentence: titles of a label's owner (`Hon.`), of a role (`Atty.`), titles read
# as such before a name (`Amb.`, speakers' list) and the short forms of offices (`pres.`).
_GLUED_ABBREVIATIONS = frozenset(
    (
        *_LABEL_ABBREVIATIONS,
        *(role.rstrip(".") for role in _ROLE_ABBREVIATIONS),
        *S.TITLE_ABBREVIATIONS,
        *S.OFFICE_ABBREVIATIONS,
    )
)
# Title words of a label's owner that say nothing of the person (`U.S. Rep.`).
_LABEL_PLAIN_TITLES = frozenset("u.s us hon the".split())


def _label_opens(text: str, at: int) -> bool:
    """Whether a label starting at `at` opens its sentence or its line: nothing before
    it, a line break, or a stop that is no abbreviation's (read back a few characters)."""
    head = text[max(0, at - 40) : at].rstrip(" \t")
    if not head and at <= 40 or head.endswith("\n"):
        return True
    head = head.rstrip("”\"’')")
    if head[-1:] not in (".", "!", "?"):
        return False
    word = head.split()[-1][:-1].lower() if head.split() else ""
    return word not in _LABEL_ABBREVIATIONS and not (len(word) == 1 and word.isalpha())


def _title_word(word: str) -> bool:
    """A title giving a seat or a sex (`Senator`, `Congresswoman`, `Mrs`)."""
    low = word.lower().rstrip(".")
    return low in TITLE_OFFICES or said_gender(low, None) is not None


def _label_title_is(entity: Entity, title: str) -> bool:
    """Whether a title written before a label's owner (`Gov.`, `Mrs.`, `Senator`) is the
    person's: the seat the text named them with, the sex it or the lexicon gives them, or
    a word of their role. Unknown counts as not fitting."""
    word = title.lower().rstrip(".")
    if word in _LABEL_PLAIN_TITLES:
        return True
    office = TITLE_OFFICES.get(word) or TITLE_OFFICES.get(word.removesuffix("s"))
    sex = said_gender(word, None)
    if office is not None or sex is not None:
        return office in (None, entity.office) and sex in (None, entity.gender)
    role = (entity.role or "").lower().replace(".", "").replace(",", " ").split()
    return word in role


# A person quoted inside a statement's marks: the run of capitalised words right before a
# verb of saying (`As President Ann Holt said`, `Dr. Holt once wrote`), then up to twelve
# lower-case words or numbers and a comma or colon before the single mark (`said last
# spring, ‘`, `said we must ‘`). A capitalised word among them is another subject or
# object (`said Mayor Roe told her, ‘`), so none is allowed there.
_NESTED_CUE = re.compile(
    r"(?<![\w’'.-])(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*[\w.])"
    r"(?:\s+(?:has|had|once|also|famously|then|later|recently|repeatedly)){0,2}"
    r"\s+(?P<verb>said|says|stated|declared|wrote|asked|warned|promised|proclaimed|told|tells)"
    r"(?P<gap>(?:\s+[a-z0-9][\w’'-]*){0,12})\s*(?P<sep>[,:])?\s+['‘]$"
)
# The statement's speaker quoting their own words inside it: `I say ‘…’`, `I have always
# asked, ‘…’`, `my chance to say ‘…’`.
_FIRST_PERSON_CUE = re.compile(
    r"(?:\b(?P<i>I)(?:\s+(?:have|had|always|often|once|then|also|just|simply|would|will|"
    r"must|can|could|should|now|still|again)){0,3}\s+"
    r"(?P<verb>say|said|asked|ask|wrote|write|replied|reply|tell|told)"
    r"(?:\s+(?:him|her|them|you|us|everyone|everybody))?"
    r"|\b(?P<my>my)\s+(?:chance|opportunity|turn|way)\s+to\s+"
    r"(?P<verb2>say|tell\s+(?:him|her|them|you|us|everyone|everybody)))"
    r"\s*[,:]?\s+['‘]$"
)
# Words before a subject that make it an object or a second subject (`met with Holt`,
# `Roe and Holt said`), and words opening a sentence before it (`As Holt said`).
_NOT_NESTED_SUBJECT_AFTER = frozenset(
    "and or nor & with of by to from for than between about against".split()
)
_NESTED_SUBJECT_OPENERS = frozenset("As Like When And But So Then Yet While Even".split())
# Gap words that name or quote a term, or hand the words to a second speaker.
_NESTED_GAP_STOPS = frozenset(
    "called calls dubbed named termed so-called known labeled labelled titled "
    "said says told tells wrote writes stated states asked asks claims claimed "
    "he she they who which whose his her their its".split()
)


# A single opening mark: a curly one, or a straight one after a comma or colon and a
# space; either glued to the word after it.
_SINGLE_OPENER = re.compile(r"‘(?=\S)|(?<=[,:] )'(?=\S)")


def _single_closer(text: str, i: int, end: int, after: int | None = None) -> int:
    """The mark closing the single quotation opened at `i`, before `end` and before the
    next curly opener: the first of its kind glued to the word before it and followed by
    no letter or digit (an apostrophe inside a word, `don’t`, closes nothing); -1 when
    none. `after`: the first such mark after that position."""
    mark = "’" if text[i] == "‘" else "'"
    stop = text.find("‘", i + 1, end) if mark == "’" else -1
    limit = stop if stop >= 0 else end
    k = i if after is None else after
    while True:
        k = text.find(mark, k + 1, limit)
        if k < 0:
            return -1
        if not text[k - 1].isspace() and not text[k + 1 : k + 2].isalnum():
            return k


def _closes_sentence(word: str) -> bool:
    """A capitalised word ending a sentence (`America.`), not a title's or a name's
    abbreviation (`Dr.`, `Capt.`, `U.S.`, `J.`)."""
    return (
        len(word) > 5 and word.endswith(".") and "." not in word[:-1] and not N.is_role_word(word)
    )


def _nested_subject(text: str, m: re.Match[str]) -> str | None:
    """The person a nested cue names, or None when its words may be another's."""
    words = m.group("np").split()
    ends = [i for i, w in enumerate(words[:-1]) if _closes_sentence(w)]
    if ends:
        words = words[ends[-1] + 1 :]  # `… in America. President Holt said`
    while words and words[0] in _NESTED_SUBJECT_OPENERS:
        words = words[1:]
    if not words or words[-1].lower() in _PRONOUNS or words[-1] in ("This", "That"):
        return None
    if any(w.endswith(("’s", "'s", "’", "s'")) for w in words):
        return None  # `Holt’s mother said`: the owner is not the speaker
    before = text[max(0, m.start("np") - 40) : m.start("np")].split()[-1:]
    if before and before[0].lower().strip(",") in _NOT_NESTED_SUBJECT_AFTER:
        return None
    if any(w.lower() in _NESTED_GAP_STOPS for w in m.group("gap").split()):
        return None
    if not _nested_gap(m.group("gap").lower().split(), m.group("sep") is not None):
        return None
    return " ".join(words)


# Gap words that open a clause of its own or a noun phrase (`said the governor promised
# ‘…’`, `said the ‘death tax’`), unless a preposition stands before the determiner (`said
# on the campaign trail, '`).
_NESTED_DETERMINERS = frozenset("the a an our this that these those their some every".split())
_NESTED_PREPOSITIONS = frozenset(
    "on in at during after before at from since until over across through into".split()
)
_NESTED_VERBS = frozenset(
    "is are was were be been being has have had do does did will would shall should can"
    " could may might must".split()
)
_NESTED_SUBJECTS = frozenset("we you i it they he she one".split())


def _nested_gap(gap: list[str], set_off: bool) -> bool:
    """The words between a verb of saying and a quotation it opens leave the quotation the
    verb's subject's: with no comma or colon before the mark only `that` or `we must`
    (`said ‘…’`, `said that ‘…’`, `said we must ‘…’`); before one, words of when or where
    (`said last spring, ‘…’`, `said on the campaign trail, '…'`) with no second subject
    or verb (`said last week the council vowed, ‘…’`)."""
    if not set_off:
        rest = gap[1:] if gap[:1] == ["that"] else gap
        return not rest or (
            len(rest) == 2 and rest[0] in ("we", "you", "i") and rest[1] in _NESTED_VERBS
        )
    before = ""
    for word in gap:
        if word in _NESTED_DETERMINERS and before not in _NESTED_PREPOSITIONS:
            return False
        if word in _NESTED_VERBS or word in _NESTED_SUBJECTS:
            return False
        if word.endswith("ed") and len(word) > 4 and before not in _NESTED_DETERMINERS:
            return False  # `said voters wanted, ‘…’`: another subject's verb
        before = word
    return True


def _nested_name_words(mention: str) -> list[str]:
    """The mention's words after its titles (`President Ann Holt` → `Ann Holt`)."""
    words = mention.split()
    while len(words) > 1 and (words[0].endswith(".") or N.is_role_word(words[0])):
        words = words[1:]
    return words


def _nested_form(mention: str, held: tuple[str, str | None] | None) -> bool:
    """The mention names a person in full (`President Ann Holt`, `Ann Holt`), or by a
    title the text gave the person before and the surname (`Mayor Holt` after `Mayor Ann
    Holt`, `Rep. Holt` after `Rep. Ann Holt`, as `held` reads it). A surname alone (`As
    Lincoln said`) or under another title (`Dr. King` for `Rep. Bo King`) may be a
    famous namesake's words: nobody's."""
    if len(_nested_name_words(mention)) >= 2:
        return True
    titles = mention.split()[:-1]
    if held is None or len(titles) != 1:
        return False
    title = titles[0].rstrip(".").lower()
    role, office = held
    return title in role.lower().split() or (
        office is not None and TITLE_OFFICES.get(title) == office
    )


def _nested_named(mention: str, entity: Entity) -> bool:
    """The person resolved is the one the mention names: the same given name and surname
    (`County Judge Ann Holt`), or the same surname under a title (`_nested_form`)."""
    words, parts = _nested_name_words(mention), entity.name.split()
    return words[-1] == parts[-1] and (len(words) == 1 or parts[0] in words[:-1])


# A closing mark followed by a lower-case word is an apostrophe (`the farmers’ markets`).
_APOSTROPHE_AFTER = re.compile(r"\s+[a-z]")


class _WordsCloser:
    """The closer of a single quotation a statement's words quote: the first that no
    lower-case word follows. A straight opener's search remembers where it ended, so that
    the openers after it in one statement read each stretch once."""

    def __init__(self, text: str, end: int) -> None:
        self.text, self.end = text, end
        self.searched, self.found = -1, -1  # straight marks: searched from, found at

    def find(self, at: int, close: int) -> int:
        text = self.text
        straight = text[at] == "'"
        if straight and self.searched >= 0 and self.searched <= close:
            if self.found < 0 or self.found >= close:
                return self.found
        k = close
        while k >= 0 and _APOSTROPHE_AFTER.match(text, k + 1):
            k = _single_closer(text, at, self.end, k)
        if straight:
            self.searched, self.found = close, k
        return k


def _nested_words(inner: str) -> bool:
    """Words quoted as somebody's: two or more, not a title of capitalised words."""
    words = P.WORD.findall(inner)
    if len(words) < 2:
        return False
    return not all(w[0].isupper() or w[0].isdigit() for w in words)


def _mark_quoted(entity: Entity, mention: str) -> None:
    for e in entity.members or [entity]:
        e.quoted = True
        if not entity.members:
            e.add_alias(mention)


def _long_for_a_person(entity: Entity) -> bool:
    """A person's name of five words or more besides particles, initials and suffixes
    (`Andrés Manuel López Obrador` has four): more likely a product's or a work's."""
    words = entity.name.split()
    core = [
        w
        for w in words
        if w.lower() not in N.PARTICLES and w.lower() not in N.SUFFIXES and not N.is_initial(w)
    ]
    return entity.kind == "person" and len(core) >= 5


# Words that end an organisation's name besides its organisation words: `Fox News Channel`.
_ORG_HEADS = frozenset("channel radio television tv studios holdings partners media".split())


def _org_headed(words: list[str]) -> bool:
    """An organisation word heads the name: it ends it (`Heritage Foundation`) or a
    connector follows it (`Bank of America`, `Board for Contract Appeals`), not a word
    it qualifies (`Paddle Board Yoga`)."""
    lows = [w.lower().strip(".,") for w in words]
    if not lows:
        return False
    if lows[-1] in N.ORG_WORDS or lows[-1] in _ORG_HEADS or N.is_acronym(words[-1:]):
        return True
    return any(w in N.ORG_WORDS and lows[k + 1] in _ORG_CONNECTORS for k, w in enumerate(lows[:-1]))


_ORG_CONNECTORS = frozenset("of for on and & in to at".split())


def is_title_case(words: list[str], text: str) -> bool:
    """A name's capitals: every word but the small ones capitalised ("Make It in
    America", "the Stop Waste Act"), or a title word closing capitalised words."""
    # A hyphenated word is capitalised by its first part: `Catch-up With Your Congressman`.
    seconds = {w for m in _HYPHEN_SECOND.finditer(text) for w in m.group(1).split("-") if w}
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(big) < 1 or not all(w[0].isupper() or w[0].isdigit() or w in seconds for w in big):
        return False
    if len(words) == 1:
        return not text.rstrip().endswith((".", "!", "?", ","))
    return words[-1].lower() in _TITLE_ENDS or len(big) >= 2 or len(words) <= 3


# Capitalised adjectives that open a noun phrase and never name a speaker alone.
_ADJECTIVES = frozenset(
    """democratic republican conservative liberal progressive american federal national
    congressional presidential partisan bipartisan""".split()
)
# First words of a phrase somebody said, not of a term: `it was “a mistake” to`.
# Between two quotations sharing one cue, a second subject with the verb left out:
# `X described it as “…”, and Y as “…”`, `X called it “…” and Y “…”`.
_GAPPED = re.compile(
    r"\s*,?\s*(?:and|or|but|while|whereas)\s+(?:the\s+)?[A-Z][\w’'&.-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,3}\s*(?:,\s*)?(?:as\s+)?"
)
# A firm's partners joined by `&`: `Moore & `, `Skadden, Arps & `.
_FIRM_JOIN = re.compile(r"[A-Z][\w’'.,]*\s*&\s*$")
# Between two quotations of one list: `“A” or “B”`, `“A,” “B” and “C”`.
_LISTED_WITH = re.compile(r"\s*(?:,\s*)?(?:(?:or|and|nor)\s+)?")
_PHRASE_OPENERS = frozenset(
    "a an the this that these those my our your his her their its we i you he she they it "
    "there not no never all every".split()
)

# A capitalised word's lower-case parts after its hyphens: `Catch-up`, `Back-to-school`
# (never an all lower-case word's: `over-classification`).
_HYPHEN_SECOND = re.compile(r"(?=[A-Z])\b[A-Z][A-Za-z0-9]*((?:-[a-z]+)+)")
_SMALL_WORDS = frozenset(
    "a an the of for and or but nor to in on at by with from as into upon via vs s t "
    # prepositions a title leaves in lower case: `Accountability within the Agency`
    "within without about over under through against between across after before during "
    "toward towards among per".split()
)
_TITLE_ENDS = frozenset(
    "act bill resolution amendment program programme initiative day week month awards "
    "award summit conference forum tour report plan agenda campaign project".split()
)


# Words one of the reported-speech patterns needs; a sentence with none is skipped.
_CUE_WORDS = frozenset(P.SPEECH_VERBS) | {"according", "on", "out", "back", "told"}
# The reported-speech patterns in the order they are tried, each with the words it needs
# (quote_patterns.REPORTED_NEEDS; None: no pre-check). Paired once: a compiled pattern's
# hash is taken over its whole program at every look-up, 10–20 µs for these long ones.
_REPORTED_TRIES = tuple(
    (rx, P.REPORTED_NEEDS.get(rx))
    for rx in (P.REPORTED_ACCORDING, P.REPORTED_THAT, P.REPORTED_BARE)
)


def _other_chamber(noun: str, listed: str) -> bool:
    """The plural `noun` names one chamber's members (`Senators`, `the representatives`)
    and the words `listed` title somebody as a member of the other (`Rep. Ann Roe`)."""
    words = noun.lower().split()
    shown = _GROUP_SHOWN.get(words[-1]) if words else None
    if shown is None:
        return False
    other = _HOUSE_GROUP if shown is _SENATE_GROUP else _SENATE_GROUP
    return any(w.rstrip(".").lower() in other for w in re.findall(r"[A-Za-z.]+", listed))


def _fragment(text: str, opens: bool) -> bool:
    """A few quoted words opened inside a sentence that goes on before them, starting in
    lower case (`reminding the nation that, “today we feel …`, `have already “maxed
    out”`); a long statement so opened (`released this statement, “on behalf of …`) is
    none."""
    first = text.lstrip(" \t‘'\"“")[:1]
    return not opens and first.islower() and len(text.split()) <= _FRAGMENT_WORDS


# The subject's own words for a thing right before a fragment (`Hale called the plan an
# “…”`, `described it as “…”`): the subject speaks, and may go on in the next quotation.
_NAMED_AS = re.compile(
    r"\b(?:call(?:s|ed|ing)|describ(?:es|ed|ing)\b[^.“”\"]{0,40}\bas|term(?:s|ed)"
    r"|labell?(?:s|ed|ing))\b[^.“”\"]{0,50}$"
)
# A clause of `he` or `she`, a form of `be` (and an adverb) right before a quoted word:
# the word is the predicate of the clause (`that he was “disturbed”`, `she would be
# truly “grateful”`); anchored at the mark, read in a bounded stretch.
_PREDICATE_CLAUSE = re.compile(
    r"(?<![\w’'])(?:that\s+)?(he|she)\s+"
    r"(?:is|was|would\s+be|will\s+be|had\s+been|has\s+been|remains|remained)\s+"
    r"(?:(?:only|so|very|too|simply|truly|entirely|absolutely|just|deeply)\s+)?$"
)
# How far the cue's subject may stand before the mark (subject, appositive, verb, clause).
_PREDICATE_REACH = 160
# The word: lowercase letters (hyphens joining them), its sentence's stop inside.
_PREDICATE_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*([.,!]?)")
# After the closing mark the clause ends, or goes on with the word's own complement
# (`“disturbed” by`, `“shocked” and “appalled” at`), not `in name only`, `at best`.
_PREDICATE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)—–]|$)|\s+(?:and|or)\s+“|\s+(?:by|about|with|over|that|to)\s"
)
# The most words a fragment quoted inside a sentence holds; a statement has more.
_FRAGMENT_WORDS = 15


def _same_cue(other: Attribution | None, att: Attribution) -> bool:
    """`other` (the previous quotation's attribution) is the very cue `att` names."""
    return other is not None and bool(other.cue) and other.pos == att.pos and other.cue == att.cue


def _lstrip_len(text: str) -> int:
    return len(text) - len(text.lstrip())


def extract_quotes(
    paragraphs: list[str], headline: str | None = None, others: Sequence[str] = ()
) -> tuple[list[Speaker], list[Quote]]:
    """Speakers and their direct and reported quotes in the body `paragraphs`.

    `headline` and `others` (the page's lines outside the body: subheadings, bylines,
    captions) carry no cues to attribute by, so they are not searched for quotations;
    the names they write in full keep a first name alone in the body from being taken
    for a person of its own (`Sarah Klein opens cafe` … `Sarah said`).
    """
    # `-We will rebuild,- said Roe.`: marks a layout wrote as hyphens, put back.
    paragraphs = restore_marks(paragraphs)
    extractor = _Extractor(paragraphs, [headline or "", *others])
    speakers, quotes = extractor.run()
    people = [e for e in extractor.book.entities.values() if e.kind == "person"]
    roles = {e.name: e.role or ("?" if e.titled else None) for e in people}
    rank_apart(speakers, quotes, [e.name for e in people], roles, "\n".join(paragraphs))
    drop_slashed(paragraphs, speakers, quotes)
    return speakers, quotes
