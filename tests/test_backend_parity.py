"""The two backends answer alike: same documents and same facet counts for the same filters."""

import uuid

import pytest

from search.base import FACETS, SearchRequest
from search.elastic import ElasticBackend
from search.query import parse_query
from search.sqlite import SqliteBackend
from tests.fixtures.archive import archive_documents
from tests.fixtures.awkward import awkward_documents
from tests.fixtures.head_quotes import head_quote_document

pytestmark = pytest.mark.elasticsearch

REQUESTS = [
    ("", {}),
    ("", {"source": ["Harbour News"]}),
    ("", {"speaker": ["Paul Okafor"], "year": ["2022"]}),
    ("tariffs", {}),
    ("tariffs", {"place": ["OSLO", "LAGOS"]}),
    ('speaker:"Lena Marsh"', {"agency": ["Harbour News"]}),
    ("date:2022..2023", {"language": ["en"]}),
    ('"fishing quotas" OR shipping', {}),
    ("-tariffs", {}),
    # One key, several spellings: ß, dotted capital I, Cyrillic case, composed accents.
    ("", {"source": ["strauss verlag"]}),
    ("", {"source": ["ВЕСТИ ПОРТА"], "place": ["москва"]}),
    ("", {"place": ["İSTANBUL", "ærøskøbing"]}),
    ("", {"agency": ["Strauss Foto"]}),
    ("", {"speaker": ["JOSÉ MARTÍNEZ"]}),
    ("", {"speaker": ["johann strauss"]}),
    ('source:"STRAUSS VERLAG" place:МОСКВА', {}),
    ("place:wien OR place:İstanbul", {}),
]


@pytest.fixture(scope="module")
def both(elasticsearch_url, tmp_path_factory):
    sqlite = SqliteBackend(tmp_path_factory.mktemp("parity") / "a.db")
    elastic = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:8]}")
    for backend in (sqlite, elastic):
        list(backend.write(archive_documents() + awkward_documents()))
    yield sqlite, elastic
    elastic.drop()
    elastic.close()
    sqlite.close()


def summary(backend, q, filters, scope):
    result = backend.search(SearchRequest(parse_query(q), filters=filters, scope=scope, limit=100))
    ids = sorted((h.id if scope == "documents" else (h.document_id, h.index)) for h in result.hits)
    facets = {
        name: sorted((v.value, v.count, v.selected) for v in result.facets[name].values)
        for name in FACETS
    }
    return result.total, ids, facets, result.histogram


@pytest.mark.parametrize("scope", ["documents", "quotes"])
@pytest.mark.parametrize("q, filters", REQUESTS)
def test_same_answers(both, q, filters, scope):
    sqlite, elastic = both
    assert summary(sqlite, q, filters, scope) == summary(elastic, q, filters, scope)


def test_quotes_in_the_head_answer_alike(elasticsearch_url, tmp_path):
    sqlite = SqliteBackend(tmp_path / "head.db")
    elastic = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:8]}")
    try:
        answers = []
        for backend in (sqlite, elastic):
            nobodys = head_quote_document()  # the headline's repeat names no speaker
            nobodys.quotes[0].speaker, nobodys.quotes[0].speakers = None, []
            nobodys.id = "head-quote-of-nobody"
            nobodys.quotes[2].text = "Vail says the ferry levy ends this winter, and it will not"
            bare = head_quote_document()  # a head `“No”` of nobody over a body holding `No`
            bare.quotes[0].text, bare.quotes[0].speaker, bare.quotes[0].speakers = "No", None, []
            bare.quotes[2].text = "No ferry levy ends this winter without a vote"
            bare.id = "bare-no-of-nobody"
            docs = [head_quote_document(), nobodys, bare, *archive_documents()[:2]]
            list(backend.write(docs))
            result = backend.search(SearchRequest(scope="quotes", limit=100))
            hits = sorted((h.document_id, h.index, h.part, h.paragraph) for h in result.hits)
            speakers = sorted((v.value, v.count) for v in result.facets["speaker"].values)
            answers.append((result.total, hits, speakers))
        assert answers[0] == answers[1]
        # the subheadline's own quote is stored; the headline's repeats the body's, but
        # the headline quote of nobody keeps its own entry
        heads = {(h[0], h[2]) for h in answers[0][1] if h[2] != "body"}
        assert heads == {
            (head_quote_document().id, "subheading"),
            ("head-quote-of-nobody", "subheading"),
            ("head-quote-of-nobody", "headline"),
            ("bare-no-of-nobody", "subheading"),
            ("bare-no-of-nobody", "headline"),
        }
        assert ("Ilse Quarrie", 6) in answers[0][2]
    finally:
        elastic.drop()
        elastic.close()
        sqlite.close()


