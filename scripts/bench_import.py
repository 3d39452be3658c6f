#!/usr/bin/env python3
"""Import rate of English releases into the embedded archive, against an earlier revision.

Parses a spread sample of the congressional press releases as `press import --map
member=issuer --map text=text --map date=published` does and writes them into a new
SQLite archive: parse, language, quotes, stems and indexes, everything an import pays
for. With `--baseline REV` the same records are imported by that git revision's code too
(its `importers/`, `search/` and `mappings/` unpacked into a temporary folder), in
alternating rounds in child processes, and the ratio of the two rates is printed:
machines are noisy, a ratio within one run is not. Rates are per second of the child's
CPU time (wall-clock rates are printed beside them), which other work on a shared
machine disturbs much less. `--revision REV` measures that
revision instead of the working tree (two commits compared without the edits in hand);
either option also takes a folder holding `importers/`, `search/` and `mappings/` (a copy
with an edit being tried).
`--without-word-forms` adds a third import in each round: the measured tree with
language detection answering nothing and no stems made or indexed, so the share of an
import that word forms cost on the code as it is now is read in the same run.
`--profile N` times nothing: it imports the records once per tree under cProfile and
prints each tree's own time by file and its N costliest functions, so a change in rate
can be traced to the code that made it. `--warm-up N` warms each child up on N records
drawn between the measured ones instead of on the first 20 measured: a short sample
holds nearly every member of the corpus, and what a whole import pays once per member
(a member's name patterns) would otherwise be paid again in every few measured records.
`--memory EVERY` times nothing either: it imports
the records once in this process under tracemalloc, prints the memory Python holds every
EVERY records, then what grew between the second snapshot and the last by line, and the
size of every memo (`functools` caches) and of the stem tables at the end, so that a
rise over a long import can be told apart from memos filling to their bounds.

Example:
    .venv/bin/python scripts/bench_import.py --records 2000 --baseline HEAD~1
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import gzip
import importlib
import importlib.util
import json
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "congress-press-releases" / "releases.jsonl.gz"
MAPPING = {"member": "issuer", "text": "text", "date": "published"}
PACKAGES = ("importers", "search", "mappings")
WITHOUT = "without word forms"
# The children's warm-up records, when drawn apart from the measured ones (`--warm-up`).
WARM: list[str] = []


def sample(path: Path, n: int, between: int = 0) -> list[str]:
    """Every k-th line of the corpus, so that every member's style is in the sample;
    with `between`, that many of the lines halfway between those instead (none of them
    in the sample)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    step = max(1, len(lines) // n)
    if between:
        return lines[max(1, step // 2) :: step][:between] if step > 1 else []
    return lines[::step][:n]


def child(
    tree: str,
    records_path: str,
    archive: str,
    plain: bool = False,
    profile: int = 0,
    warm_path: str | None = None,
) -> None:
    """Import every record once into a new archive and print the seconds taken (with
    `profile`, the profile's summary before them). The warm-up parses the records of
    `warm_path`, else the first 20 measured ones."""
    # The packages of `tree`, not those the virtualenv installs in editable mode.
    sys.meta_path = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
    sys.path.insert(0, tree)
    from importers.records import document_from_record
    from search.sqlite import SqliteBackend

    if plain:  # word forms off: no language, no stems (the measurement's baseline only)
        import importers.text
        import search.sqlite

        importers.text.detect_language = lambda text: None  # type: ignore[assignment]
        search.sqlite.stem_text = lambda text, language, folded=None: ""  # type: ignore[assignment]
        search.sqlite.stem_texts = lambda texts, language, reads=None: [""] * len(texts)  # type: ignore[attr-defined]

    records = [json.loads(line) for line in Path(records_path).read_text().splitlines()]
    warm = (
        [json.loads(line) for line in Path(warm_path).read_text().splitlines()]
        if warm_path
        else records[:20]
    )
    for record in warm:  # warm-up: lazy imports, models and tables load here
        document_from_record(record, MAPPING, origin=None)
    # The language model too, which English records seldom reach (a once-per-process load).
    if importlib.util.find_spec("importers.language") is not None:
        getattr(importlib.import_module("importers.language"), "_model", lambda: None)()
    # And the mojibake repairer, imported by the first record that needs it (a few in a
    # hundred): a once-per-process load a short run would otherwise count as import work.
    if importlib.util.find_spec("ftfy") is not None:
        importlib.import_module("ftfy")
    # What an import does once its first documents are in, where the tree does it
    # (`press import` settles after its first chunk): the same moment as this warm-up.
    if importlib.util.find_spec("importers.parallel") is not None:
        settle = getattr(importlib.import_module("importers.parallel"), "settle_loaded", None)
        if settle is not None:
            settle()
    backend = SqliteBackend(archive)
    profiler = cProfile.Profile() if profile else None
    started, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    docs = (document_from_record(r, MAPPING, origin=None) for r in records)
    stored = sum(1 for r in backend.write(docs) if r.status != "failed")
    if profiler:
        profiler.disable()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    backend.close()
    if profiler:
        print(own_times(profiler, tree, profile))
    print(json.dumps({"seconds": seconds, "cpu": cpu, "records": len(records), "stored": stored}))


def own_times(profiler: cProfile.Profile, tree: str, top: int) -> str:
    """A profile's own (exclusive) time by file of the measured tree and its `top`
    costliest functions; built-ins by name, other packages as one line."""
    by_file: collections.Counter[str] = collections.Counter()
    functions: collections.Counter[str] = collections.Counter()
    prefix = str(Path(tree).resolve()) + "/"
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    for (path, line, name), (_calls, _primitive, own, _cumulative, _callers) in stats.items():
        if path.startswith(prefix):
            where = path[len(prefix) :]
            functions[f"{where}:{line} {name}"] += own
        elif path == "~":  # a built-in: its name says what it is (`findall`, `execute`)
            where = name
            functions[name] += own
        else:
            where = "(other packages)"
        by_file[where] += own
    total = sum(by_file.values()) or 1.0
    lines = [f"own time under the profiler: {total:.2f} s; by file:"]
    lines += [f"  {s:7.3f} s {s / total:6.1%}  {w}" for w, s in by_file.most_common(top)]
    lines.append("costliest functions:")
    lines += [f"  {s:7.3f} s {s / total:6.1%}  {f}" for f, s in functions.most_common(top)]
    return "\n".join(lines)


def memory(records_path: Path, archive: str, every: int, top: int) -> None:
    """Import the records once in this process under tracemalloc (see the module's
    docstring); the working tree's packages."""
    import gc
    import tracemalloc

    sys.path.insert(0, str(ROOT))
    from importers.records import document_from_record
    from search import stemming
    from search.sqlite import SqliteBackend

    lines = records_path.read_text().splitlines()
    for line in lines[:20]:  # warm-up, as the timed rounds: lazy imports and models
        document_from_record(json.loads(line), MAPPING, origin=None)
    backend = SqliteBackend(archive)
    tracemalloc.start(1)
    # Only the second snapshot and the latest are kept: a snapshot is itself memory
    # Python holds, and keeping each would look like growth (the figures printed hold
    # the second snapshot from the third on).
    kept: list[tuple[int, tracemalloc.Snapshot]] = []
    ignore = [tracemalloc.Filter(False, tracemalloc.__file__)]

    def documents() -> Iterator[Any]:
        for line in lines:  # parsed one at a time, as an import streams them
            yield document_from_record(json.loads(line), MAPPING, origin=None)

    for n, _result in enumerate(backend.write(documents()), 1):
        if n % every == 0:
            gc.collect()
            if len(kept) > 1:
                del kept[-1]  # the latest but one: neither the baseline nor the last
            held = tracemalloc.get_traced_memory()[0] / 2**20
            print(f"{n} records: {held:.1f} MiB held by Python", flush=True)
            if n > every:  # the first stretch fills the memos fastest: no baseline
                kept.append((n, tracemalloc.take_snapshot().filter_traces(ignore)))
    backend.close()
    if len(kept) < 2:
        sys.exit("too few snapshots: give more --records or a smaller --memory")
    (first, early), (last, late) = kept
    print(f"grown from record {first} to record {last}, by line:")
    for stat in late.compare_to(early, "lineno")[:top]:
        print(f"  {stat.size_diff / 1024:9.1f} KiB {stat.count_diff:+8d} blocks  {stat.traceback}")
    print("memos at the end (entries / bound, MiB freed when emptied):")
    for name, memo in _memos():
        info = memo.cache_info()
        before = tracemalloc.get_traced_memory()[0]
        memo.cache_clear()
        gc.collect()
        freed = (before - tracemalloc.get_traced_memory()[0]) / 2**20
        if info.currsize:
            print(f"  {name}: {info.currsize} / {info.maxsize}, {freed:.1f} MiB")
    before = tracemalloc.get_traced_memory()[0]
    words = {algorithm: len(table) for algorithm, table in stemming._tagged.items()}
    stemming._tagged.clear()
    gc.collect()
    freed = (before - tracemalloc.get_traced_memory()[0]) / 2**20
    print(f"  stem tables: {words} words (emptied at {stemming.CACHE_WORDS}), {freed:.1f} MiB")


def _memos() -> list[tuple[str, Any]]:
    """Every `functools` cache of the project's loaded modules, by dotted name."""
    found: dict[int, tuple[str, Any]] = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith(("importers", "search")):
            continue
        for name, value in list(vars(module).items()):
            if hasattr(value, "cache_info") and hasattr(value, "cache_clear"):
                found.setdefault(id(value), (f"{module_name}.{name}", value))
    return sorted(found.values())


def run(tree: Path, records: Path, work: Path, label: str, n: int) -> tuple[float, float]:
    """(records per CPU second, records per wall-clock second) of one import."""
    archive = work / f"{label}-{n}.db"
    plain = ["--plain"] if label == WITHOUT else []
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(tree), str(records), str(archive), *plain, *WARM],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    if result["stored"] != result["records"]:
        # A rate of an import that stored less than it read measures nothing.
        raise SystemExit(
            f"{label}: {result['records'] - result['stored']} of {result['records']} records"
            " were not stored; no rate is given"
        )
    return result["records"] / result["cpu"], result["records"] / result["seconds"]


def profile(tree: Path, records: Path, work: Path, label: str, top: int) -> str:
    """The profile summary of one import of the records by `tree`."""
    archive = work / f"{label}-profile.db"
    plain = ["--plain"] if label == WITHOUT else []
    command = [sys.executable, __file__, "--child", str(tree), str(records), str(archive), *WARM]
    out = subprocess.run(
        [*command, *plain, "--profile", str(top)], capture_output=True, text=True, check=True
    )
    return out.stdout.strip().rsplit("\n", 1)[0]


def unpack(rev: str, dest: Path) -> Path:
    """The packages of `rev` unpacked under `dest`; a folder holding them already (an edit
    tried in a copy, not yet in any commit) is used as it is."""
    if (Path(rev) / "importers").is_dir():
        return Path(rev).resolve()
    archive = subprocess.run(
        ["git", "archive", rev, *PACKAGES], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", help="git revision (or unpacked tree) to compare with")
    parser.add_argument(
        "--revision", help="git revision (or unpacked tree) to measure (default: the work tree)"
    )
    parser.add_argument(
        "--without-word-forms",
        action="store_true",
        help="also import with language detection and stems switched off",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="import once per tree under cProfile and print own time by file and the N"
        " costliest functions, instead of timing rounds",
    )
    parser.add_argument(
        "--memory",
        type=int,
        metavar="EVERY",
        default=0,
        help="import the records once in this process under tracemalloc and print what"
        " grows (a snapshot every EVERY records), instead of timing rounds",
    )
    parser.add_argument(
        "--warm-up",
        type=int,
        metavar="N",
        default=0,
        help="warm each child up on N records drawn halfway between the measured ones"
        " (none of them measured), instead of on the first 20 measured records: per-member"
        " costs a whole import pays once (157 members in the corpus) then count as they do"
        " there, not once in every few records of a short sample",
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--warm", help=argparse.SUPPRESS)
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        tree, records, archive = args.child
        child(tree, records, archive, plain=args.plain, profile=args.profile, warm_path=args.warm)
        return
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        records = work / "records.jsonl"
        records.write_text("".join(sample(CORPUS, args.records)))
        if args.warm_up:
            warm = work / "warm.jsonl"
            warm.write_text("".join(sample(CORPUS, args.records, between=args.warm_up)))
            WARM.extend(["--warm", str(warm)])
        if args.memory:
            memory(records, str(work / "memory.db"), args.memory, 25)
            return
        trees = {"current": ROOT}
        if args.revision:
            current = work / "current"
            current.mkdir()
            trees["current"] = unpack(args.revision, current)
        if args.baseline:
            base = work / "baseline"
            base.mkdir()
            trees["baseline"] = unpack(args.baseline, base)
        if args.without_word_forms:
            trees[WITHOUT] = trees["current"]
        if args.profile:
            for label, tree in trees.items():
                print(f"== {label} ({tree})", flush=True)
                print(profile(tree, records, work, label, args.profile), flush=True)
            return
        rates: dict[str, list[float]] = {label: [] for label in trees}
        for n in range(args.rounds):
            # Every other round in reverse order: load that drifts within a round then
            # favours each tree alike over a run.
            order = list(trees.items()) if n % 2 == 0 else list(trees.items())[::-1]
            for label, tree in order:
                cpu_rate, wall_rate = run(tree, records, work, label, n)
                rates[label].append(cpu_rate)
                print(
                    f"round {n + 1} {label}: {cpu_rate:.1f} records/CPU-s"
                    f" ({wall_rate:.1f} records/s wall)",
                    flush=True,
                )
    for label, values in rates.items():
        print(
            f"{label}: median {statistics.median(values):.1f} records/CPU-s over {args.rounds}"
            f" (best {max(values):.1f})"
        )
    for label, name in (("baseline", f"baseline ({args.baseline})"), (WITHOUT, WITHOUT)):
        if label in rates:
            ratio = statistics.median(rates["current"]) / statistics.median(rates[label])
            # Each round's own ratio too: load that drifts over a run moves both alike.
            rounds = [c / b for c, b in zip(rates["current"], rates[label], strict=True)]
            print(
                f"current / {name}: {ratio:.3f}"
                f" (per round: {', '.join(f'{r:.3f}' for r in rounds)};"
                f" median {statistics.median(rounds):.3f};"
                # Other work only ever slows a round: the best rounds are the least disturbed.
                f" best / best {max(rates['current']) / max(rates[label]):.3f})"
            )


if __name__ == "__main__":
    main()
