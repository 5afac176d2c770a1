"""Is this text written in another language than English? A vote of function words, in microseconds.

The name rules read English: a capital mid-sentence is a proper noun, a capitalised word the
tagger calls PERSON is a person. In German every noun is capitalised, and the English model tags
"Besprechung", "Schnittstelle" or "¿Puedes" as people. So text mostly in another language is read
more cautiously: no name guessed from a capital alone, tagged spans that read as that language's
nouns dropped, places only where someone speaks of their own life — see `names.py`.

Function words decide: each language's stop words (spaCy's lists, no model needed) are counted
among the text's words; another language wins when it has at least `MIN_VOTES` words and clearly
more than English. A third language is one more row in `_LANGUAGES`. This is a guard for the
English rules, not language identification for routing (that would need a classifier).

The other languages (`EVERYDAY_ONLY`: Danish, Polish, Romanian, Turkish, Vietnamese, Greek …)
vote by their everyday words alone (`data/foreign_words.txt.gz`), function words among them:
spaCy's stop lists for them hold single letters and English words ("a", "it", "be", "bar").
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from importlib.resources import files

import regex
from spacy.lang.en.stop_words import STOP_WORDS as _EN

from privacy_gateway.detection.memo import per_analysis
from privacy_gateway.detection.tagged_words import TaggedWords, tagged_lines
from privacy_gateway.detection.title_case import shouted_lines_lowered


def stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of language `code`, read from its `stop_words.py` alone.

    Importing `spacy.lang.<code>.stop_words` runs the language package first, tokenizer exceptions
    and all: French's alone hold 14 MB, in every analyzer process of a gateway that never reads
    French. The file is a plain list (`STOP_WORDS = set(...)`, no imports), so it is run by itself.
    """
    package = importlib.util.find_spec(f"spacy.lang.{code}")
    if package is None or not package.submodule_search_locations:
        raise ModuleNotFoundError(f"spacy.lang.{code}")
    path = f"{list(package.submodule_search_locations)[0]}/stop_words.py"
    spec = importlib.util.spec_from_file_location(f"privacy_gateway._stop_words_{code}", path)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


_DE, _ES, _FR, _IT, _NL, _PT = (stop_words(code) for code in ("de", "es", "fr", "it", "nl", "pt"))

MIN_VOTES = 3  # fewer function words than this: too little text to call it anything but English
_MARGIN = 1.5  # another language needs this many times English's votes

