"""`privacy-gateway`: serve the gateway, and the tools around it."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Sequence

from privacy_gateway import __version__
from privacy_gateway.cli import doctor, policy as policy_cli, scan, serve as serve_cli
from privacy_gateway.cli.parser import Parser
from privacy_gateway.yamlfile import FileProblems

DESCRIPTION = """\
A local-first privacy gateway for LLM traffic. Point an OpenAI-compatible client's base URL at
http://HOST:PORT/v1. Requests are served by the local model; with `X-Privacy-Tier: cloud` (or a
model name mapped to the cloud), personal data is replaced by placeholders before the cloud sees
it and restored in the answer. Data the policy marks local-only never leaves the machine.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (`audit report | head`): not an error worth a traceback.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None) -> int:
    parser = Parser(prog="privacy-gateway", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the gateway", description="Run the gateway with uvicorn.")
    serve.add_argument("--config", metavar="FILE", help="gateway config (YAML); default: bundled defaults (Ollama on 127.0.0.1:11434, Anthropic if ANTHROPIC_API_KEY is set)")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1, or server.host from the config)")
    serve.add_argument("--port", type=int, help="port to listen on (default 8080, or server.port from the config)")
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"], help="log level (default info)")
    serve.add_argument("--workers", type=_positive, default=1, metavar="N", help="worker processes on the one port, each with its own analyzer processes (default 1); see README, Workers")
    serve.add_argument("--log-format", choices=["plain", "json"], help="plain lines, or one JSON object per line with the request id (default: logging.json in the config, else plain)")

    commands.add_parser("audit", help="verify, search and report on the audit log (see `audit --help`)", add_help=False)

    keys = commands.add_parser("keys", help="create API keys for clients", description="Manage client API keys. The gateway stores only their SHA-256.")
    key_commands = keys.add_subparsers(dest="keys_command", metavar="COMMAND", required=True)
    create = key_commands.add_parser(
        "create",
        help="print a new API key once, with the config line to add under `clients:`",
        description="Print a new random API key once, and the line to add under `clients:` in the gateway config. "
        "The key itself is not stored anywhere: give it to the client now.",
    )
    create.add_argument("name", help="the client's name, as it will appear in the audit log (letters, digits, . _ -)")
    create.add_argument("--policy", help="the policy this client's requests run under (default: the gateway's default policy)")

    policy_cli.register(commands)
    scan.register(commands)
    doctor.register(commands)

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["audit"]:  # its own parser, so `audit --help` and `audit verify --help` work
        from privacy_gateway.audit.cli import main as audit_main

        return audit_main(argv[1:], parser_class=Parser, read_config=_audit_settings)
    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve_cli.main(args)
    if args.command == "keys":
        return _keys_create(args)
    if args.command == "policy":
        return policy_cli.main(args)
    if args.command == "scan":
        return scan.main(args)
    if args.command == "doctor":
        return doctor.main(args)
    parser.print_help()
    return 2


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 up, not {text!r}")
    return value


def _audit_settings(path: Any) -> Any:
    """The audit log's path and key variable from a gateway config, or its problems as one message."""
    from privacy_gateway.config.settings import load_config

    try:
        config = load_config(path)
    except FileProblems as exc:
        return "; ".join(str(p) for p in exc.problems)
    return config.audit_path, config.audit_key_env


def _keys_create(args: argparse.Namespace) -> int:
    import re

    from privacy_gateway.config.clients import config_line, new_key

    if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", args.name):
        print("privacy-gateway: a client name uses letters, digits, '.', '_' and '-' (at most 64)", file=sys.stderr)
        return 2
    key = new_key()
    print(f"API key for {args.name} (shown once; the gateway keeps only its hash):\n\n    {key}\n")
    print("Add this line under `clients:` in the gateway config:\n")
    print(config_line(args.name, key, args.policy))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
