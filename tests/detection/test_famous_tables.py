"""A table's column of mostly famous full names lists the world's people: those names stay as
written; a private person in it, and a column of customers, are still masked."""

from __future__ import annotations

from hypothesis import given, strategies as st

from privacy_gateway.detection.famous_tables import famous_cells
from tests.detection.helpers import Find

AUCTIONS = """Add an 'adjusted to 2025 dollars' column to this table:

| work | artist | sale | year |
|---|---|---|---|
| Les Femmes d'Alger | Pablo Picasso | Christie's | 2015 |
| Portrait of Dr Gachet | Vincent van Gogh | Christie's | 1990 |
| Meules | Claude Monet | Sotheby's | 2019 |
| Untitled | Marta Kowalczyk | Desa Unicum | 2024 |
"""


def test_a_column_of_the_famous_keeps_their_names(find: Find) -> None:
    people = [v for t, v in find(AUCTIONS) if t == "PERSON"]
    assert not any(name in v for v in people for name in ("Pablo Picasso", "Vincent van Gogh", "Claude Monet")), people


def test_a_private_person_in_such_a_column_is_still_masked(find: Find) -> None:
    assert any("Marta Kowalczyk" in v for t, v in find(AUCTIONS) if t == "PERSON")


_CUSTOMERS = st.lists(st.sampled_from(["Ana Ruiz", "Tomasz Wilk", "Priya Raman", "Kofi Mensah", "Lena Vogt"]), min_size=2, max_size=6)


@given(customers=_CUSTOMERS, famous=st.sampled_from(["Pablo Picasso", "Claude Monet"]))
def test_a_column_of_customers_with_one_famous_name_frees_no_one(customers: list[str], famous: str) -> None:
    rows = "\n".join(f"{i},{name},{i * 10}" for i, name in enumerate([*customers, famous]))
    assert list(famous_cells("id,customer,total\n" + rows)) == []
