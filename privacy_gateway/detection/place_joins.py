"""A place found in part is masked whole: `Châtillon-sur-Chalaronne`, `Saint-Rémy-de-Provence`, `Stratford-upon-Avon`,
and the region written after a town: `Riva del Garda (TN)`, `Tiradentes – MG`, `Sighișoara, jud. Mureș`.

Towns joined by hyphens hold lower-case particles (`les`, `sur`, `de`, `am`, `upon`) that no recognizer
reads as part of a place: NER tags the capitalised pieces apart and the particle between them goes
out, naming the town as well as the pieces do. A LOCATION finding inside such a hyphen-joined word
grows to the whole word when each of its pieces is capitalised or a short lower-case particle.
"""

from __future__ import annotations

import regex

from privacy_gateway.detection.findings import Finding

# A word of two to six pieces joined by hyphens: "Châtillon-sur-Chalaronne", "Châlons-en-Champagne".
_JOINED = regex.compile(r"(?<![\p{L}\p{M}\-])\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*){1,5}(?![\p{L}\p{M}]|-\p{L})")
# Lower-case pieces a town's name may hold between capitalised ones.
_PARTICLES = frozenset(
    """les lès sur sous en de du des la le aux au am an im auf ob bei der den dem zum zur upon on by in under over the
    di del della sul sulla da do dos das y i et aan op bij ter ten""".split()
)


# After a town, the region that narrows it, as addresses write it: a province's or state's code in
# brackets ("38066 Riva del Garda (TN)", "napoli (na)", "Lindsborg (KS)"), a province named in
# brackets ("11380 Tarifa, (Cádiz)"), a Brazilian state after a dash or slash ("Tiradentes – MG,"),
# a Turkish province after its district and a slash ("34710 Kadıköy/İstanbul"), a Romanian county
# after its abbreviation ("Sighișoara, jud. Mureș").
_REGION_TAIL = regex.compile(
    r"[ \t]*,?[ \t]*\((?P<region>\p{Lu}{2}|\p{Ll}{2}|\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ \t]\p{Lu}[\p{L}'’\-]*){0,2})\)"
    r"|[ \t]+[\-–/][ \t]*(?P<region>\p{Lu}{2})(?=[ \t]*(?:[,.;)\n]|$))"
    r"|/(?P<region>\p{Lu}\p{Ll}+(?:[ \-]\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[,.;)\n]|$))"
    r"|[ \t]*,[ \t]*(?P<region>(?:jud\.|jude[tț]ul)[ \t]*\p{Lu}[\p{L}\-]+(?:[ \t]\p{Lu}[\p{L}\-]+)?)",
    regex.VERSION1,
)
_TAIL_START = regex.compile(r"[ \t]*,?[ \t]*[(\-–/j]")


def with_regions(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` and the region each LOCATION's town is narrowed by, as a LOCATION of its own."""
    places = [f for f in findings if f.entity_type == "LOCATION" and _TAIL_START.match(text, f.end)]
    if not places:
        return findings
    taken = [(f.start, f.end) for f in findings]
    added = []
    for f in places:
        m = _REGION_TAIL.match(text, f.end)
        if m is not None and not any(s < m.end() and m.start("region") < e for s, e in taken):
            start, end = m.span("region")
            taken.append((start, end))
            added.append(Finding(start, end, "LOCATION", f.score))
    return sorted([*findings, *added]) if added else findings


def whole_places(text: str, findings: list[Finding]) -> list[Finding]:
    """`findings` with each LOCATION that is part of a hyphen-joined place name grown to the whole name."""
    if "-" not in text or not any(f.entity_type == "LOCATION" for f in findings):
        return findings
    out = []
    for f in findings:
        if f.entity_type == "LOCATION" and ("-" in text[max(0, f.start - 1) : f.end + 1]):
            grown = _grown(text, f.start, f.end)
            if grown is not None:
                f = Finding(grown[0], grown[1], f.entity_type, f.score)
        out.append(f)
    return out


def _grown(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The hyphen-joined place name around text[start:end], if its pieces are a place name's."""
    left = max(0, start - 80)
    for m in _JOINED.finditer(text, left, min(len(text), end + 80)):
        if m.start() <= start and end <= m.end() and (m.start(), m.end()) != (start, end):
            pieces = m.group().split("-")
            capitalised = [p for p in pieces if p[:1].isupper()]
            if len(capitalised) >= 2 and all(p[:1].isupper() or p.lower() in _PARTICLES for p in pieces):
                return m.start(), m.end()
            return None
    return None
