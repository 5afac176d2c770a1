"""Whole names from the pieces recognizers find: the parts of one name the recognizers split or
stopped short of, joined after every recognizer has spoken.

Names from many countries come out in pieces: "Uzima dos Ibrahim" as two names around "dos",
"Halász-Muncrief" as a name and a place, "Rodger Fuchs" with only "Fuchs" found, "DUPONT Jean"
(a register's surname first, in capitals) with only "Jean". What is left beside a masked piece
goes to the cloud verbatim and is as personal as the piece itself. So, on the findings of one text:

- two name or place findings with only a particle, an apostrophe prefix or a hyphen between
  them are one (a person if either is);
- a person grows over a neighbouring capitalised word that is no English word, an initial
  ("J. R."), or a surname in capitals before it;
- a full name after "and"/"et"/"und"/"y" beside a person is a person too;
- a list item that is exactly a surname in capitals and a capitalised given name ("POŠKA
  Artūras,") is a person: registers and French lists write names so.

Only words beside a person found by other means grow it, so a PII-free prompt stays as it is,
except for a "SURNAME Given" list item and a colon list of full names with a census given name
("surname first: Ezeugo Ifeanyi; Kröll Angelika"), which no ordinary words make.
"""

from __future__ import annotations

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.cyrillic import everyday_cyrillic_run
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.foreign import own_word, stop_word
from privacy_gateway.detection.name_cues import PARTICLE_WORD, PARTICLES_CORE, foreign_role
from privacy_gateway.detection.name_spans import INITIALS_BEFORE
from privacy_gateway.detection.notable import notable_person
from privacy_gateway.detection.software import is_software
from privacy_gateway.detection.uncased import syllabic_given, syllable_pair
from privacy_gateway.detection.lexicon import ascii_fold, census_name, common_word, english_form, english_verbs, english_word, everyday_word, irregular_forms, first_names, frequent_names, letter_case, listed_given, listed_names, world_first_names

