"""Values typed by their key: JSON, YAML, CSV, SQL, key=value logs, e-mail and git headers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.field_keys import entity_for_key, person_name
from privacy_gateway.detection.lexicon import english_form, first_names, last_names
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "key, entity",
    [
        ("name", "PERSON"), ("first_name", "PERSON"), ("lastName", "PERSON"), ("Customer-Name", "PERSON"),
        ("assignee", "PERSON"), ("created_by", "PERSON"), ("AUTHOR", "PERSON"), ("contact", "PERSON"),
        ("email", "EMAIL_ADDRESS"), ("workEmail", "EMAIL_ADDRESS"), ("mobile", "PHONE_NUMBER"),
        ("phone_number", "PHONE_NUMBER"), ("street", "LOCATION"), ("zip_code", "LOCATION"), ("postcode", "LOCATION"),
        ("billing_address", "LOCATION"), ("City", "LOCATION"),
        ("service_name", None), ("file_name", None), ("ip_address", None), ("remote_addr", None),
        ("customer_id", None), ("user_agent", None), ("email_verified", None), ("priority", None),
    ],
)
def test_keys(key: str, entity: str | None) -> None:
    assert entity_for_key(key) == entity


@pytest.mark.parametrize(
    "value, name",
    [
        ("maria lopez", "maria lopez"), ("ANNA KOWALSKI", "ANNA KOWALSKI"), ("Ann Lee <ann@corp.example>", "Ann Lee"),
        ("Lee, Ann", "Lee, Ann"), ("Jean-Luc Picard", "Jean-Luc Picard"),
        ("billing-service", None), ("create_ticket", None), ("v2", None), ("Checkout code", None),
        ("Set up Python", None), ("payments/api", None),
    ],
)
def test_person_shapes(value: str, name: str | None) -> None:
    span = person_name(value)
    assert (value[span[0] : span[1]] if span else None) == name


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('{"customer": "maria lopez", "city": "leeds"}', {"maria lopez", "leeds"}, id="json"),
        pytest.param('call({"name": "create_ticket", "arguments": "{\\"assignee\\": \\"john smith\\"}"})',
                     {"john smith"}, id="json-in-tool-arguments"),
        pytest.param("customer:\n  first_name: ANNA\n  lastName: kowalski\n  phone: 0612345678\n",
                     {"ANNA", "kowalski", "0612345678"}, id="yaml"),
        pytest.param("SELECT * FROM users WHERE last_name = 'okafor' AND city LIKE 'lagos';", {"okafor", "lagos"}, id="sql-where"),
        pytest.param('level=INFO msg="login ok" user_name="hannah berg" customer=olaf', {"hannah berg", "olaf"}, id="key-value-log"),
        pytest.param("commit 3f2a1b9\nAuthor: tomas horak <th@corp.example>\n\n    fix parser", {"tomas horak"}, id="git-log"),
        pytest.param('From: "Lena Fischer" <lena@x.example>\nTo: bob marley <b@x.example>\nSubject: invoice',
                     {"Lena Fischer", "bob marley"}, id="mail-headers"),
        pytest.param('From: "Jenkins" <m.jenkins@x.example>\nSubject: invoice', {"Jenkins"}, id="a-surname-like-a-tool-from-a-person"),
        pytest.param("// TODO(Arvid Holm): drop after the migration\nretry(3);", {"Arvid Holm"}, id="todo-comment"),
        pytest.param('Fix the quoting:\n"Okafor, Chidi",0803 555 0199,90210', {"Okafor, Chidi", "0803 555 0199", "90210"}, id="quoted-record"),
        pytest.param("/**\n * Parses the feed.\n * @author ines moreau\n */", {"ines moreau"}, id="javadoc-author"),
        pytest.param("CUST-REC 44020 NAME=GRAY, JULIA ADDR=FLAT 92T STATUS=ACTIVE", {"GRAY, JULIA"}, id="surname-comma-given-record"),
        pytest.param("BEGIN:VCARD\nVERSION:3.0\nN:Preiß;Corinne;;;\nFN:Corinne Preiß\nEND:VCARD", {"Preiß", "Corinne", "Corinne Preiß"}, id="vcard"),
        pytest.param("WARN pbx.route caller=6289815631712 callee=queue-4 sip_code=486", {"6289815631712"}, id="caller-number"),
        pytest.param("BEGIN:VCARD\nN:אמסלם;נהוראי;;;\nFN:נהוראי אמסלם\nEND:VCARD", {"אמסלם", "נהוראי", "נהוראי אמסלם"}, id="vcard-any-script"),
    ],
)
def test_values_typed_by_key(find: Find, text: str, expected: set[str]) -> None:
    found = {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"name": "billing-service", "version": "1.2.0", "private": true}', id="package-json"),
        pytest.param("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments\nspec:\n  replicas: 3", id="k8s"),
        pytest.param("steps:\n  - name: Checkout code\n    uses: actions/checkout@v4\n  - name: Set up Python", id="ci-steps"),
        pytest.param('{"service_name": "orders", "remote_addr": "gateway", "state": "running"}', id="thing-keys"),
        pytest.param("Which enum values are missing?\nstatus;kind\nOpen;Bug\nClosed;Feature", id="enum-rows"),
        pytest.param('From: "Jenkins" <jenkins@ci.example.org>\nSubject: Build failed', id="a-tool-sending-as-itself"),
    ],
)
def test_things_named_in_structure_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("text, name", [
    ('10.2.0.14 - - "GET /api/users/lookup?email=x%40y.org&owner=Margana.Prayoga HTTP/1.1" 404 153', "Margana.Prayoga"),
    ("POST /contact HTTP/1.1\n\nfull_name=Mary+Simmons&reply_to=ms%40example.org&msg=where+is+my+order", "Mary+Simmons"),
    ("GET /tickets?status=open&assignee=Jan.De.Vries HTTP/1.1", "Jan.De.Vries"),
])
def test_query_and_form_values_run_to_the_next_separator(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


def test_a_query_value_with_a_technical_word_is_not_a_name(find: Find) -> None:
    found = find("GET /search?q=python+tutorial&page=2&name=checkout+service HTTP/1.1")
    assert not [v for e, v in found if e == "PERSON"]


@pytest.mark.parametrize("text", [
    "class Employee:\n    given_name: str\n    family_name: str",
    "def find(self, last_name=lastName):\n    return self.by(last_name=lastName)",
    "Why is this field empty?\nauthor_name: String",
])
def test_types_and_variables_under_a_name_key_are_not_names(find: Find, text: str) -> None:
    assert not [v for e, v in find(text) if e == "PERSON"]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param('{"reviewers": ["kofi mensah", "Ingrid Solberg"], "state": "open"}', {"kofi mensah", "Ingrid Solberg"}, id="list-of-reviewers"),
        pytest.param('{"authors": ["Sipho Ndlovu"], "year": 2021}', {"Sipho Ndlovu"}, id="plural-key"),
        pytest.param("{'attendees': ['Mei Tanaka', 'Tomasz Nowak']}", {"Mei Tanaka", "Tomasz Nowak"}, id="single-quoted"),
    ],
)
def test_people_listed_under_a_plural_key(find: Find, text: str, names: set[str]) -> None:
    assert names <= {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"owners": ["platform-team"], "members": ["admin", "root"], "customers": ["enterprise", "smb"]}', id="roles-and-tiers"),
        pytest.param('{"drivers": ["nvidia", "amdgpu"], "guests": ["anonymous"]}', id="drivers"),
        pytest.param('{"member": "admin", "owner": "root", "contact": "support"}', id="accounts-under-person-keys"),
    ],
)
def test_roles_and_accounts_under_person_keys_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize("text", [
    "service: payments-api\noncall: SRE rotation\nrunbook: https://wiki.internal/payments",
    '{"service": "ledger", "owner": "Platform team", "tier": 1}',
    "[rotation]\nresponder = \"weekly\"\nstart = 2026-12-07",
])
def test_a_phrase_or_a_schedule_under_a_person_key_is_no_one(find: Find, text: str) -> None:
    """Words in two cases are a phrase, not a name typed in one; "weekly" says how often, not who."""
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize("text, name", [
    ("service: payments-api\nmentor: frank bird\nrunbook: https://wiki.internal/payments", "frank bird"),
    ('{"incident_commander": "Priya d\'Souza", "sev": 2}', "Priya d'Souza"),
    ("oncall: Ana de Souza", "Ana de Souza"),
])
def test_a_name_in_one_case_under_a_role_key_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


# --- keys in other languages, and name parts typed by the record they sit in (issue 18) --------

@pytest.mark.parametrize(
    "key, entity",
    [
        ("Vorname", "PERSON"), ("nachname", "PERSON"), ("prénom", "PERSON"), ("apellidos", "PERSON"),
        ("Kunde", "PERSON"), ("destinataire", "PERSON"), ("Strasse", "LOCATION"), ("PLZ", "LOCATION"),
        ("Ort", "LOCATION"), ("ville", "LOCATION"), ("direccion", "LOCATION"), ("telefono", "PHONE_NUMBER"),
        ("courriel", "EMAIL_ADDRESS"), ("nom_fichier", None), ("first", None), ("display", None),
    ],
)
def test_keys_in_other_languages(key: str, entity: str | None) -> None:
    assert entity_for_key(key) == entity


@pytest.mark.parametrize(
    "text, values",
    [
        ('{"Kunde": {"Vorname": "Patricia", "Nachname": "Sanchez", "PLZ": "12345", "Ort": "Stewartville"}}',
         ["Patricia", "Sanchez", "12345", "Stewartville"]),
        ('{"client": {"nom": "WALLACE", "prenom": "Patrick", "ville": "Erkelenz"}}', ["WALLACE", "Patrick", "Erkelenz"]),
        ('{"event":"signup","user":{"first":"Maria","last":"Kowalczyk"}}', ["Maria", "Kowalczyk"]),
        ('{"attendees": [{"given": "Ann", "family": "Lee"}, {"given": "Bo", "family": "Chen"}]}', ["Ann", "Lee", "Bo", "Chen"]),
        ('{"owner": {"name": "dorian marin"}, "tier": 1}', ["dorian marin"]),
        ("reviewers:\n  - first: Dorota\n    last: Wiśniewska\n", ["Dorota", "Wiśniewska"]),
    ],
)
def test_name_parts_in_a_persons_record_are_masked(find: Find, text: str, values: list[str]) -> None:
    found = {v for _, v in find(text)}
    assert set(values) <= found


@pytest.mark.parametrize(
    "text",
    [
        '{"services": [{"name": "payments-api", "owner": "team-payments", "tier": 1}, {"name": "nginx", "owner": "platform", "runbook": "README.md"}], "reviewer": null}',
        '{"queue": {"name": "invoice-events", "createdBy": "terraform"}, "consumer": {"displayName": "mailer-worker"}}',
        '{"user": {"first": true, "last": 20, "display": "compact"}}',
        "service:\n  name: billing\n  first: true\n",
    ],
)
def test_things_under_person_keys_stay(find: Find, text: str) -> None:
    assert find(text) == []


_PERSON_KEYS = [
    "assignee", "reviewer", "requester", "owner", "created_by", "contact", "recipient", "full_name", "display_name", "customer",
    # Who holds a role in a rota, an incident or a team (round 32).
    "oncall", "incident_commander", "mentor", "tech_lead", "organizer", "interviewer", "responder",
]


def _spell(words: list[str], style: str) -> str:
    """A key's words as code spells them: snake_case, camelCase, kebab-case or SHOUTED_SNAKE."""
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "upper":
        return "_".join(words).upper()
    return ("-" if style == "kebab" else "_").join(words)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(n for n in first_names() if n.isalpha() and len(n) >= 4 and not english_form(n))),
    st.sampled_from(sorted(n for n in last_names() if n.isalpha() and len(n) >= 4 and not english_form(n))),
    st.sampled_from(_PERSON_KEYS),
    st.sampled_from(["snake", "camel", "kebab", "upper"]),
    st.sampled_from([str.title, str.lower, str.upper]),
)
def test_any_census_name_under_any_person_key_is_masked(find: Find, first: str, last: str, key: str, style: str, case) -> None:  # noqa: ANN001
    spelled = _spell(key.split("_"), style)
    name = case(f"{first} {last}")
    text = f'Why is this payload rejected?\n{{"ticket": 4411, "{spelled}": "{name}", "priority": "high"}}'
    assert ("PERSON", name) in find(text)


