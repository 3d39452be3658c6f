"""Every pattern and word list the plain-text importer matches against, in one place.

The extractors in `dateline`, `photos` and `text` hold logic only; when copy from a new
agency or press office parses badly, the fix usually belongs here.
"""

from __future__ import annotations

import re

# -- dates --------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Wire copy abbreviates months ("Feb. 24", "Sept. 26", "Feb 24") and Reuters 1987 copy
# has typos in case ("MArch"), hence the inline ignore-case group.
MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
WEEKDAY = r"(?i:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?i:day)?\.?"
YEAR = r"(?:1[89]|20)\d\d"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# Days named relative to the writing, which a sentence or a release's lead may open with
# before its subject (`Today, …`, `Yesterday the House …`), and the names of the days and
# months written out: read as words by the speaker book, the quotation reader and the
# release head alike.
DAY_WORDS = ("Today", "Yesterday", "Tonight")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip
# Counts written in words, each at its number's index (`NUMBER_WORDS[5]` is "five"): the
# release head, the speaker book and the quotation reader each read a slice of them.
NUMBER_WORDS = tuple(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
)

# "February 24", "Feb. 24, 2022", "24 February 2022", optionally after a weekday.
DATE_TEXT = (
    rf"(?:{WEEKDAY},?\s+)?"
    rf"(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?|{DAY}\s+{MONTH}(?:,?\s+{YEAR})?)"
)
DATE_PARTS_RE = re.compile(
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})|(?P<d2>{DAY})\s+(?P<m2>{MONTH}))"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
ISO_DATE_RE = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ][\d:.+Z-]+)?")

# A paragraph that is nothing but a full date (with year), maybe with a time and a
# label: "February 24, 2022", "Thursday, 24 February 2022 10:15 GMT",
# "Published: Feb. 24, 2022". Dates without a year never qualify.
TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"
DATE_LABEL = r"(?i:(?:published|posted|updated|released|date|dated)\s*(?:on)?\s*:?\s*)"
DATE_LINE_RE = re.compile(
    rf"\s*{DATE_LABEL}?(?P<date>(?:{WEEKDAY},?\s+)?"
    rf"(?:{MONTH}\s+{DAY},?\s+{YEAR}|{DAY}\s+{MONTH},?\s+{YEAR}))"
    rf"{TIME}?\s*"
)
ISO_LINE_RE = re.compile(rf"\s*{DATE_LABEL}?(?P<date>{ISO_DATE_RE.pattern})\s*")
# A full date opening a paragraph and set off from the text that follows by a dash
# or a bar: "February 24, 2022 – The ministry ...".
DATE_LEAD_RE = re.compile(
    rf"\s*(?P<date>(?:{MONTH}\s+{DAY},?\s+{YEAR}|{DAY}\s+{MONTH},?\s+{YEAR}))"
    rf"{TIME}?\s*(?:--|[-–—|])\s+"
)

# -- datelines ----------------------------------------------------------------

# A misspelt month or day ("Narch 2", "Marc 3", "March 2O", "April, 13"): trusted only
# after an upper-case place, where wire copy leaves no other reading.
LOOSE_DATE = r"[A-Za-z]{3,9}[.,]?\s+(?:\d[\dOl]{0,2}|[Ol]\d?)(?![\w,.:/])"
# An agency named without parentheses after the date: "ROME, March 13, Reuter -".
BARE_AGENCY = r"Reuters?|AP|AFP|UPI"

