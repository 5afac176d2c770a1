"""National phone numbers without a country code, found by their shape and the words around them,
and the numbers of technical text that stay as written."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType

from tests.detection.helpers import Find


def phones(found: list[tuple[str, str]]) -> list[str]:
    return [value for kind, value in found if kind == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("Please reach me at 092 739 57 01 x3451 after lunch", "092 739 57 01 x3451", id="extension-not-counted"),
        pytest.param("reach me at (03)20978273 ext. 2330", "(03)20978273 ext. 2330", id="paren-area-extension"),
        pytest.param("sms.send to=(10)/016-3741 status=failed", "(10)/016-3741", id="hungarian-in-log"),
        pytest.param("Which works?\n- home 94653595\n- work 3120 4455", "94653595", id="contact-label"),
        pytest.param("- mobile 89/915-3502", "89/915-3502", id="slash-grouping-after-label"),
        pytest.param("my registered number is 01369319 but no code", "01369319", id="own-number"),
        pytest.param("Text Anna Kowalska on 39435657 that it shipped", "39435657", id="cue-verb-name-on"),
        pytest.param('{"contact": {"mobile": "0612 34 56 78"}}', "0612 34 56 78", id="json-key"),
        pytest.param("the guest rang from 0221 4477 1203 about towels", "0221 4477 1203", id="past-tense-cue"),
        pytest.param("fax it to 4455 2031 please", "4455 2031", id="fax-it-to"),
        pytest.param("Kunde erreichbar, Handy: 0151 2345 6789", "0151 2345 6789", id="german-label"),
        pytest.param("rappelle-moi au 06.12.34.56.78 ce soir", "06.12.34.56.78", id="french-dots"),
        pytest.param("Send the invoice to Maria, 0151 2345678, by Friday", "0151 2345678", id="trunk-zero-two-groups-no-cue"),
        pytest.param("Her details: Anna Berg, 040-4796669", "040-4796669", id="trunk-zero-dash-no-cue"),
        pytest.param("Contact: David 0612 345 678", "0612 345 678", id="name-ending-in-a-veto-word"),
        pytest.param("Tell the driver 0612 345 678 is the number", "0612 345 678", id="word-ending-in-ver"),
        pytest.param("Direct line 01632 960123, switchboard 01632 960000", "01632 960123", id="direct-line"),
        pytest.param("Tap to call: tel:0612345678", "0612345678", id="tel-uri"),
        pytest.param("Open wa.me/31612345678 to chat with support", "31612345678", id="whatsapp-link"),
        pytest.param("BEGIN:VCARD\nVERSION:4.0\nTEL;TYPE=home:010-2283-3156\nEND:VCARD", "010-2283-3156", id="vcard-tel-params"),
        pytest.param("BEGIN:VCARD\nitem1.TEL;type=CELL:01027303959\nEND:VCARD", "01027303959", id="vcard-grouped-property"),
        pytest.param("2025-03-04 WARN callback phone=0612345678 status=busy", "0612345678", id="log-key-glued"),
        pytest.param("[09:14] dispatcher: driver's number is 074133 76201, he'll be there", "074133 76201", id="possessive-owner"),
        pytest.param("Import fails at row 2:\nid,contact_no,opt_in\n1,074194 44446,yes", "074194 44446", id="csv-contact-no"),
        pytest.param("txt me on 0803 123 4567 when ur outside", "0803 123 4567", id="sms-spelling"),
        pytest.param("you can get me on 0212.720.28.51 after six", "0212.720.28.51", id="get-me-on"),
        pytest.param("Proszę oddzwonić pod numer 512 345 678, chodzi o fakturę.", "512 345 678", id="polish-call-back"),
        pytest.param("Tel. (55) 1234-5678 / Cel. 55 8765 4321", "(55) 1234-5678", id="longest-reading-keeps-area-code"),
        pytest.param("proszę oddzwonić pod numer 123456789, chodzi o fakturę", "123456789", id="compact-after-cue"),
        pytest.param("Rückruf: 05 29 65 13 57 Durchwahl 478, Frau Weber", "05 29 65 13 57 Durchwahl 478", id="german-extension"),
        pytest.param("Reception 0221 4477120 poste 21, Mon-Fri", "0221 4477120 poste 21", id="french-extension"),
        pytest.param("Dedupe this sheet:\nname;number;city\nAnna Berg;41 6771873;Lyon\nJan Kos;3-2892 1694;Graz", "41 6771873",
                     id="number-column-no-trunk"),
        pytest.param('{"contact": "Jan Kos", "number": "(2) 2921 8951"}', "(2) 2921 8951", id="number-key-json"),
        pytest.param("Front desk - 45 67 89", "45 67 89", id="short-number-after-a-label"),
        pytest.param("msisdn=31612345678", "31612345678", id="msisdn-key"),
        pytest.param("Ruf mich an unter 45 67 89", "45 67 89", id="german-call-me-at"),
        pytest.param("bel me op 06 12 34 56 78 na vijf uur", "06 12 34 56 78", id="dutch-call-me"),
        pytest.param("He left a voicemail from 573173646082 but didn't say his name.", "573173646082", id="voicemail-from"),
        pytest.param("Call me back on +৮৮০-৫৬২-১৯৬-২৩৭ after six please.", "+৮৮০-৫৬২-১৯৬-২৩৭", id="bengali-digits"),
        pytest.param("Caller ID showed 52/526 0681 three times last night. Is this a scam?", "52/526 0681", id="caller-id"),
        # Chinese, Japanese and Korean write no spaces: the number stands right against their words.
        pytest.param("平日18時以降であれば090-4187-2263にお電話いただけます。", "090-4187-2263", id="japanese-glued"),
        pytest.param("연락처는010-2345-6789입니다", "010-2345-6789", id="korean-glued"),
    ],
)
def test_national_phones(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("the support line +33 1 42 68 53 00 is closed at night", "+33 1 42 68 53 00", id="support-line"),
        pytest.param("Booking line: +34 912 345 678 (weekdays)", "+34 912 345 678", id="booking-line"),
        pytest.param("their sales line +27 21 555 0199 rings out", "+27 21 555 0199", id="sales-line"),
        pytest.param("Case: +48 512 345 678 called twice about the refund", "+48 512 345 678", id="case-label"),
    ],
)
def test_a_valid_international_number_goes_whatever_word_is_before_it(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("sms log, summarise:\n> 07:55 from 81234 56789: gate code pls\n> 08:02 from 0612 345 678: ok", "81234 56789",
                     id="sms-inbox-sender"),
        pytest.param("call log export\n[14:02] from 21 3456 7890 (missed)\n[14:05] from 030 1234567 (answered)", "21 3456 7890",
                     id="call-log-sender"),
        pytest.param("Nachrichten:\n09:12 von 0171 2345678: komme später", "0171 2345678", id="german-sender"),
        pytest.param("export from the booking tool, extract name and request:\n[10:01] from 22 9876 5432: table for 4 at 8\n"
                     "[10:07] from 11 98765-4321: can i move to 9?", "11 98765-4321", id="technical-export"),
    ],
)
def test_a_messages_sender_number_at_the_start_of_its_line(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("ring me on oh seven seven double oh nine double oh one two three tomorrow",
                     "oh seven seven double oh nine double oh one two three", id="doubles"),
        pytest.param("Voicemail: call me back on zero six, one two, three four, five six, seven eight.",
                     "zero six, one two, three four, five six, seven eight", id="pairs-with-commas"),
        pytest.param("the caller said it's oh-two-one-seven-two-four-nine-four-five-two, call back after lunch",
                     "oh-two-one-seven-two-four-nine-four-five-two", id="hyphenated"),
        pytest.param("call the garage on zero five, sixty two eighteen forty four ninety one before six",
                     "zero five, sixty two eighteen forty four ninety one", id="pairs-in-tens"),
        pytest.param("ring me back on zero three nine, four fifty one, two thirty eight", "zero three nine, four fifty one, two thirty eight",
                     id="groups-with-tens"),
        pytest.param("voicemail says call her on oh two one 847 3390 after six", "oh two one 847 3390", id="words-and-digits"),
        pytest.param("my number is zero 7 7 double 9 1 2 3 4 5 6", "zero 7 7 double 9 1 2 3 4 5 6", id="digits-and-a-double"),
    ],
)
def test_numbers_read_out_in_words(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text",
    [
        "my order number is four four eight two nine one seven and it hasnt shipped",
        "where is my parcel, tracking number is j d zero zero one four six two seven three nine one g b",
    ],
)
def test_a_things_number_read_out_is_no_phone(find: Find, text: str) -> None:
    assert phones(find(text)) == []


def test_counting_aloud_is_no_phone(find: Find) -> None:
    assert phones(find("The kids counted one two three four five six seven eight nine ten at the party.")) == []
    assert phones(find("call me when the score is twenty one forty, thirty fifteen, forty thirty")) == []
    assert phones(find("phone the shop, we need 2 more chairs and 4 tables by friday or call at 6 or 7")) == []
    assert phones(find("She asked me to ring (410) 778-4193 ten minutes before I arrive.")) == ["(410) 778-4193"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Call stack depth reached 10000000 frames", id="round-number-after-call"),
        pytest.param("Ring buffer size is 16777216 bytes", id="ring-buffer"),
        pytest.param("reach out to 5 people, 12345678 bytes total", id="bytes"),
        pytest.param("We ran the SMS campaign in 2019 with 20 000 000 recipients", id="thousands-count"),
        pytest.param("call graph of 123 456 789 nodes", id="call-graph-nodes"),
        pytest.param("Sprint 2019-2024 call schedule", id="year-span"),
        pytest.param("my order number is 12345678", id="own-order-number"),
        pytest.param("Please call me about invoice 2024-0001234", id="invoice"),
        pytest.param("phone interview at 10:30 on 2025-03-04, ticket INC-123456", id="date-time-ticket"),
        pytest.param("Text me when version 2.14.1234567 is out", id="version"),
        pytest.param("We sent 1234567 messages via SMS last month", id="message-count"),
        pytest.param("Zero-padded ids 0000 1234567 and 0001 2345678 are reserved", id="zero-padded-ids"),
        pytest.param("the order's number is 12345678, it shipped", id="possessive-order-number"),
        pytest.param("the build's number is 20240102", id="possessive-build-number"),
        pytest.param("worker pid:12345678 port=8080 exited", id="pid-and-port-glued"),
        pytest.param("Tracking 1Z 999 AA1 01 2345 6784 still says label created", id="tracking-number-groups"),
        pytest.param("id,number,amount\n1,100245,19.99\n2,2025-03-04,3\n3,1004521,5", id="number-column-of-orders"),
        pytest.param('{"number": "4.12.10", "count": 3}', id="number-key-version"),
        pytest.param("the string 450 7560 appears in the log during 123 4567 tests", id="cue-inside-words"),
        pytest.param("the excellent 1234 5678 results", id="cell-inside-excellent"),
        pytest.param("Call with Anna Berg (12/03/2026) about the Q3 budget.", id="call-date-in-brackets"),
        pytest.param("call me on 12/03/2026, not before", id="call-on-a-date"),
        pytest.param("Phone interview with Lee Tan (2026-03-12) went well", id="iso-date-after-phone-word"),
    ],
)
def test_no_phone_in_numbers_that_count(find: Find, text: str) -> None:
    assert phones(find(text)) == []


NEUTRAL = (
    "Build {} finished in CI.", "Processed {} rows before the timeout.", "Set max_connections to {} and restart.",
    "The checksum field holds {} for this record.", "Seed {} gives a different shuffle.", "Order total: {} cents.",
    "Commit count since the tag: {}.", "The counter wrapped at {} after a week.",
)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NEUTRAL), st.integers(min_value=10_000, max_value=9_999_999_999_999))
def test_a_number_with_no_phone_word_and_no_phone_shape_is_never_a_phone(find: Find, template: str, n: int) -> None:
    """Ungrouped digits without a trunk 0, with no phone word in the sentence: no phone, whatever the digits."""
    assert phones(find(template.format(n))) == []


_EXTENSIONS = ("ext. ", "x", "Durchwahl ", "int. ", "interno ", "poste ", "toestel ", "wew. ", "ramal ", "anexo ")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_EXTENSIONS), st.integers(min_value=2, max_value=9999))
def test_an_extension_in_any_language_goes_with_its_number(find: Find, word: str, n: int) -> None:
    """The extension is the number's last digits: masking the number alone leaves them behind."""
    text = f"please call me on 0612 345 678 {word}{n} after lunch"
    assert f"0612 345 678 {word}{n}" in phones(find(text))


