"""Mapped JSON records: what a record without article text is told, and what is kept."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from importers.records import document_from_record
from importers.sources import InputError
from press.cli import main

MAPPING = {"member": "issuer", "text": "text", "date": "published"}
# A word processor's style sheet as it is pasted into scraped releases (written here).
STYLE = (
    "Normal 0 false false false MicrosoftInternetExplorer4 /* Style Definitions */ "
    'table.MsoNormalTable {mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0; '
    "mso-padding-alt:0in 5.4pt 0in 5.4pt; font-size:10.0pt;}"
)
BODY = (
    "Grants Reach Three Rural Clinics WASHINGTON, D.C. – Today, Congresswoman Jane Roe "
    "announced grants for three rural clinics. “Nurses need this,” Roe said."
)


def record(text: str) -> dict[str, str]:
    return {"member": "jane_roe", "date": "2010-01-28", "text": text}


def test_a_record_of_style_markup_only_says_what_was_found() -> None:
    with pytest.raises(InputError, match="only word-processor style markup, no words"):
        document_from_record(record(STYLE), MAPPING, origin=None)


@pytest.mark.parametrize("text", ["", "   \n "])
def test_a_record_without_text_says_so(text: str) -> None:
    with pytest.raises(InputError, match="the record has no article text"):
        document_from_record(record(text), MAPPING, origin=None)


# Other shapes of the same style sheets: rules with upper-case properties, page rules,
# and the conditional comments a word processor leaves between paragraphs.
OTHER_STYLES = [
    STYLE,
    "st1\\:* { BEHAVIOR: url(#ieooui) } @page Section1 {size: 8.5in 11.0in; "
    "mso-header-margin: .5in; } P.MsoNormal { MARGIN: 0in 0in 0pt; FONT-SIZE: 12pt; "
    'mso-style-parent: ""; mso-pagination: widow-orphan }',
    "v\\:* { BEHAVIOR: url(#default#VML) } @font-face { font-family: Calibri; } "
    "LI.MsoNormal, DIV.MsoNormal { LINE-HEIGHT: 115%; mso-bidi-font-size: 2.0pt }",
]


@pytest.mark.parametrize("style", OTHER_STYLES)
def test_words_after_style_markup_are_kept(style: str) -> None:
    doc = document_from_record(record(f"{style} {BODY}"), MAPPING, origin=None)
    assert doc.headline == "Grants Reach Three Rural Clinics"
    assert doc.dateline is not None and doc.dateline.canonical == "Washington, D.C."
    text = " ".join(doc.body)
    assert text.startswith("Today, Congresswoman Jane Roe announced grants")
    assert "mso-" not in text and "Normal 0" not in text and "{" not in text


def test_conditional_comments_leave_the_words_apart() -> None:
    text = f"{BODY} They open in May.[if !supportLineBreakNewLine] [endif] Roe visits then."
    doc = document_from_record(record(text), MAPPING, origin=None)
    assert " ".join(doc.body).endswith("They open in May. Roe visits then.")


def test_import_fails_the_style_only_record_and_keeps_the_rest(tmp_path) -> None:
    path = tmp_path / "releases.jsonl"
    lines = [record(BODY), record(STYLE), record(f"{STYLE} {BODY.replace('three', 'four')}")]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines))
    archive = f"sqlite:///{tmp_path / 'archive.db'}"
    args = ["import", str(path), "--archive", archive, "-q"]
    args += ["--map", "member=issuer", "--map", "text=text", "--map", "date=published"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 1
    assert "2 imported" in result.output and "1 failed" in result.output
    assert "only word-processor style markup, no words" in result.output
    # The words after the style sheet were imported with the release.
    found = CliRunner().invoke(main, ["search", "four", "--archive", archive])
    assert found.exit_code == 0 and found.output.startswith("1 result")


@pytest.mark.parametrize(
    ("head", "headline"), [("\n -", None), ("Roe Backs Ferry Bill\n -", "Roe Backs Ferry Bill")]
)
def test_a_head_of_line_breaks_is_no_title(head: str, headline: str | None) -> None:
    # Two datelines glued: the text before the first is blank, or a title and a line break.
    text = f"{head}ST. LOUIS, MO WASHINGTON – Rep. Jane Roe said the ferry runs again in May."
    doc = document_from_record(record(text), MAPPING, origin=None)
    assert doc.headline == headline
    assert doc.body[0].startswith("Rep. Jane Roe said")
