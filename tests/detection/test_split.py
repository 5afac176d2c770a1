"""Cutting long texts for parallel analysis: where the cuts fall, and that nothing is lost."""

from __future__ import annotations

import json
import random
from pathlib import Path

from privacy_gateway.detection.engine import Detector, analysis_kind
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.split import Piece, cut_points, lanes_for, merge, plan

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "dev" / "dev.jsonl"
PEM = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join("MIIEowIBAAKCAQEA7b9x" * 3 for _ in range(20)) + "\n-----END RSA PRIVATE KEY-----"


def test_cuts_prefer_blank_lines_then_sentence_ends_and_never_split_words() -> None:
    text = "Ship it to Apt. 4 on Elm Street. Then call Maria about it.\n\nThe second paragraph starts here and goes on."
    assert cut_points(text, 2) == [text.index("The second")]
    prose = "We met at the office and it was long. Then we went to St. Louis with Dr. Hall and Ms. Reed, then to Apt. 4 again."
    assert cut_points(prose, 2) == [prose.index("Then")]
    words = "word " * 200
    assert all(words[c - 1] == " " for c in cut_points(words, 3))


def test_private_keys_are_never_cut() -> None:
    text = "Here is the key.\n" + PEM + "\nKeep it safe."
    key = (text.index("-----BEGIN"), text.index("KEY-----\nKeep") + 8)
    for parts in (2, 3, 4):
        assert not any(key[0] < c < key[1] for c in cut_points(text, parts))


def test_own_regions_tile_each_text_and_margins_surround_them() -> None:
    rng = random.Random(3)
    texts = ["".join(rng.choice(["Maria went home. ", "It rained.\n", "\n\n", "14 Elm Street "]) for _ in range(n)) for n in (5, 80, 200, 0)]
    lanes = plan(texts, 3, margin=64)
    pieces = sorted((p for lane in lanes for p in lane), key=lambda p: (p.index, p.own_start))
    for index, text in enumerate(texts):
        own = [(p.own_start, p.own_end) for p in pieces if p.index == index]
        if not text.strip():
            assert own == []
            continue
        assert own[0][0] == 0 and own[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in zip(own, own[1:]))
    for p in pieces:
        assert p.start <= p.own_start < p.own_end <= p.end
        assert p.own_start == 0 or p.own_start - p.start >= 64 or p.start == 0
    sizes = [sum(p.size for p in lane) for lane in lanes]
    assert len(lanes) == 3 and max(sizes) < 1.5 * min(sizes)


def test_short_work_is_not_worth_a_second_lane() -> None:
    assert lanes_for(["a" * 399], 4) == 1
    assert lanes_for(["a" * 1024], 2) == 2
    assert plan(["Maria went home."] * 3, 2) == [[Piece(i, 0, 16, 0, 16) for i in range(3)]]


def test_merge_keeps_each_finding_once_and_flags_ones_cut_short() -> None:
    text = "x" * 100
    left, right = Piece(0, 0, 60, 0, 50), Piece(0, 40, 100, 50, 100)
    found = [[Finding(45, 55, "PERSON", 0.9)], [Finding(5, 15, "PERSON", 0.9), Finding(20, 30, "LOCATION", 0.8)]]
    merged, cut_short = merge([text], [left, right], found)
    assert merged == [[Finding(45, 55, "PERSON", 0.9), Finding(60, 70, "LOCATION", 0.8)]]
    assert cut_short == set()
    # A kept finding that runs to the end of its piece's margin may go on beyond it.
    assert merge([text], [left, right], [[Finding(48, 60, "PERSON", 0.9)], []])[1] == {0}
    # The right piece saw something in its margin that the left piece, whose it is, did not.
    assert merge([text], [left, right], [[], [Finding(2, 8, "PERSON", 0.9)]])[1] == {0}


def test_split_analysis_covers_everything_whole_analysis_finds(detector: Detector) -> None:
    """On joined corpus prompts, cut into pieces far smaller than the gateway ever cuts."""
    corpus = [json.loads(line)["text"] for line in CORPUS.read_text().splitlines()]
    rng = random.Random(11)
    texts = [rng.choice(["\n\n", " ", "\n"]).join(rng.sample(corpus, 5)) for _ in range(40)]
    whole = detector.analyze(texts)
    lost = []
    for index, text in enumerate(texts):
        pieces = [p for lane in plan([text], 3, min_piece=150) for p in lane]
        found = detector.analyze([text[p.start : p.end] for p in pieces], [analysis_kind(text)] * len(pieces))
        merged, cut_short = merge([text], pieces, found)
        if cut_short:
            continue  # the pool analyses these again whole
        covered = {i for f in merged[0] for i in range(f.start, f.end)}
        lost += [text[f.start : f.end] for f in whole[index] if not all(i in covered for i in range(f.start, f.end))]
    assert lost == []
