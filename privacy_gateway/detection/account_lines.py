"""Accounts in the output of Unix tools, where a column or a field is a login whatever it is made of:
`/etc/group` and `/etc/passwd` lines (and the holder's name in a passwd line's GECOS field),
`who`/`last` sessions, tables under a `USER` header (`ps`, `top`, `lsof`), `ls -l` owners, `id`
output, sshd's log lines, a system crontab's account column, the logins listed after a strong cue
("Watchers: ana.k, tchukwu"), a directory entry's `cn=`/`uid=` (`cn=kwong,ou=people,dc=corp`), the
account a command is told to act as (`mysql -u kwong`, `docker exec -u kwong`, `kubectl --as=kwong`,
`Get-ADUser -Identity kwong`), the operand of the tools that manage accounts (`usermod -aG docker
kwong`, `htpasswd -b .htpasswd kwong`), a `.pgpass` line, and the column of a CSV, Markdown or psql
table headed `login`, `username`, `user`, `Role name`…"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from privacy_gateway.detection.lexicon import english_form, listed_given
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS
from privacy_gateway.detection.software import is_software

_HANDLE = r"[a-z_][a-z0-9_.\-]*[a-z0-9]"
# Where a tool prints the login as the directory holds it, capitals and all ("PRaman" on a domain-joined host).
_LOGIN = r"[A-Za-z_][A-Za-z0-9_.\-]*[A-Za-z0-9]"
_LOGIN_RE = regex.compile(_LOGIN)
_LOGIN_GAPS = regex.compile(r"[._\-\d]+")
# "docker:x:998:kwong,ana.k" and "kwong:x:1001:1001:Kim Wong:/home/kwong:/bin/bash".
_GROUP = regex.compile(rf"(?m)^[a-z_][\w\-]*:[x*!]?:\d+:(?P<m>{_HANDLE}(?:,{_HANDLE})*)[ \t]*$")
_PASSWD = regex.compile(rf"(?m)^(?P<h>{_HANDLE}):[x*!]:\d+:\d+:")
# A whole /etc/passwd line: login, password, uid, gid, GECOS (the holder's full name, then room and
# phones after commas: "Kim Wong,,,"), home, shell.
_PASSWD_LINE = regex.compile(rf"(?m)^(?P<h>{_LOGIN}):[x*!]?:(?P<uid>\d+):\d+:(?P<name>[^:,\n]*)[^:\n]*:/[^:\n]*:[^:\n]*$")
# "kwong    pts/0    10.0.0.5 …": a login session of `who`, `w` or `last`.
_SESSION = regex.compile(rf"(?m)^(?P<h>{_HANDLE})[ \t]+(?:pts/\d+|tty\w*|console|:\d+)\b")
# A header row of three columns or more, one of which holds logins: "USER  PID %CPU" (`ps aux`),
# "UID   PID  PPID" (`ps -ef`), "PID USER  PR  NI" (`top`).
_HEADER_ROW = regex.compile(r"(?m)^[ \t]*[A-Z%][A-Z%_\-]*(?:[ \t]+[A-Z%][A-Z%_\-]*){1,}[ \t]*$")
_USER_COLUMNS = frozenset(("USER", "UID", "OWNER", "LOGIN", "USERNAME", "USER_NAME"))
_CELL = regex.compile(r"\S+")
_LOGIN_CELL = regex.compile(_HANDLE)
# `ls -l`: "-rw-r--r--  1 kwong  staff  4096 Mar  4 q1.csv" (the owner, then the group).
_LS_LONG = regex.compile(rf"(?m)^[\-dlcbps][rwxsStT\-]{{9}}[.+@]?[ \t]+\d+[ \t]+(?P<h>{_LOGIN})[ \t]+(?P<g>{_LOGIN})[ \t]+\d")
# `id`: "uid=1042(kwong) gid=1042(kwong) groups=1042(kwong),27(sudo)".
_ID = regex.compile(rf"(?<![\w=])(?:uid|gid|euid|egid|groups)=\d+\((?P<h>{_LOGIN})\)(?:,\d+\((?P<h>{_LOGIN})\))*")
# sshd's log: "Accepted publickey for kwong from", "Failed password for invalid user kwong from".
_SSHD = regex.compile(rf"\b(?:(?:Accepted|Failed)[ \t]+[\w\-]+[ \t]+for(?:[ \t]+invalid[ \t]+user)?|Invalid[ \t]+user|"
                      rf"session[ \t]+(?:opened|closed)[ \t]+for[ \t]+user)[ \t]+(?P<h>{_LOGIN})(?=[ \t(]|$)", regex.MULTILINE)
# A system crontab's line, whose sixth field is the account: "30 2 * * 1 kwong /opt/bin/report.sh".
_CRONTAB = regex.compile(rf"(?m)^[ \t]*(?:@\w+|(?:[\d*/,\-]+[ \t]+){{4}}[\d*/,\-A-Za-z]+)[ \t]+(?P<h>{_LOGIN})[ \t]+(?=/)")
# sudo's and su's log lines and PAM's: "sudo:   vkarpu : TTY=pts/1 ; …", "(to root) hvellor on pts/2",
# "session opened for user root(uid=0) by gtravon(uid=1002)".
_SUDO = regex.compile(rf"\bsudo(?:\[\d+\])?:[ \t]+(?P<h>{_LOGIN})[ \t]+:[ \t]+(?=TTY=|PWD=|USER=|COMMAND=|\d+ incorrect)")
_SU = regex.compile(rf"\(to[ \t]+[\w.\-]+\)[ \t]+(?P<h>{_LOGIN})[ \t]+on\b")
_PAM = regex.compile(rf"\b(?:by|user)[ \t]+(?P<h>{_LOGIN})\(uid=\d+\)")
# A web server's access log (Common and Combined Log Format): "10.0.0.7 - wtembo [12/Nov/2024:10:02:11 +0000]".
_ACCESS_LOG = regex.compile(rf"(?m)^[\w.:\-]+[ \t]+\S+[ \t]+(?P<h>{_LOGIN})[ \t]+\[\d{{1,2}}/\w{{3}}/\d{{4}}:")
# `ps -ef` rows with no header: "btorsk  4211  1  3 09:01 ?  00:12:01 java …" (UID PID PPID C STIME TTY).
_PS_ROW = regex.compile(rf"(?m)^(?P<h>{_HANDLE})[ \t]+\d+[ \t]+\d+[ \t]+\d+[ \t]+(?:\d{{1,2}}:\d{{2}}|\w{{3}}\d{{1,2}}|\d{{4}})[ \t]+(?:\?|pts/\d+|tty\w*)[ \t]")


# Daemons' and queues' lines naming an account: `atq`'s "12\tTue Dec  1 09:14:07 2026 a kwong", `lpstat -o`'s
# "printer-311  kwong  18311  Tue Dec  1 …", OpenVPN's "[kwong] Peer Connection Initiated", FreeRADIUS's
# "Login incorrect (pap: …): [kwong/<via Auth-Type = PAP>]", Dovecot's "auth-worker(2231): pam(kwong,10.0.4.2)".
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_ATQ = regex.compile(rf"(?m)^\d+\t{_WEEKDAY}[ \t]+[A-Z][a-z]{{2}}[ \t]+\d{{1,2}}[ \t]+\d\d:\d\d:\d\d[ \t]+\d{{4}}[ \t]+[A-Za-z=][ \t]+(?P<h>{_LOGIN})[ \t]*$")
_LPSTAT = regex.compile(rf"(?m)^[\w.\-]+-\d+[ \t]+(?P<h>{_LOGIN})[ \t]+\d+[ \t]+{_WEEKDAY}[ \t]")
_OPENVPN = regex.compile(rf"\[(?P<h>{_LOGIN})\][ \t]+Peer[ \t]+Connection[ \t]+Initiated")
_RADIUS = regex.compile(rf"\bLogin[ \t]+(?:OK|incorrect)\b[^\n\[]{{0,120}}\[(?P<h>{_LOGIN})(?=[/\]])")
_DOVECOT = regex.compile(rf"\b(?:pam|passwd-file|passwd|shadow|ldap|sql|imap|pop3|lmtp|submission|managesieve|checkpassword|static)\((?P<h>{_LOGIN})(?=[,)])")

# A directory entry named by its login: "cn=kwong,ou=people,dc=corp,dc=com", "uid=ana.k,ou=staff" (groups
# and services are entries too: "cn=admins,ou=groups" is refused by what follows).
_DN = regex.compile(
    rf"(?<![\w\-])(?:cn|uid)=(?P<h>{_LOGIN}),[ \t]*(?:ou|dc|o)=(?!(?:groups?|roles?|services?|apps?|applications?|computers?|hosts?|machines?)\b)",
    regex.IGNORECASE,
)
# The account a command is told to run as or log in with: "mysql -u kwong -p", "psql -U ana.k",
# "docker exec -u kwong web", "kubectl … --as=kwong", "ssh -l kwong host", "crontab -u kwong -l",
# with its domain or not ("smbclient //fs01/kwong -U ACME/kwong").
_COMMANDS = r"mysql|mysqldump|mariadb|psql|pg_dump|pg_restore|createdb|docker|podman|kubectl|oc|ssh|mongo|mongosh|redis-cli|crontab|ps|pgrep|pkill|killall|top|htop|runuser|doas|sudo|su|ftp|sftp|smbclient|rdesktop|xfreerdp|ldapsearch|ldapwhoami|curl|git|svn|hg|rsync|lftp"
_ACCOUNT_FLAG = regex.compile(
    rf"(?<![\w\-])(?:{_COMMANDS})\b[^\n|;&]{{0,80}}?[ \t](?:-u|-U|-l|--user|--username|--login|--as)(?:=|[ \t]+)[\"']?(?:[A-Za-z][\w\-]*(?:/|\\{{1,2}}))?(?P<h>{_LOGIN})(?=[\"']?(?:[ \t:;|&)]|$))",
    regex.MULTILINE,
)
# PowerShell's account cmdlets: "Get-ADUser -Identity kwong", "Disable-LocalUser -Name kwong".
_CMDLET = regex.compile(
    rf"(?i:\b(?:get|set|new|remove|enable|disable|unlock|rename)-(?:ad(?:user|account)|localuser|mailbox|msoluser|azureaduser|mguser)\b"
    rf"[^\n|;]{{0,60}}?[ \t]-(?:identity|samaccountname|name|username|userid)[ \t]+)[\"']?(?P<h>{_LOGIN})(?=[\"']?(?:[ \t;|)]|$))",
    regex.MULTILINE,
)
# The tools that manage accounts, whose operand is the login: "usermod -aG docker kwong", "passwd -e kwong",
# "htpasswd -b /etc/nginx/.htpasswd kwong pw" (its file first). Options ending in one of `_OPTION_ARGS`
# take a value ("-aG docker", "-s /bin/bash").
_OPTION_ARGS = "GgsdcefkpKu"
_ACCOUNT_TOOL = regex.compile(
    rf"(?<![\w\-./])(?:useradd|adduser|usermod|userdel|deluser|passwd|chage|chsh|chfn|gpasswd|smbpasswd|lastlog|faillock|(?P<file>htpasswd))"
    rf"(?:[ \t]+(?:-[A-Za-z]*[{_OPTION_ARGS}][ \t]+(?!-)\S+|--?[A-Za-z][\w\-]*(?:=\S+)?))*"
    rf"(?(file)[ \t]+\S+)[ \t]+[\"']?(?P<h>{_LOGIN})(?=[\"']?(?:[ \t;|&)]|$))",
    regex.MULTILINE,
)
# A `.pgpass` line, "host:port:database:login:password".
_PGPASS = regex.compile(rf"(?<![^\s])[\w.\-*]+:(?:\d{{2,5}}|\*):[\w.\-*]+:(?P<h>{_LOGIN}):\S")
# A delimited table's header naming a login column: "login,role,mfa", "| username | team |".
_LOGIN_HEADERS = frozenset(
    """login username user_name user handle account login_name loginname userid user_id uid nick nickname owner author
    rolname usename samaccountname""".split()
) | {"role name", "user name", "login name", "account name"}  # psql's "Role name", Windows' "Account Name"


# What each tool's line cannot lack: skipped unread on most texts.
_NEEDING = ((_LS_LONG, ("rw", "r-")), (_SSHD, (" for ", "nvalid user")), (_CRONTAB, (" /",)), (_SUDO, ("sudo",)),
            (_SU, ("(to ",)), (_PAM, ("(uid=",)), (_ACCESS_LOG, ("/20", "/19")), (_PS_ROW, ("?", "pts/", "tty")))
# The daemons' and queues' lines (`_ATQ` …), where jobs and services hold accounts too: no program's word either.
_NEEDING_PERSON = ((_ATQ, ("\t",)), (_LPSTAT, ("-",)), (_OPENVPN, ("Peer Connection",)), (_RADIUS, ("Login",)), (_DOVECOT, ("dovecot",)))
# The same for the places where a login must also be written as a person's (`_made_as_login`):
# a directory entry, a command's account flag or cmdlet, an account tool's operand, a `.pgpass` line.
_NEEDING_MADE = ((_DN, ("=",)), (_ACCOUNT_FLAG, ("-",)), (_CMDLET, ("-",)),
                 (_ACCOUNT_TOOL, ("user", "passwd", "chage", "chsh", "chfn", "lastlog", "faillock")), (_PGPASS, (":",)))


def _account(handle: str) -> bool:
    """A login that may be a person's: no system or service account, no number alone."""
    login = handle.lower()
    return len(login) >= 3 and login not in SERVICE_ACCOUNTS and not login.rstrip("0123456789").endswith(("svc", "bot", "-sa")) and not is_software(login)


