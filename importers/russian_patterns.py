"""Patterns and word lists of Russian agency copy, in one place.

Data only (no imports of the importers), so that `photos` can consult the agency list
without the Russian parser in its import graph.
"""

from __future__ import annotations

import re

# -- letters and text ------------------------------------------------------------

CYRILLIC_RE = re.compile(r"[А-Яа-яЁё]")
UPPER = "А-ЯЁІЇЄҐ"
LOWER = "а-яёіїєґ"
DASH = r"[-–—‒]"

# -- dates ------------------------------------------------------------------------

# Genitive month names as dates write them, and the agencies' abbreviations ("25 фев").
MONTHS: dict[str, int] = {
    "январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3,
    "апрел": 4, "апр": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "авг": 8,
    "сентябр": 9, "сен": 9, "сент": 9, "октябр": 10, "окт": 10,
    "ноябр": 11, "ноя": 11, "нояб": 11, "декабр": 12, "дек": 12,
}  # fmt: skip
MONTH = (
    r"(?i:января|янв|февраля|фев|марта|мар|апреля|апр|мая|июня|июн|июля|июл|августа|авг"
    r"|сентября|сент|сен|октября|окт|ноября|нояб|ноя|декабря|дек)\.?"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
YEAR = r"(?:19|20)\d\d"
# "25 февраля", "25 фев", "25 февраля 2023 года", "25 февраля 2023 г."
DATE = rf"{DAY}\s+{MONTH}(?:\s+{YEAR}(?:\s*(?:года|г\.?))?)?"
DATE_PARTS_RE = re.compile(
    rf"(?P<d>{DAY})\s+(?P<m>{MONTH})(?:\s+(?P<y>{YEAR})(?!\d))?|"
    rf"(?<![\d.])(?P<nd>{DAY})\.(?P<nm>0[1-9]|1[0-2])\.(?P<ny>{YEAR})(?!\d)"
)
# A paragraph that is only a date (and maybe a time): "25 февраля 2023, 14:35".
DATE_LINE_RE = re.compile(
    rf"\s*(?P<date>{DAY}\s+{MONTH}\s+{YEAR}(?:\s*(?:года|г\.?))?|{DAY}\.\d\d\.{YEAR})"
    r"(?:,?\s*\d{1,2}:\d\d(?:\s*(?:мск|МСК))?)?\s*"
)

# -- datelines --------------------------------------------------------------------

# A place in capitals: "МОСКВА", "НИЖНИЙ НОВГОРОД", "РОСТОВ-НА-ДОНУ", "НЬЮ-ЙОРК".
PLACE_CAPS = rf"[{UPPER}][{UPPER}]+(?:(?:-|\s)[{UPPER}]+){{0,3}}"
# Interfax writes the place as a name ("Москва. 25 февраля. INTERFAX.RU -").
PLACE_NAME = rf"[{UPPER}][{LOWER}]+(?:(?:-|\s)[{UPPER}{LOWER}][{LOWER}]+){{0,2}}"
# An agency credited after a dash: "РИА Новости", "ИА Регнум", "Sputnik", "ТАСС",
# "РИА Новости Крым" — a few capitalised words, closed by a period or an author's name.
AGENCY_WORDS = (
    rf"(?:[{UPPER}A-Z][\w-]*(?:\.[A-Za-zА-Яа-я]{{2,3}}\b)?)"
    rf"(?:\s+(?:[{UPPER}A-Z\"«][\w»\"-]*)){{0,3}}"
)

# Forms after the place (and an optional date), tried in this order:
#   МОСКВА, 25 февраля (РИА Новости) -      ОТТАВА (Sputnik) -
#   ВАШИНГТОН, 3 марта. /ТАСС/.            КИЕВ, 5 мая. /Интерфакс-Украина/.
#   МОСКВА, 25 фев — РИА Новости.          МОСКВА, 12 апр - ИА Регнум.
#   Москва. 25 февраля. INTERFAX.RU -
_SEP = r"(?:,|\.)?\s+"
DATELINE_RE = re.compile(
    rf"\s*(?P<place>{PLACE_CAPS})(?:{_SEP}(?P<date>{DATE}))?"
    r"(?:"
    rf"\s*\((?P<paren>[^()\n]{{1,60}})\)\s*(?:{DASH}+|:)\s*"
    rf"|\.?\s*/(?P<slash>[^/\n]{{1,80}})/\s*\.?\s*(?:{DASH}\s*)?"
    rf"|\s*{DASH}+\s*(?P<dash>{AGENCY_WORDS})(?:,\s*(?P<author>[^.\n]{{3,60}}))?\.(?:\s+|$)"
    r")"
)
INTERFAX_RE = re.compile(
    rf"\s*(?P<place>{PLACE_NAME})\.\s+(?P<date>{DATE})\.\s+"
    rf"(?P<dash>[A-ZА-ЯЁ][\w-]*(?:\.[A-Za-zА-Яа-я]{{2,3}})?)\s*{DASH}+\s*"
)
# "/Корр. ТАСС Иван Петров/" credits the agency through its correspondent.
CORRESPONDENT_RE = re.compile(
    r"^(?:(?:спец\.?\s*)?корр(?:\.|еспондент[а-я]*)|с\.\s*корр\.)\s*", re.IGNORECASE
)

# -- agencies ---------------------------------------------------------------------

# Agencies and photo services Russian copy credits; used to tell which side of
# "Agency / Photographer" is which, and where a correspondent's credit ends.
AGENCIES = (
    "РИА Новости", "ТАСС", "ИТАР-ТАСС", "Интерфакс", "Интерфакс-Украина", "Sputnik",
    "Спутник", "ИА Регнум", "Регнум", "REGNUM", "РБК", "Известия", "Коммерсантъ",
    "Коммерсант", "Ведомости", "Российская газета", "РГ", "Лента.ру", "Газета.Ru",
    "АиФ", "Прайм", "ПРАЙМ", "РИА ФАН", "Ura.ru", "УНИАН", "Укринформ", "БелТА",
    "Казинформ", "Кабар", "Арменпресс", "Синьхуа", "Reuters", "Рейтер", "AP", "AFP",
    "EPA", "AP Photo", "Xinhua", "Getty Images", "Global Look Press", "Фотобанк Лори",
    "Лори", "Shutterstock", "Freepik", "Агентство «Москва»", "Агентство \"Москва\"",
    "Кремль", "kremlin.ru", "Бизнес Online", "Фонтанка",
    "Российское информационное агентство", "Sputnik Беларусь", "Sputnik Казахстан",
)  # fmt: skip
AGENCY_KEYS = frozenset(a.casefold() for a in AGENCIES)
# An organisation rather than a person: a press service, a ministry, a site.
ORGANISATION_RE = re.compile(
    r"(?i:пресс-служб|пресс-центр|министерств|минобороны|мид\b|мчс\b|правительств"
    r"|администрац|кремл|агентств|архив|служб|департамент|управлени|ведомств"
    r"|\.ru\b|\.com\b|\bpress\b|\bservice\b|\bministry\b|\bagency\b|\bimages?\b)"
)
