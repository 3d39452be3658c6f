"""A person described by where they come from (`a man from Brannock, Del.`, `a woman from
Corvale`) is unnamed: the place after `from` is never the speaker, whatever follows it (a
state's abbreviation that is also a title's, `Del.`, `Miss.`, then a name). Invented
names, places and sentences."""

from __future__ import annotations

from tests.issuer_release import both

HEAD = "Harbor Rally Draws a Crowd\n\n"
LEAD = "SALEM – Rep. Wes Tarrant (D-Ore.) spoke at a rally on Saturday."
TOWNS = (
    ("Brannock", "Del."),
    ("Corvale", "Ind."),
    ("Halbrook", "Miss."),
    ("Pellwick", "Mo."),
    ("Marlow Springs", "Ga."),
)


def test_a_man_from_a_town_and_state_before_a_name_is_nobody() -> None:
    for town, state in TOWNS:
        cue = f"shouted a man from {town}, {state} Tarrant thanked him."
        text = f"{HEAD}{LEAD} “We will win,” {cue}\n"
        assert both(text) == [[[]], [[]]], (town, state)  # it gave the town


def test_a_person_noun_from_a_town_is_nobody_with_or_without_the_state() -> None:
    for subject in ("a woman", "a retired nurse", "a local farmer", "one resident"):
        for place in ("Corvale", "Corvale, Ga.", "Marlow Springs, Mo."):
            text = f"{HEAD}{LEAD} “We will win,” said {subject} from {place}\n"
            assert both(text) == [[[]], [[]]], (subject, place)


def test_the_town_is_no_speaker_of_the_words_after_the_cue() -> None:
    text = f"{HEAD}{LEAD} “We will win,” shouted a man from Brannock, Del. “We always do.”\n"
    for got in both(text):
        assert got[0] == [], got  # it gave the town
        assert all(names == [] for names in got), got  # never the town, nor the issuer


def test_the_person_named_after_the_state_speaks_his_own_words() -> None:
    text = (
        f"{HEAD}{LEAD} “We will win,” shouted a man from Brannock, Del. Tarrant thanked him."
        " “He is right,” Tarrant said.\n"
    )
    assert both(text) == [[[], ["Wes Tarrant"]], [[], ["Wes Tarrant"]]]


def test_a_named_person_from_a_town_keeps_the_name() -> None:
    for cue in (
        "said Lina Corvo, a nurse from Halbrook, Miss.",
        "said Lina Corvo of Halbrook, Miss. Tarrant thanked her.",
        "read a statement from Sen. Lina Corvo.",
    ):
        text = f"{HEAD}{LEAD} “We will win,” {cue}\n"
        assert both(text) == [[["Lina Corvo"]], [["Lina Corvo"]]], cue


def test_a_body_after_from_stays_the_source() -> None:
    text = f"{HEAD}{LEAD} “The pier is safe,” said a spokesman from the Harbor Department.\n"
    assert both(text) == [[["Harbor Department"]], [["Harbor Department"]]]


# A remembered person named in the sentences before a state's dotted short form (`N.C.`,
# read as an initial), then the member's speech introduced by a sentence naming nobody.
REMEMBERED = (
    "WASHINGTON, D.C. – U.S. Representative Wes Tarrant (R-N.C.) today remembered the life of "
    "Tod Bram Vail, 24, a fallen officer of the Corvale Police Department. “Officer Vail gave "
    "his life for us all,” Tarrant said in a speech on the House floor. The visitation for "
    "Officer Vail will be on Friday at Roe’s Funeral Home in Corvale, N.C. His funeral will be "
    "Saturday at Dunn’s Chapel in Salem, N.C. {opener} the full speech here and read the full "
    "transcript below: “It has been said, ‘the bravest go out to meet it.’ “These words embody "
    "the life of Officer Tod Bram Vail. “He served our town for two years.”\n"
)


def test_a_state_short_form_before_a_word_opening_a_sentence_ends_the_sentence() -> None:
    # `Salem, N.C. Watch the full speech …:` opens a sentence of its own: it names nobody,
    # so the speech is the issuer's or nobody's, never the officer's the sentences before
    # name (it gave the whole speech to Tod Bram Vail).
    for opener in ("Watch", "Read"):
        for said in both(HEAD + REMEMBERED.format(opener=opener)):
            assert said[0] == ["Wes Tarrant"], said
            assert all(names in ([], ["Wes Tarrant"]) for names in said), said
