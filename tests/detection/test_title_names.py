"""A given name beside an Indonesian, Malay or Hindi title (`detection/title_names.py`), through the
real pipeline and alone."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.foreign import foreign_language
from privacy_gateway.detection.title_names import title_names
from tests.detection.helpers import Find


def _names(text: str) -> list[str]:
    return [text[s:e] for s, e in title_names(text, foreign_language(text))]


@pytest.mark.parametrize(
    "text, name",
    [
        # The name after "pak" or "bu" is often a word too ("budi", virtue): the title says it is a name.
        pytest.param("latihan futsal pindah ke gor, yg jemput anak2 pak budi (0812-4182-7935)", "budi", id="pak-lower"),
        pytest.param("tolong kabari pak bambang sutrisno besok rapat jam 9", "bambang sutrisno", id="pak-two-words"),
        pytest.param("Mohon bantu balas email dari Bu Ratna soal tagihan bulan lalu.", "Ratna", id="bu-capital"),
        pytest.param("Sila maklumkan kepada Encik Faizal dan Puan Noraini tentang mesyuarat esok.", "Noraini", id="malay-puan"),
        pytest.param("sharma ji ne bola ki kal meeting hai, gupta ji ko bhi bata do", "gupta", id="hinglish-ji"),
        pytest.param("Please ask Sharma ji to send the invoice by Friday.", "Sharma", id="english-ji"),
    ],
)
def test_a_name_beside_a_title_is_masked(find: Find, text: str, name: str) -> None:
    assert any(entity == "PERSON" and name in value for entity, value in find(text)), find(text)
    assert name in " ".join(_names(text))


@pytest.mark.parametrize(
    "text",
    [
        # Roles, kin and words the titles make ("pak RT", "bu guru", "ibu kota", the capital).
        "Jakarta adalah ibu kota Indonesia, tanya pak RT atau bu guru saja.",
        "Bapak ibu yang terhormat, rapat ditunda sampai minggu depan.",
        # A leader the country knows by the title ("bu sri mulyani", the finance minister).
        "mau tanya dong, tapera itu wajib? kata bu sri mulyani gimana?",
        # Kin, deities, courtesies and leaders with "ji".
        "mama ji ka phone aaya, haan ji, Hanuman ji ki aarti ke baad Gandhi ji ki baat hui",
        # Gurus, saints and the devotional titles before them.
        "Guru Nanak Dev ji ki bani aur Guru Gobind Singh Ji ka updesh",
        "Swami Vivekananda ji ne kaha, Sant Kabir ji ke dohe bhi padho",
        # The Indonesian titles count only in text that reads as Indonesian or Malay ("bu" is Turkish "this").
        "Bu akşam toplantı var mı?",
    ],
)
def test_roles_kin_deities_and_leaders_beside_a_title_stay(text: str) -> None:
    assert _names(text) == []


def test_the_word_after_a_lower_case_name_that_is_the_language_s_own_is_left() -> None:
    assert _names("tolong kabari pak budi ikut rapat besok ya") == ["budi"]
