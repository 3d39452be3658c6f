"""The server's manners: which host names it answers to, and the headers every answer has.

A server on a journalist's laptop is reachable from any web page through DNS rebinding
(a hostile name that resolves to 127.0.0.1): only configured host names are answered
(`HOST_NAMES`, loopback names by default), and absolute URLs are built from `PUBLIC_URL`
when it is set, else from the (checked) host name. Every answer forbids framing, inline
script and content sniffing; a stored original is served as an inert download.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from flask import Flask, Response, abort, current_app, request

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
# A downloaded original is someone else's file: never run, styled or framed as ours.
DOWNLOAD_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'"
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
COMPRESSED_SUFFIXES = (".gz", ".gzip", ".tgz", ".bz2", ".xz", ".zst", ".z")
MAX_NAME = 120


def host_names(value: str | Iterable[str] | None) -> list[str]:
    """Configured host names, from a list or a comma-separated setting, lower case."""
    if not value:
        return list(LOOPBACK_NAMES)
    items = value.split(",") if isinstance(value, str) else list(value)
    return [n.strip().lower().strip("[]") for n in items if n.strip()]


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:5000
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def is_loopback(host: str) -> bool:
    return host.strip("[]") in LOOPBACK_NAMES or host.startswith("127.")


def external_url(path: str) -> str:
    """An absolute URL for a path of this site: `PUBLIC_URL` when configured, else the
    host name the request was made to (which `init_app` has already checked)."""
    base = current_app.config.get("PUBLIC_URL") or request.host_url
    return base.rstrip("/") + "/" + path.lstrip("/")


def download_name(name: str | None, data: bytes, fallback: str) -> str:
    """A file name safe to offer: no folders, no control or direction characters (a
    right-to-left override makes `exe.txt` read as `txt.exe`), no quotes, bounded; a
    compression suffix only when the bytes are still compressed."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        " " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c
        for c in name
        if unicodedata.category(c) not in ("Cf", "Co", "Cs", "Cn")
    )
    name = re.sub(r'["<>:|?*;]', "_", " ".join(name.split())).strip(" .")
    while name.lower().endswith(COMPRESSED_SUFFIXES) and not data.startswith(b"\x1f\x8b"):
        name = name[: name.rfind(".")]
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix) if dot else name[:MAX_NAME]
    return name or fallback


def init_app(app: Flask) -> None:
    names = host_names(app.config.get("HOST_NAMES"))
    app.config["HOST_NAMES"] = names

    @app.before_request
    def known_host() -> None:
        host = _hostname(request.host)
        if "*" not in names and host not in names:
            abort(
                400,
                description=f"This server does not answer to the host name {host!r}; "
                "add it with `press serve --host-name` (or the HOST_NAMES setting).",
            )

    @app.after_request
    def headers(response: Response) -> Response:
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        if response.headers.get("Content-Disposition", "").startswith("attachment"):
            response.headers["Content-Security-Policy"] = DOWNLOAD_POLICY
        else:
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response
