"""One person, one speaker across the archive: spellings that name the same person.

`speakers.speaker_key` merges only what never tells two people apart, so `José E.
Serrano`, `José Serrano` and `Serrano` are three keys. Whether they are one person is
something only the whole archive can say: `José Serrano` is `José E. Serrano` when the
archive knows exactly one fuller form of that name, and no longer when `José M. Serrano`
(his father) is quoted too. So the map from a variant's key to its person's key is
computed from the archive's distinct speaker names after an import or a reparse and
stored with the archive; the speaker facet, the speaker filter and the speaker page read
it at search time.

Only unambiguous cases merge, because a wrong merge puts one person's words in
another's mouth:

- a first name and surname with no middle (`José Serrano`) is the one spelling of the
  archive that adds middle initials to the same first name and surname (`José E.
  Serrano`), quoted in two documents or more, or in one where the documents of both
  give them one post in the same years (`_one_office_held`: `Rep. Wen Dalby` beside
  `Rep. Wen F. Dalby`, not a professor `Wen F. Dalby` nor a state representative); two
  such (`José E.`, `José M.`) or a middle word that is not an initial (`Debbie Wasserman
  Schultz` beside `Debbie Schultz`) merge nothing;
- a surname alone (`Blumenthal`) is the person every one of its documents names in
  full (first name and surname side by side, only middle initials between:
  `Richard Blumenthal`), when no document names another person of the surname the
  archive quotes (`Tim Blumenthal`, however seldom) and that person is quoted in two
  documents or more. A surname alone is often a parse of something else
  (`Putnam/Northern Westchester BOCES`), and a person the archive never quotes in full
  may be meant. Where its documents name two people who share it (`Peter King`, `Steve
  King`), or the person's first name and surname are written with a generational
  suffix too, it merges nothing;
- a name with a generational suffix (`Bob Casey Jr.`) is never merged with one without
  it (father and son), and while the archive quotes it, nor are the first name and
  surname without it (`Donald Payne`, `Donald M. Payne`: the suffix is often left out),
  except where the archive's own dates say the two are written of one person: a first
  name and surname (`Tod Vail`) merge into the one suffixed spelling of them (`Tod
  Vail Jr.`, not `Sr.`) when no spelling writes a middle part without the suffix, the
  suffixed one is quoted in two documents or more and in at least a third as many as the
  bare one, and every dated document of the bare one lies within the suffixed one's
  dates (up to a year after its last, never before its first). A father quoted before
  his son took the name (`Donald Payne` in 2007, `Donald Payne Jr.` from 2013, or in
  the months before), or a son quoted while the father is quoted far more (`Donald
  Trump Jr.`), stays apart;
- a spelling whose documents give it an office (legislative: `Congressman`,
  `Senator`; executive: `Acting Secretary of the Army`) the documents of the spelling
  it would merge into never give it is another person (`Ann Holt` of the Navy, `Ann B.
  Holt` a congresswoman); where those give it no office, one holding both is refused
  (two people of a common name). (One person who changed office and is written in full
  in one of them only stays apart: a split facet value, not a misquote.)
- a first name and surname quoted in two documents or fewer merges into its fuller
  spelling only when its documents do not introduce it with another organisation than
  the fuller spelling's (`David Fay` of a Hartford theatre beside `David B. Fay` of a golf
  foundation: a common name quoted once is often a private person); an office holder, or
  a name introduced with no organisation, is compared by office alone. The name is
  found in the text as the archive writes it (`José`, `Strauß`, Cyrillic) and an
  organisation by capitals of any script;
- a first name written short (`Wm.`, `Chas.`, `Thos.`: `SHORT_FIRST_NAMES`; one that is
  a first name of its own too, `Jas`, `Geo`, `Chas`, only with its period) is that name
  written out, the rest of the name the same (`Wm. Lacy Clay`, `William Lacy Clay`), and
  merges into the person of the name written out where the archive writes it; another
  first name of the surname (`Will Vail`, `Wes Vail`) or another middle part (`William
  T. Vail`) is not that name;
- a short form of a first name (`Jim` for `James`, `Bob` and `Bobby` for `Robert`:
  `SHORT_FORMS`), the rest of the name the same, is the name written out only where the
  documents of both spellings give them one post (`Rep. Jim Vail`, `Congressman James
  Vail`; `_post`: one chamber of Congress or of a state's legislature, one executive
  title of one body); the spelling quoted less merges into the one quoted more (into the
  one written out where both are quoted as often), which is quoted in two documents or
  more. A short form quoted with no office (`Bob Kell`, a business group's chairman,
  beside the congressman `Bobby Kell`), or with another post, even one `office` calls
  executive or legislative alike (a mayor `Jim Vail` and a governor `James Vail`, a state
  senator and a senator, a company's CEO and a museum's director), may be another person
  of a common name and stays apart, as does the name of a father and a son (a suffix
  written with it anywhere in the archive, or the two spellings quoted more than a year
  apart: `Rep. Joseph Kell` in 1996, `Rep. Joe Kell` from 2015).

These two rules hold on every merge: a middle initial dropped, a surname alone, a
suffix left out, a suffixed name without its middle initial, a first name written short
or a short form of it. Names of organisations never merge.

Each person the archive writes more than one way is shown by one spelling
(`person_labels`), chosen once with the map over the whole archive, so that the facet of
any search, the speaker filter and the speaker page show the same name on both backends.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from .keys import facet_key
from .speakers import (
    FIRST_NAME_FORMS,
    GENERATIONS,
    ORGANISATION_WORDS,
    TITLES,
    display_name,
    speaker_key,
)
from .transliteration import latin_name

if TYPE_CHECKING:
    from .base import SpeakerSummary

_PUNCT = re.compile(r"[.,]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_INNER = re.compile(r"(?<=\w)['‐‑-](?=\w)")
# Generational suffixes: a father and a son share the rest of the name (the parser's, and
# spellings of them a record's own name field may hold).
SUFFIXES = frozenset(GENERATIONS).union("v 2nd 3rd".split())


def name_words(name: str) -> list[str]:
    """A name's words folded as `speaker_key` folds them, but kept apart: case, accents,
    periods and the hyphens and apostrophes inside a word dropped, a title in front
    dropped."""
    text = facet_key(latin_name(name)).translate(_APOSTROPHES).replace("u.s.", "us ")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = [_INNER.sub("", w) or w for w in _PUNCT.sub(" ", text).split()]
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return words


def _is_person(name: str, words: list[str]) -> bool:
    if not words or ORGANISATION_WORDS.intersection(words):
        return False
    # An acronym in capitals ("EPA", "NASA") is an organisation's, not a surname.
    letters = [c for c in name if c.isalpha()]
    if len(words) == 1 and len(letters) > 1 and all(c.isupper() for c in letters):
        return False
    return all(any(c.isalpha() for c in w) for w in words)


# First names written short with the letters of the name (`Wm.` for `William`), folded as
# `name_words` folds them: each is only ever that name, unlike a short form (`Will`,
# `Bill`, `Jim`), which may be a name of its own or stand for several.
SHORT_FIRST_NAMES = {
    "wm": "william",
    "chas": "charles",
    "thos": "thomas",
    "jas": "james",
    "geo": "george",
    "robt": "robert",
    "benj": "benjamin",
    "saml": "samuel",
    "jno": "john",
    "danl": "daniel",
    "richd": "richard",
    "edw": "edward",
}


def _written_short(written: str, word: str) -> bool:
    """Whether a name's first word (as written, and folded) is a first name written short
    (`SHORT_FIRST_NAMES`): one that is a first name of its own too (`Jas`, `Geo`, `Chas`)
    only with its period (`Jas.`)."""
    if word not in SHORT_FIRST_NAMES:
        return False
    return written.endswith(".") or not is_first_name(written)


# Short forms of first names that stand for one name (`FIRST_NAME_FORMS`), each → that
# name (`_short_forms`). Not `Al` (Albert, Alexander), `Chris`, `Pat`, `Steve`, `Frank` or
# `Jerry`, which stand for several or are names of their own, nor the table's others.
SHORT_FORMS = {
    short: FIRST_NAME_FORMS[short]
    for short in """bob bobby rob bill billy jim jimmy mike dave tom tommy ed dick chuck charlie
    joe dan danny pete ron ken tim andy greg jeff larry matt nick sam ben doug don hal debbie
    patty liz""".split()
}


# A fuller spelling, or the one person of a surname, stands for a person only when the
# archive quotes it in this many documents: a middle initial seen once may well be
# somebody else's (a professor `Adam L. Smith` beside the representative `Adam Smith`),
# unless both spellings hold one office in the same years (`_one_office_held`).
MIN_DOCUMENTS = 2


# A suffixed spelling stands for the person written without the suffix only when it is
# quoted at least once for every SUFFIX_SHARE documents of the bare spelling: a suffix
# the archive seldom writes beside a much-quoted bare name is another person's.
SUFFIX_SHARE = 3
# A bare name quoted in the suffixed spelling's years may start this many months before
# the suffixed spelling's first document (`_suffixed_person`).
EARLY_MONTHS = 3
# Suffixes a bare first name and surname may be a son's or grandson's spelling of; `Sr.`
# says a son of the name exists, so the bare name may be either.
_YOUNGER = SUFFIXES - {"sr"}

# A bare name quoted in this many documents or fewer merges into its fuller spelling only
# when its documents do not name it with another organisation than the fuller one's
# (`_other_affiliation`): a name quoted once is often a private person of a common name.
FEW_DOCUMENTS = 2

# Each document a key is a speaker of: its publication date (ISO) and the role the
# document gives the speaker, either unknown.
Context = Callable[[str], Iterable[tuple[str | None, str | None]]]


def alias_map(
    names: Mapping[str, int],
    texts: Callable[[str], Iterable[str]] | None = None,
    context: Context | None = None,
) -> dict[str, str]:
    """From the archive's distinct speaker names (each with the number of documents it
    is a speaker of), each variant's key → its person's key. `texts(key)` gives the
    texts of the documents a key is a speaker of (without it, no surname alone merges);
    `context(key)` each of those documents' date and the role it gives the speaker
    (without it, no bare name merges into a suffixed one, and roles are not compared).

    Keys mapped to themselves are left out; a key that is nobody's variant is its own
    person's key.
    """
    documents: dict[str, int] = defaultdict(int)
    first_names: dict[str, str] = {}
    first_words: dict[str, set[str]] = defaultdict(set)
    suffixed: set[tuple[str, str]] = set()
    # (first, surname) → the suffixed keys of it, and the suffix words they write.
    suffixed_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    suffix_words: dict[tuple[str, str], set[str]] = defaultdict(set)
    # (first, surname, suffix) → each suffixed key of it with its middle words.
    generation: dict[tuple[str, str, str], list[tuple[str, list[str]]]] = defaultdict(list)
    not_surname: set[str] = set()
    # (first, surname) → the keys of the names that write a middle part, and of those that
    # do not; surname → the keys of full names ending in it; surname-only keys.
    fuller: dict[tuple[str, str], set[str]] = defaultdict(set)
    initials_only: dict[str, bool] = {}
    bare: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_surname: dict[str, set[str]] = defaultdict(set)
    alone: dict[str, str] = {}
    # (first, surname) folded → the ways the archive's names write those two words
    # (`José`, `Şükrü`, Cyrillic), for finding the name in a document's text.
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    surnames: dict[str, str] = {}
    # Keys of names whose first name is written short (`SHORT_FIRST_NAMES`) → the key of
    # the name written out.
    written_out: dict[str, str] = {}
    # Keys of first names and surnames without a suffix → their folded words.
    person_words: dict[str, list[str]] = {}
    for written, count in names.items():
        name = " ".join(written.split())
        words = name_words(name)
        key = speaker_key(name) if name else ""
        if not _is_person(name, words):
            not_surname.add(key)  # "GAO" beside "Gao": an acronym however it is written
            continue
        documents[key] += count
        first_names.setdefault(key, name.split()[0])
        if len(words) >= 2 and _written_short(name.split()[0], words[0]):
            written_out[key] = speaker_key(" ".join([SHORT_FIRST_NAMES[words[0]], *words[1:]]))
        _note_spellings(spelled, name, words)
        if words[-1] in SUFFIXES:
            # Its own person, never merged with the name without the suffix; its surname
            # still makes a surname alone ambiguous, and its first name and surname the
            # same name without a suffix (father and son: `Donald Payne, Jr.` is often
            # written `Donald Payne`).
            if len(words) >= 3:
                surnames[key] = words[-2]
                by_surname[words[-2]].add(key)
                suffixed.add((words[0], words[-2]))
                suffixed_keys[(words[0], words[-2])].add(key)
                suffix_words[(words[0], words[-2])].add(words[-1])
                first_words[key].add(words[0])
                if len(words[0]) > 1:
                    generation[(words[0], words[-2], words[-1])].append((key, words[1:-2]))
            continue
        if len(words) == 1:
            # One written word; not a title and a surname, nor a stray mark before a
            # surname (". Smith", a parse's leftover).
            if len(name.split()) == 1:
                alone[words[0]] = key
                surnames[key] = words[0]
            # else a title and a surname ("General Cartwright"): the title may say
            # this is not the person a bare surname would be taken for.
            continue
        by_surname[words[-1]].add(key)
        surnames[key] = words[-1]
        person_words[key] = words
        first, last = words[0], words[-1]
        first_words[key].add(first)
        if len(first) == 1:
            continue  # `J. Smith`: which J. is not said
        if len(words) == 2:
            bare[(first, last)].add(key)
        else:
            fuller[(first, last)].add(key)
            middle = words[1:-1]
            initials_only[key] = initials_only.get(key, True) and all(len(w) == 1 for w in middle)
    out: dict[str, str] = {}

    def may_merge(key: str, target: str) -> bool:
        # Every merge, whatever path found it, passes the office and organisation rules.
        pair = _pair_of(key, target, first_words, surnames, spelled)
        return _agrees(key, target, pair, documents, texts, context)

    # A suffixed name without a middle initial is the one suffixed spelling that writes
    # initials between (`Tod Vail Jr.`, `Tod R. Vail Jr.`), as a name without a suffix is.
    for spellings in generation.values():
        middled = [(k, m) for k, m in spellings if m]
        if len(middled) != 1 or not all(len(w) == 1 for w in middled[0][1]):
            continue
        target = middled[0][0]
        if documents[target] < MIN_DOCUMENTS:
            continue
        for key, middle in spellings:
            if not middle and may_merge(key, target):
                out[key] = target
    for pair, keys in bare.items():
        if pair in suffixed:
            if context is not None and pair not in fuller:
                found = _suffixed_person(
                    keys, suffixed_keys[pair], suffix_words[pair], out, documents, context
                )
                out.update((k, t) for k, t in found.items() if may_merge(k, t))
            continue
        targets = fuller.get(pair, set())
        if len(targets) == 1:
            (target,) = targets
            if initials_only.get(target):
                for key in keys - {target}:
                    # Quoted once, the fuller spelling stands for the person only where
                    # both spellings hold one office in the same years.
                    quoted = documents[target] >= MIN_DOCUMENTS or (
                        context is not None and _one_office_held(context(key), context(target))
                    )
                    if quoted and may_merge(key, target):
                        out[key] = target
    # A first name written short is the name written out, into whose person it merges;
    # its own variants follow it there.
    for key, full in written_out.items():
        target = out.get(full, full)
        if key not in out and full in documents and target != key and may_merge(key, target):
            out[key] = target
    for key, target in out.items():
        while target in out:
            target = out[target]
        out[key] = target
    if context is not None:
        found = _short_forms(person_words, out, documents, suffixed, context, may_merge)
        for key, target in out.items():
            out[key] = found.get(target, target)
        out.update(found)
    # Each person's documents, summed once (a person's spellings each count).
    person_documents: dict[str, int] = defaultdict(int)
    for k, n in documents.items():
        person_documents[out.get(k, k)] += n
    for surname, key in alone.items():
        if key in not_surname or is_first_name(surname) or texts is None:
            continue  # "Robyn" alone may be somebody's first name
        # The people of the archive with the surname, each with their first names. Any
        # of them named in full in a document keeps its surname alone from another; only
        # one quoted twice or more, with a known first name, may be chosen.
        people: dict[str, set[str]] = defaultdict(set)
        for k in by_surname.get(surname, ()):
            people[out.get(k, k)].update(w for w in first_words[k] if len(w) > 1)
        weighty = {
            p
            for p in people
            if person_documents[p] >= MIN_DOCUMENTS and is_first_name(first_names.get(p, ""))
        }
        person = _named_person(texts(key), people, surname)
        if person is None or person not in weighty or person == key:
            continue
        if any((first, surname) in suffixed for first in people[person]):
            continue  # a father and a son of this name: the surname alone is either
        if may_merge(key, person):
            out[key] = person
    return out


def _short_forms(
    person_words: Mapping[str, list[str]],
    merged: Mapping[str, str],
    documents: Mapping[str, int],
    suffixed: set[tuple[str, str]],
    context: Context,
    may_merge: Callable[[str, str], bool],
) -> dict[str, str]:
    """Persons (keys `merged` maps to no other) a short form of a first name names, each →
    the person of the same name it merges into (module doc): the one of the spellings of
    the name, with the first name written out or short, quoted in the most documents,
    where both spellings' documents give them one office."""
    # (the first name written out, the rest) → the persons writing it so or short.
    groups: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for key, words in person_words.items():
        groups[(SHORT_FORMS.get(words[0], words[0]), *words[1:])].add(merged.get(key, key))
    keys_of: dict[str, list[str]] = defaultdict(list)
    for key in documents:
        keys_of[merged.get(key, key)].append(key)

    @functools.cache
    def offices(person: str) -> frozenset[str]:
        return frozenset(
            o for k in keys_of[person] for _, role in context(k) if (o := office(role))
        )

    @functools.cache
    def documents_seen(person: str) -> tuple[tuple[str | None, str | None], ...]:
        return tuple(row for k in keys_of[person] for row in context(k))

    out: dict[str, str] = {}
    for (first, *rest), persons in groups.items():
        if len(persons) < 2:
            continue
        forms = {first} | {s for s, f in SHORT_FORMS.items() if f == first}
        if any((f, rest[-1]) in suffixed for f in forms):
            continue  # a father and a son of the name: either
        held = [p for p in persons if offices(p)]
        if len(held) < 2:
            continue
        count = {p: sum(documents[k] for k in keys_of[p]) for p in held}
        target = max(sorted(held), key=lambda p: (count[p], p.split()[0] == first))
        if count[target] < MIN_DOCUMENTS:
            continue
        for person in held:
            if person != target and _one_office_held(
                documents_seen(person), documents_seen(target)
            ):
                if may_merge(person, target):
                    out[person] = target
    # A person merged in one name's spellings and chosen in another's: to the last.
    for person in list(out):
        target, seen = out[person], {person}
        while target in out and target not in seen:
            seen.add(target)
            target = out[target]
        if target == person:
            del out[person]
        else:
            out[person] = target
    return out


