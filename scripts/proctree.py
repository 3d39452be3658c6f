"""A process and every process below it, read from /proc: CPU seconds and memory.

The workers of `press import --jobs N` are children of the fork server, which the
importing process never waits for, so no rusage it can read counts them, and
`/usr/bin/time` sees the importing process alone. The benchmark scripts read the whole
tree from /proc instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CLOCK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Process:
    pid: int
    parent: int
    cpu: float  # user + system seconds so far
    rss: int  # bytes


def processes() -> dict[int, Process]:
    """Every process of the machine now, by id."""
    found: dict[int, Process] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue  # gone since the listing
        fields = stat[stat.rindex(")") + 2 :].split()
        pid = int(entry.name)
        cpu = (int(fields[11]) + int(fields[12])) / CLOCK
        found[pid] = Process(pid, int(fields[1]), cpu, int(fields[21]) * PAGE)
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process so far."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK


def tree(root: int, table: dict[int, Process] | None = None) -> list[Process]:
    """`root` (first, while it runs) and all its descendants."""
    table = processes() if table is None else table
    children: dict[int, list[int]] = {}
    for p in table.values():
        children.setdefault(p.parent, []).append(p.pid)
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        if pid in table:
            found.append(table[pid])
        todo.extend(children.get(pid, ()))
    return found


def pss_uss(pid: int) -> tuple[int, int]:
    """Proportional and private (unique) bytes of a process; 0, 0 once it has gone."""
    fields: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("Pss", "Private_Clean", "Private_Dirty"):
                fields[name] = int(value.split()[0]) * 1024
    except OSError:
        pass
    return fields.get("Pss", 0), fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
