"""Phone numbers of many countries, by their shape in a numbering plan and a place where a number
is given to reach someone; and the numbers beside them that stay (ids, versions, prices, ports)."""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.detection.helpers import Find


def phones(found: list[tuple[str, str]]) -> list[str]:
    return [value for kind, value in found if kind == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("Translate: Vårdnadshavare: Eva, mobilnummer 8-17 32 94, allergier: nötter", "8-17 32 94", id="compound-mobilnummer"),
        pytest.param("Bitte Rückruf, Handynummer 151 23456789, danke", "151 23456789", id="compound-handynummer"),
        pytest.param("Traduz: pode ligar-me para o 210142640 quando estiver em casa?", "210142640", id="pt-ligar-me-para-o"),
        pytest.param("any problems I'm on 7419 336571, thanks", "7419 336571", id="im-on"),
        pytest.param("Übersetze: Kinderwagen, kaum benutzt, 80 € VB. Abends 30 272706", "30 272706", id="area-and-number-after-a-time-word"),
        pytest.param("Käännä: Myydään polkupyörä 80 €, iltaisin 40 1234567", "40 1234567", id="area-and-number-finnish-ad"),
        pytest.param("INSERT INTO riders VALUES (17, 'Min-jun', '10-9733-7395', 'active');", "10-9733-7395", id="sql-row-literal"),
        pytest.param('rows = [("Ode", "(88)/550-5190"), ("Ana", "")]', "(88)/550-5190", id="literal-area-in-brackets"),
        pytest.param("Ukifika getini nipigie simu 0712 345678, niko ghorofa ya tatu", "0712 345678", id="swahili-simu"),
        pytest.param("Contact: 601/948757", "601/948757", id="contact-label-slash"),
        pytest.param("Kontakt: 21.59.01.71", "21.59.01.71", id="kontakt-label-dots"),
        pytest.param("Daytime no.: 21.24.58.03", "21.24.58.03", id="daytime-no-label"),
        pytest.param("Puh. 602.186.324", "602.186.324", id="short-label-with-a-full-stop"),
        pytest.param("☎ 6149 0116", "6149 0116", id="telephone-sign"),
        pytest.param("| reception | 8-18 | (11) 4100 3790 |", "(11) 4100 3790", id="bracketed-area-code-in-a-table"),
        pytest.param("Tenant: Ana Lima, 604.483.478, flat 3", "604.483.478", id="dotted-groups"),
        pytest.param("Ana Lima;6 20 556 3569;Lisboa", "6 20 556 3569", id="one-digit-area-code"),
        pytest.param("call me on (11) 2000-0009, thanks", "(11) 2000-0009", id="zeros-across-a-group-edge"),
        pytest.param("Tel. 0800 700 0001", "0800 700 0001", id="zeros-across-two-group-edges"),
    ],
)
def test_phones_of_many_countries(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Order 30 272706 shipped on Monday", id="order-two-groups"),
        pytest.param("INSERT INTO builds VALUES (17, '1.24.3', '2024-03-04', 'ok');", id="sql-version-and-date"),
        pytest.param("cfg = {'bind': '10.0.0.12', 'port': '8080'}", id="literal-ip-and-port"),
        pytest.param("The population grew from 2019 45000 to 2024 52000", id="year-then-count"),
        pytest.param("Sales were 12 345678 units in total", id="units-after"),
        pytest.param("codes = ['1234-5678', '2024-0001']", id="literal-two-groups"),
        pytest.param("zip file 12345 is broken", id="zip-file-number"),
        pytest.param("The villa sold for 1.234.567 EUR last spring", id="dotted-amount-with-currency"),
        pytest.param("Budget: €12.345.678 for the new wing", id="dotted-amount-after-currency"),
        pytest.param("The scores were (3) 12 and (4) 15 points", id="bracketed-counts"),
        pytest.param("We hired 3 215 4567 people? No, 3 teams of 12 people each", id="one-digit-area-then-plural"),
    ],
)
def test_numbers_that_are_no_phones_stay(find: Find, text: str) -> None:
    assert phones(find(text)) == []


