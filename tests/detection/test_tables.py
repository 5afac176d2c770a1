"""Columns typed by their header: CSV/TSV, Markdown tables, SQL rows (`detection/tables.py`)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.tables import records, table_cells
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("INSERT INTO customers (id, full_name, city) VALUES (1, 'peter novak', 'brno'), (2, 'jane roe', 'ostrava');",
                     {"peter novak", "brno", "jane roe", "ostrava"}, id="sql-insert"),
        pytest.param("name,email,city\nivan petrov,ip@x.example,kazan\nli wei,lw@x.example,chengdu",
                     {"ivan petrov", "kazan", "li wei", "chengdu"}, id="csv"),
        pytest.param("name\tphone\nolga berg\t0612345678", {"olga berg", "0612345678"}, id="tsv"),
        pytest.param("| Name | Role | City |\n|---|---|---|\n| sara connor | admin | dublin |", {"sara connor", "dublin"}, id="markdown-table"),
        pytest.param("Merge these rows:\nIlse;Vermeulen;Zwolle\nPiet;Bakker;Zwolle", {"Ilse", "Vermeulen", "Piet", "Bakker"}, id="headerless-rows"),
    ],
)
def test_values_typed_by_column(find: Find, text: str, expected: set[str]) -> None:
    found = {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}
    assert expected <= found


@pytest.mark.parametrize("text, dob", [
    ("| Patient | DOB | Ward |\n|---|---|---|\n| Amara Okafor | 1984-05-02 | 3B |", "1984-05-02"),
    ("name,birth_date,team\nAnn Lee,02/11/1990,ops", "02/11/1990"),
])
def test_a_date_of_birth_column_is_typed_by_its_header(find: Find, text: str, dob: str) -> None:
    assert ("DATE_OF_BIRTH", dob) in find(text)


@pytest.mark.parametrize("text, number", [
    ("crew_pos,surname,given_names,dob,nationality,doc_type,doc_no,doc_expiry\nCPT,RENNIE,DAVE,1992-09-05,GBR,P,126045739,2031-05-18", "126045739"),
    (
        "NO  FAMILY NAME   GIVEN NAMES   RANK    NAT  DOB         DOC\n"
        "01  ZABOLOTNYI    IHOR          MASTER  UKR  01.09.1977  AB 507731\n"
        "02  DALISAY       PRECIOUS      C/O     PHL  30.08.1996  B0746613",
        "B0746613",
    ),
])
def test_a_crew_list_s_document_column_beside_a_birth_date_is_a_passport(find: Find, text: str, number: str) -> None:
    assert ("PASSPORT", number) in find(text), find(text)


def test_a_fixed_width_header_s_names_of_two_words_type_their_columns(find: Find) -> None:
    """A crew list's form prints "FAMILY NAME" and "GIVEN NAMES" with one space inside and two or more between."""
    text = (
        "NO  FAMILY NAME         GIVEN NAMES        RANK    NAT  DOB\n"
        "01  VUKOVIĆ             TEA                MASTER  HRV  23.01.1992\n"
        "02  DIMACULANGAN        JERWIN             C/O     PHL  03.11.1979"
    )
    found = {v for t, v in find(text) if t == "PERSON"}
    assert {"VUKOVIĆ", "TEA", "DIMACULANGAN", "JERWIN"} <= found, found


