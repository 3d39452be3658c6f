"""Quotations standing in a release's head: its headline and subheadlines.

A release often leads with a quotation (`Roe: “We cannot wait”`). The body's parse never
reads the head, so these are found here with the same quote machinery, one head line at
a time, and given a speaker only where that is sure:

- a cue standing right at the quotation (`Roe: “…”` with nothing else before the mark,
  `Roe Says “…”`, `“…,” Roe says` ending a line the quotation opens) naming a person the
  release quotes or issues it (a surname alone resolves only to one of them); a name
  elsewhere in the line (`Roe slams Vail for saying “…”`) is no cue, nor is a line cut
  from the one before (`Roe Statement on` / `Vail: “…”`), nor a title-cased quotation in
  a line written in sentence case;
- else the same words quoted in the body: that quotation's speaker, when every body
  quotation of those words has the same one (and a cue in the head, if any, agrees); words
  standing inside a quotation within the body's, or right after a reporting word
  (`… telling us that the harbor can wait …`), are not that speaker's own;
- else nobody. Heads also quote bills' titles, slogans and scare quotes: a quoted title
  never gets a speaker.
"""

from __future__ import annotations

import re

from search.model import AttributionMethod, Document, Quote, QuotePart, Speaker, normalise_text
from search.speakers import quote_speakers

from .names import CHAMBER_TITLES, is_role_word
from .quote_patterns import FIRST_PERSON
from .quotes import _TITLE_ENDS, CONFIDENCE, extract_quotes
from .speakers import _part_of_issuer, same_person
from .text_patterns import MINOR_WORDS

