"""Software and product names that read like a person, a place or a word (Jenkins, Kafka, Phoenix).

Two lists ship: `data/software.txt`, curated, and `data/technology.txt`, written by
scripts/build-technology from Pygments' lexers, PyPI's trove classifiers and Simple Icons (every
language, framework and well-known tool: Julia, Elm, Okta, Drone), provenance at the head of each.
A listed name is only a candidate for "software": `software_context` says whether the words
around it (install, deploy, pipeline, cluster, a code span) make it one, so "ask Jenkins in
accounts" still names a person. The generated list is read more strictly (`technology_used`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache


@lru_cache(maxsize=1)
def _listed() -> tuple[frozenset[str], frozenset[str]]:
    """(every listed name, the names marked as also a person's), lower-cased."""
    from privacy_gateway.detection.data_files import data_lines  # read once, here: keeps the import chain short

    entries = [line.lower() for line in data_lines("software")]
    names = frozenset(e.removesuffix("*").strip() for e in entries)
    return names, frozenset(e.removesuffix("*").strip() for e in entries if e.endswith("*"))


@lru_cache(maxsize=1)
def _technology() -> dict[str, bool]:
    """The generated list: name -> whether it is also a person's name (marked ` *`)."""
    from privacy_gateway.detection.data_files import data_lines

    return {e.removesuffix("*").removesuffix("+").strip().lower(): e.endswith("*") for e in data_lines("technology")}


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """The generated list's languages and frameworks that are no English word and no one's name
    (marked ` +`: OCaml, Tcl, Haskell)."""
    from privacy_gateway.detection.data_files import data_lines

    return frozenset(e.removesuffix("+").strip().lower() for e in data_lines("technology") if e.endswith("+"))


# Words a product's name takes after it ("Jira Cloud", "Travis CI", "Keycloak Server").
_PRODUCT_WORDS = frozenset("ci cloud server proxy sdk api cli desktop studio platform enterprise edition core".split())


def technology(value: str) -> bool | None:
    """None where `value` is not in the generated list, else whether a person is also so named;
    a listed name followed by product words ("Jira Cloud") counts as the name."""
    words = value.lower().split()
    if not words:
        return None
    listed = _technology()
    whole = " ".join(words)
    if whole in listed:
        return listed[whole]
    if words[0] in listed and all(w in _PRODUCT_WORDS for w in words[1:]):
        return listed[words[0]]
    return None


# AI and voice assistants, addressed like people ("ask Copilot", "Gemini says", "I told Claude to…").
# Vendors' product names; those also people's given names are kept only beside another assistant
# or an AI word.
_ASSISTANTS = frozenset("copilot chatgpt gpt perplexity cortana grok tabnine codeium windsurf bard mistral llama bing".split())
_NAMED_ASSISTANTS = frozenset("claude gemini siri alexa cody devin jules".split())
_AI_WORDS = re.compile(
    r"(?i:\b(?:ai|llms?|chatbots?|(?:ai|voice|coding) assistants?|openai|anthropic|deepmind|prompts?|prompted|hallucinat\w*|"
    r"gpt-?\d\w*|language models?)\b)"
)
_SALUTED = re.compile(r"(?i:\b(?:dear|hi|hello|hey|thanks|thank you|cheers)[ \t,]*)$")
_ASSISTANT_WORD = re.compile(r"\b(?i:" + "|".join(sorted(_ASSISTANTS | _NAMED_ASSISTANTS)) + r")\b")
# An assistant answering as a thing, right after its name: "I asked Gemini and it said …" (a person
# would be "he" or "she"; "Devin from accounts checked it and it said" is not read so).
# An assistant handed a prompt, right after its name and a colon: "Ask Claude: write a bash
# one-liner that …" (a person is asked to do a thing by a time, not handed an instruction so).
_PROMPTED = re.compile(
    r"[ \t]*:[ \t]*(?:please[ \t]+)?(?:write|generate|summari[sz]e|explain|translate|rewrite|refactor|convert|give me|show me|tell me)\b",
    re.IGNORECASE,
)
_ANSWERED_AS_IT = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:and|but|then)[ \t]+)?(?:it|It)[ \t]+(?:said|says|told|tells|suggested|suggests|answered|answers|replied|replies|claimed|"
    r"claims|insisted|insists|recommended|recommends|wrote|writes|gave|gives|generated|generates|produced|produces)\b"
)


