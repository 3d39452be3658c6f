"""Quotations standing in a release's head (its headline or a subheadline): kept on the
document, stored and searched on both backends, exported and imported again, corrected,
and marked on the web pages."""

from __future__ import annotations

import dataclasses
import json

import pytest
from bs4 import BeautifulSoup

from importers.options import ParseOptions
from importers.pipeline import import_paths
from search.base import SearchRequest
from search.corrections import Correction
from search.export import export
from search.model import (
    Document,
    Quote,
    position_part,
    quote_paragraph_text,
    quote_position,
)
from search.query import parse_query
from tests.fixtures.archive import archive_documents
from tests.fixtures.head_quotes import HEADLINE, SUBHEADING, head_quote_document
from web import create_app


def ask(backend, q: str = "", **kw):
    return backend.search(SearchRequest(parse_query(q), **kw))


# -- the model -------------------------------------------------------------------


def test_a_body_quote_keeps_the_json_it_always_had():
    doc = archive_documents()[0]
    data = doc.to_dict()
    assert all("part" not in q for q in data["quotes"])
    assert Document.from_dict(data).to_dict() == data
    assert all(q.part == "body" for q in Document.from_dict(data).quotes)


def test_head_quotes_round_trip_as_json_and_name_their_part():
    doc = head_quote_document()
    data = json.loads(json.dumps(doc.to_dict()))
    assert [q.get("part") for q in data["quotes"]] == ["headline", "subheading", None, None]
    again = Document.from_dict(data)
    assert again == doc and again.content_hash == doc.content_hash
    assert [quote_paragraph_text(doc, q) for q in doc.quotes[:2]] == [HEADLINE, SUBHEADING]


def test_an_unknown_part_is_refused_with_its_name():
    data = head_quote_document().to_dict()
    data["quotes"][0]["part"] = "footer"
    with pytest.raises(ValueError, match="footer"):
        Document.from_dict(data)


def test_a_quote_out_of_its_part_has_no_paragraph_text():
    doc = head_quote_document()
    assert quote_paragraph_text(doc, Quote("x", part="subheading", paragraph=3)) is None
    assert quote_paragraph_text(doc, Quote("x", part="headline", paragraph=1)) is None
    assert quote_paragraph_text(dataclasses.replace(doc, headline=None), doc.quotes[0]) is None


@pytest.mark.parametrize(
    "part, paragraph, position",
    [
        ("body", 0, 0),
        ("body", 7, 7),
        ("headline", 0, -1),
        ("subheading", 0, -2),
        ("subheading", 2, -4),
    ],
)
def test_stored_positions_read_back(part, paragraph, position):
    quote = Quote("x", part=part, paragraph=paragraph)
    assert quote_position(quote) == position
    assert position_part(position) == (part, paragraph)


# -- both backends -----------------------------------------------------------------


def test_a_correction_of_a_headline_quote_survives_a_new_parse(archive_factory):
    backend = archive_factory()
    doc = head_quote_document()
    list(backend.write([doc]))
    fix = Correction(
        doc.id, "quote", "speaker", {"name": "Sigrun Brandvik", "role": None}, "ann", quote=0
    )
    assert backend.correct(fix).status == "applied"
    stored = backend.get(doc.id)
    assert stored.quotes[0].part == "headline" and stored.quotes[0].speaker == "Sigrun Brandvik"
    assert stored.quotes[2].speaker == "Ilse Quarrie"  # the same words in the body: not touched
    # A later parse finds one more quotation before it: the correction follows its words.
    reparsed = head_quote_document()
    reparsed.body.insert(0, "“Good morning,” Quarrie said.")
    for q in reparsed.quotes:
        q.paragraph += q.part == "body"
    reparsed.quotes.insert(0, Quote("Good morning", "Ilse Quarrie", paragraph=0, start=1, end=13))
    reparsed.id = doc.id
    assert [r.status for r in backend.write([reparsed])] == ["updated"]
    stored = backend.get(doc.id)
    assert [(q.part, q.speaker, q.corrected) for q in stored.quotes[:2]] == [
        ("body", "Ilse Quarrie", []),
        ("headline", "Sigrun Brandvik", ["speaker"]),
    ]
    assert backend.orphaned_corrections() == []
    hits = ask(backend, '"ferry levy"', scope="quotes", filters={"speaker": ["Sigrun Brandvik"]})
    assert [(h.index, h.part) for h in hits.hits] == [(1, "headline")]


