"""Turn raw detector findings into the spans to mask: overlaps resolved, values propagated.

Resolution is deterministic: overlapping findings merge into one span covering all of them (so no
part of a value leaks), typed by the most confident finding (then the longest, then by name).
Propagation closes the gap NER leaves: a value detected once is masked wherever else it appears in
the request, and the parts of a detected full name (`Smith` after `John Smith`) are masked too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Sequence

from privacy_gateway.detection.engine import Finding

MIN_PROPAGATED_LENGTH = 3
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "msn.com",
        "aol.com", "icloud.com", "me.com", "mail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "proton.me",
        "protonmail.com", "yandex.ru", "qq.com", "163.com", "example.com", "example.org", "example.net",
    }
)
NAME_TYPES = frozenset({"PERSON"})
_NAME_PART = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_EDGE_PUNCT = frozenset(",;:!?\"'“”‘’`")
_BRACKETS = ("()", "[]", "{}", "<>")
_POSSESSIVE = re.compile(r"\w['’]s$")


@dataclass(frozen=True)
class Span:
    """A resolved span of text `index`; `key` groups spans that stand for the same value."""

    index: int
    start: int
    end: int
    entity_type: str
    key: str


def value_key(value: str) -> str:
    """The identity of a value: case and spacing do not make a different person."""
    return " ".join(value.split()).casefold()


def resolve_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Merge overlapping findings of one text into non-overlapping spans, deterministically."""
    merged: list[Finding] = []
    cluster: list[Finding] = []
    cluster_end = -1
    for finding in sorted(findings):
        if cluster and finding.start < cluster_end:
            cluster.append(finding)
            cluster_end = max(cluster_end, finding.end)
            continue
        if cluster:
            merged.append(_merge(cluster))
        cluster, cluster_end = [finding], finding.end
    if cluster:
        merged.append(_merge(cluster))
    return merged


def _merge(cluster: list[Finding]) -> Finding:
    best = min(cluster, key=lambda f: (-f.score, -(f.end - f.start), f.entity_type))
    return Finding(min(f.start for f in cluster), max(f.end for f in cluster), best.entity_type, best.score)


def trim(text: str, finding: Finding) -> Finding | None:
    """Shrink a finding to the value itself: no surrounding spaces or punctuation, no possessive 's."""
    start, end = finding.start, finding.end
    while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCT or _unpaired(text, start, end, start)):
        start += 1
    while start < end and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCT or _unpaired(text, start, end, end - 1)):
        end -= 1
    while end - start > 2 and text[start] + text[end - 1] in _BRACKETS:
        start, end = start + 1, end - 1
    if finding.entity_type in NAME_TYPES and _POSSESSIVE.search(text, start, end):
        end -= 2
    if end <= start:
        return None
    if (start, end) == (finding.start, finding.end):
        return finding
    return Finding(start, end, finding.entity_type, finding.score)


def _unpaired(text: str, start: int, end: int, at: int) -> bool:
    """Whether the bracket at `at` has no partner inside text[start:end] (so it is not the value's)."""
    char = text[at]
    for opening, closing in _BRACKETS:
        if char == opening:
            return closing not in text[at + 1 : end]
        if char == closing:
            return opening not in text[start:at]
    return False


