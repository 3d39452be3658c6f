"""Regular expressions for quotations, speech cues and the phrases naming a speaker.

Compiled once here so that `importers.quotes` stays readable and fast.
"""

from __future__ import annotations

import re

from importers import names as N
from importers.text_patterns import US_STATES
from search.speakers import GENERATION_WRITTEN

# Common-noun heads that can stand for a speaker: "the envoy", "the campaign" (the speaker
# book reads them too).
PERSON_NOUNS = frozenset(
    """envoy ambassador diplomat minister president senator governor secretary spokesman
    spokeswoman spokesperson official aide adviser advisor candidate nominee chairman
    chairwoman director mayor judge lawmaker congressman congresswoman leader lawyer
    attorney prosecutor source sources officials aides analyst expert experts voter voters
    supporter supporters woman man protester protesters businessman billionaire mogul
    manager strategist pollster author writer reporter host anchor critic critics
    democrat republican democrats republicans organizer activist activists economist
    sheriff officer representative premier chancellor king queen general commander
    statesman politician veteran resident residents student students father mother
    former incumbent challenger rival""".split()
)
ORG_NOUNS = frozenset(
    """campaign ministry department committee group newspaper paper network agency company
    administration government party office council commission court embassy report poll
    survey statement study organization organisation foundation institute university
    union association board bureau service station channel magazine website outlet
    kremlin pentagon team firm bank police fbi cia""".split()
)

# Verbs that introduce speech or writing, in the forms news copy uses.
SPEECH_VERBS = """said says say told tells added adds asked asks wrote writes write stressed
stresses noted notes explained explains argued argues claimed claims continued continues declared
declares insisted insists warned warns replied replies responded responds tweeted tweets
posted posts stated states suggested suggests recalled recalls remarked remarks joked jokes
quipped quips announced announces acknowledged acknowledges admitted admits observed observes
concluded concludes emphasized emphasizes emphasised emphasises urged urges shouted shouts
yelled yells exclaimed complained complains predicted predicts promised promises vowed vows
countered counters conceded concedes boasted boasts charged charges alleged alleges
reported reports mused cautioned cautions lamented laments agreed agrees wondered wonders
asserted asserts maintained maintains repeated repeats reiterated reiterates testified
texted emailed confirmed confirms denied denies pleaded demanded demands retorted snapped
opined proclaimed proclaims recounted recounts described describes called calls dubbed
labeled labelled blasted slammed criticized criticised praised accused mocked touted
advised advises assured assures chided chimed contended contends disclosed echoed
elaborated estimated interjected muttered objected protested reasoned reminded reminds
scoffed sniped whispered answered answers inquired inquires queried reads read clarified
clarifies sang sings chanted chants""".split()
# Verbs that also take a bare object and so only count as speech with more evidence.
WEAK_VERBS = frozenset(
    "called calls described describes dubbed labeled labelled praised "
    "accused mocked touted blasted slammed criticized criticised".split()
)

_VERB = "(?:" + "|".join(map(re.escape, sorted(set(SPEECH_VERBS), key=len, reverse=True))) + ")"
# "told Sputnik", "said in a statement", "wrote on Twitter": the cue's object/adverbial.
_CUE_TAIL = (
    r"(?:\s+(?:out|on|up|back|again|later|also|further|then|earlier|recently|"
    r"(?:to|on|in|at|during|with|after|before|for|via|from|of|about|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|this|last|the|a|an|his|her|their|its|[A-Z][\w’'.-]*|"
    r"reporters|interviewer|interview|statement|week|weekend|morning|evening|night|day|"
    r"afternoon|Twitter|Facebook|email|message|remarks|speech|rally|crowd|audience|"
    r"supporters|press|conference|radio|television|TV|show|program|appearance|event|"
    r"[0-9]+))){0,8}"
)
# A time between subject and verb: "Holt on Monday said", "Holt last week told".
_WHEN = (
    r"(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|month|year|night|weekend|morning|evening|afternoon)\s+"
)
CUE = (
    rf"(?:{_WHEN})?(?:[a-z]+ly\s+)?(?:(?:also|later|then|once|previously|recently|today|"
    r"yesterday|tonight|jointly|had|has|"
    r"have|would|"
    r"will|could|again|further|simply|quickly|flatly)\s+"
    # `He instead told the BBC:`, `she now says`: an adverb right before a verb of saying,
    # not before `went on` (`the station first went on the air`). Not `never` (`Holt
    # never said “…”` denies the words), nor `often` (`which he often describes as “…”`
    # is a habit, no statement).
    rf"|(?:instead|still|now|first|even|just|already)\s+(?={_VERB}\b))?"
    rf"(?:{_VERB}|went on|pointed out|shot back|fired back|"
    r"wrote back)"
)

# A capital of English or of the Latin letters with marks (`Özcan`, `Ángel`, `Łukasz`).
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# How many dotted parts a name word and how many words a name phrase may have: bounds that
# keep hostile runs of capitals and full stops linear (no real name comes near them).
NAME_DOTS = 6
NAME_WORDS = 16
# `al-Maliki`, `bin-Salman`: an Arabic surname's article joined by its hyphen. A full stop
# before a capital and a lower-case letter ends the word: `said Rep. Kind.Rep. Kind is` is
# a name and the next sentence run together, not one name (`U.S.`, `J.R.` stay whole).
# A word has at most a few dotted parts (`J.R.R.`): a long run of `A.A.A.` is no name, and
# an unbounded count made the patterns retry it from every letter (quadratic time).
_ARTICLES = "al|el|ad|as|bin|ibn|abu"
# Two capitalised words joined by a slash are one word of a name (`the Elm/Oak Fire
# Department`): a name starting after the slash would cut the body's name in two. Not
# acronyms (`the EU/US`), which join two parties, no name.
_NAME_WORD = (
    rf"(?:[{UPPER}](?:[\w’'-]*\.(?![{UPPER}][a-z])){{0,{NAME_DOTS}}}[\w’'-]*\w"
    rf"(?:(?<=[a-z])/[{UPPER}][a-z][\w’'-]*)?\.?"
    rf"|[A-Z]\.|(?:{_ARTICLES})-[A-Z][\w’'-]*\w)"
)
_ROLE_LOWER = (
    r"(?:spokesman|spokeswoman|spokesperson|campaign|manager|chairman|chairwoman|"
    r"adviser|advisor|aide|strategist|director|secretary|chief|of|staff|press|"
    r"communications|senior|policy|deputy|national|political|former|presidential|"
    r"candidate|nominee|hopeful|rival|running|mate|senator|governor|pollster|"
    r"and|the|de|in|for|to|van|von|al|bin)"
)
# A union local's number inside a body's name (`… of America Local 1180 President Ann
# Holt`): the name runs on past it to the person.
_LOCAL_NUMBER = r"(?<=Local\s)\d{1,5}[A-Z]{0,3}\b"
# A middle initial written without its full stop, between a name's words (`Tod Q Vail`).
_BARE_INITIAL = rf"[A-Z](?=\s+[{UPPER}][a-z])"
# A capitalised name, possibly with a lower-case role inside: "Clinton spokesman Brian Fallon".
_PREFIX_WORDS = "former|then|ex|outgoing|incoming|longtime|fellow|acting|top"
_NAME_PREFIX = rf"(?:(?:{_PREFIX_WORDS})[\s-]+)?"
_NAME_MORE = (
    rf"(?:\s+(?:{_ROLE_LOWER}\s+){{0,4}}(?:{_NAME_WORD}|{_BARE_INITIAL}|{_LOCAL_NUMBER}))"
    rf"{{0,{NAME_WORDS - 1}}}"
)
NAME_PHRASE = rf"{_NAME_PREFIX}{_NAME_WORD}{_NAME_MORE}"
PRONOUN = r"(?:he|she|they|we|I|He|She|They|We|it|It|who)\b"
_HEADS = "|".join(map(re.escape, sorted(PERSON_NOUNS | ORG_NOUNS, key=len, reverse=True)))
COMMON_NP = (
    rf"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|"
    rf"[Tt]wo|[Tt]hree|[Ss]everal|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_HEADS})s?\b"
    rf"(?:\s+(?:for|of|to|at|with|from)\s+(?:the\s+)?{NAME_PHRASE})?"
)
# A publication's noun after its name: `Locus magazine writes`, `the Ledger newspaper said`.
PUBLICATION_TAIL = r"(?:\s+(?:magazine|newspaper|journal|website|blog|podcast)\b)?"
# The lookbehind keeps a match from starting inside a word ("lawsu|it contends").
SPEAKER_NP = rf"(?<![\w’'-])(?:{COMMON_NP}|{NAME_PHRASE}{PUBLICATION_TAIL}|{PRONOUN})"
# An apposition between commas: "Justin Trudeau, the prime minister, said".
# One or two appositives: "Ann Holt, the attorney general, one of the plaintiffs, said".
_APPOS = r"(?:\s*,\s+(?P<appos>[^,“”\"]{2,80}),(?:\s+(?P<appos2>[^,“”\"]{2,60}),)?)?"
# Right after a closing mark, where the pattern is anchored, a role may run longer
# (`,” Ann Holt, deputy associate director for research in the agency’s science
# directorate, said`).
_APPOS_AFTER = _APPOS.replace("{2,80}", "{2,120}")
# Reported speech is searched in every sentence, so it allows only one (cheaper).
_APPOS1 = r"(?:\s*,\s+(?P<appos>[^,“”\"]{2,80}),)?"

