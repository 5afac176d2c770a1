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


@pytest.mark.parametrize(
    "text, login",
    [
        pytest.param("```go\n// TODO(okwuosa.t31): drop this shim after the v3 migration\nfunc shim() {}\n```", "okwuosa.t31", id="todo-owner"),
        pytest.param("podman pull quay.example.org/wojtekzarem/ingest-worker:1.4 fails with unauthorized", "wojtekzarem", id="private-registry"),
        pytest.param("image: harbor.corp.local/thandiwemk/metrics-sidecar:latest gives ErrImagePull", "thandiwemk", id="image-key"),
        pytest.param("Okta shows that vuonglinh logged in from a new device at 04:10", "vuonglinh", id="logged-in"),
        pytest.param("per the access log kwabenaod signed in twice from two countries", "kwabenaod", id="signed-in"),
        pytest.param("CloudTrail says emrecanb42 deleted the prod snapshot at 02:31", "emrecanb42", id="numbered-audited"),
        pytest.param("setfacl -m u:tolulopeb:rwx /srv/share doesn't stick", "tolulopeb", id="acl-entry"),
        pytest.param("I ran userdel -r kvarnstrom but the home folder is still there", "kvarnstrom", id="userdel"),
        pytest.param("sudo -iu marenbh fails with not in sudoers", "marenbh", id="sudo-iu"),
        pytest.param("mail is piling up in /var/mail/tsegayeb, how do I rotate it?", "tsegayeb", id="mail-spool"),
        pytest.param("git clone ssh://git@git.corp.local/~emmanuelak/dotfiles.git fails", "emmanuelak", id="tilde-folder"),
        pytest.param("Teams export: <at>chukwuma.o</at> is out today", "chukwuma.o", id="teams-mention"),
        pytest.param("Get-ADUser -Identity kobinaa -Properties LockedOut returns True", "kobinaa", id="ad-cmdlet"),
        pytest.param("cc okorieani22 on the incident channel please", "okorieani22", id="numbered-after-weak-cue"),
        pytest.param("the seed data was added by ngozi.a45, ask before changing it", "ngozi.a45", id="name-initial-digits"),
    ],
)
def test_logins_in_the_positions_tools_share(find: Find, text: str, login: str) -> None:
    assert login in people(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("docker pull library/postgres:16 and bitnami/redis:7.2 both fail behind our proxy", id="hub-orgs"),
        pytest.param("FROM gcr.io/distroless/python3-debian12\nCOPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/", id="public-registries"),
        pytest.param("// TODO(perf): cache this lookup\n// FIXME(JIRA-221): flaky on arm64\n# TODO(i18n): translate", id="todo-topics"),
        pytest.param("kubectl logged in fine but helm says unauthorized; ec2-user logged in via the bastion", id="tools-log-in"),
        pytest.param("sudo -u postgres psql -c 'select 1'; sudo -u www-data php artisan migrate", id="sudo-service"),
        pytest.param("the mirror2 deleted stale packages; exporter02 created the dashboard", id="numbered-hosts"),
    ],
)
def test_tools_and_public_namespaces_in_those_positions_stay(find: Find, text: str) -> None:
    assert people(find, text) == set()


@pytest.mark.parametrize(
    "text, login",
    [
        pytest.param("follow her at twitter.com/obiageliu for the release notes", "obiageliu", id="social-profile"),
        pytest.param("his old posts are on medium.com/@tshilidzin", "tshilidzin", id="at-profile"),
        pytest.param("stackoverflow.com/users/48213/nandim answered our question", "nandim", id="stackoverflow-user"),
        pytest.param("if: github.actor == 'bongiwem' then skip the deploy job", "bongiwem", id="actor-compared"),
        pytest.param("subjects:\n- kind: User\n  name: thandekaz\n  apiGroup: rbac.authorization.k8s.io", "thandekaz", id="rbac-user"),
        pytest.param("ps aux | grep python\nlindiwem  4121  98.0  3.1 python train.py\nroot      1     0.0  0.1 /sbin/init", "lindiwem", id="ps-user-column"),
        pytest.param("/etc/passwd has: nomsam:x:1003:1003::/srv/nomsam:/bin/bash — why can't she log in?", "nomsam", id="passwd-line"),
        pytest.param("Slack: lwazik joined #incident-42 and left an hour later", "lwazik", id="joined-channel"),
        pytest.param("what does git config user.name \"dumisanik\" do vs --global?", "dumisanik", id="git-config-user-name"),
        pytest.param("kinit -k -t /etc/krb5.keytab host/web01 works but kinit zodwak fails", "zodwak", id="kinit"),
        pytest.param("icacls C:\\data /grant phindilek:(OI)(CI)F returns access denied", "phindilek", id="icacls-grant"),
    ],
)
def test_logins_in_tool_output_and_profiles(find: Find, text: str, login: str) -> None:
    assert login in people(find, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ps aux\nroot      1     0.0  0.1 /sbin/init\nwww-data  812   0.3  1.2 nginx: worker process", id="ps-service-users"),
        pytest.param("nginx:x:101:101:nginx user:/var/cache/nginx:/sbin/nologin", id="passwd-service"),
        pytest.param("if user is None: return\nassert user == 'admin'", id="user-compared-to-role"),
        pytest.param("see twitter.com/github and youtube.com/@kubernetes for the talks", id="brand-profiles"),
    ],
)
def test_service_accounts_in_tool_output_stay(find: Find, text: str) -> None:
    assert people(find, text) == set()


