"""Who is speaking: names, roles, organisations and what a pronoun refers to.

`SpeakerBook` collects every person or organisation named in an article (outside
quotation marks), splits a role off a name (`Russian Ambassador in Ottawa Oleg
Stepanov`), resolves short forms (`Stepanov`), pronouns (`he`) and role nouns
(`the envoy`) to the most recent compatible entity, and builds the `Speaker` list.
Whether words are a person's or an organisation's name at all is `importers.names`'
call; `speaker_names` gives the canonical speakers a quote may carry (none for a place,
a bill, an unresolved role noun; each person of a joint statement).
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from importers import names as N
from importers.places import country_names, is_city_name, is_known, region
from importers.quote_patterns import (
    CUE_WORD,
    DOCUMENT_NOUNS,
    LABEL_NAME,
    LABEL_REACH,
    MEMBER_TAG,
    MEMBER_TAG_OPEN,
    ORG_NOUNS,
    PERSON_NOUNS,
    SPEAKER_LABEL_BEFORE,
    cue_unread_after,
)
from importers.sentences import sentence_ends
from importers.text_patterns import (
    DAY_WORDS,
    KNOWN_AGENCIES,
    MONTH_NAMES,
    NUMBER_WORDS,
    US_STATES,
    WEEKDAY_NAMES,
)
from search.model import Document, Quote, Speaker
from search.speakers import FIRST_NAME_FORMS, speaker_key

# -- word lists ---------------------------------------------------------------

# Words that head a role or title; a name following them is the person's name.
ROLE_HEADS = frozenset(
    """ambassador consul envoy minister president senator sen sen. rep rep. representative gov gov.
    governor secretary spokesman spokeswoman spokesperson chairman chairwoman chair director
    mayor judge justice chief speaker leader congressman congresswoman attorney general
    commissioner chancellor ceo founder adviser advisor manager officer deputy vice premier
    king queen prince pope sheriff lt. lt col. col. gen. gen adm. sgt. candidate nominee
    head correspondent analyst professor prof. dr. dr editor reporter anchor host strategist
    pollster chairperson coordinator counsel aide strategist treasurer economist
    executive partner lawyer owner official""".split()
)
# Honorifics that are not part of a canonical name.
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame rev rev.".split())
# The common-noun heads that can stand for a speaker, PERSON_NOUNS and ORG_NOUNS, are
# `importers.quote_patterns`' (its phrase patterns are built from them).
# Words whose presence makes a capitalised name an organisation.
ORG_WORDS = frozenset(
    """ministry department committee campaign party office council commission agency
    administration court embassy government times post news journal network institute
    university union association board bureau service foundation company corporation corp
    corp. inc inc. group kremlin pentagon house senate congress fbi cia nato un eu police
    press tribune herald guardian reuters ap cnn nbc abc cbs fox msnbc bbc sputnik tass
    gazette magazine daily review center centre coalition caucus club fund trust bank
    republicans democrats gop dnc rnc""".split()
)
# Capitals and countries that stand for their governments ("Moscow says").
PLACES = frozenset(
    """moscow washington beijing kyiv kiev ottawa london paris berlin tokyo tehran damascus
    ankara brussels minsk warsaw jerusalem pyongyang seoul delhi islamabad kabul baghdad
    havana caracas canberra rome madrid riyadh cairo russia ukraine china canada america
    britain france germany japan iran iraq syria turkey israel india pakistan mexico""".split()
)
MALE = frozenset(
    """adam alan albert alex alexander alexei andrew anthony antonin barack ben benjamin bernie
    bill bob bobby brad brian bruce carl charles charlie chris christopher chuck corey dan
    daniel david dennis dmitry don donald doug douglas ed edward eric frank fred gary george
    gerald greg harry henry ivan jack jacob james jared jason jeb jeff jeffrey jerry jesse
    jim jimmy joe john jon jonathan joseph josh justin keith ken kevin larry lindsey mark
    marco martin matt matthew michael mike mitch newt nick oleg patrick paul peter ralph rand
    reince richard rick rob robert roger ron ronald rudy rudolph russell ryan sam scott sean
    sergei sergey stephen steve steven ted thomas tim tom tony vladimir walter william""".split()
)
FEMALE = frozenset(
    """abigail alice amanda amy angela ann anna anne barbara betsy carly caroline catherine
    chelsea christine claire debbie deborah diane donna elizabeth ellen emily hillary hope
    huma jane janet jennifer jill joan julia julie karen kate katie katrina kellyanne kelly
    laura linda lisa loretta maria marie martha mary megyn melania melanie michelle monica
    nancy nicole nikki patricia rachel rebecca sarah sharon sheryl stephanie susan susana
    tammy teresa theresa tulsi valerie""".split()
)
FIRST_NAMES = MALE | FEMALE
# Person nouns in the plural: a group, never one person named earlier.
_PLURAL_PERSON_NOUNS = frozenset(
    """sources officials aides experts voters supporters protesters critics democrats
    republicans activists residents students""".split()
)
PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
MALE_NOUNS = frozenset("man businessman congressman chairman spokesman father king".split())
FEMALE_NOUNS = frozenset(
    "woman businesswoman congresswoman chairwoman spokeswoman mother queen".split()
)
TITLE_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}
_NOUN_SEX = {**dict.fromkeys(MALE_NOUNS, "m"), **dict.fromkeys(FEMALE_NOUNS, "f")}
# Title and role words that say a person's sex, which the document gives and which
# therefore outweigh the first-name lexicon (`Congresswoman Ilhan Omar`, `Congressman
# Ami Bera`). `Chairman`, `Spokesman` and `Alderman` are left out: women hold them by
# those words too (`Chairman Lisa Murkowski`).
SEX_WORDS = {
    **TITLE_GENDER,
    **dict.fromkeys(
        """miss madam madame congresswoman chairwoman councilwoman assemblywoman
        spokeswoman businesswoman""".split(),
        "f",
    ),
    **dict.fromkeys("congressman councilman assemblyman".split(), "m"),
}

# Capitalised words that open sentences rather than names.
NOT_NAME = (
    N.SENTENCE_OPENERS
    # Titles written before a name, without their full stop.
    | frozenset("mr mrs ms dr sen rep gov".split())
) | frozenset(
    # Adverbs of time and place that open a sentence before its subject (`Afterward
    # Lind said`, `Likewise Holt added`); none is a person's first name.
    "afterward afterwards overnight tonight thereafter likewise elsewhere".split()
)
# An auxiliary opening a question (`Have Treasury officials answered?`) is no part of the
# name after it; `Will` is left out, a first name as often. Others are first names too
# (`said Can Dogan`): one is dropped only where it opens a question (see
# `SpeakerBook._opens_question`).
_AUXILIARIES = frozenset("have has had do does did is are was were should would could can".split())
_NEVER_NAMES = NOT_NAME | HONORIFICS
CONNECTORS = frozenset("of in to for the and de la van von der al bin".split())
# The end of a sentence: a question's mark or a full stop or exclamation mark.
_QUESTION_OR_END = re.compile(r"[?!]|\.(?=\s|$)")

# How far (in encoded positions: paragraph * STRIDE + offset) a pronoun looks past
# a name of unknown gender for one whose gender is known to fit.
PRONOUN_REACH = 1 << 40  # one paragraph: `importers.quotes.STRIDE`

NAME_TOKEN = re.compile(r"[A-Z][\w’'.-]*\w\.?|[A-Z]\.")


@dataclass
class Entity:
    """One person or organisation, with the ways the article refers to it."""

    name: str
    kind: str = "person"
    role: str | None = None
    gender: str | None = None
    aliases: list[str] = field(default_factory=list)
    quoted: bool = False
    # Seen with a title or role in front ("Rep. Holt", "Mayor Ann Holt").
    titled: bool = False
    # The seat a title written before the name gives (`Rep.`, `Senator`): "house",
    # "senate" or "governor".
    office: str | None = None
    # The people of a joint mention ("Senators Amy Holt and Al Varga"); such an entity
    # is not kept in the book, its members are.
    members: list[Entity] = field(default_factory=list)
    # How often the article names it outside quotation marks.
    mentions: int = 0
    # The sexes the document's own titles give it (`Congresswoman`, `Mr.`): one of
    # them outweighs the first-name lexicon's guess; two say nothing.
    said: frozenset[str] = frozenset()
    # Named with a publication's noun (`Locus magazine writes`): an organisation by the
    # text's own word, whatever the shape of its name.
    publication: bool = False
    # A first name alone, where the document also names a person in full with it.
    namesakes: bool = False
    # Named first with an honorific of a calling (`Dr. Roe`): a later `Judge Tod Roe` is
    # not known to be them.
    honoured: bool = False

    def say_gender(self, sex: str) -> None:
        """The document titles this person as a man or a woman (`m`/`f`). It corrects
        a gender the lexicon guessed; a name the lexicon does not know stays of unknown
        gender, as the rules that prefer the last sentence's subject of unknown gender
        to an earlier known man were measured with (`Congressman Alcee Hastings …
        Pastor Youcef Nadarkhani. Additionally, he sent`: Hastings)."""
        self.said = self.said | {sex}
        if len(self.said) > 1:
            self.gender = None
        elif self.gender is not None:
            self.gender = sex

    def add_alias(self, mention: str) -> None:
        # "Prime Minister Justin Trudeau" is the name with its role, not another alias.
        if mention and self.name not in mention and mention not in self.aliases:
            self.aliases.append(mention)

    def to_speaker(self) -> Speaker:
        return Speaker(
            name=self.name,
            role=self.role,
            aliases=list(self.aliases),
            kind="organization" if self.kind == "organization" else "person",
        )


def _clean(word: str) -> str:
    return word.lower().strip(".,’'")


# A preposition right before a name run (its title words allowed between): the name is
# an object of the sentence, `wrote to Dr. Ivo Roth`, `toured the site with Sheriff …`.
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|with|from|for|by|about|against|toward|towards|alongside|honoring|honor)\s+"
    r"(?:(?:the|[A-Z][\w’'.-]*)\s+){0,4}$"
)


# A role that ends in the preposition before its body's name: `Director of the`.
_ROLE_OF = re.compile(r"\s(?:of|at|for)(?:\s+the)?(?:\s+[A-Z][\w’'&.-]*)?$")
_WORD = re.compile(r"\S+")
# `Dear Director Ann Roth:`, `Dear Chairman Brandt,`: a letter's salutation.
_SALUTATION = re.compile(r"Dear(?:\s+[A-Z][\w’'.-]*){1,5}\s*[:,]")
# Words that make `Dear …` a noun phrase (`her Dear Colleague`), not a greeting.
_DETERMINERS = frozenset("a an the her his their our my your its this that".split())
# How far back a sentence's start is looked for.
_SENTENCE_REACH = 600


# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr sen sens rep reps gov gen lt col st jr sr inc corp co no vs
    rev prof sgt adm brig maj capt ft mt jan feb aug sept sep oct nov dec u.s u.n u.k
    d.c""".split()
)
# Titles written short before a name that may also end a sentence as a word of their own
# (`Del.` is Delaware's too): read as a title only before a capitalised word.
TITLE_ABBREVIATIONS = frozenset("del atty supt cmdr amb asst".split())


# Last words of a place named after a person (`Lincoln Memorial`, `Reagan National
# Airport`), which no person's name ends with and which never speaks.
_LANDMARK_ENDS = frozenset(
    "memorial monument cemetery highway courthouse airport terminal stadium arena plaza".split()
)


_POSSESSIVE_END = re.compile(r"[’']s$")


# Lower-case words a role after an owner's possessive may hold (`aide`, `chief of staff`,
# `campaign spokesman`): every one a role's word, `of` only inside.
_OWNED_ROLE_WORDS = frozenset(
    """spokesman spokeswoman spokesperson campaign manager chairman chairwoman adviser
    advisor aide strategist director secretary chief staff press communications senior
    policy deputy political pollster of""".split()
)


def _held_by_owner(tail: list[str]) -> bool:
    """Whether the words after an owner's possessive are a role and then a person's name
    (`aide Ben Fisk`, `chief of staff Ann Roe`): the role's words all lower-case role
    words, none of them first or last `of`, and a known first name or an initial after."""
    k = next((i for i, w in enumerate(tail) if not w.islower()), len(tail))
    role = tail[:k]
    if not role or k == len(tail) or "of" in (role[0], role[-1]):
        return False
    return all(w in _OWNED_ROLE_WORDS for w in role) and N.person_evidence(tail[k:])


def _kin_named_in_full(tail: list[str]) -> bool:
    """Whether the words after an owner's possessive are one kin noun and then a full
    name with no comma between (`father Tod Vail`): the name is the relative's. A first
    name alone (`father Tod`) may be another person of that name, so it is none."""
    name = tail[1:]
    return (
        len(name) >= 2
        and tail[0] in N.CLOSE_KIN
        and not any(_POSSESSIVE_END.search(w) for w in name)
        and N.first_name_gender(name[0]) is not None
        and N.person_shape(name)
    )


def _ends_sentence(word: str, after: str = "") -> bool:
    """A word whose full stop ends a sentence: "Mexico." but not "Sen." or "J.". Given
    the word `after` it: no full stop before a lower-case word ends one (`of Salem, Ore.
    said`), nor a title's abbreviation before a capitalised word (`state Del. Ann Holt`)."""
    if not word.endswith(".") or len(word) <= 2:
        return False
    stem = word[:-1].lower()
    # `said Asst. Sec. Tod Vail.`: an office's short form too (`OFFICE_ABBREVIATIONS`).
    title = stem in TITLE_ABBREVIATIONS or stem in OFFICE_ABBREVIATIONS
    if after[:1].islower() or (after[:1].isupper() and title):
        return False
    # `Wm. Lacy Clay`: a given name's abbreviation opens a name, it ends no sentence.
    return stem not in _ABBREVIATIONS and stem not in _NAME_ABBREVIATIONS and "." not in stem


def is_org_name(words: list[str]) -> bool:
    """A capitalised phrase naming an organisation or a government by its capital."""
    return N.org_shape(words) or N.is_capital(words) or N.is_acronym(words)


def split_role(words: list[str]) -> tuple[str | None, list[str]]:
    """Split `Russian Ambassador in Ottawa Oleg Stepanov` into role and name words."""
    return N.split_role(words)


def gender_of(words: list[str], title: str | None = None) -> str | None:
    if title and title.lower() in TITLE_GENDER:
        return TITLE_GENDER[title.lower()]
    first = words[0].lower() if words else ""
    if first in MALE:
        return "m"
    if first in FEMALE:
        return "f"
    found = N.first_name_gender(words[0]) if words else None
    return found if found in ("m", "f") else None


def _rank(role: str) -> bool:
    """`role` ends with a rank or the bench (`Lieutenant General`, `Judge`)."""
    words = role.lower().split()
    return bool(words) and words[-1] in N.RANKS


def rank_apart(
    speakers: list[Speaker],
    quotes: list[Quote],
    named: list[str],
    roles: dict[str, str | None] | None = None,
    text: str = "",
) -> None:
    """`General Tobin`, `Judge Alder`: a rank or the bench the first-name lexicon also
    lists, kept before a surname alone, becomes the role, and the speaker is the surname,
    unless the document names another person of that surname (`named`: every person it
    names), whose surname alone would then name two people. Where it names one and gives
    them that rank or the bench (`roles`: each named person's role, `"?"` for a title
    alone, or an appositive after the full name in `text`), the rank names that person
    (`Lena Roth, a county judge, … Judge Roth`); a namesake given no role (`The
    defendant, Lena Roth`) or quoted under the full name without it is no evidence, and
    `Judge Roth` stays apart."""
    surnames: dict[str, set[str]] = {}
    for name in [*named, *(s.name for s in speakers if s.kind == "person")]:
        surnames.setdefault(name.split()[-1], set()).add(name)
    renamed: dict[str, str] = {}
    dropped: set[str] = set()
    by_name = {s.name: s for s in speakers}
    for s in speakers:
        words = s.name.split()
        if (
            s.kind != "person"
            or len(words) != 2
            or words[0].lower() not in N.RANKS
            and not (
                words[0].lower() in _UNTITLED_RANKS
                and s.role is None
                and not _titled_before(s.name, text)
                and not _written_lower(words[1], text)
            )
            or not N.is_name_word(words[1])
            or N.first_name_gender(words[1]) is not None
            and words[1].lower() in FIRST_NAMES
        ):
            continue
        others = surnames.get(words[1], set()) - {s.name}
        full = next(iter(others)) if len(others) == 1 else None
        if others and (
            full is None
            or roles is None
            or not _ranked_namesake(
                roles.get(full, "?") or _appositive_role(full, text),
                by_name[full].role if full in by_name else None,
                words[0],
            )
        ):
            continue
        if full is None and words[0].lower() in _UNTITLED_RANKS:
            # `Major Garrett said`, a `Major Player:` label: a given name, a rank before a
            # surname or a phrase; the rank only before a surname the text names in full.
            dropped.add(s.name)
            continue
        renamed[s.name] = full or words[1]
        s.aliases = list(dict.fromkeys([s.name, *s.aliases]))
        s.role = f"{words[0]} {s.role}" if s.role else words[0]
        # `Lena Roth, a county judge, heard the case. … said Judge Roth`: the one person
        # of that surname the document names in full, and with that rank.
        s.name = full or words[1]
    if dropped:
        speakers[:] = [s for s in speakers if s.name not in dropped]
        for q in quotes:
            if any(n in dropped for n in q.speakers):
                q.speakers = [n for n in q.speakers if n not in dropped]
                q.speaker = q.speakers[0] if q.speakers else None
                if not q.speakers:
                    q.method, q.confidence = None, None
    if not renamed:
        return
    kept: dict[str, Speaker] = {}
    for s in speakers:
        if s.name in kept:  # the person was quoted under the full name too: one speaker
            kept[s.name].aliases = list(dict.fromkeys([*kept[s.name].aliases, *s.aliases]))
            kept[s.name].role = kept[s.name].role or s.role
        else:
            kept[s.name] = s
    speakers[:] = list(kept.values())
    for q in quotes:
        if any(n in renamed for n in q.speakers):
            q.speakers = [renamed.get(n, n) for n in q.speakers]
            q.speaker = q.speakers[0] if q.speakers else None


# Ranks that are also given names (`Rep. Major Owens`): a rank only with no title before
# them (`said Major Orr`).
_UNTITLED_RANKS = frozenset(("major",))


def _titled_before(name: str, text: str) -> bool:
    """Somewhere in `text`, `name` follows a title or a role word (`Rep. Major Owens`):
    its first word is then a given name, no rank."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}\b", text):
        before = text[max(0, m.start() - 40) : m.start()]
        if before[-1:].isspace() and before.split()[-1:] and N.is_role_word(before.split()[-1]):
            return True
    return False


def _written_lower(word: str, text: str) -> bool:
    """`text` writes `word` in lower case somewhere (`a major player`): a word of the
    language, so `Major Player` is no rank before a surname."""
    low = word.lower()
    return low != word and re.search(rf"(?<![\w’'-]){re.escape(low)}s?\b", text) is not None


def _ranked_namesake(named_role: str | None, quoted_role: str | None, rank: str) -> bool:
    """Whether the person a document names in full may be the one it then calls by a rank
    or the bench and the surname: the text gives them that rank (`Judge Lena Roth`, `Lena
    Roth, a county judge`: `named_role`, or `quoted_role` where they are quoted) and no
    other title or role. A namesake without a role may be anyone of that family (`The
    defendant, Lena Roth`, `the late Ivo Roth`); `Sen. Dan Sullivan` is no `Judge
    Sullivan`."""
    given = [r for r in (named_role, quoted_role) if r]
    return bool(given) and all(_ends_in_rank(r, rank) for r in given)


def _appositive_role(name: str, text: str) -> str | None:
    """The role a document gives `name` in an appositive right after it, as far as it
    ends the appositive (`Lena Roth, a county judge,` → `county judge`), or the rank
    written right before it (`major general Bob Dulaney` → `general`)."""
    before = re.search(rf"\b({_RANK_BEFORE})\s+{re.escape(name)}\b", text, re.IGNORECASE)
    if before is not None:
        return before.group(1)
    found = re.search(
        rf"\b{re.escape(name)},\s+(?:a|an|the)\s+((?:[\w’'-]+\s+){{0,4}}[\w’'-]+)\s*[,.;)]",
        text,
    )
    if found is None or _OTHERS_RANK.intersection(found.group(1).lower().split()):
        return None  # `the son of the general`, `a clerk for the judge`: another's rank
    return found.group(1)


_OTHERS_RANK = frozenset("of for to with by from under".split())

# Ranks as abbreviated before a surname (`Gen. Tobin`), for a role that spells them out.
_RANK_WORDS = {
    "gen": "general",
    "adm": "admiral",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "lt": "lieutenant",
    "cmdr": "commander",
}


_RANK_BEFORE = "|".join(
    re.escape(r) + ("" if r.endswith(".") else r"\b")
    for r in sorted(N.RANKS, key=len, reverse=True)
)


def _ends_in_rank(role: str, rank: str) -> bool:
    """`county judge` ends in `Judge`, `Lieutenant General` in `Gen.`."""
    words = role.lower().split()
    if not words:
        return False
    last, wanted = words[-1].rstrip("."), rank.lower().rstrip(".")
    return _RANK_WORDS.get(last, last) == _RANK_WORDS.get(wanted, wanted)


def said_gender(title: str | None, role: str | None) -> str | None:
    """The sex a person's title or role in the document gives (`Mrs.`, `House Armed
    Services Committee Chairwoman`); None when no word of it says one, or both do."""
    words = [*(title or "").lower().split(), *(role or "").lower().split()]
    found = {SEX_WORDS[w] for w in words if w in SEX_WORDS}
    return found.pop() if len(found) == 1 else None


# How near before a pronoun a titled person of unknown gender is its antecedent.
NEAR_TITLED = 120
# How many earlier mentions a pronoun or role noun looks through for its antecedent.
RESOLVE_REACH = 400

# A name (capitalised words) and its comma, all there is between a mention and `who`.
_NAME_THEN_COMMA = re.compile(r"(?:[A-Z][\w.’'&-]*\s+){0,5}[A-Z][\w.’'-]*,\s*$")
_PAIR_THEN_COMMA = re.compile(r"[^,;:.!?]*\s(?:and|&)\s[^,;:.!?]*,\s*$")
# A name alone (capitalised words), from its mention to the appositive's comma.
_APPOSITIVE_HEAD = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*")
# `Ann Roe and ` right before a mention: the mention ends a pair or a list.
_AND_BEFORE = re.compile(r"[A-Z][\w.’'-]*,?\s+(?:and|&)\s+$")
# `, the mother of `, `, an aide to Rep. `: an appositive's noun and preposition right
# before a mention (the noun is checked by `_describes_person`).
_APPOSITIVE_BEFORE = re.compile(
    r",\s+(?:(?:the|an?|his|her|their|its)\s+)?"
    r"(?P<noun>(?:[a-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*)\s+"
    r"(?:of|to|for|at|with|from|in|on)\s+(?:the\s+)?(?:[A-Z][a-z]*\.?\s+){0,2}$"
)
# `, a `, `, the `: an appositive's article right before a mention.
_DESCRIPTION_OPENS = re.compile(r",\s+(?:the|an?)\s+$")
# `the son of `, `an aide to Rep. `: a noun and preposition right before a name, with or
# without a comma before them (the noun is checked by `_describes_person`).
_OWNER_BEFORE = re.compile(
    r"\b(?P<noun>[a-z][\w’'-]*)\s+(?:of|to|for|at|with|from|in|on)\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]*\.?\s+){0,2}$"
)
# Nouns of a person's companion that an appositive may end with (`a friend of`).
_APPOSITIVE_COMPANIONS = frozenset(
    "friend neighbor neighbour colleague classmate partner resident native".split()
)


def _describes_person(noun: str) -> bool:
    """`mother`, `a teacher`, `longtime friend`: the noun of an appositive describing a
    person (a role, kin or companion word last), not a clause (`panel heard`)."""
    last = noun.split()[-1]
    return N.is_role_word(last) or last in N.KIN_SEX or last in _APPOSITIVE_COMPANIONS


# A title for several members at once, before their names.
_PLURAL_TITLES = frozenset(
    "congressmen congresswomen reps sens senators representatives delegates".split()
)


def _people_with_homes(words: list[str]) -> list[list[str]] | None:
    """`Tod Vail of Corvale and Cal Dunn of Salem`, `Reps. Ann Roe of the Harbor Council
    and Tod Vail` → each person's name, where the run is two or more items parted by
    `and` or `&` (commas too), one of them at least naming a home or a body after `of`,
    and each a title or none, then a name opening with a known first name or an initial;
    None otherwise (`Ann Roe of Johnson and Johnson`, `Secretary of State Ann Roe and
    …`)."""
    if "of" not in words or not any(w in ("and", "&") for w in words):
        return None
    if words[0].lower().rstrip(".") in _PLURAL_TITLES:
        words = words[1:]
    parts = [p.split() for p in N.LIST_SEPARATOR.split(" ".join(words))]
    if len(parts) < 2:
        return None
    people = []
    for part in parts:
        _, name = split_role(part[: part.index("of")] if "of" in part else part)
        if len(name) < 2 or not (N.person_evidence(name) and N.person_shape(name)):
            return None
        people.append(name)
    return people


@functools.lru_cache(maxsize=16384)
def _shape(
    words: tuple[str, ...],
) -> tuple[str | None, list[str], list[str], list[list[str]] | None, bool]:
    """What the words of a name are, worked out once for each distinct phrase: the role,
    the words kept, the name, the people of a joint name, and whether it is an
    organisation. Names repeat within an article and across a press office's releases."""
    homes = _people_with_homes(list(words))
    if homes is not None:
        # `Tod Vail of Corvale and Cal Dunn of Salem`: a list whose items each name a
        # home or a body after `of`; all of them speak, never the first one alone.
        return None, list(words), list(words), homes, False
    if len(words) >= 4 and words[0].lower().rstrip(".") in _PLURAL_TITLES:
        # "Congressmen Mike Bishop and Scott Peters": one title for each of the people.
        rest = list(words[1:])
        people = N.split_joint(rest)
        if people is not None and all(N.person_shape(p) for p in people):
            return words[0], rest, rest, people, False
    role, name = split_role(list(words))
    if role is not None and " and " in f" {role} ":
        # "Congressman Mac Thornberry and Congressman John Culberson": each of the people
        # has a title of their own; the first is no part of the second one's role.
        parts = _titled_parts(list(words)) or _parts_at_names(list(words))
        if parts is not None:
            return None, list(words), list(words), parts, False
        # `State Senator Ann Holt and Harbor and Port Board Chair Tod Vail`: the `and` of
        # the body's name keeps the run from splitting into its people; the role is the
        # title after the other person's name, never a run holding that name.
        role = _role_past_other_name(role.split())
    if role is not None and _elided_other(role.split()):
        # `Congressman and Mrs. Vail`, `Congressman and Congresswoman Vail`: the title
        # before `and` is another person's, whose name the text leaves out; no role of
        # the one named.
        role = None
    kept = list(words)
    cut = N.drop_affiliation(name)
    if len(cut) < len(name):
        kept = name = cut
    if "and" in name[2:-2]:
        k = name.index("and", 2)
        if name[k + 1] == "the" and N.person_shape(name[:k]) and N.person_evidence(name[:k]):
            # `Rep. Ann Holt and the Harbor Board announced`: a person, then a body.
            kept = name = name[:k]
    if "and" not in name:
        # `José E. Serrano and Wm. Lacy Clay` is two people joined, not two names run
        # together (`Wm.` is no first name the lexicon knows).
        run = N.split_run_together(name)
        head = name[: len(name) - len(run)]
        pair = (
            # a first name and a surname each: a middle initial may stand beside a
            # nickname the text blanked (`Earl L. “Buddy” Carter`), read as another name
            len(head) == 2
            and len(run) == 2
            and N.person_shape(head)
            and N.person_shape(run)
            # each opens with a first name (`Lead Planner Ann Holt` is a role and a name)
            and N.first_name_gender(head[0]) is not None
            and N.first_name_gender(run[0]) is not None
            and not any(N.is_role_word(w) for w in (*head, *run))
        )
        # nothing before the pair: after a role, title or kin (`Wife of Army Veteran
        # Tod Vail Ann Vail`, `Spokesman for Rep. Nora Quill Tod Vail`) the first
        # is whom the role is of or for, no speaker
        if pair and role is None and len(name) == len(words):
            # `Tim Ryan Tom Reed` (signers listed on one line): two people, who speak
            # together; never the second alone.
            return role, list(words), name, [head, run], False
        if pair:
            # `Congressman Tod Vail Ann Holt`: the role before the pair is the first
            # one's, never the later name's
            role, kept = None, list(run)
        name = run
    cut_role = False
    while (
        len(name) > 2
        and name[-1].lower() in N.COMMON_ROLES
        and not N.first_name_gender(name[-1])
        and N.person_evidence(name[:-1])
    ):
        name = name[:-1]  # "Hector V. Barreto Administrator": a caption's role after
        cut_role = True
    while (
        cut_role
        and len(name) > 2
        and name[-1].lower() in _ROLE_QUALIFIERS
        # What is left must still end in a surname: `Mary Beth Field Director` and
        # `Ann E. Field Director` keep `Field`, a surname after a first name or an initial.
        and not N.is_initial(name[-2])
        and N.first_name_gender(name[-2]) is None
    ):
        name = name[:-1]  # "Ann Vik Payroll Director": the role's field goes with it
    if cut_role:
        name = N.drop_place_after_name(name)  # `… Fletcher Delta Township Supervisor`
    name = _after_event(name)
    if (
        len(name) >= 3
        and name[0].endswith("s")
        and N.first_name_gender(name[0]) is None
        # A first name the short list knows (`James`), not any the lexicon has (`Are`).
        and name[1].lower() in FIRST_NAMES
        and N.person_shape(name[1:])
    ):
        name = name[1:]  # `Veterans’ Affairs James Peake`: a department's last word
    if (
        len(name) >= 3
        and _ACRONYM_NOUN.fullmatch(name[0])
        and N.first_name_gender(name[1]) is not None
        and N.person_shape(name[1:])
    ):
        # `student and DREAMer Ana Ruiz-Vela`: a noun made of an acronym (`DREAMer`,
        # `GOPers`) describes the person named after it, no word of the name.
        role = role or name[0]
        name = name[1:]
    if role is None and _firm_pair(name):
        # `Johnson & Johnson`, `Procter & Gamble`: single words joined by `&` name a
        # firm, never two people by their surnames.
        return role, kept, name, None, True
    joint = N.split_joint(name)
    if joint is not None:
        joint = _shared_surname(joint)
    org = joint is None and role is None and is_org_name(kept) and not _plural_role(kept[0])
    if not org and joint is None and role is None and named_for_place(name):
        org = True  # `Feeding America`, `Teach For America`: a body named for its land
    return role, kept, name, joint, org


def _shared_surname(people: list[list[str]]) -> list[list[str]]:
    """`John and Judy Ahmann`: first names alone before the last person's full name share
    that person's surname, each a first name sure to be no surname (not `Jordan`); the
    last a first name and a surname. Else the people as they were."""
    *firsts, last = people
    if (
        len(last) == 2
        and sure_given_name(last[0])
        and all(len(p) == 1 and sure_given_name(p[0]) for p in firsts)
    ):
        return [[p[0], last[-1]] for p in firsts] + [last]
    return people


def _office_run(words: tuple[str, ...]) -> bool:
    """The words (after an owner's possessive) end in a role word and open with no first
    name or initial: a job title alone (`Senior Brand Engagement Manager`)."""
    owned = [k for k, w in enumerate(words[:-1]) if _POSSESSIVE_END.search(w)]
    run = words[owned[-1] + 1 :] if owned else words
    while len(run) > 2 and (N.is_role_word(run[0]) or _clean(run[0]) in _NEVER_NAMES):
        run = run[1:]  # `Honorable Ann K. Holt Administrator`: the title before the name
    return (
        len(run) >= 2
        and run[-1].lower().strip(".,;:") in N.COMMON_ROLES
        and N.first_name_gender(run[0]) is None
        and not N.is_initial(run[0])
    )


def _firm_pair(name: list[str]) -> bool:
    """Capitalised words joined one by one with `&` (`Johnson & Johnson`)."""
    return (
        len(name) >= 3
        and len(name) % 2 == 1
        and all(w == "&" for w in name[1::2])
        and all(w[:1].isupper() for w in name[::2])
    )


def named_for_place(name: list[str]) -> bool:
    """A phrase of two words or more ending with a country's or a US state's name
    written out, opening with a participle (`Feeding America`, `Rebuilding Ohio`) or a
    lower-case word, or holding a capitalised connector (`Teach For America`): no
    person's. A person's name opens with a given name, known or not (`Ann Georgia`,
    `Kwabena Jordan`), and may end with a word spelt as a state's postal code (`Huateng
    Ma`, `Ann Al`)."""
    if len(name) < 2 or N.person_evidence(name) or N.is_role_word(name[0]):
        return False
    if not (
        name[0].islower() or N.is_opener(name[0]) or any(w in _BODY_CONNECTORS for w in name[1:-1])
    ):
        return False  # an unknown capitalised first word may be a given name
    if is_city_name(" ".join(name[:-1])):
        return False  # `Baghdad Iraq`, `Austin Texas`: a city and its land, no body
    last = name[-1].rstrip(".,").casefold()
    return last == "america" or last in country_names() or last in _STATES_WRITTEN_OUT


# The US states' names written out, no abbreviation or postal code (`Ma`, `In`, `La`).
_STATES_WRITTEN_OUT = frozenset(s for s in US_STATES if "." not in s and len(s) > 2)
# Capitalised connectors inside a body's name and never inside a person's.
_BODY_CONNECTORS = frozenset("For Of In The And To".split())


# The space after a sentence's closing mark.
_SENTENCE_GAP = re.compile(r"(?<=[.!?”\"])\s+")
# What may stand before a sentence's subject: `The`, after a short opening phrase and
# its comma at most (`Globally, the UN projected …`, `On Monday, Harbor Holdings said …`).
_OPENING_PHRASE = re.compile(r"(?:[^\s,]+(?:\s[^\s,]+){0,3},\s*)?(?:[Tt]he)?")
# A sentence's subject as a noun phrase, then a comma: its apposition names it.
_SUBJECT_BEFORE_APPOSITION = re.compile(r"(?:The|A|An|Its|Their)\s[^,]*,")
# The field a job title names before its role word (`Payroll Director`, `Outreach
# Coordinator`), no word of a person's name.
_ROLE_QUALIFIERS = frozenset(
    """payroll finance financial marketing operations communications sales program
    programs project projects policy budget legislative outreach development technology
    engineering safety research compliance security planning facilities production
    logistics procurement purchasing accounting admissions athletic athletics medical
    nursing clinical managing creative editorial regional district branch plant store
    site field programme press media digital advocacy government governmental public
    community health education executive general""".split()
)
# Words a heading written in title case capitalises and a person's title never holds:
# `Advocate For Our Troops`. (`For`, `To`, `Against` open the rest of an organisation's
# name, `Mayors Against Illegal Guns`, or a title's place, `Ambassador To Chile`.)
_HEADING_WORDS_IN_RUN = frozenset("our my your their".split())
# A verb's past form after a name, a headline's: `Trump Vindicated`, `Holt Backed Relief`.
_HEADLINE_PAST = re.compile(r"[a-z]+(?:ated|ized|ised|cked)")


def _heading(words: tuple[str, ...], role: bool) -> bool:
    """A heading in title case, not a name: a capitalised possessive determiner after the
    first word of what would be a role (`Save Our Shores` with no role may be an
    organisation), or a verb's past form after a word that may be a name."""
    for word in words[1:]:
        if role and word[:1].isupper() and word.lower() in _HEADING_WORDS_IN_RUN:
            return True
        if _HEADLINE_PAST.fullmatch(word[1:]) and not N.first_name_gender(word):
            return True
    return False


# Members of a party, which a name never ends with: `the Nashville Democrat` describes.
_PARTY_MEMBERS = frozenset("democrat democrats republican republicans independent".split())
# Documents that `state` things, never a word of a person's name.
_DOCUMENT_WORDS = frozenset(
    """summary report statement letter memo memorandum transcript testimony editorial
    blueprint proposal study analysis handbook manual guidance""".split()
)
# Words that end the name of a sporting event, never part of a person's name.
_EVENT_ENDS = frozenset("cup bowl series championship championships olympics derby".split())


# An acronym made a noun by a short ending in lower case (`DREAMer`, `GOPers`).
_ACRONYM_NOUN = re.compile(r"[A-Z]{3,}[a-z]{1,3}")


