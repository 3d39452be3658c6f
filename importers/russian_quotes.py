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

import bisect
import functools
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from importers import russian_patterns as R
from search.model import AttributionMethod, Quote, Speaker

# Confidence per route, on the scale the English parser uses (importers.quotes).
CUE_NAME = 0.93  # a name at the cue
RESOLVED = 0.9  # a surname, role noun or pronoun at the cue, resolved to a person
CONTINUATION = 0.88  # the quote goes on after its attribution, or in the next paragraph
RESOLVED_LAST = 0.75  # a role noun that fits no one's role, taken as the person last named
# A quoted phrase this short with no attribution is a name or a term, not speech.
TITLE_MAX_WORDS = 4
# Characters either side of a quote read for its attribution.
WINDOW = 400

_lock = threading.Lock()
_analyzer: Any = None


@functools.lru_cache(maxsize=20_000)  # bounded: a few tens of MB at most
def _parse(word: str) -> tuple[Any, ...]:
    """pymorphy3's readings of a word, best first; cached, as copy repeats its words."""
    return tuple(_morph().parse(word))


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
    "сообщать объяснять пояснять признавать напоминать уверять уверенный убеждённый "
    "убежденный отвечать спросить поинтересоваться воскликнуть возразить парировать "
    "заключить отреагировать сослаться назвать охарактеризовать".split()
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
# Nouns for someone the copy does not name: never resolved to a person named earlier.
ANONYMOUS = frozenset("собеседник источник очевидец житель участник пользователь".split())
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
DASH = r"—–\-"
CYRILLIC_WORD_RE = re.compile(r"[А-Яа-яЁё]")
# Quote marks: opening → closing.
PAIRS = {"«": "»", "„": "“", "“": "”", '"': '"'}
_OPENER_RE = re.compile("[" + "".join(PAIRS) + "]")
_PAIR_MARKS_RE = {o: re.compile(f"[{o}{c}]") for o, c in PAIRS.items() if o != c}


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
    # A quote that runs on into the next paragraph: no closing mark here.
    open_end: bool = False

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end if self.open_end else self.end - 1


# -- entry point -------------------------------------------------------------------------


def extract_quotes_ru(
    paragraphs: list[str], headline: str | None = None
) -> tuple[list[Speaker], list[Quote]]:
    """The speakers of a Russian item and its direct and reported quotes."""
    people = _People()
    if headline:
        people.scan(headline)  # "О разговоре Сергея Лаврова …" names who "С.В.Лавров" is
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
    _run_on_statements(quotes, paragraphs)
    for quote in quotes:
        if quote.speakers:
            quote.speakers = [people.final_name(n) for n in quote.speakers]
            quote.speaker = quote.speakers[0]
    return people.speakers(quotes), quotes


def _run_on_statements(quotes: list[Quote], paragraphs: list[str]) -> None:
    """A statement over several paragraphs is attributed where it ends (`…», — сказал
    он.`): its opening paragraphs take that speaker."""
    for i in range(len(quotes) - 2, -1, -1):
        quote, after = quotes[i], quotes[i + 1]
        if quote.speakers or quote.kind != "direct" or after.kind != "direct":
            continue
        runs_on = _RUNS_TO_END_RE.match(paragraphs[quote.paragraph], quote.end) is not None
        if runs_on and after.paragraph == quote.paragraph + 1 and after.speakers:
            opens = _opens_at(paragraphs[after.paragraph], after.start)
            if opens:
                quote.speakers = list(after.speakers)
                quote.speaker = after.speakers[0]
                quote.method, quote.confidence = "continuation", CONTINUATION


# -- quote marks -------------------------------------------------------------------------