_NAMES = ("PERSON", "LOCATION")
# The particles an Irish or Scottish Gaelic surname opens with, written apart: "Ó Murchú", "Ní
# Bhriain", "Nic Giolla Bhríde", "Uí Cheallaigh", "Mac Aodha".
_GAELIC = r"(?:Ó|Ní|Nic|Mhic|Uí|Ua|Mac|Mag)"
# Between two pieces of one name: particles of many languages, Gaelic and Arabic prefixes, hyphens.
_BRIDGE = regex.compile(
    r"(?:[ \t]+(?:van|von|der|den|de|del|della|di|da|das|do|dos|du|le|la|bin|binti|ibn|bint|al|el|ter|ten|"
    r"zu|af|nad|pod)){1,2}[ \t]+"
    r"|[ \t]+(?:O['’]|Mc|Mac|al-|el-|Al-|El-|d['’]|D['’])"
    r"|[ \t]?-(?:(?:sur|sous|en|lès|le|la|de|du|des)-)?"
    rf"|[ \t]+{_GAELIC}[ \t]+(?:[hnt]-?)?"
)
# A town's tail after a place found without it: "Cosandey an der Aare", "Stratford upon Avon".
_PLACE_TAIL = regex.compile(r"[ \t]+(?:an[ \t]+der|am|im|upon|sur|sous|lès|nad|pod)[ \t]+\p{Lu}[\p{Ll}'’\-]+")
# Given names that open place names ("Santa Clara", "Mount Vernon"): no person before a place.
_PLACE_OPENERS = frozenset("san santa saint st mount port fort lake new north south east west la las los el".split())
# A surname given as its initial after the given name: "Nicole R. is doing well", "DEAR TÍMEA V.,",
# "yasuhiro s. is covering" (lower case only after a name typed so; never "a" or "i", words of their own).
_INITIAL_AFTER = regex.compile(r"[ \t]+(\p{Lu}|(?![ai]\.)\p{Ll})\.(?=[ \t,;:)!?]|$)", regex.MULTILINE)
_WORD_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\d@._/-])")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\d@._/-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \t]+$")
# A surname's particle and the surname after a given name found without them: "Destiny bin King",
# "Pieter van Dijk", "Ana dos Santos" (one or two particles, the surname capitalised; not "binti",
# see `name_cues.FULL_NAME_PARTICLE`).
_PARTICLE_SURNAME_AFTER = regex.compile(
    r"((?:[ \t]+(?:van|von|der|den|de|del|della|di|da|das|do|dos|du|bin|ibn|ter|ten|zu|af)){1,2})"
    r"[ \t]+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\d@._/-])"
)
# A word in lower case beside a name typed in lower case: "nedas gailys", "yahyo karimova", after
# an initial's dot too ("amela w. bader"); no apostrophe: "arash you're", "smilla won't" are a name
# and a contraction.
_LOWER_WORD_AFTER = regex.compile(r"(?:(?<=(?<!\p{L})\p{Ll})\.)?[ \t]+(\p{Ll}{3,}(?:-\p{Ll}+)?)(?![\p{L}\d@_/'’-]|\.[\p{L}\d])")
_LOWER_VOWEL = regex.compile(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűų]")
# A piece of a login or an address, glued on by a dot, an at sign or an underscore: "priya" of "priya.raman@…".
_GLUED_AFTER = regex.compile(r"[.@_][\p{L}\d]")
_LATIN_WORD = regex.compile(r"[\p{Latin}\-]+")
# Chat's shorthand, typed in lower case beside a name ("anna kovacs pls review"): no part of it.
_CHAT_WORDS = frozenset("pls plz thx thnx ty lol omg btw imo imho tbh idk brb np ok okay ttyl rn tmrw tmr smth".split())
_LOWER_WORD_BEFORE = regex.compile(r"(?<![\p{L}\d@._/'’-])(\p{Ll}{3,}(?:-\p{Ll}+)?)[ \t]+$")
# A word in capitals after a name in capitals: "KEYS WITH REBECCA VICTOR" (read against the name lists).
_CAPITAL_WORD_AFTER = regex.compile(r"[ ](\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?)(?![\p{L}\d@_/-]|\.[\p{L}\d])")
# A Gaelic surname after a given name found without it: its particle and the name, an "h", "n" or
# "t" before a vowel allowed ("Colm Ó hUiginn", "Sorcha Ó Fearghail").
# A given name's second syllable after a hyphen, in lower case, as Chinese and Korean names are
# romanised ("Pei-shan", "Ji-won", "Dong-hyun"): the model's tokens stop at the hyphen. Not the
# English words that make a compound of a name ("Smith-led", "Turner-esque").
_SYLLABLE_AFTER = regex.compile(r"-(\p{Ll}{2,5})(?![\p{L}\d@_/-])")
_COMPOUND_ENDS = frozenset("led run based like style type era ish esque owned born made free class level lite ready size".split())
_GAELIC_AFTER = regex.compile(rf"[ \t]+{_GAELIC}[ \t]+(?:[hnt]-?)?(\p{{Lu}}[\p{{Ll}}'’]+)(?![\p{{L}}\d@._/-])")
# A given name of two romanized syllables joined by a hyphen, the second in lower case, as Chinese,
# Korean and Vietnamese names are written in English ("Kuo-ming Chen", "Ya-ting Huang", "Sung-min
# Cho"): capitalised as a name, and of the syllables' shape (`uncased.syllabic_given`).
_SYLLABLES = r"\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}"
_SYLLABLES_BEFORE = regex.compile(rf"(?<![\p{{L}}\d@._/-])({_SYLLABLES})[ \t]+$")
_SYLLABLE_TAIL = regex.compile(r"-\p{Ll}{2,5}[ \t]+")
# A record's surname first, then a comma, at a line's, a list item's or a field's start ("Pat.:
# Dąbrowska, Małgorzata (w)", "Lema, Uxía;48293017D", "1. Reyes, Juan Miguel"), capitalised or in capitals.
_RECORD_SURNAME = r"(?:^[ \t]*(?:\d{1,3}[.)][ \t]+|[-*•][ \t]+)?|(?<=[:;|\t])[ \t]*)(\p{Lu}(?:\p{Ll}['’\p{Ll}]*|\p{Lu}+)(?:-\p{Lu}(?:\p{Ll}+|\p{Lu}+))?),[ \t]*"
# ... before the given name found, unless a list of names goes on after it ("present: Noor, Bastiaan, Aurelio").
_SURNAME_FIRST = regex.compile(rf"{_RECORD_SURNAME}$", regex.MULTILINE)
_LIST_GOES_ON = regex.compile(r"[ \t]*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bog\b|\boch\b|\ben\b)[ \t]*\p{Lu}")
# A surname in capitals after a given name, as forms and French, Baltic and Nordic lists write
# "Prénom NOM", one space apart (two are a column's gap); a vowel in it, so an acronym ("NHS",
# "BBC") is no surname.
_CAPITALS_AFTER = regex.compile(r"[ ](\p{Lu}{3,}(?:[-'’]\p{Lu}{2,})?)(?![\p{L}\d@._/-])")
_VOWEL = regex.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-ÝĀ-ąĒ-ěĪ-ıŌ-őŨ-ų]")
_CAPITALS_BEFORE = regex.compile(r"(?<![\p{L}\d@._/-])(\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})?)[ \t]+$")
# A list item that is a surname in capitals and a given name: "…: POŠKA Artūras, …".
# A numbered or bulleted line opens one too ("4. PAPADAKI Eleni  DOB …"), and a column's gap of two
# spaces, a tab or a dash before the next field ends it ("1. SPAMPINATO Gaetano — tess. 2209411").
_DASH_AFTER = regex.compile(r"[ \t]+[–—-][ \t]")
_CAPITALS_ITEM = regex.compile(
    r"(?:^(?:[ \t]*(?:\d{1,3}[.)]|[-*•]))?|(?<=[:;,\n|(])|(?<=\bet|\band)[ \t])[ \t]*(\p{Lu}{2,}(?:[-'’ ]\p{Lu}{2,}){0,2}[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    # ... or before a rank's or a role's code in capitals that ends the item ("LEFÈVRE Jean-Baptiste CDB – single").
    r"(?=[ \t]*(?:[,;.)|\n]|$|[ \t]+(?:et|and|\()[ \t])|[ ]{2,}|\t|[ \t]+[–—-][ \t]|[ \t]+\p{Lu}{2,5}(?=[ \t]*(?:[,;.)|\n]|$|[–—-][ \t])))",
    regex.MULTILINE,
)
# Capitals that are labels and abbreviations, not surnames.
_ACRONYMS = frozenset(
    """fyi asap attn cc bcc re fw fwd ps nb tbd eta rsvp hr it ceo cto cfo coo vp pm dm ok ui ux qa id pdf
    faq sla kpi cv ooo wfh eod eow urgent important note todo new vip mr mrs ms dr prof dob tel mob pax aka ssn nie nif dni
    mrn nhs vat ref""".split()
)
# Verbs a request opens with that are also given names in the census lists.
_VERBS = frozenset("call ask tell text email mail ping remind thank send invite page ring phone bill mark".split())
# A list of people after a colon: "surname first: Ezeugo Ifeanyi; Mac Eoin Sheila; Corsey Blessing".
_LIST = regex.compile(
    r":[ \t]*((?:\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){1,2})(?:[ \t]*[;,][ \t]*(?:and[ \t]+|et[ \t]+)?"
    r"\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){1,2})+)(?=[ \t]*(?:[.;\n]|$))"
)
_ITEM = regex.compile(r"\p{Lu}[\p{Ll}'’\-]+(?:[ \t]+\p{Lu}[\p{Ll}'’\-]+){1,2}")
# Words that greet, thank or address rather than name: they stay beside a name, not in it.
_ADDRESSING = frozenset(
    """bonjour salut coucou merci cher chère madame monsieur mademoiselle maître docteur hallo hola ciao olá hoi
    liebe lieber querida querido estimada estimado gentile prezada prezado beste dear hi hello hey thanks
    mr mrs ms mx miss dr prof sir dame herr frau pan pani sr sra srta me mme mlle""".split()
)


