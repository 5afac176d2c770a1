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
# A header row whose first column holds logins: "USER  PID %CPU", "UID   PID  PPID".
_USER_HEADER = regex.compile(r"(?m)^[ \t]*(?:USER|UID|OWNER|LOGIN|USERNAME|USER_NAME)[ \t]+[A-Z%][A-Z%_\-]*[ \t]+[A-Z%]")
_FIRST_CELL = regex.compile(rf"(?m)^[ \t]*(?P<h>{_HANDLE})[ \t]+\S")
# `ls -l`: "-rw-r--r--  1 kwong  staff  4096 Mar  4 q1.csv" (the owner, then the group).
_LS_LONG = regex.compile(rf"(?m)^[\-dlcbps][rwxsStT\-]{{9}}[.+@]?[ \t]+\d+[ \t]+(?P<h>{_LOGIN})[ \t]+(?P<g>{_LOGIN})[ \t]+\d")
# `id`: "uid=1042(kwong) gid=1042(kwong) groups=1042(kwong),27(sudo)".
_ID = regex.compile(rf"(?<![\w=])(?:uid|gid|euid|egid|groups)=\d+\((?P<h>{_LOGIN})\)(?:,\d+\((?P<h>{_LOGIN})\))*")
# sshd's log: "Accepted publickey for kwong from", "Failed password for invalid user kwong from".
_SSHD = regex.compile(rf"\b(?:(?:Accepted|Failed)[ \t]+[\w\-]+[ \t]+for(?:[ \t]+invalid[ \t]+user)?|Invalid[ \t]+user|"
                      rf"session[ \t]+(?:opened|closed)[ \t]+for[ \t]+user)[ \t]+(?P<h>{_LOGIN})(?=[ \t(]|$)", regex.MULTILINE)
# A system crontab's line, whose sixth field is the account: "30 2 * * 1 kwong /opt/bin/report.sh".
_CRONTAB = regex.compile(rf"(?m)^[ \t]*(?:@\w+|(?:[\d*/,\-]+[ \t]+){{4}}[\d*/,\-A-Za-z]+)[ \t]+(?P<h>{_LOGIN})[ \t]+(?=/)")


# What each tool's line cannot lack: skipped unread on most texts.
_NEEDING = ((_LS_LONG, ("rw", "r-")), (_SSHD, (" for ", "nvalid user")), (_CRONTAB, (" /",)))


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
    for header in _USER_HEADER.finditer(text):
        end = text.find("\n\n", header.end())
        block = range(header.end(), len(text) if end < 0 else end)
        found.extend(m.span("h") for m in _FIRST_CELL.finditer(text, block.start, block.stop) if _account(m.group("h")))
    return found
