"""A Title Case title with no dateline, the lead opening with a member named with an
office and a first name, then a comma setting off what they are ("… VA Reports | Senator
Ann Roe, Ranking Member on the Committee, issued …"): the member opens the body, as
without the comma ("… Senator Ann Roe issued …").

Invented text only. A member who is the object of the title's verb ("Roe Joins Senator
Ann Vail, Chair of …") or who opens a list ("Senator Ann Roe, Others Back …") leaves no
sure boundary: no headline.
"""

import pytest

from importers.release_head import split_release_head


@pytest.mark.parametrize(
    ("text", "headline", "body"),
    [
        (
            "01.28.08 Roe Statement on Corvale VA Reports Senator Ann Roe, Ranking Member on "
            "the Senate Committee on Veterans' Affairs, issued the following statement on two "
            "reports: “The reports are bad.”",
            "Roe Statement on Corvale VA Reports",
            "Senator Ann Roe, Ranking Member",
        ),
        (
            "Roe Statement on Corvale VA Reports Congresswoman Ann Roe, a member of the Harbor "
            "Board, issued the following statement.",
            "Roe Statement on Corvale VA Reports",
            "Congresswoman Ann Roe, a member",
        ),
        (
            "Harbor Bill Heads to the Floor Rep. Tod Vail, Chairman of the Harbor Panel, said "
            "today that the bill will pass.",
            "Harbor Bill Heads to the Floor",
            "Rep. Tod Vail, Chairman",
        ),
    ],
)
def test_member_apposition_opens_the_body(text: str, headline: str, body: str) -> None:
    head = split_release_head(text, "Ann Roe")
    assert head.headline == headline
    assert head.rest.startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Roe Joins Senator Ann Vail, Chair of the Harbor Board, in Backing Bill Rep. Ann Roe "
        "today backed the bill.",
        "Roe Statement on Corvale VA Reports Senator Ann Roe, Others Back Harbor Plan today "
        "the senators issued a statement.",
        "Roe Meets With Senator Ann Vail, Chair of the Harbor Board, on the plan for the port.",
    ],
)
def test_no_sure_boundary(text: str) -> None:
    head = split_release_head(text, "Ann Roe")
    assert head.headline is None
    assert head.rest == text


@pytest.mark.parametrize(
    "text",
    [
        # a deck run into the title: its own subject and verb, or a verb after the
        # title's object
        "05.20.08 Roe Introduces Harbor Care First Act Wellness Grants Provide New Help "
        "for Corvale Workers Senator Ann Roe, the Ranking Member on the Harbor Board, "
        "today introduced the bill.",
        "12.14.07 Roe Lauds Gains For Veterans In Harbor Conference Report Includes Several "
        "Provisions For Veterans Senator Ann Roe, the Ranking Member on the Harbor Board, "
        "praised the report.",
        "02.08.05 Roe Chairs First Harbor Hearing Corvale Workers Testify on Needed Changes "
        "to Harbor Law Senator Ann Roe, chairman of the Harbor Subcommittee, today chaired "
        "the hearing.",
    ],
)
def test_second_clause_leaves_no_sure_boundary(text: str) -> None:
    head = split_release_head(text, "Ann Roe")
    assert head.headline is None


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Roe Introduces “Harbor Safety Act” Requiring Inspections of Corvale Docks "
            "Congresswoman Ann Roe, a member of the Harbor Board, announces that she has "
            "introduced the bill.",
            "Roe Introduces “Harbor Safety Act” Requiring Inspections of Corvale Docks",
        ),
        (
            "Roe Lauds Board Passage Of Bill to Improve Corvale Harbor Care U.S. Senator Ann "
            "Roe, the Ranking Member on the Harbor Board, applauded the vote.",
            "Roe Lauds Board Passage Of Bill to Improve Corvale Harbor Care",
        ),
        (
            "Roe Amendments Would Prevent Early Closure of Corvale Harbor Docks U.S. Senator "
            "Ann Roe, a member of the Harbor Board, issued the following statement.",
            "Roe Amendments Would Prevent Early Closure of Corvale Harbor Docks",
        ),
    ],
)
def test_one_clause_title_ends_before_the_member(text: str, headline: str) -> None:
    head = split_release_head(text, "Ann Roe")
    assert head.headline == headline
