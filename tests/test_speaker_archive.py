"""Speakers across the archive, on both backends: joint quotes belong to each speaker,
quoted titles are nobody's, weak attributions can be left out, and the spellings of
one person's name are one speaker while two people of one surname stay two."""

from __future__ import annotations

import uuid

import pytest

from search.base import SearchRequest
from search.query import parse_query
from search.speakers import (
    CONFIDENT,
    display_name,
    is_confident,
    quote_speakers,
    speaker_key,
    speaker_names,
)
from search.sqlite import SqliteBackend
from tests.fixtures.speakers import speaker_documents

# -- the key, without a backend --------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Rep. Robert W. Goodlatte", "Robert W Goodlatte"),
        ("ROBERT GOODLATTE", "robert goodlatte"),
        ("Congressman Steve King", "Steve King"),
        ("U.S. Senator John Boozman", "John Boozman"),
        ("Beto O’Rourke", "Beto O'Rourke"),
        ("Martin Luther King, Jr.", "Martin Luther King Jr."),
        ("José  Serrano", "JOSÉ SERRANO"),
        ("José Serrano", "Jose Serrano"),
        ("Nydia Velázquez", "Nydia Velazquez"),
    ],
)
def test_spellings_of_one_person_share_a_key(a, b):
    assert speaker_key(a) == speaker_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Steve King", "Peter King"),
        ("King", "Steve King"),  # a surname alone is not a full name
        ("Bob Goodlatte", "Robert Goodlatte"),  # no nickname table: not evidence enough
        ("George H. W. Bush", "George W. Bush"),  # two initials against one
        ("José E. Serrano", "José M. Serrano"),  # father and son
        ("Robert W. Goodlatte", "Robert Goodlatte"),  # which Robert Goodlatte is not known
        ("Martin Luther King Jr.", "Martin Luther King Sr."),
        ("J. Smith", "John Smith"),
        ("Mark Kelly", "Mark Kelly Jr."),
        ("Justice Department", "Department"),  # organisations keep every word
        ("General Motors", "Motors"),
        ("Senator Smith", "Smith"),  # a title is dropped only before a full name
    ],
)
def test_different_people_keep_their_keys(a, b):
    assert speaker_key(a) != speaker_key(b)


def test_quote_speakers_titles_and_confidence():
    joint, title, resolved = speaker_documents()[0].quotes
    assert quote_speakers(joint) == ["Amy Klobuchar", "Al Franken"]
    assert quote_speakers(title) == []
    assert is_confident(joint) and not is_confident(resolved) and not is_confident(title)
    assert resolved.confidence < CONFIDENT <= joint.confidence


def test_speaker_names_one_per_key_and_display_form():
    doc = speaker_documents()[0]
    assert speaker_names(doc) == ["Amy Klobuchar", "Al Franken"]
    assert display_name({"Robert W. Goodlatte": 1, "Robert W Goodlatte": 1}) == "Robert W Goodlatte"
    assert display_name({"Robert W. Goodlatte": 2, "Robert Goodlatte": 1}) == "Robert W. Goodlatte"


# -- on both backends ------------------------------------------------------------------


@pytest.fixture(
    scope="module",
    params=["sqlite", pytest.param("elastic", marks=pytest.mark.elasticsearch)],
)
def backend(request, tmp_path_factory):
    if request.param == "sqlite":
        store = SqliteBackend(tmp_path_factory.mktemp("speakers") / "a.db")
    else:
        from search.elastic import ElasticBackend

        url = request.getfixturevalue("elasticsearch_url")
        store = ElasticBackend(url, index_prefix=f"press-test-{uuid.uuid4().hex[:10]}")
    results = list(store.write(speaker_documents()))
    assert {r.status for r in results} == {"created"}, results
    yield store
    if request.param == "elastic":
        store.drop()
    store.close()


def ask(backend, q="", **kw):
    return backend.search(SearchRequest(parse_query(q), **kw))


def facet(result, name="speaker"):
    return {v.value: v.count for v in result.facets[name].values}


