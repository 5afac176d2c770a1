"""A trip's districts, markets and route stops stay as written; the same framings holding someone's
home, a private person or an address are still masked (issue 18, precision, round 28)."""

from __future__ import annotations

import pytest

from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "We're staying in Sliema; is the Marsaxlokk market worth the walk?",
        "Best cafés in the Ortakoy area of Istanbul?",
        "What is the Jordaan quarter of Amsterdam known for?",
        "Driving from Faro to Lagos then Tavira over four days; where should we stop for lunch?",
        "How do I get from Madrid airport to Lavapiés late at night?",
    ],
)
def test_a_trips_places_named_by_their_kind_or_as_stops_stay(find: Find, text: str) -> None:
    assert find(text) == []


def test_a_route_stop_that_is_someones_place_is_masked(find: Find) -> None:
    found = find("Driving from Faro to Joana Teixeira's place then Tavira; where should we stop for lunch?")
    assert any(kind == "PERSON" and "Teixeira" in value for kind, value in found)
    assert any("Joana" in value for _, value in found)


def test_a_name_inside_a_route_is_masked_whole(find: Find) -> None:
    found = find("Driving from Faro to Ricardo do Figueiredo's place then Tavira over five days; any lunch stops?")
    assert any("Ricardo" in value for _, value in found)


def test_where_someone_lives_beside_a_market_is_still_masked(find: Find) -> None:
    found = find("I live in Sliema and my neighbour Paolo Grech keeps parking across my drive; is the Marsaxlokk market worth it?")
    assert any(value == "Paolo Grech" for _, value in found)
    assert any(value == "Sliema" for _, value in found)


def test_an_area_manager_is_no_area(find: Find) -> None:
    found = find("Is our Leeds area manager Dorota Wiśniewska in on Friday?")
    assert any("Dorota" in value for _, value in found)


def test_a_trips_days_and_its_hire_car_deal_with_no_one(find: Find) -> None:
    assert find("Any tips for driving around Tavira? We pick up the hire car on Saturday.") == []


def test_a_meeting_on_a_trip_day_still_deals_with_someone(find: Find) -> None:
    found = find("Any tips for driving around Tavira? We meet Joana Teixeira there on Saturday.")
    assert ("PERSON", "Joana Teixeira") in found


def test_someones_farm_on_a_trip_is_still_masked(find: Find) -> None:
    found = find("Any tips for driving to my cousin's farm in Tavira? We pick up the hire car on Saturday.")
    assert ("LOCATION", "Tavira") in found


def test_a_part_of_a_listed_city_named_with_it_stays(find: Find) -> None:
    assert find("Cheap eats around Lavapiés in Madrid, ideally somewhere locals go?") == []


def test_someone_placed_in_a_city_is_still_masked(find: Find) -> None:
    found = find("Any good bars near Joana Teixeira in Lisbon? She is meeting us there.")
    assert any("Joana" in value for _, value in found)


def test_a_stay_of_a_week_in_a_city_is_a_trip(find: Find) -> None:
    assert find("Which is quieter in August, Lavapiés or Malasaña? We're in Madrid for a week.") == []


def test_where_ones_parents_live_beside_a_trip_is_still_masked(find: Find) -> None:
    found = find("Which is quieter in August, Lavapiés or Getafe, where my parents live? We're in Madrid for a week.")
    assert any(value == "Getafe" for _, value in found)


def test_someones_home_on_the_way_is_masked(find: Find) -> None:
    found = find("Is it worth driving from Faro to Aribert Girschner's via Tavira, or is the train better? We're travelling in May.")
    assert any("Aribert Girschner" in value for _, value in found)


def test_the_place_a_named_region_is_of_stays(find: Find) -> None:
    assert find("Wine tasting in the Bairrada region of Beira Litoral: which villages are best to stay in?") == []
