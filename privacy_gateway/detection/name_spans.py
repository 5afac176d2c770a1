"""Where a name's span starts and ends, and which runs of tokens could be one: dotted handles,
eponyms, opening imperatives, role and field labels, demonyms, uncased names. Used by `names`."""

from __future__ import annotations

from typing import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from privacy_gateway.detection.lexicon import ascii_fold, census_name, english_form, english_word, first_names, irregular_forms, irregular_word, listed_family, listed_given, proper_nouns, world_first_names
from privacy_gateway.detection.software import is_software
from privacy_gateway.detection.name_cues import NOT_SPEAKERS, SCRIPT_ROLES
from privacy_gateway.detection.name_cues import (
    _DEMONYM_ENDINGS,
    _NAME_LABELS,
    PARTICLE_WORD,
    _PERSON_CONTEXT,
    _PLACE_LABELS,
)


def _ordinary(word: str) -> bool:
    """Whether `word` or its stem is an English word form ("fails", "logged", "reviewing")."""
    return english_form(word)


# A name word glued to a name by a dot: "Mary.Simmons", "Jan.De.Vries" (handles, usernames).
_DOTTED_AFTER = regex.compile(r"\.(\p{L}[\p{L}'’\-]*)(?![\p{L}\d_(])")
_DOTTED_BEFORE = regex.compile(r"(?<![\p{L}\d_.])(\p{L}[\p{L}'’\-]*)\.\Z")


# A name, possessive or not, before the kind of thing named after people: laws, theorems, algorithms
# ("Hawking radiation", "the Fermi paradox"). Not
# what people own or do ("Tom's number", "Anna's test results", "Ben's code"): those stay names.
_EPONYM = regex.compile(
    r"(?:['’]s?)?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?i:algorithm|theorem|laws?(?![ \t]+(?:firm|office|school|degree|practice))|"
    r"principle|method|equations?|constant|conjecture|lemma|paradox|razor|inequality|hypothesis|syndrome|disease|"
    r"cipher|triangle|sequence|transform|radiation|effect)\b"
)
# Verbs a prompt opens with ("Explain Euler's identity", "Summarize Martin Luther King's speech"):
# at the start of a sentence, capitalised like the name after them, never part of it.
_IMPERATIVES = frozenset(
    """explain summarise summarize translate describe compare write draft list give tell show make create rewrite
    fix review check convert generate find suggest recommend plan outline help proofread format edit shorten expand
    classify extract analyse analyze define calculate sort quiz discuss contrast name
    ping email call ask remind message text thank invite notify forward congratulate welcome introduce contact nudge inform""".split()
)


