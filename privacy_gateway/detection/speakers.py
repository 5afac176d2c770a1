"""Speaker labels: who says a line in a transcript, a chat export or an e-mail thread.

"Ann Lee: …", "[10:02] Ann: …", "<ann> …" (IRC): the label is a person's name whatever its case,
unless it is a field label, an HTTP header or an error name; a run of such lines is a transcript,
read whole (`tables.blocks`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Iterator

from spacy.tokens import Doc

from privacy_gateway.detection import lines
from privacy_gateway.detection.chat_headers import header_names, name_word
from privacy_gateway.detection.chat_rows import row_authors
from privacy_gateway.detection.doc_tokens import token_starting
from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, everyday_word, first_names, frequent_names, nameless_word, world_first_names, world_last_names
from privacy_gateway.detection.software import assistant, is_software
from privacy_gateway.detection.captions import speaker_name
from privacy_gateway.detection.text_kind import describe
from privacy_gateway.detection.field_keys import entity_for_key, person_name
from privacy_gateway.detection.cyrillic import everyday_cyrillic_run
from privacy_gateway.detection.foreign import foreign_language, own_word
from privacy_gateway.detection.name_checks import given_name, unnamed_date_word
from privacy_gateway.detection.name_cues import _WEEKDAYS, CAPTION_PARTICLES, NOT_SPEAKERS, SCRIPT_ROLES, SERVICE_ACCOUNTS


# A transcript line: "Ann Lee: …", "[10:02] Ann: …", "10:02 PM - Ann: …", "<ann> …" (IRC), a phone's
# export with the date before the time ("12/03/24, 18:02 - ann: …", "2024-03-12 18.02 – ann: …").
_SPEAKER_LINE = re.compile(
    r"^[ \t>*\-]*(?P<stamp>\[[^\]\n]{1,24}\][ \t]*|\(?(?:\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\)?[ \t]*(?:[\-–—|][ \t]*)?)?"
    r"(?:(?P<label>[^\W\d_](?:[^\W\d_]|['’.\- ]){0,40}?)[ \t]*:|<[@+%]?(?P<nick>[A-Za-z][\w\-.|^`]{0,30})>)[ \t]+\S",
    re.MULTILINE,
)


# A party of a support chat, a call or an interview and its name in brackets, either way round:
# "Agent (Mirela): …", "CALLER (GRANT MOSS): …", "Haruto Sato (Customer): …", "[14:02] A (DEMIR): …".
_PARTY_LINE = re.compile(
    r"^[ \t>*\-]*(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?[ \t]*(?:[\-–—|][ \t]*)?)?"
    r"(?P<a>[^\W\d_][^\W_]*(?:[ \t][^\W_]+){0,3}?)[ \t]*\([ \t]*(?P<b>[^\W\d_][^()\n:]{0,40}?)[ \t]*\)[ \t]*:[ \t]+\S",
    re.MULTILINE,
)
# The parties such a label names: people's roles only, not a host's, a client's or a user's,
# which in technical text stand before a machine ("Host (prod):", "Client (iOS):").
_PARTIES = frozenset(
    """q a agent customer caller rep representative operator interviewer interviewee candidate applicant moderator
    panelist panellist presenter guest doctor dr patient nurse advisor adviser dispatcher officer witness judge
    counsel attorney lawyer defendant plaintiff student teacher parent manager employee recruiter participant
    attendee chair facilitator trainer coach speaker""".split()
)


def _party(label: str) -> bool:
    """A party's role: "Agent", "CALLER", "Speaker 2"."""
    words = label.lower().split()
    return " ".join(words) in _PARTIES or len(words) == 2 and words[0] in _PARTIES and words[1].isdigit()


def _party_names(text: str) -> Iterator[tuple[int, int]]:
    """The name beside a party's role in a speaker's label, in any case, listed or not."""
    if "(" not in text:
        return
    for m in _PARTY_LINE.finditer(text):
        for role, name in (("a", "b"), ("b", "a")):
            if _party(m.group(role)) and speaker_name(m.group(name)):
                yield m.start(name), m.start(name) + len(m.group(name).rstrip())


# Exceptions and errors named in a trace or a log: `TypeError: …`, `ModuleNotFoundError: …`.
_ERROR_NAME = re.compile(r"(?:[\w$]+\.)*[A-Z]\w*(?:Error|Exception|Warning|Fault|Failure|Interrupt|Exit|Panic)")
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADJ", "ADV", "ADP", "PRON", "DET", "SCONJ", "CCONJ", "NUM", "PART", "INTJ"})


