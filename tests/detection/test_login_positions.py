"""Logins where only an account can stand: masked whatever they are made of, system accounts,
role words and placeholders left (the real pipeline)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.lexicon import english_form
from privacy_gateway.detection.login_positions import account_key
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS
from privacy_gateway.detection.software import is_software
from tests.detection.helpers import Find


def people(find: Find, text: str) -> set[str]:
    return {v for t, v in find(text) if t == "PERSON"}


@pytest.mark.parametrize(
    "text, login",
    [
        pytest.param("time=2024-11-12T09:00:00Z level=info msg=\"login ok\" user_id=rpolvane ip=10.0.0.2", "rpolvane", id="user-id-key"),
        pytest.param("Event 4624: An account was successfully logged on.\n  Account Name:  nvaltor\n  Account Domain: CORP", "nvaltor", id="windows-event"),
        pytest.param("Bearbeiter: hkonradt\nPriorität: hoch", "hkonradt", id="german-key"),
        pytest.param("responsable : crivaud\nstatut : ouvert", "crivaud", id="french-key"),
        pytest.param("Задача назначена: ivlasen\nстатус: открыта", "ivlasen", id="russian-key"),
        pytest.param("rbac:\n  admins:\n    - tmorvik\n    - svc-deploy", "tmorvik", id="yaml-accounts-list"),
        pytest.param("psql postgresql://tkaroni:secret@db01:5432/app", "tkaroni", id="url-user"),
        pytest.param("CloudTrail: principalId AIDAJQABLZS4A3QDU576Q:lkowara assumed role ReadOnly", "lkowara", id="cloudtrail"),
        pytest.param("GRANT SELECT ON payroll TO jkevran;", "jkevran", id="sql-grant"),
        pytest.param("Merge pull request #88 from dselwyn/fix-timeouts", "dselwyn", id="github-merge"),
        pytest.param("khadijah.alkana deleted the project and fikayomis restored it an hour later", "fikayomis", id="audited-beside-a-name"),
        pytest.param("I restored kwazenda's home directory from the snapshot", "kwazenda", id="possessive-home"),
        pytest.param("Should I copy ghufransabur's ~/.bashrc to the new jump host?", "ghufransabur", id="possessive-dotfile"),
        pytest.param("PR #412 by varunkk was reverted", "varunkk", id="pr-author"),
        pytest.param("- user:\n    name: \"{{ item }}\"\n  loop:\n    - ovaldez\n    - trunimi", "trunimi", id="ansible-user-loop"),
        pytest.param("docker push registry.acme.internal/lailati_adamu/api:dev is denied", "lailati_adamu", id="registry-namespace"),
    ],
)
def test_a_login_in_an_accounts_position_is_masked(find: Find, text: str, login: str) -> None:
    assert login in people(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("user_id=postgres dbname=app host=db01", id="service-account"),
        pytest.param("owner_team: payments\nuser_agent: curl", id="not-account-keys"),
        pytest.param("GRANT SELECT ON payroll TO reporting_ro;\nGRANT USAGE ON SCHEMA app TO readonly;", id="sql-roles"),
        pytest.param("admins:\n  - root\n  - svc-deploy\n  - ci", id="listed-service-accounts"),
        pytest.param("DATABASE_URL=postgres://postgres:secret@db:5432/app", id="url-service-account"),
        pytest.param("subjects:\n- kind: ServiceAccount\n  name: default", id="k8s-service-account"),
        pytest.param("terraform destroyed the old vpc, kubectl deleted the pod and web01 deleted the temp files", id="tools-audited"),
        pytest.param("nginx's access log rotates daily; is python's home directory in PATH?", id="tools-possessive"),
        pytest.param("docker push registry.acme.internal/platform/api:1.2 && docker pull ghcr.io/astral-sh/uv:latest", id="registry-orgs"),
        pytest.param("- apt:\n    name: \"{{ item }}\"\n  loop:\n    - nginx\n    - htop", id="package-loop"),
    ],
)
def test_service_accounts_and_roles_stay(find: Find, text: str) -> None:
    assert people(find, text) == set()


def test_account_keys_are_read_by_their_words() -> None:
    assert all(account_key(k) for k in ("user_id", "userId", "login_name", "Account Name", "sAMAccountName", "Bearbeiter", "utilisateur"))
    assert not any(account_key(k) for k in ("user_agent", "owner_team", "account_id", "account", "status", "user_type"))


# Positions that only ever hold an account, the login's place marked by {}.
_POSITIONS = (
    "ssh {}@bastion-2 'uptime'",
    "cat /home/{}/.bashrc",
    "sudo -u {} psql -d reports",
    "user_id={} action=export rows=4000",
    "Bearbeiter: {}\nStatus: offen",
    "psql postgresql://{}:pw@db01/app",
    "CORP\\{} failed to log on",
)


@settings(max_examples=25, deadline=None)
@given(login=st.from_regex(r"[a-z]{5,9}[0-9]{0,2}", fullmatch=True), position=st.sampled_from(_POSITIONS))
def test_any_unknown_login_in_an_accounts_position_is_masked(find: Find, login: str, position: str) -> None:
    core = login.rstrip("0123456789")
    assume(not english_form(core) and not is_software(core) and login not in SERVICE_ACCOUNTS and core not in SERVICE_ACCOUNTS)
    text = position.format(login)
    start = text.index(login)
    assert any(t == "PERSON" and s <= start and start + len(login) <= e for t, s, e in _spans(find, text)), text


@settings(max_examples=25, deadline=None)
@given(account=st.sampled_from(sorted(a for a in SERVICE_ACCOUNTS if a.isalpha() and len(a) >= 3)), position=st.sampled_from(_POSITIONS))
def test_a_listed_system_account_in_an_accounts_position_stays(find: Find, account: str, position: str) -> None:
    text = position.format(account)
    assert account not in people(find, text), text


def _spans(find: Find, text: str) -> list[tuple[str, int, int]]:
    out = []
    for entity, value in find(text):
        at = text.find(value)
        out.append((entity, at, at + len(value)))
    return out
