"""Names typed in one case ("cc dorian marin", "HI ARTHUR, YOUR DRIVER IS OUTSIDE"): no capital
to go by, so name lists say which words are names: the `names` package's 1990 US census lists
and the shipped world lists (`lexicon.world_first_names`), which add non-English words only.

- After a word that addresses someone ("hi", "cc", "ask", "with", "from"), one word is a name
  when it is a census first name that is no English word ("paulina"), or, after a greeting or an
  addressing verb, any census first name ("thanks will", "cc mark") or a long unknown word.
- Anywhere in chat, two or three words in the same case are a name when the first is a census
  first name and the rest census surnames or unknown words, and the pair is not two English
  words (unless both are among the most frequent names: "leonard taylor"); or when neither is
  an English word and one is a census name ("benoît rodriguez"). "dorian marin", "BOBBY NISSEN"
  are people; "bill payment", "grant access", "will kubectl" are not.
"""

from __future__ import annotations

from typing import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.alternation import Tailed
from privacy_gateway.detection.lexicon import ascii_fold, common_form, common_word, english_form as _english_form, english_verbs, english_word, proper_nouns, first_names as census_first_names, frequent_names, irregular_forms
from privacy_gateway.detection.lexicon import Names, listed_family, listed_given, name_surnames, world_first_names as first_names, world_last_names as last_names
from privacy_gateway.detection.memo import per_analysis
from privacy_gateway.detection.name_cues import COMMENT, COURTESIES, NOT_SPEAKERS, OWN_ROLES, RELATIONS, SERVICE_ACCOUNTS, CALENDAR_WORDS, PARTICLES_CORE, UNCASED_PARTICLES, _UNCASED_CUE_ONE
from privacy_gateway.detection.software import is_software, technology

# Cues that speak to or of one person: after them a lone given name is someone's, English or not.
_PARTICLES = UNCASED_PARTICLES
ADDRESSING = frozenset(
    "hi hey hello dear cc bcc ask asked asks asking tell told ping pinged thanks thank remind reminded dm dm'd dm’d dmed "
    "messaged texted emailed".split()
)
_OWNERS = frozenset("my our your his her their".split())
_OBJECT = regex.compile(r"[ \t]+(?i:a|an|the|to|up|on|in|out|at|over|into|off|my|his|her|their|our|your|it|them|him|me|us|this|that|some)(?![\p{L}\d_'’])")
_WORD = regex.compile(r"(?<![\p{L}\d_.@/\\\-])\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?(?![\p{L}\d_@/\\(]|\.\w)")


def english_form(word: str) -> bool:
    """An English word form, irregular ones too ("came", "wrote"): a name ends before them."""
    return _english_form(word) or word in irregular_forms()


def _common(word: str) -> bool:
    """An English word form that is not only a given name (`lexicon.common_form`), irregular ones too."""
    return common_form(word) or word in irregular_forms()


# An English contraction ("doesn't", "we'll", "they're", "it's"): a verb, never a name ("o'brien" is one).
_CONTRACTION = regex.compile(r"(?:n['’]t|['’](?:ll|re|ve|m|d))$")
_APOSTROPHE = regex.compile(r"['’]")
_NON_SPACE = regex.compile(r"\S+")
_LETTERS = regex.compile(r"\p{L}+")


def _a_word(word: str) -> bool:
    """Two letters or more, and no stop word, contraction, month or weekday."""
    return (
        len(word) >= 2 and word not in STOP_WORDS and word not in CALENDAR_WORDS
        and not _CONTRACTION.search(word) and _APOSTROPHE.split(word)[0] not in STOP_WORDS
    )


def _usable(word: str) -> bool:
    """A word that may be part of a name: no stop word, month, weekday or tool, two letters or more."""
    return _a_word(word) and not is_software(word)


def _one_case(words: list[str]) -> bool:
    return all(w.islower() for w in words) or all(w.isupper() for w in words)


def single_names(text: str) -> Iterator[tuple[int, int]]:
    """A lone name typed in one case after a word addressing someone: "ask PAULINA for…"."""
    for m in _UNCASED_CUE_ONE.finditer(text, overlapped=True):
        word = m.group(1)
        if not _one_case([word]) or len(word) < 3:
            continue
        lowered = word.lower()
        if not _usable(lowered):
            continue
        cue = text[m.start() : m.start(1)].strip(" \t:,").lower().split()
        # "my partner morgan", "our neighbour carmen": a relation names whom it is as a greeting does.
        addressing = bool(cue) and cue[-1] in ADDRESSING
        if len(cue) >= 2 and cue[-2] in _OWNERS:
            # A given name that is a word too is the word when an object follows: "my brother drew a map".
            addressing = not _common(lowered) or _OBJECT.match(text, m.end(1)) is None
        given = lowered in first_names()
        if given and (addressing or not _common(lowered)) or addressing and len(lowered) >= 4 and not english_form(lowered) and lowered not in last_names():
            yield m.start(1), m.start(1) + len(word)


_RELATION = regex.compile(rf"(?:{RELATIONS})")
_OWNER_BEFORE = regex.compile(r"(?<![\p{L}'’])(?i:my|our|your|his|her|their)[ \t]+$")


def owned_relation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a relation after the writer's or someone's possessive: "son" in
    "my son wiremu", which a reader would otherwise take for the given name "Son"."""
    return bool(_RELATION.fullmatch(text[start:end].lower())) and _OWNER_BEFORE.search(text, max(0, start - 8), start) is not None


def adjacent_names(text: str) -> Iterator[tuple[int, int]]:
    """A census first name and one or two surnames or unknown words after it, in one case."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words) - 1:
        if owned_relation(text, *words[i].span()):
            i += 1  # "my son wiremu": a relation owned so is no given name ("Son" is one); the name is `single_names`'
            continue
        run = _run(text, words, i)
        surnames = [w.group().lower() for w in run[1:] if w.group().lower() not in _PARTICLES]
        if surnames and _one_case([w.group() for w in run]) and a_name(run[0].group().lower(), surnames[0]):
            yield run[0].start(), run[-1].end()
            i += len(run)
            listed = _listed_after(text, run[-1])
            if listed is not None:
                yield listed  # "cc dorian marin and kavya": a given name listed with a name
            continue
        i += 1


_LISTED = regex.compile(r"(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|,[ \t]+and[ \t]+)(\p{L}[\p{L}'’]+)(?![\p{L}\d_@/\\(]|\.\w)", regex.IGNORECASE)


def _listed_after(text: str, name_end: regex.Match[str]) -> tuple[int, int] | None:
    """The word listed right after a name ("… and kavya", "…, ewa") when it is a given name of the
    lists that is no English word, typed in the name's case."""
    m = _LISTED.match(text, name_end.end())
    if m is None:
        return None
    word = m.group(1)
    lowered = word.lower()
    if _one_case([name_end.group(), word]) and _usable(lowered) and ascii_fold(lowered) in first_names() and not english_form(lowered):
        return m.span(1)
    return None


