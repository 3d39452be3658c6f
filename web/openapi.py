"""The OpenAPI 3 description of the JSON API, next to the routes.

Every schema of an answer or a request body is generated from its typed model
(`web.api_models`, and the library's dataclasses inside them: `search.model.Document`,
`search.base.SpeakerSummary`, `search.corrections.Correction`); the paths and parameters
are written here, the facet parameters from the facet spec. A test checks every `/api` route
is described, and every `/api` answer of the test suite against this document.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from search.base import MAX_PAGE_SIZE
from search.corrections import DOCUMENT_FIELDS, QUOTE_FIELDS, RECORD, RECORD_VERSION
from search.facets import FACET_LABELS, FACETS
from search.model import Document

from . import api_models
from .params import PAGE_SIZE, SCOPES, SORTS


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name: str, description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
        **extra,
    }


def _path(name: str, description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": schema or {"type": "string"},
    }


_STR = {"type": "string"}

SEARCH_PARAMETERS = [
    _query(
        "q",
        'Query in the archive\'s query language (words, "phrases", OR, -word, '
        "speaker:, source:, place:, date:…); unreadable syntax is searched as words",
        _STR,
    ),
    _query("scope", "Search whole documents or single quotes", {"enum": list(SCOPES)}),
    _query("sort", "Order of the hits", {"enum": list(SORTS)}),
    _query("from", "Earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD", _STR),
    _query("to", "Latest publication date: YYYY, YYYY-MM or YYYY-MM-DD", _STR),
    _query(
        "confident",
        "1: only confident attributions (quotes whose speaker was named at the quote or "
        "continues a named quote; speakers counted by those quotes only)",
        {"enum": ["1", "0"]},
    ),
    *[
        _query(
            name,
            f"{FACET_LABELS[name]} filter; repeat for several values (OR within "
            "a facet, AND across facets)",
            {"type": "array", "items": _STR},
            style="form",
            explode=True,
        )
        for name in FACETS
    ],
    _query("page", "Page number, from 1", {"type": "integer", "minimum": 1}),
    _query(
        "size",
        f"Hits per page (default {PAGE_SIZE})",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
    ),
]

REF = "#/components/schemas/"
# Dataclasses of the library inside the answers, under the names this document gives them.
RENAMED = {"SpeakerSummary": "Speaker"}


def model_schemas(name: str, model: type, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """JSON schemas of a typed model as its answers serialise it: `name` for the model,
    `name` + class for each class inside it. Generated, so they cannot fall behind."""
    ref = REF + name + "{model}"
    schema = TypeAdapter(model).json_schema(mode="serialization", ref_template=ref)
    inner = schema.pop("$defs", {})
    for field_name in drop:
        schema["properties"].pop(field_name, None)
        if field_name in schema.get("required", []):
            schema["required"].remove(field_name)
    used = json.dumps(schema)
    found = {name: schema}
    # Nested classes, kept only when something refers to them (a dropped field's are not).
    while True:
        wanted = {
            k: v
            for k, v in inner.items()
            if f"{name}{k}" not in found and ref.format(model=k) in used
        }
        if not wanted:
            return found
        for key, value in wanted.items():
            found[f"{name}{key}"] = value
        used = json.dumps(found)


def answer_schemas() -> dict[str, Any]:
    """The schemas of `web.api_models` (answers and request bodies) and of every class
    inside them, each under its class name (or its name in `RENAMED`).

    Answers are closed (`additionalProperties: false`): a key the models do not name
    fails the contract test. A dataclass answer (`asdict`, `to_dict`) always carries
    every field, so all of its fields are required.
    """
    models: Any = tuple.__class_getitem__(api_models.MODELS)
    schema = TypeAdapter(models).json_schema(mode="serialization", ref_template=REF + "{model}")
    text = json.dumps(schema["$defs"])
    for old, new in RENAMED.items():
        text = text.replace(f'"{REF}{old}"', f'"{REF}{new}"')
    defs: dict[str, Any] = json.loads(text)
    for old, new in RENAMED.items():
        defs[new] = defs.pop(old)
    for name, definition in defs.items():
        if "properties" not in definition or name.endswith("Request"):
            continue
        definition["additionalProperties"] = False
        if name in _DATACLASS_ANSWERS:
            definition["required"] = list(definition["properties"])
    _correction_record(defs["Correction"])
    request = defs["CorrectionRequest"]["properties"]
    request["field"] = defs["Correction"]["properties"]["field"]
    request["after"] = defs["Correction"]["properties"]["after"]
    return defs


_DATACLASS_ANSWERS = ("Speaker", "Correction")

# Corrections (`search.corrections.Correction.to_dict`, as `press corrections export`).
_VALUE = (
    "headline, place, source: a string; published: an ISO date or null; "
    'speaker: {"name", "role"}; not_quote: true; split: a list of names. `before` of '
    'not_quote is {"kind", "speakers"}; an undo swaps before and after'
)


def _correction_record(schema: dict[str, Any]) -> None:
    """The dataclass's schema as `Correction.to_dict` writes it: the record's marker and
    version first, the fields a correction can change, dates as ISO text."""
    properties = schema["properties"]
    fields = [*DOCUMENT_FIELDS, *QUOTE_FIELDS]
    properties["field"] = {"enum": fields, "type": "string", "title": "Field"}
    properties["before"] = {"title": "Before", "description": "What the field showed. " + _VALUE}
    properties["after"] = {"title": "After", "description": _VALUE}
    properties["user"]["description"] = "The editor who made it"
    properties["created"]["description"] = "ISO date-time, UTC"
    properties["quote"]["description"] = "The quote's index when made"
    properties["undoes"]["description"] = "The id of the correction this one takes back"
    schema["properties"] = {
        "record": {"const": RECORD},
        "version": {"type": "integer", "const": RECORD_VERSION},
        **properties,
    }
    schema["required"] = list(schema["properties"])
    schema["description"] = (
        "A correction record, as `press corrections export` writes it; an undo is one too"
    )


# Answers that are typed models (`Document.to_dict`, the classes of `web.api_models`):
# their schemas come from the classes; every field a document has is described.
SCHEMAS: dict[str, Any] = model_schemas("Document", Document, drop=("original",))
SCHEMAS["Document"]["properties"] = {
    "schema": {"type": "integer", "description": "Export schema version"},
    **SCHEMAS["Document"]["properties"],
}
SCHEMAS["Document"]["additionalProperties"] = False
SCHEMAS.update(answer_schemas())


def _ok(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


_WRITE_ERRORS = {
    "400": _ok("Error", "The correction cannot be made (the message says why)"),
    "401": _ok("Error", "No valid editor API token"),
    "403": _ok("Error", "The server is read-only"),
}
_TOKEN: list[dict[str, list[str]]] = [{"editorToken": []}]


_NOT_FOUND = {"404": _ok("Error", "Not in the archive")}
_UNAVAILABLE = {"503": _ok("Error", "The archive cannot be reached")}

PATHS: dict[str, Any] = {
    "/search": {
        "get": {
            "operationId": "search",
            "summary": "Search documents or quotes, with facets",
            "parameters": SEARCH_PARAMETERS,
            "responses": {"200": _ok("SearchResponse", "One page of hits"), **_UNAVAILABLE},
        }
    },
    "/documents/{doc_id}": {
        "get": {
            "operationId": "document",
            "summary": "One document",
            "parameters": [_path("doc_id", "Document id")],
            "responses": {"200": _ok("Document", "The document"), **_NOT_FOUND, **_UNAVAILABLE},
        }
    },
    "/documents/{doc_id}/quotes/{index}": {
        "get": {
            "operationId": "quoteProvenance",
            "summary": "Where a quote appeared first, and who repeated it",
            "parameters": [
                _path("doc_id", "Document id"),
                _path(
                    "index",
                    "Position of the quote in the document's quotes",
                    {"type": "integer", "minimum": 0},
                ),
            ],
            "responses": {
                "200": _ok("Provenance", "The quote's provenance"),
                **_NOT_FOUND,
                **_UNAVAILABLE,
            },
        }
    },
    "/speakers/{name}": {
        "get": {
            "operationId": "speaker",
            "summary": "A speaker (any name variant): summary, timeline, sources, people "
            "quoted alongside, quotes newest first",
            "parameters": [
                _path("name", 'Name, alias or titled name ("Ambassador Stepanov")'),
                *[p for p in SEARCH_PARAMETERS if p["name"] not in ("scope", "sort", "speaker")],
            ],
            "responses": {
                "200": _ok("SpeakerResponse", "The speaker and a page of quotes"),
                **_NOT_FOUND,
                **_UNAVAILABLE,
            },
        }
    },
    "/corrections": {
        "get": {
            "operationId": "corrections",
            "summary": "Corrections, newest first (undos included)",
            "parameters": [
                _query("user", "Only this editor's", _STR),
                _query("from", "From this day: YYYY, YYYY-MM or YYYY-MM-DD", _STR),
                _query("to", "Up to this day: YYYY, YYYY-MM or YYYY-MM-DD", _STR),
                _query("document", "Only this document's", _STR),
                _query(
                    "orphaned",
                    "1: only corrections whose quote (or document) the archive no longer holds",
                    {"enum": ["1", "0"]},
                ),
                _query("limit", "How many", {"type": "integer", "minimum": 1, "maximum": 500}),
                _query("offset", "How many to skip", {"type": "integer", "minimum": 0}),
            ],
            "responses": {"200": _ok("CorrectionList", "Correction records"), **_UNAVAILABLE},
        },
        "post": {
            "operationId": "correct",
            "summary": "Correct a document field or a quote, as the token's editor "
            "(needs a server started with --editing)",
            "security": _TOKEN,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": _ref("CorrectionRequest")}},
            },
            "responses": {
                "201": _ok("Correction", "The recorded correction, applied"),
                **_WRITE_ERRORS,
                **_NOT_FOUND,
                **_UNAVAILABLE,
            },
        },
    },
    "/corrections/{correction_id}/undo": {
        "post": {
            "operationId": "undoCorrection",
            "summary": "Take a correction back, as the token's editor (recorded as a "
            "correction itself)",
            "security": _TOKEN,
            "parameters": [_path("correction_id", "Correction id")],
            "requestBody": {
                "required": False,
                "content": {"application/json": {"schema": _ref("UndoRequest")}},
            },
            "responses": {
                "201": _ok("Correction", "The undo's record"),
                **_WRITE_ERRORS,
                **_NOT_FOUND,
                **_UNAVAILABLE,
            },
        }
    },
    "/openapi.json": {
        "get": {
            "operationId": "openapi",
            "summary": "This description",
            "responses": {
                "200": {
                    "description": "OpenAPI 3.1 document",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            },
        }
    },
}


def spec(server_url: str) -> dict[str, Any]:
    """The OpenAPI document, with the server it is served from."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Press Archive API",
            "version": "1",
            "description": "The data of the search, document, quote and speaker pages as "
            "JSON. Whole result sets: /export?<search args>&format=csv|jsonl; "
            "Atom feeds: /feed?<search args>.",
        },
        "servers": [{"url": server_url}],
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "editorToken": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "An editor's API token (`press users token NAME`)",
                }
            },
        },
    }
