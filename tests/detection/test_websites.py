from __future__ import annotations

import pytest

from privacy_gateway.detection.websites import CUED_SCORE, SHAPE_SCORE, PersonalWebsiteRecognizer


@pytest.mark.parametrize(
    ("text", "url", "score"),
    [
        pytest.param("Website:\nhttps://castro.net/", "https://castro.net/", CUED_SCORE, id="resume-field"),
        pytest.param("Website:\\nhttp://hill-collins.net/", "http://hill-collins.net/", CUED_SCORE, id="escaped-newline"),
        pytest.param("see my portfolio at www.anna-berg.design.", "www.anna-berg.design", CUED_SCORE, id="portfolio"),
        pytest.param("LinkedIn: https://linkedin.com/in/janedoe", "https://linkedin.com/in/janedoe", CUED_SCORE, id="profile"),
        pytest.param("The docs are at https://docs.python.org/3/library/re.html, read them.", "https://docs.python.org/3/library/re.html", SHAPE_SCORE, id="docs-link"),
        pytest.param("Here is the link: https://github.com/encode/httpx", "https://github.com/encode/httpx", SHAPE_SCORE, id="plain-link"),
    ],
)
def test_urls_are_scored_by_their_cue(text: str, url: str, score: float) -> None:
    results = PersonalWebsiteRecognizer().analyze(text, ["URL"])
    assert [(text[r.start : r.end], r.score) for r in results] == [(url, score)]


def test_no_url_no_work() -> None:
    assert PersonalWebsiteRecognizer().analyze("version 3.11.7 of example.py", ["URL"]) == []
