"""JSON records of other shapes, through a field mapping (`press import --map FIELD=TARGET`).

Example: the congressional releases are `{"member": "adam_schiff", "date": "2019-03-07",
"text": "…"}` with the headline run into the text; `--map member=issuer --map text=text
--map date=published` makes the member the issuing source and, where the release quotes
them, the speaker, and splits the headline off the text where a dateline shows where it
ends.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from search.model import Document, Origin, document_id, parse_iso_date

from .head_quotes import add_head_quotes
from .quotes import named_clause_subject, no_one_subject
from .release_head import split_release_head
from .repair import repair_text
from .sources import InputError
from .speakers import attribute_to_issuer

TARGETS = {
    "text": "the article text (a headline run into it is split off)",
    "headline": "the headline",
    "body": "the article text, without a headline",
    "published": "the publication date (YYYY-MM-DD or ISO timestamp)",
    "source": "the issuing source",
    "issuer": "the issuing person or office: the source, and the speaker of their own quotes",
    "url": "the canonical URL",
    "language": "the language code",
    "authors": "the byline (a string or a list)",
}
_HANDLE_WORD = re.compile(r"[_\-.]+")
# A handle loses a surname's inner capital; "Mc" is followed by one in every name it
# opens (McCollum, McMorris), so that one is restored. DeFazio or Díaz-Balart cannot be
# told from the handle: the speaker takes the release's own spelling (`issuer_as_written`).
_MC = re.compile(r"\bMc([a-z])")


def parse_field_map(specs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """`["member=issuer", …]` → {"member": "issuer", …}; a ValueError names what is wrong."""
    mapping: dict[str, str] = {}
    for spec in specs:
        field, sep, target = spec.partition("=")
        field, target = field.strip(), target.strip().lower()
        if not sep or not field or not target:
            raise ValueError(f"{spec!r}: write FIELD=TARGET, e.g. member=issuer")
        if target not in TARGETS:
            raise ValueError(f"{spec!r}: unknown target {target!r}; targets: {', '.join(TARGETS)}")
        mapping[field] = target
    if mapping and not {"text", "body"} & set(mapping.values()):
        raise ValueError("the mapping needs a field for the article: FIELD=text or FIELD=body")
    return mapping


def issuer_name(value: str) -> str:
    """A handle such as `adam_schiff` as a name (`Adam Schiff`); names pass unchanged."""
    value = value.strip()
    if " " in value or not _HANDLE_WORD.search(value):
        if not value.islower():
            return value  # a name as written
        name = value.title()
    else:
        name = " ".join(w.capitalize() for w in _HANDLE_WORD.split(value) if w)
    return _MC.sub(lambda m: "Mc" + m.group(1).upper(), name)


def split_run_in_headline(text: str) -> tuple[str | None, str]:
    """(headline, rest) when the opening shows where a run-in headline ends."""
    head = split_release_head(text)
    return head.headline, head.rest


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return "\n\n".join(str(v) for v in value if v)
    return str(value)


def _date(value: Any) -> dt.date | dt.datetime | None:
    if not value:
        return None
    try:
        return parse_iso_date(str(value).strip())
    except ValueError:
        raise InputError(f"not a date: {value!r}") from None


def _no_text_reason(text: str | None) -> str:
    """Why a record gives no article text: none at all, or only a style sheet a word
    processor pasted in (which the parse drops), so the reader knows what was found."""
    if text and text.strip() and not repair_text(text).strip():
        return "the record's text is only word-processor style markup, no words"
    return "the record has no article text"


def document_from_record(
    record: dict[str, Any],
    mapping: dict[str, str],
    *,
    origin: Origin | None,
    source: str | None = None,
    published: dt.date | dt.datetime | None = None,
) -> Document:
    """One mapped record → a parsed document; options given on the command line win."""
    from .limits import parse_text_bounded as parse_text

    values = {target: record.get(field) for field, target in mapping.items()}
    headline = _text(values.get("headline"))
    body = _text(values.get("body")) or ""
    subheadline = None
    lead = None
    issuer = issuer_name(str(values["issuer"])) if values.get("issuer") else None
    if values.get("text"):
        # the issuer's name tells their own byline or label in the head from another's
        head = split_release_head(_text(values["text"]) or "", issuer)
        body = head.rest
        if not headline:
            headline, subheadline = head.headline, head.subheadline
        lead = head.lead
    if not body.strip():
        raise InputError(_no_text_reason(_text(values.get("text")) or body))
    doc = parse_text(
        f"{headline}\n\n{body}" if headline else body,
        source=source or _text(values.get("source")) or issuer,
        published=published or _date(values.get("published")),
        url=_text(values.get("url")),
        origin=origin,
        head_quotes=False,  # read below, once the head is whole and the issuer's rules ran
    )
    if subheadline:
        doc.subheadings.insert(0, subheadline)
    if lead:
        # A caption or teaser before the dateline is the release's text: first in the body.
        derived = doc.id == document_id(doc.url, doc.headline, doc.body)
        doc.body.insert(0, lead)
        if derived:  # the id follows the text, lead included
            doc.id = document_id(doc.url, doc.headline, doc.body)
        for quote in doc.quotes:
            quote.paragraph += 1
    if values.get("language"):
        doc.language = str(values["language"])
    if values.get("authors"):
        authors = values["authors"]
        doc.authors = [str(a) for a in authors] if isinstance(authors, list) else [str(authors)]
    if issuer:
        attribute_to_issuer(doc, issuer, no_one_subject, named_clause_subject)
    # After the issuer's rules, which read body quotes only: the head's quotations are
    # never the issuer's by default.
    add_head_quotes(doc, issuer)
    return doc
