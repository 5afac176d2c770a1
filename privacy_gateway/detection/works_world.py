"""Names a question about the world's works reads as the works': a character named with the work
it is in, a saying's first word, a classical or medieval author known by one name.

- A character with the work: "How does Walter White change over the course of Breaking Bad?",
  "Why is Elizabeth so hard to like at the start of Pride and Prejudice?", "Is Tony Soprano the
  real protagonist of The Sopranos?". The sentence places the name in a titled work ("the end of
  <Title>", "the villain of <Title>", "in <Title>", "the Harry Potter series") and reads the
  character (hero, villain, narrator, changes, wants, is hard to like). Masking it leaves the cloud
  a question about nobody in a known book.
- A saying's first word: '"Chance favours the prepared mind" — who said it?', "'Hope is the thing
  with feathers' — explain the metaphor". A quotation opens with a capital whatever its first word
  is, so an English word there ("Hope", "Grace", "Will") is the sentence's, not someone's, when the
  text asks about the saying (who said it, what it means, a proverb, a line, a quote). Not a name
  addressed or followed by a comma ('"Grace, can you send …"').
- A quoted title of a work watched, read or heard ('Is "Will and Grace" still worth watching?'):
  its words are the title's, whatever names they hold.
- A classical or medieval author known by one name ("Virgil", "Terence", "Rumi", "Boethius"), from
  a list written by hand, where the text reads literature or ideas (a poem, an epic, a saying,
  what they thought, Latin or Greek), or weighs two such authors ("Did Ovid or Dante write more
  about friendship?"). Many of these are given names too (Homer, Terence, Virgil, Dante): a lone
  word with no such frame stays someone's ("Did Terence finish the report?").

`names` reads these only in text with no contact details, no code, that deals with no one, and never
where a relation, a team or an address ties the name to the writer ("my pupil …", "… from our
book club").
"""

from __future__ import annotations

from typing import Callable

import regex

from privacy_gateway.detection.lexicon import ascii_fold, english_form, listed_given
from privacy_gateway.detection.name_cues import CALENDAR_WORDS
from privacy_gateway.detection.notable import without_possessive

# A work's title: capitalised words, with the small words titles carry between them ("Pride and
# Prejudice", "The Catcher in the Rye", "Things Fall Apart"); not a year's or a class's number.
_TITLE = r"(?>(?:[Tt]he[ \t])?\p{Lu}[\p{L}'’-]*+(?:[ \t](?:(?:and|of|in|the|a|an|to|with|on|for)[ \t])*\p{Lu}[\p{L}'’-]*+)*+)(?![ \t]*\d)"
# Where a character stands in the work: "the start of …", "the villain of …", "In …," opening the
# question, "the Harry Potter series". Not an owner's ("the end of Maria's party"), nor a month or a
# place ("by the end of March", "the start of Berlin's marathon" are anyone's).
_PLACE_IN_WORK = regex.compile(
    r"\b(?i:start|end|beginning|course|rest|ending|climax|opening|close|middle|finale|hero|heroine|villain|protagonist|antagonist|narrator)"
    rf"[ \t]+of[ \t]+(?P<title>{_TITLE})(?<!['’]s)(?<!['’])"
    rf"|\b[Ii]n[ \t]+(?P<title>{_TITLE})[ \t]*,"
    r"|\b[Tt]he[ \t]+(?P<title>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)*)[ \t]+(?i:series|books|novels|saga|trilogy|films|movies|novel|film|play|show|musical)\b"
)
# Words that read a character: "a hero or a villain", "change over the course of", "what does … want".
_READ_AS_CHARACTER = regex.compile(
    r"\b(?i:hero|heroine|villain|protagonist|antagonist|narrator|character|arc|motives?|motivation|likeable|unlikeable|"
    r"sympathetic|changes?|develops?|wants?|symboli[sz]es?|represents?|foil|tragic|flaw|personality|end|start|beginning)\b"
)
_SENTENCE_END = regex.compile(r"[.?!\n](?:\s|$)")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence that holds text[start:end]."""
    first = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        first = m.end()
    after = _SENTENCE_END.search(text, end)
    return first, after.end() if after else len(text)


def _a_title(title: str, is_place: Callable[[str], bool]) -> bool:
    """Whether a run of capitalised words can be a work's title: no month, feast or listed place."""
    words = title.split()
    return not (len(words) == 1 and (title.lower() in CALENDAR_WORDS or is_place(title)))


