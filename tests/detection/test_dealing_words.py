from __future__ import annotations

import pytest

from privacy_gateway.detection.dealing_words import deals, own_life


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


@pytest.mark.parametrize("text", ["Put them in an order that builds up.", "List them in alphabetical order.", "What order should I read them in?"])
def test_an_order_things_are_put_in_is_no_dealing(text: str) -> None:
    assert not deals(text)


def test_an_order_placed_is_a_dealing() -> None:
    assert deals("Where is my order from last week?")
    assert deals("I placed an order for two chairs.")
