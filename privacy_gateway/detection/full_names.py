"""Full names in technical and work text with no cue around them: "Priya Raman wrote the cron job",
"# Dalibor Polák: temporary hack", "| billing-api | Witold Kaluga |", "Luanna Koria (SRE) or …".

In code, logs and questions about tools `names` keeps a capitalised word only with a cue, since so
many of them are tools ("ping Redis", "Ask Claude"). A full name is different: its shape and its
words say "person" wherever it stands. Two to four capitalised words (particles and initials
between them allowed), the first a listed given name and the last a listed surname that is no
English word, or a word that no list and no dictionary has ("Kniesel"), with no word a tool, an
identifier or an acronym, is someone's name in any text kind. A surname that is also an English
word ("Park", "Brown") counts when it is a frequent census surname or the recognizer tagged the
span a person. Public figures and firms named after people (`data/public_figures.txt`: "Linus
Torvalds", "Morgan Stanley") stay as written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import ascii_fold, english_form, foreign_letters, frequent_names, listed_family, listed_given, name_surnames, world_first_names, world_last_names
from privacy_gateway.detection.name_cues import FULL_NAME_PARTICLE, FULL_NAME_WORD, INITIAL
from privacy_gateway.detection.name_spans import identifier_shaped, product_shaped
from privacy_gateway.detection.notable import notable_person, public_figure
from privacy_gateway.detection.software import is_software, technology
from privacy_gateway.detection.text_kind import has_technical_word
from privacy_gateway.detection.title_case import lower_at_offsets, titled_copy

_WORD, _PARTICLE, _INITIAL = FULL_NAME_WORD, FULL_NAME_PARTICLE, INITIAL
# A run of capitalised words one space apart (columns of tool output are wider), not inside a path,
# an address, a handle or an identifier.
_RUN = regex.compile(
    rf"(?<![\p{{L}}\d_@./\\-]){_WORD}(?: (?:(?:{_INITIAL}|{_PARTICLE}) ){{0,2}}{_WORD}){{1,4}}(?![\p{{L}}\d_@/\\]|\.\p{{L}})"
)
_ITEM = regex.compile(rf"{_INITIAL}|{_WORD}|{_PARTICLE}")
_PARTICLES = frozenset(p.lower() for p in _PARTICLE[3:-1].split("|"))
_JOINERS = regex.compile(r"[-'’]")
# A particle joined to its name word: "al-Shehu", "d'Angelo", "bin-Talal" are capitalised words.
_PREFIX = regex.compile(r"^(?:al|el|ad|ud|d|l|bin|ben)[-'’](?=\p{Lu})")


def _fold(word: str) -> str:
    return ascii_fold(word.lower())


# The capitalised words just before and after a span, one space apart: "Ada " before "Lovelace";
# a particle may join them after it: " da Silva" after "Luiz Inácio Lula".
_WORDS_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}'’.-]* )+$")
_WORDS_AFTER = regex.compile(r"(?: (?:(?:da|de|do|dos|das|del|della|di|van|von|der|den|du|la|le|bin|ibn|al) )?\p{Lu}[\p{L}'’-]*)+")


# In text typed in lower case, the one word just before and after a span: "satya " before "nadella".
_WORD_BEFORE = regex.compile(r"\p{Ll}[\p{Ll}'’.-]* $")
_WORD_AFTER = regex.compile(r" \p{Ll}[\p{Ll}'’-]*")


def notable_around(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], or the run of capitalised words it is part of ("Lovelace" in "Ada
    Lovelace's father"), is a full name the world knows (`notable_person`). A span in lower case
    is read with the lower-case word beside it: "nadella" in "what did satya nadella do"."""
    value = text[start:end]
    if notable_person(value):
        return True
    if value.islower():
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        after = _WORD_AFTER.match(text, end)
        return bool(before and notable_person(text[before.start() : end]) or after and notable_person(text[start : after.end()]))
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    after = _WORDS_AFTER.match(text, end)
    run = text[before.start() if before else start : after.end() if after else end]
    if run != value and notable_person(run):
        return True
    if value.isupper():
        # In capitals the run is the whole line: the name is read with one or two words before it
        # ("RUTH" of "RUTH BADER GINSBURG'S DISSENT …").
        words_before = text[before.start() : start].split() if before else []
        return any(notable_person(" ".join([*words_before[-n:], value])) for n in (1, 2) if len(words_before) >= n)
    return False


