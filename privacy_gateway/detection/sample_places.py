"""Sample addresses: the towns and streets that stand for nowhere in forms, docs and fixtures.

A help page or a form's example writes "Musterstraße 1, 12345 Musterstadt" or "123 Main Street,
Anytown": the address of no one, as "Max Mustermann" is no one's name (`sample_names`). A place
found over such a word is the sample, and masking it changes the example the cloud is asked about.

Provenance: Wikipedia's "List of placeholder names" (places): Anytown and Anyville (English), the
German "Muster-" words (Musterstadt, Musterhausen, Musterdorf; Musterstraße, Musterweg,
Mustergasse, Musterallee, Musterplatz). A real street name ("Main Street", "High Street") is a
sample only with such a town. Not "Springfield" or "Smallville": real towns carry those names.
A street called "Example" ("1 Example Road") says what it is, in any language ("Eksempelveien 1,
0000 Oslo", "Calle Ejemplo 5").
"""

from __future__ import annotations

import re

_SAMPLE_WORD = re.compile(
    r"(?i)\b(?:any(?:town|ville)|muster(?:stadt|hausen|dorf|stra(?:ß|ss)e|weg|gasse|allee|platz|ring)"
    r"|example[ \t]+(?:street|st|road|rd|avenue|ave|lane|way|close|drive|crescent|place|square)"
    # The same "example" street in other languages' forms: Beispielstraße, Eksempelveien, Exempelgatan,
    # Esimerkkikatu, Voorbeeldstraat, ul. Przykładowa, Příkladová, Calle Ejemplo, Via Esempio, Rua Exemplo.
    r"|beispiel(?:stra(?:ß|ss)e|weg|stadt|dorf)|eksempel(?:veien|vegen|vej|gade|by)|exempel(?:gatan|vägen|staden)"
    r"|esimerkki(?:katu|tie|kylä)|voorbeeld(?:straat|laan|stad)|przykładow[aey]|příkladová"
    r"|(?:calle|avenida|via|rua|rue)[ \t]+(?:de[ \t]+(?:l['’])?)?(?:ejemplo|esempio|exemplo|exemple))\b"
)


def sample_place(value: str) -> bool:
    """Whether a place found as `value` holds a placeholder town or street ("12345 Musterstadt",
    "123 Main Street, Anytown")."""
    return _SAMPLE_WORD.search(value) is not None