def find_quote_spans(paragraph: str) -> list[Span]:
    """Outermost quoted stretches: «…» (with „…“ inside), „…“, “…”, "…"."""
    spans: list[Span] = []
    n = len(paragraph)
    opener = _OPENER_RE.search(paragraph)
    while opener is not None:
        i = opener.start()
        ch = paragraph[i]
        end = _closing(paragraph, i, ch, PAIRS[ch])
        if end is None:
            # A statement of several paragraphs opens each with « and closes only the last.
            if ch == "«" and i == len(paragraph) - len(paragraph.lstrip(" —–-")):
                spans.append(Span(0, i, n, open_end=True))
                break
            opener = _OPENER_RE.search(paragraph, i + 1)
            continue
        spans.append(Span(0, i, end + 1))
        opener = _OPENER_RE.search(paragraph, end + 1)
    return spans


def _closing(text: str, start: int, opener: str, closer: str) -> int | None:
    """Where the mark opened at `start` closes, nested pairs of its kind skipped; the
    marks alone are visited, as a long paragraph may open many that never close."""
    if opener == closer:
        end = text.find(closer, start + 1)
        return end if end >= 0 else None
    depth = 0
    for mark in _PAIR_MARKS_RE[opener].finditer(text, start + 1):
        if mark[0] == closer:
            if depth == 0:
                return mark.start()
            depth -= 1
        else:
            depth += 1
    return None


# -- direct quotes -----------------------------------------------------------------------

_AFTER_RE = re.compile(
    rf"^\s*[,.!?…]?\s*[{DASH}]+\s*"
    r"(?P<cue>(?:[^.!?…«»„“\"]|«[^»]{1,40}»|„[^“]{1,40}“|\"[^\"]{1,40}\")*?)"
    rf"\s*(?=[.!?…]|,\s*[{DASH}]|$)"
)
_POSLOVAM_RE = re.compile(
    r"(?i:по\s+словам\s+(?P<who>[^,«»„“\"]+?)|по\s+(?P<pron>его|её|ее)\s+словам)\s*,"
)
_COLON_RE = re.compile(r":\s*$")
_WORDS_OF_RE = re.compile(
    r"(?i:привод\w*|цитиру\w*|переда\w*)\s+(?:[\w-]+\s+){0,3}?слова\s+(?P<who>[^,.«»]+)"
)
# "Захарова назвала эти заявления «…»": a speech verb a few words before the quote.
_VERB_BEFORE_RE = re.compile(r"[а-яё]+(?:\s+[\w-]+){0,4}\s*$")
# `«…», — сказал Лавров, — «…»` inside one pair of marks: «Мы готовы, — сказал Лавров, — …»
_INNER_CUE_RE = re.compile(
    rf"(?P<sep>[,.!?…])\s+[{DASH}]\s*(?P<cue>[^{DASH}«»„“\"]{{3,90}}?)[,.:]\s*[{DASH}]\s*"
)
# `«…». Об этом заявил Песков.`: the next sentence names who said it.
_ABOUT_RE = re.compile(
    r"^\s*[.!?…]?\s*(?:Об\s+этом|Так|Такое\s+мнение|Такое\s+заявление|Эти\s+слова)\s+"
    r"(?P<cue>(?:[^.!?…«»„“\"]|«[^»]{1,40}»|„[^“]{1,40}“|\"[^\"]{1,40}\")+?)\s*(?=[.!?…]|$)"
)
# A quoted name: `газета «Известия»`, `закон «О полиции»`, `операция «Буря в пустыне»`.
_TITLE_BEFORE_RE = re.compile(
    r"(?i:газет\w*|журнал\w*|компани\w*|партии|партия|программ\w*|операци\w*|закон\w*|"
    r"законопроект\w*|проект\w*|фильм\w*|книг\w*|кни́г\w*|преми\w*|форум\w*|учени\w*|"
    r"резолюци\w*|соглашени\w*|договор\w*|движени\w*|фонд\w*|центр\w*|банк\w*|"
    r"под\s+названием|так\s+называем\w*|акци\w*|стратеги\w*|концепци\w*|"
    r"агентств\w*|канал\w*|телеканал\w*|издани\w*|сайт\w*|портал\w*|завод\w*|"
    r"концерн\w*|корпораци\w*|клуб\w*|фестивал\w*|конкурс\w*|платформ\w*)"
    r"(?:\s+[\w-]+){0,2}\s*$"
)
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
        if _TITLE_BEFORE_RE.search(paragraph[max(0, span.start - 60) : span.start]):
            quotes.append(_quote(index, paragraph, start, end, "title"))
            previous_end = span.end
            continue
        inner = _split_inside(index, paragraph, start, end, people)
        if inner is not None:
            quotes.extend(inner)
            previous = last = inner[0].speaker
            previous_end = span.end
            continue
        # Windows around the quote, so a paragraph of many quotes costs linear time.
        after = paragraph[span.end : span.end + WINDOW]
        before = paragraph[max(previous_end, span.start - WINDOW) : span.start]
        sentence_before = _sentence_tail(before)
        speakers: list[str] = []
        mention: str | None = None
        cue: str | None = None
        method: AttributionMethod | None = None
        confidence: float | None = None
        kind = "direct"
        m = _AFTER_RE.match(after) or _ABOUT_RE.match(after)
        words_of = _WORDS_OF_RE.search(m["cue"]) if m is not None else None
        attributed_after = m is not None and _speech_cue(m["cue"]) is not None
        if m is not None and words_of is not None:
            # "«…», — приводит слова Пескова агентство": the speaker is in the genitive.
            named = re.match(r"(?:[А-ЯЁ][\w.-]*\s*)+", words_of["who"])
            who = named[0] if named else words_of["who"]
            resolved = people.resolve(who, "gent")
            if resolved is not None:
                speakers, mention, method, confidence = [resolved[0]], who, *resolved[1:]
            cue = "слова"
            previous_end = span.end + m.end()
        elif m is not None and attributed_after:
            cue, who = _speech_cue(m["cue"]) or ("", "")
            resolved = people.resolve(who, "nomn", _verb_gender(cue))
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
        speaker = speakers[0] if speakers else None
        quote = _quote(
            index, paragraph, start, end, kind, speaker, method, confidence, mention, cue
        )
        if speakers:
            previous = speakers[0]
            last = speakers[0]
        quotes.append(quote)
    return quotes