# A capitalised word after a span, a particle allowed between: " Flaubert", " de Gustave".
_CAPITAL_AFTER = regex.compile(r" (?:\p{Ll}{1,3} )?\p{Lu}")


def whole_run(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is its whole run of capitalised words, but for function words before
    it ("Did Jeffrey Bailey win …"): not a window inside a longer name ("Madame Bovary de Gustave Flaubert")."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before:
        words = text[before.start() : start].split()
        if _OPENING.search(text, max(0, before.start() - 4), before.start()) and _opening_word(words[0]):
            words = words[1:]  # "Summarise Paloma Mennea's thesis": the sentence's verb, capitalised where it opens
        if any(w.lower() not in STOP_WORDS for w in words):
            return False
    return _CAPITAL_AFTER.match(text, end) is None


# Where a sentence opens: the text's start, a line's (after a list's mark) or after a full stop or a colon.
_OPENING = regex.compile(r"(?:^|\n[ \t]*(?:[-*•>][ \t]*)?|[.!?:;][ \t]+)$")


def _opening_word(word: str) -> bool:
    """A sentence's first word that is English and no one's name ("Summarise", "Help", "Compare"):
    capitalised only because it opens the sentence."""
    folded = ascii_fold(word.lower())
    return english_form(folded) and folded not in world_first_names() and folded not in world_last_names() and folded not in listed_family()


def _tool(word: str) -> bool:
    """A listed tool. A given name that is also one stays a name ("Julia Roberts"); so does a name
    of the lists the generated tool list has as a brand ("O'Reilly")."""
    folded = _fold(word)
    if is_software(folded):
        return folded not in world_first_names()
    return technology(folded) is False and not any(p in listed_family() or p in world_first_names() for p in _parts(word))


def _unknown(part: str) -> bool:
    """A word no dictionary and no tool list has: a name the lists missed ("Kniesel")."""
    return len(part) >= 3 and not english_form(part) and technology(part) is None and not is_software(part)


def _parts(word: str) -> list[str]:
    """The ASCII-folded parts of a hyphenated or apostrophed name word, particles dropped."""
    return [p for p in _JOINERS.split(_fold(word)) if p and p not in _PARTICLES]


def _given(word: str) -> int:
    """2: a listed given name that is no English word ("Witold", "Mei-Ling"); 1: a listed given name
    that is one too ("Mark", "Grace", "Sarah": the dictionary has proper nouns); 0: a word nobody lists and no dictionary has; -1: other."""
    parts = _parts(word)
    if not parts:
        return -1
    if all(p in world_first_names() for p in parts):
        return 2 if len(parts) > 1 or not english_form(parts[0], names=True) or foreign_letters(word) else 1
    return 0 if all(_unknown(p) for p in parts) else -1


def _surname(word: str) -> int:
    """2: a listed surname that is no English word, or an unknown word ("Kniesel"); 1: a listed
    surname that is an English word or a place's name too ("Park", "Orleans"); -1: other."""
    best = -1
    for part in _parts(word):
        # A word spelt with letters English has none of is no English word: "Møller" is not "moller".
        if part in name_surnames() and not english_form(part, names=True) or _unknown(part) or foreign_letters(word) and len(part) >= 2:
            return 2
        if part in listed_family():
            best = 1
    return best


def _middle(word: str) -> bool:
    folded = _fold(word)
    return folded in world_first_names() or folded in listed_family() or _unknown(folded)


def _reads_as_name(first: str, last: str, tagged: bool) -> bool:
    """Whether a first and a last word make a full name: a given name that is no English word before
    any surname, an English-word given name before a surname that is none ("Hope Kniesel") or a
    frequent census one ("Mark Taylor") — "Kalman Filter" is no one's; surname first ("Zhang Wei"); with the recognizer's
    agreement (`tagged`), any given-or-unknown word before any listed surname ("Fenne van Orleans"),
    and a given name that is no English word before any capitalised word ("Witold Kaluga")."""
    given, surname = _given(first), _surname(last)
    # A double-barrelled surname of frequent ones is as much a surname ("Anna Smith-Jones").
    if given >= 1 and (surname == 2 or _fold(last) in frequent_names()[1] or surname == 1 and "-" in last and all(p in frequent_names()[1] for p in _parts(last))):
        return True
    if _surname(first) == 2 and _given(last) >= 1:
        return True  # family name first, as written in East Asia and Hungary
    return tagged and (given == 2 and surname >= 1 or given == 0 and surname == 2)


def listed_full_name(words: list[str], tagged: bool = False) -> bool:
    """Whether `words` (particles and initials allowed between) are a person's full name by the
    lists; `tagged`: the recognizer called them a person."""
    core = [w for w in words if not w.endswith(".") and w.lower() not in _PARTICLES]
    if len(core) < 2 or len(core) > 4 or words[0] not in core[:1] or words[-1] != core[-1]:
        return False
    if not all(_PREFIX.sub("", w)[:1].isupper() for w in core):
        return False  # Title case only: names in one case are `uncased`'s ("sudo -u spillai crontab")
    # The set lookups first: most runs of capitalised words are no name, and the word checks cost more.
    if not _reads_as_name(core[0], core[-1], tagged) or not all(_middle(w) for w in core[1:-1]):
        return False
    if any(w.isupper() or identifier_shaped(w) or product_shaped(w) or has_technical_word(w) for w in core):
        return False
    # A surname that is also a tool's name ("Derek Haskell", "Ines Jenkins") after a given name that
    # is no English word, the recognizer agreeing, is still a surname.
    kept = core[:-1] if tagged and _given(core[0]) == 2 and _fold(core[-1]) in listed_family() else core
    if any(_tool(w) for w in kept):
        return False
    return not is_software(" ".join(words)) and not public_figure(" ".join(words))


_MARKS = regex.compile(r"\p{M}*")


def whole_full_names(text: str) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words that are, whole, a full name by the lists: in prose a word before a
    name's window ("Signal Iduna Park", "My Bosch Serie") makes the run a thing's or a place's name."""
    for run in _RUN.finditer(text):
        words = [m.group() for m in _ITEM.finditer(run.group())]
        if listed_full_name(words):
            # A last letter's combining marks are the name's too ("Adébáyọ̀"): the run's letters stop before them.
            yield run.start(), run.end() + len(_MARKS.match(text, run.end()).group())


def foreign_full_names(text: str, own: Callable[[str], bool], copied: bool = False) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words that are a full name by the lists in text of another language,
    where the English model tags few names. Words of that language (`own`) opening the run are no
    part of it ("Somos Pilar Fuentes y …", "Grüße Jana Novák"), and a given name that is no English
    word counts before any listed surname, as the model's tag would make it ("Gianluca Marino e
    Federica Bellini": Marino and Bellini are an English word's and a cocktail's too). On a
    `copied` text (`lower_case_copy`), where the lists alone made the capitals, only a full name by
    the lists counts, its given name of four letters or more and no word under three: the name
    lists hold a language's short everyday words too ("mas", "lang", "yun" in Tagalog)."""
    for run in _RUN.finditer(text):
        items = list(_ITEM.finditer(run.group()))
        before = _ARTICLE_BEFORE.search(text, max(0, run.start() - 12), run.start())
        if before is not None and before.group(1).lower() in _ARTICLES:
            continue  # "El Rey León", "het Antoni van Leeuwenhoek": an article names a thing, a work or a place
        while len(items) > 2 and (own(items[0].group()) or _opens_with_acronym(items)) and items[0].group().lower() not in _ARTICLES:
            items = items[1:]
        if items[0].group().lower() in _ARTICLES:
            continue
        words = [m.group() for m in items]
        # "Pilar Fuentes y Rodrigo Villaseñor": two people joined by "and", a particle of names too
        # ("Ortega y Gasset"), each a full name alone. The run stops at five words: the second name
        # is read again from its start ("Juliana Ospina Duque y Ignacio Saavedra").
        cut = next((i for i, word in enumerate(words) if 0 < i < len(words) - 1 and word in AND_WORDS), None)
        if cut is not None and _foreign_full_name(words[:cut], copied):
            second = _RUN.match(text, run.start() + items[cut + 1].start())
            second_items = list(_ITEM.finditer(second.group())) if second is not None else []
            if second_items and _foreign_full_name([m.group() for m in second_items], copied):
                yield _span(text, run.start(), items[:cut])
                yield _span(text, run.start() + items[cut + 1].start(), second_items)
            else:
                # "Maria da Silva e Souza": one name, "e" its particle, or the first name alone.
                yield _span(text, run.start(), items if _foreign_full_name(words, copied) else items[:cut])
        elif _foreign_full_name(words, copied):
            yield _span(text, run.start(), items)
        elif (tail := _name_tail(items)) and _foreign_full_name([m.group() for m in tail], copied):
            # "Lebensläufe von Heike Sommerfeld", "Trainerin Lena Schuster": a capitalised noun, and a
            # particle that is the language's "of" or "from", before a full name; the name is what follows.
            yield _span(text, run.start(), tail)


# The commonest Vietnamese family names, spelt with their tones (general knowledge, as Wikipedia's
# "Vietnamese name" lists them): with the tones, none is a word opening a capitalised phrase.
VIETNAMESE_FAMILY = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trịnh Lương Lâm Mai Tô Trương Hà Cao Tạ Vương Châu".split()
)
_VIETNAMESE_NAME = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(sorted(VIETNAMESE_FAMILY))})(?:[ \t]+\p{{Lu}}[\p{{Ll}}\p{{M}}]*){{1,3}}(?![\p{{L}}\p{{M}}])"
)
# A house number or a place's word before: "12 Lê Lợi", "đường Trần Hưng Đạo", "TP. Hồ Chí Minh",
# "vịnh Hạ Long", "sân bay Nội Bài", "chợ Bến Thành".
VIETNAMESE_PLACE_BEFORE = regex.compile(
    r"(?:\d[\d/]*\p{L}?|(?<![\p{L}\p{M}])(?i:đường|phố|tp\.|thành[ \t]+phố|tỉnh|quận|huyện|phường|xã|hẻm|ngõ|vịnh|hồ|núi|sông|"
    r"đảo|chợ|chùa|đền|sân[ \t]+bay|cầu|bến|bãi|biển|thác|động|hang|vườn|công[ \t]+viên|bảo[ \t]+tàng|trường|bệnh[ \t]+viện))[ \t]*$"
)


