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
# Keys in scripts other than Latin, read whole (their spaces and marks dropped, lower case): a form's
# or an export's column in Russian, Ukrainian, Greek, Arabic, Hebrew, Hindi and Thai, as the English
# words the rules of `field_keys` know.
_SCRIPT_KEYS = {
    **dict.fromkeys("фио піб ονοματεπώνυμο الاسمالكامل שםמלא पूरानाम".split(), "full name"),
    **dict.fromkeys("имя імя ім'я ім’я όνομα الاسم שם नाम ชื่อ".split(), "name"),
    **dict.fromkeys("фамилия прізвище επώνυμο שםמשפחה उपनाम นามสกุล".split(), "last name"),
    **dict.fromkeys("отчество побатькові".split(), "middle name"),
    **dict.fromkeys(
        """телефон тел моб мобильный мобільний номертелефона контактныйтелефон τηλέφωνο τηλ κινητό الهاتف الجوال
        رقمالهاتف رقمالجوال טלפון נייד फोन फ़ोन मोबाइल โทรศัพท์ เบอร์โทร""".split(),
        "phone",
    ),
    **dict.fromkeys("адрес адреса адресрегистрации адреспроживания διεύθυνση العنوان כתובת पता ที่อยู่".split(), "address"),
    **dict.fromkeys("датарождения датанародження ημερομηνίαγέννησης تاريخالميلاد תאריךלידה जन्मतिथि วันเกิด".split(), "date of birth"),
    **dict.fromkeys("почта электроннаяпочта ελ.ταχυδρομείο البريدالإلكتروني דוא\"ל אימייל ईमेल อีเมล".split(), "email"),
    **dict.fromkeys("رقمالهوية תעודתזהות ת.ז תז".split(), "national id"),
}
# Keys in Chinese, Japanese and Korean, which write no space: the key's end says what its value is
# ("犬主姓名", the dog owner's name; "联系电话", the contact phone; "身份证号", the ID card's number).
_SCRIPT_KEY_ENDS = (
    ("身份证号码", "national id"), ("身份证号", "national id"), ("身份證號碼", "national id"), ("身分證字號", "national id"),
    ("身份证", "national id"), ("주민등록번호", "national id"), ("주민번호", "national id"),
    ("出生年月日", "date of birth"), ("出生日期", "date of birth"), ("生年月日", "date of birth"), ("생년월일", "date of birth"),
    ("电话号码", "phone"), ("電話番号", "phone"), ("联系电话", "phone"), ("聯絡電話", "phone"), ("手机号", "phone"), ("电话", "phone"),
    ("電話", "phone"), ("手机", "phone"), ("手機", "phone"), ("携帯", "phone"), ("전화번호", "phone"), ("연락처", "phone"),
    ("휴대폰", "phone"), ("住址", "address"), ("地址", "address"), ("住所", "address"), ("주소", "address"),
    ("邮政编码", "postcode"), ("邮编", "postcode"), ("郵便番号", "postcode"), ("우편번호", "postcode"),
    ("电子邮件", "email"), ("電子郵件", "email"), ("邮箱", "email"), ("メールアドレス", "email"), ("이메일", "email"),
    ("姓名", "name"), ("名字", "name"), ("氏名", "name"), ("お名前", "name"), ("名前", "name"), ("이름", "name"), ("성명", "name"),
    ("성함", "name"),
)
_SCRIPT_KEY = re.compile(r"[^\W\d_a-zA-Z]")
_CASELESS_KEY = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_KEY_MARKS = re.compile(r"[\s_\-:：.()（）]+")


def _script_key(key: str) -> list[str] | None:
    """The English words of a key written in another script (`_SCRIPT_KEYS`, `_SCRIPT_KEY_ENDS`), or None."""
    if key.isascii():
        return None  # most keys: no letter of another script to look up
    whole = _KEY_MARKS.sub("", key.strip().lower())
    if not whole or not _SCRIPT_KEY.search(whole) or re.search(r"[a-z]", whole):
        return None
    if (words := _SCRIPT_KEYS.get(whole)) is not None:
        return words.split()
    if _CASELESS_KEY.search(whole):
        for end, words in _SCRIPT_KEY_ENDS:
            if whole.endswith(end) and len(whole) - len(end) <= 4:
                return words.split()
    return None


# German, Dutch and Nordic keys glue whose field it is to the field ("Käuferpostleitzahl", "Kundenname",
# "Empfängeradresse", "klantnaam", "kundnamn"): the person's word, then a field's word of
# `_FOREIGN_KEY_WORDS` (or "name", "naam", "namn", "email"), read as two words in the English order.
_COMPOUND_HEADS = {
    **dict.fromkeys("kaufer kunden kunde besteller klant kund asiakas".split(), "customer"),
    **dict.fromkeys("empfanger ontvanger mottagare".split(), "recipient"),
    **dict.fromkeys("mieter huurder hyresgast".split(), "tenant"),
    **dict.fromkeys("vermieter verhuurder".split(), "landlord"),
    **dict.fromkeys("patienten".split(), "patient"),
    **dict.fromkeys("mitarbeiter medewerker".split(), "employee"),
    **dict.fromkeys("absender afzender avsandare".split(), "sender"),
    **dict.fromkeys("inhaber halter".split(), "holder"),
    **dict.fromkeys("antragsteller aanvrager".split(), "applicant"),
    **dict.fromkeys("teilnehmer deelnemer".split(), "participant"),
    **dict.fromkeys("kontakt contactpersoon".split(), "contact"),
}
_COMPOUND_FIELDS = {**{w: e for w, e in _FOREIGN_KEY_WORDS.items() if len(w) >= 3}, **dict.fromkeys("name naam namn navn nimi".split(), "name"), "email": "email"}


def _compound_key(word: str) -> list[str] | None:
    """[person, field] of a compound key (see `_COMPOUND_HEADS`), or None."""
    for head, person in _COMPOUND_HEADS.items():
        if not word.startswith(head):
            continue
        rest = word[len(head) :]
        # The field's word, maybe after a linking "s" ("Kontaktsname"; "Kundestrasse" keeps its own "s").
        field = _COMPOUND_FIELDS.get(rest) or (_COMPOUND_FIELDS.get(rest[1:]) if rest.startswith("s") else None)
        if field is not None:
            return [person, field]
    return None


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
    if (scripted := _script_key(key)) is not None:
        return scripted
    spaced = _CAMEL.sub(" ", key.strip()) if not key.islower() else key
    plain = [_plain(w) for w in _KEY_SEPARATORS.split(spaced.lower()) if w]
    if (phrase := _FOREIGN_KEY_PHRASES.get("".join(plain))) is not None:
        return [phrase]
    if any(w not in _FOREIGN_KEY_WORDS and _compound_key(w) is not None for w in plain):
        # "Käuferadresse 1": the compound's two words, then the rest of the key.
        return [part for w in plain for part in ((w not in _FOREIGN_KEY_WORDS and _compound_key(w)) or [_ABBREVIATED.get(w, w)])]
    words = [_FOREIGN_KEY_WORDS.get(w, w) for w in plain]
    if len(words) > 1 and plain[0] in _FOREIGN_KEY_WORDS:
        return [w for w, p in zip(words, plain) if p not in _KEY_PARTICLES][::-1]
    return [_ABBREVIATED.get(w, w) for w in words]
