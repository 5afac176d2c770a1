"""Shared by the recall probes (`probe_handles.py`, `probe_names.py`, `probe_given_names.py`) and the
twin probes (`probe_work.py`, `probe_world.py`, `probe_things.py`, `probe_orgs.py`): their command
line, what the gateway masks for the cloud in each text, the recall table by axis and the twins'
tables by carrier or by frame."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def masked_for_cloud(texts: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Per text, the spans the default policy masks before the cloud sees it: the detector's
    findings, resolved and propagated as the gateway does (`core.spans.mask_spans`)."""
    from privacy_gateway.config.settings import bundled_policy
    from privacy_gateway.core.spans import mask_spans
    from privacy_gateway.detection.analyzer import shared_analyzer
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector
    from privacy_gateway.policy.schema import load_policy

    policy = load_policy(bundled_policy("default"))
    detector = Detector(shared_analyzer(DEFAULT_SPACY_MODEL), policy)
    out = []
    for text, findings in zip(texts, detector.analyze(list(texts))):
        kept = [f for f in findings if policy.rule(f.entity_type).action in ("pseudonymize", "redact")]
        (spans,) = mask_spans([text], [kept])
        out.append([(s.start, s.end) for s in spans])
    return out


class Recall:
    """Counts of values kept from the cloud by axis ("carrier", "locale"…), printed as a table; a
    second count (`also`, e.g. the whole name left) gets a column of its own when named."""

    def __init__(self, axes: Sequence[tuple[str, Sequence[str]]], also: str | None = None) -> None:
        self.axes = [*axes, ("all", ("all",))]
        self.also = also
        self.total: Counter[tuple[str, str]] = Counter()
        self.lost: Counter[tuple[str, str]] = Counter()
        self.other: Counter[tuple[str, str]] = Counter()

    def add(self, keys: dict[str, str], leaked: bool, other: bool = False) -> None:
        for key in (*keys.items(), ("all", "all")):
            self.total[key] += 1
            self.lost[key] += leaked
            self.other[key] += other

    def print(self) -> None:
        for axis, names in self.axes:
            print(f"== {axis:<16} masked" + (f"   {self.also}" if self.also else ""))
            for name in names:
                n = self.total[(axis, name)]
                if n:
                    kept = n - self.lost[(axis, name)]
                    line = f"  {name:<16} {kept:>5}/{n:<5} {100 * kept / n:5.1f} %"
                    if self.also:
                        line += f"   {self.other[(axis, name)]:>4} {100 * self.other[(axis, name)] / n:5.1f} %"
                    print(line)