def account_spans(text: str) -> list[tuple[int, int]]:
    """Logins standing where Unix tools print accounts."""
    found: list[tuple[int, int]] = []
    for m in _GROUP.finditer(text):
        pos = m.start("m")
        for member in m.group("m").split(","):
            if _account(member):
                found.append((pos, pos + len(member)))
            pos += len(member) + 1
    for pattern in (_PASSWD, _SESSION, *(p for p, needs in _NEEDING if any(n in text for n in needs))):
        found.extend(m.span("h") for m in pattern.finditer(text) if _account(m.group("h")))
    for pattern in (p for p, needs in _NEEDING_PERSON if any(n in text for n in needs)):
        found.extend(m.span("h") for m in pattern.finditer(text) if _account(m.group("h")) and not _program(m.group("h")))
    for m in _ID.finditer(text) if "id=" in text or "groups=" in text else ():
        found.extend(m.spans("h")[i] for i, login in enumerate(m.captures("h")) if _account(login))
    if any(column in text for column in ("USER", "UID", "OWNER", "LOGIN", "User", "user", "Owner", "Login", "usename")):
        found.extend(_column_logins(text))
    for pattern in (p for p, needs in _NEEDING_MADE if any(n in text for n in needs)):
        found.extend(m.span("h") for m in pattern.finditer(text) if _account(m.group("h")) and _made_as_login(m.group("h")))
    if "," in text or "|" in text or "\t" in text:
        found.extend(_delimited_logins(text))
    return found


