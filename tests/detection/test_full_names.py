"""Full names in technical text with no cue are masked; tools, products and public figures stay."""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.full_names import full_names, listed_full_name, notable_around, notable_person, public_figure, whole_full_names
from privacy_gateway.detection.lexicon import english_form, world_first_names, world_last_names
from privacy_gateway.detection.name_cues import _PLACE_FIRST_WORDS
from privacy_gateway.detection.software import is_software, technology
from privacy_gateway.detection.text_kind import has_technical_word
from tests.detection.helpers import Find


def persons(find: Find, text: str) -> list[str]:
    return [value for entity, value in find(text) if entity == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Priya Raman wrote the cron job that rotates the nginx logs; why does logrotate skip gzip?", "Priya Raman", id="subject"),
        pytest.param('Convert to a Google-style docstring: """Parse the audit CSV. Originally written by Dalibor Polák, 2021."""', "Dalibor Polák", id="docstring"),
        pytest.param("What does this do?\n# Kenji Watanabe: temporary hack until v3 ships\nresp = session.get(url, verify=False)", "Kenji Watanabe", id="code-comment"),
        pytest.param("retro:\nwent badly: Hope Kniesel was paged four times for the same disk alert\naction: tune the Prometheus rule", "Hope Kniesel", id="retro"),
        pytest.param("Who approves the Terraform plan for the VPC: Luanna Koria (SRE) or the network lead?", "Luanna Koria", id="role"),
        pytest.param("| service | owner | runtime |\n|---|---|---|\n| search | Rahul Deshpande | Rust |", "Rahul Deshpande", id="table"),
        pytest.param("Per Siobhan O'Reilly, the feature flag stays off until the load test passes on the Kafka cluster.", "Siobhan O'Reilly", id="per"),
        pytest.param("Nafees N. Jad owns the Vault unseal keys and the Terraform state bucket.", "Nafees N. Jad", id="initial"),
        pytest.param("Sprint goals: Tomáš Horváth takes the Helm chart cleanup, the flaky Playwright suite is next.", "Tomáš Horváth", id="accents"),
        pytest.param("Zhang Wei joined the platform team and will own the Redis cluster upgrade.", "Zhang Wei", id="family-first"),
        pytest.param("Anna Smith-Jones broke the build in CI", "Anna Smith-Jones", id="double-barrelled-frequent"),
        pytest.param("The PR from Mark Taylor-Brown breaks the build in CI", "Mark Taylor-Brown", id="double-barrelled-after-from"),
    ],
)
def test_a_full_name_in_technical_text_is_masked(find: Find, text: str, name: str) -> None:
    assert name in persons(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Why did Linus Torvalds pick a monolithic kernel for Linux instead of a microkernel?", id="torvalds"),
        pytest.param("How did Guido van Rossum's view of the GIL change between Python 2 and 3?", id="van-rossum"),
        pytest.param("Is Visual Studio Code or Power BI better for a quick SQL dashboard on our Postgres replica?", id="products"),
        pytest.param("Ship the Grafana Loki logs from the Jenkins X pipeline to the Hudson archive node.", id="tools"),
        pytest.param("Do Spring Boot, Ray Serve and Kali Linux images run on the same Kubernetes node pool?", id="given-named-tools"),
        pytest.param("Add the Kalman Filter and the Max Pool layer to the model; set Max Retries in the config.", id="headings"),
        pytest.param("In fixtures.py, use John Doe and Max Mustermann as the user names in the JSON test data.", id="placeholders"),
        pytest.param("Events:\n  Normal   Scheduled  2m  default-scheduler  Successfully assigned web to node-1", id="columns"),
    ],
)
def test_tools_products_and_public_figures_stay(find: Find, text: str) -> None:
    assert persons(find, text) == []


