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

from privacy_gateway.detection import lines
from privacy_gateway.detection.base import GatewayRecognizer
from privacy_gateway.detection.field_keys import key_words
from privacy_gateway.detection.handles import CASED, HANDLE, camel_name, initial_login, name_made, paired_name, plausible
from privacy_gateway.detection.lexicon import english_form
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS
from privacy_gateway.detection.name_split import compound, numbered_unknown
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
# An identity provider's prefix before a Kubernetes username ("oidc:", "azure:"); `system:` ones are the cluster's own.
_PROVIDER = r"(?:(?!system:)[a-z][a-z0-9\-]{1,20}:)?"
# A key's value, behind an identity provider's prefix ("username": "oidc:msantos").
_VALUE_AFTER = regex.compile(rf"[ \t]*[\"'`]?@?{_PROVIDER}(?P<h>{CASED}){_END}")
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
    # An ACL's user entry: "setfacl -m u:tolulopeb:rwx", getfacl's "user:tolulopeb:r-x".
    (regex.compile(rf"(?<![\w\-])(?:u|user):(?P<h>{CASED}):[rwxX\-]{{1,4}}(?![\w])"), ("u:", "user:")),
    # Mail and cron spools are named by their account: "/var/mail/x", "/var/spool/cron/crontabs/x".
    (regex.compile(rf"/(?:var/mail|var/spool/mail|var/spool/cron/crontabs|var/spool/cron)/(?P<h>{CASED})(?![\w.\-/])"), ("/var/",)),
    # A user's folder on a web or git server ("https://git.corp/~emmanuelak/dotfiles.git").
    (regex.compile(rf"(?<=[\w]/)~(?P<h>{CASED})(?=/)"), ("/~",)),
    # A Teams mention as exports keep it: "<at>chukwuma.o</at>", "<at>Ana Ruiz</at>".
    (regex.compile(r"<at>(?P<h>[^<>\n]{2,60})</at>"), ("<at>",)),
    # Active Directory cmdlets name an account: "Get-ADUser -Identity kobinaa", "Unlock-ADAccount -Identity x".
    (regex.compile(rf"(?i:-AD(?:User|Account|GroupMember|PrincipalGroupMembership)\b[^\n]{{0,80}}?-(?:Identity|SamAccountName|Members?)[ \t]+)[\"']?(?P<h>{CASED})(?![\w.\-])"),
     ("-AD", "-ad")),
    # A profile's address names its owner: "twitter.com/x", "medium.com/@x", "npmjs.com/~x", any "/@x".
    (regex.compile(rf"(?i:\b(?:twitter\.com|x\.com|instagram\.com|facebook\.com|t\.me|tiktok\.com|threads\.net|"
                   rf"dev\.to|keybase\.io|kaggle\.com|hub\.docker\.com/u|npmjs\.com|medium\.com|youtube\.com)/)"
                   rf"[@~]?(?![^/?#\s]*\.(?:php|html?|aspx?|jsp|js|css|png|jpe?g|gif|svg|xml|json|txt|pdf|ico)\b)(?P<h>{CASED})(?=[/?#\s\"'`)>\],]|$)|(?<=[\w]/)@(?P<h>{CASED})(?=[/?#\s\"'`)>\],]|$)"), ("/",)),
    (regex.compile(rf"(?i:stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com)/users/\d+/(?P<h>{CASED})"), ("/users/",)),
    # A Kubernetes RBAC subject of kind User: "- kind: User\n  name: thandekaz", also behind the
    # prefix an identity provider's usernames carry ("oidc:thandekaz", "azure:x"; not "system:…").
    (regex.compile(rf"\bkind:[ \t]*[\"']?User[\"']?[ \t]*(?:\n[ \t]*|,[ \t]*)(?:apiGroup:[^\n,}}]*(?:\n[ \t]*|,[ \t]*))?"
                   rf"name:[ \t]*[\"']?{_PROVIDER}(?P<h>{CASED}){_END}"), ("kind:",)),
    # Impersonation names an account: "kubectl … --as oidc:thandekaz", "--as=jdlamini", "Impersonate-User: x".
    (regex.compile(rf"(?:(?<![\w\-])--(?:kube-)?as(?:-user)?(?:=|[ \t]+)|(?i:\bimpersonate-user:)[ \t]*)[\"']?{_PROVIDER}(?P<h>{CASED}){_END}"),
     ("--as", "--kube-as", "mpersonate")),
    # The user column of `ps aux`, `top`: a login, then the PID and the CPU and memory shares.
    (regex.compile(rf"(?m)^(?P<h>{CASED})[ \t]+\d+[ \t]+\d+\.\d[ \t]+\d+\.\d[ \t]"), ("%CPU", ".0 ", ".1 ", ".2 ", ".3 ", ".4 ", ".5 ", ".6 ", ".7 ", ".8 ", ".9 ")),
    # A line of /etc/passwd or /etc/shadow: "nomsam:x:1003:1003::/srv/nomsam:/bin/bash".
    (regex.compile(rf"(?<![\w.\-])(?P<h>{CASED}):(?:x|\*|!|\$\d\$[^:\s]*):\d*:\d*:"), (":x:", ":!:", ":*:", ":$")),
    # Windows ACLs: "icacls C:\data /grant phindilek:(OI)(CI)F", "/deny CORP\x:(W)".
    (regex.compile(rf"(?i:/(?:grant|deny|remove)(?::r)?[ \t]+)(?:[A-Z][A-Z0-9\-]{{1,15}}\\)?(?P<h>{CASED}):\("), ("/grant", "/deny", "/remove")),
    # What a command that prints the current account prints, on the line under it: `whoami` ("acme\\kjarosz"
    # on Windows), `id -un`, `logname`, `echo $USER`, `git config user.name` (a login or a display name).
    (regex.compile(rf"(?m)^[^\n]{{0,60}}?(?<![\w\-])(?i:whoami|id[ \t]+-u[ \t]*-?n|id[ \t]+-un|logname|echo[ \t]+[\"']?(?:\$\{{?USER\}}?|\$LOGNAME|%USERNAME%|\$env:USERNAME)[\"']?|"
                   rf"git[ \t]+config[ \t]+(?:--(?:global|local|system)[ \t]+)?(?:--get[ \t]+)?user\.name|\$env:USERNAME|\[Environment\]::UserName)[ \t]*\r?\n"
                   rf"[ \t]*(?:[A-Za-z][\w\-]{{0,15}}\\)?(?P<h>{CASED}|[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){{1,3}})[ \t]*$"),
     ("whoami", "id -u", "logname", "echo", "user.name", "USERNAME", "UserName")),
    # `groups x` and `id -Gn x` print the login, a colon and its groups, the first its own: "kjarosz : kjarosz adm docker".
    (regex.compile(rf"(?m)^(?P<h>{CASED})[ \t]+:[ \t]+(?P=h)(?=[ \t]|$)"), (" : ",)),
    # A forge's line about a pull or merge request names its author first: "kwong wants to merge 3 commits
    # into main", GitLab's "kwong requested to merge fix-ci into main".
    (regex.compile(rf"(?<![\w.@/\\\-])(?P<h>{CASED})[ \t]+(?:wants[ \t]+to[ \t]+merge|requested[ \t]+to[ \t]+merge|"
                   rf"merged[ \t]+\d+[ \t]+commits?[ \t]+into)\b"), ("to merge", "merged ")),
    # A pull request's head as forges label it, the fork's owner and its branch: "from kwong:fix-retry",
    # `gh pr list`'s column ("#482  Fix retry budget  kwong:fix-retry  about 2 days ago").
    (regex.compile(rf"(?:(?i:\bfrom)[ \t]+|(?m:^#?\d+[ \t][^\n]*?[ \t]))(?P<h>{CASED}):(?=[\w][\w./\-]*(?:[ \t]|$))(?![\w.\-]*[ \t]+(?:\d|[A-Z]))"),
     ("from ", "#")),
    # The person format of npm, git and mail, a login standing for the name: "'jockel.c <jc@acme.dev>'"
    # (`npm view … maintainers`, package.json's "author", a git author, a mail header).
    (regex.compile(rf"(?<![\w.@/\\\-])(?P<h>{CASED})[ \t]+<[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+>"), ("@",)),
    # An mbox message's first line: "From kjarosz  Tue Dec  1 09:14:07 2026" (the sender's login, two spaces, a date).
    (regex.compile(rf"(?m)^From[ \t](?P<h>{CASED})[ \t]{{1,2}}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]"), ("From ",)),
    # An IAM user that infrastructure code declares: `resource "aws_iam_user" "x" {{ name = "kjarosz" }}`.
    (regex.compile(rf"\bresource[ \t]+\"(?:aws_iam_user|aws_iam_user_login_profile|aws_iam_user_policy_attachment)\"[^{{}}]{{0,80}}\{{[^{{}}]{{0,400}}?"
                   rf"\b(?:name|user)[ \t]*=[ \t]*\"(?P<h>{CASED})\""), ("aws_iam_user",)),
    # A code comment's owner, as style guides have it: "TODO(okwuosa.t31): …", "FIXME(mgrzelak) …"
    # (not a ticket, "TODO(OPS-221)", nor a word, "TODO(perf)": `_login` refuses words).
    # Four letters or fewer with no digit or joint are a topic ("TODO(perf)", "TODO(i18n)"); names are `structured`'s.
    (regex.compile(rf"\b(?:TODO|FIXME|XXX|HACK|BUG|NOTE|OPTIMIZE|REVIEW)\((?=[^()\s]{{5}}|[^()\s]*[\d._\-])(?P<h>{CASED})\)(?<![A-Za-z]-\d+\))"),
     ("TODO(", "FIXME(", "XXX(", "HACK(", "BUG(", "NOTE(", "OPTIMIZE(", "REVIEW(")),
]


