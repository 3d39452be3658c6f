"""Who a quote belongs to, archive-wide: one key per person, whatever the spelling.

The parser makes a speaker's name canonical within a document (`Rep. Steve King`,
`Congressman Steve King` and `King` become `Steve King`). Across documents the same
person can still be written `Robert W. Goodlatte` in one release and `ROBERT W
GOODLATTE` in the next. `speaker_key` is the one function that says which names are one speaker:
both backends store it for every speaker and quote, and count and filter on it, so the
speaker facet is the same on both.

The rule is conservative, because a wrong merge puts one person's words in another's
mouth: a key drops only what never tells two people apart (case, accents of the same
letters, periods, hyphens and apostrophes inside a word, the spaces between initials and
between the words after a first name, a title or honorific in front of a full name). So
a member handle's `Gk Butterfield` is the releases' `G.K. Butterfield`, and `Mario
Diazbalart` is `Mario Diaz-Balart`. Middle initials are kept: `José E. Serrano` and
`José M. Serrano` are father and son, so `José Serrano` cannot be told to be either.
First names are compared as written (`Bob` and `Robert` stay two values), and a surname
alone never matches a full name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping

from .keys import facet_key
from .model import Document, Quote, normalise_text
from .transliteration import latin_name

# A quote is a confident attribution from this confidence up (the only place the
# threshold is set): an explicit cue or a continuation of a cued quote, not a pronoun
# or role noun resolved from earlier text, nor the issuer assumed by default.
CONFIDENT = 0.8

# Generational suffixes, folded → as a canonical name writes them: part of the name, they
# tell a father from his son (`Donald M. Payne, Jr.` and `Donald Payne Jr` are `… Payne
# Jr.`). The one list the parser, its patterns and the archive's spellings map read.
GENERATIONS = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
# The suffixes as text writes them after a name (a regular expression's alternation).
GENERATION_WRITTEN = "|".join(
    re.escape(g.rstrip(".")) + (r"\.?" if g.endswith(".") else "")
    for g in sorted(GENERATIONS.values(), key=len, reverse=True)
)

# Words in front of a name that are a title or honorific, not part of it.
TITLES = frozenset(
    """mr mrs ms miss mx dr sir dame rev hon honorable honourable rep representative sen
    senator congressman congresswoman gov governor mayor president chairman chairwoman
    secretary ambassador minister judge justice prof professor gen general col adm lt sgt
    us""".split()
)
# Words that make a name an organisation's ("Justice Department", "General Motors"): its
# words are all kept, a leading "Justice" or "General" included.
ORGANISATION_WORDS = frozenset(
    """department administration agency committee subcommittee commission council office
    bureau service services court motors electric company corporation corp inc llc
    association institute foundation union party house senate congress caucus coalition
    university school center centre board authority group campaign network""".split()
)
# Short forms of first names, folded, and the name each is a short form of (`Ed` for
# `Edward`, `Bob` and `Bobby` for `Robert`). The one table: the parser reads all of it
# (`importers.speakers.same_person`), the archive's spellings map only the forms that
# stand for one name (`search.speaker_aliases.SHORT_FORMS`).
FIRST_NAME_FORMS = {
    "abe": "abraham",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "bill": "william",
    "will": "william",
    "billy": "william",
    "jim": "james",
    "jimmy": "james",
    "mike": "michael",
    "dave": "david",
    "tom": "thomas",
    "tommy": "thomas",
    "ted": "edward",
    "ed": "edward",
    "eddie": "edward",
    "dick": "richard",
    "rick": "richard",
    "rich": "richard",
    "chuck": "charles",
    "charlie": "charles",
    "joe": "joseph",
    "dan": "daniel",
    "danny": "daniel",
    "pete": "peter",
    "steve": "steven",
    "ron": "ronald",
    "ken": "kenneth",
    "tim": "timothy",
    "chris": "christopher",
    "al": "albert",
    "andy": "andrew",
    "tony": "anthony",
    "greg": "gregory",
    "jeff": "jeffrey",
    "jerry": "gerald",
    "larry": "lawrence",
    "matt": "matthew",
    "nick": "nicholas",
    "pat": "patrick",
    "sam": "samuel",
    "ben": "benjamin",
    "frank": "francis",
    "fred": "frederick",
    "doug": "douglas",
    "don": "donald",
    "hal": "harold",
    "jack": "john",
    "jon": "jonathan",
    "josh": "joshua",
    "kathy": "katherine",
    "kate": "katherine",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betsy": "elizabeth",
    "sue": "susan",
    "patty": "patricia",
    "peggy": "margaret",
    "maggie": "margaret",
    "debbie": "deborah",
    "cathy": "catherine",
    "jenny": "jennifer",
    "mick": "michael",
    "randy": "randall",
    "buddy": "",
    "marty": "martin",
    "gus": "gustavus",
}
_PUNCT = re.compile(r"[.,]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
# Hyphens and apostrophes inside a name's word (`Diaz-Balart`, `O'Rourke`).
_INNER = re.compile(r"(?<=\w)['‐‑-](?=\w)")


# The same few thousand names recur through an import: each is keyed once.
@functools.lru_cache(maxsize=65_536)
def speaker_key(name: str) -> str:
    """The key that names one speaker across the archive.

    `Rep. Robert W. Goodlatte` and `ROBERT W GOODLATTE` share a key; `Robert Goodlatte`,
    `José E. Serrano` and `José M. Serrano` each have their own (middle initials are
    kept), nor do `Steve King` and `Peter King`, nor `King` and `Steve King`, nor
    `Justice Department` and `Department` (an organisation's name is kept whole).
    `Олег Степанов` and `Oleg Stepanov` share a key (`search.transliteration`), and
    `José Serrano` and `Jose Serrano` one without the accent.
    """
    # A Cyrillic name is keyed by its Latin spelling: `Олег Степанов` is `Oleg Stepanov`.
    text = facet_key(latin_name(name)).translate(_APOSTROPHES).replace("u.s.", "us ")
    # Accents come and go in English copy (`José Serrano`, `Jose Serrano`).
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = _PUNCT.sub(" ", text).split()
    if ORGANISATION_WORDS.intersection(words):
        return " ".join(words)
    words = _person_words(words)
    # A title goes only from in front of a first name and surname: "Senator Smith" is
    # not taken for anybody called Smith.
    while len(words) > 2 and words[0] in TITLES:
        words = words[1:]
    if len(words) > 2:
        # What follows the first name is written with hyphens, spaces or neither
        # (`Debbie Wasserman Schultz`, `Wasserman-Schultz`; `Chris Van Hollen`, the
        # handle's `Chris Vanhollen`): compared without them. Initials stay in it.
        words = [words[0], "".join(words[1:])]
    return " ".join(words)


def _person_words(words: list[str]) -> list[str]:
    """A person's name words as a member handle and the releases both write them.

    A handle loses what `gk_butterfield`, `mario_diazbalart` and `beto_orourke` cannot
    spell: the periods of initials, hyphens and apostrophes inside a surname. Leading
    initials stay (`D. Michael Collins` is not every Michael Collins), as middle ones do.
    """
    words = [_INNER.sub("", w) or w for w in words]
    # Initials written together or apart are one word: `G.K.`, `G. K.` and `Gk`.
    out: list[str] = []
    for k, w in enumerate(words):
        if out and len(w) == 1 and k > 0 and len(words[k - 1]) == 1 and k < len(words) - 1:
            out[-1] += w
        else:
            out.append(w)
    return out


def quote_speakers(quote: Quote) -> list[str]:
    """Every speaker a quote belongs to (a joint quote has several); none for a title."""
    if quote.kind == "title":
        return []
    names = quote.speakers or ([quote.speaker] if quote.speaker else [])
    return list(_unique(names).values())


# Head quotations compared with the body's, at most: a document of thousands of them
# (no release has one) costs no more than this many passes over its body quotes.
MAX_HEAD_REPEATS = 50


def head_repeats(doc: Document) -> dict[int, int]:
    """The head quotations that repeat a body quotation, each with the index of the first
    body quotation it repeats: its words stand whole within that quotation's, and it names
    a speaker, each of them that quotation's.

    A release's headline often quotes its body (`Roe: “We cannot wait”`, then `“We cannot
    wait,” Roe said. …`): one statement, shown in the head on the document's page but
    counted once, by its body quotation: the archive stores no quote of its own for it
    (no second hit, no second count in the speaker facet, the quote totals or a speaker's
    page). A head quotation of other words, naming another speaker or naming nobody stays
    a quote: nobody's head words may be ones the body quotation reports as another's
    (`“Vail keeps saying the harbor must close …,” Roe said`), or a word or two any
    quotation holds (`“No”`); it counts for no speaker anyway."""
    head = [
        (i, words)
        for i, q in enumerate(doc.quotes)
        if q.part != "body" and q.kind != "title" and (words := normalise_text(q.text))
    ][:MAX_HEAD_REPEATS]
    if not head:
        return {}
    body = [
        (i, f" {normalise_text(q.text)} ", {speaker_key(n) for n in quote_speakers(q)})
        for i, q in enumerate(doc.quotes)
        if q.part == "body" and q.kind != "title"
    ]
    out: dict[int, int] = {}
    for i, words in head:
        own = {speaker_key(n) for n in quote_speakers(doc.quotes[i])}
        for j, have, theirs in body:
            if own and own <= theirs and f" {words} " in have:
                out[i] = j
                break
    return out


def unstored_quotes(doc: Document) -> set[int]:
    """The quotes the archive keeps no quote entry for, on either backend: quoted titles
    (nobody's speech) and head quotations repeating a body quotation (`head_repeats`)."""
    return {i for i, q in enumerate(doc.quotes) if q.kind == "title"} | head_repeats(doc).keys()


def is_confident(quote: Quote) -> bool:
    """Whether the quote's attribution is confident (no confidence recorded: not)."""
    return quote.confidence is not None and quote.confidence >= CONFIDENT


def speaker_names(doc: Document) -> list[str]:
    """The document's speakers for the speaker facet, one name per key.

    The speakers the parser listed, then anyone a quote is attributed to that the list
    lacks (each speaker of a joint quote). Titles are nobody's quote.
    """
    names = [s.name for s in doc.speakers]
    names += [n for q in doc.quotes for n in quote_speakers(q)]
    return list(_unique(names).values())


def confident_speaker_names(doc: Document) -> list[str]:
    """The speakers of the document's confidently attributed quotes, one name per key."""
    names = [n for q in doc.quotes if is_confident(q) for n in quote_speakers(q)]
    return list(_unique(names).values())


def display_name(counts: Mapping[str, int]) -> str:
    """The spelling a merged speaker is shown by: the one that writes the most of what a
    member handle cannot (`José E. Serrano` over `Jose E. Serrano`, `G.K. Butterfield`
    over `Gk Butterfield`, `Mario Diaz-Balart` over `Mario Diazbalart`), then the most
    frequent, then the first in code-point order (the order Elasticsearch gives equal
    counts, so both backends agree).

    A spelling is preferred for what it writes only when the releases write it more than
    once and at least once for every 50 uses of the most used one: a lone `Rubén
    Gallego` beside 362 of `Ruben Gallego` is a one-off, and a rare spelling may be
    beyond the spellings Elasticsearch counts under a key.
    """
    most = max(counts.values(), default=0)

    def detail(name: str) -> int:
        n = counts[name]
        return written_detail(name) if n >= 2 and n * SPELLING_SHARE >= most else 0

    return min(counts, key=lambda n: (-detail(n), -counts[n], n))


# A better-written spelling is shown when used once for every SPELLING_SHARE uses of the
# most used one (`display_name`).
SPELLING_SHARE = 50


# What a spelling writes beyond a handle's capitalised words: the capitals that open its
# words and parts of words (`McCollum`, `Diaz-Balart`, `O’Rourke`: a word in capitals
# counts as one), each initial written with a period (`G.K.`), accented letters.
_PART_CAPITAL = re.compile(r"(?:^|(?<=[a-z’'‐‑-]))[A-Z]")
_DOTTED_INITIALS = re.compile(r"^(?:[A-Z]\.){2,}$")


def written_detail(name: str) -> int:
    """How much of a name's spelling a member handle loses: `G.K. Butterfield` over
    `Gk Butterfield`, `Diaz-Balart` over `Diazbalart`, `José` over `Jose`; `Wasserman
    Schultz` and `Wasserman-Schultz` alike."""
    score = sum(1 for c in unicodedata.normalize("NFD", name) if unicodedata.combining(c))
    for word in name.split():
        if _DOTTED_INITIALS.match(word):
            score += word.count(".")
        elif word.isupper():
            score += 1
        else:
            score += len(_PART_CAPITAL.findall(word))
    return score


def _unique(names: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name in names:
        if name and name.strip():
            out.setdefault(speaker_key(name), " ".join(name.split()))
    return out


def is_weak(method: str | None, confidence: float | None) -> bool:
    """Whether an attribution is shown as uncertain (an older parse recorded no
    confidence: shown as it always was, though confident-only search leaves it out)."""
    return confidence is not None and confidence < CONFIDENT


def attribution_label(
    method: str | None, confidence: float | None, mention: str | None = None
) -> str | None:
    """Why a weak attribution is uncertain, in words for a tooltip; None when it is not."""
    if not is_weak(method, confidence):
        return None
    if method == "resolved":
        how = f"resolved from ‘{mention}’" if mention else "resolved from earlier text"
        if mention and mention.casefold() in PRONOUNS:
            how = f"resolved from a pronoun (‘{mention}’)"
    elif method == "issuer":
        how = "no speaker is named; attributed to the issuer of the release"
    elif method == "continuation":
        how = "continues the previous quote"
    else:
        how = "named near the quote"
    return f"speaker uncertain: {how}"


PRONOUNS = frozenset("he she they him her them his hers their i we".split())