@functools.cache
def _names() -> tuple[list[str], list[str]]:
    """Given names and surnames of the world lists that are no English word, no tool and no technical
    noun ("Repo" is a surname, but "Aaban Repo rewrote the Jenkins job" reads as a repository too);
    no given name that opens places' names ("San": "San Aabel" reads as a town, masked as a place)."""

    def plain(word: str) -> bool:
        return (
            word.isascii() and word.isalpha() and len(word) >= 3 and not english_form(word) and not is_software(word)
            and technology(word) is None and not has_technical_word(word)
        )

    given_names = [w for w in sorted(w for w in world_first_names() if plain(w))[::40] if w not in _PLACE_FIRST_WORDS]
    surnames = sorted(w for w in world_last_names() if plain(w))[::40]
    return given_names, surnames


@st.composite
def full_name(draw: st.DrawFn) -> str:
    given_names, surnames = _names()
    return f"{draw(st.sampled_from(given_names)).capitalize()} {draw(st.sampled_from(surnames)).capitalize()}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=full_name(), tool=st.sampled_from(["Jenkins", "Kafka", "Sinatra", "Hudson", "Grafana", "Ansible"]))
def test_any_listed_full_name_as_the_subject_of_a_technical_sentence_is_masked(find: Find, name: str, tool: str) -> None:
    if public_figure(name):
        return
    found = persons(find, f"{name} rewrote the {tool} job that deploys the api; the Docker build still fails at step 4.")
    assert name in found
    assert tool not in found


@given(name=full_name())
def test_the_scan_finds_a_listed_full_name_beside_a_role(name: str) -> None:
    text = f"Attendees: {name} (SRE), platform team. Decision: move the replica to Postgres 16."
    assert (text.index(name), text.index(name) + len(name)) in list(full_names(text)) or public_figure(name)


def test_a_span_with_a_tool_or_an_acronym_is_no_full_name() -> None:
    assert not listed_full_name(["Kali", "Linux"])
    assert not listed_full_name(["Priya", "SRE"])
    assert listed_full_name(["Fenne", "van", "Orleans"], tagged=True)


@pytest.mark.parametrize("words", [["Asbjørn", "Møller"], ["Stanisław", "Łoś"], ["Øystein", "Bø"], ["Przemysław", "Kłos"]])
def test_a_surname_spelt_with_letters_english_has_none_of_is_a_surname(words: list[str]) -> None:
    assert listed_full_name(words)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("what did satya nadella do at microsoft", "nadella"),
        ("what did satya nadella do at microsoft", "satya"),
        ("how long did steve jobs stay", "jobs"),
        ("What did Karl Marx's father do?", "Marx"),
    ],
)
def test_a_word_of_a_known_full_name_is_read_with_its_neighbour_in_either_case(text: str, word: str) -> None:
    start = text.index(word)
    assert notable_around(text, start, start + len(word))


@pytest.mark.parametrize("name", ["Orhan Pamuk", "Naguib Mahfouz", "Wislawa Szymborska", "Aleksandr Solzhenitsyn", "Ahmed Zewail"])
def test_the_nobel_laureates_are_people_the_world_knows_as_written_and_by_first_and_last_word(name: str) -> None:
    assert notable_person(name)


@pytest.mark.parametrize("name", ["Albert Jr.", "Amnesty International", "Intergovernmental Change", "Arthur Henderson"])
def test_no_organisation_suffix_stub_or_pair_of_frequent_census_names_is_listed(name: str) -> None:
    assert not notable_person(name)


@pytest.mark.parametrize(("text", "word"), [("ask nadella about it", "nadella"), ("did satya reply", "satya"), ("what did Satya nadella do", "nadella")])
def test_a_lone_word_in_lower_case_is_no_known_full_name(text: str, word: str) -> None:
    start = text.index(word)
    assert not notable_around(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("what did satya nadella actually do at microsoft before becoming ceo", None),
        ("what did sundar pichai do at google before he ran it", None),
        ("can you remind my colleague satya nadella about the invoice", "satya nadella"),
    ],
)
def test_a_known_full_name_typed_in_lower_case_stays_and_a_colleague_is_masked(find: Find, text: str, private: str | None) -> None:
    found = find(text)
    if private is None:
        assert [f for f in found if f[0] in ("PERSON", "LOCATION")] == [], found
    else:
        assert ("PERSON", private) in found, found


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=full_name(), after=st.sampled_from(["in Tromsø signs them off", "from the depot has the keys", "at the front desk", "on the night shift"]))
def test_any_listed_full_name_opening_a_clause_of_prose_is_masked(find: Find, name: str, after: str) -> None:
    if public_figure(name) or notable_person(name):
        return
    assert name in persons(find, f"The refunds go through our bank; {name} {after}.")


