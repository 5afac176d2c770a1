"""`privacy-gateway scan`: what the gateway would do with a prompt, without calling any model.

Shows the entities found with the policy's action for each, the routing decision and its reason,
and the text each tier would receive. It runs `dry_run`, the path every request takes. The output
holds the prompt's own values: it is for the person who typed them, never for a log.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

from privacy_gateway.cli.terminal import Style, progress

SCAN_HELP = """\
Dry-run a prompt through a policy: the entities found, the action for each, the routing decision
with its reason, and the text the cloud (or the local model) would receive. No model is called.

  privacy-gateway scan "Call Maria Gonzalez at 555-123-4567"
  privacy-gateway scan --policy payments --json - < prompt.txt

By default the prompt is routed as if the client asked for the cloud tier (X-Privacy-Tier: cloud),
which shows what would leave the machine; --tier auto shows the default, local-first routing.
"""
TIERS = {"cloud": "cloud", "local": "local", "auto": "default"}


def register(commands: Any) -> None:
    """Add `scan` to the CLI's subcommands."""
    scan = commands.add_parser("scan", help="dry-run a prompt: entities, actions, routing, what the cloud sees", description=SCAN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    scan.add_argument("text", nargs="?", metavar="TEXT", help="the prompt; '-' (or nothing, with a pipe) reads standard input")
    scan.add_argument("--policy", metavar="FILE", default="default", help="a policy file, or the name of a bundled policy (default: default)")
    scan.add_argument("--tier", choices=list(TIERS), default="cloud", help="the tier the client asks for (default: cloud)")
    scan.add_argument("--context-tokens", type=int, metavar="N", help="the local model's context window, for the escalate_over_context rule (default 8192)")
    scan.add_argument("--json", action="store_true", help="print one JSON object (for scripts)")
    scan.add_argument("--spacy-model", metavar="NAME", help="spaCy pipeline to detect with (default: the gateway's default)")
    scan.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="colour the output (default: auto, in a terminal)")


def main(args: argparse.Namespace) -> int:
    """Run `scan`."""
    from pathlib import Path

    from privacy_gateway.config.settings import policy_file
    from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL, Detector, DetectorUnavailable
    from privacy_gateway.detection.analyzer import shared_analyzer
    from privacy_gateway.core.dry_run import DEFAULT_CONTEXT_TOKENS, dry_run
    from privacy_gateway.policy.schema import load_policy
    from privacy_gateway.core.privacy import PrivacyCore
    from privacy_gateway.detection.pool import AnalyzerPool
    from privacy_gateway.yamlfile import FileProblems, did_you_mean
    from privacy_gateway.policy.bundled import bundled_policies, bundled_policy_names

    if args.text in (None, "-"):
        if args.text is None and sys.stdin.isatty():
            print("privacy-gateway scan: give the prompt as TEXT, or '-' to read it from standard input", file=sys.stderr)
            return 2
        text = sys.stdin.read()
    else:
        text = args.text
    if args.context_tokens is not None and args.context_tokens <= 0:
        print("privacy-gateway scan: --context-tokens must be a positive number", file=sys.stderr)
        return 2
    path = policy_file(args.policy, Path.cwd())
    if not path.exists() and path.parent == bundled_policies():
        names = bundled_policy_names()
        print(f"privacy-gateway scan: no bundled policy {args.policy!r}{did_you_mean(args.policy, names)}; the bundled ones are {', '.join(names)}, "
              "or give a policy file's path", file=sys.stderr)
        return 2
    try:
        policy = load_policy(path)
        with progress(f"loading the spaCy pipeline {args.spacy_model or DEFAULT_SPACY_MODEL}"):
            analyzer = shared_analyzer(args.spacy_model or DEFAULT_SPACY_MODEL)
    except FileProblems as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except DetectorUnavailable as exc:
        print(f"privacy-gateway: {exc}", file=sys.stderr)
        return 1
    pool = AnalyzerPool(workers=1)
    try:
        core = PrivacyCore(Detector(analyzer, policy), pool)
        run = asyncio.run(dry_run(core, text, requested=TIERS[args.tier], context_tokens=args.context_tokens or DEFAULT_CONTEXT_TOKENS))  # type: ignore[arg-type]
    finally:
        pool.close()
    if args.json:
        print(json.dumps(as_json(run), ensure_ascii=False, indent=2))
    else:
        print(render(run, Style.for_stream(sys.stdout, args.color)))
    return 0


def as_json(run: Any) -> dict[str, Any]:
    """The dry run as plain data."""
    return {
        "policy": {"name": run.policy.name, "version": run.policy.version, "path": run.policy.path},
        "requested_tier": {"default": "auto"}.get(run.requested, run.requested),
        "entities": [
            {"type": e.entity_type, "text": e.text, "start": e.start, "end": e.end, "score": e.score, "action": e.action}
            for e in run.entities
        ],
        "entity_types": list(run.entity_types),
        "routing": {"tier": run.tier, "reason": run.reason, "local_only_types": list(run.local_only_types)},
        "cloud_text": run.cloud_text,
        "local_text": run.local_text,
    }


def _action_colour(style: Style, action: str) -> Any:
    return {"local_only": style.red, "block": style.red, "redact": style.yellow, "pseudonymize": style.cyan}.get(action, style.dim)


def render(run: Any, style: Style) -> str:
    """The dry run for a person: values highlighted by action, then routing and what each tier sees."""
    lines = [f"{style.bold('policy')}    {run.policy.name}@{run.policy.version}  {style.dim(run.policy.path)}"]
    highlighted, cursor = [], 0
    for e in run.entities:
        highlighted += [run.text[cursor : e.start], _action_colour(style, e.action)(run.text[e.start : e.end])]
        cursor = e.end
    highlighted.append(run.text[cursor:])
    lines.append(f"{style.bold('text')}      {''.join(highlighted)}")
    if run.entities:
        lines.append(f"{style.bold('entities')}")
        width = max(len(e.entity_type) for e in run.entities)
        for e in run.entities:
            score = f"{e.score:.2f}" if e.score is not None else "same value found elsewhere"
            lines.append(f"  {e.entity_type:<{width}}  {_action_colour(style, e.action)(f'{e.action:<12}')}  {e.text!r}  {style.dim(score)}")
    else:
        lines.append(f"{style.bold('entities')}  none found")
    asked = {"default": "auto"}.get(run.requested, run.requested)
    because = f"{run.reason}" + (f" ({', '.join(run.local_only_types)})" if run.local_only_types else "")
    tier = style.red("blocked") if run.tier == "blocked" else (style.green(run.tier) if run.tier == "local" else style.yellow(run.tier))
    lines.append(f"{style.bold('routing')}   asked for {asked} → {tier}: {because}")
    if run.tier == "blocked":
        lines.append(f"{style.bold('cloud')}     receives nothing; the request is refused (400)")
    elif run.cloud_text is None:
        lines.append(f"{style.bold('cloud')}     receives nothing")
        lines.append(f"{style.bold('local')}     receives {run.local_text!r}")
    else:
        lines.append(f"{style.bold('cloud')}     receives {run.cloud_text!r}")
    return "\n".join(lines)
