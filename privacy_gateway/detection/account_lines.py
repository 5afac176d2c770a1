"""Accounts in the output of Unix tools, where a column or a field is a login whatever it is made of:
`/etc/group` and `/etc/passwd` lines, `who`/`last` sessions, tables under a `USER` header (`ps`,
`top`, `lsof`), and the logins listed after a strong cue ("Watchers: ana.k, tchukwu")."""

from __future__ import annotations

import regex

from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS

_HANDLE = r"[a-z_][a-z0-9_.\-]*[a-z0-9]"
# "docker:x:998:kwong,ana.k" and "kwong:x:1001:1001:Kim Wong:/home/kwong:/bin/bash".
_GROUP = regex.compile(rf"(?m)^[a-z_][\w\-]*:[x*!]?:\d+:(?P<m>{_HANDLE}(?:,{_HANDLE})*)[ \t]*$")
_PASSWD = regex.compile(rf"(?m)^(?P<h>{_HANDLE}):[x*!]:\d+:\d+:")
# "kwong    pts/0    10.0.0.5 …": a login session of `who`, `w` or `last`.
_SESSION = regex.compile(rf"(?m)^(?P<h>{_HANDLE})[ \t]+(?:pts/\d+|tty\w*|console|:\d+)\b")
# A header row whose first column holds logins: "USER  PID %CPU", "UID   PID  PPID".
_USER_HEADER = regex.compile(r"(?m)^[ \t]*(?:USER|UID|OWNER|LOGIN|USERNAME|USER_NAME)[ \t]+[A-Z%][A-Z%_\-]*[ \t]+[A-Z%]")
_FIRST_CELL = regex.compile(rf"(?m)^[ \t]*(?P<h>{_HANDLE})[ \t]+\S")


def _account(handle: str) -> bool:
    """A login that may be a person's: no system or service account, no number alone."""
    return len(handle) >= 3 and handle not in SERVICE_ACCOUNTS and not handle.rstrip("0123456789").endswith(("svc", "bot", "-sa"))


def account_spans(text: str) -> list[tuple[int, int]]:
    """Logins standing where Unix tools print accounts."""
    found: list[tuple[int, int]] = []
    for m in _GROUP.finditer(text):
        pos = m.start("m")
        for member in m.group("m").split(","):
            if _account(member):
                found.append((pos, pos + len(member)))
            pos += len(member) + 1
    for pattern in (_PASSWD, _SESSION):
        found.extend(m.span("h") for m in pattern.finditer(text) if _account(m.group("h")))
    for header in _USER_HEADER.finditer(text):
        end = text.find("\n\n", header.end())
        block = range(header.end(), len(text) if end < 0 else end)
        found.extend(m.span("h") for m in _FIRST_CELL.finditer(text, block.start, block.stop) if _account(m.group("h")))
    return found