_NUMERONYM = re.compile(r"[a-z]\d{1,2}[a-z]{1,2}")


def _login(handle: str) -> bool:
    """Whether `handle`, standing where only an account can, is a person's."""
    if handle.lower() in _NO_LOGIN or _NUMERONYM.fullmatch(handle.lower()):
        return False  # "i18n", "k8s", "a11y": a word shortened, not a login
    if " " in handle:  # a display name where a login may stand ("<at>Ana Ruiz</at>")
        return len(handle.split()) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in handle.split())
    if handle != handle.lower():
        return camel_name(handle, strong=True)
    return plausible(handle) or paired_name(handle)


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
    found.extend(commanded(text))
    return found


# Commands whose argument is an account: its last bare word before the prose resumes
# ("usermod -aG docker hanifahr", "userdel -r kvarnstrom but …"), or the word after `-u`
# ("sudo -iu marenbh", "crontab -u sigridfj -l", "pkill -u x").
_ACCOUNT_COMMAND = re.compile(
    r"(?<![\w\-./])(?:(?P<last>useradd|userdel|usermod|adduser|deluser|passwd|chage|chsh|chfn|gpasswd|lastlog|smbpasswd|"
    r"pdbedit|runuser|kinit|loginctl[ \t]+(?:enable-linger|disable-linger|terminate-user|user-status|show-user|kill-user))"
    r"|(?P<first>(?:sudo(?:[ \t]+-[A-Za-z]+)*?[ \t]+-[A-Za-z]*u|(?:pkill|pgrep|killall|ps|top|htop|quota|crontab|lastlog|w)[ \t]+-u)))(?=[ \t])"
)
_WORD = re.compile(r"[ \t]+(?P<t>[^\s;|&`]+)")
_COMMAND_NEEDS = ("sudo", "-u", "user", "passwd", "login", "lastlog", "chage", "chsh", "chfn", "kinit")