def _quote(
    index: int,
    paragraph: str,
    start: int,
    end: int,
    kind: str,
    speaker: str | None = None,
    method: AttributionMethod | None = None,
    confidence: float | None = None,
    mention: str | None = None,
    cue: str | None = None,
) -> Quote:
    # Offsets of the words themselves, without the spaces next to the marks.
    while start < end and paragraph[start].isspace():
        start += 1
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    return Quote(
        text=paragraph[start:end],
        mention=mention,
        cue=cue,
        kind=kind,  # type: ignore[arg-type]
        paragraph=index,
        start=start,
        end=end,
        speakers=[speaker] if speaker else [],
        method=method if speaker else None,
        confidence=confidence if speaker else None,
    )


def _split_inside(
    index: int, paragraph: str, start: int, end: int, people: _People
) -> list[Quote] | None:
    """`«Мы готовы, — сказал Лавров, — продолжать диалог»`: two quotes, one speaker."""
    m = _INNER_CUE_RE.search(paragraph, start, end)
    if m is None:
        return None
    found = _speech_cue(m["cue"])
    if found is None:
        return None
    cue, who = found
    resolved = people.resolve(who, "nomn", _verb_gender(cue))
    speaker, method, confidence = resolved if resolved else (None, None, None)
    first = _quote(
        index,
        paragraph,
        start,
        m.start("sep") + 1,
        "direct",
        speaker,
        method,
        confidence,
        who,
        cue,
    )
    second = _quote(index, paragraph, m.end(), end, "direct", speaker, "continuation", CONTINUATION)
    return [first, second]


def _sentence_tail(text: str) -> str:
    """The part of `text` after its last sentence end: the words leading into a quote."""
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    return text[cut + 2 :] if cut >= 0 else text


