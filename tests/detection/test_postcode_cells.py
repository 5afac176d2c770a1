"""The postcode written as the field next to an address found with its number goes with it;
numbers beside a town alone, years and counts stay as written."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.postcode_cells import with_postcodes_beside
from tests.detection.helpers import Find


def _joined(text: str, street: str) -> list[str]:
    start = text.index(street)
    found = with_postcodes_beside(text, [Finding(start, start + len(street), "LOCATION", 0.85)])
    return [text[f.start : f.end] for f in found if text[f.start : f.end] != street]


@pytest.mark.parametrize(
    "text, street, code",
    [
        pytest.param("Hauptstraße 5,10115,Berlin", "Hauptstraße 5", "10115", id="csv-after"),
        pytest.param("7\tHans Meier\tLindenweg 12\t80331\tMünchen", "Lindenweg 12", "80331", id="tsv-after"),
        pytest.param("221B Baker Street | NW1 6XE | London", "221B Baker Street", "NW1 6XE", id="bar-uk"),
        pytest.param("Li Wei · +86 138 0013 8000 · 北京市海淀区中关村大街27号, 100080", "北京市海淀区中关村大街27号", "100080", id="contact-line"),
        pytest.param("84177 臺東市中華街507號9樓", "臺東市中華街507號9樓", "84177", id="before-cjk"),
        pytest.param("> 海南省辉县花溪田街C座\n> 658832", "海南省辉县花溪田街C座", "658832", id="quoted-line"),
        pytest.param("<br>Rua Augusta 274<br>1100-053<br>", "Rua Augusta 274", "1100-053", id="html-break"),
        pytest.param("Recipient: Ana / Rua Augusta 274 / 1100-053 — translate the label", "Rua Augusta 274", "1100-053", id="label-slashes-then-dash"),
    ],
)
def test_the_postcode_field_joins_its_street(text: str, street: str, code: str) -> None:
    assert _joined(text, street) == [code]


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Berlin, 3645, Germany", "Berlin", id="town-alone-count"),
        pytest.param("Calle Mayor 12, 2024, renovated", "Calle Mayor 12", id="year"),
        pytest.param("5 Main Street, 10 people work there", "5 Main Street", id="count-in-prose"),
        pytest.param("12 Hill Road, 8080/tcp open", "12 Hill Road", id="port"),
        pytest.param("12 Hill Road, v1.2.3", "12 Hill Road", id="version"),
        pytest.param("12 Hill Road, 12345678", "12 Hill Road", id="long-number"),
        pytest.param("12 Hill Road/8080 open", "12 Hill Road", id="slash-without-spaces"),
    ],
)
def test_numbers_that_are_no_postcode_field_stay(text: str, place: str) -> None:
    assert _joined(text, place) == []


@pytest.mark.parametrize(
    "text, street, code",
    [
        pytest.param("Hangang-daero 396, (06164)", "Hangang-daero 396", "06164", id="in-brackets-after"),
        pytest.param("(06164) Hangang-daero 396", "Hangang-daero 396", "06164", id="in-brackets-before"),
        pytest.param("H.No. 68, Kothapet-500035 today", "H.No. 68, Kothapet", "500035", id="pin-glued-by-a-hyphen"),
    ],
)
def test_a_postcode_in_brackets_or_a_pin_glued_to_its_town_joins(text: str, street: str, code: str) -> None:
    assert _joined(text, street) == [code]


def test_fields_that_separators_join_to_a_street_are_its_address() -> None:
    # "(51854), Gorūr, Seocho-gu, Hangang-daero 396": the code stands by the town, the town by the
    # district, the district by the street; each field is the same address's.
    text = "pickup at (51854), Gorūr, Seocho-gu, Hangang-daero 396, 12F, cash only"
    found = [Finding(text.index(w), text.index(w) + len(w), "LOCATION", 0.85) for w in ("Gorūr", "Seocho-gu", "Hangang-daero 396, 12F")]
    added = [text[f.start : f.end] for f in with_postcodes_beside(text, found) if f not in found]
    assert added == ["51854"]
    # A town alone, with no street among its neighbours, takes no number.
    text = "Berlin, Potsdam, 3645, Germany"
    found = [Finding(text.index(w), text.index(w) + len(w), "LOCATION", 0.85) for w in ("Berlin", "Potsdam")]
    assert with_postcodes_beside(text, found) == found


def test_a_pin_glued_to_a_town_found_in_part_joins() -> None:
    # The model finds "Pimpri" of "Pimpri-Chinchwad"; `place_joins` grows the town only afterwards.
    text = "delivered to H.No. 68, Bhat, Pimpri-Chinchwad-416788 today"
    found = [Finding(text.index(w), text.index(w) + len(w), "LOCATION", 0.85) for w in ("H.No. 68, Bhat", "Pimpri")]
    assert [text[f.start : f.end] for f in with_postcodes_beside(text, found) if f not in found] == ["416788"]


def test_a_six_digit_number_glued_to_a_word_of_no_address_stays() -> None:
    assert _joined("Build 12, release-202401 today", "Build 12") == []


def test_nothing_found_nothing_added() -> None:
    assert with_postcodes_beside("build 10115, 80331 passed", []) == []


def test_a_row_of_an_address_goes_whole(find: Find) -> None:
    text = "id,name,street,zip,city\n7,Hans Meier,Lindenweg 12,80331,München"
    assert ("LOCATION", "80331") in find(text) or any(t == "LOCATION" and "80331" in v for t, v in find(text))


def test_every_row_of_a_table_of_addresses_takes_its_code() -> None:
    rows = [f"{i},Hauptstraße {i + 1},Berlin,Mitte,1011{i}" for i in range(3)]
    text = "\n".join(rows)
    found = []
    for word in ("Hauptstraße 1", "Hauptstraße 2", "Hauptstraße 3"):
        start = text.index(word)
        found.append(Finding(start, start + len(word), "LOCATION", 0.85))
    for word in ("Berlin", "Mitte"):
        at = -1
        while (at := text.find(word, at + 1)) >= 0:
            found.append(Finding(at, at + len(word), "LOCATION", 0.85))
    added = sorted(text[f.start : f.end] for f in with_postcodes_beside(text, found) if f not in found)
    assert added == ["10110", "10111", "10112"]
