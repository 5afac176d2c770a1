"""The leak metric counts what eval/dev/README.md says it counts."""

from __future__ import annotations

from pathlib import Path

from privacy_gateway.testing.leak_metric import LabelledSpan, Sample, load_corpus, score, value_tokens


def sample(sid: str, text: str, *spans: tuple[str, str]) -> Sample:
    labelled = tuple(LabelledSpan(text.index(v), text.index(v) + len(v), t, v) for t, v in spans)
    return Sample(sid, text, "test", labelled)


def test_tokens_skip_short_and_common_address_words() -> None:
    assert value_tokens("42 North Anna Street, Apt. 7, Lake Kevin") == ["Anna", "Kevin"]


def test_verbatim_and_token_leaks() -> None:
    s = sample("a", "Write to Jane Roe at 12 Elm Street", ("PERSON", "Jane Roe"), ("LOCATION", "12 Elm Street"))
    report = score([s], {"a": "Write to <PERSON_1> Roe at <LOCATION_1>"})
    assert (report.per_type["PERSON"].verbatim, report.per_type["PERSON"].token) == (0, 1)
    assert (report.per_type["LOCATION"].verbatim, report.per_type["LOCATION"].token) == (0, 0)
    assert report.leaks[0].tokens == ("Roe",)


def test_token_must_be_a_whole_word() -> None:
    s = sample("a", "Ask Ann", ("PERSON", "Ann"))
    assert score([s], {"a": "Ask <PERSON_1> about the annual report"}).per_type["PERSON"].token == 0


def test_local_only_prompt_reaching_cloud_is_misrouted() -> None:
    s = sample("a", "card 4111111111111111", ("CREDIT_CARD", "4111111111111111"))
    assert score([s], {"a": "card <MASKED>"}).misrouted == ["a"]
    assert score([s], {"a": None}).misrouted == []


def test_pii_free_prompt_must_arrive_unaltered() -> None:
    s = sample("a", "What is 2 + 2?")
    assert score([s], {"a": "What is 2 + 2?"}).altered == []
    assert score([s], {"a": "What is <PHONE_1>?"}).altered == ["a"]
    assert score([s], {"a": None}).altered == ["a"]


def test_failures_name_each_missed_goal() -> None:
    s = sample("a", "Call 555-123-4567", ("PHONE_NUMBER", "555-123-4567"))
    failures = score([s], {"a": "Call 555-123-4567"}).failures()
    assert len(failures) == 1 and failures[0].startswith("PHONE_NUMBER: 100.0% verbatim")


def test_runs_leaking_are_counted_per_class() -> None:
    def row(sid: str, group: str, text: str, *spans: tuple[str, str]) -> Sample:
        labelled = tuple(LabelledSpan(text.index(v), text.index(v) + len(v), t, v) for t, v in spans)
        return Sample(sid, text, "test", labelled, group)

    samples = [
        row("a", "sql", "WHERE name = 'Jane Roe' OR name = 'Ann Lee'", ("PERSON", "Jane Roe"), ("PERSON", "Ann Lee")),
        row("b", "sql", "WHERE name = 'Ed Park'", ("PERSON", "Ed Park")),
        row("c", "local_only_id", "ssn 123.45.6789", ("US_SSN", "123.45.6789")),
        row("d", "clean_software", "Why does Jenkins hang?"),
    ]
    seen = {
        "a": "WHERE name = 'Jane Roe' OR name = 'Ann Lee'",  # two values, one run
        "b": "WHERE name = '<PERSON_1> Park'",  # a token only
        "c": "ssn <MASKED>",
        "d": "Why does <PERSON_1> hang?",
    }
    classes = score(samples, seen).per_class
    assert (classes["sql"].runs, classes["sql"].verbatim, classes["sql"].token) == (2, 1, 2)
    assert (classes["local_only_id"].misrouted, classes["local_only_id"].local_only_n) == (1, 1)
    assert (classes["clean_software"].altered, classes["clean_software"].pii_free_n) == (1, 1)


def test_class_defaults_to_source(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": "x", "text": "Hi", "source": "chat", "spans": []}\n{"id": "y", "text": "Hi", "source": "chat", "class": "pii_free", "spans": []}\n')
    assert [s.group for s in load_corpus(path)] == ["chat", "pii_free"]


def test_a_placeholder_is_not_a_token_leak() -> None:
    s = sample("a", "Give jan@email.cz access", ("EMAIL_ADDRESS", "jan@email.cz"))
    assert score([s], {"a": "Give <EMAIL_ADDRESS_1> access"}).leaks == []
    assert score([s], {"a": "Give <EMAIL_ADDRESS_1> access; email them"}).per_type["EMAIL_ADDRESS"].token == 1


def test_a_verbatim_leak_is_a_token_leak_even_without_long_tokens() -> None:
    s = sample("a", "call 08-00 08 06", ("PHONE_NUMBER", "08-00 08 06"))
    tally = score([s], {"a": "call 08-00 08 06"}).per_type["PHONE_NUMBER"]
    assert (tally.verbatim, tally.token) == (1, 1)


def test_credentials_and_national_ids_make_a_prompt_local_only() -> None:
    for type_, value in (("PASSWORD", "Falcon_7928Rb"), ("FR_NIR", "172023201312126"), ("UK_NHS", "943 476 5919"),
                         ("MEDICAL_RECORD_NUMBER", "66866649")):
        s = sample("a", f"DB_PASSWORD / id: {value}", (type_, value))
        assert s.local_only and not s.pii_free, type_
        report = score([s], {"a": f"DB_PASSWORD / id: {value}"})
        assert report.misrouted == ["a"] and report.per_type[type_].verbatim == 1, type_
        assert score([s], {"a": None}).misrouted == []
