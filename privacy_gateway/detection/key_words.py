"""The words of a record's key, in any case and spelling: `firstName`, `first_name`, `First-Name`
and `Vorname` all say "first name". `field_keys` decides what a value under them is."""

from __future__ import annotations

import re

from privacy_gateway.detection.lexicon import ascii_fold

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_KEY_SEPARATORS = re.compile(r"[\W_]+")
# Key words of the languages records come in, unaccented (`_plain`), read as the English word the
# rules of `field_keys` know: `Vorname` is a first name, `PLZ` a postcode, `sukunimi` a surname. Languages:
# German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech/Slovak, Swedish, Danish/Norwegian,
# Finnish, Turkish, Indonesian/Malay, Romanian, Hungarian, Croatian/Serbian (Latin script), from their
# everyday words for each field (forms, CRM exports, web shops).
_FOREIGN_KEY_WORDS = {
    **dict.fromkeys(
        """vorname rufname prenom voornaam roepnaam imie jmeno krestni krstne fornamn tilltalsnamn fornavn etunimi
        prenume keresztnev utonev ime adi""".split(),
        "firstname",
    ),
    **dict.fromkeys(
        """nachname familienname apellido apellidos cognome sobrenome achternaam nazwisko prijmeni priezvisko
        efternamn etternavn efternavn sukunimi soyad soyadi soyisim vezeteknev csaladnev prezime apelido apelidos
        familienaam geslachtsnaam""".split(),
        "lastname",
    ),
    **dict.fromkeys("nom nombre nome naam namn navn nimi isim nama nume nev".split(), "name"),
    **dict.fromkeys("completo completa complet lengkap intero".split(), "full"),
    **dict.fromkeys(
        "kunde kundin kunden cliente klant klient klienta klienti kund asiakas musteri pelanggan ugyfel".split(), "customer"
    ),
    **dict.fromkeys(
        """empfanger empfaenger destinatario destinataire ontvanger odbiorca prijemce mottagare modtager mottaker
        vastaanottaja alici penerima destinatar cimzett primatelj""".split(),
        "recipient",
    ),
    **dict.fromkeys(
        """absender remitente expediteur mittente remetente afzender nadawca odesilatel avsandare afsender avsender
        lahettaja gonderen pengirim expeditor felado posiljatelj""".split(),
        "sender",
    ),
    **dict.fromkeys("autor auteur autore forfattare forfatter tekija yazar penulis szerzo".split(), "author"),
    # A hotel's or a club's guest and whoever comes with them, on registration cards and booking notes.
    **dict.fromkeys("gast huesped ospite invite invitado convidado hospede misafir gosc vieras vendeg".split(), "guest"),
    **dict.fromkeys(
        """begleitung begleitperson acompanhante acompanante accompagnatore accompagnatrice accompagnateur
        accompagnatrice begeleider osobatowarzyszaca""".split(),
        "companion",
    ),
    **dict.fromkeys("inhaber titular titulaire titolare".split(), "holder"),
    **dict.fromkeys(
        "ansprechpartner contacto contatto contato kontakt kontaktperson yhteyshenkilo iletisim kapcsolattarto".split(),
        "contact",
    ),
    **dict.fromkeys(
        """mitarbeiter mitarbeiterin empleado empleada employe dipendente funcionario pracownik zamestnanec
        anstalld ansatt medarbejder tyontekija calisan karyawan pegawai angajat alkalmazott zaposlenik""".split(),
        "employee",
    ),
    **dict.fromkeys("paciente patientin paziente pacjent pacient potilas pasien beteg".split(), "patient"),
    **dict.fromkeys("utente usuario utilizador utilisateur benutzer gebruiker uzytkownik kullanici pengguna".split(), "user"),
    **dict.fromkeys(
        """strasse strase calle rue rua straat ulica ulice gata gade katu cadde sokak jalan strada utca gatuadress
        katuosoite gateadresse""".split(),
        "street"
    ),
    **dict.fromkeys("hausnummer huisnummer husnummer hazszam civico".split(), "housenumber"),
    **dict.fromkeys(
        "plz postleitzahl cep postnummer postinumero psc kodepos iranyitoszam postanski pincode eircode poskod".split(),
        "postcode"
    ),
    **dict.fromkeys(
        """ort stadt wohnort geburtsort ville ciudad localidad citta cidade woonplaats plaats miasto mesto
        miejscowosc obec stad kaupunki sehir kota kabupaten oras localitate varos municipio comune commune gemeinde
        gemeente kommune kunta gmina mestys localite localita localidade poblacion postort poststed postitoimipaikka
        paikkakunta bynavn concelho telepules mjesto bandar""".split(),
        "city",
    ),
    # Parts of a town and the regions above it: the columns of an address export after the town.
    **dict.fromkeys(
        """bairro barrio stadtteil ortsteil quartier quartiere wijk dzielnica distrito ilce mahalle kecamatan kelurahan
        desa judet megye okres powiat kreis landkreis freguesia frazione colonia semt""".split(),
        "district",
    ),
    **dict.fromkeys(
        """provincia provinz provincie prowincja wojewodztwo bundesland kanton canton departement regione comunidad
        maakunta provinsi negeri""".split(),
        "province",
    ),
    **dict.fromkeys(
        """adresse anschrift lieferadresse rechnungsadresse postanschrift wohnadresse direccion indirizzo endereco morada
        adres adresa adress osoite alamat cim domicilio residenza residencia""".split(),
        "address",
    ),
    **dict.fromkeys(
        """telefon telefono telefone handy movil celular cellulare portable telemovel telefonnummer
        handynummer mobilnummer rufnummer puhelin puhelinnumero matkapuhelin telepon ponsel telefonszam mobil
        komorka telefonu tlf tfn gsm mob cel tfno telf puh telefoon telefoonnummer mobiel mobiele mobiili mobitel
        mobilni telp mobiltelefon""".split(),
        "phone",
    ),
    **dict.fromkeys("numero nummer numer nomor szam broj".split(), "number"),
    **dict.fromkeys("kod codigo codice kode".split(), "code"),
    **dict.fromkeys("pocztowy postale".split(), "postal"),
    **dict.fromkeys("courriel correo epost sahkoposti eposta surel".split(), "email"),
    **dict.fromkeys("pays pais paese kraj zeme krajina ulke negara tara orszag drzava land maa".split(), "country"),
    # Abbreviations exports write: `ctry`, `cntry`.
    **dict.fromkeys("ctry cntry".split(), "country"),
}
# English abbreviations of COBOL copybooks and legacy tables, in the English order: `CUST-NAME`,
# `EMP_NM`, `MBR-DOB` (unlike another language's word, one opening a key is no head put first).
_ABBREVIATED = {
    **dict.fromkeys("cust custmr".split(), "customer"),
    **dict.fromkeys("emp empl".split(), "employee"),
    "mbr": "member",
    "usr": "user",
    **dict.fromkeys("nm nme".split(), "name"),
}
# Keys of two words or more that one entry reads whole, because a word alone says something else
# (`nama depan` is a first name, `depan` alone "front"; `kode pos` a postcode, `pos` a position).
_FOREIGN_KEY_PHRASES = {
    **dict.fromkeys("namadepan namapertama namakecil nombredepila".split(), "firstname"),
    **dict.fromkeys(
        "namabelakang namakeluarga namaakhir nomdefamille numedefamilie cognomedifamiglia nomedefamilia".split(), "lastname"
    ),
    **dict.fromkeys("geburtsname madchenname nomdejeunefille".split(), "maidenname"),
    **dict.fromkeys("kodepos postakodu kodpocztowy postnr postnumer".split(), "postcode"),
    **dict.fromkeys("nohp nomorhp nohandphone nomorponsel cepno ceptelefonu".split(), "phone"),
    **dict.fromkeys("kucnibroj nrdomu numerdomu cisplopopisne".split(), "housenumber"),
}
# Linking words of keys written as phrases ("numero de telefono", "data di nascita").
_KEY_PARTICLES = frozenset("de di da do du del della des dos das".split())
# Letters NFKD cannot take apart, as a key is spelt without them: `ı`, `ł`, `ø`, `đ`.
_UNDECOMPOSABLE = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "ß": "ss"})


