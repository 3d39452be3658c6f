"""The `press` command: a thin layer over the importers, the search backends and the web app."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import sys
from collections.abc import Callable
from typing import Any

import click

from importers.options import ParseOptions
from search import open_backend, settings
from search.base import Backend, SearchError, SearchRequest
from search.facets import FACETS, SPECS
from search.model import parse_iso_date
from search.query import describe, parse_query


def archive_option(
    func: Callable[..., Any] | None = None, *, upgrade: bool = False
) -> Callable[..., Any]:
    """--archive and the Elasticsearch credentials; passes an open `backend` to the command.

    `upgrade`: an embedded archive of an older schema is opened to be rebuilt, not refused.
    """
    if func is None:
        return functools.partial(archive_option, upgrade=upgrade)

    @click.option(
        "--archive",
        envvar=settings.ENV_ARCHIVE,
        default=settings.default_archive_url,
        show_default="the user data directory",
        help="Archive: a path or sqlite:///path (embedded), or an Elasticsearch http(s) URL.",
    )
    @click.option("--es-api-key", envvar="PRESS_ES_API_KEY", help="Elasticsearch API key.")
    @click.option("--es-username", envvar="PRESS_ES_USERNAME", help="Elasticsearch user.")
    @click.option("--es-password", envvar="PRESS_ES_PASSWORD", help="Elasticsearch password.")
    @click.option("--es-ca-certs", envvar="PRESS_ES_CA_CERTS", help="CA certificate file.")
    @functools.wraps(func)
    def wrapper(
        archive: str,
        es_api_key: str | None,
        es_username: str | None,
        es_password: str | None,
        es_ca_certs: str | None,
        **kwargs: Any,
    ) -> Any:
        options = settings.backend_options(
            archive,
            api_key=es_api_key,
            username=es_username,
            password=es_password,
            ca_certs=es_ca_certs,
        )
        if upgrade and not archive.startswith(("http://", "https://")):
            options = {**options, "upgrade": True}
        try:
            backend = open_backend(archive, **options)
        except (SearchError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        try:
            return func(backend=backend, **kwargs)
        except SearchError as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            backend.close()

    return wrapper


def parse_date_option(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    try:
        return parse_iso_date(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def parse_day_option(ctx: click.Context, param: click.Parameter, value: str | None):
    if value is None:
        return None
    from search.query import parse_partial_date

    try:
        return parse_partial_date(value, end=param.name == "date_to")
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def parse_map_option(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]):
    from importers.records import parse_field_map

    try:
        return parse_field_map(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


SIZE_UNITS = {"": 1, "B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}


def parse_size_option(ctx: click.Context, param: click.Parameter, value: str) -> int:
    number = value.strip().upper().rstrip("B") + "B" if value.strip()[-1:].isalpha() else value
    for unit in ("GB", "MB", "KB", "B"):
        if number.endswith(unit):
            digits, factor = number[: -len(unit)], SIZE_UNITS[unit]
            break
    else:
        digits, factor = number, 1
    try:
        return int(float(digits) * factor)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size (e.g. 64MB)") from None


def accounts_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--accounts: the editor accounts file (web.accounts)."""
    return click.option(
        "--accounts",
        envvar="PRESS_ACCOUNTS",
        type=click.Path(dir_okay=False),
        help="Editor accounts file. Default: accounts.db in the user data folder.",
    )(func)


def password_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """The new password: asked twice on a terminal, or one line of stdin."""

    def read(ctx: click.Context, param: click.Parameter, from_stdin: bool) -> str:
        if from_stdin:
            return sys.stdin.readline().rstrip("\r\n")
        return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))

    return click.option(
        "--password-stdin",
        "password",
        is_flag=True,
        callback=read,
        help="Read the password from the first line of standard input.",
    )(func)


def jobs_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--jobs: worker processes that parse (passes `jobs`, the cores available by default)."""

    def resolve(ctx: click.Context, param: click.Parameter, value: int | None) -> int:
        from importers.parallel import available_cores

        return available_cores() if value is None else value

    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        callback=resolve,
        show_default="the cores available",
        help="Worker processes that parse; 1 parses in this process.",
    )(func)


def echo_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, default=str))


class Interrupted(click.ClickException):
    """A command stopped by Ctrl-C: the shell's exit status for SIGINT (128 + 2)."""

    exit_code = 130


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="press-archive")
def main() -> None:
    """Press Archive: import press statements, then search them by speaker, source,
    dateline place and date, down to every quote of one person about one subject."""


