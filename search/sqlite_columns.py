"""Facet columns of the embedded archive, held in memory: what a facet count reads per row.

Counting a facet in SQL looks each matching row's document up in `doc_facets` (and,
for a selected facet's alternatives, checks the other selected values row by row): a
B-tree search per row and facet, so a search matching half of a million documents
costs seconds. Here each facet is read once into arrays — for every row id (a
document's, or a quote's for its speakers) the (key, spelling) pairs it has, in row
order — and a search's matching rows are counted with numpy: a gather and a
`bincount`, nanoseconds per row instead of microseconds.

The arrays belong to one generation of the archive (`Generation`), facet by facet as
searches ask for them, and a search reads the archive and its columns in one read
transaction, so every count it gives is of the same rows. Reading a whole column costs
seconds at a million documents, and an import changes the generation at every commit:
a generation reached from a kept one by adding documents only (`appended_from`) gets
its columns by reading just the rows added since and appending them to the kept arrays;
one that also replaced documents in place reads those documents' rows again (`patch`),
unless row ids may have been given to other rows since (`ids_reused`); any other change
(a document removed) reads the column again. Columns are
read before a search's time limit starts, so an import running beside a server never
makes its searches time out. Answers are those of the SQL the columns replace.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, Self, TypeVar

import numpy as np
import numpy.typing as npt

from .speakers import display_name

# Row ids, pair and key numbers: kept as 32-bit integers (half the memory of a column).
Ints = npt.NDArray[np.integer[Any]]
Bools = npt.NDArray[np.bool_]
# A date's year as `CAST(substr(published, 1, 4) AS INTEGER)` gives it; undated rows get
# this (no four characters give it).
NO_YEAR = -100_000
KEEP_GENERATIONS = 2  # the newest generations whose columns are kept
# Rows are kept by position once the largest row id passes this many times their number.
SPARSE = 1.5
SLACK = 1024  # ids a small archive keeps by row id whatever their spread
# Rows counted at a time: a facet's temporary arrays are a few per entry of these rows.
CHUNK = 1 << 18


def parse_ints(text: str | None) -> npt.NDArray[np.int64]:
    """A `group_concat` of integers as an array (NULL, from no rows, is empty)."""
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def runs(rows: Ints) -> tuple[Ints, Ints | None]:
    """The rows with each run of one repeated id taken once, and each run's length (None
    when no id repeats). A quote's row counts its document's values: a document's quotes
    are written together, so their documents come in runs, and a facet reads each
    document's values once per run rather than once per quote."""
    if len(rows) < 2:
        return rows, None
    starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
    if len(starts) == len(rows):
        return rows, None
    return rows[starts], np.diff(np.append(starts, len(rows)))


@dataclass(frozen=True)
class Generation:
    """One state of an archive file: its inode and `meta`'s write counter. `appended_from`:
    the oldest generation this one differs from by added documents only (itself if the
    last write replaced or removed one)."""

    file: int
    number: int
    appended_from: int = field(compare=False)
    # The generation in which the archive's map of one person's spellings last changed.
    people: int = field(default=0, compare=False)
    # The oldest generation this one differs from by added documents and documents
    # replaced in place only, and those documents' row ids (`replaced_ids`).
    patched_from: int = field(default=-1, compare=False)
    replaced: str = field(default="", compare=False)

    def replaced_ids(self) -> Ints:
        """The row ids of the documents replaced since `patched_from`."""
        return parse_ints(self.replaced)


class Extendable(Protocol):
    """A column a generation of added rows brings forward (`Column`, `Rows`)."""

    @property
    def bound(self) -> int: ...

    def extend(self, delta: Self) -> Self: ...


E = TypeVar("E", bound=Extendable)


