"""`privacy-gateway audit verify | search | report`: the reviewer's tools."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from privacy_gateway.audit.chains import SINGLE, log_folder
from privacy_gateway.audit.errors import AuditKeyError
from privacy_gateway.audit.fingerprint import fingerprint, key_id
from privacy_gateway.audit.html_page import render_html
from privacy_gateway.audit.key import KEY_ENV, load_key
from privacy_gateway.audit.record import OUTCOMES
from privacy_gateway.audit.report import as_dict, format_text, summarise
from privacy_gateway.audit.search import Query, RecordReader, Row
from privacy_gateway.audit.verify import VerifyResult, verify_path

# What `--config FILE` yields: the log's path and the key's variable, or a message saying what is wrong.
ConfigReader = Callable[[Path], "tuple[Path, str] | str"]

DEFAULT_PATH = Path("audit/audit.jsonl")

_PATH_HELP = (
    f"the log as configured (default: {DEFAULT_PATH}): the live file, whose rotated siblings "
    "(<stem>-<first seq>-<date>.jsonl) are read too, or a directory of per-writer chains "
    "(audit-<instance>.jsonl), read as one log"
)


def main(argv: Sequence[str] | None = None, *, parser_class: type[argparse.ArgumentParser] = argparse.ArgumentParser,
         read_config: ConfigReader | None = None) -> int:
    """Run one audit command; returns 0 on success, 1 for a failed check or no match, 2 for errors.

    The audit package imports no other part of the gateway: `privacy-gateway audit` passes in its
    parser (with "did you mean") and the reader of the gateway config behind `--config`.
    """
    parser = _parser(parser_class)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed
        return int(exc.code or 0)
    problem = _resolve(args, read_config)
    if problem:
        print(f"privacy-gateway audit: {problem}", file=sys.stderr)
        return 2
    return int(args.run(args))


def _when(text: str) -> datetime:
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date or time: {text!r}") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _parser(parser_class: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    p = parser_class(
        prog="privacy-gateway audit",
        description="Check, search and summarise the gateway's compliance audit log. "
        "The log holds one record per request (counts, codes and keyed fingerprints, never values).",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    v = sub.add_parser(
        "verify",
        help="check the hash chain: detects edited, inserted, removed or reordered records",
        description="Re-compute every record's hash and its link to the record before, across all "
        "rotated files. Prints the first bad line as FILE:LINE and exits 1 if the chain is broken, "
        "0 if it is intact. A directory holds one chain per writer: each is checked on its own and "
        "named by its instance. Records cut from the very end leave no trace in the chain itself: "
        "keep the printed head hash somewhere else and pass it back with --anchor.",
    )
    v.add_argument("legacy_path", nargs="?", type=Path, metavar="PATH", help="the same as --path (kept for scripts that pass it this way)")
    _where(v)
    v.add_argument(
        "--anchor", action="append", default=[], metavar="HASH",
        help="a record hash noted earlier (e.g. a head hash printed by a previous verify); fails "
        "unless the chain still contains it. Repeatable.",
    )
    v.set_defaults(run=_verify)

    s = sub.add_parser(
        "search",
        help="find request records by value fingerprint, time, client, tier, entity, status, decision",
        description="Print the records matching every filter given, oldest first. Exits 0 when "
        "something matched, 1 when nothing did.",
    )
    _where(s)
    s.add_argument(
        "--value", metavar="TEXT",
        help="a personal value (an SSN, an e-mail...) to look for: it is fingerprinted with the log's "
        "key and matched against the records' fingerprints, so case, spacing and separators in "
        "numbers don't matter. Use '-' to read it from stdin and keep it out of shell history.",
    )
    s.add_argument("--fingerprint", metavar="HEX", help="a fingerprint already computed")
    s.add_argument(
        "--key-env", metavar="NAME",
        help=f"the environment variable holding the fingerprint key (default: {KEY_ENV}, or the config's audit.key_env); when "
        "unset, the key file .audit-key beside the log is used, as the gateway does",
    )
    s.add_argument("--since", type=_when, metavar="ISO", help="records at or after this time (UTC if no offset)")
    s.add_argument("--until", type=_when, metavar="ISO", help="records before this time (UTC if no offset)")
    s.add_argument("--client", help="only this client")
    s.add_argument("--tier", choices=("local", "cloud", "none"), help="only requests served by this tier (none: refused, or failed before any tier served)")
    s.add_argument("--entity", metavar="TYPE", help="only requests holding this entity type, e.g. US_SSN")
    s.add_argument("--status", type=int, metavar="N", help="only this HTTP status, e.g. 403")
    s.add_argument("--outcome", choices=OUTCOMES, help="only this outcome")
    s.add_argument("--decision", metavar="RULE", help="only requests decided by this rule, as X-Privacy-Decision and /metrics name it (e.g. local_only_entities, default_local, content_blocked)")
    s.add_argument("--instance", metavar="ID", help="only records written by this instance (a chain of a log directory)")
    s.add_argument("--json", action="store_true", help="print whole records as JSON Lines")
    s.set_defaults(run=_search)

    r = sub.add_parser(
        "report",
        help="summarise a period: tiers, escalations, refusals, failovers, entities, clients, spend",
        description="Summarise the records in [--since, --until): requests by tier, escalations, "
        "refusals, failovers, entity types and actions, top clients, cloud spend, what local "
        "serving saved and, for records with a shadow policy, which requests it would have changed "
        "and why. --html also writes a self-contained page with charts.",
    )
    _where(r)
    r.add_argument("--since", type=_when, metavar="ISO", help="start of the period (inclusive)")
    r.add_argument("--until", type=_when, metavar="ISO", help="end of the period (exclusive)")
    r.add_argument("--html", type=Path, metavar="FILE", help="also write the report as an HTML page to FILE")
    r.add_argument("--json", action="store_true", help="print the figures as JSON instead of text")
    r.set_defaults(run=_report)
    return p


def _where(command: argparse.ArgumentParser) -> None:
    """`--path` and `--config`, the same on every audit command."""
    command.add_argument("--path", type=Path, metavar="PATH", help=_PATH_HELP)
    command.add_argument("--config", type=Path, metavar="FILE", help="the gateway config: read the log's path (audit.path) and key variable from it")


def _resolve(args: argparse.Namespace, read_config: ConfigReader | None) -> str | None:
    """Fill `args.path` (and `args.key_env`) from --path, PATH, --config or the default; a message when they disagree."""
    legacy = getattr(args, "legacy_path", None)
    if legacy is not None and args.path is not None and legacy != args.path:
        return f"PATH {legacy} and --path {args.path} name different logs; give one"
    args.path = args.path or legacy
    key_env = KEY_ENV
    if args.config is not None:
        if read_config is None:
            return "--config needs the gateway's own CLI: run `privacy-gateway audit ... --config FILE`"
        found = read_config(args.config)
        if isinstance(found, str):
            return found
        args.path = args.path or found[0]
        key_env = found[1]
    args.path = args.path or DEFAULT_PATH
    if hasattr(args, "key_env") and args.key_env is None:
        args.key_env = key_env
    return None


def _no_log(args: argparse.Namespace) -> int:
    hint = "" if args.config else "; pass the gateway's config with --config, or the log with --path"
    print(f"no audit log at {args.path}{hint}", file=sys.stderr)
    return 2


def _verify(args: argparse.Namespace) -> int:
    found = verify_path(args.path, args.anchor)
    if not found.chains:
        return _no_log(args)
    several = found.chains[0].instance != SINGLE or len(found.chains) > 1
    failed = sum(not _verify_chain(result, several) for result in found.chains)
    for anchor in found.missing_anchors:
        print(f"FAILED: anchor {anchor} is not in {'any chain' if several else 'the chain'} (cut or rewritten since it was noted)")
    if several:
        requests = sum(r.requests for r in found.chains)
        verdict = "OK" if found.ok else f"FAILED ({failed} of {len(found.chains)} chain(s))"
        print(f"{verdict}: {requests} requests in {len(found.chains)} chain(s)")
    return 0 if found.ok else 1


def _verify_chain(result: VerifyResult, several: bool) -> bool:
    """Print one chain's findings; True when it is intact and complete. Lines name the instance when there are several."""
    who = f"instance {result.instance}: " if several else ""
    for warning in result.warnings:
        print(f"warning: {who}{warning}")
    if result.problem is not None:
        print(f"FAILED: {who}{result.problem}")
        print(f"{who}{result.records} records checked before it")
        return False
    span = f"; {result.first_time} .. {result.last_time}" if several and result.first_time else ""
    if result.gaps:
        for gap in result.gaps:
            print(f"GAP: {who}{gap}")
        print(f"FAILED: {who}chain intact (head seq {result.head_seq}), but {len(result.gaps)} gap(s) in what it records{span}")
        return False
    print(
        f"OK: {who}{result.requests} requests, {result.records} records in {len(result.files)} file(s), chain intact; "
        f"head seq {result.head_seq} hash {result.head_hash}{span}"
    )
    return True


