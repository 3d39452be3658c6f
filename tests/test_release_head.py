"""Headlines run into the text of a press release: where the title ends, what is not title."""

from __future__ import annotations

import pytest

from importers.records import document_from_record
from importers.release_head import split_release_head
from search.model import Document

BODY = "Today, Rep. Jane Roe (D-XX) announced new funding for the county's rural clinics."


@pytest.mark.parametrize(
    ("text", "headline", "rest"),
    [
        # a date stamp, a headline, a whole two-word place
        (
            f"04.12.18 Roe Wins Clinic Funds for Rural Counties La Crosse, WI – {BODY}",
            "Roe Wins Clinic Funds for Rural Counties",
            "La Crosse, WI –",
        ),
        (
            f"Roe Wins Clinic Funds for Rural Counties NEW YORK, NY—{BODY}",
            "Roe Wins Clinic Funds for Rural Counties",
            "NEW YORK, NY—",
        ),
        (
            f"Roe Wins Clinic Funds SAN MARCOS, TX – {BODY}",
            "Roe Wins Clinic Funds",
            "SAN MARCOS, TX –",
        ),
        # the place not in the gazetteer: only the word nearest the dash
        (
            f"Roe Wins Clinic Funds Timberville, MD – {BODY}",
            "Roe Wins Clinic Funds",
            "Timberville, MD –",
        ),
        # the whole dateline in brackets, glued to the title
        (
            f"Roe Wins Clinic Funds for Rural Counties(Washington, DC) -- {BODY}",
            "Roe Wins Clinic Funds for Rural Counties",
            "(Washington, DC) --",
        ),
        # the whole dateline in square brackets after the title
        (
            f"Roe Wins Clinic Funds for Rural Counties [WASHINGTON, D.C.] – {BODY}",
            "Roe Wins Clinic Funds for Rural Counties",
            "[WASHINGTON, D.C.] –",
        ),
        (
            f"Roe Wins Clinic Funds for Rural Counties [Elm Falls, ME] - {BODY}",
            "Roe Wins Clinic Funds for Rural Counties",
            "[Elm Falls, ME] -",
        ),
        # a release date in brackets after the place
        (
            f"Roe Wins Clinic Funds Washington, DC (February 5, 2019)— {BODY}",
            "Roe Wins Clinic Funds",
            "Washington, DC (February 5, 2019)—",
        ),
    ],
)
def test_headline_ends_where_the_dateline_starts(text, headline, rest):
    head = split_release_head(text)
    assert head.headline == headline
    assert head.rest.startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        f"FOR IMMEDIATE RELEASE May 2, 2011 Contact: Sam Poe (202) 555-0142 WASHINGTON – {BODY}",
        f"Sam Poe or Ann Lee (202) 555-0142 WASHINGTON – {BODY}",
        f"Sam Poe (202-555-0142) or Ann Lee (555-555-0199) WASHINGTON – {BODY}",
        f"By Sam Poe, Capital Bureau May 2, 2011 WASHINGTON – {BODY}",
        f"As originally released by the Committee on Rivers WASHINGTON – {BODY}",
        f"05.02.11 WASHINGTON – {BODY}",
        f"+ SHARE May 2, 2011 WASHINGTON – {BODY}",
        # a caption glued to the dateline
        f"Rep. Roe with the county nurses and their chiefWashington, D.C. — {BODY}",
        # a summary sentence, not a title
        f"This week, Rep. Roe visited three clinics in the county. WASHINGTON – {BODY}",
    ],
)
def test_release_metadata_is_never_a_headline(text):
    head = split_release_head(text)
    assert head.headline is None
    assert head.rest.lstrip("(").upper().startswith("WASHINGTON")


def test_metadata_around_a_title_is_taken_out():
    text = (
        "FOR IMMEDIATE RELEASE Contact: Sam Poe May 2, 2011 (202) 555-0142 "
        f"Roe Wins Clinic Funds for Rural Counties (WASHINGTON) – {BODY}"
    )
    head = split_release_head(text)
    assert head.headline == "Roe Wins Clinic Funds for Rural Counties"
    assert head.released == "May 2, 2011"
    assert head.contact and "Sam Poe" in head.contact


@pytest.mark.parametrize(
    ("text", "headline", "subheadline"),
    [
        (
            f"Roe Wins Clinic Funds for Rural Counties Grants will pay for two new nurses "
            f"in each county WASHINGTON – {BODY}",
            "Roe Wins Clinic Funds for Rural Counties",
            "Grants will pay for two new nurses in each county",
        ),
        (
            f"ROE WINS CLINIC FUNDS FOR RURAL COUNTIES Grants pay for new nurses "
            f"WASHINGTON – {BODY}",
            "ROE WINS CLINIC FUNDS FOR RURAL COUNTIES",
            "Grants pay for new nurses",
        ),
        # a sentence-case deck alone is the headline
        (
            f"Clinic grants reach every rural county in the district WASHINGTON – {BODY}",
            "Clinic grants reach every rural county in the district",
            None,
        ),
        # a name with a particle is not a subheadline's start
        (
            f"Roe Hosts Nurse from Villa de Santa Rosa at Hearing on Clinics WASHINGTON – {BODY}",
            "Roe Hosts Nurse from Villa de Santa Rosa at Hearing on Clinics",
            None,
        ),
    ],
)
def test_subheadline_split_by_the_case_of_its_words(text, headline, subheadline):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)


def test_title_ended_by_a_full_date():
    text = "Roe Slams Delay on Grants March 3rd, 2017 “This delay hurts families,” said Roe."
    head = split_release_head(text)
    assert head.headline == "Roe Slams Delay on Grants"
    assert head.released == "March 3rd, 2017"
    assert head.rest.startswith("“This delay")


def test_title_after_a_date_stamp_ended_by_a_quote():
    text = "06.14.18 Rep. Roe Statement on River Talks “The talks must go on,” said Roe today."
    head = split_release_head(text)
    assert head.headline == "Rep. Roe Statement on River Talks"
    # a short quoted name inside a title does not end it
    text = "06.14.18 Roe Backs “Clean River Act” in Committee “The river needs it,” said Roe."
    assert split_release_head(text).headline is None


@pytest.mark.parametrize(
    "text",
    [
        BODY + " The grants come from the health department.",
        # a dateline-shaped bracket inside the body's first sentence
        "Rep. Jane Roe (D-WI) – a nurse by training – voted for the bill today.",
        "The National River Board (NRB) was told to act on Monday. More soon.",
        # a sentence runs into the dateline
        f"The clinics opened this week. Rep. Roe said more will follow WASHINGTON – {BODY}",
    ],
)
def test_no_headline_when_no_boundary_is_sure(text):
    assert split_release_head(text).headline is None


def test_mapped_record_gets_headline_subheadline_and_place():
    record = {
        "member": "jane_roe",
        "date": "2019-03-07",
        "text": "03.07.19 Roe Wins Clinic Funds for Rural Counties Grants will pay for two new "
        f"nurses in each county NEWPORT NEWS, VA – {BODY} “We need nurses,” said Roe.",
    }
    doc = document_from_record(
        record, {"member": "issuer", "text": "text", "date": "published"}, origin=None
    )
    assert doc.headline == "Roe Wins Clinic Funds for Rural Counties"
    assert doc.subheadings[0] == "Grants will pay for two new nurses in each county"
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.region) == ("NEWPORT NEWS", "VA")
    assert doc.dateline.canonical == "Newport News"
    assert doc.body[0].startswith("Today, Rep. Jane Roe")


@pytest.mark.parametrize(
    ("text", "headline", "subheadline", "rest"),
    [
        # a teaser and share buttons before the release
        (
            f"The county's clinics will hire nurses. share: f t Roe Wins Clinic Funds "
            f"WASHINGTON – {BODY}",
            "Roe Wins Clinic Funds",
            None,
            "WASHINGTON –",
        ),
        # a county as the place, two words of it
        (
            f"Roe Tours Clinics New Hanover County, N.C. – {BODY}",
            "Roe Tours Clinics",
            None,
            "New Hanover County, N.C. –",
        ),
        # a glued single hyphen after the state
        (
            f"Roe Tours Clinics Springfield, IL-{BODY}",
            "Roe Tours Clinics",
            None,
            "Springfield, IL-",
        ),
        # contact name, phone with its owner, e-mail: none of it is the title
        (
            "CONTACT: Sam Poe (202) 555-0142 (Roe) sam.poe@example.org "
            f"Roe Tours Clinics WASHINGTON – {BODY}",
            "Roe Tours Clinics",
            None,
            "WASHINGTON –",
        ),
        # an upper-case title with a figure in it, then a deck
        (
            f"ROE VOTES AGAINST THE $90 MILLION PLAN Plan would close two clinics "
            f"WASHINGTON – {BODY}",
            "ROE VOTES AGAINST THE $90 MILLION PLAN",
            "Plan would close two clinics",
            "WASHINGTON –",
        ),
        # two titles glued together
        (
            f"Roe Welcomes Nurse Jo SmithCounty Board Confirms Hire WASHINGTON – {BODY}",
            "Roe Welcomes Nurse Jo Smith",
            "County Board Confirms Hire",
            "WASHINGTON –",
        ),
        # a quote set under the title
        (
            f"Roe Backs Clinic Funds “Nurses keep our towns alive.” WASHINGTON – {BODY}",
            "Roe Backs Clinic Funds",
            "“Nurses keep our towns alive.”",
            "WASHINGTON –",
        ),
    ],
)
def test_release_head_shapes(text, headline, subheadline, rest):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)
    assert head.rest.startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        # a place-like word inside brackets in the body's first sentence
        "Today Rep. Sam Roe (3rd Dist.-Texas) voted for the clinic bill.",
        # a label's tail is not a title
        f"***Media Advisory for Wednesday, May 1*** WASHINGTON – {BODY}",
        # a caption glued to the dateline after a bracket
        f"Rep. Roe at the clinic with two nurses. (Office photo)SPRINGFIELD, IL – {BODY}",
    ],
)
def test_more_lookalikes_give_no_headline(text):
    assert split_release_head(text).headline is None


def test_plain_text_release_metadata_is_not_the_headline():
    from importers.text import parse_text

    text = (
        "FOR IMMEDIATE RELEASE\nMay 2, 2011\nContact: Sam Poe (202) 555-0142\n\n"
        "Roe Wins Clinic Funds\n\nWASHINGTON – Today, Rep. Roe announced funds.\n\nMore."
    )
    doc = parse_text(text, quotes=False)
    assert doc.headline == "Roe Wins Clinic Funds"
    assert doc.published is not None and doc.published.isoformat() == "2011-05-02"
    assert doc.dateline is not None and doc.dateline.canonical == "Washington, D.C."
    assert doc.body[0].startswith("Today")
    doc = parse_text("May 2, 2011\n\nRoe Wins Clinic Funds\n\nWASHINGTON – Today.", quotes=False)
    assert doc.headline == "Roe Wins Clinic Funds"
    labelled = parse_text("For Immediate Release: Roe Wins Funds\n\nWASHINGTON – Today.")
    assert labelled.headline == "Roe Wins Funds"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # an unknown upper-case place after a title that is not upper case: all of it
        (f"Roe Tours Clinics PINE HOLLOW CREEK, OR – {BODY}", "PINE HOLLOW CREEK, OR –"),
        # a word that ends place names takes the word before it
        (f"Roe Tours Clinics Pinecrest Falls, NY – {BODY}", "Pinecrest Falls, NY –"),
        # glued to a short word
        (f"Roe Backs the Clinic ActWashington, DC – {BODY}", "Washington, DC –"),
    ],
)
def test_whole_unknown_places(text, rest):
    assert split_release_head(text).rest.startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting runs from 10 AM – 12 PM at the county clinic, Roe said.",
        "STATEMENT FOR THE RECORD - JANE ROE, HEARING ON RURAL CLINICS",
        "Roe launched the caucus on U.S. – Korea trade today, she said.",
    ],
)
def test_times_and_phrases_are_not_datelines(text):
    head = split_release_head(text)
    assert head.headline is None and head.rest == text


@pytest.mark.parametrize(
    ("text", "headline", "rest"),
    [
        # a floor statement: title, then the speaker's address
        (
            "05.04.09 A Tribute to the County Nurses Madam Speaker, I rise today to honor them.",
            "A Tribute to the County Nurses",
            "Madam Speaker,",
        ),
        # the Record's header run into the title
        (
            "04.22.10 The Fight Against Malaria CONGRESSWOMAN JANE ROE OF OHIO IN THE HOUSE OF "
            "REPRESENTATIVESMadam Speaker, I rise today.",
            "The Fight Against Malaria",
            "Madam Speaker,",
        ),
        # an acronym with a hyphen in the title does not end it
        (
            f"Roe Speaks at NRA-ILA Meeting WASHINGTON, DC – {BODY}",
            "Roe Speaks at NRA-ILA Meeting",
            "WASHINGTON, DC –",
        ),
        # a sentence set under the title is its subheadline
        (
            f"Roe Introduces Clinic Act Rural towns cannot wait any longer. WASHINGTON – {BODY}",
            "Roe Introduces Clinic Act",
            "WASHINGTON –",
        ),
        # "The" opens some place names
        (f"The Woodlands, TX – {BODY}", None, "The Woodlands, TX –"),
        (f"Washington, D.C.-- {BODY}", None, "Washington, D.C.--"),
    ],
)
def test_floor_statements_and_more_heads(text, headline, rest):
    head = split_release_head(text)
    assert head.headline == headline
    assert head.rest.startswith(rest)


@pytest.mark.parametrize(
    ("text", "headline", "subheadline"),
    [
        # a lead's time phrase ends a title that no dateline ends
        (
            "Roe Backs Clinic Act Bill would pay for two nurses in each county Today, Rep. Roe "
            "voted for the bill.",
            "Roe Backs Clinic Act",
            "Bill would pay for two nurses in each county",
        ),
        # an upper-case title glued to its deck
        (
            f"ROE WINS FUNDS FOR CLINICSGrants Will Pay for Nurses WASHINGTON – {BODY}",
            "ROE WINS FUNDS FOR CLINICS",
            "Grants Will Pay for Nurses",
        ),
        # a Record-style speaker line ends a floor statement's title
        (
            "05.04.09 The Need for Rural Clinics Mr. ROE. Madam Speaker, I rise today.",
            "The Need for Rural Clinics",
            None,
        ),
        # a title, its date, then a deck in sentence case
        (
            f"Roe Opens Rural Clinic August 10th, 2016 Two nurses will staff it Salem, MA – {BODY}",
            "Roe Opens Rural Clinic",
            "Two nurses will staff it",
        ),
        # a date that the title's words lead up to stays in the title
        (
            f"Comment Period Extended Until February 5, 2016 WASHINGTON – {BODY}",
            "Comment Period Extended Until February 5, 2016",
            None,
        ),
        # a deck quoting someone under the title
        (
            "Roe Welcomes Decision on Clinic Funds Roe: “A good day for nurses” "
            f"WASHINGTON – {BODY}",
            "Roe Welcomes Decision on Clinic Funds",
            "Roe: “A good day for nurses”",
        ),
        # the deck's subject is a person: the first name goes with the surname
        (
            f"Student Wins Place at Academy Tod Warren was chosen by Roe WASHINGTON – {BODY}",
            "Student Wins Place at Academy",
            "Tod Warren was chosen by Roe",
        ),
        # a one-letter word and an ampersand inside an upper-case title
        (
            f"ROE SWORN IN AS A NEW MEMBER OF R&D PANEL & BOARD WASHINGTON – {BODY}",
            "ROE SWORN IN AS A NEW MEMBER OF R&D PANEL & BOARD",
            None,
        ),
        # the member named with a party code opens the body
        (
            "Contact: Jo Poe Phone: (202) 225-0000 Congresswoman Roe Introduces Clinic Bill "
            "Congresswoman Jane Roe (D-Calif.) introduced a bill.",
            "Congresswoman Roe Introduces Clinic Bill",
            None,
        ),
        # a teaser run into the title without a space
        (
            "Rep. Roe wrote to the agency about the clinics in the county this week.Letter Asks "
            f"Agency to Fund Rural ClinicsApril 28, 2009Washington, D.C. – {BODY}",
            "Letter Asks Agency to Fund Rural Clinics",
            None,
        ),
        # a quoted title glued to the dateline; the share widget comes before it
        (
            "The clinic report is out today and it shows gains. share: f t Roe says, ‘Clinics "
            f"work’Washington D.C.-- {BODY}",
            "Roe says, ‘Clinics work’",
            None,
        ),
        # a title ending with its date, a day of the month
        (
            f"Roe Seeks Aid After Storms on May 17 and 18 WASHINGTON — {BODY}",
            "Roe Seeks Aid After Storms on May 17 and 18",
            None,
        ),
        # a quoted title glued to its dateline
        (
            "Teaser text of the clinic report today. share: f t “Clinics must come first,” "
            f"says RoeWashington, DC – {BODY}",
            "“Clinics must come first,” says Roe",
            None,
        ),
        # a Title Case title glued to its deck, the deck glued to the dateline
        (
            "Members Write to Agency Requesting Rural Clinics Be FundedWith no action the county "
            f"could lose fundingWASHINGTON, DC – {BODY}",
            "Members Write to Agency Requesting Rural Clinics Be Funded",
            "With no action the county could lose funding",
        ),
        # a head and its dateline before a share widget
        (
            f"Roe Mourns Loss of Nurse SALEM, MA - {BODY} share: f t SALEM, MA - {BODY}",
            "Roe Mourns Loss of Nurse",
            None,
        ),
    ],
)
def test_titles_ended_by_leads_and_glue(text, headline, subheadline):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)


@pytest.mark.parametrize(
    "text",
    [
        f"Springfield, IL. WASHINGTON – {BODY}",  # a place, not a title
        "Today, after the vote on the clinics Rep. Roe said more Today, she spoke again.",
        "Normal 0 false false MsoNormalTable {mso-style-name:x} WASHINGTON – Today, it ran.",
    ],
)
def test_places_leads_and_page_code_are_not_titles(text):
    assert split_release_head(text).headline is None


@pytest.mark.parametrize(
    "text",
    [
        # contact lines of several offices, each "Name: Person (phone)"
        "For Immediate Release Contact: Roe: Jo Poe (202-225-0000) Doe: Al Lee (202-225-0001) "
        f"Washington, D.C. – {BODY}",
        # release metadata in Spanish
        "PARA DIFUSIÓN INMEDIATA Contacto: Ana Poe (202) 225-0000 Washington, D.C. – Hoy, la "
        "congresista anunció fondos.",
        # a caption glued to the dateline
        "Major Jo Poe, Congresswoman Roe, Specialist Al Lee and his wife Ann LeeWashington, "
        f"D.C. – {BODY}",
        # a lead naming two members is no title
        "Rep. Jane Roe (D-XX) and Rep. John Doe (R-YY) wrote to the agency today.",
    ],
)
def test_contact_lists_and_leads_are_not_titles(text):
    assert split_release_head(text).headline is None


@pytest.mark.parametrize(
    ("text", "headline", "subheadline"),
    [
        # a dash lost in a charset conversion, after a title in capitals
        (
            "FOR IMMEDIATE RELEASE: May 1, 2006 ROE STATEMENT ON THE CLINIC VOTE "
            "WASHINGTON, DC ? Rep. Jane Roe (D-XX) said the county?s clinics matter.",
            "ROE STATEMENT ON THE CLINIC VOTE",
            None,
        ),
        # a whole quoted line as the title, a deck under it
        (
            "“Closing Rural Clinics Now Would Leave Whole Counties Without Any Care” "
            f"Vote Comes After Two Years of Debate Salem, OR – {BODY}",
            "“Closing Rural Clinics Now Would Leave Whole Counties Without Any Care”",
            "Vote Comes After Two Years of Debate",
        ),
        # a Word style sheet pasted before the deck
        (
            "Normal 0 false false false MicrosoftInternetExplorer4 /* Style Definitions */ "
            'table.MsoNormalTable {mso-style-name:"Table Normal"; font-size:10.0pt;} '
            "Grants will go to clinics in three rural counties WASHINGTON – "
            f"{BODY}",
            "Grants will go to clinics in three rural counties",
            None,
        ),
        # a deck in sentence case, then the member named with a party code
        (
            "Clinic grants will help counties hire nurses during a hard winter "
            "Congresswoman Jane Roe (D-XX) voted today for the grants.",
            "Clinic grants will help counties hire nurses during a hard winter",
            None,
        ),
        # a title glued to the lead
        (
            "Roe Bill Would Fund Clinics in Rural CountiesRep. Jane Roe (D-XX) today filed it.",
            "Roe Bill Would Fund Clinics in Rural Counties",
            None,
        ),
        (
            "Roe Bill Would Fund Clinics in Rural CountiesToday, the House passed it.",
            "Roe Bill Would Fund Clinics in Rural Counties",
            None,
        ),
        # a Title Case title, then the body opens with "All", "The"
        (
            "County Delegation Asks for Federal Help After Historic Spring Flood All six "
            "members signed the letter.",
            "County Delegation Asks for Federal Help After Historic Spring Flood",
            None,
        ),
        (
            "04.12.18 Senator Roe Faults Agency for Delays in Clinic Grants The delays hurt "
            "rural counties.",
            "Senator Roe Faults Agency for Delays in Clinic Grants",
            None,
        ),
        # a title in capitals, then the body in sentence case
        (
            "ROE STATEMENT HONORING THE COUNTY NURSES Mr. Speaker, I rise today.",
            "ROE STATEMENT HONORING THE COUNTY NURSES",
            None,
        ),
        # a place's second word is no first name opening the deck
        (
            "04.12.18 Roe Announces Clinic Grants for North Carolina Funds to help rural "
            f"counties hire nurses WASHINGTON – {BODY}",
            "Roe Announces Clinic Grants for North Carolina",
            "Funds to help rural counties hire nurses",
        ),
        # a role before the speaker: one name, not a title and a deck
        (
            "04.12.18 Senate Health Chairman Roe: “Clinics Must Come First” for Rural "
            f"Counties WASHINGTON – {BODY}",
            "Senate Health Chairman Roe: “Clinics Must Come First” for Rural Counties",
            None,
        ),
        # one clause, not a title and a deck: "While …"
        (
            "Roe: While Agency Board does nothing for a month, more clinics will close "
            f"WASHINGTON, DC – {BODY}",
            "Roe: While Agency Board does nothing for a month, more clinics will close",
            None,
        ),
    ],
)
def test_heads_in_capitals_glued_or_without_a_dateline(text, headline, subheadline):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)


@pytest.mark.parametrize(
    "text",
    [
        # the body's opening clause before the member, not a deck
        "In a letter sent to the agency on behalf of county nurses Rep. Jane Roe (D-XX) asked "
        "for the grants.",
        # release metadata in capitals is no title
        "FOR IMMEDIATE RELEASE CONTACT: Jo Poe 202-225-0000 Reps. Roe and Doe will meet nurses.",
        # a dateline without a dash at the end of a head
        "Roe Files Bill to Fund Rural Clinics Bill Names Three Counties WASHINGTON, DC "
        "Congresswoman Jane Roe (D-XX) filed the bill.",
        # a subject, not a title: no sentence opener after the run of capitals
        "House Health Subcommittee Chairman Jane Roe Announced the grants today.",
    ],
)
def test_openings_that_are_not_titles(text):
    assert split_release_head(text).headline is None


