"""`privacy-gateway doctor`: is everything in place to serve? Each problem comes with what to do.

Checks the config, its policies, the audit log's folder and key, the spaCy pipeline, the shared
state store, each backend (reachable? has the model?) and the prices of the cloud models. Contacts
only the configured backends and Redis, and not a paid cloud API (its key is checked, not used).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from privacy_gateway.cli.terminal import Style
from privacy_gateway.config.checks import Finding

HELP = """\
Check that the gateway can serve with this config, and say what to do about each problem:
the config and its policies, the audit log's folder and key, the spaCy pipeline, each backend
(reachable? has the model?) and the prices of the cloud models. Exits 1 if anything would stop
requests from being served, 0 otherwise (warnings included).

  privacy-gateway doctor
  privacy-gateway doctor --config configs/embedded-model.yaml
"""


def register(commands: Any) -> None:
    """Add `doctor` to the CLI's subcommands."""
    doctor = commands.add_parser("doctor", help="check config, policies, audit log and backends; say what to fix", description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    doctor.add_argument("--config", metavar="FILE", help="gateway config (YAML); default: the bundled defaults, as `serve` uses them")
    doctor.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="colour the output (default: auto: in a terminal, unless NO_COLOR is set)")


def main(args: argparse.Namespace) -> int:
    """Run every check, print one line per finding (and its next step), exit 1 on any failure."""
    style = Style.for_stream(sys.stdout, args.color)
    findings = run(args.config)
    for finding in findings:
        print(render(finding, style))
    failed = sum(f.level == "fail" for f in findings)
    warned = sum(f.level == "warn" for f in findings)
    summary = f"{failed} problem{'s' * (failed != 1)}, {warned} warning{'s' * (warned != 1)}"
    print((style.red if failed else style.yellow if warned else style.green)(summary))
    return 1 if failed else 0


def render(finding: Finding, style: Style) -> str:
    """`ok    subject: detail`, with `      → next step` beneath a problem."""
    mark = {"ok": style.green("ok  "), "warn": style.yellow("warn"), "fail": style.red("FAIL")}[finding.level]
    line = f"{mark}  {finding.subject}: {finding.detail}"
    if finding.next_step and finding.level != "ok":
        line += f"\n      → {finding.next_step}"
    return line


def run(config_file: str | None) -> list[Finding]:
    """Every finding, in the order a new user meets them."""
    from privacy_gateway.config.checks import config_findings
    from privacy_gateway.config.settings import default_config, load_config
    from privacy_gateway.yamlfile import FileProblems

    try:
        config = load_config(config_file) if config_file else default_config()
    except FileProblems as exc:
        return [Finding("fail", "config", str(p), "fix the file; every key is described in the README's Configuration section") for p in exc.problems]
    except OSError as exc:
        return [Finding("fail", "config", f"cannot read {config_file} ({exc.strerror})", "pass an existing file to --config, or leave it out for the bundled defaults")]
    findings = [Finding("ok", "config", config.source if config_file is None else str(config_file))]
    findings += policy_findings(config)
    findings += config_findings(config)
    findings.append(spacy_finding(config.spacy_model))
    findings += language_findings(config.languages)
    findings.append(state_finding(config))
    findings += asyncio.run(backend_findings(config))
    return findings


def policy_findings(config: Any) -> list[Finding]:
    """Each policy the config enforces: loads cleanly, or its problems."""
    from privacy_gateway.yamlfile import FileProblems
    from privacy_gateway.policy.schema import load_policy

    found = []
    for name, path in config.policy_files().items():
        try:
            policy = load_policy(path)
        except FileProblems as exc:
            found += [Finding("fail", f"policy {name}", str(p), f"run `privacy-gateway policy check {path}`") for p in exc.problems]
            continue
        found.append(Finding("ok", f"policy {policy.name}", f"version {policy.version}, {len(policy.entities)} entity rules ({path}; config key {name})"))
    return found


def spacy_finding(model: str) -> Finding:
    """Whether the spaCy pipeline detection needs is installed (not loaded: that takes seconds)."""
    import spacy.util

    from privacy_gateway.detection.model import spacy_package

    # The gateway's own recognizer is weights inside this package on top of the stock pipeline.
    if spacy.util.is_package(spacy_package(model)):
        return Finding("ok", "detection", f"spaCy pipeline {model} is installed")
    return Finding("fail", "detection", f"spaCy pipeline {model} is not installed", f"`python3 -m pip install {spacy_package(model).replace('_', '-')}` or set detection.spacy_model to one that is")


def language_findings(languages: tuple[str, ...]) -> list[Finding]:
    """Each language beside English (`detection.languages`): known, and its pipeline installed."""
    from privacy_gateway.detection.languages import UnknownLanguage, language_support

    found = []
    for code in languages:
        if code == "en":
            continue
        try:
            support = language_support(code)
        except UnknownLanguage as exc:
            found.append(Finding("fail", "detection", str(exc), "remove it from detection.languages, or add its table entry (detection/data/languages/)"))
            continue
        found.append(spacy_finding(support.model))
    return found


def state_finding(config: Any) -> Finding:
    """Where rate limits and budgets are shared, and whether that store answers (a Redis is pinged, once)."""
    import os
    from urllib.parse import urlsplit

    shared = config.shared
    if shared.redis_url:
        import redis

        where = f"Redis at {urlsplit(shared.redis_url).hostname}:{urlsplit(shared.redis_url).port or 6379}"  # never the password
        client = redis.Redis.from_url(shared.redis_url, socket_connect_timeout=1, socket_timeout=2)
        try:
            client.ping()
        except (redis.RedisError, OSError) as exc:
            return Finding("warn", "shared state", f"{where} does not answer ({type(exc).__name__}): rate limits would hold per process only, "
                           "and clients with a budget could not escalate", "start Redis there, or fix state.redis_url")
        finally:
            client.close()
        return Finding("ok", "shared state", f"{where} answers; rate limits and budgets are shared by every replica using it")
    if shared.store:
        folder = next((p for p in (shared.store.parent, *shared.store.parents) if p.exists()), None)
        if folder is None or not os.access(folder, os.W_OK | os.X_OK):
            return Finding("fail", "shared state", f"cannot write {shared.store}", "set state.store to a file in a folder this user can write")
        return Finding("ok", "shared state", f"{shared.store}: rate limits and budgets are shared by every worker on this host")
    return Finding("ok", "shared state", "rate limits are kept in each process (for several workers or hosts, set state.store or state.redis_url)")


async def backend_findings(config: Any) -> list[Finding]:
    """Each configured backend's probe, as findings (see `backends.advice` for the words)."""
    from privacy_gateway.backends import make_backend

    found = []
    for tier in ("local", "cloud"):
        members = config.tier_backends(tier)
        for settings in members:
            found.append(await _probe(make_backend(settings, tier), tier, len(members) > 1))
    found += [Finding("warn", f"backend {name}", f"left out: {reason}", "set it to use this backend; the rest of its tier serves meanwhile")
              for name, reason in config.disabled_backends]
    return found


async def _probe(backend: Any, tier: str, named: bool) -> Finding:
    """One backend's probe as a finding; a tier of several names each backend."""
    settings = backend.settings
    try:
        health = await backend.probe()
    finally:
        await backend.aclose()
    level = "ok" if health.ok and health.model_present is not None else "ok" if health.ok else "fail"
    if tier == "cloud" and level == "fail":
        level = "warn"  # the local tier still serves
    label = f"{tier} tier {settings.label}" if named else f"{tier} tier"
    return Finding(level, f"{label} ({settings.kind} {settings.model})", health.detail, health.next_step)  # type: ignore[arg-type]
