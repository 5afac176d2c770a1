"""People dealt with in technical text: "Please call Janet back about the Postgres migration",
"Send the deploy logs to Ingrid Larsson", "Blame Horvath for the broken migration".

In code, logs and tool questions `names` drops the weak cues ("call", "ask", "send to"), since a
capitalised word there is so often a tool ("ping Redis", "send it to Kafka", "Ask Claude to…").
What tells a person from a tool after such a verb is the word itself, not its position: a
listed given name, a surname or unknown word that is no English word, or a full name; never a
curated tool, a generated-list name nobody has, a service account, or a name its sentence uses as
software. After verbs only people take ("thank", "blame", "cc", "sync with", "thanks to … for") or initials, any
capitalised non-English word will do; after those tools take too ("ping", "ask", "send … to") the
word must be a listed name. A list after the verb ("cc Tsegaye, Bayarmaa and Wairimu") is read
name by name, each by the same test, up to the first that fails.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

from privacy_gateway.detection.code_spans import code_position
from privacy_gateway.detection.lexicon import ascii_fold, common_word, english_form, last_names, world_first_names
from privacy_gateway.detection.name_cues import _NAMES, PEOPLE_ONLY_VERBS, RELATIONS, SERVICE_ACCOUNTS
from privacy_gateway.detection.name_spans import identifier_shaped
from privacy_gateway.detection.software import is_software, software_context, technology

# Verbs of telling and asking: told or asked a clause, the one governed is a person (`_TOLD_CLAUSE`).
_TOLD = r"tell|told|ask(?:s|ed)?"
# Verbs that take a person and, in technical text, as often a tool: "ping Redis", "ask Claude",
# "send it to Kafka". The name after them must be a listed person's name.
_EITHER = (
    r"call(?:s|ed|ing)?|ring|phon(?:e|es|ed|ing)|text(?:s|ed)?|e-?mail(?:s|ed)?|message[sd]?|ping(?:s|ed)?|"
    rf"{_TOLD}|notif(?:y|ied)|page[sd]?|mention(?:s|ed)?|tag(?:s|ged)?|wait for|(?P<thanks>thanks[ \t]+to)"
)
# Verbs that hand something over, a few words before "to": "Send the deploy logs to Ingrid Larsson".
_HANDING = (
    r"send|sends|sent|forward(?:s|ed)?|give|gives|gave|pass(?:es|ed)?|hand(?:s|ed)?|assign(?:s|ed)?|reassign(?:s|ed)?|"
    r"escalat(?:e|es|ed)|route[sd]?|mail(?:s|ed)?|report(?:s|ed)?|show(?:s|ed)?|transfer(?:s|red)?"
)
# Initials may open the name: "C. O. Logan", "R. Akelis".
_PERSON = rf"(?P<name>(?:\p{{Lu}}\.[ \t]*){{0,3}}{_NAMES}|(?:\p{{Lu}}\.[ \t]*){{1,3}})"
_WORDS_TO = r"(?:[ \t]+[\w.'’/#-]+){0,6}?[ \t]+(?:(?:over|off|back)[ \t]+)?to"
_DEALING = regex.compile(
    rf"(?i:\b(?:(?P<either>{_EITHER})|(?P<people>{PEOPLE_ONLY_VERBS})|(?:{_HANDING}){_WORDS_TO}|(?P<informed>let|keep|give)))[ \t]+{_PERSON}",
    regex.VERSION1,
)
# The same, only the verbs that say who is told or kept informed: what `dealt_with(addressed=True)`
# reads outside technical text, where the cues read the other verbs (one short scan, not the full one).
_ADDRESSED = regex.compile(
    rf"(?i:\b(?:(?P<either>{_TOLD})|(?P<informed>let|keep|give)))[ \t]+{_PERSON}",
    regex.VERSION1,
)
# After "thanks to" and its names, "for" says they are credited: "Thanks to Ana and Rui for the fix".
_FOR = regex.compile(r"[ \t]+for\b")
# Kept informed, the words after the name saying so: "let Vestergaard know that …", "keep Krivec
# posted", "give Audet a heads-up" (what is let, kept or given otherwise is a thing: "keep Redis warm").
_KEPT_INFORMED = r"know|posted|informed|in[ \t]+the[ \t]+loop|a[ \t]+heads[ -]?up"
_INFORMED = regex.compile(rf"(?i:[ \t]+(?:{_KEPT_INFORMED}|updated))\b")
# Told or asked a clause right after the name: "tell Darmanto that the migration failed", "ask
# Ajiono whether the lag alert fires", "Tell Akça the cluster is back". A tool is configured so by
# its listed name ("tell Terraform that the bucket exists"), which `_persons_name` refuses anyway.
_TOLD_VERB = regex.compile(rf"(?i:{_TOLD})")
_TOLD_CLAUSE = regex.compile(r"[ \t]+(?:that|whether|if)\b|[ \t]+(?:the|our|we|it|I)(?:[ \t]+[\w.-]+){0,3}?[ \t]+(?:is|are|was|were|has|have|had|can|will|won't|isn't|didn't)\b")
# The next of several people the verb governs: "cc Tsegaye, Bayarmaa and Wairimu", "thanks to Ana & Rui".
_MORE = regex.compile(rf"(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+){_PERSON}", regex.VERSION1)


def dealt_with(text: str, addressed: bool = False) -> Iterator[tuple[int, int]]:
    """Spans of names a person-dealing verb governs in `text`, where the words are a person's name
    and no tool's: the caller runs this on technical text, where weak cues are otherwise off, and
    with `addressed` (only someone told a clause or kept informed) on other text but history."""
    for m in (_ADDRESSED if addressed else _DEALING).finditer(text):
        names = [m]
        while more := _MORE.match(text, names[-1].end("name")):
            names.append(more)
        # "Thanks to Ana and Rui for the fix" credits people; "thanks to Kafka, …" says why.
        people = not addressed and (m.group("people") is not None or m.group("thanks") is not None and _FOR.match(text, names[-1].end("name")) is not None)
        if m.group("informed") is not None:
            if _INFORMED.match(text, names[-1].end("name")) is None:
                continue
            people = True
        either = m.group("either")
        people = people or either is not None and _TOLD_VERB.fullmatch(either) is not None and _TOLD_CLAUSE.match(text, names[-1].end("name")) is not None
        for name in names:
            if not _dealt_name(text, name, people):
                break
            start, end = name.start("name"), name.end("name")
            # A generated-list name people have too (Janet, a lexer): a person unless its sentence uses it as software.
            if technology(name.group("name")) is None or not software_context(text, start, end):
                yield start, end


# A given name typed in lower case and the surname that may follow it, after a verb that reaches
# someone (`_ONE_CASE_DEALING`, `_ONE_CASE_HANDED`): no handle, path or dotted word goes on from it.
_LOWER_NAME = r"(?P<name>\p{Ll}[\p{Ll}'’]+)(?:[ \t]+(?P<family>\p{Ll}[\p{Ll}'’-]+))?(?![\p{L}\d@_/-]|\.[\p{L}\d])"
# A verb only people take before a name typed in lower case: "credit ferenc for spotting …",
# "thanks to inga for reviewing", "sync with ksawery about the flags" (not "thanks to caching").
_ONE_CASE_DEALING = regex.compile(rf"(?i:\b(?:thanks[ \t]+to|{PEOPLE_ONLY_VERBS}))[ \t]+{_LOWER_NAME}", regex.VERSION1)


# Where a lower-case word is handed something, escalated to, or sends the writer something: "hand the
# pager to marc at 18:00", "escalate to daniel if the lag grows", "the trace fabian sent me". Tools
# take these too ("send the logs to splunk"): the word's own test below tells them apart.
_ONE_CASE_HANDED = regex.compile(
    rf"(?i:\b(?:escalat(?:e|es|ed|ing)[ \t]+to|(?:{_HANDING}){_WORDS_TO}))[ \t]+{_LOWER_NAME}"
    r"|(?<![\p{L}\d_.@/-])(?P<name>\p{Ll}[\p{Ll}'’]+)(?P<family>)[ \t]+(?i:sent|forwarded|gave|showed|shared|passed)[ \t]+(?i:me|us)\b",
    regex.VERSION1,
)


def one_case_dealt_with(text: str) -> Iterator[tuple[int, int]]:
    """Given names typed in lower case after a verb only people take, in technical text: the word
    must be a listed given name that is no common English word, tool or service account ("credit ferenc",
    not "credit card", "thank you", "cc root"); a surname after it joins when it is no English word
    either ("thanks to inga solberg for …"). The same test reads the word handed or escalated to, or
    sending the writer something (`_ONE_CASE_HANDED`: "hand the pager to marc", "the trace fabian sent me")."""
    for m in (*_ONE_CASE_DEALING.finditer(text), *_ONE_CASE_HANDED.finditer(text)):
        given = m.group("name")
        if common_word(given) or ascii_fold(given) not in world_first_names() or not _persons_name([given]):
            continue
        start, end = m.span("name")
        if code_position(text, start, end):
            continue
        family = m.group("family")
        if family and not english_form(family) and not common_word(family) and ascii_fold(family) in last_names():
            end = m.end("family")
        yield start, end


# Someone typed in lower case, or in a script without capitals, let know, kept posted or given a
# heads-up: "can you let priya know the build is green", "keep van gent in the loop", "let थापा
# know". That slot takes a person or a group, and groups are few: desks, roles, teams, relations.
_ONE_CASE_INFORMED = regex.compile(
    r"(?i:\b(?:let|keep|give))[ \t]+(?P<name>[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}'’-]*(?:[ \t]+[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{M}'’-]*)?)"
    # Not "updated": things are kept updated too ("keep deps updated", "keep the changelog updated").
    rf"(?=(?i:[ \t]+(?:{_KEPT_INFORMED}))\b)",
    regex.VERSION1,
)
# The groups that slot takes besides relations (`RELATIONS`, read by `_RELATION`): "let the team know", "keep folks posted".
_GROUPS = frozenset(
    """people folks everyone everybody anyone someone guys team teams devs dev client clients customer customers
    user users vendor vendors ceo cto cfo coo cio ciso vp vps execs leadership management mgmt stakeholders staff
    crew oncall on-call sre sres devops infra eng sec secops ops admins admin sysadmin sysadmins dba dbas pm pms
    pmo qa hr it legal finance support sales marketing design product security platform backend frontend mobile
    data analytics board investors partners reviewers approvers owners maintainers recruiting recruiter recruiters
    managers lead leads family neighbours neighbors""".split()
)
_RELATION = regex.compile(rf"(?i:{RELATIONS})")


def one_case_informed(text: str) -> Iterator[tuple[int, int]]:
    """Spans of people typed in one case whom `text` lets know, keeps posted or gives a heads-up:
    each word a listed given name or surname or a word English lacks, none a group's, a tool's or an
    account's; an English word only as a listed given name no commoner word is ("let wade know")."""
    for m in _ONE_CASE_INFORMED.finditer(text):
        words = m.group("name").split()
        if all(_one_case_name(w) for w in words) and not code_position(text, m.start("name"), m.end("name")):
            yield m.span("name")