def _plain(word: str) -> str:
    """`word` unaccented, as `_FOREIGN_KEY_WORDS` spells it (`prénom` → `prenom`, `soyadı` → `soyadi`)."""
    return word if word.isascii() else ascii_fold(word.translate(_UNDECOMPOSABLE))


def key_words(key: str) -> list[str]:
    """The words of a key: `firstName`, `first_name`, `First-Name`, `first name` → [first, name];
    words of other languages as their English counterparts (`Vorname` → [firstname]), in the
    English order: a key that opens with another language's word puts its head first
    (`nombre_cliente`, `adres_dostawy`, `nama_lengkap`) and reads backwards (→ [customer, name])."""
    spaced = _CAMEL.sub(" ", key.strip()) if not key.islower() else key
    plain = [_plain(w) for w in _KEY_SEPARATORS.split(spaced.lower()) if w]
    if (phrase := _FOREIGN_KEY_PHRASES.get("".join(plain))) is not None:
        return [phrase]
    words = [_FOREIGN_KEY_WORDS.get(w, w) for w in plain]
    if len(words) > 1 and plain[0] in _FOREIGN_KEY_WORDS:
        return [w for w, p in zip(words, plain) if p not in _KEY_PARTICLES][::-1]
    return [_ABBREVIATED.get(w, w) for w in words]