def _after_event(name: list[str]) -> list[str]:
    """`the Flyers win the Stanley Cup Brady gets …`: an event's name run into a surname
    (the comma left out) ends before the person's name."""
    for k in range(len(name) - 2, 0, -1):
        if name[k].lower() in _EVENT_ENDS:
            return name[k + 1 :]
    return name


def _role_past_other_name(role: list[str]) -> str | None:
    """The words of `role` after the last `and` or comma that ends another person's
    titled full name (`State Senator Ann Holt and Harbor and Port Board Chair` →
    `Harbor and Port Board Chair`); the role itself when no such name ends at one
    (`Secretary of Health and Human Services`), None when nothing follows the name."""
    cut = 0
    for k, w in enumerate(role):
        if w.lower() == "and":
            before = role[:k]
        elif w.endswith(","):
            before = [*role[:k], w.rstrip(",")]
        else:
            continue
        title, name = split_role(before[-5:])
        if (
            title is not None
            and len(name) >= 2
            and N.person_shape(name)
            and N.first_name_gender(name[0]) is not None
        ):
            cut = k + 1
    if not cut:
        return " ".join(role)
    return " ".join(role[cut:]) or None


def _elided_other(role: list[str]) -> bool:
    """A role that ends in `and` (`Congressman and` of `Congressman and Mrs. Vail`, the
    title after it read as the name's) or joins two titles of the two sexes
    (`Congressman and Congresswoman`): a title of another person stands before `and`."""
    if not role or role[-1].lower() != "and":
        if len(role) != 3 or role[1].lower() != "and":
            return False
        sexes = {SEX_WORDS.get(role[0].lower()) or _NOUN_SEX.get(role[0].lower())}
        sexes.add(SEX_WORDS.get(role[2].lower()) or _NOUN_SEX.get(role[2].lower()))
        return sexes == {"m", "f"}
    return True


def _titled_parts(words: list[str]) -> list[list[str]] | None:
    """The parts of `A and B` (or `A, B and C`) when each is a person's name with
    evidence of its own (a title or a known first name); None otherwise (`Secretary of
    Health and Human Services Tom Price`: one role, one name)."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() == "and" or w.endswith(","):
            if w.endswith(",") and w.lower() != "and":
                parts[-1].append(w.rstrip(","))
            if parts[-1]:
                parts.append([])
            continue
        parts[-1].append(w)
    if len(parts) < 2 or not all(parts) or N.field_pair_in_title(parts):
        return None
    for part in parts:
        role, name = split_role(part)
        if not name or not N.person_shape(name):
            return None
        if role is None and not N.person_evidence(name):
            return None
        body = N.body_before_name(part)
        if body and role == " ".join(part[:body]):
            # `Chairman of the House Ways and Means Committee Tod Vail`: a part whose role
            # is only a body's name holds no title word; the `and` joins the body's words.
            return None
    return parts


def _parts_at_names(words: list[str]) -> list[list[str]] | None:
    """The people of a run whose titles hold `and` of their own (`Ohio Congressman and
    House Ways and Means Ranking Member Tod Vail and Ohio Congressman Ben Roe`), split
    only at an `and` right after a titled full name, a known given name and a surname:
    each part a role and a person's name, as `_titled_parts` reads them; None when any
    part is not (`Secretary of Health and Human Services Tom Price`: one part)."""
    cuts = [
        k
        for k in range(3, len(words) - 1)
        if words[k] == "and"
        and N.first_name_gender(words[k - 2]) is not None
        and words[k - 1][:1].isupper()
        and not N.is_role_word(words[k - 1])
    ]
    if not cuts:
        return None
    parts = [
        words[a + 1 if a else 0 : b] for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True)
    ]
    for part in parts:
        role, name = split_role(part)
        if role is None or not name or not N.person_shape(name):
            return None
        if len(name) != 2 or N.first_name_gender(name[0]) is None:
            return None
        body = N.body_before_name(part)
        if body and role == " ".join(part[:body]):
            return None
    return parts


# Prepositions a place is written after (`in Raytown`), and a state after its city's comma.
_PLACE_PREPOSITIONS = frozenset("in at from near outside across throughout".split())
_STATE_AFTER = re.compile(r",\s+([A-Z][A-Za-z.]*)")


@functools.lru_cache(maxsize=8192)
def _place_alone_key(joined: str) -> bool:
    return is_known(joined)


def _place_alone(name: list[str]) -> bool:
    """A name that is a place the gazetteer knows (`Raytown`, `Harbor City`) and no word
    of a person's name shape beyond it: no known first name opens it."""
    if len(name) > 3 or N.first_name_gender(name[0]) is not None:
        return False
    return _place_alone_key(" ".join(name).rstrip(".,"))


