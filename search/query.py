"""The backend-neutral query tree and the parser of the user's query language.

Language:
    sanctions embassy            both words (AND is implied)
    "deep disagreements"         a phrase
    sanction*                    a word prefix
    a OR b, a AND b, NOT a, -a   boolean operators (NOT binds tighter than AND, AND than OR)
    ( … )                        grouping
    speaker:"Oleg Stepanov"      field filters: speaker, source, place, agency, language,
    source:Sputnik place:Moscow  photographer
    headline:crisis quote:crisis words in one part of the document only
    date:2022-02-01..2022-03-31  a date range (either end may be omitted: date:2022..)
    after:2022-02 before:2023    open-ended ranges; a year or month covers the whole period

Parsing never raises at the user: input that is not valid advanced syntax is searched as
plain words and `ParsedQuery.notes` says so. Backends compile the tree; no caller
writes FTS5 or Elasticsearch syntax.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .facets import QUERY_FIELDS

# Field name in a query → the facet it filters (`by:` → speaker), from the facets' spec.
FILTER_FIELDS = QUERY_FIELDS
TEXT_FIELDS = {"headline": "headline", "title": "headline", "quote": "quote", "body": "body"}
DATE_FIELDS = {"date", "after", "before", "since", "until"}

# -- the tree ------------------------------------------------------------------


class Node:
    """A node of the query tree."""


@dataclass(frozen=True)
class MatchAll(Node):
    pass


@dataclass(frozen=True)
class Text(Node):
    """Words to find; `phrase` keeps their order, `prefix` matches word beginnings.

    `field` narrows the search to one part of the document (headline, body, quote).
    """

    value: str
    phrase: bool = False
    prefix: bool = False
    field: str | None = None


@dataclass(frozen=True)
class Field(Node):
    """An exact (case-insensitive) filter on a facet field: speaker, source, place…"""

    name: str
    value: str


@dataclass(frozen=True)
class DateRange(Node):
    """Publication date from `start` to `end`, both inclusive, either may be open."""

    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class And(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not(Node):
    item: Node


@dataclass
class ParsedQuery:
    """What the user typed, the tree it became, and any note about how it was read."""

    raw: str
    node: Node
    notes: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return isinstance(self.node, MatchAll)


# -- helpers over trees --------------------------------------------------------


def and_(*items: Node) -> Node:
    """An AND of the items, dropping MatchAll and flattening nested ANDs."""
    flat: list[Node] = []
    for item in items:
        if isinstance(item, MatchAll):
            continue
        flat.extend(item.items if isinstance(item, And) else (item,))
    if not flat:
        return MatchAll()
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def or_(*items: Node) -> Node:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, Or) else (item,))
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def walk(node: Node) -> Iterator[Node]:
    """Every node of the tree, depth first."""
    yield node
    if isinstance(node, And | Or):
        for item in node.items:
            yield from walk(item)
    elif isinstance(node, Not):
        yield from walk(node.item)


def positive_texts(node: Node) -> list[Text]:
    """Text leaves not under a NOT: what highlighting and ranking look for."""
    if isinstance(node, Text):
        return [node]
    if isinstance(node, And | Or):
        return [t for item in node.items for t in positive_texts(item)]
    return []


# -- dates ---------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_partial_date(value: str, *, end: bool = False) -> dt.date:
    """`2022`, `2022-02` or `2022-02-24` → the first (or, with end, last) day it covers."""
    m = _DATE.match(value.strip())
    if not m:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if day:
        return dt.date(year, int(month), int(day))
    if month:
        last = calendar.monthrange(year, int(month))[1]
        return dt.date(year, int(month), last if end else 1)
    return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)


def _date_node(name: str, value: str) -> DateRange:
    if name == "date":
        if ".." in value:
            lo, hi = value.split("..", 1)
            return DateRange(
                parse_partial_date(lo) if lo else None,
                parse_partial_date(hi, end=True) if hi else None,
            )
        return DateRange(parse_partial_date(value), parse_partial_date(value, end=True))
    if name in ("after", "since"):
        return DateRange(start=parse_partial_date(value))
    return DateRange(end=parse_partial_date(value, end=True))


# -- tokenizer -----------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<field>(?P<neg1>-)?(?P<fname>[A-Za-z]+):(?:"(?P<fquoted>[^"]*)"|(?P<fvalue>[^\s()"]+)))
  | (?P<phrase>(?P<neg2>-)?"(?P<ptext>[^"]*)")
  | (?P<word>(?P<neg3>-)?[^\s()"]+)
  | (?P<stray>")
    """,
    re.VERBOSE,
)
_WORD_CHARS = re.compile(r"\w+")


class QuerySyntaxError(ValueError):
    pass


@dataclass
class _Tok:
    kind: str  # "(" ")" "AND" "OR" "NOT" "leaf"
    node: Node | None = None


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        assert m is not None  # the word alternative matches any non-space run
        pos = m.end()
        if m.lastgroup == "ws":
            continue
        if m.group("lparen"):
            toks.append(_Tok("("))
        elif m.group("rparen"):
            toks.append(_Tok(")"))
        elif m.group("stray"):
            raise QuerySyntaxError("a quotation mark is not closed")
        elif m.group("field"):
            toks.extend(_field_tokens(m))
        elif m.group("phrase") is not None:
            leaf = _text_leaf(m.group("ptext"), phrase=True)
            toks.extend(_negated(leaf, bool(m.group("neg2"))))
        else:
            word = m.group("word")
            if word in ("AND", "OR", "NOT"):
                toks.append(_Tok(word))
                continue
            name = word.lstrip("-").rstrip(":").lower()
            if word.endswith(":") and name in {*FILTER_FIELDS, *TEXT_FIELDS, *DATE_FIELDS}:
                raise QuerySyntaxError(f"{name}: needs a value right after the colon")
            negate = bool(m.group("neg3")) and len(word) > 1
            leaf = _text_leaf(word[1:] if negate else word)
            toks.extend(_negated(leaf, negate))
    return toks