def test_an_accounts_export_s_document_number_is_no_passport(find: Find) -> None:
    assert not [v for t, v in find("Date,Doc No,Account,Amount\n2024-03-01,5100000123,4000,120.00") if t == "PASSPORT"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A semicolon is a European CSV's delimiter: a table with no other punctuation is read too.
        pytest.param("nom;tel;ville;cp\nOdile Ferrand;04 91 22 37 80;Aubagne;13400\nMarc Vidal;04 42 18 90 11;Istres;13800",
                     {"Odile Ferrand", "04 91 22 37 80", "Aubagne", "13400", "Marc Vidal", "Istres", "13800"}, id="fr-semicolon-cp"),
        pytest.param("nome|cognome|cell|comune|cap\nOttavia|Brunelleschi|347 221 9084|Sondrio|23100",
                     {"Ottavia", "Brunelleschi", "347 221 9084", "Sondrio", "23100"}, id="it-pipe-cap"),
        pytest.param("voornaam\tachternaam\tmob\tgemeente\tpc\nSieuwke\tOosterbroek\t06-41872290\tHarderwijk\t3842 BK",
                     {"Sieuwke", "06-41872290", "Harderwijk", "3842 BK"}, id="nl-tab-pc"),
        pytest.param("imie,nazwisko,tel,miejscowosc,kod\nBożydar,Wrzesiński,512 884 203,Olecko,19-400",
                     {"Bożydar", "Wrzesiński", "512 884 203", "Olecko", "19-400"}, id="pl-comma-kod"),
    ],
)
def test_postcode_and_town_columns_in_every_language_and_delimiter(find: Find, text: str, expected: set[str]) -> None:
    found = {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ticker;company;cap;sector\nAAPL;Apple;3000;Tech\nMSFT;Microsoft;2900;Tech", id="market-cap"),
        pytest.param("host|pc|ip|os\nws-01|LT-84312|10.0.0.5|Windows 11\nws-02|LT-84313|10.0.0.6|Windows 10", id="computers"),
        pytest.param("item;kod;ilosc\nSruba M8;4410;200\nNakretka;4420;150", id="product-codes"),
    ],
)
def test_an_abbreviated_header_types_nothing_in_a_table_of_no_one(find: Find, text: str) -> None:
    assert not {v for t, v in find(text) if t == "LOCATION" and any(c.isdigit() for c in v)}


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Fix the column order:\n| № | Empfänger | Straße | PLZ | Ort | Telefon |\n|---|---|---|---|---|---|\n"
                     "| 1 | Grete Vollmer | Lindenweg 4 | 27404 | Zeven | 04281 958812 |",
                     {"27404", "Zeven", "04281 958812"}, id="numbered-column-and-umlauts"),
        pytest.param("| # | Client | Rue | CP | Commune | Tél |\n|--|--|--|--|--|--|\n| 7 | Yannick Morvan | 12 rue des Lilas | 29200 | Brest | 02 98 44 12 09 |",
                     {"29200", "Brest", "02 98 44 12 09"}, id="french-cp-commune"),
        pytest.param("nombre;apellidos;teléfono;municipio;cp\nAinhoa;Urrutia;943 21 87 65;Azpeitia;20730\nIker;Goñi;948 22 10 33;Estella;31200",
                     {"20730", "Azpeitia", "943 21 87 65", "31200", "Estella"}, id="spanish-csv-accented-header"),
    ],
)
def test_postcodes_towns_and_phones_under_any_header(find: Find, text: str, expected: set[str]) -> None:
    found = [v for t, v in find(text) if t in ("LOCATION", "PHONE_NUMBER")]
    assert {value for value in expected if not any(value in v for v in found)} == set()


@pytest.mark.parametrize("text", [
    "cp: cannot stat 'build/app.tar': No such file or directory",
    "zip: dist/release.zip\nname: release",
])
def test_a_postcode_key_without_digits_holds_no_postcode(find: Find, text: str) -> None:
    assert not [v for t, v in find(text) if t == "LOCATION"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Load this into Postgres:\n\nad;soyad;il;telefon\nNurcan;Ertürk;Eskişehir;0532 418 77 21\nMurat;Aksoy;Kayseri;0544 902 13 08",
                 {"Nurcan", "Murat", "Eskişehir", "Kayseri"}, id="turkish-ad-il"),
    pytest.param("ime,prezime,grad\nDražen,Kovačević,Vinkovci\nSnježana,Perić,Vukovar", {"Vinkovci", "Vukovar"}, id="croatian-grad"),
    pytest.param("nome;cognome;via;cap\nOrnella;Sartori;Via dei Mille 14;40121\nSilvio;Ferraro;Via Garibaldi 3;40125",
                 {"Via dei Mille 14", "Via Garibaldi 3"}, id="italian-via"),
    pytest.param("nama;hp\nRatih Purnomo;0812 7788 9911\nWiwik Widjaja;0857 1122 3344", {"0812 7788 9911", "0857 1122 3344"}, id="indonesian-hp"),
    pytest.param("Rooming list:\nLast | First | Room\nOkafor | Chidi | 214\nLindqvist | Maja | 215", {"Chidi", "Maja"}, id="english-first"),
    pytest.param("SURNAME;GIVEN;SEAT\nHALVORSEN;SIGRID;12A\nBANDA;TAWONGA;12B", {"SIGRID", "TAWONGA"}, id="english-given"),
])
def test_weak_headers_type_their_column_in_a_table_of_people(find: Find, text: str, expected: set[str]) -> None:
    assert expected <= {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}