def _plural_role(word: str) -> bool:
    """`Directors` of "Directors of the NSA and FBI": people by their roles, unnamed."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and N.is_role_word(low[:-1])


# A party letter and a state or city after a hyphen (`D-Maine`, `R-Ga.`, `D-San`).
_PARTY_STATE_TAG = re.compile(r"\(?[DRI]-[A-Z][\w.’'-]*\)?,?$")
# Words of a time a sentence may open with, before its subject; one of the days must be
# among them (`Late Thursday`, `Earlier today`).
# Days that are also given names (`Sunday Alabi`, `Tuesday Weld`).
_WEEKDAYS = frozenset(w.lower() for w in WEEKDAY_NAMES)
_DAY_WORDS = _WEEKDAYS | frozenset(w.lower() for w in DAY_WORDS)
_TIME_WORDS = _DAY_WORDS | frozenset(
    "late early earlier later last this next on morning afternoon evening night".split()
)
_NUMBER_WORDS = frozenset(NUMBER_WORDS[1:11])  # one to ten
# Offices written as letters that no lexicon of roles holds.
_OFFICE_ABBREVIATIONS = frozenset(("IG", "OIG"))


# Words that open a noun phrase after a day (`Thursday the council`).
_BEFORE_A_NOUN = frozenset("the a an this that these those his her their its".split())


def _time_opens(words: list[str], days: int) -> bool:
    """The first `days` words are a time the sentence opens with, not a given name: a
    day other than a weekday (`Today`), a time word before the day (`Late Thursday`, `On
    Monday`) or a determiner or title after it (`Thursday the council`, `Sunday Senator
    Roe`). A weekday right before a capitalised surname is a name (`Sunday Alabi`)."""
    if days > 1 or _clean(words[0]) not in _WEEKDAYS:
        return True
    after = _clean(words[days])
    return (
        after in _BEFORE_A_NOUN
        or after in HONORIFICS
        or after in TITLE_GENDER
        or (N.is_role_word(words[days]) and not N.first_name_gender(words[days]))
    )


def _party_tag(words: list[str], k: int) -> bool:
    """`D-Maine`, `R-Ga.`, `(D-Mich)`, `D-San Antonio`: a party letter before a state, its
    abbreviation or a known place; not a hyphenated given name (`Lin I-Chen`, `Ann
    D-Angelo`)."""
    place = words[k].strip("(),").split("-", 1)[1]
    if place.casefold() in US_STATES or f"{place}.".casefold() in US_STATES:
        return True
    more = [w.strip("(),") for w in words[k + 1 : k + 3]]
    if any(
        all(w[:1].isupper() for w in more[:n])
        and is_known(" ".join([place, *more[:n]]).rstrip("."))
        for n in range(len(more), 0, -1)
    ):
        return True  # `D-San Antonio`
    return not N.first_name_gender(place) and is_known(place.rstrip("."))


def _office_alone(word: str) -> bool:
    """An office written as capitals (`IG`, `CEO`) or a role in the plural (`Senators`);
    not a surname that is also a title (`King`, `Bishop`, `Burgess`)."""
    return (
        word in _OFFICE_ABBREVIATIONS
        or word.isupper()
        and len(word) > 1
        and N.is_role_word(word)
        or _plural_role(word)
    )


@functools.lru_cache(maxsize=16384)
def _normalise(
    names: tuple[str, ...], title: str | None, auxiliary: bool = False, surname: bool = False
) -> tuple[int, str | None, bool, tuple[str, ...]] | None:
    """The words of a mention as a name: sentence ends, titles, openers, degrees and
    repeats dropped, worked out once for each distinct mention (names repeat within an
    article and across a press office's releases). Returns how far the name starts after
    the mention, the title (for gender), whether a title or role stood in front, and the
    words; None when no name is left. `auxiliary`: the first word is an auxiliary opening
    a question (`Have Treasury officials answered?`), no part of the name. `surname`: the
    one word is the surname of a person the text named before (`Masters`), no office."""
    words = [w for w in names if w]
    shift = 0
    if words and all(w.lower().strip(",") in N.SUFFIXES for w in words):
        return None  # "Emanuel Cleaver, II": the suffix after the comma is no name
    # "Mexico. Trump": the name pattern ran over a sentence end; keep the last sentence.
    ends = [i for i, w in enumerate(words[:-1]) if _ends_sentence(w)]
    if ends:
        shift = len(" ".join(words[: ends[-1] + 1])) + 1
        words = words[ends[-1] + 1 :]
    days = 0
    while days < len(words) - 1 and _clean(words[days]) in _TIME_WORDS:
        days += 1
    if any(_clean(w) in _DAY_WORDS for w in words[:days]) and _time_opens(words, days):
        # `Late Thursday the Holt Administration`: the time the sentence opens with.
        shift += len(" ".join(words[:days])) + 1
        words = words[days:]
    if len(words) == 2 and _clean(words[0]) in _NUMBER_WORDS:
        return None  # `One Lakeport` (resident, official …): a count, not a name
    tag = next(
        (k for k, w in enumerate(words) if _PARTY_STATE_TAG.match(w) and _party_tag(words, k)),
        None,
    )
    if tag is not None:
        # `Mike Roe D-Maine`, `D-San Antonio`: a party-and-state tag glued to the name
        # (its brackets lost) is no part of it, and alone names nobody.
        words = words[:tag]
    titled = False
    if auxiliary and not shift and len(words) > 1 and _clean(words[0]) in _AUXILIARIES:
        words = words[1:]
    while words and _clean(words[0]) in _NEVER_NAMES:
        if len(words) > 1 and len(words[0]) == 2 and words[0][1] == "." and words[0][0].isupper():
            break  # "A. D. Sui": an initial, not the article "A"
        title = words[0] if words[0].lower() in TITLE_GENDER else title
        titled = titled or N.is_role_word(words[0]) or _clean(words[0]) in HONORIFICS
        words = words[1:]
    while (
        len(words) > 1
        and N.is_opener(words[0])
        and (words[-1].endswith(",") or not named_for_place(words))
    ):
        # "Joining McGovern at the event were …"; a participle before the name of a
        # land with no comma is a body's name (`Feeding America said`), kept whole.
        words = words[1:]
    if words and words[-1].lower().rstrip(".") in _NAME_ABBREVIATIONS:
        return None  # "Congressman Wm." cut before the rest of the name: no name
    words = N.cut_run_together(words)
    while words and _clean(words[-1]) in CONNECTORS:
        words = words[:-1]
    while len(words) > 2 and words[-1].lower().replace(".", "").strip(",") in DEGREES:
        words = words[:-1]  # "Senator Bill Cassidy M.D.": a degree is no part of a name
    if words:
        words[-1] = words[-1].rstrip(",")
    if words and _ends_sentence(words[-1]) and words[-1].lower() not in N.SUFFIXES:
        words[-1] = words[-1][:-1]  # "Joshua A. Ford." at a sentence's end
    if len(words) > 1 and (generation := N.generation(words[-1])):
        words[-1] = generation  # one spelling: `Jr` is `Jr.`
    for k in range(1, len(words)):
        if words[k] == words[k - 1]:
            # "Joel Abraham Abraham said": a caption's name run into the next sentence.
            words = words[:k]
            break
    if not words:
        return None
    if len(words) == 1 and _office_alone(words[0]) and not surname:
        return None  # `IG`, `CEO`, `Senators`: an office alone names nobody
    if (
        1 < len(words) <= 3
        and _plural_role(words[-1])
        and words[-1][:1].isupper()
        and not any(N.first_name_gender(w) for w in words[:-1])
    ):
        return None  # `the American Generals said`: people by their office, unnamed
    if "of" in words[2:-1]:
        # "Congressman Steve Knight of California": the name ends before its place.
        k = words.index("of", 2)
        head = split_role(words[:k])[1]
        if (
            len(words) - k <= 4
            and all(w[:1].isupper() for w in words[k + 1 :])
            and "and" not in words[:k]
            and 2 <= len(head) <= 3
            and N.person_evidence(head)
            and N.person_shape(head)
        ):
            words = words[:k]
    return shift, title, titled, tuple(words)


def _generation_parts(
    words: list[str],
) -> tuple[str, str, str | None, tuple[str, ...]] | None:
    """A person's first name, surname, generational suffix and middle initials
    (`Donald M. Payne Jr.` → Donald, Payne, Jr., (M.,)); None for a name of one word or
    with a middle word that is no initial."""
    suffix = N.generation(words[-1]) if len(words) > 2 else None
    core = words[:-1] if suffix else words
    if len(core) < 2 or not all(N.is_initial(w) for w in core[1:-1]):
        return None
    return core[0], core[-1], suffix, tuple(core[1:-1])


# The office a member's or governor's title names: `Rep.` and `Congresswoman` are one.
TITLE_OFFICES = {
    "rep": "house",
    "representative": "house",
    "congressman": "house",
    "congresswoman": "house",
    "congressmember": "house",
    "del": "house",
    "delegate": "house",
    "sen": "senate",
    "senator": "senate",
    "gov": "governor",
    "governor": "governor",
}


# Words a member's title may follow and still name the seat: `U.S. Rep.`.
_OFFICE_QUALIFIERS = frozenset("u.s. us united states".split())
# Honorifics of a calling a member's title does not go with (`Dr. Bill Cole`).
_OTHER_HONORIFICS = frozenset("dr prof rev sir dame".split())


# Callings whose title before a full name says it is not a member's or a doctor's
# (`Mayor Tod Roe`); a committee's or party's role (`Chairman`, `Leader`) says nothing.
_CALLINGS = frozenset("mayor judge justice pope sheriff bishop cardinal".split())


def _calling(role: str | None) -> str | None:
    words = (role or "").split()
    word = words[-1].rstrip(".,").lower() if words else ""
    if word in _CALLINGS and _member_then_given_name(words):
        # `U.S. Representatives Ann Bishop` (a list of members read as a role): after
        # a member's title and a given name the word is a surname, no calling.
        return None
    return word if word in _CALLINGS else None


def _member_then_given_name(words: list[str]) -> bool:
    """`words` open with a member's title, singular or plural (`Rep.`, `U.S.
    Representatives`, `Sens.`), and their last word but one is a given name that is no
    role word (`Ann`; not `Vice`, `Chief`)."""
    rest = [w for w in words if w.lower() not in _OFFICE_QUALIFIERS]
    if len(rest) < 3:
        return False
    office = rest[0].rstrip(".").lower()
    return (
        (office in TITLE_OFFICES or office.removesuffix("s") in TITLE_OFFICES)
        and N.first_name_gender(rest[-2]) is not None
        and not N.is_role_word(rest[-2])
    )


def _other_calling(short: Entity, full: Entity, held: str | None) -> bool:
    """The surname alone (`short`) and the full name were each written with a title and
    the titles are of two callings: an office (`Senator`), an honorific (`Dr.`) or one of
    `_CALLINGS` (`Mayor`), one of them a calling of `_CALLINGS`, the other another."""
    mine, theirs = _calling(short.role), _calling(full.role)
    if mine is None and theirs is None or mine == theirs:
        return False
    if theirs is not None:
        return mine is not None or short.office is not None or short.honoured
    return held is not None


def _office_of(words: str | list[str] | None, whole: bool = False) -> str | None:
    """The office of a member's or governor's title standing first in `words` (`Rep. Tom
    Cole`, `U.S. Senator`), else None; `whole`: the words are a role, and only the title
    itself (`Congressman`) holds the seat, not a role ending in a word like it (`Union
    Representative`, `Sales Representative`)."""
    rest = (words or "").split() if not isinstance(words, list) else words
    while rest and rest[0].lower() in _OFFICE_QUALIFIERS:
        rest = rest[1:]
    if not rest or (whole and len(rest) > 1):
        return None
    return TITLE_OFFICES.get(rest[0].rstrip(".").lower())


# A full name set off after a kin noun a surname owns: `Holt’s husband, Tod Holt`. Each
# name starts at a word's start and is bounded (no restart inside `A-A-A-…`).
_SURNAME_KIN = re.compile(
    r"(?=[A-Z])(?<![\w’'-])([A-Z][\w’'-]{0,40})[’']s\s+(?:late\s+)?(?:"
    + "|".join(sorted(N.CLOSE_KIN))
    + r")(?:\s*,)?\s+"
    r"([A-Z][\w-]{0,40}(?:\s+[A-Z][\w.-]{0,40}){0,2}\s+\1)\b"
)
# Words opening a sentence before a possessive (`When Holt’s husband, Tod Holt, …`).
_OPENING_WORDS = frozenset(
    "in when after as for with and but at on by to from of the while since because if"
    " although though during before".split()
)
# The word right before such a possessive: a given name (`Ann Holt’s son`) makes it a
# full name's, not the surname alone's; a title, an abbreviation (`Senator`, `Rep.`) or
# a sentence's opening word does not.
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]{0,40})(\.?)[ \t]+$")


def surname_kin(text: str) -> Iterator[tuple[str, str]]:
    """The surnames of `text` owning a kin set off by full name after them, with that name
    (`Holt’s husband, Tod Holt` → `Holt`, `Tod Holt`); not a full name's possessive."""
    for m in _SURNAME_KIN.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 45), m.start())
        if (
            before is not None
            and not before.group(2)
            and not N.is_role_word(before.group(1))
            and _clean(before.group(1)) not in N.HONORIFICS | _OPENING_WORDS
        ):
            continue  # `Ann Holt’s son, Tod Holt`: Ann Holt's kin, not Holt's
        yield m.group(1), m.group(2)


def _kin_named_last(
    body: list[str], quote: Quote, surname: str, kin_of: Callable[[], dict[str, set[str]]]
) -> bool:
    """Before the words and the sentence introducing them, `surname` was last written as
    the full name of a kin the text sets off as owned by it (`Mayor Holt was away. Holt’s
    husband, Tod Holt, spoke … “…” Holt said.`): the surname alone may be either. `kin_of`
    gives the document's `surname_kin`, read once; the text looked back on is bounded."""
    kin = kin_of().get(surname)
    if not kin or quote.paragraph >= len(body):
        return False
    parts = [body[quote.paragraph][max(0, quote.start - _KIN_LOOK_BACK) : quote.start]]
    size, k = len(parts[0]), quote.paragraph
    while k > 0 and size < _KIN_LOOK_BACK and len(parts) < 20:
        k -= 1
        parts.append(body[k][-_KIN_LOOK_BACK:])
        size += len(parts[-1]) + 1
    before = "\n".join(reversed(parts))
    ends = [m.end() for m in _STOP_OR_BREAK.finditer(before, max(0, len(before) - 300))]
    cut = ends[-1] if ends else 0
    word = re.compile(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])")
    if word.search(before, cut):
        before = before[:cut]  # `Holt said “…”`: the cue's own mention
    named = [m.end() for m in word.finditer(before)]
    return bool(named) and any(before[: named[-1]].endswith(name) for name in kin)


_KIN_LOOK_BACK = 2000
# A sentence's end before the next one (or a paragraph's).
_STOP_OR_BREAK = re.compile(r"[.!?][”\"’']?\s+|\n")


class SpeakerBook:
    """Entities of one article in order of mention; resolves mentions to entities."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        # (position, entity name) of every mention outside quotes, in position order.
        self.timeline: list[tuple[int, str]] = []
        # Places of a `who` found to be nobody's for sure (`Ann Roe and Tod Vail, who`):
        # no name before it is looked for instead.
        self.relative_nobody: set[int] = set()
        # Per entity name, the positions of its mentions in the timeline, in order.
        self.mentions_at: dict[str, list[int]] = {}
        # Per entity name: how often it is mentioned and the order of its latest mention,
        # kept alongside the timeline so short names resolve without rescanning it.
        self.seen: dict[str, tuple[int, int]] = {}
        self._order = 0
        self._counted: set[tuple[int, str]] = set()
        # Person entities by the last word(s) of their name, for short-name look-ups.
        self.by_tail: dict[tuple[str, ...], set[str]] = {}
        # Every entity named with two words or more, by its first and by its last word:
        # a lone name's look-up reads the few it may be, not every entity.
        self._by_end_word: dict[str, set[str]] = {}
        # (first name, surname) of the people named with a generational suffix.
        self._suffixed: set[tuple[str, str]] = set()
        # (position, sentence start, words before it there) of each name run holding a
        # titled person of unknown gender, to tell a sentence's subject from its object.
        self.sentence_heads: list[tuple[int, int, str]] = []
        # The narration of each paragraph (quotations masked), when the reader gives it:
        # a pronoun's antecedent is weighed by the words around its mention.
        self.texts: list[str] = []
        # Per paragraph text, the words after a preposition of place in it, read once.
        self.place_words: dict[str, frozenset[str]] = {}
        # The headline, when the reader gives it (read for the titles it gives).
        self.outside: list[str] = []
        # Per role noun, each name the texts gave it in an appositive (`Tom Holt, the
        # state senator,`) and where the first such appositive ends: read once a noun.
        self.given_role: dict[str, dict[str, int]] = {}
        # (position, word) of each lone capitalised word that opens a sentence as its
        # subject (`Okafor testified next.`): not registered as a name, yet a person a
        # later `he`/`she` may mean.
        self.lone_subjects: list[tuple[int, str]] = []
        # Capitalised words that opened a sentence alone before a verb (`Ann toured the
        # dock.`), in reading order: a list's last name running into such a word is
        # read without it (quotes `_runs_into_next_sentence`). Per word, where it first
        # did so.
        self.opened_alone: dict[str, int] = {}
        # A surname or first name alone as a subject (`For his part, Levin says`): its
        # place, the word, "subject", "owner" (of a person) or "thing" (a possessive's
        # thing) and the people named in full with it.
        self.lone_names: list[tuple[int, str, str, tuple[str, ...]]] = []
        self.full_names: set[str] = set()  # words a first name + surname was written with
        # Capitalised words the text writes in a run with another capitalised word (a
        # first name written with a surname, registered as a name or not, or the last
        # word of a name, in capitals or not): a first name among them is no name of its
        # own (`Marie Kondo’s book … Marie says`, `Rolling Stone said`, `SARAH KLEIN`).
        self.given_in_full: set[str] = set()
        # The first words of the people registered by a name of two words or more.
        self._first_words: set[str] = set()
        # The words the texts name somebody by alone at a verb of saying, read once.
        self._alone: set[str] | None = None
        # Per surname, the full names the text sets off as kin of a person it calls by
        # that surname (`Holt’s husband, Tod Holt`), read once (`_kin_of_surname`).
        self._surname_kin: dict[str, set[str]] | None = None

    def note_given_in_full(self, texts: Iterable[str]) -> None:
        """Read once per document (the body, the headline and the page's other lines)
        which capitalised words stand in a run of two or more; a first name alone noted
        before or after is then not known to be a person."""
        for text in texts:
            heading = _headline_case(text)
            for run in _GIVEN_IN_RUN.finditer(text):
                words = [w for w in run.group(0).split() if not w.endswith(".")]
                if heading:
                    # `Tiffany And The Team Review The New Console`: every word is
                    # capitalised; only a first name before a word that may be a surname
                    # is a full name.
                    words = [
                        w
                        for a, b in zip(words, words[1:], strict=False)
                        if sure_given_name(a.capitalize()) and b.lower() not in _HEADLINE_RUN_WORDS
                        for w in (a, b)
                    ]
                self.given_in_full.update(w.capitalize() for w in words)
        for name, entity in self.entities.items():
            if entity.kind == "person" and name in self.given_in_full:
                entity.namesakes = True

    # -- registering names --------------------------------------------------

    def note_name(self, words: list[str], pos: int, title: str | None = None) -> Entity | None:
        """Register a capitalised name seen at `pos`; returns its entity (for a joint
        mention, an entity listing its people, which are registered one by one)."""
        past = self._past_owner(words, pos, title)
        if past is not None:
            return self.note_name(*past)
        if words and _clean(words[0]) == "dear" and self._salutation(words, pos):
            return None  # `Dear Director Jones:` opens a letter to Jones, who does not write it
        if self._member_and_other(words, pos):
            # `The Congressman and Secretary Ann Roe`, `Finally, the Congressman and Mayor
            # Ann Roe`: the member, then another person; the member's title is no part
            # of the other's role.
            k = 3 if _clean(words[0]) == "the" else 2
            return self.note_name(words[k:], pos + len(" ".join(words[:k])) + 1, title)
        auxiliary = bool(words) and _clean(words[0]) in _AUXILIARIES
        # `Masters said` after `Ann Masters`: a surname already named, never an office.
        surname = len(words) == 1 and (words[0].rstrip(".,"),) in self.by_tail
        normal = _normalise(
            tuple(words), title, auxiliary and self._opens_question(words, pos), surname
        )
        if normal is None:
            return None
        shift, title, titled, kept = normal
        if shift:
            # "Inspector General Ivo Roth. BRANDT:": the words before the sentence end
            # are a name of their own, not only the ones after it.
            head = " ".join(w for w in words if w)[: shift - 1].split()
            if len(head) >= 2:
                self.note_name(head, pos)
        pos += shift
        # `Rep.` is cut from the name as `Dr.` is: the office is read from the title
        # standing first, never from a role's last word (`Union Representative Bill Cole`).
        # Read after the words `shift` cut (`Today Sen. Ann Holt` holds a senator).
        stated = _office_of(" ".join(w for w in words if w)[shift:].split()[:3])
        honoured = any(_clean(w) in _OTHER_HONORIFICS for w in words[:2] if w)
        role, words, name, joint, org = _shape(kept)
        if joint is None and not org and N.place_after_name(name):
            # `said Rev. Ann Holt Oak Township`, `said Ann Lee Palm Beach County
            # Commissioner`: a place run into the name; cut off where it surely starts,
            # else no name rather than a wrong one.
            cut = self._name_before_place(name)
            if cut is None:
                return None
            name = cut
        if joint is None and not org and _office_run(kept):
            # `Acme’s Senior Brand Engagement Manager`: a job title with nobody named in
            # it; its words are no person's name (`Ann Manager` opens with a first name).
            return None
        if role and _ROLE_OF.search(role) and is_org_name(name):
            # `Medical Director of the Owens Health Center`: the office's holder, whom
            # the words do not name; the body is not the one speaking.
            return None
        if joint is None and not org and _heading(kept, role is not None):
            return None  # `Advocate For Our Troops:`, `President Trump Vindicated:`
        if joint is not None:
            return self._note_joint(joint, pos, title, role, stated)
        if org:
            return self._note_organization(words, pos)
        if len(name) > 1 and name[-1].lower().strip(".,;:") in _LANDMARK_ENDS:
            return None  # `the Lincoln Memorial`: a place named after a person is nobody
        # `Mayor Holt` is not the kin the text sets off as `Holt’s husband, Tod Holt`;
        # `Mr. Holt` may be (an honorific picks among a couple).
        entity = self._resolve_short(name, kin=title is not None)
        if entity is None and role is None and not (title or titled) and self._placed(name, pos):
            # `said Raytown, Mo., Mayor …`, `In Flint, she …`: a place the gazetteer knows,
            # written as a place, no person the text named, is nobody who speaks.
            return None
        office = _office_of(role, whole=True) or stated
        if entity is not None and len(name) == 1:
            entity = self._surname_holder(name[0], entity, words, title, role, office, honoured)
            if entity is None:
                return None
        if entity is None and role is None and len(name) == 2 and N.is_role_word(name[0]):
            # "General Vance" after "Lieutenant General Marco S. Vance": the title
            # the person was named with, before their surname (not "Dean Heller").
            known = self._resolve_short(name[1:])
            if known is not None and name[0].lower() in (known.role or "").lower().split():
                entity = known
        return self._note_person(name, entity, pos, title, role, titled, office, honoured)

    def _past_owner(
        self, words: list[str], pos: int, title: str | None
    ) -> tuple[list[str], int, str | None] | None:
        """The words, position and title `note_name` reads instead of a run whose
        possessive names an owner and then the person meant (`Terra’s father Tod Vail`,
        `Tom Holt’s aide Ben Fisk`); None where the run is read as it stands. An owner
        named as a person is registered on the way."""
        # A word ends in a possessive only where the run holds `’s` or `'s`; most hold
        # neither, and their words are not searched one by one.
        joined = " ".join(words)
        possessive = "’s" in joined or "'s" in joined
        kin = -1
        if possessive:
            kin = next((k for k, w in enumerate(words[:-3]) if _POSSESSIVE_END.search(w)), -1)
        if kin >= 0 and _kin_named_in_full(words[kin + 1 :]):
            # `said Terra’s father Tod Vail`, `said Ann Roe’s mother Ivy Roe`: the run names
            # the relative after the kin noun, never the owner (read as a name of its own).
            if kin:
                head = [*words[:kin], _POSSESSIVE_END.sub("", words[kin])]
                if N.person_evidence(split_role(head)[1]):
                    self.note_name(head, pos, title)
            return words[kin + 2 :], pos + len(" ".join(words[: kin + 2])) + 1, None
        owner = 0
        if possessive:
            owner = next((k for k, w in enumerate(words[1:-1], 1) if _POSSESSIVE_END.search(w)), 0)
        if not owner and possessive and len(words) >= 3 and _POSSESSIVE_END.search(words[-1]):
            # `Congressman Earl L. Carter’s legislation`: a title vouches for the owner.
            # A title word opening the run is read with the owner's surname too (`Judge
            # Tod Vail’s`: `Judge Tod` alone reads as a first name and a surname).
            whole = [*words[:-1], _POSSESSIVE_END.sub("", words[-1])]
            titled = N.is_role_word(words[0]) and split_role(whole)[0] is not None
            owner = len(words) - 1 if titled or split_role(words[:-1])[0] is not None else 0
        if owner:
            # `Congressman Earl L. Carter’s Federal Law Enforcement … Act`: the run holds
            # its owner's name before the possessive (a name followed by a common noun,
            # `Lena Dorn’s family`, stays unregistered: the family is not Dorn).
            head = [*words[:owner], _POSSESSIVE_END.sub("", words[owner])]
            if N.person_evidence(split_role(head)[1]):
                self.note_name(head, pos, title)
            held = _held_by_owner(words[owner + 1 :])
            if held:
                # `Tom Holt’s aide Ben Fisk said`: the owner employs the person named
                # after the role; the run names that person, never the owner.
                tail = words[owner + 1 :]
                return tail, pos + len(" ".join(words[: owner + 1])) + 1, title
        return None

    def _note_joint(
        self,
        joint: list[list[str]],
        pos: int,
        title: str | None,
        role: str | None,
        stated: str | None,
    ) -> Entity:
        """A joint mention (`Rep. Tom Cole and Dr. Bill Cole`): each person registered,
        the role and the title before the run given to them as the run reads."""
        members = [self.note_name(part, pos, title if role else None) for part in joint]
        if not role and members[0] is not None and members[0].kind == "person":
            # `Rep. Tom Cole and Dr. Bill Cole`: the title cut before the run is the
            # first person's.
            members[0].office = members[0].office or stated
        found = [m for m in members if m is not None]
        if role:
            for m in found:
                m.titled = True
        return Entity(" and ".join(m.name for m in found), "joint", role, members=found)

    def _note_organization(self, words: list[str], pos: int) -> Entity | None:
        """An organisation's name, or the one organisation named in full that a lone
        word ends (None where it ends several)."""
        joined = " ".join(words)
        if len(words) == 1 and joined not in self.entities:
            # "the Times" after "the New York Times": the organisation named in full;
            # after the New York and the Financial Times it names neither.
            longer = {
                id(e): e
                for n, e in self.entities.items()
                if n.endswith(" " + joined) and e.kind == "organization"
            }
            if len(longer) > 1:
                return None
            if longer:
                (named,) = longer.values()
                self._mention(pos, named.name)
                return named
        return self._note(joined, "organization", None, None, pos)

    def _surname_holder(
        self,
        surname: str,
        entity: Entity,
        words: list[str],
        title: str | None,
        role: str | None,
        office: str | None,
        honoured: bool,
    ) -> Entity | None:
        """The person a lone surname with this title names, given `entity`, the one
        the text named in full with it; None where the title is another office's,
        sex's or calling's (another person of that surname the text does not name)."""
        if office is not None:
            found = self._namesake_in_office(surname, office, entity)
            if found is None:
                return None
            entity = found
            if (
                " " in entity.name
                and not {"and", "&"} & set(words)
                and (entity.office not in (None, office) or self._other_sex(entity, title, role))
            ):
                # `Senator Green said` or `Congresswoman Green said` where the one Green
                # named in full is `Rep. Al Green`: the title is another office's or
                # sex's, so another person of that surname the text does not name;
                # nobody rather than the member.
                return None
        if (
            " " in entity.name
            and ((_calling(entity.role) or "").capitalize(),) not in self.by_tail
            and _other_calling(
                Entity(surname, "person", role, None, office=office, honoured=honoured),
                entity,
                entity.office,
            )
        ):
            # `Mayor Tod Roe` … `said Senator Roe.`, `Pope John Paul II` … `said Rep. Paul.`:
            # the surname's title is of another calling than the full name's (as
            # `_absorb` reads them in the other order); somebody the text does not name
            # in full, nobody rather than the mayor or the pope. A calling's word that
            # is somebody's surname (`Reps. Bishop and Peters` read as Peters's role) is
            # no calling.
            return None
        return entity

    def _note_person(
        self,
        name: list[str],
        entity: Entity | None,
        pos: int,
        title: str | None,
        role: str | None,
        titled: bool,
        office: str | None,
        honoured: bool,
    ) -> Entity:
        """Register the person `name` names (a new one, or `entity`, named before)
        with what this mention tells of their role, office, title and sex."""
        if entity is None:
            named_as = gender_of(name, title)
            entity = self._note(" ".join(name), "person", role, named_as, pos, (honoured, office))
            entity.honoured = entity.honoured or honoured
        else:
            self._mention(pos, entity.name)
        entity.office = entity.office or office
        if role and not entity.role:
            entity.role = role
        if role or title or titled:
            entity.titled = True
        if title and not entity.gender:
            entity.gender = gender_of([], title)
        if sex := said_gender(title, role):
            entity.say_gender(sex)
        return entity

    @staticmethod
    def _other_sex(entity: Entity, title: str | None, role: str | None) -> bool:
        """The title gives a sex that is not the one the text's own titles gave the person
        (a first name's guess is no evidence against a title: `Congressman Ami Bera`)."""
        sex = said_gender(title, role)
        return sex is not None and bool(entity.said) and sex not in entity.said

    def _namesake_in_office(self, surname: str, office: str, entity: Entity) -> Entity | None:
        """`Congressman Cole` where the text names two people Cole in full (`Dr. Bill Cole`,
        `Congressman Tom Cole`): the one named with that office rather than `entity`, the
        look-up's choice, when that one was not; nobody when several others were."""
        people = [
            self.entities[n]
            for n in sorted(self.by_tail.get((surname,), ()))
            if n in self.entities and self.entities[n].kind == "person" and " " in n
        ]
        same = [e for e in people if e.office == office]
        if len(people) < 2 or entity in same:
            return entity
        # None of the namesakes was named with the office: which one holds it is unknown.
        return same[0] if len(same) == 1 else None

    def _note(
        self,
        name: str,
        kind: str,
        role: str | None,
        gender: str | None,
        pos: int,
        titled: tuple[bool, str | None] | None = None,
    ) -> Entity:
        entity = self.entities.get(name)
        if entity is None and kind == "person":
            # `Donald Payne Jr.` after `Donald M. Payne Jr.`: the fuller form named him.
            entity = self._generation_variant(name.split(), fuller=True)
        if entity is None:
            entity = self.entities[name] = Entity(name, kind, role, gender)
            self._index_end_words(name)
            if kind == "person":
                parts = tuple(name.split())
                self._mark_namesakes(entity, parts)
                if len(parts) > 2 and N.generation(parts[-1]):
                    self._suffixed.add((parts[0], parts[-2]))
                if len(parts) > 2 and parts[-1].lower().strip(",") in N.SUFFIXES:
                    # "Frank Pallone Jr." is "Pallone" too.
                    self.by_tail.setdefault(parts[-2:-1], set()).add(name)
                for k in (1, 2):
                    if len(parts) > k:
                        self.by_tail.setdefault(parts[-k:], set()).add(name)
            self._absorb_shorter(entity, titled)
        self._mention(pos, entity.name)
        return entity

    def _mark_namesakes(self, entity: Entity, parts: tuple[str, ...]) -> None:
        """A first name alone and a person named in full with it, in either order: the
        first name alone is not known to be a person of its own."""
        if len(parts) == 1:
            entity.namesakes = parts[0] in self.given_in_full or parts[0] in self._first_words
            return
        self._first_words.add(parts[0])
        alone = self.entities.get(parts[0])
        if alone is not None and alone.kind == "person":
            alone.namesakes = True

    def _generation_variant(self, parts: list[str], fuller: bool) -> Entity | None:
        """The one other person of the book with this name's first name and surname who
        is `fuller` than it (not `fuller`: whom it is fuller than): a generational suffix
        where it has none, or the same suffix and more middle initials. `Donald M. Payne
        Jr.`, `Donald Payne Jr.` and, in a document that writes the suffix, `Donald
        Payne` are one man; with two suffixed people of the name (father and son) a name
        without one is neither. None when there is no such person or two."""
        mine = _generation_parts(parts)
        if mine is None or (mine[2] is None and (mine[0], mine[1]) not in self._suffixed):
            return None
        found = []
        for entity in self.entities.values():
            theirs = _generation_parts(entity.name.split()) if entity.kind == "person" else None
            if theirs is None or theirs[:2] != mine[:2] or theirs == mine:
                continue
            if theirs[3] and mine[3] and theirs[3] != mine[3]:
                continue  # `José E.`, `José M.`: two people
            big, small = (theirs, mine) if fuller else (mine, theirs)
            if big[2] is not None and (
                small[2] is None or small[2] == big[2] and len(big[3]) > len(small[3])
            ):
                found.append(entity)
        return found[0] if len(found) == 1 else None

    def _absorb_shorter(self, full: Entity, titled: tuple[bool, str | None] | None = None) -> None:
        """A full name seen after its short form ("Trump" ... "Donald Trump", "Payne" ...
        "Donald Payne Jr.") takes it over, as `Donald M. Payne Jr.` takes over `Donald
        Payne Jr.`; `titled`: whether the full name was written with an honorific of a
        calling (`Dr.`), and the office its title names, if any."""
        parts = full.name.split()
        if full.kind != "person" or len(parts) < 2:
            return
        variant = self._generation_variant(parts, fuller=False)
        # `Wes Tarrant, II` after `Congressman Tarrant`: the surname stands before the
        # generational suffix.
        suffixed = len(parts) > 2 and N.generation(parts[-1]) is not None
        surname = parts[-2].rstrip(",") if suffixed else parts[-1]
        for short_name in [surname, *([variant.name] if variant else [])]:
            self._absorb(full, short_name, titled)

    def _absorb(
        self, full: Entity, short_name: str, titled: tuple[bool, str | None] | None = None
    ) -> None:
        short = self.entities.get(short_name)
        office = short.office if short is not None else None
        honoured, held = titled or (False, None)
        if office is not None and (honoured or held not in (None, office)):
            # `Congressman Cole` before `Dr. Bill Cole` or `Senator Bill Cole`: another
            # calling or seat names another person, whom a later `Congressman Tom Cole`
            # may be (`Rules Committee Chairman Tom Cole` says nothing against him).
            return
        if short is not None and _other_calling(short, full, held):
            # `said Senator Roe.` … `Mayor Tod Roe Jr.`, `said Dr. Roe.` … `Judge Tod Roe`:
            # a mayor or a judge is not the one the title before the surname named; the
            # surname stays its own.
            return
        if short is not None and short.kind == "person" and short is not full:
            del self.entities[short_name]
            full.gender = full.gender or short.gender
            for sex in short.said:
                full.say_gender(sex)
            full.quoted = full.quoted or short.quoted
            full.titled = full.titled or short.titled
            full.role = full.role or short.role
            full.office = full.office or short.office
            self.timeline = [(p, full.name if n == short.name else n) for p, n in self.timeline]
            moved = self.mentions_at.pop(short.name, [])
            if moved:
                self.mentions_at[full.name] = sorted(self.mentions_at.get(full.name, []) + moved)
            count, order = self.seen.pop(short.name, (0, 0))
            mine = self.seen.get(full.name, (0, 0))
            self.seen[full.name] = (mine[0] + count, max(mine[1], order))

    def _mention(self, pos: int, name: str) -> None:
        if self.timeline and pos < self.timeline[-1][0]:
            bisect.insort(self.timeline, (pos, name))
        else:
            self.timeline.append((pos, name))
        bisect.insort(self.mentions_at.setdefault(name, []), pos)
        self._order += 1
        self.seen[name] = (self.seen.get(name, (0, 0))[0] + 1, self._order)
        entity = self.entities.get(name)
        if entity is not None and (pos, name) not in self._counted:
            # The narration is read once for names and again at each cue: count places.
            self._counted.add((pos, name))
            entity.mentions += 1

    def known(self, name: list[str]) -> Entity | None:
        """The entity already named by these words or ending with them, if any."""
        return self._resolve_short(name)

    def _name_before_place(self, name: list[str]) -> list[str] | None:
        """The name without the place run into it (`Ann Holt Oak Township` → `Ann
        Holt`); `Mary Beth Holt Oak Township` → `Mary Beth Holt` only when the text
        names the person by `Holt` alone elsewhere (`Holt said`), since `Beth` may be
        the surname; None where the name's end is unsure."""
        cut = N.drop_place_after_name(name)
        if len(cut) < len(name) and not N.place_after_name(cut):
            return cut
        surname = N.surname_before_place(name)
        if surname is not None and self._named_alone(surname):
            return name[:3]
        return None

    def _named_alone(self, word: str) -> bool:
        """Whether a text names somebody by `word` alone as the subject of a verb of
        saying (`Holt said`, `said Holt.`): no capitalised word runs into it."""
        if self._alone is None:
            self._alone = set().union(*(_said_alone(t) for t in self.texts))
        return word in self._alone

    def _resolve_short(self, name: list[str], kin: bool = True) -> Entity | None:
        """`Stepanov` → the entity whose name ends with that word; when several do ("Ted
        Cruz", "Heidi Cruz"), the one mentioned most often, then the most recent. Not
        `kin`: a surname alone is none of the kin the text sets off as owned by it."""
        joined = " ".join(name)
        if joined in self.entities:
            return self.entities[joined]
        if len(name) > 2:
            return None
        best = None
        others = self._kin_of_surname(name[0]) if len(name) == 1 and not kin else set()
        for ent_name in self.by_tail.get(tuple(name), ()):
            if ent_name not in self.entities or ent_name in others:
                continue
            if best is None or self.seen[ent_name] > self.seen[best]:
                best = ent_name
        if best is None and len(name) == 1 and N.first_name_gender(name[0]) is not None:
            # `“…,” Courtney said` after `senior Courtney Henderson visited`: a first name
            # alone is the one person of the document named in full with it, if only one.
            owners = [
                e
                for e in self.entities.values()
                if e.kind == "person" and len(e.name.split()) >= 2 and e.name.split()[0] == name[0]
            ]
            return owners[0] if len(owners) == 1 else None
        return self.entities[best] if best is not None else None

    def _kin_of_surname(self, surname: str) -> set[str]:
        """The full names the text sets off after a kin noun owned by `surname` (`Holt’s
        husband, Tod Holt,`): that kin is somebody else than the one it calls `Holt`."""
        if self._surname_kin is None:
            self._surname_kin = {}
            for text in self.texts:
                for surname, kin in surname_kin(text):
                    self._surname_kin.setdefault(surname, set()).add(kin)
        return self._surname_kin.get(surname, set())

    def _before(self, pos: int) -> list[tuple[int, str]]:
        """The latest mentions at or before `pos`, latest first, within reach."""
        k = bisect.bisect_right(self.timeline, (pos, "\U0010ffff"))
        return self.timeline[max(0, k - RESOLVE_REACH) : k][::-1]

    # -- resolving speaker mentions ----------------------------------------

    def resolve_pronoun(self, pronoun: str, pos: int) -> Entity | None:
        """`he`/`she` → the latest person before `pos` of a compatible gender."""
        want = PRONOUN_GENDER.get(pronoun.lower())
        plural = pronoun.lower() in {"they", "we", "it"}
        fallback: tuple[int, Entity] | None = None
        # Whether each entity names a person, asked once a call: the window holds the
        # same few people many times over in a text that keeps naming them.
        named: dict[str, bool] = {}
        for p, name in self._before(pos):
            ent = self.entities.get(name)
            if ent is None:
                continue
            if plural:
                if ent.kind == "organization" and N.org_shape(ent.name.split()):
                    # `Fans protested outside Kestrel Pictures. “…,” they said`: only the
                    # body a sentence was about speaks as `they`/`it`, not an object's.
                    return ent if self._opens_sentence_at(ent.name, p) else None
                continue
            if ent.kind != "person":
                continue
            if name not in named:
                named[name] = bool(speaker_names(ent, False))
            if not named[name]:
                continue  # "Russian", "Ministry": words the name pattern took, no person
            if want is None or ent.gender == want:
                if want is not None and self._object_beside_subject(p, ent, want):
                    return None
                if want is not None and self.lone_subject_between(ent, p, pos):
                    # `Hal Ames spoke first. Okafor testified next. “…,” he said`: the
                    # sentence's own subject, of unknown gender, may be the one meant.
                    return None
                return ent
            if fallback is not None and fallback[0] - p > PRONOUN_REACH:
                break
            if (
                ent.gender is None
                and fallback is None
                and ent.titled
                and pos - p <= NEAR_TITLED
                and not self._subject_before(p, want)
            ):
                # `the words of Secretary McDonald himself. On Monday, he stated`: a person
                # just named with a title, gender unknown, over an earlier known man.
                return ent
            if ent.gender is None and fallback is None:
                # A name of unknown gender fits, but a nearby name known to fit is a
                # safer antecedent ("Tobias … Mary Holt … she said": Holt, not Tobias).
                fallback = (p, ent)
        return fallback[1] if fallback else None

    def lone_subject_between(self, ent: Entity, start: int, pos: int) -> bool:
        """Whether the latest lone capitalised word opening a sentence as its subject
        after `start` and before `pos`, at most two paragraphs before `pos`'s, is not
        a word of `ent`'s name (`Trump has responded … . Clinton says she …`: Clinton's)."""
        lo = bisect.bisect_right(self.lone_subjects, (start, "\U0010ffff"))
        hi = bisect.bisect_left(self.lone_subjects, (pos, ""))
        if hi <= lo:
            return False
        at, word = self.lone_subjects[hi - 1]
        # Two paragraph steps counted whole: `Brandt has commented on it. On Tuesday, he
        # spoke … .` then `“…,” he said` at the end of the next paragraph.
        return pos // PRONOUN_REACH - at // PRONOUN_REACH <= 2 and word not in ent.name.split()

    def _opens_sentence_at(self, name: str, pos: int) -> bool:
        """Whether the name at `pos` opens its sentence as its subject, after `The` at
        most (`Harbor Holdings said …`, `The Lakeport Studios team …`)."""
        paragraph, offset = divmod(pos, PRONOUN_REACH)
        if paragraph >= len(self.texts):
            return False
        text = self.texts[paragraph]
        # The mention may start at an article or a title before the name.
        at = text.find(name, max(0, offset - 2), offset + len(name) + 12)
        if at < 0:
            return False
        # The sentence's words before the name, looked for within a bounded stretch so a
        # paragraph of many pronouns is not read from its start for each of them.
        start = max(0, at - _SENTENCE_REACH)
        gap = None
        for found in _SENTENCE_GAP.finditer(text, start, at):
            gap = found
        if gap is None and start > 0:
            return False  # the sentence opened too far back for the name to open it
        head = text[gap.end() if gap is not None else 0 : at].strip()
        if _OPENING_PHRASE.fullmatch(head):
            return True
        # `The firm that stages the awards, Harbor Stage Productions, says …`: the
        # subject's apposition, between commas.
        return (
            bool(_SUBJECT_BEFORE_APPOSITION.fullmatch(head))
            and text[at + len(name) : at + len(name) + 1] == ","
        )

    def _placed(self, name: list[str], pos: int) -> bool:
        """Whether `name` at `pos` is a place the gazetteer knows, written as one: after a
        preposition of place (`in Raytown`) or before its state (`Raytown, Mo.,`). A
        surname that is also a town (`said Rogers`) is read as written elsewhere."""
        if not _place_alone(name):
            return False
        paragraph, offset = divmod(pos, PRONOUN_REACH)
        if paragraph >= len(self.texts):
            return False
        # The name may stand a few words after where its run starts (`In Raytown`).
        text = self.texts[paragraph]
        at = text.find(name[0], max(0, offset - 2), offset + len(name[0]) + 24)
        if at < 0:
            return False
        before = text[max(0, at - 12) : at].split()
        if before and before[-1].lower() in _PLACE_PREPOSITIONS:
            return True
        after = _STATE_AFTER.match(text, at + len(" ".join(name)))
        return after is not None and (
            after.group(1).casefold() in US_STATES or f"{after.group(1)}.".casefold() in US_STATES
        )

    def word_at(self, word: str, pos: int) -> tuple[str, int] | None:
        """The paragraph text holding `word` at the position `pos` and the word's offset
        in it (a word's position counts paragraphs in steps of PRONOUN_REACH), or None
        when the text there does not hold it."""
        paragraph, offset = divmod(pos, PRONOUN_REACH)
        if paragraph >= len(self.texts):
            return None
        text = self.texts[paragraph]
        at = text.find(word, max(0, offset - 2), offset + len(word) + 2)
        return None if at < 0 else (text, at)

    def _member_and_other(self, words: list[str], pos: int) -> bool:
        """Whether the run opens with `the` and a member's title before `and` and more
        words (`The Congressman and Secretary Ann Roe`), the `the` in the run or in lower
        case right before it."""
        if len(words) > 3 and _clean(words[0]) == "the":
            return _clean(words[1]) in MEMBER_NOUNS and words[2] == "and"
        if len(words) < 3 or _clean(words[0]) not in MEMBER_NOUNS or words[1] != "and":
            return False
        found = self.word_at(words[0], pos)
        return found is not None and found[0][: found[1]].endswith("the ")

    def _salutation(self, words: list[str], pos: int) -> bool:
        """Whether `Dear …` at `pos` greets a letter's addressee: `Dear X:` or `Dear X,`
        opening the letter, which a release flattened to one paragraph may write after
        its date (`March 9, 2015 Dear Director Jones:`). `Dear Colleague` names a kind of
        letter (`In her Dear Colleague Rep. Ann Holt wrote`), as does `Dear` after an
        article or a possessive. Unread text: unsure, so the name is the addressee."""
        if len(words) > 1 and _clean(words[1]) in ("colleague", "colleagues"):
            return False
        found = self.word_at(words[0], pos)
        if found is None:
            return True
        text, at = found
        before = text[max(0, at - 12) : at].split()
        if before and before[-1].lower() in _DETERMINERS:
            return False
        return _SALUTATION.match(text, at) is not None

    def _opens_question(self, words: list[str], pos: int) -> bool:
        """The auxiliary `words[0]` at `pos` opens a sentence that is a question (`Have
        Commerce officials answered?`) or stands before a plural noun or a title (`Did
        Senators …`), never right after a verb of saying (`said Can Dogan`)."""
        found = self.word_at(words[0], pos)
        if found is None:
            return False
        text, at = found
        before = text[max(0, at - 40) : at].rstrip()
        if before and before[-1] not in ".!?:;”\"’'":
            return False  # inside a sentence: `said Can Dogan`, `with Do Kim`
        if before.split()[-1:] and _clean(before.split()[-1]) in _SAYING:
            return False
        end = _QUESTION_OR_END.search(text, at)
        while (
            end is not None
            and end.group() == "."
            and not _ends_sentence(text[text.rfind(" ", at, end.start()) + 1 : end.end()])
        ):
            # `Is Acme cutting services at St. Mary Hospital next?`: an abbreviation's
            # full stop ends no sentence.
            end = _QUESTION_OR_END.search(text, end.end())
        if end is not None and end.group() == "?":
            return True
        nxt = words[1] if len(words) > 1 else ""
        return _plural_role(nxt) or N.is_role_word(nxt) or _clean(nxt) in TITLE_GENDER

    def _object_beside_subject(self, at: int, ent: Entity, want: str) -> bool:
        """Whether the mention at `at` follows a preposition (`to Don Stephens`, `with
        Sheriff Ivo Roth`) in a sentence that names, before it, another person of the
        pronoun's gender: `Rep. Tom Holt wrote to Dr. Ivo Roth. He released …` fits
        both men, the subject as well as the latest named. Two fit: nobody is sure."""
        paragraph, offset = divmod(at, PRONOUN_REACH)
        if paragraph >= len(self.texts):
            return False
        text = self.texts[paragraph]
        if not _OBJECT_BEFORE.search(text, max(0, offset - 40), offset):
            return False
        # The sentence begins after the last word before the mention that ends one.
        begin = max(0, offset - _SENTENCE_REACH)
        for m in _WORD.finditer(text, begin, offset):
            if _ends_sentence(m.group()) or m.group().endswith(("!", "?", ".”", '."')):
                begin = m.end()
        start = paragraph * PRONOUN_REACH + begin
        k = bisect.bisect_left(self.timeline, (start, ""))
        while k < len(self.timeline) and self.timeline[k][0] < at:
            other = self.entities.get(self.timeline[k][1])
            if (
                other is not None
                and other is not ent
                and other.kind == "person"
                and other.gender == want
                and speaker_names(other, False)
            ):
                return True
            k += 1
        return False

    def _subject_before(self, at: int, want: str | None) -> bool:
        """Whether the sentence of the mention at `at` names, before it, a person or a
        pronoun of gender `want`: `Sen. Jane Holt thanked Commissioner Okafor … she said`
        is Holt's, the subject's, not the titled object's."""
        # The run starts at or a title's length before its person's mention.
        k = bisect.bisect_right(self.sentence_heads, (at, at, "\U0010ffff")) - 1
        if k < 0 or want is None or at - self.sentence_heads[k][0] > 80:
            return False
        _run, start, before = self.sentence_heads[k]
        if re.search(r"\bshe\b" if want == "f" else r"\bhe\b", before):
            return True
        k = bisect.bisect_left(self.timeline, (start, ""))
        while k < len(self.timeline) and self.timeline[k][0] < at:
            ent = self.entities.get(self.timeline[k][1])
            if ent is not None and ent.kind == "person" and ent.gender == want:
                return True
            k += 1
        return False

    def resolve_relative(self, pos: int) -> Entity | None:
        """`who` → the person or organisation named right before it ("Ann Holt, who")."""
        before = self._before(pos)
        for at, name in before[:1]:
            ent = self.entities.get(name)
            if ent is not None and speaker_names(ent, ent.kind == "organization"):
                head = self._head_of_appositive(at, pos, before, ent)
                if head is None:
                    self.relative_nobody.add(pos)
                return head
            if ent is not None and ent.kind == "person":
                return self._past_description(at, pos, before)
        return None

    def _past_description(self, at: int, pos: int, before: list[tuple[int, str]]) -> Entity | None:
        """The person named before an appositive `, a|an|the <words>,` that `who` at
        `pos` follows, when the words (named at `at`) name nobody who speaks: `Ann Roe, a
        Corvale Democrat, who says` is Ann Roe's; `a neighbor, a Corvale Democrat, who`
        nobody's."""
        paragraph, offset = divmod(at, PRONOUN_REACH)
        if paragraph >= len(self.texts) or pos // PRONOUN_REACH != paragraph:
            return None
        text = self.texts[paragraph]
        if not _NAME_THEN_COMMA.match(text[offset : pos - paragraph * PRONOUN_REACH]):
            return None
        head = text[max(0, offset - 20) : offset]
        m = _DESCRIPTION_OPENS.search(head)
        if m is None:
            return None
        named = self._named_before_comma(offset - len(head) + m.start(), paragraph, before)
        if named is None:
            return None
        ent, start = named
        ahead = text[max(0, start - 120) : start]
        if _AND_BEFORE.search(ahead):
            return None  # `Tod Vail and Ann Roe, the Corvale Democrats, who`
        m = _OWNER_BEFORE.search(ahead)
        if m is not None and _describes_person(m.group("noun")):
            return None  # `the son of Ann Roe, a Corvale Democrat, who`: son or mother
        return ent

    def _named_before_comma(
        self, comma: int, paragraph: int, before: list[tuple[int, str]]
    ) -> tuple[Entity, int] | None:
        """The person whose name (capitalised words alone) ends at the comma at offset
        `comma` of `paragraph`, among the mentions `before` (latest first), and where
        the name starts; or None."""
        text = self.texts[paragraph]
        for p, name in before[1:]:
            par, off = divmod(p, PRONOUN_REACH)
            if par != paragraph or off >= comma:
                continue
            other = self.entities.get(name)
            if (
                other is not None
                and other.kind == "person"
                and _APPOSITIVE_HEAD.fullmatch(text[off:comma])
                and speaker_names(other, False)
            ):
                return other, off
            break
        return None

    def _head_of_appositive(
        self, at: int, pos: int, before: list[tuple[int, str]], ent: Entity
    ) -> Entity | None:
        """`ent`, named at `at` right before `who` at `pos`, unless it sits inside an
        appositive: `Ann Roe, a teacher at Corvale High School, who said` is Ann Roe's
        (the name before the appositive's comma; a body is no `who`), `a neighbor, a
        teacher at …, who` nobody's; a person there (`Ann Roe, mother of Tod Vail, who`)
        may be the one, or the name before: nobody. `Ann Roe and Tod Vail, who` is both
        or nobody, never the last alone."""
        paragraph, offset = divmod(at, PRONOUN_REACH)
        if paragraph >= len(self.texts) or pos // PRONOUN_REACH != paragraph:
            return ent
        text = self.texts[paragraph]
        run = text[offset : pos - paragraph * PRONOUN_REACH]
        if _PAIR_THEN_COMMA.match(run) and any(p == at and n != ent.name for p, n in before[1:3]):
            return None  # `Ann Roe and Tod Vail, who`: the pair's members share the place
        if not _NAME_THEN_COMMA.match(run):
            return ent
        head = text[max(0, offset - 120) : offset]
        if _AND_BEFORE.search(head):
            return None
        m = _APPOSITIVE_BEFORE.search(head)
        if m is None or not _describes_person(m.group("noun")):
            return ent
        if ent.kind != "organization":
            return None
        named = self._named_before_comma(offset - len(head) + m.start(), paragraph, before)
        return None if named is None else named[0]

    def resolve_noun(self, phrase: str, pos: int) -> Entity | None:
        """`the envoy` → the latest entity whose role or kind fits the noun."""
        head = phrase.lower().split()[-1]
        if (
            head not in PERSON_NOUNS
            and head not in ORG_NOUNS
            and head.rstrip("s") not in (PERSON_NOUNS | ORG_NOUNS)
        ):
            return None  # "the letter", "the report": nobody to resolve to
        if head.endswith("s") and not head.endswith("ss") and head[:-1] in PERSON_NOUNS | ORG_NOUNS:
            return None  # "the lawmakers", "the officials": several people, not the last named
        if head in _PLURAL_PERSON_NOUNS:
            return None
        want_org = head in ORG_NOUNS
        gender = "m" if head in MALE_NOUNS else "f" if head in FEMALE_NOUNS else None
        fallback = None
        for _p, name in self._before(pos):
            ent = self.entities.get(name)
            if ent is None or want_org != (ent.kind == "organization"):
                continue
            if not speaker_names(ent, False):
                continue
            if ent.role and head in ent.role.lower():
                return ent
            if fallback is None and (gender is None or ent.gender in (None, gender)):
                fallback = ent
        if want_org:
            # "the campaign" names an organisation only when one of its kind was named.
            return fallback if fallback and head in fallback.name.lower() else None
        return fallback

    def entity_for(self, name: str, kind: str = "person") -> Entity:
        entity = self.entities.get(name)
        if entity is None:
            entity = self.entities[name] = Entity(name, kind)
            self._index_end_words(name)
        return entity

    def _index_end_words(self, name: str) -> None:
        parts = name.split()
        if len(parts) >= 2:
            for word in {parts[0], parts[-1]}:
                self._by_end_word.setdefault(word, set()).add(name)

    def people_named_with(self, word: str) -> tuple[str, ...]:
        """The people named with two words or more whose first or last word is `word`
        (`Ann Levin` for `Levin` or `Ann`), in the order they were first registered."""
        names = [
            n
            for n in self._by_end_word.get(word, ())
            if (e := self.entities.get(n)) is not None and e.kind == "person"
        ]
        if len(names) > 1:
            order = {n: k for k, n in enumerate(self.entities)}
            names.sort(key=order.__getitem__)
        return tuple(names)

    def people_between(self, start: int, end: int) -> list[Entity]:
        """The people mentioned from `start` up to `end`, each once, in reading order."""
        k = bisect.bisect_left(self.timeline, (start, ""))
        out: list[Entity] = []
        seen: set[int] = set()
        while k < len(self.timeline) and self.timeline[k][0] < end:
            ent = self.entities.get(self.timeline[k][1])
            if ent is not None and ent.kind == "person" and id(ent) not in seen:
                seen.add(id(ent))
                out.append(ent)
            k += 1
        return out

    def speakers(self) -> list[Speaker]:
        return [e.to_speaker() for e in self.entities.values() if e.quoted]


def speaker_names(entity: Entity | None, explicit: bool) -> list[str]:
    """The canonical speakers an entity stands for, or none when it names no speaker.

    `explicit` says the entity is the subject of a speech cue next to the quotation
    (`“…,” Ann Holt said`); a weaker route (a sentence's subject, the last name before)
    needs more evidence that the words are a person's name.
    """
    if entity is None:
        return []
    if entity.kind == "joint":
        # Each person of "Amy Holt and Al Varga" needs evidence of their own: the cue
        # vouches for the whole phrase, not for every word-pair in it.
        named = [
            speaker_names(member, explicit and len(member.name.split()) > 1)
            for member in entity.members
        ]
        if not all(named):
            # "Immigration and Border Security said": when one part names nobody, the
            # phrase is not a list of people, and a part speaks only with a known first
            # name, an initial or a title of its own.
            named = [
                speaker_names(member, False)
                if N.person_evidence(member.name.split()) or member.titled
                else []
                for member in entity.members
            ]
        out: list[str] = []
        for names in named:
            out += [n for n in names if n not in out]
        return out
    words = entity.name.split()
    if len(words) == 1 and words[0].rstrip(".,").replace(".", "") in STATE_CODES:
        return []  # "a grand jury in Dunmore, NY announced": a state, no speaker
    if entity.kind == "person" and any(w.lower() in _DOCUMENT_WORDS for w in words):
        return []  # `The Executive Summary of the report states`: a document, no person
    if (
        entity.kind == "person"
        and len(words) > 1
        and N.is_initial(words[-1])
        and (entity.titled or entity.role)
    ):
        # `Congressman John B.`: a name cut after its middle initial (`John B. La rson`);
        # an untitled `Lucy C.` signs a reader's review with her last initial.
        return []
    if entity.kind == "person" and words[-1].lower().strip(".,") in _PARTY_MEMBERS:
        return []  # `the Nashville Democrat`: a description of somebody, not a name
    if entity.kind == "person" and any(c.isdigit() for c in entity.name):
        return []  # `(R, Illinois-15)`: a district, no person's name has a digit
    if entity.kind == "organization":
        # An organisation speaks through a verb of saying ("the EPA announced"); as the
        # subject of any other sentence it is what the quotation is about.
        if not explicit:
            return []
        pair = _two_organisations(words)
        if pair is not None:
            return pair  # `ICE and the Department of Homeland Security`: each speaks
        if N.org_shape(words) or N.is_capital(words) or N.is_acronym(words):
            return [entity.name]
        if entity.publication:
            return [entity.name]
        return []
    if not N.person_shape(words, titled=entity.titled):
        return []
    if len(words) == 1:
        # A surname alone: a speaker with a title ("Sen. Holt"), or at a cue when the
        # article names it more than once ("… Holt said"); a word at one cue ("Momentum
        # continues") is not one, nor a lone first name ("Bruce insisted") unless the
        # lexicon is sure of it and the text names nobody in full with it.
        if entity.titled:
            return [entity.name]
        if explicit and entity.mentions > 1 and not N.first_name_gender(words[0]):
            return [entity.name]
        if explicit and _given_name_alone(entity):
            return [entity.name]
        return []
    if N.person_evidence(words) or entity.titled or explicit:
        return [entity.name]
    return []


# Two or more capitalised words (maybe with a middle initial) in a run, or in capitals:
# `Marie Kondo`, `Ann K. Holt`, `Rolling Stone`, `SARAH KLEIN`.
_GIVEN_IN_RUN = re.compile(
    # The look-ahead lets `re` skip to a capital letter instead of trying every position.
    r"(?=[A-Z])\b(?:[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w’'-]*)+"
    r"|[A-Z]{2,}(?:\s+(?:[A-Z]\.\s+)?[A-Z]{2,})+\b)"
)


# Words of a headline in Title Case that are no surname after a first name: small
# function words and the verbs and nouns a headline runs on with.
_HEADLINE_RUN_WORDS = frozenset(
    """and or but nor the a an of to in on at by for from with as into over after before
    about than is are was be says said tells told review reviews opens open joins join
    wins win leads lead takes take gets get makes make talks talk tests test named names
    new our his her its their this that""".split()
)


def _headline_case(text: str) -> bool:
    """A line in Title Case or in capitals (a headline, a heading), where a run of
    capitalised words is no sign of a name: at least three words, every one of them
    capitalised but a few small ones."""
    words = lower = 0
    # A body's text holds its fourth lower-case word within a line or two: the rest of
    # it is not read.
    for m in _HEADLINE_WORD.finditer(text):
        words += 1
        if m.group()[0].islower():
            lower += 1
            if lower > 3:
                return False
    return words >= 3 and lower * 5 <= words


_HEADLINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _given_name_alone(entity: Entity) -> bool:
    """A person the text calls by a first name alone at a cue (`“…” - Tiffany`, `Matthew,
    our lead tester, explains`): `sure_given_name`, and the document names nobody in
    full with it (the one who does is the speaker, see `SpeakerBook._resolve_short`)."""
    return entity.kind == "person" and not entity.namesakes and sure_given_name(entity.name)


@functools.lru_cache(maxsize=4096)
def sure_given_name(word: str) -> bool:
    """A first name the lexicon knows as one sex's (not `Jordan`, `Summer`), given in the
    US or widely, and no place's or country's name (`Austin`, `Victoria`, `Israel`)."""
    return (
        N.first_name_gender(word) in ("m", "f")
        and not N.weak_first_name_gender(word)
        and not N.either_sex(word)
        and N.common_first_name(word)
        and not N.a_place_name([word])
        and word.lower() not in country_names()
    )


def _two_organisations(words: list[str]) -> list[str] | None:
    """Two organisations the name pattern took as one: `ICE and the Department of
    Homeland Security`, `FBI and CIA`. One organisation's name holds `and` between the
    words of one thing (`Department of Housing and Urban Development`), not before a new
    `the` nor between two acronyms; each part must be an organisation on its own."""
    for k, word in enumerate(words[1:-1], 1):
        if word.lower() not in ("and", "&"):
            continue
        left, right = words[:k], words[k + 1 :]
        fresh = right[0].lower() == "the" and len(right) > 1
        if fresh:
            right = right[1:]
        elif not (N.is_acronym(left) and N.is_acronym(right)):
            continue
        if left[0].lower() == "the":
            left = left[1:]
        if all(N.org_shape(part) or N.is_acronym(part) for part in (left, right)):
            return [" ".join(left), " ".join(right)]
        return None
    return None


# -- statements under a name ---------------------------------------------------

# A name standing alone between a sentence's end (or a quotation's) and an opening mark,
# with a title before it or a role after a comma: `… the program. Congressman Ann Holt
# “…”`, `“…” Al Varga, President of the Holt Fund “…”`. No verb: a label, as a
# statement's heading is, whose flattened text lost its line break.
_NAME_LABEL = re.compile(
    r"(?:^|(?<=[.!?”\"’])|(?<=###))[\s\u200b]*"
    r"(?P<title>(?:U\.S\.\s+)?(?:Congressman|Congresswoman|Senator|Sen\.|Rep\.|Representative|"
    r"Delegate|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)?"
    rf"(?P<name>{LABEL_NAME})"
    r"(?:,\s+(?P<role>[A-Z][^.!?“”\"\n]{2,90}?))?"
    r"[\s\u200b]*[“\"]?$"
)
_LABEL_REACH = 160
# A statement under a label of its own in a list (`What they are saying: Ann Holt,
# Director, Acme Clinic: “…” Ivo Roth, President, Roth Fund: “…”`): a name after a
# sentence's, a quotation's or a heading's end, then its role and organisation in
# capitalised words set off by commas, and a colon right before the opening mark.
_COLON_LABEL = re.compile(
    r"(?:^|(?<=[.!?”\"’:]))[\s\u200b]*"
    rf"(?P<name>{LABEL_NAME})"
    r"(?P<role>(?:,\s+[^,.!?:“”\"\n]{2,90}){1,4}):\s*[“\"]$"
)
# The words of such a role: capitalised, numbers, and the small words of a title.
_ROLE_WORD = re.compile(r"[A-Z0-9&•–-][\w’'.&/-]*|of|for|and|the|on|at|in|to|de|former")
# A name right after a paragraph's last quotation: `“…” Al Varga, President of …`, the
# signature of a statement, which then names the quotation before it, not the next.
_SIGNED_AFTER = re.compile(r"[\s\u200b]*(?:[-–—]\s*)?[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+")


def label_before(
    paragraphs: list[str], quotes: list[Quote], book: SpeakerBook, stride: int
) -> None:
    """Statements each under its speaker's name, `Congressman Ann Holt “…” Al Varga,
    President of the Holt Fund “…”`: each is the named person's. The label wins over a
    cue in an earlier sentence or a sentence's subject (which read the names one
    statement late); a cue after the quotation keeps its speaker. A paragraph whose last
    quotation is followed by a name is signed after each statement instead: left as
    read."""
    by_paragraph: dict[int, list[Quote]] = {}
    for quote in quotes:
        if quote.kind == "direct":
            by_paragraph.setdefault(quote.paragraph, []).append(quote)
    for index, found in by_paragraph.items():
        if index >= len(paragraphs):
            continue
        text = paragraphs[index]
        for quote in found:
            _colon_label(text, quote, book, index * stride)
        last = found[-1]
        labelled: list[tuple[Quote, re.Match[str]]] = []
        reach = 0
        for quote in found:
            mark = quote.start - 1
            while mark > 0 and text[mark] not in '“"':
                mark -= 1
            m = _NAME_LABEL.search(text, max(reach, mark - _LABEL_REACH), mark)
            reach = quote.end
            if m is not None and _a_label(text, m) and _a_statement(text, quote):
                labelled.append((quote, m))
        # The convention holds when the first statement has its label too. A paragraph
        # that reads both ways (a name before the first statement and one after the
        # last) is read as labelled before: signing each would shift every speaker.
        if not labelled or labelled[0][0] is not found[0]:
            if _SIGNED_AFTER.match(text, min(len(text), last.end + 1)):
                _sign_each(text, found, book, index * stride)
            continue
        for quote, m in labelled:
            if _cued_after(text, quote.end):
                continue
            words = m.group("name").split()
            if words[-1].lower().strip("’'") in _NOT_SURNAMES:
                continue  # `Ann Holt Elementary “…”`: a school or a place named for her
            title = (m.group("title") or "").strip() or None
            entity = book.note_name(words, index * stride + m.start("name"), title)
            if entity is None or entity.kind != "person":
                continue
            names = speaker_names(entity, explicit=True)
            if not names:
                continue
            entity.quoted = True
            quote.speakers, quote.speaker = list(names), names[0]
            quote.mention, quote.cue = " ".join(words), None
            quote.method, quote.confidence = "cue", LABEL_CONFIDENCE


def _sentence_end(word: str) -> bool:
    """A full stop that ends a sentence, not a short title's (`Hon.`, `Rev.`) nor an
    initial's (`A.J.`)."""
    return _ends_sentence(word) and not (word[:1].isupper() and len(word) <= 5)


def _colon_label(text: str, quote: Quote, book: SpeakerBook, offset: int) -> None:
    """`Ann Holt, Director, Acme Clinic: “…”`: the person of the label right before the
    opening mark speaks the statement, not the one labelled or cued before it."""
    mark = quote.start - 1
    while mark > 0 and text[mark] not in '“"':
        mark -= 1
    if not text[max(0, mark - 3) : mark].rstrip().endswith(":"):
        return
    m = _COLON_LABEL.search(text, max(0, mark - 2 * _LABEL_REACH), mark + 1)
    if m is None or _cued_after(text, quote.end) or not _a_statement(text, quote):
        return
    if not all(_ROLE_WORD.fullmatch(w.strip(",")) for w in m.group("role").split() if w.strip(",")):
        return  # `Rep. Ann Holt, who chairs the panel, released the statement below:`
    before = text[: m.start("name")].rstrip(" \u200b").split()
    if before and before[-1].endswith(".") and not _sentence_end(before[-1]):
        return  # `the death of the Hon. Ivo Roth, Chairman of …:`, `and Rep. Ann Holt, IN:`
    words = m.group("name").split()
    if words[-1].lower().strip("’'") in _NOT_SURNAMES or words[0].lower() in NOT_NAME:
        return
    entity = book.note_name(words, offset + m.start("name"))
    if entity is None or entity.kind != "person" or not N.person_evidence(words):
        return
    names = speaker_names(entity, explicit=True)
    if len(names) != 1:
        return
    entity.quoted = True
    quote.speakers, quote.speaker = list(names), names[0]
    quote.mention, quote.cue = " ".join(words), None
    quote.method, quote.confidence = "cue", LABEL_CONFIDENCE


# The signature after a statement: a name (one middle initial at most), then its role and
# organisation in capitalised words, `“…” Ann Holt President Holt Fund Citizens Alliance:
# “…”` (a list of endorsements whose line breaks were lost).
_SIGNATURE = re.compile(
    r"[\s\u200b]*(?:[-–—]\s*)?(?P<name>[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+)"
    r"(?P<rest>[^“”\"]*)"
)
# A name with its title and a colon heads the next statement (`Georgia Lieutenant
# Governor Ann Holt:`); a signature's role and group and the next heading run longer.
_HEADING_WORDS = 6
_SIGNATURE_WORD = re.compile(r"[A-Z0-9&][\w’'.,&:-]*|of|for|and|the|on|at|in|to|–|-|—|:|,")


def _sign_each(text: str, found: list[Quote], book: SpeakerBook, offset: int) -> None:
    """`“…” Ann Holt President Holt Fund Citizens Alliance: “…” Ivo Roth Director …`:
    when every statement of the paragraph is followed by a person's name and nothing but
    capitalised words (a role, an organisation, the next one's heading) up to the next
    statement, and none by a verb of saying, each statement is the person signing it —
    not the heading's name before it, nor the issuer's."""
    if len(found) < 2:
        return
    signers: list[tuple[Entity, str, str]] = []
    for n, quote in enumerate(found):
        at = min(len(text), quote.end + 1)
        stop = found[n + 1].start - 1 if n + 1 < len(found) else len(text)
        m = _SIGNATURE.match(text, at, max(at, stop))
        if m is None or _cued_after(text, quote.end):
            return
        between = text[at : max(at, stop)].split()
        if between and between[-1].endswith(":") and len(between) <= _HEADING_WORDS:
            return  # `“…” Congressman Ivo Roth: “…”`: the next one's heading, no signature
        rest = m.group("rest").split()
        words = m.group("name").split()
        if _third_name_word(words, rest, book.texts):
            words, rest = [*words, rest[0]], rest[1:]  # `Ana Ruiz Holt President …`
        if n + 1 == len(found):
            rest = rest[:4]  # the last one's role; what follows may be prose
        if not all(_SIGNATURE_WORD.fullmatch(w) for w in rest):
            return
        entity = book.note_name(words, offset + m.start("name"))
        if entity is None or entity.kind != "person":
            return
        names = speaker_names(entity, explicit=True)
        if len(names) != 1:
            return
        signers.append((entity, names[0], " ".join(words)))
    for quote, (entity, name, mention) in zip(found, signers, strict=True):
        entity.quoted = True
        quote.speakers, quote.speaker = [name], name
        quote.mention, quote.cue = mention, None
        quote.method, quote.confidence = "cue", LABEL_CONFIDENCE


def _third_name_word(name: list[str], rest: list[str], texts: Sequence[str] = ()) -> bool:
    """A signer's name of three words (`Ana Ruiz Holt President and CEO Holt Fund`): a
    first name, then two words shaped like surnames — no initial, acronym, organisation,
    place, title or department word — and a role word right after them. A signature's
    third capitalised word is as often a place's or a department's (`Mira Holt Marketing
    Director`, `Ann Vik Lakeport Director … Lakeport Anglers`): the three are one name
    when the document's `texts` write them whole elsewhere (`Ana Ruiz Holt said`), or
    never use the third word in another name or as a place (`the Lakeport Anglers`,
    `in Lakeport`)."""
    if len(name) != 2 or len(rest) < 2 or N.first_name_gender(name[0]) is None:
        return False
    word = rest[0]
    low = word.lower()
    if not (
        N.is_name_word(word)
        and not N.is_initial(word)
        and not word.isupper()
        and low not in N.ORG_WORDS | N.TITLE_WORDS | N.PLACE_WORDS | N.SUFFIXES | _DEPARTMENTS
        and not N.is_role_word(word)
        and N.first_name_gender(word) is None
        and N.is_role_word(rest[1])
    ):
        return False
    whole = " ".join([*name, word])
    if any(whole in text and _ends_name(whole).search(text) for text in texts):
        return True
    two = " ".join(name)
    for text in texts:
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text):
            if text[: m.start()].rstrip().endswith(two):
                continue  # the signature itself, or the name written out again
            after = _NEXT_CAPITALISED.match(text, m.end())
            if after is not None and after.group(1).lower() in _FAMILY_BODIES:
                continue  # `Tello Family Foundation`: a body named after the surname
            if (
                after is not None
                and not N.is_role_word(after.group(1))
                and after.group(1).lower() not in _DEPARTMENTS
            ) or _PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                return False  # `Lakeport Anglers`, `in Lakeport`: a place's or a body's
    return True


