"""Questions about the world keep their names and places (issue 18, round eight): a pronoun that
stands for the named figure, a myth, a faith or an idea as the topic, the asker's own trip to a
listed city. The same names dealt with in a work prompt, and the asker's own home town, are masked."""

from __future__ import annotations

import pytest
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_gateway.config.settings import Limits
from privacy_gateway.detection.text_kind import kind_of
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.detection.helpers import Find
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

# Figures of the world, and questions about them whose pronouns are theirs or whose topic is a
# myth, a faith or an idea.
_FIGURES = ["Ada Lovelace", "Emmy Noether", "Ibn Battuta", "Karl Marx", "Frida Kahlo", "Leonhard Euler"]
_TOPICS = [
    "What did {name} write about the subject in her notes?",
    "What did {name} record in his journal about the voyage?",
    "Which gods and myths did {name} draw on most?",
    "What is meant by alienation in the teachings of {name}?",
    "Why is the line attributed to {name} thought to be apocryphal?",
]
# The same names in a work prompt: a message, a meeting, a booking.
_WORK = [
    "What did {name} write in her email to the landlord yesterday?",
    "Which invoice did {name} send to the customer in his last message?",
    "Can you book a meeting with {name} about the myths workshop on Friday?",
]


@settings(max_examples=30, deadline=None, derandomize=True)
@given(topic=st.sampled_from(_TOPICS), name=st.sampled_from(_FIGURES))
def test_a_question_about_a_figures_work_keeps_the_name(find: Find, topic: str, name: str) -> None:
    text = topic.format(name=name)
    assert kind_of(text).history, text
    assert [value for entity, value in find(text) if entity == "PERSON"] == [], text


@settings(max_examples=20, deadline=None, derandomize=True)
@given(template=st.sampled_from(_WORK), name=st.sampled_from(_FIGURES))
def test_the_same_name_in_a_work_prompt_is_masked(find: Find, template: str, name: str) -> None:
    text = template.format(name=name)
    masked = " ".join(value for entity, value in find(text) if entity == "PERSON")
    assert all(part in masked for part in name.split()), (text, masked)


@pytest.mark.parametrize(
    "text",
    [
        "What did Ada Lovelace write about the Analytical Engine in her notes?",
        "What are the main sights in Istanbul if I only have one day?",
        "I have three days in Lisbon next month. What should I see?",
    ],
)
async def test_a_question_about_the_world_reaches_the_cloud_byte_identical(
    gateway: GatewayFactory, fakes: FakeUpstreams, text: str
) -> None:
    async with gateway(limits=Limits(requests_per_minute=0)) as client:
        response = await client.post("/v1/chat/completions", json=chat(text), headers=CLOUD)
    assert response.status_code == 200
    assert text in fakes.cloud_text()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Where the asker lives, or whom a trip is for, is theirs.
        ("I live in Lisbon now. What should I see on a day trip from home?", "Lisbon"),
        ("Book a day trip to Istanbul for Olga Petrova next week.", "Istanbul"),
    ],
)
def test_a_trip_that_is_someones_home_or_dealing_keeps_the_place_masked(find: Find, text: str, place: str) -> None:
    assert not kind_of(text).public_places
    assert ("LOCATION", place) in find(text)


# Notable people of WordNet's list (`data/notable_people.txt`) in plain questions about them, and
# the same full names dealt with in work prompts.
_NOTABLE = ["Karl Marx", "Leonhard Euler", "Louis Pasteur", "Miles Davis", "Sherlock Holmes", "Emmy Noether", "Diego Rivera"]
_PLAIN = [
    "Is {name} still worth reading?",
    "Does {name} deserve the reputation?",
    "Why is {name} so often misquoted?",
]
_DEALT = [
    "Is {name} still the top scorer in our Sunday league?",
    "Please send {name} the signed contract by Friday.",
    "Can {name} cover my shift on Tuesday?",
]


async def _sent(gateway: GatewayFactory, fakes: FakeUpstreams, text: str) -> str:
    """What the cloud upstream received for `text` (the fakes outlive one example)."""
    before = len(fakes.cloud_requests)
    async with gateway(limits=Limits(requests_per_minute=0)) as client:
        response = await client.post("/v1/chat/completions", json=chat(text), headers=CLOUD)
    assert response.status_code == 200
    return "\n".join(json.dumps(b, ensure_ascii=False) for b in fakes.cloud_requests[before:])


