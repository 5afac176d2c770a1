"""Towns, villages, districts and regions a stranger names in personal text ("lives in Norra
Sandby", "12-345 Tarnów", "Bad Tölz, Bavaria", "town: Kilkee").

`places.txt` and `towns.txt` stop at 15,000 people; most places people live in are smaller, and
spaCy's small model knows few of them. `data/small_places.tsv.gz` (GeoNames cities1000 with their
divisions, ISO 3166-2 subdivisions, US counties; written by scripts/build-small-places) is read
once into a set. Many small places are also English words or given names ("Reading", "Bath",
"Florence", "Deal"), so a listed name counts only

- in a place position: after "lives in", "moved to", "from", a town/city/ort key or a postcode on
  its line, before a postcode or ", <region or country>"; or after "in"/"to"/"near" when it is no
  English word;
- or, with no position, written as a name (capitalised, a whole capitalised run) and no English
  word, given name or surname.

Only in personal text: technical text, history and questions about the world (`TextKind`) keep
their places as written (see `places.py`), and keys and columns are typed in `structured`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection import lines
from privacy_gateway.detection.base import GatewayRecognizer
from privacy_gateway.detection.brand_uses import model_year
from privacy_gateway.detection.foreign import foreign_language, function_word, own_word
from privacy_gateway.detection.full_names import notable_around
from privacy_gateway.detection.name_cues import CALENDAR_WORDS, SITE_WORDS
from privacy_gateway.detection.lexicon import common_word, english_form, first_names, last_names, proper_nouns, world_first_names, world_last_names
from privacy_gateway.detection.places import FROM_CUE, OWNED_PLACE_CUE, any_place, fold_place, jurisdiction, known_place, origin_place, small_places
from privacy_gateway.detection.software import is_software, technology
from privacy_gateway.detection.text_kind import describe

# The longest name looked up, in words ("Sant Julià de Lòria", "Castelnau-de-Montmiral" is one).
_MOST_WORDS = 4
# A word: letters, inner apostrophes and hyphens ("L'Aquila", "Saint-Rémy-de-Provence").
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*")
_LETTERS_ENDING = regex.compile(r"(\p{L}+)[ \t]+$")
_LETTERS_NEXT = regex.compile(r"[ \t]+(\p{L}+)")
_TWO_LETTERS = regex.compile(r"\p{L}{2,}")
# Where someone lives, comes from or goes: the words before a place of their own.
_LIVES = regex.compile(
    r"(?i:\b(?:live[sd]?|living|moved|moving|move|relocat\w*|born|raised|grew[ \t]+up|resid\w*|settled|"
    r"originally|hometown|home[ \t]+town|hails?|staying|wohnt?|wohnhaft|habite?|"
    r"vive|vivo|mora|moro|mieszka|bor|woont|"
    # Where someone travels: "flying to", "flight back to", "taxi to", "driving up to", "commute from".
    r"fly|flying|flies|flew|flight|travel\w*|heading|headed|driving|drive|drove|commut\w*|visiting|trip|"
    # Where someone is on their way from or to: "is coming from Safranbolu", "arriving in Ystad".
    r"come|comes|coming|came|arriv(?:e|es|ed|ing)|"
    r"holiday|vacation|taxi|cab|ferry|fahre|fahren|fliege|fliegen|viaje|viajo|voy|vou|vais|pars|jadę|lecę|reis|vlieg)\b(?:[ \t]+\w+){0,2}?[ \t]+"
    r"(?:in|to|from|at|near|outside|of|à|a|en|au|aux|de|em|no|na|w|we|z|ze|i|nach|aus|bei|im|uit|naar|från|desde)[ \t]+)$"
)
# Where someone lives, not where things or people go: what keeps a product's name ("Gandi") a place.
_RESIDES = regex.compile(r"(?i:\b(?:live[sd]?|living|born|raised|grew[ \t]+up|resid\w*|settled|hometown|home[ \t]+town|town|village|city)\b[^.\n]*$)")
# A form's place of residence written inline, with no colon: "woonplaats Edam", "Wohnort Weißenburg".
_RESIDENCE = (
    r"\b(?i:woonplaats|wohnort|woonachtig[ \t]+(?:te|in)|wohnhaft[ \t]+in|domicili[ée]e?[ \t]+(?:à|a)|"
    r"residente[ \t]+(?:a|in|em|en)|bosatt[ \t]+i)[ \t]+"
)
_RESIDENCE_CUE = regex.compile(_RESIDENCE)
# A key or column that holds a town, in several languages ("town:", "Ort =", "| Località |").
_KEY = regex.compile(
    r"(?i:\b(?:town|city|village|hamlet|locality|municipality|district|county|region|province|state|suburb|"
    r"birthplace|place[ \t]+of[ \t]+birth|hometown|residence|ort|wohnort|stadt|gemeinde|ville|commune|"
    r"localité|località|comune|città|ciudad|localidad|municipio|cidade|miasto|miejscowość|gmina|powiat|"
    r"województwo|plaats|gemeente|woonplaats|ort|kommun|stad|kunta|kaupunki|obec|okres|település|város|"
    r"oraș|localitate|judet|județ|kota|kabupaten)\b[ \t]*[:=|][ \t]*[\"']?"
    rf"|\b(?:place[ \t]+of[ \t]+birth|birthplace|hometown|home[ \t]+town|born[ \t]+in)[ \t]+|{_RESIDENCE})$"
)
# A postcode just before, on the same line ("12-345 ", "75011 ", "SE-211 22 ", "D-80331 ").
_POSTCODE_BEFORE = regex.compile(r"(?:^|[\s,;(])(?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2})[ \t]+$")
# A postcode just after ("Keswick CA12 5DE", "Tarnów 33-100").
_POSTCODE_AFTER = regex.compile(r",?[ \t]+(?:(?:[A-Z]{1,2}-)?\d{4,6}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})\b")
# ", Bavaria", ", Poland": a region or country after (checked against the lists).
_REGION_AFTER = regex.compile(r"[ \t]*,[ \t]*(\p{L}[\p{L}'’-]*(?:[ \t]\p{L}[\p{L}'’-]*){0,2})")
# A preposition of place before, in lower case ("in", "near", "à", "nach"): "To Kill a Mockingbird"
# is a title. "to", "from", "at" and their kin also come before people ("a message from Maria").
_AT = regex.compile(r"\b(?:in|near|around|outside|à|au|en|dans|près[ \t]+de|nach|bei|em|perto[ \t]+de|w|we)[ \t]+$")
_TO = regex.compile(r"\b(?:to|from|at|aus|desde|z|ze|från|uit|naar|bij)[ \t]+$")
# A place named as where a shop, office or depot is: "the Burgos store", "our Lahti branch".
_SITE_AFTER = regex.compile(r"[ \t]+(?:" + "|".join(sorted(SITE_WORDS)) + r")s?\b")
_CALENDAR = CALENDAR_WORDS | frozenset(
    # months and weekdays in French, German, Spanish, Italian, Portuguese and Dutch ("Le mardi", "am Montag")
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi "
    "jeudi vendredi samedi dimanche januar februar marz juni juli oktober dezember montag dienstag mittwoch "
    "donnerstag freitag samstag sonntag enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre lunes martes miercoles jueves viernes sabado domingo gennaio febbraio aprile maggio "
    "giugno luglio settembre ottobre dicembre lunedi martedi mercoledi giovedi venerdi sabato janeiro fevereiro "
    "marco maio junho julho setembro outubro dezembro segunda terca quarta quinta sexta maandag dinsdag woensdag "
    "donderdag vrijdag zaterdag zondag".split()
)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first word of every listed name of two words or more, folded as `small_places`."""
    return frozenset(name.split(" ", 1)[0] for name in small_places() if " " in name)