# A title before a surname in one case: "mr yilmaz", "DR OKAFOR", and the titles of the languages
# second-language English keeps ("my vermieter herr schulze", "la señora ramírez").
_TITLED = regex.compile(r"(?<![\p{L}\d_.@/\\\-])(?i:mr|mrs|ms|mx|dr|prof|miss|mister|madam|madame|mme|mlle|monsieur|herr|frau|"
                        r"señor|señora|senor|senora|sr|sra|srta|doña|signor|signora|senhor|senhora|pani|mevrouw|meneer)\.?[ \t]+"
                        rf"(?P<p>(?:(?i:{'|'.join(PARTICLES_CORE + ('el',))})[ \t]+){{1,2}})?"
                        r"(?P<s>\p{L}[\p{L}'’]+(?:-\p{L}[\p{L}'’]+)?)(?![\p{L}\d_@/\\(]|\.\w)")



# Another language's courtesy title before a capitalised surname, its particles kept: "Frau von
# Thaden", "de heer van den Berg", "mevrouw De Vries", "la señora Ramírez", "Mme Leclerc". Not a
# noun's article before the title ("Der Herr der Ringe", "die Frau am Steuer"), nor the titles that
# name works and brands as often ("Madame Bovary", "Monsieur Hulot", "Pan Am", "Pane Carasau").
_CAPITAL_TITLED = regex.compile(
    r"(?<![\p{L}\d_.@/\\\-])(?<!(?i:der|die|das|dem|den|des)[ \t]+)"
    r"(?:Herr|Frau|[Dd]e[ \t]+heer|[Dd]hr\.|[Mm]evrouw|[Mm]evr\.|[Mm]eneer|Mme|Mlle|[Ss]eñora?|[Ss]ra?\.|[Ss]rta\.|"
    r"[Ss]ignora?|[Ss]ig\.(?:ra)?|[Ss]enhora?|Pani|Paní|[Gg]ospo(?:dine?|đa|dja))[ \t]+"
    rf"(?P<n>(?:(?:{'|'.join(PARTICLES_CORE)})[ \t]+){{0,2}}\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}[\p{{Ll}}'’]+)?)(?![\p{{L}}\d_@])"
)


def capital_titled_names(text: str) -> Iterator[tuple[int, int]]:
    """A capitalised surname after another language's courtesy title, with the particles between
    them (`_CAPITAL_TITLED`); the title is no part of the name."""
    for m in _CAPITAL_TITLED.finditer(text):
        if not is_software(m.group("n").split()[-1].lower()):
            yield m.span("n")


def titled_names(text: str) -> Iterator[tuple[int, int]]:
    """A surname after a title, typed in one case: a surname of the lists or an unknown word,
    never an English one as written ("dr strange", "mr bean" read as words), unless a particle
    stands between them ("mrs van der berg", the particles in the span). A surname that only
    looks like an English word's inflection is a surname here ("mr. torres", "mrs canales": no
    "torre" or "canale" is meant), as a title says whose it is."""
    for m in _TITLED.finditer(text):
        particles = m.group("p")
        first = m.start("p") if particles else m.start("s")
        title, word = m.group()[: first - m.start()].strip(" \t."), m.group("s")
        lowered = word.lower()
        # After a title and a particle, a word is a surname whatever it also means ("mrs van der berg").
        # After a courtesy title, an English word that the census holds as a surname is one ("mr khan",
        # "mrs baker"); after "dr" or "prof" only a frequent one ("dr price"; not "dr strange").
        english = _plain_english(lowered) and (
            common_word(lowered) if title.lower() in COURTESIES else lowered not in frequent_names()[1]
        )
        if not _one_case([title, word, *(particles or "").split()]) or len(lowered) < 3 or not _usable(lowered) or not particles and english:
            continue
        if _plain_english(lowered) and _titled_character(title, word):
            continue  # "mr bean", "mr darcy": a character the world knows by a title and a word
        yield first, m.end("s")


def _titled_character(title: str, word: str) -> bool:
    """Whether "Title. Word" is a character or a person the lists of the famous hold by that title."""
    from privacy_gateway.detection.notable import notable_person  # loaded late: keeps the import chain short

    named = f"{title.capitalize()} {word.capitalize()}"
    return notable_person(named) or notable_person(named.replace(" ", ". ", 1))


# One or two initials and a word, in one case: "s. b. kmiotek", "D. W. NAUSĖDA".
_INITIALLED = regex.compile(r"(?<![\p{L}\d_.@/\\\-])(?:\p{L}\. ?){1,2}(\p{L}[\p{L}'’]+)(?![\p{L}\d_@/\\(]|\.\w)")


def initialled_names(text: str) -> Iterator[tuple[int, int]]:
    """Initials before a surname typed in one case: a world surname that is no English word, an
    accented surname of the lists ("j. lê"), or, after two initials, any unknown word ("e. coli",
    "p. s. thanks" are no one)."""
    for m in _INITIALLED.finditer(text):
        whole, word = m.group(), m.group(1)
        if not _one_case([c for c in whole if c.isalpha()]):
            continue
        lowered = word.lower()
        if not _usable(lowered) or english_form(lowered):
            continue
        two = whole.count(".") == 2
        plain = ascii_fold(lowered)
        # An accented surname of the lists is one however short ("j. lê", "t. ngô"): no English word is spelt so.
        if plain in last_names() and len(lowered) >= 3 or two and len(lowered) >= 4 or plain != lowered and plain in listed_family():
            yield m.start(), m.end()


def _run(text: str, words: list[regex.Match[str]], i: int) -> list[regex.Match[str]]:
    """Words from `i` on, one space apart, that may end a name: up to two surnames, the second no
    English word but a frequent surname, with particles between ("vigo van loon", "carolina da costa")."""
    run, surnames, j = [words[i]], 0, i + 1
    while j < len(words) and surnames < 2 and text[run[-1].end() : words[j].start()] in (" ", "\t"):
        word = words[j].group().lower()
        if word in _PARTICLES and j + 1 < len(words) and _surname_like(words[j + 1].group().lower()):
            run.append(words[j])
        elif _surname_like(word) and not (surnames and english_form(word) and word not in frequent_names()[1]):
            # A second surname is no English word but a frequent surname ("mary ann rose"): "steve
            # jobs stay involved" ends at "jobs".
            run.append(words[j])
            surnames += 1
        else:
            break
        j += 1
    while len(run) > 1 and run[-1].group().lower() in _PARTICLES:
        run.pop()
    return run


def _surname_like(word: str) -> bool:
    return _usable(word) and (ascii_fold(word) in name_surnames() or not english_form(word))


def _census(word: str, surnames: Names) -> bool:
    plain = ascii_fold(word)
    return plain in first_names() or plain in surnames


# A romanised syllable of Mandarin, Cantonese or Korean ("wei", "hsuan", "chiang", "yeon", "won"; "shih", "yeh" as Wade-Giles writes them).
_SYLLABLE = r"[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|r|h)?"
_SYLLABIC = regex.compile(rf"{_SYLLABLE}-{_SYLLABLE}")
# English prefixes a hyphen joins to a word of the same shape ("re-run", "co-op", "pre-op").
_PREFIXES = frozenset("re co pre de un non ex bi sub mid pro anti semi mis out tri up hi wi yo".split())


