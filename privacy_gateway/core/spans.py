"""Turn raw detector findings into the spans to mask: overlaps resolved, values propagated.

Resolution is deterministic: overlapping findings merge into one span covering all of them (so no
part of a value leaks), typed by the most confident finding (then the longest, then by name).
Propagation closes the gap NER leaves: a value detected once is masked wherever else it appears in
the request, and the parts of a detected full name (`Smith` after `John Smith`) are masked too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterator, Sequence

from privacy_gateway.detection import lines
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.lexicon import english_word as _english_word, frequent_pair, listed_family, listed_given

MIN_PROPAGATED_LENGTH = 3
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "msn.com",
        "aol.com", "icloud.com", "me.com", "mail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "proton.me",
        "protonmail.com", "yandex.ru", "qq.com", "163.com", "example.com", "example.org", "example.net",
    }
)
NAME_TYPES = frozenset({"PERSON"})
MIN_HANDLE_LENGTH = 5
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady"})
# The small words inside a surname that logins keep glued to it ("van Dokkum" → vandokkum).
_PARTICLES = frozenset("van von der den de del della di da dos das du le la ter ten mac".split())
ROLE_MAILBOXES = frozenset(
    {
        "info", "support", "admin", "sales", "contact", "hello", "noreply", "no-reply", "team", "office", "billing",
        "jobs", "careers", "help", "postmaster", "webmaster", "abuse", "security", "privacy", "press", "hr", "mail",
        "accounts", "service", "feedback", "marketing", "legal", "finance", "orders", "newsletter", "donotreply",
    }
)
# Determiners: after one a name word is the ordinary noun, before a possessive too ("the bishop's").
DETERMINERS = frozenset(
    "a an the this that these those my your his her its our their some any no every each another what which whose".split()
)
# Words after which a lower-case name word is the ordinary word ("pay the bill", "I will", "we hope").
ORDINARY_BEFORE = DETERMINERS | frozenset("i you we they he she it to will would can could shall should must may might not".split())
# Words after which a lower-case name word names someone ("ask bill", "hi rose", "cc mark").
NAME_CUES = frozenset(
    "hi hello hey dear thanks thank cc bcc ask asked tell told call called ping pinged email emailed message "
    "messaged contact contacted from with by mr mrs ms dr prof regards cheers sincerely best".split()
)
# What a person named in lower case does next: "…, dorian owns the rollout" ("mark it done" stays).
PERSON_VERBS = frozenset(
    "is was has had will would said says asked asks wrote writes owns leads runs wants needs thinks agreed agrees "
    "approved approves handles takes took joined joins left leaves sent sends called calls replied replies".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NEIGHBOUR_WORDS = re.compile(r"[^\W\d_]+")
_NAME_PART = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# A value written as a login ("noor_haddad", "rose.hill", "m.oduya2"): no space, its words joined
# by `.`, `_` or digits.
_LOGIN_JOINTS = re.compile(r"[._\d]")
_LOGIN_WORD = re.compile(r"[^\W\d_]+")
_EDGE_PUNCT = frozenset(",;:!?\"'“”‘’`")
_BRACKETS = ("()", "[]", "{}", "<>")  # each an opening and its closing character
_POSSESSIVE = re.compile(r"\w['’]s$")


@dataclass(frozen=True)
class Span:
    """A resolved span of text `index`; `key` groups spans that stand for the same value."""

    index: int
    start: int
    end: int
    entity_type: str
    key: str


def value_key(value: str) -> str:
    """The identity of a value: case and spacing do not make a different person."""
    return " ".join(value.split()).casefold()


def resolve_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Merge overlapping findings of one text into non-overlapping spans, deterministically."""
    merged: list[Finding] = []
    cluster: list[Finding] = []
    cluster_end = -1
    for finding in sorted(findings):
        if cluster and finding.start < cluster_end:
            cluster.append(finding)
            cluster_end = max(cluster_end, finding.end)
            continue
        if cluster:
            merged.append(_merge(cluster))
        cluster, cluster_end = [finding], finding.end
    if cluster:
        merged.append(_merge(cluster))
    return merged