def test_speaker_facet_merges_spellings_and_keeps_namesakes_apart(backend):
    assert facet(ask(backend)) == {
        "Amy Klobuchar": 1,
        "Al Franken": 1,
        "Robert W Goodlatte": 2,
        "Bob Goodlatte": 1,
        "Steve King": 1,
        "Peter King": 1,
    }
    assert ask(backend, 'speaker:"Rep. Robert W. Goodlatte"').total == 2
    assert ask(backend, 'speaker:"Steve King"').total == 1


def test_a_joint_quote_belongs_to_each_speaker(backend):
    for name in ("Al Franken", "Amy Klobuchar"):
        hits = ask(backend, "farmers", scope="quotes", filters={"speaker": [name]}).hits
        assert [h.text for h in hits] == ["<mark>Farmers</mark> in every county need this"]
        assert hits[0].speakers == ["Amy Klobuchar", "Al Franken"]
        assert hits[0].speaker == "Amy Klobuchar"
    quotes = ask(backend, "farmers", scope="quotes")
    assert facet(quotes) == {"Amy Klobuchar": 1, "Al Franken": 1}
    assert ask(backend, 'speaker:"Al Franken"', scope="quotes").total == 1


def test_quoted_titles_are_kept_but_not_quotes(backend):
    doc = backend.get(speaker_documents()[0].id)
    assert [q.kind for q in doc.quotes] == ["direct", "title", "direct"]
    assert ask(backend, "milk", scope="quotes").total == 0
    assert ask(backend, "quote:milk").total == 0
    assert ask(backend, "milk").total == 1  # the words are still in the article
    assert ask(backend, "", scope="quotes").total == 7
    assert backend.stats()["quotes"] == 7


def test_confident_attributions_only(backend):
    everything = ask(backend, "", scope="quotes", filters={"speaker": ["Amy Klobuchar"]})
    assert everything.total == 2
    confident = ask(
        backend, "", scope="quotes", filters={"speaker": ["Amy Klobuchar"]}, confident=True
    )
    assert [h.method for h in confident.hits] == ["cue"]
    assert all(h.confidence >= CONFIDENT for h in confident.hits)
    quotes = ask(backend, "", scope="quotes", confident=True)
    assert quotes.total == 5
    assert "Bob Goodlatte" not in facet(quotes)
    documents = ask(backend, "", confident=True)
    assert documents.total == 6  # documents stay; their weak speakers do not count
    assert "Bob Goodlatte" not in facet(documents)
    assert ask(backend, 'speaker:"Bob Goodlatte"', confident=True).total == 0
    assert ask(backend, 'speaker:"Bob Goodlatte"').total == 1


def test_speaker_page_summary_lists_variants(backend):
    summary = backend.speaker("Robert W. Goodlatte")
    assert summary.name == "Robert W Goodlatte"
    assert summary.variants == ["Robert W. Goodlatte"]
    assert (summary.quotes, summary.documents) == (2, 2)
    franken = backend.speaker("Al Franken")
    assert (franken.quotes, franken.documents) == (1, 1)
    # "King" is an alias of two people: it names neither.
    assert backend.speaker("King") is None
    assert backend.speaker("Steve King").quotes == 1


def test_speaker_values_script_lists_the_archives_speakers(tmp_path):
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "scripts" / "speaker_values.py"
    spec = importlib.util.spec_from_file_location("speaker_values", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    archive = SqliteBackend(tmp_path / "a.db")
    list(archive.write(speaker_documents()))
    archive.close()
    url = f"sqlite:///{tmp_path / 'a.db'}"
    quotes, values, spellings = module.speaker_values(url)
    assert quotes == 7 and spellings == 7
    assert values[:2] == [("Amy Klobuchar", 2), ("Robert W Goodlatte", 2)] and len(values) == 6
    # The same archive twice is one corpus: each document counts once.
    assert module.speaker_values(url, url) == (quotes, values, spellings)
    backend = SqliteBackend(tmp_path / "a.db")
    facet = backend.search(SearchRequest(scope="quotes", facets=("speaker",), facet_size=50))
    assert [(v.value, v.count) for v in facet.facets["speaker"].values] == values
    backend.close()
