"""People named with their life dates, who died long ago: "Frederic Leighton (1830–1896)".

Catalogues, wall labels, finding aids and histories give the dead their years of birth and death in
brackets after the name, often with the places ("Camille Claudel (Fère-en-Tardenois, 1864 –
Montfavet, 1943)", "Albrecht Dürer (Nürnberg 1471 – 1528 Nürnberg)", "(about 1532–1625)",
"(fl. 1480–1510)"). A person who died before `LAST_DEATH` is history, not anyone's personal data in
a prompt, so the name and the brackets are left as written (the engine voids name and place
findings inside them, as it does eponyms), and so are the name's other mentions in the text, whole
or by its surname ("Dürer's hare"). A death since then ("Oma Anna Schmidt (1931–2019)")
may be a relative's, and stays masked; so does a name with one year ("Tom Ellis (b. 1990)").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from spacy.lang.en.stop_words import STOP_WORDS

# Deaths before this year: three generations and more ago, beyond any living relative's records.
LAST_DEATH = 1950
_YEAR = r"(?:1[0-9]{3}|[5-9][0-9]{2})"
# A bracket's place: capitalised words, with particles and hyphens ("Fère-en-Tardenois", "Saint-Paul-de-Vence").
_PLACE = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}"
_ABOUT = r"(?:(?i:about|c\.|ca\.|circa|fl\.|um|vers|hacia|ok\.|около)[ \t]*)?"
_LIFE = regex.compile(
    rf"\([ \t]*(?:{_PLACE}[ \t]*,?[ \t]*)?{_ABOUT}(?P<born>{_YEAR})[ \t]*[–—\-][ \t]*(?:{_PLACE}[ \t]*,?[ \t]*)?{_ABOUT}"
    rf"(?P<died>{_YEAR})(?:[ \t]+{_PLACE})?(?:[ \t]+(?i:or later|or earlier))?[ \t]*\)"
)
# The name just before the brackets, on its line or the line before: capitalised words with the
# particles of names ("Giuseppe Pellizza da Volpedo", "Rembrandt van Rijn"), in any case.
_NAME_BEFORE = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{L}[\p{L}\p{M}'’\-]*)(?:[ \t]+(?:\p{L}[\p{L}\p{M}'’.\-]*)){0,5}[ \t]*\n?[ \t]*$"
)
_PARTICLES = frozenset("van von de da di du del della der den la le of ten ter y e zu".split())


def life_date_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each name with life dates ending before `LAST_DEATH`, brackets and all."""
    if "(" not in text:
        return
    named: set[str] = set()
    for m in _LIFE.finditer(text):
        born, died = int(m["born"]), int(m["died"])
        if not born < died < LAST_DEATH or died - born > 110:
            continue
        yield m.start(), m.end()
        before = _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        words = before.group().split()
        lower = not any(c.isupper() for c in before.group())
        # The name's words: the last run of capitalised words and particles before the brackets; in
        # text typed in lower case, the words before it back to a function word ("split rembrandt van rijn").
        keep: list[str] = []
        for word in reversed(words):
            bare = word.strip("'\"“”‘’«»")
            if bare.endswith(":"):
                break  # "Artist: Frederic Leighton (…)": a label is no part of the name
            if bare[:1].isupper() or bare.lower() in _PARTICLES and keep or lower and bare.lower() not in STOP_WORDS and len(keep) < 4:
                keep.insert(0, word)
            else:
                break
        line_start = text.rfind("\n", 0, before.start()) + 1
        if "\n" in before.group() and (len(keep) < len(words) or text[line_start : before.start()].strip()):
            continue  # brackets opening a line name the line before only when that line is the name alone
        if keep:
            start = text.rindex(keep[0], before.start(), m.start())
            yield start, m.end()
            named.add(" ".join(keep))
            if len(keep) > 1 and keep[-1][:1].isupper():
                named.add(keep[-1])
    # The same person's other mentions, whole or by surname: "… Camille Claudel's bronze", "Dürer's hare".
    for name in named:
        for other in regex.finditer(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}])", text):
            yield other.span()
