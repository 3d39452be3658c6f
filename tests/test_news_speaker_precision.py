"""Quoted words on news pages that nobody is said to have said get no speaker: a scare
quote ending a sentence with no verb of saying, the words of a letter whose addressee is
named right before them, and a quotation past a heading that starts a new section.
Invented news paragraphs."""

from __future__ import annotations

from importers.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)[1] if q.kind == "direct"]


# -- a few quoted words ending a sentence, no verb of saying ------------------------


def test_a_scare_quote_after_a_passive_participle_is_nobodys() -> None:
    assert _speakers(
        [
            "Chef Ivo Brandt opened the stall in 1702. He sold a tea that was praised "
            "as a “healing drink”. Within a year a second stall opened."
        ]
    ) == [None]


def test_a_scare_quote_after_a_participle_qualifying_a_noun_is_nobodys() -> None:
    assert _speakers(
        [
            "Tea reached Vienna with Omar Pasha, the envoy of the sultan. He came with "
            "crates of leaves described as a “healing drink”. A year later a stall opened."
        ]
    ) == [None]


def test_words_the_subject_calls_something_stay_the_subjects() -> None:
    assert _speakers(
        ["Chef Ivo Brandt opened the stall in 1702. He called it a “healing drink”."]
    ) == ["Ivo Brandt"]


def test_words_after_an_active_verb_of_saying_stay_the_subjects() -> None:
    assert _speakers(["Mayor Ann Holt described the plan as a “total mess”."]) == ["Ann Holt"]


def test_words_after_what_somebody_called_stay_theirs() -> None:
    assert _speakers(
        ["Mayor Ann Holt toured the site. It was what she described as a “witch hunt”."]
    ) == ["Ann Holt"]


def test_words_a_colon_introduces_stay_the_subjects() -> None:
    assert _speakers(["Mayor Ann Holt had two words for the plan: “never again”."]) == ["Ann Holt"]


# -- a letter's addressee ------------------------------------------------------------


def test_he_after_a_letters_addressee_is_not_the_addressee() -> None:
    assert _speakers(
        [
            "Kovac sent a letter to Governor Ivan Smirnov, in which he explained his "
            "motive: “I did what had to be done. I regret nothing at all.”"
        ]
    ) == [None]


def test_an_appeals_addressee_before_the_cue_is_not_the_writer() -> None:
    assert _speakers(
        [
            "Before police caught him, Petrov posted online an appeal to the French "
            "president Ivan Smirnov, in which he explained his motive: “I did what had "
            "to be done. I regret nothing at all.”"
        ]
    ) == [None]


def test_the_writer_of_a_letter_keeps_the_words() -> None:
    assert _speakers(
        [
            "Ivo Brandt wrote to Senator Dana Whitfield on Monday: “We ask you to keep "
            "the library open for all of us.”"
        ]
    ) == ["Ivo Brandt"]


def test_the_addressee_quoted_in_a_later_sentence_keeps_her_words() -> None:
    assert _speakers(
        [
            "Residents sent a petition to Mayor Dana Whitfield last week.",
            "“We will read every name on it,” Whitfield said on Monday.",
        ]
    ) == ["Dana Whitfield"]


# -- a heading between ---------------------------------------------------------------


def test_a_quotation_past_a_heading_does_not_continue_the_reviewer() -> None:
    assert _speakers(
        [
            "My favourite writer, Lena Moss, read the novel and praised it in her review: "
            "“Do not plan to sleep – this book will not let you.” Go buy it now.",
            "About The Iron Tower",
            "“You will stay with me in the tower, as my guest and my prisoner. You will "
            "never leave.”",
        ]
    ) == ["Lena Moss", None]


def test_a_quotation_after_a_sentence_continues_the_speaker() -> None:
    assert _speakers(
        [
            "“We will open the new plant next spring,” said Ana Ruiz, the chief executive.",
            "She spoke at the annual meeting in Denver.",
            "“It will employ four hundred people from the town and the valley.”",
        ]
    ) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_few_words_after_an_active_verb_stay_the_subjects() -> None:
    # No verb of saying, but the subject's own act names the words as hers.
    assert _speakers(
        ["In recent weeks, Senator Ann Holt has gone after the governor as a “spoiled brat.”"]
    ) == ["Ann Holt"]
    assert _speakers(
        [
            "In January, Gov. Ivo Brandt lauded Mr. Kell in his annual address for "
            "bringing “new and bold ideas.”"
        ]
    ) == ["Ivo Brandt"]


# -- a surname opening a sentence between -------------------------------------------


