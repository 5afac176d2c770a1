"""`serve --workers N`: N uvicorn worker processes on one listening socket, each a whole gateway.

uvicorn's own supervisor (`uvicorn.supervisors.Multiprocess`) does the supervising: it starts the
workers with `spawn`, pings each every few seconds, replaces one that dies or hangs, stops for good
when one cannot start (exit code `STARTUP_FAILURE`), and on SIGINT or SIGTERM sends each worker a
SIGTERM and waits for it. A worker then finishes its requests in flight and runs the app's
shutdown: analyzer processes stopped, audit chain closed, its gauges out of the metrics. A
supervisor of our own would redo all that; what the gateway adds is here:

- `WorkerApp`, the factory each worker calls to build its app from the config file (uvicorn
  pickles its config, app included, to spawned workers; an app object cannot travel);
- a private `PROMETHEUS_MULTIPROC_DIR`, made before the workers start (prometheus_client picks
  its mode at import) and removed after they stop, so a scrape of any worker counts them all;
- a worker ignores SIGINT: Ctrl-C reaches every process of the terminal's group, and a second
  signal after the supervisor's SIGTERM would make uvicorn skip the app's shutdown;
- on Linux a worker asks the kernel for a SIGTERM when the supervisor dies, even by SIGKILL, so
  no worker (nor its analyzer processes) outlives it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import sys
import tempfile
from dataclasses import dataclass
from typing import Any

from privacy_gateway.config.settings import GatewayConfig

PR_SET_PDEATHSIG = 1  # linux/prctl.h


@dataclass(frozen=True)
class WorkerApp:
    """Builds the gateway inside a worker process, from the same config file the supervisor checked."""

    config_path: str | None
    log_level: str
    json_logs: bool
    supervisor_pid: int

    def __call__(self) -> Any:
        from uvicorn.config import STARTUP_FAILURE

        from privacy_gateway.cli.startup import startup_errors, startup_problems
        from privacy_gateway.config.settings import default_config, load_config
        from privacy_gateway.telemetry.logs import configure
        from privacy_gateway.web.app import create_app

        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the supervisor's SIGTERM stops us, gracefully
        _die_with(self.supervisor_pid)
        configure(self.log_level, json_logs=self.json_logs)
        try:
            config = load_config(self.config_path) if self.config_path else default_config()
            return create_app(config)
        except startup_errors() as exc:
            for problem in startup_problems(exc, self.config_path):
                print(f"privacy-gateway (worker {os.getpid()}): {problem}", file=sys.stderr)
            sys.exit(STARTUP_FAILURE)  # uvicorn's supervisor stops instead of restarting us forever


def _die_with(supervisor_pid: int) -> None:
    """SIGTERM this worker when the supervisor dies (Linux; elsewhere the supervisor's own stop must do)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (AttributeError, OSError):
        return
    if os.getppid() != supervisor_pid:  # it died before we asked
        os.kill(os.getpid(), signal.SIGTERM)


def run(args: argparse.Namespace, config: GatewayConfig, host: str, port: int, sock: socket.socket) -> int:
    """Serve with `args.workers` workers until SIGINT or SIGTERM; 1 when a worker could not start."""
    from uvicorn.config import STARTUP_FAILURE
    from uvicorn.supervisors import Multiprocess

    from privacy_gateway.web.server import uvicorn_config

    own_dir = None
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        own_dir = tempfile.mkdtemp(prefix="privacy-gateway-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = own_dir  # inherited by the spawned workers
    factory = WorkerApp(args.config, args.log_level, args.log_format == "json" or (args.log_format is None and config.json_logs), os.getpid())
    settings = uvicorn_config(
        factory, config, host=host, port=port, factory=True, workers=args.workers,
        log_level=args.log_level, log_config=None, access_log=False, timeout_graceful_shutdown=30,
        # A worker busy loading spaCy on a crowded machine may answer the supervisor's ping late;
        # uvicorn's 5 s would take that for a hang and kill it mid-start.
        timeout_worker_healthcheck=20,
    )
    try:
        supervisor = Multiprocess(settings, sockets=[sock])
        supervisor.run()
    finally:
        if own_dir is not None:
            shutil.rmtree(own_dir, ignore_errors=True)
            del os.environ["PROMETHEUS_MULTIPROC_DIR"]
    return 1 if any(p.exitcode == STARTUP_FAILURE for p in supervisor.processes) else 0


def cores_note(config: GatewayConfig, workers: int) -> str | None:
    """A warning when the processes outnumber the cores (each analyses on one core at a time)."""
    cores = os.cpu_count() or 1
    total = workers * (1 + config.analyzer_processes)
    if total <= cores:
        return None
    return (f"{workers} workers × (1 + {config.analyzer_processes} analyzer processes) = {total} analysing processes on {cores} cores: "
            f"they will take turns; use --workers {max(1, cores // (1 + config.analyzer_processes))}, or detection.processes: 0 with --workers {cores}")
