"""National, bank, travel and health identifiers: a shape, a check digit, and the words that name them.

Each `IdShape` finds candidates with one regex (on the normalized view, so separators are ASCII)
and scores them by two things a regex cannot see:

- the check digit (`checksums`): a candidate whose checksum holds and whose own label
  is nearby ("NHS number", "codice fiscale", "routing") scores 0.95; a valid one without a label
  scores `alone`, which is 0 for shapes that plain numbers share (nine or ten digits) and high for
  shapes nothing else has (`RSSMRA85T10A562S`, `390.533.447-05`);
- a candidate whose checksum fails is a typo or a made-up example. It still counts (0.55, enough
  for `local_only` at the default 0.5 threshold) when its label comes right before it
  ("NHS no: 123 456 7890"), and never otherwise: a wrong check digit under the ID's own name is
  still someone's attempt at that ID, and keeping it local costs little.

Identifiers with no check digit (passports, bank accounts, record numbers, dates of birth) count
only right after their label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway import checksums
from privacy_gateway.detection.base import ShapeRecognizer

_L = r"(?<![\w\-./])"  # nothing glued on the left
_R = r"(?![\w]|[\-./]\w)"  # nothing glued on the right
# Between a label and its value: punctuation, "no.", "number", "#", "is", "of the patient"…
_GAP = r"(?:[\s:#=.\-()]|\b(?:n\.?o|n|no|nr|num|number|numero|número|n°|nº|is|was|ist|est|es|of|the|id|code)\b){0,8}"


@dataclass(frozen=True)
class IdShape:
    """One identifier: where it is, what checks it, what names it, and how sure a bare valid one is."""

    entity: str
    candidate: re.Pattern[str]
    check: Callable[[str], bool]
    label: str
    alone: float = 0.0
    # Substrings one of which any label holds: a shape that needs its label skips texts without
    # any (a substring test on the lowered text is far cheaper than a regex scan).
    words: tuple[str, ...] = ()
    # The shape in any case, for one that holds letters: typed in lower case ("ni number ab 12 34
    # 56 c"), an identifier counts right after its own label, its check on the capitals.
    folded: re.Pattern[str] | None = None

    def label_re(self) -> re.Pattern[str]:
        return re.compile(self.label)


def _shape(entity: str, candidate: str, check: Callable[[str], bool], label: str, alone: float = 0.0) -> IdShape:
    folded = re.compile(_L + candidate + _R, re.IGNORECASE) if re.search(r"\[[^\]]*A-", candidate) else None
    return IdShape(entity, re.compile(_L + candidate + _R), check, label, alone, _label_words(label), folded)


def _label_words(label: str) -> tuple[str, ...]:
    """The longest literal run of each alternative of `label` (its regex syntax stripped)."""
    out = []
    for alternative in label.split("|"):
        alternative = re.sub(r".\?", " ", alternative)  # an optional character breaks the run
        plain = re.sub(r"\\b|\\s\*?|\\\.|\(\?:|[()?*+]", " ", alternative)
        runs = re.findall(r"[^\s\[\]]+", re.sub(r"\[[^\]]*\]", " ", plain))
        out.append(max(runs, key=len) if runs else "")
    return tuple(out) if all(out) else ()


def _always(text: str) -> bool:
    """No check digit to test: the shape's date fields are its check."""
    return True


