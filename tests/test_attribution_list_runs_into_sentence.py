"""A list of names whose last item runs with no stop into the next sentence, whose
subject is a first name the text opened sentences with alone before (`…, Bram Roe, and
Cal Dunn Ann also met the crew.`): the last name ends before that first name, and a
later cue naming it (`And Ann has said just that:`) is nobody's, never a person named
`Cal Dunn Ann`."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

HEAD = "WASHINGTON – The harbor board met on Tuesday. Ann toured the dock on Monday. "
WORDS = "“The harbor will open next spring.”"


def test_a_first_name_run_into_the_list_is_no_part_of_its_last_name() -> None:
    for shape in (
        "Guests were Tod Vail, Bram Roe, and Cal Dunn Ann also met the crew. ",
        "Guests were Tod Vail, Bram Roe and Cal Dunn Ann also met the crew. ",
        "Guests were Mayor Tod Vail, Dr. Bram Roe, and Cal Dunn Ann presented the plan. ",
    ):
        text = HEAD + shape + "And Ann has said just that: " + WORDS
        assert speakers(bare(text)) == [[]], shape
        got = speakers(release(text, member="wes_tarrant"))
        assert got == [[]], (shape, got)


def test_names_of_three_words_stay_whole() -> None:
    for shape, cue, want in (
        # No `and` before the name: a name of three words.
        ("Indeed, Cal Dunn Ann also met the crew. ", "Cal Dunn Ann said", "Cal Dunn Ann"),
        # A middle initial: the name's own surname.
        (
            "Guests were Tod Vail, and Cal D. Ann also met the crew. ",
            "Cal D. Ann said",
            "Cal D. Ann",
        ),
    ):
        text = HEAD + shape + f"{WORDS[:-2]},” {cue.split()[-1]} {' '.join(cue.split()[:-1])}."
        assert speakers(bare(text)) == [[want]], (shape, speakers(bare(text)))
