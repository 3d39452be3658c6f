"""Whether capitalised words name a person or an organisation, and their canonical form.

A speaker is a name: a person (name-shaped words with evidence that they are a person's
name: a known first name, an initial, a title or role in front, or a speech verb right
after a full name) or an organisation (a capitalised phrase headed by an organisation
word). Places, bills, programmes, events, headings, sentence openers, possessives and
titles standing alone are not speakers.

Titles come from `nameparser`'s list of titles (with the role words of politics added);
first names and their gender from the `gender-guesser` lexicon. `nameparser`'s own
`HumanName` parser is not used: it takes a third of a millisecond a name and reads
"House Harbors Committee Chairman Tod Vail" as a first name "House".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from nameparser.config import CONSTANTS

from importers import places
from search.speakers import GENERATIONS

# -- word lists ---------------------------------------------------------------

# nameparser titles that are also ordinary words inside names and organisations: they do
# not end a role phrase ("United States Senator" ends at "Senator", not "States").
_NOT_ROLE = frozenset(
    """united states state us uk national federal first her his royal family group
    district information intelligence security law legal air army navy police rock blues
    model pilot voice television radio theater theatre travel soccer baseball credit
    criminal software computer mystery opera classical business corporate marketing
    financial political social technical special supreme high grand right most
    excellent knowledge discovery kingdom english british military civil field flag
    flying banner bench docket personality celebrity award-winning analytics
    mathematics risk tax revenue customs strategy municipal appellate judicial
    hereditary heir heiress designated presiding operating player member resident
    blessed saint sainte st count foreign prime deputy vice senior associate assistant
    executive general chief acting former""".split()
)
# Role words of politics and public life that nameparser's list lacks, and plurals that
# introduce several people ("Senators Amy Klobuchar and Al Franken").
_EXTRA_ROLES = frozenset(
    """congressman congresswoman congressmember councilman councilwoman councilmember
    assemblyman assemblywoman assemblymember alderwoman alderperson councilor
    councilperson legislator lawmaker whip
    spokesman spokeswoman spokesperson chairwoman chairperson ranking vice-chair
    vice-chairman administrator superintendent supervisor trustee director executive
    coordinator founder co-founder president vice-president ceo coo cto cfo head chief
    commissioner undersecretary under-secretary attorney-general sen rep reps sens gov
    lt dr mr mrs ms senators representatives congressmen congresswomen governors mayors
    chairmen members lawmakers leaders secretaries ministers ambassadors delegates
    officials senator representative delegate member constable marshal major ambassador consul
    postmaster freeholder selectman selectwoman firefighter panelist emeritus tem tempore
    envoy minister governor czar tsar
    secretary chairman chair mayor judge justice speaker leader attorney general
    chancellor adviser advisor manager officer deputy premier sheriff candidate nominee
    correspondent analyst professor editor reporter anchor host strategist pollster
    counsel aide treasurer economist partner lawyer owner official rival activist veteran
    astronaut farmer teacher nurse coach pastor swimmer athlete olympian student intern
    artist author scientist researcher physician""".split()
)
# The role words of politics and public life, without nameparser's rarer titles
# ("Burgess", "Marshall" are surnames far more often).
COMMON_ROLES = _EXTRA_ROLES - frozenset("marshal major constable".split())
ROLE_WORDS = frozenset(
    (set(CONSTANTS.titles) - _NOT_ROLE)
    | _EXTRA_ROLES
    | {t + "." for t in CONSTANTS.titles if len(t) <= 5}
    | {"sen.", "rep.", "reps.", "sens.", "gov.", "lt.", "dr.", "mr.", "mrs.", "ms.", "gen.", "sec."}
)
# Plural role words: what follows names more than one person.
PLURAL_ROLES = frozenset(
    """senators representatives congressmen congresswomen governors mayors chairmen
    members lawmakers leaders secretaries ministers ambassadors delegates officials
    reps reps. sens sens. cosponsors co-sponsors congressmembers""".split()
)
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame rev rev. hon hon.".split())
# A member of Congress's titles before the name, folded (a short one with its period and
# without): the one table, and the parts of it each reader takes. `Congressmember` names
# no chamber to the readers of one (`CHAMBER_TITLES`).
SENATE_TITLES = frozenset("senator sen sen.".split())
HOUSE_TITLES = frozenset("congressman congresswoman representative rep rep.".split())
CHAMBER_TITLES = SENATE_TITLES | HOUSE_TITLES
MEMBER_TITLES = CHAMBER_TITLES | {"congressmember"}
SUFFIXES = frozenset(
    {s.lower() for s in CONSTANTS.suffix_acronyms | CONSTANTS.suffix_not_acronyms}
    | set(GENERATIONS)
    | {f"{g}." for g in GENERATIONS}
)
PARTICLES = frozenset("van von der den de del della da di du la le bin al el st. mac".split())
# `GENERATIONS` (from `search.speakers`): the suffixes `generation` writes canonically.


def generation(word: str) -> str | None:
    """The canonical form of a generational suffix (`JR.`, `jr`, `Jr.` → `Jr.`), or None.
    A Roman numeral counts in capitals (or a handle's `Iii`), not as a word (`Iv`)."""
    core = word.strip(",").rstrip(".")
    found = GENERATIONS.get(core.lower())
    if found is None or core[0] in "Ii" and not (core.isupper() or core in ("Ii", "Iii")):
        return None
    return found


def split_suffix(name: str) -> tuple[str, str | None]:
    """`Donald M. Payne, Jr.` → ("Donald M. Payne", "Jr."); a name without one is whole."""
    words = name.split()
    suffix = generation(words[-1]) if len(words) > 1 else None
    if suffix is None:
        return name, None
    return " ".join(words[:-1]).rstrip(","), suffix


def titles_written(titles: Iterable[str]) -> str:
    """A regular expression's alternation of folded titles as a text writes them,
    capitalised (`Senator`, `Sen\\.`); a short one that the titles hold with its period
    (`sen.`), only with it."""
    forms = set(titles)
    kept = [t for t in sorted(forms) if t + "." not in forms]
    return "|".join(re.escape(t[:1].upper() + t[1:]) for t in sorted(kept, key=len, reverse=True))


# Words that head an organisation's name ("Judiciary Committee", "Department of Labor").
ORG_WORDS = frozenset(
    """ministry department dept dept. committee subcommittee campaign party office council
    commission agency administration court embassy government times post news journal
    network institute university college union association board bureau service
    services foundation company corporation corp corp. inc inc. llc group kremlin
    pentagon house senate congress fbi cia nato un eu police press tribune herald
    guardian reuters ap cnn nbc abc cbs fox msnbc bbc sputnik tass gazette magazine daily
    review center centre coalition caucus club trust bank gop dnc
    rnc guard corps force forces army navy authority alliance federation society
    chamber commission conference league organization organisation council cooperative
    hospital clinic school district county city state department fund partnership
    institution laboratory laboratories lab labs academy agencies industries airlines
    railroad railway systems technologies inc company co. co ltd ltd. plc network
    council productions studios entertainment pictures holdings enterprises
    pharmaceuticals communications publishing ventures""".split()
)
# Organisation words that name no organisation on their own.
GENERIC_ORG_HEADS = frozenset(
    """ministry department dept dept. committee subcommittee campaign party office council
    commission agency administration court embassy government network institute
    university college union association board bureau service services foundation
    company corporation corp corp. inc inc. llc group house senate congress police press
    magazine daily review center centre coalition caucus club trust bank guard corps
    force forces army navy authority alliance federation society chamber conference
    league organization organisation cooperative hospital clinic school district county
    city state fund partnership institution laboratory academy agencies industries
    airlines systems technologies co. co ltd ltd. plc productions studios entertainment
    pictures holdings enterprises pharmaceuticals communications publishing
    ventures""".split()
)
# Words that make a capitalised phrase a bill, programme, event or document, not a speaker.
TITLE_WORDS = frozenset(
    """act acts bill bills resolution resolutions amendment amendments program programs
    programme programmes initiative initiatives plan plans day days week weeks month
    award awards summit conference forum tour report reports agenda law laws code rule
    rules order orders project projects challenge grant grants strategy policy treaty
    accord agreement agreements festival fair parade ceremony hearing hearings
    roundtable town hall series contest competition prize medal month celebration
    memorial highway bridge building trail park monument review survey study
    courthouse airport station terminal base
    h.r. h.r h.res. s. s.res. hr fy""".split()
)
# Capitals and countries that stand for their governments ("Moscow says") — a speaker
# only as the subject of a speech verb, never by any weaker route.
CAPITALS = frozenset(
    """moscow washington beijing kyiv kiev ottawa london paris berlin tokyo tehran damascus
    ankara brussels minsk warsaw jerusalem pyongyang seoul delhi islamabad kabul baghdad
    havana caracas canberra rome madrid riyadh cairo russia ukraine china canada america
    britain france germany japan iran iraq syria turkey israel india pakistan mexico""".split()
)
# Places that are never a speaker even with a speech verb after them.
PLACE_WORDS = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode
    island tennessee texas utah vermont virginia wisconsin wyoming puerto rico guam
    america county city town village valley river lake mountain mountains north south
    east west northern southern eastern western central upper lower new district
    coast bay harbor harbour street avenue road san santa los las fort port mount
    united states""".split()
)
# First words of places that are never a person's first name here ("San Carlos").
PLACE_PREFIXES = frozenset("san santa los las fort port mount".split())
# Capitalised words that open sentences rather than names, in running text and in a
# speaker's mention alike.
SENTENCE_OPENERS = frozenset(
    """the a an and but or so yet if when while as after before then meanwhile still also
    however in on at of for to from by with this that these those it its he she they we i
    you his her their our my your there here what who why how where which asked later
    earlier now today yesterday tomorrow monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december according even though although because since despite""".split()
)
# Capitalised words that open sentences or headings rather than names.
NOT_NAME_WORDS = SENTENCE_OPENERS | frozenset(
    """additionally
    furthermore moreover further following instead again yes no both all each every
    many most some several few more less other others another just only also again
    delivered click see read watch view contact download listen note please learn visit
    photo video audio full text statement remarks excerpts background update updated
    breaking press release releases immediate news normal poor votes vote total together
    last next first second third new old over under about above below between during
    without within upon once twice thank thanks dear hello welcome congratulations
    unfortunately fortunately clearly obviously certainly indeed finally overall similarly
    specifically currently recently previously originally ultimately importantly notably
    whereas whether either neither nor not nothing something everything anything
    everyone someone anyone nobody everybody somebody anybody data research studies recent
    experts officials reports polls analysts critics supporters opponents sources
    documents records estimates figures statistics numbers results""".split()
)

_POSSESSIVE = re.compile(r"(?:’s|'s|s’|s')$")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)?$")
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def folded(word: str) -> str:
    """A word without its accents, in lower case: `Gutiérrez` and `Gutierrez` are one."""
    return "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    )


def surname_forms(words: Iterable[str]) -> set[str]:
    """`words` folded for comparing surnames: stops and commas around them dropped,
    accents dropped, lower case, one apostrophe (`O’Quist` = `O'Quist`), and a double
    surname with and without its hyphen (`Ruíz-Quist`: ruiz-quist, ruizquist)."""
    forms = {folded(w.strip(".,;:")).lower().replace("’", "'") for w in words}
    return (forms | {w.replace("-", "") for w in forms}) - {""}


def _name_words(name: str) -> list[str]:
    """The words of a person's name, commas and stops around them and suffixes left out."""
    words = [w.strip(",.") for w in name.split()]
    return [w for w in words if w and w.lower() not in SUFFIXES]


def issuer_surname(issuer: str) -> set[str]:
    """The forms (`surname_forms`) of the issuer's surname: the last word of the name, a
    suffix left out, and the words after the given name joined as a double surname (a
    handle writes its hyphen as a space: `ida_pell-marsh` → `Ida Pell Marsh`, named
    `Pell-Marsh`). `Wes Bishop, Jr.` → bishop; `Ann Roe-Vail` → roe-vail, roevail; `Tod
    de la Vail` → vail, de-la-vail, delavail. Every reading of whether words name the
    issuer or another compares these. A particle, a middle name or one part of a double
    surname (`de`, `Watson` of `Ida Watson Coleman`, `Roe` of `Roe-Vail`) may be another
    person's name, so it never stands for the issuer alone."""
    words = _name_words(issuer)
    return surname_forms([*words[-1:], "-".join(words[1:])])


def surname_as_written(name: str) -> str:
    """The last word of a person's name as the name writes it, a suffix left out (`Wes
    Bishop, Jr.` → `Bishop`), for a search of the text, which `issuer_surname`'s folded
    forms are not; "" for no name."""
    words = _name_words(name)
    return words[-1] if words else ""


def word_key(word: str) -> str:
    """A word as the word lists hold it: lower case, without a clause's punctuation."""
    return word.lower().strip(",;:")


@functools.cache
def _gender_detector():  # type: ignore[no-untyped-def]
    import gender_guesser.detector as gg

    return gg.Detector(case_sensitive=False)


_GENDERS = {
    "male": "m",
    "mostly_male": "m",
    "female": "f",
    "mostly_female": "f",
    "andy": "?",
}


@functools.lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str | None:
    """ "m", "f" or "?" (either) for a known first name; None for any other word."""
    w = word.strip(".,’'")
    if len(w) < 2 or not w[0].isupper() or word_key(w) in NOT_NAME_WORDS:
        return None
    detector = _gender_detector()
    found = _GENDERS.get(detector.get_gender(w))
    # The lexicon's answer over all countries can be the other gender's in the US or
    # Britain (`Jan`, `Kay`, `Jean`: male overall, mostly female there). For English copy
    # such a name stays unknown rather than sending `he` to a woman.
    for country in ("usa", "great_britain"):
        local = _GENDERS.get(detector.get_gender(w, country))
        if found in ("m", "f") and local in ("m", "f") and local != found:
            return "?"
    return found


# Asked of the same few thousand words again and again in every release: worked out once
# for each (the word lists are fixed, so the answer is too).
@functools.lru_cache(maxsize=16384)
def is_role_word(word: str) -> bool:
    low = word_key(word)
    if _CONGRESS_ROLE.fullmatch(low):
        return True  # "Congresssman", "Congresista": the role however it is spelled
    # "co-CEO", "vice-chair": a prefixed role is a role; "Senator-Elect" one to come.
    if "-" in low:
        head, tail = low.rsplit("-", 1)
        return low in ROLE_WORDS or tail in ROLE_WORDS or tail in _TO_COME and head in ROLE_WORDS
    if "/" in low:
        # "Director/Founder": two roles held at once, each a role word
        parts = low.split("/")
        return all(p in ROLE_WORDS for p in parts)
    return low in ROLE_WORDS or low in _SPANISH_ROLES or _misspelt_title(word)


# The titles a Spanish release writes before a name (`la Representante Ann Roe`, `el
# Vicepresidente Tod Vail`): roles, not the first word of the name. The singular ones are
# also among the role words of a Spanish cue (`quote_patterns.AFTER_SPANISH_CUE`).
SPANISH_TITLES = frozenset(
    """representante senador senadora gobernador gobernadora alcaldesa vicepresidente
    vicepresidenta embajador embajadora""".split()
)
_SPANISH_ROLES = SPANISH_TITLES | {"representantes"}

_TO_COME = frozenset("elect designate".split())

# Long titles a release writes before a member's name; a word one slip off one of them
# (`Congrsesman`, `Reprsentative`, `Presidente`) is that title, not a name. Shorter titles
# (`Senator`) lie one letter off surnames (`Senatore`), so they are left out.
_LONG_TITLES = frozenset("congressman congresswoman representative president".split())


def _misspelt_title(word: str) -> bool:
    """`word` is one letter added, dropped or changed, or two neighbours swapped, away
    from a long title, and no known given name (`Presidente Obama`, `Congrsesman Meeks`)."""
    low = word_key(word).rstrip(".")
    if not 8 <= len(low) <= 15 or not low.isalpha() or low[0] not in "cpr":
        return False
    if low.endswith(("s", "men")):
        return False  # `Presidents`, `Congressmen`: more than one person, no single title
    # The first letter kept: `Resident` is another word, not a slip of `President`.
    near = any(
        low[:2] == t[:2] and abs(len(low) - len(t)) <= 1 and _one_slip(low, t) for t in _LONG_TITLES
    )
    return near and first_name_gender(word.capitalize()) is None


def _one_slip(a: str, b: str) -> bool:
    """`a` and `b` differ by at most one edit or one swap of neighbouring letters."""
    if a == b:
        return True
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one letter changed
        return a[i + 2 :] == b[i + 2 :] and a[i : i + 2] == b[i : i + 2][::-1]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


_CONGRESS_ROLE = re.compile(r"congres+(?:s?(?:wo)?m[ae]n|members?|istas?|ional\s?representatives?)")


def is_initial(word: str) -> bool:
    return bool(_INITIAL.match(word)) and word not in _COUNTRY_ABBREVIATIONS


_COUNTRY_ABBREVIATIONS = frozenset("U.S. U.K. U.N. E.U. D.C.".split())


_HYPHEN_PREFIXES = frozenset("co ex re pre non pro mid sub de bi tri un up al el".split())
# One syllable of a romanised Korean or Chinese given name ("Jae", "in", "Geun", "hye",
# "wen"): an initial, a vowel and an n, ng, m, k, l, p, t or r at most. English words of
# the compounds written the same way ("God-given", "War-era", "Top-notch") mostly are not.
_SYLLABLE = re.compile(
    r"(?:[bcdfghjklmnpqrstwxyz]|ch|sh|zh|ts|tz|hs|kk|tt|pp|ss|jj)?h?"
    r"(?:a|ae|ai|ao|e|ee|ei|eo|eu|eui|i|ia|iao|ie|io|iu|o|oe|oi|ou|oo|u|ua|uai|ue|ui|uo"
    r"|ya|yae|ye|yeo|yo|yu|yi)(?:n|ng|m|k|l|p|t|r)?"
)


@functools.lru_cache(maxsize=1024)
def _syllable_given_name(word: str) -> bool:
    """ "Ki-moon", "Jong-un", "Geun-hye": a hyphenated given name, its second syllable in
    lower case. The lexicon of first names knows it whole ("Ji-hoon") or knows its first
    syllable as a first name, and both halves are syllables of a romanised name; a prefix
    ("Co-chair") or an English compound ("Sit-in", "No-host") is not one."""
    if first_name_gender(word):
        return True
    head, _, tail = word.partition("-")
    return (
        head.isalpha()
        and tail.isalpha()
        and tail.islower()
        and head.lower() not in _HYPHEN_PREFIXES
        and bool(_SYLLABLE.fullmatch(head.lower()) and _SYLLABLE.fullmatch(tail))
        and first_name_gender(head) is not None
    )


_ARTICLE_SURNAME = re.compile(r"(?:al|el|ad|as|bin|ibn|abu)-[A-Z][^\W\d_]+")


@functools.lru_cache(maxsize=16384)
def is_name_word(word: str) -> bool:
    """Shaped like one word of a person's name: "Ann", "O’Brien", "DelBene", "Sánchez",
    "J.", "Jr.". Worked out once for each word, as `is_role_word`."""
    low = word_key(word)
    if low in SUFFIXES or low in PARTICLES or is_initial(word):
        return True
    if _ARTICLE_SURNAME.fullmatch(word):
        return True  # `al-Maliki`: an Arabic surname's article joined by its hyphen
    core = word[:-1] if word.endswith(".") else word
    parts = [p for p in re.split(r"[’'-]", core)]
    if not parts or not parts[0] or not parts[0][0].isupper():
        return False
    # Every part letters only; after a hyphen a capital again ("Ros-Lehtinen", not
    # "Farm-to-School"); after an apostrophe a capital or a possessive's "s".
    if any(p and not p[0].isupper() and p != "s" for p in parts[1:]):
        return len(parts) == 2 and "-" in core and _syllable_given_name(core)
    return all(p.isalpha() for p in parts) and not core.isupper() or len(core) == 1


def split_role(words: list[str]) -> tuple[str | None, list[str]]:
    """`House Harbors Committee Chairman Tod Vail` → ("House Harbors Committee
    Chairman", ["Tod", "Vail"]): the role ends at the last role word that has a
    name after it. A first name that is also a title ("Dean Heller") stays a name."""
    for i in range(len(words) - 2, -1, -1):
        rest = words[i + 1 :]
        if word_key(words[i]) in _PARTY_WORDS and person_evidence(rest) and len(rest) <= 3:
            # "Republican Rob Bishop", "House Democratic Whip Steny Hoyer" is a role anyway.
            party = " ".join(w for w in words[: i + 1] if word_key(w) not in HONORIFICS)
            return party, rest
        if not is_role_word(words[i]):
            continue
        if i > 0 and word_key(words[i - 1]) == "to" and person_evidence(rest):
            # "Chief of Staff to Governor Ivo Brandt": the title of the person served,
            # not of the role's holder ("Assistant to the Governor Ann Roe" is one role)
            return None, words
        if words[i] in _SAINT and rest[0][:1].isupper():
            continue  # `Al St. John`, `St. Clair`: a name's part, not a saint's title
        if all(_written_as_suffix(w) for w in rest):
            continue  # `Sanford D. Bishop Jr.`: a suffix is no name, the title a surname
        if i > 0 and generation(words[i]):
            continue  # `Tod Vail Sr. and …`: a suffix after a name, not a title (Sister)
        if is_role_word(rest[0]) and len(rest) > 1:
            continue
        if i > 0 and _possessive(words[i - 1]):
            continue  # "Lakeport Women’s Health Fund": a word of an organisation's name
        if i == 0 and len(rest) == 1 and first_name_gender(words[0]):
            return None, words
        role_words = [w for w in words[: i + 1] if word_key(w) not in HONORIFICS]
        if word_key(rest[0]) in _ROLE_CONNECTORS:
            # "Ambassador in Ottawa Oleg Stepanov", "Secretary of State John Kerry": the
            # role runs on to the name, which starts at its first name (else its last two).
            if len(rest) < 3:
                return None, words
            starts = [
                j
                for j in range(1, len(rest) - 1)
                # "Director of New York Sea Grant": `York` after `New` is a place's word
                if person_evidence(rest[j:]) and not _place_pair(rest[j - 1], rest[j])
            ]
            if starts:
                cut = starts[-1]
                if (
                    cut > 1
                    and _ONE_INITIAL.fullmatch(rest[cut])
                    and _plain_name(rest[cut - 1 : cut])
                ) or (cut > 1 and is_initial(rest[cut]) and person_evidence(rest[cut - 1 : cut])):
                    # "Delegation Alcee L. Hastings", "to George H.W. Bush": a middle
                    # initial's first name
                    cut -= 1
                if word_key(rest[cut - 1]) == "to" or (
                    cut > 1 and word_key(rest[cut - 2]) == "to" and is_role_word(rest[cut - 1])
                ):
                    # "Chief of Staff to Governor Ivo Brandt", "Secretary of State to George
                    # H.W. Bush": the person served, not the role's holder
                    return None, words
            elif any(_possessive(w) for w in rest[1:-1]):
                return None, words  # "President and CEO of Lakeport Women’s Health Fund"
            elif _plain_name(rest[-2:]):
                cut = len(rest) - 2  # "Secretary of State Condoleezza Rice"
            elif (
                _plain_name(rest[-1:])
                and len(rest) >= 3
                and rest[-2][:1].isupper()
                and word_key(rest[0]) not in _WHERE_SERVED
            ):
                # "Secretary of Defense Mattis": a titled surname; not a word a connector
                # joins to the role's body (`Members of the Committee on Harbors and
                # Oceans`), nor the last word of where the role is held (`a Major in the
                # Harbor Guard Reserves`, `a fellow at the Lakeside Archives`)
                cut = len(rest) - 1
            else:
                return None, words  # "President of Lakeside Sterile Packaging"
            role_words += rest[:cut]
            rest = rest[cut:]
        if word_key(rest[0]) == "and":
            # "College student and DREAMer Ana Ruiz-Vela": a second description joined
            # to the role runs on to the name, which opens with a known first name.
            # After an acronym made a noun (`DREAMer`, `GOPers`), a description and no
            # name's word, the name may also start with an initial or a first name the
            # lexicon does not know.
            start = next(
                (
                    j
                    for j in range(2, len(rest) - 1)
                    if (
                        first_name_gender(rest[j]) is not None
                        # a name after it, whatever its first word: an acronym made a
                        # noun is a description and no name's word (`DREAMer Lisdy Roe`)
                        or _ACRONYM_NOUN.fullmatch(rest[j - 1])
                    )
                    and _plain_name(rest[j:])
                ),
                None,
            )
            if start is not None and len(rest) - start <= 4:
                role_words += rest[:start]
                rest = rest[start:]
        role = " ".join(role_words).strip(" ,") or None
        name = _trim_connectors(rest)
        return (role, name) if name else (None, words)
    if (
        3 <= len(words) <= 4
        and _ACRONYM_NOUN.fullmatch(words[0])
        and (first_name_gender(words[1]) is not None or is_initial(words[1]))
        and _plain_name(words[1:])
    ):
        # "DREAMer Ana Ochoa-Brant": an acronym made a noun describes the person named
        # after it by a known first name or an initial; a brand's run (`USAir Flight
        # Ops`, `UPSer Stores Inc`) stays whole.
        return words[0], words[1:]
    served = next(
        (i for i in range(len(words) - 3, -1, -1) if word_key(words[i]) in _SERVICE_TITLES), None
    )
    if served is not None:
        rest = words[served + 1 :]
        if (
            len(rest) <= 3
            and first_name_gender(rest[0]) is not None
            and word_key(rest[0]) not in _NOT_ROLE
            and _plain_name(rest)
            # `Inspector Rose Avila Associates`: a firm's or a body's name
            and not any(word_key(w) in ORG_WORDS | _FIRM_WORDS for w in rest)
        ):
            # "Agent Tod Avila", "State Trooper Ann Holt": a service's title before a
            # first name and a surname; `Agent Orange`, `Trooper Avila` stay whole.
            return " ".join(words[: served + 1]), rest
    slip = _misspelt_role_at(words)
    if slip:
        # "Lincoln Middle School Pricipal Tom Brook": a body's name, a role word spelt
        # one slip off, then a full name; the role is everything before the name.
        return " ".join(words[:slip]), words[slip:]
    if (
        len(words) >= 3
        and (word_key(words[0]) in ORG_WORDS or word_key(words[0]) in _DEPARTMENT_SUBJECTS)
        and first_name_gender(words[1]) is not None
        and word_key(words[1]) not in _NOT_ROLE
        and _plain_name(words[1:])
    ):
        # "Interior Ken Salazar", "Congress Mike Conaway": the last word of an office or
        # a body (`Secretary of the Interior`) before a full name, no part of it.
        return words[0], words[1:]
    body = body_before_name(words)
    if body:
        # "House Budget Committee Ann Roe": a body's name run into a full name, its
        # role word left out; the body is the role.
        return " ".join(words[:body]), words[body:]
    return None, words


def drop_place_after_name(words: list[str]) -> list[str]:
    """`Kenneth R. Fletcher Delta Township` (the place of a role, `… Township
    Supervisor`, left after its holder's name once the role word is cut) → `Kenneth R.
    Fletcher`: a first name, its initials and one surname, then one or two words ending
    in a settlement's word. A bare capital (`Tod Q Vail`) is an initial. Unchanged (so
    no value) when where the name ends is unsure: the surname may be a second first name,
    a particle opening a longer surname (`Ann K. De Leon Elm City`), a suffix would be cut
    off (`Tod R. Vail Jr. Elm County`), or the place has three words, whose first may be
    the name's second surname (`Ann K. Holt Smith Park City`)."""
    if len(words) < 4 or word_key(words[-1]) not in _SETTLEMENT_WORDS:
        return words
    if not person_evidence(words):
        return words
    m = 1
    while m < len(words) and (is_initial(words[m]) or _BARE_INITIAL.fullmatch(words[m])):
        m += 1
    if len(words) - (m + 1) != 2:
        return words
    if first_name_gender(words[m]) and not (
        is_initial(words[m - 1]) or _BARE_INITIAL.fullmatch(words[m - 1])
    ):
        return words  # `Mary Beth Holt Delta Township`: where the surname is is unsure
    if word_key(words[m]) in PARTICLES or any(word_key(w) in SUFFIXES for w in words[m + 1 :]):
        return words
    return words[: m + 1]


_BARE_INITIAL = re.compile(r"[A-Z]")


def place_after_name(words: list[str]) -> bool:
    """A person's name with a place run into it, ending in a settlement's word (`Ann Lee
    Palm Beach County`, `Mary Beth Oak Township`), which `drop_place_after_name` could not
    cut off: no name as it stands."""
    return len(words) >= 4 and word_key(words[-1]) in _SETTLEMENT_WORDS and person_evidence(words)


def surname_before_place(words: list[str]) -> str | None:
    """`Mary Beth Holt Oak Township`: two first names, a word that is no first name and
    two words of a place. `Holt` is the surname if `Beth` is a second first name, but
    `Beth` may be the surname and the third word the place's first (`Ann Lee Palm Beach
    County`): the word the caller cuts after only when the text names the person by it
    alone elsewhere (`Holt said`); None for other shapes."""
    if (
        len(words) == 5
        and word_key(words[-1]) in _SETTLEMENT_WORDS
        and person_evidence(words)
        and first_name_gender(words[1])
        and not first_name_gender(words[2])
        and word_key(words[2]) not in PARTICLES
        and word_key(words[2]) not in SUFFIXES
        and words[2][:1].isupper()
    ):
        return words[2]
    return None


def _place_pair(first: str, second: str) -> bool:
    """Two words of a place's name (`New York`, `South Carolina`, `West Virginia`): the
    second is no first name opening a person's name, whatever the lexicon says."""
    return word_key(first) in PLACE_WORDS and word_key(second) in PLACE_WORDS


def _misspelt_role_at(words: list[str]) -> int:
    """Where a full name starts after a body's name and a word one slip off a role word
    of seven letters or more (`Harbor High School Pricipal Tom Brook` → 4), else 0. Only
    between a body's last word (`School`, `Committee`) and a name that opens with a known
    first name: a surname spelt like a role word stands elsewhere."""
    for k in range(len(words) - 3, 1, -1):
        rest = words[k + 1 :]
        if len(rest) > 3 or word_key(words[k - 1]) not in ORG_WORDS | _BODY_ENDS:
            continue
        if (
            _misspelt_role(words[k])
            and first_name_gender(rest[0]) is not None
            and word_key(rest[0]) not in _NOT_ROLE
            and _plain_name(rest)
            and all(w[:1].isupper() for w in words[:k])
        ):
            return k + 1
    return 0


@functools.lru_cache(maxsize=4096)
def _misspelt_role(word: str) -> bool:
    """`Pricipal`, `Dirctor`: one letter added, dropped or changed, or two neighbours
    swapped, away from a role word of seven letters or more, its first two letters kept,
    and itself no role word, given name or word the lists know."""
    low = word_key(word)
    if len(low) < 7 or not low.isalpha() or not word[:1].isupper():
        return False
    if low in ROLE_WORDS or first_name_gender(word) is not None:
        return False
    if low in ORG_WORDS | TITLE_WORDS | PLACE_WORDS | NOT_NAME_WORDS:
        return False
    return any(
        len(r) >= 7 and r[:2] == low[:2] and abs(len(r) - len(low)) <= 1 and _one_slip(low, r)
        for r in _LONG_ROLE_WORDS
    )


def body_before_name(words: list[str]) -> int:
    """Where the full name starts in a body's name run into it with no role word
    (`House Budget Committee Ann Roe` → 3), else 0. The reading holds only where the
    name ends the mention (`… Ann Roe said`, `… Ann Roe of Ohio,`): the caller checks
    the words after it (`the committee Ann Roe leads said` is the committee's)."""
    body = next(
        (
            k
            for k in range(len(words) - 3, 0, -1)
            if word_key(words[k]) in _BODY_ENDS and words[k][:1].isupper()
        ),
        None,
    )
    if body is None or len(words) - body - 1 > 3:
        return 0
    rest = words[body + 1 :]
    if (
        first_name_gender(rest[0]) is not None
        and word_key(rest[0]) not in _NOT_ROLE
        and _plain_name(rest)
        and all(w[:1].isupper() or _joins_body(words, k) for k, w in enumerate(words[:body]))
    ):
        return body + 1
    return 0


def _joins_body(words: list[str], k: int) -> bool:
    """A lower-case word of a body's name or of the role held in it: `and` joining two
    capitalised words (`Ways and Means Committee`), none of them a first name (`Ann Holt
    and …` begins with a person, no body); `on`, `of`, `the` after a party's word
    (`Democrat on the Harbor Committee`). Not after a role word: `Chairman of the Board Tod
    Vail` is a role and a name (`split_role`), the person speaking."""
    low = word_key(words[k])
    if low in ("and", "&"):
        return (
            0 < k
            and words[k - 1][:1].isupper()
            and words[k + 1][:1].isupper()
            and first_name_gender(words[0]) is None
        )
    return low in ("on", "of", "the") and 0 < k and word_key(words[0]) in _PARTY_WORDS


# The last word of a body's name (`House Budget Committee`, `Lakeport School Board`).
_BODY_ENDS = frozenset("committee subcommittee caucus commission board council".split())
_ROLE_CONNECTORS = frozenset("in of to for at on".split())
# Connectors after which a role names where it is held (`Major in the Army Reserve`),
# not the office a surname alone is titled by (`Secretary of Defense Mattis`).
_WHERE_SERVED = frozenset("in at".split())
# Role words long enough that a word one slip off them is a slip, not another word.
_LONG_ROLE_WORDS = frozenset(r for r in ROLE_WORDS if len(r) >= 7 and r.isalpha())
# Ranks and the bench, which the first-name lexicon also lists (`General`, `Judge`), so a
# name keeps them before a surname alone (`General Tobin`); the speaker's value puts them
# in its role (`importers.speakers.rank_apart`).
RANKS = frozenset(
    """general judge justice admiral colonel captain sergeant lieutenant commander gen gen.
    adm adm. col col. capt capt. sgt sgt. lt lt. cmdr cmdr. maj maj. brig brig.""".split()
)
_SAINT = frozenset("St. Ste.".split())


def _written_as_suffix(word: str) -> bool:
    """A suffix as written after a name (`Jr.`, `III`, `MD`, `Esq.`), not a surname that
    nameparser's list of degrees also holds (`Meng`, `Ing`, `Erd`: capitalised words)."""
    low = word_key(word)
    if low not in SUFFIXES:
        return False
    return (
        generation(word) is not None
        or low.rstrip(".") in ("esq", "esquire", "junior", "senior", "ret")
        or not (len(word) > 2 and word[0].isupper() and word[1:].isalpha() and word[1:].islower())
    )


def _possessive(word: str) -> bool:
    """`Women’s` in "President of Lakeport Women’s Health Fund": what follows it is
    part of an organisation's name, no titled surname."""
    return bool(_POSSESSIVE.search(word))


_ONE_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial, one letter
# An acronym made a noun of agents or a plural (`DREAMer`, `GOPers`), not a brand
# (`USAir`).
_ACRONYM_NOUN = re.compile(r"[A-Z]{3,}(?:ers?|s)")


def plain_name(words: list[str]) -> bool:
    """Words that can only be a name: no organisation, place, title or -ing word."""
    return _plain_name(words)


def _plain_name(words: list[str]) -> bool:
    """Words that can only be a name: no organisation, place, title or -ing word."""
    return all(
        is_name_word(w)
        and not word_key(w).endswith("ing")
        and word_key(w) not in ORG_WORDS | TITLE_WORDS | PLACE_WORDS | NOT_NAME_WORDS
        and word_key(w) not in _DEPARTMENT_SUBJECTS
        for w in words
    )


# What a department or secretary is of: "Secretary of Defense Mattis" is no "Defense Mattis".
_DEPARTMENT_SUBJECTS = frozenset(
    """defense state treasury commerce labor energy interior agriculture justice education
    transportation health homeland security veterans housing infrastructure aviation
    environment development""".split()
)


def _trim_connectors(words: list[str]) -> list[str]:
    while words and word_key(words[0]) in {"of", "the", "and", "in", "for", "to", "at"}:
        words = words[1:]
    while words and word_key(words[-1]) in {"of", "the", "and", "in", "for", "to", "at", ","}:
        words = words[:-1]
    return words


# What parts the names of a list: a comma (with `and` or `&` after it, or not), or `and`
# or `&` alone (`Ann Roe, Ben Fisk, & Cal Dunn`, `Amy Klobuchar and Al Franken`).
LIST_SEPARATOR = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def split_joint(words: list[str]) -> list[list[str]] | None:
    """`Amy Klobuchar and Al Franken` (or `Ann Roe, Ben Fisk, & Cal Dunn`) → [[Amy,
    Klobuchar], [Al, Franken]]; None when the words are one name (an organisation's "and"
    included: "Ways and Means Committee")."""
    text = " ".join(words)
    if "," not in text and "and" not in text and "&" not in text:
        return None  # nothing to split at (most runs): no pattern to run
    parts = [p.split() for p in LIST_SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    if any(word_key(w) in ORG_WORDS for p in parts for w in p):
        return None
    if not all(all(is_name_word(w) for w in p) for p in parts):
        return None
    return parts


# Kin nouns and the sex each tells (None: either), in the singular: the one lexicon the kin
# rules of quotes.py, speakers.py and release_head.py read, each through a named subset.
KIN_SEX: dict[str, str | None] = {
    **dict.fromkeys(
        """father son husband brother widower nephew uncle grandfather grandson stepson
        dad""".split(),
        "m",
    ),
    **dict.fromkeys(
        """mother daughter wife widow sister niece aunt grandmother granddaughter
        stepdaughter mom""".split(),
        "f",
    ),
    **dict.fromkeys("spouse partner parent child cousin".split()),
}
# Parents, children, spouses, siblings and the widowed: the kin a surname is shared with
# and an `and his/her` pair is made of (`Holt’s son, Tod Holt`).
IMMEDIATE_KIN = frozenset(
    "father mother son daughter husband wife brother sister widow widower".split()
)
# Every kin noun of one sex but the familiar `mom`/`dad`: the unnamed kin of a named person
# (`The father of Ada Marsh testified. He said:`) and their sex, and the kin a surname's
# possessive sets off (`Holt’s nephew, Tod Holt`).
CLOSE_KIN = frozenset(n for n, sex in KIN_SEX.items() if sex is not None) - frozenset(
    "mom dad".split()
)
# Kin nouns with no sex that name somebody only before `of` (`the parent company`, `the
# child care bill` are no kin) or as one's own (`her partner`).
KIN_OF_ONLY = frozenset("parent child spouse cousin".split())
# The familiar words for parents (`mom`, `dad`), written in a release's own narration.
FAMILIAR_KIN = frozenset("mom dad".split())
# Kin whose regular plural a pattern also takes (`sons of`, `his brothers`).
PLURAL_KIN = frozenset("son daughter brother sister".split())


def kin_alternation(nouns: frozenset[str] | set[str]) -> str:
    """A regular-expression alternation of `nouns`, longest first, each of `PLURAL_KIN`
    also in the plural (`sons?`)."""
    return "|".join(
        f"{n}s?" if n in PLURAL_KIN else n for n in sorted(nouns, key=lambda n: (-len(n), n))
    )


# Words that qualify a head title after them (`Chief … Officer`, `Deputy … Director`).
_TITLE_QUALIFIERS = frozenset("chief deputy assistant associate senior acting executive".split())


# Fields an office's title names (`Chief Water and Wildlife Officer`, `Chief Financial
# and Operating Officer`, `Deputy Parks and Trails Director`): common nouns and
# adjectives, never a place, a body or a level of government (`County`, `State`, `Fire`,
# `Police`, `Harbor`, `Board`), which title a second person (`Chief Orwin and County
# Executive Tod Vail`).
_TITLE_FIELDS = (_DEPARTMENT_SUBJECTS - {"state", "homeland"}) | frozenset(
    """water wildlife parks trails recreation forestry fisheries conservation resources
    financial finance operating operations information technology medical legal science
    scientific research data privacy compliance risk investment investments academic
    administrative nursing digital marketing communications human planning budget revenue
    accounting audit procurement diversity equity inclusion sustainability environmental
    innovation strategy strategic integrity ethics advocacy engagement quality safety people
    culture talent growth product policy business customer experience programs
    partnerships""".split()
)


def _title_field(word: str) -> bool:
    """A field of a title that cannot be a person's name: a known field, not a given
    name (`Forest`) nor a place the gazetteer knows (`Commerce`). Never a noun read by
    its ending: surnames end as fields do (`Garrity`, `Couture`, `Osment`)."""
    return (
        word_key(word) in _TITLE_FIELDS
        and first_name_gender(word) is None
        and not places.is_known(word)
    )


def _title_words(word: str) -> bool:
    """A word before a title's head after its `and` (`Patient` of `Chief Nursing and
    Patient Care Officer`): a capitalised common word, no given name, place, body, level
    or tense (`County`, `Board`, `former`), which title a second person."""
    key = word_key(word)
    return (
        word[:1].isupper()
        and word.isalpha()
        and key not in ORG_WORDS
        and key not in PLACE_WORDS
        and first_name_gender(word) is None
        and not places.is_known(word)
    )


def field_pair_in_title(parts: list[list[str]]) -> bool:
    """`Chief Water and Wildlife Officer Tom Holt` parted at `and`: a qualifying title
    and a known field, then one to three words before a title: the `and` joins two
    fields inside one title (`Chief … Officer`), not two people. A word after the
    qualifier that is no known field (`Chief Orwin and Wildlife Officer Tod Vail`,
    `Chief Garrity and Fire Marshal Tod Vail`) or a second part titled by a place, a
    body, a level or a tense (`County Executive`, `former Commissioner`) is two people."""
    if len(parts) != 2 or len(parts[0]) < 2 or word_key(parts[0][-2]) not in _TITLE_QUALIFIERS:
        return False
    first, second = parts[0][-1], parts[1]
    if not _title_field(first):
        return False
    k = 0
    while k < len(second) and not is_role_word(second[k]):
        k += 1
    if not 0 < k <= 3 or k == len(second):
        return False
    # Words before the qualifier (`Elm Caucus Chief Water and …`) may make it a title
    # of its own with a surname after it (`Police Chief Justice and Fire Marshal Tod
    # Vail`): then the field is no title word itself.
    if len(parts[0]) > 2 and is_role_word(first):
        return False
    return all(_title_field(w) or _title_words(w) for w in second[:k])


def has_possessive(words: list[str]) -> bool:
    return any(_POSSESSIVE.search(w) and len(w) > 2 for w in words)


def person_shape(words: list[str], *, titled: bool = False) -> bool:
    """Every word could belong to a person's name, and none says otherwise. `titled`: the
    text writes a personal title or role before it (`Mr. Gillians`, `Major Tod Rocket`)."""
    if not words or len(words) > 5 or has_possessive(words):
        return False
    if not any(w[0].isupper() and not is_initial(w) for w in words):
        return False
    if len(words) > 1 and places.state_or_country(" ".join(words)):
        # "Nova Scotia", "Sierra Leone": a province's or a country's name (not every
        # province of the world: "Diego Martin" is a person too)
        return False
    # A surname may be an ordinary word ("Eric Hall", "Allen West", "Ann Lake") once a
    # first name vouches for it; without one, such words make it a place or a title.
    vouched = person_evidence(words)
    # a given name (no place's) right before the last word: `Ann Compact`, `Tod Rocket`
    given = len(words) > 1 and bool(first_name_gender(words[-2])) and not a_place_name(words[-2:-1])
    if word_key(words[-1]) in BILL_ENDS and len(words) > 1:
        if not (given and word_key(words[-1]) in _WRITING_ENDS):
            return False  # `Mayflower Compact`; `Ann Compact` may be a person
    if word_key(words[-1]) in _CRAFT_ENDS and len(words) > 1 and not (given and titled):
        return False  # "the Ares Rocket … He added": a craft; `Major Tod Rocket` is not
    if len(words) == 1 and _ACRONYM_NOUN.fullmatch(words[0]):
        return False  # "explained one DREAMer": an acronym made a noun describes somebody
    if all(is_role_word(w) for w in words) or word_key(words[-1]) in _GROUPS:
        return False  # "Counsel", "Chairman": a role, its holder unnamed; "Democrats"
    if len(words) > 1 and word_key(words[-1]) in _KIN_GROUPS:
        return False  # "the Vail Family said": a household named by its surname, no one person
    if len(words) > 1 and word_key(words[-1]) in COMMON_ROLES | RANKS and not vouched:
        # "Harbor Works President": a company's role, its holder unnamed; "National
        # Sergeant" cut out of `Sergeant at Arms`: a rank after no first name
        return False
    if len(words) > 1 and word_key(words[-1]).rsplit("-", 1)[-1] in _ROLES_NOT_SURNAMES:
        return False  # "Kirk Spokesperson", "Joe Wilson Co-Chair": a role after the name
    if (
        len(words) > 1
        and word_key(words[-1]) == "mayor"
        and (len(words) > 2 or a_place_name(words[:-1]))
    ):
        # "Warren Mayor", "Jim Fouts Mayor": a city's mayor, or a role after a full name;
        # a first name and `Mayor` is a surname (`Federico Mayor`).
        return False
    if word_key(words[0]) in _PARTY_WORDS:
        return False  # "Republican Lead", "Democratic Leader": a party's role, no name
    if word_key(words[0]) in _STORMS:
        return False  # "Hurricane Maria", "Typhoon Haiyan": storms take people's names
    if (
        len(words) == 1
        and (_DEMONYM.search(words[0]) or (not titled and _PEOPLE.search(words[0])))
        and not first_name_gender(words[0])
    ):
        # "Ukrainian", "Lebanese", "Americans", "Rican" (of `Puerto Rican`): a
        # nationality or its people, nobody's name; a titled one is a surname
        # (`Mr. Gillians`, `Sen. Varican`)
        return False
    if len(words) == 2 and is_initial(words[0]) and word_key(words[1]) in _ADDRESS_TITLES:
        return False  # "Well, M. Speaker, …": `Mister`/`Madam` cut short before an office
    if word_key(words[-1]) in _PROGRAMMES:
        return False  # "Medicare claims indicate …": a programme, nobody's name
    for k, w in enumerate(words):
        low = word_key(w)
        if low in NOT_NAME_WORDS or low in ORG_WORDS or low in _SPEECH_WORDS:
            return False  # "Added Ryan": a sentence's verb run into the name
        if k == 0 and low in PLACE_PREFIXES:
            return False
        surname = vouched and k == len(words) - 1 and len(words) <= 3
        place = low in PLACE_WORDS or low in CAPITALS
        if not surname and (low in TITLE_WORDS or place) and not (vouched and k == 0):
            if not (vouched and 0 < k and _ONE_INITIAL.fullmatch(w)):
                return False  # "S." of a bill is a title word; "Marco S. Vance" a name
        if not is_name_word(w):
            return False
    if len(words) > 1 and is_us_city(words) and not _city_or_person(words):
        return False  # "Long Beach received …", "Sterling Heights": a city, not a person
    # "Van Hollen" alone is a surname; "Al Franken" has a first name that is a particle too.
    return (
        word_key(words[0]) not in PARTICLES or len(words) > 2 or first_name_gender(words[0]) == "m"
    )


# Offices a chamber addresses by `Mister` or `Madam`, which a transcript may cut to `M.`.
_ADDRESS_TITLES = frozenset("speaker president chairman chairwoman chair".split())
# Words before a storm's name, which is a person's first name (`Hurricane Maria`).
_STORMS = frozenset("hurricane superstorm typhoon cyclone tropical".split())
# Last words of a city's name that name a kind of settlement and end no person's name.
_SETTLEMENT_WORDS = frozenset("beach heights township city village borough county parish".split())


def _city_or_person(words: list[str]) -> bool:
    """Whether a US city's name may be a person's too: a first name given in the United
    States opens it and no settlement word ends it (`Morgan Hill`, `Carol Stream`,
    `Beverly Hills` are people as well; `Sterling Heights`, `Clinton Township`, and `Des
    Moines` or `Long Beach`, whose first words are first names only elsewhere, are not)."""
    return word_key(words[-1]) not in _SETTLEMENT_WORDS and us_first_name(words[0])


@functools.lru_cache(maxsize=1024)
def us_first_name(word: str) -> bool:
    """Whether the first-name lexicon counts `word` among the names given in the US."""
    if first_name_gender(word) is None:
        return False
    detector = _gender_detector()
    column = detector.COUNTRIES.index("usa")
    found = detector.names.get(word.lower(), {})
    return any(values[column] != " " for values in found.values())


@functools.lru_cache(maxsize=4096)
def either_sex(first: str) -> bool:
    """Whether the first-name lexicon counts `first` among the names given to men and
    women alike in the US or in Britain (`Paris`, `Casey`): where English is written its
    sex is a guess. A name it has no count for there (`Tomas`) is not one of them."""
    detector = _gender_detector()
    either = detector.names.get(first.strip(".,’'").lower(), {}).get("andy")
    if either is None:
        return False
    where = [detector.COUNTRIES.index(c) for c in ("usa", "great_britain")]
    return any(ord(either[k]) - 32 > 0 for k in where)


def weak_first_name_gender(first: str) -> bool:
    """Whether the lexicon calls `first` only mostly one sex, or either (`Taylor`)."""
    answer = str(_gender_detector().get_gender(first.strip(".,’'")))
    return answer.startswith("mostly") or answer == "andy"


@functools.lru_cache(maxsize=1024)
def common_first_name(word: str) -> bool:
    """A first name the lexicon knows as given in the US or in three countries or more:
    not a word it lists from one or two countries' records alone (`Ideal`, `Key`)."""
    if us_first_name(word):
        return True
    found = _gender_detector().names.get(word.lower(), {})
    return any(sum(c != " " for c in values) >= 3 for values in found.values())


def a_place_name(words: list[str]) -> bool:
    """A place's name: a US city of the gazetteer, a state or a capital."""
    low = word_key(" ".join(words))
    return low in PLACE_WORDS or low in CAPITALS or is_us_city(words)


def is_us_city(words: list[str]) -> bool:
    """Whether the words are the own name of a city of the United States in the
    gazetteer (`places`: GeoNames cities of 15,000 people or more)."""
    from importers import places

    name = " ".join(words)
    found = places._cities().get(places.place_key(name), ())  # noqa: SLF001
    return any(city.name == name and city.country == "US" for city in found)


_RUN_INTO = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{3,})|(?<=[a-z])(?=\d)")


def cut_run_together(words: list[str]) -> list[str]:
    """`Barack ObamaPresident`, `Energy and Commerce2125 Rayburn …`: a name run into the
    next word of a page (a role, an organisation, a place, a number, a word that opens a
    sentence or qualifies a role: `David PriceToday`, `Jeff ZientsActing`) ends where the
    next word begins; a role run into the name (`CongressmanDavid E. Price`) is a word of
    its own. A name with a capital inside (`VanderMeer`) is kept."""
    if not _RUN_INTO.search(" ".join(words)):
        return words  # nearly every name: one search, not one a word
    for k, w in enumerate(words):
        for m in _RUN_INTO.finditer(w):
            tail = re.match(r"[A-Za-z]+", w[m.start() :])
            low = tail.group().lower() if tail else ""
            if (
                not tail
                or low in ROLE_WORDS
                or low in ORG_WORDS
                or low in PLACE_WORDS
                or (low in CAPITALS)
                or ((low in NOT_NAME_WORDS or low in _NOT_ROLE) and _after_first_name(words, k))
            ):
                head = w[: m.start()]
                return words[:k] + ([head] if head else [])
    out: list[str] = []
    for k, w in enumerate(words):
        glued = _RUN_INTO.search(w)
        given = w[glued.start() :] if glued else ""
        if glued and given.isalpha() and _title_glued(w[: glued.start()], given):
            out += [w[: glued.start()], given]  # `CongressmanDavid`, `SenatorCoons`
            continue
        prev = words[k - 1] if k else ""
        if k == 0 or is_role_word(prev) or word_key(prev) in ("and", "u.s.") or prev.endswith(","):
            out += _split_glued_name(w)  # `Congressman BobbyScott`: no first name before
        else:
            out.append(w)
    return out


# Titles written only before a person's name: glued to the next word, that word is the
# name (`SenatorCoons`, `DirectorOuida`), where `Master` and `Head` begin brands too.
_NAME_TITLES = frozenset(
    """senator representative rep governor mayor director legislator councilman
    councilwoman commissioner secretary chairman chairwoman president""".split()
)


def _title_glued(head: str, tail: str) -> bool:
    """Whether a glued word is a title and the name after it: a role before a known
    first name (`CongressmanDavid`), or a title no brand begins with before any name
    (`CongressmanFitzpatrick`); `MasterCard` and `HeadStart` stay whole."""
    if not is_role_word(head):
        return False
    low = word_key(head)
    return low in _NAME_TITLES or bool(_CONGRESS_ROLE.fullmatch(low)) or us_first_name(tail)


def _after_first_name(words: list[str], k: int) -> bool:
    """Whether `words[k]` is a surname after a first name and an optional initial, or
    after a title (`David PriceToday`, `David E. PriceToday`, `Rep. PriceToday`): a name
    run on into a sentence's or a role's next word. A word alone (`MarketWatch`,
    `WeatherBench`) is a name of its own."""
    j = k - 1
    if j >= 1 and re.fullmatch(r"[A-Z]\.", words[j]):
        j -= 1
    return j >= 0 and (first_name_gender(words[j]) is not None or is_role_word(words[j]))


_GLUED_NAME = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{2,})")