def _matches(text: str) -> Iterator[tuple[int, int]]:
    """The longest listed names in `text`, left to right: runs of up to four words joined by one
    space (or a hyphen inside a word), never across a line.

    Folding is word by word (a space stays a space), so a run of several words can only be
    listed when its first word, folded, starts a listed name of several words (`_first_words`):
    most words start none, and their longer runs are never folded and looked up.
    """
    listed = small_places()
    words = list(_WORD.finditer(text))
    # Whether each word and the next are one space (or tab) apart, as a run's words must be.
    joined = [text[a.end() : b.start()] in (" ", "\t") for a, b in zip(words, words[1:])]
    i = 0
    while i < len(words):
        best = 0
        longest = 1
        while longest < min(_MOST_WORDS, len(words) - i) and joined[i + longest - 1]:
            longest += 1
        word = fold_place(words[i].group()).replace("’", "'")
        if longest > 1 and word.split(" ", 1)[0] not in _first_words():
            longest = 1
        for n in range(longest, 1, -1):
            if fold_place(text[words[i].start() : words[i + n - 1].end()]).replace("’", "'") in listed:
                best = n
                break
        else:
            best = 1 if word in listed else 0
        if best:
            yield words[i].start(), words[i + best - 1].end()
            i += best
        else:
            i += 1


