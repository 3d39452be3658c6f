"""No module of the parser, the archive, the web app or the evaluation binds one top-level
name twice: a second `_MEMBER_NOUNS = …` at the end of importers/quotes.py once silently
replaced the first for every rule that read it (1885bd1, 874c118). Read with `ast`, no
import: an assignment, an annotated assignment with a value, a `def`, a `class` or an
import at module level, also inside a top-level `if`/`try`/`with`.

Not counted as a second binding (each is the same name on purpose):
- the `@overload` signatures before a function's one body (`typing.overload`);
- `import a.b` after `import a` (both bind the package `a`);
- alternatives that never both run: the `if` and `else` of one statement
  (`if TYPE_CHECKING: … else: …`), a `try` body and its `except ImportError` fallback.
Anything else that must bind a name twice goes in `ALLOWED`, with its reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("importers", "search", "web", "press")

# (module path, name) -> why binding it twice is meant.
ALLOWED: dict[tuple[str, str], str] = {}


def _targets(node: ast.expr) -> Iterator[str]:
    if isinstance(node, ast.Name):
        yield node.id
    elif isinstance(node, (ast.Tuple, ast.List)):
        for element in node.elts:
            yield from _targets(element)
    elif isinstance(node, ast.Starred):
        yield from _targets(node.value)


def _is_overload(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for decorator in node.decorator_list:
        name = decorator.attr if isinstance(decorator, ast.Attribute) else None
        if isinstance(decorator, ast.Name):
            name = decorator.id
        if name == "overload":
            return True
    return False


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(
        isinstance(kind, ast.Name) and kind.id in {"ImportError", "ModuleNotFoundError"}
        for kind in kinds
    )


def _bindings(body: list[ast.stmt]) -> dict[str, list[int]]:
    """Name -> the lines binding it, in one run of `body` (exclusive branches merged)."""
    found: dict[str, list[int]] = {}

    def add(name: str, line: int) -> None:
        found.setdefault(name, []).append(line)

    def merge(branches: list[dict[str, list[int]]]) -> None:
        # A name bound in two alternatives that never both run counts once (the first).
        merged: dict[str, list[int]] = {}
        for branch in branches:
            for name, lines in branch.items():
                if name in merged:
                    merged[name] = merged[name][:1] + lines[1:]
                else:
                    merged[name] = list(lines)
        for name, lines in merged.items():
            for line in lines:
                add(name, line)

    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if not _is_overload(node):
                add(node.name, node.lineno)
        elif isinstance(node, ast.ClassDef):
            add(node.name, node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for name in _targets(target):
                    add(name, node.lineno)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            for name in _targets(node.target):
                add(name, node.lineno)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    add(alias.asname, node.lineno)
                elif "." not in alias.name:
                    add(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                add(alias.asname or alias.name, node.lineno)
        elif isinstance(node, ast.If):
            merge([_bindings(node.body), _bindings(node.orelse)])
        elif isinstance(node, ast.Try):
            fallbacks = [h for h in node.handlers if _catches_import_error(h)]
            others = [h for h in node.handlers if not _catches_import_error(h)]
            merge([_bindings(node.body)] + [_bindings(h.body) for h in fallbacks])
            for part in [node.orelse, node.finalbody] + [h.body for h in others]:
                merge([_bindings(part)])
        elif isinstance(node, (ast.With, ast.For, ast.While)):
            merge([_bindings(node.body)])
            merge([_bindings(getattr(node, "orelse", []))])
    return found


def _modules() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def _twice(source: str) -> dict[str, list[int]]:
    return {
        name: lines for name, lines in _bindings(ast.parse(source).body).items() if len(lines) > 1
    }


@pytest.mark.parametrize("path", _modules(), ids=lambda path: str(path.relative_to(ROOT)))
def test_no_top_level_name_bound_twice(path: Path) -> None:
    relative = path.relative_to(ROOT).as_posix()
    twice = {
        name: lines
        for name, lines in _twice(path.read_text(encoding="utf-8")).items()
        if (relative, name) not in ALLOWED
    }
    assert not twice, f"{relative}: top-level names bound more than once (lines): {twice}"


def test_allowed_pairs_still_bind_twice() -> None:
    # An exception that no longer applies is dropped, so the list stays the truth.
    for (relative, name), reason in ALLOWED.items():
        assert reason
        assert name in _twice((ROOT / relative).read_text(encoding="utf-8")), (relative, name)


def test_the_reading_itself() -> None:
    source = """
import os
import os.path
from typing import TYPE_CHECKING, overload
if TYPE_CHECKING:
    from x import A
else:
    A = object
try:
    import fast as speed
except ImportError:
    speed = None
@overload
def f(a: int) -> int: ...
def f(a): return a
_WORDS = ("a",)
_WORDS = ("b",)
def g(): pass
class g: pass
x, (y, *z) = 1, (2, 3)
y = 4
"""
    assert _twice(source) == {"_WORDS": [16, 17], "g": [18, 19], "y": [20, 21]}