def _merge(cluster: list[Finding]) -> Finding:
    best = min(cluster, key=lambda f: (-f.score, -(f.end - f.start), f.entity_type))
    return Finding(min(f.start for f in cluster), max(f.end for f in cluster), best.entity_type, best.score)


def trim(text: str, finding: Finding) -> Finding | None:
    """Shrink a finding to the value itself: no surrounding spaces or punctuation, no possessive 's."""
    start, end = finding.start, finding.end
    while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCT or _unpaired(text, start, end, start)):
        start += 1
    while start < end and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT or _unpaired(text, start, end, end - 1)):
        end -= 1
    while end - start > 2 and text[start] + text[end - 1] in _BRACKETS:
        start, end = start + 1, end - 1
    if finding.entity_type in NAME_TYPES and _POSSESSIVE.search(text, start, end):
        end -= 2
    if end <= start:
        return None
    if (start, end) == (finding.start, finding.end):
        return finding
    return Finding(start, end, finding.entity_type, finding.score)


def _unpaired(text: str, start: int, end: int, at: int) -> bool:
    """Whether the bracket at `at` has no partner inside text[start:end] (so it is not the value's)."""
    char = text[at]
    for opening, closing in map(tuple, _BRACKETS):
        if char == opening:
            return closing not in text[at + 1 : end]
        if char == closing:
            return opening not in text[start:at]
    return False


def mask_spans(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Span]]:
    """Resolved and propagated spans for each text, each labelled with its value key."""
    resolved = [
        resolve_overlaps([t for f in found if (t := trim(text, f)) is not None])
        for text, found in zip(texts, findings)
    ]
    # Which value each key stands for, and its type, in order of first appearance.
    values: dict[str, str] = {}
    aliases: dict[str, tuple[str, str]] = {}  # part of a name (case-folded) -> (full name's key, type)
    handles: dict[str, tuple[str, str]] = {}  # username or mail box made from a value -> (its key, type)
    stems: dict[str, tuple[str, str, bool]] = {}  # a name's part a handle is built on -> (its key, type, any word around it)
    mailboxes: list[tuple[str, str]] = []
    for index, spans in enumerate(resolved):
        for f in spans:
            value = texts[index][f.start : f.end]
            key = value_key(value)
            values.setdefault(key, f.entity_type)
            if f.entity_type == "EMAIL_ADDRESS":
                domain = _own_domain(key)
                if domain:
                    values.setdefault(domain, "EMAIL_ADDRESS")
                mailboxes.append((key.rpartition("@")[0], key))
                # "Costel Pădure <costel.padure@yahoo.com>": the name the mail box is made of is its owner's.
                if (name := _mailbox_name(key.rpartition("@")[0])) is not None:
                    values.setdefault(name, "PERSON")
                    for part in name.split():
                        if len(part) >= MIN_PROPAGATED_LENGTH:
                            aliases.setdefault(part, (name, "PERSON"))
            if f.entity_type in NAME_TYPES:
                parts = [p for p in _NAME_PART.findall(key) if p.rstrip(".") not in TITLES]
                if " " not in key and _LOGIN_JOINTS.search(key):
                    parts = _login_parts(key) or parts
                for part in parts:
                    if len(part) >= MIN_PROPAGATED_LENGTH and part != key:
                        aliases.setdefault(part, (key, f.entity_type))
                for handle in usernames(parts):
                    handles.setdefault(handle, (key, f.entity_type))
                for stem, loose in handle_stems(parts):
                    stems.setdefault(stem, (key, f.entity_type, loose))
    for mailbox, key in mailboxes:
        if _distinctive_mailbox(mailbox):
            handles.setdefault(mailbox, (key, "EMAIL_ADDRESS"))

    occurrences = _Occurrences(values, aliases, handles, stems)
    out: list[list[Span]] = []
    for index, text in enumerate(texts):
        found = [
            Finding(f.start, f.end, f.entity_type, f.score) for f in resolved[index]
        ]
        extra = occurrences(text)
        spans = resolve_overlaps([*found, *(e[0] for e in extra)])
        keys = {(e[0].start, e[0].end): e[1] for e in extra}
        out.append(
            [
                Span(index, s.start, s.end, s.entity_type, keys.get((s.start, s.end), value_key(text[s.start : s.end])))
                for s in spans
            ]
        )
    return out


