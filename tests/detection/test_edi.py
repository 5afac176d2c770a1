"""People, addresses and phones by their element in X12 and EDIFACT segments (the real pipeline)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.edi import edifact_values, x12_values
from tests.detection.helpers import Find

X12_CLAIM = """Why does the payer reject loop 2010CA of this 837P?

ISA*00*          *00*          *ZZ*CLINIC44       *ZZ*PAYER9         *240302*1130*^*00501*000000731*0*P*:~
NM1*QC*1*ODUYEMI*IBIRONKE*T***MI*ZX55102938~
N3*4471 JUNIPER BEND RD*APT 12~
N4*WAUSAU*WI*54401~
PER*IC*MAREK SLOVACEK*TE*7155550148*EM*MSLOVACEK@EXAMPLE.NET~
DMG*D8*19840922*F~
SE*12*0001~"""

# One line, `~` only between segments, as many trading partners send them; a firm as the billing provider.
X12_ONE_LINE = ("ST*834*0001~NM1*IL*1*Halvorsen*Ingeborg*K~N3*Rosenkrantz gate 9~N4*Bergen**5003*NO~"
                "PER*IP**HP*4755501122~NM1*85*2*RIVERBEND FAMILY CLINIC LLC*****XX*1234567893~SE*7*0001~")

EDIFACT_ORDER = """Our partner says the ORDERS message fails validation, what's wrong?

UNH+1+ORDERS:D:96A:UN'
NAD+DP++++Kastanienallee 41:Hinterhof+Neuruppin++16816+DE'
NAD+SU+4012345000009::9++Brandt Feinkost GmbH+Hafenstr. 2+Rostock++18055+DE'
CTA+IC+:Hauke Brodersen'
COM+0331 5550 1987:TE'
DTM+329:19770605:102'
UNT+8+1'"""


def values(found: list[tuple[str, str]], entity: str) -> set[str]:
    return {v for t, v in found if t == entity}


@pytest.mark.parametrize("text, people, places, phones", [
    pytest.param(X12_CLAIM, {"ODUYEMI", "IBIRONKE", "MAREK SLOVACEK"}, {"4471 JUNIPER BEND RD", "APT 12", "WAUSAU", "WI", "54401"},
                 {"7155550148"}, id="x12-837-lines"),
    pytest.param(X12_ONE_LINE, {"Halvorsen", "Ingeborg", "K"}, {"Rosenkrantz gate 9", "Bergen", "5003"}, {"4755501122"}, id="x12-834-one-line"),
    pytest.param(EDIFACT_ORDER, {"Hauke Brodersen"}, {"Kastanienallee 41", "Hinterhof", "Neuruppin", "16816"}, {"0331 5550 1987"},
                 id="edifact-orders"),
])
def test_segment_elements_are_typed_by_their_position(find: Find, text: str, people: set[str], places: set[str], phones: set[str]) -> None:
    found = find(text)
    assert people <= values(found, "PERSON")
    assert places <= values(found, "LOCATION")
    assert phones <= values(found, "PHONE_NUMBER")


def test_a_birth_date_and_the_firms_stay_apart() -> None:
    x12 = {X12_CLAIM[s:e]: t for t, s, e in x12_values(X12_CLAIM)}
    assert x12["19840922"] == "DATE_OF_BIRTH"
    firm = {X12_ONE_LINE[s:e] for t, s, e in x12_values(X12_ONE_LINE)}
    assert "RIVERBEND FAMILY CLINIC LLC" not in firm  # NM102 = 2: an organisation
    edifact = {EDIFACT_ORDER[s:e]: t for t, s, e in edifact_values(EDIFACT_ORDER)}
    assert edifact["19770605"] == "DATE_OF_BIRTH"
    assert "Brandt Feinkost GmbH" not in edifact  # a supplier's firm name is no person


@pytest.mark.parametrize("text", [
    pytest.param("Is 2*3*4 = 24 in every language?\nAnd what about N4*N3 in the matrix code?", id="arithmetic"),
    pytest.param("SELECT * FROM t WHERE a = 'x' + 'y'\nNAD is not a function here", id="sql"),
])
def test_text_that_only_looks_like_segments_gives_nothing(text: str) -> None:
    assert list(x12_values(text)) == [] and list(edifact_values(text)) == []
