"""Words a statement quotes inside its own marks: a named person's after a verb of saying
(`“As President Tod Vail said last spring, ‘We will rebuild.’ …”`) are that person's,
and the speaker's own (`“… I have always asked, ‘What’s the cost?’ …”`) are the
statement's speaker's, in bare text and in the issuer's release. Titles, scare words,
a second person and a pronoun give nobody the inner words."""

from __future__ import annotations

from tests.issuer_release import HEAD, LEAD, bare, release

QUILL = "said Congresswoman Nora Quill."


def inner(quotes: list) -> list[tuple[str, list[str]]]:
    """The quotations standing inside another one, with their speakers."""
    out = []
    for q in quotes:
        if any(
            o is not q and o.paragraph == q.paragraph and o.start < q.start and q.end < o.end
            for o in quotes
        ):
            out.append((q.text, q.speakers))
    return out


def both(statement: str) -> tuple[list, list]:
    text = f"{HEAD}{LEAD}“{statement}” {QUILL}"
    return inner(bare(text)), inner(release(text))


def test_a_named_person_quoted_inside_a_statement_speaks_those_words() -> None:
    for statement, words in (
        (
            "As President Tod Vail said last spring, ‘We will rebuild the harbor together.’ "
            "We must keep that promise,",
            "We will rebuild the harbor together.",
        ),
        (
            "Marking the day, President Tod Vail said we must ‘seek help from each other.’ "
            "Those words still ring true,",
            "seek help from each other.",
        ),
        (
            "President Tod Vail said on the campaign trail, 'no more endless wars.' "
            "Now he has chosen a hawk,",
            "no more endless wars.",
        ),
        ("Mayor Ada Brisk told me, ‘We are ready for the storm.’ I believe her,", None),
    ):
        for found in both(statement):
            want = words or "We are ready for the storm."
            who = "Ada Brisk" if words is None else "Tod Vail"
            assert found == [(want, [who])], statement


def test_the_speakers_own_words_quoted_inside_are_theirs() -> None:
    for statement, words in (
        ("To our veterans, I say ‘welcome home’ and thank you,", "welcome home"),
        ("On Monday I asked, ‘What questions would you ask the governor?’ Many wrote,", None),
        ("I have always asked, ‘What’s the cost?’ I want the numbers,", "What’s the cost?"),
        ("This day is my chance to say ‘thank you’ to my neighbors,", "thank you"),
    ):
        want = words or "What questions would you ask the governor?"
        for found in both(statement):
            assert found == [(want, ["Nora Quill"])], statement


def test_no_inner_words_go_to_anybody_without_a_sure_cue() -> None:
    for statement in (
        # a second person between the subject and the words
        "Ben Roe said Mayor Ada Brisk told her, ‘We are ready for the storm.’ I agree,",
        # two subjects
        "As Roe and Brisk said, ‘We are ready for the storm.’ I agree,",
        # kin phrases: the owner is not the speaker
        "As Ada Brisk’s Mother said, ‘He was kind to everyone.’ I agree,",
        "Ada Brisk’s mother said, ‘He was kind to everyone.’ I agree,",
        # quoted titles and terms
        "Senator Tod Vail said the ‘Clean Harbor Act’ will pass,",
        "Senator Tod Vail said, ‘Clean Harbor Act’ is its name,",
        "I say ‘Clean Harbor Act’ must pass,",
        "Senator Tod Vail said the plan, which the mayor called ‘a total sham,’ is dead,",
        "The bill Senator Vail called ‘a total sham’ passed,",
        "Senator Tod Vail said the plan is ‘reckless’ and must go,",
        # pronouns, a plural subject, documents, places, a one-word answer
        "He said, ‘We are ready for the storm.’ I agree,",
        "We asked, ‘Where is the money?’ Nobody answered,",
        "The Constitution says, ‘We the people of the states.’ I agree,",
        "Psalm 34 says, ‘the Lord is close to the brokenhearted.’ I agree,",
        "As Lakeport said, ‘We are ready for the storm.’ I agree,",
        "I told him, ‘No.’ He left,",
    ):
        for found in both(statement):
            assert all(not speakers for _, speakers in found), statement


