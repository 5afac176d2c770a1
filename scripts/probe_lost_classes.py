#!/usr/bin/env python
"""Why the values of chosen classes of a corpus leak: a trace of one class at a time, counts only.

    python scripts/probe_lost_classes.py eval/redteam/holdout.jsonl [...] [--classes username_handle,work_shaped]

For every value of a row of the chosen classes (a row's `class` field) that reaches the cloud
verbatim through the gateway's Detector (the `eval_leak.py --detector` path), it counts: the
entity type, the kind of text (`kind_name`, with the flags of `describe` that decide the guard: history,
question, dealt), what the NER model tagged over it, the name rules'
step that lost it (`probe_lost_names`' steps, for values the model tagged PERSON), the value's
shape (`name_shape`), the make of a handle (`handle_form`: separators, digits, capitals, an
initial, its words on the given-name and surname lists), where it stands (`carrier`: an
@mention, an e-mail's local part, a path, a `key=` value, a line's head, a quoted string, a
sentence), and whether a word of it stands elsewhere in the prompt, masked or not (the same
person named elsewhere, so a handle made of the name should have gone with it). Prints counts
only, so held-out corpora may be run; `--show` lists the values of readable corpora (never of a
file with `holdout` in its name, nor of stranger4 or stranger5).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_leak  # noqa: E402
import probe_lost_names as lost  # noqa: E402

from privacy_gateway.detection.analyzer import build_analyzer  # noqa: E402
from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector  # noqa: E402
from privacy_gateway.detection.lexicon import ascii_fold, world_first_names, world_last_names  # noqa: E402
from privacy_gateway.detection.name_split import split_glued  # noqa: E402
from privacy_gateway.detection.text_kind import describe  # noqa: E402
from privacy_gateway.policy.schema import load_policy  # noqa: E402
from privacy_gateway.detection import model  # noqa: E402
from privacy_gateway.testing.leak_causes import LABELS, _tag, kind_name, model_tagger, name_shape, neighbour  # noqa: E402
from privacy_gateway.testing.leak_metric import load_corpus, score  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEALED = ("holdout", "stranger4", "stranger5", "stranger6", "stranger7")
DEFAULT_CLASSES = ("username_handle", "work_shaped", "handles")


def _listed(word: str) -> str:
    """g (a given name), f (a surname), gf (both), - (neither); i for an initial."""
    if len(word) == 1:
        return "i"
    given, family = word in world_first_names(), word in world_last_names()
    return ("g" if given else "") + ("f" if family else "") or "-"


def handle_form(value: str) -> str:
    """A value's make as logins are made, never its letters: the separators, digits, capitals and
    what each word is on the name lists (`g.f`: a given name dot a surname, `i_f`, `glued gf`…)."""
    if " " in value.strip():
        return f"spaced, {len(value.split())} words"
    seps = "".join(sorted({c for c in value if c in "._-"}))
    digits = ", digits" if any(c.isdigit() for c in value) else ""
    case = "lower" if value == value.lower() else "UPPER" if value == value.upper() else "camel" if re.search(r"[a-z][A-Z]", value) else "Capital"
    core = ascii_fold(value.lower()).rstrip("0123456789")
    parts = [p for p in re.split(r"[._\-]", core) if p]
    if case == "camel" and len(parts) == 1:
        parts = [p.lower() for p in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", ascii_fold(value))]
    if len(parts) >= 2:
        made = (seps or "camel").join(_listed(p) for p in parts)
    elif parts:
        word = parts[0]
        glued = split_glued(word)
        made = "glued " + ("split" if glued is not None else _listed(word) if _listed(word) != "-" else
                           "i+" + _listed(word[1:]) if _listed(word[1:]) != "-" else
                           _listed(word[:-1]) + "+i" if _listed(word[:-1]) != "-" else "-")
    else:
        made = "?"
    return f"{case}, {made}{digits}"


def _path_kind(text: str, start: int, end: int) -> str:
    """A path's kind around start..end, never its folders: a URL, a Windows or UNC path, an SSH
    remote, an absolute or a relative Unix path, and whether the value ends it."""
    left = re.split(r"[\s\"'`(<\[=,;]", text[:start])[-1]
    right = re.split(r"[\s\"'`)>\],;]", text[end:])[0]
    kind = ("URL" if "://" in left else "UNC/Windows" if "\\" in left or "\\" in right else "ssh remote" if re.search(r"@[\w.\-]+:", left)
            else "host path" if re.match(r"[\w\-]+\.[\w.\-]+/", left) else "absolute" if left.startswith("/") or left.startswith("~")
            else "relative")
    depth = left.count("/") + left.count("\\")
    return f"path segment, {kind}, depth {min(depth, 4)}, " + ("last" if not right.strip("/\\") else "inner")


def carrier(text: str, start: int, end: int, tokens: list[tuple[int, int, str]] | None = None) -> str:
    """Where a value stands, by the characters around it and the parts of speech of its
    neighbours (`neighbour`), never the words."""
    before, after = text[max(0, start - 12) : start], text[end : end + 3]
    line_head = not text[text.rfind("\n", 0, start) + 1 : start].strip()
    if before.endswith("@"):
        return "@mention"
    if after.startswith("@"):
        return "e-mail local part / login@host"
    if re.search(r"(?:/home/|/Users/|\\Users\\|~)$", before, re.I):
        return "home path"
    if before.endswith(("/", "\\")) or after.startswith(("/", "\\")):
        return _path_kind(text, start, end)
    if re.search(r"[\w\]\-]=[\"']?$", before):
        return "key=value"
    if re.search(r"\w[\"']?[ \t]*:[ \t]*[\"']?$", before):
        return "key: value"
    if before.endswith(("'", '"', "`")) and after[:1] in ("'", '"', "`"):
        return "quoted"
    if before.endswith("<") or before.endswith("[~"):
        return "chat nick / jira"
    if line_head:
        return "line head" + (" + colon" if after.startswith(":") else "")
    if before.endswith((",", ", ")):
        return "listed after comma"
    sides = f"{neighbour(text, start, end, True, tokens)} _ {neighbour(text, start, end, False, tokens)}" if tokens else ""
    if re.search(r"[A-Za-z][ \t]$", before):
        return f"after a word: {sides}"
    return f"other: {sides}"


def elsewhere(text: str, value: str, spans: list[tuple[int, int]], masked: list[tuple[int, int]]) -> str:
    """Whether a word of the value (three letters or more) stands elsewhere in the prompt as a
    word of its own, and whether that place was masked: the same person named elsewhere."""
    words = {w for w in re.split(r"[\s._\-]+", ascii_fold(value.lower()).rstrip("0123456789")) if len(w) >= 3 and w.isalpha()}
    seen = []
    folded = ascii_fold(text.lower())
    for w in words:
        for m in re.finditer(rf"(?<![a-z]){re.escape(w)}(?![a-z])", folded):
            if any(s <= m.start() < e for s, e in spans):
                continue
            seen.append(any(s <= m.start() and m.end() <= e for s, e in masked))
    if not seen:
        return "not elsewhere"
    return "elsewhere, masked" if any(seen) else "elsewhere, not masked"


def kind_flags(text: str) -> str:
    """`kind_name` with the text-kind flags that decide the guard: h(istory), q(uestion), d(ealt)."""
    kind = describe(text)
    flags = "".join(f for f, on in (("h", kind.history), ("q", kind.question), ("d", kind.dealt)) if on)
    return f"{kind_name(text)}({flags})" if flags else kind_name(text)


def main() -> int:
    show = "--show" in sys.argv
    classes = tuple(sys.argv[sys.argv.index("--classes") + 1].split(",")) if "--classes" in sys.argv else DEFAULT_CLASSES
    skip = {sys.argv.index("--classes") + 1} if "--classes" in sys.argv else set()
    files = [Path(a) for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and i not in skip]
    for attr, event in (("_runs", lost._runs), ("_uncased", lost._runs), ("_not_a_name", lost._checked),
                        ("_dotted_name", lost._added), ("placed_in_literal", lost._placed), ("record_entity", lost._typed)):
        lost._record(attr, event)
    policy = load_policy(ROOT / "policies" / "default.yaml")
    detector = Detector(build_analyzer(languages=("en",)), policy)
    tagger = model_tagger(DEFAULT_SPACY_MODEL)
    nlp = model.load(DEFAULT_SPACY_MODEL)
    analyze = detector.analyzer.analyze
    raw: list[tuple[str, Any]] = []

    def recording(*args: Any, **kwargs: Any) -> Any:
        found = analyze(*args, **kwargs)
        raw.extend((kwargs["text"], r) for r in found)
        return found

    detector.analyzer.analyze = recording  # type: ignore[method-assign]
    for path in files:
        rows = [s for s in load_corpus(path) if s.group in classes]
        readable = not any(mark in str(path) for mark in SEALED)
        seen, events, results, masks = {}, {}, {}, {}
        for s in rows:
            lost.steps.clear()
            raw.clear()
            (found,) = detector.analyze([s.text])
            events[s.id], results[s.id] = list(lost.steps), list(raw)
            spans = [(f.start, f.end, f.entity_type) for f in found]
            masks[s.id] = [(a, b) for a, b, _ in spans]
            seen[s.id] = eval_leak.mask_for_cloud(s.text, spans, policy)
        report = score(rows, seen)
        leaked: dict[str, set[tuple[str, str]]] = {}
        for leak in report.leaks:
            if leak.verbatim:
                leaked.setdefault(leak.sample_id, set()).add((leak.type, leak.value))
        counts: Counter[tuple[str, ...]] = Counter()
        for s in rows:
            if s.id not in leaked:
                continue
            tags = tagger([s.text])[0]
            tokens = [(t.idx, t.idx + len(t.text), t.pos_) for t in nlp(s.text)]
            done: set[tuple[str, str]] = set()
            for span in s.spans:
                if (span.type, span.value) not in leaked[s.id] or (span.type, span.value) in done:
                    continue
                done.add((span.type, span.value))
                own = LABELS.get(span.type, frozenset())
                tag = _tag(tags, span.start, span.end, own) if own else "-"
                step = "-"
                if span.type == "PERSON" and tag == "own label":
                    found_raw = any(span.value in t[r.start : r.end] or t[r.start : r.end] in span.value for t, r in results[s.id])
                    step = lost._step(events[s.id], span.start, span.end, found_raw)
                value_spans = [(x.start, x.end) for x in s.spans if x.value == span.value]
                key = (s.group, span.type, kind_flags(s.text), tag, step, name_shape(span.value), handle_form(span.value),
                       carrier(s.text, span.start, span.end, tokens), elsewhere(s.text, span.value, value_spans, masks[s.id]))
                counts[key] += 1
                if show and readable:
                    print(f"    {' | '.join(key)} | {span.value!r} | {s.id}")
        runs = {g: (sum(1 for s in rows if s.group == g and s.id in leaked), sum(1 for s in rows if s.group == g)) for g in classes}
        print(f"== {eval_leak.corpus_name(path)}: leaking runs " + ", ".join(f"{g} {a}/{b}" for g, (a, b) in runs.items() if b))
        print("   n  class            type     kind     model tag   step | shape | handle form | carrier | same name elsewhere")
        for key, n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0])):
            group, entity, kind, tag, step, *rest = key
            print(f"  {n:2d}  {group:16} {entity:8} {kind:11} {tag:11} {step[:40]:40} | " + " | ".join(rest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