# Any short determiner phrase: right after a closing quotation mark and before a speech
# verb, "the gambling tycoon" or "a welcome message on the site" can only be the speaker,
# whatever its head noun.
_DET = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|"
    r"[Ss]everal|[Tt]wo|[Tt]hree|[Tt]his|[Tt]hat|[Yy]et another)"
)
GENERIC_NP = rf"(?<![\w’'-]){_DET}(?:\s+[\w’'-]+){{1,6}}?|(?<![\w’'-])(?:[Yy]et )?[Aa]nother"
# A lower-case word of one person's role: no `and`, no article, no possessive.
_ONE_ROLE_WORD = r"(?!(?:and|the|an?|his|her|their|its)\b)[a-z][\w-]*"
# The word ending each of two joined roles: a role or kin noun of the lexicons
# (names.ROLE_WORDS, names.KIN_SEX) or a companion's (`Holt’s longtime friend and …`);
# a clause's verb or a thing (`Holt’s plan won and …`, `Holt’s bill died and …`) is none.
_COMPANIONS = frozenset("friend neighbor neighbour colleague classmate".split())
_ROLE_END = "|".join(
    sorted(
        {w for w in N.ROLE_WORDS | N.KIN_SEX.keys() | _COMPANIONS if re.fullmatch("[a-z-]+", w)},
        key=lambda w: (-len(w), w),
    )
)
_ONE_ROLE = rf"(?:\s+{_ONE_ROLE_WORD}){{0,2}}\s+(?:{_ROLE_END})(?![\w’'-])"
# A name after lower-case role words or another name's role: "campaign manager Ann
# Holt", "former candidate Ann Holt", "Holt’s chief of staff".
ROLE_NP = (
    rf"(?<![\w’'-])(?:(?:{_NAME_WORD}\s+){{0,3}}(?:[a-z][\w’'-]*|\d[\d/]*)\s+){{1,4}}{NAME_PHRASE}"
    # an owner's owner (`Ann Roe’s father Tod Vail’s lawyer`, `Ann Roe’s father’s lawyer`):
    # the last one owned is the person, whom the phrase does not name
    rf"|{NAME_PHRASE}(?:’s|'s)(?:\s+[a-z][\w-]*){{1,3}}(?:\s+{NAME_PHRASE})?(?:’s|'s)"
    rf"(?:\s+[a-z][\w-]*){{1,4}}"
    rf"|{NAME_PHRASE}(?:’s|'s)(?:\s+[a-z][\w-]*){{1,4}}"
    # two roles of one person joined (`Holt’s longtime friend and campaign treasurer`);
    # not after a plural (`Holt’s parents and neighbor`) nor with a possessive or a third
    # role (`Holt’s aide and her husband`): two people, whom one name after them does not
    # name; each role ends in a role's or kin's noun. With no name after them they name
    # nobody, which is right: the words are the unnamed one's, never the issuer's.
    rf"|{NAME_PHRASE}(?:’s|'s){_ONE_ROLE}(?<!(?<!s)s)\s+and{_ONE_ROLE}"
)
# A person the writer names by their tie to themselves (`my father`, `our neighbor`, `your
# senator`): another, unnamed one, so the words are nobody's, never the writer's (the
# issuer's). Only a person's noun: `my letter`, `our statement` may hold the writer's own.
_PERSON_END = "|".join(
    sorted(
        {
            w
            for w in N.ROLE_WORDS | N.KIN_SEX.keys() | _COMPANIONS | PERSON_NOUNS
            if re.fullmatch("[a-z-]+", w)
        },
        key=lambda w: (-len(w), w),
    )
)
FIRST_PERSON_NP = (
    rf"(?<![\w’'-])(?:[Mm]y|[Oo]ur|[Yy]our)\s+(?:[a-z][\w’'-]*\s+){{0,2}}?"
    rf"(?:{_PERSON_END})s?(?![\w’'-])"
)
# A bare plural group right after a quotation: `,” federal prosecutors wrote`.
_FUNCTION = (
    r"(?!(?:and|but|or|then|also|as|so|when|while|who|which|that|this|it|its|is|are|"
    r"was|were|why|how|what|where|has|have|had|not|to|of|in|on|at|for|with|by)\b)"
)
BARE_PLURAL = rf"(?:{_FUNCTION}[a-z][\w’'-]*\s+){{0,2}}{_FUNCTION}[a-z][\w’'-]*[a-rt-z]s"
# After a quotation: `,” X said`, `,” said X, the …`.
# A state's abbreviation after a place, written with no comma before the verb (`Ann Holt
# of Salem, Ore. said`): the place's, no appositive of its own.
_STATE_ABBREVIATION = "|".join(
    re.escape(state) for state in sorted(US_STATES) if state.endswith(".") and "." not in state[:-1]
)
_STATE_AFTER = rf"(?:,\s+(?=[A-Z])(?i:{_STATE_ABBREVIATION}))?"
AFTER_SUBJ_CUE = re.compile(
    rf"^[\s,.;:!?—–-]*(?P<np>{SPEAKER_NP}|{ROLE_NP}|{GENERIC_NP}|{BARE_PLURAL}|{FIRST_PERSON_NP})"
    rf"{_STATE_AFTER}{_APPOS_AFTER}\s+"
    rf"(?P<cue>{CUE}{_CUE_TAIL})\b"
)
# After a quotation, a full name and a role appositive that the copy leaves unclosed
# before the cue: `,” Ann Holt, owner of the Holt Mill told us`.
# The spaces after the comma are taken possessively: given back one by one, they made a
# long run of spaces with no cue after it cost time quadratic in its length.
AFTER_NAME_OPEN_APPOS = re.compile(
    rf"^[\s,.;:!?—–-]*(?P<np>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s++"
    r"(?:the\s+|an?\s+)?(?![^,“”\"_]*\b(?:who|whom|whose|which|that|when|after|because|as)\b)"
    r"[a-z][^,“”\"_]{1,78}?\s+"
    rf"(?P<cue>(?:said|says|told|tells|added|adds|explained|wrote|noted)\b{_CUE_TAIL})"
)
# After a quotation, a name and a long role appositive whose places bring commas of
# their own: `,” Ann Holt, a geologist at the Survey in Reston, Virginia, and Ohio State
# University in Columbus, said`. Not when a second name and appositive follow `and`
# (`Holt, a geologist, and Ida Dee, a chemist, said`: two speakers).
AFTER_NAME_LONG_APPOS = re.compile(
    rf"^[\s,.;:!?—–-]*(?P<np>{SPEAKER_NP}|{ROLE_NP}),\s+(?:an?|the)\s+"
    r"(?![^“”\"_]*\b(?:who|whom|whose|which|that|when|after|because|as)\b)"
    rf"(?![^“”\"_]*,\s+and\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}},\s+(?:an?|the)\s)"
    r"[a-z][^“”\"_]{1,200}?,\s+"
    rf"(?P<cue>(?:said|says|told|tells|added|adds|explained|wrote|noted)\b{_CUE_TAIL})"
)
# A byline after a quotation: `” ― Ann Holt`, `” -Ann H.`, as in lists of readers' comments.
# The byline is all the rest, so its words may be looser than a name in running text: a
# middle initial without its full stop (`― Ida K Dana Quill`).
AFTER_DASH = re.compile(
    rf"^\.?\s*(?:[―—–]|--?(?=\s*[A-Z]))\s*(?P<np>{NAME_PHRASE}|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){{1,4}})\s*"
    r"(?=[.,(]|$)"
)
# What may follow a byline's name when the byline stands alone, up to the paragraph's
# end or the next quotation: the writer's role or place (`, Content Creator`, `(Read all
# reviews.)`), no sentence of its own.
BYLINE_REST = re.compile(r"\s*(?:,[^_.!?()\d]{0,150})?[\s.]*")
PARENTHESES = re.compile(r"\s*\([^()]*\)")
# Capitals run into the next word's capital: `CEOStephen`, a space lost in the copy.
GLUED_CAPITALS = re.compile(r"[A-Z]{3,}[a-z]")
# A name as a label or a signature writes it: two to four capitalised words or initials.
LABEL_NAME = r"[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3}"
# A paragraph that only signs the quotation standing alone in the paragraph above it, as
# pull quotes and testimonials on web pages are printed: a person's name, then maybe the
# role after a comma and a parenthesis (`Ann Holt, CEO of Holt Fund (on a call, May 7)`).
SIGNED_BELOW = re.compile(
    rf"\s*(?:[-–—―]\s*)?(?P<np>{LABEL_NAME})"
    r"(?:\s*,\s*[A-Z][^“”\"]{1,200}?|\s*\([^“”\"()]{1,200}\))?\s*"
)
# A spokesperson at a cue, named by the organisation they speak for: `a WeWork
# spokesperson`, `an FAA spokesman`, `a spokeswoman for the Park Service`.
SPOKESPERSON_OF = re.compile(
    r"(?:an?|the)\s+(?:(?P<org>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})\s+"
    r"spokes(?:man|woman|person)|spokes(?:man|woman|person)\s+for\s+(?:the\s+)?"
    r"(?P<org2>[A-Z][\w.&’'-]*(?:\s+(?:of|for|and|[A-Z][\w.&’'-]*)){0,6}))"
)
# A name introducing a quotation with a colon: `Pollster Ann Holt: “…”`.
# A role phrase counts only when it is all the sentence has before the colon (or all
# after a heading's dash): "a blunt message to Holt:" names no speaker.
NAME_COLON = re.compile(
    rf"(?:(?<![\w’'-])(?P<np>{NAME_PHRASE})|(?:^\s*|\s[—–-]\s+)(?P<role>{ROLE_NP}))\s*:\s*$"
)
# What may stand before a name introducing a quotation with a colon: a heading's dash,
# a sentence's end, `… NORTH - Pollster Ivan Dale:`, or the close of the previous
# speaker's quotation (blanked), `“…” Congressman Tod Vail: “…”`.
OPENS_NAME_COLON = re.compile(r"(?:[—–-]|[.!?:]|_[”\"])\s*$")
AFTER_PREPOSITION = re.compile(r"\b(?:to|for|at|with|from|about|on|of|by|against|toward)\s+$")
# After a quotation cut off by a comma, question or exclamation mark the sentence goes
# on, so a subject and any past-tense verb there attribute it: `,” Holt fumed.`
AFTER_ANY_VERB = re.compile(
    rf"^[\s,]*(?P<np>{SPEAKER_NP}|{ROLE_NP}|{GENERIC_NP}){_APPOS}\s+"
    r"(?P<cue>(?:[a-z]+ly\s+)?[a-z]{2,}ed)\b"
)
# `,” said the ad’s narrator, …`: the phrase runs to a break or a clause word.
_GENERIC_END = (
    r"(?=\s*(?:[,.;:!?—–)]|$)|\s+(?:who|which|that|of|in|at|for|from|on|with|"
    r"during|after|before|to|about|as|while|when|and)\b)"
)
# `,” shared Heran.`: `shared` is a cue only inverted before a name that ends the
# sentence (`” The delegation shared details`, `Holt shared data with …: “…”` are none).
AFTER_SHARED = re.compile(rf"^[\s,]*(?P<cue>shared|shares)\s+(?P<np>{NAME_PHRASE})\s*[.;!?]")
# `,” Holt shared.`, `,” she shares.`: the verb right after its subject ends the sentence.
SUBJ_SHARED = re.compile(
    rf"^[\s,]*(?P<np>{NAME_PHRASE}|{PRONOUN})\s+(?P<cue>shared|shares)\s*[.;!?]"
)
# `She shared, “…`, `Holt shares: “…`: the verb, its subject before it, then the quotation.
# The subject opens its sentence or clause (after a comma, a conjunction or an adverb of
# time): after `that`/`which` or a noun (`the post that Quist shared, “…`, `a review,
# which Quist shares: “…`, `the letter she shared: “…`) it shared somebody else's words.
SHARED_BEFORE = re.compile(
    r"(?:^|(?<=[.!?:;,(—–])|(?<=[.!?:;,(—–][\s”’\"])|(?<=\s-\s)"
    r"|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et|[Tt]hen|[Ll]ater|[Aa]lso|[Nn]ow|[Tt]oday|[Rr]ecently|"
    r"[Ff]inally|[Aa]fterwards?|[Oo]nce)\b)\s*"
    rf"(?P<np>{NAME_PHRASE}|{PRONOUN})\s+(?P<cue>shared|shares)\s*[,:]\s*$"
)
AFTER_CUE_SUBJ = re.compile(
    rf"^[\s,.;:!?—–-]*(?P<cue>{CUE})\s+"
    rf"(?P<np>(?:{SPEAKER_NP}|{ROLE_NP}|{GENERIC_NP}|{FIRST_PERSON_NP}){_GENERIC_END}|{SPEAKER_NP})"
)
# Before a quotation: `X said:`, `X said in a statement,`, `X called it a “…”`.
SUBJ_CUE = re.compile(rf"(?P<np>{SPEAKER_NP}){_APPOS},?\s+(?P<cue>{CUE}{_CUE_TAIL})\b")
# What SUBJ_CUE cannot match without, its verb as a word after a space: most stretches of
# narration before a quotation hold none, and this search costs a part of the pattern's.
SUBJ_CUE_NEEDS = re.compile(rf"\s(?:{_VERB}|went|pointed|shot|fired)\b")
# Any subject phrase with a cue right before the quotation: `the person added, “…`.
GENERIC_CUE_END = re.compile(
    rf"(?P<np>{ROLE_NP}|{GENERIC_NP}|{BARE_PLURAL}){_APPOS}\s+(?P<cue>{CUE}{_CUE_TAIL})"
    r"\s*[,:]\s*$"
)
# A participle right before the quotation, its subject right before it:
# `footage of Ann Holt asking, “…`.
PARTICIPLE_END = re.compile(
    rf"(?P<np>{NAME_PHRASE}|{PRONOUN})\s+(?P<cue>saying|asking|adding|telling\s+\w+|writing|"
    r"shouting|chanting|declaring|noting|replying|answering)"
    # `saying during the hearing last month, “…`: when or where, before the quotation.
    r"(?:\s+(?:during|on|in|at|after|before|last|this|earlier)\b(?:\s+[\w’'.-]+){1,5})?"
    r"\s*[,:]\s*$"
)
ACCORDING = re.compile(rf"\b[Aa]ccording to (?P<np>{SPEAKER_NP})")
# `,” according to Mayor Ann Holt.` right after the quotation: its cue, whoever a name
# opening a partial quotation before it (`Ivo Roth “was a friend …”`) may be.
AFTER_ACCORDING = re.compile(rf"^[\s,;—–-]*(?P<cue>according\s+to)\s+(?P<np>{SPEAKER_NP})")
# `,” according to the citation accompanying the medal.`, `according to a letter from the
# board`: a document's words, no person's; it ends where the document's noun does, or at
# a word naming what it came with, who wrote it or when (`the letter writer` is a person).
DOCUMENT_NOUNS = frozenset(
    """citation letter complaint filing lawsuit suit indictment memo memorandum affidavit
    transcript findings ruling petition motion proclamation resolution document records
    minutes summary audit assessment estimate""".split()
)
_DOCUMENT = "|".join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))
AFTER_ACCORDING_DOCUMENT = re.compile(
    r"^[\s,;—–-]*(?P<cue>according\s+to)\s+(?P<np>(?:(?:the|a|an|his|her|their|its|this|that)"
    r"\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s?\s+)(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{_DOCUMENT})s?)"
    r"(?=\s*(?:[,.;:—–)]|$)|\s+(?:for|of|from|by|to|in|on|at|with|accompanying|filed|sent|"
    r"signed|issued|released|obtained|submitted|written|dated|that|which)\b)"
)
# `as The New Yorker put it in a long profile, “…”`, `as Holt described it, “…”`: the
# quotation is the words of the one the `as` clause names, however the sentence runs.
AS_PUT_IT = re.compile(
    rf"\b[Aa]s\s+(?P<np>{SPEAKER_NP})\s+(?P<cue>(?:put|puts|described|describes|called|calls)"
    rf"\s+it)\b[^_“”\".;:]{{0,60}}?,?\s*$"
)
# `in Holt’s words, a “…”`, `in her own words: “…”`, `in the words of Ann Holt, “…”`:
# the quotation is the words the phrase names, however the sentence runs.
IN_WORDS = re.compile(
    rf"\b[Ii]n\s+(?:(?P<np>{NAME_PHRASE})[’']s?|(?P<own>his|her|their)|the\s+words\s+of\s+"
    rf"(?P<np2>{NAME_PHRASE}))(?:\s+own)?(?(np2)|\s+words)\b[^_“”\".;:]{{0,40}}?[,:]?\s*$"
)
# A cue ending the sentence a quotation is embedded in: `… “casually” …, said X.`
LATER_CUE = re.compile(
    rf",\s+(?:(?P<cue1>said|says|according to|added|wrote|writes)\s+(?P<np1>{SPEAKER_NP})"
    rf"|(?P<np2>{SPEAKER_NP})\s+(?P<cue2>said|says|added|wrote|writes|told\s+\S+))"
    r"\b"
)
# A loose subject for the sentence-subject fallback: "The impostor gushed about …".
_NOT_NOUN = r"(?!(?:then|also|now|still|again|once|later|never|not|even|just)\b)"
LOOSE_NP = (
    r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    rf"(?:{_NOT_NOUN}[a-z][\w’'-]*\s+){{0,2}}?{_NOT_NOUN}[a-z][\w’'-]*"
    # or a quantifier standing alone: "Many said …", "Most were …"
    r"|(?:[Mm]any|[Mm]ost|[Ss]ome|[Oo]thers|[Bb]oth|[Ff]ew)"
)
# A second cue sharing the sentence's subject: `…,” she said, adding that “…”`.
PARTICIPLE = re.compile(
    r",\s+(?:and\s+)?(?P<cue>adding|saying|noting|calling|describing|writing|asking|arguing|"
    r"explaining|warning|insisting|claiming|declaring|joking|recalling|stressing|telling\s+\w+|"
    r"according)\b[^_]*$"
)
# `…,” she said, suggesting, “…”`, `…, going on to say that “…”`: these participles report
# words only when the quotation follows them directly. Anything between (`suggesting the
# board heed Tod Vail, who wrote that “…”`, `suggesting that the “harbor tax” …`) may be
# another's words, a term or a sign's text.
PARTICIPLE_RIGHT_BEFORE = re.compile(
    r",\s+(?:and\s+)?(?P<cue>suggesting|going\s+on\s+to\s+(?:say|add|note|argue|ask|warn|"
    r"suggest))(?:\s*[,:]|(?<!suggesting)\s+that)\s*$"
)
# The subject of a sentence, for a quotation embedded in it without a speech verb:
# `Sanders credited Clinton's victory to “…”`.
_PAST = (
    r"(?:[a-z]+(?:ed|es|ts|ys|ds|ls|ns|rs|ks|ms|ps)|went|made|took|gave|kept|put|held|led|"
    r"spoke|wrote|read|thinks|thought|sees|saw|found|knew|felt|told|said|says|has|had|"
    r"is|was|are|were|drew|threw|sent|won|lost|ran|began|brought|left|meant|paid|sold|"
    r"stood|struck|swore|took|tore|wore|shook|hit|cut|let|set|became|came|chose|forgot)"
)
# Single words or prepositional phrases that open a sentence before its subject.
_OPENING_WORD = (
    r"(?:Instead|However|Still|Meanwhile|Later|Earlier|Now|Then|Also|Yet|Indeed|"
    r"Moreover|Separately|Similarly|Afterward|Overall|Nonetheless|Nevertheless|"
    r"Finally|Today|Yesterday|Again|Thus|"
    r"(?:Across|In|At|On|During|After|Before|For|From|With|Under|Unlike|Like|"
    r"Despite|Since|Until|Among|Amid|Throughout|Within|Against|Outside|Inside)"
    r"\s+[A-Z][^,_]{0,150})"
)
_SAYS = r"(?:says|said|say|told|tells|writes|wrote|according)"
SUBJECT = re.compile(
    # An opening adverbial has a lower-case word: "Last year, ", not "Sanders, "; an
    # opening participle or adverb may run over commas: "Speaking in Reno, Nevada, ".
    # A dateline may open the paragraph: "WASHINGTON — ".
    # An opening clause with a verb of saying is no adverbial: in `The report says that at
    # the time, she worked …` the report speaks, not `she`.
    rf"^\s*(?:[A-Z][A-Z .,]+\s+[—–-]\s+)?(?:(?![^,_]*?\b{_SAYS}\b)"
    rf"(?:[A-Z][^,_]{{0,50}}?\b[a-z][^,_]{{0,50}}"
    rf"|[A-Z][a-z]+(?:ing|ly)\b[^_]{{0,100}}?|{_OPENING_WORD}),\s+)?"
    rf"(?P<np>{SPEAKER_NP}|{LOOSE_NP}|[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){{0,7}}?){_APPOS}\s+"
    r"(?:[a-z]+ly\s+)?(?:(?:also|then|once|later|again|never|not|even|just|still)\s+)?"
    rf"(?P<cue>{_PAST})\b"
)
# Words that put a label, title or nickname in quotation marks.
LABEL_BEFORE = re.compile(
    r"\b(?:so-called|dubbed|titled|entitled|named|nicknamed|nickname|known as|called|labeled|"
    r"branded|term|phrase|word|slogan|hashtag|show|book|film|song|program)\s*[,:]?\s*[“\"]?\s*$"
)
# A statement announced before it comes: `Holt released the following statement:`, `Holt
# shared her thoughts on the vote:`.
_STATEMENT = (
    # The present (`Holt and Vail issue the following statement:`) announces it too.
    r"(?P<cue>(?:released|issued|made|delivered|gave|offered|provided|shared|submitted|"
    r"read|entered|sent|releases?|issues?|offers?|provides?|shares?|submits?|sends?)\s+(?:the\s+following|the\s+below|this|these|a|an|(?P<poss>her|his|their))"
    r"\s+(?:[a-z]+\s+){0,2}?(?:statement|statements|remarks|comment|comments|testimony|speech|"
    r"address|op-ed|letter|opinion|opinions|thoughts|views|insights|advice|perspective))\b"
)
STATEMENT_CUE = re.compile(_STATEMENT)
STATEMENT_INTRO = re.compile(
    rf"(?P<np>{SPEAKER_NP}){_APPOS},?\s+(?:(?:today|also|then|later|has|had|will)\s+)?" + _STATEMENT
)
# A paragraph's last sentence announcing the words of the next, without a noun for them:
# `Holt shared the following about the trip:`, `Here’s what she had to say about it:`.
# After `the following` only what it is about: a noun for a text (`the following message
# from Tom Reed:`, `the following text, which Reed sent:`) is somebody else's words.
FOLLOWING_INTRO = re.compile(
    rf"(?:(?P<np>{NAME_PHRASE}|{PRONOUN})\s+(?P<cue>shared|shares|said|says|wrote|writes|"
    r"added|adds|explained|explains)\s+the\s+following"
    r"(?P<topic>\s+(?:about|on|regarding|concerning|after|before|during|at|in|to|with)\b"
    r"[^_“”\".;:!?]{0,80})?"
    rf"|\bwhat\s+(?P<np2>{NAME_PHRASE}|{PRONOUN})\s+(?P<cue2>(?:had|has)\s+to\s+say|said|says|"
    r"wrote|writes)\b(?P<topic2>[^_“”\".;:!?]{0,80}))\s*:\s*$"
)
# Words in what the announcement is about that make the words another's: a relative
# clause or a source (`about the race, which Reed won:`, `about the race by Reed:`).
FOLLOWING_OTHER = re.compile(r"\b(?:which|that|who|whom|whose|from|by)\b")
# An announced text and its author: `the following message from Port Director Tom Reed:`,
# `the following letter by Ann Holt about …:`; the author speaks (a name, not `her
# captain`).
TEXT_FROM = re.compile(
    r"\bthe\s+following\s+(?:[a-z-]+\s+){0,2}?(?:message|messages|note|notes|text|texts|letter|"
    r"letters|post|posts|e-?mails?|statement|statements|remarks|comments?|words|tweets?|"
    r"quote|passage|excerpt|thoughts|views)\s+(?:from|by)\s+"
    rf"(?P<np>{NAME_PHRASE})(?:\s+(?:about|on|regarding|concerning)\b[^_“”\".;:!?]{{0,80}})?\s*:\s*$"
)
# `the following message`, `the following note from her captain`: a text announced by a
# noun of its own, whose author may be another than the one who passes it on.
TEXT_NOUN = re.compile(
    r"\bthe\s+following\s+(?:[a-z-]+\s+){0,2}?(?:message|messages|note|notes|text|texts|"
    r"post|posts|e-?mails?|tweets?|quote|passage|excerpt)\b"
)

