"""Who may write: editor sign-in, sessions, CSRF, the login rate limit and API tokens.

The server is read-only unless `EDITING` is set (`press serve --editing`): then every
page that writes (the `auth`, `editing` and `api_edit` blueprints) is open only to an
editor account (`web.accounts`), and on a read-only server each of them answers 403.

- Sessions are Flask's signed cookies; the key is `SECRET_KEY`, else the file
  `SECRET_KEY_FILE`, made on first use with mode 0600.
- Every form POST carries a CSRF token (Flask-WTF's `CSRFProtect`, checked before any
  view runs); a missing or stale token answers 403.
- Failed sign-ins are counted per client address and per account name (Flask-Limiter,
  in-memory: the server is one process of threads) and refused past the limit with 429.
- JSON write endpoints take `Authorization: Bearer <token>` (`press users token NAME`),
  never the session cookie, so a hostile page cannot make a browser send one; they are
  exempt from the CSRF check for the same reason.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect

from .accounts import (
    Account,
    Accounts,
    default_accounts_path,
    default_secret_key_path,
    load_or_create_secret_key,
)
from .errors import error_response

bp = Blueprint("auth", __name__)
csrf = CSRFProtect()

EXTENSION = "press_accounts"
# Blueprints whose every URL writes or leads to writing.
WRITE_BLUEPRINTS = frozenset({"auth", "editing", "api_edit"})
TOKEN_BLUEPRINTS = frozenset({"api_edit"})
READ_ONLY = (
    "This archive is read-only. Editing is switched on with `press serve --editing` "
    "and editor accounts (`press users add NAME`)."
)
SESSION_HOURS = 12


def editing_enabled() -> bool:
    return bool(current_app.config.get("EDITING"))


def accounts() -> Accounts:
    store: Accounts = current_app.extensions[EXTENSION]
    return store


def current_editor() -> Account | None:
    """The signed-in editor (or the API token's account) of this request, or None."""
    return g.get("editor")


def init_app(app: Flask) -> None:
    """Open the accounts store; on an editing server also sessions, CSRF and the limiter.

    The write gate is registered before CSRFProtect's check, so a visitor without an
    account is refused (403) before anything reads the form.
    """
    app.extensions[EXTENSION] = Accounts(app.config.get("ACCOUNTS") or default_accounts_path())
    editing = bool(app.config.get("EDITING"))
    if editing:
        _session_settings(app)

    @app.before_request
    def write_gate() -> Any:
        if request.blueprint not in WRITE_BLUEPRINTS:
            if editing:
                _load_editor()
            return None
        if not editing:
            abort(403, description=READ_ONLY)
        if request.blueprint in TOKEN_BLUEPRINTS:
            return _token_editor()
        _load_editor()
        if request.blueprint != "auth" and current_editor() is None:
            if request.method == "GET":
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            abort(403, description="Sign in as an editor to make corrections.")
        return None

    @app.context_processor
    def editing_context() -> dict[str, Any]:
        return {"editing": editing, "editor": current_editor()}

    if not editing:
        return
    csrf.init_app(app)
    app.register_error_handler(CSRFError, _csrf_refused)
    _limit_logins(app)


def _session_settings(app: Flask) -> None:
    import datetime as dt

    if not app.config.get("SECRET_KEY"):
        path = app.config.get("SECRET_KEY_FILE") or default_secret_key_path()
        app.config["SECRET_KEY"] = load_or_create_secret_key(path)
    public = str(app.config.get("PUBLIC_URL") or "")
    app.config.setdefault("PERMANENT_SESSION_LIFETIME", dt.timedelta(hours=SESSION_HOURS))
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    if public.startswith("https://"):
        app.config["SESSION_COOKIE_SECURE"] = True
    # A token lives as long as the session: a form left open for an hour still posts.
    app.config.setdefault("WTF_CSRF_TIME_LIMIT", None)


def _load_editor() -> None:
    name = session.get("editor")
    if not name:
        return
    account = accounts().get(name)
    if account is None or account.stamp != session.get("stamp"):
        session.clear()  # the account was removed or its password changed
        return
    g.editor = account


def _token_editor() -> Any:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    account = accounts().for_token(token.strip()) if scheme.lower() == "bearer" else None
    if account is None:
        return error_response(
            401,
            "Unauthorized",
            "Write requests need an editor's API token: "
            "`Authorization: Bearer <token>` (`press users token NAME` makes one).",
            [("WWW-Authenticate", 'Bearer realm="press-archive"')],
        )
    g.editor = account
    return None


def _csrf_refused(exc: CSRFError) -> Any:
    return error_response(
        403,
        "Forbidden",
        f"The form could not be accepted ({exc.description}) Reload the page and try again.",
    )


def _limit_logins(app: Flask) -> None:
    limiter = Limiter(
        get_remote_address,
        app=app,
        storage_uri="memory://",
        default_limits=[],
        headers_enabled=False,
    )

    def not_login() -> bool:
        return request.endpoint != "auth.login"

    def failed(response: Any) -> bool:
        return bool(response.status_code == 401)

    def account_key() -> str:
        return "account:" + (request.form.get("name") or "").strip().casefold()

    for limit, key in (
        (lambda: app.config.get("LOGIN_LIMIT_ADDRESS", "20 per 15 minutes"), get_remote_address),
        (lambda: app.config.get("LOGIN_LIMIT_ACCOUNT", "5 per 15 minutes"), account_key),
    ):
        limiter.limit(
            limit,
            key_func=key,
            methods=["POST"],
            exempt_when=not_login,
            deduct_when=failed,
            error_message="Too many failed sign-ins; wait a few minutes and try again.",
        )(bp)


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a path of this site only (no `//host`, no scheme)."""
    if target and target.startswith("/") and not target.startswith("//"):
        parts = urlsplit(target)
        if not parts.scheme and not parts.netloc and "\\" not in target:
            return target
    return url_for("search.index")


@bp.route("/login", methods=["GET", "POST"])
def login():
    """The sign-in form; a good name and password start a session."""
    target = safe_next(request.values.get("next"))
    if request.method == "GET":
        return render_template("login.html", next=target, error=None, name="")
    name = (request.form.get("name") or "").strip()
    account = accounts().verify(name, request.form.get("password") or "")
    if account is None:
        page = render_template(
            "login.html", next=target, error="Unknown name or wrong password.", name=name
        )
        return page, 401
    session.clear()  # a new session: nothing carried over from before signing in
    session.permanent = True
    session["editor"] = account.name
    session["stamp"] = account.stamp
    return redirect(target)


@bp.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("search.index"))