def _without_imperative(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without an opening imperative verb glued to the name: "Explain Euler" → "Euler"."""
    head = text[start:end].split(" ", 1)
    if head[0].lower() in _IMPERATIVES:
        before = text[:start].rstrip(" \t")
        if not before or before[-1] in ".!?:\n\"'“":
            return (start + len(head[0]) + 1, end) if len(head) == 2 else (end, end)
    return start, end


def _same_shape(word: str, name: str) -> bool:
    """Both capitalised, both lower case or both upper case."""
    if name.isupper() or name.islower():
        return word.isupper() == name.isupper() and word.islower() == name.islower()
    return word[:1].isupper() and not word.isupper()


def _dotted_name(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's span grown over the name words glued to it by dots: one dotted token is one name,
    so "ping Mary.Simmons" masks both parts. A lower-case tail (".com", ".py") is a domain or a file."""
    name = text[start:end]
    while (m := _DOTTED_AFTER.match(text, end)) and _same_shape(m.group(1), name) and not m.group(1).islower():
        end = m.end()
    while (m := _DOTTED_BEFORE.search(text[max(0, start - 40) : start])) and _same_shape(m.group(1), name):
        start -= len(m.group())
    return start, end


# Contractions the glued-value tokenizer can leave whole: "I'm", "We'll".
_CONTRACTION = regex.compile(r"(?i:[a-z]+['’](?:m|ll|ve|d|re|s|t))")


def _name_shaped(token: Token) -> bool:
    text = token.text
    if len(text) < 2 or not text[0].isupper() or text.isupper():
        return False  # the cheap tests first: most tokens fail them
    if _CONTRACTION.fullmatch(text) and text.lower().replace("’", "'").split("'")[0] in STOP_WORDS:
        return False
    return text.replace("'", "").replace("-", "").replace("’", "").isalpha()


def _demonym(first: Token, last: Token) -> bool:
    """A nationality used as one: "the American government", "I am Brazilian"; not "Sean is …"."""
    if first.i != last.i or not first.lower_.endswith(_DEMONYM_ENDINGS):
        return False
    doc = first.doc
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    before = doc[first.i - 1] if first.i > 0 else None
    return (
        first.tag_ == "JJ"
        or (after is not None and after.pos_ in ("NOUN", "PROPN"))
        or (before is not None and (before.lemma_ == "be" or before.lower_ in ("a", "an", "the")))
    )


def _proper_noun_like(token: Token) -> bool:
    """Tagged a proper noun, inside a name-like NER span, or capitalised mid-sentence (the small
    model tags unseen names as anything: "Text Raj at …" comes out a conjunction)."""
    if token.tag_ in ("NNP", "NNPS") or token.ent_type_ in _NAME_LABELS:
        return True
    return not token.is_sent_start


def _role_label(doc: Doc, first: Token, last: Token) -> bool:
    """Whether first..last is a role or field label before a colon ("Human:", "Final Answer:",
    "Observation:"): prompt scaffolding and stop sequences, not a speaker's name."""
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is None or not following.text.startswith(":"):
        return False
    words = doc[first.i : last.i + 1].text.lower()
    return words in NOT_SPEAKERS or words in SCRIPT_ROLES or (first.i < last.i and last.lower_ in NOT_SPEAKERS)


def _field_label(doc: Doc, last: Token) -> bool:
    """Whether the span ending at `last` labels a value: a colon, then a number, an e-mail or an
    address ("Phone: 030 1234567", "Telefon: +49 …", "Mail: ana@example.org") — a field's name.
    A number is written in digits there: "… for Denise Diallo : trois idées" counts in words after
    a person."""
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != ":":
        return False
    value = doc[last.i + 2]
    if value.like_num and any(c.isdigit() for c in value.text) or value.like_email or value.like_url or value.text[:1] in "+0123456789":
        return True
    # "Kunde: Sabine Krüger": one word, then a full name the recognizer tagged, is the field's name.
    full_name_follows = (
        value.ent_iob_ == "B" and value.ent_type_ == "PERSON" and value.i + 1 < len(doc) and doc[value.i + 1].ent_iob_ == "I"
    )
    starts_field = last.i == 0 or doc[last.i - 1].is_space or doc[last.i - 1].text in (",", ";", "|", "\n")
    return full_name_follows and starts_field and last.is_alpha


def doc_ws(token: Token) -> bool:
    """Whether the token before `token` ends with whitespace ("Anna-Maria" has none around its hyphen)."""
    return bool(token.doc[token.i - 1].whitespace_)


# Words between the capitalised words of one name or place: "United States of America", "Davi da
# Rocha", "Aminatu al-Shehu", "Hasan bin Talal"; and initials ("Nafees N. Jad").
_INITIAL = regex.compile(r"\p{Lu}\.")  # a middle initial: "Nafees N. Jad"
# One to three initials right before a word: "K. G. Baert", "A.Oparinde".
INITIALS_BEFORE = regex.compile(r"(?<![\p{L}\d])((?:\p{Lu}\.[ \t]*){1,3})[ \t]*$")


def initialled(text: str, start: int) -> bool:
    """Whether initials stand right before `start` ("K. G. Baert"): a surname written so is a
    person's full name, as much as a given name before it would make one."""
    return INITIALS_BEFORE.search(text, max(0, start - 12), start) is not None


_RUN_PARTICLES = frozenset("of de del da dos das di du van von der den la le ter ten al el bin ibn".split())


def _glued(pending: list[Token]) -> bool:
    """Whether a hyphen may join the run here: right after a capitalised word ("Anna-Maria"), or
    after a particle written onto the next word ("al-Shehu", "el-Amin")."""
    return not pending or len(pending) == 1 and pending[0].lower_ in ("al", "el", "bin") and not pending[0].whitespace_


def _runs(tokens: Span | Doc) -> Iterator[tuple[Token, Token]]:
    """Maximal runs of capitalised words, allowing "of"/"de"/"van" between them ("United States of America")."""
    first: Token | None = None
    last: Token | None = None
    pending: list[Token] = []
    for token in tokens:
        if _name_shaped(token) and not (first is None and token.is_stop):
            if first is None:
                first = token
            last = token
            pending = []
        elif first is not None and (
            (token.lower_ in _RUN_PARTICLES or _INITIAL.fullmatch(token.text)) and len(pending) < 2
            or token.text == "-" and not token.whitespace_ and token.i > 0 and not doc_ws(token) and _glued(pending)
        ):
            pending.append(token)
        else:
            if first is not None and last is not None:
                yield first, last
            first = last = None
            pending = []
        if first is not None and last is not None and "\n" in token.whitespace_:
            yield first, last
            first = last = None
    if first is not None and last is not None:
        yield first, last


def _uncased(ent: Span) -> list[tuple[Token, Token]]:
    """A person or place the recognizer found written all in lower or upper case ("maria gonzalez",
    "PETER HALL"): no capitals to cut it by, so the recognizer's own boundaries stand.

    A recognizer trained on names in one case also tags words in one case ("spec", "lookup",
    "HL7 ADT"), so every word must be a census name or no English word, and a lone word a
    census name or, in lower case, a long unknown word."""
    # A command-line flag ("--global") is no word of a name.
    words = [t for t in ent if t.text[0].isalpha() and t.text.replace("-", "").replace("'", "").replace("’", "").isalpha()]
    if ent.label_ not in ("PERSON", *_PLACE_LABELS) or not words:
        return []
    if not (all(t.text.islower() for t in words) or all(t.text.isupper() and len(t.text) > 1 for t in words)):
        return []
    if words[0].is_stop:
        return []
    # In capitals a mark with a space before it parts what the recognizer ran together as a person
    # ("NIGHT SHIFT - PETER OBI LEFT"): no name holds one, so each part is read on its own. (In lower
    # case the span stays whole: a famous name cut out of a private list, "- moussa traoré - aac
    # device", would be read as the world's; so does a place's: "IMO FAL FORM 5 – CREW LIST".)
    if not words[0].text.isupper() or ent.label_ != "PERSON":
        return _uncased_words(ent, words)
    out: list[tuple[Token, Token]] = []
    part: list[Token] = []
    for word in words:
        if part and any(t.is_punct and doc_ws(t) for t in ent.doc[part[-1].i + 1 : word.i]):
            out += _uncased_words(ent, part)
            part = []
        part.append(word)
    return out + _uncased_words(ent, part)


def _uncased_words(ent: Span, words: list[Token]) -> list[tuple[Token, Token]]:
    """`_uncased` on one part of the span, `words` its words in one case."""
    if words[0].is_stop:
        return []
    # The recognizer's edges in one-case text are loose ("attn siobhan o'reilly - dispatch"):
    # ordinary words at either end are no part of the name; nor is an irregular verb's past after
    # two words or more ("PETER OBI LEFT AT 2AM": the lists hold "left", as they hold most words).
    while words and (
        _ordinary(words[-1].lower_) and not census_name(words[-1].lower_) or len(words) > 2 and words[-1].lower_ in irregular_forms() and words[-1].lower_ not in listed_given()
    ):
        words.pop()
    # An irregular verb's past opens a verb phrase, never a name ("took place", "got paracetamol"),
    # where the name lists do not hold it.
    while words and (_ordinary(words[0].lower_) or irregular_word(words[0].lower_)) and not census_name(words[0].lower_):
        words.pop(0)
    if not words:
        return []
    lowered = [t.lower_ for t in words]
    if any(w in STOP_WORDS or is_software(w) for w in lowered):
        return []
    core = [w for w in lowered if not PARTICLE_WORD.fullmatch(w)] or lowered
    common = [_ordinary(w) and not census_name(w) for w in core]
    # "enum values", "grafana loki later": a name ends with a name, not with an ordinary word;
    # unless the recognizer calls the words a person and the lists have them so ("hope marshall",
    # "SUMMER LI", "joy tan"): given names and surnames that are English words too. In a person of
    # two words or more, a word WordNet holds only as a proper noun ("gagarin", "kepler") is no
    # ordinary word: "troy gagarin" is a name.
    proper = ent.label_ == "PERSON" and len(core) >= 2 and any(w in proper_nouns() for w in core)
    if (common[-1] or all(_ordinary(w) for w in core) and not proper) and not _listed_person(ent.label_, core, words[-1]):
        return []
    if len(core) == 1 and not census_name(core[0]):
        return []  # a lone word in one case ("standup", "HOSP") is someone's only if people are named so
    return [(words[0], words[-1])]


def lone_lower(ent: Span) -> list[tuple[Token, Token]]:
    """One lower-case word the recognizer tagged PERSON that no dictionary, stop list or tool list
    holds ("is dijkhuis still your surname", "thaís here at …"): in chat typed in lower case a
    surname or given name alone, where `_uncased` asks two words or a census name."""
    words = [t for t in ent if t.is_alpha]
    if ent.label_ != "PERSON" or len(words) != 1:
        return []
    word = words[0]
    if not word.text.islower() or len(word.text) < 4 or word.is_stop or _ordinary(word.lower_) or is_software(word.text):
        return []
    if not _VOWEL.search(word.text) or _compound(word.lower_):
        return []  # "tmrw", "standup", "signoff": chat's shorthand and words run together
    return [(word, word)]


_VOWEL = regex.compile(r"[aeiouy\p{M}àáâãäåèéêëìíîïòóôõöùúûüýæøœ]")


def _compound(word: str) -> bool:
    """Whether `word` is two English words run together ("standup", "signoff", "walkthrough")."""
    return any(
        english_word(word[:i]) and (english_word(word[i:]) and len(word) - i >= 3 or word[i:] in _PARTICLE_TAILS)
        for i in range(3, len(word) - 1)
    )


_PARTICLE_TAILS = frozenset("up in on off out down back by".split())


def _listed_person(label: str, core: list[str], last: Token) -> bool:
    """A tagged PERSON of two words or more, a given name of the lists first and names of the lists
    after it, English words too, the last a proper noun to the tagger: the recognizer, the lists
    and the tagger agree ("hope marshall", "SUMMER LI"), where the lists alone would take a thing
    for a person ("rose gold", "mark price": the last a common noun)."""
    plain = [ascii_fold(w) for w in core]
    return (
        label == "PERSON"
        and len(plain) >= 2
        and last.tag_ in ("NNP", "NNPS")
        and plain[0] in listed_given()
        and all(w in listed_family() or w in listed_given() for w in plain[1:])
    )


def _starts_line(token: Token) -> bool:
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is None or "\n" in before.text or "\n" in before.whitespace_ or before.text in (";", "|", "\t")


# `{"name": "Referer", "value": "…"}`: the name of a name/value pair (HAR headers and cookies,
# query parameters, form fields) is a field's name, whoever's value follows it.
_PAIR_NAME_BEFORE = regex.compile(r'"name"\s*:\s*"$')
_PAIR_NAME_AFTER = regex.compile(r'"\s*,\s*"value"\s*:')


def person_context(text: str, start: int, end: int) -> bool:
    """Whether the words just before text[start:end] name or address a person ("customer", "Dear",
    "ask"), and the span is not the name of a name/value pair."""
    before = text[max(0, start - 40) : start]
    if _PAIR_NAME_BEFORE.search(before) and _PAIR_NAME_AFTER.match(text, end):
        return False
    return _PERSON_CONTEXT.search(before) is not None


# "KeyError", "getFullName", "authorName": an identifier, a lower-case letter then a capital inside
# one word. Names have an inner capital after a short prefix only (McDonald, DeShawn, LeBron).
_IDENTIFIER = regex.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)\p{Lu})\p{L}+\p{Ll}\p{Lu}\w*|\w*_\w*")