def commanded(text: str) -> list[tuple[int, int]]:
    """Accounts given to the commands that make, change or act as one (`_ACCOUNT_COMMAND`)."""
    out = []
    for m in _ACCOUNT_COMMAND.finditer(text) if any(n in text for n in _COMMAND_NEEDS) else ():
        words: list[re.Match[str]] = []
        at = m.end()
        while (w := _WORD.match(text, at)) is not None and len(words) < 8:
            token = w.group("t")
            if not token.startswith("-") and (not words or not words[-1].group("t").startswith("-")) and (
                english_form(token.lower()) or not token[:1].isalnum()
            ) and m.group("last"):
                break  # the prose resumes: "userdel -r kvarnstrom but the home folder…"
            words.append(w)
            at = w.end()
            if m.group("first"):
                break
        bare = [w for w in words if not w.group("t").startswith("-")]
        if bare and _COMMAND_LOGIN.fullmatch(bare[-1].group("t")) and _login(bare[-1].group("t")):
            out.append(bare[-1].span("t"))
    return out


_COMMAND_LOGIN = regex.compile(CASED)


def _keyed(text: str) -> list[tuple[int, int]]:
    """Logins under account keys, from each separator back to its key."""
    out = []
    for separator in _SEPARATOR.finditer(text):
        key = _KEY_BEFORE.search(text, max(0, separator.start() - 64), separator.start())
        if key is None or not any(_account_key_text(k, text) for k in _key_candidates(key.group("k"))):
            continue
        value = _VALUE_AFTER.match(text, separator.end())
        if value is not None and _login(value.group("h")):
            out.append(value.span("h"))
    return out


