#!/usr/bin/env python
"""Measure what personal data of labelled corpora reaches the cloud (eval/README.md, eval/dev/README.md).

    python scripts/eval_leak.py [CORPUS.jsonl ...] [--all] [--vanilla] [--leaks] [--detector] [--causes]

Every prompt goes through the gateway (fake upstreams, escalation to the cloud asked for) and the
tables are computed from what the fake cloud upstream recorded: leaks per entity type, then runs
leaking per class. `--all` runs every corpus in eval/ (dev, heldout, redteam, paste, french and clean,
tune and holdout; the stranger corpora: stranger, stranger2 and stranger3 seen, stranger4 and stranger5 held out, stranger6, stranger7, stranger8, stranger9 and stranger10 tune and holdout; ids tune and holdout; market, newsroom, care, venue, utility, travel, realty, claims, legal, lab, heritage, devteam, askworld, sport, vet, rites, crew, build, creator, therapy, resale, internal, agents and interpret tune; desk, civic, trade, ledger, staffing, community, school, plant, freight, benefits, security, telecom, garage, migrate, salon, faith, campaign, nursery, rescue, scholar, kitchen, clinic and safety holdout) and ends with a summary table. Each corpus runs as a default gateway would:
English ones with `detection.languages: [en]`, French ones with `[en, fr]` (`--languages` sets
one for all). `--detector` skips the gateway and masks the detector's
findings directly (a quick loop while tuning recognizers); `--vanilla` adds the same measurement
for Presidio's stock AnalyzerEngine, masked the same way, for comparison; `--causes` counts, per
corpus, where each verbatim leak was lost and, in altered PII-free prompts, which reading masked
what (`privacy_gateway/testing/leak_causes.py`). Exits 1 when the
gateway misses a goal on any corpus. Files with `holdout` in their name print tables only: no ids
of altered prompts and no `--leaks` listing, so tuning cannot see them.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from privacy_gateway.testing.leak_metric import (  # noqa: E402
    CREDENTIAL_TYPES,
    NATIONAL_ID_TYPES,
    PROTECTED_TYPES,
    ClassScore,
    LeakReport,
    Sample,
    body_text,
    format_classes,
    format_report,
    load_corpus,
    score,
)
from privacy_gateway.policy.schema import Policy, load_policy  # noqa: E402
from privacy_gateway.testing.configs import config_for_tests  # noqa: E402

if TYPE_CHECKING:
    import httpx
    from presidio_analyzer import RecognizerResult

    from privacy_gateway.testing.fake_upstreams import FakeUpstreams
    from privacy_gateway.testing.leak_causes import Finder

EVAL = REPO / "eval"
DEFAULT_CORPUS = EVAL / "dev" / "dev.jsonl"
ALL_CORPORA = [DEFAULT_CORPUS] + [EVAL / c / f"{split}.jsonl" for c in ("heldout", "redteam", "paste", "french", "clean") for split in ("tune", "holdout")]
# The stranger corpora: written by someone not tuning, from other value sources. The first two are
# read to find causes since the ninth round, stranger3 since the tenth (seen.jsonl); stranger4
# and stranger5 (written at the tenth round's start) stay held out.
ALL_CORPORA += [EVAL / "stranger" / "seen.jsonl", EVAL / "stranger2" / "seen.jsonl", EVAL / "stranger3" / "seen.jsonl", EVAL / "stranger4" / "holdout.jsonl", EVAL / "stranger5" / "holdout.jsonl"]
# stranger6 (written at the thirteenth round's start): everyday chat prompts naming private people
# and public ones, brands and places; its tune split is read, its holdout split is not.
ALL_CORPORA += [EVAL / "stranger6" / "tune.jsonl", EVAL / "stranger6" / "holdout.jsonl"]
# stranger7 (written at the fourteenth round's start): internal-tool traffic in the shapes issue 18
# names (handles, one case, data, community prose, address blocks, national phones, transcripts,
# people in technical prose) and PII-free software, general and work prompts; tune read, holdout not.
ALL_CORPORA += [EVAL / "stranger7" / "tune.jsonl", EVAL / "stranger7" / "holdout.jsonl"]
# stranger8 (written at the twenty-second round's start): professional knowledge work (law, medicine,
# teaching, newsrooms, offices), half PII-free and full of public names (case names, eponyms, drugs,
# heads of state, founders); tune read, holdout not.
ALL_CORPORA += [EVAL / "stranger8" / "tune.jsonl", EVAL / "stranger8" / "holdout.jsonl"]
# stranger9 (written at the thirty-sixth round's start): text as people type and dictate it (speech
# to text, chat shorthand, odd capitals, second-language English), half PII-free; tune read, holdout not.
ALL_CORPORA += [EVAL / "stranger9" / "tune.jsonl", EVAL / "stranger9" / "holdout.jsonl"]
# stranger10 (written at the thirty-seventh round's start): code and data as developers paste them
# (source, printed structures, dumps, logs, version control, web payloads), half PII-free; tune read, holdout not.
ALL_CORPORA += [EVAL / "stranger10" / "tune.jsonl", EVAL / "stranger10" / "holdout.jsonl"]
# ids (written at the forty-fourth round's start): identity, tax and social-security numbers of 71
# countries named as their people name them, and PII-free prompts of numbers and acronyms; tune read, holdout not.
ALL_CORPORA += [EVAL / "ids" / "tune.jsonl", EVAL / "ids" / "holdout.jsonl"]
# market and desk (written at the forty-sixth round's start, each whole): customer-facing businesses'
# work, read (tune); an international company's staff across departments, sealed (holdout).
ALL_CORPORA += [EVAL / "market" / "tune.jsonl", EVAL / "desk" / "holdout.jsonl"]
# newsroom and civic (written at the forty-seventh round's start, each whole): media, publishing,
# culture and sport, read (tune); schools, libraries, councils, social services and charities, sealed (holdout).
ALL_CORPORA += [EVAL / "newsroom" / "tune.jsonl", EVAL / "civic" / "holdout.jsonl"]
# care and trade (written at the forty-eighth round's start, each whole): health and care services,
# read (tune); couriers, trades, letting, travel, accountancy and garages, sealed (holdout).
ALL_CORPORA += [EVAL / "care" / "tune.jsonl", EVAL / "trade" / "holdout.jsonl"]
# venue and ledger (written at the forty-ninth round's start, each whole): hotels, restaurants, events,
# venues, tours and leisure, read (tune); banks, fintech, insurance, debt, pensions and compliance, sealed (holdout).
ALL_CORPORA += [EVAL / "venue" / "tune.jsonl", EVAL / "ledger" / "holdout.jsonl"]
# utility and staffing (written at the fiftieth round's start, each whole): telecoms, internet, energy,
# water and home services, read (tune); recruiting, HR, payroll, gig work, unions and crewing, sealed (holdout).
ALL_CORPORA += [EVAL / "utility" / "tune.jsonl", EVAL / "staffing" / "holdout.jsonl"]
# travel and community (written at the fifty-first round's start, each whole): airlines, airports, travel
# agents, rail and coach, car rental and travellers, read (tune); game studios, open-source communities,
# faith groups, charities, sports clubs and alumni associations, sealed (holdout).
ALL_CORPORA += [EVAL / "travel" / "tune.jsonl", EVAL / "community" / "holdout.jsonl"]
# realty and school (written at the fifty-second round's start, each whole): estate and letting agents,
# landlords, conveyancing, mortgages, building management and short-term hosts, read (tune); school
# offices, parents, admissions, registrars, tutoring, trips and special needs, sealed (holdout).
ALL_CORPORA += [EVAL / "realty" / "tune.jsonl", EVAL / "school" / "holdout.jsonl"]
# claims and plant (written at the fifty-third round's start, each whole): insurance claims handlers,
# loss adjusters, brokers, fraud and recovery desks and claimants, read (tune); plants, warehouses,
# farms, vets, QC labs, fleets and co-ops, sealed (holdout).
ALL_CORPORA += [EVAL / "claims" / "tune.jsonl", EVAL / "plant" / "holdout.jsonl"]
# legal and freight (written at the fifty-fourth round's start, each whole): law firms, legal aid,
# courts, notaries, conveyancers and their clients, read (tune); couriers, freight forwarders, customs
# brokers, depots, removals, drivers and dispatchers, returns desks and marketplace sellers, sealed (holdout).
ALL_CORPORA += [EVAL / "legal" / "tune.jsonl", EVAL / "freight" / "holdout.jsonl"]
# lab and benefits (written at the fifty-fifth round's start, each whole): research labs, clinical trial
# sites, biobanks, ethics committees, grant offices, field research and peer review, read (tune);
# welfare, pensions, tax, immigration, licensing and registry offices and their claimants, sealed (holdout).
ALL_CORPORA += [EVAL / "lab" / "tune.jsonl", EVAL / "benefits" / "holdout.jsonl"]
# heritage and security (written at the fifty-sixth round's start, each whole): museums, archives,
# libraries, genealogy services, heritage trusts and auction houses and their visitors, donors and
# readers, read (tune); SOC analysts, fraud and chargeback teams, abuse desks, access control, identity
# and KYC reviews and the people they deal with, sealed (holdout).
ALL_CORPORA += [EVAL / "heritage" / "tune.jsonl", EVAL / "security" / "holdout.jsonl"]
# devteam and telecom (written at the fifty-seventh round's start, each whole): software teams and
# their tools (code, fixtures, logs, git, API payloads, configs, reviews, postmortems), read (tune);
# mobile, broadband and cable operators, their call centres and field engineers and their customers,
# sealed (holdout).
ALL_CORPORA += [EVAL / "devteam" / "tune.jsonl", EVAL / "telecom" / "holdout.jsonl"]
# askworld (written at the fifty-seventh round's start, whole): one- to three-sentence questions to a
# chat assistant, half about the world's people, works, places and tools and half about private
# people in the same frames, read (tune).
ALL_CORPORA += [EVAL / "askworld" / "tune.jsonl"]
# sport and garage (written at the fifty-eighth round's start, each whole): sports clubs, gyms, leagues,
# coaches and fan clubs and their members, parents and referees, read (tune); car dealers, garages,
# rental, fleets, roadside help, driving schools and parking and their customers, sealed (holdout).
ALL_CORPORA += [EVAL / "sport" / "tune.jsonl", EVAL / "garage" / "holdout.jsonl"]
# vet and migrate (written at the fifty-eighth round's start, each whole): veterinary clinics, pet
# insurers, shelters and farm vets and the owners who write to them, read (tune); immigration lawyers,
# visa and relocation agencies, consulates and refugee charities and the people who move, sealed (holdout).
ALL_CORPORA += [EVAL / "vet" / "tune.jsonl", EVAL / "migrate" / "holdout.jsonl"]
# rites and salon (written at the fifty-ninth round's start, each whole): wedding planners, funeral
# directors, celebrants, florists, photographers and the families and guests, read (tune); salons,
# barbers, spas, tattoo studios and aesthetic clinics and their clients, sealed (holdout).
ALL_CORPORA += [EVAL / "rites" / "tune.jsonl", EVAL / "salon" / "holdout.jsonl"]
# crew and faith (written at the fifty-ninth round's start, each whole): airline, shipping, offshore
# and touring crews and their planners, agents and families, read (tune); parishes, mosques,
# synagogues, temples, chaplaincies and pilgrimage groups and their members, sealed (holdout).
ALL_CORPORA += [EVAL / "crew" / "tune.jsonl", EVAL / "faith" / "holdout.jsonl"]
# build and campaign (written at the sixtieth round's start, each whole): contractors, architects,
# site managers and renovation clients, read (tune); campaigns, constituency offices, petitions and
# party desks and the voters and donors who write to them, sealed (holdout).
ALL_CORPORA += [EVAL / "build" / "tune.jsonl", EVAL / "campaign" / "holdout.jsonl"]
# creator and nursery (written at the sixtieth round's start, each whole): creators, streamers and
# podcasters and their agencies, shops, fans and clients, read (tune); nurseries, childminders,
# nannies and family services and the parents who write to them, sealed (holdout).
ALL_CORPORA += [EVAL / "creator" / "tune.jsonl", EVAL / "nursery" / "holdout.jsonl"]
# therapy and rescue (written at the sixty-first round's start, each whole): counsellors, talking-therapy
# services, coaches and therapists and their clients, read (tune); emergency call handlers, ambulance,
# fire, rescue and police desks and the public who write to them, sealed (holdout).
ALL_CORPORA += [EVAL / "therapy" / "tune.jsonl", EVAL / "rescue" / "holdout.jsonl"]
# resale and scholar (the same round): marketplace sellers, shops, auction houses and collectors and
# their buyers, read (tune); journal offices, conferences, doctoral admissions and scholarships and
# the authors, reviewers and students who write to them, sealed (holdout).
ALL_CORPORA += [EVAL / "resale" / "tune.jsonl", EVAL / "scholar" / "holdout.jsonl"]
# internal (the same round): a company's internal tools' LLM traffic as a red team writes it, by the
# classes of issue 18's red-team run (lower case, capitals, handles, code and data, disguised
# contacts, addresses, phones, people in work-shaped prompts; clean software, general and one-case
# prompts), read (tune).
ALL_CORPORA += [EVAL / "internal" / "tune.jsonl"]
# agents, kitchen and clinic (written at the sixty-second round's start, each whole): LLM agents' and
# AI assistants' traffic through a company's tools (tool calls and results, retrieved chunks, memory,
# code assistants' context, bot transcripts), read (tune); restaurants, caterers, food delivery and
# food banks and the people who write to them, and community healthcare front desks (pharmacies,
# dentists, opticians, GP receptions) and their patients, sealed (holdout).
ALL_CORPORA += [EVAL / "agents" / "tune.jsonl", EVAL / "kitchen" / "holdout.jsonl", EVAL / "clinic" / "holdout.jsonl"]
# interpret and safety (written at the sixty-third round's start, each whole): translation and
# interpreting agencies and their clients (bookings, certified translations, subtitle and i18n files,
# bilingual segments), read (tune); trust-and-safety and moderation at online platforms (reports,
# appeals, identity checks, doxxing tickets, platform exports), sealed (holdout).
ALL_CORPORA += [EVAL / "interpret" / "tune.jsonl", EVAL / "safety" / "holdout.jsonl"]
# Corpora written in another language than English, and the `detection.languages` they need.
LANGUAGES_OF = {"french": ("en", "fr")}
# The policy actions that mask a value in what the cloud sees.
MASKING = ("pseudonymize", "redact")
DEFAULT_POLICY = REPO / "policies" / "default.yaml"
ESCALATE = {"X-Privacy-Tier": "cloud"}

Spans = list[tuple[int, int, str]]


def mask_for_cloud(text: str, spans: Spans, policy: Policy) -> str | None:
    """What a minimal gateway would send to the cloud: None if any span is local-only, else masked text.

    Mirrors the gateway's rules: a local-only or blocked type keeps the prompt off the cloud; every
    value to pseudonymize or redact is masked wherever it occurs in the prompt (whole word, any case).
    """
    actions = {policy.rule(t).action for _, _, t in spans}
    if actions & {"local_only", "block"}:
        return None
    masked = [(s, e) for s, e, t in spans if policy.rule(t).action in MASKING]
    cover = [False] * len(text)
    for s, e in masked:
        cover[s:e] = [True] * (e - s)
    for value in {text[s:e] for s, e in masked}:
        for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE):
            cover[m.start() : m.end()] = [True] * (m.end() - m.start())
    out, i = [], 0
    while i < len(text):
        if cover[i]:
            while i < len(text) and cover[i]:
                i += 1
            out.append("<MASKED>")
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def run_detector(samples: Sequence[Sample], policy: Policy, languages: tuple[str, ...]) -> dict[str, str | None]:
    """The gateway's Detector, findings masked by `mask_for_cloud`."""
    from privacy_gateway.detection.engine import Detector
    from privacy_gateway.detection.analyzer import build_analyzer

    detector = Detector(build_analyzer(languages=languages), policy)
    findings = detector.analyze([s.text for s in samples])
    return {
        s.id: mask_for_cloud(s.text, [(f.start, f.end, f.entity_type) for f in found], policy)
        for s, found in zip(samples, findings)
    }