@main.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--source", help="Issuing source for every imported document (overrides the text).")
@click.option(
    "--date",
    "published",
    callback=parse_date_option,
    help="Publication date for every imported document (YYYY-MM-DD).",
)
@click.option(
    "--map",
    "field_map",
    multiple=True,
    metavar="FIELD=TARGET",
    callback=parse_map_option,
    help="For JSON records of another shape: which field is the text, headline, "
    "published date, source, issuer… (repeatable; see the README).",
)
@click.option(
    "--max-size",
    "max_bytes",
    default="64MB",
    show_default=True,
    callback=parse_size_option,
    help="Largest article file or archive member to read; larger ones are reported.",
)
@click.option("--report", type=click.Path(dir_okay=False), help="Write a JSON report here.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--restart",
    is_flag=True,
    help="Read every input again, even those an interrupted import already stored.",
)
@jobs_option
@archive_option
def import_command(
    backend: Backend,
    paths: tuple[str, ...],
    source: str | None,
    published: dt.date | None,
    field_map: dict[str, str],
    max_bytes: int,
    report: str | None,
    quiet: bool,
    restart: bool,
    jobs: int,
) -> None:
    """Import files, folders (recursively), glob patterns or - (standard input).

    Every input is accounted for: imported, updated, unchanged or failed with its
    reason. Exits non-zero when anything failed; everything else is still imported.
    An interrupted import, run again, skips the inputs (and the records of a large
    export) it had already stored.

    Example: press import ~/agency-copy/ --source Sputnik

    Example: press import releases.jsonl.gz --map member=issuer --map text=text
    --map date=published
    """
    from tqdm import tqdm

    from importers.journal import Journal
    from importers.parallel import WorkerError
    from importers.pipeline import import_paths

    journal = None if restart else Journal(backend.archive_key)
    if hasattr(backend, "on_wait"):  # an embedded archive takes one import at a time
        backend.on_wait = lambda message: click.echo(message, err=True)
    options = ParseOptions(
        source=source, published=published, field_map=field_map, max_bytes=max_bytes
    )

    def sized(total: int) -> None:
        bar.total = total or None
        bar.refresh()

    with tqdm(
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        disable=quiet or None,
        file=sys.stderr,
        desc="Importing",
    ) as bar:
        try:
            summary = import_paths(
                backend,
                list(paths),
                options,
                journal=journal,
                on_size=sized,
                on_read=bar.update,
                jobs=jobs,
            )
        except WorkerError as exc:
            raise click.ClickException(str(exc)) from exc
        except KeyboardInterrupt:
            # What the archive acknowledged is stored and journalled; a run again resumes.
            raise Interrupted(
                "import interrupted: the documents stored so far are kept;"
                " run the same command again to import the rest"
            ) from None
    if journal:
        journal.close()
    if report:
        with open(report, "w", encoding="utf-8") as f:
            json.dump(summary.as_dict(), f, ensure_ascii=False, indent=2)
    for failure in summary.failures:
        click.echo(f"failed: {failure.name}: {failure.reason}", err=True)
    resumed = f", {summary.skipped} already imported" if summary.skipped else ""
    click.echo(
        f"{summary.created} imported, {summary.updated} updated, "
        f"{summary.unchanged} unchanged, {summary.failed} failed "
        f"({summary.inputs} inputs{resumed}) into {backend.url}"
    )
    if summary.created or summary.updated:
        _merge_spellings(backend)
    if not summary.ok:
        raise click.ClickException(f"{summary.failed} input(s) could not be imported (see above)")


def _merge_spellings(backend: Backend) -> None:
    """The archive's spellings of one person merged again (`search.speaker_aliases`)."""
    counts = backend.update_speaker_aliases()
    if counts["merged"]:
        merged = counts["merged"]
        click.echo(f"{merged} speaker spellings merged into the person they name", err=True)