def test_not_a_quote_takes_a_subheadline_quote_out_of_quote_search(archive_factory):
    backend = archive_factory()
    doc = head_quote_document()
    list(backend.write([doc]))
    backend.correct(Correction(doc.id, "quote", "not_quote", True, "ann", quote=1))
    assert ask(backend, "islanders", scope="quotes").total == 0
    assert backend.get(doc.id).quotes[1].part == "subheading"


def test_an_export_imports_again_with_its_head_quotes(archive_factory, tmp_path):
    first, second = archive_factory("first"), archive_factory("second")
    doc = head_quote_document()
    list(first.write([doc, *archive_documents()[:1]]))
    path = tmp_path / "export.jsonl"
    path.write_text("".join(export(first, SearchRequest(limit=100), "jsonl")), "utf-8")
    summary = import_paths(second, [str(path)], ParseOptions())
    assert summary.created == 2, summary.failures
    assert second.get(doc.id).to_dict() == doc.to_dict()
    quotes = ask(second, "islanders", scope="quotes").hits
    assert [(h.document_id, h.part) for h in quotes] == [(doc.id, "subheading")]


# -- the web pages -----------------------------------------------------------------


@pytest.fixture
def client(tmp_path):
    app = create_app({"ARCHIVE": "sqlite:///" + str(tmp_path / "w.db"), "TESTING": True})
    with app.app_context():
        from web.backend import get_backend

        list(get_backend().write([head_quote_document()]))
    yield app.test_client()
    app.extensions["press_backend"].close()


def test_the_document_page_marks_quotes_in_the_head(client):
    doc = head_quote_document()
    soup = BeautifulSoup(client.get(f"/documents/{doc.id}").data, "html.parser")
    for hidden in soup.select(".visually-hidden"):  # "(quote by …)" for screen readers
        hidden.decompose()
    headline = soup.select_one("article.document h1")
    assert headline.get_text() == HEADLINE
    assert headline.select_one("mark#q0").get_text() == doc.quotes[0].text
    assert headline.select_one("mark#q0 a")["href"].endswith("Ilse%20Quarrie")
    sub = soup.select_one("p.subheading")
    assert (
        sub.get_text() == SUBHEADING and sub.select_one("mark#q1").get_text() == doc.quotes[1].text
    )
    assert [m["id"] for m in soup.select(".body mark")] == ["q2", "q3"]
    assert soup.select(".unlocated") == []


def test_the_quote_page_shows_the_headline_as_its_context(client):
    doc = head_quote_document()
    soup = BeautifulSoup(client.get(f"/documents/{doc.id}/quotes/0").data, "html.parser")
    context = soup.select_one("#quote-context")
    assert context.get_text() == f"In the headline: {HEADLINE}"
    assert context.select_one("mark").get_text() == doc.quotes[0].text
    body = BeautifulSoup(client.get(f"/documents/{doc.id}/quotes/3").data, "html.parser")
    assert body.select_one("#quote-context").get_text().startswith("In the text: “The ferry")


def test_the_api_says_which_part_holds_a_quote(client):
    doc = head_quote_document()
    answer = client.get(f"/api/documents/{doc.id}/quotes/1").get_json()
    assert (answer["quote"]["part"], answer["quote"]["paragraph"]) == ("subheading", 0)
    # the headline repeats the body's quotation: one quote, found by the body's
    hits = client.get("/api/search?q=ferry&scope=quotes").get_json()["hits"]
    assert sorted((h["index"], h["part"]) for h in hits) == [(2, "body")]
    hits = client.get("/api/search?q=islanders&scope=quotes").get_json()["hits"]
    assert sorted((h["index"], h["part"]) for h in hits) == [(1, "subheading")]
    document = client.get(f"/api/documents/{doc.id}").get_json()
    assert [q.get("part") for q in document["quotes"]] == ["headline", "subheading", None, None]


