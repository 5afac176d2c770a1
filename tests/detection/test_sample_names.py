"""Sample people (Jane Doe, Max Mustermann, Foo Bar, Alice and Bob in a key exchange) stand for
nobody: kept as written where they play that part, masked where a real person may bear the name."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from privacy_gateway.detection.sample_names import CAST, sample_name_spans
from tests.detection.helpers import Find


def spans(text: str, technical: bool = True) -> list[str]:
    return [text[s:e] for s, e in sample_name_spans(text, technical)]


@pytest.mark.parametrize("text", [
    # Fixtures and API examples in several languages' conventions.
    'def test_signup(client):\n    resp = client.post("/signup", json={"name": "Max Mustermann", "plan": "free"})\n    assert resp.status_code == 201',
    'Our fixture has {"full": "John Doe"} and {"full": "Joe Bloggs"}; why does the second row lose its first name?',
    "The Norwegian form tests use Ola Nordmann and Kari Nordmann as sample people; why does `validate_name()` reject the second?",
    'The greeting renders as "Hello, Foo Bar!" instead of "Hello, foo_bar". Is the template filter capitalising?',
    'This Swift unit test fails after the change: XCTAssertEqual(contact.displayName, "John Appleseed"). Why?',
    "components:\n  schemas:\n    Contact:\n      properties:\n        displayName: {type: string, example: \"Jane Doe\"}\n        locale: {type: string, example: \"en-GB\"}",
    # The cast of cryptography, in a text about keys and messages.
    "Walk me through this: Alice picks a secret a, Bob picks b. Why can't Eve recover the shared key from what they exchange?",
    "In the zero-knowledge example Peggy proves to Victor she knows the password. Why does Victor pick the side at random?",
    "Explain why Mallory can forge the signature if Alice reuses the nonce when signing two messages for Bob.",
    "In the textbook scenario Mallory sits between Alice and Bob and swaps their public keys; how does pinning stop her, and where does Trent come in?",
    # Germany's sample man in capitals and surname first, as a registration card's specimen writes him.
    "Müssen wir bei Kindern die Passnummer erfassen?\n\nUnser Muster sieht so aus:\nGast: MUSTERMANN, Max   (Begleitung: Erika Mustermann)",
])
def test_sample_people_are_left_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("Alice Martin asked Bob to send her the signed contract; please draft the e-mail.", "Alice Martin"),
    ("Tell Alice and Bob in finance that the invoice is late.", "Alice"),
    ("Customer Anna Doe from Kraków wants her invoice resent to anna.doe@gmail.com.", "Anna Doe"),
    # Outside technical text "Jane Doe" may be a real person whose name is unknown.
    ("Please forward the claim from Jane Doe (jane.doe@fastmail.com) to the insurer.", "Jane Doe"),
    ("Draft a reply to Mario Rossi about his refund.", "Mario Rossi"),
    ("Our new tenant Joe Bloggs moves in on Friday; can you draft the welcome letter?", "Joe Bloggs"),
])
def test_people_named_like_samples_are_still_masked(find: Find, text: str, value: str) -> None:
    assert ("PERSON", value) in find(text)


def test_no_address_is_a_sample() -> None:
    # Tests and corpora write these for real people: an address is never voided as a sample.
    assert spans("Write to jo.bloggs@example.org, no-reply@example.com or noor.h@webpost.example") == []


def test_doe_counts_only_after_its_own_first_names() -> None:
    assert spans("Anna Doe and John Doe") == ["John Doe"]
    assert spans("John Doe called", technical=False) == []


def test_the_cast_needs_two_lone_members_and_a_text_about_keys() -> None:
    assert spans("Alice sends Bob her public key.", technical=False) == ["Alice", "Bob"]
    assert spans("Alice sends Bob the minutes.", technical=False) == []
    assert spans("Alice Weber sends Bob her public key.", technical=False) == []
    assert spans("Dr. Alice and Mr. Bob exchanged keys over TLS.", technical=False) == []


@given(st.sampled_from(sorted(CAST)), st.sampled_from(["Weber", "Okafor", "Lindqvist", "Nakamura", "Dubois"]))
def test_a_cast_name_with_a_surname_is_never_a_sample(first: str, surname: str) -> None:
    text = f"{first.capitalize()} {surname} and Bob exchanged their public keys over TLS."
    assert all(not value.startswith(first.capitalize()) for value in spans(text, technical=False))


@pytest.mark.parametrize("text", [
    'factory_boy keeps generating the same name:\nclass UserFactory(factory.django.DjangoModelFactory):\n    first_name = "John"\n    last_name = "Doe"',
    "const sample = { vorname: 'Erika', nachname: 'Mustermann', ort: 'Musterstadt' };\nexpect(format(sample)).toBe('Erika Mustermann');",
    'Our fixture users.json: [{"first": "Joe", "last": "Bloggs"}]. Why does the loader drop the first name?',
])
def test_sample_people_split_over_fields_are_left_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == []


def test_a_real_person_split_over_fields_is_still_masked(find: Find) -> None:
    text = 'The import fails on this row:\n{"first": "Ingrid", "last": "Doe", "email_domain": "corp"}'
    assert ("PERSON", "Doe") in find(text) or ("PERSON", "Ingrid Doe") in find(text)


def test_a_possessive_of_the_cast_is_the_cast() -> None:
    text = "Alice encrypts the message with Bob's public key and Bob decrypts it."
    assert spans(text, technical=False) == ["Alice", "Bob's", "Bob"]


# Placeholders that are common real names, offered as samples by their own sentence or placed at a
# sample address (round fifteen); the same names in a sentence of someone's dealings are masked.
@pytest.mark.parametrize("text", [
    "For our help page on the change-of-address form, can we show John Smith at 123 Main Street, Anytown?",
    "Is Jan Kowalski the usual placeholder name in Polish forms, like Mario Rossi in Italy?",
    "Use Jean Dupont as the example customer in the slides about the new invoice layout.",
    # Czech's "vzor" (a model form), Polish "wzór", Hungarian's own placeholder, the Philippines' in lower case.
    'Vzor smlouvy o připojení má jako zákazníka "Jan Novák", tak nevím, co kam vyplnit.',
    "A minta űrlapon Gipsz Jakab szerepel, de mit írjak a saját adataimhoz?",
    "yung halimbawa sa form naka juan dela cruz pa, papalitan ko ba ng pangalan ko?",
])
def test_a_placeholder_offered_as_a_sample_is_left_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == []


@pytest.mark.parametrize(("text", "value"), [
    ("John Smith called about his bill. For example, he says the meter reading is wrong.", "John Smith"),
    ("Please refund Jane Doe, she was charged twice for the same order.", "Jane Doe"),
])
def test_a_placeholder_name_in_someones_dealings_is_masked(find: Find, text: str, value: str) -> None:
    assert ("PERSON", value) in find(text)


@given(name=st.sampled_from(["John Smith", "Jan Kowalski", "Mario Rossi", "Jean Dupont"]), cue=st.sampled_from(["example", "placeholder", "dummy"]))
def test_the_offer_is_read_in_the_names_own_sentence(name: str, cue: str) -> None:
    assert spans(f"Is {name} a good {cue} name?", technical=False) == [name]
    assert spans(f"Is {name} a good {cue} name?\n{name} pays on Friday.", technical=False) == [name]
    assert spans(f"We need a {cue}. {name} pays on Friday.", technical=False) == []


def test_a_persona_is_a_sample_in_its_own_sentence() -> None:
    text = "Generate a persona for the onboarding study: 'John Smith, 41, delivery driver' is fine as its name."
    assert spans(text, technical=False) == ["John Smith"]


@pytest.mark.parametrize("text", [
    "Write a fake admission note for the test patient John Doe, age 60, with a CHA2DS2-VASc score of 3.",
    "Write a sample SBAR handover for Joe Bloggs with sepsis.",
    "For a hypothetical civil procedure exam, is Jane Roe a better party name than Mario Rossi?",
])
def test_sample_people_offered_as_fakes_test_patients_or_samples_are_left_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == []


def test_a_blood_sample_from_someone_offers_no_sample_person() -> None:
    assert spans("Take a sample from John Smith before noon.", technical=False) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Spiegami il test di Ishihara per una brochure. Usa 'Mario Rossi' come esempio di cliente.", "Mario Rossi", id="italian-esempio"),
        pytest.param("Jak wystawić testową e-receptę? Użyj danych przykładowych: Jan Kowalski, pacjent.", "Jan Kowalski", id="polish-przykladowe"),
        pytest.param("Wyjaśnij, co pokrywa NFZ, na przykładzie Jana Kowalskiego z Krakowa.", "Jana Kowalskiego", id="polish-declined"),
        pytest.param("Skriv tre testfall med testpatienten Tolvan Tolvansson, 19121212-1212.", "Tolvan Tolvansson", id="swedish-test-person"),
    ],
)
def test_placeholders_offered_as_samples_in_other_languages_stay(find: Find, text: str, name: str) -> None:
    assert not any(t == "PERSON" and name in v for t, v in find(text)), find(text)


def test_a_placeholder_name_that_is_someone_s_in_a_letter_stays_masked(find: Find) -> None:
    assert any(t == "PERSON" and "Mario Rossi" in v for t, v in find("Gentile cliente, il signor Mario Rossi ha chiamato ieri per la fattura."))


def test_finland_s_placeholder_surname_as_finnish_declines_it(find: Find) -> None:
    text = "Tee esimerkkilomake korvaushakemuksesta. Käytä esimerkkinimenä Matti Meikäläistä ja jätä henkilötunnukselle paikka."
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


def test_a_title_before_a_sample_name_is_no_name_alone(find: Find) -> None:
    # "A N Other" is the placeholder; the courtesy before it names no one by itself.
    text = "Draft a referral template for the memory clinic, with 'Mrs A N Other' as the example patient."
    assert [v for t, v in find(text) if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Write a template letter before action from A.N. Other (claimant) to Joe Bloggs (defendant).", "Joe Bloggs", id="template-after-initials"),
        pytest.param("Write a specimen witness statement: the witness is John Doe, a neighbour.", "John Doe", id="specimen"),
        pytest.param("Make a training version of a letter before claim, claimant John Smith.", "John Smith", id="training-version"),
        pytest.param("Write a training example of a motor call using sample details only: policyholder Jane Citizen.", "Jane Citizen", id="sample-details-australian"),
        pytest.param("Corrige ce modèle de formulaire : « Je soussigné(e) Jean Dupont, né(e) le JJ/MM/AAAA »", "Jean Dupont", id="french-modele"),
        pytest.param("Er det greit å bruke Ola Nordmann og Kari Nordmann som eksempler i skjemaet?", "Kari Nordmann", id="norwegian-plural"),
        # A quotation opening its sentence is what the sentence before it asks about.
        pytest.param("Czy ten wzór formularza zgody jest poprawny? „Ja, Jan Kowalski, wyrażam zgodę na udział w badaniu”", "Jan Kowalski", id="quoted-after-the-offer"),
        # A sample address anywhere in the record makes it a sample.
        pytest.param("Does our contract schedule read OK?\n\nAuthor: Joe Bloggs\nAddress: 1 Example Street, Anytown, AB1 2CD", "Joe Bloggs", id="sample-address-elsewhere"),
    ],
)
def test_placeholders_in_templates_specimens_and_training_material_stay(find: Find, text: str, name: str) -> None:
    assert not any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Use the complaint template to reply. John Smith called twice about his bill.", "John Smith", id="template-in-another-sentence"),
        pytest.param("Book the training for John Smith on Friday, he starts in the warehouse.", "John Smith", id="training-alone"),
        pytest.param("Take a sample from Jan Kowalski before noon. „Jan Kowalski” is written on the tube.", "Jan Kowalski", id="quoted-after-no-offer"),
    ],
)
def test_a_placeholder_name_beside_a_template_or_training_is_still_someone_s(find: Find, text: str, name: str) -> None:
    assert any(t == "PERSON" and name in v for t, v in find(text)), find(text)


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Tạo dữ liệu mẫu cho bảng khách hàng: Nguyễn Văn A, Trần Thị B", ["Nguyễn Văn A", "Trần Thị B"], id="vietnamese-letters"),
        pytest.param("Seed de teste: Fulano de Tal, Beltrano da Silva e Ciclano", ["Fulano de Tal", "Beltrano da Silva", "Ciclano"], id="brazilian-test-seed"),
        pytest.param("Dummy Dutch test data for the form: Jan Jansen and Piet Pietersen", ["Jan Jansen", "Piet Pietersen"], id="dutch-dummy"),
    ],
)
def test_other_languages_placeholder_people_in_samples(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in sample_name_spans(text, True)] == names


def test_a_common_placeholder_name_outside_a_sample_is_someones() -> None:
    assert list(sample_name_spans("Mijn buurman Piet Pietersen belt steeds over de schutting.", False)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Составь шаблон приглашения на свадьбу с заглушками: «Иван Иванов и Мария Иванова приглашают…».",
        "Нужен образец заявления в ЗАГС для сайта: ФИО: Иванов Иван Иванович, дата рождения: ДД.ММ.ГГГГ.",
        "Gör en mall för bröllopsinbjudan med exempelnamn som Sven Svensson.",
        "Are these the local 'John Doe' names for our demo users: 张三 and 李四, 홍길동?",
    ],
)
def test_the_sample_people_of_other_languages_templates_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)


@pytest.mark.parametrize(
    "text",
    [
        # The convention split over a record's columns, offered before the records.
        "Fix the quoting in this sample import file:\n\nfirst_name,last_name,phone\nJoe,Bloggs,07XXX XXXXXX\nA. N.,Other,07XXX XXXXXX",
        "Using this dummy CSV, show the CIS deduction for each row:\n\nname,ni_number,trade\nA. N. Other,AB 12 34 56 C,groundworker\nFred Bloggs,AB 12 34 56 C,bricklayer",
    ],
)
def test_sample_people_in_a_record_s_columns_are_left_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == [], find(text)


def test_a_convention_made_of_a_common_real_name_in_a_record_is_still_masked(find: Find) -> None:
    """"Mario Rossi" is Italy's sample person and many Italians' name: a template's mention above a
    list of rows does not make the one in a row nobody."""
    text = "Import these customers with the template:\n\nfirst,last,phone\nMario,Rossi,333 1234567\nGiulia,Bianchi,333 7654321"
    assert any(t == "PERSON" and "Mario" in v for t, v in find(text)), find(text)


def test_a_real_customer_in_a_record_beside_samples_is_still_masked(find: Find) -> None:
    text = "Here is our customer export, the first row is a dummy:\n\nfirst,last,phone\nJohn,Doe,000\nAisha,Bello,07700 900123"
    people = [v for t, v in find(text) if t == "PERSON"]
    assert any("Aisha" in p for p in people) and not any("Doe" in p for p in people), people