def passwd_names(text: str, doc: object = None) -> Iterator[tuple[int, int, str]]:
    """The holder's name in the GECOS field of an /etc/passwd line ("Kim Wong" in
    `kwong:x:1001:1001:Kim Wong,,,:/home/kwong:/bin/bash`): of a person's account only (uid 500 and
    up, below nobody's 65534; no service's login), and read as a `full_name` field would be, so
    "PostgreSQL administrator" stays."""
    if ":/" not in text:
        return
    from privacy_gateway.detection.field_keys import typed_span  # loaded late: keeps the import chain short

    for m in _PASSWD_LINE.finditer(text):
        if not 500 <= int(m.group("uid")) < 65534 or not _account(m.group("h")) or _program(m.group("h")):
            continue
        if m.group("name").strip() and (span := typed_span("full_name", m.group("name"), m.start("name"), text)):
            yield span


# Words that make a login a program's: "svc_backup", "ci-runner", "app_ro", "www-data".
_SERVICE_WORDS = frozenset("svc sa bot ci cd srv sys app apps service services deploy deployer admin runner ops www data ro rw etl cron batch readonly readwrite replicator".split())


def _program(value: str) -> bool:
    """A login with a program's word in it: "svc-deploy", "ci_runner", "app_ro"."""
    return any(w in _SERVICE_WORDS for w in _LOGIN_GAPS.split(value.lower()))


