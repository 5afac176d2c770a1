"""People who open the lines of incident timelines and stand-up notes are masked; the tools,
services, places and jargon that open such lines as often reach the cloud as written."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.full_names import listed_full_name
from privacy_gateway.detection.note_lines import note_subjects
from privacy_gateway.detection.places import known_place
from tests.detection.helpers import Find


def persons(find: Find, text: str) -> list[str]:
    return [value for entity, value in find(text) if entity == "PERSON"]


def subjects(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    return [text[s:e] for s, e in note_subjects(text, lambda words: listed_full_name(words, tagged=True), known_place, people)]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param(
            "Write the postmortem timeline section from these notes:\n14:02 alert fired (Grafana, p95 > 2s)\n"
            "14:05 Dimitra Papadaki paged, acked\n14:20 Aigerim Zhaksylykova found the Redis maxmemory policy changed in Terraform\n"
            "14:31 rolled back, recovered",
            ["Aigerim Zhaksylykova"],
            id="timeline-unlisted-full-name",
        ),
        pytest.param(
            "Turn into a weekly summary:\nMon - Wanjiru migrated Ansible roles to collections\n"
            "Tue - Azlina + Nomvula paired on the Django upgrade\nWed - release train, nothing else",
            ["Wanjiru", "Azlina", "Nomvula"],
            id="standup-unlisted-and-joined",
        ),
        pytest.param(
            "Postmortem notes:\n[09:14] Oyelaran Adebayo restarted the payments worker\n[09:20] Tsegaye found a stuck migration in Flyway",
            ["Oyelaran Adebayo", "Tsegaye"],
            id="bracketed-times",
        ),
        pytest.param(
            "Release diary:\n2026-11-28 - Siosaia merged the Kafka consumer fix\n2026-11-29 - Ngozi reviewed the Terraform plan",
            ["Siosaia", "Ngozi"],
            id="dated-lines",
        ),
        pytest.param(
            "Stand-up:\n• Thandiwe fixed the flaky pytest fixture\n• Kemal & Aroha paired on the GraphQL schema",
            ["Thandiwe", "Kemal", "Aroha"],
            id="bullets",
        ),
        pytest.param(
            "Turn into a weekly summary:\nMon - Amani migrated Ansible roles\nTue - Khoa + Amani paired on the Django upgrade",
            ["Amani", "Khoa"],
            id="given-name-that-is-a-town-too",
        ),
        pytest.param(
            "On-call rota for the Kafka cluster:\nMon - Wanjiru\nTue - Azlina\nWed - Tsegaye Bekele",
            ["Wanjiru", "Azlina", "Tsegaye Bekele"],
            id="rota-of-people",
        ),
        pytest.param(
            "Retro notes for the Redis outage:\nWhat went well: Aroha spotted the eviction spike in Grafana\nWhat went badly: Kemal was paged twice",
            ["Aroha", "Kemal"],
            id="labelled-lines",
        ),
        pytest.param(
            "Handover for the Kubernetes upgrade:\n* Ngozi owns the node pool migration\n* Tsegaye takes the Helm charts\n* Bayarmaa is out until Thursday",
            ["Ngozi", "Tsegaye", "Bayarmaa"],
            id="present-tense-in-a-list-of-people",
        ),
    ],
)
def test_a_person_opening_a_note_line_is_masked(find: Find, text: str, names: list[str]) -> None:
    found = persons(find, text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Write the postmortem timeline from these notes:\n14:02 Grafana alerted on p95 latency\n14:05 PagerDuty paged the on-call\n"
            "14:11 Redis restarted, no change\n14:20 Terraform reverted the maxmemory policy\n14:31 Kubernetes rescheduled the pods, recovered",
            id="tools-open-a-timeline",
        ),
        pytest.param(
            "Turn into a weekly summary:\nMon - Terraform upgraded to 1.9\nTue - Dependabot bumped the Django pin\n"
            "Wed - Hotfix deployed to prod\nThu - Runbook reviewed with the team\nFri - Karpenter scaled the nodes down",
            id="tools-and-jargon-in-a-week",
        ),
        pytest.param(
            "Changelog:\n- Webhook fixed for Slack notifications\n- Failover tested in staging\n- Config migrated to Vault\n"
            "- Backfill finished overnight\n- Frontend rebuilt with Vite\n- Sentry captured the stack traces",
            id="changelog",
        ),
        pytest.param(
            "Incident notes:\n09:10 Frankfurt failed over to Dublin\n09:12 Sydney degraded, traffic drained\n"
            "09:20 Cloudflare purged the cache\n09:25 Nginx reloaded the config\n09:30 Postgres promoted the replica",
            id="regions-and-services",
        ),
        pytest.param(
            "Stand-up:\n- Auth refactored the Redis token cache\n- Billing shipped the CSV invoice export\n- Search reindexed the Elasticsearch catalogue",
            id="teams-named-by-their-service",
        ),
        pytest.param(
            "Cron log:\n02:00 Backup started the nightly dump\n02:30 Logrotate rotated the nginx logs\n02:45 Certbot renewed the certificates",
            id="cron-jobs",
        ),
        pytest.param("Maintenance windows:\nMon - Terraform\nTue - Redis\nWed - Postgres", id="rota-of-tools"),
        pytest.param(
            "Architecture notes:\n- Kafka takes the order events\n- Redis holds the sessions\n- Zitadel handles the logins",
            id="present-tense-tools",
        ),
    ],
)
def test_tools_services_and_places_opening_note_lines_stay(find: Find, text: str) -> None:
    assert persons(find, text) == []


def test_one_line_opening_so_is_a_sentence_not_notes() -> None:
    assert subjects("14:20 Wanjiru migrated Ansible roles, is that in the changelog?") == []
    assert subjects("14:20 Wanjiru migrated Ansible roles\n14:25 Wanjiru tagged the release") == ["Wanjiru", "Wanjiru"]


def test_a_lone_unlisted_word_needs_an_object_or_a_partner() -> None:
    notes = "Notes:\n- Zuberi deployed to prod\n- Zuberi deployed the chart\n- Zuberi + Wairimu deployed to prod"
    assert subjects(notes) == ["Zuberi", "Zuberi", "Wairimu"]


def test_changelog_scopes_before_a_colon_are_no_one() -> None:
    notes = "Changelog for 2.4:\n- Zitadel: upgraded to 2.61\n- Webhooks: fixed retries on 502\n- Payments: migrated to Postgres 16"
    assert subjects(notes) == []


def test_a_list_where_someone_found_opens_a_line_is_a_list_of_people() -> None:
    notes = "PR review:\n- Bayarmaa: approved\n- Zuberi: left comments"
    assert subjects(notes) == []
    assert subjects(notes, frozenset({"Zuberi"})) == ["Bayarmaa", "Zuberi"]


_TOOLS = ["Grafana", "Terraform", "Redis", "Kafka", "Jenkins", "Ansible", "Postgres", "Sentry", "Kubernetes", "Prometheus", "Nginx", "Helm"]
_VERBS = ["restarted", "upgraded", "alerted", "deployed", "rolled back", "reloaded", "fixed", "migrated", "found"]
_OPENERS = ["14:05", "[09:12]", "Mon -", "Tue:", "2026-11-28 -", "-", "•", "3."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_OPENERS), st.sampled_from(_TOOLS), st.sampled_from(_VERBS)), min_size=2, max_size=5))
def test_listed_tools_never_open_a_note_line_as_someone(lines: list[tuple[str, str, str]]) -> None:
    text = "\n".join(f"{opener} {tool} {verb} the cluster" for opener, tool, verb in lines)
    assert subjects(text) == []


_GIVEN = ["Ingrid", "Tomasz", "Oluwaseun", "Priyanka", "Dagny", "Keiko", "Thandiwe", "Wojciech"]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_OPENERS), st.sampled_from(_GIVEN), st.sampled_from(_VERBS))
def test_a_listed_given_name_opening_note_lines_is_read(opener: str, name: str, verb: str) -> None:
    text = f"{opener} {name} {verb} the Kafka consumers\n{opener} alert resolved"
    assert subjects(text) == [name]


def test_a_timeline_on_one_line_opens_its_entries_after_semicolons() -> None:
    notes = "notes: 14:10 brokers shrank, Emeka paged; 14:22 Hauwa Bello found the disk full; 14:40 Joaquín expanded the volume"
    assert subjects(notes) == ["Hauwa Bello", "Joaquín"]


def test_a_timeline_on_one_line_masks_an_unlisted_name_acting(find: Find) -> None:
    text = (
        "Write the status update: 14:10 Kafka brokers ISR shrink, Emeka Nwachukwu paged; "
        "14:22 Hauwa Bello found the disk full on broker-3; 14:40 Joaquín expanded the volume; 15:05 lag back to normal"
    )
    assert "Hauwa Bello" in persons(find, text), persons(find, text)


def test_semicolons_of_a_tool_s_timeline_stay(find: Find) -> None:
    text = "Deploy log: 02:00 Backup started the dump; 02:30 Logrotate rotated the logs; 02:45 Certbot renewed the certificates"
    assert persons(find, text) == []
