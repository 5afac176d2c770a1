"""Country names for address blocks come from `phonenumbers`' locale table without its place-name data."""

from __future__ import annotations

import subprocess
import sys

from privacy_gateway.detection import countries


def test_country_names_are_the_locale_tables() -> None:
    from phonenumbers.geodata.locale import LOCALE_DATA

    assert countries.locale_data() == LOCALE_DATA
    assert {"germany", "deutschland", "allemagne", "usa"} <= countries.country_names()


def test_the_place_name_data_is_never_loaded() -> None:
    # `phonenumbers.geodata`'s own __init__ loads every prefix's place names: about 100 MB per process.
    code = "import sys; from privacy_gateway.detection import countries as c; c.country_names(); print('phonenumbers.geodata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_countries_and_their_adjectives_name_regions() -> None:
    named = {w: countries.region_of(w) for w in ("Kenya", "kenyan", "Philippine", "German", "Deutschland", "Quênia", "UK", "Mexican")}
    assert named == {"Kenya": "KE", "kenyan": "KE", "Philippine": "PH", "German": "DE", "Deutschland": "DE", "Quênia": "KE",
                     "UK": "GB", "Mexican": "MX"}
    assert [w for w in ("the", "on", "call", "mobile", "number", "Java", "Jenkins", "Roman") if countries.region_of(w)] == []