def masked_spans(policy: Policy, languages: tuple[str, ...]) -> Finder:
    """The spans the gateway's Detector finds that the policy masks for the cloud, per text."""
    from privacy_gateway.detection.engine import Detector
    from privacy_gateway.detection.analyzer import build_analyzer

    detector = Detector(build_analyzer(languages=languages), policy)
    analyze = detector.analyzer.analyze
    raw: list[RecognizerResult] = []

    def recording(*args: object, **kwargs: object) -> list[RecognizerResult]:
        found = analyze(*args, **kwargs)  # type: ignore[arg-type]
        raw.extend(found)
        return found

    detector.analyzer.analyze = recording  # type: ignore[method-assign]

    def find(texts: Sequence[str]) -> list[list[tuple[int, int, str, str]]]:
        """Per text, each masked span with the recognizers whose results overlap it (the analysis
        text is the prompt's normalized view: offsets may drift by a character)."""
        out = []
        for text in texts:
            raw.clear()
            (found,) = detector.analyze([text])
            spans = []
            for f in found:
                if policy.rule(f.entity_type).action not in MASKING:
                    continue
                by = sorted({_found_by(r) for r in raw if r.entity_type == f.entity_type and r.start < f.end and r.end > f.start})
                spans.append((f.start, f.end, f.entity_type, "+".join(by) or "joined"))
            out.append(spans)
        return out

    return find


