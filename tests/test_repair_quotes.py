"""Quotation marks and dashes that lost the first two characters of their UTF-8 bytes
when read as Windows-1252: what `repair_text` puts back, and what it leaves alone."""

from __future__ import annotations

from importers.repair import repair_text
from importers.text import parse_text

CUT_CLOSE = "\x9d"


def test_cut_marks_with_closing_trace_pair_up() -> None:
    text = f"The fund opened. œWe kept our word,{CUT_CLOSE} Roe said."
    assert repair_text(text) == "The fund opened. “We kept our word,” Roe said."


def test_cut_en_dash_is_no_opening_mark() -> None:
    # An en dash leaves `“`; followed by a space it opens nothing.
    text = f"Three towns “ Alby, Brill and Cope. œWe are ready,{CUT_CLOSE} Roe said."
    repaired = repair_text(text)
    assert repaired == "Three towns – Alby, Brill and Cope. “We are ready,” Roe said."
    assert len(repaired) == len(text)
    quotes = parse_text("Harbour plan\n\n" + text).quotes
    assert [q.text.rstrip(",") for q in quotes] == ["We are ready"]


def test_cut_en_dash_after_a_word() -> None:
    text = f"the small ports“ and the large ones. œIt works,{CUT_CLOSE} Roe said."
    assert repair_text(text).startswith("the small ports– and the large ones. “It works,”")


def test_cut_em_dash_is_no_closing_mark() -> None:
    # Every closing mark of such a text is U+009D; a `”` there was an em dash.
    text = f"Costs rose”not by much. œWe saw it,{CUT_CLOSE} Roe said."
    assert repair_text(text) == "Costs rose—not by much. “We saw it,” Roe said."


def test_dashes_outside_the_cut_class_are_left() -> None:
    text = "He said “ yes ” and left. “Fine,” Roe said."
    assert repair_text(text) == text


def test_unclosed_opening_closed_before_a_speech_cue() -> None:
    text = "The board met. œThis ends a long wait, said Roe, who chairs it. Work starts soon."
    assert repair_text(text) == (
        "The board met. “This ends a long wait,” said Roe, who chairs it. Work starts soon."
    )
    text = "The board met. œThis ends a long wait, Mary Roe added. Work starts soon."
    assert "wait,” Mary Roe added." in repair_text(text)


def test_unclosed_opening_gives_the_speaker() -> None:
    body = "The board of the Alby harbour met on Monday. œThis ends a long wait, said Mary Roe."
    quotes = parse_text("Harbour plan\n\n" + body).quotes
    assert [(q.text.rstrip(","), q.speaker) for q in quotes] == [
        ("This ends a long wait", "Mary Roe")
    ]


def test_unclosed_opening_without_a_certain_end_stays_open() -> None:
    text = "The board met. œThis ends a long wait and we are glad.\nWork starts soon."
    assert repair_text(text) == (
        "The board met. “This ends a long wait and we are glad.\nWork starts soon."
    )


def test_unclosed_quotations_each_end_before_the_next() -> None:
    text = "Intro. œFirst part, Roe said. œSecond part, said Roe."
    assert repair_text(text) == "Intro. “First part,” Roe said. “Second part,” said Roe."


def test_french_words_keep_their_letter() -> None:
    for text in (
        "A chef-d’œuvre, Roe said.",
        "The cœur of it. œThis is it, Roe said.",
        "ŒUVRES COMPLÈTES. œThis is it, Roe said.",
        "Le œuvre entière, Roe said.",
    ):
        assert repair_text(text) == text


def test_text_without_the_letter_is_untouched() -> None:
    text = "Nothing here, Roe said. “Plain,” she added – twice."
    assert repair_text(text) == text


def test_cut_ellipsis() -> None:
    text = f"Costs rose. œ…and then fell{CUT_CLOSE} Roe said. The rest¦"
    assert repair_text(text) == "Costs rose. “…and then fell” Roe said. The rest…"


def test_unclosed_opening_not_closed_across_a_sentence_end() -> None:
    # The comma belongs to a later sentence that may be nobody's quotation.
    text = (
        "The mayor opened the fair with œThanks to every baker in the square. "
        "Later, Ida Pell said the tents were too small."
    )
    assert repair_text(text) == text.replace("œ", "“")


