"""People dealt with in technical prompts are masked; tools in the same place are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.dealings import configured, dealt_with
from tests.detection.helpers import Find


def persons(find: Find, text: str) -> list[str]:
    return [value for entity, value in find(text) if entity == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Please call Janet back about the Postgres migration invoice", "Janet", id="call-back"),
        pytest.param("Send the deploy logs to Ingrid Larsson", "Ingrid Larsson", id="send-to"),
        pytest.param("Blame Horvath for the broken migration in api/v2", "Horvath", id="blame-surname"),
        pytest.param("Reassign the failing Kubernetes probe ticket to Dagny Solberg before the rollout", "Dagny Solberg", id="reassign-to"),
        pytest.param("After the Helm upgrade, check with Tariq about the Redis TLS certs", "Tariq", id="check-with"),
    ],
)
def test_a_person_dealt_with_in_technical_text_is_masked(find: Find, text: str, name: str) -> None:
    assert name in persons(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("send it to Kafka when the consumer lag drops below 100", id="send-to-kafka"),
        pytest.param("Forward the alert to PagerDuty and restart the pod", id="forward-to-product"),
        pytest.param("Send the request to Stripe and log the response code", id="send-to-word-brand"),
        pytest.param("Ping Nomad and Consul, then send the plan to Terraform Cloud", id="ping-tools"),
    ],
)
def test_tools_after_the_same_verbs_are_no_one(find: Find, text: str) -> None:
    assert persons(find, text) == []


_GIVEN = ["Ingrid", "Tomasz", "Oluwaseun", "Priyanka", "Dagny", "Mateus", "Keiko", "Anneliese"]
_FAMILY = ["Larsson", "Kowalczyk", "Adeyemi", "Deshmukh", "Solberg", "Nakamura", "Brandtner", "Okonkwo"]
_TOOLS = ["Kafka", "Grafana", "Jenkins", "Kibana", "Terraform", "Prometheus", "Sentry", "Postgres"]
_SENTENCES = [
    "Send the Terraform plan output to {} before we apply it",
    "cc {} on the Kubernetes upgrade ticket and link the CI run",
    "Please ping {} about the failing pytest fixture in api/v2",
    "Escalate the 502s from the nginx ingress to {} tonight",
]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_GIVEN), st.sampled_from(_FAMILY), st.sampled_from(_SENTENCES))
def test_any_listed_full_name_after_a_dealing_verb_is_read(given_name: str, family: str, sentence: str) -> None:
    name = f"{given_name} {family}"
    text = sentence.format(name)
    start = text.index(name)
    assert (start, start + len(name)) in list(dealt_with(text))


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_TOOLS), st.sampled_from(_SENTENCES))
def test_no_listed_tool_after_a_dealing_verb_is_read(tool: str, sentence: str) -> None:
    assert list(dealt_with(sentence.format(tool))) == []


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param("Rewrite for the status page: Kirsi restarted the database after the upgrade.", "Kirsi", id="subject"),
        pytest.param("Handover notes - Ngozi has the keys to the server room.", "Ngozi", id="subject-has"),
        pytest.param("Write feedback for Temitope, who handled the database migration very calmly.", "Temitope", id="for-who"),
        pytest.param("Status: Solveig finished the API docs yesterday.", "Solveig", id="subject-status"),
    ],
)
def test_a_tagged_given_name_in_technical_work_prose_is_masked(find: Find, text: str, name: str) -> None:
    # Work notes and tickets mention servers and apps: a listed given name the recognizer tags, as
    # a verb's subject or after "to"/"for", is someone's there too (issue 18).
    assert name in persons(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Our old .NET service still uses Nancy and Dapper; is moving to minimal APIs worth it?", id="tool-object"),
        pytest.param("Jenkins failed the build after the plugin upgrade, how do I pin the version?", id="tool-subject"),
        pytest.param('class Book(Base):\n    loans: Mapped[list["Loan"]] = relationship(back_populates="book")', id="code-literal"),
        pytest.param("Our nginx access log shows Mozilla/5.0 (compatible; Claude-Web/1.0); is that a crawler we should block?", id="user-agent"),
    ],
)
def test_tools_and_code_in_the_same_roles_are_no_one(find: Find, text: str) -> None:
    assert persons(find, text) == []


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("After the Helm upgrade, cc Tsegaye, Bayarmaa and Wairimu on the Kafka ticket.", ["Tsegaye", "Bayarmaa", "Wairimu"], id="cc-list"),
        pytest.param("Write release notes. Thanks to Tsegaye, Bayarmaa and Wairimu for the Postgres 16 migration.", ["Tsegaye", "Bayarmaa", "Wairimu"], id="thanks-to-for"),
        pytest.param("Blame Oyelaran & Zuberi for the broken Terraform state", ["Oyelaran", "Zuberi"], id="blame-ampersand"),
    ],
)
def test_every_person_of_a_list_after_a_dealing_verb_is_masked(find: Find, text: str, names: list[str]) -> None:
    found = persons(find, text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Thanks to Karpenter, the Kubernetes nodes now scale in a minute.", id="thanks-to-a-cause"),
        pytest.param("ping Redis, Kafka and Zookeeper after the Helm upgrade", id="ping-tools-list"),
        pytest.param("Ask Tsegaye, Redis and Zuberi", id="a-tool-ends-the-list"),
    ],
)
def test_a_list_is_read_up_to_its_first_tool(text: str) -> None:
    found = [text[s:e] for s, e in dealt_with(text)]
    assert not {"Karpenter", "Redis", "Kafka", "Zookeeper", "Zuberi"} & set(found)


# Single names no list holds, told or asked a clause in technical text (round 31).
_UNLISTED = ["Ajiono", "Darmanto", "Ezgütekin", "Szkup", "Dochia", "Khezokhulu"]


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(_UNLISTED),
    frame=st.sampled_from([
        "Can you tell {} that Jenkins is down and to use Buildkite for now?",
        "Please tell {} that the Postgres migration failed at step 3.",
        "Tell {} the Redis cluster is back, the deploy can go ahead.",
        "Ask {} whether the Kafka consumer lag alert is still firing.",
    ]),
)
def test_someone_told_or_asked_a_clause_in_technical_text_is_masked(find: Find, name: str, frame: str) -> None:
    assert name in persons(find, frame.format(name))


@pytest.mark.parametrize("text", [
    "How do I tell Terraform that the bucket already exists?",
    "Can you tell Git that the file is binary so the diff stops?",
    "How do I tell Docker that the build context is the parent folder?",
])
def test_a_listed_tool_told_a_clause_is_no_one_dealt_with(text: str) -> None:
    assert list(dealt_with(text)) == []


@settings(max_examples=25, deadline=None)
@given(
    name=st.sampled_from(["Vestergaard", "Krivec", "Olivas", "Kərimov", "Ajiono"]),
    frame=st.sampled_from([
        "Please let {} know the Postgres failover finished at 02:10.",
        "Keep {} posted on the Kafka rebalance, it affects billing.",
        "Give {} a heads-up before we restart the Redis primary.",
        "Let {} know when the Terraform plan is green.",
    ]),
)
def test_someone_kept_informed_is_dealt_with(name: str, frame: str) -> None:
    text = frame.format(name)
    start = text.index(name)
    assert (start, start + len(name)) in list(dealt_with(text))
    assert (start, start + len(name)) in list(dealt_with(text, addressed=True))


@pytest.mark.parametrize("text, name", [
    ("Please tell Darmanto that the Postgres migration failed at step 3.", "Darmanto"),
    ("Send the deploy logs to Ingrid Larsson", None),
    ("Blame Horvath for the broken migration in api/v2", None),
])
def test_outside_technical_text_only_someone_told_or_kept_informed_is_read(text: str, name: str | None) -> None:
    """`addressed` is the reading of prose, where the cues read the handing and people-only verbs."""
    found = [text[s:e] for s, e in dealt_with(text, addressed=True)]
    assert found == ([name] if name else [])
    assert list(dealt_with(text)) != []


@pytest.mark.parametrize("text", [
    "How do I let Docker know the build context changed?",
    "Keep Redis warm before the load test.",
    "Give Grafana a minute to reload the dashboards.",
])
def test_a_tool_let_kept_or_given_something_is_no_one(find: Find, text: str) -> None:
    assert persons(find, text) == []


@pytest.mark.parametrize("name", ["Vestergaard", "Krivec", "Océane", "Kərimov"])
def test_someone_kept_informed_in_a_question_about_tools_is_masked(find: Find, name: str) -> None:
    """A word no list holds is a tool's in a question about tools, unless it is told or kept informed."""
    assert name in persons(find, f"Can you let {name} know that the Jenkins agents are back online?")


