"""The Elasticsearch request bodies, checked as data (no server)."""

import datetime as dt

from search.base import SearchRequest
from search.elastic_compile import Compiler, search_body
from search.facets import facet_key
from search.query import parse_query
from search.speakers import CONFIDENT


def keys(name):
    return {"stepanov": ["stepanov", "oleg stepanov"]}.get(name.casefold(), [name.casefold()])


def body(q="", **kw):
    request = SearchRequest(parse_query(q), **kw)
    return search_body(Compiler(request.scope, keys, request.confident), request)


def test_words_search_text_fields_and_nested_quotes():
    query = body("sanctions")["query"]
    should = query["bool"]["should"]
    exact, stemmed = should[0]["bool"]["should"]
    assert exact["multi_match"]["fields"][0] == "headline^12"
    assert "stems.en.headline^4" in stemmed["multi_match"]["fields"]
    assert "stems.ru.body^1" in stemmed["multi_match"]["fields"]
    assert should[1]["nested"]["path"] == "quotes"
    assert query["bool"]["minimum_should_match"] == 1


def test_a_quoted_word_matches_only_as_written():
    match = body('"housing"')["query"]["bool"]["should"][0]["multi_match"]
    assert match["type"] == "phrase"
    assert all(f.split("^")[0].endswith(".exact") for f in match["fields"])
    assert not any("stems" in f for f in match["fields"])


def test_phrases_use_the_exact_subfields():
    match = body('"on the table"')["query"]["bool"]["should"][0]["multi_match"]
    assert match["type"] == "phrase"
    assert all(".exact" in f for f in match["fields"])


def test_boolean_structure():
    query = body("a -b")["query"]["bool"]
    assert len(query["must"]) == 2
    assert "must_not" in query["must"][1]["bool"]


def test_speaker_filter_resolves_aliases_to_speaker_keys():
    query = body("speaker:Stepanov")["query"]
    assert query == {"terms": {"speaker_keys": ["oleg stepanov", "stepanov"]}}
    quotes = body("speaker:Stepanov", scope="quotes")["query"]
    assert quotes == {"terms": {"speaker_keys": ["oleg stepanov", "stepanov"]}}
    confident = body("speaker:Stepanov", confident=True)["query"]
    assert confident == {"terms": {"confident_speaker_keys": ["oleg stepanov", "stepanov"]}}


def test_confident_quotes_are_a_query_condition_not_a_post_filter():
    b = body("sanctions", scope="quotes", confident=True)
    assert {"range": {"confidence": {"gte": CONFIDENT}}} in b["query"]["bool"]["filter"]
    assert "post_filter" not in b


def test_selected_facets_go_to_post_filter_and_other_facets_aggregations():
    b = body("sanctions", filters={"source": ["Sputnik"], "place": ["Moscow"]})
    assert b["post_filter"] == {
        "bool": {
            "filter": [
                {"terms": {"facet_keys.source": ["sputnik"]}},
                {"terms": {"facet_keys.place": ["moscow"]}},
            ]
        }
    }
    # The source facet is filtered by the place selection only, and vice versa.
    assert b["aggs"]["facet_source"]["filter"] == {
        "bool": {"filter": [{"terms": {"facet_keys.place": ["moscow"]}}]}
    }
    assert b["aggs"]["facet_place"]["filter"] == {
        "bool": {"filter": [{"terms": {"facet_keys.source": ["sputnik"]}}]}
    }
    speaker = b["aggs"]["facet_speaker"]["aggs"]["values"]
    assert speaker["terms"]["field"] == "speaker_keys"
    assert speaker["aggs"]["spellings"]["terms"]["field"] == "speaker_names"


def test_date_range_and_histogram():
    b = body("", date_from=dt.date(2022, 2, 1), date_to=dt.date(2022, 3, 31))
    date = b["query"]["range"]["published"]
    assert date == {"gte": "2022-02-01", "lte": "2022-03-31||/d"}
    assert (
        b["aggs"]["histogram"]["aggs"]["months"]["date_histogram"]["calendar_interval"] == "month"
    )


def test_highlighting_encodes_html():
    b = body("x")
    assert b["highlight"]["encoder"] == "html"
    assert b["highlight"]["pre_tags"] == ["<mark>"]


def test_paging_sort_and_time_limit():
    b = body("x", sort="newest", offset=40, limit=20, timeout_ms=1500)
    assert b["from"] == 40 and b["size"] == 20
    assert b["sort"][0] == {"published": {"order": "desc", "missing": "_last"}}
    assert b["timeout"] == "1500ms"
    assert b["track_total_hits"] is True


def test_facet_values_are_selected_by_the_key_python_computes():
    b = body("", filters={"source": ["STRAUß Verlag"], "place": ["İstanbul"]})
    assert b["post_filter"]["bool"]["filter"] == [
        {"terms": {"facet_keys.source": [facet_key("STRAUß Verlag")]}},
        {"terms": {"facet_keys.place": [facet_key("İstanbul")]}},
    ]
    assert facet_key("STRAUß Verlag") == "strauss verlag"
