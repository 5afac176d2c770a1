"""Any country's identity, tax or social-security number after its name, or under its key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.field_keys import entity_for_key
from privacy_gateway.detection.identity_numbers import IdentityNumberRecognizer, id_value
from tests.detection.helpers import Find


def found(find: Find, text: str) -> list[str]:
    return [v for t, v in find(text) if t == "NATIONAL_ID"]


# Numbers whose check the gateway does not know (or that fail it), named as their countries name them.
NAMED = [
    ("Patient: Valentina Nõmmik, isikukood 45403167333, home address Tartu mnt 29", "45403167333"),
    ("Onboarding file for Oladimeji Ayoola, NIN 73018549085, address 92 Oke-Ado Street", "73018549085"),
    ("Redacta un informe para la paciente, CURP QOQL961205MNTPGP00, domicilio en Privada Nieves", "QOQL961205MNTPGP00"),
    ("Locatario: Maximiliano Fonseca, RUT 33.604.082-4, con domicilio en Santiago", "33.604.082-4"),
    ("Background check for the new joiner: PAN HOLVO4719U, start date Monday", "HOLVO4719U"),
    ("Name: Tanja Zver EMŠO: 0106984503903", "0106984503903"),
    ("Translate this intake form: ΑΜΚΑ: 07039656837", "07039656837"),
    ("penerima manfaat Ghaliyati Farida, NIK 3639122306553034", "3639122306553034"),
    ("Molimo provjerite OIB: 28671930544 prije isplate.", "28671930544"),
    ("Zaposlenik, JMBG 0101990710006, traži potvrdu.", "0101990710006"),
    ("Solicitant: CNP 1960312123456, domiciliat în Cluj", "1960312123456"),
    ("AHV-Nr. 756.1234.5678.97 für die Lohnabrechnung", "756.1234.5678.97"),
    ("HKID A123456(7), please update the tenancy file", "A123456(7)"),
    ("Colombian client, C.C. 1.012.345.678, wants a statement", "1.012.345.678"),
    ("my nin is 73018549085 can u fill the form", "73018549085"),
    ("His national ID number is 19820415-5521 and he lives in Turku.", "19820415-5521"),
    ("Your ID number: 8001015009087 (as on the green book)", "8001015009087"),
    ("ID card no. 000123456789 issued in Lisbon", "000123456789"),
    ("kennitala 120174-3389, sími 555 1234", "120174-3389"),
    ("Numéro national 85.07.30-033.61 du locataire", "85.07.30-033.61"),
    # The name's last word is whole ("CNIC", not "CNI"); a number glued to a Chinese name; Thai's
    # name as the recognizers read it (NFKC); "N°" and "är" between; a capital name before three
    # letters and four digits.
    ("Please write an NOC letter for Pervaiz Jaabir, CNIC 35202-8386729-4, who is travelling.", "35202-8386729-4"),
    ("請幫我翻譯成英文：申請人陳淑美，身分證字號J168785865，出生日期民國85年2月2日。", "J168785865"),
    ("ข้าพเจ้า สุรธัช ทุมะบุตร์ เลขประจำตัวประชาชน 5-6208-24848-46-8 ที่อยู่ 88", "5-6208-24848-46-8"),
    ("Yo, Martín Palacios, identificado con DNI N° 01481019, con domicilio en Lima", "01481019"),
    ("mitt personnr är 19830613-9984 och jag får inte logga in", "19830613-9984"),
    ("ACC claim summary – patient Julie Gray, NHI EGR7355, injury: sprained ankle", "EGR7355"),
    # A health insurer's number for its insured: Germany's KVNR, Italy's tessera sanitaria.
    ("Überweisung: Frau Ilse Brandt\nVersichertennr.: K293847167\nDiagnose: V. a. Morbus Basedow", "K293847167"),
    ("Versicherten-Nr. M710358244, Kasse: AOK", "M710358244"),
    # Turkey's "T.C." with its dots before a citizen's number.
    ("Resepsiyondan not: misafirimiz Elif Yıldız (T.C. 27184035628) 305 numaralı odada", "27184035628"),
    # The papers a worker shows: the UK's share code and residence permit, a work or residence permit,
    # a seafarer's book, India's PAN card and provident-fund number, the Philippines' and Brazil's social numbers.
    ("Right to work checked for Dawit Alemu: share code R4T 8KP 2W9, valid until March.", "R4T 8KP 2W9"),
    ("Copy of BRP ZR7712045 on file for Dawit Alemu.", "ZR7712045"),
    # The papers of someone who moved to the United States or elsewhere: the alien registration number,
    # a residence card, a refugee's travel document.
    ("Client intake: Hamid Rahimi, A-Number A 204 118 337, asylum filed 2023.", "A 204 118 337"),
    ("Alien registration number: A987654321 (from the I-797)", "A987654321"),
    ("Scan of her residence card no. ZX9134782 attached.", "ZX9134782"),
    ("Refugee travel document: RT 0483921, issued by the Home Office", "RT 0483921"),
    # A driving licence in English, and a province's: its number is its holder's.
    ("Rental desk: renter Kofi Mensah, Ontario licence A1234-56789-01234, return Friday", "A1234-56789-01234"),
    ("my driver's license is 4827 1930 19, can you fill in the form", "4827 1930 19"),
    ("Trabajador: Dawit Alemu, permesso di soggiorno n. H77120453", "H77120453"),
    ("Crew change: AB Rommel Bautista, seaman's book D0913377, SIRB 0771245", "D0913377"),
    ("Crew change: AB Rommel Bautista, seaman's book D0913377, SIRB 0771245", "0771245"),
    ("मेरे पति जहाज़ पर थर्ड इंजीनियर हैं, उनका CDC नंबर CHN 306512 है।", "CHN 306512"),
    ("SEAFARER: Sunil Kumar Yadav   RANK: Fitter   CDC: MUM 335918", "MUM 335918"),
    ("Payroll: Ankit Sharma, PAN card BXRPS4471K, UAN 101522398871", "BXRPS4471K"),
    ("Payroll: Ankit Sharma, PAN card BXRPS4471K, UAN 101522398871", "101522398871"),
    ("Benefits: PhilHealth 19-051234567-1, Pag-IBIG MID 1212-3434-5656", "19-051234567-1"),
    ("Folha: Joana Reis, PIS 170.33259.50-4", "170.33259.50-4"),
    ("New starter: Nur Aisyah binti Kamal, IC: 900214-10-5522", "900214-10-5522"),
    # A seafarer's book in the crew's own language, its series apart from the number.
    ("ABK baru: Agus Salim, buku pelaut F 123456, lahir di Tegal", "F 123456"),
    ("Oleksii Bondarenko, posvidchennia moriaka AB 123456, vyizd 14.06", "AB 123456"),
    # India's PAN typed in lower case, only before its shape; Czech's rodné číslo by its abbreviation.
    ("naam sneha kulkarni, pan bklpk8825d, address no. 18, 2nd main", "bklpk8825d"),
    ("Prodávající: Tereza Dvořáková, r. č. 885612/7346, bytem Husova 118/7", "885612/7346"),
    # Norway's and Sweden's abbreviations of the birth number.
    ("Skadevolder: Ingrid Bakke, f.nr. 150381 49213, Storgata 4, 9008 Tromsø", "150381 49213"),
    ("Sökande: Elsa Lindqvist, pers.nr 19850412-2385, Storgatan 14 B", "19850412-2385"),
    # Sweden's "pnr" and Denmark's "cpr" in lower case, only before the number's shape.
    ("Klient: Ayan Hussein, pnr 860419-2388, Storgatan 12 B", "860419-2388"),
    ("Det er Guðrún Sigurðardóttir (cpr 120774-1381), ring gerne", "120774-1381"),
    # Korea's personal customs clearance code, by its Korean or English name.
    ("개인통관고유부호 P123456789012 로 통관 부탁드립니다.", "P123456789012"),
    ("Customs needs the recipient's personal clearance code: P123456789012, name Kim Minji.", "P123456789012"),
    # Italy's codice fiscale in lower case after "cf", only before its shape; Germany's social
    # insurance number with its letter between the digit groups.
    ("operaio marco bianchi cf bncmrc85c05h501z inizia lunedì", "bncmrc85c05h501z"),
    ("Neuer Mitarbeiter: Stefan Müller, Sozialversicherungsnummer 12 150385 M 123, Eintritt 1.4.", "12 150385 M 123"),
    # "is the" in the writer's language between the name and the number.
    ("Bonjour, mon numéro de registre national est le 85073003328, merci de corriger.", "85073003328"),
    ("Hoi, mijn burgerservicenummer is het 111222333, klopt dat?", "111222333"),
    # Countries' numbers by their English names, and a nationality between whose and "ID number".
    ("Please help me write to the council. My citizen service number is 835337406 and my rent rose.", "835337406"),
    ("For the pension form: my personal numeric code is 1850417286570.", "1850417286570"),
    ("The embassy form asks for it: my birth number is 855417/7380, issued in Brno.", "855417/7380"),
    ("My South African ID number is 8604177577104 and the grant stopped in May.", "8604177577104"),
    # The numbers benefit and pension offices write to people under: Germany's pension insurance
    # and child-benefit numbers, France's tax and family-allowance numbers.
    ("Sehr geehrte Frau Brandt, Ihre Rentenversicherungsnummer: 53 240677 B 512", "53 240677 B 512"),
    ("Kindergeldnummer: 215FK104233, bitte bei Rückfragen angeben", "215FK104233"),
    ("Numéro fiscal de référence : 3012345678901, à rappeler dans vos échanges", "3012345678901"),
]


# The number before its name, joined by words that say it is that number.
@pytest.mark.parametrize("text, value", [
    ("Quick check: is 835337406 a valid BSN? It's on Jonas's claim.", "835337406"),
    ("Her file lists 059640235 (teudat zehut) and a phone.", "059640235"),
    ("Can you confirm 1850417286570 is my CNP before I send the form?", "1850417286570"),
])
def test_a_number_before_its_name_is_a_national_id(find: Find, text: str, value: str) -> None:
    assert value in found(find, text)


@pytest.mark.parametrize("text", [
    "Order 12345678 is the one the BSN team asked about.",
    "Call 0612345678, BSN team will ring you back about the form.",
    "Our office's ID number policy changed in 2021; call 0800 123 4567 for help.",
])
def test_a_number_not_joined_to_the_name_is_no_id(find: Find, text: str) -> None:
    assert found(find, text) == []


@pytest.mark.parametrize("text, value", NAMED, ids=[v for _, v in NAMED])
def test_a_number_after_its_name_is_a_national_id(find: Find, text: str, value: str) -> None:
    assert value in found(find, text)


@pytest.mark.parametrize(
    "text, value",
    [
        ('{"employee": "Ivana Horvat", "national_id": "28671930544"}', "28671930544"),
        ("customer:\n  name: Ivana Horvat\n  nationalId: 28671930544\n", "28671930544"),
        ("employee_id,first_name,last_name,national_id\n1001,Ivana,Horvat,28671930544\n", "28671930544"),
        ("user=ihorvat employee_tax_id=98-7654321 action=update", "98-7654321"),
        ("INSERT INTO staff (name, personnummer) VALUES ('Ivana Horvat', '19811218-9876');", "19811218-9876"),
        # A UK taxpayer's reference and a driving licence under their keys.
        ("employee_id,full_name,tax_code,utr\nE104,Aled Pritchard,1257L,84213 57906\n", "84213 57906"),
        ('{"tenant": {"name": "Aled Pritchard", "driving_licence": "PRITC704152AB9XY"}}', "PRITC704152AB9XY"),
        ('{"driverLicenseNumber": "S530-4207-9318"}', "S530-4207-9318"),
        # Turkey's identity number by the country's initials heading a column.
        ("esas_no;müvekkil;tc;karşı_taraf\n2024/616;Ayşe Kaplan;52901734898;Derya Şahin\n", "52901734898"),
    ],
    ids=["json", "yaml", "csv", "key-value", "sql", "csv-utr", "json-driving-licence", "json-driver-license-number", "csv-tc"],
)
def test_a_number_under_an_id_key_is_a_national_id(find: Find, text: str, value: str) -> None:
    assert value in found(find, text)


@pytest.mark.parametrize(
    "text",
    [
        "Does RFC 9110 replace RFC 7231 for caching? Our CI run 48213 failed on the redirect test.",
        "Set PAN 30 and TILT 15 on camera 2, then RUN 2 of the sequence.",
        "The Order ID number 98765432 shipped; invoice ID number 4412009 is pending.",
        "vendor_tax_id: 12-3456789\ncompany_tax_number: 9912345678",
        "What format does a CURP have? e.g. XXXX000000XXXXXX00",
        "How is the Estonian isikukood check digit computed? Validate a PESEL in Python.",
        "ssn_required: true\nnational_id_country: EE\ntax_id_format: ^[0-9]{11}$",
        "Our TIN can recycling line ran 1,250,000 units; the NIE deadline is 2025-03-01.",
        "dni 2024-05-01 meeting moved; the taj mahal trip costs 120000 rupees",
        '{"dl": "disabled", "driving_licence_required": true}',
        # Three groups of three joined by spaces only where each later group holds a digit.
        "What is a share code and how long is it valid? Ours starts with W and has three groups.",
        "Our work permit policy covers visas for 120 staff; see section 4 of the handbook.",
        "A number of 150000 visitors came; a number 250000 is the target for the residence card scheme in total.",
        "Do I need a driving licence to rent an e-scooter in 2024? The fine is 120000 won.",
        "The IC 7400 chip datasheet lists 14 pins.",
        "heat the pan first then add 2 eggs, the pan bakes12 fine, pan 2024 edition",
        "cf. Smith 2019, p. 4; cf figure 12345 for the NI number format",
        '{"tc": 0.5, "lr": 0.01, "epochs": 12}',
    ],
)
def test_numbers_that_are_no_ones_id_pass(find: Find, text: str) -> None:
    assert found(find, text) == []


@pytest.mark.parametrize("key", ["ssn", "national_id", "customerNationalId", "isikukood", "employee_tax_id", "id_number", "TIN"])
def test_id_keys(key: str) -> None:
    assert entity_for_key(key) == "NATIONAL_ID"


@pytest.mark.parametrize("key", ["order_id_number", "vendor_tax_id", "tax_rate", "national_holiday", "id", "nin_count"])
def test_keys_of_other_things(key: str) -> None:
    assert entity_for_key(key) != "NATIONAL_ID"


@pytest.mark.parametrize(
    "value, strong, expected",
    [
        ("45403167333", False, True), ("HOLVO4719U", True, True), ("123456", False, True), ("12345", False, False), ("48213", True, False),
        ("9110", False, False), ("2024-05-01", False, False), ("ABCDEF", False, False), ("A1234", False, False),
    ],
)
def test_id_value_shape(value: str, strong: bool, expected: bool) -> None:
    assert id_value(value, strong) is expected


NAMES = ["isikukood", "NIN", "CURP", "OIB:", "national ID", "tax ID no.", "Personalausweis-Nr.", "cédula", "BSN", "SSN #"]


@settings(max_examples=60, deadline=None)
@given(name=st.sampled_from(NAMES), digits=st.text("0123456789", min_size=6, max_size=20),
       before=st.sampled_from(["", "Client ", "Please check: ", "ok so "]), after=st.sampled_from(["", ".", ", thanks", " and DOB"]))
def test_any_run_of_digits_after_a_name_is_found_whole(name: str, digits: str, before: str, after: str) -> None:
    text = f"{before}{name} {digits}{after}"
    spans = [text[s:e] for s, e, _ in IdentityNumberRecognizer().find(text)]
    assert spans == [digits]



def test_a_chinese_name_runs_on_from_the_word_before_it() -> None:
    text = "申请人身份证号码11010519491231002X，出生日期1949年12月31日"
    assert [text[s:e] for s, e, _ in IdentityNumberRecognizer().find(text)] == ["11010519491231002X"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("hospital_no,surname,forename,dob,clinic\nK2235018,Siddiqui,Ayesha,03/11/1934,diabetes\nUH-4471093,Ashworth,Terence,21/01/1969,diabetes\n", "UH-4471093"),
        ('{"patient": {"name": "Ivy Marsh", "mrn": "H0472195", "ward": "7"}}', "H0472195"),
    ],
    ids=["csv-hospital-no", "json-mrn"],
)
def test_a_number_under_a_record_key_is_a_medical_record_number(find: Find, text: str, value: str) -> None:
    assert ("MEDICAL_RECORD_NUMBER", value) in find(text)


def test_a_flat_under_a_unit_key_is_no_record_number(find: Find) -> None:
    assert "MEDICAL_RECORD_NUMBER" not in {t for t, _ in find('{"unit_no": "3B", "street": "Elm Road", "patient_id": 42}')}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Mietwagen-Übergabe\nFührerscheinnr.: B072RRE2I55\nTel.: 0152 2940 1187", "B072RRE2I55", id="de"),
        pytest.param("Numéro du permis de conduire : 12AB34567 délivré à Lyon", "12AB34567", id="fr"),
        pytest.param("prawo jazdy nr 01234/12/3456 wydane w Krakowie", "01234/12/3456", id="pl"),
        pytest.param("res_no,name,dob,licence_country,licence_no,phone\n152164640,ITO/MISAKI,04/01/1994,US,D4827193,090-4218-7735", "D4827193", id="column"),
    ],
)
def test_a_driving_licence_number_in_the_languages_of_rental_desks(find: Find, text: str, value: str) -> None:
    assert value in [v for kind, v in find(text) if kind in ("NATIONAL_ID", "US_DRIVER_LICENSE")], find(text)


@pytest.mark.parametrize(
    "text, value",
    [
        # A passport by its Russian or Ukrainian word, a Russian one's series of two digit pairs first.
        ("Доверитель: Орлова Екатерина Сергеевна, паспорт 45 12 550913", "45 12 550913"),
        ("Клієнтка: Бондаренко Ганна Олегівна, паспорт FE418227", "FE418227"),
    ],
)
def test_a_passport_after_its_cyrillic_word_is_a_passport(find: Find, text: str, value: str) -> None:
    assert ("PASSPORT", value) in find(text), find(text)


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("Ονοματεπώνυμο: Ελένη Μαυρίδου\nΑρ. Δελτίου Ταυτότητας: ΑΗ 207415", "ΑΗ 207415", id="greek-abbreviated-name-greek-series"),
        pytest.param("Δελτίο ταυτότητας: ΑΚ 418273, εκδόθηκε το 2015", "ΑΚ 418273", id="greek-card"),
    ],
)
def test_a_series_in_greek_capitals_is_a_national_id(find: Find, text: str, value: str) -> None:
    assert value in found(find, text)


@pytest.mark.parametrize(
    "text, value",
    [
        # The name, a few words qualifying it, then a colon: "the ID number as the ticket has it".
        pytest.param("נועה: עוד פנייה מהלקוחה. ת.ז. לפי הטיקט: 205718349.", "205718349", id="hebrew-qualified"),
        pytest.param("Summarise: caller gave her personnummer from the card: 811218-9876 and wants a callback.", "811218-9876", id="qualified-english"),
        # Korea's short name for the resident registration number.
        pytest.param("주민번호: 871123-1084721 로 조회가 안 된다고 합니다", "871123-1084721", id="korean-short-name"),
    ],
)
def test_a_number_after_its_name_and_a_few_qualifying_words_is_an_id(find: Find, text: str, value: str) -> None:
    assert value in [v for _, v in find(text)], find(text)


def test_a_korean_resident_number_beside_its_korean_name_is_found_by_its_shape() -> None:
    from privacy_gateway.detection.country_ids import country_recognizers

    korean = next(r for r in country_recognizers() if "KR_RRN" in r.supported_entities)
    text = "- 주민번호 뒷자리 입력 요구 화면이 뜬다고 함 (871123-1084721 입력했다고 캡처 보내옴)"
    assert [text[r.start : r.end] for r in korean.analyze(text, ["KR_RRN"])] == ["871123-1084721"]
    # The same number with no word for it nearby is a date and a serial of anything.
    assert korean.analyze("order 871123-1084721 shipped", ["KR_RRN"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "What format does the passport number field expect: nine digits?",
        "ID number column: leave it blank in the sample export.",
    ],
)
def test_qualifying_words_before_no_number_find_nothing(find: Find, text: str) -> None:
    assert found(find, text) == []
