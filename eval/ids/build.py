#!/usr/bin/env python3
"""ids: identity, tax and social-security numbers of 71 countries, and PII-free prompts full of
numbers and acronyms that are no one's ID.

`generate.py` (a helper session's generator, Faker 40.63 seeded) writes 300 rows; this script
labels each row's ID numbers as NATIONAL_ID (local-only: a row holding one must never reach the
cloud) and splits the rows, even ones to `tune.jsonl` and odd ones to `holdout.jsonl`. Other
personal values of a row (names, addresses) are not labelled: the row is measured by whether it
stays local. Needs the `eval` extra (`pip install -e '.[eval]'`).

    python3 eval/ids/build.py          # rewrite tune.jsonl and holdout.jsonl
    python3 eval/ids/build.py --check  # rebuild in memory, exit 0 if the files are unchanged
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import main as generate  # noqa: E402  (re-execs with PYTHONHASHSEED=0 first)


def labelled(row: dict, index: int) -> dict:
    """A generated row in the corpus format: each ID number a NATIONAL_ID span (every place it stands)."""
    text = row["text"]
    spans = []
    for value in dict.fromkeys(row["ids"]):
        start = text.find(value)
        while start >= 0:
            spans.append({"start": start, "end": start + len(value), "type": "NATIONAL_ID", "value": value})
            start = text.find(value, start + len(value))
    spans.sort(key=lambda s: s["start"])
    return {
        "id": f"ids-{index:03d}",
        "text": text,
        "source": "ids",
        "class": "national_id" if spans else "pii_free",
        "locale": row["loc"],
        "spans": spans,
    }


def build() -> dict[str, str]:
    rows = [labelled(row, i) for i, row in enumerate(generate(), 1)]
    return {
        name: "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[parity::2])
        for name, parity in (("tune.jsonl", 0), ("holdout.jsonl", 1))
    }


if __name__ == "__main__":
    files = build()
    if "--check" in sys.argv:
        changed = [name for name, body in files.items() if (HERE / name).read_text(encoding="utf-8") != body]
        print("unchanged" if not changed else f"changed: {', '.join(changed)}")
        sys.exit(1 if changed else 0)
    for name, body in files.items():
        (HERE / name).write_text(body, encoding="utf-8")
        print(f"wrote {name}: {body.count(chr(10))} rows")
