"""Error pages: HTML for the site, JSON under /api/."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search.base import SearchError

from .api_models import Error


def wants_json() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


def error_response(status: int, title: str, message: str, headers=()):
    if wants_json():
        body: Error = {"error": message, "status": status}
        return jsonify(body), status, list(headers)
    page = render_template("error.html", status=status, title=title, message=message)
    return page, status, list(headers)


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(SearchError)
    def archive_unavailable(exc: SearchError):
        app.logger.warning("archive unavailable: %s", exc)
        return error_response(503, "Archive unavailable", str(exc))

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        # Keep headers such as Allow (405); the body is ours.
        headers = [(k, v) for k, v in exc.get_headers() if k.lower() != "content-type"]
        return error_response(exc.code or 500, exc.name, exc.description or exc.name, headers)
