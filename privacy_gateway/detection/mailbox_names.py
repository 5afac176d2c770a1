"""The person an e-mail address is named after, written beside it: `Gandi Prasetyo
<gandiprasetyo@northwind.example>`, "ask Sara Uroda (sara_uroda67@uroda-consulting.com)",
`maintainer: "Ngozi Eze" <n.eze@corp.ng>`, "ana.lima@corp.br (Ana Lima)".

Mail headers, git trailers, `package.json` authors, CODEOWNERS and signatures write a mailbox
after its owner's display name. The recognizers read the address by its shape; the name beside it
they read only when the name lists or the tagger know it, and many countries' names they do not.
When the address's local part spells the words beside it (all of them, or an initial and the
rest, in either order), those words are its owner's name: an address is rarely made of a
product's or a team's words that also stand right before it ("Support Team <support@…>" spells
one word of two and stays).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from privacy_gateway.detection.lexicon import ascii_fold, common_word
from privacy_gateway.detection.name_cues import SERVICE_ACCOUNTS
from privacy_gateway.detection.software import is_software

_ADDRESS = regex.compile(r"(?<![\w.+\-])(?P<local>[\w.+\-']{2,64})@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)+")
# Two to four capitalised words, the last right before the address's bracket, parenthesis, comma or
# dash ("Gandi Prasetyo <", "Sara Uroda (", "Ana Lima, ", "\"Ngozi Eze\" <").
_WORD = r"\p{Lu}[\p{L}'’\-]*\.?"
_BEFORE = regex.compile(rf"(?<![\p{{L}}\d@._/-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[\"']?[ \t]*(?:<|\(|\[|,|[–—-])?[ \t]*(?:mailto:)?$")
# ... or right after it, in brackets or after a dash ("ana.lima@corp.br (Ana Lima)").
_NAME_WORD = regex.compile(_WORD)
_AFTER = regex.compile(rf"[>\])]?[ \t]*(?:\(|[–—-][ \t]*)(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})(?![\p{{L}}\d@])")


def _letters(word: str) -> str:
    return "".join(c for c in ascii_fold(word.lower()) if c.isalpha())


def spelled_by(local: str, words: list[str]) -> bool:
    """Whether the mailbox `local` (its "+" tag and digits aside) spells the name `words`: all of
    them run together in either order, or one word's initial and the others whole ("nokafor",
    "okafor.n", "gandiprasetyo", "sara_uroda")."""
    box = _letters(local.split("+")[0])
    names = [_letters(w) for w in words if len(_letters(w)) >= 2]
    if len(names) < 2 or len(box) < 4:
        return False
    first, last = names[0], names[-1]
    spellings = {"".join(names), "".join(reversed(names)), first + last, last + first, first[0] + last, last + first[0], first + last[0]}
    return box in spellings


def _no_ones(words: list[str]) -> bool:
    """Words a team's, a bot's or a tool's mailbox is named by: all of them English words no census
    lists ("Release Team"), or one a tool or a service account ("Jenkins CI", "Deploy Bot")."""
    lower = [w.lower() for w in words]
    return all(common_word(w) for w in lower) or any(is_software(w) or w in SERVICE_ACCOUNTS or w == "bot" for w in lower)


def mailbox_names(text: str, doc: object = None) -> Iterator[tuple[int, int, str]]:
    """PERSON spans of display names spelled by the address beside them (see the module docstring)."""
    if "@" not in text:
        return
    for m in _ADDRESS.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = _BEFORE.search(text, max(line_start, m.start() - 80), m.start())
        after = _AFTER.match(text, m.end())
        for found, backwards in ((before, True), (after, False)):
            if found is None:
                continue
            words = [(w.start(), w.end()) for w in _NAME_WORD.finditer(text, found.start("name"), found.end("name"))]
            # The words nearest the address spell it: "cc Finance Lead Ana Lima <ana.lima@…>" is read
            # from its last two, three or four words back.
            for n in range(2, len(words) + 1):
                chosen = words[-n:] if backwards else words[:n]
                named = [text[s:e].rstrip(".") for s, e in chosen]
                if spelled_by(m.group("local"), named) and not _no_ones(named):
                    yield chosen[0][0], chosen[-1][1], "PERSON"
                    break
