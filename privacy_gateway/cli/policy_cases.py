"""Policy test cases: prompts in, the tier, entity types and cloud text a policy must produce out.

Cases live next to the policy they test (`payments.yaml` → `payments.tests.yaml`, format in
`policies/README.md`) and run through `dry_run`, the same path a request takes through the gateway.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from privacy_gateway.config.settings import policy_file
from privacy_gateway.detection.engine import Detector
from privacy_gateway.detection.pool import AnalyzerPool
from privacy_gateway.core.dry_run import DEFAULT_CONTEXT_TOKENS, DryRun, dry_run
from privacy_gateway.policy.schema import Policy
from privacy_gateway.core.privacy import PrivacyCore
from privacy_gateway.core.routing import Requested
from privacy_gateway.yamlfile import FileProblems, Located, Problem, did_you_mean, load_yaml, type_name

TESTS_SUFFIX = ".tests.yaml"
TIERS = ("local", "cloud", "blocked")
REQUESTED: dict[str, Requested] = {"cloud": "cloud", "local": "local", "auto": "default"}
_TOP_KEYS = ("version", "policy", "languages", "cases")
_CASE_KEYS = ("name", "text", "requested_tier", "context_tokens", "expect")
_EXPECT_KEYS = ("tier", "reason", "entities", "entities_include", "entities_exclude", "cloud_text", "cloud_never_sees", "local_text")
_ABSENT = object()


@dataclass(frozen=True)
class Case:
    """One test case, located in its file."""

    name: str
    text: str
    requested: Requested
    context_tokens: int
    expect: dict[str, Any]
    line: int
    column: int


@dataclass
class CaseFile:
    """A parsed tests file: the policy it tests and its cases."""

    path: Path
    policy_path: Path
    cases: list[Case] = field(default_factory=list)
    languages: tuple[str, ...] = ("en",)  # detection.languages the cases run under


@dataclass(frozen=True)
class Outcome:
    """A case's result: the dry run and every way it differed from what was expected."""

    case: Case
    run: DryRun
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """Whether everything expected happened."""
        return not self.failures


def tests_file_for(policy_path: Path) -> Path:
    """Where the cases of a policy file live: `NAME.tests.yaml` beside `NAME.yaml`."""
    return policy_path.with_name(policy_path.name.rsplit(".", 1)[0] + TESTS_SUFFIX)


def is_tests_file(path: Path) -> bool:
    """Whether `path` holds test cases rather than a policy."""
    return path.name.endswith((TESTS_SUFFIX, ".tests.yml"))


def policy_for(path: Path) -> Path:
    """The policy file a tests file is about (its `policy:` key, else `NAME.yaml` beside it)."""
    try:
        doc = load_yaml(path)
    except FileProblems:
        doc = None
    ref = doc.get("policy") if isinstance(doc, dict) else None
    return policy_file(ref, path.parent) if isinstance(ref, str) and ref else path.with_suffix("").with_suffix(".yaml")


