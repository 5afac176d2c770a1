"""Word-level checks the people-and-places recognizer (`names.py`) asks of a tagged run: a given
name, a name typed in one case, a plain English word, a name inside a quoted sentence, a common
noun or a name in another language, a sentence opened by an action item or a sign-off.

They sit apart so that `names.py` reads as the order of its passes.
"""

from __future__ import annotations

import regex
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from privacy_gateway.detection import lines
from privacy_gateway.detection.foreign import article, foreign_everyday, personal, stop_word
from privacy_gateway.detection.lexicon import ascii_fold, common_form, common_word, english_form, everyday_word, first_names, irregular_forms, listed_family, listed_given, world_first_names
from privacy_gateway.detection.memo import per_analysis
from privacy_gateway.detection.name_cues import CALENDAR_WORDS, COMMENT, PARTICLE_WORD, SITE_WORDS, _LITERAL, _ORG_WORDS, _PLACE_FIRST_WORDS, _PLACE_HEADS, _PLACE_LABELS, _PLACE_TAILS
from privacy_gateway.detection.name_spans import _ordinary
from privacy_gateway.detection.software import is_software, technology
from privacy_gateway.detection.uncased import _ROLES

_LETTERS = regex.compile(r"\p{L}+")


def given_name(word: str) -> bool:
    """Whether `word` (lower case) is a listed given name: what people are called by alone."""
    return word in first_names() or word in world_first_names()


def unnamed_date_word(word: str) -> bool:
    """Whether `word` (lower case) is a month, a weekday or a feast no one is called by ("march",
    "christmas"; not "june" or "may", which are given names too)."""
    return word in CALENDAR_WORDS and not given_name(word)


def uncased_name(value: str) -> bool:
    """Whether `value` reads as a name typed in one case: all lower or all upper, no word an
    English word or stop word (particles aside), the last word a surname-like unknown."""
    if not (value.islower() or value.isupper()):
        return False
    words = [w.lower() for w in value.split()]
    core = [w for w in words if not PARTICLE_WORD.fullmatch(w)]
    if len(core) < 2 or any(w in STOP_WORDS or _ordinary(w) or is_software(w) for w in core):
        return False
    return len(core[-1]) >= 2


# Cues that reach one person by name ("ask", "cc", "loop in"), not "with" or "from", after which
# a thing is as often named ("with rose gold trim", "from grace period").
REACHING = frozenset(
    "call ring phone text email e-mail message ping remind tell telling told ask asked cc bcc dear hi hello hey thanks thank "
    "texted emailed messaged pinged reminded asking asks dm dmed meet met rang phoned rung".split()
) | {"loop in"}


_CONTRACTED = regex.compile(r"(?:n['’]t|['’](?:ll|re|ve|m|d|s))$")


def word_compound(word: str) -> bool:
    """Whether `word` (lower case) is two English words of four letters or more run together, as
    technical words are made ("pathfinding", "autoscaling", "workqueue"): a word no dictionary lists
    but no unknown surname either."""
    return any(english_form(word[:i]) and english_form(word[i:]) for i in range(4, len(word) - 3))


