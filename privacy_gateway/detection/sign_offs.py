"""The writer's name signing a note or a message off at its end, in any language and kind of text:
"… advised up to 2 hrs. – Hüseyin, Tier 2", "Firma: Alejandro, de Inmobiliaria Sol y Mar.",
"Conseillère : Marie-Ève.".

A call centre's notes, a CRM entry and an agent's message end with who wrote them: after a dash,
a signature's label or the writer's role. The notes themselves are technical often enough (OTP,
SIM, POD, IBAN) that the prose rules do not read them, and the name is a given name alone. Only
the text's last line is read, and only a listed given name that is no English word opens the
name ("- Thanks", "– Kubernetes, v1.29" stay).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

from privacy_gateway.detection.lexicon import ascii_fold, english_form, first_names, world_first_names

# A name: one or two capitalised words, each maybe hyphenated ("Marie-Ève", "Ana Lúcia").
_NAME = r"(?P<name>\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)?)"
# What may follow the name on its line: a role, a team, a tier or a firm after a comma, a bracket
# or a slash ("Tier 2", "(Support)", "/ night shift", "de Inmobiliaria Sol y Mar"), then a full stop.
_AFTER = r"(?:[ \t]*[,(/][^\n]{0,48})?[ \t]*\.?[ \t]*$"
# What opens the signature: a spaced dash after a sentence's end or at a line's start; a signature's
# label ("Firma:", "Signed:", "Assinatura:", "Unterschrift:", "Podpis:"); the writer's role as a
# call centre labels it ("Agent:", "Conseillère :", "Operatore:", "Atendente:", "Sachbearbeiterin:").
_OPENING = (
    r"(?:(?:^|(?<=[.!?)])[ \t]+)[–—-][ \t]*"
    r"|(?<![\p{L}])(?i:firma|firmato|signed|signature|assinatura|unterschrift|podpis|semn[ăa]tura|allekirjoitus|handtekening|underskrift|al[áa][íi]r[áa]s|imza|υπογραφή|agent|advisor|adviser|"
    r"conseill[eè]re?|conseiller|consultant[ea]?|operat(?:or|ore|rice|eur)|atendente|asesora?|agente|"
    r"sachbearbeiter(?:in)?|bearbeiter(?:in)?|medewerker|handl[aä]ggare)[ \t]*:[ \t]*)"
)
_SIGNED = regex.compile(rf"{_OPENING}{_NAME}{_AFTER}", regex.MULTILINE)


def signed_names(text: str, place: Callable[[str], bool]) -> Iterator[tuple[int, int]]:
    """The name signing `text` off on its last line (see the module), where its first word is a
    listed given name that is no English word, or a double given name, and the name no place
    (`place`: "– Paris, 2024")."""
    body = text.rstrip()
    last = body.rfind("\n") + 1
    for m in _SIGNED.finditer(body, last):
        # A double given name ("Anne-Laure") is one whose parts are all given names, English words or not.
        parts = [ascii_fold(p.lower()) for p in m.group("name").split()[0].split("-")]
        listed = all(p in first_names() or p in world_first_names() for p in parts)
        if listed and (len(parts) > 1 or not english_form(parts[0])) and not place(m.group("name")):
            yield m.span("name")
