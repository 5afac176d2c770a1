"""What kind a text is: technical by code or by plain words, and when an address makes it someone's."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.text_kind import holds_street_address, kind_of, past_question_typed_lower, technical_kind, unmarked_question
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Please add a column for allergens to the price list; the rota table still shows last month's shifts.",
        "The booking app logs every request twice and the refund process stalls.",
        "Our menu has an error in the VAT column, and the order form needs two more fields.",
    ],
)
def test_plain_technical_words_make_a_wordy_text(text: str) -> None:
    kind = kind_of(text)
    assert kind.technical and kind.wordy and not kind.coded


@pytest.mark.parametrize(
    "text",
    [
        "Why does `df.groupby` drop the index column of my table?",  # code
        "Django 5.0 raises an error on the migration of this table.",  # a product's version
        "Why is Django called Django? Any other frameworks named after musicians?",  # a tool and a tool's word
        "The kubernetes pod logs every request twice.",  # a tool's word
    ],
)
def test_code_versions_and_tools_keep_a_text_technical(text: str) -> None:
    kind = kind_of(text)
    assert kind.technical and not kind.wordy and kind.coded
    assert technical_kind(text) == (True, False)


@pytest.mark.parametrize(
    "text",
    [
        # Apps of shops and everyday life in CamelCase are brands in prose, no mark of code.
        "Write a TikTok caption and a YouTube title for our nail salon's new gel colours.",
        "Tonight's covers from OpenTable and SevenRooms: write a briefing for the pass.",
        "Pull the HubSpot notes and the WhatsApp replies into one intro paragraph each.",
    ],
)
def test_everyday_apps_make_no_text_technical(text: str) -> None:
    assert not kind_of(text).coded


@pytest.mark.parametrize(
    "text",
    [
        # A clinic's and a lab's short acronyms in mixed case are no product's name in CamelCase.
        "Code this interview for the themes we agreed: in Kisumu there was no PrEP before 2021, she said.",
        "Summarise: Wanjiru ran the qPCR on Monday and the mRNA levels look low; code the results by week.",
    ],
)
def test_a_lab_s_acronyms_make_no_text_technical(text: str) -> None:
    assert not kind_of(text).technical


@pytest.mark.parametrize(
    "text",
    [
        "Why does iOS code signing fail for my app build?",
        "Upload the package to PyPI and tag the release in the code.",
        "Error E1234 in the code at line 40, and CS0246 after it.",
    ],
)
def test_tools_and_error_codes_in_mixed_case_stay_marks_of_code(text: str) -> None:
    assert kind_of(text).technical


@pytest.mark.parametrize(
    "text",
    [
        "Phone-in log for the highlights package: Leen Khoury (callback 07512 884 019) lost her line.",
        "Please log a callback request for the customer about the damaged package.",
        "Customer asked to request a callback; callback number is on the package label.",
    ],
)
def test_a_call_returned_is_no_function_s_callback(text: str) -> None:
    assert not kind_of(text).coded


@pytest.mark.parametrize("text", ["Ref check for Aled Pritchard, D.O.B 15.04.70, moving in on the 1st.", "Last seen at the surgery on 03.11.24."])
def test_a_date_with_a_two_digit_year_is_no_version(text: str) -> None:
    assert not kind_of(text).coded


@pytest.mark.parametrize("text", ["Upgrade to 3.11.4 first.", "We pinned v15.04.70 of the fork.", "Ubuntu 22.04.3 LTS fails to boot."])
def test_a_version_is_still_a_mark_of_code(text: str) -> None:
    assert kind_of(text).coded


@pytest.mark.parametrize(
    "text",
    [
        "Kia Picanto 1.0 in for a service: log the job and list the parts.",
        "Quote for a VW Golf 1.6 TDI cambelt, add it to the job list.",
    ],
)
def test_a_cars_engine_size_is_no_version(text: str) -> None:
    assert not kind_of(text).coded


@pytest.mark.parametrize("text", ["Upgrade Django 5.0 and check the log.", "The Spring 2.5 upgrade breaks the log format."])
def test_a_products_version_is_still_one_beside_a_car_word(text: str) -> None:
    assert kind_of(text).coded


@pytest.mark.parametrize("text", ["Pass a callback to the fetch function.", "The onSuccess callback never fires in our React app."])
def test_a_function_s_callback_is_still_a_mark_of_code(text: str) -> None:
    assert kind_of(text).coded


@pytest.mark.parametrize(
    "text, holds",
    [
        ("Ship it to Via Roma 5, Milano, please.", True),
        ("She lives at 14 Larkspur Close now.", True),
        ("PHP Fatal error in PostController.php:88\nStack trace:\n#0 main()", False),  # a number, a line break and "trace"
        ("Call 3 times on Main Street.", False),
        ("Run step 2 of the build stage.", False),
    ],
)
def test_a_numbered_street_address_is_found_on_one_line(text: str, holds: bool) -> None:
    assert holds_street_address(text) is holds


def test_a_street_address_is_contact_data() -> None:
    # A question about how to write an address is someone's address all the same: not guarded.
    text = "What's the best way to write this on an envelope? 3 Church Lane, Little Dunham, for Mr Cuthbert Ainsworth."
    assert not kind_of(text).guarded


@pytest.mark.parametrize(
    "text, values",
    [
        pytest.param(
            "Draft a reply to Ignatius Mbeki-Larsen about the invoice; the formula in the spreadsheet column is off by the VAT.",
            ["Ignatius Mbeki-Larsen"],
            id="name-beside-column-and-formula",
        ),
        pytest.param(
            "Please add Orla Quennell to the staff list; she starts in Kettering once the rota table is fixed.",
            ["Orla Quennell", "Kettering"],
            id="name-and-listed-town-beside-list-and-table",
        ),
        pytest.param(
            "The booking app shows the wrong times for Tomasz Wierzbicki's class in Bydgoszcz. Can you draft a short apology?",
            ["Tomasz Wierzbicki", "Bydgoszcz"],
            id="name-and-town-beside-app-and-class",
        ),
        pytest.param(
            "Phone-in log. Pick the best calls for the highlights package.\n\n07:42  Mads Kjeldsen, Hebden Bridge, 07700 391 448 — angry\n"
            "08:05  Leen Khoury (callback 07512 884 019) — lost line",
            ["Mads Kjeldsen", "Leen Khoury"],
            id="callers-of-a-phone-in-log",
        ),
    ],
)
def test_names_and_places_in_wordy_prose_are_found(find: Find, text: str, values: list[str]) -> None:
    found = [v for t, v in find(text) if t in ("PERSON", "LOCATION")]
    for value in values:
        assert any(value in f for f in found), (value, found)


@pytest.mark.parametrize(
    "text",
    [
        "Please add a column for allergens to the price list; the rota table still shows last month's shifts.",
        "What's a good process for handling refund requests at a small shop? Our list of returns keeps growing.",
        "Explain the difference between a delivery note and an invoice, and which fields each needs.",
        "Draft a sign for the library: the new version of the membership form is available at the front desk.",
    ],
)
def test_wordy_prose_without_anyone_in_it_is_left_alone(find: Find, text: str) -> None:
    assert find(text) == []


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param(
            "Need help with a seating plan: 4 round tables of 8 + top table. Rules: Youssef and Karthik must NOT sit together, "
            "keep the Munteanu kids near the exit.",
            ["Youssef", "Karthik", "Munteanu"],
            id="seating-plan",
        ),
        pytest.param("Update the rota table: Sabina covers the bar list on Friday, Adebola takes the Saturday column.", ["Sabina", "Adebola"], id="rota"),
        # Typed in capitals: the given names are words in capitals too.
        pytest.param(
            "MAKE THIS SEATING PLAN INTO A TABLE WITH A DIETARY COLUMN.\nTABLE 1: SJOERD HOEKSTRA, CATHAL DOYLE\nTABLE 2: HAMISH GRANT",
            ["SJOERD HOEKSTRA", "HAMISH GRANT"],
            id="seating-plan-in-capitals",
        ),
    ],
)
def test_wordy_prose_naming_people_is_read_as_prose(find: Find, text: str, names: list[str]) -> None:
    """Two given names of the lists in a shop's or an office's note: its single capitalised words
    are read as in any prose, where the guard of technical text would let them go."""
    kind = kind_of(text)
    assert kind.wordy and not kind.guarded
    found = {v for t, v in find(text) if t == "PERSON"}
    assert set(names) <= found, found


def test_a_table_s_cells_keep_a_wordy_text_guarded() -> None:
    text = "Fix the rota table and the shift list for Youssef and Karthik:\n| Day | AM | PM |\n| Sat | Youssef | Karthik |"
    kind = kind_of(text)
    assert kind.wordy and kind.guarded


@pytest.mark.parametrize(
    "text",
    [
        "Compare the Bosch and Makita cordless drills for our tool list; which has the better warranty process?",
        "Add a column to the price list for Lavazza and Illy beans, and mark which ones the app should show as decaf.",
        "Which POS app works best for a small bakery: Square, Toast or Lightspeed? We need a simple menu list and tips.",
    ],
)
def test_brands_in_wordy_prose_stay(find: Find, text: str) -> None:
    """Single capitalised words in a shop's note are mostly brands: only full names and listed
    towns the recognizer tagged count there, as in any technical text."""
    assert find(text) == []


def test_an_address_shape_in_code_or_a_dump_is_no_contact_data() -> None:
    # Logs and configs write numbers before capitalised words; keys type the real addresses there.
    text = "GET /health HTTP/1.1 -> 200 OK\nupstream: 10 Gateway Row\nRetry-After: 30"
    assert holds_street_address(text)
    assert kind_of(text).guarded


@pytest.mark.parametrize(
    "text",
    [
        "Compare what Hope Adeyemi and Grant Olsen said about the plans.",
        "Describe what Tomasz Wrona told the client about the delay.",
        "Which objections did Karl Baert raise in the Q4 budget memo? Give me three bullets.",
        "Which points did Imogen Achterberg make at the offsite?",
        # Hiring's papers weigh applicants, in English and German.
        "Compare the CVs of Mia Torres and Anil Kulkarni for the data engineer role.",
        "Compare the cover letters of Jonah Whitlock and Sade Akinola.",
        "Vergleiche die Lebensläufe von Heike Sommerfeld und Jonas Weber für die Stelle.",
    ],
)
def test_a_request_about_someones_dealings_is_not_about_the_world(text: str) -> None:
    kind = kind_of(text)
    assert not kind.history


@pytest.mark.parametrize(
    "text",
    [
        "Compare what Hope Adeyemi and Grant Olsen said about the plans.",
        "Which objections did Karl Baert raise in the Q4 budget memo? Give me three bullets.",
        "Compare the CVs of Mia Torres and Anil Kulkarni for the data engineer role.",
    ],
)
def test_the_people_of_such_a_request_are_masked(find: Find, text: str) -> None:
    people = {value for entity, value in find(text) if entity == "PERSON"}
    named = [w for w in ("Hope Adeyemi", "Grant Olsen", "Karl Baert", "Mia Torres", "Anil Kulkarni") if w in text]
    assert set(named) <= people


@pytest.mark.parametrize(
    "text",
    [
        "Compare the way Jane Austen and Charlotte Brontë write about marriage.",
        "Explain the causes of the Thirty Years' War.",
        "Which novels did Chinua Achebe write before Anthills of the Savannah?",
        # "Résume" is French's "summarise", no résumé.
        "Résume Madame Bovary de Gustave Flaubert en cinq phrases.",
    ],
)
def test_a_request_about_the_world_stays_one(text: str) -> None:
    assert kind_of(text).history


@pytest.mark.parametrize(
    "text",
    [
        "Ibrahim Buhari wrote the cron job that rotates the nginx logs; why would logrotate skip the gzip step?",
        "The test checks the characters of each field; the series of titles in the plot is wrong in the Python script.",
    ],
)
def test_technical_text_using_words_of_the_worlds_works_in_its_own_sense_is_no_history(text: str) -> None:
    kind = kind_of(text)
    assert kind.technical and not kind.history


@pytest.mark.parametrize(
    "text",
    [
        "Who wrote the Linux kernel, and in which programming language?",
        "Which war made the Enigma cipher machine famous, and how did the Python of its day compile?",
    ],
)
def test_technical_text_about_history_stays_history(text: str) -> None:
    assert kind_of(text).history


@pytest.mark.parametrize("text", [
    "CLEAN THIS UP FOR THE HANDOVER BOOK: NIGHT SHIFT - PETER OBI LEFT AT 2AM. ALARM TESTED.",
    "Please sign the visitors' book at reception and wait for your host.",
])
def test_a_book_of_records_is_no_work_of_the_worlds(text: str) -> None:
    assert not kind_of(text).history


def test_a_book_someone_wrote_stays_history() -> None:
    assert kind_of("Which book did Chinua Achebe write first?").history


@pytest.mark.parametrize("text", [
    "Can Karl Marx cover my shift on Tuesday?",
    "Is Karl Marx still the top scorer in our Sunday league?",
    "Explain the lecture notes Karl Marx uploaded on Friday.",
    "Write a toast for the summer fête in the style of Karl Marx.",
])
def test_someone_dealt_with_or_a_group_of_ones_own_is_dealt_whoever_speaks(text: str) -> None:
    assert kind_of(text).dealt


@pytest.mark.parametrize("text", [
    "Write a toast for a retirement party in the style of Karl Marx.",
    "I'm putting together a pub quiz round called Firsts. Can you check these answers?",
    "Write a 150-word bio of Karl Marx for a museum poster.",
    "I'm reading Das Kapital and I keep losing the thread in chapter one.",
])
def test_a_request_for_words_or_a_reading_deals_with_no_one(text: str) -> None:
    assert not kind_of(text).dealt


@pytest.mark.parametrize(
    "text, past",
    [
        ("why did joshua march around jericho", True),
        ("who wrote the first dictionary? when was it printed", True),
        ("Why did Joshua march around Jericho?", False),  # capitals: the text's kind reads it
        ("can you move the standup to 10", False),
    ],
)
def test_a_past_question_typed_without_capitals_is_told(text: str, past: bool) -> None:
    assert past_question_typed_lower(text) is past


def test_a_question_typed_without_its_mark_is_asked_as_one(find: Find) -> None:
    """Chat drops the question mark: "is the train … or should we just fly" asks about a trip's
    places as it would with one; a companion in it stays masked, an order is no question."""
    assert unmarked_question("is the train from Cerignola to Busto Arsizio scenic or should we just fly")
    assert not unmarked_question("do the invoices for Anna Berg") and not unmarked_question("is it far?\nwe leave at 6")
    assert kind_of("is the train from Cerignola to Busto Arsizio scenic or should we just fly").trip
    assert find("is the train from Cerignola to Busto Arsizio scenic or should we just fly") == []
    assert ("PERSON", "Dadaş Qurbanlı") in find("is the train from Villemomble to Plaisir scenic or should Dadaş Qurbanlı and i just fly")
    assert ("PERSON", "Florence") in find("is Florence coming to the standup tomorrow")


@pytest.mark.parametrize(
    ("text", "trip"),
    [
        ("Best time of year to go to Tartu? We hate crowds.", True),
        ("Is Ghent walkable, or should we hire a car for three days?", True),
        ("I'm going to call the supplier tomorrow, what should I say?", False),  # going to, no place after
        ("My sister lives in Tartu: best time of year to go?", False),  # someone's home
        # An itinerary is a trip planned, and its draft is the trip's own paper, no message to anyone.
        ("Itinerary draft:\n- Day 1: Cerignola, old town walk\n- Day 2: Museo di Pistoia\n- Day 3: day trip to Bitonto", True),
        # A journey and its stops; the team that goes is no one dealt with.
        ("Plan a Trans-Siberian Railway journey from Moscow to Vladivostok, with stops at Irkutsk.", True),
        ("Plan a 5-day itinerary for Kyoto and Nara for a team offsite.", True),
        ("What should our team know before a conference trip to Lagos?", True),
        ("Send the itinerary to our team member in Leeds and book the hotel.", False),  # a booking is still a dealing
    ],
)
def test_the_askers_own_trip_in_everyday_words_is_a_trip(text: str, trip: bool) -> None:
    """When and whether to go, getting round on foot or by car: a trip planned, whose places are the
    world's; not the future "going to", nor a trip to someone's home."""
    assert kind_of(text).trip is trip


def test_the_places_of_an_itinerary_draft_stay_and_its_people_are_masked(find: Find) -> None:
    assert find("Itinerary draft:\n- Day 1: Cerignola, old town walk\n- Day 2: Museo di Pistoia\n- Day 3: day trip to Bitonto") == []
    assert ("PERSON", "Ana Lopes") in find("Draft a reply to Ana Lopes about the itinerary for Bitonto.")


@pytest.mark.parametrize("text", [
    "When did Marta Lindqvist join the support desk?",
    "Why did Marta Lindqvist get reassigned to the night shift?",
    "How did Marta Lindqvist become head of procurement so fast?",
    "What was the famous argument Marta Lindqvist had with the vendor about the SLA?",
    "when was marta lindqvist onboarded, and who was the buddy assigned?",
])
def test_a_question_about_someone_at_the_writers_workplace_is_no_history(text: str) -> None:
    kind = kind_of(text)
    assert kind.question and not kind.history


@pytest.mark.parametrize("text", [
    "When did Marta Lindqvist join the support desk?",
    "How did Marta Lindqvist become head of procurement so fast?",
    "What was the famous argument Marta Lindqvist had with the vendor about the SLA?",
])
def test_the_person_of_a_question_about_the_workplace_is_masked(find: Find, text: str) -> None:
    assert ("PERSON", "Marta Lindqvist") in find(text)


@pytest.mark.parametrize("text", [
    # The world's people at a desk or on a shift, and a year long past: history, whatever the
    # workplace's word.
    "When was Tim Cook promoted to head of operations at Apple?",
    "Why did the factory introduce the night shift in 1914?",
    # Capitalised mid-sentence, the words are a title's ("The Night Shift"), as `deals` reads them.
    "Who directed the film The Night Shift and when was it released?",
])
def test_the_worlds_people_and_past_at_a_workplace_stay_history(text: str) -> None:
    assert kind_of(text).history


def test_someone_the_world_knows_at_a_workplace_stays_as_written(find: Find) -> None:
    assert [f for f in find("When was Tim Cook promoted to head of operations at Apple?") if f[0] == "PERSON"] == []


@pytest.mark.parametrize("text", [
    # The records of an employee's or a student's year make the question the writer's own.
    "Which modules did Ingrid Solberg fail in the second semester?",
    "Explain why Ingrid Solberg's expense claim was rejected by finance.",
    "Summarise Ingrid Solberg's dissertation on coastal erosion in three bullet points for the panel.",
    "Did Ingrid Solberg's holiday request go through before the rota was published?",
])
def test_a_question_about_someones_work_or_school_records_is_no_history(find: Find, text: str) -> None:
    assert not kind_of(text).history
    assert any(f[0] == "PERSON" and "Ingrid Solberg" in f[1] for f in find(text)), text


@pytest.mark.parametrize("text", [
    "What did Albert Einstein write in his dissertation?",
    "What did Winston Churchill's school reports at Harrow say?",
])
def test_the_worlds_people_with_a_records_word_stay_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == [], text


@pytest.mark.parametrize("text", [
    "Which hymn did Efua Mensah sing at the carol service?",
    "Which part did Luca Ferri play in the am-dram panto?",
    "What position did Jonas Eklund play for the under-11s?",
    "What did Tobias Lind sing at the end-of-term play?",
    "Who was Rosalind Pike, the churchwarden who planted the yew in the eighties?",
])
def test_a_past_question_about_someone_at_a_communitys_occasion_is_a_plain_question(text: str) -> None:
    kind = kind_of(text)
    assert kind.question and not kind.history


@pytest.mark.parametrize(("text", "name"), [
    ("Which hymn did Efua Mensah sing at the carol service?", "Efua Mensah"),
    ("Why did Colm Furlong step down as treasurer of the tenants' association?", "Colm Furlong"),
    ("What did Kofi Asante bring to Thursday's rehearsal?", "Kofi Asante"),
])
def test_the_person_of_a_question_about_a_communitys_occasion_is_masked(find: Find, text: str, name: str) -> None:
    assert ("PERSON", name) in find(text)


@pytest.mark.parametrize("text", [
    # Someone the world knows, or a custom's own past with no one asked about: the world's.
    "Which paintings did Claude Monet show at the spring exhibition?",
    "How did the carol service at King's College Cambridge begin?",
    "What is the history of the harvest festival in England?",
])
def test_the_worlds_people_and_customs_at_a_local_occasion_are_no_plain_question(text: str) -> None:
    assert not kind_of(text).question


def test_someone_the_world_knows_at_a_local_occasion_stays_as_written(find: Find) -> None:
    assert [f for f in find("Which paintings did Claude Monet show at the spring exhibition?") if f[0] == "PERSON"] == []


@pytest.mark.parametrize(
    "text, technical",
    [
        ("The app says my zip code is invalid but I typed 10115.", False),  # a postcode's word, one app
        ("What's the nearest branch to me? My postal code reads 94107.", False),
        ("The app says the status code is 500 and the error code is E42.", True),  # codes of software
    ],
)
def test_a_postcode_word_is_no_code_of_software(text: str, technical: bool) -> None:
    assert technical_kind(text)[0] is technical


@pytest.mark.parametrize("text", [
    # Typed in one case, the question's subject is any word after its auxiliary.
    "which paintings from the renaissance did benjamin boaten hang in the care home's hallway?",
    "HOW MANY MEDALS DID CITTA SZALAY WIN AT THE COUNTY SWIMMING GALA IN 2019?",
    # Any question asked of someone, not only a past one; a request for an account of what someone did.
    "How many slides on the Cold War did Ashley Nelson prepare for the Year 10 revision evening?",
    "Summarise the talk on Ancient Egypt that Edvard Ryba gave to the Rotary club.",
])
def test_history_worded_questions_about_someone_at_a_communitys_occasion_are_no_history(text: str) -> None:
    assert not kind_of(text).history


@pytest.mark.parametrize(("text", "name"), [
    ("How many slides on the Cold War did Ashley Nelson prepare for the Year 10 revision evening?", "Ashley Nelson"),
    ("what did patience adeyemi say about the treaty of versailles during the year 9 parents' evening?", "patience adeyemi"),
    ("WHICH MYTHS ABOUT THE TROJAN WAR DID EMEKA OKORO RETELL AT THE SCOUTS' CAMPFIRE?", "EMEKA OKORO"),
    ("Describe the mural of the moon landing that Thabisa Mabhodla painted for the primary school.", "Thabisa Mabhodla"),
    ("How many medals did Andere Regalado win at the county swimming gala in 2019?", "Andere Regalado"),
])
def test_the_person_of_a_history_worded_question_about_a_communitys_occasion_is_masked(find: Find, text: str, name: str) -> None:
    assert any(f[0] == "PERSON" and name in f[1] for f in find(text)), text


@pytest.mark.parametrize("text", [
    # A school or a club as the world's subject, or the history of a body: no one of the writer's.
    "How did Maria Montessori change nursery school teaching?",
    "Tell me about the history of the Rotary club movement and Paul Harris.",
    "Which books did Roald Dahl write for primary school children?",
])
def test_the_worlds_people_beside_a_school_or_a_club_stay_as_written(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "PERSON"] == [], text


@pytest.mark.parametrize(
    "text, about_tools",
    [
        pytest.param("Rocket or Axum for a Rust web service?", True, id="en-tools"),
        pytest.param("Prietena mea Ilinca vrea o carte nouă. Ce să-i recomand?", False, id="ro-what-is-no-windows-ce"),
    ],
)
def test_a_function_word_of_the_text_s_language_names_no_tool(text: str, about_tools: bool) -> None:
    assert kind_of(text).about_tools is about_tools


@pytest.mark.parametrize(
    "text",
    [
        # An identity number grouped in thousands after its label is no product's version.
        "2. Luana dos Anjos – nasc. 27/01/2004 – CPF 204.117.839-63 – responsável: mãe, (21) 97730-1842",
        # A record's last empty field ends its line in a semicolon; no statement does so here.
        "apellidos, nombre;dni;móvil\nLema, Uxía;48293017D;691 443 208\nBenjelloun, Salma;53108842W;\nMamani, Nayra;20917735V;622 15 48 09",
    ],
)
def test_records_of_people_are_no_code(text: str) -> None:
    assert technical_kind(text)[0] is False


@pytest.mark.parametrize(
    "text",
    [
        'Convert this register extract into a Markdown table with a "needs" column:\n\nWinston Bailey – DOB 22/03/2001',
        "Put these shifts into an Excel table with a column per day.",
    ],
)
def test_a_table_asked_for_in_an_office_tool_is_wordy(text: str) -> None:
    technical, wordy = technical_kind(text)
    assert technical and wordy


@pytest.mark.parametrize(
    "text",
    ["int main() {\n  return 0;\n}", "Why does Django 5.0 fail here?\nimport os;", "SELECT name FROM users;"],
)
def test_statements_and_versions_are_still_code(text: str) -> None:
    assert technical_kind(text)[0] is True


def test_a_plot_of_land_in_an_address_is_no_story_s_plot() -> None:
    assert not kind_of("Mama Wambui atabeba watoto kutoka Moi South Lake Road, Plot 77, Naivasha, saa 12.").history
    assert not kind_of("Deliver to Plot No. 14, Kira Road, Kampala").history
    assert kind_of("Summarise the plot of Things Fall Apart in five lines.").history


def test_a_flight_number_is_no_code_s_mark(find: Find) -> None:
    """"vuelo IB6845" names a flight: a cabin crew's incident note stays prose, and its witness's phone goes."""
    text = (
        "Redacta un informe formal de incidencia a partir de estas notas (vuelo IB6845 MAD–EZE):\n"
        "- La TCP Valentina Ocampo atendió a un pasajero con dolor torácico en la fila 32.\n"
        "- Testigo: TCP Jordi, tfno. 946 88 21 40."
    )
    assert not kind_of(text).technical
    assert ("PHONE_NUMBER", "946 88 21 40") in find(text), find(text)
    assert kind_of("Upgrade to SQL2019 and rebuild the API4500 index on the TCP listener").technical


@pytest.mark.parametrize(
    "text",
    [
        # A flat's number in an address is no tool's version (Flat is a tool's name too), a date
        # of birth written with dots no product's; a note with "list" in it stays prose, and the
        # phone with no phone word beside it is read as prose reads it.
        "Score this adoption application and list any questions:\nAddress: Flat 2, 19 Castle Street, Clun, SY7 8JR\n"
        "Landlord: Tan Mei Ling, 07480 226915 (permission letter attached)",
        "Summarise this arrangement meeting and list what's outstanding.\nDOB 3.12.1951   Died 28 March at home\n"
        "Next of kin: Savannah Pruitt (niece) – 01834 842719",
    ],
)
def test_a_flat_s_number_and_a_dotted_date_make_no_text_technical(find: Find, text: str) -> None:
    assert technical_kind(text)[0] is False
    phone = "07480 226915" if "07480" in text else "01834 842719"
    assert ("PHONE_NUMBER", phone) in find(text), find(text)


def test_a_version_after_a_tool_s_name_stays_a_mark_of_code() -> None:
    assert technical_kind("Upgrade Python 3.10.12 and list the failing tests")[0] is True


def test_a_chat_bot_s_command_makes_no_text_technical(find: Find) -> None:
    """Nightbot is a tool, kept as written; a giveaway drawn with its command is still a list of winners."""
    text = (
        "Draft a DM to each giveaway winner asking them to confirm their address. Winners were drawn live with the "
        "Nightbot !giveaway command:\n1. dawn_price — Dawn Price — 3 Pearse Street, Clonakilty, Co. Cork, P85 YT20"
    )
    assert technical_kind(text)[0] is False
    assert any(t == "LOCATION" and "P85 YT20" in v for t, v in find(text)), find(text)