def load_cases(path: Path, known_entities: frozenset[str] | None = None) -> CaseFile:
    """Parse and validate a tests file; raises `FileProblems` with every problem located."""
    doc = load_yaml(path)
    name = str(path)
    if not isinstance(doc, dict):
        raise FileProblems([Problem(name, 1, 1, f"a tests file must be a mapping with 'version: 1' and 'cases', got {type_name(doc)}")])
    check = Located(name)
    check.check_keys(doc, _TOP_KEYS, "tests file")
    if doc.get("version") != 1:
        if "version" in doc:
            check.problem(doc, "version", f"unsupported tests version {doc.get('version')!r}; this gateway reads version 1", at_value=True)
        else:
            check.problems.append(Problem(name, 1, 1, "missing 'version: 1'"))
    policy_path = path.with_suffix("").with_suffix(".yaml")  # x.tests.yaml tests x.yaml
    if "policy" in doc:
        ref = doc["policy"]
        if not isinstance(ref, str) or not ref:
            check.problem(doc, "policy", "policy must be a policy file path (relative to this file) or a bundled policy name", at_value=True)
        else:
            policy_path = policy_file(ref, path.parent)
            if not policy_path.is_file():
                check.problem(doc, "policy", f"policy file not found: {policy_path}", at_value=True)
    elif not policy_path.is_file():
        check.problems.append(Problem(name, 1, 1, f"no policy {policy_path.name} beside this file; name the policy with 'policy: FILE'"))
    out = CaseFile(path, policy_path)
    if "languages" in doc:
        langs = doc["languages"]
        if not isinstance(langs, list) or not langs or not all(isinstance(v, str) and v for v in langs) or len(set(langs)) != len(langs):
            check.problem(doc, "languages", "languages must be a list of distinct language codes, the default first (e.g. [en, fr])", at_value=True)
        else:
            out.languages = tuple(langs)
    raw_cases = doc.get("cases")
    if not isinstance(raw_cases, list) or not raw_cases:
        where = (doc, "cases") if "cases" in doc else None
        if where:
            check.problem(*where, f"cases must be a non-empty list of test cases, got {type_name(raw_cases)}", at_value=True)
        else:
            check.problems.append(Problem(name, 1, 1, "missing 'cases': a list of {name, text, expect}"))
        check.raise_if_any()
        return out
    names: set[str] = set()
    for index, raw in enumerate(raw_cases):
        case = _case(check, raw_cases, index, raw, known_entities)
        if case is None:
            continue
        if case.name in names:
            check.problem(raw_cases, index, f"two cases are named {case.name!r}; names must be unique")
        names.add(case.name)
        out.cases.append(case)
    check.raise_if_any()
    return out