def _one_case_name(word: str) -> bool:
    """Whether one word typed in one case, in the slot of someone kept informed, is a name's."""
    if not word.islower():
        return True  # a script without capitals ("थापा"): no English word, tool or group is written so here
    folded = ascii_fold(word)
    if word in STOP_WORDS or word in _GROUPS or _RELATION.fullmatch(word) or word in SERVICE_ACCOUNTS or common_word(word) or len(word) < 3:
        return False
    if is_software(word) or technology(word) is not None or identifier_shaped(word):
        return False
    if english_form(word):
        return folded in world_first_names() or folded in last_names()  # "wade", "swanson": listed names English has too
    return True


# Told or reminded, right before a word: "How do I tell Terraform …", "Remind Dependabot …".
_CONFIGURING_VERB = regex.compile(r"(?i:\b(?:tell|tells|told|remind(?:s|ed)?)[ \t]+)$")
# What a tool is told: an infinitive or a clause ("… to skip major versions", "… that the bucket
# exists", "… the alias points to src"). Not a question ("ask Gatsby whether the drill is back"
# asks someone).
_CONFIGURING_CLAUSE = regex.compile(r"[ \t]+to[ \t]+\p{Ll}|" + _TOLD_CLAUSE.pattern, regex.VERSION1)


def configured(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is told or reminded to do something or that something is
    so: said of a listed tool, it is configured, not addressed ("How do I tell Terraform that the
    bucket already exists?", "Tell Renovate to group the eslint updates"); the caller checks the list."""
    return _CONFIGURING_VERB.search(text, max(0, start - 12), start) is not None and _CONFIGURING_CLAUSE.match(text, end) is not None


def _dealt_name(text: str, m: regex.Match[str], people: bool) -> bool:
    """Whether the name a dealing verb governs reads as a person's (`people`: after a verb only people take)."""
    words = m.group("name").split()
    initialled = words[0].endswith(".")
    words = [w for w in words if not w.endswith(".")]
    return bool(words) and _persons_name(words, loose=initialled or people) and not code_position(text, m.start("name"), m.end("name"))


def tagged_given_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], one word the recognizer tagged in technical prose, is a person by
    the word itself ("Kirsi restarted the database", "feedback for Temitope"): a listed given name or
    surname that is no English word, no tool, and no sentence of its own using it as software."""
    word = text[start:end]
    if " " in word or not _persons_name([word]):
        return False
    return technology(word) is None or not software_context(text, start, end)


def _persons_name(words: list[str], loose: bool = False) -> bool:
    """Whether `words` read as a person's name and as nothing a prompt about software means: no
    listed tool, no identifier, no English word alone; one word must be a listed given name or
    surname, unless `loose` (after initials or a verb only people take) where no English word will do."""
    value = " ".join(words)
    # A curated tool, or a generated-list name nobody has ("Kafka", "Postgres").
    if is_software(value) or technology(value) is False or any(identifier_shaped(w) for w in words):
        return False
    lowered = [w.lower() for w in words]
    if any(w in SERVICE_ACCOUNTS for w in lowered):
        return False  # "postgres", "jenkins", "oracle": accounts and daemons named after a tool
    if all(common_word(w) for w in lowered):
        return False
    # The name lists are unaccented: "Océane", "Kübra", "Radosław" are looked up as "oceane", "kubra",
    # "radoslaw"; whether a word is English is asked of it as written ("Türk" is no "turk").
    folded = [ascii_fold(w) for w in lowered]
    if len(words) == 1:  # a given name ("Gabriel", "Logan"); a surname or unknown word that is no English one ("Apple")
        # After a verb only people take a census surname counts even as an English word ("blame Stone").
        return folded[0] in world_first_names() or (loose or folded[0] in last_names()) and not english_form(lowered[0]) or loose and folded[0] in last_names()
    return loose or folded[0] in world_first_names() or not any(common_word(w) for w in lowered)