def _made_as_login(value: str) -> bool:
    """A value standing where an account does that is written as a person's login: not in capitals
    (a placeholder, "USER"), no program's word in it, and not plain English: one word must be none
    ("success" in a login column is an outcome), and of joined words not all may be English unless
    an initial or a given name is among them ("deploy_user" is a program's; "z.osmanli", "grace_h"
    are people's, whatever WordNet makes of Osmanli)."""
    if value.isupper():
        return False
    if _program(value):
        return False  # "svc_backup", "ci-runner", "app_ro": an account a program logs in with
    parts = [w for w in _LOGIN_GAPS.split(value.lower()) if w]
    if len(parts) == 1 and value.isalpha():
        return not english_form(parts[0])
    words = [w for w in parts if len(w) > 1]
    return len(words) < len(parts) or not all(english_form(w) for w in words) or any(w in listed_given() for w in words)


def _delimited_logins(text: str) -> list[tuple[int, int]]:
    """The cells under a login column of a CSV, TSV or Markdown table (`login,role` / `| user | … |`),
    to the table's end: a row with another number of cells or a blank line."""
    found: list[tuple[int, int]] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    i = 0
    while i < len(lines):
        header = lines[i]
        delimiter = "|" if "|" in header else "\t" if "\t" in header else "," if "," in header else None
        cells = _cells(header, delimiter) if delimiter else []
        index = next((k for k, (c, _) in enumerate(cells) if c.strip().strip("`*\"'").lower() in _LOGIN_HEADERS), None)
        if index is None or len(cells) < 2:
            i += 1
            continue
        i += 1
        while i < len(lines):
            if lines[i].strip() and set(lines[i].strip()) <= set("-+=:| "):
                i += 1  # psql's and Markdown's rule under the header
                continue
            row = _cells(lines[i], delimiter)
            if len(row) != len(cells) or not lines[i].strip():
                break
            cell, at = row[index]
            value = cell.strip().strip("`\"'@")
            if value and _LOGIN_RE.fullmatch(value) and _account(value) and _made_as_login(value):
                start = offsets[i] + at + cell.index(value)
                found.append((start, start + len(value)))
            i += 1
    return found


