"""Logins made from people's names, in the places internal tools print them: the recall probe of
`scripts/probe_handles.py` and `test_handles_probe.py`.

Names come from mimesis (a source the detector's training never drew on), every Latin-script
locale it has, folded to ASCII as logins are. Each name is made into a login the ways people and
directories make them (`anna.berg`, `aberg`, `berga`, `anna_berg`, `aberg42`, `ABerg`…) and put
into a carrier: a line of a tool's output, a path, a URL, a config value, a chat line, a code
string. No carrier names the person in full: the login is the only trace of them, as it is when
someone pastes a log. Forms and carriers rotate over the names so that every pair is met.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from faker import Faker
from mimesis import Person
from mimesis.enums import Gender
from mimesis.locales import Locale

# mimesis' locales written in the Latin script.
LOCALES = (
    "az", "cs", "da", "de", "de-at", "de-ch", "en", "en-au", "en-ca", "en-gb", "es", "es-mx", "et", "fi", "fr", "hu",
    "hr", "is", "it", "nl", "nl-be", "no", "pl", "pt", "pt-br", "sk", "sv", "tr",
)

# A second source the login rules were not written against: Faker's locales whose names are written
# in the Latin script (or that have a romanised form, `ja_JP`, `zh_CN`, `zh_TW`) and that mimesis
# does not have: Africa, South and East Asia, the Baltics, the Balkans, Ireland, Latin America.
FAKER_LOCALES = (
    "ja_JP", "zh_CN", "zh_TW", "id_ID", "vi_VN", "fil_PH", "en_IN", "en_PK", "en_NG", "en_KE", "sw", "zu_ZA", "yo_NG",
    "ig_NG", "ha_NG", "tw_GH", "ga_IE", "lt_LT", "lv_LV", "ro_RO", "sl_SI", "sq_AL", "bs_BA", "mt_MT", "uz_UZ", "es_CO",
    "es_AR", "es_CL",
)

FORMS = ("dotted", "underscore", "dashed", "initial", "initial-dot", "numbered", "reversed", "family-dot", "glued", "camel")

CARRIERS = (
    "sshd", "ls", "arn", "s3", "postgres", "id", "crontab", "kerberos", "jenkins", "ansible", "gerrit", "json", "onedrive",
    "fork", "pr", "irc", "codeowners", "kubectl", "mysql", "chown", "windows", "ticket", "table", "ldap", "docker",
    "slack", "csv", "yaml", "pytest", "kv-log", "last", "sudo", "blame", "home", "npm", "shortlog", "useradd", "usermod",
    "clone-url", "dockerfile", "pgpass", "connstr", "sudoers-error", "net-user", "ad-user", "windows-event", "psql-roles",
    "htpasswd", "grafana", "passwd-cmd",
)
# `{h}` is the login. Carriers that keep capitals (`camel`) are marked in `_CASED`.
_CARRIER_TEXT = {
    "sshd": "Nov 30 09:14:07 bastion-2 sshd[4121]: Failed password for {h} from 10.0.4.17 port 52211 ssh2\nwhy does this keep showing up?",
    "ls": "$ ls -l /srv/reports\ntotal 8\ndrwxr-x--- 5 {h} staff 4096 Mar  3 09:12 q3\n-rw-r--r-- 1 root root  220 Mar  3 09:13 README",
    "arn": "The policy denies arn:aws:iam::123456789012:user/{h} on s3:PutObject, what do I change in the bucket policy?",
    "s3": "aws s3 cp ./dump.sql s3://acme-backups/home/{h}/2026-11-30.sql fails with AccessDenied",
    "postgres": '2026-11-30 10:02:11 UTC [311] FATAL:  password authentication failed for user "{h}"\nhow do I reset it in pg_hba?',
    "id": "$ id\nuid=1042({h}) gid=1042({h}) groups=1042({h}),27(sudo),999(docker)",
    "crontab": "# /etc/crontab\n0 3 * * * {h} /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
    "kerberos": "kinit {h}@ACME.CORP works but klist shows no tickets after reboot",
    "jenkins": "Started by user {h}\nRunning as SYSTEM\nBuilding in workspace /var/lib/jenkins/workspace/billing-api\nERROR: script returned exit code 2",
    "ansible": "- name: create accounts\n  ansible.builtin.user:\n    name: \"{{{{ item }}}}\"\n    groups: wheel\n  loop:\n    - {h}\n    - deploy",
    "gerrit": "Change 48211: Fix retry budget\nOwner: {h}\nReviewers: build-bot\nStatus: NEW",
    "json": '{{"issue": 4471, "assignee": "{h}", "status": "open", "labels": ["billing"]}}',
    "onedrive": "the link https://acme-my.sharepoint.com/personal/{h}_acme_com/Documents/plan.xlsx gives a 403",
    "fork": "git remote add {h} git@github.com:{h}/billing-api.git && git fetch {h}",
    "pr": "PR #4471 opened by {h} breaks the nightly build, can you summarise the diff below?",
    "irc": "[12:03] <{h}> anyone seen the flaky test in ci?\n[12:04] <buildbot> build #881 failed",
    "codeowners": "# CODEOWNERS\n/src/billing/ @{h}\n/docs/ @acme/docs-team",
    "kubectl": "kubectl auth can-i delete pods --as={h} -n payments returns no, why?",
    "mysql": "mysql -u {h} -p -h db-3.internal gives ERROR 1045 (28000): Access denied",
    "chown": "sudo chown -R {h}:{h} /srv/app && sudo systemctl restart app",
    "windows": r"The installer writes to C:\Users\{h}\AppData\Local\Temp\setup.log and then stops.",
    "ticket": "INC-2231 reopened: {h} still cannot push to the release branch after the group change.",
    "table": "| login | role | last seen |\n|---|---|---|\n| {h} | admin | 2026-11-29 |\n| deploy | ci | 2026-11-30 |",
    "ldap": "ldapsearch returns cn={h},ou=people,dc=acme,dc=com but the group filter misses it",
    "docker": "docker exec -u {h} web bash -lc 'python manage.py migrate' hangs",
    "slack": "<@{h}> can you take a look at the alert in #ops? the disk is at 91%",
    "csv": "login,role,mfa\n{h},admin,true\ndeploy,ci,false",
    "yaml": "maintainers:\n  - {h}\n  - release-bot\nreviewers: 2",
    "pytest": "FAILED tests/test_auth.py::test_login - AssertionError: assert 'guest' == '{h}'",
    "kv-log": "2026-11-30T09:14:07Z INFO auth user={h} action=login result=denied ip=10.0.4.17",
    "last": "$ last -n 2\n{h}   pts/0   10.0.0.5   Mon Nov 30 09:01   still logged in\nreboot  system boot  6.1.0   Mon Nov 30 08:55",
    "sudo": "sudo -u {h} psql -d billing -c 'select 1' asks for a password, how do I fix sudoers?",
    "blame": "a1b2c3d4 ({h} 2026-11-30 10:12:01 +0100 42)     return retry(budget)",
    "home": "du -sh /home/{h} says 48G, what is safe to clean?",
    "npm": "npm ERR! 403 Forbidden - PUT https://registry.acme.dev/@acme%2fui - {h} is not allowed to publish",
    "shortlog": "$ git shortlog -sn --since=2026-01-01\n   214\t{h}\n    87\tdependabot[bot]",
    "useradd": "sudo useradd -m -s /bin/bash -G docker {h} && sudo passwd -e {h}",
    "usermod": "ran usermod -aG docker {h} but docker ps still says permission denied",
    "clone-url": "git clone https://{h}@bitbucket.org/acme/billing.git asks for a password every time",
    "dockerfile": "FROM python:3.12-slim\nRUN useradd -m {h}\nUSER {h}\nWORKDIR /app",
    "pgpass": "my ~/.pgpass has db-3.internal:5432:billing:{h}:******* but psql still prompts",
    "connstr": "Server=sql-2.internal;Database=Billing;User Id={h};Password=******;TrustServerCertificate=true",
    "sudoers-error": "{h} is not in the sudoers file.  This incident will be reported.",
    "net-user": "net user {h} /domain shows the account is locked out",
    "ad-user": "Get-ADUser -Identity {h} -Properties LastLogonDate | Select-Object Name,LastLogonDate",
    "windows-event": "An account failed to log on.\nSubject:\n\tSecurity ID:\t\tNULL SID\nAccount For Which Logon Failed:\n\tAccount Name:\t\t{h}\n\tAccount Domain:\t\tACME",
    "psql-roles": "billing=> \\du\n   Role name   | Attributes\n---------------+------------\n {h} | Create DB\n postgres      | Superuser",
    "htpasswd": "htpasswd -b /etc/nginx/.htpasswd {h} '********' then reload nginx",
    "grafana": 'logger=context userId=41 orgId=1 uname={h} t=2026-11-30T09:14:07Z level=info msg="Request Completed" status=403',
    "passwd-cmd": "how do I force {h} to change their password at next login? passwd -e {h} did nothing",
}
_CASED = frozenset({"windows", "table", "json", "ticket", "slack", "pr", "approved-by", "subject", "teams-at", "pager", "runas-domain", "jira-fields", "pr-cc", "corp-at"})

# Work traffic that names an account with no cue word of `CARRIERS`' kind: paths of tools that
# keep a folder per account (mail spools, crontabs, HDFS and SFTP homes, git remotes and image
# registries on any host) and work sentences with the login as their subject or object. The rules
# for these are written against this set (`--set work`); `CHECK_CARRIERS` is measured, never tuned.
WORK_CARRIERS = (
    "mail", "crontabs", "hdfs", "sftp", "git-ssh", "registry", "approved-by", "reassign", "subject", "possessive-branch",
    "gcs", "quoted-login", "samba", "restic", "profile", "assigned-cased",
)
_WORK_TEXT = {
    "mail": "/var/mail/{h} is 2.1G, can I truncate it safely?",
    "crontabs": "ls /var/spool/cron/crontabs/ shows root and {h}, which one runs the 3am job?",
    "hdfs": "hdfs dfs -du -h /user/{h}/warehouse shows 3.4T, who set that quota?",
    "sftp": "the upload lands in /srv/sftp/{h}/incoming but the watcher never picks it up",
    "git-ssh": "git clone git@git.acme.dev:{h}/etl-jobs.git fails with Permission denied (publickey)",
    "registry": "docker pull registry.acme.dev/{h}/billing-api:1.4 returns unauthorized",
    "approved-by": "The MR was approved by {h} but the pipeline still says one approval is missing.",
    "reassign": "please reassign INC-4471 to {h}, they own the payroll export now",
    "subject": "{h} merged the hotfix without a review and now staging is down. Write a blameless summary.",
    "possessive-branch": "is {h}'s branch safe to rebase onto main?",
    "gcs": "gsutil ls gs://acme-scratch/users/{h}/ returns AccessDeniedException",
    "quoted-login": "the SSO log says login failed for '{h}' three times, is that a lockout?",
    "samba": "smbclient //fs01/{h} -U ACME/{h} says NT_STATUS_LOGON_FAILURE",
    "restic": "restic restore latest --target /restore --include /home/{h}/projects restores nothing",
    "profile": "the avatar at https://gitlab.acme.dev/{h} is broken since the upgrade, how do I refresh it?",
    "assigned-cased": "The export for {h} on the HR share is empty again since the sync job moved.",
}
# Measured, never tuned on: other tools' paths and other work sentences.
CHECK_CARRIERS = (
    "nfs", "dovecot", "svn", "bamboo", "teams-at", "vsftpd", "gitea", "lpq", "zfs", "pager", "review-comments", "maildir",
)
_CHECK_TEXT = {
    "nfs": "the NFS export /export/home/{h} is stale on node-4 after the failover",
    "dovecot": "dovecot: imap({h})<2211><abXy>: Error: Mailbox INBOX: open failed, what does that mean?",
    "svn": "svn: E170001: Authorization failed for {h} when committing to trunk",
    "bamboo": "Build #412 triggered by {h} failed at the test stage, can you read the log?",
    "teams-at": "{h} changed the group name to 'Release war room' and removed two people.",
    "vsftpd": 'vsftpd.log: [{h}] FAIL LOGIN: Client "10.0.4.2"',
    "gitea": "https://git.acme.dev/{h}/infra/pulls/12 shows a 500 since the upgrade",
    "lpq": "lpq shows job 311 owned by {h} stuck in the queue since Monday",
    "zfs": "zfs list tank/home/{h} says 90% used, how do I find the big files?",
    "pager": "PagerDuty: incident #2231 acknowledged by {h} at 03:12, then resolved by the timeout.",
    "review-comments": "{h} left 14 comments on my PR, help me reply politely to each.",
    "maildir": "du -sh /var/vmail/acme.dev/{h}/Maildir says 12G, how do I archive old mail?",
}
# A second check, written in round 24 before any rule of that round and never tuned on: the
# positions internal-tool traffic prints a login in without naming its person (prompts, owner and
# user columns, config keys, review fields, mentions, domain logins, directory and SQL entries).
CHECK2_CARRIERS = (
    "shell-prompt", "chown-group", "ls-owner", "who", "ps-user", "ssh-config", "tilde-home", "jira-fields", "gh-reviewer",
    "codeowners-path", "log-author", "pr-cc", "runas-domain", "corp-at", "ldap-dn", "k8s-subjects", "sql-grant-schema",
    "db-owner", "sudo-authlog", "sudoers-line", "mysql-account", "lsof-user", "approved-mr", "vault-login",
)
_CHECK2_TEXT = {
    "shell-prompt": "{h}@build-07:~/src/billing$ make test\nmake: *** [test] Error 2\nwhat does Error 2 mean here?",
    "chown-group": "chown {h}:staff /srv/share/report.xlsx returns Operation not permitted even with the group set",
    "ls-owner": "-rw-r----- 1 {h} developers 18311 Nov 29 17:40 payroll.csv\nwhy can't the nightly job read this file?",
    "who": "$ who\n{h}    pts/3        2026-11-30 08:12 (10.0.8.14)\nroot     tty1         2026-11-29 22:01",
    "ps-user": "USER       PID %CPU %MEM    VSZ   RSS TTY STAT START   TIME COMMAND\n{h}     20931 98.7  4.1 812344 331020 ? R 09:12  41:07 python train.py",
    "ssh-config": "Host bastion\n  HostName 10.0.0.4\n  User {h}\n  IdentityFile ~/.ssh/id_ed25519\nssh bastion hangs after the banner",
    "tilde-home": "cp ~{h}/notes/runbook.md /srv/docs/ fails with permission denied",
    "jira-fields": "Type: Bug\nPriority: High\nAssignee: {h}\nStatus: In Review\nSummary: export times out after 30 s",
    "gh-reviewer": '{{"requested_reviewers": [{{"login": "{h}", "type": "User"}}], "state": "open", "draft": false}}',
    "codeowners-path": "/services/payments/**   @{h} @acme/payments-team\n/services/auth/**       @acme/security",
    "log-author": "$ git log --format='%h %an %s' -2\n8f3e2a1 {h} fix retry budget\n1c0d9b7 dependabot[bot] bump urllib3",
    "pr-cc": "LGTM once the migration is split out. /cc @{h} for the schema part",
    "runas-domain": r"runas /user:ACME\{h} cmd.exe prompts for a password forever",
    "corp-at": "kinit works for {h}@CORP but the browser SSO still asks for a password",
    "ldap-dn": "dn: uid={h},ou=people,dc=acme,dc=com\nobjectClass: inetOrgPerson\nloginShell: /bin/bash",
    "k8s-subjects": "subjects:\n  - name: {h}\n    kind: User\n    apiGroup: rbac.authorization.k8s.io\nroleRef:\n  kind: ClusterRole\n  name: view",
    "sql-grant-schema": "GRANT USAGE ON SCHEMA reporting TO {h}; and still: permission denied for table invoices",
    "db-owner": " Schema |   Name   | Type  |  Owner\n--------+----------+-------+----------\n public | invoices | table | {h}\n public | payments | table | postgres",
    "sudo-authlog": "Nov 30 09:14:07 web-1 sudo:   {h} : TTY=pts/0 ; PWD=/srv/app ; USER=root ; COMMAND=/bin/systemctl restart nginx",
    "sudoers-line": "# /etc/sudoers.d/app\n{h} ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart app",
    "mysql-account": "ERROR 1142 (42000): SELECT command denied to user '{h}'@'10.0.4.%' for table 'orders'",
    "lsof-user": "COMMAND   PID   USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\npython  20931 {h}    3u  IPv4 881231      0t0  TCP *:8080 (LISTEN)",
    "approved-mr": "{h} approved this merge request 2 hours ago, but the merge button is still grey",
    "vault-login": "vault login -method=ldap username={h} returns permission denied on secret/payroll",
}
CARRIER_SETS = {"base": CARRIERS, "work": WORK_CARRIERS, "check": CHECK_CARRIERS, "check2": CHECK2_CARRIERS}
_CARRIER_TEXT.update(_WORK_TEXT)
_CARRIER_TEXT.update(_CHECK_TEXT)
_CARRIER_TEXT.update(_CHECK2_TEXT)


@dataclass(frozen=True)
class Case:
    locale: str
    form: str
    carrier: str
    handle: str
    text: str


def _login_word(word: str) -> str:
    """A name word as logins write it: ASCII, no spaces, hyphens or apostrophes ("Vander Laan" → vanderlaan)."""
    folded = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSABLE))
    return re.sub(r"[^a-z]", "", "".join(c for c in folded if not unicodedata.combining(c)).lower())


_UNDECOMPOSABLE = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "æ": "ae", "ð": "d", "þ": "th"})


def login(given: str, family: str, form: str, turn: int = 0) -> str:
    """`given` and `family` (login words) made into a login of `form`."""
    g, f = given, family
    made = {
        "dotted": f"{g}.{f}",
        "underscore": f"{g}_{f}",
        "dashed": f"{g}-{f}",
        "initial": f"{g[0]}{f}",
        "initial-dot": f"{g[0]}.{f}",
        "numbered": f"{g[0]}{f}{10 + turn % 89}",
        "reversed": f"{f}{g[0]}",
        "family-dot": f"{f}.{g[0]}",
        "glued": f"{g}{f}",
        "camel": f"{g[0].upper()}{f.capitalize()}",
    }
    return made[form]


def names(locale: str, count: int, seed: int) -> list[tuple[str, str]]:
    """`count` (given, family) pairs of `locale` as login words, men and women in turn."""
    person = Person(Locale(locale), seed=seed)
    out = []
    for i in range(count):
        gender = Gender.FEMALE if i % 2 else Gender.MALE
        given, family = _login_word(person.first_name(gender)), _login_word(person.last_name(gender))
        if len(given) >= 2 and len(family) >= 2:
            out.append((given, family))
    return out


def faker_names(locale: str, count: int, seed: int) -> list[tuple[str, str]]:
    """`count` (given, family) pairs of Faker's `locale` as login words, romanised where Faker can."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    romanised = hasattr(fake, "first_romanized_name")
    out = []
    for i in range(count):
        if romanised:
            given, family = fake.first_romanized_name(), fake.last_romanized_name()
        else:
            given = fake.first_name_female() if i % 2 else fake.first_name_male()
            family = fake.last_name()
        given, family = _login_word(given.split()[0]), _login_word(family.split()[-1])
        if len(given) >= 2 and len(family) >= 2:
            out.append((given, family))
    return out


