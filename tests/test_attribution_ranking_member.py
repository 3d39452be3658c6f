"""`Ranking Member` is one title: its first word, ending in `-ing`, is no participle
opening the sentence (`Joining Holt were …`), so the role and the mention keep it,
alone and in a joint subject. Invented names."""

from __future__ import annotations

from importers.limits import parse_text_bounded

LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally in Brannock on Saturday.\n\n"


def test_ranking_member_is_one_title() -> None:
    for said in (
        "“We will fix the harbor,” Ranking Member Ida Brask said.",
        "“We will fix the harbor,” said Ranking Member Ida Brask.",
        "Ranking Member Ida Brask said: “We will fix the harbor.”",
    ):
        doc = parse_text_bounded(f"{LEAD}{said}")
        quote = next(q for q in doc.quotes if q.kind != "title")
        assert quote.speakers == ["Ida Brask"], said
        assert quote.mention == "Ranking Member Ida Brask", said
        roles = {s.name: s.role for s in doc.speakers}
        assert roles["Ida Brask"] == "Ranking Member", said


def test_ranking_member_in_a_joint_subject() -> None:
    said = "“We will fix the harbor,” Chairman Ivo Lund and Ranking Member Ida Brask said."
    doc = parse_text_bounded(f"{LEAD}{said}")
    quote = next(q for q in doc.quotes if q.kind != "title")
    assert quote.speakers == ["Ivo Lund", "Ida Brask"]
    roles = {s.name: s.role for s in doc.speakers}
    assert roles == {"Ivo Lund": "Chairman", "Ida Brask": "Ranking Member"}
