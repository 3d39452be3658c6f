"""One behavioural test suite for every search backend.

A backend's test module subclasses `BackendTests` and provides two fixtures:
`backend` (a class-wide backend holding `archive_documents()`) and `empty_backend`
(a fresh, empty one). A capability a backend lacks is skipped by name with a reason
in its subclass; nothing is mocked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from search.base import SearchRequest
from search.query import parse_query
from tests.fixtures.archive import (
    BERTH_FEES_STORY,
    archive_documents,
    cross_script_documents,
    word_form_documents,
)
from tests.fixtures.head_quotes import head_quote_document


def ask(backend, q: str = "", **kw) -> object:
    return backend.search(SearchRequest(parse_query(q), **kw))


def headlines(result) -> set[str]:
    return {h.headline for h in result.hits}


def facet(result, name: str) -> dict[str, int]:
    return {v.value: v.count for v in result.facets[name].values}


class BackendTests:
    # -- writing -------------------------------------------------------------

    def test_write_reports_created_then_unchanged(self, empty_backend):
        docs = archive_documents()[:2]
        assert [r.status for r in empty_backend.write(docs)] == ["created", "created"]
        assert [r.status for r in empty_backend.write(docs)] == ["unchanged", "unchanged"]
        assert empty_backend.stats()["documents"] == 2

    def test_the_same_document_twice_in_one_import(self, empty_backend):
        doc = archive_documents()[0]
        changed = dataclasses.replace(doc, body=[*doc.body, "A corrected closing line."])
        changed.id = doc.id
        statuses = [r.status for r in empty_backend.write([doc, doc, changed])]
        assert statuses == ["created", "unchanged", "updated"]
        assert empty_backend.stats()["documents"] == 1
        assert empty_backend.get(doc.id).body[-1] == "A corrected closing line."
        assert empty_backend.stats()["quotes"] == len(doc.quotes)

    def test_reimport_of_a_changed_document_updates_it(self, empty_backend):
        doc = archive_documents()[0]
        list(empty_backend.write([doc]))
        changed = dataclasses.replace(doc, body=[*doc.body, "A corrected closing line."])
        changed.id = doc.id
        assert [r.status for r in empty_backend.write([changed])] == ["updated"]
        assert empty_backend.stats()["documents"] == 1
        assert empty_backend.get(doc.id).body[-1] == "A corrected closing line."
        assert ask(empty_backend, "corrected").total == 1

    def test_reindex_rebuilds_with_everything(self, empty_backend):
        docs = archive_documents()
        list(empty_backend.write(docs))
        before = ask(empty_backend, "tariffs")
        report = empty_backend.reindex()
        assert report["documents"] == len(docs)
        after = ask(empty_backend, "tariffs")
        assert after.total == before.total
        assert facet(after, "speaker") == facet(before, "speaker")
        assert empty_backend.stats()["quotes"] == 8
        assert [r.status for r in empty_backend.write(docs[:1])] == ["unchanged"]

    def test_get_round_trips_the_document(self, backend):
        doc = archive_documents()[0]
        assert backend.get(doc.id).to_dict() == doc.to_dict()
        assert backend.get("no-such-id") is None

    def test_delete(self, empty_backend):
        doc = archive_documents()[0]
        list(empty_backend.write([doc]))
        assert empty_backend.delete(doc.id)
        assert not empty_backend.delete(doc.id)
        assert ask(empty_backend, "tariff").total == 0

    # -- text queries --------------------------------------------------------

    def test_words_match_inflected_forms(self, backend):
        result = ask(backend, "tariff")
        assert "Minister defends new tariffs" in headlines(result)
        assert result.total == 4

    def test_words_match_inflected_forms_in_russian_and_english(self, empty_backend):
        list(empty_backend.write(word_form_documents()))
        assert headlines(ask(empty_backend, "санкции")) == {
            "Посол ответил на вопрос о санкциях",
            "Список санкций расширен",
        }
        assert headlines(ask(empty_backend, "вопросы")) == {"Посол ответил на вопрос о санкциях"}
        assert headlines(ask(empty_backend, "quote:санкция")) == {
            "Посол ответил на вопрос о санкциях"
        }
        assert headlines(ask(empty_backend, "shelter")) == {"Council votes on housing"}
        found = ask(empty_backend, "санкции", scope="quotes")
        assert [h.document_id for h in found.hits] == [word_form_documents()[0].id]

    def test_quoted_word_matches_only_that_form(self, empty_backend):
        list(empty_backend.write(word_form_documents()))
        assert headlines(ask(empty_backend, '"housing"')) == {"Council votes on housing"}
        assert headlines(ask(empty_backend, '"санкций"')) == {"Список санкций расширен"}
        assert ask(empty_backend, '"housing"', scope="quotes").total == 0
        assert headlines(ask(empty_backend, "housing")) == {
            "Council votes on housing",
            "House passes the budget",
        }

    def test_snippets_mark_other_forms_of_a_word(self, empty_backend):
        list(empty_backend.write(word_form_documents()))
        hits = ask(empty_backend, "санкции").hits
        assert len(hits) == 2 and all("<mark>санкци" in h.snippet for h in hits)
        (hit,) = ask(empty_backend, '"housing"').hits
        assert "<mark>housing</mark>" in hit.snippet

    def test_exact_form_ranks_above_other_forms(self, empty_backend):
        list(empty_backend.write(word_form_documents()))
        hits = ask(empty_backend, "housing", sort="relevance").hits
        assert [h.headline for h in hits] == ["Council votes on housing", "House passes the budget"]
        hits = ask(empty_backend, "house", sort="relevance").hits
        assert [h.headline for h in hits] == ["House passes the budget", "Council votes on housing"]

    def test_all_words_must_match(self, backend):
        assert headlines(ask(backend, "quotas tariffs")) == {"Envoys split over fishing quotas"}

    def test_phrase(self, backend):
        assert headlines(ask(backend, '"door stays open"')) == {
            "Tariff talks stall, ambassador says"
        }
        assert ask(backend, '"open stays door"').total == 0

    def test_or_and_not(self, backend):
        assert ask(backend, "quotas OR shipping").total == 2
        assert "Envoys split over fishing quotas" not in headlines(ask(backend, "tariffs -quotas"))
        assert ask(backend, "tariffs NOT quotas").total == 3

    def test_only_negative_query_excludes(self, backend):
        assert ask(backend, "-tariffs").total == 2

    def test_prefix(self, backend):
        assert "Shipping figures rise" in headlines(ask(backend, "ship*"))

    def test_headline_field(self, backend):
        assert headlines(ask(backend, "headline:quotas")) == {"Envoys split over fishing quotas"}

    def test_garbage_queries_never_raise(self, backend):
        for q in ['"unclosed', "((", "AND", "OR NOT", ")", "date:garbage", "*", "-", "::", "\x00"]:
            ask(backend, q)

    # -- filters -------------------------------------------------------------

    def test_field_filters(self, backend):
        assert ask(backend, 'source:"capital wire"').total == 2
        assert ask(backend, "place:oslo tariffs").total == 2
        assert ask(backend, 'speaker:"Paul Okafor"').total == 3

    def test_speaker_filter_accepts_an_alias(self, backend):
        assert (
            ask(backend, "speaker:Marsh").total == ask(backend, 'speaker:"Lena Marsh"').total == 3
        )

    def test_date_range(self, backend):
        assert ask(backend, "date:2022").total == 2
        result = ask(backend, "", date_from=dt.date(2022, 6, 10), date_to=dt.date(2023, 1, 31))
        assert headlines(result) == {"Envoys split over fishing quotas", "Shipping figures rise"}
        assert ask(backend, "after:2023-02").total == 1

    # -- facets --------------------------------------------------------------

    def test_facet_counts(self, backend):
        result = ask(backend, "tariffs")
        assert facet(result, "speaker") == {"Lena Marsh": 3, "Paul Okafor": 2}
        assert facet(result, "source") == {"Harbour News": 3, "Capital Wire": 1}
        assert facet(result, "place") == {"OSLO": 2, "LAGOS": 1}
        assert facet(result, "year") == {"2021": 1, "2022": 2}
        assert facet(result, "agency") == {"Harbour News": 1}

    def test_multi_select_keeps_alternatives(self, backend):
        result = ask(backend, "", filters={"source": ["Harbour News"]})
        assert result.total == 3
        source = {v.value: (v.count, v.selected) for v in result.facets["source"].values}
        assert source["Harbour News"] == (3, True)
        assert source["Capital Wire"] == (2, False)
        # Other facets are narrowed by the selection.
        assert facet(result, "place") == {"OSLO": 2}

    def test_values_of_one_facet_are_ored_and_facets_anded(self, backend):
        both = ask(backend, "", filters={"source": ["Harbour News", "Capital Wire"]})
        assert both.total == 5
        narrowed = ask(
            backend,
            "",
            filters={"source": ["Harbour News", "Capital Wire"], "speaker": ["Paul Okafor"]},
        )
        assert headlines(narrowed) == {
            "Minister defends new tariffs",
            "Envoys split over fishing quotas",
        }

    def test_selected_value_with_no_hits_is_still_listed(self, backend):
        result = ask(backend, "shipping", filters={"speaker": ["Lena Marsh"]})
        assert result.total == 0
        assert [(v.value, v.count, v.selected) for v in result.facets["speaker"].values] == [
            ("Lena Marsh", 0, True)
        ]

    def test_histogram_by_month(self, backend):
        assert ask(backend, "tariffs").histogram == [("2021-03", 1), ("2022-06", 2)]

    # -- quotes --------------------------------------------------------------

    def test_quote_scope_searches_quotes_only(self, backend):
        result = ask(backend, "tariffs", scope="quotes")
        assert {h.speaker for h in result.hits} == {"Lena Marsh", "Paul Okafor"}
        assert result.total == 6
        assert all("<mark>" in h.text for h in result.hits)

    def test_quotes_by_speaker_about_a_subject(self, backend):
        result = ask(backend, 'speaker:"Lena Marsh" tariffs', scope="quotes")
        assert result.total == 3
        assert {h.speaker for h in result.hits} == {"Lena Marsh"}
        faceted = ask(backend, "tariffs", scope="quotes", filters={"speaker": ["Paul Okafor"]})
        assert faceted.total == 3
        assert facet(faceted, "speaker") == {"Lena Marsh": 3, "Paul Okafor": 3}

    def test_quote_hits_point_into_the_document(self, backend):
        hit = ask(backend, '"door stays open"', scope="quotes").hits[0]
        doc = backend.get(hit.document_id)
        quote = doc.quotes[hit.index]
        assert quote.text == "The door stays open for dialogue"
        assert hit.paragraph == quote.paragraph == 2

    def test_quotes_in_the_head_are_stored_searched_and_read_back(self, empty_backend):
        doc = head_quote_document()
        assert [r.status for r in empty_backend.write([doc])] == ["created"]
        assert empty_backend.get(doc.id).to_dict() == doc.to_dict()
        hits = ask(empty_backend, "islanders", scope="quotes").hits
        assert [(h.index, h.part, h.paragraph) for h in hits] == [(1, "subheading", 0)]
        # The headline repeats the body's quotation: one quote, found by the body's.
        levy = ask(empty_backend, '"ferry levy"', scope="quotes").hits
        assert sorted((h.index, h.part, h.paragraph) for h in levy) == [(2, "body", 1)]
        same = empty_backend.same_quotes(doc.id, 2)
        assert sorted((h.index, h.part) for h in same) == [(2, "body")]
        assert empty_backend.same_quotes(doc.id, 0) == []
        assert facet(ask(empty_backend, scope="quotes"), "speaker") == {
            "Ilse Quarrie": 2,
            "Sigrun Brandvik": 1,
        }
        assert [r.status for r in empty_backend.write([doc])] == ["unchanged"]
        empty_backend.reindex()
        assert empty_backend.get(doc.id).to_dict() == doc.to_dict()
        assert [h.part for h in ask(empty_backend, "islanders", scope="quotes").hits] == [
            "subheading"
        ]

    def test_a_head_quote_repeating_the_body_counts_once(self, empty_backend):
        doc = head_quote_document()
        # The headline's words stand within a longer body quotation of the same speaker.
        doc.quotes[2].text = "The ferry levy ends this winter, and the fares fall with it"
        list(empty_backend.write([doc]))
        assert empty_backend.get(doc.id).quotes[0].part == "headline"  # still on its page
        every = ask(empty_backend, scope="quotes")
        assert every.total == 3
        assert facet(every, "speaker") == {"Ilse Quarrie": 2, "Sigrun Brandvik": 1}
        assert empty_backend.speaker("Ilse Quarrie").quotes == 2
        quarrie = ask(empty_backend, scope="quotes", filters={"speaker": ["Ilse Quarrie"]})
        assert sorted((h.index, h.part) for h in quarrie.hits) == [(2, "body"), (3, "body")]

    def test_a_head_quote_naming_another_speaker_stays_a_quote(self, empty_backend):
        doc = head_quote_document()
        doc.quotes[0].speaker, doc.quotes[0].speakers = "Sigrun Brandvik", ["Sigrun Brandvik"]
        list(empty_backend.write([doc]))
        every = ask(empty_backend, scope="quotes")
        assert every.total == 4
        assert facet(every, "speaker") == {"Ilse Quarrie": 2, "Sigrun Brandvik": 2}
        # Given the body's speaker again, the head's own entry goes.
        again = head_quote_document()
        assert [r.status for r in empty_backend.write([again])] == ["updated"]
        every = ask(empty_backend, scope="quotes")
        assert every.total == 3
        assert facet(every, "speaker") == {"Ilse Quarrie": 2, "Sigrun Brandvik": 1}
        assert empty_backend.stats()["quotes"] == 3

    def test_a_head_quote_of_nobody_keeps_its_own_entry(self, empty_backend):
        # Nobody's head words are never shown as a body speaker's: the body quotation may
        # report them as another's (`“Vail keeps saying the ferry levy ends …,” Roe said`).
        doc = head_quote_document()
        doc.quotes[0].speaker, doc.quotes[0].speakers = None, []
        doc.quotes[0].method = doc.quotes[0].confidence = None
        doc.quotes[2].text = "Vail keeps saying the ferry levy ends this winter, and it will not"
        list(empty_backend.write([doc]))
        every = ask(empty_backend, scope="quotes")
        assert every.total == 4
        assert sorted(h.index for h in every.hits) == [0, 1, 2, 3]
        head = next(h for h in every.hits if h.index == 0)
        assert head.part == "headline" and not head.speaker
        assert facet(every, "speaker") == {"Ilse Quarrie": 2, "Sigrun Brandvik": 1}
        assert [h.index for h in empty_backend.same_quotes(doc.id, 0)] == [0]

    def test_a_short_head_quote_of_nobody_is_no_repeat_of_a_body_word(self, empty_backend):
        doc = head_quote_document()
        doc.quotes[0].text, doc.quotes[0].speaker, doc.quotes[0].speakers = "No", None, []
        doc.quotes[0].method = doc.quotes[0].confidence = None
        doc.quotes[2].text = "No ferry levy ends this winter without a vote"
        list(empty_backend.write([doc]))
        every = ask(empty_backend, scope="quotes")
        assert every.total == 4
        assert sorted((h.index, h.part) for h in every.hits)[0] == (0, "headline")
        assert empty_backend.stats()["quotes"] == 4

    def test_same_quotes_across_documents_oldest_first(self, empty_backend):
        docs = archive_documents()
        first = docs[1]
        repeat = dataclasses.replace(
            docs[3], quotes=[dataclasses.replace(first.quotes[0], paragraph=0, start=0, end=0)]
        )
        repeat.quotes[0].text = "Tariffs protect our growers from UNFAIR dumping!"
        list(empty_backend.write([repeat, first, docs[0]]))
        same = empty_backend.same_quotes(repeat.id, 0)
        assert [(h.document_id, h.source) for h in same] == [
            (first.id, "Capital Wire"),
            (repeat.id, "Capital Wire"),
        ]
        assert same[0].published < same[1].published
        assert len(empty_backend.same_quotes(docs[0].id, 0)) == 1
        assert empty_backend.same_quotes("no-such-id", 0) == []

    def test_similar_finds_exact_and_near_duplicates_oldest_first(self, empty_backend):
        from search.model import Document, Original

        story = list(BERTH_FEES_STORY)
        wire = Document(
            headline="Berth fees rise",
            source="Harbour News",
            published=dt.date(2024, 1, 5),
            body=story,
        )
        reprint = Document(
            headline="Berth fees to rise",
            source="Capital Wire",
            published=dt.date(2024, 1, 6),
            body=list(story),
            url="https://x.example/1",
        )
        edited = Document(
            headline="Berth fees rise (corrected)",
            source="Harbour News",
            published=dt.date(2024, 1, 7),
            body=[story[0].replace("four", "five"), *story[1:]],
        )
        other = archive_documents()[0]
        other.original = Original(b"raw bytes", "text", "other.txt", {"source": "X"})
        list(empty_backend.write([wire, reprint, edited, other]))
        found = empty_backend.similar(wire.id)
        assert [(s.id, s.exact) for s in found] == [(reprint.id, True), (edited.id, False)]
        assert 0.75 <= found[1].similarity < 1
        assert empty_backend.similar(other.id) == []
        assert empty_backend.similar("no-such-id") == []

    def test_original_bytes_are_kept_across_reimports(self, empty_backend):
        from search.model import Original

        doc = archive_documents()[0]
        doc.original = Original(
            "Überschrift\n\nText".encode("cp1252"), "text", "a.txt", {"source": "Harbour News"}
        )
        list(empty_backend.write([doc]))
        kept = empty_backend.original(doc.id)
        assert kept.data == doc.original.data and kept.format == "text"
        assert kept.options == {"source": "Harbour News"} and kept.filename == "a.txt"
        # An export re-imported with a change carries no original: the stored one stays.
        changed = dataclasses.replace(doc, body=[*doc.body, "Added."], original=None)
        changed.id = doc.id
        assert [r.status for r in empty_backend.write([changed])] == ["updated"]
        assert empty_backend.original(doc.id).data == doc.original.data
        assert "original" not in empty_backend.get(doc.id).to_dict()
        assert empty_backend.original(archive_documents()[1].id) is None

    def test_quotes_newest_first(self, backend):
        result = ask(
            backend, "", scope="quotes", filters={"speaker": ["Paul Okafor"]}, sort="newest"
        )
        dates = [h.published for h in result.hits]
        assert dates == sorted(dates, reverse=True)
        assert len(dates) == 4

    # -- presentation --------------------------------------------------------

    def test_snippets_are_escaped_and_highlighted(self, backend):
        result = ask(backend, "undated")
        snippet = result.hits[0].snippet
        assert "<mark>undated</mark>" in snippet.lower()
        assert "<script>" not in snippet and "&lt;script&gt;" in snippet
        quote = ask(backend, "brave", scope="quotes").hits[0].text
        assert "<b>" not in quote and "&lt;b&gt;" in quote and "<mark>brave</mark>" in quote

    def test_sort_by_date(self, backend):
        newest = [h.published for h in ask(backend, "", sort="newest").hits]
        assert newest[:5] == sorted(newest[:5], reverse=True) and newest[-1] is None
        oldest = [h.published for h in ask(backend, "", sort="oldest").hits]
        assert oldest[0] == dt.date(2021, 3, 4)

    def test_paging(self, backend):
        first = ask(backend, "", sort="oldest", limit=2)
        second = ask(backend, "", sort="oldest", limit=2, offset=2)
        assert first.total == second.total == 6
        assert len(first.hits) == len(second.hits) == 2
        assert not {h.id for h in first.hits} & {h.id for h in second.hits}

    def test_relevance_puts_the_best_match_first(self, backend):
        result = ask(backend, "quotas")
        assert result.hits[0].headline == "Envoys split over fishing quotas"

    def test_scan_streams_every_hit(self, backend):
        hits = list(backend.scan(SearchRequest(parse_query(""), sort="oldest")))
        assert len(hits) == 6
        quotes = list(backend.scan(SearchRequest(parse_query("tariffs"), scope="quotes")))
        assert len(quotes) == 6

    def test_speaker_summary(self, backend):
        summary = backend.speaker("Marsh")
        assert summary.name == "Lena Marsh"
        assert summary.quotes == 4 and summary.documents == 3
        assert "Ambassador" in summary.roles
        assert backend.speaker("Nobody Atall") is None

    def test_a_speaker_is_found_in_either_script(self, empty_backend):
        list(empty_backend.write(cross_script_documents()))
        for name in ("Stepanov", "Степанов", "Oleg Stepanov", "Олег Степанов"):
            assert ask(empty_backend, f'speaker:"{name}"').total == 2, name
            assert ask(empty_backend, f'speaker:"{name}"', scope="quotes").total == 2, name
        summary = empty_backend.speaker("Stepanov")
        assert {summary.name, *summary.variants} == {"Oleg Stepanov", "Олег Степанов"}
        counts = facet(ask(empty_backend, "", facets=["speaker"]), "speaker")
        assert len(counts) == 1 and set(counts.values()) == {2}

    def test_stats(self, backend):
        stats = backend.stats()
        assert stats["documents"] == 6
        assert stats["quotes"] == 8
        assert stats["speakers"] == 2
        assert stats["persons"] == 2  # no spellings merged
        assert str(stats["earliest"])[:10] == "2021-03-04"
