"""Precision on PII-free prompts that name organisations, venues, landmarks, institutions and laws
("the Brooklyn Bridge", "Carnegie Mellon University", "the Riot Act", "Hall, Price and Moss"),
paired with recall on private people who carry the same words as surnames
(`tests/detection/org_probe.py` says the sources and the twins).

    PYTHONPATH=. python scripts/probe_orgs.py [--set tune|check] [--misses N]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _probes import frame_probe  # noqa: E402  (puts the repository on sys.path)

from tests.detection.org_probe import FRAMES, cases  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return frame_probe(__doc__ or "", FRAMES, cases, argv)


if __name__ == "__main__":
    raise SystemExit(main())
