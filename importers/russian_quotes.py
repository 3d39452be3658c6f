"""Quotes and speakers in Russian copy, speakers named in the nominative.

Russian copy sets a quote off with «ёлочки», „лапки“ or straight marks and attributes
it after a dash (`«…», — сказал министр.`), before a colon (`Лавров заявил: «…»`), or
with `По словам Захаровой, «…»`; reported speech runs `Как заявил Лавров, …` or
`Песков заявил, что …`. Names are inflected (`Захаровой`, `Пескова`), so every mention
is brought to the nominative with pymorphy3 (OpenCorpora dictionaries, shipped in the
`pymorphy3-dicts-ru` package) and matched to the fullest name the item gives the
person; surnames, role nouns (`дипломат`, `глава ведомства`) and pronouns resolve to
the person last named who fits.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Any

from search.model import AttributionMethod, Quote, Speaker

# Confidence per route, on the scale the English parser uses (importers.quotes).
CUE_NAME = 0.93  # a name at the cue
RESOLVED = 0.9  # a surname, role noun or pronoun at the cue, resolved to a person
CONTINUATION = 0.88  # the quote goes on after its attribution, or in the next paragraph
# A quoted phrase this short with no attribution is a name or a term, not speech.
TITLE_MAX_WORDS = 4

_lock = threading.Lock()
_analyzer: Any = None


def _morph() -> Any:
    global _analyzer
    with _lock:
        if _analyzer is None:
            import pymorphy3

            _analyzer = pymorphy3.MorphAnalyzer(lang="ru")
    return _analyzer


# -- word lists ------------------------------------------------------------------------

# Lemmas of verbs that introduce speech.
SPEECH_VERBS = frozenset(
    "сказать заявить отметить добавить подчеркнуть сообщить пояснить уточнить рассказать "
    "заметить указать констатировать напомнить признать считать полагать говорить "
    "заверить пообещать предупредить призвать написать ответить резюмировать добавлять "
    "отмечать заявлять подчёркивать подчеркивать сообщать настаивать утверждать "
    "признаться посетовать пожаловаться рассказывать объяснить высказаться "
    "прокомментировать подытожить убеждать убедить выразить обещать уверить "
    "процитировать цитировать акцентировать продолжить пишет писать доложить "
    "сообщать объяснять пояснять признавать напоминать уверять".split()
)
# Role nouns that stand for a person named earlier ("добавил дипломат").
ROLE_NOUNS = frozenset(
    "дипломат посол министр глава пресс-секретарь представитель президент премьер "
    "премьер-министр губернатор мэр замминистра заместитель директор председатель "
    "спикер лидер депутат сенатор генсек генеральный канцлер руководитель командующий "
    "постпред постоянный официальный вице-премьер вице-президент советник помощник "
    "политик глава политолог эксперт аналитик начальник министр секретарь "
    "госсекретарь сенатор премьер канцлер дипломатка собеседник агентства "
    "уполномоченный прокурор судья адвокат омбудсмен".split()
)
# A generic role noun fits a person whose own role has one of these words.
ROLE_FITS: dict[str, tuple[str, ...]] = {
    "дипломат": ("посол", "мид", "дипломат", "постпред", "консул", "иностранн", "госсекретар"),
    "министр": ("министр", "мид", "глава минобороны", "глава ведомства"),
    "глава": ("глава", "министр", "руководител", "директор", "председател", "президент"),
    "ведомства": ("министр", "глава", "руководител", "директор", "представител"),
    "политик": ("президент", "премьер", "министр", "депутат", "сенатор", "лидер", "глава"),
}
PRONOUNS = {"он": "masc", "она": "femn", "его": "masc", "её": "femn", "ее": "femn"}
# Words that are no names even when capitalised.
NOT_NAME_WORDS = frozenset(
    "россия рф сша кремль мид госдума совфед белый дом оон нато ес евросоюз украина "
    "москва вашингтон киев минобороны минфин мчс фсб пентагон госдеп госдепартамент "
    "по как это мы я вы они он она при в на об о также кроме при однако между после "
    "сегодня вчера ранее ведомство министерство правительство новости ria tass "
    "президент министр посол глава".split()
)
# Mentions of documents, not people: "говорится в заявлении", "сообщает пресс-служба".
DOCUMENT_CUE_RE = re.compile(
    r"(?i:говорится|сообщается|отмечается|подчеркивается|подчёркивается|указывается"
    r"|пресс-служб|сообщение|заявлени|документ|релиз|ведомств[ео]\b|министерств[ео]\b"
    r"|издани[ея]|газет[аы]|агентств[оа]\b)"
)

WORD_RE = re.compile(r"[А-Яа-яЁёA-Za-z][\w-]*(?:\.(?=[А-ЯЁA-Z]))?")
INITIALS_NAME_RE = re.compile(
    r"(?P<init>(?:[А-ЯЁ]\.\s?){1,2})\s?(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
)
DASH = "—–-"
# Quote marks: opening → closing.
PAIRS = {"«": "»", "„": "“", "“": "”", '"': '"'}


@dataclass
class Person:
    name: str  # nominative, "Имя Фамилия"
    surname: str
    gender: str | None
    role: str = ""
    aliases: list[str] = field(default_factory=list)


@dataclass
class Span:
    paragraph: int
    start: int  # the opening mark
    end: int  # after the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


# -- entry point -------------------------------------------------------------------------


def extract_quotes_ru(
    paragraphs: list[str], headline: str | None = None
) -> tuple[list[Speaker], list[Quote]]:
    """The speakers of a Russian item and its direct and reported quotes."""
    people = _People()
    quotes: list[Quote] = []
    last_speaker: str | None = None
    for index, paragraph in enumerate(paragraphs):
        people.scan(paragraph)
        spans = find_quote_spans(paragraph)
        paragraph_quotes = _direct_quotes(index, paragraph, spans, people, last_speaker)
        reported = _reported_quotes(index, paragraph, spans, people)
        found = sorted(paragraph_quotes + reported, key=lambda q: q.start)
        for quote in found:
            if quote.speaker and quote.kind != "title":
                last_speaker = quote.speaker
        if not found and people.mentioned_in(paragraph):
            # A paragraph about someone else ends the run of a speaker's quotes.
            last_speaker = None
        quotes.extend(found)
    return people.speakers(quotes), quotes


# -- quote marks -------------------------------------------------------------------------


def find_quote_spans(paragraph: str) -> list[Span]:
    """Outermost quoted stretches: «…» (with „…“ inside), „…“, “…”, "…"."""
    spans: list[Span] = []
    i = 0
    n = len(paragraph)
    while i < n:
        ch = paragraph[i]
        close = PAIRS.get(ch)
        if close is None:
            i += 1
            continue
        end = _closing(paragraph, i, ch, close)
        if end is None:
            i += 1
            continue
        spans.append(Span(0, i, end + 1))
        i = end + 1
    return spans


def _closing(text: str, start: int, opener: str, closer: str) -> int | None:
    depth = 0
    for j in range(start + 1, len(text)):
        ch = text[j]
        if ch == closer and (opener != '"' or depth == 0):
            if depth == 0:
                return j
            depth -= 1
        elif ch == opener and opener != '"':
            depth += 1
    return None


# -- direct quotes -----------------------------------------------------------------------

_AFTER_RE = re.compile(
    rf"^\s*[,.!?…]?\s*[{DASH}]+\s*(?P<cue>[^.!?…«»„“\"]*?)\s*(?=[.!?…]|,\s*[{DASH}]|$)"
)
_POSLOVAM_RE = re.compile(
    r"(?i:по\s+словам\s+(?P<who>[^,«»„“\"]+?)|по\s+(?P<pron>его|её|ее)\s+словам)\s*,"
)
_COLON_RE = re.compile(r":\s*$")
_CHTO_RE = re.compile(r",?\s*что\s*$")


def _direct_quotes(
    index: int, paragraph: str, spans: list[Span], people: _People, last: str | None
) -> list[Quote]:
    quotes: list[Quote] = []
    previous: str | None = None  # speaker of the quote before, in this paragraph
    previous_end = 0
    for span in spans:
        start, end = span.inner
        text = paragraph[start:end].strip()
        if not text:
            continue
        after = paragraph[span.end :]
        before = paragraph[previous_end : span.start]
        sentence_before = _sentence_tail(before)
        speakers: list[str] = []
        mention: str | None = None
        cue: str | None = None
        method: AttributionMethod | None = None
        confidence: float | None = None
        kind = "direct"
        m = _AFTER_RE.match(after)
        attributed_after = m is not None and _speech_cue(m["cue"]) is not None
        if m is not None and attributed_after:
            cue, who = _speech_cue(m["cue"]) or ("", "")
            resolved = people.resolve(who, "nomn")
            if resolved is not None:
                speakers, mention, method, confidence = [resolved[0]], who, resolved[1], resolved[2]
            previous_end = span.end + m.end()
        elif sentence_before.strip() and _introduces(sentence_before):
            intro, cue, case = _intro(sentence_before)
            resolved = people.resolve(intro, case) if intro else None
            if resolved is not None:
                speakers, mention, method, confidence = [resolved[0]], intro, *resolved[1:]
            previous_end = span.end
        elif previous is not None and _dash_joined(paragraph, previous_end, span.start):
            speakers, method, confidence = [previous], "continuation", CONTINUATION
            previous_end = span.end
        elif _is_title(paragraph, span, text):
            kind = "title"
            previous_end = span.end
        elif last is not None and _opens_paragraph(paragraph, span):
            speakers, method, confidence = [last], "continuation", CONTINUATION
            previous_end = span.end
        else:
            previous_end = span.end
        quote = Quote(
            text=text,
            mention=mention,
            cue=cue,
            kind=kind,  # type: ignore[arg-type]
            paragraph=index,
            start=start,
            end=end,
            speakers=speakers,
            method=method if speakers else None,
            confidence=confidence if speakers else None,
        )
        if speakers:
            previous = speakers[0]
            last = speakers[0]
        quotes.append(quote)
    return quotes


def _sentence_tail(text: str) -> str:
    """The part of `text` after its last sentence end: the words leading into a quote."""
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    return text[cut + 2 :] if cut >= 0 else text


def _introduces(text: str) -> bool:
    return bool(
        _POSLOVAM_RE.search(text)
        or (_COLON_RE.search(text) and _speech_cue(text))
        or (_CHTO_RE.search(text) and _speech_cue(text))
    )


def _intro(text: str) -> tuple[str | None, str | None, str]:
    """Who introduces the quote that follows, the cue, and the case the name is in."""
    m = _POSLOVAM_RE.search(text)
    if m is not None:
        return m["who"] or m["pron"], "по словам", "gent"
    text = _COLON_RE.sub("", _CHTO_RE.sub("", text))
    found = _speech_cue(text, subject_first=True)
    if found is None:
        return None, None, "nomn"
    return found[1], found[0], "nomn"


def _dash_joined(paragraph: str, start: int, end: int) -> bool:
    """`«…», — отметил Песков. — «…»`: only a dash between the attribution and the quote."""
    gap = paragraph[start:end]
    return bool(re.fullmatch(rf"\s*[.,:]?\s*[{DASH}]+\s*", gap)) or not gap.strip(" .,")


def _opens_paragraph(paragraph: str, span: Span) -> bool:
    return not paragraph[: span.start].strip(f" {DASH}")


def _is_title(paragraph: str, span: Span, text: str) -> bool:
    """A short quoted phrase without a cue: a name (`газета «Известия»`) or a term."""
    words = text.split()
    if len(words) > TITLE_MAX_WORDS:
        return False
    return not _opens_paragraph(paragraph, span) or text.rstrip()[-1:] not in ".!?…"


# -- speech cues -------------------------------------------------------------------------


def _speech_cue(text: str, subject_first: bool = False) -> tuple[str, str] | None:
    """The speech verb in `text` and the words naming the speaker, or None.

    After a quote the speaker follows the verb (`сказал министр`); before one, or in
    reported speech, the speaker usually comes first (`Лавров заявил`)."""
    words = list(WORD_RE.finditer(text))
    morph = _morph()
    for w in words:
        word = w[0].lower()
        parse = _verb_parse(morph, word)
        if parse is None:
            continue
        if DOCUMENT_CUE_RE.match(word):
            return None
        before = text[: w.start()].strip(" ,")
        after = text[w.end() :].strip(" ,")
        who = _after_verb(after)
        if subject_first and _has_subject(before):
            return w[0], _subject(before)
        if who:
            return w[0], who
        if _has_subject(before):
            return w[0], _subject(before)
        return w[0], ""
    return None


def _verb_parse(morph: Any, word: str) -> Any:
    for p in morph.parse(word)[:2]:
        if p.tag.POS in {"VERB", "PRTS"} and p.normal_form.replace("ё", "е") in _SPEECH:
            return p
    return None


_SPEECH = frozenset(v.replace("ё", "е") for v in SPEECH_VERBS)
# Words after a verb that are not the speaker: to whom, where, in what.
_SKIP_AFTER_RE = re.compile(
    r"^(?:(?:журналистам|корреспонденту|агентству|изданию|телеканалу|в|на|во|по|для|с|со|"
    r"в ходе|также|же|в интервью|на брифинге|в эфире|в понедельник|во вторник|в среду|"
    r"в четверг|в пятницу|в субботу|в воскресенье|ранее|позже|затем|тогда|еще|ещё)\b\s*)+",
    re.IGNORECASE,
)


def _after_verb(text: str) -> str:
    """`журналистам пресс-секретарь Кремля Дмитрий Песков в среду` → the speaker words."""
    words = text.split()
    # The speaker is the first nominative noun phrase; datives and places are skipped.
    morph = _morph()
    out: list[str] = []
    for raw in words:
        word = raw.strip(",;:()")
        if not word:
            break
        low = word.lower()
        if not out:
            if low in PRONOUNS:
                return word
            if _nominative_head(morph, word) or _capitalised(word):
                out.append(word)
            continue
        if low in {"в", "на", "во", "по", "для", "с", "со", "после", "перед", "журналистам"}:
            break
        if raw.endswith(","):
            out.append(word)
            break
        out.append(word)
    return " ".join(out)


def _nominative_head(morph: Any, word: str) -> bool:
    for p in morph.parse(word.lower())[:2]:
        if p.tag.case == "nomn" and p.tag.POS == "NOUN" and "anim" in p.tag:
            return True
    return False


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _has_subject(text: str) -> bool:
    return bool(text) and any(
        w[0].lower() in PRONOUNS
        or (_capitalised(w[0]) and w[0].lower() not in NOT_NAME_WORDS)
        or w[0].lower() in ROLE_NOUNS
        for w in WORD_RE.finditer(text)
    )


def _subject(text: str) -> str:
    """The noun phrase before the verb, from its last clause: `Как отметил` has none."""
    for sep in (", ", "; "):
        if sep in text:
            tail = text.rsplit(sep, 1)[1]
            if _has_subject(tail):
                text = tail
    return re.sub(r"^(?i:как|также|и|а|но|при этом|кроме того)\s+", "", text).strip()


# -- reported speech ---------------------------------------------------------------------

_KAK_RE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?P<lead>(?i:как\s+(?P<cue>[^,]+?)|по\s+словам\s+(?P<who>[^,]+?)"
    r"|по\s+(?P<pron>его|её|ее)\s+словам)),\s+"
    r"(?P<clause>[^«»„“\"]+?)(?=[.!?…](?:\s|$)|$)"
)
_THAT_RE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?P<cue>(?:[^.!?…«»„“\"]|(?<=[А-ЯЁ])\.)+?),\s+что\s+(?P<clause>[^«»„“\"]+?)(?=[.!?…](?:\s|$)|$)"
)


def _reported_quotes(index: int, paragraph: str, spans: list[Span], people: _People) -> list[Quote]:
    quotes: list[Quote] = []
    for pattern in (_KAK_RE, _THAT_RE):
        for m in pattern.finditer(paragraph):
            if any(s.start < m.end("clause") and m.start("clause") < s.end for s in spans):
                continue
            groups = m.groupdict()
            if groups.get("who") or groups.get("pron"):
                who, cue, case = groups.get("who") or groups["pron"], "по словам", "gent"
            else:
                found = _speech_cue(m["cue"], subject_first=pattern is _THAT_RE)
                if found is None or not found[1]:
                    continue
                cue, who = found
                case = "nomn"
            resolved = people.resolve(who, case)
            if resolved is None:
                continue
            clause = m["clause"].strip()
            start = m.start("clause")
            quotes.append(
                Quote(
                    text=clause,
                    mention=who,
                    cue=cue,
                    kind="reported",
                    paragraph=index,
                    start=start,
                    end=start + len(clause),
                    speakers=[resolved[0]],
                    method=resolved[1],
                    confidence=resolved[2],
                )
            )
    return quotes


# -- people ------------------------------------------------------------------------------


class _People:
    """The people an item names, in order, with the fullest name each is given."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.recent: list[Person] = []  # most recently mentioned last

    def scan(self, paragraph: str) -> None:
        for name, role in _full_names(paragraph):
            self._add(name, role)

    def mentioned_in(self, paragraph: str) -> bool:
        return any(True for _ in _full_names(paragraph))

    def _add(self, words: list[str], role: str) -> Person:
        surname = words[-1]
        for person in self.people:
            if _same_surname(person.surname, surname) and (
                len(words) == 1
                or person.name.split()[0] == words[0]
                or len(person.name.split()) == 1
            ):
                if len(words) > len(person.name.split()):
                    person.name = " ".join(words)
                    person.surname = surname
                if role and not person.role:
                    person.role = role
                self._touch(person)
                return person
        person = Person(" ".join(words), surname, _gender(words), role)
        self.people.append(person)
        self._touch(person)
        return person

    def _touch(self, person: Person) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)

    def resolve(self, who: str, case: str) -> tuple[str, AttributionMethod, float] | None:
        """The person `who` names (in `case`), the route, the confidence; None for no one."""
        who = who.strip(" ,.")
        if not who or DOCUMENT_CUE_RE.search(who):
            return None
        words = who.split()
        low = words[0].lower()
        if len(words) == 1 and low in PRONOUNS:
            gender = PRONOUNS[low]
            for person in reversed(self.recent):
                if person.gender in (gender, None):
                    return person.name, "resolved", RESOLVED
            return None
        initials = INITIALS_NAME_RE.search(who)
        names = [n for n, _role in _full_names(who, case)]
        if not names and initials is None:
            for w in WORD_RE.finditer(who):
                for person in reversed(self.recent):
                    if _capitalised(w[0]) and _same_surname(person.surname, w[0]):
                        self._touch(person)
                        return person.name, "resolved", RESOLVED
        if names:
            person = self._add(names[-1], _role_of(who, names[-1]))
            method: AttributionMethod = "cue"
            return person.name, method, CUE_NAME
        if initials is not None:
            surname = _nominative_word(initials["surname"], case)
            for person in self.people:
                if _same_surname(person.surname, surname):
                    self._touch(person)
                    return person.name, "resolved", RESOLVED
            init = initials["init"].replace(" ", "")
            person = self._add([f"{init} {surname}"], _role_of(who, [initials["surname"]]))
            person.surname = surname
            return person.name, "cue", CUE_NAME
        surname_word = _surname_in(who)
        if surname_word is not None:
            surname = _nominative_word(surname_word, case)
            for person in reversed(self.recent):
                if _same_surname(person.surname, surname):
                    self._touch(person)
                    return person.name, "resolved", RESOLVED
            person = self._add([surname], _role_of(who, [surname_word]))
            return person.name, "cue", CUE_NAME
        role_words = [w.lower() for w in words]
        if any(_lemma(w) in ROLE_NOUNS or _animate(w) for w in role_words[:2]):
            fit = self._by_role(role_words)
            if fit is not None:
                self._touch(fit)
                return fit.name, "resolved", RESOLVED
        return None

    def _by_role(self, words: list[str]) -> Person | None:
        lemmas = [_lemma(w) for w in words]
        for person in reversed(self.recent):
            role = person.role.lower()
            for lemma in lemmas:
                fits = ROLE_FITS.get(lemma, (lemma[:6],))
                if role and any(f in role for f in fits):
                    return person
        # A role noun with no better fit means the person last quoted or named.
        return self.recent[-1] if self.recent else None

    def speakers(self, quotes: list[Quote]) -> list[Speaker]:
        quoted = {name for q in quotes for name in q.speakers}
        return [Speaker(name=p.name, role=p.role or None) for p in self.people if p.name in quoted]