# Words after a surname naming a family's body (`the Tello Family Foundation`).
_FAMILY_BODIES = frozenset("family foundation fund trust charitable memorial".split())
# The capitalised word right after another.
_NEXT_CAPITALISED = re.compile(r"\s+([A-Z][\w’'.-]*)")
# A preposition or an article before a word (and any capitalised words between): a place
# or a body's name (`in Lakeport`, `the Lakeport Harbor`).
_PLACE_BEFORE = re.compile(r"\b(?:the|of|in|at|from|for|to|near)\s+(?:[A-Z][\w’'.-]*\s+)*$")


# Departments a signature's role may name before the role word: `Marketing Director`.
_DEPARTMENTS = frozenset(
    """marketing sales communications communication operations finance financial
    development policy programs program research engineering legal outreach media public
    government governmental external corporate strategy strategic advocacy membership
    regional national global technology digital human resources business community
    product education""".split()
)


def _ends_name(name: str) -> re.Pattern[str]:
    """`name` written whole, with no capitalised word after it: `Ana Ruiz Holt said`."""
    return re.compile(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])(?!\s+[A-Z])")


def _a_label(text: str, m: re.Match[str]) -> bool:
    """The words matched stand alone: what ends before them is a sentence, not a title's
    or an initial's full stop (`with Sen. Ann Holt, …`), and their role holds no verb of
    saying (`Ann Holt, Plant Manager at Acme said, “…”`)."""
    before = text[: m.start()].rstrip(" \u200b")
    if before.endswith(".") and not _ends_sentence(before.split()[-1]):
        return False
    role = (m.group("role") or "").rstrip()
    if role.endswith((",", ":", ";")):
        return False
    return not any(w.lower().strip(",") in _SAYING for w in role.split())


def _a_statement(text: str, quote: Quote) -> bool:
    """A labelled statement opens with a capital: `Ivo Roth “was a friend …”` quotes
    words that go on the sentence Roth opens, and whose they are the cue says."""
    first = next((c for c in text[quote.start : quote.end] if c.isalnum()), "")
    return bool(first) and not first.islower()


# Last words of a name that make it a school, place or organisation named for somebody:
# `Ann Holt Elementary`, `Ivo Roth Academy`, `Holt County`.
# Words of those lists that are common surnames too (`Grace Park`, `Ann Fox`) stay names.
_NOT_SURNAMES = (
    N.ORG_WORDS
    | N.TITLE_WORDS
    | frozenset("elementary primary middle high preparatory county parish township".split())
) - frozenset(
    "park hall grant day law post house fox bank court bridge fair press rule guard".split()
)


_SAYING = frozenset(
    "said says say added adds stated states wrote writes explained explains continued "
    "concluded noted notes told tells asked asks".split()
)


# A capitalised word next to a verb of saying: `Holt said`, `said Holt`.
_SAID_NEXT = re.compile(
    rf"(?<![\w’'.-])([A-Z][\w’'-]*)\s+(?:{'|'.join(sorted(_SAYING))})\b"
    rf"|\b(?:{'|'.join(sorted(_SAYING))})\s+([A-Z][\w’'-]*)(?![\w’'-])"
)


def _said_alone(text: str) -> set[str]:
    """The words that name somebody alone at a verb of saying (`Holt said`, `said
    Holt.`): no capitalised word of the same name before them (`Ann Holt said`) or after
    them (`said Holt Oak Township`)."""
    found: set[str] = set()
    for m in _SAID_NEXT.finditer(text):
        group = 1 if m.group(1) else 2
        start, end = m.span(group)
        before = text[max(0, start - 40) : start].split()
        prev = before[-1] if before else ""
        if prev[:1].isupper() and prev[-1] not in ".!?:;,":
            continue  # `Ann Holt said`, `Lee Palm said`: a longer name
        if re.match(r" [A-Z]", text[end : end + 2]):
            continue  # `said Holt Oak Township`
        found.add(m.group(group))
    return found


# A statement's label names its speaker about as surely as a cue in its sentence does.
LABEL_CONFIDENCE = 0.9
# A verb of saying within a few words after the quotation: `Holt said`, `said Holt`, and
# a lower-case subject too, `she said`, `the mayor added`.
_CUE_AFTER = re.compile(
    r"\W{0,3}\s*(?:[\w’'.-]+\s+){0,4}(?:said|says|added|stated|wrote|explained|"
    r"continued|concluded|noted|told|announced)\b"
)


def _cued_after(text: str, end: int) -> bool:
    """A verb of saying right after the quotation: `“…,” Holt said`."""
    return bool(_CUE_AFTER.match(text, min(len(text), end + 1)))


# -- the issuer of a release ----------------------------------------------------

# United States postal codes: a state written after a town, never a speaker.
STATE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV
    NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR""".split()
)
# Degrees written after a name: `Bill Cassidy M.D.`, `Ann Holt, PhD`.
DEGREES = frozenset("md phd do esq rn jd mph dds dvm np pa-c".split())


def same_person(name: str, other: str) -> bool:
    """`Rep. Ed Royce`, `Royce`, `Edward R. Royce` and `Edward Royce` are one person; two
    people sharing a surname (`Hal Rogers`, `Mike Rogers`) are not."""
    a, b = name.casefold().replace(".", "").split(), other.casefold().replace(".", "").split()
    if not a or not b or a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    fa, fb = a[0], b[0]
    if fa == fb or len(fa) == 1 and fb.startswith(fa) or len(fb) == 1 and fa.startswith(fb):
        return True
    return (
        FIRST_NAME_FORMS.get(fa, fa) == FIRST_NAME_FORMS.get(fb, fb)
        or fa.startswith(fb)
        or fb.startswith(fa)
    )


# A name set off by a description of somebody no member is (`, a teacher at …`).
_DESCRIBED_AS = re.compile(
    r",\s+(?:a|an)\s+(?![^,.;:]*\b(?:[Mm]ember|[Cc]ongress|[Rr]epresentative|[Ss]enator"
    r"|[Ll]awmaker|[Dd]elegate))[a-z]"
)

# A member's title right before a name (`Rep. Jim Tolliver`, `Congressman Jim Tolliver`),
# opening its title: not a state's, a chamber's or a past one (`State Senator`, `Ohio House
# Speaker`, `Former Rep.`, `ex-Congressman`), so no capitalised word but `U.S.` before it;
# the titles a state, a council or a party also gives (Delegate, Leader, Whip, Speaker)
# are not read as a member's here.
_NAMESAKE_TITLE_BEFORE = re.compile(
    r"(?<![\w.’'-])(?<!ex-)(?<!Ex-)(?:(?P<before>[A-Z][\w.’'-]*)\s+)?"
    r"(?:Reps?|Sens?|Congress(?:wo)?m[ae]n|Congressmember|Representatives?|Senators?)\.?\s+$"
)
# Words inside quotation marks, a paragraph's unclosed quotation to its end.
_QUOTED_SPANS = re.compile(r"“[^“”]*(?:”|$)|\"[^\"\n]*\"")


def _member_titled_at(text: str, at: int) -> bool:
    """A member's title opens the title right before `text[at:]`: `Rep. Jim Tolliver`,
    `U.S. Sen. Jim Tolliver`, `Today, Congressman Jim Tolliver`; not `State Senator Jim
    Tolliver` or `Former Rep. Jim Tolliver`."""
    title = _NAMESAKE_TITLE_BEFORE.search(text, max(0, at - 40), at)
    if title is None:
        return False
    before = title.group("before")
    return before is None or before in ("U.S.", "US")


def _namesake_described(doc: Document, name: str, issuer: str) -> bool:
    """`Jim Tolliver, a teacher at Elm High School,` in a release of `James Tolliver`: a
    full name of the issuer's surname whose first name is only a short form of the
    issuer's, described as somebody else, is another person of that name."""
    words, own = name.casefold().split(), issuer.casefold().split()
    if len(words) != 2 or len(own) < 2 or words[-1] != own[-1]:
        return False
    short, full = words[0], own[0]
    if short == full or not (FIRST_NAME_FORMS.get(short) == full or full.startswith(short)):
        return False
    texts = [doc.headline or "", *doc.subheadings, *doc.body]
    first, surname = name.split()
    # The member's own short form, written in marks (`James “Jim” Tolliver`).
    marked = re.compile(
        r"[“\"‘'(]" + re.escape(first) + r"[”\"’')]\s+(?:[\w.’'-]+\s+){0,2}?" + re.escape(surname)
    )
    described = False
    for text in texts:
        if marked.search(text):
            return False
        outside = _QUOTED_SPANS.sub(lambda m: " " * len(m.group()), text)
        at = text.find(name)
        while at >= 0:
            # Only a member's title right before the described mention itself, outside
            # quotation marks, makes it the member's (`Rep. Jim Tolliver, a cosponsor,`);
            # a titled mention elsewhere may be the member beside his namesake.
            if (
                outside[at] != " "
                and _DESCRIBED_AS.match(outside, at + len(name))
                and not _member_titled_at(outside, at)
            ):
                described = True
            at = text.find(name, at + 1)
    return described


def _part_of_issuer(name: str, issuer: str) -> bool:
    """`Cathy McMorris` or `McMorris Rodgers` in a release of `Cathy McMorris Rodgers`: two
    or more words opening or closing the issuer's name are the issuer in their own release
    (a name before marriage, a compound surname), as is one word of a compound surname
    (`McMorris`) and the issuer's whole name after a stray word (`Repl Nora Quill`, a
    title mistyped). One word is only the first half of a compound surname, never a
    middle name (`Ray` of `Ben Ray Luján`) or a given name."""
    a = name.casefold().replace(".", "").split()
    b = issuer.casefold().replace(".", "").split()
    if len(a) == 1 and len(b) > 2:
        return a[0] == b[-2] and not N.first_name_gender(a[0].capitalize())
    if len(a) == len(b) + 1 and len(b) >= 2 and a[1:] == b:
        return True
    return 2 <= len(a) < len(b) and (a == b[: len(a)] or a == b[-len(a) :])


def _issuer_but_accents(name: str, issuer: str) -> bool:
    """A full name that is the issuer's but for its accents: `Ramón Vidal`, `Ramón E.
    Vidal` in a release of `Ramon Vidal` (`dijo el representante Ramón Vidal`). Full
    names only: a surname alone with an accent (`Vidál`) is left as it is, and another
    given name (`Rosa Vidal`) stays another person."""
    if len(name.split()) < 2 or len(issuer.split()) < 2:
        return False
    a, b = N.folded(name), N.folded(issuer)
    return (a != name.casefold() or b != issuer.casefold()) and same_person(a, b)


def _glued_to_issuer(name: str, issuer: str) -> bool:
    """`U.S. House Foxx` ("on the floor of the U.S. House Foxx called …") in Foxx's
    release: the issuer's surname after the words of a chamber or a role, no given name."""
    words, own = name.split(), issuer.split()
    if len(words) < 2 or not own or words[-1].casefold() != own[-1].casefold():
        return False
    before = words[:-1]
    if any(N.first_name_gender(w) for w in before):
        return False
    return any(w.lower().strip(".,") in ORG_WORDS or N.is_role_word(w) for w in before)


def opens_statement(paragraph: str, start: int) -> bool:
    """The quotation at `start` stands as a statement of its own: it opens the paragraph,
    follows a full sentence, a colon or a heading's dash — not words inside a sentence."""
    before = paragraph[: max(0, start - 1)].rstrip()
    return not before or before[-1] in '.!?:”"–—-'


def _stop_then_single_mark(words: str, paragraph: str, start: int) -> bool:
    """Words that end on a stop and the single closing mark of one sentence they quote
    (`… we must say 'enough is enough.' "I want …`), before a block opened by a straight
    mark: a full sentence, as a stop alone ends one. Only straight marks: such a block is
    opened by `quotes._opens_after_break`, which reads no curly mark. Not where the words
    quoted are a passage of several sentences and the block opens by adding to what came
    before (`Let me quote the union, '… act. Now …' "Additionally, the bill …`): it may go
    on with the passage."""
    if not (
        0 < start <= len(paragraph)
        and paragraph[start - 1] == '"'
        and words[-1:] in ("'", "’")
        and words[-2:-1] in (".", "!", "?")
    ):
        return False
    if not _ADDS_TO_BEFORE.match(paragraph, start):
        return True
    # read back a passage's length at most: a block's whole paragraph would cost its square
    back = max(0, len(words) - _PASSAGE_REACH)
    opener = max(words.rfind(mark, back, len(words) - 1) for mark in (" '", " ’", "‘"))
    return opener >= 0 and not _SENTENCE_BREAK.search(words, opener, len(words) - 2)


# How far back the opening mark of a passage quoted in single marks is looked for.
_PASSAGE_REACH = 2000
# Words opening a sentence that adds to the one before.
_ADDS_TO_BEFORE = re.compile(
    r"\s*(?:Additionally|Also|Further|Furthermore|Moreover|In\s+addition|Plus)\b"
)


# A cue typed inside the quotation marks at their end, the closing mark left out before
# it: `…, said Harbor Mayor Ann Vail.`
INNER_CUE = re.compile(
    r",\s+(?:said|says|added|adds|stated|states)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'.-]*\s+){1,6}[A-Z][\w’'-]*\.?\s*$"
)


# Titles a member of Congress is named by in their own release: a member's, `U.S.` before
# one, or a courtesy title.
_MEMBER_TITLES = N.MEMBER_TITLES | frozenset("u.s. mr mr. mrs mrs. ms ms. dr dr.".split())


def _inner_cue_names_issuer(text: str, issuer: str, fits: Callable[[str], bool]) -> bool:
    """`…, said Congresswoman Nora Quill.` or `…, said Rep. Quill.` inside the marks: the
    cue names the issuer, by a member's title that may be theirs and their name, or by
    their full name alone (`said Nora Quill.`); never by a surname under another title."""
    inner = INNER_CUE.search(text)
    if inner is None:
        return False
    return _names_issuer_by(inner.group(0).split()[2:], issuer, fits)


def _clause_of_another_after(subject: str | None, issuer: str, fits: Callable[[str], bool]) -> bool:
    """`“….” Mayor Ann Holt said Congress passed the bill.`: the sentence after the words
    reports a named clause (`importers.quotes.named_clause_subject`), so it is not their
    cue; unless its subject names the issuer (`Rep. Quill said …`, `Quill said …`), the
    words are not the issuer's own statement either: nobody's."""
    if subject is None:
        return False
    words = subject.split()
    return not (words[-1:] == issuer.split()[-1:] and len(words) == 1) and not _names_issuer_by(
        words, issuer, fits
    )


def _names_issuer_by(mention: list[str], issuer: str, fits: Callable[[str], bool]) -> bool:
    """The words name the issuer, by a member's title that may be theirs and their name, or
    by their full name alone; never by a surname under another title."""
    words = [w.strip(".,") for w in mention]
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    titles = 0
    while titles < len(words) - 1 and (
        words[titles].lower() in _MEMBER_TITLES or words[titles].lower() + "." in _MEMBER_TITLES
    ):
        titles += 1
    name = words[titles:]
    if titles:
        return fits(words[titles - 1]) and same_person(" ".join(name), issuer)
    return len(name) >= 2 and same_person(" ".join(name), issuer)


def _cue_of_another_after(quote: Quote, paragraph: str, issuer: str) -> bool:
    """`“…,” Rep. Tod Vail.`, `“…,” commented Vail.`, `” dijo Vail`: the words' sentence
    goes on with a cue the parse did not read, which names somebody by a word that is
    no title and not the issuer's surname: that person's words, not the issuer's. So
    does a cue typed inside the marks at the words' end (`…, said Mayor Ann Vail.”`)."""
    rest = cue_unread_after(paragraph, quote.end + 1, quote.text)
    if rest is None:
        # A cue inside the marks naming the issuer was read before (see
        # `_inner_cue_names_issuer`); any other is somebody else's.
        return INNER_CUE.search(quote.text) is not None
    named = {
        N.folded(w)
        for w in CUE_WORD.findall(rest)
        if w[:1].isupper() and not N.is_role_word(w) and w.lower() not in HONORIFICS
    }
    surnames = N.issuer_surname(issuer)
    return bool(named) and not any(surnames & N.surname_forms([w, *w.split("-")]) for w in named)


# After an unread cue's words: its sentence's stop.
_CUE_STOP = re.compile(r"[.!?](?:\s|[“\"‘']|$)")


def _after_cue_of_another(
    body: Sequence[str], before: Quote | None, quote: Quote, issuer: str
) -> bool:
    """`“…,” intoned Rep. Tod Vail. “…”`: the quotation before, left with nobody, ends
    its sentence with a cue the parse did not read naming another (`_cue_of_another_after`),
    and these words come next in its paragraph: the same person's going on, not the
    issuer's, also after narration between (`… Vail. Tarrant nodded. “…”`, `… Vail.
    The room fell silent. “…”`), which no cue ties to the issuer."""
    # quotes._Extractor._unread_cue_end / _after_unread_cue read the same shape to keep
    # the words from the speaker before, apart on purpose: there the cue is one not
    # naming that speaker by surname, here one naming nobody by the issuer's surname or
    # a title; there in the masked paragraph, up to a stop before a space or the end,
    # here in the body's, a stop before an opening mark too (`_CUE_STOP`: `Vail.“…”`).
    # One helper would change whose words either withholds.
    if (
        before is None
        or before.speakers
        or before.cue is not None
        or before.kind != "direct"
        or before.paragraph != quote.paragraph
        or before.end >= quote.start
    ):
        return False
    paragraph = body[quote.paragraph]
    rest = cue_unread_after(paragraph, before.end + 1, before.text)
    if not rest or not _cue_of_another_after(before, paragraph, issuer):
        return False
    at = paragraph.find(rest, before.end + 1, quote.start)
    return at >= 0 and bool(_CUE_STOP.match(paragraph, at + len(rest), quote.start))


# A sentence of narration ending in a cue set off by a comma, its subject before or after
# the verb (`The case went on for years, said a lawyer.`, `…, a lawyer said.`): a subject
# of a few words with no comma and no full stop before a space.
_SUBJECT_WORDS = r"(?P<{}>(?:[^\s,;:!?“”\".]|\.(?!\s))+(?:\s+(?:[^\s,;:!?“”\".]|\.(?!\s))+){{0,5}})"
_NARRATED_CUE = re.compile(
    r",\s+(?:(?:said|says|added|adds|noted|notes|explained|explains)\s+"
    + _SUBJECT_WORDS.format("after")
    + r"|"
    + _SUBJECT_WORDS.format("before")
    + r"\s+(?:said|says|added|adds|noted|notes|explained|explains))\s*[.!]\s*[“\"]?\s*$"
)


def _narrated_cue_of_another(paragraph: str, start: int, issuer: str) -> bool:
    """`The case went on for years, said a lawyer. “…”`: the sentence right before the
    words is narration that a cue set off by a comma ends, whose subject is somebody
    other than the issuer (by no surname of theirs, no office of a member, no pronoun):
    the words may be that person's going on, so not the issuer's."""
    m = _NARRATED_CUE.search(paragraph, max(0, start - 120), start)
    if m is None:
        return False
    words = [w.strip("’'").lower() for w in (m.group("after") or m.group("before")).split()]
    if words[0] in ("he", "she", "they", "we", "i"):
        return False  # whoever `he` is, the parse does not say
    # An owner's word names somebody else: `said Tarrant’s aide`, `his office`.
    named = [w for w in words if not w.endswith(("’s", "'s"))]
    folded = {N.folded(w).lower() for w in named}
    return not N.issuer_surname(issuer) & N.surname_forms(named) and not folded & OWN_OFFICES


# A sentence saying that somebody gave a view and no more of it (`Sen. Ann Roe weighed in
# on this program.`): a name of a few capitalised words (a title, initials) opening it
# (after a time or place set off, `Last fall,`), an
# apposition set off by commas, then the verb and words with no quotation to its stop.
# Several names joined by commas or `and` (each with a member's tag or not: `Reps. Ann Roe
# (D-OR) and Tod Vail weighed in.`) are read as a list (group `more`).
_VIEW_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}(?:\s*\([^()]{1,12}\))?"
_VIEW_OF_NAMED = re.compile(
    r"(?:(?:In|On|At|During|After|Before|Since|Last|This|Earlier|Later)\b[^,.;:!?“”\"]{0,50},\s+)?"
    rf"(?P<name>{_VIEW_NAME}(?P<more>(?:\s*,\s*{_VIEW_NAME})*\s*,?\s+and\s+{_VIEW_NAME})?)"
    r"(?:\s*,[^,.;:!?“”\"]{1,80},)?"
    r"\s+(?:also\s+|then\s+|again\s+)?(?:weighed\s+in|editoriali[sz]ed|opined)\b"
    r"[^.;:!?“”\"]*[.!]\s*[“\"]?\s*$"
)


def _persons_listed(names: str) -> int:
    """How many items of a list of names joined by commas or `and` (member's tags dropped)
    have a person's shape (`Reps. Ann Roe (D-OR) and Tod Vail`: 2)."""
    items = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.sub(r"\s*\([^()]*\)", "", names))
    count = 0
    for item in items:
        role, person = split_role([w.strip(",.") for w in item.split()])
        if person and N.person_shape(person):
            count += 1
    return count


def _text_before(body: Sequence[str], quote: Quote) -> str:
    """The text right before the words: their paragraph up to them, spaces and opening
    marks dropped, or where nothing stands there, the paragraph before."""
    head = body[quote.paragraph][: quote.start].rstrip(" “\"‘'")
    if not head.strip() and quote.paragraph > 0:
        head = body[quote.paragraph - 1].rstrip()
    return head


def _view_of_another_before(body: Sequence[str], quote: Quote, issuer: str) -> bool:
    """`Sen. Ann Roe weighed in on this program. “…”`, with the words after it in its
    paragraph or opening the next one: a person who is not the issuer (no surname of
    theirs in the name) gave a view, and the words may be theirs, so not the issuer's.
    The issuer weighing in (`Tarrant weighed in.`) keeps them."""
    head = _text_before(body, quote)
    sentence = _NARRATION_END.split(head[-300:])[-1]
    m = _VIEW_OF_NAMED.match(sentence)
    if m is None:
        return False
    if m.group("more"):
        # Several gave a view (`Reps. Ann Roe and Tod Vail weighed in.`), the issuer among
        # them or not: the words may be any one's, so not the issuer's.
        return _persons_listed(m.group("name")) >= 2
    role, person = split_role([w.strip(",.") for w in m.group("name").split()])
    if not person or not N.person_shape(person) or (role is None and len(person) < 2):
        return False
    return not any(same_person(w, issuer) for w in person) and not _part_of_issuer(
        " ".join(person), issuer
    )


# A sentence whose subject is people in the plural and no name (`Local leaders weighed
# in:`, `Several residents spoke up:`, `The fishermen of Corvale also spoke up:`), ending
# in the colon before the words: up to three words before the noun (a time or place set
# off before them), a place after it, then the verb (no article, pronoun or preposition
# after the noun: `This represents a shift:` has no subject `This represents`, `Payments
# to insurers:` is a topic's heading) and its words. A plural noun of people has an
# agent's or a people's ending (`owners`, `residents`, `fishermen`, `Americans`) or is a
# group's word (`Democrats`); a surname of that shape (`Peters weighed in:`) is somebody
# else than the issuer too, unless it is the issuer's.
_GROUP_NOUN = (
    r"(?:people|folks|families|parents|children|veterans|pilots|advocates|others"
    r"|[A-Za-z][a-z-]*(?:ers|ors|ents|ants|ists|ians|ees|men)|[A-Z][a-z]*(?:crats|licans))"
)
_INTRO_OPENING = (
    r"(?:(?:In|On|At|During|After|Before|Since|Last|This|Earlier|Later)\b[^,.;:!?“”\"]{0,50},\s+)?"
)
_INTRO_SAID = (
    r"(?:\s+(?:of|from|in|at|across|around|throughout)\s+[^,.;:!?“”\"]{1,60}?)?"
    r"\s+(?!(?:a|an|the|that|this|these|those|its|their|by|for|on|to|with|about|over|against"
    r"|regarding)\b)"
    r"(?P<said>[a-z][^.;:!?“”\"]{0,120}):$"
)
_GROUP_INTRO = re.compile(
    rf"{_INTRO_OPENING}(?P<subject>(?:[\w-]+\s+){{0,3}}?{_GROUP_NOUN}){_INTRO_SAID}"
)
# The same sentence with one person of no name for its subject, by a role after an
# article (`The mayor weighed in:`, `A local teacher was blunt:`, `The mayor of Corvale
# had one message:`): a role of public life in the singular (`names.COMMON_ROLES`, no
# plural, abbreviation or word of a longer title: `ranking`, `tempore`) last, up to two
# words before it.
_ROLE_NOUNS = "|".join(
    sorted(
        (
            w
            for w in N.COMMON_ROLES - N.PLURAL_ROLES - {"ranking", "tempore", "emeritus"}
            if re.fullmatch(r"[a-z][a-z-]{3,}", w)
            and not (w.endswith("s") and w[:-1] in N.COMMON_ROLES)
        ),
        key=len,
        reverse=True,
    )
)
_ROLE_INTRO = re.compile(
    rf"{_INTRO_OPENING}(?P<subject>(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<role>(?i:{_ROLE_NOUNS})))(?![\w-]){_INTRO_SAID}"
)
# Words of a sentence announcing written or joint words (`The lawmakers released the
# following statement:`, `The members wrote in the letter:`), or naming the issuer's words
# by a pronoun (`their answer was plain`): read by the rules for those, not here.
_NOT_GROUP_VIEW = re.compile(
    r"(?i)\b(?:statements?|following|below|letters?|remarks|comments|joint"
    r"|wr[io]tes?|written|writing|he|she|him|his|her|us|we|our|I)\b"
)


# A colon introduction whose words come from a person it names, not from its subject
# (`The mayor heard from Ann Roe:`): that person's words or nobody's. A place (`spoke
# from Corvale:`) is no person.
_FROM_NAMED = re.compile(r"\bfrom\s+(?P<first>[A-Z][\w.’'-]*)\s+[A-Z]")


def _heard_from_named(said: str) -> bool:
    """The introduction's words after its subject name a person the words come from."""
    m = _FROM_NAMED.search(said)
    return m is not None and N.person_evidence([m["first"]])


def _colon_intro(body: Sequence[str], quote: Quote) -> str:
    """The sentence that ends in a colon right before the words (in their paragraph or
    ending the one before), or "" where the text before them ends otherwise: what
    `_group_introduces` and `_role_introduces` read as the words' introduction."""
    head = _text_before(body, quote)
    if not head.endswith(":"):
        return ""
    return _NARRATION_END.split(head[-300:])[-1].strip()


def _group_introduces(body: Sequence[str], quote: Quote, issuer: str) -> bool:
    """`Local leaders weighed in: “…”`, the sentence ending in its colon right before the
    words (in their paragraph or ending the one before): people in the plural, no name
    among them, introduce the words; they are some of theirs, never the issuer's. A
    sentence naming the issuer (`Residents heard from Tarrant:`, `from the Congressman`),
    a member's title, a person's name or a pronoun, or announcing a statement or a letter,
    keeps its reading."""
    sentence = _colon_intro(body, quote)
    m = _GROUP_INTRO.fullmatch(sentence)
    if m is None or _NOT_GROUP_VIEW.search(sentence):
        return False
    words = [w.strip(",.()") for w in sentence[m.start("subject") : -1].split()]
    if words[0].lower().endswith("ing"):
        return False  # a topic's heading (`Stopping payments to insurance providers:`)
    if _intro_names_issuer(words, issuer, words):
        return False
    if _heard_from_named(m.group("said")):
        return True  # `Residents heard from Ann Roe:`: Roe's words, or nobody's
    return not any(
        # two capitalised words in a row may be a person's name (`Governor Ivo Brandt`);
        # one before the noun is a place's or a trade's (`Corvale residents`)
        w[:1].isupper() and v[:1].isupper()
        for w, v in zip(words, words[1:], strict=False)
    )


def _role_introduces(
    body: Sequence[str], quote: Quote, issuer: str, fits: Callable[[str], bool]
) -> bool:
    """`The mayor weighed in: “…”`, read as `_group_introduces` reads a group: one person
    named by a role and no name introduces the words; they are that person's, never the
    issuer's. Only the bare title of a member that may be the issuer's (`The congressman
    weighed in:` in a congressman's release; not `the senator` there, nor `the former
    congressman`) keeps them."""
    sentence = _colon_intro(body, quote)
    m = _ROLE_INTRO.fullmatch(sentence)
    if m is None or _NOT_GROUP_VIEW.search(sentence):
        return False
    words = [w.strip(",.()") for w in sentence[m.start("subject") : -1].split()][1:]
    said = [w.strip(",.()") for w in m.group("said").split()]
    if _intro_names_issuer(words, issuer, said):
        return False  # the issuer named (`The mayor heard from the Congressman:`)
    if _heard_from_named(m.group("said")):
        return True  # `The representative heard from Ann Roe:`: Roe's words, or nobody's
    if _bare_title_of_issuer(m, body, quote, issuer, fits):
        return False
    # two capitalised words in a row may be a person's name (`The Mayor Ann Roe`)
    return not any(
        w[:1].isupper() and v[:1].isupper() for w, v in zip(words, words[1:], strict=False)
    )


def _bare_title_of_issuer(
    m: re.Match[str],
    body: Sequence[str],
    quote: Quote,
    issuer: str,
    fits: Callable[[str], bool],
) -> bool:
    """`The representative was blunt:`: the member's title alone after `the`, nothing
    before or after it (no `senior`, `former`, `from Texas`: another member may be meant),
    a title that may be the issuer's and no other member it fits named before it in the
    release (`Rep. Tod Vail (R-ID) toured the harbor. … The congressman was blunt:` may
    mean Vail)."""
    role = m.group("role").lower()
    subject = m.group("subject").split()
    return (
        role in _MEMBER_TITLE_WORDS
        and len(subject) == 2
        and subject[0].lower() == "the"
        and not m.string[m.end("role") : m.start("said")].strip()
        and role != "delegate"  # a party's or a meeting's too
        and fits(role)
        and not _another_fits(
            _release_before(body, quote, _FITS_BEFORE), role, issuer, _FITS_BEFORE
        )
    )


# How far back a bare title looks for another member it may mean: a long release's
# whole text before it (bounded, so each quotation reads a bounded stretch).
_FITS_BEFORE = 8000


def _release_before(body: Sequence[str], quote: Quote, reach: int) -> str:
    """The last `reach` characters of the release's text before the words, its paragraphs
    joined by a space; only the paragraphs those characters come from are read."""
    parts = [body[quote.paragraph][: quote.start]]
    length = len(parts[0])
    for paragraph in reversed(body[: quote.paragraph]):
        if length >= reach:
            break
        parts.append(paragraph)
        length += len(paragraph) + 1
    return " ".join(reversed(parts))[-reach:]