# One dateline: place, optional regions ("KYIV, Ukraine", "Washington, D.C."),
# optional date, optional agency, then the dash (or TASS's full stop) that ends it; a
# dash typed as hyphens is up to four of them ("Chicago, IL. ---- Congressman …").
# The pattern is deliberately loose; `dateline.py` decides whether a match is a
# real dateline or an ordinary sentence that happens to have the same shape.
# A hyphen joins a place's words ("WILKES-BARRE", "Winston-Salem"), not a place in
# capitals and the text's first word glued on ("WASHINGTON-On Tuesday …"), unless that
# word ends the place ("WINSTON-Salem, NC –"). The two hyphen branches exclude each
# other: overlapping ones make a failed match retry every split of a hyphenated run.
_PLACE_WORD = (
    r"[^\W\d_](?:[^\W\d_]|[.'’&/]|(?<![A-Z]{2})-"
    r"|(?<=[A-Z]{2})-(?:(?![A-Z][a-z])|(?=[A-Z][a-z]+(?:\s*[,–—―]|\s+-))))*"
)
# Press releases set a date in parentheses after the place: "Washington, DC (May 5, 2019) –".
_FULL_DATE = rf"(?:{MONTH}\s+{DAY},?\s+{YEAR}|{DAY}\s+{MONTH},?\s+{YEAR})"
# … or as numbers in brackets: "WASHINGTON, D.C. [09/18/12]—" (month first, as US copy writes).
NUMERIC_DATE = r"(?:0?[1-9]|1[0-2])/(?:[12]\d|3[01]|0?[1-9])/(?:\d\d){1,2}"
_PAREN_DATE = (
    rf"(?:\(\s*(?:{WEEKDAY},?\s+)?{_FULL_DATE}\s*\)"
    rf"|\(\s*{NUMERIC_DATE}\s*\)|\[\s*{NUMERIC_DATE}\s*\])"
)
DASHES = "–—―"
DASH_CHARS = "-" + DASHES
# A release date, in brackets or not, with a dash of its own after a dateline's dash:
# "Washington, DC – (Friday, April 25, 2014) – Today …", "Washington, DC - October 30,
# 2009 - U.S. Representative …" (the date belongs to the dateline); one in brackets needs
# no dash after it: "Dallas, TX — (Thursday, September 30, 2010) Congresswoman …".
PAREN_DATE_AFTER_RE = re.compile(
    rf"\s*(?P<date>{_PAREN_DATE}|(?:{WEEKDAY},?\s+)?{_FULL_DATE})"
    # a hyphen glued to the year with a digit after it is a range ("2014-2015 budget")
    rf"(?:\s*[{DASHES}]|\s+-{{1,4}}|-{{1,4}}(?![\d-])|(?<=[)\]])(?=\s+[A-Z“\"]))[ \t]*"
)
DATELINE_RE = re.compile(
    rf"""
    \s*\**  # Reuters flags some stories with leading asterisks
    # releases put the whole dateline in brackets: "(Washington, DC) -", "[Washington, DC] --"
    (?P<open>[(\[]\s*)?
    (?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}?)
    (?P<region>(?:\s*,\s*{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}){{1,2}}?)??
    (?:(?:\s*(?P<date_comma>,[.,]?)\s*|\s+)(?:(?P<date>{DATE_TEXT})|(?P<loose_date>{LOOSE_DATE}))
       (?:\s*,\s*(?P<bare_agency>{BARE_AGENCY}))?)?
    (?(open)\s*[)\]]|)
    [.,]{{0,2}}
    (?:\s*(?P<paren_date>{_PAREN_DATE}))?
    (?:\s*(?P<agency>\([^()\n\d,]{{1,40}}\)|/[^\W\d_][\w -]{{0,30}}/))?
    (?P<sep>\s+-{{1,4}}(?![\d-])|-{{1,4}}(?=\s|$)|(?(region)(?<=[.)])|(?<=D\.C\.))-{{1,4}}(?=[^\W\d_])|-{{2,4}}(?=[^\W\d_])|(?(region)(?<=[A-Z])-(?=[A-Z"“])|(?!))|\s*[{DASHES}]+|(?<=/)\.|(?(open)(?<=[)\]])(?=\s)|(?!))
         |(?P<glued>(?<=[A-Z]{{3}})-(?=[A-Z](?:\.|[a-z])))
         |(?P<colon>\s*[:|](?=[ \t])))
    [ \t]*\n?[ \t]*
    """,
    re.VERBOSE,
)

# An upper-case place with no date, region or agency behind it is at most this many
# words; longer runs of capitals are headlines ("BONUS WHEAT FLOUR FOR NORTH YEMEN -").
MAX_BARE_PLACE_WORDS = 3

