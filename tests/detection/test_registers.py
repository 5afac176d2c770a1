"""The rows of a register (`registers`): a name a line, a mark after it, in one case."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.registers import register_rows
from tests.detection.helpers import Find


def rows(text: str) -> list[str]:
    return [text[s:e] for s, e in register_rows(text)]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("REGISTER 4B  TUE PM\nÖZTÜRK, BERKAY  /\nVAN DEN BERG, SANNE  N\nKALNIŅŠ, ARTŪRS  L", ["ÖZTÜRK, BERKAY", "VAN DEN BERG, SANNE", "KALNIŅŠ, ARTŪRS"], id="marks"),
        pytest.param("MOCK RESULTS - PHYSICS\nOKONKWO CHIDERA .... B\nADEBAYO TOLU .... A*\nMUSA HAUWA .... C", ["OKONKWO CHIDERA", "ADEBAYO TOLU", "MUSA HAUWA"], id="grades"),
        pytest.param("rota\nkowalczyk, marta  72\nlindqvist, ebba  65\nnakamura, ren  80", ["kowalczyk, marta", "lindqvist, ebba", "nakamura, ren"], id="lower-case-scores"),
        # A door list: the guest count after the name, and the plus-one named in it.
        pytest.param("DOOR LIST, +1S IN BRACKETS\n\nTAMSIN OKORO (+1)\nPIETER VAN DAM\nHALIMA YUSUF (+1 SOFIA)\nBRAM JANSSENS",
                     ["TAMSIN OKORO", "PIETER VAN DAM", "HALIMA YUSUF", "SOFIA", "BRAM JANSSENS"], id="door-list-guests"),
    ],
)
def test_a_register_s_rows_are_people(text: str, names: list[str]) -> None:
    assert rows(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("SHOPPING\nAPPLES .... 3\nPEARS .... 5\nPLUMS .... 2", id="things"),
        pytest.param("results\nparis, france  /\nlyon, france  /\nnice, france  /", id="places"),
        pytest.param("STANDINGS\nARSENAL  72\nLIVERPOOL  70\nCHELSEA  65", id="clubs"),
        pytest.param("KIT LIST\nHEAD TORCH (+2)\nSPARE BATTERIES\nWATER BOTTLE (+1 SPARE)", id="things-with-counts"),
        pytest.param("OKONKWO CHIDERA .... B\nADEBAYO TOLU .... A*", id="two-rows-are-no-register"),
    ],
)
def test_rows_of_things_places_or_too_few_are_no_register(text: str) -> None:
    assert rows(text) == []


def test_a_register_s_rows_are_masked_whatever_language_the_names_read_as(find: Find) -> None:
    text = "REGISTER 3C  MON AM\nDURMUŞ, BEKBAY  /\nAKSU, ERTUNCAY  N\nARSOY, NURMELEK  /\nhow many are absent? N = absent"
    found = [v for t, v in find(text) if t == "PERSON"]
    assert {"DURMUŞ, BEKBAY", "AKSU, ERTUNCAY", "ARSOY, NURMELEK"} <= set(found), find(text)
