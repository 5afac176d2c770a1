"""National, bank, travel and health IDs: valid and invalid check digits, with and without labels."""

from __future__ import annotations

import pytest

from privacy_gateway import checksums
from privacy_gateway.detection.country_ids import country_entities, country_recognizers
from privacy_gateway.detection.labelled_ids import LabelledIdRecognizer
from privacy_gateway.detection.national_ids import NationalIdRecognizer
from privacy_gateway.policy.entities import ID_ENTITIES
from tests.detection.helpers import Find


def found(find: Find, text: str, entity: str) -> list[str]:
    return [v for t, v in find(text) if t == entity]


# (entity, a valid value, the same value with a wrong check digit, a sentence labelling it)
IDS = [
    ("UK_NHS", "943 476 5919", "943 476 5918", "Her NHS number is {}."),
    ("CA_SIN", "130 692 544", "130 692 545", "His SIN is {} for the T4."),
    ("IN_AADHAAR", "2341 2341 2346", "2341 2341 2345", "Aadhaar: {}"),
    ("ES_NIF", "12345678Z", "12345678A", "DNI {} del titular"),
    ("ES_NIE", "X1234567L", "X1234567A", "NIE {} del titular"),
    ("FR_NIR", "2 55 08 14 168 025 38", "2 55 08 14 168 025 39", "numéro de sécurité sociale : {}"),
    ("DE_TAX_ID", "36 574 261 809", "36 574 261 808", "Steuer-ID {} laut Bescheid"),
    ("IT_FISCAL_CODE", "RSSMRA85T10A562S", "RSSMRA85T10A562T", "codice fiscale {} allegato"),
    ("PT_NIF", "123456789", "123456788", "NIF {} do cliente"),
    ("BR_CPF", "390.533.447-05", "390.533.447-06", "CPF {} do cliente"),
    ("ABA_ROUTING_NUMBER", "021000021", "021000022", "routing number {} for the wire"),
    ("NATIONAL_ID", "11010519491231002X", "110105194912310021", "身份证号：{}"),
]


@pytest.mark.parametrize("entity, valid, invalid, sentence", IDS, ids=[i[0] for i in IDS])
def test_valid_id_with_its_label_is_found(find: Find, entity: str, valid: str, invalid: str, sentence: str) -> None:
    assert found(find, sentence.format(valid), entity) == [valid]


@pytest.mark.parametrize("entity, valid, invalid, sentence", IDS, ids=[i[0] for i in IDS])
def test_invalid_check_digit_counts_only_right_after_its_label(
    find: Find, entity: str, valid: str, invalid: str, sentence: str
) -> None:
    # Chosen: a wrong check digit under the ID's own name is still an attempt at that ID (kept
    # local at 0.55); the same digits anywhere else are just digits.
    assert found(find, sentence.format(invalid), entity) == [invalid]
    assert found(find, f"Reference {invalid} from the batch, see the log.", entity) == []


@pytest.mark.parametrize(
    "entity, text",
    [
        pytest.param("IT_FISCAL_CODE", "Please file RSSMRA85T10A562S today", id="codice-fiscale-shape-is-its-own"),
        pytest.param("BR_CPF", "cliente 390.533.447-05 ok", id="cpf-formatted"),
        pytest.param("ES_NIF", "titular 12345678Z", id="dni-letter"),
        pytest.param("FR_NIR", "assuré 2 55 08 14 168 025 38", id="nir-with-key"),
        pytest.param("UK_NINO", "payroll for AB 12 34 56 C", id="nino-shape"),
        # China's resident identity number: the birth date inside it and its check character.
        pytest.param("NATIONAL_ID", "犬主姓名,身份证号,住址\n王丽娟,532901198706152143,安吉县", id="china-ric-in-a-csv"),
        pytest.param("NATIONAL_ID", "Guest registration: Wang Lijuan, 11010519491231002X, room 402", id="china-ric-bare"),
        # A British driving licence number: the surname's letters and the birth date's digits in it.
        pytest.param("NATIONAL_ID", "Hire agreement 4471 - renter SMITH801129J99AB, pick-up 10:00", id="uk-driving-licence"),
        pytest.param("NATIONAL_ID", "licence MORGA 753116 SM9IJ 35 for the hire", id="uk-driving-licence-spaced"),
        # A pilot's licence under Europe's Part-FCL.
        pytest.param("NATIONAL_ID", "Lost: my UK.FCL.ATPL.0041827 card was in the crew bag", id="part-fcl-licence"),
        pytest.param("NATIONAL_ID", "Lizenz DE.FCL.CPL.A.73310 verloren", id="part-fcl-licence-with-category"),
    ],
)
def test_distinctive_valid_shapes_count_without_a_label(find: Find, entity: str, text: str) -> None:
    assert found(find, text, entity)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Call me on 943 476 5919 tomorrow", id="nhs-valid-phone-without-label"),
        pytest.param("Our order 021000021 shipped", id="aba-valid-without-label"),
        pytest.param("ticket 130 692 544 closed", id="sin-valid-without-label"),
        pytest.param("pages 44051401359", id="pesel-valid-without-label"),
        pytest.param("The meeting is at 10/12/2024 in room 12.", id="date-without-birth"),
        pytest.param("The account page loads in 1500 ms", id="account-word-and-a-number"),
        pytest.param("order 532901198706152144 shipped", id="eighteen-digits-with-a-wrong-check"),
        pytest.param("SKU ABCDE123456AB1CD restocked", id="licence-shape-with-no-month"),
        pytest.param("barcode 8203155123088 scanned at the till", id="south-african-id-shape-without-its-label"),
    ],
)
def test_bare_numbers_stay_clean(find: Find, text: str) -> None:
    local = {t for t, _ in find(text)} & ID_ENTITIES
    assert local == set()