# Regions the corpora drew least on, and the phrases people put before a number in their languages.
_REGIONS = ("BR", "MX", "IN", "ZA", "NG", "KE", "TR", "KR", "AU", "SE", "NO", "DK", "FI", "CZ", "PT", "PL", "AR", "EG", "PH")
_BEFORE = (
    "call me on {}", "my number is {}", "mobile: {}", "whatsapp {} after 6", "Tel. {}", "ligue para {}",
    "llámame al {}", "ring mig på {}", "Handy {}", "zadzwoń pod numer {}", "Cep tel: {}", "puhelin {}",
)


def _valid_national(region: str, tail: int, mobile: bool) -> str:
    """A valid national number of `region` near its example number, as the region writes it."""
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(example.national_number)
    number = example
    rng = random.Random(tail)
    for _ in range(50):
        candidate = phonenumbers.parse(nsn[:3] + "".join(rng.choice("0123456789") for _ in nsn[3:]), region)
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_REGIONS), st.integers(min_value=0, max_value=10**9), st.booleans(), st.sampled_from(_BEFORE))
def test_any_valid_national_number_after_a_contact_word_is_masked(find: Find, region: str, tail: int, mobile: bool, before: str) -> None:
    """Whatever the country and however it groups its numbers: no digit of the number is left."""
    number = _valid_national(region, tail, mobile)
    text = before.format(number) + ", thanks"
    found = " ".join(phones(find(text)))
    assert re.sub(r"\D", "", number) in re.sub(r"\D", "", found), (text, found)


_NOT_PHONES = (
    "Order {} shipped yesterday", "Invoice {} is overdue", "upgrade to version {}", "ticket {} was closed",
    "it costs {} EUR", "listening on port {}", "build {} passed", "ISBN {} is out of print",
)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_NOT_PHONES), st.integers(min_value=1, max_value=99_999), st.integers(min_value=0, max_value=9_999))
def test_ids_versions_prices_and_ports_stay(find: Find, template: str, a: int, b: int) -> None:
    """Numbers whose word says what they count are no phones, in whatever grouping."""
    for value in (f"{a}.{b}", f"{a}-{b:04d}", f"{a}", f"{a}.{b % 100}.{b % 7}"):
        assert phones(find(template.format(value))) == []


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("Make a contact card:\nKenya: 0712 345678\nNigeria: 0803 053 0260", "0712 345678", id="country-label"),
        pytest.param("Make a contact card:\nKenya: 0712 345678\nNigeria: 0803 053 0260", "0803 053 0260", id="second-country-label"),
        pytest.param("In Turkey reach the driver on 0532 905 49 41, in Germany on 015616640050.", "015616640050", id="in-germany-on"),
        pytest.param("my uk sim is off, use my Philippine number 917 123 4567 instead", "917 123 4567", id="country-adjective"),
        pytest.param("the number in Mexico is 55 1234 5678 if the hotel asks", "55 1234 5678", id="number-in-mexico"),
        pytest.param("0803 053 0260 (Nigeria) after 6pm", "0803 053 0260", id="country-after"),
    ],
)
def test_a_number_valid_in_the_country_the_text_names(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kenya's population grew to 53771296 in 2020.", id="a-count-after-a-country"),
        pytest.param("Germany has 83200000 people and Kenya 53771296 people.", id="people-counted"),
        pytest.param("Ship to Germany: order 40129384 is delayed", id="order-number"),
        pytest.param("Sales in Germany rose 12.5% to 4,300,000 EUR in Q3", id="amount"),
    ],
)
def test_numbers_beside_a_country_that_are_no_phones(find: Find, text: str) -> None:
    assert phones(find(text)) == []


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("Helista mulle 5123 4567 õhtul", "5123 4567", id="estonian-call-me"),
        pytest.param("Zvaniet man 2912 3456", "2912 3456", id="latvian-call-me"),
        pytest.param("Hringdu í mig í 611 2345", "611 2345", id="icelandic-short-words-between"),
        pytest.param("Ċempilli fuq 7912 3456", "7912 3456", id="maltese-call-me"),
        pytest.param("Bitte rufen Sie mich unter 07951 / 4 73 12 an.", "07951 / 4 73 12", id="german-spaced-slash"),
        pytest.param("Bitte Rückruf an Herrn Kessler, Tel. 0621 / 48 77 - 302", "0621 / 48 77 - 302", id="german-spaced-dash-extension"),
        pytest.param("Отправитель: Ольга, тел. 8 (81368) 2-41-17", "8 (81368) 2-41-17", id="russian-tel-trunk-8"),
        pytest.param("Τηλ. 2281 082 114", "2281 082 114", id="greek-label"),
        pytest.param("HP: 9123 4471", "9123 4471", id="malay-handphone-label"),
        pytest.param("customer's number: 0 7 7 0 0 - 9 0 0 - 4 6 1", "0 7 7 0 0 - 9 0 0 - 4 6 1", id="digits-spaced-one-by-one"),
    ],
)
def test_phones_after_the_words_and_labels_of_more_languages(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ISBN 0-306-40615-2 and 978 0 306 40615 7 are the same book", id="isbn-13-in-groups"),
        pytest.param("The population grew to 91 250; revenue 12 450 330 EUR", id="amount-in-thousands"),
        pytest.param("Our phone bill went from 1 234 567 KRW to 2 345 678 KRW", id="amount-after-a-phone-noun"),
        pytest.param("Meeting moved from 10:30 to 11 15 on 12 03 2024", id="date-with-spaces"),
        pytest.param("rolled 1 2 3 4 5 6 7 8 on the dice", id="counting-no-cue"),
        pytest.param("Customs classification: HS 8471.30.00 or 8517.62.00 for a rugged tablet?", id="tariff-codes"),
        pytest.param("What is the HTS duty rate for 8471.30.0100 vs 8517.62.0090?", id="tariff-codes-national-digits"),
    ],
)
def test_books_amounts_and_dates_in_groups_stay(find: Find, text: str) -> None:
    assert phones(find(text)) == []