def syllable_pair(word: str) -> bool:
    """Two romanised syllables joined by a hyphen, the first no English prefix, and no English word
    ("sung-min", "che-wei"; not "re-run", "co-op"): the shape of a given name from Taiwan, Hong Kong
    or Korea, though both syllables may be English words ("ping-pong")."""
    plain = ascii_fold(word.lower())
    return len(plain) <= 12 and _SYLLABIC.fullmatch(plain) is not None and not english_form(plain) and plain.split("-")[0] not in _PREFIXES


def syllabic_given(word: str) -> bool:
    """A given name of two romanised syllables joined by a hyphen, as Taiwan, Hong Kong and Korea
    write them ("che-wei", "yu-hsuan", "ji-won"): no list holds every pair, so the shape says it."""
    if not syllable_pair(word):
        return False
    parts = ascii_fold(word.lower()).split("-")
    # Both syllables English words ("ping-pong", "hung-over") make a word; a two-letter one ("ji",
    # "yu") is a syllable whatever a word list says.
    english = [_common(p) for p in parts if len(p) > 2]
    return not (len(english) == 2 and all(english)) and not any(p in STOP_WORDS for p in parts)


def a_name(first: str, second: str, rare: bool = True) -> bool:
    """Whether two one-case words read as a first name and a surname; with `rare`, by the rarer
    surnames of the 2010 census too (`lexicon.name_surnames`), as words are read, not logins
    ("ead.xsd": two unknown words, one of them some 100 people's surname)."""
    listed = name_surnames() if rare else last_names()
    if not _usable(first) or not _surname_like(second) or first in ADDRESSING:
        return False  # "ask chih-wei yeh": a word addressing someone before the name, though "Ask" is a surname too
    # "ming-hui lin", "park ji-won": a syllabic given name beside a listed surname, either order
    # (English words as both are: "lin", "park").
    if "-" in first and syllabic_given(first) and ascii_fold(second) in listed:
        return True
    if "-" in second and syllabic_given(second) and ascii_fold(first) in listed:
        return True
    first_english, second_english = english_form(first), english_form(second)
    if not first_english and not second_english:
        return _census(first, listed) or _census(second, listed)  # "benoît rodriguez", "johan sjöblom"
    if ascii_fold(first) not in first_names():
        return False
    # Two English words ("bill payment", "rose garden") read as words, unless both are among the
    # most frequent names ("leonard taylor"); one unknown word makes a name.
    given, surnames = frequent_names()
    if first_english and second_english:
        return first in given and second in surnames
    # A given name before an unknown word ("erica tomescu"), or before a census surname after a
    # census given name: a rarer given name of the world lists before an English word ("login
    # fails", "dev mode") is a word of its own.
    return not second_english or ascii_fold(second) in listed and not first_english and ascii_fold(first) in census_first_names()


# Positions that hold a name whatever its case: a field or role label before it ("CALLER", "pt",
# "signed:"), a valediction above it, a department or role after it ("olaf (finance)").
_LABEL_WORDS = (
    r"full name|first name|given name|forename|last name|surname|family name|customer|client|patient|pt|caller|driver|courier|passenger|pax|guest|tenant|employee|"
    r"candidate|applicant|assignee|assigned to|reporter|requester|requested by|approved by|signed|signed by|"
    r"attn|fao|next of kin|escalated to|on behalf of|recipient|consignee|visitor|family|care of|c/o|"
    # who keeps a thing or was there, in a docstring, a record or minutes ("Maintainer: taro fukuda",
    # "Present: danu pranowo, …"); the wishes a card or a banner opens with ("happy 40th birthday njenga ali")
    r"maintainer|maintained by|point of contact|contact person|present|attendees|apologies|"
    r"happy (?:\d{1,3}(?:st|nd|rd|th) )?birthday|congratulations|congrats|welcome|farewell|"
    # the parties of a dispatch log, an incident or a case ("RP JOY HILL STATES …", "complainant: …")
    r"rp|reporting party|complainant|claimant|witness|victim|suspect|informant|defendant|plaintiff|respondent|appellant|keyholder|"
    # whom a book is lent to, a table booked under, a memorial for ("BORROWER: …", "TABLE FOR 4 UNDER …", "IN LOVING MEMORY OF …")
    r"borrower|(?:table|booking|reservation|room)[ \t]+(?:for[ \t]+\d{1,2}[ \t]+)?under|in[ \t]+(?:loving[ \t]+)?memory[ \t]+of|"
    # the name a booking, a lost item or an account is kept under ("logged under kai nakoa", "its under
    # sudipta chakraborty", "i'll note it under raghunathan", "account is in my name robin swift")
    r"(?:booked|logged|reserved|listed|saved|held|filed|registered|noted?|put|it['’]?s|its)[ \t]+(?:it[ \t]+)?under|"
    r"in[ \t]+the[ \t]+name[ \t]+of|in[ \t]+(?:my|his|her|their)[ \t]+name|"
    # a death notice's family ("BELOVED WIFE OF THE LATE OKECHUKWU AND MOTHER OF CHIAMAKA AND NNAMDI")
    r"(?:wife|husband|mother|father|son|daughter|sister|brother|grand(?:mother|father|son|daughter)|widow|widower)[ \t]+of(?:[ \t]+the[ \t]+late)?|"
    r"the[ \t]+late|"
    # someone of the writer's own work or club by their role ("my coauthor gökçebalan", "LOCAL BAKER JOY JOHN")
    rf"{OWN_ROLES}"
)
_NAME_WORDS = r"(?:\p{L}\.[ \t]*)?\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,2}"  # an initial may open it: "M. SUBRAMANIAM"
# A label, or a field a form fills with who did something ("ANSWERED BY:", "closed by:").
_LABELLED = regex.compile(
    rf"(?<![\p{{L}}\d_./@\-])(?:(?i:{_LABEL_WORDS})(?:[ \t]*[:#][ \t]*|[ \t]+(?:-[ \t]+)?)|(?!(?i:caused)[ \t])(?i:\p{{L}}+ed[ \t]+by|(?<!(?i:caused)[ \t]{{1,3}})by)[ \t]*:[ \t]*"
    # A headstone's or a card's memorial line with the name on the line below it ("IN LOVING MEMORY OF\nNIKHIL MEHTA").
    rf"|(?i:in[ \t]+(?:loving[ \t]+)?memory[ \t]+of)[ \t]*\n[ \t]*)"
    rf"(?P<n>{_NAME_WORDS})",
    regex.VERSION1,
)
_VALEDICTION = regex.compile(
    rf"(?im)^[ \t]*(?:--|(?:kind |best |warm |many )?(?:regards|thanks|wishes)|thank you|cheers|best|sincerely|yours|rgds|br)"
    rf"[ \t]*[,!.]?[ \t]*\n[ \t]*(?P<n>{_NAME_WORDS})[ \t]*$", regex.VERSION1,
)
_ROLES = (
    r"finance|hr|human resources|it support|it|legal|sales|marketing|ops|operations|support|payroll|procurement|"
    r"purchasing|accounts|accounting|billing|engineering|devops|qa|security|network|networking|db|dba|apps|admin|"
    r"facilities|reception|front desk|warehouse|logistics|customer service|compliance|audit|infra|platform|"
    r"recruiting|ceo|cto|cfo|coo|pm|manager|team lead|lead|driver|intern|contractor|nurse|doctor|accountant|"
    r"recruiter|engineer|developer|designer|assistant|secretary|receptionist|supervisor|director|courier|"
    r"cleaner|caretaker|landlord|plumber|electrician|tutor|nanny"
)
# A word then its role: tried only where a role's words are (`alternation.Tailed`), since the
# word, first, could start at every letter.
_ROLE_AFTER = Tailed(
    r"(?<![\p{L}\d_.@/\\\-])(?P<n>\p{L}[\p{L}'’\-]*)",
    rf"(?:[ \t]+\([ \t]*(?i:{_ROLES})[ \t]*\)|,?[ \t]+(?i:our|the|my|your)"
    rf"[ \t]+(?i:{_ROLES})(?![\p{{L}}\d_])|[ \t]+(?i:from)[ \t]+(?:(?i:the)[ \t]+)?(?!(?i:it)(?![ \t]+support))(?i:{_ROLES})(?![\p{{L}}\d_]))",
    regex.VERSION1,
)