# Records in markup and config (issue 18, fifth round): XML elements, top-level name halves, INI lines.
@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("<cus:CreateCustomer>\n<cus:FirstName>Devi</cus:FirstName>\n<cus:LastName>Iswahyudi</cus:LastName>\n"
                     "<cus:Phone>0812 3456 7890</cus:Phone>\n</cus:CreateCustomer>", {"Devi", "Iswahyudi", "0812 3456 7890"}, id="soap"),
        pytest.param("<customer><first_name>tomasz</first_name><surname>wisniewski</surname></customer>",
                     {"tomasz", "wisniewski"}, id="xml-lower-case"),
        pytest.param('curl -d \'{"first":"Tomasz","last":"Wisniewski"}\' https://signup.example', {"Tomasz", "Wisniewski"},
                     id="json-top-level-halves"),
        pytest.param("payload = {'given': 'Rose', 'family': 'Hill'}", {"Rose", "Hill"}, id="dict-halves-that-are-words"),
        pytest.param('<contact first="Aylin" last="Demir"/>', {"Aylin", "Demir"}, id="xml-attributes"),
        pytest.param("[contact]\nfirst = Tomasz\nlast = Wisniewski\n", {"Tomasz", "Wisniewski"}, id="ini"),
        pytest.param("customer.name = Ilse Vermeulen\ncustomer.city = Zwolle\n", {"Ilse Vermeulen", "Zwolle"}, id="properties"),
    ],
)
def test_records_in_markup_and_config(find: Find, text: str, expected: set[str]) -> None:
    assert expected <= {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"first": "page1", "last": "page9", "total": 90}', id="pagination-cursors"),
        pytest.param("<first>1</first><last>10</last>", id="xml-numbers"),
        pytest.param("owner = self.owner\ncustomer = request.customer\n", id="code-assignments"),
        pytest.param("[metadata]\nname = invoice-sync\nversion = 1.4.2\n", id="setup-cfg"),
        pytest.param("<status>Draft</status><priority>High</priority><city_count>3</city_count>", id="xml-things"),
    ],
)
def test_markup_and_config_without_people_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("text, dob", [
    ('{"name": "Ann Lee", "dob": "1988-02-11"}', "1988-02-11"),
    ("<DateOfBirth>13/06/1982</DateOfBirth>", "13/06/1982"),
    ("{'birthdate': '23/08/1987'}", "23/08/1987"),
    ("date_of_birth = 1979-04-03", "1979-04-03"),
])
def test_dates_of_birth_under_quoted_and_markup_keys(find: Find, text: str, dob: str) -> None:
    assert ("DATE_OF_BIRTH", dob) in find(text)


