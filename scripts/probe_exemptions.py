#!/usr/bin/env python
"""Which of the name rules' exemptions keep leaked names out of the findings, counted per corpus.

    python scripts/probe_exemptions.py [ABLATION,...]

Runs the gateway's Detector (the `eval_leak.py --detector` path) over every corpus in eval/ once
as it is and once with each exemption of `detection/names.py` switched off in turn (history, all
guards, notable names, listed tools, code identifiers, tools named in the text, a person cue taken
everywhere, `_not_a_name`, plain words, namesakes, public places), and prints runs leaking a value
verbatim · PII-free prompts altered for each. Counts only, so held-out corpora may be run: it says
how much each exemption costs in leaks and saves in precision without showing a row. The
fifteenth round's table in eval/README.md came from it. Takes a few minutes per ablation.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_leak  # noqa: E402

import privacy_gateway.detection.names as names  # noqa: E402
from privacy_gateway.detection.analyzer import build_analyzer  # noqa: E402
from privacy_gateway.detection.engine import Detector  # noqa: E402
from privacy_gateway.policy.schema import load_policy  # noqa: E402
from privacy_gateway.testing.leak_metric import load_corpus, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
_describe = names.describe


def _never(*args: Any, **kwargs: Any) -> bool:
    return False


def _always(*args: Any, **kwargs: Any) -> bool:
    return True


def _without(**fields: bool) -> Callable[[str], Any]:
    return lambda text: dataclasses.replace(_describe(text), **fields)


ABLATIONS: dict[str, dict[str, Callable[..., Any]]] = {
    "as is": {},
    "history off": {"describe": _without(history=False)},
    "guards off": {"describe": _without(guarded=False)},
    "notable off": {"notable_around": _never},
    "tools off": {"is_software": _never, "unambiguous_software": _never},
    "code ids off": {"identifier_shaped": _never, "code_position": _never},
    "tech words off": {"technology_used": _never, "tool_alternative": _never, "thing_name": _never, "vendor_product": _never, "assistant": _never},
    "person cue on": {"person_context": _always},
    "not_a_name off": {"_not_a_name": _never},
    "plain word off": {"plain_word": _never},
    "namesakes off": {"named_after": _never},
    "public place off": {"public_place": _never},
}


def main() -> int:
    chosen = sys.argv[1].split(",") if len(sys.argv) > 1 else list(ABLATIONS)
    files = sorted(p for p in (ROOT / "eval").glob("*/*.jsonl") if p.parent.name != "french")
    corpora = {path: load_corpus(path) for path in files}
    policy = load_policy(ROOT / "policies" / "default.yaml")
    analyzer = build_analyzer(languages=("en",))
    samples = [s for rows in corpora.values() for s in rows]
    table: dict[str, dict[str, str]] = {}
    for name in chosen:
        saved = {attr: getattr(names, attr) for attr in ABLATIONS[name]}
        for attr, replacement in ABLATIONS[name].items():
            setattr(names, attr, replacement)
        try:
            found = Detector(analyzer, policy).analyze([s.text for s in samples])
        finally:
            for attr, original in saved.items():
                setattr(names, attr, original)
        seen = {
            s.id: eval_leak.mask_for_cloud(s.text, [(f.start, f.end, f.entity_type) for f in fs], policy)
            for s, fs in zip(samples, found)
        }
        for path, rows in corpora.items():
            report = score(rows, seen)
            leaking = sum(c.verbatim for c in report.per_class.values())
            table.setdefault(eval_leak.corpus_name(path), {})[name] = f"{leaking} · {len(report.altered)}/{report.pii_free_n}"
        print(f"done: {name}", file=sys.stderr, flush=True)
    print(f"{'corpus':<20}" + "".join(f"{n:>17}" for n in chosen))
    for corpus, cells in table.items():
        print(f"{corpus:<20}" + "".join(f"{cells[n]:>17}" for n in chosen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
