"""Run-in heads read wrong in known shapes: a dotted stamp inside a title's words.

Invented text only. Where no boundary is sure, no headline and no place are given rather
than a wrong one, and no word of the head is lost.
"""

import pytest

from importers.records import document_from_record
from importers.release_head import _metadata_in


def _doc(text: str):
    return document_from_record(
        {"member": "ann_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )


# A date stamp in numbers with a title's Title Case words on both sides is the title's own
# (a release prints its stamp before its title or after it, not inside it): the title is
# read whole, not cut at the stamp with its last words lost.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Roe Backs Sunday 12.12.12 Vigil CORVALE, OR – Rep. Ann Roe today announced her "
            "support for the vigil.",
            "Roe Backs Sunday 12.12.12 Vigil",
        ),
        (
            "Roe Backs 12.12.12 Vigil for Harbor Workers CORVALE, OR – Rep. Ann Roe today "
            "announced her support for the vigil.",
            "Roe Backs 12.12.12 Vigil for Harbor Workers",
        ),
        (
            "Roe Backs 3.5.12 Percent Plan CORVALE, OR – Rep. Ann Roe today announced her "
            "support for the plan.",
            "Roe Backs 3.5.12 Percent Plan",
        ),
    ],
)
def test_a_stamp_inside_a_title_is_the_titles_own(text, headline):
    doc = _doc(text)
    assert doc.headline == headline
    assert doc.dateline is not None and doc.dateline.place == "CORVALE"


# … while a stamp before the title, after it, or after a label stays the release's stamp.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "TUESDAY 12.4.12 Roe Backs Harbor Vigil CORVALE, OR – Rep. Ann Roe today "
            "announced her support.",
            "Roe Backs Harbor Vigil",
        ),
        (
            "Roe Backs Harbor Vigil 12.4.12 CORVALE, OR – Rep. Ann Roe today announced her "
            "support.",
            "Roe Backs Harbor Vigil",
        ),
        (
            "FOR IMMEDIATE RELEASE: Tuesday, 12.4.12 Roe Backs Harbor Vigil CORVALE, OR – "
            "Rep. Ann Roe today announced her support.",
            "Roe Backs Harbor Vigil",
        ),
        (
            "Roe Backs Harbor Vigil, 12.4.12 Contact: Tod Vail 555-555-0143 CORVALE, OR – "
            "Rep. Ann Roe today announced her support.",
            "Roe Backs Harbor Vigil",
        ),
    ],
)
def test_a_stamp_around_a_title_stays_metadata(text, headline):
    doc = _doc(text)
    assert doc.headline == headline
    assert "12.4.12" not in (doc.headline or "")


# A run of acronyms with no vowel ending a Title Case title (`… BBQ NYC`) is the title's,
# as one such acronym is (0446ada): not the first words of an unknown place in capitals.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Harbor BBQ NYC CORVALE, OR – Rep. Ann Roe today praised the harbor cookout.",
            "Harbor BBQ NYC",
        ),
        (
            "Roe Hails Harbor Grant for Corvale PBS NPR CORVALE, OR – Rep. Ann Roe today "
            "praised the grant.",
            "Roe Hails Harbor Grant for Corvale PBS NPR",
        ),
    ],
)
def test_acronyms_ending_a_title_are_no_place_words(text, headline):
    doc = _doc(text)
    assert doc.dateline is not None and doc.dateline.place == "CORVALE"
    assert doc.headline == headline


# … while a title in capitals, or a word with a vowel before the place, is read as before.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Harbor BBQ RED CORVALE, TX – Rep. Ann Roe today praised the cookout.", "RED CORVALE"),
        ("Roe Praises Harbor Jobs Plan EL CORVALE, TX – Rep. Ann Roe praised it.", "EL CORVALE"),
    ],
)
def test_a_word_with_a_vowel_after_acronyms_stays_the_places(text, place):
    doc = _doc(text)
    assert doc.dateline is not None and doc.dateline.place == place