def _intro_names_issuer(words: Sequence[str], issuer: str, titled: Sequence[str]) -> bool:
    """Words introducing quoted words may name the issuer: one of `words` is a word of the
    issuer's name (`Residents heard from Tarrant:`), or one of `titled` a member's title
    (`… heard from the Congressman:`)."""
    own = _issuer_words(issuer)
    return any(_letters(w) in own for w in words) or any(
        w.lower() in _MEMBER_TITLE_WORDS for w in titled
    )


# A label of words naming their owner, the sentence right before the opening mark ending
# in its colon: an opening (`Below are`, `Text of`) or none, then the owners by possessive
# (`Chairman Vail’s remarks as prepared:`, `TOD VAIL’S REMARKS:`, `Tod Vail’s and Ann
# Roe’s statements:`) or after the noun (`the remarks of Tod Vail as prepared for delivery:`).
_LABEL_NOUN = r"(?i:remarks|statements?|testimony|speech|address|comments)"
_LABEL_ADJECTIVES = r"(?:(?i:full|complete|prepared|opening|closing|joint)\s+)*"
_OWNER_NAME = r"[A-Z][\w.-]*(?:[’'][A-Z][\w-]*)?(?:\s+[A-Z][\w.-]*(?:[’'][A-Z][\w-]*)?){0,4}"
_OWNERS_LABEL = re.compile(
    r"(?:(?:Below|Here|Following)\s+(?:is|are)\s+|The\s+following\s+(?:is|are)\s+"
    r"|(?:(?:Full\s+)?[Tt]ext|Excerpts?|Transcript)\s+of\s+)?(?:the\s+)?(?:"
    rf"(?P<owners>{_OWNER_NAME}[’'][sS](?:(?:\s*,\s*|\s*,?\s+and\s+){_OWNER_NAME}[’'][sS])*)"
    rf"\s+{_LABEL_ADJECTIVES}{_LABEL_NOUN}"
    rf"|{_LABEL_ADJECTIVES}{_LABEL_NOUN}\s+(?:of|by)\s+(?:the\s+)?(?P<owner>{_OWNER_NAME})"
    # the whole name, no possessive after it: `Statement of Justice Sorel’s Retirement:`
    # is a statement on an event, not Sorel's words
    r"(?![\w’'-])(?!\s+[A-Z])"
    r")\b[^:“”\"]{0,80}:$"
)
# A sentence's end before a label, also in capitals (`… ON TUESDAY. TOD VAIL’S REMARKS:`).
_LABEL_SENTENCE_START = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=[A-Z]{3}[.!?])|(?<=[)\d][.!?]))\s+")


def _owners_label_of_another(body: Sequence[str], quote: Quote, issuer: str) -> bool:
    """`Chairman Vail’s remarks as prepared: “…”`, `Below are the remarks of Tod Vail as
    prepared for delivery:` (the label ending the paragraph before, or its sentence right
    before the words): the words' owners are named, by a person's name none of which is
    the issuer's surname: the owners' words (or nobody's), never the issuer's. A label
    naming the issuer among its owners (`Tarrant’s remarks:`) or only an office (`The
    Congressman’s remarks:`) keeps them."""
    head = _text_before(body, quote)
    if not head.endswith(":"):
        return False
    m = _OWNERS_LABEL.match(_LABEL_SENTENCE_START.split(head[-300:])[-1].strip())
    if m is None:
        return False
    if m.group("owners"):
        owners = re.split(r"[’'][sS](?:\s*,\s*|\s*,?\s+and\s+)?", m.group("owners"))
    else:
        owners = [m.group("owner")]
    surnames = N.issuer_surname(issuer)
    persons = 0
    for owner in owners:
        words = [w.strip(",.") for w in owner.split() if w.lower() != "the"]
        # `Tarrants’s Remarks`: the issuer's surname with a stray `s` before the mark
        folded = N.surname_forms(words)
        if surnames & (folded | {w[:-1] for w in folded if w.endswith("s")}):
            return False
        _, person = split_role(words)
        if person and not {w.lower() for w in person} & OWN_OFFICES:
            persons += 1
    return persons > 0


# The end of words whose closing mark is lost: a cue set off by a comma, a verb of saying
# before or after a name of one to three capitalised words, each perhaps after one or two
# lower-case particles (`de Roe`, `Ann van der Roe`), with or without a title's
# abbreviation before them, and the stop (`…, said Roe.`, `…, Ann Roe said.`, `…, added
# Rep. Roe.`, `…, Roe noted.`, `…, said de Roe.`); and the next opening mark right after it.
_CUE_PARTICLE = r"(?:(?:de|del|della|da|di|du|la|le|van|von|der|den)\s+){{0,2}}"
_CUE_WORD = _CUE_PARTICLE + r"[A-Z][\w’'-]*"
_CUE_NAME = r"(?P<{}>(?:[A-Z][a-z]{{1,4}}\.\s+)?" + _CUE_WORD + r"(?:\s+" + _CUE_WORD + r"){{0,2}})"
_CLOSING_VERB = r"(?:said|says|added|adds|noted|notes|stated|states)"
CLOSING_CUE = re.compile(
    r",\s+(?:"
    + _CLOSING_VERB
    + r"\s+"
    + _CUE_NAME.format("after")
    + "|"
    + _CUE_NAME.format("before")
    + r"\s+"
    + _CLOSING_VERB
    + r")\.$"
)
OPENING_NEXT = re.compile(r"\s*[“\"]")


def closing_cue(quote: Quote, paragraph: str) -> re.Match[str] | None:
    """`“The harbor needs dredging, said Roe. “We will act …”`: the cue (`CLOSING_CUE`)
    ending words whose closing mark is lost, right before the next opening mark."""
    m = CLOSING_CUE.search(quote.text)
    return m if m is not None and OPENING_NEXT.match(paragraph, quote.end) else None


def cued_words(m: re.Match[str]) -> list[str]:
    """The name's words of a `CLOSING_CUE` match, the verb before or after them."""
    return (m.group("after") or m.group("before")).split()


def opens_right_after(before: Quote, quote: Quote, paragraph: str) -> bool:
    """`quote` is in `before`'s paragraph and opens at the mark right after it."""
    if before.paragraph != quote.paragraph:
        return False
    opening = OPENING_NEXT.match(paragraph, before.end)
    return opening is not None and before.end <= quote.start <= opening.end()


def _closing_cue_of_another(quote: Quote, paragraph: str, issuer: str) -> bool:
    """`“The harbor needs dredging, said Roe. “We will act …”`: words whose closing mark is
    lost end in a cue right before the next opening mark (`closing_cue`) naming nobody by
    the issuer's surname: the cue's person's words (or nobody's), never the issuer's."""
    m = closing_cue(quote, paragraph)
    if m is None:
        return False
    return not N.issuer_surname(issuer) & N.surname_forms(cued_words(m))


def _after_closing_cue_of_another(
    before: Quote | None, quote: Quote, paragraph: str, issuer: str
) -> bool:
    """`“The harbor needs dredging, said Senator Roe. “We will act …”`: these words open
    right after words whose closing mark is lost and which end in a cue naming somebody
    other than the issuer (`_closing_cue_of_another`): that person's going on, or
    nobody's, never the issuer's."""
    return (
        before is not None
        and opens_right_after(before, quote, paragraph)
        and _closing_cue_of_another(before, paragraph, issuer)
    )


def _after_signature_of_another(
    before: Quote | None, quote: Quote, paragraph: str, issuer: str
) -> bool:
    """`“…” Ann Roe, Executive Director, Harbor Learning. “…”`: these words come right
    after another's statement signed in the middle of the paragraph (a name and its role,
    no verb, read by the parse as the signer's): not the signer's, nor the issuer's."""
    if (
        before is None
        or before.paragraph != quote.paragraph
        or before.cue is not None
        or issuer in before.speakers
        or quote.start <= before.end
    ):
        return False
    gap = paragraph[before.end : quote.start].lstrip("”\"’' ")
    if before.method is None and not before.speakers:
        # `“…,” Tod Vail said. “…” Ann Roe, Harbor Master. “…”`: words the parse left
        # nobody's (signed or going on, unsure) and a name and its role after them.
        name = _NAME_AND_ROLE.fullmatch(gap.rstrip(' “"'))
        return name is not None and not _narration(name.group())
    if before.method != "cue" or not before.mention:
        return False
    return gap.startswith(before.mention) and gap.rstrip(' “"').endswith(".")


def _narration(sentence: str) -> bool:
    """A sentence shaped as a name and a role (`_NAME_AND_ROLE`) that is narration: it
    opens with a preposition or a conjunction and holds a clause in lower case."""
    words = sentence.split()
    lower = sum(1 for w in words if w[:1].islower())
    return words[0].lower() in _NARRATION_OPENS and lower >= _NARRATION_LOWER_WORDS


# A full name, a comma and a role, a full stop ending them (`Ann Roe, Harbor Master.`).
_NAME_AND_ROLE = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)+,[^“”\"\n]+\.")
# What opens a sentence of narration between two quotations and no signature or source
# (`Without Harbor Aid, many families, in Corvale and beyond, would fall behind.`): a
# preposition or a conjunction, then a clause of many words in lower case. A title may
# open with such a word too (`In Harbor Times, May 2.`): its words are capitalised.
_NARRATION_OPENS = frozenset(
    """in on at as across after before between but and or so since under without with like
    for from by during despite however through while when if although though because upon
    until among against beyond""".split()
)
_NARRATION_LOWER_WORDS = 6


# After a quotation's last word: its closing mark, a dash and a capitalised word; a
# hyphen only with a space after it (`”-Along with …` is a paragraph's lost break).
_DASH_SIGNATURE = re.compile(r"[.,!?]?[”\"’']\s*(?:[—–]+|-{1,2}(?=\s))\s*[A-Z]")


# Between a quotation left open and the next one: a space and an opening mark only.
_RUNS_ON = re.compile(r"\s*[“\"]")
# After a quotation's words, the paragraph's end: its closing mark, if any, and spaces.
_ENDS_PARAGRAPH = re.compile(r"[.,!?]?[”\"]?\s*")
# Right after a quotation's words, the next opening mark: no closing mark between (a
# straight mark right after the words closes them).
_LEFT_OPEN = re.compile(r"\s*“|\s+\"")


# A news agency's dateline tag opening a story (`WASHINGTON (AP) — `, `(Reuters) - `); the
# name in brackets counts only when it is a known agency's (`(UPDATED)`, `(WDOV)` are not).
_WIRE_TAG = re.compile(r"\((?P<agency>[A-Z][\w .]{0,30})\)\s*(?:--|[—–-])\s")
# A news source's short capitals tag opening a story with no place before it (`(XYZ) --`
# as agency copy opens, or after the story's date; a place, `(WASHINGTON) –`, is longer).
_SOURCE_TAG = re.compile(r"[A-Z]{2,5}")
# Nothing, or a date's year, before such a tag (`November 12th, 2008 (XYZ) —`).
_NO_PLACE_BEFORE = re.compile(r"(?:^|\b(?:19|20)\d\d)\s*$")
# A member of Congress's office as a noun, the one list of quotes.py's rules too (`The
# Congresswoman said`).
MEMBER_NOUNS = frozenset("congressman congresswoman senator representative delegate".split())
# A member's titles and the nouns naming a member (`the Congressman`), folded.
_MEMBER_TITLE_WORDS = _MEMBER_TITLES | MEMBER_NOUNS
# The release speaking of its member by office (`The Congresswoman voted for it`, also
# `Congressmember` and a governor's): the member's own release, whatever tag its dateline
# carries.
_MEMBER_BY_OFFICE = re.compile(
    r"\b[Tt]he\s+(?:"
    + "|".join(sorted(noun.capitalize() for noun in MEMBER_NOUNS | {"congressmember", "governor"}))
    + r")\b(?!\s+[A-Z])"
)
# Words of a statement in the first person singular: the member's own, not a story's.
_FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w’'-])(?:I|[Mm]e|[Mm]y|[Mm]yself)(?![\w’'-])|\bI[’']")


def _wire_story(doc: Document, issuer: str) -> bool:
    """The release reprints a news agency's story: its dateline names a known agency (or
    its opening carries a known agency's tag), and no paragraph names the issuer by
    surname or speaks of the member by office."""
    body = doc.body
    if not body:
        return False
    agency = doc.dateline.agency if doc.dateline is not None else None
    tag = _WIRE_TAG.search(body[0][:300])
    if not (
        agency is not None
        and agency.casefold() in KNOWN_AGENCIES
        or tag is not None
        and (
            tag.group("agency").casefold() in KNOWN_AGENCIES
            or _SOURCE_TAG.fullmatch(tag.group("agency")) is not None
            and _NO_PLACE_BEFORE.search(body[0], 0, tag.start()) is not None
        )
    ):
        return False
    surname = N.surname_as_written(issuer)
    named = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", re.IGNORECASE)
    return not any(
        surname and named.search(paragraph) or _MEMBER_BY_OFFICE.search(paragraph)
        for paragraph in body
    )


def _within_statements(quotes: list[Quote]) -> dict[int, Quote]:
    """Per quotation standing inside a direct quotation of the same paragraph (`“As Ann
    Holt said, ‘…’ …”`), by id: that statement. The words it quotes are read apart."""
    inside: dict[int, Quote] = {}
    outer: dict[tuple[str, int], Quote] = {}
    for quote in quotes:
        key = (quote.part, quote.paragraph)
        last = outer.get(key)
        if last is None or quote.start >= last.end:
            if quote.kind == "direct":
                outer[key] = quote
        elif quote.end <= last.end:
            inside[id(quote)] = last
    return inside


def attribute_to_issuer(
    doc: Document,
    issuer: str,
    no_one_subject: Callable[[str, int], bool],
    clause_subject: Callable[[str, int], str | None] = lambda paragraph, end: None,
) -> None:
    """The issuer is the speaker their release quotes: merge name variants, fill gaps.

    A speaker who is the issuer by name ("Schiff", "Rep. Adam Schiff") becomes the issuer;
    a statement quoted with no speaker found, standing on its own (not a few words inside
    a sentence, not a title), is the issuer's own words — unless `no_one_subject` says
    the sentence introducing it has a list of people or a later clause as its subject
    (`importers.quotes.no_one_subject`, given by the caller: the quote parser imports
    this module), or `clause_subject` (`importers.quotes.named_clause_subject`) gives the
    subject of a sentence after the words that reports a named clause and is not the
    issuer (`“….” Mayor Ann Holt said Congress passed the bill.`).
    """
    # `sanford_bishop_jr`: the name is matched without its suffix and named with it.
    issuer, suffix = N.split_suffix(issuer)
    issuer = issuer_as_written(doc, issuer)
    value = f"{issuer} {suffix}" if suffix else issuer
    own, merged, kept = _issuers_speakers(doc, issuer, suffix, value)
    orphan = False
    retitled: set[str] = set()
    prev: Quote | None = None
    readings = _readings(doc, issuer, own, kept)
    # The latest quotation given to the issuer as their statement, and whether its
    # closing mark is missing: a quotation opening right after it runs on from it.
    stated: Quote | None = None
    # The namesake a surname alone of the issuer's was taken from (`said Tarrant` read as
    # `Bram Tarrant` in Wes Tarrant's release), what those words were given instead (the
    # issuer, or nobody), and where they ended: `he said` after them follows them.
    tied: tuple[str, str | None, int, int] | None = None
    # The paragraph of the last words given to the issuer by a cue inside their marks, and
    # that of the last words whose cue inside their marks names somebody else.
    inner_par: int | None = None
    other_par: int | None = None
    within = _within_statements(doc.quotes)
    for quote in doc.quotes:
        if quote.kind == "title" or quote.part != "body":
            continue  # a head quote's paragraph is not a body index (none reach here today)
        if id(quote) in within:
            continue  # a person quoted inside a statement: their cue's, never the issuer's
        if not quote.speakers and _owned_by_another(doc.body, quote, issuer):
            continue  # `Holt read the board’s reply: “…”`: the board's, never the issuer's
        before = prev
        unnamed = _after_unnamed(doc, prev, quote, issuer) or _left_bare(prev, quote, value)
        prev = quote
        if not quote.speakers and quote.cue is None and _asking_label(quote.mention):
            continue  # `…” Q: “…”`: the asking side's words, never the issuer's
        if quote.speakers or quote.cue is not None:
            inner_par = None
            other_par = None if quote.speakers else other_par
        elif quote.kind == "direct" and (
            other_par == quote.paragraph
            or INNER_CUE.search(quote.text) is not None
            and not _inner_cue_names_issuer(quote.text, issuer, readings.fits)
        ):
            # `“…, said Rep. Quill.” “…, said Mayor Ann Holt.” “…”`: a cue inside the marks
            # naming somebody else ends the issuer's run; those words, and the uncued ones
            # going on after them in the paragraph, are nobody's (as the parse left them).
            inner_par, stated = None, None
            other_par = quote.paragraph
            continue
        elif quote.kind == "direct" and (
            inner_par == quote.paragraph
            or _inner_cue_names_issuer(quote.text, issuer, readings.fits)
        ):
            # `“…, said Congresswoman Quill.” “…”` in Quill's release: the cue typed inside
            # the marks (which leaves the words to nobody, see `INNER_CUE`) names the
            # issuer; those words and the uncued ones going on after them are theirs.
            _set_speakers(quote, [value])
            quote.method, quote.confidence = "issuer", ISSUER_CONFIDENCE
            orphan = True
            inner_par = quote.paragraph
            continue
        if stated is not None and _runs_on_from(doc.body, stated, quote):
            _set_speakers(quote, [value])
            quote.method, quote.confidence = stated.method, stated.confidence
            stated = quote
            continue
        stated = None
        if (
            quote.cue is None
            and not quote.speakers
            and quote.kind == "direct"
            and quote.paragraph < len(doc.body)
            and sayer_named_around(doc.body, before, quote, issuer)
        ):
            # `“…” Holt’s treasurer, Ann Roe, told the crowd. “…”`: a cue the parse did not
            # read names another speaker of both; nobody's rather than the issuer's.
            continue
        if (
            quote.cue is None
            and (not quote.speakers or _from_lead(quote))
            and quote.paragraph < len(doc.body)
            and _written_to_issuer(doc.body, quote.paragraph, quote.start, issuer)
        ):
            # `The Department of Labor's letter to Senator Holt says, in part: “…”`: a
            # letter's words are its writer's, never its addressee's.
            _set_speakers(quote, [])
            quote.method = quote.confidence = None
            continue
        if (
            quote.cue is None
            and (not quote.speakers or _from_lead(quote))
            and quote.paragraph < len(doc.body)
            and _name_label_of_another(doc.body[quote.paragraph], quote.start, issuer)
        ):
            # `Zettie Korr, a rower: “…”`: a name label whose first name the lists may not
            # know still names somebody other than the issuer and the lead's member.
            _set_speakers(quote, [])
            quote.method = quote.confidence = None
            continue
        if _signed_after(quote, doc.body):
            # `Ivo Brandt (202) 555-0143 "…" -- Senator Nora Quill`: a dash signature after
            # the closing mark signs the words, not a name run into them before the mark
            # (a contact line); nobody rather than the wrong one.
            retitled.update(quote.speakers)
            _set_speakers(quote, [])
            quote.method = quote.confidence = None
            continue
        namesake = _namesake_by_surname(quote, issuer, merged, kept, readings.issuer_in_full)
        given: str | None = None
        if namesake is not None:
            # `“…,” said Tarrant.` in Wes Tarrant's release, which also names Bram Tarrant:
            # the book's tie-break between the namesakes is no reading of the cue; the
            # issuer, unless the sentence before has the namesake in full as its subject
            # (`Bram Tarrant spoke. “…,” Tarrant said.`) or the sentence first naming the
            # issuer names the namesake too (`Rep. Tod Vail and Mayor Ann Vail met …`):
            # nobody then.
            given = (
                None
                if _namesake_subject_before(doc.body, quote, namesake)
                or readings.named_with_issuer(namesake)
                else value
            )
        elif tied is not None and quote.speakers == [tied[0]]:
            if _follows_tied(doc.body, quote, tied) and (
                tied[1] is None or _pronoun_fits(quote.mention, issuer, readings.sex)
            ):
                namesake, given = tied[0], tied[1]
            else:
                tied = None
        if namesake is not None:
            retitled.add(namesake)
            _set_speakers(quote, [given] if given else [])
            if given:
                quote.method, quote.confidence = "resolved", CUED_ISSUER_CONFIDENCE
                orphan = True
            else:
                quote.method = quote.confidence = None
            tied = (namesake, given, quote.paragraph, quote.end)
            continue
        if _issuer_by_title(quote, issuer, merged, kept, readings.chamber, readings.sex):
            # `said Representative Holt` in Holt's release, read as another Holt the
            # release names with another title (`Former Governor Dan Holt`): the issuer.
            retitled.add(quote.speakers[0])
            _set_speakers(quote, [value])
            quote.method, quote.confidence = "resolved", CUED_ISSUER_CONFIDENCE
            orphan = True
        elif any(name in merged for name in quote.speakers):
            names = [value if name in merged else name for name in quote.speakers]
            _set_speakers(quote, list(dict.fromkeys(names)))
            if _from_lead(quote) and names == [value]:
                # The lead's member is the issuer: the issuer's statement, as below.
                quote.method, quote.confidence = "issuer", ISSUER_CONFIDENCE
        elif (
            not quote.speakers
            and quote.cue is not None
            and _cue_names_the_issuer(doc.body, quote, issuer, kept, readings)
        ):
            _set_speakers(quote, [value])
            quote.method, quote.confidence = "resolved", CUED_ISSUER_CONFIDENCE
            orphan = True
        elif (
            (not quote.speakers or _from_lead(quote))
            and quote.cue is None
            and quote.kind == "direct"
            and quote.paragraph < len(doc.body)
            and (
                opens_statement(doc.body[quote.paragraph], quote.start)
                # `… we must say 'enough is enough.' "I want …`: a full sentence too.
                or _stop_then_single_mark(
                    doc.body[quote.paragraph][: max(0, quote.start - 1)].rstrip(),
                    doc.body[quote.paragraph],
                    quote.start,
                )
            )
            and not unnamed
            and not _uncued_of_another(
                doc.body,
                before,
                quote,
                issuer,
                readings,
                no_one_subject,
                clause_subject,
            )
        ):
            _set_speakers(quote, [value])
            quote.method, quote.confidence = "issuer", ISSUER_CONFIDENCE
            orphan = True
            stated = quote
    _settle_speakers(doc, within, retitled, own, kept, bool(merged or orphan))


def _readings(doc: Document, issuer: str, own: Speaker, kept: list[Speaker]) -> _Readings:
    """The readings of the whole release that `attribute_to_issuer` asks for, each made
    once and only when first asked."""
    wire_story = functools.cache(lambda: _wire_story(doc, issuer))
    # The issuer's chamber and sex, read once per document and only when a cue needs
    # them: each reading scans the release's opening.
    chamber = functools.cache(lambda: _chamber(doc, issuer, own.role))
    sex = functools.cache(lambda: _issuer_sex(doc, issuer))
    # The surnames of the other people quoted, read once and only when asked.
    others = functools.cache(
        lambda: frozenset(
            s.name.split()[-1] for s in kept if s.kind == "person" and len(s.name.split()) > 1
        )
    )

    def fits(title: str) -> bool:
        """A member's title (`Senator`, `Congresswoman`, `Gov.`) may be the issuer's."""
        office = _office_of([title])
        if office is not None and chamber() is not None and office != chamber():
            return False
        return _title_fits(title.lower().rstrip("."), issuer, chamber(), sex)

    # Read once per namesake: one scan of the paragraph first naming the issuer.
    named_with_issuer = functools.cache(lambda name: _named_with_issuer(doc, issuer, name))
    issuer_in_full = functools.cache(
        lambda: (
            re.search(
                r"(?<!\w)" + re.escape(issuer) + r"(?!\w)",
                "\n".join([doc.headline or "", body_text()]),
            )
            is not None
        )
    )
    body_text = functools.cache(lambda: "\n".join(doc.body))

    @functools.cache
    def surname_kin_of() -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for surname, kin in surname_kin(body_text()):
            found.setdefault(surname, set()).add(kin)
        return found

    return _Readings(
        body_text,
        fits,
        others,
        wire_story,
        chamber,
        sex,
        surname_kin_of,
        named_with_issuer,
        issuer_in_full,
    )


def _runs_on_from(body: list[str], stated: Quote, quote: Quote) -> bool:
    """`“… is here to stay “Since the law passed, …`: uncued words after the issuer's
    statement `stated` in its paragraph, whose closing mark is missing and the next
    paragraph's opening mark follows: the same words."""
    return bool(
        not quote.speakers
        and quote.cue is None
        and quote.kind == "direct"
        and quote.paragraph == stated.paragraph
        and _RUNS_ON.fullmatch(body[quote.paragraph], stated.end, quote.start)
        # A new paragraph's words open with a capital after words that end on a letter
        # or a stop, not after a cue (`he said in 1934, “It should …`).
        and quote.text.lstrip()[:1].isupper()
        and (
            stated.text.rstrip()[-1:].isalnum()
            or stated.text.rstrip()[-1:] in ".!?"
            or _stop_then_single_mark(stated.text.rstrip(), body[quote.paragraph], quote.start)
        )
        # The words run on to the paragraph's end or are left open before the next
        # opening mark: words after a closing mark may name whose they are (`“…” That
        # was the word from Ivo Brandt of Brandt Freight.`).
        and (
            _ENDS_PARAGRAPH.fullmatch(body[quote.paragraph], quote.end)
            or _LEFT_OPEN.match(body[quote.paragraph], quote.end)
        )
    )


def _cue_names_the_issuer(
    body: list[str], quote: Quote, issuer: str, kept: list[Speaker], readings: _Readings
) -> bool:
    """The cue the parse read before the words, tied to no name, is the issuer's."""
    paragraph = body[quote.paragraph] if quote.paragraph < len(body) else ""
    if _names_issuer(quote, issuer, readings.chamber(), kept, readings.sex, paragraph) and not (
        _kin_named_last(
            body, quote, " ".join((quote.mention or "").split()), readings.surname_kin_of
        )
    ):
        # "said Quill", "the Congresswoman said" in Quill's release: the cue names the
        # issuer by surname or title alone, which the parse could not tie to a name.
        return True
    if (
        _THE_LETTER.fullmatch((quote.mention or "").strip())
        and quote.paragraph < len(body)
        and _issuers_lone_letter(body, quote, issuer)
    ):
        # `Congressman Wes Tarrant sent a letter to …` … `“…,” the letter reads.`: the
        # issuer's own lone letter, whose one writer the quote parser cannot name.
        return True
    # "Rep. Quill delivered the following remarks:", "Quill, incoming Chairwoman of …,
    # released the following statement": the statement the release announces, whose
    # subject the parse read as a role or a possessive, not as a person.
    return _issuers_statement_announced(
        body, quote, issuer, kept, readings.chamber, readings.sex, readings.body_text
    )


def _settle_speakers(
    doc: Document,
    within: dict[int, Quote],
    retitled: set[str],
    own: Speaker,
    kept: list[Speaker],
    issuers: bool,
) -> None:
    """Once every quotation is read: first-person words inside a statement are its
    speaker's; a namesake a cue was taken from keeps only what the text still gives
    them; where words are the issuer's (`issuers`), the issuer (`own`) heads the
    speakers, then the others `kept`."""
    for quote in doc.quotes:
        statement = within.get(id(quote))
        if statement is not None and quote.mention in ("I", "my"):
            # `“… I have always asked, ‘…’ …”`: the statement's speaker's own words.
            _set_speakers(quote, list(statement.speakers))
            quote.method, quote.confidence = statement.method, statement.confidence
    if retitled:
        # The namesake keeps only what the text still gives them.
        quoted = {name for q in doc.quotes for name in q.speakers}
        kept = [s for s in kept if s.name not in retitled or s.name in quoted]
        if not issuers:
            doc.speakers = [s for s in doc.speakers if s.name not in retitled or s.name in quoted]
    if issuers:
        own.aliases = list(dict.fromkeys(own.aliases))
        doc.speakers = [own, *kept]
    drop_cut_names(doc)


def _issuers_speakers(
    doc: Document, issuer: str, suffix: str | None, value: str
) -> tuple[Speaker, list[str], list[Speaker]]:
    """The issuer as a speaker (`value`, with the role and the spellings the parse
    found), the names of the parse's speakers who are the issuer, and the other
    speakers, kept."""
    merged: list[str] = []
    kept: list[Speaker] = []
    own = Speaker(value, None, [], "person")
    for speaker in doc.speakers:
        name, generation = N.split_suffix(speaker.name)
        if (
            speaker.kind == "person"
            # `Donald Payne Sr.` in a release of `Donald Payne Jr.` is his father
            and (generation is None or suffix is None or generation == suffix)
            and (
                same_person(name, issuer)
                or _part_of_issuer(name, issuer)
                or _issuer_but_accents(name, issuer)
            )
            # `Judge Sullivan` in a release of `Dan Sullivan`: a surname under a rank or
            # the bench is another person of that name
            and not (" " not in name and speaker.role and _rank(speaker.role))
            and not _namesake_described(doc, name, issuer)
            # taken for an organisation by its chamber's word
            or _glued_to_issuer(speaker.name, issuer)
        ):
            merged.append(speaker.name)
            own.role = own.role or speaker.role
            own.aliases.extend(a for a in [speaker.name, *speaker.aliases] if a != value)
        else:
            kept.append(speaker)
    return own, merged, kept


def _issuers_statement_announced(
    body: list[str],
    quote: Quote,
    issuer: str,
    kept: list[Speaker],
    chamber: Callable[[], str | None],
    sex: Callable[[], str | None],
    body_text: Callable[[], str],
) -> bool:
    """Direct words after a sentence announcing the issuer's statement ("Rep. Quill
    delivered the following remarks:", "Quill, incoming Chairwoman of …, released the
    following statement"), whose subject the parse read as a role or a possessive, not
    as a person; not where the words are from another or another member introduces
    them."""
    if quote.kind != "direct" or quote.paragraph >= len(body):
        return False
    paragraph = body[quote.paragraph]
    previous = body[quote.paragraph - 1] if quote.paragraph else ""
    return bool(
        _STATEMENT_VERB.search(paragraph, max(0, quote.start - STATEMENT_REACH), quote.start)
        and _statement_of_issuer(paragraph, quote.start, issuer, kept, chamber(), previous, sex)
        and not from_another(paragraph, quote.start, issuer, previous, body_text)
        and not _another_member_introduces(paragraph, quote.start, issuer)
    )


@dataclass(frozen=True)
class _Readings:
    """What `attribute_to_issuer` reads of the whole release once, when first asked: its
    body as one text, whether a member's title may be the issuer's, the surnames of the
    other people quoted, whether it reprints a news agency's story, the issuer's chamber
    and sex, the kin the text sets off after a surname, whether the paragraph first
    naming the issuer names a given person too, and whether the release writes the
    issuer's name in full."""

    body_text: Callable[[], str]
    fits: Callable[[str], bool]
    others: Callable[[], frozenset[str]]
    wire_story: Callable[[], bool]
    chamber: Callable[[], str | None]
    sex: Callable[[], str | None]
    surname_kin_of: Callable[[], dict[str, set[str]]]
    named_with_issuer: Callable[[str], bool]
    issuer_in_full: Callable[[], bool]


def _uncued_of_another(
    body: list[str],
    before: Quote | None,
    quote: Quote,
    issuer: str,
    readings: _Readings,
    no_one_subject: Callable[[str, int], bool],
    clause_subject: Callable[[str, int], str | None],
) -> bool:
    """Uncued direct words opening a statement in the issuer's release may be somebody
    else's: another member introduces them, a document, a writing, a cue, a label, a
    clause or a signature around them names another, or the release reprints a news
    agency's story. True where any says so: they are not the issuer's."""
    paragraph = body[quote.paragraph]
    body_text, fits = readings.body_text, readings.fits
    return bool(
        _another_member_introduces(paragraph, quote.start, issuer)
        or _titles_issuer(quote.text, issuer)
        or document_introduces(paragraph, quote.start)
        or from_another(
            paragraph,
            quote.start,
            issuer,
            body[quote.paragraph - 1] if quote.paragraph else "",
            body_text,
        )
        or _mentions_another(quote, issuer, paragraph)
        # `Secretary Vail’s reply reads in part: “…”`: the reply's writer's words.
        or _writing_of_another(body, quote, issuer)
        # `“…” — Ann Vail, harbor pilot`: a dash and a name after the closing mark
        # sign the words, whoever the parse could read there.
        or _DASH_SIGNATURE.match(paragraph, quote.end)
        or _cue_of_another_after(quote, paragraph, issuer)
        or _after_cue_of_another(body, before, quote, issuer)
        or _narrated_cue_of_another(paragraph, quote.start, issuer)
        or _closing_cue_of_another(quote, paragraph, issuer)
        or _after_closing_cue_of_another(before, quote, paragraph, issuer)
        # `“…” Ann Roe, Executive Director, Harbor Learning. “…”`: after another's
        # signature in the middle of the paragraph, nobody's.
        or _after_signature_of_another(before, quote, paragraph, issuer)
        or _view_of_another_before(body, quote, issuer)
        or _group_introduces(body, quote, issuer)
        or _role_introduces(body, quote, issuer, fits)
        or _owners_label_of_another(body, quote, issuer)
        or no_one_subject(*_with_intro_before(body, quote.paragraph, quote.start))
        # `Lowell: “…”` in a release about the town of Lowell: the label may name
        # the place, not the issuer of that surname.
        or (
            quote.mention
            and quote.mention.isalpha()
            and written_as_place(body_text(), quote.mention)
        )
        or _clause_of_another_after(clause_subject(paragraph, quote.end), issuer, fits)
        or _bill_heading_before(paragraph, max(0, quote.start - 1))
        # `MODERATOR: “…”`: a transcript's label says somebody else speaks.
        or SPEAKER_LABEL_BEFORE.search(paragraph, max(0, quote.start - LABEL_REACH), quote.start)
        or another_person_before(paragraph, quote.start, issuer, readings.others(), fits)
        # `“…” Statement of Ben Fisk, Union President: “…”`: the label's person's.
        # `Statement of Ben Fisk, Union President: “…” “…”`: the label's person's.
        or labelled_in_chain(body, quote.paragraph, quote.start, issuer, body_text)
        # `(AP) — …`: a news agency's story the release reprints; its quotations
        # are the story's people's, never the issuer's, whom it does not name (words
        # in the first person singular are still the member's statement).
        or (readings.wire_story() and not _FIRST_PERSON_SINGULAR.search(quote.text))
    )


# A label right before the opening mark: a sentence's (not a title's: `Dr.`), a
# quotation's or a heading's end, two capitalised words, a comma, a role in lower-case
# words and a colon (`… story.” Zettie Korr, a rower: “…`).
_NAME_ROLE_LABEL = re.compile(
    r"(?:^|(?<=[a-z]{3}[.!?])|(?<=[\d)][.!?])|(?<=[”\"’:]))\s*"
    r"(?P<first>[A-Z][a-z’'-]+) (?P<last>[A-Z][a-z’'-]+),"
    r"\s+[a-z][^.!?:;“”\"\n]{1,90}:\s*[“\"]\s*$"
)


def _name_label_of_another(paragraph: str, start: int, issuer: str) -> bool:
    """`Zettie Korr, a rower: “…”`: a name label with a role in lower-case words right
    before the opening mark names the words' speaker; not the issuer unless it names
    them (the label is read as a name even where the name lists do not know its first
    name, so the words are nobody's rather than the issuer's)."""
    m = _NAME_ROLE_LABEL.search(paragraph, max(0, start - _LABEL_REACH), start)
    if m is None or m.group("first").casefold() in _ADVERBIAL_OPENERS:
        return False  # `In August, you remarked: “…”`: an opening phrase, no name
    own = _issuer_words(issuer)
    return not ({_letters(m.group("first")), _letters(m.group("last"))} & own)


def _letters(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalpha())


def _issuer_words(issuer: str) -> set[str]:
    """The letters (`_letters`) of each word of the issuer's name: a word among them
    (`Tarrant`, `Wes`) may name the issuer."""
    return {_letters(w) for w in issuer.split()} - {""}


def _introduction(paragraph: str, start: int) -> str:
    """The sentence of `paragraph` that runs up to a quotation opening at `start`."""
    head = paragraph[max(0, start - STATEMENT_REACH) : start]
    return _SENTENCE_END.split(head)[-1]


# A relative clause or an aside between commas (`, which Senator Holt helped found,`).
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whom|whose|that|where|when)\b[^,]*(?:,|$)")
# Words opening a sentence's adverbial phrase before its subject (`In a letter, …`).
_ADVERBIAL_OPENERS = frozenset(
    "in on at during after before today yesterday earlier later this last upon from with "
    "following".split()
)
# Lower-case words inside a subject's name (`the Board of Regents`).
_SUBJECT_JOINS = frozenset("of the and for & de del la".split())