def _key_candidates(key: str) -> tuple[str, ...]:
    """A spaced key, and its last word alone ("the user: x" is keyed by "user")."""
    key = key.strip()
    return (key, key.rsplit(None, 1)[-1]) if " " in key or "\t" in key else (key,)


# The claims of a token that hold its account: OpenID's `sub` and `preferred_username`, Azure AD's `upn`
# and `unique_name`, Cognito's `cognito:username` (`sub` is read only beside another claim, "iss" or "aud").
_ACCOUNT_CLAIMS = frozenset({"preferred_username", "upn", "unique_name", "username", "cognito:username"})
_CLAIMS = regex.compile(r"[\"'](?:iss|aud|exp|iat|azp|nbf)[\"'][ \t]*:")


def _account_key_text(key: str, text: str = "") -> bool:
    lowered = key.lower()
    if lowered in _ACCOUNT_CLAIMS or lowered == "sub" and _CLAIMS.search(text) is not None:
        return True  # {"sub": "kjarosz", "iss": "https://sso.corp/realms/main"}
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
            line_end = lines.line_end(text, at)
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
# What only an account does: logging or signing in and out, authenticating. Hosts and tools log
# events and sign binaries, but never log in; before these any token that may be a login is one.
_ACCOUNT_VERB = re.compile(
    r"[ \t]+(?:(?:has[ \t]+|had[ \t]+|was[ \t]+)?(?:logged|signed|logs|signs)[ \t]+(?:in|on|out|off|into)\b|"
    r"(?:re-?)?authenticated\b|failed[ \t]+to[ \t]+(?:log|sign)[ \t]*(?:in|on)\b|"
    # A chat's system lines: "lwazik joined #incident-42", "x has left the channel".
    r"(?:has[ \t]+|was[ \t]+)?(?:joined|left|added[ \t]+to|removed[ \t]+from)[ \t]+(?:#[\w\-]|the[ \t]+(?:channel|group|chat|room)))"
)
_LOGIN_BEFORE = regex.compile(rf"(?<![\w.@/\\\-])(?P<h>{HANDLE})$")


def audited(text: str) -> list[tuple[int, int]]:
    """Logins doing what audit logs record: "tkowalczyk42 deleted the bucket". Hosts, jobs and tools
    do things too ("web01 restarted nginx", "kubectl deleted the pod"), so a login must be made of a
    name, or be no word or tool and share its text with a name-made one in the same place
    (digits alone say nothing: "tokenizer3 created the vocab") ("khadijah.alkana deleted it and fikayomis restored it"),
    or be no word or tool with the digits logins are handed out with ("ratwal19 deleted it"). Before
    what only an account does ("sennaheu logged in") no word or tool is enough."""
    subjects: list[regex.Match[str]] = []
    accounts: list[regex.Match[str]] = []
    for pattern, out in ((_AUDITED_VERB, subjects), (_ACCOUNT_VERB, accounts)):
        for verb in pattern.finditer(text):
            start = max(text.rfind(c, 0, verb.start()) for c in " \t\n") + 1
            m = _LOGIN_BEFORE.match(text, start, verb.start())
            if m is not None and plausible(m.group("h")):
                out.append(m)
    named = [m for m in subjects if name_made(m.group("h")) or initial_login(m.group("h"))]
    return [m.span("h") for m in accounts if not _TOOL_ENDING.search(m.group("h"))] + [
        m.span("h") for m in subjects
        if m in named or named and unknown_login(m.group("h")) or numbered_unknown(m.group("h"))
    ]


# How command-line tools and daemons are named ("kubectl", "azcli", "kadmin"): they log in too.
_TOOL_ENDING = re.compile(r"(?:ctl|cli|adm|admin)$")


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


