"""`he` after an unnamed county clerk: words that speak of the clerk stay the member's;
only the clerk speaking as clerk in the first person (`As clerk, I …`) is nobody's."""

from __future__ import annotations

from tests.issuer_release import HEAD, bare, release, speakers

VAIL = "WASHINGTON – Rep. Tod Vail opened the hearing. He met the county clerk. "


def both(text: str) -> list[list[list[str]]]:
    return [speakers(bare(text)), speakers(release(text, "tod_vail"))]


def test_words_that_speak_of_the_clerk_stay_the_members() -> None:
    for words in (
        "“Offices such as the clerk must stay open,” he said.",
        "“I thank her as well as the clerk,” he said.",
        "“We need a partner as good as the clerk,” he said.",
        "“She was named as the clerk last year,” he said.",
        "“As clerk, she has done fine work, and the clerk deserves thanks,” he said.",
    ):
        assert both(f"{HEAD}{VAIL}{words}") == [[["Tod Vail"]], [["Tod Vail"]]], words


def test_the_clerk_speaking_as_clerk_in_the_first_person_is_nobody() -> None:
    for words in (
        "“As clerk, I will keep every record open,” he said.",
        "“As the county clerk, we will keep every record open,” he said.",
        # after a sentence of the quotation's own, with a possessive first person, and
        # with the office's possessive beside the self-naming mention
        "“Records are open. As clerk, I keep them,” he said.",
        "“Why wait? As clerk, I keep them open,” he said.",
        "“As county clerk, my office keeps every record open,” he said.",
        "“As clerk, I run the clerk's office with care,” he said.",
    ):
        assert both(f"{HEAD}{VAIL}{words}") == [[[]], [[]]], words