def _split_glued_name(word: str) -> list[str]:
    """`MikeTurner`, `EarlBlumenauer`: a first name and a surname written without the
    space between them. The first part must be a first name given in the US, of four
    letters or more, so that `DelBene`, `LaHood`, `MacArthur` stay whole."""
    glued = _GLUED_NAME.fullmatch(word)
    if glued is None or first_name_gender(glued[1]) is None or not us_first_name(glued[1]):
        return [word]
    if word_key(glued[2]) in NOT_NAME_WORDS or word_key(glued[2]) in _NOT_ROLE:
        return [word]  # `JohnsonToday`: a word run into the next, no first name and surname
    if first_name_gender(glued[1]) == "f" and first_name_gender(glued[2]) == "f":
        return [word]  # `MaryAnne`, `RoseMarie`: one given name of two
    return [glued[1], glued[2]]


def is_opener(word: str) -> bool:
    """A capitalised participle opening a sentence ("Joining", "Following"),
    not a first name ("Sterling") nor a title's word ("Ranking Member")."""
    return (
        word.endswith("ing")
        and bool(_OPENER_WORD.fullmatch(word))
        and first_name_gender(word) is None
        and not is_role_word(word)
    )


_OPENER_WORD = re.compile(r"[A-Z][a-z]{3,}ing")