@settings(max_examples=25, deadline=None)
@given(
    first=st.sampled_from(["Tomasz", "Aylin", "Chidi", "Nguyen", "Rose", "Will"]),
    last=st.sampled_from(["Wisniewski", "Demir", "Okafor", "Hill", "Bakker"]),
    shape=st.sampled_from([
        '{{"first": "{f}", "last": "{l}"}}', "<first>{f}</first><last>{l}</last>", '<p given="{f}" family="{l}"/>',
        "first = {f}\nlast = {l}", "{{'given': '{f}', 'family': '{l}'}}",
    ]),
)
def test_both_halves_of_a_name_are_masked_in_any_record_syntax(find: Find, first: str, last: str, shape: str) -> None:
    found = {v for t, v in find(shape.format(f=first, l=last)) if t in ("PERSON", "LOCATION")}
    assert {first, last} <= found


@pytest.mark.parametrize("text, names", [
    pytest.param("Meeting notes, attendees: tanvir, mei ling, oskar; next week", {"tanvir", "mei ling", "oskar"}, id="lower-case-list"),
    pytest.param("reviewers: Ann Lee, Bo Chen and Ewa Nowak", {"Ann Lee", "Bo Chen", "Ewa Nowak"}, id="and-list"),
    pytest.param("SELECT * FROM patients WHERE surname ILIKE 'mensah%'", {"mensah"}, id="sql-wildcard"),
])
def test_every_person_of_a_listed_or_wildcarded_value(find: Find, text: str, names: set[str]) -> None:
    assert names <= {v for t, v in find(text) if t == "PERSON"}


def test_a_list_under_a_people_key_stops_at_english_words(find: Find) -> None:
    found = {v for t, v in find("reviewers: Ann Lee, backend and release") if t == "PERSON"}
    assert "Ann Lee" in found and not found & {"backend", "release", "backend and release"}


