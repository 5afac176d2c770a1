"""The writer's name signing a note or a message off at its end, in any language and kind of text:
"… advised up to 2 hrs. – Hüseyin, Tier 2", "Firma: Alejandro, de Inmobiliaria Sol y Mar.",
"Conseillère : Marie-Ève.".

A call centre's notes, a CRM entry and an agent's message end with who wrote them: after a dash,
a signature's label or the writer's role. The notes themselves are technical often enough (OTP,
SIM, POD, IBAN) that the prose rules do not read them, and the name is a given name alone. Only
the text's last line is read, and only a listed given name that is no English word opens the
name ("- Thanks", "– Kubernetes, v1.29" stay).

Chats and mails close the same way with thanks or a greeting, in any case (`closing_names`: "…
cheers cauã", "Cordialement,\nJean-Baptiste", "> Mvh Guðrún" closing a quoted reply): there the end
of any message counts, the text's, a quoted block's or a paragraph's.
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


# The words a message closes with before its writer's name, in the languages the gateway meets:
# thanks and greetings, on the name's line ("cheers cauã", "Merci, Jean-Baptiste", "> Mvh Guðrún")
# or on the line above it ("Cordialement,\nJean-Baptiste", "thanks\n> jānis").
_CLOSING_WORDS = (
    r"thanks|thank[ \t]+you|many[ \t]+thanks|thx|tnx|ty|cheers|ta|regards|kind[ \t]+regards|best[ \t]+regards|warm[ \t]+regards|"
    r"best(?:[ \t]+wishes)?|all[ \t]+the[ \t]+best|sincerely|yours(?:[ \t]+(?:sincerely|truly|faithfully))?|love|rgds|br|speak[ \t]+soon|talk[ \t]+soon|"
    r"merci(?:[ \t]+beaucoup)?|cordialement|bien[ \t]+cordialement|bien[ \t]+à[ \t]+vous|amitiés|bises|bisous|"
    r"danke(?:[ \t]+schön)?|viele[ \t]+grüße|liebe[ \t]+grüße|beste[ \t]+grüße|grüße|gruß|lg|vg|mfg|mit[ \t]+freundlichen[ \t]+grüßen|"
    r"groetjes|groeten|met[ \t]+vriendelijke[ \t]+groet(?:en)?|mvg|bedankt|dank[ \t]+je(?:[ \t]+wel)?|"
    r"mvh|hilsen|hälsningar|vänliga[ \t]+hälsningar|med[ \t]+vänlig[ \t]+hälsning|tack|takk|tak|kiitos|terveisin|"
    r"gracias|saludos|un[ \t]+saludo|un[ \t]+abrazo|besos|atentamente|cordialmente|"
    r"obrigad[oa]|abraços?|beijos?|atenciosamente|cumprimentos|"
    r"grazie(?:[ \t]+mille)?|saluti|cordiali[ \t]+saluti|un[ \t]+abbraccio|"
    r"pozdrawiam|dzięki|dziękuję|s[ \t]+pozdravem|díky|děkuji|üdv|üdvözlettel|köszönöm|mulțumesc|cu[ \t]+stimă|"
    r"teşekkürler|saygılarımla|salamat(?:[ \t]+po)?|terima[ \t]+kasih|makasih"
)
# The writer's name: one or two words of letters in any case ("cauã", "Jean-Baptiste", "ana lúcia"),
# then maybe a kiss ("x", "xx") or a full stop.
_WRITER = r"(?P<name>\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)?(?:[ \t](?!x{1,3}[ \t]*[.!]?[ \t]*$)\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)?)?)"
_KISS = r"(?:[ \t]*,?[ \t]+x{1,3})?[ \t]*[.!]?[ \t]*$"
_QUOTE = r"[ \t]*(?:>[ \t]*)*"  # a quoted reply's marks before a line: "> Mvh Guðrún"
_CLOSED = regex.compile(
    # The closing opens its line, or follows a sentence's end on it; the name then ends the line.
    rf"(?:^{_QUOTE}|(?<=[.!?)])[ \t]+)(?i:{_CLOSING_WORDS})[ \t]*[,!.:]?[ \t]+{_WRITER}{_KISS}"
    # The closing alone on its line, the name alone on the next.
    rf"|^{_QUOTE}(?i:{_CLOSING_WORDS})[ \t]*[,!.]?[ \t]*\n{_QUOTE}{_WRITER}{_KISS}"
    # A dash after the message's last sentence, in any case: "ano pwede gawin? - jomar".
    rf"|(?<=[.!?])[ \t]+[–—-][ \t]*{_WRITER}{_KISS}",
    regex.MULTILINE,
)
# Whom a message thanks or greets rather than who wrote it: "thanks all", "cheers team", "best, the support desk".
_NO_WRITER = frozenset(
    "all everyone everybody team guys folks mate mates again advance much so you u in for the a to lot lots heaps both "
    "y'all yall buddy bro man dude sir madam dear anyway".split()
)


def closing_names(text: str) -> Iterator[tuple[int, int]]:
    """The writer's name after a message's closing words at the message's end ("make this sound
    professional: … cheers cauã", "Merci, Jean-Baptiste", "Cordialement,\\nJean-Baptiste", "> Mvh
    Guðrún" closing a quoted reply), in any case: a line the text, a quoted block or a paragraph
    ends on. Its first word is a listed given name or no English word ("cheers cauã", "thanks
    siobhan"; not "thanks team", "cheers again", "regards, Finance"); a template's "[Name]" is no word."""
    for m in _CLOSED.finditer(text):
        if not _message_end(text, m.end()):
            continue
        words = m.group("name").split()
        first = ascii_fold(words[0].lower()).strip("'’")
        if first in _NO_WRITER or any(w.lower() in _NO_WRITER for w in words[1:]):
            continue
        if first in first_names() or first in world_first_names() or not english_form(first) and len(first) >= 3:
            yield m.span("name")


def _message_end(text: str, end: int) -> bool:
    """Whether the line ending at `end` ends a message: the text's last line, the last line of a
    quoted block, or a line before a blank one."""
    rest = text[end:]
    if not rest.strip():
        return True
    line_start = text.rfind("\n", 0, end) + 1
    quoted = text[line_start:end].lstrip().startswith(">")
    after = rest.lstrip(" \t")
    if after.startswith("\n"):
        next_line = after[1:].split("\n", 1)[0]
        return not next_line.strip() or quoted and not next_line.lstrip().startswith(">")
    return False
