"""Software and product names that read like a person, a place or a word (Jenkins, Kafka, Phoenix).

The list ships as `data/software.txt`, with its provenance at its head. A listed name is only a
candidate for "software": `software_context` says whether the words around it (install, deploy,
pipeline, cluster, a code span) make it one, so "ask Jenkins in accounts" still names a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from privacy_gateway.detection.lexicon import data_lines


@lru_cache(maxsize=1)
def _listed() -> tuple[frozenset[str], frozenset[str]]:
    """(every listed name, the names marked as also a person's), lower-cased."""
    entries = [line.lower() for line in data_lines("software")]
    names = frozenset(e.removesuffix("*").strip() for e in entries)
    return names, frozenset(e.removesuffix("*").strip() for e in entries if e.endswith("*"))


def software_names() -> frozenset[str]:
    """Every listed name, lower-cased."""
    return _listed()[0]


def unambiguous_software(value: str) -> bool:
    """Whether `value` is listed and no word of it is also a person's name (Grafana, Apache Airflow)."""
    person_like = _listed()[1]
    return is_software(value) and not any(w in person_like for w in value.lower().split())


def is_software(value: str) -> bool:
    """Whether `value` (any case) is a listed name, or every word of it is."""
    lowered = " ".join(value.lower().split())
    names = software_names()
    return lowered in names or all(w in names for w in lowered.split())


# Words next to a name that make it a tool: "install Jenkins", "the Kafka cluster", "Hugo site".
_BEFORE = re.compile(
    r"(?i:\b(?:install|installed|installing|deploy|deployed|deploying|run|running|runs|upgrade|upgraded|configure|"
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
    r"tasks?|beat|highlights?|formulas?|macros?|"
    r"vs\.?|versus|\d))\b"
)


# Two tools compared or listed together: "Hugo or Jekyll", "Phoenix faster than Rails".
_PAIR_BEFORE = re.compile(r"\b([A-Za-z][\w.+#-]*)(?:,|\s+(?:or|and|vs\.?|versus|than|over|instead of|to))\s+$")
_PAIR_AFTER = re.compile(r"^(?:,|\s+(?:or|and|vs\.?|versus|than|over|instead of|to))\s+([A-Za-z][\w.+#-]*)")
_COMPARE_AFTER = re.compile(r"^\s+(?:is|are)?\s*(?:faster|slower|better|worse|easier|harder|lighter|heavier)\s+than\s+([A-Za-z][\w.+#-]*)")


# What is said of a language or a tool in the same sentence: "Is Ada a good first language…", "Is
# Crystal still maintained?", "Does Jenkins still support Java 11?".
_SOFTWARE_SENTENCE = re.compile(
    r"(?i:\b(?:programming languages?|languages?|still maintained|maintainers?|forks?|forked|"
    r"supports?[ \t]+[A-Z][\w.+#]*[ \t]+v?\d+|syntax|compilers?|runtime|garbage collect\w*|type system|"
    r"standard library|stdlib|open[- ]source|benchmarks?|numerical|scientific computing)\b)"
)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end], at most 120 characters each side."""
    left = max(text.rfind(c, max(0, start - 120), start) for c in ".?!\n") + 1
    right = min((i for i in (text.find(c, end, end + 120) for c in ".?!\n") if i >= 0), default=min(len(text), end + 120))
    return text[left:right]


def software_context(text: str, start: int, end: int) -> bool:
    """Whether the listed name at text[start:end] is used as software here: a code span, a tool's
    word just before or after it, another listed name beside it ("Hugo or Jekyll"), or what is
    said of languages and tools in its sentence."""
    if text[max(0, start - 1) : start] == "`" or text[end : end + 1] == "`":
        return True
    if _SOFTWARE_SENTENCE.search(_sentence(text, start, end)):
        return True
    if _BEFORE.search(text[max(0, start - 40) : start]) or _AFTER.search(text[end : end + 30]):
        return True
    names = software_names()
    for m in (
        _PAIR_BEFORE.search(text[max(0, start - 30) : start]),
        _PAIR_AFTER.search(text[end : end + 30]),
        _COMPARE_AFTER.search(text[end : end + 40]),
    ):
        if m and m.group(1).lower().rstrip(".,") in names:
            return True
    return False


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+[A-Za-z0-9]*\b")


def software_used(text: str) -> set[str]:
    """Listed names that `text` uses as software (capitalised, with a tool's word around them).

    Beside a name that is only software ("Why does Maven pick an older Jackson…"), a listed name
    that people also have is software too: tools are named in company."""
    names = software_names()
    listed = [m for m in _CAPITALISED.finditer(text) if m.group().lower() in names]
    used = {m.group().lower() for m in listed if unambiguous_software(m.group()) or software_context(text, m.start(), m.end())}
    if any(unambiguous_software(name) for name in used):
        used.update(m.group().lower() for m in listed)
    return used
