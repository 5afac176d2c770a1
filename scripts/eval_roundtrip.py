#!/usr/bin/env python3
"""Count restore mismatches with an echo cloud: the client must read back exactly what it sent.

Every corpus row (`tests/detection/data`, `eval/*` tune splits: see `testing.roundtrip.corpus_texts`, never a holdout)
and `--generated` made-up prompts go to the cloud tier through all three ingresses, whole and
streamed in random chunk splits; the fake cloud echoes the text it received, as it came or with
its placeholders rewritten the ways models do. Prints mismatches per corpus and case, and the
ids of the first few mismatching rows (ids only: the texts are the corpus's, not secret, but long).

    python scripts/eval_roundtrip.py [--generated 200] [--show 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL  # noqa: E402
from privacy_gateway.detection.analyzer import shared_analyzer  # noqa: E402
from privacy_gateway.testing.fake_upstreams import FakeUpstreams  # noqa: E402
from privacy_gateway.testing.roundtrip import (  # noqa: E402
    INGRESSES, RewritingEcho, corpus_texts, exact_echo, generated_texts, random_splits, rewriting_echo, round_trip,
)
from privacy_gateway.web.app import create_app  # noqa: E402
from privacy_gateway.testing.configs import config_for_tests  # noqa: E402


async def run(rows: list[tuple[str, str, str]], show: int) -> int:
    os.environ.setdefault("PG_TEST_CLOUD_KEY", "roundtrip")
    os.environ.setdefault("PRIVACY_GATEWAY_AUDIT_KEY", "roundtrip-audit-key-0123456789")
    fakes = FakeUpstreams(split=random_splits(1))
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    bad: dict[tuple[str, str], list[str]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(config_for_tests(Path(tmp)), transport=fakes.transport, analyzer=shared_analyzer(DEFAULT_SPACY_MODEL))
        async with app.router.lifespan_context(app):
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test", timeout=120) as client:
                for echo_name, reply in (("echo", exact_echo), ("rewritten", rewriting_echo(2))):
                    fakes.reply = reply
                    for corpus, row_id, text in rows:
                        if isinstance(reply, RewritingEcho):
                            reply.client_text = text
                        for ingress in INGRESSES:
                            for stream in (False, True):
                                case = f"{echo_name} {ingress} {'stream' if stream else 'whole'}"
                                got, _tier = await round_trip(client, ingress, text, stream=stream)
                                cell = tally[(corpus, case)]
                                cell[1] += 1
                                if got != text:
                                    cell[0] += 1
                                    if len(bad[(corpus, case)]) < show:
                                        bad[(corpus, case)].append(row_id)
    corpora = sorted({c for c, _ in tally})
    cases = sorted({k for _, k in tally}, key=lambda k: (k.split()[0] != "echo", k))
    print("| case | " + " | ".join(corpora) + " |")
    print("|---|" + "---|" * len(corpora))
    total = 0
    for case in cases:
        cells = [tally[(c, case)] for c in corpora]
        total += sum(m for m, _ in cells)
        print(f"| {case} | " + " | ".join(f"{m}/{n}" for m, n in cells) + " |")
    for (corpus, case), ids in sorted(bad.items()):
        print(f"{corpus} · {case}: {', '.join(ids)}", file=sys.stderr)
    return 1 if total else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--generated", type=int, default=200, help="made-up prompts to add (default 200)")
    parser.add_argument("--show", type=int, default=5, help="mismatching row ids to list per cell (default 5)")
    args = parser.parse_args()
    rows = [(c.split("/")[1] if c.startswith("eval/") else "tests", i, t) for c, i, t in corpus_texts()]
    rows += [("generated", f"gen-{n}", t) for n, t in enumerate(generated_texts(args.generated, seed=7))]
    return asyncio.run(run(rows, args.show))


if __name__ == "__main__":
    raise SystemExit(main())
