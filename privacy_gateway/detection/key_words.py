"""The words of a record's key, in any case and spelling: `firstName`, `first_name`, `First-Name`
and `Vorname` all say "first name". `field_keys` decides what a value under them is."""

from __future__ import annotations

import re

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_KEY_SEPARATORS = re.compile(r"[\W_]+")
# Key words of the other languages records come in (German, French, Spanish, Italian, Portuguese,
# Dutch), read as the English word the rules of `field_keys` know: `Vorname` is a first name, `PLZ` a postcode.
_FOREIGN_KEY_WORDS = {
    **dict.fromkeys("vorname prenom prénom voornaam".split(), "firstname"),
    **dict.fromkeys("nachname familienname apellido apellidos cognome sobrenome achternaam".split(), "lastname"),
    **dict.fromkeys("nom nombre nome naam".split(), "name"),
    **dict.fromkeys("kunde kundin cliente klant".split(), "customer"),
    **dict.fromkeys("empfänger empfaenger destinatario destinataire destinatário ontvanger".split(), "recipient"),
    **dict.fromkeys("absender remitente expéditeur expediteur mittente remetente afzender".split(), "sender"),
    **dict.fromkeys("autor auteur autore".split(), "author"),
    **dict.fromkeys("inhaber titular titulaire titolare".split(), "holder"),
    **dict.fromkeys("ansprechpartner contacto contatto contato".split(), "contact"),
    **dict.fromkeys("mitarbeiter mitarbeiterin empleado empleada employé employée dipendente funcionário funcionario".split(), "employee"),
    **dict.fromkeys("paciente patientin paziente".split(), "patient"),
    **dict.fromkeys("strasse straße strase calle rue rua straat".split(), "street"),
    **dict.fromkeys("hausnummer huisnummer".split(), "housenumber"),
    **dict.fromkeys("plz postleitzahl cep postnummer postinumero".split(), "postcode"),
    **dict.fromkeys("ort stadt wohnort ville ciudad localidad città citta cidade woonplaats plaats".split(), "city"),
    **dict.fromkeys("adresse anschrift direccion dirección indirizzo endereco endereço morada adres".split(), "address"),
    **dict.fromkeys("telefon telefono teléfono telefone téléphone handy movil móvil celular cellulare portable".split(), "phone"),
    **dict.fromkeys("courriel correo".split(), "email"),
    **dict.fromkeys("pays pais país paese".split(), "country"),
}


def key_words(key: str) -> list[str]:
    """The words of a key: `firstName`, `first_name`, `First-Name`, `first name` → [first, name];
    words of other languages as their English counterparts (`Vorname` → [firstname])."""
    spaced = _CAMEL.sub(" ", key.strip()) if not key.islower() else key
    return [_FOREIGN_KEY_WORDS.get(w, w) for w in _KEY_SEPARATORS.split(spaced.lower()) if w]