@main.command("parse")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON document per line.")
@click.option("--source", help="Issuing source (overrides the text).")
@click.option("--date", "published", callback=parse_date_option, help="Publication date.")
def parse_command(
    paths: tuple[str, ...], as_json: bool, source: str | None, published: dt.date | None
) -> None:
    """Parse files and print the documents, without importing them.

    Example: press parse statement.txt --json
    """
    from importers.pipeline import ImportSummary, iter_documents

    summary = ImportSummary()
    options = ParseOptions(source=source, published=published)
    for _name, doc in iter_documents(list(paths), options, summary):
        if as_json:
            echo_json(doc.to_dict())
        else:
            click.echo(_describe_document(doc))
    for failure in summary.failures:
        click.echo(f"failed: {failure.name}: {failure.reason}", err=True)
    if not summary.ok:
        raise click.ClickException(f"{summary.failed} input(s) could not be parsed")


def _describe_document(doc) -> str:
    lines = [doc.headline or "(no headline)"]
    if doc.dateline:
        lines.append(f"  dateline: {doc.dateline.raw}")
    lines.append(f"  source: {doc.source or '-'}   published: {doc.published or '-'}")
    lines.append(f"  {len(doc.body)} paragraphs, {len(doc.quotes)} quotes")
    for q in doc.quotes:
        lines.append(f"    [{q.kind}] {q.speaker or '?'}: {q.text[:70]}")
    return "\n".join(lines)


def facet_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """A repeatable `--<facet>` filter for each facet of the spec (`search.facets`)."""
    for spec in reversed([s for s in SPECS if s.shown]):
        help_text = f"Only this {spec.label.lower()} (repeatable)."
        func = click.option(f"--{spec.name}", multiple=True, help=help_text)(func)
    return func


