"""Tool output, headers and tool comparisons reach the cloud as written (issue 18, precision):
labels of plain words are no one's name, a pinned version is no e-mail address, a header's name
is no cue, and what is weighed against a tool is a tool. People in the same shapes still count."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.lexicon import english_words, first_names
from privacy_gateway.detection.plain_spans import plain_words
from privacy_gateway.detection.text_kind import kind_of
from tests.detection.helpers import Find


def _people(found: list[tuple[str, str]]) -> list[str]:
    return [value for entity, value in found if entity in ("PERSON", "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Does this OpenAPI header validate?\ninfo:\n  title: Billing API\n  contact:\n    name: Developer Relations Team\n"
            "    url: https://dev.example.org/help\n  license:\n    name: MIT",
            id="openapi-contact-team",
        ),
        pytest.param(
            "Which of these should my proxy forward?\nHost: hooks.example.net\nUser-Agent: Amazon Simple Notification Service Agent\n"
            "Accept-Encoding: gzip",
            id="user-agent-product",
        ),
        pytest.param(
            "Bugsnag shows this on every deploy:\nError: ChunkLoadError\nTags: browser = Mobile Safari 17.4, app = shop@2025.11.3\n"
            "Loading chunk 4 failed. Should the router retry?",
            id="release-tag-is-no-address",
        ),
        pytest.param(
            "Why won't this pod start?\nName:         ledger-api-7c9f-2xq\nNamespace:    payments\nPriority:     0\n"
            "Status:       Pending\nEvents:\n  Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available",
            id="describe-fields",
        ),
        pytest.param(
            "The console after the deploy:\nUncaught ReferenceError: gtag is not defined\n    at main.js:3:1\nIs it the CSP?",
            id="error-name-label",
        ),
        pytest.param(
            "How do I migrate this Room entity?\n@Entity(tableName = \"members\")\ndata class Member(\n"
            "    @ColumnInfo(name = \"surname\") val surname: String,\n    @ColumnInfo(name = \"city\") val city: String?\n)",
            id="declaring-keyword",
        ),
        pytest.param(
            "make fails on macOS:\ndist:\n\t@mkdir -p build/dist\n\t@tar czf build/dist/app.tgz bin/\nIs it BSD tar?",
            id="makefile-silenced-commands",
        ),
        pytest.param("Explain this Go type:\ntype Account struct {\n\tHolder string `json:\"holder\"`\n}", id="go-type-keyword"),
        pytest.param(
            "Is this monitor message right?\n[Triggered] orders error rate above 5%\n@slack-ops-alerts @pagerduty-Checkout", id="integration-mentions"
        ),
        pytest.param(
            "Why won't the CDN cache this?\nHTTP/1.1 200 OK\nLast-Modified: Tue, 06 May 2025 08:00:00 GMT\nETag: \"7a1-6c2f\"\nVary: Accept-Encoding",
            id="quoted-header-token",
        ),
        pytest.param(
            "Room says the query is wrong:\n@Query(\"SELECT * FROM lodgers WHERE town = :town\")\nfun lodgersIn(town: String): List<Lodger>\n"
            "suspend fun save(lodger: Lodger)",
            id="parameters-and-types",
        ),
        pytest.param("Rocket or Axum for a Rust web service?", id="tool-question"),
        pytest.param("Woodpecker or Buildkite for a small team that hosts its own runners?", id="tool-choice"),
        pytest.param("How do Odin's allocators differ from Zig's for a game engine?", id="tool-comparison"),
        pytest.param("Compare Terraform Cloud with Spacelift for a team of eight.", id="tool-compared-with"),
        pytest.param("We want to migrate from Jenkins to Woodpecker next quarter.", id="tool-migrated-to"),
    ],
)
def test_technical_labels_reach_the_cloud_as_written(find: Find, text: str) -> None:
    assert _people(find(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param('Why does the tool call fail?\n{"to": "ops@example.org", "body": "Hi Mats, the export ran."}', "Mats", id="name-in-json-prose"),
        pytest.param("Reviewer: Grace Hill\nStatus: Approved\nTicket: OPS-4411 deploy the Helm chart", "Grace Hill", id="word-names"),
        pytest.param("Should Maria Lopez or Tom Novak approve the Grafana change?", "Maria Lopez", id="people-weighed"),
        pytest.param("Why is the build red?\nOluwaseun: the runner ran out of disk\nKowalczyk: I cleared it", "Kowalczyk", id="speaker-in-tool-talk"),
        pytest.param("@jsmith can you rerun the deploy job on the Jenkins agent?", "jsmith", id="mention"),
        pytest.param('Fix the quotes in this log:\nBreanna: "the deploy is stuck again"\nDetail: exit 137', "Breanna", id="dialogue-speaker"),
        pytest.param("Is Ayumi Tanaka or Kenji Mori on call for the Rust service?", "Ayumi Tanaka", id="people-in-a-tool-question"),
    ],
)
def test_people_in_the_same_shapes_still_count(find: Find, text: str, name: str) -> None:
    assert any(name in value or value in name for value in _people(find(text)))


def test_a_pinned_version_is_no_contact_but_an_address_is() -> None:
    assert kind_of("npm ERR! peer react@18.2.0 from storefront@1.4.0; build with webpack").guarded
    assert not kind_of("npm ERR! peer react@18.2.0, write to ana.lima@example.com about the build").guarded


@settings(max_examples=60, deadline=None)
@given(
    package=st.from_regex(r"[a-z][a-z0-9\-]{1,20}", fullmatch=True),
    version=st.from_regex(r"v?\d{1,4}(\.\d{1,3}){1,3}", fullmatch=True),
)
def test_package_at_version_never_reads_as_contact(package: str, version: str) -> None:
    assert kind_of(f"The build log says {package}@{version} failed to compile; which dependency pins it?").guarded


_GIVEN = sorted(first_names())
_WORDS = sorted(w for w in english_words() if w.isalpha() and len(w) > 2)


@settings(max_examples=100, deadline=None)
@given(given_name=st.sampled_from(_GIVEN), word=st.sampled_from(_WORDS))
def test_a_span_holding_a_given_name_is_never_a_plain_label(given_name: str, word: str) -> None:
    assert not plain_words(f"{given_name.title()} {word.title()}")
    assert not plain_words(f"{word.title()} {given_name.title()}")


def test_the_keys_of_aligned_tool_output_are_labels(find: Find) -> None:
    text = ("Why is this node unschedulable?\n$ kubectl describe node worker-3\nName:               worker-3\n"
            "Roles:              <none>\nTaints:             node.kubernetes.io/disk-pressure:NoSchedule\n"
            "Unschedulable:      false")
    assert find(text) == []


def test_a_person_after_an_aligned_key_is_still_masked(find: Find) -> None:
    text = "kubectl describe output:\nOwner:        Ingrid Larsson\nRoles:        admin"
    assert ("PERSON", "Ingrid Larsson") in find(text)


def test_file_names_are_no_handles(find: Find) -> None:
    text = "Is this the right way to share a fixture?\n# conftest.py\n@pytest.fixture\ndef customer():\n    return make()"
    assert find(text) == []


def test_a_table_header_names_columns(find: Find) -> None:
    text = ("Why is nginx in error?\n$ brew services list\nName          Status  User File\n"
            "redis         none\nnginx         error   root /Library/LaunchDaemons/nginx.plist")
    assert [f for f in find(text) if f[0] == "PERSON"] == []



def test_people_compared_are_still_people(find: Find) -> None:
    assert _people(find("Compare Anna with Maria for the team lead role.")) != []