@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        # a dateline glued to an e-mail address, its place opening with "ST."
        (
            "Contact: Jo Poe (202) 555-0100 jo.poe@mail.house.govST. PAUL, MN – The council "
            "voted on the rail line today.",
            None,
            "ST. PAUL",
        ),
        # an unknown place in capitals before a quotation is a title's words
        (
            "Roe Statement on the Need for a New XYZ AUMF – “No More Delay” Washington, DC – "
            "Today, Rep. Jane Roe spoke.",
            "Roe Statement on the Need for a New XYZ AUMF – “No More Delay”",
            "Washington",
        ),
        # a hyphenated name is no dash: "AT&T, T-" is not a dateline
        (
            "Roe Statement on Suit to Block AT&T, T-Mobile Merger Washington, DC – Today, Rep. "
            "Jane Roe spoke.",
            "Roe Statement on Suit to Block AT&T, T-Mobile Merger",
            "Washington",
        ),
        # a place in capitals glued to the source's name before it is the whole place
        (
            "Shuttle Launch Set for May 2 By Jo Poe, Harbor TimesCAPE CANAVERAL — The agency "
            "is aiming for May 2.",
            None,
            "CAPE CANAVERAL",
        ),
    ],
)
def test_places_glued_quoted_and_hyphenated(text, headline, place):
    doc = document_from_record(
        {"member": "jane_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )
    assert doc.dateline is not None and doc.dateline.place == place
    if headline is not None:
        assert doc.headline == headline


def test_a_name_in_camel_case_before_a_bracketed_date_is_no_place():
    text = (
        "+ SHARE Pacemakers Are Safe, Study Shows ScienceWire (Feb. 13, 2008) — A new report "
        "says music players do not interfere with pacemakers."
    )
    doc = document_from_record(
        {"member": "jane_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )
    assert doc.dateline is None or doc.dateline.place != "Wire"


@pytest.mark.parametrize(
    ("text", "headline", "subheadline"),
    [
        # a deck in sentence case glued to the dateline (the page's title not scraped)
        (
            "Bill written by the caucus seeks to restore rural clinic funding cut last year"
            "WASHINGTON, D.C. – Rep. Jane Roe spoke on the rural clinic funding today.",
            "Bill written by the caucus seeks to restore rural clinic funding cut last year",
            None,
        ),
        # a link's label after the title is not part of it
        (
            "Roe calls for faster clinic grants Click here or on the image above to view the "
            "remarks WASHINGTON, D.C. – Rep. Jane Roe spoke today.",
            "Roe calls for faster clinic grants",
            None,
        ),
        # a title in sentence case, then its deck opening with a common word the body uses
        (
            "Jane Roe calls for faster grants for rural clinics in the district Legislation "
            "would cut the wait for grants WASHINGTON, D.C. – The legislation passed today.",
            "Jane Roe calls for faster grants for rural clinics in the district",
            "Legislation would cut the wait for grants",
        ),
        # a name the body never writes in lower case is no deck's start
        (
            "Roe bill helps keep rural families and Marigold residents safe WASHINGTON, D.C. – "
            "The bill passed today.",
            "Roe bill helps keep rural families and Marigold residents safe",
            None,
        ),
        # a quoted sentence without its stop under a Title Case title
        (
            "Roe, Doe Discuss Clinic Act on Morning Radio “It is good for patients and it is "
            "good for nurses” WASHINGTON, D.C. – The senators spoke today.",
            "Roe, Doe Discuss Clinic Act on Morning Radio",
            "“It is good for patients and it is good for nurses”",
        ),
    ],
)
def test_decks_and_link_labels(text, headline, subheadline):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)


def test_a_caption_glued_to_the_dateline_stays_no_headline():
    text = "Rep. Roe with the county nurses and their chiefsWashington, D.C. — The nurses met."
    assert split_release_head(text).headline is None


def test_a_region_of_two_words_is_not_cut_into_a_place():
    text = "Roe Wins Funds for Lake Clinics MARIGOLD, NEW YORK – Rep. Jane Roe spoke today."
    doc = document_from_record(
        {"member": "jane_roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )
    assert doc.headline == "Roe Wins Funds for Lake Clinics"
    assert doc.dateline is not None
    assert (doc.dateline.place, doc.dateline.canonical_region) == ("MARIGOLD", "New York")


@pytest.mark.parametrize(
    "text",
    [
        "Video of the Chairwoman at the Budget Hearing WASHINGTON – Rep. Jane Roe (D-CA) said.",
        "Click to View “We will not stop until the harbor is clean.” Washington, D.C. – Today, "
        "Rep. Jane Roe (D-CA) voted for the bill.",
        "(Courtesy of the Coastal Caucus) Washington, D.C. - Today, Rep. Jane Roe (D-CA) spoke.",
        "Today on the House floor, Congresswoman Jane Roe (D-CA) spoke for the harbor bill.",
    ],
)
def test_labels_and_lead_clauses_are_not_headlines(text):
    assert split_release_head(text).headline is None


def test_a_medium_named_before_a_title_keeps_the_title():
    text = (
        "VIDEO: Roe Presses Agency Chief on Harbor Delays WASHINGTON, D.C. – Today, Rep. Roe spoke."
    )
    assert split_release_head(text).headline == "VIDEO: Roe Presses Agency Chief on Harbor Delays"


def test_text_before_a_dateline_that_is_no_headline_stays_in_the_body():
    caption = "Rep. Roe with the winners of the county science fair at the school"
    text = f"{caption}Washington, D.C. — Rep. Jane Roe (D-CA) met the students today in her office."
    head = split_release_head(text)
    assert head.headline is None and head.lead == caption
    doc = document_from_record(
        {"member": "jane_roe", "text": text},
        {"member": "issuer", "text": "text"},
        origin=None,
    )
    assert doc.headline is None and doc.body[0] == caption
    assert doc.dateline is not None and doc.dateline.canonical == "Washington, D.C."


def test_a_dateline_after_a_teaser_of_sentences():
    teaser = (
        "The harbor has waited twenty years for its channel to be dredged. Families who fish "
        "there cannot wait any longer, and the town has waited long enough for the work to st"
    )
    text = f"{teaser} WASHINGTON, D.C. – Rep. Jane Roe (D-CA) today won funds for the harbor."
    head = split_release_head(text)
    assert head.headline is None
    assert head.rest.startswith("WASHINGTON, D.C. –")
    assert head.lead is not None and head.lead.startswith("The harbor has waited")


def test_a_place_inside_a_teaser_sentence_is_not_a_dateline():
    text = (
        "The students who won the county science fair this spring have been invited to the "
        "capital, and all of them flew to Washington, D.C. – The trip was paid for by the "
        "county. Rep. Jane Roe (D-CA) met them in her office and praised their work."
    )
    assert split_release_head(text).rest == text


def test_title_before_share_buttons():
    text = (
        "Harbor Channel Dredging Begins After Twenty Years share: f t The Army Corps of "
        "Engineers began dredging the harbor channel today, Rep. Jane Roe (D-CA) said."
    )
    head = split_release_head(text)
    assert head.headline == "Harbor Channel Dredging Begins After Twenty Years"
    assert head.rest.startswith("The Army Corps")


def test_a_teaser_before_share_buttons_is_no_title():
    text = (
        "Rep. Jane Roe today announced that the harbor channel will be dredged this year after "
        "twenty years of share: f t The Army Corps of Engineers began dredging today."
    )
    assert split_release_head(text).headline is None


def test_member_sentence_glued_to_a_title_opens_the_body():
    text = (
        "Bill Shields Harbor Towns from Flood CostsRepresentative Jane Roe (D-Bayside) today "
        "issued the following statement on her vote. Today, I joined my colleagues in voting yes."
    )
    head = split_release_head(text)
    assert head.headline == "Bill Shields Harbor Towns from Flood Costs"
    assert head.subheadline is None
    assert head.rest.startswith("Representative Jane Roe")


def test_a_place_in_capitals_after_a_hyphen_set_as_a_dash():
    text = "New Offices Open in the County-ST. LOUIS, MO- Rep. Jane Roe (D-MO) opened them."
    head = split_release_head(text)
    assert head.rest.startswith("ST. LOUIS, MO-")


def test_a_headline_in_capitals_glued_to_the_place():
    text = (
        "CONGRESSWOMAN ROE VOTES AGAINST THE SPENDING PACKAGEWASHINGTON, D.C. – "
        "Congresswoman Jane Roe (R-AL) today voted no."
    )
    head = split_release_head(text)
    assert head.headline == "CONGRESSWOMAN ROE VOTES AGAINST THE SPENDING PACKAGE"
    assert head.rest.startswith("WASHINGTON, D.C. –")


def test_a_caption_glued_to_the_dateline_is_no_deck():
    caption = "Congresswoman Roe pictured with the winners of the county art contest"
    text = f"{caption}Washington, D.C. – Rep. Jane Roe (D-TX) met the students today."
    head = split_release_head(text)
    assert head.headline is None and head.lead == caption


def test_a_deck_glued_to_the_dateline_is_one_clause():
    deck = "Harbor Renewal Act will send millions of dollars to coastal school districts"
    text = f"{deck}Washington, DC – Congresswoman Jane Roe (D-TX) announced the funds today."
    assert split_release_head(text).headline == deck


def test_a_title_printed_twice_is_one_headline():
    text = (
        "Roe Tours the Harbor Works Roe Tours the Harbor Works WASHINGTON, D.C. – "
        "Rep. Jane Roe (D-TX) toured the works today."
    )
    assert split_release_head(text).headline == "Roe Tours the Harbor Works"


@pytest.mark.parametrize(
    "text",
    [
        "Roe Hails Harbor Grant for Bayside First at Mill Creek, Inc. chosen for funds "
        "Today, Rep. Jane Roe (D-TX) praised the grant.",
        "Rep. Jane Roe, D-Bayside, has asked for the harbor report. "
        "WASHINGTON – The report is due.",
    ],
)
def test_a_headline_cut_mid_phrase_is_none(text):
    assert split_release_head(text).headline is None


@pytest.mark.parametrize(
    ("text", "headline", "subheadline"),
    [
        # a Title Case deck whose clause opens with a modal, its subject left out
        (
            "Roe Votes for Rural Clinic Reform Will Keep Pressing for Nurse Funding in the "
            f"States WASHINGTON – {BODY}",
            "Roe Votes for Rural Clinic Reform",
            "Will Keep Pressing for Nurse Funding in the States",
        ),
        # … or with a common noun as its subject; a date line ends the head
        (
            "Senators Roe, Doe Announce $2 Million for the Harbor Ferry Authority Funding Will "
            "Buy Two New Electric Ferries Monday, May 6, 2019 Senators Jane Roe and John Doe "
            "today announced the grant for the ferries.",
            "Senators Roe, Doe Announce $2 Million for the Harbor Ferry Authority",
            "Funding Will Buy Two New Electric Ferries",
        ),
        # the modal is the title's own verb: no verb before it, or after a colon
        (
            "The Senior Democrat on the Harbor Committee Will Discuss Ferry Safety at a Town "
            f"Hall WASHINGTON – {BODY}",
            "The Senior Democrat on the Harbor Committee Will Discuss Ferry Safety at a Town Hall",
            None,
        ),
        (
            "Roe Floor Speech Previewing the Budget: House and Senate Must Fund Rural Clinics "
            f"WASHINGTON – {BODY}",
            "Roe Floor Speech Previewing the Budget: House and Senate Must Fund Rural Clinics",
            None,
        ),
        # a noun after the modal word: a name ("Living Will"), not a deck
        (
            "Roe, Doe Introduce Bill to Simplify Living Will Registration at County Courts "
            f"WASHINGTON – {BODY}",
            "Roe, Doe Introduce Bill to Simplify Living Will Registration at County Courts",
            None,
        ),
        # the member named opens the body right after a title with no dateline
        (
            "05.06.19 Roe Cosponsors Bill Helping To Restore Harbor Ferries Senator Jane Roe "
            "has cosponsored a bill that will restore the harbor's ferries.",
            "Roe Cosponsors Bill Helping To Restore Harbor Ferries",
            None,
        ),
        (
            "05.06.19 Roe Statement on the Death of Mayor Al Poe Today U.S. Senator Jane Roe "
            "issued the following statement on the mayor's death.",
            "Roe Statement on the Death of Mayor Al Poe",
            None,
        ),
        # a quoted deck of two sentences under the title, after share buttons
        (
            "Roe backs the clinic grants for the county. share: f t Roe Seeks Pause On The "
            "Clinic Closures “Nurses should come first in this case. This is serious.” "
            f"WASHINGTON – {BODY}",
            "Roe Seeks Pause On The Clinic Closures",
            "“Nurses should come first in this case. This is serious.”",
        ),
        # a label, then a pull quote: no title, and the quote stays in the body
        (
            f"CLICK TO PLAY “We need nurses. We need them now.” WASHINGTON – {BODY}",
            None,
            None,
        ),
        # a statement's title with a deck whose verb is the member's
        (
            "Rep. Roe Statement on the Passage of the Rural Clinics Act Applauds Progress of "
            f"Efforts to Fund Nurses WASHINGTON – {BODY}",
            "Rep. Roe Statement on the Passage of the Rural Clinics Act",
            "Applauds Progress of Efforts to Fund Nurses",
        ),
        # a statement's title, its bill and a delivery note, then the remarks
        (
            "Floor Statement by Harbor Committee Ranking Member Jane Roe H.R. 12, The Rural "
            "Clinics Act --As Prepared for Delivery-- “Thank you Mr. Speaker. I rise today.”",
            "Floor Statement by Harbor Committee Ranking Member Jane Roe",
            "H.R. 12, The Rural Clinics Act",
        ),
        # a delivery note inside a sentence in brackets is no boundary
        (
            "FLOOR STATEMENT ON THE CLINICS ACTREP. JANE ROE (D) OHIO(Statement as prepared "
            "for delivery in the House)“Mr. Speaker, I rise today.”",
            None,
            None,
        ),
        # two members named together open the body: no title before them
        (
            "Ohio Congressman Al Doe and Iowa Congresswoman Jane Roe today reintroduced the "
            "Harbor Ferry Act, which would fund the ferries.",
            None,
            None,
        ),
        # a phrase a preposition opens, before the member named, is the first sentence's
        # (its comma left out), not a title
        (
            "During National Ferry Safety Week Senator Roe thanked the deckhands of the "
            "Marlow harbor for their work. She rode two ferries on Friday.",
            None,
            None,
        ),
        (
            "After Record Spring Floods in Alder County Congresswoman Jane Roe (D-XX) toured "
            "the harbor with the county board.",
            None,
            None,
        ),
        (
            "In Honor of Alder County Ferry Crews Week The Senator thanked the deckhands of "
            "the harbor for their work today.",
            None,
            None,
        ),
        # the same phrase closing a title still leaves the title whole
        (
            "Roe Thanks Deckhands During National Ferry Safety Week Senator Roe thanked the "
            "deckhands of the Marlow harbor for their work.",
            "Roe Thanks Deckhands During National Ferry Safety Week",
            None,
        ),
        # a title a preposition opens that names the member the text goes on to name, or
        # tells a verb after the phrase, is a headline
        (
            "At Hearing, Roe Presses Agency on Ferry Safety Senator Jane Roe (D-XX) today "
            "pressed the agency on its ferry rules.",
            "At Hearing, Roe Presses Agency on Ferry Safety",
            None,
        ),
        (
            "After Ferry Crash Roe Demands Answers Senator Roe demanded answers from the "
            "agency on Monday.",
            "After Ferry Crash Roe Demands Answers",
            None,
        ),
        (
            "Before Storm Season Vail Secures Levee Funds Congressman Tod Vail (R-XX) secured "
            "new funds for the levee.",
            "Before Storm Season Vail Secures Levee Funds",
            None,
        ),
        (
            "“On Our Watch”: Roe Marks Ferry Safety Week Senator Jane Roe (D-XX) marked the "
            "week with the crews.",
            "“On Our Watch”: Roe Marks Ferry Safety Week",
            None,
        ),
        (
            "On Veterans Day Roe Honors Marlow Veterans The Senator thanked the veterans of "
            "Marlow for their service.",
            "On Veterans Day Roe Honors Marlow Veterans",
            None,
        ),
        (
            "Ahead of Vote Roe Urges Colleagues to Back Ferry Bill The bill would fund new "
            "ferries for the harbor.",
            "Ahead of Vote Roe Urges Colleagues to Back Ferry Bill",
            None,
        ),
        (
            "After Years of Delays Alder Ferry Terminal Opens Its Doors The terminal will "
            "serve the harbor.",
            "After Years of Delays Alder Ferry Terminal Opens Its Doors",
            None,
        ),
        # a phrase of time or occasion only, naming someone else: no headline
        (
            "Amid Budget Talks in the Capitol Senator Tod Vail met with the mayors of the county.",
            None,
            None,
        ),
        (
            "Since the Opening of the Alder Ferry Terminal Rep. Ann Quill (D-XX) has ridden "
            "the ferry each week.",
            None,
            None,
        ),
        (
            "Ahead of Final Votes on the Ferry Bill Senator Tod Vail met with the mayors of "
            "the county.",
            None,
            None,
        ),
    ],
)
def test_title_case_decks_and_member_openers(text, headline, subheadline):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)


@pytest.mark.parametrize(
    ("text", "headline", "raw"),
    [
        # a hyphen set as a dash before the place opens the dateline, not after a name
        (
            "ROE STATEMENT ON THE DEATH OF ANTHONY SMITH -ST. LOUIS, MO – Today, Rep. Jane Roe "
            "(D-MO) spoke.",
            "ROE STATEMENT ON THE DEATH OF ANTHONY SMITH",
            "ST. LOUIS, MO –",
        ),
        (
            "Grant will let the city replace its old public housing with safe homes -ST. LOUIS, "
            "MO – Congresswoman Jane Roe joined the officials.",
            "Grant will let the city replace its old public housing with safe homes",
            "ST. LOUIS, MO –",
        ),
        # no dash after the place: no dateline, and never the name before the hyphen
        (
            "ROE STATEMENT ON THE DEATH OF ANTHONY SMITH -ST. LOUIS, MO Note: The following "
            "is the member's own text.",
            None,
            None,
        ),
        # a hyphen glued to the body's first word still ends the dateline
        (
            "Roe Hails Clinic Grants WASHINGTON -Congresswoman Jane Roe (D-MO) spoke.",
            "Roe Hails Clinic Grants",
            "WASHINGTON -",
        ),
    ],
)
def test_a_hyphen_before_the_place(text, headline, raw):
    record = {"member": "jane_roe", "text": text, "date": "2017-09-15"}
    mapping = {"member": "issuer", "text": "text", "date": "published"}
    doc = document_from_record(record, mapping, origin=None)
    assert doc.headline == headline
    assert (doc.dateline.raw if doc.dateline else None) == raw


@pytest.mark.parametrize(
    ("text", "headline", "subheadline", "rest"),
    [
        # an address glued to the title after it: the address is contact, not title
        (
            "CONTACT: Jane Roe (202) 555-0100 jane.roe@mail.house.govRoe Statement on "
            f"Amendment #2 to amend Sec. 4, part b, 3(C)WASHINGTON –– {BODY}",
            "Roe Statement on Amendment #2 to amend Sec. 4, part b, 3(C)",
            None,
            "WASHINGTON ––",
        ),
        # a label over the title is not part of it …
        (
            f"PRESS STATEMENT REP. JANE ROE WELCOMES THE HARBOR VOTE Washington, D.C. – {BODY}",
            "REP. JANE ROE WELCOMES THE HARBOR VOTE",
            None,
            "Washington, D.C. –",
        ),
        # … but the same words inside a title are the title's
        (
            f"Roe Press Statement on the Harbor Vote WASHINGTON – {BODY}",
            "Roe Press Statement on the Harbor Vote",
            None,
            "WASHINGTON –",
        ),
        # … nor where a title runs up to them, on its line or the line before
        (
            f"Harbor Vote – Press Statement from Rep. Jane Roe WASHINGTON – {BODY}",
            "Harbor Vote – Press Statement from Rep. Jane Roe",
            None,
            "WASHINGTON –",
        ),
        (
            f"Ferry Bill Vote: Press Statement of Rep. Jane Roe WASHINGTON – {BODY}",
            "Ferry Bill Vote: Press Statement of Rep. Jane Roe",
            None,
            "WASHINGTON –",
        ),
        (
            f"Ferry Bill Vote:\nPress Statement of Rep. Jane Roe\nWASHINGTON – {BODY}",
            "Ferry Bill Vote:\nPress Statement of Rep. Jane Roe",
            None,
            "WASHINGTON –",
        ),
        # a label in brackets after the title
        (
            f"Roe Backs Ferry Bill (Press Statement) WASHINGTON – {BODY}",
            "Roe Backs Ferry Bill",
            None,
            "WASHINGTON –",
        ),
        # an address whose domain is capitalised ends at the space after it
        (
            "Contact: Jo Lee, Jo.Lee@Mail.House.Gov Roe Statement on the Ferry Bill "
            f"WASHINGTON – {BODY}",
            "Roe Statement on the Ferry Bill",
            None,
            "WASHINGTON –",
        ),
        (
            "Contact: Jo Lee, Jo.Lee@Mail.House.GovRoe Statement on the Ferry Bill "
            f"WASHINGTON – {BODY}",
            "Roe Statement on the Ferry Bill",
            None,
            "WASHINGTON –",
        ),
        # a deck opening with a short word glued to a title in capitals, and to the dateline
        (
            "ROE ANNOUNCES VOTE ON HARBOR FUNDS FOR FERRY TOWNSAs Ferry Board Prepares to "
            f"Cut Winter Service for Island TownsWashington, DC – {BODY}",
            "ROE ANNOUNCES VOTE ON HARBOR FUNDS FOR FERRY TOWNS",
            "As Ferry Board Prepares to Cut Winter Service for Island Towns",
            "Washington, DC –",
        ),
        # an acronym ending a word is not a deck's first word
        (
            f"Roe Announces NASA Funding for Harbor Lab WASHINGTON – {BODY}",
            "Roe Announces NASA Funding for Harbor Lab",
            None,
            "WASHINGTON –",
        ),
    ],
)
def test_metadata_and_decks_glued_to_a_title(text, headline, subheadline, rest):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)
    assert head.rest.startswith(rest)


def test_a_title_in_capitals_with_the_remarks_quote_glued_to_it():
    text = (
        "“The harbor stays open for good.” share: f t Monday March 4, 2013STATEMENT BY "
        'REP. JANE ROE ON THE HARBOR VOTE"I am proud of this vote. The harbor stays open '
        'for good," Roe said. Today, the House passed the bill.'
    )
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (
        "STATEMENT BY REP. JANE ROE ON THE HARBOR VOTE",
        None,
    )
    assert head.rest.startswith('"I am proud of this vote.')


def test_a_straight_quote_closing_the_titles_own_quotation_is_not_the_remarks():
    text = (
        'HOUSE PASSES ROE BILL TO FUND "SAFE HARBORS ACT"The bill, which passed the House '
        'today, funds repairs to ferry docks. "We owe it to the crews," Roe said.'
    )
    head = split_release_head(text)
    assert head.headline is None or head.headline.count('"') % 2 == 0
    assert not head.rest.startswith('"The bill')


def test_a_floor_statement_title_before_the_speakers_address():
    text = "HARBOR WEEK AT LAST Madame Speaker, I rise today to honor the ferry crews of the bay."
    head = split_release_head(text)
    assert head.headline == "HARBOR WEEK AT LAST"
    assert head.rest.startswith("Madame Speaker, I rise")
    # sentences before the address: no title
    text = "The crews worked all winter. Madam Speaker, I rise today to honor them."
    assert split_release_head(text).headline is None


@pytest.mark.parametrize(
    ("text", "headline", "rest"),
    [
        # the member's letterhead over every release of the site is no headline
        (
            f"Representative Jane Roe 7th Congressional District of Ohio Washington, D.C.— {BODY}",
            None,
            "Washington, D.C.—",
        ),
        (
            "U.S. Congresswoman Jane Roe Ohio’s Seventh Congressional District "
            f"FOR IMMEDIATE RELEASE ROE WINS CLINIC FUNDS WASHINGTON, D.C.— {BODY}",
            "ROE WINS CLINIC FUNDS",
            "WASHINGTON, D.C.—",
        ),
        (
            f"Congresswoman Jane Roe, Twelfth Congressional District of New Mexico "
            f"WASHINGTON – {BODY}",
            None,
            "WASHINGTON –",
        ),
        # … but a title naming a district, with its verb, is a title
        (
            "Congresswoman Jane Roe Urges Seventh Congressional District Farmers to Apply "
            f"for Drought Aid WASHINGTON – {BODY}",
            "Congresswoman Jane Roe Urges Seventh Congressional District Farmers to Apply "
            "for Drought Aid",
            "WASHINGTON –",
        ),
    ],
)
def test_a_letterhead_is_not_a_headline(text, headline, rest):
    head = split_release_head(text)
    assert head.headline == headline
    assert head.rest.startswith(rest)


def test_a_lead_time_word_without_its_comma_opens_no_title():
    text = (
        "Today Western Ohio Congresswoman Jane Roe (OH-07) voted for the clinics bill, "
        "which funds the county's rural clinics."
    )
    head = split_release_head(text)
    assert head.headline is None
    assert head.rest == text


@pytest.mark.parametrize(
    ("text", "headline", "subheadline"),
    [
        # a common word opens the deck, one the body writes in lower case too
        (
            "Roe Backs Rural Clinics Bill Legislation would fund three new clinics "
            "Congresswoman Jane Roe (D-XX) today voted for legislation to fund clinics.",
            "Roe Backs Rural Clinics Bill",
            "Legislation would fund three new clinics",
        ),
        # the title's subject named again opens the deck
        (
            "06.02.11 Roe Praises Passage of Clinics Bill Roe provisions for rural "
            "counties included U.S. Senator Jane Roe (R-XX) praised the vote.",
            "Roe Praises Passage of Clinics Bill",
            "Roe provisions for rural counties included",
        ),
    ],
)
def test_a_sentence_case_deck_before_the_member_named(text, headline, subheadline):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)


def test_a_deck_that_may_open_with_a_name_of_several_words_is_not_split_off():
    text = (
        "Roe Calls for Passage of Clinics Act Rural Health Act would open clinics in every "
        "county Senator Jane Roe (R-XX) spoke on the floor today."
    )
    assert split_release_head(text).subheadline is None


def _kept(head) -> str:
    """Every field of a split head that keeps the release's words."""
    parts = (head.letterhead, head.released, head.contact, head.headline, head.subheadline)
    return " ".join(p for p in (*parts, head.lead, head.rest) if p)


def _nothing_lost(text: str, head) -> None:
    kept = _kept(head).split()
    assert [w for w in text.split() if w not in kept] == []


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Today Marks a Milestone for Rural Clinics OMAHA, NE – Congresswoman Jane Roe "
            "(D-XX) today opened the county's third clinic, which serves four towns.",
            "Today Marks a Milestone for Rural Clinics",
        ),
        (
            "Yesterday Was a Long Night for Budget Writers WASHINGTON – Rep. John Doe "
            "(R-XX) said the budget passed after midnight, with votes to spare.",
            "Yesterday Was a Long Night for Budget Writers",
        ),
    ],
)
def test_a_title_case_title_opening_with_a_time_word_is_a_title(text, headline):
    head = split_release_head(text)
    assert head.headline == headline
    _nothing_lost(text, head)


