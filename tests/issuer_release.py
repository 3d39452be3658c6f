"""A release of Congresswoman Nora Quill parsed with its issuer given and as bare text,
for the tests of how quotations are kept from, or left with, the issuer."""

from __future__ import annotations

from importers.limits import parse_text_bounded
from importers.records import document_from_record
from search.model import Quote


def release(text: str, member: str = "nora_quill") -> list[Quote]:
    record = {"text": text, "member": member}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None).quotes


def bare(text: str) -> list[Quote]:
    return parse_text_bounded(text).quotes


def speakers(quotes: list[Quote]) -> list[list[str]]:
    return [q.speakers for q in quotes if q.kind != "title"]


def both(text: str, member: str = "wes_tarrant") -> list[list[list[str]]]:
    """The speakers of `text`'s quotations read as bare text, then in a release of `member`."""
    return [speakers(bare(text)), speakers(release(text, member))]


HEAD = "Harbor Hearing Draws a Crowd\n\n"
LEAD = "DOVER, OH – Congresswoman Nora Quill held a hearing on the harbor on Tuesday.\n\n"