def transcript_blocks(text: str) -> list[tuple[int, int]]:
    """Runs of transcript lines: read whole, since a label is a speaker by the lines around it."""
    if "\n" not in text:
        return []
    return [(run[0].start(), run[-1].end()) for run in transcript_lines(text)]


def transcript_lines(text: str) -> list[list[re.Match[str]]]:
    """Runs of labelled lines at most two lines apart; a run is a transcript when a label comes
    back in it or its lines carry timestamps."""
    out = []
    for run in _runs(text, _SPEAKER_LINE.finditer(text)):
        counts = Counter((m.group("label") or m.group("nick") or "").lower() for m in run)
        if len(run) >= 2 and (max(counts.values()) >= 2 or any(m.group("stamp") for m in run) or len(counts) == len(run) == sum(1 for m in run if m.group("nick"))):
            out.append(run)
    return out


def _runs(text: str, matches: Iterable[re.Match[str]]) -> list[list[re.Match[str]]]:
    """Labelled lines grouped into runs, each line at most two lines below the last."""
    runs: list[list[re.Match[str]]] = []
    last_line = -10
    for m in matches:
        line = text.count("\n", 0, m.start())
        if line - last_line > 2 or not runs:
            runs.append([])
        runs[-1].append(m)
        last_line = line
    return runs


_HEADER_NAME = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+")  # Accept-Language, X-Request-Id, WWW-Authenticate
# Words HTTP and mail header names are made of: "Anna-Maria:" is a speaker, "Content-Type:" is not.
_HEADER_WORDS = frozenset(
    """accept agent age alive allow api auth authenticate authorization cache ch charset content control cookie
    correlation credentials csrf date dest disposition dnt encoding etag expect expires fetch for forwarded frame
    from headers host id if insecure ip keep key language last length limit link location max match method mode
    modified none options origin platform policy powered proto protection proxy range rate real referer referrer
    remaining request requests reset retry sec security server set since site span strict token trace transfer
    transport type ua upgrade user vary via www xss""".split()
)
_VALUE = re.compile(r"\S*[/.=@:\d]\S*")  # a token with a path, domain, number or assignment in it


_BLANK = re.compile(r"_{3,}|\[[ \t]*\]|\.{5,}|…{2,}")


def _field_line(label: str, rest: str) -> bool:
    """A header or a field, not a line of speech: a hyphenated header name ("Accept-Language:"),
    or a single value after the colon ("Host: api.example.com", "Mobile: 0171 2345678")."""
    name = label.strip()
    if _HEADER_NAME.fullmatch(name) and (name.startswith("X-") or any(p.lower() in _HEADER_WORDS for p in name.split("-"))):
        return True
    value = rest.strip()
    # "Link: <https://…>; rel=next", "Location: https://…": a header's value is a URL, not speech.
    if value.startswith("<") or "://" in value.split(" ", 1)[0]:
        return True
    # "CSCS card type: ________", "PL insurance: insurer [  ]", "Wetter: ____": a blank form's field to fill in.
    if _BLANK.search(value) and len(re.findall(r"[^\W\d_]+", value)) <= 4:
        return True
    return bool(value) and (_VALUE.fullmatch(value) is not None or value.replace(" ", "").lstrip("+").isdigit())


def _tool_label(words: list[str], transcript: bool, rest: str) -> bool:
    """In technical text, a label of a tool's output, not a speaker: "Filter:", "Planning Time:"
    in an EXPLAIN plan (English words none of which is a first name); an error's name last
    ("Uncaught ReferenceError:"); and, on a line no transcript holds, a label no word of which is
    anyone's name on the lists before a value of one or two words, not speech ("Namespace: billing")."""
    if all(english_form(w.lower()) and w.lower() not in first_names() for w in words):
        return True
    if _ERROR_NAME.fullmatch(words[-1]):
        return True
    if transcript or len(rest.split()) > 2:
        return False
    return not any(_folded(w) in world_first_names() or _folded(w) in world_last_names() for w in words)


def _service(label: str) -> bool:
    """A bot or a system account speaking in a chat export ("dependabot:", "renovate[bot]:"), or a
    desk, a team or a depot of a firm ("Jewson Trade Desk:", "Hilti Fleet:", "Site Office:")."""
    login = label.strip().lower()
    return login in SERVICE_ACCOUNTS or login.endswith(("[bot]", "-bot", "_bot")) or " " in login and login.split()[-1] in _DESK_WORDS


# The last word of a firm's desk, team or office speaking in a group chat.
_DESK_WORDS = frozenset("desk fleet team office depot support sales service services helpdesk dispatch accounts admin bot".split())