@pytest.mark.parametrize(
    "text",
    [
        "Today Congresswoman Roe Opened the Third Clinic OMAHA, NE – The clinic serves four "
        "towns in the county and opens six days a week.",
        "Today Jane Roe opened the third clinic in the county OMAHA, NE – The clinic serves "
        "four towns in the county and opens six days a week.",
    ],
)
def test_a_lead_opening_with_a_time_word_is_no_title_and_stays_in_the_text(text):
    head = split_release_head(text)
    assert head.headline is None
    assert head.lead is not None and head.lead.startswith("Today")
    _nothing_lost(text, head)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # the letterhead's district is the subject of the title
        (
            "Congresswoman Jane Roe’s Third Congressional District Town Halls Set for June "
            "OMAHA, NE – Congresswoman Jane Roe (D-XX) announced four town halls today.",
            "Congresswoman Jane Roe’s Third Congressional District Town Halls Set for June",
        ),
        (
            "Congressman John Doe, 7th Congressional District Essay Contest Winners Named "
            "OMAHA, NE – Congressman John Doe (R-XX) named the essay contest's winners today.",
            "Congressman John Doe, 7th Congressional District Essay Contest Winners Named",
        ),
    ],
)
def test_a_letterhead_that_a_title_goes_on_from_is_the_titles(text, headline):
    head = split_release_head(text)
    assert head.headline == headline
    assert head.letterhead is None
    _nothing_lost(text, head)


def test_a_letterhead_before_a_title_of_its_own_is_kept_as_metadata():
    text = (
        "Representative Jane Roe 3rd Congressional District of Nebraska Roe Opens Third Clinic "
        "OMAHA, NE – Congresswoman Jane Roe (D-XX) opened the county's third clinic today."
    )
    head = split_release_head(text)
    assert head.headline == "Roe Opens Third Clinic"
    assert head.letterhead == "Representative Jane Roe 3rd Congressional District of Nebraska"
    _nothing_lost(text, head)


@pytest.mark.parametrize(
    "text",
    [
        # the title's name written again at the deck's start
        "Roe Files Clean Water Act Clean Water Act would fund new pipes in every county "
        "Congresswoman Jane Roe (D-XX) today filed the act, which funds pipes.",
        "Roe Visits Omaha Police Department Police Department hires ten new officers "
        "Congresswoman Jane Roe (D-XX) today visited the department, which hires officers.",
        # the body names the office the title's last word opens
        "Roe Backs Spending Bill Indian Affairs offices get more staff in the bill "
        "Congresswoman Jane Roe (D-XX) today backed the bill. The Bureau of Indian Affairs "
        "and its foreign affairs desk gain staff.",
    ],
)
def test_a_deck_is_never_split_inside_a_name(text):
    head = split_release_head(text)
    assert head.subheadline is None
    assert head.headline is not None
    _nothing_lost(text, head)


def test_a_time_word_setting_the_scene_opens_a_lead():
    text = (
        "Tonight at the County Fair Congresswoman Jane Roe (D-XX) judged the pie contest, "
        "which drew forty entries."
    )
    head = split_release_head(text)
    assert head.headline is None
    _nothing_lost(text, head)


def test_a_letterhead_before_a_dateline_of_an_unknown_place_is_metadata():
    text = (
        "Representative Jane Roe 3rd Congressional District of Nebraska Oxbow Flats -- "
        "Congresswoman Jane Roe (D-XX) opened the county's third clinic today."
    )
    head = split_release_head(text)
    assert head.headline is None
    _nothing_lost(text, head)


def test_a_title_printed_again_with_its_deck_run_on_ends_where_the_first_print_does():
    text = (
        "03.04.12 Doe Wins Harbor Grant for Bayport Monday, March 4, 2012 Contact: Pat Roe "
        "(202) 555-0100 Doe Wins Harbor Grant for Bayport Dredging will keep the port "
        "openWASHINGTON, DC – Today Rep. Jane Doe announced a grant for the harbor."
    )
    head = split_release_head(text)
    assert head.headline == "Doe Wins Harbor Grant for Bayport"
    assert head.subheadline == "Dredging will keep the port open"


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Reps. Doe, DelMonte Urge Funding for Quake Warnings Washington, DC – Today, "
            "Reps. Jane Doe and Ann DelMonte asked for more funding for the warning system.",
            "Reps. Doe, DelMonte Urge Funding for Quake Warnings",
        ),
        (
            "Doe Applauds RiverWorks Decision to Reopen Mill Washington, DC – Today, Rep. "
            "Jane Doe welcomed the decision RiverWorks announced this morning.",
            "Doe Applauds RiverWorks Decision to Reopen Mill",
        ),
    ],
)
def test_a_name_in_camel_case_that_the_body_writes_is_no_glued_deck(text, headline):
    head = split_release_head(text)
    assert head.headline == headline
    assert head.subheadline is None


def test_a_title_glued_to_its_deck_still_splits_when_the_body_does_not_repeat_it():
    text = (
        "Doe Secures Funds for Bayport HarborGrant will pay for dredging the channel "
        "Washington, DC – Today, Rep. Jane Doe announced the grant for the harbor."
    )
    head = split_release_head(text)
    assert head.headline == "Doe Secures Funds for Bayport Harbor"
    assert head.subheadline == "Grant will pay for dredging the channel"


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        (
            "Roe Bill to Protect Harbor Pilots Passes Senate",
            "The Harbor Pilot Safety Act would fund training for every port",
        ),
        (
            "Roe, Vail Introduce Bill to Address the Shortage of Ferry Crews",
            "A Ferry Crew Training and Retention Act would pay for new crews",
        ),
    ],
)
def test_a_capitalised_article_opens_a_sentence_case_deck_whose_subject_is_a_name(title, deck):
    head = split_release_head(f"{title} {deck} WASHINGTON, D.C. – {BODY}")
    assert head.headline == title
    assert head.subheadline == deck


@pytest.mark.parametrize(
    "title",
    [
        # a small word before the article: the article is inside the title's own clause
        "Roe Honors Harbor Pilots at The Elm Harbor Pilots Association dinner tonight",
        # a title that capitalises every word: no article there tells a sentence's start
        "Roe Bill To Protect Harbor Pilots Passes Senate The Harbor Pilot Safety Act would "
        "fund training",
        # a colon before it
        "Roe Backs Harbor Bill: The Harbor Pilot Safety Act would fund training",
    ],
)
def test_a_capitalised_article_after_a_small_word_or_in_all_capitalised_titles_opens_no_deck(
    title,
):
    head = split_release_head(f"{title} WASHINGTON, D.C. – {BODY}")
    assert head.subheadline is None or not head.subheadline.startswith("The ")


@pytest.mark.parametrize(
    "title",
    [
        # a letter's label: "A" after a noun, no named noun ending the words after it
        "Dunmore Backs Bill for Quay Towns to Treat Poaching as Grade A Offense under state law",
        "Dunmore Unveils Bill for Quay Safety Under Option A Towns would get new funds",
        "Dunmore Seeks Funds for Pension Tier A Reserve Fund before it runs short",
        # the article opens the object of the title's verb
        "Dunmore Names Quay Board for Ashby County Appoints A Kit Dunmore to chair the board",
        "Pell Joins Call for Relief, Salutes The Ashby Rescue Squad for its work",
        "Pell Joins Call for Relief, Lauds The Ashby Ledger for its reporting",
        "Pell Hosts Supper in Ashby Presents The Ashby Valor Medal to two nurses",
        "Pell Bill for Quay Safety Clears House Passes A Bill To Dredge Quays this month",
    ],
)
def test_an_article_after_a_verb_or_a_letter_label_opens_no_deck(title):
    text = f"{title} WASHINGTON, D.C. – Today, Rep. Lyle Pell (D-XX) spoke on the quay."
    head = split_release_head(text)
    assert head.headline == title
    assert head.subheadline is None
    doc = document_from_record(
        {"member": "lyle_pell", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )
    assert doc.headline == title
    assert not doc.subheadings


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        # a number ending a title in capitals is the title's, not the deck's first word
        ("HOUSE PASSES VAIL QUAY BILL H.R. 4321", "measure pays for dredging the channel"),
        ("VAIL WINS QUAY FUNDS IN FISCAL YEAR 2031", "bill sends the money to the pilots"),
        ("VAIL HONORS CREW OF 1987", "members gather on the quay to mark the rescue"),
    ],
)
def test_a_number_ending_a_capitals_title_stays_in_the_title(title, deck):
    head = split_release_head(f"{title} {deck} [WASHINGTON, D.C.] – {BODY}")
    assert head.headline == title
    assert head.subheadline == deck


@pytest.mark.parametrize(
    "title",
    [
        "Vail Bill for Quay [Portland] Schools Passes House",
        "Vail Bill [Orange County] Passes the House",
    ],
)
def test_a_bracketed_place_inside_a_title_keeps_the_title_whole(title):
    head = split_release_head(f"{title} – Today, Rep. Ann Vail won a vote on the quay bill.")
    assert head.headline == title
    assert head.rest.startswith("Today")


def test_a_bracketed_dateline_after_the_release_label_gives_no_headline():
    head = split_release_head(f"FOR IMMEDIATE RELEASE [Elm Falls, ME] – {BODY}")
    assert head.headline is None
    assert head.rest.startswith("[Elm Falls, ME] –")


def test_a_title_that_runs_into_its_speakers_quotation_ends_at_the_label():
    text = (
        "For Immediate Release Contact: Pat Roe May 2, 2018 (202) 555-0100 Press Statement "
        "Congresswoman Jane Doe Welcomes Harbor Grant for Bayport Jane Doe—“This grant keeps "
        "the port open for every family that works there.” Washington, D.C. – Today, Rep. "
        "Doe announced the grant."
    )
    head = split_release_head(text)
    assert head.headline == "Congresswoman Jane Doe Welcomes Harbor Grant for Bayport"
    assert head.subheadline is not None and head.subheadline.startswith("Jane Doe—“This")


def test_without_a_dateline_the_speakers_label_opens_the_body():
    text = (
        "For Immediate Release Contact: Pat Roe May 2, 2018 (202) 555-0100 Press Statement "
        "Congresswoman Jane Doe Statement on the Harbor Vote Jane Doe: “The vote keeps the "
        "port open for every family that works there, and I thank my colleagues.”"
    )
    head = split_release_head(text)
    assert head.headline == "Congresswoman Jane Doe Statement on the Harbor Vote"
    assert head.rest.startswith("Jane Doe: “The vote")


_LONG_QUOTE = (
    "The harbor has waited a decade for this grant. Every family on the waterfront knows "
    "what the dredging means: ships that no longer run aground, piers that stay open in "
    "winter, and jobs that stay in Bayport. I thank the Department for listening to the "
    "pilots, the fishers and the mayor, who wrote to it again and again. The work starts "
    "in the spring, and I will be on the dock to see the first barge leave."
)


@pytest.mark.parametrize("mark", ["—", " – ", ": "])
def test_a_long_labelled_quotation_under_the_title_is_its_deck_and_the_dateline_follows(mark):
    deck = f"Jane Doe{mark}“{_LONG_QUOTE} “A second paragraph, the “harbor plan” named.”"
    text = (
        "For Immediate Release Contact: Pat Roe May 2, 2018 (202) 555-0100 Press Statement "
        f"Congresswoman Jane Doe Welcomes Harbor Grant for Bayport {deck} "
        "Washington, D.C. – Today, Rep. Doe announced the grant."
    )
    head = split_release_head(text)
    assert head.headline == "Congresswoman Jane Doe Welcomes Harbor Grant for Bayport"
    assert head.subheadline == deck
    assert head.rest.startswith("Washington, D.C. – Today")


@pytest.mark.parametrize(
    ("title", "label"),
    [
        # a quotation of sentences, the dateline within the head's window
        ("Congresswoman Jane Doe Welcomes Harbor Grant for Bayport", "Jane Doe"),
        # the title ends with a body's name whose last word is an office
        (
            "Congresswoman Jane Doe Backs Ann Vail as Clerk of the House of Representatives",
            "Jane Doe",
        ),
        ("Senator Jo Roe Statement on the Vote of the House of Representatives", "Jo Roe"),
    ],
)
def test_a_labelled_quotation_of_sentences_is_the_deck_not_a_teaser(title, label):
    deck = (
        f"{label}: “The port is open again. Every family there can breathe, and the pilots "
        "who waited a decade for the channel to be dredged can plan their winter at last. I "
        "thank the Department for listening.”"
    )
    text = (
        "For Immediate Release Contact: Pat Roe May 2, 2018 (202) 555-0100 Press Statement "
        f"{title} {deck} WASHINGTON, DC – Today, {label} spoke on the floor."
    )
    head = split_release_head(text)
    assert head.headline == title
    assert head.subheadline == deck
    assert head.rest.startswith("WASHINGTON, DC – Today")


@pytest.mark.parametrize(
    "after",
    [
        # narration and another person's quotation after the label's own quotation
        "The grant pays for two piers. Ted Hale, head of the quay board, said: “We waited "
        "ten years.” Portland, Maine – The mayor will speak.",
        "“We waited ten years,” said Ted Hale. WASHINGTON, D.C. – The mayor will speak.",
    ],
)
def test_a_labelled_quotation_deck_ends_at_its_own_closing_mark(after):
    text = (
        "For Immediate Release Contact: Pat Roe May 2, 2018 (202) 555-0100 Press Statement "
        f"Congresswoman Jane Doe Welcomes Harbor Grant for Bayport Jane Doe—“{_LONG_QUOTE}” "
        f"{after}"
    )
    head = split_release_head(text)
    assert head.subheadline is None or head.subheadline.endswith("barge leave.”")
    assert "Hale" not in (head.subheadline or "")


@pytest.mark.parametrize(
    "after",
    [
        # no dateline after the quotation: the label and quotation open the body
        "The grant pays for two piers. Washington, D.C. is next.",
        # a place with no state, not in capitals, after it: no sure dateline
        "Bayport – Today, Rep. Doe announced the grant.",
    ],
)
def test_a_labelled_quotation_with_no_sure_dateline_after_it_opens_the_body(after):
    text = (
        "For Immediate Release Contact: Pat Roe May 2, 2018 (202) 555-0100 Press Statement "
        f"Congresswoman Jane Doe Welcomes Harbor Grant for Bayport Jane Doe—“{_LONG_QUOTE}” "
        f"{after}"
    )
    head = split_release_head(text)
    assert head.headline == "Congresswoman Jane Doe Welcomes Harbor Grant for Bayport"
    assert head.subheadline is None
    assert head.rest.startswith("Jane Doe—“The harbor")


@pytest.mark.parametrize(
    "text",
    [
        "FOR IMMEDIATE RELEASE March 3, 2015 Roe Welcomes Harbor Grant Roe: “This grant keeps "
        "the port open for good.”",
        "Harbor Grant Awarded to Port Lavaca March 3, 2015 Roe Thanks Jane Roe: “We needed "
        "this grant for years.” The grant pays for two piers.",
    ],
)
def test_without_a_dateline_a_label_that_names_no_person_or_a_second_title_is_no_boundary(
    text,
):
    head = split_release_head(text)
    assert head.headline != "Roe Welcomes Harbor"
    assert not head.rest.startswith("Jane Roe")
    _nothing_lost(text, head)


@pytest.mark.parametrize(
    "text",
    [
        "01.01.13 Senator Roe Statement on Vote to Fund Harbor Repairs for Port Families U.S. "
        "Senator Jane Roe issued the following statement on today's vote to fund harbor "
        'repairs for Port Families: "While the bill is not perfect, it keeps the port open," '
        "said Roe.",
        "Harbor Grant Awarded to Port Lavaca March 3, 2015 Roe Thanks the Transportation "
        "Department Roe: “We needed this grant for years.” The grant pays for two piers.",
    ],
)
def test_a_capitalised_phrase_before_a_colon_is_no_speakers_label_and_no_text_is_lost(text):
    head = split_release_head(text)
    assert not head.rest.startswith("Port Families")
    assert head.headline != "Roe Thanks the Transportation Department"
    _nothing_lost(text.removeprefix("01.01.13 "), head)  # a stamp is a date, not text


@pytest.mark.parametrize(
    ("title", "label", "space"),
    [
        ("Jane Roe Welcomes Harbor Grant", "Jane Roe", " "),
        ("Roe Welcomes Harbor Bill", "Senator Roe", " "),
        ("Jane Roe Welcomes Harbor Grant", "Jane Roe", "\n"),
        ("Jane Roe Welcomes Harbor Grant", "Jane Roe", "\u00a0"),
        ("Jane Roe Welcomes Harbor Grant", "Jane Roe", "  "),
        ("Roe Welcomes Harbor Bill", "Senator Roe", "\n"),
        ("Roe Welcomes Harbor Bill", "U.S. Senator Roe", " "),
    ],
)
def test_a_speakers_label_is_taken_whole_whatever_space_parts_its_words(title, label, space):
    label = label.replace(" ", space)
    text = (
        f"FOR IMMEDIATE RELEASE March 3, 2015 {title} {label}: “This grant keeps the port "
        "open for good.” WASHINGTON, D.C. – Today Rep. Roe welcomed the grant."
    )
    head = split_release_head(text)
    assert head.headline == title
    assert head.subheadline is not None and head.subheadline.startswith(label)


def test_a_first_name_and_surname_the_title_does_not_name_together_is_no_label():
    # the title names only "Roe": "Grant Jane" would be left in the headline
    text = (
        "FOR IMMEDIATE RELEASE March 3, 2015 Roe Welcomes Harbor Grant Jane Roe: “This grant "
        "keeps the port open for good.” WASHINGTON, D.C. – Today Rep. Roe welcomed the grant."
    )
    head = split_release_head(text)
    assert head.headline is None or not head.headline.endswith("Jane")
    assert "Jane Roe" in " ".join(filter(None, (head.headline, head.subheadline, head.rest)))


def test_a_speakers_label_the_title_does_not_name_is_no_boundary():
    text = (
        "For Immediate Release Contact: Pat Roe May 2, 2018 (202) 555-0100 Harbor Vote "
        "Keeps Bayport Open Smith: “It is a good day for the port and for everyone who "
        "works there.”"
    )
    head = split_release_head(text)
    assert head.headline != "Harbor Vote Keeps Bayport Open"


@pytest.mark.parametrize(
    "text",
    [
        "03/13/2007 Roe, Doe Introduce the Harbor Safety Act Legislation requires new lights "
        "on every pier Today U.S. Senators Jane Roe and John Doe introduced the act.",
        "03/03/2015 Roe Backs Harbor Plan The plan passed the Senate today. U.S. Senator "
        "Richard Roe said the plan was good for the port.",
    ],
)
def test_a_stamped_title_before_the_members_name_keeps_no_headline_and_loses_nothing(text):
    head = split_release_head(text)
    assert head.headline is None
    _nothing_lost(text, head)


@pytest.mark.parametrize(
    ("first", "again"),
    [
        (
            'Roe\'s Bill to "Fingerprint" Harbor Cargo Passes',
            "Roe’s Bill to “Fingerprint” Harbor Cargo Passes",
        ),
        (
            "Roe’s Bill to “Fingerprint” Harbor Cargo Passes",
            'Roe\'s Bill to "Fingerprint" Harbor Cargo Passes',
        ),
    ],
)
def test_a_title_printed_twice_with_other_marks_ends_where_the_first_print_ends(first, again):
    text = (
        f"04.23.09 {first} Thursday, April 23, 2009 Contact: Pat Roe (202) 555-0100 {again} "
        f"Measure lets every port trace its cargo WASHINGTON, DC – {BODY}"
    )
    head = split_release_head(text)
    assert head.headline == first
    assert head.subheadline == "Measure lets every port trace its cargo"


def test_a_name_printed_again_before_its_title_is_no_repeated_title():
    text = (
        "Senator Jane Roe March 3, 2015 Senator Jane Roe Announces Service Academy Nominations "
        "for the Class of 2020 WASHINGTON, D.C. – Senator Roe announced the nominations today."
    )
    head = split_release_head(text)
    assert head.headline == (
        "Senator Jane Roe Announces Service Academy Nominations for the Class of 2020"
    )


def test_a_stamped_title_that_does_not_name_the_member_keeps_no_headline():
    text = (
        "04.12.09 Harbor Funding for Bayport Grant would keep the channel open "
        "U.S. Senator Richard Roe today asked the committee to fund the harbor."
    )
    assert split_release_head(text).headline is None


def test_a_first_name_before_a_label_the_title_names_is_the_labels():
    # no title ends in a first name: "Jane Roe:" is the label, "Roe" named by the title
    text = (
        "Roe Welcomes Harbor Grant Jane Roe: “This grant keeps the port open for good.” "
        "WASHINGTON, D.C. – Today Rep. Roe welcomed the grant."
    )
    head = split_release_head(text, "Jane Roe")
    assert head.headline == "Roe Welcomes Harbor Grant"
    assert head.subheadline == "Jane Roe: “This grant keeps the port open for good.”"
    _nothing_lost(text, head)


@pytest.mark.parametrize("issuer", ["Mia Holt", None])
def test_a_relative_of_the_member_named_in_the_title_is_no_label(issuer):
    # the body names the member by office alone; the label's first name is not hers, so
    # the name is the relative's the title speaks of, and nobody's label
    text = (
        "Holt Grieves Loss of Her Brother Ben Holt: “We will miss his laugh” "
        "WASHINGTON, D.C. – Today Congresswoman Holt said her brother died at home."
    )
    head = split_release_head(text, issuer)
    assert head.headline == "Holt Grieves Loss of Her Brother Ben Holt"
    assert not (head.subheadline or "").startswith("Ben Holt")
    doc = _release(issuer or "Holt", text)
    assert doc.headline == "Holt Grieves Loss of Her Brother Ben Holt"
    _every_word_kept(text, doc)


@pytest.mark.parametrize(
    "label",
    [
        "Click image or here for video.",
        "Watch the video of the hearing",
    ],
)
def test_a_links_label_under_the_title_is_no_deck(label):
    text = f"Roe Tours New Harbor Locks {label} WASHINGTON, D.C. – Today Rep. Roe toured the locks."
    head = split_release_head(text)
    assert head.headline == "Roe Tours New Harbor Locks"
    assert head.subheadline is None
    assert head.lead == label  # kept as the body's first words
    _nothing_lost(text, head)


def test_a_campaign_named_click_is_still_a_deck():
    text = (
        "Roe Backs Seat Belt Week Click It or Ticket Campaign Starts in May WASHINGTON, "
        "D.C. – Today Rep. Roe backed the campaign."
    )
    head = split_release_head(text)
    assert head.lead is None


def test_a_byline_after_a_quoted_column_title_opens_the_body():
    text = (
        '"Keeping an Eye on Bayport County\'s Harbor Sites" By: Pat Doe Published in the '
        "September 25, 2013 edition of the Bayport News On a cold day in 1950 the harbor "
        "froze over. Today it is open."
    )
    head = split_release_head(text)
    assert head.headline == '"Keeping an Eye on Bayport County\'s Harbor Sites"'
    assert head.subheadline is None
    assert head.rest.startswith("By: Pat Doe Published in the September 25, 2013 edition")
    _nothing_lost(text, head)


def test_a_time_word_before_the_members_name_opens_the_body():
    # "Today" ends no title: the lead "Today U.S. Senator Jo Roe (R-XX) …" starts there
    text = (
        "02.11.09 Roe Introduces Bill to Improve Harbor Safety Bill would add lights and "
        "guard rails to every public pier Today U.S. Senator Jo Roe (R-XX) introduced the "
        "Harbor Safety Act. The bill would pay for new lights on public piers."
    )
    head = split_release_head(text)
    assert head.headline == "Roe Introduces Bill to Improve Harbor Safety"
    assert head.subheadline == "Bill would add lights and guard rails to every public pier"
    assert head.rest.startswith("Today U.S. Senator Jo Roe (R-XX) introduced")


def test_a_first_name_opening_the_deck_is_a_common_word_only_where_the_body_says_so():
    # the body writes "Bill Roe": a person, so no deck is split off at "Bill"
    text = (
        "02.11.09 Roe Introduces Harbor Safety Plan Bill would add lights and guard rails "
        "to every public pier Today U.S. Senator Jo Roe (R-XX) introduced the plan with "
        "Bill Roe, her brother."
    )
    head = split_release_head(text)
    assert head.subheadline is None


def test_a_bracketed_dateline_glued_to_a_decks_full_stop():
    text = (
        "Roe and Doe Meet With Harbor RegulatorMembers meet with the port authority to "
        "discuss the plan for new locks.(Washington, DC) – Congresswoman Jane Roe met the "
        "port authority today."
    )
    head = split_release_head(text)
    assert head.rest.startswith("(Washington, DC) – Congresswoman Jane Roe")
    assert head.headline == "Roe and Doe Meet With Harbor Regulator"
    glued = text.replace("RegulatorMembers", "Regulator Members").replace(".(", ". (")
    _nothing_lost(glued, head)


