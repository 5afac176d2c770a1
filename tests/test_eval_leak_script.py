"""scripts/eval_leak.py: finds every corpus of eval/, and prints per-type, per-class and summary tables."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_leak", REPO / "scripts" / "eval_leak.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


eval_leak = load_script()


def test_all_names_every_corpus_of_eval() -> None:
    assert [eval_leak.corpus_name(p) for p in eval_leak.ALL_CORPORA] == [
        "dev", "heldout/tune", "heldout/holdout", "redteam/tune", "redteam/holdout", "paste/tune", "paste/holdout",
        "french/tune", "french/holdout",
        "clean/tune", "clean/holdout", "stranger/seen", "stranger2/seen", "stranger3/seen", "stranger4/holdout", "stranger5/holdout",
        "stranger6/tune", "stranger6/holdout", "stranger7/tune", "stranger7/holdout", "stranger8/tune", "stranger8/holdout",
        "stranger9/tune", "stranger9/holdout", "stranger10/tune", "stranger10/holdout", "ids/tune", "ids/holdout",
        "market/tune", "desk/holdout", "newsroom/tune", "civic/holdout", "care/tune", "trade/holdout", "venue/tune", "ledger/holdout", "utility/tune", "staffing/holdout",
        "travel/tune", "community/holdout", "realty/tune", "school/holdout", "claims/tune", "plant/holdout", "legal/tune", "freight/holdout", "lab/tune", "benefits/holdout",
        "heritage/tune", "security/holdout", "devteam/tune", "telecom/holdout", "askworld/tune",
        "sport/tune", "garage/holdout", "vet/tune", "migrate/holdout", "rites/tune", "salon/holdout", "crew/tune", "faith/holdout", "build/tune", "campaign/holdout", "creator/tune", "nursery/holdout",
        "therapy/tune", "rescue/holdout", "resale/tune", "scholar/holdout", "internal/tune",
        "agents/tune", "kitchen/holdout", "clinic/holdout", "interpret/tune", "safety/holdout",
    ]
    assert all(p.is_file() for p in eval_leak.ALL_CORPORA)


def write_corpus(path: Path) -> Path:
    rows = [
        {"id": "t-1", "class": "lowercase_name", "source": "test", "text": "ask jane roe about it",
         "spans": [{"start": 4, "end": 12, "type": "PERSON", "value": "jane roe"}]},
        {"id": "t-2", "class": "clean_software", "source": "test", "text": "Why does Jenkins hang?", "spans": []},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_tables_per_class_and_summary_from_what_the_cloud_saw(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = write_corpus(tmp_path / "a.jsonl"), tmp_path / "b.jsonl"
    b.write_text(a.read_text().replace('"t-', '"u-'))
    corpora = {p: eval_leak.load_corpus(p) for p in (a, b)}
    everything_seen = eval_leak.measure("echo", lambda samples: {s.id: s.text for s in samples}, corpora, show=True)
    out = capsys.readouterr().out
    assert [line.split() for line in out.splitlines() if line.startswith("lowercase_name")] == [["lowercase_name", "1/1", "1/1", "-", "-"]] * 2
    assert "LEAK t-1 PERSON 'jane roe' (verbatim)" in out
    assert all(r.per_class["lowercase_name"].verbatim == 1 for r in everything_seen.values())
    table = eval_leak.markdown("echo", everything_seen)
    assert "| lowercase_name | 1/1 | 1/1 |" in table and "| clean_software | 0/1 altered | 0/1 altered |" in table
    line = eval_leak.summary_line("a", everything_seen[a], 2)
    assert line.split()[:4] == ["a", "2", "100.0", "/"]


def test_a_holdout_file_prints_tables_but_no_ids_or_leaks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An id names its template, so whoever tunes must not read holdout ids or leaked rows."""
    path = write_corpus(tmp_path / "redteam-holdout.jsonl")
    altering = {"t-1": "ask jane roe about it", "t-2": "Why does <PERSON_1> hang?"}  # leaks t-1, alters t-2
    eval_leak.measure("echo", lambda samples: altering, {path: eval_leak.load_corpus(path)}, show=True)
    out = capsys.readouterr().out.replace(str(tmp_path), "<tmp>")  # pytest's own folder may be pytest-1
    assert "t-1" not in out and "t-2" not in out and "jane roe" not in out
    assert "  clean_software (holdout id hidden)" in out
    assert [line.split() for line in out.splitlines() if line.startswith("lowercase_name")] == [["lowercase_name", "1/1", "1/1", "-", "-"]]


def test_each_corpus_runs_with_the_languages_a_default_gateway_would_use() -> None:
    corpora = {p: [] for p in eval_leak.ALL_CORPORA}
    groups = dict(eval_leak.language_groups(corpora, None))
    assert sorted(eval_leak.corpus_name(p) for p in groups[("en", "fr")]) == ["french/holdout", "french/tune"]
    assert len(groups[("en",)]) == len(eval_leak.ALL_CORPORA) - 2
    assert eval_leak.language_groups(corpora, ("en",)) == [(("en",), corpora)]
