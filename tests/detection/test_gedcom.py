"""A GEDCOM family tree's values are typed by their tags: a living person's names, birth date and
places are masked; an ancestor whose record holds a death is left as written."""

from __future__ import annotations

from hypothesis import given, strategies as st

from privacy_gateway.detection.gedcom import gedcom_values
from tests.detection.helpers import Find

TREE = """Why does my genealogy app reject this file?

0 @I1@ INDI
1 NAME Ingrid /Halvorsen-Lund/
1 SEX F
1 BIRT
2 DATE 14 FEB 1979
2 PLAC Røros, 7374
1 PHON +47 912 34 567
0 @I2@ INDI
1 NAME Ole /Halvorsen/
1 BIRT
2 DATE 2 MAR 1841
1 DEAT
2 DATE 9 OCT 1902
0 @F1@ FAM
1 WIFE @I1@
"""


def test_a_living_person_s_values_are_masked(find: Find) -> None:
    found = find(TREE)
    assert ("PERSON", "Ingrid /Halvorsen-Lund/") in found
    assert ("DATE_OF_BIRTH", "14 FEB 1979") in found
    assert any(t == "LOCATION" and "Røros" in v for t, v in found)


def test_an_ancestor_with_a_death_is_history() -> None:
    typed = {TREE[s:e] for s, e, _ in gedcom_values(TREE)}
    assert "Ole /Halvorsen/" not in typed and "2 MAR 1841" not in typed


@given(lines=st.lists(st.sampled_from(["1 NAME Anna /Berg/", "2 DATE 1 JAN 1990", "0 @I1@ INDI", "1 SEX F"]), min_size=1, max_size=3))
def test_fewer_than_four_lines_are_no_tree(lines: list[str]) -> None:
    assert list(gedcom_values("\n".join(lines))) == []