def _release(member: str, text: str):
    record = {"member": member, "text": text, "date": "2021-06-02"}
    mapping = {"member": "issuer", "text": "text", "date": "published"}
    return document_from_record(record, mapping, origin=None)


def _every_word_kept(text: str, doc) -> None:
    dateline = doc.dateline.raw if doc.dateline else ""
    kept = " ".join([doc.headline or "", *doc.subheadings, dateline or "", *doc.body])
    # a label's colon between a title and its quote is the only character let go
    words = {w.rstrip(":") for w in kept.split()}
    assert [w for w in text.split() if w.rstrip(":") not in words] == []


_SCAM_LEAD = "WASHINGTON, D.C. – Congresswoman Dana Pell (D-Ohio) warned seniors about scams."


@pytest.mark.parametrize(
    "title",
    [
        # a link's verb opening a title whose subject names a medium further on
        "Watch Out for Gift Photo Scams This Summer, Pell Warns Seniors",
        "Listen Up: Pell Hosts Telephone Town Hall on Medicare Photo ID Rules",
        # "to" after the verb, then a clause: a title, not "Listen to the audio"
        "Listen to Parents Here at Home, Pell Tells School Board",
        # the medium named at once, then what it shows: a title about something
        "Watch Video of Pell Questioning Secretary on Harbor Funds",
        "Watch Pell's Video Message to Graduates",
    ],
)
@pytest.mark.parametrize("between", ["\n\n", " "])
def test_a_title_opening_with_a_links_verb_stays_the_headline(title, between):
    text = f"{title}{between}{_SCAM_LEAD}"
    doc = _release("Dana Pell", text)
    assert doc.headline == title
    _every_word_kept(text, doc)


@pytest.mark.parametrize(
    "label",
    ["Watch the video of the town hall", "Photos of the harbor tour", "Listen to the audio here"],
)
def test_a_links_label_refused_as_a_headline_is_kept_in_the_body(label):
    text = f"{label}\n\n{_SCAM_LEAD}"
    doc = _release("Dana Pell", text)
    assert doc.headline is None
    assert doc.body[0] == label
    _every_word_kept(text, doc)


@pytest.mark.parametrize(
    ("member", "title", "headline", "deck"),
    [
        (
            "Omar Vance",
            "Vance Praises Vote Confirming Judge Nominee Rita Vance: “She will serve Ohio well”",
            "Vance Praises Vote Confirming Judge Nominee Rita Vance",
            "“She will serve Ohio well”",
        ),
        (
            "Dana Pell",
            "Pell Mourns Passing of Her Husband Carl Pell: “My heart is broken today”",
            "Pell Mourns Passing of Her Husband Carl Pell",
            "“My heart is broken today”",
        ),
    ],
)
@pytest.mark.parametrize("between", ["\n\n", " "])
def test_a_name_the_title_speaks_of_is_no_label_of_its_quote(
    member, title, headline, deck, between
):
    # the surname is the member's, the first name another's: not the member's label
    office = "Congressman" if member == "Omar Vance" else "Congresswoman"
    text = f"{title}{between}WASHINGTON, D.C. – {office} {member} (D-Ohio) spoke today."
    doc = _release(member, text)
    assert (doc.headline, doc.subheadings[:1]) == (headline, [deck])
    _every_word_kept(text, doc)


@pytest.mark.parametrize(
    "lead",
    [
        "Congresswoman Dana Pell (D-Ohio) welcomed the grant.",
        "“It keeps the port open,” Dana Pell said of the grant.",
    ],
)
def test_the_members_whole_name_before_a_quote_is_its_label(lead):
    title = "Pell Wins Harbor Grant Dana Pell: “This grant will help the port”"
    doc = _release("Dana Pell", f"{title}\n\nWASHINGTON, D.C. – {lead}")
    assert doc.headline == "Pell Wins Harbor Grant"
    assert doc.subheadings[:1] == ["Dana Pell: “This grant will help the port”"]


@pytest.mark.parametrize(
    "text",
    [
        "Click here for video WASHINGTON, D.C. – Congresswoman Dana Pell (D-Ohio) toured the "
        "harbor locks.",
        "Pell Tours Harbor Locks Click here for video WASHINGTON, D.C. – Congresswoman Dana "
        "Pell (D-Ohio) toured the harbor locks.",
        "Pell Tours Harbor Locks Click here or on the image below to watch the tour WASHINGTON, "
        "D.C. – Congresswoman Dana Pell (D-Ohio) toured the harbor locks.",
    ],
)
def test_a_links_label_in_the_head_is_kept_as_the_bodys_first_words(text):
    doc = _release("Dana Pell", text)
    assert doc.headline in (None, "Pell Tours Harbor Locks")
    assert doc.body[0].startswith("Click here")
    _every_word_kept(text, doc)


@pytest.mark.parametrize(
    "lead",
    [
        "Today Congresswoman Pell welcomed the grant for the port.",
        "Rep. Pell (D-Ohio) welcomed the grant for the port today.",
    ],
)
def test_a_label_of_the_members_surname_is_hers_when_the_body_names_no_other_pell(lead):
    title = "Pell Wins Funding for Bayport Harbor Dana Pell: “This grant keeps the port open”"
    doc = _release("Dana Pell", f"{title} WASHINGTON, D.C. – {lead}")
    assert doc.headline == "Pell Wins Funding for Bayport Harbor"
    assert doc.subheadings[:1] == ["Dana Pell: “This grant keeps the port open”"]


@pytest.mark.parametrize(
    "lead",
    [
        # another first name for the member: the label's person is someone else
        "Congresswoman Ann Pell (D-Ohio) spoke today; Congresswoman Pell thanked him.",
        # an office named in the body but for another person: no sign of the label's
        "Today Sen. Jo Marsh praised the grant.",
    ],
)
def test_a_label_the_body_does_not_name_as_the_member_is_not_cut(lead):
    title = "Pell Mourns Passing of Her Husband Carl Pell: “My heart is broken today”"
    doc = _release("Ann Pell", f"{title} WASHINGTON, D.C. – {lead}")
    assert doc.headline == "Pell Mourns Passing of Her Husband Carl Pell"


@pytest.mark.parametrize(
    "byline",
    [
        "By Congresswoman Dana Pell",
        "By Rep. Dana Pell",
        "By Dana Pell",
        "By Rep. Dana Pell Published in the Bayport Ledger, May 3, 2015",
    ],
)
def test_an_op_eds_byline_after_its_title_opens_the_body(byline):
    title = "Why Bayport's Harbor Still Matters"
    text = f"{title} {byline} The port of Bayport has fed this town for two hundred years."
    doc = _release("Dana Pell", text)
    assert doc.headline == title
    assert doc.body[0].startswith(byline.split(" Published")[0])
    _every_word_kept(text, doc)


@pytest.mark.parametrize(
    "title",
    [
        # a verb that takes "by": the name is the title's own
        "Bayport Harbor Crew Honored By Dana Pell",
        # the name goes on: a body's name, not a byline
        "Harbor Grant Won By Dana Pell Foundation",
    ],
)
def test_a_name_after_by_that_is_the_titles_own_stays(title):
    text = f"{title} The port of Bayport has fed this town for two hundred years."
    head = split_release_head(text)
    assert head.headline in (title, None)


def test_an_op_eds_byline_before_a_dateline_leaves_the_dateline_found():
    text = (
        "The Truth about the Harbor Budget By Congresswoman Dana Pell Washington, D.C. – "
        "“You may have read about the port,” she said."
    )
    doc = _release("Dana Pell", text)
    assert doc.headline == "The Truth about the Harbor Budget"
    assert doc.dateline is not None and doc.dateline.place == "Washington"
    assert doc.body[0] == "By Congresswoman Dana Pell"
    _every_word_kept(text, doc)


def test_a_pictures_stock_number_under_the_title_is_no_deck():
    text = (
        "+ SHARE Roe Launches Harbor Naming Contest August 21st, 2014 #123456789 / "
        "stockpictures.com BAYPORT, Ohio—Congresswoman Jane Roe (D-Ohio) today launched a "
        "contest."
    )
    head = split_release_head(text)
    assert head.headline == "Roe Launches Harbor Naming Contest"
    assert head.subheadline is None
    assert head.lead == "#123456789 / stockpictures.com"  # kept in the body


def test_a_deck_of_words_under_a_dated_title_is_still_a_deck():
    text = (
        "Roe Backs Harbor Bill July 2, 2014 Funds go to 3 ports BAYPORT, Ohio—"
        "Congresswoman Jane Roe (D-Ohio) today backed the bill."
    )
    assert split_release_head(text).subheadline == "Funds go to 3 ports"


@pytest.mark.parametrize(
    ("title", "headline", "deck"),
    [
        (
            "Opening Statement of Congressman Jo P. Roe, M.D. Hearing on Harbor Dredging Costs",
            "Opening Statement of Congressman Jo P. Roe, M.D.",
            "Hearing on Harbor Dredging Costs",
        ),
        (
            "Statement of Senator Jane Roe Field Hearing on the Bayport Levee",
            "Statement of Senator Jane Roe",
            "Field Hearing on the Bayport Levee",
        ),
    ],
)
def test_a_statements_title_ends_with_its_speaker_and_the_hearing_is_its_deck(
    title, headline, deck
):
    text = f"{title} WASHINGTON, D.C. – Senator Roe spoke at the hearing today."
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, deck)
    _nothing_lost(text, head)


def test_a_statement_and_its_markup_before_the_body_are_headline_and_deck():
    text = (
        "Opening Statement of Chairman Jo P. Roe Subcommittee Markup of the FY 2008 Harbor "
        "Appropriations Bill Today the subcommittee will mark up the bill for the harbor."
    )
    head = split_release_head(text)
    assert head.headline == "Opening Statement of Chairman Jo P. Roe"
    assert head.subheadline == "Subcommittee Markup of the FY 2008 Harbor Appropriations Bill"
    assert head.rest.startswith("Today the subcommittee")


@pytest.mark.parametrize(
    "title",
    [
        # a capitalised preposition after the speaker's name: no boundary is sure
        "Opening Statement of Chairwoman Holt At Hearing on Canal Dredging",
        "Statement of Ranking Member Ivo Kram For Subcommittee Hearing on Bridge Tolls",
        "Statement by Chairman Kram Ahead Of Hearing on Bridge Tolls",
        # no office, and the words before the hearing are no first name and surname
        "Statement of Ivo Kram Before Hearing on Bridge Tolls",
        "Kram Issues Statement by Canal Pilots Guild Briefing on Bridge Tolls",
    ],
)
@pytest.mark.parametrize("dateline", ["WASHINGTON, D.C. – ", ""])
def test_a_statement_title_without_a_sure_name_end_is_kept_whole(title, dateline):
    text = f"{title} {dateline}Today Congressman Ivo Kram opened the hearing on the tolls."
    doc = _release("Ivo Kram", text)
    assert doc.headline == title
    assert doc.subheadings == []
    _every_word_kept(text, doc)


@pytest.mark.parametrize(
    "title",
    [
        # another person's work or words, not the issuer's byline
        "Kram Statement on Testimony By Lena Ortiz",
        "Kram Answers Remarks By Paul Weber",
        "Kram Praises New Novel By Ruth Adler",
        # a verb's particle and a town's name
        "Neighbors Asked to Drop By Glen Ellyn Office",
    ],
)
def test_a_by_phrase_naming_another_person_stays_in_the_title(title):
    text = f"{title} WASHINGTON, D.C. – Congressman Ivo Kram (D-Ohio) spoke today."
    doc = _release("Ivo Kram", text)
    assert doc.headline == title
    _every_word_kept(text, doc)


@pytest.mark.parametrize(
    "byline",
    ["By Rep. Ivo Kram", "By Lena Ortiz Published in the Canal Courier"],
)
def test_the_issuers_byline_or_an_op_eds_is_moved_to_the_body(byline):
    text = (
        f"Why the Canal Still Matters to Ohio {byline} WASHINGTON, D.C. – The canal carries grain."
    )
    doc = _release("Ivo Kram", text)
    assert doc.headline == "Why the Canal Still Matters to Ohio"
    assert doc.body[0].startswith(byline)
    _every_word_kept(text, doc)


def test_a_links_label_before_a_lead_without_a_dateline_is_kept():
    text = (
        "Holt Visits Canal Pumps Click here for photos Congresswoman Mia Holt (D-Ohio) "
        "visited the canal pumps on Friday and thanked the crews."
    )
    doc = _release("Mia Holt", text)
    assert doc.headline == "Holt Visits Canal Pumps"
    assert doc.body[0] == "Click here for photos"
    _every_word_kept(text, doc)


def test_a_links_label_ends_before_a_contacts_label():
    text = (
        "Holt Visits Canal Pumps June 4, 2019 Click here for the photos Contact: Lu Wang "
        "202-555-0187 WASHINGTON, D.C. – Congresswoman Mia Holt visited the pumps."
    )
    head = split_release_head(text, "Mia Holt")
    assert head.headline == "Holt Visits Canal Pumps"
    assert head.lead == "Click here for the photos"
    assert head.contact == "Contact: Lu Wang 202-555-0187"
    _nothing_lost(text, head)


@pytest.mark.parametrize(
    "head",
    [
        # glued to the dateline and refused as a title: in capitals, or with a clause
        "KRAM BACKS A BILL THAT PROTECTS THE CANAL’S LOCKS",
        "Kram Moves to Block Rules that Close Canal Locks",
        "Wider but not Deeper",
    ],
)
def test_a_head_refused_as_a_title_is_kept_in_the_body(head):
    text = f"{head}WASHINGTON, D.C. – Rep. Ivo Kram (R-Ohio) spoke on the floor about the canal."
    doc = _release("Ivo Kram", text)
    assert doc.dateline is not None and doc.dateline.place == "WASHINGTON"
    assert head in (doc.headline or "", doc.body[0])


@pytest.mark.parametrize("remains", ["or - Lu Wang", "or - Lu Wang (202) 555-0187 or Ana Diaz"])
def test_a_contacts_names_left_before_the_dateline_are_no_lead(remains):
    head = split_release_head(f"{remains} WASHINGTON, D.C. – Rep. Ivo Kram spoke.", "Ivo Kram")
    assert head.lead is None and head.headline is None


def test_a_long_title_and_its_sentence_case_deck_are_split():
    title = (
        "Rep. Ivo Kram Hosts Canal Safety Forum with Senator Ana Diaz & County Harbor "
        "Board Chairman Tomas Reyes and Lock Keepers"
    )
    deck = (
        "Forum to look at the rising number of barge accidents at the old locks and the "
        "cost of repairs that have waited for years on the harbor board's list"
    )
    text = f"{title} {deck} DAYTON – Barge traffic through the locks doubled last year."
    doc = _release("Ivo Kram", text)
    assert len(f"{title} {deck}".split()) > 40
    assert doc.headline == title and doc.subheadings[:1] == [deck]
    assert doc.dateline is not None and doc.dateline.place == "DAYTON"


def test_a_long_run_of_sentences_before_the_dateline_is_still_no_title():
    lead = (
        "Rep. Ivo Kram Hosts Canal Safety Forum. The forum will look at the rising number "
        "of barge accidents at the old locks and the cost of repairs that have waited for "
        "years on the harbor board's list of projects to be funded by the state"
    )
    doc = _release("Ivo Kram", f"{lead} DAYTON – Barge traffic through the locks doubled.")
    assert doc.headline is None


def test_a_teaser_before_a_title_case_title_goes_to_the_body():
    teaser = "A garden hose sold as a fire sprinkler was certified safe by the state agency."
    title = "Kram and Diaz Ask Agency to Explain Its Sprinkler Approvals"
    text = f"{teaser} {title} WASHINGTON, D.C. – Rep. Ivo Kram wrote to the agency today."
    doc = _release("Ivo Kram", text)
    assert doc.headline == title
    assert doc.body[0] == teaser
    _every_word_kept(text, doc)


def test_a_sentence_ending_in_title_case_words_is_no_teaser_and_title():
    # the words after the last full stop are a sentence's, not Title Case
    text = (
        "The canal carried more grain than ever this year. Kram said the locks need work "
        "WASHINGTON, D.C. – Rep. Ivo Kram wrote to the agency today."
    )
    assert _release("Ivo Kram", text).headline is None


def test_a_place_word_opening_the_text_is_not_cut_into_a_glued_head():
    # a known place's name at the end of an unknown one ("…BURY") is no place of its own
    doc = _release("Ivo Kram", "ASTONBURY—Today, Rep. Ivo Kram opened the new lock.")
    assert doc.dateline is not None and doc.dateline.place == "ASTONBURY"
    assert doc.headline is None


def test_a_sum_glued_to_the_title_opens_its_deck():
    text = (
        "Kram Announces Approval of Canal Lock Repairs in Harbor City$4 Million Grant "
        "Awarded to the County Port Authority WASHINGTON, DC- Rep. Ivo Kram announced it."
    )
    doc = _release("Ivo Kram", text)
    assert doc.headline == "Kram Announces Approval of Canal Lock Repairs in Harbor City"
    assert doc.subheadings[:1] == ["$4 Million Grant Awarded to the County Port Authority"]


def test_a_place_in_title_case_glued_to_a_title_in_capitals():
    text = (
        "KRAM ANNOUNCES $5 MILLION IN GRANT FUNDS FOR THE PORTDayton, OH — "
        "(Thursday, May 6, 2010) Rep. Ivo Kram welcomed the news."
    )
    doc = _release("Ivo Kram", text)
    assert doc.headline == "KRAM ANNOUNCES $5 MILLION IN GRANT FUNDS FOR THE PORT"
    assert doc.dateline is not None and doc.dateline.place == "Dayton"
    assert doc.dateline.date == "Thursday, May 6, 2010"
    assert doc.body[0] == "Rep. Ivo Kram welcomed the news."


def test_a_deck_naming_the_titles_subject_again_is_split_off():
    text = (
        "Kram Lauds Senator Diaz for Offering Amendment that Protects Lock Keepers Kram "
        "Authored Companion Bill and Was Original House Sponsor WASHINGTON – Rep. Ivo Kram "
        "thanked the senator."
    )
    doc = _release("Ivo Kram", text)
    assert (
        doc.headline == "Kram Lauds Senator Diaz for Offering Amendment that Protects Lock Keepers"
    )
    assert doc.subheadings[:1] == ["Kram Authored Companion Bill and Was Original House Sponsor"]


@pytest.mark.parametrize(
    "title",
    [
        "Kram Lauds Voters Who Backed Kram Bill on Canal Locks",  # the name, then no verb
        "Kram Backs Harbor Plan as Port Board and Kram Staff Meet",  # no verb after it
    ],
)
def test_a_title_naming_its_subject_twice_without_a_verb_stays_whole(title):
    doc = _release("Ivo Kram", f"{title} WASHINGTON – Rep. Ivo Kram spoke today.")
    assert doc.headline == title


@pytest.mark.parametrize(
    ("text", "place", "label"),
    [
        (
            "NOTICEBOSTON, MA – Rep. Lena Voss said the rail yard plan falls short.",
            "BOSTON",
            "NOTICE",
        ),
        (
            "REVISEDTOLEDO, OH – Rep. Lena Voss said the rail yard plan falls short.",
            "TOLEDO",
            "REVISED",
        ),
        (
            "BULLETINWASHINGTON – Rep. Lena Voss said the rail yard plan falls short.",
            "WASHINGTON",
            "BULLETIN",
        ),
    ],
)
def test_a_label_glued_to_a_place_opening_the_text_is_cut_off(text, place, label):
    # the place after the cut is sure: known in the state written after it, or long
    doc = _release("Lena Voss", text)
    assert doc.dateline is not None and doc.dateline.place == place
    assert doc.headline is None and doc.body[0] == label


@pytest.mark.parametrize("town", ["ELMSBURY", "OAKMONT", "ASHTONBURY"])
def test_an_unknown_town_ending_in_a_short_places_name_stays_whole(town):
    doc = _release("Lena Voss", f"{town} – Rep. Lena Voss opened the new rail yard today.")
    assert doc.dateline is not None and doc.dateline.place == town


_TERMINAL = "WASHINGTON, D.C. – Rep. Lena Voss (D-Ill.) toured the ferry terminal today."


@pytest.mark.parametrize(
    ("teaser", "rest"),
    [
        # a person's name and office, names, a caption: no title after the teaser
        ("The ferry will run on weekends through the whole of the summer season.",
         "Transit Board Chair Omar Field"),
        ("Omar Field, who chairs the transit board, said the terminal would open in May.",
         "Omar Field Transit Board Chair"),
        ("The transit board met on Monday to review the plans for the new terminal.",
         "Pictured From Left Omar Field and Rita Gale"),
        ("The transit board met on Monday to review the plans for the new terminal.",
         "Photo Courtesy of the Transit Board"),
        # words that finish the teaser's thought: no sure boundary
        ("Rep. Lena Voss will hold a job fair in two towns of the district next month.",
         "Job Seekers Are Invited to Come"),
        ("The terminal's new waiting hall will be open to the public from next Monday.",
         "All Travellers Are Welcome to Visit"),
    ],
)  # fmt: skip
def test_no_title_after_a_teaser_without_a_sure_boundary(teaser, rest):
    text = f"{teaser} {rest} {_TERMINAL}"
    doc = _release("Lena Voss", text)
    assert doc.headline is None
    assert doc.dateline is not None and doc.dateline.place == "WASHINGTON"
    _every_word_kept(text, doc)


def test_a_title_naming_the_member_after_a_teaser_is_the_headline():
    teaser = "Voss and the transit board reached a deal on the terminal after long talks."
    text = f"{teaser} Voss Says Terminal Deal Is Fair {_TERMINAL}"
    doc = _release("Lena Voss", text)
    assert doc.headline == "Voss Says Terminal Deal Is Fair"
    assert doc.body[0] == teaser


@pytest.mark.parametrize(
    "title",
    [
        # the clause qualifies the noun before it: no object, or too short to be a deck
        "Voss Calls on Senate to Pass Ferry Safety Act Voss Drafted in April",
        "Voss Praises Passage of Terminal Bill Voss Wrote with Senator Gale",
        "Voss Urges Vote on Harbor Act Voss Introduced Last Year",
    ],
)
def test_a_relative_clause_naming_the_subject_again_is_no_deck(title):
    doc = _release("Lena Voss", f"{title} {_TERMINAL}")
    assert doc.headline == title and doc.subheadings == []


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        ("Voss Lauds Senate for Passing Terminal Bill", "Voss Authored House Version of It"),
        ("Voss Ends Tour of Ferry Towns", "Voss Sailed over 300 Miles and Met 40 Crews"),
    ],
)
def test_a_deck_naming_the_subject_again_that_runs_on_is_split_off(title, deck):
    doc = _release("Lena Voss", f"{title} {deck} {_TERMINAL}")
    assert doc.headline == title
    assert doc.subheadings[:1] == [deck]


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        ("Rep. Lena Voss Praises Ferry Week at Elm Harbor",
         "Voss Cosponsors Resolution Honoring Ferry Crews"),
        ("Lena Voss Tours New Terminal in Dunmore", "Voss Secured Funds for Its Waiting Hall"),
    ],
)  # fmt: skip
def test_a_deck_naming_the_surname_of_a_subject_named_in_full_is_split_off(title, deck):
    doc = _release("Lena Voss", f"{title} {deck} {_TERMINAL}")
    assert doc.headline == title
    assert doc.subheadings[:1] == [deck]


@pytest.mark.parametrize(
    "title",
    [
        "Rep. Lena Voss Praises Voss Ferry Award Committee",  # the surname, then no verb
        "Lena Voss Urges Vote on Harbor Act Voss Introduced Last Year",  # too short a clause
        "Rep. Lena Voss Statement on Terminal Bill Voss Authored With Gale",  # no verb first
    ],
)
def test_a_surname_named_again_without_a_deck_of_its_own_stays_in_the_title(title):
    doc = _release("Lena Voss", f"{title} {_TERMINAL}")
    assert doc.headline == title and doc.subheadings == []


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        ("Voss and Mayor Gale Announce Grants to Retrain Ferry Crews",
         "FTA Training Center to Receive $2 Million for Dock Courses"),
        ("Ferry Job Seekers Flock to Voss Career Fair at Elm Harbor",
         "40 Employers Offer Over 900 Openings on the Waterfront"),
    ],
)  # fmt: skip
def test_a_deck_glued_to_the_title_by_capitals_or_a_number_is_split_off(title, deck):
    text = f"{title}{deck} {_TERMINAL}"
    doc = _release("Lena Voss", text)
    assert doc.headline == title
    assert doc.subheadings[:1] == [deck]