# Agencies whose name in parentheses marks a dateline even after a mixed-case place
# ("Cleveland (AFP) –"); other parenthesised names count only after an upper-case place.
KNOWN_AGENCIES: frozenset[str] = frozenset(
    a.casefold()
    for a in (
        "AP", "AFP", "Reuters", "Sputnik", "TASS", "Xinhua", "UPI", "CNN", "dpa", "Bloomberg",
        "RIA Novosti", "Interfax", "ANI", "PTI", "IANS", "EFE", "ANSA", "Kyodo", "Yonhap",
        "BBC", "Anadolu", "AA", "RT", "Ukrinform", "UNIAN", "IRNA", "KUNA", "WAFA", "Bernama",
        "Antara", "CNA", "PAP", "APA", "BelTA", "Trend", "AFX", "CP", "AAP", "KCNA", "MTI",
        "TT", "NTB", "Ritzau", "Belga", "Lusa", "Agerpres", "BTA", "CTK", "HINA", "Tanjug",
        "Notimex", "Prensa Latina", "Al Jazeera", "Reuters Health", "HealthDay News",
        "NEXSTAR", "Reuter", "The Conversation", "Kyiv Independent", "Ukrainska Pravda",
    )
)  # fmt: skip

# Upper-case words that open copy the way a place would but are labels, not places.
NOT_PLACES: frozenset[str] = frozenset(
    (
        "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "FILE", "NOTE",
        "EDITOR'S NOTE", "EDITORS NOTE", "CORRECTION", "CLARIFICATION", "ANALYSIS",
        "OPINION", "COMMENTARY", "WATCH", "VIDEO", "PHOTOS", "PHOTO", "LIVE", "URGENT",
        "FLASH", "ALERT", "ADVISORY", "EMBARGOED", "FOR IMMEDIATE RELEASE", "RELEASE",
        "CONTACT", "MEDIA CONTACT", "PRESS RELEASE", "NEWS RELEASE", "STATEMENT",
        "SPOILER", "WARNING", "RPT", "REPEAT", "CORRECTED", "RECASTS", "REFILE", "Q", "A",
        "I", "OK", "FYI", "TL;DR", "PS", "P.S.",
        # a weekday before a date ("Monday, May 18, 2009 -") and a time's zone ("11:45am EST –")
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT", "GMT",
        "UTC",
    )
)  # fmt: skip

# Capitalised words that start sentences ("On March 13 - ...", "Meanwhile, Trump —")
# and so never name the place of a mixed-case dateline.
SENTENCE_OPENERS: frozenset[str] = frozenset(
    (
        "a", "an", "the", "on", "in", "at", "by", "for", "from", "since", "until", "as",
        "of", "but", "and", "or", "if", "when", "while", "this", "that", "these", "those",
        "it", "he", "she", "they", "we", "i", "you", "today", "yesterday", "tomorrow",
        "meanwhile", "also", "however", "then", "now", "last", "next", "early", "late",
        "earlier", "later", "posted", "published", "updated", "before", "after", "during",
        "through", "between", "here", "there", "what", "who", "why", "how", "where",
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "president", "senator",
        "his", "her", "their", "our", "my", "its", "one", "some", "many", "most", "all",
        "no", "not", "so", "yet", "still", "even", "just", "only", "said", "says",
    )
)  # fmt: skip