# Articles and determiners: a capitalised word right after one is a noun ("der Parameter"), not a
# person's name. Per language, since "de" is an article in Dutch and a preposition in Spanish.
_ARTICLES = {
    "de": frozenset("der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner dieser diese dieses diesen diesem".split()),
    "fr": frozenset("le la les l un une des du ce cet cette ces".split()),
    "es": frozenset("el la los las lo un una unos unas este esta estos estas ese esa".split()),
    "it": frozenset("il lo la i gli le l un uno una questo questa quel quella".split()),
    "pt": frozenset("o os as um uma uns umas este esta esse essa do da dos das no na nos nas".split()),
    "nl": frozenset("de het een deze dit die dat".split()),
}
# First-person words: someone speaking about their own life, so the places they name are personal.
_PERSONAL = {
    "de": frozenset("ich mein meine meinen meinem meiner mich mir wir unser unsere uns".split()),
    "fr": frozenset("je j moi mon ma mes nous notre nos".split()),
    "es": frozenset("yo mi mis me nosotros nuestra nuestro nuestras nuestros".split()),
    "it": frozenset("io mio mia miei mie mi noi nostro nostra".split()),
    "pt": frozenset("eu meu minha meus minhas me nós nosso nossa".split()),
    "nl": frozenset("ik mijn mij me wij we ons onze".split()),
    "da": frozenset("jeg mig min mit mine vi os vores".split()),
    "nb": frozenset("jeg meg min mitt mine vi oss vår vårt våre".split()),
    "sv": frozenset("jag mig min mitt mina vi oss vår vårt våra".split()),
    "fi": frozenset("minä mä minun minua minulla minulle me meidän meillä".split()),
    "tl": frozenset("ako ko akin aking ako'y kami kita tayo namin natin amin atin".split()),
    "is": frozenset("ég mig mér minn mín mitt við okkur okkar".split()),
    "pl": frozenset("ja mnie mi mój moja moje mojego mojej moim my nas nam nasz nasza nasze naszego naszej".split()),
    "cs": frozenset("já mě mne mi můj moje moji mého mé my nás nám náš naše".split()),
    "sk": frozenset("ja ma mňa mi môj moja moje môjho my nás nám náš naša naše".split()),
    "hu": frozenset("én engem nekem enyém mi minket nekünk".split()),
    "ro": frozenset("eu mine mă meu mea mei mele noi nostru noastră noștri".split()),
    "hr": frozenset("ja mene me mi moj moja moje nas nam naš naša naše".split()),
    "sl": frozenset("jaz mene me mi moj moja moje nas nam naš naša naše".split()),
    "lt": frozenset("aš mane man mano mes mus mūsų".split()),
    "lv": frozenset("es mani man mans mana mēs mūs mūsu".split()),
    "tr": frozenset("ben beni bana benim biz bizi bize bizim".split()),
    "id": frozenset("saya aku kami kita".split()),
    "ca": frozenset("jo em meu meva meus meves nosaltres nostre nostra".split()),
    "vi": frozenset("tôi tui tớ mình chúng".split()),
    "el": frozenset("εγώ μου με εμένα εμείς μας".split()),
}
_LANGUAGES = {"de": _DE, "fr": _FR, "es": _ES, "it": _IT, "pt": _PT, "nl": _NL}
# Danish, Swedish, Norwegian, Finnish, Icelandic, Polish, Czech, Slovak, Hungarian, Romanian,
# Croatian, Slovenian, Lithuanian, Latvian, Turkish, Indonesian, Catalan, Tagalog, Vietnamese and
# Greek, told by their everyday words alone (scripts/build-foreign-words writes them). Vietnamese
# capitalises a sentence's first syllable and Greek has capitals: read as English, the model tags
# their phrases as people ("Viết giúp mình mô tả", "Διάβασα").
EVERYDAY_ONLY = ("da", "sv", "nb", "fi", "is", "pl", "cs", "sk", "hu", "ro", "hr", "sl", "lt", "lv", "tr", "id", "ca", "tl", "vi", "el")
_WORD = regex.compile(r"\p{L}+")
# A whole word not followed by a capitalised one. Taken whole (possessive, from a word's start):
# no shorter piece of a word could pass where the word itself failed, but trying each was most of the time.
# Not a case ending after a name and an apostrophe ("İGDAŞ'a", "Ankara'da": Turkish, not the article
# "a"), nor a number's label ("Kimlik No: 4120…", "No.3").
_VOTER = regex.compile(r"(?<!\p{L})(?<!\p{Lu}\p{L}{2,}['’])(?!No[.:]?[ \t]*[\d:])(\p{L}++)(?![\p{L}'’]*[ \t]+\p{Lu})")
# German writes every noun with a capital, so its articles and prepositions stand before capitals
# ("für die Patienteninformation den Unterschied"), where `_VOTER` lets none vote: read there, they
# vote German. Not after "von", "van" or "zu" ("von der Leyen", "van den Berg"), nor the articles
# other languages' names hold ("das Dores", "rue des Rosiers"), nor "am" and "im", which English
# chat writes before a name too ("I am Priya", "hi im Tomasz").
_GERMAN_BEFORE_CAPITAL = regex.compile(
    r"(?<!\p{L})(?<!(?i:von|van|vom|zu)[ \t]+)(der|die|den|dem|ein|eine|einen|einem|einer|eines|keine|keinen|für|mit|zwischen|ohne|"
    r"über|unter|gegen|durch|bei|nach|aus|auf|und|oder|zum|zur|beim)(?=[ \t]+\p{Lu}\p{Ll})"
)


