"""The web interface: search, document, quote and speaker pages, exports, Atom feeds
and a JSON API.

`create_app` follows Flask's application factory: defaults, then `PRESS_*` environment
variables (`PRESS_ARCHIVE=sqlite:///…`), then the dict a caller or test passes. The
archive backend is attached to the app by `backend.init_app`, never held in a global.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from . import auth, backend, security
from .errors import register_error_handlers

DEFAULTS: dict[str, Any] = {
    "ARCHIVE": None,  # sqlite:///path/to/archive.db or an http(s) Elasticsearch URL
    "BACKEND": None,  # an already open search.base.Backend, used instead of opening ARCHIVE
    "SEARCH_TIMEOUT_MS": 3000,
    "SEARCH_SLOTS": 4,  # searches run at once; other requests keep the remaining threads
    # Host names the server answers to (a list, or comma-separated); loopback by default.
    "HOST_NAMES": None,
    "PUBLIC_URL": None,  # e.g. https://archive.example.org: absolute links are built on it
    # Corrections by editor accounts; off, the server is read-only (see web/auth.py).
    "EDITING": False,
    "ACCOUNTS": None,  # the accounts file; default: accounts.db in the user data folder
    "SECRET_KEY_FILE": None,  # signs sessions; default: secret_key in the user data folder
}


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then `PRESS_*` environment variables, then `config`."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("PRESS")
    if config:
        app.config.update(config)
    if app.config.get("BACKEND") is not None and not app.config.get("ARCHIVE"):
        app.config["ARCHIVE"] = app.config["BACKEND"].url
    if not app.config.get("ARCHIVE"):
        app.config["ARCHIVE"] = _default_archive_url()
    if isinstance(app.json, DefaultJSONProvider):
        app.json.sort_keys = False  # keep the serializer's field order in API answers
    app.jinja_env.trim_blocks = app.jinja_env.lstrip_blocks = True  # smaller pages

    backend.init_app(app)
    security.init_app(app)
    auth.init_app(app)
    register_error_handlers(app)

    from . import corrections, editing
    from .api import bp as api_bp
    from .documents import bp as documents_bp
    from .exports import bp as exports_bp
    from .feed import bp as feed_bp
    from .search import bp as search_bp
    from .speakers import bp as speakers_bp

    app.register_blueprint(search_bp)
    app.register_blueprint(documents_bp)
    app.register_blueprint(speakers_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(exports_bp)
    app.register_blueprint(feed_bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(corrections.bp)
    app.register_blueprint(corrections.api_bp)
    app.register_blueprint(editing.bp)
    app.register_blueprint(editing.api_bp)
    return app


def _default_archive_url() -> str:
    from search.settings import default_archive_url

    return default_archive_url()