def vietnamese_names(text: str) -> Iterator[tuple[int, int]]:
    """Runs of two to four capitalised syllables opened by a Vietnamese family name, in Vietnamese
    text, where the lists know few given names and the syllables are words too ("Lê Văn Phúc"); a
    street or a city is named after people, so a number or a place's word before says it is one."""
    for m in _VIETNAMESE_NAME.finditer(text):
        if VIETNAMESE_PLACE_BEFORE.search(text, max(0, m.start() - 16), m.start()) is None:
            yield m.start(), m.end()


# Greek surnames by their endings, in both genders and the genitive a woman's takes ("Παπαδόπουλος",
# "Παπαδοπούλου", "Νικολαΐδης", "Αλεξάκη", "Γεωργίου", "Μαυρίδης", "Σταματέλος"); and a Greek given name
# or surname of the lists (`lexicon`, mimesis's Greek locale).
_GREEK_WORD = r"\p{Greek}*\p{Lu}[\p{Greek}\p{M}]+"
_GREEK_SURNAME_END = regex.compile(
    r"(?:όπουλος|οπούλου|όπουλου|ίδης|ιδης|ίδου|άδης|άδου|ιάδης|ιάδου|άκης|άκη|ούδης|ούδη|άτος|άτου|έας|έα|ίου|όγλου|ογλου|έλος|έλου|έλλης|ίτης|ώτης|ιώτης|ιώτη|άρης|ίνος|ίνου|άς|ής)$"
)
# The endings only surnames take (not a town's "-ίου", an adjective's "-άς" or "-ής"): after any capitalised word.
_GREEK_SURNAME_ONLY = regex.compile(r"(?:όπουλος|οπούλου|ίδης|ίδου|ιάδης|ιάδου|άκης|ούδης|όγλου)$")
_GREEK_PAIR = regex.compile(rf"(?<![\p{{L}}\p{{M}}])({_GREEK_WORD})[ \t]+({_GREEK_WORD})(?![\p{{L}}\p{{M}}])")


