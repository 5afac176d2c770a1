"""Time-zone names ("Asia/Kolkata") are settings, not people or places someone is in (issue 18,
round nine): their words stay as written, while the same city in prose about someone is masked."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.time_zones import zone_spans
from tests.detection.helpers import Find


@pytest.mark.parametrize(
    "text",
    [
        "Convert 09:30 Europe/Berlin to America/Los_Angeles for the invite.",
        "Is Pacific/Auckland ahead of Asia/Tokyo in March?",
        "Set the server timezone to America/Argentina/Buenos_Aires or Africa/Nairobi?",
        "Why does TZ=Australia/Sydney shift the cron by an hour in April?",
    ],
)
def test_a_time_zone_name_reaches_the_cloud_as_written(find: Find, text: str) -> None:
    assert [(entity, value) for entity, value in find(text) if entity in ("PERSON", "LOCATION")] == []


def test_only_listed_zones_are_taken() -> None:
    text = "Europe/Berlin, Asia/Kolkata and Sales/Maria Lopez"
    assert [text[s:e] for s, e in zone_spans(text)] == ["Europe/Berlin", "Asia/Kolkata"]


def test_the_same_city_in_prose_about_someone_is_masked(find: Find) -> None:
    found = find("I moved to Berlin last year and my sister Sydney Okafor lives near me.")
    assert ("LOCATION", "Berlin") in found
    assert any(entity == "PERSON" and "Sydney" in value for entity, value in found)
