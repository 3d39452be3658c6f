"""The head of a press release whose title is run into its text, as scraped pages give it.

`03.07.19 Senator Acts on Water Funding Grants Go to Three Counties WASHINGTON, D.C. – Today
…` is a date stamp, a headline, a subheadline, then the dateline and the body.
`split_release_head(text)` finds where the head ends (the dateline, or a full date or
an opening quote right after a title), takes out what is release metadata rather than
title (date stamps, "FOR IMMEDIATE RELEASE", contact names and phone numbers, bylines,
"as originally released by" notes, share buttons), and splits a subheadline off the
headline where the case of the words shows it (a Title Case headline, then a sentence).
When no boundary is sure it gives no headline: a wrong one is worse than none.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from importers import places
from importers import text_patterns as P
from importers.dateline import extract_dateline, parse_date
from importers.names import (
    KIN_SEX,
    MEMBER_TITLES,
    NOT_NAME_WORDS,
    first_name_gender,
    is_role_word,
    issuer_surname,
    surname_forms,
    us_first_name,
)
from importers.quote_patterns import MEMBER_TAG_OPEN
from importers.repair import repair_text
from importers.sentences import sentence_ends

# A run-in title ends within this many characters of the text's start.
WINDOW = 600
# Share buttons after a teaser come within this many characters of the start.
SHARE_WINDOW = 1500
_SHARE = re.compile(r"\b(?i:share):\s*f\s+t\b|\+\s*SHARE\b")
# A word of a title is looked for in lower case this far into the body after it.
BODY_WINDOW = 4000
# Mis-decoded UTF-8 is decoded again this far into the text: every window above.
REPAIR_WINDOW = SHARE_WINDOW + WINDOW + 200
MAX_HEADLINE_WORDS = 40
# Title, subtitle and metadata before a dateline are at most this many words.
MAX_HEAD_WORDS = 80
# A headline is at least this many words; fewer is a label or a scrap.
MIN_HEADLINE_WORDS = 2
# A region written after a place's comma is at most this long ("NEW YORK", "New Hampshire").
MAX_REGION_CHARS = 20
# A place in a dateline is at most this many words ("Rancho Santa Margarita").
MAX_PLACE_WORDS = 4
# A dateline opening the text lies within this many characters.
OPENING_CHARS = 200
# Word starts are looked for this far before a dash: a place, its region and a date.
LOOK_BACK = 160
# … and the text after the dash that a dateline's checks read.
DATELINE_TAIL = 80


@dataclass
class ReleaseHead:
    headline: str | None
    subheadline: str | None
    rest: str  # the text from the dateline (or the body's first word) on
    released: str | None = None  # a full date the head carries, as written
    contact: str | None = None  # the contact line, as written
    # Text before the dateline that is neither title nor release metadata (a caption, a
    # teaser): it is the release's own text, so it stays in the body, before `rest`.
    lead: str | None = None
    letterhead: str | None = None  # the member's letterhead over the head, as written


def split_release_head(text: str, issuer: str | None = None) -> ReleaseHead:
    """Headline, subheadline and the rest of a release whose title runs into its text;
    `issuer`, the member who issued it where known, tells their own name in the head
    (a byline, a label) from another person's."""
    # The body's parse repairs the rest of the text again; the head needs its opening.
    text = repair_text(text, decode_within=REPAIR_WINDOW)
    token = _RELEASE_TEXT.set(text)
    try:
        head = _masthead_out(_byline_out(_split_head(text, issuer), text, issuer), text)
        return _picture_name_out(head)
    finally:
        _RELEASE_TEXT.reset(token)


# The last word of a paper's or a magazine's name ("Corvale Gazette-Herald", "… Times").
_MASTHEAD_WORDS = frozenset(("herald", "news", "times", "post", "journal", "tribune", "gazette",
                             "register", "paper", "magazine", "press", "star", "sun", "review",
                             "record", "courier", "observer", "chronicle", "examiner",
                             "dispatch", "daily", "bulletin", "sentinel", "enquirer",
                             "inquirer", "telegraph", "telegram", "citizen", "ledger",
                             "globe", "monitor", "mercury", "reporter", "independent",
                             "weekly", "standard", "statesman", "tennessean"))  # fmt: skip
# A paper's date and a member's byline after its name: "October 10, 2011 By Congressman …".
_DATED_BYLINE = re.compile(
    rf"\s*(?:{P.MONTH}\s+{P.DAY},?\s*{P.YEAR}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})[\s,|–—-]*By:?\s+"
    r"(?:U\.S\.\s+)?(?:Rep\.|Sen\.|Representative|Senator|Congress(?:man|woman|member))\s+[A-Z]"
)


def _masthead_out(head: ReleaseHead, text: str) -> ReleaseHead:
    """`head` with no headline where it ends in the name of the paper that ran an op-ed,
    the paper's date and the member's byline after it ("Corvale Gazette-Herald October 10,
    2011 By Congressman Tod Vail …", "Why It Matters Corvale Times May 2, 2013 By: Rep.
    …"), or holds them after the name ("The Corvale Star 10/10/2011 By Sen. Ann Roe"): the
    name is no title, and where a title before it would end is not sure. The text from
    the headline on is the body's, as where no head is read."""
    if head.headline is None or head.subheadline is not None or head.lead is not None:
        return head
    at = text.find(head.headline)
    if at < 0:
        return head
    # the masthead's word ends the headline, or the paper's date and the byline stayed in
    # it after that word ("The Corvale Star 10/10/2011 By Sen. Ann Roe")
    for word in re.finditer(r"\S+", head.headline):
        if word[0].split("-")[-1].strip(_EDGE_SPACE).lower() in _MASTHEAD_WORDS and (
            _DATED_BYLINE.match(text, at + word.end())
        ):
            return ReleaseHead(
                None, None, text[at:], contact=head.contact, letterhead=head.letterhead
            )
    return head


# A picture's file name in a title's words, which may hold spaces ("Harbor Visit 7.jpg",
# "DSC_0682 edit.jpg"); not one in quotation marks, which a title names ("“Roe.jpg” Is …").
_PICTURE_NAME_END = re.compile(r"(?<!\S)[^\s\"“‘'][^\s]*\.(?i:jpe?g|png|gif)(?![\w./\"”’'-])")


def _picture_name_out(head: ReleaseHead) -> ReleaseHead:
    """`head` with no headline or deck where either holds a picture's file name the
    `picture` metadata left in ("Harbor Visit 7.jpg Roe Hails …", "Winners 7.jpg"): where
    the name starts is not sure, so neither where a title would. Their words are the
    lead's, kept in the body before the rest."""
    if not any(_PICTURE_NAME_END.search(t or "") for t in (head.headline, head.subheadline)):
        return head
    lead = " ".join(t for t in (head.headline, head.subheadline, head.lead) if t)
    return ReleaseHead(
        None,
        None,
        head.rest,
        released=head.released,
        contact=head.contact,
        lead=lead,
        letterhead=head.letterhead,
    )


# An op-ed's byline ending its title: "By", an office or none, a known first name and
# one or two more capitalised words, then nothing or a note of where it was published.
_OFFICE_BEFORE_NAME = (
    r"(?:(?:U\.S\.\s+)?(?:Rep\.|Sen\.|Representative|Senator|Congress(?:man|woman|member))\s+)?"
)
_TITLE_BYLINE = re.compile(
    rf"\s+(?P<by>By:?\s+{_OFFICE_BEFORE_NAME}(?P<first>[A-Z][a-z]+)"
    r"(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}(?:\s+\([^()]{1,20}\))?)"
    r"(?P<after>\s+(?i:published|appeared|printed|originally)\b.*)?$"
)


# Participles that take "by" without a regular ending ("Won By", "Led By").
_IRREGULAR_PARTICIPLES = frozenset(("won", "led", "held", "made", "built", "brought", "taught",
                                    "sought", "bought", "caught", "paid", "told", "hit", "run",
                                    "set", "shot", "struck", "hurt", "read", "sent", "spent",
                                    "lost", "kept", "left", "met", "found", "heard", "done",
                                    "seen", "torn", "worn", "sworn"))  # fmt: skip
# Last words of a body's name, which no byline ends on.
_BODY_NAME_WORDS = frozenset(("foundation", "institute", "association", "council", "group",
                              "society", "fund", "company", "corporation", "center", "centre",
                              "committee", "coalition", "trust", "university", "college",
                              "school", "club", "inc.", "inc", "llc", "award", "awards",
                              "prize", "scholarship", "family", "families"))  # fmt: skip


def _takes_by(word: str) -> bool:
    """A title's last word before "By" is a participle that takes it ("Honored By")."""
    return word.endswith(("ed", "en")) or word in _IRREGULAR_PARTICIPLES


def _byline_out(head: ReleaseHead, text: str, issuer: str | None = None) -> ReleaseHead:
    """`head` with an op-ed's byline that ends its headline ("Why the Harbor Matters By
    Rep. Jane Roe") moved to the body's start: a byline is no title's words. It is one
    only where it names the issuer or where it was published follows it: "… Testimony
    By Ann Lee", "… New Book By Ann Lee" are works of another person the title names.
    A title whose last verb takes "by" ("… Honored By Jane Roe") keeps it."""
    if head.headline is None or head.subheadline is not None or head.lead is not None:
        return head
    if " By" not in head.headline:
        return head
    m = _TITLE_BYLINE.search(head.headline)
    if m is None or first_name_gender(m["first"]) is None:
        return head
    named = issuer_surname(issuer or "") & surname_forms(m["by"].split()[1:])
    if m["after"] is None and not named:
        return head  # neither the issuer's name nor an op-ed's note of where it ran
    title = head.headline[: m.start()].rstrip(_EDGE_SPACE)
    last = title.split()[-1].lower() if title else ""
    if len(title.split()) < MIN_HEADLINE_WORDS + 1 or _takes_by(last):
        return head
    if m["by"].split()[-1].strip("()").lower() in _BODY_NAME_WORDS:
        return head  # "… By Jane Roe Foundation": a body's name, not a byline
    rest_at = len(text) - len(head.rest)
    if text[rest_at:] != head.rest:
        return head  # the rest is not the text's own tail: where the byline is is not sure
    at = text.rfind(m["by"].split()[0], 0, rest_at)
    if at <= 0 or not text[:at].rstrip(_EDGE_SPACE).endswith(title.split()[-1]):
        return head
    # The byline (and where it was published) is the body's first words; the rest, a
    # dateline first where there is one, stays where the head ended.
    byline = text[at:rest_at].strip()
    return ReleaseHead(title, None, head.rest, head.released, head.contact, byline, head.letterhead)


def _split_head(text: str, issuer: str | None = None) -> ReleaseHead:
    if " ? " in text[:WINDOW]:
        # Copy whose dashes were lost in a charset conversion ("WASHINGTON, DC ? The …",
        # "Bush?s"): a question mark set apart between words stands for the dash.
        text = _LOST_DASH.sub(" –", text[:WINDOW]) + text[WINDOW:]
    if " ñ " in text[:WINDOW] and _N_IN_WORD.search(text) is None:
        # So does an "ñ" standing alone, the en dash of Windows-1252 read as Mac Roman
        # ("WASHINGTON, D.C. ñ Today …", its quotation marks "ì…î"), in a text that
        # writes no "ñ" inside a word: read so, a real "ñ" would be another letter ("Ò").
        text = _LOST_N_DASH.sub(_n_dash, text[:WINDOW]) + text[WINDOW:]
    # A dateline with no dash before the member's lead: the dash put back (see there).
    text = _lost_lead_dash(text)
    # Scraped pages put a teaser or a caption before share buttons; the release starts
    # after them, unless a head and its dateline stand before them.
    opening = text[:SHARE_WINDOW]
    # A plain substring test first: the pattern is slow to run over every text.
    share = _SHARE.search(opening) if "hare" in opening or "HARE" in opening else None
    found = _find_dateline(text)
    if share is not None and (found is None or found[0] == 0 or found[0] > share.start()):
        tail = text[share.end() :].lstrip()
        if (after := _find_dateline(tail)) is not None:
            split = _split(tail, after, issuer)
            if split.headline is None and after[0] == 0:
                title = _title_before_share(text[: share.start()], split.rest)
                if title is not None:
                    return ReleaseHead(title, None, split.rest)
            # A teaser the release does not print again after the buttons is its own
            # text: kept first in the body.
            teaser = _unrepeated_teaser(text[: share.start()], tail)
            if split.headline is None and after[1] and _title_after_share(split, issuer):
                # "… teaser share: f t Veterans deserve a quick answerWashington, DC –":
                # the one line between the buttons and the dateline is the page's title
                return ReleaseHead(
                    split.lead,
                    None,
                    split.rest,
                    split.released,
                    split.contact,
                    teaser,
                    split.letterhead,
                )
            if teaser is not None:
                lead = teaser if split.lead is None else f"{teaser} {split.lead}"
                return ReleaseHead(
                    split.headline,
                    split.subheadline,
                    split.rest,
                    split.released,
                    split.contact,
                    lead,
                    split.letterhead,
                )
            return split
        title = _title_before_share(text[: share.start()], tail)
        if title is not None:
            return ReleaseHead(title, None, tail)
    if found is None and (after_teaser := _dateline_after_teaser(text)) is not None:
        quoted = _title_and_quoted_deck(text)
        if quoted is not None and len(text) - len(quoted.rest) == after_teaser:
            return quoted  # the quotation's sentences are no teaser: it is the deck
        head = _clean_head(text[:after_teaser])
        body = text[after_teaser : after_teaser + BODY_WINDOW]
        if (teased := _title_after_teaser(head.title, body, issuer)) is not None:
            # "A teaser of the release. Roe Backs Harbor Bill Washington, D.C. – …"
            return ReleaseHead(
                teased[1],
                teased[2],
                text[after_teaser:],
                head.released,
                head.contact,
                _with_link(teased[0], head),
                head.letterhead,
            )
        if (kept := _keep_lead(text, after_teaser, head)) is not None:
            # "A teaser of the release, cut short … see t Washington, D.C. – Rep. Roe …"
            return kept
    # A teaser run into the title without a space ("… review (UPR).Letter Calls on …"):
    # the head starts at the title.
    end = WINDOW if found is None else found[0]
    glued = _GLUED_SENTENCE.search(text, 0, end) if end else None
    if glued is not None and len(text[: glued.end()].split()) >= MIN_TEASER_WORDS:
        tail = text[glued.end() :]
        if found is not None:
            return _split(tail, (found[0] - glued.end(), found[1]), issuer)
        if (after := _find_dateline(tail)) is not None and after[0] > 0:
            return _split(tail, after, issuer)
    return _split(text, found, issuer)


_LOST_DASH = re.compile(r"(?<=[\w.)]) \?(?= [A-Z(])")
# A lone "ñ" after a word, a full stop or a bracket and before a capital, the word
# before it taken too: a dash the head needs follows a name, a date or an abbreviation,
# not a word in lower case (`the letter ñ In …`); never before a bracket (`ñ (eñe)`).
_LOST_N_DASH = re.compile(r"(?<![\w’'.)-])(?P<word>[\w’'.)-]*[\w.)]) ñ(?= [A-Z])")
# An "ñ" with a letter on each side: the text writes the letter in its words.
_N_IN_WORD = re.compile(r"[^\W\d_]ñ[^\W\d_]")


def _n_dash(m: re.Match[str]) -> str:
    """`_LOST_N_DASH`'s "ñ" as the dash, after a word that is no word in lower case."""
    word = m.group("word")
    return m.group() if word[:1].islower() else f"{word} –"


# A member's lead right after a word or a full stop: an office and a first name
# ("… D.C. Congressman Tod Vail (XX-03) today …"), never inside "U.S. Rep." (a place
# glued to "U.S." is no place read whole). The spaces are matched once per run: the
# look-behind lets the pattern start only after a word.
_LEAD_AFTER_PLACE = re.compile(
    r"(?<=[\w.])(?<!U\.S\.)[ \t]+(?=(?:U\.S\.[ \t]+)?(?:Congress(?:man|woman)|Rep\.|Representative"
    r"|Sen\.|Senator)[ \t]+(?P<first>[A-Z][a-z]+)\b)"
)
# The lead's sentence shows a word in lower case within this many words of its office.
MEMBER_LEAD_WORDS = 8
# Member leads tried in one text, the first ones.
MAX_MEMBER_LEADS = 3


def _lost_lead_dash(text: str) -> str:
    """`text` with a dash put back between a dateline with no dash and the member's lead
    right after it ("… Clears Markup Washington, D.C. Congressman Tod Vail (XX-03)
    announced …": the page's line break was lost). Only where the text has no dateline as
    it is, the place and its state read as a dateline with the dash (importers/dateline.py:
    a state written and nothing else, no date, the place one the gazetteer knows there),
    the office is followed by a known first name and a sentence (a word in lower case that
    is no title's small word), and the word before the place ends a title: no word in
    lower case ("… Hall in | Dayton, Ohio"), no first name ("… Officer Tod | Lincoln,
    Nebraska"), no office or role close before it, and, set apart by a space, no word that
    may be a verb taking the place as its object ("Roe Visits | Portland, Maine")."""
    window = text[: SHARE_WINDOW + WINDOW]
    tried = 0
    for m in _LEAD_AFTER_PLACE.finditer(window):
        if first_name_gender(m["first"]) is None:
            continue
        words = text[m.end() : m.end() + 200].split()[2:MEMBER_LEAD_WORDS]
        if not any(w.isalpha() and w.islower() and w not in P.MINOR_WORDS for w in words):
            continue  # "… Ohio Congressman Tod Vail Honored": a title's words
        tried += 1
        if tried > MAX_MEMBER_LEADS:
            break
        at = m.start()
        # After share buttons the release starts again: the head is read from there.
        share = _SHARE.search(window, 0, at) if "hare" in window or "HARE" in window else None
        base = share.end() if share is not None else 0
        base += len(text[base:at]) - len(text[base:at].lstrip())
        if _find_dateline(text[base:]) is not None:
            return text  # a dateline the head already finds
        candidate = f"{text[:at]} –{text[at:]}"
        found = _find_dateline(candidate[base:])
        if found is None:
            continue
        start = base + found[0]
        read = extract_dateline(candidate[start : at + 2 + DATELINE_TAIL])
        if (
            read is None
            or start + len(read.dateline.raw or "") != at + 2
            or not read.dateline.place
            or read.dateline.date is not None
            or not read.dateline.region
            # every word of the state a state's: not "D.C. Yesterday", not a dash garbled
            # into a letter ("DCB")
            or not all(places.region(r) for r in read.dateline.region.split(", "))
            or not places.is_known(read.dateline.place, read.dateline.region)
        ):
            continue
        before = [w.strip("\"“”'’(),:") for w in text[base:start].split()[-3:]]
        before = [w for w in before if w]
        if before and (
            before[-1][:1].islower()
            or _name_or_office_before(before)
            or (text[start - 1 : start].isspace() and _object_place(before))
        ):
            continue
        return candidate
    return text


# Words after which a title's next word is a verb's bare form: "Roe to Visit".
_BARE_VERB_TAKERS = frozenset(("to", "will", "would", "can", "could", "must", "should", "may"))
# The same, and the rarer modals and relative pronoun before a clause's verb ("Roe Will
# Tour", "Storm That Hit").
_VERB_TAKERS = _BARE_VERB_TAKERS | frozenset(("might", "shall", "that", "which", "who"))


def _object_place(before: list[str]) -> bool:
    """The last of the words set apart before a place may be a verb whose object the place
    is ("Roe Visits | Portland, Maine", "Roe Toured |", "Roe to Tour |"), not a title's
    last noun ("… Markup |"): a verb of titles, a word in -s, -ed or -ing, or any word
    after `to` or a modal. A plural noun reads so too: the dash is then not put back."""
    last = before[-1].lower()
    if len(before) > 1 and before[-2].lower() in _BARE_VERB_TAKERS:
        return True
    return (
        _title_verb(last)
        or (len(last) > 3 and last.endswith("s") and not last.endswith(_NOT_VERB_ENDINGS))
        or (len(last) > 4 and last.endswith(("ed", "ing")))
    )


def _title_before_share(before: str, after: str) -> str | None:
    """The page's title standing before its share buttons ("Crisis Line Offers Help to
    Veterans share: f t The department …"): one Title Case line with no sentence in it,
    and the text after the buttons opens with the body's first sentence, not a title of
    its own. A teaser cut short before the buttons is a sentence in lower case."""
    title = before.strip(_EDGE)
    words = title.split()
    if not MIN_TITLE_BEFORE_SHARE <= len(words) <= MAX_HEADLINE_WORDS or _NOT_TITLE.search(title):
        return None
    if _SENTENCE_END.search(title) or title[-1] in ".!?" or not _title_case(title):
        return None
    if _has_metadata(title) or _label(title) or not _opens_sentence(after):
        return None
    headline, sub = _headline(title)
    return title if headline == title and sub is None else None


# A teaser's words count as printed again after the buttons where they are in a run of
# this many words the text after them prints in the same order.
TEASER_RUN_WORDS = 6
# The share of a teaser's words printed again that makes it a repeat of the body.
REPEATED_SHARE = 0.8


def _unrepeated_teaser(before: str, after: str) -> str | None:
    """The teaser before share buttons (`before`) where the text after them (`after`)
    does not print it again; None where it does, or where it is no lead (`_lead`: a
    scrap, names alone, the page's tags). Most pages print the teaser again as the body's
    first sentences, some in other words; some print it only there, and then it is the
    release's own text. Its last word may be cut short, so it is left out. A deck, then
    the body's first words cut short ("Roe secures $9 million for roads Rep. Roe has
    announced that she …"): the words printed again are let go, the deck is kept."""
    teaser = before.strip(_EDGE_SPACE)
    words = list(_WORD_RUN.finditer(teaser))
    if len(words) > 2:
        words = words[:-1]
    if not words or not any(w[0][0].islower() for w in words):
        return None  # no word in lower case: the page's tags ("Budget Grants Jane Roe")
    n = TEASER_RUN_WORDS
    body = [w.lower() for w in _WORD_RUN.findall(after[:BODY_WINDOW])]
    runs = {tuple(body[i : i + n]) for i in range(len(body) - n + 1)}
    low = [w[0].lower() for w in words]
    printed = [False] * len(low)
    for i in range(len(low) - n + 1):
        if tuple(low[i : i + n]) in runs:
            printed[i : i + n] = [True] * n
    if sum(printed) >= REPEATED_SHARE * len(printed):
        return None
    start = len(printed)
    while start > 0 and printed[start - 1]:
        start -= 1
    if start < len(printed):
        teaser = teaser[: words[start].start()].rstrip(_EDGE_SPACE)
    return _lead(teaser)


_WORD_RUN = re.compile(r"\w+")


def _title_after_share(split: ReleaseHead, issuer: str | None) -> bool:
    """The lead `_split` kept between share buttons and a dateline glued to it is the
    page's title, in whatever case: one line of a title's length with no sentence's end
    in it, opening with a capital, and no label, caption, names or metadata."""
    lead = split.lead
    if lead is None or not MIN_TITLE_BEFORE_SHARE <= len(lead.split()) <= MAX_HEADLINE_WORDS:
        return False
    # a quoted title opens with its mark ("‘Why wait?’ asks Roe", "'We won,' says Roe")
    if not lead.lstrip("\"“”‘’'„«")[:1].isupper():
        return False
    if lead[-1] in ".!?:" or _SENTENCE_END.search(lead):
        return False
    if _NOT_TITLE.search(lead) or _lead_sentence(lead) or _has_metadata(lead):
        return False  # a lead sentence ("Today the House voted …"), page code, metadata
    if _label(lead) or _names_only(lead) or _CAPTION_WORDS.search(lead):
        return False
    if _contact_line(lead) or _link_label(lead):
        return False  # "Media contact Ann Lee", "Read the full letter here"
    return not (" with " in lead and _person_with_caption(lead, issuer))


# A contact's label with no colon, then names or nothing: "Media contact Ann Lee".
_CONTACT_OPENING = re.compile(r"(?i:(?:media|press|news)\s+)?(?i:contact(?:o|os|s)?)\b[\s:]*")


def _contact_line(text: str) -> bool:
    """`text` is a contact's line without its colon ("Press contact Ann Lee", "Contact")."""
    m = _CONTACT_OPENING.match(text)
    if m is None:
        return False
    rest = text[m.end() :].strip(_EDGE_SPACE)
    return not rest or _is_names(rest)


# Verbs a link's label opens with: "Read the full letter here", "Download the report".
_LINK_IMPERATIVES = frozenset(("read", "download", "view", "see", "listen", "watch", "click",
                               "visit", "tap", "subscribe", "print"))  # fmt: skip
# Words after such a verb that point at a thing on the page, not a title's object.
_LINK_POINTERS = frozenset(("the", "a", "an", "our", "my", "his", "her", "their", "this",
                            "these", "full", "more", "here", "it", "all", "to", "online",
                            "below", "above", "now"))  # fmt: skip


def _link_label(text: str) -> bool:
    """`text` is a link's label in the imperative: a verb of reading, viewing or fetching,
    then what the page points at ("Read the full letter here", "Download the full report
    on ferry claims", "View more photos"). A clause after a comma or a colon makes it a
    title that opens with the verb ("Read the Fine Print, Roe Tells Buyers")."""
    words = [w.strip("\"“”‘’'(),:;.!").lower() for w in text.split()]
    if len(words) < MIN_HEADLINE_WORDS or words[0] not in _LINK_IMPERATIVES:
        return False
    if _CLAUSE_AFTER.search(text):
        return False
    return words[1] in _LINK_POINTERS or words[1] in _MEDIA_WORDS or words[-1] == "here"


# A title standing before share buttons is at least this many words: fewer are a label.
MIN_TITLE_BEFORE_SHARE = 4
# The words that show a text opening with a sentence: lower-case words among its first.
OPENING_WORDS = 8
MIN_OPENING_LOWER = 2


def _opens_sentence(text: str) -> bool:
    """`text`, after any dateline, opens with a sentence: lower-case words come early."""
    found = extract_dateline(text[:OPENING_CHARS])
    if found is not None:
        text = found.rest
    words = text.split()[:OPENING_WORDS]
    return sum(_is_lower_word(w) for w in words) >= MIN_OPENING_LOWER


# A teaser run into the title is a sentence of at least this many words.
MIN_TEASER_WORDS = 8
# A sentence's end with no space before the next capitalised word.
# (not the dot inside an address: "Ann.Lee@mail.house.gov")
_GLUED_SENTENCE = re.compile(r"[a-z)][.!?][”\"]?(?=[A-Z][a-z])(?![\w.+-]*@)")


# A year ending a title, after a word, and the deck's first word (`_clean_head` has put
# back the space the page lost between them).
_YEAR_THEN_WORD = re.compile(rf"(?<=[A-Za-z] ){P.YEAR}(?= [A-Z][a-z]{{2}})")
# The word before such a year: a preposition it is the object of ("… Act of 2015", "… in
# 2010"); after any other word ("Hail 2015Harbor Act", "Vision 2030Plan", "Sep 2016Funding")
# the year may name what follows or end a date, so no boundary is sure.
_YEAR_PREPOSITIONS = frozenset(("of", "in", "for", "since", "by", "through", "thru", "until"))


def _year_deck(title: str, head: str) -> int | None:
    """Where a deck glued to a year ending a title in Title Case starts: "… to Reduce
    Undercount in 2010Partnerships & Targeted Media to Focus On …" lost its line break
    (`head`, the text before the dateline, shows the glue). Only a year after a
    preposition (`_YEAR_PREPOSITIONS`), so not a date's year ("Thru September 2016Funding
    …") nor one naming what follows ("… Hail 2015Harbor Act Passage …"), and at least
    three words on each side."""
    for m in _YEAR_THEN_WORD.finditer(title):
        before, after = title[: m.end()], title[m.end() + 1 :]
        if (
            len(before.split()) >= 3
            and len(after.split()) >= 3
            and before.split()[-2].lower() in _YEAR_PREPOSITIONS
            and _title_case(before)
            and f"{m[0]}{after.split(None, 1)[0]}" in head
        ):
            return m.end()
    return None


def _split(text: str, found: tuple[int, bool] | None, issuer: str | None = None) -> ReleaseHead:
    if found is not None:
        start, glued = found
        if start == 0:
            return ReleaseHead(None, None, text)
        head = _clean_head(text[:start])
        if head.title and not head.released and _date_alone(head.title):
            # "May, 23, 2018 (Corvale, OR) –", "Thursday, May 26 CORVALE –": a date as the
            # metadata reader does not know it is the release's date, not its title
            head = _Head(None, head.title, head.contact, None, head.letterhead, head.link)
        if head.title and (labelled := _speaker_labelled(head.title)) is not None:
            # "Roe Backs Harbor Bill Roe—“We need it …”": the quote is the deck
            return ReleaseHead(
                labelled[0],
                labelled[1],
                text[start:],
                head.released,
                head.contact,
                None,
                head.letterhead,
            )
        body = text[start : start + BODY_WINDOW]
        if head.title and head.deck is None and (cut := _year_deck(head.title, text[:start])):
            # "… to Reduce Undercount in 2010Partnerships & Targeted Media to …"
            head = _Head(
                head.title[:cut],
                head.released,
                head.contact,
                head.title[cut:].strip(),
                head.letterhead,
                head.link,
            )
        if (
            head.title
            and len(head.title.split()) > MAX_HEADLINE_WORDS
            and _long_head(head.title, body, issuer) is None
        ):
            if not glued and (teased := _title_after_teaser(head.title, body, issuer)):
                return ReleaseHead(
                    teased[1],
                    teased[2],
                    text[start:],
                    head.released,
                    head.contact,
                    _with_link(teased[0], head),
                    head.letterhead,
                )
            if _strong_dateline(text[start : start + OPENING_CHARS]) and (
                (kept := _keep_lead(text, start, head)) is not None
            ):
                return kept  # a teaser of sentences, then the dateline
            return ReleaseHead(None, None, text)  # sentences before it: a place in the body
        headline, sub = _headline(head.title, body, issuer, long=True)
        if glued and not _glued_title(head.title, headline):
            if not _glued_deck(head.title):
                # "…with his wife JaneWashington, D.C. —": a caption stuck to the dateline;
                # a lone word in capitals cut from the place ("STATEMENTBOSTON, MA –") is
                # the release's label, kept as its text
                label = (
                    head.title if head.title and _ONE_CAPITALS_WORD.fullmatch(head.title) else None
                )
                return ReleaseHead(
                    None,
                    None,
                    text[start:],
                    head.released,
                    head.contact,
                    _with_link(label or _lead(head.title), head),
                )
            if sub is not None and headline and _title_case(headline):
                # one clause in sentence case opening with a name: "Reform Act will send …"
                headline, sub = head.title, None
        if headline and sub is None and head.deck and not _LINK_LABEL.match(head.deck):
            sub = head.deck
        lead = None if headline else _lead(head.title)
        if not headline and not glued and (teased := _title_after_teaser(head.title, body, issuer)):
            lead, headline, sub = teased  # "A teaser of the release. Roe Backs Harbor Bill"
        if headline and sub is not None and _not_a_deck(sub):
            # "… Tours Harbor Click image or here for video. WASHINGTON –": the link's
            # label or a byline under the title is the release's text, not its deck
            sub, lead = None, sub
        return ReleaseHead(
            headline,
            sub,
            text[start:],
            head.released,
            head.contact,
            _with_link(lead, head),
            head.letterhead,
        )
    return _head_without_dateline(text)


_ONE_CAPITALS_WORD = re.compile(r"[A-Z]{2,}")

