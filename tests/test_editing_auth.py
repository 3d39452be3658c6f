"""Who may write: accounts, sign-in, sessions, CSRF, the sign-in limit, API tokens and
the read-only server, tested through Flask's test client and the `press users` command."""

from __future__ import annotations

import os
import re
import stat

import pytest
from bs4 import BeautifulSoup

from search.sqlite import SqliteBackend
from tests.test_web import make_documents
from web import create_app
from web.accounts import AccountError, Accounts, load_or_create_secret_key
from web.auth import WRITE_BLUEPRINTS

PASSWORD = "a long enough secret"


@pytest.fixture(scope="module")
def backend(tmp_path_factory):
    backend = SqliteBackend(tmp_path_factory.mktemp("auth") / "archive.db")
    list(backend.write(make_documents()))
    yield backend
    backend.close()


@pytest.fixture
def accounts_path(tmp_path):
    path = tmp_path / "accounts.db"
    Accounts(path).add("ed", PASSWORD)
    return path


def make_app(backend, tmp_path, accounts_path, **config):
    settings = {
        "BACKEND": backend,
        "TESTING": True,
        "EDITING": True,
        "ACCOUNTS": str(accounts_path),
        "SECRET_KEY_FILE": str(tmp_path / "secret_key"),
        **config,
    }
    return create_app(settings)


@pytest.fixture
def app(backend, tmp_path, accounts_path):
    return make_app(backend, tmp_path, accounts_path)


@pytest.fixture
def read_only(backend):
    return create_app({"BACKEND": backend, "TESTING": True})


def csrf_from(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def sign_in(client, name: str = "ed", password: str = PASSWORD, **environ):
    token = csrf_from(client.get("/login").get_data(as_text=True))
    return client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token},
        environ_base=environ,
    )


def write_urls(app, doc_id: str) -> list[tuple[str, str]]:
    """(method, URL) of every route of the writing blueprints, arguments filled in."""
    found = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint.split(".")[0] not in WRITE_BLUEPRINTS:
            continue
        url = rule.rule
        for argument in rule.arguments:
            value = doc_id if "doc" in argument else "0"
            url = re.sub(rf"<(?:\w+:)?{argument}>", value, url)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((method, url))
    return found


# -- the read-only server ------------------------------------------------------------------


def test_a_read_only_server_refuses_every_write_url(read_only, backend):
    client = read_only.test_client()
    doc_id = make_documents()[0].id
    urls = write_urls(read_only, doc_id)
    assert ("POST", "/login") in urls
    for method, url in urls:
        response = client.open(url, method=method, data={"name": "ed", "password": PASSWORD})
        assert response.status_code == 403, (method, url)
    assert "read-only" in client.post("/login").get_data(as_text=True)


def test_a_read_only_server_shows_no_edit_controls_and_sets_no_cookie(read_only):
    client = read_only.test_client()
    doc_id = make_documents()[0].id
    for url in ("/", f"/documents/{doc_id}", "/speakers/Oleg Stepanov"):
        response = client.get(url)
        soup = BeautifulSoup(response.data, "html.parser")
        assert soup.select("form[method=post]") == [], url
        assert soup.find(id="sign-in") is None and soup.select(".edit") == []
        assert "Set-Cookie" not in response.headers


# -- signing in ----------------------------------------------------------------------------


def test_sign_in_and_out(app):
    client = app.test_client()
    page = BeautifulSoup(client.get("/").data, "html.parser")
    assert page.find(id="sign-in") is not None
    bad = sign_in(client, password="not the password")
    assert bad.status_code == 401 and "wrong password" in bad.get_data(as_text=True)
    good = sign_in(client)
    assert good.status_code == 302 and good.headers["Location"] == "/search"
    cookie = good.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    page = BeautifulSoup(client.get("/").data, "html.parser")
    assert page.find(id="editor-name").get_text() == "ed"
    out = page.find("form", action="/logout")
    token = out.find("input", attrs={"name": "csrf_token"})["value"]
    assert client.post("/logout").status_code == 403  # no CSRF token
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert BeautifulSoup(client.get("/").data, "html.parser").find(id="editor-name") is None


def test_sign_in_goes_back_only_to_a_page_of_this_site(app):
    client = app.test_client()
    token = csrf_from(client.get("/login").get_data(as_text=True))
    for target, expected in [
        ("/search?q=x", "/search?q=x"),
        ("//evil.example/", "/search"),
        ("https://evil.example/", "/search"),
        ("/\\evil.example", "/search"),
    ]:
        response = client.post(
            "/login",
            data={"name": "ed", "password": PASSWORD, "csrf_token": token, "next": target},
        )
        assert response.headers["Location"] == expected, target
        token = csrf_from(client.get("/login").get_data(as_text=True))