def greek_surname(word: str) -> bool:
    """Whether `word` ends as only Greek surnames do ("Κωνσταντινίδης", "Παπαδοπούλου")."""
    return _GREEK_SURNAME_ONLY.search(word.lower()) is not None


def greek_names(text: str) -> Iterator[tuple[int, int]]:
    """Pairs of capitalised Greek words in Greek text that read as a given name and a surname: a
    listed given name then a surname by the lists or by its ending ("ο ηλεκτρολόγος Γιώργος
    Παπαδόπουλος έκανε …"), or any capitalised word before an ending only surnames take ("ο
    υδραυλικός Σταύρος Κωνσταντινίδης"), where Greek capitalises no common noun inside a sentence."""
    for m in _GREEK_PAIR.finditer(text, overlapped=True):
        given, family = m.group(1).lower(), m.group(2).lower()
        if _GREEK_SURNAME_ONLY.search(family) or given in listed_given() and (family in listed_family() or _GREEK_SURNAME_END.search(family)):
            yield m.start(), m.end()


def _opens_with_acronym(items: list[regex.Match[str]]) -> bool:
    """A short form in capitals opening a run of title-case words, a label's ("KH Lê Văn Phúc": khách
    hàng, the customer; "SĐT"), no part of the name; a name in capitals runs on in capitals."""
    first, second = items[0].group(), items[1].group()
    return 2 <= len(first) <= 4 and first.isupper() and not second.isupper()