# -- the parse: quotations in an imported release's head ----------------------------

RELEASE_BODY = (
    "PORT ALDER, ME – Representative Nell Tamsin introduced the Quiet Harbors Act on"
    " Monday with Senator Ivo Prask.\n\n"
    "“Our fishing towns cannot wait another season,” Tamsin said.\n\n"
    "“This bill gives every harbor a fair hearing,” Prask said."
)


def parse_release(head: str, body: str = RELEASE_BODY) -> Document:
    from importers.records import document_from_record

    record = {"member": "Nell Tamsin", "text": f"{head}\n\n{body}"}
    return document_from_record(record, {"member": "issuer", "text": "text"}, origin=None)


def head_quotes(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(q.part, q.text.rstrip(","), q.speaker) for q in doc.quotes if q.part != "body"]


@pytest.mark.parametrize(
    "head",
    [
        "Tamsin: “Our Fishing Towns Cannot Wait Another Season”",
        "“Our fishing towns cannot wait,” Tamsin says",
        "Tamsin Says “Fishing Towns Cannot Wait”",
    ],
)
def test_a_cue_in_the_head_names_the_speaker(head):
    doc = parse_release(head)
    assert doc.headline == head
    [(part, _text, speaker)] = head_quotes(doc)
    assert (part, speaker) == ("headline", "Nell Tamsin")
    quote = doc.quotes[0]  # the head's quotations come first, in reading order
    assert quote.part == "headline" and quote.kind == "direct" and quote.method is not None
    assert head[quote.start : quote.end] == quote.text


def test_the_body_quoting_the_same_words_gives_its_speaker():
    doc = parse_release("“This bill gives every harbor a fair hearing”")
    assert head_quotes(doc) == [
        ("headline", "This bill gives every harbor a fair hearing", "Ivo Prask")
    ]


def test_a_cue_the_body_contradicts_gives_nobody():
    doc = parse_release("Prask: “Our fishing towns cannot wait another season”")
    assert head_quotes(doc) == [("headline", "Our fishing towns cannot wait another season", None)]


def test_a_cue_naming_someone_unknown_gives_nobody():
    doc = parse_release("Harlow: “Our fishing towns cannot wait another season”")
    assert head_quotes(doc)[0][2] is None


@pytest.mark.parametrize(
    "head",
    [
        "Tamsin Introduces the “Quiet Harbors Act”",
        "Tamsin Says “Quiet Harbors Act” Will Pass",
        "Tamsin Calls the Dredging Plan “Reckless”",
        "“Harbors First” Caucus Meets in Port Alder",
        "A “fair hearing” for every harbor",
    ],
)
def test_titles_slogans_and_scare_quotes_in_the_head_get_no_speaker(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None] * len(head_quotes(doc))
    # the body's own quotes are as they were, the issuer's by the usual rules
    body = [(q.text.rstrip(","), q.speaker) for q in doc.quotes if q.part == "body"]
    assert ("Our fishing towns cannot wait another season", "Nell Tamsin") in body


def test_a_head_without_quotation_marks_adds_nothing():
    doc = parse_release("Tamsin Introduces Bill to Protect Fishing Towns")
    assert head_quotes(doc) == []
    assert all(q.part == "body" for q in doc.quotes)


def test_a_title_named_inside_a_body_quotation_is_still_nobodys():
    # The body's own quotation mentions the bill by name: the head's quoted name is a
    # title, not words Tamsin said.
    doc = parse_release("Tamsin Cosponsors the “Dredging Relief Act of 2031” With Prask")
    doc_body = parse_release("“The Dredging Relief Act of 2031 is overdue,” Tamsin said")
    assert head_quotes(doc) == [("headline", "Dredging Relief Act of 2031", None)]
    assert head_quotes(doc_body)[0][2] == "Nell Tamsin"  # the cue, not the body


def test_a_sentence_ending_in_act_is_not_a_title():
    doc = parse_release("Tamsin: “Our fishing towns need Congress to act”")
    assert head_quotes(doc) == [
        ("headline", "Our fishing towns need Congress to act", "Nell Tamsin")
    ]