# What a person after a label says or wants: a given name that is an English word too stands alone
# before it as before a comma ("tenant maria says the fan is dead", "customer grace wants a refund").
# (`_ACTS`, what a given name does in a chat, holds them too.)
_SAYS = r"said|says|asked|asks|told|tells|wrote|writes|replied|called|calls|texted|emailed|messaged|mentioned|wants|needs|confirmed|agreed|thinks"
_SPEAKS_AFTER = regex.compile(rf"[ \t]+(?:{_SAYS})(?![\p{{L}}\d_'’])")


@per_analysis
def labelled_names(text: str) -> list[tuple[int, int]]:
    """Names in one case after a label ("patient:", "Maintainer:", "happy birthday"); read once per
    analysis, for the prose lines (`positioned_names`) and the code's (`_labelled_in_code`)."""
    out = []
    for m in _LABELLED.finditer(text, overlapped=True):
        spans = [w.span() for w in _NON_SPACE.finditer(m.group("n"))]
        words = _name_prefix([m.group("n")[s:e] for s, e in spans])
        end = m.start("n") + spans[len(words) - 1][1] if words else 0
        if words and _named(words, alone=_alone(text, end) or _SPEAKS_AFTER.match(text, end) is not None):
            out.append((m.start("n"), end))
    return out


def positioned_names(text: str) -> Iterator[tuple[int, int]]:
    """Names in one case where a name stands: after a label, under a valediction, before a role."""
    yield from labelled_names(text)
    for m in _VALEDICTION.finditer(text):
        if _named(m.group("n").split()):
            yield m.span("n")
    for m in _ROLE_AFTER.on(text).finditer(text, overlapped=True):
        word = m.group("n")
        lowered = word.lower()
        # A given name that is an English word too stands before a role as any name does ("cc comfort our driver").
        if _one_case([word]) and _usable(lowered) and lowered not in SERVICE_ACCOUNTS and (
            ascii_fold(lowered) in listed_given() or not english_form(lowered) and len(lowered) >= 4
        ) and not _verb_before_role(text, m.start("n"), lowered):
            yield m.span("n")
    yield from _speakers(text)
    yield from _coordinated(text)


# The words after which a verb stands, not a name: a subject, a modal, "please" ("can you ask the
# plumber", "i'll ring my tutor", "pls page the engineer").
_VERB_AFTER = frozenset(
    "i you we they he she please pls plz can could will would should must might may shall did do does didn't "
    "don't dont didnt never always also just then let's lets i'll you'll we'll they'll he'll she'll i'd we'd".split()
)
_WORD_BEFORE = regex.compile(r"([\p{L}'’]+)[ \t]+$")


def _verb_before_role(text: str, start: int, word: str) -> bool:
    """Whether `word` at `start`, before "the plumber" or "our driver", is an English verb standing where
    only a verb does: after a subject, a modal or "please" ("can you ask the plumber", "pls ping the
    engineer"). After "to" or opening a sentence a name stands as often ("talked to gift our
    receptionist", "comfort our nurse fixed it"), so those stay names."""
    if word not in english_verbs():
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower().replace("’", "'") in _VERB_AFTER


# A dialogue's lines under a speaker typed in one case: "kemi: can you send it" (two lines or more,
# unindented, a lone word only when it is a listed given name: YAML keys are indented or are words).
_SPEAKER_LINE = regex.compile(r"(?m)^(?:\[[^\]\n]{1,24}\][ \t]*)?(?P<n>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*)?)[ \t]*:[ \t]+\S")


def _speakers(text: str) -> Iterator[tuple[int, int]]:
    lines = list(_SPEAKER_LINE.finditer(text))
    if len(lines) < 2:
        return
    for m in lines:
        words = m.group("n").split()
        if words[0].lower() in NOT_SPEAKERS or len(words) == 1 and ascii_fold(words[0].lower()) not in listed_given():
            continue  # "runs-on: ubuntu", "image: nginx": a key, not a speaker
        if _named(words):
            yield m.span("n")


# Given names listed together: "kemi and tunde will handle it", "ADE, NGOZI AND TOBI".
_WORD_PAIR = regex.compile(r"(?<![\p{L}\d_.@/\\\-])(?P<a>\p{L}[\p{L}'’]+)(?:,[ \t]*|[ \t]+(?i:and|&|or)[ \t]+|,[ \t]+(?i:and)[ \t]+|[ \t]*\+[ \t]*)(?P<b>\p{L}[\p{L}'’]+)(?![\p{L}\d_@/\\(]|\.\w)")


def _coordinated(text: str) -> Iterator[tuple[int, int]]:
    """Two given names of the lists that are no English words, joined by "and", a comma or a rota's "+"."""
    for m in _WORD_PAIR.finditer(text, overlapped=True):
        a, b = m.group("a"), m.group("b")
        if _one_case([a, b]) and all(_foreign_given(w.lower()) for w in (a, b)):
            yield m.span("a")
            yield m.span("b")


def _foreign_given(word: str) -> bool:
    return len(word) >= 3 and _usable(word) and ascii_fold(word) in first_names() and not english_form(word) and word not in SERVICE_ACCOUNTS


def _alone(text: str, end: int) -> bool:
    """Whether a word ending at `end` ends its phrase: punctuation, a line end or a stop word follows."""
    rest = text[end : end + 40].lstrip(" \t")
    following = _LETTERS.match(rest)
    return following is None or following.group().lower() in STOP_WORDS


