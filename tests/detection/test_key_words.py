"""A record key's words in any spelling and language, and what the key then types."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.field_keys import entity_for_key
from privacy_gateway.detection.key_words import key_words
from privacy_gateway.detection.lexicon import english_form, first_names, last_names
from tests.detection.helpers import Find


@pytest.mark.parametrize("key, words", [
    ("firstName", ["first", "name"]), ("FIRST_NAME", ["first", "name"]), ("Vorname", ["firstname"]),
    ("prénom", ["firstname"]), ("soyadı", ["lastname"]), ("Nazwisko", ["lastname"]),
    # Head first, as Romance, Slavic genitive and Indonesian keys are written: read backwards.
    ("nombre_cliente", ["customer", "name"]), ("nome_completo", ["full", "name"]), ("nama_lengkap", ["full", "name"]),
    ("telefono_cliente", ["customer", "phone"]), ("numero_de_telefono", ["phone", "number"]),
    ("adres_dostawy", ["dostawy", "address"]), ("customer_name", ["customer", "name"]),
])
def test_key_words(key: str, words: list[str]) -> None:
    assert key_words(key) == words


@pytest.mark.parametrize("key, entity", [
    ("imie", "PERSON"), ("sukunimi", "PERSON"), ("efternamn", "PERSON"), ("fornavn", "PERSON"), ("prenume", "PERSON"),
    ("keresztnev", "PERSON"), ("nome_completo", "PERSON"), ("nama_lengkap", "PERSON"), ("nom_client", "PERSON"),
    ("telemovel", "PHONE_NUMBER"), ("puhelin", "PHONE_NUMBER"), ("no_telepon", "PHONE_NUMBER"),
    ("telefono_cliente", "PHONE_NUMBER"), ("Telefonnummer", "PHONE_NUMBER"), ("numer_telefonu", "PHONE_NUMBER"),
    ("miasto", "LOCATION"), ("kaupunki", "LOCATION"), ("şehir", "LOCATION"), ("direccion_cliente", "LOCATION"),
    ("ulica", "LOCATION"), ("alamat", "LOCATION"), ("kod_pocztowy", "LOCATION"), ("codigo_postal", "LOCATION"), ("kod", None), ("ciudad_cliente", "LOCATION"),
    # Things: a customer's number is an ID, a file's name no one's, an English key as English.
    ("numero_cliente", None), ("nombre_archivo", None), ("employee_id", None), ("telephone_type", None), ("gate", None),
])
def test_keys_of_other_languages(key: str, entity: str | None) -> None:
    assert entity_for_key(key) == entity


@pytest.mark.parametrize("text, expected", [
    pytest.param('{"imie": "Grażyna", "nazwisko": "Kowalczyk", "miasto": "Zamość", "telefon": "601 234 877"}',
                 {"Grażyna", "Kowalczyk", "Zamość", "601 234 877"}, id="polish-json"),
    pytest.param("etunimi: Aino\nsukunimi: Heikkilä\nkaupunki: Kajaani\npuhelin: 040 718 2290\n",
                 {"Aino", "Heikkilä", "Kajaani", "040 718 2290"}, id="finnish-yaml"),
    pytest.param('{"nama_lengkap": "Siti Rahmawati", "kota": "Salatiga", "no_telepon": "0812 3344 5566"}',
                 {"Siti Rahmawati", "Salatiga", "0812 3344 5566"}, id="indonesian-json"),
    pytest.param("clientes = [{'nome_completo': 'Joaquim Bettencourt', 'telemovel': '912 443 018'}]",
                 {"Joaquim Bettencourt", "912 443 018"}, id="portuguese-dict"),
    pytest.param('{"fornavn": "Sigrid", "etternavn": "Haugland", "adresse": "Storgata 12"}',
                 {"Sigrid", "Haugland", "Storgata 12"}, id="norwegian-json"),
])
def test_values_under_other_languages_keys_are_typed(find: Find, text: str, expected: set[str]) -> None:
    assert expected <= {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}


# Each language's keys for a first and a last name, as its forms and exports write them.
_NAME_HALVES = [
    ("imię", "nazwisko"), ("jméno", "příjmení"), ("förnamn", "efternamn"), ("fornavn", "etternavn"),
    ("etunimi", "sukunimi"), ("ad", "soyadı"), ("prenume", "nume"), ("keresztnév", "vezetéknév"),
    ("ime", "prezime"), ("Vorname", "Nachname"), ("prénom", "nom"), ("nombre", "apellidos"), ("voornaam", "achternaam"),
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(n for n in first_names() if n.isalpha() and len(n) >= 4 and not english_form(n))),
    st.sampled_from(sorted(n for n in last_names() if n.isalpha() and len(n) >= 4 and not english_form(n))),
    st.sampled_from(_NAME_HALVES),
    st.sampled_from(['{{"{k1}": "{f}", "{k2}": "{l}", "id": 7}}', "{k1}: {f}\n{k2}: {l}\nid: 7\n", "{k1}={f} {k2}={l} id=7"]),
)
def test_a_surname_under_any_languages_surname_key_is_masked(find: Find, first: str, last: str, keys: tuple[str, str], shape: str) -> None:
    first, last = first.title(), last.title()
    text = "Why is this record rejected?\n" + shape.format(k1=keys[0], k2=keys[1], f=first, l=last)
    assert last in {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize("key, entity", [
    # Surnames, given names and phones as Portuguese, Dutch, Swedish, Hungarian and Turkish exports head them.
    ("apelido", "PERSON"), ("Apelidos", "PERSON"), ("roepnaam", "PERSON"), ("tilltalsnamn", "PERSON"), ("utónév", "PERSON"),
    ("adı_soyadı", "PERSON"), ("familienaam", "PERSON"), ("Geburtsname", "PERSON"),
    ("telefoon", "PHONE_NUMBER"), ("Telefoonnummer", "PHONE_NUMBER"), ("mobiel", "PHONE_NUMBER"), ("mobitel", "PHONE_NUMBER"),
    ("mobiili", "PHONE_NUMBER"), ("telp", "PHONE_NUMBER"), ("cep_telefonu", "PHONE_NUMBER"), ("nomor_hp", "PHONE_NUMBER"),
    # Towns and postcodes of the Nordic, Finnish, Portuguese, Hungarian, Croatian and Malay ones.
    ("postort", "LOCATION"), ("poststed", "LOCATION"), ("postitoimipaikka", "LOCATION"), ("paikkakunta", "LOCATION"),
    ("concelho", "LOCATION"), ("település", "LOCATION"), ("mjesto", "LOCATION"), ("bandar", "LOCATION"), ("poskod", "LOCATION"),
    ("posta_kodu", "LOCATION"), ("kucni_broj", "LOCATION"), ("házszám", "LOCATION"), ("gatuadress", "LOCATION"),
    # A hotel's or a club's guest and who comes with them.
    ("Gast", "PERSON"), ("huésped", "PERSON"), ("misafir", "PERSON"), ("Begleitung", "PERSON"), ("Acompanhante", "PERSON"),
])
def test_more_everyday_header_words_of_the_sixteen_languages(key: str, entity: str) -> None:
    assert entity_for_key(key) == entity


@pytest.mark.parametrize("key, words", [
    # Indonesian and Malay keys of two words that one entry reads whole.
    ("nama_depan", ["firstname"]), ("namaBelakang", ["lastname"]), ("nama keluarga", ["lastname"]), ("kode_pos", ["postcode"]),
    ("no_hp", ["phone"]), ("nom_de_famille", ["lastname"]),
])
def test_two_word_keys_read_whole(key: str, words: list[str]) -> None:
    assert key_words(key) == words


@pytest.mark.parametrize("key", ["pos", "depan", "hp", "ad", "il", "grad", "via", "by"])
def test_a_word_that_is_english_or_an_abbreviation_alone_types_no_key(key: str) -> None:
    assert entity_for_key(key) is None


@pytest.mark.parametrize("text, expected", [
    pytest.param("<anggota>\n  <nama_depan>Ratih</nama_depan>\n  <nama_belakang>Wicaksono</nama_belakang>\n  <kode_pos>50132</kode_pos>\n</anggota>",
                 {"Ratih", "Wicaksono", "50132"}, id="indonesian-xml"),
    pytest.param("Fix the encoding of this export:\n\nprimeiro_nome;apelido;telemovel;localidade\nAurélio;Pimentel;913 552 804;Tomar\n"
                 "Fátima;Gouveia;936 120 447;Ourém", {"Pimentel", "Gouveia", "913 552 804", "Tomar", "Ourém"}, id="portuguese-csv"),
    pytest.param('{"voornaam": "Jorien", "achternaam": "Dijkstra", "telefoon": "06 4432 1187", "woonplaats": "Meppel"}',
                 {"Jorien", "Dijkstra", "06 4432 1187", "Meppel"}, id="dutch-json"),
    pytest.param("förnamn,efternamn,postort\nSvanhild,Bergqvist,Sollefteå\nOskar,Lundahl,Hudiksvall",
                 {"Bergqvist", "Sollefteå", "Lundahl", "Hudiksvall"}, id="swedish-csv"),
    pytest.param("Cliente: João Pedro Antunes, telemóvel 936 201 448\nAcompanhante: Thiago\nServiço: passeio de barco no Douro",
                 {"João Pedro Antunes", "Thiago"}, id="portuguese-companion"),
    pytest.param("Meldeschein bitte ausfüllen:\nGast: HOEKSTRA, Joost   (Begleitung: Sanne)\ngeb. 04.04.1989",
                 {"HOEKSTRA, Joost", "Sanne"}, id="german-guest-card"),
])
def test_values_under_the_new_header_words_are_typed(find: Find, text: str, expected: set[str]) -> None:
    assert expected <= {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}


@pytest.mark.parametrize("key, entity", [
    ("customer_last", "PERSON"), ("patient_first", "PERSON"), ("cust_last", "PERSON"), ("emp_given", "PERSON"),
    # One half of a name alone says whose only inside a person's record (`in_person_record`); a key
    # that goes on past the half is about something else.
    ("last", None), ("first", None), ("customer_last_seen", None), ("order_first", None),
])
def test_a_half_of_a_name_after_whose_it_is(key: str, entity: str | None) -> None:
    assert entity_for_key(key) == entity


@pytest.mark.parametrize("keys", [("prenume", "nume"), ("prénom", "nom")])
@pytest.mark.parametrize("surname", ["Jenkins", "Flink", "Travis", "Bazel"])
def test_a_surname_named_like_a_tool_under_name_beside_its_given_name_is_masked(find: Find, keys: tuple[str, str], surname: str) -> None:
    """Romanian and French key the surname with their word for "name": beside the given name's key
    it is the family half, a person's whatever tool shares it (a draw of the property above)."""
    for shape in ('{{"{k1}": "Abbie", "{k2}": "{l}", "id": 7}}', "{k1}: Abbie\n{k2}: {l}\nid: 7\n", "{k1}=Abbie {k2}={l} id=7"):
        text = "Why is this record rejected?\n" + shape.format(k1=keys[0], k2=keys[1], l=surname)
        assert surname in {v for t, v in find(text) if t == "PERSON"}, text


