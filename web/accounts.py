"""Editor accounts: names, password hashes and API tokens, in a small SQLite file.

The store is separate from the archive, so it serves an embedded archive and an
Elasticsearch cluster alike; by default it sits in the user data folder beside the
default archive (`PRESS_ACCOUNTS` or `--accounts` chooses another file).

Passwords are kept only as Argon2id hashes (argon2-cffi): memory-hard, the winner of the
Password Hashing Competition and the first choice of OWASP's password storage advice;
its parameters travel inside each hash, so a hash made with weaker ones is renewed at
the next login. An API token is 32 random bytes: guessing one is hopeless, so it is
stored as its SHA-256 digest (looked up directly, like a session id) and shown once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from platformdirs import user_data_dir

from search.settings import APP_NAME

ENV_ACCOUNTS = "PRESS_ACCOUNTS"
ENV_SECRET_KEY_FILE = "PRESS_SECRET_KEY_FILE"
MIN_PASSWORD = 10
TOKEN_PREFIX = "press_"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
_hasher = PasswordHasher()  # argon2-cffi's defaults: Argon2id, RFC 9106's low-memory profile
# Checked against when the name is unknown, so a login takes as long either way.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    created TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    token_created TEXT
);
"""


# The columns `_account` reads from a row of the accounts table.
_ACCOUNT_COLUMNS = "name, created, token_hash IS NOT NULL, password_hash"


class AccountError(ValueError):
    """A name, password or account that cannot be used; the message says why."""


@dataclass(frozen=True)
class Account:
    name: str
    created: str
    has_token: bool
    # A short digest of the password hash: a session made before a password change no
    # longer matches it, so changing a password signs every other browser out.
    stamp: str


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_NAME))


def default_accounts_path() -> Path:
    """The accounts file: `PRESS_ACCOUNTS`, else `accounts.db` in the user data folder."""
    return Path(os.environ.get(ENV_ACCOUNTS) or default_data_dir() / "accounts.db")


def default_secret_key_path() -> Path:
    return Path(os.environ.get(ENV_SECRET_KEY_FILE) or default_data_dir() / "secret_key")


def load_or_create_secret_key(path: str | Path) -> str:
    """The key that signs session cookies, from `path`; made there (mode 0600) on first use.

    A key readable by others could forge any editor's session, so such a file is refused.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            raise AccountError(
                f"the secret key file {path} is readable by other users; "
                f"run `chmod 600 {path}` (or delete it to make a new key)"
            ) from None
        key = path.read_text(encoding="ascii").strip()
        if len(key) < 32:
            raise AccountError(f"the secret key file {path} is too short; delete it") from None
        return key
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        return load_or_create_secret_key(path)
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key + "\n")
    return key


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _stamp(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class Accounts:
    """The accounts in one SQLite file; a connection per call, so any thread may use it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        if not self.path.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            # The file holds password hashes: readable by its owner only.
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))
        conn = sqlite3.connect(self.path, timeout=10)
        try:
            conn.executescript(SCHEMA)
            with conn:
                yield conn
        finally:
            conn.close()

    def add(self, name: str, password: str) -> Account:
        """A new account; an existing name, a malformed name or a short password is refused."""
        if not _NAME.fullmatch(name):
            raise AccountError(
                f"{name!r} cannot be an account name: use 1-64 letters, digits, '.', '_', "
                "'@' or '-', starting with a letter or digit"
            )
        _check_password(password)
        password_hash = _hasher.hash(password)
        with self._db() as db:
            try:
                db.execute(
                    "INSERT INTO accounts (name, password_hash, created) VALUES (?, ?, ?)",
                    (name, password_hash, _now()),
                )
            except sqlite3.IntegrityError:
                raise AccountError(f"an account named {name!r} already exists") from None
        found = self.get(name)
        assert found is not None
        return found

    def set_password(self, name: str, password: str) -> None:
        _check_password(password)
        with self._db() as db:
            changed = db.execute(
                "UPDATE accounts SET password_hash = ? WHERE name = ?",
                (_hasher.hash(password), name),
            ).rowcount
        if not changed:
            raise AccountError(f"there is no account named {name!r}")

    def remove(self, name: str) -> None:
        """Delete the account and its token; its sessions end at their next request."""
        with self._db() as db:
            if not db.execute("DELETE FROM accounts WHERE name = ?", (name,)).rowcount:
                raise AccountError(f"there is no account named {name!r}")

    def get(self, name: str) -> Account | None:
        with self._db() as db:
            row = db.execute(
                f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE name = ?",
                (name,),
            ).fetchone()
        return _account(row) if row else None

    def all(self) -> list[Account]:
        with self._db() as db:
            rows = db.execute(
                f"SELECT {_ACCOUNT_COLUMNS} FROM accounts ORDER BY name COLLATE NOCASE"
            ).fetchall()
        return [_account(row) for row in rows]

    def verify(self, name: str, password: str) -> Account | None:
        """The account when the password is its own, else None (in the same time)."""
        with self._db() as db:
            row = db.execute(
                f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE name = ?",
                (name,),
            ).fetchone()
            stored = row[3] if row else _DUMMY_HASH
            try:
                _hasher.verify(stored, password)
            except (VerificationError, InvalidHashError):
                return None
            if row is None:
                return None
            if _hasher.check_needs_rehash(stored):
                stored = _hasher.hash(password)
                db.execute("UPDATE accounts SET password_hash = ? WHERE name = ?", (stored, row[0]))
                row = (*row[:3], stored)
        return _account(row)

    def new_token(self, name: str) -> str:
        """A new API token for the account, replacing its old one; only its digest is kept."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._db() as db:
            changed = db.execute(
                "UPDATE accounts SET token_hash = ?, token_created = ? WHERE name = ?",
                (_token_digest(token), _now(), name),
            ).rowcount
        if not changed:
            raise AccountError(f"there is no account named {name!r}")
        return token

    def revoke_token(self, name: str) -> None:
        with self._db() as db:
            db.execute(
                "UPDATE accounts SET token_hash = NULL, token_created = NULL WHERE name = ?",
                (name,),
            )

    def for_token(self, token: str) -> Account | None:
        """The account whose API token this is, or None."""
        if not token.startswith(TOKEN_PREFIX):
            return None
        with self._db() as db:
            row = db.execute(
                f"SELECT {_ACCOUNT_COLUMNS} FROM accounts WHERE token_hash = ?",
                (_token_digest(token),),
            ).fetchone()
        return _account(row) if row else None


def _account(row: tuple[str, str, int, str]) -> Account:
    """An account from a row of `_ACCOUNT_COLUMNS`."""
    return Account(name=row[0], created=row[1], has_token=bool(row[2]), stamp=_stamp(row[3]))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