def drop_affiliation(words: list[str]) -> list[str]:
    """`Rosaly Lopes of the Jet Propulsion Laboratory` → `Rosaly Lopes`: a person's name
    followed by where they work."""
    for k, w in enumerate(words):
        if k >= 2 and word_key(w) in {"of", "at", "from"}:
            head, tail = words[:k], [word_key(t) for t in words[k + 1 :]]
            named = person_evidence(head) or k <= 3 and _plain_name(head)
            if named and person_shape(head) and any(t in ORG_WORDS for t in tail):
                return head
            if person_evidence(head) and person_shape(head):
                return head
            break
    return words


def split_run_together(words: list[str]) -> list[str]:
    """`David G. Reichert Bill Pascrell` (two captions' names run together) → the last
    name; a first name after a surname starts another person."""
    if len(words) < 4:
        return words
    for k in range(len(words) - 2, 1, -1):
        prev = words[k - 1]
        if (
            first_name_gender(words[k])
            and prev[0].isupper()
            and is_name_word(prev)
            and not has_possessive([prev])
            and not is_initial(prev)
            # A surname that is a first name too (`Carter`) after a middle initial:
            # `Earl L. Carter Mark DeSaulnier` is two people.
            and (not first_name_gender(prev) or _ONE_INITIAL.fullmatch(words[k - 2]))
            and word_key(prev) not in PARTICLES
            and not _place_pair(prev, words[k])
            # `Ann Holt Oak Township Supervisor`: a first name before a settlement's
            # word opens a place (`Oak Township`), not another person.
            and word_key(words[k + 1]) not in _SETTLEMENT_WORDS
            # `Chief of Staff to Governor Ivo Brandt`: a title before the first name is
            # the served person's, no surname of a name run into theirs
            and not (is_role_word(prev) and word_key(words[k - 2]) == "to")
        ):
            return words[k:]
    if (
        len(words) == 4
        and all(
            is_name_word(w) and not is_initial(w) and word_key(w) not in PARTICLES for w in words
        )
        and first_name_gender(words[0])
        and first_name_gender(words[2])
        # `Ann Holt's Floor Speech`: what a name's possessive owns is no second name
        and not has_possessive(words[:2])
        and not any(word_key(w) in SUFFIXES for w in words)
        and word_key(words[3]) not in _SETTLEMENT_WORDS
    ):
        return words[2:]  # "Tim Ryan Tom Reed": a surname that is a first name too
    return words


