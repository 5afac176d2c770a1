"""Names made only of plain English words in technical text, the items of a path through an app's
menus, and tools' names in questions about tools.

In tool output, headers and code, capitalised words are headings, states, products and field
values ("Platform Team", "Simple Notification Service", "Tags", "Loading"), and
every recognizer that types a span by its position (a `name:` key, a `Key: Value` line, a word
after "user") can take one for a person. A person's name almost always holds a word that is
somebody's name in the census or the world's given names, or no English word at all; a span
whose every word is an English word that no list has as a first name or the census as a surname
is a label. Only in technical text: in a conversation "Sky" or "Favour" may be someone.
"""

from __future__ import annotations

import regex

from privacy_gateway.detection import lines
from privacy_gateway.detection.alternation import Tailed
from privacy_gateway.detection.lexicon import (
    ascii_fold,
    common_word,
    english_form,
    first_names,
    frequent_names,
    listed_family,
    listed_given,
    world_first_names,
    world_list_family,
)
from privacy_gateway.detection.memo import per_analysis
from privacy_gateway.detection.name_cues import COURTESIES, titled
from privacy_gateway.detection.name_split import short_numbered
from privacy_gateway.detection.software import technology, unambiguous_software

_WORD = regex.compile(r"\p{L}{2,}")
_LETTERS = regex.compile(r"\p{L}+")


def plain_words(value: str) -> bool:
    """Whether every word of `value` (two letters or more) is an English word that is nobody's
    name: no census name, and no given name of the world lists ("Mats", "Devi", "Delphi")."""
    words = _WORD.findall(value)
    return bool(words) and all(common_word(w) and w.lower() not in listed_given() for w in words)


# A greeting before the words judged: "Dear Babel" is someone greeted, "Dear Customer Service" a desk.
_GREETINGS = frozenset("dear hi hello hey hiya greetings attn welcome thanks cheers".split())


def _ungreeted(value: str) -> str:
    """`value` without a greeting opening it."""
    first, _, rest = value.partition(" ")
    return rest.strip() if first.lower().strip(",") in _GREETINGS else value


# Whom a form letter greets when it names no one: "Dear Customer", "Dear Valued Customer", "Dear
# Hiring Manager", "Dear Sir or Madam", "Dear Parent/Guardian", "Hi all".
_ADDRESSEES = frozenset(
    """customer customers client clients valued colleague colleagues team all everyone sir sirs madam parent parents
    guardian guardians carer carers applicant applicants candidate candidates resident residents tenant tenants
    member members supplier suppliers partner partners user users student students staff friend friends hiring
    manager recruiter committee board shareholder shareholders investor investors patient patients reader readers
    subscriber subscribers donor donors volunteer volunteers attendee attendees participant participants
    neighbour neighbours neighbor neighbors homeowner homeowners policyholder employee employees or and""".split()
)
_GREETED_BEFORE = regex.compile(r"(?i:\b(?:dear|hi|hello|hey|greetings|to)[ \t]+(?:\p{L}+[ \t]+){0,2})$")
_ADDRESSEE_WORD = regex.compile(r"\p{L}+")


