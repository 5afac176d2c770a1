"""Well-known places stay as written in questions about the world and are masked where they are
someone's (issue 18, precision)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.lexicon import first_names
from privacy_gateway.detection.places import _listed, listed_place, someones_place, whole_place
from tests.detection.helpers import Find

# Single-word listed places that are no census first name, in a stable order for sampling.
_PLACES = sorted(p for p in _listed() if p.isalpha() and p.isascii() and len(p) >= 5 and p not in first_names())


def test_the_list_holds_countries_and_big_cities_in_any_case_and_accents() -> None:
    assert listed_place("Portugal") and listed_place("CAIRO") and listed_place("São Paulo") and listed_place("Sao Paulo")
    assert not listed_place("Springfield Gardens")


def test_a_place_named_like_a_person_needs_to_be_placed_as_a_place(find: Find) -> None:
    assert find("Is Florence or Naples better for a weekend in May?") == []
    assert ("PERSON", "Florence") in find("Is Florence coming to the standup tomorrow?")


@settings(max_examples=25, deadline=None, derandomize=True)
@given(first=st.sampled_from(_PLACES), second=st.sampled_from(_PLACES))
def test_listed_places_compared_in_a_question_are_never_masked(find: Find, first: str, second: str) -> None:
    a, b = first.title(), second.title()
    text = f"Is {a} bigger than {b}?"
    assert not any(value in (a, b) for _, value in find(text))


@settings(max_examples=10, deadline=None, derandomize=True)
@given(place=st.sampled_from(["Athens", "Lisbon", "Nairobi", "Manila", "Toronto", "Krakow", "Cairo", "Lima"]))
def test_a_listed_place_where_someone_lives_is_still_masked(find: Find, place: str) -> None:
    found = find(f"Olga Petrova lives in {place}; send her the lease renewal by Friday.")
    assert ("LOCATION", place) in found


def test_a_smaller_place_no_one_is_named_is_the_worlds_where_one_goes_in_a_question(find: Find) -> None:
    """A town of the small-places list, where one stays or passes in a question about the world's
    places, as in a trip; not where someone lives, nor a town people are named after."""
    assert find("Is there a good Christmas market in Mindelheim, or is it too small?") == []
    assert ("LOCATION", "Mindelheim") in find("My sister lives in Mindelheim, is the bakery there any good?")


def test_goods_named_by_their_origin_keep_the_place_whoever_speaks(find: Find) -> None:
    """Where goods come from, or a style, is the world's place even in the asker's own trade talk."""
    assert find("I roast single-origin beans from Huila. How long should they rest before brewing?") == []
    assert find("How do I cure Kalamata olives at home?") == []
    assert find("We're switching to honey from Oosternieland. Is it really different?") == []
    assert find("Give me a recipe for a Mount Druitt-style salad that serves four.") == []


def test_goods_from_someone_or_to_someones_address_are_still_masked(find: Find) -> None:
    """A given name after "from" is a giver, not an origin; an address is someone's, goods or not."""
    assert any(value == "Marco" for _, value in find("I got a bottle of wine from Marco yesterday, what should we eat with it?"))
    found = find("Ship the single-origin beans to 12 Station Road, Pontefract, and tell me what tasting notes to expect.")
    assert any(entity == "LOCATION" and "Pontefract" in value for entity, value in found)


def test_a_titled_name_or_a_surname_after_goods_from_is_the_giver(find: Find) -> None:
    """"The wine from Mrs Okafor", "the coffee beans from Kowalczyk": a title or a surname no place
    list has names who gave the goods, not where they grew."""
    assert any("Okafor" in value for _, value in find("Please write a thank-you note for the wine from Mrs Okafor."))
    assert any(value == "Kowalczyk" for _, value in find("Thank Okonkwo for the coffee beans from Kowalczyk."))


def test_a_markets_prices_keep_the_place(find: Find) -> None:
    """"Florists' prices in Leeds": the market's town, not anyone's."""
    assert find("Compare florists' prices in Leeds for a small wedding.") == []
    assert find("What does a plumber charge in Bristol these days?") == []


def test_a_customer_in_a_town_is_not_a_market(find: Find) -> None:
    found = find("Customer in Pontefract says our bridal bouquet quote was too high; draft a polite reply.")
    assert ("LOCATION", "Pontefract") in found


def test_someones_home_in_a_trip_question_is_still_masked(find: Find) -> None:
    """A trip's question names the world's places, but "my sister's house in", "Nadia's place in" make
    the place someone's."""
    assert ("LOCATION", "Kitwe") in find("What's the easiest way to get to Nadia's place in Kitwe from the station without a car?")
    assert ("LOCATION", "Mount Druitt") in find("things to do near my sister's house in Mount Druitt with two kids under ten?")
    assert ("LOCATION", "Capolona") in find("Best time of year to visit my brother in Capolona? He hates crowds.")