def _one_office_held(
    one: Iterable[tuple[str | None, str | None]], other: Iterable[tuple[str | None, str | None]]
) -> bool:
    """Whether the documents of two spellings (each its documents' date and role) give them
    one post (`_post`: not a mayor and a governor, a state senator and a senator), those
    documents dated in the same years, a year apart at most: a father and a son of a name
    in one office are quoted decades apart (whatever else either spelling is quoted for
    in the other's years), and a private person of a common name is given no office."""
    spans = [_post_spans(one), _post_spans(other)]
    return any(
        _same_post(p, q) and max(a[0], b[0]) <= _year_after(min(a[1], b[1]))
        for p, a in spans[0].items()
        for q, b in spans[1].items()
    )


def _post_spans(
    seen: Iterable[tuple[str | None, str | None]],
) -> dict[tuple[str, ...], tuple[str, str]]:
    """Each post (`_post`) the dated documents give, with the first and last of their dates."""
    dates: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for date, role in seen:
        if date and (post := _post(role)):
            dates[post].append(date[:10])
    return {post: (min(d), max(d)) for post, d in dates.items()}


# Words before a legislative title that say the legislature is a state's, not Congress.
_STATE_LEVEL = frozenset("state assembly provincial legislature".split())
_SENATE = frozenset("sen senator senators".split())
# Executive titles any organisation gives (a company's chief executive, a museum's
# director): a post only with the body written beside them (`FBI Director`).
_ANY_BODY = frozenset("ceo chief director supervisor superintendent".split())
# Words of an executive role that do not tell one post from another.
_POST_NOISE = frozenset("the of for and u s us united acting interim".split())
# Words that make another post of an executive title (`Deputy Secretary`, `Lt. Governor`,
# `Attorney General`, `Chief Judge`): two posts that differ by one are two.
_ANOTHER_POST = frozenset(
    """lt lieutenant deputy vice assistant associate under undersecretary attorney surgeon
    inspector solicitor adjutant major brigadier postmaster chief principal""".split()
)
# Words that say which of a body's posts, not which body (`Executive Director`).
_RANK = frozenset("executive managing senior general associate".split())


