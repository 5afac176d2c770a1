"""Logins made of names (`name_split`) and the places tools print logins: any listed given name and
surname joined as companies join them is someone's; system users, bots and compounds stay."""

from __future__ import annotations

import functools

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.engine import analysis_text
from privacy_gateway.detection.lexicon import english_form, world_first_names, world_last_names
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS
from privacy_gateway.detection.name_split import compound, name_words, surname_shaped
from privacy_gateway.detection.software import is_software
from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@functools.cache
def _names(which: str) -> list[str]:
    """Listed names of five to nine Latin letters that are no English word or tool, in a stable order.
    Logins are typed in Latin letters: the lists also hold Greek names in Greek letters (since the
    fifty-third round), which no one joins to a Latin given name in a login ("aaban.αβραμίδη")."""
    listed = world_first_names() if which == "given" else world_last_names()
    return sorted(w for w in listed if 5 <= len(w) <= 9 and w.isascii() and w.isalpha() and not english_form(w) and not is_software(w))


@pytest.mark.parametrize(
    "handle, words",
    [
        ("priyaraman", ("priya", "raman")),
        ("mtanaka", ("m", "tanaka")),
        ("ramanp", ("raman", "p")),
        ("olga85", ("olga",)),
        ("Priya.Raman42", ("priya", "raman")),
        ("mabdullayeva", ("m", "abdullayeva")),
        ("priya.r", ("priya", "r")),
        ("kowalczyk42", ("kowalczyk",)),
    ],
)
def test_logins_split_into_their_name_words(handle: str, words: tuple[str, ...]) -> None:
    assert name_words(handle) == words


@pytest.mark.parametrize(
    "handle",
    ["backend", "hostname", "keystore", "webserver", "deploy_user", "build-bot", "svc_backup", "node18", "web01",
     "ingress-nginx", "kube-system", "preset-env", "tokenizer", "dataset", "readme", "bitnami", "hashicorp"],
)
def test_words_tools_and_hosts_are_no_names(handle: str) -> None:
    assert name_words(handle) is None


def test_compounds_and_surname_endings() -> None:
    assert compound("backend") and compound("jumpbox") and not compound("johnsmith") and not compound("benthes")
    assert surname_shaped("abdullayeva") and surname_shaped("grigoryan") and not surname_shaped("moldova")


_POSITIONS = [
    "@{h} can you take a look?",
    "user={h} action=login result=fail",
    "arn:aws:iam::123456789012:user/{h} has no MFA",
    "Mar 12 03:14:07 bastion sshd[8812]: Accepted publickey for {h} from 10.0.0.4 port 5022 ssh2",
    "$ id\nuid=1042({h}) gid=1042({h}) groups=1042({h}),27(sudo)",
    "-rw-r--r--  1 {h}  staff  4096 Mar  4 09:14 q1.csv",
    "30 2 * * 1 {h} /opt/reports/weekly.sh",
    r"The share \\fs01\home$\{h} is full",
    "<@U04AB12|{h}> mentioned you",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.integers(min_value=0, max_value=10**6),
    last=st.integers(min_value=0, max_value=10**6),
    joint=st.sampled_from([".", "_", "-", "", "camel", "initial", "initial-after"]),
    digits=st.sampled_from(["", "7", "42", "1988"]),
    where=st.sampled_from(_POSITIONS),
)
def test_any_listed_given_name_and_surname_in_a_login_position_is_masked(
    find: Find, first: int, last: int, joint: str, digits: str, where: str
) -> None:
    given_name = _names("given")[first % len(_names("given"))]
    surname = _names("family")[last % len(_names("family"))]
    if joint == "camel":
        handle = given_name.capitalize() + surname.capitalize()
    elif joint == "initial":
        handle = given_name[0] + surname
    elif joint == "initial-after":
        handle = surname + given_name[0]
    else:
        handle = f"{given_name}{joint}{surname}"
    # A join that spells a word of its own ("a" + "quila" is "aquila", "b" + "abood" is "babood") is
    # that word, with digits or without, not a login.
    assume(not english_form(handle.lower()))
    handle += digits
    text = where.replace("{h}", handle)
    assert any(handle in value for value in people(find(text))), text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(account=st.sampled_from(sorted(a for a in SERVICE_ACCOUNTS if len(a) >= 3)), where=st.sampled_from(_POSITIONS))
def test_system_users_and_bots_in_a_login_position_stay(find: Find, account: str, where: str) -> None:
    text = where.replace("{h}", account)
    assert account not in people(find(text)), text


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param('{"event": "logon", "account": "CORP\\\\ramanp"}', "ramanp", id="json-escaped-domain-login"),
        pytest.param("docker push registry.corp/priya.raman/api:dev is denied", "priya.raman", id="registry-path"),
        pytest.param("aws s3 ls s3://team-data/users/nokafor/exports/", "nokafor", id="users-folder"),
        pytest.param("https://acme-my.sharepoint.com/personal/priya_raman_acme_com/Documents/x.xlsx", "priya_raman_acme_com", id="onedrive"),
        pytest.param("my teammate priyar keeps getting 403 on the bucket", "priyar", id="teammate"),
        pytest.param("Should I copy mabdullayeva's ~/.bashrc to the new host?", "mabdullayeva", id="possessive-surname-ending"),
        pytest.param("Failed password for invalid user ozturk_e from 203.0.113.8 port 41122 ssh2", "ozturk_e", id="sshd-invalid"),
        pytest.param("the audit log shows tkowalczyk42 deleted the bucket", "tkowalczyk42", id="audit-subject"),
        pytest.param("git shortlog -sn\n    42\tmitra70\n    17\tolga85", "mitra70", id="listed-word-with-digits"),
    ],
)
def test_logins_in_tool_output_and_paths_are_masked(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("git clone git@github.com:facebook/react.git fails with publickey", id="git-remote"),
        pytest.param("ssh ubuntu@ip-10-0-1-12.ec2.internal times out", id="ssh-cloud-user"),
        pytest.param("[10:02] dependabot: bumped lodash\n[10:03] renovate: pinned actions\n[10:05] dependabot: bumped axios", id="bots-in-chat"),
        pytest.param("pip install git+https://github.com/user/repo.git fails behind the proxy", id="placeholder-owner"),
        pytest.param("our Django app has /user/login/ and /user/logout/", id="user-routes"),
        pytest.param("the mirror2 deleted stale packages; web01 restarted nginx; tokenizer3 created the vocab", id="hosts-doing-things"),
        pytest.param("drwxr-xr-x  5 root  root  160 Mar  4 09:12 reports\n-rw-r--r--  1 www-data www-data 4096 Mar  4 09:14 i.html", id="ls-system"),
        pytest.param("$ id\nuid=0(root) gid=0(root) groups=0(root),4(adm),27(sudo)", id="id-root"),
        pytest.param("15 2 * * * postgres /usr/local/bin/pg_dump_all.sh", id="crontab-system"),
        pytest.param("My teammate said the backend is flaky; my colleague thinks the frontend caches too much", id="teammate-words"),
    ],
)
def test_service_logins_bots_and_routes_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_an_escaped_backslash_before_r_is_no_line_break() -> None:
    assert analysis_text('"CORP\\\\ramanp"') == '"CORP\\\\ramanp"'
    assert analysis_text("one\\ntwo") == "one \ntwo"
