"""`privacy-gateway`: serve the gateway, and the tools around it."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Sequence

from privacy_gateway import __version__
from privacy_gateway.yamlfile import FileProblems

DESCRIPTION = """\
A local-first privacy gateway for LLM traffic. Point an OpenAI-compatible client's base URL at
http://HOST:PORT/v1. Requests are served by the local model; with `X-Privacy-Tier: cloud` (or a
model name mapped to the cloud), personal data is replaced by placeholders before the cloud sees
it and restored in the answer. Data the policy marks local-only never leaves the machine.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = argparse.ArgumentParser(prog="privacy-gateway", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the gateway", description="Run the gateway with uvicorn.")
    serve.add_argument("--config", metavar="FILE", help="gateway config (YAML); default: bundled defaults (Ollama on 127.0.0.1:11434, Anthropic if ANTHROPIC_API_KEY is set)")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1, or server.host from the config)")
    serve.add_argument("--port", type=int, help="port to listen on (default 8080, or server.port from the config)")
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"], help="log level (default info)")

    audit = commands.add_parser("audit", help="verify, search and report on the audit log", add_help=False)
    audit.add_argument("args", nargs=argparse.REMAINDER)

    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["audit"]:  # its own parser, so `audit --help` and `audit verify --help` work
        from privacy_gateway.audit.cli import main as audit_main

        return audit_main(argv[1:])
    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    parser.print_help()
    return 2


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from privacy_gateway.app import create_app
    from privacy_gateway.config import default_config, load_config
    from privacy_gateway.detection.engine import DetectorUnavailable

    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        config = load_config(args.config) if args.config else default_config()
        app = create_app(config)
    except FileProblems as exc:
        for problem in exc.problems:
            print(f"privacy-gateway: {problem}", file=sys.stderr)
        return 1
    except DetectorUnavailable as exc:
        print(f"privacy-gateway: {exc}", file=sys.stderr)
        return 1
    host = args.host or config.host
    port = args.port or config.port
    print(f"privacy-gateway {__version__}: policy {config.policy_path.name}, local {config.local.kind} {config.local.url}, "
          f"cloud {config.cloud.kind + ' ' + config.cloud.url if config.cloud else 'disabled'}; listening on http://{host}:{port}/v1", file=sys.stderr)
    if config.cloud is None:
        print(f"privacy-gateway: {config.cloud_disabled_reason}", file=sys.stderr)
    # The access log names method, path and status only; bodies never reach a log.
    uvicorn.run(app, host=host, port=port, log_level=args.log_level, timeout_graceful_shutdown=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