@pytest.mark.parametrize(
    "title",
    [
        "Rep. Lena Voss ReceivesNTA Harbor Safety Excellence Award",  # no verb after it
        "Voss and Gale Statements on2024 Ferry Trustees Report",  # no verb before it
        "Voss Hosts Ferry Forum With Dock Workers Local140 in Elm Harbor",  # a number, no verb
    ],
)
def test_capitals_or_a_number_glued_inside_one_title_split_nothing(title):
    doc = _release("Lena Voss", f"{title} {_TERMINAL}")
    assert doc.headline == title and doc.subheadings == []


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        ("Voss Questions Cuts to Ferry Crew Training",
         "North Carolina stands to lose two training centers under the plan"),
        ("Voss Bill to Fund Harbor Dredging Passes House",
         "New Jersey ports would get four more dredges a year"),
    ],
)  # fmt: skip
def test_a_two_word_place_opening_a_sentence_case_deck_stays_whole(title, deck):
    place = " ".join(deck.split()[:2])
    body = f"{_TERMINAL} The caucus met pilots from {place} at the dock."
    doc = _release("Lena Voss", f"{title} {deck} {body}")
    assert doc.headline == title
    assert doc.subheadings[:1] == [deck]


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        # the title's last word is its own; the deck opens with a common word
        ("Voss Urges Lawmakers to Think Big", "Spring session must fund the ferries"),
        ("Voss Takes Ferry Tour Out West", "Town hall meetings continue next week"),
        ("Voss Says Harbor Jobs Are Reaching a New High", "Point of the plan is to hire locals"),
    ],
)
def test_a_title_word_and_a_common_deck_word_naming_a_place_are_cut_between(title, deck):
    doc = _release("Lena Voss", f"{title} {deck} {_TERMINAL}")
    assert doc.headline == title
    assert doc.subheadings[:1] == [deck]


@pytest.mark.parametrize(
    ("title", "place"),
    [
        # the place is the object of the title's verb: one line
        ("Governor Voss Backs Rhode Island plan to cut ferry fares this year", "Rhode Island"),
        (
            "Governor Voss Moves to Protect New Jersey families from rate hikes this fall",
            "New Jersey",
        ),
        ("Senator Voss Visits West Virginia schools on ferry tour this week", "West Virginia"),
        ("Mayor Lena Voss Honors South Bend officers for bravery in flood", "South Bend"),
    ],
)
def test_a_two_word_place_after_the_title_verb_is_not_split_off(title, place):
    body = f"{_TERMINAL} She met ferry pilots from {place} at the dock."
    doc = _release("Lena Voss", f"{title} {body}")
    assert doc.headline == title and doc.subheadings == []


@pytest.mark.parametrize(
    "title",
    [
        "Six Ferry Pilots from North Carolina were honoured at the harbor this year",
        # a list of places: no deck opens inside it
        "Pupils from Elm Hollow, Mount Vernon, The Dalles honored for ferry drawings in show",
        # a county's name ends the subject: one clause
        "Other Elm & Josephine County ferry events include a forum at the harbor school",
    ],
)
def test_a_title_naming_a_two_word_place_before_lower_case_words_is_not_cut_inside_it(title):
    doc = _release("Lena Voss", f"{title} {_TERMINAL}")
    assert doc.headline == title and doc.subheadings == []


@pytest.mark.parametrize("size", ["Over", "About", "Nearly", "Up to", "More Than"])
def test_a_sum_glued_to_a_word_of_its_size_stays_in_the_title(size):
    title = f"Voss Wins {size}$2 Million for Ferry Terminal"
    doc = _release("Lena Voss", f"{title} {_TERMINAL}")
    assert doc.headline == title and doc.subheadings == []


@pytest.mark.parametrize(
    ("head", "title", "contact"),
    [
        (
            'FOR IMMEDIATE RELEASE Contact: Lu "LJ" Wang202-555-0187HOLT TOURS CANAL PUMPS',
            "HOLT TOURS CANAL PUMPS",
            'Contact: Lu "LJ" Wang 202-555-0187',
        ),
        (
            "Lu Wang202-555-0187 Holt Tours Canal Pumps",
            "Holt Tours Canal Pumps",
            "Lu Wang 202-555-0187",
        ),
    ],
)
def test_a_phone_number_glued_to_the_contacts_name_ends_the_contact(head, title, contact):
    text = f"{head} WASHINGTON, D.C. – Congresswoman Mia Holt visited the pumps."
    split = split_release_head(text, "Mia Holt")
    assert split.headline == title
    assert split.contact == contact
    assert split.rest.startswith("WASHINGTON, D.C. –")


_DOCK = "PORTLAND, Maine – Rep. Lena Voss honored a couple who rebuilt the harbor's old dock."


@pytest.mark.parametrize(
    "title",
    [
        "$2 Million Grant to Dredge Harbor, Keep Ferries Running",
        "€40,000 Prize Goes to County Ferry Crews",
    ],
)
def test_a_title_opening_with_a_sum_is_a_title(title):
    doc = _release("Lena Voss", f"{title} {_DOCK}")
    assert doc.headline == title
    assert doc.dateline is not None and doc.dateline.place == "PORTLAND"


def test_a_title_opening_with_a_sum_before_share_buttons_is_a_title():
    title = "$2 Million Grant to Dredge Harbor, Keep Ferries Running"
    text = f"{title} share: f t Imagine taking the ferry to work again without a long wait."
    doc = _release("Lena Voss", text)
    assert doc.headline == title
    _every_word_kept(text.replace("share: f t ", ""), doc)


@pytest.mark.parametrize(
    "caption",
    [
        "Congresswoman Lena Voss with Ann and Tom Reyes, 2012 Harbor Heroes",
        "Rep. Voss with Harbor Workers at the Dock",
        "Voss with Reyes at the Ferry Landing, 2012",
        "Senator Ann Lee with Harbor Workers at the Dock",
    ],
)
def test_a_caption_of_a_person_with_others_is_no_headline(caption):
    doc = _release("Lena Voss", f"{caption} {_DOCK}")
    assert doc.headline is None
    assert doc.body[0] == caption  # kept in the body, not lost
    assert doc.dateline is not None and doc.dateline.place == "PORTLAND"


@pytest.mark.parametrize(
    "title",
    [
        "Rep. Voss Meets with Harbor Workers",
        "Voss Stands with Dock Workers",
        "Rep. Voss Teams Up with Sheriff on Scam Alert",
        "Senator Ann Lee with Harbor Workers Wins Dock Funds",
    ],
)
def test_a_title_telling_what_a_person_did_with_others_stays_a_title(title):
    doc = _release("Lena Voss", f"{title} {_DOCK}")
    assert doc.headline == title


_TEASER = (
    "Our ferry crews deserve an answer on their claims in weeks, not years, said Rep. "
    "Lena Voss, whose district runs the longest ferry line in the "
)


def test_a_sentence_case_title_between_share_buttons_and_a_glued_dateline_is_the_headline():
    title = "Ferry crews deserve a quick answer, not the run-around"
    text = f"{_TEASER}share: f t {title}Washington, DC– The House voted tonight on the claims."
    doc = _release("Lena Voss", text)
    assert doc.headline == title
    assert doc.dateline is not None and doc.dateline.place == "Washington"


@pytest.mark.parametrize(
    "lead",
    [
        "Rep. Voss with the ferry crews at the dock",  # a caption
        "Ferry crews wait. The House votes tonight",  # sentences
        "Click here to watch the vote",  # a link's label
    ],
)
def test_no_title_after_share_buttons_where_the_line_is_no_title(lead):
    text = f"{_TEASER}share: f t {lead}Washington, DC– The House voted tonight on the claims."
    doc = _release("Lena Voss", text)
    assert doc.headline != lead


def _kept_once(words: str, doc) -> None:
    """Every word of `words` (the release as written, a glued dateline set apart) is in
    the document once: headline, subheadings, dateline and body together."""
    dateline = doc.dateline.raw if doc.dateline else ""
    kept = " ".join([doc.headline or "", *doc.subheadings, dateline or "", *doc.body])
    assert sorted(kept.split()) == sorted(words.split())


_PUMPS = "WASHINGTON, D.C. – Congresswoman Mia Holt visited the pumps."


@pytest.mark.parametrize(
    "head",
    [
        # digits glued to a title's word: no contact's name before them, so no contact
        # ends there and the line is the title as the page wrote it
        "Call the Holt Office at202-555-0187 For Canal Pump Tours",
        "Holt Tours Canal Pumps202-555-0187",
        "Ferry Hotline Opens for Claims at311-555-0120 Every Weekday",
    ],
)
def test_a_phone_glued_to_a_word_that_ends_no_contact_loses_no_word(head):
    doc = _release("Mia Holt", f"{head} {_PUMPS}")
    assert doc.headline == head
    _kept_once(f"{head} {_PUMPS}", doc)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("Media contact Ann Lee202-555-0187 Holt Tours Canal Pumps", "Holt Tours Canal Pumps"),
        ("Tom B. Reyes202-555-0187 Holt Tours Canal Pumps", "Holt Tours Canal Pumps"),
        ("Rep. Holt’s Office Contact: Ann Lee202-555-0187 Holt Tours Canal Pumps", None),
    ],
)
def test_a_phone_glued_to_a_contacts_name_is_the_contact(head, title):
    split = split_release_head(f"{head} {_PUMPS}", "Mia Holt")
    assert "202-555-0187" in (split.contact or "")
    if title is not None:
        assert split.headline == title


_CLAIMS_TEASER = (
    "Our crews deserve answers on claims in weeks, not years, said Rep. Lena Voss, whose "
    "district runs the longest ferry line in the "
)
_CLAIMS = "Washington, DC– The House voted tonight on the claims."


@pytest.mark.parametrize(
    "line",
    [
        # a lead sentence opening with a time word or a day, no comma
        "Today the House voted on the claims bill",
        "Yesterday the House voted on the claims bill",
        "Tonight the Senate takes up the ferry bill",
        "On Tuesday the House passed the claims bill",
        # a contact's line without its colon
        "Media contact Ann Lee",
        "Press contact Ann Lee",
        # a link's label
        "Read the full letter here",
        "Download the full report on ferry claims",
        "View more photos of the ferry landing",
    ],
)
def test_a_lead_a_contact_or_a_link_after_share_buttons_is_no_headline(line):
    doc = _release("Lena Voss", f"{_CLAIMS_TEASER}share: f t {line}{_CLAIMS}")
    assert doc.headline is None
    assert doc.dateline is not None and doc.dateline.place == "Washington"
    _kept_once(f"{_CLAIMS_TEASER} {line} {_CLAIMS}", doc)


@pytest.mark.parametrize(
    "title",
    [
        "Ferry crews deserve a quick answer, not the run-around",
        "Read the Fine Print, Voss Tells Ferry Riders",
        "Today Is a Good Day for Ferry Crews",
        "Contact Tracing Rules Reach the Ferry Line",
    ],
)
def test_a_title_after_share_buttons_keeps_the_teaser_the_page_prints_once(title):
    doc = _release("Lena Voss", f"{_CLAIMS_TEASER}share: f t {title}{_CLAIMS}")
    assert doc.headline == title
    assert doc.body[0] == _CLAIMS_TEASER.strip()  # the teaser is the release's own text
    _kept_once(f"{_CLAIMS_TEASER} {title} {_CLAIMS}", doc)


def test_a_teaser_printed_again_after_share_buttons_is_kept_once():
    teaser = "Ferry crews wait years for an answer on their injury claims, and"
    body = f"{teaser} the House voted tonight to cut that wait to weeks."
    text = f"{teaser}... share: f t Voss Bill Speeds Ferry Claims WASHINGTON, D.C. – {body}"
    doc = _release("Lena Voss", text)
    assert doc.headline == "Voss Bill Speeds Ferry Claims"
    _kept_once(f"Voss Bill Speeds Ferry Claims WASHINGTON, D.C. – {body}", doc)


def test_a_lead_opening_with_a_day_before_a_dateline_is_no_headline():
    head = "On Tuesday the House passed the claims bill"
    text = f"{head} WASHINGTON, D.C. – Rep. Lena Voss said the bill speeds claims."
    doc = _release("Lena Voss", text)
    assert doc.headline is None
    assert doc.body[0] == head
    _kept_once(text, doc)


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        ("$2 million was awarded to the canal district today", None),  # a sentence
        ("$2 Million", None),  # a sum alone
        ("$2 Million Awarded", "$2 Million Awarded"),
        ("$2 Million Grant for Canal Pumps", "$2 Million Grant for Canal Pumps"),
        ("€40,000 Prize Goes to Canal Crews", "€40,000 Prize Goes to Canal Crews"),
    ],
)
def test_a_head_opening_with_a_sum_is_a_title_only_in_title_case(head, headline):
    doc = _release("Mia Holt", f"{head} {_PUMPS}")
    assert doc.headline == headline
    _kept_once(f"{head} {_PUMPS}", doc)


@pytest.mark.parametrize(
    "title",
    [
        "Holt with Farmers: Water for Every Field",
        "Congresswoman Mia Holt with Canal Crews: Pumps Run Again",
    ],
)
def test_a_colon_after_the_with_group_makes_a_title_not_a_caption(title):
    doc = _release("Mia Holt", f"{title} {_PUMPS}")
    assert doc.headline == title
    _kept_once(f"{title} {_PUMPS}", doc)


@pytest.mark.parametrize(
    ("head", "title", "contact"),
    [
        # a title telling what somebody did before a phone number is no contact's name
        ("Holt Tours Canal Pumps 202-555-0187", "Holt Tours Canal Pumps", "202-555-0187"),
        # a contact's name, a known first name ending like a verb's past included
        (
            "Alfred Reed 202-555-0187 Holt Tours Canal Pumps",
            "Holt Tours Canal Pumps",
            "Alfred Reed 202-555-0187",
        ),
    ],
)
def test_a_title_before_a_phone_number_is_not_the_contact(head, title, contact):
    split = split_release_head(f"{head} {_PUMPS}", "Mia Holt")
    assert split.headline == title
    assert split.contact == contact


def test_a_phone_number_inside_a_title_keeps_the_title_whole():
    # the title's sentence goes on past the number in lower case: no contact's number
    head = "Veterans Can Call 202-555-0187 for Help With Canal Claims"
    split = split_release_head(f"{head} {_PUMPS}", "Mia Holt")
    assert split.headline == head
    assert split.contact is None
    # a contact's line or another number after it keeps it the contact's
    head = "Media contact: Ann Lee 202-555-0187 office Holt Tours Canal Pumps"
    assert split_release_head(f"{head} {_PUMPS}", "Mia Holt").contact == (
        "Media contact: Ann Lee 202-555-0187"
    )
    # so do words telling the reader to reach it, or a Title Case going on after it
    for head in (
        "Holt Urges Towns to Dial 202-555-0187 for Help",
        "Holt Urges Veterans to Call Crews at 202-555-0187 for Help",
        "Holt Urges Veterans to Use 1-800-555-0187 for Canal Claims",
    ):
        split = split_release_head(f"{head} {_PUMPS}", "Mia Holt")
        assert (split.headline, split.contact) == (head, None)


@pytest.mark.parametrize(
    "note",
    [
        "after 5 pm",
        "during business hours",
        "cel",
        "oficina",
        "text",
        "wk",
        "after hours",
        "for press",
        "for Press Calls",  # a name's number: Title Case after it is not enough
    ],
)
@pytest.mark.parametrize("name", ["Ann Lee", "Ann Lee,", "Contact Ann Lee"])
def test_a_contact_number_with_a_note_after_a_title_is_no_title_words(name, note):
    # no label before the name: a lower-case note after a name's number tells no title
    # going on, so the number is no title's words
    head = f"Holt Tours Canal Pumps {name} 202-555-0187 {note}"
    split = split_release_head(f"{head} {_PUMPS}", "Mia Holt")
    assert split.contact is not None
    assert "202-555-0187" in split.contact
    assert split.headline is not None
    assert "202-555-0187" not in split.headline
    assert split.headline.startswith("Holt Tours Canal Pumps")


def test_a_bracketed_place_many_cities_bear_ends_a_run_in_title():
    text = (
        "Holt Wins Funds for Canal Pumps (LAKEWOOD) Congresswoman Mia Holt said today "
        "the pumps will run again."
    )
    split = split_release_head(text, "Mia Holt")
    assert split.headline == "Holt Wins Funds for Canal Pumps"
    assert split.rest.startswith("(LAKEWOOD) Congresswoman")


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        (
            "Holt Introduces Amendment to Overturn Canal Ruling",
            "Amendment Would Restore Pump Funding for Towns",
        ),
        # the title's verb need not be one the list knows: the noun named again shows it
        (
            "Holt, Reed Re-Introduce Legislation to Fund Canal Pumps",
            "Legislation Would Restore Funding Cut Last Year",
        ),
    ],
)
def test_a_noun_the_title_named_again_before_a_modal_opens_the_deck(title, deck):
    split = split_release_head(f"{title} {deck} {_PUMPS}", "Mia Holt")
    assert (split.headline, split.subheadline) == (title, deck)


def test_a_named_noun_before_a_modal_named_once_leaves_the_title_whole():
    # where the deck's subject starts is not sure: one title, no deck
    title = "Holt Introduces Spending Amendment Would Restore Pump Funding for Towns"
    split = split_release_head(f"{title} {_PUMPS}", "Mia Holt")
    assert (split.headline, split.subheadline) == (title, None)


def test_a_contact_label_glued_to_the_title_and_a_dotted_address_end_no_title():
    # "Media Contact:" glued to the title's last word is the contact's label, and the dot
    # inside an address ("Ann.Lee@…") ends no sentence
    head = (
        "Holt Tours Canal Pumps With Town CrewsMedia Contact: Ann Lee, 202.555.0187, "
        "Ann.Lee@mail.house.gov"
    )
    split = split_release_head(f"{head}{_PUMPS}", "Mia Holt")
    assert split.headline == "Holt Tours Canal Pumps With Town Crews"
    assert split.contact == "Media Contact: Ann Lee 202.555.0187 Ann.Lee@mail.house.gov"
    assert split.rest == _PUMPS


@pytest.mark.parametrize(
    "title",
    [
        # the noun named again follows a word modifying it: the title goes on, no deck
        "Jobs Report Shows More Jobs Will Come to Canal Towns",
        "Report Shows Pumps Fail as More Pumps Would Fail Without Funds",
        "Holt Says Canal Towns Need Pumps as Some Towns Will Flood Again",
    ],
)
def test_a_noun_named_again_after_a_modifier_opens_no_deck(title):
    split = split_release_head(f"{title} {_PUMPS}", "Mia Holt")
    assert (split.headline, split.subheadline) == (title, None)


@pytest.mark.parametrize(
    "title",
    ["Holt Praises WordPress", "Holt Thanks Canal GazettePress", "Holt Joins CanalNews"],
)
def test_a_word_run_into_press_or_news_before_a_contact_label_stays_whole(title):
    # "Press"/"News" ending a word is more often a name of its own than a label glued to
    # the title's last word: the label is the contact's word alone
    split = split_release_head(f"{title} Contact: Ann Lee 202-555-0187 {_PUMPS}", "Mia Holt")
    assert split.headline == title
    assert split.contact == "Contact: Ann Lee 202-555-0187"


def test_a_bracketed_surname_after_a_role_ends_no_title():
    # "(Clinton)" after "Secretary" is the role's holder: no dateline cuts the title there
    text = (
        "Holt Praises Former Secretary (Clinton) Senator Ann Reed said today the pumps "
        "will run again."
    )
    split = split_release_head(text, "Mia Holt")
    assert split.headline != "Holt Praises Former Secretary"
    text = text.replace("(Clinton)", "(CLINTON)")
    assert split_release_head(text, "Mia Holt").headline != "Holt Praises Former Secretary"


@pytest.mark.parametrize(
    "title",
    [
        "Congresswoman Jane Roe gives keynote address at harbor event",
        "Harbor Safety Act passes House by a wide margin",
        "County board hears strong support for Roe’s ferry bill",
        "Congresswoman Roe co-sponsors bill to widen the coastal highway",
    ],
)
def test_a_sentence_case_title_glued_to_the_dateline_is_the_headline(title):
    # a verb in -s with its object makes the line a clause: the release's title
    text = f"{title}Washington, DC – Rep. Jane Roe (D-TX) spoke at the harbor today."
    head = split_release_head(text)
    assert head.headline == title and head.lead is None
    assert head.rest.startswith("Washington, DC – Rep. Jane Roe")


@pytest.mark.parametrize(
    "caption",
    [
        "Nurses from Dale County and their chiefs at the harbor fair",  # plural, preposition
        "Rep. Jane Roe and the winners of the county art contest",
        "Ann Roe, Tom Hill, Jo Park and Lee Dunn",  # a list of names
        "Rep. Roe at the harbor news conference on ferry routes",  # "news" is no verb
        "Rep. Roe walks towards the pier with harbor workers",  # "walks with" …
    ],
)
def test_a_caption_glued_to_the_dateline_without_a_verb_stays_in_the_body(caption):
    text = f"{caption}Washington, DC – Rep. Jane Roe (D-TX) met the workers today."
    head = split_release_head(text)
    assert head.headline is None
    assert head.lead in (caption, None)
    assert head.rest.startswith("Washington, DC – Rep. Jane Roe")


@pytest.mark.parametrize(
    "body",
    [
        "Rep. Roe spoke.",  # a one-line body
        "THE HARBOR BILL PASSED TODAY. Rep. Roe spoke.",  # a body opening in capitals
        "“We will rebuild the pier,” Rep. Jane Roe said today.",  # a quotation first
        "Ann Roe, Tom Hill and Jo Park toured the pier today.",  # names first
    ],
)
def test_a_glued_title_takes_nothing_of_the_body_after_the_dateline(body):
    title = "Harbor Safety Act passes House by a wide margin"
    head = split_release_head(f"{title}Washington, DC – {body}")
    assert head.headline == title
    assert head.rest == f"Washington, DC – {body}"


def test_a_sentence_glued_to_the_dateline_is_no_title():
    # a full stop: a teaser's sentence, not a title
    text = "Rep. Roe visits the harbor works today.Washington, DC – Rep. Roe spoke."
    assert split_release_head(text).headline is None


@pytest.mark.parametrize(
    "caption",
    [
        "Rep. Jane Roe at the veterans hospital in Dale County",
        "Rep. Jane Roe and students of communications technology at Dale College",
    ],
)
def test_a_noun_in_s_before_another_noun_makes_no_glued_title(caption):
    # after an article or a preposition a word in -s is a noun ("the veterans hospital")
    text = f"{caption}Washington, DC – Rep. Jane Roe (D-TX) met the workers today."
    head = split_release_head(text)
    assert head.headline is None and head.lead == caption


@pytest.mark.parametrize(
    "text",
    [
        # the body's own words come to a quotation: a time opener, a past verb, a name
        "Earlier this week Rep. Ann Roe wrote for the Dale Times “Reducing harbor silt is "
        "not a partisan issue at all,” she said.",
        "Rep. Ann Roe authored an editorial for the Dale Times “Reducing harbor silt is not "
        "a partisan issue at all,” she said.",
        "Rep. Ann Roe told the Dale Times “Reducing harbor silt is not a partisan issue at "
        "all,” she said.",
        "Statement of Rep. Ann Roe (XX-1) Harbor Bill to Dredge the Bay “I voted for the "
        "bill because the bay needs it now,” she said.",
        "Roe Calls the Plan “Reckless” and Asks the Board for a Vote on the Harbor Today.",
        "Ann Roe, Tom Hill and Jo Park “We will rebuild the pier and the harbor walls,” they said.",
    ],
)
def test_words_before_a_quotation_that_are_no_whole_title_stay_in_the_body(text):
    head = split_release_head(text)
    assert head.headline is None and head.rest == text


def _parsed(text: str, member: str | None = None):
    record = {"text": text, "member": member} if member else {"text": text}
    fields = {"text": "text", "member": "issuer"} if member else {"text": "text"}
    return document_from_record(record, fields, origin=None)


@pytest.mark.parametrize(
    ("text", "member", "speaker"),
    [
        # a verb of saying or telling anywhere in the line: the quotation is its object
        (
            "Rep. Tom Holt tells reporters “We cannot wait another year for the dredging of "
            "the harbor and the bay.” Rep. Jane Roe agreed with him.",
            "jane_roe",
            "Tom Holt",
        ),
        (
            "Rep. Tom Holt tells reporters “We cannot wait another year for the dredging of "
            "the harbor and the bay.”",
            None,
            "Tom Holt",
        ),
        (
            "Rep. Tom Holt warns colleagues “We cannot wait another year for the dredging of "
            "the harbor and the bay.” The vote is Tuesday.",
            None,
            "Tom Holt",
        ),
        (
            "Rep. Jane Roe reminds constituents “We cannot wait another year for the dredging "
            "of the harbor and the bay.”",
            None,
            "Jane Roe",
        ),
        # a person named in full in the line and by surname in the quotation's cue
        (
            "Dale County veterans Tom Hill and Jo Park “We have waited ten years for this "
            "clinic to be opened,” Hill said.",
            None,
            "Tom Hill",
        ),
        (
            "Rep. Jane Roe greets veterans at the Dale County fair “We owe our veterans far "
            "more than a parade and a handshake,” Roe said.",
            None,
            "Jane Roe",
        ),
    ],
)
def test_a_line_whose_quotation_it_cues_or_names_the_speaker_of_is_no_title(text, member, speaker):
    doc = _parsed(text, member)
    assert doc.headline is None
    assert [q.speaker for q in doc.quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Monday Rep. Jane Roe meets veterans at the Dale County fair “We owe our veterans far "
        "more than a parade and a handshake,” Roe said.",
        "The Harbor Act requires ferry operators to post their schedules online “The public "
        "deserves to know when the boats will run,” Roe said.",
        "Rep. Jane Roe greets veterans at the fair Photo by Ann Lee “We owe our veterans far "
        "more than a parade and a handshake,” Roe said.",
        "Rep. Jane Roe says the harbor needs dredging now “We cannot wait another year for "
        "the dredging of the harbor,” Roe said.",
    ],
)
def test_a_body_sentence_or_caption_before_a_quotation_is_no_title(text):
    head = split_release_head(text)
    assert head.headline is None and head.rest == text