def search_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The query and its filters, shared by `search` and `export`; passes `request`."""

    @click.argument("query", required=False, default="")
    @facet_options
    @click.option(
        "--from", "date_from", callback=parse_day_option, help="From date (YYYY[-MM[-DD]])."
    )
    @click.option("--to", "date_to", callback=parse_day_option, help="To date (YYYY[-MM[-DD]]).")
    @click.option("--quotes", is_flag=True, help="Search inside quotes only; results are quotes.")
    @click.option(
        "--confident",
        is_flag=True,
        help="Only confident attributions: quotes whose speaker was named at the quote "
        "(or continues a named quote), and speakers counted by those quotes only.",
    )
    @click.option(
        "--sort",
        type=click.Choice(["relevance", "newest", "oldest"]),
        default="relevance",
        show_default=True,
    )
    @functools.wraps(func)
    def wrapper(
        query: str, date_from, date_to, quotes: bool, confident: bool, sort: str, **kw: Any
    ) -> Any:
        filters = {f: list(kw.pop(f)) for f in FACETS}
        parsed = parse_query(query)
        for note in parsed.notes:
            click.echo(f"note: {note}", err=True)
        request = SearchRequest(
            query=parsed,
            filters=filters,
            date_from=date_from,
            date_to=date_to,
            scope="quotes" if quotes else "documents",
            sort=sort,  # type: ignore[arg-type]
            confident=confident,
        )
        return func(request=request, **kw)

    return wrapper


@main.command("search")
@search_options
@click.option("--limit", default=20, show_default=True, help="Results to show (at most 100).")
@click.option("--json", "as_json", is_flag=True, help="Results and facets as JSON.")
@archive_option
def search_command(backend: Backend, request: SearchRequest, limit: int, as_json: bool) -> None:
    """Search the archive; QUERY uses the query language (see the README).

    Example: press search 'speaker:"Oleg Stepanov" sanctions' --quotes
    """
    request = dataclasses.replace(request, limit=limit, histogram=as_json)
    result = backend.search(request)
    if as_json:
        echo_json(_result_json(request, result))
        return
    click.echo(f"{result.total} results for {describe(request.node)}")
    for hit in result.hits:
        click.echo(_plain(hit))


@main.command("export")
@search_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default="jsonl",
    show_default=True,
    help="JSONL documents are the import format; CSV is a table.",
)
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="File to write (default: standard output).",
)
@archive_option
def export_command(backend: Backend, request: SearchRequest, fmt: str, output) -> None:
    """Export every result of a search (documents or, with --quotes, quotes), streamed.

    Example: press export 'speaker:"Oleg Stepanov"' --quotes --format csv -o stepanov.csv
    """
    from search.export import export

    for chunk in export(backend, request, fmt):
        output.write(chunk)


@main.command("reparse")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@jobs_option
@archive_option
def reparse_command(backend: Backend, quiet: bool, jobs: int) -> None:
    """Parse every stored original again with the current parsers; report what changed.

    Needs no source files: the archive keeps each document's original bytes. Ids stay.

    Example: press reparse
    """
    from tqdm import tqdm

    from importers.parallel import WorkerError
    from importers.reparse import reparse

    total = backend.stats().get("documents")
    with tqdm(
        total=total, unit=" docs", disable=quiet or None, file=sys.stderr, desc="Reparsing"
    ) as bar:
        try:
            summary = reparse(backend, on_document=lambda: bar.update(1), jobs=jobs)
        except WorkerError as exc:
            raise click.ClickException(str(exc)) from exc
    for failure in summary.failures:
        click.echo(f"failed: {failure.name}: {failure.reason}", err=True)
    click.echo(
        f"{summary.changed} changed, {summary.unchanged} unchanged, "
        f"{summary.no_original} without original, {summary.failed} failed"
    )
    for name, count in summary.fields.most_common():
        click.echo(f"  {name}: changed in {count} documents")
    _report_orphans(backend)
    _merge_spellings(backend)
    if summary.failures:
        raise click.ClickException(f"{summary.failed} document(s) could not be reparsed")


@main.command("reindex")
@archive_option(upgrade=True)
def reindex_command(backend: Backend) -> None:
    """Rebuild the archive's indexes from its documents and switch to them atomically.

    Run it after upgrading Press Archive when the index layout changed (an embedded
    archive of an older schema is rebuilt into the current one, originals kept);
    searches keep working on the old indexes until the switch.

    Example: press reindex --archive http://localhost:9200
    """
    report = backend.reindex()
    if report.get("in_place"):
        click.echo(f"added the current schema's indexes to {backend.url}: nothing rebuilt")
    else:
        click.echo(f"rebuilt {report['documents']} documents in {backend.url}")
    _merge_spellings(backend)
    if report.get("corrections"):
        click.echo(f"{report['corrections']} corrections applied again")


def _result_json(request: SearchRequest, result) -> dict[str, object]:
    """The result as data; snippets and quote texts are escaped HTML with <mark>."""
    return {
        "query": describe(request.node),
        "notes": request.query.notes,
        "total": result.total,
        "timed_out": result.timed_out,
        "hits": [dataclasses.asdict(h) for h in result.hits],
        "facets": {
            name: [dataclasses.asdict(v) for v in facet.values]
            for name, facet in result.facets.items()
        },
        "histogram": [{"month": m, "count": n} for m, n in result.histogram],
    }


def _plain(hit) -> str:
    from html import unescape

    from markupsafe import Markup

    from search.model import listed_title

    if hasattr(hit, "snippet"):
        date = hit.published or " " * 10
        # Without a headline, the derived title in brackets, as feeds and citations list it.
        head = f"{date}  {listed_title(hit.headline, hit.title, hit.source)}  [{hit.source or '-'}]"
        return f"{head}\n    {unescape(Markup(hit.snippet).striptags())}\n    id: {hit.id}"
    text = unescape(Markup(hit.text).striptags())
    who = " and ".join(hit.speakers) if hit.speakers else hit.speaker or "?"
    return f"{hit.published or '          '}  {who}: “{text}”  [{hit.source or '-'}]"


@main.command("stats")
@click.option("--json", "as_json", is_flag=True)
@archive_option
def stats_command(backend: Backend, as_json: bool) -> None:
    """Counts of documents, quotes, speakers and sources, and the date span.

    Example: press stats
    """
    stats = backend.stats()
    if as_json:
        echo_json(stats)
        return
    for key, value in stats.items():
        click.echo(f"{key:>10}: {value if value is not None else '-'}")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=16, show_default=True, help="Requests served at once.")
@click.option(
    "--debug",
    is_flag=True,
    help="Flask's development server in debug mode (its console runs code: loopback only).",
)
@click.option(
    "--host-name",
    "host_names",
    multiple=True,
    envvar="PRESS_HOST_NAMES",
    help="A host name the server answers to (repeatable; default: localhost, 127.0.0.1).",
)
@click.option("--public-url", envvar="PRESS_PUBLIC_URL", help="Base of absolute links.")
@click.option(
    "--editing/--read-only",
    envvar="PRESS_EDITING",
    default=False,
    show_default=True,
    help="Let editor accounts (press users) sign in and make corrections.",
)
@accounts_option
@click.option(
    "--secret-key-file",
    envvar="PRESS_SECRET_KEY_FILE",
    type=click.Path(dir_okay=False),
    help="Key that signs sessions; made (mode 0600) on first use. "
    "Default: secret_key in the user data folder.",
)
@archive_option
def serve_command(
    backend: Backend,
    host: str,
    port: int,
    threads: int,
    debug: bool,
    host_names: tuple[str, ...],
    public_url: str | None,
    editing: bool,
    accounts: str | None,
    secret_key_file: str | None,
) -> None:
    """Serve the search UI and the JSON API (with waitress, a production WSGI server).

    Only requests for the host names given (loopback names by default) are answered.
    Read-only unless --editing is given: then editor accounts sign in to correct.

    Example: press serve --port 8000 --host 0.0.0.0 --host-name archive.newsroom.example
    """
    from web import create_app
    from web.security import is_loopback

    if debug and not is_loopback(host):
        raise click.UsageError(
            f"--debug serves Werkzeug's console, which runs any code it is sent; "
            f"it is refused on {host}: bind to 127.0.0.1 (the default) to use it"
        )
    config: dict[str, Any] = {"ARCHIVE": backend.url, "BACKEND": backend}
    if host_names:
        config["HOST_NAMES"] = [n for name in host_names for n in name.split(",")]
    if public_url:
        config["PUBLIC_URL"] = public_url
    from web.accounts import AccountError, Accounts, default_accounts_path

    config["EDITING"] = editing
    if editing:
        config.update(ACCOUNTS=accounts, SECRET_KEY_FILE=secret_key_file)
        store = Accounts(accounts or default_accounts_path())
        if not store.all():
            click.echo(f"No editor accounts in {store.path} yet: add one with `press users add`.")
        if not is_loopback(host) and not (public_url or "").startswith("https://"):
            # Passwords and session cookies would cross the network in clear text.
            click.echo(
                "Warning: editing is on at a non-loopback address without HTTPS; serve it "
                "behind a TLS proxy and give --public-url https://…",
                err=True,
            )
    try:
        app = create_app(config)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Serving {backend.url} on http://{host}:{port}/ (Ctrl-C stops it)")
    if debug:
        app.run(host=host, port=port, debug=True)
        return
    from waitress import serve

    serve(app, host=host, port=port, threads=threads, ident="Press Archive")


@main.group("users")
def users_group() -> None:
    """Editor accounts: who may sign in to `press serve --editing` and correct the archive.

    Passwords are stored as Argon2id hashes, API tokens as SHA-256 digests.

    Example: press users add jdoe
    """


@users_group.command("add")
@click.argument("name")
@password_option
@accounts_option
def users_add(name: str, password: str, accounts: str | None) -> None:
    """Add an editor account (the password is asked for, or read from --password-stdin).

    Example: press users add jdoe
    """
    from web.accounts import AccountError

    try:
        account = _accounts(accounts).add(name, password)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Added editor {account.name}.")


@users_group.command("password")
@click.argument("name")
@password_option
@accounts_option
def users_password(name: str, password: str, accounts: str | None) -> None:
    """Set an editor's password (signs out the account's other sessions).

    Example: press users password jdoe
    """
    from web.accounts import AccountError

    try:
        _accounts(accounts).set_password(name, password)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Changed the password of {name}.")


@users_group.command("remove")
@click.argument("name")
@accounts_option
def users_remove(name: str, accounts: str | None) -> None:
    """Remove an editor account and its API token; its corrections stay in the archive.

    Example: press users remove jdoe
    """
    from web.accounts import AccountError

    try:
        _accounts(accounts).remove(name)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Removed editor {name}.")


@users_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@accounts_option
def users_list(as_json: bool, accounts: str | None) -> None:
    """List editor accounts.

    Example: press users list
    """
    found = _accounts(accounts).all()
    if as_json:
        echo_json([{"name": a.name, "created": a.created, "token": a.has_token} for a in found])
        return
    for account in found:
        token = " (API token)" if account.has_token else ""
        click.echo(f"{account.name}\t{account.created}{token}")


@users_group.command("token")
@click.argument("name")
@click.option("--revoke", is_flag=True, help="Remove the account's token instead.")
@accounts_option
def users_token(name: str, revoke: bool, accounts: str | None) -> None:
    """Make a new API token for an editor (printed once; replaces the old one).

    JSON write requests send it as `Authorization: Bearer <token>`.

    Example: press users token jdoe
    """
    from web.accounts import AccountError

    store = _accounts(accounts)
    try:
        if revoke:
            if store.get(name) is None:
                raise AccountError(f"there is no account named {name!r}")
            store.revoke_token(name)
            click.echo(f"Revoked the API token of {name}.")
            return
        click.echo(store.new_token(name))
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc


def _accounts(path: str | None) -> Any:
    from web.accounts import Accounts, default_accounts_path

    return Accounts(path or default_accounts_path())


def user_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--user (who corrects; the OS user by default) and --reason."""
    func = click.option("--reason", help="Why: shown in the correction's history.")(func)
    return click.option(
        "--user",
        default=lambda: _os_user(),
        show_default="your user name",
        help="Who makes the correction.",
    )(func)


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _record(backend: Backend, correction: Any) -> None:
    """Make a correction and say what it did; a bad one exits non-zero with why."""
    from search.corrections import CorrectionError

    try:
        made = backend.correct(correction)
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(_describe_correction(made))


