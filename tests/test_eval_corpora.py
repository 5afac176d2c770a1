"""The labelled corpora in eval/ are well-formed, cover what they promise, and keep holdout apart."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from privacy_gateway.testing.leak_metric import PROTECTED_TYPES, load_corpus, score

EVAL = Path(__file__).resolve().parents[1] / "eval"
SPLITS = ("tune", "holdout")
CORPORA = {"heldout": EVAL / "heldout", "redteam": EVAL / "redteam"}
REDTEAM_CLASSES = {
    "lowercase_name", "allcaps_name", "username_handle", "code", "json", "sql", "yaml", "csv", "git_log",
    "tool_call", "email_spelled_out", "email_url_encoded", "email_base64", "address_block", "postcode_alone",
    "transcript", "national_phone", "local_only_id", "email_signature", "clean_software", "clean_general",
}
RESERVED_LOCALES = {"nl_NL", "pl_PL", "sv_SE", "tr_TR", "cs_CZ", "fi_FI", "id_ID", "ro_RO", "hu_HU", "da_DK"}


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


ALL_FILES = [EVAL / "dev" / "dev.jsonl"] + [d / f"{s}.jsonl" for d in CORPORA.values() for s in SPLITS]


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_span_matches_its_offsets(path: Path) -> None:
    data = rows(path)
    assert len(data) >= 100
    ids = [r["id"] for r in data]
    assert len(set(ids)) == len(ids)
    for r in data:
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
    assert load_corpus(path)  # and the leak metric reads it


@pytest.mark.parametrize("corpus", CORPORA)
def test_tune_and_holdout_are_disjoint(corpus: str) -> None:
    tune, holdout = (rows(CORPORA[corpus] / f"{s}.jsonl") for s in SPLITS)
    for key in ("id", "text"):
        assert not {r[key] for r in tune} & {r[key] for r in holdout}, key
    assert not {(r["class"], r["template"]) for r in tune} & {(r["class"], r["template"]) for r in holdout}


@pytest.mark.parametrize("split", SPLITS)
def test_redteam_has_every_class_in_each_split(split: str) -> None:
    data = rows(CORPORA["redteam"] / f"{split}.jsonl")
    classes = Counter(r["class"] for r in data)
    assert set(classes) == REDTEAM_CLASSES
    assert min(classes.values()) >= 6
    for r in data:
        assert (not r["spans"]) == r["class"].startswith("clean_"), r["id"]


@pytest.mark.parametrize("split", SPLITS)
def test_heldout_covers_every_type_many_countries_and_pii_free_prompts(split: str) -> None:
    data = rows(CORPORA["heldout"] / f"{split}.jsonl")
    types = {s["type"] for r in data for s in r["spans"]}
    assert {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE"} <= types
    assert types <= set(PROTECTED_TYPES)
    assert len(RESERVED_LOCALES & {r["locale"] for r in data}) >= 8
    pii_free = sum(1 for r in data if not r["spans"])
    assert 0.15 <= pii_free / len(data) <= 0.25


def test_the_leak_metric_counts_a_known_leak_in_a_corpus_row() -> None:
    sample = next(s for s in load_corpus(CORPORA["redteam"] / "tune.jsonl") if s.id.startswith("redteam-address_block-"))
    masked = sample.text
    for span in sorted(sample.spans, key=lambda x: -len(x.value)):
        masked = masked.replace(span.value, "<MASKED>")
    assert score([sample], {sample.id: masked}).leaks == []
    street = next(x for x in sample.spans if x.type == "LOCATION")
    report = score([sample], {sample.id: masked + "\n" + street.value})
    assert [(leak.value, leak.verbatim) for leak in report.leaks] == [(street.value, True)]
    assert report.per_type["LOCATION"].verbatim == 1
