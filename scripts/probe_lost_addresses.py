#!/usr/bin/env python
"""The shape of every LOCATION value with digits that reaches the cloud verbatim, counted per corpus.

    python scripts/probe_lost_addresses.py eval/stranger4/holdout.jsonl [...] [--show]

A place that holds a digit is an address or a postcode with its town; `probe_lost_names.py
--type LOCATION` follows only the values the NER model tagged, this counts all of them (tagged or
not) by what a rule would have to read: where the number stands (before the street word, after it,
or with no street word at all), which language's list of street types the value holds a word of
(`street_types`), how many comma or line parts it has, whether a postcode shape stands in it,
whether it is written in a non-Latin script, and the line it stood on (`probe_lost_names._where`,
with a contact line for one that also holds a phone number or an email address). Counts only, so
held-out corpora may be run; `--show` lists the values of readable corpora (never of a file with
`holdout` in its name, nor of stranger4 or stranger5).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_leak  # noqa: E402
import regex  # noqa: E402
from probe_lost_names import SEALED, _where  # noqa: E402

from privacy_gateway.detection.analyzer import build_analyzer  # noqa: E402
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector  # noqa: E402
from privacy_gateway.detection.street_types import (  # noqa: E402
    COMPOUND_STREET,
    LEADING_TYPE,
    SEPARATE_TYPE,
    STREET_TYPE,
    TRAILING_LOWER_TYPE,
)
from privacy_gateway.policy.schema import load_policy  # noqa: E402
from privacy_gateway.testing.leak_causes import LABELS, _tag, model_tagger  # noqa: E402
from privacy_gateway.testing.leak_metric import load_corpus, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Each list of street types, named by the languages it holds, tried in this order.
_LISTS = (
    ("romance/slavic leading", regex.compile(rf"(?<!\p{{L}}){LEADING_TYPE}(?!\p{{L}})", regex.VERSION1)),
    ("germanic/nordic/korean compound", regex.compile(COMPOUND_STREET, regex.VERSION1)),
    ("central-east/turkic trailing", regex.compile(rf"(?<!\p{{L}})(?:{TRAILING_LOWER_TYPE})(?!\p{{L}})", regex.VERSION1 | regex.IGNORECASE)),
    ("germanic/nordic/baltic separate", regex.compile(rf"(?<!\p{{L}}){SEPARATE_TYPE}(?!\p{{L}})", regex.VERSION1)),
    ("english/usps/indian", regex.compile(rf"(?<![\p{{L}}\d]){STREET_TYPE}", regex.VERSION1)),
)
_NUMBER = regex.compile(r"(?<![\p{L}\d])\d{1,5}[\p{L}]?(?:[/\-]\d{1,4}[\p{L}]?)?(?![\d])", regex.VERSION1)
_POSTCODE = regex.compile(
    r"(?<![\w\-])(?:\d{5}(?:-\d{3,4})?|\d{3}-\d{4}|\d{4,6}|\d{3}[ \t]\d{2}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w\-])"
)
_UNIT = regex.compile(r"(?i)(?<!\p{L})(?:apt|apartment|flat|unit|suite|ste|floor|room|p\.?\s?o\.?\s?box|box|piso|apto|andar|wohnung|lgh|kv\.?|m\.)(?!\p{L})|#\s?\d", regex.VERSION1)
_NON_LATIN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Devanagari}\p{Cyrillic}\p{Arabic}\p{Thai}\p{Greek}]", regex.VERSION1)
_CONTACT = regex.compile(r"@[\w\-]+\.\w|\+?\d[\d ().\-]{7,}\d")


_TOKEN = regex.compile(r"\d+|[\p{L}\p{M}]+(?:[.'’\-][\p{L}\p{M}]+)*\.?|[^\s\w]", regex.VERSION1)


def skeleton(value: str) -> str:
    """The value's tokens as their kinds, never their letters: D digits, A letters and digits
    joined, W a Capitalised word, w a lower-case one, U one in capitals, C a word of a script with
    no case, and punctuation as written ("75001 Paris" is "D W", "Flat 3, 12 Hill Rd" "W D , D W W")."""
    kinds = []
    for word in regex.finditer(r"\S+", value):
        for m in _TOKEN.finditer(word.group()):
            t = m.group()
            kinds.append(
                "D" if t.isdigit() else t if not t[0].isalnum() else "C" if t.upper() == t.lower() else
                "U" if t.isupper() and len(t) > 1 else "W" if t[0].isupper() else "w"
            )
        if word.group() and regex.search(r"\p{L}\d|\d\p{L}", word.group()):
            kinds.append("(A)")
    text = " ".join(kinds)
    return text if len(kinds) <= 9 else " ".join(kinds[:9]) + " …"


def shape(value: str) -> tuple[str, ...]:
    """(where the number stands, the street list, parts, postcode, unit, script) of one value."""
    lists = [(name, m) for name, pattern in _LISTS if (m := pattern.search(value))]
    name, street = lists[0] if lists else ("no street word", None)
    numbers = [m for m in _NUMBER.finditer(value) if street is None or not (street.start() <= m.start() < street.end())]
    if street is None:
        place = "number, no street word" if numbers else "digits inside a word"
    elif any(m.end() <= street.start() for m in numbers) and (name != "romance/slavic leading" or numbers[0].end() <= street.start()):
        place = "number before the street"
    elif numbers:
        place = "number after the street"
    else:
        place = "street, digits elsewhere"
    parts = len([p for p in regex.split(r",|\n|\\n", value) if p.strip()])
    return (
        place,
        name,
        f"{min(parts, 4)}{'+' if parts > 4 else ''} part{'s' if parts > 1 else ''}",
        "postcode shape" if _POSTCODE.search(value) else "no postcode",
        "unit/box" if _UNIT.search(value) else "",
        "non-Latin" if _NON_LATIN.search(value) else "",
        skeleton(value),
    )


def _carrier(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    where = _where(text, start, end)
    rest = line[: start - line_start] + line[end - line_start :]
    return where + (" +contact" if _CONTACT.search(rest) else "")


def main() -> int:
    show = "--show" in sys.argv
    files = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    policy = load_policy(ROOT / "policies" / "default.yaml")
    detector = Detector(build_analyzer(languages=("en",)), policy)
    tagger = model_tagger(DEFAULT_SPACY_MODEL)
    for path in files:
        rows = load_corpus(path)
        seen = {}
        for s in rows:
            (found,) = detector.analyze([s.text])
            seen[s.id] = eval_leak.mask_for_cloud(s.text, [(f.start, f.end, f.entity_type) for f in found], policy)
        leaked: dict[str, set[str]] = {}
        total = 0
        for s in rows:
            total += sum(1 for span in s.spans if span.type == "LOCATION" and regex.search(r"\d", span.value))
        for leak in score(rows, seen).leaks:
            if leak.verbatim and leak.type == "LOCATION" and regex.search(r"\d", leak.value):
                leaked.setdefault(leak.sample_id, set()).add(leak.value)
        counts: Counter[tuple[str, ...]] = Counter()
        readable = not any(mark in str(path) for mark in SEALED)
        for s in rows:
            if s.id not in leaked:
                continue
            tags = tagger([s.text])[0]
            for span in s.spans:
                if span.type != "LOCATION" or span.value not in leaked[s.id]:
                    continue
                tag = _tag(tags, span.start, span.end, LABELS["LOCATION"])
                key = (*shape(span.value), _carrier(s.text, span.start, span.end), tag)
                counts[key] += 1
                if show and readable:
                    print(f"    {' | '.join(k for k in key if k)} | {span.value!r} | {s.id}")
        n = sum(counts.values())
        print(f"== {eval_leak.corpus_name(path)}: {n} of {total} LOCATION values with digits leaked verbatim, by shape, line and NER tag")
        for key, k in counts.most_common():
            place, name, parts, postcode, unit, script, form, where, tag = key
            print(f"  {k:3d}  {place:26} {name:32} {parts:8} {postcode:14} {unit:8} {script:9} {where:20} {tag:11} {form}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