@pytest.mark.parametrize("text", [
    pytest.param("campaign,ad,clicks\nspring,Banner Blue,120\nsummer,Banner Red,88", id="ad-in-a-campaign"),
    pytest.param("route,via,minutes\nA1,M25,40\nA2,M4,55", id="via-in-a-route"),
    pytest.param("race,first,last\nheat 1,Blue Comet,Red Arrow\nheat 2,Swift,Ember", id="first-and-last-of-a-race"),
])
def test_weak_headers_type_nothing_in_other_tables(text: str) -> None:
    assert list(table_cells(text)) == []


# A header over rows of capitalised words: a column that names firms, products, places, departments
# or days holds no one, whatever names its cells bear.
@pytest.mark.parametrize("text, cells", [
    pytest.param("Flag any rate over our cap:\n\ncity,hotel,brand,rate_eur\nBerlin,Hotel Adlon,Kempinski,455\n"
                 "Lisbon,Pestana Palace,Independent,310\nOslo,The Thief,Independent,390", ["Kempinski", "Independent"], id="hotel-brands"),
    pytest.param("Which exchanges got worse?\n\nexchange,faults_wk1,faults_wk2\nStanley,18,22\nShirley,25,19\nHope,3,6",
                 ["Stanley", "Shirley", "Hope"], id="exchanges-named-like-people"),
    pytest.param("Headcount by team:\n\ndept;site;heads\nFinance;Leeds;12\nMarketing;Leeds;9", ["Finance", "Marketing"], id="departments"),
    pytest.param("Is this manifest pseudonymised enough?\n\ndonor_code,age_band,sex,icd10\nDN-0001,40-49,F,K50.9\nDN-0002,60-69,M,G20",
                 ["F", "M"], id="one-letter-codes-under-a-key-shaped-header"),
])
def test_a_column_named_for_things_holds_no_one(find: Find, text: str, cells: list[str]) -> None:
    assert not [v for t, v in find(text) if t == "PERSON" and v in cells]


def test_a_header_no_key_list_knows_leaves_its_columns_to_the_header_reading() -> None:
    # Above rows of capitalised words, a first row written as keys is a header, not a row of data:
    # its columns are typed by their header names or not at all, never as a headerless run of names.
    text = "Timeline for the display:\n\ncampaigner,union,year\nJack Jones,TGWU,1969\nBarbara Castle,Labour,1968"
    assert list(records(text)) == []


@pytest.mark.parametrize("text, phone", [
    pytest.param("INSERT INTO riders VALUES (4, 'Kalinda Marsh', '3-414-8820', 'active');", "3-414-8820", id="full-name"),
    pytest.param("insert into staff values (9, 'Smaranda', 'Vasilescu', '21 318 4470');", "21 318 4470", id="split-name"),
    pytest.param("INSERT INTO contacts VALUES\n  (1, 'Oluwaseun Bello', '1 802 55 31', NULL),\n  (2, 'Saoirse Nic Aodha', '87 550 2130', NULL);",
                 "87 550 2130", id="several-rows"),
])
def test_a_phone_in_a_persons_sql_row_without_columns(find: Find, text: str, phone: str) -> None:
    assert phone in {v for t, v in find(text) if t == "PHONE_NUMBER"}


def test_numbers_in_a_row_of_no_one_stay(find: Find) -> None:
    text = "INSERT INTO builds VALUES (7, 'Nightly', '2024-03-05', '12-345-678');"
    assert "2024-03-05" not in {v for t, v in find(text) if t == "PHONE_NUMBER"}


def test_listed_places_under_a_site_header_are_masked_in_technical_text(find: Find) -> None:
    text = ("Write a Python script that sorts this table by site and formats each number as E.164:\n\n"
            "| Name | Site | Phone |\n|---|---|---|\n| Dobromir Horvat | Tengen | 0152 4287 0556 |\n"
            "| Hauwa Danjuma | Nsukka | 08137443223 |\n| Sjoerd Dijkhuis | staging | 06-33768107 |\n")
    found = find(text)
    assert ("LOCATION", "Tengen") in found and ("LOCATION", "Nsukka") in found
    assert not [v for t, v in found if v == "staging"]


def test_a_site_column_of_environments_stays() -> None:
    text = "| Service | Site | Owner |\n|---|---|---|\n| api | Staging | platform |\n| worker | HQ | data |\n"
    assert [e for *_, e in table_cells(text) if e == "LOCATION"] == []