def _surname_like(word: str, language: str | None) -> bool:
    """A capitalised word that can be part of a name: no English word (census names aside), no
    function word of English or of the text's language, no greeting."""
    lower = word.lower().replace("’", "'")
    if lower.split("'")[0] in STOP_WORDS and "'" in lower:
        return False  # "I'm", "We'll": a contraction
    if lower in _ADDRESSING or lower in STOP_WORDS and not census_name(lower):
        return False
    if language is not None and stop_word(language, lower):
        return False
    return not common_word(word)


def _capitals_surname(word: str) -> bool:
    """A word in capitals that can be a surname: no acronym, label or English word but a census name."""
    lower = word.lower()
    return lower not in _ACRONYMS and not common_word(lower) and lower not in STOP_WORDS


def _capitals_name(word: str) -> bool:
    """A word in capitals that is a listed given name or surname and no English word (a census given
    name aside), acronym or label: "VICTOR", "NOVAES"; not "LEFT", "TODAY", "NHS"."""
    lower = word.lower()
    if lower in _ACRONYMS or lower in STOP_WORDS or not _VOWEL.search(word):
        return False
    if _english_word_form(lower) and lower not in first_names():
        return False  # "LEFT", "GAVE", "STATES": words the lists hold as surnames, which a line in capitals writes as words
    return ascii_fold(lower) in listed_names()


