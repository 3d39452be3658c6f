"""Where `importers.html` looks on a page: XPath selectors, meta names and patterns.

Everything site-shaped lives here so the extraction rules in `importers.html` read as
a fallback chain and a new page shape means a new entry, not a new branch.
"""

from __future__ import annotations

import re

from lxml.etree import XPath

# -- JSON-LD ---------------------------------------------------------------------

JSONLD = XPath('//script[@type="application/ld+json" or @type="application/json+ld"]')

# schema.org types whose object describes the article itself, best first.
ARTICLE_TYPES = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "Article",
    "BlogPosting",
    "LiveBlogPosting",
    "TechArticle",
    "Report",
    "PressRelease",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Posting",
    "Blog",
    "Recipe",
    "HowTo",
    "Review",
)
# Page-level types: their dates and names describe the page, a weaker signal.
PAGE_TYPES = ("WebPage", "ItemPage", "ProfilePage", "CollectionPage", "MediaObject", "VideoObject")
# Keys under which JSON-LD nests further entities worth reading.
NESTED_ENTITY_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")

# -- meta tags -------------------------------------------------------------------

META = XPath("//meta[@content]")
# Meta keys are read from `property`, `name` or `itemprop`, lower-cased.
TITLE_META = ("og:title", "twitter:title", "dc.title", "parsely-title", "sailthru.title", "title")
SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "al:android:app_name")
URL_META = ("og:url", "twitter:url")
# Publication dates, most specific first; modification dates are never read.
DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
    "article.published",
    "article_date_original",
    "publication_date",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "pub_date",
    "og:pubdate",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "rnews:datepublished",
    "displaydate",
    "release_date",
    "date",
)
# Modification dates: they give a page's `updated` day, never its publication.
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
)
AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "byl",
)

# Other meta names for the publication date: `published-date`, `date-published`.
PUBLISHED_KEY_RE = re.compile(
    r"publish\w*[-_.:]?(?:date|time)|date[-_.:]?publish|(?:^|[-_.:])published$", re.I
)

CANONICAL = XPath('//link[@rel="canonical"]/@href')
HTML_LANG = XPath("/html/@lang")
TITLE = XPath("//head/title")
H1 = XPath("//h1")
# An <h1> is read among the first few; more are section titles of a long page.
MAX_H1 = 6
# An <h1> that is this share of a declared title (site name cut off) is its headline.
H1_SHARE_OF_TITLE = 0.5
# The page's only <h1> stands as the headline when it has this many words.
MIN_SOLE_H1_WORDS = 3
OG_IMAGE_ALT = ("og:image:alt", "twitter:image:alt")

# -- visible markup ----------------------------------------------------------------

# <time> elements that say they carry the publication date, then any <time>.
TIME_PUBLISHED = XPath(
    '//time[@datetime][@pubdate or @itemprop="datePublished"'
    ' or contains(@class, "publish") or contains(@class, "posted")'
    ' or ancestor::*[contains(@class, "publish") or contains(@class, "byline")'
    ' or contains(@class, "dateline") or contains(@class, "article-date")]]'
)
TIME_ANY = XPath("//time[@datetime]")
ITEMPROP_DATE = XPath('//*[@itemprop="datePublished"][@content or @datetime]')
# Machine-readable dates kept in attributes of visible elements (`<abbr title=…>`).
DATE_ATTRIBUTE = XPath(
    "//*[@data-published or @data-date or self::abbr[@title]"
    ' or (@title and (contains(@class, "date") or contains(@class, "time")))]'
)
DATE_ATTRIBUTES = ("data-published", "data-date", "title")
# Text nodes of the page body, in document order, for dates shown as text.
BODY_TEXT = XPath("//body//text()[normalize-space()]")
# A page shows its date within this many text nodes of the headline.
DATE_TEXT_WINDOW = 250
DATE_TEXT_MAX_CHARS = 120
# A label before a shown date ("Updated:", "Last reviewed on") is short.
DATE_LABEL_MAX_CHARS = 40
# `T02:41:41+00:00` / `T02:41Z`: a UTC timestamp, and below this hour it is still the
# previous day in the Americas.
UTC_TIME_RE = re.compile(r"T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$")
UTC_EARLY_HOURS = 8
# A timestamp converted to UTC, to the minute: `2020-12-05T23:15:00.000Z`. An explicit
# `+00:00` is left as written: it is mostly a site whose clock is set to UTC and whose
# pages show that same day.
UTC_STAMP_RE = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{1,2}(?:\.\d+)?)?Z\s*$"
)
# Country-code domains used as generic ones (`.io`, `.tv`): they say nothing of a place.
GENERIC_COUNTRY_DOMAINS = frozenset("io co tv me ai fm ly gg cc ws to sh ac la".split())
# Domains whose country code differs from the ISO one.
DOMAIN_COUNTRIES = {"uk": "gb"}
# Labels of a page's last update, which is not its publication date.
UPDATED_RE = re.compile(r"updat|modif|revis|aktualisiert|mis à jour|actualiza", re.I)
# Labels of a shown date as the page's publication ("Published:", "Posted on").
PUBLISHED_RE = re.compile(
    r"\bpubli(?:shed|é|ée|cado|cada|cato|cata|ziert)\b|\bposted\b|\breleased\b"
    r"|veröffentlicht|erschienen|опубликован|опубліковано",
    re.I,
)

