"""Gurmukhi and Devanagari names held by Singh or Kaur (`detection/indic_names.py`), through the
real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.indic_names import indic_names
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in indic_names(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("ਭਾਈ ਗੁਰਮੀਤ ਸਿੰਘ ਜੀ ਅਰਦਾਸ ਕਰਨਗੇ", "ਗੁਰਮੀਤ ਸਿੰਘ", id="gurmukhi-bhai-singh"),
        pytest.param("ਹਰਪ੍ਰੀਤ ਕੌਰ ਨੇ ਲੰਗਰ ਦੀ ਸੇਵਾ ਕੀਤੀ", "ਹਰਪ੍ਰੀਤ ਕੌਰ", id="gurmukhi-kaur"),
        pytest.param("नामकरण का निमंत्रण, दादा: विक्रम सिंह राठौर, पिता", "विक्रम सिंह राठौर", id="devanagari-singh-and-family"),
    ],
)
def test_a_name_held_by_singh_or_kaur_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        # The Gurus, maharajas, martyrs and babas the world knows, and the Singh Sabha.
        "ਗੁਰੂ ਗੋਬਿੰਦ ਸਿੰਘ ਜੀ ਦਾ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ",
        "ਮਹਾਰਾਜਾ ਰਣਜੀਤ ਸਿੰਘ ਦਾ ਰਾਜ",
        "ਸ੍ਰੀ ਗੁਰੂ ਸਿੰਘ ਸਭਾ ਗੁਰਦੁਆਰਾ",
        "शहीद भगत सिंह का जन्म",
        "बाबा दीप सिंह जी",
    ],
)
def test_the_world_s_sikhs_of_history_and_their_bodies_stay(text: str) -> None:
    assert _names(text) == []


def test_a_label_before_the_name_is_no_part_of_it() -> None:
    assert _names("नाम महेंद्र सिंह राठौड़, जन्म 1932") == ["महेंद्र सिंह राठौड़"]