# "And" and "with" in the languages `foreign` tells, which the name lists may hold ("Og", "Ve", "Och"):
# in a copy they stay small, so two people joined by them are two runs ("… szczęsny og sindre haugland").
_JOINING = frozenset("og och und en et ve és si şi ja dan ir un oraz med mit con com avec met".split())
# A line typed in lower case: letters, none of them a capital.
_LOWER_LINE = regex.compile(r"^(?=[^\n]*\p{Ll})[^\p{Lu}\n]*$", regex.M)


def lower_case_copy(text: str, own: Callable[[str], bool]) -> str | None:
    """`text` with the words of its lines typed in lower case that a name list holds and that are
    no word of the text's language (`own`) capitalised, every other word in lower case, at the same
    offsets; None when no line is typed so. A text in another language typed in lower case ("la
    fuente es rodrigo téllez anaya", "buscar raimunda nonata da silva costa") is then read by
    `foreign_full_names` as one typed with capitals: a name's words are those the lists hold."""
    lines = [m.span() for m in _LOWER_LINE.finditer(text)]
    if not lines:
        return None

    def capitalise(word: str) -> bool:
        plain = _fold(word)
        return (
            len(word) >= 2 and word not in _PARTICLES and word not in STOP_WORDS and word not in _JOINING and not own(word)
            and (plain in world_first_names() or plain in name_surnames() or plain in listed_family())
        )

    lowered, pieces, at = lower_at_offsets(text), [], 0
    for start, end in lines:
        pieces += [lowered[at:start], titled_copy(text[start:end], capitalise)]
        at = end
    return "".join([*pieces, lowered[at:]])


def _span(text: str, offset: int, items: list[regex.Match[str]]) -> tuple[int, int]:
    """The span of `items`, matched at `offset`, with the last letter's combining marks."""
    end = offset + items[-1].end()
    return offset + items[0].start(), end + len(_MARKS.match(text, end).group())


# "And" in the languages whose names take it as a particle too.
AND_WORDS = frozenset("y e i".split())
# The articles of the languages `foreign` tells, before a thing's or a work's name and no one's. Not
# those that speech and notes put before a person's name too: Portuguese "o João", "a Maria";
# "la Pilar", "der Peter", "die Anna" as Catalonia, northern Italy and southern Germany talk.
_ARTICLES = frozenset("el los las le les il lo gli das dem den het een un una une ein eine".split())
_ARTICLE_BEFORE = regex.compile(r"(\p{L}+)[ \t]+$")
_SUFFIXED = regex.compile(r"\p{L}['’]\p{Ll}")