def test_a_birth_key_with_no_date_is_no_date_of_birth(find: Find) -> None:
    assert [v for t, v in find('{"birth_date_verified": true, "dob": "unknown"}') if t == "DATE_OF_BIRTH"] == []


# Code that sets, builds or compares a record's field (issue 18, eighth round).
@pytest.mark.parametrize("text, expected", [
    pytest.param('Customer c = Customer.builder()\n    .firstName("Oluwaseun")\n    .lastName("Adeyemi-Bakare")\n'
                 '    .city("Ibadan")\n    .build();', {"Oluwaseun", "Adeyemi-Bakare", "Ibadan"}, id="builder"),
    pytest.param('user.setLastName("Ferreira-Lima");\nuser.setCity("Petrópolis");', {"Ferreira-Lima", "Petrópolis"}, id="setters"),
    pytest.param('assert profile.name == "Yerlan Abenov"\nassert profile.city == "Pavlodar"', {"Yerlan Abenov", "Pavlodar"},
                 id="attribute-comparison"),
    pytest.param("SELECT * FROM customers c WHERE c.last_name ILIKE 'Nakagawa%' AND c.first_name = 'Haruto';",
                 {"Nakagawa", "Haruto"}, id="qualified-columns-and-wildcards"),
    pytest.param('order.shipping_address.city = "Kisumu"\norder.recipient = "Achieng Otieno"', {"Kisumu", "Achieng Otieno"},
                 id="attribute-path"),
])
def test_fields_set_built_or_compared_in_code(find: Find, text: str, expected: set[str]) -> None:
    assert expected <= {v for t, v in find(text) if t in ("PERSON", "LOCATION")}


@pytest.mark.parametrize("text", [
    pytest.param('const user = { firstName: "", lastName: "", city: null };\nHow do I type this?', id="null-fields"),
    pytest.param('if (config.name == "payments") { log.info("starting") }', id="config-name"),
    pytest.param('assert response.status == "ok"\nassert settings.region == "eu-west-1"', id="status-region"),
    pytest.param('builder.name("checkout").version("2.1.0").build()', id="builder-of-a-thing"),
    pytest.param("SELECT * FROM services s WHERE s.name LIKE 'pay%';", id="like-a-service"),
])
def test_code_naming_no_one_stays(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


def test_a_mail_key_types_only_an_address_spelled_out(find: Find) -> None:
    assert ("EMAIL_ADDRESS", "ann at corp dot com") in find("Mail: ann at corp dot com")
    assert [t for t, _ in find("Preferences » Accounts » Mail: the server field is greyed out on macOS.") if t == "EMAIL_ADDRESS"] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("Convert this card to JSON:\n- Guest: Bambang Santoso\n- Address line 1: Vliet 8\n- Town/City: Woudrichem\n", "Vliet 8"),
        ("Convert this card to JSON:\n- Guest: Bambang Santoso\n- Address line 1: Vliet 8\n- Town/City: Woudrichem\n", "Woudrichem"),
        ("Parse this label for me:\nShip to: 14 Rue Haute, Namur\n", "14 Rue Haute, Namur"),
        ("Fix the form: Place of birth: Tarnów", "Tarnów"),
        ("Checkout bug: the field `postal_code` = \"7991 AB\" fails our regex `^[0-9]{5}$`.", "7991 AB"),
        ("Checkout bug: the regex `^[0-9]{5}$` fails. Country select shows \"India\", city \"Jayanagar\".", "Jayanagar"),
    ],
)
def test_place_labels_of_words_code_keys_and_quoted_values_in_prose(find: Find, text: str, value: str) -> None:
    assert ("LOCATION", value) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why is this pod stuck?\n\nLast State: Terminated, Reason: OOMKilled, Exit Code: 137",
        "The city \"field\" is required when the country is set.",
    ],
)
def test_place_labels_without_a_place_stay(find: Find, text: str) -> None:
    assert not [v for t, v in find(text) if t == "LOCATION"]


def test_an_address_line_in_a_table_row_is_masked_whole(find: Find) -> None:
    text = "Which fields are in the wrong order?\nFull name | Camille Durand\nAddress line 1 | 4 rue des Tanneurs\nAddress line 2 | 71100 Chalon-sur-Saône\nCountry | France"
    places = [v for t, v in find(text) if t == "LOCATION"]
    assert "4 rue des Tanneurs" in places
    assert not [v for v in places if "line" in v]


def test_a_table_describing_address_fields_stays(find: Find) -> None:
    text = "Document these fields:\n| Field | Format |\n|---|---|\n| Address line 1 | Text, up to 60 characters |\n| Post code | 5 digits |\n| Ship to | 2 boxes max |"
    assert find(text) == []