def _introduces(text: str) -> bool:
    if _VERB_BEFORE_RE.search(text) and _speech_cue(text):
        return True
    return bool(
        _POSLOVAM_RE.search(text)
        or (_COLON_RE.search(text) and (_speech_cue(text) or _surname_in(text)))
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
        # `Песков: «…»`: a name and a colon.
        return (text, None, "nomn") if _surname_in(text) else (None, None, "nomn")
    return found[1], found[0], "nomn"


def _dash_joined(paragraph: str, start: int, end: int) -> bool:
    """`«…», — отметил Песков. — «…»`: only a dash between the attribution and the quote."""
    gap = paragraph[start:end]
    return bool(re.fullmatch(rf"\s*[.,:]?\s*[{DASH}]+\s*", gap)) or not gap.strip(" .,")


def _opens_paragraph(paragraph: str, span: Span) -> bool:
    return _lead_end(paragraph) >= span.start


def _lead_end(paragraph: str) -> int:
    """Where the paragraph's words begin, past spaces and a dialogue dash."""
    m = _LEAD_RE.match(paragraph)
    return m.end() if m else 0


def _opens_at(paragraph: str, start: int) -> bool:
    """The quote whose words begin at `start` opens the paragraph: before it only the lead
    (spaces, a dialogue dash), the opening mark and the spaces inside it, as `_quote`
    leaves those spaces out of the quote's offsets."""
    return _OPENING_RE.fullmatch(paragraph, _lead_end(paragraph), start) is not None


_LEAD_RE = re.compile(rf"[\s{DASH}]*")
_OPENING_RE = re.compile(r"\S?\s*")  # the mark, then spaces
_RUNS_TO_END_RE = re.compile(r"\s*$")


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
    for w in words:
        word = w[0].lower()
        parse = _verb_parse(word)
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


def _verb_parse(word: str) -> Any:
    for p in _parse(word)[:2]:
        if p.tag.POS in {"VERB", "PRTS", "ADJS"} and p.normal_form.replace("ё", "е") in _SPEECH:
            return p
    return None


_SPEECH = frozenset(v.replace("ё", "е") for v in SPEECH_VERBS)


# Words after a verb that are not the speaker: to whom, where, in what.
def _after_verb(text: str) -> str:
    """`журналистам пресс-секретарь Кремля Дмитрий Песков в среду` → the speaker words."""
    # "рассказал РИА Новости глава ведомства": the agency told is not the speaker.
    words = _AGENCY_NAME_RE.sub(" ", text).split()
    # The speaker is the first nominative noun phrase; datives and places are skipped.
    out: list[str] = []
    for i, raw in enumerate(words):
        word = raw.strip(",;:()")
        if not word or word[0] in PAIRS:
            break  # a quoted name ("газете «Les Echos»") is no speaker
        low = word.lower()
        if not out:
            if low in PRONOUNS:
                return word
            if _nominative_noun(word) or _capitalised(word):
                out.append(word)
            continue
        if low in _PREPOSITIONS:
            # "глава комитета по … Андрей Клишас": a role runs on through a preposition
            # to the name in the nominative; "министр в беседе с Лавровым" stops.
            if _named_ahead(words[i + 1 : i + 7]) and not _has_name(out):
                out.append(word)
                continue
            break
        out.append(word)
        if raw.endswith(","):
            break
    return " ".join(out)


_AGENCY_NAME_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(a) for a in sorted(R.AGENCIES, key=len, reverse=True))
    + r")(?![\w-])"
)
_PREPOSITIONS = frozenset("в во на по для с со при после перед у из от о об к".split())


def _named_ahead(words: list[str]) -> bool:
    for raw in words:
        word = raw.strip(",;:().")
        if raw.startswith(",") or not word:
            return False
        if _capitalised(word) and _name_like(word):
            return any(p.tag.case == "nomn" for p in _parse(word)[:4])
        if raw.endswith(","):
            return False
    return False