# A number given as what another identifier looks like is an example of that format (issue 18, round ten).
@pytest.mark.parametrize("text", [
    "Our part numbers look like 0203 555 0182 and buyers dial them. What prefix would stop that?",
    "Claim references are formatted as 0161 496 0000 in the old system; what check digit would you add?",
    "Policy numbers such as 020 7946 0958 get read as phones by our OCR. How can we tell them apart?",
    "Our queue IDs, e.g. 0118 496 0321, confuse the support team. Suggest a clearer format.",
])
def test_a_number_shown_as_another_identifiers_format_is_no_phone(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(("text", "phone"), [
    ("Please call me on 020 7946 0958, my order number is 12345.", "020 7946 0958"),
    ("Order numbers look like A-1234; my mobile is 0161 496 0000 if the courier needs it.", "0161 496 0000"),
])
def test_a_phone_beside_talk_of_formats_is_still_masked(find: Find, text: str, phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in find(text)


@pytest.mark.parametrize(("text", "phone"), [
    ("normalise this number to E.164: 9083.7335", "9083.7335"),
    ("Convert 0612345678 to e164 format please", "0612345678"),
])
def test_a_number_to_write_in_the_phone_numbering_plan_is_a_phone(find: Find, text: str, phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in find(text)


def test_talk_of_the_phone_numbering_plan_alone_masks_nothing(find: Find) -> None:
    assert find("What is E.164 and why do carriers insist on it? Max 15 digits, right?") == []


def test_a_british_six_digit_area_code_is_a_phone(find: Find) -> None:
    text = "Please let us know on 015394 59196 if the site is closed on any of those days."
    assert ("PHONE_NUMBER", "015394 59196") in find(text)


# Business prose that plain technical words make technical (a price list, an order table, the app)
# is still prose: a national number in it is someone's, as it is outside technical text.
_REGIONS = ["GB", "DE", "NL", "ES", "PL", "NO", "FI", "IN", "KE", "PT", "CZ", "EG"]


@settings(max_examples=24, deadline=None)
@given(st.sampled_from(_REGIONS), st.sampled_from([PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE]))
def test_a_national_number_in_plain_word_business_prose_is_a_phone(find: Find, region: str, kind: PhoneNumberType) -> None:
    example = phonenumbers.example_number_for_type(region, kind)
    assert example is not None
    number = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
    text = f"Update the process notes: refunds over 200 go to the manager on {number}, requests under that to the desk."
    assert number in phones(find(text))


@pytest.mark.parametrize("text", [
    "Add a column for the tracking number 1Z 999 AA1 01 2345 6784 to the delivery list in the app.",
    "Update the order table: invoice 2024 0012 3456 was paid, request 4471 2231 is still open.",
    "Our app logs show error 500 on the form; the table has 12 345 678 rows and the list 98 765 entries.",
])
def test_plain_word_business_prose_keeps_its_other_numbers(find: Find, text: str) -> None:
    assert phones(find(text)) == []


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("Hi, could you call me on 51234 tomorrow morning?", "51234", id="five-digits-after-call-me-on"),
        pytest.param("WhatsApp me on 40123 when you land", "40123", id="five-digits-after-whatsapp-me-on"),
        pytest.param("Thanks,\nAnna Berg\nTel: 22123", "22123", id="five-digits-after-a-label"),
        pytest.param("this is my new number 20.123, save it", "20.123", id="five-digits-own-number"),
        pytest.param('{"id": 4812, "phone": "7290"}', "7290", id="four-digits-under-a-phone-key"),
        pytest.param("INFO sms sent user_id=4812 tel=3101 status=delivered", "3101", id="four-digits-glued-to-a-phone-key"),
        pytest.param("BEGIN:VCARD\nTEL;TYPE=CELL:8999\nEND:VCARD", "8999", id="four-digits-in-a-vcard"),
        pytest.param("you can reach me at 75.12.34 until Friday", "75.12.34", id="pairs-with-no-month-75"),
        pytest.param("Tel: (22) 12 34", "(22) 12 34", id="short-number-with-an-area-code-in-brackets"),
        pytest.param("reach me at +(370) 612 34567 tomorrow", "+(370) 612 34567", id="calling-code-in-brackets-after-plus"),
        pytest.param("Her number is (+44) 7700 900123, call after six.", "+44) 7700 900123", id="plus-and-code-in-brackets"),
    ],
)
def test_short_numbers_after_a_phone_cue_and_calling_codes_in_brackets(find: Find, text: str, phone: str) -> None:
    """The four- and five-digit numbers of the small territories (St Helena, Tokelau, Kiribati) where a
    key or a cue says phone, a number in pairs that no calendar has, and "+(370)", "(+44)"."""
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Text HELP to 88022 for support", id="a-short-code-after-words"),
        pytest.param("w: 19200 h: 10800", id="measures-with-one-letter-labels"),
        pytest.param("call me on 10000 times", id="a-round-count"),
        pytest.param("the call took 12345 ms", id="a-duration"),
        pytest.param("call me on 22-12-24 please", id="a-date-in-pairs"),
        pytest.param('{"phone": "2024"}', id="a-year-under-a-phone-key"),
        pytest.param("client.send_sms(to=self.user, retries=12345)", id="code"),
        pytest.param("I'll call you at 14:30 or 1530", id="times"),
        pytest.param("the phone costs 12999 yen", id="a-price"),
    ],
)
def test_short_numbers_without_a_phone_cue_stay(find: Find, text: str) -> None:
    assert phones(find(text)) == []


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("Übersetze die Kleinanzeige: Kinderwagen, 80 € VB. Abends 612345678", "612345678", id="abends-before"),
        pytest.param("Bike for sale, 250 ono. 512345678 evenings only, no time wasters", "512345678", id="evenings-after"),
        pytest.param("Kind regards,\nDispatch team\n3123456789\n(weekdays 8-5)", "3123456789", id="weekdays-on-the-line-below"),
        pytest.param("Maths tutor, all suburbs, $50/hr. Enquiries 34412345", "34412345", id="enquiries"),
        pytest.param("my registered 34412345 doesn't get the OTP", "34412345", id="my-registered"),
        pytest.param("Sort these by time:\n10:30  Berg  01-234567890  repeat prescription", "01-234567890", id="vienna-nine-digits-after-the-area-code"),
    ],
)
def test_when_to_call_and_ad_words_make_a_bare_number_a_phone(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("We processed 123456789 records after 6 months", id="records-after-months"),
        pytest.param("The job ran 12345678 times after 6", id="times-after"),
        pytest.param("Revenue hit 12345678 after 3 years", id="after-years"),
        pytest.param("Build 20240312 after 5 pm", id="a-build-after-a-time"),
        pytest.param("We had 1234567 visitors on weekdays", id="visitors-on-weekdays"),
        pytest.param("Enquiries 2024 were up 12%", id="a-year-after-enquiries"),
    ],
)
def test_counts_beside_times_of_day_stay(find: Find, text: str) -> None:
    assert phones(find(text)) == []


