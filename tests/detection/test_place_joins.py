"""A place found in pieces is masked whole, the particles between the pieces included."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.place_joins import whole_places
from tests.detection.helpers import Find


@pytest.mark.parametrize("text, place", [
    pytest.param("Dedupe these rows:\nMaëlle;Perrin;Châtillon-sur-Chalaronne\nMaëlle;Perrin;Châtillon-sur-Chalaronne ", "Châtillon-sur-Chalaronne",
                 id="csv-sur"),
    pytest.param("She grew up in Villefranche-de-Rouergue and moved to Sainte-Foy-lès-Lyon.", "Sainte-Foy-lès-Lyon", id="prose-les"),
    pytest.param("Her address is in Mülheim-an-der-Ruhr, Germany.", "Mülheim-an-der-Ruhr", id="german-an-der"),
    pytest.param("our client in Newcastle-under-Lyme called twice", "Newcastle-under-Lyme", id="english-under"),
])
def test_a_hyphen_joined_place_is_masked_whole(find: Find, text: str, place: str) -> None:
    assert place in {v for t, v in find(text) if t == "LOCATION"}


@pytest.mark.parametrize("text, start, end", [
    pytest.param("the Paris-based team", 4, 9, id="adjective"),
    pytest.param("route Lyon-to-be-decided later", 6, 10, id="lower-words"),
])
def test_other_hyphen_words_do_not_grow_a_place(text: str, start: int, end: int) -> None:
    found = [Finding(start, end, "LOCATION", 0.85)]
    assert whole_places(text, found) == found
