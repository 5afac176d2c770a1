"""The leak metric of eval/dev/README.md: what of a labelled prompt's personal data the cloud saw.

A corpus is JSON lines `{"id", "text", "source", "spans": [{"start", "end", "type", "value"}]}`,
optionally with a `class` (eval/README.md) that the per-class table groups rows by.
Whatever sends the prompts (the gateway, or a bare analyzer for comparison) hands back, per prompt,
the text the cloud tier received, or None when the prompt never reached the cloud. `score` turns
that into verbatim and token leak rates per type, misrouted local-only prompts and altered
PII-free prompts, overall and per class.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

# Credentials and national IDs (eval/paste): the default policy keeps a prompt holding one local.
CREDENTIAL_TYPES = ("PASSWORD", "API_KEY", "ACCESS_TOKEN", "CLOUD_ACCESS_KEY", "JWT", "PRIVATE_KEY")
NATIONAL_ID_TYPES = ("FR_NIR", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "PT_NIF", "BR_CPF", "UK_NINO", "UK_NHS", "NATIONAL_ID")
# Types whose values must not reach the cloud, in the order the table prints them.
PROTECTED_TYPES = (
    "PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS",
    "CREDIT_CARD", "US_SSN", "IBAN_CODE", "US_DRIVER_LICENSE",
    "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", *NATIONAL_ID_TYPES, *CREDENTIAL_TYPES,
)
# A prompt holding one of these must never reach the cloud. (IBAN_CODE is local-only in the default
# policy too, but the corpora measured before eval/paste counted it as maskable; left so that their
# numbers stay comparable.)
LOCAL_ONLY_TYPES = frozenset({"US_SSN", "CREDIT_CARD", "MEDICAL_RECORD_NUMBER", *NATIONAL_ID_TYPES, *CREDENTIAL_TYPES})

# Goals of issue 3 (verbatim %, token %); types not listed must not leak at all.
GOALS: dict[str, tuple[float, float]] = {"PERSON": (1.0, 3.0), "LOCATION": (5.0, 15.0)}
MAX_ALTERED_PII_FREE = 1 / 20

# Generic words of postal addresses: seeing "Street" or "North" in the cloud's text gives nothing away.
COMMON_ADDRESS_WORDS = frozenset(
    w.lower()
    for w in """
    street st road rd avenue ave boulevard blvd lane drive court place square way highway
    suite ste apt apartment unit floor flr room building bldg box po
    north south east west northeast northwest southeast southwest
    new lake port mount fort saint san santa los las
    """.split()
)

_TOKEN = re.compile(r"[^\W_]+")
# What a masker puts in a value's place (`<PERSON_1>`, `<EMAIL_ADDRESS_2>`, `<MASKED>`): its words
# are not the value's, even when a value holds one (`jan@email.cz` and `<EMAIL_ADDRESS_1>`).
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*(?:_\d+)?>")


@dataclass(frozen=True)
class LabelledSpan:
    """One labelled value of a prompt."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Sample:
    """One labelled prompt."""

    id: str
    text: str
    source: str
    spans: tuple[LabelledSpan, ...]
    group: str = ""  # the row's `class`, or its `source` when it has none


    def protected(self) -> list[LabelledSpan]:
        """Labelled values the metric counts: protected types, 3 characters or more."""
        return [s for s in self.spans if s.type in PROTECTED_TYPES and len(s.value) >= 3]

    @property
    def local_only(self) -> bool:
        return any(s.type in LOCAL_ONLY_TYPES for s in self.spans)

    @property
    def pii_free(self) -> bool:
        return not any(s.type in PROTECTED_TYPES for s in self.spans)


def load_corpus(path: str | Path) -> list[Sample]:
    """Read a JSON-lines corpus; checks that every span's value matches its offsets."""
    samples = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        spans = tuple(LabelledSpan(s["start"], s["end"], s["type"], s["value"]) for s in row.get("spans", []))
        for s in spans:
            if row["text"][s.start : s.end] != s.value:
                raise ValueError(f"{path}:{lineno}: span {s} does not match the text at its offsets")
        source = row.get("source", "")
        samples.append(Sample(str(row.get("id", lineno)), row["text"], source, spans, row.get("class") or source))
    return samples


def value_tokens(value: str) -> list[str]:
    """The alphanumeric tokens of a value that count as a token leak."""
    return [t for t in _TOKEN.findall(value) if len(t) >= 3 and t.lower() not in COMMON_ADDRESS_WORDS]


def _as_word(token: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_]){re.escape(token)}(?![^\W_])", re.IGNORECASE)


@dataclass
class TypeScore:
    """Counts for one entity type."""

    n: int = 0
    verbatim: int = 0
    token: int = 0

    def rate(self, count: int) -> float:
        return 100.0 * count / self.n if self.n else 0.0


@dataclass(frozen=True)
class Leak:
    """One labelled value the cloud saw, whole or in part."""

    sample_id: str
    type: str
    value: str
    verbatim: bool
    tokens: tuple[str, ...]


@dataclass
class ClassScore:
    """Counts for one class of prompts: a run is one prompt sent once."""

    runs: int = 0
    verbatim: int = 0  # runs where some labelled value reached the cloud whole
    token: int = 0  # runs where some labelled value reached the cloud whole or in part
    local_only_n: int = 0
    misrouted: int = 0
    pii_free_n: int = 0
    altered: int = 0