_MARKS = re.compile(r"[“”\"]")
# A word in lower case: a line holding one outside its quotation is in sentence case.
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
# A head line ending in a word that cannot end one: the next line continues it.
_CUT_LINE = re.compile(
    r"\b(?i:on|to|of|for|by|with|and|the|a|an|in|at|from|about|says|tells|asks|said|told)\s*\Z"
)
# In a body quotation, a verb reporting what follows as someone's saying (`… keeps
# telling us that the harbor can wait …`, `… trying to say – the harbor can wait`): words
# matched right after it (and its `us`, `that`) are not the speaker's own. `I would
# argue that …` is no such verb.
_REPORTING = frozenset(
    "say says said saying claim claims claimed claiming told tells telling insists"
    " insisted suggests suggested".split()
)
_REPORTED_TO = frozenset("us me you them him her".split())
# A quotation inside a body quotation (`“Vail keeps telling us that ‘the harbor can
# wait,’ but …,” Roe said`): another person's words. A closing ’ before a letter is an
# apostrophe (`can’t`). Each pattern scans to the next opening mark at most.
_INNER = re.compile(r"‘([^‘]*?)’(?!\w)|(?<!\w)'([^']*)'(?!\w)|“([^“]*?)”|\"([^\"]*)\"")
# A cue in a head line stands right at its quotation; a name elsewhere in the line
# (`Roe slams Vail for saying “…”`, `Roe: Vail was wrong to say “…”`) is no cue.
_SPEECH_VERB = r"(?:Says|Said|Tells|Asks|Warns|Urges|Declares|Vows|States)"
_NAME_WORD = rf"(?!{_SPEECH_VERB}\b)[A-Z][\w’'.-]*"
_NAME = rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})"
# `Roe: “…”`: the whole text before the mark is the name and a colon.
_LABEL_CUE = re.compile(rf"\s*{_NAME}\s*:\s*")
# `Roe—“…”`, `Roe – “…”`: the name and a dash (a hyphen only with a space before it:
# `Roe-“` is no label), before a quotation of sentences only (`_sentences`): before a
# phrase in Title Case the dash sets off an epithet or a tribute (`Ann Vail – “Iron Lady
# of Bayport”`, `Remembering Jane Doe — “A Voice for Every Harbor Town”`).
_DASH_LABEL_CUE = re.compile(rf"\s*{_NAME}\s*(?:[—–]|(?<=\s)-)\s*")
# Verbs among the small words a title keeps in lower case: written so, they are a clause's.
_LOWER_VERBS = frozenset({"is", "are", "be"})
# A sentence's end at the end of a quotation (`… this year.”`, `… wait?`).
_SENTENCE_CLOSE = re.compile(r"[.!?][\s”’\"')]*\Z")
# `Roe Says “…”`, `Vail says “…”`: the name and a speech verb right before the mark, the
# name opening the line or a clause after `, ; : – — (`; a name after any other word is
# the object of a phrase (`Petition to Roe Says “…”`, `Mayor of Lowell Says “…”`).
_VERB_CUE = re.compile(
    rf"(?:\A|(?<=[,;:(—–])|(?<=[,;:(—–]\s)){_NAME} (?i:{_SPEECH_VERB})\s*:?\s*\Z"
)
# `“…,” Roe says`: the name and a speech verb end the line after the closing mark.
_AFTER_CUE = re.compile(rf"[,.!?]?[”\"]?[,.]?\s+{_NAME} (?i:{_SPEECH_VERB})\s*[.!]?\s*")
# A quotation with a bill's or report's word right after its closing mark (`“No Harbor
# Left Behind” Bill`) or right before its opening mark (`Roe Report, “…”`) names it.
_NAMING_WORD = r"(?i:bill|act|legislation|resolution|report|amendment|plan|initiative)"
_NAME_AFTER = re.compile(rf"[”\"]\s+{_NAMING_WORD}\b")
_NAME_BEFORE = re.compile(rf"\b{_NAMING_WORD},?\s*[“\"]\s*\Z")
# What may follow the closing mark of a quotation cued before its opening mark: nothing
# but punctuation to the end of the line, or a semicolon, bar or spaced dash opening the
# head's next part (`Roe says “…”; Vail calls it hollow`, `Roe Says “…” — Vail Agrees`).
# `Roe Says “…” Was Never Said`, `Roe: “…” Chant Grows`, `Roe Urges “…” Rally` report
# about the words, or name them. Stops at the first letter or digit: linear over a line
# of many quotations.
_CLOSING_TAIL = re.compile(r"\W*")
_NEXT_PART = re.compile(r"[”\"][^\w;|]*(?:;|\s\||\s[—–-])\s")
# A bracketed tag ending the line after the closing mark (`Roe: “…” (VIDEO)`,
# `… [WATCH]`): a note on the head, no word about the quotation. A few words at most.
_BRACKET_TAIL = re.compile(r"[”\"][^\w(\[]*[(\[][^()\[\]]{1,30}[)\]]\W*\Z")
# The text read before a mark for `_VERB_CUE`: a name and a verb are a few words.
CUE_WINDOW = 80
# A headline labelling what a person says on a topic, and nothing more (`Rep. Roe on the
# Harbor Act`, `Roe Statement on the Harbor Act`): the quotation making up the next head
# line alone is that person's, when it speaks in the first person.
_ON_LABEL = re.compile(
    r"\s*(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}?)(?:’s|'s)?(?: (?i:statement))?"
    r" (?i:on|regarding) (?P<topic>[^“”\"]+)"
)
# A topic naming another owner by a possessive (`on Gov. Roe’s Veto`, `on President’s
# Remarks`, `on the Board’s Ruling`): the deck may quote that owner's words.
_TOPIC_POSSESSIVE = re.compile(r"[A-Z][\w.-]*[’']s\b")
# Shorter quotations are a word or three (`“top secret”`, `“concern and disappointment”`
# with a letter's signers): too little to tell a statement from a quoted phrase, or to
# match a body quotation by its words alone.
MIN_WORDS = 4
# Head quotations matched against the body's, at most: a head of hundreds of quotations
# (no release has one) costs no more than this many passes over the body's quotes.
MAX_MATCHED = 20
# Head lines read, at most: each reading takes the body's names along, so a text of
# thousands of quoting "subheadlines" must not read the body once for each.
MAX_LINES = 6


def add_head_quotes(doc: Document, issuer: str | None = None) -> None:
    """Put the quotations of the document's headline and subheadlines first in its
    quotes (in reading order), each with the speaker the rules above give, or none."""
    lines: list[tuple[QuotePart, int, str]] = []
    if doc.headline:
        lines.append(("headline", 0, doc.headline))
    lines += [("subheading", i, line) for i, line in enumerate(doc.subheadings)]
    found: list[Quote] = []
    body: list[tuple[Quote, str]] | None = None
    prose = ""
    parsed = 0
    before = ""
    for part, paragraph, line in lines:
        # `Roe Statement on` / `Vail: “…”`: a line cut from the one before names no one
        continued = _CUT_LINE.search(before) is not None
        label = _on_label(before) if (part, paragraph) == ("subheading", 0) else None
        before = line
        if len(_MARKS.findall(line)) < 2:  # most heads quote nothing: no parse at all
            continue
        parsed += 1
        if parsed > MAX_LINES:
            break
        if body is None:  # the words of the body's quotations (reported speech has none)
            body = [(q, normalise_text(q.text)) for q in doc.quotes if q.kind != "reported"]
            prose = _prose(doc)
        matched = body if len(found) < MAX_MATCHED else []
        quotes = _line_quotes(doc, line, issuer, matched, prose, not continued, label)
        for quote in quotes:
            quote.part, quote.paragraph = part, paragraph
            found.append(quote)
    if not found:
        return
    for quote in found:
        if quote.speaker and doc.speaker(quote.speaker) is None:
            doc.speakers.append(Speaker(quote.speaker))
    doc.quotes[:0] = found