@pytest.mark.parametrize(
    "entity, text, value",
    [
        pytest.param("UK_NINO", "tenant is mr kowal, ni number ab 12 34 56 c, moved in march", "ab 12 34 56 c", id="nino"),
        pytest.param("ES_NIF", "solicitante con nif 12345678z, empadronado en el municipio", "12345678z", id="nif"),
        pytest.param("ES_NIE", "nie x1234567l, caduca en junio", "x1234567l", id="nie"),
        pytest.param("IT_FISCAL_CODE", "codice fiscale: rssmra85t10a562s, residente a pisa", "rssmra85t10a562s", id="codice-fiscale"),
    ],
)
def test_an_id_typed_in_lower_case_counts_right_after_its_label(find: Find, entity: str, text: str, value: str) -> None:
    assert value in found(find, text, entity), find(text)


def test_a_lower_case_id_shape_without_its_label_is_no_id(find: Find) -> None:
    assert not {t for t, _ in find("we offer an ab 12 34 56 c plan and a x1234567l voucher")} & ID_ENTITIES


@pytest.mark.parametrize(
    "text, entity, value",
    [
        pytest.param("passport no. 548213907 expires 2031", "PASSPORT", "548213907", id="passport-no"),
        pytest.param("Hospital no. RX1 448 2190 (Harrogate District)", "MEDICAL_RECORD_NUMBER", "RX1 448 2190", id="mrn-spaced-groups"),
        pytest.param("Riaan van der Merwe (hosp no 73-40-218) discharged today", "MEDICAL_RECORD_NUMBER", "73-40-218", id="mrn-dashed-groups"),
        pytest.param("US passport number: C12345678", "US_PASSPORT", "C12345678", id="us-passport"),
        pytest.param("Meine Reisepassnummer ist C01X00T47", "PASSPORT", "C01X00T47", id="german-passport"),
        pytest.param("Passport: 12AB34567 (France)", "PASSPORT", "12AB34567", id="french-passport"),
        pytest.param("Passengers: MORGAN Sian, pp 547219083, seat 14C", "PASSPORT", "547219083", id="pp-in-a-passenger-list"),
        pytest.param("- Kai Nakoa, pasaport 589341027, kilo 95", "PASSPORT", "589341027", id="tr-pasaport"),
        pytest.param("Gast: Joost Hoekstra, paspoort NX4B12873", "PASSPORT", "NX4B12873", id="nl-paspoort"),
        pytest.param("Wij nodigen u uit.\nPaspoortnummer N2291847, geboren 12-07-1982.", "PASSPORT", "N2291847", id="nl-paspoortnummer"),
        pytest.param("1. Bagus Santoso - paspor C2748193 - lahir 03-05-1979 - HP 0857-2214-6630", "PASSPORT", "C2748193", id="id-paspor"),
        pytest.param("1. Bagus Santoso - paspor C2748193 - lahir 03-05-1979 - HP 0857-2214-6630", "DATE_OF_BIRTH", "03-05-1979", id="id-lahir"),
        pytest.param("Bố: Lê Hoàng Nam, sinh ngày 10/10/1939, hộ chiếu số N2291847.", "PASSPORT", "N2291847", id="vi-ho-chieu"),
        pytest.param("Klient: Jan Nowak, paszport EA1234567", "PASSPORT", "EA1234567", id="pl-paszport"),
        pytest.param("1. ASANTE Kwame  DOB 21 August 1995  ID XD4182033", "NATIONAL_ID", "XD4182033", id="id-on-a-record-line"),
        pytest.param("4. PAPADAKI Eleni  DOB 05/07/1999  ID AN 902118", "NATIONAL_ID", "AN 902118", id="id-spaced-on-a-record-line"),
        pytest.param("checking account 000123456789, routing 021000021", "US_BANK_NUMBER", "000123456789", id="checking"),
        pytest.param("sort code 20-45-77, account 31926819", "UK_BANK_ACCOUNT", "20-45-77", id="sort-code"),
        pytest.param("sort code 20-45-77, account 31926819", "UK_BANK_ACCOUNT", "31926819", id="uk-account"),
        pytest.param("MRN: A00482913 admitted via A&E", "MEDICAL_RECORD_NUMBER", "A00482913", id="mrn"),
        pytest.param("medical record number 4482913", "MEDICAL_RECORD_NUMBER", "4482913", id="medical-record"),
        pytest.param("Sent to Grimsby for an X-ray. Hospital no. MRN: 7730-2418.", "MEDICAL_RECORD_NUMBER", "7730-2418", id="mrn-two-dashed-groups"),
        pytest.param("DOB 03/14/1985", "DATE_OF_BIRTH", "03/14/1985", id="dob"),
        pytest.param("Maria Gonzalez, born on 14 March 1985, lives in Leeds.", "DATE_OF_BIRTH", "14 March 1985", id="born-on"),
        pytest.param("date of birth: 1985-03-14", "DATE_OF_BIRTH", "1985-03-14", id="iso"),
        pytest.param("Name: Tanja Zver\nDate of birth: 01. 06. 1984\nCitizenship: Slovenia", "DATE_OF_BIRTH", "01. 06. 1984", id="spaced-dots"),
        pytest.param("Her son was born on the 3rd of June 2015 in Leeds.", "DATE_OF_BIRTH", "3rd of June 2015", id="born-on-the"),
        pytest.param("PESEL 44051401359", "PL_PESEL", "44051401359", id="presidio-pesel-for-english"),
        # South Africa's identity number: its birth date, citizenship digit and Luhn check.
        pytest.param("Name: Thabo Nkosi\nSA ID: 8203155123088\nAsset: FPSO", "NATIONAL_ID", "8203155123088", id="south-african-id"),
        pytest.param("Thabo Nkosi, ID 820315 5123 08 8, production technician", "NATIONAL_ID", "820315 5123 08 8", id="south-african-id-spaced"),
        # A passport's label in other scripts, a seaman's passport's Cyrillic series, Russia's passport for abroad.
        pytest.param("성명: 강지원\n여권번호: M85511029\n연락처: 010 9921 4406", "PASSPORT", "M85511029", id="ko-passport"),
        pytest.param("ФИО: Гайдамак Денис\nПаспорт моряка: МК 0418227\nЗагранпаспорт: 76 1093385", "PASSPORT", "МК 0418227", id="ru-seamans-passport"),
        pytest.param("ФИО: Гайдамак Денис\nПаспорт моряка: МК 0418227\nЗагранпаспорт: 76 1093385", "PASSPORT", "76 1093385", id="ru-passport-for-abroad"),
        pytest.param("旅客：王芳，护照号码：E12345678", "PASSPORT", "E12345678", id="zh-passport"),
        pytest.param("الاسم: ريم الشمري\nرقم الجواز: P1234567", "PASSPORT", "P1234567", id="ar-passport"),
    ],
)
def test_labelled_ids(find: Find, text: str, entity: str, value: str) -> None:
    assert value in found(find, text, entity)


