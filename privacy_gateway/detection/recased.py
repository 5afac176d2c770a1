"""Names in text typed in one case, found by the NER on a re-cased copy of them.

The recognizer reads capitals: "talked to maria gonzalez about the q3 deck" and "WHO TOLD SIOBHAN
MCCARTHY THE LAUNCH WAS MOVED" give it nothing to go by, wherever the name stands. Where a stretch
of a line (up to a sentence end, colon, semicolon, comma, bar or tab) is written in one case (all
capitals, or no capital past its first letter) and holds a word that is no English one and is
either a given name of the lists or beside another word that may be a name, those words are
capitalised as a careful writer would have (every other word lower case), and the stock English
recognizer (`prose_recognizer`) reads six words either side of each again (`_windows`). A span it
tags counts when its words are a name's (`a_recased_name`): no stop word, month or tool; every
word no English one, or English words only where names of the lists stand beside names of the
lists that are not. The casing changes character by character, so offsets hold for the original.

A mixed-case prompt with no such stretch pays for a few set lookups (0.1 ms per KB) and no second
pass; a 1 KB prompt typed in one case and full of names re-reads about half of itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
import functools
from typing import Any

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection import lines
from privacy_gateway.detection.lexicon import ascii_fold, common_form, english_form, first_names, frequent_names, irregular_forms, listed_family, listed_given, proper_nouns, world_first_names, world_last_names
from privacy_gateway.detection.memo import per_analysis
from privacy_gateway.detection.name_cues import CALENDAR_WORDS, SERVICE_ACCOUNTS, after_people_verb
from privacy_gateway.detection.notable import notable_person
from privacy_gateway.detection.software import is_software
from privacy_gateway.detection.text_kind import past_question_typed_lower
from privacy_gateway.detection.uncased import ADDRESSING, owned_relation, prose_line

# A word as prose has one: after a space, a bracket, a quote or a comma, before a space or a
# punctuation mark; never glued to a path, an identifier, a version or markup ("ami-0a1b",
# "<SURNAME>^", "$USER").
_WORD = regex.compile(r"(?<![^\s(\"'“‘,;:])\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)?(?=[\s)\"'”’,;:.!?]|$)")
# A stretch of a line up to a sentence end, a colon, a semicolon, a comma, a bar or a tab.
_STRETCH = regex.compile(r"[^\n.!?:;,|\t]+(?:\.(?=\S)[^\n.!?:;,|\t]*)*")
_PARTICLES = frozenset("van von der den de del della di da dos du le la ter ten bin al".split())
_PERSON_LABELS = frozenset({"PERSON"})
_VOWEL = regex.compile(r"[aeiouy]")
_POSSESSIVE = regex.compile(r"['’]s$", regex.IGNORECASE)
# A surname's elided particle, as the lists spell it without the apostrophe: "o'brien" → "obrien", "d'souza".
_ELIDED = regex.compile(r"^(\p{L}{1,2})['’](?=\p{L}{3})")
_TOKEN = regex.compile(r"\S+")
# An English contraction ("won't", "we'll", "they're"): a verb, never a name ("o'brien" is one).
_CONTRACTION = regex.compile(r"(?:n['’]t|['’](?:ll|re|ve|m|d))$")
_CONTEXT = 6  # words either side of a capitalised word that the recognizer reads again
# The other labels the stock recognizer gives a re-cased full name it does not know: a place, a
# people, a firm, a building, a product ("what made Vakris Kalvelis leave …": PRODUCT).
_OTHER_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "PRODUCT"})
# What the recognizer calls a lone given name it does not know in a list of people ("opening -
# Jamal, tills - Sean"): a place or a people, when no list has the word as one.
_LONE_NAME_LABELS = frozenset({"GPE", "NORP", "ORG"})
# Stop words that are given names too: "WILL OKONKWO", "may adeyemi". Only before a name-like word.
_GIVEN_STOP_WORDS = frozenset({"will", "may"})
_LONE_SHOUTED = 5  # letters of a lone word in capitals in mixed case read as a name: "ISAIAH joins us", not "IAM", "RACI"
_LONE_SURNAME = 5  # letters of a surname that is capitalised alone: "kühnel", not "lol" or "asap"


@per_analysis  # each word of a stretch is asked for again by `_foreign_text`, `_titled` and `_name_like`
def _plain(word: str) -> str:
    """The word as the lists hold it: unaccented (`lászló` → `laszlo`), without a possessive `'s`
    or an elided particle's apostrophe (`o'brien` → `obrien`)."""
    word = _POSSESSIVE.sub("", word)
    return ascii_fold(_ELIDED.sub(r"\1", word))


def _excluded(word: str) -> bool:
    """A stop word, month, weekday, tool or service account, or a word addressing someone ("ask
    chih-wei yeh", "ping jae-won"): no part of a name here."""
    return word in STOP_WORDS or word in CALENDAR_WORDS or word in SERVICE_ACCOUNTS or word in ADDRESSING or is_software(word)


def _english(plain: str) -> bool:
    """An English word form, irregular ones too ("ran", "wrote")."""
    return common_form(plain) or plain in irregular_forms()


@per_analysis  # likewise; `_compound` tries every split of a word against the word lists
def _unknown(plain: str) -> bool:
    """A word no English list has, long enough and with a vowel to be someone's name ("oparinde"),
    not an abbreviation ("pmt", "lol", "acct")."""
    return len(plain) >= 4 and not _english(plain) and _VOWEL.search(plain) is not None and not _compound(plain)


def _compound(plain: str) -> bool:
    """Two English words run together ("firstname", "postcode"), or a letter before one ("fname",
    "lname"): a field or a thing."""
    if len(plain) >= 5 and _english(plain[1:]):
        return True
    return any(_part(plain[:i]) and _part(plain[i:]) for i in range(3, len(plain) - 2))


def _part(piece: str) -> bool:
    return piece in STOP_WORDS or _english(piece)


def _foreign_name(plain: str) -> bool:
    """A given name or surname of the lists that is no English word ("rosalind", "dubenko")."""
    return (plain in world_first_names() or plain in world_last_names()) and not _english(plain)


def _name_like(word: str) -> bool:
    """A word that may be part of a name: a given name of the lists, or no English word."""
    plain = _plain(word)
    return not _excluded(word) and len(plain) >= 2 and (plain in world_first_names() or _unknown(plain))


def _one_case(stretch: str) -> bool:
    """All capitals, or no capital past the stretch's first letter."""
    letters = [c for c in stretch if c.isalpha()]
    if len(letters) < 4:
        return False
    if all(c.isupper() for c in letters):
        return True
    return all(c.islower() for c in letters[1:])


def _words(text: str, start: int, end: int) -> list[regex.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _titled(text: str, words: list[regex.Match[str]]) -> set[int]:
    """Which of one stretch's words a careful writer would capitalise: a word that is no English
    one, either a given name of the lists or beside another word that may be a name ("oparinde"
    after "ayoka", "rauzman" after "spring"); and a name of the lists that is an English word too
    ("bryan", "hill") only beside such a word."""
    lowered = [_plain(w.group().lower()) for w in words]
    like = [_name_like(w) for w in lowered]
    foreign = [(_foreign_name(w) or _unknown(w)) and not _excluded(w) for w in lowered]
    joined = [i + 1 < len(words) and text[words[i].end() : words[i + 1].start()] == " " for i in range(len(words))]

    def beside(i: int) -> list[int]:
        """Neighbours of word `i` that may be its given name (before) or surname (after)."""
        out = []
        if i > 0 and joined[i - 1] and (
            (like[i - 1] or lowered[i - 1] in listed_given()) and not _excluded(lowered[i - 1])
            or lowered[i - 1] in _GIVEN_STOP_WORDS or _tool_given(lowered[i - 1])
        ):
            out.append(i - 1)
        if joined[i] and (
            (like[i + 1] or lowered[i + 1] in listed_family() or lowered[i + 1] in listed_given()) and not _excluded(lowered[i + 1])
            or _tool_family(lowered[i], lowered[i + 1])
        ):
            out.append(i + 1)
        return out

    titled: set[int] = set()
    for i, word in enumerate(lowered):
        if not foreign[i]:
            continue
        near = beside(i)
        # A lone surname of the lists too ("DO NOT PASS TO KÜHNEL AGAIN"): the recognizer decides by its context.
        if near or word in world_first_names() or _lone_surname(word):
            titled.add(i)
            titled.update(near)
    # "FINN DE NIJS-CARR", "dillon van der rodriguez": a particle before a surname to capitalise is
    # the name's, and so is a given name before the particle.
    for i in range(len(words) - 2, -1, -1):
        if lowered[i] in _PARTICLES and i + 1 in titled and joined[i]:
            titled.add(i)
            j = i - 1
            while j >= 0 and joined[j] and lowered[j] in _PARTICLES:
                j -= 1
            if j >= 0 and joined[j] and not _excluded(lowered[j]) and (like[j] or lowered[j] in listed_given()):
                titled.add(j)
    return titled


def _tool_given(word: str) -> bool:
    """A census given name that is a tool's name too ("spring", "ruby", "ada"): a given name
    before a surname ("SPRING RAUZMAN"), as `uncased._named` reads it."""
    return word in first_names() and word not in STOP_WORDS and word not in CALENDAR_WORDS and is_software(word)


def _tool_family(given: str, word: str) -> bool:
    """A surname of the lists that is a tool's name too ("jenkins", "hudson"), right after a given
    name of the lists that is no English word and no tool ("MICHELLE JENKINS"): the name's surname."""
    return (
        word in listed_family() and is_software(word) and word not in STOP_WORDS
        and given in world_first_names() and not _english(given) and not _excluded(given)
    )


def tool_given_name(value: str) -> bool:
    """A tool's name that is a census given name too, before surnames that are no English word and
    no tool ("SPRING RAUZMAN", "Ruby Oparinde"): a person, not a product named by its maker
    ("Spring Boot", "Spring Webflux")."""
    words = [_plain(w.lower()) for w in value.split()]
    return len(words) >= 2 and _tool_given(words[0]) and all(_unknown(w) and not is_software(w) for w in words[1:])


def _lone_surname(word: str) -> bool:
    """A surname of the lists that is no English word, long enough not to be an abbreviation."""
    return len(word) >= _LONE_SURNAME and word in world_last_names() and not _english(word)


def _foreign_text(lowered: list[str]) -> bool:
    """Words of another language, not names in English ("lorem ipsum dolor sit amet"): three
    unlisted unknown words in a row, or unlisted unknown words for half of four words or more."""
    strange = [_unknown(w) and not _foreign_name(w) and w not in world_first_names() for w in lowered]
    if len(lowered) >= 4 and 2 * sum(strange) >= len(lowered):
        return True
    return any(all(strange[i : i + 3]) for i in range(len(strange) - 2))


def _shouted_runs(text: str, start: int, end: int) -> Iterator[list[regex.Match[str]]]:
    """Runs of words in capitals inside a stretch of mixed case: "THABANI MCOYI joins us on
    Monday", "Quick note. OROZCO swapped her Friday with me". The writer's capitals are read only
    off the words around; the shouted words are as uncased as a shouted line's."""
    run: list[regex.Match[str]] = []
    for w in _words(text, start, end):
        if w.group().isupper() and sum(c.isalpha() for c in w.group()) >= 2:
            run.append(w)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


# Words that make the next one a thing: "the MARTA policy", "our OSCAR numbers", "a RACI".
_DETERMINERS = frozenset("a an the our your their its this that these those every each".split())


def _acronym(text: str, word: regex.Match[str]) -> bool:
    """A lone word in capitals in mixed case that is an acronym's: short ("our IAM roles", "a
    RACI"), or after a determiner ("the MARTA policy"); not "ISAIAH joins us on Monday"."""
    before = text[max(0, word.start() - 12) : word.start()].split()
    return len(word.group()) < _LONE_SHOUTED or bool(before) and before[-1].lower() in _DETERMINERS


def stretches(text: str) -> Iterator[tuple[int, int, frozenset[int]]]:
    """Stretches of `text` typed in one case that hold a word to capitalise: (start, end, the
    starts of the words to capitalise). In a stretch of mixed case, each run of words in capitals
    is such a stretch ("THABANI MCOYI joins us on Monday as a data analyst")."""
    for m in _STRETCH.finditer(text):
        if not _one_case(m.group()):
            for run in _shouted_runs(text, m.start(), m.end()):
                if len(run) == 1 and _acronym(text, run[0]) or _foreign_text([_plain(w.group().lower()) for w in run]):
                    continue
                titled = _titled(text, run)
                if titled:
                    yield run[0].start(), run[-1].end(), frozenset(run[i].start() for i in titled)
            continue
        words = _words(text, m.start(), m.end())
        caps = m.group().isupper()
        if not caps:  # a mixed-case stretch's first word keeps its capital: the writer's, not a name's
            words = [w for w in words if w.group().islower()]
        if _foreign_text([_plain(w.group().lower()) for w in words]):
            continue
        titled = _titled(text, words)
        if titled:
            yield m.start(), m.end(), frozenset(words[i].start() for i in titled)


def recased(text: str, spans: list[tuple[int, int, frozenset[int]]]) -> str:
    """`text` with each stretch of `spans` re-cased word by word; same length, same offsets."""
    chars = list(text)
    for start, end, titled in spans:
        for w in _WORD.finditer(text, start, end):
            word = w.group()
            new = word.lower()
            if w.start() in titled:
                new = _capitalised(new)
            if len(new) == len(word):
                chars[w.start() : w.end()] = list(new)
    return "".join(chars)


# Where a part of a name starts inside a word: after a hyphen, or after an elided particle
# ("nijs-carr" → "Nijs-Carr", "o'brien" → "O'Brien", "d'souza" → "D'Souza").
_PART_START = regex.compile(r"(?:^|(?<=-)|(?<=^\p{L}{1,2}['’]))\p{L}")


def _capitalised(word: str) -> str:
    """A lower-case word as a name is written: each part of it capitalised."""
    return _PART_START.sub(lambda m: m.group().upper(), word)


def _windows(text: str, spans: list[tuple[int, int, frozenset[int]]]) -> list[tuple[int, int]]:
    """What the recognizer reads again: up to `_CONTEXT` words either side of each capitalised
    word, within its line, overlapping windows merged. A whole line typed in one case would cost
    a second pass over all of it; a name's context is a few words."""
    out: list[tuple[int, int]] = []
    for start in sorted(s for _, _, starts in spans for s in starts):
        line_start, line_end = lines.line_start(text, start), lines.line_end(text, start)
        before = [m.start() for m in _TOKEN.finditer(text, max(line_start, start - 400), start)]
        after = [m.end() for m in _TOKEN.finditer(text, start, min(line_end, start + 400))]
        first = before[-_CONTEXT] if len(before) >= _CONTEXT else line_start
        last = after[_CONTEXT] if len(after) > _CONTEXT else line_end
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def a_recased_name(words: list[str], person: bool) -> bool:
    """Whether words capitalised by `recased` and tagged by the recognizer read as a name.

    Alone, a given name of the lists that is no English word, tagged PERSON. Two words or more:
    none English ("Ayoka Oparinde", whatever the tag); or English ones only where a frequent census
    name stands (a given name first, surnames after) beside names of the lists that are no English
    words, tagged PERSON ("Aoife Hill"; not "Jollof Rice", "Monorepos Better", "Login Fails")."""
    lowered = [_plain(w.lower()) for w in words]
    core = [w for w in lowered if w not in _PARTICLES]
    if not core or any(
        _excluded(w) and not (i == 0 and (w in _GIVEN_STOP_WORDS or len(core) > 1 and _tool_given(w)) or i == 1 == len(core) - 1 and _tool_family(core[0], w))
        or len(w) < 2
        for i, w in enumerate(core)
    ):
        return False
    if len(core) == 1:
        marked = len(core) < len(lowered) or "-" in core[0]  # "van mispelen", "de nijs-carr", "mulawa-szoka"
        return person and (_foreign_name(core[0]) and (core[0] in world_first_names() or _lone_surname(core[0])) or marked and _surname_shaped(core[0]))
    english = [_english(w) for w in core]
    if not any(english):
        return all(_unknown(w) or _foreign_name(w) for w in core)
    if not person or all(english):
        return False
    # "Will Okonkwo", "Hope Adeyemi", "Gift Nkosi", "Semen Dubenko": a given name of the lists that
    # is an English word too, before a surname no list has and no English word, tagged PERSON.
    if english[0] and not any(english[1:]) and core[0] in listed_given() and all(_unknown(w) or _foreign_name(w) for w in core[1:]):
        return True
    # "Radoslav Ene", "Kowalczyk Harmony": a name of the lists that is no English word beside given
    # names of the lists that are English words too, tagged PERSON (not "Login Fails").
    if not english[0] and _foreign_name(core[0]) and all(w in listed_given() for w, e in zip(core, english) if e):
        return True
    # "Halvard Heyerdahl", "Ximena Chavez": a given name of the lists that is no English word before
    # surnames WordNet holds only as a famous bearer's proper noun, tagged PERSON.
    if not english[0] and core[0] in world_first_names() and all(e and _proper_surname(w) for w, e in zip(core[1:], english[1:])):
        return True
    # "laurent couturier", "ayodele baker": a given name of the lists that is no English word before a
    # listed surname that is one, tagged PERSON (a trade's word after a foreign given name is her surname).
    if (
        len(core) == 2 and not english[0] and core[0] in world_first_names() and core[1] in listed_family()
        and not _known_place(core[1]) and not is_software(core[0]) and core[0] not in STOP_WORDS
        and not (core[1].endswith("s") and _english(core[1][:-1]))  # "login fails": a verb's form, no surname
    ):
        return True
    given, family = frequent_names()  # "login fails": a rare census surname that is a word is the word
    return all((w in given if i == 0 else w in family) if e else _foreign_name(w) for i, (w, e) in enumerate(zip(core, english)))


def _surname_shaped(word: str) -> bool:
    """A surname after a particle or in two hyphened parts, as no list need hold it ("van
    Mispelen", "Nijs-Carr"): every part a surname of the lists or no English word, and no English
    word as a whole ("follow-up", "e-mail" are not)."""
    parts = word.split("-")
    if _english(word) or any(len(p) < 2 for p in parts):
        return False
    return all(_unknown(p) or _foreign_name(p) or p in listed_family() for p in parts) and not all(_english(p) for p in parts)


def _proper_surname(word: str) -> bool:
    """A surname of the lists that WordNet holds only as a proper noun, a famous bearer's
    ("heyerdahl", "chavez", "kant"), not a place's ("padua", "kansas"): no word of prose."""
    return word in proper_nouns() and word in listed_family() and not _known_place(word)


def _known_place(word: str) -> bool:
    from privacy_gateway.detection.places import known_place  # imported here: keeps the import chain short

    return known_place(word)


_VOCAB: list[Any] = []  # the gateway's English vocab, when it is the stock pipeline's (`share_vocab`)


def share_vocab(vocab: Any) -> None:
    """Let `prose_recognizer` read with `vocab`, the vocab of the gateway's English pipeline loaded
    from the stock package (`model.BASE`): the same strings and lexeme tables, held once. A second
    vocab of its own was ~15 MB of every analyzer process. The first one given stays."""
    if not _VOCAB:
        _VOCAB.append(vocab)


@functools.cache
def prose_recognizer() -> Any:
    """The stock English pipeline's entity recognizer alone (its own tok2vec), trimmed as the
    gateway's: it reads names in re-cased prose better than the shipped fine-tuned weights, which
    learned that a name in lower-case or capitalised text is typed that way (measured on this
    module's tests: "my manager Priya Raghunathan keeps…" is a PERSON to it, nothing to those).
    On the gateway's vocab where `share_vocab` gave one (its tables are not read from disk again).
    None when the stock pipeline is not installed."""
    import spacy

    from privacy_gateway.detection import model
    from privacy_gateway.detection.pipeline import trim_pipeline

    unused = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    try:
        if _VOCAB:
            nlp = spacy.load(model.BASE, vocab=_VOCAB[0], exclude=[*unused, "vocab"])
        else:
            nlp = spacy.load(model.BASE, exclude=unused)
    except OSError:
        return None
    trim_pipeline(nlp)
    return nlp


def _in_words(tokens: list[tuple[int, int]], words: dict[int, int]) -> list[tuple[int, int]]:
    """The recognizer's tokens as the words of the stretches they stand in (`words`: each word's
    start and end), each once: "Nijs", "-", "Carr" are the one word "nijs-carr" the re-casing
    capitalised, whatever the tokenizer cut it into. A token outside every word stays as it is."""
    out: list[tuple[int, int]] = []
    starts = sorted(words)
    for s, e in tokens:
        at = bisect.bisect_right(starts, s) - 1
        word = (starts[at], words[starts[at]]) if at >= 0 and words[starts[at]] >= e else (s, e)
        if not out or out[-1] != word:
            out.append(word)
    return out


def _whole_run(text: str, tokens: list[tuple[int, int]], ends: dict[int, int]) -> list[tuple[int, int]]:
    """`tokens` grown over the capitalised words right beside them (`ends`: each capitalised word's
    start and end): the recognizer often tags a part of a full name it has not seen ("Thabani
    Mcoyi joins us" → "Mcoyi"), the rest of which the re-casing read as the same name's."""
    # Only over particles and words no English list has: an English word capitalised beside a name
    # is as often the sentence's ("mehmet yildirim said", "rodriguez saw"), and a contraction is a
    # verb ("smilla won't eat").
    named = {s: e for s, e in ends.items() if _growable(text[s:e])}
    starts = {e: s for s, e in named.items()}
    out = list(tokens)
    while out[0][0] - 1 in starts and text[out[0][0] - 1] == " ":
        out.insert(0, (starts[out[0][0] - 1], out[0][0] - 1))
    while out[-1][1] + 1 in named and text[out[-1][1]] == " ":
        out.append((out[-1][1] + 1, named[out[-1][1] + 1]))
    while len(out) > 1 and _plain(text[slice(*out[0])].lower()) in _PARTICLES:
        out.pop(0)
    while len(out) > 1 and _plain(text[slice(*out[-1])].lower()) in _PARTICLES:
        out.pop()
    return out


def _growable(word: str) -> bool:
    """A word a tagged name may grow over: a particle, or no English word and no contraction."""
    lowered = word.lower()
    plain = _plain(lowered)
    return plain in _PARTICLES or not _CONTRACTION.search(lowered) and not _english(plain)


def recased_names(text: str, nlp: Any = None, history: bool = False, technical: bool = False) -> Iterator[tuple[int, int]]:
    """Spans of names in one-case stretches of `text`, read by `nlp` (the stock recognizer by
    default) on a re-cased copy of the words around them. None in a question about the world's past
    (`history`: "what did napoleon bonaparte want" names no one in the prompt), nor in code, logs
    and tool output (`technical`), where words in one case are keys, values, constants and
    template fields ("ami", "FNAME"): there only on lines of plain sentences (`uncased.prose_line`:
    a stand-up note, an SMS in a prompt about an app) and only what the recognizer tags PERSON."""
    if history:
        return
    spans = list(stretches(text))
    if technical:  # in code, logs and output only a line of plain sentences ("paired w nerea llorente on …")
        spans = [span for span in spans if prose_line(text, span[0])]
    if not spans:
        return
    nlp = nlp or prose_recognizer()
    if nlp is None:
        return
    copy = recased(text, spans)
    lines = _windows(text, spans)
    offsets, at = [], 0
    for s, e in lines:
        offsets.append((at, s))
        at += e - s + 1
    doc = nlp("\n".join(copy[s:e] for s, e in lines))
    titled = {start for _, _, starts in spans for start in starts}
    words = {w.start(): w.end() for s, e, _ in spans for w in _WORD.finditer(text, s, e)}
    ends = {s: e for s, e in words.items() if s in titled}
    for ent in doc.ents:
        if ent.label_ not in _PERSON_LABELS and ent.label_ not in _OTHER_LABELS:
            continue
        base = next(o for o in reversed(offsets) if o[0] <= ent.start_char)
        tokens = _in_words([(t.idx - base[0] + base[1], t.idx - base[0] + base[1] + len(t.text)) for t in ent], words)
        # The name is the run of capitalised words in it ("Tell Rosalind" when "tell" was kept lower).
        while tokens and (tokens[0][0] not in titled or _plain(text[slice(*tokens[0])].lower()) in _PARTICLES or owned_relation(text, *tokens[0])):
            tokens.pop(0)  # "My Son Wiremu": the relation the copy capitalised is no part of the name
        while tokens and (tokens[-1][0] not in titled or _plain(text[slice(*tokens[-1])].lower()) in _PARTICLES):
            tokens.pop()
        if not tokens or any(s not in titled and _plain(text[s:e].lower()) not in _PARTICLES for s, e in tokens):
            continue
        tokens = _whole_run(text, tokens, ends)
        # In technical prose a stop word is no given name: "will kubectl apply", "may terraform";
        # a span the recognizer calls a place or a firm is one, unless a verb only people take
        # governs a full name or a given name of the lists ("can you loop in brundo quaspel on the
        # outage thread"; not a firm's "loop in abercrombie & fitch").
        if technical and (
            ent.label_ not in _PERSON_LABELS and not (
                (len(tokens) >= 2 or _plain(text[slice(*tokens[0])].lower()) in world_first_names()) and after_people_verb(text, tokens[0][0])
            )
            or text[slice(*tokens[0])].islower() and text[slice(*tokens[0])] in STOP_WORDS
        ):
            continue
        lone = text[slice(*tokens[0])] if len(tokens) == 1 else ""
        # In code and tool output a word WordNet has only as a proper noun is as often a product's
        # ("mozilla", "sentry") as a person's, and in a past question typed without capitals the
        # world's ("why did joshua march around jericho"): alone there it stays a word, as before
        # `common_form`.
        if lone and english_form(_plain(lone.lower())) and (technical or past_question_typed_lower(text)):
            continue
        person = ent.label_ in _PERSON_LABELS or ent.label_ in _LONE_NAME_LABELS and bool(lone) and not _known_place(lone) and (ent.label_ != "ORG" or lone.islower())
        # "Grzegorz Nowak States": a tagged span may run on over an English word it capitalised.
        while len(tokens) > 2 and not a_recased_name([text[s:e] for s, e in tokens], person) and _english(text[slice(*tokens[-1])].lower()):
            tokens.pop()
        # "how many ballon d'or awards has lionel messi won": a name the world knows, then an English word
        # the span ran on over; the name alone is read again by the lists of the famous.
        if len(tokens) > 2 and _english(text[slice(*tokens[-1])].lower()) and notable_person(text[tokens[0][0] : tokens[-2][1]]):
            tokens.pop()
        if a_recased_name([text[s:e] for s, e in tokens], person):
            yield tokens[0][0], tokens[-1][1]