def _english_word_form(lower: str) -> bool:
    """An English word as written, an irregular form ("gave") or a regular one of a word ("states",
    "started", "going"); not a stem's guess that makes "novaes" a plural of "novae"."""
    if english_word(lower) or lower in irregular_forms():
        return True
    return any(lower.endswith(end) and english_word(lower[: -len(end)]) for end in ("s", "ed", "d", "ing"))


def _holds_listed_name(value: str) -> bool:
    """Whether a word of `value` is a given name or surname of the lists: what a name typed in lower
    case is found by, where a run of another language's words ("kuupäevade ja …") holds none."""
    return any(len(w) >= 3 and ascii_fold(w) in listed_names() for w in regex.findall(r"\p{L}+", value))


def _lower_name_word(word: str, language: str | None) -> bool:
    """A word in lower case that can be the rest of a name typed so, in English text: in Latin
    letters, no English word, chat shorthand, tool or listed place: "muizzova", "bader"; not
    "gaily"'s plural."""
    from privacy_gateway.detection.software import is_software, technology  # loaded late: keeps the import chain short

    if language is not None or not _LATIN_WORD.fullmatch(word):
        return False  # in a text of another language, or another script, a lower-case word is that language's as often
    if not _LOWER_VOWEL.search(word):
        return False  # "ssh", "npm", "cd": a command, no name
    if word in STOP_WORDS or word in _ADDRESSING or word in _ACRONYMS or word in _CHAT_WORDS or _english_word_form(word):
        return False
    return not is_software(word) and technology(word) is None and not _place_word(word)


def _place_word(word: str) -> bool:
    """A town or country's name: "Pedro de Madrid" is a man from Madrid, "Leonardo da Vinci" the same."""
    from privacy_gateway.detection.places import known_place  # loaded late: keeps the import chain short

    return known_place(word)


def _bridged(text: str, found: list[Finding]) -> list[Finding]:
    """Join neighbouring name and place findings that only a particle or hyphen separates."""
    out: list[Finding] = []
    for f in sorted(found):
        prev = out[-1] if out else None
        if (
            prev is not None and prev.entity_type in _NAMES and f.entity_type in _NAMES
            and prev.end <= f.start and (
                text[prev.end : f.start] == " " or _BRIDGE.fullmatch(text, prev.end, f.start)
                # "Sung-min Cho" found as "Sung" and "Cho": the hyphenated syllable between is the given name's
                or prev.entity_type == "PERSON" and _SYLLABLE_TAIL.fullmatch(text, prev.end, f.start) and syllable_pair(text[prev.start : f.start].rstrip())
            )
        ):
            kind = "PERSON" if "PERSON" in (prev.entity_type, f.entity_type) else "LOCATION"
            out[-1] = Finding(prev.start, f.end, kind, max(prev.score, f.score))
        else:
            out.append(f)
    return out