def _name_prefix(words: list[str]) -> list[str]:
    """The words after a label up to the first that cannot be part of a name ("pt br translation")."""
    out: list[str] = []
    for word in words:
        lowered = ascii_fold(word.lower())
        if lowered in STOP_WORDS or english_form(lowered) and lowered not in listed_given() and lowered not in listed_family():
            break
        if len(out) >= 2 and english_form(lowered):
            break  # "RP JOY HILL STATES …", "witness: mary field saw …": a name's third word is no English one
        out.append(word)
    return out


def _plain_english(word: str) -> bool:
    return english_word(word) and word not in proper_nouns() or word in irregular_forms()


def _named(words: list[str], alone: bool = True) -> bool:
    """Whether one-case words in a name's position are a name: no stop word, tool or account; every
    word a name of any list (English words too: "DESTINY HILL", "SKY HUNTER") or no English word.
    One English word is a name only standing alone ("driver: summer tyres" is about tyres)."""
    lowered = [w.lower() for w in words]
    # A tool's name that is also a given name ("ada", "crystal") is the given name before a surname.
    several = len(words) >= 2
    if not _one_case(words) or not all((_usable(w) or several and _a_word(w) and ascii_fold(w) in listed_given()) and w not in SERVICE_ACCOUNTS for w in lowered):
        return False
    plain = [ascii_fold(w) for w in lowered]
    # Where a full name stands, a word counts as English only as WordNet writes it: not a name its
    # stems guess ("cisternas", "yawer") nor one it holds only as a proper noun ("ali", "liao"). A
    # lone word keeps the stems' reading: "client points at the wrong host" names no one.
    english = [(_plain_english if several else english_form)(w) for w in lowered]
    if len(words) == 1:
        if english[0]:  # the census's given names only: the world lists hold words too ("billing")
            return alone and len(plain[0]) >= 3 and plain[0] in census_first_names()
        return plain[0] in first_names() or len(plain[0]) >= 4 and "-" not in plain[0]
    if not any(english):
        return True  # "shehu buhari", "profira diaconescu"
    return plain[0] in listed_given() and all(not e or p in listed_family() or p in listed_given() for p, e in zip(plain[1:], english[1:]))


# An airline's name field: "DA ROSA/PRANAV MR", "OKAFOR/CHIAMAKA MRS", after a booking's passenger
# number too ("1.1FUJITA/MIKAKO MS", as reservation systems print the name element).
_SLASHED = regex.compile(r"(?:(?<=(?<![\p{L}\d.])\d{1,2}\.\d{1,2})|(?<=(?:^|\n)[ \t]*\d{1,2})|(?<![\p{L}\d_/]))(?P<l>\p{Lu}[\p{Lu}'\-]*(?: \p{Lu}[\p{Lu}'\-]*)?)/(?P<f>\p{Lu}[\p{Lu}'\-]*(?: \p{Lu}[\p{Lu}'\-]*)?) ?(?:MR|MRS|MS|MISS|MSTR|DR|MX)(?![\p{L}\d])", regex.VERSION1)


# A boarding pass's barcode (IATA BCBP, Resolution 792): "M1", the passenger's name in a field of
# twenty characters, "SURNAME/GIVEN" padded with spaces or cut short, then the e-ticket mark and the
# booking code: "M1YILDIRIM/ELIF       EE39HZ9 ATHLHRA3 …", "M1KAMARUDDIN/NURULAISYEG2T4SJ …".
# Passes of one or two legs, which the scan looks for ("M1", "M2") before it reads the pattern.
_BCBP = regex.compile(r"(?<![A-Za-z0-9])M[12](?P<name>[A-Z][A-Z'\-]*/[A-Z][A-Z'\- ]*)(?<=M[12].{20})[E ][A-Z0-9]{5,7}[ ]", regex.VERSION1)
_BCBP_PART = regex.compile(r"[A-Z][A-Z'\-]*(?: [A-Z][A-Z'\-]*)*")


# The same field with no title, opening a row's field: "01  SANDVIK/SIGRID  TOREKOV  SEAT 24D".
_SLASHED_FIELD = regex.compile(
    r"(?:^|(?<=^[ \t]*[\d.)]*[ \t]+)|(?<=[ \t]{2}|\t|[,;|:][ \t]*))(?P<l>\p{Lu}[\p{Lu}'\-]+(?: \p{Lu}[\p{Lu}'\-]+)?)/(?P<f>\p{Lu}[\p{Lu}'\-]+(?: \p{Lu}[\p{Lu}'\-]+)?)(?=[ \t]{2}|[ \t]*[\t,;|]|[ \t]*$)",
    regex.MULTILINE | regex.VERSION1,
)


# The same field typed in lower case opening an item of a list, as agents jot a queue of bookings:
# "1) park/jihoon x2 - tp 1362 retimed", "- watson/kirra - seg cancelled": the passenger count, a
# title, a dash or a field's mark after it.
_SLASHED_ITEM = regex.compile(
    r"^[ \t]*(?:\d{1,2}[.)]|[-*•])?[ \t]*(?P<l>\p{Ll}[\p{Ll}'\-]+)/(?P<f>\p{Ll}[\p{Ll}'\-]+)"
    r"(?=[ \t]+(?:x[ \t]?\d|mrs?|ms|miss|mstr|chd|inf)(?![\p{L}\d])|[ \t]+[-–][ \t]|[ \t]*[,;:(]|[ \t]*$)",
    regex.MULTILINE | regex.VERSION1,
)


# A label that a name follows: "Passenger name as on passport: DAVENPORT/HUNTER", "PAX: LEE/ANN".
_NAME_LABEL_BEFORE = regex.compile(r"(?i:\b(?:name|names|passenger|passengers|pax|guest|traveller|traveler)\b[^:\n]{0,20}:[ \t]*)$")


def slashed_names(text: str) -> Iterator[tuple[int, int]]:
    """Surname/given name and a title in capitals, as airline and travel systems print them; with
    no title, after a name's label or in the rows of a list (a passenger list, a manifest: two rows
    or more), or in lower case opening two items of a list or more, when each half may be a name's
    and one is a name of the lists ("TCP/UDP", "AND/OR", "read/write" are neither)."""
    for m in _SLASHED.finditer(text):
        yield m.span("l")
        yield m.span("f")
    for m in _BCBP.finditer(text) if "M1" in text or "M2" in text else ():
        for part in _BCBP_PART.finditer(text, m.start("name"), m.end("name")):
            yield part.span()
    for m in _SLASHED_FIELD.finditer(text) if "/" in text and ":" in text else ():
        if _NAME_LABEL_BEFORE.search(text, max(0, m.start() - 60), m.start()) and _slashed_pair(m.group("l"), m.group("f"), labelled=True):
            yield m.span("l")
            yield m.span("f")
    if "/" not in text or "\n" not in text:
        return
    rows = [m for m in _SLASHED_FIELD.finditer(text) if _slashed_pair(m.group("l"), m.group("f"))]
    if len({text.count("\n", 0, m.start()) for m in rows}) >= 2:
        for m in rows:
            yield m.span("l")
            yield m.span("f")
    items = [m for m in _SLASHED_ITEM.finditer(text) if _slashed_pair(m.group("l"), m.group("f"))]
    if len(items) >= 2:
        for m in items:
            yield m.span("l")
            yield m.span("f")