# US state names and abbreviations (postal and AP style): after a mixed-case place with
# no agency or date, only these make "Dallas, TX –" a dateline rather than a sentence.
US_STATES: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "Alabama", "Ala.", "AL", "Alaska", "AK", "Arizona", "Ariz.", "AZ", "Arkansas",
        "Ark.", "AR", "California", "Calif.", "CA", "Colorado", "Colo.", "CO",
        "Connecticut", "Conn.", "CT", "Delaware", "Del.", "DE", "Florida", "Fla.", "FL",
        "Georgia", "Ga.", "GA", "Hawaii", "HI", "Idaho", "ID", "Illinois", "Ill.", "IL",
        "Indiana", "Ind.", "IN", "Iowa", "IA", "Kansas", "Kan.", "Kans.", "KS",
        "Kentucky", "Ky.", "KY", "Louisiana", "La.", "LA", "Maine", "ME", "Maryland",
        "Md.", "MD", "Massachusetts", "Mass.", "MA", "Michigan", "Mich.", "MI",
        "Minnesota", "Minn.", "MN", "Mississippi", "Miss.", "MS", "Missouri", "Mo.", "MO",
        "Montana", "Mont.", "MT", "Nebraska", "Neb.", "Nebr.", "NE", "Nevada", "Nev.",
        "NV", "New Hampshire", "N.H.", "NH", "New Jersey", "N.J.", "NJ", "New Mexico",
        "N.M.", "N.Mex.", "NM", "New York", "N.Y.", "NY", "North Carolina", "N.C.", "NC",
        "North Dakota", "N.D.", "N.Dak.", "ND", "Ohio", "OH", "Oklahoma", "Okla.", "OK",
        "Oregon", "Ore.", "Oreg.", "OR", "Pennsylvania", "Pa.", "Penn.", "PA",
        "Rhode Island", "R.I.", "RI", "South Carolina", "S.C.", "SC", "South Dakota",
        "S.D.", "S.Dak.", "SD", "Tennessee", "Tenn.", "TN", "Texas", "Tex.", "TX", "Utah",
        "UT", "Vermont", "Vt.", "VT", "Virginia", "Va.", "VA", "Washington", "Wash.",
        "WA", "West Virginia", "W.Va.", "W.V.", "WV", "Wisconsin", "Wis.", "Wisc.", "WI",
        "Wyoming", "Wyo.", "WY", "D.C.", "DC", "D.C", "Puerto Rico", "P.R.", "PR",
        "Guam", "GU", "U.S. Virgin Islands", "V.I.", "VI",
    )
)  # fmt: skip

# Small words inside a place's name ("Fond du Lac", "City of Industry", "Cañon de Oro").
PLACE_PARTICLES: frozenset[str] = frozenset(
    ("de", "del", "du", "la", "las", "los", "le", "of", "on", "upon", "the", "sur", "en")
)

# "(D-WI)", "(R-Calif.)": a party and a state after a politician's name.
PARTY_CODE_RE = re.compile(r"^[DRI]\s*-")

# "U.S.", "U.K.": a country's initials, never a dateline's place on their own.
INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")

# "Washington DC –": a district code run onto the place without a comma.
PLACE_DISTRICT_RE = re.compile(r"^(?P<place>.+?)\s+(?P<code>D\.?C\.?)$")

# -- photo credits ------------------------------------------------------------

# Site furniture printed with photos that is neither credit nor caption. Some sites
# run it straight into the caption with no space ("photo bankThe flag of ..."), so it
# is matched as a plain substring, longest first.
PHOTO_BOILERPLATE: tuple[str, ...] = (
    "Go to the photo bank",
    "Go to the mediabank",
    "Go to the media bank",
    "Перейти в фотобанк",
    "Перейти в медиабанк",
    "Перейти до фотобанку",
    "Zum Bildarchiv",
    "Enlarge this image",
    "toggle caption",
    "hide caption",
    "Open gallery",
    "View gallery",
    "Expand image",
)
PHOTO_BOILERPLATE_RE = re.compile(
    r"\s*(?:/\s*)?(?:"
    + "|".join(re.escape(b) for b in sorted(PHOTO_BOILERPLATE, key=len, reverse=True))
    + r")\s*",
    re.IGNORECASE,
)

# Agencies and photo services that appear after "Name/" in a credit.
PHOTO_AGENCIES = (
    r"(?:AFP via Getty Images|Getty Images(?: for [\w .'-]+)?|AFP|AP|Reuters|REUTERS|EPA-EFE"
    r"|EPA|EFE|Bloomberg|Sputnik|TASS|Xinhua|Shutterstock|Alamy|ANP|dpa|picture alliance"
    r"|Pool|POOL|NurPhoto|SOPA Images|Anadolu Agency|AAP|The Washington Post|The New York Times"
    r"|NYT|Redux|ZUMA Press|Zuma Press|Sipa USA|Sipa|UPI|CNN|NPR)"
)
PHOTO_AGENCY_RE = re.compile(PHOTO_AGENCIES)
# A capitalised name of up to five words ("Ramil Sitdikov", "Ana de la Cruz").
_CAP = r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]"
_NAME = rf"{_CAP}[\w.'’-]*(?:[ ](?:{_CAP}[\w.'’-]*|de|la|van|von|da|del|al|el|bin)){{0,4}}"

