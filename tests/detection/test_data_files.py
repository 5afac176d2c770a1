"""`data_files`: the lists under data/, plain and tagged."""

from __future__ import annotations

from privacy_gateway.detection.data_files import data_lines, tagged_words


def test_a_plain_list_skips_its_comments() -> None:
    lines = data_lines("language_names")
    assert "polish" in lines and not any(line.startswith("#") for line in lines)


def test_a_tagged_list_puts_each_word_under_its_tag_and_keeps_two_word_family_names() -> None:
    hebrew = tagged_words("hebrew_names")
    assert set(hebrew) == {"g", "f"}
    assert "בן דוד" in hebrew["f"] and "נועה" in hebrew["g"]
    assert not any(word.startswith("#") or " " in tag for tag in hebrew for word in hebrew[tag])