def test_the_prose_scan_takes_a_whole_run_only() -> None:
    text = "Tickets for the game at Signal Iduna Park; Ingrid Larsson drives."
    assert [text[s:e] for s, e in whole_full_names(text)] == ["Ingrid Larsson"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Is my Bosch Serie 4 dishwasher worth repairing, or should I buy a Miele G 5000?", id="make-and-model"),
        pytest.param("My Smeg fridge is leaking from underneath; is it worth a repair?", id="possessive-before-a-make"),
        pytest.param("Ten days in Vietnam. Must-sees so far:\n• Ha Long Bay\n• the Mekong Delta\nWhat am I missing?", id="place-tail"),
        pytest.param("Does a blind tasting still work if we are on a Rancilio Silvia?", id="a-make-counted"),
    ],
)
def test_makes_models_and_places_shaped_like_full_names_stay_in_prose(find: Find, text: str) -> None:
    assert persons(find, text) == []


def test_the_prose_scan_keeps_a_last_letters_combining_marks() -> None:
    text = "Seating plan: Ana Lima, Bo Chen, Oyelaran Adébáyọ̀"
    assert text[slice(*list(whole_full_names(text))[-1])] == "Oyelaran Adébáyọ̀"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Summarise Paloma Mennea's thesis on the French Revolution in three bullet points.", "Paloma Mennea", id="imperative-opening"),
        pytest.param("Notes:\nCompare Horst Riedl's report on the Thirty Years' War with last year's.", "Horst Riedl", id="opening-a-line"),
    ],
)
def test_a_sentence_s_capitalised_first_word_is_no_part_of_the_name_after_it(find: Find, text: str, name: str) -> None:
    assert name in " ".join(persons(find, text)), persons(find, text)


def test_an_opening_word_that_is_a_name_stays_part_of_the_run() -> None:
    from privacy_gateway.detection.full_names import whole_run

    text = "Grace Ann Lee sent the report."
    assert not whole_run(text, text.index("Ann"), text.index(" sent"))


@pytest.mark.parametrize(
    "text",
    [
        "RUTH BADER GINSBURG'S DISSENT IN LEDBETTER V. GOODYEAR LED TO A NEW STATUTE. WHICH ONE?",
        "WHY DID MARTIN LUTHER'S 95 THESES SPREAD SO FAST?",
    ],
)
def test_a_known_full_name_in_capitals_with_its_possessive_stays(find: Find, text: str) -> None:
    assert persons(find, text) == [], persons(find, text)


def test_a_colleague_s_name_in_capitals_with_its_possessive_is_masked(find: Find) -> None:
    assert "ANNA KOWALSKA'S" in " ".join(persons(find, "WHAT DID ANNA KOWALSKA'S REPORT SAY?"))


@pytest.mark.parametrize(
    "words",
    [
        ["Mervyn", "Ó", "Gáineard"],
        ["Clara", "zu", "Stolberg"],
    ],
)
def test_a_full_name_with_a_particle_of_german_swedish_or_irish_is_listed(words: list[str]) -> None:
    assert listed_full_name(words, tagged=True)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Clara af Klercker is on leave until the 14th and owns the Vault unseal keys. What is a safe break-glass procedure?", "Clara af Klercker"),
        ("Who should approve the Terraform plan: Mervyn Ó Gáineard (SRE) or the network lead?", "Mervyn Ó Gáineard"),
    ],
)
def test_such_a_name_in_technical_text_is_masked_whole(find: Find, text: str, name: str) -> None:
    assert name in persons(find, text)