@pytest.mark.parametrize(
    "head",
    [
        # the issuer named in the line, someone else's words the body does not quote
        "Tamsin slams Marsh for saying “the harbor can wait another year”",
        "Tamsin mocks Marsh’s claim that “the harbor can wait another year”",
        "Tamsin: Marsh was wrong to say “the harbor can wait another year”",
        "Tamsin, Marsh clash; Marsh: “the harbor can wait another year”",
        "Marsh says “we must keep every harbor job”; Tamsin calls it hollow",
        "Governor says “we must keep every harbor job”; Tamsin calls it hollow",
        # a report's title and a scare quote beside the issuer's name
        "Tamsin releases report, “Harbor jobs in the balance across the state”",
        "Tamsin bill would end “use it or lose it” harbor rule",
        "Tamsin op-ed: “Why our harbors need a real plan now”",
    ],
)
def test_a_name_away_from_the_quotation_is_no_cue(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


@pytest.mark.parametrize(
    "head",
    [
        "Prask says “we must keep every harbor job”; Tamsin calls it hollow",
        "Harbor Bill Stalls, Prask Warns “We Must Keep Every Harbor Job”",
        "“We must keep every harbor job,” Prask says",
        "Prask: “We must keep every harbor job”",
        # a label set off by a dash, as a deck under the title is
        "Prask—“We must keep every harbor job”",
        "Prask –“We must keep every harbor job”",
    ],
)
def test_a_name_right_at_the_quotation_is_a_cue(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == ["Ivo Prask"]
    assert doc.quotes[0].method == "cue"


@pytest.mark.parametrize(
    "head",
    [
        # a title-cased quotation in a line written in sentence case is a name
        "Tamsin says “Harbor Workers Bill of Rights” will pass this year",
        "Tamsin: “Harbor Workers Bill of Rights” must pass this year",
        # the cue ends a line the quotation does not open
        "Marsh calls it “a plan that leaves every harbor behind,” Tamsin says",
        # a dash after words that are not the label alone
        "Tamsin Backs Harbor Bill – “A plan that leaves no harbor behind”",
    ],
)
def test_a_name_beside_a_title_or_inside_a_sentence_is_no_cue(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


@pytest.mark.parametrize(
    "head",
    [
        # a dash before a phrase in Title Case sets off an epithet or a tribute, no label
        "Ivo Prask – “Iron Lady of the Quay”",
        "Ivo Prask – “The Iron Lady of the Quay Road”",
        "Remembering Nell Tamsin — “A Voice for Every Fishing Village”",
        "Tamsin – “A Neighbor We Cannot Lose”",
        "Prask—“Keeper of the Western Lights”",
    ],
)
def test_a_dash_before_a_title_cased_phrase_is_no_label(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


@pytest.mark.parametrize(
    "head",
    [
        # a quotation of sentences after the dash: the label's
        "Prask – “Keep every harbor light burning.”",
        "Prask—“Who will pay for the dredging?”",
        "Prask – “Quay Funds Run Out on Friday, Delay is Not an Answer”",
    ],
)
def test_a_dash_before_a_quotation_of_sentences_is_a_label(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == ["Ivo Prask"]


@pytest.mark.parametrize("label", ["Nell Tamsin – ", "Nell Tamsin—", "Nell Tamsin: "])
def test_a_labelled_quotation_set_under_the_title_is_the_labels(label):
    head = (
        "For Immediate Release Contact: Pat Roe May 2, 2018 (202) 555-0100 Press Statement "
        f"Congresswoman Nell Tamsin Backs the Quiet Harbors Act {label}“Every harbor town "
        "deserves a dredged channel and a fair hearing. The pilots have waited long enough, "
        "and so have the families who work the piers.”"
    )
    doc = parse_release(head)
    assert doc.headline == "Congresswoman Nell Tamsin Backs the Quiet Harbors Act"
    [(part, _text, speaker)] = head_quotes(doc)
    assert (part, speaker) == ("subheading", "Nell Tamsin")


def test_a_subheadline_cut_from_the_headline_names_no_one():
    from importers.head_quotes import add_head_quotes

    doc = Document(
        headline="Tamsin Statement on",
        subheadings=["Prask: “This Is a Dark Day for Every Harbor”"],
        body=["“Our fishing towns cannot wait,” Tamsin said."],
    )
    add_head_quotes(doc, "Nell Tamsin")
    assert [q.speaker for q in doc.quotes if q.part != "body"] == [None]


def test_a_label_naming_two_people_leaves_the_body_to_tell():
    doc = parse_release("Tamsin Answers Prask: “This Bill Gives Every Harbor a Fair Hearing”")
    assert [speaker for _, _, speaker in head_quotes(doc)] == ["Ivo Prask"]


def test_words_the_body_reports_as_another_persons_are_not_its_speakers():
    body = (
        "PORT ALDER, ME – Representative Nell Tamsin answered Governor Odile Marsh.\n\n"
        "“Governor Marsh keeps telling us that the harbor can wait another year, but our"
        " fishing towns cannot wait,” Tamsin said."
    )
    doc = parse_release("“the harbor can wait another year”? Not so fast", body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]
    # words inside a sentence, even an argument of one's own, are matched to no one
    body = (
        "PORT ALDER – Tamsin spoke.\n\n“I would argue that the harbor can wait no more,”"
        " Tamsin said."
    )
    doc = parse_release("“the harbor can wait no more”", body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


def test_a_speaker_from_the_body_is_not_called_a_cue():
    body = (
        "PORT ALDER, ME – Representative Nell Tamsin met Senator Ivo Prask.\n\n"
        "“This bill gives every harbor a fair hearing,” said Senator Ivo Prask."
    )
    doc = parse_release("“This bill gives every harbor a fair hearing”", body)
    assert doc.quotes[0].speaker == "Ivo Prask"
    assert doc.quotes[0].method == "resolved"


def test_words_the_body_quotes_inside_its_quotation_are_not_its_speakers():
    body = (
        "PORT ALDER, ME – Representative Nell Tamsin answered Governor Odile Marsh.\n\n"
        "“Governor Marsh keeps telling us that ‘the harbor can wait another year,’ but"
        " our fishing towns cannot wait,” Tamsin said."
    )
    doc = parse_release("“the harbor can wait another year”? Not so fast", body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]
    # the words outside the inner marks, inside a sentence: no one's either
    doc = parse_release("“Our fishing towns cannot wait”", body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


def test_a_long_head_line_of_many_quotations_reads_each_as_nobodys():
    # Its growth with the quotations is timed by scripts/bench_quote_scaling.py --shape
    # head-quotes (linear, as a ratio in one run).
    from importers.head_quotes import add_head_quotes

    line = " ".join(
        f"Harbor Line Ends, Prask Says “Every harbor gets {k} days”" for k in range(1600)
    )
    doc = Document(headline=line, body=["“Our towns cannot wait,” Tamsin said."])
    add_head_quotes(doc, "Nell Tamsin")
    assert [(q.part, q.text, q.speakers) for q in doc.quotes] == [
        ("headline", f"Every harbor gets {k} days", []) for k in range(1600)
    ]


def test_a_head_of_many_quoting_lines_reads_only_the_first_few():
    from importers.head_quotes import MAX_LINES, add_head_quotes

    doc = Document(
        headline="Tamsin: “Our fishing towns cannot wait another season”",
        subheadings=[f"Line {n}: “Every harbor gets a fair hearing soon”" for n in range(50)],
        body=["“Our fishing towns cannot wait another season,” Tamsin said."],
    )
    add_head_quotes(doc, "Nell Tamsin")
    heads = [q for q in doc.quotes if q.part != "body"]
    assert len(heads) == MAX_LINES
    assert heads[0].part == "headline" and heads[-1].paragraph == MAX_LINES - 2


def test_a_quote_export_says_where_each_quote_stands(archive_factory):
    import csv
    import io

    backend = archive_factory()
    list(backend.write([head_quote_document()]))
    # every quote but the headline's, which repeats the body's quotation 2
    request = SearchRequest(parse_query(""), scope="quotes", limit=100)
    rows = list(csv.DictReader(io.StringIO("".join(export(backend, request, "csv")))))
    assert sorted((r["index"], r["part"]) for r in rows) == [
        ("1", "subheading"),
        ("2", "body"),
        ("3", "body"),
    ]
    lines = [json.loads(line) for line in "".join(export(backend, request, "jsonl")).splitlines()]
    assert sorted((r["index"], r["part"]) for r in lines) == [
        (1, "subheading"),
        (2, "body"),
        (3, "body"),
    ]


@pytest.mark.parametrize(
    ("member", "head"),
    [
        (
            "Nell Tamsin",
            "GAO Report Requested by Tamsin Says “Harbor Jobs Fell by Half Since 2029”",
        ),
        ("Nell Tamsin", "Petition to Tamsin Says “Save the Harbor School Before It Closes”"),
        ("Nell Tamsin", "Group backing Tamsin says “the harbor deal is the best in a decade”"),
        ("Ann Lowell", "Mayor of Lowell Says “We Need the Harbor Grant Now”"),
    ],
)
def test_a_name_that_is_the_object_of_the_phrase_is_no_cue(member, head):
    from importers.records import document_from_record

    body = f"PORT ALDER, ME – Representative {member} met the board on Monday."
    record = {"member": member, "text": f"{head}\n\n{body}"}
    doc = document_from_record(record, {"member": "issuer", "text": "text"}, origin=None)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


def test_words_the_body_gives_someone_else_in_prose_are_not_the_quoters():
    body = (
        "PORT ALDER, ME – Governor Odile Marsh told reporters the harbor can wait another"
        " year.\n\n“The harbor can wait another year – that is the governor’s whole plan,”"
        " Tamsin said."
    )
    doc = parse_release("“The harbor can wait another year”", body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]
    # words inside a sentence of the body's quotation, not opening it: nobody's
    body = (
        "PORT ALDER, ME – Governor Odile Marsh has a plan.\n\n“The governor thinks the harbor"
        " can wait another year. It cannot,” Tamsin said."
    )
    doc = parse_release("“The harbor can wait another year”", body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]
    # opening a sentence of it: the quoter's
    body = (
        "PORT ALDER, ME – Representative Nell Tamsin spoke on Monday.\n\n“Summer is near."
        " The harbor cannot wait another season,” Tamsin said."
    )
    doc = parse_release("“The harbor cannot wait another season”", body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == ["Nell Tamsin"]


def test_a_surname_the_body_gives_another_person_is_no_cue():
    body = (
        "PORT ALDER, ME – Representative Nell Tamsin stood with her brother, Mayor Otto"
        " Tamsin of Port Alder, who asked for the grant.\n\n"
        "“This grant keeps our harbors working,” Representative Tamsin said."
    )
    record = {
        "member": "Nell Tamsin",
        "text": "Mayor Backs Harbor Grant for Port Alder\n"
        f"Tamsin: “Port Alder Cannot Wait Another Season”\n\n{body}",
    }
    from importers.records import document_from_record

    doc = document_from_record(record, {"member": "issuer", "text": "text"}, origin=None)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


@pytest.mark.parametrize(
    "head",
    [
        "Tamsin Introduces “No Harbor Left Behind” Bill",
        "Tamsin’s “Keep Every Harbor Open” Bill Clears Committee",
        "Tamsin Report, “No Harbor Left Behind,” Finds Gaps",
        "Tamsin Unveils “Every Harbor Stays Open” Plan",
    ],
)
def test_a_quotation_naming_a_bill_or_report_is_nobodys(head):
    # the body quotes the same words as the issuer's: a slogan she says, the bill's name
    words = head.split("“")[1].split("”")[0].rstrip(",").capitalize()
    body = f"PORT ALDER, ME – Representative Nell Tamsin spoke.\n\n“{words},” Tamsin said."
    doc = parse_release(head, body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        ("Rep. Tamsin: “we will not let the harbor close this year”", "Nell Tamsin"),
        ("“We will not let the harbor close this year,” Rep. Tamsin says", "Nell Tamsin"),
        ("Sen. Prask: “We must keep every harbor job”", "Ivo Prask"),
        # a title no member of Congress holds: someone else who may share the surname
        ("Mayor Tamsin: “we will not let the harbor close this year”", None),
    ],
)
def test_a_members_title_before_a_surname_names_the_member(head, speaker):
    doc = parse_release(head)
    assert [s for _, _, s in head_quotes(doc)] == [speaker]


def test_head_words_running_over_two_sentences_of_a_body_quotation_are_its_speakers():
    body = (
        "PORT ALDER, ME – Representative Nell Tamsin spoke on Monday.\n\n“It is spring. The"
        " harbor cannot wait. Our towns cannot either. Vote yes,” Tamsin said."
    )
    doc = parse_release("“The harbor cannot wait. Our towns cannot either.”", body)
    assert [speaker for _, _, speaker in head_quotes(doc)] == ["Nell Tamsin"]


@pytest.mark.parametrize(
    "head",
    [
        # a headline reporting about the words: words follow the closing mark
        "Tamsin Says “I will sink the harbor myself” Was Never Said",
        "Tamsin Says “a disaster waiting to happen” Is Overblown",
        "Tamsin Urges “Save Our Harbor From Storms” Rally",
        "Tamsin: “Pay the crews before the storms” Chant Grows Louder",
        "Tamsin Warns: “The quay will flood by spring” Is Disputed",
    ],
)
def test_a_cue_alone_with_words_after_the_closing_mark_gives_nobody(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]


@pytest.mark.parametrize(
    "head",
    [
        "Tamsin Says “Fishing Towns Cannot Wait”!",
        "Tamsin: “Our fishing towns cannot wait,” …",
        "Tamsin Urges “Fund the docks before the storms.” ",
        "Tamsin Says “Fishing Towns Cannot Wait” | Vote Set for May",
        "Tamsin says “fishing towns cannot wait”; Prask disagrees",
    ],
)
def test_a_cue_alone_with_only_punctuation_after_the_closing_mark_names_the_speaker(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == ["Nell Tamsin"]


def test_words_after_the_closing_mark_leave_the_body_to_tell():
    # the body quotes the same words: its speaker, not the cue, gives the head's
    doc = parse_release("Tamsin Says “Our fishing towns cannot wait another season” at Hearing")
    [(_, _, speaker)] = head_quotes(doc)
    assert speaker == "Nell Tamsin" and doc.quotes[0].method == "resolved"


@pytest.mark.parametrize(
    "head",
    [
        "Tamsin: “Our Fishing Towns Cannot Wait Another Season” (VIDEO)",
        "Tamsin Says “Fishing Towns Cannot Wait” [WATCH]",
        "Tamsin Says “Fishing Towns Cannot Wait” — Prask Agrees",
        "Tamsin Says “Fishing Towns Cannot Wait” – Prask Agrees",
        "Tamsin Says “Fishing Towns Cannot Wait” - Prask Agrees",
    ],
)
def test_a_bracketed_tail_or_a_spaced_dash_ends_the_cued_part(head):
    doc = parse_release(head)
    assert [speaker for _, _, speaker in head_quotes(doc)] == ["Nell Tamsin"]


@pytest.mark.parametrize(
    "head",
    [
        "Prask: “The Harbor Must Stay Open” (VIDEO)",
        "Prask Says “The Harbor Must Stay Open” Is a Promise",
        "Prask Says “The Harbor Must Stay Open” in Floor Speech",
    ],
)
def test_a_cue_naming_one_person_never_gives_the_words_to_another(head):
    # the body quotes the same words as Tamsin's, telling of a promise Prask made
    body = (
        "PORT ALDER, ME – Representative Nell Tamsin brought the Quiet Harbors Act on"
        " Monday with Senator Ivo Prask.\n\n“The harbor must stay open” was the promise"
        " Prask made last year, Tamsin said. “He broke it.”"
    )
    doc = parse_release(head, body)
    # the cue names Prask, the body's quotation Tamsin: nobody rather than a guess
    assert [speaker for _, _, speaker in head_quotes(doc)] == [None]
