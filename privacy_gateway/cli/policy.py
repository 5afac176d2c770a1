"""`privacy-gateway policy check|test`: lint policy files and run their test cases.

`check` needs no model and prints `file:line:column: message` for every problem, like a compiler.
`test` runs each `NAME.tests.yaml` beside its policy through the gateway's own privacy core and
reports failures like a test runner. Both exit 1 on any problem, 0 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from privacy_gateway.cli.terminal import Style, progress
from privacy_gateway.policy.bundled import bundled_policies

if TYPE_CHECKING:
    from privacy_gateway.cli.policy_cases import Outcome

POLICY_HELP = """\
Check and test policy files (reference: policies/README.md).

  privacy-gateway policy check policies/            # lint every policy and tests file in a folder
  privacy-gateway policy test                       # run every NAME.tests.yaml under ./policies
  privacy-gateway policy test policies/payments.yaml
"""
CHECK_HELP = """\
Validate policy files and their tests files without running anything: YAML syntax, unknown keys
(with a suggestion), unknown entity types, actions, thresholds, regexes of custom recognizers.
Prints `file:line:column: message` for each problem and exits 1 if there is any.
"""
TEST_HELP = """\
Run the test cases of policies: each case's text goes through the same detection, routing and
pseudonymization as a request to the gateway (no model is called), and its expectations (tier,
entity types, the text the cloud would see) are compared. Exits 1 if any case fails.