def _case(check: Located, parent: list[Any], index: int, raw: Any, known: frozenset[str] | None) -> Case | None:
    line, column = check.where(parent, index)
    if not isinstance(raw, dict):
        check.problem(parent, index, f"each case must be a mapping with name, text and expect, got {type_name(raw)}")
        return None
    check.check_keys(raw, _CASE_KEYS, "case")
    ok = True
    for key in ("name", "text"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            if key in raw:
                check.problem(raw, key, f"{key} must be a non-empty string", at_value=True)
            else:
                check.problem(parent, index, f"a case needs a {key!r}")
            ok = False
    requested = raw.get("requested_tier", "cloud")
    if requested not in REQUESTED:
        check.problem(raw, "requested_tier", f"requested_tier must be one of {', '.join(REQUESTED)}, got {requested!r}", at_value=True)
        ok = False
    tokens = raw.get("context_tokens", DEFAULT_CONTEXT_TOKENS)
    if isinstance(tokens, bool) or not isinstance(tokens, int) or tokens <= 0:
        check.problem(raw, "context_tokens", "context_tokens must be a positive whole number (the local model's context window)", at_value=True)
        ok = False
    expect = check.mapping(raw.get("expect"), raw, "expect", "expect") if "expect" in raw else None
    if "expect" not in raw:
        check.problem(parent, index, "a case needs 'expect': at least one of " + ", ".join(_EXPECT_KEYS))
        ok = False
    elif expect is None:
        ok = False
    else:
        ok = _expectations(check, expect, known) and ok
    if not ok:
        return None
    assert expect is not None
    return Case(str(raw["name"]), str(raw["text"]), REQUESTED[requested], tokens, dict(expect), line, column)


def _expectations(check: Located, expect: dict[Any, Any], known: frozenset[str] | None) -> bool:
    before = len(check.problems)
    check.check_keys(expect, _EXPECT_KEYS, "expect")
    if not expect:
        check.problems.append(Problem(check.path, *check.where(expect), "expect is empty: say at least one of " + ", ".join(_EXPECT_KEYS)))
    if "tier" in expect and expect["tier"] not in TIERS:
        check.problem(expect, "tier", f"tier must be one of {', '.join(TIERS)}, got {expect['tier']!r}", at_value=True)
    if "reason" in expect and not isinstance(expect["reason"], str):
        check.problem(expect, "reason", "reason must be a routing reason such as local_only_entities", at_value=True)
    for key in ("entities", "entities_include", "entities_exclude", "cloud_never_sees"):
        if key not in expect:
            continue
        values = expect[key]
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            check.problem(expect, key, f"{key} must be a list of strings", at_value=True)
            continue
        if known is not None and key.startswith("entities"):
            for i, value in enumerate(values):
                if value not in known:
                    check.problem(values, i, f"unknown entity type {value!r} for this policy{did_you_mean(value, known)}")
    for key in ("cloud_text", "local_text"):
        if key in expect and expect[key] is not None and not isinstance(expect[key], str):
            check.problem(expect, key, f"{key} must be a string (or null: nothing is sent there)", at_value=True)
    return len(check.problems) == before


def compare(case: Case, run: DryRun) -> tuple[str, ...]:
    """Every difference between what `case` expects and what the dry run did."""
    expect = case.expect
    failures: list[str] = []
    got_tier = f"{run.tier} ({run.reason})"
    if "tier" in expect and expect["tier"] != run.tier:
        failures.append(f"tier: expected {expect['tier']}, got {got_tier}")
    if "reason" in expect and expect["reason"] != run.reason:
        failures.append(f"reason: expected {expect['reason']}, got {run.reason}")
    found = set(run.entity_types)
    if "entities" in expect and set(expect["entities"]) != found:
        failures.append(f"entities: expected {_types(expect['entities'])}, got {_types(found)}")
    missing = set(expect.get("entities_include", ())) - found
    if missing:
        failures.append(f"entities_include: {_types(missing)} not found (found {_types(found)})")
    unwanted = set(expect.get("entities_exclude", ())) & found
    if unwanted:
        failures.append(f"entities_exclude: {_types(unwanted)} found")
    cloud = expect.get("cloud_text", _ABSENT)
    if cloud is not _ABSENT and cloud != run.cloud_text:
        failures.append(_mismatch("cloud_text", cloud, run.cloud_text) + ("" if run.tier == "cloud" else f" (served by {run.tier}: {run.reason})"))
    seen = (run.cloud_text or "").casefold()
    leaked = [v for v in expect.get("cloud_never_sees", ()) if v.casefold() in seen]
    if leaked:
        failures.append(f"cloud_never_sees: the cloud would see {', '.join(repr(v) for v in leaked)}")
    local = expect.get("local_text", _ABSENT)
    if local is not _ABSENT and local != run.local_text:
        failures.append(_mismatch("local_text", local, run.local_text) + ("" if run.tier == "local" else f" (served by {run.tier}: {run.reason})"))
    return tuple(failures)


def _mismatch(key: str, expected: Any, got: Any) -> str:
    """Two aligned lines, so the texts can be compared character by character."""
    return f"{key}: expected {_text(expected)}\n{' ' * len(key)}       got {_text(got)}"


def _types(types: Any) -> str:
    return "[" + ", ".join(sorted(types)) + "]"


def _text(value: Any) -> str:
    return "nothing" if value is None else repr(value)


async def run_cases(cases: CaseFile, policy: Policy, analyzer: Any) -> list[Outcome]:
    """Run every case of `cases` under `policy` on `analyzer`."""
    pool = AnalyzerPool(workers=1)
    try:
        core = PrivacyCore(Detector(analyzer, policy), pool)
        outcomes = []
        for case in cases.cases:
            run = await dry_run(core, case.text, requested=case.requested, context_tokens=case.context_tokens)
            outcomes.append(Outcome(case, run, compare(case, run)))
        return outcomes
    finally:
        pool.close()


def run_file(cases: CaseFile, policy: Policy, analyzer: Any) -> list[Outcome]:
    """`run_cases` for synchronous callers."""
    return asyncio.run(run_cases(cases, policy, analyzer))
