"""Handles in more positions and shapes: camel case, domain logins, chat nicks, forks, possessives,
`runs as`/`sudo -u`; system accounts, decorators and tool names stay as written."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.handles import camel_name
from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param(r"the report is in C:\Users\ChiomaEze\Documents\q3.xlsx", "ChiomaEze", id="camel-windows-profile"),
        pytest.param("ls ~DiegoFuentes/projects says permission denied", "DiegoFuentes", id="camel-tilde"),
        pytest.param(r"audit: logon failure for ACME\kboateng from 10.1.2.3", "kboateng", id="domain-login"),
        pytest.param(r"audit: logon failure for ACME-EU\MTanaka", "MTanaka", id="domain-login-camel"),
        pytest.param("[09:14] <tomasz_wojcik> restarting the pods now", "tomasz_wojcik", id="irc-nick"),
        pytest.param("<aylin.d> anyone know why staging is down?", "aylin.d", id="chat-nick"),
        pytest.param("the cron runs as wardj on db-3, is that ok?", "wardj", id="runs-as"),
        pytest.param("sudo -u spillai crontab -l", "spillai", id="sudo-u"),
        pytest.param("Merged PR #212 from praman/fix-timeouts", "praman", id="fork-branch"),
        pytest.param("is lars-eriksen's branch merged yet?", "lars-eriksen", id="possessive-hyphen"),
        pytest.param("git blame says hannah-becker wrote this line", "hannah-becker", id="hyphen-anywhere"),
        pytest.param("git blame says KwameBoateng wrote this line", "KwameBoateng", id="camel-anywhere"),
        pytest.param("hey team, @PriyaRaman pushed the hotfix", "PriyaRaman", id="camel-mention"),
        pytest.param("scp dump.sql MTanaka@10.2.3.4:/tmp", "MTanaka", id="camel-host-login"),
        pytest.param(r"net use Z: \\fs01\hr /user:ACME\OkparaN returns error 1326", "OkparaN", id="domain-initial-unlisted"),
        pytest.param("AuthorID,Author,Content\n81234,zeliha.k#0412,anyone up\n81299,ok#1180,in 10", "zeliha.k", id="discord-tag"),
        pytest.param("Turn this chat into action items:\nT.Okafor 09:02\nI'll rotate the keys\nDMensah 09:05\nthen I update the vault", "DMensah", id="teams-login-headers"),
    ],
)
def test_handles_in_more_positions_are_masked(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("@Override\npublic String toString() {", id="java-annotation"),
        pytest.param('    @JsonProperty("id")\n    @RestController\n    @GetMapping("/x")', id="spring-annotations"),
        pytest.param("sudo -u postgres psql -c 'select 1' && sudo -u www-data php artisan migrate", id="sudo-system"),
        pytest.param("the job runs as jenkins on the agent; the backup runs as svc_backup", id="runs-as-service"),
        pytest.param(r"reg query HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion", id="registry-key"),
        pytest.param(r"whoami returns WORKGROUP\Administrator", id="domain-administrator"),
        pytest.param("Merged PR #44 from dependabot/npm_and_yarn/lodash-4.17.21", id="bot-branch"),
        pytest.param("is python's GIL released? what is Kafka's retention and PostgreSQL's vacuum?", id="possessive-tools"),
        pytest.param("npm install @vercel/ncc and @types/node; ping @vercel on twitter", id="scopes"),
        pytest.param("GitHub's runner, JavaScript, TypeScript, WordPress, PowerShell, DigitalOcean, JetBrains", id="camel-products"),
        pytest.param("set the grace-period and the max-retries flags, then run pre-commit", id="hyphen-flags"),
    ],
)
def test_accounts_tools_and_annotations_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


_GIVEN = ["priya", "lars", "chioma", "tomasz", "kwame", "ines", "aylin", "sanjay", "fatima", "diego", "hannah", "mei"]
_FAMILY = ["raman", "eriksen", "okonkwo", "wojcik", "boateng", "moreau", "demir", "pillai", "haddad", "fuentes", "becker", "tanaka"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.sampled_from(_GIVEN),
    last=st.sampled_from(_FAMILY),
    joint=st.sampled_from([".", "_", "", "-"]),
    digits=st.sampled_from(["", "7", "42", "1988"]),
    where=st.sampled_from(["@{h} can you look?", "cat /home/{h}/.profile", "user={h} action=login", "<{h}> on it", "ssh {h}@10.0.0.9"]),
)
def test_a_listed_given_name_and_surname_joined_are_masked(find: Find, first: str, last: str, joint: str, digits: str, where: str) -> None:
    handle = f"{first}{joint}{last}{digits}"
    assert handle in people(find(where.replace("{h}", handle)))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    account=st.sampled_from(["root", "admin", "postgres", "www-data", "jenkins", "deploy_user", "svc_backup", "nobody", "ubuntu", "git"]),
    where=st.sampled_from(["sudo -u {h} id", "cat /home/{h}/.profile", "user={h} action=login", "the job runs as {h} nightly"]),
)
def test_system_accounts_are_not_masked(find: Find, account: str, where: str) -> None:
    assert people(find(where.replace("{h}", account))) == []


@pytest.mark.parametrize("handle", ["ChiomaEze", "PRaman", "MTanaka", "TanakaM", "Lars.Eriksen"])
def test_camel_case_name_words(handle: str) -> None:
    assert camel_name(handle)


@pytest.mark.parametrize("handle", ["JsonProperty", "RestController", "TypeScript", "Override", "SpringBootApplication", "GetMapping"])
def test_camel_case_identifiers(handle: str) -> None:
    assert not camel_name(handle)