def _line_quotes(
    doc: Document,
    line: str,
    issuer: str | None,
    body: list[tuple[Quote, str]],
    prose: str = "",
    cued: bool = True,
    label: str | None = None,
) -> list[Quote]:
    _speakers, quotes = extract_quotes([line], None, doc.body)
    out = []
    shared: dict[tuple[str, str], bool] = {}
    lower = len(_LOWER_WORD.findall(line))
    for quote in quotes:
        if quote.kind == "reported":
            continue  # words not in quotation marks: the head's own words
        if _titled(quote.text) or _names_a_document(line, quote):
            quote.speakers, quote.speaker, quote.mention = [], None, None
            quote.method = quote.confidence = None
            out.append(quote)
            continue
        enough = len(normalise_text(quote.text).split()) >= MIN_WORDS
        # A title-cased quotation in a line written in sentence case is a name (`Roe says
        # “Harbor Workers Week” starts today`), whoever stands beside it.
        named_thing = quote.kind == "title" and lower > len(
            _LOWER_WORD.findall(line, quote.start, quote.end)
        )
        cue = _cue_mention(line, quote) if enough and cued and not named_thing else None
        mention, holds = cue if cue is not None else (None, False)
        if mention and _names_several(doc, mention, issuer):
            mention = None  # `Roe Blasts Vail: “…”`: a phrase about two people, no label
        named = _resolved(doc, mention, issuer) if mention else None
        if named and mention:
            key = (mention, named[0])  # one reading of the body for each name in the line
            if key not in shared:
                shared[key] = _surname_shared(doc, mention, named[0])
            if shared[key]:
                named = None  # `Roe:` where the release also names Ann Roe and Ed Roe
        said = _body_speakers(quote, body, prose)
        if said is None and cue is None and label and _labelled_deck(line, quote, enough):
            # `Rep. Roe on the Harbor Act` / `“We will not stop …”`: the headline's person
            mention, holds = label, True
            named = None if _names_several(doc, label, issuer) else _resolved(doc, label, issuer)
            if named and _surname_shared(doc, label, named[0]):
                named = None
        if said is not None and mention and said[0] != named:
            # The head names someone the body's quotation of these words does not (or
            # someone not known here): never a guess.
            names: list[str] = []
        elif said is not None:
            names = said[0]
        else:
            # a cue with words after the closing mark (`Roe Says “…” Is Overblown`) names
            # no speaker itself, yet keeps the body's match to the person it names
            names = (named or []) if holds else []
        quote.speakers, quote.speaker = names, names[0] if names else None
        if names:
            quote.kind = "direct"
            if said is not None and not (named and holds):
                # found by the words the body quotes, not by a cue at the head's own
                quote.method = "resolved"
                quote.confidence = min(said[2] or CONFIDENCE["resolved"], CONFIDENCE["resolved"])
            else:
                quote.method, quote.confidence = "cue", CONFIDENCE["cue"]
        else:
            quote.method = quote.confidence = None
            quote.mention = None
        out.append(quote)
    return out


def _on_label(line: str) -> str | None:
    """The person a headline labels as speaking on a topic (`Rep. Roe on the Harbor Act`,
    `Roe’s Statement on …`), as written; None for any other line, one quoting words, or
    one whose topic names another owner by a possessive (`Roe on Gov. Vail’s Veto`)."""
    m = _ON_LABEL.fullmatch(line)
    if m is not None and _TOPIC_POSSESSIVE.search(m.group("topic")):
        return None
    return re.sub(r"[’']s\Z", "", m.group("name")) if m is not None else None


def _labelled_deck(line: str, quote: Quote, enough: bool) -> bool:
    """Whether the quotation is the whole head line (marks and spaces aside), made of
    sentences in the first person: a statement under a headline that names its speaker."""
    if not enough or quote.kind == "title" or not _sentences(quote.text):
        return False
    if line[: max(0, quote.start - 1)].strip() or line[quote.end :].strip(" ”\"’'"):
        return False
    return FIRST_PERSON.search(quote.text) is not None


