"""A full name that is the issuer's but for its accents (`Ramón Vidal` in the text of a
release whose issuer is `Ramon Vidal`) is the issuer: one speaker, the issuer's value,
the text's spelling kept as an alias. A different given name stays another person.
Invented text."""

from __future__ import annotations

from importers.records import document_from_record
from search.model import Document


def _parse(text: str) -> Document:
    record = {"text": text, "member": "ramon_vidal"}
    return document_from_record(record, {"text": "text", "member": "issuer"}, origin=None)


def _speakers(doc: Document) -> list[list[str]]:
    return [q.speakers for q in doc.quotes if q.kind != "title"]


ES = (
    "Vidal Funda un Caucus\n\n"
    "WASHINGTON – El congresista Ramon Vidal anunció hoy un caucus del puerto de Corvale.\n\n"
)
EN = (
    "Vidal Hails Harbor Act\n\n"
    "WASHINGTON – Congressman Ramon Vidal praised the Corvale harbor act today.\n\n"
)
MORE = "“Espero que el caucus sirva como un recurso valioso.”"
ROE = "“The harbor will be fine,” said Mayor Ann Roe."


def test_the_issuer_written_with_accents_is_the_issuer() -> None:
    for head, cue in (
        (ES, "“El puerto es muy importante”, dijo el representante Ramón Vidal."),
        (EN, "“The port is vital,” said Rep. Ramón Vidal."),
        (EN, "“The port is vital,” said Rep. Ramón Vidal (D-Corvale), who chairs the board."),
    ):
        doc = _parse(f"{head}{cue} {MORE}\n\n{ROE}\n\n")
        assert _speakers(doc) == [["Ramon Vidal"], ["Ramon Vidal"], ["Ann Roe"]], cue
        people = {s.name: s for s in doc.speakers}
        assert sorted(people) == ["Ann Roe", "Ramon Vidal"], cue
        assert any(a.startswith("Ram") and "ó" in a for a in people["Ramon Vidal"].aliases)


def test_another_given_name_stays_another_person() -> None:
    for cue in (
        "“El puerto es muy importante”, dijo la representante Rosa Vidal.",
        "“El puerto es muy importante”, dijo el representante Ramiro Vidál.",
    ):
        doc = _parse(f"{ES}{cue}\n\n")
        assert _speakers(doc)[0] != ["Ramon Vidal"], cue