@pytest.mark.parametrize("key, entity", [
    # A record number after whose record it is, and a national ID with its number word after it.
    ("donor_mrn", "MEDICAL_RECORD_NUMBER"), ("subject_hosp_no", "MEDICAL_RECORD_NUMBER"), ("legacyMRN", "MEDICAL_RECORD_NUMBER"),
    ("aadhaar_no", "NATIONAL_ID"), ("pesel_nr", "NATIONAL_ID"), ("customer_bsn_nummer", "NATIONAL_ID"),
    # Israel's, Russia's and Mexico's numbers by their transliterated or Latin names.
    ("teudat_zehut", "NATIONAL_ID"), ("inn", "NATIONAL_ID"), ("snils", "NATIONAL_ID"), ("rfc", "NATIONAL_ID"),
    # Not a chart's or an order's number, nor a count of record numbers.
    ("sales_chart_id", None), ("order_id_number", None), ("mrn_count", None), ("vendor_tax_id", None),
])
def test_a_record_or_id_key_after_other_words_or_before_its_number_word(key: str, entity: str | None) -> None:
    assert entity_for_key(key) == entity


def test_a_record_number_under_a_donors_key_keeps_the_prompt_local(find: Find) -> None:
    text = 'Write a jq filter for stored aliquots:\n{"aliquot": "ALQ-3310", "donor_mrn": "MRN007731204", "processed_by": "Lena Fischer"}'
    assert ("MEDICAL_RECORD_NUMBER", "MRN007731204") in find(text)


