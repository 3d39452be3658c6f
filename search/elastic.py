"""The Elasticsearch backend: for archives that outgrow one machine.

Two indexes, each behind an alias: `<prefix>-documents` (one entry per document, quotes
and speakers nested) and `<prefix>-quotes` (one entry per quote with its document's
facet fields). Index names carry the mapping's hash and a timestamp; a mapping change
means a new pair of indexes filled by `reindex` and an atomic alias swap, never an edit
of a live mapping. Writes go through bulk requests, with retries on 429.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import html
import inspect
import itertools
import json
import logging
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any, TypeVar, cast

from elasticsearch import (
    ApiError,
    ConflictError,
    ConnectionTimeout,
    Elasticsearch,
    NotFoundError,
    TransportError,
    helpers,
)

from .base import (
    Backend,
    DocumentHit,
    Facet,
    Prepared,
    QuoteHit,
    SearchError,
    SearchRequest,
    SearchResult,
    Similar,
    SpeakerSummary,
    WriteResult,
    facet_values,
    one_person,
    similar_documents,
    summarise_speaker,
)
from .corrections import Correction, apply_corrections, as_utc, statuses_without_document
from .elastic_compile import Compiler, search_body
from .facets import facet_key, keyed_fields
from .model import (
    Document,
    Original,
    parse_iso_date,
    position_part,
    quote_key,
    quote_position,
    text_key,
)
from .similarity import bands, document_signature
from .speaker_aliases import (
    Context,
    alias_map,
    people_of,
    person_labels,
    shown_by_label,
    variants,
)
from .speakers import (
    confident_speaker_names,
    display_name,
    quote_speakers,
    speaker_key,
    speaker_names,
    unstored_quotes,
)
from .stemming import stemmed_fields

# Derived per document for the speaker facet: each speaker's key and name as written,
# in the same order (`speakers.speaker_names`), and the same for confident attributions.
SPEAKER_FIELDS = (
    "speaker_keys",
    "speaker_names",
    "confident_speaker_keys",
    "confident_speaker_names",
    "speaker_alias_pairs",
)
ALIAS_SEP = "\x1f"  # between an alias's key and its speaker's in `speaker_alias_pairs`
# The id of the record of the corrections index holding `speaker_aliases`, and for how
# many seconds a backend keeps the map it read (another process may store a new one).
SPEAKER_ALIASES_ID = "speaker-aliases"
ALIASES_KEPT = 5.0

MAPPINGS = resources.files("mappings")  # package data, so a wheel carries it
_log = logging.getLogger(__name__)
_Method = TypeVar("_Method", bound=Callable[..., Any])
CHUNK = 500  # actions per bulk request, at most
DOCUMENTS_PER_ROUND = 500  # documents checked (mget) and written together
# Rounds read and prepared while the writer is busy: the one it writes, this many more
# waiting for it, and the one being read. The writer never waits for a whole round to
# be prepared while the workers are busy, and the workers do not stop while the writer
# finishes a round.
ROUNDS_AHEAD = 2
BULK_THREADS = 2
# Seconds a bulk request may take. A request of CHUNK documents with nested quotes costs
# the node seconds of CPU; on a busy machine that runs past the client's usual timeout,
# and a timed-out request is sent again while the node still works on the first, until
# the retries run out and every action of it fails. Waiting longer slows the import down
# instead (a bare `parallel_bulk` load given this timeout failed nothing where ours did).
# A request unanswered after that is still sent again by the client's retries (which
# also move a request to another node when one is lost): actions carry their ids, so a
# second send indexes nothing twice.
BULK_TIMEOUT = 120.0
DERIVED = (
    "facet_keys",
    "facet_values",
    "place",  # the place facet's value: the dateline's canonical place
    "content_hash",
    "year",
    "quote_count",
    "text_key",
    "signature",
    "bands",
    "original",
    *SPEAKER_FIELDS,
)
HIDDEN = ["original", "signature", "bands"]  # never sent back with a document
SCAN_PAGE = 500
SCAN_LIMIT = 10_000  # hits one search returns; more are read with a scroll
PIT_KEEP_ALIVE = "2m"


def _unavailable(exc: Exception, url: str) -> SearchError:
    if isinstance(exc, ApiError):
        return SearchError(f"Elasticsearch at {url} refused the request: {exc}")
    return SearchError(f"cannot reach Elasticsearch at {url}: {exc}")


def translate_errors(method: _Method) -> _Method:
    """Client errors become SearchError naming the server, for plain and generator methods."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                yield from method(self, *args, **kwargs)
            except (TransportError, ApiError) as exc:
                raise _unavailable(exc, self.url) from exc

        return cast(_Method, generator)

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (TransportError, ApiError) as exc:
            raise _unavailable(exc, self.url) from exc

    return cast(_Method, wrapper)


def load_mapping(name: str) -> dict[str, Any]:
    mapping: dict[str, Any] = json.loads(MAPPINGS.joinpath(f"{name}.json").read_text("utf-8"))
    return mapping


def mapping_version(name: str) -> str:
    return hashlib.sha256(MAPPINGS.joinpath(f"{name}.json").read_bytes()).hexdigest()[:8]