def _describe_correction(c: Any) -> str:
    def shown(value: object) -> str:
        if isinstance(value, dict) and "name" in value:
            return value["name"] + (f" ({value['role']})" if value.get("role") else "")
        if isinstance(value, dict):
            return f"{value.get('kind')}: {', '.join(value.get('speakers') or []) or 'no speaker'}"
        if isinstance(value, list):
            return " and ".join(map(str, value)) or "no speaker"
        if value is True:
            return "not a quote"
        return "(none)" if value is None else str(value)

    what = ("undo of " if c.undoes else "") + c.label
    line = f"{c.id}  {c.created:%Y-%m-%d %H:%M} UTC  {c.user}: {what} in {c.document_id}:"
    line += f" {shown(c.before)} → {shown(c.after)}"
    if c.reason:
        line += f"  ({c.reason})"
    return line + ("" if c.status == "applied" else f"  [{c.status}]")


def _report_orphans(backend: Backend) -> None:
    orphans = backend.orphaned_corrections()
    if orphans:
        click.echo(
            f"{len(orphans)} correction(s) no longer find their quote or document"
            " (kept; `press corrections list --orphaned`):",
            err=True,
        )
        for c in orphans:
            click.echo(f"  {_describe_correction(c)}", err=True)


@main.group("correct")
def correct_group() -> None:
    """Correct a document or one of its quotes.

    Each correction is recorded (who, when, before and after, why), applied at once,
    and kept through `press reparse`, `press reindex` and a re-import of the article.
    Quotes are numbered from 0 as `press parse` and the document page list them.

    Example: press correct speaker 4a38378341 2 "Lena Marsh" --role Ambassador
    """


