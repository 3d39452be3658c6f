"""Importing what newsrooms hold: pages, feeds, web archives, exports and archives of them.

Every fixture is written here: invented articles in the shapes real inputs take.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from importers.formats import ParseOptions, read_documents, sniff
from importers.pipeline import import_paths
from importers.sources import InputError, Source
from press.cli import main
from search.sqlite import SqliteBackend


def page(title: str, place: str, speaker: str, quote: str, date: str = "2024-03-05") -> str:
    return f"""<!DOCTYPE html><html><head><title>{title} | Harbour Gazette</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T09:00:00Z">
<meta property="og:site_name" content="Harbour Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<p>{place} (Harbour Gazette) - The harbour board met on Monday to discuss berth fees for
the coming season, and members of the board spoke to reporters afterwards.</p>
<p>“{quote},” {speaker} said after the meeting, adding that the board would publish
its full decision in writing later in the week.</p>
<p>The board has been under pressure from ferry operators, who say the fees rose too fast
over the past two years and that smaller operators cannot keep up with them.</p>
</article><footer>© Harbour Gazette</footer></body></html>"""


def text_article(n: int) -> str:
    return (
        f"Quay works delayed for the {n}th time\n\n"
        f"BERGEN (Harbour News) - The quay works were delayed again, the council said.\n\n"
        f"“Delay number {n} is the last one,” council leader Anna Berg said.\n"
    )


def rss(entries: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<item><title>{t}</title><link>https://example.org/{i}</link>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{body}</p>]]></description></item>"
        for i, (t, body) in enumerate(entries)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Port Authority '
        f"Releases</title>{items}</channel></rss>"
    )


def warc_bytes(pages: dict[str, str]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, html in pages.items():
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        body = html.encode()
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A folder mixing every input kind, plus four broken inputs."""
    folder = tmp_path / "newsroom"
    folder.mkdir()
    (folder / "pages").mkdir()
    (folder / "pages" / "fees.html").write_text(
        page(
            "Board weighs berth fees",
            "OSLO",
            "board chair Lena Marsh",
            "We will not raise the fees again this year",
        )
    )
    (folder / "pages" / "ferries.htm").write_text(
        page(
            "Ferry operators protest",
            "BERGEN",
            "operator Ivo Brandt",
            "Small operators cannot carry another increase",
        )
    )
    (folder / "crawl.warc.gz").write_bytes(
        warc_bytes(
            {
                "https://gazette.example/a": page(
                    "Dredging starts in the north basin",
                    "TROMSO",
                    "engineer Kari Holm",
                    "The basin will be deeper by June",
                ),
                "https://gazette.example/b": page(
                    "Cruise season opens early",
                    "OSLO",
                    "harbour master Per Lund",
                    "We expect record numbers",
                ),
            }
        )
    )
    (folder / "releases.rss").write_text(
        rss(
            [
                (
                    "Port publishes tide tables",
                    "The port authority published the new tide tables for the autumn "
                    "season. “The tables are online now,” spokeswoman Mia Dahl said.",
                ),
                (
                    "Pilot service extended",
                    "Pilot boats will run at night from October, the port "
                    "authority said on Tuesday in a statement to shipping companies.",
                ),
            ]
        )
    )
    (folder / "export.jsonl").write_text(json.dumps(_exported()) + "\n")
    with zipfile.ZipFile(folder / "texts.zip", "w") as z:
        for n in range(1, 4):
            z.writestr(f"wire/story-{n}.txt", text_article(n))
    tar_data = io.BytesIO()
    with tarfile.open(fileobj=tar_data, mode="w:gz") as t:
        for n, (title, place) in enumerate(
            [("Ice breaker ordered", "LULEA"), ("New lighthouse keeper", "BODO")]
        ):
            data = page(title, place, "mayor Eva Nyberg", f"Decision {n} was unanimous").encode()
            info = tarfile.TarInfo(f"site/page-{n}.html")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    (folder / "pages.tar.gz").write_bytes(tar_data.getvalue())
    # Broken inputs: each must be reported, none may stop the import.
    (folder / "broken").mkdir()
    whole = warc_bytes(
        {
            "https://gazette.example/c": page(
                "Truncated capture", "OSLO", "clerk Ola Dahl", "This never arrives"
            )
        }
    )
    (folder / "broken" / "cut.warc.gz").write_bytes(whole[: len(whole) // 2])
    (folder / "broken" / "bad.rss").write_text("<rss><channel><item><title>oops</item></rss")
    (folder / "broken" / "huge.txt").write_text(text_article(9) + "x" * 300_000)
    (folder / "broken" / "empty-page.html").write_text(
        "<!DOCTYPE html><html><head><title>Menu</title></head><body><nav>Home</nav></body></html>"
    )
    return folder


def _exported() -> dict:
    from search.model import Document

    return Document(
        headline="Exported statement on harbour dues",
        source="Harbour News",
        body=["The harbour dues stay as they are, the board said."],
    ).to_dict()


EXPECTED_DOCUMENTS = 2 + 2 + 2 + 1 + 3 + 2


def test_mixed_folder_imports_everything_once_and_reports_the_broken(newsroom, tmp_path):
    backend = SqliteBackend(tmp_path / "a.db")
    options = ParseOptions(max_bytes=200_000)
    first = import_paths(backend, [str(newsroom)], options)
    assert first.created == EXPECTED_DOCUMENTS, first.failures
    reasons = {Path(f.name.split("!")[0]).name: f.reason for f in first.failures}
    assert set(reasons) == {"cut.warc.gz", "bad.rss", "huge.txt", "empty-page.html"}
    assert "truncated" in reasons["cut.warc.gz"] or "damaged" in reasons["cut.warc.gz"]
    assert "malformed feed" in reasons["bad.rss"]
    assert "size cap" in reasons["huge.txt"]
    assert "no article text" in reasons["empty-page.html"]
    assert backend.stats()["documents"] == EXPECTED_DOCUMENTS

    again = import_paths(backend, [str(newsroom)], options)
    assert again.created == again.updated == 0
    assert again.unchanged == EXPECTED_DOCUMENTS
    assert backend.stats()["documents"] == EXPECTED_DOCUMENTS


def test_each_kind_keeps_its_press_statement_fields(newsroom, tmp_path):
    backend = SqliteBackend(tmp_path / "a.db")
    import_paths(backend, [str(newsroom)], ParseOptions(max_bytes=200_000))
    docs = {d.headline: d for d in backend.iter_documents()}
    warc = docs["Dredging starts in the north basin"]
    assert warc.url == "https://gazette.example/a"
    assert warc.origin.format == "warc" and warc.origin.captured
    assert warc.dateline.place == "TROMSO"
    assert any(q.speaker == "Kari Holm" for q in warc.quotes)
    feed = docs["Port publishes tide tables"]
    assert feed.url == "https://example.org/0"
    assert feed.published.isoformat().startswith("2024-03-05")
    assert feed.quotes[0].speaker == "Mia Dahl"
    assert docs["Quay works delayed for the 2th time"].origin.path.endswith(
        "texts.zip!wire/story-2.txt"
    )
    assert docs["Ice breaker ordered"].dateline.place == "LULEA"


def test_cli_import_of_the_mixed_folder(newsroom, tmp_path):
    archive = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(
        main, ["import", str(newsroom), "--archive", archive, "-q", "--max-size", "200KB"]
    )
    assert result.exit_code == 1
    assert f"{EXPECTED_DOCUMENTS} imported" in result.output
    assert "4 failed" in result.output


@pytest.mark.parametrize(
    "head, kind",
    [
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"PK\x03\x04rest", "zip"),
        (b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"<!DOCTYPE html><html>", "html"),
        (b'{"schema": 1}\n{"schema": 1}', "json"),
        (b"Headline\n\nBody text.", "text"),
    ],
)
def test_format_is_detected_by_content(head, kind):
    assert sniff(head) == kind


def test_tar_detected_inside_gzip_by_content(tmp_path):
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w") as t:
        body = text_article(1).encode()
        info = tarfile.TarInfo("a.bin")  # a misleading name: content decides
        info.size = len(body)
        t.addfile(info, io.BytesIO(body))
    source = Source.from_bytes("x.dat", gzip.compress(data.getvalue()))
    docs = list(read_documents(source, ParseOptions()))
    assert [d.dateline.place for d in docs] == ["BERGEN"]


def test_binary_input_is_refused():
    with pytest.raises(InputError, match="binary"):
        list(read_documents(Source.from_bytes("x", b"\x00\x01\x02" * 100), ParseOptions()))


def test_jsonl_with_a_bad_line_imports_the_rest(tmp_path):
    lines = [json.dumps(_exported()), "{not json", json.dumps({"headline": "no schema"})]
    source = Source.from_bytes("e.jsonl", "\n".join(lines).encode())
    items = list(read_documents(source, ParseOptions()))
    assert items[0].headline == "Exported statement on harbour dues"
    assert "invalid JSON" in items[1].reason and items[1].name == "e.jsonl:2"
    assert "--map" in items[2].reason


def test_old_arc_web_archives_import_too():
    page_bytes = page(
        "Tug crews settle pay dispute",
        "HAMBURG",
        "union leader Jan Wolff",
        "The deal keeps every crew on board",
    ).encode()
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page_bytes
    info = b"1 0 Harbour crawl\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = (
        b"filedesc://crawl.arc 0.0.0.0 20240301000000 text/plain %d\n" % len(info)
        + info
        + b"\n"
        + b"https://gazette.example/tugs 10.0.0.1 20240301120000 text/html %d\n" % len(http)
        + http
        + b"\n"
    )
    docs = list(read_documents(Source.from_bytes("crawl.arc", arc), ParseOptions()))
    assert [d.url for d in docs] == ["https://gazette.example/tugs"]
    assert docs[0].dateline.place == "HAMBURG"


@pytest.mark.parametrize(
    ("handle", "name"),
    [
        ("nora_quill", "Nora Quill"),
        ("tod_mcvail", "Tod McVail"),
        ("ann_mcmorrow_holt", "Ann McMorrow Holt"),
        ("tod mcvail", "Tod McVail"),
        ("Tod Mcvail", "Tod Mcvail"),  # a name as written stays as written
    ],
)
def test_issuer_handle_as_a_name(handle: str, name: str) -> None:
    from importers.records import issuer_name

    assert issuer_name(handle) == name
