"""`privacy-gateway serve`: check the config, bind the port, and run the gateway with uvicorn."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from typing import Any

from privacy_gateway import __version__


def main(args: argparse.Namespace) -> int:
    """Serve until stopped; 1 after saying why when the gateway cannot start."""
    import uvicorn

    from privacy_gateway.cli import workers
    from privacy_gateway.cli.startup import startup_errors, startup_problems
    from privacy_gateway.config.models import WORKERS_ENV
    from privacy_gateway.config.settings import default_config, load_config
    from privacy_gateway.telemetry.logs import configure
    from privacy_gateway.web.server import uvicorn_config

    configure(args.log_level, json_logs=args.log_format == "json")
    if args.workers > 1:  # before loading: `detection.processes: auto` counts the workers; they inherit it
        os.environ[WORKERS_ENV] = str(args.workers)
    try:
        config = load_config(args.config) if args.config else default_config()
        host = args.host or config.host
        port = args.port or config.port
        if not config.clients and not _is_loopback(host):
            print(
                f"privacy-gateway: refusing to listen on {host} with authentication off: anyone who can reach it could use it. "
                "Create keys with `privacy-gateway keys create NAME` and add them under `clients:` in the config, or listen on 127.0.0.1.",
                file=sys.stderr,
            )
            return 1
        if args.workers > 1 and not config.audit_per_writer:
            print(
                f"privacy-gateway: with --workers {args.workers} each worker writes its own audit chain, so audit.path must name a folder: "
                f"end it in / (e.g. `audit: {{path: audit/}}`); it names the file {config.audit_path}",
                file=sys.stderr,
            )
            return 1
        sock = _bind(host, port)  # before the slow analyzer load, so a port clash is told at once
        if sock is None:
            return 1
        if args.workers > 1:
            # Each worker loads the model and builds its app itself; they say so if they cannot.
            note = workers.cores_note(config, args.workers)
            if note:
                print(f"privacy-gateway: {note}", file=sys.stderr)
            _banner(config, host, port, f"{args.workers} workers, each loading the detection model {config.spacy_model}")
            return workers.run(args, config, host, port, sock)
        # A line of its own: start-up logs its warnings while the model loads; the banner says when it is done.
        print(f"privacy-gateway: loading the detection model {config.spacy_model}…", file=sys.stderr)
        from privacy_gateway.web.app import create_app  # here: a supervisor of workers never needs it

        app = create_app(config)
    except startup_errors() as exc:
        for problem in startup_problems(exc, args.config):
            print(f"privacy-gateway: {problem}", file=sys.stderr)
        return 1

    _banner(config, host, port, None)
    # The access log names method, path, status, latency and request id only; bodies never reach a log.
    if args.log_format is None and config.json_logs:
        configure(args.log_level, json_logs=True)
    # log_config=None keeps the gateway's formatters (no exception messages, optional JSON); the
    # gateway writes its own access log (no query strings, with latency and request id).
    # The header deadline lives in the protocol uvicorn_config chooses; the body deadline in the app.
    server = uvicorn.Server(uvicorn_config(app, config, host=host, port=port, log_level=args.log_level, log_config=None, access_log=False, timeout_graceful_shutdown=30))
    server.run(sockets=[sock])
    return 0


def _banner(config: Any, host: str, port: int, workers: str | None) -> None:
    policy = _policy_name(config.policy_path)
    print(f"privacy-gateway {__version__}: policy {policy}, local {config.local.kind} {config.local.model} at {config.local.url}, "
          f"cloud {config.cloud.kind + ' ' + config.cloud.model if config.cloud else 'disabled'}; "
          f"{workers + '; ' if workers else ''}listening on http://{host}:{port}/v1", file=sys.stderr)


def _bind(host: str, port: int) -> Any:
    """A listening socket on host:port, or None after saying why it cannot be had."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            why = f"port {port} on {host} is already in use (another gateway, or another server); pick another with --port, or stop what holds it (`ss -ltnp 'sport = :{port}'`)"
        elif exc.errno == errno.EACCES:
            why = f"not allowed to listen on port {port}; ports below 1024 need privileges: pick one above with --port"
        else:
            why = f"cannot listen on {host}:{port} ({exc.strerror}); check --host and --port"
        print(f"privacy-gateway: {why}", file=sys.stderr)
        return None
    sock.set_inheritable(True)
    return sock


def _policy_name(path: Any) -> str:
    """The `name:` inside a policy file (how the audit log, /readyz and scan name it)."""
    from privacy_gateway.policy.schema import load_policy

    try:
        return load_policy(path).name
    except Exception:  # noqa: BLE001 - the banner names the file instead; start-up already checked it
        return str(path)


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
