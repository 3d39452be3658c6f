"""`press evaluate quotes --misses`: the speaker misses of PolNeAR dev, never of another
split. The corpus here is invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from press.cli import main
from press.eval_quotes import speaker_misses


def _corpus(root: Path, split: str) -> Path:
    base = root / "polnear" / split
    (base / "text").mkdir(parents=True)
    (base / "attributions").mkdir()
    text = (
        "Headline\n\n“We will build it,” Holt said.\n\n"
        "The mayor added that the pier was “far too old to mend.”\n\n"
        "“Nobody asked us,” a neighbour said.\n"
    )
    (base / "text" / "paper_a.txt").write_text(text, encoding="utf-8")
    rows, events = [], []
    for k, (content, source) in enumerate(
        [
            ("“We will build it,”", "Holt"),
            ("the pier was “far too old to mend.”", "The mayor"),
            ("“Nobody asked us,”", "a neighbour"),
        ],
        1,
    ):
        a = text.index(content)
        s = text.index(source, a if k != 2 else 0)
        rows.append(f"T{k}\tContent {a} {a + len(content)}\t{content}")
        rows.append(f"T{k + 10}\tSource {s} {s + len(source)}\t{source}")
        events.append(f"E{k}\tAttribution:T{k + 20} Source:T{k + 10} Content:T{k}")
    (base / "attributions" / "paper_a_x1.ann").write_text(
        "\n".join(rows + events) + "\n", encoding="utf-8"
    )
    return root


def test_each_gold_quote_with_a_wrong_or_no_speaker_is_listed(tmp_path):
    corpus = _corpus(tmp_path / "corpus", "dev")
    pred = tmp_path / "pred"
    pred.mkdir()
    quotes = [
        {"text": "We will build it,", "speaker": "Ann Holt", "mention": "Holt"},
        {"text": "Nobody asked us,", "speaker": "Ann Holt", "mention": "Holt"},
    ]
    (pred / "paper_a.json").write_text(json.dumps({"quotes": quotes}), encoding="utf-8")

    lines = speaker_misses(pred, "dev", corpus)

    assert len(lines) == 2
    assert lines[0].startswith("paper_a: not found [The mayor]")
    assert lines[1].startswith("paper_a: [a neighbour] got 'Ann Holt' (mention 'Holt')")


def test_a_quote_right_on_its_mention_alone_is_listed_apart(tmp_path):
    corpus = _corpus(tmp_path / "corpus", "dev")
    pred = tmp_path / "pred"
    pred.mkdir()
    quotes = [
        {"text": "We will build it,", "speaker": None, "mention": "Holt"},
        {"text": "Nobody asked us,", "speaker": None, "mention": "a neighbour"},
    ]
    (pred / "paper_a.json").write_text(json.dumps({"quotes": quotes}), encoding="utf-8")

    lines = speaker_misses(pred, "dev", corpus)

    # The scorer counts both right, yet neither quote has a speaker value.
    assert [line.split(" got ")[0] for line in lines] == [
        "paper_a: mention only [Holt]",
        "paper_a: not found [The mayor] the pier was “far too old to mend.”",
        "paper_a: mention only [a neighbour]",
    ]


def test_misses_of_any_split_but_dev_are_refused(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", "train")
    with pytest.raises(ValueError, match="only for dev"):
        speaker_misses(tmp_path, "train", corpus)
    monkeypatch.setenv("PRESS_CORPUS", str(corpus))
    result = CliRunner().invoke(
        main,
        ["evaluate", "quotes", "--split", "train", "--misses", "--out", str(tmp_path / "o")],
    )
    assert result.exit_code == 1 and "only for dev, not train" in result.output
    # Refused before anything is parsed or written.
    assert not (tmp_path / "o" / "quotes").exists()