@pytest.mark.parametrize(
    "text, number",
    [
        pytest.param('{"id": 4812, "name": "Anna Berg", "contact": "318-1234", "active": true}', "318-1234", id="json"),
        pytest.param("<customer><name>Anna Berg</name><contact>71123456</contact></customer>", "71123456", id="xml"),
        pytest.param("owner:\n  name: Anna Berg\n  emergency_contact: 318-1234\n  team: billing", "318-1234", id="yaml"),
        pytest.param("| Name | Contact | City |\n|---|---|---|\n| Anna Berg | 7012345 | Suva |", "7012345", id="table-column"),
        pytest.param('{"contact": "(0-612) 34567 ext. 12"}', "(0-612) 34567 ext. 12", id="json-extension"),
    ],
)
def test_a_phone_under_a_contact_key_is_a_phone(find: Find, text: str, number: str) -> None:
    assert ("PHONE_NUMBER", number) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"contact": "2024-03-12"}', id="date"),
        pytest.param('{"contact": "10.0.0.12"}', id="address"),
        pytest.param('{"contact": "12345"}', id="short"),
        pytest.param('{"contact": "v1.2.3"}', id="version"),
    ],
)
def test_other_values_under_a_contact_key_are_no_phones(find: Find, text: str) -> None:
    assert not [v for t, v in find(text) if t == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "text, number",
    [
        pytest.param('{"contactNumber": "013 5805487 int. 133"}', "013 5805487 int. 133", id="italian-int"),
        pytest.param("phone: 020 7946 0000 x3451", "020 7946 0000 x3451", id="x"),
        pytest.param("<tel>0612 345678 poste 21</tel>", "0612 345678 poste 21", id="french-poste"),
        pytest.param("Telefon: 030 1234567 Durchwahl 12", "030 1234567 Durchwahl 12", id="german-durchwahl"),
    ],
)
def test_a_phone_under_a_phone_key_keeps_its_extension(find: Find, text: str, number: str) -> None:
    """Offices write the extension in their own language; the number and the extension go together."""
    assert ("PHONE_NUMBER", number) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"phone": "ext. 12"}', id="an-extension-alone"),
        pytest.param('{"phone": "call me int. 133"}', id="words"),
    ],
)
def test_an_extension_does_not_make_a_phone(find: Find, text: str) -> None:
    assert not [v for t, v in find(text) if t == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    "key, entity",
    [
        ("addr1", "LOCATION"), ("addr2", "LOCATION"), ("address3", "LOCATION"), ("street2", "LOCATION"),
        ("country_name", "LOCATION"), ("cityName", "LOCATION"), ("unit", "LOCATION"),
        ("version2", None), ("file_name", None), ("host_name", None), ("step1", None),
    ],
)
def test_numbered_address_lines_and_place_names(key: str, entity: str | None) -> None:
    assert entity_for_key(key) == entity


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param('order=A-7731 addr1="Am Köllnischen Park 750" addr2="WOHNUNG 879" country_name=DEUTSCHLAND result=ok',
                     {"Am Köllnischen Park 750", "WOHNUNG 879", "DEUTSCHLAND"}, id="numbered-lines-in-a-log"),
        pytest.param('{"street": "699 Oreilly Station", "unit": "Apt. N", "zip": "58444"}', {"Apt. N"}, id="lettered-unit-key"),
        pytest.param("shipping:\n  city: fårup\n  country: danmark", {"danmark"}, id="lower-case-country-value"),
    ],
)
def test_address_values_under_more_keys(find: Find, text: str, expected: set[str]) -> None:
    found = {v for t, v in find(text) if t == "LOCATION"}
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"metric": "latency", "unit": "ms", "value": 12}', id="unit-of-measure"),
        pytest.param("temperature:\n  unit: celsius\n  value: 21", id="unit-word"),
        pytest.param('{"region_name": "us-east-1", "bucket": "logs"}', id="cloud-region-name"),
        pytest.param("locale:\n  language: en\n  country: us", id="country-code-in-a-locale"),
        pytest.param('{"step1": "Checkout", "step2": "Build 12"}', id="numbered-steps"),
    ],
)
def test_non_address_values_under_these_keys_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "LOCATION"] == []


@pytest.mark.parametrize(
    "text, values",
    [
        ("DELETE FROM stores WHERE town IN ('Quba', 'Duchcov');", {"Quba", "Duchcov"}),
        ("SELECT * FROM users u WHERE u.last_name NOT IN ('Bladt', 'Kopřiva')", {"Bladt", "Kopřiva"}),
    ],
)
def test_sql_membership_items_are_typed_by_their_column(find: Find, text: str, values: set[str]) -> None:
    assert values <= {v for _, v in find(text)}, find(text)


def test_sql_membership_under_a_thing_column_stays(find: Find) -> None:
    text = "SELECT id FROM orders WHERE status IN ('Phoenix', 'Jenkins') AND carrier IN ('DHL Express')"
    assert find(text) == [], find(text)


@pytest.mark.parametrize(
    "text, code",
    [
        pytest.param('{"name": "Ana", "zip": 30301, "city": "Atlanta"}', "30301", id="json-number-zip"),
        pytest.param('{"postal_code": 75008}', "75008", id="json-number-postal-code"),
        pytest.param('{"pin_code": "110001", "city": "Delhi"}', "110001", id="pin-code-key"),
    ],
)
def test_a_postcode_key_types_its_code(find: Find, text: str, code: str) -> None:
    assert ("LOCATION", code) in find(text)


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param('{"zip": 1, "level": 9}', "1", id="zip-flag"),
        pytest.param('{"pin": 4821, "retries": 3}', "4821", id="card-pin"),
        pytest.param('{"port": 8080, "zip": true}', "8080", id="port"),
        pytest.param('{"count": 30301, "total": 75008}', "30301", id="counts"),
    ],
)
def test_numbers_under_other_keys_stay(find: Find, text: str, value: str) -> None:
    assert not [v for t, v in find(text) if t == "LOCATION" and v == value]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Can you check the form?\nName\nkatarzyna wójcik\nStreet\nul. Lipowa 14/3\nTown\nKalisz\nPostal code\n62-800",
                     {"62-800"}, id="web-form"),
        pytest.param("Details as the PDF has them:\nSurname:\nOkonkwo\nPostcode:\nLS6 2QT\nMobile:\n07700 900123",
                     {"Okonkwo", "LS6 2QT", "07700 900123"}, id="pdf-labels-with-colons"),
        pytest.param("Shipping details\nRecipient\nTomasz Nowak\nZIP\n30643\nCountry\nPoland", {"Tomasz Nowak", "30643"}, id="shipping-label"),
    ],
)
def test_a_form_with_its_labels_stacked_over_their_values(find: Find, text: str, expected: set[str]) -> None:
    # Copied from a web page, a PDF or a CRM screen: each label on its own line, its value on the next.
    found = {v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")}
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Help me lay out this signup form:\nFull name\n\nPostal code\n\nCity\n\nMobile\n", id="a-blank-form"),
        pytest.param("Fields we collect, in order:\nFull name\nPostal code\nCity\nMobile\nEmail", id="labels-one-under-another"),
        pytest.param("Address\nThe address field fails when the street has a slash in it.\nName\nThe name is required.", id="headings-over-prose"),
        pytest.param("Copied from the admin page, why is it rejected?\nCity\nn/a\nCountry\nn/a\nPostal code\nn/a", id="fields-left-unknown"),
        pytest.param("Reviewer\nlooks fine to me\n\nAuthor\nthanks, merging", id="roles-over-what-they-said"),
    ],
)
def test_a_forms_labels_and_untyped_lines_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION", "PHONE_NUMBER")] == []