@pytest.mark.parametrize(
    "key, entity",
    [
        # Chinese, Japanese and Korean keys by their end; Cyrillic, Greek, Arabic and Hebrew ones whole.
        ("犬主姓名", "PERSON"), ("身份证号", "NATIONAL_ID"), ("住址", "LOCATION"), ("联系电话", "PHONE_NUMBER"),
        ("電話番号", "PHONE_NUMBER"), ("이름", "PERSON"), ("주소", "LOCATION"), ("생년월일", "DATE_OF_BIRTH"),
        ("Фамилия", "PERSON"), ("Телефон", "PHONE_NUMBER"), ("Дата рождения", "DATE_OF_BIRTH"), ("Адрес", "LOCATION"),
        ("Ονοματεπώνυμο", "PERSON"), ("العنوان", "LOCATION"), ("שם מלא", "PERSON"),
        # A firm's or a product's name is no one's.
        ("公司名称", None), ("产品名", None),
    ],
)
def test_keys_in_other_scripts(key: str, entity: str | None) -> None:
    assert entity_for_key(key) == entity


def test_a_csv_under_chinese_or_russian_headers_is_typed_by_them(find: Find) -> None:
    text = "犬主姓名,身份证号,住址,联系电话,犬名\n王丽娟,532901198706152143,浙江省湖州市安吉县递铺街道胜利西路88号3幢201室,138 8720 4416,咪咪"
    found = find(text)
    assert {("PERSON", "王丽娟"), ("NATIONAL_ID", "532901198706152143"), ("PHONE_NUMBER", "138 8720 4416")} <= set(found), found
    assert any(kind == "LOCATION" and "胜利西路88号" in value for kind, value in found), found
    text = "Фамилия;Имя;Телефон;Адрес\nГалиев;Тимур;+7 917 345-22-10;ул. Ленина, д. 5, Казань"
    found = find(text)
    assert {("PERSON", "Галиев"), ("PERSON", "Тимур")} <= set(found) and not any(v in ("Фамилия", "Имя") for _, v in found), found


@pytest.mark.parametrize(
    "key, words",
    [
        ("Käuferpostleitzahl", ["customer", "postcode"]),
        ("Kundenname", ["customer", "name"]),
        ("Empfängeradresse", ["recipient", "address"]),
        ("klantnaam", ["customer", "name"]),
        ("Käuferadresse 1", ["customer", "address", "1"]),
        ("Kundenstatus", ["kundenstatus"]),  # no field's word after the person's: left whole
    ],
)
def test_a_compound_key_of_a_person_s_word_and_a_field_s_is_read_as_two_words(key: str, words: list[str]) -> None:
    assert key_words(key) == words


def test_a_compound_key_s_value_is_typed_by_its_field(find: Find) -> None:
    text = "Verkaufsprotokollnummer;Käufername;Käuferort;Käuferpostleitzahl\n2234;Swetlana Becker;Bernkastel-Kues;54470\n"
    found = find(text)
    assert ("LOCATION", "54470") in found and ("LOCATION", "Bernkastel-Kues") in found, found
