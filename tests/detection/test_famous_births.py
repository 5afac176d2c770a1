"""The birth date of someone the world knows is left as written (`detection/famous_births.py`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.famous_births import famous_birth_dates
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, date",
    [
        pytest.param("Write a short birthday tribute to Nelson Mandela (born 18 July 1918) for our school assembly.", "18 July 1918", id="brackets"),
        pytest.param("Who was Sophie Scholl? Born 9 May 1921 in Forchtenberg, executed in 1943.", "9 May 1921", id="next-sentence"),
        pytest.param("Wangari Maathai, born 1 April 1940, founded the Green Belt Movement.", "1 April 1940", id="commas"),
    ],
)
def test_a_famous_persons_birth_date_is_left_as_written(find: Find, text: str, date: str) -> None:
    assert date in [text[a:b] for a, b in famous_birth_dates(text)]
    assert ("DATE_OF_BIRTH", date) not in find(text), find(text)


@pytest.mark.parametrize(
    "text, date",
    [
        pytest.param("My grandfather Tomasz Wrona (born 3 May 1931) needs a new care plan.", "3 May 1931", id="private-person"),
        pytest.param("Our client Ingrid Solberg, born 12 March 1984, wants her file closed.", "12 March 1984", id="client"),
    ],
)
def test_a_private_persons_birth_date_stays_masked(find: Find, text: str, date: str) -> None:
    assert list(famous_birth_dates(text)) == []
    assert ("DATE_OF_BIRTH", date) in find(text), find(text)
