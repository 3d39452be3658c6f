"""A statement label whose owner is a body named by a common noun (`Below is the
company’s statement:`, `The union’s statement is below:`) gives the words to the one body
of that kind the text names, or to nobody: never to the release's member or its issuer."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

WORDS = "“We are glad to open the new mill in Kestrel Falls.”"


def _label(lead: str, label: str) -> list[list[list[str]]]:
    text = f"Moss Hails Mill\n\nKESTREL FALLS – {lead}\n\n{label}\n\n{WORDS}"
    return [speakers(bare(text)), speakers(release(text, "ida_moss"))]


def test_a_body_nouns_label_is_never_the_members() -> None:
    lead = "Rep. Ida Moss today welcomed the new mill that Quarry Lane Steel will build."
    for label in (
        "Below is the company’s statement:",
        "The company’s statement is below:",
        "Here is the firm's full statement:",
        "The union’s statement is below:",
        "Below is the agency’s statement:",
        "Below is the family’s statement:",
        "The coalition’s statement is below:",
    ):
        for got in _label(lead, label):
            assert got == [[]], (label, got)


def test_the_one_body_of_the_nouns_kind_named_speaks() -> None:
    for lead, label, want in (
        (
            "Rep. Ida Moss today welcomed the contract the Kestrel Mill Workers Union signed.",
            "The union’s statement is below:",
            "Kestrel Mill Workers Union",
        ),
        (
            "Rep. Ida Moss today welcomed the grant of the Kestrel Falls Arts Council.",
            "Below is the council’s statement:",
            "Kestrel Falls Arts Council",
        ),
    ):
        for got in _label(lead, label):
            assert got == [[want]], (label, got)


def test_two_bodies_of_the_kind_give_nobody() -> None:
    lead = (
        "Rep. Ida Moss today welcomed the contract the Kestrel Mill Workers Union and the "
        "Falls Teamsters Union signed."
    )
    for got in _label(lead, "The union’s statement is below:"):
        assert got == [[]], got


def test_a_persons_label_stays() -> None:
    lead = "Rep. Ida Moss today welcomed the mill. Mayor Una Brandt cut the ribbon."
    for got in _label(lead, "Below is the Mayor’s statement:"):
        assert got == [["Una Brandt"]], got
    got = _label(lead, "Below is the Congresswoman’s statement:")[1]
    assert got == [["Ida Moss"]], got
