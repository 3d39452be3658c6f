"""Every route and query parameter, fed generated values: no answer is a server error.

Property-based (hypothesis): path arguments and query strings are drawn from text that
reaches the parsers' corners (dates at the calendar's ends, huge and negative numbers,
control and direction characters, query syntax), plus the real ids of the archive.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.facets import FACETS
from search.model import Document, Quote
from search.sqlite import SqliteBackend
from web import create_app

PARAMETERS = ["q", "scope", "sort", "from", "to", "size", "page", "confident", "format", *FACETS]
CORNERS = [
    "",
    "0",
    "-1",
    "9999",
    "0000",
    "10000",
    "9999-12-31",
    "0001-01-01",
    "2022-02-30",
    "99999999999999999999",
    "1e309",
    "nan",
    "quotes",
    "documents",
    "newest",
    "oldest",
    "csv",
    "jsonl",
    'speaker:"Oleg Petrov" AND (sanctions OR',
    "date:9999",
    "date:0001..9999",
    "after:9999-12-31",
    'NOT "',
    "*",
    "a*",
    "\u202e\x00\r\n",
    "<script>alert(1)</script>",
    "%",
    "Москва",
]


def _documents() -> list[Document]:
    body = [
        "MOSCOW (Sputnik) - Ambassador Oleg Petrov spoke about sanctions on Monday.",
        "“Sanctions will not work,” Petrov said.",
    ]
    return [
        Document(
            headline=f"Envoy speaks {n}",
            source="Sputnik",
            published=dt.date(2022, 2, 20 + n),
            language="en",
            body=body,
            quotes=[
                Quote(
                    text="Sanctions will not work,",
                    speaker="Oleg Petrov",
                    paragraph=1,
                    start=1,
                    end=25,
                )
            ],
        )
        for n in range(3)
    ]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    backend = SqliteBackend(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    docs = _documents()
    list(backend.write(docs))
    app = create_app({"BACKEND": backend})
    app.logger.disabled = True  # a 500 fails the test; its traceback is not needed twice
    rules = [r for r in app.url_map.iter_rules() if "GET" in r.methods and r.endpoint != "static"]
    yield app.test_client(), rules, [d.id for d in docs]
    backend.close()


values = st.one_of(st.sampled_from(CORNERS), st.text(max_size=40))


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_route_answers_with_a_server_error(site, data):
    client, rules, ids = site
    rule = data.draw(st.sampled_from(rules), label="route")
    path = rule.rule
    for argument in rule.arguments:
        converter = re.search(rf"<(\w+):{argument}>", path)
        if converter and converter.group(1) == "int":
            value = str(data.draw(st.integers(min_value=0, max_value=10**22), label=argument))
        else:
            value = data.draw(st.one_of(st.sampled_from(ids), values), label=argument) or "x"
            safe = "/" if converter and converter.group(1) == "path" else ""
            value = urllib.parse.quote(value, safe=safe)
        path = re.sub(rf"<(?:\w+:)?{argument}>", value, path)
    query = data.draw(
        st.lists(st.tuples(st.sampled_from(PARAMETERS), values), max_size=6), label="query"
    )
    url = path + ("?" + urllib.parse.urlencode(query) if query else "")
    response = client.get(url)
    response.get_data()  # streamed answers (exports) fail while they stream
    assert response.status_code < 500, url