@pytest.mark.parametrize("text", [
    "How do I tell Terraform that the bucket already exists?",
    "Can you tell Webpack that the alias points to src?",
    "Remind Dependabot to skip major versions?",
    "How do I remind Git to use my SSH key for every push?",
])
def test_a_tool_no_name_list_shares_told_what_to_do_is_configured(find: Find, text: str) -> None:
    assert persons(find, text) == []


@pytest.mark.parametrize("text, name", [
    ("Please tell Gatsby that the drill is back.", "Gatsby"),  # a tool's name a person has too
    ("Can you ask Gatsby whether the drill is back?", "Gatsby"),  # asked, not told what to do
    ("Please tell Darmanto that the Postgres migration failed.", "Darmanto"),
])
def test_people_told_or_asked_things_stay_people(find: Find, text: str, name: str) -> None:
    assert name in persons(find, text)


@pytest.mark.parametrize("text, told", [
    ("How do I tell Terraform that the bucket exists?", True),
    ("Remind Terraform to skip the import", True),
    ("Tell Terraform the state is wrong", True),
    ("Can you ask Terraform whether it drifted?", False),
    ("Tell Terraform.", False),
])
def test_configured_reads_a_verb_before_and_a_clause_after(text: str, told: bool) -> None:
    start = text.index("Terraform")
    assert configured(text, start, start + len("Terraform")) is told