# Role words that are nobody's surname (unlike King, Bishop, Judge, Farmer, Head): after
# a name they are a role or a heading's words, never the name's last word.
_ROLES_NOT_SURNAMES = frozenset(
    """president spokesperson spokesman spokeswoman chair chairman chairwoman
    chairperson coordinator chief director secretary superintendent administrator
    commissioner ceo cfo coo cto founder senator congressman congresswoman governor
    treasurer""".split()
)
# Health programmes and laws written as one capitalised word, named like people.
_PROGRAMMES = frozenset("medicare medicaid obamacare trumpcare tricare romneycare".split())
# Last words that make capitalised words a bill, a programme or an event, whatever
# stands before them.
BILL_ENDS = frozenset(
    """act acts legislation resolution resolutions amendment amendments program programs
    programme
    initiative initiatives award awards prize medal record conference summit festival
    forum h.r. h.r agreement
    agreements treaty accord address report plan ordinance ordinances regulation
    regulations statute
    oath oaths constitution preamble pledge psalm proverb gospel scripture scriptures
    commandment commandments compact covenant manifesto declaration""".split()
)
# Words of a writing in BILL_ENDS that a surname may also be (`Ann Compact`).
_WRITING_ENDS = frozenset("compact covenant manifesto declaration".split())
# Last words of a craft's name (`Ares Rocket`, `Trident Missile`), which a pronoun never
# means; a person's name ends so only with a title and a given name (`Major Tod Rocket`).
_CRAFT_ENDS = frozenset("rocket rockets missile missiles spacecraft satellite satellites".split())


