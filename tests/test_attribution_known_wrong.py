"""Words a rule used to give the wrong person: a place named as a statement's author, a
pronoun reaching past an unnamed role, a name read in a role's words."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

BRIDGE = "WASHINGTON – The town opened its new bridge on Monday.\n\n"
HARBOR = "“We will keep the harbor open all winter for our fishing families.”"
VAIL = "WASHINGTON – Rep. Tod Vail opened the harbor hearing on Monday.\n\n"


def test_a_place_after_the_statement_says_where_it_was_given_not_who_wrote_it() -> None:
    for place in ("Washington", "Chicago", "Ohio"):
        said = f"Rep. Tod Vail released the following statement from {place}:"
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [["Tod Vail"]], place
        assert speakers(release(text)) == [["Tod Vail"]], place
    # a place that is also a first name may be a person: nobody rather than either
    text = f"{HEAD}{BRIDGE}Rep. Tod Vail read the following statement from Jordan: {HARBOR}"
    assert speakers(bare(text)) == [[]]


def test_a_person_after_the_statement_still_wrote_it() -> None:
    said = "Rep. Tod Vail read the following remarks from Governor Ann Vail:"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(bare(text)) == [["Ann Vail"]]
    assert speakers(release(text)) == [["Ann Vail"]]


def test_a_title_before_the_served_persons_name_makes_the_aide_speak() -> None:
    for said in (
        f"Chief of Staff to Governor Ivo Brandt, Lena Marsh, said {HARBOR}",
        f"{HARBOR} said Chief of Staff to Governor Ivo Brandt, Lena Marsh.",
        f"{HARBOR} said Senior Adviser to Mayor Ivo Brandt, Lena Marsh.",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [["Lena Marsh"]], said
        assert speakers(release(text)) == [["Lena Marsh"]], said
    # the aide unnamed: nobody, never the person served
    text = f"{HEAD}{BRIDGE}{HARBOR} said Chief of Staff to Governor Ivo Brandt."
    assert speakers(bare(text)) == [[]]
    assert speakers(release(text)) == [[]]


def test_a_name_before_a_townships_role_is_the_speaker_not_the_township() -> None:
    # `Mary Beth Holt`: `Beth` may be the surname, so only `Holt said` elsewhere ends
    # the name at `Holt`; without it the words are nobody's, never the issuer's.
    later = "\n\n“The ferry stays,” Holt said."
    for name, after, first in (
        ("Ann Holt", "", "Ann Holt"),
        ("Mary Beth Holt", later, "Mary Beth Holt"),
        ("Mary Beth Holt", "", None),
    ):
        for said in (
            f"{name} Oak Township Supervisor said {HARBOR}",
            f"{HARBOR} said {name} Oak Township Supervisor.",
        ):
            text = f"{HEAD}{BRIDGE}{said}{after}"
            want = [first] if first else []
            assert speakers(bare(text))[0] == want, said
            assert speakers(release(text))[0] == want, said


def test_a_members_capitalised_aide_is_an_unnamed_person() -> None:
    for said in (
        f"Vail’s Chief of Staff said {HARBOR}",
        f"{HARBOR} said Vail’s Chief of Staff.",
        f"“We are ready,” Vail said. {HARBOR} said Vail’s Chief of Staff.",
        f"“We are ready,” Vail said.\n\nVail’s Deputy Chief of Staff said {HARBOR}",
    ):
        text = f"{HEAD}{VAIL}{said}"
        assert speakers(bare(text))[-1] == [], said
        assert speakers(release(text, "tod_vail"))[-1] == [], said


def test_he_after_an_unnamed_clerk_who_speaks_as_clerk_is_nobody() -> None:
    for met in ("She met the county clerk.", "Vail met the county clerk."):
        for words in (
            "“As clerk, I will keep every record open to the public,” he said.",
            "“As the county clerk, I will keep every record open,” he said.",
        ):
            text = f"{HEAD}{VAIL}{met} {words}"
            assert speakers(bare(text)) == [[]], (met, words)
            assert speakers(release(text, "tod_vail")) == [[]], (met, words)


def test_he_after_a_clerk_the_words_speak_of_is_still_the_member() -> None:
    text = f"{HEAD}{VAIL}She met the county clerk. “The clerk agreed with us,” he said."
    assert speakers(bare(text)) == [["Tod Vail"]]


def test_told_with_to_after_the_words_keeps_the_named_speaker() -> None:
    # `to` after what was told, or after its listener, is no demand made of the listener:
    # the words are still the named speaker's, bare and in the issuer's release.
    for after in (
        "Ann Holt told the story to lawmakers.",
        "Ann Holt told the crowd to cheers.",
        "Ann Holt told her story to investigators.",
        "Ann Holt told reporters to date nothing has changed.",
        "Ann Holt tells the story to students every year.",
        "Ann Holt told reporters.",
        "Ann Holt told colleagues on Tuesday.",
    ):
        text = f"{HEAD}{BRIDGE}{HARBOR} {after}"
        assert speakers(bare(text)) == [["Ann Holt"]], after
        assert speakers(release(text)) == [["Ann Holt"]], after


def test_words_after_a_reply_owned_by_another_are_not_the_subjects() -> None:
    reply = "“We cannot fund the ferry this year.”"
    for said in (
        f"Rep. Tod Vail slammed the board after he heard its reply {reply}",
        f"Rep. Tod Vail slammed the board after hearing its reply, {reply}",
        f"Rep. Tod Vail read the board’s answer: {reply}",
        f"Rep. Tod Vail heard their response: {reply}",
        f"Vail read the board’s reply: {reply}",
    ):
        text = f"{HEAD}{VAIL}{said}"
        assert speakers(bare(text)) == [[]], said
        assert speakers(release(text))[-1] == [], said
        assert speakers(release(text, "tod_vail"))[-1] == [], said
    # the subject's own reply, or a statement about another's words, stays the subject's
    for said in (
        f"Rep. Tod Vail read his reply: {reply}",
        f"Rep. Tod Vail released the following statement on the board’s reply: {reply}",
    ):
        text = f"{HEAD}{VAIL}{said}"
        assert speakers(bare(text)) == [["Tod Vail"]], said


def test_words_after_a_time_words_statement_stay_the_subjects() -> None:
    said = "“We will fund the ferry this year.”"
    for cue in (
        "At the rally, Rep. Tod Vail repeated Tuesday’s remarks:",
        "Rep. Tod Vail read today’s statement:",
        "Rep. Tod Vail repeated the year’s message:",
        "Rep. Tod Vail shared this morning’s remarks,",
        "Rep. Tod Vail quoted last week’s letter:",
    ):
        text = f"{HEAD}{VAIL}{cue} {said}"
        assert speakers(bare(text)) == [["Tod Vail"]], cue
        assert speakers(release(text))[-1] == ["Tod Vail"], cue


def test_a_lower_case_verb_after_the_words_is_their_cue_whatever_follows_the_name() -> None:
    # `“….” said Congresswoman Lise Dorn “…”`: no stop before the next quotation, yet
    # the verb in lower case opens no sentence: both quotations are hers
    first = "“The ferry will run again by spring.”"
    second = "“We owe it to every family on the island.”"
    for said in (
        f"{first} said Congresswoman Lise Dorn {second}",
        f"{first} said Lise Dorn {second}",
        f"{first} said Congresswoman Lise Dorn. {second}",
    ):
        text = f"{HEAD}{BRIDGE}{said}"
        assert speakers(bare(text)) == [["Lise Dorn"], ["Lise Dorn"]], said
        assert speakers(release(text)) == [["Lise Dorn"], ["Lise Dorn"]], said


def test_a_party_tag_between_two_names_is_both_people_or_nobody() -> None:
    # the comma or `and` after the tag lost: two people, never one name run over the tag
    for said in (
        "Senator Lise Dorn (D-OH) Ross Tindall said:",
        "Senator Lise Dorn (D-OH) Senator Ross Tindall said:",
    ):
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [["Lise Dorn", "Ross Tindall"]], said
        assert speakers(release(text)) == [["Lise Dorn", "Ross Tindall"]], said
    # a given name the lexicon does not know: nobody, never `Lise Dorn Yorvo Tindall`
    text = f"{HEAD}{BRIDGE}Senator Lise Dorn (D-OH) Yorvo Tindall said: {HARBOR}"
    assert speakers(bare(text)) == [[]]
    assert speakers(release(text)) == [[]]


def test_a_lower_case_cue_ending_in_a_colon_introduces_the_next_words() -> None:
    # `“….” said Lise Dorn: “…”`: the colon hands the cue to the quotation after it;
    # the words before it are never hers
    for said in (
        "Ann Roe closed the hearing. “The ferry is unsafe.” replied Lise Dorn: ",
        "Ann Roe closed the hearing. “The ferry is unsafe.” replied Lise Dorn to the crowd: ",
        "The sign on the dock said “Closed until spring.” said Lise Dorn: ",
    ):
        text = f"{HEAD}{BRIDGE}{said}{HARBOR}"
        for quotes in (bare(text), release(text)):
            # the sign's words may be read as a title: look them up by their text
            first = [q for q in quotes if q.text.startswith(("The ferry", "Closed"))]
            assert first and "Lise Dorn" not in first[0].speakers, (said, first)
            # and the cue is the next words' (a2f25a9)
            assert speakers(quotes)[-1] == ["Lise Dorn"], (said, speakers(quotes))


def test_party_tags_between_three_names_are_all_three_or_nobody() -> None:
    # every tag ends a name: never the first and last with the middle dropped
    said = "Rep. Lise Dorn (D-OH) Rep. Ross Tindall (R-TX) Rep. Opal Wenning (D-NY) said:"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    want = [["Lise Dorn", "Ross Tindall", "Opal Wenning"]]
    assert speakers(bare(text)) == want
    assert speakers(release(text)) == want
    said = "Rep. Lise Dorn (D-OH) Rep. Yorvo Tindall (R-TX) Rep. Opal Wenning (D-NY) said:"
    text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
    assert speakers(bare(text)) == [[]]
    assert speakers(release(text)) == [[]]


def test_a_tag_after_a_title_that_is_no_name_leaves_the_speaker_after_it() -> None:
    # a broadcaster's or a program's tag after a bill's name (`(C-SPAN)`, `(K-12)`) stands
    # between no two people: the person after it speaks, as without the tag
    for tag in ("(C-SPAN)", "(K-12)"):
        said = (
            f"Video of the House passing the Dockside Safety Act {tag} Representative Lise"
            " Dorn of Ohio, the minority leader, warned members:"
        )
        text = f"{HEAD}{BRIDGE}{said} {HARBOR}"
        assert speakers(bare(text)) == [["Lise Dorn"]], tag
        assert speakers(release(text)) == [["Lise Dorn"]], tag