def _folded(word: str) -> str:
    """`word` lower-cased and unaccented, as the world lists hold names."""
    return ascii_fold(word.lower())


def speaker_labels(text: str, doc: Doc | None = None) -> Iterator[tuple[int, int, str]]:
    """Speakers of a transcript: "Ann Lee: …", "[10:02] ann: …", "<ann> …".

    A label line is a speaker's inside a transcript (a label said twice, or timestamps) or when
    spaCy calls the label a proper noun; never a role, a field, a header, a verb ("Summarize:")
    or an adjective ("Expected:").
    """
    if "\n" not in text:
        # One message pasted alone: "[09:41] mahmoud yawer: can someone reset …".
        yield from _stamped_message(text)
        return
    for start, end in header_names(text):  # "Grace Whitaker  10:42 AM" above a message
        yield start, end, "PERSON"
    for start, end in row_authors(text):  # "ivy.bird  09:41  on it": author, time and message on one line
        yield start, end, "PERSON"
    for start, end in _party_names(text):  # "Agent (Mirela): …", "ROSE (REP): …"
        yield start, end, "PERSON"
    in_transcript = {m.start() for run in transcript_lines(text) for m in run} | {m.start() for m in _SPEAKER_LINE.finditer(text) if _timed_name(m)}
    technical = describe(text).technical
    verdicts = [(m, _verdict(m, text, doc, m.start() in in_transcript, technical)) for m in _SPEAKER_LINE.finditer(text)]
    for m, verdict in verdicts:
        if verdict == _PERSON:
            group = "nick" if m.group("nick") else "label"
            yield m.start(group), m.start(group) + len(m.group(group).rstrip()), "PERSON"
    for m in _named_among_people(text, verdicts):
        yield m.start("label"), m.start("label") + len(m.group("label").rstrip()), "PERSON"


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def _name_words(label: str) -> list[str]:
    """A label's words less the particles between them: "joana dos santos lima" is three names' words."""
    words = label.split()
    return words[:1] + [w for w in words[1:-1] if ascii_fold(w.lower()) not in CAPTION_PARTICLES] + words[1:][-1:]


def _timed_name(m: re.Match[str]) -> bool:
    """A label after a clock time that names someone ("[09:41] thabani mcoyi:", "[14:02] Oksana:"):
    a chat message's author, as a label a transcript repeats is; not a log's or an agenda's step
    ("09:00 backup:", "10:00 Standup:")."""
    label, stamp = m.group("label"), m.group("stamp")
    if not (label and stamp and _CLOCK.search(stamp)):
        return False
    words = _name_words(label)
    if len(words) == 1:  # alone, a given name of the lists: an agenda's "10:00 Standup:" is no one
        return _folded(words[0]) in world_first_names() and speaker_name(label)
    return len(words) <= 3 and all(name_word(w) for w in words) and speaker_name(label)


def _stamped_message(text: str) -> Iterator[tuple[int, int, str]]:
    m = _SPEAKER_LINE.match(text)
    if m is not None and _timed_name(m) and _verdict(m, text, None, True, describe(text).technical) == _PERSON:
        yield m.start("label"), m.start("label") + len(m.group("label").rstrip()), "PERSON"


def _calendar(label: str) -> bool:
    """A day, a month or a feast as a label ("Monday:", "Weekend:", "March:"): a rota's or a
    timetable's line; a month that is a given name too ("June:", "April:") may be someone."""
    word = label.strip().lower()
    return word in _DAYS or unnamed_date_word(word)


_DAYS = frozenset("weekend weekends weekday weekdays today tomorrow tonight daily nightly".split()) | _WEEKDAYS


def _step(label: str) -> bool:
    """One capitalised English word after a clock time that no list has as a given name and the
    census not as a frequent surname ("10:00 Kickoff:", "12:30 Lunch:"): an agenda's or a log's step.
    "[10:02] Rose:" and "[10:02] Baker:" are people."""
    if not label[:1].isupper() or label.isupper():
        return False  # a chat export's lower-case "amora:" is judged as names in one case are
    word = _folded(label.strip())
    return english_form(word) and not given_name(word) and word not in frequent_names()[1]


_PERSON, _NAME, _NO = "person", "name", "no"  # a label's verdict: a speaker; a name left out by a list or the tagger; no one