def character_in_work(text: str, start: int, end: int, is_place: Callable[[str], bool]) -> bool:
    """Whether the name at text[start:end] is read as a character of a work its sentence names
    (`is_place`: the place lists' test, passed in so that this module stays below `places`)."""
    first, last = _sentence(text, start, end)
    sentence = text[first:last]
    if _READ_AS_CHARACTER.search(sentence) is None:
        return False
    return any(_a_title(m.group("title"), is_place) for m in _PLACE_IN_WORK.finditer(sentence))


# A quotation opening: a quote mark at the start of the text or after a space or a bracket.
_OPENING_QUOTE = regex.compile(r"(?:^|(?<=[\s(\[:—–-]))[\"'“‘«]$")
# The saying goes on in lower case: '"Chance favours …"', not '"Grace, can you …"' nor '"Grace Hall …"'.
_SAYING_GOES_ON = regex.compile(r"[ \t]+\p{Ll}")
# A saying put to its author: "— was that Hemingway?", "is it Virgil or Terence?".
_ATTRIBUTED = r"\b(?i:is|was)[ \t]+(?i:that|it|this)[ \t]+\p{Lu}"
# The text asks about a saying.
_ABOUT_A_SAYING = regex.compile(
    r"\b(?i:saying|sayings|quote|quoted|quotation|proverb|proverbial|line|motto|phrase|maxim|aphorism|adage|idiom|metaphor|"
    r"expression|means?|meaning|coined|attributed|poem|verse|lyric|who said|said it|say it|say that|said that)\b"
    rf"|{_ATTRIBUTED}"
)