def test_unclosed_opening_not_closed_before_a_cue_with_an_object() -> None:
    text = "The fair opened. œWe kept the tents dry, Ida Pell said the rain stopped."
    assert repair_text(text) == text.replace("œ", "“")
    # The cue ending in punctuation or at the text's end does close it.
    assert repair_text("œWe kept the tents dry, Ida Pell said") == (
        "“We kept the tents dry,” Ida Pell said"
    )
    assert repair_text("œWe kept the tents dry, said Sen. Ida Pell, who runs it.") == (
        "“We kept the tents dry,” said Sen. Ida Pell, who runs it."
    )


def test_unclosed_opening_at_the_text_start() -> None:
    text = "œThe tents stay up, Ida Pell said."
    assert repair_text(text) == "“The tents stay up,” Ida Pell said."


def test_mac_roman_marks_with_contractions_are_put_back() -> None:
    # Windows-1252 curly marks read as Mac Roman: `“` `ì`, `”` `î`, `‘` `ë`, `’` `í`.
    text = (
        "The dock opened.ìWe will build it,î said Rep. Ann Roe. ìWeíve waited for a "
        "ëharbor-worthyí plan and itís here.î"
    )
    repaired = repair_text(text)
    assert repaired == (
        "The dock opened.“We will build it,” said Rep. Ann Roe. “We’ve waited for a "
        "‘harbor-worthy’ plan and it’s here.”"
    )
    assert len(repaired) == len(text)
    # Marks glued to each other: a quotation opening right after another closed.
    assert repair_text("ìWe did,î said Roe.îìëDockí is done.î") == (
        "“We did,” said Roe.”“‘Dock’ is done.”"
    )


def test_mac_roman_marks_give_the_speaker() -> None:
    body = (
        "The board of the Alby harbour met on Monday. ìThe dredging starts in May and "
        "we donít mean to wait,î said Tod Vail."
    )
    quotes = parse_text("Harbour plan\n\n" + body).quotes
    assert [(q.text.rstrip(","), q.speaker) for q in quotes] == [
        ("The dredging starts in May and we don’t mean to wait", "Tod Vail")
    ]


def test_mac_roman_pairs_alone_are_a_signal() -> None:
    text = "Roe met the board. ìThe harbor is open,î said Roe. A plan called ìBlue Dockî passed."
    assert repair_text(text) == (
        "Roe met the board. “The harbor is open,” said Roe. A plan called “Blue Dock” passed."
    )


def test_mac_roman_opening_mark_set_before_a_cue_closes() -> None:
    # `ì` typed for the closing mark, before the cue: the quotation ends there.
    text = "ìThe dock is open. It took years, ìsaid Roe. ìWe waited,î she added."
    assert (
        repair_text(text) == "“The dock is open. It took years, ”said Roe. “We waited,” she added."
    )
    quotes = parse_text("Harbour plan\n\nThe board met on Monday. " + text).quotes
    assert [q.text for q in quotes][0] == "The dock is open. It took years,"


def test_accented_letters_without_the_signal_are_kept() -> None:
    for text in (
        "Rep. Ann Gutiérrez and Nicolò Vail met in Corvale. “It is così,” Vail said.",
        "Sen. Bram Solís spoke on the país and its harbor, Solís said.",
        "Lunedì the board met; Luís Roe said the île plan is dead.",
        "The word ìn is not a mark, nor is í alone.",
    ):
        assert repair_text(text) == text


def test_mac_roman_signal_leaves_other_accented_letters() -> None:
    # Only the marks' letters in the marks' places change: a letter inside a word that is
    # no contraction or possessive keeps its accent (`Lunedì`).
    text = "Lunedì Roe spoke. ìWe are ready,î said Roe."
    assert repair_text(text) == "Lunedì Roe spoke. “We are ready,” said Roe."