def _has_name(words: list[str]) -> bool:
    return any(
        _capitalised(w) and _name_like(w) and not (i and _modifier(words[i - 1], w))
        for i, w in enumerate(words)
    )


def _modifier(before: str, word: str) -> bool:
    """`спикер Совфеда`, `комитета Совфеда`: an unknown capitalised word in the genitive
    after a common noun names an organisation, not the person."""
    return (
        not _capitalised(before)
        and not _parse(word)[0].is_known
        and word[-1:] in "аяыи"
        and _parse(before)[0].tag.POS == "NOUN"
    )


def _nominative_noun(word: str) -> bool:
    top = _parse(word.lower())[0]
    return bool(top.tag.POS == "NOUN" and top.tag.case == "nomn")


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
    span_bounds = [(s.start, s.end) for s in spans]  # in order, from find_quote_spans
    for pattern in (_KAK_RE, _THAT_RE):
        for m in pattern.finditer(paragraph):
            if _overlaps(span_bounds, m.start("clause"), m.end("clause")):
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
            resolved = people.resolve(who, case, _verb_gender(cue))
            if resolved is None:
                continue
            quotes.append(
                _quote(
                    index, paragraph, m.start("clause"), m.end("clause"), "reported",
                    *resolved, who, cue,
                )
            )  # fmt: skip
    taken = sorted([(q.start, q.end) for q in quotes] + span_bounds)
    for start, end, cue, who in _trailing_cues(paragraph):
        if _overlaps(taken, start, end):
            continue
        resolved = people.resolve(who, "nomn", _verb_gender(cue))
        if resolved is not None:
            quotes.append(_quote(index, paragraph, start, end, "reported", *resolved, who, cue))
    return quotes


_SENTENCE_RE = re.compile(r"[^.!?…]+(?:(?<=[А-ЯЁ])\.(?=[А-ЯЁ])[^.!?…]*)*(?:[.!?…]+|$)")
_TRAIL_CUE_RE = re.compile(r",\s+(?P<verb>[а-яё]+)\s+")


