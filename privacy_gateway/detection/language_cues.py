"""Names and addresses a language marks with its own words, built from its table entry.

The gateway's recognizers read formats (numbers, e-mails, IDs), labels and the parse, mostly
language-neutral; what they cannot know is how another language says "Mr", "name:" or "street".
`LanguageCueRecognizer` builds its patterns from `data/languages/CODE.yaml` alone, so a third
language brings its words, not code:

- `person_titles` ("M.", "Mme", "Dr") and `person_labels` ("nom", "contact", "demandé par"):
  the capitalised words after one are a person; after `person_single_cues` (greetings and
  contact words: "Bonjour", "un SMS à") one capitalised word is enough;
- `context` words of phone numbers and dates of birth ("téléphone", "née le"): the number or
  date right after one is one, whatever its shape alone scores;
- `street_types` written before the street's name ("rue", "bd", "av."), `number_suffixes` after
  a house number ("bis", "ter"), `postcodes` and `town_suffixes` ("CEDEX 09"): a house number,
  then a street type and its name, then optionally a postcode and town, is one address; so is a
  postcode then a town in capitals, as a French address block ends ("75009 PARIS CEDEX 09").
"""

from __future__ import annotations

from typing import Iterator, Sequence

import regex
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.languages import LanguageSupport
from privacy_gateway.detection.base import ShapeRecognizer
from privacy_gateway.detection.text_kind import describe

# A word of a name: capitalised ("Lefèvre", "Jean-Pierre", "O'Neil") or in capitals ("DUPONT").
_NAME_WORD = r"(?:\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)*\p{Ll}|\p{Lu}{2,}(?:-\p{Lu}{2,})*)"
# The words of a town: capitalised or in capitals, joined by spaces or hyphens ("Saint-Étienne", "AIX EN PROVENCE").
_TOWN_WORD = r"(?:\p{Lu}[\p{L}'’]*|\p{Ll}{1,3}(?=[\- ]\p{Lu}))"


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class LanguageCueRecognizer(ShapeRecognizer):
    """PERSON and LOCATION from one language's cue words (see the module docstring)."""

    ENTITIES = ["PERSON", "LOCATION", "PHONE_NUMBER", "DATE_OF_BIRTH"]

    def __init__(self, support: LanguageSupport) -> None:
        super().__init__()
        self.name = f"LanguageCueRecognizer_{support.code}"
        self._patterns: list[tuple[str, regex.Pattern[str], float]] = []
        self._titled: regex.Pattern[str] | None = None
        name = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
        if support.person_titles:
            titles = rf"(?<![\w.])(?:{_alternatives(support.person_titles)})(?!\w)\.?[ \t]+"
            self._titled = regex.compile(rf"{titles}(?P<value>{name})(?![\w@])")
            self._patterns.append(("PERSON", self._titled, 0.85))
        if support.person_labels:
            labels = rf"(?<!\w)(?i:{_alternatives(support.person_labels)})[ \t]*:?[ \t]+"
            two = rf"{_NAME_WORD}[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"
            self._patterns.append(("PERSON", regex.compile(rf"{labels}(?P<value>{two})(?![\w@])"), 0.8))
        if support.person_single_cues:
            cues = rf"(?<!\w)(?i:{_alternatives(support.person_single_cues)})[ \t]*,?[ \t]+"
            one = r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?"
            self._patterns.append(("PERSON", regex.compile(rf"{cues}(?P<value>{one}(?:[ \t]+{_NAME_WORD}){{0,2}})(?![\w@])"), 0.8))
        if support.street_types:
            number = rf"\d{{1,5}}(?:[ \t]*(?i:{_alternatives(support.number_suffixes)})\b|[A-Za-z]\b)?" if support.number_suffixes else r"\d{1,5}"
            connect = _alternatives(support.street_connectors) if support.street_connectors else "(?!)"
            word = rf"(?:{_TOWN_WORD}|(?i:{connect})(?=[\s'’])|\d{{1,3}}(?:e|er|ème)?)"
            street = rf"(?i:{_alternatives(support.street_types)})(?:(?<=\.)|\b)[ \t]+(?:{word}(?:[ \t]+|(?<=['’]))){{0,5}}{_TOWN_WORD}"
            postcode = "|".join(f"(?:{p})" for p in support.postcodes) or "(?!)"
            suffix = rf"(?:[ \t]+(?i:{_alternatives(support.town_suffixes)})(?:[ \t]+\d{{1,2}})?)?" if support.town_suffixes else ""
            not_suffix = rf"(?!(?i:{_alternatives(support.town_suffixes)})\b)" if support.town_suffixes else ""
            town = rf"{not_suffix}{_TOWN_WORD}(?:[ \t\-]+{not_suffix}{_TOWN_WORD}){{0,4}}(?:[ \t]+\(\p{{Lu}}{{2}}\))?"
            tail = rf"(?:,?[ \t]*(?:\n[ \t]*)?(?:(?:{postcode})[ \t]+{town}{suffix}|{town}(?:[ \t]+(?:{postcode}))?))?"
            self._patterns.append(("LOCATION", regex.compile(rf"(?<![\w\-./])(?P<value>{number},?[ \t]+{street}{tail})(?![\w\-])"), 0.85))
            # A postcode and a town in capitals, the last line of an address block.
            line = rf"(?<![\w\-./,])(?P<value>(?:{postcode})[ \t]+\p{{Lu}}{{2}}[\p{{Lu}}'’\- ]*\p{{Lu}}{suffix})(?![\w\-])"
            self._patterns.append(("LOCATION", regex.compile(line), 0.8))

        # Values right after their cue words: phone numbers and dates of birth.
        between = r"[ \t]*(?::|n°|no\.?|au|le|du|:[ \t]*le)?[ \t]*"
        phones = support.context.get("PHONE_NUMBER", ())
        if phones:
            phone = r"\+?\(?\d[\d \t().\-/]{6,18}\d"
            self._patterns.append(("PHONE_NUMBER", regex.compile(rf"(?<!\w)(?i:{_alternatives(phones)})\.?{between}(?P<value>{phone})(?![\d\w])"), 0.85))
        births = support.context.get("DATE_OF_BIRTH", ())
        if births:
            month = rf"|\d{{1,2}}(?:er)?[ \t]+(?i:{_alternatives(support.months)})[ \t]+\d{{4}}" if support.months else ""
            date = rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}{month})"
            self._patterns.append(("DATE_OF_BIRTH", regex.compile(rf"(?<!\w)(?i:{_alternatives(births)}){between}(?P<value>{date})(?![\d\w])"), 0.9))

    @property
    def has_patterns(self) -> bool:
        """Whether the entry gave it anything to look for (English gives nothing)."""
        return bool(self._patterns)

    def precheck(self, text: str) -> bool:
        return True

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: NlpArtifacts | None = None) -> Iterator[tuple[str, int, int, float]]:
        """(entity, start, end, score) of every cue-marked name and address in `text`."""
        # In a question about the world's works a title opens a character's name ("Madame Bovary").
        history = describe(text).history
        for entity, pattern, score in self._patterns:
            if history and pattern is self._titled:
                continue
            for m in pattern.finditer(text):
                start, end = m.span("value")
                while end > start and text[end - 1] in " \t,.":
                    end -= 1
                yield entity, start, end, score