# The words of a date or a time as a page writes them: a month's or a weekday's name, a
# number (an ordinal, a year, "9."), a clock time and its zone.
_DATE_TOKEN = re.compile(
    rf"(?:{P.MONTH}|{P.WEEKDAY}|\d{{1,4}}(?:st|nd|rd|th)?\.?|\d{{1,2}}:\d\d|[ap]\.?m\.?"
    r"|[ECMP][SD]?T)",
    re.I,
)
# A month's name misspelt ("Februaru", "Februrary") is this close to the name.
MONTH_SPELLING = 0.85


def _date_alone(title: str) -> bool:
    """`title` is a date or a time and nothing else, written as the metadata reader does
    not know it: a stray comma or full stop ("May, 23, 2018", "March 9. 2011"), no year
    ("Thursday, May 26", "June 23"), a month misspelt ("Februaru 25, 2009"), a clock time
    ("8:27 p.m. PDT"). A number and a month's, a weekday's name or a clock time it needs."""
    words = title.replace(",", " ").split()
    if not any(c.isdigit() for c in title) or not words:
        return False
    named = False
    for word in words:
        if _DATE_TOKEN.fullmatch(word):
            named = named or not word.rstrip(".").isdigit()
        elif _misspelt_month(word):
            named = True
        else:
            return False
    return named


def _misspelt_month(word: str) -> bool:
    """`word` is a month's name misspelt: its first three letters, and close to it."""
    lower = word.lower().rstrip(".")
    return any(
        lower[:3] == month[:3].lower()
        and difflib.SequenceMatcher(None, lower, month.lower()).ratio() >= MONTH_SPELLING
        for month in P.MONTH_NAMES
    )


def _title_after_teaser(
    title: str | None, body: str, issuer: str | None
) -> tuple[str, str, str | None] | None:
    """(teaser, headline, deck) of a head refused as a title where sentences of a teaser
    come first and a Title Case title ends it, before the dateline ("A heater passed as
    an air cleaner. Roe Asks Agency to Account for Approvals"); None otherwise."""
    if not title:
        return None
    ends = list(_WORD_SENTENCE_END.finditer(title))
    if not ends:
        return None
    cut = ends[-1].end() - 1
    teaser, rest = title[:cut].strip(), title[cut:].strip()
    words = rest.split()
    if len(teaser.split()) < MIN_TEASER_WORDS or not _title_case(rest):
        return None
    if sum(_is_lower_word(w) for w in teaser.split()) < MIN_OPENING_LOWER:
        return None  # no sentence before it
    if not MIN_TITLE_DECK_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return None
    if not _told_as_a_title(rest, f"{teaser} {body}", issuer):
        return None  # no sure boundary: the teaser's last words, a name or a caption
    headline, sub = _headline(rest, body, issuer)
    return None if headline is None else (teaser, headline, sub)


def _told_as_a_title(text: str, around: str, issuer: str | None) -> bool:
    """Title Case words after a teaser's sentence are a title only where the boundary is
    sure: they tell with a title's verb what the release's member did, the member named
    before the verb by the surname the issuer or the text (`around`) gives a member ("Roe
    Asks Agency to …", "Roe and Lee Say …"). A person's name and office, a list of names
    or a picture's caption is none ("Harbor Board Chair Ann Roe", "Pictured from Left Ann
    Roe and Tom Lee"), nor are words that finish the teaser's thought ("All Residents Are
    Welcome to Attend")."""
    if _CAPTION_WORDS.search(text) or _names_only(text):
        return False
    words = [w.strip("\"“”‘’'(),:;") for w in text.split()]
    verb = next(
        (i for i, w in enumerate(words) if i and (_title_verb(w.lower()) or w in _SAYING_VERBS)),
        None,
    )
    if verb is None:
        return False
    surnames = {w.rstrip(".") for m in _MEMBER_NAME.finditer(around) for w in m[1].split()}
    return any(w in surnames for w in words[:verb]) or bool(
        issuer_surname(issuer or "") & surname_forms(words[:verb])
    )


# Verbs of saying a title is told with, besides `_TITLE_VERBS`.
_SAYING_VERBS = frozenset(("Says", "Said"))


def _keep_lead(text: str, start: int, head: _Head | None = None) -> ReleaseHead | None:
    """The release split at the dateline at `start` with no headline, where the text
    before it (`head`, once cleaned) is a lead kept as the body's first paragraph, so
    nothing is lost; None where it is no lead, and the text is not split there."""
    head = head or _clean_head(text[:start])
    lead = _with_link(_lead(head.title), head)
    if lead is None:
        return None
    return ReleaseHead(None, None, text[start:], head.released, head.contact, lead, head.letterhead)


def _lead(title: str | None) -> str | None:
    """Text left before the dateline once metadata is out and no headline was taken: a
    caption, a teaser or the label of a link or a picture, kept in the body; not a file
    name or what is left of a contact block ("or - Jane Roe")."""
    if not title:
        return None
    if _label(title) or _lone_label(title):
        return title  # a link's label refused as a title is the page's text: never dropped
    if title.split()[0] in _TIME_OPENERS:
        return title  # a lead sentence refused as a title ("Today Congressman Roe …"): kept
    if title[0] in _CURRENCY_SIGNS:
        return title  # a sum refused as a title ("$2 Million"): no contact block's scrap
    if len(title.split()) < MIN_LEAD_WORDS:
        return None
    if sum(_is_lower_word(w) for w in title.split()) >= MIN_OPENING_LOWER:
        return title
    # Few lower-case words: a title refused (in capitals, in Title Case, glued to the
    # dateline) is the release's text and is kept; people's names and numbers alone are
    # what is left of a contact block ("or - Jane Roe", "Jane Roe or Ann Lee 555-0100").
    words = _ALPHA_WORD.findall(title)
    if len(words) < MIN_LEAD_WORDS or _names_only(title):
        return None
    return title


def _lone_label(title: str) -> bool:
    """`title` is one word naming a medium, a label, a release's kind or a day, as a page
    sets before its dateline ("VIDEO | SALEM –", "Statement | Salem, OR –", "Monday |
    Corvale, OR –"): none of the place, no headline, and the page's text all the same."""
    words = title.split()
    return len(words) == 1 and _opens_no_place(words[0])


_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
_NAME_LIST = re.compile(r"\s*(?:,|&|\bor\b|\band\b|/|[-–—(){}]|\d[\d.() -]*\d)\s*")


def _names_only(text: str) -> bool:
    """`text` is people's names, with their offices, numbers and "or"/"and" between."""
    parts = [p for p in _NAME_LIST.split(text) if p.strip()]
    return bool(parts) and all(_only_a_name(p.strip()) for p in parts)


# Text before a dateline kept in the body is at least this many words.
MIN_LEAD_WORDS = 4


def _glued_title(title: str | None, headline: str | None) -> bool:
    """A head glued to its dateline is a title, not a caption, when it is one Title Case
    line, or a quoted line ("“Credit must come first,” says RoeWashington"), or a Title
    Case title glued to its deck ("… Long Range PlanWith lack of action …")."""
    if not title or not headline or _names_only(title):
        return False  # "Ann Roe, Tom Hill and Jo ParkWashington": who stands in a picture
    if _title_case(title) or any(q in title for q in '“”"') or _STATEMENT_TITLE.match(title):
        return True
    deck = _GLUED_TITLES.search(title)
    last = headline.split()[-1].lower()
    return (
        deck is not None
        and _once(title[: deck.start()]) == headline
        and _title_case(headline)
        and last not in P.MINOR_WORDS
    )


# A statement's title, which no caption opens with: "Rush Statement on Amendment #1 …".
_STATEMENT_TITLE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,4}Statement\s+(?:on|of|by|regarding)\s+\S")


def _glued_deck(title: str | None) -> bool:
    """A deck in sentence case glued to the dateline, the page's title not scraped ("Bill
    introduced by the caucus seeks to restore …ActWASHINGTON"): one clause with a verb,
    where a caption names people and what is around them ("Rep. Roe with the nurses")."""
    if not title or not _deck_line(title, title) or _CAPTION_WORDS.search(title):
        return False
    words = [w.strip("\"“”‘’'(),:;") for w in title.split()]
    return any(
        w in _AUXILIARIES
        or (len(w) > 4 and w.islower() and w.endswith(("ed", "ing")))
        or (w.islower() and w.endswith("s") and after in _VERB_OBJECTS)
        or (before.lower() not in _NOT_SUBJECT_ENDS and _verb_before(w, after, then))
        for before, w, after, then in zip(
            ["", *words[:-1]],
            words,
            [*words[1:], ""],
            [*words[2:], "", ""][: len(words)],
            strict=True,
        )
    )


def _verb_before(word: str, after: str, then: str = "") -> bool:
    """`word`, after a subject (not after an article or a preposition: see the caller),
    reads as a verb in -s with what follows it as its object ("Rep. Roe gives keynote
    address", "Act passes House", "committee hears strong support"): a plural noun is
    followed by a preposition or a conjunction ("students from", "nurses and"), or ends
    the line, far more often than by the object a verb takes. Nor is it a verb before a
    person's name or office ("Dale County veterans Tom Hill and Jo Park": the people a
    caption names) or before a verb's bare form that takes a person or a determiner as its
    object ("Elm School students show Rep. Roe their project", "firefighters give the
    mayor …"): the word in -s is then that verb's plural subject."""
    return (
        len(word) > 3
        and word.islower()
        and word.endswith("s")
        and not word.endswith(_NOT_VERB_ENDINGS)
        and word not in _NOT_VERBS
        and bool(after)
        and after.lower() not in _NOT_OBJECTS
        and not (_person_word(after) and (then[:1].isupper() or after.lower() in _OFFICES))
        and not (
            after.islower()
            and not after.endswith(("s", "ed", "ing"))
            and (_person_word(then) or then.lower() in _DETERMINERS)
        )
    )


def _person_word(word: str) -> bool:
    """`word` opens a person's name: an office before it ("Rep.", "Senator") or a known
    first name (with a capitalised word after it, see the callers: "Tom Hill", not
    "Virginia shipyard")."""
    return word.lower() in _OFFICES or first_name_gender(word) is not None


# The offices before a person's name ("Rep. Roe", "Mayor Ann Lee").
_OFFICES = frozenset(("rep.", "rep", "sen.", "representative", "senator", "congressman",
                      "congresswoman", "congressmember", "mayor", "gov.", "governor", "dr.",
                      "secretary", "chairman", "chairwoman", "president"))  # fmt: skip


# Words that open a noun phrase as a verb's object: "show the mayor", "give their …".
_DETERMINERS = frozenset(("the", "a", "an", "their", "his", "her", "our", "its", "this",
                          "these", "those", "my", "your"))  # fmt: skip


# Words that end no subject: a word in -s after them is a noun ("at the veterans hospital",
# "of communications technology").
_NOT_SUBJECT_ENDS = frozenset(("", "the", "a", "an", "at", "of", "for", "in", "on", "to", "with",
                               "and", "or", "from", "by", "our", "his", "her", "their", "its",
                               "this", "that", "these", "those", "new", "more"))  # fmt: skip
# Endings of words in -s that are not verbs: "business", "bonus", "analysis", "famous".
_NOT_VERB_ENDINGS = ("ss", "us", "is", "ics")
# Words in -s that are never verbs: "towards the pier", "news conference".
_NOT_VERBS = frozenset(("towards", "afterwards", "besides", "sometimes", "whereas", "always",
                        "perhaps", "news", "series", "species", "thanks", "plus"))  # fmt: skip
# Words after a plural noun that make it no verb: prepositions, conjunctions, relatives.
_NOT_OBJECTS = frozenset(("and", "or", "&", "of", "from", "at", "in", "on", "with", "by",
                          "during", "near", "outside", "inside", "after", "before", "around",
                          "across", "who", "which", "that", "as", "like", "while"))  # fmt: skip


# Words only a picture's caption uses: "Rep. Roe pictured with …", "(L-R) …", "from left".
_CAPTION_WORDS = re.compile(
    r"\b(?i:pictured|photographed|photo(?:graph)?s?|l\s*-\s*r|l\s+to\s+r|left\s+to\s+right"
    r"|right\s+to\s+left|from\s+(?:left|right)|shown\s+(?:here|above|below|with|at))\b"
)
# Lower-case words that make a clause of the words around them.
_AUXILIARIES = frozenset(("will", "would", "must", "should", "can", "could", "may", "is", "are",
                          "was", "were", "has", "have", "had"))  # fmt: skip
# Words that follow a verb in -s ("seeks to", "urges the") and seldom a plural noun.
_VERB_OBJECTS = frozenset(("to", "the", "a", "an", "new", "more", "for", "up"))


# -- where the head ends ---------------------------------------------------------

# Where a dateline may end: a dash of any length, or the closing bracket of "(Place)".
# The first character is matched by one class and each kind told apart by a lookbehind,
# so the scan skips to the candidates instead of trying every branch at every character.
_DATELINE_END = re.compile(
    rf"[\s\-{P.DASHES})\]]"
    # a dash after a space, a dash, two or three hyphens, a closing bracket before a space
    rf"(?:(?<=\s)[-{P.DASHES}]|(?<=[{P.DASHES}])|(?<=-)-{{1,2}}|(?<=[)\]])\s"
    # glued with a hyphen ("WASHINGTON-U.S. Rep."), not a hyphenated word ("T-Mobile")
    r"|(?:(?<=[A-Z]{2}-)|(?<=[.)]-))(?=[\sA-Z\"“])"
    # … and a hyphen glued to a place in Title Case, a space after it ("Washington- U.S.")
    r"|(?<=[a-z]{2}-)(?=\s))"
)
# A word start: after a space or an opening bracket (round or square: "… Veterans
# [WASHINGTON, D.C.] –"), or glued to a lower-case word before it ("GarmonWashington")
# or to a sentence's full stop ("….(Washington, DC) –").
# The glued branches match their character before looking behind it: inside a word in
# lower case they fail at once instead of reading the letters before every letter.
_WORD_START = re.compile(
    r"(?:^|(?<=\s)|(?<=[–—):]))[(\[]?[^\W\d_]|\((?:(?<=[^\W\d_]\()|(?<=[a-z][.!?]\())(?=[A-Z])"
    # glued to the word before: "…CrimesWashington", "…jobsWASHINGTON", "…2010Washington"
    # "…tax cliff’Washington"
    # "…house.govST. PAUL"
    r"|[A-Z](?:(?<=[a-z]{2}[A-Z])|(?<=\d{4}[A-Z])|(?<=[a-z]\.[A-Z])|(?<=[?!.a-z][’”\"][A-Z]))"
    r"(?=[a-z]|[A-Z]{2}|[A-Z]\.\s)"
    # a place in Title Case glued to a title in capitals: "… GRANT FUNDS FOR DARTDallas"
    r"|[A-Z](?<=[A-Z]{4})(?=[a-z]{2})"
    # a place in capitals after a hyphen set as a dash: "… St. Louis County-ST. LOUIS, MO-"
    # … or after a hyphen set as a dash before it: "… homes -ST. LOUIS, MO –"
    r"|[A-Z](?:(?<=[a-z]-[A-Z])|(?<=\s-[A-Z]))(?=[A-Z]{2}|[A-Z]\.\s)"
    # … and one in Title Case after a hyphen glued to a title's word: "… Training-Washington"
    r"|[A-Z](?<=[a-z]{4}-[A-Z])(?=[a-z]{2})"
)


# A colon after a place and its state ending a dateline, a lead's capital after it
# ("… Conduit Project Washington, DC: Senator Roe today …").
_COLON_DATELINE_END = re.compile(r"(?<=[A-Za-z.]):(?=[ \t]+[A-Z])")
# Within this many words after such a colon, the lead shows a word in lower case.
COLON_LEAD_WORDS = 6


def _find_dateline(text: str) -> tuple[int, bool] | None:
    """(where the dateline starts, glued to the word before it?) or None. A dateline
    ending in a colon is taken only where no dateline ends at a dash or a bracket."""
    found = _scan_datelines(text, _DATELINE_END)
    if found is None and ":" in text[:WINDOW]:
        found = _scan_datelines(text, _COLON_DATELINE_END)
    return found


def _lead_after_colon(rest: str) -> bool:
    """The words after a colon open a lead's sentence, not a title's second part: a
    capitalised word (no quotation, number or sum), then a word in lower case that is
    no title's small word within the first few ("Senator Roe today introduced …", "The
    Senate approved …"; not "Crews Praised for Quick Work", "“We won”")."""
    words = rest.split()[:COLON_LEAD_WORDS]
    if not words or not words[0][:1].isupper():
        return False
    return any(w.isalpha() and w.islower() and w not in P.MINOR_WORDS for w in words[1:])


# A subject of at most this many capitalised words before its verb ("Sen. Ann Roe Visits").
MAX_SUBJECT_WORDS = 4
# Words joining two subjects: "Roe and Lee".
_JOINERS = frozenset(("and", "&"))
# An initial after a first name, with or without its full stop: "Tod J.", "Tod J".
_FIRST_NAME_INITIAL = re.compile(r"[A-Z]\.?")


def _title_before_colon_place(head: str) -> bool:
    """The words before a place and its colon end a title, not inside one: the place is
    no person's surname after a first name, a first name and an initial, or an office one
    or two words back ("… Honors Officer Tod | Lincoln, Nebraska: …", "… Tod J. | Lincoln",
    "… Officer Mark | Austin"), nor a verb's object ("Roe Visits | Portland, Maine: …",
    "Roe to Visit |", "Storm That Hit |"), where the colon is the title's own."""
    words = [w.strip("\"“”'’(),") for w in head.split()]
    words = [w for w in words if w]
    if not words:
        return True
    last = words[-1]
    if (
        _FIRST_NAME_INITIAL.fullmatch(last)
        and len(words) > 1
        and first_name_gender(words[-2]) is not None
    ):
        return False
    if _name_or_office_before(words):
        return False
    return not _verb_before_place(words)


def _name_or_office_before(words: list[str]) -> bool:
    """The words before a place end in a given name, whatever else the word means ("…
    Officer Tod | Lincoln", "… Coach Grant |"), or hold an office or role among their last
    three ("… Deputy Ray K. | Helena"): the place is a person's surname, not a dateline."""
    return first_name_gender(words[-1]) is not None or any(
        w.lower() in _OFFICES or is_role_word(w) for w in words[-3:]
    )


def _verb_before_place(words: list[str]) -> bool:
    """The last of a title's `words` is a verb whose object the place after it is: a bare
    form after `to`, a modal or a relative pronoun ("Roe to Tour", "Storm That Hit"), a
    verb after `and` joined to one ("Visits and Thanks", "to Tour and Inspect"), or a form
    in -s, -ed or -ing, or any word after a subject of two joined ("Roe and Lee Tour"),
    right after a subject of a few capitalised words with no verb among them ("Sen. Ann
    Roe Visits", "Roe Toured", "Roe Touring")."""
    if len(words) < 2:
        return False
    last, before = words[-1].lower(), words[:-1]
    previous = before[-1].lower()
    if previous in _VERB_TAKERS:
        return True
    verb = (
        _title_verb(last)
        or (len(last) > 3 and last.endswith("s") and not last.endswith(_NOT_VERB_ENDINGS))
        or (len(last) > 5 and last.endswith("ing"))
    )
    if previous == "and":
        # "Roe Visits and Thanks |", "Roe to Tour and Inspect |": a verb joined to another
        return verb or _verb_before_place(words[:-2])
    if len(before) > MAX_SUBJECT_WORDS or any(
        not (w[:1].isupper() or w.lower() in _JOINERS) or _title_verb(w.lower()) for w in before
    ):
        return False
    return verb or any(w.lower() in _JOINERS for w in before)


def _scan_datelines(text: str, ends: re.Pattern[str]) -> tuple[int, bool] | None:
    window = text[:WINDOW]
    # Most releases open with their dateline; a place the gazetteer knows there is the
    # answer the search below would give, found with one match.
    opening = extract_dateline(text[:OPENING_CHARS])
    if opening is not None:
        raw, place = opening.dateline.raw, opening.dateline.place
        if (
            raw
            and place
            and (raw.startswith(("(", "[")) or places.is_known(place, opening.dateline.region))
        ):
            return 0, False
    body_from: int | None = None  # where the body's first sentence ends, once needed
    colon = ends is _COLON_DATELINE_END
    for end in ends.finditer(window):
        at = end.start()
        if colon and not _lead_after_colon(window[end.end() :]):
            continue
        if at > LOOK_BACK:
            if body_from is None:
                body_from = _first_sentence_end(window)
            if at - LOOK_BACK >= body_from:
                break  # a sentence stands before every place from here on: body text
        if window[at] != ")" and window.count("(", 0, at) > window.count(")", 0, at):
            continue  # a hyphen inside brackets: "Jane Roe (D-CA)" ends no dateline
        if window[at : at + 2] == " -" and window[at + 2 : at + 3].isupper():
            after = extract_dateline(window[at + 2 : at + 2 + OPENING_CHARS])
            if after is not None and places.is_known(after.dateline.place or "", None):
                continue  # "… ANTHONY SMITH -ST. LOUIS, MO –": the hyphen opens the place
            placed = _PLACE_AND_REGION.match(window, at + 2)
            if placed and places.region(placed[2]) and places.is_known(placed[1], placed[2]):
                continue  # "… SMITH -ST. LOUIS, MO Note: …": so too without a dash after
        # The words just before this dash (the place's, a region's) are the starts to try.
        candidates: list[tuple[int, str, str | None]] = []
        for start in reversed(_word_starts(window, at)):
            if _lower_words(window, start, at):
                break  # title words before the place: a start further back holds them too
            if start and not (text[start].isupper() or text[start] in "(["):
                continue  # a place in a run-in head is capitalised
            if text[:start].rstrip().endswith(","):
                continue  # a region: the place starts earlier
            comma = text.rfind(",", max(0, start - MAX_REGION_CHARS), start)
            if comma != -1 and places.region(text[comma + 1 : at].strip()):
                continue  # inside a region of two words: "SKANEATELES, NEW | YORK –"
            if text.count("(", 0, start) > text.count(")", 0, start):
                continue  # inside brackets: "Sam Doe (3rd Dist.-Texas)"
            # A dateline is short: its slice, not the whole text, is read.
            match = extract_dateline(text[start : end.end() + DATELINE_TAIL])
            if match is None or not match.dateline.raw or not match.dateline.place:
                continue
            if not end.start() <= start + len(match.dateline.raw) <= end.end() + 3:
                continue  # a dateline ending at another dash than this one
            if text[start] == "[" and not _bracketed_dateline(text, start, at):
                continue  # "… Harbor [Portland] Schools Passes House –": a title's word
            before = text[:start].split()[-1:]
            if (
                before
                and before[0].isalpha()
                and places.region(f"{before[0]} {match.dateline.place}")
            ):
                continue  # "… Court South Carolina- …": a state's last word, not a place
            if (
                text[start - 1 : start] == "-"
                and text[start + 1 : start + 2].islower()
                and (
                    not match.dateline.region
                    or not places.is_known(match.dateline.place, match.dateline.region)
                    or places.is_known(text[:start].rsplit(None, 1)[-1][:-1], None)
                    or _hyphenated_name(text, start)
                )
            ):
                # a hyphen inside a place's name ("Sedro-Woolley"), between two places
                # ("Riverside-Fresno") or a person's ("Ann Kessel-Tyler", "Judge Ann M.
                # Kessel-Tyler –": no state after it), not after a title's word ("…
                # Repairs-Washington, DC –")
                continue
            candidates.append((start, match.dateline.place, match.dateline.region))
        if candidates:
            start = _whole_place(candidates, text)
            start = _place_opening_text(candidates, start, text)
            if (
                window[at] == "-"
                and window[at - 1].isalpha()
                and not any(s == start and region for s, _, region in candidates)
                and _hyphen_pair_open(text, start)
            ):
                continue  # "… FOR WRTA -GREEN FLEET- BUS PROJECT": hyphens set as quotes
            if (inside := _glued_in_capitals(candidates, start)) is not None:
                candidates.append(inside)
                start = inside[0]
            if not _head_shaped(text[:start]) and (
                colon or not _capitals_place_after_small_word(text, start, candidates, end.end())
            ):
                continue  # a place inside the body's sentences, or mid-title
            if colon and not _title_before_colon_place(text[:start]):
                continue
            if start and not _unknown_place_ok(candidates, start, text, end.end()):
                continue
            # Glued to a word or a sentence before it, not to a quoted title's closing mark.
            glued = start > 0 and not text[start - 1].isspace() and text[start] not in "(["
            return start, glued and text[start - 1] not in "’”\"'"
    return None


# A phrase set between hyphens as between quotation marks is at most this many words.
HYPHEN_PAIR_WORDS = 3


def _hyphen_pair_open(text: str, start: int) -> bool:
    """Whether a word opening with a hyphen after a space ("-GREEN") stands within a few
    words before the place at `start`, no dash between: the hyphen glued to the place's
    end closes that pair ("… WRTA -GREEN FLEET- BUS …"), no dateline; so does one opening
    the place itself ("ROE BACKS -GREEN FLEET- BUS"). A hyphen after a pair closed before
    the place is the dateline's own ("… Plan -VIDEO- CORVALE-"); the caller asks only of a
    place with no region ("… -UPDATED CORVALE, OR-", "… homes -ST. LOUIS, MO-" are
    datelines)."""
    if text[max(0, start - 2) : start] == " -":
        return True  # "ROE BACKS -GREEN FLEET- BUS": the pair holds the place's words
    words = text[max(0, start - LOOK_BACK) : start].split()[-HYPHEN_PAIR_WORDS:]
    for word in reversed(words):
        if word[:1] == "-" and word[1:2].isalpha():
            return word[-1:] != "-"
        if any(c in word for c in "-" + P.DASHES):
            return False
    return False


# After a place in capitals set apart from a title in Title Case, a lead's sentence
# shows a word in lower case within this many words, before any dash (a dash first: the
# place was inside the title, the dateline comes later).
LEAD_SENTENCE_WORDS = 15
_DASH_WORD = re.compile(r"-{1,3}")


def _capitals_place_after_small_word(
    text: str, start: int, candidates: list[tuple[int, str, str | None]], dash_end: int
) -> bool:
    """A known place in capitals with its state, right after a Title Case title's last
    word that is a particle ending a phrasal verb, written capitalised ("… Priorities Are
    Spot On | WASHINGTON, D.C. – Senator …", "… Officers Sworn In | DAYTON, Ohio –"), is
    the dateline, though a title ending on a small word is otherwise mid-phrase: a title in
    Title Case writes a place of its own in its own case, so capitals set the place apart.
    Not where the title is in capitals, the small word is lower case, the dash is followed
    by no capital, or another dash comes before the lead's first word in lower case (a dash
    inside the title: "… Aid In | HOUSTON, Texas – Roe Pledges Help HOUSTON, Texas –"),
    nor after a preposition or a particle that may be one (`_particle_end`: "… Back To |
    DAYTON, Ohio", "… Drive In | HOUSTON", "… Tod Vail On | DAYTON")."""
    place, where = next((p, r) for s, p, r in candidates if s == start)
    if not place.isupper() or where is None or not places.region(where):
        return False
    if not places.is_known(place, where) or not text[start - 1 : start].isspace():
        return False
    words = text[:start].split()
    if len(words) <= MIN_HEADLINE_WORDS:
        return False
    last = words[-1]
    if not (last.isalpha() and last[0].isupper() and last[1:].islower()):
        return False
    if not _particle_end(words):
        return False  # "… Drive In | HOUSTON, Texas –": a preposition's object
    if not _title_case(" ".join(words)):
        return False
    lead = text[dash_end : dash_end + OPENING_CHARS].split()[:LEAD_SENTENCE_WORDS]
    if not lead or not lead[0][:1].isupper():
        return False
    for word in lead:
        if _DASH_WORD.fullmatch(word) or "–" in word or "—" in word:
            return False  # "… In | HOUSTON, Texas – Roe Pledges Aid HOUSTON, Texas –"
        if word.isalpha() and word.islower() and word not in P.MINOR_WORDS:
            return _head_shaped(" ".join(words[:-1]))  # a lead's sentence goes on
    return False


# Particles that end a phrasal verb ("Roe Steps Up", "Talks Called Off"); of them, those
# that are also a preposition taking the place after it as its object ("… Cleanup Drive
# In | HOUSTON", "Roe Comments On | DAYTON", "Firms Based In |") end one only in a verb of
# `_PARTICLE_VERBS`.
_END_PARTICLES = frozenset(("up", "off", "out", "down", "back", "on", "in", "over"))
_PREPOSITION_PARTICLES = frozenset(("on", "in", "over"))
# Verbs (their forms) ending in a particle that take no object: "Officers Sworn In",
# "Roe Weighs In", "Roe Signs On", "Roe and Lee Team Up".
_PARTICLE_VERBS = frozenset(
    ("sworn in", "weighs in", "weighed in", "steps in", "stepped in",
     "chimes in", "chimed in", "pitches in", "pitched in", "signs on", "signed on",
     "team up", "teams up", "teamed up")
)  # fmt: skip
# A copula before "Spot On", an adjective's phrase ("… Plans Are Spot On |").
_COPULAS = frozenset(("is", "are", "was", "were", "be"))


def _particle_end(words: list[str]) -> bool:
    """A title's last word, a small word, is a particle ending a phrasal verb whose object
    the place after it is not: after a verb of `_PARTICLE_VERBS`, or a particle that is no
    preposition after a verb's form (in -ed, or in -s or bare right after its subject, as
    `_verb_before_place` reads one: "Roe Steps Up", "Talks Called Off"); or "Spot On"
    after a copula. Not after a noun or a name ("… Town Hall On |", "… Tod Vail On |",
    "… Wind Farm Off |"), nor a verb that wants an object ("Roe Comments On |")."""
    last = words[-1].lower()
    if last not in _END_PARTICLES or len(words) < 2:
        return False
    verb = words[-2].lower()
    if f"{verb} {last}" in _PARTICLE_VERBS:
        return True
    if verb == "spot" and last == "on":
        return len(words) > 2 and words[-3].lower() in _COPULAS
    if last in _PREPOSITION_PARTICLES:
        return False
    participle = len(verb) > 4 and verb.endswith("ed") and verb not in ("united", "need", "speed")
    return participle or _verb_before_place(words[:-1])


def _bracketed_dateline(text: str, start: int, dash: int) -> bool:
    """Whether a place in square brackets at `start` is a dateline cutting the title: the
    dash right after its `]`, a state or country inside the brackets ("[Elm Falls, ME]",
    "[WASHINGTON, D.C.] Today"), or a title in capitals before it. A place bracketed in a
    title's words ("Bill for Harbor [Portland] Schools Passes –") is the title's."""
    close = text.find("]", start, dash + 1)
    if close == -1:
        return False
    if text[close + 1 : close + 4].lstrip()[:1] in ("–", "—", "-"):
        return True
    inside = text[start + 1 : close]
    if "," in inside and places.region(inside.rsplit(",", 1)[1].strip()):
        return True
    words = [w for w in text[:start].split()[-3:] if any(c.isalpha() for c in w)]
    return bool(words) and all(w.isupper() for w in words)


def _hyphenated_name(text: str, start: int) -> bool:
    """Whether the words joined by the hyphen before `start` are a person's name: a given
    name or a title just before its first part ("Mayor Tod Brandt-Carson", "Rep.
    Kessel-Tyler"), or the joined words written again further on ("… said Brandt-Carson")."""
    words = text[:start].split()
    if not words:
        return False
    joined = words[-1] + (_RUN_WORD.match(text, start) or [""])[0].rstrip(",.;:")
    if text.count(joined) > 1:
        return True
    return len(words) > 1 and (is_role_word(words[-2]) or us_first_name(words[-2]))


# A place in capitals and its state, as a dateline writes them: "ST. LOUIS, MO".
_PLACE_AND_REGION = re.compile(r"([A-Z][A-Z.'’ ]{1,30}[A-Z.]),\s*([A-Z][A-Za-z.]{1,5})\b")