def assistant(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names an AI or voice assistant: "Copilot suggested…", "ask ChatGPT";
    a name people also have ("Claude", "Alexa") only where another assistant or an AI word is in the
    text. Never after a greeting ("Hi Claude,")."""
    value = text[start:end].lower()
    if value not in _ASSISTANTS and value not in _NAMED_ASSISTANTS or _SALUTED.search(text[max(0, start - 16) : start]):
        return False
    if value in _ASSISTANTS:
        return True
    others = {m.group().lower() for m in _ASSISTANT_WORD.finditer(text)} - {value}
    return bool(others) or _AI_WORDS.search(text) is not None or _ANSWERED_AS_IT.match(text, end) is not None or _PROMPTED.match(text, end) is not None


_ACRONYM = re.compile(r"[A-Z]{2,4}")


def vendor_product(value: str) -> bool:
    """Whether `value` is a product named by its maker or by an acronym and a product's word:
    "Microsoft Orleans", "JetBrains Rider", "Google Pay" (a listed brand no one is named, then a
    capitalised word), "EF Core", "AWS CLI". A person's name never opens with a company's."""
    words = value.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if _ACRONYM.fullmatch(words[0]) and all(w.lower() in _PRODUCT_WORDS for w in words[1:]):
        return True
    return technology(words[0]) is False or unambiguous_software(words[0])


def software_names() -> frozenset[str]:
    """Every listed name, lower-cased."""
    return _listed()[0]


def unambiguous_software(value: str) -> bool:
    """Whether `value` is listed and no word of it is also a person's name (Grafana, Apache Airflow),
    or is listed whole, unmarked, though a word of it is ("Free Pascal", "Object Pascal")."""
    names, person_like = _listed()
    lowered = " ".join(value.lower().split())
    if " " in lowered and lowered in names and lowered not in person_like:
        return True
    return is_software(value) and not any(w in person_like for w in lowered.split())


def is_software(value: str) -> bool:
    """Whether `value` (any case) is a listed name, or every word of it is."""
    lowered = " ".join(value.lower().split())
    names = software_names()
    return lowered in names or all(w in names for w in lowered.split())


# Words next to a name that make it a tool: "install Jenkins", "the Kafka cluster", "Hugo site".
_BEFORE = re.compile(
    r"(?i:\b(?:install|installed|installing|deploy|deployed|deploying|run|running|runs|upgrade|upgraded|configure|uses|"
    r"configured|configuring|migrate|migrated|use|using|used|via|self-host\w*|hosting|"
    r"self-managed|managed|set up|setup|setting up|learn|learning|restart|integrate|integrating|vs\.?|versus|"
    r"convert|converting|port|porting|switch|switching|replace|replacing)"
    r"\s+(?:(?:to|on|onto|into|in|with|from)\s+)?(?:the\s+|a\s+|an\s+|our\s+|my\s+)?)$"
)
_AFTER = re.compile(
    r"(?i:^(?:'s)?\s*(?:pipeline|pipelines|cluster|clusters|job|jobs|server|servers|instance|instances|node|nodes|"
    r"broker|brokers|topic|topics|consumer|producer|plugin|plugins|config\w*|app|apps|application|project|"
    r"framework|library|version|release|container|image|worker|workers|queue|task|tasks|site|theme|template|"
    r"agent|agents|controller|dashboard|dashboards|deployment|build|builds|api|sdk|cli|module|package|stack|"
    r"service|services|database|db|install\w*|docs|documentation|repo|code|script|tests?|file|files|"
    r"groupby|dataframes?|compaction|compacts?|middleware|routes?|exporters?|scrapes?|alerts?|playbooks?|handlers?|"
    r"tasks?|beat|highlights?|formulas?|macros?|cloud|ci|proxy|enterprise|edition|"
    r"vs\.?|versus|\d))\b"
)


# Two tools compared or listed together: "Hugo or Jekyll", "Phoenix faster than Rails".
_PAIR_BEFORE = re.compile(r"\b([A-Za-z][\w.+#-]*)(?:,|\s+(?:or|and|vs\.?|versus|than|over|instead of|to|for))\s+$")
_PAIR_AFTER = re.compile(r"^(?:,|\s+(?:or|and|vs\.?|versus|than|over|instead of|to|for))\s+([A-Za-z][\w.+#-]*)")
# A tool chosen for a kind of work: "Julia for statistics", "Elixir for realtime backends".
_FOR_WORK = re.compile(
    r"(?i:[ \t]+for[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:statistics|statistical|numerical|scientific|data|analytics|"
    r"machine learning|ml|ai|scripting|scripts?|web|backends?|frontends?|apis?|services?|microservices|"
    r"models?|modell?ing|simulations?|computing|embedded|systems programming|games?|apps?|cli|tooling|"
    r"automation|testing|tests|builds?|deploy\w*|ci|ops|devops|infrastructure|concurrency|parsing|compilers?|"
    r"prototyp\w*|teaching programming|beginners)\b)"
)
_COMPARE_AFTER = re.compile(r"^\s+(?:is|are)?\s*(?:faster|slower|better|worse|easier|harder|lighter|heavier)\s+than\s+([A-Za-z][\w.+#-]*)")


# What is said of a language or a tool in the same sentence: "Is Ada a good first language…", "Is
# Crystal still maintained?", "Does Jenkins still support Java 11?", "Rust's borrow checker".
# Any full stop ends a sentence here ("v2.1" too): a short window keeps a tool's word near its name.
_ANY_STOP = re.compile(r"[.?!\n]")
_SOFTWARE_SENTENCE = re.compile(
    r"(?i:\b(?:programming languages?|languages?|still maintained|maintainers?|forks?|forked|"
    r"supports?[ \t]+[A-Z][\w.+#]*[ \t]+v?\d+|syntax|compilers?|runtime|garbage collect\w*|type system|"
    r"standard library|stdlib|open[- ]source|benchmarks?|numerical|scientific computing|"
    # What only a language has: "Is Rust's borrow checker like what Ada/SPARK does?"
    r"borrow checker|type checker|linters?|bytecode|memory[- ]safe\w*|null safety|generics|"
    r"lifetimes|pattern matching|package managers?)\b)"
)


# A listed tool that frames a how-to question: "In Django, when should I …", "Using Godot 4, how …",
# "Avec Blender, comment …" (a sentence's first words, the tool, an optional version, a comma).
_FRAME_BEFORE = re.compile(r"(?:^|[.?!:\n][ \t]*)(?:In|Within|Inside|With|Using|Dans|Avec|Sous|Mit|In|Unter|En|Con|Usando|Com|Em|Met)[ \t]+$")
_FRAME_AFTER = re.compile(r"(?:[ \t]+v?\d[\w.]*)?[ \t]*,")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], at most 120 characters each side; any full stop ends it."""
    from privacy_gateway.detection.sentences import sentence_bounds  # here: keeps the import chain short

    first, last = sentence_bounds(text, start, end, _ANY_STOP, reach=120)
    return text[first:last]


# The words of a home's or a building's unit that are tools' names too ("Flat", "Box", "Tower"): before
# a number they are the unit ("Flat 2, 19 Castle Street").
_DWELLING_UNIT = re.compile(r"(?i:flat|box|tower|suite|unit|block|apartment|studio|villa)")
_UNIT_NUMBER = re.compile(r"[ \t]+\d{1,4}[A-Za-z]?\b(?![.\d])")


def software_context(text: str, start: int, end: int) -> bool:
    """Whether the listed name at text[start:end] is used as software here: a code span, a tool's
    word just before or after it, another listed name beside it ("Hugo or Jekyll"), or what is
    said of languages and tools in its sentence."""
    if text[max(0, start - 1) : start] == "`" or text[end : end + 1] == "`":
        return True
    if _DWELLING_UNIT.fullmatch(text, start, end) and _UNIT_NUMBER.match(text, end):
        return False  # "Address: Flat 2, 19 Castle Street", "P.O. Box 214": a home's unit and its number, no tool's version
    if _SOFTWARE_SENTENCE.search(_sentence(text, start, end)):
        return True
    if _BEFORE.search(text[max(0, start - 40) : start]) or _AFTER.search(text[end : end + 30]):
        return True
    if _FOR_WORK.match(text, end) or _FRAME_AFTER.match(text, end) and _FRAME_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    names, listed = software_names(), _technology()
    for m in (
        _PAIR_BEFORE.search(text[max(0, start - 30) : start]),
        _PAIR_AFTER.search(text[end : end + 30]),
        _COMPARE_AFTER.search(text[end : end + 40]),
    ):
        if m and (m.group(1).lower().rstrip(".,") in names or m.group(1).lower().rstrip(".,") in listed):
            return True
    return False


def technology_used(text: str, start: int, end: int, technical: bool) -> bool:
    """Whether text[start:end] is a name of the generated list used as software: where its words
    say so (`software_context`), or, for a name no one has, in technical text."""
    value = text[start:end]
    person = technology(value)
    if person is None:
        return False
    if " " in value.strip() and " ".join(value.lower().split()) not in _technology():
        return True  # "Jira Cloud", "Travis CI": a name with a product's words after it
    if technical and not person or software_context(text, start, end) or " ".join(value.lower().split()) in _languages():
        return True
    # A name no one has, beside a tool the text uses as one ("Can Okta push groups to Jira Cloud?").
    return not person and bool(software_used(text) - {value.lower()})


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+[A-Za-z0-9]*\b")

# Alternatives offered in one breath: "Buildkite or Woodpecker", "Kasten over Velero", "Odin's
# allocators differ from Zig's". Not "and", "to" or "for", which join people to tools as often.
_CHOICE_BEFORE = re.compile(r"\b([A-Za-z][\w.+#-]*)(?:['’]s)?\s+(?:or|vs\.?|versus|than|over|instead of)\s+$")
_CHOICE_AFTER = re.compile(
    r"^(?:['’]s)?(?:\s+[a-z]+){0,3}?\s+(?:or|vs\.?|versus|than|over|instead of|differs? from|compared (?:to|with))\s+([A-Za-z][\w.+#-]*)"
)


# A tool weighed in a frame that names two: "Compare Terraform Cloud with Spacelift", "replace Moment
# with Luxon", "migrate from Jenkins to Woodpecker" (the first's first word is the partner).
_CHOICE_FRAME = re.compile(
    r"(?i:\b(?:compare|comparing|replace|replacing|swap|swapping|(?:migrate|migrating|switch|switching|move|moving|port|porting)[ \t]+from))"
    r"[ \t]+(?:the[ \t]+)?([A-Za-z][\w.+#-]*)(?:[ \t]+[A-Z][\w.+#-]*)?[ \t]+(?i:with|to|and|for|against)[ \t]+$"
)


def tool_sender(name: str, local: str) -> bool:
    """Whether a mail header's display name is one word naming a tool, which its address's local part
    opens with: CI servers and trackers send as themselves ("Jenkins" <jenkins@…>, "GitLab" <gitlab@…>)."""
    word = name.strip().strip('"').strip()
    return " " not in word and is_software(word.lower()) and local.lower().startswith(word.lower())


def tool_alternative(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end], listed or not, is offered as an alternative to a tool
    the text uses as software: what is weighed against a tool is a tool."""
    partners = [m.group(1).lower().rstrip(".,") for m in (
        _CHOICE_BEFORE.search(text[max(0, start - 40) : start]),
        _CHOICE_AFTER.match(text[end : end + 60]),
        _CHOICE_FRAME.search(text[max(0, start - 60) : start]),
    ) if m]
    if not partners:
        return False
    used = software_used(text)
    return any(p in used and p != text[start:end].lower() for p in partners)


def software_used(text: str) -> frozenset[str]:
    """Listed names that `text` uses as software (capitalised, with a tool's word around them).

    Beside a name that is only software ("Why does Maven pick an older Jackson…"), a listed name
    that people also have is software too: tools are named in company."""
    names, listed_too = software_names(), _technology()
    capitalised = list(_CAPITALISED.finditer(text))
    listed = [m for m in capitalised if m.group().lower() in names]
    used = {m.group().lower() for m in listed if unambiguous_software(m.group()) or software_context(text, m.start(), m.end())}
    if any(unambiguous_software(name) for name in used):
        used.update(m.group().lower() for m in listed)
    # The generated list's names count where their words make them software ("learn Elm",
    # "Julia for statistics"), never by company alone: brands are named beside people too.
    languages = _languages()
    used.update(
        m.group().lower()
        for m in capitalised
        if m.group().lower() in listed_too
        and m.group().lower() not in used
        and (m.group().lower() in languages or software_context(text, m.start(), m.end()))
    )
    return frozenset(used)


def names_technology(text: str, own: Callable[[str], bool] = lambda word: False) -> bool:
    """Whether a capitalised word of `text` is a listed tool or language, whoever else is so named;
    not a word `own` says is one of the text's language ("Ce să-i sugerez?" opens with Romanian's
    "what", not Windows CE)."""
    return any(
        (technology(m.group()) is not None or is_software(m.group())) and not own(m.group()) for m in _CAPITALISED.finditer(text)
    )