def _animate(word: str) -> bool:
    """An animate common noun (`учёный`, `собеседник`): a person named by what they are."""
    top = _morph().parse(word)[0]
    return (
        top.tag.POS == "NOUN"
        and "anim" in top.tag
        and not {"Name", "Surn", "Patr"} & _grammemes(top)
    )


def _role_of(text: str, name: list[str]) -> str:
    first = name[0]
    cut = text.find(first)
    return text[:cut].strip(" ,") if cut > 0 else ""


def _lemma(word: str) -> str:
    return str(_morph().parse(word)[0].normal_form)


def _surname_in(text: str) -> str | None:
    """A capitalised word that can be a surname (`Захаровой`, `Песков`)."""
    for w in WORD_RE.finditer(text):
        if _capitalised(w[0]) and _name_like(w[0]):
            return w[0]
    return None


def _name_like(word: str) -> bool:
    if word.lower() in NOT_NAME_WORDS or word.isupper():
        return False
    parses = _morph().parse(word)
    top = parses[0]
    if str(top.normal_form) in ROLE_NOUNS or str(top.normal_form) in NOT_NAME_WORDS:
        return False
    if not top.is_known:
        return True  # a name the dictionary lacks: most foreign surnames
    # Capitalised inside a sentence, a word that can be a name is one ("Песков", not "песок").
    if any({"Name", "Surn", "Patr"} & _grammemes(p) for p in parses[:4]):
        return True
    # Places, organisations and things ("России", "МИД", "Кремля") are not people.
    return not ({"Geox", "Orgn", "Abbr", "inan"} & _grammemes(top))