def test_a_psql_result_ruled_with_plus_signs_is_typed_by_its_header(find: Find) -> None:
    text = (
        "shop=> SELECT id, first_name, email, phone FROM customers;\n"
        "  id   | first_name |        email         |      phone\n"
        "-------+------------+----------------------+-----------------\n"
        "  4541 | Tanvir     | t.hossain@gmail.com  | 090-4817-3352\n"
        " 11655 | Joy        | joy.a@gmail.com      | (24) 99817-4420\n"
        "(2 rows)"
    )
    found = find(text)
    assert {("PERSON", "Tanvir"), ("PERSON", "Joy"), ("PHONE_NUMBER", "090-4817-3352"), ("PHONE_NUMBER", "(24) 99817-4420")} <= set(found)


def test_a_pg_dump_copy_block_is_typed_by_its_column_list(find: Find) -> None:
    text = (
        "COPY public.members (id, full_name, birth_date, email) FROM stdin;\n"
        "17\tIlse Vermeulen\t1979-11-02\tilse.v@telenet.be\n"
        "18\t\\N\t\\N\tnobody@telenet.be\n"
        "\\.\n"
    )
    found = set(find(text))
    assert {("PERSON", "Ilse Vermeulen"), ("DATE_OF_BIRTH", "1979-11-02")} <= found, found


def test_a_table_aligned_with_spaces_is_typed_by_its_header(find: Find) -> None:
    text = ">>> df.head()\n   id         name         dob\n0  101  Kofi Mensah  1990-05-21\n1  102    Ama Owusu  1988-12-03"
    found = set(find(text))
    assert {("DATE_OF_BIRTH", "1990-05-21"), ("DATE_OF_BIRTH", "1988-12-03")} <= found, found


def _printed_frame(prompt: str, header: list[str], rows: list[list[str]], gap: str) -> str:
    """A data frame as R (`gap` one space) or pandas (two) prints it: every column right-aligned
    to its widest cell, the row numbers left of the first."""
    widths = [max(len(c) for c in column) for column in zip(header, *rows)]
    lines = [" " * 2 + gap.join(c.rjust(w) for c, w in zip(header, widths))]
    lines += [f"{i + 1:<2}" + gap.join(c.rjust(w) for c, w in zip(row, widths)) for i, row in enumerate(rows)]
    return prompt + "\n" + "\n".join(lines)


@pytest.mark.parametrize("prompt, gap", [("> head(survey, 3)", " "), (">>> df.head(3)", "  ")], ids=["r", "pandas"])
def test_a_right_aligned_data_frame_is_cut_where_its_header_names_end(find: Find, prompt: str, gap: str) -> None:
    rows = [["445", "José Hernández", "52", "769567", "5"], ["408", "José Romero", "75", "680722", "2"],
            ["829", "Alberto Trujillo", "50", "994584", "2"]]
    found = set(find(_printed_frame(prompt, ["respondent", "name", "age", "postcode", "nps"], rows, gap)))
    assert {("PERSON", "José Hernández"), ("PERSON", "José Romero"), ("PERSON", "Alberto Trujillo")} <= found, found
    masked = " ".join(v for _, v in found)
    assert all(code in masked for code in ("769567", "680722", "994584")), found


def test_prose_with_wide_spaces_is_no_aligned_table(find: Find) -> None:
    assert find("Name   and   date   of birth   are   asked   at   the   desk.") == []


def test_records_beside_a_cobol_copybook_are_cut_at_its_widths_and_typed_by_its_names(find: Find) -> None:
    copybook = (
        "       01  CUSTOMER-REC.\n"
        "           05  CUST-ID        PIC 9(5).\n"
        "           05  CUST-NAME      PIC X(20).\n"
        "           05  CUST-DOB       PIC 9(8).\n"
        "           05  CUST-CITY      PIC X(10).\n"
    )
    record = "00042" + "NGUYEN VAN AN".ljust(20) + "19850617" + "HANOI".ljust(10)
    found = set(find("Parse these records with this copybook:\n" + copybook + "\n" + record))
    assert {("PERSON", "NGUYEN VAN AN"), ("DATE_OF_BIRTH", "19850617"), ("LOCATION", "HANOI")} <= found, found
    assert not any(v == "00042" for _, v in found)