_GATEWAY = settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_GATEWAY
@given(template=st.sampled_from(_PLAIN), name=st.sampled_from(_NOTABLE))
async def test_a_plain_question_about_a_notable_person_reaches_the_cloud_byte_identical(
    gateway: GatewayFactory, fakes: FakeUpstreams, template: str, name: str
) -> None:
    text = template.format(name=name)
    assert text in await _sent(gateway, fakes, text), text


@_GATEWAY
@given(template=st.sampled_from(_DEALT), name=st.sampled_from(_NOTABLE))
async def test_a_notable_name_dealt_with_in_a_work_prompt_is_masked(
    gateway: GatewayFactory, fakes: FakeUpstreams, template: str, name: str
) -> None:
    text = template.format(name=name)
    assert name not in await _sent(gateway, fakes, text), text


# Issue 18, round nine: landmarks named with another language's head word or a landmark's last
# word, works' titles the recognizer tags, a surname cue inside a notable full name, and a word
# that counts a number: PII-free, they reach the cloud as written.
@pytest.mark.parametrize(
    "text",
    [
        "Is Pico Duarte taller than Mont Ventoux?",
        "Is Loch Lomond bigger than Lough Neagh?",
        "When is the best month to see Angel Falls?",
        "Can you walk across Perito Moreno Glacier?",
        "Which record has the better horns, Birth of the Cool or Sketches of Spain?",
        "What is the hero's flaw in Moon and Sixpence?",
        "Who was Leonhard Euler's father, and was he a pastor?",
        "Invoice 88213 covers 4 licences at 19.50 each; what's the VAT at 21%?",
        "Shipment 7730 4412 weighed 18 kg; what's that in pounds?",
    ],
)
def test_a_landmark_title_or_counted_number_keeps_its_words(find: Find, text: str) -> None:
    assert [(entity, value) for entity, value in find(text) if entity in ("PERSON", "LOCATION")] == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Someone whose surname is a landmark's word, or whose given name heads a mountain's.
        ("Please send the signed lease to Anna Falls by Friday.", "Anna Falls"),
        ("Forward the invoice to Monte Alvarez and cc the accounts team.", "Monte Alvarez"),
        # A numbered part of an address line is still the address's.
        ("Ship the parcel to Blk 4 Lot 17, Phase 2, Brgy. San Roque.", "Phase 2"),
    ],
)
def test_the_same_words_in_someones_name_or_address_are_masked(find: Find, text: str, value: str) -> None:
    assert any(value in v for _, v in find(text)), text


