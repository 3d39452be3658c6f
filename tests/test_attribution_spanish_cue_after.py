"""A Spanish verb of saying after a quotation (`“…”, dijo el representante Tod Vail`)
names its speaker, whose words go on in the uncued quotation after it: never the
release's issuer, nor the English speaker before. Unsure cues still give nobody.
Invented text."""

from __future__ import annotations

from tests.issuer_release import bare, release, speakers

HEAD = "Quill Funda un Caucus\n\n"
LEAD = "WASHINGTON – La congresista Nora Quill anunció hoy un nuevo caucus del puerto.\n\n"
MORE = "“Espero que el caucus sirva como un recurso valioso.”"


def _both(text: str) -> list[list[list[str]]]:
    return [speakers(release(f"{HEAD}{LEAD}{text}")), speakers(bare(f"{HEAD}{LEAD}{text}"))]


def test_a_spanish_cue_names_another_member_who_goes_on() -> None:
    for cue in (
        "dijo el representante Tod Vail (R-CA).",
        "afirmó el Congresista estadounidense Tod Vail, cuyo distrito cubre el puerto.",
        "señaló Tod Vail.",
        "dijo el Vicepresidente Tod Vail.",
    ):
        text = f"“El puerto es muy importante para nuestra región”, {cue} {MORE}\n\n"
        for got in _both(text):
            assert got == [["Tod Vail"], ["Tod Vail"]], (cue, got)


def test_the_spanish_speaker_goes_on_after_an_english_one() -> None:
    text = (
        "“The port is vital,” said Mayor Ann Roe. La ley ayudará a los puertos.\n\n"
        f"“El puerto es muy importante,” dijo el Congresista Tod Vail. {MORE}\n\n"
    )
    for got in _both(text):
        assert got == [["Ann Roe"], ["Tod Vail"], ["Tod Vail"]], got


def test_the_issuer_named_by_surname_in_a_spanish_cue() -> None:
    text = f"“El puerto es muy importante”, dijo la congresista Quill. {MORE}\n\n"
    assert speakers(release(f"{HEAD}{LEAD}{text}")) == [["Nora Quill"], ["Nora Quill"]]


def test_a_spanish_cue_naming_nobody_gives_nobody() -> None:
    # an unnamed speaker: the words are nobody's, and so is the uncued quotation after
    # them, never the English speaker's before
    for cue in (
        "dijo un vecino del puerto.",
        "dijo una vecina.",
        "explicó el presidente de la junta de Dover.",
    ):
        text = (
            "“The port is vital,” said Mayor Ann Roe. La ley ayudará a los puertos.\n\n"
            f"“El puerto es muy importante”, {cue} {MORE}\n\n"
        )
        for got in _both(text):
            assert got[1:] == [[], []], (cue, got)


def test_a_place_after_the_spanish_speaker_is_no_part_of_the_name() -> None:
    # `de` + a place after a full name is no part of it
    for cue in ("dijo Tod Vail de Corvale.", "dijo Tod Vail del Corvale."):
        text = f"“El puerto es muy importante”, {cue} {MORE}\n\n"
        for got in _both(text):
            assert got == [["Tod Vail"], ["Tod Vail"]], (cue, got)


def test_a_spanish_cue_with_no_name_where_the_name_goes_gives_nobody() -> None:
    # `dice En Corvale el alcalde`: a place, then an unnamed subject; `dijo Tod Vail y
    # Ann Roe`: two speakers, never one of them alone
    # an adverb (`Ayer`) or `Según` before the name: never `Ayer Tod Vail`; the text's
    # names run the two into one, so nobody
    for cue in (
        "dijo Ayer Tod Vail.",
        "dijo Según Tod Vail.",
        "dice En Corvale el alcalde.",
        "dijo Para Corvale el alcalde.",
        "dijo El alcalde.",
        "dijo Tod Vail y Ann Roe.",
    ):
        text = (
            "“The port is vital,” said Mayor Wes Tarrant. La ley ayudará a los puertos.\n\n"
            f"“El puerto es muy importante”, {cue} {MORE}\n\n"
        )
        for got in _both(text):
            assert got[1:] == [[], []], (cue, got)
