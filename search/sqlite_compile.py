"""Compile the query tree to SQLite: FTS5 MATCH expressions inside plain SQL predicates.

Each leaf becomes a predicate on the row being searched (a document `d` or a quote `q`);
text leaves are FTS5 sub-selects, so boolean structure, NOT included, is plain SQL and
no user input ever reaches FTS5 except as double-quoted words.

Every text is indexed twice (see `search/stemming.py`): as written in `documents_fts` /
`quotes_fts`, and as tagged stems in `documents_stem` / `quotes_stem`. A plain word
searches the stems, so it finds every form of itself; a quoted word or phrase and a
prefix search the text as written, so `"housing"` never finds `House`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from .facets import facet_key
from .query import And, DateRange, Field, MatchAll, Node, Not, Or, Text, positive_texts
from .stemming import marking_prefix, query_stems

# documents_fts columns, in order; bm25 weights follow the same order.
DOC_COLUMNS = ("headline", "subheadings", "body", "quotes", "captions")
DOC_WEIGHTS = (4.0, 2.0, 1.0, 1.0, 0.5)
TEXT_FIELD_COLUMN = {"headline": "headline", "body": "body", "quote": "quotes"}


@dataclass
class Sql:
    where: str
    params: list[object]
    # The WHERE keeps only rows of lists of row ids (a full-text match, a speaker's
    # quotes): the row table is best read by row id, not scanned or read by date.
    by_rowid: bool = False
    # A full-text match (table, expression) that every row is in, and what else a row
    # must satisfy: the rows are best read by joining the match's row ids, in order,
    # rather than listing them first.
    match: tuple[str, str] | None = None
    rest: Sql | None = None


def fts_term(node: Text) -> str:
    """One Text leaf as an FTS5 expression; the words are \\w+ runs, so quoting is safe."""
    expr = f'"{node.value}"'
    if node.prefix:
        expr += "*"
    if node.field and node.field in TEXT_FIELD_COLUMN:
        expr = "{" + TEXT_FIELD_COLUMN[node.field] + "} : " + expr
    return expr


def is_exact(node: Text) -> bool:
    """Quoted words, phrases and prefixes match the text as written, not its stems."""
    return node.phrase or node.prefix


def stem_term(node: Text) -> str:
    """A plain word as an FTS5 expression over the stem tables: any of its tagged stems."""
    expr = "(" + " OR ".join(f'"{s}"' for s in query_stems(node.value)) + ")"
    if node.field and node.field in TEXT_FIELD_COLUMN:
        expr = "{" + TEXT_FIELD_COLUMN[node.field] + "} : " + expr
    return expr


def mark_term(node: Text) -> str:
    """What marks a leaf's matches in the text as written: the word and, for a plain
    word, the stem it begins with as a prefix (`housing` marks `House` too)."""
    term = fts_term(node)
    prefix = None if is_exact(node) else marking_prefix(node.value)
    if prefix is None or prefix == node.value.lower():
        return term
    stem = Text(prefix, prefix=True, field=node.field)
    return f"{term} OR {fts_term(stem)}"


def fts_any(texts: list[Text], *, quotes: bool = False) -> str | None:
    """An OR of the positive text leaves as written: ranks exact forms first."""
    terms = [fts_term(_unfielded(t) if quotes else t) for t in texts]
    return " OR ".join(dict.fromkeys(terms)) or None


def stems_any(texts: list[Text], *, quotes: bool = False) -> str | None:
    """An OR of the positive plain words' stems: ranks every form of them."""
    terms = [stem_term(_unfielded(t) if quotes else t) for t in texts if not is_exact(t)]
    return " OR ".join(dict.fromkeys(terms)) or None


def marks_any(texts: list[Text], *, quotes: bool = False) -> str | None:
    """An OR of what marks each positive leaf's matches, for snippets and highlights."""
    terms = [mark_term(_unfielded(t) if quotes else t) for t in texts]
    return " OR ".join(dict.fromkeys(terms)) or None


def _unfielded(node: Text) -> Text:
    return Text(node.value, node.phrase, node.prefix, None)


def date_bounds(node: DateRange) -> tuple[str | None, str | None]:
    """ISO strings to compare `published` against: start inclusive, end exclusive."""
    lo = node.start.isoformat() if node.start else None
    # The day after the last one; after 9999-12-31 there is none, and none is needed.
    hi = (
        (node.end + dt.timedelta(days=1)).isoformat()
        if node.end and node.end < dt.date.max
        else None
    )
    return lo, hi


