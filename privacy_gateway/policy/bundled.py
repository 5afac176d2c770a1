"""Where the policies shipped with the gateway live, however the gateway was installed.

`policies/` sits at the top of the repository for the security team; the wheel ships it as
`privacy_gateway.policies`. Run from a clone's root, Python imports `privacy_gateway` from the
source folder (the current directory comes first on `sys.path`), which has no `policies`
subpackage, even when a wheel is installed beside it. So the installed package is asked first and
the source tree's `policies/` next to the package folder answers otherwise.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

SOURCE_TREE = Path(__file__).resolve().parents[2] / "policies"


class PoliciesMissing(RuntimeError):
    """Neither the installed package nor the source tree holds the bundled policies."""


def bundled_policies() -> Path:
    """The folder of the bundled policies: `privacy_gateway.policies` when installed, else `policies/` beside the source."""
    try:
        folder = Path(str(resources.files("privacy_gateway.policies")))
    except ModuleNotFoundError:
        folder = SOURCE_TREE
    if (folder / "default.yaml").is_file():
        return folder
    if (SOURCE_TREE / "default.yaml").is_file():
        return SOURCE_TREE
    raise PoliciesMissing(
        "the bundled policies are missing from this install: reinstall with `python3 -m pip install --force-reinstall privacy-gateway` "
        "(or `pip install -e .` from a clone), or point the config's `policy:` at a policy file"
    )


def bundled_policy(name: str) -> Path:
    """Path of a policy shipped with the gateway."""
    return bundled_policies() / f"{name}.yaml"


def bundled_policy_names() -> list[str]:
    """Names of the policies shipped with the gateway."""
    return sorted(f.name[:-5] for f in bundled_policies().iterdir() if f.name.endswith(".yaml") and not f.name.endswith(".tests.yaml"))
