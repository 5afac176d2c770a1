"""Usernames and handles standing for a person, found by where they stand and how they are made.

A handle derived from a detected name goes with that name (`core/spans.usernames`). This finds the
ones with no name nearby: `@jsmith42`, `user=mgarcia`, `/home/kwong/`, `ssh dlee@bastion`,
`Author: jdoe`, `permission denied for user hcooper`, `DM from k.khatri:`. A handle counts only
in such a position, written in lower case, and never when it is an English word, a listed tool,
a service account (`root`, `postgres`, `ubuntu`, `git@`) or a decorator (`@dataclass`,
`@app.route(`); after a weaker cue ("by", "thanks") it must also be made of a name: first
and last names (the US census and the shipped world lists) as `jsmith`, `smithj`, `john.smith`,
`j.smith`, `johnsmith`, with digits or not. Chat exports' message headers ("zeynep kaya  9:02 am")
are display names. Where logins keep their capitals (mentions, fields, home folders, `CORP\\x`
domain logins, `<nick>` chat lines, `x@host`) a camel-case handle counts when it is two name
words (`ChiomaEze`, `PRaman`); anywhere, two name words joined by a hyphen or camel case
(`lars-eriksen`, `KwameBoateng`) are someone's.
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from privacy_gateway.detection import lines
from privacy_gateway.detection.account_lines import account_spans
from privacy_gateway.detection.base import GatewayRecognizer
from privacy_gateway.detection.code_spans import DECLARING_WORDS, FILE_EXTENSIONS
from privacy_gateway.detection.foreign import foreign_language
from privacy_gateway.detection.lexicon import ascii_fold, english_form, english_word, everyday_word, frequent_names, first_names as census_first_names, irregular_word, listed_family, listed_given
from privacy_gateway.detection.lexicon import world_first_names as first_names, world_last_names as last_names
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS, SERVICE_HEADS, SERVICE_TAILS
from privacy_gateway.detection.name_split import name_words, numbered_login, numbered_thing, numbered_unknown, short_numbered, split_glued
from privacy_gateway.detection.starts import Anchored
from privacy_gateway.detection.text_kind import describe
from privacy_gateway.detection.tool_output import reporting_tools
from privacy_gateway.detection.software import is_software, technology, unambiguous_software
from privacy_gateway.detection.things import medicine
from privacy_gateway.detection.uncased import a_name

# Lower case, digits, and at most two `.`/`_`/`-` joints: jsmith42, k.khatri, agatha_alves, mary-ann.lee
# (vcs.py reads logins in git output by the same shape).
HANDLE = r"[a-z][a-z0-9]*(?:[._\-][a-z0-9]+){0,2}"
# A handle ends where no handle character, joint or path-glued part follows.
_END = r"(?![\w@]|[._\-][a-z0-9])"
# The same shape in any case, for positions where logins keep their capitals (`CORP\PRaman`,
# `C:\Users\ChiomaEze`, `<TomaszW>`): there a capital counts only where it joins two name words.
CASED = r"[A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+){0,2}"
_CASED_END = r"(?![\w@]|[._\-][A-Za-z0-9])"
_CAMEL_JOIN = regex.compile(r"[a-z][A-Z]")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def _given(word: str) -> bool:
    return len(word) >= 3 and word in first_names()


def _family(word: str) -> bool:
    return len(word) >= 3 and word in last_names()


def camel_name(handle: str, strong: bool = False) -> bool:
    """Whether a handle with capitals is two name words run together: `ChiomaEze`, `PRaman`,
    `MTanaka`, `TanakaM`, `Lars.Eriksen`: a given name or an initial, then a surname (or the
    reverse), each word on the name lists, not two English words. Where only an account can
    stand (`strong`), an initial beside any word that is no English word or tool will do
    (`RuhshonovaM`): the lists do not hold every surname."""
    words = [w.lower() for w in _CAMEL.findall(handle) if not w.isdigit()]
    if len(words) != 2:
        return False
    first, second = words
    if len(first) == 1 or len(second) == 1:
        long = second if len(first) == 1 else first
        if strong and len(long) >= 4 and long.isalpha() and not english_form(long) and not is_software(long):
            return True
        if strong and (_initial_and_word(handle) or _family(long) and not is_software(long) and not everyday_word(long) and long not in SERVICE_ACCOUNTS):
            return True  # "/users/H.Beyer", "C:\\Users\\FaustR": a listed surname English also spells
        return len(long) >= 3 and _family(long) and not is_software(long) and (not english_form(long) or long in frequent_names()[1])
    if is_software(first + second) or is_software(first) or is_software(second):
        return False
    if strong and (_given(first) and _family(second) or _family(first) and _given(second)) and not (everyday_word(first) or everyday_word(second)):
        return True  # "/users/Reyes.Bullock": where only an account stands, a listed given name and surname
    if strong and _name_word(first) and _name_word(second):
        return True  # "ACME\\Seveta.Tokov", "CahyonoWibisono": where only an account stands, two words no dictionary or tool list holds
    return a_name(first, second, rare=False) or a_name(second, first, rare=False) and not english_form(first)


def name_made(handle: str) -> bool:
    """Whether `handle` is built from a name: j.smith, smith_j, john.smith, jsmith, smithj, johnsmith, jsmith42."""
    if handle != handle.lower():
        return camel_name(handle) or name_words(handle) is not None
    if name_words(handle) is not None:
        return True
    core = handle.lower().rstrip("0123456789")
    parts = [p for p in re.split(r"[._\-]", core) if p]
    if not parts or not all(p.isalpha() for p in parts):
        return False
    if len(parts) >= 2:
        words = [p for p in parts if len(p) > 1]
        return bool(words) and any(_given(p) or _family(p) for p in words)
    word = parts[0]
    if len(word) < 4:
        return False
    if _family(word) or _given(word):
        return not english_form(word) or core != handle.lower()  # "kwong", "smith42"; not "young"
    if _family(word[1:]) or _family(word[:-1]) or _given(word[:-1]):
        return True  # jsmith, smithj, marial
    return any(_given(word[:i]) and _family(word[i:]) for i in range(3, len(word) - 2))


# What a service's parts are called after the service: "thanos-query", "loki-gateway", "odin-worker".
_COMPONENTS = frozenset(
    """api gateway proxy worker workers server query store cache queue db exporter agent operator controller sidecar
    frontend backend web ui cli sdk client daemon scheduler collector compactor ingester router consumer producer
    indexer crawler importer sync job jobs cron migrator""".split()
)


def plausible(handle: str) -> bool:
    """Whether `handle` may be someone's: no English word, tool or service account, no decorator's dot."""
    lowered = handle.lower()
    if lowered in SERVICE_ACCOUNTS or is_software(lowered) or len(lowered) < 3 or lowered in DECLARING_WORDS:
        return False  # "type Account struct {": a keyword where a cue's account would stand
    if medicine(lowered):
        return False  # "can i take sertraline and symkevi together": a listed medicine, no one's login
    if "." in lowered and lowered.rpartition(".")[2] in _HOST_ENDS and not lowered.rpartition(".")[0].count("."):
        return False  # "https://rubygems.org/", "golang.org": a site's name, not a login
    if versioned_tool(lowered) or numbered_thing(lowered):
        return False  # "owner: python3", "ssh db01": a tool's or a machine's name and its number
    words = [w for w in re.split(r"[._\-]", lowered.rstrip("0123456789")) if w]
    # "context.repo.owner", "self.user.login": a chain of members in code, not a login.
    if lowered.count(".") >= 2 and sum(english_form(w) for w in lowered.split(".")) >= 2:
        return False
    if not words or words[0] in SERVICE_ACCOUNTS or words[0] in SERVICE_HEADS or words[-1] in SERVICE_TAILS or lowered.endswith("[bot]"):
        return False  # "svc-etl", "ci-bot", "renovate[bot]": a service's login, a GitHub App
    if len(words) >= 2 and words[-1] in _COMPONENTS:
        return False  # "thanos-query", "odin-worker", "billing-api": a service's part, named by what it does
    # One word or several: ordinary English ("interface", "build-team") names no one, unless
    # the words are a first and a last name ("thomas_davis", "will.hunter").
    long_words = [w for w in words if len(w) > 1]
    if numbered_login(lowered):
        return True  # "lakshmi.v80": a name word, an initial and digits, English word or not
    if len(words) == 1 and lowered != words[0] and (words[0] in listed_family() or words[0] in listed_given()):
        return True  # "mitra70", "grace7": a name and digits, the way logins are handed out
    if len(words) == 2 and (_given(words[0]) and _family(words[1]) or _initial_and_frequent_surname(words)):
        return True
    return not long_words or not all(english_form(w) or irregular_word(w) or w in SERVICE_ACCOUNTS for w in long_words)


def _short_login(handle: str) -> bool:
    """A few letters and a number (`short_numbered`: "iwu18", "kim15") that is no service account
    ("web1", "git2" are machines')."""
    return short_numbered(handle) and handle.rstrip("0123456789") not in SERVICE_ACCOUNTS


def versioned_tool(handle: str) -> bool:
    """A tool's name and its version glued (`python3`, `redis6`, `ubuntu22`, `node18`): a name of the
    tool lists that no one is called. One a person is also called ("julia22", "hugo7") stays a login."""
    core = handle.rstrip("0123456789")
    return core != handle and core.isalpha() and (unambiguous_software(core) or technology(core) is False)


def _addressed_login(handle: str) -> bool:
    """A login listed after an addressing cue ("cc: uche93, p.okafor"): numbered or made of a name."""
    return _short_login(handle) or name_made(handle) or numbered_unknown(handle) or initial_login(handle)


def _initialled(handle: str) -> bool:
    """`a.magi`, `magi_a`: a letter joined to a word, the way companies hand out logins."""
    words = re.split(r"[._]", handle.lower().rstrip("0123456789"))
    return len(words) == 2 and sorted(map(len, words))[0] == 1 and max(words, key=len).isalpha() and len(max(words, key=len)) >= 3 and not is_software(max(words, key=len))


def initial_login(handle: str) -> bool:
    """A letter joined by a dot or an underscore to a word of four letters or more that no list of
    words or tools knows, digits or not: `k.mboya`, `gichuki.j`, `p_uche7`. Companies hand logins
    out so; a word the lists lack glued to nothing ("mboya") may be any language's, joined to an
    initial it is someone's."""
    if handle != handle.lower() or not _initialled(handle):
        return False
    core = handle.rstrip("0123456789")
    short, long = sorted(re.split(r"[._]", core), key=len)
    return short.isalpha() and len(long) >= 4 and not english_form(long) and not is_software(core) and long not in SERVICE_ACCOUNTS


def paired_name(handle: str) -> bool:
    """Whether `handle` joins a given name and a surname (either order) or a letter and a surname,
    each on the shipped name lists, English words too: `ibrahim.ali`, `tao.yuan`, `na_fan`,
    `gang-mo`, `h.xu`. Read only where a position says "account" (a login key, `/home/x`, `TO x`;
    not a mention, "see @mark.skip"): elsewhere "min.height" and "long.name" are names too."""
    words = [w for w in re.split(r"[._\-]", handle.lower().rstrip("0123456789"))]
    if len(words) != 2 or not all(w.isalpha() for w in words) or is_software(handle.lower()) or handle.lower() in SERVICE_ACCOUNTS:
        return False  # "jane.doe": a runbook's sample login
    if any(w in SERVICE_ACCOUNTS or is_software(w) for w in words):
        return False
    short, long = sorted(words, key=len)
    if len(short) == 1:
        return len(long) >= 2 and long in listed_family()
    first, second = words
    return first in listed_given() and second in listed_family() or first in listed_family() and second in listed_given()


def _initial_and_frequent_surname(words: list[str]) -> bool:
    """`s.ward`, `ward.s`: a letter beside one of the most frequent census surnames."""
    short, long = sorted(words, key=len)
    return len(short) == 1 and long in frequent_names()[1]


def _cue(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, regex.VERSION1 | regex.MULTILINE)


# Cues that cannot match a text without a given string ("/", "<@"): skipped unread on most texts.
_NEEDS: dict[regex.Pattern[str], str] = {}


def _needs(need: str, pattern: str) -> regex.Pattern[str]:
    compiled = _cue(pattern)
    _NEEDS[compiled] = need
    return compiled


# Not glued to a capitalised part either: "@pagerduty-Payments", "@slack-Ops" name integrations.
# Chat tools mention people by display names in any script: "@Elżbieta", "@jáhel".
_MENTIONED = r"\p{L}[\p{L}0-9]*(?:[._\-][\p{L}0-9]+){0,2}"
# Style sheets' at-rules are no one: "@media screen and …", "@font-face {", "@include mixin;".
_AT_RULES = r"media|import|font-face|keyframes|supports|page|charset|namespace|layer|container|property|include|extend|mixin|apply|tailwind|use|forward|each|if|else|return|function|content|warn|error|debug|at-root"
_MENTION = _cue(rf"(?<![\w.@/\\])@(?!(?:{_AT_RULES})(?![\w\-]))(?P<h>{_MENTIONED})(?![\w@]|[._\-][\p{{L}}0-9])(?![(/]|-[A-Z])")


def _mentioned_given_name(handle: str) -> bool:
    """A mention that is a given name alone, in any case: "@Luke the build is green", "@elżbieta".
    Chat tools mention by display name; a decorator or an annotation is a word or a tool's name
    ("@dataclass", "@Override", "@Autowired"), which no given-name list holds."""
    lowered = ascii_fold(handle.lower())
    return lowered.isalpha() and len(lowered) >= 3 and lowered in first_names() and lowered not in SERVICE_ACCOUNTS and not is_software(lowered)


def _brand(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a listed brand (`brands.listed_brand`)."""
    # Imported here: at load time handles stays off the brand modules' import chain (`tests/test_layers.py`).
    from privacy_gateway.detection.brands import listed_brand

    return listed_brand(text, start, end)


def _home_given(handle: str) -> bool:
    """A home folder's name that is a listed given name alone, any case ("/home/david", "C:\\Users\\Marianne"):
    where only an account's folder stands. Not a shared or a tool's folder ("Public", "Default",
    "ubuntu", "runner"), nor an everyday word the lists hold ("guest", "shared")."""
    lowered = handle.lower()
    return (
        lowered.isalpha() and len(lowered) >= 3 and _given(lowered) and lowered not in SERVICE_ACCOUNTS
        and not is_software(lowered) and not everyday_word(lowered) and lowered not in _SHARED_FOLDERS
    )


# Folders every machine has under its homes: no one's account.
_SHARED_FOLDERS = frozenset("public default shared all guest user users admin home common temp".split())


def _decorator(text: str, start: int, end: int) -> bool:
    """Whether the mention at start..end is a decorator, alone on its line (`@login_required`), or
    a silenced command of a Makefile recipe, which a tab indents (`\t@mkdir -p $(PREFIX)`)."""
    indent = text[lines.line_start(text, start) : start]
    return not indent.strip() and ("\t" in indent or not text[end : lines.line_end(text, end)].strip())


_POSSESSIVE = _cue(rf"(?<![\w.@/\\\-])(?P<h>{CASED})(?=['’]s\b)")
# A handle holds only letters, digits and ._- and opens with a letter: it can only start where such a
# run up to "'s" does (`starts`; half the time of trying it at every letter).
_POSSESSIVES = Anchored(_POSSESSIVE, r"(?<![\w.@/\\\-])[A-Za-z](?=[A-Za-z0-9._\-]*+['’]s\b)")

# Folders that hold one entry per account: SFTP chroots ("/srv/sftp/kwong/incoming") and cron's
# spool ("/var/spool/cron/crontabs/kwong"); a project's `ftp/` package holds modules ("client.py"),
# so only a login made of a name and no file.
_SPOOLED = _needs("/", rf"(?<![\w.\-])(?:s?ftp|spool/cron(?:/crontabs)?)/(?P<h>{HANDLE}){_END}(?=[/\s\"'`,;)]|$)")

_PROFILE = _needs("://", rf"(?i:\bhttps?://[\w.\-]+(?::\d+)?/)@?(?P<h>{HANDLE}){_END}(?![/\w]|\.\w)")

# Cues that address or name a person, where a short login with digits is someone's too ("ping
# iwu18", "thanks kim15", "assign to tha46"): "by" and the other weak cues name tools and hosts as often.
_ADDRESSED = _cue(rf"(?i:\b(?:thanks|thank you|thx|cc(?:[ \t]*:)?|ping|ask|tell|(?:re-?)?assign(?:ed)?(?:[ \t]+(?:it|[A-Z][A-Z0-9]+-\d+))?[ \t]+to|reach out to|hi|hey|dear)[ \t,]+)"
                  rf"@?(?P<h>{HANDLE}){_END}")
_CANNOT = _needs("can", rf"(?<![\w.@/\\\-])(?P<h>{HANDLE})(?=[ \t]+(?:still[ \t]+)?(?:cannot|can['’]t|can[ \t]+not)[ \t]+"
                        rf"(?:log[ \t]?in|log[ \t]on|sign[ \t]in|push|pull|publish|access|ssh|connect|merge|deploy|clone|approve)\b)")
# Words for the people one works with, before a login: "my teammate aigerimn", "our intern priyar".
_COLLEAGUE = _cue(rf"(?i:\b(?:team[ -]?mates?|colleagues?|co-?workers?|managers?|boss|interns?|contractors?|new[ \t]+hires?)[ \t,]+)"
                  rf"@?(?P<h>{HANDLE}){_END}")
# Prose's slots for a person's login: "Is iwu18 the right account?", "add tha46 to the finance
# group", "Add petrasgintalas63 to the Jira board", "forward this to kim15", "who is ath6?". Not a
# subject before a verb of saying ("x said …"): templates and forms say things too.
_PERSON_SLOTS = (
    _cue(rf"(?i:\bis[ \t]+)@?(?P<h>{HANDLE}){_END}(?=[ \t]+the[ \t]+(?:right|correct|wrong|same)[ \t]+"
         rf"(?i:account|user(?:[ \t]?name)?|login|person|handle|contact)\b)"),
    _cue(rf"(?i:\badd[ \t]+)@?(?P<h>{HANDLE}){_END}(?=[ \t]+to[ \t]+(?i:(?:the|our|my|this|that)[ \t]+)?(?:[\w\-]+[ \t]+)?"
         rf"(?i:group|team|channel|list|chat|thread|call|meeting|invite|project|workspace|mailing[ \t]+list|board|rota|roster|rotation|org|organi[sz]ation|repo|repository|space|server|standup|on-?call)s?\b)"),
    _cue(rf"(?i:\b(?:forward|send|give|pass|hand|email|e-mail|message|text)(?:[ \t]+(?:it|this|that|them|these|those))?[ \t]+to[ \t]+)"
         rf"@?(?P<h>{HANDLE}){_END}"),
    _cue(rf"(?i:\bwho(?:['’]s|[ \t]+is)[ \t]+)@?(?P<h>{HANDLE}){_END}(?=[ \t]*[?,.!]|[ \t]*$)"),
)
# Home folders: /home/kwong/, /Users/kwong, C:\Users\kwong\, ~kwong/.
_HOME = _cue(rf"(?:/home/|/Users/|/users/|\\Users\\|\\\\Users\\\\|(?<![\w/])~)(?P<h>{CASED})(?=[/\\\s\"'`:,;)]|$)")
# Home shares on a file server: "\\fs01\home$\nokafor", "\\nas\users\PRaman".
_HOME_SHARE = _needs('\\', rf"(?i:\\{{1,2}}(?:home|homes|users|profiles?)\$?\\{{1,2}})(?P<h>{CASED})(?=[\\/\s\"'`:,;)]|$)")
# A handle that keeps capitals after a preposition: "hotfix for R.Faust:", "approved with HediBeyer as
# reviewer", "merged from MolinP" (only the cased ones: lower case after "by" is `_CUES`' weak "by"; a
# hyphen joins titles and places there, "from Moby-Dick", "from Stratford-upon-Avon").
_ADP_CASED = _cue(rf"(?i:\b(?:by|from|for|with)[ \t]+)@?(?P<h>[A-Z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)?){_CASED_END}(?![(\[<])")
# The cues after which a short login with digits counts (`short_numbered`).
# Release channels a package is installed at: "lodash@latest", "react@next", "node@lts".
_CHANNELS = r"(?:latest|next|beta|alpha|canary|rc|lts|stable|edge|nightly|dev|experimental|insiders)"
_SHORT_SLOTS = frozenset((_ADDRESSED, _CANNOT, _COLLEAGUE, *_PERSON_SLOTS))
# The key before a quoted value, and the keys whose value is someone's account.
_KEY_BEFORE_QUOTE = regex.compile(r"([A-Za-z_][\w\-]*)[\"']?[ \t]*(?:=>|[:=])[ \t]*$")
_ACCOUNT_KEYS = frozenset(
    "slack user username handle github gitlab twitter telegram discord mention owner author assignee reviewer "
    "contact login nick nickname maintainer member".split()
)
_TWO_WORD_SEGMENT = _needs("/", r"(?<=/)(?P<h>[a-z]+[._\-][a-z]+)(?=/)")


def _quoted_field(text: str, start: int, end: int) -> bool:
    """An "@" word quoted as a key's value is a field or a directive a tool names so (`target =>
    "@timestamp"` in a Logstash filter, `"field": "@version"`), not someone mentioned. Not under a
    key for an account (`slack: "@ekatzir"`), nor quoted in prose ("her insta is '@thandi.m'"), and
    the caller keeps a handle made of a name wherever it stands (`name_made`)."""
    quote = text[start - 1 : start]
    if quote not in ('"', "'", "`") or text[end : end + 1] != quote:
        return False
    key = _KEY_BEFORE_QUOTE.search(text, max(0, start - 41), start - 1)
    return key is not None and key.group(1).lower() not in _ACCOUNT_KEYS


# The owner of a published package, whose path names it: a Go module ("require github.com/jackc/pgx/v5
# v5.5.0", `import "github.com/stretchr/testify/assert"`, Renovate's "update github.com/x/y to v2",
# `go test`'s "pkg: github.com/x/y" and "ok  github.com/x/y 0.5s", a panic's frame "github.com/x/y/z.(*T).Run(…)"),
# and the project a Dependabot pull request bumps ("Bumps [urllib3](https://github.com/urllib3/urllib3)").
_FORGE_PATH = r"(?:github\.com|gitlab\.com|bitbucket\.org)/(?P<owner>[\w.\-]+)/"
_PACKAGE_OWNER = regex.compile(
    rf"""(?i:\b(?:module|require|update|go[ \t]+(?:get|install)|import)[ \t]+(?:\([ \t]*)?)["'`]?{_FORGE_PATH}"""
    rf"""|["'`]{_FORGE_PATH}[\w.\-/]+["'`]|(?m:^)[ \t]+{_FORGE_PATH}[\w.\-/]+[ \t@]+v?\d"""
    rf"""|(?m:^)(?:pkg:|ok|FAIL|\?)[ \t]+{_FORGE_PATH}|(?m:^)[ \t]*{_FORGE_PATH}[^\s(]+\("""
    rf"""|\bBumps[ \t]+\[[^\]\n]{{1,80}}\]\(https?://{_FORGE_PATH}"""
)


# After "@name": a team of that organisation or a package of that scope.
_SCOPE = regex.compile(r"/[a-z]")


def package_owners(text: str) -> frozenset[str]:
    """The forge owners that `text` names as a package's (`_PACKAGE_OWNER`): a project's account,
    public wherever else the text links to it."""
    if "github" not in text and "gitlab" not in text and "bitbucket" not in text:
        return frozenset()
    return frozenset(owner.lower() for m in _PACKAGE_OWNER.finditer(text) for owner in m.captures("owner"))


# (pattern, strong): after a strong cue any plausible handle is someone's; after a weak one it
# must also be made of a name.
_CUES: list[tuple[regex.Pattern[str], bool]] = [
    # Mentions: "@jsmith42 can you…". Not e-mail (a word before @), npm scopes (@types/node),
    # decorators (@app.route(, @dataclass on a line of its own).
    (_MENTION, True),
    # A field or word naming an account: user=mgarcia, "username": "jdoe", owner: kwong, for user hcooper.
    # "handle" is a verb as often ("the regex handles unicode"): it names an account only with a
    # separator or "is" after it ("handle: kwong", "my handle is priyar").
    (_cue(rf"(?i:\b(?:user(?:[ _.\-]?name)?|usr|uname(?=[ \t]*=)|login|logon|uid|account|acct|handle(?=s?[\"']?[ \t]*(?:!?=|:|is\b))|nick(?:name)?|owner|author|"
          rf"assignee|assigned[ _]to|reporter|committer|creator|created[ _]by|requester|requestor|approver|reviewer|"
          rf"member|operator|principal|actor|sender|recipient|mention|watcher|subscriber|follower|participant|collaborator|"
          rf"maintainer|contributor)s?)\b[\"']?[ \t]*(?:!?={{1,3}}|:|\bis\b)?[ \t]*"
          rf"[\"'`]?@?(?P<h>{CASED}){_CASED_END}"), True),
    # A creator's channel, page or profile as a field ("My channel: hopemakes", "Creator page: harjittv",
    # "IG: @ama.draws"), or named after the platform's word ("(YouTube, channel tanvirhlive)"): where a
    # login stands without a colon, only one made of a name or numbered counts (a weak cue).
    (_cue(rf"(?i:\b(?:my[ \t]+)?(?:channel|creator[ \t]+page|page|profile|ig|insta(?:gram)?|tiktok|youtube|twitch|kick|patreon|ko-?fi)"
          rf"(?:[ \t]+(?:name|handle|url))?[ \t]*(?::|\bis\b)[ \t]*)[\"'`]?@?(?P<h>{CASED}){_CASED_END}"), True),
    (_cue(rf"(?i:\b(?:channel|page|profile)[ \t]+)@?(?P<h>{HANDLE}){_END}(?=[ \t]*[),;])"), False),
    # Sessions: "last login by tchukwu", "logged in as ana.k".
    (_cue(rf"(?i:\b(?:log(?:ged)?[ -]?in|log(?:ged)?[ -]?on|sign(?:ed)?[ -]?in|session)[ \t]+(?:by|as|of)[ \t]+)@?(?P<h>{HANDLE}){_END}"), True),
    # A failed or granted sign-in names its account: "login failed for 'bernard.fuchs'",
    # "authentication succeeded for user kwong", svn's "Authorization failed for kwong".
    (_cue(rf"(?i:\b(?:log(?:in|on)|sign[ -]?in|auth(?:entication|ori[sz]ation)?)[ \t]+(?:failed|failures?|succeeded|attempts?|denied)[ \t]+"
          rf"for[ \t]+(?:user[ \t]+)?)[\"'`]?@?(?P<h>{HANDLE}){_END}"), True),
    # Messages from someone: "DM from k.khatri:", "from agatha_alves:".
    (_cue(rf"(?i:\b(?:dms?|pms?|messages?|msgs?|repl(?:y|ies)|e-?mails?|texts?|pings?)\b[ \t]+(?:from|by)[ \t]+)"
          rf"@?(?P<h>{HANDLE}){_END}"), True),
    # "notes from standup", "tickets from finance": things come from teams and meetings too.
    (_cue(rf"(?i:\b(?:notes?|comments?|requests?|tickets?|commits?|reviews?|reports?)\b[ \t]+(?:from|by)[ \t]+)"
          rf"@?(?P<h>{HANDLE}){_END}"), False),
    # "notes from standup:" names no one; "FROM golang:1.22" is an image and its tag.
    (_cue(rf"(?i:\bfrom)[ \t]+@?(?P<h>{HANDLE}){_END}(?=[ \t]*:(?![\w.\-]))"), False),
    (_HOME, True),
    # A Windows domain login: "CORP\\pdelgado", "ACME-EU\\MTanaka" (a domain is written in capitals).
    (_cue(rf"(?<![\w\\])[A-Z][A-Z0-9\-]{{1,15}}\\{{1,2}}(?P<h>{CASED}){_CASED_END}(?![\\/])"), True),
    # IRC and chat-log nicks: "<tomasz_w> restarting", "[09:14] <ChiomaEze> on it", "* kwong has joined".
    (_cue(rf"^[ \t]*(?:\[[^\]\n]{{1,24}}\][ \t]*)?<[@+%]?(?P<h>{CASED})>[ \t](?![^\n]*</)"), True),  # no HTML: "<p> hi </p>"
    # Running as an account: "the cron runs as wardj", "sudo -u mtanaka", "su - ezec", "chown ceze:".
    (_cue(rf"(?i:\b(?:runs?|running|ran|executes?|executed|executing|started|owned)[ \t]+(?:as|by)[ \t]+(?:user[ \t]+)?)(?P<h>{HANDLE}){_END}"), True),
    (_cue(rf"(?:\bsudo[ \t]+-u[ \t]+|\bsu[ \t]+-[ \t]+|\bchown[ \t]+(?:-R[ \t]+)?)(?P<h>{HANDLE})(?=[\s:.]|$)"), True),
    # A fork's branch: "Merged PR #212 from praman/fix-timeouts", "pull request from raman.priya/hotfix".
    (_cue(rf"(?i:\b(?:merged?|merging|pull[ \t]+request|pr|mr|branch)\b[^\n]{{0,40}}?\bfrom[ \t]+)(?P<h>{CASED})(?=/[\w.\-])"), False),
    # A Discord name with its discriminator: "maresova.p#0412".
    (_cue(rf"(?<![\w.@/\\#\-])(?P<h>{CASED})#\d{{4}}\b"), True),
    # A possessive: "is lars-eriksen's branch merged" (name-made only: "python's").
    (_POSSESSIVE, False),
    # Logins at hosts: "ssh dlee@bastion", "scp f.txt kwong@10.0.0.3:", "dlee@build-01:"; not a
    # package at a release channel ("npm i lodash@latest", "pnpm add vite@next").
    (_cue(rf"(?<![\w.@\-/])(?P<h>{CASED})@(?=\d{{1,3}}(?:\.\d{{1,3}}){{3}}\b|(?!{_CHANNELS}\b)[a-z][\w\-]*(?:[:\s]|$))"), True),
    (_cue(rf"(?i:\b(?:ssh|scp|sftp|rsync|mosh|telnet)\b)[^\n@]{{0,80}}?(?<![\w.\-])(?P<h>{CASED})@"), True),
    # A mailbox named by its local part alone: "send the logs to jdefarias@ not the shared inbox".
    (_needs("@", rf"(?<![\w.@/\\\-])(?P<h>{HANDLE})@(?=[ \t]*(?:$|[,;!?)]|\.(?!\w)|[ \t]+\w))"), True),
    # A LinkedIn profile names one person ("linkedin.com/in/maria-lopez-4a1b2c"): any slug.
    (_cue(r"(?i:linkedin\.com/in/)(?P<h>[a-z0-9][a-z0-9_%\-]{2,99})(?=[/?#\s\"'`)>\]]|$)"), True),
    # Jira mentions: "[~jsmith]"; access granted or denied to an account: "denied to s.raghavan".
    (_cue(rf"\[~(?P<h>{HANDLE})\]"), True),
    (_cue(rf"(?i:\b(?:denied|granted|revoked|given)[ \t]+(?:to|for)[ \t]+(?:user[ \t]+)?)@?(?P<h>{HANDLE}){_END}"), True),
    # A repository's owner: "github.com/kwong/dotfiles" (organisations own repositories too, so
    # only name-made handles), and in git's "Permission to kwong/dotfiles.git denied".
    (_cue(rf"(?i:(?:github\.com|gitlab\.com|bitbucket\.org)[:/])(?P<h>{HANDLE})(?=/)"), False),
    # A profile page: a URL whose one path segment is a login ("https://gitlab.acme.dev/anna-berg").
    # Sites keep pages there too ("/pricing", "/jordan"): only a login made of a name, not a lone name word.
    (_PROFILE, False),
    # The same owner on any git host: an SSH remote, "git@git.corp:kwong/etl.git", and a clone URL,
    # "https://scm.corp/kwong/etl.git" (the `.git` says the path is a repository's).
    (_needs("git", rf"(?<![\w.\-])git@[\w.\-]+:(?P<h>{HANDLE})(?=/)"), False),
    (_needs(".git", rf"(?i:\b(?:https?|ssh|git)://(?:[\w.\-]+@)?[\w.\-]+(?::\d+)?/)(?P<h>{HANDLE})(?=/[\w.\-]+\.git\b)"), False),
    # A forge's page of a repository: "https://git.corp/kwong/infra/pulls/12", ".../kwong/etl/-/merge_requests/4"
    # (the owner, a user or an organisation, before a repository and what a forge keeps under one).
    (_needs("://", rf"(?i:\bhttps?://[\w.\-]+(?::\d+)?/)(?P<h>{HANDLE})(?=/[\w.\-]+/(?:-/)?(?:pulls?|issues|merge_requests|"
                   rf"tree|blob|commits?|compare|releases|actions|wiki|src|raw|branches|tags|pipelines|jobs)\b)"), False),
    # HDFS keeps each account's home at the root's `/user/` ("hdfs dfs -ls /user/kwong/"); a web
    # route opens so too ("/user/login/"), so only in an HDFS command (up to its `;`, `|` or `&`) and a login made of a name.
    (_needs("/user/", rf"(?i:\b(?:hdfs|hadoop)\b)[^\n;|&]{{0,80}}?(?<![\w.:/\-])/user/(?P<h>{HANDLE})(?=[/\s\"'`]|$)"), False),
    (_SPOOLED, False),
    (_cue(rf"(?i:\bpermission[ \t]+to[ \t]+)(?P<h>{HANDLE})(?=/[\w.\-]+\.git\b)"), True),  # git's own message
    # Weaker: "written by jdoe", "thanks jsmith", "assign to mgarcia", "reassign INC-4471 to
    # mgarcia": only name-made handles.
    (_cue(rf"(?i:\b(?:by)[ \t,]+)@?(?P<h>{HANDLE}){_END}"), False),
    (_ADDRESSED, False),
    *((slot, False) for slot in _PERSON_SLOTS),
    # The account an access error is about, as sudo, npm, git hosts and help desks write it:
    # "x is not in the sudoers file" (sudo's own words: any login), "m.ali is not allowed to
    # publish", "okaforc still cannot push", "s.bukovec does not have access" (name-made only:
    # "the runner cannot push" is a machine).
    (_needs("sudoers", rf"(?<![\w.@/\\\-])(?P<h>{HANDLE})(?=[ \t]+is[ \t]+not[ \t]+in[ \t]+the[ \t]+sudoers\b)"), True),
    (_needs(" not ", rf"(?<![\w.@/\\\-])(?P<h>{HANDLE})(?=[ \t]+(?:(?:is|was)[ \t]+not[ \t]+(?:allowed|permitted|authori[sz]ed)|"
                     rf"(?:does|did)[ \t]+not[ \t]+have[ \t]+(?:permission|access|rights|the[ \t]+right))\b)"), False),
    (_CANNOT, False),
    (_COLLEAGUE, False),
    (_HOME_SHARE, True),
    (_ADP_CASED, False),
    # A path segment made of two names: "registry.corp/priya.raman/api", "/people/lars-eriksen/".
    (_TWO_WORD_SEGMENT, False),
    # A path under a folder of accounts: "arn:aws:iam::1234:user/nkechi.okafor", "s3://b/users/nokafor/",
    # "/people/praman", "/u/tkowalczyk" (the folder says a login follows, whatever it is made of; a
    # lone "user/" is a placeholder owner, "github.com/user/repo", or a route, "/user/login/").
    (_needs('/', rf"(?i:(?<![\w\-])(?:(?<=:)user|users|people|person|profiles?|members?|employees?|staff|u)/)(?P<h>{CASED})(?=[/?#\s\"'`)>\]]|$)"), True),
    # A Slack mention as exports write it, "<@U04AB12|ramanpriya>", and a OneDrive folder named
    # by its owner's address, "sharepoint.com/personal/priya_raman_corp_com/".
    (_needs('<@', rf"<@[A-Z0-9]{{6,12}}\|(?P<h>{CASED})>"), True),
    (_needs('/personal/', r"(?i:sharepoint\.com/personal/)(?P<h>[a-z0-9][a-z0-9_]{2,99})(?=[/?#\s\"'`)>\]]|$)"), True),
]


class HandleRecognizer(GatewayRecognizer):
    """PERSON: usernames and handles in an account's position (see the module docstring)."""

    ENTITY = "PERSON"

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        found: dict[tuple[int, int], float] = {
            span: 0.8 for span in (*chat_speakers(text), *free_handles(text), *message_headers(text), *account_spans(text))
        }
        for pattern, strong in (cue for cue in _CUES if _NEEDS.get(cue[0], "") in text):
            # Overlapped: a cue word may stand where a handle could ("event=login user=kwong":
            # "login user" must not swallow the "user=" cue after it).
            for m in (_POSSESSIVES if pattern is _POSSESSIVE else pattern).finditer(text, overlapped=True):
                handle = m.group("h")
                if pattern is _MENTION and (_decorator(text, m.start(), m.end()) or _quoted_field(text, m.start(), m.end()) and not name_made(handle)):
                    continue
                if not strong and "." in handle and (handle.rpartition(".")[2].lower() in FILE_EXTENSIONS or pattern is _TWO_WORD_SEGMENT and handle.endswith(".d")):
                    continue  # "with CSV.jl", "/etc/nginx/conf.d/": a file's or a directory's name
                if pattern in (_SPOOLED, _PROFILE) and handle.rpartition(".")[2] in FILE_EXTENSIONS:
                    continue  # "src/ftp/client.py": a module of a project's package
                if text[m.start("h") - 1 : m.start("h")] == "@" and _SCOPE.match(text, m.end("h")):
                    continue  # "cc @globex/platform", "@babel/core": an organisation's team, a package's scope
                if pattern is _PROFILE and handle.isalpha() and (_given(handle) or _family(handle)):
                    continue  # "nike.com/jordan": a page named by a word that is a name, not a login
                if pattern is _MENTION and _mentioned_given_name(handle):
                    pass
                elif not handle.isascii():
                    continue  # other shapes of login are read in ASCII, as tools write them
                elif pattern in (_HOME, _HOME_SHARE) and _home_given(handle):
                    pass  # "C:\\Users\\david\\": a home folder named by a given name alone
                elif handle != handle.lower():
                    if not (camel_name(handle, strong) or (strong or pattern is _ADP_CASED) and _initial_and_word(handle, loose=strong)):
                        continue
                    if pattern is _ADP_CASED and _brand(text, m.start("h"), m.end("h")):
                        continue  # "a blurb for SsangYong speakers": a listed brand after the preposition
                elif not strong and "." in handle and sql_column(text, m.start("h")):
                    continue  # "ORDER BY e.empno, d.dname": a table alias's column after "by"
                elif (strong or pattern in _SHORT_SLOTS) and _short_login(handle):
                    pass  # "--author=adh58", "ping iwu18": a few letters and a number where a login stands
                elif not (plausible(handle) or strong and (_initialled(handle) or pattern is not _MENTION and paired_name(handle))) or not (
                    strong or name_made(handle) or numbered_unknown(handle) or initial_login(handle) and not _sql_by(text, m.start("h"))
                ):
                    continue  # after a weak cue ("cc", "by", github.com/) a login made of a name, or numbered as logins are
                score = 0.8 if strong or name_made(handle) else 0.6
                listed = _listed_after(text, m.end("h")) if strong or pattern in _SHORT_SLOTS else []
                if not strong:  # "cc: uche93, kim15": after an addressing cue, the logins it lists
                    listed = [span for span in listed if _addressed_login(text[span[0] : span[1]])]
                for span in (m.span("h"), *listed):
                    found[span] = max(found.get(span, 0.0), score)
        if found and (packages := package_owners(text)):
            # "Bumps [urllib3](https://github.com/urllib3/urllib3)", then its release notes and commits
            # linked: the project's account wherever the text names it.
            found = {(s, e): score for (s, e), score in found.items() if text[s:e].lower() not in packages}
        return [RecognizerResult("PERSON", s, e, score, recognition_metadata=self._metadata()) for (s, e), score in found.items()]


# SQL sorts and groups "by" a table alias's column ("ORDER BY e.empno"), which is shaped as a login.
_SQL_BY = re.compile(r"(?i:\b(?:order|group|partition|sort|sorted|ordered|grouped|cluster|clustered|distribute)[ \t]+by[ \t]+)$")


def _sql_by(text: str, start: int) -> bool:
    return _SQL_BY.search(text, max(0, start - 24), start) is not None


# A statement of SQL in the text: a query, an update, a sort, or a clause's keyword in capitals.
_SQL_STATEMENT = re.compile(
    r"(?i:\bselect\b[^;]{1,2000}?\bfrom\b|\bupdate\b[^;\n]{1,200}?\bset\b|\bdelete[ \t]+from\b|\b(?:order|group)[ \t]+by\b)"
    r"|\b(?:WHERE|HAVING|JOIN)\b"
)
# The clause keywords an expression list or a condition follows ("SELECT e.ename, d.dname", "WHERE
# o.custid = 5 AND …", "ON i.cid = c.id", "SET a.bal = …").
_SQL_CLAUSE = re.compile(r"(?i:\b(?:select|distinct|where|having|and|or|on|set|when|then|(?:order|group|partition)[ \t]+by)\b)")
# What the expression between a clause's keyword and a column holds: no sentence's mark, comment or
# account's position ("GRANT SELECT ON t TO m.okafor", "ORDER BY ts -- thanks to p.haddad").
_NOT_EXPRESSION = re.compile(r"(?i:[?!;:\n\"`]|--|/\*|#|\b(?:to|from|user|role|login|owner|authorization|by)\b)")


def sql_column(text: str, start: int) -> bool:
    """Whether the dotted word at `start` is a column qualified by its table's alias, in a clause of
    an SQL statement ("ORDER BY e.empno, d.dname", "SELECT … FROM orders o WHERE o.custid = 5"): the
    shape of `e.larsson`, but a column. Not a quoted value (`WHERE login = 'j.smith'`: that is a
    login), nor after an account's keyword (`GRANT … TO j.smith`)."""
    if text[start - 1 : start] in ("'", '"', "`") or not _SQL_STATEMENT.search(text):
        return False
    line_start = max(lines.line_start(text, start), start - 200)
    clauses = list(_SQL_CLAUSE.finditer(text, line_start, start))
    if not clauses:
        return False
    between = text[clauses[-1].end() : start]
    return _NOT_EXPRESSION.search(between.replace("'", " ")) is None


_NEXT = _cue(rf"[ \t]*,[ \t]*@?(?P<h>{HANDLE}){_END}")


def _listed_after(text: str, end: int) -> list[tuple[int, int]]:
    """Handles listed after one in an account's position: "Watchers: ana.k, tchukwu, olga85"."""
    out = []
    while (m := _NEXT.match(text, end)) is not None and plausible(m.group("h")):
        out.append(m.span("h"))
        end = m.end()
    return out


# A chat line under a handle: "karlsson.e: deploy is stuck", "<li.wei> on it".
_SPEAKER = _cue(rf"^[ \t]*(?P<stamp>\[[^\]\n]{{1,24}}\][ \t]*)?(?P<h>{HANDLE}):[ \t]+\S")


def chat_speakers(text: str) -> list[tuple[int, int]]:
    """Handles that label the lines of a chat: two or more lines, one handle speaking twice.

    A YAML mapping has lines of `key: value` too, but its keys are words (`image`, `ports`) or
    made of them (`container_name`), which `plausible` refuses, and a key never comes back. A
    chat log that stamps each line with its time ("[19:02] oliver_pike: first") is no mapping:
    there the speakers `plausible` takes are people, beside handles made of words ("capybara_fan")."""
    if text.count("\n") < 2:
        return []
    lines = [m for m in _SPEAKER.finditer(text)]
    handles = [m.group("h") for m in lines]
    if len(lines) < 3 or len(set(handles)) == len(handles):
        return []
    if all(m.group("stamp") for m in lines):
        return [m.span("h") for m in lines if plausible(m.group("h"))]
    if not all(plausible(h) for h in handles):
        return []
    return [m.span("h") for m in lines]


# A chat export's message header: a display name and the time on a line of their own
# ("maria lopez  9:02 am", "Kowalski, Anna [10:14]").
_HEADER = _cue(r"^[ \t]*(?P<h>\p{L}[\p{L}'’.\-]*(?:,?[ \t]\p{L}[\p{L}'’.\-]*){0,3})[ \t]+[\[(]?\d{1,2}:\d{2}(?::\d{2})?"
               r"(?:[ \t]?(?i:[ap]\.?m\.?))?[\])]?[ \t]*$")


def message_headers(text: str) -> list[tuple[int, int]]:
    """Display names heading the messages of a chat export (Slack, Teams): two headers or more,
    each over a message line and with a word that is no English word ("build 9:02" heads nothing;
    a timetable's "Lyon 10:02" lines follow one another with no message between)."""
    found = [m for m in _HEADER.finditer(text) if _display_name(m.group("h")) and _message_after(text, m.end())]
    return [m.span("h") for m in found] if len(found) >= 2 else []


def _message_after(text: str, end: int) -> bool:
    line = text[end + 1 : lines.line_end(text, end + 1)]
    return bool(line.strip()) and not _HEADER.fullmatch(line)


def _display_name(value: str) -> bool:
    if " " not in value.strip() and value != value.lower() and camel_name(value.strip(), strong=True):
        return True  # a login shown as the display name: "T.Ackley 09:02", "NasyiahC 09:05"
    words = [w.strip(".,").lower() for w in value.split()]
    return all(w.isalpha() or "-" in w or "'" in w for w in words) and any(
        len(w) >= 3 and not english_form(w) and not is_software(w) and w not in SERVICE_ACCOUNTS for w in words
    )


# Any lower-case token shaped like a handle, wherever it stands: "ward.s", "jacob_koster", "taylorj".
_FREE = _cue(rf"(?<![\w.@/\\\-#$%:=<>~`'\"])(?P<h>[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?){_END}(?![(/\[<>])")


def free_handles(text: str) -> list[tuple[int, int]]:
    """Handles whose make alone says they are someone's, with no cue around them: an initial and a
    surname joined by a dot or an underscore (`e.larsson`, `ward.s`), a first and a last name
    joined (`david.horvath`, `jacob_koster`), or an initial glued to a census surname
    (`taylorj`, `rwallace61`). Never an English word, a tool, a service account or a call
    (`t.tolist()`); a lone name word (`jordan`) is the one-case rules' to judge."""
    # Imported here: at load time handles stays off the name modules' import chain (`tests/test_layers.py`).
    from privacy_gateway.detection.brands import listed_brand
    from privacy_gateway.detection.full_names import notable_around

    out = []
    tools = reporting_tools(text)  # "clippy: warning: …": a program, wherever the text names it
    quoted = list(_QUOTED.finditer(text)) if "'" in text or '"' in text else []
    for m in [*_FREE.finditer(text), *(q for q in quoted if "-" not in q.group("h"))]:
        handle = m.group("h")
        if handle in tools:
            continue
        # A lone word of under six letters never stands alone (`_made_to_stand_alone` wants digits,
        # a separator or six letters): most of a text's words, spared the list lookups.
        if len(handle) < 6 and handle.isalpha():
            continue
        if "." in handle and handle.rpartition(".")[2] in FILE_EXTENSIONS:
            continue  # "conftest.py", "values.yaml": a file's name
        if "." in handle and text[m.end("h") : m.end("h") + 1] == "=":
            continue  # "smtp.mailfrom=ci.example.org", "spring.datasource.url=…": a dotted key given its value
        # The make first: most long words are no login by their make, and the lists of the famous
        # and of brands cost more to ask (a window of words around each).
        if not (plausible(handle) and _made_to_stand_alone(handle, text)):
            continue
        if handle.isalpha() and notable_around(text, m.start("h"), m.end("h")):
            continue  # "what did satya nadella do": a word of a full name the world knows, typed in lower case
        if handle.isalpha() and listed_brand(text, m.start("h"), m.end("h")):
            continue  # "compare weleda and eucerin skin food": a listed brand typed in lower case (`brands`)
        if "." in handle and sql_column(text, m.start("h")):
            continue  # "ORDER BY e.empno, d.dname": a table alias's column
        out.append(m.span("h"))
    if "://" in text:
        # "https://git.example.org/team/nothando.vilakazi/notes": a path segment made as a login.
        out.extend(span for span in _url_segments(text) if plausible(text[slice(*span)]) and _made_to_stand_alone(text[slice(*span)], text, in_address=True))
        out.extend(span for span in _named_segments(text) if _segment_login(text[slice(*span)]))
    if "\\" in text:
        # "\\fs01\share\Anna.Berg", "D:\Projects\KBoateng\out": a Windows path's folder made as a login.
        out.extend(span for span in _windows_segments(text) if _segment_login(text[slice(*span)]))
    if "." in text:
        # "Anna.Berg", "A.Berg": a login that keeps the directory's capitals, judged as its lower case is.
        out.extend(m.span("h") for m in _CAPITAL_DOTTED.finditer(text) if plausible(m.group("h")) and _made_to_stand_alone(m.group("h").lower(), text))
    if _CAMEL_JOIN.search(text):
        # "mgr.assign(ticket, NowakJ)": a surname and its capital initial, as directories make logins.
        out.extend(m.span("h") for m in _SURNAME_INITIAL.finditer(text) if _initial_and_word(m.group("h"), loose=False))
    if "-" in text or _CAMEL_JOIN.search(text):
        technical = describe(text).technical
        out.extend(m.span("h") for m in _JOINED.finditer(text) if _joined_name(m.group("h"), technical))
        out.extend(m.span("h") for m in quoted if "-" in m.group("h") and _joined_name(m.group("h"), technical))
    return out


# A web address and its path: "https://git.example.org/team/ezeugo97/notes".
_URL_PATH = _cue(r"\bhttps?://[^\s/?#]+(?P<path>(?:/[^\s/?#]*)*)")
# A path segment shaped as a login made of two words or a word and digits: "nothando.vilakazi",
# "ogunbiyi18"; a sentence's full stop after the last one is no part of it.
_SEGMENT = regex.compile(r"(?<=/)(?P<h>[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?\d*)(?=/|[.!?,;:)\]>\"']?$)")


def _url_segments(text: str) -> list[tuple[int, int]]:
    """Spans of the path segments of each web address in `text` that may be a login (`_SEGMENT`):
    joined words or a word with digits ("…/team/nothando.vilakazi", "…/u/ogunbiyi18/notes"); a
    lone word ("/pricing", "/about") is a page's."""
    out = []
    for m in _URL_PATH.finditer(text):
        for s in _SEGMENT.finditer(m.group("path")):
            if not s.group("h").isalpha():
                out.append((m.start("path") + s.start("h"), m.start("path") + s.end("h")))
    return out


# A path segment that keeps a directory's capitals or joins two words by a hyphen, or a lone word of
# letters: "…/team/Hedi.Beyer", "…/git.corp/DRodriguez/etl/tree/main", "…/d/abc/team/dillon-rodriguez",
# "…/people/aberglund/roles". What it is made of decides (`_segment_login`).
_NAMED_SEGMENT = regex.compile(r"(?<=/)(?P<h>[A-Za-z][A-Za-z]*(?:[._\-][A-Za-z][A-Za-z]*)?)(?=/|[.!?,;:)\]>\"']?$)")


_FORGE = regex.compile(r"(?i:(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)$)")


def _named_segments(text: str) -> list[tuple[int, int]]:
    """Spans of the path segments of each web address in `text` shaped as `_NAMED_SEGMENT`, bar
    the lower-case joined ones `_url_segments` reads ("nothando.vilakazi")."""
    out = []
    for m in _URL_PATH.finditer(text):
        forge = _FORGE.search(text, m.start(), m.start("path")) is not None
        for s in _NAMED_SEGMENT.finditer(m.group("path")):
            h = s.group("h")
            if forge and s.start("h") > 1:
                continue  # "github.com/pinojs/pino-pretty": after the owner, a repository and its paths
            if h != h.lower() or "-" in h or h.isalpha():
                out.append((m.start("path") + s.start("h"), m.start("path") + s.end("h")))
    return out


# A Windows path on a share or a drive and its folders: "\\fs01\share\Anna.Berg", "D:\Projects\KBoateng\out".
_WINDOWS_PATH = _cue(r"(?:\\\\[\w.\-$]+|(?<![\w])[A-Za-z]:)(?P<path>(?:\\[^\s\\/:*?\"<>|]*)+)")
_WINDOWS_SEGMENT = regex.compile(r"(?<=\\)(?P<h>[A-Za-z][A-Za-z]*(?:[._\-][A-Za-z][A-Za-z]*)?)(?=\\|[.!?,;:)\]>\"']?$)")


def _windows_segments(text: str) -> list[tuple[int, int]]:
    """Spans of the folders of each Windows path in `text` shaped as `_WINDOWS_SEGMENT` (letters, one joint)."""
    out = []
    for m in _WINDOWS_PATH.finditer(text):
        for s in _WINDOWS_SEGMENT.finditer(m.group("path")):
            out.append((m.start("path") + s.start("h"), m.start("path") + s.end("h")))
    return out


def _segment_login(segment: str) -> bool:
    """Whether a web address's path segment is a login made of a name: two name words or a name
    and an initial, in any case, run together or joined (`Hedi.Beyer`, `DRodriguez`, `WielochE`,
    `dillon-rodriguez`, `dwilkinson`), as `name_words` splits them. A page's words ("GetUser",
    "etl-jobs", "pricing", "Reports.Q3"), a file ("README.md") and a lone name ("/jordan") are not."""
    if segment.rpartition(".")[2].lower() in FILE_EXTENSIONS or not plausible(segment):
        return False
    words = name_words(segment)
    if words is None:
        return _initial_and_word(segment)
    if len(words) != 2:
        return False
    if segment != segment.lower() and not segment[:1].isupper():
        return False  # "iPhone", "macOS": a product's casing, not a directory's
    if segment != segment.lower():
        return not any(everyday_word(w) for w in words)  # "Anna.Berg" keeps a directory's capitals; "Price.List" is a page
    return not (len(words[0]) > 1 and len(words[1]) > 1 and english_form(words[0]) and english_form(words[1]))  # "rose-garden"


def _initial_and_word(handle: str, loose: bool = True) -> bool:
    """A capital initial beside a capitalised word the name lists miss or hold as a surname only,
    dotted or run together, either order: `K.Pachoek`, `A.Seddio`, `BMulawa`, `KarczmarzA`
    (directories write logins so). Not a word English knows run into a letter ("XPath",
    "EBook", "PlanB"): those are software's and products'. Not `loose` (in prose), a letter
    glued before a word the lists miss is a language's or a product's ("OCaml", "ECharts"):
    there only a listed surname follows a leading initial."""
    words = _CAMEL.findall(handle)
    if len(words) != 2 or not all(w.isalpha() for w in words):
        return False
    short, long = sorted(words, key=len)
    if len(short) != 1 or not short.isupper() or len(long) < 4 or not (long[0].isupper() and long[1:].islower()):
        return False
    word = long.lower()
    if is_software(word) or word in SERVICE_ACCOUNTS or everyday_word(word):
        return False
    if "." in handle and _family(word):
        return True  # "F.Salmon", "H.Beyer": a letter, a dot and a listed surname
    if _family(word) and not english_word(word):
        return True  # "BRodriguez", "WielochE"
    return _unlisted_word(word) and (loose or "." in handle or handle[-1].isupper())  # "KarczmarzA", "K.Pachoek"


# A string literal that is a handle and nothing else: `assert user == 'vincent-jones'`, `["ana.k", …]`
# (code quotes its keys too, "user_name", "grant_type": the make of the words decides, as unquoted).
_QUOTED = _cue(r"(?<![\w\\])(?P<q>['\"])(?P<h>[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?|[a-z]{2,}-[a-z]{2,}\d{0,4})(?P=q)(?![\w])")


# A given name or an initial dotted to a surname, each capitalised, wherever it stands: "Anna.Berg",
# "Y.Wahyuni" (Active Directory and Teams keep the capitals). Not a member of code, "Console.WriteLine":
# `_made_to_stand_alone` wants name words.
_CAPITAL_DOTTED = _cue(r"(?<![\w.@/\\\-#$%:=<>~`'\"])(?P<h>[A-Z][a-z]*\.[A-Z][a-z]{2,})(?![\w(\[<>]|[.\-/]\w)")


# Two words made one handle by a hyphen or by camel case, wherever they stand: "lars-eriksen",
# "ChiomaEze", "mei-tanaka42".
_JOINED = _cue(r"(?<![\w.@/\\\-#$%:=<>~`'\"])(?P<h>[a-z]{2,}-[a-z]{2,}|[A-Z][a-z]+[A-Z][a-z]{2,})\d{0,4}(?![\w(\[<>]|[.\-/]\w)")


# A capitalised word and a capital initial run together, wherever they stand: "BullockR", "NowakJ".
_SURNAME_INITIAL = _cue(r"(?<![\w.@/\\\-#$%:=<>~`'\"])(?P<h>[A-Z][a-z]{3,}[A-Z])(?![\w(\[<>]|[.\-/]\w)")


def _joined_name(handle: str, technical: bool) -> bool:
    """A given name and a surname joined (`lars-eriksen`, `ChiomaEze`): both words on the name
    lists as `a_name` reads them, and in technical text neither an English word (`grace-period`,
    `MarkPrice` are a setting and a class there)."""
    words = [w.lower() for w in (handle.split("-") if "-" in handle else _CAMEL.findall(handle))]
    if len(words) != 2 or is_software(handle.lower()) or any(is_software(w) or w in SERVICE_ACCOUNTS for w in words):
        return False
    first, second = words
    if technical and (english_form(first) or english_form(second)):
        return False
    return _given(first) and a_name(first, second, rare=False)


# The ends of a site's name that no login ends in ("rubygems.org", "golang.org", "crates.io").
_HOST_ENDS = frozenset("com org net gov edu io dev app".split())
# The last words of a web address: "bbc.co.uk", "example.org" are no one's.
_DOMAIN_ENDS = frozenset("com org net gov edu int mil info biz name pro io ai app dev co uk us eu de fr".split())


def _name_word(word: str) -> bool:
    """A word a login's name part can be: one no list knows (`_unlisted_word`) or a listed given
    name or surname that is no English word or tool ("seveta", "olukotun", "wibisono")."""
    if _unlisted_word(word):
        return True
    return len(word) >= 3 and word.isalpha() and (word in listed_given() or word in listed_family()) and not english_form(word) and not is_software(word)


def _unlisted_word(word: str) -> bool:
    """A word of three letters or more that no dictionary, tool list or list of towns has, nor a web
    address's end: what a name the lists miss looks like ("vilakazi", "ilupeju"). Villages are no
    bar: the small-place lists hold many names' words ("garda", "okwe")."""
    # Imported here: at load time handles stays off the place modules' import chain (`tests/test_layers.py`).
    from privacy_gateway.detection.places import known_place
    from privacy_gateway.detection.software import technology
    from privacy_gateway.detection.things import public_word

    return (
        len(word) >= 3 and word.isalpha() and word not in _DOMAIN_ENDS and not english_form(word)
        and not is_software(word) and technology(word) is None and not public_word(word) and not known_place(word)
    )


def _made_to_stand_alone(handle: str, text: str, in_address: bool = False) -> bool:
    """Whether `handle`, standing with no cue, is made as a login is; `in_address`: it is a segment of
    a web address's path, where code's members and settings do not stand, so it is read as in prose."""
    technical = not in_address and describe(text).technical
    if numbered_login(handle, strict=technical):
        return True  # "bayu.p96", "phamh39": a name, an initial and digits, the way logins are handed out
    core = handle.rstrip("0123456789")
    parts = [p for p in re.split(r"[._]", core) if p]
    if len(parts) == 2:
        short, long = sorted(parts, key=len)
        if len(short) == 1:
            # "e.larsson"; "ward.s" too, a frequent surname though an English word. In code a
            # letter and a word is a variable and its member ("x.shape", "t.tolist"): a census surname only.
            if technical:
                return len(long) >= 3 and _family(long) and not english_form(long) and not is_software(long)
            return len(long) >= 3 and (long in frequent_names()[1] or not english_form(long)) and not is_software(long)
        # "david.horvath"; in code not two English words ("mark_price", "rose_garden"), and before
        # an English word only a census given name ("david_hill", not "orm_mode").
        if not a_name(parts[0], parts[1], rare=False):
            # "nothando.vilakazi", "babasola_ilupeju" in prose: two words no list, dictionary or tool
            # list has, joined as logins join them, are a login of a name the lists miss.
            return not technical and all(_unlisted_word(p) for p in parts)
        if not technical:
            return True
        first_english, second_english = english_form(parts[0]), english_form(parts[1])
        return not (first_english and second_english) and (not second_english or parts[0] in census_first_names())
    if len(parts) != 1 or not parts[0].isalpha():
        return False
    word = parts[0]
    if core != handle and len(word) >= 4 and (_given(word) or _family(word)) and not english_form(word):
        return True  # "olga85", "uchenna59": a name and a number, the way logins are handed out
    if core != handle and len(word) >= 5 and not technical and _unlisted_word(word) and not english_form(word[:-1]):
        return True  # "vilakazi78", "nomcebomncube93" in prose: a word no list has and a number, a login of a name the lists miss
    if len(word) < 6 or english_form(word) or _given(word) or _family(word):
        return False
    # "rwallace61": an initial beside a census surname, with digits. Without them only a surname of
    # five letters or more that is no English word, or a frequent one ("taylorj", "awilson"): a
    # shorter or a given name glued to a letter is as often a word of some language ("devant").
    if core != handle and (_family(word[1:]) or _family(word[:-1]) or _given(word[:-1])):
        return True
    if foreign_language(text) is not None:
        return False  # the census does not tell a French word ("devant") from a surname and a letter
    glued = split_glued(word)
    if glued is not None and not (technical and glued[1] == "s"):
        return True  # "priyaraman", "mtanaka", "ramanp", "mabdullayeva"; in code "params" is a plural
    return any(_family(s) and (not english_form(s) or s in frequent_names()[1]) for s in (word[1:], word[:-1]))