def cued_name(words: list[str], cue: str = "", subject: bool = False) -> bool:
    """Whether two or three words in one case after a cue that names someone (`_UNCASED_CUE_WORDS`:
    "loop in", "ask", "with") or in a person's slot with none (`_UNCASED_SLOT`, `cue` ""; "to
    adana lugo", "- ADDA HEYERDAHL from") are a name whose words may be English words too, where
    `uncased_name` asks none to be: "frigyes horn", "DIETER EBERHARDT", "finn de meyer".

    The first word is a given name of the lists or no English word, every other one a name of the
    lists or no English word, none a place's or a firm's word ("lake bradley", "harrison group"),
    the first no make ("vauxhall corsa"), none an irregular verb ("phone bill went"); and one is a
    name of the lists that is no English word ("lugo", "heyerdahl"), or the first a listed given
    name and the last a listed surname ("ante tuft"): the lists hold English words as names
    ("went", "line"), so a listed word alone says little. A surname no list has is no two English
    words run together ("grid pathfinding"). Words that are all common English words ("genie
    weeks", "rose gold") are a name only after a cue that reaches a person (`REACHING`)."""
    lowered = [w.lower() for w in words]
    core = [w for w in lowered if not PARTICLE_WORD.fullmatch(w)]
    if not 2 <= len(core) <= 3 or not (all(w.islower() for w in words) or all(w.isupper() for w in words)):
        return False
    if any(len(w) < 2 or w in STOP_WORDS or w in CALENDAR_WORDS or is_software(w) or not w.replace("-", "").replace("'", "").isalpha() for w in core):
        return False
    if any(w in REACHING or _CONTRACTED.search(w) for w in core):
        return False  # "dm'd camila about it": the cue itself, opening a line
    plain = [ascii_fold(w) for w in core]
    if plain[0] in _PLACE_FIRST_WORDS or plain[0] in _PLACE_HEADS or any(p in _PLACE_TAILS or p in _ORG_WORDS for p in plain):
        return False
    # A make or a product no one is called by, before its model ("ask vauxhall corsa dealers").
    if technology(plain[0]) is not None and plain[0] not in listed_given():
        return False
    # A given name may be an irregular form too ("ask rose hill"); a later word may not.
    if any(w in irregular_forms() for w in core[1:]) or core[0] in irregular_forms() and plain[0] not in listed_given():
        return False
    if not (plain[0] in listed_given() or not english_form(core[0])):
        return False
    if not all(p in listed_family() or p in listed_given() or not english_form(w) for p, w in zip(plain[1:], core[1:])):
        return False
    listed = any((p in listed_given() or p in listed_family()) and not english_form(w) for p, w in zip(plain, core))
    # A listed given name before a surname no list or dictionary has ("leander bohnbach", "eckhart
    # patberg"): the lists miss most surnames, and a given name that is a frequent word too
    # ("leander", "eckhart") is still one before a word of no language the lists know.
    unlisted = (
        plain[0] in listed_given() and len(core[-1]) >= 4 and not english_form(core[-1]) and plain[-1] not in listed_given()
        and plain[-1] not in listed_family() and not word_compound(core[-1])
    )
    # The subject of a question (`subject`: "which suppliers did behrem akçay onboard") may be
    # words no list or dictionary has at all: tools are left out above, and a thing is not asked of so.
    unknown = subject and len(core[-1]) >= 4 and not any(english_form(w) or p in listed_given() or p in listed_family() for p, w in zip(plain, core))
    if not (listed or unlisted or unknown or plain[0] in listed_given() and plain[-1] in listed_family()):
        return False
    return not all(common_form(w) for w in core) or cue in REACHING


def plain_word(first: Token, last: Token, technical: bool = False) -> bool:
    """One capitalised English word that is no census name ("Checkout", "Steps", "Résumé"): a
    heading, label or sentence start, not a person, whatever the recognizer's label. Tagged a
    proper noun it may be a place ("Zambia"), except in code and data.

    An everyday word that almost no one is called is one too, whatever its tag ("Fill in each
    bullet", "Patient leaflet", "the Guardian"), as is a run of such words and plain words
    ("PATIENT LEAFLET"): the lists hold them as names, the census counts a few hundred bearers."""
    if first.i == last.i and common_word(first.text) and (technical or first.tag_ not in ("NNP", "NNPS")):
        return True
    words = [t.text for t in first.doc[first.i : last.i + 1]]
    return len(words) <= 3 and any(everyday_word(w) for w in words) and all(everyday_word(w) or common_word(w) for w in words)


def in_prose_literal(text: str, start: int, end: int) -> bool:
    """Whether `start:end` sits in a quoted sentence inside code or data ("note": "Call Ada Byron
    back tomorrow.") or in a comment's sentence ("# Edo Afonso asked for rounding to the cent
    here"): a sentence in a JSON value or a comment is prose, whatever the text around it is."""
    line_start = lines.line_start(text, start)
    line = text[line_start : lines.line_end(text, end)]
    comment = _bare_comment(line)
    if comment is not None and comment[0] <= start - line_start:
        return comment[1]
    for literal_start, literal_end, prose in _literals(line):
        if literal_start <= start - line_start and end - line_start <= literal_end:
            return prose
    return False


# Both asked for each candidate name of a line (each finding of a one-line prompt): read once per line.
@per_analysis
def _bare_comment(line: str) -> tuple[int, bool] | None:
    """Where `line`'s comment starts its words, and whether they are a sentence; None without a
    comment, or with a quoted string after its mark."""
    comment = COMMENT.search(line)
    if comment is None or _LITERAL.search(line, comment.end()):
        return None
    return comment.end(), _sentence(_LETTERS.findall(line[comment.end() :]))


@per_analysis
def _literals(line: str) -> tuple[tuple[int, int, bool], ...]:
    """Each quoted string of `line`: where its text starts and ends, and whether it is a sentence."""
    out = []
    for match in _LITERAL.finditer(line):
        group = 1 if match.group(1) is not None else 2
        out.append((match.start(group), match.end(group), _sentence(_LETTERS.findall(match.group(group)))))
    return tuple(out)