@correct_group.command("speaker")
@click.argument("doc_id")
@click.argument("quote_index", type=int)
@click.argument("name")
@click.option("--role", help="The speaker's role or title (e.g. Ambassador).")
@user_options
@archive_option
def correct_speaker(
    backend: Backend,
    doc_id: str,
    quote_index: int,
    name: str,
    role: str | None,
    user: str,
    reason: str | None,
) -> None:
    """Set the speaker of quote QUOTE_INDEX of a document.

    Example: press correct speaker 4a38378341 2 "Paul Okafor" --role Minister
    --reason "the minister spoke, not the ambassador"
    """
    from search.corrections import Correction

    after = {"name": name, "role": role}
    _record(backend, Correction(doc_id, "quote", "speaker", after, user, reason, quote_index))


@correct_group.command("not-a-quote")
@click.argument("doc_id")
@click.argument("quote_index", type=int)
@user_options
@archive_option
def correct_not_a_quote(
    backend: Backend, doc_id: str, quote_index: int, user: str, reason: str | None
) -> None:
    """Mark quote QUOTE_INDEX as not a quote (a title, a scare quote): it leaves quote
    search and the speaker facet.

    Example: press correct not-a-quote 4a38378341 0 --reason "the name of a bill"
    """
    from search.corrections import Correction

    _record(backend, Correction(doc_id, "quote", "not_quote", True, user, reason, quote_index))