def test_a_fixed_width_extract_under_a_header_in_capitals_is_cut_where_its_names_start(find: Find) -> None:
    header = "CUSTNO NAME                DOB      PHONE            CITY"
    row = "10042  MENSAH AKOSUA       19880214 +233 24 412 3456 KUMASI"
    assert header.index("CITY") == row.index("KUMASI")
    found = set(find("Convert this extract to CSV:\n" + header + "\n" + row))
    assert {("DATE_OF_BIRTH", "19880214"), ("PHONE_NUMBER", "+233 24 412 3456"), ("LOCATION", "KUMASI")} <= found, found


def test_a_heading_in_capitals_over_prose_types_nothing(find: Find) -> None:
    assert find("NAME DATE PLACE NOTES\nThe meeting went well and we agreed on the plan for next year.") == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Check this manifest for the ferry. Any passport expiring soon?\n\nSURNAME / GIVEN / DOB / PASSPORT / EXPIRY\n"
                 "NQOKO / AYANDA / 16/07/1970 / A05813927 / 01/2029\nDUMITRESCU / MIHAI / 30/01/2001 / E71934026 / 11/2031",
                 {("PERSON", "NQOKO"), ("PERSON", "AYANDA"), ("DATE_OF_BIRTH", "16/07/1970"), ("PASSPORT", "A05813927"),
                  ("PERSON", "MIHAI"), ("DATE_OF_BIRTH", "30/01/2001"), ("PASSPORT", "E71934026")}, id="ferry-manifest"),
    pytest.param("Guest / Email / Room\nBeatriz Quispe / bquispe@mail.pe / 12\nTomasz Wrona / t.wrona@o2.pl / 14",
                 {("PERSON", "Beatriz Quispe"), ("PERSON", "Tomasz Wrona")}, id="guest-list"),
])
def test_columns_split_by_a_spaced_slash_are_typed_by_their_header(find: Find, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(find(text))


@pytest.mark.parametrize("text", [
    pytest.param("Pros / Cons / Notes\nfast / costly / see below\ncheap / slow / n/a", id="no-typed-header"),
    pytest.param("Options: yes / no / maybe\nThen 12/03/2026 / 13/03/2026 are the dates", id="prose-with-slashes"),
])
def test_spaced_slashes_outside_a_typed_table_type_nothing(text: str) -> None:
    assert list(table_cells(text)) == []


@pytest.mark.parametrize("text, passport", [
    pytest.param("name,passport_number,nationality\nIrina Volkova,75 1234567,RU\nLuca Bianchi,YA1234567,IT", "YA1234567", id="csv-key"),
    pytest.param("Nombre;Pasaporte\nLucía Mora;PAF123456\nDiego Paz;XDC507214", "XDC507214", id="spanish-header"),
    pytest.param('{"guest": "Aylin Kaya", "passport_no": "U23456789"}', "U23456789", id="json-key"),
])
def test_a_passport_is_typed_by_its_key_and_its_shape(find: Find, text: str, passport: str) -> None:
    assert ("PASSPORT", passport) in find(text)


def test_a_crew_list_s_headers_with_a_possessive_or_an_ampersand_type_its_columns(find: Find) -> None:
    text = (
        "Crew list, arriving Antwerp\n"
        "| No. | Surname | Given names | Rank | Date & place of birth | Passport No. | Seaman's Book |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | DE GUZMAN | Arnel | Bosun | 21.07.1979, Bacolod | P3398211C | D0449120 |\n"
    )
    found = find(text)
    assert ("DATE_OF_BIRTH", "21.07.1979") in found, found
    assert ("PASSPORT", "P3398211C") in found, found
    assert ("NATIONAL_ID", "D0449120") in found, found


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("name,sirb,philhealth\nArnel de Guzman,0771245,19-051234567-1\n", "19-051234567-1", id="philhealth-column"),
        pytest.param("employee,ni_number,brp_number\nDawit Alemu,JT482913B,ZR7712045\n", "ZR7712045", id="brp-column"),
    ],
)
def test_a_worker_s_papers_under_their_column_are_ids(find: Find, text: str, value: str) -> None:
    assert any(v == value for t, v in find(text) if t in ("NATIONAL_ID", "UK_NINO")), find(text)