def _place_or_person(text: str, f: Finding) -> Finding:
    """A place grown over its town's tail, or a one-word "place" beside a census given name or a
    romanized one, which is a person the recognizer called a place ("Márta Halász", "Doris Okafor",
    "Kuo-ming Chen")."""
    if m := _PLACE_TAIL.match(text, f.end):
        return Finding(f.start, m.end(), f.entity_type, f.score)
    word = text[f.start : f.end]
    if " " in word or word.lower() in _PLACE_OPENERS:
        return f
    if word.lower() in first_names() and (m := _WORD_AFTER.match(text, f.end)) and not common_word(m.group(1)):
        return Finding(f.start, m.end(1), "PERSON", f.score)
    m = _WORD_BEFORE.search(text[max(0, f.start - 40) : f.start])
    if m and m.group(1).lower() in first_names() and m.group(1).lower() not in _PLACE_OPENERS | _VERBS:
        at = f.start - (min(40, f.start) - m.start(1))
        if not _opening_function_word(text, at, m.group(1)):
            return Finding(at, f.end, "PERSON", f.score)
    if (at := _romanized_given_before(text, f.start)) is not None:  # "Kuo-ming Chen": a surname called a place
        return Finding(at, f.end, "PERSON", f.score)
    return f


def _opening_function_word(text: str, at: int, word: str) -> bool:
    """A function word opening a sentence ("My Smeg fridge", "In Middlemarch, …"): no given name,
    though the world lists hold "My" and "In" as names."""
    before = text[:at].rstrip(" \t")
    return word.lower() in STOP_WORDS and (not before or before[-1] in ".!?:;\n\"'“«(•*-")


def _grown(text: str, f: Finding, starts: set[int], language: str | None, technical: bool = False) -> Finding:
    """A person grown over the name words beside it (in technical text not over a lower-case word:
    there it is a command's or a host's, "ssh priya.raman@…")."""
    start, end = f.start, f.end
    if (m := _SYLLABLE_AFTER.match(text, end)) and text[start:end][-1:].isalpha() and m.group(1) not in _COMPOUND_ENDS:
        end = m.end()  # "Lin Pei" of "Lin Pei-shan"
    if (m := _WORD_AFTER.match(text, end)) and m.start(1) not in starts and _surname_like(m.group(1), language):
        end = m.end(1)
    elif (m := _GAELIC_AFTER.match(text, end)) and _surname_like(m.group(1), language):
        end = m.end(1)
    elif (m := _INITIAL_AFTER.match(text, end)) and (m.group(1).isupper() or text[start:end].islower()):
        end = m.end(1)
    elif (m := _CAPITALS_AFTER.match(text, end)) and not text[start:end].isupper() and _capitals_surname(m.group(1)) and _VOWEL.search(m.group(1)):
        end = m.end(1)  # "Antoine DESCAMPS", "Līga BĒRZIŅA": given name, then the surname in capitals
    elif (m := _CAPITAL_WORD_AFTER.match(text, end)) and text[start:end].isupper() and _capitals_name(m.group(1)):
        end = m.end(1)  # "REBECCA VICTOR" in a text in capitals: a listed name after the name found
    elif (m := _PARTICLE_SURNAME_AFTER.match(text, end)) and m.start(2) not in starts and _surname_like(m.group(2), language) and not _place_word(m.group(2)):
        end = m.end(2)  # "Destiny bin King", "Pieter van Dijk"
    lower = not technical and text[start:end].islower() and _holds_listed_name(text[start:end]) and not _GLUED_AFTER.match(text, end)
    if lower and (m := _LOWER_WORD_AFTER.match(text, end)) and m.start(1) not in starts and _lower_name_word(m.group(1), language):
        end = m.end(1)  # "nedas gailys", "amela w. bader": a name typed in lower case, the word after it no one's word
    head = text[max(0, start - 40) : start]
    if lower and (m := _LOWER_WORD_BEFORE.search(head)) and _lower_name_word(m.group(1), language):
        start -= len(head) - m.start(1)  # "the rounding thing yahyo muizzova found"
    elif m := INITIALS_BEFORE.search(head):
        start -= len(head) - m.start(1)
    elif (m := _CAPITALS_BEFORE.search(head)) and not text[f.start : f.end].isupper() and _capitals_surname(m.group(1)):
        start -= len(head) - m.start(1)
    elif (
        (m := _SURNAME_FIRST.search(text, max(0, start - 40), start)) and not _LIST_GOES_ON.match(text, f.end)
        and _surname_first(text[f.start : f.end], m.group(1), language)
    ):
        start = m.start(1)
    elif (m := _WORD_BEFORE.search(head)) and _given_before(text, start - len(head) + m.start(1), m.group(1), language):
        start -= len(head) - m.start(1)
    elif (at := _romanized_given_before(text, start)) is not None:
        start = at
    return Finding(start, end, f.entity_type, f.score) if (start, end) != (f.start, f.end) else f