def usernames(parts: Sequence[str]) -> list[str]:
    """Usernames, handles and mail boxes people make from their name (`parts`, case-folded).

    For John Smith: john.smith, john_smith, john-smith, johnsmith, j.smith, j_smith, jsmith,
    smith.john, smith_john, smithjohn, smith.j, smith_j, smithj, john.s, john_s, johns (a site or
    login from the given name and the surname's initial: "nivik.dev" for Nivi Kilabuk), and each
    without accents. Only
    for names of two parts or more (first and last), and only forms long enough to be nobody
    else's word: a lone first or last name is a name part, not a username.
    """
    if len(parts) < 2:
        return []
    first, last = parts[0], parts[-1]
    if len(first) < 2 or len(last) < MIN_PROPAGATED_LENGTH:
        return []
    out: list[str] = []
    spellings = [(first, last)]
    if len(parts) >= 3 and all(p in _PARTICLES for p in parts[1:-1]):
        spellings.append((first, "".join(parts[1:])))  # "Zoë van Dokkum" logs in as zvandokkum
    spellings += [(_unaccented(given), _unaccented(family)) for given, family in spellings if (_unaccented(given), _unaccented(family)) != (given, family)]
    for given, family in spellings:
        i = given[0]
        for form in (
            f"{given}.{family}", f"{given}_{family}", f"{given}-{family}", f"{given}{family}",
            f"{i}.{family}", f"{i}_{family}", f"{i}{family}",
            f"{family}.{given}", f"{family}_{given}", f"{family}{given}", f"{family}.{i}", f"{family}_{i}", f"{family}{i}",
            f"{given}.{family[0]}", f"{given}_{family[0]}", f"{given}{family[0]}",
        ):
            if len(form) >= MIN_HANDLE_LENGTH and form not in out and not _english_word(form):
                out.append(form)
    return out


# The words creators, shops and streamers add to their name to make a handle ("faridmakes", "harjittv",
# "raniakhouryfilms"): what they make, where, and how they present it.
_HANDLE_WORDS = frozenset(
    """makes made edits films film music tv live studio studios art arts design designs photo photos photography
    pics vlog vlogs official hq yt gaming games plays cooks bakes draws creates crafts writes sings beats media
    creative fit fitness life travels travel eats kitchen""".split()
)
_STEM_WORD = re.compile(r"[^\W_]+")


def handle_stems(parts: Sequence[str]) -> list[tuple[str, bool]]:
    """The parts of a name (case-folded) that handles are built on by adding a word: the given and
    family names joined ("raniakhoury" in "raniakhouryfilms", "itsraniakhoury"), which take any
    letters around them (`True`), and a given name that is no English word and five letters or
    more ("farid" in "faridmakes"), which takes only a word of `_HANDLE_WORDS` after it."""
    if len(parts) < 2:
        return []
    first, last = parts[0], parts[-1]
    if len(last) < MIN_PROPAGATED_LENGTH or not first.isalpha():
        return []
    out: list[tuple[str, bool]] = []
    for given, family in {(first, last), (_unaccented(first), _unaccented(last))}:
        if len(given) + len(family) >= 8:
            out.append((given + family, True))
        if len(given) >= 5 and not _english_word(given):
            out.append((given, False))
    return out