def saying_opener(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one English word, opens a quoted saying the text asks about."""
    value = text[start:end]
    if " " in value or not english_form(value.lower()):
        return False
    if _OPENING_QUOTE.search(text, max(0, start - 2), start) is None or _SAYING_GOES_ON.match(text, end) is None:
        return False
    return _ABOUT_A_SAYING.search(text) is not None


# A quoted title: capitalised words joined by the small words titles carry, between quote marks ('"Will
# and Grace"', "'Hope and Glory'"), in text that speaks of watching, reading or hearing a work. A
# quoted full name has no such word ('"Grace Hall" lent me the book') and is left to the other rules.
_QUOTED_TITLE = regex.compile(
    r"(?:[\"“‘«]|(?<!\p{L})')(?P<title>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)*(?:[ \t](?:and|of|in|the|a|an|to|with|on|for|&))+"
    r"(?:[ \t](?:(?:and|of|in|the|a|an|to|with|on|for|&)[ \t])*\p{Lu}[\p{L}'’-]*)+)(?:[\"”’»]|'(?!\p{L}))"
)
_A_WORK_ENJOYED = regex.compile(
    r"\b(?i:watch|watching|watched|binge|rewatch|series|show|sitcom|episodes?|seasons?|film|movie|book|novel|album|song|"
    r"read|reading|listen|listening|play|musical)\b"
)


# People after the quote: '"Olivia and Sofia" are coming to watch the film'.
_PEOPLE_AFTER = regex.compile(r"[ \t]+(?i:are|were|have|had|will|can|could|said|say|says)\b")


def _titled_words(title: str) -> bool:
    """Whether a quoted run reads as a title rather than people: a capitalised word that is no
    given name ("Sense and Sensibility"), or every one an English word ("Will and Grace", "Hope and
    Glory"); "Olivia and Sofia" are two people."""
    capitals = [ascii_fold(w.lower()) for w in title.split() if w[:1].isupper()]
    return any(w not in listed_given() for w in capitals) or all(english_form(w) for w in capitals)


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a quoted title of a work the text watches, reads or hears."""
    if _A_WORK_ENJOYED.search(text) is None:
        return False
    return any(
        m.start("title") <= start and end <= m.end("title") and _titled_words(m.group("title")) and _PEOPLE_AFTER.match(text, m.end()) is None
        for m in _QUOTED_TITLE.finditer(text)
    )


# Classical, late-antique and medieval authors and thinkers known by one name, written by hand.
_ONE_NAME_AUTHORS = frozenset(
    """
    homer hesiod sappho pindar aesop aeschylus sophocles euripides aristophanes menander herodotus thucydides xenophon
    plato aristotle socrates epicurus epictetus diogenes heraclitus parmenides pythagoras democritus zeno plutarch
    lucian polybius strabo ptolemy euclid archimedes hippocrates galen longinus theocritus callimachus
    virgil vergil ovid horace catullus lucretius terence plautus cicero seneca juvenal martial tacitus livy sallust
    suetonius propertius tibullus lucan statius quintilian apuleius petronius boethius augustine ambrose jerome
    dante petrarch boccaccio chaucer froissart aquinas abelard heloise erasmus rabelais montaigne machiavelli
    rumi hafez hafiz saadi sadi attar ferdowsi firdausi khayyam nizami avicenna averroes maimonides confucius mencius
    laozi zhuangzi sunzi kabir tulsidas kalidasa valmiki basho
    """.split()
)
# An author's slot: a body of work after the possessive ("Terence's comedies", "Seneca's letters on
# ethics"), or a work by them ("the Aeneid by Virgil", "poems by Sappho"). A lone given name in text
# that merely talks of poetry or Latin is as often a friend's ("Homer loves poetry", "Did Virgil
# finish the ancient history chapter?") and stays someone's.
_AUTHORS_WORK_AFTER = regex.compile(
    r"['’]s?[ \t]+(?:(?i:best-known|famous|early|late|collected|major|surviving|lost)[ \t]+)?"
    r"(?i:poems|poetry|epics?|odes|satires|comedies|tragedies|dialogues|philosophy|ethics|verse|verses|treatises?|epigrams|"
    r"eclogues|elegies|fables|histories|letters on)\b"
)
_WORK_BY_BEFORE = regex.compile(
    r"\b(?i:poems?|poetry|epics?|odes?|satires?|comed(?:y|ies)|traged(?:y|ies)|dialogues?|treatises?|epigrams?|fables?|verses?)"
    r"[ \t]+(?i:by)[ \t]+$"
)
# A saying put to a name: "— is that Virgil or Terence?", "was it Seneca?".
_PUT_TO_BEFORE = regex.compile(r"\b(?i:is|was)[ \t]+(?i:that|it|this)[ \t]+(?:\p{Lu}[\p{L}'’]+[ \t]+(?i:or|and)[ \t]+)?$")


def one_name_author(value: str) -> bool:
    """Whether `value` is a classical or medieval author known by one name (possessive allowed)."""
    word = without_possessive(value)
    return " " not in word and ascii_fold(word.lower()) in _ONE_NAME_AUTHORS


# A quoted saying of three words or more: "'Fortune favours the bold'".
_QUOTED_SAYING = regex.compile(r"[\"'“‘«]\p{Lu}\p{Ll}*(?:[ \t][\p{L}'’,-]+){2,}[\"'”’»]")


def classical_author(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a one-name classical author standing in an author's slot: a body
    of work after it, a work by it, or a quoted saying put to it."""
    if not one_name_author(text[start:end]):
        return False
    if _AUTHORS_WORK_AFTER.match(text, end) is not None or _WORK_BY_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    return _QUOTED_SAYING.search(text) is not None and _PUT_TO_BEFORE.search(text, max(0, start - 40), start) is not None
