"""`press users`: editor accounts from the command line."""

from __future__ import annotations

from click.testing import CliRunner

from press.cli import main
from web.accounts import Accounts

PASSWORD = "a long enough secret"


def test_press_users_commands(tmp_path):
    runner = CliRunner()
    accounts = str(tmp_path / "accounts.db")

    def run(*arguments, input=None):
        return runner.invoke(main, ["users", *arguments, "--accounts", accounts], input=input)

    assert run("add", "jdoe", "--password-stdin", input=PASSWORD + "\n").exit_code == 0
    duplicate = run("add", "jdoe", "--password-stdin", input=PASSWORD + "\n")
    assert duplicate.exit_code == 1 and "already exists" in duplicate.output
    assert run("add", "kim", "--password-stdin", input="short\n").exit_code == 1
    prompted = run("add", "kim", input=f"{PASSWORD}\n{PASSWORD}\n")
    assert prompted.exit_code == 0, prompted.output
    token = run("token", "jdoe").output.strip()
    assert Accounts(accounts).for_token(token).name == "jdoe"
    listed = run("list").output.splitlines()
    assert [line.split("\t")[0] for line in listed] == ["jdoe", "kim"]
    assert "(API token)" in listed[0] and "(API token)" not in listed[1]
    assert run("token", "jdoe", "--revoke").exit_code == 0
    assert Accounts(accounts).for_token(token) is None
    assert run("remove", "kim").exit_code == 0
    assert run("remove", "kim").exit_code == 1
    assert [a.name for a in Accounts(accounts).all()] == ["jdoe"]


def test_serve_with_editing_keeps_a_private_key_and_offers_sign_in(tmp_path):
    """`press serve --editing` in a process of its own: the sign-in page answers, the
    session key file is made with mode 0600; without --editing the same URL is 403."""
    import socket
    import stat
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    def serve(*extra: str) -> tuple[subprocess.Popen, int]:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        archive = f"sqlite:///{tmp_path / 'served.db'}"
        command = [sys.executable, "-m", "press.cli", "serve", "--port", str(port)]
        proc = subprocess.Popen(
            [*command, "--archive", archive, *extra],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return proc, port

    def status(port: int) -> int:
        for _ in range(150):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login") as r:
                    return r.status
            except urllib.error.HTTPError as exc:
                return exc.code
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the server did not answer")

    key = tmp_path / "keys" / "secret_key"
    accounts = str(tmp_path / "accounts.db")
    Accounts(accounts).add("jdoe", PASSWORD)
    for extra, expected in [
        (("--editing", "--accounts", accounts, "--secret-key-file", str(key)), 200),
        ((), 403),
    ]:
        proc, port = serve(*extra)
        try:
            assert status(port) == expected
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_serve_warns_when_editing_travels_in_clear_text(tmp_path, monkeypatch):
    import waitress

    served = []
    monkeypatch.setattr(waitress, "serve", lambda app, **kw: served.append(kw))
    common = [
        "serve",
        "--editing",
        "--archive",
        f"sqlite:///{tmp_path / 'a.db'}",
        "--accounts",
        str(tmp_path / "accounts.db"),
        "--secret-key-file",
        str(tmp_path / "key"),
    ]
    runner = CliRunner()
    exposed = runner.invoke(main, [*common, "--host", "0.0.0.0"])
    assert exposed.exit_code == 0, exposed.output
    assert "without HTTPS" in exposed.output and "No editor accounts" in exposed.output
    behind_tls = [*common, "--host", "0.0.0.0", "--public-url", "https://archive.example.org"]
    assert "without HTTPS" not in runner.invoke(main, behind_tls).output
    assert "without HTTPS" not in runner.invoke(main, common).output  # loopback
    assert [kw["host"] for kw in served] == ["0.0.0.0", "0.0.0.0", "127.0.0.1"]
