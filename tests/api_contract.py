"""Pytest plugin: every JSON answer of `/api/` that any test receives is checked against
the OpenAPI document the same app serves at `/api/openapi.json`.

Flask's test client is wrapped for the whole run, so the suite's own requests (searches,
documents, quotes, speakers, errors) are the examples; an answer whose shape the
document does not describe fails the test that received it.
"""

from __future__ import annotations

import re
from typing import Any

import jsonschema
import pytest
from flask.testing import FlaskClient

SPEC_PATH = "/api/openapi.json"


# Every answer checked in this run: (path template or None, method, status). A test that
# means to reach every route reads it.
CHECKED: list[tuple[str | None, str, int]] = []


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
def _api_answers_match_the_openapi_document(monkeypatch: pytest.MonkeyPatch) -> None:
    original = FlaskClient.open
    specs: dict[int, dict[str, Any]] = {}

    def open_and_check(self: FlaskClient, *args: Any, **kwargs: Any) -> Any:
        response = original(self, *args, **kwargs)
        request = response.request
        path = request.path
        if not path.startswith("/api/") or path == SPEC_PATH or not response.is_json:
            return response
        if id(self.application) not in specs:
            served = original(self, SPEC_PATH)
            specs[id(self.application)] = served.get_json()
        check_response(
            specs[id(self.application)],
            path,
            request.method,
            response.status_code,
            response.get_json(),
        )
        return response

    monkeypatch.setattr(FlaskClient, "open", open_and_check)