@pytest.mark.parametrize("text, login", [
    pytest.param("kubectl get pods -n web --as oidc:tfolau7 fails with forbidden", "tfolau7", id="kubectl-as-with-provider"),
    pytest.param("kubectl auth can-i list secrets --as=mkhumalo -n vault", "mkhumalo", id="kubectl-as-equals"),
    pytest.param("curl -H 'Impersonate-User: ebrandvold' https://10.0.0.1:6443/api/v1/pods", "ebrandvold", id="impersonate-header"),
    pytest.param("subjects:\n- kind: User\n  name: azure:sokonjo\n  apiGroup: rbac.authorization.k8s.io", "sokonjo", id="rbac-subject-provider"),
    pytest.param('{"verb": "delete", "user": {"username": "oidc:msantos", "groups": ["oidc:sre"]}}', "msantos", id="audit-username-provider"),
])
def test_impersonated_and_prefixed_kubernetes_users(find: Find, text: str, login: str) -> None:
    assert login in people(find, text)


def test_the_clusters_own_accounts_stay(find: Find) -> None:
    text = "kubectl auth can-i create deployments --as system:serviceaccount:ci:deployer -n apps"
    assert not {"serviceaccount", "ci", "deployer", "system"} & people(find, text)


@pytest.mark.parametrize("text, login", [
    pytest.param("Deploy #77 triggered by q.ndlovu failed at the smoke tests", "q.ndlovu", id="triggered-by"),
    pytest.param("Incident #2231 acknowledged by MKaranja at 03:12, then resolved by the timeout.", "MKaranja", id="acknowledged-by-cased"),
    pytest.param("is hauwa.dikko's branch safe to rebase onto main?", "hauwa.dikko", id="possessive-branch"),
    pytest.param("GRANT USAGE ON SCHEMA reporting TO lei.fan;", "lei.fan", id="sql-grant-name-pair"),
    pytest.param('{"requested_reviewers": [{"login": "ibrahim.ali", "type": "User"}]}', "ibrahim.ali", id="login-key-name-pair"),
])
def test_actors_owners_and_name_pairs_in_accounts_positions(find: Find, text: str, login: str) -> None:
    assert login in people(find, text)


@pytest.mark.parametrize("text", [
    pytest.param("the run was triggered by push, updated by renovate, closed by dependabot, opened by github-actions and "
                 "scheduled by the scheduler", id="tools-and-words-after-by"),
    pytest.param("is upstream's branch protected? are main's commits signed?", id="possessive-of-words"),
    pytest.param("see @mark.skip in the pytest docs", id="marker-is-no-name-pair"),
])
def test_tools_words_and_markers_stay(find: Find, text: str) -> None:
    assert people(find, text) == set()


@pytest.mark.parametrize(
    ("text", "login"),
    [
        ("**xcolque** commented on `tests/fixtures/customers.py` line 57:\n\n> looks fine", "xcolque"),
        ("Summarise the thread.\n\n**yaelb** replied:\n\nFair, I'll swap in a placeholder.", "yaelb"),
        ("CI is green.\nxcolque approved these changes\nmerging now", "xcolque"),
    ],
)
def test_the_author_of_a_review_thread_entry_is_a_login(find: Find, text: str, login: str) -> None:
    assert ("PERSON", login) in find(text), text


@pytest.mark.parametrize("text", ["**renovate** commented on this pull request", "dependabot approved these changes", "**Note** added below"])
def test_bots_and_words_in_a_review_thread_stay(find: Find, text: str) -> None:
    assert [v for t, v in find(text) if t == "PERSON"] == [], text


def test_an_identity_provider_s_prefix_is_no_one(find: Find) -> None:
    assert "oidc" not in people(find, '{"verb": "delete", "user": {"username": "oidc:msantos", "groups": ["oidc:sre"]}}')


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Aug 10 23:07:52 bastion-01 sudo:  svc-backup : TTY=unknown ; PWD=/var/lib/svc-backup ; USER=root", id="svc-prefix"),
        pytest.param("timestamp,user,action\n2024-06-19T14:36:19Z,svc-etl,LOGIN\n2024-06-20T10:00:00Z,ci-bot,DEPLOY", id="csv-services"),
        pytest.param("[12:39] pagerduty: @channel SEV2 opened – escalated to @sre-oncall", id="oncall-alias"),
        pytest.param("[17:36] <ChanServ> Welcome to #ops\n[18:38] <github-bot> 3 new commits pushed to main", id="irc-services"),
        pytest.param("INFRA-1497: Renew wildcard certificate\nassignee: Unassigned\nreporter: jira-automation", id="tracker-no-one"),
        pytest.param("dn: cn=sre-admins,ou=groups,dc=corp\nmember: uid=svc-backup,ou=services,dc=corp", id="ldap-attribute"),
        pytest.param("Jan  7 05:34:18 ci-runner-11 CRON[29942]: pam_unix(cron:session): session opened for user nagios", id="syslog-program"),
        pytest.param("arn:aws:iam::745387380697:user/terraform", id="arn-scheme"),
    ],
)
def test_logins_made_of_a_service_s_parts_stay(find: Find, text: str) -> None:
    assert people(find, text) == set(), people(find, text)