def test_one_label_over_a_line_is_no_form() -> None:
    from privacy_gateway.detection.structured import form_labels, stacked_values

    text = "Quick question about the new report.\nCity\nLondon is where most of the orders come from.\nThanks"
    assert list(stacked_values(text)) == [] and form_labels(text) == []


def test_street_lines_typed_by_their_last_word_are_no_labels(find: Find) -> None:
    # "High Street", "Station Road": a value's words, though "street" and "road" type a key.
    text = "Post it to:\nAnna Berg\nThe Old Mill\nHigh Street\nStation Road\nLeeds"
    places = [v for t, v in find(text) if t == "LOCATION"]
    assert all(any(street in place for place in places) for street in ("High Street", "Station Road")), places


def test_identifiers_stacked_over_values_are_no_form() -> None:
    from privacy_gateway.detection.structured import form_labels, stacked_values

    text = "Mapping from the schema:\nShippingAddress\nEnum\nuser_name\nString\nClass\nCustomer"
    assert list(stacked_values(text)) == [] and form_labels(text) == []


@pytest.mark.parametrize("text", [
    pytest.param("From the AWS console, what does this mean?\nInstance type\nt3.medium\nState\nstopped\nPlatform\nLinux/UNIX\nMonitoring\ndisabled", id="console-panel"),
    pytest.param("Spec sheet\nWeight\n1.2 kg\nBattery\n4500 mAh\nDisplay\n6.1 in\nWarranty\n24 months", id="spec-sheet"),
    pytest.param("invoice summary\nSubtotal\n120.00\nShipping\n4.95\nTax\n24.99\nTotal\n149.94", id="invoice-totals"),
])
def test_a_settings_page_or_spec_sheet_with_labels_over_values_stays(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize("text, value", [
    pytest.param("Contact card\nAnn Lee\n+44 7700 900123\nReading\n0118 496 0000\nTotal\n2", "Reading", id="town-over-its-number"),
    pytest.param("Visitors today\nHope\n09:30\nGrace\n10:15\nTotal\n2\nShift\n3", "Grace", id="given-names-over-times"),
    pytest.param("Badge list\nPike\n4471\nMoss\n4472\nFell\n4473", "Moss", id="roster-of-surnames-that-are-words"),
    pytest.param("Given name:\nZella\nPostcode:\n43044\nCountry name:\nDeutschland\nMobile:\n+49-4843-04460845", "Deutschland",
                 id="value-over-the-next-label"),
])
def test_names_and_towns_over_numbers_are_no_labels(find: Find, text: str, value: str) -> None:
    assert value in {v for _, v in find(text)}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ('Repo.insert!(%Member{full_name: "A. Rosli", born_on: ~D[1968-09-08]})', "1968-09-08"),
        ("db.patients.insertOne({ birthDate: ISODate('1995-05-17T00:00:00.000Z'), ward: 4 })", "1995-05-17T00:00:00.000Z"),
        ('{"properties": {"date_of_birth": {\n      "value": "1968-09-08"\n    }}}', "1968-09-08"),
        ("Patient(name='x', dob=date(1983, 12, 5))", "1983, 12, 5"),
        ("member.setBirthDate(LocalDate.of(1990, 4, 2));\nval dob: String = \"12/04/1987\"", "1990, 4, 2"),
        ("SELECT id FROM people WHERE geboortedatum = DATE '1971-03-30'", "1971-03-30"),
    ],
)
def test_a_date_of_birth_is_found_under_its_key_however_code_wraps_it(find: Find, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in find(text), text


@pytest.mark.parametrize(
    "text",
    [
        '{"dob": null,\n  "created": "2024-01-01"}',
        "born: Lagos, 1990-01-01",
        "if (birthday) { remind(2024-05-01) }",
        "birthday_reminder_sent_at: 2024-05-01T09:00:00Z",
    ],
)
def test_a_date_after_something_else_than_a_birth_key_is_no_birth_date(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "DATE_OF_BIRTH"] == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<input name="postcode" value="685612">\n<input name="tel" type="tel" value="(24) 99817-4420">', {("LOCATION", "685612"), ("PHONE_NUMBER", "(24) 99817-4420")}),
        ('{"UserAttributes": [{"Name": "given_name", "Value": "Aroha"}, {"Name": "phone_number", "Value": "+64 21 555 0199"}]}', {("PERSON", "Aroha"), ("PHONE_NUMBER", "+64 21 555 0199")}),
        ('contact.swift: givenName: "Min-seo", familyName: "Kang"', {("PERSON", "Min-seo"), ("PERSON", "Kang")}),
        ("0000: full_name=Eero+M%C3%A4kinen&town=Ludlow&consent=on", {("PERSON", "Eero+M%C3%A4kinen"), ("LOCATION", "Ludlow")}),
    ],
)
def test_values_named_beside_them_encoded_or_hyphenated_are_typed(find: Find, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(find(text)), text


@pytest.mark.parametrize(
    "text",
    [
        '{"name": "Content-Type", "value": "application/json"}',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "GET /search?q=caf%C3%A9+near+me&lang=en",
        'first_name: "Follow-up"',
    ],
)
def test_named_pairs_and_encoded_values_that_are_no_one_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("dn: uid=jvermeer,ou=people\ncn: Jan Vermeer\nbirthDate: 19720415", "19720415"),
        ("let p = Person { dob: NaiveDate::from_ymd_opt(1984, 2, 29).unwrap() };", "1984, 2, 29"),
        ("patient_dob=1971-12-30 action=checkin", "1971-12-30"),
    ],
)
def test_a_birth_date_under_a_qualified_key_or_written_compactly(find: Find, text: str, date: str) -> None:
    assert ("DATE_OF_BIRTH", date) in find(text), text


