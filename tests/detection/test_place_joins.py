"""A place found in pieces is masked whole, the particles between the pieces included."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.place_joins import whole_places, with_regions
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


@pytest.mark.parametrize("text, region", [
    pytest.param("Paziente: Via dei Mille 14, 38066 Riva del Garda (TN), tel 0464 552187.", "TN", id="italian-province"),
    pytest.param("abito in vico lungo san matteo 6, 80132 napoli (na). non riesco a pagare", "na", id="lower-case-province"),
    pytest.param("Support ticket #88231: Corinne Tolliver from Lindsborg (KS) says the estimate is wrong.", "KS", id="us-state"),
    pytest.param("La perra es de Carmen Guamán, calle Real 23, 11380 Tarifa (Cádiz), móvil 622 48 19 05.", "Cádiz", id="spanish-province"),
    pytest.param("Card to: Rua Direita, 112, Centro, Tiradentes – MG, 36325-000, Brazil", "MG", id="brazilian-state"),
    pytest.param("Bună ziua, adresa Str. Mihai Eminescu nr. 9, 545400 Sighișoara, jud. Mureș", "jud. Mureș", id="romanian-county"),
    pytest.param("Dilekçe: adresim Gül Sok. No: 12/3, Moda Mah., 34710 Kadıköy/İstanbul. Telefonum 0 (505) 219 44 18.", "İstanbul", id="turkish-province"),
])
def test_the_region_after_someones_town_is_masked_with_it(find: Find, text: str, region: str) -> None:
    # The region alone, or inside the address read whole ("Via dei Mille 14, 38066 Riva del Garda (TN)").
    assert any(v == region or f"({region})" in v for t, v in find(text) if t == "LOCATION"), find(text)


@pytest.mark.parametrize("text", [
    pytest.param("Recommend three things to do in Austin (TX) and Paris (France) for a weekend.", id="public-places"),
    pytest.param("We moved the Berlin - EU cluster to the new region last week.", id="dash-before-a-word"),
])
def test_a_region_after_a_place_left_alone_stays(find: Find, text: str) -> None:
    assert not {v for t, v in find(text) if t == "LOCATION"} & {"TX", "France", "EU"}


def test_a_region_is_added_once_beside_every_place_ending_at_its_town() -> None:
    text = "Vico Lungo San Matteo 6, 80132 Napoli (NA), citofono Rinaldi"
    end = text.index(" (NA)")
    found = [Finding(0, end, "LOCATION", 0.8), Finding(text.index("Napoli"), end, "LOCATION", 0.85)]
    regions = [f for f in with_regions(text, found) if f not in found]
    assert [(text[f.start : f.end], f.entity_type) for f in regions] == [("NA", "LOCATION")]