def _slashed_pair(family: str, given: str, labelled: bool = False) -> bool:
    """Each word a particle, a name of the lists or no English word, one of them listed, and, but
    after a name's label, no half a listed place ("LONDON/PARIS" is a route)."""
    from privacy_gateway.detection.places import listed_place  # loaded late: keeps the import chain short

    words = [ascii_fold(w.lower()) for w in (*family.split(), *given.split())]
    names = [w for w in words if w not in _PARTICLES]
    if not names or not all(_usable(w) and w not in SERVICE_ACCOUNTS and (not english_form(w) or w in listed_given() or w in listed_family()) for w in names):
        return False
    return any(w in listed_given() or w in listed_family() for w in names) and (labelled or not listed_place(family) and not listed_place(given))


# A given name doing what people do, or owning what people own: "kemi said", "tunde is out this
# week", "ewa's laptop"; or saying who writes ("rohit here at b-47, can u come tmrw"). Only given
# names of the lists that are no English words ("will said", "grant approved" are words too).
_ACTS = (
    rf"{_SAYS}|replies|approved|approves|rejected|owns|sent|sends|brought|left|joined|reviewed|"
    r"reviews|never|will|would|can|could|should|has|had|is|was|here|and me|and i|&|"
    # What a colleague did or won't do, in chat and notes: "elmar came round", "smilla won't eat it", "wout pushed the fix".
    r"came|comes|went|won['’]t|can['’]t|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|signed|pushed|merged|fixed|shipped|took|got"
)
_ACTING = regex.compile(
    rf"(?<![\p{{L}}\d_.@/\\\-])(?P<n>\p{{L}}[\p{{L}}'’]+)(?:[ \t]+(?i:{_ACTS})(?![\p{{L}}\d_'’])|['’]s[ \t]+\p{{L}})", regex.VERSION1
)


# A frequent given name opening a clause before what it said or asked: "ok so peter said …", "mark
# told me", "and grace asked if …". A word there is a subject with no article: only a name stands so.
# Speech verbs only, not all of `_SAYS`: "calls", "needs" and "wants" follow nouns too ("bill calls
# are due friday").
_SPEAKING_ONE = regex.compile(
    r"(?:^|(?<=[.?!,;:(\n])|(?<=(?<![\p{L}'’])(?i:so|and|but|then|ok|okay|also|btw|fyi|apparently|coz|cos|because|yeah|lol|well)))"
    r"[ \t]*(?P<n>\p{Ll}[\p{Ll}'’]+)[ \t]+(?:said|says|told|asked|texted|emailed|messaged|mentioned|replied|reckons|thinks)(?![\p{L}\d_'’])",
    regex.MULTILINE | regex.VERSION1,
)


# Someone named beside the writer: "from me and émilie", "ME & TOMASZ".
_BESIDE_ME = regex.compile(r"(?<![\p{L}\d_'’])(?i:me|i)[ \t]+(?i:and|&)[ \t]+(?P<n>\p{L}[\p{L}'’\-]+)(?![\p{L}\d_'’@.\-])", regex.VERSION1)


# A full name before what a person does: "MAHMOUD YAWER JOINS US ON MONDAY", "abigaili muthoni starts".
_ACTING_FULL = regex.compile(
    rf"(?<![\p{{L}}\d_.@/\\\-])(?P<n>(?P<g>\p{{L}}[\p{{L}}'’\-]+)[ \t]+(?P<f>\p{{L}}[\p{{L}}'’]+))"
    rf"[ \t]+(?i:{_ACTS}|joins|starts|started|arrives|arrived)(?![\p{{L}}\d_'’])",
    regex.VERSION1,
)


# A given name in lower case before any regular past tense: "zoé carried us again", "bram booked the
# hall" (in capitals a word before one is as often an acronym: "is python's GIL released?").
# Not what systems do in logs ("login failed", "build passed", "job timed out").
_ACTING_PAST = regex.compile(
    r"(?<![\p{L}\d_.@/\\\-])(?P<n>\p{Ll}[\p{Ll}'’]+)[ \t]+"
    r"(?!(?:failed|crashed|succeeded|expired|timed|started|stopped|restarted|exited|completed|finished|passed|deployed|"
    r"loaded|installed|updated|changed|returned|reported|logged|queued|scheduled|triggered|rejected|accepted|dropped|"
    r"closed|opened|connected|disconnected|created|deleted|removed|added|enabled|disabled|locked|unlocked)\b)\p{Ll}{2,}ed(?![\p{L}\d_'’])",
    regex.VERSION1,
)
# A given name alone as the subject of a question in chat: "can bram come over after school?",
# "did zoé get the keys".
_ASKED_ONE = regex.compile(
    r"(?:^|(?<=[.?!])[ \t]+|(?<=\n))[ \t]*(?i:can|could|will|would|did|does|is|was|has|should)[ \t]+(?P<n>\p{L}[\p{L}'’]+)[ \t]+\p{Ll}{2,}(?![\p{L}'’])",
    regex.MULTILINE | regex.VERSION1,
)


def acting_names(text: str) -> Iterator[tuple[int, int]]:
    """A lone given name of the lists, in one case, before what a person does or owns; a full name
    so placed whose given name is listed (or syllabic) and whose surname is no word as WordNet
    writes one ("mahmoud yawer joins us": its stems guess "yaw" + "er"); a given name after "me
    and", where only a person stands ("sign it from me and hope")."""
    for m in _ACTING.finditer(text, overlapped=True):
        word = m.group("n")
        if _one_case([word]) and _foreign_given(word.lower()):
            yield m.span("n")
    if _ACTING_PAST.search(text) is not None:
        from privacy_gateway.detection.text_kind import describe  # loaded late: keeps the import chain short

        # Not in logs and code: "login failed for user postgres" is a tool's line ("login" is a given name too).
        for m in _ACTING_PAST.finditer(text, overlapped=True) if not describe(text).technical else ():
            if _foreign_given(m.group("n")):
                yield m.span("n")
    for m in _ASKED_ONE.finditer(text):
        word = m.group("n")
        if _one_case([word]) and _foreign_given(word.lower()):
            from privacy_gateway.detection.places import known_place  # loaded late: keeps the import chain short

            if not known_place(word):
                yield m.span("n")
    for m in _SPEAKING_ONE.finditer(text):
        # A given name that is an English word too ("peter", "mark", "grace") only among the most
        # frequent, and no kin's or role's word ("nan", "gran"), tool or device ("alexa", "siri").
        word = m.group("n")
        if word in frequent_names()[0] and _usable(word) and not _RELATION.fullmatch(word) and technology(word) is None:
            yield m.span("n")
    for m in _BESIDE_ME.finditer(text):
        word = m.group("n").lower()
        if _one_case([m.group("n")]) and word not in STOP_WORDS and (_foreign_given(word) or word in listed_given() and _usable(word)):
            yield m.span("n")
    for m in _ACTING_FULL.finditer(text, overlapped=True):
        given, family = m.group("g").lower(), m.group("f").lower()
        if not _one_case([m.group("g"), m.group("f")]) or not _usable(given) or not _usable(family):
            continue
        if (_foreign_given(given) or syllabic_given(given)) and not _plain_english(family) and family not in SERVICE_ACCOUNTS:
            yield m.span("n")