@pytest.mark.parametrize("key", ["place_of_birth", "birth_country", "birthplace"])
def test_a_key_naming_where_someone_was_born_is_no_birth_date(key: str) -> None:
    assert entity_for_key(key) != "DATE_OF_BIRTH"


@pytest.mark.parametrize(
    "text",
    [
        "<GetServiceResponse><Name>Hermes Gateway</Name><Region>eu-west-1</Region></GetServiceResponse>",
    ],
)
def test_a_bare_name_closed_by_a_thing_s_kind_is_no_one(find: Find, text: str) -> None:
    # (In JSON the recognizer still tags "Hermes Gateway" a person on its own: the key no longer does.)
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


def test_a_bare_name_of_a_person_is_still_one(find: Find) -> None:
    assert ("PERSON", "Grace Wood") in find('{"name": "Grace Wood", "plan": "basic"}')


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Why this crash? {"notifier": {"name": "Bugsnag Android", "version": "6.6.0"}}', id="json-notifier"),
        pytest.param('{"device": {"name": "Galaxy Tab", "osVersion": "13"}, "crashed": true}', id="json-device"),
        pytest.param("package:\n  name: Left Pad\n  version: 1.0.4", id="yaml-package"),
    ],
)
def test_a_bare_name_inside_a_thing_s_record_is_the_thing_s(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param('{"customer": {"name": "Lena Vogel", "tier": "gold"}, "app": {"name": "Shop"}}', "Lena Vogel", id="person-record-beside"),
        pytest.param('{"app": {"name": "Lena Vogel", "email": "lv@example.com"}}', "Lena Vogel", id="personal-sibling-wins"),
    ],
)
def test_a_person_s_record_beside_a_thing_s_is_still_read(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


def test_a_php_print_r_birth_date_is_typed_by_its_key(find: Find) -> None:
    assert ("DATE_OF_BIRTH", "1986-04-23") in find("Array\n(\n    [first_name] => Svetlana\n    [dob] => 1986-04-23\n)")


@pytest.mark.parametrize("key", ["DEFAULT_PHONE_REGION", "default_country", "fallbackCity"])
def test_a_setting_s_default_is_no_one_s_data(key: str) -> None:
    assert entity_for_key(key) is None


def test_the_lines_of_a_yaml_block_under_an_address_key_are_the_address(find: Find) -> None:
    text = "customer:\n  name: Hana Svobodová\n  address: |\n    Na Příkopě 22\n    110 00 Praha 1\n  plan: basic"
    found = [v for t, v in find(text) if t == "LOCATION"]
    assert "Na Příkopě 22" in found and any("110 00" in v for v in found), found
    assert not any("basic" in v for v in found)


def test_a_yaml_block_under_another_key_is_not_typed(find: Find) -> None:
    assert find("script: |\n    make build\n    make test") == []


@pytest.mark.parametrize(("key", "entity"), [("CUST-NAME", "PERSON"), ("emp_nm", "PERSON"), ("MBR-DOB", "DATE_OF_BIRTH"), ("cust_id", None), ("emp_no", None)])
def test_legacy_abbreviations_of_keys_are_read_as_their_words(key: str, entity: str | None) -> None:
    assert entity_for_key(key) == entity


@pytest.mark.parametrize("value", ["Nguyen Van An", "TRAN THI AN"])
def test_a_vietnamese_given_name_an_closes_a_name(value: str) -> None:
    assert person_name(value) == (0, len(value))
    assert person_name("an") is None


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("SURNAME: PRICE  FORENAME(S): CORRIE  TITLE: MS", ["PRICE", "CORRIE"], id="caps-columns"),
        pytest.param("LAST NAME: SÖDERBERG   FIRST NAME: CAROLINA   NATIONALITY: ________", ["SÖDERBERG", "CAROLINA"], id="given-name-a-place-s"),
        pytest.param("Surname: Price  Forename(s): Corrie  Title: Ms", ["Price", "Corrie"], id="title-case-columns"),
    ],
)
def test_a_form_s_columns_on_one_line_are_typed_by_their_labels(find: Find, text: str, values: list[str]) -> None:
    found = [v for t, v in find(text) if t == "PERSON"]
    assert sorted(found) == sorted(values), found


def test_a_form_line_of_columns_that_type_nothing_stays(find: Find) -> None:
    assert find("Host: db-01  Port: 5432  User: postgres") == []


LDIF = """dn: uid=daren.ohairbheasaigh,ou=people,dc=globex,dc=com
objectClass: inetOrgPerson
uid: daren.ohairbheasaigh
cn: Daren Ó Hairbheasaigh
sn: Ó Hairbheasaigh
givenName: Daren

dn: cn=finance,ou=groups,dc=globex,dc=com
objectClass: groupOfNames
cn: Finance Team
"""