def _subject_words(sentence: str) -> list[str]:
    """The words of a sentence's subject as its opening run of capitalised words and the
    small words inside names, after an adverbial opening and without relative clauses."""
    text = _RELATIVE_CLAUSE.sub(" ", sentence).strip()
    first, _, rest = text.partition(",")
    if rest and first.split()[:1] and first.split()[0].casefold() in _ADVERBIAL_OPENERS:
        text = rest.strip()
    subject: list[str] = []
    for k, word in enumerate(text.split()):
        if word[:1].isupper() or k == 0 or word.casefold() in _SUBJECT_JOINS:
            subject.append(word)
            if word.endswith((",", ":", ";")):
                break
        else:
            break
    return subject


# A full stop, question or exclamation mark after a word's lower-case letters, and a space:
# a sentence's end (`on Friday. “…`), not a title's or an abbreviation's (`Rep.`, `v.`).
_SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+")


def _mentions_another(quote: Quote, issuer: str, paragraph: str) -> bool:
    """The parse read a name at the quotation that is not the issuer's and could not make
    it a speaker (`The Lakeport Kidney Foundation has raised concerns: “…”`, a dash
    byline of no sure signer): the words are that body's or person's, not the issuer's."""
    if quote.speakers or not quote.mention:
        return False
    words = quote.mention.split()
    named = [
        w
        for w in words
        if w[:1].isupper() and not N.is_role_word(w) and _clean(w) not in NOT_NAME | HONORIFICS
    ]
    if not named:
        return False  # a pronoun or a role noun (`the Congresswoman`): read elsewhere
    own = {_letters(w) for w in issuer.split()[1:]} - {""}
    if any(_letters(_unpossessed(w)) in own for w in words):
        return False
    if any(_letters(w) in own for w in _subject_words(_introduction(paragraph, quote.start))):
        # `Rep. Holt issued the following statement condemning the Board of Regents: “…”`:
        # the issuer is the subject of the sentence introducing the words, who says them
        # (not when named in a clause about the subject: `The Foundation, which Senator
        # Holt helped found, has raised concerns: “…”`).
        return False
    # Only a name counts, not a heading the issuer speaks under (`Champion For Our
    # Farmers: “…”`).
    cleaned = [w.strip(",.:;") for w in words if w.strip(",.:;")]
    if cleaned and cleaned[0].lower() in _DETERMINERS:
        cleaned = cleaned[1:]
    if cleaned:
        # `The Department of Labor's letter to Senator Roe says:`: the words are the
        # writer's, named by its possessive.
        cleaned[-1] = _unpossessed(cleaned[-1])
    person = split_role(cleaned)[1]
    return bool(cleaned) and (
        N.org_shape(cleaned) or (N.person_evidence(person) and N.person_shape(person))
    )


def _unpossessed(word: str) -> str:
    """`Labor's` → `Labor`; other words as they are."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


# What stands right before a name's tail cut from a longer name: the words before `and`
# or `&` inside an organisation's name (`Ways & Means Committee`, `Energy and Natural
# Resources Committee`, `Labor, Health and Human Services, Education, and Related
# Agencies`), or an abbreviated saint's name whose full stop was read as a sentence's end
# (`St. Louis`, `St. Cloud`), or a name's particles after its first words (`Portilla` of
# `Ivo Diaz de la Portilla`).
_CUT_BEFORE = re.compile(
    r"(?:\b[A-Z][\w’'.-]*,?\s+(?:and|&)|&|(?P<saint>\bSte?\.)"
    r"|(?P<particle>\b[A-Z][\w’'.-]*(?:\s+(?:de|del|della|la|le|van|von|der|den|da|di|du))+))\s+$"
)


def cut_name(paragraphs: list[str], value: str, organisation: bool) -> bool:
    """Whether `value` is only ever written in the document as the tail of a longer
    name: every place the text writes it follows `Word and`, `Word &` (an organisation's
    value only: `Amy Holt and Al Varga` is two people), `St.` or a name's particles after
    its first word (`Diaz de la`). A name must be whole
    or be no value at all; a value never written out as such is left alone."""
    seen = False
    for paragraph in paragraphs:
        if value not in paragraph:
            continue  # the pattern holds the value as written: most paragraphs lack it
        for at in _written_whole(paragraph, value):
            before = _CUT_BEFORE.search(paragraph, max(0, at - 60), at)
            if before is None or (
                not organisation and before.group("saint") is None and not before.group("particle")
            ):
                return False
            seen = True
    return seen


# A capitalised word joined to the next by a slash (`Vail/Republican`, `Elm/Oak`):
# alternatives or partners written as one, never a word of one person's or one body's
# name. Not the slash of an address (`press@elm.org/`, `elm.org/Tod`) nor one after a
# lower-case word.
_SLASHED = re.compile(r"(?<![\w@./:'’-])[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*/[^\W\d_]")
# The capitalised word right before a slash ending the text.
_SLASHED_BEFORE = re.compile(r"(?<![\w@./:'’-])[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*/\Z")


def slash_cut(paragraphs: list[str], value: str) -> bool:
    """Whether `value` holds words joined by a slash, or the text writes it only right
    after a word and a slash (`Republican Congress` of `the Vail/Republican Congress`):
    half of a run of alternatives or partners, no name. A value never written out as such
    is left alone."""
    if _SLASHED.search(value):
        return True
    seen = False
    for paragraph in paragraphs:
        if value not in paragraph:
            continue
        for at in _written_whole(paragraph, value):
            if _SLASHED_BEFORE.search(paragraph, max(0, at - 60), at) is None:
                return False
            seen = True
    return seen


def drop_slashed(paragraphs: list[str], speakers: list[Speaker], quotes: list[Quote]) -> None:
    """Take from `quotes` and `speakers` every value `slash_cut` finds: a quote keeps its
    other speakers or none."""
    named = dict.fromkeys(name for quote in quotes for name in quote.speakers)
    cut = {name for name in named if slash_cut(paragraphs, name)}
    if cut:
        speakers[:] = _take_values(quotes, speakers, cut)


def _take_values(quotes: list[Quote], speakers: list[Speaker], cut: set[str]) -> list[Speaker]:
    """Take the values `cut` from `quotes` (a quote keeps its other speakers or none);
    the speakers left."""
    for quote in quotes:
        if any(name in cut for name in quote.speakers):
            _set_speakers(quote, [n for n in quote.speakers if n not in cut])
            if not quote.speakers:
                quote.method = quote.confidence = None
    return [s for s in speakers if s.name not in cut]


def _written_whole(text: str, value: str) -> Iterator[int]:
    """Where `text` writes `value` as whole words (no letter, digit, `_`, hyphen or
    apostrophe against either end), left to right and without overlaps, as a pattern
    would find it; found with `str.find`, which costs no pattern compiled for each of
    the archive's many names."""
    at = text.find(value)
    while at >= 0:
        end = at + len(value)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            yield at
            at = text.find(value, end if value else at + 1)
        else:
            at = text.find(value, at + 1)


def _word_char(char: str) -> bool:
    """A letter, digit or `_` (what `\\w` matches), a hyphen or an apostrophe."""
    return char.isalnum() or char in "_-'’"


def drop_cut_names(doc: Document) -> None:
    """Take from the document's quotes every speaker value that is the cut tail of a
    longer name (`Means Committee` from `Ways & Means Committee`, `Louis Post-Dispatch`
    after `St.`) or half of a slash's run (`slash_cut`): the quote keeps its other
    speakers or none."""
    kinds = {s.name: s.kind for s in doc.speakers}
    # Each distinct value once: a speaker quoted ten times is looked for once.
    named = dict.fromkeys(name for quote in doc.quotes for name in quote.speakers)
    documents = document_acronyms(doc.body) if any(N.is_acronym([n]) for n in named) else set()
    cut = {
        name
        for name in named
        if slash_cut(doc.body, name)
        or cut_name(doc.body, name, kinds.get(name) == "organization" or is_org_name(name.split()))
        or name in documents
    }
    if cut:
        doc.speakers = _take_values(doc.quotes, doc.speakers, cut)


# Words ending the name of a document, which the text may shorten to its letters.
# Not `analysis`, `survey`, `policy`, `law`, `order`: a body's name may end in one
# (`Bureau of Economic Analysis`, `Geological Survey`, `Fraternal Order of Police`).
_DOCUMENT_ENDS = frozenset(
    """statement report summary study memo memorandum transcript testimony editorial
    blueprint proposal handbook manual guidance letter assessment act bill resolution
    amendment agreement treaty accord""".split()
)


# Words that make a spelt-out name a body's, whatever word ends it (`Friends of the Pier
# Accord`, `Committee for a Ferry Amendment`). Not `Americans` or `Initiative`, which
# laws' names hold (`the Americans with … Act`, `the … Initiative Act`).
_BODY_WORDS = N.ORG_WORDS | frozenset(
    """friends citizens people members workers advocates families neighbors neighbours
    partners coalition project panel task alliance""".split()
)
# An acronym in brackets, right after the name it shortens: `Final Pier Statement (FPS)`.
_BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Z]{2,5})\s*\)")
# Lower-case words a name's letters may take or skip (`Memorandum of Agreement (MOA)`).
_SPELLING_LOWER = frozenset("of for the and on in to at a an with by from".split())


def _spelt_name(before: str, acronym: str) -> list[str] | None:
    """The words at the end of `before` that `acronym` shortens, each capitalised word
    giving its first letter in turn (a lower-case `of`/`the` may give one or be skipped),
    or None when the words do not spell it."""
    words = re.findall(r"[\w’'&-]+", before[-200:])[-3 * len(acronym) :]

    def spell(i: int, j: int) -> int | None:
        # Letters acronym[:j] from words[:i]; the index of the name's first word.
        if j == 0:
            return i
        if i == 0:
            return None
        word = words[i - 1]
        if word[0].upper() == acronym[j - 1]:
            got = spell(i - 1, j - 1)
            if got is not None:
                return got
        if word.lower() in _SPELLING_LOWER and word[0].islower():
            return spell(i - 1, j)
        return None

    first = spell(len(words), len(acronym))
    if first is None or not words[first][0].isupper():
        return None
    return words[first:]


def document_acronyms(paragraphs: list[str]) -> set[str]:
    """Acronyms (`FHIS`) the text spells out, every time it does, as a document's name
    (`the Final Harbor Impact Statement (FHIS)`): documents, no speakers, whatever verb of
    saying they are the subject of (`The FHIS claimed that …`). A spelling whose words do
    not give the letters, or a name holding a body's word, keeps the acronym a speaker.
    One pass over the text."""
    verdict: dict[str, bool] = {}
    for paragraph in paragraphs:
        for m in _BRACKETED_ACRONYM.finditer(paragraph):
            acronym = m.group(1)
            if verdict.get(acronym) is False:
                continue
            name = _spelt_name(paragraph[: m.start()].rstrip(), acronym)
            verdict[acronym] = bool(
                name
                and name[-1].lower() in _DOCUMENT_ENDS
                and not any(w.lower() in _BODY_WORDS for w in name)
            )
    return {a for a, document in verdict.items() if document and N.is_acronym([a])}


# A member named with a title or a party tag: `Sen. Dick Durbin (D-IL)`, `Rep. Ann Holt`.
_MEMBER = re.compile(
    r"\b(?:(?:Rep|Sen|Del|Gov)\.|Congressman|Congresswoman|Senator|Representative)\s+"
    r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"
    rf"|(?P<tagged>(?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'-]+)\s*{MEMBER_TAG_OPEN}"
)


# A bill's number and name introducing a quotation, `H.R. 7310, Clean Docks Act: “…”`:
# the bill's text or a summary of it, not the issuer's words.
_BILL_HEADING = re.compile(
    r"\b(?:H\.\s?R\.|S\.|H\.\s?Res\.|H\.\s?J\.\s?Res\.|S\.\s?Res\.)\s?\d+\b[^.:“”\"]{0,120}:\s*[“\"]?$"
)


def _bill_heading_before(paragraph: str, end: int) -> bool:
    """`_BILL_HEADING` ends at `end` (`H.R. 12, the Harbor Act: “…`). Searched from the
    furthest place such a heading may start, not from the paragraph's start: the same
    answer, in time linear in a paragraph of many quotations. A heading ends on a colon
    and blanks or one opening mark; `[^.:“”"]{0,120}` lies between it and the number,
    whose digits may run back any way, with at most 12 characters of `H. J. Res. ` and
    the word boundary before them."""
    k = end
    while k > 0 and (paragraph[k - 1].isspace() or paragraph[k - 1] in '“"'):
        k -= 1
    if k == 0 or paragraph[k - 1] != ":":
        return False
    start = max(0, k - 1 - 121)
    while start > 0 and paragraph[start - 1].isdigit():
        start -= 1
    return _BILL_HEADING.search(paragraph, max(0, start - 12), end) is not None


# A cue naming the issuer by surname or title in their own release.
CUED_ISSUER_CONFIDENCE = 0.9
_ISSUER_TITLES = frozenset(
    "the congressman|the congresswoman|the senator|the representative|the delegate".split("|")
)
# The verb of a statement a release announces: `released the following statement`.
_STATEMENT_VERB = re.compile(
    r"\b(?:released|issued|delivered|made|gave|offered)\s+the\s+following\s+"
    r"(?:statement|remarks|comments)\b"
)
# How far the announcing sentence may stand before the quotation (a sentence of context
# may come between: `… released the following statement. The Senate voted it down. “…”`).
STATEMENT_REACH = 600
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z])")
_JOINT_TITLE = re.compile(
    r"\band\s+(?:(?:Reps?|Sens?|Dr|Mr|Mrs|Ms)\.|Congress(?:wo)?m[ae]n|Senators?|Representatives?)\s"
)
_GROUP_WORDS = frozenset(
    "they we members lawmakers senators representatives congressmen congresswomen "
    "delegation colleagues leaders".split()
)
_OTHER_TITLED = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms)\.\s+(?:[A-Z][\w’'.-]*\s+){0,2}(?P<surname>[A-Z][\w’'-]+)"
)


_THE_TITLE_END = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Aa]fter\s+[^,]{1,80},\s+the)\s+(Congress(?:wo)?man|Senator|Representative|Delegate)"
    r"\s*(?:today\s+|also\s+|then\s+)?$"
)
# The titles another member of a chamber is named with, by the title a cue uses for the
# issuer: `the Senator` may be any `Sen. Vail` named just before.
_TITLES_FITTING = {
    "senator": frozenset(("sen.", "senator")),
    "delegate": frozenset(("del.", "delegate")),
}
_HOUSE_TITLES = frozenset(("rep.", "representative", "congressman", "congresswoman"))
# What may stand between the issuer's name and the verb whose subject it is: a possessive
# `office`, a party tag, one appositive between commas (`, a member of the committee,`)
# or one a role opens and no comma closes (`, Ranking Member of … today released`), and
# an adverb of time.
_AFTER_SUBJECT = re.compile(
    r"(?P<office>[’']s\s+(?:office|staff)\s*)?(?:,?\s*\([^()]{1,40}\))?\s*"
    r"(?:,(?P<appositive>[^“”\"]{1,200}),|,(?P<open>[^“”\"]{1,200}?))?\s*"
    r"(?:(?:today|also|then|later|yesterday|tonight|has|had|on\s+[A-Z][a-z]+|"
    r"this\s+(?:morning|afternoon|evening|week))\s+)*$"
)
# A name with a role's title (`Secretary Tod Vail`, `Mayor Vail`): a person. Read at
# every capitalised word, so `Energy Secretary Tod Vail` is seen from `Secretary`.
_ROLE_TITLED = re.compile(
    r"(?=\b(?P<title>[A-Z][a-z]+\.?)\s+(?:[A-Z][\w’'.-]*\s+){0,2}(?P<surname>[A-Z][\w’'-]+))"
)
# An appositive that brings somebody else in: `, joined by Rep. Dale,`, `, Vail and Reed,`
# (`the Energy and Commerce Committee` joins an organisation's words, not people).
_APPOSITIVE_WITH = re.compile(r"\b(?:joined|accompanied|along|together|alongside)\b")
_NOT_SURNAME = N.ROLE_WORDS | N.ORG_WORDS | N.TITLE_WORDS | N.PLACE_WORDS
_ORG_OR_ROLE = N.ORG_WORDS | N.ROLE_WORDS
_ORG_ROLE_TITLE = _ORG_OR_ROLE | N.TITLE_WORDS
_ROLE_LEAD = frozenset("a an the incoming outgoing new former current senior longtime".split())
_APPOSITIVE_AND = re.compile(
    r"\b(?:and|with|&)\s+(?P<run>(?:[A-Z][\w’'.-]*\s*|\([A-Z]{2,8}\)\s*)+)"
)


def _statement_of_issuer(
    paragraph: str,
    start: int,
    issuer: str,
    others: list[Speaker],
    chamber: str | None,
    before: str,
    sex: Callable[[], str | None],
) -> bool:
    """The sentence announcing the statement (`… released the following statement`) has
    the issuer as its subject and nobody else: `Rep. Quill, incoming Chairwoman of …,` or
    `Congresswoman Quill’s office`, not `Rep. Dale`, `Quill and Dale`, `they`, `In reply
    to Rep. Quill, the Department`, `Secretary Vail, joined by Rep. Quill,`. `before` is
    the paragraph before, where the sentence before the announcing one may stand."""
    verbs = list(_STATEMENT_VERB.finditer(paragraph, max(0, start - STATEMENT_REACH), start))
    if not verbs:
        return False
    verb = verbs[-1]
    subject = _SENTENCE_BREAK.split(paragraph[max(0, verb.start() - 200) : verb.start()])[-1]
    words = [_POSSESSIVE_END.sub("", w).strip(",.()") for w in subject.split()]
    titled_only = _THE_TITLE_END.search(subject)
    if titled_only:
        # `The Congresswoman released …`: the issuer's title, when it fits them and no
        # other member it fits is named in this sentence or the one before.
        title = titled_only.group(1).casefold()
        return _title_fits(title, issuer, chamber, sex) and not _another_fits(
            f"{before} {paragraph[: verb.start()]}", title, issuer
        )
    if not _opens_clause(subject, issuer):
        return False
    hits = [k for k, w in enumerate(words) if w[:1].isupper() and same_person(w, issuer)]
    if not hits or _JOINT_TITLE.search(subject):
        return False
    if any(
        words[k].casefold() == "and" for h in hits for k in (h - 1, h + 1) if 0 <= k < len(words)
    ):
        return False  # `Quill and Dale issued …`: a joint statement
    if any(w in _GROUP_WORDS or w in ("They", "We") for w in words):
        return False  # lower case: `the House of Representatives` is no group of speakers
    surnames = {s.name.split()[-1] for s in others if s.kind == "person" and s.name.split()}
    if any(w in surnames and not same_person(w, issuer) for w in words):
        return False
    titled = [*_CHAMBER_TITLE.finditer(subject), *_OTHER_TITLED.finditer(subject)]
    if any(not same_person(m.group("surname"), issuer) for m in titled):
        return False
    return not _role_titled_other(subject, issuer)


def _opens_clause(subject: str, issuer: str) -> bool:
    """The issuer's name is the subject of the clause ending at the verb: it stands right
    before the verb, with at most a possessive `office`, a party tag, an appositive and an
    adverb of time between, and the appositive joins nobody to them (`joined by …`,
    `Vail and Reed`). `In reply to Rep. Quill, the Department issued` has the Department as
    its subject; `Secretary Vail, joined by Rep. Quill, delivered` has Vail."""
    for m in reversed(list(re.finditer(r"[A-Z][\w’'-]*", subject))):
        if not same_person(_POSSESSIVE_END.sub("", m.group()), issuer):
            continue
        rest = _AFTER_SUBJECT.match(subject, m.end() - len(_possessive(m.group())))
        if rest is None:
            continue
        appositive = rest.group("appositive") or rest.group("open") or ""
        if rest.group("open") is not None:
            # `In reply to Rep. Quill, the Department issued`: only a role (`Ranking
            # Member of …`) may follow the name unclosed; anything else is the subject.
            opening = [w for w in appositive.split() if w.casefold() not in _ROLE_LEAD]
            if not opening or opening[0].strip(",.").casefold() not in N.ROLE_WORDS:
                continue
        if _APPOSITIVE_WITH.search(appositive):
            return False
        for joined in _APPOSITIVE_AND.finditer(appositive):
            last = joined.group("run").split()[-1].strip(".,").casefold()
            if last not in _ORG_OR_ROLE and not same_person(last, issuer):
                return False
        # `, a member of the panel with Tod Vail,`: a person's first name and a name
        # (`Vice Chair`, `Grant Program` are a role's and a thing's words)
        words = [w.strip(",.()") for w in appositive.split()]
        return not any(
            N.first_name_gender(w) is not None
            and words[k + 1][:1].isupper()
            and words[k + 1].casefold() not in _NOT_SURNAME
            and not same_person(words[k + 1], issuer)
            for k, w in enumerate(words[:-1])
        )
    return False


def _role_titled_other(text: str, issuer: str) -> bool:
    """`Secretary Tod Vail`, `Energy Secretary Vail`, `Mayor Vail`: a name with a role's
    title that is not the issuer's (`Chairwoman Quill`) nor an organisation's."""
    for m in _ROLE_TITLED.finditer(text):
        title = m.group("title").casefold()
        surname = _POSSESSIVE_END.sub("", m.group("surname"))
        if (
            (title in N.ROLE_WORDS or title.rstrip(".") in N.ROLE_WORDS)
            # `Ranking Member of …`, `Vice Chair of …`: a role, nobody named
            and surname.casefold() not in _ORG_ROLE_TITLE
            and not same_person(surname, issuer)
        ):
            return True
    return False


def _possessive(word: str) -> str:
    m = _POSSESSIVE_END.search(word)
    return m.group() if m else ""


def _another_fits(text: str, title: str, issuer: str, back: int = 0) -> bool:
    """Another person whom `the Senator` (`the Congresswoman` …) could be is named with a
    title of that chamber in the last two sentences of `text`, or in its last `back`
    characters where given."""
    fitting = _TITLES_FITTING.get(title, _HOUSE_TITLES)
    recent = text[-back:] if back else " ".join(_SENTENCE_BREAK.split(text[-800:])[-2:])
    for m in _CHAMBER_TITLE.finditer(recent):
        if m.group("title").casefold() in fitting and not same_person(m.group("surname"), issuer):
            return True
    for m in re.finditer(
        r"\b(?P<title>Del\.|Delegate)\s+(?:[A-Z][\w’'.-]*\s+){0,3}(?P<surname>[A-Z][\w’'-]+)",
        recent,
    ):
        if title == "delegate" and not same_person(m.group("surname"), issuer):
            return True
    return False


# Labels of a transcript's asking side, alone (`Q:`, `Question:`, `Host:`).
_ASKING_MENTIONS = frozenset("q question host moderator interviewer".split())


def _asking_label(mention: str | None) -> bool:
    """A mention that is an asking side's label alone (`Q`, `Moderator`)."""
    return (mention or "").strip().rstrip(".:").lower() in _ASKING_MENTIONS


def _left_bare(prev: Quote | None, quote: Quote, value: str) -> bool:
    """`“…,” said the Corvale Sec. “…”`: the parse read the uncued words as going on with
    the cue before them (their mention is its mention's end) but gave them no speaker;
    they are that speaker's going on, not the issuer's, whoever the first words went to."""
    if prev is None or not prev.speakers or value in prev.speakers or quote.speakers:
        return False
    if quote.cue is not None or quote.paragraph != prev.paragraph:
        return False
    theirs = (quote.mention or "").split()
    return bool(theirs) and (prev.mention or "").split()[-len(theirs) :] == theirs


def _after_unnamed(doc: Document, prev: Quote | None, quote: Quote, issuer: str = "") -> bool:
    return after_unnamed(doc.body, prev, quote, issuer)


def _cue_names_issuer(words: Sequence[str], issuer: str) -> bool:
    """One of `words` is the issuer's surname ending a name: the word after it opens with
    no capital letter (`Holt.`, `Holt (R-CA)`, `Holt, …`), unlike `Holt River`."""
    for k, word in enumerate(words):
        if word and same_person(word.strip(".,;:"), issuer):
            after = words[k + 1] if k + 1 < len(words) else ""
            if word[-1] in ".,;:" or not after[:1].isupper():
                return True
    return False


# A cue after a quotation that the parse could not read: a verb of saying, and the name of
# its subject, in the sentence the quotation ends (`“…” Ann Holt of Dover, Del. said.`).
_SAYS_AFTER = re.compile(
    r"\b(?:said|says|told|tells|added|adds|shouted|shouts|stated|states|explained|explains"
    r"|noted|notes|testified|testifies|declared|declares)\b"
)
# Two capitalised words, found at every word start (overlapping: `Mayor Rosa Penning`
# gives `Mayor Rosa` and `Rosa Penning`).
_TWO_NAME_WORDS = re.compile(r"(?<![\w’'-])(?=([A-Z][a-z][\w’'-]*[^\S\n]+[A-Z][a-z][\w’'-]*)\b)")
SAYER_REACH = 160
# Relative words, conjunctions and pronouns that open a clause of their own.
_CLAUSE_OPENERS = (
    "who whom whose which that when while where because if although though he she they we I it"
).split()
# Before the name: a word that makes it an object or puts it inside a clause whose subject
# is somebody else (`Fulmer said she thanked Ann Roe`, `cosponsored by Rep. Ann Roe`).
_NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(_CLAUSE_OPENERS)
    + r"|and|or|but|to|with|from|for|by|about|against|thanked|thanks|praised"
    r"|met|called|named)[^\S\n]+(?:[A-Z][\w’'.-]*[^\S\n]+){0,4}$"
)
# Between the name and the verb: a relative word, a pronoun or a conjunction opens a clause
# of its own (`Ann Roe, who testified`, `Ann Roe put it best when he said`).
_CLAUSE_WORD = re.compile(r"\b(?:" + "|".join(_CLAUSE_OPENERS) + r"|but|so)\b")
# After a verb of saying whose subject comes before it: a word that opens a clause of its
# own (reported words, not a cue: `Ann Roe said this is …`, `told reporters that …`).
_CLAUSE_AFTER_VERB = frozenset(
    "that this these those it he she they we i there is are was were will would has have"
    " had can could should must may might".split()
)
# Appositive material only: nothing, `, 43, of Corvale, Ore., a dock worker since 1999,`,
# ` of Corvale, Ore.`, ` (D-Ore.)`.
_APPOSITIVE = re.compile(r"[^\S\n]*(?:(?:,|\bof\b|\()[^\n]*)?")


def _other_subject(rest: str, verb: re.Match[str], name: str, into_quote: bool) -> bool:
    """A person's full name other than `name` is the subject of the verb of saying `verb`
    in `rest` (the sentence after a quotation): right after it where the verb opens the
    sentence (`“…” said Sec. Ann Roe.`), or opening the sentence before it with only
    appositive material between (`Mayor Ann Roe, 43, of Dover, told …`). `into_quote`:
    the sentence runs on into another quotation (`…, stated that he was “…”`)."""
    own = _clean(name.split()[-1]) if name.split() else ""
    head = rest[: verb.start()]
    if not re.search(r"\w", head):
        run = re.match(r"[^\S\n]+([A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*)*)", rest[verb.end() :])
        return run is not None and _person_in(run.group(1), name)
    tail = rest[verb.end() :].split()
    if not into_quote and (len(tail) > 6 or any(_clean(w) in _CLAUSE_AFTER_VERB for w in tail)):
        return False  # `Ann Roe said this is a sign …`: her report, no cue of the words
    for m in _TWO_NAME_WORDS.finditer(head):
        words = m.group(1).split()
        if not (N.person_shape(words) and N.person_evidence(words)):
            continue
        if same_person(" ".join(words), name):
            continue
        before, between = head[: m.start()], head[m.start() + len(m.group(1)) :]
        if _NOT_SUBJECT_BEFORE.search(before) or _SAYS_AFTER.search(before):
            continue
        if any(_clean(w) == own for w in before.split() if not w.endswith(("’s", "'s"))):
            continue  # `Fulmer and Ann Roe told …`: the name's own bearer is a subject
        if _CLAUSE_WORD.search(between) or _APPOSITIVE.fullmatch(between) is None:
            continue
        if any(_clean(w) == own for w in between.split()):
            continue
        return True
    return False


def _person_in(run: str, name: str) -> bool:
    for m in _TWO_NAME_WORDS.finditer(run):
        words = m.group(1).split()
        if (
            N.person_shape(words)
            and N.person_evidence(words)
            and not same_person(" ".join(words), name)
        ):
            return True
    return False


def sayer_named_after(paragraph: str, end: int, name: str) -> bool:
    """The sentence a quotation ending at `end` ends goes on, before any other opening
    mark, with a verb of saying whose subject is a person's full name that is not `name`'s
    (another surname, or another given name with it: `“…” Holt’s campaign treasurer, Ann
    Roe, told the crowd.`, `“…” Ann Roe of Dover, Del. said.`): a cue the parse did not
    read names another speaker, so the words are not `name`'s (a release's issuer or the
    member its lead names). A name that is an object or in another clause is no subject
    (`“…” Holt said she thanked Ann Roe.`, `… by Rep. Ann Roe, who testified.`)."""
    rest = paragraph[end : end + SAYER_REACH]
    marks = [k for k in (rest.find("“", 1), rest.find('"', 1)) if k > 0]
    if marks:
        rest = rest[: min(marks)]
        if rest.rstrip().endswith((",", ":")):
            return False  # `“…” Dr. Ann Roe said, “…”`: the cue of the next quotation
    stop = next(sentence_ends(rest), None)
    if stop is not None:
        rest = rest[:stop]
    into_quote = bool(marks) and stop is None
    return any(_other_subject(rest, v, name, into_quote) for v in _SAYS_AFTER.finditer(rest))


def sayer_named_around(
    paragraphs: Sequence[str], prev: Quote | None, quote: Quote, name: str
) -> bool:
    """`sayer_named_after` the quotation, or after the one right before it in its
    paragraph, whose unread cue's one sentence then goes on in this one (`“…” Ann Roe of
    Dover, Del. said. “…”`; not after another sentence: `… said. The band played. “…”`)."""
    text = paragraphs[quote.paragraph]
    if sayer_named_after(text, quote.end, name):
        return True
    return (
        prev is not None
        and prev.kind == "direct"
        and not prev.speakers
        and prev.paragraph == quote.paragraph
        and prev.end < quote.start <= prev.end + SAYER_REACH
        # the cue's one sentence between them (through the next quotation's first letter)
        and len(list(sentence_ends(text[prev.end : quote.start + 1]))) <= 1
        and sayer_named_after(text, prev.end, name)
    )


def after_unnamed(
    paragraphs: Sequence[str], prev: Quote | None, quote: Quote, issuer: str = ""
) -> bool:
    """`“…,” said Lena. “…”`: the quotation right after one whose cue names somebody the
    parse could not name goes on with that person's words, not the issuer's; so does one
    right after a quotation left with no speaker (`The study found: “…” “…”`), and one
    opening the paragraph after a paragraph that ends with such a quotation, when a
    sentence ending in a colon introduced the quotations of that run (`Following are
    statements from faith leaders:` then a paragraph for each): a quotation the parse
    merely failed to give a speaker says nothing of the next paragraph's."""
    if prev is None or prev.speakers or prev.kind != "direct":
        return False
    if quote.paragraph >= len(paragraphs):
        return False
    if prev.paragraph == quote.paragraph - 1:
        return (
            not paragraphs[prev.paragraph][prev.end :].strip(" .,”\"’'")
            and not paragraphs[quote.paragraph][: quote.start].strip(" “\"‘'")
            and _introduced_run(paragraphs, prev.paragraph, prev.start)
        )
    if prev.paragraph != quote.paragraph:
        return False
    between = paragraphs[prev.paragraph][prev.end : quote.start]
    if prev.cue is None:
        return not between.strip(" ”\"“'’")
    # `said Rep. Bishop.`: a title's full stop ends no sentence.
    words = [w.strip("“”\"'’") for w in between.split()]
    # `of Salem, Ore. said.`, `state Del. Ann Holt said.`: one sentence, read by the word after.
    ends = sum(1 for k, w in enumerate(words) if _ends_sentence(w, "".join(words[k + 1 : k + 2])))
    if len(between) <= UNNAMED_REACH and ends <= 1:
        return True
    # `,” said Brig. Gen. Ann Roe, Deputy Adjutant General, Harbor Guard. “…”`: the cue's
    # one sentence, however long the role after the name, then the next words.
    cue = prev.cue.split()[:1]
    last = next((w for w in reversed(words) if w), "")
    if ends == 1 and _ends_sentence(last) and _documents_cue(prev):
        # `,” according to the citation accompanying the medal awarded to Roe. “…”`: the
        # document's words go on, whoever it names (`Captain Roe` is the issuer spoken of)
        return True
    return (
        ends == 1
        and len(between) <= UNNAMED_CUE_REACH
        and bool(cue)
        and between.lstrip(" ,”\"’'").startswith(cue[0] + " ")
        and _ends_sentence(last)
        # `said U.S. Representative for the valley's 4th district Ann Holt.` in Holt's
        # release: a cue the parse failed to read that names the issuer, the surname
        # ending a name (`Rep. Ann Holt (R-CA) the Ranking Member …`), not a word of a
        # place's name inside it (`… for the Holt River basin Col. Lu Penn.`).
        and not (issuer and _cue_names_issuer(words, issuer))
    )


def _documents_cue(quote: Quote) -> bool:
    """The quotation's cue is `according to` a document (`the citation`, `a letter`)."""
    words = (quote.mention or "").lower().split()
    head = words[-1] if words else ""
    return quote.cue == "according to" and (
        head in DOCUMENT_NOUNS or head.endswith("s") and head[:-1] in DOCUMENT_NOUNS
    )


def _introduced_run(paragraphs: Sequence[str], i: int, start: int) -> bool:
    """The quotation at `start` of paragraph `i` belongs to a run of quotations that a
    sentence ending in a colon introduced: the text before it in its paragraph ends in
    one, or it opens its paragraph and so do the paragraphs before it, back to one that
    ends in a colon (looking back `INTRODUCED_RUN` paragraphs at most)."""
    for k in range(i, max(-1, i - INTRODUCED_RUN), -1):
        text = (paragraphs[k][:start] if k == i else paragraphs[k]).strip(" “\"‘'\n")
        if k != i and paragraphs[k].lstrip()[:1] in ("“", '"'):
            continue  # a paragraph of quotation of the same run
        if text:
            return text.endswith(":")
    return False


# How far back a run of paragraphs of quotation is followed to what introduced it.
INTRODUCED_RUN = 12


# The sentence introducing a quotation with a colon has a document as its subject: `The
# FTC study also found that: “…”`, `The report concludes:` (a letter or a statement is
# left out: the issuer signs most letters a release quotes, and issues its statements).
_DOCUMENT_INTRO = re.compile(
    r"(?:^|[.!?”\"]\s+)(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w’'.-]+\s+){0,4}?"
    r"(?:study|studies|report|survey|analysis|audit|review|findings|memo|memorandum|article|"
    r"editorial|ruling|opinion|decision|bill|resolution|law|rule|summary|poll|statute|"
    r"amendment|provision|guidance|notice|book|column|essay|"
    # a work's own word, capitalised as its name (`The Journal’s Editorial also quoted`)
    r"Editorial|Report|Study|Survey|Analysis|Audit|Memo|Article|Column)"
    r"\b[^.!?:“”\"]{0,120}:\s*[“\"]?\s*$"
)
# `the agency released a plan, which made the following commitment:`: a clause of a thing
# (`which`, not `who`) with no person in it introduces that thing's words; not where the
# clause belongs to a statement, a letter or a speech (`_OWN_TEXT_BEFORE`).
_WHICH_INTRO = re.compile(
    r",[”\"]?\s+which\s+(?!(?:he|she|they|we|i|you)\b)(?:[a-z][\w’'-]*\s+){0,6}?[a-z][\w’'-]*"
    r":\s*[“\"]?\s*$"
)


def document_introduces(paragraph: str, start: int) -> bool:
    """The sentence right before the quotation introduces it as a document's text."""
    lo = max(0, start - 300)
    if _DOCUMENT_INTRO.search(paragraph, lo, start):
        return True
    which = _WHICH_INTRO.search(paragraph, lo, start)
    return which is not None and not _OWN_TEXT_BEFORE.search(paragraph, lo, which.start())


