"""A label naming whose statement follows (`Roe’s statement is below:`, `Below is Rep.
Ben Roe’s full statement:`, `Excerpts of Roe’s remarks`) gives the words, and the uncued
blocks running on from them, to that person: not to the member the lead names first,
nor to the issuer by default."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

LEAD = "WASHINGTON – Rep. Ann Vail welcomed Rep. Ben Roe to the harbor on Tuesday. "
FIRST = "“I rise today because the harbor has waited long enough for this repair.”"
SECOND = "“The boats will come home before the winter sets in.”"


def test_the_labelled_person_speaks_not_the_lead_or_the_issuer() -> None:
    for label in (
        "Roe’s statement is below:",
        "Roe’s full remarks are below.",
        "Below is Rep. Ben Roe’s statement:",
        "Excerpts of Roe’s remarks",
        "Text of Rep. Roe's remarks:",
    ):
        for gap in (" ", "\n\n"):
            text = f"{HEAD}{LEAD}{label}{gap}{FIRST}\n\n{SECOND}"
            want = [["Ben Roe"], ["Ben Roe"]]
            assert speakers(bare(text)) == want, label
            assert speakers(release(text, "ann_vail")) == want, label


def test_narration_between_ends_the_labelled_run() -> None:
    text = f"{HEAD}{LEAD}Roe’s statement is below:\n\n{FIRST}\n\nVail toured the dock.\n\n{SECOND}"
    got = speakers(release(text, "ann_vail"))
    assert got[0] == ["Ben Roe"] and got[1] != ["Ben Roe"]


def test_no_label_of_another_takes_the_words() -> None:
    for label in (
        "In response to Roe’s statement:",  # the issuer answers Roe
        "Vail and Roe’s remarks:",  # two people, not Roe alone
        "Roe’s mother’s statement is below:",  # the owner's kin, not the owner
        "Roe’s statement last week angered many.",  # no label of the words
        "The Harbor Department’s statement is below:",  # a body: not a person's label
    ):
        text = f"{HEAD}{LEAD}{label} {FIRST}"
        assert speakers(release(text, "ann_vail")) != [["Ben Roe"]], label


MET = "WASHINGTON – Rep. Ann Vail met Gov. Ben Roe on the pier on Tuesday. "


def _labelled(label: str, gap: str, member: str = "ann_vail") -> list[list[list[str]]]:
    text = f"{HEAD}{MET}{label}{gap}{FIRST}\n\n{SECOND}"
    return [speakers(bare(text)), speakers(release(text, member))]


def test_a_sentence_about_the_statement_is_no_label() -> None:
    # The whole sentence must be the label: a verb or a preposition before the owner
    # makes it a sentence about the owner's words, which the next words may answer.
    for label in (
        "Vail rejected Roe’s comments.",
        "Vail blasted Roe’s statement.",
        "Vail praised Roe’s testimony.",
        "Vail echoed Roe’s comments.",
        "Vail welcomed Roe’s remarks.",
        "Vail issued the following statement regarding Roe’s remarks:",
        "Vail issued the following statement concerning Roe’s remarks:",
        "Vail spoke amid Roe’s remarks:",
        "Vail’s statement regarding Gov. Roe’s remarks:",
        "Roe’s statement.",  # no `:`, `is below` or `as follows`: not a label
    ):
        for gap in (" ", "\n\n"):
            for got in _labelled(label, gap):
                assert ["Ben Roe"] not in got, (label, gap, got)


def test_a_surname_two_people_share_names_nobody() -> None:
    for lead in (
        "WASHINGTON – Rep. Ben Roe and his son, Jim Roe, toured the dock. ",
        "WASHINGTON – Rep. Ann Vail met Ben Roe and Ada Roe at the dock. ",
        "WASHINGTON – Rep. Ann Vail met Gov. Ben Roe, whose father, Tod Roe, once ran the port. ",
    ):
        text = f"{HEAD}{lead}Roe’s statement is below:\n\n{FIRST}\n\n{SECOND}"
        for got in (speakers(bare(text)), speakers(release(text, "ann_vail"))):
            for one in ("Jim Roe", "Ada Roe", "Tod Roe", "Ann Vail"):
                assert [one] not in got, (lead, got)


def test_a_title_names_only_the_person_it_fits() -> None:
    lead = "WASHINGTON – Rep. Ben Roe and his wife toured the dock with Rep. Ann Vail. "
    for label in ("Mrs. Roe’s statement is below:", "Below is Mrs. Roe’s statement:"):
        text = f"{HEAD}{lead}{label}\n\n{FIRST}"
        for got in (speakers(bare(text)), speakers(release(text, "ann_vail"))):
            assert got[0] not in (["Ben Roe"], ["Ann Vail"]), (label, got)
    # Roe is the governor, a man: `Sen. Roe`, `Ms. Roe`, `Mayor Roe` are somebody else
    # the text does not name.
    for label in ("Sen. Roe’s", "Ms. Roe’s", "Mayor Roe’s", "Rep. Roe’s"):
        for got in _labelled(f"{label} statement is below:", "\n\n"):
            assert ["Ben Roe"] not in got and ["Ann Vail"] not in got, (label, got)


def test_labels_that_stay() -> None:
    for label in (
        "Roe’s statement is below:",
        "Gov. Roe’s remarks are as follows:",
        "Mr. Roe’s statement is below:",
        "Here is Roe’s statement.",
        "Below is Gov. Ben Roe’s statement:",
        "Here is Roe’s statement:",
        "The following is the full text of Gov. Roe’s opening remarks:",
        "Below is the text of Governor Roe’s prepared remarks:",
        "Following are Roe’s remarks:",
        "Excerpts of Roe’s remarks",
        "Transcript of Roe’s testimony:",
    ):
        for gap in (" ", "\n\n"):
            assert _labelled(label, gap) == [[["Ben Roe"], ["Ben Roe"]]] * 2, (label, gap)
    lead = "WASHINGTON – Rep. Ann Vail met Ada Roe on the pier. "
    text = f"{HEAD}{lead}Mrs. Roe’s statement is below:\n\n{FIRST}"
    assert speakers(release(text, "ann_vail")) == [["Ada Roe"]]


HEARING = (
    "WASHINGTON – The River Board met on Tuesday to hear how the fleet is kept. Ben Roe, "
    "a member of the board, chaired the hearing, and Commodore Tess Kell, Deputy Chief "
    "of the River Patrol, spoke too. "
)


def _hearing(close: str, label: str = "Roe’s opening statement is as follows:") -> str:
    """Roe's labelled statement, then Kell's testimony; `close` is the closing mark."""
    return (
        f"{HEAD}{HEARING}{label} "
        f"“The panel meets to hear how the barges will be kept afloat,{close} Roe said. "
        f"“The river has carried our grain for a hundred years.{close} "
        f"“I want that to last,{close} Roe said.River Patrol Lists Its Needs "
        "Commodore Tess Kell, Deputy Chief of the River Patrol, testified about the fleet. "
        f"“Most of our boats will wear out by the spring,{close} Commodore Kell said. "
        f"The patrol needs more crews. “Our crews are working long hours.{close} "
        f"“We will need new hulls within five years,{close} Commodore Kell said."
    )


def test_another_persons_testimony_ends_the_labelled_run() -> None:
    # The closing marks were lost (`�?`): the blocks run on from one opening mark to the
    # next, and the narration between them sits inside the words. Another person named as
    # the subject of a verb of saying or testifying ends Roe's run; a block whose own
    # words hold another's cue is not Roe's.
    # Those blocks are read as with no label at all.
    for close in ("�?", "”"):
        for parse in (bare, lambda text: release(text, "ann_vail")):
            got = speakers(parse(_hearing(close)))
            unlabelled = speakers(parse(_hearing(close, "The hearing opened at ten.")))
            assert got[:3] == [["Ben Roe"]] * 3, (close, got)
            assert got[3:] == unlabelled[3:], (close, got, unlabelled)
            assert ["Ben Roe"] not in got[3:], (close, got)


def test_the_owners_own_cue_keeps_the_run() -> None:
    # `Roe said` and a pronoun inside a block whose closer was lost name no one else.
    for close in ("�?", "”"):
        text = (
            f"{HEAD}{HEARING}Roe’s opening statement is as follows: "
            f"“The panel meets today,{close} Roe said. “The river carries our grain.{close} "
            f"“The barges need repair,{close} he said. “We will fund them.{close}"
        )
        assert speakers(bare(text)) == [["Ben Roe"]] * 4, close


def test_a_role_noun_owner_names_the_one_person_given_that_role_or_nobody() -> None:
    met = "WASHINGTON – Rep. Ann Vail met {who} at the harbor on Tuesday.\n\n"
    for label in (
        "Below is the Governor’s statement:",
        "Below is the governor's statement:",
        "Here is the Governor’s full statement:",
    ):
        text = f"{HEAD}{met.format(who='Governor Lena Marsh')}{label}\n\n{FIRST}"
        assert speakers(bare(text)) == [["Lena Marsh"]], label
        assert speakers(release(text, "ann_vail")) == [["Lena Marsh"]], label
        # the governor never named, or two governors: nobody, never the member
        for who in ("the governor", "Governor Lena Marsh and Governor Ivo Brandt"):
            text = f"{HEAD}{met.format(who=who)}{label}\n\n{FIRST}"
            assert speakers(bare(text)) == [[]], (label, who)
            assert speakers(release(text, "ann_vail")) == [[]], (label, who)
    # the member's own office keeps her statement hers
    text = f"{HEAD}{met.format(who='the mayor')}Below is the Congresswoman’s statement:\n\n{FIRST}"
    assert speakers(release(text, "ann_vail")) == [["Ann Vail"]]


PRAISE = "“The new ferry landing will open before the spring thaw.”"


def _governor_label(lead: str, label: str = "Below is the Governor’s statement:") -> list:
    text = f"Vail Hails Ferry Grant\n\nSALEM – {lead}\n\n{label}\n\n{PRAISE}"
    return [speakers(bare(text)), speakers(release(text, "ida_vail"))]


def test_a_former_or_deputy_holder_is_not_the_role_nouns_owner() -> None:
    # Nobody holds the office now: nobody, never the former or deputy holder.
    for who in (
        "Former Governor Ole Brandt",
        "former Governor Ole Brandt",
        "The late Governor Ole Brandt",
        "Retired Gov. Ole Brandt",
        "Former Ohio Gov. Ole Brandt",
        "Lt. Governor Ole Brandt",
        "Lieutenant Governor Ole Brandt",
        "Deputy Governor Ole Brandt",
        "Vice Governor Ole Brandt",
        "Ole Brandt, the former governor,",
        "Ole Brandt, a retired governor of Ohio,",
    ):
        lead = f"Rep. Ida Vail today welcomed the grant. {who} praised it."
        for got in _governor_label(lead):
            assert got == [[]], (who, got)


def test_the_sitting_holder_is_the_owner_beside_a_former_or_deputy_one() -> None:
    for lead in (
        "Rep. Ida Vail today welcomed the grant announced by Governor Kai Dorn and Lt. "
        "Governor Ula Fenn.",
        "Rep. Ida Vail today welcomed the grant. Former Governor Ole Brandt and Governor "
        "Kai Dorn praised it.",
        "Governor Kai Dorn, Rep. Ida Vail and Ole Brandt, the former governor, toured the pier.",
    ):
        for got in _governor_label(lead):
            assert got == [["Kai Dorn"]], (lead, got)


def test_a_role_given_in_an_appositive_makes_a_holder() -> None:
    lead = "Rep. Ida Vail, chairwoman of the Ferry Committee, today welcomed the grant."
    for got in _governor_label(lead, "Below is the Chairwoman’s statement:"):
        assert got == [["Ida Vail"]], got
    lead = "Rep. Ida Vail today met Pia Holm, the chairwoman of the Ferry Board."
    for got in _governor_label(lead, "Below is the Chairwoman’s statement:"):
        assert got == [["Pia Holm"]], got
    # a list's next title and name is no appositive of the name before it
    lead = "Rep. Ida Vail, Chairwoman Pia Holm and Tor Lund toured the pier."
    for got in _governor_label(lead, "Below is the Chairwoman’s statement:"):
        assert got in ([[]], [["Pia Holm"]]), got  # never Ida Vail
    # two chairwomen, or a former one only: nobody
    for lead in (
        "Rep. Ida Vail, chairwoman of the Ferry Committee, met Pia Holm, chairwoman of the "
        "Ferry Board.",
        "Rep. Ida Vail today met Pia Holm, former chairwoman of the Ferry Board.",
    ):
        for got in _governor_label(lead, "Below is the Chairwoman’s statement:"):
            assert got == [[]], (lead, got)


def test_a_former_holder_of_the_members_title_leaves_the_member_her_words() -> None:
    lead = "Rep. Ida Vail today welcomed the grant. Former Congresswoman Una Brandt praised it."
    got = _governor_label(lead, "Below is the Congresswoman’s statement:")[1]
    assert got == [["Ida Vail"]], got