def test_the_common_name_and_surname_of_a_persons_directory_entry_are_names(find: Find) -> None:
    found = set(find(LDIF))
    assert {("PERSON", "Daren Ó Hairbheasaigh"), ("PERSON", "Ó Hairbheasaigh")} <= found, found
    assert not any("Finance" in v for _, v in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Draft the launch email for loyalty members: subject line, preheader and ~120 words.",
        "Agenda for the team members: budget review, hiring plan",
    ],
)
def test_a_people_key_ending_a_sentence_lists_things_in_lower_case(find: Find, text: str) -> None:
    assert [(t, v) for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("Please invite the guests: maria, tom and ahmed.", ["maria", "tom", "ahmed"]),
        ("Escalated by the support agent: joão pereira", ["joão pereira"]),  # names are listed with accents folded
        ("Please invite the guests: Maria Lopez, Tom Berg.", ["Maria Lopez", "Tom Berg"]),
        ("attendees: tanvir, mei ling, oskar", ["tanvir", "mei ling", "oskar"]),
    ],
)
def test_people_after_a_people_key_are_still_found(find: Find, text: str, names: list[str]) -> None:
    assert set(names) <= {v for t, v in find(text) if t == "PERSON"}, find(text)


@pytest.mark.parametrize("key", ["Lessee", "Consignor", "Donor", "Depositor", "Bidder", "Guarantor", "Executor", "Heir"])
def test_a_private_party_s_key_types_a_person_in_a_record_about_a_work(find: Find, key: str) -> None:
    # "portrait" makes the text read as one about the world's works, where a full name needs its key.
    assert ("PERSON", "Ingrid Halvorsen") in find(f"{key}: Ingrid Halvorsen\nObject: portrait, oil on canvas")


@pytest.mark.parametrize("key", ["Lender", "Buyer", "Seller", "Courier", "Visitors"])
def test_a_lender_a_sale_s_parties_a_courier_and_visitors_are_no_person_s_key(key: str) -> None:
    assert entity_for_key(key) != "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("CLM0098812 CLAIMANT: ABDELRAHMAN, TAREK DOB: 19930805 STATUS: PEND", "ABDELRAHMAN, TAREK", id="claim-header"),
        pytest.param("CLM0098813 CLAIMANT: OSPINA ARANGO, VALENTINA DOB: 19870314", "OSPINA ARANGO, VALENTINA", id="double-surname-in-capitals"),
        pytest.param("Export:\nNAME: KILIÇ, EMRE\nANSCHRIFT: OBERMARKTSTRASSE 12", "KILIÇ, EMRE", id="line-end"),
    ],
)
def test_a_record_s_surname_then_given_name_after_a_colon_key_is_one_name(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text), find(text)


def test_a_name_then_a_role_after_a_comma_is_not_read_as_a_given_name(find: Find) -> None:
    found = find("Contact: Ann Lee, Head of HR")
    assert ("PERSON", "Ann Lee") in found and not any(v.startswith("Ann Lee,") for _, v in found), found


def test_each_login_of_a_json_array_under_a_people_key_is_someone_s(find: Find) -> None:
    text = '{"watchers": ["v.reddy", "awan", "santoso.budi"], "reviewers": ["Ann Lee"], "assignee": "yalmasri87"}'
    masked = [v for e, v in find(text) if e == "PERSON"]
    assert {"v.reddy", "awan", "santoso.budi", "Ann Lee"} <= set(masked), masked


def test_an_array_of_services_teams_or_labels_is_no_one_s(find: Find) -> None:
    text = '{"labels": ["bug", "backend"], "reviewers": ["ci-bot", "platform-team", "renovate[bot]"], "watchers": ["release", "security"]}'
    assert [v for e, v in find(text) if e == "PERSON"] == []


def test_a_blank_form_s_labels_are_the_form_s_words(find: Find) -> None:
    text = (
        "Turn this into a fillable form:\n\nCONSIGNMENT AGREEMENT\nConsignor name: ____________________\n"
        "Postcode: ________   Phone: ____________\nBank details for payment: ____________________\n"
    )
    assert [f for f in find(text) if f[0] in ("PERSON", "LOCATION")] == [], find(text)


def test_a_filled_field_beside_blank_ones_is_still_read(find: Find) -> None:
    text = "Please fill in:\nName: Anna Kowalska\nBank details: ________\nPhone: ________\n"
    assert ("PERSON", "Anna Kowalska") in find(text), find(text)


def test_a_french_form_s_values_after_a_space_and_a_colon_are_typed_and_its_keys_are_no_one(find: Find) -> None:
    """French writes a space before the colon ("Nom : …"); the English model tags its keys as people and places."""
    text = "Fiche client\nNom : LEMOINE\nPrénom : Solène\nVille : Quimperlé\nTéléphone : 02 98 39 14 77"
    found = find(text)
    assert ("PERSON", "LEMOINE") in found, found
    assert ("PERSON", "Solène") in found, found
    assert not any(value in ("Nom", "Prénom", "Ville") for _, value in found), found


def test_a_space_before_a_colon_in_code_types_nothing(find: Find) -> None:
    text = "def area(width : int, height : int) -> int:\n    return width * height"
    assert [v for t, v in find(text) if t in ("PERSON", "LOCATION")] == []


def test_a_speaker_whose_label_keys_a_field_too_stays_someone(find: Find) -> None:
    """A label that comes back line after line is a transcript's speaker, not a form's key ("NINO"
    keys a National Insurance number too)."""
    text = "Tidy this transcript:\nQ: How did you hear?\nNINO: From a neighbour, on Monday.\nQ: And then?\nNINO: I rang the council office."
    assert ("PERSON", "NINO") in find(text), find(text)