# A possessive before what only an account has: "kwazenda's home directory", "ghufransabur's ~/.bashrc",
# "x's branch"
# (found from the possessive back, as `audited` is).
_POSSESSION = re.compile(
    r"['’]s[ \t]+(?:(?:old|new|own|personal|local|remote|work|user)[ \t]+){0,2}"
    r"(?:~/|\.(?:bash|zsh|ssh|profile|vim|git)|home\b|homedir|account|ssh\b|(?:ssh|gpg|pgp|api|access)[ \t]+keys?|crontab|"
    r"mailbox|inbox|password|credentials|sessions?\b|logins?\b|laptop|workstation|desktop|dotfiles|sudo\b|shell\b|"
    r"(?:user|home)[ \t]+(?:dir|directory|folder)|kerberos|tickets?\b|permissions|mfa\b|2fa\b|vpn\b|"
    # What a git host keeps per account: "is hauwa.buhari's branch safe to rebase", "ramanp's PR".
    r"branch(?:es)?\b|forks?\b|(?:pull|merge)[ \t]+requests?\b|[pm]rs?\b|commits?\b|repos?\b)",
    re.IGNORECASE,
)
# The owner before a possessive, in any case and after any punctuation: "(Kwazenda's laptop".
_OWNER_BEFORE = regex.compile(rf"(?i:(?<![\w.@/\\\-])(?P<h>{HANDLE}))$")
# What a person sends or reviews, then its author: "PR #412 by varunkk", "MR !88 from okelani".
_AUTHORED = regex.compile(
    rf"(?i:\b(?:prs?|mrs?|pull[ \t]+requests?|merge[ \t]+requests?|commits?|patch(?:es)?|changesets?|cls?|diffs?)"
    rf"[ \t]*(?:[#!]?\d+|[0-9a-f]{{7,40}})?[ \t]+(?:by|from)[ \t]+)@?(?P<h>{HANDLE}){_END}"
)
# Who did what a tool's notification reports, after the verb: "Build #412 triggered by njoki.v",
# "incident acknowledged by WDuerr", "resolved by tkaroni" (hosts and jobs are "by cron", "by the
# scheduler", "by renovate": words and tools, which `plausible` refuses).
_ACTED_BY = regex.compile(
    rf"(?i:\b(?:triggered|acknowledged|acked|resolved|escalated|reopened|closed|opened|merged|approved|rejected|declined|"
    rf"reverted|pushed|committed|authored|requested|assigned|reassigned|snoozed|silenced|muted|cancell?ed|aborted|retried|"
    rf"restarted|paused|resumed|deployed|promoted|locked|unlocked|suspended|archived|modified|updated|edited|uploaded|"
    rf"published|initiated|invoked|queued|scheduled|claimed|raised|filed|reported|submitted|kicked[ \t]+off)[ \t]+by[ \t]+)"
    rf"@?(?P<h>{CASED}){_END}"
)
# A review thread as GitHub and GitLab print it, copied with its markup: the login in bold at a
# line's start before what it did ("**xcolque** commented on `a.py` line 57", "**yaelb** replied"),
# or bare before the site's own phrases ("xcolque approved these changes"). Only an account does these.
_THREAD_AUTHOR = regex.compile(
    rf"(?m)^[ \t>]*(?:\*\*|__)@?(?P<h>{HANDLE})(?:\*\*|__)[ \t]+(?=(?:commented|replied|approved|requested|reviewed|left|suggested|"
    rf"dismissed|resolved|marked|mentioned|merged|opened|closed|pushed|force-pushed|added|removed|reacted|started|submitted)\b)"
)
_THREAD_PHRASE = regex.compile(
    rf"(?m)^[ \t>]*@?(?P<h>{HANDLE})[ \t]+(?=(?:approved[ \t]+these[ \t]+changes|requested[ \t]+(?:changes|a[ \t]+review)|"
    rf"left[ \t]+(?:review[ \t]+)?comments?|dismissed[ \t]+\S+[ \t]+stale[ \t]+review|marked[ \t]+this[ \t]+pull[ \t]+request)\b)"
)
# Modules and commands that make accounts, whose looped items are logins (Ansible's `user`, `win_user`).
_ACCOUNT_MODULE = regex.compile(r"(?m)^[ \t]*-?[ \t]*(?:ansible\.builtin\.user|ansible\.windows\.win_user|win_user|user|"
                                r"ansible\.posix\.authorized_key|authorized_key)[ \t]*:[ \t]*$")


