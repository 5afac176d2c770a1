"""The named house, farm and village before a town and postcode found on an address line
(`detection/address_heads.py`), through the real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.address_heads import with_address_heads, with_address_tails
from privacy_gateway.detection.findings import Finding
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, address",
    [
        pytest.param("Tidy these visit notes:\n\nFarm: Glebe Farm, Ellingstring, Ripon, HG4 4PW\nClient: Morag MacKinnon", "Glebe Farm, Ellingstring, Ripon, HG4 4PW", id="farm"),
        pytest.param("Addresses for the mailing:\n- Hollybush Cottage, Upper Slaughter, Cheltenham, GL54 2JF\n- 4 Mill Lane, Ely, CB7 4AA", "Hollybush Cottage, Upper Slaughter, Cheltenham, GL54 2JF", id="cottage-in-a-list"),
    ],
)
def test_the_named_fields_before_a_town_and_postcode_are_the_address(find: Find, text: str, address: str) -> None:
    assert any(kind == "LOCATION" and address in value for kind, value in find(text)), find(text)


@pytest.mark.parametrize(
    "text, address",
    [
        pytest.param("home check done: saw the family at glanrhyd, cardigan, sa43 2ab sat am, all fine", "glanrhyd, cardigan, sa43 2ab", id="welsh"),
        pytest.param("visited the couple at kilkelly, co. mayo, f12 x3y4 on sunday, garden fenced", "kilkelly, co. mayo, f12 x3y4", id="irish-eircode"),
        # A house number opening a street no street type names, back to the value's dash.
        pytest.param("envelope blocks please\n\nxiomara castillo & poppy – 2 bondgate without, alnwick, ne66 1pr", "2 bondgate without, alnwick, ne66 1pr", id="numbered-street-no-type"),
    ],
)
def test_on_a_line_typed_in_lower_case_the_chain_runs_back_to_the_place_s_preposition(find: Find, text: str, address: str) -> None:
    assert any(kind == "LOCATION" and address in value for kind, value in find(text)), find(text)


def test_a_year_is_no_postcode_of_a_lower_case_chain() -> None:
    text = "we went to bath, wells, glastonbury, 2024 was great"
    at = text.index("glastonbury")
    found = [Finding(at, text.index("2024") + 4, "LOCATION", 0.8)]
    assert with_address_heads(text, found) == found


def test_the_head_grows_back_to_the_value_s_start_and_stops_at_people() -> None:
    text = "Farm: Glebe Farm, Ellingstring, Ripon, HG4 4PW"
    at = text.index("Ripon")
    grown = with_address_heads(text, [Finding(at, len(text), "LOCATION", 0.8)])
    assert [text[f.start : f.end] for f in grown] == ["Glebe Farm, Ellingstring, Ripon, HG4 4PW"]
    text = "Tom Hardy, Ellingstring, Ripon, HG4 4PW"
    at = text.index("Ripon")
    grown = with_address_heads(text, [Finding(0, 9, "PERSON", 0.8), Finding(at, len(text), "LOCATION", 0.8)])
    assert [text[f.start : f.end] for f in grown] == ["Tom Hardy", "Ellingstring, Ripon, HG4 4PW"]


def test_no_postcode_no_head() -> None:
    """A town alone ends many lists of places; only a postcode says the line is an address."""
    text = "We toured Bath, Wells, Glastonbury, Ripon"
    at = text.index("Ripon")
    assert with_address_heads(text, [Finding(at, len(text), "LOCATION", 0.8)]) == [Finding(at, len(text), "LOCATION", 0.8)]


def test_the_town_and_region_after_a_street_go_with_it_to_the_postcode(find: Find) -> None:
    text = (
        "I want to make an on-board complaint under MLC Regulation 5.1.5.\n"
        "My details: Dindo Manalastas, phone 0917 845 2231, home address Blk 12 Lot 5 Sampaguita St., Brgy. Tan-awan, Oslob, Cebu 6025"
    )
    assert any(t == "LOCATION" and v.endswith("Oslob, Cebu 6025") for t, v in find(text)), find(text)


def test_a_year_ending_the_line_is_no_postcode_to_grow_to() -> None:
    text = "Venue: 12 Main Street, Springfield, March 2024"
    street = Finding(7, 22, "LOCATION", 0.85)
    assert with_address_tails(text, [street]) == [street]


def test_a_state_s_abbreviation_goes_with_the_town_before_it(find: Find) -> None:
    assert ("LOCATION", "León, Gto.") in find("Vivo en León, Gto. desde 2019 y necesito ayuda con el contrato")
    assert ("PERSON", "Dr. Smith") in find("We met in Leeds, Dr. Smith said hello")


@pytest.mark.parametrize(
    "text, town",
    [
        pytest.param("[21:14] <frostbyte> lives at 3 Pearse Street in Clonakilty btw\n[21:15] <mod> deleted", "Clonakilty", id="chat"),
        pytest.param("nvm found it, she lives at 19 church street in whitby right", "whitby", id="lower-case"),
    ],
)
def test_the_town_after_in_goes_with_the_street_before_it(find: Find, text: str, town: str) -> None:
    assert any(t == "LOCATION" and town in v for t, v in find(text)), find(text)


def test_a_time_after_in_is_no_town(find: Find) -> None:
    assert ("LOCATION", "10 Downing Street") in find("meet at 10 Downing Street in the morning")
