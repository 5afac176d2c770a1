"""French prompts end to end, with detection.languages: [en, fr]: what the cloud saw, what the client got back."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, AsyncIterator

import httpx
import pytest

from privacy_gateway.detection.engine import DEFAULT_SPACY_MODEL
from privacy_gateway.detection.analyzer import shared_analyzer
from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from privacy_gateway.web.app import create_app
from privacy_gateway.testing.configs import config_for_tests
from tests.helpers import CLOUD, chat

pytestmark = pytest.mark.anyio

BILINGUAL = ("en", "fr")
NAME, PHONE, ADDRESS = "Amélie Roux", "06 12 34 56 78", "8 bis, avenue Victor Hugo, 69003 Lyon"
NIR = "2 62 03 75 114 023 45"


@contextlib.asynccontextmanager
async def bilingual_gateway(tmp_path: Path, fakes: FakeUpstreams, **changes: Any) -> AsyncIterator[httpx.AsyncClient]:
    config = config_for_tests(tmp_path, languages=BILINGUAL, **changes)
    app = create_app(config, transport=fakes.transport, analyzer=shared_analyzer(DEFAULT_SPACY_MODEL, BILINGUAL))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as client:
            yield client


async def test_a_french_prompt_reaches_the_cloud_as_placeholders_and_comes_back_whole(tmp_path: Path, fakes: FakeUpstreams) -> None:
    prompt = f"Rédige un courriel pour {NAME}, qui habite {ADDRESS}. Rappeler la cliente au {PHONE} avant jeudi."
    async with bilingual_gateway(tmp_path, fakes) as client:
        response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "cloud"
    seen = fakes.cloud_text()
    for value in ("Amélie", "Roux", "Victor Hugo", "69003", "Lyon", "34 56 78"):
        assert value not in seen
    assert "<PERSON_1>" in seen and "<LOCATION_1>" in seen and "<PHONE_NUMBER_1>" in seen
    assert "Rédige un courriel pour" in seen  # the French words around them are left as written
    assert response.json()["choices"][0]["message"]["content"] == f"You said: {prompt}"


async def test_a_french_social_security_number_keeps_the_request_local(tmp_path: Path, fakes: FakeUpstreams) -> None:
    prompt = f"Vérifie ce dossier : {NAME}, numéro de sécurité sociale {NIR}, née le 14/03/1962."
    async with bilingual_gateway(tmp_path, fakes) as client:
        response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "local"
    assert "FR_NIR" in response.headers["x-privacy-decision"]
    assert fakes.cloud_requests == []


async def test_a_french_prompt_without_personal_data_reaches_the_cloud_byte_identical(tmp_path: Path, fakes: FakeUpstreams) -> None:
    prompt = "Explique la différence entre un index B-tree et un index hash dans PostgreSQL, avec un exemple."
    async with bilingual_gateway(tmp_path, fakes) as client:
        response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert response.status_code == 200
    assert fakes.cloud_requests[0]["messages"][0]["content"] == [{"type": "text", "text": prompt}]


async def test_an_english_prompt_reaches_the_cloud_as_it_does_with_english_alone(tmp_path: Path, fakes: FakeUpstreams) -> None:
    prompt = "Write a short intro for Maria Gonzalez. Her email is maria.gonzalez@example.com and she lives at 12 Baker Street, London."
    async with bilingual_gateway(tmp_path, fakes) as client:
        await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    english = FakeUpstreams()
    config = config_for_tests(tmp_path / "en")
    app = create_app(config, transport=english.transport, analyzer=shared_analyzer(DEFAULT_SPACY_MODEL))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gateway.test") as client:
            await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert fakes.cloud_text() == english.cloud_text()
    assert "<PERSON_1>" in fakes.cloud_text()


async def test_streamed_french_answers_are_restored(tmp_path: Path, fakes: FakeUpstreams) -> None:
    prompt = f"Écris un SMS à {NAME} au {PHONE} : le colis arrive demain."
    async with bilingual_gateway(tmp_path, fakes) as client:
        async with client.stream("POST", "/v1/chat/completions", json=chat(prompt, stream=True), headers=CLOUD) as response:
            body = "".join([chunk async for chunk in response.aiter_text()])
    assert NAME not in fakes.cloud_text()
    assert "Amélie" in body and PHONE in body
