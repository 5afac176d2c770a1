#!/usr/bin/env python
"""At which step of the name rules a name the NER model tagged PERSON was lost, counted per corpus.

    python scripts/probe_lost_names.py eval/redteam/holdout.jsonl [...]

For each PERSON value of a corpus that reaches the cloud verbatim through the gateway's Detector
(the `eval_leak.py --detector` path) and that the model tagged PERSON, it records what
`detection/names.py` did with the tag: no run of name words was made of it (`_runs`/`_uncased`:
a name in one case, a lone word), `_not_a_name` called it something else, the guard of code and
questions about the world dropped it (no full name, no cue), `add()`'s filters dropped it, or it
was found and dropped after the recognizer, each with the shape of the name (`name_shape`: one
Capitalised word or several, one case, joined by a hyphen or apostrophe, English words or not).
`--nothing` counts instead the leaked names the model tagged nothing over, in prose and contact
text, by shape and by what stands right before and after (`neighbour`: part of speech,
punctuation or line edge, never the word). Prints counts per kind of text and step only, so
held-out corpora may be run; `--show` lists the values of readable corpora (never of a file with
`holdout` in its name, nor of stranger4 or stranger5). The fifteenth round's table in
eval/README.md came from it.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_leak  # noqa: E402

import privacy_gateway.detection.names as names  # noqa: E402
from privacy_gateway.detection.analyzer import build_analyzer  # noqa: E402
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector  # noqa: E402
from privacy_gateway.policy.schema import load_policy  # noqa: E402
from privacy_gateway.detection import model  # noqa: E402
from privacy_gateway.testing.leak_causes import LABELS, _tag, kind_name, model_tagger, name_shape, neighbour  # noqa: E402
from privacy_gateway.testing.leak_metric import load_corpus, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEALED = ("holdout", "stranger4", "stranger5")
steps: list[tuple[str, int, int]] = []  # (event, start, end) of the analysis under way


def _record(attr: str, event: Callable[[tuple[Any, ...], Any], list[tuple[str, int, int]]]) -> None:
    """Wrap `names.<attr>` so each call adds what `event` makes of its arguments and result."""
    original = getattr(names, attr)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if attr in ("_runs", "_uncased"):
            result = list(result)
        steps.extend(event(args, result))
        return result

    setattr(names, attr, wrapped)


def _runs(args: tuple[Any, ...], result: Any) -> list[tuple[str, int, int]]:
    return [("run", first.idx, last.idx + len(last.text)) for first, last in result]


def _checked(args: tuple[Any, ...], result: Any) -> list[tuple[str, int, int]]:
    first, last = args[2], args[3]
    return [("not a name" if result else "a name", first.idx, last.idx + len(last.text))]


def _added(args: tuple[Any, ...], result: Any) -> list[tuple[str, int, int]]:
    return [("add", args[1], args[2])]  # every PERSON add() grows its span by `_dotted_name` first


def _step(events: list[tuple[str, int, int]], start: int, end: int, found: bool) -> str:
    seen = {event for event, s, e in events if s < end and e > start}
    if found:
        return "found, dropped after the recognizer"
    if "add" in seen:
        return "add()'s filters"
    if "a name" in seen:
        return "the guard (no full name, no cue)"
    if "not a name" in seen:
        return "_not_a_name"
    if "run" in seen:
        return "run made, skipped before _not_a_name"
    return "no run of name words (_runs/_uncased)"


def main() -> int:
    show = "--show" in sys.argv
    nothing = "--nothing" in sys.argv
    nlp = model.load(DEFAULT_SPACY_MODEL) if nothing else None
    files = [Path(a) for a in sys.argv[1:] if not a.startswith("--")]
    _record("_runs", _runs)
    _record("_uncased", _runs)
    _record("_not_a_name", _checked)
    _record("_dotted_name", _added)
    policy = load_policy(ROOT / "policies" / "default.yaml")
    detector = Detector(build_analyzer(languages=("en",)), policy)
    tagger = model_tagger(DEFAULT_SPACY_MODEL)
    analyze = detector.analyzer.analyze
    raw: list[tuple[str, Any]] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        found = analyze(*args, **kwargs)
        raw.extend((kwargs["text"], r) for r in found)
        return found

    detector.analyzer.analyze = recording  # type: ignore[method-assign]
    for path in files:
        rows = load_corpus(path)
        seen, events, results = {}, {}, {}
        for s in rows:
            steps.clear()
            raw.clear()
            (found,) = detector.analyze([s.text])
            events[s.id], results[s.id] = list(steps), list(raw)
            seen[s.id] = eval_leak.mask_for_cloud(s.text, [(f.start, f.end, f.entity_type) for f in found], policy)
        leaked: dict[str, set[str]] = {}
        for leak in score(rows, seen).leaks:
            if leak.verbatim and leak.type == "PERSON":
                leaked.setdefault(leak.sample_id, set()).add(leak.value)
        counts: Counter[tuple[str, ...]] = Counter()
        readable = not any(mark in str(path) for mark in SEALED)
        for s in rows:
            if s.id not in leaked:
                continue
            tags = tagger([s.text])[0]
            for span in s.spans:
                if span.type != "PERSON" or span.value not in leaked[s.id]:
                    continue
                tag = _tag(tags, span.start, span.end, LABELS["PERSON"])
                if nothing and nlp is not None:
                    kind = kind_name(s.text)
                    if tag == "nothing" and kind in ("prose", "contact"):
                        tokens = [(t.idx, t.idx + len(t.text), t.pos_) for t in nlp(s.text)]
                        sides = [neighbour(s.text, span.start, span.end, side, tokens) for side in (True, False)]
                        counts[(kind, name_shape(span.value), *sides)] += 1
                        if show and readable:
                            print(f"    {sides} | {span.value!r} | {s.id}")
                    continue
                if tag != "own label":
                    continue
                found = any(span.value in t[r.start : r.end] or t[r.start : r.end] in span.value for t, r in results[s.id])
                step = _step(events[s.id], span.start, span.end, found)
                counts[(kind_name(s.text), step, name_shape(span.value))] += 1
                if show and readable:
                    print(f"    {step} | {span.value!r} | {s.id}")
        if nothing:
            print(f"== {eval_leak.corpus_name(path)}: leaked names the model tagged nothing over, by kind, shape, before, after")
            for (kind, form, before, after), n in counts.most_common():
                print(f"  {n:3d}  {kind:8} {form:42} {before:12} {after}")
            continue
        print(f"== {eval_leak.corpus_name(path)}: leaked names the model tagged PERSON, by kind of text, step and shape")
        for (kind, step, form), n in counts.most_common():
            print(f"  {n:3d}  {kind:8} {step:40} {form}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