def _nino_ok(text: str) -> bool:
    value = checksums.compact(text)
    return value[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and value[1] != "O"


SHAPES: tuple[IdShape, ...] = (
    _shape("UK_NHS", r"\d{3}[ \-]?\d{3}[ \-]?\d{4}", checksums.nhs_mod11,
           r"\bnhs\b|health service|\bchi\b|hospital number"),
    _shape("UK_NINO", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]", _nino_ok,
           r"national insurance|\bni\b|\bnino\b|\bnin\b", alone=0.6),
    _shape("CA_SIN", r"\d{3}[ \-]?\d{3}[ \-]?\d{3}", checksums.canada_sin,
           r"\bsin\b|social insurance|assurance sociale|\bnas\b"),
    # In Hindi, Bengali, Tamil, Telugu and Gujarati script too: forms in India label it in their language.
    _shape("IN_AADHAAR", r"[2-9]\d{3}[ \-]?\d{4}[ \-]?\d{4}", checksums.aadhaar, r"aadhaa?r|\buidai\b|\buid\b|आधार|আধার|ஆதார்|ఆధార్|આધાર"),
    _shape("ES_NIF", r"\d{8}[ \-]?[A-Z]", checksums.spain_dni,
           r"\bdni\b|\bnif\b|documento nacional|d\.n\.i|spanish id", alone=0.85),
    _shape("ES_NIE", r"[XYZ][ \-]?\d{7}[ \-]?[A-Z]", checksums.spain_nie, r"\bnie\b|extranjero|foreigner", alone=0.85),
    _shape("FR_NIR", r"[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}", checksums.france_nir,
           r"\bnir\b|insee|s[ée]curit[ée] sociale|num[ée]ro de s[ée]cu|social security|carte vitale|\bssn\b", alone=0.85),
    _shape("DE_TAX_ID", r"[1-9]\d ?\d{3} ?\d{3} ?\d{3}", checksums.germany_tax_id,
           r"steuer|identifikationsnummer|\bidnr\b|tax id|tax identification|\btin\b"),
    _shape("IT_FISCAL_CODE", r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]",
           checksums.italy_fiscal_code, r"codice fiscale|\bc\.?f\.?\b|fiscal code|tax code", alone=0.9),
    _shape("PT_NIF", r"[1-35-9]\d{2} ?\d{3} ?\d{3}", checksums.portugal_nif,
           r"\bnif\b|contribuinte|n[úu]mero fiscal|\bnipc\b|portuguese tax"),
    _shape("BR_CPF", r"\d{3}\.\d{3}\.\d{3}-\d{2}", checksums.brazil_cpf, r"\bcpf\b|cadastro de pessoas", alone=0.9),
    _shape("BR_CPF", r"\d{3} ?\d{3} ?\d{3} ?\d{2}", checksums.brazil_cpf, r"\bcpf\b|cadastro de pessoas"),
    # A British driving licence number: the surname's first five letters (9 for none), the birth date's
    # digits (decade, month, 50 more for a woman, day, year), two initials, a digit and two check letters.
    _shape("NATIONAL_ID", r"[A-Z][A-Z9]{4} ?\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d ?[A-Z9]{2}\d[A-Z]{2}(?: ?\d{2})?",
           _always, r"licen[cs]e|dvla|driving|driver", alone=0.9),
    # China's resident identity number: 18 characters holding the birth date, a check character last.
    _shape("NATIONAL_ID", r"[1-8]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]", checksums.china_ric,
           r"身份证|身份證|居民身份|公民身份|resident id|chinese id|id card|\bric\b", alone=0.9),
    # A pilot's licence under Europe's Part-FCL: the issuing state, "FCL", the licence's kind and its
    # number ("UK.FCL.ATPL.0041827", "DE.FCL.CPL.A.73310").
    _shape("NATIONAL_ID", r"[A-Z]{2,3}\.FCL\.(?:ATPL|CPL|MPL|PPL|LAPL|SPL|BPL|IR|FI|TRI)(?:\.[A-Z]{1,2})?\.\d{3,8}", _always,
           r"licen[cs]e|pilot|fcl", alone=0.9),
    # South Africa's identity number: the birth date (YYMMDD), four digits of sequence, citizenship (0 or
    # 1), a digit, and a Luhn check digit.
    _shape("NATIONAL_ID", r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?\d{4} ?[01]\d ?\d", checksums.south_africa_id,
           r"\bsa[ \-]?id\b|\brsa[ \-]?id\b|south african|\bid\b|identity"),
    _shape("ABA_ROUTING_NUMBER", r"[0-36-7]\d{8}", checksums.aba, r"routing|\baba\b|\brtn\b|transit number|bank code"),
)

_WANTED_ENTITIES = sorted({s.entity for s in SHAPES})


class NationalIdRecognizer(ShapeRecognizer):
    """Every `IdShape` in one pass over the text."""

    ENTITY = "UK_NHS"
    ENTITIES = _WANTED_ENTITIES

    def __init__(self) -> None:
        super().__init__()
        self._labels = {id(s): s.label_re() for s in SHAPES}
        self._right_before = {id(s): re.compile(rf"(?:{s.label}){_GAP}$") for s in SHAPES}

    def find_typed(self, text: str, wanted: set[str], nlp_artifacts: NlpArtifacts | None = None) -> Iterator[tuple[str, int, int, float]]:
        lower = text.lower()
        for shape in SHAPES:
            if shape.entity not in wanted:
                continue
            if not shape.alone and shape.words and not any(w in lower for w in shape.words):
                continue
            label = self._labels[id(shape)]
            for m in shape.candidate.finditer(text):
                before = lower[max(0, m.start() - 48) : m.start()]
                near = label.search(before) or label.search(lower[m.end() : m.end() + 24])
                if shape.check(m.group()):
                    score = 0.95 if near else shape.alone
                else:
                    # Chosen: only the ID's own label right before it makes a wrong check digit count.
                    score = 0.55 if self._right_before[id(shape)].search(before) else 0.0
                if score:
                    yield shape.entity, m.start(), m.end(), score
            if shape.folded is not None and (not shape.words or any(w in lower for w in shape.words)):
                for m in shape.folded.finditer(text):
                    value = m.group()
                    if value == value.upper():
                        continue  # the cased scan's
                    # Right after its label, or with its label earlier in the sentences before it ("my national
                    # insurance number … i put sk 20 93 58 a"): chat typed in lower case names it once.
                    told = self._right_before[id(shape)].search(lower[max(0, m.start() - 48) : m.start()]) or label.search(
                        lower[max(0, m.start() - 200) : m.start()]
                    )
                    if told and shape.check(value.upper()):
                        yield shape.entity, m.start(), m.end(), 0.95

