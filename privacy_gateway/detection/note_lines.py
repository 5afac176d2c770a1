"""People who open the lines of work notes: "14:20 Rizal Santoso found the Redis maxmemory policy
changed", "Mon - Wanjiru migrated Ansible roles to collections", "Tue - Azlina + Wanjiru paired on
the Django upgrade".

Incident timelines and stand-up notes are lists: each line opens with a time, a weekday, a date
or a bullet, then says who did what. In technical text `names` takes a capitalised word only with
a cue, since tools open such lines as often ("14:05 PagerDuty paged", "Mon - Terraform upgraded").
What tells a person there is the word itself and the verb after it: a full name by the lists, a
listed given name that is no English word, or a word no dictionary, tool list or place list has,
as the subject of a past-tense verb. A lone unlisted word must also govern an object ("migrated
Ansible roles", not "Hotfix deployed to prod": a changelog's thing, done to) by a verb that is no
machine's own ("scaled", "synced", "renewed"), or stand joined to another name by "+", "&" or "and";
a word made of two English words ("Runbook", "Failover") is jargon. Only notes of two such lines
or more are read: one line opening so is a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.code_spans import code_position
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, first_names, world_first_names
from privacy_gateway.detection.name_cues import FULL_NAME_WORD as _WORD, SERVICE_ACCOUNTS
from privacy_gateway.detection.name_spans import identifier_shaped, product_shaped
from privacy_gateway.detection.name_split import compound
from privacy_gateway.detection.software import is_software, software_context, technology

# The lists a name is read by, passed in by the caller: `full_names.listed_full_name` (tagged) and
# `places.known_place` sit higher in the import chain than the engine's own passes may reach.
FullName = Callable[[list[str]], bool]
Place = Callable[[str], bool]
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
_TIME = r"\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?(?:[AaPp]\.?[Mm]\.?|UTC|Z))?\]?"
_DATE = rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?|\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}}"
_STAMP = rf"(?:{_DATE}|{_DAY}|{_TIME})(?![\p{{L}}\d])"
_BULLET = r"(?:[-*•·–]|\d{1,2}[.)])"
# What opens a line of notes: a bullet, then up to two stamps ("Mon 14:05", "2026-11-30 14:05"), then a separator.
_STAMPS = rf"{_STAMP}(?:[ \t,]+{_STAMP})?"
# Or a short label and its colon: "What went well: Aroha spotted the spike".
_LABEL = r"\p{Lu}[\p{L} '’/-]{0,24}:"
# A timeline written on one line opens its later entries with a time after a semicolon ("14:10
# brokers shrank, Emeka paged; 14:22 Hauwa Bello found the disk full; 14:40 …").
_OPENER = (
    rf"(?:^[ \t]*(?:{_BULLET}[ \t]+(?P<stamp>{_STAMPS})?|(?P<stamp>{_STAMPS})|{_LABEL})|(?<=;[ \t]*)(?P<stamp>{_TIME}))"
    rf"[ \t]*(?:[-–—:|][ \t]*)?"
)
_OPENS = regex.compile(rf"{_OPENER}(?=\S)", regex.MULTILINE)
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_JOINER = r"[ \t]*(?:\+|&|,)[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+"
# A line of notes: who, then what they did ("Wanjiru migrated …", "Bayarmaa: approved"), or who alone
# after a stamp, as a rota writes it ("Mon - Wanjiru").
_LINE = regex.compile(
    rf"{_OPENER}(?P<names>{_NAME}(?:(?:{_JOINER}){_NAME}){{0,3}})"
    rf"(?:(?P<colon>[ \t]*:)?[ \t]+(?P<verb>\p{{Ll}}+)(?P<after>[ \t]+[\p{{L}}\d]+)?|[ \t]*$)",
    regex.MULTILINE | regex.VERSION1,
)
_PARTS = regex.compile(_NAME)
# Past tenses that do not end in -ed.
_IRREGULAR = frozenset(
    """was were had found wrote rewrote took led ran reran made built rebuilt broke brought caught chose did drew drove
    fought got gave went held kept knew left lent lost met paid put quit read rode rang said saw sent set
    shook shut spoke spent split stood struck swept taught tore told thought threw understood woke won
    undid overrode began sat hid dug""".split()
)
# Words after a verb that close it rather than open its object: "deployed twice", "fixed today".
_NO_OBJECT = frozenset("yesterday today tonight overnight twice again ok fine cleanly already".split())
# What software does of itself: "Karpenter scaled the nodes", "Certbot renewed the certificates".
_MACHINE_VERBS = frozenset(
    """scaled autoscaled synced resynced rotated reconciled renewed purged reloaded rescheduled alerted triggered
    fired emitted logged evicted throttled retried replicated indexed reindexed promoted scraped polled cached
    crashed timed errored spawned provisioned deprovisioned garbage""".split()
)
_DETERMINERS = frozenset("the a an our their his her its this that these those all some every each two three both".split())


def _past_tense(word: str) -> bool:
    return word in _IRREGULAR or len(word) > 4 and word.endswith("ed") and english_form(word)


def _present_tense(word: str) -> bool:
    """"is", "has", or a verb's -s form: "Tsegaye takes the Helm charts", "Ngozi owns the migration"."""
    if word in ("is", "has"):
        return True
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or word in STOP_WORDS or not english_form(word):
        return False
    return english_form(word[:-1]) or word.endswith("es") and english_form(word[:-2])


