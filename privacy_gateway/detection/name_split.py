"""Which name words a login is made of: `priyaraman`, `mtanaka`, `ramanp`, `priya.r`, `olga85`,
`Lars_Eriksen`, `mabdullayeva` (issue #18).

Companies and sites hand out logins built from a name in a few ways: a given name and a surname
joined by a dot, an underscore, a hyphen, camel case or nothing; an initial before or after the
surname; a given name or surname with digits. Splitting reads the lists (`lexicon`: the census
and the shipped world lists) by prefix and suffix — one set lookup per cut, never a loop over a
list. A surname the lists lack still reads as one when its ending is a surname-forming suffix
(Slavic `-ova`/`-ski`/`-enko`, Baltic, Turkic `-oglu`, Armenian `-yan`, Georgian `-shvili`,
Nordic `-sson`, Greek `-opoulos`, Finnish `-nen`, Romanian `-escu`): those endings make
surnames, and English words with them are proper names in the lexicon already.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.lexicon import english_form, english_word, frequent_names, listed_family, listed_given
from privacy_gateway.detection.lexicon import world_first_names as _first_names, world_last_names as _last_names
from privacy_gateway.detection.software import is_software

# Suffixes that make surnames in many languages (patronymic, toponymic, diminutive); with them a
# word of six letters or more that is no English word or tool is a surname the lists may lack.
SURNAME_ENDINGS = (
    "ov", "ev", "ova", "eva", "yeva", "ovna", "evna", "enko", "ski", "ska", "sky", "cki", "cka", "dzki", "czyk", "wicz",
    "ovic", "evic", "ovich", "evich", "chuk", "escu", "eanu", "oglu", "yan", "dze", "shvili", "sson",
    "opoulos", "poulos", "akis", "inen", "ainen", "auskas", "iene", "aite", "zadeh",
)
_ENDING = re.compile(rf"(?:{'|'.join(sorted(SURNAME_ENDINGS, key=len, reverse=True))})$")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_JOINTS = re.compile(r"[._\-]")


def given(word: str) -> bool:
    """A given name of the lists, three letters or more."""
    return len(word) >= 3 and word in _first_names()


def family(word: str) -> bool:
    """A surname of the lists, or a word shaped like one (see `SURNAME_ENDINGS`)."""
    return len(word) >= 3 and word in _last_names() or surname_shaped(word)


def surname_shaped(word: str) -> bool:
    """`abdullayeva`, `kowalczyk`, `grigoryan`: a surname by its ending, not an English word or a tool."""
    return len(word) >= 6 and word.isalpha() and _ENDING.search(word) is not None and not english_form(word) and not is_software(word)


def _name_word(word: str) -> bool:
    """A name word no English word shadows: `raman`, `tanaka`; `will`, `rose` are words first."""
    return not english_form(word) or word in frequent_names()[1] or word in frequent_names()[0]


def compound(word: str) -> bool:
    """`backend`, `hostname`, `keystore`: two English words of three letters or more run together,
    the way technical words are made ("johnsmith", a frequent given name and surname, is none)."""
    given_names, surnames = frequent_names()
    return any(
        _plain_word(head) and _plain_word(tail) and head not in given_names and tail not in surnames
        for cut in range(3, len(word) - 2)
        for head, tail in ((word[:cut], word[cut:]),)
    )


def _plain_word(word: str) -> bool:
    """An English word as the lexicon lists it, no short stop word: "benthes" is no "ben" + "the s"."""
    return english_word(word) and (len(word) >= 4 or word not in STOP_WORDS)


def split_glued(word: str) -> tuple[str, str] | None:
    """A lower-case word that is two name words run together: given + surname (`priyaraman`),
    initial + surname (`mtanaka`), surname + initial (`ramanp`), surname + given (`tanakamei`).
    Each cut is one set lookup; neither part may be an English word the lists merely share."""
    if len(word) < 5 or not word.isalpha() or word in _first_names() or word in _last_names():
        return None  # a name of its own ("kowalczyk"), not two run together
    if english_form(word) or is_software(word):
        return None
    cut = _cut(word)
    return None if cut is None or compound(word) else cut


def _cut(word: str) -> tuple[str, str] | None:
    """Where `word` splits into a name and a name or an initial, cheapest lookups first."""
    if given(word[:-1]) and len(word) >= 6 and not english_form(word[:-1]):
        return word[:-1], word[-1]  # "aigerimn", "priyar": a given name and the surname's initial
    if family(word[1:]) and len(word) >= 6 and _name_word(word[1:]):
        return word[0], word[1:]
    if family(word[:-1]) and len(word) >= 6 and _name_word(word[:-1]):
        return word[:-1], word[-1]
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if given(head) and family(tail) and _name_word(head) and _name_word(tail):
            return head, tail
        if given(tail) and family(head) and _name_word(head) and _name_word(tail) and not english_form(head) and not english_form(tail):
            return head, tail
    return None


def name_words(handle: str) -> tuple[str, ...] | None:
    """The name words `handle` is made of, lower case, or None: split at dots, underscores,
    hyphens and camel case, digits dropped (`Priya.Raman42` -> ("priya", "raman"), `mtanaka` ->
    ("m", "tanaka"), `olga85` -> ("olga",)). Two words need a listed given name or surname beside
    another name word or an initial; one word with digits needs a name no English word shadows."""
    core = handle.rstrip("0123456789")
    digits = core != handle
    parts = [p.lower() for p in (_CAMEL.findall(core) if core != core.lower() and not _JOINTS.search(core) else _JOINTS.split(core)) if p]
    if not parts or not all(p.isalpha() for p in parts) or len(parts) > 3 or is_software(core.lower()):
        return None
    if len(parts) == 1:
        word = parts[0]
        glued = split_glued(word)
        if glued is not None:
            return glued
        if digits and len(word) >= 4 and (given(word) or family(word)) and _name_word(word):
            return (word,)
        return None
    return tuple(parts) if _two_names(parts) else None


def _two_names(parts: list[str]) -> bool:
    """`priya.raman`, `p.raman`, `raman_p`, `raman.priya`: a name word beside a name word or an initial."""
    words = [p for p in parts if len(p) > 1]
    if not words or any(is_software(w) for w in words):
        return False
    if len(words) < len(parts):  # an initial beside a surname, or after a given name ("priya.r")
        return any(family(w) and _name_word(w) or parts[0] == w and given(w) and not english_form(w) for w in words)
    named = [w for w in words if given(w) or family(w)]
    return len(named) == len(words) and any(not english_form(w) for w in words) or (
        len(words) == 2 and given(words[0]) and family(words[1]) and words[1] in frequent_names()[1]
    )


def numbered_login(handle: str, strict: bool = False) -> bool:
    """A login handed out as a name word, an initial and digits (lower case): `lakshmi.v80`,
    `bayu.p96`, `t.okwuosa31` (a word and an initial joined, two digits or more: the shape alone says
    login, so the word need only be no English word, tool or account unless the lists have it;
    `strict`, in code, where `attn.q12` is a member, five letters or more), and `phamh39`, `kimj7`
    (a surname of the lists glued to an initial, with digits)."""
    core = handle.rstrip("0123456789")
    digits = len(handle) - len(core)
    parts = [p for p in _JOINTS.split(core) if p]
    if not digits or not parts or not all(p.isalpha() for p in parts) or is_software(core):
        return False
    if len(parts) == 2 and digits >= 2 and sorted(map(len, parts))[0] == 1:
        word = max(parts, key=len)
        if len(word) < 3 or is_software(word):
            return False
        if word in listed_given() or word in listed_family() and not english_form(word):
            return True
        return len(word) >= (5 if strict else 4) and not english_form(word)
    if len(parts) == 1 and 4 <= len(core) <= 5 and digits <= 4:
        surname = core[:-1]
        return surname in _last_names() and not english_form(surname) and not is_software(surname) and surname not in STOP_WORDS
    return False


# Letters that software, hardware, hosts and documents number ("py3", "db01", "md5", "utf8", "ps5",
# "ch3", "top10"), and placeholders ("xxx1", "tbd2"): a short word with digits made of these is a
# thing, wherever it stands. Not the ones that are also given names ("ram", "max", "jan", "may", "min").
_NUMBERED_THINGS = frozenset(
    """py pg es db web srv svr app api rc utf sha md ipv http tls ssl ssh sql mp ps ww gta cod gpt usb ddr hdd ssd cpu
    gpu rom win ie col id tmp vm gke eks aks az us eu ap abc foo bar baz qux xyz dev qa uat stg prd env lab box gw fw
    lb rtr sw nas san dc ns mx dns ftp pi pc ws prn esx hv kvm bmc ec rds vpc ip os v ver rev vol ch pt sec fig tab eq
    ep cve rfc iso ppt doc img pic vid src lib bin usr var etc dir log key pin top day set row run map car bus zip pro
    gen lvl net arm amd tv dvd cd hd fhd uhd lte gsm nfc mk vs ms gb mb kb tb hz no nr ref msg rec seq grp obj arg sub
    sum avg num idx tbl feb apr jul aug sep oct nov dec mon tue wed fri sat ai ml nlp llm iot gcc rtx gtx xbox lol omg
    boto dota covid mail edge test admin demo temp user team data node host beta alpha prod stage phase level zone
    item task week part step room round floor apt bldg unit suite gate door game xx xxx yyy zzz aaa bbb tbd tba todo
    asdf qwer fake mock dummy""".split()
)


def numbered_thing(handle: str) -> bool:
    """A thing's short name and its number (`db01`, `md5`, `edge5`, `test1`): letters of
    `_NUMBERED_THINGS` glued to digits, no one's login wherever it stands."""
    m = _SHORT_NUMBERED.fullmatch(handle)
    return m is not None and m.group("w") in _NUMBERED_THINGS