PATH is a policy file (its cases are in NAME.tests.yaml beside it), a tests file, or a folder
(every *.tests.yaml in it and below). Default: ./policies if it exists, else the bundled policies.
"""


def register(commands: Any) -> None:
    """Add `policy check` and `policy test` to the CLI's subcommands."""
    policy = commands.add_parser("policy", help="check and test policy files", description=POLICY_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = policy.add_subparsers(dest="policy_command", metavar="COMMAND", required=True)
    check = sub.add_parser("check", help="validate policy files (file:line:column: message for each problem)", description=CHECK_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("paths", nargs="+", metavar="FILE", help="policy files, NAME.tests.yaml files, or folders holding them")
    check.add_argument("-q", "--quiet", action="store_true", help="print problems only, nothing for files that are fine")
    test = sub.add_parser("test", help="run the test cases next to policies", description=TEST_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    test.add_argument("paths", nargs="*", metavar="PATH", help="policy file, tests file or folder (default: ./policies, else the bundled policies)")
    test.add_argument("-v", "--verbose", action="store_true", help="list every case, not only failures")
    test.add_argument("--spacy-model", metavar="NAME", help="spaCy pipeline to detect with (default: the gateway's default)")
    test.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="colour the output (default: auto, in a terminal)")


def main(args: argparse.Namespace) -> int:
    """Run `policy check` or `policy test`."""
    if args.policy_command == "check":
        return check(args.paths, quiet=args.quiet)
    return test(args.paths, verbose=args.verbose, spacy_model=args.spacy_model, style=Style.for_stream(sys.stdout, args.color))


def expand(paths: Iterable[str], patterns: tuple[str, ...]) -> list[Path]:
    """Files named by `paths`, folders replaced by the files under them matching `patterns`."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted({f for pattern in patterns for f in path.rglob(pattern) if f.is_file()})
            files.extend(found)
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def check(paths: list[str], *, quiet: bool = False) -> int:
    """Print every problem of every file; 1 if there was any."""
    from privacy_gateway.yamlfile import Problem

    files = expand(paths, ("*.yaml", "*.yml"))
    if not files:
        print(f"privacy-gateway: no policy files under {', '.join(paths)}", file=sys.stderr)
        return 1
    bad = problems = 0
    for path in files:
        try:
            found, summary = check_file(path)
        except Exception as exc:  # noqa: BLE001 - a linter reports, it does not crash
            found, summary = [Problem(str(path), 1, 1, f"could not check this file ({type(exc).__name__}: {exc})")], ""
        for problem in found:
            print(problem)
        if found:
            bad, problems = bad + 1, problems + len(found)
        elif not quiet:
            print(f"{path}: ok{summary}")
    if bad:
        print(f"{problems} problem{'s' * (problems != 1)} in {bad} of {len(files)} file{'s' * (len(files) != 1)}", file=sys.stderr)
        return 1
    return 0


def check_file(path: Path) -> tuple[list[Any], str]:
    """(problems, a one-line summary when there are none) for a policy or tests file."""
    from privacy_gateway.policy.schema import load_policy
    from privacy_gateway.cli.policy_cases import is_tests_file, load_cases, policy_for
    from privacy_gateway.yamlfile import FileProblems, Problem

    try:
        if not is_tests_file(path):
            policy = load_policy(path)
            custom = f", {len(policy.recognizers)} custom recognizer{'s' * (len(policy.recognizers) != 1)}" if policy.recognizers else ""
            answers = f", {len(policy.answers)} answer rule{'s' * (len(policy.answers) != 1)}" if policy.answers else ""
            return [], f" (policy {policy.name}, version {policy.version}, {len(policy.entities)} entity rules{custom}{answers})"
        policy_path = policy_for(path)
        try:
            policy = load_policy(policy_path)
        except FileProblems:
            if not policy_path.is_file():
                load_cases(path)  # reports the missing policy, with the file's other problems
            return [Problem(str(path), 1, 1, f"its policy {policy_path} has problems; run `privacy-gateway policy check {policy_path}`")], ""
        cases = load_cases(path, policy.known_entities)
        return [], f" ({len(cases.cases)} test case{'s' * (len(cases.cases) != 1)} for policy {policy.name})"
    except FileProblems as exc:
        return exc.problems, ""


def default_test_path() -> Path:
    """./policies when it exists, else the policies bundled with the gateway."""
    local = Path("policies")
    return local if local.is_dir() else bundled_policies()


def test(paths: list[str], *, verbose: bool = False, spacy_model: str | None = None, style: Style | None = None) -> int:
    """Run every case found under `paths`; print failures (and passes with `verbose`); 1 on any failure."""
    from privacy_gateway.detection.engine import DetectorUnavailable
    from privacy_gateway.policy.schema import load_policy
    from privacy_gateway.cli.policy_cases import load_cases, policy_for, run_file
    from privacy_gateway.yamlfile import FileProblems

    style = style or Style(False)
    started = time.monotonic()
    targets, errors = _test_targets(paths or [str(default_test_path())], style)
    analyzer_for = _analyzer_loader(spacy_model)
    passed = failed = 0
    for path in dict.fromkeys(targets):
        try:
            policy = load_policy(policy_for(path))
            cases = load_cases(path, policy.known_entities)
        except FileProblems as exc:
            for problem in exc.problems:
                print(problem)
            errors += 1
            continue
        try:
            analyzer = analyzer_for(cases.languages)
        except DetectorUnavailable as exc:
            print(f"privacy-gateway: {exc}", file=sys.stderr)
            return 1
        outcomes = run_file(cases, policy, analyzer)
        failures = sum(not o.passed for o in outcomes)
        passed, failed = passed + len(outcomes) - failures, failed + failures
        _print_outcomes(path, f"{policy.name}@{policy.version}", outcomes, style, verbose)
    return _summary(passed, failed, errors, started, style)


def _test_targets(paths: list[str], style: Style) -> tuple[list[Path], int]:
    """The tests files `paths` name (a folder's, a policy's, or the file itself) and how many paths had none."""
    from privacy_gateway.cli.policy_cases import is_tests_file, tests_file_for

    targets: list[Path] = []
    errors = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = expand([raw], ("*.tests.yaml", "*.tests.yml"))
            untested = [p for p in expand([raw], ("*.yaml", "*.yml")) if not is_tests_file(p) and tests_file_for(p) not in found]
            for policy_path in untested:
                print(style.yellow(f"note: {policy_path} has no test cases (write them in {tests_file_for(policy_path).name})"))
            if not found:
                print(f"privacy-gateway: no *.tests.yaml under {path}", file=sys.stderr)
                errors += 1
            targets.extend(found)
        elif is_tests_file(path):
            targets.append(path)
        elif path.is_file():
            if not tests_file_for(path).is_file():
                print(f"{path}:1:1: no test cases for this policy: write them in {tests_file_for(path)}")
                errors += 1
            else:
                targets.append(tests_file_for(path))
        else:
            print(f"{path}:1:1: file not found")
            errors += 1
    return targets, errors


def _analyzer_loader(spacy_model: str | None) -> Callable[[tuple[str, ...]], Any]:
    """The analyzer for a file's `languages`, each loaded on first use (loading one takes seconds)."""
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL
    from privacy_gateway.detection.analyzer import shared_analyzer

    analyzers: dict[tuple[str, ...], Any] = {}

    def analyzer_for(languages: tuple[str, ...]) -> Any:
        if languages not in analyzers:
            with progress(f"loading the spaCy pipeline {spacy_model or DEFAULT_SPACY_MODEL}" + (f" ({', '.join(languages)})" if languages != ("en",) else "")):
                analyzers[languages] = shared_analyzer(spacy_model or DEFAULT_SPACY_MODEL, languages)
        return analyzers[languages]

    return analyzer_for


def _print_outcomes(path: Path, policy: str, outcomes: list[Outcome], style: Style, verbose: bool) -> None:
    """One line for the file, then its failures (and passes when `verbose`) with their messages."""
    failures = sum(not o.passed for o in outcomes)
    mark = style.red("FAIL") if failures else style.green("ok  ")
    print(f"{mark} {path}  {len(outcomes) - failures}/{len(outcomes)} passed  {style.dim(f'(policy {policy})')}")
    for outcome in outcomes:
        if outcome.passed and not verbose:
            continue
        case = outcome.case
        label = style.green("  PASS") if outcome.passed else style.red("  FAIL")
        print(f"{label} {path}:{case.line}:{case.column}: {case.name}")
        for failure in outcome.failures:
            for line in failure.splitlines():
                print(f"         {line}")


def _summary(passed: int, failed: int, errors: int, started: float, style: Style) -> int:
    """Print the closing count; the exit code: 1 on any failure or problem, or when nothing ran."""
    total = passed + failed
    summary = f"{passed}/{total} passed" + (f", {failed} failed" if failed else "") + (f", {errors} file{'s' * (errors != 1)} with problems" if errors else "")
    colour = style.red if failed or errors else style.green
    print(colour(summary) + style.dim(f" in {time.monotonic() - started:.1f}s"))
    return 1 if failed or errors or total == 0 else 0