# A lower-case word standing in prose: spaces or a sentence's marks either side.
_PROSE_WORD = regex.compile(r"(?<![^\s(\"'¿¡«])(\p{Ll}[\p{Ll}\p{M}]*)(?=[\s,;:!?)\"'»]|\.(?:\s|$)|$)")


# Every function word, with the languages it counts for (English first): one lookup per word of
# a text instead of one per word and language.
def _votes() -> dict[str, tuple[str, ...]]:
    votes: dict[str, tuple[str, ...]] = {}
    for code, words in {"en": _EN, **_LANGUAGES}.items():
        for word in words:
            votes[word] = (*votes.get(word, ()), code)
    return votes


_VOTES = _votes()


@functools.cache
def _everyday_words() -> TaggedWords:
    """Each everyday word of `data/foreign_words.txt.gz` with the languages that write it
    (`scripts/build-foreign-words`): no English word, name or place among them, and no stop word
    of `_LANGUAGES` (those of `EVERYDAY_ONLY` are kept here, names or not). Some 180,000 words: a
    table of hashes (`TaggedWords`), not a dict, saves about 17 MB in each analyzer process."""
    raw = files("privacy_gateway.detection").joinpath("data/foreign_words.txt.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    return TaggedWords(tagged_lines(text))




def foreign_everyday(language: str, word: str) -> bool:
    """Whether `word` is an everyday word of `language` that English does not write and no one is
    called ("recomenda", "ricetta", "vergütung")."""
    return language in _everyday_words().get(word.lower())


@per_analysis  # asked by the name rules, each handle and the detector: one scan per analysis
def foreign_language(text: str) -> str | None:
    """The code of the language `text` is mostly written in, or None for English (or too little text)."""
    # A function word before a capital is part of a name ("rue de Rocher", "da Cunha", "von der
    # Leyen"): names and addresses from abroad in an English prompt do not make it foreign.
    counts = dict.fromkeys(("en", *_LANGUAGES, *EVERYDAY_ONLY), 0)
    english_words: list[str] = []
    if (lowered := shouted_lines_lowered(text[:4000])) is not None:
        # "BITTE FREUNDLICHER FORMULIEREN: AB 1. JULI IST DIE KANTINE …": in capitals every word stands
        # before a capital and none is lower-case, so no word would vote; read as typed in lower case.
        text = lowered
    voters = [word.lower() for word in _VOTER.findall(text[:4000])]
    counts["de"] += len(_GERMAN_BEFORE_CAPITAL.findall(text[:4000]))
    for word in voters:
        for code in _VOTES.get(word, ()):
            counts[code] += 1
            if code == "en":
                english_words.append(word)
    # "ricetta", "muchísimo": a short request's everyday words vote where its function words are
    # few; words of prose only, not a path's or a host's ("/api/v1/kunden?seite=2").
    everyday = _everyday_words()
    told = set()
    for word in _PROSE_WORD.findall(text[:4000]):
        for code in everyday.get(word):
            counts[code] += 1
            told.add((word, code))
    # A language told by its everyday words counts its function words too, as the six count theirs:
    # "Kan du skriva en … för den här resan?" is Swedish, though "kan", "en", "den" vote Dutch as well.
    # Only a language some of whose everyday words are there, or three function words of it that
    # English does not write: English data and code hold many short words that are function words
    # somewhere ("no", "to", "by", "on"); chat in Tagalog holds few everyday words of the lists.
    own = _own_function_words()
    everyday_votes = dict(counts)
    mine: dict[str, set[str]] = {}
    for word in voters:
        for code in own.get(word, ()):
            if "en" not in _VOTES.get(word, ()):
                mine.setdefault(code, set()).add(word)
    for word in voters:
        for code in own.get(word, ()):
            if (word, code) not in told and (everyday_votes[code] >= 2 or len(mine.get(code, ())) >= 3):
                counts[code] += 1
    english = counts.pop("en")
    best, votes, against = None, 0, english
    for code, count in counts.items():  # in `_LANGUAGES`, then `EVERYDAY_ONLY` order: the first of equal votes wins
        if count <= votes:
            continue
        # English words that are this language's function words too ("a", "to", "do" in Czech,
        # "at", "om" in Danish) are no sign of English in it.
        english_here = english - sum(w in _stop_list(code) for w in english_words) if code in EVERYDAY_ONLY else english
        if code in EVERYDAY_ONLY and english_here >= MIN_VOTES:
            # Told by its everyday words alone, a language needs English all but absent: an English
            # request quoting a Polish or Turkish message ("Can you draft a reply to this: '…'") is
            # English, and so are the names of its English part.
            continue
        best, votes, against = code, count, english_here
    if best is None or votes < MIN_VOTES or votes < _MARGIN * against:
        return None
    return best


def article(language: str, word: str) -> bool:
    """Whether `word` is an article or determiner in `language`."""
    return word.lower() in _ARTICLES.get(language, frozenset())


def personal(language: str, text: str) -> bool:
    """Whether someone speaks of themselves in `text` (written in `language`)."""
    own = _PERSONAL.get(language, frozenset())
    return any(w.lower() in own for w in _WORD.findall(text))


def stop_word(language: str, word: str) -> bool:
    """Whether `word` is a function word in `language`. A language told by its everyday words alone
    (`EVERYDAY_ONLY`) keeps its function words among them, so any of its own words counts, and so do
    its function words that vote for no language (`_function_words`)."""
    if language in EVERYDAY_ONLY:
        return foreign_everyday(language, word) or word.lower() in _function_words(language)
    return word.lower() in _LANGUAGES.get(language, frozenset())


@functools.cache
def _stop_list(code: str) -> frozenset[str]:
    """spaCy's function words of `code`, or none where spaCy has no list."""
    try:
        return stop_words(code)
    except ModuleNotFoundError:
        return frozenset()


@functools.cache
def _function_words(code: str) -> frozenset[str]:
    """spaCy's function words of `code`, a language of `EVERYDAY_ONLY`, and those its speakers type
    that spaCy's list lacks (`_SPOKEN_FUNCTION_WORDS`), of two letters or more, less the most
    frequent census names ("ben", "can"). They vote only beside the language's everyday words
    (English writes many: "du", "til", "kan", "je"), and in text told to be in that language they
    are its words, no part of a name: "kan du lage", "ať je", "yung sim" are no one."""
    from privacy_gateway.detection.lexicon import frequent_names  # loaded late: keeps the import chain short

    given, family = frequent_names()
    words = _stop_list(code) | _SPOKEN_FUNCTION_WORDS.get(code, frozenset())
    return frozenset(w for w in words if len(w) >= 2 and w.isalpha() and w not in given and w not in family)


# Function words of chat and speech that spaCy's lists leave out, and that the everyday lists drop as
# someone's name somewhere ("yung", "naman", "kasi" in Tagalog; the personal articles "si", "ni", "kay").
_SPOKEN_FUNCTION_WORDS = {
    "tl": frozenset(
        """yung yun yan po opo naman lang kasi daw raw nga ba mo kayo nya niya wala meron pano diba talaga sana rin din
        pag tapos nung nang eh oo si kay sina nina kina dun dyan ano""".split()
    ),
}


@functools.cache
def _own_function_words() -> dict[str, tuple[str, ...]]:
    """Each function word of the languages of `EVERYDAY_ONLY` (`_function_words`), with the
    languages it is one of: one lookup per word of a text."""
    codes: dict[str, tuple[str, ...]] = {}
    for code in EVERYDAY_ONLY:
        for word in _function_words(code):
            codes[word] = (*codes.get(word, ()), code)
    return codes


def own_word(language: str, word: str) -> bool:
    """Whether `word` is a function word or an everyday word of `language`, no part of a name there."""
    return stop_word(language, word) or foreign_everyday(language, word)


def function_word(word: str) -> bool:
    """Whether `word` is a function word in English or any language of `_LANGUAGES` ("une", "dans")."""
    return word.lower() in _VOTES
