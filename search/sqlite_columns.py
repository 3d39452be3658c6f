"""Facet columns of the embedded archive, held in memory: what a facet count reads per row.

Counting a facet in SQL looks each matching row's document up in `doc_facets` (and,
for a selected facet's alternatives, checks the other selected values row by row): a
B-tree search per row and facet, so a search matching half of a million documents
costs seconds. Here each facet is read once per archive generation into arrays — for
every row id (a document's, or a quote's for its speakers) the (key, spelling) pairs
it has, in row order — and a search's matching rows are counted with numpy: a gather
and a `bincount`, nanoseconds per row instead of microseconds.

The arrays are rebuilt when the archive changes (`SqliteBackend._generation`), facet
by facet as searches ask for them; answers are those of the SQL they replace.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from .speakers import display_name

# Row ids, pair and key numbers: kept as 32-bit integers (half the memory of a column).
Ints = npt.NDArray[np.integer[Any]]
T = TypeVar("T")
Bools = npt.NDArray[np.bool_]
# A date's year as `CAST(substr(published, 1, 4) AS INTEGER)` gives it; undated rows get
# this (no four characters give it).
NO_YEAR = -100_000


def parse_ints(text: str | None) -> npt.NDArray[np.int64]:
    """A `group_concat` of integers as an array (NULL, from no rows, is empty)."""
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


@dataclass(frozen=True)
class Column:
    """One facet of one kind of row: each row's (key, spelling) pairs, by row id."""

    indptr: Ints  # row id r has the pairs codes[indptr[r]:indptr[r + 1]]
    codes: Ints  # pair number of each entry, entries in row order
    pair_key: Ints  # key number of each pair
    keys: list[str]  # each key number's key
    spellings: list[str]  # each pair's value as written
    top: int  # the largest row id the arrays cover

    @classmethod
    def read(cls, rows: Sequence[tuple[str, str, str]]) -> Column:
        """From (key, spelling, group_concat of row ids) rows, one per distinct pair."""
        keys: list[str] = []
        key_number: dict[str, int] = {}
        pair_key: list[int] = []
        spellings: list[str] = []
        owners: list[Ints] = []
        for key, spelling, ids in rows:
            if key not in key_number:
                key_number[key] = len(keys)
                keys.append(key)
            pair_key.append(key_number[key])
            spellings.append(spelling)
            owners.append(parse_ints(ids))
        lengths = np.array([len(o) for o in owners], dtype=np.int64)
        row_of = np.concatenate(owners) if owners else np.zeros(0, dtype=np.int64)
        code_of = np.repeat(np.arange(len(owners), dtype=np.int64), lengths)
        order = np.argsort(row_of, kind="stable")
        top = int(row_of.max()) if len(row_of) else 0
        indptr = np.zeros(top + 2, dtype=np.int64)
        np.cumsum(np.bincount(row_of, minlength=top + 1), out=indptr[1:])
        return cls(
            indptr.astype(np.int32),
            code_of[order].astype(np.int32),
            np.array(pair_key, dtype=np.int32),
            keys,
            spellings,
            top,
        )

    def _entries(self, rows: Ints) -> tuple[Ints, Ints]:
        """The entries of the rows (a row id may repeat) and which row each belongs to."""
        rows = np.minimum(rows, self.top + 1)  # a row past the arrays has no pairs
        starts = self.indptr[rows]
        lengths = self.indptr[np.minimum(rows + 1, self.top + 1)] - starts
        total = int(lengths.sum())
        owner = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        shift = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        return shift + np.arange(total, dtype=np.int64), owner

    def having(self, rows: Ints, keys: list[str]) -> Bools:
        """Which of the rows have a pair with one of the keys."""
        wanted = np.zeros(len(self.keys) + 1, dtype=np.bool_)
        known = {k: n for n, k in enumerate(self.keys)}
        for key in keys:
            if key in known:
                wanted[known[key]] = True
        entries, owner = self._entries(rows)
        out = np.zeros(len(rows), dtype=np.bool_)
        out[owner[wanted[self.pair_key[self.codes[entries]]]]] = True
        return out

    def count(self, rows: Ints, size: int) -> list[tuple[str, int]]:
        """The `size` keys most rows have (ties by key, as SQLite orders text), each with
        its count and shown by its most used spelling among those rows."""
        entries, _ = self._entries(rows)
        per_pair = np.bincount(self.codes[entries], minlength=len(self.spellings))
        counted = np.flatnonzero(per_pair)
        totals: dict[str, int] = {}
        spelled: dict[str, dict[str, int]] = {}
        for pair in counted.tolist():
            key = self.keys[int(self.pair_key[pair])]
            n = int(per_pair[pair])
            totals[key] = totals.get(key, 0) + n
            spelled.setdefault(key, {})[self.spellings[pair]] = n
        top = sorted(totals.items(), key=lambda kn: (-kn[1], kn[0]))[:size]
        return [(display_name(spelled[key]) or key, n) for key, n in top]


@dataclass(frozen=True)
class Rows:
    """Each row id's document and the year of its date, for one kind of row."""

    doc: Ints  # -1 for an id no row has
    # `CAST(substr(published, 1, 4) AS INTEGER)`, NO_YEAR if undated. Dates are written
    # by `isoformat`, four digits first (0999), so the number also says which four
    # characters a selected year's prefix compares.
    year: Ints
    top: int  # the largest row id

    @classmethod
    def read(cls, row: Sequence[str | None]) -> Rows:
        """From one row of `group_concat`s: row ids, documents, years."""
        rid, doc, year = (parse_ints(x) for x in row)
        top = int(rid.max()) if len(rid) else 0
        out = [np.full(top + 1, fill, dtype=np.int32) for fill in (-1, NO_YEAR)]
        for array, values in zip(out, (doc, year), strict=True):
            array[rid] = values
        return cls(out[0], out[1], top)


class Columns:
    """The facet columns of one archive, read as searches need them and dropped when the
    archive changes. Shared by the backend's threads: a column, once read, is not
    changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: object = None
        self._columns: dict[str, Any] = {}

    def get(self, generation: object, name: str, read: Callable[[], T]) -> T:
        """The column `name` of this generation of the archive, read with `read` if new."""
        with self._lock:
            if generation != self._generation:
                self._columns.clear()
                self._generation = generation
            column = self._columns.get(name)
        if column is None:
            column = read()
            with self._lock:
                if generation == self._generation:
                    self._columns[name] = column
        return column