def node_urls(url: str) -> list[str]:
    """The nodes of an archive URL: one URL, or several separated by commas (a cluster)."""
    nodes = [part.strip().rstrip("/") for part in url.split(",") if part.strip()]
    for node in nodes:
        if not node.startswith(("http://", "https://")):
            raise SearchError(
                f"not an Elasticsearch URL: {node!r} in {url!r}"
                " (list a cluster's nodes as http://host1:9200,http://host2:9200)"
            )
    if not nodes:
        raise SearchError(f"no Elasticsearch URL in {url!r}")
    return nodes


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _slices(actions: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The actions in requests of at most CHUNK, as many as a multiple of BULK_THREADS
    and of equal size: the threads end together, not one of them alone with the last,
    short request while the node has work for one write thread only. A few actions go
    in one request."""
    if len(actions) <= CHUNK // 4:
        return [actions]
    count = -(-len(actions) // CHUNK)
    count = -(-count // BULK_THREADS) * BULK_THREADS
    size = -(-len(actions) // count)
    return [actions[i : i + size] for i in range(0, len(actions), size)]


def document_source(doc: Document) -> dict[str, Any]:
    """What the documents index stores: the document plus fields derived for search."""
    source = doc.to_dict()
    source["content_hash"] = doc.content_hash
    source["place"] = doc.dateline.facet_place if doc.dateline else None
    source["year"] = str(doc.published.year) if doc.published else None
    source["facet_keys"], source["facet_values"] = keyed_fields(doc)
    source["quote_count"] = len(doc.quotes)
    source["text_key"] = text_key(doc)
    # Each text again, analysed by the document's language (hunspell); not in _source.
    source["stems"] = stemmed_fields(
        doc.language,
        {
            "headline": doc.headline or "",
            "subheadings": "\n".join(doc.subheadings),
            "body": doc.text,
            "captions": "\n".join(p.caption or "" for p in doc.photos),
        },
    )
    for quote in source["quotes"]:
        quote["stems"] = stemmed_fields(doc.language, {"text": quote["text"]})
    names = speaker_names(doc)
    source["speaker_names"] = names
    source["speaker_keys"] = [speaker_key(n) for n in names]
    confident = confident_speaker_names(doc)
    source["confident_speaker_names"] = confident
    source["confident_speaker_keys"] = [speaker_key(n) for n in confident]
    for quote in source["quotes"]:
        quote["speaker_keys"] = [speaker_key(n) for n in quote.get("speakers") or []]
    # Only name-like aliases ("Stepanov", not "the envoy" or "he") lead to a speaker.
    source["speaker_alias_pairs"] = sorted(
        {
            f"{speaker_key(a)}{ALIAS_SEP}{speaker_key(s.name)}"
            for s in doc.speakers
            for a in s.aliases
            if a[:1].isupper() and speaker_key(a) != speaker_key(s.name)
        }
    )
    sig = document_signature(doc)
    source["signature"] = sig
    source["bands"] = bands(sig) if sig else []
    if doc.original is not None:
        o = doc.original
        source["original"] = {
            "format": o.format,
            "filename": o.filename,
            "options": o.options,
            "data": base64.b64encode(zlib.compress(o.data, 6)).decode("ascii"),
        }
    return source


def quote_sources(doc: Document) -> list[tuple[str, dict[str, Any]]]:
    """(id, entry) for each quote: the quote plus its document's facet fields.

    A quoted title is not an entry: it is nobody's quote and not found by quote search.
    """
    published = doc.published.isoformat() if doc.published else None
    facet_keys, facet_values = keyed_fields(doc)
    shared = {
        "document_id": doc.id,
        "headline": doc.headline,
        "source": doc.source,
        "place": doc.dateline.facet_place if doc.dateline else None,
        "title": doc.title,
        "agency": sorted({p.agency for p in doc.photos if p.agency}),
        "photographer": sorted({p.photographer for p in doc.photos if p.photographer}),
        "language": doc.language,
        "published": published,
        "year": str(doc.published.year) if doc.published else None,
        "facet_keys": facet_keys,
        "facet_values": facet_values,
    }
    entries = []
    unstored = unstored_quotes(doc)  # titles; head repeats, counted by the body's quote
    for i, q in enumerate(doc.quotes):
        if i in unstored:
            continue
        names = quote_speakers(q)
        entry = {
            **shared,
            "index": i,
            "text": q.text,
            "text_key": quote_key(q.text),
            "speaker": names[0] if names else None,
            "speakers": names,
            "speaker_keys": [speaker_key(n) for n in names],
            "method": q.method,
            "confidence": q.confidence,
            "mention": q.mention,
            "cue": q.cue,
            "kind": q.kind,
            "paragraph": quote_position(q),
            "corrected": q.corrected,
            "stems": stemmed_fields(doc.language, {"text": q.text, "headline": doc.headline or ""}),
        }
        entries.append((quote_id(doc.id, i), entry))
    return entries


@dataclass(frozen=True)
class Serialised:
    """A document's source and quote entries as the JSON the bulk requests carry, made
    ahead of the write. The bulk helpers send bytes as they are: the importing process
    neither receives nested dicts from a worker nor serialises them again."""

    content_hash: str
    source: bytes
    quotes: list[tuple[str, bytes]]


def _json(value: dict[str, Any]) -> bytes:
    # What the client's own serializer makes of a source (compact, characters as written).
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def prepare_document(doc: Document) -> Prepared:
    """A document's source and quote entries, derived and serialised ahead of the write:
    what a parallel import computes in its worker processes (`ElasticBackend.preparer`)."""
    source = document_source(doc)
    quotes = [(qid, _json(entry)) for qid, entry in quote_sources(doc)]
    return Prepared(doc, doc.id, Serialised(source["content_hash"], _json(source), quotes))


def quote_id(doc_id: str, index: int) -> str:
    return f"{doc_id}:{index}"


class ElasticBackend(Backend):
    def __init__(
        self,
        url: str,
        *,
        index_prefix: str = "press",
        api_key: str | None = None,
        basic_auth: tuple[str, str] | None = None,
        ca_certs: str | None = None,
        request_timeout: float = 30,
        replicas: int | str | None = None,
    ):
        self.url = url
        self.prefix = index_prefix
        self.request_timeout = request_timeout
        if isinstance(replicas, str) and not replicas.isdigit():
            raise SearchError(f"replicas must be a whole number, not {replicas!r}")
        self.replicas = None if replicas is None else int(replicas)
        hosts = node_urls(url)
        self.nodes = len(hosts)
        credentials = {"api_key": api_key, "basic_auth": basic_auth, "ca_certs": ca_certs}
        self.client = Elasticsearch(
            hosts,
            **{k: v for k, v in credentials.items() if v is not None},  # type: ignore[arg-type]
            request_timeout=request_timeout,
            # A request that fails on one node (refused, reset, timed out) is sent again to
            # the next of the given nodes; no sniffing, so only the nodes named are used
            # (behind a proxy or in containers their published addresses may not answer).
            # Every write carries its id, so a bulk request sent twice changes nothing.
            # Overloaded or restarting nodes answer 429/502/503/504: retried with back-off
            # (bulk requests also retry 429 per document in `_bulk_slice`).
            retry_on_timeout=True,
            retry_on_status=(429, 502, 503, 504),
            max_retries=max(3, len(hosts)),
            sniff_on_start=False,
            sniff_on_node_failure=False,
        )
        # What a parallel import derived ahead, by document, until the round writing it
        # takes it (`write`).
        self._ahead: dict[int, Prepared] = {}
        self._mappings_checked = False
        # When read, the map, each merged person's variant keys (`people_of`) and the
        # labels of people written more than one way (`person_labels`).
        self._speaker_aliases: (
            tuple[float, dict[str, str], dict[str, list[str]], dict[str, str]] | None
        ) = None
        self.aliases = {
            "documents": f"{index_prefix}-documents",
            "quotes": f"{index_prefix}-quotes",
            # Correction records and the parsed form of corrected documents.
            "corrections": f"{index_prefix}-corrections",
        }
        try:
            # `GET /` is not served by every distribution; cluster health is.
            self.client.options(request_timeout=5).cluster.health()
            self.ensure_indexes()
        except (TransportError, ApiError) as exc:
            self.client.close()
            raise _unavailable(exc, url) from exc

    @property
    def archive_key(self) -> str:
        # The index behind the alias carries its creation time in its name: indexes
        # created again (a new node at the same URL) are another archive to a journal.
        return f"{self.url}#{self.prefix}#{self.current_indexes()['documents']}"

    # -- index lifecycle -----------------------------------------------------

    def ensure_indexes(self) -> None:
        """Create the versioned indexes and their aliases when the archive is new."""
        missing = [
            k for k, a in self.aliases.items() if not self.client.indices.exists_alias(name=a)
        ]
        if not missing:
            return
        names = self._create_indexes(missing)
        self.client.indices.update_aliases(
            actions=[{"add": {"index": names[k], "alias": self.aliases[k]}} for k in missing]
        )

    def _create_indexes(self, kinds: Iterable[str]) -> dict[str, str]:
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")
        names = {}
        for kind in kinds:
            name = f"{self.prefix}-{kind}-{mapping_version(kind)}-{stamp}"
            body = load_mapping(kind)
            settings = body.setdefault("settings", {}).setdefault("index", {})
            settings["number_of_replicas"] = self._replica_count()
            self.client.indices.create(index=name, **body)
            names[kind] = name
        return names

    def _replica_count(self) -> int:
        """Replicas for new indexes: as configured, else one when a second node can hold it."""
        if self.replicas is not None:
            return self.replicas
        data_nodes = self.client.cluster.health()["number_of_data_nodes"]
        return 1 if data_nodes > 1 else 0

    def current_indexes(self) -> dict[str, str]:
        out = {}
        for kind, alias in self.aliases.items():
            out[kind] = next(iter(self.client.indices.get_alias(name=alias)))
        return out

    @translate_errors
    def reindex(self) -> dict[str, object]:
        """Copy every document into new indexes with the current mappings; swap the aliases."""
        old = self.current_indexes()
        new = self._create_indexes(self.aliases)
        # Corrections first: each document is written as parsed, with them applied.
        corrections = self._copy_corrections(old["corrections"], new["corrections"])
        counts = {"created": 0, "failed": 0}
        failures = []
        stored = self._stored_documents(old["documents"], old["corrections"])
        for result in self._write(stored, new, check_existing=False):
            counts["created" if result.status != "failed" else "failed"] += 1
            if result.status == "failed":
                failures.append(result)
        if failures:
            self.client.indices.delete(index=",".join(new.values()))
            raise SearchError(
                f"reindex failed for {len(failures)} documents, e.g. "
                f"{failures[0].id}: {failures[0].error}; the archive is unchanged"
            )
        actions = []
        for kind, alias in self.aliases.items():
            actions.append({"remove": {"index": old[kind], "alias": alias}})
            actions.append({"add": {"index": new[kind], "alias": alias}})
        self.client.indices.update_aliases(actions=actions)
        self.client.indices.delete(index=",".join(old.values()))
        return {
            "documents": counts["created"],
            "old": old,
            "new": new,
            "corrections": corrections,
        }

    def drop(self) -> None:
        """Delete the archive's indexes (tests and `press` tooling)."""
        for alias in self.aliases.values():
            try:
                for index in self.client.indices.get_alias(name=alias):
                    self.client.indices.delete(index=index)
            except NotFoundError:
                pass

    def close(self) -> None:
        self.client.close()

    # -- writing -------------------------------------------------------------

    def write(self, documents: Iterable[Document | Prepared]) -> Iterator[WriteResult]:
        self._check_mappings()
        self._ahead = {}

        def docs() -> Iterator[Document]:
            for item in documents:
                if isinstance(item, Prepared):
                    self._ahead[id(item.document)] = item
                    item = item.document
                yield item

        try:
            yield from self._write(docs(), self.aliases, check_existing=True)
        finally:
            self._ahead = {}

    def preparer(self) -> Callable[[Document], Prepared]:
        return prepare_document

    def _derived(
        self, doc: Document
    ) -> tuple[str, dict[str, Any] | bytes, list[tuple[str, dict[str, Any] | bytes]] | None]:
        """The document's content hash, its source, and its quote entries when they were
        derived ahead (then serialised already)."""
        ahead = self._ahead.pop(id(doc), None)
        # Derived again when corrected (another object) or given another id since.
        if ahead is not None and ahead.document is doc and ahead.id == doc.id:
            rows = cast(Serialised, ahead.rows)
            return rows.content_hash, rows.source, list(rows.quotes)
        source = document_source(doc)
        return source["content_hash"], source, None

    def _check_mappings(self) -> None:
        """Refuse to write into indexes of an older mapping (every document would fail)."""
        if self._mappings_checked:
            return
        try:
            current = self.current_indexes()
        except (TransportError, ApiError):
            return  # each document's write reports the server's answer
        for kind, index in current.items():
            version = index[len(f"{self.prefix}-{kind}-") :].split("-")[0]
            if version != mapping_version(kind):
                raise SearchError(
                    f"the archive at {self.url} (index {index}) was built with the mappings"
                    " of an older version of Press Archive: run"
                    f" `press reindex --archive {self.url}` to rebuild it with this version's,"
                    " then `press reparse` to read the originals with the current parsers"
                )
        self._mappings_checked = True

    def _write(
        self, documents: Iterable[Document], targets: dict[str, str], *, check_existing: bool
    ) -> Iterator[WriteResult]:
        # One round is written while the caller reads and parses the next, so the server
        # is not idle while documents are prepared. Rounds are written in order, one at
        # a time, so each round's check sees everything before it.
        bulk = {k: targets[k] for k in ("documents", "quotes")}
        paused = False
        try:
            with ThreadPoolExecutor(1, thread_name_prefix="press-bulk") as writer:
                pending: deque[Future[list[WriteResult]]] = deque()
                for chunk in _chunks(documents, DOCUMENTS_PER_ROUND):
                    if pending and not paused:
                        # A bulk load, not a few documents: the indexes are not
                        # refreshed while it runs (the checks read by id, which needs
                        # no refresh); refreshed once at the end.
                        paused = True
                        self._refresh_every(bulk, pause=True)
                    pending.append(writer.submit(self._write_round, chunk, targets, check_existing))
                    while len(pending) > ROUNDS_AHEAD:
                        yield from pending.popleft().result()
                while pending:
                    yield from pending.popleft().result()
        finally:
            if paused:
                self._refresh_every(bulk, pause=False)
        try:
            self.client.indices.refresh(index=",".join(targets.values()))
        except (TransportError, ApiError):
            pass  # the failures were already reported per document

    def _refresh_every(self, indexes: dict[str, str], *, pause: bool) -> None:
        """Pause the periodic refresh of the indexes (kind → name or alias) for a bulk
        load, or restore each to its mapping's interval, whatever it was before: of two
        imports at once, the one that ends first must not leave the other's pause
        behind. Replicas stay as they are: on a cluster, a node lost during the import
        would take the only copy of its shards with it. A client not allowed to change
        settings writes all the same; each index is restored on its own (a second try
        after a refusal), so one that fails does not keep the other paused."""
        for kind, index in indexes.items():
            interval = load_mapping(kind).get("settings", {}).get("index", {})
            value = "-1" if pause else interval.get("refresh_interval")
            failure: Exception | None = None
            for _ in range(1 if pause else 2):
                try:
                    self.client.indices.put_settings(
                        index=index, settings={"index": {"refresh_interval": value}}
                    )
                    break
                except (TransportError, ApiError) as exc:
                    failure = exc
            else:
                if not pause:
                    # The documents are written; only their visibility to searches lags.
                    # Not an error of the import, but an operator must hear of it.
                    _log.warning(
                        "the refresh of %s could not be restored after a bulk load (%s):"
                        " searches see new documents only after `PUT %s/_settings"
                        ' {"index": {"refresh_interval": %s}}`',
                        index,
                        # Both kinds carry a message; str() of an ApiError needs a response.
                        getattr(failure, "message", None) or type(failure).__name__,
                        index,
                        json.dumps(value),
                    )

    def _write_round(
        self, chunk: list[Document], targets: dict[str, str], check_existing: bool
    ) -> list[WriteResult]:
        try:
            return list(self._write_chunk(chunk, targets, check_existing))
        finally:
            for doc in chunk:  # a round that failed before taking them
                self._ahead.pop(id(doc), None)

    def _existing(self, ids: list[str], index: str) -> dict[str, dict[str, Any]]:
        resp = self.client.mget(
            index=index, ids=ids, source_includes=["content_hash", "quote_count"]
        )
        return {d["_id"]: d["_source"] for d in resp["docs"] if d.get("found")}

    def _write_chunk(
        self, chunk: list[Document], targets: dict[str, str], check_existing: bool
    ) -> Iterator[WriteResult]:
        results: dict[int, WriteResult] = {}
        try:
            chunk = self._corrected_chunk(chunk, targets["corrections"])
        except (TransportError, ApiError, SearchError) as exc:
            reason = (
                str(_unavailable(exc, self.url)) if not isinstance(exc, SearchError) else str(exc)
            )
            for doc in chunk:
                yield WriteResult(doc.id, "failed", reason)
            return
        try:
            existing = (
                self._existing([d.id for d in chunk], targets["documents"])
                if check_existing
                else {}
            )
        except (TransportError, ApiError) as exc:
            for doc in chunk:
                yield WriteResult(doc.id, "failed", str(_unavailable(exc, self.url)))
            return
        sources: dict[int, dict[str, Any] | bytes] = {}
        quote_actions: list[dict[str, Any]] = []
        owner: dict[str, int] = {}
        # The same document twice in one round (a file imported twice): only the last
        # copy is written, since parallel requests need not apply in order; the earlier
        # ones are accounted for as the embedded archive would.
        last = {doc.id: n for n, doc in enumerate(chunk)}
        stored = dict(existing)  # what the archive holds after each copy, in order
        present = {doc.id for doc in chunk if doc.id in existing}
        for n, doc in enumerate(chunk):
            try:
                content_hash, source, entries = self._derived(doc)
            except (TypeError, ValueError) as exc:
                results[n] = WriteResult(doc.id, "failed", f"{type(exc).__name__}: {exc}")
                continue
            before = stored.get(doc.id)
            stored[doc.id] = {"content_hash": content_hash, "quote_count": len(doc.quotes)}
            if before and before.get("content_hash") == content_hash:
                results[n] = WriteResult(doc.id, "unchanged")
            elif last[doc.id] != n:
                results[n] = WriteResult(doc.id, "updated" if doc.id in present else "created")
                present.add(doc.id)
            if last[doc.id] != n:
                continue
            old = existing.get(doc.id)
            if old and old.get("content_hash") == content_hash:
                results.setdefault(n, WriteResult(doc.id, "unchanged"))
                continue
            sources[n] = source
            for qid, entry in quote_sources(doc) if entries is None else entries:
                owner[qid] = n
                quote_actions.append({"_index": targets["quotes"], "_id": qid, "_source": entry})
            # Entries past the last quote, and of quotes that are now titles or head
            # quotations repeating the body's, go.
            unstored = sorted(unstored_quotes(doc)) if old else []
            gone = range(len(doc.quotes), int((old or {}).get("quote_count") or 0))
            for stale in [*unstored, *gone]:
                qid = quote_id(doc.id, stale)
                owner[qid] = n
                quote_actions.append(
                    {"_op_type": "delete", "_index": targets["quotes"], "_id": qid}
                )
        # Quotes first: a document is only stored once all its quotes are, so a retry
        # after a failure never finds a document whose quotes are missing.
        for qid, error in self._bulk(quote_actions):
            n = owner[qid]
            if n in sources:
                del sources[n]
                results[n] = WriteResult(chunk[n].id, "failed", f"quote {qid}: {error}")
        self._keep_originals(chunk, sources, existing, targets["documents"])
        doc_actions = [
            {"_index": targets["documents"], "_id": chunk[n].id, "_source": s}
            for n, s in sources.items()
        ]
        failed = dict(self._bulk(doc_actions))
        for n in sources:
            doc = chunk[n]
            if doc.id in failed:
                results[n] = WriteResult(doc.id, "failed", failed[doc.id])
            elif n not in results:
                results[n] = WriteResult(doc.id, "updated" if doc.id in present else "created")
        for n in range(len(chunk)):
            yield results[n]

    def _keep_originals(
        self,
        chunk: list[Document],
        sources: dict[int, dict[str, Any] | bytes],
        existing: dict[str, dict[str, Any]],
        index: str,
    ) -> None:
        """A re-import without the original bytes (an export) keeps the stored ones."""
        # A source has an original exactly when its document has (`document_source`).
        ids = [
            chunk[n].id for n in sources if chunk[n].original is None and chunk[n].id in existing
        ]
        if not ids:
            return
        resp = self.client.mget(index=index, ids=ids, source_includes=["original"])
        kept = {
            d["_id"]: d["_source"]["original"]
            for d in resp["docs"]
            if d.get("found") and d["_source"].get("original")
        }
        for n, source in sources.items():
            if chunk[n].id in kept:
                source = json.loads(source) if isinstance(source, bytes) else source
                source["original"] = kept[chunk[n].id]
                sources[n] = source

    def _bulk(self, actions: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
        """(id, reason) for every action that failed.

        Slices of the actions go in parallel requests (the server indexes on several
        threads), each retrying 429s with back-off.
        """
        if not actions:
            return
        slices = _slices(actions)
        if len(slices) == 1:
            yield from self._bulk_slice(slices[0])
            return
        with ThreadPoolExecutor(BULK_THREADS) as pool:
            for failures in pool.map(lambda part: list(self._bulk_slice(part)), slices):
                yield from failures

    def _bulk_slice(self, actions: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
        answered = 0
        try:
            for ok, item in helpers.streaming_bulk(
                self.client.options(request_timeout=max(self.request_timeout, BULK_TIMEOUT)),
                actions,
                chunk_size=CHUNK,
                max_retries=5,
                initial_backoff=1,
                raise_on_error=False,
                raise_on_exception=False,
            ):
                answered += 1
                if not ok and (failure := self._failure(item)) is not None:
                    yield failure
        except TransportError as exc:
            # The server went away (connection refused, timeouts past the retries): every
            # action without an answer failed, each reported with the reason.
            reason = str(_unavailable(exc, self.url))
            for action in actions[answered:]:
                yield action["_id"], reason

    def _failure(self, item: dict[str, Any]) -> tuple[str, str] | None:
        op, info = next(iter(item.items()))
        if op == "delete" and info.get("status") == 404:
            return None  # already gone
        error = info.get("error")
        if isinstance(info.get("exception"), TransportError | ApiError):
            error = str(_unavailable(info["exception"], self.url))
        elif isinstance(error, dict):
            error = f"{error.get('type')}: {error.get('reason')}"
        return info.get("_id", "?"), str(error)

    @translate_errors
    def delete(self, doc_id: str) -> bool:
        try:
            old = self.client.get(
                index=self.aliases["documents"], id=doc_id, source_includes=["quote_count"]
            )
        except NotFoundError:
            return False
        count = int(old["_source"].get("quote_count") or 0)
        actions = [
            {"_op_type": "delete", "_index": self.aliases["quotes"], "_id": quote_id(doc_id, i)}
            for i in range(count)
        ]
        actions.append({"_op_type": "delete", "_index": self.aliases["documents"], "_id": doc_id})
        # Its corrections stay on record, reported as orphaned.
        actions.append(
            {"_op_type": "delete", "_index": self.aliases["corrections"], "_id": _parsed_id(doc_id)}
        )
        errors = list(self._bulk(actions))
        if errors:
            raise SearchError(f"could not delete {doc_id}: {errors[0][1]}")
        self.client.indices.refresh(index=",".join(self.aliases.values()))
        self._orphan_all([doc_id])
        return True

    # -- reading -------------------------------------------------------------

    @translate_errors
    def get(self, doc_id: str) -> Document | None:
        try:
            resp = self.client.get(
                index=self.aliases["documents"], id=doc_id, source_excludes=HIDDEN
            )
        except NotFoundError:
            return None
        return _document(resp["_source"])

    @translate_errors
    def get_many(self, doc_ids: list[str]) -> list[Document]:
        if not doc_ids:
            return []
        resp = self.client.mget(
            index=self.aliases["documents"], ids=doc_ids, source_excludes=HIDDEN
        )
        return [_document(d["_source"]) for d in resp["docs"] if d.get("found")]

    @translate_errors
    def iter_documents(self) -> Iterator[Document]:
        for hit in helpers.scan(
            self.client,
            index=self.aliases["documents"],
            query={"query": {"match_all": {}}},
            size=SCAN_PAGE,
            _source_excludes=HIDDEN,
        ):
            yield _document(hit["_source"])

    @translate_errors
    def speaker_keys(self, name: str) -> list[str]:
        """The keys a name or alias stands for: its own and those of the speakers it aliases."""
        key = speaker_key(name)
        prefix = f"{key}{ALIAS_SEP}"
        resp = self.client.search(
            index=self.aliases["documents"],
            size=0,
            query={"prefix": {"speaker_alias_pairs": prefix}},
            aggs={
                "pairs": {
                    "terms": {
                        "field": "speaker_alias_pairs",
                        "size": 100,
                        "include": _prefix_pattern(prefix),
                    }
                }
            },
        )
        pairs = [b["key"] for b in resp["aggregations"]["pairs"]["buckets"]]
        keys = [key, *sorted(p[len(prefix) :] for p in pairs)]
        # With the keys of every spelling of the same person (`speaker_aliases`).
        canon, people = self._speaker_people()
        return list(dict.fromkeys(k for one in keys for k in [one, *variants(canon, one, people)]))

    @translate_errors
    def speaker_aliases(self) -> dict[str, str]:
        """The archive's map from a variant's speaker key to its person's, kept as one
        record of the corrections index (read again after ALIASES_KEPT seconds: a search
        asks for it once for each speaker value it shows)."""
        return self._speaker_people()[0]

    def _speaker_people(self) -> tuple[dict[str, str], dict[str, list[str]]]:
        """The map and each merged person's variant keys, read once for ALIASES_KEPT
        seconds (not sorted again for each key a search asks about)."""
        aliases, people, _ = self._speaker_canon()
        return aliases, people

    @translate_errors
    def speaker_labels(self) -> dict[str, str]:
        """Each person's key → the spelling the person is shown by, for people the
        archive writes more than one way (`person_labels`), as last stored."""
        return self._speaker_canon()[2]

    def _speaker_canon(self) -> tuple[dict[str, str], dict[str, list[str]], dict[str, str]]:
        kept = self._speaker_aliases
        if kept is not None and time.monotonic() - kept[0] < ALIASES_KEPT:
            return kept[1], kept[2], kept[3]
        aliases, labels, _version = self._stored_speaker_map()
        people = people_of(aliases)
        self._speaker_aliases = (time.monotonic(), aliases, people, labels)
        return aliases, people, labels

    @translate_errors
    def update_speaker_aliases(self) -> dict[str, int]:
        # Stored only over the record read before the names were: when another writer
        # stored a map in between, it is computed again, so an older map never replaces
        # a newer one.
        for _ in range(5):
            try:
                return self._update_speaker_aliases()
            except ConflictError:
                continue
        return self._update_speaker_aliases()

    def _stored_speaker_map(self) -> tuple[dict[str, str], dict[str, str], dict[str, Any]]:
        """The stored map and labels, with what a write over exactly that record needs."""
        try:
            found = self.client.get(index=self.aliases["corrections"], id=SPEAKER_ALIASES_ID)
        except NotFoundError:
            return {}, {}, {"op_type": "create"}
        record = found["_source"]["document"]
        return (
            {a: k for a, k in record["pairs"]},
            {p: label for p, label in record.get("labels", [])},
            {"if_seq_no": found["_seq_no"], "if_primary_term": found["_primary_term"]},
        )

    def _update_speaker_aliases(self) -> dict[str, int]:
        stored_aliases, stored_labels, version = self._stored_speaker_map()
        stored = (stored_aliases, stored_labels)
        self.client.indices.refresh(index=self.aliases["documents"])
        names: dict[str, int] = {}
        after: dict[str, Any] | None = None
        while True:
            composite: dict[str, Any] = {
                "size": 5000,
                "sources": [{"name": {"terms": {"field": "speaker_names"}}}],
            }
            if after:
                composite["after"] = after
            resp = self.client.search(
                index=self.aliases["documents"], size=0, aggs={"names": {"composite": composite}}
            )
            agg = resp["aggregations"]["names"]
            names.update((b["key"]["name"], b["doc_count"]) for b in agg["buckets"])
            after = agg.get("after_key")
            if not agg["buckets"] or not after:
                break

        def texts(key: str) -> Iterator[str]:
            """The bodies of the documents the key is a speaker of, in id order."""
            resp = self.client.search(
                index=self.aliases["documents"],
                query={"term": {"speaker_keys": key}},
                size=SCAN_LIMIT,
                sort=[{"id": "asc"}],
                source_includes=["id"],
            )
            ids = [h["_source"]["id"] for h in resp["hits"]["hits"]]
            for start in range(0, len(ids), 20):
                # The bodies only (`Document.text`), not whole documents to decode.
                found = self.client.mget(
                    index=self.aliases["documents"],
                    ids=ids[start : start + 20],
                    source_includes=["body"],
                )
                for d in found["docs"]:
                    if d.get("found"):
                        yield "\n\n".join(d["_source"].get("body") or [])

        aliases = alias_map(names, texts, self._speaker_context())
        labels = person_labels(names, aliases)
        self._speaker_aliases = None
        if (aliases, labels) != stored:
            self._store_speaker_map(aliases, labels, version)
        return {"names": len(names), "merged": len(aliases)}

    def _store_speaker_map(
        self, aliases: dict[str, str], labels: dict[str, str], version: dict[str, Any]
    ) -> None:
        """Store the map and labels as the one record `_stored_speaker_map` reads (over
        exactly the record `version` names), and keep them for the searches that follow."""
        self.client.index(
            index=self.aliases["corrections"],
            id=SPEAKER_ALIASES_ID,
            document={
                "record": "speaker_aliases",
                "id": SPEAKER_ALIASES_ID,
                "document": {"pairs": sorted(aliases.items()), "labels": sorted(labels.items())},
            },
            refresh=True,
            **version,
        )
        self._speaker_aliases = (time.monotonic(), aliases, people_of(aliases), labels)

    def _speaker_context(self) -> Context:
        """A reader, for `alias_map`, of each document a speaker key is a speaker of: its
        date and the role it gives the speaker (as the embedded archive's)."""

        def context(key: str) -> Iterator[tuple[str | None, str | None]]:
            resp = self.client.search(
                index=self.aliases["documents"],
                query={"term": {"speaker_keys": key}},
                size=SCAN_LIMIT,
                source_includes=["published", "speakers.name", "speakers.role"],
            )
            for hit in resp["hits"]["hits"]:
                source = hit["_source"]
                roles = [
                    s.get("role")
                    for s in source.get("speakers") or []
                    if speaker_key(s.get("name") or "") == key
                ]
                for role in roles or [None]:
                    yield source.get("published"), role

        return context

    @translate_errors
    def similar(self, doc_id: str, limit: int = 20) -> list[Similar]:
        try:
            this = self.client.get(
                index=self.aliases["documents"],
                id=doc_id,
                source_includes=["text_key", "signature", "bands"],
            )["_source"]
        except NotFoundError:
            return []
        should = [{"terms": {"bands": this.get("bands") or []}}]
        if this.get("text_key"):
            should.append({"term": {"text_key": this["text_key"]}})
        resp = self.client.search(
            index=self.aliases["documents"],
            size=200,
            query={
                "bool": {
                    "should": should,
                    "minimum_should_match": 1,
                    "must_not": [{"ids": {"values": [doc_id]}}],
                }
            },
            source_includes=["id", "headline", "source", "published", "text_key", "signature"],
        )
        candidates = (
            (
                h["_source"]["id"],
                h["_source"].get("headline"),
                h["_source"].get("source"),
                h["_source"].get("published"),
                h["_source"].get("text_key"),
                h["_source"].get("signature"),
            )
            for h in resp["hits"]["hits"]
        )
        return similar_documents(this.get("text_key"), this.get("signature"), candidates, limit)

    @translate_errors
    def has_original(self, doc_id: str) -> bool:
        # `original` is stored, not indexed: ask for one small field of it.
        try:
            resp = self.client.get(
                index=self.aliases["documents"], id=doc_id, source_includes=["original.format"]
            )
        except NotFoundError:
            return False
        return bool(resp["_source"].get("original"))

    @translate_errors
    def original(self, doc_id: str) -> Original | None:
        try:
            resp = self.client.get(
                index=self.aliases["documents"], id=doc_id, source_includes=["original"]
            )
        except NotFoundError:
            return None
        o = resp["_source"].get("original")
        if not o:
            return None
        return Original(
            zlib.decompress(base64.b64decode(o["data"])),
            o["format"],
            o["filename"],
            o.get("options") or {},
        )

    @translate_errors
    def same_quotes(self, document_id: str, index: int, limit: int = 100) -> list[QuoteHit]:
        try:
            this = self.client.get(
                index=self.aliases["quotes"],
                id=quote_id(document_id, index),
                source_includes=["text_key"],
            )
        except NotFoundError:
            return []
        resp = self.client.search(
            index=self.aliases["quotes"],
            size=limit,
            query={"term": {"text_key": this["_source"]["text_key"]}},
            sort=[
                {"published": {"order": "asc", "missing": "_last"}},
                {"document_id": "asc"},
                {"index": "asc"},
            ],
        )
        return [cast(QuoteHit, _hit(h, "quotes")) for h in resp["hits"]["hits"]]

    def _held(self, spelling: str) -> bool:
        """Whether a document of the archive writes this speaker spelling."""
        resp = self.client.search(
            index=self.aliases["documents"],
            size=0,
            terminate_after=1,
            track_total_hits=1,
            query={"term": {"speaker_names": spelling}},
        )
        return bool(resp["hits"]["total"]["value"])

    @translate_errors
    def speaker(self, name: str) -> SpeakerSummary | None:
        key = self._one_speaker(name)
        if key is None:
            return None
        # Every spelling of the person the archive merges (`speaker_aliases`).
        canon, people = self._speaker_people()
        keys = variants(canon, key, people)
        resp = self.client.search(
            index=self.aliases["documents"],
            size=0,
            track_total_hits=True,
            query={"terms": {"speaker_keys": keys}},
            aggs={
                "names": {"terms": {"field": "speaker_names", "size": 200}},
                "s": {
                    "nested": {"path": "speakers"},
                    "aggs": {
                        "names": {
                            "terms": {"field": "speakers.name.raw", "size": 200},
                            "aggs": {
                                "roles": {"terms": {"field": "speakers.role.raw", "size": 20}},
                                "aliases": {"terms": {"field": "speakers.aliases.raw", "size": 50}},
                            },
                        }
                    },
                },
            },
        )
        aggs = resp["aggregations"]
        names = {
            b["key"]: b["doc_count"]
            for b in aggs["names"]["buckets"]
            if speaker_key(b["key"]) in keys
        }
        roles: dict[str, None] = {}
        aliases: dict[str, None] = {}
        for b in aggs["s"]["names"]["buckets"]:
            if speaker_key(b["key"]) in keys:
                roles.update(dict.fromkeys(r["key"] for r in b["roles"]["buckets"]))
                aliases.update(dict.fromkeys(a["key"] for a in b["aliases"]["buckets"]))
        quotes = self.client.count(
            index=self.aliases["quotes"], query={"terms": {"speaker_keys": keys}}
        )["count"]
        documents = resp["hits"]["total"]["value"]
        summary = summarise_speaker(names, documents, quotes, roles, aliases)
        return shown_by_label(summary, self.speaker_labels().get(keys[0]))

    def _one_speaker(self, name: str) -> str | None:
        """The person's key of the one speaker a name stands for: the name's own, else the
        one speaker it is an alias of. A surname shared by two speakers names neither, nor
        one written for one of two people of the archive who have it."""
        key = speaker_key(name)
        canon = self.speaker_aliases()
        found = self.client.count(
            index=self.aliases["documents"], query={"term": {"speaker_keys": key}}
        )["count"]
        if found:
            return canon.get(key, key)
        others = {canon.get(k, k) for k in self.speaker_keys(name)} - {canon.get(key, key)}
        return one_person(key, others, lambda: self._keys_ending(key), canon)

    def _keys_ending(self, surname: str) -> list[str]:
        """The speaker keys of the archive whose last word is `surname` (a key; at most
        100 of them, enough to tell one person from two)."""
        resp = self.client.search(
            index=self.aliases["documents"],
            size=0,
            aggs={
                "keys": {
                    "terms": {
                        "field": "speaker_keys",
                        "size": 100,
                        "include": ".* " + _prefix_pattern(surname)[: -len(".*")],
                    }
                }
            },
        )
        return [b["key"] for b in resp["aggregations"]["keys"]["buckets"]]

    @translate_errors
    def stats(self) -> dict[str, object]:
        resp = self.client.search(
            index=self.aliases["documents"],
            size=0,
            track_total_hits=True,
            aggs={
                "speakers": {"cardinality": {"field": "speaker_keys"}},
                "sources": {"cardinality": {"field": "facet_keys.source"}},
                "earliest": {"min": {"field": "published", "format": "yyyy-MM-dd"}},
                "latest": {"max": {"field": "published", "format": "yyyy-MM-dd"}},
            },
        )
        aggs = resp["aggregations"]
        return {
            "archive": self.url,
            "documents": resp["hits"]["total"]["value"],
            "quotes": self.client.count(index=self.aliases["quotes"])["count"],
            "speakers": aggs["speakers"]["value"],
            "persons": aggs["speakers"]["value"] - self._merged_speakers(),
            "sources": aggs["sources"]["value"],
            "earliest": aggs["earliest"].get("value_as_string"),
            "latest": aggs["latest"].get("value_as_string"),
        }

    def _merged_speakers(self) -> int:
        """How many speaker keys of the archive are another spelling of a person whose
        key it also holds (`speaker_aliases`): they count once in `persons`."""
        aliases = self.speaker_aliases()
        if not aliases:
            return 0
        wanted = sorted(set(aliases) | set(aliases.values()))
        resp = self.client.search(
            index=self.aliases["documents"],
            size=0,
            aggs={
                "keys": {"terms": {"field": "speaker_keys", "include": wanted, "size": len(wanted)}}
            },
        )
        present = {b["key"] for b in resp["aggregations"]["keys"]["buckets"]}
        people = {aliases.get(k, k) for k in present}
        return len(present) - len(people)

    # -- corrections (search/corrections.py) -----------------------------------

    def _corrected_chunk(self, chunk: list[Document], index: str) -> list[Document]:
        """The documents with the corrections recorded for them applied (one search per
        round). Each corrected document's parsed form is kept in the corrections index,
        so an undo starts from the parse and not from corrected values."""
        ids = list(dict.fromkeys(d.id for d in chunk))
        found: dict[str, list[Correction]] = {}
        for source in self._correction_sources(index, {"terms": {"document_id": ids}}):
            found.setdefault(source["document_id"], []).append(_correction(source))
        if not found:
            return chunk
        out: list[Document] = []
        actions: list[dict[str, Any]] = []
        for doc in chunk:
            records = found.get(doc.id)
            if not records:
                out.append(doc)
                continue
            applied = apply_corrections(doc, records)
            actions.append(
                {
                    "_index": index,
                    "_id": _parsed_id(doc.id),
                    "_source": {
                        "record": "parsed",
                        "document_id": doc.id,
                        "document": doc.to_dict(),
                    },
                }
            )
            was = {c.id: c.status for c in records}
            actions += [
                {"_op_type": "update", "_index": index, "_id": cid, "doc": {"status": status}}
                for cid, status in applied.statuses.items()
                if was[cid] != status
            ]
            out.append(applied.document)
        failures = list(self._bulk(actions))
        if failures:
            raise SearchError(
                f"could not keep the corrections of {failures[0][0]}: {failures[0][1]}"
            )
        return out

    def _correction_sources(
        self, index: str, query: dict[str, Any], sort: list[Any] | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every correction record matching the query (past one page when there are more)."""
        full = {"bool": {"filter": [{"term": {"record": "correction"}}, query]}}
        resp = self.client.search(
            index=index, query=full, size=SCAN_LIMIT, sort=sort or ["_doc"], track_total_hits=True
        )
        hits = resp["hits"]["hits"]
        if resp["hits"]["total"]["value"] <= len(hits):
            yield from (h["_source"] for h in hits)
            return
        records = [
            h["_source"]
            for h in helpers.scan(self.client, index=index, query={"query": full}, size=SCAN_PAGE)
        ]
        if sort:
            records.sort(key=lambda s: (s["created"], s["id"]), reverse=True)
        yield from records

    @translate_errors
    def _record(self, records: list[Correction]) -> list[Correction]:
        added = self._store_corrections(records)
        self._apply_stored(sorted({c.document_id for c in added}))
        return added

    @translate_errors
    def _store_corrections(self, records: list[Correction]) -> list[Correction]:
        index = self.aliases["corrections"]
        added = []
        for start in range(0, len(records), CHUNK):
            part = records[start : start + CHUNK]
            operations: list[dict[str, Any]] = []
            for c in part:
                operations.append({"create": {"_index": index, "_id": c.id}})
                operations.append(_correction_source(c))
            resp = self.client.bulk(operations=operations, refresh=True)
            for c, item in zip(part, resp["items"], strict=True):
                status = item["create"].get("status")
                if status in (200, 201):
                    added.append(c)
                elif status != 409:  # 409: already recorded
                    error = item["create"].get("error")
                    raise SearchError(f"could not record correction {c.id}: {error}")
        return added

    @translate_errors
    def _apply_stored(self, document_ids: list[str]) -> None:
        self._check_mappings()
        index = self.aliases["corrections"]
        for start in range(0, len(document_ids), CHUNK):
            ids = document_ids[start : start + CHUNK]
            parsed = self.client.mget(index=index, ids=[_parsed_id(i) for i in ids])["docs"]
            bases = {
                d["_source"]["document_id"]: Document.from_dict(d["_source"]["document"])
                for d in parsed
                if d.get("found")
            }
            rest = [i for i in ids if i not in bases]
            if rest:
                stored = self.client.mget(
                    index=self.aliases["documents"], ids=rest, source_excludes=HIDDEN
                )["docs"]
                bases.update({d["_id"]: _document(d["_source"]) for d in stored if d.get("found")})
            missing = [i for i in ids if i not in bases]
            if missing:
                self._orphan_all(missing)
            written = [bases[i] for i in ids if i in bases]
            for result in self._write(written, self.aliases, check_existing=True):
                if result.status == "failed":
                    raise SearchError(f"could not rewrite {result.id}: {result.error}")

    def _orphan_all(self, document_ids: list[str]) -> None:
        """Corrections of documents the archive does not hold are orphaned until they come."""
        index = self.aliases["corrections"]
        sources = self._correction_sources(index, {"terms": {"document_id": document_ids}})
        records = [_correction(s) for s in sources]
        statuses = statuses_without_document(records)
        actions = [
            {"_op_type": "update", "_index": index, "_id": c.id, "doc": {"status": statuses[c.id]}}
            for c in records
            if c.status != statuses[c.id]
        ]
        failures = list(self._bulk(actions))
        if failures:
            raise SearchError(f"could not update correction {failures[0][0]}: {failures[0][1]}")
        self.client.indices.refresh(index=index)

    @translate_errors
    def correction(self, correction_id: str) -> Correction | None:
        try:
            resp = self.client.get(index=self.aliases["corrections"], id=correction_id)
        except NotFoundError:
            return None
        source = resp["_source"]
        return _correction(source) if source.get("record") == "correction" else None

    @translate_errors
    def corrections(
        self,
        document_id: str | None = None,
        user: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Correction]:
        filters: list[dict[str, Any]] = [{"term": {"record": "correction"}}]
        if document_id is not None:
            filters.append({"term": {"document_id": document_id}})
        if user is not None:
            filters.append({"term": {"user": user}})
        span = {}
        if (start := as_utc(since)) is not None:
            span["gte"] = start.isoformat()
        if (end := as_utc(until, end=True)) is not None:
            span["lte"] = end.isoformat()
        if span:
            filters.append({"range": {"created": span}})
        offset, limit = max(0, int(offset)), max(0, int(limit))
        if offset + limit > SCAN_LIMIT:
            # Past one search's window (a whole export): every match, read with a scroll.
            order = [{"created": "desc"}, {"id": "desc"}]
            sources = self._correction_sources(
                self.aliases["corrections"], {"bool": {"filter": filters}}, sort=order
            )
            return [_correction(s) for s in itertools.islice(sources, offset, offset + limit)]
        resp = self.client.search(
            index=self.aliases["corrections"],
            query={"bool": {"filter": filters}},
            sort=[{"created": "desc"}, {"id": "desc"}],
            from_=offset,
            size=limit,
        )
        return [_correction(h["_source"]) for h in resp["hits"]["hits"]]

    @translate_errors
    def orphaned_corrections(self) -> list[Correction]:
        sources = self._correction_sources(
            self.aliases["corrections"],
            {"term": {"status": "orphaned"}},
            sort=[{"created": "desc"}, {"id": "desc"}],
        )
        return [_correction(s) for s in sources]

    def _stored_documents(self, documents_index: str, corrections_index: str) -> Iterator[Document]:
        """Every stored document with its original bytes (what a rebuild copies); a
        corrected one as parsed, since the rebuilt archive applies its corrections again."""
        page: list[dict[str, Any]] = []

        def flush() -> Iterator[Document]:
            ids = [_parsed_id(s["id"]) for s in page]
            parsed = self.client.mget(index=corrections_index, ids=ids)["docs"]
            for source, base in zip(page, parsed, strict=True):
                doc = (
                    Document.from_dict(base["_source"]["document"])
                    if base.get("found")
                    else _document(source)
                )
                doc.original = _original(source.get("original"))
                yield doc

        for hit in helpers.scan(
            self.client,
            index=documents_index,
            query={"query": {"match_all": {}}},
            size=SCAN_PAGE,
            _source_excludes=["signature", "bands"],
        ):
            page.append(hit["_source"])
            if len(page) >= SCAN_PAGE:
                yield from flush()
                page = []
        if page:
            yield from flush()

    def _copy_corrections(self, source: str, target: str) -> int:
        """The correction records of one corrections index, written into another."""
        actions = [
            {"_index": target, "_id": s["id"], "_source": s}
            for s in self._correction_sources(source, {"match_all": {}})
        ]
        failures = list(self._bulk(actions))
        if failures:
            raise SearchError(f"could not copy correction {failures[0][0]}: {failures[0][1]}")
        self.client.indices.refresh(index=target)
        return len(actions)

    # -- searching -----------------------------------------------------------

    def _compiler(self, request: SearchRequest) -> Compiler:
        cache: dict[str, list[str]] = {}

        def keys(name: str) -> list[str]:
            if name not in cache:
                cache[name] = self.speaker_keys(name)
            return cache[name]

        return Compiler(request.scope, keys, request.confident)

    @translate_errors
    def search(self, request: SearchRequest) -> SearchResult:
        started = time.monotonic()
        compiler = self._compiler(request)
        body = search_body(compiler, request)
        canon, people, labels = (
            self._speaker_canon() if "speaker" in request.facets else ({}, {}, {})
        )
        if canon:
            _count_people(body, people)
        # The body's timeout only bounds the query phase on the server; fetching and
        # highlighting do not heed it. The limit is kept here, where the answer waits.
        left = request.timeout_ms / 1000 - (time.monotonic() - started)
        try:
            # A node that refuses the connection (down) passes the search to the next
            # one; a slow answer is not sent again, it runs into the time limit.
            resp = self.client.options(
                request_timeout=max(left, 0.05),
                max_retries=self.nodes - 1,
                retry_on_timeout=False,
                retry_on_status=(),
            ).search(index=self.aliases[request.scope], **_kwargs(body))
        except ConnectionTimeout:
            return SearchResult(0, [], timed_out=True, took_ms=_took(started))
        # One scope, so one kind of hit.
        hits = cast(
            list[DocumentHit] | list[QuoteHit],
            [_hit(h, request.scope) for h in resp["hits"]["hits"]],
        )
        aggs = resp.get("aggregations", {})
        compiler_keys = compiler.speaker_keys

        def keys(name: str) -> Callable[[str], list[str]]:
            return lambda v: compiler_keys(v) if name == "speaker" else [facet_key(v)]

        facets = {
            name: _facet(
                name, aggs.get(f"facet_{name}", {}), request, keys(name), canon, labels, self._held
            )
            for name in request.facets
        }
        histogram = [
            (b["key_as_string"], b["doc_count"])
            for b in aggs.get("histogram", {}).get("months", {}).get("buckets", [])
        ]
        return SearchResult(
            total=resp["hits"]["total"]["value"],
            hits=hits,
            facets=facets,
            histogram=histogram,
            timed_out=bool(resp.get("timed_out")),
            took_ms=_took(started),
        )

    @translate_errors
    def scan(self, request: SearchRequest) -> Iterator[DocumentHit] | Iterator[QuoteHit]:
        """Every hit through a point in time and search_after: no 10,000 cap."""
        body = search_body(self._compiler(request), request)
        for key in ("aggs", "from", "timeout", "track_total_hits"):
            body.pop(key, None)
        body["size"] = SCAN_PAGE
        pit = self.client.open_point_in_time(
            index=self.aliases[request.scope], keep_alive=PIT_KEEP_ALIVE
        )["id"]
        try:
            after = None
            while True:
                page = {**body, "pit": {"id": pit, "keep_alive": PIT_KEEP_ALIVE}}
                if after is not None:
                    page["search_after"] = after
                resp = self.client.search(**_kwargs(page))
                pit = resp.get("pit_id", pit)
                hits = resp["hits"]["hits"]
                if not hits:
                    return
                for h in hits:
                    yield _hit(h, request.scope)
                after = hits[-1]["sort"]
        finally:
            try:
                self.client.close_point_in_time(id=pit)
            except (TransportError, ApiError):
                pass


def _parsed_id(doc_id: str) -> str:
    """The id of a corrected document's parsed form in the corrections index."""
    return f"parsed:{doc_id}"


def _correction_source(c: Correction) -> dict[str, Any]:
    return {
        "record": "correction",
        "id": c.id,
        "document_id": c.document_id,
        "user": c.user,
        "created": c.created.astimezone(UTC).isoformat(),
        "status": c.status,
        "undoes": c.undoes,
        "correction": c.to_dict(),
    }


def _correction(source: dict[str, Any]) -> Correction:
    record = Correction.from_dict(source["correction"])
    record.status = source.get("status") or record.status
    return record


def _original(stored: dict[str, Any] | None) -> Original | None:
    if not stored:
        return None
    return Original(
        zlib.decompress(base64.b64decode(stored["data"])),
        stored["format"],
        stored["filename"],
        stored.get("options") or {},
    )


def _prefix_pattern(prefix: str) -> str:
    """A terms-aggregation `include` regex matching values that start with `prefix`."""
    special = set('.?+*|{}[]()"\\#@&<>~')
    return "".join("\\" + c if c in special else c for c in prefix) + ".*"


def _person(key: str, aliases: dict[str, str] | None) -> str:
    return aliases.get(key, key) if aliases else key


def _took(started: float) -> float:
    return round((time.monotonic() - started) * 1000, 1)


def _kwargs(body: dict[str, Any]) -> dict[str, Any]:
    """A request body as client keyword arguments (`from` and `_source` are renamed)."""
    renames = {"from": "from_", "_source": "source"}
    return {renames.get(k, k): v for k, v in body.items()}


def _document(source: dict[str, Any]) -> Document:
    data = {k: v for k, v in source.items() if k not in DERIVED}
    data["quotes"] = [
        {k: v for k, v in q.items() if k != "speaker_keys"} for q in data.get("quotes") or []
    ]
    return Document.from_dict(data)


def _highlighted(hit: dict[str, Any], *fields: str) -> str | None:
    for field in fields:
        fragments = hit.get("highlight", {}).get(field)
        if fragments:
            return " … ".join(fragments)
    return None


def _hit(hit: dict[str, Any], scope: str) -> DocumentHit | QuoteHit:
    src = hit["_source"]
    score = hit.get("_score")
    if scope == "quotes":
        part, paragraph = position_part(src.get("paragraph") or 0)
        text = _highlighted(hit, "text", "text.exact") or html.escape(
            src.get("text") or "", quote=False
        )
        return QuoteHit(
            document_id=src["document_id"],
            index=src["index"],
            text=text,
            speaker=src.get("speaker"),
            kind=src.get("kind"),
            headline=src.get("headline"),
            source=src.get("source"),
            published=parse_iso_date(src.get("published")),
            part=part,
            paragraph=paragraph,
            score=score,
            speakers=src.get("speakers") or ([src["speaker"]] if src.get("speaker") else []),
            method=src.get("method"),
            confidence=src.get("confidence"),
            title=src.get("title"),
            corrected=src.get("corrected") or [],
        )
    snippet = (
        _highlighted(hit, "body", "body.exact")
        or _highlighted(hit, "headline", "headline.exact")
        or ""
    )
    return DocumentHit(
        id=src["id"],
        headline=src.get("headline"),
        source=src.get("source"),
        place=src.get("place") or (src.get("dateline") or {}).get("place"),
        published=parse_iso_date(src.get("published")),
        snippet=snippet,
        score=score,
        title=src.get("title"),
    )


def _count_people(body: dict[str, Any], people: Mapping[str, list[str]]) -> None:
    """The speaker facet of a search body counted by person, not by spelling.

    A person with several spellings (`speaker_aliases`) is counted by a filter matching
    any of their keys, so a document with two of them counts once; the keys counted one
    by one leave the merged keys out, so that the `size` of them are the same as the
    embedded archive's (asking for as many more keys instead, each with its spellings,
    cost more: `scripts/bench_speaker_map.py`).
    """
    facet = body.get("aggs", {}).get("facet_speaker")
    if not facet:
        return
    values = facet["aggs"]["values"]
    field = values["terms"]["field"]
    values["terms"]["exclude"] = sorted({k for p, keys in people.items() for k in (p, *keys)})
    facet["aggs"]["people"] = {
        "filters": {
            "filters": {
                p: {"terms": {field: sorted([p, *keys])}} for p, keys in sorted(people.items())
            }
        },
        "aggs": values["aggs"],
    }


def _facet(
    name: str,
    agg: dict[str, Any],
    request: SearchRequest,
    keys: Callable[[str], list[str]],
    aliases: dict[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
    held: Callable[[str], bool] | None = None,
) -> Facet:
    values_agg = agg.get("values", {})
    counts = [(b, b["doc_count"]) for b in values_agg.get("buckets", [])]
    if "people" in agg and aliases:
        # Spellings of one person counted together (`_count_people`).
        # The merged keys are left out of `values` (its `exclude`), so no bucket repeats one.
        people = agg["people"]["buckets"]
        counts += [({**b, "key": p}, b["doc_count"]) for p, b in people.items() if b["doc_count"]]
        counts.sort(key=lambda bn: (-bn[1], bn[0]["key"]))
        counts = counts[: request.facet_size]
    counted = []
    for bucket, count in counts:
        label = labels.get(bucket["key"]) if labels and "spellings" in bucket else None
        if label is not None and (
            any(b["key"] == label for b in bucket["spellings"]["buckets"])
            or (held is not None and held(label))
        ):
            # A person the archive writes more than one way: by its label, whichever of
            # the spellings the documents found write (`person_labels`), as long as some
            # document of the archive still writes it (not after deletions, until the map
            # is computed again), as `shown_by_label` checks on the speaker page.
            counted.append((label, count))
            continue
        if "spellings" in bucket:
            # A speaker key: shown by its most used spelling (co-speakers' names left out).
            spellings = {
                b["key"]: b["doc_count"]
                for b in bucket["spellings"]["buckets"]
                if _person(speaker_key(b["key"]), aliases) == bucket["key"]
            }
            counted.append((display_name(spellings) if spellings else bucket["key"], count))
            continue
        written = [
            b["key"]
            for b in bucket.get("written", {}).get("buckets", [])
            if facet_key(b["key"]) == bucket["key"]
        ]
        counted.append((written[0] if written else str(bucket["key"]), count))
    chosen = request.filters.get(name, [])
    return Facet(name, facet_values(name, counted, chosen, keys))