def _titled(text: str) -> bool:
    """A bill's, programme's or event's name (`Clean Harbors Act`): nobody's words."""
    words = re.findall(r"\w+", text)
    # capitalised, as a name is: `… it was time to act` ends a sentence
    return bool(words) and words[-1][:1].isupper() and words[-1].casefold() in _TITLE_ENDS


def _names_a_document(line: str, quote: Quote) -> bool:
    """Whether the quotation stands in a bill's or report's name (`Roe’s “Keep Every
    Harbor Open” Bill`, `Roe Report, “No Harbor Left Behind,” Finds Gaps`)."""
    if not quote.text.rstrip().endswith(",") and _NAME_AFTER.match(line, quote.end):
        return True
    return _NAME_BEFORE.search(line, max(0, quote.start - 40), quote.start) is not None


def _cue_mention(line: str, quote: Quote) -> tuple[str, bool] | None:
    """The name a cue in the head line gives the quotation, as written, and whether the
    cue names the speaker itself; None without a cue.

    Only a name standing right at the quotation counts: the whole text before its
    opening mark (`Roe: “…”`), a speech verb right before the mark (`Roe Says “…”`), or
    a speech verb ending the line after its closing mark (`“…,” Roe says`). Each is
    matched within a few words of the quotation, never over the whole line again. A cue
    before the mark holds only when nothing but punctuation (or a `;`, ` | ` opening the
    next part) follows the closing mark: words after it (`Roe Says “…” Is Overblown`)
    make the line about the words: the name is still given (False), so that the head's
    words go to no one else."""
    mark = quote.start - 1
    while mark >= 0 and line[mark] == " ":
        mark -= 1
    if mark < 0 or line[mark] not in '“"':
        return None  # not standing right after an opening mark
    tail = _CLOSING_TAIL.match(line, quote.end)
    closes = tail is not None and (
        tail.end() == len(line)
        or _NEXT_PART.match(tail.group()) is not None
        or _BRACKET_TAIL.match(line, quote.end) is not None
    )
    if (m := _LABEL_CUE.fullmatch(line, 0, mark)) is not None:
        return m.group("name"), closes
    if (m := _DASH_LABEL_CUE.fullmatch(line, 0, mark)) is not None and _sentences(quote.text):
        return m.group("name"), closes
    begin = max(0, mark - CUE_WINDOW)
    m = _VERB_CUE.search(line, begin, mark)
    if m is not None and m.end() == mark:
        return m.group("name"), closes
    # `“…,” Roe says` of a line the quotation opens: not `Vail calls it “…,” Roe says`
    if mark == 0 and (m := _AFTER_CUE.fullmatch(line, quote.end)) is not None:
        return m.group("name"), True
    return None


def _sentences(text: str) -> bool:
    """Whether a quotation is made of sentences, not a phrase in Title Case: it ends a
    sentence (`.`, `!`, `?`) or holds a word in lower case that no title keeps so (`We
    must keep every harbor job`, a verb `… Default is Not an Option`; not `of`, `for`,
    `with` of `Iron Lady of Bayport`)."""
    if _SENTENCE_CLOSE.search(text.rstrip()) is not None:
        return True
    return any(
        w[:1].islower() and (w not in MINOR_WORDS or w in _LOWER_VERBS)
        for w in re.findall(r"[\w’']+", text)
    )


# A member of Congress's title before a name (`Rep. Roe:`): the name is the member's.
_MEMBER_TITLE = re.compile(
    "(?i:" + "|".join(re.escape(t) for t in sorted(CHAMBER_TITLES)) + r")\s+(?=\S)"
)


def _resolved(doc: Document, mention: str, issuer: str | None) -> list[str] | None:
    """The one person the release quotes or issues it that `mention` names, else None."""
    if (m := _MEMBER_TITLE.match(mention)) is not None:
        mention = mention[m.end() :]
    people = [s.name for s in doc.speakers if s.kind == "person"]
    if issuer:
        people.append(issuer)
    matches = {
        name
        for name in people
        if same_person(mention, name) or name == issuer and _part_of_issuer(mention, name)
    }
    if len(matches) != 1:
        return None
    (name,) = matches
    # The issuer as the release's own quotes spell it.
    return [next((s.name for s in doc.speakers if same_person(s.name, name)), name)]