def _search(args: argparse.Namespace) -> int:
    wanted = args.fingerprint.lower() if args.fingerprint else None
    current_key_id = None
    if args.value is not None:
        value = sys.stdin.readline().rstrip("\n") if args.value == "-" else args.value
        try:
            key = load_key(log_folder(args.path), args.key_env, create=False)
        except AuditKeyError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        wanted, current_key_id = fingerprint(value, key), key_id(key)
    query = Query(
        since=args.since, until=args.until, client=args.client, tier=args.tier, entity=args.entity,
        status=args.status, outcome=args.outcome, decision=args.decision, fingerprint=wanted,
        instance=args.instance,
    )
    reader = RecordReader(args.path)
    if not reader.files:
        return _no_log(args)
    found = other_key = 0
    for row in reader:
        other_key += current_key_id is not None and row.record.get("key_id") not in (None, current_key_id)
        if query.matches(row):
            found += 1
            print(json.dumps(row.record) if args.json else _line(row))
    print(f"{found} matching record(s)", file=sys.stderr)
    if other_key:
        print(f"note: {other_key} record(s) were fingerprinted with another key and cannot match --value",
              file=sys.stderr)
    if reader.unreadable:
        print(f"note: {reader.unreadable} unreadable line(s) skipped; run `audit verify`", file=sys.stderr)
    return 0 if found else 1


def _line(row: Row) -> str:
    r: dict[str, Any] = row.record
    entities = ",".join(f"{k}x{v.get('count')}:{v.get('action')}" for k, v in (r.get("entities") or {}).items())
    return "  ".join(
        str(x)
        for x in (
            r.get("time"), r.get("request_id") or "-", r.get("client") or "-",
            f"{r.get('requested_tier') or '-'}->{r.get('served_tier') or '-'}",
            r.get("decision") or "-", f"{r.get('outcome')}/{r.get('status') or '-'}",
            entities or "no-entities",
        )
    )


def _report(args: argparse.Namespace) -> int:
    reader = RecordReader(args.path)
    if not reader.files:
        return _no_log(args)
    report = summarise(reader, args.since, args.until)
    print(json.dumps(as_dict(report), indent=2) if args.json else format_text(report))
    if args.html:
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_text(render_html(report), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    return 0
