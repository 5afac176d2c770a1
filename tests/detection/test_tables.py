"""Columns typed by their header: CSV/TSV, Markdown tables, SQL rows (`detection/tables.py`)."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("INSERT INTO customers (id, full_name, city) VALUES (1, 'peter novak', 'brno'), (2, 'jane roe', 'ostrava');",
                     {"peter novak", "brno", "jane roe", "ostrava"}, id="sql-insert"),
        pytest.param("name,email,city\nivan petrov,ip@x.example,kazan\nli wei,lw@x.example,chengdu",
                     {"ivan petrov", "kazan", "li wei", "chengdu"}, id="csv"),
        pytest.param("name\tphone\nolga berg\t0612345678", {"olga berg", "0612345678"}, id="tsv"),
        pytest.param("| Name | Role | City |\n|---|---|---|\n| sara connor | admin | dublin |", {"sara connor", "dublin"}, id="markdown-table"),
        pytest.param("Merge these rows:\nIlse;Vermeulen;Zwolle\nPiet;Bakker;Zwolle", {"Ilse", "Vermeulen", "Piet", "Bakker"}, id="headerless-rows"),
    ],
)
def test_values_typed_by_column(find: Find, text: str, expected: set[str]) -> None:
    found = {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}
    assert expected <= found


@pytest.mark.parametrize("text, dob", [
    ("| Patient | DOB | Ward |\n|---|---|---|\n| Amara Okafor | 1984-05-02 | 3B |", "1984-05-02"),
    ("name,birth_date,team\nAnn Lee,02/11/1990,ops", "02/11/1990"),
])
def test_a_date_of_birth_column_is_typed_by_its_header(find: Find, text: str, dob: str) -> None:
    assert ("DATE_OF_BIRTH", dob) in find(text)