# One walk over the tree with the four tests, not a union of four walks: the same
# elements, each once, in document order.
BYLINE = XPath(
    '//*[@rel="author" or @itemprop="author"'
    ' or contains(concat(" ", normalize-space(@class), " "), " byline ")'
    ' or contains(@class, "author-name") or contains(@class, "byline__name")]'
)
# Inside an itemprop=author element the name itself is itemprop=name.
ITEMPROP_NAME = XPath('.//*[@itemprop="name"]')

MAX_FIGURES = 20
MAX_CAPTION_WORDS = 60
FIGURES = XPath("//figure[.//figcaption] | //*[contains(@class, 'wp-caption')]")
FIGCAPTION = XPath(".//figcaption | .//*[contains(@class, 'wp-caption-text')]")
CREDIT = XPath(
    './/*[contains(@class, "credit") or contains(@class, "copyright")'
    ' or contains(@class, "photographer") or contains(@class, "byline")]'
)
# Removed once metadata is read: code, and the elements no reader of the article's text
# needs (the extractor deletes them from its own copies anyway), so each of its passes
# and copies walks a smaller tree. <template> stays, as the extractor reads it; so does
# <button>, as a page left with an unclosed one holds the whole article inside it.
CODE_TAGS = ("script", "style", "noscript", "svg")
# <noscript> and <svg> are dropped only when they hold no article: the parser closes an
# unclosed one at the end of the body, so the article after it ends up inside it. A note
# asking for scripts or an icon's title runs to a sentence, not a block of this many words.
UNCLOSED_TAGS = frozenset({"noscript", "svg"})
UNCLOSED_MAX_WORDS = 40
BLOCK_TEXT = XPath(
    "boolean(.//*[self::p or self::article or self::div or self::section or self::main"
    " or self::li or self::blockquote or self::table][normalize-space()])"
)
# Tags of the head taken out of the tree while the extractor reads it, then put back.
HEAD_TAGS_SET_ASIDE = frozenset({"meta", "link"})
# A streamed page's places for parts sent later, a boundary's and a segment's
# (`html_page.put_streamed_parts_in_place`).
STREAM_PLACE_PREFIXES = ("B:", "P:")
STREAMED_PARTS = XPath('//div[@hidden][starts-with(@id, "S:")]')
STREAM_PLACES = XPath("//template[@id]")
MAX_STREAMED_PARTS = 200
# Boxes beside an article that pages mark by their class: related or recommended
# articles, promotions, share bars, newsletter and sign-up boxes, disclaimers, author
# boxes. One is set aside while the extractor reads the page only when it is small
# against the page's paragraphs and holds no <h1>: pages also wrap the article itself in
# such classes (pruning every such element lost WCXB body F1 0.941 → 0.911).
BOILERPLATE_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(?:related|recommend|promo|share|sharing|social|newsletter|subscribe"
    r"|signup|disclaimer|author-bio|about-author|author-box)(?:[\s_-]|$)"
)  # matched against the lower-cased class (faster than IGNORECASE on every element)
CLASSED = XPath("//*[@class]")
# The class strings alone (no element handed to Python, where lxml.html looks up each
# element's class), and the elements holding one of the strings in `$classes`, each
# between newlines: `boilerplate_boxes` tests each distinct class once and takes only
# the elements of those that match. Past this many characters of matching classes it
# takes every classed element, so the `contains` on each stays bounded.
CLASS_VALUES = XPath("//@class", smart_strings=False)
CLASSED_AMONG = XPath('//*[@class][contains($classes, concat("\n", @class, "\n"))]')
MAX_MARKED_CLASS_CHARS = 2000
# The page's frame and its declared article are never such a box.
BOILERPLATE_NEVER = frozenset({"html", "head", "body", "article", "main"})
# A box of this share of the words in the page's <p> or more may be the article itself.
BOILERPLATE_MAX_SHARE = 0.2
MAX_BOILERPLATE_BOXES = 200
# A marked part's container is the box when it holds besides the part only a label: a
# call to action's heading and button around its small print or sign-up form, a share
# bar's `Follow us`. Text in these tags counts as label, up to a heading's and a
# button's words; other text only up to a few words, so a sentence of the article keeps
# the container. Containers are climbed a few levels at most, each read over a bounded
# number of elements (the rule stays linear in the page).
BOX_LABEL_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "a", "button", "label", "option"})
BOX_LABEL_MAX_WORDS = 25
BOX_LABEL_WORDS = 6
BOX_CONTAINER_LEVELS = 4
BOX_LABEL_MAX_ELEMENTS = 60
# A marked part inside one of these (an anchor icon in a heading) is part of it.
BOX_NOT_CONTAINER = frozenset({"h1", *BOX_LABEL_TAGS, "p", "li"})
# A heading is the article's, not a box's label, and the climb stops at it: the deck, the
# first heading after the page's <h1> with no paragraph between, when longer than a label
# and not a call to action's exclamation; or a heading of more words than a label's
# that ends with a full stop, a sentence (a call to action's ends with `!` or `?`).
BOX_HEADING_SENTENCE_WORDS = 12
PARAGRAPHS = XPath("//p")
# Fewer words than this is navigation or an error page, not an article.
MIN_ARTICLE_WORDS = 8
# The page's JSON-LD `articleBody` replaces the extracted text when it has this many
# times the words (WCXB body F1 +0.0014, article-extraction-benchmark unchanged; at 1.1
# it cost 0.004 on the latter, where article bodies declared in full run a little longer).
ARTICLE_BODY_SHARE = 1.5
# Lists and headings the extractor dropped from inside the article are put back
# (`with_dropped_blocks`) unless over this share of their words are links (a table of
# contents, related links). Lists at 0.5: WCXB body F1 0.9465 → 0.9490 (33 pages
# changed, 32 better); headings too: see the commit; no article-extraction-benchmark
# page changed.
DROPPED_HEADING_TAGS = frozenset({"h2", "h3", "h4"})
DROPPED_LIST_TAGS = frozenset({"ul", "ol"})
DROPPED_BLOCK_TAGS = frozenset({*DROPPED_LIST_TAGS, *DROPPED_HEADING_TAGS})
DROPPED_LIST_MAX_LINK_SHARE = 0.5
# A dropped list stays out when an item holds one of these (a teaser's paragraph or
# title, a card's picture, a share button): an article's own list items are runs of text.
DROPPED_ITEM_BLOCK_TAGS = ("p", "div", "h2", "h3", "h4", "button", "img", "svg", "figure")
# Words of the class, id, role or aria-label of a list or its items that mark page
# furniture rather than the article's own list (menus, tag and page links, teasers, ads),
# besides `BOILERPLATE_CLASS_RE`.
DROPPED_LIST_FURNITURE_RE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menubar|submenu|breadcrumbs?|tags?|taglist"
    r"|tagcloud|keywords|pagination|pager|paging|widgets?|trending|popular|most|ads?|advert"
    r"|adverts|advertisement|advertising|sponsored|sponsors?|teasers?|cards?|more|stories"
    r"|headlines|toolbar|actions|tablist|sidebar|footer)(?:[\s_-]|$)"
)
DROPPED_LIST_MARK_ATTRS = ("class", "id", "role", "aria-label")
# An item of a share bar: a verb of sharing, a network's name, and words between them
# (`Share on Facebook`, `Email this story`, `Print`), nothing else.
SHARE_ITEM_VERBS = frozenset(
    "share tweet pin post email e-mail mail print send copy save follow".split()
)
SHARE_ITEM_NETWORKS = frozenset(
    "facebook twitter x linkedin whatsapp reddit pinterest telegram messenger bluesky"
    " threads mastodon tumblr flipboard instagram sms email e-mail mail".split()
)
SHARE_ITEM_FILLER = frozenset(
    "on to via with by this the it story article page post link url us a friend".split()
)
SHARE_ITEM_MAX_WORDS = 5
# An item opening with a link and then a dash or a colon before more words: a related
# story's title and its description (`Ferry fares – the board raised …`).
LINK_THEN_DESCRIPTION_RE = re.compile(r"^\s*[–—:|-]\s*\S")
# A dropped heading that titles links to other pages, not a part of the article.
ELSEWHERE_HEADING_RE = re.compile(
    r"^\W*(?:related|see also|read (?:more|also|next)|also read|share|recommended"
    r"|you (?:may|might) also|further reading|more (?:from|on|in|about|stories|news"
    r"|articles|like this|to read|reading))\b",
    re.I,
)
# Inline elements: the text on both sides of one is one run of words.
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub"
    " sup time u var".split()
)
# The extractor takes readability's text for its own when it is this many times as long
# (trafilatura's own bar is 2). At 1.5, WCXB body recall 0.957 → 0.962 with precision
# kept and no article-extraction-benchmark page changed; at 1.25 WCXB gained more but a
# gallery's captions repeated came into a benchmark page (precision −0.002 there).
READABILITY_SHARE = 1.5

