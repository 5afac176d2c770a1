"""People the recognizer tags in ops chat, PR text and tickets stay masked where only a person
stands: the owner of something ("Linh's dashboards"), someone addressed ("Asami merge when
green"), a name written with accents the name lists hold unaccented ("Océane", "Kübra").
Tools in the same places stay (round 26, lane tech26)."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.dealings import tagged_given_name
from tests.detection.helpers import Find


def masked(find: Find, text: str) -> list[str]:
    return [value for entity, value in find(text) if entity in ("PERSON", "LOCATION")]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param(
            "Rewrite this PR description: new job is a k8s CronJob, same schedule. tested on staging, Linh's dashboards look fine.",
            "Linh",
            id="owner-possessive",
        ),
        pytest.param(
            "Summarise this: sjoerdd6  09:50  my bad, pushed a fix.\nivy.bird  09:52  approved. Adaeze merge when green",
            "Adaeze",
            id="addressed-order",
        ),
        pytest.param("tested on staging, Kübra's dashboards look fine. cc toyelaran", "Kübra", id="accented-owner"),
        pytest.param("Code review comment from Océane: this loop re-reads the config on every request.", "Océane", id="accented-from"),
    ],
)
def test_a_tagged_person_in_ops_text_is_masked(find: Find, text: str, name: str) -> None:
    assert name in masked(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("kubectl rollout undo done. The Kafka's retention change went out with the Helm chart bump.", id="tool-possessive"),
        pytest.param("ivy.bird  09:52  approved. Renovate merge when green", id="tool-addressed-order"),
        pytest.param("tested on staging, Grafana's dashboards look fine after the Helm bump", id="tool-owner"),
        pytest.param("Why is the Sentry alert noisy? Sentry muted it yesterday but it fired again at 04:00.", id="tool-subject-past"),
    ],
)
def test_tools_in_the_same_places_are_no_one(find: Find, text: str) -> None:
    assert masked(find, text) == []


@pytest.mark.parametrize("word", ["Océane", "Kübra", "Radosław", "Zoë"])
def test_accented_given_names_are_read_as_listed(word: str) -> None:
    assert tagged_given_name(word, 0, len(word))


@pytest.mark.parametrize("word", ["Grafana", "Kafka", "Pokémon"])
def test_accents_make_no_tool_a_given_name(word: str) -> None:
    assert not tagged_given_name(word, 0, len(word))


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Summarise: Ursel migrated the Jenkins jobs to GitHub Actions and removed the old runners.", "Ursel", id="subject-after-label"),
        pytest.param("// TODO(dwolde): move to a builder once Dawit merges the DTO refactor\n@Test\nvoid x() {}", "Dawit", id="subject-in-comment"),
    ],
)
def test_an_untagged_given_name_acting_in_technical_text_is_masked(find: Find, text: str, name: str) -> None:
    assert name in masked(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Why does Django cache the template? Hugo builds the site in 2s and Jekyll takes 40.", id="tools-acting"),
        pytest.param("kubectl logs shows Ruby raised a LoadError; Julia crashed too.", id="languages-acting"),
    ],
)
def test_tools_named_like_people_acting_are_no_one(find: Find, text: str) -> None:
    assert masked(find, text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("credit ferenc for spotting the missing index on the audit table", "ferenc", id="credit-lower"),
        pytest.param("Can you rewrite this PR description? Thanks to inga for reviewing the migration scripts.", "inga", id="thanks-to-lower"),
        pytest.param("PR merged. Thanks to inga. The nginx config is fixed.", "inga", id="thanks-to-lower-sentence-end"),
    ],
)
def test_a_given_name_in_lower_case_after_a_people_verb_is_masked(find: Find, text: str, name: str) -> None:
    assert name in masked(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("thanks to caching the build is 3x faster", id="thanks-to-word"),
        pytest.param("cc root and thank you all, credit card tests pass", id="account-and-words"),
        pytest.param("merged; thanks to will for the review", id="given-name-that-is-a-word"),
        pytest.param("credit kafka for the throughput, thanks to nginx for caching", id="tools-lower"),
    ],
)
def test_words_and_tools_in_lower_case_after_the_same_verbs_are_no_one(find: Find, text: str) -> None:
    assert masked(find, text) == []
