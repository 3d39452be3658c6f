"""The OpenAPI document is generated from the typed models and checks answers for real."""

from __future__ import annotations

import dataclasses

import pytest

from search.base import SpeakerSummary
from search.facets import FACETS
from search.model import Document
from tests.api_contract import check_response
from web import create_app


@pytest.fixture
def spec(tmp_path):
    client = create_app(
        {"ARCHIVE": f"sqlite:///{tmp_path / 'a.db'}", "TESTING": True}
    ).test_client()
    return client.get("/api/openapi.json").get_json()


def test_document_and_speaker_schemas_list_every_field_of_their_models(spec):
    schemas = spec["components"]["schemas"]
    fields = {f.name for f in dataclasses.fields(Document)} - {"original"}
    assert set(schemas["Document"]["properties"]) == fields | {"schema"}
    assert {f.name for f in dataclasses.fields(SpeakerSummary)} == set(
        schemas["Speaker"]["properties"]
    )


def test_facet_parameters_come_from_the_facet_spec(spec):
    names = {p["name"] for p in spec["paths"]["/search"]["get"]["parameters"]}
    assert set(FACETS) <= names


def test_an_answer_the_document_does_not_describe_fails(spec):
    doc = Document(headline="Quay reopens", body=["The quay reopens."]).to_dict()
    check_response(spec, "/api/documents/x", "GET", 200, doc)
    with pytest.raises(AssertionError, match="does not match"):
        check_response(spec, "/api/documents/x", "GET", 200, {**doc, "surprise": 1})
    with pytest.raises(AssertionError, match="does not match"):
        check_response(spec, "/api/documents/x", "GET", 200, {**doc, "body": "not a list"})
    with pytest.raises(AssertionError, match="not in the OpenAPI document"):
        check_response(spec, "/api/nowhere", "GET", 200, {})