# -- patterns ----------------------------------------------------------------------

# `/2020/03/15/`, `/2020-03-15-`, `/20200315/` in a URL path.
URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    r"|/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
# A month written as a word in the address: `/2023/oct/03/`, `/2023/october/03/`.
URL_NAMED_MONTH_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})/([a-z]{3,9})/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)", re.IGNORECASE
)
# Its month names, the first three letters of each standing for it too.
ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# ISO and ISO-like dates: 2020-03-15, 2020/03/15, 20200315T…
ISO_DATE_RE = re.compile(
    r"^\s*((?:19|20)\d{2})[-/.]?(0[1-9]|1[0-2])[-/.]?(0[1-9]|[12]\d|3[01])(?:$|[T\s_]|\d{2}:)"
)
# European day-first dates: 15.03.2020, 15/03/2020
DMY_DATE_RE = re.compile(r"^\s*(0?[1-9]|[12]\d|3[01])[./-](0?[1-9]|1[0-2])[./-]((?:19|20)\d{2})\b")
# Numeric dates inside shown text: 2020-03-15, 2020/03/15, 15.03.2020, 03/15/2020.
TEXT_YMD_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)"
)
TEXT_XXY_RE = re.compile(r"(?<![\d.])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d])")
# `9 oktober 2020`, `15 de abril de 2020`, `26 октября 2020`: day, month name, year.
DAY_MONTH_YEAR_RE = re.compile(
    r"(?<!\d)(0?[1-9]|[12]\d|3[01])\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?,?\s+(?:de\s+)?"
    r"((?:19|20)\d{2})(?!\d)"
)
# Month names in the languages of the pages we read (English is parsed elsewhere).
MONTH_NAMES: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "januar januari janvier enero gennaio janeiro января січня stycznia",
            "februar februari février fevrier febrero febbraio fevereiro февраля лютого lutego",
            "märz maart mars marzo março марта березня marca",
            "april avril abril aprile апреля квітня kwietnia",
            "mai mei mayo maggio maio мая травня maja",
            "juni juin junio giugno junho июня червня czerwca",
            "juli juillet julio luglio julho июля липня lipca",
            "august augustus août aout agosto августа серпня sierpnia",
            "september septembre septiembre settembre setembro сентября вересня września",
            "oktober octobre octubre ottobre outubro октября жовтня października",
            "november novembre noviembre novembro ноября листопада listopada",
            "dezember december décembre diciembre dicembre dezembro декабря грудня grudnia",
        ),
        start=1,
    )
    for name in names.split()
}
# Pages in these languages write ambiguous numeric dates month first (03/04/2020).
MONTH_FIRST_LANGS = ("en-us",)
# Epoch seconds or milliseconds, as some date meta tags carry them.
EPOCH_RE = re.compile(r"^\s*(1\d{9})(\d{3})?\s*$")

# Separators between a headline and the site name in <title>: "Headline | Site".
TITLE_SEPARATOR_RE = re.compile(r"\s+[|–—·•»:/-]\s+|\s*[|•»]\s*")
SPACES_RE = re.compile(r"\s+")
WORD_RE = re.compile(r"\w+")
BY_PREFIX_RE = re.compile(r"^\s*(?:by|von|par|por|di|door|av|от)\s*[:\s]\s*", re.I)
# Words of the roles bylines write after a name ("Staff Writer", "Senior Correspondent").
BYLINE_ROLE_WORDS = frozenset(
    """staff writer writers reporter reporters correspondent correspondents editor editors
    senior chief contributing contributor columnist producer bureau deputy associate
    managing political national foreign washington science health business sports
    special to the times post news desk team international investigative digital""".split()
)
URL_LIKE_RE = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)/", re.I)
# An escaped JSON-LD text may carry raw control characters JSON forbids.
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