@pytest.mark.parametrize(
    "text, phone",
    [
        pytest.param("The number to call is\n0161 496\n0000", "0161 496\n0000", id="cut-after-the-area-code"),
        pytest.param("ring me on 07700\n900123 after 6", "07700\n900123", id="cut-after-the-first-group"),
    ],
)
def test_a_number_a_line_break_cut_goes_on_to_the_next_line(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        pytest.param("Call 0161 496 0000\n12 items left", "0161 496 0000", id="a-whole-number-then-a-count"),
        pytest.param("Phone list:\n0161 496 0000\n0161 496 0001", "0161 496 0000", id="a-list-of-whole-numbers"),
        pytest.param("Tel 020 7946 0958\n2024 was a good year", "020 7946 0958", id="a-whole-number-then-a-year"),
    ],
)
def test_a_whole_number_keeps_to_its_line(find: Find, text: str, phone: str) -> None:
    found = phones(find(text))
    assert phone in found and all("\n" not in value for value in found)


@pytest.mark.parametrize(
    "text, number",
    [
        pytest.param("客户：王伟\n手机：139 2837 4615\n备注：周五回电", "139 2837 4615", id="chinese-full-width-colon"),
        pytest.param("顧客：田中\n電話番号：090-3817-5524", "090-3817-5524", id="japanese-number-compound"),
        pytest.param("연락처:010-2345-6789", "010-2345-6789", id="korean-glued"),
    ],
)
def test_a_phone_word_of_an_unspaced_script_glued_to_its_number(find: Find, text: str, number: str) -> None:
    assert ("PHONE_NUMBER", number) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('const seed = [\n  {id: 1, label: \\"Bilal\\", val: \\"0300-1234567\\"},\n];', id="escaped-in-code"),
        pytest.param('{"tool": "crm.note", "arguments": "{\\"v\\": \\"0300-1234567\\", \\"n\\": 2}"}', id="tool-call-arguments"),
    ],
)
def test_a_quoted_number_whose_closing_quote_is_escaped(find: Find, text: str) -> None:
    assert ("PHONE_NUMBER", "0300-1234567") in find(text)