# An op-ed printed again with the masthead of the paper that ran it: a name ending in a
# masthead's word (`Gazette-Herald`, `Times`, `Magazine`), the paper's date, then the
# member's byline. The name is no title, and where a title before it would end is not
# sure: no headline, and the words stay in the body.
@pytest.mark.parametrize(
    "text",
    [
        "Corvale Gazette-Herald October 10, 2011 By Congressman Tod Vail The harbor needs "
        "work. We must act now to fund it.",
        "Corvale Times March 3, 2012 By Rep. Tod Vail The harbor needs work. We must act now.",
        "Why the Harbor Matters Corvale Weekly Magazine May 2, 2013 By: Rep. Tod Vail The "
        "harbor needs work. We must act now.",
    ],
)
def test_a_papers_masthead_before_a_members_byline_is_no_headline(text):
    doc = document_from_record(
        {"member": "tod_vail", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )
    assert doc.headline is None
    assert "Corvale" in " ".join(doc.body).split("The harbor")[0]


# … while a title of the release's own before its date and byline stays its headline.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Roe Backs the Harbor Bill March 4, 2019 By Rep. Ann Roe The harbor needs work. "
            "We must act now to fund it.",
            "Roe Backs the Harbor Bill",
        ),
    ],
)
def test_a_title_before_a_date_and_byline_stays(text, headline):
    assert _doc(text).headline == headline


# A picture's file name left in the head by the page (`IMG_7116.JPG`, `DSC_0462_3.JPG`) is
# release metadata: named and taken out, never a title's words.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("IMG_7116.JPG CORVALE, OR – Rep. Ann Roe today praised the harbor grant.", None),
        ("DSC_0462_3.JPG CORVALE, OR – Rep. Ann Roe today praised the harbor grant.", None),
        (
            "harbor-visit.png Roe Hails Harbor Grant CORVALE, OR – Rep. Ann Roe today "
            "praised the grant.",
            "Roe Hails Harbor Grant",
        ),
    ],
)
def test_a_pictures_file_name_is_named_metadata(text, headline):
    doc = _doc(text)
    assert doc.headline == headline
    assert doc.dateline is not None and doc.dateline.place == "CORVALE"
    named = [m[0] for m in _metadata_in(text[: text.index("CORVALE")])]
    assert any(m.lower().endswith((".jpg", ".png")) for m in named)


# … but not a file name inside a link, nor the end of a file name with spaces in it
# (`Harbor Visit 7.jpg`, `Roe Hails Harbor Grant IMG_7116.JPG`): where it starts is not
# sure, and its words are not taken out.
@pytest.mark.parametrize(
    "text",
    [
        "Roe Hails Harbor Grant www.corvale.gov/harbor.jpg CORVALE, OR – Rep. Ann Roe spoke.",
        "Harbor Visit 7.jpg CORVALE, OR – Rep. Ann Roe today praised the harbor grant.",
        "Roe Hails Harbor Grant IMG_7116.JPG CORVALE, OR – Rep. Ann Roe praised the grant.",
    ],
)
def test_a_file_name_after_words_or_in_a_link_is_not_named(text):
    named = [m.lastgroup for m in _metadata_in(text[: text.index("CORVALE")])]
    assert "picture" not in named


def _loss_checker():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "release_head_loss.py"
    spec = importlib.util.spec_from_file_location("release_head_loss", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# A number of the page's layout opening the head, which the reader strips on purpose (no
# count of the title's subject), is named by the loss checker as the metadata it is; a
# picture's file name is too.
@pytest.mark.parametrize(
    "text",
    [
        "5 CORVALE, OR – Rep. Ann Roe today praised the harbor grant.",
        "12 Roe Introduces Harbor Bill CORVALE, OR – Rep. Ann Roe today introduced the bill.",
        "IMG_7116.JPG CORVALE, OR – Rep. Ann Roe today praised the harbor grant.",
    ],
)
def test_the_loss_checker_names_what_the_reader_takes_out(text):
    assert _loss_checker().lost_words(text, "Ann Roe") is None


# … only a number opening the head: one inside a title's words is no layout's.
def test_the_loss_checker_names_only_a_number_opening_the_head():
    checker = _loss_checker()
    assert checker.named_metadata("5 Roe Introduces Harbor Bill ") == ["5"]
    assert checker.named_metadata("Roe Introduces 5 Harbor Bills ") == []