def _dateline_after_teaser(text: str) -> int | None:
    """Where a dateline starts after a teaser of sentences (which `_find_dateline` does
    not read past): only a place the gazetteer knows, with its state or country or in
    capitals, not after a small word ("flew to Washington, D.C. – …"), a capitalised
    word after its dash, and no title-like line between the teaser's sentences and it."""
    window = text[:WINDOW]
    for end in _DATELINE_END.finditer(window, LOOK_BACK // 2):
        at = end.start()
        if window[at] == ")" or window.count("(", 0, at) > window.count(")", 0, at):
            continue
        after = window[end.end() : end.end() + 40].lstrip(" -" + P.DASHES)
        if not after[:1].isupper():
            continue
        for start in reversed(_word_starts(window, at)):
            if _lower_words(window, start, at):
                break
            if not text[start].isupper() or text[:start].rstrip().endswith(","):
                continue
            before = text[:start].split()[-1:]
            if before and before[0].lower().strip("\"“”'’(),") in P.MINOR_WORDS:
                break  # "… flew to Washington, D.C. –": a place inside a sentence
            match = extract_dateline(text[start : end.end() + DATELINE_TAIL])
            if match is None or not match.dateline.place:
                continue
            if not end.start() <= start + len(match.dateline.raw or "") <= end.end() + 3:
                continue
            if (
                window[at] == "-"
                and window[at - 1].isalpha()
                and not match.dateline.region
                and _hyphen_pair_open(text, start)
            ):
                break  # "… FOR CORVALE -BLUE LIBERTY- FERRY PROJECT": hyphens set as quotes
            if _strong_dateline(text[start : end.end() + DATELINE_TAIL]):
                return start
    return None


def _strong_dateline(text: str) -> bool:
    """`text` opens with a dateline sure enough to follow sentences: a place the gazetteer
    knows, with its state or country or written in capitals, and a capital after it."""
    match = extract_dateline(text)
    place = match.dateline.place if match is not None else None
    if match is None or not place or not match.rest[:1].isupper():
        return False
    region = match.dateline.region
    return places.is_known(place, region) and bool(region or place.isupper())


def _glued_in_capitals(
    candidates: list[tuple[int, str, str | None]], start: int
) -> tuple[int, str, str | None] | None:
    """The place the gazetteer knows inside an unknown word in capitals, a headline in
    capitals glued to it ("… STIMULUS PACKAGEWASHINGTON, D.C. –"): (its start, the place,
    its region); else None. A word opening the text is cut only where the place after
    the cut is sure, as many towns the gazetteer lacks end in a shorter place's name
    ("SIMSBURY—" is no "SIMS" + "BURY", "STATEMENTBOSTON, MA –" is a label and "BOSTON"):
    known in the state or country written after it, or too long to be a name's ending."""
    place, where = next((p, r) for s, p, r in candidates if s == start)
    first = place.split()[0]
    if not first.isupper() or len(first) < 2 * MIN_GLUED_PLACE or places.is_known(place, where):
        return None
    for cut in range(MIN_GLUED_PLACE, len(first) - MIN_GLUED_PLACE + 1):
        if not first[cut - 1].isalpha() or not places.is_known(place[cut:], where):
            continue
        if start == 0 and not _sure_glued_place(place[cut:], where):
            return None
        return start + cut, place[cut:], where
    return None


def _sure_glued_place(place: str, where: str | None) -> bool:
    """A known place cut from the end of a word opening the text is no town's ending:
    known in the region written after it, or as long as two of the shortest parts."""
    if where is not None and places.region(where):
        return True  # `is_known(place, where)` held: a place of that very region
    return len(place.split()[0]) >= 2 * MIN_GLUED_PLACE


# A word glued to a place in capitals, and the place, are at least this many letters.
MIN_GLUED_PLACE = 4


def _unknown_place_ok(
    candidates: list[tuple[int, str, str | None]], start: int, text: str, dash_end: int
) -> bool:
    """A place the gazetteer does not know, after a head, ends it only when nothing
    reads more like a title's words: not inside a word ("ScienceDaily (Feb. 13, 2008) —"),
    and, with no state or country, not before a quotation ("… New ISIS AUMF – “No …”")."""
    place, where = next((p, r) for s, p, r in candidates if s == start)
    if places.is_known(place, where):
        return True
    if text[start - 1].islower() and text[start].isalpha() and not place.isupper():
        return False  # a name in camel case, not a place glued to a caption
    if text[start] == "(" and where is None:
        role = text[:start].rsplit(None, 1)[-1:]
        if role and role[0].strip(".,").lower() in _NAME_ROLES:
            return False  # "… Praises Former Secretary (CLINTON) Senator …": the role's name
    return where is not None or text[dash_end : dash_end + 3].lstrip()[:1] not in P.QUOTE_OPENERS


# The starts tried before a dash: a place's words, its region's and a date's.
MAX_STARTS = MAX_PLACE_WORDS + 3
# Word starts are first looked for this far back: most places and regions are shorter.
NEAR_BACK = 64


def _word_starts(window: str, at: int) -> list[int]:
    """The last `MAX_STARTS` word starts within `LOOK_BACK` characters before `at`; the
    near stretch is read first, as its starts are the same whichever stretch is read."""
    for back in (NEAR_BACK, LOOK_BACK):
        starts = [m.start() for m in _WORD_START.finditer(window, max(0, at - back), at)]
        if len(starts) >= MAX_STARTS or at - back <= 0:
            break
    return starts[-MAX_STARTS:]


# A word in lower case outside brackets, other than the small words a place or its
# region may hold ("Fond du Lac", "Bosnia and Herzegovina").
_LOWER_WORD = re.compile(r"(?:^|(?<=\s))[a-z]+\b")
_PLACE_SMALL_WORDS = P.PLACE_PARTICLES | {"and"}


def _lower_words(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` holds a lower-case word no place or region holds: no
    dateline starts at `start` then, nor further back."""
    return any(m[0] not in _PLACE_SMALL_WORDS for m in _LOWER_WORD.finditer(text, start, end))


def _first_sentence_end(text: str) -> int:
    """The end of the first sentence in `text`, where the next starts with a capital after
    a lower-case word's stop (the text's length when there is none): a head holds none,
    and no head reaches past it."""
    ends = sentence_ends(text)
    end = -1
    decks: dict[int, bool] = {}  # by where a quotation opens: its sentence ends agree
    for m in _SENTENCE_END.finditer(text):
        if _in_quoted_deck(text, m.start(), decks):
            continue
        while end < m.start() + 3:
            end = next(ends, len(text) + 1)
        if end == m.start() + 3:
            return m.end()
    return len(text)


def _in_quoted_deck(text: str, at: int, decks: dict[int, bool] | None = None) -> bool:
    """`at` is inside a quotation of whole sentences set under a title (“… for the harbour.
    The ferries must keep running.” PORTLAND –): it opens after the title's words, closes on
    its stop, and a new part of the head (a dateline) starts after it; no sentence of
    the text's own comes before it."""
    opened = text.rfind("“", 0, at)
    if opened == -1 or text.rfind("”", 0, at) > opened:
        return False
    # Every `at` inside one quotation has the same closing mark after it: one answer.
    if decks is not None:
        if opened not in decks:
            decks[opened] = _in_quoted_deck(text, at)
        return decks[opened]
    closed = text.find("”", at)
    if closed == -1 or text[closed - 1] not in ".!?":
        return False
    head = text[:opened].split()
    after = text[closed + 1 : closed + 3].lstrip()
    return (
        len(head) >= MIN_HEADLINE_WORDS
        and _title_case(" ".join(head[-4:]))
        and not _first_sentence_end(text[:opened]) < opened
        # a title before it, not a label ("CLICK TO PLAY “…”" is a pull quote, body text)
        and _headline(_clean_head(text[:opened]).title)[0] is not None
        and (not after or after[0].isupper() or after[0] in "([")
    )


_MONTH_BEFORE = re.compile(rf"\b{P.MONTH}(?:\s+\d{{1,2}}\s+and)?$")
# A sentence ending inside the head: "… trafficking. The …" (not "Rep. Doe", "D.C. Area").
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]")


def _head_shaped(head: str) -> bool:
    """Text that can stand before a dateline: a title and release metadata, not body
    sentences; and not ending mid-sentence ("… at 2:45 p.m. on (EDT) –")."""
    words = head.split()
    if not words:
        return True
    last = words[-1].strip("\"“”'’(),")
    if last.lower() in P.MINOR_WORDS:
        return False  # "STATEMENT FOR THE RECORD –": mid-phrase
    if re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?", last) and len(head.split()) > 1:
        # "… from 10 AM – 4 PM": a time, not a place; but "… to be Held Mar. 9 WASHINGTON –"
        # and "… on June 4 and 5 WASHINGTON —" end a title with its date
        if not _MONTH_BEFORE.search(" ".join(words[-4:-1])):
            return False
    if len(words) > MAX_HEAD_WORDS:
        return False
    return _first_sentence_end(head) == len(head)


def _whole_place(candidates: list[tuple[int, str, str | None]], text: str) -> int:
    """The start of the whole place among datelines ending at one dash, nearest first:
    the longest place the gazetteer knows; else an upper-case place after a title that
    is not, whole ("… Clinic Funds HOOD RIVER, Ore. –"); else the nearest place, taking
    in a word before it that place names begin with ("Fort Wayne") or one before a word
    that ends them ("Glens Falls", "Norris City")."""
    known = [c for c in candidates if places.is_known(c[1], c[2])]
    if known:
        return known[-1][0]
    caps = [c for c in candidates if c[1].isupper() and len(c[1].split()) <= MAX_PLACE_WORDS]
    for start, place, _ in caps:
        before = text[:start].split()[-1 - MAX_TITLE_ACRONYMS :]
        word = before[-1] if before else ""
        if (
            not word
            or (
                word[:1].isalpha()
                and not word.isupper()
                and not word[-2:].isupper()  # "Florida TodayCAPE CANAVERAL": glued to the place
                and word.lower() not in P.MINOR_WORDS
            )
            or _acronym_ending_title(before, place)
        ):
            return start
    nearest = candidates[0]
    for candidate in candidates[1:]:
        first = candidate[1].split()[0]
        if len(candidate[1].split()) > MAX_PLACE_WORDS:
            break
        ends = len(nearest[1].split()) == 1 and _place_end(nearest[1], first)
        if not (_place_shaped(first, nearest[1]) or ends or _before_saint(candidate, nearest)):
            break
        nearest = candidate
    return nearest[0]


# Words naming a release's kind, which may stand alone before its dateline.
_KIND_WORDS = frozenset(("statement", "release", "advisory", "update", "updated", "alert",
                         "breaking", "news", "editorial", "remarks", "testimony",
                         "transcript", "correction", "reminder", "notice"))  # fmt: skip


def _place_opening_text(
    candidates: list[tuple[int, str, str | None]], start: int, text: str
) -> int:
    """The start of the place among `candidates` where the text opens with one word and
    the place chosen at `start` ("Stony | Brook, NY –", "Lake | Dallas, TX —", "Research
    | Triangle Park, N.C. -"): one word is no title (a headline is MIN_HEADLINE_WORDS
    words), so it is the place's first, lost and the place cut short otherwise — in the
    place's case (a place ending in an abbreviation in capitals has either: "Kessel
    AFB") or an abbreviation ("W. COLUMBIA", "St. JOSEPH"), where the dateline
    read from the text's start takes it in. Not a label's or a medium's word ("VIDEO
    Corvale, OR –"), a release's kind ("Statement Salem, OR –") nor a word the text
    writes in lower case as well ("Center | Corvale, OR – … the center"): where the place
    starts is not sure there, unless the word opens names of places ("El", "North") or
    the text names the whole place again ("… the center of Center Corvale"). Two words
    before the place may be a title ("Roe Tours | Corvale, OR –"): they are the place's
    only where the text names the whole place again ("Tull Harbor | Landing, OR – … at
    Tull Harbor Landing")."""
    opening = len(text) - len(text.lstrip())
    words = text[opening:start].split()
    whole = next((c for c in candidates if c[0] == opening), None)
    if whole is not None and whole[0] == start:
        return _no_place_word_out(candidates, whole, text)
    if whole is not None and len(words) == 2 and _named_again(whole[1], text, start):
        return opening  # "San Fernando | Valley – … in San Fernando Valley": no title
    if len(words) != 1 or whole is None:
        return start
    word, place = words[0], whole[1]
    core = word.rstrip(".").lower()
    chosen = next((c for c in candidates if c[0] == start), None)
    if (
        not place.startswith(word)
        or not word[:1].isupper()
        or not core.isalpha()
        or (
            word.isupper() != place.split()[-1].isupper()
            and not word.endswith(".")
            and not _abbreviation_in_capitals(place.split()[-1])
        )
        or (_opens_no_place(word) and not _named_again(place, text, start))
        or (
            re.search(rf"\b{core}\b", text[start : start + BODY_WINDOW]) is not None
            and not _opens_a_place_name(word)
            and not _named_again(place, text, start)
        )
        or (
            chosen is not None
            and chosen[2] is not None
            and places.is_known(chosen[1], chosen[2])
            and not _opens_a_place_name(word)
        )
    ):
        return start
    return opening


def _no_place_word_out(
    candidates: list[tuple[int, str, str | None]],
    whole: tuple[int, str, str | None],
    text: str,
) -> int:
    """The start of the place `whole`, chosen whole where it opens the text (a run in
    capitals: "TUESDAY CORVALE –", "AUDIO CORVALE, OR –"), or of the place after its
    first word where that word opens no place (`_opens_no_place`), a place's word follows
    it, the whole is no place the gazetteer knows and the text does not name it again."""
    first, _, after = whole[1].partition(" ")
    if (
        not after
        or not _opens_no_place(first)
        or after.split()[0].lower() in P.MINOR_WORDS  # "CLICK FOR VIDEO…": a label's words
        or places.is_known(whole[1], whole[2])
    ):
        return whole[0]
    rest = next((c for c in candidates if c[0] > whole[0] and c[1] == after), None)
    if rest is None or _named_again(whole[1], text, rest[0]):
        return whole[0]
    return rest[0]


def _opens_no_place(word: str) -> bool:
    """`word` names a label, a medium, a release's kind, a day or a month, which a page
    sets before its dateline ("VIDEO | SALEM –", "Statement | Salem, OR –", "Monday |
    Corvale, OR –", "Tonight | Corvale, OR –")."""
    core = word.strip(":").lower()
    return (
        core in _LABEL_WORDS
        or core in _MEDIA_WORDS
        or core in _KIND_WORDS
        or core.capitalize() in _DATE_WORDS
    )


def _named_again(place: str, text: str, start: int) -> bool:
    """The text from `start` names `place` again, in any case, each word capitalised
    ("Friday Harbor, WA – … in Friday Harbor"): the words before the dateline's place are
    the place's own. A title's words told again in a sentence are not ("Roe Tours
    Corvale, OR – … Roe tours Corvale …")."""
    return any(
        all(word[:1].isupper() for word in m.group().split())
        for m in re.finditer(rf"\b{re.escape(place)}\b", text[start : start + BODY_WINDOW], re.I)
    )


def _abbreviation_in_capitals(word: str) -> bool:
    """`word` is an abbreviation in capitals ("AFB", "NAS"), which reads the same in a
    place set in capitals and in one set in Title Case ("Kessel | AFB, OR –")."""
    return word.isascii() and word.isalpha() and word.isupper() and len(word) <= MAX_ABBREVIATION


# An abbreviation ending a place's name is at most this many capitals ("AFB", "NAS").
MAX_ABBREVIATION = 3


# Names of days and months, and words of a day, which open no place name ("Monday Salem –").
_DATE_WORDS = frozenset(P.WEEKDAY_NAMES + P.MONTH_NAMES + P.DAY_WORDS)


def _opens_a_place_name(word: str) -> bool:
    """`word` may open the name of a place whose last word(s) name a known place alone:
    a word the gazetteer's names open with ("Lake | Dallas", "North | Syracuse") or an
    abbreviation ("W. | COLUMBIA"); not "Monday | Salem", "Oregon | Salem", "Roe | Salem"
    (a date, a state, a name or a label left before the dateline)."""
    return word.endswith(".") or places.place_key(word) in places.name_openers()


# "Ste." (Sainte) opens or continues place names only ("Ste. Genevieve", "Sault Ste. Marie").
_SAINTE = "sainte"


def _before_saint(
    candidate: tuple[int, str, str | None], nearest: tuple[int, str, str | None]
) -> bool:
    """Whether `candidate`'s first word belongs to the place `nearest` after an
    abbreviated saint: `Ste.` before a place in its case ("Ste. | Corvale"), or a word
    before `St.`/`Ste.` when the gazetteer knows the whole name ("Sault | Ste. Marie",
    known anywhere though not in the written state). Else a word before `Ste.` is left
    out of the place ("… Tours | Ste. Corvale, MI –")."""
    first, saint = candidate[1].split()[0], nearest[1].split()[0]
    if first.endswith(".") and places.place_key(first) == _SAINTE:
        return nearest[1][:1].isupper() and first.isupper() == nearest[1].isupper()
    return (
        saint.endswith(".")
        and places.place_key(saint) in {_SAINTE, "st"}
        and first[:1].isupper()
        and places.is_known(candidate[1], None)
    )


def _acronym_ending_title(before: list[str], place: str) -> bool:
    """Whether the last of the words `before` a place in capitals is an acronym that ends
    a title not in capitals ("… Open Gov TV | CORVALE, OR –", "… Harbor BBQ NYC |
    CORVALE"): a few capitals (`MAX_ACRONYM_LETTERS`) with no vowel, so no word a place's
    name opens with ("RED | BANK", "EL | PASO"), after a word with a letter in lower case
    or after more such acronyms (at most `MAX_TITLE_ACRONYMS` in all) and then one. The
    acronyms are the title's, not the place's."""
    if len(before) < 2 or not _vowelless_acronym(before[-1]) or _place_shaped(before[-1], place):
        return False
    for previous in reversed(before[:-1]):
        if any(c.islower() for c in previous):
            return True
        if not _vowelless_acronym(previous):
            return False
    return False


def _vowelless_acronym(word: str) -> bool:
    """A few capitals with no vowel ("TV", "BBQ", "NYC")."""
    return (
        word.isascii()
        and word.isalpha()
        and word.isupper()
        and len(word) <= MAX_ACRONYM_LETTERS
        and not any(c in "AEIOU" for c in word)
    )


def _place_end(word: str, before: str) -> bool:
    """`word` ends place names ("Falls", "City", "RIVER") and `before`, in its case, can
    begin one."""
    if before.isupper() != word.isupper() or not before[:1].isupper():
        return False
    return places.place_key(word) in places.name_endings()


def _place_shaped(word: str, place: str) -> bool:
    """A word before `place` belongs to it: a word that opens place names, in the
    place's own case ("SAN" before "MARCOS", "Fort" before "Wayne")."""
    if place.isupper() != word.isupper():
        return False
    return places.place_key(word) in places.name_openers()


# -- what in the head is release metadata ------------------------------------------

_FULL_DATE = (
    rf"(?:{P.WEEKDAY},?\s+)?(?:{P.MONTH}\s+{P.DAY},?\s*{P.YEAR}|{P.DAY}\s+{P.MONTH},?\s+{P.YEAR})"
)
# A phone number, with the line or the person it reaches in brackets after it; scraped
# heads glue it to the contact's name before it ("Ann Lee202-555-0143").
_PHONE = (
    r"\(?(?:\b|(?<=[a-z]))\d{3}\)?[\s.-]?\d{3}\s*[.–-]?\s*\d{4}(?!\d)"
    r"(?:\s*\([A-Za-z][\w .'’-]{0,30}\))?"
)
# A member's letterhead printed over every release of a site: office, name and district
# ("Representative Jane Roe 5th Congressional District of Iowa", "U.S. Congressman John
# Doe Iowa’s Fifth Congressional District"), never after a word of a title.
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth(?:-[A-Z][a-z]+)?)"
)
_LETTERHEAD = (
    r"(?<![A-Za-z]\s)(?<![A-Za-z])(?:U\.S\.\s+)?(?:Representative|Congress(?:man|woman))"
    r"\s+(?:[A-Z][\w.'’-]*,?\s+){1,4}(?:Representing\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?['’]s\s+)?"
    rf"{_ORDINAL}\s+Congressional\s+District"
    r"(?:\s+of\s+(?:(?:New|North|South|West|Rhode)\s+)?[A-Z][a-z]+)?\b"
)
_METADATA = re.compile(
    "|".join(
        (
            rf"(?P<date>{_FULL_DATE})",
            # a date stamp in numbers, its weekday before it ("TUESDAY 10.7.15"), maybe
            # glued to the label after it ("5.14.15MEDIA CONTACT:")
            rf"(?P<stamp>(?:\b{P.WEEKDAY},?\s+)?\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}(?!\d))",
            rf"(?P<phone>{_PHONE})",
            r"(?P<release>(?i:for\s+immediate\s+release|immediate\s+release"
            r"|(?:press|news|media)\s+(?:release|advisory)"
            # Spanish releases: "PARA DIFUSIÓN INMEDIATA", "COMUNICADO DE PRENSA"
            r"|para\s+(?:difusi[oó]n|publicaci[oó]n)\s+inmediata|comunicado\s+de\s+prensa)\s*:?)",
            # a label over the title ("Press Statement Congresswoman Roe Calls …"), not
            # the words of a title ("Roe Press Statement on …"); `_metadata_in` keeps
            # it in a title that runs up to it ("Budget Vote – Press Statement from …")
            r"(?P<label>(?<![A-Za-z]\s)(?<![A-Za-z])(?:Press\s+Statement|PRESS\s+STATEMENT)\b)",
            # a label in capitals naming the kind of release before its title ("POST
            # RELEASE: Roe …", "VIDEO RELEASE: …"), only a medium's or a form's word, with
            # its colon and opening the head (`_metadata_in`): "ROE HAILS HOSTAGE RELEASE:
            # …" and "HOSTAGE RELEASE: ROE …" are all title
            r"(?P<kind>(?<![A-Za-z]\s)(?<![A-Za-z])(?:VIDEO|AUDIO|PHOTO|POST|JOINT)\s+RELEASE\s*:)",
            # … and its label glued to the title's last word ("… Global MarketMedia Contact:"),
            # only "Media": a word run into "Press" or "News" is more often a name of its
            # own ("… WordPress Contact:") than a label glued to one
            r"(?P<contact>(?<![a-z])(?i:(?:media\s+|press\s+)?contact(?:o|os|s)?)\s*:"
            r"|(?<=[A-Za-z][a-z]{2})Media\s+(?i:contact(?:o|os|s)?)\s*:)",
            # the last part of the domain in one case, or capitalised ("….House.Gov"):
            # "…@mail.house.govRush Statement on …" is an address glued to the title
            r"(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,}|[A-Z]{2,}|[A-Z][a-z]+)(?![a-z]))",
            r"(?P<web>\b(?:https?://|www\.)\S+)",
            # a picture's file name the page left in the head ("IMG_7116.JPG"), not one
            # inside a link or an address, nor the end of a name with spaces in it
            # ("Harbor Visit 7.jpg": where it starts is not sure), nor one in quotation
            # marks, which a title names ("“Roe.jpg” Is the Harbor's New Mascot")
            r"(?P<picture>(?<![\w./@\"“‘'-])(?<![\w,;]\s)[\w-]+\.(?i:jpe?g|png|gif)"
            r"(?![\w./\"”’'-]))",
            r"(?P<share>\+\s*SHARE\b|\b(?i:share)\s*:\s*(?:f\s+t\b)?)",
            # a link's label: "Click here or on the picture to see the full hearing",
            # which ends before a contact's label ("… for the video Contact: …")
            # and reads past a member's short title ("… to watch Rep. Roe’s video message")
            r"(?P<link>\b(?i:click\s+here)\b"
            r"(?:(?!(?i:(?:media\s+|press\s+)?contact(?:o|os|s)?)\s*:)"
            r"(?:\b(?:Reps?|Sens?|U\.S)\.|[^.!?“”\"])){0,100})",
            rf"(?P<letterhead>{_LETTERHEAD})",
        )
    )
)
# A contact's name: a few capitalised words, "or"/"and" between names.
_NAME_WORD = (
    r"(?:[A-Z][\w.'’-]*:?|[a-z]{1,3}['’][A-Z][\w'’-]*|[“\"][A-Z][\w.'’-]*[”\"]"
    r"|\([A-Z][\w.'’-]*\)|or|and|&|,)"
)
_NAMES = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD})*$")
# A slash between two contacts' names: "Ann Roe/Bram Vail".
_SLASHED_NAMES = re.compile(r"(?<=[a-z])/(?=[A-Z][a-z])")
_BYLINE = re.compile(r"^By:?\s+[A-Z]")
_ORIGINALLY = re.compile(r"^(?i:as\s+)?(?i:originally\s+(?:released|published|posted)|reprinted)\b")
_EDGE = " \t,;:|•·-–—()"
_EDGE_SPACE = _EDGE + "\n\r\f\v\xa0"  # a title's edges, line breaks included
# A link's label under a title ("VIEW: Picture diary of the trip"), not a subtitle.
_LINK_LABEL = re.compile(r"[A-Z]{3,}\s*:")
# A date that a title's own words lead up to ("Extended Until February 5").
_DATE_IN_TITLE = re.compile(
    r"(?i:\b(?:until|through|thru|on|by|before|after|since|from|for|to|of|and|than))\s+$"
)
# The label of a contact's phone number or address: "PHONE:", "Email:".
_CONTACT_LABEL = re.compile(r"(?i:phone|tel|telephone|e-?mail|fax|cell|office)\s*:")
# A contact's names run at most this far before the phone number after them.
MAX_CONTACT_CHARS = 80
# A day of the month left over from the page's layout: "14 Video of the hearing".
_STRAY_NUMBER = re.compile(r"^\d{1,2}\s+(?=[A-Z])")
# A number counts the title's subject when a plural follows it within this many words.
COUNTED_WORDS = 3
# Plurals not in -s a title counts ("34 People Are …").
_PLURALS = frozenset(("people", "children", "men", "women", "congressmen", "congresswomen"))
# A member's office after a number: the number is no count of it ("7 Congressman Roe …").
_SINGLE_OFFICES = frozenset(("congressman", "congresswoman", "senator", "sen.", "rep.",
                             "representative", "u.s."))  # fmt: skip


# The whole text of the release whose head is read (set by `split_release_head`): a number
# opening the title counts its subject only where the text counts it again.
_RELEASE_TEXT: ContextVar[str | None] = ContextVar("_RELEASE_TEXT", default=None)


def _counts_subject(title: str) -> bool:
    """Whether the number opening `title` counts its subject: a plural comes within a few
    words after it ("12 Harbor Towns Win …", "34 People Are …", "40 Members of …"), before
    any small word, a verb of a title or a member's office ("7 Congressman Roe Tours …",
    "8 Roe Hails …": a stray number of the page's layout), and the release's text after the
    title counts the same plural with the same number ("… funds for 12 harbor towns", "five
    schools"): a site may open every head with a number of its layout before a plural
    ("13 Lawmakers seek …" on a release of three)."""
    plural = _counted_plural(title) if _STRAY_NUMBER.match(title) else None
    text = _RELEASE_TEXT.get()
    if plural is None or text is None or (at := text.find(title)) < 0:
        return False
    number = int(title.split()[0])
    spelt = P.NUMBER_WORDS[number] if number < len(P.NUMBER_WORDS) else None
    count = re.escape(str(number)) + (f"|{spelt}" if spelt else "")
    again = re.compile(
        rf"(?i)(?<![\d,.$])\b(?:{count})\s+(?:[\w'’-]+\s+){{0,{COUNTED_WORDS - 1}}}"
        rf"{re.escape(plural)}\b"
    )
    return again.search(text, at + len(title)) is not None


def _counted_plural(title: str) -> str | None:
    """The plural a number opening `title` may count (see `_counts_subject`), or None."""
    for word in title.split()[1 : 1 + COUNTED_WORDS]:
        word = word.strip(',:;"“”').lower()
        if word in P.MINOR_WORDS or word in _SINGLE_OFFICES or _title_verb(word):
            return None
        if word in _PLURALS or (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "'s", "’s"))
        ):
            return word
    return None


def _metadata_in(head: str) -> Iterator[re.Match[str]]:
    """The release metadata in `head`, left to right. "Press Statement" is a label only
    where no title text runs up to it, or in brackets after the title ("… Farm Bill (Press
    Statement)"); "Budget Vote – Press Statement from Rep. Roe" is all title."""
    at = 0
    last: str | None = None
    for m in _METADATA.finditer(head):
        if _titled(m):
            continue
        if m.lastgroup == "date" and (day := _titles_weekday(head, m.start())) is not None:
            m = _METADATA.match(head, day) or m  # "… Ash Wednesday | March 1, 2006"
        if m.lastgroup == "stamp" and _stamp_in_title(head, at, m):
            continue  # "Roe Backs Sunday 12.12.12 Vigil": the title's own numbers
        if m.lastgroup == "phone" and (
            not _contact_phone(head[at : m.start()], last, m[0])
            or _phone_in_title(head[at : m.start()], head[m.end() :], last)
        ):
            continue  # "Holt Tours Canal Pumps202-555-0187": no contact before it
        if m.lastgroup == "release" and _release_in_title(head, m):
            continue  # "… Provides Informational Press Release Regarding the …"
        if m.lastgroup == "kind" and head[at : m.start()].strip(_EDGE_SPACE):
            continue  # "… HAILS HOSTAGE RELEASE: …": the title runs up to it
        if m.lastgroup == "label" and head[at : m.start()].strip(_EDGE_SPACE):
            after = head[m.end() :].lstrip()
            if not (head[: m.start()].rstrip().endswith("(") and after.startswith(")")):
                continue
        yield m
        at = m.end()
        last = m.lastgroup


def _stamp_in_title(head: str, at: int, m: re.Match[str]) -> bool:
    """Whether the date stamp `m` stands inside a title's words ("Roe Backs Sunday
    12.12.12 Vigil", "Roe Backs 3.5.12 Percent Plan"): the head's text since the metadata
    before it (from `at`) is a title in Title Case that no stop, comma, colon or dash ends,
    and Title Case words go on after it up to the next metadata or the head's end. A
    release prints its stamp before its title or after it, not inside it; cut there, the
    title lost its last words. The words before it must be a title that cannot end there:
    its last word a small word or a title's verb in -s that wants its object ("Roe Backs
    | 12.12.12 Vigil"); a whole title ("Roe Backs Harbor Vigil | 12.4.12 Tod Vail"), a
    name or a label ("Ann Roe | 12.4.12 Roe Backs …") before a stamp is not, and the
    words after it are then a contact, a label or the title. Nor before a person's first
    name ("Harbor Bill Passes | 12.4.12 Tod Vail"): a contact's."""
    before = head[at : m.start()].strip(_EDGE_SPACE)
    if not before or head[: m.start()].rstrip()[-1:] in ".,:;!?|•·-–—" or not _title_case(before):
        return False
    last = before.split()[-1].lower()
    if last not in P.MINOR_WORDS and not (last.endswith("s") and _title_verb(last)):
        return False
    nxt = next((n for n in _METADATA.finditer(head, m.end()) if not _titled(n)), None)
    after = head[m.end() : nxt.start() if nxt else len(head)].strip(_EDGE_SPACE)
    significant = [
        w for w in P.WORD_RE.findall(after) if w[0].isalpha() and w.lower() not in P.MINOR_WORDS
    ]
    if significant and first_name_gender(significant[0]) is not None:
        return False
    return bool(significant) and after[:1].isupper() and all(w[0].isupper() for w in significant)


# A contact's label without its colon ending the text before a phone: "Media contact".
_CONTACT_WORD = re.compile(r"(?:^|\s)(?i:(?:media\s+|press\s+|news\s+)?contact(?:o|os|s)?)\s+")


def _contact_phone(before: str, last: str | None, phone: str = "") -> bool:
    """A phone number after `before` (the head's text since the metadata before it, of
    kind `last`) is a contact's: always when set apart from the word before it, and when
    glued to it ("Ann Lee202-555-0143") only where that word ends a contact's name after
    a contact's label ("Contact: Ann Lee", "Media contact Ann Lee") or a short name with
    a known first name. Digits glued to any other word are the title's or the lead's own
    text ("Holt Tours Canal Pumps202-…", "Call the office at202-…") and are kept."""
    if not before[-1:].isalpha() or phone.startswith("("):
        return True  # set apart by a space or its area code's bracket ("Ann Lee(202) …")
    text = before.strip(_EDGE_SPACE)
    label = _CONTACT_WORD.search(text)
    if label is not None:
        return _is_names(text[label.end() :])
    if last == "contact":
        return _is_names(text)
    words = text.split()
    name = [w for w in words if w.lower() not in _PERSON_OFFICES]
    return (
        MIN_HEADLINE_WORDS <= len(name) <= MAX_GLUED_NAME_WORDS
        and _only_a_name(text)
        and first_name_gender(name[0].strip('"“”')) is not None
    )


# A contact's name glued to a phone number is at most this many words ("Ann B. Lee").
MAX_GLUED_NAME_WORDS = 3

# Words in lower case that follow a contact's number: its line, or another number.
_CONTACT_AFTER = frozenset(
    ("or", "and", "office", "ofc", "ofc.", "cell", "mobile", "fax", "direct", "desk", "ext",
     "ext.", "x", "phone", "tel", "tel.", "main", "work", "home", "voice")
)  # fmt: skip
_NEXT_WORD = re.compile(r"[\s,;:]*([^\s,;:]+)")
# One such word in lower case, with the stops, dashes and slashes around it: "ofc.; ".
_LINE_WORD = re.compile(r"[\s,;/–—-]*([a-z]+\.?)(?![\w'’])[\s,;/–—-]*")


def _line_then_names(words: str) -> bool:
    """`words`, between two of a contact block's numbers or addresses, are the lines the
    numbers reach and maybe another contact's name after "or" ("ofc.", "mobile", "cell -
    or - Tod Vail"): at least one word of `_CONTACT_AFTER` in lower case opens them, and
    nothing but a contact's names follows those words. Words a title is told with are no
    name ("cell Roe Hails Corvale Harbor Grant" between two numbers is a title). A line
    word takes only its number's words: names after it with no "or" or "and" between are
    one person's, a known first name and at most MAX_GLUED_NAME_WORDS words ("mobile Tod
    Vail"), never a title's ("cell Corvale Harbor Grant", "home Ann Roe Harbor Day")."""
    at = 0
    joined = False  # an "or" or "and" opens another contact's names
    while (m := _LINE_WORD.match(words, at)) is not None and m[1] in _CONTACT_AFTER:
        joined = joined or m[1] in ("or", "and")
        at = m.end()
    rest = words[at:].strip(_EDGE_SPACE)
    if any(_title_verb(word.strip(_EDGE_SPACE).lower()) for word in rest.split()):
        return False
    if rest and not joined:
        # one person's name, or people's names joined by "and", "or", a comma or a slash
        # ("cell Tod Vail and Ann Dunn"), each a known first name and a surname
        names = [n.split() for n in _NAMES_JOINT.split(rest)]
        return (
            at > 0
            and all(
                MIN_HEADLINE_WORDS <= len(name) <= MAX_GLUED_NAME_WORDS
                and first_name_gender(name[0]) is not None
                for name in names
            )
            and _is_names(rest)
        )
    return at > 0 and (not rest or _is_names(rest))


# A contact's names, "for" and the office and surname of the member the contact is for.
_FOR_A_MEMBER = re.compile(
    r"(?P<names>.+?)\s+for\s+(?:U\.S\.\s+)?(?:Rep\.|Sen\.|Representative|Senator|"
    r"Congress(?:man|woman|member))\s+[A-Z][\w'’-]+"
)


def _for_a_member(words: str) -> bool:
    """`words`, before a number, are a contact's names and the member the contact is for
    ("Ann Roe for Senator Vail", "or Tod Dunn for Rep. Roe"): one person's, a known first
    name and a surname, and no title's verb tells them ("Roe Hails Grant for Senator
    Vail", "Ann Roe Stands for Senator Vail" are titles)."""
    m = _FOR_A_MEMBER.fullmatch(words.strip(_EDGE_SPACE))
    if m is None or not _is_names(m["names"]) or _told(m["names"]):
        return False
    names = [w for w in m["names"].split() if w.lower() not in ("or", "and")]
    # a first name and a surname, an initial between at most ("Ann B. Roe")
    initial = len(names) == 3 and re.fullmatch(r"[A-Z]\.", names[1]) is not None
    return (len(names) == 2 or initial) and first_name_gender(names[0]) is not None


# What joins two contacts' names after a line word: "and", "or", "&", a comma, a slash.
_NAMES_JOINT = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*")


# A member's name a contact is for, and a dash or a slash, before the contact's name:
# "For Roe – ", "For Roe/ ", "Roe - ".
_FOR_MEMBER = re.compile(r"(?:For\s+)?[A-Z][\w'’-]+\s*(?:[–—/]|\s-)\s*")


def _members_contact(words: str) -> bool:
    """`words`, after a contact's label or number and before a number, name the member a
    contact is for and then the contact ("For Roe – Tod Vail /", "Roe - Tod Vail:?"):
    the rest is a contact's names, told with no title's verb."""
    m = _FOR_MEMBER.match(words)
    if m is None:
        return False
    rest = words[m.end() :].rstrip(" /:?")
    return bool(rest) and _is_names(rest) and not _told(rest)


# Words right before a number that tell the reader to reach it: "Veterans Can Call
# 202-…", "Urges Towns to Dial 202-…", "Urges Veterans to Call Crews at 202-…".
_REACH_WORDS = frozenset(("call", "calls", "calling", "dial", "dials", "text", "texts",
                          "hotline", "helpline", "line", "number", "at", "toll-free"))  # fmt: skip
# The words after a number read this far for a title's Title Case going on.
TITLE_AFTER_PHONE_WORDS = 2


def _phone_in_title(before: str, after: str, last: str | None) -> bool:
    """A phone number the title's own sentence goes on past ("Veterans Can Call
    202-555-0143 for Help With Claims"): after words telling a title, with no contact's
    label or number before them, and before a word in lower case that is no contact's
    line ("… 202-555-0143 office", "… 202-555-0143 or …" are a contact's). The words
    before it must tell the reader to reach it (Call, Dial, Hotline …), or the words after
    it go on in Title Case ("… for Help With …"): a contact's name and number run on after
    a title end in a note of their own ("Ann Lee 202-555-0143 after 5 pm")."""
    if last in ("contact", "phone", "email"):
        return False
    words = before.strip(_EDGE_SPACE)
    if not words or _contact_line(words) or not _told(words):
        return False
    following = _NEXT_WORD.match(after)
    word = following[1] if following else ""
    if not (word.isalpha() and word.islower() and word not in _CONTACT_AFTER):
        return False
    if words.split()[-1].strip("\"“”'’(),:;").lower() in _REACH_WORDS:
        return True
    if _CONTACT_WORD.search(words) or _ends_on_a_name(words):
        return False  # "… Contact Ann Lee 202-…", "… Pumps Ann Lee 202-… for press"
    going_on = after[following.end() :].split()[:TITLE_AFTER_PHONE_WORDS] if following else []
    return (
        word in P.MINOR_WORDS
        and len(going_on) == TITLE_AFTER_PHONE_WORDS
        and all(w[:1].isupper() and w[:1].isalpha() for w in going_on)
    )


def _ends_on_a_name(words: str) -> bool:
    """`words` end on a person's name, a known first name and a capitalised word
    ("… Canal Pumps Ann Lee", "… Pumps Ann B. Lee"): a contact's before a number."""
    tail = [w.strip("\"“”'’(),:;") for w in words.split()[-3:]]
    return any(
        first_name_gender(w) is not None and all(x[:1].isupper() for x in tail[i + 1 :])
        for i, w in enumerate(tail[:-1])
    )


def _titled(m: re.Match[str]) -> bool:
    """A letterhead match that is a title's words: "Congressman Jo Roe Urges Sixth
    Congressional District Residents …" names a verb, a letterhead none; "Congresswoman
    Roe’s Fifth Congressional District Office Hours Set …" goes on with the title's words.
    A letterhead stands alone: nothing after it in the head, or metadata, a dateline, a
    title or a sentence of its own (see `_after_letterhead`)."""
    if m.lastgroup != "letterhead":
        return False
    if any(_title_verb(w.lower()) for w in m[0].split()):
        return True
    return not _after_letterhead(m[0], m.string[m.end() : m.end() + DATELINE_TAIL])


# A few capitalised words and a dash: a dateline's shape, whatever the place.
_PLACE_DASH = re.compile(r"(?:[A-Z][\w.'’-]*,?\s+){0,3}[A-Z][\w.'’-]*\.?\s*(?:--|[–—-])(?:\s|$)")


def _after_letterhead(letterhead: str, after: str) -> bool:
    """`after`, the text after a letterhead, opens with something of its own: metadata, a
    dateline, a title in capitals or a quotation, the member's name or office ("Roe Backs
    …", "Iowa Congressman Roe …"), or a sentence ("The volunteers …"). A Title Case word
    that is none of these goes on with the letterhead's words ("… District Art Competition
    Winner Named"), and so does a comma or a lower-case word."""
    after = after.lstrip(" \t\n\r\f\v\xa0|•·-–—")
    if not after or _METADATA.match(after) or after[0] in P.QUOTE_OPENERS:
        return True
    words = [w.strip("\"“”‘’'(),:;.") for w in after.split()[:2]]
    first = words[0]
    if not first[:1].isupper():
        return False
    if _is_caps(first) and len(first) > 1 or extract_dateline(after) is not None:
        return True
    if _PLACE_DASH.match(after):
        return True  # a dateline of a place no gazetteer knows: "Sioux Center -- As …"
    # the office and name words, not the district's ("Fifth", "Congressional", "Iowa")
    own = letterhead.split()
    own = own[: max(1, own.index("Congressional") - 1)] if "Congressional" in own else own
    names = {w.strip(",.").removesuffix("’s").removesuffix("'s").lower() for w in own}
    if first.lower().removesuffix("’s").removesuffix("'s") in names:
        return True  # the member's name opens the title: "Roe Backs Farm Bill"
    if any(w.lower() in _OFFICE_WORDS for w in words):
        return True
    return first.lower() in P.MINOR_WORDS and len(words) > 1 and words[1][:1].islower()


# Words that go on with a title's phrase after "Press Release" run into it.
# Not "from": "Original Press Release from Essex County" names where a release came from.
_RELEASE_TOPIC_WORDS = frozenset(("regarding", "on", "about", "concerning"))


def _release_in_title(head: str, m: re.Match[str]) -> bool:
    """Whether "Press Release" (Title Case, no colon) is a title's words: a word of the
    title right before it, and the title going on after it with a preposition ("…
    Provides Informational Press Release Regarding the Settlement …")."""
    if not m[0].strip()[:1].isupper() or m[0].isupper() or ":" in m[0]:
        return False
    if not head[: m.start()].endswith(" ") or not head[: m.start()].rstrip()[-1:].isalpha():
        return False
    after = head[m.end() :].split(None, 1)
    return bool(after) and after[0].lower() in _RELEASE_TOPIC_WORDS


def _metadata_at(text: str, at: int = 0) -> re.Match[str] | None:
    m = _METADATA.match(text, at)
    return None if m is None or _titled(m) else m


def _has_metadata(text: str) -> bool:
    return next(_metadata_in(text), None) is not None


@dataclass
class _Head:
    title: str | None
    released: str | None
    contact: str | None
    deck: str | None = None  # a subtitle the head sets apart from the title
    letterhead: str | None = None
    # A link's label in the head ("Click here for video"): no title, but the page's own
    # words, kept in the body like a lead.
    link: str | None = None


def _with_link(lead: str | None, head: _Head) -> str | None:
    """The text kept before the body's start: the lead, then a link's label in the head."""
    if head.link is None or (lead is not None and head.link in lead):
        return lead
    return head.link if lead is None else f"{lead} {head.link}"


def _clean_head(head: str) -> _Head:
    """The head's title once the metadata around it is taken out."""
    head = _GLUED_NUMBER.sub(" ", head)  # "ACT OF 2007Bill" → "2007 Bill"
    pieces: list[tuple[str, str | None]] = []  # (text, metadata kind or None)
    at = 0
    for m in _metadata_in(head):
        if m.lastgroup == "date" and _DATE_IN_TITLE.search(head, max(0, m.start() - 12), m.start()):
            continue  # "… Extended Until February 5, 2016": the title's own words
        pieces.append((head[at : m.start()], None))
        pieces.append((m[0], m.lastgroup))
        at = m.end()
    pieces.append((head[at:], None))
    released = next((t for t, kind in pieces if kind == "date"), None)
    letterhead = next((t for t, kind in pieces if kind == "letterhead"), None)
    link = " ".join(t.strip(_EDGE_SPACE) for t, kind in pieces if kind == "link") or None
    contact: list[str] = []
    fragments: list[str] = []
    dated: list[bool] = []  # whether a full date stands between a fragment and the one before
    # Inside a contact block, a number's line word and words `_line_then_names` did not
    # take for a name ("cell Kyras Tull", "cell T. Vail"): (place in `contact`, words).
    lines: list[tuple[int, str]] = []
    for i, (piece, kind) in enumerate(pieces):
        if kind is not None:
            if kind in ("contact", "phone", "email"):
                contact.append(piece.strip())
            continue
        words = piece.strip(_EDGE_SPACE)
        if not words:
            continue
        closing = piece.lstrip(_EDGE_SPACE)[len(words) :][:1] == ")"
        if closing and words.count("(") > words.count(")"):
            words += ")"  # "… subsection a, 2(A)": the bracket closes the title's own
        after = next((k for t, k in pieces[i + 1 :] if k or t.strip(_EDGE_SPACE)), None)
        before = next((k for t, k in reversed(pieces[:i]) if k or t.strip(_EDGE_SPACE)), None)
        # A name after "Contact:" or before a phone number is the contact, and so is a
        # contact's label without its colon before one ("Media contact Ann Lee 202-…").
        if (
            (before == "contact" or after in ("phone", "email") and not _told(words))
            # a name glued by a slash to the phone after it: "Ann Lee/202-555-0143", and
            # two names sharing a number: "Ann Roe/Bram Vail (Tarrant), 202-…"
            and _is_names(_SLASHED_NAMES.sub(" or ", words.rstrip("/ ")))
            or (after in ("phone", "email") and _contact_line(words))
            # inside a contact block, a number's line and a second contact after "or":
            # "… 555-0100 ofc.; 555-0199 mobile ann@… - or - Tod Vail 555-0142"
            or (
                before in ("phone", "email")
                and after in ("phone", "email")
                and any(k == "contact" for _, k in pieces[:i])
                and _line_then_names(words)
            )
            # a contact for each member, the member's name and a dash before it: "Contact:
            # For Roe – Tod Vail /541-… For Vail – Bram Dunn/541-…", "Roe - Tod Vail: 541-…"
            or (
                after in ("phone", "email")
                and (
                    before == "contact"
                    or before in ("phone", "email")
                    and any(k == "contact" for _, k in pieces[:i])
                )
                and _members_contact(words)
            )
            # a contact's name and the member the contact speaks for: "Ann Roe for Senator
            # Vail (202-…) or Tod Dunn for Senator Roe (541-…)"
            or (after in ("phone", "email") and _for_a_member(words))
        ):
            contact.append(words)
            continue
        if _BYLINE.match(words) and len(words.split()) <= 10 or _ORIGINALLY.match(words):
            continue
        if (
            before in ("phone", "email")
            and after in ("phone", "email")
            and any(k == "contact" for _, k in pieces[:i])
            and (line := _LINE_WORD.match(words)) is not None
            and line[1] in _CONTACT_AFTER
        ):
            lines.append((len(contact), words))
        fragments.append(words)
        dated.append(before == "date")
    deck = None
    repeated = _repeated_title(fragments) if released is not None else None
    if repeated is not None:
        # "Title Thursday, … Contact: … Title A deck": printed twice, the second time
        # with the deck run on; the shorter print is where the title ends
        title: str | None = repeated[0]
        deck = repeated[1]
    elif (
        len(fragments) >= 2
        and dated[1]
        and len(fragments[0].split()) >= 3
        and _title_case_but_prepositions(fragments[0])
        and (under := _under_the_date(fragments[0], fragments[1])) is not None
    ):
        # "Title August 10th, 2016 A deck in sentence case": the date sits under the title
        title = fragments[0]
        deck = under or None
    else:
        title = max(fragments, key=lambda f: len(f.split()), default=None)
    for at, words in reversed(lines):
        if words not in (title, deck):
            # not the title: the words of the number's line, kept with the contact rather
            # than lost ("… 555-0100 cell Kyras Tull (541) 555-0199 Roe Hails …")
            contact.insert(at, words)
    if title and not _counts_subject(title):
        title = _STRAY_NUMBER.sub("", title).strip() or None
    return _Head(title, released, " ".join(contact) or None, deck, letterhead, link)


def _title_case_but_prepositions(text: str) -> bool:
    """`text` is in Title Case, a longer preposition in lower case allowed beside the
    short words ("… Loans for Harbor Workers through Local Banks", "… Votes against
    Cuts")."""
    return _title_case(" ".join(w for w in text.split() if w not in _PREPOSITIONS))


def _under_the_date(title: str, line: str) -> str | None:
    """What `line`, under the release's date, is to `title` above it: its deck (the line
    itself: in sentence case, or `_dated_deck`), no deck ("" for a person's or a body's
    name, `_name_line`: the title stays the title) or nothing of it (None: the longer
    line is the title)."""
    if not _title_case(line):
        return line
    if _dated_deck(title, line):
        return line
    if _dated_title(title) and not _second_title(title, line) and _name_line(line):
        return ""
    return None


def _dated_deck(title: str, deck: str) -> bool:
    """`deck`, in Title Case, is the deck of `title` where the release's date stands
    between them ("Roe Backs Harbor Bill March 4th, 2019 Dredging Funds Would Double"),
    not a second title: the title is a title (`_dated_title`), and the deck is not
    the title printed again (in quotation marks or not), a title of its own telling of
    the title's subject (`_second_title`), a name (`_name_line`), a link's label or a
    line in capitals. A date inside the title's words ("… Recognizing April 26, 2018, as
    ‘Harbor Day’") goes on in lower case: no deck."""
    if not _dated_title(title) or deck.isupper() or deck[:1].islower():
        return False
    if len(deck.split()) < MIN_RUN_ON_DECK_WORDS or _not_a_deck(deck) or _is_names(deck):
        return False
    if _second_title(title, deck) or _name_line(deck):
        return False
    opening = title.translate(_NO_MARKS).casefold().split()[:2]
    return deck.translate(_NO_MARKS).casefold().split()[:2] != opening


def _dated_title(title: str) -> bool:
    """`title`, above the release's date, is told with a verb and is neither in capitals
    (a letterhead's "UNITED STATES CONGRESS", "NEWS FROM …"; a label's "For Advisory
    Purposes Only" tells nothing) nor a link to another release ("Previous Article Roe
    Hosts …", "Recent News …")."""
    if title.isupper() or not _told(title):
        return False
    words = title.casefold().split()
    return not (words[0] in _OTHER_RELEASE_LINKS and words[1] in _RELEASE_WORDS)


# A link to another release of the page's list: "Previous Article", "Recent News".
_OTHER_RELEASE_LINKS = frozenset(("previous", "next", "recent", "related", "latest", "more",
                                  "older", "newer", "other", "top", "featured"))  # fmt: skip
_RELEASE_WORDS = frozenset(("article", "articles", "news", "post", "posts", "story", "stories",
                            "release", "releases", "item", "items", "headlines"))  # fmt: skip


def _second_title(title: str, line: str) -> bool:
    """`line` opens with the subject `title` is told of ("Roe to Host Town Hall" … "Roe
    Backs Harbor Bill", "Roe’s Bill Passes"): a title of its own, not a deck."""
    words = [_bare(w) for w in title.split()]
    verb = next(
        (i for i, w in enumerate(words) if i and (_title_verb(w) or w in _SUBJECT_ENDS)),
        len(words),
    )
    return _bare(line.split()[0]) in words[:verb]


def _bare(word: str) -> str:
    """`word` without its quotation marks and its possessive, folded: "“Roe’s" → "roe"."""
    return _POSSESSIVE.sub("", word.strip("‘’“”\"'")).casefold()


# Words a title's subject ends before: an infinitive's "to", a modal.
_SUBJECT_ENDS = frozenset(("to", "will", "would", "could", "can", "must", "should"))


def _name_line(line: str) -> bool:
    """`line` names a person or a body and tells nothing ("Mayor Tod Vail of Bayport",
    "Congresswoman Jane Roe Ohio’s 9th District", "House Committee on Transportation and
    Infrastructure"): no quotation, no verb of a title, no modal."""
    words = line.split()
    if line[:1] in _QUOTE_OPENERS or _told(line) or any(w in _DECK_MODALS for w in words):
        return False
    return _person_line(words) or _body_line(words)


def _person_line(words: list[str]) -> bool:
    """`words` are a person's name: offices, a known first name and a surname (or an
    initial and a surname), then nothing, "of" a place, a possessive place, a number or
    a bracket ("Mayor Tod Vail of Bayport", "Jane Q. Roe Ohio’s 9th District"); "Bill
    Extends Funding …", "Rep. Roe Criticizes …" are no name."""
    at = 0
    while at < len(words) and (words[at].lower() in _OFFICES or is_role_word(words[at].lower())):
        at += 1
    name = words[at : at + 3]
    if len(name) < 2 or first_name_gender(name[0]) is None:
        return False
    end = at + 3 if len(name) == 3 and _INITIAL.fullmatch(name[1]) else at + 2
    if not all(w[:1].isupper() and not _POSSESSIVE.search(w) for w in words[at + 1 : end]):
        return False
    rest = words[end:]
    return (
        not rest
        or rest[0] in ("of", "Of")
        or bool(_POSSESSIVE.search(rest[0]))
        or (rest[0][:1].isdigit() or rest[0][:1] == "(")
    )


_INITIAL = re.compile(r"[A-Z]\.")


def _body_line(words: list[str]) -> bool:
    """`words` are a body's name in Title Case, its kind last or before "on"/"of"/"for"
    ("House Committee on Transportation …", "The Congressional Ports Caucus")."""
    kind = next((i for i, w in enumerate(words) if w.lower() in _NAMED_BODIES), None)
    if kind is None or not all(w[:1].isupper() for w in words[:kind]):
        return False
    return kind == len(words) - 1 or words[kind + 1] in ("on", "of", "for")


# Bodies a line may name under the title: "House Committee on …", "Ports Caucus".
_NAMED_BODIES = frozenset(("committee", "subcommittee", "caucus", "commission"))
_QUOTE_OPENERS = "“‘\"'"


def _told(words: str) -> bool:
    """`words` tell something with a title's verb ("Holt Tours Canal Pumps"), which no
    contact's names do ("Ann Lee", "Tom Reed or Ann Lee"): a title before a phone number."""
    return any(_title_verb(w.lower()) and first_name_gender(w) is None for w in words.split()[1:])


# A title printed twice is this many words; its run-on deck at least MIN_RUN_ON_DECK.
MIN_REPEATED_TITLE_WORDS = 3
MIN_RUN_ON_DECK_WORDS = 3


# Curly marks as straight ones, to compare two prints of one title.
_PLAIN_MARKS = str.maketrans("‘’“”", "''\"\"")
# No quotation marks at all: a title printed again in marks is the title.
_NO_MARKS = str.maketrans("", "", "‘’“”\"'")


def _repeated_title(fragments: list[str]) -> tuple[str, str] | None:
    """(title, deck) when one fragment of a dated head is an earlier one with more run
    on after a word's end ("Roe Wins Grant" … "Roe Wins Grant Funds go to …"); None
    otherwise, and when the shorter print is only a name ("Senator Jane Roe" … "Senator
    Jane Roe Announces …"): a byline, not a title."""
    for i, short in enumerate(fragments):
        if len(short.split()) < MIN_REPEATED_TITLE_WORDS or _only_a_name(short):
            continue
        for long in fragments[i + 1 :]:
            rest = long[len(short) :]
            if (
                len(long) > len(short)
                # the two prints may set their marks apart ("Roe's" … "Roe’s"): one
                # character each, so the offsets hold
                and long.translate(_PLAIN_MARKS).startswith(short.translate(_PLAIN_MARKS))
                # a word ends there: a space, or a capital glued on ("ProjectsFunding")
                and (rest[:1].isspace() or (rest[:1].isupper() and short[-1:].islower()))
                and len(rest.split()) >= MIN_RUN_ON_DECK_WORDS
            ):
                return short, rest.strip()
    return None


def _only_a_name(text: str) -> bool:
    """Whether `text` is a person's name with or without an office ("Senator Jane Roe",
    "Rep. Roe", "Jane Q. Roe")."""
    words = text.split()
    offices = [w for w in words if w.lower() in _PERSON_OFFICES]
    name = words[len(offices) :] if words[: len(offices)] == offices else None
    if not name or len(name) > 3 or not all(w[:1].isupper() for w in name):
        return False
    return bool(offices) or first_name_gender(name[0]) is not None


def opening_metadata(paragraph: str) -> tuple[str | None, str | None] | None:
    """(title left, release date) of a paragraph that opens with release metadata
    ("FOR IMMEDIATE RELEASE", "Contact:", a date stamp, a phone number); None otherwise."""
    m = _metadata_at(paragraph.lstrip())
    if m is None or m.lastgroup == "date":
        return None  # a paragraph opening with a date may be a date line or a lead
    head = _clean_head(paragraph)
    return head.title, head.released


def strip_opening_metadata(text: str) -> str:
    """`text` without the release metadata it opens with: "FOR IMMEDIATE RELEASE", a date
    stamp or a full date, "Contact:" and the names after it, phone numbers, addresses."""
    at = 0
    contact = False
    while True:
        while at < len(text) and text[at] in _EDGE + "/":
            at += 1
        label = _CONTACT_LABEL.match(text, at)
        if label is not None:
            at = label.end()
            continue
        m = _metadata_at(text, at)
        if m is None:
            # After "Contact:", every "Name (Office) 202-…" up to the last phone number.
            after = _METADATA.search(text, at, at + MAX_CONTACT_CHARS) if contact else None
            names = text[at : after.start()].strip(" \t,;:|/") if after else ""
            if after is None or not _is_names(names):
                return text[at:]
            at = after.start()
            continue
        at = m.end()
        contact = contact or m.lastgroup == "contact"


def _is_names(text: str) -> bool:
    return len(text.split()) <= 8 and bool(_NAMES.match(text.replace(",", " , ")))


# -- the headline and its subheadline -----------------------------------------------


# Words that open the label of a link, a video or a picture rather than a title, when a
# small word follows them ("Video of …", "Click to View") or "here" ends it ("Watch the
# remarks here."); "Courtesy of" credits a picture.
_LABEL_WORDS = frozenset(("video", "videos", "photo", "photos", "picture", "pictures",
                          "audio", "watch", "listen", "click", "image", "images"))  # fmt: skip
_LABEL_FOLLOWERS = frozenset(("of", "to", "here", "the", "from", "at", "below", "above"))


def _label(title: str) -> bool:
    """`title` is the label of a link or a picture, not a headline ("VIDEO: Senate Passes
    …" is a headline with its medium named first)."""
    words = title.lstrip("([").split()
    if len(words) < 2:
        return False
    first = words[0].lower()
    if first == "courtesy" and words[1].lower() == "of":
        return True
    if first not in _LABEL_WORDS:
        return False
    if first in _LINK_VERBS and _CLAUSE_AFTER.search(title):
        # "Listen to Parents Here at Home, Roe Tells School Board": a clause after the
        # verb's words makes it a title that opens with the verb, not a link's label
        return False
    if (
        first in _LINK_VERBS
        and any(w.lower().strip(".,!:;") in _MEDIA_WORDS for w in words[1:_MEDIA_REACH])
        and _subject_words(words[1:]) <= _LABEL_SUBJECT_WORDS
    ):
        # "Click image or here for video.": the medium named at once. A medium further
        # on belongs to the title's subject ("Watch Out for Photo Scams …"), and a title
        # names what the video shows ("Watch Video of Pell Questioning Secretary …").
        return True
    return words[1].lower() in _LABEL_FOLLOWERS or words[-1].lower().rstrip(".!") == "here"


# A link's verb and what it points to: a label naming both is no title ("Click It or
# Ticket Campaign Starts" names no medium).
_LINK_VERBS = frozenset(("click", "watch", "listen"))
_MEDIA_WORDS = frozenset(("video", "videos", "photo", "photos", "picture", "pictures", "image",
                          "images", "audio", "here", "podcast"))  # fmt: skip
# A link's label names its medium within its first words ("Click image …", "Watch video
# here"): the verb and at most two words.
_MEDIA_REACH = 3
# A link's label names little besides its medium ("Watch the full hearing video here");
# more words of its own make it a title about something.
_LABEL_SUBJECT_WORDS = 2
_LABEL_SMALL_WORDS = frozenset(("a", "an", "and", "or", "for", "in", "on", "the", "this",
                                "our", "my", "full", "live", "now", "more"))  # fmt: skip


def _subject_words(words: list[str]) -> int:
    """How many of `words` are neither a medium, a link's small word nor a label's
    follower: the words that say what a title is about."""
    return sum(
        1
        for w in words
        if (k := w.lower().strip(".,!:;()[]"))
        and k not in _MEDIA_WORDS
        and k not in _LABEL_FOLLOWERS
        and k not in _LABEL_SMALL_WORDS
    )


# A clause after a comma, a colon or a dash ("…, Roe Tells School Board", "Listen Up: Roe
# Hosts …"): a label is a phrase, never a title's two parts.
_CLAUSE_AFTER = re.compile(r"[,:;–—]\s+\S+\s+\S")


def _not_a_deck(text: str) -> bool:
    """Text under a title that is no subtitle: a byline, the label of a link, or a line
    with no word in it, such as a picture's stock number and source ("#123456 /
    gettyimages.com")."""
    return bool(_BYLINE.match(text)) or _label(text) or not _PLAIN_WORD.search(text)


# A word of letters standing alone (not inside a web address or a file name).
_PLAIN_WORD = re.compile(r"(?<![\w./@#-])[A-Za-z][A-Za-z’']+(?![\w./@-])")


# A sentence's full stop closing the text (not an abbreviation's, not inside a quote).
_SENTENCE_STOP = re.compile(r"[a-z]{2}[.!]$")


def _headline(
    title: str | None, body: str = "", issuer: str | None = None, long: bool = False
) -> tuple[str | None, str | None]:
    """(headline, subheadline) of a head's title; `body`, the text after the head, tells
    common words from names (see `_sentence_case_deck`). `long`: a dateline ends the head,
    so a head over the headline's length may be a title and its deck (`_long_head`)."""
    if not title:
        return None, None
    title = _once(title)
    words = title.split()
    if len(words) < MIN_HEADLINE_WORDS:
        return None, None
    if len(words) > MAX_HEADLINE_WORDS and not (long and _long_head(title, body, issuer)):
        return None, None
    if title[0] in _CURRENCY_SIGNS:
        if not _sum_title(words):
            return None, None  # "$2 million was awarded …": a sentence; "$2 Million": a scrap
    elif not (title[0].isupper() or title[0].isdigit() or title[0] in P.QUOTE_OPENERS):
        return None, None  # "for Wednesday, May 1": the tail of a label
    if _lead_sentence(title) or _NOT_TITLE.search(title):
        return None, None  # a lead sentence ("Today, after …", "On Tuesday the House …")
    if _label(title):
        return None, None  # "Video of the hearing", "(Courtesy of the caucus)"
    if " with " in title and _person_with_caption(title, issuer):
        return None, None  # "Congressman Jo Roe with Ann and Tom Lee, 2005 Award Winners"
    place = title.rstrip(".").rsplit(",", 1)
    if len(place) == 2 and len(place[0].split()) <= MAX_PLACE_WORDS and places.region(place[1]):
        return None, None  # "Sherman Oaks, CA.": a place, not a title
    headline, sub = _split_subheadline(title, body, issuer)
    headline = _once(headline)
    if sub is None:
        headline, sub = _title_case_deck(headline, body, issuer)
    if sub is None and body:
        headline, sub = _sentence_case_deck(title, body)
    if _SENTENCE_STOP.search(headline) and not _title_case(headline):
        return None, None  # a summary sentence ("This month, the member …."), not a title
    if sub is not None:
        # "… After the Storm – “What will it take?”": the dash set the deck apart
        headline = headline.rstrip(" " + P.DASHES + "-:|") or headline
    if headline.endswith(",") or headline.split()[-1].lower() in _OPEN_ENDS:
        return None, None  # "… Announces Event for", "Rep. Jane Roe,": cut mid-phrase
    return headline, sub


def _capitals_place_in(text: str) -> bool:
    """`text` holds a place in capitals and its state ("WASHINGTON, DC", "BAYPORT,
    Ohio"): a dateline's words, never a deck's."""
    return any(
        places.region(m[2]) and not any(c.islower() for c in m[1])
        for m in _PLACE_AND_REGION.finditer(text)
    )


# A picture's caption naming the member, then "with" and who stands beside them.
_PERSON_WITH = re.compile(
    rf"{_OFFICE_BEFORE_NAME}(?P<name>(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w'’-]*)\s+with\s+[A-Z]"
)


def _person_with_caption(title: str, issuer: str | None) -> bool:
    """`title` is a picture's caption: an office and a name, or the issuer's name, then
    "with" and others ("Congressman Jo Roe with Ann Lee, 2005 Award Winners", "Roe with
    Harbor Workers"), and no verb a title is told with anywhere in it. A title says what
    somebody did ("Roe Meets with …", "Roe Stands with …"): a word in -s before "with"
    is read as its verb, unless it is the issuer's own surname."""
    m = _PERSON_WITH.match(title)
    if m is None or ":" in title[m.end() :]:
        return False  # "Roe with Farmers: Water for Every Field": a title's two parts
    name = m["name"].split()
    own = bool(issuer_surname(issuer or "") & surname_forms(name[-1:]))
    # The issuer's surname, or a known first name opening two or three words after an
    # office ("Senator Ann Lee"): a person, not a title's subject and verb ("Roe Teams Up").
    person = own or (
        m.start("name") > 0 and len(name) > 1 and first_name_gender(name[0]) is not None
    )
    if not person or (name[-1].endswith("s") and not own):
        return False
    words = (w.strip("\"“”‘’'(),:;.").lower() for w in title.split())
    return not any(_title_verb(w) for w in words)


# A title may open with a sum: "$2 Million Grant Funds Harbor Dredging".
_CURRENCY_SIGNS = "$€£"
# Words that tell a sum's size after its figure: "$2 Million", "$40 billion".
_SUM_UNITS = frozenset(("thousand", "million", "billion", "trillion", "k", "m", "mil", "bn"))


def _sum_title(words: list[str]) -> bool:
    """A head opening with a sum is a title only where words of a title follow the sum,
    in Title Case ("$2 Million Grant to Dredge Harbor"): in sentence case it is a lead
    sentence ("$2 million was awarded to …"), and a sum alone ("$2 Million") no title."""
    if not words[0][1:2].isdigit():
        return False
    rest = words[1:]
    if rest and rest[0].lower().strip(",.") in _SUM_UNITS:
        rest = rest[1:]
    significant = [
        w
        for w in P.WORD_RE.findall(" ".join(rest))
        if w[0].isalpha() and w.lower() not in P.MINOR_WORDS
    ]
    return bool(significant) and all(w[0].isupper() for w in significant)


# A sentence's end after a word or an acronym, not an abbreviation ("Rep.", "Sen."): a
# teaser's.
_WORD_SENTENCE_END = re.compile(r"(?:[a-z]{3,}|\b[A-Z]{2,})[.!?][\"”’]?\s+[A-Z]")


def _long_head(title: str, body: str, issuer: str | None) -> tuple[str, str] | None:
    """(title, deck) of a head over the headline's length that is a Title Case title and
    a deck in sentence case under it ("Roe Hosts Veterans Forum with … | Forum to explore
    …"), each within the length; None for anything else (sentences of a teaser: a
    sentence's end in it)."""
    if len(title.split()) > 2 * MAX_HEADLINE_WORDS or _WORD_SENTENCE_END.search(title):
        return None
    headline, sub = _split_subheadline(title, body, issuer)
    if sub is None or len(sub.split()) > MAX_HEADLINE_WORDS or _title_case(sub):
        return None
    if f"{headline} {sub}".split() != title.split() or headline[-1] == ":" or sub[-1] in ".!?:":
        return None  # a label's colon between them, or a sentence's stop after them
    if not MIN_TITLE_DECK_WORDS <= len(headline.split()) <= MAX_HEADLINE_WORDS:
        return None
    return (headline, sub) if _title_case(headline) else None


# Words that open a lead sentence, comma or not, unless a Title Case title follows them
# ("Today Is a Historic Day for Veterans").
_TIME_OPENERS = frozenset(P.DAY_WORDS)
# An office that opens a lead's subject: "Today Congressman Roe introduced …".
_OFFICE_WORDS = frozenset(("rep.", "reps.", "rep", "representative", "representatives", "sen.",
                           "senator", "senators", "congressman", "congresswoman",
                           "congressmember", "u.s.", "house", "senate"))  # fmt: skip
# The offices a person holds, before a name ("Senator Roe"): not the chambers.
_PERSON_OFFICES = _OFFICE_WORDS - {"house", "senate"}
# The white space a label's boundary is matched at.
_SPACES = re.compile(r"\s+")


# Small words that set a time word's scene in a lead: "Today on Capitol Hill, …".
_LEAD_PLACE_WORDS = frozenset(("on", "in", "at", "during", "from", "before", "after", "the"))


def _lead_sentence(title: str) -> bool:
    """`title` opens as a release's first sentence does: a time phrase and a comma
    ("Today, after …"), or a time word and a lead's words with no comma ("Today the House
    voted …", "On Tuesday the House passed …", "Today Eastern Washington | Congresswoman
    Roe (WA-05) voted …")."""
    if _LEAD_START.match(" " + title):
        return True
    words = title.split()
    if words[0] in _TIME_OPENERS:
        return _time_lead(words)
    day = words[1].strip(",") if len(words) > 1 else ""
    return words[0] == "On" and re.fullmatch(_DAYS, day) is not None and _time_lead(words[1:])


def _time_lead(words: list[str]) -> bool:
    """A title opening with "Today"/"Yesterday" is a lead sentence when the words after it
    name a member ("Today Congressman Roe …", "Today Jane Roe …") or are not Title Case
    ("Today the House voted …"); "Today Is a Historic Day for Veterans" is a title."""
    rest = words[1:]
    if not rest:
        return True
    nxt = rest[0].strip("\"“”‘’'(),:;|")
    if nxt.lower() in _OFFICE_WORDS or (first_name_gender(nxt) and not _title_verb(nxt.lower())):
        return True
    if not _title_case(" ".join(rest)) or nxt.lower() in _LEAD_PLACE_WORDS:
        return True  # "Today the House …", "Today on Capitol Hill Congressman Roe …"
    # a title says something: a verb or a small word ("Today Is a …"); "Today Western
    # Ohio" before the member named is a place in a lead
    return not any(w.lower() in P.MINOR_WORDS or _title_verb(w.lower()) for w in rest)


# Words that leave a phrase open: a title does not end on one.
_OPEN_ENDS = frozenset(("the", "a", "an", "of", "for", "to", "and", "or", "with", "from", "by",
                        "at", "as", "its", "their", "his", "her"))  # fmt: skip
# Words that modify the noun after them, on which no title ends ("… Shows More | Jobs
# Will Come …" is one title: the noun after "More" is its own).
_MODIFIER_ENDS = frozenset(("more", "fewer", "less", "most", "other", "new", "some", "any",
                            "many", "few", "all", "no", "our", "your", "my", "this", "that",
                            "these", "those", "every", "each", "such", "both", "several",
                            "extra", "additional", "further", "same", "own", "two", "three",
                            "four", "five", "ten"))  # fmt: skip


def _once(title: str) -> str:
    """A title the page prints twice ("Roe Visits Plant Roe Visits Plant"), once."""
    words = title.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= MIN_HEADLINE_WORDS and words[:half] == words[half:]:
        return " ".join(words[:half])
    return title


# A statement's title naming its speaker (an office, a name, a degree), then the hearing,
# markup or briefing it was given at, in Title Case, as the deck.
_STATEMENT_AND_HEARING = re.compile(
    r"(?P<head>(?:[A-Z][\w'’-]*\s+){0,3}Statement\s+(?:of|by|from)\s+"
    r"(?P<office>(?:U\.S\.\s+)?(?:Rep\.|Sen\.|Representative|Senator|Congress(?:man|woman|member)"
    r"|Chair(?:man|woman)?|Ranking\s+Member)\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]*\.?\s+){0,2}?[A-Z][\w'’-]+)"
    r"(?:,\s*(?:M\.D\.|Ph\.D\.|Jr\.|Sr\.|I{2,3}))?)"
    r"\s+(?P<deck>(?:Field\s+|Joint\s+|Subcommittee\s+)?(?:Hearing|Markup|Roundtable|Briefing)"
    r"\s+(?:on|of|to|regarding)\s+\S.*)$"
)


def _statement_and_hearing(title: str) -> re.Match[str] | None:
    """A statement's title with its speaker named right before the hearing words: an
    office and a name, or a known first name and a surname. Every word of the name is a
    name's: "Chairman Roe At | Hearing", "Jo Roe Before | Hearing" and "Harbor Workers
    Union | Briefing" name no speaker there, and the title is not split."""
    found = _STATEMENT_AND_HEARING.match(title)
    if found is None:
        return None
    name = found["name"].split()
    if any(w.lower() in P.MINOR_WORDS or w.lower() in NOT_NAME_WORDS for w in name):
        return None
    if found["office"] is None and (len(name) < 2 or not first_name_gender(name[0])):
        return None
    return found


def _split_subheadline(
    title: str, body: str = "", issuer: str | None = None
) -> tuple[str, str | None]:
    """`SENATOR WINS FUNDS Grants go to three counties` and `Senator Wins Funds Grants go
    to three counties` → ("… Funds", "Grants go to three counties"); `body`, the text
    after the head, tells a name in camel case from a title glued to its deck."""
    if (hearing := _statement_and_hearing(title)) is not None:
        # "Opening Statement of Congressman Jo Roe, M.D. Hearing on …": the statement's
        # title ends with its speaker's name; the hearing it was given at is the deck
        return hearing["head"], hearing["deck"]
    if (glued := _glued_title_deck(title, body)) is not None:
        return glued
    if (deck := _glued_clause_deck(title, body)) is not None:
        return title[:deck], title[deck:]
    lead = _LEADING_QUOTE.match(title)
    if lead and len(title[lead.end() :].split()) >= MIN_DECK_WORDS:
        return lead[0], title[lead.end() :].strip()  # "“A quoted title” A deck under it"
    if (labelled := _speakers_deck(title, body, issuer)) is not None:
        return labelled
    quote = _TRAILING_QUOTE.search(title) or _trailing_speech(title)
    if quote and len(title[: quote.start()].split()) >= 3 and _title_case(title[: quote.start()]):
        return title[: quote.start()].rstrip(), quote[0]  # a quote set under the title
    if (capitals := _capitals_deck(title)) is not None:
        return capitals
    return _deck_after_title_case(title, body)


def _glued_title_deck(title: str, body: str) -> tuple[str, str] | None:
    """(headline, deck) where a deck opening with a capital is glued to the title's last
    word ("… Bill SmithSenate Confirms …"), three words or more on each side; None where
    there is none, or the join is a name in camel case, a named day or a phrase."""
    glued = _GLUED_TITLES.search(title)
    if glued and (
        _camel_word(title, glued.start(), body)
        or _named_day(title, glued.start())
        or _glued_phrase(title, glued.start())
    ):
        glued = None
    if (
        glued
        and len(title[: glued.start()].split()) >= 3
        and len(title[glued.start() :].split()) >= 3
    ):
        return title[: glued.start()], title[glued.start() :]  # "… Bill SmithSenate Confirms …"
    return None


def _speakers_deck(title: str, body: str, issuer: str | None) -> tuple[str, str] | None:
    """(headline, deck) where a speaker's label and a colon end the title and their words
    are the deck ("… Salmon Doe: “Important …”"), or a hearing's or work's name after a
    colon is (`_named_work`); None where there is no such label, or it may be a name the
    title speaks of."""
    said = _SPEAKER_DECK.search(title)
    if said and (work := _named_work(title, said.end())) is not None:
        return work  # "… Subcommittee Hearing: “Dredging the Channel”"
    before = title[: said.start()].split() if said else []
    while said and before and before[-1].lower() in _PERSON_OFFICES:
        # "… Harbor Bill Senator Roe: “…”": the office is the label's
        cut = title.rfind(before.pop(), 0, said.start())
        said = _SPACES.match(title, title.rfind(" ", 0, cut)) if cut > 0 else None
    if said and before and first_name_gender(before[-1]) is not None:
        # "… Harbor Grant Jane Roe: “…”": no title ends in a first name, so where the
        # surname is one the title names before and the body names the whole name as the
        # member or as a speaker, the label is the first name and it; else the name may
        # be another person's the title speaks of ("… Nominee Ann Lee: “…”"), and no
        # label is read
        surname = title[said.end() :].split(":", 1)[0]
        cut = title.rfind(" " + before[-1], 0, said.start())
        named = re.search(rf"\b{re.escape(surname)}\b", title[: max(cut, 0)])
        if cut > 0 and named is not None and _names_member(before[-1], surname, body, issuer):
            said = _SPACES.match(title, cut)
            before.pop()
        else:
            said = None
    if (
        said
        and len(before) >= 3
        and _title_case(title[: said.start()])
        and before[-1].lower().rstrip(".") not in _ROLE_WORDS  # "… Intel Chairman Burr: “…”"
        and not _ends_a_topic(before, title[said.end() :].split(":", 1)[0], issuer, body)
    ):
        return title[: said.start()], title[said.end() :]  # "… Salmon Doe: “Important …”"
    return None


def _capitals_deck(title: str) -> tuple[str, str] | None:
    """(headline, deck) where a title in capitals, three words or more, runs into a deck
    that is not (`SENATOR WINS FUNDS Grants go to three counties`); None otherwise."""
    words = title.split()
    caps = 0
    while caps < len(words) and (
        _is_caps(words[caps])
        # "SWORN-IN AS A NEW MEMBER": a one-letter word between capitals
        or (words[caps].isupper() and caps + 1 < len(words) and _is_caps(words[caps + 1]))
    ):
        caps += 1
    if (
        caps >= 3
        and len(words) - caps >= 3
        and not _is_caps(words[caps])
        and not _acronym_subject(words, caps)
    ):
        return " ".join(words[:caps]), " ".join(words[caps:])
    return None


def _deck_after_title_case(title: str, body: str) -> tuple[str, str | None]:
    """(headline, deck) where a Title Case title runs into a deck in sentence case
    (`Senator Wins Funds Grants go to three counties`): the deck opens at the
    capitalised word before its first lower-case words, moved back over a place or a
    first name that opens it; (title, None) where the cut is not sure (one clause, a
    name's words, a list)."""
    words = title.split()
    lower = [i for i, w in enumerate(words) if _is_lower_word(w)]
    if len(lower) < 2:
        return title, None
    start = lower[0] - 1
    while start > 0 and words[start].lower() in P.MINOR_WORDS:
        start -= 1
    if start < 3 or not words[start][:1].isupper() or words[start - 1].islower():
        return title, None  # "… Señora de Guadalupe will …": inside a name
    if (opened := _article_opens_deck(words, start)) is not None:
        if opened == _ONE_CLAUSE:
            # "… Honors The Elm Fire Department for its service": the verb's object
            return title, None
        # "… Passes Senate | The Harbor Safety Act would …": the deck's subject, a name of
        # several words, opens with its article
        return " ".join(words[:opened]), " ".join(words[opened:])
    if words[start] == words[start - 1] and len(words) - start >= MIN_DECK_WORDS:
        # "… Passage of the Farm Bill | Bill includes …": the noun ending the title is
        # the deck's subject again
        return " ".join(words[:start]), " ".join(words[start:])
    if (
        _ends_a_name(words[start], words[start - 1])
        and not _has_a_verb(words[:start])
        and not (_release_noun_phrase(words[:start]) and words[start - 1].istitle())
    ):
        # "The Harbor Safety | Act requires …", "… Valley Rural Water | Association meets
        # …", "… Resources Subcommittee | Chairman brings …": a noun that ends a name
        # (a law's, a body's, a role held in one) before the first lower-case verb, with
        # no verb before it, is the last word of the subject: the line is one clause
        return title, None
    if _ends_a_name(words[start], words[start - 1]) and (again := _name_named_again(words, start)):
        if again == _ONE_CLAUSE:
            # "… Harbor Act Vote Corvale Harbor Act would …": the words between may end
            # the title or open the deck's name; no cut is sure
            return title, None
        # "… Introduce the Harbor Act | Bipartisan Harbor Act would …": the deck's subject
        # is a name the title named before, not its last word alone
        return " ".join(words[:again]), " ".join(words[again:])
    place = f"{words[start - 1]} {words[start]}".strip("\"“”‘’'(),:;")
    if (
        start > 3
        and words[start - 2][-1:].isalnum()  # not in a list: "… Falls, Mount | Vernon, …"
        and (places.region(place) or places.is_known(place))
    ):
        if words[start - 2].lower() in _PLACE_PREPOSITIONS:
            return title, None  # "… Pilots from North | Carolina were …": one clause
        if _place_in_body(place, words[start], body):
            if _ends_on_a_verb(words[: start - 1]):
                # "… Backs | Rhode Island plan …", "… to Protect | New Jersey families …":
                # the place is the verb's object, inside one clause
                return title, None
            start -= 1  # "… Funds for Lock Repairs | North Carolina stands to …"
    pair = " ".join(words[max(0, start - 2) : start])
    name = words[start - 1].strip("\"“”‘’'(),")
    if first_name_gender(name) and not (
        places.region(pair) or places.is_known(pair) or places.region(name)
    ):
        # (not "… Grants for South Dakota Funds to …": a place's second word)
        start -= 1  # "… Naval Academy Tod Warren was chosen …": the subject's first name
    elif _unlisted_first_name(name, words[start], body) and not (
        places.region(pair) or places.is_known(pair) or places.region(name)
    ):
        start -= 1  # "… Naval Academy Kyras Warren was chosen …": a first name none lists
    if start >= 2 and _office_of_name(words, start, title, body):
        if not _office_opens_deck(words, start):
            # "Representative Roe and Senator | Vail introduced …": the office ends no
            # title, and where the title would end before it is not sure
            return title, None
        start -= 1  # "… Harbor Dredging Act | Rep. Roe introduces …"
    verb = _elided_subject_deck(words)
    if verb is not None and verb < start and all(w[:1].isupper() for w in words[verb:start]):
        start = verb  # "… Fund the Harbor | Urges Senate to use …": the deck opens with its verb
    elif start + 1 < len(words) and _object_runs_on(words, start):
        # "… Funds and Urges | Senate to act …", "… Highlights Administration | Actions that
        # Restrict …": the verb's object runs on, and opens no deck
        return title, None
    head = " ".join(words[:start])
    significant = [w for w in words[:start] if w.lower() not in P.MINOR_WORDS]
    if (
        not _title_case(head)
        or len(significant) < 3  # "President and First | Lady present …": a name cut
        or words[start - 1].lower() in P.MINOR_WORDS
    ):
        return title, None
    if any(w.lower() in _SUBORDINATORS for w in words[max(0, start - 3) : start]):
        return title, None  # "Quill: While Republican | Majority stalls again …": one clause
    return head, " ".join(words[start:])


# Words between a name ending a title and the same name opening its deck that belong to
# the deck ("… Harbor Act | Bipartisan Harbor Act would …").
MAX_NAME_MODIFIERS = 1
# A title before a deck that names its name again is at least this many words.
MIN_NAMED_TITLE_WORDS = 3


def _name_named_again(words: list[str], start: int) -> int | None:
    """Where the deck opens whose subject is the name ending at `start` ("… Act"), the
    first word of a deck in sentence case, when the title named that name before: the
    name with its last word ("HARBOR Act Passes … | HARBOR Act would …"; a title ending
    with it: "… Harbor Open Act | Bipartisan Harbor Open Act would …", the few words
    between opening the deck), or its first words twice in a row ("… in Elm Bay | Elm
    Bay Fisheries Act doubles …"). None where the title does not name it before;
    `_ONE_CLAUSE` where a few words stand between the title's copy and the deck's with no
    verb among them, and either more than one or no verb in the title before them ("…
    Harbor Act Vote Corvale Harbor Act would …": the title's or the deck's)."""
    folded = [w.strip("\"“”‘’'(),:;").casefold() for w in words[: start + 1]]
    for end in range(start - 2, 0, -1):
        if folded[end] != folded[start]:
            continue
        # the same last word before: how many words before each are the same
        size = 0
        while (
            size < end
            and start - 1 - size > end
            and folded[end - 1 - size] == folded[start - 1 - size]
        ):
            size += 1
        if size:
            between = start - size - (end + 1)
            if between > MAX_NAME_MODIFIERS + 1 or _told_verb(words[end + 1 : start - size]):
                # "Harbor Bill Passes House | Harbor Bill would …": the words between,
                # with the title's verb, are the title's
                again = start - size
            elif between <= MAX_NAME_MODIFIERS and _has_a_verb(words[: end + 1]):
                again = end + 1  # "… Harbor Act | Bipartisan Harbor Act would …"
            else:
                return _ONE_CLAUSE
            return again if again >= MIN_NAMED_TITLE_WORDS else None
    for size in range(2, start // 2 + 1):
        # the name's first words twice in a row: the title's last and the deck's first
        for at in range(1, start - 2 * size + 1):
            if (
                at + size >= MIN_NAMED_TITLE_WORDS
                and folded[at : at + size] == folded[at + size : at + 2 * size]
                and all(w[:1].isupper() for w in words[at : start + 1])
            ):
                return at + size
    return None


# Offices written before a person's name ("Rep. Roe", "President Vail").
_NAME_OFFICES = frozenset(("senator", "sen", "congressman", "congresswoman", "congressmember",
                           "representative", "rep", "president", "mayor", "governor", "gov",
                           "sheriff", "commissioner", "chairman", "chairwoman"))  # fmt: skip


def _office_of_name(words: list[str], start: int, title: str, body: str) -> bool:
    """The word before `start` is an office written before a name, and the word at
    `start` is that name's: a first name, or a word the title or body writes after a first
    name, or the body (not the title, which holds the pair itself) after that office
    ("… Act Rep. | Roe introduces …", the text naming "Ann Roe")."""
    office = words[start - 1].rstrip(".").lower()
    name = words[start].strip("\"“”‘’'(),:;")
    name = re.sub(r"[’']s$", "", name)
    if office not in _NAME_OFFICES or not name[:1].isupper() or not name[1:].islower():
        return False
    if first_name_gender(name) is not None:
        return True
    pattern = rf"(\S+) {re.escape(name)}\b"
    return any(
        first_name_gender(before) is not None for before in re.findall(pattern, title + " " + body)
    ) or words[start - 1] in re.findall(pattern, body)


# Offices mostly written after a word naming their field or place ("Coweta County
# Sheriff", "Agriculture Commissioner"): the word before is the office's, no title's end.
_QUALIFIED_OFFICES = frozenset(("sheriff", "commissioner", "chairman", "chairwoman"))
# Words naming an office's rank, place or field ("U.S. Senator", "Field Rep.").
_OFFICE_RANKS = frozenset(
    ("u.s", "us", "state", "field", "district", "county", "city", "town", "vice", "former",
     "deputy", "assistant", "ranking", "acting", "minority", "majority", "senior", "junior",
     "student", "body", "club", "chamber", "board", "council", "association", "college",
     "university", "lt", "lieutenant", "interim", "regional", "chief", "then", "late",
     "incoming", "outgoing")
)  # fmt: skip
# Verbs in the base form or told with "-s", "-ed", whose object an office may open
# ("View Senator Vail's remarks", "… and Thanks Governor Vail …").
_IMPERATIVE_VERBS = frozenset(
    ("view", "watch", "see", "read", "hear", "listen", "tell", "thank", "thanks", "thanked",
     "congratulate", "congratulates", "nominate", "nominates", "elect", "elects", "meet",
     "join")
)  # fmt: skip


def _office_opens_deck(words: list[str], start: int) -> bool:
    """The office before `start` ("… Act Rep. | Roe …") opens the deck: the title before
    it holds a verb and ends on a word that ends no list, clause or office ("and", a
    comma, a preposition, a word opening a clause or modifying a noun, a verb whose object
    the office opens: "… Urge President Vail …", "… and Thanks Governor Vail …"; "Photo:
    Elm Field Rep. …" holds no verb)."""
    before = words[start - 2]
    bare = before.strip("\"“”‘’'()").lower()
    return (
        words[start - 1].rstrip(".").lower() not in _QUALIFIED_OFFICES
        and bare.rstrip(".") not in _OFFICE_RANKS
        and bare not in _IMPERATIVE_VERBS
        and not before.endswith((",", ";", ":"))
        and bare not in P.MINOR_WORDS
        and bare not in _OPEN_ENDS
        and bare not in _MODIFIER_ENDS
        and bare not in _MORE_PREPOSITIONS
        and bare not in _SUBJECT_CLAUSE_OPENERS
        and bare not in ("and", "&")
        and not _title_verb(bare)
        and _has_a_verb(words[: start - 1])
    )


def _told_verb(words: list[str]) -> bool:
    """`words` hold a title's verb in -s or -ed ("Passes", "Cleared"), not its base form,
    which may be a noun ("… Harbor Act Vote …")."""
    return any(
        _title_verb(w) and w not in _TITLE_VERBS
        for w in (w.strip("\"“”‘’'(),:;").lower() for w in words)
    )


def _object_runs_on(words: list[str], start: int) -> bool:
    """The capitalised word at `start`, before a deck's first lower-case word, is inside
    the object of a verb that a deck may open with (`_DECK_VERBS`), up to three words
    before it with only capitalised words between, and a small word or `that`, `who` …
    follows it ("… and Urges | Senate to act …", "… Includes Sánchez | Amendment to
    promote …"): the object goes on past it, so no deck opens there. A word of another
    kind after it ("… Announces Visits | Events will focus …") may be a deck's verb."""
    after = words[start + 1].strip("\"“”‘’'(),:;").lower()
    if after not in P.MINOR_WORDS and after not in _NOT_BEFORE_DECK_VERB:
        return False
    low = max(0, start - 3)
    return any(
        w.strip("\"“”‘’'(),:;").lower() in _DECK_VERBS
        and all(o[:1].isupper() for o in words[at + 1 : start])
        for at, w in enumerate(words[low:start], low)
    )


_TITLE_CASE_WORD = re.compile(r"[A-Z][a-z]+")
# Where a sentence opens: after a lower-case letter or a bracket, a stop and a space.
_SENTENCE_OPENS = r"[a-z)][.!?][\"”’]?\s+"


# Callings written before a surname that the lists of role words lack ("Trooper Dunn",
# "Cadet Tull"): a person's calling, no first name.
_CALLINGS = frozenset(
    ("trooper", "inspector", "agent", "medic", "paramedic", "cadet", "ensign", "midshipman",
     "corpsman", "specialist", "airman", "seaman", "patrolman", "guardsman", "pilot",
     "technician")
)  # fmt: skip


def _unlisted_first_name(word: str, surname: str, body: str) -> bool:
    """`word`, a capitalised word the lists of first names lack, is the first name of the
    person whose surname opens a deck in sentence case ("… Naval Academy Kyras | Warren was
    chosen …"): the body writes the two words as one name, and a sentence that opens with
    the surname alone and a lower-case word (the person, named again: "Tull is the son
    …"), and none that opens so with `word`. A title's own last word ("… Corvale | Harbor
    was dredged …") opens a sentence of the body on its own, or the deck's first word opens
    none; a body's last word ("… Volunteer | Fire Department receives …") opens no
    person's name. A calling before the surname ("… Honors Fallen Trooper | Dunn was
    killed …") is no first name: a calling the role lists lack (`_CALLINGS`), or the body
    names the person first with another word before the surname ("Trooper Kyle Dunn"), or
    writes the word in lower case ("a trooper")."""
    surname = surname.strip("\"“”‘’'(),:;")
    if not (
        _TITLE_CASE_WORD.fullmatch(word)
        and _TITLE_CASE_WORD.fullmatch(surname)
        and word.lower() not in P.MINOR_WORDS
        and word.lower() not in _PERSON_OFFICES
        and not is_role_word(word.lower())
        and word.lower() not in _CALLINGS
        and not _title_verb(word.lower())
        and not places.is_known(word)
    ):
        return False
    if _body_word(surname) or surname in _NAMED_NOUNS:
        return False  # "… Volunteer | Fire Department receives …": a body's name
    first = re.search(rf"\b{surname}\b", body)
    return (
        # the body names the person first by the two words: not "Trooper Kyle Dunn" first
        # and "Trooper Dunn" after it (a calling before the surname, not a first name)
        first is not None
        and re.search(rf"\b{word}\s+$", body[max(0, first.start() - 40) : first.start()])
        is not None
        # nor writes the word in lower case ("a state trooper"): a noun
        and re.search(rf"\b{word.lower()}\b", body) is None
        and re.search(rf"\b{word}\s+{surname}\b", body) is not None
        # a sentence of the body opens with the surname and its verb ("Tull is the son …"),
        # none with the first word alone ("Corvale is a port town": a place's name)
        and re.search(rf"{_SENTENCE_OPENS}{surname}\s+[a-z]", body) is not None
        and re.search(rf"(?:^|{_SENTENCE_OPENS}){word}\s+[a-z]", body) is None
    )


# The longest word read as an acronym in a run of capitals ("FEMA", "USDA").
MAX_ACRONYM_LETTERS = 5
# Acronyms with no vowel ending a title before a place in capitals ("… BBQ NYC CORVALE").
MAX_TITLE_ACRONYMS = 3


def _acronym_subject(words: list[str], caps: int) -> bool:
    """The run of capitals `words[:caps]` is a list of short acronyms with no verb of its
    own, and a verb in Title Case follows it at once or after a role ("FEMA NOAA USDA Join
    Roe …", "NASA ESA JAXA Officials Visit …"): the run is the subject of the title's
    clause, not a label over it."""
    for word in words[:caps]:
        bare = word.strip("\"“”‘’'(),:;&")
        if (
            not bare.isalpha()
            or len(bare) > MAX_ACRONYM_LETTERS
            or bare.lower() in P.MINOR_WORDS
            or _title_verb(bare.lower())
        ):
            return False
    at = caps + 1 if is_role_word(words[caps].strip("\"“”‘’'(),:;").lower()) else caps
    return at < len(words) and words[at][:1].isupper() and _title_verb(words[at].lower())


# Articles a deck's subject may open with.
_DECK_ARTICLES = frozenset(("The", "A", "An"))
# `_article_opens_deck`'s answer where the article opens the object of the title's verb:
# the line is one clause.
_ONE_CLAUSE = -1
# Words that go on a verb's object past its name, where a deck's subject would be
# followed by its verb ("… The Gold Medal to three veterans", "… Class A Felony under …").
_OBJECT_GOES_ON = frozenset(
    ("before", "under", "this", "its", "their", "his", "her", "during", "since", "until",
     "today", "tonight", "against", "through", "across", "ahead")
)  # fmt: skip


def _article_opens_deck(words: list[str], start: int) -> int | None:
    """Where a deck in sentence case starts whose subject is a name of several words
    opened by a capitalised article ("… Quality Child Care | The Child Care Workforce and
    Facilities Act would …"), `start` being the deck's word before its first word in lower
    case: only in a Title Case title that writes its small words in lower case (there a
    capitalised article opens a sentence), not after a small word, a comma or a colon
    ("… Tour at The Ohio State …", "Roe: The …"), and with only capitalised and small
    words between the article and `start`. None where no such article stands.

    `_ONE_CLAUSE` where the article opens the object of a verb: the title ends on one
    ("… Aid, Honors The Elm Fire Department for …", "… Appoints A Lee Roe to …"), or no
    verb follows the capitalised words ("… Presents The Gold Medal to three veterans",
    "… Class A Felony under …"): a subject's name is followed by its verb. "A" or "An"
    opens a deck only before a name ending on a named noun ("A Ferry Crew Retention Act
    would …"), never a letter's label ("Plan A Ports would …")."""
    for at in range(start - 1, MIN_TITLE_DECK_WORDS - 1, -1):
        word = words[at]
        if word in _DECK_ARTICLES:
            before = words[at - 1]
            head = words[:at]
            if (
                before.strip("\"“”‘’'()").lower() in P.MINOR_WORDS
                or before.endswith((",", ":", ";", "-", "–", "—"))
                or not any(w.islower() and w in P.MINOR_WORDS for w in head)
                or not _title_case(" ".join(head))
            ):
                return None
            if _verb_before_article(head) or _object_goes_on(words, at + 1):
                return _ONE_CLAUSE
            if word != "The" and not _named_run(words, at + 1):
                return None
            return at
        if not (word[:1].isupper() or word in P.MINOR_WORDS):
            return None
    return None


def _verb_before_article(head: list[str]) -> bool:
    """Title Case `head` ends on a verb: one `_ends_on_a_verb` knows, or a word in -s after
    a comma ("… for Aid, Thanks")."""
    if _ends_on_a_verb(head):
        return True
    return len(head) >= 2 and head[-2].endswith(",") and _in_s(head[-1].lower())


def _object_goes_on(words: list[str], at: int) -> bool:
    """The first word after the capitalised words from `at` on is a small word or one
    that goes on an object ("… Medal to three veterans", "… Papers in remarks …"), not a
    subject's verb ("… Act would …", "… Senators sent …")."""
    last = at
    while at < len(words) and (
        words[at][:1].isupper() or words[at][:1].isdigit() or words[at] in P.MINOR_WORDS
    ):
        if words[at] not in P.MINOR_WORDS:
            last = at  # a capitalised word, or a year in a name ("… Act of 2031")
        at += 1
    if last + 1 >= len(words):
        return False
    word = words[last + 1].strip("\"“”‘’'(),:;").lower()
    return word in P.MINOR_WORDS or word in _OBJECT_GOES_ON


def _named_run(words: list[str], at: int) -> bool:
    """The capitalised words from `at` on end on a named noun ("… Retention Act")."""
    last = None
    while at < len(words) and (words[at][:1].isupper() or words[at] in P.MINOR_WORDS):
        if words[at][:1].isupper():
            last = words[at]
        at += 1
    return last is not None and last.strip("\"“”‘’'(),:;") in _NAMED_NOUNS


# Prepositions a place's name follows inside a clause ("… Pilots from North Carolina were …").
_PLACE_PREPOSITIONS = frozenset(
    ("in", "from", "of", "for", "to", "at", "across", "throughout", "into", "near", "around")
)


def _place_in_body(place: str, second: str, body: str) -> bool:
    """The body names `place` whole and never writes its second word in lower case alone:
    a place that opens the deck ("North Carolina stands to …" over a body about North
    Carolina), not a title ending on a word of its own before a common word ("… to Think
    Big | Spring session …", "… Tour Out West | Town hall …")."""
    bare = second.strip("\"“”‘’'(),:;")
    return (
        re.search(rf"\b{re.escape(place)}\b", body) is not None
        and re.search(rf"\b{re.escape(bare.lower())}\b", body) is None
    )


def _ends_on_a_verb(words: list[str]) -> bool:
    """Title Case `words` end on a verb, a preposition or `to` whose object follows:
    a verb a title is told with ("… Backs"), an infinitive ("… to Protect") or a verb
    in -s just after the subject ("Roe Heads", "Gov. Roe Heads")."""
    lowered = [w.strip("\"“”‘’'(),:;").lower() for w in words]
    if not lowered:
        return False
    last = lowered[-1]
    if last in P.MINOR_WORDS or _title_verb(last):
        return True
    if len(lowered) >= 2 and lowered[-2] == "to":
        return True
    lead = 0
    while lead < len(lowered) - 1 and lowered[lead] in _PERSON_OFFICES:
        lead += 1
    return len(lowered) == lead + 2 and _in_s(last)


def _ends_a_name(word: str, before: str) -> bool:
    """`word`, after `before`, is a noun that ends the name of a law or a body ("… Act",
    "… Association") or a role held in a body ("… Subcommittee Chairman"), more often
    than it opens a clause of its own; a role after other words ("… Reform | Congressman
    says …") opens one."""
    bare = word.strip("\"“”‘’'(),:;").lower()
    if bare in _ROLE_WORDS:
        return _body_word(before)
    return bare.capitalize() in _NAMED_NOUNS or _body_word(word)


def _body_word(word: str) -> bool:
    bare = word.strip("\"“”‘’'(),:;").lower()
    return bare in _BODY_NAME_WORDS or bare in _BODY_WORDS


_BODY_WORDS = frozenset(
    ("subcommittee", "commission", "department", "agency", "administration",
     # a place's last word ("Union City", "Elm County")
     "city", "county", "township", "village", "borough", "parish", "valley")
)  # fmt: skip


def _release_noun_phrase(words: list[str]) -> bool:
    """`words` are a title told as a noun phrase naming what the release is, with what
    it is about after a preposition ("Roe Statement on Harbor Bill Passage", "Hearing on
    Wait Times", "Update on Lock Repairs"): a title of its own, whose last word no noun
    after it continues ("… Passage | Bill now heads …", "… Repairs | Administration says
    …"), where that last word is a word in Title Case (not "Statement on #12 Amendment to
    …": a number names the law)."""
    lowered = [w.strip("\"“”‘’'(),:;").lower() for w in words]
    return any(
        w in _RELEASE_NOUNS and nxt in _ABOUT_WORDS
        for w, nxt in zip(lowered, lowered[1:], strict=False)
    )


# Nouns naming what a release is, which a title may be told with ("Statement on …").
_RELEASE_NOUNS = frozenset(
    ("statement", "statements", "hearing", "update", "remarks", "testimony", "readout",
     "reaction", "response", "comments")
)  # fmt: skip
# Words after such a noun that open what the release is about.
_ABOUT_WORDS = frozenset(
    ("on", "of", "regarding", "about", "after", "following", "for", "from", "at", "by", "to")
)  # fmt: skip


def _has_a_verb(words: list[str]) -> bool:
    """Title Case `words` hold a verb of their own: a title's verb ("Announces"), an
    infinitive ("Roe to Hold …", not "Grant to Thomas …") or a verb in -s after the
    subject's first word ("Roe Touts …", after an office: "Rep. Roe Touts …")."""
    lowered = [w.strip("\"“”‘’'(),:;").lower() for w in words]
    if any(
        _title_verb(w)
        # a word in -ed opening the words or after "and" qualifies a noun ("Threatened
        # and Endangered Species …"); after a capitalised word it tells ("Roe Praised …")
        and not (w.endswith("ed") and (i == 0 or lowered[i - 1] in ("and", "or")))
        for i, w in enumerate(lowered)
    ):
        return True
    if any(
        w == "to" and nxt[:1].isupper() and first_name_gender(nxt) is None
        for w, nxt in zip(lowered, words[1:], strict=False)
    ):
        return True
    lead = 0
    while lead < len(lowered) - 1 and lowered[lead] in _PERSON_OFFICES:
        lead += 1
    verb = lowered[lead + 1] if lead + 1 < len(lowered) else ""
    if _in_s(verb):
        return True
    # after a subject of more words: a word in -s before a determiner ("New Elmdale
    # Clinic Opens Its Doors …"), or last, just before the noun, where it is a verb whose
    # -s form is seldom a noun ("… Flood Relief Arrives | Agency staff …"); a plural ends
    # many names there ("… Foreign Affairs Committee", "… Penalty Appeals Act"), and one
    # in capitals is a name's ("… KIDS Act")
    return any(
        _in_s(w)
        and not words[i].isupper()
        and (
            (i == len(lowered) - 1 and (w in _DECK_VERBS or w in _INTRANSITIVE_VERBS))
            or (i < len(lowered) - 1 and lowered[i + 1] in _DETERMINERS)
        )
        for i, w in enumerate(lowered[lead + 2 :], lead + 2)
    )


# Verbs in -s a title may end its clause with, seldom nouns ("… Relief Arrives").
_INTRANSITIVE_VERBS = frozenset(
    ("arrives", "opens", "reopens", "closes", "begins", "starts", "ends", "continues",
     "comes", "goes", "grows", "expands", "moves", "rises", "turns", "succeeds", "fails",
     "loses")
)  # fmt: skip


def _in_s(word: str) -> bool:
    """A lower-cased word that may be a verb in -s ("touts", not "congress", "roe's")."""
    return word.endswith("s") and not word.endswith(("ss", "'s", "’s"))


def _named_day(title: str, at: int) -> bool:
    """Whether a weekday at `at` is glued to a word that names a day with it
    ("CyberMonday", "GivingTuesday"): one word of the title, not its deck. A word that
    names a day with another weekday only ("… Local BusinessTuesday Vote Set", where
    `business` names a Saturday) is glued to its deck."""
    start = title.rfind(" ", 0, at) + 1
    word = title[start:at].strip(_EDGE + '"“‘#').lower()
    return title.startswith(_NAMED_DAYS.get(word, ()), at)


_GLUED_PHRASE_OPENERS = frozenset(
    ("From", "For", "With", "To", "Of", "In", "On", "At", "By", "About", "After", "Over",
     "Under", "Into", "Through", "Against", "Amid")
)  # fmt: skip


def _glued_phrase(title: str, at: int) -> bool:
    """Whether words glued to a title at `at` go on with its phrase: they open with a
    preposition, are in Title Case and hold no verb of a title, and the word they are
    glued to is not in capitals ("… Champion AwardFrom Open Gov TV"). A deck opens a
    clause of its own: one in sentence case ("… DredgingWith the grant, the port …"),
    one with a verb ("… DredgingFor Ten Years the Basin Has Waited") and one under a
    title in capitals ("… HARBOR AWARDFrom The Port Board") are still one."""
    deck = title[at:]
    words = deck.split()
    return (
        title[at - 1 : at].islower()
        and bool(words)
        and words[0] in _GLUED_PHRASE_OPENERS
        and _title_case(deck)
        and not any(_title_verb(w.strip(_EDGE).lower()) for w in words[1:])
    )


def _camel_word(title: str, at: int, body: str) -> bool:
    """Whether the word of `title` that a capital at `at` falls inside is one the body
    writes too ("DelBene", "SeaWorld", "AmeriCorps"): a name in camel case, not a title
    run into its deck ("ProjectsFunding")."""
    if not body:
        return False
    start = title.rfind(" ", 0, at) + 1
    end = title.find(" ", at)
    word = title[start : len(title) if end == -1 else end].strip(_EDGE + "\"“”‘’'.!?")
    # not where the body prints the title again ("… Pay DaySays …" twice)
    before = title[:start].split()[-1:]
    again = f"{before[0]} {word}" if before else word
    return body.count(word) > (body.count(again) if before else 0)


_POSSESSIVE = re.compile(r"[’']s?\Z")


# Nouns naming a hearing or a work whose name a quotation after a colon gives: no
# speaker's label ("… Subcommittee Hearing: “…”", "… Releases Video: “…”").
_NAMED_WORKS = frozenset(
    ("hearing", "markup", "roundtable", "briefing", "forum", "video", "podcast", "documentary")
)


def _named_work(title: str, at: int) -> tuple[str, str] | None:
    """(headline, deck) when the word at `at`, before a colon and a quotation, names a
    hearing or a work (`_NAMED_WORKS`) after two or more Title Case words: the noun ends the
    headline and the quotation, its name, is the deck; None otherwise."""
    label, _, name = title[at:].partition(":")
    if label.lower() not in _NAMED_WORKS:
        return None
    head = title[: at + len(label)]
    if len(head.split()) < 3 or not _title_case(head):
        return None
    return head, name.strip(_EDGE_SPACE)


def _ends_a_topic(before: list[str], label: str, issuer: str | None, body: str = "") -> bool:
    """Whether the word before a colon and a quotation ends the topic of an `on` phrase
    ("Roe on Harbor Vote: “…”", "Roe Statement on Harbor Funding Plan: “…”"), not a
    speaker's label: the words before `on` name someone, with no verb of their own
    (`_names_a_topic_holder`), every word from `on` to it is capitalised or minor, in one
    clause (no comma, semicolon or dash between), and it is neither the issuer's surname
    nor a word the title names before (the speaker named twice: "Roe Welcomes Tariff Cut
    on Salmon Roe: “…”")."""
    at = max((i for i, w in enumerate(before) if w.lower() == "on"), default=-1)
    if at < 0 or not _names_a_topic_holder(before[:at], issuer, body):
        return False  # "Roe Votes on …", "House Passes Bill on …": a clause of its own
    if any(
        # a lower-case word, or a clause ended ("… on Karl Rove; Granger Asks: “…”")
        (not w[:1].isupper() and w.lower() not in P.MINOR_WORDS) or w[-1] in ",;:–—-"
        for w in before[at + 1 :]
    ):
        return False
    named = {_POSSESSIVE.sub("", w.strip(",;:")).casefold() for w in before[:at]}
    own = issuer_surname(issuer or "") & surname_forms([label])
    return label.casefold() not in named and not own


def _names_a_topic_holder(words: list[str], issuer: str | None, body: str = "") -> bool:
    """Title Case `words` before `on` are a name, after an office or not, and maybe a
    noun naming what the release is ("Roe", "Rep. Roe", "Senator Jane Roe Remarks"): no
    verb ("Roe Votes on …", "House Passes Bill on …", "Roe Weighs In on …": a clause of
    its own, after whose `on` phrase a speaker's label may stand) and no small word."""
    lead = list(words)
    while lead and lead[-1].strip(",;:").lower() in _RELEASE_NOUNS:
        lead.pop()  # "Roe Statement", "Senator Roe Remarks"
    own = {w.casefold() for w in (issuer or "").split()}
    others = [w for w in lead if w.casefold() not in own]  # the issuer's name is no verb
    return (
        bool(lead)
        and all(w[:1].isupper() and w.lower() not in P.MINOR_WORDS for w in lead)
        and not _has_a_verb(others)
        # a word in -s just before `on` is its verb ("… Harbor Council Agrees on …"),
        # unless it names the issuer ("Senator Ada Brooks on …") or the body writes it
        # with its capital too, as a name ("… Diver Ned Vesters on …")
        and not (
            lead[-1].casefold() not in own
            and _in_s(lead[-1].casefold())
            and re.search(rf"\b{re.escape(lead[-1])}\b", body) is None
        )
    )


def _title_case_deck(
    title: str, body: str = "", issuer: str | None = None
) -> tuple[str, str | None]:
    """A Title Case title with a Title Case deck run in after it, where the deck's clause
    opens with a modal verb ("… Justice Reform | Will Continue to Push …"), or with a
    common noun as its subject and then the modal ("… Commission | Funding Will Provide
    …"). Not where the title's own clause goes on ("Roe Says the Bill Will Help …")."""
    words = title.split()
    if len(words) < MIN_TITLE_DECK_WORDS + MIN_DECK_WORDS:
        return title, None
    for at in range(MIN_TITLE_DECK_WORDS, len(words) - MIN_DECK_WORDS + 1):
        if words[at] not in _DECK_MODALS or not words[at + 1][:1].isalpha():
            continue
        if not words[at + 1][:1].isupper() or words[at + 1].lower().endswith(_NOUN_ENDINGS):
            return title, None  # "… to Simplify Living Will Registration": a noun
        # "… Introduces Amendment to Overturn the Ruling Amendment Would …": a noun the
        # title named before, named again before the modal, is the deck's subject (the
        # amendment), and the title before it a phrase of its own
        named_again = words[at - 1] in words[: at - 1] and words[at - 1][:1].isupper()
        if words[at - 1] in _NAMED_NOUNS and not named_again:
            # "… Spending Amendment Would …", "… System ALERT Act Would …": where the
            # deck's subject starts is not sure
            return title, None
        if _modal_in_name(words, at):
            return title, None
        start = at - 1 if words[at - 1] in _DECK_SUBJECTS or named_again else at
        before = [w.strip("\"“”‘’'(),:;").lower() for w in words[:start]]
        if (
            len(before) < MIN_TITLE_DECK_WORDS
            or before[-1] in P.MINOR_WORDS
            or before[-1] in _OPEN_ENDS
            or before[-1] in _MODIFIER_ENDS
            or words[start - 1].endswith((",", ":", ";", "-"))
            or any(w in _CLAUSE_TAKERS for w in before)
            or (start == at and _news_clause(words[:start]))
            or not _title_case(" ".join(words[:start]))
            # the title is a clause of its own: without a verb of its own the modal is
            # its verb ("The Top Democrat on the Committee Will Discuss …"), and so after
            # a colon ("Speech on the Union: President and Congress Must Act")
            or not (named_again or any(_title_verb(w) for w in before))
            or any(w.endswith(":") for w in words[:start])
        ):
            return title, None
        return " ".join(words[:start]), " ".join(words[start:])
    if (again := _subject_again(words, body, issuer)) is not None:
        return " ".join(words[:again]), " ".join(words[again:])
    if (elided := _elided_subject_deck(words)) is not None:
        return " ".join(words[:elided]), " ".join(words[elided:])
    return _statement_deck(title, words)


# Prepositions a place's name follows, where a modal after the place's first word may be
# the place's own word ("… Leaders at Lake | Can Do Park …").
_AT_PLACE = frozenset(("at", "in", "near", "from", "across", "throughout", "around", "into"))


def _modal_in_name(words: list[str], at: int) -> bool:
    """The capitalised modal at `at` ("Will", "Can") may be a word of a name, not a deck's
    first word: after a role or office ("… Harbor Chief Will Hunt …", "… Mayor Can Lee
    …": a first name, or the role is the modal's own subject) or after a preposition and
    one capitalised word ("… at Lake Can Do Park …": a place's name). Where the deck
    would start is not sure there, and the line is kept whole."""
    before = words[at - 1].strip("\"“”‘’'(),:;").lower()
    if before in _PERSON_OFFICES or before in _ROLE_WORDS or is_role_word(before):
        return True
    return (
        at >= 2
        and words[at - 2].lower() in _AT_PLACE
        and words[at - 1][:1].isupper()
        and not words[at - 1].endswith((",", ":", ";"))
    )


# Verbs that tell news as a clause whose subject follows them at once ("Roe Announces
# Harbor Board Will Meet in May").
_NEWS_VERBS = frozenset(("announces", "announced", "confirms", "confirmed", "learns",
                         "learned", "reveals", "revealed", "vows", "pledges", "insists",
                         "stresses"))  # fmt: skip
# A subject that short (a pronoun, "White House", "Facebook CEO Ann Lee") goes with the modal.
MAX_NEWS_SUBJECT_WORDS = 4
_NEWS_PRONOUNS = frozenset(("he", "she", "they", "it", "we"))
# Nouns ending a body's name, the subject of a clause of news ("White House", "Harbor
# Board", "Health Centers").
_BODY_NOUNS = frozenset(("house", "board", "council", "senate", "court", "committee",
                         "commission", "department", "center", "centers", "centre",
                         "agency", "administration", "congress", "legislature", "caucus",
                         "delegation", "authority", "bureau", "corps", "institute",
                         "university", "college", "foundation", "association",
                         "coalition"))  # fmt: skip


def _news_clause(words: list[str]) -> bool:
    """The title's words before a modal end with a verb of news and the subject of its
    clause, a pronoun, a person or a body of a few words ("Roe Announces White House |
    Will Display …", "… Announces She | Will …" are one clause, the modal its own). Not
    where the verb's object is a noun phrase ("Roe Announces Reelection Bid | Will Seek
    …") nor where the title goes on after it ("Roe Announces Grants to Expand Harbor
    Program | Will …"): that modal may open a deck."""
    bare = [w.strip("\"“”‘’'(),:;") for w in words]
    low = [w.lower() for w in bare]
    for back in range(1, MAX_NEWS_SUBJECT_WORDS + 1):
        if back >= len(low) or low[-back] in P.MINOR_WORDS:
            return False
        if low[-back - 1] in _NEWS_VERBS:
            return _news_subject(bare[-back:])
    return False


def _news_subject(subject: list[str]) -> bool:
    """`subject` is a pronoun ("She"), ends with a body's noun ("Harbor Board") or with a
    person's name: a known first name or a title, then a surname ("Ferry Captain Tod
    Vail", "Secretary Vail")."""
    low = [w.lower() for w in subject]
    if len(low) == 1 and low[0] in _NEWS_PRONOUNS:
        return True
    if low[-1] in _BODY_NOUNS:
        return True
    if len(subject) < 2 or not subject[-1][:1].isupper() or not subject[-1][1:2].islower():
        return False
    surname = low[-1]
    if (
        surname.endswith((*_NOUN_ENDINGS, "ing"))
        or subject[-1] in _DECK_SUBJECTS
        or subject[-1] in _NAMED_NOUNS
    ):
        return False
    return first_name_gender(subject[-2]) is not None or is_role_word(subject[-2])


def _subject_verb(word: str) -> bool:
    """`word` is a verb in -s a title's subject may tell, that `_elided_subject_deck`
    reads right after the subject ("Roe Honors …", "Rep. Scott Calls …")."""
    verb = word.strip("\"“”‘’'(),:;").lower()
    return (_title_verb(verb) or verb in _DECK_VERBS) and _in_s(verb)


def _elided_subject_deck(words: list[str]) -> int | None:
    """Where a deck in Title Case starts whose clause has the title's subject left out and
    opens with its verb ("Roe Honors Harbor Pilot Ann Lee | Salutes Forty Years of
    Service"): a title told as subject and verb has no second verb of its own with no
    "and", comma or "that" before it. Only verbs whose -s form is seldom a noun open such
    a deck, and not after a noun that may be the deck's own subject ("… Harbor Bill |
    Package Includes …", "… Lock Funds Study | Highlights …"): there where the deck starts
    is not sure, and None is given. A title in sentence case, its verb in lower case
    ("Roe calls on Senate to … Reauthorization | Urges opponents …"), writes no verb of
    its own with a capital: its deck is in sentence case too."""
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _PERSON_OFFICES:
        lead += 1  # "Rep. Roe …": the subject is the name after the office
    if (
        lead < len(words) - 1
        and first_name_gender(words[lead]) is not None
        and not _subject_verb(words[lead + 1])
        # "Ann Roe calls …": no office before, but a verb in lower case after the surname
        and (lead > 0 or (len(words) > 2 and words[2].islower()))
    ):
        lead += 1  # "Senator Ann Roe …": and a first name before the surname, not a
        # surname that is also a first name before the verb ("Rep. Scott Honors …")
    if lead + 1 >= len(words):
        return None
    sentence = words[lead + 1].islower()  # "Roe calls on …": a title in sentence case
    if not (sentence or words[lead + 1][:1].isupper()):
        return None
    verb = words[lead + 1].strip("\"“”‘’'(),:;").lower()
    if not (_title_verb(verb) or verb in _DECK_VERBS) or not _in_s(verb):
        # the title's subject does not open its clause ("Roe Lauds …"), or the word after
        # it is no verb in -s ("Report Requested by Roe Calls for …": a participle)
        return None
    for at in range(max(lead + 3, MIN_TITLE_DECK_WORDS), len(words) - MIN_DECK_WORDS + 1):
        word = words[at]
        if word.lower() not in _DECK_VERBS or not word[:1].isupper() or word.isupper():
            continue
        before = words[at - 1]
        bare = before.strip("\"“”‘’'(),:;")
        if (
            bare.lower() in _NOT_BEFORE_DECK_VERB
            or bare.lower() in P.MINOR_WORDS
            or bare.lower() in _OPEN_ENDS
            or before.endswith((",", ";", ":", "-"))
            or bare in _DECK_SUBJECTS
            or bare in _NAMED_NOUNS
            or bare.lower() in _ROLE_WORDS
            or _body_word(bare)
            or bare in _DECK_SUBJECT_NOUNS
            or (not sentence and not _title_case(" ".join(words[:at])))
            or (sentence and not words[at + 1][:1].islower())  # "… Urges Congress to …"
            or (before.isupper() and len(bare) > 1)  # "… Nationwide SCARPTA | Includes …"
            or not _deck_verb_tells(words, at)
            or not _object_closed(words[lead + 2 : at], verb)
        ):
            return None
        return at
    return None


def _deck_verb_tells(words: list[str], at: int) -> bool:
    """The word at `at`, one whose -s form is also a common noun ("Votes", "Calls",
    "Meets", "Highlights"), is told as a verb by an object in Title Case after it ("…
    Highlights Successes of …"), or for "Calls" by "for" or "on"; before a preposition or
    a participle it is a noun ("… Senate Votes for …", "… Video Highlights for …", "… Track
    Meets Hosted by …")."""
    word = words[at].lower()
    if word not in _NOUN_DECK_VERBS:
        return True
    after = words[at + 1].strip("\"“”‘’'(),:;")
    if word == "calls" and after.lower() in ("for", "on"):
        return True
    return (
        after[:1].isupper()
        and after.lower() not in P.MINOR_WORDS
        and not (len(after) > 4 and after.endswith("ed"))
    )


def _object_closed(between: list[str], verb: str) -> bool:
    """The words `between` the title's verb and a second verb are the title verb's object
    only, not the subject of a clause of its own with the second verb: not after "as",
    "when", "while" … ("Roe Leads Effort as House | Calls for …"; "as a" is a preposition's:
    "… Named as a Historic Trail | Encourages …"), and after a verb that may take a clause
    with "that" left out ("Roe Announces Elmdale Clinic | Receives …", "Roe Warns
    Governor's Budget | Includes …") only where a preposition closes the object ("Roe
    Applauds Fed for Plan to Protect Homeowners | Encourages …")."""
    lowered = [w.strip("\"“”‘’'(),:;").lower() for w in between]
    if any(
        w in _CLAUSE_OPENERS and not (w == "as" and nxt in ("a", "an"))  # "as a Trail"
        for w, nxt in zip(lowered, [*lowered[1:], ""], strict=True)
    ):
        return False
    return verb not in _CLAUSE_TAKING_VERBS or any(w in _PREPOSITIONS for w in lowered)


# Deck verbs whose -s form is also a common noun.
_NOUN_DECK_VERBS = frozenset(("votes", "calls", "meets", "highlights", "thanks", "supports"))
# Words opening a clause of its own inside a title ("… as the House Votes …").
_CLAUSE_OPENERS = frozenset(
    ("as", "when", "while", "after", "before", "because", "since", "until", "once", "if",
     "where", "though", "although", "unless", "whether")
)  # fmt: skip
# Title verbs that may take a clause whose "that" is left out ("Roe Announces Clinic
# Receives Grant"): of telling, of knowing, of greeting news.
_CLAUSE_TAKING_VERBS = frozenset(
    ("announces", "warns", "says", "notes", "confirms", "reports", "learns", "predicts",
     "believes", "hopes", "expects", "fears", "argues", "claims", "stresses", "emphasizes",
     "applauds", "welcomes", "recognizes", "praises", "lauds", "hails", "cheers",
     "commends", "congratulates", "touts", "acknowledges")
)  # fmt: skip
# Prepositions that close a title verb's object ("Applauds Fed for Plan …").
_PREPOSITIONS = frozenset(
    ("for", "on", "of", "to", "in", "at", "with", "from", "by", "about", "over", "into",
     "amid", "against", "along", "during", "toward", "towards", "through", "across",
     "under", "regarding")
)  # fmt: skip


# Verbs a deck with its subject left out opens with, whose -s form is seldom a noun.
_DECK_VERBS = frozenset(
    ("includes", "urges", "applauds", "discusses", "praises", "salutes", "commends",
     "condemns", "introduces", "announces", "unveils", "secures", "welcomes", "previews",
     "lauds", "touts", "congratulates", "encourages", "emphasizes", "stresses",
     "reaffirms", "criticizes", "celebrates", "recognizes", "hails", "slams", "pushes",
     "presses", "seeks", "demands", "asks", "receives", "meets", "joins", "thanks",
     "highlights", "calls", "votes", "supports", "opposes")
)  # fmt: skip
# Words after which a verb belongs to the title's own clause ("… Bill That Includes …").
_NOT_BEFORE_DECK_VERB = frozenset(("and", "or", "that", "which", "who", "to", "&", "also"))
# Nouns that may be a deck's own subject before its verb ("… New Study | Highlights …").
_DECK_SUBJECT_NOUNS = frozenset(
    ("Package", "Document", "Omnibus", "Report", "Study", "Survey", "Letter", "Delegation",
     "Caucus")
)  # fmt: skip


def _subject_again(words: list[str], body: str = "", issuer: str | None = None) -> int | None:
    """Where a deck in Title Case starts whose clause names the title's subject again and
    tells with a verb what the subject did ("Roe Lauds Senate for Passing Harbor Bill |
    Roe Authored House Version …"): the title's own words never name its subject twice
    before a verb of its own; None where that is not so. The deck runs on past its verb:
    "… Pass Lock Bill Roe Introduced in March" is one title, its last words a clause
    qualifying the noun before them (the bill Roe introduced). A surname after an office,
    a kin word or another first name is another person's ("… Honors Father Jim Roe |
    Awarded …", "… Praises Mayor Roe Named …")."""
    lead = 0
    while lead < len(words) - 1 and words[lead].lower() in _PERSON_OFFICES:
        lead += 1  # "Rep. Roe …": the subject is the name after the office
    first = None
    if (
        lead + 2 < len(words)
        and first_name_gender(words[lead]) is not None
        and words[lead + 1][:1].isupper()
        and _title_verb(words[lead + 2].lower())
        and not _title_verb(words[lead + 1].lower())
    ):
        # "Rep. Jo Roe Lauds … | Roe Authored …": the deck names the surname, where the
        # release names Jo Roe (its issuer, or the body); else the first word may open a
        # noun phrase ("Warren County Hosts …", "Rep. Scott Bill Passes …")
        first = words[lead]
        lead += 1
        if not _names_person(first, words[lead], body, issuer):
            return None
    subject = words[lead]
    if not subject[:1].isupper() or not subject.isalpha() or subject.isupper():
        return None
    verb = words[lead + 1].lower()
    if not (_title_verb(verb) or (verb.endswith("s") and not verb.endswith("ss"))):
        return None  # the title's subject does not open its clause ("Roe Lauds …")
    for at in range(MIN_TITLE_DECK_WORDS, len(words) - MIN_DECK_WORDS + 1):
        if words[at] != subject or not _title_verb(words[at + 1].lower()):
            continue
        opened = words[0].lower() in _PERSON_OFFICES
        start = _own_name_start(words[:at], subject, first, issuer, opened)
        head = words[:start]
        if len(head) < MIN_TITLE_DECK_WORDS:
            return None
        if head[-1].lower() in P.MINOR_WORDS or head[-1].lower() in _OPEN_ENDS:
            return None
        verb = head[-1].lower()
        if start < at and verb.endswith("s") and _title_verb(verb):
            return None  # "… Thanks Senator Roe …": the name is the verb's object
        if start == at and _another_of_the_name(head, subject, first is not None, body, issuer):
            return None
        if head[-1].endswith((",", ":", ";", "-")):
            return None
        if sum(_is_lower_word(w) for w in words) > 1:
            return None  # Title Case, "that" or "who" at most: no sentence runs on
        if len(words) - at - 2 < MIN_DECK_WORDS:
            return None  # a short clause qualifying the noun before it, no deck of its own
        return start
    return None


def _own_name_start(
    head: list[str], subject: str, first: str | None, issuer: str | None, office: bool
) -> int:
    """Where the subject's name named again starts, with its own first name and the
    member's office before the surname ("… Uninsured | Congressman Dan Roe Unveils …"):
    only the subject's first name (or the issuer's, for the issuer's surname) and an
    office of a member of Congress where the subject is the issuer or the title named them
    with an office too ("Senator Roe Attends … | Senator Roe Delivered …")."""
    given = issuer.split() if issuer is not None else []
    member = office or (len(given) >= 2 and given[-1] == subject)
    own = {first} if first is not None else set(given[:-1]) if member else set()
    start = len(head)
    if start and head[start - 1] in own:
        start -= 1
    while member and start and head[start - 1].lower() in _PERSON_OFFICES:
        start -= 1
    return start


def _names_person(first: str, surname: str, body: str, issuer: str | None) -> bool:
    """The release names `first` `surname`: its issuer, or the body writes the name."""
    if issuer is not None:
        given = issuer.split()
        if len(given) >= 2 and given[-1] == surname and first in given[:-1]:
            return True
    return (
        re.search(rf"\b{re.escape(first)}\s+(?:[A-Z]\.\s+)?{re.escape(surname)}\b", body)
        is not None
    )


# Kin a title names before a relative's name ("… Honors Her Husband Tom Roe …").
# Every kin noun but those with no sex that name no kin alone (`partner`, `parent`,
# `child`: a firm's partner, a parent company).
_KIN_NOUNS = frozenset(KIN_SEX) - {"partner", "parent", "child"}


def _another_of_the_name(
    head: list[str], surname: str, full: bool, body: str, issuer: str | None
) -> bool:
    """The surname after `head` is another person's: an office, role or kin word stands
    just before it ("… Praises Mayor Roe …"), or a first name does ("… Honors Father Jim
    Roe …"). Where the subject was named in full any first name there is another's; where
    by surname alone a first name is another's after a role or kin word, or where the body
    writes that name and it is not the issuer's ("Harbor Bill Roe Authored …" stays a
    deck: "Bill" there ends the title's noun)."""

    def titled(word: str) -> bool:
        low = word.strip("\"“”‘’'(),:;").lower()
        return low in _PERSON_OFFICES or low in _KIN_NOUNS or is_role_word(low)

    before = head[-1].strip("\"“”‘’'(),:;")
    if titled(before):
        return True
    if first_name_gender(before) is None:
        return False
    if full or (len(head) >= 2 and titled(head[-2])):
        return True
    own = issuer is not None and before in issuer.split()[:-1]
    return (
        not own and re.search(rf"\b{re.escape(before)}\s+{re.escape(surname)}\b", body) is not None
    )


def _statement_deck(title: str, words: list[str]) -> tuple[str, str | None]:
    """A statement's title ("Roe Statement on the Passage of the Clinics Act") with a deck
    whose verb has the member as its subject run in after it ("Applauds Progress of …",
    "Includes a Number of Provisions …"): a noun-phrase title has no verb, so a title verb
    or a deck verb in -s after it, its object opening with a capital or an article and a
    capital, opens the deck. Not after "that", "and" … (the title's own clause), nor after
    a noun that may be the deck's own subject ("… Final Package | Includes …"), nor in a
    clause opened by "as", "when" … ("Roe Statement as Governor Signs the Harbor Act") or
    by an article right after a noun ("… on the Day the Senate Votes the Harbor Bill")."""
    lowered = [w.strip("\"“”‘’'(),:;").lower() for w in words]
    if "statement" not in lowered[:5] or any(_title_verb(w) for w in lowered[:4]):
        return title, None
    opened = lowered.index("statement") + 3
    for at in range(max(opened, MIN_TITLE_DECK_WORDS), len(words) - MIN_DECK_WORDS + 1):
        word = lowered[at]
        if not (
            words[at][:1].isupper()
            and word.endswith("s")
            and (_title_verb(word) or word in _DECK_VERBS)
        ):
            continue
        before = " ".join(words[:at])
        # the verb's object opens with a capital, or with an article and then a capital
        # ("Includes a Number of Provisions …")
        obj = at + 2 if lowered[at + 1] in _ARTICLES and at + 2 < len(words) else at + 1
        if (
            lowered[at - 1] in P.MINOR_WORDS
            or lowered[at - 1] in _NOT_BEFORE_DECK_VERB  # "… Bill That Includes …"
            # "… Final Package Includes …": the noun may be the deck's own subject, and
            # where the deck starts is not sure
            or words[at - 1] in _DECK_SUBJECT_NOUNS
            or words[at - 1] in _DECK_SUBJECTS
            or words[at - 1].endswith((",", ":", ";"))
            or not words[obj][:1].isupper()
            or any(_title_verb(w) for w in lowered[:at])
            # "Roe Statement as Governor Signs the …": the verb is the clause's own
            or any(w in _SUBJECT_CLAUSE_OPENERS for w in lowered[:at])
            # "… on the Day the Senate Votes …": an article right after a noun opens a
            # clause with no "that", its subject's own verb
            or any(
                lowered[i] in _ARTICLES
                and lowered[i - 1] not in P.MINOR_WORDS
                and lowered[i - 1] not in _PREPOSITIONS
                and lowered[i - 1] not in _MORE_PREPOSITIONS  # "… Despite the Veto …"
                and not lowered[i - 1].endswith("ing")  # "… Marking the …": its object
                for i in range(opened - 1, at)
            )
            or not _title_case(before)
        ):
            return title, None
        return before, " ".join(words[at:])
    return title, None


# Words opening a clause with its own subject, after which a verb is that subject's and
# no deck's ("Roe Statement as Governor Signs the Harbor Act", "… When Tod Vail Receives …").
_SUBJECT_CLAUSE_OPENERS = frozenset(
    ("as", "when", "while", "after", "before", "once", "until", "since", "because", "if",
     "though", "although", "where", "whereas", "whenever")
)  # fmt: skip
# Articles that may open a deck verb's object ("Includes a Number of …").
_ARTICLES = frozenset(("a", "an", "the"))
# Prepositions neither P.MINOR_WORDS nor `_PREPOSITIONS` holds, after which an article
# opens the preposition's object, not a clause ("Roe Statement Despite the Veto | Urges …").
_MORE_PREPOSITIONS = frozenset(
    ("despite", "within", "without", "beyond", "behind", "among", "amongst", "between",
     "throughout", "around", "near", "like", "unlike", "versus", "beside", "besides",
     "below", "above", "beneath", "underneath", "inside", "outside", "alongside", "past",
     "except", "re")
)  # fmt: skip


def _title_verb(word: str) -> bool:
    """A verb a release's title is told with ("Announces", "Votes", "Introduced")."""
    if len(word) > 4 and word.endswith("ed") and word not in ("united", "need", "speed"):
        return True
    return word in _TITLE_VERBS or (
        word.endswith("s") and (word[:-1] in _TITLE_VERBS or word[:-2] in _TITLE_VERBS)
    )


# Verbs release titles are told with (the base form; "-s", "-es" and "-ed" forms too).
_TITLE_VERBS = frozenset(
    ("announce", "introduce", "reintroduce", "vote", "pass", "call", "urge", "praise",
     "applaud", "secure", "win", "welcome", "join", "lead", "host", "unveil", "release",
     "receive", "support", "oppose", "sign", "back", "push", "seek", "demand", "ask",
     "award", "launch", "honor", "hail", "bring", "deliver", "fight", "slam", "blast",
     "condemn", "commend", "celebrate", "visit", "meet", "offer", "propose", "cosponsor",
     "sponsor", "file", "testify", "press", "approve", "reject", "block", "highlight",
     "question", "warn", "recognize", "request", "tour", "mark", "name", "help", "fund")
)  # fmt: skip
# A Title Case title and its deck are at least this many words each (the deck: MIN_DECK_WORDS).
MIN_TITLE_DECK_WORDS = 4
# Modal verbs opening a deck's clause in Title Case.
_DECK_MODALS = frozenset(("Will", "Would", "Could", "Can", "Must", "Should"))
# Common nouns that stand as a deck's subject before its modal ("Funding Will …"), and
# seldom end the name a title ends with.
_DECK_SUBJECTS = frozenset(
    ("Funding", "Funds", "Grant", "Grants", "Legislation", "Measure", "Proposal", "Money",
     "Investment", "Effort", "Move", "Decision", "Agreement", "Provision", "Provisions",
     "Changes", "Award", "Resources")
)  # fmt: skip
# Nouns that end a deck's subject of several words as often as the title before it.
_NAMED_NOUNS = frozenset(("Act", "Bill", "Amendment", "Project", "Program", "Plan", "Law",
                          "Resolution", "Initiative", "Package", "Report", "Rule"))  # fmt: skip
# Endings of nouns, where a verb would follow a modal.
_NOUN_ENDINGS = ("ion", "ment", "ness", "ity", "ance", "ence")
# Words after which a modal belongs to the title's own clause: "Roe Says Bill Will Help".
_CLAUSE_TAKERS = frozenset(
    ("says", "said", "say", "warns", "predicts", "hopes", "expects", "believes", "thinks",
     "claims", "argues", "asks", "that", "how", "why", "what", "when", "who", "which",
     "whether", "if", "because", "while", "until", "unless", "where")
)  # fmt: skip


def _sentence_case_deck(title: str, body: str) -> tuple[str, str | None]:
    """A title in sentence case with its deck run in after it: the deck opens with a
    capitalised common word between lower-case ones ("… home loans for veterans | Cites
    wait times as …"), one the body writes in lower case too — not a name or a place
    ("… voters in Malheur County oppose …", "… keeping Americans safe")."""
    words = title.split()
    lower = [w for w in words[1:] if _is_lower_word(w)]
    if len(lower) < 3 or _title_case(title) or title[0] in P.QUOTE_OPENERS:
        return title, None
    for i in range(MIN_SENTENCE_TITLE_WORDS, len(words) - MIN_DECK_WORDS + 1):
        word, before, after = words[i], words[i - 1], words[i + 1]
        if (
            word[:1].isupper()
            and word[1:].islower()
            and word.isalpha()
            and _is_lower_word(before)
            and not before.endswith((",", ";", ":"))
            and _is_lower_word(after)
            and after not in _AUXILIARY_CONTINUERS
            and not (first_name_gender(word) or places.region(word) or places.is_known(word))
            and re.search(rf"\b{word.lower()}\b", body) is not None
        ):
            return " ".join(words[:i]), " ".join(words[i:])
    return title, None


# A sentence-case title before a deck is at least this many words.
MIN_SENTENCE_TITLE_WORDS = 5
# Lower-case words a capitalised name is often followed by: "… in Lone Grove said …".
_AUXILIARY_CONTINUERS = frozenset(("said", "says", "announced"))


# Words naming a role, which a name follows: "Chairman Burr: “…”" is one speaker.
_ROLE_WORDS = frozenset(
    ("chairman", "chairwoman", "chair", "senator", "sen", "rep", "representative",
     "congressman", "congresswoman", "leader", "member", "secretary", "governor", "mayor",
     "president", "speaker", "whip", "director", "administrator")
)  # fmt: skip
# A role or office before a bracketed name (`Former Secretary (CLINTON)`).
_NAME_ROLES = _ROLE_WORDS | _PERSON_OFFICES
# Words opening a dependent clause: a title's boundary does not fall just after one.
_SUBORDINATORS = frozenset(("while", "because", "although", "though", "if", "when", "unless"))


def _names_member(first: str, surname: str, body: str, issuer: str | None = None) -> bool:
    """The body names `first` `surname` as a member ("Congresswoman Jane Roe") or as one
    who speaks ("Jane Roe said", "said Jane Roe"), or, where `first` is the issuer's own
    first name, names a member of that surname by office alone ("Congresswoman Roe") and
    never with another first name ("Congresswoman Ann Roe" is another person than the
    label's Jane Roe). A relative of the member's ("… Her Husband Carl Roe: “…”") shares
    the surname: an office alone says nothing of them."""
    whole = re.escape(f"{first} {surname}")
    if (
        re.search(rf"{_MEMBER_BEFORE}\s+(?:[A-Z]\.\s+)?{whole}\b", body) is not None
        or re.search(rf"\b{whole}(?:\s*\([^)]{{1,40}}\))?,?\s+{_SAYS}\b", body) is not None
        or re.search(rf"\b{_SAYS}\s+{whole}\b", body) is not None
    ):
        return True
    if issuer is None or first not in issuer.split()[:-1]:
        return False
    given = [
        m["given"]
        for m in re.finditer(
            rf"{_MEMBER_BEFORE}\s+(?P<given>(?:[A-Z][\w'’.-]*\s+){{0,2}}?){re.escape(surname)}\b",
            body,
        )
    ]
    return bool(given) and not any(g.strip() for g in given)


# An office before a member's name, and the verbs of saying around a speaker's name.
_MEMBER_BEFORE = (
    r"(?:\b(?:Rep|Reps|Sen|Sens)\.|\b(?:Representatives?|Senators?|Congress(?:man|woman|member)))"
)
_SAYS = r"(?:said|says|stated|added|explained)"
# A member's name after the office: "Rep. Ann Roe", "Congressman Roe".
_MEMBER_NAME = re.compile(rf"{_MEMBER_BEFORE}((?:\s+[A-Z][\w'’-]*\.?){{1,3}})")
# A deck quoting someone under the title: "… Salmon Sullivan: “Important change …”".
_SPEAKER_DECK = re.compile(r"\s+(?=[A-Z][\w'’.-]+:\s*[“\"])")
# A speaker's label opening a quotation: "Roe: “…", "Jane Roe—“…", "Roe – “…".
_SPEAKER_LABEL = re.compile(
    r"(?<=\s)(?P<name>(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)\s*(?::|[–—]|\s-)\s*[“\"]"
)


def _label_split(title: str) -> tuple[str, int] | None:
    """(the title, where the label starts) when `title` runs on into a speaker's label
    and quotation, the label names a person (an office and a name, or a known first name
    and a surname: "Jane Roe: “…", "Senator Roe—“…") and the title names that person's
    surname before it: that the title names the speaker makes the boundary sure."""
    for m in _SPEAKER_LABEL.finditer(title):
        # offsets from the match's own word spans: the words may be apart by any space
        spans = [(w.start() + m.start("name"), w[0]) for w in re.finditer(r"\S+", m["name"])]
        person = _person_label_start(spans)
        if person is not None and title[: person[0]].rsplit(None, 1)[-1:] in (["of"], ["the"]):
            # "… Speaker of the House of Representatives Jane Doe—“…”": the office word
            # ends a body's name in the title; the person is the name after it
            person = _person_label_start([s for s in spans if s[0] > person[0]])
        if person is None:
            continue
        at, named = person
        before = title[:at].strip(_EDGE_SPACE)
        if len(named[-1]) < 3 or not re.search(
            r"\b" + r"\s+".join(map(re.escape, named)) + r"\b", before
        ):
            continue
        if not MIN_TITLE_DECK_WORDS - 1 <= len(before.split()) <= MAX_HEADLINE_WORDS:
            return None
        if not before[:1].isupper() or _SENTENCE_END.search(before):
            return None
        padded = " " + before
        if _LEAD_START.search(padded) or _MEMBER_LEAD.search(padded):
            return None  # "… Secretary Today, Sen. Roe (R-NC) issued …": a lead
        return before, at
    return None


def _person_label_start(spans: list[tuple[int, str]]) -> tuple[int, list[str]] | None:
    """(where a label's person starts, the words the title must name before it) among
    the label's words (offset, word): an office and a surname ("Senator Roe": the
    surname), or a known first name and a surname ("Jane Roe": both, since a title's
    last word may be a first name too, "… Harbor Grant Roe:"); None when the label is
    no person's ("Port Families", a lone "Roe")."""
    words = [w for _, w in spans]
    for i in range(max(0, len(words) - 3), len(words) - 1):
        if words[i].lower() in _PERSON_OFFICES:
            return spans[i][0], words[-1:]
    if len(words) >= 2 and first_name_gender(words[-2]) is not None:
        return spans[-2][0], words[-2:]
    return None


def _speaker_labelled(title: str) -> tuple[str, str] | None:
    """(headline, deck) of a head's title that runs on into a speaker's quotation."""
    found = _label_split(title)
    if found is None:
        return None
    before, at = found
    return before, title[at:].strip(_EDGE_SPACE)


def _title_before_speaker_label(window: str) -> tuple[str, int, _Head] | None:
    """(title, where the label starts, the head's metadata) of a release with no dateline
    whose title, after release metadata, runs into a person's labelled quotation: the
    label and quotation open the body. None when words stand before the metadata that
    could be the title (they would be in no field)."""
    first = _SPEAKER_LABEL.search(window)
    if first is None:
        return None
    marks = list(_metadata_in(window[: first.end()]))
    if not marks:
        return None  # metadata first, or the boundary is not sure
    start = marks[-1].end()
    head = _clean_head(window[:start])
    if head.title is not None:
        return None  # "Harbor Grant Awarded … March 3, 2015 Roe Thanks …": two titles
    found = _label_split(window[start : first.end()])
    if found is None:
        return None
    title, at = found
    return title, start + at, head


# A speaker's quotation set under the title ends within this many characters of its label.
MAX_QUOTED_DECK_CHARS = 1500
# A quotation mark; a straight one opens after a space (or the label's colon or dash).
_QUOTE_MARK = re.compile(r"[“”\"]")


def _title_and_quoted_deck(
    text: str, labelled: tuple[str, int, _Head] | None = None
) -> ReleaseHead | None:
    """A title after release metadata with its speaker's labelled quotation set under it
    as its deck, the dateline right after the quotation ("… Harbor Grant Jane Doe—“…”
    Washington, D.C. – …"); None where the head is not so laid out."""
    labelled = labelled or _title_before_speaker_label(text[:WINDOW])
    if labelled is None:
        return None
    title, at, head = labelled
    end = _quoted_deck_end(text, at)
    if end is None:
        return None
    deck = text[at:end].strip(_EDGE_SPACE)
    return ReleaseHead(title, deck, text[end:], head.released, head.contact)


def _quoted_deck_end(text: str, at: int) -> int | None:
    """Where a dateline starts right after the speaker's labelled quotation at `at` (a
    quotation may run past the window the dateline is first looked for in, and its
    sentences keep a place after them from being read as the dateline): a sure dateline
    (a known place with its state or in capitals, then a capital) right after a closing
    mark of the label's own quotation, within `MAX_QUOTED_DECK_CHARS`. The quotation
    goes on only into a next paragraph opening with a mark (`… harbor.” “The pilots …`);
    where it closes and other words follow (narration, another person's quotation), the
    dateline after them is not the deck's: None, and the label and quotation open the
    body."""
    end = min(len(text), at + MAX_QUOTED_DECK_CHARS)
    depth = 0
    for mark in _QUOTE_MARK.finditer(text, at, end):
        i = mark.start()
        opens = mark[0] == "“" or (mark[0] == '"' and (i == 0 or text[i - 1] in " \t\n—–-:"))
        if opens:
            depth += 1
            continue
        depth = max(0, depth - 1)
        after = i + 1
        while after < end and text[after].isspace():
            after += 1
        if after == i + 1:
            continue  # glued to a word or punctuation after it: no end of the deck
        if _strong_dateline(text[after : after + OPENING_CHARS]):
            return after
        if depth == 0 and text[after : after + 1] not in ("“", '"'):
            return None  # the quotation is over and other words follow it
    return None


# Words telling how large a sum is, which stand before it in a title ("Over $3 Million");
# three letters or more, as the title's word before a glued sum is.
_SUM_SIZE_WORDS = frozenset(
    ("Over", "About", "Nearly", "Almost", "Around", "Roughly", "Approximately", "Some",
     "Than", "Under", "Just", "More", "Less", "Least", "Additional", "Another",
     "Extra", "Total", "Totaling", "Totalling", "Worth", "For", "And")
)  # fmt: skip
# Two titles run together without a space: a lower-case run, then a capital and lower case.
_GLUED_TITLES = re.compile(
    r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[A-Z]{3})(?=[A-Z][a-z]{2})"
    # a deck opening with a short word glued to a title in capitals: "… FOR SENIORSAs …"
    r"|(?<=[A-Z]{3})(?=(?:As|At|By|If|In|On|To)\s+[A-Z])"
    # … or glued to a title in capitals that a quotation ends: "… “WHERE ARE THE JOBS?”Jobless …"
    r"|(?:(?<=[A-Z]{2}[?!.][”\"])|(?<=[A-Z]{3}[”\"]))(?=[A-Z][a-z]{2})"
    # a deck opening with a sum glued to a title's word in Title Case: "… in University
    # City$3 Million …"; not to a word telling the sum's size ("Wins Over$3 Million")
    # (the sum first: it is rare, and the look-behinds are tried only where it stands)
    r"|(?=\$\d)(?:"
    + "|".join(rf"(?<=\b[A-Z][a-z]{{{n}}})" for n in range(2, 16))
    + ")"
    + "".join(rf"(?<!\b{w})" for w in sorted(_SUM_SIZE_WORDS))
)
# A deck opening with a word in capitals or a number glued to a title's lower-case word:
# "… Displaced WorkersUAW Corporation to Receive …", "… Career Fair105 Companies Offer …".
_GLUED_DECK = re.compile(r"(?<=[a-z]{3})(?=[A-Z]{2,}\s+[A-Z]|\d[\d,.]*\s+[A-Za-z])")


def _glued_clause_deck(title: str, body: str) -> int | None:
    """Where a deck glued to the title's last word opens with a word in capitals or a
    number: only where the words on each side tell a clause of their own (a verb each),
    so an acronym or a year glued inside one title ("Roe ReceivesNAM Award", "Statements
    on2013 Report") stays in it; not a word in camel case the body writes too."""
    glued = _GLUED_DECK.search(title)
    if glued is None or _camel_word(title, glued.start(), body):
        return None
    if title[glued.start()].isdigit() and not _glued_count(title, glued.start()):
        return None
    before, after = title[: glued.start()].split(), title[glued.start() :].split()
    if len(before) < 3 or len(after) < 3:
        return None
    last = before[-1].strip("\"“”‘’'(),:;").lower()
    if last in P.MINOR_WORDS or last in _OPEN_ENDS or _title_verb(last):
        return None  # "… Roe ReceivesNTA …": a verb's object follows it, no deck
    # the deck's verb is not its last word ("NTA Harbor Safety Award": a noun there)
    if not (_has_a_verb(before) and _has_a_verb(after[:-1])):
        return None
    return glued.start()


# A count opening a deck: digits, then a noun in the plural ("105 Companies", "31 Percent").
_COUNTED = re.compile(r"\d[\d,.]*\s+(?:[A-Za-z][a-z]*[a-rt-z]s|[Pp]ercent)\b")


def _glued_count(title: str, at: int) -> bool:
    """A number glued to a title's last word opens a deck only where it counts something
    in the plural ("… Career Fair105 Companies Offer …") and the word it is glued to ends
    a noun phrase of the title's ("Career Fair", "Small Businesses"): a word glued to a
    number after a preposition or verb, or in camel case, names one thing with it
    ("… for Covid19 Relief Bill …", "… on Title42 Expulsions …", "iPhone15 Cases"), and
    so does one before a noun in the singular ("Vision2030 Plan")."""
    if _COUNTED.match(title, at) is None:
        return False
    words = title[:at].split()
    if len(words) < 2 or any(c.isupper() for c in words[-1][1:]):
        return False
    before = words[-2].strip("\"“”‘’'(),:;").lower()
    return not (before in P.MINOR_WORDS or before in _OPEN_ENDS or _title_verb(before))


# Style sheets and markup a page leaked into its text.
_NOT_TITLE = re.compile(r"[{}\\]|/\*|\bmso-")
# A whole quoted line heading the title, then a capitalised deck: the quote is the title.
# Short quotes open a title ("“Buy American” Rules Tightened"); a quoted line is longer.
_LEADING_QUOTE = re.compile(r"[“\"](?:[^“”\"\s]+\s+){7,}[^“”\"\s]+[”\"](?=\s+[A-Z])")
# … and the deck under it is at least this many words.
MIN_DECK_WORDS = 4
# Speech quoted at the end of a title: “We need …,” or “… politicians.”
_TRAILING_QUOTE = re.compile(r"[“\"][^“”\"]{10,}[,.!?…][”\"]$")
# … or a sentence quoted without its stop ("“It’s pro-growth”"), not a quoted name.
_TRAILING_WORDS = re.compile(r"[“\"](?:[^“”\"\s]+\s+){4,}[^“”\"\s]+[”\"]$")


def _trailing_speech(title: str) -> re.Match[str] | None:
    """A quotation of five words or more ending the title, in sentence case: speech, where
    a quoted name ("“Legislative Priority for 109th Congress”") is in title case."""
    m = _TRAILING_WORDS.search(title)
    if m is None or not any(_is_lower_word(w) for w in m[0].split()[1:]):
        return None
    return m


def _is_caps(word: str) -> bool:
    """An upper-case word; a number ("$787", "2007") goes with the words around it."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return True  # "$787", "2007", "&": they go with the words around them
    return all(c.isupper() for c in letters) and (len(letters) > 1 or "." in word)


def _is_lower_word(word: str) -> bool:
    w = word.strip("\"“”‘’'(),:;")
    return bool(w) and w[0].isalpha() and w[0].islower() and w.lower() not in P.MINOR_WORDS


def _title_case(text: str) -> bool:
    significant = [
        w for w in P.WORD_RE.findall(text) if w[0].isalpha() and w.lower() not in P.MINOR_WORDS
    ]
    return len(significant) >= 2 and all(w[0].isupper() for w in significant)


# -- releases with no dateline ------------------------------------------------------

# The time phrase a release's first sentence opens with: "Today, …", "On Monday, …".
_DAYS = "(?:" + "|".join(P.WEEKDAY_NAMES) + ")"
_LEAD_START = re.compile(
    # "… Cell Phone ServiceToday, the House …": a lead glued to the title counts too, and
    # one glued to the year of the date before it ("… May 4, 2006Today, the member …")
    rf"(?:\s|(?<=[a-z]{{2}})|(?<=\b(?:19|20)\d\d))(?=(?:{'|'.join(P.DAY_WORDS)}|Earlier today"
    rf"|This (?:week|morning|afternoon|evening)|Last (?:week|night)|On {_DAYS}),\s)"
)
# The member named with party and state or district opens the first sentence:
# "Congresswoman Jane Roe (D-Calif.) introduced …", "Rep. John Doe (NY-24) …".
_MEMBER_LEAD = re.compile(
    r"(?:\s|(?<=[a-z]{2}))(?=(?:U\.S\.\s+)?(?:Rep|Reps|Sen|Sens)\.\s+|(?:U\.S\.\s+)?(?:Representatives?|Senators?"
    r"|Congress(?:man|woman|member))\s+)(?:U\.S\.\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}" + MEMBER_TAG_OPEN
)
# A time word that opens the lead before the member's name, set apart by no comma.
_TIME_BEFORE = re.compile(r"\s(Today|Yesterday|Tonight)\s*$")
_STAMP_LEAD = re.compile(r"^\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+")
_DATE_BOUNDARY = re.compile(rf"\s(?P<date>{_FULL_DATE})\s+")
# … and a date whose weekday, written out and capitalised, is glued to the title's last
# word, its line break lost ("… on Harbor RepairsTuesday April 4, 2006 Today, …").
_GLUED_DATE_BOUNDARY = re.compile(
    rf"(?<=[a-z]{{2}})(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?P<date>{_FULL_DATE})\s+"
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# Words that name a day with a weekday, and the weekdays each names one with ("Palm
# Sunday", "Ash Wednesday", "Small Business Saturday"): glued to it or spaced from it,
# that weekday is the title's; a title ending on the word before another weekday ("… for
# Small Business Tuesday March 1, 2016", "… Local BusinessTuesday Vote Set") ends there.
_NAMED_DAYS = {
    "palm": ("Sunday",), "easter": ("Sunday", "Monday"), "good": ("Friday",),
    "black": ("Friday",), "cyber": ("Monday",), "super": ("Tuesday",), "ash": ("Wednesday",),
    "giving": ("Tuesday",), "holy": ("Thursday", "Saturday"), "maundy": ("Thursday",),
    "shrove": ("Tuesday",), "fat": ("Tuesday",), "whit": ("Sunday", "Monday"),
    "business": ("Saturday",), "bowl": ("Sunday",), "bloody": ("Sunday",),
}  # fmt: skip
_SPACED_WEEKDAY = re.compile(rf"({'|'.join(_WEEKDAYS)})(,?)\s+")


def _titles_weekday(text: str, at: int) -> int | None:
    """Where the date at `at` starts when the weekday written out before it is the
    title's: the word before names a day with that weekday (`_NAMED_DAYS`) and no comma
    follows it ("… Ash Wednesday March 1, 2006"), or a comma sets it after the title and
    it is not the date's weekday ("… on ALS Bill, Saturday March 2nd, 2017", a Thursday:
    the event's day); else None, the weekday the date's."""
    day = _SPACED_WEEKDAY.match(text, at)
    if day is None:
        return None
    before = text[:at].rstrip()
    word = before[before.rfind(" ") + 1 :]
    if not day[2] and day[1] in _NAMED_DAYS.get(word.lower(), ()):
        return day.end()
    if word.endswith(",") and not day[2]:
        date = parse_date(text[day.end() : day.end() + 40])
        if date is not None and _WEEKDAYS[date.weekday()] != day[1]:
            return day.end()
    return None


def _date_boundary(window: str) -> re.Match[str] | None:
    """The first full date set apart from the title before it: after a space, or glued
    to the title's last word by a weekday where that word names no day with it, is no
    hashtag's ("#ThrowbackThursday April 4, 2019"), stands inside no quotation, and the
    weekday is the date's (a surname: "… Ann MacFriday April 4, 2006", a Tuesday)."""
    spaced = _DATE_BOUNDARY.search(window)
    if spaced is not None and (day := _titles_weekday(window, spaced.start() + 1)) is not None:
        spaced = _DATE_BOUNDARY.match(window, day - 1) or spaced
    end = spaced.start() if spaced is not None else len(window)
    for glued in _GLUED_DATE_BOUNDARY.finditer(window):
        if glued.start() >= end:
            break
        at = glued.start()
        while at and window[at - 1].isascii() and window[at - 1].isalpha():
            at -= 1  # back over the glued word's letters
        if glued["date"].startswith(_NAMED_DAYS.get(window[at : glued.start()].lower(), ())):
            continue  # "… GivingTuesday May 5, 2015": a day the title names
        if window[at - 1 : at] in ("#", "@"):
            continue
        if window.count("“", 0, at) > window.count("”", 0, at) or window.count('"', 0, at) % 2:
            continue
        date = parse_date(glued["date"])
        if date is not None and glued["date"].startswith(_WEEKDAYS[date.weekday()]):
            return glued
    return spaced


_YEAR = re.compile(P.YEAR)
_QUOTE_BOUNDARY = re.compile(r"\s(?=[“\"‘]\s*[A-Z])")
# "CONGRESSMAN JANE ROE OF OHIO IN THE HOUSE OF REPRESENTATIVES" (run together as
# scraped), or "Madam Speaker," opening the statement.
_SPEECH_START = re.compile(
    r"\s*(?P<record>\b(?:HON\.|CONGRESS(?:MAN|WOMAN))\s+[A-Z][A-Z. ]+?OF\s*[A-Z][A-Z ]+?"
    r"\s*IN THE (?:HOUSE OF REPRESENTATIVES|SENATE))"
    r"|\s(?=(?:Madam|Madame|Mister|Mr\.)\s+(?:Speaker|Chairman|Chairwoman|President),)"
    r"|\s(?=(?:Mr|Mrs|Ms)\.\s+[A-Z]{2,}\.)"
)
# A quote closed within a few words is a name in the title (a bill's), not speech.
# Speech closes with its punctuation inside the marks ("…,”"); a name does not.
_QUOTE_CLOSE = re.compile(r"[“\"][^”\"]{0,60}[^”\",.!?][”\"]")


def _deck_after_title(title: str, body: str) -> tuple[str, str] | None:
    """(headline, deck) of a Title Case headline with a deck in sentence case run in after
    it ("Roe Backs Appropriations Bill | Legislation secures timely funding for veterans"):
    the deck's first word, before its first lower-case word, is a common word (the body
    writes it in lower case) or the title's own first word, and the deck is in sentence
    case. None when not sure: a name of several words ("… Pay Act | Paycheck Fairness Act
    would …") may open the deck."""
    words = title.split()
    lower = [i for i, w in enumerate(words) if _is_lower_word(w)]
    if not lower:
        return None
    start = lower[0] - 1
    deck = words[start:]
    if start < MIN_TITLE_DECK_WORDS or len(deck) < MIN_DECK_WORDS:
        return None
    first = deck[0]
    head = " ".join(words[:start])
    significant = [w for w in deck[1:] if w.strip("\"“”‘’'(),:;").lower() not in P.MINOR_WORDS]
    if (
        not (first[:1].isupper() and first[1:].islower() and first.isalpha())
        or words[start - 1].lower() in P.MINOR_WORDS
        or words[start - 1].endswith((",", ":", ";", "."))
        or not _title_case(head)
        or sum(_is_lower_word(w) for w in significant) * 2 < len(significant) + 1
        or _name_across(words[start - 1], first, " ".join(words[: start - 1]), body)
    ):
        return None
    # The subject the title opens with, named again ("Roe Praises … | Roe provisions …"),
    # or a common word, not a name or a place of several words. A first name that is a
    # common word too ("Bill would …", "Grant will …") is one where the body writes it in
    # lower case and never before a capitalised word ("Bill Doe").
    common = re.search(rf"\b{first.lower()}\b", body) is not None
    if first != words[0] and (
        (first_name_gender(first) and not (common and not re.search(rf"\b{first}\s+[A-Z]", body)))
        or places.is_known(first)
        or not common
    ):
        return None
    return head, " ".join(deck)


def _name_across(before: str, first: str, title: str, body: str) -> bool:
    """The title's last word and the deck's first are one name, which the title or the body
    writes as such: "… Paycheck Fairness Act Paycheck Fairness | Act would …", "… Veterans
    | Affairs clinics get …" where the body names the Department of Veterans Affairs."""
    pair = re.compile(rf"\b{re.escape(before)}\s+{re.escape(first)}\b")
    return pair.search(title) is not None or pair.search(body) is not None


# A deck standing alone as the title is a clause of at least this many words.
MIN_DECK_LINE_WORDS = 6


def _deck_line(title: str, head: str) -> bool:
    """A summary line in sentence case standing alone before the body's first sentence
    ("Changes to ferry routes will help island towns grow Congresswoman Vail (D-CA) …"):
    one clause, not the opening words of that sentence ("In a letter to the Secretary,
    Rep. Vail (D-CA) …", "The bill, written by Rep. Vail (D-CA), …")."""
    words = title.split()
    if not words:
        return False
    first = words[0].strip("\"“‘'").lower()
    return (
        len(words) >= MIN_DECK_LINE_WORDS
        and words[0][:1].isupper()
        and first not in P.SENTENCE_OPENERS
        and not _LEAD_START.match(" " + title)
        and not head.rstrip().endswith((",", ";", ":"))
        and "," not in title[: len(title) // 2]
        and not any(title[:-1].rstrip('"”’').endswith(end) for end in ".!?")
        and not list(sentence_ends(title))
    )


# Capitalised words that open a release's first sentence right after its title:
# "… After Record March Flooding All 9 members of the delegation …".
_BODY_OPENERS = frozenset(("the", "a", "an", "all", "this", "today", "yesterday", "tonight",
                           "on", "in", "last", "earlier", "following"))  # fmt: skip
# A title that such an opener ends has at least this many words.
MIN_OPENED_TITLE_WORDS = 5
_RUN_WORD = re.compile(r"\S+")


def _opener_boundary(window: str) -> tuple[int, int] | None:
    """(start, end) of a Title Case title with no dateline, date or lead phrase after it,
    after a date stamp if one opens the text: the body starts at a sentence opener
    ("The", "All", "Today") that lower-case words follow within a few words, or, after a
    title in capitals, at the first word in lower case. None when no boundary is sure."""
    stamp = _STAMP_LEAD.match(window)
    words = list(_RUN_WORD.finditer(window, stamp.end() if stamp else 0))
    if not words:
        return None
    begin = words[0].start()
    caps = 0
    while caps < len(words) and _is_caps(words[caps][0]) and "," not in words[caps][0]:
        caps += 1
    if (
        caps >= MIN_OPENED_TITLE_WORDS - 1
        and caps < len(words)
        and sum(c.isalpha() for c in " ".join(w[0] for w in words[:caps])) >= 20
        and re.match(r"[A-Z][a-z]", words[caps][0])
    ):
        title = window[begin : words[caps].start()].strip()
        if _has_metadata(title) or _headline(title) != (title, None):
            return None  # "FOR IMMEDIATE RELEASE CONTACT: Jane Roe …": no title
        return begin, words[caps].start()  # "TORRES STATEMENT ON THE BILL Accompanying …"
    run = 0  # the Title Case run: capitalised words, numbers and minor words
    while run < len(words):
        w = words[run][0].strip("\"“”‘’'")
        if not w or not (
            w[0].isupper() or w[0].isdigit() or w[0] == "$" or w.lower() in P.MINOR_WORDS
        ):
            break
        if w.endswith(",") and _member_apposition(words, run):
            run += 1  # "… VA Reports Senator Jo Roe, Ranking Member on …": the lead's subject
            break
        if "(" in w or w.endswith((".", ",", ":", ";")) and not _ABBREVIATION_WORD.match(w):
            return None  # a name's party code or a clause: the body's own words
        run += 1
    if run >= len(words) or run < MIN_OPENED_TITLE_WORDS + 1:
        return None
    for at in range(run - 1, max(MIN_OPENED_TITLE_WORDS - 1, run - 4), -1):
        word = words[at][0]
        member = word.rstrip(".").lower() in _MEMBER_TITLES and at + 1 < run
        if member and at > 0 and words[at - 1][0] == "U.S.":
            at -= 1  # "… Treasures U.S. Senator Jane Roe has …"
        if member and at > 0 and words[at - 1][0].lower() in _BODY_OPENERS:
            at -= 1  # "… Gerald Ford Today U.S. Senator Jane Roe issued …"
        if member and "and" in (w[0] for w in words[max(0, at - 2) : at]):
            return None  # "Idaho Congressman Jo Roe and Oregon | Congressman …": one subject
        if member or (word[:1].isupper() and word.lower() in _BODY_OPENERS):
            # "… Historic Treasures Senator Jane Roe has cosponsored …": the member named
            # opens the body's first sentence, as an opener word does
            title = window[begin : words[at].start()].strip()
            last = title.split()[-1].lower()
            if (
                _title_case(title)
                and not _adverbial_title(title, window[words[at].start() :])
                and last not in P.MINOR_WORDS
                and last.rstrip(".") not in _ROLE_WORDS
                and (_headline(title) == (title, None) or _statement_and_hearing(title) is not None)
            ):
                return begin, words[at].start()
            return None
    return None


# Prepositions that open an adverbial phrase ahead of a sentence's subject: "During
# Canal Week Senator Roe thanked …" is the body's first sentence with its comma left out.
_PHRASE_OPENERS = frozenset(("during", "in", "on", "at", "after", "before", "following", "amid",
                             "throughout", "since", "upon", "ahead"))  # fmt: skip


def _adverbial_title(title: str, after: str = "") -> bool:
    """`title` is only a phrase a preposition opens: before the member named or a sentence
    opener, it is the phrase that opens the body's first sentence, not a headline. Not
    where it names the member the text goes on to name (`after`: "After Ferry Crash Roe
    Demands Answers Senator Roe demanded …") or tells a verb after the phrase's first noun
    ("On Veterans Day Roe Honors …", "… Terminal Opens Its Doors The …")."""
    words = [w.strip("\"“”‘’'(),:;.!?") for w in title.split()]
    if not words or words[0].lower() not in _PHRASE_OPENERS:
        return False
    following = after.split()[:8]
    titled = [i for i, w in enumerate(following[:3]) if w.rstrip(".").lower() in _MEMBER_TITLES]
    surname = None
    for w in following[titled[0] + 1 :] if titled else []:
        if not w[:1].isupper():
            break
        surname = w.strip(",;:")  # "Senator Jane Roe (D-XX)", "Senator Roe demanded"
    if surname is not None and surname in words[1:]:
        return False
    lowered = [w.lower() for w in words]
    return not any(
        # a title's verb in -s between capitalised words ("Roe Urges Colleagues"), not a
        # plural before a small word ("Ahead of Final Votes on …")
        (w.endswith("s") and _title_verb(w) and words[i - 1][:1].isupper())
        and lowered[i - 1] not in P.MINOR_WORDS
        and i + 1 < len(words)
        and words[i + 1][:1].isupper()
        and lowered[i + 1] not in P.MINOR_WORDS
        # "… Terminal Opens Its Doors"
        or (_in_s(w) and i + 1 < len(words) and lowered[i + 1] in _DETERMINERS)
        for i, w in enumerate(lowered[2:], 2)
    )


# A member's title (its period dropped), before the name that opens a release's first sentence.
_MEMBER_TITLES = frozenset(t.rstrip(".") for t in MEMBER_TITLES)


def _member_apposition(words: list[re.Match[str]], at: int) -> bool:
    """The word at `at`, ending in a comma, is the surname of a member named with an
    office and a first name, a role or a lower-case word after the comma setting off
    what they are ("… Senator Jo Roe, Ranking Member on the Committee, issued …", "…
    Congresswoman Jo Roe, a member of …"), and the words before the office tell no verb
    whose object the member would be ("Roe Joins Senator Jo Vail, Chair of …")."""
    if at < 3 or at + 1 >= len(words):
        return False
    office = words[at - 2][0].rstrip(".").lower()
    first = words[at - 1][0]
    nxt = words[at + 1][0].strip("\"“”‘’'")
    before = words[at - 3][0].strip("\"“”‘’'(),:;").lower()
    return (
        office in _MEMBER_TITLES
        and first_name_gender(first) is not None
        and (nxt[:1].islower() or is_role_word(nxt.lower()) or nxt.lower() == "ranking")
        and before not in P.MINOR_WORDS
        # "… Passing of Former Senator Jo Roe, a …": the office is the title's own
        and before not in _OFFICE_QUALIFIERS
        and not _title_verb(before)
        and not _second_clause([w[0] for w in words[: at - 2]])
    )


# Words that qualify an office before it ("Former Senator", "the Late Congressman"): the
# office and the name after it are a noun phrase of the title, not the lead's subject.
_OFFICE_QUALIFIERS = frozenset(
    ("former", "late", "retired", "fellow", "outgoing", "incoming", "longtime", "freshman",
     "then", "ex", "acting", "interim", "new", "newly", "elected")
)  # fmt: skip


def _second_clause(title: list[str]) -> bool:
    """The Title Case words `title` may hold a second clause or a deck run into the
    title, so where the title ends is not sure: after the title's verb, a verb a title is
    told with ("… Conference Report Includes Several Provisions") or a named noun (Act,
    Bill, Report …) followed by a capitalised word other than a minor word or a form in
    -ing ("… Introduces … First Act Wellness Stipends Provide …"; not "… “Harbor Act”
    Criminalizing …"); or such a verb's plain form after a plural ("… Bioterror Hearing
    North Carolinians Testify on …"). Not a verb after `to`, `and`, `that` … or a modal."""
    words = [w.strip("\"“”‘’'(),:;") for w in title]
    lowered = [w.lower() for w in words]
    verb = False
    for i, w in enumerate(lowered):
        finite = w in _DECK_VERBS or (_title_verb(w) and not w.endswith("ed"))
        after_plural = (
            i >= 3 and w in _TITLE_VERBS and lowered[i - 1].endswith("s")
            and not lowered[i - 1].endswith("ss")
        )  # fmt: skip
        if (
            (finite and verb or after_plural)
            and lowered[i - 1] not in _NOT_BEFORE_DECK_VERB
            and words[i - 1] not in _DECK_MODALS
        ):
            return True
        if (
            verb
            and words[i - 1] in _NAMED_NOUNS
            and words[i][:1].isupper()
            and w not in P.MINOR_WORDS
            and not w.endswith("ing")
        ):
            return True
        verb = verb or finite
    return False


_ABBREVIATION_WORD = re.compile(r"^(?:[A-Z]\.)+$|^(?:U\.S|Rep|Sen|St|Mr|Mrs|Ms|Dr)\.$")


def _opens_body(window: str) -> bool:
    """The text opens with its body's first sentence: a time phrase ("Today, …") or the
    member named with a party code ("Rep. Jane Roe (D-XX) …")."""
    if _LEAD_START.match(" " + window[:40]):
        return True
    member = _MEMBER_LEAD.match(" " + window[:120])
    if member is None:
        return False
    # "Rep. Roe (D-XX) and Sen. Doe (R-YY) Introduce …" is a title naming two members.
    after = window[member.end() :].partition(")")[2].split(None, 1)
    return not after or after[0] not in ("and", "&")


def _capitals_then_other(title: str) -> bool:
    """`title` opens with two or more words in capitals and goes on in another case."""
    words = title.split()
    n = next((i for i, w in enumerate(words) if not _is_caps(w)), len(words))
    return 2 <= n < len(words)


def _last_share(text: str) -> re.Match[str] | None:
    """The last share buttons in `text`, or None."""
    if "hare" not in text and "HARE" not in text:
        return None  # a plain test first: the pattern is slow to run over every text
    return next(reversed(list(_SHARE.finditer(text))), None)


def _title_ends_head(before: str, title: str) -> bool:
    """`title` is the last of the words before a member's lead (`before`) and only release
    metadata stands around it (a date, a link's label), so the lead opens a sentence and
    no words are lost: not the words of a sentence it goes on ("… For the 113th Congress,
    the committee recommended | U.S. Rep. Roe (OR-02) to serve …", "… Roe was joined by |
    U.S. Senators Vail (D-OR) …"), nor a title with a teaser or another line before it."""
    head = _GLUED_NUMBER.sub(" ", before)
    at = head.rfind(title)
    if at == -1:
        return False
    after = _clean_head(head[at + len(title) :])
    return after.title is None and _clean_head(head[:at]).title is None


# Endings of words that qualify the noun after them ("Democratic", "Republican", "Federal").
_QUALIFIER_ENDINGS = ("an", "ic", "al", "ish", "ese")


def _told_title_sentence_deck(above: str, under: str, body: str) -> bool:
    """`above` is a title told with a verb or a member's `Statement on …`, and `under` a
    deck in sentence case whose first word alone stands before its first lower-case one
    ("Roe Statement on Booming Economy | Critics cannot deny growth"): the boundary of a
    line in sentence case cut there is sure. Not where a sentence was cut (no told
    title, a colon, an initial or an abbreviation ending `above`: "Congressman Tod R. |
    Vail today …"), where two capitalised words open the deck or a name runs across
    ("… Remarks Democratic | Members call …", "… Sailors Governor | Vail signs …"), or the
    deck opens with a noun that ends names of several words (`_NAMED_NOUNS`: "… Rural
    Health | Act would …"), nor where the deck is no sentence ("… Gag | Clauses that
    Force Boaters to Pay More …")."""
    words, deck = above.split(), under.split()
    if (
        len(words) < 3
        or len(deck) < 2
        or ":" in above
        or words[-1].endswith(".")
        or not (
            _told(above)
            or _STATEMENT_TITLE.match(above)
            or any(w.lower() in _DECK_VERBS for w in words[1:])
        )
        # "… Remarks Democratic | Members call …", "… Veterans President | Bush signs …":
        # a word that qualifies a noun or names an office goes with the deck's first word
        or words[-1].lower().endswith(_QUALIFIER_ENDINGS)
        or words[-1].lower() in _PERSON_OFFICES
    ):
        return False
    first = deck[0].strip("\"“”‘’'")
    if not (first[:1].isupper() and first[1:].islower() and first.isalpha()):
        return False
    if not _is_lower_word(deck[1]) or _name_across(words[-1], first, above, body):
        return False
    if first in _NAMED_NOUNS:
        return False  # "… Clinics Act Rural Health | Act would open …": a name's last word
    significant = [w for w in deck[1:] if w.strip("\"“”‘’'(),:;").lower() not in P.MINOR_WORDS]
    return sum(_is_lower_word(w) for w in significant) * 2 >= len(significant) + 1


def _ends_in_role(head: tuple[str, str | None]) -> bool:
    """The headline, or its deck, ends in a role word running into the member's lead
    after it ("… Harbor Caucus Secretary | Congresswoman Roe (R-NC) …", "… Grant Chairman
    | U.S. Rep. Roe …"): the role may be the member's, and where the title ends is not sure."""
    headline, sub = head
    words = (sub or headline).split()
    return bool(words) and is_role_word(words[-1])


# A number glued to a capitalised word, as `_clean_head` sets it apart ("2007Bill").
_GLUED_NUMBER = re.compile(r"(?<=\d)(?=[A-Z][a-z])")


# A note that the remarks below are as written for delivery: "--As Prepared for
# Delivery--", "[As Delivered]".
_DELIVERY_NOTE = re.compile(
    r"\s*(?:[-–—]{1,3}|[\[(])\s*(?i:as\s+(?:prepared\s+for\s+delivery|delivered))"
    r"\s*(?:[-–—]{1,3}|[\])])\s*"
)
# A bill's number, which the bill's name follows: "H.R. 2642, The Farm Act".
_BILL_NUMBER = re.compile(r"\s(?=(?:H\.\s?R\.|S\.|H\.\s?Res\.|S\.\s?Res\.)\s?\d+,?\s+[A-Z])")


def _delivery_head(window: str) -> tuple[str, str | None, int] | None:
    """(headline, subheadline, where the remarks start) of a statement that opens with
    its title, the bill it is about and a delivery note, then the remarks ("Floor
    Statement by Member Jane Roe H.R. 12, The Clinics Act --As Prepared for Delivery--
    “Thank you …"): the bill is the subheadline."""
    if "deliver" not in window.lower():
        return None  # a plain test first: the pattern is slow to run over every text
    note = _DELIVERY_NOTE.search(window)
    if note is None or note.start() == 0:
        return None
    head = window[: note.start()].strip()
    if _first_sentence_end(head) < len(head) or not _title_case(head):
        return None
    bill = _BILL_NUMBER.search(head)
    title, sub = (head[: bill.start()], head[bill.end() :]) if bill else (head, None)
    if _headline(title) != (title, None) or len(title.split()) < MIN_TITLE_DECK_WORDS:
        return None
    return title, sub, note.end()


# An opening quote glued to a title in capitals: "… ON LIEUTENANT GOVERNOR MURRAY"I fully …".
_GLUED_QUOTE = re.compile(r"(?<=[A-Z]{3})[“\"](?=[A-Z][a-z]|I\s)")


def _title_before_glued_quote(window: str) -> tuple[str, int, str | None] | None:
    """(title, where the quote starts, release date) of a title in capitals with the
    remarks' opening quote glued to it and only release metadata before it."""
    glued = _GLUED_QUOTE.search(window)
    if glued is None:
        return None
    before = window[: glued.start()]
    # The title follows the last piece of metadata (a date, share buttons after a teaser).
    start = max((m.end() for m in _metadata_in(before)), default=0)
    title = before[start:].strip(_EDGE_SPACE)
    words = title.split()
    if glued[0] == '"' and title.count('"') % 2:
        return None  # the mark closes the title's own quotation: … "SAFE BRIDGES ACT"The …
    if (
        not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS
        or not all(_is_caps(w) for w in words)
        or _headline(title) != (title, None)
    ):
        return None
    return title, glued.start(), _clean_head(before).released


# A floor statement's title with no date stamp before it is at most this many words,
# and the address after it starts within this many characters.
MAX_FLOOR_TITLE_WORDS = 12
MAX_FLOOR_TITLE_CHARS = 160


def _floor_title(window: str) -> tuple[str, int] | None:
    """(title, where the remarks start) of a floor statement that opens with its title in
    capitals and then the speaker's address ("REMEMBER, REFLECT, RESOLVE Madam Speaker,
    …"): nothing but the title stands before the address."""
    opening = window[: MAX_FLOOR_TITLE_CHARS + 40]
    first = opening.split(None, 1)
    if not first or not _is_caps(first[0]) or "M" not in opening:
        return None  # plain tests first: the pattern is slow to run over every text
    s = _SPEECH_START.search(opening)
    if s is None or s["record"]:
        return None
    title = window[: s.start()].strip()
    words = title.split()
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_FLOOR_TITLE_WORDS:
        return None
    if not all(_is_caps(w) for w in words) or _has_metadata(title):
        return None
    headline, sub = _headline(title)
    return (headline, s.start()) if headline == title and sub is None else None


def _head_without_dateline(text: str) -> ReleaseHead:
    """A title that a full date ends ("… Labor Secretary March 3rd, 2015 “This …"), or,
    after a date stamp, one that an opening quote ends; else no headline. Each reading
    is tried in turn; the first that finds the head gives it."""
    window = text[:WINDOW]
    if _opens_body(window):
        return ReleaseHead(None, None, text)  # the body's first sentence opens the text
    if (delivered := _delivery_head(window)) is not None:
        statement, bill, remarks = delivered
        return ReleaseHead(statement, bill, text[remarks:].lstrip())
    if (quoted := _title_before_glued_quote(window)) is not None:
        title, at, released = quoted
        return ReleaseHead(title, None, text[at:], released)
    if (labelled := _title_before_speaker_label(window)) is not None:
        title, at, head = labelled
        if (decked := _title_and_quoted_deck(text, labelled)) is not None:
            return decked
        return ReleaseHead(title, None, text[at:], head.released, head.contact)
    for reading in (
        _head_ending_at_date,
        _head_before_lead_time,
        _head_before_member_lead,
        _head_before_opener,
        _head_after_stamp,
    ):
        if (found := reading(text, window)) is not None:
            return found
    return ReleaseHead(None, None, text)


def _head_ending_at_date(text: str, window: str) -> ReleaseHead | None:
    """The head of a title in Title Case that a full date ends (`… Labor Secretary March
    3rd, 2015 “This …`)."""
    # A full date holds a year: looking for one first is cheaper than the date's pattern.
    m = _date_boundary(window) if _YEAR.search(window) else None
    # "The Bronx NY – May 1, 2013 –" is a dateline the place of which was not read.
    if m is None or window[: m.start()].rstrip()[-1:] in P.DASH_CHARS:
        return None
    head = _clean_head(window[: m.start()])
    if not (head.title and _title_case(head.title) and parse_date(m["date"]) is not None):
        return None
    headline, sub = _headline(head.title)
    if headline and sub is not None and _not_a_deck(sub):
        # "“Title” By: Jo Roe Published in the May 1, 2013 edition …": the byline
        # opens the body, the date with it
        at = window.find(sub)
        return (
            ReleaseHead(headline, None, text[at:], m["date"], head.contact)
            if at > 0
            else ReleaseHead(None, None, text)
        )
    if headline:
        return ReleaseHead(
            headline, sub, text[m.end() :], m["date"], head.contact, _with_link(None, head)
        )
    return None


def _head_before_lead_time(text: str, window: str) -> ReleaseHead | None:
    """A title before the lead's time phrase, which ends the head ("… Title Deck under it
    Today, the member …")."""
    lead = _LEAD_START.search(window)
    if lead is None:
        return None
    head = _clean_head(window[: lead.start()])
    if not head.title or len(head.title.split()) < 3:
        return None
    headline, sub = _headline(head.title)
    if not headline or not _title_case(headline):
        return None
    rest = text[lead.start() :].lstrip()
    if sub and _MEMBER_LEAD.match(" " + sub) and (at := window.find(sub)) > 0:
        # "… from AMTRepresentative Jane Roe (D-CA) today issued …": the member
        # named with a party code opens the body, not a subtitle
        sub, rest = None, text[at:]
    # the contact read before the title is the head's here too ("CONTACT:
    # Tod Vail 541-… May 24, 2006 Title Today, …")
    return ReleaseHead(headline, sub, rest, head.released, head.contact, _with_link(None, head))


def _head_before_member_lead(text: str, window: str) -> ReleaseHead | None:
    """A title before the member named with a party code, who opens the body ("… Title
    Congresswoman Jane Roe (D-Calif.) introduced …"); the head before them is a title only
    when it is one Title Case line, whole ("Members of the Texas Republican delegation, led
    by" is not)."""
    member = _MEMBER_LEAD.search(window)
    if member is None:
        return None
    begin = member.start()
    if (time := _TIME_BEFORE.search(window, 0, begin)) is not None:
        begin = time.start(1)  # "… Title Today U.S. Senator Roe (R-NC) …": it opens the lead
    before = window[:begin]
    head = _clean_head(before)
    teaser = None
    share = _last_share(before)
    after = _clean_head(before[share.end() :]) if share is not None else None
    if after is None or not after.title:
        share = None  # no buttons, or the title stands before them: the head read whole
    elif share is not None:
        # a teaser, share buttons, then the title: the head starts after the buttons,
        # and the teaser is the body's first paragraph unless the release prints it
        # again (as `_split_head` reads it before a dateline)
        teaser = _unrepeated_teaser(before[: share.start()], text[begin:])
        before, head = before[share.end() :], after
    title = head.title or ""
    whole = _whole_title_before_member(title, before, window[begin:], buttons=share is not None)
    parts = _title_parts_before_member(title, before, text[begin : begin + BODY_WINDOW], whole)
    if parts is None:
        return None
    headline, sub = parts
    return ReleaseHead(
        headline, sub, text[begin:].lstrip(), head.released, head.contact, _with_link(teaser, head)
    )


def _whole_title_before_member(title: str, before: str, lead: str, *, buttons: bool) -> bool:
    """The head `before` the member's lead is the title `title`, whole: a title, not a
    clause, ending the head with metadata alone before it."""
    last = title.split()[-1].lower() if title else ""
    return (
        len(title.split()) >= 3
        # "… share: f t ROE BACKS HARBOR PLAN Work Starts in May Rep. …": where the
        # title in capitals ends after the buttons is not sure
        and not (buttons and _capitals_then_other(title))
        # "Today on Capitol Hill, Congresswoman Roe (D-CA) …": a clause, not a title
        and not before.rstrip().endswith(f"{title},")
        and "(" not in title
        and not _adverbial_title(title, lead)
        and last not in P.MINOR_WORDS
        and not places.region(title.rsplit(",", 1)[-1])  # "… WASHINGTON, DC Congressman"
        # the lead opens a sentence: the title ends the head, metadata alone before it
        and _title_ends_head(before, title)
    )


def _title_parts_before_member(
    title: str, before: str, body: str, whole: bool
) -> tuple[str, str | None] | None:
    """The headline and subheadline of the title before a member's lead, once sure; None
    when the head is no title of its own."""
    deck_line = whole and _deck_line(title, before)
    if deck_line:
        deck = _deck_after_title(title, body)
        if deck is not None and not _ends_in_role(deck):
            return deck
    if not (whole and ((_title_case(title) and _headline(title) == (title, None)) or deck_line)):
        return None
    # a link's label in the head ("Click here for video") is kept before the body
    headline, sub = title, None
    if deck_line:
        # a Title Case title and its deck, split as before a dateline ("… Ferry
        # Subcommittee | Will Focus Work on …"); the body tells a name in camel
        # case ("YouCut") from a title glued to its deck. A line in sentence case
        # only where a told title opens it, a sure deck after ("… on Booming
        # Economy | Critics cannot deny growth")
        above, under = _headline(title, body)
        if (
            above
            and under
            and _title_case(above)
            and (_title_case(title) or _told_title_sentence_deck(above, under, body))
        ):
            headline, sub = above, under
            if _capitals_place_in(under):
                # "… Ceremony | Co-Chairs Honor Advocates WASHINGTON, DC Co-Chairs":
                # a dateline not found ran into the deck; the title stands alone
                sub = None
    return None if _ends_in_role((headline, sub)) else (headline, sub)


def _head_before_opener(text: str, window: str) -> ReleaseHead | None:
    """The title before the words that open a statement's text (`_opener_boundary`)."""
    if (opened := _opener_boundary(window)) is None:
        return None
    begin, end = opened
    title = window[begin:end].strip()
    # "Opening Statement of … Roe Subcommittee Markup of …": the hearing is the deck
    headline, sub = (title, None)
    if (hearing := _statement_and_hearing(title)) is not None:
        headline, sub = hearing["head"], hearing["deck"]
    return ReleaseHead(headline, sub, text[end:].lstrip())


def _head_after_stamp(text: str, window: str) -> ReleaseHead | None:
    """A floor statement's title in capitals with no stamp before it; or, after a date
    stamp, a title that an opening quote ends, or that the Congressional Record's header
    or the speaker's address ("Madam Speaker, I rise …") ends."""
    stamp = _STAMP_LEAD.match(window)
    if stamp is None:
        if (floor := _floor_title(window)) is not None:
            title, at = floor
            return ReleaseHead(title, None, text[at:].lstrip())
        return None
    q = _QUOTE_BOUNDARY.search(window, stamp.end())
    if q is not None and not _QUOTE_CLOSE.match(window, q.end()):
        title = window[stamp.end() : q.start()].strip()
        if _title_case(title) and "," not in title and _headline(title)[0]:
            return ReleaseHead(title, None, text[q.end() :].lstrip())
    s = _SPEECH_START.search(window, stamp.end())
    if s is None:
        return None
    head = _clean_head(window[stamp.end() : s.start()])
    if not (head.title and _title_case(head.title)):
        return None
    headline, sub = _headline(head.title)
    if not headline:
        return None
    rest = text[s.end() :] if s["record"] else text[s.start() :]
    return ReleaseHead(headline, sub, rest.lstrip(), head.released, None, _with_link(None, head))