def _plain(value: str, placed: bool = False) -> bool:
    """A word or words anyone might write that are not a place: every word an English word or stop
    word ("Deal", "Mount Pleasant", "Bath"), or a weekday or month. `placed` (a word of place
    before it, a site after it): not a word WordNet has only as a proper noun ("Malmö",
    "Częstochowa"), which the English word list holds too; unplaced, those stay words ("Gemini")."""
    return all(_plain_word(w, placed) for w in value.replace("-", " ").split())


def _plain_word(word: str, placed: bool) -> bool:
    if word.lower() in STOP_WORDS:
        return True
    folded = fold_place(word)
    return (common_word(word) or english_form(folded)) and not (placed and folded in proper_nouns())


def _named(value: str) -> bool:
    """A given name or surname, of the census or of the world lists ("Florence", "Herrera")."""
    key = fold_place(value)
    return any(key in names() for names in (first_names, last_names, world_first_names, world_last_names))


def _region_after(text: str, end: int) -> bool:
    m = _REGION_AFTER.match(text, end, end + 60)
    if m is None:
        return False
    words = m.group(1).split()
    return any(any_place(" ".join(words[:n])) for n in range(len(words), 0, -1))


def _capitalised_run(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is written as a name, and is the whole of its run of capitalised
    words (not "Herrera" in "Maria Herrera", not "Paris" in "Paris Hilton")."""
    value = text[start:end]
    if not all(w[0].isupper() for w in _WORD.findall(value) if w.lower() not in STOP_WORDS and len(w) > 3) or value.isupper():
        return False
    before = _LETTERS_ENDING.search(text[max(0, start - 30) : start])
    after = _LETTERS_NEXT.match(text[end : end + 30])
    return not (before and before.group(1)[0].isupper() or after and after.group(1)[0].isupper())


def _position(text: str, start: int, end: int, one_case: bool) -> str | None:
    """"strong" after a residence cue, key or postcode, or before a postcode or a region; "weak"
    after a preposition of place ("in") or before a site ("the Burgos store"); "toward" after one that also comes before people
    ("from"); else None."""
    line_start = lines.line_start(text, start)
    before = text[max(line_start, start - 60) : start]
    if one_case:
        before = before.lower()  # "LIVES IN RINGSTED", "meet me in ringsted"
    if _LIVES.search(before) or _KEY.search(before) or _POSTCODE_BEFORE.search(before):
        return "strong"
    if _POSTCODE_AFTER.match(text, end, end + 20) or _region_after(text, end):
        return "strong"
    if _AT.search(before) or _SITE_AFTER.match(text, end):
        return "weak"
    return "toward" if _TO.search(before) else None


def _counts(text: str, start: int, end: int, one_case: bool) -> bool:
    value = text[start:end]
    words = value.split()
    if len(value) < 3 or all(function_word(w) for w in words) or fold_place(words[0]) in _CALENDAR or is_software(value):
        return False
    position = _position(text, start, end, one_case)
    if technology(value) is False and not (position == "strong" and _RESIDES.search(text, max(0, start - 60), start)):
        return False  # "escalate to Gandi", "move the files from Bamboo": a product no one is named after, unless one lives there
    if position == "strong":
        return not (value.islower() and _plain(value, placed=True))
    if position is None and (len(value) < 4 or text.startswith(":", end)) or _plain(value, placed=position is not None):
        return False  # too short to tell, or a label ("Loja: claro", a shop speaking)
    # In one case a place is a place only where the whole text is so written ("dans une" is French,
    # not a village; "MEET ME IN RINGSTED" is shouted).
    written = _capitalised_run(text, start, end) or one_case
    return written and (position == "weak" or not _named(value))


# The words on either side of a place, on its line.
_WORDS_BEFORE = regex.compile(r"(?:\p{L}+[^\p{L}\n]+){1,3}$")
_WORDS_AFTER = regex.compile(r"(?:[^\p{L}\n]+\p{L}+){0,2}")


def _shouted(text: str, start: int, end: int) -> bool:
    """Whether a place in capitals stands among words in capitals, in a text that is not all so
    written: a note or a claim typed in capitals under a request in plain case ("TAXI TO FROME AT
    05:30", "CLAIMANT ANA REIS OF CASTRES")."""
    if not text[start:end].isupper():
        return False
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    after = _WORDS_AFTER.match(text, end, end + 30)
    words = _TWO_LETTERS.findall((before.group() if before else "") + " " + (after.group() if after else ""))
    return len(words) >= 2 and all(w.isupper() for w in words)


def _line(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the line holding text[start:end] starts, and the line."""
    line_start = lines.line_start(text, start)
    return line_start, text[line_start : lines.line_end(text, end)]


def _low_line(text: str, start: int, end: int) -> bool:
    """Whether a place in lower case stands on a line of four words or more with no capital."""
    if not text[start:end].islower():
        return False
    line = _line(text, start, end)[1]
    return not any(c.isupper() for c in line) and len(line.split()) >= 4


# Between a place and the next part of where it is: "Ventalló, Cimarron County", "Heim · Trøndelag".
_NEXT_PART = regex.compile(r"[ \t]*[,·/|][ \t]*")


def small_place_spans(text: str, travelled_only: bool = False) -> Iterator[tuple[int, int]]:
    """The listed small places `text` names as someone's (see the module docstring): a place's
    line goes with it, the postcode after it ("Diangokro 90159") and the listed region or district
    after that ("…, Cimarron County"). `travelled_only`: only places someone lives in, comes from
    or travels to ("flying to Frome"), as technical text names them among its tools."""
    last = -1
    one_case = not any(c.isupper() for c in text) or not any(c.islower() for c in text)
    for start, end in _matches(text):
        value = text[start:end]
        if _manifest_row(text, start, end):  # a printout row naming a passenger, in any kind of text
            yield start, end
            continue
        if travelled_only and not _travelled(text, start, end):
            continue
        follows = last >= 0 and _NEXT_PART.fullmatch(text, last, start) is not None
        shouted = one_case or _shouted(text, start, end)
        # A line typed all in lower case inside a prompt in mixed case (a quoted text message) reads
        # as one-case text, where a place stands after a word of place.
        placed_low = not shouted and _low_line(text, start, end) and _position(text, start, end, True) is not None
        if follows and not all(function_word(w) for w in value.split()) or _counts(text, start, end, shouted or placed_low):
            code = _POSTCODE_AFTER.match(text, end, end + 20)
            last = code.end() if code else end
            yield start, last


def _travelled(text: str, start: int, end: int) -> bool:
    """A capitalised place right after a word of living or travelling, not a tool's name; or, on a
    line of plain sentences, a small place (under 15,000 people, no English word, given name or
    surname) right after "in"/"near"/"outside": "the old VM fleet in Llandeilo"."""
    line_start = lines.line_start(text, start)
    value = text[start:end]
    if not value[:1].isupper() or is_software(value) or technology(value) is not None or _plain(value, placed=True):
        return False
    before = text[max(line_start, start - 60) : start]
    if _LIVES.search(before):
        return True
    return bool(_AT.search(before)) and not known_place(value) and not _named(value) and _capitalised_run(text, start, end) and _prose_line(text, start)


# A passenger's name as tickets and manifests print it: "SANDVIK/SIGRID", "NAIR/MURUGAN MR".
_SLASHED_NAME = regex.compile(r"(?<![\w/])\p{Lu}[\p{Lu}'’\-]+/\p{Lu}[\p{Lu}'’\-]+(?![\w/])")


def _manifest_row(text: str, start: int, end: int) -> bool:
    """A place in capitals on a printout's row that names a passenger SURNAME/GIVEN ("01  SANDVIK/SIGRID
    TOREKOV  SEAT 24D"): the row is that person's, its places their town, whatever else the words mean."""
    value = text[start:end]
    if not value.isupper() or len(value) < 4 or " " not in value and common_word(value.lower()):
        return False
    line_start, row = _line(text, start, end)
    return any(not (line_start + m.start() <= start < line_start + m.end()) for m in _SLASHED_NAME.finditer(row))


def _prose_line(text: str, at: int) -> bool:
    from privacy_gateway.detection.uncased import prose_line  # loaded late: keeps the import chain short

    return prose_line(text, at)


# Where someone lives, comes from, works from or goes back to, then the place: "grew up in", "moved to",
# "remote from", "based out of", "back to". Read in any case and in any kind of text.
_LIVED = regex.compile(
    r"(?i:\b(?:live[sd]?|living|moved|moving|move|relocat\w*|born|raised|grew[ \t]+up|resid\w*|settled|originally|"
    r"hails?|back|remote|remotely|based|stationed|fl(?:y|ying|ies|ew)|travel\w*|heading|headed|commut\w*)"
    r"(?:[ \t]+[a-z]+){0,2}?(?:[ \t]+(?:in|to|from|near|out[ \t]+of)){1,2}[ \t]+(?:the[ \t]+)?)"
)


def _country(value: str) -> bool:
    """A country's name or short form ("ireland", "USA"); two letters only in capitals ("us" is a pronoun)."""
    from privacy_gateway.detection.countries import country_names  # loaded late: keeps the import chain short

    return (len(value) > 2 or value.isupper()) and " ".join(value.split()).lower() in country_names()


# Cues that also move code and systems ("move to Tokio", "back to Postgres"): in technical text only before a country.
_MOVED = regex.compile(r"(?i:move[sd]?|moving|back)\b")


def lived_place_spans(text: str, technical: bool = False, cues: regex.Pattern[str] = _LIVED) -> Iterator[tuple[int, int]]:
    """Places right after a cue of living, moving, working from or going back ("moved to durrow",
    "BACK TO IRELAND", "remote from nigeria"), or of the other `cues`: the longest run of up to
    four words that is a listed small place, town, city or country, in any case; a small place in
    lower case that is an English word is not one ("moved to reading glasses"), nor a tool's name.
    `technical`: after "move"/"back" only a country."""
    for cue in cues.finditer(text):
        words = list(_WORD.finditer(text, cue.end(), min(len(text), cue.end() + 60)))
        if not words or words[0].start() != cue.end():
            continue
        countries_only = technical and _MOVED.match(cue.group()) is not None
        for n in range(min(_MOST_WORDS, len(words)), 0, -1):
            run = words[:n]
            if any(text[a.end() : b.start()] not in (" ", "\t") for a, b in zip(run, run[1:])):
                continue
            start, end = run[0].start(), run[-1].end()
            value = text[start:end]
            if is_software(value) or technology(value) is not None or countries_only and not _country(value):
                continue
            if _country(value) or known_place(value) and not (value.islower() and _plain(value, placed=True)):
                yield start, end
                break
            if fold_place(value).replace("’", "'") in small_places() and not _plain(value, placed=True):
                yield start, end
                break


class SmallPlaceRecognizer(GatewayRecognizer):
    """LOCATION for a listed town, district or region named in personal text."""

    ENTITY = "LOCATION"

    def load(self) -> None:
        _first_words()  # and the list itself

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if "LOCATION" not in entities:
            return []
        kind = describe(text)
        if kind.history or kind.public_places:
            # A question about the world's places still names someone's: "the easiest way to get to
            # Nadia's place in Kitwe", "things to do near my sister's house in Mount Druitt".
            # So does a form's "woonplaats Edam".
            spans = {*lived_place_spans(text, kind.coded, cues=OWNED_PLACE_CUE), *lived_place_spans(text, kind.coded, cues=_RESIDENCE_CUE)}
        else:
            # Technical text (a chat export, a log) names its tools; a place there counts only where someone goes.
            # A note technical only by plain words (a price list, an order table) is prose.
            spans = {
                (s, e)
                # In copy for the public, only where someone lives or comes from ("our new chef from Kalmar"),
                # not where an event or a trip goes ("after the title in Abu Dhabi").
                for s, e in {
                    *(lived_place_spans(text, kind.coded, cues=FROM_CUE) if kind.copy else small_place_spans(text, travelled_only=kind.coded)),
                    *lived_place_spans(text, kind.coded),
                }
                # "sundar" in "what did sundar pichai do": a word of a full name the world knows, not a town;
                # "a 2012 Toyota Hilux": a make counted with a year, not the town it is named after;
                # "Kalamata olives", "beans from Huila": where goods come from, the world's place (`places.origin_place`).
                if not notable_around(text, s, e) and not model_year(text, s) and (kind.contact or not origin_place(text, s, e))
                # "How much sick pay is owed in Denmark, Norway and Finland?": the reach of a law, no one's home.
                and (kind.contact or not jurisdiction(text, s, e))
            }
        if (language := foreign_language(text)) is not None:
            # "Koliko dana godišnjeg odmora …": a place named like a word of the text's own language
            # ("koliko", how many) is that word there.
            spans = {(s, e) for s, e in spans if not all(own_word(language, w) for w in text[s:e].split())}
        return [
            RecognizerResult("LOCATION", s, e, 0.5, recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
            for s, e in spans
        ]
