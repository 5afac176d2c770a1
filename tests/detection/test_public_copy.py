"""Copy written for the public (`text_kind._COPY`): its famous people and listed places are the world's;
the private people, homes and origins in the same framings are still someone's."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.text_kind import kind_of
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Write an Instagram caption for our pop-up.",
        "Punchy 60-word product blurb for the sleeper train, please.",
        "Draft a press release for the opening of our second restaurant.",
        "Give me 8 subject lines to A/B test for the spring sale.",
        "Rédige un communiqué de presse pour l'ouverture.",
    ],
)
def test_copy_for_the_public_is_read_so(text: str) -> None:
    assert kind_of(text).copy


@pytest.mark.parametrize(
    "text",
    [
        "Reply to the guest who complained about the noise.",
        "Write a caption for the photo. Contact: ana.lopes@example.org",  # contact data
        "Write a caption about our new chef, who lives in Leeds.",  # someone's home
        "Fix the speaker tags in these captions: [THIAGO] Are we recording?",  # a video's subtitles
    ],
)
def test_replies_contact_data_and_homes_are_no_public_copy(text: str) -> None:
    assert not kind_of(text).copy


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "Marketing wants a congratulations post for Max Verstappen after the title in Abu Dhabi. We're a sports bar, not a sponsor.",
            ["Max Verstappen", "Abu Dhabi"],
        ),
        ("Hashtags for a post about a pavlova masterclass in sydney? mix big and niche, 15 max", ["sydney"]),
        ("Draft a press release for a new property opening in Jakarta: 180 rooms and a rooftop bar.", ["Jakarta"]),
        ("google ads headline for bottomless brunch, local pub in leeds, tone cheeky not cringe", ["leeds"]),
    ],
)
def test_famous_people_and_cities_in_public_copy_stay(find: Find, text: str, kept: list[str]) -> None:
    values = {value for _, value in find(text)}
    assert not values & set(kept), find(text)


@pytest.mark.parametrize(
    "text, masked",
    [
        ("Write a LinkedIn post welcoming our new head chef, Tomasz Wójcik, who joins us from Gdańsk.", ["Tomasz Wójcik", "Gdańsk"]),
        ("Social post: meet Priya, our new yoga teacher from Pune!", ["Priya", "Pune"]),
        ("Instagram caption for our employee of the month: congrats to Aigerim Bekova from housekeeping!", ["Aigerim Bekova"]),
        ("Write an Instagram caption for the winners of our raffle: Dolores Fuentes and Piet de Wit.", ["Dolores Fuentes", "Piet de Wit"]),
        ("write a tweet thanking sam okafor for the lovely review", ["sam okafor"]),
        # A town in a sentence about private people is theirs.
        ("Caption needed: Maartje Verhoeven and her grandson Gustavo at the reopening of the lido in Mullumbimby.", ["Maartje Verhoeven", "Mullumbimby"]),
        # A dealing right by a famous name still makes it someone's: a colleague may share it.
        ("Caption: Congratulations to our colleague Max Verstappen on ten years at the front desk!", ["Max Verstappen"]),
    ],
)
def test_private_people_and_origins_in_public_copy_are_masked(find: Find, text: str, masked: list[str]) -> None:
    values = {value for _, value in find(text)}
    assert set(masked) <= values, find(text)