def test_spellings_of_one_key_select_the_same_documents_on_both(both):
    for backend in both:
        for source in ("Strauß Verlag", "STRAUSS VERLAG", "Strauss Verlag"):
            result = backend.search(SearchRequest(filters={"source": [source]}, limit=100))
            assert result.total == 2, (backend, source)
        cyrillic = backend.search(SearchRequest(parse_query('source:"ВЕСТИ ПОРТА"')))
        assert cyrillic.total == 2
        places = {v.value: v.count for v in backend.search(SearchRequest()).facets["place"].values}
        assert sum(n for p, n in places.items() if p.casefold() == "москва") == 2
        assert len([p for p in places if p.casefold() == "москва"]) == 1
        accented = backend.search(SearchRequest(filters={"speaker": ["José Martínez"]}))
        assert accented.total == 2


def test_the_seed_article_on_both_backends(elasticsearch_url, tmp_path):
    """The seed, imported into each backend, is found by the same searches with the same
    facets, including the quote search for what Oleg Stepanov said about sanctions."""
    from importers.pipeline import import_paths
    from tests.corpus import corpus_path

    seed = corpus_path("seed", "sputnik-stepanov-ottawa.txt")
    sqlite = SqliteBackend(tmp_path / "seed.db")
    elastic = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:8]}")
    try:
        answers = []
        for backend in (sqlite, elastic):
            assert import_paths(backend, [str(seed)]).created == 1
            found = backend.search(SearchRequest(parse_query("sanctions")))
            quotes = backend.search(
                SearchRequest(parse_query('speaker:"Oleg Stepanov" sanctions'), scope="quotes")
            )
            assert found.total == 1
            assert quotes.total >= 2 and {h.speaker for h in quotes.hits} == {"Oleg Stepanov"}
            assert "Oleg Stepanov" in {v.value for v in found.facets["speaker"].values}
            answers.append(
                (
                    summary(backend, "sanctions", {}, "documents"),
                    summary(backend, 'speaker:"Oleg Stepanov" sanctions', {}, "quotes"),
                )
            )
        assert answers[0] == answers[1]
    finally:
        elastic.drop()
        elastic.close()
        sqlite.close()


# -- speakers: joint quotes, quoted titles, weak attributions, spellings of one name ----

SPEAKER_REQUESTS = [
    ("", {}, False),
    ("", {}, True),
    ("", {"speaker": ["Al Franken"]}, False),
    ("", {"speaker": ["Rep. Robert W. Goodlatte"]}, False),
    ("", {"speaker": ["Amy Klobuchar"]}, True),
    ('speaker:"Bob Goodlatte"', {}, False),
    ('speaker:"Bob Goodlatte"', {}, True),
    ("speaker:King", {}, False),
    ("milk OR farmers OR patent", {}, False),
    ("quote:milk", {}, False),
    ("first", {"speaker": ["Steve King", "Peter King"]}, False),
    # One person by a member handle's spelling and the releases' own; initials.
    ("", {"speaker": ["Tk Hallow"]}, False),
    ('speaker:"T. K. Hallow"', {}, False),
    ("", {"speaker": ["Ines Marobal", "Ruth E. Keane"]}, False),
    ("ferries", {"speaker": ["Mara Quill"]}, False),
    # Spellings of one person merged across the archive (`speaker_aliases`), and people
    # it keeps apart.
    ("", {"speaker": ["Dalby"]}, False),
    ("", {"speaker": ["Wen Dalby"]}, True),
    ("locks", {"speaker": ["Wen J. Dalby", "Oren Vask"]}, False),
    ('speaker:"Wen Dalby"', {}, False),
    ("speaker:Corrow", {}, False),
    ("", {"speaker": ["Lior Brandt"]}, False),
    # A first name written short is the name written out; other first names stay apart.
    ("", {"speaker": ["Wm. Orin Vail"]}, False),
    ('speaker:"William Orin Vail"', {}, False),
    ("", {"speaker": ["Will Vail", "Wes Vail"]}, False),
    # A short form of a first name, one office: one person; a private person apart.
    ("", {"speaker": ["James Tarrant"]}, False),
    ('speaker:"Bob Tarrant"', {}, False),
    # A fuller spelling quoted once, of one office holder.
    ("", {"speaker": ["Tod K. Fenwick"]}, False),
    # A surname alone two people of the archive share, written for one of them.
    ("speaker:Tarrow", {}, False),
]


@pytest.fixture(scope="module")
def both_with_speakers(elasticsearch_url, tmp_path_factory):
    from tests.fixtures.speaker_canon import (
        canon_documents,
        fuller_once_documents,
        short_first_name_documents,
        short_form_documents,
        surname_alias_documents,
        variant_documents,
    )
    from tests.fixtures.speakers import speaker_documents

    docs = [
        *archive_documents(),
        *speaker_documents(),
        *canon_documents(),
        *variant_documents(),
        *short_first_name_documents(),
        *short_form_documents(),
        *fuller_once_documents(),
        *surname_alias_documents(),
    ]
    sqlite = SqliteBackend(tmp_path_factory.mktemp("parity") / "speakers.db")
    elastic = ElasticBackend(elasticsearch_url, index_prefix=f"press-test-{uuid.uuid4().hex[:8]}")
    for backend in (sqlite, elastic):
        assert {r.status for r in backend.write(docs)} == {"created"}
        assert backend.update_speaker_aliases()["merged"] > 0
    assert sqlite.speaker_aliases() == elastic.speaker_aliases()
    yield sqlite, elastic
    elastic.drop()
    elastic.close()
    sqlite.close()