def test_presidio_country_ids_count_only_beside_their_words() -> None:
    pesel = next(r for r in country_recognizers() if "PL_PESEL" in r.supported_entities)
    assert [(r.start, r.end, r.score) for r in pesel.analyze("my pesel: 44051401359", ["PL_PESEL"])] == [(10, 21, 0.9)]
    assert pesel.analyze("order 44051401359 shipped", ["PL_PESEL"]) == []
    assert pesel.analyze("PESEL 44051401359", ["US_SSN"]) == []


def test_evasions_reach_the_id_recognizers(find: Find) -> None:
    assert found(find, "NHS number 943\u2011476\u20115919", "UK_NHS") == ["943\u2011476\u20115919"]
    assert found(find, "NINO \u0410\u0412 12 34 56 C", "UK_NINO") == ["\u0410\u0412 12 34 56 C"]
    assert found(find, "Aadhaar \uff12\uff13\uff14\uff11 2341 2346", "IN_AADHAAR") == ["\uff12\uff13\uff14\uff11 2341 2346"]


@pytest.mark.parametrize("label", ["आधार", "আধার", "ஆதார்", "ఆధార్", "આધાર"])
def test_aadhaar_labelled_in_an_indian_script(find: Find, label: str) -> None:
    # Survey and welfare forms in India label the number in their own language.
    assert found(find, f"{label}: 2341 2341 2346", "IN_AADHAAR") == ["2341 2341 2346"]