def _sentence(words: list[str]) -> bool:
    return len(words) >= 5 and 2 * sum(w.islower() for w in words) >= len(words)


def foreign_noun(doc: Doc, first: Token, words: list[str], language: str) -> bool:
    """In text of another `language`, a tagged span that reads as a common noun there: it holds a
    function word of that language ("Wie", "El"), is made of its everyday words ("Recomenda",
    "Vergütung"), or follows an article ("der Parameter Zeitraum")."""
    if any(stop_word(language, w) for w in words) or all(foreign_everyday(language, w) for w in words):
        return True
    return first.i > 0 and article(language, doc[first.i - 1].text)


def foreign_name(label: str, words: list[str], text: str, language: str, cue: object, placed: bool = True) -> bool:
    """In another language, which tagged spans still count: whole names, a single name after a cue,
    and places where someone speaks of their own life (not "Berlin" in a question about Berlin) that
    are `placed` so: a single word listed, or after a preposition of place or beside an address's
    number. German capitalises every noun, and the English model reads "Durchwahl" (an extension)
    or "Bitte" (please) as places."""
    if label == "PERSON":
        return len(words) >= 2 or bool(cue)
    return label in _PLACE_LABELS and placed and personal(language, text)


# The word after a person who does something: "Kirsi restarted", "Ngozi has", "Ada will".
_SUBJECT_TAGS = {"VBD", "VBZ", "MD"}
# Before someone the prompt deals with: "reply to Oyelaran", "feedback for Temitope", "a call with Mthunzi".
_TOWARDS = {"to", "for", "with", "from"}
# What may follow such a person: an end of clause or a relative clause ("to Oyelaran:", "for Ana, who").
_AFTER_OBJECT = {"about", "that", "who", "on", "regarding", "re"}


# A role in brackets right after a name: "Chibuzo Obi (network lead)", "Ana Lima (SRE)", "… (our DBA)".
_ROLE_IN_BRACKETS = regex.compile(rf"[ \t]*\((?i:(?:[\w\-]+[ \t]+){{0,2}}?(?:{_ROLES}|sre|architect|owner|on-?call|maintainer)s?)\)")


def role_in_brackets(text: str, end: int) -> bool:
    """Whether a job or a desk stands in brackets right after text[:end]: tools have versions and
    licences there, people have roles."""
    return _ROLE_IN_BRACKETS.match(text, end) is not None