def probe_parser(doc: str, axis: str, choices: str) -> argparse.ArgumentParser:
    """The probes' common options, and `--AXIS` to keep one value of their own axis (a case, a form)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, help="print this many leaked texts")
    parser.add_argument("--locales", help="comma-separated mimesis locales (default: every Latin-script one)")
    parser.add_argument("--carrier", help="only this carrier")
    parser.add_argument(f"--{axis}", dest="axis", help=f"only this {axis}: {choices}")
    parser.add_argument("--per-locale", type=int, default=12, help="names drawn per locale (default 12)")
    return parser


def run_probe(
    args: argparse.Namespace,
    cases: Callable[[Sequence[str] | None, int], Sequence[Any]],
    axes: Sequence[tuple[str, Sequence[str]]],
    leaked: Callable[[Any, list[tuple[int, int]]], bool],
    value: Callable[[Any], str],
    whole: Callable[[Any, list[tuple[int, int]]], bool] | None = None,
) -> int:
    """Every case (filtered by carrier and the probe's own axis, the second of `axes`) through the
    gateway's spans; the recall table by axis, then `--misses` leaked texts. A case has `locale`,
    `carrier`, `text` and an attribute per axis; `value` is what it probes ("anna.berg")."""
    own = axes[1][0]
    todo = [
        c for c in cases(args.locales.split(",") if args.locales else None, args.per_locale)
        if (args.carrier is None or c.carrier == args.carrier) and (args.axis is None or getattr(c, own) == args.axis)
    ]
    recall = Recall(axes, also="leaked verbatim" if whole else None)
    misses = []
    for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        bad = leaked(case, spans)
        recall.add({axis: getattr(case, axis) for axis, _ in axes}, bad, whole(case, spans) if whole else False)
        if bad:
            misses.append(case)
    recall.print()
    for case in misses[: args.misses]:
        print(f"--- {case.locale} {getattr(case, own)} {case.carrier}: {value(case)!r}\n{case.text}")
    return 0


def twin_tables(
    header: str,
    todo: Sequence[Any],
    keys: Callable[[Any], Sequence[str]],
    rows: Sequence[str],
    misses: int,
    label: Callable[[Any], str],
    width: int,
) -> None:
    """Probes of twins (a private person, and the same shape about no one): each case through the
    gateway's spans, then a table per key (a carrier, a case, "all") of clean twins altered, personal
    ones leaked by a word and leaked verbatim. `keys` says which rows a case counts in; `label` is
    how a printed miss is introduced after "altered"/"leaked"; `misses` texts of each kind print."""
    from tests.detection.clean_probe import leaked

    total: Counter[tuple[str, str]] = Counter()
    bad: Counter[tuple[str, str]] = Counter()
    whole: Counter[str] = Counter()
    shown = {"clean": 0, "personal": 0}
    for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        miss = bool(spans) if case.kind == "clean" else leaked(case, spans)
        for key in (*keys(case), "all"):
            total[(case.kind, key)] += 1
            bad[(case.kind, key)] += miss
            if case.kind == "personal":
                whole[key] += leaked(case, spans, whole=True)
        if miss and shown[case.kind] < misses:
            shown[case.kind] += 1
            print(f"--- {'altered' if case.kind == 'clean' else 'leaked'} {label(case)}: "
                  + ", ".join(repr(case.text[a:b]) for a, b in spans) + f"\n{case.text}")
    print(header)
    for key in (*rows, "all"):
        n, m = total[("clean", key)], total[("personal", key)]
        a, b, w = bad[("clean", key)], bad[("personal", key)], whole[key]
        print(f"  {key:<{width}} {a:>4}/{n:<4} {100 * a / n:5.1f} %    {b:>4}/{m:<4} {100 * b / m:5.1f} %    {w:>4} {100 * w / m:5.1f} %")


def frame_probe(doc: str, frames: Mapping[str, Sequence[object]], cases: Callable[[str, int], Sequence[Any]], argv: list[str] | None) -> int:
    """Twin probes by frame (`probe_things.py`, `probe_orgs.py`): `--set` picks the frames, each
    frame's clean prompts altered and its personal twins whose private name is left unmasked
    (`helpers.names_left`), a row per frame and one for all; `--misses` texts of each kind print."""
    from tests.detection.helpers import names_left

    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--set", choices=tuple(frames), default="tune")
    parser.add_argument("--misses", type=int, default=0, help="print this many altered clean and leaked personal texts")
    parser.add_argument("--per-frame", type=int, default=24)
    args = parser.parse_args(argv)
    todo = cases(args.set, args.per_frame)
    altered: list[tuple[Any, list[tuple[int, int]]]] = []
    lost: list[tuple[Any, list[tuple[int, int]]]] = []
    for case, spans in zip(todo, masked_for_cloud([c.text for c in todo])):
        if case.kind == "clean" and spans:
            altered.append((case, spans))
        elif case.kind == "personal" and names_left(case.text, case.names, spans):
            lost.append((case, spans))
    print(f"== set {args.set}   frame   clean altered   personal leaked")
    for f in range(len(frames[args.set])):
        n = sum(1 for c in todo if c.frame == f and c.kind == "clean")
        a = sum(1 for c, _ in altered if c.frame == f)
        b = sum(1 for c, _ in lost if c.frame == f)
        print(f"  {f:>5}   {a:>4}/{n:<4} {100 * a / n:5.1f} %   {b:>4}/{n:<4} {100 * b / n:5.1f} %")
    n = len(todo) // 2
    print(f"  {'all':>5}   {len(altered):>4}/{n:<4} {100 * len(altered) / n:5.1f} %   {len(lost):>4}/{n:<4} {100 * len(lost) / n:5.1f} %")
    for label, rows in (("altered", altered), ("leaked", lost)):
        for case, spans in rows[:args.misses]:
            print(f"--- {label}: {case.text!r} masked {[case.text[a:b] for a, b in spans]}")
    return 0