def _grammemes(parse: Any) -> set[str]:
    return set(str(parse.tag).replace(" ", ",").split(","))


def _full_names(text: str, case: str | None = None) -> list[tuple[list[str], str]]:
    """Names of two or three capitalised words (`Марии Захаровой` → `Мария Захарова`),
    in the nominative, each with the words before it that give the person's role."""
    found: list[tuple[list[str], str]] = []
    words = list(WORD_RE.finditer(text))
    i = 0
    while i < len(words):
        run: list[re.Match[str]] = []
        j = i
        while j < len(words) and _capitalised(words[j][0]) and _name_like(words[j][0]):
            if run and text[words[j - 1].end() : words[j].start()].strip():
                break  # punctuation between the words: not one name
            run.append(words[j])
            j += 1
        if len(run) >= 2 and _looks_like_person(run):
            parts = [w[0] for w in run[:3]]
            nominative = _nominative_name(parts, case)
            # A patronymic stays out of the archive name ("Сергей Лавров").
            nominative = [w for w in nominative if not _is_patronymic(w)] or nominative
            role = _role_before(text[: run[0].start()])
            found.append((nominative, role))
            i = j
        else:
            i = max(j, i + 1)
    return found


def _role_before(text: str) -> str:
    """`… сообщил посол России в Белоруссии ` → `посол России в Белоруссии`."""
    tail = re.split(r"[.,;:—–!?«»]", text)[-1].split()
    morph = _morph()
    while tail and morph.parse(tail[0])[0].tag.POS in {"VERB", "PRTS", "CONJ", "PREP", "ADVB"}:
        tail.pop(0)
    return " ".join(tail[-8:])