def _foreign_field(word: str, text: str) -> bool:
    """Whether a one-word label of text in another language is a form's field there ("Klacht:",
    "Motivo:", "Wohnanschrift:"), as "Mood:" is in English: a word of that language and no given
    name, or a word no name list holds. The English tagger calls every capitalised word of another
    language a proper noun, so its word is no evidence there."""
    language = foreign_language(text)
    if language is None:
        return False
    folded = _folded(word)
    if folded in world_first_names():
        return False
    return own_word(language, word) or folded not in world_last_names()


def _verdict(m: re.Match[str], text: str, doc: Doc | None, transcript: bool, technical: bool) -> str:
    """Whether a labelled line's label is a speaker (`_PERSON`), a name-like word only a tool list
    or the tagger kept out (`_NAME`: "Rasa", a Lithuanian name and a chatbot framework), or no one."""
    if m.group("nick"):
        return _PERSON if transcript and "</" not in text else _NO
    label = m.group("label")
    # A lower-case label counts only after a timestamp: "[10:03] dmitri: sure".
    if not label or not (label[0].isupper() or m.group("stamp")):
        return _NO
    words = _name_words(label)
    # A lower-case label is a name of the lists or no English word ("[10:03] dmitri:", "amora:"),
    # not a log's or timetable's step ("03:00 - backup:", "08:15 - departure:").
    if label.islower() and not all(name_word(w) for w in words):
        return _NO
    if len(words) > 3 or " ".join(words).lower() in NOT_SPEAKERS or words[0].lower() in NOT_SPEAKERS or label.strip().lower() in SCRIPT_ROLES:
        return _NO
    # "Mood: tense", "Size: large", "Setting: a fishing village": a label of words no list holds as
    # names, or that almost no one is called (`everyday_word`), is a form's or a sheet's field.
    if not label.isupper() and all(everyday_word(w) or common_word(w) and nameless_word(w.lower()) for w in words):
        return _NO
    if everyday_cyrillic_run(text, m.start("label"), m.start("label") + len(label.rstrip())):
        return _NO  # "Адрес:", "Научный руководитель:": a Russian, Ukrainian or Bulgarian form's field
    if len(words) == 1 and (_calendar(label) or m.group("stamp") and _step(label)):
        return _NO  # "Monday: open" in a rota, "12:30 Lunch:" in an agenda: a time's line, no one speaking
    if len(words) == 1 and not transcript and _foreign_field(words[0], text):
        return _NO  # "Klacht: koorts sinds gisteren" in Dutch: a field of the text's own language
    if _ERROR_NAME.fullmatch(label.strip()) or _field_line(label, text[m.end() - 1 : lines.line_end(text, m.end())]):
        return _NO
    if entity_for_key(label) is not None or person_name(label) is None or _service(label):
        return _NO
    start = m.start("label")
    # Left out here, a name read again beside people (`_named_among_people`); never an assistant's.
    maybe = _NO if assistant(text, start, start + len(label.rstrip())) or not speaker_name(label) else _NAME
    if is_software(label):
        return maybe
    first = token_starting(doc, start) if doc is not None else None
    # A label in capitals that a transcript repeats is a speaker, however the tagger reads it ("LUAN:").
    if first is not None and first.pos_ in _NOT_NAME_POS and label[0].isupper() and not (transcript and label.isupper()):
        return maybe
    # "DETAIL:", "HINT:", "STATEMENT:": a log's field in capitals, each word English and no
    # one's name (a shouted "JOHN:" is a census name and stays a speaker).
    if label.isupper() and not transcript and all(common_word(w) for w in words):
        return maybe
    if technical and _tool_label(words, transcript, text[m.end() - 1 : lines.line_end(text, m.end())]):
        return maybe
    # A recognizer trained on names also tags labels ("Background:", "Thought:") as people.
    proper = first is not None and (first.pos_ == "PROPN" or first.ent_type_ == "PERSON" and not common_word(words[0]))
    return _PERSON if transcript or proper else maybe


def _named_among_people(text: str, verdicts: list[tuple[re.Match[str], str]]) -> Iterator[re.Match[str]]:
    """Name-like labels left out (`_NAME`) in a run of labelled lines whose other labels are all
    speakers or names, one at least a speaker: "Rasa: off tomorrow" under "Chidinma:" and
    "Anneli:" is a person; beside "Agent:", a field or only tools, no one is."""
    verdict = {m.start(): v for m, v in verdicts}
    for run in _runs(text, (m for m, _ in verdicts)):
        labels = {(m.group("label") or m.group("nick") or "").lower(): verdict[m.start()] for m in run}
        if _PERSON in labels.values() and _NO not in labels.values():
            yield from (m for m in run if verdict[m.start()] == _NAME)
