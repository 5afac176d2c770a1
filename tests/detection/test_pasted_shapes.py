"""Whole documents in the shapes people paste: an HTTP dump, a HAR entry, a config file, a clinical note."""

from __future__ import annotations

import json

from privacy_gateway.detection.engine import Detector
from tests.detection.helpers import Find

LOCAL_ONLY = {"PASSWORD", "ACCESS_TOKEN", "API_KEY", "US_SSN", "CREDIT_CARD", "UK_NHS", "MEDICAL_RECORD_NUMBER"}

HTTP_DUMP = (
    "Why does this return 401?\n\n"
    "POST /api/v2/orders?api_key=8f14e45fceea167a5a36dedd4bea2543&notify=ops%40example.com HTTP/1.1\n"
    "Host: shop.internal\n"
    "Authorization: Basic b3BzLWJvdDpXMW50ZXJpc0NvbWluZyE=\n"
    "Cookie: sessionid=31d4d96e407aad42b1c9; theme=dark\n"
    "Content-Type: application/x-www-form-urlencoded\n\n"
    "customer=maria.gonzalez%40example.com&card=4539%201488%200343%206467"
)

HAR = json.dumps(
    {"log": {"entries": [{"request": {
        "method": "GET",
        "url": "https://api.example.com/v1/me?access_token=ya29a0AfH6SMBx3kQ9vLp2Zr7TnWc4",
        "headers": [{"name": "Cookie", "value": "JSESSIONID=A1B2C3D4E5F6A7B8C9D0"},
                    {"name": "X-User", "value": "maria.gonzalez@example.com"}],
        "cookies": [{"name": "sessionid", "value": "8f14e45fceea167a5a36dedd"}],
    }}]}},
).replace("@", "\\u0040")  # as a JSON escape, the way some exporters write it

CONFIG = (
    "Can you convert this to TOML?\n\n"
    "[database]\n"
    "url = postgresql://app:Xk9pQ2vL7w@db.internal:5432/shop\n"
    "password = \"s3cr3t-Pa55\"\n"
    "[smtp]\n"
    "user = alerts@example.com\n"
    "pw: hunter22\n"
)

NOTE = (
    "Ward 7 handover, bed 3: Mrs Amelia Hartley, NHS no 943\u2011476\u20115919, MRN: A00482913, "
    "DOB 14/03/1962. Post-op day 2 after hip replacement, obs stable, for discharge planning."
)


def _types(find: Find, text: str) -> set[str]:
    return {t for t, _ in find(text)}


def test_http_dump(find: Find) -> None:
    found = set(find(HTTP_DUMP))
    assert ("PASSWORD", "b3BzLWJvdDpXMW50ZXJpc0NvbWluZyE=") in found
    assert ("ACCESS_TOKEN", "31d4d96e407aad42b1c9") in found
    assert ("API_KEY", "8f14e45fceea167a5a36dedd4bea2543") in found
    assert ("EMAIL_ADDRESS", "ops%40example.com") in found
    assert ("CREDIT_CARD", "4539%201488%200343%206467") in found


def test_har_entry(find: Find) -> None:
    found = set(find(HAR))
    assert ("ACCESS_TOKEN", "A1B2C3D4E5F6A7B8C9D0") in found
    assert ("ACCESS_TOKEN", "8f14e45fceea167a5a36dedd") in found
    assert ("ACCESS_TOKEN", "ya29a0AfH6SMBx3kQ9vLp2Zr7TnWc4") in found
    assert ("EMAIL_ADDRESS", "maria.gonzalez\\u0040example.com") in found


def test_config_file(find: Find) -> None:
    found = set(find(CONFIG))
    assert ("PASSWORD", "Xk9pQ2vL7w") in found
    assert ("PASSWORD", "s3cr3t-Pa55") in found
    assert ("PASSWORD", "hunter22") in found


def test_clinical_note(find: Find) -> None:
    found = set(find(NOTE))
    assert ("UK_NHS", "943\u2011476\u20115919") in found
    assert ("MEDICAL_RECORD_NUMBER", "A00482913") in found
    assert ("DATE_OF_BIRTH", "14/03/1962") in found


def test_findings_cover_what_the_client_sent(detector: Detector) -> None:
    """Every finding is a span of the original text, never of the decoded view."""
    for text in (HTTP_DUMP, HAR, CONFIG, NOTE):
        for f in detector.analyze([text])[0]:
            assert 0 <= f.start < f.end <= len(text)
