"""Street lines whose type comes first or is abbreviated, in any case (`detection/street_lines.py`):
the street, its number and the flat or door after it are masked; words like them stay."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.street_lines import street_lines
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, street",
    [
        pytest.param("pls deliver to vul. khreshchatyk 14, kv. 27 before noon", "vul. khreshchatyk 14, kv. 27", id="ukrainian-lower"),
        pytest.param("Reminder: your visit at the clinic, ul. Piotrkowska 104 m. 12, on Monday at 9:00.",
                     "ul. Piotrkowska 104 m. 12", id="polish-flat"),
        pytest.param("she moved, new place is prospekt Mira 21, kv. 5 now", "prospekt Mira 21, kv. 5", id="russian-latin"),
        pytest.param("Курьер: ул. Ленина 12, кв. 4, звонить заранее", "ул. Ленина 12, кв. 4", id="cyrillic"),
        pytest.param("hi the driver left it at travessa da boa vista 12, 2.º dto. but i moved",
                     "travessa da boa vista 12, 2.º dto.", id="portuguese-floor-door"),
        pytest.param("Kargo adresi: Bağdat Cad. No: 45 D: 7 Kadıköy", "Bağdat Cad. No: 45 D: 7", id="turkish-street-door"),
        pytest.param("The label reads: Cumhuriyet Mah. Lale Sok. No: 12 D: 3", "Cumhuriyet Mah. Lale Sok. No: 12 D: 3",
                     id="turkish-neighbourhood"),
        pytest.param("rahul here at h.no. 12-3-45/a, banjara hills, pls come after 5", "h.no. 12-3-45/a, banjara hills",
                     id="india-house-number"),
        pytest.param("priya here at c-112, sector 15, rohini, can u come tmrw", "c-112, sector 15", id="india-block"),
        pytest.param("sanjay at d-14, ameerpet, call before coming", "d-14, ameerpet", id="india-locality-suffix"),
        # Indonesia: the neighbourhood's numbers and the ward and district after a comma.
        pytest.param("Ahli waris: Made Sukarta, alamat Jl. Kenanga No. 9, RT 003/RW 007, Kel. Sanur, Kec. Denpasar Selatan",
                     "RT 003/RW 007", id="indonesia-rt-rw"),
        pytest.param("Ahli waris: Made Sukarta, alamat Jl. Kenanga No. 9, RT 003/RW 007, Kel. Sanur, Kec. Denpasar Selatan",
                     "Kel. Sanur", id="indonesia-ward-after-a-comma"),
        # Bengaluru's and Mysuru's numbered main and cross roads after the house number.
        pytest.param("please courier it to no. 27, 3rd main, vijayanagar, mysuru 570017", "no. 27, 3rd main, vijayanagar", id="india-main-road"),
        pytest.param("Deliver to #221, 5th cross, 3rd block, Jayanagar, Bengaluru", "#221, 5th cross, 3rd block, Jayanagar", id="india-cross-and-block"),
        # Vietnam: the street is named after a person; the ward and district after the number say it is a street.
        pytest.param("Giao hàng tới 88/3 Trần Quang Khải, Phường Tân Định, Quận 1, TP.HCM giúp em nhé",
                     "88/3 Trần Quang Khải, Phường Tân Định, Quận 1, TP.HCM", id="vietnam-ward-district"),
        pytest.param("Deliver to: Tổ 7, thôn Đông Hòa, xã Hòa Châu, Đà Nẵng (call first)",
                     "Tổ 7, thôn Đông Hòa, xã Hòa Châu, Đà Nẵng", id="vietnam-hamlet-commune"),
        # The Philippines: a subdivision's block and lot, and the barangay beside the town.
        pytest.param("pakisabi sa rider: blk 9 lot 21, phase 2, villa verde, brgy. dela paz, antipolo", "blk 9 lot 21, phase 2", id="philippines-block-lot"),
        pytest.param("PERMANENT ADDRESS: PUROK 5, BRGY. MABINI, TAGUM CITY", "BRGY. MABINI", id="philippines-barangay-in-capitals"),
        # Russian and Ukrainian types, the house after "д." or "буд.", the building and block after it.
        pytest.param("she moved to наб. Павлова, д. 432 in Тамбов last month", "наб. Павлова, д. 432", id="russian-embankment-in-english"),
        pytest.param("Ship to:\nЕрмаков Тит\nш. Совхозное, д. 6/7 к. 1/6\n084907 Шерегеш", "ш. Совхозное, д. 6/7 к. 1/6", id="russian-highway-block"),
        pytest.param("deliver to площа Житомирська, буд. 595 кв. 90 (ring twice)", "площа Житомирська, буд. 595 кв. 90", id="ukrainian-square-house"),
        pytest.param("Consignee: Афиноген Корнилов, алл. Путейская, д. 881 к. 6, 352036", "алл. Путейская, д. 881 к. 6", id="russian-alley"),
        # Colombia: the street's number, "#" and the crossing and house numbers.
        pytest.param("Enviar a Carrera 45A # 26-13 Sur, Bogotá, antes del viernes", "Carrera 45A # 26-13 Sur", id="colombia-carrera"),
        pytest.param("dirección: Cl. 2ª # 60-97, Medellín", "Cl. 2ª # 60-97", id="colombia-abbreviated"),
        # Czech and Slovak: a preposition and a place in its case, then the house number.
        pytest.param("she moved to Na Příkopě 12 in Prague last month", "Na Příkopě 12", id="czech-preposition"),
        pytest.param("Doručit: U Nádraží 3/14, Brno", "U Nádraží 3/14", id="czech-house-and-orientation-number"),
        # Thailand: the house number (and village's) before the road or lane.
        pytest.param("deliver to 82 หมู่ 6 ถ.ถุงเงิน, 69160 ระยอง please", "82 หมู่ 6 ถ.ถุงเงิน", id="thailand-village-road"),
        # Vietnam: a house said as a number, no division after it.
        pytest.param("deliver to Số 21/981 phố Nguyễn Đình Chiểu (ring twice)", "Số 21/981 phố Nguyễn Đình Chiểu", id="vietnam-numbered-house"),
        pytest.param("Giúp mình viết tin nhắn cảm ơn.\nĐịa chỉ nhà: Số 12, đường Cầu Mây, thị trấn Sa Pa, tỉnh Lào Cai",
                     "Số 12, đường Cầu Mây, thị trấn Sa Pa, tỉnh Lào Cai", id="vietnam-number-comma-street"),
        # Hebrew and the Indian scripts: the street's name and its number, the number ending a field or opening one.
        pytest.param("Consignee: שמואל תמיר, אל זיתון 55, 3770315 מלאה. Please correct the postcode on the label.", "אל זיתון 55", id="hebrew-street"),
        pytest.param("Removal quote: from 50/51 अगरवाल to a 2-bed flat, 3 men, Saturday.", "50/51 अगरवाल", id="hindi-number-first"),
    ],
)
def test_street_lines_of_other_languages_are_masked_whole(find: Find, text: str, street: str) -> None:
    assert any(street in value for kind, value in find(text) if kind == "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        "I rue the day 3 times over",
        "Smith et al. Nature 2019 reported it first",
        "watched tv. Season 2 was better",
        "the prospect of 3 more sprints",
        "In chapter 3, the rua of Lisbon 1755 earthquake",
        "Customer called from 010-8865-7710 again",
        "Quận 1 có gì ăn ngon không?",  # a district alone, in a question about the city
        "See Table 2 Results, p. 4 of the appendix",
        "Barangay Ginebra won again last night",  # a team named after the barangay
        "item no. 4, 2nd main course was cold, see no. 3, 1st cross-reference",
        "the block 3 lot sizes are bigger than phase 1",
        "set the RT 5 and RW 6 registers, then Kec. Ubud is next on the tour",
        "V Festival 2 tickets went on sale, K Means 3 clusters fit best",
        "take the Avenue 5 # 3 exit, in Calle 8 we turned left",
        "U Thant 3 times addressed the assembly",
        "قال 3, ثم ذهب إلى البيت",  # Arabic text of its own: a word and a number are a count
        "The word שלום 2 times, and אהבה in verse 3",
    ],
)
def test_words_like_street_types_are_no_street(text: str) -> None:
    assert list(street_lines(text)) == []