def _login_parts(login: str) -> list[str]:
    """The name words a login is made of ("noor_haddad" → noor, haddad; "m.oduya2" → m, oduya):
    each word of three letters or more a listed name or no English word, so "Noor" written alone is
    masked as "Haddad" after "Noor Haddad" would be; a login with a word of neither ("build_bot") gives none."""
    words = _LOGIN_WORD.findall(login)
    if not 1 <= len(words) <= 3:
        return []
    for word in words:
        plain = _unaccented(word)
        if len(word) >= MIN_PROPAGATED_LENGTH and _english_word(plain) and plain not in listed_given() and plain not in listed_family():
            return []
    return words


def _mailbox_name(mailbox: str) -> str | None:
    """The full name a mail box is made of, its words apart by a dot, an underscore or a hyphen
    ("costel.padure", "ana_lopez-garcia"): two or three words of two letters or more, each a listed
    name or no English word (`_login_parts`), not all English words unless the first and last are
    frequent names; none for "j.smith", "support.team", "first.last" or "jsmith"."""
    if not any(c in "._-" for c in mailbox):
        return None
    words = _login_parts(mailbox.replace("-", "."))
    if not 2 <= len(words) <= 3 or any(len(w) < 2 for w in words):
        return None
    if all(_english_word(_unaccented(w)) for w in words) and not frequent_pair(words[0], words[-1]):
        return None  # "first.last", "sales.lead": words the lists also hold; "mark.taylor" is a name
    return " ".join(words)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _distinctive_mailbox(mailbox: str) -> bool:
    """Whether a mail box (an address's local part) names someone when it appears alone.

    `maria.gonzalez`, `mg42` do; `info`, `support` and plain words do not.
    """
    if len(mailbox) < 4 or mailbox in ROLE_MAILBOXES:
        return False
    if any(c in "._-+" or c.isdigit() for c in mailbox):
        return len(mailbox) >= MIN_HANDLE_LENGTH
    return len(mailbox) >= MIN_HANDLE_LENGTH and not _english_word(mailbox)


def _own_domain(email: str) -> str | None:
    """The domain of an email address when it says who someone is (not a public mail provider).

    A company or personal domain identifies its owner as well as the address does, and it tends to
    appear again in the same prompt as a website; it is masked there too, under the email's action
    (with a placeholder of its own, so it restores to the domain). Public providers identify nobody.
    """
    domain = email.rpartition("@")[2].strip(".")
    if "." not in domain or domain in PUBLIC_MAIL_DOMAINS:
        return None
    return domain