def _cells(line: str, delimiter: str | None) -> list[tuple[str, int]]:
    """The cells of a delimited line with where each starts; a Markdown row's outer pipes dropped."""
    if delimiter is None:
        return []
    out, at = [], 0
    for cell in line.split(delimiter):
        out.append((cell, at))
        at += len(cell) + 1
    if delimiter == "|" and line.strip().startswith("|"):
        out = out[1:]
    if delimiter == "|" and line.strip().endswith("|"):
        out = out[:-1]
    return out


# A header in any case over a rule of dashes or equals signs: `sacct`'s "JobID  User  State" over
# "------ ---- -----", `qstat`'s "Job id  Name  User", `tasklist /v`'s "… User Name" over "=== ===".
# (`smbstatus` underlines its header with one unbroken rule, as Markdown does a heading: there the
# cells must be written as logins, `_made_as_login`, which refuses an English word.)
_RULED_HEADER = regex.compile(r"(?m)^[ \t]*[A-Za-z%#][\w%().#\-]*(?:[ \t]+[A-Za-z%#][\w%().#\-]*)+[ \t]*\n(?=[ \t]*[\-=+]{3,}[\-=+ \t]*$)")
_RULED_COLUMNS = frozenset(("user", "username", "user_name", "login", "owner", "usename"))
# A Windows account in a cell, its domain before it: "ACME\\kwong".
_DOMAIN_CELL = regex.compile(r"[A-Za-z][\w\-]{0,15}\\")


def _column_logins(text: str) -> list[tuple[int, int]]:
    """The cells under a table's login column, to the first blank line. A cell is the one under the
    column's header word (`fuser -v` indents its header, `top` right-aligns the PID before USER),
    else the one at the header word's place among the row's cells."""
    found = []
    headers = [(h, _USER_COLUMNS, False) for h in _HEADER_ROW.finditer(text)]
    if "--" in text or "==" in text:
        headers.extend((h, _RULED_COLUMNS, True) for h in _RULED_HEADER.finditer(text))
    for header, names, any_case in headers:
        words = list(_CELL.finditer(text, header.start(), header.end()))
        # "UID USER" (`loginctl list-users`): the USER column, where a UID column is numbers.
        if len(words) == 2 and not any_case and not {w.group() for w in words} & {"UID", "PID", "ID"}:
            continue  # two words in capitals are a heading ("USER GUIDE") unless one is an ID column ("UID USER")
        named = [i for i, w in enumerate(words) if (w.group().lower() if any_case else w.group()) in names]
        index = next((i for i in named if words[i].group() != "UID"), named[0] if named else None)
        if index is None:
            continue
        column = (words[index].start() - header.start(), words[index].end() - header.start())
        end = text.find("\n\n", header.end())
        at = header.end() + (0 if text[header.end() - 1 : header.end()] == "\n" else 1)
        stop = len(text) if end < 0 else end
        while at < stop:
            line_end = text.find("\n", at)
            line_end = stop if line_end < 0 or line_end > stop else line_end
            cells = list(_CELL.finditer(text, at, line_end))
            under = [c for c in cells if c.start() - at < column[1] and column[0] < c.end() - at]
            cell = under[0] if len(under) == 1 else cells[index] if len(cells) > index + 1 else None
            if cell is not None:
                domain = _DOMAIN_CELL.match(cell.group())
                start = cell.start() + (domain.end() if domain else 0)
                value = text[start : cell.end()]
                if _LOGIN_CELL.fullmatch(value) or domain and _LOGIN_RE.fullmatch(value):
                    if _account(value) and not _program(value) and (not any_case or _made_as_login(value)):
                        found.append((start, cell.end()))
            at = line_end + 1
    return found
