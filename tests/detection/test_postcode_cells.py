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
    ],
)
def test_numbers_that_are_no_postcode_field_stay(text: str, place: str) -> None:
    assert _joined(text, place) == []


def test_nothing_found_nothing_added() -> None:
    assert with_postcodes_beside("build 10115, 80331 passed", []) == []


def test_a_row_of_an_address_goes_whole(find: Find) -> None:
    text = "id,name,street,zip,city\n7,Hans Meier,Lindenweg 12,80331,München"
    assert ("LOCATION", "80331") in find(text) or any(t == "LOCATION" and "80331" in v for t, v in find(text))