# The words a letter closes or a message opens with before a name and a comma, some of them
# surnames too ("Best", "Love").
_SIGN_OFFS = frozenset(
    """best love cheers regards thanks thank many kind warm warmest yours sincerely hi hello hey dear morning afternoon
    evening ok okay yes sorry congrats congratulations welcome bye""".split()
)


def _surname_first(given: str, word: str, language: str | None) -> bool:
    """Whether `word`, before a comma at a record's start, is the surname of `given` after it: `given`
    one or two given names of the lists ("Reyes, Juan Miguel"), `word` a word that can be a surname
    (in capitals, no acronym or label). Not a letter's close or a greeting, nor an English word or a
    place that is no frequent surname ("Best, Ann Lee", "Thanks, Anna", "Paris, Anna" stay)."""
    from privacy_gateway.detection.places import known_place  # loaded late: keeps the import chain short

    names = given.split()
    if len(names) > 2 or any(ascii_fold(name.lower()) not in listed_given() for name in names):
        return False
    lower = ascii_fold(word.lower())
    frequent = lower in frequent_names()[1]  # "Santos, Maria Clara", "Young, Anna": the commonest surnames
    if lower in _SIGN_OFFS or (english_form(lower) or known_place(word)) and not frequent:
        return False
    return _capitals_surname(word) if word.isupper() else _surname_like(word, language)


def _romanized_given_before(text: str, start: int) -> int | None:
    """Where a romanized given name of two syllables right before `start` begins ("Kuo-ming" before
    "Chen"): `_SYLLABLES`' shape and no English word or compound (`uncased.syllabic_given`: not
    "Co-op", "Anna-based"). Such a word is never a function word opening a sentence."""
    head = text[max(0, start - 40) : start]
    m = _SYLLABLES_BEFORE.search(head)
    return start - len(head) + m.start(1) if m and syllabic_given(m.group(1)) else None


def _given_before(text: str, at: int, word: str, language: str | None) -> bool:
    """Whether `word` at `at`, right before a person, is their given name: a census given name
    mid-sentence (not "Will" opening a question), or a word no lexicon knows."""
    before = text[:at].rstrip(" \t")
    mid_sentence = bool(before) and before[-1] not in ".!?:;\n\"'“«("
    lower = word.lower()
    if _opening_function_word(text, at, word) or foreign_role(word) or everyday_cyrillic_run(text, at, at + len(word)):
        return False  # "Это Ольга Морозова": a sentence's opening word of Russian, Ukrainian or Bulgarian
    if lower in first_names() and (mid_sentence or lower not in _VERBS):
        return True
    # "Attila Oláh's rule", "Bryony W. Hanafin wrote": a given name of the world lists that English
    # also holds (a king, a plant), written as a name beside a person found by other means; not a
    # function word, a greeting, an everyday word ("Patient Smith"), an English verb ("List ten
    # English", "Captain Picard", "Baby of …") or a town ("Venezia Santa Lucia").
    if (
        len(word) >= 3 and ascii_fold(lower) in listed_given() and word[1:].islower() and not everyday_word(lower)
        and lower not in STOP_WORDS | _VERBS | _ADDRESSING and lower not in english_verbs()
        and not (language is not None and own_word(language, word)) and not _place_word(word)
    ):
        return True
    # "Call Gustavo", "Ask Hudson": an English word before a name is a verb or a label, not a given
    # name; so is a word of the text's own language ("Dochter Lieselot").
    return not english_form(word.lower()) and _surname_like(word, language) and not (language is not None and own_word(language, word))