class _Folding(dict[int, str]):
    """A `str.translate` table folding case, accents and dotless i one character for one character
    ("Mirosław" → "miroslaw", "KILINÇ" → "kilinc"), so a value is found however its accents and its
    case were typed and offsets in the folded text are the original's."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = char.casefold()
        plain = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
        plain = plain.translate(_UNDECOMPOSABLE)
        out = plain if len(plain) == 1 else folded if len(folded) == 1 else char
        self[code] = out
        return out


_UNDECOMPOSABLE = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h"})
_FOLD = _Folding()


def fold(text: str) -> str:
    """`text` with case, accents and dotless i folded, character for character (same length)."""
    return text.lower() if text.isascii() else text.translate(_FOLD)


class _Occurrences:
    """Finds every known value, name part and username in a text (any case, any spacing).

    Each value is looked for with `str.find` on the case-folded text, word by word, and the
    matches are taken leftmost-longest, as one alternation of all values would; compiling that
    alternation anew for every request's values cost more than all the searching.

    Which matches count (the rule for words that are also ordinary words):

    - a value of several words ("maria gonzalez", "MARIA GONZALEZ"), an address, a number or a
      username is masked wherever it appears, in any case: nobody writes those by accident;
    - a single word (a name part such as "Maria", or a one-word value such as "Bill") is masked
      where it is written as a name: capitalised or in capitals (unless the words around it are in
      capitals too, where case says nothing);
    - in lower case it is masked when it is not an English word ("gonzalez", "maria" is one in
      the lexicon, see below), or when the words before it say it names someone: after a
      greeting or an addressing verb ("hi", "ask", "cc", "call", "thanks", "from", "with"…), after
      "@", before a possessive 's or as a speaker label ("bill: ok"), unless a determiner or
      pronoun precedes ("pay the bill", "I will", "we hope"), which makes it the ordinary word.

    "English word" means a word form in the spaCy pipeline's lemmatizer index (WordNet's nouns,
    verbs, adjectives and adverbs). That lexicon also lists some given names (maria, john), so a
    lower-case given name alone, with no cue around it, stays as written: the detector's own
    findings still mask it wherever the detector judged it a name. The rule reads the text around
    the word, not the spaCy parse: the parse is not kept with the findings (they are cached per
    text and come from other processes), and on lower-case text its tags tell "ask bill" from
    "pay the bill" no better than the determiner does.
    """

    def __init__(
        self, values: dict[str, str], aliases: dict[str, tuple[str, str]], handles: dict[str, tuple[str, str]] | None = None,
        stems: dict[str, tuple[str, str, bool]] | None = None,
    ) -> None:
        self.stems = {fold(h): v for h, v in (stems or {}).items()}
        self.values = {k: t for k, t in values.items() if len(k) >= MIN_PROPAGATED_LENGTH}
        self.value_words = [(k, fold(k).split()) for k in self.values]
        self.aliases = {value_key(p): v for p, v in aliases.items()}
        self.alias_words = [(part, [fold(part)]) for part in self.aliases]
        self.handles = {fold(h): v for h, v in (handles or {}).items()}

    def __call__(self, text: str) -> list[tuple[Finding, str]]:
        found: list[tuple[Finding, str]] = []
        if not text or not (self.value_words or self.alias_words or self.handles):
            return found
        folded = fold(text)
        for start, end, key in _leftmost_longest(folded, self.value_words):
            if " " in key or not _WORD.fullmatch(key) or _name_use(text, start, end):
                found.append((Finding(start, end, self.values[key], 1.0), key))
        for start, end, part in _leftmost_longest(folded, self.alias_words):
            if _name_use(text, start, end):
                key, entity_type = self.aliases[part]
                found.append((Finding(start, end, entity_type, 1.0), key))
        for handle, (key, entity_type) in self.handles.items():
            for start, end in _handle_runs(folded, handle):
                found.append((Finding(start, end, entity_type, 1.0), key))
        for stem, (key, entity_type, loose) in self.stems.items():
            for start, end in _affixed_runs(folded, stem, loose):
                found.append((Finding(start, end, entity_type, 1.0), key))
        return found


def _handle_runs(text: str, handle: str) -> Iterator[tuple[int, int]]:
    """Where `handle` stands alone in `text` (digits may follow: jsmith42), not inside a word."""
    at = text.find(handle)
    size = len(text)
    while at != -1:
        end = at + len(handle)
        while end < size and text[end].isdigit():
            end += 1
        if (at == 0 or not _is_word(text[at - 1])) and (end == size or not _is_word(text[end])):
            yield at, end
        at = text.find(handle, at + 1)


def _affixed_runs(text: str, stem: str, loose: bool) -> Iterator[tuple[int, int]]:
    """Where a word of `text` is a handle built on `stem` (see `handle_stems`): with `loose`, the
    stem with letters before or after it ("itsraniakhoury", "raniakhouryfilms"); else the stem
    then a word of `_HANDLE_WORDS` ("faridmakes"); digits may follow either. The stem alone, or
    with digits only, is the name's or `usernames`' to find."""
    at = text.find(stem)
    while at != -1:
        word = _STEM_WORD.match(text, _word_start(text, at))
        if word is not None and word.end() >= at + len(stem):
            before, after = text[word.start() : at], text[at + len(stem) : word.end()].rstrip("0123456789")
            lettered = all(part.isalpha() for part in (before, after) if part)
            if lettered and (
                loose and (before or after) and len(before) <= 8 and len(after) <= 12
                or not loose and not before and after in _HANDLE_WORDS
            ):
                yield word.start(), word.end()
        at = text.find(stem, at + 1)


def _word_start(text: str, at: int) -> int:
    """Where the run of letters and digits holding `at` starts."""
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _name_use(text: str, start: int, end: int) -> bool:
    """Whether the single word text[start:end] is written as a name there (see `_Occurrences`)."""
    word = text[start:end]
    if not word.islower():
        if not word.isupper() or len(word) == 1:
            return True  # Capitalised (or mixed): written as a name
        neighbours = _NEIGHBOUR_WORDS.findall(text, max(0, start - 40), start)[-1:] + _NEIGHBOUR_WORDS.findall(text, end, end + 40)[:1]
        if not neighbours or not all(w.isupper() for w in neighbours):
            return True  # in capitals among ordinary text
    if not _english_word(word.casefold()):
        return True
    before = text[max(0, start - 40) : start]
    if before.rstrip().endswith("@"):
        return True
    previous = _NEIGHBOUR_WORDS.findall(before)
    prev = previous[-1].casefold() if previous else ""
    after = text[end : end + 2]
    # "A LETTER HOME TO BISHOP'S PARENTS", "talk to mark's manager": a possessive is no verb's or
    # pronoun's word; only a determiner makes it the ordinary noun ("the bishop's", "this week's").
    if after.casefold() in ("'s", "’s") and prev not in DETERMINERS:
        return True
    if prev in ORDINARY_BEFORE:
        return False
    if prev in NAME_CUES:
        return True
    line_start = lines.line_start(text, start)
    if after[:1] == ":" and not text[line_start:start].strip():
        return True
    return _subject(text, start, end, prev)


def _subject(text: str, start: int, end: int, prev: str) -> bool:
    """Whether the word opens a clause and someone's verb follows: "…, dorian owns the rollout"."""
    opens = not _clause_before(text, start) or prev in ("and", "but", "so", "then")
    following = _NEIGHBOUR_WORDS.findall(text, end, end + 20)[:1]
    return opens and bool(following) and following[0].casefold() in PERSON_VERBS


