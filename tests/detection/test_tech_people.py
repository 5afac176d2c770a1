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
    "text, name",
    [
        pytest.param("The nginx config was last touched by Gilles Deschamps in March, why does it return 502?", "Gilles Deschamps", id="passive-agent"),
        pytest.param("The flaky test was quarantined by Mees Höning last night; how do I re-enable it in pytest?", "Mees Höning", id="passive-agent-accented"),
    ],
)
def test_a_full_name_as_a_passives_agent_in_technical_text_is_masked(find: Find, text: str, name: str) -> None:
    assert name in masked(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Why does Django cache the template? Hugo builds the site in 2s and Jekyll takes 40.", id="tools-acting"),
        pytest.param("kubectl logs shows Ruby raised a LoadError; Julia crashed too.", id="languages-acting"),
        pytest.param("The image was built by GitHub Actions in March, why is it 2 GB?", id="a-tool-as-a-passives-agent"),
        pytest.param("The cluster was created by Terraform Cloud last week; how do I import it?", id="a-product-as-a-passives-agent"),
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
    "text, name",
    [
        pytest.param("escalate to daniel if the postgres replica lag goes above 30s. write the alert rule.", "daniel", id="escalated-to"),
        pytest.param("kubectl rollout restart deploy/api failed; hand the kubeconfig to marc", "marc", id="handed-to"),
        pytest.param("can you explain this stack trace fabian sent me? nullpointerexception at orderservice.java:88", "fabian", id="sent-me"),
    ],
)
def test_a_given_name_in_lower_case_handed_or_sending_something_is_masked(find: Find, text: str, name: str) -> None:
    assert name in masked(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("send the nginx logs to splunk and forward port 80 to traefik", id="tools-handed-to"),
        pytest.param("escalate to sre if the kafka consumer lag passes 10k", id="a-team-escalated-to"),
        pytest.param("the report jenkins sent me says the build is red; why?", id="a-tool-sending"),
    ],
)
def test_tools_and_teams_handed_something_in_lower_case_are_no_one(find: Find, text: str) -> None:
    assert masked(find, text) == []


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