def test_a_tool_the_model_tagged_with_the_verb_before_it_is_read_alone(find: Find) -> None:
    """The model's span "Tell Prettier" is read again as "Prettier", by every test a name passes."""
    assert persons(find, "Tell Prettier to ignore the generated folder.") == []
    assert "Darmanto" in persons(find, "Tell Darmanto to ignore the generated folder.")


@settings(max_examples=30, deadline=None)
@given(
    name=st.sampled_from(["priya", "montoya", "jäntsch", "van gent", "akçay", "थापा", "wade"]),
    frame=st.sampled_from([
        "can you let {} know the build is green again",
        "pls keep {} posted on the db migration",
        "give {} a heads up before you restart the queue workers",
        "keep {} in the loop re the bucket cleanup",
    ]),
)
def test_someone_typed_in_one_case_kept_informed_is_masked(find: Find, name: str, frame: str) -> None:
    assert name in persons(find, frame.format(name))


@pytest.mark.parametrize("text", [
    "let everyone know the deploy is done",
    "keep the team posted",
    "let support know about the outage",
    "let him know, and let her know too",
    "let devops know the runner is down",
    "how do i let kubernetes know the pod is ready",
    "let npm know the registry",
    "keep kubeconfig updated",  # things are kept updated, not posted
    "keep me posted",
])
def test_groups_tools_and_things_kept_informed_in_one_case_are_no_one(find: Find, text: str) -> None:
    assert persons(find, text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Draft a Jira comment thanking Aud Myhre for the Grafana dashboard and asking Liv Myklebust to add alerts.", "Liv Myklebust"),
        ("remind Jan de Vries to rotate the Vault token before Friday", "Jan de Vries"),
    ],
)
def test_someone_asked_to_act_by_full_name_in_technical_text(find: Find, text: str, name: str) -> None:
    assert name in persons(find, text)


@pytest.mark.parametrize("text", ["asking Claude to summarise the Kafka logs", "Ask Gemini to rewrite this SQL query"])
def test_an_assistant_asked_to_act_by_one_name_is_no_one(find: Find, text: str) -> None:
    assert persons(find, text) == []
