"""Logins where only an account can stand, read deny by default (issue #18).

`handles.py` reads the common cues (`user=`, `@x`, `/home/x`, `ssh x@host`); this reads the
positions it lacked, found by writing login-bearing text of many tools by hand: a record key that
names an account with a qualifier (`user_id=`, `login_name:`, `Account Name:`, `sAMAccountName`)
or in another language (`Bearbeiter:`, `utilisateur :`, `пользователь:`), a YAML list under an
accounts key (`admins:` / `- x`), a URL's user part (`postgres://x:pw@db`), CloudTrail's
`principalId` (`AIDA…:x`), SQL's `CREATE USER x` / `GRANT … TO x`, and GitHub's own merge message
(`Merge pull request #8 from x/branch`), the items an account module loops over (Ansible's
`user:` with `loop:`), a possessive before what only an account has (`x's ~/.bashrc`, `x's home
directory`). There any token is someone's unless it is an English word, a tool, a listed system or
service account, a role word or a placeholder (`plausible`); a login need not look like a name
(`ratwal19`, `tvasqo`). Where hosts and tools stand too (before an audit verb, after "PR #4 by",
a path segment) a login made of no name counts only as `unknown_login`, and before an audit verb
only beside a name-made login.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection.base import GatewayRecognizer
from privacy_gateway.detection.field_keys import key_words
from privacy_gateway.detection.handles import CASED, HANDLE, camel_name, name_made, plausible
from privacy_gateway.detection.lexicon import english_form
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS
from privacy_gateway.detection.name_split import compound
from privacy_gateway.detection.software import is_software

_END = r"(?![\w@]|[._\-][A-Za-z0-9])"
_JOINTS = re.compile(r"[._\-]")

# Words that make a key an account's (English, and the words localised issue trackers, directories
# and admin consoles print for user / login / owner / assignee / author / reporter in the European
# languages and Russian), each mapped to the English role.
ACCOUNT_WORDS = frozenset(
    """user username userid usr login logon loginname samaccountname principal actor owner assignee author reporter
    requester requestor approver reviewer committer creator operator uploader sender""".split()
)
FOREIGN_ACCOUNT_WORDS = frozenset(
    """benutzer benutzername nutzer nutzername anwender besitzer eigentümer bearbeiter zuständig zuständiger verfasser
    melder utilisateur identifiant propriétaire assigné auteur rapporteur responsable usuario propietario asignado
    autor informador utente proprietario assegnatario autore segnalatore utilizador gebruiker gebruikersnaam eigenaar
    behandelaar auteur melder użytkownik właściciel przypisany zgłaszający uživatel vlastník řešitel användare ägare
    handläggare bruger ejer bruker eier käyttäjä omistaja kullanıcı пользователь логин владелец исполнитель
    ответственный автор назначена назначено назначен користувач власник виконавець""".split()
)
# Words a key may add to an account word and still hold a login: `user_id`, `login_name`, `sAMAccountName`.
_QUALIFIERS = frozenset("name id login handle nick sam account".split())
# Values that name no one in an account's place: types, placeholders and access levels.
_NO_LOGIN = frozenset(
    """uid str int string none null nil todo tbd tba na readonly readwrite reader writer viewer editor guest public
    unassigned nobody anonymous unknown changeme yourname username login self current""".split()
)

# A key before a separator, then its value: found from the separator back ("user_id=x", "Account Name:  x").
_SEPARATOR = re.compile(r"=>?|:")
_KEY_BEFORE = regex.compile(r"(?<![\p{L}\d_\-.])(?P<k>\p{L}[\p{L}\d_\-]{1,40}(?:[ \t]\p{L}[\p{L}\d_]{1,20})?)[\"']?[ \t]*$")
_VALUE_AFTER = regex.compile(rf"[ \t]*[\"'`]?@?(?P<h>{CASED}){_END}")
# Parts of the English account words, looked for before the key's words are read.
_STEMS = ("user", "usr", "login", "logon", "account", "principal", "actor", "owner", "assignee", "author", "reporter",
          "request", "approver", "reviewer", "committer", "creator", "operator", "uploader", "sender")


def account_key(key: str) -> bool:
    """Whether a record's key holds an account: `user_id`, `Account Name`, `sAMAccountName`,
    `Bearbeiter`; not `user_agent`, `owner_team`, `account_id` (a cloud account's number or alias)."""
    lowered = key.lower()
    if lowered in FOREIGN_ACCOUNT_WORDS:
        return True
    words = key_words(key)
    if "".join(words) in ACCOUNT_WORDS:
        return True  # "sAMAccountName", "LoginName"
    if not 1 <= len(words) <= 3 or not all(w in ACCOUNT_WORDS or w in _QUALIFIERS for w in words):
        return False
    if words == ["account"] or words[-1] == "account":
        return False
    return any(w in ACCOUNT_WORDS for w in words) or words[-2:] == ["account", "name"]


_ACCOUNTS_LIST_KEY = regex.compile(
    r"(?im)^(?P<i>[ \t]*)(?:[\w\-]+[_\-])?(?:users|members|admins|administrators|owners|maintainers|reviewers|approvers|"
    r"assignees|authors|operators|developers|viewers|editors|collaborators|committers|subjects|allowed[_\-]?users|"
    r"sudoers)[ \t]*:[ \t]*$"
)
_LOOP_KEY = regex.compile(r"(?m)^[ \t]*(?:loop|with_items|with_list)[ \t]*:[ \t]*$")
_LIST_ITEM = regex.compile(rf"[ \t]*-[ \t]+[\"']?(?P<h>{CASED})[\"']?[ \t]*(?:#.*)?$")

# (pattern, strings one of which the text must hold): skipped unread on most texts.
_PLACED: list[tuple[regex.Pattern[str], tuple[str, ...]]] = [
    # A URL's user part: "postgresql://tkaroni:secret@db01/app", "ftp://hwu@files" (not "git@" or "postgres").
    (regex.compile(rf"(?i:\b[a-z][a-z0-9+.\-]{{1,15}}://)(?P<h>{CASED})(?=(?::[^@\s/]*)?@[\w\-.\[])"), ("://",)),
    # CloudTrail's principalId: an IAM user's or role's ID, then the session's name ("AROA…:lkowara").
    (regex.compile(rf"\b(?:AIDA|AROA|ASIA|AGPA)[A-Z0-9]{{8,}}:(?P<h>{CASED}){_END}"), ("AIDA", "AROA", "ASIA", "AGPA")),
    # SQL accounts: "CREATE USER jkevran", "GRANT SELECT ON t TO jkevran", "REVOKE … FROM jkevran".
    (regex.compile(rf"(?i:\b(?:(?:create|alter|drop)[ \t]+(?:user|login|role)(?:[ \t]+if[ \t]+(?:not[ \t]+)?exists)?|"
                  rf"grant\b[^;\n]{{1,200}}?\bto|revoke\b[^;\n]{{1,200}}?\bfrom))[ \t]+[\"'`\[]?(?P<h>{CASED}){_END}"),
     ("CREATE", "create", "ALTER", "alter", "DROP", "drop", "GRANT", "grant", "REVOKE", "revoke")),
    # GitHub's own merge commit names the fork's owner: "Merge pull request #88 from dselwyn/fix-timeouts".
    (regex.compile(rf"\bMerge pull request #\d+ from (?P<h>{CASED})(?=/)"), ("Merge pull",)),
]


def _login(handle: str) -> bool:
    """Whether `handle`, standing where only an account can, is a person's."""
    if handle.lower() in _NO_LOGIN:
        return False
    if handle != handle.lower():
        return camel_name(handle, strong=True)
    return plausible(handle)


def login_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the logins in the positions this module reads."""
    found: list[tuple[int, int]] = []
    if ":" in text or "=" in text:
        found.extend(_keyed(text))
        found.extend(_listed(text) if "\n" in text and "- " in text else ())
    for pattern, needs in _PLACED:
        if any(n in text for n in needs):
            found.extend(m.span("h") for m in pattern.finditer(text) if _login(m.group("h")))
    found.extend(audited(text))
    found.extend(_by_a_person(text))
    return found


def _keyed(text: str) -> list[tuple[int, int]]:
    """Logins under account keys, from each separator back to its key."""
    out = []
    for separator in _SEPARATOR.finditer(text):
        key = _KEY_BEFORE.search(text, max(0, separator.start() - 64), separator.start())
        if key is None or not any(_account_key_text(k) for k in _key_candidates(key.group("k"))):
            continue
        value = _VALUE_AFTER.match(text, separator.end())
        if value is not None and _login(value.group("h")):
            out.append(value.span("h"))
    return out


def _key_candidates(key: str) -> tuple[str, ...]:
    """A spaced key, and its last word alone ("the user: x" is keyed by "user")."""
    key = key.strip()
    return (key, key.rsplit(None, 1)[-1]) if " " in key or "\t" in key else (key,)


def _account_key_text(key: str) -> bool:
    lowered = key.lower()
    return (lowered in FOREIGN_ACCOUNT_WORDS or any(stem in lowered for stem in _STEMS)) and account_key(key)


def _listed(text: str) -> list[tuple[int, int]]:
    """Items of a YAML list under an accounts key ("admins:\\n  - tmorvik\\n  - svc-deploy"), or looped
    over by a task of an account module ("- user:\\n    name: '{{ item }}'\\n  loop:\\n    - tmorvik")."""
    out = []
    keys = list(_ACCOUNTS_LIST_KEY.finditer(text))
    if "item" in text and _ACCOUNT_MODULE.search(text) is not None:
        keys.extend(_LOOP_KEY.finditer(text))
    for key in keys:
        at = key.end() + 1
        while at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            item = _LIST_ITEM.fullmatch(text, at, line_end)
            if item is None:
                break
            if _login(item.group("h")):
                out.append(item.span("h"))
            at = line_end + 1
    return out


# What audit logs and activity feeds say a login did.
AUDITED = (r"(?:deleted|created|updated|modified|removed|pushed|force-pushed|merged|approved|rejected|commented|uploaded|"
           r"downloaded|changed|disabled|enabled|granted|revoked|reset|rotated|signed|logged|accessed|viewed|opened|closed|"
           r"assigned|reopened|edited|renamed|invited|joined|left|requested|submitted|exported|imported|restored|dropped)\b")


# Found from the verb back: a pattern starting at the login would be tried at every letter.
_AUDITED_VERB = re.compile(rf"[ \t]+{AUDITED}")  # the stdlib engine scans this one twice as fast
_LOGIN_BEFORE = regex.compile(rf"(?<![\w.@/\\\-])(?P<h>{HANDLE})$")


def audited(text: str) -> list[tuple[int, int]]:
    """Logins doing what audit logs record: "tkowalczyk42 deleted the bucket". Hosts, jobs and tools
    do things too ("web01 restarted nginx", "kubectl deleted the pod"), so a login must be made of a
    name, or be no word or tool and share its text with a name-made one in the same place
    (digits alone say nothing: "tokenizer3 created the vocab") ("khadijah.alkana deleted it and fikayomis restored it")."""
    subjects = []
    for verb in _AUDITED_VERB.finditer(text):
        start = max(text.rfind(c, 0, verb.start()) for c in " \t\n") + 1
        m = _LOGIN_BEFORE.match(text, start, verb.start())
        if m is not None and plausible(m.group("h")):
            subjects.append(m)
    named = [m for m in subjects if name_made(m.group("h"))]
    return [
        m.span("h") for m in subjects
        if m in named or named and unknown_login(m.group("h"))
    ]


def unknown_login(handle: str) -> bool:
    """A lower-case token no list knows: no English word, compound, tool or service account in any
    of its parts, one part of five letters or more (`ratwal19`, `fikayomis`, `qtorvel.b`). The
    lists know neither every login nor every tool (`kubectl` is one), so only where a position
    says "account" does this alone make a login someone's."""
    if handle != handle.lower() or handle in SERVICE_ACCOUNTS or is_software(handle):
        return False
    parts = [p for p in _JOINTS.split(handle.rstrip("0123456789")) if p]
    if not parts or not all(p.isalpha() for p in parts) or max(map(len, parts)) < 5:
        return False
    return not any(len(p) >= 3 and english_form(p) or is_software(p) or p in SERVICE_ACCOUNTS or compound(p) for p in parts)


# A possessive before what only an account has: "kwazenda's home directory", "ghufransabur's ~/.bashrc"
# (found from the possessive back, as `audited` is).
_POSSESSION = re.compile(
    r"['’]s[ \t]+(?:(?:old|new|own|personal|local|remote|work|user)[ \t]+){0,2}"
    r"(?:~/|\.(?:bash|zsh|ssh|profile|vim|git)|home\b|homedir|account|ssh\b|(?:ssh|gpg|pgp|api|access)[ \t]+keys?|crontab|"
    r"mailbox|inbox|password|credentials|sessions?\b|logins?\b|laptop|workstation|desktop|dotfiles|sudo\b|shell\b|"
    r"(?:user|home)[ \t]+(?:dir|directory|folder)|kerberos|tickets?\b|permissions|mfa\b|2fa\b|vpn\b)",
    re.IGNORECASE,
)
# The owner before a possessive, in any case and after any punctuation: "(Kwazenda's laptop".
_OWNER_BEFORE = regex.compile(rf"(?i:(?<![\w.@/\\\-])(?P<h>{HANDLE}))$")
# What a person sends or reviews, then its author: "PR #412 by varunkk", "MR !88 from okelani".
_AUTHORED = regex.compile(
    rf"(?i:\b(?:prs?|mrs?|pull[ \t]+requests?|merge[ \t]+requests?|commits?|patch(?:es)?|changesets?|cls?|diffs?)"
    rf"[ \t]*(?:[#!]?\d+|[0-9a-f]{{7,40}})?[ \t]+(?:by|from)[ \t]+)@?(?P<h>{HANDLE}){_END}"
)
# Modules and commands that make accounts, whose looped items are logins (Ansible's `user`, `win_user`).
_ACCOUNT_MODULE = regex.compile(r"(?m)^[ \t]*-?[ \t]*(?:ansible\.builtin\.user|ansible\.windows\.win_user|win_user|user|"
                                r"ansible\.posix\.authorized_key|authorized_key)[ \t]*:[ \t]*$")


# A path segment of two parts joined the way logins are ("registry.corp/lailati_adamu/api", "/okonkwo_e/").
_JOINED_SEGMENT = re.compile(r"/(?=(?P<h>[a-z]+[._][a-z]+)/)")  # the slash after stays: "/a_b/c_d/"


def _by_a_person(text: str) -> list[tuple[int, int]]:
    """Possessives of account things, the authors of changes and a path's login-shaped segment,
    when the token may be a login: made of a name, or of words no list knows."""
    out = []
    for possession in _POSSESSION.finditer(text) if "'s" in text or "’s" in text else ():
        m = _OWNER_BEFORE.search(text, max(0, possession.start() - 64), possession.start())
        if m is not None and plausible(m.group("h")):
            out.append(m.span("h"))
    for pattern in (_AUTHORED, *((_JOINED_SEGMENT,) if "/" in text else ())):
        out.extend(m.span("h") for m in pattern.finditer(text) if plausible(m.group("h")) and (name_made(m.group("h")) or unknown_login(m.group("h"))))
    return out


class LoginPositionRecognizer(GatewayRecognizer):
    """PERSON: logins in the positions `login_spans` reads."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        return [RecognizerResult("PERSON", s, e, 0.8, recognition_metadata=self._metadata()) for s, e in sorted(set(login_spans(text)))]