@correct_group.command("split")
@click.argument("doc_id")
@click.argument("quote_index", type=int)
@click.argument("names", nargs=-1, required=True)
@user_options
@archive_option
def correct_split(
    backend: Backend,
    doc_id: str,
    quote_index: int,
    names: tuple[str, ...],
    user: str,
    reason: str | None,
) -> None:
    """Give quote QUOTE_INDEX to each of two or more speakers (a joint statement).

    Example: press correct split 4a38378341 1 "Amy Klobuchar" "Al Franken"
    """
    from search.corrections import Correction

    after = list(names)
    _record(backend, Correction(doc_id, "quote", "split", after, user, reason, quote_index))


@correct_group.command("document")
@click.argument("doc_id")
@click.option("--headline", help="The right headline.")
@click.option("--published", help="The right publication date (YYYY-MM-DD; '' for none).")
@click.option("--place", help="The right dateline place ('' for none).")
@click.option("--source", help="The right issuing source.")
@user_options
@archive_option
def correct_document(
    backend: Backend,
    doc_id: str,
    headline: str | None,
    published: str | None,
    place: str | None,
    source: str | None,
    user: str,
    reason: str | None,
) -> None:
    """Correct a document's headline, publication date, dateline place or source (one
    correction per field given).

    Example: press correct document 4a38378341 --published 2022-03-01 --place Oslo
    """
    from search.corrections import Correction

    given = {"headline": headline, "published": published, "place": place, "source": source}
    given = {k: v for k, v in given.items() if v is not None}
    if not given:
        raise click.UsageError("give at least one of --headline, --published, --place, --source")
    for name, value in given.items():
        after = None if value == "" and name in ("published", "place") else value
        _record(backend, Correction(doc_id, "document", name, after, user, reason))


@correct_group.command("undo")
@click.argument("correction_id")
@user_options
@archive_option
def correct_undo(backend: Backend, correction_id: str, user: str, reason: str | None) -> None:
    """Take a correction back (the undo is recorded too).

    Example: press correct undo 92b46cdb73ea4282873bcf1ab861978b --reason "was right"
    """
    from search.corrections import CorrectionError

    try:
        made = backend.undo(correction_id, user, reason)
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(_describe_correction(made))


@main.group("corrections")
def corrections_group() -> None:
    """List, export and import the archive's corrections.

    Example: press corrections export corrections.jsonl
    """


@corrections_group.command("list")
@click.option("--document", "document_id", help="Only this document's.")
@click.option("--user", help="Only this person's.")
@click.option("--since", callback=parse_day_option, help="From this day (YYYY[-MM[-DD]]).")
@click.option(
    "--until", "date_to", callback=parse_day_option, help="Up to this day (YYYY[-MM[-DD]])."
)
@click.option("--orphaned", is_flag=True, help="Only those whose quote or document is gone.")
@click.option("--limit", default=100, show_default=True, help="How many, newest first.")
@click.option("--json", "as_json", is_flag=True, help="One correction record per line.")
@archive_option
def corrections_list(
    backend: Backend,
    document_id: str | None,
    user: str | None,
    since: dt.date | None,
    date_to: dt.date | None,
    orphaned: bool,
    limit: int,
    as_json: bool,
) -> None:
    """List corrections, newest first.

    Example: press corrections list --user ann --since 2026-01 --json
    """
    if orphaned:
        found = backend.orphaned_corrections()[:limit]
    else:
        found = backend.corrections(document_id, user, since, date_to, limit=limit)
    for c in found:
        click.echo(
            json.dumps(c.to_dict(), ensure_ascii=False) if as_json else _describe_correction(c)
        )


@corrections_group.command("export")
@click.argument("file", type=click.File("w", encoding="utf-8"))
@archive_option
def corrections_export(backend: Backend, file) -> None:
    """Write every correction (undos included) as JSON Lines, oldest first; another
    archive reads them with `press corrections import`.

    Example: press corrections export corrections.jsonl
    """
    records = backend.corrections(limit=sys.maxsize)
    for c in reversed(records):
        file.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    click.echo(f"{len(records)} corrections exported from {backend.url}", err=True)