def _negated(node: Node | None, negate: bool) -> list[_Tok]:
    if node is None:
        return []
    return [_Tok("NOT"), _Tok("leaf", node)] if negate else [_Tok("leaf", node)]


def _text_leaf(value: str, *, phrase: bool = False, field: str | None = None) -> Node | None:
    words = _WORD_CHARS.findall(value)
    if not words:
        return None
    prefix = value.rstrip().endswith("*") and not phrase
    if len(words) > 1:
        phrase = True
    return Text(" ".join(words), phrase=phrase, prefix=prefix, field=field)


def _field_tokens(m: re.Match[str]) -> list[_Tok]:
    name = m.group("fname").lower()
    quoted = m.group("fquoted")
    value = quoted if quoted is not None else m.group("fvalue")
    negate = bool(m.group("neg1"))
    if name in FILTER_FIELDS:
        value = " ".join(value.split())
        if not value:
            raise QuerySyntaxError(f"{name}: needs a value")
        return _negated(Field(FILTER_FIELDS[name], value), negate)
    if name in TEXT_FIELDS:
        leaf = _text_leaf(value, phrase=quoted is not None, field=TEXT_FIELDS[name])
        return _negated(leaf, negate)
    if name in DATE_FIELDS:
        try:
            return _negated(_date_node(name, value), negate)
        except ValueError as exc:
            raise QuerySyntaxError(str(exc)) from None
    # Not a field we know (a URL, "Note:"…): keep it as words.
    return _negated(_text_leaf(m.group("field").lstrip("-"), phrase=quoted is not None), negate)


# -- recursive descent: or := and (OR and)* ; and := unary (AND? unary)* ; unary := NOT unary | atom


class _Parser:
    def __init__(self, toks: list[_Tok]):
        self.toks = toks
        self.pos = 0

    def peek(self) -> str | None:
        return self.toks[self.pos].kind if self.pos < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node:
        if not self.toks:
            return MatchAll()
        node = self.parse_or()
        if self.pos != len(self.toks):
            raise QuerySyntaxError("a closing parenthesis has no opening one")
        return node

    def parse_or(self) -> Node:
        items = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            items.append(self.parse_and())
        return or_(*items)

    def parse_and(self) -> Node:
        items = [self.parse_unary()]
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.take()
            items.append(self.parse_unary())
        return and_(*items) if len(items) > 1 else items[0]

    def parse_unary(self) -> Node:
        kind = self.peek()
        if kind == "NOT":
            self.take()
            return Not(self.parse_unary())
        if kind == "(":
            self.take()
            node = self.parse_or()
            if self.peek() != ")":
                raise QuerySyntaxError("a parenthesis is not closed")
            self.take()
            return node
        if kind == "leaf":
            leaf = self.take().node
            assert leaf is not None
            return leaf
        if kind is None:
            raise QuerySyntaxError("the query ends with an operator")
        raise QuerySyntaxError(f"{kind} is not followed by a search term")


def _only_negative(node: Node) -> bool:
    if isinstance(node, Not):
        return True
    if isinstance(node, And):
        return all(_only_negative(i) for i in node.items)
    return False


def _plain_words(text: str) -> Node:
    leaves = [Text(w) for w in _WORD_CHARS.findall(text) if w not in ("AND", "OR", "NOT")]
    return and_(*leaves)


def parse_query(text: str | None) -> ParsedQuery:
    """Parse what the user typed; anything unreadable degrades to plain words with a note."""
    raw = (text or "").strip()
    try:
        node = _Parser(_tokenize(raw)).parse()
    except QuerySyntaxError as exc:
        node = _plain_words(raw)
        note = f"Could not read the query as search syntax ({exc}); searched for the words instead."
        return ParsedQuery(raw, node, [note])
    except RecursionError:
        # Hundreds of nested parentheses or NOTs: the descent runs out of stack.
        note = "The query is nested too deeply to read; searched for the words instead."
        return ParsedQuery(raw, _plain_words(raw), [note])
    notes = []
    if _only_negative(node) and not isinstance(node, MatchAll):
        notes.append("The query only excludes terms; showing everything else.")
    return ParsedQuery(raw, node, notes)


# -- in words ------------------------------------------------------------------


def describe(node: Node) -> str:
    """The tree in plain words, for the page that shows what is being searched."""
    if isinstance(node, MatchAll):
        return "everything"
    if isinstance(node, Text):
        where = {"headline": " in the headline", "quote": " in a quote", "body": " in the body"}
        star = "…" if node.prefix else ""
        return f"‘{node.value}{star}’" + where.get(node.field or "", "")
    if isinstance(node, Field):
        label = {"speaker": "by", "place": "datelined", "agency": "photo agency"}
        return f"{label.get(node.name, node.name)} {node.value}"
    if isinstance(node, DateRange):
        if node.start and node.end:
            return f"from {node.start} to {node.end}"
        return f"from {node.start}" if node.start else f"until {node.end}"
    if isinstance(node, Not):
        return f"not {describe(node.item)}"
    if isinstance(node, And | Or):
        joiner = " and " if isinstance(node, And) else " or "
        parts = [describe(i) for i in node.items]
        return "(" + joiner.join(parts) + ")" if isinstance(node, Or) else joiner.join(parts)
    raise TypeError(node)