# Where a population lives, and requests for a place's sights, are questions about the world; the
# asker's or someone's own home and visit are not (issue 18, round nine).
@pytest.mark.parametrize(
    "text",
    [
        "How many people live in Greenland, and what do they eat in winter?",
        "What share of residents live in Tallinn versus the rest of Estonia?",
        "Give me five things to do in Valparaíso besides the funiculars.",
        "List three places to visit near Kotor that aren't packed in August.",
    ],
)
def test_a_population_or_a_places_sights_keep_the_place(find: Find, text: str) -> None:
    assert [(entity, value) for entity, value in find(text) if entity in ("PERSON", "LOCATION")] == [], text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("My aunt Rosa Delgado lives in Ghent; what should I bring her?", ["Rosa Delgado", "Ghent"]),
        ("Anneke Visser lives in Kotor now, send her the contract.", ["Anneke Visser", "Kotor"]),
        ("Give me five things to do with Tomás Ibarra when he visits Valparaíso next week.", ["Tomás Ibarra"]),
    ],
)
def test_someones_home_or_visit_stays_masked(find: Find, text: str, values: list[str]) -> None:
    found = [v for _, v in find(text)]
    assert all(value in found for value in values), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Is it worth driving from Seville to Granada via Córdoba, or is the train better? We're travelling in April with two teenagers.",
            id="the-way-there-weighed",
        ),
        pytest.param("Ten days in Peru. Must-sees so far:\n• Lake Titicaca\n• the Colca Canyon\nWhat am I missing?", id="a-trips-sights-by-their-shape"),
        pytest.param("Ten days in Vietnam. Must-sees so far:\n• Ha Long Bay\n• Hội An\n• the Mekong Delta\nWhat am I missing?", id="a-listed-town-in-a-list"),
        pytest.param("Plan a weekend in Munich: we like beer halls and museums, and need to be home by Sunday evening.", id="going-home-is-no-home"),
        pytest.param("Plan three days in Lincoln: we like cathedrals and old pubs, and need to be home by Monday evening.", id="a-town-named-like-people-stayed-in"),
        pytest.param("Is it worth driving from Vienna to Graz via Semmering, or is the train better? We're travelling in May.", id="a-small-place-passed-through"),
        pytest.param("Is it worth driving from Perth to Albany via the South Western Highway, or is the coach better? We're travelling in March.", id="a-road-taken"),
        pytest.param("Sanssouci or Cecilienhof if we only have one day in Potsdam?", id="sights-no-name-list-holds-weighed"),
        pytest.param("Ten days in Cambodia. Must-sees so far:\n• Angkor Wat\n• Tonlé Sap\nWhat am I missing?", id="sights-of-two-words-no-list-holds"),
        pytest.param("I've got tickets at Celtic Park. What's the easiest way to get there from the city centre?", id="getting-to-a-ground"),
        pytest.param("Ten days in Turkey. Must-sees so far:\n• Ephesus\n• Pamukkale\n• Myra\nWhat am I missing?", id="a-sight-named-like-people-in-a-list-of-sights"),
        pytest.param("Is Sintra doable as a day trip from Lisbon, and should we go early?", id="a-listed-town-on-a-day-trip"),
        pytest.param("We're doing the Ring of Kerry by car in May. Clockwise or anticlockwise?", id="a-sight-after-the"),
        pytest.param("Four days in Istanbul: the Grand Bazaar, the Basilica Cistern, what else?", id="sights-of-english-words"),
        pytest.param("Is a week in the Dolomites enough? We're travelling in July.", id="a-range-after-the"),
    ],
)
def test_a_trips_places_stay_as_written(find: Find, text: str) -> None:
    assert kind_of(text).public_places
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Plan a weekend in Porto for me and Mateus. He's coming from Navalcarnero, so we'll meet at the hotel.", "Navalcarnero", id="where-a-companion-comes-from"),
        pytest.param("We're travelling to Lisbon in May. My parents live in Nazaré, so plan a day there.", "Nazaré", id="where-someone-lives"),
        pytest.param("Me, Bongani and Rosalind are doing the West Highland Way in May. Suggest an itinerary.", "Bongani", id="companions-on-a-trip"),
        pytest.param("Ten days in Jordan with Oluwaseun Adeyemi. Must-sees so far:\n• Wadi Rum\nWhat am I missing?", "Oluwaseun Adeyemi", id="a-companion-beside-the-sights"),
        pytest.param("Zambia was super fun to visit!", "Zambia", id="a-trip-told-not-asked"),
        pytest.param("Me, Thảo, Linh and Bao are doing the Ha Giang loop in October. Suggest an itinerary.", "Thảo", id="a-companion-no-list-holds"),
        pytest.param("I've got tickets for the derby with Kwame Boateng. What's the easiest way to get there from the station?", "Kwame Boateng", id="a-companion-to-the-ground"),
        pytest.param("Plan a day in Tivoli: Aurelio Santini will show us around.", "Aurelio Santini", id="a-guide-on-a-trip"),
        pytest.param("Ten days in Turkey. Must-sees so far:\n• Ephesus\n• Myra, with Defne Yılmaz as our guide\nWhat am I missing?", "Defne Yılmaz", id="a-guide-in-a-list-of-sights"),
        pytest.param("Plan three days in Kraków: we'll stay with the Kowalski family and see the old town.", "Kowalski", id="a-family-after-the"),
        pytest.param("Plan a weekend in York with the Okonkwos and the Hendersons.", "Hendersons", id="families-in-company"),
        pytest.param("Plan a weekend in York: the Minster first, and the Hendersons are coming too.", "Hendersons", id="a-family-named-by-its-surname"),
    ],
)
def test_people_and_homes_on_a_trip_stay_masked(find: Find, text: str, value: str) -> None:
    assert value in " ".join(v for _, v in find(text))