# A call verb of the region's language before its number, no phone word: "Helista mulle …".
_CALL_ME = {
    "EE": "Helista mulle {}", "LV": "Zvaniet man {}", "LT": "Skambinkite {}", "IS": "Hringdu í mig í {}",
    "HU": "Hívj fel a {} számon", "CZ": "Zavolejte mi na {}", "SK": "Zavolajte mi na {}", "HR": "Nazovite me na {}",
    "SI": "Pokličite me na {}", "RO": "Sunați-mă la {}", "GR": "Καλέστε με στο {}", "RU": "Позвоните мне {}",
    "UA": "Зателефонуйте мені {}", "ID": "Hubungi saya di {}", "FI": "Soita minulle {}", "ES": "Llámame al {}",
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(_CALL_ME)), st.integers(min_value=0, max_value=10**9), st.booleans())
def test_a_valid_national_number_after_a_call_verb_of_its_language_is_masked(find: Find, region: str, tail: int, mobile: bool) -> None:
    number = _valid_national(region, tail, mobile)
    text = _CALL_ME[region].format(number) + " tonight"
    found = " ".join(phones(find(text)))
    assert re.sub(r"\D", "", number) in re.sub(r"\D", "", found), (text, found)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=99_999_999), st.sampled_from(("978", "979")))
