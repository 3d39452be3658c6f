"""A role never holds another person's name: in `State Senator Ann Holt and Harbor and
Port Board Chair Tod Vail`, Vail's role is the title after the `and` that follows Holt's
name, whether or not a weekday follows (`… Tod Vail Monday morning`)."""

from __future__ import annotations

from importers.limits import parse_text_bounded
from tests.issuer_release import HEAD

LEAD = "BAYPORT, OH – Mayor Bea Lind was joined by {people}{day} at the pier."
SAID = "“We will open the pier to everyone,” Vail said."


def _roles(people: str, day: str) -> dict[str, str | None]:
    text = f"{HEAD}{LEAD.format(people=people, day=day)}\n\n{SAID}"
    return {s.name: s.role for s in parse_text_bounded(text).speakers}


def test_a_role_after_another_titled_name_and_and_starts_after_it() -> None:
    for day in ("", " Monday morning"):
        for people, role in (
            (
                "State Senator Ann Holt and Harbor and Port Board Chair Tod Vail",
                "Harbor and Port Board Chair",
            ),
            (
                "U.S. Senator Ann Holt and U.S. Harbor and Port Board Chair Tod Vail",
                "U.S. Harbor and Port Board Chair",
            ),
            ("State Senator Ann Holt and Harbor Board Chair Tod Vail", "Harbor Board Chair"),
            (
                "Mayor Lea Roe, State Senator Ann Holt, and Harbor and Port Board Chair Tod Vail",
                "Harbor and Port Board Chair",
            ),
        ):
            roles = _roles(people, day)
            assert roles.get("Tod Vail") == role, (people, day, roles)


def test_a_role_of_a_body_with_and_in_its_name_is_kept() -> None:
    for people, day, role in (
        ("Secretary of Harbors and Ports Tod Vail", "", "Secretary of Harbors and Ports"),
        ("Harbor and Port Board Chair Tod Vail", "", "Harbor and Port Board Chair"),
        ("Harbor and Port Board Chair Tod Vail", " Monday morning", "Harbor and Port Board Chair"),
    ):
        roles = _roles(people, day)
        assert roles.get("Tod Vail") == role, (people, day, roles)