def test_an_escaped_quoted_version_or_count_stays(find: Find) -> None:
    assert find('{"args": "{\\"version\\": \\"2024-05\\", \\"count\\": \\"1 234 567\\"}"}') == []


@pytest.mark.parametrize("text, phone", [("Tel 090(4863)5121, fax 06(8122)6841", "090(4863)5121"), ("call me on 03(1234)5678 tomorrow", "03(1234)5678")])
def test_a_japanese_number_with_the_exchange_in_brackets(find: Find, text: str, phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in find(text)


def test_a_formula_s_brackets_are_no_phone(find: Find) -> None:
    assert [v for t, v in find("f(x) = 01(23)456 is a formula") if t == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    "text, phone",
    [
        ("CRM ENTRY: KWABENA MENSAH | KMENSAH@HARBOUR-FREIGHT.COM | 7034418290 | ASKED ABOUT FLEET EVS", "7034418290"),
        ("Itinerary for client Ene Tamm (ene.tamm@icloud.com, 6076902978): Day 1 Tallinn", "6076902978"),
        ("contact: 2125487736; j.okafor@lumen.ng", "2125487736"),
    ],
)
def test_bare_digits_beside_an_e_mail_in_a_record_are_a_phone(find: Find, text: str, phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in find(text), find(text)


def test_an_order_number_before_an_e_mail_elsewhere_is_no_phone(find: Find) -> None:
    assert phones(find("order 12345678901 was shipped; questions to help@shop.example")) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        pytest.param("Forms still missing from: Siobhán Ní Bhriain (phone 0532 418 27 64), Chase", "0532 418 27 64", id="aside-after-a-name"),
        pytest.param("Ananya Chaturvedi (phone 55 1834 2290) has not replied", "55 1834 2290", id="grouped-in-an-aside"),
        pytest.param("call the depot (tel 0161 496 0000)", "0161 496 0000", id="national-in-an-aside"),
        pytest.param("call the depot (tel (0161) 496 0000)", "(0161) 496 0000", id="area-code-brackets-in-an-aside"),
    ],
)
def test_the_bracket_closing_an_aside_stays_outside_the_number(find: Find, text: str, phone: str) -> None:
    assert phones(find(text)) == [phone]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        pytest.param("no shows from sat night\n\nkavita ramkissoon 4pax 06 71 42 88 19\nanna berg 2pax 076 220 41 87", "06 71 42 88 19", id="pax"),
        pytest.param("waitlist: Joon-ho Park 3ppl 0412 887 305", "0412 887 305", id="ppl"),
        pytest.param("Fri\n7.30 Hrušovský x4 0905 318 442 – birthday, bringing own cake", "0905 318 442", id="party-size-after-x"),
        pytest.param("8pm Lucía Cordero Ruiz x2 978 71 03 46 window table if poss", "978 71 03 46", id="party-of-two"),
    ],
)
def test_a_count_glued_to_its_unit_before_a_number_is_no_code(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text))


