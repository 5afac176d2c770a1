"""The labelled corpora in eval/ are well-formed, cover what they promise, and keep holdout apart."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from privacy_gateway.testing.leak_metric import CREDENTIAL_TYPES, NATIONAL_ID_TYPES, PROTECTED_TYPES, load_corpus, score

EVAL = Path(__file__).resolve().parents[1] / "eval"
SPLITS = ("tune", "holdout")
CORPORA = {"heldout": EVAL / "heldout", "redteam": EVAL / "redteam", "paste": EVAL / "paste", "french": EVAL / "french",
           "clean": EVAL / "clean"}
REDTEAM_CLASSES = {
    "lowercase_name", "allcaps_name", "username_handle", "code", "json", "sql", "yaml", "csv", "git_log",
    "tool_call", "email_spelled_out", "email_url_encoded", "email_base64", "address_block", "postcode_alone",
    "transcript", "national_phone", "local_only_id", "email_signature", "address_shapes", "markup_record", "clean_software",
    "clean_general", "clean_onecase", "work_shaped", "tech_person", "small_place",
}
PASTE_CLASSES = {"http_dump", "har", "config_file", "clinical", "eu_id", "clean_paste"}
CLEAN_CLASSES = {"placeholder", "code", "stack_trace", "config", "http", "software", "public_figure", "books_places", "films_events", "numbers", "towns", "devops_output", "tool_questions"}
RESERVED_LOCALES = {"nl_NL", "pl_PL", "sv_SE", "tr_TR", "cs_CZ", "fi_FI", "id_ID", "ro_RO", "hu_HU", "da_DK"}


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


ALL_FILES = [EVAL / "dev" / "dev.jsonl"] + [d / f"{s}.jsonl" for d in CORPORA.values() for s in SPLITS]
STRANGER = EVAL / "stranger" / "seen.jsonl"
STRANGER2 = EVAL / "stranger2" / "seen.jsonl"
STRANGER3 = EVAL / "stranger3" / "seen.jsonl"
STRANGER4 = EVAL / "stranger4" / "holdout.jsonl"
STRANGER5 = EVAL / "stranger5" / "holdout.jsonl"
STRANGER6 = EVAL / "stranger6"
STRANGER7 = EVAL / "stranger7"
STRANGER8 = EVAL / "stranger8"
STRANGER9 = EVAL / "stranger9"
STRANGER10 = EVAL / "stranger10"
IDS = EVAL / "ids"
MARKET = EVAL / "market" / "tune.jsonl"
DESK = EVAL / "desk" / "holdout.jsonl"
NEWSROOM = EVAL / "newsroom" / "tune.jsonl"
CIVIC = EVAL / "civic" / "holdout.jsonl"
CARE = EVAL / "care" / "tune.jsonl"
TRADE = EVAL / "trade" / "holdout.jsonl"
VENUE = EVAL / "venue" / "tune.jsonl"
LEDGER = EVAL / "ledger" / "holdout.jsonl"
UTILITY = EVAL / "utility" / "tune.jsonl"
STAFFING = EVAL / "staffing" / "holdout.jsonl"
TRAVEL = EVAL / "travel" / "tune.jsonl"
COMMUNITY = EVAL / "community" / "holdout.jsonl"
REALTY = EVAL / "realty" / "tune.jsonl"
SCHOOL = EVAL / "school" / "holdout.jsonl"
CLAIMS = EVAL / "claims" / "tune.jsonl"
PLANT = EVAL / "plant" / "holdout.jsonl"
LEGAL = EVAL / "legal" / "tune.jsonl"
FREIGHT = EVAL / "freight" / "holdout.jsonl"
LAB = EVAL / "lab" / "tune.jsonl"
BENEFITS = EVAL / "benefits" / "holdout.jsonl"
HERITAGE = EVAL / "heritage" / "tune.jsonl"
SECURITY = EVAL / "security" / "holdout.jsonl"
DEVTEAM = EVAL / "devteam" / "tune.jsonl"
TELECOM = EVAL / "telecom" / "holdout.jsonl"
ASKWORLD = EVAL / "askworld" / "tune.jsonl"
SPORT = EVAL / "sport" / "tune.jsonl"
GARAGE = EVAL / "garage" / "holdout.jsonl"
VET = EVAL / "vet" / "tune.jsonl"
MIGRATE = EVAL / "migrate" / "holdout.jsonl"
RITES = EVAL / "rites" / "tune.jsonl"
SALON = EVAL / "salon" / "holdout.jsonl"
CREW = EVAL / "crew" / "tune.jsonl"
FAITH = EVAL / "faith" / "holdout.jsonl"
BUILD = EVAL / "build" / "tune.jsonl"
CAMPAIGN = EVAL / "campaign" / "holdout.jsonl"
CREATOR = EVAL / "creator" / "tune.jsonl"
NURSERY = EVAL / "nursery" / "holdout.jsonl"
THERAPY = EVAL / "therapy" / "tune.jsonl"
RESCUE = EVAL / "rescue" / "holdout.jsonl"
RESALE = EVAL / "resale" / "tune.jsonl"
SCHOLAR = EVAL / "scholar" / "holdout.jsonl"
INTERNAL = EVAL / "internal" / "tune.jsonl"
AGENTS = EVAL / "agents" / "tune.jsonl"
KITCHEN = EVAL / "kitchen" / "holdout.jsonl"
CLINIC = EVAL / "clinic" / "holdout.jsonl"
INTERPRET = EVAL / "interpret" / "tune.jsonl"
SAFETY = EVAL / "safety" / "holdout.jsonl"


@pytest.mark.parametrize("path", ALL_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_span_matches_its_offsets(path: Path) -> None:
    data = rows(path)
    assert len(data) >= {"paste": 80, "clean": 32}.get(path.parent.name, 100)
    ids = [r["id"] for r in data]
    assert len(set(ids)) == len(ids)
    for r in data:
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
    assert load_corpus(path)  # and the leak metric reads it


@pytest.mark.parametrize("corpus", CORPORA)
def test_tune_and_holdout_are_disjoint(corpus: str) -> None:
    tune, holdout = (rows(CORPORA[corpus] / f"{s}.jsonl") for s in SPLITS)
    for key in ("id", "text"):
        assert not {r[key] for r in tune} & {r[key] for r in holdout}, key
    assert not {(r["class"], r["template"]) for r in tune} & {(r["class"], r["template"]) for r in holdout}


@pytest.mark.parametrize("split", SPLITS)
def test_redteam_has_every_class_in_each_split(split: str) -> None:
    data = rows(CORPORA["redteam"] / f"{split}.jsonl")
    classes = Counter(r["class"] for r in data)
    assert set(classes) == REDTEAM_CLASSES
    assert min(classes.values()) >= 6
    for r in data:
        assert (not r["spans"]) == r["class"].startswith("clean_"), r["id"]


@pytest.mark.parametrize("split", SPLITS)
def test_heldout_covers_every_type_many_countries_and_pii_free_prompts(split: str) -> None:
    data = rows(CORPORA["heldout"] / f"{split}.jsonl")
    types = {s["type"] for r in data for s in r["spans"]}
    assert {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE"} <= types
    assert types <= set(PROTECTED_TYPES)
    assert len(RESERVED_LOCALES & {r["locale"] for r in data}) >= 8
    pii_free = sum(1 for r in data if not r["spans"])
    assert 0.15 <= pii_free / len(data) <= 0.25


def test_the_leak_metric_counts_a_known_leak_in_a_corpus_row() -> None:
    sample = next(s for s in load_corpus(CORPORA["redteam"] / "tune.jsonl") if s.id.startswith("redteam-address_block-"))
    masked = sample.text
    for span in sorted(sample.spans, key=lambda x: -len(x.value)):
        masked = masked.replace(span.value, "<MASKED>")
    assert score([sample], {sample.id: masked}).leaks == []
    street = next(x for x in sample.spans if x.type == "LOCATION")
    report = score([sample], {sample.id: masked + "\n" + street.value})
    assert [(leak.value, leak.verbatim) for leak in report.leaks] == [(street.value, True)]
    assert report.per_type["LOCATION"].verbatim == 1


@pytest.mark.parametrize("split", SPLITS)
def test_paste_has_every_class_in_each_split_and_local_only_labels(split: str) -> None:
    data = rows(CORPORA["paste"] / f"{split}.jsonl")
    classes = Counter(r["class"] for r in data)
    assert set(classes) == PASTE_CLASSES
    assert min(classes.values()) >= 16
    for r in data:
        assert (not r["spans"]) == (r["class"] == "clean_paste"), r["id"]
        assert {s["type"] for s in r["spans"]} <= set(PROTECTED_TYPES), r["id"]
    samples = {s.id: s for s in load_corpus(CORPORA["paste"] / f"{split}.jsonl")}
    # a row holding a credential or a national ID is local-only for the metric, not a maskable one;
    # http_dump and clinical also hold rows with only maskable values (names, e-mails)
    for r in data:
        if {s["type"] for s in r["spans"]} & (set(CREDENTIAL_TYPES) | set(NATIONAL_ID_TYPES)):
            assert samples[r["id"]].local_only, r["id"]
    for cls in ("http_dump", "clinical"):
        assert any(not samples[r["id"]].local_only for r in data if r["class"] == cls and r["spans"]), cls
    assert all(samples[r["id"]].local_only for r in data if r["class"] in ("har", "config_file", "eu_id"))


@pytest.mark.parametrize("split", SPLITS)
def test_paste_national_ids_carry_valid_check_digits(split: str) -> None:
    from stdnum.br import cpf
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.it import codicefiscale
    from stdnum.pt import nif

    valid = {"FR_NIR": nir.is_valid, "ES_NIF": dni.is_valid, "ES_NIE": nie.is_valid, "IT_FISCAL_CODE": codicefiscale.is_valid,
             "PT_NIF": nif.is_valid, "BR_CPF": cpf.is_valid, "UK_NHS": nhs.is_valid}
    seen = Counter()
    for r in rows(CORPORA["paste"] / f"{split}.jsonl"):
        for s in r["spans"]:
            if s["type"] in valid:
                assert valid[s["type"]](s["value"]), (r["id"], s)
                seen[s["type"]] += 1
    assert set(seen) == set(valid)


@pytest.mark.parametrize("split", SPLITS)
def test_french_is_written_in_french_by_french_speakers_with_clean_prompts(split: str) -> None:
    from stdnum import iban
    from stdnum.fr import nir

    from privacy_gateway.detection.languages import LanguageIdentifier

    data = rows(CORPORA["french"] / f"{split}.jsonl")
    assert {"ticket", "courriel", "crm", "soins", "rh", "clean_tech", "clean_general"} <= {r["class"] for r in data}
    assert {r["locale"] for r in data if r["locale"]} == {"fr_FR", "fr_BE", "fr_CH", "fr_CA"}
    types = Counter(s["type"] for r in data for s in r["spans"])
    assert {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "FR_NIR", "DATE_OF_BIRTH"} <= set(types)
    for r in data:
        for s in r["spans"]:
            if s["type"] == "IBAN_CODE":
                assert iban.is_valid(s["value"]), (r["id"], s)
            if s["type"] == "FR_NIR":
                assert nir.is_valid(s["value"]), (r["id"], s)
    assert sum(1 for r in data if not r["spans"]) >= 10
    identify = LanguageIdentifier(("en", "fr")).identify
    assert sum(identify(r["text"]) == "fr" for r in data) >= 0.9 * len(data)


@pytest.mark.parametrize("split", SPLITS)
def test_clean_has_every_class_in_each_split_and_no_personal_data(split: str) -> None:
    data = rows(CORPORA["clean"] / f"{split}.jsonl")
    # eight templates a class a split (four for films_events and numbers); `config` has a ninth (JSON records of services named `name`/`owner`);
    # issue 18's precision round added twins: other languages of code, configs, HTTP dumps, people, works and places;
    # its third round, `towns` (four templates a split); its fourth, tools' output and questions about tools,
    # and four more `numbers` (ISBNs, versions, tracking codes);
    # the general-questions round, two more public figures, works and places and two small towns a split;
    # the sixth round, a stranger's tool output, headers, ORM code and tool comparisons, and five more figures,
    # four works and places and three towns; the seventh, five more figures and five characters a split, crypto
    # examples and fixtures with sample people, key/value tool output, security headers, assistants and makers' products
    sizes = {"config": 13, "films_events": 4, "numbers": 8, "code": 24, "stack_trace": 12, "http": 20, "public_figure": 26, "books_places": 25, "towns": 9,
             "devops_output": 38, "tool_questions": 36}
    assert Counter(r["class"] for r in data) == {c: sizes.get(c, 8) for c in CLEAN_CLASSES}
    assert all(not r["spans"] for r in data)
    assert all(s.pii_free for s in load_corpus(CORPORA["clean"] / f"{split}.jsonl"))
    # no e-mail address, not even a role mailbox: masking one would be right, so it has no place here
    assert not any(re.search(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}", r["text"]) for r in data)


def test_the_committed_corpora_are_what_build_py_makes_today() -> None:
    """A template whose values depend on today's date would make the corpora drift between runs."""
    pytest.importorskip("faker")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(EVAL / "build.py"), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_stranger_corpus_is_labelled_and_what_its_builder_makes_today() -> None:
    """Holdout only, from mimesis values: every span matches, PII-free rows carry none, and the
    committed file is what eval/stranger/build.py gives."""
    pytest.importorskip("mimesis")
    import subprocess
    import sys

    samples = load_corpus(STRANGER)  # raises if a span's value is not the text at its offsets
    assert len(samples) >= 100 and len({s.id for s in samples}) == len(samples)
    clean = [s for s in samples if s.group.startswith("clean_")]
    assert clean and all(s.pii_free for s in clean)
    assert all(s.protected() for s in samples if not s.group.startswith("clean_"))
    done = subprocess.run([sys.executable, str(STRANGER.parent / "build.py"), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    "corpus",
    [
        # stranger2 (seventh round) and stranger3 (eighth): hand-written by helpers who saw no
        # detection code and no corpus; stranger4 (ninth) and stranger5 (tenth): none of the earlier stranger corpora
        # either, in other jobs' voices, other languages and scripts.
        pytest.param(STRANGER2, id="stranger2"),
        pytest.param(STRANGER3, id="stranger3"),
        pytest.param(STRANGER4, id="stranger4"),
        pytest.param(STRANGER5, id="stranger5"),
        # market (read) and desk (sealed), forty-sixth round: customer-facing businesses, and an
        # international company's staff; half or more of each PII-free, a fifth in other languages.
        pytest.param(MARKET, id="market"),
        pytest.param(DESK, id="desk"),
        # newsroom (read) and civic (sealed), forty-seventh round: media, publishing, culture and sport,
        # and the public sector; public people beside private ones, 55% PII-free, a fifth in other languages.
        pytest.param(NEWSROOM, id="newsroom"),
        pytest.param(CIVIC, id="civic"),
        # care (read) and trade (sealed), forty-eighth round: health and care services, and the trades
        # that move things and handle property and money; 53% PII-free, a fifth in other languages.
        pytest.param(CARE, id="care"),
        pytest.param(TRADE, id="trade"),
        # venue (read) and ledger (sealed), forty-ninth round: hotels, restaurants, events, venues, tours and
        # leisure; banks, fintech, insurance, debt, pensions and compliance; 53% PII-free, over a third in other languages.
        pytest.param(VENUE, id="venue"),
        pytest.param(LEDGER, id="ledger"),
        # utility (read) and staffing (sealed), fiftieth round: telecoms, internet, energy, water and home
        # services; recruiting, HR, payroll, gig work, unions and crewing; 53% PII-free, two fifths in other languages.
        pytest.param(UTILITY, id="utility"),
        pytest.param(STAFFING, id="staffing"),
        # travel (read) and community (sealed), fifty-first round: airlines, agents, rail, rental and
        # travellers; game studios, open source, faith groups, charities, sports clubs and alumni;
        # half PII-free, two fifths in other languages.
        pytest.param(TRAVEL, id="travel"),
        pytest.param(COMMUNITY, id="community"),
        # realty (read) and school (sealed), fifty-second round: letting, sales, conveyancing, mortgages,
        # building management and hosts; school offices, parents, admissions, registrars, tutoring, trips
        # and special needs; half PII-free, two fifths in other languages.
        pytest.param(REALTY, id="realty"),
        pytest.param(SCHOOL, id="school"),
        # claims (read) and plant (sealed), fifty-third round: motor, home, travel, health, pet and life
        # claims, fraud and recovery desks; plants, warehouses, farms, vets, QC labs, fleets and co-ops;
        # half PII-free, two fifths in other languages.
        pytest.param(CLAIMS, id="claims"),
        pytest.param(PLANT, id="plant"),
        # legal (read) and freight (sealed), fifty-fourth round: law firms, legal aid, courts, notaries
        # and their clients; couriers, forwarders, customs brokers, depots, removals, drivers, returns
        # desks and marketplace sellers; half PII-free, two fifths in other languages.
        pytest.param(LEGAL, id="legal"),
        pytest.param(FREIGHT, id="freight"),
        # lab (read) and benefits (sealed), fifty-fifth round: research labs, clinical trials, biobanks,
        # ethics committees and peer review; welfare, pensions, tax, immigration and registry offices and
        # their claimants; half PII-free, two fifths in other languages.
        pytest.param(LAB, id="lab"),
        pytest.param(BENEFITS, id="benefits"),
        # heritage (read) and security (sealed), fifty-sixth round: museums, archives, libraries,
        # genealogy and auction houses; SOC, fraud, abuse, access and KYC desks; half PII-free, over two
        # fifths in other languages.
        pytest.param(HERITAGE, id="heritage"),
        pytest.param(SECURITY, id="security"),
        # devteam (read) and telecom (sealed), fifty-seventh round: software teams' code, logs, git and
        # payloads; operators, call centres and field engineers; half PII-free, over two fifths in other languages.
        pytest.param(DEVTEAM, id="devteam"),
        pytest.param(TELECOM, id="telecom"),
        # askworld (read), fifty-seventh round: short questions about the world's people and about
        # private people in the same frames; half PII-free, over two fifths in other languages.
        pytest.param(ASKWORLD, id="askworld"),
        # sport and vet (read), garage and migrate (sealed), fifty-eighth round: sports clubs and their
        # members; vets, insurers and shelters and pet owners; garages, rental and fleets and drivers;
        # immigration and relocation services and the people who move; half PII-free, over two fifths
        # in other languages.
        pytest.param(SPORT, id="sport"),
        pytest.param(GARAGE, id="garage"),
        pytest.param(VET, id="vet"),
        pytest.param(MIGRATE, id="migrate"),
        # rites and crew (read), salon and faith (sealed), fifty-ninth round: weddings, funerals and
        # their families and guests; airline, shipping and offshore crews; salons and their clients;
        # faith communities and their members; half PII-free, over two fifths in other languages.
        pytest.param(RITES, id="rites"),
        pytest.param(SALON, id="salon"),
        pytest.param(CREW, id="crew"),
        pytest.param(FAITH, id="faith"),
        # build and creator (read), campaign and nursery (sealed), sixtieth round: construction sites and
        # their clients; online creators and their fans; campaigns and constituency casework;
        # childcare and the parents; half PII-free, over two fifths in other languages.
        pytest.param(BUILD, id="build"),
        pytest.param(CAMPAIGN, id="campaign"),
        pytest.param(CREATOR, id="creator"),
        pytest.param(NURSERY, id="nursery"),
        # therapy, resale and internal (read), rescue and scholar (sealed), sixty-first round: talking
        # therapies and their clients; second-hand sellers and buyers; internal tools' traffic by the
        # red-team classes; emergency services and the public; journals, conferences and admissions.
        pytest.param(THERAPY, id="therapy"),
        pytest.param(RESCUE, id="rescue"),
        pytest.param(RESALE, id="resale"),
        pytest.param(SCHOLAR, id="scholar"),
        pytest.param(INTERNAL, id="internal"),
        # agents (read), kitchen and clinic (sealed), sixty-second round: agents' and assistants' tool
        # traffic; food businesses and their guests; community healthcare front desks and their patients.
        pytest.param(AGENTS, id="agents"),
        pytest.param(KITCHEN, id="kitchen"),
        pytest.param(CLINIC, id="clinic"),
        # interpret (read) and safety (sealed), sixty-third round: translation and interpreting agencies
        # and their clients; trust-and-safety and moderation at online platforms.
        pytest.param(INTERPRET, id="interpret"),
        pytest.param(SAFETY, id="safety"),
    ],
)
def test_a_hand_written_stranger_corpus_is_labelled_and_what_its_builder_makes_today(corpus: Path) -> None:
    """Values typed into its builder: every span matches, PII-free rows carry none, personal rows
    carry one, and the committed file is what the corpus's build.py gives (`--check`)."""
    import subprocess
    import sys

    samples = load_corpus(corpus)  # raises if a span's value is not the text at its offsets
    assert len(samples) >= 150 and len({s.id for s in samples}) == len(samples)
    clean = [s for s in samples if s.group.startswith("clean_")]
    assert len(clean) >= 40 and all(s.pii_free for s in clean)
    assert all(s.protected() for s in samples if not s.group.startswith("clean_"))
    done = subprocess.run([sys.executable, str(corpus.parent / "build.py"), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def _split_stranger_corpus(folder: Path, clean_at_least: int) -> None:
    """A stranger corpus of tune and holdout: labelled, ids unique, PII-free rows clean, the
    splits sharing no template and no text, and the committed files what its build.py gives."""
    import subprocess
    import sys

    splits = {split: load_corpus(folder / f"{split}.jsonl") for split in SPLITS}
    for samples in splits.values():
        assert len(samples) >= 120 and len({s.id for s in samples}) == len(samples)
        clean = [s for s in samples if s.group.startswith("clean_")]
        assert len(clean) >= clean_at_least and all(s.pii_free for s in clean)
        assert all(s.protected() for s in samples if not s.group.startswith("clean_"))
    tune, holdout = (rows(folder / f"{split}.jsonl") for split in SPLITS)
    assert not {r["template"] for r in tune} & {r["template"] for r in holdout}
    assert not {r["text"] for r in tune} & {r["text"] for r in holdout}
    done = subprocess.run([sys.executable, str(folder / "build.py"), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_sixth_stranger_corpus_is_labelled_split_apart_and_what_its_builder_makes_today() -> None:
    """stranger6 (thirteenth round): everyday chat prompts, half of each split PII-free."""
    _split_stranger_corpus(STRANGER6, clean_at_least=60)


def test_the_seventh_stranger_corpus_is_labelled_split_apart_and_what_its_builder_makes_today() -> None:
    """stranger7 (fourteenth round): internal-tool traffic, a quarter of each split PII-free."""
    _split_stranger_corpus(STRANGER7, clean_at_least=30)


def test_the_eighth_stranger_corpus_is_labelled_split_apart_and_what_its_builder_makes_today() -> None:
    """stranger8 (twenty-second round): professional knowledge work, half of each split PII-free."""
    _split_stranger_corpus(STRANGER8, clean_at_least=60)


def test_the_ninth_stranger_corpus_is_labelled_split_apart_and_what_its_builder_makes_today() -> None:
    """stranger9 (thirty-sixth round): text as people type and dictate it, half of each split PII-free."""
    _split_stranger_corpus(STRANGER9, clean_at_least=60)


def test_the_tenth_stranger_corpus_is_labelled_split_apart_and_what_its_builder_makes_today() -> None:
    """stranger10 (thirty-seventh round): code and data as developers paste them, half of each split PII-free."""
    _split_stranger_corpus(STRANGER10, clean_at_least=60)


def test_the_ids_corpus_is_labelled_split_apart_and_what_its_builder_makes_today() -> None:
    """ids (forty-fourth round): ID numbers of 71 countries, local-only, and PII-free rows of numbers."""
    import subprocess
    import sys

    for split in SPLITS:
        samples = load_corpus(IDS / f"{split}.jsonl")
        assert len(samples) == 150 and len({s.id for s in samples}) == len(samples)
        labelled = [s for s in samples if not s.pii_free]
        assert len(labelled) == 80 and all(s.local_only for s in labelled)
    tune, holdout = (rows(IDS / f"{split}.jsonl") for split in SPLITS)
    assert all(span["type"] == "NATIONAL_ID" for r in tune + holdout for span in r["spans"])
    assert not {r["text"] for r in tune} & {r["text"] for r in holdout}
    done = subprocess.run([sys.executable, str(IDS / "build.py"), "--check"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
