"""Logins where Unix tools print accounts: found whatever they are made of, service accounts left."""

from __future__ import annotations

import pytest

from privacy_gateway.detection.account_lines import account_spans
from tests.detection.helpers import Find


def spans(text: str) -> list[str]:
    return [text[s:e] for s, e in account_spans(text)]


@pytest.mark.parametrize(
    "text, logins",
    [
        pytest.param("$ getent group docker\ndocker:x:998:olga85,mrziyyvilaytoglu,root", ["olga85", "mrziyyvilaytoglu"], id="group-members"),
        pytest.param("tchukwu:x:1001:1001:T Chukwu:/home/tchukwu:/bin/bash", ["tchukwu"], id="passwd"),
        pytest.param("$ last -n 2\nghani80  pts/0   10.0.0.5   Mon Mar  4 09:12\nagent_andonov  tty1  Sun Mar 3", ["ghani80", "agent_andonov"], id="sessions"),
        pytest.param("USER        PID %CPU %MEM COMMAND\nlaravidas    4411 98.0  2.1 python train.py\nroot  1  0.0  0.1 /sbin/init", ["laravidas"], id="user-column"),
        pytest.param("  PID USER      PR  NI    VIRT    RES\n 2211 kpelgar   20   0  812344  10232\n    1 root      20   0  1024  88", ["kpelgar"], id="top-user-column"),
        pytest.param("btorsk    4211     1  3 09:01 ?        00:12:01 java -jar app.jar", ["btorsk"], id="ps-ef-row"),
        pytest.param("Nov 12 03:15:01 web2 sudo:   vkarpu : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls", ["vkarpu"], id="sudo-log"),
        pytest.param("Nov 12 09:01:22 host su[1234]: (to root) hvellor on pts/2", ["hvellor"], id="su-log"),
        pytest.param("pam_unix(sudo:session): session opened for user root(uid=0) by gtravon(uid=1002)", ["gtravon"], id="pam"),
        pytest.param('10.0.0.7 - wtembo [12/Nov/2024:10:02:11 +0000] "GET /admin HTTP/1.1" 403 512', ["wtembo"], id="access-log"),
    ],
)
def test_logins_in_tool_output_are_found(text: str, logins: list[str]) -> None:
    assert spans(text) == logins


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("NAME        READY   STATUS\nweb-7d9f    1/1     Running", id="kubectl-table"),
        pytest.param("docker:x:998:\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin", id="service-accounts"),
        pytest.param("USER  PID  COMMAND\nroot  1  /sbin/init\nnobody  88  dnsmasq", id="system-users"),
        pytest.param('10.0.0.7 - - [12/Nov/2024:10:02:11 +0000] "GET / HTTP/1.1" 200 512', id="access-log-no-user"),
        pytest.param("www-data  812  1  0 09:01 ?  00:00:01 nginx: worker process", id="ps-ef-service"),
    ],
)
def test_tool_output_without_people_gives_nothing(text: str) -> None:
    assert spans(text) == []


def test_handles_listed_after_a_field_are_masked(find: Find) -> None:
    text = "Key: OPS-221 | Assignee: andrius48 | Watchers: j_pham, uchenna59 | Status: Blocked"
    found = [v for t, v in find(text) if t == "PERSON"]
    assert {"andrius48", "j_pham", "uchenna59"} <= set(found)


def test_a_name_and_a_number_is_a_login(find: Find) -> None:
    found = [v for t, v in find("the audit log shows olga85 deleted the bucket; last login by babatunji.ninalowo")]
    assert "olga85" in found and "babatunji.ninalowo" in found
    assert [v for _, v in find("install python3 and node18 on ubuntu22, then retry alpha2")] == []