def _overlaps(bounds: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-nested `bounds`."""
    i = bisect.bisect_left(bounds, (end, end))
    return any(a < end and start < b for a, b in bounds[max(0, i - 2) : i])


def _trailing_cues(paragraph: str) -> list[tuple[int, int, str, str]]:
    """Reported speech with the cue after it: `Свет дали во все дома, сообщил губернатор.`
    and `… . Об этом заявил Песков.` — (start, end, cue, speaker words) of each clause."""
    found: list[tuple[int, int, str, str]] = []
    sentences = list(_SENTENCE_RE.finditer(paragraph))
    for i, sentence in enumerate(sentences):
        text = sentence[0]
        about = _ABOUT_RE.match(text)
        if about is not None and i > 0:
            cue = _speech_cue(about["cue"])
            if cue is not None and cue[1]:
                before = sentences[i - 1]
                found.append((before.start(), _clause_end(paragraph, before), *cue))
            continue
        for m in _TRAIL_CUE_RE.finditer(text):
            if _verb_parse(m["verb"]) is None:
                continue
            who = _after_verb(text[m.end() :].rstrip(".!?… "))
            if who and m.start() >= 12:
                start = sentence.start()
                found.append((start, start + m.start(), m["verb"], who))
            break
    return found


def _clause_end(paragraph: str, sentence: re.Match[str]) -> int:
    end = sentence.end()
    while end > sentence.start() and paragraph[end - 1] in ".!?… ":
        end -= 1
    return end


# -- people ------------------------------------------------------------------------------


class _People:
    """The people an item names, in order, with the fullest name each is given."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.recent: list[Person] = []  # most recently mentioned last
        # A surname quoted before the full name appears: "Лавров" → "Сергей Лавров".
        self.renamed: dict[str, str] = {}

    def final_name(self, name: str) -> str:
        seen = {name}
        while name in self.renamed and self.renamed[name] not in seen:
            name = self.renamed[name]
            seen.add(name)
        return name

    def scan(self, paragraph: str) -> None:
        # Names inside quote marks are titles or the quoted words, not people present.
        pieces, last = [], 0
        for span in find_quote_spans(paragraph):
            pieces += [paragraph[last : span.start], " " * (span.end - span.start)]
            last = span.end
        paragraph = "".join([*pieces, paragraph[last:]])
        for name, role in _full_names(paragraph):
            self._add(name, role)

    def mentioned_in(self, paragraph: str) -> bool:
        return any(True for _ in _full_names(paragraph))

    def _add(self, words: list[str], role: str) -> Person:
        surname = words[-1]
        for person in self.people:
            if _same_surname(person.surname, surname) and (
                len(words) == 1
                or _same_surname(person.name.split()[0], words[0])
                or len(person.name.split()) == 1
            ):
                if len(words) > len(person.name.split()):
                    self.renamed[person.name] = " ".join(words)
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

    def resolve(
        self, who: str, case: str, gender: str | None = None
    ) -> tuple[str, AttributionMethod, float] | None:
        """The person `who` names (in `case`), the route, the confidence; None for no one.

        `gender` is the speech verb's (`сказала`): a pronoun or role noun resolves to a
        person of that gender."""
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
        if not _capitalised(words[0]) and _inanimate(words[0]):
            return None  # "пресс-служба Акорды", "сообщение ведомства": no person
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
        if surname_word is not None and _role_head(words[0]):
            position = words.index(surname_word) if surname_word in words else 0
            if position and _modifier(words[position - 1], surname_word):
                surname_word = None  # "спикер Совфеда": the capitalised word is the role's
        if surname_word is not None:
            surname = _nominative_word(surname_word, case)
            for person in reversed(self.recent):
                if _same_surname(person.surname, surname):
                    self._touch(person)
                    return person.name, "resolved", RESOLVED
            person = self._add([surname], _role_of(who, [surname_word]))
            return person.name, "cue", CUE_NAME
        role_words = [w.lower() for w in words]
        if _lemma(role_words[0]) in ANONYMOUS:
            return None
        if any(_lemma(w) in ROLE_NOUNS or _animate(w) for w in role_words[:2]):
            fit, fits = self._by_role(role_words, gender)
            if fit is not None:
                self._touch(fit)
                # Only the person last named, not one whose role fits: less sure.
                return fit.name, "resolved", RESOLVED if fits else RESOLVED_LAST
        return None

    def _by_role(self, words: list[str], gender: str | None) -> tuple[Person | None, bool]:
        """The person a role noun stands for, and whether their own role fits it."""
        lemmas = [_lemma(w) for w in words]
        # The verb's gender first; a name's gender the dictionary misreads must not hide it.
        candidates = [p for p in reversed(self.recent) if p.gender in (gender, None)]
        candidates += [p for p in reversed(self.recent) if p not in candidates]
        for person in candidates:
            role = person.role.lower()
            for lemma in lemmas:
                fits = ROLE_FITS.get(lemma, (lemma[:6],))
                if role and any(f in role for f in fits):
                    return person, True
        # A role noun with no better fit means the person last quoted or named.
        return (candidates[0], False) if candidates else (None, False)

    def speakers(self, quotes: list[Quote]) -> list[Speaker]:
        quoted = {name for q in quotes for name in q.speakers}
        return [
            Speaker(
                name=p.name,
                role=p.role or None,
                # The surname alone is how the copy names the person after the first time.
                aliases=[p.surname] if p.surname != p.name else [],
            )
            for p in self.people
            if p.name in quoted
        ]


def _verb_gender(verb: str | None) -> str | None:
    """`сказала` → `femn`, `сказал` → `masc`; None for other forms."""
    parse = _verb_parse(verb.lower()) if verb else None
    gender = parse.tag.gender if parse is not None else None
    return str(gender) if gender in ("masc", "femn") else None


def _inanimate(word: str) -> bool:
    top = _parse(word.lower())[0]
    return top.tag.POS == "NOUN" and "inan" in top.tag and top.normal_form not in ROLE_NOUNS


def _role_head(word: str) -> bool:
    return not _capitalised(word) and (_lemma(word.lower()) in ROLE_NOUNS or _animate(word))


def _animate(word: str) -> bool:
    """An animate common noun (`учёный`, `собеседник`): a person named by what they are."""
    top = _parse(word)[0]
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
    return str(_parse(word)[0].normal_form)


def _surname_in(text: str) -> str | None:
    """A capitalised word that can be a surname (`Захаровой`, `Песков`)."""
    for w in WORD_RE.finditer(text):
        if _capitalised(w[0]) and _name_like(w[0]):
            return w[0]
    return None


@functools.lru_cache(maxsize=20_000)  # a word's reading does not change; names recur
def _name_like(word: str) -> bool:
    if word.lower() in NOT_NAME_WORDS or word.isupper() or not CYRILLIC_WORD_RE.match(word):
        return False  # Russian copy writes people's names in Cyrillic
    parses = _parse(word)
    top = parses[0]
    if str(top.normal_form) in ROLE_NOUNS or str(top.normal_form) in NOT_NAME_WORDS:
        return False
    if not top.is_known:
        return True  # a name the dictionary lacks: most foreign surnames
    # Capitalised inside a sentence, a word that can be a name is one ("Песков", not "песок");
    # a dictionary word that cannot ("Синоптик", "России", "Кремля") is not.
    return any({"Name", "Surn", "Patr"} & _grammemes(p) for p in parses[:4])


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
        while j < len(words) and _capitalised(words[j][0]) and _in_name(words, j, run):
            if run and text[words[j - 1].end() : words[j].start()].strip():
                break  # punctuation between the words: not one name
            run.append(words[j])
            j += 1
        if len(run) >= 2 and _looks_like_person(run):
            parts = [w[0] for w in run[:3]]
            nominative = _nominative_name(parts, case or _governed_case(text[: run[0].start()]))
            # A patronymic stays out of the archive name ("Сергей Лавров").
            nominative = [w for w in nominative if not _is_patronymic(w)] or nominative
            role = _role_before(text[: run[0].start()])
            found.append((nominative, role))
            i = j
        else:
            i = max(j, i + 1)
    return found


_GOVERNS = {
    **dict.fromkeys(
        "словам мнению оценке у от для без из до около после против среди".split(), "gent"
    ),
    **dict.fromkeys("с со".split(), "ablt"),
    "к": "datv",
    **dict.fromkeys("о об обо при".split(), "loct"),
}


def _governed_case(before: str) -> str | None:
    """The case a name is in, from the words before it: `по словам Олафа`, `канцлера
    Германии Олафа` (the role noun agrees with the name; a country beside it does not)."""
    for word in reversed(before.split()[-4:]):
        word = word.strip(",;:()«»").lower()
        if word in _GOVERNS:
            return _GOVERNS[word]
        top = _parse(word)[0]
        if top.tag.POS != "NOUN" or {"Geox", "Orgn", "Abbr"} & _grammemes(top):
            if top.tag.POS in {"VERB", "PRTS", "CONJ", "PRCL"}:
                return None
            continue
        return str(top.tag.case) if "anim" in top.tag else None
    return None


def _role_before(text: str) -> str:
    """`… сообщил посол России в Белоруссии ` → `посол России в Белоруссии`."""
    tail = re.split(r"[.,;:—–!?«»]", text)[-1].split()[-8:]
    cut = [i for i, w in enumerate(tail) if w.lower() in _GOVERNS or w.lower() == "и"]
    if cut:
        tail = tail[cut[-1] + 1 :]
    while tail and _parse(tail[0])[0].tag.POS in {"VERB", "PRTS", "CONJ", "PREP", "ADVB"}:
        tail.pop(0)
    if tail and not any("anim" in _parse(w)[0].tag for w in tail[:3]):
        return ""  # a role names the person's post: "посол", "официальный представитель"
    return " ".join(tail)


def _in_name(words: list[re.Match[str]], j: int, run: list[re.Match[str]]) -> bool:
    """Word j continues (or opens) a name: name-like itself, the surname after a first
    name ("Михаил Мизинцев"), or a short first word of a foreign name ("Ван Вэньбинь")."""
    word = words[j][0]
    if _name_like(word):
        return True
    top = _parse(word)[0]
    if {"Geox", "Orgn", "Abbr"} & _grammemes(top) and top.score > 0.5:
        return False
    if run and any("Name" in p.tag for p in _parse(run[-1][0])[:3]):
        return str(top.normal_form) not in ROLE_NOUNS
    if not run and j + 1 < len(words) and len(word) <= 4 and _capitalised(words[j + 1][0]):
        return not _parse(words[j + 1][0])[0].is_known
    return False


def _looks_like_person(run: list[re.Match[str]]) -> bool:
    first = run[0][0]
    parses = _parse(first)[:3]
    if any("Name" in p.tag for p in parses):
        return True
    # Foreign first names are not in the dictionary; a surname after them still tells.
    last = _parse(run[-1][0])
    return any("Surn" in p.tag for p in last[:3]) or not parses[0].is_known or not last[0].is_known


def _is_patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in _parse(word)[:2])