def test_a_code_of_letters_and_digits_before_digits_still_vetoes_them(find: Find) -> None:
    assert phones(find("part 4ab 0612 3456 78 is back in stock")) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # The word opening the next line is the next field's, no unit or plural of the number.
        pytest.param("Małgorzata Szczepańska, PESEL 92110820681, tel. 512 904 338\nadres: ul. Mickiewicza 8/3", "512 904 338", id="next-field"),
        pytest.param("mobile 0412 887 305\nbookings via the app", "0412 887 305", id="next-line-plural"),
    ],
)
def test_a_word_on_the_next_line_counts_nothing(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text)), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phone on order: 0412 887 305",
        "Mobile on the account: 0412 887 305",
        "Contact number for booking: 0412 887 305",
    ],
)
def test_a_phone_label_naming_whose_it_is_keeps_the_number(find: Find, text: str) -> None:
    assert phones(find(text)) == ["0412 887 305"]


@pytest.mark.parametrize("text", ["Small print on order: 0412 887 305", "Tracking on order: 0412 887 305"])
def test_an_order_s_number_is_still_no_phone(find: Find, text: str) -> None:
    assert phones(find(text)) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        pytest.param("Sabre display:\nPHONES\n  1.LOS021 448 3917-M\nRECEIVED FROM - AROHA", "021 448 3917", id="mobile"),
        pytest.param("PHONES\n  1.SFO800-555-1212-A\n  2.PAR06 72 18 45 93-H", "06 72 18 45 93", id="home"),
    ],
)
def test_a_reservation_system_s_phone_field(find: Find, text: str, phone: str) -> None:
    assert phone in phones(find(text)), find(text)