def _post(role: str | None) -> tuple[str, ...] | None:
    """The one post a role names, finer than `office`: a legislative one by chamber
    (house, senate, delegate) and level (a state's legislature where `State` or `Assembly`
    stands before the title), an executive one by its title and the other words written
    with it in their order (`Mayor of Corvale`: `mayor`, `corvale`). None for no office,
    a former one, or a title any organisation gives written with no body (`CEO`,
    `Executive Director`)."""
    word = _office_word(role)
    if word is None:
        return None
    words: list[str] = _ROLE_WORD.findall((role or "").casefold())
    if word in _LEGISLATIVE:
        before = words[: len(words) - 1 - words[::-1].index(word)] if word in words else words
        chamber = "senate" if word in _SENATE else "delegate" if word == "delegate" else "house"
        return ("legislative", chamber, "state" if _STATE_LEVEL & set(before) else "")
    rest = [w for w in dict.fromkeys(words) if w not in _POST_NOISE and w != word]
    if word in _ANY_BODY and not set(rest) - _RANK:
        return None
    return ("executive", word, *rest)


def _same_post(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two posts (`_post`) may be one: a legislative one the same chamber and
    level; an executive one the same title, the words written with one all written with
    the other (`Agriculture Secretary`, `Secretary of Agriculture`; `Mayor`, `Mayor of
    Corvale`; `VA Secretary`, `Secretary of Veterans Affairs`), not `Mayor of Corvale`
    and `Mayor of Tarrant`, nor two that differ by a word making another post (`Deputy
    Secretary`, `Secretary`)."""
    if one[:2] != other[:2]:
        return False
    if one[0] == "legislative":
        return one == other
    a, b = one[2:], other[2:]
    if _ANOTHER_POST & (set(a) ^ set(b)):
        return False
    if set(a) <= set(b) or set(b) <= set(a):
        return True
    # An acronym for the other's words.
    return "".join(a) == "".join(w[0] for w in b) or "".join(b) == "".join(w[0] for w in a)


def _suffixed_person(
    keys: set[str],
    suffixed: set[str],
    suffixes: set[str],
    merged: Mapping[str, str],
    documents: Mapping[str, int],
    context: Context,
) -> dict[str, str]:
    """The bare keys of a first name and surname merged into the one suffixed person of
    them (its spellings `suffixed`, merged as `merged` says), where the archive's dates
    say both are written of one person (module doc)."""
    people = {merged.get(k, k) for k in suffixed}
    if len(people) != 1 or not suffixes <= _YOUNGER:
        return {}
    (target,) = people
    written = sum(documents[k] for k in suffixed)
    if written < MIN_DOCUMENTS:
        return {}
    suffixed_seen = [(d, role) for k in suffixed for d, role in context(k)]
    dates = sorted(d for d, _ in suffixed_seen if d)
    if not dates:
        return {}
    # Not before the suffixed name's first date (a father quoted the year before his son
    # is his own person); a year after its last (the suffix is often left out later on).
    # The archive's first suffixed document only bounds when the suffix began to be
    # written: a bare name also quoted in those years may start up to EARLY_MONTHS
    # before it (`Bill Pascrell` two months before `Bill Pascrell Jr.`); a father's
    # documents all lie before the son's. Those early documents must each give a role and
    # one of them the suffixed spellings' office or role (`Bill Pascrell`, a congressman,
    # before `Bill Pascrell Jr.`, one): a father quoted weeks before his son succeeds him
    # is written of the same way, and nothing else tells the two apart.
    low, high = dates[0][:10], _year_after(dates[-1])
    early = _months_before(low, EARLY_MONTHS)
    roles = [role for _, role in suffixed_seen]
    out: dict[str, str] = {}
    for key in keys:
        if documents[key] > SUFFIX_SHARE * written:
            continue
        seen = [(d[:10], role) for d, role in context(key) if d]
        if not seen or not all(d <= high for d, _ in seen):
            continue
        before = [role for d, role in seen if d < low]
        if not before or (
            all(early <= d for d, _ in seen)
            and any(low <= d for d, _ in seen)
            and all(before)
            and any(_shared_role(role, roles) for role in before)
        ):
            out[key] = target
    return out


def _shared_role(role: str | None, roles: Iterable[str | None]) -> bool:
    """Whether `role` gives the office one of `roles` gives, or is written within one of
    them (`Judiciary Committee Chairman` in `House Judiciary Committee Chairman`)."""
    held = office(role)
    words = set(_ROLE_WORD.findall((role or "").casefold()))
    for other in roles:
        if held is not None and office(other) == held:
            return True
        if words and words <= set(_ROLE_WORD.findall((other or "").casefold())):
            return True
    return False


def _months_before(date: str, months: int) -> str:
    year, month = int(date[:4]), int(date[5:7]) - months
    while month < 1:
        year, month = year - 1, month + 12
    return f"{year:04d}-{month:02d}{date[7:10]}"


def _note_spellings(spelled: dict[tuple[str, str], set[str]], name: str, words: list[str]) -> None:
    """Note how `name` writes the first and last of its folded words (`words`)."""
    written = [w.strip(".,") for w in name.split()]
    if len(words) < 2:
        return
    folded = {w: name_words(w) for w in written}
    first = next((w for w in written if folded[w] == [words[0]]), None)
    last = next((w for w in reversed(written) if folded[w] == [words[-1]]), None)
    if words[-1] in SUFFIXES and len(words) >= 3:
        last = next((w for w in reversed(written) if folded[w] == [words[-2]]), None)
        pair = (words[0], words[-2])
    else:
        pair = (words[0], words[-1])
    spelled[pair].update(w for w in (first, last) if w)


def _pair_of(
    key: str,
    target: str,
    first_words: Mapping[str, set[str]],
    surnames: Mapping[str, str],
    spelled: Mapping[tuple[str, str], set[str]],
) -> tuple[set[str], set[str]]:
    """The ways the archive writes the first name and the surname of a merge's target
    (folded and as written), for finding them in its documents' texts."""
    both = first_words.get(target, set()) | first_words.get(key, set())
    firsts = sorted(w for w in both if len(w) > 1)
    last = surnames.get(target, surnames.get(key, ""))
    first_forms: set[str] = set(firsts)
    last_forms: set[str] = {last} if last else set()
    for first in firsts:
        for w in spelled.get((first, last), ()):
            (first_forms if name_words(w) == [first] else last_forms).add(w)
    return first_forms, last_forms


def _agrees(
    key: str,
    target: str,
    pair: tuple[set[str], set[str]],
    documents: Mapping[str, int],
    texts: Callable[[str], Iterable[str]] | None,
    context: Context | None,
) -> bool:
    """Whether a spelling may merge into its person's by the rules every merge passes:
    the offices its documents give it (`_one_office`) and, quoted in few documents, the
    organisation they introduce it with (`_other_affiliation`)."""
    if context is not None and not _one_office(context(key), context(target)):
        return False
    if texts is not None and documents[key] <= FEW_DOCUMENTS and all(pair):
        return not _other_affiliation(texts(key), texts(target), pair)
    return True


def _year_after(date: str) -> str:
    return f"{int(date[:4]) + 1:04d}{date[4:10]}"


# Offices a role names, by the word of it nearest the name (`Congressman John B. Larson
# Governor` is a governor's role parsed with a name in it). A trade representative is an
# executive office whatever its last word, a resident commissioner a legislative one.
_LEGISLATIVE = frozenset(
    """rep reps representative representatives congressman congresswoman congressmen
    congresswomen congressmember sen senator senators delegate""".split()
)
_EXECUTIVE = frozenset(
    """secretary undersecretary administrator director commissioner ambassador general
    admiral governor mayor chief ceo supervisor superintendent sheriff judge justice""".split()
)
# Executive offices a member of Congress is appointed to (a cabinet secretary, an agency's
# administrator, an ambassador, the trade representative): the only change of office
# that may join two spellings. A mayor, sheriff, judge or chief is a local office any
# other person of the name may have held before or after.
_APPOINTED = frozenset("secretary undersecretary administrator ambassador trade".split())
_ROLE_WORD = re.compile(r"[^\W\d_]+")
# A body's chair or member: the words before it say what the body is, not an office.
_BODIES = frozenset("committee subcommittee caucus".split())


def office(role: str | None) -> str | None:
    """ "legislative" or "executive" for a role that names such an office (the word nearest
    the name decides), None for any other or none; a former office is none."""
    word = _office_word(role)
    if word is None:
        return None
    return "legislative" if word in _LEGISLATIVE else "executive"


def _office_word(role: str | None) -> str | None:
    """The word of a role that names its office (`office`), None for none."""
    words: list[str] = _ROLE_WORD.findall((role or "").casefold())
    if "former" in words:
        return None
    if "trade" in words and "representative" in words:
        return "trade"
    if "resident" in words and "commissioner" in words:
        return "delegate"  # Puerto Rico's member of the House
    k = len(words)
    while k > 0:
        k -= 1
        word = words[k]
        if word in _LEGISLATIVE or word in _EXECUTIVE:
            return word
        if word in _BODIES:
            # `Justice Committee Chairman`: the words before name the body, up to an
            # `and` joining another role (`Congressman and Budget Committee Chairman`).
            while k > 0 and words[k - 1] != "and":
                k -= 1
    return None


def _one_office(
    bare: Iterable[tuple[str | None, str | None]], fuller: Iterable[tuple[str | None, str | None]]
) -> bool:
    """Whether a bare name's documents and its fuller spelling's may be of one person by
    the offices they give it: every office the bare name's documents give it is one the
    fuller spelling's give it too (`Ann Holt` an acting secretary of the Navy, `Ann B.
    Holt` a congresswoman: two people). Where the fuller spelling's documents name no
    office, only a bare name holding both offices is refused (two people of a common
    name); one holding one office is compared by organisation (`_other_affiliation`).

    One person who moved from one office to the other (`John Kerry`, a senator, then the
    secretary of state) passes too (`_one_change_of_office`)."""
    bare, fuller = list(bare), list(fuller)
    held = {office(role) for _, role in bare} - {None}
    known = {office(role) for _, role in fuller} - {None}
    if (len(held) < 2) if not known else held <= known:
        return True
    return _one_change_of_office(bare + fuller)


# Documents of each office a change of office needs (`_one_change_of_office`): one
# document's role may be another person's of the name, or a parse's slip.
CHANGE_DOCUMENTS = 2


def _one_change_of_office(seen: Iterable[tuple[str | None, str | None]]) -> bool:
    """Whether the dated documents of a person's spellings give a member of Congress
    appointed to an executive office (`_APPOINTED`): every legislative document dated
    before every executive one, each office given in CHANGE_DOCUMENTS documents or more.
    Two people of a common name holding the offices in the same years (`Patrick Murphy`,
    a congressman, `Patrick Murphy`, acting secretary of the Army, in the same months) do
    not, nor a mayor or sheriff of the name before a congressman of it: two documents
    per office in time order are true of any two people whose careers do not overlap."""
    dated: dict[str, list[str]] = defaultdict(list)
    for date, role in seen:
        word = _office_word(role)
        if word is not None:
            if not date:
                return False  # an office with no date: nothing orders it
            if word not in _LEGISLATIVE and word not in _APPOINTED:
                return False  # a local or state office: nothing links the careers
            dated["legislative" if word in _LEGISLATIVE else "executive"].append(date[:10])
    legislative, executive = dated.get("legislative", []), dated.get("executive", [])
    if len(dated) != 2 or min(len(legislative), len(executive)) < CHANGE_DOCUMENTS:
        return False
    return max(legislative) < min(executive)


def _named_person(texts: Iterable[str], people: Mapping[str, set[str]], surname: str) -> str | None:
    """The one person a surname alone stands for in its documents: named in full (first
    name and surname) in every one of them, and no other person of the surname named in
    any."""
    found: str | None = None
    for text in texts:
        words = _text_words(text)  # once per text, not once per person
        named = {p for p, firsts in people.items() if _names_in_words(words, firsts, surname)}
        if len(named) != 1:
            return None
        (person,) = named
        if found is not None and person != found:
            return None
        found = person
    return found


# Around a name: up to the quotation marks on either side, at most this many characters.
_AROUND = 150
_QUOTE_MARKS = re.compile(r"[“”\"]")
# Capital letters of every script in the Basic Multilingual Plane (`re` has no \p{Lu}):
# an organisation is written `Çukurova Üniversitesi` or `Газпром` as well.
_UPPER = "[" + "".join(re.escape(chr(c)) for c in range(0x10000) if chr(c).isupper()) + "]"
_CAPITALISED = re.compile(
    rf"{_UPPER}[\w'’&.-]*(?:\s+(?:of|for|and|the|on|&)?\s*{_UPPER}[\w'’&.-]*)*"
)
# Words that say what a person does, not where: they never tell two people apart.
_ROLE_WORDS = TITLES | frozenset(
    """executive director directors chair chairs vice senior deputy assistant associate
    acting interim chief officer ceo coo cfo founder cofounder co-founder head manager
    counsel legal legislative policy affairs government public national international
    state federal board member members partner principal owner staff commander
    the a an of for and on in at to said says according he she his her this that these
    we our it its as with from by who was is also today statement
    january february march april may june july august september october november december
    mr mrs ms dr jr sr""".split()
)
_OFFICE_WORDS = frozenset(
    """rep representative congressman congresswoman sen senator gov governor mayor
    assembly assemblyman assemblywoman assemblymember delegate councilman councilwoman
    councilmember""".split()
)
# Texts of the fuller spelling read for its organisations (the first, in id order).
_FULLER_TEXTS = 20


def _either(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


def _fold(word: str) -> str:
    """A word with case and accents dropped (`José`, `jose`), its script kept."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


def _affiliations(
    texts: Iterable[str], firsts: set[str], lasts: set[str], limit: int = 0
) -> set[str]:
    """The words (folded) and acronyms of the capitalised phrases around each place a text
    names a first name and a surname (each as the archive's names write it, accents and
    other scripts kept, or folded; middle initials between), up to the quotation marks on
    either side: the organisation a quoted person is introduced with. Name and role words
    left out."""
    name = re.compile(
        rf"(?<!\w)(?:{_either(firsts)})(?!\w)(?:\s+{_UPPER}\.?)*\s+(?:{_either(lasts)})(?!\w)",
        re.IGNORECASE,
    )
    own = {_fold(w) for w in firsts | lasts}
    found: set[str] = set()
    for n, text in enumerate(texts):
        if limit and n >= limit:
            break
        for m in name.finditer(text):
            before = text[max(0, m.start() - _AROUND) : m.start()]
            after = text[m.end() : m.end() + _AROUND]
            marks = list(_QUOTE_MARKS.finditer(before))
            before = before[marks[-1].end() :] if marks else before
            mark = _QUOTE_MARKS.search(after)
            after = after[: mark.start()] if mark else after
            for phrase in _CAPITALISED.findall(f"{before} {after}"):
                words = [w for w in re.split(r"[^\w&]+", phrase.lower()) if w]
                kept = [
                    w
                    for w in words
                    if (w in _OFFICE_WORDS or w not in _ROLE_WORDS) and _fold(w) not in own
                ]
                found.update(_fold(w) for w in kept)
                initials = "".join(w[0] for w in words if w not in ("of", "for", "and", "the"))
                if len(initials) >= 3:
                    found.add(initials)  # `National Shooting Sports Foundation`: `nssf`
    return found


def _other_affiliation(
    bare_texts: Iterable[str], fuller_texts: Iterable[str], pair: tuple[set[str], set[str]]
) -> bool:
    """Whether the bare name's documents introduce it with an organisation and the fuller
    spelling's with organisations, none the same (`David Fay` of a Hartford theatre,
    `David B. Fay` of a golf foundation): then they may be two people. Without an
    organisation on either side, nothing tells them apart."""
    firsts, lasts = pair
    bare = _affiliations(bare_texts, firsts, lasts)
    if not bare or bare & _OFFICE_WORDS:
        # An office holder (`Rep. Kendrick Meek (FL-17)`, `Assembly Member Joseph Lentol`):
        # the office, not an organisation, says who; `_one_office` compares those.
        return False
    fuller = _affiliations(fuller_texts, firsts, lasts, _FULLER_TEXTS)
    return bool(fuller) and not bare & fuller


_POSSESSIVE = re.compile(r"'s\b")
# A word, or a break a name never runs across: a comma, a semicolon, a colon, a dash, a
# period that ends a sentence (a period after one letter is an initial's).
_TOKENS = re.compile(r"[^\W\d_]+|[,;:!?()\u2013\u2014]|\.")
_BREAK = "|"


def _text_words(text: str) -> list[str]:
    """A text's words folded as `name_words` folds a name's, with `_BREAK` where
    punctuation a name never holds stands between two words."""
    text = facet_key(text).translate(_APOSTROPHES)
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    out: list[str] = []
    for token in _TOKENS.findall(_INNER.sub("", _POSSESSIVE.sub("", text))):
        if token == ".":
            if out and len(out[-1]) == 1:
                continue  # "Adam H. Putnam": an initial's period
            token = _BREAK
        if token.isalpha():
            out.append(token)
        elif out and out[-1] != _BREAK:
            out.append(_BREAK)
    return out


def _names_in_words(words: list[str], firsts: set[str], surname: str) -> bool:
    """Whether a text's words (`_text_words`) write one of the first names and the
    surname next to each other, only middle initials between them (`Adam Putnam`, `Adam
    H. Putnam`), with no comma or sentence end between (`We thank Adam. Putnam said`)."""
    for k, word in enumerate(words):
        if word != surname:
            continue
        j = k - 1
        while j >= 0 and len(words[j]) == 1 and words[j] != _BREAK and k - j <= 3:
            j -= 1  # middle initials
        if j >= 0 and words[j] in firsts:
            return True
    return False


@functools.cache
def _gender_detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gg

    return gg.Detector(case_sensitive=False)


def is_first_name(word: str) -> bool:
    """Whether the lexicon of first names (`gender-guesser`) knows the word as one."""
    word = word.strip(".,")
    if len(word) < 2:
        return False
    return bool(_gender_detector().get_gender(word) != "unknown")


def variants(aliases: Mapping[str, str], key: str, people: Mapping[str, list[str]]) -> list[str]:
    """Every key of the person `key` names: the person's own key first, then its variants
    (`people`: the map's `people_of`, kept with it)."""
    person = aliases.get(key, key)
    return [person, *people.get(person, [])]


def people_of(aliases: Mapping[str, str]) -> dict[str, list[str]]:
    """Each merged person's key → the keys of its variants, sorted."""
    people: dict[str, list[str]] = defaultdict(list)
    for alias, person in sorted(aliases.items()):
        people[person].append(alias)
    return dict(people)


def person_labels(names: Mapping[str, int], aliases: Mapping[str, str]) -> dict[str, str]:
    """Each person's key → the one spelling the person is shown by everywhere (facet,
    speaker filter, speaker page, on both backends), for every person the archive writes
    more than one way: `display_name` of all the person's spellings, each counted by the
    documents of the whole archive it is a speaker of (`names`, as for `alias_map`).

    Chosen once for the archive when the map is computed, so a person's label does not
    depend on which documents a search shows, nor on how the archive was imported (one
    batch or several); the speaker page counts the same way, so it shows the same name."""
    spelled: dict[str, dict[str, int]] = defaultdict(dict)
    for name, count in names.items():
        key = speaker_key(name)
        spelled[aliases.get(key, key)][name] = count
    return {p: display_name(c) for p, c in sorted(spelled.items()) if len(c) > 1}


def shown_by_label(summary: SpeakerSummary, label: str | None) -> SpeakerSummary:
    """A speaker page's summary shown by the person's stored label (`person_labels`), so
    that the page names the person as the facet does, also before the map is computed
    again after an import; the name it would show otherwise becomes a variant."""
    spellings = [summary.name, *summary.variants]
    if label is None or label == summary.name or label not in spellings:
        return summary
    variants = [s for s in spellings if s != label]
    return dataclasses.replace(summary, name=label, variants=variants)


def person_rows(
    rows: Iterable[tuple[str, str, str | None]],
    aliases: Mapping[str, str],
    labels: Mapping[str, str] | None = None,
) -> list[tuple[str, str, str]]:
    """Facet rows of (key, spelling, comma-separated row ids) with the spellings of one
    person under the person's key, each row id kept once per person (a document naming
    `Wen Dalby` and `Wen J. Dalby` counts once for the person). A person with a label
    (`person_labels`) has one row, under the label. Without one (a spelling the stored
    labels do not know yet), under the spelling `display_name` shows the person by,
    counted with every row it has, so that it stays the one shown, as Elasticsearch
    counts it."""
    people: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, spelling, ids in rows:
        people[aliases.get(key, key)].append((spelling, ids or ""))
    out: list[tuple[str, str, str]] = []
    for person, pairs in people.items():
        label = labels.get(person) if labels else None
        if label is not None and any(spelling == label for spelling, _ in pairs):
            # Only a spelling the archive's documents still write (after deletions the
            # stored label may be none of them, until the map is computed again).
            every = dict.fromkeys(i for _, ids in pairs for i in ids.split(",") if i)
            out.append((person, label, ",".join(every)))
            continue
        if len(pairs) == 1:
            out.append((person, *pairs[0]))
            continue
        counts = {spelling: len([i for i in ids.split(",") if i]) for spelling, ids in pairs}
        shown = display_name(counts)
        seen: set[str] = set()
        for spelling, ids in sorted(pairs, key=lambda p: (p[0] != shown, p[0])):
            fresh = [i for i in ids.split(",") if i and i not in seen]
            seen.update(fresh)
            if fresh:
                out.append((person, spelling, ",".join(fresh)))
    return out