def speaker_summary(backend, q, filters, scope, confident):
    request = SearchRequest(
        parse_query(q), filters=filters, scope=scope, limit=100, confident=confident
    )
    result = backend.search(request)
    if scope == "quotes":
        hits = sorted(
            (h.document_id, h.index, h.speaker, tuple(h.speakers), h.method, h.confidence)
            for h in result.hits
        )
    else:
        hits = sorted(h.id for h in result.hits)
    facets = {
        name: sorted((v.value, v.count, v.selected) for v in result.facets[name].values)
        for name in FACETS
    }
    return result.total, hits, facets, result.histogram


@pytest.mark.parametrize("scope", ["documents", "quotes"])
@pytest.mark.parametrize("q, filters, confident", SPEAKER_REQUESTS)
def test_same_speakers(both_with_speakers, q, filters, scope, confident):
    sqlite, elastic = both_with_speakers
    assert speaker_summary(sqlite, q, filters, scope, confident) == speaker_summary(
        elastic, q, filters, scope, confident
    )


@pytest.mark.parametrize(
    "name",
    [
        "Robert W. Goodlatte",
        "ROBERT W GOODLATTE",
        "Al Franken",
        "King",
        "Marsh",
        "Nobody",
        "Tk Hallow",
        "Ruth M. Keane",
        "Dalby",
        "Wen Dalby",
        "Oren Vask",
        "Corrow",
        "Wm. Orin Vail",
        "Will Vail",
        "James Tarrant",
        "Bob Tarrant",
        "Tod Fenwick",
        "Tarrow",
    ],
)
def test_same_speaker_pages(both_with_speakers, name):
    sqlite, elastic = both_with_speakers
    mine, theirs = sqlite.speaker(name), elastic.speaker(name)
    if mine is None or theirs is None:
        assert mine is theirs is None
        return
    assert (mine.name, mine.quotes, mine.documents, mine.variants) == (
        theirs.name,
        theirs.quotes,
        theirs.documents,
        theirs.variants,
    )
    assert sorted(mine.roles) == sorted(theirs.roles)
    assert sorted(mine.aliases) == sorted(theirs.aliases)


def test_same_stats(both_with_speakers):
    sqlite, elastic = both_with_speakers
    keys = ("documents", "quotes", "speakers", "persons")
    assert {k: sqlite.stats()[k] for k in keys} == {k: elastic.stats()[k] for k in keys}
    # Spellings of one person count once among the persons.
    assert 0 < sqlite.stats()["persons"] < sqlite.stats()["speakers"]


def test_a_first_name_written_short_is_one_speaker_on_both_backends(both_with_speakers):
    for backend in both_with_speakers:
        for written in ("Wm. Orin Vail", "William Orin Vail"):
            page = backend.speaker(written)
            assert page is not None
            assert (page.name, page.variants, page.documents) == (
                "Wm. Orin Vail",
                ["William Orin Vail"],
                4,
            )
        for other in ("Will Vail", "Wes Vail"):
            page = backend.speaker(other)
            assert page is not None
            assert (page.name, page.variants, page.documents) == (other, [], 1)


def test_a_short_form_of_a_first_name_is_one_speaker_on_both_backends(both_with_speakers):
    for backend in both_with_speakers:
        for written in ("Jim Tarrant", "James Tarrant"):
            page = backend.speaker(written)
            assert page is not None
            assert (page.name, page.variants, page.documents) == (
                "Jim Tarrant",
                ["James Tarrant"],
                4,
            )
        for other, documents in (("Bob Tarrant", 1), ("Robert Tarrant", 2)):
            page = backend.speaker(other)
            assert page is not None
            assert (page.name, page.variants, page.documents) == (other, [], documents)


def test_a_fuller_spelling_quoted_once_is_the_office_holder_on_both_backends(both_with_speakers):
    for backend in both_with_speakers:
        page = backend.speaker("Tod K. Fenwick")
        assert page is not None
        assert (page.name, page.variants, page.documents) == ("Tod Fenwick", ["Tod K. Fenwick"], 3)


def test_a_surname_two_people_share_opens_neither_page_on_both_backends(both_with_speakers):
    # `Tarrow` is written for Tod Tarrow in one release, but the archive quotes Bram
    # Tarrow too: the surname alone names neither.
    for backend in both_with_speakers:
        assert backend.speaker("Tarrow") is None
        for name, documents in (("Tod Tarrow", 2), ("Bram Tarrow", 1)):
            page = backend.speaker(name)
            assert page is not None
            assert (page.name, page.documents) == (name, documents)