def test_a_listed_town_of_two_words_in_a_plain_question_stays(find: Find) -> None:
    text = "How busy does Český Krumlov get on a summer Saturday?"
    assert kind_of(text).question
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Does Sunny Bains still run the parts counter?", "Sunny Bains", id="a-full-name-opened-by-a-given-name"),
        pytest.param("How busy does Oluwaseun Adeyemi get on a Saturday?", "Oluwaseun Adeyemi", id="an-unlisted-pair"),
    ],
)
def test_a_full_name_in_a_plain_question_stays_masked(find: Find, text: str, name: str) -> None:
    assert name in " ".join(v for _, v in find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I've been rereading Brideshead Revisited and I keep confusing Sebastian Flyte and Charles Ryder. Remind me who is who.", id="a-work-reread"),
        pytest.param("I'm reading Wolf Hall and I keep mixing up Thomas Cromwell and Stephen Gardiner. Can you remind me who is who?", id="a-work-read"),
        pytest.param("I'm halfway through L'Amica geniale. Is Lila Cerullo supposed to be sympathetic?", id="a-work-half-read"),
        pytest.param("I'm watching Babylon Berlin and I keep losing track of Gereon Rath and Charlotte Ritter.", id="a-series-watched"),
        pytest.param("Write a short crossover story where Elizabeth Bennet meets Jay Gatsby at a garden party.", id="a-crossover-of-works"),
        pytest.param(
            "Is there a link between the flood in the Epic of Atrahasis and Ziusudra? Keep it brief, I'm preparing a worksheet for a Year 8 RE lesson.",
            id="a-myth-for-a-lesson",
        ),
        pytest.param(
            "I'm putting together a quiz round on famous explorers. Can you check these answers?\n1. First to sail alone around the world: Joshua Slocum",
            id="a-quiz-of-ones-own",
        ),
    ],
)
def test_the_askers_own_reading_and_making_leave_the_worlds_names(find: Find, text: str) -> None:
    assert kind_of(text).history
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("I'm reading Anna Berg's draft and I keep mixing up Olga Petrova and Ivan Sokolov. Who is who?", "Olga Petrova", id="someones-draft"),
        pytest.param("I'm reading the CVs and I keep mixing up Priya Raman and Sunita Rao. Who is who?", "Priya Raman", id="papers-read-at-work"),
        pytest.param("I'm reading Clara Oswald a bedtime story tonight, any ideas?", "Clara Oswald", id="someone-read-to"),
        pytest.param("I'm preparing a slide about Tomasz Nowak's retirement for the team.", "Tomasz Nowak", id="a-slide-about-a-colleague"),
        pytest.param("I'm reading Middlemarch and Greta Lindqvist keeps texting me spoilers.", "Greta Lindqvist", id="a-friend-beside-the-book"),
        pytest.param("I'm reading Dune with Anna Kowalska. Is Paul Atreides supposed to be sympathetic?", "Anna Kowalska", id="a-work-read-with-someone"),
        pytest.param("I'm watching Dark with Jonas Berg and I keep losing track of the timelines.", "Jonas Berg", id="a-series-watched-with-someone"),
    ],
)
def test_people_beside_the_askers_reading_stay_masked(find: Find, text: str, value: str) -> None:
    assert value in " ".join(v for _, v in find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("WHEN DID SEBASTIAN COE SET HIS MILE WORLD RECORD?", id="a-record-asked-in-capitals"),
        pytest.param(
            "Who had the better peak, Martina Hingis or Monica Seles? Compare their best two seasons if you can, and say which one you think would win.",
            id="a-career-at-its-height-weighed",
        ),
    ],
)
def test_the_worlds_careers_and_records_keep_their_names(find: Find, text: str) -> None:
    assert kind_of(text).history
    assert find(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("NIGHT SHIFT NOTES FOR THE HANDOVER BOOK: TAMSIN HOLLIS LEFT AT 2AM.", "TAMSIN HOLLIS", id="a-note-in-capitals-is-no-question"),
        pytest.param("Who had the better peak, Anna Berg or Olga Petrova, at our sales kickoff? Compare their best three seasons.", "Anna Berg", id="a-peak-at-our-kickoff"),
        pytest.param("Which of my two tenants, Anna Berg or Tomasz Nowak, do you think pays more reliably?", "Tomasz Nowak", id="the-assistants-view-of-my-tenants"),
    ],
)
def test_people_of_ones_own_life_stay_masked_beside_a_view_asked(find: Find, text: str, value: str) -> None:
    assert value in " ".join(v for _, v in find(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("Suggest 5 indicators for SDG 5 that a small NGO in Bangladesh could realistically measure.", "Bangladesh", id="an-analysis-task"),
        pytest.param("Write the 'Statement of Need' section of a grant proposal for a food bank in Detroit.", "Detroit", id="a-drafting-task"),
        pytest.param("Write a Zillow listing description for a 3-bed craftsman near downtown Portland, 120 words.", "Portland", id="a-listing"),
    ],
)
def test_a_task_set_on_the_world_s_places_leaves_them(find: Find, text: str, place: str) -> None:
    assert kind_of(text).public_places
    assert ("LOCATION", place) not in find(text), find(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("Write a haiku for Leslie who just moved to Lisbon.", "Lisbon", id="where-someone-moved"),
        pytest.param("Draft a welcome email to Olga Petrova about her start at the Madrid office.", "Madrid", id="a-dealing"),
    ],
)
def test_a_task_about_someone_keeps_their_place_masked(find: Find, text: str, place: str) -> None:
    assert ("LOCATION", place) in find(text), find(text)
