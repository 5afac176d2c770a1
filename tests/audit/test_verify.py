from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from privacy_gateway.audit import verify_log
from privacy_gateway.audit.chain import encode_line, entry_hash
from privacy_gateway.audit.cli import main
from privacy_gateway.audit.files import log_files

from tests.audit.helpers import fill_log, numbered

Lines = list[bytes]


def edit_field(ls: Lines) -> Lines:
    entry = json.loads(ls[2])
    entry["client"] = "team-z"
    return [*ls[:2], encode_line(entry), *ls[3:]]


def edit_field_and_rehash(ls: Lines) -> Lines:
    entry = json.loads(ls[2])
    entry["served_tier"] = "local" if entry["served_tier"] != "local" else "cloud"
    entry["hash"] = entry_hash(entry)
    return [*ls[:2], encode_line(entry), *ls[3:]]


def edit_whitespace_only(ls: Lines) -> Lines:
    entry = json.loads(ls[2])
    return [*ls[:2], json.dumps(entry, indent=None).encode() + b"\n", *ls[3:]]


def insert_copy(ls: Lines) -> Lines:
    return [*ls[:3], ls[1], *ls[3:]]


def insert_forged(ls: Lines) -> Lines:
    prev = json.loads(ls[1])
    forged = {k: v for k, v in prev.items() if k != "hash"} | {"seq": 3, "prev": prev["hash"], "client": "ghost"}
    forged["hash"] = entry_hash(forged)
    return [*ls[:2], encode_line(forged), *ls[2:]]


def delete_record(ls: Lines) -> Lines:
    return [*ls[:2], *ls[3:]]


def delete_first(ls: Lines) -> Lines:
    return ls[1:]


def reorder(ls: Lines) -> Lines:
    return [*ls[:2], ls[3], ls[2], *ls[4:]]


def truncate_last(ls: Lines) -> Lines:
    return [*ls[:-1], ls[-1][:40]]


def repeat_a_key(ls: Lines) -> Lines:
    return [*ls[:2], ls[2].replace(b'{"seq":3,', b'{"seq":3,"client":"team-z",'), *ls[3:]]


def blank_line(ls: Lines) -> Lines:
    return [*ls[:2], b"\n", *ls[2:]]


@pytest.mark.parametrize(
    ("tamper", "bad_line", "says"),
    [
        pytest.param(edit_field, 3, "altered", id="edited-field"),
        pytest.param(edit_field_and_rehash, 4, "chain broken", id="edited-and-rehashed"),
        pytest.param(insert_copy, 4, "chain broken", id="inserted-copy"),
        pytest.param(insert_forged, 4, "chain broken", id="inserted-forged"),
        pytest.param(delete_record, 3, "expected seq 3", id="deleted"),
        pytest.param(delete_first, 1, "at the start of the log", id="deleted-first"),
        pytest.param(reorder, 3, "expected seq 3", id="reordered"),
        pytest.param(truncate_last, 6, "truncated last line", id="truncated"),
        pytest.param(blank_line, 3, "not a valid record", id="blank-line"),
        pytest.param(repeat_a_key, 3, "not a valid record", id="repeated-key-shadowing-the-real-one"),
    ],
)
def test_tampering_is_found_at_the_first_bad_line(
    log_path: Path, tamper: Callable[[Lines], Lines], bad_line: int, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_log(log_path, numbered(6, served_tier="cloud"))
    assert main(["verify", str(log_path)]) == 0
    log_path.write_bytes(b"".join(tamper(log_path.read_bytes().splitlines(keepends=True))))
    result = verify_log(log_path)
    assert not result.ok
    assert result.problem.line == bad_line and says in result.problem.message
    capsys.readouterr()
    assert main(["verify", str(log_path)]) == 1
    assert f"FAILED: {log_path}:{bad_line}: " in capsys.readouterr().out


def test_reformatting_a_line_without_changing_content_still_verifies(log_path: Path) -> None:
    fill_log(log_path, numbered(6))
    log_path.write_bytes(b"".join(edit_whitespace_only(log_path.read_bytes().splitlines(keepends=True))))
    assert verify_log(log_path).ok  # the hash covers content, not layout


def test_a_field_smuggled_in_with_a_fresh_hash_is_named(log_path: Path) -> None:
    fill_log(log_path, numbered(2))
    ls = log_path.read_bytes().splitlines(keepends=True)
    entry = json.loads(ls[-1]) | {"prompt": "hello"}
    entry["hash"] = entry_hash(entry)
    log_path.write_bytes(ls[0] + encode_line(entry))
    assert "'prompt' is not allowed" in verify_log(log_path).problem.message


def test_a_removed_rotated_file_breaks_the_chain_at_the_next_file(log_path: Path) -> None:
    fill_log(log_path, numbered(10), rotate_bytes=2000)
    files = log_files(log_path)
    files[1].unlink()
    result = verify_log(log_path)
    assert result.problem.path == files[2] and result.problem.line == 1


def test_rotated_files_renamed_out_of_order_are_caught(log_path: Path) -> None:
    fill_log(log_path, numbered(6), rotate_bytes=2000)
    a, b = log_files(log_path)[:2]
    data_a, data_b = a.read_bytes(), b.read_bytes()
    a.write_bytes(data_b)
    b.write_bytes(data_a)
    assert verify_log(log_path).problem.path == a


def test_verify_reports_the_head_and_checks_anchors(log_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fill_log(log_path, numbered(4))
    result = verify_log(log_path)
    middle = json.loads(log_path.read_bytes().splitlines()[1])["hash"]
    assert main(["verify", str(log_path), "--anchor", middle, "--anchor", result.head_hash]) == 0
    assert f"head seq 4 hash {result.head_hash}" in capsys.readouterr().out
    log_path.write_bytes(b"".join(log_path.read_bytes().splitlines(keepends=True)[:3]))  # cut the last record
    assert main(["verify", str(log_path), "--anchor", result.head_hash]) == 1
    assert "not in the chain" in capsys.readouterr().out


def test_verifying_a_missing_log_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(tmp_path / "nothing.jsonl")]) == 2
    assert "no audit log" in capsys.readouterr().err