def test_someone_visited_on_a_trip_whose_surname_the_lists_lack_is_no_sight(find: Find) -> None:
    """Two words no list holds read as a sight ("Machu Picchu"), unless the last is made as surnames
    are ("-escu", "-ova", "-shvili")."""
    assert ("PERSON", "Profira Diaconescu") in find("Plan a weekend to visit Profira Diaconescu in Cluj")
    assert ("PERSON", "Nino Beridzeshvili") in find("Plan a weekend to visit Nino Beridzeshvili in Batumi")
    assert find("Is the Grand Bazaar worth a visit on a weekend in Istanbul?") == []


def test_someones_place_reads_only_the_words_right_before() -> None:
    text = "Plan our weekend in Porto, then dinner at Nadia's place in Braga and my mum's village, Little Snoring."
    assert not someones_place(text, text.index("Porto"))
    assert someones_place(text, text.index("Braga"))
    assert someones_place(text, text.index("Little Snoring"))


def test_a_piece_of_a_listed_place_is_judged_as_the_whole_place() -> None:
    text = "Is Sant Joan d'Alacant walkable?"
    start = text.index("Sant")
    assert whole_place(text, start, start + len("Sant Joan")) == (start, start + len("Sant Joan d'Alacant"))
    other = "Ask Anna Lima about it."
    assert whole_place(other, other.index("Anna"), other.index("Anna") + 4) == (other.index("Anna"), other.index("Anna") + 4)


def test_a_small_place_gone_to_or_weighed_as_a_stop_is_the_worlds(find: Find) -> None:
    assert find("Best time of year to go to Lubin? We hate crowds but like warm evenings.") == []
    assert find("Can we do Orellana as a day trip, or does it need a night?") == []
    assert ("LOCATION", "Lubin") in find("I'm moving to Lubin in March. Is it too cold then?")


def test_a_station_or_an_airport_in_a_trip_question_is_the_worlds(find: Find) -> None:
    assert find("Can I do a day trip from Lisbon to Sintra by train from Rossio station?") == []
    assert find("Is Ciampino airport closer to the centre than Fiumicino?") == []
    # Someone's errand at a station is still someone's.
    assert ("PERSON", "Ana Lopes") in find("Pick up my daughter Ana Lopes from Rossio station at 6.")


@pytest.mark.parametrize(
    "text",
    [
        "What is the best time of year to see the migration in the Maasai Mara?",
        "Plan a 3-day itinerary for Kyoto including Fushimi Inari and Kinkaku-ji.",
        "Quiz: which emperor built the Taj Mahal?",
        "Is Machu Picchu or Uluru older?",
        "Plan a 5-day itinerary for Kyoto and Nara, including Fushimi Inari and Todai-ji, for a team offsite.",
        # A national park named without the words ("Los Glaciares National Park").
        "Torres del Paine or Los Glaciares for a 10-day Patagonia trip?",
    ],
)
def test_a_listed_landmark_in_a_question_about_the_world_stays(find: Find, text: str) -> None:
    assert find(text) == [], find(text)


def test_a_landmark_beside_a_colleague_is_still_masked_with_them(find: Find) -> None:
    found = find("My colleague Petra Novak visited the Taj Mahal with her family last week.")
    assert ("PERSON", "Petra Novak") in found


def test_the_landmark_list_leaves_out_one_word_names_people_are_called() -> None:
    from privacy_gateway.detection.places import landmark

    assert landmark("Taj Mahal") and landmark("the Maasai Mara") and not landmark("Petra") and not landmark("Everest")
    # A national park by its name alone, of two words or more: "Kruger" is a surname too.
    assert landmark("Los Glaciares") and not landmark("Kruger")


def test_a_landmark_in_a_booking_stays(find: Find) -> None:
    assert find("best time to visit machu picchu and do i need to book the inca trail in advance") == []


def test_a_landmark_in_an_address_is_still_masked(find: Find) -> None:
    found = find("Ann Lee lives near the Colosseum, email her at ann@x.com")
    assert ("PERSON", "Ann Lee") in found and any(t == "LOCATION" for t, _ in found), found


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("Can an employer in Scotland refuse a flexible working request under the current rules?", "Scotland", id="employer-rules"),
        pytest.param("Is it legal in Portugal to record a customer call without telling them?", "Portugal", id="is-it-legal"),
        pytest.param("How much statutory sick pay is an employee owed in Denmark, Norway and Finland? A short table.", "Norway", id="a-list-of-countries"),
    ],
)
def test_a_country_as_the_reach_of_a_law_stays(find: Find, text: str, country: str) -> None:
    assert country not in [v for t, v in find(text) if t == "LOCATION"], find(text)


@pytest.mark.parametrize(
    "text, country",
    [
        pytest.param("I live in Portugal now, is it legal for my landlord to keep the deposit?", "Portugal", id="the-writer-lives-there"),
        pytest.param("Brazil was a wonderful place to visit last spring.", "Brazil", id="no-law-in-the-sentence"),
        pytest.param("Ana Sousa in Portugal says the tax office lost her form.", "Portugal", id="someone-is-there"),
    ],
)
def test_a_country_of_someone_s_life_is_still_masked(find: Find, text: str, country: str) -> None:
    assert any(country in v for _, v in find(text)), find(text)
