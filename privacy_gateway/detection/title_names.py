"""A given name by the short title chat puts beside it: Indonesian and Malay before it ("pak
Bambang", "bu dewi", "Puan Noraini"), Hindi and Urdu after it, in any language ("sharma ji ne
bola", "Please ask Gupta ji").

These titles go with a name as "Mr" does, but chat types them in lower case as often as not, and
the name after "pak" or "bu" is often a word too ("Budi", virtue; "Indah", beautiful), so no list
can say it is a name: the title does. Not a role or a kin word the title also goes with ("pak RT",
the street's head; "bu guru", the teacher; "ibu kota", the capital; "mama ji", "guru ji"), not a
deity, a guru or a saint ("Hanuman ji", "Guru Nanak Dev ji", "Sant Kabir ji"), and not the leaders
the world calls so ("Gandhi ji", "Modi ji").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from privacy_gateway.detection.foreign import own_word, stop_words
from privacy_gateway.detection.lexicon import ascii_fold, listed_given
from privacy_gateway.detection.notable import notable_person, single_name

# Indonesian and Malay titles: those that mean nothing else ("pak", "bu", "mbak") take any word after
# them; those that also mean father, mother, master or sir ("bapak", "ibu", "tuan") take only a
# capitalised one ("Ibu Ratna"; "ibu kota", the capital; "bapak ibu", ladies and gentlemen).
_SHORT = "pak|bu|bpk|mas|mbak|mba|kak|bang|cik|encik|puan"
_LONG = "bapak|ibu|tuan"
_LONG_TITLES = frozenset(_LONG.split("|"))
_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")
_MALAY_TITLE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\d_@./-])(?P<t>(?i:{_SHORT}|{_LONG}))\.?[ \t]+"
    r"(?:(?i:h|hj|haji|dr|drs|ir|prof)\.?[ \t]+)?"  # "Pak H. Slamet", "Bu Dr. Ratna": a rank between
    r"(?P<n>\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’]+){0,2}"
    r"|\p{Ll}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)?(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’]+)?)(?![\p{L}\p{M}\d_@-])"
)
# What the titles go with that is no one's name: the offices, trades and roles chat calls so ("pak
# RT", "bu guru", "mas ojek", "pak tani"), kin and people at large ("bapak ibu", "ibu hamil"), and
# the words a title makes into something else ("ibu kota", the capital; "ibu jari", the thumb; "mas
# kawin", a dowry).
_NOT_NAMED = frozenset(
    "rt rw lurah camat kades sekdes bupati walikota wali gubernur menteri presiden wakil ketua kepala kepsek "
    "direktur dirut manajer manager bos boss owner pemilik guru dosen rektor dekan dokter dok bidan perawat "
    "suster mantri apoteker polisi pol satpam security tentara sopir supir ojek kurir driver tukang penjual "
    "pedagang petani tani nelayan pos ogah tua muda haji hj ustad ustadz ustaz kyai kiai pendeta romo pastor "
    "imam hakim jaksa pengacara notaris admin cs operator teknisi montir marketing sales hrd kasir pelayan "
    "penjaga pembantu art bapak ibu bu pak mas mbak kak adik anak kota jari hamil rumah kawin menyusui "
    "tiri kandung mertua angkat".split()
)
# After a name, in Hindi and Urdu as written in Latin letters: "ji", "sahab", "saab".
_AFTER = regex.compile(
    r"(?<![\p{L}\p{M}\d_@./-])(?P<n>\p{L}[\p{L}\p{M}'’]+(?:[ \t]+\p{L}[\p{L}\p{M}'’]+)?)[ \t]+(?i:ji|sahab|saab|sahib)(?![\p{L}\p{M}\d_@-])"
)
# Kin, roles, courtesies and deities that take "ji" ("mama ji", "guru ji", "Hanuman ji"), words that
# come before it in a sentence ("haan ji", yes; "namaste ji"), and the leaders the world calls so.
_NOT_BEFORE_JI = frozenset(
    "mama mami mamaji mummy mumma papa pitaji pita mata maa ma dadi dada nana nani chacha chachi bua mausi "
    "mausa tau tai bhabhi bhabi bhaiya bhaiyya bhai didi jija jiju sasur saas beta beti bahu damad guru "
    "gurudev pandit panditji swami baba babu bapu maharaj maharaja sant sadhu sir sirji madam mam maam "
    "uncle aunty auntie shri sri shree shrimati smt sahab sahib saab master masterji doctor dr principal "
    "teacher neta netaji mantri sarpanch pradhan mukhiya thakur seth sethji munshi vakil bhagwan prabhu "
    "ram rama shyam krishna krishn hanuman ganesh ganesha ganpati shiv shiva shankar bholenath mahadev "
    "durga lakshmi laxmi saraswati sai vishnu balaji radhe radha kanha waheguru bajrang jai "
    "haan han ha haanji nahi nahin na ok okay theek thik accha achha acha bilkul shukriya dhanyavad "
    "dhanyawad namaste namaskar pranam hello hi hey bye thanks thank sorry please yes no good "
    "gandhi modi nehru shastri atal vajpayee advani yogi ambedkar bose".split()
)


# Devotional titles before a guru's, a saint's or a deity's name that "ji" follows.
_DEVOTIONAL = frozenset("guru gurudev sant swami baba bhagat mahant shri sri shree maharaj bhagwan mata devi sadhvi acharya gosain pujya param dev".split())


@functools.cache
def _indonesian_stops() -> frozenset[str]:
    """spaCy's Indonesian stop words, read once (`stop_words` reads its file at every call)."""
    return stop_words("id")


