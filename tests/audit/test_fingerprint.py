from __future__ import annotations

import hashlib
import re

import pytest

from privacy_gateway.audit import fingerprint
from privacy_gateway.audit.fingerprint import key_id, normalise

KEY = b"k" * 32


@pytest.mark.parametrize(
    "forms",
    [
        pytest.param(["078-05-1120", "078051120", "078 05 1120", " 078-05-1120 "], id="ssn"),
        pytest.param(["4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111"], id="card"),
        pytest.param(["+1 (555) 010-1234", "1 555 010 1234", "15550101234", "1.555.010.1234"], id="phone"),
        pytest.param(["GB87 YODA 1901 1530 0059 79", "GB87YODA19011530005979", "gb87yoda19011530005979"],
                     id="iban"),
        pytest.param(["John  Smith", "john smith", "JOHN\tSMITH"], id="name"),
        pytest.param(["Jane.Roe@Example.com", "jane.roe@example.com"], id="email"),
        pytest.param(["ＪＯＨＮ SMITH", "john smith"], id="full-width-letters"),
    ],
)
def test_forms_of_one_value_share_a_fingerprint(forms: list[str]) -> None:
    assert len({fingerprint(f, KEY) for f in forms}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("1.10.0.1", "11.0.0.1", id="ipv4-keeps-its-dots"),
        pytest.param("078-05-1120", "078-05-1121", id="different-ssn"),
        pytest.param("John Smith", "JohnSmith", id="names-keep-spaces"),
        pytest.param("jane@example.com", "jane@example.org", id="different-email"),
    ],
)
def test_different_values_do_not(a: str, b: str) -> None:
    assert fingerprint(a, KEY) != fingerprint(b, KEY)


def test_a_fingerprint_is_keyed_hex_and_not_a_plain_hash() -> None:
    fp = fingerprint("078-05-1120", KEY)
    assert re.fullmatch(r"[0-9a-f]{64}", fp)
    assert fp != fingerprint("078-05-1120", b"another key, same value!")
    assert fp not in {hashlib.sha256(v.encode()).hexdigest() for v in ("078-05-1120", "078051120")}


def test_normalise_is_documented_behaviour() -> None:
    assert normalise("  GB87 YODA 1901 ") == "gb87yoda1901"
    assert normalise("10.0.0.1") == "10.0.0.1"
    assert normalise("Rue  de la Paix, 75002 Paris") == "rue de la paix, 75002 paris"


def test_key_id_names_a_key_without_revealing_it() -> None:
    assert key_id(KEY) == key_id(KEY) != key_id(b"z" * 32)
    assert len(key_id(KEY)) == 16 and KEY.hex() not in key_id(KEY)