def _has_object(after: str | None) -> bool:
    """Whether the word after a verb opens its object ("migrated Ansible roles", "found the cause")."""
    if after is None:
        return False
    word = after.strip()
    if word.lower() in _DETERMINERS or word[:1].isupper():
        return True
    return word not in STOP_WORDS and word not in _NO_OBJECT and not word.endswith("ly")


def _lone_name(word: str, unlisted_ok: bool, known_place: Place) -> bool:
    """Whether one capitalised word is someone's: a listed given name that is no English word, or
    (`unlisted_ok`: the verb has an object or the name a partner) also a listed given name that is a
    place too ("Amani") and a word of four letters or more that no dictionary, tool or place list has;
    a place alone ("Frankfurt failed over") is a region."""
    folded = ascii_fold(word.lower())
    if english_form(folded) or common_word(folded) or folded in SERVICE_ACCOUNTS:
        return False
    if is_software(word) or technology(word) is False or identifier_shaped(word) or product_shaped(word):
        return False
    if folded in first_names() or folded in world_first_names():
        return unlisted_ok or not known_place(word)
    return unlisted_ok and len(folded) >= 4 and technology(word) is None and not compound(folded) and not known_place(word)


def _named(part: str, unlisted_ok: bool, full_name: FullName, place: Place) -> bool:
    words = part.split()
    if len(words) == 1:
        return _lone_name(words[0], unlisted_ok, place)
    return full_name(words) and not place(part)


def note_subjects(text: str, full_name: FullName, place: Place, people: frozenset[str] = frozenset()) -> Iterator[tuple[int, int]]:
    """Spans of the people who open lines of notes in `text` (see the module); nothing unless two
    lines or more open with a time, a weekday, a date or a bullet. `full_name`, `place`: the lists'
    tests (see `FullName`); `people`: names already found in `text`; a list where one line opens
    with someone's name is a list of people."""
    if len(_OPENS.findall(text, overlapped=False)) < 2:
        return
    lines = []
    for m in _LINE.finditer(text):
        verb = m.group("verb")
        if verb is None and m.group("stamp") is None:
            continue  # "- Grafana": a bulleted word alone is anything; after a stamp, a rota's person
        if verb is not None and not (_past_tense(verb) or _present_tense(verb)):
            continue
        start = m.start("names")
        parts = [(start + p.start(), start + p.end()) for p in _PARTS.finditer(m.group("names"))]
        lines.append((m, parts))
    # Someone named by the lists, or found already, opening one line makes the list one of people.
    found = {w for name in people for w in name.split()}
    of_people = any(
        all(_named(text[s:e], False, full_name, place) or set(text[s:e].split()) <= found for s, e in parts) for _, parts in lines
    )
    for m, parts in lines:
        verb = m.group("verb")
        # A lone unlisted word governs an object by a past-tense verb no machine's own, or has a partner.
        acting = verb is not None and m.group("colon") is None and _past_tense(verb) and verb not in _MACHINE_VERBS and _has_object(m.group("after"))
        unlisted_ok = len(parts) > 1 or acting or of_people
        if verb is None or m.group("colon") is not None or not _past_tense(verb):
            # "Mon - Wanjiru", "Bayarmaa: approved", "Tsegaye takes …": by the word only, or in a list of people.
            unlisted_ok = of_people
        if not all(_named(text[s:e], unlisted_ok, full_name, place) for s, e in parts):
            continue
        for s, e in parts:
            if code_position(text, s, e):
                continue
            # A generated-list name people have too ("Rasa", "Julia"): a person unless its sentence uses it as software.
            if technology(text[s:e]) is None or not software_context(text, s, e):
                yield s, e


def with_note_subjects(text: str, found: list[Finding], full_name: FullName, place: Place) -> list[Finding]:
    """`found` with a PERSON finding for each person opening a line of notes (`note_subjects`, read
    with the people `found` holds: "14:05 Malia Kealoha paged" makes the notes a list of people)
    where nothing was found yet."""
    people = frozenset(text[f.start : f.end] for f in found if f.entity_type == "PERSON")
    added = [
        Finding(s, e, "PERSON", 0.75) for s, e in note_subjects(text, full_name, place, people)
        if not any(f.start < e and s < f.end for f in found)
    ]
    return sorted(found + added) if added else found
