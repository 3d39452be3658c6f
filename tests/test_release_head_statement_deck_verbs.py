"""A statement's title with a Title Case deck run in after it, whose verb has the member
as its subject: the deck opens with a verb that tells one more than a title's own verbs
("Includes", "Reaffirms"), or with its object opening on an article ("Includes a Number of
Provisions …").

Invented text only. A verb after "that", "which", "and" … is the title's own clause's,
and a verb before lower-case words is no deck's opening: the title is kept whole.
"""

import pytest

from importers.release_head import split_release_head

_LEAD = " CORVALE, OR – Rep. Ann Roe today issued the following statement on the harbor bill."


@pytest.mark.parametrize(
    ("head", "headline", "deck"),
    [
        (
            "Roe Statement on Senate Passage of Annual Harbor Bill Includes a Number of "
            "Provisions Written by Roe",
            "Roe Statement on Senate Passage of Annual Harbor Bill",
            "Includes a Number of Provisions Written by Roe",
        ),
        (
            "Roe Statement on Senate Passage of Annual Harbor Bill Includes Ten Provisions "
            "Written by Roe",
            "Roe Statement on Senate Passage of Annual Harbor Bill",
            "Includes Ten Provisions Written by Roe",
        ),
        (
            "Rep. Roe Statement on the Corvale Lock Bill Reaffirms the Harbor Pledge of 2019",
            "Rep. Roe Statement on the Corvale Lock Bill",
            "Reaffirms the Harbor Pledge of 2019",
        ),
        (
            "Rep. Roe Statement on the Passage of the Rural Clinics Act Applauds Progress of "
            "Harbor Talks",
            "Rep. Roe Statement on the Passage of the Rural Clinics Act",
            "Applauds Progress of Harbor Talks",
        ),
    ],
)
def test_statement_title_then_deck_verb(head: str, headline: str, deck: str) -> None:
    split = split_release_head(head + _LEAD, "Ann Roe")
    assert (split.headline, split.subheadline) == (headline, deck)
    assert split.rest.startswith("CORVALE, OR")


@pytest.mark.parametrize(
    "head",
    [
        # the verb is the title's own clause's
        "Roe Statement on the Harbor Bill That Includes a Number of Provisions",
        "Roe Statement on the Harbor Bill Which Includes a Number of Provisions",
        # a noun that may be the deck's own subject: where the deck starts is not sure
        "Roe Statement on Passage of the Harbor Bill Final Package Includes Ten Provisions",
        "Roe Statement on the Harbor Vote Funding Includes a Number of Provisions",
        # a word of the title before it that may be a verb ("Vote"): the verb may be its
        "Roe Statement on the Harbor Vote Includes a Number of Provisions",
        # a verb before the title's noun phrase is done opens nothing
        "Roe Statement on Includes Act Vote in the Harbor Board",
    ],
)
def test_statement_title_kept_whole(head: str) -> None:
    split = split_release_head(head + _LEAD, "Ann Roe")
    assert (split.headline, split.subheadline) == (head, None)
