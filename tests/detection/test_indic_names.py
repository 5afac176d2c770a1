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


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("मज़दूरों की सूची:\n1. दीपिका चौहान – प्लंबर\n2. किशन पासवान – हेल्पर", ["दीपिका चौहान", "किशन पासवान"], id="a-workers-list"),
        pytest.param("वर: अनुराग प्रसाद त्रिवेदी, आयु 29", ["अनुराग प्रसाद त्रिवेदी"], id="a-second-given-name"),
        pytest.param("गवाह के तौर पर कमला देवी ने हस्ताक्षर किए", ["कमला देवी"], id="a-woman-s-devi"),
        pytest.param("कल श्रीमती कुलकर्णी का फ़ोन आया था", ["कुलकर्णी"], id="a-family-name-after-a-title"),
    ],
)
def test_a_name_closed_by_a_listed_family_name_is_someone_s(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("इस बार वैष्णो देवी की यात्रा पर चलें?", id="a-goddess-s-shrine"),
        pytest.param("मैंने भी शर्मा जी से पूछा था", id="a-function-word-before"),
        pytest.param("अनुराग कश्यप कौन हैं? उनकी फ़िल्में बताओ", id="the-world-asked-about"),
        pytest.param("मुख्यमंत्री योगेश पटेल ने उद्घाटन किया", id="an-office-before"),
        pytest.param("योगेश पटेल की कप्तानी पर एक टिप्पणी लिखो", id="a-career-after"),
        pytest.param("योगेश पटेल पर एक छोटा लेख लिखो", id="a-piece-on-them"),
    ],
)
def test_no_one_s_name_is_closed_by_a_listed_family_name(text: str) -> None:
    assert _names(text) == []


def test_a_marriage_record_loses_its_names_through_the_pipeline(find: Find) -> None:
    text = "विवाह पंजीकरण के लिए अंग्रेज़ी में अनुवाद करो:\nवर: अनुराग त्रिवेदी\nवधू: नेहा बंसल\nगवाह: मुकेश जायसवाल"
    found = find(text)
    for name in ("अनुराग त्रिवेदी", "नेहा बंसल", "मुकेश जायसवाल"):
        assert ("PERSON", name) in found, found