def test_a_reservation_system_s_segment_line_holds_no_phone(find: Find) -> None:
    assert phones(find(" 1 KQ 100Y 12SEP 4 NBOLHR HK2  2355  0545  13SEP F /DCKQ*PHC9Q2 /E")) == []


@pytest.mark.parametrize(
    "text",
    [
        'Fix the Go table test: {name: "sample", phone: "(00) 0000-0000", zip: "00000"}',
        "Modelo do formulário: telefone (00) 00000-0000, CPF 000.000.000-00",
        "샘플 데이터의 전화번호는 010-0000-0000 형식으로 적어 주세요.",
    ],
)
def test_a_forms_zero_filled_mask_is_no_ones(find: Find, text: str) -> None:
    assert [value for kind, value in find(text) if kind == "PHONE_NUMBER"] == []


@pytest.mark.parametrize(
    "text, number",
    [
        pytest.param("Die Spracherkennung hat die Rückrufnummer so notiert: null eins fünf zwei, zwei zwei neun sieben, vier vier eins null.",
                     "null eins fünf zwei, zwei zwei neun sieben, vier vier eins null", id="de"),
        pytest.param("mi número es seis uno dos, tres cuatro cinco, seis siete ocho", "seis uno dos, tres cuatro cinco, seis siete ocho", id="es"),
    ],
)
def test_a_number_read_out_digit_by_digit_in_another_language(find: Find, text: str, number: str) -> None:
    assert ("PHONE_NUMBER", number) in find(text), find(text)


def test_counting_in_another_language_is_no_number(find: Find) -> None:
    text = "Wir haben drei Kinder, eins zwei drei vier fünf sechs sieben zählen sie gern."
    assert [f for f in find(text) if f[0] == "PHONE_NUMBER"] == []


def test_a_number_typed_digit_by_digit_past_a_filter(find: Find) -> None:
    text = "Summer Fielding typed her number like this to get past the chat filter: 0 9 1 7  8 3 6  5 0 2 1. normalise it for the CRM"
    assert ("PHONE_NUMBER", "0 9 1 7  8 3 6  5 0 2 1") in find(text), find(text)


def test_digits_apart_with_no_phone_word_are_no_number(find: Find) -> None:
    assert [f for f in find("Item count per shelf: 1 2 3 4 5 6 7 8 9") if f[0] == "PHONE_NUMBER"] == []
