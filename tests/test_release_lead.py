"""The member a release's lead names, as the speaker of its uncued first-person
statements, when the text alone is parsed. Every fixture is invented text."""

from __future__ import annotations

from importers.quotes import extract_quotes
from search.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    return extract_quotes(list(paragraphs))[1]


def test_a_title_case_headline_run_into_the_lead_leaves_the_member_to_the_lead() -> None:
    quotes = quotes_of(
        "Rep. Quill Backs Harbor Repair Bill WASHINGTON – Today, Congresswoman Nora Quill "
        "(D-OR) voted for the harbor repair bill. “The dock workers of our coast deserve a "
        "safe harbor, and I will keep fighting for the repairs they need.”"
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]
    assert quotes[0].method == "resolved"


def test_a_headline_before_another_members_lead_gives_nobody_the_statement() -> None:
    quotes = quotes_of(
        "Rep. Quill Backs Harbor Repair Bill WASHINGTON – Today, Congressman Tod Vail "
        "(D-OR) voted for the harbor repair bill. “The dock workers of our coast deserve a "
        "safe harbor, and I will keep fighting for the repairs they need.”"
    )
    assert all("Tod Vail" not in q.speakers for q in quotes)
    assert all(not any(" " not in s or "Backs" in s for s in q.speakers) for q in quotes)


def test_a_lead_opening_with_a_full_name_keeps_that_name() -> None:
    quotes = quotes_of(
        "Congresswoman Nora Quill (D-OR) today joined Congressman Tod Vail at the harbor. "
        "“I am proud to stand with the dock workers of our coast.”"
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]


def test_an_uncued_statement_naming_the_member_by_title_is_somebody_elses() -> None:
    quotes = quotes_of(
        "Congresswoman Nora Quill (D-OR) today announced a grant for the Dunmore clinic. "
        "“I am glad the clinic can keep its doors open for every family on the coast.”",
        "“Congresswoman Quill is a true friend of our clinic and we are grateful for her help.”",
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"], []]


def test_the_members_office_inside_the_statement_keeps_it_the_members() -> None:
    quotes = quotes_of(
        "Congresswoman Nora Quill (D-OR) today opened a harbor office in Dunmore. “I am glad "
        "to open this office. Residents may call Congresswoman Quill’s office to book a "
        "visit.”"
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]


def test_the_member_introducing_themself_keeps_the_statement() -> None:
    quotes = quotes_of(
        "Congresswoman Nora Quill (D-OR) will deliver the weekly radio address on Saturday. "
        "“Good morning. This is Congresswoman Nora Quill, and I am speaking to you from the "
        "harbor.”"
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]


def test_the_members_surname_before_a_headline_quotation_gives_it_to_the_member() -> None:
    quotes = quotes_of(
        "Quill: “The harbor cannot wait another winter” WASHINGTON – Today, Congresswoman "
        "Nora Quill (D-OR) released a statement on the harbor repairs."
    )
    assert [q.speakers for q in quotes] == [["Nora Quill"]]


def test_another_surname_before_a_headline_quotation_is_not_the_members() -> None:
    quotes = quotes_of(
        "Brandt: “The harbor cannot wait another winter” WASHINGTON – Today, Congresswoman "
        "Nora Quill (D-OR) released a statement on the harbor repairs. “I agree, and I will "
        "keep pressing for the repairs.”"
    )
    assert [q.speakers for q in quotes] == [[], ["Nora Quill"]]


def test_a_headline_surname_shared_by_another_titled_person_gives_nobody_the_statement() -> None:
    quotes = quotes_of(
        "Senator Holt Joins Rep. Varga On Harbor Bill WASHINGTON – Congresswoman Ann Varga "
        "(D-Ore.) today joined Senator Ben Holt to introduce the harbor bill. “I am proud to "
        "lead this fight for our dock workers.”"
    )
    assert all("Ben Holt" not in q.speakers for q in quotes)


def test_a_headline_member_who_is_not_the_leads_subject_gives_nobody_the_statement() -> None:
    quotes = quotes_of(
        "Rep. Holt Relief Bill Clears House WASHINGTON – Congressman Tom Varga (D-Ore.) today "
        "voted for the relief bill written by Congresswoman Ann Holt last spring. “I will keep "
        "fighting for the families of the harbor.”"
    )
    assert all(q.speakers in ([], ["Tom Varga"]) for q in quotes)


def test_a_headline_title_of_another_office_than_the_leads_subject_gives_nobody() -> None:
    quotes = quotes_of(
        "Rep. Holt Welcomes Relief Bill WASHINGTON – Senator Ben Holt today praised "
        "Congresswoman Ann Holt (D-Ore.) for the relief bill. “I am proud to back this bill "
        "for our families.”"
    )
    assert [q.speakers for q in quotes] == [[]]


def test_a_label_shared_by_two_people_of_the_lead_is_nobodys() -> None:
    quotes = quotes_of(
        "Holt: “The harbor will stay open” WASHINGTON – Congresswoman Ann Holt (D-Ore.) today "
        "welcomed the pledge of Governor Tom Holt to the dock workers on Monday."
    )
    assert [q.speakers for q in quotes] == [[]]


def test_the_member_is_no_speaker_when_every_statement_is_withheld() -> None:
    speakers, quotes = extract_quotes(
        [
            "WASHINGTON – Congresswoman Ann Holt (D-Ore.) today announced a grant for the "
            "Dunmore clinic. “We thank Congresswoman Holt for her help.”"
        ]
    )
    assert [q.speakers for q in quotes] == [[]]
    assert "Ann Holt" not in [s.name for s in speakers]


def test_another_speakers_first_person_label_does_not_give_the_rest_to_the_member() -> None:
    quotes = quotes_of(
        "Brandt: “I will not let the harbor close” WASHINGTON – Congresswoman Ann Holt "
        "(D-Ore.) today toured the harbor with the union. “The repairs must begin this spring.”"
    )
    assert [q.speakers for q in quotes] == [[], []]


def test_a_withheld_first_person_thanks_does_not_give_the_rest_to_the_member() -> None:
    quotes = quotes_of(
        "WASHINGTON – Congresswoman Ann Holt (D-Ore.) today announced a grant for the Dunmore "
        "clinic. “We thank Congresswoman Holt for her help.” “The clinic will stay open all "
        "winter.”"
    )
    assert [q.speakers for q in quotes] == [[], []]


def test_the_member_named_by_title_after_is_in_a_statement_is_somebody_elses() -> None:
    quotes = quotes_of(
        "WASHINGTON – Congresswoman Ann Holt (D-Ore.) today announced a grant for the Dunmore "
        "clinic. “The hero of this fight is Congresswoman Holt, and we thank her for it.”"
    )
    assert [q.speakers for q in quotes] == [[]]