# A path segment of two parts joined the way logins are ("registry.corp/lailati_adamu/api", "/okonkwo_e/").
_JOINED_SEGMENT = re.compile(r"/(?=(?P<h>[a-z]+[._][a-z]+)/)")  # the slash after stays: "/a_b/c_d/"
# A container image's namespace, a user's or an organisation's: on a registry host with a tag or
# digest, or named by a container tool, an `image:` key or a Dockerfile's FROM, with or without a
# host ("registry.corp/dubazanen/api:dev", "docker pull tkaroni/tools", "image: ghcr.io/x/y").
_IMAGE = regex.compile(
    rf"(?<![\w.\-/@])(?:(?P<host>(?:[a-z0-9\-]+\.)+[a-z]{{2,}}(?::\d{{2,5}})?|localhost:\d{{2,5}})/)?"
    rf"(?P<h>{HANDLE})/[a-z0-9][\w.\-]*(?:/[\w.\-]+)*(?P<tag>:[\w.\-]+|@sha256:)?(?=[\s\"'`),]|$)"
)
_CONTAINER_LINE = re.compile(
    r"(?i:\b(?:docker|podman|nerdctl|buildah|skopeo|crane|ctr|helm|kubectl[ \t]+set[ \t]+image)\b|\bimage[\"']?[ \t]*[:=]|^[ \t]*FROM[ \t])"
)


# Public registries, whose namespaces are mostly the world's projects and vendors ("bitnami",
# "hashicorp", "distroless"): there a namespace counts only when made of a name.
_PUBLIC_REGISTRY = re.compile(
    r"(?:[\w\-]+\.)*(?:docker\.io|docker\.com|ghcr\.io|quay\.io|gcr\.io|pkg\.dev|mcr\.microsoft\.com|public\.ecr\.aws|"
    r"registry\.k8s\.io|nvcr\.io|cgr\.dev|lscr\.io|registry\.gitlab\.com|docker\.elastic\.co|redhat\.io|redhat\.com|oracle\.com)"
)
# Namespaces that stand for a company in examples and docs ("myorg", "yourcompany", "acme-platform").
_SAMPLE_OWNER = re.compile(r"(?:my|your|our|the|acme|example|sample|demo|test|company|org)")


def _image_namespaces(text: str) -> list[tuple[int, int]]:
    """Namespaces of container images that may be logins: on a private registry (a company's, where
    namespaces are its teams and people) made of a name or of words no list knows; elsewhere made of a name."""
    out = []
    for m in _IMAGE.finditer(text):
        handle, host = m.group("h"), m.group("host")
        if host is None and "." in handle or _SAMPLE_OWNER.match(handle) or not plausible(handle):
            continue  # "example.com/x": a host, not a namespace
        line_start = lines.line_start(text, m.start())
        if not (host is not None and m.group("tag") is not None or _CONTAINER_LINE.search(text, line_start, m.start())):
            continue
        private = host is not None and not _PUBLIC_REGISTRY.fullmatch(host.split(":")[0])
        if name_made(handle) or private and unknown_login(handle):
            out.append(m.span("h"))
    return out


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
    if " by " in text or " By " in text or " BY " in text or "\tby" in text:
        out.extend(m.span("h") for m in _ACTED_BY.finditer(text) if _actor(m.group("h")))
    if "/" in text:
        out.extend(_image_namespaces(text))
    if "**" in text or "__" in text:
        out.extend(m.span("h") for m in _THREAD_AUTHOR.finditer(text) if plausible(m.group("h")))
    if " approved these" in text or " requested " in text or " left " in text or " dismissed " in text or " marked this" in text:
        out.extend(m.span("h") for m in _THREAD_PHRASE.finditer(text) if plausible(m.group("h")))
    return out


def _actor(handle: str) -> bool:
    """An actor after "triggered by": made of a name, a name pair, numbered as logins are, or parts
    no list knows joined as logins are (`qtorvel.b`; one glued word no list knows is as often a tool,
    "by argocd"); with capitals, an initial and a surname (`LBrown`, `WDuerr`)."""
    if handle != handle.lower():
        return camel_name(handle, strong=True)
    joined = _JOINTS.search(handle) is not None and unknown_login(handle)
    return plausible(handle) and (name_made(handle) or initial_login(handle) or joined or numbered_unknown(handle)) or paired_name(handle)


class LoginPositionRecognizer(GatewayRecognizer):
    """PERSON: logins in the positions `login_spans` reads."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        return [RecognizerResult("PERSON", s, e, 0.8, recognition_metadata=self._metadata()) for s, e in sorted(set(login_spans(text)))]
