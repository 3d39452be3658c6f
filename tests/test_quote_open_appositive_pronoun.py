"""Two ways a release's words went to the wrong speaker.

An appositive left open before the verb of saying (`Rep. Tod Vail, a member of the
Harbor Committee added, “…”`) ends in the body it names; the body is the object of `of`,
never the subject, so the words are the person's the appositive describes (or nobody's).

`He added` / `she said` right after a quotation whose cue named a person is that person's
(`“…,” said Lee Park, a resident. He added, “…”`), or anybody's named since; never a
person named before that quotation. Invented releases.
"""

from __future__ import annotations

from importers.records import document_from_record

_MAP = {"member": "issuer", "text": "text"}


def _speakers(text: str, issuer: str = "Rob Hale") -> list[str | None]:
    doc = document_from_record({"member": issuer, "text": text}, _MAP, origin=None)
    return [q.speaker for q in doc.quotes if q.kind == "direct"]


_OPENING = (
    "WASHINGTON – Today, Congressman Rob Hale announced new funding for the Lakeport "
    "harbor.\n\n“This harbor keeps our town working,” said Hale.\n\n"
)


# -- an appositive left open before the verb ----------------------------------------


def test_open_appositive_member_of_a_committee_is_the_person() -> None:
    assert _speakers(
        _OPENING + "Rep. Tod Vail, a member of the Harbor Appropriations Subcommittee "
        "added, “The dredging money will reach the harbor this spring.”"
    ) == ["Rob Hale", "Tod Vail"]


def test_open_appositive_after_a_title_and_surname_is_the_person() -> None:
    assert _speakers(
        _OPENING + "Congresswoman Nia Brandt (OH-04): Congresswoman Brandt, a senior member "
        "of the House Ports Subcommittee said, “Our ports will grow with this money.”"
    ) == ["Rob Hale", "Nia Brandt"]


def test_open_who_clause_naming_a_body_is_the_person() -> None:
    assert _speakers(
        _OPENING + "Ann Roe, who is the head of the Lakeport Bakers Alliance said, “This "
        "grant lets us hire four more people.”"
    ) == ["Rob Hale", "Ann Roe"]


def test_open_appositive_of_two_roles_is_the_person() -> None:
    assert _speakers(
        _OPENING + "Ann Roe, owner of a bakery and a founder of the Lakeport Bakers "
        "Alliance said, “This grant lets us hire four more people.”"
    ) == ["Rob Hale", "Ann Roe"]


def test_member_of_a_committee_without_a_name_is_nobodys() -> None:
    assert _speakers(
        _OPENING + "A member of the Senate Budget Committee said, “This grant is well spent.”"
    ) == ["Rob Hale", None]


def test_closed_appositive_still_the_person() -> None:
    assert _speakers(
        _OPENING + "Rep. Tod Vail, a member of the Harbor Appropriations Subcommittee, "
        "added, “The dredging money will reach the harbor this spring.”"
    ) == ["Rob Hale", "Tod Vail"]


def test_a_body_that_speaks_is_still_the_body() -> None:
    assert _speakers(
        _OPENING + "The Lakeport Harbor Commission said, “We welcome the funding.”"
    ) == ["Rob Hale", "Lakeport Harbor Commission"]


# -- he/she right after another person's cued quotation ------------------------------


def test_she_after_the_subjects_quotation_is_not_a_place_in_her_clause() -> None:
    assert _speakers(
        "WASHINGTON – Rep. Jane Hale today praised the seaway.\n\n"
        "Congresswoman Hale, who visited Nova Scotia last year to explore transport in the "
        "region, said the seaway is “the linchpin of our transport web.” She said she "
        "envisions “modern distribution hubs that skirt the ports.”",
        issuer="Jane Hale",
    ) == ["Jane Hale", "Jane Hale"]


def test_he_added_after_a_resident_is_the_resident_not_the_member() -> None:
    assert _speakers(
        "WASHINGTON – Today, Rep. Rob Hale shared updates from his jobs fair in Lakeport.\n\n"
        "“Our town was hit hard,” said Rep. Hale. He continued, “Fairs like this matter, "
        "and I will hold more of them.” “Representative Hale's fair helped me find a job "
        "that matched my skills,” said Trevor, a Colton resident who attended the fair in "
        "May. He added, “I really like my new job.” Trevor was placed in a security post."
    ) == ["Rob Hale", "Rob Hale", "Trevor", "Trevor"]


def test_he_concluded_after_the_speakers_statement_is_not_the_colleague_praised() -> None:
    assert _speakers(
        "WASHINGTON – Rep. Rob Hale spoke on the House floor ahead of the vote.\n\n"
        "Rep. Hale spoke before the vote, commending Rep. Ivo Brandt for his work on the "
        "bill, stating, “The land exchange moves this long process forward.” He concluded, "
        "“This bill is a smart plan for our county.”"
    ) == ["Rob Hale", "Rob Hale"]


def test_he_after_a_man_named_since_is_that_man() -> None:
    assert _speakers(
        _OPENING + "“The bridge has been closed for a year,” said Lee Park, a resident. "
        "Mayor Ivo Brandt agreed. “We will fix it,” he said."
    ) == ["Rob Hale", "Lee Park", "Ivo Brandt"]


def test_she_after_a_man_is_left_to_the_resolution() -> None:
    assert _speakers(
        "WASHINGTON – Rep. Jane Hale held a hearing on the clinic.\n\n"
        "Jane Hale opened the hearing. “We need answers,” said Dr. Tod Vail. She asserted "
        "that the clinic “must stay open.”",
        issuer="Jane Hale",
    )[-1:] == ["Jane Hale"]


def test_reported_words_after_a_body_in_a_who_clause_are_not_the_bodys() -> None:
    doc = document_from_record(
        {
            "member": "Rob Hale",
            "text": _OPENING + "Ann Roe, who is the head of the Lakeport Bakers Alliance, a "
            "trade group in Lakeport, said that the grant will let the bakers hire more staff.",
        },
        _MAP,
        origin=None,
    )
    assert "Lakeport Bakers Alliance" not in [q.speaker for q in doc.quotes]