def test_every_id_entity_is_known_to_policies() -> None:
    produced = set(NationalIdRecognizer.ENTITIES) | set(LabelledIdRecognizer.ENTITIES) | country_entities()
    assert produced - {"US_PASSPORT", "US_BANK_NUMBER"} <= ID_ENTITIES


@pytest.mark.parametrize(
    "check, value, valid",
    [
        (checksums.luhn, "4111 1111 1111 1111", True),
        (checksums.south_africa_id, "8203155123088", True),
        (checksums.south_africa_id, "8203155123089", False),
        (checksums.luhn, "4111-1111-1111-1112", False),
        (checksums.iban_mod97, "DE89 3704 0044 0532 0130 00", True),
        (checksums.iban_mod97, "DE89 3704 0044 0532 0130 01", False),
        (checksums.aba, "021000021", True),
        (checksums.aba, "021000022", False),
        (checksums.aba, "000000000", False),
        (checksums.nhs_mod11, "943 476 5919", True),
        (checksums.aadhaar, "2341 2341 2346", True),
        (checksums.aadhaar, "1341 2341 2346", False),
    ],
)
def test_checksums(check: object, value: str, valid: bool) -> None:
    assert callable(check) and check(value) is valid


@pytest.mark.parametrize(
    "text, entity, value",
    [
        pytest.param("Patient: Jean Dupont, date de naissance : 14 mars 1962, IPP 004829131", "DATE_OF_BIRTH", "14 mars 1962", id="fr-dob"),
        pytest.param("Patient: Jean Dupont, date de naissance : 14 mars 1962, IPP 004829131", "MEDICAL_RECORD_NUMBER", "004829131", id="fr-ipp"),
        pytest.param("Geburtsdatum: 14. März 1962, Patientennummer 88231977", "DATE_OF_BIRTH", "14. März 1962", id="de-dob"),
        pytest.param("Geburtsdatum: 14. März 1962, Patientennummer 88231977", "MEDICAL_RECORD_NUMBER", "88231977", id="de-mrn"),
        pytest.param("Paciente nacido el 14 de marzo de 1962, historia clínica 4482913", "DATE_OF_BIRTH", "14 de marzo de 1962", id="es-dob"),
        pytest.param("Paziente nato il 14/03/1962, cartella clinica n. 4482913", "MEDICAL_RECORD_NUMBER", "4482913", id="it-mrn"),
        pytest.param("Utente nascido em 14/03/1962, número de utente 123456789", "DATE_OF_BIRTH", "14/03/1962", id="pt-dob"),
        pytest.param("Passaporte n.º CA123456", "PASSPORT", "CA123456", id="pt-passport"),
        pytest.param("Mein Passwort ist Sommer2024!", "PASSWORD", "Sommer2024!", id="de-password"),
        pytest.param("Le mot de passe est Soleil2024 pour le wifi", "PASSWORD", "Soleil2024", id="fr-password"),
        pytest.param("La contraseña es Verano2024", "PASSWORD", "Verano2024", id="es-password"),
        pytest.param("A senha é Verao2024", "PASSWORD", "Verao2024", id="pt-password"),
    ],
)
def test_five_european_languages(find: Find, text: str, entity: str, value: str) -> None:
    assert value in found(find, text, entity)


@pytest.mark.parametrize("text", ["Half board £450 pp 2 nights; see pp 112-118 of the brochure", "Our price is 1250 pp including transfers"])
def test_pp_per_person_or_pages_is_no_passport(find: Find, text: str) -> None:
    assert found(find, text, "PASSPORT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Order ID 4418207 shipped on 12/03/2024.",
        "Our founder was born in 1990; order ID 4418207 is hers.",
        "Test rows:\n1. DOE Jane  DOB 01/01/1990  ID X0000000\n2. SMITH John  DOB 31/12/1985  ID X1111111",
    ],
)
def test_an_id_away_from_a_date_of_birth_is_no_ones(find: Find, text: str) -> None:
    assert found(find, text, "NATIONAL_ID") == []
