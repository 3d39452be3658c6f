"""A pronoun or a bare role noun that may mean somebody a news report leaves unnamed
gets no speaker: wire copy quotes `one analyst`, `another trader`, `the senior banker`
between named people, and `he added` after them is theirs, not the last named person's.
Invented wire paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1] if q.kind == "direct"]


# -- an unnamed person as the subject just before the pronoun ------------------------


def test_he_after_said_one_analyst_is_nobodys() -> None:
    assert _speakers(
        [
            "Harlow Mills Inc rejected the bid, said Ed Dane of Vantor Securities.",
            "“They will hold out for more,” said one trader who asked not to be named. "
            "“The price is too low,” he added.",
        ]
    ) == [None, None]


def test_he_after_a_sentence_another_analyst_opens_is_nobodys() -> None:
    assert _speakers(
        [
            "Ferro Corp, run by chairman Karl Vail and his son, raised its offer last "
            "year, an analyst said. But another analyst said the bid looked “about "
            "right.” He said the price was “already generous.”"
        ]
    )[-1:] == [None]


def test_he_after_the_senior_banker_opens_the_sentence_is_nobodys() -> None:
    assert _speakers(
        [
            "Finance Minister Tom Reed met his counterpart in Bonn on Monday.",
            "The senior banker was opposed to a split, saying: “One plan is enough.” "
            "But he added: “Each region must be heard.”",
        ]
    ) == [None, None]


def test_he_after_the_mayor_and_a_pronoun_sentence_is_not_the_interviewer() -> None:
    # `The mayor` opens the sentence before `But he added`, whose pronoun goes on with
    # the mayor; the interviewer named before him is nobody the words belong to.
    assert _speakers(
        [
            "Mayor Lin Bao told bank manager Ed Dane that work would start soon.",
            "The mayor said bids would be invited. But he added that loans were needed.",
            "“It is a complex issue,” he said.",
        ]
    ) == [None]


def test_the_diplomat_after_another_diplomat_is_nobodys() -> None:
    assert _speakers(
        [
            "Tom Reed of the embassy said trade with Norland was growing.",
            "Another diplomat said quotas would be the main issue.",
            "“Quotas will decide it,” the diplomat said.",
        ]
    ) == [None]


def test_the_official_after_the_administration_official_is_not_another_person() -> None:
    assert _speakers(
        [
            "Central bank governor Ivo Brandt met the delegation on Monday.",
            "But the administration official said the plan might fail. “It is "
            "riskier than they thought,” the official said.",
        ]
    ) == [None]


def test_as_one_official_put_it_is_nobodys() -> None:
    assert _speakers(
        [
            "To Paris, as one official put it, “the fund is the root of all "
            "trouble” in the grain trade."
        ]
    ) == [None]


def test_a_name_opening_with_one_is_no_speaker() -> None:
    assert _speakers(
        [
            "One Northern diplomat said the talks would go on.",
            "“Nobody wants to leave,” the diplomat said.",
        ]
    ) == [None]


# -- the rule leaves these alone ------------------------------------------------------


def test_he_after_the_named_speakers_own_role_stays_his() -> None:
    assert _speakers(
        [
            "Mayor Tom Bao opened the bridge on Monday.",
            "The mayor said more would follow. “We are not done,” he said.",
        ]
    ) == ["Tom Bao"]


def test_he_after_an_unnamed_person_named_in_apposition_stays_the_names() -> None:
    assert _speakers(
        [
            "One analyst, Ed Dane of Vantor Securities, said the bid was low.",
            "“They will hold out for more,” he said.",
        ]
    ) == ["Ed Dane"]


def test_he_after_an_unnamed_person_before_the_antecedent_stays_the_antecedents() -> None:
    assert _speakers(
        [
            "One analyst said the bid was low.",
            "“They will hold out,” said Ed Dane of Vantor Securities. “The price is "
            "too low,” he added.",
        ]
    ) == ["Ed Dane", "Ed Dane"]


def test_she_after_an_unnamed_spokesman_stays_hers() -> None:
    assert _speakers(
        [
            "“We will appeal,” said Ann Holt, the chief counsel.",
            "A spokesman said the filing was due on Friday. “It is ready,” she said.",
        ]
    ) == ["Ann Holt", "Ann Holt"]


# -- a reader's signature after a full stop ------------------------------------------


def test_a_dash_signature_after_a_full_stop_is_the_signers_not_a_continuation() -> None:
    assert _speakers(
        [
            "Readers told us what they thought:",
            "“The fit is perfect and the box came fast.” - Ida Quill",
            "“I keep every piece they send, it is that good!”. - Lena Marsh",
        ]
    ) == ["Ida Quill", "Lena Marsh"]


# -- a nationality word opening a registered name ------------------------------------


def test_he_is_never_a_name_opening_with_a_nationality() -> None:
    assert _speakers(
        [
            "The Governor of the Central Bank of West African CFA franc zone states "
            "urged talks with the fund.",
            "“Nobody is leaving the fund,” he said.",
        ]
    ) == [None]


# -- a firm whose name opens with General ------------------------------------------


def test_a_firm_opening_with_general_is_no_generals_surname() -> None:
    assert _speakers(
        [
            "General Vantor Corp said on Monday it would cut output.",
            "“We see weak demand,” General Vantor said.",
        ]
    ) == [None]


def test_a_general_the_text_names_as_a_person_keeps_the_name() -> None:
    assert _speakers(
        [
            "Gen. Tom Reed, the army chief, toured General Harbor Co's yard.",
            "“We are ready,” General Reed said.",
        ]
    ) == ["Tom Reed"]
