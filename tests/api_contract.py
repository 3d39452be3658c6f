"""Pytest plugin: every JSON answer of `/api/` that any test receives is checked against
the OpenAPI document the same app serves at `/api/openapi.json`.

Flask's request dispatch is wrapped for the whole run, so every answer an app of the
test process gives (to the test client, or to a browser through a server thread) is an
example: searches, documents, quotes, speakers, corrections, errors. An answer whose
shape the document does not describe fails the test that received it, when it is
received and again when the test ends (a server thread's failure reaches no caller).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from flask import Flask, Response, request

SPEC_PATH = "/api/openapi.json"


# Every answer checked in this run: (path template or None, method, status). A test that
# means to reach every route reads it.
CHECKED: list[tuple[str | None, str, int]] = []
# The current test's answers that the document does not describe.
FAILURES: list[str] = []


def _operation(
    spec: dict[str, Any], path: str, method: str
) -> tuple[str | None, dict[str, Any] | None]:
    """The document's path template matching a request path, and its operation."""
    for template, item in spec["paths"].items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if template.endswith("{name}"):  # a speaker's name may hold slashes
            pattern = pattern.removesuffix("[^/]+") + ".+"
        if re.fullmatch(pattern, path.removeprefix("/api")):
            return template, item.get(method.lower())
    return None, None


def check_response(spec: dict[str, Any], path: str, method: str, status: int, body: Any) -> None:
    """Raise AssertionError unless the answer is one the document describes."""
    template, operation = _operation(spec, path, method)
    CHECKED.append((template if operation is not None else None, method.upper(), status))
    if operation is None:
        # A path or method the API does not have: the error answer every route shares.
        assert status in (404, 405), f"{method} {path} is not in the OpenAPI document"
        schema: dict[str, Any] | None = {"$ref": "#/components/schemas/Error"}
    else:
        responses = operation["responses"]
        described = responses.get(str(status)) or responses.get("default")
        assert described is not None, f"{method} {path} answered {status}: not described"
        schema = described.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return
    # References (#/components/…) resolve against the whole document.
    root = {**schema, "components": spec.get("components", {})}
    validator = jsonschema.Draft202012Validator(root)
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(the answer)"
        raise AssertionError(
            f"{method} {path} ({status}) does not match the OpenAPI document at {where}: "
            f"{errors[0].message}"
        )


@pytest.fixture(autouse=True)
def _api_answers_match_the_openapi_document(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[None]:
    original = Flask.full_dispatch_request
    specs: dict[int, dict[str, Any]] = {}
    FAILURES.clear()

    def dispatch_and_check(self: Flask) -> Response:
        response = original(self)
        path = request.path
        if not path.startswith("/api/") or path == SPEC_PATH or not response.is_json:
            return response
        if id(self) not in specs:
            # The document as this app serves it, from its own view.
            specs[id(self)] = self.view_functions["api.openapi"]().get_json()
        try:
            check_response(
                specs[id(self)], path, request.method, response.status_code, response.get_json()
            )
        except AssertionError as exc:
            FAILURES.append(str(exc))
            raise
        return response

    monkeypatch.setattr(Flask, "full_dispatch_request", dispatch_and_check)
    yield
    assert not FAILURES, FAILURES[0]