@dataclass(frozen=True)
class Column:
    """One facet of one kind of row: each row's (key, spelling) pairs, by row id."""

    indptr: Ints  # row id r has the pairs codes[indptr[r]:indptr[r + 1]]
    codes: Ints  # pair number of each entry, entries in row order
    pair_key: Ints  # key number of each pair
    keys: list[str]  # each key number's key
    spellings: list[str]  # each pair's value as written
    top: int  # the largest row id the arrays cover
    key_number: dict[str, int] = field(default_factory=dict, compare=False)
    pair_number: dict[tuple[str, str], int] = field(default_factory=dict, compare=False)
    # The largest row id of the table when read (at least `top`): rows an import adds
    # come after it, also when the column's own last rows have no pairs.
    bound: int = 0
    # The document of row `bound` when read (-1: none, or rows that are documents): see
    # `ids_reused`.
    owner: int = -1

    @classmethod
    def read(cls, rows: Sequence[tuple[str, str, str]], bound: int = 0, owner: int = -1) -> Column:
        """From (key, spelling, group_concat of row ids) rows, one per distinct pair, the
        largest row id of their table and that row's document."""
        keys: list[str] = []
        key_number: dict[str, int] = {}
        pair_number: dict[tuple[str, str], int] = {}
        pair_key: list[int] = []
        spellings: list[str] = []
        owners: list[Ints] = []
        for key, spelling, ids in rows:
            if key not in key_number:
                key_number[key] = len(keys)
                keys.append(key)
            pair_number[key, spelling] = len(spellings)
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
            key_number,
            pair_number,
            max(top, bound),
            owner if bound >= top else -1,
        )

    def _merged_pairs(
        self, delta: Column
    ) -> tuple[list[str], dict[str, int], list[str], dict[tuple[str, str], int], list[int], Ints]:
        """This column's keys and spellings with `delta`'s new ones after them, the key
        number of each new pair, and each of `delta`'s pair numbers in the merged list."""
        keys, key_number = list(self.keys), dict(self.key_number)
        spellings, pair_number = list(self.spellings), dict(self.pair_number)
        new_keys: list[int] = []
        remap = np.empty(len(delta.spellings), dtype=np.int64)
        for pair, spelling in enumerate(delta.spellings):
            key = delta.keys[int(delta.pair_key[pair])]
            number = pair_number.get((key, spelling))
            if number is None:
                if key not in key_number:
                    key_number[key] = len(keys)
                    keys.append(key)
                number = pair_number[key, spelling] = len(spellings)
                spellings.append(spelling)
                new_keys.append(key_number[key])
            remap[pair] = number
        return keys, key_number, spellings, pair_number, new_keys, remap

    def extend(self, delta: Column) -> Column:
        """This column with the rows of `delta` (read from rows past `bound`) after its
        own. The arrays of this column are not changed: searches of its generation read
        them."""
        # The table's last row when `delta` was read (an append removes no row).
        last = (delta.bound, delta.owner) if delta.bound >= self.bound else (self.bound, self.owner)
        if not len(delta.codes):
            return dataclasses.replace(self, bound=last[0], owner=last[1])
        keys, key_number, spellings, pair_number, new_keys, remap = self._merged_pairs(delta)
        start = self.top + 1
        indptr = np.concatenate((self.indptr[:start], delta.indptr[start:] + len(self.codes)))
        return Column(
            indptr.astype(np.int32),
            np.concatenate((self.codes, remap[delta.codes].astype(np.int32))),
            np.concatenate((self.pair_key, np.array(new_keys, dtype=np.int32))),
            keys,
            spellings,
            max(self.top, delta.top),
            key_number,
            pair_number,
            *last,
        )

    def patch(self, delta: Column, rows: Ints) -> Column:
        """This column with the pairs of `rows` (row ids; with those of `delta`'s own
        rows) replaced by those of `delta`: the rows of documents replaced in place, and
        rows added past `bound`. `delta` is read from those rows only, and its `bound` is
        the table's largest row id now (the caller reads the column whole instead when
        row ids may have been given again: `ids_reused`). Entries are moved by arithmetic
        on the offsets, never sorted: linear in the column."""
        keys, key_number, spellings, pair_number, new_keys, remap = self._merged_pairs(delta)
        delta_counts = delta.indptr[1:].astype(np.int64) - delta.indptr[:-1]
        delta_rows = np.flatnonzero(delta_counts)
        top = max(self.top, delta.top, int(rows.max()) if len(rows) else 0)
        old_counts = np.zeros(top + 1, dtype=np.int64)
        old_counts[: self.top + 1] = (self.indptr[1:].astype(np.int64) - self.indptr[:-1])[
            : self.top + 1
        ]
        replaced = np.zeros(top + 1, dtype=np.bool_)
        replaced[rows] = True
        replaced[delta_rows] = True
        counts = np.where(replaced, 0, old_counts)
        counts[: delta.top + 1] += delta_counts[: delta.top + 1]
        indptr = np.zeros(top + 2, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        codes = np.empty(int(indptr[-1]), dtype=np.int32)
        # Kept entries: each row's entries move to the row's new start, in order.
        owner = np.repeat(np.arange(top + 1, dtype=np.int64), old_counts)
        keep = ~replaced[owner]
        at = np.arange(len(owner), dtype=np.int64)
        old_start = np.zeros(top + 1, dtype=np.int64)
        old_start[: self.top + 1] = self.indptr[: self.top + 1]
        kept_owner = owner[keep]
        codes[indptr[kept_owner] + at[keep] - old_start[kept_owner]] = self.codes[: len(owner)][
            keep
        ]
        # The delta's entries, at the start of their (emptied) rows.
        d_owner = np.repeat(np.arange(delta.top + 1, dtype=np.int64), delta_counts[: delta.top + 1])
        d_at = np.arange(len(d_owner), dtype=np.int64) - delta.indptr[d_owner].astype(np.int64)
        codes[indptr[d_owner] + d_at] = remap[delta.codes[: len(d_owner)]]
        return Column(
            indptr.astype(np.int32),
            codes,
            np.concatenate((self.pair_key, np.array(new_keys, dtype=np.int32))),
            keys,
            spellings,
            top,
            key_number,
            pair_number,
            # The table's last row now, not the kept bound: rows written next take the
            # ids after it, and a bound past it would skip them.
            max(delta.bound, top),
            delta.owner if delta.bound >= top else -1,
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
        for key in keys:
            if key in self.key_number:
                wanted[self.key_number[key]] = True
        ids, lengths = runs(rows)
        out = np.zeros(len(ids), dtype=np.bool_)
        for at in range(0, len(ids), CHUNK):
            entries, owner = self._entries(ids[at : at + CHUNK])
            out[at + owner[wanted[self.pair_key[self.codes[entries]]]]] = True
        return out if lengths is None else np.repeat(out, lengths)

    def count(self, rows: Ints, size: int) -> list[tuple[str, int]]:
        """The `size` keys most rows have (ties by key, as SQLite orders text), each with
        its count and shown by its most used spelling among those rows."""
        ids, lengths = runs(rows)
        per_pair = np.zeros(len(self.spellings), dtype=np.int64)
        for at in range(0, len(ids), CHUNK):
            entries, owner = self._entries(ids[at : at + CHUNK])
            codes = self.codes[entries]
            if lengths is None:
                per_pair += np.bincount(codes, minlength=len(self.spellings))
            else:
                # Exact in float64: counts are far below 2**53.
                weights = lengths[at : at + CHUNK][owner].astype(np.float64)
                counted = np.bincount(codes, weights, minlength=len(self.spellings))
                per_pair += counted.astype(np.int64)
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
    """Each row's document and the year of its date, for one kind of row.

    Kept by row id while the ids are dense (an import's: consecutive); a reparse gives a
    document's quotes new row ids, so the quotes' ids grow sparse, and then the arrays are
    kept by position in row id order, with a map from row id to position: memory follows
    the number of rows rather than the largest row id."""

    doc: Ints  # by position: -1 for a position no row has
    # `CAST(substr(published, 1, 4) AS INTEGER)`, NO_YEAR if undated. Dates are written
    # by `isoformat`, four digits first (0999), so the number also says which four
    # characters a selected year's prefix compares.
    year: Ints
    top: int  # the largest row id
    count: int  # rows held
    position: Ints | None = None  # row id -> position (-1: no row); None: the row id is

    @classmethod
    def read(cls, row: Sequence[str | None]) -> Rows:
        """From one row of `group_concat`s: row ids, documents, years."""
        rid, doc, year = (parse_ints(x) for x in row)
        return cls.build(rid, doc, year)

    @classmethod
    def build(cls, rid: Ints, doc: Ints, year: Ints) -> Rows:
        top = int(rid.max()) if len(rid) else 0
        if _dense(top, len(rid)):
            out = [np.full(top + 1, fill, dtype=np.int32) for fill in (-1, NO_YEAR)]
            for array, values in zip(out, (doc, year), strict=True):
                array[rid] = values
            return cls(out[0], out[1], top, len(rid))
        order = np.argsort(rid, kind="stable")
        position = np.full(top + 1, -1, dtype=np.int32)
        position[rid[order]] = np.arange(len(rid), dtype=np.int32)
        doc, year = doc[order].astype(np.int32), year[order].astype(np.int32)
        return cls(doc, year, top, len(rid), position)

    @property
    def bound(self) -> int:
        """The largest row id: rows an import adds come after it."""
        return self.top

    @property
    def owner(self) -> int:
        """The document of row `bound` (-1 when no row is held)."""
        _, doc, _ = self.find(np.array([self.top], dtype=np.int64))
        return int(doc[0]) if len(doc) else -1

    def find(self, rid: Ints | None = None) -> tuple[Ints, Ints, Ints]:
        """The rows of `rid` this generation holds (every row when None), in the order
        given, with their documents and years. An index row of a row written after the
        columns were read has none."""
        if rid is None:
            where = self.doc >= 0 if self.position is None else self.position >= 0
            rid = np.flatnonzero(where)
        else:
            rid = rid[rid <= self.top]
        at = rid if self.position is None else self.position[rid]
        held = self.doc[at] >= 0 if self.position is None else at >= 0
        rid, at = rid[held], at[held]
        return rid, self.doc[at], self.year[at]

    def extend(self, delta: Rows) -> Rows:
        """These rows and those of `delta` (read from row ids past `top`)."""
        if delta.top <= self.top:
            return self
        rid, doc, year = delta.find()  # in row id order, all past `top`
        count, grown = self.count + len(rid), delta.top - self.top
        if self.position is not None:
            position = np.concatenate((self.position, np.full(grown, -1, dtype=np.int32)))
            position[rid] = np.arange(self.count, count, dtype=np.int32)
            doc, year = np.concatenate((self.doc, doc)), np.concatenate((self.year, year))
            return Rows(doc, year, delta.top, count, position)
        if not _dense(delta.top, count):  # the ids grew sparse: kept by position from now
            parts = [self.find(), (rid, doc, year)]
            return Rows.build(*(np.concatenate(arrays) for arrays in zip(*parts, strict=True)))
        docs = np.concatenate((self.doc, np.full(grown, -1, dtype=np.int32)))
        years = np.concatenate((self.year, np.full(grown, NO_YEAR, dtype=np.int32)))
        docs[rid], years[rid] = doc, year
        return Rows(docs, years, delta.top, count)

    def patch(self, delta: Rows, removed: Ints) -> Rows:
        """These rows without `removed` (row ids) and with those of `delta` (read again or
        added), each row of `delta` in place of any row of the same id."""
        rid, doc, year = self.find()
        d_rid, d_doc, d_year = delta.find()
        top = max(self.top, delta.top, int(removed.max()) if len(removed) else 0)
        drop = np.zeros(top + 1, dtype=np.bool_)
        drop[removed] = True
        drop[d_rid] = True
        keep = ~drop[rid]
        return Rows.build(
            np.concatenate((rid[keep], d_rid)),
            np.concatenate((doc[keep], d_doc)),
            np.concatenate((year[keep], d_year)),
        )

    def rows_of(self, docs: Ints) -> Ints:
        """The row ids held whose document is one of `docs`."""
        rid, doc, _ = self.find()
        if not len(docs) or not len(doc):
            return np.zeros(0, dtype=np.int64)
        wanted = np.zeros(max(int(docs.max()), int(doc.max())) + 1, dtype=np.bool_)
        wanted[docs] = True
        return rid[wanted[np.maximum(doc, 0)] & (doc >= 0)]


def ids_reused(bound: int, owner: int, last: int, replaced: Ints) -> bool:
    """Whether rows written since a column was read (`bound`: the table's largest row id
    then, `owner`: that row's document) may have row ids the column holds for other rows,
    given the table's largest row id now (`last`) and the documents replaced since.

    SQLite gives a new row the largest row id plus one, so a row id comes back once the
    rows above it are deleted: a replaced document's quotes are deleted and written
    again, and when they held the largest ids, the next quotes written (the document's
    own, or another's) take those ids, and more of the rows below. While row `bound`
    stays, every row written since has an id past it, read again by a patch; row
    `bound` stays unless its document was replaced (a removal ends the patched run, and
    rows of documents, which keep their row id when replaced, give -1)."""
    return last < bound or (owner >= 0 and bool(np.isin(owner, replaced)))


def _dense(top: int, count: int) -> bool:
    """Whether rows with ids up to `top` are kept by row id (see `Rows`)."""
    return top + 1 <= SPARSE * count + SLACK


class Columns:
    """The facet columns of one archive, by generation, read as searches need them. Shared
    by the backend's threads: a column, once read, is not changed (a newer generation's
    is a new one)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # guards the dictionary
        self._reading = threading.Lock()  # one reader at a time: the others use its column
        self._kept: dict[Generation, dict[str, Any]] = {}

    def get(
        self,
        generation: Generation,
        name: str,
        read: Callable[[int | None], E],
        changed: int = 0,
        patch: Callable[[E], E] | None = None,
    ) -> E:
        """The column `name` of this generation. `read(None)` reads a whole column;
        `read(bound)` the rows past row id `bound` only, for a generation of added rows;
        `patch(kept)` a kept column with the rows of replaced documents read again (and
        those added), for a generation that replaced documents in place.
        `changed`: a generation in which this column changed though no row was written
        (it is not brought forward from before it)."""
        with self._lock:
            column = self._kept.get(generation, {}).get(name)
        if column is not None:
            return column  # type: ignore[no-any-return]
        with self._reading:
            with self._lock:
                column = self._kept.get(generation, {}).get(name)
                base = None if column is not None else self._base(generation, name, changed)
                patched = None
                if (
                    column is None
                    and base is None
                    and patch is not None
                    and generation.patched_from >= 0
                ):
                    since = max(generation.patched_from, changed)
                    patched = self._base(generation, name, changed, since)
            if column is None:
                if base is not None:
                    column = base.extend(read(base.bound))
                elif patched is not None and patch is not None:
                    column = patch(patched)
                else:
                    column = read(None)
                with self._lock:
                    self._kept.setdefault(generation, {})[name] = column
                    self._forget(generation)
        return column

    def _base(
        self, generation: Generation, name: str, changed: int, since: int | None = None
    ) -> Any:
        """The newest kept column `name` this generation only added rows to (or, given
        `since`, the newest kept one of a generation from `since` on), or None."""
        if since is None:
            since = max(generation.appended_from, changed)
        if since < 0:
            return None
        older = [
            g
            for g in self._kept
            if g.file == generation.file
            and since <= g.number < generation.number
            and name in self._kept[g]
        ]
        return self._kept[max(older, key=lambda g: g.number)][name] if older else None

    def _forget(self, newest: Generation) -> None:
        """Keep the newest generations of the current file only."""
        same = sorted((g for g in self._kept if g.file == newest.file), key=lambda g: g.number)
        for g in [g for g in self._kept if g.file != newest.file] + same[:-KEEP_GENERATIONS]:
            del self._kept[g]
