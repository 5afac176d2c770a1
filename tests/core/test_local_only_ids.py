"""End to end: every local-only ID, written in an unusual way, keeps a cloud-tier request local.

The client asks for the cloud (`X-Privacy-Tier: cloud`); the recording fake cloud must receive
nothing, and the local tier the text exactly as sent.
"""

from __future__ import annotations

import json

import pytest

from privacy_gateway.testing.fake_upstreams import FakeUpstreams
from tests.helpers import CLOUD, GatewayFactory, chat

pytestmark = pytest.mark.anyio

PROMPTS = {
    "ssn-zero-width": "My SSN is 318\u200b-44\u200b-2071, fill in the form.",
    "ssn-u2011": "SSN 318\u201144\u20112071 for the W-4",
    "ssn-minus-signs": "social security 318\u221244\u22122071",
    "ssn-dots": "her number is 318.44.2071, please update the record",
    "ssn-spaced-digits": "ssn 3 1 8 4 4 2 0 7 1",
    "ssn-full-width": "SSN \uff13\uff11\uff18-\uff14\uff14-\uff12\uff10\uff17\uff11",
    "card-dots": "charge 4539.1488.0343.6467 for the renewal",
    "card-nbsp": "card 4539\u00a01488\u00a00343\u00a06467",
    "card-url-encoded": "GET /pay?card=4539%201488%200343%206467&amt=12",
    "iban-dashes": "wire it to DE89-3704-0044-0532-0130-00",
    "us-passport": "Renew my passport no. 548213907 before June.",
    "bank-account": "Set up direct deposit: checking account 000123456789, routing 021000021.",
    "uk-sort-code": "Pay the invoice to sort code 20-45-77, account 31926819.",
    "nhs-number-u2011": "Patient NHS number 943\u2011476\u20115919, due for review.",
    "nhs-invalid-after-label": "NHS no: 943 476 5918",
    "nino-cyrillic": "NI number \u0410\u0412 12 34 56 C on the payslip",
    "nino-lower-case-named-earlier": "ebay wants my national insurance number for the new hmrc rules. i put sk 20 93 58 a, is that legit?",
    "ca-sin": "His SIN is 130-692-544.",
    "aadhaar-full-width": "Aadhaar \uff12\uff13\uff14\uff11 \uff12\uff13\uff14\uff11 \uff12\uff13\uff14\uff16",
    "es-dni": "Adjunto DNI 12345678Z del titular.",
    "es-nie": "NIE X-1234567-L",
    "fr-nir": "Numéro de sécurité sociale : 2\u00a055\u00a008\u00a014\u00a0168\u00a0025\u00a038",
    "de-tax-id": "Steuer-ID 36 574 261 809 laut Bescheid",
    "it-codice-fiscale": "Il mio codice fiscale è RSSMRA85T10A562S",
    "pt-nif": "NIF 123 456 789 para a fatura",
    "br-cpf": "CPF 390.533.447-05",
    "mrn": "MRN: A00482913, admitted 3 days ago",
    "pl-pesel": "PESEL 44051401359",
    "pl-pesel-named-before-its-record": "Napisz walidator PESEL w Pythonie i sprawdź go na tym rekordzie z eksportu kadr:\nZieliński;Paweł;87031412389;1987-03-14",
    "password-html-entity": "login admin&#64;corp.example / password: Hunter2!x",
}


@pytest.mark.parametrize("prompt", list(PROMPTS.values()), ids=list(PROMPTS))
async def test_local_only_id_keeps_a_cloud_request_local(gateway: GatewayFactory, fakes: FakeUpstreams, prompt: str) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert response.status_code == 200
    assert response.headers["x-privacy-tier"] == "local"
    assert fakes.cloud_requests == []
    assert fakes.local_requests[0]["messages"][-1]["content"] == prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "Explain the difference between TCP and UDP with an example in Python 3.11.",
        "R\u00e9sum\u00e9 tips \u2014 keep it to one page; use 12\u202fpt type and \u201cplain\u201d fonts.",
        "Our basic plan costs 50% less; AT&T and M&S are clients. Version 318.44.2071 shipped.",
        # A template's zero-filled mask of an ID, an account or a card is no one's: not held local.
        "Plantilla de factura con datos de ejemplo: NIF 00000000T, IBAN ES00 0000 0000 0000 0000 0000.",
        "Form spec: NI number [AA 00 00 00 A], sort code [00-00-00], CPF 000.000.000-00.",
        "Use the Stripe test card 4000 0000 0000 0002 to trigger a decline in staging.",
    ],
    ids=["ascii", "typography", "percent-ampersand-basic", "zero-filled-es-template", "zero-filled-uk-br-form", "zero-filled-test-card"],
)
async def test_clean_prompts_reach_the_cloud_byte_identical(gateway: GatewayFactory, fakes: FakeUpstreams, prompt: str) -> None:
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert response.headers["x-privacy-tier"] == "cloud"
    assert prompt in json.dumps(fakes.cloud_requests, ensure_ascii=False)


async def test_encoded_email_is_masked_whole_for_the_cloud(gateway: GatewayFactory, fakes: FakeUpstreams) -> None:
    prompt = "Forward the thread to maria.gonzalez%40example.com and maria.gonzalez&#64;example.com."
    async with gateway() as client:
        response = await client.post("/v1/chat/completions", json=chat(prompt), headers=CLOUD)
    assert response.headers["x-privacy-tier"] == "cloud"
    seen = fakes.cloud_text()
    assert "maria.gonzalez" not in seen and "%40" not in seen and "&#64;" not in seen
    assert response.json()["choices"][0]["message"]["content"] == f"You said: {prompt}"
