"""The searches the benchmarks run: what reporters look for in congressional statements.

Plain data, importing nothing, so every benchmark script can share it without putting
the project's packages on the path first.
"""

TERMS = [
    "health care",
    "veterans",
    "tax",
    "infrastructure",
    "immigration",
    "climate",
    '"small business"',
    "education",
    "opioid*",
    "border security",
    "jobs",
    "china",
    "energy",
    "farm*",
    "drinking water",
    "housing",
    "pandemic OR covid",
    '"social security"',
    "medicare",
    "military",
    "trade",
    "students",
    "wildfire*",
    "broadband",
]