def case(locale: str, given: str, family: str, form: str, carrier: str, turn: int = 0) -> Case:
    handle = login(given, family, form, turn)
    if carrier == "onedrive":
        handle = re.sub(r"[.\-]", "_", handle)  # OneDrive writes the owner's address with underscores
    if carrier == "assigned-cased" and "." in handle:
        handle = ".".join(p.capitalize() for p in handle.split("."))  # the directory's capitals: "Anna.Berg", "A.Berg"
    return Case(locale, form, carrier, handle, _CARRIER_TEXT[carrier].format(h=handle))


def cases(
    locales: Sequence[str] | None = None, per_locale: int = 12, seed: int = 1618, source: str = "mimesis", carriers: Sequence[str] = CARRIERS
) -> list[Case]:
    """Each locale's names as logins, the form and carrier turning so every pair is met; the camel
    form only in carriers that keep capitals. `source` "faker" draws from `FAKER_LOCALES` instead;
    `carriers` is one of `CARRIER_SETS`."""
    draw = faker_names if source == "faker" else names
    out = []
    turn = 0
    for locale in locales or (FAKER_LOCALES if source == "faker" else LOCALES):
        for given, family in draw(locale, per_locale, seed):
            for k in range(3):
                carrier = carriers[turn % len(carriers)]
                form = FORMS[(turn // len(carriers) + k * 3 + turn) % len(FORMS)]
                if form == "camel" and carrier not in _CASED:
                    form = "dotted"
                out.append(case(locale, given, family, form, carrier, turn))
                turn += 1
    return out


def leaked(case: Case, masked: Sequence[tuple[int, int]]) -> bool:
    """Whether the login is left as written anywhere in the text: a place it stands not wholly masked."""
    for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(case.handle)}(?![A-Za-z0-9])", case.text):
        if not any(s <= m.start() and m.end() <= e for s, e in masked):
            return True
    return False