@dataclass
class LeakReport:
    """Per-type leak rates, routing failures and damage done to PII-free prompts."""

    per_type: dict[str, TypeScore] = field(default_factory=lambda: {t: TypeScore() for t in PROTECTED_TYPES})
    leaks: list[Leak] = field(default_factory=list)
    local_only_n: int = 0
    misrouted: list[str] = field(default_factory=list)
    pii_free_n: int = 0
    altered: list[str] = field(default_factory=list)
    per_class: dict[str, ClassScore] = field(default_factory=dict)

    def failures(self) -> list[str]:
        """Each goal of issue 3 this report misses, in words; empty when all are met."""
        problems = []
        for t, score in self.per_type.items():
            max_v, max_t = GOALS.get(t, (0.0, 0.0))
            if score.rate(score.verbatim) > max_v or score.rate(score.token) > max_t:
                problems.append(
                    f"{t}: {score.rate(score.verbatim):.1f}% verbatim / {score.rate(score.token):.1f}% token "
                    f"(goal {max_v:g}% / {max_t:g}%, n={score.n})"
                )
        if self.misrouted:
            problems.append(f"{len(self.misrouted)} local-only prompts reached the cloud: {', '.join(self.misrouted)}")
        if self.pii_free_n and len(self.altered) / self.pii_free_n > MAX_ALTERED_PII_FREE:
            problems.append(f"{len(self.altered)} of {self.pii_free_n} PII-free prompts altered: {', '.join(self.altered)}")
        return problems


def score(samples: list[Sample], cloud_seen: Mapping[str, str | None]) -> LeakReport:
    """Score what the cloud saw (`cloud_seen[id]`, None if the prompt never got there)."""
    report = LeakReport()
    for sample in samples:
        seen = cloud_seen.get(sample.id)
        group = report.per_class.setdefault(sample.group, ClassScore())
        group.runs += 1
        leaks_before = len(report.leaks)
        if sample.local_only:
            report.local_only_n += 1
            group.local_only_n += 1
            if seen is not None:
                report.misrouted.append(sample.id)
                group.misrouted += 1
        if sample.pii_free:
            report.pii_free_n += 1
            group.pii_free_n += 1
            if seen is None or sample.text not in seen:
                report.altered.append(sample.id)
                group.altered += 1
        words = _PLACEHOLDER.sub(" ", seen) if seen is not None else ""
        for span in sample.protected():
            tally = report.per_type[span.type]
            tally.n += 1
            if seen is None:
                continue
            verbatim = span.value.lower() in seen.lower()
            tokens = tuple(t for t in value_tokens(span.value) if _as_word(t).search(words))
            tally.verbatim += verbatim
            # a value seen whole, as a word of its own, is seen by token too (even with no 3-character token)
            tally.token += bool(tokens) or bool(_as_word(span.value).search(words))
            if verbatim or tokens:
                report.leaks.append(Leak(sample.id, span.type, span.value, verbatim, tokens))
        leaked = report.leaks[leaks_before:]
        group.verbatim += any(leak.verbatim for leak in leaked)
        group.token += bool(leaked)
    return report


def body_text(node: object) -> str:
    """Every string of a JSON body, one a line: the text an upstream received, whatever its API's shape."""
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        return "\n".join(body_text(v) for v in node.values())
    if isinstance(node, list):
        return "\n".join(body_text(v) for v in node)
    return ""


def format_report(report: LeakReport, title: str) -> str:
    """The per-type table and the lists of routing failures and altered PII-free prompts."""
    lines = [title, f"{'type':<18} {'verbatim %':>10} {'token %':>8} {'n':>5}"]
    for t, s in report.per_type.items():
        if s.n:
            lines.append(f"{t:<18} {s.rate(s.verbatim):>10.1f} {s.rate(s.token):>8.1f} {s.n:>5}")
    lines.append(f"local-only prompts that reached the cloud: {len(report.misrouted)} of {report.local_only_n}")
    lines.extend(f"  {i}" for i in report.misrouted)
    lines.append(f"PII-free prompts altered or not delivered: {len(report.altered)} of {report.pii_free_n}")
    lines.extend(f"  {i}" for i in report.altered)
    return "\n".join(lines)


def format_classes(report: LeakReport) -> str:
    """Per class: runs leaking a value verbatim (or by token) of all runs, local-only prompts that
    reached the cloud, PII-free prompts altered."""

    def of(count: int, n: int) -> str:
        return f"{count}/{n}" if n else "-"

    lines = [f"{'class':<20} {'verbatim':>9} {'token':>9} {'local-only->cloud':>18} {'PII-free altered':>17}"]
    for name, c in sorted(report.per_class.items()):
        protected = c.runs - c.pii_free_n
        lines.append(
            f"{name:<20} {of(c.verbatim, protected):>9} {of(c.token, protected):>9} "
            f"{of(c.misrouted, c.local_only_n):>18} {of(c.altered, c.pii_free_n):>17}"
        )
    total = ClassScore()
    for c in report.per_class.values():
        for f in ("runs", "verbatim", "token", "local_only_n", "misrouted", "pii_free_n", "altered"):
            setattr(total, f, getattr(total, f) + getattr(c, f))
    protected = total.runs - total.pii_free_n
    lines.append(
        f"{'all':<20} {of(total.verbatim, protected):>9} {of(total.token, protected):>9} "
        f"{of(total.misrouted, total.local_only_n):>18} {of(total.altered, total.pii_free_n):>17}"
    )
    return "\n".join(lines)