def person_evidence(words: list[str]) -> bool:
    """A known first name or an initial opens the name: "Amy Klobuchar", "E. Jean Holt"."""
    return bool(words) and (
        is_initial(words[0])
        or first_name_gender(words[0]) is not None
        and word_key(words[0]) not in _NOT_ROLE
    )  # "Vice President" opens with no first name, whatever a lexicon of names says


def org_shape(words: list[str]) -> bool:
    """A capitalised phrase headed by an organisation word, and no bill or event."""
    if not words or len(words) > 9:
        return False
    lows = [word_key(w) for w in words]
    # The test that settles most runs (a person's name holds no organisation word)
    # first: every test before the last only rules a phrase out.
    if not any(w in ORG_WORDS or w.rstrip(".") in ORG_WORDS for w in lows):
        return False
    if has_possessive(words):
        return False
    # "New" opens a place's name too: "New York Times", "New Jersey Education Association".
    opener = lows[0] in NOT_NAME_WORDS and lows[0] not in ("the", "new")
    if opener or any(w in TITLE_WORDS for w in lows):
        return False
    if len(words) == 1 and lows[0] in GENERIC_ORG_HEADS:
        return False  # "Administration", "Committee": which one is not said
    if all(w in GENERIC_ORG_HEADS or w in _GENERIC_QUALIFIERS for w in lows):
        return False  # "National Commission", "U.S. Congress", "the Federal Government"
    if any(is_role_word(words[k]) and lows[k + 1] in _ORG_LOWER for k in range(len(words) - 1)):
        return False  # "Chief Administrative Officer for the United States Congress"
    if is_role_word(words[-1]) or lows[-1] in _ORG_LOWER or lows[-1] in _GROUPS:
        return False  # "Judiciary Committee Chairman": a role, its holder unnamed
    if lows[-1] in _PARTY_WORDS and len(words) > 1:
        return False  # "House Democratic", "Senate Republican": a caucus's words run short
    if len(words) > 1 and lows[0] in _PARTY_WORDS and all(w in _BRANCHES for w in lows[1:]):
        return False  # "Republican Congress", "Democratic Senate": a party's hold on a branch
    if all(w in _PLACE_ORG_WORDS for w in lows if w in ORG_WORDS or w.rstrip(".") in ORG_WORDS):
        return False  # "Morris County", "Fourth Congressional District": places
    if len(words) > 1 and all(w.isupper() for w in words if w.isalpha()):
        # "HOUSE GOP IGNORES REAL ISSUES": a heading in capitals, unless every word is an
        # organisation word or an acronym ("NRA", "AFL-CIO").
        if not all(w in ORG_WORDS or w in _ORG_LOWER or len(w) <= 4 for w in lows):
            return False
    if any(_GLUED.search(w) for w in words):
        return False  # "Commerce2125", "BuildingWashington": words of a page run together
    if any(w.endswith("The") for w in words[1:]) or words[0].endswith("The") != (words[0] == "The"):
        # "Cairo The U.S. Embassy", "Vet Voice Foundation The Vet Voice Foundation": a
        # heading or a caption run into the next sentence's subject, two phrases.
        return False
    if "and" in lows or "&" in lows:
        # "House and Senate" is two bodies, not one speaker; "Ways and Means Committee" is.
        k = lows.index("and") if "and" in lows else lows.index("&")
        if any(w in ORG_WORDS for w in lows[:k]) and any(w in ORG_WORDS for w in lows[k + 1 :]):
            return False
    return all(w[0].isupper() or w[0].isdigit() or word_key(w) in _ORG_LOWER for w in words)