def short_numbered(handle: str) -> bool:
    """A short login handed out as a few letters of a name and a number (`iwu18`, `tha46`, `kim15`):
    two to five letters, then one to three digits. Read only where a login stands (an account's
    key, a person's slot in prose: "ping iwu18", "Is tha46 the right account?"), and never the
    letters software, machines and documents number (`_NUMBERED_THINGS`, the tool lists), nor an
    English word of four letters or more that no list of names holds ("test1", "node18")."""
    m = _SHORT_NUMBERED.fullmatch(handle)
    if m is None:
        return False
    core = m.group("w")
    if core in _NUMBERED_THINGS or is_software(core) or is_software(handle) or core in STOP_WORDS:
        return False
    if len(core) >= 4 and english_form(core) and core not in listed_given() and core not in listed_family():
        return False
    from privacy_gateway.detection.software import technology  # the generated list: "vue", "php", "node"

    return technology(core) is None


_SHORT_NUMBERED = re.compile(r"(?P<w>[a-z]{2,5})\d{1,3}")


def numbered_unknown(handle: str) -> bool:
    """A lower-case token no list knows with the two to four digits logins are handed out with
    (`okorieani22`, `ratwal19`, `sibusisom09`): letters joined by at most `.`/`_`/`-`, one part of
    five letters or more, no part an English word, a compound or a tool, and no agent noun's ending
    (jobs and workers are named so: "tokenizer3", "exporter02")."""
    core = handle.rstrip("0123456789")
    if not 2 <= len(handle) - len(core) <= 4 or handle != handle.lower() or is_software(handle) or core.endswith(("er", "or")):
        return False
    parts = [p for p in _JOINTS.split(core) if p]
    if not parts or not all(p.isalpha() for p in parts) or max(map(len, parts)) < 5:
        return False
    return not any(len(p) >= 3 and english_form(p) or is_software(p) or compound(p) or p in STOP_WORDS for p in parts)
