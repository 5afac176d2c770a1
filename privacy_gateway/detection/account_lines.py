"""Accounts in the output of Unix tools, where a column or a field is a login whatever it is made of:
`/etc/group` and `/etc/passwd` lines, `who`/`last` sessions, tables under a `USER` header (`ps`,
`top`, `lsof`), `ls -l` owners, `id` output, sshd's log lines, a system crontab's account column,
and the logins listed after a strong cue ("Watchers: ana.k, tchukwu")."""

from __future__ import annotations

import regex

from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS
from privacy_gateway.detection.software import is_software

_HANDLE = r"[a-z_][a-z0-9_.\-]*[a-z0-9]"
# Where a tool prints the login as the directory holds it, capitals and all ("PRaman" on a domain-joined host).
_LOGIN = r"[A-Za-z_][A-Za-z0-9_.\-]*[A-Za-z0-9]"
# "docker:x:998:kwong,ana.k" and "kwong:x:1001:1001:Kim Wong:/home/kwong:/bin/bash".
_GROUP = regex.compile(rf"(?m)^[a-z_][\w\-]*:[x*!]?:\d+:(?P<m>{_HANDLE}(?:,{_HANDLE})*)[ \t]*$")
_PASSWD = regex.compile(rf"(?m)^(?P<h>{_HANDLE}):[x*!]:\d+:\d+:")
# "kwong    pts/0    10.0.0.5 …": a login session of `who`, `w` or `last`.
_SESSION = regex.compile(rf"(?m)^(?P<h>{_HANDLE})[ \t]+(?:pts/\d+|tty\w*|console|:\d+)\b")
# A header row of three columns or more, one of which holds logins: "USER  PID %CPU" (`ps aux`),
# "UID   PID  PPID" (`ps -ef`), "PID USER  PR  NI" (`top`).
_HEADER_ROW = regex.compile(r"(?m)^[ \t]*[A-Z%][A-Z%_\-]*(?:[ \t]+[A-Z%][A-Z%_\-]*){2,}[ \t]*$")
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


# What each tool's line cannot lack: skipped unread on most texts.
_NEEDING = ((_LS_LONG, ("rw", "r-")), (_SSHD, (" for ", "nvalid user")), (_CRONTAB, (" /",)), (_SUDO, ("sudo",)),
            (_SU, ("(to ",)), (_PAM, ("(uid=",)), (_ACCESS_LOG, ("/20", "/19")), (_PS_ROW, ("?", "pts/", "tty")))


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
    for m in _ID.finditer(text) if "id=" in text or "groups=" in text else ():
        found.extend(m.spans("h")[i] for i, login in enumerate(m.captures("h")) if _account(login))
    if any(column in text for column in ("USER", "UID", "OWNER", "LOGIN")):
        found.extend(_column_logins(text))
    return found


def _column_logins(text: str) -> list[tuple[int, int]]:
    """The cells under a table's login column, to the first blank line."""
    found = []
    for header in _HEADER_ROW.finditer(text):
        columns = header.group().split()
        index = next((i for i, c in enumerate(columns) if c in _USER_COLUMNS), None)
        if index is None:
            continue
        end = text.find("\n\n", header.end())
        at = header.end() + 1
        stop = len(text) if end < 0 else end
        while at < stop:
            line_end = text.find("\n", at)
            line_end = stop if line_end < 0 or line_end > stop else line_end
            cells = list(_CELL.finditer(text, at, line_end))
            if len(cells) > index + 1 and _LOGIN_CELL.fullmatch(cells[index].group()) and _account(cells[index].group()):
                found.append(cells[index].span())
            at = line_end + 1
    return found