@pytest.mark.parametrize(
    "caption",
    [
        "Dale County veterans Tom Hill and Jo Park with Rep. Jane Roe",
        "Harbor workers Tom Hill and Jo Park with Rep. Roe",
        "Elm School students show Rep. Jane Roe their science project",
        "Local firefighters give Rep. Jane Roe a tour of the station",
    ],
)
def test_a_plural_noun_before_a_name_or_a_verb_glued_to_the_dateline_is_no_title(caption):
    text = f"{caption}Washington, DC – Rep. Jane Roe (D-TX) met the workers today."
    head = split_release_head(text)
    assert head.headline is None and head.lead == caption


@pytest.mark.parametrize(
    "title",
    [
        "Harbor Safety Act passes House by a wide margin",
        "Congresswoman Roe gives keynote address at harbor event",
        "County board hears strong support for harbor plan",
        "County board hears the case for a new harbor",
    ],
)
def test_a_verb_in_s_before_an_object_glued_to_the_dateline_is_still_a_title(title):
    text = f"{title}Washington, DC – Rep. Jane Roe (D-TX) spoke at the harbor today."
    head = split_release_head(text)
    assert head.headline == title


_HARBOR_BODY = "WASHINGTON, DC – Rep. Jane Roe (D-TX) spoke at the harbor today."


@pytest.mark.parametrize(
    "title",
    [
        # a law's, a body's and a role's last word open no deck: the line is one clause
        "The Quiet Harbor Safety Act requires new lights on every pier",
        "Tallow Creek Valley Rural Water Association meets with Roe on pipeline plans",
        "Coastal Shipping and Canal Safety Subcommittee Chairman brings hearing to Elmdale",
    ],
)
def test_a_noun_ending_a_name_before_a_lower_case_verb_opens_no_deck(title):
    head = split_release_head(f"{title} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, None)


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        # the title has a verb of its own: the deck is a clause of its own
        ("Roe Touts Harbor Dredging Plan", "Congressman says that the port will grow"),
        ("Roe to Host Hearing on Harbor Dredging", "Committee members will tour the port"),
        # the title's last noun named again opens the deck
        ("Roe Statement on Passage of the Harbor Bill", "Bill includes three of her amendments"),
    ],
)
def test_a_deck_in_sentence_case_still_follows_a_title_with_a_verb(title, deck):
    head = split_release_head(f"{title} {deck} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, deck)


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        # the title's subject left out of its deck, which opens with its verb
        ("Roe Honors Harbor Pilot Ann Vell", "Salutes Forty Years of Service on the Bay"),
        ("Rep. Roe Tours Elmdale Pump Station", "Urges Quick Repair of the Canal Locks"),
    ],
)
def test_a_deck_opening_with_the_titles_verb_left_subject_is_split_off(title, deck):
    head = split_release_head(f"{title} {deck} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, deck)


@pytest.mark.parametrize(
    "title",
    [
        # the verb's subject may be the noun before it, or the verb is the title's own
        "Roe Backs Harbor Spending Package Includes Funds for Elmdale Locks",
        "Roe Announces Harbor Grants and Urges Towns to Apply by May",
        "Roe Backs Harbor Bill That Includes Funds for Elmdale Locks",
        "Roe Visits Elmdale Pump Station, Urges Quick Repair of the Locks",
        "Harbor Pilots Association Praises Roe Amendment on Pier Safety",
    ],
)
def test_a_verb_after_a_possible_subject_or_a_conjunction_opens_no_deck(title):
    head = split_release_head(f"{title} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, None)


@pytest.mark.parametrize(
    "title",
    [
        # a place's last word ends the subject too
        "Youth Rowing and Sailing Program for Elmdale City would open two new docks",
        # a word in -ed opening the title qualifies its noun: no verb before the law's name
        "Protected and Restored Wetlands Recovery Act, backed by Roe, advances to Senate",
    ],
)
def test_a_place_or_a_qualified_name_before_a_lower_case_verb_opens_no_deck(title):
    head = split_release_head(f"{title} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, None)


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        # a title told as a noun phrase naming the release: a deck opening with a law's
        # or a body's word still follows it
        ("Roe Statement on Harbor Bill Passage", "Bill now heads to the Senate"),
        ("Statement on Elmdale Pier Collapse", "Commission opens an inquiry into the cause"),
        ("Hearing on Veterans Affairs Wait Times", "Department officials promise faster care"),
        ("Update on Harbor Lock Repairs", "Administration says work will end in May"),
        ("Roe Statement on Elmdale School Shooting", "Family of victim thanks first responders"),
        # a word in -ed after "is" or "as" is the title's verb: the deck after it stands
        ("Roe Harbor Bill Is Passed", "Agency will begin dredging in May"),
        ("Roe Statement as Harbor Bill Is Signed", "Department will issue the grants"),
        # the title's verb after a subject of two words or more
        ("New Elmdale Clinic Opens Its Doors", "Family doctors will see patients in May"),
        ("Elmdale Flood Relief Arrives", "Agency staff will take claims at the library"),
    ],
)
def test_a_noun_phrase_title_or_a_later_verb_keeps_a_deck_opening_with_a_name_word(title, deck):
    head = split_release_head(f"{title} {deck} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, deck)


@pytest.mark.parametrize(
    "title",
    [
        # a word in -s inside a name, or in capitals, is no verb of the head's own
        "Tallow Creek Marine Species Recovery Act requires new lights on every pier",
        "Roe's HARBOR KIDS Act passes House with votes of both parties",
        "Elmdale Harbor Pilots Association meets with Roe on pier plans",
        # a number names the law the statement is on
        "Roe Statement on #12 Amendment to amend Sec. 4 – Harbor Fee Definition",
        "Elmdale Foreign Affairs Committee approves harbor plan for the port",
    ],
)
def test_a_plural_inside_a_name_before_a_lower_case_verb_opens_no_deck(title):
    head = split_release_head(f"{title} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, None)


@pytest.mark.parametrize(
    "title",
    [
        # after a verb that may take a clause, the noun before the second verb is its
        # subject
        "Roe Announces Elmdale Clinic Receives $2 Million Federal Grant",
        "Roe Warns Governor's Budget Includes Cuts to Harbor Funds",
        "Roe Applauds News Elmdale Port Receives Federal Safety Grant",
        "Roe Recognizes Elmdale Student Ann Vell Receives National Science Award",
        "Roe Welcomes Elmdale Mayor Tod Vell Joins Harbor Task Force",
        # a clause of its own opened by "as"
        "Roe Leads Effort as House Calls for Harbor Review",
        "Roe Celebrates as Elmdale Joins Regional Harbor Compact",
        # a verb's -s form that is a common noun here
        "Roe Secures Bipartisan Senate Votes for Harbor Dredging Bill",
        "Roe Releases Harbor Hearing Video Highlights for Elmdale Constituents",
        "Roe Secures Funds for Elmdale Track Meets Hosted by Local Schools",
        # a participle, not the title's verb; a law's initials as the verb's subject
        "Report Requested by Roe Calls for Changes to the Harbor Fee Formula",
        "Roe Files Bill to Reform Harbor Pilot Training Nationwide HPTA Includes Safety Rules",
    ],
)
def test_a_second_verb_whose_subject_may_be_the_noun_before_it_opens_no_deck(title):
    head = split_release_head(f"{title} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, None)


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        # a preposition closes the object of a verb that may take a clause
        ("Roe Applauds Board for Plan to Protect Renters", "Encourages Banks to Help Owners"),
        # "as a" opens no clause
        ("Roe Hails Naming of Elmdale Towpath as a Historic Trail", "Encourages Walkers to Visit"),
        # "Calls for" is a verb's
        ("Roe Celebrates Harbor Day at Elmdale Pier", "Calls for Cleaner Water in the Bay"),
    ],
)
def test_a_left_out_subject_deck_after_a_closed_object_is_split_off(title, deck):
    head = split_release_head(f"{title} {deck} {_HARBOR_BODY}", "Jane Roe")
    assert (head.headline, head.subheadline) == (title, deck)


@pytest.mark.parametrize(
    ("text", "headline", "rest"),
    [
        # release line, contact and date, then a title in capitals and the remarks' quote
        (
            "FOR IMMEDIATE RELEASE: March 3, 2011 MEDIA CONTACT: TOD HOLT (555) 201-3344 "
            "STATEMENT BY CONGRESSWOMAN JANE ROE (D) OHIO ON THE HARBOR BILL "
            "“Today the House kept its word to Elmdale.” The bill now goes to the Senate.",
            "STATEMENT BY CONGRESSWOMAN JANE ROE (D) OHIO ON THE HARBOR BILL",
            "“Today the House",
        ),
        # a stamp glued to the contact's label; a label in capitals opens the body
        (
            "FOR IMMEDIATE RELEASE: 3.3.11CONTACT:ANN LEE (555) 201-3344STATEMENT BY "
            "REPRESENTATIVE JANE ROE REGARDING THE ELMDALE HARBOR CLOSING NOTE: The "
            "following is a statement from Rep. Roe. “We will keep the harbor open.”",
            "STATEMENT BY REPRESENTATIVE JANE ROE REGARDING THE ELMDALE HARBOR CLOSING",
            "NOTE: The following",
        ),
    ],
)
def test_a_title_in_capitals_after_release_metadata_is_left_in_the_body(text, headline, rest):
    # A run of capitals after a release's metadata is read as no title: nothing in its
    # shape tells a title from a letterhead, a list of names, an event line or a first
    # sentence in capitals, so its end is never sure.
    head = split_release_head(text, "Jane Roe")
    assert head.headline is None
    assert headline in head.rest and rest in head.rest


@pytest.mark.parametrize(
    "text",
    [
        # the capitals run ends on a date: where the title ends is not sure
        "FOR IMMEDIATE RELEASE CONTACT: Ann Lee (555) 201-3344 FLOOR SPEECH BY REP. JANE "
        "ROE ON THE HARBOR BILL IN ELMDALE, OH WEDNESDAY, 3.3.11 Note: The following is a "
        "statement.",
        # a title in Title Case before the metadata: the head is not only metadata
        "Roe Backs Harbor Bill FOR IMMEDIATE RELEASE CONTACT: Ann Lee (555) 201-3344 "
        "STATEMENT ON THE ELMDALE HARBOR BILL VOTE “We kept our word,” Roe said.",
        # a quotation opens in the run and runs on in lower case
        "FOR IMMEDIATE RELEASE CONTACT: Ann Lee (555) 201-3344 ROE OP-ED IN THE ELMDALE "
        "GAZETTE “U.S. Harbor policy needs a reset” Online at the Gazette, Roe writes.",
        # a short run in capitals: a label, not a title
        "FOR IMMEDIATE RELEASE CONTACT: Ann Lee (555) 201-3344 UPDATE The harbor bill "
        "passed the House today.",
    ],
)
def test_no_title_in_capitals_is_read_where_its_end_or_start_is_not_sure(text):
    head = split_release_head(text, "Jane Roe")
    assert head.headline is None or not head.headline.isupper()


@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        # a hyphen glued to the place, a space after it
        (
            f"ROE BILL TO KEEP ELMDALE HARBOR OPEN PASSES HOUSEWashington- {BODY}",
            "ROE BILL TO KEEP ELMDALE HARBOR OPEN PASSES HOUSE",
            "Washington",
        ),
        # a place in Title Case glued with a hyphen to the title's last word
        (
            f"Roe Wins Funds for Elmdale Harbor Dredging and Pier Repairs-Washington, DC – {BODY}",
            "Roe Wins Funds for Elmdale Harbor Dredging and Pier Repairs",
            "Washington",
        ),
    ],
)
def test_a_place_after_a_hyphen_glued_to_it_is_the_dateline(text, headline, place):
    doc = document_from_record(
        {"member": "Jane Roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
    )
    assert doc.headline == headline
    assert doc.dateline is not None and doc.dateline.place == place


@pytest.mark.parametrize(
    "text",
    [
        # two places joined by a hyphen: the second is not cut from the first
        f"Roe Wins Funds for Harbor Dredging Riverside-Fresno – {BODY}",
        # a name the gazetteer lacks after the hyphen
        f"Roe Wins Funds for Harbor Dredging and Pier Repairs-Elmbrook – {BODY}",
        # a state's last word is no place of its own
        "Roe Praises Ruling of the Supreme Court South Carolina- Congresswoman Jane Roe "
        "(D-XX) released a statement on the ruling.",
    ],
)
def test_a_place_after_a_hyphen_is_cut_only_after_a_title_word(text):
    head = split_release_head(text, "Jane Roe")
    assert not head.rest.startswith(("Fresno", "Elmbrook", "Carolina"))


def test_a_deck_glued_to_a_title_in_capitals_that_a_quotation_ends_is_split_off():
    text = (
        "ELMDALE MAYORS ASK “WHO WILL FIX THE HARBOR?”Harbor Repairs Stalled Since "
        f"Spring Floods WASHINGTON – {BODY}"
    )
    head = split_release_head(text, "Jane Roe")
    assert (head.headline, head.subheadline) == (
        "ELMDALE MAYORS ASK “WHO WILL FIX THE HARBOR?”",
        "Harbor Repairs Stalled Since Spring Floods",
    )


_RELEASE_BLOCK = "FOR IMMEDIATE RELEASE March 3, 2011 CONTACT: Ann Lee (555) 201-3344 "


def _issuer_and_bare(text: str) -> list[Document]:
    """The release parsed with its member mapped to the issuer, and bare."""
    return [
        document_from_record(
            {"member": "Jane Roe", "text": text}, {"member": "issuer", "text": "text"}, origin=None
        ),
        document_from_record({"text": text}, {"text": "text"}, origin=None),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            _RELEASE_BLOCK + "“WE KEPT OUR WORD TO ELMDALE TODAY,” Congresswoman Jane Roe "
            "said of the harbor bill.",
            "WE KEPT OUR WORD TO ELMDALE TODAY",
        ),
        (
            _RELEASE_BLOCK + '"WE KEPT OUR WORD TO ELMDALE TODAY," Congresswoman Jane Roe '
            "said of the harbor bill.",
            "WE KEPT OUR WORD TO ELMDALE TODAY",
        ),
        (
            _RELEASE_BLOCK + "“WE KEPT OUR WORD TO ELMDALE.” That is what Mayor Tod Holt "
            "said after the vote.",
            "WE KEPT OUR WORD TO ELMDALE",
        ),
    ],
)
def test_a_quotation_in_capitals_opening_the_body_is_no_title(text, quoted):
    for doc in _issuer_and_bare(text):
        assert doc.headline is None or quoted not in doc.headline
        assert any(quoted in q.text for q in doc.quotes)


@pytest.mark.parametrize(
    "text",
    [
        # a letterhead
        _RELEASE_BLOCK + "OFFICE OF CONGRESSWOMAN JANE ROE Congresswoman Jane Roe today voted "
        "for the harbor bill.",
        # an address with its ZIP code
        _RELEASE_BLOCK + "1420 LONGWORTH HOUSE OFFICE BUILDING WASHINGTON DC 20515 "
        "Congresswoman Jane Roe today voted for the harbor bill.",
        # a second contact's name and role
        "FOR IMMEDIATE RELEASE CONTACT: ANN LEE (555) 201-3344 TOD HOLT DEPUTY PRESS "
        "SECRETARY TO THE CONGRESSWOMAN Congresswoman Jane Roe today voted for the harbor bill.",
        # an embargo line
        _RELEASE_BLOCK + "EMBARGOED UNTIL DELIVERY PLEASE CHECK AGAINST DELIVERY Congresswoman "
        "Jane Roe today voted for the harbor bill.",
        # the body's first sentence in capitals
        _RELEASE_BLOCK + "CONGRESSWOMAN JANE ROE TODAY VOTED FOR THE ELMDALE HARBOR BILL. “We "
        "kept our word to Elmdale,” said Tod Holt, the mayor.",
        # the member's name line run into the title
        _RELEASE_BLOCK + "ROE STATEMENT ON THE ELMDALE HARBOR BILL REP. JANE ROE (D-OH) Today "
        "voted for the bill.",
        # a byline with a clock time
        _RELEASE_BLOCK + "BY TOD MARSH, ELMDALE LEDGER, 9:05PM, TUE. MAR. 1 Two barns burned "
        "near Elmdale overnight.",
    ],
)
def test_metadata_lines_and_sentences_in_capitals_are_no_title(text):
    for doc in _issuer_and_bare(text):
        assert doc.headline is None or not doc.headline.isupper()


@pytest.mark.parametrize(
    "text",
    [
        # a label glued to the title's last word
        _RELEASE_BLOCK + "STATEMENT BY CONGRESSWOMAN JANE ROE ON THE PASSING OF ELMDALE POET "
        "DR. IRIS VALLANOTE: The following is a statement from Rep. Roe.",
        _RELEASE_BLOCK + "STATEMENT BY CONGRESSWOMAN JANE ROE ON THE FLOOD IN "
        "ELMDALENOTE: The following is a statement from Rep. Roe.",
        # a speaker's name in capitals as a label
        _RELEASE_BLOCK + "ROE STATEMENT ON THE ELMDALE HARBOR BILL TOD HOLT: “We are "
        "grateful.” Roe agreed.",
    ],
)
def test_a_title_is_not_cut_inside_a_name_before_a_label(text):
    for doc in _issuer_and_bare(text):
        assert doc.headline is None or not doc.headline.endswith(
            ("IRIS", " ON THE FLOOD IN", " TOD")
        )


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("UPDATE:", "ROE STATEMENT ON THE ELMDALE HARBOR BILL"),
        ("EDITOR'S NOTE:", "ROE STATEMENT ON THE ELMDALE HARBOR BILL"),
    ],
)
def test_a_title_in_capitals_before_a_label_is_left_in_the_body(label, headline):
    text = f"{_RELEASE_BLOCK}{headline} {label} The Senate votes next week."
    head = split_release_head(text, "Jane Roe")
    assert head.headline is None
    assert f"{headline} {label}" in head.rest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the hyphenated name comes again in the text
        (
            "Remarks by Mayor Tod Brandt-Carson – “The harbor is open,” said Brandt-Carson. "
            "Roe agreed.",
            "Brandt-Carson",
        ),
        (
            "Statement of Congresswoman Ann Kessel-Tyler – Congresswoman Kessel-Tyler today "
            "voted for the harbor bill. “We waited too long,” she said.",
            "Kessel-Tyler",
        ),
        # only once, after a given name
        (
            "Remarks by Mayor Tod Brandt-Carson – The harbor is open again, the mayor said.",
            "Brandt-Carson",
        ),
        # initials or an unlisted given name before it, and no state after the place
        (
            "Remarks by Judge Ann M. Kessel-Tyler – The court is open again, the judge said. "
            "“We waited,” she said.",
            "Kessel-Tyler",
        ),
        (
            "Remarks by Congresswoman Xiomel Kessel-Tyler – The court is open again.",
            "Kessel-Tyler",
        ),
    ],
)
def test_a_hyphenated_surname_is_not_cut_into_a_place(text, name):
    for doc in _issuer_and_bare(text):
        assert doc.dateline is None or name.split("-")[1] != doc.dateline.place
        assert doc.headline is None or doc.headline.endswith(name)


_DOCK_BODY = (
    "WASHINGTON, D.C. – Rep. Lena Voss (D-Ill.) spoke about the measure today. The Covid 19 "
    "relief package and the Route 66 plan were both named. “We kept at it,” said Voss."
)


@pytest.mark.parametrize(
    "title",
    [
        # a word glued to a number that names one thing with it (a route, a virus, a law's
        # title, a product), not a count opening a deck
        "Voss Votes for Covid19 Relief Bill Passed by House",
        "Voss Welcomes Funding for Route66 Corridor Plan Approved by Commission",
        "Voss Hosts Forum on Title42 Expulsions Ordered by Administration",
        "Voss Applauds Launch of Windows10 Training Program Funded by Grant",
        "Voss Tours Dunmore Plant Making iPhone15 Cases Assembled by Local Workers",
        "Voss Secures Funds for Interstate95 Widening Project Approved by State",
        "Voss Praises Elm Harbor Schools Named Among Top10 Schools Ranked by Board",
        "Voss Backs Dunmore Ferry Vision2030 Plan Adopted by Council",
        "Voss Cheers Harbor Crews at Pier7 Ferries Leave on Time",
    ],
)
def test_a_word_glued_to_a_number_it_names_is_no_deck(title):
    doc = _release("Lena Voss", f"{title} {_DOCK_BODY}")
    assert doc.headline == title and doc.subheadings == []


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        ("Voss Announces Grants for Rural Ferry Clinics",
         "2,500 Nurses Will Be Trained Next Year"),
        ("Dock Workers Rally at Annual Harbor Fair", "12 Unions Pledge Support for Ferry Bill"),
        ("Voss Presses Agency to Extend Protections for Small Shippers",
         "31 Percent of Shippers Depend on Ferries to Move Their Goods"),
    ],
)  # fmt: skip
def test_a_count_glued_to_the_titles_last_noun_opens_a_deck(title, deck):
    doc = _release("Lena Voss", f"{title}{deck} {_TERMINAL}")
    assert doc.headline == title
    assert doc.subheadings[:1] == [deck]


@pytest.mark.parametrize(
    "title",
    [
        # kin or officials sharing the surname: the surname is theirs, not the subject's
        "Rep. Lena Voss Honors Father Jim Voss Awarded Elm Harbor Medal of Valor",
        "Rep. Lena Voss Praises Governor Bill Voss Signs Ferry Safety Act Into Law",
        "Rep. Lena Voss Welcomes Judge Voss Confirmed to Serve on the Dunmore Bench",
        "Rep. Lena Voss Praises Mayor Voss Named Dunmore Citizen of the Year",
        "Lena Voss Congratulates Her Husband Voss Named Harbor Pilot of the Year",
        "Rep. Lena Voss Thanks Tom Voss Chosen to Lead the Ferry Crews Next Season",
        # the surname-only subject, kin and officials the same
        "Rep. Voss Honors Father Jim Voss Awarded Elm Harbor Medal of Valor",
        "Rep. Voss Praises Governor Bill Voss Signs Ferry Safety Act Into Law",
        "Voss Welcomes Judge Voss Confirmed to Serve on the Dunmore Bench",
        # a first name opening a noun phrase ("Warren County"): no subject named in full
        "Warren County Hosts Job Fair Franklin County Hosts Resource Expo Next Week",
        "Rep. Scott Bill Passes House Companion Bill Passed Senate Finance Committee Today",
    ],
)
def test_a_surname_shared_by_kin_officials_or_a_noun_phrase_is_no_deck(title):
    doc = _release("Lena Voss", f"{title} {_TERMINAL}")
    assert doc.headline == title and doc.subheadings == []


def test_a_subject_named_in_full_whom_the_release_does_not_name_gives_no_deck():
    # Gale is neither the issuer nor named in the body: the name may be a place or a noun
    title = "Marion Gale Tours New Terminal in Dunmore Gale Secured Funds for Its Waiting Hall"
    doc = _release("Lena Voss", f"{title} {_TERMINAL}")
    assert doc.headline == title and doc.subheadings == []
    named = f"{title} {_TERMINAL} Marion Gale said the hall opens in May."
    doc = _release("Lena Voss", named)
    assert doc.headline == "Marion Gale Tours New Terminal in Dunmore"
    assert doc.subheadings[:1] == ["Gale Secured Funds for Its Waiting Hall"]


@pytest.mark.parametrize(
    ("title", "deck"),
    [
        # the subject named again with the member's office or own first name: the deck
        # opens with them, not inside the name
        ("Voss Announces Bill to Help Uninsured Ferry Crews",
         "Congresswoman Lena Voss Unveils Crew Care Act With Members of Both Parties"),
        ("Senator Voss Attends Elm Harbor Ferry Crew Dinner",
         "Senator Voss Delivered Remarks on the History of the Harbor Fleet"),
    ],
)  # fmt: skip
def test_a_deck_naming_the_subject_again_opens_with_the_office_and_first_name(title, deck):
    doc = _release("Lena Voss", f"{title} {deck} {_TERMINAL}")
    assert doc.headline == title
    assert doc.subheadings[:1] == [deck]


def test_a_member_of_the_same_surname_after_a_verb_is_its_object_no_deck():
    title = "Rep. Lena Voss Thanks Senator Voss Secured Harbor Funds in Conference Bill"
    doc = _release("Lena Voss", f"{title} {_TERMINAL}")
    assert doc.headline == title and doc.subheadings == []