# `Here is the statement from the office of Farm Programs at FSA:` — whose statement
# follows, said in the sentence ending in a colon right before it.
_STATEMENT_FROM = re.compile(
    r"\b(?:statements?|comments?|responses?|messages?|reply|replies|remarks)\s+"
    r"(?:(?:issued|released|received|sent)\s+)?(?:from|by)\s+"
    r"(?P<who>(?:(?<![\w.])(?:Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Col|Capt|Sgt|Lt)\.|[^.!?:“”\"]){2,120})"
    r":\s*[“\"]?\s*$"
)
# `According to a report by the Lakeport Ledger:` — a sentence opening with its source
# and ending in a colon right before the quotation: the source's words.
_ACCORDING_TO = re.compile(
    r"(?:^|[.!?”\"]\s+)According\s+to\s+(?P<who>[^.!?:“”\"]{2,120}):\s*[“\"]?\s*$"
)
# The phrase a which-clause follows, headed by a statement, a letter or a speech, with what
# it is on or to after it: `Holt issued a statement, which reads:`, `a letter to Secretary
# Dan Lee, which reads in part:`, `her remarks on the Grain Act, which`.
_OWN_TEXT_BEFORE = re.compile(
    r"\b(?:statements?|remarks|letters?|speech|testimony|message|op-ed|post|tweet)[”\"]?"
    r"(?:\s+(?:to|from|for|of|on|by|with|about|at|in)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"[A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w.’'&-]*){0,6})?\s*$"
)


def from_another(
    paragraph: str,
    start: int,
    issuer: str,
    before: str = "",
    context: Callable[[], str] | None = None,
) -> bool:
    """The sentence before the quotation introduces it as a statement from somebody who
    is not the issuer (`the statement from the office of … at FSA:`); for a quotation
    opening its paragraph, the sentence may end the paragraph `before` it (`Following are
    statements from faith leaders:`). `context` gives the document's text: an office
    outside Congress alone (`from the Mayor:`) is the issuer's only where the text gives
    the issuer that title (`Mayor Ann Holt`)."""
    m = _STATEMENT_FROM.search(paragraph, max(0, start - 300), start) or _ACCORDING_TO.search(
        paragraph, max(0, start - 300), start
    )
    if m is None and before and not paragraph[: max(0, start - 1)].strip():
        m = _STATEMENT_FROM.search(before, max(0, len(before) - 300)) or _ACCORDING_TO.search(
            before, max(0, len(before) - 300)
        )
    if m is None:
        return False
    who = m.group("who").strip()
    surname = N.surname_as_written(issuer)
    # `a statement from Congressman Quill:` is the issuer's own; `from my office` too, and
    # a source that is only a role (`According to the Governor:`, `her office`). The
    # surname counts as a whole word: `the Monroe County Sheriff` is not issuer Roe.
    names_issuer = bool(surname) and re.search(
        rf"(?<![\w’'-]){re.escape(surname)}(?![\w-])", who, re.I
    )
    role = _ISSUERS_ROLE.fullmatch(who)
    alone = role_alone(who)
    if alone is not None and context is not None and surname:
        # `from the Mayor:` is the issuer's only where the text titles the issuer so
        # (`Mayor Ann Holt`); in any other release another, unnamed person's.
        return not names_issuer and not holds_role(context(), alone, issuer)
    return (
        not names_issuer
        and not re.match(r"(?:my|our|the\s+congress(?:wo)?man|the\s+senator)\b", who, re.I)
        and role is None
    )


def _with_intro_before(body: list[str], paragraph: int, start: int) -> tuple[str, int]:
    """The paragraph and the quotation's start in it; when the quotation opens its
    paragraph right after one ending in a colon (`The family of Sen. Tod Vail released a
    statement:` and the words below), that one joined before it, as if in one paragraph,
    so the sentence introducing the words is read as in that layout."""
    text = body[paragraph]
    if (
        paragraph == 0
        or text[:start].strip(' \t“"')
        or not body[paragraph - 1].rstrip().endswith(":")
    ):
        return text, start
    before = body[paragraph - 1].rstrip() + " "
    return before + text, len(before) + start


def written_as_place(text: str, word: str) -> bool:
    """The text writes `word` where a place stands: `the town of Lowell`, `Lowell,
    Mass.`, a dateline's `LOWELL, MA`, or `in Lowell` for a place the gazetteer knows."""
    places = place_words(text)
    for w in {word, word.upper()}:
        if w in places.of_place or w in places.before_region:
            return True
        if w in places.after_in and is_known(word):
            return True
    return False


@dataclass(frozen=True)
class PlaceWords:
    """The words a text writes where a place stands, read once for the whole text."""

    of_place: frozenset[str]  # `the town of Lowell`
    after_in: frozenset[str]  # `in Lowell` (a place only when the gazetteer knows it)
    before_region: frozenset[str]  # `Lowell, Mass.`, `LOWELL, MA`


_PLACE_WORD = r"\w+(?:[’'-]\w+)*"
_OF_PLACE = re.compile(
    rf"\b(?:[Tt]own|[Cc]ity|[Vv]illage|[Cc]ounty|[Bb]orough)\s+of\s+({_PLACE_WORD})"
)
_IN_PLACE = re.compile(rf"\bin\s+({_PLACE_WORD})")
_BEFORE_REGION = re.compile(
    rf"(?<![\w’'-])((?>{_PLACE_WORD})),\s+(?P<region>[A-Z][A-Za-z.]*)(?P<name>\s+[A-Z])?"
)


@functools.lru_cache(maxsize=8)
def place_words(text: str) -> PlaceWords:
    """Every word `written_as_place` asks about, in one pass over the text."""
    of_place = {re.sub(r"[’']s$", "", m.group(1)) for m in _OF_PLACE.finditer(text)}
    after_in = {m.group(1) for m in _IN_PLACE.finditer(text)}
    before_region: set[str] = set()
    at = 0
    while (m := _BEFORE_REGION.search(text, at)) is not None:
        at = m.end(1)
        if _region_as_address(m.group("region"), m.group("name") is not None):
            before_region.add(m.group(1))
    return PlaceWords(frozenset(of_place), frozenset(after_in), frozenset(before_region))


def _region_as_address(written: str, name_after: bool) -> bool:
    """`Mass.`, `MA`, `Massachusetts` or `France` after a place and its comma; not a
    first name that a state's abbreviation or a country shares (`Quill, Al Kerr and …`,
    `Holt, Ken and …`, `Holt, Chad Vail …`)."""
    found = region(written)
    if found is None:
        return False
    if written.endswith(".") or (found.code is not None and written == found.code):
        return True
    if written.casefold() != found.name.casefold() or name_after:
        return False
    return found.code is not None or N.first_name_gender(written) is None


# A source that is only the issuer's role or office, with no name after it.
_ISSUERS_ROLE = re.compile(
    r"(?:the\s+(?:(?P<office>governor|mayor|secretary)|representative|chair(?:wo)?man)"
    r"(?:[’']s\s+office)?|(?:her|his)\s+office)",
    re.I,
)
# How a text titles a person with an office, where it has a short form.
_OFFICE_SPELLINGS = {
    "governor": r"governor|gov\.",
    "secretary": r"secretary|sec\.",
    "attorney general": r"attorney\s+general|atty\.\s*gen\.",
    "superintendent": r"superintendent|supt\.",
    "commissioner": r"commissioner|commr?\.",
    "president": r"president|pres\.",
}
# The short forms of those offices that end in a full stop (`gov`, `pres`), for the
# readers that must not end a sentence at them.
OFFICE_ABBREVIATIONS = frozenset(
    m.group(1)
    for spelling in _OFFICE_SPELLINGS.values()
    for m in re.finditer(r"(\w+)\\\.", spelling)
)
# Offices a member of Congress holds, by which a release names its own member (`from
# the Congresswoman:`): never another's office.
OWN_OFFICES = frozenset(
    """congressman congresswoman congressmember senator representative rep delegate member
    leader speaker whip chairman chairwoman chair""".split()
)
# `the Mayor`, `the Attorney General`, `the Fire Chief’s office`: a role and no name.
_ROLE_ALONE = re.compile(
    r"the\s+(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})(?:[’']s\s+office)?", re.I
)
# A title before the role that makes its holder somebody else (`Deputy Mayor Ann Holt`
# is not the Mayor).
_NOT_HOLDER = re.compile(
    r"(?:deputy|vice|assistant|acting|former|interim|lieutenant|lt\.|associate|under|ex)"
    r"[\s-]*$",
    re.I,
)


# A word of a name after a title: an initial or a word; a full stop after a word ends the
# name (`Mayor Olaf Quist. Holt …` names Quist, not Holt).
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][\w’'-]*)"


def role_alone(who: str) -> str | None:
    """The role of `who` when it is `the <role>` alone (`the Attorney General`), its last
    word a role word (as names.py knows them) other than a member's own office."""
    m = _ROLE_ALONE.fullmatch(who.strip())
    if m is None:
        return None
    last = m.group("role").split()[-1]
    if not N.is_role_word(last) or N.word_key(last) in OWN_OFFICES:
        return None
    return " ".join(m.group("role").split())


@functools.lru_cache(maxsize=64)
def role_holders(text: str, role: str) -> frozenset[str]:
    """The names (as written after the title) of the people `text` titles with `role`
    (`Mayor Ann Holt`, `Gov. Holt`, `Attorney General Ann Holt`), read once a text and
    role. The role counts only where it opens the title on one line: not a deputy's or
    another office's (`Deputy Mayor Ann Holt`, `Senate President Ann Holt`, `Press
    Secretary Ann Holt`), not `Mayor Pro Tem Ann Holt`, and a bare `Chief` is no office."""
    key = " ".join(role.lower().split())
    if key == "chief":
        return frozenset()
    spelled = _OFFICE_SPELLINGS.get(key, r"[ \t]+".join(re.escape(w) for w in key.split()))
    titled = re.compile(
        rf"(?<![\w-])(?i:{spelled})[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    )
    found = set()
    for m in titled.finditer(text):
        lo = max(0, m.start() - 24)
        if _NOT_HOLDER.search(text, lo, m.start()) or _TITLE_BEFORE.search(text, lo, m.start()):
            continue
        words = [re.sub(r"[’']s$", "", w).strip(".’'") for w in m.group("name").split()]
        if words[0] == "Pro":
            continue  # `Mayor Pro Tem Ann Holt` presides in the Mayor's absence
        name = " ".join(w for w in words if w)
        if name:
            found.add(name)
    return frozenset(found)


# A capitalised word or another title's word right before a role (`Senate President`,
# `Fire Chief`, `Press Secretary`): the role does not open the person's title.
_TITLE_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*|(?i:deputy|assistant|vice|press|chief))[ \t]*$")


@functools.lru_cache(maxsize=64)
def _given_names_of(text: str, surname: str) -> frozenset[str]:
    """The given names `text` puts right before `surname` (`Tod Holt`, `Ann K. Holt`):
    how many people of that surname it names."""
    found = set()
    for m in re.finditer(
        rf"(?<![\w’'.-])(?P<given>[A-Z][\w’'-]*)[ \t]+(?:[A-Z]\.[ \t]+)?"
        rf"{re.escape(surname)}(?![\w’'-])",
        text,
    ):
        given = m.group("given")
        if not N.is_role_word(given) and _clean(given) not in NOT_NAME | HONORIFICS:
            found.add(given)
    return frozenset(found)


def holds_role(text: str, role: str, name: str) -> bool:
    """`name` (a full name, or a surname alone) is a person `text` titles with `role`: by
    the full name (first and last word), or by a surname alone only where the text names
    one person of that surname."""
    own = set(role.lower().split())  # `Fire Chief Ann Holt`: `Fire` is the role's
    words = [
        w
        for w in name.split()
        if not N.is_role_word(w) and _clean(w) not in HONORIFICS and w.lower() not in own
    ]
    if not words:
        return False
    surname = words[-1]
    one = len(_given_names_of(text, surname)) <= 1
    for holder in role_holders(text, role):
        held = holder.split()
        if held[-1] != surname:
            continue
        if len(words) > 1 and len(held) > 1:
            if held[0] == words[0]:
                return True
        elif one:
            return True
    return False


# How much text may stand between a quotation of somebody unnamed and the next one (the
# closing mark, the cue and the opening mark).
UNNAMED_REACH = 80
# How long the cue's sentence may run when it opens right after the closing mark.
UNNAMED_CUE_REACH = 240


def _titles_issuer(text: str, issuer: str) -> bool:
    """`It’s an honor to team up with Congressman Quill`: words that name the issuer by a
    title, in the third person, are somebody else's."""
    if not N.issuer_surname(issuer):
        return False
    return any(same_person(m.group("surname"), issuer) for m in _CHAMBER_TITLE.finditer(text))


# A run of capitalised words, and the colon of a speaker's label after it.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?P<label>:)?")


def _another_speaks_as_i(sentence: str, issuer: str) -> bool:
    """The sentence holding a first-person cue opens with a speaker's label (`Brandt:`,
    `MAYOR BRANDT:`) or names a person who is not the issuer (`Mayor Ivo Brandt, as I
    said …`): the `I` may be theirs, so the words are not given to the issuer."""
    for m in _CAPITALISED_RUN.finditer(sentence):
        words = [w.strip(",.;:") for w in m.group().split()]
        words = [w for w in words if w and w != "I" and _clean(w) not in NOT_NAME | HONORIFICS]
        role, person = split_role(words)
        if not person or any(same_person(w, issuer) for w in person):
            continue
        if m.group("label") and m.start() == len(sentence) - len(sentence.lstrip()):
            return True
        if (len(person) > 1 or role) and N.person_shape(person):
            return True
    return False


# A label introducing a statement: capitalised words, the small words inside names and
# roles, a party tag, commas, then the colon (`Director Cal Dunn:`, `Statement of Ben
# Fisk, President of the Harbor Union:`); no verb, no lower-case word. Each word is taken
# whole (a possessive run): a word that could be cut anywhere makes a long run of capitals
# with no colon after it (a heading in capitals) fail in exponential time.
_LABEL = re.compile(r"(?:[A-Z][\w’'.&-]*+|of|the|and|for|on|to|[(),\s])+:\s*$")
_LABEL_SENTENCE_END = re.compile(r"[.!?]\s+")
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")


# The words opening a statement's label before the person's name (`Statement of`).
_LABEL_INTRO = re.compile(r"\s*(?:Statement|Remarks|Testimony|Comments?)\s+(?:of|from|by)\s+")


# After a possessive, what still speaks for its person (`Justice Orwin’s Office:`).
_SPEAKS_FOR = frozenset("office family staff campaign".split())
# After a possessive, an event the label is about (`Justice Orwin’s Retirement:`).
_LABEL_EVENTS = frozenset(
    """retirement passing death nomination confirmation election reelection re-election
    appointment resignation inauguration swearing-in departure recovery funeral memorial
    anniversary birthday""".split()
)
_LABEL_POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])$")


def _name_keys(words: Iterable[str], hyphens: bool = True) -> set[str]:
    """The keys of a name's words as a speaker is keyed (`speaker_key`: accents and
    apostrophes folded, `Díaz-Balart` one with `Diaz-Balart`), of each part of a
    hyphenated word (`Holt-Vail` shares `Holt`), and of two words written as one
    (`Van Hollen`, `VanHollen`)."""
    words = list(words)
    keys = {speaker_key(p) for w in words for p in ((w, *w.split("-")) if hyphens else (w,))}
    keys |= {speaker_key(a + b) for a, b in zip(words, words[1:], strict=False)}
    keys.discard("")
    return keys


def _titled_surname_label(words: list[str], name: str) -> bool:
    """A label's words are titles, then one or two words that are no title and not the
    speaker's own name (`Justice Orwin`, `Chief Judge Orwin`), in any spelling of it
    (see `_name_keys`; `Bishop, Jr.` is Sanford Bishop Jr.). A possessive names what
    the label is about (`Statement of Justice Orwin’s Retirement:`, the speaker's
    reaction), no person, unless the person's office or family follows it."""
    for k, w in enumerate(words):
        if _LABEL_POSSESSIVE.search(w) and len(w) > 2:
            after = N.word_key(words[k + 1]) if k + 1 < len(words) else ""
            if after in _LABEL_EVENTS:
                return False  # what the label is about: the speaker's reaction
            if k + 2 != len(words) or after not in _SPEAKS_FOR:
                # `Governor Vail’s Spokesman:`, `Sheriff Quist’s Deputy:`: another's words
                return k > 0 and all(N.is_role_word(t) for t in words[:k]) and w[:1].isupper()
            words = [*words[:k], _LABEL_POSSESSIVE.sub("", w)]
            break
    suffixed = len(words) > 2 and words[-2].endswith(",") and N.generation(words[-1]) is not None
    if suffixed:  # the word before `, Jr.` is a surname, even one a title spells (Bishop)
        words = [*words[:-2], words[-2].rstrip(",")]
    titles = 0
    while titles < len(words) - suffixed and N.is_role_word(words[titles]):
        titles += 1
    rest = words[titles:]
    # `Judge Lee-Holt` is Holt only where the speaker's own surname is hyphenated
    hyphens = "-" in (name.split() or [""])[-1]
    return (
        titles > 0
        and 1 <= len(rest) <= 2
        and all(w[:1].isupper() and len(w) > 1 for w in rest)
        and not _name_keys(rest, hyphens) & _name_keys(name.split(), hyphens)
        and not any(N.word_key(w) in NOT_NAME or N.word_key(w) in N.NOT_NAME_WORDS for w in rest)
    )


# A label of a person's kin with the kin named after a comma: `Widow of Senator Tod Vail,
# Mia Vail:`, `Son of the late Judge Tod Vail, Bram Vail:`.
_KIN_LABEL_SET_OFF = re.compile(
    r"(?:The\s+)?(?:[Ww]idow(?:er)?|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Mm]other|[Ff]ather"
    r"|[Bb]rother|[Ss]ister)\s+of\s+[^,:;.!?“”\"]{3,80},\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*:"
)


def labels_another(gap: str, name: str, context: Callable[[], str] | None = None) -> bool:
    """The last sentence of `gap` is a label naming somebody other than `name`
    (`Director Cal Dunn:`, `Statement of Ben Fisk, Union President:` after Ann Holt's
    words): in a list of statements each label introduces its own. `context` gives the
    document's text, where a label's two words may be named again."""
    last = _LABEL_SENTENCE_END.split(gap)[-1]
    kin = _KIN_LABEL_SET_OFF.fullmatch(last.strip())
    if kin is not None:
        # `Son of Senator Tod Vail, Bram Vail:`: the kin set off after the comma speaks,
        # whoever the relative is; the speaker's own name there keeps the words theirs.
        # The title or role before the set-off name (`Son of a fisherman, Senator Tod
        # Vail:`) is no part of it; the rest is compared whole (`Abe Vail`, `Abraham Vail`).
        said = kin.group("name").split()
        while len(said) > 2 and (N.is_role_word(said[0]) or _clean(said[0]) in N.HONORIFICS):
            said = said[1:]
        return not same_person(" ".join(said), name)
    if not _LABEL.fullmatch(last):
        return False
    own = {N.word_key(w) for w in name.split()}
    intro = _LABEL_INTRO.match(last)
    body = last[intro.end() :] if intro else last
    words = list(_CAPITALISED.finditer(body))
    if intro is not None and _titled_surname_label(body.rstrip(" :\n").split(), name):
        return True  # `Statement of Justice Orwin:`: a title and another's surname alone
    # A person's name: a given name of the lexicon before a capitalised word of two
    # letters or more that is not the speaker's (`Ben Fisk`, `Director Cal Dunn`); a
    # heading's words (`On the Harbor Deal:`, `General Thoughts:`) and a party letter
    # after the speaker's own name (`Lacy Clay (D) Missouri:`) name nobody.
    for k, (first, second) in enumerate(zip(words, words[1:], strict=False)):
        word, after = first.group(), second.group()
        if not (
            N.first_name_gender(word) is not None
            and not N.is_role_word(word)
            and len(after.strip(",.()")) > 1
            and N.word_key(after) not in own
            and N.word_key(after) not in NOT_NAME
            and N.word_key(after) not in N.NOT_NAME_WORDS
            and not N.is_role_word(after)
        ):
            continue
        # A given name also opens headings (`Bill Summary:`, `Grant Program Details:`,
        # `Will County Projects:`): the two words name a person only in a label's shape —
        # a title before them (`Director Cal Dunn:`), or opening the label after
        # `Statement of` or before a role or party set off (`Ben Fisk, Union President:`,
        # `Ben Fisk (D-Maine):`) — or where the text names them again elsewhere.
        rest = body[second.end() :].lstrip()
        titled = k > 0 and N.is_role_word(words[k - 1].group())
        opening = k == 0 and (intro is not None or rest[:1] in (",", "("))
        pair = f"{word} {after}"
        if titled or opening or (context is not None and context().count(pair) > 1):
            return True
    return False


def labelled_by_another(
    text: str, start: int, name: str, context: Callable[[], str] | None = None
) -> bool:
    """A label naming somebody other than `name` stands right before the quotation
    opening at `start`, after the quotation before it (`“…” Statement of Ben Fisk: “…”`)."""
    gap = text[max(0, start - 1 - _LABEL_REACH) : max(0, start - 1)]
    cut = max(gap.rfind("”"), gap.rfind('"'), gap.rfind("_"))
    return labels_another(gap[cut + 1 :], name, context)


def labelled_in_chain(
    paragraphs: Sequence[str],
    p: int,
    start: int,
    name: str,
    context: Callable[[], str] | None = None,
) -> bool:
    """A label naming somebody other than `name` introduces the quotation opening at
    `start` of paragraph `p`, or one before it with nothing but quotations between, in
    its paragraph or the ones before (`Statement of Ben Fisk, Union President:` in a
    paragraph of its own, then `“…”` and `“…” “…”`): the label's person's words, or
    nobody's, until somebody is named again."""
    for _ in range(_CHAIN_STEPS):
        text = paragraphs[p]
        if labelled_by_another(text, start, name, context):
            return True
        head = text[: max(0, start - 1)]
        close = max(head.rfind("”"), head.rfind('"'))
        if close < 0:
            if head.strip() or p == 0:
                return False
            p -= 1
            text = paragraphs[p].rstrip()
            if text.endswith(":"):
                return labels_another(text, name, context)
            close = len(text) - 1
            if close < 0 or text[close] not in '”"':
                return False
        elif head[close + 1 :].strip():
            return False  # narration between: somebody may be named in it
        opening = max(text.rfind("“", 0, close), text.rfind('"', 0, close))
        if opening < 0:
            return False
        start = opening + 1
    return False


# How many quotations back a label is looked for across quotations with nothing between.
_CHAIN_STEPS = 6


# After a person's name opening a sentence, a verb saying what they hold or do for a
# living, to the sentence's end: `heads the Harbor Guild.`, `, a nurse, runs the clinic.`
_DESCRIBED_AFTER = re.compile(
    r"(?:\s*,[^,.;:!?]{1,120},)?\s+(?:also\s+|now\s+|currently\s+)?"
    r"(?:heads|leads|chairs|directs|runs|owns|manages|founded|co-founded|oversees|serves\s+as"
    r"|is\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?(?:president|director|chair|chairman|chairwoman"
    r"|head|leader|owner|founder|manager|executive|officer|superintendent|chief|mayor"
    r"|principal|dean|commissioner|administrator|coordinator|member))\b[^.!?“”\"]*[.!?]?\s*$"
)


def another_person_before(
    paragraph: str,
    start: int,
    issuer: str,
    surnames: frozenset[str] = frozenset(),
    fits: Callable[[str], bool] | None = None,
) -> bool:
    """The sentence of narration right before an uncued quotation in its paragraph names
    a person who is not the issuer (`Ann Holt, a county judge, testified on Tuesday.
    “…”`): the words may be that person's, so they are not given to the issuer by
    default. A person is a known first name or an initial with a surname, or a title and
    a surname (`Judge Holt`), or one of the `surnames` of other people the document
    names, opening the sentence (`Roth disagreed.`). Words inside an earlier quotation
    are no narration, nor is a sentence in the first person (a statement running on); a
    sentence naming the issuer (`Quill thanked Judge Holt.`) keeps the words the
    issuer's. `fits` says whether a member's title may be the issuer's: the issuer's
    surname under one that may not (`Governor Holt`, `Senator Holt` in a representative's
    release) is another person of that name."""
    head = paragraph[max(0, start - STATEMENT_REACH) : start].rstrip(" “\"‘'")
    if _capitals_label_of_another(head, issuer, surnames):
        return True  # `HARBOR GUILD ON BILL TOD HOLT: “…”`: a label naming another person
    mark = max(head.rfind(c) for c in '“”"')
    if mark >= 0 and head[mark + 1 : mark + 2].strip() and head[mark] != "”":
        return False  # after a quotation's opening mark: its words, no narration
    # Quoted words inside the sentence (`about his “no” vote`) are nobody's narration.
    head = _QUOTED_WORDS.sub(_blank_quoted, head)
    sentence = _NARRATION_END.split(head)[-1]
    if _FIRST_PERSON_WORD.search(sentence):
        return False  # `I am confident Judge Garland …`: a speaker's own words run on
    runs = [
        (m, [w.strip(",.;:()") for w in m.group().split()])
        for m in _CAPITALISED_RUN.finditer(sentence)
    ]
    other = [fits is not None and _under_other_title(words, issuer, fits) for _, words in runs]
    if any(
        same_person(w, issuer)
        for (_, words), titled in zip(runs, other, strict=True)
        if not titled
        for w in words
        if w[:1].isupper()
    ):
        return False  # the issuer is named in it (`Quill issued a statement on …`)
    if any(other):
        return True  # `Governor Quill praised the act.` in Rep. Nora Quill's release
    for m, run in runs:
        words = [w for w in run if w and w != "I" and _clean(w) not in NOT_NAME]
        role, person = split_role(words)
        if not person:
            continue
        if any(same_person(w, issuer) for w in person) or _part_of_issuer(" ".join(person), issuer):
            return False
        full = len(person) > 1 and N.person_evidence(person)
        if m.group("label") and not sentence[m.end() :].strip():
            # `Director Holt:` right before the words labels them as that person's: a
            # title, then a name in full or a surname the text names in full; a heading's
            # words (`Leader Vindicated:`, `On the Iran Deal:`) are neither.
            if role is not None and N.person_shape(person) and (full or person[-1] in surnames):
                return True
            continue
        # The person must speak in the sentence (`Ann Holt, a county judge, testified`,
        # `the panel heard from Judge Holt`): one only named in it (`a letter to Secretary
        # Ann Holt`, `the bill Judge Holt backed`) says nothing the words could be.
        if (
            N.person_shape(person)
            and (full or role is not None)
            and (
                _SPEAKS_AFTER.match(sentence, m.end())
                or _SPEAKS_BEFORE.search(sentence, 0, m.start())
                and _SENTENCE_REST.match(sentence, m.end())
            )
        ):
            return True
        if len(person) == 1 and person[0] in surnames and not sentence[: m.start()].strip():
            return True  # `Roth walked out.`: another person quoted, as its subject
        if (
            not sentence[: m.start()].strip()
            and full
            and N.person_shape(person)
            and _DESCRIBED_AFTER.match(sentence, m.end())
            and not _speaks_of(_quoted_at(paragraph, start), person)
        ):
            # `Mira Talbeck heads the Harbor Guild. “…”`: a sentence introducing another
            # person by what they hold, right before the words, which may be theirs —
            # unless the words speak of that person (`“I thank him for …”`, `“… like
            # hers.”`, `“Talbeck has …”`): then they are about them, the issuer's.
            return True
    return False


# Words that speak of a person in the third person (`I thank him`, `clinics like hers`).
_THIRD_PERSON = frozenset(
    "he him his himself she her hers herself they them their theirs themselves".split()
)


def _quoted_at(paragraph: str, start: int) -> str:
    """The quotation opening at `start`, to its closing mark or the paragraph's end."""
    at = start
    while at < len(paragraph) and paragraph[at] in " “\"‘'":
        at += 1
    end = min((i for i in (paragraph.find(c, at) for c in '”"') if i >= 0), default=-1)
    return paragraph[at : end if end >= 0 else len(paragraph)]


def _speaks_of(words: str, person: list[str]) -> bool:
    """`words` refer to `person` in the third person: a pronoun, or one of their names."""
    own = {w.casefold() for w in re.findall(r"[^\W\d_]+", " ".join(person))}
    return any(w in _THIRD_PERSON or w in own for w in re.findall(r"[^\W\d_]+", words.casefold()))


# A label in capitals ending in its colon right before the words, opening its paragraph
# or a sentence: `HARBOR GUILD PRESIDENT ON THE BILL TOD HOLT:`.
_CAPITALS_LABEL = re.compile(
    r"(?:^|(?<=[.!?”\"’…:)—–-])\s*)(?P<label>[A-Z][A-Z’'.&-]*(?:,?\s+[A-Z][A-Z’'.&-]*){1,11}):$"
)


def _capitals_label_of_another(
    head: str, issuer: str, surnames: frozenset[str] = frozenset()
) -> bool:
    """`head` (the text before an opening mark) ends in a label in capitals whose last
    words are a person's name, a known first name and a surname, that is not the issuer's
    (`COUNTY CLERK ON BILL TOD HOLT:`): the words are that person's, not the issuer's,
    whatever the label's other words are (a small word such as `ON` leaves the parse
    unsure where a role ends and a name starts). So too a label opening with the surname
    of another person the document quotes (`surnames`): `HOLT ON THE BILL:`."""
    if not head.endswith(":"):
        return False
    m = _CAPITALS_LABEL.search(head, max(0, len(head) - 120))
    if m is None:
        return False
    words = [w.strip(",.") for w in m.group("label").split()]
    # A word of the label that is the issuer's surname (`QUILL HONORS GRACE MILLS:`,
    # `QUILL’S GUEST …`) makes it the issuer's label about somebody: hers.
    own = [_issuers_word(w, issuer) for w in words]
    if words[0].title() in surnames and not any(own):
        return True
    if any(w.title() in _LABEL_SMALL_WORDS for w in words[-2:]):
        return False
    for k in (2, 3):
        name = [w.title() for w in words[-k:]]
        if len(words) >= k and N.first_name_gender(name[0]) and not N.is_role_word(name[0]):
            return not any(own[:-k]) and not same_person(" ".join(name), issuer)
    return False


def _issuers_word(word: str, issuer: str) -> bool:
    """A label's word in capitals is the issuer's surname, or one word of a compound one,
    possessive or not (`QUILL`, `QUILL’S`, `MCMORRIS`)."""
    word = re.sub(r"[’']S$", "", word).title()
    return bool(word) and (same_person(word, issuer) or _part_of_issuer(word, issuer))


# Words of a label that end no person's name (`… ON THE BILL:`, `STATEMENT BY HOLT AND
# VAIL:`).
_LABEL_SMALL_WORDS = frozenset("On Of The And By For To In At From About With".split())


def _under_other_title(words: list[str], issuer: str, fits: Callable[[str], bool]) -> bool:
    """The run is a member's title and the issuer's surname (`Senator Holt`, `U.S. Rep.
    Holt`) where the title may not be the issuer's."""
    rest = [w for w in words if w]
    while rest and rest[0].lower() in _OFFICE_QUALIFIERS:
        rest = rest[1:]
    if len(rest) != 2 or not same_person(rest[1], issuer):
        return False
    return _office_of(rest[:1]) is not None and not fits(rest[0])


def _blank_quoted(m: re.Match[str]) -> str:
    """Quoted words as blanks, and a sentence's end where they end one (`… Israel.”`)."""
    text = m.group()
    if len(text) > 4 and re.search(r"[.!?]\s*[”\"]$", text):
        return " " * (len(text) - 4) + "end."
    return " " * len(text)


# Quoted words, curly or straight (a straight pair on one line): masked in a sentence
# before words (`about his “no” vote`) and in the sentences telling of a letter.
_QUOTED_WORDS = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")

# Verbs of speaking, testifying or writing whose subject's words a quotation may be.
_SPEAKING = (
    r"(?:said|says|say|testified|testifies|wrote|writes|told|tells|argued|argues|added|"
    r"adds|explained|explains|stated|states|noted|notes|remarked|declared|spoke|speaks|"
    r"asked|asks|replied|replies|responded|responds|answered|commented|warned|warns|"
    r"insisted|urged|urges|recalled|continued|concluded|emphasi[sz]ed|stressed|observed|"
    r"acknowledged|announced|addressed|countered|objected)"
)
# A person's name, then an apposition or a party tag and a few adverbs, then the verb:
# `Ann Holt, a county judge, testified`, `Judge Holt (ret.) later told`.
_SPEAKS_AFTER = re.compile(
    r"(?:\s*,[^,.;:!?]{1,120},|\s*\([^()]{1,40}\))?"
    r"(?:\s+(?:[a-z]+ly|has|had|have|also|then|later|first|again|once|today|yesterday|"
    r"previously|recently|would|will|did))*"
    rf"\s+{_SPEAKING}\b"
)
# The verb or a noun of speech before the name: `said Judge Ann Holt`, `the panel heard
# from Ann Holt`, `testimony from Dr. Holt`, `remarks by Ann Holt`.
_SPEAKS_BEFORE = re.compile(
    rf"(?:\b{_SPEAKING}|\b(?:heard|hear|hears|testimony|remarks|comments|words)\s+"
    r"(?:from|by))\s+(?:[a-z][\w’'-]*\s+){0,3}$"
)
# What may follow a name the verb came before, to the sentence's end: an apposition
# (`said Ann Holt, the county judge.`), not a clause whose object it is (`said Ann Holt
# was wrong`).
_SENTENCE_REST = re.compile(r"(?:\s*,[^.;:!?]{1,120})?\s*[.!?]?\s*$")
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|my|we|our|me|us)\b")


# A sentence's end in narration: a full stop, question or exclamation mark after a word's
# lower-case letters, a digit or a closing parenthesis (`… Act (WRDA). The …`).
_NARRATION_END = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=[)\d][.!?]))\s+")


# Verbs of saying that, after `I` outside any quotation, give the words as the issuer's.
_FIRST_PERSON = frozenset(
    "said stated asked told wrote testified remarked declared explained argued warned added".split()
)


# A possessive pronoun of one sex owning the words the cue announces (`delivered her
# remarks`), and the sex it says.
_OWNERS_PRONOUN = re.compile(
    r"\b(his|her|His|Her)\s+(?:[a-z]+\s+){0,2}?(?:statements?|remarks|comments?|testimony|speech"
    r"|address|op-ed|letter|opinions?|thoughts|views|insights|advice|perspective)\b"
)
_SEX_OF_OWNERS_PRONOUN = {"his": "m", "her": "f"}


def _names_issuer(
    quote: Quote,
    issuer: str,
    chamber: str | None,
    others: list[Speaker],
    sex: Callable[[], str | None],
    paragraph: str = "",
) -> bool:
    """The quote's cue names the issuer by a title (`the Congresswoman`) or by their
    surname alone (`said Holt`), with nobody else named so: a title that agrees with the
    issuer's chamber and gender where they are known, a surname no other person of the
    release has."""
    mention = " ".join((quote.mention or "").split())
    verb = (quote.cue or "").split()[:1]
    if mention == "I" and verb and verb[0] in _FIRST_PERSON:
        # `I stated on the floor that, “…”`: the release speaks in its member's voice,
        # unless a label or another person's name opens the sentence the `I` speaks in
        # (`Brandt: As I said last year, “…”`).
        return not _another_speaks_as_i(_introduction(paragraph, quote.start), issuer)
    owner = _OWNERS_PRONOUN.search(quote.cue or "")
    if owner is not None:
        # `Tarrant delivered her remarks:` in a man's release: some woman's remarks, whom
        # the sentence does not name; with the issuer's sex unknown, whose is not sure.
        first = sex() or (N.first_name_gender(issuer.split()[0]) if issuer.split() else None)
        if first is None or first != _SEX_OF_OWNERS_PRONOUN[owner.group(1).lower()]:
            return False
    title = mention.casefold()
    if title in _ISSUER_TITLES:
        return _title_fits(title.split()[-1], issuer, chamber, sex)
    words = mention.split()
    if not (len(words) == 1 and words[0][:1].isupper() and same_person(words[0], issuer)):
        return False
    surname = words[0].casefold()
    return not any(
        s.kind == "person" and s.name.casefold().split()[-1:] == [surname] for s in others
    )


