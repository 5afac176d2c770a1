"""A record's value that the recognizer or the lists say is a place or someone, under keys no rule
types (`record_values`), and the short and foreign keys `field_keys` reads: the real pipeline masks
them, and leaves things, codes and settings as written."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.record_values import argument_key, listed_place_value, record_key, row_cell
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text, value",
    [
        ('{"id": 4411, "dest": "Friesoythe", "eta": "2d"}', "Friesoythe"),
        ("SELECT id FROM shipments WHERE pickup = 'Ylivieska' LIMIT 5;", "Ylivieska"),
        ("label = create_shipment(\n    hub='Omagh',\n    service=\"express\",\n)", "Omagh"),
        ('<?xml version="1.0"?>\n<order id="7"><loc>Chrast</loc><qty>2</qty></order>', "Chrast"),
        ('{"tool_calls": [{"function": {"name": "book", "arguments": "{\\"muni\\": \\"Neckargemünd\\"}"}}]}', "Neckargemünd"),
        ("2026-11-30T09:14:07Z WARN route.check req=7f3a origin=Birsfelden result=rejected", "Birsfelden"),
        ('{"ticket": 88, "agent": "Severin Baumhauer", "queue": "billing"}', "Severin Baumhauer"),
        ('{"name": "get_weather", "arguments": "{\\"location\\": \\"Bergen, Norway\\", \\"unit\\": \\"celsius\\"}"}', "Bergen, Norway"),
        ('weather = get_forecast(lat=59.91, lon=10.75, place="Drøbak")', "Drøbak"),
        ('{"tool": "web_search", "query": "dentists near Fredrikstad open saturday"}', "Fredrikstad"),
        ('{"messages": [{"role": "user", "content": "Any good bakeries in Lillehammer?"}]}', "Lillehammer"),
        ('curl -s https://api.example.com/search -d \'{"q": "hotels in Narvik", "limit": 5}\'', "Narvik"),
    ],
)
def test_a_place_or_someone_as_a_records_value_is_masked(find: Find, text: str, value: str) -> None:
    assert any(value in found or found in value for _, found in find(text)), (text, find(text))


@pytest.mark.parametrize(
    "text",
    [
        '{"region": "eu-west-1", "locale": "fr_FR", "timezone": "Europe/Paris", "retries": 3}',
        '{"codename": "Tokyo", "cluster": "Berlin", "office": "Reading", "plan": "Team"}',
        '{"default_locale": "de_DE", "tz": "America/New_York", "country_code": "US", "language": "en-GB"}',
        "SELECT * FROM orders WHERE status = 'SHIPPED' AND carrier = 'DHL Express';",
        '{"city_field": "getCity()", "name_field": "user_name", "enum": "ADDRESS_TYPE_HOME"}',
        '{"label": "Reading, Berkshire", "market": "Colombia", "origin": "Kenya, Ethiopia"}',
        'raise ValueError("invalid token in Header")\nlog.info("retrying in Production")',
        'msg = "Available in Germany and Austria"\nif region not in ALLOWED:\n    raise Forbidden(msg)',
        "limits:\n  cap: 500\n  burst: 20",
    ],
)
def test_things_codes_and_settings_stay(find: Find, text: str) -> None:
    assert find(text) == [], find(text)


def test_record_key_reads_the_key_of_a_whole_value() -> None:
    text = '{"dest": "Friesoythe"} loc=Ylivieska <ort2>Laval</ort2> x = "A B" + "Laval Town"'
    assert record_key(text, text.index("Friesoythe"), text.index("Friesoythe") + 10) == "dest"
    assert record_key(text, text.index("Ylivieska"), text.index("Ylivieska") + 9) == "loc"
    assert record_key(text, text.index("Laval"), text.index("Laval") + 5) == "ort2"
    at = text.index("Laval Town")
    assert record_key(text, at, at + 5) is None  # part of a value only


def test_listed_place_value_wants_a_place_no_word_and_no_thing_key() -> None:
    assert listed_place_value("hub", "Bratislava")
    assert not listed_place_value("office", "Reading")  # an English word first
    assert not listed_place_value("codename", "Tokyo")  # a key naming a thing
    assert not listed_place_value("origin", "US")  # a country's code, as settings hold


@pytest.mark.parametrize(
    "text, value",
    [
        ('{"fn": "Loring", "ln": "Aust", "ort": "Friesoythe"}', "Aust"),
        ('<?xml version="1.0"?>\n<customer id="4411"><nome>Ruben</nome><ln>Kopřiva</ln></customer>', "Ruben"),
        ('<?xml version="1.0"?>\n<customer id="4411"><nome>Ruben</nome><ln>Kopřiva</ln></customer>', "Kopřiva"),
        ('{"ort": "Friesoythe", "cap": "38212", "land": "Deutschland"}', "38212"),
        ('{"ort": "Friesoythe", "cap": "38212", "land": "Deutschland"}', "Deutschland"),
        ('{"city": "Chrast", "cp": "053 45", "ctry": "Česká republika"}', "053 45"),
        ('{"location": "12 Rue Oberkampf, Paris", "notes": "ring twice"}', "12 Rue Oberkampf, Paris"),
        ('{"shipTo": "Hønefoss", "items": 2}', "Hønefoss"),
        ("pickup_location: Bryggen 4\neta: 2d", "Bryggen 4"),
        ('{"ort": "Chrast", "estado": "Castilla y León", "cap": "053 45"}', "Castilla y León"),
        ("city=Pleasantville area=KS zip=29649", "KS"),
        ('{"calle": "Otto Mallings Gade 1174", "prov": "Syddanmark"}', "Syddanmark"),
    ],
)
def test_short_and_foreign_keys_of_a_persons_record(find: Find, text: str, value: str) -> None:
    assert any(found == value for _, found in find(text)), (text, find(text))


@pytest.mark.parametrize(
    "text",
    [
        '{"fn": "handler", "runtime": "python3.12", "timeout": 30}',
        '<?xml version="1.0"?>\n<project><version>1.2.0</version><name>billing-api</name></project>',
        '{"cp": "2.5", "cap": "500", "mode": "burst"}',
        '{"location": "us-east-1", "destination": "s3://bucket/x", "venue": "Production", "location_id": "L12", "dropoff": "EU"}',
        "rsync:\n  destination: /backup/daily\n  location: Europe\n  venue: TBD",
        'resource "azurerm_resource_group" "rg" {\n  name     = "rg-billing"\n  location = "West Europe"\n}',
        "Location: US-CENTRAL1\nLocation type: Region\nStorage class: STANDARD",
        '{"status": "ok", "estado": "Pendiente", "area": "Backend", "dest": "/tmp/out", "loc": "en"}',
    ],
)
def test_short_keys_outside_a_persons_record_stay(find: Find, text: str) -> None:
    assert find(text) == [], find(text)


_BLOCK = "Can you review this? It fails in CI.\n```\nimport os\nfrom app import db\n\n{}\n\nif __name__ == \"__main__\":\n    main()\n```"


def test_argument_key_names_the_call_or_the_list_a_whole_string_is_passed_to() -> None:
    def key(text: str, value: str) -> str | None:
        at = text.index(value)
        return argument_key(text, at, at + len(value))

    assert key("forecast = weather_for('Fanø')", "Fanø") == "weather_for"
    assert key("renderBadge('Knut Bladt', { size: 'lg' });", "Knut Bladt") == "renderBadge"
    assert key("user = create_user('Knut', 'Bladt', 42)", "Bladt") == "create_user"
    assert key('NAMES = ["Perry Branch", "ci-bot"]', "Perry Branch") == "NAMES"
    assert key('print("Dear Knut Bladt, hi")', "Knut Bladt") is None  # part of a sentence
    assert key('x = "Knut Bladt"', "Knut Bladt") is None  # assigned, not passed: `record_key` reads it


@pytest.mark.parametrize(
    "body, value",
    [
        ("forecast = weather_for('Biləsuvar')\nif forecast.rain:\n    notify()", "Biləsuvar"),
        ("loc = geocode(\"Regensberg\")\nprint(loc.lat, loc.lon)", "Regensberg"),
        ("const card = renderBadge('Knut Bladt', { size: 'lg' });", "Knut Bladt"),
        ('WAREHOUSES = ["Heusenstamm", "main"]\nfor w in WAREHOUSES:\n    sync(w)', "Heusenstamm"),
    ],
)
def test_a_tagged_place_or_someone_passed_whole_to_a_call_in_code_is_masked(find: Find, body: str, value: str) -> None:
    text = _BLOCK.format(body)
    assert any(found == value for _, found in find(text)), find(text)


@pytest.mark.parametrize(
    "body",
    [
        "forecast = weather_for('Kafka')\nif forecast.rain:\n    notify()",
        "loc = geocode(\"localhost\")\nprint(loc.lat)",
        "const card = renderBadge('Apache Kafka', { size: 'lg' });",
        'WAREHOUSES = ["main", "default"]\nfor w in WAREHOUSES:\n    sync(w)',
        'PLUGINS = ["Jenkins", "Sinatra", "Hudson"]\nload(PLUGINS)',
        "theme = get_product('Ergo Chair Pro')",
    ],
)
def test_software_words_and_things_passed_to_calls_stay(find: Find, body: str) -> None:
    assert find(_BLOCK.format(body)) == [], find(_BLOCK.format(body))


def test_row_cell_wants_a_whole_cell_of_a_row_with_a_number() -> None:
    row = "4471,Berger,Heusenstamm,2026-03-01,open"
    at = row.index("Heusenstamm")
    assert row_cell(row, at, at + len("Heusenstamm"))
    values = "  (18, 'Ann Lee', 'Graz'),"
    assert row_cell(values, values.index("Ann"), values.index("Ann") + 7)  # a SQL VALUES row on its own line
    assert not row_cell(row, at, at + 4)  # part of a cell
    prose = "We ship to Lyon, Graz, and Brno most weeks, 3 times"
    assert not row_cell(prose, prose.index("Graz"), prose.index("Graz") + 4)  # a sentence's commas
    listed = "Lyon,Graz,Brno"
    assert not row_cell(listed, 5, 9)  # no id, date or amount: a list of towns, not a record


@pytest.mark.parametrize(
    "body, value",
    [
        ('df = pd.read_csv(io.StringIO("""\n1042,Amira Haddad,Lyon,2026-03-01\n1043,Tomás Ruiz,Valencia,2026-03-02\n"""), header=None)', "Valencia"),
        ('df = pd.read_csv(io.StringIO("""\n1042,Amira Haddad,Lyon,2026-03-01\n1044,Jan Novak,Brno,2026-03-04\n"""), header=None)', "Jan Novak"),
        ("INSERT INTO customers VALUES\n  (17, 'Tomás Ruiz', 'Valencia', '2026-03-01'),\n  (18, 'Jan Novak', 'Brno', '2026-03-04');", "Valencia"),
        ("2026-03-01 10:02:11 INFO auth: user 8812 logged in from Lyon", "Lyon"),
        ('print("INFO order 8812 approved")\n# INFO order 8812 approved by ops, shipping to Valencia', "Valencia"),
    ],
)
def test_a_tagged_place_or_someone_in_a_row_or_placed_in_a_log_is_masked(find: Find, body: str, value: str) -> None:
    text = _BLOCK.format(body)
    assert any(found == value for _, found in find(text)), find(text)


@pytest.mark.parametrize(
    "body",
    [
        "regions = '''\neu-central-1,Frankfurt,3\neu-west-3,Paris,3\nap-northeast-1,Tokyo,4\n'''",
        'df = pd.read_csv("cities.csv", header=None)\n# Lyon,513275,France\n# Graz,291072,Austria',
        "2026-11-30 09:14:07 INFO replication to Frankfurt region finished in 12s",
        "2026-11-30 09:14:07 INFO scheduler: tz set to Europe/Paris",
        "# migrate from Jenkins to Buildkite before Q3\nsteps = load()",
        "2026-11-30 09:14:07 INFO fallback to Default locale, 3 strings missing",
    ],
)
def test_sites_tools_and_the_worlds_cities_in_rows_and_logs_stay(find: Find, body: str) -> None:
    text = _BLOCK.format(body)
    assert not [found for entity, found in find(text) if entity == "LOCATION"], find(text)


@pytest.mark.parametrize(
    "text, value",
    [
        pytest.param("// customers in Tübingen get free shipping until March\nconst FREE = true;", "Tübingen", id="slash-comment-without-a-quote"),
        pytest.param('echo "nightly backup of the stores in Trollhättan failed" >> /var/log/backup.log', "Trollhättan", id="inside-a-shell-string"),
        pytest.param("-- stores in Székesfehérvár report a day late\nSELECT store_id FROM sales;", "Székesfehérvár", id="sql-comment"),
    ],
)
def test_a_town_in_a_comment_or_a_string_with_no_key_around_is_masked(find: Find, text: str, value: str) -> None:
    assert ("LOCATION", value) in find(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("// migrate from Jenkins to Buildkite before Q3\nconst steps = load();", id="tools-after-from-and-to"),
        pytest.param('echo "replicating to Frankfurt region" >> /var/log/sync.log', id="a-clouds-site"),
        pytest.param('echo "falling back to Default locale" >> /var/log/i18n.log', id="an-english-word"),
        pytest.param("What's the easiest way from Napier to Sant'Angelo All'Esca without a car?", id="apostrophes-are-no-strings"),
    ],
)
def test_tools_sites_and_words_after_from_and_to_in_code_stay(find: Find, text: str) -> None:
    assert not [v for entity, v in find(text) if entity == "LOCATION"], find(text)


@pytest.mark.parametrize(
    "text, value",
    [
        ('{"guest": "karl-heinz labrecque", "room": 12}', "karl-heinz labrecque"),
        ("UPDATE jobs SET owner = 'anne-marie raymond' WHERE id = 7;", "anne-marie raymond"),
        ('{"driver": "jean-luc barthelemy", "eta": "14:00"}', "jean-luc barthelemy"),
        ('send_reminder(contact="marie-louise vachon", days=3)', "marie-louise vachon"),
    ],
)
def test_a_lower_case_name_with_a_hyphenated_word_goes_whole(find: Find, text: str, value: str) -> None:
    # The handle reading took the hyphenated given name alone ("jean-luc"); the surname went out.
    masked = [v for t, v in find(text) if t == "PERSON"]
    assert any(value in v for v in masked)


def test_a_hyphenated_value_is_someone_only_when_its_parts_are_names() -> None:
    from privacy_gateway.detection.record_values import record_entity

    def entity(text: str, value: str) -> str | None:
        start = text.index(value)
        return record_entity(text, start, start + len(value), True)

    assert entity('{"guest": "karl-heinz labrecque", "room": 12}', "karl-heinz labrecque") == "PERSON"
    assert entity('{"approver": "mary-jane o\'connor"}', "mary-jane o'connor") == "PERSON"
    assert entity('{"approver": "drop-off", "amount": 120}', "drop-off") is None  # a word and no name
    assert entity('{"approver": "walk-in", "amount": 120}', "walk-in") is None