def test_a_member_named_again_with_the_office_opens_the_deck_in_a_bare_text():
    title = "Senator Voss Attends Elm Harbor Ferry Crew Dinner"
    deck = "Senator Voss Delivered Remarks on the History of the Harbor Fleet"
    head = split_release_head(f"{title} {deck} {_TERMINAL}")
    assert (head.headline, head.subheadline) == (title, deck)


_DATED_BODY = "BAYPORT, Ohio – Congresswoman Jane Roe (D-Ohio) today backed the harbor bill."


@pytest.mark.parametrize(
    ("head", "headline", "deck"),
    [
        # a title told with its verb, the date, then a deck in Title Case
        ("Roe Backs Harbor Dredging Bill May 3rd, 2017 Funds Would Double for Small Ports",
         "Roe Backs Harbor Dredging Bill", "Funds Would Double for Small Ports"),
        # … or a quotation in Title Case
        ("Roe Delivers Remarks at Elm Valley College May 3rd, 2017 “Keep the Harbor Open”",
         "Roe Delivers Remarks at Elm Valley College", "“Keep the Harbor Open”"),
        # a place that is also a surname opening the deck
        ("Roe Welcomes Students to the Capitol May 3rd, 2017 Bayport Hosts the Harbor Tour",
         "Roe Welcomes Students to the Capitol", "Bayport Hosts the Harbor Tour"),
    ],
)  # fmt: skip
def test_a_title_case_deck_under_a_dated_title_is_its_deck(head, headline, deck):
    text = f"{head} {_DATED_BODY}"
    got = split_release_head(text)
    assert (got.headline, got.subheadline) == (headline, deck)
    _nothing_lost(text, got)


@pytest.mark.parametrize(
    ("head", "headline"),
    [
        # the title printed again under the date (one word spelled apart): no deck
        ("Roe Backs Harbor Dredging Bill May 3rd, 2017 Roe Backs Harbor Dredging Bills",
         "Roe Backs Harbor Dredging Bill"),
        # a letterhead or a label above the date is no title: the line after it is
        ("UNITED STATES CONGRESS May 3rd, 2017 Roe Backs Harbor Dredging Bill",
         "Roe Backs Harbor Dredging Bill"),
        ("For Advisory Purposes Only May 3rd, 2017 Roe Backs Harbor Dredging Bill",
         "Roe Backs Harbor Dredging Bill"),
        ("Office of Congresswoman Jane Roe May 3rd, 2017 Roe Backs Harbor Bill for Small Ports",
         "Roe Backs Harbor Bill for Small Ports"),
        # a place that is also a surname, told as no verb: the longer line stays the title
        ("Harbor News From Bayport May 3rd, 2017 Roe Backs Harbor Dredging Bill",
         "Roe Backs Harbor Dredging Bill"),
    ],
)  # fmt: skip
def test_no_title_case_deck_under_a_dated_line_that_is_no_title(head, headline):
    got = split_release_head(f"{head} {_DATED_BODY}")
    assert got.headline == headline
    assert got.subheadline is None


@pytest.mark.parametrize(
    "deck",
    [
        "View Larger Map",  # a link's label under the date
        "HARBOR FUNDS NOW LAW",  # a line in capitals
        "Ann Lee and Tod Vail",  # names
    ],
)
def test_no_dated_deck_from_a_label_capitals_or_names(deck):
    got = split_release_head(f"Roe Backs Harbor Dredging Bill May 3rd, 2017 {deck} {_DATED_BODY}")
    assert got.subheadline != deck


def test_a_date_inside_the_titles_words_sets_no_deck_apart():
    head = "Roe Introduces Resolution Recognizing May 3, 2017, as “Harbor Pilots Day”"
    got = split_release_head(f"{head} {_DATED_BODY}")
    assert got.subheadline is None


@pytest.mark.parametrize(
    "title",
    [
        "Rep. Roe Announces Harbor Board Will Meet in Bayport",
        "Senator Roe Announces She Will Oppose the Harbor Levy",
        "Roe Vows They Will Not Close the Bayport Ferry",
        "Roe Confirms Elm County Council Will Keep Ferry Winter Runs",
        "Roe Announces Bayport Health Centers Will Receive Harbor Funds",
        # a name of several words as the clause's subject, one that is also a place
        "Roe Announces Ferry Captain Tod Bayport Will Retire in June",
        "Roe Announces Harbor Pilot Lena Marsh Will Testify in May",
        "Roe Announces Secretary Vail Will Visit Bayport Docks",
        # in capitals
        "ROE ANNOUNCES HARBOR BOARD WILL MEET IN BAYPORT",
    ],
)
def test_a_modal_after_a_verb_of_news_and_its_subject_is_the_titles_own(title):
    head = split_release_head(f"{title} {_DATED_BODY}")
    assert (head.headline, head.subheadline) == (title, None)


@pytest.mark.parametrize(
    ("title", "headline", "deck"),
    [
        # the verb's object and a phrase after it: the modal may open a deck (as before)
        ("Roe Announces Grants for Harbor Locks Will Continue to Push for Dredging",
         "Roe Announces Grants for Harbor Locks", "Will Continue to Push for Dredging"),
        ("Roe Announces Ferry Crew To Receive Harbor Funds to Create Training Program "
         "Funding Will Create Jobs in Bayport",
         "Roe Announces Ferry Crew To Receive Harbor Funds to Create Training Program",
         "Funding Will Create Jobs in Bayport"),
        # the verb's object is a noun phrase, no pronoun, person or body: its deck
        # opens with the modal, its subject the title's (as before)
        ("Roe Announces Reelection Bid Will Seek Third Term in Congress",
         "Roe Announces Reelection Bid", "Will Seek Third Term in Congress"),
        ("Roe Pledges Full Support Will Cosponsor Ferry Safety Bill",
         "Roe Pledges Full Support", "Will Cosponsor Ferry Safety Bill"),
        ("Roe Announces Bayport Ferry Expansion Will Continue Push for Harbor Funds",
         "Roe Announces Bayport Ferry Expansion", "Will Continue Push for Harbor Funds"),
    ],
)  # fmt: skip
def test_a_modal_after_the_objects_phrase_opens_a_deck(title, headline, deck):
    head = split_release_head(f"{title} {_DATED_BODY}")
    assert (head.headline, head.subheadline) == (headline, deck)


@pytest.mark.parametrize(
    "title",
    [
        "‘Why should ferry crews wait years for an answer?’ asks Voss",
        "'Ferry crews have waited long enough,' says Voss",
        "“The Claims Office Must Answer Ferry Crews”",
    ],
)
def test_a_quoted_title_between_share_buttons_and_a_glued_dateline_is_the_headline(title):
    text = f"{_TEASER}share: f t {title}Washington, DC– The House voted tonight on the claims."
    doc = _release("Lena Voss", text)
    assert doc.headline == title
    assert doc.dateline is not None and doc.dateline.place == "Washington"


@pytest.mark.parametrize(
    "lead",
    [
        "“Ferry crews deserve better,” Voss said.",  # a quotation and its cue: a sentence
        "'Click here' to watch the vote",  # a link's label, quoted
        "‘harbor crews’ and the claims office",  # lower case inside the mark
    ],
)
def test_no_quoted_title_after_share_buttons_where_the_line_is_no_title(lead):
    text = f"{_TEASER}share: f t {lead}Washington, DC– The House voted tonight on the claims."
    doc = _release("Lena Voss", text)
    assert doc.headline != lead


@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        # an en dash read in the wrong charset: "ñ" standing alone between the place and
        # the body, the quotation marks "ì…î"
        ("WASHINGTON, D.C. ñ Today, Congresswoman Ana Roe backed the ìHarbor Pilotsî Act.",
         None, "WASHINGTON"),
        ("Roe Backs Harbor Pilots Act Bayport, Ohio ñ Today, Congresswoman Ana Roe backed it.",
         "Roe Backs Harbor Pilots Act", "Bayport"),
    ],
)  # fmt: skip
def test_an_n_tilde_standing_alone_is_a_dash_lost_in_a_charset(text, headline, place):
    doc = _release("Ana Roe", text)
    assert doc.headline == headline
    assert doc.dateline is not None and doc.dateline.place == place


def test_an_n_tilde_inside_words_is_no_dash():
    text = "Roe Welcomes Año Nuevo Crews to the Harbor BAYPORT, Ohio – La señora Roe ñoña Ana."
    doc = _release("Ana Roe", text)
    assert doc.headline == "Roe Welcomes Año Nuevo Crews to the Harbor"
    assert doc.dateline is not None and doc.dateline.raw == "BAYPORT, Ohio –"
    assert doc.body == ["La señora Roe ñoña Ana."]


_LOCK_BODY = "QUARRY BEND, Iowa – Congressman Abel Pruitt today welcomed the canal funds."
_LOCK_TITLE = "Pruitt Secures Canal Lock Funds"


@pytest.mark.parametrize(
    "under",
    [
        # the title printed again under the date, in quotation marks
        f"“{_LOCK_TITLE}”",
        f"'{_LOCK_TITLE}'",
        # a name line, a titled name, a committee's name
        "Congressman Abel Pruitt Iowa's 5th District",
        "Mayor Lew Hanley of Quarry Bend",
        "Senate Committee on Rivers and Canals",
        "Senate Armed Services Committee",
    ],
)
def test_a_reprinted_title_or_a_name_under_the_date_is_no_deck(under):
    got = split_release_head(f"{_LOCK_TITLE} May 3, 2017 {under} {_LOCK_BODY}")
    assert (got.headline, got.subheadline) == (_LOCK_TITLE, None)


def test_a_titled_name_under_a_dated_title_is_no_deck():
    title = "Pruitt Welcomes Mayor to Capitol"
    got = split_release_head(f"{title} May 3, 2017 Mayor Lew Hanley of Quarry Bend {_LOCK_BODY}")
    assert (got.headline, got.subheadline) == (title, None)


@pytest.mark.parametrize(
    "above",
    [
        # a second title under the date, opening with the subject of the line above
        "Pruitt to Tour Canal Locks",
        "Rep. Pruitt Tours Canal Locks",
        "Pruitt Will Tour the Canal Locks",
        # a link's label above the date
        "Previous Article Pruitt Tours Canal Locks",
        "Recent News Hanley Tours Canal Locks",
        "Next Story Hanley Tours Canal Locks",
    ],
)
def test_a_second_title_or_a_link_around_the_date_keeps_the_longer_line(above):
    title = "Pruitt Secures Canal Lock Funds for River Towns"
    got = split_release_head(f"{above} May 3, 2017 {title} {_LOCK_BODY}")
    assert (got.headline, got.subheadline) == (title, None)


def test_a_possessive_subject_under_the_date_is_a_second_title():
    title = "Pruitt’s Canal Lock Bill Passes the House"
    got = split_release_head(f"Pruitt to Tour Canal Locks May 3, 2017 {title} {_LOCK_BODY}")
    assert (got.headline, got.subheadline) == (title, None)


@pytest.mark.parametrize(
    "deck",
    [
        # an office and a surname telling with a verb of its own
        "Rep. Pruitt Criticizes ‘Waste of Time’",
        # a word that is also a first name opening a clause
        "Moves One Step Closer to Law, Keeping River Locks Open",
        "Pruitt: Bill Extends Lock Hours for Barges",
    ],
)
def test_a_told_deck_naming_people_under_a_dated_title_stays_its_deck(deck):
    title = "Lock Board Passes Canal Repair Plan"
    got = split_release_head(f"{title} May 3, 2017 {deck} {_LOCK_BODY}")
    assert (got.headline, got.subheadline) == (title, deck)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # the letter itself, named in a head with a real "ñ" in a word, or after a word
        # in lower case: no dash lost, the head as written
        ("La letra ñ (eñe) cumple años en Bayport\n\nBAYPORT, Ohio – La congresista Roe habló.",
         "La letra ñ (eñe) cumple años en Bayport"),
        ("Celebrating the letter ñ In Bayport Schools\n\nBAYPORT, Ohio – Rep. Ana Roe visited.",
         "Celebrating the letter ñ In Bayport Schools"),
    ],
)  # fmt: skip
def test_an_n_tilde_in_a_text_that_writes_it_in_words_is_no_dash(text, headline):
    doc = _release("Ana Roe", text)
    assert doc.headline == headline
    assert doc.dateline is not None and doc.dateline.raw == "BAYPORT, Ohio –"


def test_a_lone_n_tilde_beside_one_in_a_word_is_no_dash():
    # the head's "ñ" is no dash where the text writes "ñ" in its words: no dateline cut
    # out of the title, the real one found
    text = "Roe Visits Piñon Bay ñ Residents Welcome Her\n\nPIÑON BAY, Colo. – Rep. Ana Roe came."
    doc = _release("Ana Roe", text)
    assert doc.headline != "Roe Visits Piñon"
    assert doc.dateline is not None and doc.dateline.raw == "PIÑON BAY, Colo. –"


def test_an_n_tilde_before_a_bracket_is_no_dash():
    text = "Roe Names the Letter ñ (Enye) Day\n\nBAYPORT, Ohio – Rep. Ana Roe spoke today."
    doc = _release("Ana Roe", text)
    assert doc.headline == "Roe Names the Letter ñ (Enye) Day"
    assert doc.dateline is not None and doc.dateline.raw == "BAYPORT, Ohio –"


@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        # a colon ends the dateline after a title and a date stamp
        (
            "11.04.17 Roe Secures Dredging Funds for Elm Harbor Portland, Maine: Senator "
            "Ann Roe today secured the funds for the harbor.",
            "Roe Secures Dredging Funds for Elm Harbor",
            "Portland",
        ),
        # a plural subject and its verb, then the verb's object: the title ends there
        (
            "Moss and Park Secure Ferry Funds Boise, Idaho: Senator Lu Moss today thanked "
            "the ferry board.",
            "Moss and Park Secure Ferry Funds",
            "Boise",
        ),
    ],
)
def test_a_dateline_ending_in_a_colon_after_the_title(text, headline, place):
    head = split_release_head(text)
    assert head.headline == headline
    doc = document_from_record({"text": text}, {"text": "text"}, origin=None)
    assert doc.dateline is not None and doc.dateline.place == place


@pytest.mark.parametrize(
    "text",
    [
        # a name split across the place: a first name or an office before it
        "Roe Honors Officer Tod Lincoln, Nebraska: Senator Ann Roe today honored the officer.",
        "Harbor Board Praises Tod Lincoln, Nebraska: Senator Ann Roe today thanked him.",
        "Roe Meets Mayor Ann Austin, Texas: Mayor Austin today thanked the senator.",
        # a verb's object right after its subject, the colon the title's own
        "Roe Visits Portland, Maine: Crews praised for quick work on the harbor today.",
        # a title going on in Title Case after its colon
        "Roe Visits Portland, Maine: Crews Praised for Quick Work Rep. Ann Roe toured it.",
        "Harbor Act: What It Means for Portland, Maine: Residents today read the act.",
        # a body sentence before a quotation, with no title before it
        "Rep. Roe released the following statement on the flood in Dayton, Ohio: “We grieve "
        "with every family,” said Roe.",
        "Roe Statement on the Flood in Dayton, Ohio: The waters rose today and families fled.",
        # a first name before the place, though the text writes the word in lower case
        "Roe Backs Harbor Bill Washington, DC: The Senate today passed the bill.",
        "Moss Honors Deputy Mark Dover, Delaware: Senator Lu Moss today honored the deputy, "
        "who will mark twenty years of service.",
        "Moss Congratulates Coach Grant Boise, Idaho: Senator Lu Moss today announced a grant "
        "for the team.",
        "Moss Honors Deputy Bill Salem, Oregon: Senator Lu Moss today backed the bill.",
        # a first name and an initial, an office two words back
        "Moss Honors Deputy Ray K. Helena, Montana: The deputy rescued three hikers today.",
        "Moss Thanks Ray K Helena, Montana: The volunteer rescued three hikers today.",
        # a verb right before the place, whatever the title's length: after a subject of
        # one to four capitalised words, a bare verb after `to`, `and` or a modal, a
        # relative clause's verb
        "Rep. Lu Moss Tours Helena, Montana: Volunteers thanked for fast help at the fair.",
        "Moss Toured Helena, Montana: Volunteers thanked for fast help at the fair today.",
        "Moss to Tour Dover, Delaware: Forum set for Monday at the school.",
        "Moss Will Tour Dover, Delaware: Forum set for Monday at the school.",
        "Moss and Park Visit Boise, Idaho: Volunteers thanked for fast help at the fair.",
        "Moss Visits and Thanks Boise, Idaho: Volunteers cleared the fairground today.",
        "Moss to Tour and Inspect Boise, Idaho: Forum set for Monday at the school.",
        "Moss Touring Helena, Montana: Volunteers thanked for fast help at the fair today.",
        "Moss Statement on Fire That Struck Salem, Oregon: Senator Lu Moss today mourned "
        "the losses.",
    ],
)
def test_a_colon_after_a_place_inside_a_title_or_sentence_is_no_dateline(text):
    head = split_release_head(text)
    assert head.headline is None
    assert head.rest == text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Moss Thanks Deputy Will Salem, Oregon: The deputy will retire this week after long "
            "service. “It was a privilege,” he said.",
            "Will Salem",
        ),
        (
            "Moss Honors Deputy Ray K. Helena, Montana: The deputy rescued three hikers on the "
            "ridge. “I only did my job,” he said.",
            "Ray K. Helena",
        ),
    ],
)
def test_a_name_across_a_colon_place_keeps_its_speaker(text, speaker):
    assert split_release_head(text).headline is None
    doc = _release("Lu Moss", text)
    assert [q.speaker for q in doc.quotes] == [speaker]


MEMBER_LEAD = " U.S. Representative Ann Roe (XX-02) said today that the panel will meet in May."


@pytest.mark.parametrize(
    ("title", "headline", "deck"),
    [
        # no dateline: a Title Case deck under the title, split as before a dateline, its
        # line break lost or kept
        (
            "Roe Named to Senior Post on Harbor and Ferry SubcommitteeWill Focus Work on Jobs "
            "and Trade in the Elm Valley",
            "Roe Named to Senior Post on Harbor and Ferry Subcommittee",
            "Will Focus Work on Jobs and Trade in the Elm Valley",
        ),
        (
            "Roe Welcomes Austin Lincoln to Elm Harbor Board Lincoln Will Chair Ferry Panel",
            "Roe Welcomes Austin Lincoln to Elm Harbor Board",
            "Lincoln Will Chair Ferry Panel",
        ),
    ],
)
def test_a_title_case_deck_before_the_member_s_lead_is_split_off(title, headline, deck):
    head = split_release_head(title + MEMBER_LEAD)
    assert (head.headline, head.subheadline) == (headline, deck)
    assert head.rest == MEMBER_LEAD.strip()


@pytest.mark.parametrize(
    "title",
    [
        # one title: a name across the place where a deck could open, a quotation in
        # capitals, a colon inside it, a modal of the title's own clause
        "Roe Thanks Governor Tod Lee Jackson for Quick Work on the Elm Harbor Ferry Dock",
        "Roe: “WE WILL FIGHT FOR EVERY FERRY” Harbor Board Votes to Keep Elm Route Open",
        "Roe Statement: Harbor Board Will Meet in Bayport to Hear Ferry Riders",
        "Roe Announces Harbor Board Will Meet in Bayport to Hear Ferry Riders",
    ],
)
def test_one_title_before_the_member_s_lead_stays_whole(title):
    head = split_release_head(title + MEMBER_LEAD)
    assert (head.headline, head.subheadline) == (title, None)


# A dateline with no dash before the member's lead (the page's line break lost).
VAIL_LEAD = "Congressman Tod Vail (XX-03) today announced that the ferry dock will reopen in May."


@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        (
            f"Elm Harbor Ferry Dock Funds Clear Committee Markup Washington, D.C. {VAIL_LEAD}",
            "Elm Harbor Ferry Dock Funds Clear Committee Markup",
            "Washington, D.C.",
        ),
        # glued to the title, and after a colon ending it
        (
            f"Ferry Grants Vital to Harbor Towns Dayton, Ohio {VAIL_LEAD}".replace(
                "Towns Dayton", "TownsDayton"
            ),
            "Ferry Grants Vital to Harbor Towns",
            "Dayton",
        ),
        (
            f"Vail Questions Ferry Board Cuts:Washington, DC {VAIL_LEAD}",
            "Vail Questions Ferry Board Cuts",
            "Washington, D.C.",
        ),
    ],
)
def test_a_dateline_with_no_dash_before_the_member_s_lead_ends_the_head(text, headline, place):
    doc = document_from_record({"text": text}, {"text": "text"}, origin=None)
    assert doc.headline == headline
    assert doc.dateline is not None and (doc.dateline.canonical or doc.dateline.place) == place
    assert doc.body[0].startswith("Congressman Tod Vail (XX-03) today")


@pytest.mark.parametrize(
    "text",
    [
        # a title ending in a place's name, a state alone, a paper's name, a place after a
        # preposition or a verb, a name after the place that opens no sentence
        f"Ferry Service Returns to Washington State {VAIL_LEAD}",
        f"Vail Op-Ed in the New York Times {VAIL_LEAD}",
        f"Vail Hosts Ferry Forum in Dayton, Ohio {VAIL_LEAD}",
        f"Ann Roe Visits Portland, Maine {VAIL_LEAD}",
        f"Ann Roe to Tour Portland, Maine {VAIL_LEAD}",
        "Students From Dayton, Ohio Meet Congressman Tod Vail at the Capitol Today",
        "Elm Harbor Welcomes Dayton, Ohio Congressman Tod Vail Ferry Dock Award Winners",
        "Ferry Award Goes to Officer Tod Lincoln, Nebraska Congressman Tod Vail said today "
        "the award was earned.",
    ],
)
def test_no_dateline_is_made_where_the_place_is_the_title_s(text):
    doc = document_from_record({"text": text}, {"text": "text"}, origin=None)
    assert doc.dateline is None


# A name, a place or an acronym list across where a Title Case deck could open: one
# headline, before the member's lead and before a dateline alike.
@pytest.mark.parametrize(
    "title",
    [
        "Roe Meets with Harbor Chief Will Hunt on Ferry Safety Plans for Elm Valley",
        "Roe Honors Elm County Deputy Will Stone at Bayport Awards Dinner",
        "Roe Pushes Harbor Plan Bayport Mayor Can Lee Backs the Idea",
        "Roe Thanks Ferry Captain Will Marsh for Rescue Off Elm Point Pier",
        "Roe Joins Elm Valley Leaders at Lake Can Do Park Opening",
        "Roe Tours Storm Damage in Mount Will Rise Township with Elm County Crews",
        "FEMA NOAA USDA Join Roe to Tour Flooded Elm Valley Farms",
        "NASA ESA JAXA Officials Visit Elm Valley Space Camp with Roe",
    ],
)
@pytest.mark.parametrize("dateline", ["", " BAYPORT, Ohio –"])
def test_a_name_place_or_acronym_subject_is_not_split_into_a_deck(title, dateline):
    head = split_release_head(title + dateline + MEMBER_LEAD, "ann_roe")
    assert (head.headline, head.subheadline) == (title, None)


@pytest.mark.parametrize(
    ("title", "headline", "deck"),
    [
        # still split: a modal after a noun that is no role, a label of capitals words
        (
            "Roe Named to Senior Post on Harbor and Ferry Subcommittee Will Focus Work on Jobs "
            "and Trade in the Elm Valley",
            "Roe Named to Senior Post on Harbor and Ferry Subcommittee",
            "Will Focus Work on Jobs and Trade in the Elm Valley",
        ),
        (
            "HARBOR FERRY NEWS Roe Praises Final Dock Deal for Elm Valley",
            "HARBOR FERRY NEWS",
            "Roe Praises Final Dock Deal for Elm Valley",
        ),
    ],
)
@pytest.mark.parametrize("dateline", ["", " BAYPORT, Ohio –"])
def test_a_deck_after_no_name_or_acronym_subject_is_still_split(title, headline, deck, dateline):
    head = split_release_head(title + dateline + MEMBER_LEAD, "ann_roe")
    assert (head.headline, head.subheadline) == (headline, deck)


def test_a_deck_holding_a_capitals_place_and_its_state_is_no_deck():
    # a dateline not found ran into the deck: the title stands, no deck is given
    title = "Roe Hosts Annual Ferry Pilot Award Ceremony"
    deck = "FPC Co-Chairs Reps. Roe & Lane Honor Harbor Pilots BAYPORT, OH Co-Chairs"
    head = split_release_head(f"{title}{deck}{MEMBER_LEAD}", "ann_roe")
    assert (head.headline, head.subheadline) == (title, None)


# A Title Case title ending on a small word written capitalised ("Spot On", "Fired Up"),
# then a known place in capitals with its state and a dash: the capitals set the place
# apart from the title, which would write a place of its own in Title Case.
@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        (
            "04.05.16 Senator Ann Roe: Harbor Dredging Plans Are Spot On TOLEDO, Ohio – "
            "U.S. Senator Ann Roe (R-XX) commented today on the dredging plans.",
            "Senator Ann Roe: Harbor Dredging Plans Are Spot On",
            "TOLEDO",
        ),
        (
            "Roe Says Harbor Crews Are Fired Up TOLEDO, Ohio – Congresswoman Ann Roe (D-XX) "
            "spoke at the harbor on Monday.",
            "Roe Says Harbor Crews Are Fired Up",
            "TOLEDO",
        ),
    ],
)
def test_a_capitals_place_after_a_title_s_last_small_word_is_the_dateline(text, headline, place):
    doc = document_from_record({"text": text}, {"text": "text"}, origin=None)
    assert doc.headline == headline
    assert doc.dateline is not None and doc.dateline.place == place