def _nominative_name(words: list[str], case: str | None) -> list[str]:
    """Each word of a name in the nominative, agreeing in gender with the first name.

    The dictionary's first names and surnames tell their own case ("Дмитрий" can only be
    nominative); `case`, read from the words around the name, decides between readings
    and is all there is for foreign names the dictionary lacks."""
    for index, tag in ((0, "Name"), (-1, "Surn")):
        readings = [p for p in _parse(words[index])[:4] if tag in p.tag]
        if readings:
            # A reading the dictionary rates as rare ("Дмитрий" as a plural) does not count.
            agreeing = [
                p
                for p in readings
                if (case is None or p.tag.case == case) and "sing" in p.tag and p.score >= 0.05
            ]
            chosen = (agreeing or readings)[0]
            gender, case = chosen.tag.gender, chosen.tag.case
            return [_nominative_word(w, case, gender) for w in words]
    if case is None:
        return words  # no word tells its case: keep the name as written
    return [_nominative_word(w, case) for w in words]


def _nominative_word(word: str, case: str | None, gender: str | None = None) -> str:
    parses = _parse(word)
    if not parses[0].is_known and case not in (None, "nomn"):
        # The dictionary's guesses at foreign names are poor ("Шольца" → "шолец"); the
        # masculine endings after a consonant are regular: Шольца, Шольцу, Шольцем.
        return _FOREIGN_ENDING_RE.sub("", word)
    if case in (None, "nomn") and any(p.tag.case == "nomn" for p in parses[:3]):
        return word
    for p in parses:
        if p.tag.POS != "NOUN" or (case and p.tag.case != case):
            continue
        if gender and p.tag.gender and str(p.tag.gender) not in (str(gender), "ms-f"):
            continue
        if not ({"Name", "Surn", "Patr"} & _grammemes(p)) and p.is_known:
            continue
        inflected = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
        if inflected is not None:
            return _match_case(inflected.word, word)
    return word


_FOREIGN_ENDING_RE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|ем)$")


def _match_case(new: str, old: str) -> str:
    parts = new.split("-")
    olds = old.split("-")
    return "-".join(
        p.capitalize() if i < len(olds) and olds[i][:1].isupper() else p
        for i, p in enumerate(parts)
    )


def _gender(words: list[str]) -> str | None:
    for p in _parse(words[0])[:2]:
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
