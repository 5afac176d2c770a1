"""Fill templates with values from `sources`, augment case and spacing, and write labelled JSONL.

Every sample carries character spans with spaCy labels (PERSON, GPE, FAC, LOC, ORG) and `NEG`
spans that must stay unlabelled. Case augmentation matters most: the stock model leans on
capitals, and tools send names lower-cased (handles, search boxes) or upper-cased (legacy
systems, shouted tickets).

    python -m training.generate --seed 7 --count 20000 --out train.jsonl [--held-out]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from training.sources import Person, Sources
from training.templates import SLOTS, split

_SLOT = re.compile(r"\{([a-z0-9_.]+)\}")
Span = tuple[int, int, str]


@dataclass
class Sample:
    """One labelled text: `spans` are (start, end, label), end exclusive."""

    text: str
    spans: list[Span] = field(default_factory=list)
    template: str = ""

    def to_json(self) -> str:
        return json.dumps({"text": self.text, "spans": self.spans, "template": self.template}, ensure_ascii=False)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[Span] = []
        self.length = 0

    def add(self, text: str, label: str | None = None) -> None:
        if label is not None and text:
            self.spans.append((self.length, self.length + len(text), label))
        self.parts.append(text)
        self.length += len(text)


def _address_block(b: _Builder, src: Sources, prefix: str) -> None:
    """A multi-line postal address: each part its own span, as a tool would print it."""
    rng = src.rng
    lines: list[list[tuple[str, str | None]]] = [[(src.street(), "FAC")]]
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            lines.append([(src.secondary(), "FAC")])
        else:
            lines[0] += [(", ", None), (src.secondary(), "FAC")]
    town: list[tuple[str, str | None]] = [(src.city(), "GPE")]
    roll = rng.random()
    if roll < 0.35:
        town = [(src.postcode(), "LOC"), (" ", None), *town]
    elif roll < 0.7:
        town += [(", ", None), (src.region(), "GPE"), (" ", None), (src.postcode(), "LOC")]
    else:
        town += [(" ", None), (src.postcode(), "LOC")]
    lines.append(town)
    if rng.random() < 0.6:
        lines.append([(src.country(), "GPE")])
    for i, line in enumerate(lines):
        b.add(("" if i == 0 else "\n") + (prefix if i else ""))
        for text, label in line:
            b.add(text, label)


def _address_line(b: _Builder, src: Sources) -> None:
    b.add(src.street(), "FAC")
    if src.rng.random() < 0.3:
        b.add(", ")
        b.add(src.secondary(), "FAC")
    b.add(", ")
    b.add(src.city(), "GPE")
    if src.rng.random() < 0.6:
        b.add(" ")
        b.add(src.postcode(), "LOC")
    if src.rng.random() < 0.4:
        b.add(", ")
        b.add(src.country(), "GPE")


def fill(template_id: str, template: str, src: Sources) -> Sample:
    """One sample of `template`, each slot drawn fresh but consistent within the sample."""
    rng = src.rng
    people = {key: src.person() for key in ("p", "q", "r")}
    memo: dict[str, str] = {}

    def value(slot: str) -> str:
        if slot in memo:
            return memo[slot]
        who, _, form = slot.partition(".")
        if who in people:
            person: Person = people[who]
            made = {
                "": person.full, "first": person.first, "last": person.last, "any": src.person_form(person),
                "user": src.username(person), "email": src.email(person),
            }[form]
        else:
            made = {
                "phone": src.phone, "date": src.date, "street": src.street, "unit": src.secondary, "city": src.city,
                "region": src.region, "country": src.country, "postcode": src.postcode, "company": src.company,
                "nat": src.nationality, "nat2": src.nationality, "sw": src.software, "sw2": src.software, "fig": src.figure, "book": src.book,
                "n": lambda: str(rng.randrange(1, 9)), "id": lambda: f"{rng.choice(['OPS', 'SUP', 'CRM', 'BUG'])}-{rng.randrange(100, 9999)}",
                "ip": lambda: f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                "sha": lambda: f"{rng.getrandbits(28):07x}",
            }[slot]()
        if slot != "n":
            memo[slot] = made
        return made

    b = _Builder()
    pos = 0
    for m in _SLOT.finditer(template):
        slot = m.group(1)
        if slot not in SLOTS:
            continue  # literal braces
        literal = template[pos : m.start()]
        b.add(literal)
        pos = m.end()
        if slot.startswith("addr"):
            if slot == "addr1":
                _address_line(b, src)
            else:
                line_start = literal[literal.rfind("\n") + 1 :] if "\n" in literal else ""
                prefix = {"addr.q": "> ", "addr.b": "- "}.get(slot, line_start if not line_start.strip(" >-*") else "")
                if slot != "addr" and not line_start:
                    b.add(prefix)
                _address_block(b, src, prefix)
            continue
        b.add(value(slot), SLOTS[slot])
    b.add(template[pos:])
    return Sample("".join(b.parts), b.spans, template_id)


def augment(sample: Sample, rng: random.Random) -> Sample:
    """Case and spacing variants; offsets stay valid (any change of length is undone)."""
    text, spans = sample.text, sample.spans
    roll = rng.random()
    if roll < 0.12:
        new = text.lower()
    elif roll < 0.2:
        new = text.upper()
    elif roll < 0.34:  # only the values change case, the prose around them does not
        change = str.lower if rng.random() < 0.7 else str.upper
        chars = list(text)
        for start, end, label in spans:
            if label != "NEG" or rng.random() < 0.5:
                chars[start:end] = change(text[start:end])
        new = "".join(chars)
    elif roll < 0.38:
        new = text.title()
    else:
        new = text
    if len(new) == len(text):
        text = new
    if rng.random() < 0.15 and "\n" not in text:
        text = text.rstrip(".?!")  # chat style: no final stop
    return Sample(text, [s for s in spans if s[1] <= len(text)], sample.template)


def generate(count: int, seed: int, held_out: bool = False) -> list[Sample]:
    """`count` samples of the training or held-out templates, the same for the same seed."""
    rng = random.Random(seed)
    src = Sources(rng)
    templates = split(held_out)
    return [augment(fill(*rng.choice(templates), src), rng) for _ in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--held-out", action="store_true", help="use the held-out templates")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    samples = generate(args.count, args.seed, args.held_out)
    args.out.write_text("".join(s.to_json() + "\n" for s in samples), encoding="utf-8")


if __name__ == "__main__":
    main()
