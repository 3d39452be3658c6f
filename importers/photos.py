"""Photo credit lines: `© Sputnik / Ramil Sitdikov / Go to the photo bankThe flag ...`.

`extract_photo(paragraph)` returns a `Photo` (credit, agency, photographer, caption) when
the paragraph is a photo credit with or without its caption, else None. The credit
styles are tried in a fixed order, most specific first; site furniture listed in
`text_patterns.PHOTO_BOILERPLATE` is dropped wherever it appears.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from importers import russian_patterns as R
from importers import text_patterns as P
from search.model import Photo

YEAR_SUFFIX_RE = re.compile(r"\s+(?:19|20)\d\d$")
CREDIT_RUNS_ON_RE = re.compile(r"\s*(?:Photo\s*)?/")


def extract_photo(paragraph: str) -> Photo | None:
    """The photo credit (and caption) this paragraph consists of, or None."""
    photo = extract_copyright_credit(paragraph)
    if photo is not None:
        return photo
    if len(paragraph.split()) > P.MAX_CAPTION_WORDS:
        return None
    for extract in TRAILING_CREDITS:
        photo = extract(paragraph)
        if photo is not None:
            return photo
    return None


def extract_copyright_credit(paragraph: str) -> Photo | None:
    """`© Agency / Photographer [/ boilerplate][caption]`: credit first, caption after."""
    m = P.COPYRIGHT_CREDIT_RE.match(paragraph)
    if m is None:
        return None
    body_start = m.start("body")
    furniture = P.PHOTO_BOILERPLATE_RE.search(paragraph, body_start)
    if furniture is not None:
        credit_end, caption = furniture.start(), paragraph[furniture.end() :]
    else:
        # Without furniture nothing marks where the credit ends, so it all is credit.
        credit_end, caption = len(paragraph), ""
    credit = paragraph[:credit_end].strip().rstrip("/ ").strip()
    parts = [p.strip() for p in paragraph[body_start:credit_end].split("/") if p.strip()]
    if parts:
        # "© AFP 2023 / Jane Doe": the year is the copyright's, not the agency's name.
        parts[0] = YEAR_SUFFIX_RE.sub("", parts[0]) or parts[0]
    return Photo(
        credit=credit,
        agency=parts[0] if parts else None,
        photographer=parts[1] if len(parts) > 1 else None,
        caption=clean_caption(caption),
    )


def extract_ap_credit(paragraph: str) -> Photo | None:
    """`Caption. (AP Photo/Evan Vucci)`."""
    return _trailing(P.AP_CREDIT_RE, paragraph, agency="AP")


def extract_reuters_credit(paragraph: str) -> Photo | None:
    """`Caption. REUTERS/Kevin Lamarque`."""
    return _trailing(P.REUTERS_CREDIT_RE, paragraph, agency="Reuters")


def extract_photo_by_credit(paragraph: str) -> Photo | None:
    """`Caption. (Photo by Jane Doe/AFP via Getty Images)`."""
    return _trailing(P.PHOTO_BY_RE, paragraph)


def extract_name_agency_credit(paragraph: str) -> Photo | None:
    """`Caption. Jane Doe/Getty Images`."""
    return _trailing(P.NAME_AGENCY_CREDIT_RE, paragraph)


def extract_label_credit(paragraph: str) -> Photo | None:
    """`Photo: Getty Images`, `Caption. Credit: Jane Doe/Reuters`, `Photo: AP Caption`."""
    m = P.LABEL_CREDIT_LEAD_RE.match(paragraph)
    # "Фото: AP Photo / Name": the agency's name runs on, it is no caption.
    if m is not None and not CREDIT_RUNS_ON_RE.match(paragraph, m.end()):
        return _credit_value(m["value"], paragraph[m.end() :])
    m = P.LABEL_CREDIT_RE.search(paragraph, _tail_start(paragraph))
    if m is not None and len(m["value"].split()) <= 8:
        return _credit_value(m["value"], paragraph[: m.start()])
    return None


def extract_agency_only_credit(paragraph: str) -> Photo | None:
    """`Caption. Getty Images`: a photo service with no photographer."""
    m = P.AGENCY_ONLY_CREDIT_RE.search(paragraph, _tail_start(paragraph))
    if m is None:
        return None
    return Photo(
        credit=m["agency"], agency=m["agency"], caption=clean_caption(paragraph[: m.start()])
    )


# Credits that close a caption (or stand alone), most specific first.
TRAILING_CREDITS: tuple[Callable[[str], Photo | None], ...] = (
    extract_ap_credit,
    extract_reuters_credit,
    extract_photo_by_credit,
    extract_label_credit,
    extract_name_agency_credit,
    extract_agency_only_credit,
)


def clean_caption(text: str) -> str | None:
    """The caption without site furniture and the separators left around a credit."""
    text = P.PHOTO_BOILERPLATE_RE.sub(" ", text)
    text = P.SPACES_RE.sub(" ", text).strip(" |–—-/(")
    return text or None


# -- helpers ---------------------------------------------------------------------


def _trailing(pattern: re.Pattern[str], paragraph: str, agency: str | None = None) -> Photo | None:
    start = _tail_start(paragraph)
    if "/" not in paragraph[start:] and pattern is not P.PHOTO_BY_RE:
        return None
    m = pattern.search(paragraph, start)
    if m is None:
        return None
    groups = m.groupdict()
    return Photo(
        credit=m["credit"],
        agency=agency or _strip(groups.get("agency")),
        photographer=_strip(groups.get("photographer")),
        caption=clean_caption(paragraph[: m.start()]),
    )


def _credit_value(value: str, caption: str) -> Photo:
    """`Jane Doe/Reuters` → photographer and agency; `Getty Images` → agency only."""
    # "Фото: © РИА Новости / Рамиль Ситдиков": the copyright sign is not the agency's name.
    value = value.strip().rstrip(").").strip().lstrip("©").strip()
    name, slash, agency = value.rpartition("/")
    if slash and _agency_first(name.strip(), agency.strip()):
        # "Фото: РИА Новости / Рамиль Ситдиков": Russian credits name the agency first.
        name, agency = agency, name
    if slash:
        return Photo(
            credit=value,
            agency=agency.strip(),
            photographer=name.strip() or None,
            caption=clean_caption(caption),
        )
    if P.PHOTO_AGENCY_RE.fullmatch(value) or _is_agency(value):
        return Photo(credit=value, agency=value, caption=clean_caption(caption))
    return Photo(credit=value, photographer=value, caption=clean_caption(caption))


def _is_agency(text: str) -> bool:
    """A photo service or agency by name, or (in Cyrillic) an organisation by its words."""
    if P.PHOTO_AGENCY_RE.fullmatch(text) or text.casefold() in R.AGENCY_KEYS:
        return True
    return bool(R.CYRILLIC_RE.search(text) and R.ORGANISATION_RE.search(text))


def _agency_first(left: str, right: str) -> bool:
    """`Agency / Photographer` rather than `Photographer / Agency`."""
    if _is_agency(right):
        return False
    # Russian credits put the agency first unless the right side names one.
    return _is_agency(left) or bool(R.CYRILLIC_RE.search(left + right))


def _tail_start(paragraph: str) -> int:
    """Credits are short and close the caption; searching only the tail keeps it cheap."""
    return max(0, len(paragraph) - P.MAX_CREDIT_CHARS)


def _strip(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None