def title_names(text: str, language: str | None) -> Iterator[tuple[int, int]]:
    """(start, end) of each name beside a title (see the module); `language` is the text's, as
    `foreign.foreign_language` reads it: the Indonesian and Malay titles count only in text read so."""
    if language == "id":
        stops = _indonesian_stops()
        for m in _MALAY_TITLE.finditer(text):
            title = m.group("t").lower()
            words = list(_WORD.finditer(text, m.start("n"), m.end("n")))
            first = words[0].group()
            if first.lower() in _NOT_NAMED or first.lower() in stops or len(first) < 3:
                continue
            if title in _LONG_TITLES and not first[0].isupper():
                continue
            # Typed in lower case, the word after the name is the name's only when it is no word of
            # the language ("bu sri mulyani"; not "pak budi ikut", who comes along).
            second = words[1].group() if len(words) == 2 else ""
            if second and first.islower() and (second in stops or own_word("id", second) or second in _NOT_NAMED):
                words = words[:1]
            if notable_person(" ".join(w.group().capitalize() for w in words)) or single_name(first):
                continue  # "Pak Jokowi", "bu sri mulyani": a leader the country knows
            yield m.start("n"), words[-1].end()
    lowered = text.lower()
    if "ji" not in lowered and "sahab" not in lowered and "saab" not in lowered and "sahib" not in lowered:
        return
    for m in _AFTER.finditer(text):
        words = m.group("n").split()
        if words[-1].lower() in _NOT_BEFORE_JI or len(words[-1]) < 3:
            continue
        # "Guru Nanak Dev ji", "Swami Vivekananda ji", "Sant Kabir ji": a saint, a guru or a deity a
        # devotional title names, or a name the world knows alone.
        before = text[max(0, m.start() - 24) : m.start()].lower().split()[-2:]
        if any(w.lower() in _DEVOTIONAL for w in [*before, *words]):
            continue
        if single_name(words[-1]) or notable_person(" ".join(w.capitalize() for w in words)):
            continue
        # One word before the title, or two when the first is a given name of the lists in the same
        # case ("rakesh sharma ji"; not "ask sharma ji", whose first word is the sentence's).
        first = words[0]
        if len(words) == 2 and not (ascii_fold(first.lower()) in listed_given() and first[0].isupper() == words[1][0].isupper()):
            yield m.end("n") - len(words[-1]), m.end("n")
        else:
            yield m.span("n")
