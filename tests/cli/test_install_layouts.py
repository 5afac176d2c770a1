"""The bundled policies load however the gateway is laid out: source tree, editable install, wheel.

Run from a clone's root, `python -m privacy_gateway` imports the package from the source folder,
which has no `policies` subpackage (the folder sits at the top for the security team). These run
the CLI in a fresh interpreter with setuptools' editable finder taken away, so only the source
folder (or the wheel) can answer, as after `pip install .`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Without the editable finder, `privacy_gateway` comes from the current directory or PYTHONPATH only.
RUN_CLI = """\
import sys
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
import privacy_gateway
print("package:", privacy_gateway.__file__, file=sys.stderr)
from privacy_gateway.config.settings import default_config  # what `serve` without --config loads first
from privacy_gateway.policy.bundled import bundled_policies
print("default policy:", default_config().policy_path, file=sys.stderr)
from privacy_gateway.cli.main import main
raise SystemExit(main([a.replace("BUNDLED", str(bundled_policies())) for a in sys.argv[1:]]))
"""


def cli(cwd: Path, *args: str, pythonpath: str = "") -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": pythonpath, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-c", RUN_CLI, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_the_source_tree_finds_its_policies_from_the_clone_root() -> None:
    result = cli(REPO, "policy", "check", "BUNDLED")
    assert f"package: {REPO / 'privacy_gateway'}" in result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert "default.yaml: ok" in result.stdout and "payments.yaml: ok" in result.stdout


@pytest.mark.slow
def test_a_wheel_finds_its_policies_from_anywhere_and_under_a_clone(tmp_path: Path) -> None:
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(tmp_path / "dist"), str(REPO)], check=True, timeout=300)
    wheel = next((tmp_path / "dist").glob("privacy_gateway-*.whl"))
    subprocess.run([*pip, "install", "--no-deps", "--target", str(tmp_path / "site"), str(wheel)], check=True, timeout=300)
    site = str(tmp_path / "site")
    elsewhere = cli(tmp_path, "policy", "check", "BUNDLED", pythonpath=site)
    assert f"package: {tmp_path / 'site'}" in elsewhere.stderr
    assert elsewhere.returncode == 0 and "default.yaml: ok" in elsewhere.stdout, elsewhere.stderr
    shadowed = cli(REPO, "policy", "check", "BUNDLED", pythonpath=site)  # the clone's folder wins
    assert shadowed.returncode == 0 and "default.yaml: ok" in shadowed.stdout, shadowed.stderr


def test_doctor_runs_from_the_clone_root_with_the_bundled_defaults() -> None:
    result = cli(REPO, "doctor", "--color", "never")  # the bundled defaults: Ollama on 127.0.0.1:11434
    assert "Traceback" not in result.stderr, result.stderr
    assert "ok    policy default: version" in result.stdout
    assert "local tier (ollama " in result.stdout