def test_he_after_a_sentence_opening_with_another_persons_surname_is_theirs() -> None:
    # `Lyle` alone names one man the text named in full: his words, not Ed Dane's.
    assert _speakers(
        [
            "Budget Secretary Tom Lyle doubted the target. “Nobody believes we will meet "
            "it,” Lyle said. The remark was disowned by the budget office. “His nobody "
            "does not include us,” said spokesman Ed Dane.",
            "Lyle made the remark while speaking about farm cuts. “There must be some "
            "cuts,” he said.",
        ]
    ) == ["Tom Lyle", "Ed Dane", "Tom Lyle"]


def test_he_in_a_paragraph_opening_with_another_surname_and_its_firm_is_nobodys() -> None:
    assert _speakers(
        [
            "“Many people worry about prices,” said Mats Orvar of Harbor Bank. Later, "
            "analyst Peter Quill said gold was cheap.",
            "Orvar of Harbor Bank said demand was strong even among small buyers. “The "
            "big ones would not buy these,” he said.",
        ]
    ) == ["Mats Orvar", None]


def test_he_after_a_sentence_opening_with_his_own_surname_keeps_him() -> None:
    assert _speakers(
        [
            "“Many people worry about prices,” said Mats Orvar of Harbor Bank. Later, "
            "analyst Peter Quill said gold was cheap.",
            "Quill said demand was strong even among small buyers. “The big ones would "
            "not buy these,” he said.",
        ]
    ) == ["Mats Orvar", "Peter Quill"]


# -- somebody unnamed ----------------------------------------------------------------


def test_a_role_noun_does_not_name_a_person_given_another_role() -> None:
    assert _speakers(
        [
            "In a speech last month, Planning Minister Wen Bao made a reference to the "
            "problem. “We must cut the cost of exports,” he said. One diplomat said the "
            "reform could conflict with domestic pressures. “So the question is how fast "
            "the country can reform its economy,” the diplomat said."
        ]
    ) == ["Wen Bao", None]


def test_a_role_noun_names_a_person_given_that_role() -> None:
    assert _speakers(
        [
            "Planning Minister Wen Bao spoke in the capital on Monday. “We must cut the "
            "cost of exports,” the minister said."
        ]
    ) == ["Wen Bao"]


def test_an_aide_to_a_named_person_is_not_that_person() -> None:
    assert _speakers(
        [
            "An aide to farm undersecretary Ivo Brandt, who is said to be opposed to the "
            "sale, said that the remarks “are what he has argued for years,” but gave no "
            "details."
        ]
    ) == [None]


def test_a_quotation_said_by_one_of_a_crowd_does_not_continue_the_speaker() -> None:
    assert _speakers(
        [
            "“Talks resumed on Monday,” said Ron Vail, vice president of the local.",
            "Workers on the picket line were set to stay on strike. “We’ll stay out here "
            "as long as it takes,” said one.",
        ]
    ) == ["Ron Vail", None]


def test_a_quotation_opening_its_paragraph_said_by_one_is_not_the_leads() -> None:
    assert _speakers(
        [
            "Gov. Nora Quill visited the mill on Monday. “We will keep it open,” Quill said.",
            "“We have worked here for thirty years and we are tired of promises,” said one.",
        ]
    ) == ["Nora Quill", None]


# -- the pronoun's sex -----------------------------------------------------------------


def test_a_surname_of_the_other_sex_opening_the_sentence_is_no_rival() -> None:
    assert _speakers(
        [
            "Sen. Mia Roth welcomed the water bill that President Tom Vail signed in June.",
            "Vail signed it after a long fight in the House. “It is a fine day for every "
            "town on the river,” she said.",
        ]
    ) == ["Mia Roth"]


def test_a_surname_of_the_same_sex_opening_the_sentence_is_not_the_earlier_subject() -> None:
    assert _speakers(
        [
            "Sen. Mia Roth welcomed the water bill that Governor Lena Vail signed in June.",
            "Vail signed it after a long fight in the House. “It is a fine day for every "
            "town on the river,” she said.",
        ]
    ) == ["Lena Vail"]


# -- a letter's writer -----------------------------------------------------------------


def test_a_letter_to_the_editor_signed_by_a_person_is_that_persons() -> None:
    assert _speakers(
        [
            "In a letter to the editor signed by Sen. Mia Roth, she wrote: “The board must "
            "open its books to the public.”"
        ]
    ) == ["Mia Roth"]


# -- a relative clause about the object --------------------------------------------------


def test_the_subjects_own_verb_after_a_relative_clause_keeps_her_words() -> None:
    assert _speakers(
        [
            "Mia Roth thanked the board, which called the meeting, and said: “We need the "
            "bridge repaired before the spring floods.”"
        ]
    ) == ["Mia Roth"]


def test_a_who_clause_about_the_subject_keeps_her_words() -> None:
    assert _speakers(
        [
            "Mia Roth of Vermont, who has repeatedly called the levy a “tax on every family "
            "that keeps a farm in the county.”"
        ]
    ) == ["Mia Roth"]