# "© Sputnik / Ramil Sitdikov / ..." and "(c) AFP / Jane Doe"
COPYRIGHT_CREDIT_RE = re.compile(r"^\s*(?:©|\(c\)|Copyright\b:?)\s*(?P<body>.+)$", re.S)
# "(AP Photo/Evan Vucci)", "(AP Photo/Evan Vucci, File)" and "AP Photo/Evan Vucci"
AP_CREDIT_RE = re.compile(
    rf"\(?\b(?P<credit>AP Photo/(?P<photographer>{_NAME})(?:,\s*(?:File|Pool))?)\)?\s*$"
)
# "REUTERS/Kevin Lamarque" or "REUTERS/Kevin Lamarque/File Photo" at the end of a caption;
# upper case only, so "a Reuters/Ipsos poll" in running text never matches.
REUTERS_CREDIT_RE = re.compile(
    rf"\b(?P<credit>REUTERS/(?P<photographer>{_NAME})(?:/File(?: Photo)?|/Pool)?)\s*$"
)
# "(Photo by Jane Doe/AFP via Getty Images)" and "Photo by Jane Doe/Getty Images"
PHOTO_BY_RE = re.compile(
    rf"\(?\b(?P<credit>(?:Photo|Photograph|Image|Picture)s? by:?\s*(?P<photographer>{_NAME})"
    rf"(?:\s*/\s*(?P<agency>[^)\n]+?))?)\)?\s*$"
)
# "Photo: Getty Images", "Credit: Jane Doe/Reuters", "Photograph: Jane Doe/AP", at the
# start or end of a caption.
LABEL_CREDIT_RE = re.compile(
    r"(?P<label>\b(?:Photo|Photograph|Image|Picture|Credit|Photo credit|Image credit|Фото)s?\s*:)"
    r"\s*(?P<value>[^\n]+?)\s*$"
)
LABEL_CREDIT_LEAD_RE = re.compile(
    r"^\s*(?:Photo|Photograph|Image|Credit|Photo credit|Image credit|Фото)\s*:\s*"
    rf"(?P<value>(?:{_NAME}\s*/\s*)?{PHOTO_AGENCIES})(?:\s+|$)"
)
# "Jane Doe/Getty Images" closing a caption, optionally in parentheses.
NAME_AGENCY_CREDIT_RE = re.compile(
    rf"\(?(?P<credit>(?P<photographer>{_NAME})\s*/\s*(?P<agency>{PHOTO_AGENCIES}))\)?\s*$"
)
# A photo service named alone after a caption: "... at the White House. Getty Images".
AGENCY_ONLY_CREDIT_RE = re.compile(
    r"(?:^|(?<=[.!?)”\"])\s*|\s+[|–—-]\s+|\s{2,})"
    r"\(?(?P<agency>(?:AFP via )?Getty Images(?: for [\w .'-]+)?"
    r"|Shutterstock|Alamy(?: Stock Photo)?|iStock(?:photo)?|EPA-EFE|AP Images)\)?\s*$"
)
# The longest credit a caption ends with ("Photo by ... via Getty Images for ...").
MAX_CREDIT_CHARS = 160
# Captions run longer than credits but still far shorter than most paragraphs; text
# beyond this is a paragraph that merely ends with a credit-like phrase.
MAX_CAPTION_WORDS = 80

# -- characters ---------------------------------------------------------------