def _looks_like_person(run: list[re.Match[str]]) -> bool:
    morph = _morph()
    first = run[0][0]
    parses = morph.parse(first)[:3]
    if any("Name" in p.tag for p in parses):
        return True
    # Foreign first names are not in the dictionary; a surname after them still tells.
    return any("Surn" in p.tag for p in morph.parse(run[-1][0])[:3]) or not parses[0].is_known


def _is_patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in _morph().parse(word)[:2])


def _nominative_name(words: list[str], case: str | None) -> list[str]:
    """Each word of a name in the nominative, agreeing in gender with the first name."""
    morph = _morph()
    gender = None
    for p in morph.parse(words[0])[:3]:
        if "Name" in p.tag and (case is None or p.tag.case == case):
            # The first name tells the case and gender the surname is in.
            gender, case = p.tag.gender, case or p.tag.case
            break
    if case is None:
        surname = next((p for p in morph.parse(words[-1])[:3] if "Surn" in p.tag), None)
        if surname is None:
            return words  # neither word tells its case: keep the name as written
        gender, case = surname.tag.gender, surname.tag.case
    return [_nominative_word(w, case, gender) for w in words]


def _nominative_word(word: str, case: str | None, gender: str | None = None) -> str:
    parses = _morph().parse(word)
    if case in (None, "nomn") and any(p.tag.case == "nomn" for p in parses[:3]):
        return word
    for p in parses:
        if p.tag.POS != "NOUN" or (case and p.tag.case != case):
            continue
        if gender and p.tag.gender not in (gender, "ms-f", None):
            continue
        if not ({"Name", "Surn", "Patr"} & _grammemes(p)) and p.is_known:
            continue
        inflected = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
        if inflected is not None:
            return _match_case(inflected.word, word)
    return word


def _match_case(new: str, old: str) -> str:
    parts = new.split("-")
    olds = old.split("-")
    return "-".join(
        p.capitalize() if i < len(olds) and olds[i][:1].isupper() else p
        for i, p in enumerate(parts)
    )


def _gender(words: list[str]) -> str | None:
    for p in _morph().parse(words[0])[:2]:
        if "Name" in p.tag or "Surn" in p.tag:
            return str(p.tag.gender) if p.tag.gender else None
    return None


_ENDINGS = ("ой", "ей", "ому", "ему", "ым", "им", "ого", "его", "ую", "ий", "ый", "ая", "а",
            "я", "у", "ю", "е", "ом", "ем", "ы", "и")  # fmt: skip


def _stems(word: str) -> set[str]:
    word = word.lower().replace("ё", "е")
    out = {word}
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            out.add(word[: -len(ending)])
    return out


def _same_surname(a: str, b: str) -> bool:
    """`Захаровой` and `Захарова`, `Шольца` and `Шольц`: one surname in two cases."""
    return bool(_stems(a.split()[-1]) & _stems(b.split()[-1]))
