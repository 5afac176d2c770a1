"""Postcodes written alone, with no postcode word, and the numbers that only count things."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.detection.helpers import Find


def places(found: list[tuple[str, str]]) -> list[str]:
    return [value for kind, value in found if kind == "LOCATION"]


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param("I'm in SW1A 1AA, is there a collection point near me?", "SW1A 1AA", id="uk-in"),
        pytest.param("[14:02] anyone near BB3P 1PX who can sign for a parcel?", "BB3P 1PX", id="uk-chat"),
        pytest.param("Is 4981 YU in a flood zone? We're thinking of buying there.", "4981 YU", id="nl-place-after"),
        pytest.param("can u deliver to K1A 0B1 before fri?", "K1A 0B1", id="canada"),
        pytest.param("we're based out of 94107, does your courier cover us?", "94107", id="us-based-out-of"),
        pytest.param("We're moving to 75011 next month, which providers cover it?", "75011", id="fr-moving-to"),
        pytest.param("Delivery check\nArea: 2060\nResult: not served", "2060", id="form-area-label"),
        pytest.param("Where: 10115\nWhen: Saturday morning\nWhat: sofa", "10115", id="form-where-label"),
        pytest.param("We live in 602 00 now, near the station", "602 00", id="czech-three-two"),
        pytest.param("I'm from 75011, is that the 11th?", "75011", id="im-from"),
        pytest.param("my area is 3000, any courier?", "3000", id="my-area-is"),
        pytest.param("hey, i'm in sw1a 1aa, can u deliver today?", "sw1a 1aa", id="uk-lower-case"),
        pytest.param("Sofa zu verschenken, nur Abholung in 75630, bis Sonntag.", "75630", id="german-pickup-in"),
        pytest.param("Spedite anche a 63072? Il sito dice zona non servita", "63072", id="italian-ship-to"),
        pytest.param("ship to 2541 AB NL or 94107 US, which is cheaper?", "94107", id="digits-then-country"),
        pytest.param("Our depot moved to Industrieweg, 4920 US", "4920 US", id="dutch-letters-us"),
        pytest.param("Is 4920 US in a flood zone? We're thinking of buying there.", "4920 US", id="dutch-letters-us-before-a-preposition"),
        pytest.param("Bestellung\nWohnort: 10115\nLieferung: Samstag", "10115", id="town-label-german"),
        pytest.param("Shipping estimate for 90210?", "90210", id="shipping-estimate-for"),
    ],
)
def test_postcodes_alone(find: Find, text: str, code: str) -> None:
    assert code in places(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the file is 2048 MB in size", id="size-unit"),
        pytest.param("we moved to 10000 users last week", id="count"),
        pytest.param("I live in 2024 and plan for 2025", id="year"),
        pytest.param("the proxy listens on 8080 near the 8443 one", id="ports"),
        pytest.param("we are in 12 countries and ship to 40000 customers", id="counts-after-cues"),
        pytest.param("HTTP 404 in the logs, moved to 30000 ms timeout", id="status-and-timeout"),
        pytest.param("white opened e4 and I replied e5 in the 2nd game", id="chess-moves"),
        pytest.param("set a1 2bc in the grid config and the cell b2 3cd", id="grid-cells"),
        pytest.param("Lieferung in 3 Tagen, Versand in 2024 geplant", id="german-days-and-year"),
        pytest.param("the disk has 2048 MB free and 4096 KB of swap", id="units-not-countries"),
        pytest.param("we ship from 4920 US warehouses to 1500 US stores", id="us-before-a-noun"),
        pytest.param("Shipping for 2 kg costs 12 EUR, delivery time for 3000 items is 2 days", id="shipping-counts"),
    ],
)
def test_numbers_that_count_are_no_postcodes(find: Find, text: str) -> None:
    assert places(find(text)) == []


NEUTRAL = (
    "Build {} finished in CI.", "Set the limit to {} and restart.", "Order {} shipped yesterday.",
    "Ticket {} was closed.", "The counter wrapped at {} after a week.", "Retry {} times before failing.",
)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NEUTRAL), st.integers(min_value=1000, max_value=999_999))
def test_digits_with_no_place_phrase_are_never_a_place(find: Find, template: str, n: int) -> None:
    assert str(n) not in " ".join(places(find(template.format(n))))


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param("mi cp es 21027 y el envío sale carísimo", "21027", id="es-cp-lower-case"),
        pytest.param("School enrolment form\nState: NSW\nP/code: 2166\nYear level: 8", "2166", id="au-p-slash-code"),
        pytest.param("배송지 우편번호 97717 맞나요?", "97717", id="korean"),
        pytest.param("Posta kodum 34710, kargo kaç günde gelir?", "34710", id="turkish-with-ending"),
        pytest.param("Verkkokauppa ei hyväksy postinumeroani 00100, miksi?", "00100", id="finnish-with-ending"),
        pytest.param("Formularz odrzuca kodu pocztowego 00-950", "00-950", id="polish-genitive"),
        pytest.param("Is cash on delivery available for pincode 560001?", "560001", id="india-pincode"),
        pytest.param("邮编 100080 对吗", "100080", id="chinese"),
    ],
)
def test_postcode_words_of_many_languages_and_forms(find: Find, text: str, code: str) -> None:
    # Masked, whichever finding covers it (a capitalised word before it may join it into a name's span).
    assert code in " ".join(value for _, value in find(text))


# A postcode word of some language or form, as written before a code, and codes of several shapes.
_POSTCODE_WORDS = ("PLZ", "plz", "CP", "cp", "C.P.", "c.p.", "T.K.", "CAP", "CEP", "NPA", "PSČ", "P/code", "Postcode:", "zip code", "Postleitzahl",
                   "postinumero", "Posta kodu", "kod pocztowy", "pincode", "우편번호", "〒", "código postal")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_POSTCODE_WORDS), st.sampled_from(("five", "four", "three-two", "two-three")), st.integers(min_value=30000, max_value=99999))
def test_a_code_after_a_postcode_word_of_any_language_is_masked(find: Find, word: str, shape: str, n: int) -> None:
    digits = str(n)
    code = {"five": digits, "four": digits[:4], "three-two": f"{digits[:3]} {digits[3:]}", "two-three": f"{digits[:2]}-{digits[2:]}"}[shape]
    text = f"{word} {code}, ok?"
    assert code in " ".join(value for _, value in find(text)), text


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param("her new place is in 43024 Gambatesa", "43024", id="code-then-town"),
        pytest.param("Anzeige: Fahrrad, Abholung 458 30 Plasy", "458 30", id="czech-code-then-town"),
        pytest.param("sender: Nechanice, 660 18", "660 18", id="town-comma-code"),
        pytest.param("moving from Schwyz (6034) to Lisbon", "6034", id="town-code-in-brackets"),
        pytest.param("À donner, 29684 Tecklenburg, à venir chercher", "29684", id="french-ad"),
        pytest.param("Pickup point 7133 Raabs an der Thaya, opening hours?", "7133", id="town-with-connectors"),
        pytest.param("her new place is in H-3144 Vég", "H-3144", id="country-letter-first"),
        pytest.param("Can you deliver to D-80331 München on Saturday?", "D-80331 München", id="country-letter-town-then-weekday"),
    ],
)
def test_a_code_beside_a_town_is_a_postcode(find: Find, text: str, code: str) -> None:
    assert code in " ".join(value for _, value in find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Chapter 1234 Summary is missing from the book", id="english-words-after"),
        pytest.param("Build 20240 Release went out on Monday", id="build-release"),
        pytest.param("See page 1999 Edition notes", id="year-then-word"),
        pytest.param("The 12345 Monday meetings were cancelled", id="weekday-after"),
        pytest.param("Tickets AT-1234 Closed and SE-4411 Merged", id="ticket-ids-with-country-like-letters"),
    ],
)
def test_a_code_beside_english_words_is_no_postcode(find: Find, text: str) -> None:
    assert not any(c.isdigit() for value in places(find(text)) for c in value)


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param("EC5 5PJ here, any good plumbers?", "EC5 5PJ", id="uk-shape-alone-in-a-chat"),
        pytest.param("crime stats for X2A 1S8 please", "X2A 1S8", id="canadian-shape-alone"),
        pytest.param("pls send it to 69988 asap", "69988", id="send-it-to"),
        pytest.param("Parcel stuck at depot, destination 2364", "2364", id="destination"),
        pytest.param("we're over in 182 25, any plumbers?", "182 25", id="over-in"),
        pytest.param("Our new office is in 38100 since May", "38100", id="office-is-in"),
        pytest.param("Moving to the 71889 area soon", "71889", id="code-then-area"),
    ],
)
def test_postcodes_in_chat_and_notes(find: Find, text: str, code: str) -> None:
    assert code in " ".join(value for _, value in find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("send it to 3 people before Friday", id="send-to-a-count"),
        pytest.param("our office is in 2024 budget talks", id="office-in-a-year"),
        pytest.param("the 5000 rpm area of the chart", id="units-then-area"),
        pytest.param("kubectl rollout status deploy/api: build A1B2C3 passed, image sha256 ok", id="lettered-code-in-technical-text"),
    ],
)
def test_counts_years_and_builds_stay(find: Find, text: str) -> None:
    assert not any(c.isdigit() for value in places(find(text)) for c in value)


# Words a stranger puts between a postcode word and the code; none of them holds a digit.
_GAPS = ("is not serviceable, I entered", "box keeps going red. I typed", "changed, we are now at", "box on the form says",
         "ist falsch, ich habe", "no es válido, escribí", "for the parcel: it's")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("postcode", "zip code", "postal code", "PIN", "pincode", "CEP", "PLZ", "código postal", "Postleitzahl")),
       st.sampled_from(_GAPS), st.integers(min_value=10000, max_value=99999))
def test_a_code_some_words_after_a_postcode_word_is_masked(find: Find, word: str, gap: str, n: int) -> None:
    text = f"my {word} {gap} {n} twice, what now?"
    assert str(n) in " ".join(value for _, value in find(text)), text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The postcode validation fails for 3 of 1200 rows", id="count-after-a-count"),
        pytest.param("Zip code field: maxlength is 10, and we default to 12345", id="second-number"),
        pytest.param("The PIN reset flow sends a 6-digit code like 482913 by SMS", id="digit-in-the-gap"),
        pytest.param("postcode lookup API returns errors for about 1500 requests per day", id="counted-requests"),
        pytest.param("Which postal code? The one I gave was 28013", id="a-question-between"),
        pytest.param("Postcode lookups: cache.ttl = 86400\nredis.port = 6379", id="technical-text"),
    ],
)
def test_numbers_after_a_postcode_word_that_are_no_postcodes(find: Find, text: str) -> None:
    assert places(find(text)) == []


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param("what's the nearest pharmacy open late to 59801? my kid has a fever", "59801", id="nearest-thing-to"),
        pytest.param("Does DPD deliver on Saturdays to 3062?", "3062", id="deliver-when-to"),
        pytest.param("Can you ship the spare parts to 4813?", "4813", id="ship-what-to"),
    ],
)
def test_digits_after_where_something_goes(find: Find, text: str, code: str) -> None:
    assert code in places(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("we grew from 2000 users to 5000 users", id="counts"),
        pytest.param("ship 3 boxes to 4000 stores", id="count-of-stores"),
        pytest.param("Tel 972 63 01 88", id="phone-label-before-digit-groups"),
    ],
)
def test_counts_and_phones_after_a_word_of_going_are_no_postcodes(find: Find, text: str) -> None:
    assert [v for v in places(find(text)) if any(c.isdigit() for c in v)] == []


def test_a_british_postcode_is_no_era(find: Find) -> None:
    """"HX7 8AD" is no year of an era: the text stays personal, and the town named with it is masked."""
    assert "Hebden Bridge" in places(find("just moved to Hebden Bridge, postcode HX7 8AD"))


@pytest.mark.parametrize(
    "text, code",
    [
        ("what's the nearest walk-in clinic to 18104-157? I live there with my two kids", "18104-157"),
        ("what's the nearest drop-off point to 602 00? i'm stuck at home", "602 00"),
        ("is there a late-night vet nearest to AB1 2XY", "AB1 2XY"),
        ("any 24-hour pharmacy nearest to QZ7 3LK? we just moved in", "QZ7 3LK"),
    ],
)
def test_a_code_after_the_nearest_something_to(find: Find, text: str, code: str) -> None:
    assert ("LOCATION", code) in find(text)


def test_a_console_and_its_storage_stay() -> None:
    from privacy_gateway.detection.postcodes import PostcodeRecognizer

    assert list(PostcodeRecognizer().find("Upgrade to PS5 2TB or wait for the next one?")) == []


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param('Ticket: the delivery widget shows "not serviceable" for 74206, but a neighbour got a parcel.', "74206", id="serviceable"),
        pytest.param("he picked the town from the dropdown, after saving the profile shows only the town and 05301, street gone", "05301", id="town-and"),
        pytest.param("Please update your address (currently 2-14-8 Nishiki, 506-0011) at reception.", "506-0011", id="jp-after-address"),
        pytest.param("Send it to 〒150-0002 Shibuya, Tokyo.", "150-0002", id="jp-mark"),
    ],
)
def test_postcodes_by_a_delivery_verdict_a_town_or_a_japanese_address(find: Find, text: str, code: str) -> None:
    assert any(code in value for value in places(find(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Call 555-1234 or see page 2-14 Intro, 123-4567 copies were printed.",
        "The city and 2024 budget are fine; the town and 300 people voted.",
    ],
)
def test_japanese_shapes_and_town_words_without_an_address_stay(find: Find, text: str) -> None:
    assert places(find(text)) == []


def test_a_korean_code_on_the_line_under_its_road(find: Find) -> None:
    text = "Please change my delivery address to:\n  Dongwook Kwon\n  Gyeongju-si\n  45 Hwarang-ro 12-gil\n  38150\n\nthanks"
    assert "38150" in places(find(text))


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param("are you delivering to 57147 this Saturday? need a sofa moved", "57147", id="this-is-no-plural-after-the-code"),
        pytest.param("I'm in 1809620, is there a collection point near me?", "1809620", id="chile-seven-digits"),
        pytest.param("are you delivering to 29118449 this Saturday?", "29118449", id="brazil-cep-without-its-dash"),
        pytest.param("I'm in H-6382, is there a collection point near me?", "H-6382", id="hungary-letter-first"),
        pytest.param("The postcode field keeps going red. I typed H-8020 with and without the space.", "H-8020", id="letter-first-after-a-far-cue"),
        pytest.param("The postcode field keeps going red. I typed 202-7360 with and without the space.", "202-7360", id="japan-after-a-far-cue"),
        pytest.param("my zip code is 8050640, which of your stores is closest?", "8050640", id="seven-digits-after-a-cue"),
        pytest.param("The checkout keeps rejecting poçt indeksi AZ5115. What format does it expect?", "AZ5115", id="azerbaijan"),
        pytest.param("The form rejects индекс 230877", "230877", id="russian-cue-in-english-text"),
        pytest.param("The form rejects індекс 24219.", "24219", id="ukrainian-cue-in-english-text"),
        pytest.param("The checkout keeps rejecting מיקוד 9503451. What format does it expect?", "9503451", id="hebrew-cue"),
        pytest.param("The parcel has been stuck in 73353 의왕시 since Monday", "73353", id="korean-town-after"),
        pytest.param("Anna Berg\n90370 เชียงราย\nIs this enough for the label?", "90370", id="thai-town-after"),
        pytest.param("Anna Berg\n673857 п. Кизилюрт\nIs this enough for the label?", "673857", id="russian-settlement-and-town"),
        pytest.param("Anna Berg\n7909CW Sprundel\nIs this enough for the label?", "7909CW", id="dutch-code-glued-beside-its-town"),
    ],
)
def test_postcodes_of_more_countries_alone(find: Find, text: str, code: str) -> None:
    """Codes of seven and eight digits, with a country's letters first, after a postcode word of
    another script, or beside a town of a script without capitals."""
    assert any(code in value for value in places(find(text)))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sent to 5551234 yesterday, no answer", id="seven-digits-a-message-goes-to"),
        pytest.param("The release moved to 20240312 after the freeze", id="a-compact-date"),
        pytest.param("We moved to 1500000 users this year", id="a-count"),
        pytest.param("shipping to 12 countries this year", id="a-count-before-this"),
        pytest.param("order 1809620 Kowalski was refunded", id="seven-digits-before-a-name"),
    ],
)
def test_long_numbers_stay_where_no_place_is_said(find: Find, text: str) -> None:
    assert places(find(text)) == []


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param("Is 1571 in a flood zone? We're thinking of buying there.", "1571", id="in-a-zone-after"),
        pytest.param("34821 is outside our delivery zone, sorry", "34821", id="outside-our-zone-after"),
        pytest.param("[14:02] anyone near 75326 who can sign for a parcel today?", "75326", id="anyone-near"),
        pytest.param("any good vet near 660 26? the dog needs a check-up", "660 26", id="any-good-x-near"),
        pytest.param("Spedite anche a 6591UW? Il sito dice zona non servita", "6591UW", id="dutch-code-after-a-phrase-of-place"),
    ],
)
def test_digits_near_someone_or_in_a_zone(find: Find, text: str, code: str) -> None:
    assert code in places(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("it costs around 2500 near the station", id="an-amount-around"),
        pytest.param("prices near 1500 are common in the area", id="prices-near"),
        pytest.param("Is 2024 in the tax zone?", id="a-year-in-a-zone"),
        pytest.param("Flight 4521 is outside our region's airspace", id="a-flight-outside-a-region-s-airspace"),
        pytest.param("we had 3000 users near 2000 servers", id="counts-near-counts"),
    ],
)
def test_numbers_near_words_of_place_that_count_stay(find: Find, text: str) -> None:
    assert places(find(text)) == []


@pytest.mark.parametrize(
    "text, code",
    [
        # Two parts in a UK or Canadian shape the post's metadata lists: no word of place needed.
        pytest.param("the postcode i gave them was dh1 3le.", "dh1 3le", id="uk-lower-far-cue"),
        pytest.param("is ml8 7sw in the congestion charge area?", "ml8 7sw", id="uk-lower-place-after"),
        pytest.param("sent the form with b7h 9s6 on it yesterday", "b7h 9s6", id="canada-lower-no-cue"),
        pytest.param("the courier can't find us, i keep typing m4b 1b3.", "m4b 1b3", id="canada-lower-far-place-word"),
        # In one part, or an Eircode, or a Dutch code: with a word of place on the line.
        pytest.param("my postal code changed to h2x1y4, does that change the delivery day?", "h2x1y4", id="canada-lower-one-part"),
        pytest.param("courier says they can't find d02 x285, what do i tell them", "d02 x285", id="eircode-lower"),
        pytest.param("the address ends with 1915bb. is that the right zone?", "1915bb", id="dutch-lower-glued"),
        pytest.param("hi, can you deliver to 2763 fb on saturday", "2763 fb", id="dutch-lower-spaced"),
    ],
)
def test_postcodes_typed_in_lower_case(find: Find, text: str, code: str) -> None:
    assert code in places(find(text))


@pytest.mark.parametrize(
    "text",
    [
        "my team is in se1 2nd building",  # an ordinal
        "we need m8 2mm washers for the shelf",  # a unit
        "meet at the g1 3pm slot near reception",  # a time
        "sales hit 1500 in march, up from 900 in the area",  # a Dutch shape whose letters are an English word
        "the council approved 3400 km of new cycle lanes in the region",  # a unit after digits
        "use the promo code k5k1t7 at checkout",  # one part and no word of place: a code, not a postcode
    ],
)
def test_lower_case_codes_that_are_no_postcodes(find: Find, text: str) -> None:
    assert places(find(text)) == []


@pytest.mark.parametrize(
    "text, code",
    [
        # "zip" alone, someone's: the code in the next short sentence or after a verb of entering.
        pytest.param("The checkout page keeps rejecting my zip. I entered 94107.", "94107", id="own-zip-next-sentence"),
        pytest.param("Which courier covers us? Our ZIP reads 30301.", "30301", id="own-zip-reads"),
        pytest.param("The removal firm wanted the new zip, so I gave 60614.", "60614", id="the-new-zip"),
        # "zip code" no longer makes a complaint about an app technical.
        pytest.param("The app says my zip code is invalid but I typed 10115.", "10115", id="zip-code-in-an-app-complaint"),
        pytest.param("What's the nearest branch to me? My zip code reads 94107.", "94107", id="zip-code-and-a-branch"),
        # Where someone lives asked, then what they entered.
        pytest.param("For the insurance quote they asked where I live, so I wrote 75011.", "75011", id="asked-where-i-live"),
        # The postcode word after the code it was given as.
        pytest.param("The quote site errors out when I enter 2060 as our postcode.", "2060", id="given-as-our-postcode"),
        # A spelt-out postcode word, a question, then the writer entering the code.
        pytest.param("What's wrong with my postcode? The page goes red and I entered 3000 twice.", "3000", id="after-a-question"),
        pytest.param("The zip field is red, I typed 94107.", "94107", id="zip-alone-then-typed"),
    ],
)
def test_a_code_someone_entered_as_their_postcode_is_masked(find: Find, text: str, code: str) -> None:
    assert code in places(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The zip shows 20480 files but the folder has more.", id="zip-archive-counted"),
        pytest.param("my zip file is 40960 bytes, is that corrupt?", id="my-zip-file"),
        pytest.param("The app says my promo code is invalid but I typed 51711.", id="promo-code"),
        pytest.param("I asked where I live matters; I scored 8500 points anyway.", id="where-without-entering"),
        pytest.param("I entered 48213 as the order number and it says not found.", id="given-as-an-order-number"),
        pytest.param("The zip code column of the export: SELECT zip FROM users WHERE id = 94107;", id="zip-in-code"),
        pytest.param("I downloaded the zip and the counter shows 51711 when I extract it.", id="zip-then-a-things-reading"),
        pytest.param("We asked where they are based and they wrote 43140 on the quote.", id="what-others-wrote"),
        pytest.param("My address is fine on the account, but I typed 743873 as the reference.", id="entered-as-a-reference"),
    ],
)
def test_numbers_near_zip_and_entering_that_are_no_postcodes(find: Find, text: str) -> None:
    assert places(find(text)) == []


@pytest.mark.parametrize("text, code", [("Postnummeret mitt er 6299, hvilken kommune er det?", "6299"), ("Mitt postnummer är 41319, stämmer det?", "41319")])
def test_a_postcode_word_s_inflected_forms_cue_the_code(find: Find, text: str, code: str) -> None:
    assert code in " ".join(value for _, value in find(text))


@pytest.mark.parametrize("text", [
    "Write a LinkedIn post celebrating our ISO 27001 certification, upbeat but not cringe.",
    "What's the difference between ISO 9001 and ISO 14001 for a 12-person manufacturer?",
    "Is an M8 bolt DIN 933 interchangeable with ISO 4017? What torque for 8.8 dry?",
    "Reference ISO/IEC 27001 and BS 7671 in the RFP for the electrical works.",
])
def test_a_standards_number_is_no_postcode(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == [], find(text)