def _capital_items(text: str, found: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """Persons written as a list item "SURNAME Given", and the findings they take the place of
    (a given name the recognizer called a place)."""
    items: list[Finding] = []
    replaced: list[Finding] = []
    for m in _CAPITALS_ITEM.finditer(text):
        surname, given = m.group(1).rsplit(None, 1)
        words = surname.split()
        # A particle opens a surname in capitals as in any case ("DE LUCA Alessandro", "VAN DIJK Anouk").
        if not all(_capitals_surname(w) or i < len(words) - 1 and w.lower() in PARTICLES_CORE for i, w in enumerate(words)):
            continue
        if _DASH_AFTER.match(text, m.end(1)) and english_form(given.lower()) and ascii_fold(given.lower()) not in world_first_names():
            continue  # "BBC Sport — 4 writers": before a dash, an outlet and an English word, no surname and given name
        overlapping = [f for f in found if f.start < m.end(1) and m.start(1) < f.end]
        if all(f.entity_type in _NAMES and m.start(1) <= f.start and f.end <= m.end(1) for f in overlapping):
            items.append(Finding(m.start(1), m.end(1), "PERSON", max([0.7, *(f.score for f in overlapping)])))
            replaced += overlapping
    return items, replaced


# "…, Chizoba Njoku et Krystal Fox": the full name after "and" beside a person, in any language.
_PARTNER_AFTER = regex.compile(
    r"[ \t]*,?[ \t]+(?:and|et|und|y|e|en|&)[ \t]+(\p{Lu}[\p{Ll}'’\-]+[ \t]+\p{Lu}[\p{Ll}'’\-]+)(?![ \t]*\p{Lu})(?![\p{L}\d@._])"
)


def _partners(text: str, people: list[Finding], language: str | None) -> list[Finding]:
    """Full names joined to a found person by "and": a given name the census knows or no word, then
    a word that can be a surname."""
    out: list[Finding] = []
    taken = {f.start for f in people}
    for f in people:
        m = _PARTNER_AFTER.match(text, f.end) if f.entity_type == "PERSON" else None
        if m is None or m.start(1) in taken:
            continue
        given, surname = m.group(1).split()
        if (given.lower() in first_names() or not english_form(given.lower()) and _surname_like(given, language)) and _surname_like(surname, language):
            out.append(Finding(m.start(1), m.end(1), "PERSON", f.score))
    return out


def _listed_people(text: str) -> list[Finding]:
    """The items of a list of two or more full names after a colon: words no lexicon knows but as
    names, one of them at least a census given name ("Attendees: Ezeugo Ifeanyi; Kröll Angelika")."""
    people: list[Finding] = []
    for m in _LIST.finditer(text):
        items = list(_ITEM.finditer(text, m.start(1), m.end(1)))
        words = [w for item in items for w in item.group().split()]
        if any(common_word(w) and not _particle(w.lower()) or w.lower() in STOP_WORDS or is_software(w) for w in words):
            continue
        if any(notable_person(item.group()) for item in items):
            continue  # "a history of soul: Sam Cooke, Marvin Gaye, Nina Simone": a list of the world's people
        if any(w.lower() in first_names() for w in words):
            people += [Finding(i.start(), i.end(), "PERSON", 0.7) for i in items]
    return people


# A record's "Surname, Given" at a line's or a field's start, the field ending after the given name
# (a comma after it would go on with a list of names).
_SURNAME_FIRST_RECORD = regex.compile(
    rf"{_RECORD_SURNAME}(\p{{Lu}}\p{{Ll}}[\p{{Ll}}'’]*(?:-\p{{Lu}}\p{{Ll}}+)?(?:[ ]\p{{Lu}}\p{{Ll}}[\p{{Ll}}'’]*)?)(?=[ \t]*(?:[;|(\t]|[ ]-[ ]|$))",
    regex.MULTILINE,
)


def _surname_first_records(text: str, language: str | None) -> list[Finding]:
    """People written as a record writes them, "Surname, Given" opening a line or a field ("Pat.:
    Dąbrowska, Małgorzata (w)", "Lema, Uxía;48293017D;…"): the given name one of the lists that is
    no English word and no word of the text's language, the surname a word that can be one."""
    people: list[Finding] = []
    for m in _SURNAME_FIRST_RECORD.finditer(text) if "," in text else ():
        given = m.group(2)
        if any(english_form(name.lower()) or language is not None and stop_word(language, name.lower()) for name in given.split()):
            continue
        if _surname_first(given, m.group(1), language):
            people.append(Finding(m.start(1), m.end(2), "PERSON", 0.7))
    return people


# One item of a list on one line: up to five words (particles count), between commas or
# semicolons and a space (not a CSV row's bare separators), "and" or the line's ends.
_LIST_ITEM = regex.compile(r"(?<=^|[,;:][ \t]+|[ \t](?:and|&)[ \t]+)[ \t]*(\p{L}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’\-]*){0,4})[ \t]*(?=$|[,;.]|[ \t]+(?:and|&)[ \t])", regex.MULTILINE)


def _list_mates(text: str, people: list[Finding], language: str | None) -> list[Finding]:
    """The other items of a list on one line where two items or more are people found whole:
    "sort by surname: kim min-jun, lee seo-yeon, park ji-won". An item counts when it is typed in
    the case of the people's, holds a word that is no English one, and its other words are
    particles or names of the lists, never a tool or a stop word ("Zoom link" is no one)."""
    out: list[Finding] = []
    spans = {(f.start, f.end) for f in people if f.entity_type == "PERSON"}
    lines: dict[int, list[regex.Match[str]]] = {}
    for m in _LIST_ITEM.finditer(text):
        lines.setdefault(text.count("\n", 0, m.start(1)), []).append(m)
    for items in lines.values():
        found = [m for m in items if m.span(1) in spans]
        if len(found) < 2 or len(items) - len(found) > len(found):
            continue
        cases = {letter_case(m.group(1)) for m in found}
        for m in items:
            overlapping = [f for f in people if f.start < m.end(1) and m.start(1) < f.end]
            if m.span(1) in spans or any(
                f.entity_type != "LOCATION" or f.start < m.start(1) or f.end > m.end(1) or (f.start, f.end) == m.span(1) for f in overlapping
            ):
                continue  # found already, part of something longer, or a place found whole; a piece found as a place is a name misread
            if notable_person(m.group(1)):
                continue  # "Sam Cooke, Marvin Gaye, Nina Simone": a full name the world knows, listed beside one the lists could not place
            words = [w.lower().replace("’", "'") for w in m.group(1).split()]
            if sum(not _particle(w) for w in words) > 3:
                continue  # a phrase, not a name: "van der" and "de la" aside, names run to three words
            english = [english_form(w) for w in words]
            if letter_case(m.group(1)) in cases and not all(english) and all(
                _particle(w) or w not in STOP_WORDS and not is_software(w) and (not e or _listed_name(w))
                and not (language is not None and stop_word(language, w))
                for w, e in zip(words, english)
            ):
                out.append(Finding(m.start(1), m.end(1), "PERSON", 0.7))
    return out


def _particle(word: str) -> bool:
    return PARTICLE_WORD.fullmatch(word) is not None


def _listed_name(word: str) -> bool:
    return word in first_names() or census_name(word)


def whole_names(text: str, found: list[Finding], language: str | None = None, technical: bool = False) -> list[Finding]:
    """`found` with the pieces of each name joined and grown to the whole name (see the module)."""
    if not technical:
        items, replaced = _capital_items(text, found)
        found = [f for f in found if f not in replaced] + items
    listed = [f for f in _listed_people(text) if not any(g.start < f.end and f.start < g.end for g in found)]
    # A record's "Surname, Given" takes in the pieces of it found ("HOEKSTRA" of "HOEKSTRA, Joost").
    for f in _surname_first_records(text, language):
        overlapping = [g for g in found if g.start < f.end and f.start < g.end]
        if all(g.entity_type in _NAMES and f.start <= g.start and g.end <= f.end for g in overlapping):
            found = [g for g in found if g not in overlapping]
            listed.append(Finding(f.start, f.end, "PERSON", max([f.score, *(g.score for g in overlapping)])))
    people = [f for f in found if f.entity_type in _NAMES] + listed
    if not people:
        return found
    others = [f for f in found if f.entity_type not in _NAMES]
    starts = {f.start for f in people}
    grown = [_grown(text, f, starts, language, technical) if f.entity_type == "PERSON" else _place_or_person(text, f) for f in _bridged(text, people)]
    grown += [f for f in _partners(text, grown, language) if not any(g.start < f.end and f.start < g.end for g in others)]
    mates = [f for f in _list_mates(text, grown, language) if not any(g.start < f.end and f.start < g.end for g in others)]
    grown = [g for g in grown if not any(f.start <= g.start and g.end <= f.end for f in mates)] + mates
    return sorted(others + _bridged(text, grown))