@pytest.mark.parametrize(
    "text, dob",
    [
        pytest.param("nombre\tfecha_nacimiento\tpuesto\nNerea Olabarria\t02/10/1999\tcajera\n", "02/10/1999", id="spanish-header"),
        pytest.param("| Navn | Fødselsdato | Stilling |\n|---|---|---|\n| Sindre Haugland | 14.02.1993 | lager |\n", "14.02.1993", id="norwegian-header"),
        pytest.param("Name,Date of birth (DD/MM/YYYY),Role\nBilal Rana,14/09/1992,driver\n", "14/09/1992", id="a-format-hint-in-the-header"),
        # Indonesia's TTL: the birthplace, then the date.
        pytest.param("nama;TTL;jabatan\nDewi Lestari;Surabaya, 12-03-1990;staf gudang\n", "12-03-1990", id="indonesian-place-and-date"),
    ],
)
def test_a_date_of_birth_column_in_other_languages(find: Find, text: str, dob: str) -> None:
    assert ("DATE_OF_BIRTH", dob) in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "$ consul members\nNode         Address           Status  Type\n"
            "consul-a     10.20.0.11:8301   alive   server\nconsul-b     10.20.0.12:8301   left    server\n",
            id="ipv4-and-port",
        ),
        pytest.param("host,address,state\nweb-1,fe80::1ff:fe23:4567:890a,up\nweb-2,00:1a:2b:3c:4d:5e,down\n", id="ipv6-and-mac"),
        pytest.param("| Service | Address |\n|---|---|\n| api | api-gw.internal:8443 |\n", id="host-and-port"),
    ],
)
def test_a_network_address_under_an_address_column_is_no_place(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "LOCATION"] == [], find(text)


def test_a_street_under_an_address_column_is_still_a_place(find: Find) -> None:
    text = "name,address,phone\nAoife Brennan,14 Pearse Street,087 123 4567\n"
    assert ("LOCATION", "14 Pearse Street") in find(text), find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("company,category,hq_country,status\nPorsche,automotive,DE,no reply\nTed Baker,fashion,GB,call booked\n"
                     "Tory Burch,fashion,US,pitched\nDr. Martens,footwear,GB,no reply\n", id="firms-named-after-people"),
        pytest.param("brand;sponsor tier;contact window\nHugo Boss;gold;Q3\nRalph Lauren;silver;Q4\n", id="brand-column"),
    ],
)
def test_a_firm_under_a_column_of_firms_reaches_the_cloud_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] in ("PERSON", "LOCATION")] == [], find(text)


def test_a_person_beside_a_column_of_firms_is_still_masked(find: Find) -> None:
    text = "supplier;contact;phone\nMorgan Sindall;Priya Patel;0121 496 0000\nKier;Tom Hughes;0161 496 0000\n"
    found = find(text)
    assert ("PERSON", "Priya Patel") in found and ("PERSON", "Tom Hughes") in found, found


def test_a_country_alone_in_a_roster_is_no_one_s_place(find: Find) -> None:
    text = "channel,creator,country,niche\nSqueezie,Lucas Hauchard,FR,entertainment\nKhaby Lame,Khabane Lame,IT,comedy\n"
    assert [f for f in find(text) if f[0] == "LOCATION"] == [], find(text)


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("name,street,city,postcode,country\nAoife Brennan,14 Pearse Street,Clonakilty,P85 X123,IE\n", "IE", id="csv-address"),
        pytest.param('{"name": "Aoife Brennan", "address": {"line1": "14 Pearse Street", "city": "Clonakilty",\n  "country": "Ireland"}}',
                     "Ireland", id="json-address"),
        pytest.param("<cust:Zip>SY8 1QE</cust:Zip>\n<cust:Country>GB</cust:Country>", "GB", id="xml-address"),
    ],
)
def test_a_country_closing_an_address_is_still_masked(find: Find, text: str, country: str) -> None:
    found = find(text)
    assert any(t == "LOCATION" and country in v for t, v in found), found


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("My colleague Peter Müller (passport country: Germany) needs a visa letter for a conference.", "Germany", id="inline-key"),
        pytest.param('{"name": "Ann Lee", "country": "DE"}', "DE", id="json-record"),
    ],
)
def test_a_country_under_its_key_outside_a_table_stays_a_person_s(find: Find, text: str, country: str) -> None:
    assert any(t == "LOCATION" and country in v for t, v in find(text)), find(text)


def test_german_s_short_geb_column_holds_the_birth_date(find: Find) -> None:
    text = "name;vorname;geb;strasse;plz;ort\nAydın;Elif;19.12.1990;Seestraße 108;4830;Hallstatt\n"
    assert ("DATE_OF_BIRTH", "19.12.1990") in find(text), find(text)