def _clause_before(text: str, start: int) -> str:
    """The text of the clause before `start`, empty at a clause's opening (after , . ; : ! ? or a line break)."""
    head = text[:start].rstrip(" \t")
    cut = max(head.rfind(c) for c in ",.;:!?\n")
    return head[cut + 1 :].strip()


def _leftmost_longest(text: str, needles: list[tuple[str, list[str]]]) -> list[tuple[int, int, str]]:
    """Non-overlapping whole-word matches of the needles (words joined by any whitespace),
    scanning left to right and taking the longest match at each start."""
    matches = [(start, end, name) for name, words in needles for start, end in _word_runs(text, words)]
    matches.sort(key=lambda m: (m[0], -m[1]))
    taken: list[tuple[int, int, str]] = []
    last = -1
    for match in matches:
        if match[0] >= last:
            taken.append(match)
            last = match[1]
    return taken


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_runs(text: str, words: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of `words` in `text` separated by whitespace, not inside a word."""
    first, size = words[0], len(text)
    at = text.find(first)
    while at != -1:
        if at == 0 or not _is_word(text[at - 1]):
            end = at + len(first)
            for word in words[1:]:
                gap = end
                while gap < size and text[gap].isspace():
                    gap += 1
                if gap == end or not text.startswith(word, gap):
                    break
                end = gap + len(word)
            else:
                if end == size or not _is_word(text[end]):
                    yield at, end
        at = text.find(first, at + 1)