@pytest.mark.parametrize(
    "text",
    [
        # a preposition that takes the place as its object, a name across the boundary
        "Roe Says Ferry Jobs Are Coming Back To DAYTON, Ohio – Today, Rep. Ann Roe said "
        "the yard will reopen.",
        "Roe Meets With JACKSON, Miss. – Area Mayors WASHINGTON – Today, Rep. Ann Roe met "
        "the mayors.",
        "Roe Thanks Will For SALEM, Ore. – Today, Rep. Ann Roe said the ferry will run.",
        # a title in capitals, a dash inside the title, a lead in lower case
        "ROE TAKES HARBOR FIGHT ON WASHINGTON, D.C. – Today, Rep. Ann Roe said the bill passed.",
        "Roe Tours Flood Damage In HOUSTON, Texas – Pledges Ferry Aid HOUSTON, Texas – "
        "Today, Rep. Ann Roe said the bill passed.",
        "Roe Stands With LINCOLN, Neb. – residents who lost homes, said Rep. Ann Roe today.",
        # a capitals quotation and a colon inside the title
        "Roe Backs “STAND UP FOR DENVER, COLO. – NOW” Drive DENVER, Colo. – Today, Rep. "
        "Ann Roe said the drive will run.",
    ],
)
def test_no_title_is_cut_before_a_capitals_place_that_is_its_own(text):
    doc = document_from_record({"text": text}, {"text": "text"}, origin=None)
    head = doc.headline or ""
    assert not head.endswith((" To", " With", " For", " In", " ON")), head
    assert head != "Roe Backs “STAND UP FOR"


# With no dateline, a weekday written out and capitalised, glued to the title's last word
# before a full date, opens the date: its line break was lost.
@pytest.mark.parametrize(
    ("text", "headline", "released"),
    [
        (
            "FOR IMMEDIATE RELEASECONTACT:Jo Lane202-555-0100 (W)Roe Statement on Harbor "
            "Board’s RetirementTuesday April 04, 2006 Today, Congresswoman Ann Roe (XX-02) "
            "made the following statement.",
            "Roe Statement on Harbor Board’s Retirement",
            "Tuesday April 04, 2006",
        ),
        (
            "Roe Honors Ferry Pilot Tod MondayTuesday April 4, 2006 Today, Congresswoman Ann "
            "Roe (XX-02) honored the pilot.",
            "Roe Honors Ferry Pilot Tod Monday",  # a surname spelt like a weekday stays
            "Tuesday April 4, 2006",
        ),
    ],
)
def test_a_weekday_glued_to_the_title_opens_the_date_under_it(text, headline, released):
    head = split_release_head(text)
    assert head.headline == headline
    assert head.released == released


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a day named with its weekday, a place's name ending like a weekday's first
        # letters, a weekday glued to a closing quotation mark (not read as glued)
        (
            "Roe Celebrates PalmSunday April 5, 2020 Today, Congresswoman Ann Roe (XX-02) "
            "spoke at the harbor chapel.",
            "Roe Celebrates PalmSunday",
        ),
        (
            "Roe Thanks Crews for Black FridayFriday November 24, 2006 Today, Congresswoman "
            "Ann Roe (XX-02) thanked the crews.",
            "Roe Thanks Crews for Black Friday",
        ),
        (
            "Roe Tours Elm Valley Salmon Hatchery May 3, 2012 Today, Congresswoman Ann Roe "
            "(XX-02) toured the hatchery.",
            "Roe Tours Elm Valley Salmon Hatchery",
        ),
        (
            "Roe Backs Harbor Bill: Vote SetThursday June 1, 2006 Today, Congresswoman Ann "
            "Roe (XX-02) said the vote is set.",
            "Roe Backs Harbor Bill: Vote Set",
        ),
    ],
)
def test_a_weekday_named_day_or_place_stays_in_the_title(text, headline):
    assert split_release_head(text).headline == headline


# After a title's last small word, a place in capitals with its state is the dateline
# only where that word is a particle ending a phrasal verb ("Steps Up", "Sworn In") or
# the phrase "Spot On" after a copula: a preposition, a verb that wants an object, or a
# particle after a noun or a name takes the place as its object, and the title is not
# cut there.
HEAD_LEAD = " – Today, Rep. Ann Roe (D-XX) said the plan will help the families who live there."


@pytest.mark.parametrize(
    "title",
    [
        "Roe Leads Harbor Cleanup Drive In HOUSTON, Texas",
        "Roe Brings Ferry Hearing Into DAYTON, Ohio",
        "Roe Tours Flood Damage Amid FLINT, Mich.",
        "Roe Hails Port Upgrades After TOLEDO, Ohio",
        "Roe Answers Harbor Questions About SALEM, Ore.",
        "Roe Says Ferry Town Is PORTLAND, Maine",
        "Roe: Harbor Fees Are Higher Than BOSTON, Mass.",
        "Roe Backs Ferry Route Via CAMDEN, N.J.",
        "Roe Hosts Town Hall With Mayor Tod Vail On DAYTON, Ohio",
        "Roe Hosts Town Hall On DAYTON, Ohio",
        "Roe Comments On DAYTON, Ohio",
        "Roe Praises Ferry Firms Based In DAYTON, Ohio",
        "Roe Tours Wind Farm Off NANTUCKET, Mass.",
        "Roe Meets Agency Head On DAYTON, Ohio",
        # a verb's preposition with its object before it, an adverb that reads as a noun
        # and a preposition ("Agency Head On"): neither is sure
        "Roe Asks Agency To Count Ferry Permits That Elm Valley Firms Depend On WASHINGTON, D.C.",
        "Roe: It’s Time To Tackle Harbor Silt Head On DAYTON, Ohio",
    ],
)
def test_no_title_is_cut_after_a_preposition_before_a_capitals_place(title):
    doc = document_from_record({"text": title + HEAD_LEAD}, {"text": "text"}, origin=None)
    last = title.split(" ")[-3]
    assert not (doc.headline or "").endswith(" " + last), doc.headline


@pytest.mark.parametrize(
    ("title", "headline", "place"),
    [
        (
            "Harbor Patrol Officers Sworn In DAYTON, Ohio",
            "Harbor Patrol Officers Sworn In",
            "DAYTON",
        ),
        ("Roe And Vail Team Up SPOKANE, Wash.", "Roe And Vail Team Up", "SPOKANE"),
        (
            "Ports Behind Harbor Plan Team Up SPOKANE, Wash.",
            "Ports Behind Harbor Plan Team Up",
            "SPOKANE",
        ),
        (
            "Roe: Harbor Plans Are Spot On WASHINGTON, D.C.",
            "Roe: Harbor Plans Are Spot On",
            "WASHINGTON",
        ),
        ("Roe Steps Up SPOKANE, Wash.", "Roe Steps Up", "SPOKANE"),
        ("Roe Weighs In SPOKANE, Wash.", "Roe Weighs In", "SPOKANE"),
        ("Roe Signs On SPOKANE, Wash.", "Roe Signs On", "SPOKANE"),
        (
            "Roe Harbor Plan Talks Called Off SPOKANE, Wash.",
            "Roe Harbor Plan Talks Called Off",
            "SPOKANE",
        ),
    ],
)
def test_a_particle_ending_a_phrasal_verb_ends_the_title_before_a_capitals_place(
    title, headline, place
):
    doc = document_from_record({"text": title + HEAD_LEAD}, {"text": "text"}, origin=None)
    assert doc.headline == headline
    assert doc.dateline is not None and doc.dateline.place == place


# A weekday glued to a title's word before a full date is the date's only where it is the
# date's weekday, the word is no hashtag's and names no day with it, and no quotation is
# open before it.
@pytest.mark.parametrize(
    ("text", "headline", "released"),
    [
        (
            "Roe Joins #ThrowbackThursday April 4, 2019",
            "Roe Joins #ThrowbackThursday",
            "April 4, 2019",
        ),
        (
            "Roe Warns Shoppers Ahead of #TravelTuesday November 27, 2018",
            "Roe Warns Shoppers Ahead of #TravelTuesday",
            "November 27, 2018",
        ),
        # April 4, 2006 is a Tuesday: a surname, not the date's weekday
        (
            "Roe Honors Pilot Ann MacFriday April 4, 2006",
            "Roe Honors Pilot Ann MacFriday",
            "April 4, 2006",
        ),
        ("Roe Marks BloodySunday March 7, 2015", "Roe Marks BloodySunday", "March 7, 2015"),
        (
            "Roe Marks Super BowlSunday February 3, 2019",
            "Roe Marks Super BowlSunday",
            "February 3, 2019",
        ),
    ],
)
def test_a_glued_weekday_of_a_hashtag_a_named_day_or_another_date_stays_in_the_title(
    text, headline, released
):
    head = split_release_head(f"{text} Today, Congresswoman Ann Roe (XX-02) spoke at the harbor.")
    assert (head.headline, head.released) == (headline, released)


def test_a_glued_weekday_inside_an_open_quotation_does_not_cut_it():
    text = (
        "Roe: “Vote Set for NextTuesday April 4, 2006 ” Says Board Today, Congresswoman Ann "
        "Roe (XX-02) spoke at the harbor."
    )
    assert not (split_release_head(text).headline or "").endswith("Next")


# A weekday written out between a title and a full date is the title's, not the date's,
# where the title's word before it names a day with it (`Ash Wednesday`, no comma after
# it), or where a comma sets it after the title and it is not the date's weekday (an
# event's day: March 2, 2017 is a Thursday).
@pytest.mark.parametrize(
    ("text", "headline", "released"),
    [
        (
            "Roe Marks Ash Wednesday March 1, 2006 CORVALE, Ore. – Rep. Ann Roe today marked "
            "the day with a visit to the chapel.",
            "Roe Marks Ash Wednesday",
            "March 1, 2006",
        ),
        (
            "Roe Hosts Forum on Ferry Bill, Saturday March 2nd, 2017 Corvale, OR – On Saturday, "
            "March 4th, Rep. Ann Roe will host a forum on the bill.",
            "Roe Hosts Forum on Ferry Bill, Saturday",
            "March 2nd, 2017",
        ),
        (
            "Roe Thanks Crews for Black Friday November 24, 2006 Today, Congresswoman Ann Roe "
            "(XX-02) thanked the crews.",
            "Roe Thanks Crews for Black Friday",
            "November 24, 2006",
        ),
        # the date's own weekday, and one after a comma of its own, stay the date's
        (
            "Roe Hosts Forum on Ferry Bill Thursday March 2nd, 2017 Corvale, OR – Today, "
            "Rep. Ann Roe hosted a forum on the bill.",
            "Roe Hosts Forum on Ferry Bill",
            "Thursday March 2nd, 2017",
        ),
        (
            "Roe Hosts Forum on Ferry Bill, Saturday, March 2nd, 2017 Corvale, OR – Today, "
            "Rep. Ann Roe hosted a forum on the bill.",
            "Roe Hosts Forum on Ferry Bill",
            "Saturday, March 2nd, 2017",
        ),
    ],
)
def test_a_weekday_before_a_spaced_date_is_the_titles_where_it_names_its_day(
    text, headline, released
):
    head = split_release_head(text)
    assert (head.headline, head.released) == (headline, released)


# A weekday glued to a word that names a day with it (`CyberMonday`, `GivingTuesday`) is
# one word of the title, not a title run into its deck.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Roe Backs CyberMonday Safety Bill CORVALE, Ore. – Rep. Ann Roe today backed the "
            "bill that guards shoppers.",
            "Roe Backs CyberMonday Safety Bill",
        ),
        (
            "Roe Joins GivingTuesday Drive for Food Banks March 3, 2016 Today, Congresswoman "
            "Ann Roe (XX-02) joined the drive.",
            "Roe Joins GivingTuesday Drive for Food Banks",
        ),
    ],
)
def test_a_weekday_glued_to_a_word_naming_its_day_is_no_deck(text, headline):
    assert split_release_head(text).headline == headline


# Hyphens set as quotation marks around a phrase of a title (`-CLEAN HARBOR-`) end no
# dateline at the closing one; a hyphen opening the place itself still does.
@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        (
            "ROE AND VAIL ANNOUNCE $2 MILLION FOR CORVALE -CLEAN PORT- PROJECT Rep. Ann Roe "
            "today announced a grant for the port.",
            "ROE AND VAIL ANNOUNCE $2 MILLION FOR CORVALE -CLEAN PORT- PROJECT",
            None,
        ),
        (
            "Roe Wins Funds for Ferry -Blue Harbor- Plan CORVALE, Ore. – Rep. Ann Roe today "
            "announced a grant for the ferry.",
            "Roe Wins Funds for Ferry -Blue Harbor- Plan",
            "CORVALE",
        ),
        (
            "Roe Tours Flood Homes -ST. LOUIS, MO- Rep. Ann Roe toured the homes today.",
            "Roe Tours Flood Homes",
            "ST. LOUIS",
        ),
    ],
)
def test_hyphens_set_as_quotation_marks_end_no_dateline(text, headline, place):
    doc = document_from_record({"text": text}, {"text": "text"}, origin=None)
    assert doc.headline == headline
    assert (doc.dateline.place if doc.dateline else None) == place


# A title glued to words that open with a preposition in Title Case (`AwardFrom Corvale
# Harbor Board`) goes on: a deck opens its own clause, not the title's phrase. A deck in
# sentence case after such a word is still a deck.
@pytest.mark.parametrize(
    ("text", "headline", "subheadline"),
    [
        (
            "Roe Receives Port Champion AwardFrom Corvale Harbor Board Corvale, OR – Rep. Ann "
            "Roe today received an award.",
            "Roe Receives Port Champion AwardFrom Corvale Harbor Board",
            None,
        ),
        (
            "Roe Wins Funds for Harbor DredgingWith the grant, the port will clear its channel "
            "Corvale, OR – Rep. Ann Roe today announced a grant.",
            "Roe Wins Funds for Harbor Dredging",
            "With the grant, the port will clear its channel",
        ),
    ],
)
def test_a_title_glued_to_its_own_phrase_is_not_split(text, headline, subheadline):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, subheadline)


# "Press Release" run into a title's words, the title going on after it with a
# preposition, is the title's own ("… Provides Informational Press Release Regarding
# …"), not a label over it; a label in capitals or with its colon is still taken out.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Congresswoman Ann Roe Provides Informational Press Release Regarding the Harbor "
            "Settlement and Residents of Corvale County Corvale, OR – Rep. Ann Roe today "
            "released a statement.",
            "Congresswoman Ann Roe Provides Informational Press Release Regarding the Harbor "
            "Settlement and Residents of Corvale County",
        ),
        (
            "PRESS RELEASE Roe Wins Funds for Harbor Dredging Corvale, OR – Rep. Ann Roe today "
            "announced a grant.",
            "Roe Wins Funds for Harbor Dredging",
        ),
        # a release's source is a note over it, not a title
        (
            "Original Press Release from Corvale County, Oregon 5/14/14 Corvale, OR – The "
            "county executive Tod Vail announced the new harbor office.",
            None,
        ),
    ],
)
def test_press_release_inside_a_title_is_the_titles(text, headline):
    assert split_release_head(text).headline == headline


# "U.S." before the member's office opens the lead with it, however many words the
# member's name holds; it is not left at the title's end.
def test_us_before_a_member_of_three_names_opens_the_lead():
    text = (
        "Roe Vail Statement on Passing of Former Rep. Tod Marsh U.S. Rep. Ann Roe Vail "
        "(XX-02) issued the following statement today after the passing of Tod Marsh."
    )
    head = split_release_head(text)
    assert head.headline == "Roe Vail Statement on Passing of Former Rep. Tod Marsh"
    assert head.rest.startswith("U.S. Rep. Ann Roe Vail (XX-02) issued")


# A word between hyphens closed before the place (`-VIDEO-`), or a place with its region
# (`CORVALE, OR-`), leaves the dateline's hyphen its own: the place is the dateline's.
@pytest.mark.parametrize(
    ("text", "headline", "place"),
    [
        (
            "Roe Hails Harbor Plan -VIDEO- WASHINGTON, DC- Rep. Ann Roe today announced a "
            "grant for the port.",
            "Roe Hails Harbor Plan -VIDEO",
            "WASHINGTON",
        ),
        (
            "Roe Hails Harbor Plan -VIDEO- CORVALE- Rep. Ann Roe today announced a grant for "
            "the port.",
            "Roe Hails Harbor Plan -VIDEO",
            "CORVALE",
        ),
        (
            "Roe Hails Harbor Plan -UPDATED CORVALE, OR- Rep. Ann Roe today announced a grant "
            "for the port.",
            "Roe Hails Harbor Plan -UPDATED",
            "CORVALE",
        ),
        (
            "Roe Wins Funds for Harbor -with video CORVALE, OR- Rep. Ann Roe today announced a "
            "grant for the port.",
            "Roe Wins Funds for Harbor -with video",
            "CORVALE",
        ),
    ],
)
def test_a_hyphen_closing_a_place_with_its_region_or_after_a_closed_pair_ends_the_dateline(
    text, headline, place
):
    doc = document_from_record({"text": text}, {"text": "text"}, origin=None)
    assert doc.headline == headline
    assert (doc.dateline.place if doc.dateline else None) == place


# Words glued to a title that open with a preposition are still its deck where they hold a
# verb of a title or the title before them is in capitals.
@pytest.mark.parametrize(
    ("text", "headline", "deck"),
    [
        (
            "Roe Wins Funds for Harbor DredgingFor Ten Years the Basin Has Waited CORVALE, OR "
            "– Today, Rep. Ann Roe (D-OR) announced new funding.",
            "Roe Wins Funds for Harbor Dredging",
            "For Ten Years the Basin Has Waited",
        ),
        (
            "Roe Wins Harbor AwardFor The Third Year Roe Leads The State In Port Funding "
            "CORVALE, OR – Today, Rep. Ann Roe (D-OR) announced new funding.",
            "Roe Wins Harbor Award",
            "For The Third Year Roe Leads The State In Port Funding",
        ),
        (
            "ROE WINS HARBOR AWARDFrom The Port Board CORVALE, OR – Today, Rep. Ann Roe (D-OR) "
            "announced new funding.",
            "ROE WINS HARBOR AWARD",
            "From The Port Board",
        ),
    ],
)
def test_a_glued_phrase_with_a_verb_or_under_capitals_is_a_deck(text, headline, deck):
    head = split_release_head(text)
    assert (head.headline, head.subheadline) == (headline, deck)


# A weekday spaced after a word that names another weekday's day is the date's.
@pytest.mark.parametrize(
    ("text", "headline", "released"),
    [
        (
            "Roe Named Champion of Small Business Tuesday March 1, 2016 WASHINGTON – Today, "
            "Rep. Ann Roe (D-OR) announced new funding for rural clinics.",
            "Roe Named Champion of Small Business",
            "Tuesday March 1, 2016",
        ),
        (
            "Roe Backs Bill for Small Business Monday April 4, 2016 WASHINGTON – Today, Rep. "
            "Ann Roe (D-OR) announced new funding for rural clinics.",
            "Roe Backs Bill for Small Business",
            "Monday April 4, 2016",
        ),
    ],
)
def test_a_weekday_after_a_word_naming_another_days_is_the_dates(text, headline, released):
    head = split_release_head(text)
    assert (head.headline, head.released) == (headline, released)


# After a teaser, hyphens set as quotation marks around a phrase of a title (`-BLUE
# LIBERTY-`) end no dateline at the closing one either: a place the gazetteer knows there
# is no place.
@pytest.mark.parametrize(
    "text",
    [
        "The harbor authority will buy three ferries for the Blue Liberty fleet. share: f t "
        "For Immediate Release: Contact: Tod Vail September 11, 2012 (202) 555-0101 REP. ANN "
        "ROE ANNOUNCES $2 MILLION FOR CORVALE -BLUE LIBERTY- FERRY PROJECT U.S. "
        "Representative Ann Roe (OR-03) today announced that the harbor authority will buy "
        "three ferries.",
        "The harbor authority will buy three ferries for the Blue Liberty fleet. REP. ANN ROE "
        "ANNOUNCES $2 MILLION FOR CORVALE -BLUE LIBERTY- FERRY PROJECT U.S. Representative "
        "Ann Roe (OR-03) today announced that the harbor authority will buy three ferries.",
    ],
)
def test_a_hyphen_pair_after_a_teaser_is_no_dateline(text):
    doc = document_from_record({"text": text}, {"text": "text"}, origin=None)
    assert doc.dateline is None or doc.dateline.place is None
    assert doc.headline in (
        None,
        "REP. ANN ROE ANNOUNCES $2 MILLION FOR CORVALE -BLUE LIBERTY- FERRY PROJECT",
    )


# A label in capitals naming the kind of release before its title (`POST RELEASE:`, `VIDEO
# RELEASE:`) is no part of the headline; the same words inside a title are.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "POST RELEASE: Roe, Harbor Groups Stand Against the Port Tax CORVALE, OR – Earlier "
            "today, Rep. Ann Roe (D-OR) joined harbor groups against the tax.",
            "Roe, Harbor Groups Stand Against the Port Tax",
        ),
        (
            "VIDEO RELEASE: Ann Roe applauds passage of the harbor dredging bill CORVALE, OR – "
            "Rep. Ann Roe (D-OR) today applauded the vote.",
            "Ann Roe applauds passage of the harbor dredging bill",
        ),
        (
            "ROE HAILS HOSTAGE RELEASE: A WIN FOR CORVALE FAMILIES CORVALE, OR – Rep. Ann Roe "
            "(D-OR) today welcomed the news.",
            "ROE HAILS HOSTAGE RELEASE: A WIN FOR CORVALE FAMILIES",
        ),
    ],
)
def test_a_label_naming_the_kind_of_release_is_no_title(text, headline):
    assert split_release_head(text).headline == headline


# A deck glued to the year ending a title in Title Case (a line break lost) starts at the
# glue; a year glued inside a sentence or after a month is no boundary.
@pytest.mark.parametrize(
    ("text", "headline", "deck"),
    [
        (
            "Roe Presses Harbor Board to Reduce Silt in 2010Dredging & Targeted Funds to Focus "
            "On the Upper Basin Corvale, OR - Rep. Ann Roe (D-OR) pressed the board today.",
            "Roe Presses Harbor Board to Reduce Silt in 2010",
            "Dredging & Targeted Funds to Focus On the Upper Basin",
        ),
        (
            "Roe Votes for Spending Bill to Keep Ferries Running Thru September 2016Funding "
            "Package Sustains Harbor Jobs Corvale, OR - Rep. Ann Roe (D-OR) voted today.",
            "Roe Votes for Spending Bill to Keep Ferries Running Thru September 2016 Funding "
            "Package Sustains Harbor Jobs",
            None,
        ),
    ],
)
def test_a_deck_glued_to_a_year_ending_the_title(text, headline, deck):
    head = split_release_head(text)
    assert head.headline == headline
    assert head.subheadline == deck


# A word that names no medium or form before `RELEASE:` opening the head is the title's
# own first words (what is released), not a label naming the kind of release.
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "HOSTAGE RELEASE: ROE WELCOMES CORVALE SAILORS HOME CORVALE, OR – Rep. Ann Roe "
            "(D-OR) today welcomed the news.",
            "HOSTAGE RELEASE: ROE WELCOMES CORVALE SAILORS HOME",
        ),
        (
            "March 3, 2014 WATER RELEASE: Roe Urges Corps to Hold Back Dam Flows CORVALE, OR – "
            "Rep. Ann Roe (D-OR) today wrote to the Corps.",
            "WATER RELEASE: Roe Urges Corps to Hold Back Dam Flows",
        ),
        (
            "JOINT RELEASE: Roe, Vail Back the Harbor Bill CORVALE, OR – Rep. Ann Roe (D-OR) "
            "and Rep. Tod Vail (D-OR) today backed the bill.",
            "Roe, Vail Back the Harbor Bill",
        ),
    ],
)
def test_a_release_of_something_opening_the_title_is_no_label(text, headline):
    assert split_release_head(text).headline == headline


# A year glued to a capitalised word after a word that is no preposition may name what
# follows or end a date: no deck is cut there.
@pytest.mark.parametrize(
    "text",
    [
        "Roe and Vail Hail 2015Harbor Act Passage in the Senate Corvale, OR - Rep. Ann Roe "
        "(D-OR) spoke today.",
        "Roe Votes for Harbor Bill Funding Through Sep 2016Funding Package Sustains Harbor Jobs "
        "Corvale, OR - Rep. Ann Roe (D-OR) voted today.",
    ],
)
def test_a_year_after_no_preposition_cuts_no_deck(text):
    head = split_release_head(text)
    assert head.subheadline is None
    assert head.headline is not None and " ".join(head.headline.split()[-3:]) != "Vail Hail 2015"