def test_an_isbn_13_in_groups_is_no_phone(find: Find, body: int, prefix: str) -> None:
    digits = f"{prefix}{body:09d}"
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    isbn = f"{digits[:3]} {digits[3]} {digits[4:7]} {digits[7:12]} {check}"
    assert phones(find(f"Is {isbn} the paperback edition?")) == []


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("BEGIN:VCARD\nFN:Anna Berg\nTEL;TYPE=CELL:06 12 34 56 78 ext. 12\nEND:VCARD", "06 12 34 56 78 ext. 12", id="vcard-extension"),
        pytest.param('client.send_sms(to="2684641234", body="Your code is 4821")', "2684641234", id="snake-case-cue-in-code"),
        pytest.param("Hi, could you call me on 01-234567890 tomorrow?", "01-234567890", id="nine-digit-subscriber-group"),
        pytest.param("If anything comes up you can reach me at (074104) 10123 until Friday", "(074104) 10123", id="six-digit-area-in-brackets"),
        pytest.param("Hi, could you call me on 601.12.34.56 tomorrow?", "601.12.34.56", id="dotted-pairs-no-address"),
        pytest.param("Hi, could you call me on 34-10-1234 tomorrow?", "34-10-1234", id="pairs-no-calendar-has"),
        pytest.param("Kind regards,\nAnna Berg\nM: +2908999", "+2908999", id="seven-digits-with-the-code"),
        pytest.param("Ольга сказала: 8 (912) 345-67-89, после шести", "8 (912) 345-67-89", id="russian-trunk-8"),
        pytest.param("Her mobile changed last week, so the courier should use 560-1234 from now on.", "560-1234", id="phone-word-in-the-sentence"),
        pytest.param("Give me a buzz on 3123456789 when you're outside.", "3123456789", id="give-me-a-buzz"),
        pytest.param("Drop me a line at 11961234567 whenever.", "11961234567", id="drop-me-a-line"),
        pytest.param("Hit me up at 015123456789 if you need a lift.", "015123456789", id="hit-me-up"),
        pytest.param("Our office line is 512345678, ask for Priya.", "512345678", id="our-office-line"),
        pytest.param("The cron job texts 2015550123 every night at 02:00 but nothing arrives.", "2015550123", id="verb-third-person"),
        pytest.param('sendSms("3211234567", msg)', "3211234567", id="camel-case-cue-in-code"),
        pytest.param('customerMobileNo = "3211234567"', "3211234567", id="camel-case-cue-and-compound"),
    ],
)
def test_phones_in_the_classes_the_probe_found(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The new phone sold 1234567 units in its first week.", id="phone-word-and-a-count"),
        pytest.param("Our phone bill went up by 1250000 last year.", id="phone-word-and-a-round-amount"),
        pytest.param("The phone app crashed on build 12345678 again.", id="phone-word-and-a-build"),
        pytest.param("Phone prices rose 12.5% between 2019-2023.", id="phone-word-and-years"),
        pytest.param("The mobile site handled 2345678 requests yesterday.", id="phone-word-and-requests"),
        pytest.param("Her phone was stolen on 12.03.2024 near the station.", id="phone-word-and-a-date"),
        pytest.param("My phone cost 1 299 000 KRW last spring.", id="phone-word-and-thousands"),
        pytest.param("Ping me at 10:30 when the deploy is done.", id="ping-me-at-a-time"),
        pytest.param("Our production line is 1200 metres long.", id="production-line-length"),
        pytest.param("Hit me up at version 12.4.1 if it breaks.", id="hit-me-up-version"),
        pytest.param("The server listens on 192.168.001.010 port 8080.", id="ip-with-leading-zeros"),
        pytest.param("Meet me on 12-10-2024 at the station.", id="a-calendar-date"),
        pytest.param("The loop calls 12345678 times per second.", id="calls-times"),
        pytest.param("the batch texts 1234567 users nightly", id="texts-users"),
        pytest.param('String smsSenderId = "12345678";', id="camel-case-cue-then-id"),
    ],
)
def test_numbers_beside_the_new_cues_that_are_no_phones(find: Find, text: str) -> None:
    assert phones(find(text)) == []


@pytest.mark.parametrize("text, number", [
    ("call me on (11) 2688-8882, thanks", "(11) 2688-8882"),
    ("Tel. 016 88888 123", "016 88888 123"),
])
def test_five_equal_digits_inside_a_number_are_its_own(find: Find, text: str, number: str) -> None:
    """Five eights or threes in a row are a number's digits; only runs of zeros or nines (and seven of
    any digit) read as a round number or a mask."""
    assert phones(find(text)) == [number]