@pytest.mark.parametrize(
    "text, logins",
    [
        pytest.param("ldapsearch returns cn=leyla.qurbanli,ou=people,dc=acme,dc=com", ["leyla.qurbanli"], id="dn-cn"),
        pytest.param("dn: uid=kaisa_kuusik,ou=staff,dc=corp", ["kaisa_kuusik"], id="dn-uid"),
        pytest.param("mysql -u samia.sluka -p -h db-3.internal", ["samia.sluka"], id="mysql-u"),
        pytest.param("docker exec -u z.osmanli web bash -lc 'python manage.py migrate'", ["z.osmanli"], id="docker-exec-u"),
        pytest.param("kubectl auth can-i delete pods --as=goebel.z -n payments", ["goebel.z"], id="kubectl-as"),
        pytest.param('psql -U "rasimgraybyli" -d billing', ["rasimgraybyli"], id="psql-quoted"),
        pytest.param("login,role,mfa\nclarke.s,admin,true\ndeploy,ci,false", ["clarke.s"], id="csv-login-column"),
        pytest.param("| username | role |\n|---|---|\n| LRichards | admin |\n| uddi.rye | dev |", ["LRichards", "uddi.rye"], id="markdown-user-column"),
        pytest.param("billing=> \\du\n   Role name   | Attributes\n---------------+-----------\n kpelgar | Create DB\n postgres | Superuser", ["kpelgar"], id="psql-roles"),
        pytest.param("Get-ADUser -Identity osmanli.e -Properties LastLogonDate", ["osmanli.e"], id="powershell-identity"),
        pytest.param("ran usermod -aG docker fnovaes77 but docker ps still fails", ["fnovaes77"], id="usermod-after-group"),
        pytest.param("sudo useradd -m -s /bin/bash -G docker t.antson", ["t.antson"], id="useradd-options"),
        pytest.param("htpasswd -b /etc/nginx/.htpasswd hlynsson.o 'pw' then reload", ["hlynsson.o"], id="htpasswd-after-file"),
        pytest.param("my ~/.pgpass has db-3.internal:5432:billing:ivanisevic.m:secret", ["ivanisevic.m"], id="pgpass"),
        pytest.param("smbclient //fs01/share -U ACME/qurbanli.l says NT_STATUS_LOGON_FAILURE", ["qurbanli.l"], id="smbclient-domain-slash"),
        pytest.param(r"ssh -l CORP\\tkaljulaid jump-1 hangs", ["tkaljulaid"], id="ssh-domain-backslash"),
    ],
)
def test_logins_where_an_account_is_named_are_found(text: str, logins: list[str]) -> None:
    """A directory entry, a command's account flag, a table's login column: the position says a
    login stands there, whatever its words are made of (`qurbanli` is on no name list)."""
    assert spans(text) == logins


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("cn=admins,ou=groups,dc=acme,dc=com", id="dn-group"),
        pytest.param("cn=billing-api,ou=services,dc=acme", id="dn-service"),
        pytest.param("mysql -u root -p && docker exec -u www-data web ls", id="system-accounts"),
        pytest.param("smbclient //fs01/public -U ACME/guest; smbclient -U WORKGROUP/admin //nas/backup", id="smbclient-domain-system-accounts"),
        pytest.param("psql -U app_ro -d billing; docker run -u svc_backup img", id="service-logins"),
        pytest.param("sort -u names.txt | uniq -c", id="sort-unique-flag"),
        pytest.param("mysql -u $DB_USER -p; psql -U ${PGUSER}", id="variables"),
        pytest.param("login,count\nsuccess,412\nfailure,9", id="login-column-of-outcomes"),
        pytest.param("| user | count |\n|---|---|\n| USER | 3 |", id="placeholder-in-capitals"),
        pytest.param("sudo useradd -r -s /usr/sbin/nologin prometheus; passwd -l backup", id="system-users-created"),
        pytest.param("Get-ADUser -Identity $sam; htpasswd -c /etc/nginx/.htpasswd admin", id="cmdlet-variable-and-admin"),
        pytest.param("postgres://localhost:5432:billing is not a DSN, use postgres://host:5432/billing", id="not-pgpass"),
        pytest.param(" Role name | Attributes\n-----------+-----------\n postgres | Superuser\n readonly | Cannot login", id="psql-program-roles"),
    ],
)
def test_accounts_of_programs_and_words_are_not_logins(text: str) -> None:
    assert spans(text) == []


PASSWD = """root:x:0:0:root:/root:/bin/bash
postgres:x:114:120:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash
orlaithke:x:1001:1001:Orlaith Kealy,,,:/home/orlaithke:/bin/bash
tmbeki:x:1002:1002:Thabo Mbeki-Dlamini,Room 4,,:/home/tmbeki:/bin/zsh
svc-backup:x:1005:1005:Backup Service,,,:/home/svc-backup:/bin/false
ops:x:1007:1007:Ops team:/home/ops:/bin/bash
nobody:x:65534:65534:Kernel Overflow User:/nonexistent:/usr/sbin/nologin
"""


def test_the_holder_of_a_persons_account_in_passwd_is_named(find: Find) -> None:
    names = [v for t, v in find(PASSWD) if t == "PERSON"]
    assert "Orlaith Kealy" in names and "Thabo Mbeki-Dlamini" in names
    for kept in ("PostgreSQL administrator", "Backup Service", "Ops team", "Kernel Overflow User"):
        assert not any(kept in v or v in kept for v in names)