@corrections_group.command("import")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@archive_option
def corrections_import(backend: Backend, file) -> None:
    """Read corrections another archive exported and apply them; those already here are
    skipped, and those whose document or quote this archive lacks are kept and reported.

    Example: press corrections import corrections.jsonl
    """
    from search.corrections import CorrectionError, read_jsonl

    try:
        records = list(read_jsonl(file))
        counts = backend.import_corrections(records)
    except CorrectionError as exc:
        raise click.ClickException(f"{getattr(file, 'name', 'input')}: {exc}") from exc
    skipped = len(records) - counts["added"]
    click.echo(
        f"{counts['added']} corrections added ({counts['applied']} applied, "
        f"{counts['orphaned']} orphaned, {counts['undone']} undone), "
        f"{skipped} already here, into {backend.url}"
    )
    _report_orphans(backend)


@main.command("evaluate")
@click.argument("sets", nargs=-1)
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default="artifacts/eval",
    show_default=True,
    help="Folder for the predictions and each set's figures.json.",
)
@click.option(
    "--corpus",
    type=click.Path(exists=True),
    help="The shared corpus folder (default: ../shared/corpus beside the repository, or "
    "$PRESS_CORPUS); releases also takes the releases .jsonl.gz itself.",
)
@click.option(
    "--split",
    "splits",
    multiple=True,
    help="releases, speakers, russian: score this split (repeatable; 'all': every one but "
    "the newest held-out split, which is scored only when named); quotes: the PolNeAR split.",
)
@click.option(
    "--misses",
    is_flag=True,
    help="releases: each disagreement (of the one split named, else dev); russian and "
    "speakers: each dev miss; quotes: each speaker miss of PolNeAR dev (no other split).",
)
@click.option(
    "--show-misses",
    multiple=True,
    metavar="SPLIT",
    help="speakers: each miss on this split's documents (repeatable; never the newest holdout).",
)
@click.option("--show-dev-misses", is_flag=True, hidden=True)  # = --show-misses dev
@click.option("--by-kind", is_flag=True, help="speakers: releases and news pages apart too.")
@click.option("--limit", type=int, help="speakers: only the first N gold documents.")
@click.option(
    "--gold",
    type=click.Path(exists=True, dir_okay=False),
    help="releases, speakers: another gold file.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--draw",
    is_flag=False,
    flag_value="sample",
    metavar="[sample|holdout|...|holdout32]",
    help="releases: print a gold sample as drawn (one JSON line per release) and stop.",
)
def evaluate_command(
    sets: tuple[str, ...],
    out: str,
    corpus: str | None,
    splits: tuple[str, ...],
    misses: bool,
    show_misses: tuple[str, ...],
    show_dev_misses: bool,
    by_kind: bool,
    limit: int | None,
    gold: str | None,
    as_json: bool,
    draw: str | None,
) -> None:
    """Parse the evaluation corpora and score them: the one command for every set.

    SETS: quotes (PolNeAR), datelines (Reuters-21578), article-extraction-benchmark,
    wcxb and news-dates (HTML pages, each scored with trafilatura on the same pages)
    with the shared scorers; releases (congressional press releases against
    tests/gold/releases.jsonl), speakers (releases and news pages against
    tests/gold/speakers.jsonl), russian (tests/fixtures/russian), dates (publication
    dates of the news-date and WCXB pages, also with each site left out of the fitted
    weights) — default: all.

    Example: press evaluate quotes datelines

    Example: press evaluate speakers --by-kind --split holdout
    """
    import os
    from pathlib import Path

    from . import evaluate

    if corpus:
        os.environ["PRESS_CORPUS"] = str(Path(corpus).resolve())
    options = evaluate.Options(
        splits=splits,
        misses=misses,
        show_misses=(*show_misses, *(["dev"] if show_dev_misses else [])),
        by_kind=by_kind,
        limit=limit,
        gold=Path(gold) if gold else None,
    )
    try:
        if draw:
            for record in evaluate.draw(draw):
                click.echo(json.dumps(record))
            return
        lines = evaluate.run(list(sets) or list(evaluate.SETS), Path(out), options)
    except (evaluate.EvaluationUnavailable, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(evaluate.figures(Path(out), lines), indent=1))
        return
    for name, line in lines.items():
        for part in line.splitlines():
            click.echo(f"{name}: {part}")


if __name__ == "__main__":
    main()