# A lone name after a dash or a colon that opens what a note says of someone, before where they
# work, what they are to do, who else, or the end of the clause: an attribution or sign-off
# ("the export still fails - anna at the warehouse", "thanks — TOMASZ", "- kemal to send the deck"),
# an owner or speaker ("owner: ngozi and the platform team"), an aside ("— JOHN (accounts) says").
# A spaced dash, or one opening a bullet; a colon right after a word ("owner:", not "10:30").
_SLOTTED = regex.compile(
    r"(?:[ \t][-–—]|^[ \t]*[-–—•*]|(?<=\p{L}):)[ \t]+(?P<n>\p{L}[\p{L}'’]+)"
    r"(?=[ \t]*(?:[,(]|$)|[ \t]+(?i:from|at|in|on|with|and|or|to)[ \t]+\p{L})",
    regex.MULTILINE | regex.VERSION1,
)


def slotted_names(text: str) -> Iterator[tuple[int, int]]:
    """A lone given name typed in one case after a dash or a colon (`_SLOTTED`): a given name of
    the lists that no dictionary holds as a word ("tomasz", "NGOZI"; "elizabeth", whom WordNet holds
    only as a queen: `_common`). Without a word that reaches someone,
    an English word there is a word ("- mark at the top", "status: open and"), and an unlisted one
    a code name or a tool as often as a person; a make the lists hold as a given name is the make."""
    for m in _SLOTTED.finditer(text):
        word = m.group("n")
        lowered = word.lower()
        if not (_one_case([word]) and len(lowered) >= 3 and _usable(lowered) and ascii_fold(lowered) in listed_given()):
            continue
        # A make or a firm the lists also hold as a given name ("TOSHIBA and the vendor") needs a cue.
        if not _common(lowered) and technology(lowered) is None and lowered not in SERVICE_ACCOUNTS and lowered not in NOT_SPEAKERS:
            yield m.span("n")


# Someone saying who they are: "hi, it's hope from the second-floor office", "hey its siobhán ó
# briain, running late", "THIS IS MARCUS HERE", "hiya its ngozi again", "its priya in room 22".
# The words before "from", "here", "calling", "again", "in room" or a comma.
_INTRO = regex.compile(
    r"(?<![\p{L}\d_])(?i:it['’]?s|it is|this is|here['’]s)[ \t]+"
    r"(?P<n>\p{L}[\p{L}'’\-]*(?:[ \t]+\p{L}[\p{L}'’\-]*){0,2}?)"
    r"(?=[ \t]*(?:,|[ \t](?i:from|here|calling|speaking|again|in[ \t]+room)(?![\p{L}\d_])))",
    regex.VERSION1,
)
# The lower-case particles of names the census lists do not hold: Irish "ó", "ní", "mac", "nic".
_INTRO_PARTICLES = frozenset({"ó", "o", "ní", "ni", "mac", "nic", "mc"}) | _PARTICLES


def introduced_names(text: str) -> Iterator[tuple[int, int]]:
    """A name in one case after "it's" or "this is" and before "from", "here" or a comma: a caller
    or writer saying who they are. The first word is a given name of the lists; the others are
    particles or may be surnames. A given name that is a word counts before "from" or "here"
    ("it's hope from…"), not before a comma ("this is art, not a bug")."""
    for m in _INTRO.finditer(text, overlapped=True):
        words = m.group("n").split()
        if not _one_case(words) or len(words[0]) < 3:
            continue
        lowered = [w.lower() for w in words]
        if not _a_word(lowered[0]) or ascii_fold(lowered[0]) not in first_names():
            continue
        if len(words) == 1 and english_form(lowered[0]) and text[m.end("n") :].lstrip(" \t").lower().startswith((",", "again")):
            continue  # "this is art, not a bug", "it's summer again": a word before a comma or "again" is the word
        if all(w in _INTRO_PARTICLES or _surname_like(w) for w in lowered[1:]):
            yield m.span("n")


# Code's marks on a line: an assignment, a block, a call, a path or URL, a template, a shell prompt.
_CODE_MARKS = regex.compile(r"[={}`$\\|]|\w\(|\w\[|://|::|->|\w\.\w+\(|^(?:\s{4}|\t)|(?:^|\s)(?:~|\.{1,2})?/\w+/|\b(?:null|true|false|nil)\b", regex.IGNORECASE)
_PROSE_TOKEN = regex.compile(r"\S+")
_SENTENCE_WORDS = 3  # stop words a line of plain sentences holds


def prose_line(text: str, at: int) -> bool:
    """Whether the line holding offset `at` reads as plain sentences in a technical prompt (a stand-up
    note, an SMS, a ticket's comment): three stop words or more and no code's marks. Words in one
    case there are people as in any prose; in a log line, a key or a command they are values."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : len(text) if end < 0 else end]
    # A code comment is prose however the code around it is indented: "    # jörg asked for …",
    # "x = 1  // per ana's review". Only the comment's words are read, and only a name inside them counts.
    comment = _comment_span(line)
    if comment is not None:
        if comment[0] > 0 and at < start + comment[1]:
            return False  # the code before a comment is code
        line = line[comment[1] :]
    return _plain_sentences(line)


# Both asked for each candidate name of a line (each finding of a one-line prompt): read once per line.
@per_analysis
def _comment_span(line: str) -> tuple[int, int] | None:
    comment = COMMENT.search(line)
    return None if comment is None else comment.span()


@per_analysis
def _plain_sentences(line: str) -> bool:
    """No code's marks, and three stop words or more."""
    if _CODE_MARKS.search(line):
        return False
    return sum(1 for w in _PROSE_TOKEN.findall(line.lower()) if w.strip(",.;:!?()'\"") in STOP_WORDS) >= _SENTENCE_WORDS


def _line_starts(text: str) -> Iterator[int]:
    yield 0
    at = text.find("\n")
    while at >= 0:
        yield at + 1
        at = text.find("\n", at + 1)


# Someone counted by a given name, whom a relative "who" follows, right after it or after a place
# ("there's a siobhan in accounts who can help", "we had a Priya from legal who signed it"). A make
# counted with "a" takes "that" or "which" ("a dyson that"), and a noun after it is what "who"
# is ("a mercedes driver who").
_COUNTED_WHO = regex.compile(
    r"(?<![\p{L}\d_])(?i:a|an)[ \t]+(\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)?)(?:[ \t]+(?i:in|on|from|at|with|over|down)(?:[ \t]+[\p{L}'’\-]+){1,3}?)?[ \t]+(?i:who)(?![\p{L}\d_])"
)