def is_acronym(words: list[str]) -> bool:
    """ "EPA", "NASA": an organisation only as the subject of a speech verb."""
    return (
        len(words) == 1
        and bool(_ACRONYM.match(words[0]))
        and word_key(words[0]) not in NOT_NAME_WORDS
        and word_key(words[0]) not in PLACE_ACRONYMS
    )


PLACE_ACRONYMS = frozenset("dc us usa uk eu un nyc la".split())


_ORG_LOWER = frozenset("of for the and on in to at & de".split())
# Words that qualify an organisation word without saying which body it is.
_GENERIC_QUALIFIERS = frozenset(
    """the national federal state special joint select full standing permanent
    international american u.s. us united states new local entire whole""".split()
)
# Organisation words that are places: "Morris County" alone is a place, not a speaker.
_PLACE_ORG_WORDS = frozenset("county city state district town village borough parish".split())
# Party words: a role in front of a name ("Republican Rob Bishop"), never a speaker's
# last word ("House Democratic").
_PARTY_WORDS = frozenset("republican democratic democrat independent gop".split())
# A branch of government or its chamber, which a party's word before it describes as held
# by that party, naming no body of its own.
_BRANCHES = frozenset("congress senate house administration government majority".split())
# Titles of the police and of other services, which a first name and a surname follow
# (`Agent Tod Avila`); no role word alone, as `Agent Orange` or a surname after them is no
# person's name.
_SERVICE_TITLES = frozenset("agent trooper inspector patrolman patrolwoman".split())
# Words ending a firm's name that ORG_WORDS leaves out (`Rose Avila Associates`).
_FIRM_WORDS = frozenset("associates partners".split())
# Two words run together without a space: a letter before a digit, or a word of four
# letters or more running into a capitalised one.
_DEMONYM = re.compile(r"(?:ian|ese|ish)$")
# A people's plural or an `-ican` (`Americans`, `Rican`): no name unless titled.
_PEOPLE = re.compile(r"(?:ians|icans?)$")
_GLUED = re.compile(r"[a-z]\d|\d[A-Z]|[A-Z][a-z]{3,}[A-Z][a-z]{3,}")
_SPEECH_WORDS = frozenset(
    """said says added adds noted notes continued concluded stated explained asked
    replied responded remarked urged warned calls urges responds applauds announces
    introduces praises welcomes condemns reacts joins issues unveils names hosts honors
    secures hails commends demands denounces supports sponsors cosponsors opposes
    criticizes slams blasts speaks""".split()
)
# People in the plural are not one speaker: "House Democrats", "Senate Republicans".
_GROUPS = frozenset(
    """democrats republicans members lawmakers officials leaders senators representatives
    staff staffers residents voters witnesses experts panelists""".split()
)


# A household or kin after a surname: people together, whom no one name is.
_KIN_GROUPS = frozenset("family families household".split())


def is_group_word(word: str) -> bool:
    """A word for people in the plural or a party's (`Democrats`, `Members-Elect`,
    `Republican`): a group's word, never a person's name alone."""
    key = word_key(word)
    head, _, to_come = key.partition("-")
    if to_come in _TO_COME:
        key = head
    return key in _GROUPS or key in _PARTY_WORDS


def is_capital(words: list[str]) -> bool:
    return len(words) == 1 and word_key(words[0]) in CAPITALS