def _found_by(result: RecognizerResult) -> str:
    """The recognizer of a result and, for people and places, the reading that found it."""
    from presidio_analyzer import RecognizerResult
    from privacy_gateway.detection.names import SOURCE_KEY

    meta = result.recognition_metadata or {}
    source = meta.get(SOURCE_KEY)
    return str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY)) + (f" ({source})" if source else "")


def run_vanilla(samples: Sequence[Sample], policy: Policy, languages: tuple[str, ...]) -> dict[str, str | None]:
    """Presidio's stock AnalyzerEngine (default recognizers, the stock small spaCy pipelines), masked the same
    way; with several languages, each text analysed in the language the gateway identifies."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from privacy_gateway.detection.engine import IGNORED_NER_LABELS, STOCK_SPACY_MODEL, identifier_for
    from privacy_gateway.detection.languages import language_support
    from privacy_gateway.detection.offline import pin_tldextract_offline

    pin_tldextract_offline()
    models = [{"lang_code": c, "model_name": STOCK_SPACY_MODEL if c == "en" else language_support(c).model} for c in languages]
    ner = {"labels_to_ignore": list(IGNORED_NER_LABELS)}  # as the gateway's analyzer: the same findings of stock recognizers
    nlp_engine = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy", "models": models, "ner_model_configuration": ner}).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=list(languages))
    identify = identifier_for(languages).identify
    seen = {}
    for s in samples:
        results = analyzer.analyze(s.text, language=identify(s.text))
        spans = [(r.start, r.end, r.entity_type) for r in results if r.score >= policy.rule(r.entity_type).threshold]
        seen[s.id] = mask_for_cloud(s.text, spans, policy)
    return seen


def run_gateway(samples: Sequence[Sample], policy_path: Path, languages: tuple[str, ...]) -> dict[str, str | None]:
    """Each prompt as one user message to the gateway, escalation asked for; what the fake cloud got."""
    return asyncio.run(_run_gateway(samples, policy_path, languages))


async def _run_gateway(samples: Sequence[Sample], policy_path: Path, languages: tuple[str, ...]) -> dict[str, str | None]:
    import os
    import tempfile

    import httpx

    from privacy_gateway.web.app import create_app
    from privacy_gateway.config.settings import Limits
    from privacy_gateway.testing.fake_upstreams import FakeUpstreams

    # The fake cloud wants some key, the audit log a keying secret: neither leaves this process.
    os.environ.setdefault("PG_TEST_CLOUD_KEY", "eval-cloud-key")
    os.environ.setdefault("PRIVACY_GATEWAY_AUDIT_KEY", "eval-audit-key-0123456789")
    fakes = FakeUpstreams()
    seen: dict[str, str | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        cfg = config_for_tests(Path(tmp), policy_path=policy_path, limits=Limits(requests_per_minute=0), languages=languages)
        app = create_app(cfg, transport=fakes.transport)
        transport = httpx.ASGITransport(app=app)
        async with app.router.lifespan_context(app), httpx.AsyncClient(transport=transport, base_url="http://gw") as client:
            for s in samples:
                await _send(client, fakes, s, seen)
    return seen


async def _send(client: httpx.AsyncClient, fakes: FakeUpstreams, s: Sample, seen: dict[str, str | None]) -> None:
    before = len(fakes.cloud_requests)
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": s.text}]}
    response = await client.post("/v1/chat/completions", json=body, headers=ESCALATE)
    if response.status_code != 200:
        raise RuntimeError(f"{s.id}: gateway answered {response.status_code}: {response.text[:200]}")
    received = fakes.cloud_requests[before:]
    seen[s.id] = "\n".join(body_text(r) for r in received) if received else None


def print_leaks(report: LeakReport, samples: Iterable[Sample], seen: dict[str, str | None]) -> None:
    """Each leaked value with the text the cloud saw, and each altered PII-free prompt."""
    texts = {s.id: s.text for s in samples}
    for leak in report.leaks:
        kind = "verbatim" if leak.verbatim else "tokens " + ",".join(leak.tokens)
        print(f"  LEAK {leak.sample_id} {leak.type} {leak.value!r} ({kind})\n     cloud: {seen[leak.sample_id]!r}")
    for sid in report.altered:
        print(f"  ALTERED {sid}\n     sent:  {texts[sid]!r}\n     cloud: {seen[sid]!r}")


def corpus_name(path: Path) -> str:
    """`heldout/tune` for eval/heldout/tune.jsonl, `dev` for eval/dev/dev.jsonl, else the path."""
    try:
        rel = path.resolve().relative_to(EVAL)
    except ValueError:
        return str(path)
    return rel.parent.as_posix() if rel.stem == rel.parent.name else rel.with_suffix("").as_posix()


def summary_line(name: str, report: LeakReport, rows: int) -> str:
    def rate(t: str, token: bool = False) -> str:
        s = report.per_type[t]
        return f"{s.rate(s.token if token else s.verbatim):.1f}" if s.n else "-"

    id_types = ("IP_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "US_DRIVER_LICENSE", "MEDICAL_RECORD_NUMBER",
                *NATIONAL_ID_TYPES, *CREDENTIAL_TYPES)
    ids = [report.per_type[t] for t in id_types]
    id_n, id_v = sum(s.n for s in ids), sum(s.verbatim for s in ids)
    runs = sum(c.runs - c.pii_free_n for c in report.per_class.values())
    leaking = sum(c.verbatim for c in report.per_class.values())
    return (
        f"{name:<16} {rows:>5} {rate('PERSON') + ' / ' + rate('PERSON', True):>13} "
        f"{rate('LOCATION') + ' / ' + rate('LOCATION', True):>13} {rate('PHONE_NUMBER'):>7} {rate('EMAIL_ADDRESS'):>7} "
        f"{(f'{100 * id_v / id_n:.1f}' if id_n else '-'):>6} {f'{leaking}/{runs}':>9} "
        f"{f'{len(report.misrouted)}/{report.local_only_n}':>10} {f'{len(report.altered)}/{report.pii_free_n}':>9}"
    )


SUMMARY_HEADER = (
    f"{'corpus':<16} {'rows':>5} {'PERSON v/t %':>13} {'LOCATION v/t':>13} {'PHONE':>7} {'EMAIL':>7} {'IDs':>6} "
    f"{'runs leak':>9} {'local-only':>10} {'PII-free':>9}\n"
    f"{'':<16} {'':>5} {'':>13} {'%':>13} {'v %':>7} {'v %':>7} {'v %':>6} {'verbatim':>9} {'->cloud':>10} {'altered':>9}"
)


def markdown(name: str, reports: dict[Path, LeakReport]) -> str:
    """Per-type and per-class tables in Markdown, one column per corpus: for eval/README.md."""
    names = [corpus_name(p) for p in reports]
    head = "| {} | " + " | ".join(names) + " |\n|---|" + "---:|" * len(names)
    lines = [f"**{name}**, per type: verbatim % / token % (values)", "", head.format("type")]
    for t in PROTECTED_TYPES:
        if any(r.per_type[t].n for r in reports.values()):
            cells = [f"{s.rate(s.verbatim):.1f} / {s.rate(s.token):.1f} ({s.n})" if s.n else "-" for s in (r.per_type[t] for r in reports.values())]
            lines.append(f"| {t} | " + " | ".join(cells) + " |")
    lines.append("| local-only prompts reaching the cloud | " + " | ".join(f"{len(r.misrouted)}/{r.local_only_n}" for r in reports.values()) + " |")
    lines.append("| PII-free prompts altered | " + " | ".join(f"{len(r.altered)}/{r.pii_free_n}" for r in reports.values()) + " |")

    def cell(c: ClassScore | None) -> str:
        if c is None:
            return ""
        parts = [f"{c.verbatim}/{c.runs - c.pii_free_n}"] if c.runs > c.pii_free_n else []
        if c.local_only_n:
            parts.append(f"{c.misrouted}/{c.local_only_n} to cloud")
        if c.pii_free_n:
            parts.append(f"{c.altered}/{c.pii_free_n} altered")
        return ", ".join(parts)

    classes = sorted({k for r in reports.values() for k in r.per_class})
    lines += ["", f"**{name}**, per class: runs leaking a value verbatim / runs", "", head.format("class")]
    for k in classes:
        lines.append(f"| {k} | " + " | ".join(cell(r.per_class.get(k)) for r in reports.values()) + " |")
    return "\n".join(lines) + "\n"


def measure(
    name: str, run: Callable[[list[Sample]], dict[str, str | None]], corpora: dict[Path, list[Sample]], show: bool
) -> dict[Path, LeakReport]:
    """Send every corpus's prompts through `run` once; print each corpus's tables."""
    samples = [s for rows in corpora.values() for s in rows]
    started = time.perf_counter()
    seen = run(samples)
    elapsed = time.perf_counter() - started
    print(f"##### {name}: {len(samples)} prompts in {elapsed:.1f} s\n")
    reports = {}
    for path, rows in corpora.items():
        report = reports[path] = score(rows, seen)
        shown = blind(report, rows) if "holdout" in path.name else report
        print(format_report(shown, f"== {name} on {corpus_name(path)} ({len(rows)} prompts)"))
        print(format_classes(report))
        if show and "holdout" in path.name:
            print("(holdout: leaks are not listed; find causes on the tune rows)")
        elif show:
            print_leaks(report, rows, seen)
        print()
    return reports


def blind(report: LeakReport, rows: Sequence[Sample]) -> LeakReport:
    """The report with each holdout id replaced by its class: an id names its template, and
    whoever tunes detection must not learn the holdout rows from the tables they read."""
    group = {s.id: s.group for s in rows}
    return dataclasses.replace(
        report,
        misrouted=[f"{group[i]} (holdout id hidden)" for i in report.misrouted],
        altered=[f"{group[i]} (holdout id hidden)" for i in report.altered],
    )


def language_groups(
    corpora: dict[Path, list[Sample]], chosen: tuple[str, ...] | None
) -> list[tuple[tuple[str, ...], dict[Path, list[Sample]]]]:
    """The corpora grouped by the `detection.languages` each is run with: English ones as the
    default configuration runs them ([en]), French ones with [en, fr]; `chosen` runs all alike.

    One setting for a whole `--all` run would measure English corpora with language
    identification on, which a default gateway never does.
    """
    groups: dict[tuple[str, ...], dict[Path, list[Sample]]] = {}
    for path, rows in corpora.items():
        groups.setdefault(corpus_languages(path, chosen), {})[path] = rows
    return list(groups.items())


def corpus_languages(path: Path, chosen: tuple[str, ...] | None) -> tuple[str, ...]:
    """The `detection.languages` a corpus runs with: `chosen`, else its own (`LANGUAGES_OF`, else [en])."""
    return chosen or LANGUAGES_OF.get(corpus_name(path).split("/")[0], ("en",))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="*", type=Path, help="JSON-lines corpus files (default: eval/dev/dev.jsonl)")
    parser.add_argument("--all", action="store_true", help="every corpus in eval/ (dev, heldout, redteam, paste, french, clean: tune and holdout; stranger, stranger2, stranger3: seen; stranger4, stranger5: holdout; stranger6, stranger7, stranger8, stranger9, stranger10, ids: tune and holdout; market, newsroom, care, venue, utility, travel, realty, claims, legal, lab, heritage, devteam, askworld, sport, vet, rites, crew, build, creator, therapy, resale, internal, agents, interpret: tune; desk, civic, trade, ledger, staffing, community, school, plant, freight, benefits, security, telecom, garage, migrate, salon, faith, campaign, nursery, rescue, scholar, kitchen, clinic, safety: holdout)")
    parser.add_argument("--languages", help="detection.languages for every corpus, comma-separated (default: each its own: en, or en,fr for French corpora)")
    parser.add_argument("--policy", type=Path, default=DEFAULT_POLICY, help="policy file (default: policies/default.yaml)")
    parser.add_argument("--vanilla", action="store_true", help="also measure Presidio's stock AnalyzerEngine")
    parser.add_argument("--detector", action="store_true", help="mask the detector's findings directly instead of running the gateway")
    parser.add_argument("--leaks", action="store_true", help="list every leak and every altered PII-free prompt")
    parser.add_argument("--markdown", action="store_true", help="end with the tables in Markdown (for eval/README.md)")
    parser.add_argument("--causes", action="store_true", help="per corpus, where each verbatim leak was lost: what the NER model tagged over it, and the kind of text; and for altered PII-free prompts, what was masked and which reading found it (counts only, so held-out corpora too)")
    args = parser.parse_args(argv)

    policy = load_policy(args.policy)
    paths = list(args.corpus) + (ALL_CORPORA if args.all else [])
    corpora = {path: load_corpus(path) for path in (paths or [DEFAULT_CORPUS])}
    ids = [s.id for rows in corpora.values() for s in rows]
    if len(set(ids)) != len(ids):
        parser.error("sample ids repeat across the corpora given; run them one at a time")
    chosen = tuple(args.languages.split(",")) if args.languages else None
    groups = language_groups(corpora, chosen)
    vanilla: dict[Path, LeakReport] = {}
    ours: dict[Path, LeakReport] = {}
    for languages, group in groups:
        print(f"detection.languages: {list(languages)}\n")
        if args.vanilla:
            vanilla.update(measure("vanilla Presidio", lambda s, ls=languages: run_vanilla(s, policy, ls), group, args.leaks))
        if args.detector:
            ours.update(measure("gateway detector", lambda s, ls=languages: run_detector(s, policy, ls), group, args.leaks))
        else:
            ours.update(measure("gateway", lambda s, ls=languages: run_gateway(s, args.policy, ls), group, args.leaks))
    ours = {path: ours[path] for path in corpora}
    summaries = [("vanilla Presidio", {path: vanilla[path] for path in corpora})] if args.vanilla else []
    summaries.append(("gateway detector" if args.detector else "gateway", ours))
    if len(corpora) > 1:
        for name, reports in summaries:
            print(f"== summary: {name}\n{SUMMARY_HEADER}")
            for path, report in reports.items():
                print(summary_line(corpus_name(path), report, len(corpora[path])))
            print()
    if args.causes:
        from privacy_gateway.config.models import DEFAULT_SPACY_MODEL
        from privacy_gateway.testing.leak_causes import attribute, attribute_masks, format_causes, format_masks, format_sources, model_tagger

        tagger = model_tagger(DEFAULT_SPACY_MODEL)
        finders: dict[tuple[str, ...], Finder] = {}  # one analyzer per language set, built when first needed
        for path, report in ours.items():
            print(f"== where the leaks of {corpus_name(path)} were lost (what the NER tagged over each value)\n")
            print(format_causes(attribute(report, corpora[path], tagger)) + "\n")
            if report.altered:
                languages = corpus_languages(path, chosen)
                if languages not in finders:
                    finders[languages] = masked_spans(policy, languages)
                print(f"== what was masked in the altered PII-free prompts of {corpus_name(path)}\n")
                masks, sources = attribute_masks(report, corpora[path], finders[languages], tagger)
                print(format_masks(masks) + "\n")
                print(format_sources(sources) + "\n")
    if args.markdown:
        for name, reports in summaries:
            print(markdown(name, reports))
    missed = [(path, r.failures()) for path, report in ours.items() if (r := blind(report, corpora[path]) if "holdout" in path.name else report).failures()]
    if not missed:
        print("goals met")
    for path, failures in missed:
        print(f"goals missed on {corpus_name(path)}:\n  " + "\n  ".join(failures))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
