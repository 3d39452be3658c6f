"""A few quoted words that end their sentence right after a verb in the passive and `on`
or `upon`, its agent left out (`his administration has been built on “a berth for every
boat.”`): a phrase the clause rests on, a slogan, whose words nobody in the sentence is
said to say; never a person named earlier in the sentence, nor the issuer."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

LEAD = "CORVALE – Rep. Wes Tarrant spoke on the floor. "
AFTER = " I can tell you that the good folks of Corvale want a safe harbor."


def _both(sentence: str) -> list[list[list[str]]]:
    text = f"{LEAD}{sentence}{AFTER}"
    return [speakers(bare(text)), speakers(release(text, "wes_tarrant"))]


def test_a_phrase_after_a_passive_verb_and_on_is_nobodys() -> None:
    for sentence in (
        "From the day Mayor Tod Vail took office, he has made it clear that the harbor is "
        "a priority, and his administration has been built on “a berth for every boat.”",
        "Mayor Tod Vail has made it clear that his term was founded upon “promises made, "
        "promises kept.”",
        "Mayor Tod Vail took office in May, and his plan is based on “a berth for every boat.”",
    ):
        for got in _both(sentence):
            assert got == [[]], (sentence, got)


def test_a_phrase_after_an_active_verb_or_a_verb_of_saying_stays_the_speakers() -> None:
    for sentence in (
        "Mayor Tod Vail said the plan was built on “a berth for every boat.”",
        "Mayor Tod Vail ran on “a berth for every boat.”",
        # an aside set off by commas, then the verb's own clause opened with `that`
        "Mayor Tod Vail said Tuesday, at the pier, that his plan is based on “a berth for "
        "every boat.”",
    ):
        for got in _both(sentence):
            assert got == [["Tod Vail"]], (sentence, got)