def test_right_marks_in_a_cut_text_are_kept() -> None:
    text = f"œWe sold every pie,{CUT_CLOSE} Pell said. The judge wrote “fine” on the card."
    repaired = repair_text(text)
    assert repaired == "“We sold every pie,” Pell said. The judge wrote “fine” on the card."
    assert len(repaired) == len(text)


def test_right_marks_keep_a_spaced_mark_but_cut_dashes_between_words_go() -> None:
    # A right opening mark in the text: `“` after a space may be one too; a `”` between
    # two words is a dash unless a right opening mark comes before it in its paragraph.
    text = (
        f"He wrote “ yes ” twice. œIt rained,{CUT_CLOSE} Pell said.\n"
        "Sales rose”not by much. The card said “good”."
    )
    assert repair_text(text) == (
        "He wrote “ yes ” twice. “It rained,” Pell said.\n"
        "Sales rose—not by much. The card said “good”."
    )


def test_cut_marks_after_a_right_mark_in_an_earlier_paragraph() -> None:
    text = f"The card said “good”.\nSales rose”not by much. œIt rained,{CUT_CLOSE} Pell said."
    assert repair_text(text) == (
        "The card said “good”.\nSales rose—not by much. “It rained,” Pell said."
    )


def test_a_word_final_capital_a_tilde_before_punctuation_is_kept() -> None:
    # correct Portuguese, not UTF-8 read as Windows-1252 (`Ã—` for `×`, `Ã–` for `Ö`)
    for text in ("ITAPEMÃ—O porto abriu.", "AMANHÃ– Festa", "Pedro “Ã” Lemos", "IRMÃ\u00a0CIDADE"):
        assert repair_text(text) == text


def test_only_lines_holding_garbled_pairs_are_decoded_again() -> None:
    text = "ITAPEMÃ—O porto abriu.\nâ€œA doca está pronta,â€\x9d disse Rui Lemos."
    assert repair_text(text) == "ITAPEMÃ—O porto abriu.\n“A doca está pronta,” disse Rui Lemos."
    doc = parse_text(text)
    assert doc.dateline is not None and doc.dateline.place == "ITAPEMÃ"


LOST = "\ufffd?"  # a curly mark whose bytes were lost: a replacement character and `?`


def test_a_lost_mark_closing_a_quotation_is_a_closing_mark() -> None:
    text = f"Roe spoke. “We kept our word,{LOST} Roe said. “It took years.{LOST} The fund opened."
    repaired = repair_text(text)
    assert repaired == (
        "Roe spoke. “We kept our word,” Roe said. “It took years.” The fund opened."
    )
    assert len(repaired) == len(text) - 2
    # a straight opening mark, and a statement's paragraphs each opened but closed once
    text = f'Roe spoke. "We kept our word,{LOST} Roe said. “First. “Second.{LOST} Done.'
    assert repair_text(text) == 'Roe spoke. "We kept our word,” Roe said. “First. “Second.” Done.'


def test_a_lost_mark_that_may_be_another_is_left() -> None:
    for text in (
        f"Roe said: {LOST}We are ready.",  # opening a statement
        f"We love the {LOST}Harbor State’ here.",  # opening a single quotation
        f"We are ready,{LOST} Roe said.",  # no quotation open before it
        f"“It works.{LOST}BACKGROUND The fund opened.",  # a word right after it
        f"“It works. {LOST} Roe said.",  # a space before it
        f"“It works.\nThe fund opened.{LOST} Roe said.",  # opened in another paragraph
        # opened inside a sentence of a statement left open: the term's or the statement's
        f"“We all want it. Roe backed the act for sailors with an “other than honorable{LOST} "
        "discharge.",
    ):
        assert repair_text(text) == text, text


def test_a_lost_closing_mark_ends_the_words_at_their_cue() -> None:
    text = (
        "Harbour plan\n\nCORVALE – Rep. Wes Tarrant opened the harbor fund on Monday. "
        f"“We kept our word,{LOST} said Ann Roe. “It took years.{LOST} Tarrant thanked her."
    )
    quotes = parse_text(text).quotes
    assert [(q.text, q.speakers) for q in quotes] == [
        ("We kept our word,", ["Ann Roe"]),
        ("It took years.", ["Ann Roe"]),
    ]
