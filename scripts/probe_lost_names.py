#!/usr/bin/env python
"""At which step of the name rules a name the NER model tagged PERSON was lost, counted per corpus.

    python scripts/probe_lost_names.py eval/redteam/holdout.jsonl [...] [--type LOCATION]

For each PERSON value of a corpus that reaches the cloud verbatim through the gateway's Detector
(the `eval_leak.py --detector` path) and that the model tagged PERSON, it records what
`detection/names.py` did with the tag: no run of name words was made of it (`_runs`/`_uncased`:
a name in one case, a lone word), `_not_a_name` called it something else, the guard of code and
questions about the world dropped it (no full name, no cue), `add()`'s filters dropped it, or it
was found and dropped after the recognizer, each with the shape of the name (`name_shape`: one
Capitalised word or several, one case, joined by a hyphen or apostrophe, English words or not).
`--nothing` counts instead the leaked names the model tagged nothing over, in prose and contact
text, by shape and by what stands right before and after (`neighbour`: part of speech,
punctuation or line edge, never the word), by how many words it has and what the name lists say of
them (`name_listing`), and by what stands before a dash or colon right before it (`behind_mark`).
`--type LOCATION` does the same for places the model tagged GPE, LOC or FAC, with the place
branch's steps (`own_place`, `placed_in_literal`, `record_entity`); a column says where in code the
value stood (a comment, a string literal, a log line, a delimited row, under a key, a line of plain
sentences, after a word of place, or bare). Prints counts per kind of text and step only, so
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
import regex  # noqa: E402

import privacy_gateway.detection.names as names  # noqa: E402
from privacy_gateway.detection.analyzer import build_analyzer  # noqa: E402
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector  # noqa: E402
from privacy_gateway.detection.name_cues import COMMENT  # noqa: E402
from privacy_gateway.detection.places import known_place  # noqa: E402
from privacy_gateway.detection.record_values import _LITERAL, LOG_LINE, record_key  # noqa: E402
from privacy_gateway.detection.text_kind import describe  # noqa: E402
from privacy_gateway.detection.uncased import prose_line  # noqa: E402
from privacy_gateway.policy.schema import load_policy  # noqa: E402
from privacy_gateway.detection import model  # noqa: E402
from privacy_gateway.testing.leak_causes import LABELS, _tag, behind_mark, kind_name, model_tagger, name_listing, name_shape, neighbour  # noqa: E402
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


def _placed(args: tuple[Any, ...], result: Any) -> list[tuple[str, int, int]]:
    return [("placed in a literal", args[1], args[2])] if result else []


def _typed(args: tuple[Any, ...], result: Any) -> list[tuple[str, int, int]]:
    return [("record_entity", args[1], args[2])] if result is not None else []


def _own_place(text: str, value: str) -> bool:
    """`_from_ner`'s own_place before `placed_in_literal`: a question's unlisted place, a wordy note's listed town."""
    kind = describe(text)
    return kind.question and not known_place(value) or kind.wordy and known_place(value)


_PLACED_BEFORE = regex.compile(r"(?i:\b(?:in|from|to|near|at|of|for)[ \t]+)$")


def _where(text: str, start: int, end: int) -> str:
    """Where in code text[start:end] stands: a comment, a string literal, a log-like line, or bare."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    comment = COMMENT.search(line)
    if comment is not None and comment.start() <= start - line_start:
        return "comment"
    if any(m.start() < start - line_start and end - line_start < m.end() for m in _LITERAL.finditer(line)):
        return "literal"
    if LOG_LINE.search(line):
        return "log line"
    if line.count(",") >= 2 or line.count("\t") >= 1 or line.count("|") >= 2:
        return "row"
    if record_key(text, start, end) is not None:
        return "keyed"
    if prose_line(text, start):
        return "prose line"
    return "placed" if _PLACED_BEFORE.search(text, max(0, start - 12), start) else "bare"


def _step(events: list[tuple[str, int, int]], start: int, end: int, found: bool, own_place: bool = False) -> str:
    seen = {event for event, s, e in events if s < end and e > start}
    if found:
        return "found, dropped after the recognizer"
    if "add" in seen:
        return "add()'s filters"
    if "record_entity" in seen or own_place or "placed in a literal" in seen:
        return "add()'s filters (record_entity, own_place or placed_in_literal passed)"
    if "a name" in seen:
        return "the guard (no full name, no cue, no own_place, no record)"
    if "not a name" in seen:
        return "_not_a_name"
    if "run" in seen:
        return "run made, skipped before _not_a_name"
    return "no run of name words (_runs/_uncased)"


def main() -> int:
    show = "--show" in sys.argv
    nothing = "--nothing" in sys.argv
    nlp = model.load(DEFAULT_SPACY_MODEL) if nothing else None
    entity = sys.argv[sys.argv.index("--type") + 1] if "--type" in sys.argv else "PERSON"
    skip = {sys.argv.index("--type") + 1} if "--type" in sys.argv else set()
    files = [Path(a) for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and i not in skip]
    _record("_runs", _runs)
    _record("_uncased", _runs)
    _record("_not_a_name", _checked)
    _record("_dotted_name", _added)
    _record("placed_in_literal", _placed)
    _record("record_entity", _typed)
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
            if leak.verbatim and leak.type == entity:
                leaked.setdefault(leak.sample_id, set()).add(leak.value)
        counts: Counter[tuple[str, ...]] = Counter()
        readable = not any(mark in str(path) for mark in SEALED)
        for s in rows:
            if s.id not in leaked:
                continue
            tags = tagger([s.text])[0]
            for span in s.spans:
                if span.type != entity or span.value not in leaked[s.id]:
                    continue
                tag = _tag(tags, span.start, span.end, LABELS[entity])
                if nothing and nlp is not None:
                    kind = kind_name(s.text)
                    if tag == "nothing" and kind in ("prose", "contact"):
                        tokens = [(t.idx, t.idx + len(t.text), t.pos_) for t in nlp(s.text)]
                        sides = [neighbour(s.text, span.start, span.end, side, tokens) for side in (True, False)]
                        counts[(kind, name_shape(span.value), *sides, name_listing(span.value), behind_mark(s.text, span.start, tokens))] += 1
                        if show and readable:
                            print(f"    {sides} | {span.value!r} | {s.id}")
                    continue
                if tag != "own label":
                    continue
                found = any(span.value in t[r.start : r.end] or t[r.start : r.end] in span.value for t, r in results[s.id])
                own = entity == "LOCATION" and _own_place(s.text, span.value)
                step = _step(events[s.id], span.start, span.end, found, own)
                where = _where(s.text, span.start, span.end)
                counts[(kind_name(s.text), step, name_shape(span.value), where)] += 1
                if show and readable:
                    print(f"    {step} | {where} | {span.value!r} | {s.id}")
        if nothing:
            print(f"== {eval_leak.corpus_name(path)}: leaked names the model tagged nothing over, by kind, shape, before, after, words and lists, before the mark")
            for (kind, form, before, after, listing, behind), n in counts.most_common():
                print(f"  {n:3d}  {kind:8} {form:42} {before:12} {after:12} {listing:28} {behind}")
            continue
        print(f"== {eval_leak.corpus_name(path)}: leaked {entity} values the model tagged so, by kind of text, step, shape and where in code")
        for (kind, step, form, where), n in counts.most_common():
            print(f"  {n:3d}  {kind:8} {step:40} {form:30} {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