class Compiler:
    """Turns a tree into a WHERE clause for one scope (documents or quotes)."""

    def __init__(
        self, scope: str, speaker_keys: Callable[[str], list[str]], speaker_facet: str = "speaker"
    ) -> None:
        self.scope = scope
        self.speaker_keys = speaker_keys  # callable: name → list of canonical keys
        # The doc_facets rows a document's speakers are in ("speaker", or those of its
        # confidently attributed quotes only).
        self.speaker_facet = speaker_facet

    @property
    def row(self) -> str:
        return "d.rowid" if self.scope == "documents" else "q.rowid"

    @property
    def doc(self) -> str:
        return "d.rowid" if self.scope == "documents" else "q.doc"

    def compile(self, node: Node) -> Sql:
        if isinstance(node, MatchAll):
            return Sql("1", [])
        if isinstance(node, Text):
            return self._text(node)
        if isinstance(node, Field):
            return self._field(node)
        if isinstance(node, DateRange):
            return self._dates(node)
        if isinstance(node, Not):
            inner = self.compile(node.item)
            return Sql(f"NOT ({inner.where})", inner.params)
        if isinstance(node, And | Or):
            parts = self._merged_matches(node) if isinstance(node, And) else []
            parts += [self.compile(i) for i in node.items if not self._mergeable(i, node)]
            if len(parts) == 1:
                return parts[0]
            joiner = " AND " if isinstance(node, And) else " OR "
            # One list narrows an AND; an OR needs every branch to be one.
            narrowed = any if isinstance(node, And) else all
            sql = Sql(
                "(" + joiner.join(p.where for p in parts) + ")",
                [x for p in parts for x in p.params],
                narrowed(p.by_rowid for p in parts),
            )
            lead = next((p for p in parts if p.match), None) if isinstance(node, And) else None
            if lead is not None and lead.rest is not None:
                others = [lead.rest, *(p for p in parts if p is not lead)]
                sql.match = lead.match
                sql.rest = Sql(
                    "(" + " AND ".join(p.where for p in others) + ")",
                    [x for p in others for x in p.params],
                )
            return sql
        raise TypeError(f"cannot compile {node!r}")

    def _own_match(self, node: Text) -> tuple[str, str] | None:
        """The full-text table of this scope's own rows a leaf matches in, and its FTS
        expression; None for a leaf matched on a quote's document."""
        exact = is_exact(node)
        if self.scope == "quotes":
            if node.field not in (None, "quote"):
                return None
            table = "quotes_fts" if exact else "quotes_stem"
            return table, fts_term(_unfielded(node)) if exact else stem_term(_unfielded(node))
        table = "documents_fts" if exact else "documents_stem"
        return table, fts_term(node) if exact else stem_term(node)

    def _mergeable(self, item: Node, parent: Node) -> bool:
        """A text leaf of an AND that shares its full-text table with another leaf."""
        if not isinstance(parent, And) or not isinstance(item, Text):
            return False
        own = self._own_match(item)
        if own is None:
            return False
        return sum(1 for i in self._own_leaves(parent) if i[1][0] == own[0]) > 1

    def _own_leaves(self, node: And) -> list[tuple[Text, tuple[str, str]]]:
        out = []
        for item in node.items:
            if isinstance(item, Text) and (own := self._own_match(item)) is not None:
                out.append((item, own))
        return out

    def _merged_matches(self, node: And) -> list[Sql]:
        """The text leaves of an AND that match in one table, as one FTS5 `AND`: the
        index intersects their lists itself instead of each row being checked against
        every other word's list."""
        by_table: dict[str, list[str]] = {}
        for _, (table, term) in self._own_leaves(node):
            by_table.setdefault(table, []).append(term)
        return [
            self._match(table, " AND ".join(f"({t})" for t in terms))
            for table, terms in by_table.items()
            if len(terms) > 1
        ]

    def _match(self, table: str, term: str) -> Sql:
        sub = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
        return Sql(f"{self.row} IN ({sub})", [term], True, (table, term), Sql("1", []))

    def _text(self, node: Text) -> Sql:
        own = self._own_match(node)
        if own is not None:
            return self._match(*own)
        table = "documents_fts" if is_exact(node) else "documents_stem"
        sub = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
        term = fts_term(node) if is_exact(node) else stem_term(node)
        return Sql(f"q.doc IN ({sub})", [term])

    def _field(self, node: Field) -> Sql:
        if node.name == "speaker":
            keys = self.speaker_keys(node.value)
            marks = ",".join("?" * len(keys))
            if self.scope == "quotes":
                # Any speaker of the quote: a joint quote is each of its speakers'.
                sub = f"SELECT quote FROM quote_speakers WHERE key IN ({marks})"
                return Sql(f"q.rowid IN ({sub})", list(keys), by_rowid=True)
            sub = f"SELECT doc FROM doc_facets WHERE facet = ? AND key IN ({marks})"
            return Sql(f"d.rowid IN ({sub})", [self.speaker_facet, *keys], by_rowid=True)
        sub = "SELECT doc FROM doc_facets WHERE facet = ? AND key = ?"
        by_rowid = self.scope == "documents"
        return Sql(f"{self.doc} IN ({sub})", [node.name, facet_key(node.value)], by_rowid)

    def _dates(self, node: DateRange) -> Sql:
        column = "d.published" if self.scope == "documents" else "q.published"
        lo, hi = date_bounds(node)
        parts: list[str] = []
        params: list[object] = []
        if lo:
            parts.append(f"{column} >= ?")
            params.append(lo)
        if hi:
            parts.append(f"{column} < ?")
            params.append(hi)
        return Sql("(" + " AND ".join(parts or ["1"]) + ")", params)


def _ranked_texts(node: Node, scope: str) -> list[Text]:
    texts = positive_texts(node)
    if scope == "quotes":
        texts = [t for t in texts if t.field in (None, "quote")]
    return texts


def ranking_expression(node: Node, scope: str) -> str | None:
    """The FTS expression over the text as written that ranks hits: every positive text
    leaf, OR'd. A row it matches holds an exact form and ranks above stem-only rows."""
    return fts_any(_ranked_texts(node, scope), quotes=scope == "quotes")


def stem_ranking_expression(node: Node, scope: str) -> str | None:
    """The FTS expression over the stem tables that scores rows matching a word's forms."""
    return stems_any(_ranked_texts(node, scope), quotes=scope == "quotes")


def marking_expression(node: Node, scope: str) -> str | None:
    """The FTS expression over the text as written that marks matches in snippets."""
    return marks_any(_ranked_texts(node, scope), quotes=scope == "quotes")