def _surname_shared(doc: Document, mention: str, name: str) -> bool:
    """Whether the release names, beside `name`, another person `mention` could stand for
    (`Tamsin:` in a release of Nell Tamsin naming Mayor Otto Tamsin)."""
    words = [w for w in mention.split() if not is_role_word(w)]
    if len(words) != 1:
        return False  # a given name tells the two apart (`same_person`)
    surname = words[0].casefold()
    # a capitalised word or an initial before the surname (a middle initial between):
    # `Otto Roe`, `O. Roe` are a person unless the word is a title
    given_and_surname = re.compile(
        rf"\b([A-Z](?:[\w’'-]+|\.))(?:\s+[A-Z]\.)?\s+(?i:{re.escape(words[0])})\b"
    )
    for text in [doc.headline or "", *doc.subheadings, *doc.body]:
        if surname not in text.casefold():
            continue
        for m in given_and_surname.finditer(text):
            given = m.group(1)
            if not is_role_word(given) and not same_person(f"{given} {words[0]}", name):
                return True
    return False


# A quotation in a body paragraph, or one left open to the paragraph's end.
_QUOTED = re.compile(r"“[^“”]*(?:”|\Z)|\"[^\"]*(?:\"|\Z)")
# The end of a sentence inside a quotation, or a dash between clauses: the next word
# opens one.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[”’\"]?\s+|\s(?:–|—|--)\s")


def _prose(doc: Document) -> str:
    """The body's words outside quotation marks and outside its quotes (a statement
    quoted without marks), normalised, with a space either side."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for q in doc.quotes:
        if q.kind != "reported" and q.part == "body":
            spans.setdefault(q.paragraph, []).append((q.start, q.end))
    texts = []
    for i, paragraph in enumerate(doc.body):
        pieces, at = [], 0
        for start, end in sorted(spans.get(i, [])):
            pieces.append(paragraph[at : max(at, start)])
            at = max(at, end)
        pieces.append(paragraph[at:])
        texts.append(normalise_text(_QUOTED.sub(" ", " ".join(pieces))))
    return f" {' '.join(texts)} "


def _body_speakers(
    quote: Quote, body: list[tuple[Quote, str]], prose: str = ""
) -> tuple[list[str], AttributionMethod | None, float | None] | None:
    """The speakers of the body's quotations of the same words, when they all agree and
    the body's own prose does not say them too (`Marsh told reporters the harbor can
    wait`, then the issuer quoting it back)."""
    words = normalise_text(quote.text)
    if len(words.split()) < MIN_WORDS or f" {words} " in prose:
        return None
    # A quoted title of the same words counts as a quotation of nobody's: a designation
    # (`“Major Ally”`) quoted on its own and inside a member's sentence is no one's.
    # Words the head reads as a title stand for the same words quoted whole, never for a
    # mention inside a sentence (`“The Quiet Harbors Act is overdue,” Roe said`).
    whole = quote.kind == "title"
    said = [q for q, have in body if (words == have if whole else _own_words(words, have, q.text))]
    if not said:
        return None
    names = {() if q.kind == "title" else tuple(quote_speakers(q)) for q in said}
    if len(names) != 1 or not next(iter(names)):
        return None
    first = said[0]
    return list(next(iter(names))), first.method, first.confidence


def _inner_quotation(words: str, text: str) -> bool:
    """Whether `words` (normalised) stand inside a quotation within the quotation `text`."""
    for m in _INNER.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        if words in normalise_text(inner):
            return True
    return False


def _starts(text: str) -> list[int]:
    """Where each sentence of `text` starts in its normalised words."""
    starts, at = [], 0
    for sentence in _SENTENCE_END.split(text):
        if words := normalise_text(sentence):
            starts.append(at)
            at += len(words) + 1
    return starts


def _own_words(words: str, have: str, text: str) -> bool:
    """Whether the body quotation `text` (normalised: `have`) says `words` as its own:
    opening it or a sentence in it (`The governor thinks the harbor can wait` is not
    the speaker's saying the harbor can wait), not inside a quotation of its own, nor
    right after a word reporting another's."""
    at = have.find(words)
    if at < 0 or _inner_quotation(words, text):
        return False
    if not any(have.startswith(f"{words} ", s) or have[s:] == words for s in _starts(text)):
        return False
    while at >= 0:
        # the three words before the match, nearest first
        before = have[max(0, at - 60) : at].split()[-3:][::-1]
        if before[:1] == ["that"]:
            before = before[1:]
        if before[:1] and before[0] in _REPORTED_TO:
            before = before[1:]
        if not (before[:1] and before[0] in _REPORTING):
            return True
        at = have.find(words, at + 1)
    return False


def _names_several(doc: Document, mention: str, issuer: str | None) -> bool:
    """Whether the words of `mention` name two different people the release knows."""
    names = {tuple(n) for w in mention.split() if (n := _resolved(doc, w, issuer))}
    return len(names) > 1