def mask_spans(texts: Sequence[str], findings: Sequence[Sequence[Finding]]) -> list[list[Span]]:
    """Resolved and propagated spans for each text, each labelled with its value key."""
    resolved = [
        resolve_overlaps([t for f in found if (t := trim(text, f)) is not None])
        for text, found in zip(texts, findings)
    ]
    # Which value each key stands for, and its type, in order of first appearance.
    values: dict[str, str] = {}
    aliases: dict[str, tuple[str, str]] = {}  # part of a name -> (full name's key, type)
    for index, spans in enumerate(resolved):
        for f in spans:
            value = texts[index][f.start : f.end]
            key = value_key(value)
            values.setdefault(key, f.entity_type)
            domain = _own_domain(key) if f.entity_type == "EMAIL_ADDRESS" else None
            if domain:
                values.setdefault(domain, "EMAIL_ADDRESS")
            if f.entity_type in NAME_TYPES:
                for part in _NAME_PART.findall(value):
                    if len(part) >= MIN_PROPAGATED_LENGTH and part[0].isupper() and part != value:
                        aliases.setdefault(part, (key, f.entity_type))

    occurrences = _Occurrences(values, aliases)
    out: list[list[Span]] = []
    for index, text in enumerate(texts):
        found = [
            Finding(f.start, f.end, f.entity_type, f.score) for f in resolved[index]
        ]
        extra = occurrences(text)
        spans = resolve_overlaps([*found, *(e[0] for e in extra)])
        keys = {(e[0].start, e[0].end): e[1] for e in extra}
        out.append(
            [
                Span(index, s.start, s.end, s.entity_type, keys.get((s.start, s.end), value_key(text[s.start : s.end])))
                for s in spans
            ]
        )
    return out


def _own_domain(email: str) -> str | None:
    """The domain of an email address when it says who someone is (not a public mail provider).

    A company or personal domain identifies its owner as well as the address does, and it tends to
    appear again in the same prompt as a website; it is masked there too, under the email's action
    (with a placeholder of its own, so it restores to the domain). Public providers identify nobody.
    """
    domain = email.rpartition("@")[2].strip(".")
    if "." not in domain or domain in PUBLIC_MAIL_DOMAINS:
        return None
    return domain


class _Occurrences:
    """Finds every known value (any case, any spacing) and name part (as capitalised) in a text.

    Each value is looked for with `str.find` on the case-folded text, word by word, and the
    matches are taken leftmost-longest, as one alternation of all values would; compiling that
    alternation anew for every request's values cost more than all the searching.
    """

    def __init__(self, values: dict[str, str], aliases: dict[str, tuple[str, str]]) -> None:
        self.values = {k: t for k, t in values.items() if len(k) >= MIN_PROPAGATED_LENGTH}
        self.value_words = [(k, k.split()) for k in self.values]
        self.aliases = aliases
        self.alias_words = [(part, part.split()) for part in aliases]

    def __call__(self, text: str) -> list[tuple[Finding, str]]:
        found: list[tuple[Finding, str]] = []
        if not text:
            return found
        if self.value_words:
            folded = text.casefold()
            if len(folded) != len(text):  # "ß" → "ss": fold character by character, keeping offsets
                folded = "".join(f if len(f := c.casefold()) == 1 else c for c in text)
            for start, end, _ in _leftmost_longest(folded, self.value_words):
                # Only trust matches that map back to a known key.
                key = value_key(text[start:end])
                if key in self.values:
                    found.append((Finding(start, end, self.values[key], 1.0), key))
        if self.alias_words:
            for start, end, part in _leftmost_longest(text, self.alias_words):
                key, entity_type = self.aliases[part]
                found.append((Finding(start, end, entity_type, 1.0), key))
        return found


def _leftmost_longest(text: str, needles: list[tuple[str, list[str]]]) -> list[tuple[int, int, str]]:
    """Non-overlapping whole-word matches of the needles (words joined by any whitespace),
    scanning left to right and taking the longest match at each start."""
    matches = [(start, end, name) for name, words in needles for start, end in _word_runs(text, words)]
    matches.sort(key=lambda m: (m[0], -m[1]))
    taken: list[tuple[int, int, str]] = []
    last = -1
    for match in matches:
        if match[0] >= last:
            taken.append(match)
            last = match[1]
    return taken


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _word_runs(text: str, words: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of every run of `words` in `text` separated by whitespace, not inside a word."""
    first, size = words[0], len(text)
    at = text.find(first)
    while at != -1:
        if at == 0 or not _is_word(text[at - 1]):
            end = at + len(first)
            for word in words[1:]:
                gap = end
                while gap < size and text[gap].isspace():
                    gap += 1
                if gap == end or not text.startswith(word, gap):
                    break
                end = gap + len(word)
            else:
                if end == size or not _is_word(text[end]):
                    yield at, end
        at = text.find(first, at + 1)