def counted_names(text: str) -> Iterator[tuple[int, int]]:
    """A given name of the lists that is no English word, counted with "a" and followed by "who"
    ("there's a siobhan in accounts who can help"): a person, whom `brand_uses` would otherwise
    read as a make counted so ("should i get a dyson")."""
    for m in _COUNTED_WHO.finditer(text, overlapped=True):
        word = m.group(1)
        lowered = ascii_fold(word.lower())
        if lowered in first_names() and _usable(lowered) and not english_form(lowered) and technology(lowered) is not False:
            yield m.start(1), m.end(1)


# What opens a register's field before "SURNAME, GIVEN": the line's start, a label's colon, a
# separator, a number, a court list's "R V" or a column's run of spaces ("agnieszka wojcik, oluwaseun"
# is a list of two people, not one).
_FIELD_OPENING = regex.compile(r"(?:^|[:;|•*\-–(]|\d|(?<![\p{L}])(?i:v|vs)|[ \t]{2}|\t)[ \t]*$", regex.MULTILINE | regex.VERSION1)
# A surname, a comma and the given name, as registers, results and court lists print them
# ("KOBELT, BERTOLD 72", "bed 3b: nyongesa, dawn (nil by mouth)", "R V HOÀNG, HỒNG;"): the pair ends
# its field, before a number, a bracket, a dash, a semicolon, two spaces or the line's end.
_COMMA_PAIR = regex.compile(
    r"(?<![\p{L}\d_'’.@/\\\-])(?P<l>\p{L}[\p{L}'’\-]+),[ \t]?(?P<g>\p{L}[\p{L}'’\-]+)"
    r"(?=[ \t]*(?:$|[;(|\-–]|\d)|[ \t]{2}|\t|[ \t]+\p{Lu}\p{Ll}+:)",
    regex.MULTILINE | regex.VERSION1,
)


def comma_names(text: str) -> Iterator[tuple[int, int]]:
    """"SURNAME, GIVEN" in one case ending its field: the given name one of the lists and no English
    word, or after a surname of the lists that is none; neither a listed place ("PARIS, FRANCE")."""
    from privacy_gateway.detection.places import listed_place  # loaded late: keeps the import chain short

    for m in _COMMA_PAIR.finditer(text) if "," in text else ():
        family, given = m.group("l"), m.group("g")
        if not (family.isupper() and given.isupper() or family.islower() and given.islower()):
            continue
        if _FIELD_OPENING.search(text, max(0, m.start() - 12), m.start()) is None:
            continue  # "loop in agnieszka wojcik, oluwaseun": the comma lists a second person
        f, g = ascii_fold(family.lower()), ascii_fold(given.lower())
        if not (_usable(f) and _usable(g)) or f in SERVICE_ACCOUNTS or listed_place(family) or listed_place(given) or g not in listed_given():
            continue
        if not english_form(g) or f in listed_family() and not english_form(f):
            yield m.start("l"), m.end("g")


# A child's or a player's age in brackets after the name: "yatan (12), jasmit (9) and kavya (7)",
# "TOMASZ (AGE 8)". Things are counted so too ("apples (3)", "python (3)"): the word must be no English
# word or tool, or a given name of the lists.
_AGED = regex.compile(
    r"(?<![\p{L}\d_.@/\\\-])(?P<n>\p{L}[\p{L}'’\-]+)[ \t]*\((?i:aged?[ \t]*)?\d{1,2}(?:[ \t]*(?i:yrs?|years?|y/?o))?\)",
    regex.VERSION1,
)


def aged_names(text: str) -> Iterator[tuple[int, int]]:
    """A one-case name with an age in brackets after it (`_AGED`)."""
    for m in _AGED.finditer(text):
        word = m.group("n")
        lowered = ascii_fold(word.lower())
        if _one_case([word]) and _usable(lowered) and lowered not in SERVICE_ACCOUNTS and (
            lowered in listed_given() and not common_form(lowered) or not _english_form(lowered) and len(lowered) >= 3
        ):
            yield m.span("n")


def one_case_names(text: str) -> Iterator[tuple[int, int]]:
    """Names typed in one case, by every list-based rule of this module."""
    yield from single_names(text)
    yield from comma_names(text)
    yield from aged_names(text)
    yield from counted_names(text)
    yield from adjacent_names(text)
    yield from initialled_names(text)
    yield from titled_names(text)
    yield from positioned_names(text)
    yield from slashed_names(text)
    yield from acting_names(text)
    yield from introduced_names(text)
    yield from slotted_names(text)


def prose_names(text: str) -> Iterator[tuple[int, int]]:
    """`one_case_names` in a technical prompt, on its lines of plain sentences (`prose_line`). A
    title, initials or a label place a name whatever its words; elsewhere, in lower case, a lone
    word is a given name of the lists that is no English word or tool ("linnea reviewed"; not
    "tell mypy to …") and a full name's words are names of the lists or accented ("jörg hülsmann";
    not "cassandra nodetool"). Capitals are a writer's, not a tool's: any name-like word counts.
    A SURNAME/GIVEN field is a record's shape and counts on any line.

    Most technical prompts (code, logs, a pasted config) have no line of plain sentences: there
    only the record's shape is looked for, not every rule's candidates then dropped (about 2 ms of
    1 KB)."""
    if not any(prose_line(text, start) for start in _line_starts(text)):
        yield from slashed_names(text)
        yield from _labelled_in_code(text)
        return
    placed = [*initialled_names(text), *titled_names(text), *positioned_names(text), *introduced_names(text)]
    for start, end in placed:
        if prose_line(text, start):
            yield start, end
    yield from _labelled_in_code(text)
    yield from slashed_names(text)  # an airline's or a manifest's name field: a record's shape, not prose
    for start, end in (*single_names(text), *adjacent_names(text), *acting_names(text), *slotted_names(text)):
        value = text[start:end]
        if not prose_line(text, start) or not value.isupper() and not _plain_name(value.lower().split()):
            continue
        yield start, end


def _labelled_in_code(text: str) -> Iterator[tuple[int, int]]:
    """A record's label off the prose lines ("Maintainer: oksana hrytsenko" in a docstring, "# author:
    …"): a full name there is one whose words are names of the lists or no English word, as on a
    prose line; a lone word is as often a team's or a tool's."""
    for start, end in labelled_names(text):
        words = text[start:end].lower().split()
        if not prose_line(text, start) and len(words) >= 2 and _plain_name(words):
            yield start, end


def _plain_name(words: list[str]) -> bool:
    if len(words) == 1:
        return _foreign_given(ascii_fold(words[0]))
    return all(_listed_or_foreign(w) for w in words)


def _listed_or_foreign(word: str) -> bool:
    """A word of a name in technical prose: a particle, a name of the lists or a word with letters
    English has none of ("hülsmann"); not an unknown ASCII word, which there is as often a tool's
    ("cassandra nodetool")."""
    plain = ascii_fold(word)
    return word in _PARTICLES or plain in first_names() or plain in last_names() or plain != word and word.isalpha()