# Characters that print as nothing: soft hyphens, zero-width spaces, word joiners. Scraped
# releases carry them inside datelines ("WASHINGTON, DC \u00ad–") and words.
INVISIBLE = "\u00ad\u200b\u2060"
INVISIBLE_RE = re.compile(f"[{INVISIBLE}\ufeff]")
# A Word document's style sheet pasted into the text with it ("Normal 0 false false false
# MicrosoftInternetExplorer4 /* Style Definitions */ table.MsoNormalTable {mso-…}").
WORD_STYLE_LEADS = (
    "MicrosoftInternetExplorer4",
    "MsoNormalTable",
    "#ieooui",
    "<?xml",
    "mso-",
    "[endif]",
)
WORD_STYLE_RE = re.compile(
    r"(?:Normal\s+0(?:\s+(?:false|true|[A-Z]{2}-[A-Z]{2}|X-NONE))+(?:\s+MicrosoftInternetExplorer4)?"
    r"|Normal\s+0\s+MicrosoftInternetExplorer4"
    r"|\S{1,8}\s*\{behavior:[^{}]{0,100}\}|/\*\s*Style Definitions\s*\*/"
    r"|table\.MsoNormalTable\s*\{[^{}]{0,3000}\}|<\?xml:namespace[^<>]{0,200}/>)\s*"
)
# The rest of such a style sheet: rules of declarations in braces ("P.MsoNormal { MARGIN:
# 0in; mso-pagination: widow-orphan }", "@page Section1 {size: 8.5in 11.0in; }",
# "v\\:* { BEHAVIOR: url(#default#VML) }"), and the conditional comments left with them.
# A selector starts where a run of selector characters starts, and a list of them is
# bounded: otherwise every character of a long run (or list) would start a new attempt
# that scans to its end, and a long text with no brace after it takes quadratic time.
# A value starts after the spaces: were they the value's own too, each declaration
# could be read two ways, and a run of them with no closing brace would be tried every way.
STYLE_RULE_RE = re.compile(
    r"(?:@[\w-]+(?:\s+[\w-]+)?"
    r"|(?<![\w.#:*\\-])[\w.#:*\\-]{1,80}(?:\s*,\s*[\w.#:*\\-]{1,80}){0,30})\s*\{"
    r"(?:\s*[\w-]+\s*:\s*(?:[^{};\s][^{};]{0,199})?(?:;|(?=\s*\})))+\s*\}\s*"
    r"|\[(?:if\s[^\]]{1,40}|endif)\]\s*"
)
# UTF-8 read as Windows-1252 ("â€“" for "–", "Ã©" for "é"): a lead byte's letter, then a
# continuation byte's. Only text holding one is handed to ftfy.
# Looked for first, as plain characters: "Ã" (accented letters), "â" (dashes, quotes).
MOJIBAKE_LEADS = ("Ã", "â")
MOJIBAKE_RE = re.compile(
    "[ÂÃâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

# -- paragraphs, headlines, bylines -------------------------------------------

BLANK_LINE_RE = re.compile(r"\n[ \t]*\n")
INDENTED_RE = re.compile(r"^[ \t]+\S")
SPACES_RE = re.compile(r"\s+")
WORD_RE = re.compile(r"[^\W_][\w'’.-]*")
BYLINE_RE = re.compile(
    rf"^\s*By:?\s+(?P<names>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME}){{0,3}})"
    r"(?:\s*[,|–—-]\s*[^\n]{0,60})?\s*$"
)
BYLINE_SPLIT_RE = re.compile(r",\s*|\s+and\s+")

# Lines that end wire copy and are not part of the story.
SIGNOFF_RE = re.compile(
    r"^\s*(?:Reuter|REUTER|Reuters|###|#\s*#\s*#|-\s*30\s*-|—\s*30\s*—|-0-|ENDS?)\s*$"
)

HEADLINE_MAX_WORDS = 40
# Release metadata (contact, "FOR IMMEDIATE RELEASE") fills at most this many paragraphs.
METADATA_PARAGRAPHS = 4
HEADLINE_MAX_CHARS = 300

# Subheadings: short, no closing sentence punctuation, most words capitalised.
SUBHEADING_MAX_WORDS = 20
SUBHEADING_MIN_WORDS = 2
SUBHEADING_END_RE = re.compile(r"[.:;,!?…]['’\"”»)]*$")
QUOTE_OPENERS = "\"“”«‘'„[("
# Words a Title Case headline leaves in lower case.
MINOR_WORDS: frozenset[str] = frozenset(
    (
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
        "in", "of", "off", "on", "per", "to", "up", "via", "vs", "vs.", "v.", "with",
        "from", "into", "onto", "over", "than", "upon", "amid", "after", "about", "is",
        "are", "be", "de", "la", "le", "von", "van", "der", "den", "des", "du",
    )
)  # fmt: skip