def persons_role(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """Whether a run of words stands in running prose where a person does: the subject of a finite
    verb, the agent of a passive ("was disabled by …"), or after "to", "for", "with", "from" at a
    clause's end; never glued to code punctuation
    ("list["Loan"]", "Claude-Web/1.0"). Tools are subjects too, so the caller also asks the word.
    `text` is `doc.text`, passed in: spaCy joins every token's text again on each read of it."""
    before = text[first.idx - 1 : first.idx] if first.idx else " "
    end = last.idx + len(last.text)
    after = text[end : end + 1] or " "
    if before in "\"'`/[<(_-=.@#" or after in "\"'`/]>)_-=@#(" or after == "." and text[end + 1 : end + 2].strip():
        return False
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ in _SUBJECT_TAGS and not nxt.is_punct:
        return True
    prev = doc[first.i - 1] if first.i > 0 else None
    if prev is not None and prev.lower_ == "by" and prev.i > 0 and doc[prev.i - 1].tag_ == "VBN":
        # The agent of a passive ("last touched by Gilles Deschamps in March"), when a word of it is no
        # English word or tool: bots and tools maintain and build too ("maintained by Release Bot",
        # "built by GitHub Actions").
        return any(_name_word(t.lower_) for t in doc[first.i : last.i + 1])
    if prev is None or prev.lower_ not in _TOWARDS:
        return False
    return nxt is None or nxt.is_punct or nxt.lower_ in _AFTER_OBJECT


def _name_word(word: str) -> bool:
    """A word of a name, listed or not, that no dictionary or tool list has ("deschamps", "arifcan")."""
    return len(word) >= 3 and word.isalpha() and not english_form(word) and not is_software(word) and technology(word) is None


# A possessive before a noun: "Linh's dashboards", "Océane’s patch".
_OWNING = regex.compile(r"['’]s[ \t]+\p{Ll}")
# What follows a name someone is asked by in chat: "Radosław can you re-approve?", "Ivy, could you …",
# "Asami please tag it".
_ASKING = {"can", "could", "would", "will", "pls", "plz", "please"}


def owning_or_addressed(doc: Doc, text: str, first: Token, last: Token) -> bool:
    """Whether one word stands where only a person does in ops chat and PR text, beyond
    `persons_role`: the owner of something ("tested on staging, Linh's dashboards look fine"), or
    someone addressed at a sentence's start ("approved. Asami merge when green", "Radosław can you
    re-approve?"). The caller asks the word itself (a listed name, no tool: "Kafka's retention",
    "Jenkins can be re-run" are a tool's)."""
    if first.i != last.i:
        return False
    before = text[first.idx - 1 : first.idx] if first.idx else " "
    if before in "\"'`/[<(_-=.@#:":
        return False
    end = last.idx + len(last.text)
    if _OWNING.match(text, end):
        return True
    prev = doc[first.i - 1] if first.i > 0 else None
    opens = prev is None or "\n" in prev.whitespace_ or prev.text in (".", "!", "?", "\n")
    nxt = doc[last.i + 1 : last.i + 3]
    if not opens or len(nxt) < 2:
        return False
    if nxt[0].text == ",":
        nxt = doc[last.i + 2 : last.i + 4]
    if len(nxt) < 2:
        return False
    # "Asami merge when green": a verb's base form in lower case right after the name, an order.
    asked = nxt[0].lower_ in _ASKING and (nxt[0].lower_ in ("please", "pls", "plz") or nxt[1].lower_ in ("you", "u"))
    return asked or nxt[0].tag_ == "VB" and nxt[0].is_lower


# The small words inside a title in title case: "Kind of Blue", "Crime and Punishment", "Go Set a Watchman".
_TITLE_JOINERS = frozenset({"of", "and", "a", "an", "the", "in", "on", "to", "for", "at", "with", "from", "or", "&"})


def work_title(span: Span) -> bool:
    """Whether a tagged span is a work's title, not a person or a place: capitalised dictionary
    words, none a given name nor a place's head word, with a small word in lower case between them
    or an article first ("A Song of Ice and Fire", "Kind of Blue", "Crime and Punishment")."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 3 or not words[-1].is_title or not (words[0].lower_ in ("a", "an", "the") or any(t.text in _TITLE_JOINERS for t in words[1:-1])):
        return False
    content = [t.lower_ for t in words if t.lower_ not in _TITLE_JOINERS]
    return len(content) >= 2 and all(
        english_form(w) and not given_name(w) and w not in _PLACE_HEADS and w not in _PLACE_TAILS for w in content
    ) and all(t.is_title or t.text in _TITLE_JOINERS for t in words)


def work_titles(doc: Doc) -> list[tuple[int, int]]:
    """Where the spans the recognizer tagged that are works' titles lie: found once per text, as
    `doc.ents` builds every span anew on each call (twenty calls a KB)."""
    return [(e.start_char, e.end_char) for e in doc.ents if work_title(e)]


def in_work_title(titles: list[tuple[int, int]], start: int) -> bool:
    """Whether the character at `start` is inside one of `titles` (`work_titles`)."""
    return any(s <= start < e for s, e in titles)


def signed_or_tasked(doc: Doc, first: Token, last: Token) -> bool:
    """A sentence opened by someone given a task or signing off: "Marsh to add expiry monitoring"
    (an action item: a name, "to" and a verb's base form), "Jarrah from reception" (a given name
    and the desk or team they write from)."""
    after = doc[last.i + 1 : last.i + 3]
    # Whatever the tagger made of them, the words are names: proper nouns, given names or no English word.
    if len(after) < 2 or not all(t.tag_ in ("NNP", "NNPS") or given_name(ascii_fold(t.lower_)) or not english_form(t.lower_) for t in doc[first.i : last.i + 1]):
        return False
    if after[0].lower_ == "to" and after[1].tag_ == "VB":
        return True
    desk = after[1].is_lower or after[1].lower_ in ("the", "our") or after[1].is_upper and len(after[1]) <= 4
    # The name lists are unaccented: "Oğuzhan", "Zoë" are looked up as "oguzhan", "zoe".
    return first.i == last.i and after[0].lower_ == "from" and desk and given_name(ascii_fold(first.lower_))


# Where someone works, before what they did: "Oyelaran in dispatch takes…", "Kemal at the depot has…".
_AT_DESK = frozenset({"from", "at", "in", "on"})
_DESK = regex.compile(rf"(?:{_ROLES})")


def _desk_word(doc: Doc, last: Token) -> str:
    """The word after the preposition that follows `last`, past "the" or "our": "payroll" in
    "… in payroll", "depot" in "… at the depot" (the caller has seen that two tokens follow)."""
    word = doc[last.i + 2].lower_
    return word if word not in ("the", "our") or last.i + 3 >= len(doc) else doc[last.i + 3].lower_


def placed_in_team(doc: Doc, first: Token, last: Token) -> bool:
    """Whether a given name of the lists opening a placed subject (`placed_subject`) is placed in a
    team ("Maria in payroll takes", "Elizabeth from accounts said"): a town or a country the lists
    also hold by that name is in no team, so the caller's doubt about places ends there."""
    return given_name(ascii_fold(first.lower_)) and last.i + 2 < len(doc) and _DESK.fullmatch(_desk_word(doc, last)) is not None


def placed_subject(doc: Doc, first: Token, last: Token) -> bool:
    """One word opening a sentence before where its person works and then a verb of the third person,
    the past or a modal within the next words ("Oyelaran in dispatch takes the early shift", "Kemal
    at the depot has the corrected one"): a name of the lists or a word no dictionary or tool list
    holds as a word ("Cynthia", whom WordNet holds only as a goddess, is a name: `common_form`). An
    English word, a tool or a make opens such a sentence as often ("Zurich in spring is",
    "Python from the start was", "Toshiba in"), and an unlisted word before a season or the news
    ("Whitstable in the summer was"): only a word nothing else reads as is a subject by its place.
    A listed place is asked by the caller ("Lahti at the warehouse has a backlog"), unless a given
    name is placed in a team (`placed_in_team`)."""
    after = doc[last.i + 1 : last.i + 3]
    if first.i != last.i or len(after) < 2 or not (after[1].is_lower or after[1].lower_ in ("the", "our") or after[1].is_upper and len(after[1]) <= 4):
        return False
    if doc[last.i + 1].lower_ not in _AT_DESK:
        return False
    word = first.lower_
    if common_form(word) or is_software(first.text) or technology(word) is not None or len(word) < 3:
        return False
    # An unlisted word needs the place to be a desk: a team or a site ("in dispatch" may be a season's "in the summer").
    desk = _desk_word(doc, last)
    if not given_name(ascii_fold(word)) and not (_DESK.fullmatch(desk) or desk in SITE_WORDS):
        return False
    verbs = doc[last.i + 3 : last.i + 6]
    return any(t.tag_ in ("VBZ", "VBD", "MD") for t in verbs) and not any(t.is_punct for t in doc[last.i + 1 : last.i + 3])


# The words that join someone to a subject or say on whose behalf it acts: "… with the treasurer", "… for the fundraising group".
_ALONG = frozenset({"with", "for", "alongside"})
# People and the bodies they make up, that a subject acts with or for in minutes and notes (besides
# a desk's roles, `_DESK`): "with two parents", "for the grounds team". Not a dish's or a tool's
# partners ("Halloumi with the watermelon", "Canva for the posters").
_COMPANY = frozenset(
    """
    treasurer secretary chair chairman chairwoman chairperson vicar warden steward trustee trustees governor governors
    coach captain teacher teachers head parent parents pupil pupils student students member members volunteer volunteers
    helper helpers resident residents neighbour neighbours player players colleague colleagues staff crew team group
    committee club board council choir band squad society association union panel
    """.split()
)


def accompanied_subject(doc: Doc, first: Token, last: Token) -> bool:
    """One word opening a sentence of minutes or notes before whom it acted with or for and then a
    verb of the third person, the past or a modal, no punctuation between ("Voinea with the treasurer
    checked the seed order", "Battaglia for the fundraising group reported the takings"): a surname
    standing alone as a subject, as `placed_subject` reads one placed at a desk. Only a word that no
    dictionary, tool list or make reads as a word: "Python with asyncio makes …", "Zurich for a weekend
    is …" open sentences as often (a listed place is the caller's to weigh), and only with people or a
    body of them as its company ("Halloumi with the watermelon works", "Canva for the posters was")."""
    if first.i != last.i or last.i + 3 >= len(doc) or doc[last.i + 1].lower_ not in _ALONG:
        return False
    if doc[last.i + 2].lower_ not in ("the", "our", "a", "two", "three", "his", "her", "their"):
        return False  # "Voinea with the treasurer …", not "Bach for beginners" or "Kafka with subtitles"
    word = first.lower_
    if common_form(word) or is_software(first.text) or technology(word) is not None or len(word) < 3 or not first.is_title:
        return False
    company = False
    for t in doc[last.i + 2 : last.i + 7]:
        if t.is_punct:
            return False
        if t.tag_ in ("VBZ", "VBD", "MD"):
            return company
        company = company or t.lower_ in _COMPANY or _DESK.fullmatch(t.lower_) is not None
    return False