def generic_addressee(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a greeting alone ("Dear" before "[Client Name]") or the words a
    form letter greets no one by ("Dear Customer", "Dear Sir or Madam", "Dear Parent/Guardian"),
    after a greeting. A title or a name among the words is someone ("Dear Mr Parent")."""
    value = text[start:end]
    if value.strip().lower() in _GREETINGS:
        return True
    words = [w.lower() for w in _ADDRESSEE_WORD.findall(_ungreeted(value))]
    if not words or not all(w in _ADDRESSEES for w in words):
        return False
    return _ungreeted(value) != value or _GREETED_BEFORE.search(text, max(0, start - 40), start) is not None


def plain_phrase(value: str) -> bool:
    """Whether `value` is two words or more, no title among them, each an English word that no list has as a given name,
    no world list as a surname and the census not as a frequent one ("Warehouse Manager", "Customer
    Service", "Nitrile Gloves"): a role, a department or a product in any text. A person's full
    name holds a listed given name ("Grace Baker", "Rune Amundsen", "Stela Ene"); the census's long
    tail of surnames holds most English words ("service", "boards") and tells nothing."""
    value = _ungreeted(value)
    words = _WORD.findall(value)
    if len(words) < 2 or len(value.split()) < 2 or any(titled(w + " ") for w in value.split()):
        return False
    given, family, frequent = listed_given(), world_list_family(), frequent_names()[1]
    return all(english_form(w.lower()) and (f := ascii_fold(w.lower())) not in given and f not in family and f not in frequent for w in words)


# The heads of job titles and of the desks people work at: "Sales Manager", "Operations Director",
# "Customer Success Lead", "Head of Procurement".
_ROLE_HEADS = frozenset(
    "manager managers director directors officer officers head lead leads coordinator supervisor engineer specialist analyst "
    "representative rep executive administrator assistant buyer clerk controller planner consultant advisor adviser associate "
    "president chief architect designer developer accountant auditor recruiter operator technician desk department team "
    "support services operations counsel secretary warden solicitor cashier paralegal receptionist treasurer "
    "chair chairperson investigator inspector surveyor".split()
)
_ROLE_OPENERS = frozenset("head director chief vp vice president manager".split())
# Titles that always stand before someone's name: the courtesies, and the academic and honorary ones.
_COURTESIES = COURTESIES | frozenset("dr prof sir dame lady lord madam".split())
_ACRONYM = regex.compile(r"\p{Lu}{2,4}")


def role_phrase(value: str) -> bool:
    """Whether `value` is a job title or a desk ("Sales Manager", "Head of Procurement", "VP of
    Sales", "IT Support"): a role's head word, other words English or an acronym, and no given name
    of the census or of the world lists' own names ("Grace Manager" may be someone)."""
    words = _ungreeted(value).split()
    lowered = [w.lower() for w in words]
    # A rank or a trade as a title counts only before a name ("Officer Dibble", "General Patton"): the
    # head word ends the phrase, and such a word before a plain one is the role's own ("Data Protection
    # Officer", "General Counsel"). A courtesy ("Mr", "Dr") always names someone ("Mr Director").
    given = world_first_names()
    if len(words) < 2 or any(
        titled(w + " ") and (
            lowered[i].rstrip(".") in _COURTESIES or i + 1 == len(words) - 1 and not english_form(lowered[i + 1])
            or ascii_fold(lowered[i + 1]) in given
        )
        for i, w in enumerate(words[:-1])
    ):
        return False
    if lowered[-1] not in _ROLE_HEADS and not (lowered[0] in _ROLE_OPENERS and lowered[1] in ("of", "for")):
        return False
    return all(
        w in ("of", "for", "and", "&") or _ACRONYM.fullmatch(word) is not None or english_form(w) and ascii_fold(w) not in given
        for word, w in zip(words, lowered)
    )


# A login's make: lower-case words joined by a dot or an underscore ("z.osmanli", "bank_mora").
_LOGIN_MADE = regex.compile(r"\p{Ll}+(?:[._]\p{Ll}+)+\d*")
# A word and a capital initial run together, as directories make logins: "WilkinsonD", "DWilkinson"
# (no label glues a letter to a word; read as words, "WilkinsonD" would be "wilkinson" and "-d").
_INITIALLED = regex.compile(r"\p{Lu}\p{Ll}{2,}\p{Lu}|\p{Lu}{2}\p{Ll}{2,}")


def plain_label(value: str, entity: str) -> bool:
    """Whether a PERSON span `value` of technical text is a label of plain words. Places are left
    alone: a street or a unit in a record is plain words too ("Church Road", "Unit 4"); so are
    logins, which no label is written as ("z.osmanli": WordNet has Osmanli as a language)."""
    # "adh58", "mri4": a few letters and a number, as short logins are made (`short_numbered`), not "item5".
    return (
        entity == "PERSON" and _LOGIN_MADE.fullmatch(value) is None and _INITIALLED.fullmatch(value) is None
        and not short_numbered(value) and plain_words(value)
    )


def colon_label(text: str, start: int, end: int, entity: str) -> bool:
    """Whether a PERSON span text[start:end] is a line of its own but for a colon after it, made
    of the words of an app's labels (`_label_word`): "Seats:", "Storage class:" over their values,
    a form's or a sheet's label whatever the recognizer tagged. A given name or a frequent surname
    so written ("Grace:", "Baker:") may be a speaker, and stays."""
    if entity != "PERSON" or text[end : end + 1] != ":":
        return False
    if text[lines.line_start(text, start) : start].strip() or text[end + 1 : lines.line_end(text, end)].strip():
        return False
    words = _WORD.findall(text[start:end])
    return bool(words) and _LOGIN_MADE.fullmatch(text[start:end]) is None and all(_label_word(w.lower()) for w in words)


# A key of aligned tool output: at a line's start, a colon, then the padding that lines the values
# up ("Roles:              <none>", "Seal Type\t\tshamir" has none and is a table's).
_ALIGNED_AFTER = regex.compile(r":(?:[ \t]*\t|[ \t]{2,})\S")


def output_key(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the English-word key of a `Key:   value` line of tool output
    (`kubectl describe`, `vault status`): the value after it may be anyone's, the key is not."""
    value = text[start:end]
    if text[lines.line_start(text, start) : start].strip() or _ALIGNED_AFTER.match(text, end) is None:
        return False
    words = _WORD.findall(value)
    return bool(words) and all(english_form(w.lower()) for w in words)


# A table's header line: three cells or more of capitalised words, parted by runs of spaces or tabs
# ("Name          Status  User File", "NAME  READY  STATUS").
_HEADER_CELL = regex.compile(r"\p{Lu}[\p{L}()/%.-]*(?: \p{Lu}?[\p{L}()/%.-]+)?")
_CELL_GAP = regex.compile(r"  +|\t+")


def column_header(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a table's header line and is made of English words: a header
    names columns, not people (`brew services list`, `docker ps`, an AWS CLI table)."""
    line = text[lines.line_start(text, start) : lines.line_end(text, end)].strip(" \t|+-")
    return _header_line(line) and all(english_form(w.lower()) for w in _WORD.findall(text[start:end]))


@per_analysis  # asked for each finding of a technical text, mostly of the same few lines
def _header_line(line: str) -> bool:
    """Whether `line` is three cells or more of capitalised words parted by runs of spaces or tabs."""
    cells = [c for c in _CELL_GAP.split(line) if c]
    return len(cells) >= 3 and all(_HEADER_CELL.fullmatch(c.strip(" |")) for c in cells)


# The words a summary of figures labels its rows and columns with: "Min  Max  Mean  Rounds" over a
# benchmark's results, "Min.   :4.300" in R's `summary()`, "Range (min … max)" in hyperfine's.
_STATISTICS = frozenset(
    "min max mean median mode avg average std stddev sd var variance sum total count range iqr rounds iterations "
    "ops outliers quantile percentile p50 p90 p95 p99 qu lower upper".split()
)
_ALIGNED_GAP = regex.compile(r"\S(?: {2,}|\t)(?=\S)")
_STATISTIC_WORD = regex.compile(r"(?<![\p{L}\p{N}_])\p{L}[\p{L}\p{N}]*(?![\p{L}\p{N}_])")


def statistic_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is made of a statistic's words ("Min", "Max", "Mean", "Range") on a
    line of aligned columns that holds three of them or more: a table of figures labels its rows
    so, and "Max" or "Min" there is no one. A sentence is no table ("ask Max, Min and Ana for the
    average")."""
    if not all(w.lower() in _STATISTICS for w in _STATISTIC_WORD.findall(text, start, end)):
        return False
    line = text[lines.line_start(text, start) : lines.line_end(text, end)]
    aligned = len(_ALIGNED_GAP.findall(line)) >= 2  # columns: "Min         Max        Mean"
    return aligned and sum(w.lower() in _STATISTICS for w in _STATISTIC_WORD.findall(line)) >= 3


# The parts of a list of headings on one line: " / " or " | " between them ("Issue / Recommendation /
# Background / Key risks", "Milestone | Owner (Buyer/Seller) | Target date | Status").
_LIST_PART = regex.compile(r"[ \t]+/[ \t]+|[ \t]*\|[ \t]*")
_SLASH_PART = regex.compile(r"[ \t]+/[ \t]+")
# A table's rule under its header: "|---|---|", "----+-----" (psql), ":--- | ---:".
_RULE_ROW = regex.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:[|+][ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")
_ITEM_WORD = regex.compile(r"\p{L}+|\p{N}+")


def _heading(item: str) -> bool:
    """Whether a list's item is one to four English words, numbers among them ("Key risks", "Week
    2"); a number alone is a value ("57869", "024-0967443")."""
    words = _ITEM_WORD.findall(item)
    return 1 <= len(words) <= 4 and not all(w.isdigit() for w in words) and all(w.isdigit() or english_form(w.lower()) for w in words)


@per_analysis  # asked for each name found in a text, of the same text
def _has_rule_row(text: str) -> bool:
    return _RULE_ROW.search(text) is not None


def heading_list(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in one item of a list of headings: three items or more on its
    line parted by slashes or pipes, each one to four English words or numbers, as a template lays
    out its sections or a table its columns. Its own words must be English and no census given name:
    people so listed ("Ana / Ben / Carla", "Mark / Grace / Tom") are someone. Asked of names only:
    towns are English words too ("Reading / Slough / Bracknell"); a table's rows are values, not headings."""
    if not all(english_form(w.lower()) and w.lower() not in first_names() for w in _LETTERS.findall(text, start, end)):
        return False
    line_start, line_end = lines.line_start(text, start), lines.line_end(text, end)
    # Pipes part the cells of a table's rows, which hold values: only its header (the line above
    # its rule) and a line of text that is no table's are read as headings.
    parts = _LIST_PART if _RULE_ROW.match(text, line_end + 1) or not _has_rule_row(text) and not text[line_start:line_end].lstrip().startswith("|") else _SLASH_PART
    items, at = [], line_start
    for part in parts.finditer(text, line_start, line_end):
        items.append((at, part.start()))
        at = part.end()
    items.append((at, line_end))
    headings = [(s, e) for s, e in items if _heading(text[s:e])]
    return len(items) >= 3 and len(headings) >= 3 and any(s <= start and end <= e for s, e in headings)


# A word of code's camel case: "RangeIndex", "PrivateIpAddress", "HighErrorRate".
_CAMEL_PARTS = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+")


def camel_identifier(value: str) -> bool:
    """Whether `value` is one word of code's camel case made of English words, none a given name of
    the lists ("RangeIndex", "PrivateIpAddress"): a class, a field or an alert, not a person. A
    login or a name written so holds a name ("JohnSmith", "KwameBoateng", "DeShawn")."""
    word = value.strip()
    if not word.isalpha() or word.isupper() or word.islower() or word[1:].islower():
        return False
    parts = _CAMEL_PARTS.findall(word)
    return len(parts) >= 2 and all(
        len(p) >= 2 and english_form(p.lower()) and p.lower() not in listed_given() for p in parts
    )


def thing_name(value: str) -> bool:
    """Whether every word of `value` is a tool of the lists that no one is named after, or a word
    no list has as anyone's given name or surname ("Darktable", "Axum", "LiveView"): in a question
    about tools (`TextKind.about_tools`), no one's name."""
    given, family = listed_given(), listed_family()
    words = _LETTERS.findall(value)
    return bool(words) and all(
        technology(w) is False or unambiguous_software(w) or w.lower() not in given and w.lower() not in family for w in words
    )


# A path through an app's menus: two items or more parted by `>`, `→`, `»` or `›` on one line
# ("Settings > Security", "Admin → Users → Roles", "Project Settings > Permissions > Grant").
_MENU_ITEM = r"[\p{Lu}\d][\p{L}\d&'’-]*(?:[ \t]+[\p{L}\d&'’-]+){0,4}"
# `>` and `->` only with spaces around, as menus are written: `<City>Leeds</City>` is markup.
_MENU_SEPARATOR = r"(?:[ \t]+(?:->|>)[ \t]+|[ \t]*[→»›][ \t]*)"
_MENU_PATH = regex.compile(rf"{_MENU_ITEM}(?:{_MENU_SEPARATOR}{_MENU_ITEM})+")
_MENU_SEPARATORS = (">", "→", "»", "›")
_MENU_SPLIT = regex.compile(_MENU_SEPARATOR)


# Words of apps' menus that WordNet lacks.
_UI_WORDS = frozenset("admin login logout signin signup inbox wifi bluetooth app apps".split())


def menu_paths(text: str) -> list[tuple[int, int]]:
    """Where `text` names a path through an app's menus: items parted by a menu's separator, one of
    them plain words that are nobody's name ("Settings"), so a chain of people ("Priya → Tomás") is none."""
    if not any(c in text for c in _MENU_SEPARATORS):
        return []
    paths = []
    for m in _MENU_PATH.finditer(text):
        items = _MENU_SPLIT.split(m.group())
        if any(plain_words(item) for item in items):
            paths.append(m.span())
    return paths


def menu_label(text: str, start: int, end: int, paths: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] lies in a menu path (`menu_paths`) and is English words: an app's label
    ("Permissions > Grant", "Click File > Export"), while "Family > Add Member > Rangi" keeps Rangi."""
    if not any(s <= start and end <= e for s, e in paths):
        return False
    words = _WORD.findall(text[start:end])
    return bool(words) and all(english_form(w.lower()) or w.lower() in _UI_WORDS for w in words)


# An instruction to press or pick something in an app, and the labels it names, one after another:
# "Click Save As, then choose Export Selection", "Tap Settings, then Privacy, then Location
# Services", "Cliquez sur Enregistrer sous", "Klicke auf Neues Projekt". English, French, German,
# Spanish, Italian, Portuguese and Dutch verbs.
_UI_VERB = (
    r"(?i:click(?:\s+on)?|double-click(?:\s+on)?|right-click(?:\s+on)?|tap(?:\s+on)?|press|hit|select|choose|pick|open|"
    r"toggle|enable|disable|check|uncheck|tick|untick|turn\s+(?:on|off)|switch\s+(?:on|off|to)|go\s+to|navigate\s+to|head\s+to|"
    r"cliquez\s+sur|clique\s+sur|appuyez\s+sur|touchez|sélectionnez|choisissez|ouvrez|allez\s+dans|activez|désactivez|"
    r"klicken\s+sie\s+auf|klicke\s+auf|tippe\s+auf|tippen\s+sie\s+auf|wähle|wählen\s+sie|öffne|öffnen\s+sie|gehe\s+zu|aktiviere|deaktiviere|"
    r"haz\s+clic\s+en|pulsa|toca|selecciona|elige|abre|ve\s+a|activa|desactiva|"
    r"fai\s+clic\s+su|clicca\s+su|tocca|seleziona|scegli|apri|vai\s+su|"
    r"clique\s+em|toque\s+em|selecione|escolha|abra|"
    r"klik\s+op|tik\s+op|kies|selecteer|open)"
)
_UI_ITEM = r"[\"'“‘*]{0,2}\p{Lu}[\p{L}&'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}&'’-]*|as|to|for|and|of|on|off|in))*[\"'”’*]{0,2}"
_UI_NEXT = r"(?:[ \t]*,[ \t]*(?:(?:and[ \t]+)?then[ \t]+)?|[ \t]+(?:and[ \t]+)?then[ \t]+|[ \t]*(?:,[ \t]*)?(?:puis|dann|luego|poi|depois|daarna)[ \t]+)"
# Found from the label's first character, whose class the engine scans for quickly, looking back
# for the verb: ten times faster than scanning for the verbs.
_UI_START = regex.compile(rf"(?<=(?<![\w-])(?:{_UI_VERB})[ \t]+(?:the[ \t]+)?)[\"'“‘*\p{{Lu}}]")
_UI_VERB_BEFORE = regex.compile(rf"(?<![\w-])(?:{_UI_VERB})[ \t]+(?:the[ \t]+)?$")
_UI_CHAIN = regex.compile(rf"{_UI_ITEM}(?:{_UI_NEXT}{_UI_ITEM})*")
# A label before the kind of control it is on: "the New Rule button", "the Assignee field".
# Tried only where a control's word stands (`alternation.Tailed`): the label could start at every capital.
_UI_CONTROL = Tailed(
    rf"(?<![\w-])({_UI_ITEM})",
    r"[ \t]+(?i:buttons?|tabs?|menus?|options?|check ?box(?:es)?|toggles?|fields?|dialog|links?|icons?|panes?|panels?|"
    r"screens?|pages?|settings?|switch|drop-?downs?|columns?|widgets?|sections?)\b",
    0,
)


def ui_labels(text: str) -> list[tuple[int, int]]:
    """Where `text` tells someone to press or pick labels of an app ("Click Save As, then choose
    Export Selection"): the verb and the labels after it, when every word of them is a dictionary
    word that is no given name ("Select Priya Raman" is a person picked, and stays)."""
    found = []
    end = 0
    for start in _UI_START.finditer(text):
        if start.start() < end or (chain := _UI_CHAIN.match(text, start.start())) is None:
            continue
        verb = _UI_VERB_BEFORE.search(text, max(0, start.start() - 40), start.start())
        end = chain.end()
        found.append(((verb.start() if verb else start.start()), end, chain.group()))
    found.extend((m.start(), m.end(), m.group(1)) for m in _UI_CONTROL.on(text).finditer(text))
    spans = []
    for span_start, span_end, labels in found:
        words = _WORD.findall(labels)
        if words and all(_label_word(w.lower()) for w in words) and not _POSSESSIVE.search(labels):
            spans.append((span_start, span_end))
    return spans


# "Open Brown's file": someone's thing, not a label.
_POSSESSIVE = regex.compile(r"['’]s\b")


def _label_word(word: str) -> bool:
    """A word of an app's label: a small word, or a dictionary or UI word that is no given name nor
    a frequent surname ("Save", "Enter"; not "Grace", "Priya", "Baker")."""
    if len(word) <= 2:
        return True
    return (english_form(word) or word in _UI_WORDS) and word not in world_first_names() and word not in frequent_names()[1]
