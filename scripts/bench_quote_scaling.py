#!/usr/bin/env python3
"""Quote extraction time per KB as one paragraph grows: linear or not, in one run.

Times `importers.quotes.extract_quotes` on a single paragraph of quotations at each size
and prints the time per KB. Shapes: `cue` (the default), quotations with no full stop
(the worst shape for a search that walks back to the sentence start); `pronoun`, an
organisation's sentences each followed by a quotation cued by `they said` (each pronoun
asks whether the organisation opened its sentence); `he`, paragraphs each naming two
people in a sentence, one the subject who says something and one in the words reported,
then a quotation cued by `he said` (each pronoun weighs the subject, the other person and
whether the text shows either to be a person or gives their sex); `lone`, paragraphs each
naming a new person in full and then their surname alone as a sentence's subject before
a quotation cued by `she said` (each lone surname is looked up among the people named
before it, who grow with the text). Parse time is linear
when the largest and the smallest time per KB stay within 2× of each other; the exit
status says whether they do.

With `--repeats`, the paragraph is one unit repeated that many times, a few surnames in
turn, and the whole release parse of it (the body of a record with an issuing member) is
timed in CPU µs per character; the ratio is the largest size's to the smallest's. Shapes:
`nationality`, a person named in full and then by surname at a cue, `he` at the next
cues and a lone `Another diplomat` between them; `lone-part`, a lone surname opening a
sentence (`For his part, Alderfield believes …`) between `he`/`she` cues; `letters`, a
letter's leaders and co-signers named before the senators' quotation of it; `also-signed`,
a member leading unnamed colleagues, the senators' quotation of their letter and those
who also signed it; `addressees`, a letter's list of addressees before `reads`;
`letter-addressed`, one sentence naming many people written to or met (`in a note to Chair
Ann …`) before the members' letter and their quotation of it;
`tagged-single`, one member with a party tag before each of the senators' quotations
(each group cue asks for the latest list of tagged members before it: there is none);
`forms`, one person named again and again in other forms (`Sen. Ann Alderton`, `Ms.
Alderton`, `Alderton`, `Senator Alderton`, `Ann K. Alderton`) between quotations; `titled`, one
sentence naming titled people whose sex the text does not give (`Rep. Alderton 1 – Rep.
Birchton 2 – …`), as a hearing's list of members may; `roles`, a member and an unnamed
office holder (`the county clerk`) before each `he said`, all in one sentence (each
pronoun asks whether a quotation up to the sentence's end speaks of the office holder
as somebody else); `uncued`, a sentence and a quotation with no cue in turn (each is the
issuer's statement, asked whether a bill's heading stands before it); `side`, quotations
side by side with only a space between them, their cues typed inside the marks (each
asks whether a naming verb stands before the run of quotations listed with it); `straight`,
one statement holding straight single marks opened after commas and never closed (each
opener searches for its closer); `nested-straight`, straight marks around a word, pair
after pair, inside one statement opened with a curly mark (each opener asks whether a
sentence ends before it); `nested-single`, a double and a single mark opening words
inside one statement, pair after pair, never closed together (each asks whether the two
marks close it and the statement at once within a few words); `hyphens`, hyphens
glued to capitals never closed before a hyphen ending the paragraph (each tried as a
statement ending the text); `body`
and `role-alone`, statements announced as from a body (`from the Elm Clinic:`) or an
office holder left unnamed (`from the Mayor:`), each nobody's (each pronoun-less quotation
left without a speaker asks whether its sentence opens with a site's owner); `office`, an
office of a body capitalised as a title (`The Director of the Elm Department of Roads was
asked …`) before `He responded, “…”`, after a person given that office (each pronoun asks
whether the text before it gives that office to more than one person); `office-two`, the
same with a second holder running the body each time; `office-bodies`, the same with a body
of a name of its own each time; `given-role`, a person named (`Ann Alderton, of the Elm
Star,`) and somebody by a role noun (`The editor said …`) before `she said` (each pronoun
asks whether the text before it gave her that role, which it never did);
`lost-marks`, closing marks lost as a replacement character and `?` after statements
and their paragraphs (each opening mark asks whether a sentence ends before it);
`run-on-inside`, words opened inside a sentence and closed nowhere after a statement left
open (each part asks whether it opens inside a sentence);
`mac-roman`, curly marks written in Windows-1252 and read as Mac Roman (`ìOpen,î`,
`weíve`), some opening marks before lower-case words never closed (each asks whether a
closing mark comes before the next opening one);
`titled-cues`, one sentence of many cues, each a list of titles before `the Congressman
said,` after an opening phrase (each cue asks whether its list opens the sentence);
`hyphen-pairs`, a layout's hyphens for quotation marks followed by pairs of hyphens
around a few words (each hyphen tried as a statement's opener or closer);
`names`, a new person a sentence named in full and then by the surname alone (each
surname looked up among the people named before it); `head-quotes`, a headline of many
quotations (`… Says “Every harbor gets 4 days”`) above a one-line body (each asked
whether the body or the head's text says who said it); `dateline-run`, a text opening
with a run of hyphenated words and no dateline after it (`ab-ab-…-ab1 is a code.`: a
dateline pattern reading a hyphen two ways tried every split of the run); `kin-hyphens`,
a run of `A-` before a surname alone (`Holt said`: each `A` asked whether it owns kin
set off by full name); `caps-dots`, `caps-dot-lower`, `caps-dot-words`,
`caps-dots-spaced` and `caps-run`, a long run of capitals and full stops after a cue
(`said A.A.A.…`, `said A.bA.b…`, `Ab.CAb.C…`, `said A. A. …`, `said AAA…`: a name's
words and dotted parts once unbounded). Shapes of short units have larger default
sizes (`DEFAULT_REPEATS`).

With `--all`, every shape is run at its default sizes (or those given) and a table of
the ratios is printed last; the exit status says whether all of them are linear.

Examples:
    .venv/bin/python scripts/bench_quote_scaling.py --sizes 10,100,1000
    .venv/bin/python scripts/bench_quote_scaling.py --shape letters --repeats 50,200,800
    .venv/bin/python scripts/bench_quote_scaling.py --all --sizes 10,40,160 --rounds 2
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

UNITS = {
    "cue": "lorem “quoted words here” said the envoy ",
    "pronoun": "Harbor Holdings said more. “The point is settled,” they said. ",
    "he": "Casey Morgan, who runs the bakery, said sales doubled after Tom Reed wrote about"
    " it. “We were not ready,” he said.\n\n",
}


# `lone`: one person a paragraph, each with a surname of their own.
LONE = (
    "Maria {0}, who runs the bakery, spoke first. {0} says sales doubled."
    " “We were not ready,” she said.\n\n"
)
# Units repeated whole (`--repeats`): {0} the repeat's number, {1} one of SURNAMES in turn.
REPEATED = {
    "nationality": "Anish {1}son spoke. “Open {0},” {1}son said. “Yes,” he added."
    " Another diplomat said no. “No {0},” he said.",
    "lone-part": "Ann {1}field spoke. For his part, {1}field believes {0}. “Open {0},” he says."
    " Police said no. “No {0},” she said.",
    "letters": "Sen. Ann {1} and Sen. Ben Fisk led a letter to the Board {0}. Reps. Cal Roe and"
    " Dee Lin also signed the letter. “Act now {0},” the senators wrote. Joining them in this"
    " letter were Sen. Eve Ash and Sen. Fay Oak.",
    "also-signed": "Citing day {0}, Sen. Ann {1} and a group of her colleagues urged the"
    " Board. “Act now {0},” the senators wrote in the letter. “Soon.” The letter was also"
    " signed by: Senators Cal Roe and Dee Lin.",
    "addressees": "The letter directed to Chair Ann {1}, Bo Lin and CEO Cy Ray reads, “Act {0}.” ",
    # one sentence naming many people written to or met before a letter's word (each
    # person's mentions asked whether a preposition's phrase holds them)
    "letter-addressed": "in a note to Chair Ann {2} and with Gov. Bo {2} on day {0},",
    "tagged-single": "Rep. Ann {1} (D-OR) spoke on day {0}. “Act now {0},” the senators wrote in"
    " the letter.",
    # asides after names blanked like party tags (each looks back at the word before it)
    "name-aside": "“Open it {0},” said Rep. Ann {1} (OR01). Tod Vail (pictured) and x (left) ",
    "forms": "Sen. Ann {1}ton spoke {0}. Ms. {1}ton said, “Yes {0}.” {1}ton added: “No.”"
    " Senator {1}ton said so. Ann K. {1}ton agreed.",
    "titled": "Rep. {1}ton {0} –",
    "roles": "Rep. Tod {1}ton met the county clerk {0} and “open {0},” he said and",
    "uncued": "The board met on day {0}. “The {1} line opens on day {0}, and it stays open.”",
    "side": "“Open {0}, said Rep. {1}ton.” “And the pier is next, said Mayor Ann Holt.”"
    " “We start on day {0}.” ",
    # statements announced as a body's or an unnamed office holder's: nobody's words
    "body": "Ann Holt released the following statement from the Elm Clinic: “Open it {0}.”",
    "role-alone": "Ann Holt released the following statement from the Mayor: “Open it {0}.”",
    # an office of a body left unnamed before `he` (each pronoun asks whether the text
    # before it gives that office to more than one person or names more than one body)
    "office": "Tod {1}ton, Director of the Elm Department of Roads, spoke on day {0}. The"
    " Director of the Elm Department of Roads was asked about day {0}. He responded, “Open"
    " it {0}.”",
    # the same with a second holder of the office (`who runs …`) each time
    "office-two": "Tod {1}ton, Director of the Elm Department of Roads, spoke on day {0}. Ann Roe,"
    " who runs the Elm Department of Roads, spoke too. The Director of the Elm Department of"
    " Roads was asked about day {0}. He responded, “Open it {0}.”",
    # the same with a body of a name of its own each time ({2}): every pronoun asks about
    # another body
    "office-bodies": "Tod {1}ton, Director of the {2} Department of Roads, spoke on day {0}. The"
    " Director of the {2} Department of Roads was asked about day {0}. He responded, “Open"
    " it {0}.”",
    # a person named, then somebody by a role noun (`The editor said`) before `she said`
    # (each pronoun asks whether the text before it gave her that role: it never did)
    "given-role": "Ann {1}ton, of the Elm Star, spoke on day {0}. The editor said day {0}"
    " was fine. “Open it {0},” she said.",
    # a one-word label of a surname of its own each time ({2}), a paragraph each
    "labels": "{2}: “We keep the harbor open on day {0}.”\n\n",
    # a statement's blocks side by side after one cue (`OPENERS`), each going on from the last
    "blocks": "“The pier opens on day {0}.”",
    # straight single marks opened inside one statement (`OPENERS`, `CLOSERS`) and never
    # closed (each opener would search the rest of the statement for its closer)
    "straight": ", 'ab{0}",
    # straight marks around a word inside one quotation opened with a curly mark
    # (`OPENERS`, `CLOSERS`), each pair quoting words within it
    "nested-straight": '"ab" c',
    # a double mark and a single one opening words inside one statement, never closed
    # together (each asks whether a single mark and a double one close it and the
    # statement at once within a few words)
    "nested-single": "a “‘b c ",
    # hyphens glued to capitals, as a layout writing its quotation marks as hyphens opens
    # them, never closed before the paragraph's last hyphen (`CLOSERS`; each would be
    # tried as the start of a statement ending the text)
    "hyphens": "-Abc d",
    # a capitalised word opening a sentence before a verb (`Below is …`), each asking
    # whether its paragraph puts people in a place of that name (`in Below`)
    "opening-word": "Former Governor Ben {1}ton praised it on day {0}. Below is the Governor’s"
    " statement: “Open it {0}.” ",
    # full stops glued to the next sentence's first word, as copy that lost its spaces has
    # them (`… the docks.Many growers …`), each a sentence end of the one scan
    "glued": "Ann {1}ton toured the docks on day {0}.Many growers met her.Later “open it {0},”"
    " she said.",
    # one sentence of many cues (no full stop outside the marks), each a list of titles
    # after an opening phrase before `the Congressman said,` (`OPENERS`)
    "titled-cues": "Finally, the Congressman, the Senator, the Congressman and the Delegate the"
    " Congressman said, “We win {0}.”",
    # pairs of hyphens around a few words after a layout that writes its marks as hyphens
    # (`OPENERS`)
    "hyphen-pairs": "-A b,- c d. -E f- g.",
    # a person named in full, then by the surname alone, a new person each time
    "names": "Ann {2} met {2} later.",
    # a list's last name running into a first name that opened sentences alone before
    "list-runs-on": "Ann toured the dock on day {0}. Guests were Tod {1}, Bram {2} and Cal"
    " {2} Ann also met the crew. ",
    # quotations in a headline (`HEADLINES`: the repeated text is the record's headline)
    "head-quotes": "Harbor Line Ends, Prask Says “Every harbor gets {0} days”",
    # a run of hyphenated words opening the text, with no dateline after it (`JOINERS`)
    "dateline-run": "ab",
    # a run of `A-` before a surname alone (`JOINERS`, `CLOSERS`)
    "kin-hyphens": "A-",
    # long runs of capitals and full stops after a cue (`JOINERS`, `OPENERS`)
    "caps-dots": "A.",
    "caps-dot-lower": "A.b",
    "caps-dot-words": "Ab.C",
    "caps-dots-spaced": "A.",
    "caps-run": "A",
    # closing marks lost as `\ufffd?` after words opened in a sentence of their own (each
    # opening mark asks whether a sentence ends before it)
    "lost-marks": "“Open it {0},\ufffd? said Rep. Ann {1}. “It takes {0} days. “We start.\ufffd?",
    # words opened inside a sentence and closed nowhere, after a statement left open (each
    # run-on part asks whether it opens inside a sentence)
    "run-on-inside": "“Open it {0} for sailors with an “other term {0}.",
    # curly marks read as Mac Roman, some lower-case openers never closed (each asks
    # whether a closing mark comes before the next opening one)
    "mac-roman": "ìOpen it {0},î said Rep. Ann {1}. Weíve waited, ìsaid Roe. A ìlong wait {0} ",
}
# What stands before the first unit of a shape whose units go on from it, and after the
# last.
SAID = "“We will do it,” said "
OPENERS = {
    "blocks": "Rep. Ann Holt said: ",
    "straight": "“Ann Holt said we must",
    "nested-straight": "“Ann Holt said we must ",
    "nested-single": "“Ann Holt said we must ",
    "letter-addressed": "Today, ",
    "titled-cues": "DOVERTON – Congressman Otto Brisk toured the Kell Street lock on Friday."
    " “The gates are older than the town,” Brisk said.\n\n",
    "hyphen-pairs": "Senators Ivo Brandt and Lena Marsh announced funds for the Dover harbor."
    " -The harbor feeds half of this town,- said Sen. Brandt. -It needed this grant.- -We"
    " fought for these docks for years,- Sen. Marsh said. -Dover will see the work start in"
    " May.- ",
    "caps-dots": SAID,
    "caps-dot-lower": "said ",
    "caps-dots-spaced": SAID,
    "caps-run": SAID,
}
CLOSERS = {
    "straight": ".” said Rep. Ann Vail.",
    "nested-straight": ".” said Rep. Ann Vail.",
    "nested-single": ".” said Rep. Ann Vail.",
    "hyphens": "x-",
    "dateline-run": "1 is a code.",
    "kin-hyphens": " Ann Holt spoke. “We will do it,” Holt said.",
    "letter-addressed": " Reps. Tod Vail and Cal Dunn sent a letter to the Board. “Act now,” the"
    " members wrote.",
}
# What stands between two units, where it is not a space.
JOINERS = {
    "dateline-run": "-",
    "kin-hyphens": "",
    "caps-dots": "",
    "caps-dot-lower": "",
    "caps-dot-words": "",
    "caps-run": "",
}
# The body under a shape whose repeated text is the headline.
HEADLINES = {"head-quotes": "“Our towns cannot wait,” Tamsin said."}
# Sizes (units) of a shape whose unit is a few characters: long enough for a search
# that restarts inside the run to show.
DEFAULT_REPEATS = dict.fromkeys(
    ("kin-hyphens", "caps-dots", "caps-dot-lower", "caps-dot-words", "caps-dots-spaced"),
    "1000,4000,16000",
) | {"caps-run": "2000,8000,32000", "nested-straight": "2000,8000,24000"}
SURNAMES = ("Alder", "Birch", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iron")
_SYLLABLES = ("bar", "ken", "lo", "mir", "tan", "vel", "dor", "sun", "pra", "gol", "nes", "fi")


def _surnames() -> Iterator[str]:
    """Distinct made-up surnames (`Barkenlo`, `Barkenmir`, …), as many as asked for."""
    for n in itertools.count(3):
        for parts in itertools.product(_SYLLABLES, repeat=n):
            yield "".join(parts).capitalize()


def paragraph(kb: int, shape: str = "cue") -> str:
    """About `kb` KB of quotations of one shape, in one paragraph (or, for `he` and
    `lone`, in paragraphs parted by blank lines)."""
    size = kb * 1024
    if shape == "lone":
        out: list[str] = []
        total = 0
        for name in _surnames():
            if total >= size:
                break
            out.append(LONE.format(name))
            total += len(out[-1])
        return "".join(out)[:size]
    unit = UNITS[shape]
    return (unit * (size // len(unit) + 1))[:size]


def repeated(n: int, shape: str) -> str:
    """One paragraph of `n` units of a `REPEATED` shape, parted by spaces (or `JOINERS`)."""
    unit = REPEATED[shape]
    names = _surnames()
    units = (unit.format(i, SURNAMES[i % len(SURNAMES)], next(names)) for i in range(n))
    return OPENERS.get(shape, "") + JOINERS.get(shape, " ").join(units) + CLOSERS.get(shape, "")


def per_char(sizes: list[int], shape: str, rounds: int) -> list[float]:
    """CPU µs per character of the whole release parse of `repeated(n, shape)` for each
    size, printed as they come."""
    from importers.records import document_from_record

    def parse(text: str) -> int:
        record = {"text": text, "member": "Rep. Ann Vail"}
        mapping = {"text": "text", "member": "issuer"}
        if shape in HEADLINES:
            record |= {"headline": text, "text": HEADLINES[shape]}
            mapping["headline"] = "headline"
        doc = document_from_record(record, mapping, origin=None)
        return len(doc.quotes)

    # warm-up: patterns compiled, lexicons and name tables loaded
    parse(repeated(5, shape))
    parse("Rep. Ann Holt met Tod Vail. “We will do it,” Holt said. “Yes,” said Sen. Vail.")
    out = []
    for n in sizes:
        text = repeated(n, shape)
        best = float("inf")
        for _ in range(rounds):
            t0 = time.process_time()
            found = parse(text)
            best = min(best, time.process_time() - t0)
        out.append(best / len(text) * 1e6)
        print(
            f"{n:>6} repeats  {len(text):>8} chars  {best:8.3f} s"
            f"  {out[-1]:7.1f} µs/char  {found} quotes"
        )
    return out


def kb_ratio(sizes: list[int], shape: str, rounds: int) -> float:
    """Wall time per KB of `extract_quotes` on `paragraph(kb, shape)` for each size,
    printed as they come; the slowest over the fastest."""
    from importers.quotes import extract_quotes

    # warm-up: patterns compiled, lexicons loaded
    extract_quotes(paragraph(1, shape).split("\n\n"))
    per_kb = []
    for kb in sizes:
        text = paragraph(kb, shape)
        best = float("inf")
        for _ in range(rounds):
            t0 = time.perf_counter()
            _speakers, quotes = extract_quotes(text.split("\n\n"))
            best = min(best, time.perf_counter() - t0)
        per_kb.append(best / kb * 1000)
        print(f"{kb:>6} KB  {best:8.3f} s  {per_kb[-1]:7.3f} ms/KB  {len(quotes)} quotes")
    ratio = max(per_kb) / min(per_kb)
    print(f"time per KB, slowest / fastest: {ratio:.2f} (linear: within 2)")
    return ratio


def repeat_ratio(sizes: list[int], shape: str, rounds: int) -> float:
    """`per_char` for each size; the largest size's over the smallest's."""
    us = per_char(sizes, shape, rounds)
    ratio = us[-1] / us[0]
    print(f"µs per character, largest size / smallest: {ratio:.2f} (linear: within 2)")
    return ratio


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100,1000", help="paragraph sizes in KB")
    ap.add_argument("--rounds", type=int, default=3, help="best of this many runs a size")
    ap.add_argument(
        "--shape",
        choices=sorted([*UNITS, "lone", *REPEATED]),
        default="cue",
        help="the paragraph's shape",
    )
    ap.add_argument(
        "--repeats", help="units a paragraph (e.g. 50,200,800): time the whole release parse"
    )
    ap.add_argument("--all", action="store_true", help="every shape, then a table of ratios")
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose parser is timed")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(a.root.resolve()))
    kb_sizes = [int(s) for s in a.sizes.split(",")]

    def repeats(shape: str) -> list[int]:
        return [int(s) for s in (a.repeats or DEFAULT_REPEATS.get(shape, "50,200,800")).split(",")]

    if a.all:
        table = []
        for shape in [*UNITS, "lone", *REPEATED]:
            print(f"-- {shape}")
            if shape in REPEATED:
                sizes = repeats(shape)
                table.append((shape, sizes, repeat_ratio(sizes, shape, a.rounds)))
            else:
                table.append((shape, kb_sizes, kb_ratio(kb_sizes, shape, a.rounds)))
        print(f"\n{'shape':<18} {'sizes':<18} ratio")
        for shape, sizes, ratio in table:
            unit = "units" if shape in REPEATED else "KB"
            sized = ",".join(map(str, sizes)) + " " + unit
            print(f"{shape:<18} {sized:<18} {ratio:5.2f}{'' if ratio <= 2 else '  NOT LINEAR'}")
        return 0 if all(ratio <= 2 for *_, ratio in table) else 1
    if a.repeats or a.shape in REPEATED:
        if a.shape not in REPEATED:
            ap.error(f"--repeats takes a shape of {', '.join(sorted(REPEATED))}")
        return 0 if repeat_ratio(repeats(a.shape), a.shape, a.rounds) <= 2 else 1
    return 0 if kb_ratio(kb_sizes, a.shape, a.rounds) <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
