"""E-mail addresses written out against harvesters, and the "at" and "dot" of prose that stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.detection.helpers import Find


def emails(found: list[tuple[str, str]]) -> list[str]:
    return [value for kind, value in found if kind == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    "text, email",
    [
        pytest.param("Our footer says christel89 -at- acmelogistics -dot- eu, fine?", "christel89 -at- acmelogistics -dot- eu", id="dashes"),
        pytest.param("contact me lori.bond (a) yahoo.com for the files", "lori.bond (a) yahoo.com", id="bracketed-a"),
        pytest.param("Please write to nineteen(at)aa.com about it.", "nineteen(at)aa.com", id="number-word-local-after-to"),
        pytest.param("reach me at kowalska at point.md after six", "kowalska at point.md", id="country-suffix-a-file-extension-too"),
        pytest.param("write to name{at}corp{dot}co{dot}uk today", "name{at}corp{dot}co{dot}uk", id="braces"),
        pytest.param("mail ANNA.KOWALSKA AT CORP DOT PL please", "ANNA.KOWALSKA AT CORP DOT PL", id="upper-words"),
        pytest.param("dictated: simon_ellis95 @ hotmail . com - normalise it", "simon_ellis95 @ hotmail . com", id="spaced"),
        pytest.param("send the copy to elisewilmont@\nhotmail.com by Friday", "elisewilmont@\nhotmail.com", id="broken-after-at"),
        pytest.param("send the copy to saumyaraju@gmail\n.com by Friday", "saumyaraju@gmail\n.com", id="broken-before-dot"),
        pytest.param("> reply to goda.leela\n> @hotmail.com\n> thanks", "goda.leela\n> @hotmail.com", id="broken-in-a-quote"),
        pytest.param("The script stores it as uh.xobliam@17htemen_rodnas. Undo it?", "uh.xobliam@17htemen_rodnas", id="reversed"),
        pytest.param("Contact brett&#64;yahoo&#46;com or call", "brett&#64;yahoo&#46;com", id="html-references"),
        pytest.param("you can reach me at langgeng78 at gmail.com, thanks", "langgeng78 at gmail.com", id="bare-at-plain-local"),
        pytest.param("contact me john.doe_at_gmail.com for the files", "john.doe_at_gmail.com", id="underscored-at"),
        pytest.param("my email is rosa underscore pinto seventy four at gmail dot com thanks", "rosa underscore pinto seventy four at gmail dot com",
                     id="said-aloud-underscore-number"),
        pytest.param("write to k dash obi at outlook dot com about it", "k dash obi at outlook dot com", id="said-aloud-dash"),
        pytest.param("my email is j dot s m i t h at gmail dot com", "j dot s m i t h at gmail dot com", id="said-aloud-letters"),
    ],
)
def test_disguised_emails(find: Find, text: str, email: str) -> None:
    assert email in emails(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("look at github.com for the source", id="look-at-site"),
        pytest.param("I was at home . Then it rained", id="spaced-full-stop"),
        pytest.param("ping @ team.lead about the rollout", id="spaced-mention"),
        pytest.param("the created_at_utc.strftime call fails", id="identifier"),
        pytest.param("Why is `self.deleted_at_local.tz` None after `row.updated_at_ms.value`?", id="identifiers-in-code"),
        pytest.param("meet me at the office. com is short for commercial", id="sentence-end"),
        pytest.param("The line reads moc.elpmaxe.www in reverse, why?", id="reversed-host-no-at"),
        pytest.param("Download nginx at nginx.org and Kafka at confluent.io", id="product-at-its-site"),
        pytest.param("deployed v2 at api.example.com last night", id="version-at-host"),
        # An error at a place in code: source files are named like domains under .py, .rs, .java.
        pytest.param("KeyError at views.py:12 when I post the form", id="error-at-line"),
        pytest.param("Segfault at main.rs:12 after the upgrade", id="crash-at-line"),
        pytest.param("Why do I get NullPointerException at OrderService.java?", id="exception-at-class-file"),
    ],
)
def test_prose_at_and_dot_stay(find: Find, text: str) -> None:
    assert emails(find(text)) == []


_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)
# (at, dot) spellings the recognizer supports; each keeps the address whole.
_STYLES = [("(at)", "."), (" (at) ", " (dot) "), (" [at] ", "[dot]"), ("{at}", "{dot}"), (" -at- ", " -dot- "),
           (" at ", " dot "), (" AT ", " DOT "), (" @ ", " . "), (" (a) ", "."), ("<at>", "<dot>"), ("_at_", ".")]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_LABEL, min_size=1, max_size=2), _LABEL, st.sampled_from(["com", "org", "net", "de", "co.uk", "io", "fr"]),
    st.sampled_from(_STYLES), st.sampled_from(["Please write to {} about it.", "contact: {}", "reach me at {} thanks"]),
)
def test_a_disguised_address_is_masked_whole(find: Find, local: list[str], host: str, tld: str, style: tuple[str, str],
                                             template: str) -> None:
    at, dot = style
    written = dot.join(local) + at + dot.join([host, *tld.split(".")])
    assert written in emails(find(template.format(written)))


@pytest.mark.parametrize(
    "text",
    [
        "Write an auto-reply that points customers to support@northwind.io and billing+eu@northwind.io.",
        "SUPPORT_EMAIL=support@example.com\nSENDER=no-reply@example.com",
        "To: dev-team@example.org\nSubject: nightly build",
        'From: "Jenkins" <jenkins@ci.example.org>\nSubject: Build failed in Jenkins: hermes-main #6326',
        "Message-ID: <a1d00cd786ce.6326@ci.example.org>\nIn-Reply-To: <fd99f4041983.4241@ci.example.org>",
    ],
)
def test_a_team_a_tool_or_a_message_is_no_ones_address(find: Find, text: str) -> None:
    assert emails(find(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beside someone's address, the team's goes too: the domain they share would tell whose it is.
        ("Forward anna.kowalska@northwind.io's complaint to support@northwind.io.", ["anna.kowalska@northwind.io", "support@northwind.io"]),
        # A tool's name as the display name of an address at no tool's host: someone's mailbox.
        ('From: "Kafka" <kafka@acme.io>', ["kafka@acme.io"]),
        ("Reply to support.anna@northwind.io", ["support.anna@northwind.io"]),
    ],
)
def test_someones_address_and_the_team_beside_it_are_masked(find: Find, text: str, expected: list[str]) -> None:
    assert sorted(emails(find(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        'Why does this fixture fail validation? user = User(name="Test", email="test@example.com")',
        "Seed data: usuario@ejemplo.com, teste@exemplo.com.br and user1@example.org, all fake.",
        "In the JUnit test we use max.mustermann@example.de as the customer.",
        "Registration form placeholder: firstname.lastname@example.com, demo@example.org",
    ],
)
def test_a_samples_mailbox_at_a_domain_made_for_examples_is_no_ones(find: Find, text: str) -> None:
    assert emails(find(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Made of a person's name, or a generator's local part: someone's, whatever the domain.
        ("Ticket from samuelgibson@northwind.example about the refund", ["samuelgibson@northwind.example"]),
        ("Please call back ralph60@example.com and jonesrandall@example.net today.", ["ralph60@example.com", "jonesrandall@example.net"]),
        # A sample's word at a real provider's domain is a real mailbox.
        ("Her address is test@gmail.com, she says.", ["test@gmail.com"]),
        # A conventional name at an example domain is written for real people too.
        ("Please email jane.doe@example.com and bob@example.org about the invoice.", ["jane.doe@example.com", "bob@example.org"]),
    ],
)
def test_named_and_real_domain_mailboxes_stay_someones(find: Find, text: str, expected: list[str]) -> None:
    assert sorted(emails(find(text))) == sorted(expected)


@pytest.mark.parametrize(
    "text, address",
    [
        pytest.param("schreib an fernanda punkt oliveira ät gmx punkt de, bitte", "fernanda punkt oliveira ät gmx punkt de", id="de"),
        pytest.param("écris à oluwaseun.adeyemi arobase orange point fr", "oluwaseun.adeyemi arobase orange point fr", id="fr"),
        pytest.param("mi correo es rekatoth arroba hotmail punto es", "rekatoth arroba hotmail punto es", id="es"),
        pytest.param("пиши на lhorvat собака mail точка ru", "lhorvat собака mail точка ru", id="ru"),
        pytest.param("meu email: giacomo_lobianco arroba uol ponto com ponto br", "giacomo_lobianco arroba uol ponto com ponto br", id="pt"),
    ],
)
def test_an_address_said_in_another_language_is_masked_whole(find: Find, text: str, address: str) -> None:
    assert ("EMAIL_ADDRESS", address) in find(text), find(text)


@pytest.mark.parametrize("text", ["At that point we stopped at the punkt.", "El punto de encuentro es la arroba del logo."])
def test_the_words_for_at_and_dot_alone_are_prose(find: Find, text: str) -> None:
    assert [f for f in find(text) if f[0] == "EMAIL_ADDRESS"] == []
