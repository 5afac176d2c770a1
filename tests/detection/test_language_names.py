"""`language_names`: a language spoken of is no one and nowhere; a name or a shop that holds one stays."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.language_names import language_named
from tests.detection.helpers import Find


def _at(text: str, value: str) -> bool:
    start = text.index(value)
    return language_named(text, start, start + len(value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Translate this letter into Polish and keep it formal.", "Polish"),
        ("Patient leaflet in plain English: what to expect.", "English"),
        ("Our team answers in Hindi, Tamil and Bengali.", "Tamil"),
        ("Is Korean grammar closer to Japanese?", "Korean"),
        ("How do you say thank you in Scottish Gaelic?", "Scottish Gaelic"),
        ("Summarise the Gettysburg Address in modern English.", "English"),
        ("Translate this macro into Brazilian Portuguese and LatAm Spanish.", "Brazilian Portuguese"),
        ("Subtitles in Simplified Chinese, please.", "Simplified Chinese"),
        # As an adjective before its noun, or the language acting: no one.
        ("Note: German clinics often say it differently.", "German"),
        ("The German clinics often say it differently.", "German"),
        ("Leave the title alone, the way English leaves loanwords alone.", "English"),
    ],
)
def test_a_language_spoken_of(text: str, value: str) -> None:
    assert _at(text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We had lunch at the Polish Deli on Main Street.", "Polish"),  # a shop's name
        ("Ask English for the keys.", "English"),  # a surname, after a word that reaches someone
        ("Megan English signed it.", "English"),  # a given name before it
        ("Please ask English for the keys before lunch.", "English"),  # reached by "ask"
        ("She flew to Tonga last week.", "Tonga"),  # a place, left out of the list
    ],
)
def test_not_a_language_spoken_of(text: str, value: str) -> None:
    assert not _at(text, value)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Can you write the menu in Spanish, Portuguese and Dutch?", []),
        ("The manual is only in German. Summarise it in English.", []),
        ("Add the German and French equivalents to the glossary. Note: German clinics often say it otherwise.", []),
        ("Ask Megan English to sign off the budget before Friday.", ["Megan English"]),
        ("My landlord, Piotr Nowak, only writes in Polish. Translate his message for me.", ["Piotr Nowak"]),
    ],
)
def test_translation_requests_reach_the_cloud_as_written(find: Find, text: str, kept: list[str]) -> None:
    assert [value for _, value in find(text)] == kept


def test_a_language_alone_in_brackets_is_a_language(find: Find) -> None:
    text = "Are these the local placeholder names: 张三 (Chinese), 홍길동 (Korean), Nguyễn Văn A (Vietnamese)?"
    assert [v for t, v in find(text) if t == "LOCATION"] == [], find(text)