def _name_tail(items: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The items from the first listed given name inside a run that no given name stands before,
    where at least two words are left: the words before it are a noun or a particle of the language
    ("Lebensläufe von", "Trainerin"), not the name's."""
    for i in range(1, len(items) - 1):
        if _given(items[i].group()) > 0 and (items[i - 1].group().lower() in _PARTICLES or _given(items[i - 1].group()) <= 0):
            return items[i:]
    return []


def _foreign_full_name(words: list[str], copied: bool = False) -> bool:
    """A full name by the lists, or a given name that is no English word before a listed surname
    ("Gianluca Marino"), where no word but the last takes a suffix after an apostrophe ("Agatha
    Christie'nin Pera Palace'ta": a Turkish case ends the name before the run does). On a copy, a
    full name by the lists alone, of words long enough (`foreign_full_names`)."""
    if copied:
        core = [w for w in words if w.lower() not in _PARTICLES]
        return bool(core) and len(core[0]) >= 4 and all(len(w) >= 3 for w in core) and listed_full_name(words)
    return listed_full_name(words) or bool(words) and _given(words[0]) == 2 and not any(_SUFFIXED.search(w) for w in words[:-1]) and listed_full_name(words, tagged=True)


def full_names(text: str) -> Iterator[tuple[int, int]]:
    """Spans of full names by the lists in `text`: in each run of capitalised words, the longest
    window of two or more words that reads as one (a heading word before it is no part of it)."""
    for run in _RUN.finditer(text):
        items = [(m.start() + run.start(), m.end() + run.start(), m.group()) for m in _ITEM.finditer(run.group())]
        found = _best_window(items)
        if found is not None:
            yield found


def _best_window(items: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    for size in range(min(len(items), 6), 1, -1):
        for i in range(len(items) - size + 1):
            window = items[i : i + size]
            if listed_full_name([w for _, _, w in window]):
                return window[0][0], window[-1][1]
    return None


# An auxiliary opening a question's inversion right before a run: "When did ", "Has ", "Which hymns did ".
_INVERTED_BEFORE = regex.compile(r"(?i:\b(?:did|does|do|has|have|had|is|was|were)) $")
# The same auxiliary opening a sentence, where the run of capitals takes it in: "Did Sathvik Bhavsar …".
_AUXILIARY_OPENING = regex.compile(r"(?:Did|Does|Do|Has|Have|Had|Is|Was|Were) (?=\p{Lu})")
# A lower-case word after the run, the verb or the "not"/"still"/"to" its auxiliary awaits: " hand", " not".
_LOWER_AFTER = regex.compile(r" \p{Ll}")


def asked_full_names(text: str) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words between a question's auxiliary and a lower-case word that read as a
    full name the way a run the recognizer tagged does (`listed_full_name(tagged=True)`): "When did
    Tudosia Mocanu hand in the keys …?", "Has Torhan Akça paid the subs …?". The subject of "did …
    <verb>" is a person, a place or a thing; a given name no list has before a listed surname that is
    no English word is a person's, as is a listed given name before a listed surname. One word of the
    two must be a list's or spelt in letters English lacks (`_listed_part`), or the verb after it act
    on a thing (`_ACTS_ON`): two words no list holds are as often a sight ("When did Machu Picchu get
    rediscovered?")."""
    for run in _RUN.finditer(text):
        start = run.start()
        if (opening := _AUXILIARY_OPENING.match(run.group())) is not None:
            start += opening.end()  # "Did Sathvik Bhavsar cite …?": the auxiliary opening the question ran into the run
        elif _INVERTED_BEFORE.search(text, max(0, start - 6), start) is None:
            continue
        if _LOWER_AFTER.match(text, run.end()) is None:
            continue
        words = [m.group() for m in _ITEM.finditer(text[start : run.end()])]
        acts = _ACTS_ON.match(text, run.end()) is not None
        if listed_full_name(words, tagged=True) and (any(_listed_part(w) for w in words) or acts) or acts and _unlisted_pair(words):
            yield start, run.end() + len(_MARKS.match(text, run.end()).group())


def _unlisted_pair(words: list[str]) -> bool:
    """Two words no list and no dictionary holds, acting on a thing after a question's auxiliary
    ("Did Sathvik Bhavsar cite the right sources …?"): a person the lists miss (a sight becomes or
    gets, `_ACTS_ON`); not a tool or an English word."""
    return len(words) == 2 and all(
        len(w) >= 3 and w[0].isupper() and not english_form(ascii_fold(w.lower())) and not is_software(w.lower()) for w in words
    )


# A verb acting on a thing right after the run, a particle allowed between ("hand in the keys",
# "pick the hymns", "drew up a rota"): what a person does; a sight becomes, gets, falls or declines.
_ACTS_ON = regex.compile(
    r" (?!(?:become|get|remain|stay|turn|seem|look|grow|go|come|fall|lose|gain|have|be)\b)\p{Ll}{2,} (?:(?:in|up|out|off|back|over|down) )?"
    r"(?:the|a|an|his|her|their|its|any|all|two|three|some) "
)


def _listed_part(word: str) -> bool:
    """A word a name list holds or one spelt with letters English has none of ("Akça"): two words no
    list and no dictionary holds are as often a sight's name ("Machu Picchu", "Chichen Itza")."""
    return foreign_letters(word) or any(p in world_first_names() or p in world_last_names() or p in listed_family() for p in _parts(word))
