"""The person beside a phone number or an e-mail address on a contact line is masked; desks,
roles, places and teams beside their numbers reach the cloud as written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.contact_lines import with_contact_names as with_names
from privacy_gateway.detection.findings import Finding
from privacy_gateway.detection.full_names import listed_full_name
from privacy_gateway.detection.places import known_place
from tests.detection.helpers import Find


def with_contact_names(text: str, found: list[Finding]) -> list[Finding]:
    return with_names(text, found, lambda words: listed_full_name(words, tagged=True), known_place)


def persons(find: Find, text: str) -> list[str]:
    return [value for entity, value in find(text) if entity == "PERSON"]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param(
            "Check this emergency contact sheet for the offsite is complete:\n1. Ingrid Solberg - 0532 418 27 93\n"
            "2. Rasa Petrauskienė - 604 218 337\n3. venue reception - ask on arrival",
            ["Ingrid Solberg", "Rasa Petrauskienė"],
            id="numbered-dash",
        ),
        pytest.param(
            "Phone list:\n• Tomasz Wójcik: 601 234 567\n• Aigerim Zhaksylykova – +7 701 234 5678",
            ["Tomasz Wójcik", "Aigerim Zhaksylykova"],
            id="bullets-colon-en-dash",
        ),
        pytest.param("Who do I call?\nName | Phone\nRizal Santoso | 0812-3381-4420", ["Rizal Santoso"], id="table-row"),
        pytest.param("Escalation:\n0712 345678 - Wanjiru Kamau\nIngrid: 912 34 567", ["Wanjiru Kamau", "Ingrid"], id="after-and-given-alone"),
        pytest.param("Invite list:\nSiosaia Taufa, siosaia.taufa@example.org", ["Siosaia Taufa"], id="e-mail"),
        pytest.param("Hazme una lista de la boda:\n\nWilfredo (654 220 871): Siiii vamos los 4!!", ["Wilfredo"], id="number-in-brackets"),
    ],
)
def test_the_name_beside_a_contact_is_masked(find: Find, text: str, names: list[str]) -> None:
    found = persons(find, text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Useful numbers:\nFront desk - 020 7946 0000\nIT Helpdesk: 0800 123 4567", id="desks"),
        pytest.param("Contacts:\nReception: 020 7946 0000\nBuenos Aires: +54 11 4321 5678\nSecurity Desk - 0161 496 0000", id="places-and-roles"),
        pytest.param("Abroad:\nServicio Técnico: 900 123 456\nKundenservice Hotline: 0800 330 1000", id="desks-in-other-languages"),
        pytest.param("Escalation:\nops@example.com, Platform Team\nNight Manager\t+44 20 7946 0123", id="teams-and-roles"),
        pytest.param("Call the Front Desk (0412 345 678) or Reception (020 7946 0000) tomorrow.", id="desks-before-brackets"),
    ],
)
def test_desks_roles_and_places_beside_a_number_stay(find: Find, text: str) -> None:
    assert persons(find, text) == []


def test_a_place_found_over_a_contact_name_is_the_person() -> None:
    text = "0712 345678 - Wanjiru Kamau"
    found = [Finding(0, 11, "PHONE_NUMBER", 0.75), Finding(14, 27, "LOCATION", 0.85)]
    assert with_contact_names(text, found) == [Finding(0, 11, "PHONE_NUMBER", 0.75), Finding(14, 27, "PERSON", 0.85)]


_ROLES = ["Front desk", "Reception", "IT Helpdesk", "Night Manager", "Security", "Facilities", "Main Office", "Switchboard", "Sales Team"]
_SEPARATORS = [" - ", ": ", " – ", ", ", " | ", "\t"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ROLES), st.sampled_from(_SEPARATORS), st.sampled_from(["1. ", "• ", "", "| "]))
def test_a_role_beside_a_number_is_never_made_a_person(role: str, separator: str, bullet: str) -> None:
    line = f"{bullet}{role}{separator}"
    text = f"{line}020 7946 0000"
    phone = Finding(len(line), len(text), "PHONE_NUMBER", 0.75)
    assert with_contact_names(text, [phone]) == [phone]


_GIVEN = ["Ingrid", "Tomasz", "Oluwaseun", "Priyanka", "Dagny", "Keiko", "Thandiwe", "Wojciech"]
_FAMILY = ["Larsson", "Kowalczyk", "Adeyemi", "Deshmukh", "Solberg", "Nakamura", "Okonkwo", "Zhaksylykova"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_GIVEN), st.sampled_from(_FAMILY), st.sampled_from(_SEPARATORS))
def test_a_listed_full_name_beside_a_number_is_its_person(first: str, family: str, separator: str) -> None:
    line = f"2. {first} {family}{separator}"
    text = f"{line}020 7946 0000"
    phone = Finding(len(line), len(text), "PHONE_NUMBER", 0.75)
    assert Finding(3, 3 + len(first) + 1 + len(family), "PERSON", 0.75) in with_contact_names(text, [phone])


def phones(find: Find, text: str) -> list[str]:
    return [value for entity, value in find(text) if entity == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text, number",
    [
        pytest.param("Attendees for Thursday:\n- Anna Berg, 022345678\n- Jon Lie, jon.lie@example.org", "022345678", id="comma"),
        pytest.param("Attendees for Thursday:\n- Anna Berg, 2212-3456\n- Jon Lie, jon.lie@example.org", "2212-3456", id="place-over-name-and-number"),
        pytest.param("Attendees:\n- Anna Berg, 8 (912) 345-67-89\n- Jon Lie", "8 (912) 345-67-89", id="piece-found-alone-grows"),
        pytest.param("Attendees:\n- Anna Berg, 622-1234 ext. 12\n- Jon Lie", "622-1234 ext. 12", id="extension"),
        pytest.param("The landlord (Mr Ode, 512345678) will let you in.", "512345678", id="in-brackets"),
        # A line of a name and a number and nothing else, one space between, in a pasted list.
        pytest.param("tidy these up:\nAnna Berg 9812 3344\n2. Jon Lie 0412 345 678", "9812 3344", id="lone-on-its-line"),
        pytest.param("tidy these up:\n- Anna Berg 9812 3344", "9812 3344", id="lone-after-a-bullet"),
    ],
)
def test_the_number_beside_a_found_person_is_a_phone(find: Find, text: str, number: str) -> None:
    assert number in phones(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("| Name | Joined |\n|---|---|\n| Anna Berg | 20240312 |", id="compact-date"),
        pytest.param("Albert Einstein, 1879-1955", id="life-dates"),
        pytest.param("Ada Lovelace - 1815.1852", id="life-dates-dotted"),
        pytest.param("- Anna Berg, 2019-2023\n- Jon Lie, 1.2.3", id="years-and-version"),
        pytest.param("Anna Berg | 12:30 | 45 min", id="time-and-duration"),
        pytest.param("Anna Berg, 12345678 points", id="count"),
        pytest.param("Anna Berg, 1.234.567 EUR", id="amount"),
        pytest.param("Harry Potter, 9780747532699 paperback", id="isbn"),
        pytest.param("| Build | 20240312 |\n| Owner | 12345678 |", id="labels-read-as-people"),
        pytest.param("Anna Berg -> 2019-2023\nRelease 4.1 -> 4.2", id="arrow-to-years-and-versions"),
        pytest.param("$prices = ['Anna Berg' => '1.234.567 EUR'];", id="arrow-to-an-amount"),
        pytest.param("Anna Berg 2019 2023", id="lone-years"),
        pytest.param("We met Anna Berg 9812 3344 times", id="not-alone-on-its-line"),
    ],
)
def test_numbers_beside_a_person_that_are_no_phones_stay(find: Find, text: str) -> None:
    assert phones(find, text) == []


def test_a_postcode_column_beside_a_person_stays_a_place(find: Find) -> None:
    text = "| Straße | PLZ | Ort |\n|---|---|---|\n| Setor Cavalcanti, 555 | 60641773 | Siqueira |"
    # Typed by its column, or inside the street address the row's cells make ("Setor" leads a Brazilian street): a place, no phone.
    assert any(entity == "LOCATION" and "60641773" in value for entity, value in find(text)) and phones(find, text) == []


@pytest.mark.parametrize(
    "text, name, number",
    [
        pytest.param(
            'ROWS = """\nAroha Ngata — 07700 900123 — Nelson\nTane Rewi — 07700 900456 — Napier\n"""\n\n\n'
            'def load():\n    return [row.split(" — ") for row in ROWS.strip().splitlines()]',
            "Aroha Ngata", "07700 900123", id="fixture-in-code",
        ),
        pytest.param("Anna Berg      0412 345 678      Oslo\nJon Lie                       Bergen", "Anna Berg", "0412 345 678", id="fixed-width"),
        pytest.param("people = [\n    ('Anna Berg', '0412 345 678', 'Oslo'),\n]", "Anna Berg", "0412 345 678", id="tuple"),
        pytest.param("From the old sheet:\nIngrid Solberg; 912 34 567; Oslo", "Ingrid Solberg", "912 34 567", id="semicolons"),
        pytest.param("Wanjiru Kamau / 0712 345678 / Nairobi", "Wanjiru Kamau", "0712 345678", id="slashes"),
        pytest.param("Who has the van keys:\nIngrid Solberg -> 912 34 567\nJon Lie -> away", "Ingrid Solberg", "912 34 567", id="arrow"),
        pytest.param("$contacts = ['Wanjiru Kamau' => '0712 345678', 'Jon Lie' => null];", "Wanjiru Kamau", "0712 345678", id="map-in-code"),
    ],
)
def test_a_contact_row_no_reading_found_is_a_person_and_a_phone(find: Find, text: str, name: str, number: str) -> None:
    found = find(text)
    assert ("PERSON", name) in found and ("PHONE_NUMBER", number) in found, found


def test_six_digits_in_groups_beside_a_person_are_a_small_plans_phone(find: Find) -> None:
    found = phones(find, "Who to ask about the move:\nAnna Berg - 12 34 56\nJon Lie - 712-345")
    assert found == ["12 34 56", "712-345"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Anna Berg - 123 456\nJon Lie - 1 234 567", id="thousands"),
        pytest.param("Anna Berg - 12 30 00", id="round"),
        pytest.param("Anna Berg - 123456", id="six-digits-ungrouped"),
    ],
)
def test_six_digit_numbers_that_are_no_phones_stay(find: Find, text: str) -> None:
    assert phones(find, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Front Desk      0161 496 0000\nIT Helpdesk     0800 123 4567", id="desks-fixed-width"),
        pytest.param("Release Notes - 2024 05 01\nBuild Server / 10.0.0.12", id="labels-dates-addresses"),
        pytest.param("BENCH = [\n    ('Warm Cache', '12 34 56'),\n]", id="labels-in-code"),
    ],
)
def test_a_row_whose_first_field_is_no_name_makes_no_person(find: Find, text: str) -> None:
    assert persons(find, text) == []


@pytest.mark.parametrize(
    "text, labels",
    [
        pytest.param("Who should I call first?\nElectrician - 0115 496 0426\nVet - 01632 960220\nMarta - 612 345 678", ["Electrician", "Vet"], id="trades-beside-a-person"),
        pytest.param("Emergency numbers for the flat:\n• Taxi – 01632 960555\n• Dentist: 0118 496 0000", ["Taxi", "Dentist"], id="bulleted-services"),
    ],
)
def test_a_trade_or_service_opening_a_contact_line_is_no_one_and_nowhere(find: Find, text: str, labels: list[str]) -> None:
    masked = [v for e, v in find(text) if e in ("PERSON", "LOCATION")]
    assert not any(label in v for label in labels for v in masked)
    assert len(phones(find, text)) == text.count("\n")


@pytest.mark.parametrize("text, name", [
    pytest.param("Call list:\nVet: 0118 496 0000\nHaddad – 06 12 34 56 78", "Haddad", id="surname-alone"),
    pytest.param("Who should I call first?\nElectrician - 0115 496 0426\nMarta - 612 345 678", "Marta", id="given-name-beside-a-trade"),
])
def test_a_listed_name_alone_opening_a_contact_line_is_the_person(find: Find, text: str, name: str) -> None:
    assert name in persons(find, text)


def test_a_table_s_columns_of_numbers_beside_a_name_are_no_phone(find: Find) -> None:
    text = ">>> df\n            algorithm  n_nodes  median_ms\n0      floyd_warshall     1000     873.79\n1      floyd_warshall    10000      64.18"
    assert [v for t, v in find(text) if t == "PHONE_NUMBER"] == [], find(text)


def test_a_name_written_given_then_surname_in_capitals_beside_its_address(find: Find) -> None:
    text = (
        "Tu peux me préparer les étiquettes au format Prénom NOM ?\n\n"
        "Jussi MÄKELÄ — jussimakela@gmail.com\nLīga BĒRZIŅA — berzina.liga@hotmail.com\nCallum HARGREAVES — callum.h2k@hotmail.co.uk"
    )
    people = [value for kind, value in find(text) if kind == "PERSON"]
    assert {"Jussi MÄKELÄ", "Līga BĒRZIŅA", "Callum HARGREAVES"} <= set(people), people


def test_a_desk_in_capitals_beside_its_address_stays(find: Find) -> None:
    text = "Contacts:\nIT HELPDESK – it@corp.example\nNHS – info@nhs.example\nFront DESK – desk@hotel.example"
    assert [kind for kind, _ in find(text) if kind == "PERSON"] == []


@pytest.mark.parametrize("text, names", [
    pytest.param(
        "Tolong cek paspor jamaah:\n1. Bagus Santoso - paspor C2748193 - lahir 03-05-1979\n2. Eko Prasetyo - paspor X1827364 - lahir 01-04-1994",
        ["Bagus Santoso", "Eko Prasetyo"], id="names-no-list-holds-before-a-passport"),
    pytest.param("Balloon list:\n- Putu Ayu Suryani, passport P2290413, 62 kg\n- Rose Butler, passport 563902184, 88 kg",
                 ["Putu Ayu Suryani", "Rose Butler"], id="comma-then-passport"),
    pytest.param("Guests:\n- Wiremu Ngata - DOB 12/03/1988\n- Hemi Walker - DOB 30/01/1958", ["Wiremu Ngata", "Hemi Walker"], id="dob-label"),
    pytest.param("Aanvrager 1: Lieke Smit, geb. 30/05/1990\nAanvrager 2: Joost van 't Hek, geb. 02/11/1979", ["Joost van 't Hek"], id="dutch-particle-t"),
    pytest.param("Rapikan daftar peserta:\n1. Wahyu Nugraha - alamat Jl. Anggrek 7, Kel. Sukamaju, Depok\n2. Dewi Lestari Putri - alamat Jl. Mawar 3, Bekasi",
                 ["Wahyu Nugraha", "Dewi Lestari Putri"], id="names-no-list-holds-before-an-address-label"),
    pytest.param("napisz pismo do sprawcy. ubezpieczyciel: pzu. sprawca tadeusz kowalczyk, pesel 64020819279, zam. ul. Lipowa 4",
                 ["tadeusz kowalczyk"], id="lower-case-before-a-label"),
    pytest.param("custody list, make it a table pls\n1. shirin farahani dob 23 apr 1968 - s.39 assault\n2. hodan warsame dob 29/07/2003 - remanded",
                 ["shirin farahani", "hodan warsame"], id="lower-case-right-before-a-label"),
])
def test_the_name_before_a_labelled_record_field_is_masked(find: Find, text: str, names: list[str]) -> None:
    found = persons(find, text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize("text", [
    pytest.param("Team roster:\n- Data Platform - passport renewals due 12/04/2027\n- Front Desk - DOB 12/03/1988", id="teams-and-desks"),
    pytest.param("Checklist:\n- Travel Documents - passport C2748193 scanned", id="heading-words"),
    pytest.param("Offices:\n- Sales Desk - address 4 Dock Road, Tilbury\n- Returns Warehouse - address: 9 Cray Avenue, Orpington", id="desks-before-an-address"),
    pytest.param("checked the night shift lead, passport no. 548213907 scanned; the travel docs, passport C2748193 on file", id="lower-case-words-before-a-label"),
    pytest.param("the patient dob 12/03/1990 is fine, the new starter dob 01/02/1999 too", id="lower-case-words-right-before-a-label"),
])
def test_words_before_a_labelled_record_field_that_name_no_one_stay(find: Find, text: str) -> None:
    assert not persons(find, text)


def test_a_given_name_in_lower_case_before_a_number_in_brackets_is_a_person(find: Find) -> None:
    text = "changeover notes, make it a checklist:\ncleaners: chiara (0117 924 3318) fri, dorota (01422 884017) sun"
    assert {"chiara", "dorota"} <= set(persons(find, text))


def test_a_desk_in_lower_case_before_a_number_in_brackets_stays(find: Find) -> None:
    assert persons(find, "call the office (0161 496 0000) or reception (020 7946 0000), or nutrition (01234 567890)") == []