# "QuickCheck", "PowerShell", "GraphQL": a product's CamelCase, three letters or more before the
# inner capital; names with one have a short or known prefix (DeShawn, LeBron, MacArthur, FitzGerald).
_CAMEL_PARTS = regex.compile(r"\p{Lu}\p{Ll}*")
_PRODUCT_CAMEL = regex.compile(r"(?!(?:Mac|Van|Von|Del|Der|Den|Ten|Ter|Fitz|Vander|Dela)\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}[\p{L}\d]*")


def product_shaped(value: str) -> bool:
    """Whether `value` is one CamelCase word shaped like a product's name, not a person's (nor two
    given names run together: "MaryAnn", "JeanPaul", nor a given name of the world's lists glued to
    another word that is no English one: "SimphiweyiNkosi"; a product's parts are words: "PowerPoint")."""
    if _PRODUCT_CAMEL.fullmatch(value) is None:
        return False
    parts = [p.lower() for p in _CAMEL_PARTS.findall(value)]
    if any(p in first_names() for p in parts):
        return False
    return any(english_form(p) for p in parts) or not any(ascii_fold(p) in world_first_names() for p in parts)


def identifier_shaped(value: str) -> bool:
    """Whether `value` is one word shaped like a code identifier (camelCase, CamelCase, snake_case)."""
    return _IDENTIFIER.fullmatch(value) is not None

