from __future__ import annotations

import pytest

from privacy_gateway.detection.dealing_words import deals, own_life
from tests.detection.helpers import Find


@pytest.mark.parametrize("text", [
    "I'm putting together a pub quiz round called Firsts for Friday night.",
    "We stayed in a tiny village called Ely on the way north.",
])
def test_a_thing_called_by_its_name_is_no_phone_call(text: str) -> None:
    assert not deals(text)


@pytest.mark.parametrize("text", [
    "The customer called Maria twice about the refund.",
    "I called Dave after lunch.",
    "The bank called Tuesday morning.",
    "She was called by the school nurse.",
])
def test_a_call_to_or_from_someone_is_a_dealing(text: str) -> None:
    assert deals(text)


def test_words_written_for_an_occasion_count_only_when_asked_for() -> None:
    assert own_life("Write a short toast in the style of Oscar Wilde.")
    assert not own_life("Write a short toast in the style of Oscar Wilde.", written_for=False)
    assert own_life("Write a short toast for the summer fête.", written_for=False)


@pytest.mark.parametrize("text", [
    "Put them in an order that builds up.", "List them in alphabetical order.", "What order should I read them in?",
    "How do I romanise and order names like these on second reference?", "Order by date, newest first.",
])
def test_an_order_things_are_put_in_is_no_dealing(text: str) -> None:
    assert not deals(text)


def test_an_order_placed_is_a_dealing() -> None:
    assert deals("Where is my order from last week?")
    assert deals("I placed an order for two chairs.")


@pytest.mark.parametrize("text", [
    "What did she work out for the first orbital flight of the programme?",
    "How long did the Wright brothers' first flight last?",
    "Write a short bio for a poster in our office kitchen.",
])
def test_a_flight_flown_and_a_room_to_put_a_poster_in_are_no_dealings(text: str) -> None:
    assert not deals(text)


@pytest.mark.parametrize("text", [
    "Can you move my flight to Tuesday?",
    "She missed the flight from Lagos.",
    "Put the rota up in our office by Friday.",
])
def test_a_flight_booked_and_the_office_itself_are_dealings(text: str) -> None:
    assert deals(text)


@pytest.mark.parametrize("text", [
    "Ideas for a leaving present for Claus, around 30 pounds, she likes hiking.",
    "Birthday gift for Ines who loves hiking?",
    "Who signs the leaving card for the night shift?",
])
def test_a_present_or_a_send_off_for_someone_is_a_dealing(text: str) -> None:
    assert deals(text)


@pytest.mark.parametrize("text", [
    "Who was present for the signing of the treaty?",
    "What gift did the city give the explorers?",
])
def test_being_present_and_a_gift_in_history_are_no_dealing(text: str) -> None:
    assert not deals(text)


@pytest.mark.parametrize("text", [
    "Why is Charles Darwin still controversial today?",
    "Even today, Machiavelli divides historians.",
    "What would Gandhi make of the world today?",
    "How is Ada Lovelace remembered today?",
    "Would Dickens thrive in today's world?",
])
def test_today_as_the_present_age_is_no_dealing(text: str) -> None:
    assert not deals(text)


@pytest.mark.parametrize("text", [
    "Can Ana cover the front desk today?",
    "Is the parcel coming today?",
    "Did the landlord reply today?",
    "Can Ana chair today's standup?",
])
def test_today_as_the_day_of_an_errand_is_a_dealing(text: str) -> None:
    assert deals(text)


@pytest.mark.parametrize("text", [
    "Draft a profile outline of Satya Nadella's time at Microsoft.",
    "Draft an explainer on the 2024 Indian election.",
    "Draft a short obituary for the culture page.",
])
def test_drafting_a_piece_about_someone_is_no_dealing(text: str) -> None:
    assert not deals(text)


@pytest.mark.parametrize("text", ["Draft an email to the landlord.", "Draft a reply to the complaint.", "Can you draft something for Ana?"])
def test_drafting_words_to_someone_is_a_dealing(text: str) -> None:
    assert deals(text)


@pytest.mark.parametrize("text, second", [
    ("How did Ada Lovelace meet Charles Babbage?", "Charles Babbage"),
    ("Did Albert Einstein ever meet Sigmund Freud?", "Sigmund Freud"),
    ("What did Winston Churchill tell Franklin Roosevelt at Yalta?", "Franklin Roosevelt"),
    ("How much did Pope Julius II pay Michelangelo for the ceiling?", "Michelangelo"),
    # The first asked of again by pronoun: "… and did she ever meet Diderot?".
    ("How did Catherine the Great write to Voltaire, and did she ever meet Diderot?", "Diderot"),
])
def test_one_named_persons_dealing_with_another_is_no_dealing_of_the_writers(text: str, second: str) -> None:
    from privacy_gateway.detection.dealing_words import named_pair_object, without_named_pairs

    assert not deals(without_named_pairs(text))
    assert len(without_named_pairs(text)) == len(text)
    assert named_pair_object(text, text.index(second))


@pytest.mark.parametrize("text", [
    "Can you email Tomasz Wójcik the signed contract?",
    "Please tell Aino Virtanen the meeting moved to 3pm.",
    "How did Ingrid Solberg meet her new manager?",
    "Did you ever meet Anna Berg at the depot?",
    "Can Anna Berg send Tom Lie the slides?",
    "How did she meet her new manager?",
    "Did you ever meet them at the depot?",
])
def test_the_writers_own_dealings_and_a_named_persons_with_no_one_named_stay_dealings(text: str) -> None:
    from privacy_gateway.detection.dealing_words import without_named_pairs

    assert deals(without_named_pairs(text))


def test_a_school_year_is_no_grade_given() -> None:
    assert not deals("questions for my grade 11 class") and deals("Anna got a lower grade than Tom")


@pytest.mark.parametrize("text", ["Which team did Michael Jordan play baseball for in 1994?", "What team does Lionel Messi play for now?"])
def test_a_side_asked_about_is_no_one_s_own_team(text: str) -> None:
    assert not deals(text)


@pytest.mark.parametrize("text", ["Can you tell the team the launch moved?", "Our team is short on Friday."])
def test_a_team_one_works_in_is_a_dealing(text: str) -> None:
    assert deals(text)



def test_names_ordered_on_second_reference_stay_the_world_s(find: Find) -> None:
    text = "How do I romanise and order names like Xi Jinping, Shinzo Abe and Nguyen Phu Trong on second reference?"
    assert [v for t, v in find(text) if t == "PERSON"] == [], find(text)
    assert ("PERSON", "Claudia Sheinbaum") in find("Please order the flowers for Claudia Sheinbaum and send the invoice")


@pytest.mark.parametrize("text", [
    "Is the narrator reliable? Give arguments from the text for both sides.",
    "Find evidence in the text for his jealousy.",
])
def test_the_text_as_the_passage_read_is_no_dealing(text: str) -> None:
    assert not deals(text)


@pytest.mark.parametrize("text", [
    "What does the number in the text she sent mean?",
    "Reply to the text from Ana before lunch.",
    "Copy the address from the text message into the form.",
    "Can you text Ana the agenda?",
])
def test_a_text_sent_or_from_someone_is_a_dealing(text: str) -> None:
    assert deals(text)


def test_a_third_persons_dealing_asked_by_pronouns_is_no_dealing_of_the_writers() -> None:
    from privacy_gateway.detection.dealing_words import without_named_pairs

    text = "How did Catherine the Great write to Voltaire and Diderot, and did she ever meet them?"
    assert not deals(without_named_pairs(text))
