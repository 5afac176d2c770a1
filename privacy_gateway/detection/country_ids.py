"""Presidio's own country recognizers, run on English text too, and trusted only beside their words.

Presidio ships recognizers for many national IDs but registers each for its country's language,
so an English pipeline never runs them (a PESEL in an English e-mail went to the cloud). Their
patterns and check digits are good; their scores are not made for a policy that keeps whatever
it finds local (a bare eleven-digit number with a valid PESEL check scores 1.0). `CountryIdRecognizer`
keeps a finding only when one of the recognizer's own context words is nearby.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer import predefined_recognizers as predefined
from presidio_analyzer.nlp_engine import NlpArtifacts

# The IDs the gateway does not recognise itself (see `national_ids` for those it does). Not
# InPanRecognizer: its catch-all ten-character patterns cost 5% of an analysis.
PRESIDIO_COUNTRY_RECOGNIZERS = (
    "PlPeselRecognizer", "FiPersonalIdentityCodeRecognizer", "SgFinRecognizer", "AuTfnRecognizer",
    "AuMedicareRecognizer", "KrRrnRecognizer", "TrNationalIdRecognizer",
    "SePersonnummerRecognizer", "ThTninRecognizer", "DeIdCardRecognizer", "DeSocialSecurityRecognizer",
    "UsMbiRecognizer", "UsNpiRecognizer",
)


# The words a country's own people name its ID by, where Presidio's list has only English ones:
# "주민번호 뒷자리 … (871123-1084721 …)" is a Korean resident registration number.
_NATIVE_CONTEXT = {"KrRrnRecognizer": ("주민등록번호", "주민번호", "주민등록")}


class CountryIdRecognizer(EntityRecognizer):
    """One Presidio pattern recognizer, for English, counted only near its context words."""

    name: str  # set by EntityRecognizer.__init__; declared for the type checker

    def __init__(self, inner: PatternRecognizer, native: tuple[str, ...] = ()) -> None:
        self.inner = inner
        context = [*(inner.context or []), *native]
        # A Korean or Thai word takes its particle unspaced ("주민번호를"): only an ASCII word ends at a word's end.
        words = "|".join(re.escape(w.lower()) + (r"(?!\w)" if w.isascii() else "") for w in sorted(context, key=len, reverse=True))
        self._context = re.compile(rf"(?<!\w)(?:{words})") if words else None
        # Each context word up to its first space: a word in the window around a finding (the text
        # before it, a space, the text after) starts with one of these, so a text holding none
        # of them can keep no finding and skips the recognizer's patterns.
        self._leads = tuple({w.lower().split(" ")[0] for w in context})
        inner_name: str = inner.name  # type: ignore[has-type]  # Presidio sets it in __init__ untyped
        super().__init__(supported_entities=list(inner.supported_entities), name=f"country:{inner_name}",
                         supported_language="en")

    def load(self) -> None:  # the inner recognizer compiled its patterns already
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if self._context is None or not set(entities) & set(self.supported_entities):
            return []
        lower = text.lower()
        if not any(lead in lower for lead in self._leads):
            return []
        kept = []
        for result in self.inner.analyze(text, entities, nlp_artifacts):
            if result.score <= 0.0:  # its check digit failed
                continue
            window = lower[max(0, result.start - 48) : result.start] + " " + lower[result.end : result.end + 24]
            validated = result.score >= 1.0
            # A number whose check digit holds counts with its word further back too, as a request
            # names it before the record it pastes ("a PESEL validator … on this record:\nZieliński;Paweł;87031412389").
            if not self._context.search(window) and not (validated and self._context.search(lower, max(0, result.start - 300), result.start)):
                continue
            kept.append(RecognizerResult(
                result.entity_type, result.start, result.end, 0.9 if validated else 0.6,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                },
            ))
        return kept


def country_recognizers() -> list[EntityRecognizer]:
    """Every recognizer in `PRESIDIO_COUNTRY_RECOGNIZERS` this Presidio version ships, wrapped."""
    out: list[EntityRecognizer] = []
    for name in PRESIDIO_COUNTRY_RECOGNIZERS:
        cls = getattr(predefined, name, None)
        if cls is not None:
            out.append(CountryIdRecognizer(cls(supported_language="en"), _NATIVE_CONTEXT.get(name, ())))
    return out


def country_entities() -> frozenset[str]:
    """The entity types those recognizers report."""
    return frozenset(e for r in country_recognizers() for e in r.supported_entities)
