"""Logins in tools' output shapes read in round 27 (issue 18): what a command printing the current
account prints, `groups` lines, forge lines about a pull request, token claims, tables whose header
names an account column in any case, queues' and daemons' lines; and the sample logins of runbooks
and the service accounts in the same shapes, which stay (the real pipeline)."""

from __future__ import annotations

import re

import pytest

from privacy_gateway.detection.account_lines import account_spans
from tests.detection.helpers import Find


def people(find: Find, text: str) -> set[str]:
    return {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text, login",
    [
        pytest.param("C:\\> whoami\nacme\\giovanna.ferretti\nC:\\> net use Z: \\\\fs01\\share", "giovanna.ferretti", id="whoami-domain"),
        pytest.param("$ git config user.name\nene.kaljulaid\nwhy does the commit show root?", "ene.kaljulaid", id="git-config-user-name"),
        pytest.param("$ groups pazdan.h\npazdan.h : pazdan.h adm sudo docker", "pazdan.h", id="groups-output"),
        pytest.param("Pull request #77: o.lluch wants to merge 3 commits from feature/retry into develop.", "o.lluch", id="wants-to-merge"),
        pytest.param("#482  Fix retry budget      kismet.arslan:fix-retry   about 2 days ago", "kismet.arslan", id="gh-pr-list-head"),
        pytest.param('{"sub": "robert.white", "iss": "https://sso.acme.dev/realms/main", "exp": 1701423312}', "robert.white", id="jwt-sub"),
        pytest.param('{"preferred_username": "k.jarosiewicz", "aud": "api"}', "k.jarosiewicz", id="jwt-preferred-username"),
        pytest.param("From basriye-eraslan  Tue Dec  1 09:14:07 2026\nSubject: cron output", "basriye-eraslan", id="mbox-from-line"),
        pytest.param('resource "aws_iam_user" "analyst" {\n  name = "bbocelli63"\n  path = "/analysts/"\n}', "bbocelli63", id="terraform-iam-user"),
        pytest.param("$ sacct -j 48211\nJobID           User      State\n------------ --------- ----------\n48211        maritta_martin      FAILED", "maritta_martin", id="ruled-table-user"),
        pytest.param("$ fuser -vm /srv/data\n                     USER        PID ACCESS COMMAND\n/srv/data:           austermuhled     2231 ..c.. python", "austermuhled", id="indented-header-column"),
        pytest.param("$ loginctl list-users\n UID USER\n1042 ibouwhuisen\n\n1 users listed.", "ibouwhuisen", id="uid-user-columns"),
        pytest.param("Image Name      PID Session Name   Mem Usage  Status   User Name\n=============== === ============ ========== ======== ==========\npython.exe     2231 Console      81,234 K   Running  ACME\\RBrandt", "RBrandt", id="tasklist-domain-cell"),
        pytest.param("$ atq\n12\tTue Dec  1 09:14:07 2026 a kkliber", "kkliber", id="atq"),
        pytest.param("$ lpstat -o\nprinter-311    ebronka    18311   Tue Dec  1 09:14:07 2026", "ebronka", id="lpstat"),
        pytest.param("2026-12-01 09:14:07 10.0.4.2:51234 [ccasalodi] Peer Connection Initiated with [AF_INET]10.0.4.2:51234", "ccasalodi", id="openvpn"),
        pytest.param("Auth: (41) Login incorrect (pap: Cleartext password does not match): [g.bravo/<via Auth-Type = PAP>] (from client vpn port 0)", "g.bravo", id="freeradius"),
        pytest.param("dovecot: auth-worker(2231): pam(cpizarro,10.0.4.2,<abXy>): unknown user", "cpizarro", id="dovecot-passdb"),
        pytest.param("$ npm view @acme/ui maintainers\n[ 'jockel.c <jc@acme.dev>', 'release-bot <bot@acme.dev>' ]", "jockel.c", id="npm-person-format"),
    ],
)
def test_a_login_in_a_tools_output_is_masked(find: Find, text: str, login: str) -> None:
    # Whole, or with a word the pipeline joins to it ("basriye-eraslan  Tue" of an mbox line).
    assert any(re.search(rf"(?<![\w.\-]){re.escape(login)}(?![\w.\-])", value) for value in people(find, text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("$ whoami\nroot\n$ groups www-data\n", id="whoami-root"),
        pytest.param("$ sacct -j 48211\nJobID           User      State\n------------ --------- ----------\n48211        svc-deploy      FAILED", id="ruled-table-service"),
        pytest.param("$ atq\n12\tTue Dec  1 09:14:07 2026 a svc_etl", id="atq-service"),
        pytest.param("dovecot: auth-worker(2231): pam(svc-deploy,10.0.4.2,<abXy>): unknown user", id="dovecot-service"),
        pytest.param("Pull request #77: dependabot wants to merge 3 commits from deps/urllib3 into develop.", id="bot-wants-to-merge"),
        pytest.param("$ getent passwd jdoe\njdoe:x:1042:1042::/home/jdoe:/bin/bash", id="sample-login-jdoe"),
        pytest.param("sudo useradd -m your_username && sudo passwd your_username", id="your-username"),
        pytest.param("\"author\": \"release-bot <bot@acme.dev>\", \"contributors\": [\"support <help@acme.dev>\"]", id="person-format-services"),
        pytest.param("Dec  1 09:14:07 files sftp-server[2231]: session opened for local user johndoe", id="sample-login-johndoe"),
    ],
)
def test_service_accounts_and_sample_logins_stay(find: Find, text: str) -> None:
    assert not people(find, text) & {"root", "svc-deploy", "svc_etl", "dependabot", "jdoe", "your_username", "johndoe", "release-bot", "support"}


def test_headings_are_no_tables() -> None:
    """Two words in capitals over a line, or a Markdown heading's rule, head no column of logins."""
    assert account_spans("USER GUIDE\ninstallx the package first") == []
    assert account_spans("User Notes\n----------\ninstall the package first") == []
    assert account_spans("$ loginctl list-users\n UID USER\n1042 ibouwhuisen") != []