def _named(statement: str, lead: str = LEAD) -> tuple[list, list]:
    text = f"{HEAD}{lead}“{statement}” {QUILL}"
    return inner(bare(text)), inner(release(text))


WITH_GARROW = (
    "DOVER, OH – Congresswoman Nora Quill toured the pier on Friday with Mayor Pell Garrow.\n\n"
)


def test_a_clause_of_its_own_after_the_verb_gives_the_person_nothing() -> None:
    # the words after `said` hold a second subject and verb: the words are theirs
    for statement in (
        "Mayor Pell Garrow said the council vowed ‘a new ferry for every island by fall.’ "
        "We are still waiting,",
        "Mayor Pell Garrow said the old board at the pier read ‘no swimming after the bell "
        "on holidays.’ That rule is gone,",
        "Mayor Pell Garrow said last week the council vowed, ‘a new ferry for every island.’ "
        "We wait,",
    ):
        for found in _named(statement, WITH_GARROW):
            assert all(not speakers for _, speakers in found), statement


def test_a_term_after_a_determiner_is_nobodys() -> None:
    statement = "Mayor Garrow said the ‘ferry fee’ must go, and I agree with him,"
    for found in _named(statement, WITH_GARROW):
        assert all(not speakers for _, speakers in found), statement


def test_a_lone_surname_or_another_title_is_not_the_person_of_the_release() -> None:
    for lead, statement in (
        (
            "DOVER, OH – Congresswoman Nora Quill met with county clerk Oren Larch on Friday.\n\n",
            "In lean years I recall that Larch said, ‘the tide lifts every boat in the bay.’ "
            "Our crews lived that,",
        ),
        (
            "DOVER, OH – Congresswoman Nora Quill and Rep. Wes Dunmore spoke at the fair.\n\n",
            "As Dr. Dunmore once said, ‘the hour is always right to mend the nets.’ "
            "We honor him today,",
        ),
        (
            "DOVER, OH – Congresswoman Nora Quill and Senator Wes Dunmore spoke at the fair.\n\n",
            "As Governor Dunmore said, ‘the hour is always right to mend the nets.’ We agree,",
        ),
    ):
        for found in _named(statement, lead):
            assert all(not speakers for _, speakers in found), statement


def test_the_issuers_own_lone_surname_gives_her_nothing_from_a_namesake() -> None:
    text = (
        "Larch Honors the Crews\n\n"
        "DOVER, OH – Congresswoman Ada Larch spoke at the county fair on Friday.\n\n"
        "“As Larch said, ‘a net half mended holds no fish at all.’ We must mend it,” "
        "said Congresswoman Larch."
    )
    for found in (inner(bare(text)), inner(release(text, member="ada_larch"))):
        assert all(not speakers for _, speakers in found)


def test_a_title_the_person_holds_with_the_surname_still_speaks() -> None:
    statement = "As Mayor Garrow said, ‘the pier belongs to all of us.’ We agree,"
    for found in _named(statement, WITH_GARROW):
        assert found == [("the pier belongs to all of us.", ["Pell Garrow"])]


def test_an_apostrophe_ending_a_plural_does_not_close_the_words() -> None:
    statement = "As Mayor Garrow said, ‘the fishers’ nets are the pride of this pier.’ We agree,"
    for found in _named(statement, WITH_GARROW):
        assert found == [("the fishers’ nets are the pride of this pier.", ["Pell Garrow"])]


def test_a_title_and_a_surname_nobody_else_bears_speak() -> None:
    statement = (
        "Governor Pardee said on the campaign trail, 'no more closed piers.' Now he has closed two,"
    )
    for found in _named(statement):
        assert found == [("no more closed piers.", ["Pardee"])]