def test_a_post_without_the_csrf_token_is_refused_even_when_signed_in(app):
    client = app.test_client()
    assert sign_in(client).status_code == 302
    response = client.post("/logout", data={"csrf_token": "forged"})
    assert response.status_code == 403
    assert "Reload the page" in response.get_data(as_text=True)


def test_removing_an_account_or_changing_its_password_ends_its_sessions(app, accounts_path):
    client = app.test_client()
    sign_in(client)
    Accounts(accounts_path).set_password("ed", "another long secret")
    assert BeautifulSoup(client.get("/").data, "html.parser").find(id="editor-name") is None
    sign_in(client, password="another long secret")
    assert BeautifulSoup(client.get("/").data, "html.parser").find(id="editor-name") is not None
    Accounts(accounts_path).remove("ed")
    assert BeautifulSoup(client.get("/").data, "html.parser").find(id="editor-name") is None


def test_failed_sign_ins_are_limited_per_account_and_per_address(backend, tmp_path, accounts_path):
    app = make_app(
        backend,
        tmp_path,
        accounts_path,
        LOGIN_LIMIT_ACCOUNT="3 per 15 minutes",
        LOGIN_LIMIT_ADDRESS="5 per 15 minutes",
    )
    client = app.test_client()
    for n in range(3):  # three wrong passwords for "ed" from three addresses
        assert sign_in(client, password="wrong", REMOTE_ADDR=f"10.0.0.{n}").status_code == 401
    # Now even the right password for "ed" waits, from any address …
    refused = sign_in(client, REMOTE_ADDR="10.0.0.9")
    assert refused.status_code == 429 and "Too many failed sign-ins" in refused.get_data(
        as_text=True
    )
    # … while other names from a fresh address are still heard, up to the address's limit.
    for n in range(5):
        assert sign_in(client, name=f"x{n}", REMOTE_ADDR="10.0.1.1").status_code == 401
    assert sign_in(client, name="x9", REMOTE_ADDR="10.0.1.1").status_code == 429


def test_successful_sign_ins_are_not_counted(backend, tmp_path, accounts_path):
    app = make_app(backend, tmp_path, accounts_path, LOGIN_LIMIT_ACCOUNT="2 per 15 minutes")
    client = app.test_client()
    for _ in range(4):
        assert sign_in(client).status_code == 302


# -- the secret key and the accounts store -------------------------------------------------


def test_the_secret_key_is_made_once_and_kept_private(tmp_path):
    path = tmp_path / "keys" / "secret_key"
    key = load_or_create_secret_key(path)
    assert len(key) == 64 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_secret_key(path) == key
    os.chmod(path, 0o644)
    with pytest.raises(AccountError, match="chmod 600"):
        load_or_create_secret_key(path)


def test_sessions_survive_a_restart_with_the_same_key(backend, tmp_path, accounts_path):
    client = make_app(backend, tmp_path, accounts_path).test_client()
    sign_in(client)
    restarted = make_app(backend, tmp_path, accounts_path)
    cookie = client.get_cookie("session")
    other = restarted.test_client()
    other.set_cookie("session", cookie.value)
    assert BeautifulSoup(other.get("/").data, "html.parser").find(id="editor-name") is not None


def test_passwords_and_tokens_are_stored_only_as_hashes(tmp_path):
    store = Accounts(tmp_path / "accounts.db")
    store.add("ana", PASSWORD)
    token = store.new_token("ana")
    raw = (tmp_path / "accounts.db").read_bytes()
    assert PASSWORD.encode() not in raw and token.encode() not in raw
    assert b"$argon2id$" in raw
    assert stat.S_IMODE((tmp_path / "accounts.db").stat().st_mode) == 0o600
    assert store.verify("ana", PASSWORD).name == "ana"
    assert store.verify("ana", "wrong wrong wrong") is None
    assert store.verify("nobody", PASSWORD) is None
    assert store.for_token(token).name == "ana"
    assert store.for_token(token + "x") is None
    assert store.new_token("ana") != token and store.for_token(token) is None  # replaced


@pytest.mark.parametrize(
    "name, password, message",
    [
        ("ana", PASSWORD, "already exists"),
        ("ANA", PASSWORD, "already exists"),
        ("bo b", PASSWORD, "cannot be an account name"),
        ("<b>", PASSWORD, "cannot be an account name"),
        ("bob", "short", "at least 10"),
    ],
)
def test_bad_accounts_are_refused(tmp_path, name, password, message):
    store = Accounts(tmp_path / "accounts.db")
    store.add("ana", PASSWORD)
    with pytest.raises(AccountError, match=message):
        store.add(name, password)