def _signed_after(quote: Quote, body: list[str]) -> bool:
    """The quote's speaker was read from a bare name before its opening mark (a label or a
    contact line, no verb of saying), and a dash and a name follow its closing mark."""
    if quote.cue is not None or not quote.speakers or not quote.mention:
        return False
    if quote.method != "cue" or quote.paragraph >= len(body):
        return False
    paragraph = body[quote.paragraph]
    before = paragraph[: max(0, quote.start - 1)].rstrip()
    sign = _DASH_SIGNATURE.match(paragraph, quote.end)
    if quote.mention not in before[-200:] or sign is None:
        return False
    # `Congresswoman Nora Quill "…" -- Congresswoman Quill`: the signature names the
    # same person as the name before the mark; only another person's clears it.
    signature = _SIGNATURE_WORDS.match(paragraph, sign.end() - 1)
    signed = {_letters(w) for w in signature[0].split()} if signature else set()
    return not any(name.split() and _letters(name.split()[-1]) in signed for name in quote.speakers)


_SIGNATURE_WORDS = re.compile(r"(?:[A-Z][\w’'.-]*\s?){1,6}")


# A time word as a possessive (`Tuesday’s remarks`, `the year’s message`) owns no words:
# they are the verb's subject's own. Written in lower case only where a name may be
# spelt alike (`Day’s`), and no month that is also a name or a word (`April`, `May`,
# `June`, `March`, `July`, `August`).
_NAME_MONTHS = frozenset(("March", "April", "May", "June", "July", "August"))
_TIME_OWNER = (
    "(?:(?i:"
    + "|".join(
        (*DAY_WORDS, "Tomorrow", *WEEKDAY_NAMES, *(m for m in MONTH_NAMES if m not in _NAME_MONTHS))
    )
    + ")"
    r"|weekend|week|month|year|morning|afternoon|evening|night|day|decade|season|quarter"
    r"|session)s?[’']s?\s"
)
# A noun of saying with its owner, the object of a verb of hearing, reading, receiving or
# repeating, right before a quotation's opening mark: `heard its reply `, `read the
# board’s answer: `. The words are the owner's, not the verb's subject's.
OTHERS_WORDS_BEFORE = re.compile(
    r"\b(?:hear(?:s|d|ing)?|read(?:s|ing)?|receiv(?:e|es|ed|ing)|g[eo]t(?:s|ten|ting)?"
    r"|saw|sees?|seeing|quot(?:e|es|ed|ing)|cit(?:e|es|ed|ing)|recall(?:s|ed|ing)?"
    r"|repeat(?:s|ed|ing)?|shar(?:e|es|ed|ing))\s+"
    rf"(?:the\s+)?(?!{_TIME_OWNER})"
    r"(?P<owner>[Ii]ts|[Tt]heir|[A-Za-z][\w-]*[’']s|[A-Za-z][\w-]*s[’'])"
    r"\s+(?:[a-z][\w-]*\s+)?(?:statements?|remarks|comments?|words|letter|message|speech"
    r"|responses?|repl(?:y|ies)|answers?|testimony)\s*[,:]?\s*$"
)
_OWNER_BEFORE_REACH = 80
# Praise or blame that something or somebody drew, right before the words: `Rep.
# Tarrant’s Harbor Act drew praise from the board:`, `The plan won support:` — the words
# are those who gave it (named after `from`, or unnamed), never the one who drew it.
PRAISE_DRAWN_BEFORE = re.compile(
    r"\b(?:dr[ae]w|draws|drawn|drawing|w[io]n|wins|winning|earn(?:s|ed|ing)?"
    r"|receiv(?:e|es|ed|ing)|g[eo]t|gets|getting)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:praise|criticism|support|applause|backing|plaudits|thanks|rebukes?|objections?"
    r"|endorsements?)(?:\s+from\s+(?P<source>[^.!?:;“”\"]{2,80}?))?\s*:\s*$"
)


def _owned_by_another(body: list[str], quote: Quote, issuer: str) -> bool:
    """`Holt read the board’s reply: “…”` in Holt's release: the words are the owner's
    (`its`, `their`, a possessive that is no word of the issuer's name)."""
    if quote.paragraph >= len(body) or quote.start < 1:
        return False
    paragraph = body[quote.paragraph]
    at = quote.start - 1
    m = OTHERS_WORDS_BEFORE.search(paragraph, max(0, at - _OWNER_BEFORE_REACH), at)
    if m is None:
        return praise_drawn_by_another(paragraph, quote.start, issuer)
    owner = re.sub(r"[’']s?$", "", m.group("owner"))
    return owner.lower() in ("its", "their") or owner not in issuer.split()


def praise_drawn_by_another(paragraph: str, start: int, name: str) -> bool:
    """`The Harbor Act drew praise from Ann Roe: “…”`: the words at `start`, right after
    praise or blame drawn (PRAISE_DRAWN_BEFORE), are those who gave it; `name`'s only
    where a word of that name stands after `from`."""
    at = start - 1
    drawn = PRAISE_DRAWN_BEFORE.search(paragraph, max(0, at - 2 * _OWNER_BEFORE_REACH), at)
    source = (drawn.group("source") or "") if drawn is not None else ""
    return drawn is not None and not any(w in name.split() for w in re.findall(r"[\w-]+", source))


# A writing, the subject of the sentence, reading out the words after it: `The reply reads
# in part:`, `Secretary Vail’s letter says:`, `The answer, sent in March, states:`.
_WRITING_READS = re.compile(
    r"(?:(?P<owner>\b[A-Z][\w-]*[’']s?|\b[Hh]is|\b[Hh]er|\b[Ii]ts|\b[Tt]heir|\b[Tt]he|^)\s+)"
    r"(?:[a-z][\w-]*\s+)?"
    r"(?P<writing>letters?|repl(?:y|ies)|responses?|answers?|memos?|e-?mails?|notes?)"
    r"(?:\s*,[^,“”\"]{1,60},)?"
    r"\s+(?:reads?|says?|states?|continues|adds)(?:\s*,?\s*in\s+part)?\s*[,:]?\s*$"
)
# Somebody answering, in the sentence of the words or the one before: `Secretary Vail
# answered the senators.`, `replied`, `wrote back`, `in response to`.
_ANSWERING = re.compile(
    r"\b(?:answer(?:s|ed)|repl(?:y|ies|ied)|respond(?:s|ed)|wr(?:ote|ites)\s+back)\b"
    r"|\bin\s+(?:answer|reply|response)\s+to\b"
)
_ANSWER_WORDS = frozenset("reply replies response responses answer answers".split())
# A member's title or group owning the writing (`The Congresswoman’s letter`), singular.
_MEMBER_OWNERS = frozenset(
    """congressman congressmen congresswoman congresswomen congressmember senator
    representative delegate member lawmaker""".split()
)


def _writing_of_another(body: list[str], quote: Quote, issuer: str) -> bool:
    """The uncued words at `quote` are read out of a writing that is not the issuer's:
    a reply (`The reply reads in part:`, `The Board’s response states:`), a writing a
    name other than the issuer's owns (`Secretary Vail’s letter says:`), or a letter
    after a sentence saying somebody answered (`Secretary Vail answered the senators.
    The letter reads in part:`). The issuer may have written the reply; nobody's then,
    rather than a writer's words given to the one they answer."""
    if quote.paragraph >= len(body):
        return False
    paragraph = body[quote.paragraph]
    head = paragraph[max(0, quote.start - STATEMENT_REACH) : quote.start]
    sentences = _SENTENCE_END.split(head)
    m = _WRITING_READS.search(sentences[-1].rstrip(' “"\n'))
    if m is None:
        return False
    if m.group("writing").lower() in _ANSWER_WORDS:
        return True
    owner = re.sub(r"[’']s?$", "", m.group("owner") or "")
    if (
        owner[:1].isupper()
        and owner not in ("His", "Her", "Its", "Their", "The")
        # `The Congresswoman’s letter`, `The Senators’ letter`: the issuer's, or theirs.
        and owner.lower().removesuffix("s") not in _MEMBER_OWNERS
        and _letters(owner) not in _issuer_words(issuer)
    ):
        return True
    before = sentences[-2] if len(sentences) > 1 else ""
    if not before and quote.paragraph > 0:
        before = _SENTENCE_END.split(body[quote.paragraph - 1][-STATEMENT_REACH:])[-1]
    return bool(_ANSWERING.search(before) or _ANSWERING.search(sentences[-1]))


# A cue naming one letter alone: `“…,” the letter reads.`, `In part, the letter states:`.
_THE_LETTER = re.compile(r"(?:the|this)\s+letter", re.IGNORECASE)
# How far back from the words the sentence telling of the letter is looked for.
LETTER_REACH = 3000
# A sentence speaking of a letter, a writer or an answer.
_LETTER_TOLD = re.compile(
    r"\b(?:letters?|wr(?:ote|ites?|iting|itten)|sen(?:t|ds?|ding)|penned|mailed|"
    r"repl(?:y|ies|ied)|respon(?:se|ses|ded|ds)|answer(?:s|ed)?|co-?sign\w*|signed)\b",
    re.IGNORECASE,
)
# A reading of the letter itself (`the letter reads`, `Q the letter continues`): no telling.
_LETTER_READ = re.compile(
    r"^\W*(?:(?:in\s+part|Q)\W*)?(?:the|this)\s+letter\s+(?:reads|read|states|stated|"
    r"continues|continued|says|said|adds|added|notes|noted|concludes|concluded)\b",
    re.IGNORECASE,
)
# Quoted words cued as a writer's by a surname (`Q Tarrant wrote.`).
_ISSUER_WROTE = re.compile(
    r"Q\W*(?:[A-Z][\w.]*\s+){0,3}?(?P<name>[A-Z][\w’'-]+)\s+wr(?:ote|ites)\W*"
)
# `<subject> sent a letter`, `wrote a strongly worded letter`, `wrote Governor …`.
_SENDS_LETTER = re.compile(
    r"\b(?:sent|sends|wrote|writes|penned|mailed)\s+(?:(?:a|an)\s+(?:[a-z-]+\s+){0,2}letter\b"
    r"|(?:to\s+)?(?:[A-Z]\w*\s+)?(?P<to>[A-Z][\w.]*))"
)
# Words saying the sender was not alone, or that the letter is somebody else's: in the
# sender's sentence, and in its subject only.
_NOT_ALONE = re.compile(
    r"\b(?:joined|along\s+with|together\s+with|colleagues|members|lawmakers|senators|"
    r"representatives|delegation|co-?sign\w*|signed|signatures|behalf|led\s+by|"
    r"letters|back)\b|[’']s\s+letter",
    re.IGNORECASE,
)
_NOT_ALONE_SUBJECT = re.compile(r"\b(?:and|with|we|our|from|both|all)\b|&", re.IGNORECASE)
# Capitalised words a sender's sentence may open with besides the sender's name.
_SENDER_LEAD_WORDS = frozenset(
    """on in this last earlier today yesterday tonight recently next later at
    monday tuesday wednesday thursday friday saturday sunday week month year january
    february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec""".split()
)


def _issuers_lone_letter(body: Sequence[str], quote: Quote, issuer: str) -> bool:
    """The words a letter's cue introduces (`“…,” the letter reads.`, `The letter
    stated: “…”`) are from the issuer's own lone letter: the nearest sentence before
    them (within LETTER_REACH, quoted words and readings of the letter left aside) that
    tells of a letter, a writer or an answer has the issuer alone as its subject and a
    verb of sending or writing a letter (`Congressman Wes Tarrant this week sent a letter
    to Governor Ivo Brandt …`, `… wrote Governor Ivo Brandt …`), with nobody joining
    and no other letter; a letter from another, an answer, several letters, a co-signer
    or colleagues leave the words to nobody."""
    surname = N.issuer_surname(issuer)
    named = {_letters(w) for w in issuer.split()}
    reach = LETTER_REACH
    for i in range(min(quote.paragraph, len(body) - 1), -1, -1):
        text = body[i][: quote.start] if i == quote.paragraph else body[i]
        text = text[-reach:]
        reach -= len(text)
        # Quoted words, read as one word: what a letter or a person says is no telling of
        # a letter.
        masked = _QUOTED_WORDS.sub("Q", text)
        for sentence in reversed(_SENTENCE_END.split(masked)):
            if not _LETTER_TOLD.search(sentence) or _LETTER_READ.match(sentence):
                continue
            cue = _ISSUER_WROTE.fullmatch(sentence.strip())
            if cue is not None and surname & N.surname_forms([cue.group("name")]):
                continue  # `“…,” Tarrant wrote.`: the issuer's writing quoted
            m = _SENDS_LETTER.search(sentence)
            if m is None or len(_LETTER_TOLD.findall(sentence)) != (1 if m.group("to") else 2):
                return False  # no sending of one letter, or another writer or letter
            if m.group("to") and not N.is_role_word(m.group("to")):
                return False  # `wrote the Gazette`, `sent Roe`: not surely a letter
            subject = re.split(r"\s[–—-]+\s", sentence[: m.start()])[-1]
            if _NOT_ALONE.search(sentence) or _NOT_ALONE_SUBJECT.search(subject):
                return False
            # a party tag (`(R-AK)`) is no other person
            words = [w.strip(",") for w in re.sub(r"\([^()]*\)", " ", subject).split()]
            if not surname & N.surname_forms(words):
                return False
            return all(
                _letters(w) in named
                or w[:1].islower()
                or w.lower() in _SENDER_LEAD_WORDS
                or N.is_role_word(w)
                or w.isdigit()
                or _letters(w) == "us"  # `U.S. Senator …`
                for w in words
                if w
            )
        if reach <= 0:
            break
    return False


# A writing addressed to somebody: `letter to Senator Holt`, `reply (attached) sent to Rep.
# Holt`; `to` is read up to the addressee's surname.
_WRITTEN_TO = re.compile(
    r"\b(?:letter|response|reply|memo|memorandum|e-?mail|note)s?\s+(?:\([^()]*\)\s+)?"
    r"(?:(?:sent|addressed|written|delivered)\s+)?to\s+"
    r"(?P<to>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+)"
)


def _written_to_issuer(body: list[str], i: int, start: int, issuer: str) -> bool:
    """The sentence introducing the quotation at `start` of paragraph `i` (or, for one
    opening its paragraph, the paragraph before) names a letter, reply or memo written
    to the issuer: the words are its writer's."""
    intro = _introduction(body[i], start)
    if not intro.strip(' “"') and i > 0:
        intro = _introduction(body[i - 1], len(body[i - 1]))
    m = _WRITTEN_TO.search(intro)
    if m is None:
        return False
    return bool(N.issuer_surname(issuer) & N.surname_forms(m.group("to").split()))


def _issuer_by_title(
    quote: Quote,
    issuer: str,
    merged: list[str],
    kept: list[Speaker],
    chamber: Callable[[], str | None],
    sex: Callable[[], str | None],
) -> bool:
    """The quote's mention is a member's title and the issuer's surname (`Representative
    Holt`) but its speaker is another person of that surname, whom the release gives no
    member's title: in the issuer's own release that title and surname are the issuer."""
    words = " ".join((quote.mention or "").split()).casefold().split()
    if len(quote.speakers) != 1 or quote.speakers[0] in merged or len(words) != 2:
        return False
    title, surname = words
    if title not in N.CHAMBER_TITLES or not N.surname_forms([surname]) & N.issuer_surname(issuer):
        return False
    other = next((s for s in kept if s.name == quote.speakers[0]), None)
    if other is None or other.kind != "person" or other.name.casefold().split()[-1] != surname:
        return False
    if set((other.role or "").casefold().split()) & N.CHAMBER_TITLES:
        return False  # the text gives the other person a member's title
    return _title_fits(title.rstrip("."), issuer, chamber(), sex)


def _namesake_by_surname(
    quote: Quote,
    issuer: str,
    merged: list[str],
    kept: list[Speaker],
    issuer_in_full: Callable[[], bool],
) -> str | None:
    """The name of the person the parse gave words cued by the issuer's surname alone
    (`said Tarrant`) when that person is another the release names in full with that
    surname (`Bram Tarrant` in Wes Tarrant's release): the book's tie-break between two
    namesakes, not a reading of the cue. None otherwise."""
    words = " ".join((quote.mention or "").split()).split()
    if len(quote.speakers) != 1 or quote.speakers[0] in merged or len(words) != 1:
        return None
    surnames = N.issuer_surname(issuer)
    if not surnames & N.surname_forms([_unpossessed(words[0].strip(".,:;"))]):
        return None
    other = next((s for s in kept if s.name == quote.speakers[0]), None)
    if other is None or other.kind != "person":
        return None
    parts = N.split_suffix(other.name)[0].split()
    if (
        len(parts) < 2
        or not surnames & N.surname_forms(parts[-1:])
        or same_person(other.name, issuer)
    ):
        return None
    # Only where the release writes the issuer's name in full too: `José E. Serrano` or
    # `Earl L. Carter` in a release of `Jose Serrano` or `Buddy Carter` that never writes
    # that name is the issuer under another form.
    return other.name if issuer_in_full() else None


def _namesake_subject_before(body: list[str], quote: Quote, namesake: str) -> bool:
    """The namesake's given name opens the subject of the sentence right before words
    opening a sentence (`Bram Tarrant, the chairman, spoke. “…,” Tarrant said.`), or of
    the sentence the words stand in or the one before it; in the paragraph or, for words
    opening it, at the end of the paragraph before."""
    if quote.paragraph >= len(body):
        return True
    given = namesake.split()[0]
    text, start = _with_intro_before(body, quote.paragraph, quote.start)
    head = text[max(0, start - STATEMENT_REACH) : start]
    if not head.strip(' “"') and quote.paragraph > 0:
        head = body[quote.paragraph - 1][-STATEMENT_REACH:]
    cuts = [0, *sentence_ends(head), len(head)]
    pieces = [head[a:b] for a, b in zip(cuts[:-1], cuts[1:], strict=True) if head[a:b].strip(' “"')]
    # Words opening a sentence: the sentence before; inside one (`Tarrant said, “…`): that
    # sentence and the one before it.
    reach = 1 if head.rstrip(' “"')[-1:] in (".", "!", "?") else 2
    return any(
        given in (w.strip(",.:;") for w in _subject_words(p.lstrip(' “"'))) for p in pieces[-reach:]
    )


def _named_with_issuer(doc: Document, issuer: str, namesake: str) -> bool:
    """The sentence that first writes the issuer's name in full writes the namesake's too
    (`Rep. Tod Vail and Mayor Ann Vail of Dover met the board.`): neither stands out as
    the one the release's `Vail` means."""
    for text in [doc.headline or "", *doc.body]:
        at = text.find(issuer)
        if at < 0:
            continue
        cuts = [0, *sentence_ends(text), len(text)]
        k = bisect.bisect_right(cuts, at)
        return namesake in text[cuts[k - 1] : cuts[min(k, len(cuts) - 1)]]
    return False


def _follows_tied(body: list[str], quote: Quote, tied: tuple[str, str | None, int, int]) -> bool:
    """`he said` words the parse gave the namesake after words cued by the surname alone
    were taken from them, the namesake's given name not written in between."""
    if (quote.mention or "").casefold() not in ("he", "she") or quote.paragraph >= len(body):
        return False
    _, _, paragraph, end = tied
    if paragraph == quote.paragraph:
        between = body[paragraph][end : quote.start]
    else:
        between = "\n".join(
            [
                body[paragraph][end:],
                *body[paragraph + 1 : quote.paragraph],
                body[quote.paragraph][: quote.start],
            ]
        )
    given = tied[0].split()[0]
    return re.search(r"\b" + re.escape(given) + r"\b", between) is None


def _pronoun_fits(mention: str | None, issuer: str, sex: Callable[[], str | None]) -> bool:
    """`he` or `she` may stand for the issuer: their sex, as the release or their given
    name says, is not the other one."""
    want = PRONOUN_GENDER.get((mention or "").casefold())
    first = sex() or (N.first_name_gender(issuer.split()[0]) if issuer.split() else None)
    return want is None or first is None or want == first


_TITLE_OF = {"congressman": "m", "congresswoman": "f"}
# A title naming a chamber before a name (`Sen. Ann Roe`, `Congressman Tod Vail`).
_CHAMBER_TITLE = re.compile(
    rf"(?=[A-Z])\b(?P<title>{N.titles_written(N.CHAMBER_TITLES)})\s+"
    r"(?:[A-Z][\w’'.-]*\s+){0,3}(?P<surname>[A-Z][\w’'-]+)"
)


def _chamber(doc: Document, issuer: str, role: str | None) -> str | None:
    """The chamber of the issuer's title ("senate" or "house"), from their role or from
    how the release's opening titles them (`Rep. Tod Vail`); None when unsaid."""
    words = set((role or "").casefold().split())
    if words & N.SENATE_TITLES:
        return "senate"
    if words & N.HOUSE_TITLES:
        return "house"
    surnames = N.issuer_surname(issuer)
    for paragraph in [doc.headline or "", *doc.body[:2]]:
        for m in _CHAMBER_TITLE.finditer(paragraph):
            if surnames & N.surname_forms([m.group("surname")]):
                senate = m.group("title").casefold() in N.SENATE_TITLES
                return "senate" if senate else "house"
    return None


def _title_fits(
    title: str, issuer: str, chamber: str | None, sex: Callable[[], str | None]
) -> bool:
    """`the senator` in a representative's release, `the congresswoman` in a release of a
    man whose titles in it (`sex`, read only when needed) or, without them, whose first
    name says so: somebody else, not the issuer."""
    if title == "senator" and chamber == "house":
        return False
    if title in N.HOUSE_TITLES and chamber == "senate":
        return False
    gender = _TITLE_OF.get(title)
    if gender is None:
        return True
    first = sex() or (N.first_name_gender(issuer.split()[0]) if issuer.split() else None)
    return first is None or gender == first


# A title that says its holder's sex, before up to four capitalised words.
_SEX_TITLE = re.compile(
    r"(?=[A-Z])\b(?P<title>Mrs?\.|Ms\.|Congress(?:wo)?man|Chairwoman|Council(?:wo)?man"
    r"|Assembly(?:wo)?man)"
    r"(?P<name>(?:\s+[A-Z][\w’'.-]*){1,4})"
)


def _issuer_sex(doc: Document, issuer: str) -> str | None:
    """The issuer's sex as their own release titles them (`Congresswoman Omar`, `Mr.
    Bera`), which outweighs the first-name lexicon; None when unsaid or said both ways."""
    surname = N.surname_as_written(issuer).casefold()
    given = {w.strip(".,").casefold() for w in issuer.split()[:-1]}
    found = set()
    for paragraph in [doc.headline or "", *doc.body]:
        if surname not in paragraph.casefold():
            continue
        for m in _SEX_TITLE.finditer(paragraph):
            words = [
                _POSSESSIVE_END.sub("", w).strip(",.;:").casefold() for w in m.group("name").split()
            ]
            if _titled_surname(words, surname, given):
                found.add(SEX_WORDS[m.group("title").lower()])
    return found.pop() if len(found) == 1 else None


def _titled_surname(words: list[str], surname: str, given: set[str]) -> bool:
    """Whether the capitalised words after a sex title name the issuer: the surname
    right after the title, or after their first names (the issuer's own or ones the
    lexicon knows) and an initial. In a Title Case headline the words run on to other
    people: `Congresswoman Baker Praises Holt Amendment` titles Baker, not Holt."""
    for k, word in enumerate(words):
        if word == surname:
            return True
        initial = k > 0 and len(word) == 1 and word.isalpha()  # `Congresswoman Ann M. Holt`
        if not (initial or word in given or N.first_name_gender(word.title())):
            return False
    return False


def _another_member_introduces(paragraph: str, start: int, issuer: str) -> bool:
    """`2. Sen. Ivo Brandt (D-IL) breaks with other party leaders, saying …: “…”`: the
    sentence that ends in a colon before the quotation names another member, whose
    statement it is even when no cue was read; it is not the issuer's."""
    head = paragraph[: max(0, start - 1)].rstrip()
    if not head.endswith(":"):
        return False
    begin = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), len(head) - 400)
    for m in _MEMBER.finditer(head, max(0, begin)):
        # "Congressman Cleaver’s statement …:" is the member's own.
        name = re.sub(r"[’']s$", "", m.group("np") or m.group("tagged"))
        if not same_person(name, issuer):
            return True
    return False


def issuer_as_written(doc: Document, issuer: str) -> str:
    """The issuer's name as the release writes it: a handle gives "Diane Degette" or
    "Cathy Mcmorris Rodgers" where the text says "Diana DeGette", "Cathy McMorris
    Rodgers"; the written name wins when its surname (and middle names) match the
    handle's and its first name is the same, a near spelling ("Darell", "Darrell") or
    its short form ("Jim" for "James")."""
    parts = issuer.split()
    if len(parts) < 2:
        return issuer
    rx = _issuer_pattern(issuer)
    first = parts[0].casefold()
    short: str | None = None
    for paragraph in doc.body[:3]:
        for m in rx.finditer(paragraph):
            written_first, middle, written_rest = m.group(1), m.group(2), m.group(3)
            if not written_first[0].isupper() or not all(
                w[0].isupper() for w in written_rest.split()
            ):
                continue
            if written_first.isalpha() and written_first.isupper() and len(written_first) > 1:
                continue  # "GREGORY MEEKS" in a heading: a spelling for a heading only
            f = written_first.casefold()
            if f == first or _near_spelling(f, first) or f.replace(".", "") == first:
                # "G.K. Butterfield" for the handle's "Gk Butterfield" too
                return " ".join([written_first, *written_rest.split()])
            if middle and f.endswith(".") and (f[:-1] + middle.casefold()) == first:
                # "G. K. Butterfield": the handle's "Gk" is both initials
                return " ".join([written_first, f"{middle}.", *written_rest.split()])
            if (
                short is None
                and FIRST_NAME_FORMS.get(f) == first
                and _members_short_form(paragraph, m)
            ):
                short = " ".join([written_first, *written_rest.split()])
    if short is not None and not _first_name_written(doc, rx, first):
        # "Rep. Jim Sensenbrenner" for the handle's "James Sensenbrenner": the short form
        # the release calls its member by, where no other writes the handle's first name
        return short
    if len(parts[0]) == 2 and parts[0].isalpha() and not set(parts[0].lower()) & set("aeiouy"):
        # "Gk" never written out: two initials, spelled as the releases that do write them
        parts = [f"{parts[0][0].upper()}. {parts[0][1].upper()}.", *parts[1:]]
    # No full name near the start: the surname as the text writes it, wherever it is
    # ("Congressman DeSaulnier" for the handle's "Desaulnier", "Diaz-Balart" for
    # "Diazbalart"), after the handle's first and middle names.
    surname_rx = _surname_pattern(parts[-1])
    if surname_rx is None:
        return " ".join(parts)
    for paragraph in doc.body:
        for m in surname_rx.finditer(paragraph):
            written = m.group()
            if written[:1].isupper() and not written.isupper():
                return " ".join([*parts[:-1], written])
    return " ".join(parts)


# A handle's plain letter and the accented letters a text may write for it (`Díaz`).
_ACCENTED = {
    "a": "[aáàâäã]",
    "e": "[eéèêë]",
    "i": "[iíìîï]",
    "o": "[oóòôöõ]",
    "u": "[uúùûü]",
    "n": "[nñ]",
    "c": "[cç]",
}


# A member's title right before a name (`U.S. Rep.`, `Congresswoman`), and a party tag
# right after it (`(R-OH)`, `(D-Calif.)`).
_MEMBER_TITLE_BEFORE = re.compile(
    r"\b(?:Reps?\.|Representatives?|Congress(?:wo)?m[ae]n|Sens?\.|Senators?"
    r"|Chair(?:wo)?man|Ranking\s+Member)\s+$"
)
# `(R-OH)`, `(D-Calif.)`, or the district's tag `(VA-3)`.
_PARTY_TAG_AFTER = re.compile(
    r"\s*\((?:(?:[RDI]|Rep|Dem|Ind)\s*[-–—]\s*[A-Z]|[A-Z]{2}\s*[-–—]\s*\d)"
)
# Words before a member's title that make the titled person another: a relative, or one
# who held the office before (`his father, former Congressman Jim Holt`).
_NOT_THE_MEMBER_BEFORE = re.compile(
    r"\b(?:father|mother|son|daughter|brother|sister|uncle|aunt|cousin|nephew|niece"
    r"|grand\w*|husband|wife|late|former|passing)[^\w.!?]+(?:\w+[^\w.!?]+){0,2}$",
    re.IGNORECASE,
)


def _members_short_form(paragraph: str, m: re.Match[str]) -> bool:
    """A short form of the member's first name names the member only right after a
    member's title (`Rep. Jim Holt`) or right before a party tag (`Jim Holt (R-OH)`),
    and not where the words before make the titled person a relative or a past holder of
    the office (`his uncle, Jim Holt`, `Mayor Jim Holt`, `Passing of Jim Holt`)."""
    before = paragraph[max(0, m.start() - 80) : m.start()]
    if _PARTY_TAG_AFTER.match(paragraph, m.end()):
        titled = True
    else:
        titled = _MEMBER_TITLE_BEFORE.search(before) is not None
    if not titled:
        return False
    title = _MEMBER_TITLE_BEFORE.search(before)
    ahead = before[: title.start()] if title is not None else before
    return _NOT_THE_MEMBER_BEFORE.search(ahead) is None


def _first_name_written(doc: Document, rx: re.Pattern[str], first: str) -> bool:
    """The release writes the member's full name with the handle's own first name
    somewhere (`Rep. James Holt represents …`), capitalised as in running text (not a
    heading's or a signature's capitals, `JAMES HOLT`)."""
    return any(
        m.group(1).casefold() == first
        and m.group(1)[0].isupper()
        and not m.group(1).isupper()
        and all(w[0].isupper() for w in m.group(3).split())
        for paragraph in doc.body
        for m in rx.finditer(paragraph)
    )


@functools.lru_cache(maxsize=1024)
def _issuer_pattern(issuer: str) -> re.Pattern[str]:
    """The issuer's full name as written: first name, any middle initial (its letter a
    group of its own), the rest (one pattern per member)."""
    rest = r"\s+".join(re.escape(p) for p in issuer.split()[1:])
    # A first name's length is bounded: a long run without spaces is read once, not from
    # every letter in it (quadratic time).
    # `’` apart from the class, which then compiles without a 64k-entry table.
    return re.compile(
        rf"\b([A-Z](?:[\w'.-]|’){{1,40}})\s+(?:([A-Z])\.\s+)?({rest})\b", re.IGNORECASE
    )


@functools.lru_cache(maxsize=1024)
def _surname_pattern(surname: str) -> re.Pattern[str] | None:
    """The surname alone with any hyphens, spaces or case. Compiled only for a release
    that does not write the full name near its start: its accented letter classes make
    it the costlier of the two patterns to compile."""
    letters = [_ACCENTED.get(c.lower(), re.escape(c)) for c in surname if c.isalpha()]
    if not letters:  # "Holt 2": a last word without letters has no spelling to find
        return None
    return re.compile(r"\b" + r"[-\s]?".join(letters) + r"\b", re.IGNORECASE)


def _near_spelling(a: str, b: str) -> bool:
    """One letter added, dropped or changed, in names of four letters or more."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


# An uncued first-person statement given to the titled member a release's lead names
# (`importers.quotes`): right in 7 of 7 on the dev half of the annotated sample, a small
# count, so it stays below the confident mark. The issuer, when known, takes these.
LEAD_CONFIDENCE = 0.75


def _from_lead(quote: Quote) -> bool:
    """Given to the one member a release's lead names. A joint letter's signers carry the
    same figure (`importers.quotes.LETTER_CONFIDENCE`) and are two or more: not a lead's."""
    return (
        quote.method == "resolved"
        and quote.confidence == LEAD_CONFIDENCE
        and len(quote.speakers) == 1
    )


# How often an uncued statement in a release is its issuer's: 17 of 20 on the dev half
# of the annotated sample (see `importers.quotes.CONFIDENCE`).
ISSUER_CONFIDENCE = 0.85


def _set_speakers(quote: Quote, names: list[str]) -> None:
    """Both fields in step: the model syncs `speaker` only when a Quote is built."""
    quote.speakers = names
    quote.speaker = names[0] if names else None


# Abbreviated first names ("Wm. Lacy Clay"): a mention ending in one was cut short.
_NAME_ABBREVIATIONS = frozenset("wm chas thos jas geo jno benj robt saml danl edw".split())


# -- joint statements -----------------------------------------------------------------

# The capitalised words of a name (and any role before it) ending right before a tag.
_NAME_RUN = re.compile(r"(?:(?:[A-Z][\w’'.-]*|of|the|on|and)\s+)*[A-Z][\w’'.-]*\s*$")
# One word such a run may hold.
_RUN_WORD = re.compile(r"[A-Z][\w’'.-]*|of|the|on|and")
# What may stand between two tagged names of one list: a comma, `and` or `with`, and a
# role appositive of the earlier name (`, Ranking Member of the Committee on …,`).
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:the\s+)?(?:[A-Z][^(),]{0,100})?,?)?\s*"
    r"(?:(?:and|&|(?:along\s+)?with|joined\s+by|together\s+with)\s+)?"
)
# What may stand between the last name of the list and the cue.
_LIST_TAIL = re.compile(
    r"\s*(?:,\s*(?:the\s+)?[A-Z][^(),]{0,100},)?\s*(?:(?:today|also|jointly|together|"
    r"yesterday|recently|this\s+week|on\s+[A-Z][a-z]+day)\s+)*$"
)
# A list item: one name, perhaps with its role in front.
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")


def tagged_list(text: str) -> list[str]:
    """The names of a list of members of Congress, each with their party or district tag,
    that ends `text` (the subject before a statement cue): `Representatives Ann Holt
    (D-02), Tod Vail (D-11) and Al Kerr (D-07)` → the three names, each without its
    role. Empty unless two or more are listed and nothing but the list and a role
    appositive stands between them and the cue."""
    tags = list(MEMBER_TAG.finditer(text))
    if len(tags) < 2 or not _LIST_TAIL.fullmatch(text, tags[-1].end()):
        return []
    names: list[str] = []
    end_of_next = len(text)
    for k in range(len(tags) - 1, -1, -1):
        tag = tags[k]
        run = _name_run(text, tag.start())
        if run is None:
            break
        if k < len(tags) - 1 and not _LIST_GAP.fullmatch(text, tag.end(), end_of_next):
            break
        words = run.group().split()
        while words and words[0] in {"of", "the", "on", "and"}:
            words = words[1:]
        _, name = N.split_role(words)
        if not name or not N.person_shape(name):
            break
        names.append(" ".join(name))
        end_of_next = run.start() + (len(run.group()) - len(run.group().lstrip()))
    return names[::-1] if len(names) >= 2 else []


def _name_run(text: str, end: int) -> re.Match[str] | None:
    """`_NAME_RUN` ending at `end`, searched from the first word before it that no run
    may hold through: a search from the text's start would read the text before every
    tag again, quadratic in a long list of members."""
    start = end
    while start > 0:
        stop = start
        while stop > 0 and text[stop - 1].isspace():
            stop -= 1
        begin = stop
        while begin > 0 and not text[begin - 1].isspace():
            begin -= 1
        if begin == stop:
            break
        start = begin
        if not _RUN_WORD.fullmatch(text, begin, stop):
            break
    return _NAME_RUN.search(text, start, end)


def listed_before(text: str) -> list[str]:
    """The people listed before the last subject of a cue, when `text` (from the
    sentence's start up to that subject) is nothing but names, each perhaps with a role:
    `Holt, Ranking Member Tod R. Vail, Subcommittee Chair Al Kerr and` →
    the three names. Empty when anything else stands there (`In a letter to Holt, `)."""
    stripped = text.rstrip()
    if not stripped.endswith(" and"):  # "A, B, and C said"; "Afterwards, C said" is none
        return []
    parts = [p.split() for p in _LIST_SPLIT.split(stripped.removesuffix(" and").rstrip(","))]
    names: list[str] = []
    for words in parts:
        if not words or not all(w[0].isupper() or w in {"of", "the", "on"} for w in words):
            return []
        _, name = N.split_role(words)
        if not name or not N.person_shape(name):
            return []
        names.append(" ".join(name))
    return names


def without_role(mentions: list[str]) -> list[str]:
    """Each mention's name without the role in front (`Ranking Member Ann Holt` →
    `Ann Holt`), so a list joined with `and` splits into its people."""
    return [" ".join(N.split_role(m.split())[1]) for m in mentions]


def one_list(text: str, end: int, start: int) -> bool:
    """Whether the names ending at `end` and starting at `start` in `text` are items of one
    list (a comma or `and`, perhaps a role appositive between them), not a sentence's
    subject and object (`Rep. Holt thanked Rep. Vail`)."""
    return bool(_LIST_GAP.fullmatch(text, end, start))
