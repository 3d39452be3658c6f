"""A speaker value names a person or a body, never a committee's field or a party's
description of a chamber; words a text says it quotes from a report or an outlet are not
the issuer's. Invented text."""

from __future__ import annotations

from importers import names as N
from tests.issuer_release import HEAD, LEAD, release, speakers

WORDS = "“We are deeply worried by what the survey of the harbor found this spring.”"


def _values(text: str) -> list[list[str]]:
    return speakers(release(f"{HEAD}{LEAD}{text}"))


def test_a_committees_field_is_no_signer() -> None:
    text = (
        "Sens. Ann Vail (D-Ohio), a harbor committee member, and Tod Brine (R-Ind.), the"
        " Senate Special Committee on Boating chairman, also signed the letter."
        f" {WORDS} the senators wrote."
    )
    values = _values(text)
    assert values == [["Ann Vail", "Tod Brine"]]
    text = (
        "Reps. Ann Vail (D-OH) and Tod Brine (R-IN) from the Harbor Committee Subcommittee"
        f" on Fisheries also signed the letter. {WORDS} added the members."
    )
    assert all("Fisheries" not in v for v in _values(text))


def test_a_surname_listed_after_plural_titles_still_signs() -> None:
    text = f"Reps. Vail and Brine also signed the letter. {WORDS} the members wrote."
    assert _values(text) == [["Vail", "Brine"]]
    # The same word standing alone in the list signs even where a body's field has it.
    text = (
        "Sens. Vail and Brine of the Committee on Brine also signed the letter."
        f" {WORDS} the senators wrote."
    )
    assert _values(text) == [["Vail", "Brine"]]


def test_words_a_sentence_gives_to_its_source_are_not_the_issuers() -> None:
    source = "Both men had lived in the port town for a year before the arrest."
    for who in ("a report by KVLT", "a report by the Lakeport Ledger", "the county sheriff"):
        text = f"Two men were held on Friday. According to {who}: “{source}”"
        assert _values(text) == [[]], who
    text = f"Two men were held on Friday. According to Ann Vail: “{source}”"
    assert _values(text) == [["Ann Vail"]]
    # Across the paragraph's end, as a label of its own.
    assert _values(f"According to the harbor board’s survey:\n\n“{source}”") == [[]]
    # The issuer's own words stay hers, and a source named after a comma is no label.
    assert _values(f"According to Congresswoman Quill: “{source}”") == [["Nora Quill"]]
    assert _values(f"Two men were held on Friday. “{source}”") == [["Nora Quill"]]


def test_a_partys_word_before_a_branch_names_no_body() -> None:
    assert not N.org_shape("Republican Congress".split())
    assert not N.org_shape("Democratic Senate".split())
    assert N.org_shape("Republican Party".split())
    assert N.org_shape("Democratic Governors Association".split())
    for party in ("Republican Congress", "Democratic Senate"):
        text = f"Last year the {party} insisted that the harbor fund be cut by half."
        assert _values(text) == [[]], party


def test_an_acronym_spelt_out_as_a_documents_name_is_no_speaker() -> None:
    text = (
        "The Final Harbor Impact Statement (FHIS) came out in May. The FHIS claimed that"
        " the cost to build the Lakeport site is lower. “We will read every page,” said"
        " Ann Vail."
    )
    values = _values(text)
    assert values == [[], ["Ann Vail"]]
    # A body shortened to its letters still speaks.
    text = (
        "The Harbor Safety Board (HSB) met in May. The HSB said that the cost to dredge the"
        " channel is lower."
    )
    assert _values(text) == [["HSB"]]
    text = (
        "The Lakeport Geodetic Survey (LGS) mapped the bay in May. The LGS said that the"
        " channel is deeper than charted."
    )
    assert _values(text) == [["LGS"]]


def _led(lead: str, text: str) -> list[list[str]]:
    return speakers(release(f"{HEAD}DOVER, OH – {lead}\n\n{text}"))


def test_a_source_that_is_only_the_issuers_role_is_the_issuer() -> None:
    words = "“The ferry bill keeps the piers open and the river towns working.”"
    for lead, role in (
        ("Gov. Nora Quill spoke on the ferry bill today.", "the Governor"),
        ("Mayor Nora Quill spoke on the ferry bill today.", "the Mayor"),
        ("Rep. Nora Quill spoke on the ferry bill today.", "the Representative"),
        ("Rep. Nora Quill, chair of the Pier Caucus, spoke today.", "the Chairwoman"),
        ("Secretary Nora Quill spoke on the ferry bill today.", "the Secretary"),
        ("Gov. Nora Quill spoke on the ferry bill today.", "the Governor’s office"),
    ):
        assert _led(lead, f"According to {role}: {words}") == [["Nora Quill"]], role
    # A role with more words after it names somebody else.
    lead = "Gov. Nora Quill spoke on the ferry bill today."
    assert _led(lead, f"According to the Governor’s press secretary: {words}") == [[]]


def test_the_issuers_surname_counts_only_as_a_whole_word() -> None:
    words = "“The ferry bill keeps the piers open and the river towns working.”"
    lead = "Rep. Nora Quill spoke on the ferry bill today."
    assert _led(lead, f"According to the Aquillo County Sheriff: {words}") == [[]]
    assert _led(lead, f"According to the Quillman Harbor Trust: {words}") == [[]]
    assert _led(lead, f"According to Rep. Quill: {words}") == [["Nora Quill"]]


def test_a_body_spelt_out_before_its_letters_still_speaks() -> None:
    words = "“The ferry bill fails every town on the river,” the {} said."
    for body, acr in (
        ("the Friends of the Pier Accord", "FPA"),
        ("the Committee for a Dock Amendment", "CDA"),
        ("the Council on the Dock Act", "CDA"),
    ):
        text = f"Nora Quill met {body} ({acr}) today. {words.format(acr)}"
        assert _values(text) == [[acr]], acr


def test_letters_a_name_does_not_spell_are_no_documents() -> None:
    text = (
        "Nora Quill met the Elmport Study Group on the Grain Act. The group released its"
        " report (ESG). “The ferry bill fails every town on the river,” the ESG said."
    )
    assert _values(text) == [["ESG"]]
    # The same letters spelt out by a document's name are a document's.
    text = (
        "Nora Quill read the Pier Almanac Report (PAR) today. “The ferry bill fails every"
        " town on the river,” the PAR said."
    )
    assert _values(text) == [[]]
    text = (
        "Nora Quill signed the Memorandum of Agreement (MOA) today. “The ferry bill fails"
        " every town on the river,” the MOA said."
    )
    assert _values(text) == [[]]