# The words around a nickname inside a name: `Robert C. “Bobby” Scott`.
NAME_BEFORE_NICKNAME = re.compile(r"(?:^|\s)[A-Z][\w’'.-]*\s$")
NAME_AFTER_NICKNAME = re.compile(r"\s[A-Z][\w’'-]+\b")
# A name with a title in front: "Rep. Ann Holt", "Senator Tod Vail".
_TITLED = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
# A title for several people, before a list of their names: `Reps. Vail, Kerr and Dunn`.
PLURAL_TITLE = re.compile(
    r"\b(?:Reps|Sens)\.|\b(?:Representatives|Senators|Congressmen|Congresswomen)\s+[A-Z]"
)
# A member of Congress's party or district tag after the name, the one definition every
# rule reads: `(D-OR)`, `(R-St. Joseph)`, `(D-Calif.)`, `(I | VT)`, `(D, Ore.)`, `(NY-19)`,
# `(AK-AL)`.
_PARTY_CODE = r"(?:[DRI]|Dem|Rep)\.?\s*[-–,|]"
_DISTRICT_CODE = r"[A-Z]{2}\s*-\s*(?:\d{1,2}|AL)\b"
# The tag's opening: enough to make the name before it a member's.
MEMBER_TAG_OPEN = rf"\((?:{_PARTY_CODE}|{_DISTRICT_CODE})"
# A party tag's opening only: a district tag (`(MS-3)`) is as often one of a long list of
# co-sponsors as the member whose statement follows.
PARTY_TAG_OPEN = rf"\({_PARTY_CODE}"
# The whole tag, with any space before it.
MEMBER_TAG = re.compile(rf"\s*\((?:{_PARTY_CODE}[^()]{{0,30}}|{_DISTRICT_CODE}\s*,?)\)")
# A name followed by a party-and-state tag, `Nora Quill (D-OR)`: a member of Congress
# whatever role words stand before the name.
PARTY_TAGGED_NAME = re.compile(rf"(?P<np>{_TITLED})\s*{PARTY_TAG_OPEN}")
# A titled name's words end at a possessive: `Rep. Tarrant’s Harbor Act` is no name.
_TITLED_OWNER_ENDS = rf"{_NAME_WORD}(?:(?<![’']s)\s+{_NAME_WORD}){{1,3}}"
TITLED_NAME = re.compile(
    rf"\b(?:Rep|Sen|Gov|Reps|Sens|Del)\.\s+(?P<np>{_TITLED_OWNER_ENDS})"
    rf"|\b(?:Congressman|Congresswoman|Senator|Representative|Delegate|Governor)\s+"
    rf"(?P<np2>{_TITLED_OWNER_ENDS})"
)
# A full name, then a suffix or degree, then the role phrase standing at a cue:
# "Kim Oduya, PhD, President of …".
NAME_BEFORE_ROLE = re.compile(
    rf"(?P<np>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+(?:[A-Z][\w.]{{0,6}},\s+)?"
    r"(?:the\s+)?[\w’'. -]{0,80}$"
)
# Around a term in quotation marks: a content word runs on after it (`a “pay and chase”
# system`), or a determiner, `of` or a bracket stands right before it (`the “elite”`).
TERM_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|nor|to|in|of|for|that|which|who|whom|as|at|on|with|from|by|than|"
    r"because|when|while|if|so|he|she|they|we|it|i|during|after|before|against|about|into|"
    r"over|under|through|since|until|without|within|between|like|despite|toward|towards|"
    r"upon|amid|among|across|behind|beyond|near|off|onto|per|via|unless|whether|where|"
    r"until|then|too|yet|instead|rather|again|now|today|yesterday|tomorrow|"
    # a verb or an object after the quoted words: they are a clause's subject or verb
    # (`“the whole plan” was`, `to “check out” her tape`), not a term's modifier
    r"is|was|are|were|be|been|has|have|had|will|would|can|could|should|may|might|must|"
    r"does|did|do|her|him|them|his|its|their|me|us|you|my|our|your)\b)(?!" + _VERB + r"\b)[a-z]"
)
TERM_BEFORE = re.compile(
    r"(?:\b(?:the|of|its|their|his|her|our|this|these|those|some|any|such|so-called)\s+"
    r"|\(\s*)$"
)
# After quoted words, a relative clause on them, its verb a form of `be`/`have` or a
# modal (`possible “wait lists” that may have delayed care`): the words are a noun.
TERM_RELATIVE = re.compile(
    r"\s+that\s+(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must)\b"
)
# A request earlier in the sentence, no quotation mark after it: quoted words after it
# stand in what somebody is asked to do (`requesting that he open an inquiry into …`).
REQUEST_BEFORE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|request(?:s|ed|ing)?|ask(?:s|ed|ing)?)\b[^“”\"]*$"
)
# After a quotation cut off by a comma, a full name and a comma: an appositive's start.
NAME_AFTER_COMMA = re.compile(rf"\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}},")
# Words of a statement in the first person.
FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me|[Ww]e|[Oo]ur|us|I’m|I'm|I’ve|I've)\b")
# A speaker's label opening a quoted transcript: `“WALLACE: Let’s start …`.
SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}):\s+\S")
# How far before an opening mark such a label is looked for (a label of three words).
LABEL_REACH = 60
# The same label before the opening mark, after a sentence or another speaker's words:
# `ROTH: “We do not.”` (searched up to the mark).
SPEAKER_LABEL_BEFORE = re.compile(
    r"(?:^|(?<=[.!?”\"’])\s*)(?P<label>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}):\s*[“\"]\s*$"
)
# A preposition of a cue right before a quoted title: `said on “Fox News Sunday”`,
# `told CBS’s “Face the Nation”`, `the broadcast of “Meet the Press”`.
PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|to|told|of)\s+(?:[A-Z][\w.]*[’']s\s+)?$")
# Quoted law or rule text: "shall", numbered subsections, section marks, a definition
# (`the term ‘sex’ means`), a bill's long title (`To amend the … Act`).
# A section's number is law text where it heads the quotation (`Sec. 2. Short title.`) or
# is amended or repealed, however the section is cited before `is` (`Section 1074 of title
# 10, United States Code, is amended`, `… of the Harbor Act (33 U.S.C. 101) is repealed`):
# a statement that speaks of one (`Section 702 of FISA doesn’t authorize …`) is no law text.
_SECTION = r"\bSec(?:tion|\.)\s*\d+[A-Za-z]?(?:\([\w]+\))*"
LAW_TEXT = re.compile(
    rf"\bshall\b|^\s*{_SECTION}\.\s|{_SECTION}[^“”\"!?;]{{0,160}}?\bis\s+(?:hereby\s+)?"
    r"(?:amended|repealed)\b|§|^\(?[a-z0-9]\)\s"
    r"|\bsubsection\b"
    r"|\b[Tt]he\s+terms?\s+[‘'“\"][^’'”\"]{1,60}[’'”\"]\s+(?:means|includes)\b|^To\s+amend\b"
)
# A bill's number right before a quotation: `passage of S. 3473, “To authorize …”` quotes
# the bill's title.
BILL_NUMBER_BEFORE = re.compile(
    r"\b(?:H\.\s?R|S|H\.\s?Res|H\.\s?J\.\s?Res|S\.\s?Res|S\.\s?J\.\s?Res)\.\s?\d+,?\s*[“\"]$"
)
# A gloss right before the opening mark: `Art Deco, which means “…” in French`, `P3 stands
# for “…”`, `a Yupik word meaning “…”`, `which is Latin for “…”`: a word's meaning or
# translation, nobody's words however long (`means` alone is left out: `the bill means
# “…”` can be the speaker's).
_LANGUAGES = (
    "Latin|Greek|Hebrew|Arabic|French|Spanish|German|Italian|Portuguese|Russian|Chinese|"
    "Japanese|Korean|Hawaiian|Irish|Gaelic|Yiddish|Sanskrit|Navajo|Lakota|Yupik|Swahili|Tagalog"
)
GLOSS_BEFORE = re.compile(
    r"\b(?:(?:which|that)\s+(?:means|meant)|"
    r"(?:translates|translated|translating|translate)\s+(?:roughly\s+)?(?:to|as|into)|"
    rf"(?:{_LANGUAGES})\s+(?:word\s+|term\s+|phrase\s+|name\s+)?for)\s*[,:]?\s*[“\"]$"
)
# `stands for` and a bare `meaning` also bring a speaker's own words (`the party stands
# for “a fair shot for every worker”`, `meaning “we were lied to,” she said`): a gloss
# only beside a language's name (GLOSS_LANGUAGE_*) or on a few words.
GLOSS_WEAK_BEFORE = re.compile(r"\b(?:meaning|(?:stands|stand|stood)\s+for)\s*[,:]?\s*[“\"]$")
GLOSS_LANGUAGE_BEFORE = re.compile(rf"\b(?:{_LANGUAGES})\b")
# Matched at the closing mark: `meaning “the calm water,” in Hawaiian`.
GLOSS_LANGUAGE_AFTER = re.compile(rf"[”\"’',]*\s+(?:in|from)\s+(?:the\s+)?(?:{_LANGUAGES})\b")
# The term glossed, right before: a quoted name (`“Tu Se Manques,” meaning “…”`) or an
# initialism (`P3 stands for “…”`, `TSA, which stands for “…”`).
GLOSS_TERM_BEFORE = re.compile(
    r"(?:[”\"’]\s*,?|\b(?P<initials>[A-Z][A-Z0-9]*[A-Z0-9])\s*,?(?:\s*(?:—|–|--)?\s*which)?)\s+"
    r"(?:meaning|(?:stands|stand|stood)\s+for)\s*[,:]?\s*[“\"]$"
)
# A charge right before the opening mark: `pleaded guilty to “…”`, `convicted of two
# counts of “…”`: the offence's name as the law writes it, not anybody's words.
CHARGE_BEFORE = re.compile(
    r"\b(?:(?:pleaded|pled|pleads|plead)\s+(?:not\s+)?guilty\s+to|(?:pleaded|pled)\s+no\s+"
    r"contest\s+to|(?:charged|convicted|acquitted|found\s+guilty)\s+(?:of|with)|indicted\s+"
    r"(?:on|for))\s+(?:(?:one|two|three|four|five|\d+|several|multiple)\s+counts?\s+of\s+)?"
    r"[“\"]$"
)
# A work named as the object of writing it: `she also wrote “The Dark Side,”`, `authored
# the book “…”`, `is the author of “…”` (speech after `wrote` takes a comma, a colon or
# `that`).
WORK_BEFORE = re.compile(
    r"\b(?:wrote|writes|write|written|co-wrote|authored|co-authored|penned|published|"
    r"author\s+of|editor\s+of|directed|narrated|recorded)\s+"
    r"(?:(?:the|a|an|his|her|their)\s+)?(?:(?:best-?selling|new|latest|first|\d{4})\s+)?"
    r"(?:(?:book|novel|memoir|biography|song|album|film|documentary|play|essay|article|op-ed|"
    r"column|poem|report|study|paper|series|story)s?\s+)?(?:titled\s+|called\s+|entitled\s+)?"
    r"[“\"]$"
)
# A sentence opening with an organisation's site, page or account before a pronoun:
# `On Yoloha’s site, they say`, `According to the Acme Co.'s website, it`.
SITE_OWNER_BEFORE = re.compile(
    r"\b(?:[Oo]n|[Aa]t|[Ff]rom|[Aa]ccording\s+to|[Pp]er|[Ii]n)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})[’']s\s+(?:official\s+|own\s+)?"
    r"(?:web\s?site|site|blog|home\s?page|page|FAQs?|account|channel|feed|newsletter|"
    r"product\s+page|Instagram|Twitter|Facebook)\s*,?\s*$"
)
ANY_NP = re.compile(rf"(?P<np>{SPEAKER_NP})")
# A cue that introduces the quotation after it: `Cruz says, “`.
INTRODUCES = re.compile(r"^[^_.]*?[,:]\s*[“\"]\s*_")
# A paragraph that introduces the quotations after it: "Cruz continued:".
COLON_END = re.compile(r":\s*$")

# Reported speech: `X said that …`, `X told Sputnik that …`, `X said the …`.
REPORTED_THAT = re.compile(
    rf"(?P<np>{SPEAKER_NP}){_APPOS1}\s+(?P<cue>{CUE}{_CUE_TAIL})\s+(?:[^,.;“”\"]{{0,60}}?\s+)??"
    rf"that\s+(?P<clause>[^“”\"]+)"
)
REPORTED_BARE = re.compile(
    rf"(?P<np>{SPEAKER_NP}){_APPOS1}\s+(?P<cue>(?:said|says|told\s+{NAME_PHRASE}|reported|"
    rf"reports|announced|announces|warned|warns|added|adds|argued|argues|claimed|claims|"
    rf"insisted|insists)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    rf"Sunday))?)\s+(?P<clause>(?:the|a|an|it|he|she|they|we|there|this|his|her|their|its|"
    rf"[A-Z][\w’'.-]*)\b[^“”\"]+)"
)
# A verb of saying in a sentence of reported speech too loose for a statement of its own
# (`Ann Holt said homestead gardens …`): its subject is the last speaker, for a pronoun at
# the next cue.
SAID_VERB = re.compile(r"\s(?:said|says|told|added|adds)\b")
REPORTED_ACCORDING = re.compile(
    rf"^\s*[Aa]ccording to (?P<np>{SPEAKER_NP}),\s+(?P<clause>[^“”\"]+)"
)
# What each unanchored pattern above cannot match without, found by a cheap search first:
# their own search tries a speaker's name at every word of a sentence. Keep each in step
# with its pattern (`tests/test_quote_patterns_needs.py` checks that it is implied).
REPORTED_NEEDS = {
    REPORTED_THAT: re.compile(r"\sthat\s"),
    REPORTED_BARE: re.compile(
        r"\s(?:said|says|told|reported|reports|announced|announces|warned|warns|added|adds|"
        r"argued|argues|claimed|claims|insisted|insists)\s"
    ),
}

# Sentence ends outside quotations; abbreviations are checked by the caller.
# Quoted words are masked to "_" by the caller, so "_" after a break opens a quotation.
# A curly opening mark glued to the stop (`week.“We …`: paragraphs run together) is a
# break too: `“` opens, never closes. A straight mark glued there is no break: the marks
# of such text are often paired wrongly, and `."` may close the quotation before.
SENTENCE_END = re.compile(r"[.!?](?:[”\"’)]+)?(?:\s+(?=[“\"‘(]?[A-Z0-9_])|(?=“[A-Z0-9_]))")
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Sens|Reps|Del|Gov|Sec|Gen|Lt|Col|St|Jr|Sr|Inc|Corp|Co|No|vs|v|U\.S|U\.N|U\.K|"
    r"a\.m|p\.m|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Rev|Prof|Sgt|Adm|Brig|Maj|Capt|Ft|Mt|Wm)"
    r"|\b[A-Z])\.$"
)
WORD = re.compile(r"\w+")
# A party-and-state tag after a politician's name: "(R-Texas)", "(D-N.Y.)", "(Fla.)".
AFFILIATION = re.compile(
    r"\((?:[A-Z][A-Za-z]{0,2}-[A-Za-z0-9. ,-]{1,18}|(?:[A-Z][a-z]{1,4}\.\s?){1,2})\)"
)
# Two more asides a name carries between itself and its verb (`said Rep. Ann Roe (OR01).`,
# `Ann Roe (pictured) said`), blanked like the tags: a district code written without its
# hyphen (a state's postal code and the district's number) and a photograph's place word.
# Any other words in brackets (a place, a body's initials) still end the name.
_POSTAL = "|".join(sorted(w.upper() for w in US_STATES if re.fullmatch("[a-z]{2}", w)))
NAME_ASIDE = re.compile(
    rf"(?<=[\w.] )\((?:(?:{_POSTAL})(?:\d{{1,2}}|AL)"
    r"|(?:(?:at|far|second\s+from)\s+)?(?:pictured|left|right|center|centre|middle))\)"
)
# The comma between a name and its generational suffix (`Donald M. Payne, Jr.`, `Emanuel
# Cleaver, II`): blanked like the tags, so every name pattern reads the suffix as the
# name's last word, as it does in `Donald Payne Jr.`; it tells a father from his son.
# The comma first and the letter before it looked back at: a pattern opening with a
# literal is searched for that character alone, where a look-behind is tried everywhere.
SUFFIX_COMMA = re.compile(rf",(?<=[a-z],)(?=\s+(?:{GENERATION_WRITTEN})(?!\w))")
# NAME_PHRASE's matches, found faster: most of a text's letters cannot open a name, and a
# look-ahead for one that can (a capital, or the first letter of a prefix or an article)
# passes them at once; the optional prefix, written as two alternatives tried in the same
# order, costs less at every place it is tried.
_NAME_OPENERS = "".join(sorted({w[0] for w in f"{_PREFIX_WORDS}|{_ARTICLES}".split("|")}))
NAME_IN_TEXT = re.compile(
    rf"(?=[{UPPER}{_NAME_OPENERS}])"
    rf"(?:(?:{_PREFIX_WORDS})[\s-]+{_NAME_WORD}|{_NAME_WORD}){_NAME_MORE}"
)
FULL_NAME = re.compile(rf"{NAME_PHRASE}")
# An article right before a quotation's opening mark: `a “…” evening`.
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
# A coordinated clause with a subject of its own: `…, and the Halvard Fund is left`.
LATER_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|yet)\s+(?:the\s+)?[A-Z][\w’'&.-]*\s")
# A work's name right after the word that names it: `a hearing titled, “How Is …?”`,
# `a report entitled “…”` — a title whatever cue follows its closing mark.
TITLED_BEFORE = re.compile(r"\b(?:titled|entitled|retitled)\s*[,:]?\s*[“\"]$")
# An epithet given in the passive, nobody said to speak it: `Muir is considered the
# “father of …”`, `the dam has been called “…”`, `was known as the “…”`.
EPITHET_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being)\s+(?:(?:also|often|widely|commonly|now|still|"
    r"sometimes|rightly|[a-z]+ly)\s+)?(?:considered|regarded\s+as|known\s+as|called|dubbed|"
    r"nicknamed|hailed\s+as|referred\s+to\s+as|remembered\s+as|recognized\s+as|"
    r"recognised\s+as|billed\s+as|touted\s+as|seen\s+as)\s+"
    r"(?:(?:the|a|an|one\s+of\s+the|among\s+the)\s+)?[“\"]$"
)
# An agent after an epithet's closing mark: `was called “…” by Ann Holt` gives her words.
# `BY_AGENT` is `by` and the agent's first capital, for every rule that reads an agent
# named in a passive (quotes `_BY_AGENT` lets a full stop or a comma come first).
BY_AGENT = r"by\s+(?:the\s+)?[A-Z]"
BY_AGENT_AFTER = re.compile(rf"\s*{BY_AGENT}")


# The first word after a quotation's closing mark in its sentence, and a comma before it.
_WORD_AFTER = re.compile(r"[ \t]*(?P<comma>,)?[ \t]*(?P<word>[A-Za-zÀ-ÿ][\w’'.-]*)")
# Spanish verbs of saying after a quotation (`“…”, dijo Vail`).
_SPANISH_SAYING = frozenset(
    "dijo dice afirmó declaró agregó añadió expresó señaló indicó explicó comentó continuó "
    "aseguró destacó subrayó enfatizó manifestó sostuvo concluyó".split()
)
CUE_WORD = re.compile(r"[\w’'-]+")  # a word of that cue
# A Spanish cue after a quotation and the name it gives (`”, dijo el representante Tod
# Vail`, `”, afirmó la Congresista estadounidense Quill`, `” señaló Tod Vail`): the verb,
# an article and a few role words, then the capitalised name. `unnamed` holds the article
# of a subject with no name after its role words (`”, dijo un vecino`, `”, dijo el
# presidente de la junta`): somebody the text does not name there.
# The names module's Spanish titles (`N.SPANISH_TITLES`) and more words a cue's subject
# holds before the name; each is followed by a space, so their order matches the same.
_SPANISH_ROLES = "|".join(
    [
        *sorted(N.SPANISH_TITLES),
        "congresista|alcalde|presidente|presidenta|secretario|secretaria|director|directora|"
        "doctor|doctora|señor|señora|juez|jueza|comisionado|comisionada|concejal|concejala|"
        "ministro|ministra|portavoz|jefe|jefa|fiscal|líder|"
        "estadounidense|estadunidense|federal|estatal|demócrata|"
        "republicano|republicana|sr\\.|sra\\.|dr\\.|dra\\.|rep\\.|sen\\.|gob\\.",
    ]
)
# A capitalised adverb of time or `Según` between the verb and the name is no part of
# the name (`”, dijo Ayer Tod Vail`), yet the text's names run it into one (`Ayer Tod
# Vail`): `skip` gives nobody. A capitalised preposition, article or conjunction there
# names nobody either (`”, dice En Corvale el alcalde`, `”, dijo El alcalde`).
_SPANISH_SKIPPED = "Ayer|Hoy|Anoche|Luego|Después|Entonces|Además|También|Según"
_SPANISH_NOT_A_NAME = (
    "En|Para|Por|Con|Sin|Desde|Hasta|Ante|Tras|Sobre|Entre|Durante|Hacia|Contra|De|Del|"
    "Al|A|El|La|Los|Las|Lo|Un|Una|Unos|Unas|Y|E|O|Pero|Que|Cuando|Donde|Como|Si|No|"
    "Este|Esta|Estos|Estas|Ese|Esa|Aquí|Allí|Así|Ya|Mientras|Antes|Mañana|Tarde"
)
AFTER_SPANISH_CUE = re.compile(
    rf"^[\s,]*(?P<cue>{'|'.join(sorted(_SPANISH_SAYING))})\s+"
    rf"(?:(?P<skip>(?:{_SPANISH_SKIPPED})\s+)?(?:(?:el|la)\s+)?"
    rf"(?:(?i:{_SPANISH_ROLES})\s+){{0,3}}"
    rf"(?!(?:{_SPANISH_NOT_A_NAME}|{_SPANISH_SKIPPED})(?![\w.’'-]))"
    # `de`/`del` joins a name after its first word only (`Ann de Roe`); after a full
    # name it opens a place (`Tod Vail de Corvale`)
    rf"(?P<np>{_NAME_WORD}(?:\s+(?:de\s+|del\s+)?{_NAME_WORD})?(?:\s+{_NAME_WORD}){{0,2}})"
    # a second name joined by `y` (`Tod Vail y Ann Roe`): two speakers, one cannot be told
    rf"(?P<pair>\s+[ye]\s+[{UPPER}])?"
    rf"|(?P<unnamed>(?:una?|el|la|los|las)\s+[a-záéíóúñ]|(?:{_SPANISH_NOT_A_NAME})(?![\w.’'-])))"
)
# The rest of a sentence after a quotation, up to its end or the next quotation; the full
# stop of a title or an initial (`Rep.`, `Gov.`, `T.`) ends no sentence.
_REST_OF_SENTENCE = re.compile(
    r"(?:[^.!?“”\"\n]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z][a-z])\.){0,160}"
)


def cue_unread_after(paragraph: str, end: int, text: str) -> str | None:
    """The words of the sentence that goes on after a quotation closing at `end` (the
    offset after its closing mark), when they are a cue: the words end in a comma inside
    or after the closing mark (`“…,” commented Quill.`), or a Spanish verb of saying
    follows (`” dijo Vail`). None when the sentence ends with the quotation."""
    after = _WORD_AFTER.match(paragraph, end)
    if after is None:
        return None
    if not (
        after.group("comma")
        or text.rstrip().rstrip("”\"’'").endswith(",")
        or after.group("word").lower() in _SPANISH_SAYING
    ):
        return None
    rest = _REST_OF_SENTENCE.match(paragraph, after.start("word"))
    return rest.group() if rest else None


# A writer's social-media line closing a news page (`Follow Ann Holt on Twitter
# @annholt.`), printed inside a quotation's marks when a transcript runs to the page's
# end: the page's, never a speaker's.
FOLLOW_LINE = re.compile(
    r"Follow\s+(?:[\w.’'-]+\s+){1,4}on\s+(?:Twitter|Facebook|Instagram|X)"
    r"(?:\s*(?:at\s+|:\s*)?@\w+)?\s*[.!]?"
    r"|Follow\s+@\w+\s+on\s+(?:Twitter|Facebook|Instagram|X)\s*[.!]?"
)
# The word opening a clause said or thought (`agreed that Ann Holt is …`).
CLAUSE_THAT = re.compile(r"\bthat\s")
# A poll's share of the people asked, as a sentence's subject: `52 percent of registered
# voters`, `Only 40% of those polled`, `A majority of Democrats`, `Two-thirds of voters`.
SHARE_OF_PEOPLE = re.compile(
    r"(?:(?:only|just|about|nearly|almost|some|roughly)\s+)?"
    r"(?:\d[\d.,]*\s*(?:percent|per\s+cent|%)"
    r"|(?:a|the)\s+(?:majority|minority|plurality|third|quarter|half)"
    r"|(?:one|two|three)[-\s](?:thirds?|quarters?|fifths?|in\s+(?:three|four|five|ten)))"
    r"\s+of\b",
    re.IGNORECASE,
)