def test_a_relative_of_the_pronouns_sex_keeps_the_other_sex_a_rival() -> None:
    assert _speakers(
        [
            "Sen. Mia Roth welcomed the water bill that President Tom Vail signed in June.",
            "Vail signed it with his mother beside him. “It is a fine day for every town "
            "on the river,” she said.",
        ]
    ) == [None]


# -- a person named after an owner's possessive ----------------------------------------


def test_a_person_after_a_firms_possessive_beside_a_verb_of_saying_is_named() -> None:
    assert _speakers(
        [
            "“Voters settle early,” said Tom Brandt, strategist for the Harbor Party. But "
            "one debate rarely moves a race, noted Channel Nine’s Martin Okoro.",
            "“Most voters have made up their minds long before the debates,” he wrote.",
        ]
    ) == ["Tom Brandt", "Martin Okoro"]


def test_a_person_after_a_firms_possessive_opening_a_sentence_is_named() -> None:
    assert _speakers(
        [
            "“Shares are cheap,” said analyst Tom Brandt of Harbor Securities.",
            "Kessler Bank’s Martin Okoro said earnings would improve. “The second quarter "
            "looks strong,” he said.",
        ]
    ) == ["Tom Brandt", "Martin Okoro"]


def test_a_surname_after_a_firms_possessive_is_the_person_named_in_full() -> None:
    assert _speakers(
        [
            "Martin Okoro, an analyst at Kessler Bank, expects a rise. “Shares are cheap,” "
            "said Tom Brandt of Harbor Securities.",
            "Kessler’s Okoro said the rally would last. “Buyers are back,” he said.",
        ]
    ) == ["Tom Brandt", "Martin Okoro"]


def test_a_possessive_run_away_from_a_verb_of_saying_names_no_person() -> None:
    assert _speakers(
        [
            "Ann Holt spoke at the Lakeport’s Virginia Beach rally on Friday.",
            "“We will keep the harbour open,” she said.",
        ]
    ) == ["Ann Holt"]


# -- somebody unnamed of a noun the earlier rule did not list ----------------------------


def test_he_after_an_unnamed_journalist_is_nobodys() -> None:
    assert _speakers(
        [
            "“Prices are rising,” said Tom Brandt, a trader in Lakeport.",
            "A Lakeport journalist said the council had misjudged the public mood.",
            "“A full review of the budget is under way,” he said.",
        ]
    ) == ["Tom Brandt", None]


def test_the_reporter_after_a_named_reporter_stays_his() -> None:
    assert _speakers(
        [
            "Reporter Tom Brandt covered the vote in Lakeport.",
            "The reporter said the council had misjudged the public mood. “Nobody expected "
            "the budget to fail,” he said.",
        ]
    ) == ["Tom Brandt"]


# -- a lone surname opening a sentence two paragraphs back ------------------------------


def test_he_two_paragraphs_after_a_lone_surname_subject_is_nobodys() -> None:
    quotes = extract_quotes(
        [
            "Senator Tom Brandt spoke on Monday about the arrest of Dennis Okoro, a teacher.",
            "Brandt has also commented on Okoro’s arrest.",
            "On Tuesday, he told a crowd in Lakeport that the arrest was a mistake.",
            "“I do not know what the officer was thinking,” he said.",
        ]
    )[1]
    assert [q.speaker for q in quotes if q.kind == "direct"] == [None]


def test_he_two_paragraphs_after_the_antecedents_own_surname_stays_his() -> None:
    assert _speakers(
        [
            "Dennis Okoro, a teacher, was arrested on Friday. Senator Tom Brandt spoke "
            "about it on Monday.",
            "Brandt has also commented on the police report.",
            "On Tuesday, he told a crowd in Lakeport that the arrest was a mistake.",
            "“I do not know what the officer was thinking,” he said.",
        ]
    ) == ["Tom Brandt"]


# -- a quotation another, unnamed, subject introduces ------------------------------------


def test_words_a_relative_clause_says_another_wired_are_nobodys() -> None:
    assert _speakers(
        [
            "Mayor Tom Vail grinned and retold the story Ann Roe told about her father, who "
            "wired, “Do not buy a single vote more than you need.”"
        ]
    ) == [None]


def test_words_the_named_subject_introduces_stay_hers() -> None:
    assert _speakers(
        [
            "Mayor Ann Roe said after the vote that the city would appeal. She said, “We "
            "will not pay for the bridge.”"
        ]
    ) == ["Ann Roe"]


def test_a_known_surname_after_a_places_possessive_is_that_person() -> None:
    assert _speakers(
        [
            "Biologist Mia Lund of Adelaide studies slime moulds.",
            "Ann Holt, a bee expert in Lyon, found that bees plan their routes. “Bees plan "
            "ahead,” Holt says.",
            "For Adelaide’s Lund, the kinship is the point. “We are all related,” she says.",
        ]
    ) == ["Ann Holt", "Mia Lund"]
