"""garage: a hand-written check set for the PII-masking gateway (brief: tools/p58/brief.md).

Car dealers, repair garages and body shops, car rental and leasing, fleet managers, roadside
assistance, driving schools and parking operators, and their customers.

Every private value below (names, streets, postcodes, phones, dates of birth, ID numbers, IBANs,
card numbers, IP addresses) was typed by hand. Check digits were worked out once in a scratch
session and typed in as literals; check() only verifies them. E-mail local parts are built from
the hand-typed names.

    python build.py           # writes holdout.jsonl, prints counts and sha256
    python build.py --check   # rebuilds in memory, runs check(), compares with the file
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEED = 58033
SET = "garage"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = "eval/garage/build.py"
N_ROWS = 324
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}

# ---------------------------------------------------------------------------------------------
# markers: templates write ⟦TYPE|value⟧, unmark() strips them and computes the offsets
# ---------------------------------------------------------------------------------------------
OPEN, BAR, CLOSE = "⟦", "|", "⟧"
MARK_RE = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧\n]+?)⟧")


def mk(kind: str, value: str) -> str:
    return f"{OPEN}{kind}{BAR}{value}{CLOSE}"


def P(v: str) -> str:
    return mk("PERSON", v)


def L(v: str) -> str:
    return mk("LOCATION", v)


def PH(v: str) -> str:
    return mk("PHONE_NUMBER", v)


def EM(v: str) -> str:
    return mk("EMAIL_ADDRESS", v)


def NID(v: str) -> str:
    return mk("NATIONAL_ID", v)


def SSN(v: str) -> str:
    return mk("US_SSN", v)


def IBAN(v: str) -> str:
    return mk("IBAN_CODE", v)


def CARD(v: str) -> str:
    return mk("CREDIT_CARD", v)


def MRN(v: str) -> str:
    return mk("MEDICAL_RECORD_NUMBER", v)


def IP(v: str) -> str:
    return mk("IP_ADDRESS", v)


def DOBM(v: str) -> str:
    return mk("DATE_OF_BIRTH", v)


def loc(s: str) -> str:
    """Address data: [x] and <x> (the town) become LOCATION markers."""
    return re.sub(r"[\[<]([^\]>]+)[\]>]", lambda m: L(m.group(1)), s)


def apply_case(s: str, case: str) -> str:
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked: str, case: str = "") -> tuple[str, list[dict]]:
    """Strip the markers, case the text piece by piece, return (text, spans)."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    at = 0
    for m in MARK_RE.finditer(marked):
        plain = apply_case(marked[at:m.start()], case)
        out.append(plain)
        pos += len(plain)
        value = apply_case(m.group(2), case)
        spans.append({"start": pos, "end": pos + len(value), "type": m.group(1), "value": value})
        out.append(value)
        pos += len(value)
        at = m.end()
    tail = apply_case(marked[at:], case)
    out.append(tail)
    text = "".join(out)
    if OPEN in text or CLOSE in text:
        raise ValueError(f"stray marker in: {text[:80]!r}")
    return text, spans


# ---------------------------------------------------------------------------------------------
# people, addresses and phones (the data lives in the next sections)
# ---------------------------------------------------------------------------------------------
FOLD = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ı": "i", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "œ": "oe", "ț": "t", "ș": "s",
})


def fold(s: str) -> str:
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class Person:
    pool: str
    cc: str
    sex: str
    tag: str
    given: str
    family: str
    order: str
    dob: tuple[int, int, int]
    ids: dict = field(default_factory=dict)
    latin: str = ""
    patronymic: str = ""
    call: str = ""

    @property
    def key(self) -> str:
        return f"{self.pool}:{self.given}:{self.family}"

    @property
    def full(self) -> str:
        if self.order == "fg0":
            return self.family + self.given
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def first(self) -> str:
        return self.call or self.given

    @property
    def last(self) -> str:
        return self.family

    @property
    def official(self) -> str:
        """Russian/Ukrainian official order with patronymic."""
        return f"{self.family} {self.given} {self.patronymic}".strip()

    def ascii_parts(self) -> tuple[str, str]:
        if self.latin:
            g, f = self.latin.split(" ", 1)
        else:
            g, f = self.given.split()[0], self.family
        g = re.sub(r"[^a-z]", "", fold(g).lower())
        f = re.sub(r"[^a-z]", "", fold(f).lower())
        return g, f


def parse_people(block: str) -> list[Person]:
    people = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [x.strip() for x in line.split("|")]
        pool, cc, sex, tag, given, family, order, dob = parts[:8]
        extra = parts[8] if len(parts) > 8 else ""
        ids: dict = {}
        latin = ""
        patronymic = ""
        call = ""
        for item in filter(None, (x.strip() for x in extra.split(";"))):
            k, v = item.split("=", 1)
            if k == "latin":
                latin = v
            elif k == "patr":
                patronymic = v
            elif k == "call":
                call = v
            else:
                ids[k] = v
        y, m, d = (int(x) for x in dob.split("-"))
        people.append(Person(pool, cc, sex, tag, given, family, order, (y, m, d), ids, latin, patronymic, call))
    return people


@dataclass
class Address:
    cc: str
    lines: list[str]
    town: str

    @property
    def block(self) -> str:
        return "\n".join(self.lines)

    @property
    def oneline(self) -> str:
        return ", ".join(self.lines)

    @property
    def key(self) -> str:
        return self.cc + ":" + self.lines[0]

    @property
    def street(self) -> str:
        """The line before the town's line (the street with its number)."""
        i = next(n for n, x in enumerate(self.lines) if self.town in x)
        return self.lines[i - 1]


def parse_addresses(block: str) -> list[Address]:
    """Entries separated by blank lines; first line is the country code, then the lines."""
    out = []
    for chunk in block.strip().split("\n\n"):
        rows = [x.strip() for x in chunk.strip().splitlines() if x.strip()]
        cc, lines = rows[0], rows[1:]
        town = re.search(r"<([^>]+)>", chunk)
        if not town:
            raise ValueError(f"no town in {chunk!r}")
        out.append(Address(cc, [loc(x) for x in lines], L(town.group(1))))
    return out


# ---------------------------------------------------------------------------------------------
# PEOPLE: pool | country | sex | culture | given | family | order | date of birth | extras
# order: gf (given family), fg (family given, spaced), fg0 (family+given, no space)
# extras: IDs typed by hand (check digits worked out once), latin= for e-mails, patr= patronymic
# ---------------------------------------------------------------------------------------------
PEOPLE = parse_people("""
en | GB | f | Yoruba | Adebola | Ogunleye | gf | 1988-03-14 | gbdl=OGUNL853148A99TK; nino=JT 48 21 93 C
en | GB | m | Scottish | Callum | MacLeod | gf | 1979-11-02 | gbdl=MCLEO711029C99WN
en | GB | f | Punjabi Sikh | Harpreet | Kaur Sandhu | gf | 1992-06-21 | gbdl=SANDH956212HK9BX
en | GB | m | Welsh | Rhys | Llewellyn | gf | 1985-01-30 | gbdl=LLEWE801305R99JD
en | GB | f | English | Rose | Baker | gf | 1996-09-08 | gbdl=BAKER959086R99LM
en | GB | m | Polish British | Tomasz | Wiśniewski | gf | 1983-04-17 | gbdl=WISNI804173T99PA
en | GB | f | Bangladeshi British | Nusrat | Chowdhury | gf | 1990-12-05 | gbdl=CHOWD962050N99EH
en | GB | m | Jamaican British | Delroy | Campbell | gf | 1971-07-23 | gbdl=CAMPB707231D99GS; nhs=485 213 9075
en | GB | f | Irish | Siobhán | Ní Bhraonáin | gf | 1987-02-11 | gbdl=NIBHR852117S99KU
en | GB | m | English | David | Brown | gf | 1966-05-19 | gbdl=BROWN605196D99CR
en | GB | f | Somali British | Hodan | Warsame | gf | 1998-10-27 | gbdl=WARSA960278H99FY
en | GB | m | Gujarati | Kiran | Patel | gf | 1975-08-03 | gbdl=PATEL708035K99AJ
en | GB | f | English | Hope | Wheeler | gf | 2001-04-09 | gbdl=WHEEL054091H99XT
en | GB | m | Lithuanian British | Mantas | Kazlauskas | gf | 1994-03-29 | gbdl=KAZLA903294M99RL; nino=NR 15 88 42 D
en | GB | m | English | Graham | Hill | gf | 1958-12-14 | gbdl=HILL9512148G99NE
en | GB | f | Greek Cypriot | Androulla | Georgiou | gf | 1969-06-02 | gbdl=GEORG656029A99VD
en | GB | m | Akan | Kwame | Asante | gf | 1982-09-15 | gbdl=ASANT809152K99HW; nino=PX 73 05 61 A
en | GB | f | English | Joy | Pennington | gf | 1953-01-26 | gbdl=PENNI551263J99MB
en | GB | m | Pakistani British | Imran | Qureshi | gf | 1989-11-11 | gbdl=QURES811119I99SK; nhs=721 904 3589
en | GB | f | Cantonese British | Mei Ling | Tsang | gf | 1991-07-07 | gbdl=TSANG957071ML9DP
en | GB | m | Romanian British | Ionuț | Bălan | gf | 1993-02-18 | gbdl=BALAN902183I99TC; nino=SK 61 20 47 B
en | GB | f | Turkish Cypriot | Ayla | Mustafa | gf | 1986-05-25 | gbdl=MUSTA855256A99GU
en | GB | f | English | Summer | Holt | gf | 2003-08-22 | gbdl=HOLT9058223S99WF
en | GB | m | Nepali | Bishal | Gurung | gf | 1990-06-11 | gbdl=GURUN906110B99LR
en | GB | f | Persian | Shirin | Farahani | gf | 1978-09-29 | gbdl=FARAH759298S99BN
en | GB | m | English | Ollie | Ashworth | gf | 2007-02-03 | gbdl=ASHWO002037O99KD
en | GB | f | Igbo British | Amara | Nwosu | gf | 2006-11-19 | gbdl=NWOSU061196A99PX
en | GB | m | Italian British | Theo | Marchetti | gf | 2007-06-28 | gbdl=MARCH006287T99YB
en | GB | f | Tamil British | Priya | Raman | gf | 2005-09-12 | gbdl=RAMAN059125P99HC
en | GB | m | English | Barry | Wolf | gf | 1968-03-03 | gbdl=WOLF9603038B99ZA
en | GB | f | English | Grace | Fairweather | gf | 1975-10-30 | gbdl=FAIRW760305G99EJ
en | IE | f | Irish | Aoife | Ní Dhonnchadha | gf | 1990-08-16
en | IE | m | Irish | Cathal | Ó Briain | gf | 1977-03-04
en | IE | m | Igbo Irish | Chinedu | Okafor | gf | 1995-12-19
en | IE | f | Irish | Saoirse | Kavanagh | gf | 2006-04-20
en | US | m | African American | DeShawn | Whitfield | gf | 1990-02-14 | ssn=431-72-9058; usdl=TX 41872203
en | US | f | Mexican American | Guadalupe | Reyes | gf | 1984-10-09 | usdl=CA D4417293
en | US | m | Korean American | Daniel | Cho | gf | 1987-06-30
en | US | f | Italian American | Gina | Russo | gf | 1973-04-12 | ssn=052-81-3374; usdl=NY 714 382 905
en | US | m | Vietnamese American | Tuan | Nguyen | gf | 1992-09-01
en | US | f | Jewish American | Rachel | Goldberg | gf | 1981-01-17 | usdl=NY 562 018 347
en | US | m | US | Chase | Ford | gf | 1999-07-04 | usdl=TX 30958126
en | US | f | Navajo | Shandiin | Begay | gf | 1997-03-22 | usdl=AZ D08317264
en | US | m | Filipino American | Rodel | Manalo | gf | 1980-11-30
en | CA | f | Québécois | Geneviève | Tremblay | gf | 1985-05-06
en | CA | m | Ukrainian Canadian | Bohdan | Kowalchuk | gf | 1963-08-28 | cadl=BC 3849172
en | CA | f | Punjabi Canadian | Simran | Gill | gf | 1994-01-13 | cadl=BC 7215063
en | AU | m | Greek Australian | Nick | Papadopoulos | gf | 1976-02-27 | audl=VIC 043918227
en | AU | f | Lebanese Australian | Rania | Haddad | gf | 1989-07-19 | audl=NSW 15827734
en | AU | m | Vietnamese Australian | Minh | Tran | gf | 1991-05-10
en | AU | f | Australian | Kirra | Walker | gf | 1998-06-15 | audl=VIC 051774302
en | AU | m | Australian | Miles | Turner | gf | 1983-12-08
en | AU | m | Polish Australian | Jayden | Kowalski | gf | 2007-01-15
en | NZ | f | Māori | Aroha | Te Whata | gf | 1990-04-03
en | NZ | m | Samoan | Iosefa | Leaupepe | gf | 1986-09-21
en | NZ | f | Tongan | Mele | Taufa | gf | 1993-11-26
en | ZA | m | Zulu | Sipho | Dlamini | gf | 1984-03-12
en | ZA | f | Afrikaans | Marike | van der Merwe | gf | 1979-10-22
en | ZA | m | Xhosa | Lwazi | Dyantyi | gf | 1992-08-09
en | IN | f | Tamil | Kavya | Subramanian | gf | 1995-04-28
en | IN | m | Malayali | Arjun | Menon | gf | 1988-01-05
en | NG | f | Igbo | Chiamaka | Eze | gf | 1993-06-14
en | NG | m | Hausa | Abdullahi | Bello | gf | 1981-02-20
en | KE | m | Kikuyu | Kamau | Njoroge | gf | 1987-07-30
en | KE | f | Luo | Akinyi | Otieno | gf | 1996-03-09
en | PH | f | Filipino | Maricel | Dela Peña | gf | 1990-10-10
en | SG | m | Chinese Singaporean | Wei Jie | Lim | fg | 1989-05-17
en | SG | f | Malay | Nurul Aina | binti Rosli | gf | 1994-12-01
de | DE | m | German | Jürgen | Weißmann | gf | 1964-02-11 | deid=L7H4K9R2T6
de | DE | f | German | Sabine | Vogel | gf | 1971-09-03 | deid=LZ0C3M6V79
de | DE | m | Turkish German | Mehmet | Yıldız | gf | 1983-06-18 | deid=T22N8FG416
de | DE | f | Polish German | Katarzyna | Nowicka-Berger | gf | 1988-12-02
de | DE | m | German | Lukas | Fuchs | gf | 1995-04-14
de | DE | f | German | Henrike | von Oppen | gf | 1958-07-29
de | AT | m | Serbian Austrian | Dragan | Marković | gf | 1979-10-08
de | AT | f | Austrian | Theresa | Huber | gf | 1992-03-25
de | CH | m | Swiss | Reto | Brunner | gf | 1981-01-19
de | CH | f | Swiss | Nadine | Odermatt | gf | 1986-11-07
de | DE | m | Russian German | Wladimir | Schmidt | gf | 1975-05-21
de | DE | f | German | Leonie | Engel | gf | 1999-08-30
de | DE | m | German | Axel | Wagner | gf | 1969-12-12
de | DE | f | Turkish German | Fatma | Aydın-Krüger | gf | 1990-06-06
de | DE | m | German | Jonas | Pfeiffer | gf | 2007-05-05
de | DE | f | German | Mia | Schubert | gf | 2006-10-14
fr | FR | f | French | Camille | Lefèvre | gf | 1987-04-23 | nir=2 87 04 29 019 214 51
fr | FR | m | French | Jean-Baptiste | Moreau | gf | 1974-09-12
fr | FR | m | Algerian French | Karim | Benali | gf | 1985-02-08 | nir=1 85 02 99 352 087 54
fr | FR | f | Senegalese French | Awa | Diop | gf | 1993-07-30
fr | FR | m | Breton | Yann | Le Bihan | gf | 1980-11-14
fr | FR | f | French | Hélène | Rousseau | gf | 1962-03-19
fr | FR | m | French | Maxime | Dubois | gf | 1996-12-27
fr | BE | f | Belgian | Amandine | Peeters | gf | 1989-05-02
fr | BE | m | Belgian | Quentin | Lambert | gf | 1991-08-18
fr | FR | f | French | Océane | Girard | gf | 2006-06-09
fr | FR | m | French | Mathis | Roux | gf | 2007-03-01
fr | FR | m | Moroccan French | Rachid | El Ouali | gf | 1977-10-25
es | ES | f | Spanish | Mercedes | López Vidal | gf | 1976-01-22 | dni=47382915V
es | ES | m | Spanish | Carlos | Sainz Moreno | gf | 1983-09-14 | dni=51028374E
es | ES | m | Basque | Iñaki | Etxeberria | gf | 1970-06-30 | dni=76113820N
es | ES | f | Catalan | Núria | Puig i Ferrer | gf | 1988-02-17
es | ES | m | Spanish | Alejandro | Ruiz Castaño | gf | 1992-11-03 | dni=29946107S
es | ES | f | Andalusian | Rocío | Fernández Gil | gf | 1985-04-11 | dni=53370841P
es | ES | m | Senegalese | Mamadou | Ndiaye | gf | 1990-08-20 | nie=X4719283M
es | ES | f | Romanian | Ioana | Stan | gf | 1987-03-06 | nie=Y2856104R
es | MX | f | Mexican | Xóchitl | Ramírez Cruz | gf | 1995-05-15
es | MX | m | Mexican | Emiliano | Ríos Tapia | gf | 1989-10-01
es | CO | f | Colombian | Valentina | Restrepo Arango | gf | 1993-12-24
es | AR | m | Argentine | Facundo | Bianchi | gf | 1986-07-07
es | ES | f | Galician | Lucía | Ortega Sanz | gf | 2006-09-26 | nie=Z0937418N
it | IT | m | Emilian | Alessandro | Ferrari | gf | 1978-01-29 | cf=FRRLSN78A29F257Z
it | IT | m | Neapolitan | Giuseppe | Esposito | gf | 1961-04-13 | cf=SPSGPP61D13F839M
it | IT | f | Lombard | Chiara | Lombardi | gf | 1990-10-19 | cf=LMBCHR90R59A794M
it | IT | f | Piedmontese | Francesca | Lo Russo | gf | 1984-06-05 | cf=LRSFNC84H45L219Z
it | IT | m | Sicilian | Salvatore | Greco | gf | 1972-05-08
it | IT | f | Italian | Giulia | Fontana | gf | 1997-02-14
it | IT | m | Lombard | Matteo | Colombo | gf | 1986-11-21
it | IT | f | Sardinian | Antonella | Pinna | gf | 1966-08-31
pt | PT | m | Portuguese | João Pedro | Antunes | gf | 1980-03-18 | nif=238419070
pt | PT | f | Portuguese | Inês | Carvalho Sousa | gf | 1992-07-11 | nif=256174032
pt | PT | m | Portuguese | Rui | Mota | gf | 1975-12-02
pt | PT | f | Portuguese | Ana Margarida | dos Santos | gf | 1988-05-27
pt | PT | m | Cape Verdean | Edson | Tavares | gf | 1990-09-09 | nif=195382749
br | BR | m | Brazilian | Thiago | Nascimento | gf | 1991-01-25 | cpf=418.273.905-14
br | BR | f | Brazilian | Luana | Ferreira da Silva | gf | 1994-06-17 | cpf=062.914.738-87
br | BR | m | Brazilian | Cleiton | Rocha | gf | 1987-04-02 | cpf=731.508.264-62
br | BR | f | Northeastern Brazilian | Francisca | das Chagas Lima | gf | 1969-11-08 | cpf=285.641.097-94
br | BR | m | Brazilian | Rafael Ayrton | Pires | gf | 1993-03-21 | call=Rafael
br | BR | f | Brazilian | Jéssica | Moura | gf | 1998-08-14
nl | NL | f | Dutch | Sanne | de Vries | gf | 1990-04-16
nl | NL | m | Dutch | Bram | van den Heuvel | gf | 1984-08-07
nl | NL | f | Moroccan Dutch | Fatima | El Idrissi | gf | 1993-01-03
nl | NL | m | Dutch | Ruud | Bakker | gf | 1967-10-24
nl | BE | m | Flemish | Joris | Verbeke | gf | 1982-06-12
nl | NL | f | Surinamese Dutch | Anouk | Sewdien | gf | 2006-11-30
pl | PL | m | Polish | Paweł | Lis | gf | 1985-07-19 | pesel=85071948273
pl | PL | f | Polish | Agnieszka | Sowińska | gf | 1990-02-26 | pesel=90022631744
pl | PL | m | Polish | Krzysztof | Zieliński | gf | 1973-11-15 | pesel=73111590535
pl | PL | f | Polish | Małgorzata | Kaczmarek | gf | 1981-05-04 | pesel=81050422680
pl | PL | m | Ukrainian | Oleksandr | Bondar | gf | 1992-09-30 | pesel=92093060351
pl | PL | f | Polish | Zofia | Krawczyk | gf | 2006-03-12 | pesel=06231214865
pl | PL | m | Polish | Bartosz | Dąbrowski | gf | 1996-12-08 | pesel=96120873114
cs | CZ | f | Czech | Tereza | Procházková | gf | 1991-06-14 | rc=915614/4822
cs | CZ | m | Czech | Jakub | Dvořák | gf | 1987-10-02 | rc=871002/7315
cs | CZ | f | Czech | Lucie | Marešová | gf | 2007-01-20 | rc=075120/1154
cs | CZ | m | Moravian | Ondřej | Kučera | gf | 1979-03-27
cs | CZ | m | Czech | Miroslav | Pospíšil | gf | 1968-09-11
sv | SE | f | Swedish | Elin | Lindqvist | gf | 1989-02-03 | pnr=890203-4282
sv | SE | m | Swedish | Johan | Bergström | gf | 1976-08-14 | pnr=760814-1938
sv | SE | m | Iranian Swedish | Amir | Haddadi | gf | 1991-12-19 | pnr=911219-3579
sv | SE | f | Swedish | Ingrid | Sjöberg | gf | 1964-05-30
sv | SE | m | Sweden Finnish | Nils | Ekström | gf | 1998-07-08
no | NO | f | Norwegian | Kari | Haugen | gf | 1983-03-16
no | NO | m | Norwegian | Øystein | Bakke | gf | 1977-09-25
no | NO | f | Norwegian | Sigrid | Lunde | gf | 1995-12-04
no | NO | m | Somali Norwegian | Ahmed | Farah | gf | 1988-06-22
da | DK | f | Danish | Mette | Søndergaard | gf | 1982-07-13 | cpr=130782-4112
da | DK | m | Danish | Rasmus | Holm | gf | 1990-01-28 | cpr=280190-4133
da | DK | f | Danish | Freja | Nielsen | gf | 1997-04-05
da | DK | m | Danish | Jens | Østergaard | gf | 1959-10-18 | cpr=181059-4035
fi | FI | f | Finnish | Aino | Heikkinen | gf | 1993-08-19 | hetu=190893-284V
fi | FI | m | Finnish | Jukka | Koskinen | gf | 1971-02-07 | hetu=070271-5174
fi | FI | f | Finnish | Sanna | Laaksonen | gf | 1986-11-23 | hetu=231186-4425
fi | FI | m | Finnish | Mikko | Rautiainen | gf | 1980-05-01 | hetu=010580-1239
fi | FI | f | Finland Swedish | Kaisa | Järvinen | gf | 1999-09-14 | hetu=140999-306P
tr | TR | f | Turkish | Elif | Demirci | gf | 1990-05-12 | tckn=38412095710
tr | TR | m | Turkish | Mustafa | Korkmaz | gf | 1978-03-08 | tckn=52709318498
tr | TR | f | Turkish | Deniz | Aksoy | gf | 1995-10-21
tr | TR | m | Turkish | Emre | Güneş | gf | 1987-12-30
tr | TR | f | Kurdish | Hatice | Yavuz | gf | 1968-07-15 | tckn=14586273994
tr | TR | m | Laz | Burak | Kaya | gf | 1993-02-02 | tckn=61934720518
ro | RO | f | Romanian | Andreea | Popescu | gf | 1991-04-04 | cnp=2910404403180
ro | RO | m | Romanian | Mihai | Constantinescu | gf | 1984-09-19 | cnp=1840919220571
ro | RO | m | Transylvanian | Florin | Lupu | gf | 1976-06-27 | cnp=1760627122457
ro | RO | f | Romanian | Cristina | Munteanu | gf | 1998-01-11 | cnp=2980111052148
hu | HU | f | Hungarian | Zsófia | Nagy | fg | 1992-03-03
hu | HU | m | Hungarian | Gábor | Tóth | fg | 1980-10-14
hu | HU | f | Hungarian | Réka | Szilágyi | fg | 1996-07-26
hu | HU | m | Hungarian | Levente | Farkas | fg | 1974-12-09
ru | RU | f | Russian | Ольга | Смирнова | gf | 1985-11-12 | patr=Викторовна; latin=olga smirnova
ru | RU | m | Russian | Артём | Кузнецов | gf | 1990-06-08 | patr=Игоревич; latin=artem kuznetsov
ru | RU | m | Russian | Сергей | Волков | gf | 1972-02-24 | patr=Николаевич; latin=sergey volkov
ru | RU | f | Russian | Дарья | Морозова | gf | 1998-09-17 | patr=Андреевна; latin=darya morozova
ru | RU | m | Tatar | Руслан | Ибрагимов | gf | 1986-04-30 | patr=Маратович; latin=ruslan ibragimov
uk | UA | f | Ukrainian | Оксана | Ткаченко | gf | 1987-08-05 | patr=Петрівна; latin=oksana tkachenko
uk | UA | m | Ukrainian | Богдан | Мельник | gf | 1982-01-16 | patr=Іванович; latin=bohdan melnyk
uk | UA | f | Ukrainian | Ірина | Коваль | gf | 1994-10-29 | patr=Олегівна; latin=iryna koval
uk | UA | m | Ukrainian | Андрій | Шевчук | gf | 1979-05-23 | patr=Степанович; latin=andrii shevchuk
el | GR | m | Greek | Γιώργος | Παπαδάκης | gf | 1976-03-28 | afm=047382916; latin=giorgos papadakis
el | GR | f | Greek | Ελένη | Καραγιάννη | gf | 1988-12-15 | afm=135928641; latin=eleni karagianni
el | GR | m | Greek | Δημήτρης | Αλεξίου | gf | 1993-07-09 | latin=dimitris alexiou
el | GR | f | Cretan | Κατερίνα | Βλάχου | gf | 1981-04-01 | latin=katerina vlachou
ar | MA | m | Moroccan | يوسف | العلمي | gf | 1986-02-19 | latin=youssef elalami
ar | MA | f | Moroccan | فاطمة الزهراء | بناني | gf | 1991-09-06 | latin=fatimazahra bennani
ar | EG | m | Egyptian | أحمد | عبد الرحمن | gf | 1979-11-27 | latin=ahmed abdelrahman
ar | JO | f | Jordanian | مريم | حداد | gf | 1995-05-13 | latin=mariam haddad
ar | SA | m | Saudi | خالد | الشمري | gf | 1984-01-08 | latin=khaled alshammari
ar | AE | f | Emirati | سارة | المنصوري | gf | 1993-06-25 | latin=sara almansoori
he | IL | f | Israeli | נועה | לוי | gf | 1990-07-18 | ilid=038419271; latin=noa levi
he | IL | m | Israeli | אבי | כהן | gf | 1975-03-30 | ilid=205738164; latin=avi cohen
he | IL | m | Israeli | יוסי | פרידמן | gf | 1968-10-05 | latin=yossi friedman
he | IL | f | Mizrahi | מיכל | אברהמי | gf | 1996-02-22 | latin=michal avrahami
he | IL | m | Israeli Russian | דמיטרי | גורדון | gf | 1987-09-13 | ilid=312957046; latin=dmitri gordon
zh | CN | f | Chinese | 秀英 | 王 | fg0 | 1982-05-19 | cnid=330483198205191425; latin=xiuying wang
zh | CN | m | Chinese | 建华 | 李 | fg0 | 1976-10-03 | cnid=440981197610032175; latin=jianhua li
zh | CN | m | Chinese | 思远 | 陈 | fg0 | 1995-01-27 | cnid=341023199501270530; latin=siyuan chen
zh | CN | f | Chinese | 佳怡 | 刘 | fg0 | 1998-08-08 | latin=jiayi liu
zh | TW | f | Taiwanese | 曉燕 | 周 | fg0 | 1989-03-14 | latin=hsiaoyen chou
zh | CN | m | Cantonese | 志强 | 黄 | fg0 | 1970-12-21 | latin=zhiqiang huang
ja | JP | f | Japanese | 美咲 | 高橋 | fg0 | 1994-06-03 | latin=misaki takahashi
ja | JP | m | Japanese | 健一 | 田中 | fg0 | 1968-09-20 | latin=kenichi tanaka
ja | JP | m | Japanese | 大輔 | 鈴木 | fg0 | 1985-04-11 | latin=daisuke suzuki
ja | JP | f | Japanese | さくら | 本田 | fg0 | 1999-11-02 | latin=sakura honda
ja | JP | m | Japanese | 隆 | 山本 | fg0 | 1957-02-28 | latin=takashi yamamoto
ja | JP | f | Okinawan | 愛 | 比嘉 | fg0 | 1990-12-12 | latin=ai higa
ko | KR | m | Korean | 민준 | 김 | fg0 | 1992-07-21 | krdl=11-19-482731-22; latin=minjun kim
ko | KR | f | Korean | 서연 | 이 | fg0 | 1995-03-09 | krdl=13-17-093845-61; latin=seoyeon lee
ko | KR | m | Korean | 지훈 | 박 | fg0 | 1986-10-30 | krdl=21-08-551927-40; latin=jihoon park
ko | KR | f | Korean | 유진 | 최 | fg0 | 1990-01-18 | latin=yujin choi
ko | KR | m | Korean | 현우 | 정 | fg0 | 1979-05-05 | latin=hyunwoo jung
hi | IN | m | Hindi | राहुल | शर्मा | gf | 1990-04-15 | aadhaar=4821 7390 5621; latin=rahul sharma
hi | IN | f | Hindi | पूजा | वर्मा | gf | 1994-08-27 | aadhaar=7305 1948 2616; latin=pooja verma
hi | IN | m | Rajput | अमित | सिंह चौहान | gf | 1983-02-09 | aadhaar=5269 4018 3735; latin=amit chauhan
hi | IN | f | Hindi | सुनीता | यादव | gf | 1978-11-22 | latin=sunita yadav
hi | IN | m | Gujarati | विक्रम | मेहता | gf | 1987-06-01 | latin=vikram mehta
th | TH | m | Thai | สมชาย | ใจดี | gf | 1980-07-14 | thid=3501400182735; latin=somchai jaidee
th | TH | f | Thai | นภัสสร | ศรีสุข | gf | 1993-02-25 | latin=napatsorn srisuk
th | TH | m | Thai | ธนากร | วงศ์ใหญ่ | gf | 1989-09-02 | latin=thanakorn wongyai
th | TH | f | Thai | พิมพ์ชนก | แก้วมณี | gf | 1997-12-17 | thid=1103700426159; latin=pimchanok kaewmanee
vi | VN | f | Vietnamese | Thị Lan | Nguyễn | fg | 1988-03-11 | cccd=001188014273
vi | VN | m | Vietnamese | Văn Minh | Trần | fg | 1982-10-26 | cccd=010082003941
vi | VN | m | Vietnamese | Hoàng Nam | Lê | fg | 1995-06-19 | cccd=048095007512
vi | VN | f | Vietnamese | Thu Hà | Phạm | fg | 1991-01-31
vi | VN | m | Vietnamese | Quang Huy | Đỗ | fg | 1976-08-23
id | ID | m | Javanese | Budi | Santoso | gf | 1984-05-28 | nik=3404042805840003
id | ID | f | Sundanese | Siti | Rahmawati | gf | 1992-11-16 | nik=3273015611920002
id | ID | m | Balinese | Made | Wirawan | gf | 1987-02-13 | nik=5104041302870005
id | ID | f | Balinese | Putri | Handayani | gf | 1998-07-03 | nik=5171014307980001
tl | PH | f | Tagalog | Ma. Cristina | Bautista | gf | 1986-09-10 | call=Cristina
tl | PH | m | Kapampangan | Rogelio | Pangilinan | gf | 1972-04-26
tl | PH | m | Ilocano | Jhun | Macaraeg | gf | 1994-01-07
""")

# ---------------------------------------------------------------------------------------------
# ADDRESSES: country code, then the lines; [x] is a LOCATION span, <x> the town (also a span).
# Real small towns; the street numbers (and some streets) are made up.
# ---------------------------------------------------------------------------------------------
ADDRESSES = parse_addresses("""
GB
[14 Birchcliffe Road]
<Hebden Bridge>
[HX7 8JA]

GB
[Flat 2]
[27 Station Road]
<Settle>
[North Yorkshire]
[BD24 9AA]

GB
[6 Wheatsheaf Lane]
<Ludlow>
[Shropshire]
[SY8 1PQ]

GB
[31 Heol y Bont]
<Crickhowell>
[NP8 1BW]

GB
[9 Larchwood Road]
<Pitlochry>
[PH16 5AS]

GB
[52 Bondgate Within]
<Alnwick>
[Northumberland]
[NE66 1HZ]

GB
[4 Lexden Terrace]
<Tenby>
[SA70 7BJ]

GB
[118 Overstrand Road]
<Cromer>
[NR27 0EX]

GB
[7 Ryedale Close]
<Helmsley>
[YO62 5BN]

GB
[Rose Cottage]
[2 Beck Side]
<Keswick>
[CA12 4EU]

GB
[22 Main Street]
<Sedbergh>
[Cumbria]
[LA10 5AD]

IE
[12 Strand Street]
<Dingle>
[Co. Kerry]
[V92 X2T8]

IE
[5 Market Square]
<Kinsale>
[Co. Cork]
[P17 KW63]

IE
[Apt 3], [Quay House]
[The Quay]
<Westport>
[Co. Mayo]
[F28 H6K2]

US
[208 N Highland Ave]
<Marfa>, [TX] [79843]

US
[1417 Savannah Rd]
<Lewes>, [DE] [19958]

US
[36 Cottage St], [Apt 2]
<Bar Harbor>, [ME] [04609]

US
[915 W Water St]
<Decorah>, [IA] [52101]

CA
[441 Campbell St]
<Tofino> [BC]  [V0R 2Z0]

CA
[82 Pelham St]
<Lunenburg> [NS]  [B0J 2C0]

CA
[17, rue Saint-Jean-Baptiste]
<Baie-Saint-Paul> ([Québec])  [G3Z 1M3]

AU
[12 Delany Ave]
<Bright> [VIC] [3741]

AU
[Unit 5], [38 Church St]
<Mudgee> [NSW] [2850]

AU
[27 Wallcliffe Rd]
<Margaret River> [WA] [6285]

NZ
[19 Beach Road]
<Kaikōura> [7300]

NZ
[4 Buckingham Street]
<Arrowtown> [9302]

ZA
[23 Church Street]
<Prince Albert>
[6930]

ZA
[8 Naudé Street]
<Clarens>
[9707]

IN
[No. 14, Church Road], [Old Munnar]
<Munnar>, [Kerala] [685612]

IN
[House No. 7, Observatory Road]
<Kodaikanal>, [Tamil Nadu] [624101]

KE
[P.O. Box 214-10105]
<Naro Moru>

PH
[Purok 3, Barangay Dagdag]
<Sagada>, [Mountain Province] [2619]

DE
[Obermarkt 12]
[82481] <Mittenwald>

DE
[Nördlinger Straße 7]
[91550] <Dinkelsbühl>

DE
[Gestade 4]
[54470] <Bernkastel-Kues>

DE
[Hauptstraße 48]
[77761] <Schiltach>

DE
[Kirchgasse 5]
[39590] <Tangermünde>

AT
[Seestraße 104]
[4830] <Hallstatt>

AT
[Hinterstadt 22]
[6370] <Kitzbühel>

CH
[Hauptgasse 19]
[9050] <Appenzell>

CH
[Rathausplatz 6]
[8260] <Stein am Rhein>

FR
[7 rue Pasteur]
[66190] <Collioure>

FR
[3 place Carnot]
[46100] <Figeac>

FR
[21 rue Haute]
[14600] <Honfleur>

FR
[Bâtiment B, appt 12]
[18 avenue Jean Jaurès]
[29800] <Landerneau>

BE
[Rue du Pont 4]
[6940] <Durbuy>

BE
[Kerkstraat 31]
[8340] <Damme>

NL
[Binnenpad 42]
[8355 CC] <Giethoorn>

NL
[Voorstraat 9]
[9151 HA] <Holwerd>

NL
[Kapellestraat 15]
[4351 AR] <Veere>

ES
[Calle del Portal de Molina, 6]
[44100] <Albarracín> ([Teruel])

ES
[Calle Real, 18], [2º B]
[29788] <Frigiliana> ([Málaga])

ES
[Avenida de Navarra, 33], [4º izda.]
[20800] <Zarautz> ([Gipuzkoa])

ES
[Carrer del Doctor Callís, 9]
[17488] <Cadaqués> ([Girona])

MX
[Av. Revolución 25], [Barrio de San Miguel]
[62520] <Tepoztlán>, [Mor.]

MX
[Calle 22 No. 118]
[77930] <Bacalar>, [Q.R.]

CO
[Carrera 9 # 12-45]
<Villa de Leyva>, [Boyacá]

AR
[Av. Belgrano 412]
[B2760] <San Antonio de Areco>, [Buenos Aires]

IT
[Via di Gracciano nel Corso 41]
[53045] <Montepulciano> ([SI])

IT
[Via dei Dogi 8]
[84010] <Atrani> ([SA])

IT
[Via Abetone Inferiore 12]
[41053] <Maranello> ([MO])

IT
[Via Modenese 15]
[40019] <Sant'Agata Bolognese> ([BO])

IT
[Via Garibaldi 23]
[22021] <Bellagio> ([CO])

PT
[Rua Direita, 27]
[2510-060] <Óbidos>

PT
[Rua do Souto, 14], [2.º Esq.]
[4990-062] <Ponte de Lima>

PT
[Travessa da Fonte, 3]
[7320-117] <Castelo de Vide>

BR
[Rua Direita, 112] - [Centro]
<Tiradentes> - [MG]
[36325-000]

BR
[Rua do Rosário, 58], [apto 21]
<Pirenópolis> - [GO]
[72980-000]

BR
[Av. Sete de Setembro, 410]
<Lençóis> - [BA]
[46960-000]

PL
[ul. Nadrzeczna 14]
[24-120] <Kazimierz Dolny>

PL
[ul. Kościuszki 8/2]
[33-380] <Krynica-Zdrój>

PL
[ul. Rynek 5]
[16-080] <Tykocin>

CZ
[Palackého 217]
[588 56] <Telč>

CZ
[Náměstí 31]
[692 01] <Mikulov>

SE
[Storgatan 14]
[592 30] <Vadstena>

SE
[Stora gatan 22]
[193 30] <Sigtuna>

NO
[Kjerkgata 18]
[7374] <Røros>

NO
[Vestfjordgata 5]
[8300] <Svolvær>

DK
[Vestergade 11]
[6270] <Tønder>

DK
[Sankt Nicolaj Gade 4]
[6760] <Ribe>

FI
[Mannerheiminkatu 9]
[10900] <Hanko>

FI
[Puistokatu 4] [A 6]
[07900] <Loviisa>

TR
[Çeşme Mah. Hükümet Cad. No: 12] [D: 3]
[78600] <Safranbolu>/[Karabük]

TR
[Alaçatı Mah. Kemalpaşa Cad. No: 41]
[35930] <Çeşme>/[İzmir]

RO
[Str. Școlii nr. 12]
[557200] <Rășinari>, [jud. Sibiu]

RO
[Str. Cuza Vodă nr. 8], [bl. A2, ap. 14]
[106100] <Sinaia>, [jud. Prahova]

HU
[8230] <Balatonfüred>
[Arácsi út 41.]

HU
[3910] <Tokaj>
[Rákóczi út 15.]

GR
[Βασιλέως Κωνσταντίνου 22]
[21100] <Ναύπλιο>

GR
[Τοσίτσα 7]
[44200] <Μέτσοβο>

RU
[601293], [Владимирская обл.]
г. <Суздаль>
[ул. Ленина, д. 74], [кв. 5]

RU
[155555], [Ивановская обл.]
г. <Плёс>
[ул. Советская, д. 12]

UA
[вул. Данила Галицького, 15]
смт <Ворохта>, [Івано-Франківська обл.]
[78595]

UA
[вул. Свободи, 42], [кв. 7]
м. <Яремче>
[78500]

IL
[רחוב המייסדים 28]
<זכרון יעקב>

IL
[שדרות בן גוריון 9]
<מצפה רמון>

JP
〒[501-5627]
[岐阜県] <大野郡白川村> [荻町1234]

JP
〒[381-0201]
[長野県] <上高井郡小布施町> [小布施1089-3]

KR
[전라남도] <담양군> [담양읍 죽녹원로 41]
([57335])

KR
[강원특별자치도] <양양군> [양양읍 남문로 12], [2층]
([25026])

CN
[浙江省] <桐乡市> [乌镇镇西栅大街118号]
[314501]

CN
[安徽省] [黄山市] <黟县> [宏村镇湖滨路6号]
[245500]

TH
[45/2 หมู่ 3] [ต.เวียงใต้] <อ.ปาย> [จ.แม่ฮ่องสอน] [58130]

TH
[112 ถ.ชายโขง] <ต.เชียงคาน> [อ.เชียงคาน] [จ.เลย] [42110]

VN
[Số 12, đường Cầu Mây]
thị xã <Sa Pa>, [Lào Cai]

VN
[Thôn Lác, xã Chiềng Châu]
huyện <Mai Châu>, [Hòa Bình]

ID
[Jl. Raya Ubud No. 27]
<Ubud>, [Gianyar], [Bali] [80571]

ID
[Jl. Kaliurang Km 22], [Hargobinangun]
<Pakem>, [Sleman] [55582]

MA
[درب السويقة رقم 14]
<شفشاون> [91000]

JO
[شارع الملك طلال 23]
<مادبا>
""")

# PHONES: national format, no country code, typed by hand; "L:" marks a landline (not for a "mobile" field)
PHONES = {
    "GB": ["07812 446903", "07956 318 224", "07401 552870", "07384 219 605", "L:01422 843117",
           "L:01729 822406", "07723 090 418", "07590 661342", "L:01584 872913", "07438 725 116",
           "07867 304259", "07502 183 947", "L:01768 774 312", "07917 650 083"],
    "IE": ["086 552 3019", "087 214 6639", "085 730 1482", "L:066 915 2284", "083 446 9027"],
    "US": ["(432) 729-4418", "(302) 645-8821", "207-288-5143", "(563) 382-0917", "512-884-3306",
           "(718) 640-2259", "928.301.7764"],
    "CA": ["(250) 725-3391", "902-634-8870", "418 435-2264"],
    "AU": ["0423 118 764", "0412 558 930", "L:(03) 5755 1184", "0438 207 661", "0401 993 285"],
    "NZ": ["022 391 7746", "021 448 3902", "027 615 0934", "L:(03) 319 5521"],
    "ZA": ["082 557 3190", "071 904 6628"],
    "IN": ["99610 48273", "98470 21843", "94432 67105"],
    "NG": ["0803 417 2290", "0816 553 0847"],
    "KE": ["0722 305 681", "0711 940 263"],
    "PH": ["0917 582 3306", "0928 114 7705"],
    "SG": ["9127 4408", "8336 2051"],
    "DE": ["0157 83019266", "0171 4428936", "L:08823 947311", "0152 29184077", "L:09851 57223", "0160 7734512",
           "L:06571 91844", "0176 30592871"],
    "AT": ["0664 381 2275", "0676 529 4410"],
    "CH": ["079 413 62 80", "L:071 787 14 92"],
    "FR": ["06 45 90 12 73", "06 12 48 73 95", "L:04 68 82 11 47", "07 81 30 56 29", "06 74 22 19 08",
           "L:05 65 34 70 12"],
    "BE": ["0478 21 33 90", "0495 62 14 07"],
    "NL": ["06-38412755", "06 1734 9082", "L:0521-362118"],
    "ES": ["633 907 251", "612 448 903", "678 21 94 03", "L:978 71 02 36", "655 310 872"],
    "MX": ["777 195 3028", "983 147 2290"],
    "CO": ["312 584 0917"],
    "AR": ["02326 15-44-8190"],
    "IT": ["349 660 2813", "338 412 7719", "L:0578 758221", "347 905 1136", "L:0536 943082", "333 218 4470"],
    "PT": ["965 220 187", "912 384 775", "L:262 959 418", "936 042 118"],
    "BR": ["(32) 99841-2276", "(62) 98417-3390", "(75) 99126-0483"],
    "PL": ["698 330 415", "601 238 447", "512 904 336", "L:81 881 02 17"],
    "CZ": ["731 482 116", "604 227 918"],
    "SE": ["076-221 48 90", "070-384 22 19", "073-915 60 48", "L:0143-120 77"],
    "NO": ["412 38 907", "936 04 115"],
    "DK": ["21 48 73 90", "40 17 62 85"],
    "FI": ["044 982 1750", "040 718 3365", "050 492 1178"],
    "TR": ["0542 771 30 25", "0532 418 27 93", "0505 316 44 08", "L:(0370) 712 48 19"],
    "RO": ["0722 318 447", "0745 901 263"],
    "HU": ["06 70 334 9182", "06 30 418 2237", "06 20 915 3374"],
    "GR": ["694 218 5530", "697 305 1846", "L:27520 28314"],
    "RU": ["8 (916) 402-27-33", "8 (903) 550-18-46", "L:8 (49231) 2-17-40"],
    "UA": ["063 215 4478", "067 418 2290", "050 331 7285"],
    "IL": ["052-731-4406", "054-220-8193"],
    "JP": ["070-5521-0896", "090-4182-7733", "080-3316-5094", "L:05769-6-1182"],
    "KR": ["010-2274-6931", "010-4182-7733", "010-9305-2216"],
    "CN": ["138 1827 4419", "159 0673 2284"],
    "TW": ["0928-416-305"],
    "TH": ["081 627 4490", "089 603 1147"],
    "VN": ["0978 220 415", "0912 418 227", "0983 550 164"],
    "ID": ["0812-4182-7733", "0857-2039-4418"],
    "MA": ["06 61 41 82 27", "06 70 33 19 04"],
    "EG": ["010 1418 2273", "0122 305 7716"],
    "JO": ["079 550 3182"],
    "SA": ["055 207 4419"],
    "AE": ["050 731 8826"],
}

# payment data and addresses typed by hand (Luhn and mod-97 check digits worked out once)
CARDS = ["4539 1728 4406 2132", "5352 8604 1937 7288", "3742 981506 38474", "6011 0473 8215 5906",
         "4929381700541265"]
IBANS = {
    "GB": ["GB23 BARC 2045 1743 9182 60", "GB05LOYD30962241857093"],
    "IE": ["IE82 AIBK 9311 5241 8702 63"],
    "DE": ["DE20 7005 1995 0020 3847 16", "DE65 4306 0967 1124 8035 00", "DE86760501010015538274",
           "DE41 2505 0180 0901 4277 35"],
    "AT": ["AT79 2011 1827 1639 4401"],
    "CH": ["CH93 0076 2011 6238 5295 7"],
    "FR": ["FR76 3000 4008 2700 0184 5129 021", "FR76 1027 8060 3900 0204 8670 148"],
    "BE": ["BE34 0682 4179 8290", "BE95 7380 3166 4458"],
    "NL": ["NL44RABO0318527766", "NL42 ABNA 0152 0384 77", "NL74 INGB 0007 4193 82"],
    "ES": ["ES51 0049 1870 2226 1017 3524", "ES10 2085 8341 0603 3015 7946"],
    "IT": ["IT72 X030 6909 6061 0000 0073 451", "IT55V0503412900000000284716"],
    "PT": ["PT50 0035 0697 0001 4385 1761 6", "PT50 0033 0000 4532 8710 9051 1"],
    "PL": ["PL20 1090 1014 0000 0712 8394 0215", "PL65 1020 5561 0000 3412 0775 8390"],
    "DK": ["DK05 3000 0874 2136 59"],
    "RO": ["RO94 BTRL 0130 1201 8477 3201"],
    "HU": ["HU42 1177 3016 1111 1018 0000 0000"],
    "TR": ["TR82 0006 2000 0000 0418 2739 15"],
}
IPS = ["81.152.47.203", "86.29.114.61", "92.40.188.17", "2a02:c7c:5e1f:9b00:4d2:81ff:fe3a:1c07",
       "109.144.30.222", "5.64.201.88", "213.205.198.42", "176.25.103.9", "31.94.17.140",
       "2a00:23c7:8a1d:4e01:b93c:2f6a:7d10:e5c2"]

MAILHOSTS = {
    "GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "outlook.com", "comcast.net"],
    "CA": ["gmail.com", "videotron.ca", "shaw.ca"],
    "AU": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "NZ": ["xtra.co.nz", "gmail.com"],
    "ZA": ["gmail.com", "mweb.co.za"],
    "IN": ["gmail.com", "rediffmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de"], "AT": ["gmx.at", "aon.at"], "CH": ["bluewin.ch", "gmx.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"], "BE": ["skynet.be", "telenet.be"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net"],
    "IT": ["libero.it", "alice.it", "virgilio.it", "gmail.com"],
    "PT": ["sapo.pt", "gmail.com"], "BR": ["gmail.com", "uol.com.br", "bol.com.br"],
    "PL": ["wp.pl", "o2.pl", "onet.pl"], "CZ": ["seznam.cz", "email.cz"],
    "SE": ["telia.com", "gmail.com"], "NO": ["online.no", "gmail.com"], "DK": ["mail.dk", "gmail.com"],
    "FI": ["gmail.com", "elisanet.fi"], "TR": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "RO": ["yahoo.ro", "gmail.com"], "HU": ["freemail.hu", "citromail.hu"], "GR": ["gmail.com", "otenet.gr"],
    "RU": ["mail.ru", "yandex.ru"], "UA": ["ukr.net", "gmail.com"], "IL": ["walla.co.il", "gmail.com"],
    "JP": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"],
    "CN": ["163.com", "126.com"], "TW": ["yahoo.com.tw", "gmail.com"], "TH": ["hotmail.com", "gmail.com"],
    "VN": ["gmail.com"], "ID": ["yahoo.co.id", "gmail.com"],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
}


def fmt_date(ymd: tuple[int, int, int], style: str) -> str:
    y, m, d = ymd
    if style == "dmy/":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "d.m.y":
        return f"{d}.{m}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "mdy/":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "ymd.":
        return f"{y}.{m:02d}.{d:02d}."
    if style == "ymd/":
        return f"{y}/{m:02d}/{d:02d}"
    if style == "cjk":
        return f"{y}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "en_us":
        return f"{MONTHS['en'].split()[m - 1]} {d}, {y}"
    if style == "en_short":
        return f"{d} {MONTHS['en'].split()[m - 1][:3]} {y}"
    if style == "th":
        return f"{d} {MONTHS['th'].split()[m - 1]} {y + 543}"
    lang = style
    month = MONTHS[lang].split()[m - 1]
    if lang in ("es", "pt"):
        return f"{d} de {month} de {y}"
    if lang == "de":
        return f"{d}. {month} {y}"
    return f"{d} {month} {y}"


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.uses: Counter = Counter()
        self.in_template: set = set()

    def choose(self, items: list, keyf, used: set):
        """Never twice in one row; not yet in this template's rows first, then least used overall."""
        cands = [x for x in items if keyf(x) not in used]
        if not cands:
            raise ValueError("pool exhausted for this row")

        def rank(x) -> tuple[bool, int]:
            return keyf(x) in self.in_template, self.uses[keyf(x)]

        low = min(rank(x) for x in cands)
        best = sorted((x for x in cands if rank(x) == low), key=keyf)
        pick = self.rng.choice(best)
        self.uses[keyf(pick)] += 1
        used.add(keyf(pick))
        self.in_template.add(keyf(pick))
        return pick


ADDR_CCS = {a.cc for a in ADDRESSES}


class Row:
    """What a template sees: draws people, addresses and phones least-used first."""

    def __init__(self, b: Builder, k: int) -> None:
        self.b = b
        self.k = k
        self.rng = b.rng
        self.used: set = set()

    def person(self, pool: str, sex: str | None = None, cc: str | None = None, need: str | None = None,
               learner: bool = False, home: bool = False) -> Person:
        pools = pool.split(",")
        ccs = cc.split(",") if cc else None
        items = [p for p in PEOPLE if p.pool in pools
                 and (sex is None or p.sex == sex)
                 and (ccs is None or p.cc in ccs)
                 and (need is None or any(n in p.ids for n in need.split("|")))
                 and ((p.dob[0] >= 2005) == learner)
                 and (not home or p.cc in ADDR_CCS)]
        return self.b.choose(items, lambda p: "P:" + p.key, self.used)

    def people(self, pool: str, n: int, **kw) -> list[Person]:
        return [self.person(pool, **kw) for _ in range(n)]

    def addr(self, cc: str) -> Address:
        ccs = cc.split(",")
        items = [a for a in ADDRESSES if a.cc in ccs]
        return self.b.choose(items, lambda a: "A:" + a.key, self.used)

    def phone(self, cc: str, land: bool = False) -> str:
        """A phone of the country; landlines only where the field is not a mobile one."""
        items = [x for x in PHONES[cc] if land or not x.startswith("L:")]
        return PH(self.b.choose(items, lambda x: "T:" + x, self.used).removeprefix("L:"))

    def iban(self, cc: str) -> str:
        return IBAN(self.b.choose(IBANS[cc], lambda x: "I:" + x, self.used))

    def card(self) -> str:
        return CARD(self.b.choose(CARDS, lambda x: "C:" + x, self.used))

    def ip(self) -> str:
        return IP(self.b.choose(IPS, lambda x: "IP:" + x, self.used))

    def dob(self, p: Person, style: str) -> str:
        return DOBM(fmt_date(p.dob, style))

    def email_raw(self, p: Person, domain: str | None = None) -> str:
        g, f = p.ascii_parts()
        n = self.rng.randint(2, 98)
        style = self.rng.choice(["g.f", "gf", "g_fN", "f.g", "gN", "gfN", "g.f"])
        local = {
            "g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_fN": f"{g}_{f}{n}", "f.g": f"{f}.{g}",
            "gN": f"{g}{n}", "gfN": f"{g}{f[0]}{n}",
        }[style]
        host = domain or self.rng.choice(MAILHOSTS.get(p.cc, ["gmail.com"]))
        return f"{local}@{host}"

    def email(self, p: Person, domain: str | None = None) -> str:
        return EM(self.email_raw(p, domain))

    def work_email(self, p: Person, domain: str) -> str:
        g, f = p.ascii_parts()
        local = self.rng.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{g}"])
        return EM(f"{local}@{domain}")

    def pick(self, seq):
        return self.rng.choice(list(seq))

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)


# ---------------------------------------------------------------------------------------------
# templates: @tpl(class, name, language, rows, case); each returns marked text for row r.k
# ---------------------------------------------------------------------------------------------
TEMPLATES: list[tuple] = []


def tpl(cls: str, name: str, lang: str, n: int, case: str | tuple = ""):
    def deco(fn):
        TEMPLATES.append((cls, name, lang, n, case, fn))
        return fn
    return deco


def pn(p: Person) -> str:
    """The person's full name, marked."""
    return P(p.full)


def reg_uk(r: Row) -> str:
    return r.pick(["YK19 XPL", "LS68 HZD", "WR21 KTE", "SN70 VBA", "BD17 OMU", "CA66 RFJ",
                   "NX22 FDK", "KW15 GTY", "MA71 PZE", "EY69 LHC", "DU18 WNB", "GF20 YSO"])


def car(r: Row) -> str:
    return r.pick(["VW Golf 1.5 TSI", "Ford Fiesta 1.0 EcoBoost", "Vauxhall Corsa", "Kia Sportage",
                   "Toyota Yaris Hybrid", "Nissan Qashqai", "BMW 320d", "Skoda Octavia Estate",
                   "Honda Jazz", "Peugeot 208", "Mini Cooper S", "Hyundai Tucson", "Audi A3 Sportback",
                   "Mercedes A180", "Tesla Model 3", "Dacia Sandero", "Volvo XC40", "Mazda CX-5"])


def plate_de(r: Row) -> str:
    return r.pick(["GAP-JW 412", "AN-SV 88", "WIL-K 2031", "RW-MF 517", "SDL-AH 64", "M-TK 7715",
                   "KI-LR 903", "HX-EB 22"])


def car_de(r: Row) -> str:
    return r.pick(["VW Passat Variant 2.0 TDI", "Opel Astra K Sports Tourer", "BMW 118i", "Mercedes-Benz C 200",
                   "Skoda Octavia Combi", "Ford Kuga", "Audi A4 Avant", "Porsche Macan", "Seat Ateca"])


# ============================================================================================
# personal_workshop: service bookings, estimates, invoices, job cards, complaints
# ============================================================================================
@tpl("personal_workshop", "web_booking", "en", 3)
def t_web_booking(r: Row) -> str:
    p = r.person("en", cc="GB,IE,AU,NZ,CA", home=True)
    a = r.addr(p.cc)
    svc, note = [
        ("Full service + MOT", "Bought it from Arnold Clark last spring, should still be under the Kia 7-year warranty."),
        ("Interim service", "Please use Castrol Edge 5W-30 only, the dealer used something else last time."),
        ("Timing belt", "Car is a Ford Focus Zetec, belt is 5 years old. Happy to leave it all day."),
        ("Brakes / noise", "Squeal when braking downhill. Had Halfords fit pads in January."),
    ][r.k]
    return (
        "Can you turn this web booking into a job card for the workshop? Keep it short and list what we need to "
        "order.\n\n"
        f"--- Online booking #WB-{r.num(20400, 20999)} ---\n"
        f"Name: {pn(p)}\n"
        f"Mobile: {r.phone(p.cc)}\n"
        f"Email: {r.email(p)}\n"
        f"Vehicle: {car(r)}, reg {reg_uk(r)}\n"
        f"Mileage: {r.num(18, 96)},{r.num(100, 999)}\n"
        f"Service: {svc}\n"
        f"Collection address: {a.oneline}\n"
        f"Preferred drop-off: {r.pick(['Mon', 'Tue', 'Thu'])} 8:15am\n"
        f"Notes: {note}"
    )


@tpl("personal_workshop", "estimate_reply", "en", 3)
def t_estimate_reply(r: Row) -> str:
    p = r.person("en", cc="GB,IE")
    tech = r.person("en", cc="GB,IE")
    return (
        "Draft a polite reply to this. We can't drop the labour rate, but we can fit OE-equivalent pads (Pagid or "
        "Textar) to bring the total down a bit.\n\n"
        f"> From: {pn(p)} <{r.email(p)}>\n"
        f"> Subject: Re: Estimate E-{r.num(3100, 3999)} – {car(r)}\n"
        ">\n"
        f"> Hi {P(tech.first)},\n"
        f"> I've had a look at the estimate for front discs and pads plus the rear caliper and £{r.num(520, 690)} "
        "seems steep. Kwik Fit quoted me less for the same job. Why is it 2.5 hours labour?\n"
        "> Also the car pulls slightly left, can you check the tracking while it's in?\n"
        ">\n"
        f"> Thanks,\n> {P(p.first)}\n> {r.phone(p.cc)}"
    )


@tpl("personal_workshop", "invoice_vat", "en", 3)
def t_invoice_vat(r: Row) -> str:
    p = r.person("en", cc="GB", home=True)
    a = r.addr("GB")
    tech = r.person("en", cc="GB")
    return (
        "Check the VAT maths on this invoice before I send it, I think it's out by a few pence somewhere.\n\n"
        f"INVOICE INV-{r.num(10000, 19999)}        Date: {r.num(2, 27)}/0{r.num(3, 9)}/2025\n"
        "Bill to:\n"
        f"{pn(p)}\n{a.block}\n\n"
        f"Vehicle: {car(r)}   Reg: {reg_uk(r)}   Mileage: {r.num(20, 90)},{r.num(100, 999)}\n"
        "1  Oil filter (Mann-Filter W 712/95)       1 x 8.40\n"
        "2  Engine oil Castrol Edge 5W-30          4.5 L x 9.20\n"
        "3  Front brake pads (Pagid)               1 x 46.75\n"
        "4  Labour                                 1.8 h x 78.00\n"
        "Subtotal 236.75   VAT 20% 47.36   Total 284.11\n"
        f"Technician: {P(tech.first + ' ' + tech.last[0] + '.')}"
    )


@tpl("personal_workshop", "complaint_chat", "en", 3, "lower")
def t_complaint_chat(r: Row) -> str:
    p = r.person("en", cc="GB,IE")
    tech = r.person("en", cc="GB,IE", sex="m")
    ask = [
        "rewrite this so it sounds calmer before i email it to the garage:",
        "is this too rude to send? fix it pls",
        "make this into a proper complaint letter, keep the facts:",
        "can u tidy this up, its going to the dealer's customer relations:",
    ][r.k]
    job, issue = [
        ("a clutch", "the biting point is still right at the top and theres a grinding noise in 2nd"),
        ("a new cambelt", "theres a ticking noise at idle that wasnt there before"),
        ("an aircon regas", "it was cold for 2 days and now its blowing warm again"),
        ("new tyres (michelin crossclimate)", "the steering wheel shakes at 60"),
    ][r.k]
    return (
        f"{ask}\n\n"
        f"hi, my name is {pn(p)}, i brought my {car(r)} in on tuesday for {job}. picked it up friday and "
        f"{issue}. your guy {P(tech.first)} said it was normal?? i paid £{r.num(180, 760)} for this and its definately "
        "not fixed. can someone "
        f"call me back on {r.phone(p.cc)} please, i work nights so after 2pm. reg is {reg_uk(r)}"
    )


@tpl("personal_workshop", "werkstattauftrag", "de", 2)
def t_werkstattauftrag(r: Row) -> str:
    p = r.person("de", home=True)
    a = r.addr(p.cc)
    sa = r.person("de")
    return (
        "Fasse diesen Werkstattauftrag in drei Sätzen für den Kunden zusammen, freundlich, ohne Fachchinesisch:\n\n"
        f"WERKSTATTAUFTRAG Nr. {r.num(48000, 48999)}\n"
        f"Kunde: {pn(p)}\n"
        f"Anschrift: {a.oneline}\n"
        f"Tel.: {r.phone(p.cc, land=True)}\n"
        f"Fahrzeug: {car_de(r)} / Kennzeichen {plate_de(r)} / km-Stand {r.num(40, 210)}.{r.num(100, 999)}\n"
        "Auftrag: Inspektion nach Herstellervorgabe, Bremsflüssigkeit wechseln, HU/AU-Vorbereitung\n"
        "Befund: Querlenker vorne links ausgeschlagen (Lemförder bestellt), Wischerblätter (Bosch Aerotwin) "
        "erneuert\n"
        f"Serviceberater: {pn(sa)}"
    )


@tpl("personal_workshop", "devis_carrosserie", "fr", 2)
def t_devis_carrosserie(r: Row) -> str:
    p = r.person("fr", home=True)
    a = r.addr(p.cc)
    rec = r.person("fr")
    civ = "Mme" if p.sex == "f" else "M."
    return (
        "Peux-tu rédiger un mail à l'expert de l'assurance pour contester ce chiffrage ? Ton courtois mais ferme, "
        "la pièce d'origine est justifiée.\n\n"
        f"Devis carrosserie n° D-{r.num(2300, 2999)}\n"
        f"Client : {civ} {P(p.family.upper() + ' ' + p.given)}\n"
        f"Adresse : {a.oneline}\n"
        f"Tél. : {r.phone(p.cc, land=True)}\n"
        f"Véhicule : {r.pick(['Renault Clio V', 'Peugeot 3008', 'Citroën C4 Picasso', 'Dacia Duster'])} — "
        f"immat. {['FK-418-ZT', 'GB-207-QL', 'EH-553-MC'][r.k]}\n"
        "Sinistre : choc arrière sur parking (constat amiable signé)\n"
        "- Bouclier arrière, pièce d'origine : 412,00 €\n"
        "- Peinture + vernis (Glasurit) : 6,5 h\n"
        "- Capteur de recul : 138,40 €\n"
        f"Réceptionnaire : {P(rec.first)}"
    )


@tpl("personal_workshop", "presupuesto_whatsapp", "es", 2)
def t_presupuesto_whatsapp(r: Row) -> str:
    p = r.person("es", cc="ES")
    spouse = r.person("es", sex="f" if p.sex == "m" else "m")
    rel = "Mi mujer" if spouse.sex == "f" else "Mi marido"
    d = f"{r.num(2, 9)}/4/2025"
    return (
        "Resume este chat de WhatsApp con un cliente y dime qué le tengo que contestar:\n\n"
        f"[09:12, {d}] {pn(p)}: Buenas, soy {P(p.first)}, la del Seat León gris. ¿Tenéis ya el presupuesto de "
        "la correa de distribución?\n"
        f"[09:40, {d}] Talleres Hnos. Guerrero: Hola {P(p.first)}, sí: kit de distribución + bomba de agua Gates "
        "289 € y 3 h de mano de obra\n"
        f"[09:41, {d}] {pn(p)}: uff, en Norauto me han dicho menos...\n"
        f"[09:55, {d}] Talleres Hnos. Guerrero: Te lo dejamos en 395 € todo incluido con IVA\n"
        f"[10:02, {d}] {pn(p)}: Vale. {rel} ({pn(spouse)}) os lo lleva el jueves por la mañana, "
        f"su móvil es {r.phone('ES')}"
    ).replace("la del Seat", "la del Seat" if p.sex == "f" else "el del Seat")


@tpl("personal_workshop", "cotizacion_carro", "es", 2)
def t_cotizacion_carro(r: Row) -> str:
    p = r.person("es", cc=["MX", "CO"][r.k], home=True)
    a = r.addr(p.cc)
    car_ = ["Nissan Versa 2019", "Chevrolet Onix 2021"][r.k]
    return (
        "Ayúdame a contestarle a este cliente por WhatsApp, quiere saber si ya está su carro y cuánto le va a "
        "salir:\n\n"
        f"Buenas tardes, soy {pn(p)}. Les dejé el lunes mi {car_} para afinación mayor y revisión de frenos. "
        "¿Ya tienen la cotización? El señor del mostrador me dijo que hoy me llamaban y nada. "
        f"Me pueden marcar al {r.phone(p.cc)} o mandarme la cotización a {r.email(p)}. "
        f"Si se puede que me lo lleven a domicilio: {a.oneline}, gracias."
    )


@tpl("personal_workshop", "perizia_cliente", "it", 2)
def t_perizia_cliente(r: Row) -> str:
    p = r.person("it", need="cf", home=True)
    a = r.addr("IT")
    staff = r.person("it")
    sig = "sig.ra" if p.sex == "f" else "sig."
    return (
        "Mi sistemi questo testo per la mail al cliente? Deve essere più chiaro sui tempi della perizia.\n\n"
        f"Gentile {sig} {P(p.family)},\n"
        "in riferimento al sinistro sulla sua Fiat 500X (targa GE 418 XT), il perito di Generali passa in "
        "carrozzeria giovedì. Dopo l'ok ordiniamo il paraurti originale Fiat e il faro Magneti Marelli, "
        "tempi circa 8 giorni lavorativi. Auto di cortesia: Panda, se serve.\n\n"
        f"Dati cliente: {pn(p)} – C.F. {NID(p.ids['cf'])} – {a.oneline} – cell. {r.phone('IT')}\n"
        f"Carrozziere: {pn(staff)}"
    )


@tpl("personal_workshop", "shaken_yoyaku", "ja", 2)
def t_shaken_yoyaku(r: Row) -> str:
    p = r.person("ja", home=True)
    a = r.addr("JP")
    staff = r.person("ja")
    return (
        "次の車検予約メモを、お客様向けの丁寧な確認メールに書き直してください。\n\n"
        "【車検予約】\n"
        f"お名前：{pn(p)} 様\n"
        f"ご住所：{' '.join(a.lines)}\n"
        f"電話：{r.phone('JP', land=True)}\n"
        f"車両：{r.pick(['トヨタ プリウス', 'ホンダ フィット', 'マツダ CX-5', 'スバル フォレスター'])}"
        f"（{r.pick(['品川 300 あ 12-34', '松本 500 さ 78-01', '岐阜 330 ち 4-56'])}）\n"
        f"希望日：{r.num(3, 6)}月{r.num(10, 28)}日 10:00\n"
        "代車：希望あり（スズキ ワゴンR）\n"
        "備考：バッテリーは昨年オートバックスで交換済み\n"
        f"担当：{P(staff.family)}"
    )


@tpl("personal_workshop", "jobs_csv", "en", 3)
def t_jobs_csv(r: Row) -> str:
    cs = r.people("en", 3, cc="GB")
    techs = r.people("en", 2, cc="GB")
    work = ["MOT + full service", "Clutch replacement", "Diagnose EML (P0401)", "Cambelt + water pump",
            "4 x tyres + tracking", "Aircon regas"]
    lines = ["job_no;customer;mobile;reg;make_model;work;hours;tech"]
    for i, c in enumerate(cs):
        t = techs[i % 2]
        lines.append(f"J{r.num(5100, 5999)};{pn(c)};{r.phone('GB')};{reg_uk(r)};{car(r)};{work[(r.k + i) % 6]};"
                     f"{r.pick(['1.0', '2.5', '3.5', '4.0'])};{P(t.first)}")
    return ("Sort these by tech and flag any job over 3 hours. It's a semicolon export from Garage Hive:\n\n"
            + "\n".join(lines))


@tpl("personal_workshop", "zakaz_naryad", "ru", 2)
def t_zakaz_naryad(r: Row) -> str:
    p = r.person("ru", home=True)
    a = r.addr("RU")
    m = r.person("ru")
    return (
        "Помоги составить вежливое SMS клиенту о готовности машины по этому заказ-наряду:\n\n"
        f"Заказ-наряд № {r.num(1200, 1899)} от 14.04.2025\n"
        f"Заказчик: {P(p.official)}\n"
        f"Адрес: {a.oneline}\n"
        f"Телефон: {r.phone('RU', land=True)}\n"
        f"Автомобиль: {r.pick(['Лада Веста 1.6', 'Kia Rio', 'Hyundai Solaris', 'Renault Duster'])}, "
        f"гос. номер {['В 417 КМ 33', 'Е 205 ОР 37'][r.k]}\n"
        "Работы: замена ремня ГРМ (Gates), диагностика подвески\n"
        f"Мастер-приёмщик: {pn(m)}"
    )


@tpl("personal_workshop", "recall_letter", "en", 2, "upper")
def t_recall_letter(r: Row) -> str:
    p = r.person("en", cc="GB", home=True)
    a = r.addr("GB")
    mgr = r.person("en", cc="GB")
    title = "Ms" if p.sex == "f" else "Mr"
    make, model = [("Citroën", "C5 Aircross"), ("Ford", "Kuga PHEV")][r.k]
    return (
        "Can you check this letter reads OK? Our system prints it in capitals.\n\n"
        f"{pn(p)}\n{a.block}\n\n"
        f"Dear {title} {P(p.family)},\n"
        f"Important safety recall – {make} {model} – reg {reg_uk(r)}\n"
        f"{make} has told us your vehicle needs a free software update to the battery management system. "
        "Please call our service desk to book, it takes about an hour.\n"
        "Yours sincerely,\n"
        f"{pn(mgr)}\nService Manager"
    )


# ============================================================================================
# personal_sales: finance proposals, test drives, leads, purchase contracts, orders
# ============================================================================================
@tpl("personal_sales", "finance_proposal", "en", 3)
def t_finance_proposal(r: Row) -> str:
    p = r.person("en", cc="GB", need="nino", home=True)
    a = r.addr("GB")
    title = "Ms" if p.sex == "f" else "Mr"
    return (
        "Check this finance proposal for anything the lender will bounce before I submit it on the portal "
        "(PCP, Black Horse):\n\n"
        f"Title: {title}\n"
        f"Forename(s): {P(p.given)}\n"
        f"Surname: {P(p.family)}\n"
        f"Date of birth: {r.dob(p, 'dmy/')}\n"
        f"Address: {a.oneline}\n"
        f"Time at address: {r.num(1, 9)} yrs {r.num(0, 11)} mths\n"
        f"Mobile: {r.phone('GB')}\n"
        f"Email: {r.email(p)}\n"
        f"Occupation: {['Staff nurse, NHS', 'HGV driver, Tesco distribution', 'Electrician, self-employed'][r.k]}\n"
        f"Gross annual income: £{r.num(24, 58)},{r.num(100, 900)}\n"
        f"NI number: {NID(p.ids['nino'])}\n"
        f"Bank: {r.iban('GB')}\n"
        f"Vehicle: {r.pick(['Kia Sorento 1.6 T-GDi HEV 3', 'Tesla Model Y Long Range', 'Skoda Kodiaq SE L'])}, "
        f"deposit £{r.num(2, 6)},000, 48 months, 10k miles pa"
    )


@tpl("personal_sales", "testdrive_sheet", "en", 3)
def t_testdrive_sheet(r: Row) -> str:
    cs = r.people("en", 2, cc="GB", need="gbdl")
    execs = r.people("en", 2, cc="GB")
    rows = []
    for i, c in enumerate(cs):
        rows.append(f"| {r.num(10, 28)}/05 | {pn(c)} | {NID(c.ids['gbdl'])} | {r.phone('GB')} | "
                    f"{r.pick(['Mercedes GLC 300e', 'Porsche Taycan 4S', 'Ford Puma ST', 'Cupra Born'])} | "
                    f"{P(execs[i].first)} |")
    return (
        "Our insurer wants a sentence per test drive with who drove, which car and which exec went out with them. "
        "Can you write that from our sheet?\n\n"
        "| Date | Customer | Licence no. | Mobile | Vehicle | Sales exec |\n"
        "|---|---|---|---|---|---|\n" + "\n".join(rows)
    )


@tpl("personal_sales", "crm_lead", "en", 3)
def t_crm_lead(r: Row) -> str:
    p = r.person("en", cc="GB,IE,AU,NZ,US,CA", home=True)
    a = r.addr(p.cc)
    model = ["Kia Sorento 2.2 CRDi GT-Line", "Ford Mustang Mach-E", "Mercedes-Benz EQA 250"][r.k]
    pron = "her" if p.sex == "f" else "him"
    return (
        f"Write a short follow-up e-mail to this lead, offer {pron} a test drive this weekend:\n\n"
        "{\n"
        f'  "lead_id": "AT-{r.num(700000, 799999)}",\n'
        '  "source": "AutoTrader",\n'
        f'  "first_name": "{P(p.given)}",\n'
        f'  "last_name": "{P(p.family)}",\n'
        f'  "email": "{r.email(p)}",\n'
        f'  "phone": "{r.phone(p.cc, land=True)}",\n'
        f'  "town": "{a.town}",\n'
        f'  "vehicle_of_interest": "{model}",\n'
        f'  "part_exchange": {{"make": "Toyota", "model": "Auris", "mileage": {r.num(40000, 99000)}}},\n'
        '  "message": "Is it still available? Could I see it Saturday morning?"\n'
        "}"
    )


@tpl("personal_sales", "credit_app_us", "en", 2)
def t_credit_app_us(r: Row) -> str:
    p = r.person("en", cc="US", need="ssn", home=True)
    a = r.addr("US")
    co = r.person("en", cc="US", sex="f" if p.sex == "m" else "m")
    return (
        "Before I push this credit app to Dealertrack, does anything look inconsistent? Co-applicant has no SSN "
        "on file yet.\n\n"
        "CREDIT APPLICATION – 2025 Chevrolet Silverado 1500 LT\n"
        f"Applicant: {pn(p)}\n"
        f"SSN: {SSN(p.ids['ssn'])}     DOB: {r.dob(p, 'mdy/')}\n"
        f"Driver license: {NID(p.ids['usdl'])}\n"
        f"Address: {a.oneline}\n"
        f"Phone: {r.phone('US', land=True)}\n"
        f"Employer: {r.pick(['Walmart Distribution', 'Lockheed Martin', 'self-employed (roofing)'])}, "
        f"{r.num(2, 11)} yrs, ${r.num(52, 98)},000/yr\n"
        f"Co-applicant: {pn(co)}, DOB {r.dob(co, 'mdy/')}\n"
        "Amount financed: $41,250, 72 mo, trade: 2016 Ford F-150"
    )


@tpl("personal_sales", "kaufvertrag", "de", 2)
def t_kaufvertrag(r: Row) -> str:
    p = r.person("de", need="deid", home=True)
    a = r.addr("DE")
    vk = r.person("de")
    return (
        "Prüf bitte, ob in diesem Kaufvertrag (Gebrauchtwagen, Händler an Privat) eine Angabe fehlt:\n\n"
        "Verkäufer: Autohaus Brenner GmbH, vertreten durch "
        f"{pn(vk)}\n"
        f"Käufer: {pn(p)}\n"
        f"geb. am: {r.dob(p, 'dmy.')}\n"
        f"Anschrift: {a.oneline}\n"
        f"Personalausweis-Nr.: {NID(p.ids['deid'])}\n"
        f"Telefon: {r.phone('DE', land=True)}\n"
        f"Fahrzeug: {car_de(r)}, EZ 03/2021, FIN WVWZZZ1KZ{r.num(100000, 999999)}\n"
        f"Kaufpreis: {r.num(14, 38)}.900 € inkl. MwSt.\n"
        f"Zahlung: Finanzierung Santander Consumer Bank, Lastschrift von {r.iban('DE')}\n"
        "Gewährleistung: 12 Monate"
    )


@tpl("personal_sales", "dossier_financement", "fr", 2)
def t_dossier_financement(r: Row) -> str:
    p = r.person("fr", need="nir", home=True)
    a = r.addr("FR")
    vend = r.person("fr")
    nee = "Née" if p.sex == "f" else "Né"
    return (
        "Je dois envoyer ce dossier LOA à Mobilize Financial Services. Tu peux me dire s'il manque une pièce ?\n\n"
        f"Demandeur : {pn(p)}\n"
        f"{nee} le : {r.dob(p, 'fr')}\n"
        f"N° de sécurité sociale : {NID(p.ids['nir'])}\n"
        f"Domicile : {a.oneline}\n"
        f"Portable : {r.phone('FR')}\n"
        f"Courriel : {r.email(p)}\n"
        f"RIB : {r.iban('FR')}\n"
        "Véhicule : Renault Austral E-Tech, LOA 49 mois, 1er loyer 3 000 €\n"
        "Pièces reçues : CNI, justificatif de domicile, 2 bulletins de salaire\n"
        f"Vendeur : {pn(vend)}"
    )


@tpl("personal_sales", "financiamento_zap", "pt", 2)
def t_financiamento_zap(r: Row) -> str:
    p = r.person("br", need="cpf", home=True)
    a = r.addr("BR")
    v = r.person("br")
    return (
        "Organiza os dados desse cliente numa ficha pra eu mandar pro banco (financiamento do Onix):\n\n"
        f"[15:02] {P(v.first)}: Boa tarde! Pra simular o financiamento preciso de CPF, data de nascimento e CEP\n"
        f"[15:10] {pn(p)}: oi! CPF {NID(p.ids['cpf'])}\n"
        f"[15:10] {pn(p)}: nasci em {r.dob(p, 'dmy/')}\n"
        f"[15:11] {pn(p)}: moro na {a.oneline}\n"
        f"[15:12] {pn(p)}: meu zap é esse mesmo, {r.phone('BR')}\n"
        f"[15:20] {P(v.first)}: Perfeito, entrada de R$ 15 mil e 48x, certo? Vou rodar no Santander e no BV"
    )


@tpl("personal_sales", "zamowienie_salon", "pl", 2)
def t_zamowienie_salon(r: Row) -> str:
    p = r.person("pl", need="pesel", home=True)
    a = r.addr("PL")
    d = r.person("pl")
    return (
        "Przepisz to zamówienie na krótki mail potwierdzający dla klienta, bez PESEL-u w treści:\n\n"
        "ZAMÓWIENIE SAMOCHODU NR 2025/04/118\n"
        f"Zamawiający: {pn(p)}\n"
        f"PESEL: {NID(p.ids['pesel'])}\n"
        f"Adres: {a.oneline}\n"
        f"Tel.: {r.phone('PL', land=True)}\n"
        "Model: Toyota Corolla Cross 2.0 Hybrid, kolor Celestite Gray\n"
        "Zaliczka: 5 000 zł, termin odbioru: czerwiec\n"
        f"Doradca: {pn(d)}"
    )


@tpl("personal_sales", "kredi_basvuru", "tr", 2)
def t_kredi_basvuru(r: Row) -> str:
    p = r.person("tr", need="tckn", home=True)
    a = r.addr("TR")
    return (
        "Bu taşıt kredisi başvurusundaki bilgileri kontrol eder misin, eksik var mı?\n\n"
        f"Ad Soyad: {pn(p)}\n"
        f"T.C. Kimlik No: {NID(p.ids['tckn'])}\n"
        f"Doğum Tarihi: {r.dob(p, 'dmy.')}\n"
        f"Adres: {a.oneline}\n"
        f"Cep: {r.phone('TR')}\n"
        "Araç: Renault Clio 1.0 TCe Joy, 2025\n"
        "Kredi tutarı: 450.000 TL, vade 24 ay\n"
        "Bayi: Otokoç Otomotiv"
    )


@tpl("personal_sales", "shijia_dengji", "zh", 2)
def t_shijia_dengji(r: Row) -> str:
    p = r.person("zh", need="cnid", home=True, cc="CN")
    a = r.addr("CN")
    s = r.person("zh")
    return (
        "帮我把这份试驾登记整理成一段话，发给销售经理：\n\n"
        "试驾登记表\n"
        f"姓名：{pn(p)}\n"
        f"身份证号：{NID(p.ids['cnid'])}\n"
        f"手机：{r.phone('CN')}\n"
        f"住址：{' '.join(a.lines)}\n"
        f"试驾车型：{r.pick(['比亚迪 汉 EV', '特斯拉 Model Y', '吉利 星越L'])}\n"
        "试驾时间：14:30–15:10\n"
        f"陪同销售：{pn(s)}"
    )


@tpl("personal_sales", "istifsar_whatsapp", "ar", 2)
def t_istifsar(r: Row) -> str:
    p = r.person("ar", cc="MA,JO", home=True)
    a = r.addr(p.cc)
    return (
        "اكتب لي ردًا مهذبًا على هذه الرسالة من زبون، وقل له إن السيارة متوفرة:\n\n"
        f"السلام عليكم، أنا {pn(p)} من {a.town}. رأيت إعلانكم عن تويوتا كورولا هايبرد 2022 على الموقع. "
        "هل ما زالت متوفرة؟ وهل يمكن التقسيط؟ "
        f"رقمي {r.phone(p.cc)}، وعنواني {a.oneline.replace(', ', '، ')} إذا أردتم إرسال العرض بالبريد."
    )


@tpl("personal_sales", "orderbekraftelse", "sv", 2)
def t_orderbekraftelse(r: Row) -> str:
    p = r.person("sv", need="pnr", home=True)
    a = r.addr("SE")
    s = r.person("sv")
    return (
        "Kan du korta ner den här orderbekräftelsen till ett sms till kunden?\n\n"
        "ORDERBEKRÄFTELSE – Volvo XC60 T6 Recharge Plus\n"
        f"Kund: {pn(p)}, personnummer {NID(p.ids['pnr'])}\n"
        f"Adress: {a.oneline}\n"
        f"Mobil: {r.phone('SE')}\n"
        "Inbytesbil: Saab 9-3 SportCombi 2009\n"
        "Leverans: vecka 23, Bilia Sigtuna\n"
        f"Säljare: {pn(s)}"
    )


@tpl("personal_sales", "privatleasing", "da", 2)
def t_privatleasing(r: Row) -> str:
    p = r.person("da", need="cpr", home=True)
    a = r.addr("DK")
    return (
        "Hjælp mig med at skrive en kort mail til kunden om, hvad der mangler i ansøgningen:\n\n"
        "Privatleasing – ansøgning\n"
        f"Navn: {pn(p)}\n"
        f"CPR-nr.: {NID(p.ids['cpr'])}\n"
        f"Adresse: {a.oneline}\n"
        f"Tlf.: {r.phone('DK', land=True)}\n"
        f"E-mail: {r.email(p)}\n"
        "Bil: Skoda Enyaq 85, 36 mdr., 15.000 km/år\n"
        "Mangler: lønsedler for de sidste 3 måneder, kørekort (bagside)"
    )


@tpl("personal_sales", "handover_notes", "en", 3, "lower")
def t_handover_notes(r: Row) -> str:
    a, b = r.people("en", 2, cc="GB")
    ex = r.person("en", cc="GB")
    car1 = ["porsche macan t", "tesla model 3 rwd", "ford ranger wildtrak"][r.k]
    return (
        f"handover notes for tmrw, can you turn them into a checklist for {P(ex.first)}:\n"
        f"- 10am {pn(a)}, {car1}, paid in full, wants the dashcam wired in before collection. "
        f"call if late {r.phone(a.cc)}\n"
        f"- 2.30 {pn(b)}, px'ing a mazda 2, finance docs still not signed on ivendi, chase "
        f"{P(b.first)} by text first\n"
        "- both need the mykia / fordpass / porsche connect app shown, 10 mins each"
    )


# ============================================================================================
# personal_rental: rental agreements, damage reports and disputes, leasing
# ============================================================================================
def dl_of(p: Person) -> str:
    for k in ("usdl", "audl", "cadl", "gbdl"):
        if k in p.ids:
            return p.ids[k]
    raise KeyError(p.full)


@tpl("personal_rental", "rental_agreement", "en", 4)
def t_rental_agreement(r: Row) -> str:
    p = r.person("en", need="usdl|audl|cadl", home=True)
    a = r.addr(p.cc)
    add = r.person("en", cc=p.cc)
    branch = {"US": "Denver Intl Airport", "AU": "Melbourne Airport T4", "CA": "Vancouver YVR"}[p.cc]
    return (
        "Summarise this rental agreement for our damage team in 4 bullet points:\n\n"
        f"RENTAL AGREEMENT RA-{r.num(40000000, 49999999)}   Pick-up: {branch}\n"
        f"Renter: {pn(p)}   DOB: {r.dob(p, 'mdy/' if p.cc == 'US' else 'dmy/')}\n"
        f"Licence: {NID(dl_of(p))}\n"
        f"Home address: {a.oneline}\n"
        f"Phone: {r.phone(p.cc, land=True)}\n"
        f"Additional driver: {pn(add)} (+$14.99/day)\n"
        f"Vehicle: {r.pick(['Toyota RAV4 or similar', 'Chevrolet Malibu or similar', 'Kia Carnival or similar'])}\n"
        f"Payment: card {r.card()} exp 09/27, deposit hold $300\n"
        "Cover: CDW declined (renter says their credit card covers it), roadside plus accepted"
    )


@tpl("personal_rental", "return_report", "en", 3)
def t_return_report(r: Row) -> str:
    p = r.person("en", cc="GB,IE")
    agent = r.person("en", cc="GB,IE")
    dmg = [
        "scuff N/S rear bumper 40mm, chip in windscreen (driver's side)",
        "kerbed O/S/F alloy, dent in tailgate below Kia badge",
        "tear in rear seat fabric, strong smell of smoke",
    ][r.k]
    return (
        "Rewrite this damage report so the customer can understand it. Keep the charges as they are.\n\n"
        "VEHICLE CONDITION REPORT – RETURN\n"
        f"RA no.: {r.num(6100000, 6199999)}\n"
        f"Renter: {pn(p)}   Tel: {r.phone(p.cc, land=True)}\n"
        f"Vehicle: {r.pick(['Toyota Corolla Touring Sports', 'Kia Ceed', 'VW T-Roc', 'Vauxhall Mokka'])}, "
        f"reg {reg_uk(r)}\n"
        "Out: 12/05 09:10, 14,203 mi, fuel 8/8\n"
        "In: 19/05 17:45, 15,118 mi, fuel 5/8\n"
        f"New damage: {dmg}\n"
        "Charges: refuel £38.50 + damage per tariff £240.00 + admin £45.00\n"
        f"Checked in by: {P(agent.first)}   Customer present: no"
    )


@tpl("personal_rental", "damage_dispute", "en", 3)
def t_damage_dispute(r: Row) -> str:
    p = r.person("en", cc=["IN", "ZA", "NZ"][r.k], home=True)
    a = r.addr(p.cc)
    co = ["Hertz", "Enterprise", "Europcar"][r.k]
    return (
        "Draft a reply from our customer relations team. We'll waive the admin fee but the bumper charge stands, "
        "photos attached.\n\n"
        f"> On Mon, {pn(p)} wrote:\n"
        f"> I returned the car to your {co} branch with no damage and the agent didn't even walk round it. "
        "Three weeks later you take £310 from my card for a scratched bumper??? I have my own photos from the "
        "return bay. I want a full refund or I'm going to my bank and to Which?.\n"
        ">\n"
        f"> {pn(p)}\n"
        + "\n".join("> " + x for x in a.lines) + "\n"
        f"> {r.phone(p.cc)}"
    )



@tpl("personal_rental", "etat_des_lieux", "fr", 2)
def t_etat_des_lieux(r: Row) -> str:
    p = r.person("fr", home=True)
    a = r.addr(p.cc)
    c2 = r.person("fr")
    ag = r.person("fr")
    return (
        "Traduis en anglais cet état des lieux, le client ne lit pas le français :\n\n"
        f"Contrat de location n° {r.num(880000, 889999)} — agence Ucar\n"
        f"Locataire : {pn(p)}, {a.oneline}, tél. {r.phone(p.cc)}\n"
        f"Conducteur additionnel : {pn(c2)}\n"
        "Véhicule : Citroën Berlingo, 12 450 km, carburant 1/2\n"
        "Départ : rayure portière arrière droite (déjà signalée), jante avant gauche frottée\n"
        "Retour : RAS, véhicule propre\n"
        f"Agent : {P(ag.first)}"
    )


@tpl("personal_rental", "contrato_alquiler", "es", 2)
def t_contrato_alquiler(r: Row) -> str:
    p = r.person("es", need="dni|nie", home=True)
    a = r.addr("ES")
    idv = p.ids.get("dni") or p.ids["nie"]
    label = "DNI" if "dni" in p.ids else "NIE"
    return (
        "Revisa este contrato de alquiler y dime si falta algo obligatorio para la póliza:\n\n"
        "CONTRATO DE ALQUILER – Sucursal Aeropuerto\n"
        f"Arrendatario: {pn(p)}\n"
        f"{label}: {NID(idv)}\n"
        f"Fecha de nacimiento: {r.dob(p, 'dmy/')}\n"
        f"Domicilio: {a.oneline}\n"
        f"Teléfono: {r.phone('ES', land=True)}\n"
        f"Tarjeta de garantía: {r.card()}\n"
        f"Vehículo: {r.pick(['SEAT Arona', 'Renault Captur', 'Fiat Tipo'])}, 7 días, km ilimitados\n"
        "Seguro: franquicia 900 €, sin cobertura de lunas"
    )


@tpl("personal_rental", "privelease_contract", "nl", 2)
def t_privelease(r: Row) -> str:
    p = r.person("nl", home=True)
    a = r.addr(p.cc)
    return (
        "Kun je deze gegevens van een private-leasecontract omzetten naar een nette samenvatting voor de klant?\n\n"
        f"Lessee: {pn(p)}\n"
        f"Geboortedatum: {r.dob(p, 'dmy-')}\n"
        f"Adres: {a.oneline}\n"
        f"Telefoon: {r.phone(p.cc, land=True)}\n"
        f"IBAN voor incasso: {r.iban('NL')}\n"
        "Auto: Kia EV3 Plus, 48 maanden, 10.000 km/jaar, € 429 p/m\n"
        "BKR-toetsing: akkoord"
    )


@tpl("personal_rental", "rentacar_gyeyak", "ko", 2)
def t_rentacar(r: Row) -> str:
    p = r.person("ko", need="krdl", home=True)
    a = r.addr("KR")
    return (
        "아래 렌터카 계약 내용을 고객에게 보낼 안내 문자로 정리해 줘.\n\n"
        f"임차인: {pn(p)}\n"
        f"생년월일: {r.dob(p, 'ymd.')}\n"
        f"운전면허번호: {NID(p.ids['krdl'])}\n"
        f"연락처: {r.phone('KR')}\n"
        f"주소: {' '.join(a.lines)}\n"
        f"차량: {r.pick(['기아 쏘렌토 하이브리드', '현대 아반떼', '기아 카니발'])} / 3일\n"
        "보험: 완전자차, 제주공항 대여·반납"
    )


@tpl("personal_rental", "enoikiasi", "el", 2)
def t_enoikiasi(r: Row) -> str:
    p = r.person("el", home=True, need="afm")
    a = r.addr("GR")
    return (
        "Γράψε μια ευγενική απάντηση στον πελάτη για τη χρέωση της ζημιάς, με βάση τα στοιχεία:\n\n"
        f"Μισθωτής: {pn(p)}\n"
        f"ΑΦΜ: {NID(p.ids['afm'])}\n"
        f"Διεύθυνση: {a.oneline}\n"
        f"Κινητό: {r.phone('GR')}\n"
        "Όχημα: Fiat Panda, 5 ημέρες\n"
        "Ζημιά: γρατζουνιά στον εμπρός προφυλακτήρα, 120 €"
    )


@tpl("personal_rental", "chao_rot", "th", 2)
def t_chao_rot(r: Row) -> str:
    p = r.person("th", home=True, need="thid")
    a = r.addr("TH")
    return (
        "ช่วยเขียนข้อความ LINE ยืนยันการจองรถเช่าให้ลูกค้าคนนี้หน่อย\n\n"
        f"ชื่อผู้เช่า: {pn(p)}\n"
        f"เลขบัตรประชาชน: {NID(p.ids['thid'])}\n"
        f"วันเกิด: {r.dob(p, 'th')}\n"
        f"ที่อยู่: {a.oneline}\n"
        f"โทร: {r.phone('TH')}\n"
        "รถ: Toyota Yaris Ativ 3 วัน รับที่สนามบินเชียงใหม่"
    )


@tpl("personal_rental", "pickup_chat", "en", 3, "lower")
def t_pickup_chat(r: Row) -> str:
    p = r.person("en", cc="US,CA,AU,NZ,IN,SG,PH,KE,NG,ZA")
    friend = r.person("en", sex="f")
    flight = ["ba 2490", "ek 17", "qf 1"][r.k]
    return (
        "customer messaged the branch whatsapp, what do i reply?\n\n"
        f"hey its {pn(p)}, booking ref ent-{r.num(200000, 299999)}. my flight {flight} is delayed about 3 hours "
        f"so ill be there after closing. can my friend {pn(friend)} collect the car instead, shes on the booking "
        f"as 2nd driver? my number is {r.phone(p.cc)} if u need to call"
    )



# ============================================================================================
# personal_fleet: driver lists, pool cars, fines to reassign, telematics, licence checks
# ============================================================================================
@tpl("personal_fleet", "driver_csv", "en", 3)
def t_driver_csv(r: Row) -> str:
    ds = r.people("en", 3, cc="GB", need="gbdl")
    depots = ["Wakefield", "Avonmouth", "Daventry", "Thurrock"]
    lines = ["driver_id,name,licence_no,dob,licence_checked,mobile,depot,points"]
    for i, d in enumerate(ds):
        lines.append(f"D{r.num(1000, 1999)},{pn(d)},{NID(d.ids['gbdl'])},{r.dob(d, 'iso')},"
                     f"2024-{r.num(10, 12)}-{r.num(10, 28)},{r.phone('GB')},{depots[(r.k + i) % 4]},"
                     f"{r.pick(['0', '3', '6', '9'])}")
    return (
        "Which of these drivers are due a DVLA licence check? Our policy: every 6 months, every 3 months if "
        "they have 6+ points. Today is 2 June 2025.\n\n" + "\n".join(lines)
    )


@tpl("personal_fleet", "pool_json", "en", 3)
def t_pool_json(r: Row) -> str:
    a, b = r.people("en", 2, cc="GB,IE,AU,ZA,IN,KE")
    dom = ["northgate-utilities.co.uk", "kestrel-care.org", "brightwater-facilities.com"][r.k]
    return (
        "Two people booked the same pool car for Thursday. Write a short Teams message to both of them "
        "explaining who keeps it (first booking wins) and offer the Skoda instead.\n\n"
        "[\n"
        '  {"vehicle": "Ford Transit Custom KX73 BHF", "from": "2025-06-12T07:30", "to": "2025-06-12T18:00",\n'
        f'   "driver": {{"name": "{pn(a)}", "email": "{r.work_email(a, dom)}"}}, '
        f'"booked_at": "2025-06-03T09:14:02"}},\n'
        '  {"vehicle": "Ford Transit Custom KX73 BHF", "from": "2025-06-12T08:00", "to": "2025-06-12T13:00",\n'
        f'   "driver": {{"name": "{pn(b)}", "email": "{r.work_email(b, dom)}"}}, '
        f'"booked_at": "2025-06-04T16:40:55"}}\n'
        "]"
    )


@tpl("personal_fleet", "pcn_reassign", "en", 3)
def t_pcn_reassign(r: Row) -> str:
    ds = r.people("en", 3, cc="GB")
    dom = ["hollins-facilities.co.uk", "greenmile-couriers.com", "peakline-scaffolding.co.uk"][r.k]
    places = ["NCP Leeds Wellington Street", "Westfield Stratford P3", "Manchester Piccadilly station",
              "Sainsbury's Cheltenham", "Bristol Temple Meads"]
    lines = ["pcn_ref\treg\tissued\tlocation\tdriver\tdriver_email"]
    for i, d in enumerate(ds):
        lines.append(f"PCN{r.num(100000, 999999)}\t{reg_uk(r)}\t2025-05-{r.num(10, 29)}\t{places[(r.k + i) % 5]}\t"
                     f"{pn(d)}\t{r.work_email(d, dom)}")
    return ("Draft one e-mail per driver telling them we're transferring liability for these PCNs to them, "
            "as per the vehicle policy section 7:\n\n" + "\n".join(lines))


@tpl("personal_fleet", "telematics_log", "en", 3)
def t_telematics_log(r: Row) -> str:
    a, b = r.people("en", 2, cc="GB,IE")
    dom = ["fleetco.co.uk", "severnvalley-homes.org.uk", "rapidroute.ie"][r.k]
    ea, eb = r.work_email(a, dom), r.work_email(b, dom)
    return (
        "Someone keeps logging into our Webfleet portal at night. Explain what this log shows in plain "
        "English:\n\n"
        f"2025-05-21 23:41:07 AUTH OK user={ea} ip={r.ip()} ua=Chrome/124\n"
        f"2025-05-21 23:42:15 EXPORT trips vehicle=all range=30d user={ea}\n"
        f"2025-05-22 08:02:51 AUTH OK user={eb} ip={r.ip()} ua=Edge/124\n"
        f"2025-05-22 23:58:30 AUTH FAIL user={ea} ip={r.ip()} reason=bad_password\n"
        f"2025-05-22 23:58:44 AUTH OK user={ea} ip={r.ip()}"
    )


@tpl("personal_fleet", "fuhrparkliste", "de", 2)
def t_fuhrparkliste(r: Row) -> str:
    ds = r.people("de", 3)
    lines = ["Fahrer | Geburtsdatum | Klasse | Führerscheinkontrolle | Dienstwagen | Mobil"]
    for d in ds:
        lines.append(f"{pn(d)} | {r.dob(d, 'dmy.')} | {r.pick(['B', 'B, BE', 'C1E'])} | "
                     f"{r.num(1, 28)}.{r.num(1, 12)}.2025 | {plate_de(r)} | {r.phone(d.cc)}")
    return ("Welche Führerscheinkontrollen sind überfällig? Wir prüfen halbjährlich, heute ist der 30.06.2025.\n\n"
            + "\n".join(lines))



@tpl("personal_fleet", "kierowcy_sql", "pl", 2)
def t_kierowcy_sql(r: Row) -> str:
    a, b = r.people("pl", 2, need="pesel")
    return (
        "To zapytanie wywala błąd przy imporcie kierowców do systemu flotowego. Popraw je:\n\n"
        "INSERT INTO kierowcy (imie, nazwisko, pesel, telefon, kategoria_prawa_jazdy)\n"
        f"VALUES ('{P(a.given)}', '{P(a.family)}', '{NID(a.ids['pesel'])}', '{r.phone('PL')}', 'B'),\n"
        f"       ('{P(b.given)}', '{P(b.family)}', {NID(b.ids['pesel'])}, '{r.phone('PL')}', 'B, C');"
    )


@tpl("personal_fleet", "chalak_suchi", "hi", 2)
def t_chalak_suchi(r: Row) -> str:
    a, b = r.people("hi", 2, need="aadhaar")
    return (
        "इस ड्राइवर सूची को एक साफ़ तालिका में बदल दो और बताओ किसका लाइसेंस नवीनीकरण बाकी है:\n\n"
        f"1. {pn(a)} – मोबाइल {r.phone('IN')} – आधार {NID(a.ids['aadhaar'])} – "
        "लाइसेंस वैधता 03/2026 – वाहन: टाटा ऐस\n"
        f"2. {pn(b)} – मोबाइल {r.phone('IN')} – आधार {NID(b.ids['aadhaar'])} – "
        "लाइसेंस वैधता 11/2024 – वाहन: महिंद्रा बोलेरो पिकअप"
    )


@tpl("personal_fleet", "kuljettajat", "fi", 2)
def t_kuljettajat(r: Row) -> str:
    ds = r.people("fi", 2, need="hetu")
    lines = ["nimi\thetu\tpuhelin\tajokortti voimassa"]
    for d in ds:
        lines.append(f"{pn(d)}\t{NID(d.ids['hetu'])}\t{r.phone('FI')}\t{r.num(2025, 2033)}-0{r.num(1, 9)}-15")
    return ("Muuta tämä kuljettajalista Excel-muotoon sopivaksi ja poista henkilötunnukset, niitä ei saa "
            "jakaa alihankkijalle:\n\n" + "\n".join(lines))


@tpl("personal_fleet", "drivers_memo", "en", 2, "upper")
def t_drivers_memo(r: Row) -> str:
    ds = r.people("en", 3, cc="GB")
    return (
        "Tidy up this memo, it goes on the depot noticeboard (keep it in capitals):\n\n"
        "Memo – van defects not reported\n"
        f"The following drivers did not complete the walkround check on the Webfleet app last week: "
        f"{pn(ds[0])}, {pn(ds[1])} and {pn(ds[2])}. "
        "Any van found with a defect that was not reported will be taken off the road. "
        "Second time = formal meeting with the transport manager."
    )


@tpl("personal_fleet", "d4_medical", "en", 2)
def t_d4_medical(r: Row) -> str:
    p = r.person("en", cc="GB", need="nhs", home=True)
    a = r.addr("GB")
    doc = r.person("en", cc="GB")
    return (
        "Our HGV driver's D4 medical came back with a query. Explain in plain words what the GP is asking "
        "for and what happens to his C+E entitlement meanwhile.\n\n"
        f"Driver: {pn(p)}   DOB: {r.dob(p, 'dmy/')}\n"
        f"Address: {a.oneline}\n"
        f"NHS no.: {NID(p.ids['nhs'])}   Hospital no.: {MRN(['RWY4471820', 'K0938215'][r.k])}\n"
        "Section 3 (diabetes): insulin-treated since 2023 – needs 3 months of glucose meter readings\n"
        "Section 7 (eyesight): meets standard with glasses\n"
        f"Examining doctor: Dr {P(doc.family)}, GMC 7{r.num(100000, 999999)}"
    )


# ============================================================================================
# personal_roadside: breakdown calls, dispatch logs, stranded drivers' messages
# ============================================================================================
@tpl("personal_roadside", "breakdown_call", "en", 3)
def t_breakdown_call(r: Row) -> str:
    p = r.person("en", cc="GB", home=True)
    a = r.addr("GB")
    ag = r.person("en", cc="GB")
    pat = r.person("en", cc="GB", sex="m")
    where = ["in a lay-by on the bypass", "at the lay-by by the garden centre", "on the verge by the bus stop"][r.k]
    return (
        "Summarise this breakdown call for the patrol's job sheet: who, where, what's wrong, callback number.\n\n"
        f"[14:02:11] {P(ag.first)}: Green Flag, you're through to {P(ag.first)}, how can I help?\n"
        "[14:02:15] Caller: Hi, yeah, I've broken down, the car just cut out and won't restart.\n"
        f"[14:02:21] {P(ag.first)}: Sorry to hear that. Are you somewhere safe? And can I take your name?\n"
        f"[14:02:26] Caller: Yes, I'm off the road. It's {pn(p)}.\n"
        f"[14:02:40] {P(ag.first)}: Thanks {P(p.first)}. Where are you?\n"
        f"[14:02:44] Caller: I'm {where} just outside {a.town}.\n"
        f"[14:03:01] Caller: It's a {car(r)}, battery light came on first.\n"
        f"[14:03:40] {P(ag.first)}: And a number in case we get cut off?\n"
        f"[14:03:44] Caller: {r.phone('GB')}\n"
        f"[14:04:10] {P(ag.first)}: Our patrol {P(pat.first)} will be with you in about 50 minutes."
    )


@tpl("personal_roadside", "dispatch_log", "en", 4)
def t_dispatch_log(r: Row) -> str:
    p = r.person("en", cc=["US", "ZA", "AU", "CA"][r.k], home=True)
    a = r.addr(p.cc)
    pat = r.person("en", cc=p.cc)
    job = r.num(88000, 88999)
    unit = f"P-{r.num(100, 399)}"
    tow = {"US": "Coastal Towing", "CA": "Island Towing", "AU": "Alpine Towing", "NZ": "Lakes Towing",
           "ZA": "Karoo Recovery"}.get(p.cc, "Hendy Recovery")
    return (
        "Why did this job take 3 hours? Go through the dispatch log and tell me where the delay was.\n\n"
        f"22:41:07 JOB {job} OPEN member=\"{pn(p)}\" tel=\"{r.phone(p.cc)}\" veh=\"{car(r)}\" fault=FLAT_TYRE "
        "spare=NO\n"
        f"22:43:51 JOB {job} ASSIGN unit={unit} tech=\"{pn(pat)}\"\n"
        f"23:29:10 JOB {job} ONSCENE unit={unit}\n"
        f"23:58:02 JOB {job} TOW_REQUIRED reason=\"no locking wheel nut key\"\n"
        f"00:52:40 JOB {job} TOW_ONSCENE contractor=\"{tow}\"\n"
        f"01:44:19 JOB {job} DROPPED dest=\"{a.oneline}\"\n"
        f"01:44:20 JOB {job} CLOSED"
    )




@tpl("personal_roadside", "soccorso_stradale", "it", 2)
def t_soccorso(r: Row) -> str:
    p = r.person("it", home=True)
    a = r.addr("IT")
    op = r.person("it")
    return (
        "Trasforma queste note in un messaggio breve per il carro attrezzi:\n\n"
        f"- chiamata ore 18:20, cliente {pn(p)}, cell. {r.phone('IT')}\n"
        "- Alfa Romeo Giulietta ferma in corsia d'emergenza sulla A1 direzione Roma, spia olio accesa\n"
        f"- destinazione traino: officina vicino a casa, il cliente abita in {a.oneline}\n"
        f"- operatore ACI: {pn(op)}"
    )


@tpl("personal_roadside", "assistencia_viagem", "pt", 2)
def t_assistencia(r: Row) -> str:
    p = r.person("pt", home=True)
    a = r.addr("PT")
    return (
        "Reescreve esta mensagem do cliente de forma clara para enviar ao reboque:\n\n"
        f"Boa noite, fala {pn(p)}. O meu Renault Mégane ficou sem bateria à porta de casa, "
        f"{a.oneline}. Tenho assistência em viagem pela Fidelidade, apólice 0071-448213. "
        f"Podem ligar para {r.phone('PT')}. Obrigado/a!"
    ).replace("Obrigado/a", "Obrigada" if p.sex == "f" else "Obrigado")


@tpl("personal_roadside", "stranded_whatsapp", "en", 4, "lower")
def t_stranded_whatsapp(r: Row) -> str:
    p = r.person("en", cc=["GB", "PH", "AU", "NZ"][r.k], home=True, sex="f")
    a = r.addr(p.cc)
    mate = r.person("en", cc=p.cc + ",GB,US", sex="m")
    return (
        "pasted from our recovery whatsapp, can you pull out what the driver needs to know:\n\n"
        f"[21:14] {pn(p)}: hiya its {P(p.first)}, car's dead on the hard shoulder, hazzard lights on, "
        "kids in the back\n"
        f"[21:15] {pn(p)}: membership in my husband's name, {pn(mate)}\n"
        f"[21:17] {pn(p)}: we live at {a.oneline} if u need to tow it home\n"
        f"[21:18] {pn(p)}: ring me on {r.phone(p.cc)}, signal is patchy"
    )


@tpl("personal_roadside", "grar_derachim", "he", 2)
def t_grar(r: Row) -> str:
    p = r.person("he", home=True, need="ilid", sex="m")
    a = r.addr("IL")
    return (
        "סכם לי את השיחה הזאת בשלוש שורות בשביל הנהג של הגרר:\n\n"
        "נציגה: שירותי דרך, שלום, במה אפשר לעזור?\n"
        f"לקוח: שלום, אני {pn(p)}, תעודת זהות {NID(p.ids['ilid'])}. יש לי פנצ'ר בשני גלגלים, "
        "המכונית זה יונדאי איוניק.\n"
        "נציגה: איפה אתה נמצא?\n"
        f"לקוח: ליד הבית, {a.oneline}.\n"
        f"נציגה: טלפון לחזרה?\n"
        f"לקוח: {r.phone('IL')}"
    )


@tpl("personal_roadside", "evakuator", "uk", 2, "lower")
def t_evakuator(r: Row) -> str:
    p = r.person("uk", home=True)
    a = r.addr("UA")
    d = r.person("uk", sex="m")
    return (
        "Склади коротке повідомлення водію евакуатора за цими даними:\n\n"
        f"Клієнт: {pn(p)}, тел. {r.phone('UA')}\n"
        "Авто: Škoda Octavia A7, не заводиться після дощу\n"
        f"Забрати: {a.oneline}\n"
        "Доставити: СТО «Богдан-Авто», Івано-Франківськ\n"
        f"Водій: {pn(d)}"
    )


@tpl("personal_roadside", "cuu_ho", "vi", 2, "lower")
def t_cuu_ho(r: Row) -> str:
    p = r.person("vi", home=True, need="cccd")
    a = r.addr("VN")
    return (
        "Viết lại tin nhắn này cho rõ ràng để gửi đội cứu hộ:\n\n"
        f"em là {pn(p)}, CCCD {NID(p.ids['cccd'])}, xe VinFast VF 5 của em bị hết pin giữa đường đèo, "
        f"gần nhà ở {a.oneline}. số điện thoại {r.phone('VN')}. "
        "nhờ anh/chị gửi xe cứu hộ giúp em với ạ"
    )


@tpl("personal_roadside", "veihjelp", "no", 2)
def t_veihjelp(r: Row) -> str:
    p = r.person("no", home=True)
    a = r.addr("NO")
    return (
        "Lag en kort oppsummering av denne saken til bergingsbilen:\n\n"
        f"Medlem: {pn(p)}\n"
        f"Telefon: {r.phone('NO', land=True)}\n"
        "Bil: Tesla Model Y, tomt for strøm på E6, står på en rasteplass\n"
        f"Ønsker bilen kjørt hjem til {a.oneline}\n"
        "Merknad: to barn i bilen, minus 14 grader"
    )


# ============================================================================================
# personal_parking_school: parking appeals, fines and nominations, driving lessons
# ============================================================================================
@tpl("personal_parking_school", "pcn_appeal", "en", 4)
def t_pcn_appeal(r: Row) -> str:
    p = r.person("en", cc="GB", home=True)
    a = r.addr("GB")
    op, pre = [("ParkingEye", "PE"), ("Euro Car Parks", "EC"), ("Horizon Parking", "HZ"), ("Smart Parking", "SP")][r.k]
    return (
        f"Make this appeal to {op} stronger and more formal. If they refuse I'll go to POPLA.\n\n"
        f"{pn(p)}\n{a.block}\n\n"
        f"Re: Parking Charge Notice {pre}{r.num(1000000, 9999999)}, vehicle "
        f"{reg_uk(r)}\n\n"
        "I recieved this charge for overstaying at the Aldi car park by 14 minutes. The pay machine was out of order "
        "and I queued at the checkout for ages. I have the receipt timed 11:52. The signs don't even say the "
        "free period is 90 minutes. I'm not paying £100 for this.\n\n"
        f"{P(p.first)}"
    )


@tpl("personal_parking_school", "nip_nomination", "en", 3)
def t_nip_nomination(r: Row) -> str:
    keeper = r.person("en", cc="GB")
    d = r.person("en", cc="GB", need="gbdl", home=True)
    a = r.addr("GB")
    return (
        "I'm the fleet admin. Fill in the reply to this Notice of Intended Prosecution in full sentences "
        "nominating the driver, using these details:\n\n"
        "Speed: 41 mph in a 30 limit, camera, 14/05/2025 07:52\n"
        f"Registered keeper: Castlegate Lettings Ltd (fleet contact {pn(keeper)})\n"
        f"Driver at the time: {pn(d)}\n"
        f"Driver's date of birth: {r.dob(d, 'en')}\n"
        f"Driver's address: {a.oneline}\n"
        f"Driving licence number: {NID(d.ids['gbdl'])}"
    )


@tpl("personal_parking_school", "lesson_table", "en", 3)
def t_lesson_table(r: Row) -> str:
    ps = r.people("en", 3, cc="GB,IE", learner=True)
    ins = r.person("en", cc="GB")
    times = ["Mon 16:00", "Wed 07:30", "Sat 09:00"]
    rows = []
    for i, p in enumerate(ps):
        a = r.addr(p.cc)
        focus = ["roundabouts", "mock test", "bay parking", "dual carriageway"][(r.k + i) % 4]
        rows.append(f"| {times[i]} | {pn(p)} | {r.phone(p.cc)} | {a.street} | {focus} |")
    return (
        f"Can you turn my week into a text message for each pupil confirming time and pick-up? "
        f"Sign them from {P(ins.first)} (ADI).\n\n"
        "| Slot | Pupil | Mobile | Pick-up | Focus |\n|---|---|---|---|---|\n" + "\n".join(rows)
    )


@tpl("personal_parking_school", "instructor_texts", "en", 3, "lower")
def t_instructor_texts(r: Row) -> str:
    p = r.person("en", cc="GB,IE,AU,NZ", learner=True)
    par = r.person("en", cc="GB,IE,AU,NZ", sex="f")
    me = r.person("en", cc="GB")
    test = ["tuesday 10:12", "the 23rd at 14:05", "friday 8:40"][r.k]
    return (
        "can you make this sound more professional, its going to a pupil's mum:\n\n"
        f"hi {P(par.first)}, its {P(me.first)} the driving instructor. {P(p.first)} did really well "
        f"today, mirrors much beter, still rushing the roundabouts tho. test is {test} at the centre, "
        "ill pick her up an hour before for a warm up. can u transfer the £38 for today, same details as before. "
        f"any probs call me {r.phone('GB')}"
    ).replace("pick her up", "pick her up" if p.sex == "f" else "pick him up")


@tpl("personal_parking_school", "fahrschule_termine", "de", 2)
def t_fahrschule(r: Row) -> str:
    a, b = r.people("de", 2, learner=True)
    fl = r.person("de")
    return (
        "Schreib mir bitte aus dem Terminplan eine WhatsApp an beide Fahrschüler:\n\n"
        f"Fahrlehrer: {pn(fl)}\n"
        f"Di 15:30–17:00  {pn(a)} – Überlandfahrt (Sonderfahrt), Treffpunkt Bahnhof, Tel. {r.phone('DE')}\n"
        f"Do 07:00–08:30  {pn(b)} – Autobahn A9, Tel. {r.phone('DE')}\n"
        "Prüfung TÜV/DEKRA: 18.06., Fahrzeug VW Golf 8 Schaltwagen"
    )


@tpl("personal_parking_school", "auto_ecole_planning", "fr", 2)
def t_auto_ecole(r: Row) -> str:
    a, b = r.people("fr", 2, learner=True)
    mon = r.person("fr")
    return (
        "Rédige un SMS de rappel pour chaque élève à partir de ce planning :\n\n"
        "Auto-école — planning du samedi\n"
        f"8h00 : {pn(a)} (conduite accompagnée, RDV préalable), {r.phone('FR')}\n"
        f"10h00 : {pn(b)} (créneau examen blanc), {r.phone('FR')}\n"
        f"Moniteur : {P(mon.first)} — véhicule Peugeot 208 double commande"
    )


@tpl("personal_parking_school", "recurso_multa", "es", 2)
def t_recurso_multa(r: Row) -> str:
    p = r.person("es", need="dni", home=True)
    a = r.addr("ES")
    return (
        "Redacta un recurso de reposición contra esta multa de la ORA con estos datos, tono formal:\n\n"
        f"- Titular: {pn(p)}, DNI {NID(p.ids['dni'])}\n"
        f"- Domicilio a efectos de notificaciones: {a.oneline}\n"
        f"- Teléfono: {r.phone('ES', land=True)}\n"
        "- Expediente 2025/ORA/08817, denuncia por exceder el tiempo de estacionamiento\n"
        "- Había pagado con la app ElParking y tengo el justificante"
    )


@tpl("personal_parking_school", "autoskola_prihlaska", "cs", 2)
def t_autoskola(r: Row) -> str:
    p = r.person("cs", need="rc", home=True)
    a = r.addr("CZ")
    ins = r.person("cs", sex="m")
    return (
        "Zkontroluj, jestli je tato přihláška do autoškoly úplná, a napiš mi, co chybí:\n\n"
        "PŘIHLÁŠKA K VÝUCE A VÝCVIKU – skupina B\n"
        f"Jméno a příjmení: {pn(p)}\n"
        f"Rodné číslo: {NID(p.ids['rc'])}\n"
        f"Bydliště: {a.oneline}\n"
        f"Telefon: {r.phone('CZ', land=True)}\n"
        "Posudek o zdravotní způsobilosti: chybí\n"
        f"Učitel: {pn(ins)}"
    )


@tpl("personal_parking_school", "contestatie_amenda", "ro", 2)
def t_contestatie(r: Row) -> str:
    p = r.person("ro", need="cnp", home=True)
    a = r.addr("RO")
    return (
        "Scrie-mi o plângere contravențională scurtă pe baza datelor de mai jos:\n\n"
        f"Petent: {pn(p)}, CNP {NID(p.ids['cnp'])}\n"
        f"Domiciliu: {a.oneline}\n"
        f"Telefon: {r.phone('RO')}\n"
        "Proces-verbal seria PPV nr. 4418207, amendă 580 lei, parcare pe trotuar\n"
        "Motiv: autoturismul Dacia Logan era oprit pentru descărcarea unui scaun cu rotile"
    )


@tpl("personal_parking_school", "parkolasi_birsag", "hu", 2)
def t_parkolasi(r: Row) -> str:
    p = r.person("hu", home=True)
    a = r.addr("HU")
    return (
        "Fogalmazz meg egy rövid, udvarias méltányossági kérelmet ehhez a parkolási pótdíjhoz:\n\n"
        f"Név: {pn(p)}\n"
        f"Lakcím: {a.oneline}\n"
        f"Telefon: {r.phone('HU', land=True)}\n"
        "Rendszám: AEZ-418, Suzuki Vitara\n"
        "Pótdíj: 11 100 Ft, a parkolóóra nem működött, a Simple appban fizettem"
    )


@tpl("personal_parking_school", "tilang_parkir", "id", 2, "lower")
def t_tilang(r: Row) -> str:
    p = r.person("id", need="nik", home=True)
    a = r.addr("ID")
    return (
        "Tolong rapikan pesan ini jadi surat keberatan resmi ke Dinas Perhubungan:\n\n"
        f"saya {pn(p)}, NIK {NID(p.ids['nik'])}, alamat {a.oneline}, HP {r.phone('ID')}. "
        "mobil saya Toyota Avanza diderek waktu parkir di depan ruko, padahal tidak ada rambu dilarang parkir. "
        "saya minta biaya derek Rp 500.000 dikembalikan"
    )


@tpl("personal_parking_school", "driving_school_taglish", "tl", 2, "lower")
def t_driving_school_tl(r: Row) -> str:
    p = r.person("tl")
    ins = r.person("tl")
    return (
        "Pa-rewrite naman nito para maayos i-send sa student namin:\n\n"
        f"hi {P(p.first)}! si {P(ins.first)} to from the driving school. ung PDC mo is sa Saturday 8am, "
        "bring ka ng valid ID at ung student permit mo galing LTO. yung Vios manual ang gagamitin natin. "
        f"pag may problem text mo lang ako sa {r.phone('PH')}, salamat!"
    )


# ============================================================================================
# build and check
# ============================================================================================
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sv": "Swedish", "no": "Norwegian", "da": "Danish",
    "fi": "Finnish", "tr": "Turkish", "ro": "Romanian", "hu": "Hungarian", "ru": "Russian", "uk": "Ukrainian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish",
}


def build() -> tuple[list[dict], dict]:
    b = Builder()
    rows: list[dict] = []
    meta: dict = {"lang": {}, "case": {}}
    for cls, name, lang, n, case, fn in TEMPLATES:
        b.in_template = set()
        for k in range(n):
            r = Row(b, k)
            marked = fn(r)
            c = case[k] if isinstance(case, tuple) else case
            text, spans = unmark(marked, c)
            rid = f"{SET}-{cls}-{name}-{k}"
            rows.append({"id": rid, "text": text, "spans": spans, "source": SOURCE, "class": cls,
                         "template": name, "locale": ""})
            meta["lang"][rid] = lang
            meta["case"][rid] = c or "mixed"
    return rows, meta


def serialise(rows: list[dict]) -> str:
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in rows)


# ============================================================================================
# clean_makes: makes and models named after people, places and words (PII-free)
# ============================================================================================
@tpl("clean_makes", "make_origins", "en", 3)
def t_make_origins(r: Row) -> str:
    return [
        ("Is the Lincoln car brand really named after Abraham Lincoln? I read that Henry Leland founded it in 1917 "
        "and named it after the president he first voted for. Give me two lines I can use on a showroom tour."),
        ("A customer asked why Mercedes-Benz is called Mercedes. Was Mercedes Jellinek really Emil Jellinek's "
        "daughter, and where does the Benz part come from? Keep it short for the showroom tablet."),
        ("Quiz night at the dealership: which of these brands are named after real people – Ferrari, Porsche, "
        "Ford, Tesla, Dodge, Honda, Kia, Chevrolet, Lada, Škoda, Citroën, Lamborghini? One line each."),
    ][r.k]


@tpl("clean_makes", "model_names_table", "en", 3)
def t_model_names_table(r: Row) -> str:
    sets = [
        ["Kia | Sorento", "Hyundai | Tucson", "Volkswagen | Touareg", "SEAT | León", "Renault | Zoe",
         "Ford | Mustang", "Lamborghini | Urus", "Dacia | Duster"],
        ["Porsche | Cayenne", "Fiat | Panda", "Opel | Adam", "Volkswagen | Phaeton", "Hyundai | Santa Fe",
         "Nissan | Micra", "Škoda | Karoq", "Renault | Espace"],
        ["Ferrari | Enzo", "Bugatti | Chiron", "Bugatti | Veyron", "Citroën | Xsara Picasso", "Ferrari | Dino",
         "Aston Martin | DB12", "McLaren | Senna", "Mercedes-Maybach | S 680"],
    ][r.k]
    body = "\n".join(f"| {x} | |" for x in sets)
    ask = [
        ("Add the origin of each model name in the last column (place, word or person). Our sales team keeps "
        "getting asked."),
        "Fill in the last column: is the model named after a place, an animal, a word or a person?",
        ("These are all named after people. Fill in who, with one line on each person, for a display in the "
        "showroom."),
    ][r.k]
    return f"{ask}\n\n| Make | Model | Named after |\n|---|---|---|\n{body}"


@tpl("clean_makes", "makes_chat", "en", 3, "lower")
def t_makes_chat(r: Row) -> str:
    return [
        "is chevy named after a person or is it just a word? and what about dodge, was that a family",
        "why is it called a ford mustang, is it the horse or the p-51 plane? customer swears its the plane",
        ("which car brands are named after their founders? i know ferrari porsche and ford but is peugeot a "
        "person? and honda? and what about john deere lol not a car i know"),
    ][r.k]


@tpl("clean_makes", "markennamen", "de", 2, ("", "lower"))
def t_markennamen(r: Row) -> str:
    return [
        ("Woher kommt eigentlich der Name Opel? Adam Opel hat doch ursprünglich Nähmaschinen und Fahrräder "
        "gebaut, oder? Zwei Sätze für unsere Kundenzeitschrift."),
        ("kurze frage: warum heißt maybach maybach? wilhelm maybach und karl maybach, wer war wer? und was hat "
        "gottlieb daimler damit zu tun"),
    ][r.k]


@tpl("clean_makes", "noms_de_marques", "fr", 2)
def t_noms_de_marques(r: Row) -> str:
    return [
        ("André Citroën, Louis Renault, Armand Peugeot : fais-moi un petit tableau avec l'année de création de "
        "chaque marque et une anecdote sur le fondateur, pour l'affichage de la concession."),
        ("Ettore Bugatti était italien, mais Bugatti est installé à Molsheim, en Alsace. Explique pourquoi en "
        "deux phrases pour un client curieux."),
    ][r.k]


@tpl("clean_makes", "nombres_seat", "es", 2, "lower")
def t_nombres_seat(r: Row) -> str:
    return [
        ("por qué casi todos los modelos de SEAT llevan nombres de ciudades españolas (Ibiza, León, Toledo, "
        "Arona, Ateca, Tarraco)? explícalo para un post de instagram del concesionario"),
        ("quién era Ferruccio Lamborghini y es verdad que fabricaba tractores antes que coches? y lo de la pelea "
        "con Enzo Ferrari es leyenda o pasó de verdad?"),
    ][r.k]


@tpl("clean_makes", "shamei_yurai", "ja", 2)
def t_shamei_yurai(r: Row) -> str:
    return [
        ("トヨタ、ホンダ、スズキ、マツダについて、創業者（豊田佐吉・豊田喜一郎、本田宗一郎、鈴木道雄、松田重次郎）"
        "と社名の関係を表にまとめてください。展示会のパネルに使います。"),
        "「スバル」という名前はなぜ星の名前なの？ 販売店の店頭POP用に50字くらいで説明してください。",
    ][r.k]


@tpl("clean_makes", "hyundai_kia", "ko", 2)
def t_hyundai_kia(r: Row) -> str:
    return [
        "정주영 회장이 현대자동차를 세운 이야기를 전시장 안내문용으로 세 문장으로 써 줘. 포니 이야기도 넣어서.",
        "기아 쏘렌토, 스포티지, 카니발 이름은 각각 무슨 뜻이야? 고객이 물어봐서 짧게 알려 줘.",
    ][r.k]


@tpl("clean_makes", "pinpai_gushi", "zh", 2)
def t_pinpai_gushi(r: Row) -> str:
    return [
        "比亚迪的王传福和吉利的李书福，各自是怎么开始造车的？写一段给展厅讲解员用的介绍，两百字以内。",
        "为什么特斯拉用尼古拉·特斯拉的名字？马斯克是创始人吗？马丁·艾伯哈德又是谁？简短回答。",
    ][r.k]


@tpl("clean_makes", "showroom_banner", "en", 2, "upper")
def t_showroom_banner(r: Row) -> str:
    return [
        ("Proofread this showroom banner before it goes to print: The new Ford Mustang Mach-E – 60 years of "
        "Mustang, now electric. Test drive it this weekend alongside the Puma Gen-E and the Explorer."),
        ("Check the wording on our window sticker: Tesla Model Y, Kia EV9, Polestar 4 and BMW iX1 – all on "
        "display. Ask about salary sacrifice with Octopus EV."),
    ][r.k]


@tpl("clean_makes", "model_catalogue", "en", 3)
def t_model_catalogue(r: Row) -> str:
    items = [
        [("Opel", "Adam"), ("Kia", "Sorento"), ("Ferrari", "Enzo"), ("Hyundai", "Kona")],
        [("Bugatti", "Chiron"), ("Citroën", "C4 Picasso"), ("Renault", "Clio"), ("Lamborghini", "Murciélago")],
        [("McLaren", "Senna"), ("Mercedes-Benz", "Vito"), ("Aston Martin", "DB5"), ("Volkswagen", "Golf")],
    ][r.k]
    body = ",\n".join(f'  {{"make": "{a}", "model": "{b}", "named_after": null}}' for a, b in items)
    return (
        "Fill in \"named_after\" in this catalogue JSON where the model name comes from a real person "
        "(full name), and leave null otherwise:\n\n[\n" + body + "\n]"
    )


@tpl("clean_makes", "quiz_transcript", "en", 3)
def t_quiz_transcript(r: Row) -> str:
    qa = [
        ("Which company did Ferdinand Porsche design the Beetle for?", "Volkswagen", "Mercedes"),
        ("Louis Chevrolet was a racing driver from which country?", "France", "Switzerland"),
        ("Which brand did the brothers John and Horace found before Chrysler bought it in 1928?", "Ford", "Dodge"),
    ][r.k]
    return (
        "Mark this round from our dealership quiz night, which team got it right?\n\n"
        f"QUIZMASTER: Question 4. {qa[0]}\n"
        f"TEAM A: {qa[1]}\n"
        f"TEAM B: {qa[2]}\n"
        "QUIZMASTER: Answers are locked in."
    )


# ============================================================================================
# clean_motorsport: racing drivers, teams, races and motorsport history (PII-free)
# ============================================================================================
@tpl("clean_motorsport", "champions_csv", "en", 3)
def t_champions_csv(r: Row) -> str:
    rows = [
        ["Juan Manuel Fangio,Argentina,5,1951,Alfa Romeo", "Jack Brabham,Australia,3,1959,Cooper",
         "Jackie Stewart,United Kingdom,3,1969,Matra", "Niki Lauda,Austria,3,1975,Ferrari"],
        ["Ayrton Senna,Brazil,3,1988,McLaren", "Alain Prost,France,4,1985,McLaren",
         "Nelson Piquet,Brazil,3,1981,Brabham", "Mika Häkkinen,Finland,2,1998,McLaren"],
        ["Michael Schumacher,Germany,7,1994,Benetton", "Lewis Hamilton,United Kingdom,7,2008,McLaren",
         "Sebastian Vettel,Germany,4,2010,Red Bull", "Max Verstappen,Netherlands,4,2021,Red Bull"],
    ][r.k]
    return (
        "Sort this by number of titles and add a column with each driver's total Grand Prix wins:\n\n"
        "driver,nationality,titles,first_title,team_first_title\n" + "\n".join(rows)
    )


@tpl("clean_motorsport", "race_history", "en", 3)
def t_race_history(r: Row) -> str:
    return [
        ("What actually happened between Senna and Prost at Suzuka in 1989 and 1990? Short version for our "
        "car-club newsletter, neutral tone."),
        ("How did Niki Lauda get back in the car only six weeks after his crash at the Nürburgring in 1976? "
        "And what did James Hunt do that season?"),
        ("Who was Bruce McLaren and how did the McLaren team start? We've just taken on a McLaren franchise and "
        "want a paragraph for the launch evening."),
    ][r.k]


@tpl("clean_motorsport", "racing_chat", "en", 3, "lower")
def t_racing_chat(r: Row) -> str:
    return [
        "who won more le mans, tom kristensen or jacky ickx? settle an argument in the workshop",
        "was james hunt really as wild as the rush film makes out or is that hollywood",
        ("why does everyone call valentino rossi the doctor? a customer came in with a vr46 sticker on his "
        "helmet"),
    ][r.k]


@tpl("clean_motorsport", "ralli_legendat", "fi", 2)
def t_ralli(r: Row) -> str:
    return [
        ("Kirjoita lyhyt esittely suomalaisista rallin maailmanmestareista: Ari Vatanen, Juha Kankkunen, "
        "Tommi Mäkinen, Marcus Grönholm ja Kalle Rovanperä. Autoliikkeen asiakaslehteen."),
        "Miksi Hannu Mikkolaa ja Timo Mäkistä kutsuttiin lentäviksi suomalaisiksi? Vastaa kahdella lauseella.",
    ][r.k]


@tpl("clean_motorsport", "rennsport", "de", 2)
def t_rennsport(r: Row) -> str:
    return [
        ("Wer war Bernd Rosemeyer und was verbindet ihn mit Auto Union und der Fliegerin Elly Beinhorn? "
        "Kurzer Text fürs Autohaus-Magazin."),
        ("Keke Rosberg, Nico Rosberg, Sebastian Vettel, Michael Schumacher: mach eine Tabelle mit "
        "Weltmeistertiteln und Jahren."),
    ][r.k]


@tpl("clean_motorsport", "pilotos_brasil", "pt", 2, "lower")
def t_pilotos_brasil(r: Row) -> str:
    return [
        ("faz um post curto pro instagram da concessionária lembrando o tri do Ayrton Senna, citando também "
        "o Emerson Fittipaldi e o Nelson Piquet"),
        ("quem foi o primeiro brasileiro campeão da fórmula 1 e em que ano? e o Rubens Barrichello chegou a "
        "ser vice quantas vezes?"),
    ][r.k]


@tpl("clean_motorsport", "corse_storia", "it", 2)
def t_corse_storia(r: Row) -> str:
    return [
        "Scrivimi due righe su Tazio Nuvolari e la Mille Miglia per la vetrina della concessionaria.",
        ("Alberto Ascari ed Enzo Ferrari: perché il 1952 è stato un anno così importante per la Scuderia? "
        "Rispondi in cinque righe."),
    ][r.k]


@tpl("clean_motorsport", "podcast_transcript", "en", 3)
def t_podcast_transcript(r: Row) -> str:
    return [
        ("Tidy up this transcript from our dealership podcast and fix any names or facts that are wrong:\n\n"
        "HOST: Today it's Stirling Moss and the 1955 Mille Miglia.\n"
        "GUEST: Moss and Denis Jenkinson in the Mercedes 300 SLR, car number 722.\n"
        "HOST: And Fangio was in the same team that year?\n"
        "GUEST: Yes, Juan Manuel Fangio came second, on his own, no navigator."),
        ("Tidy up this transcript from our dealership podcast:\n\n"
        "HOST: Let's talk Jim Clark.\n"
        "GUEST: Two world titles with Lotus, 1963 and 1965, and he won Indianapolis in '65 as well.\n"
        "HOST: And Colin Chapman built the cars.\n"
        "GUEST: The Lotus 25 was the first proper monocoque in Formula One."),
        ("Tidy up this transcript and add a short intro paragraph:\n\n"
        "HOST: Carroll Shelby, the Ford GT40 and Le Mans 1966.\n"
        "GUEST: Ken Miles should have won. Ford staged the photo finish and Bruce McLaren and Chris Amon "
        "got the win.\n"
        "HOST: And Enzo Ferrari had turned down Henry Ford II's offer a few years before."),
    ][r.k]


@tpl("clean_motorsport", "pilotos_espana", "es", 2)
def t_pilotos_espana(r: Row) -> str:
    return [
        "Hazme un resumen de la carrera de Fernando Alonso: títulos, equipos y su paso por Le Mans con Toyota.",
        ("¿Carlos Sainz padre cuántas veces ha ganado el Dakar? ¿Y su hijo en qué equipo corre ahora? Respuesta "
        "corta para el boletín del club."),
    ][r.k]


@tpl("clean_motorsport", "dakar_arab", "ar", 2)
def t_dakar_arab(r: Row) -> str:
    return [
        "اكتب فقرة قصيرة عن ناصر العطية وإنجازاته في رالي داكار لنشرها في صفحة المعرض على إنستغرام.",
        "من هو يزيد الراجحي؟ وما علاقته بسباقات الرالي في السعودية؟ أجب في ثلاث جمل.",
    ][r.k]


@tpl("clean_motorsport", "records_table", "en", 2)
def t_records_table(r: Row) -> str:
    if r.k == 0:
        return ("Check these numbers before they go on the wall of our American car night:\n\n"
                "| Driver | Series | Titles |\n|---|---|---|\n| Richard Petty | NASCAR Cup | 7 |\n"
                "| Dale Earnhardt | NASCAR Cup | 7 |\n| Jimmie Johnson | NASCAR Cup | 7 |\n"
                "| Jeff Gordon | NASCAR Cup | 4 |")
    return ("Check these numbers before they go on the wall of our American car night:\n\n"
            "| Driver | Indianapolis 500 wins |\n|---|---|\n| A. J. Foyt | 4 |\n| Al Unser | 4 |\n"
            "| Rick Mears | 4 |\n| Hélio Castroneves | 4 |\n| Mario Andretti | 1 |")


@tpl("clean_motorsport", "balap_indonesia", "id", 2, "lower")
def t_balap_indonesia(r: Row) -> str:
    return [
        ("buatkan caption instagram untuk dealer motor kami tentang Marc Márquez dan Valentino Rossi di sirkuit "
        "Mandalika"),
        "siapa Rio Haryanto? apakah dia pembalap indonesia pertama di formula 1? jawab singkat",
    ][r.k]


@tpl("clean_motorsport", "race_control_log", "en", 2)
def t_race_control_log(r: Row) -> str:
    if r.k == 0:
        return ("Explain in plain English what race control did here, for a motorsport evening at the showroom:\n\n"
                "LAP 53 14:58:02 INCIDENT car 6 (Nicholas Latifi) stopped turn 14\n"
                "LAP 53 14:58:20 SAFETY CAR DEPLOYED\n"
                "LAP 57 15:06:47 LAPPED CARS 4, 14, 31, 16, 5 MAY NOW OVERTAKE THE SAFETY CAR\n"
                "LAP 58 15:07:31 CHEQUERED FLAG car 33 (Max Verstappen), car 44 (Lewis Hamilton) P2\n"
                "Race director: Michael Masi")
    return ("Summarise this race control log for our club newsletter:\n\n"
            "LAP 1 14:03:55 INCIDENT car 44 (Lewis Hamilton) and car 33 (Max Verstappen) turn 9 Copse\n"
            "LAP 1 14:04:10 RED FLAG\n"
            "LAP 3 14:51:02 FIA STEWARDS: 10 SECOND TIME PENALTY car 44 – causing a collision\n"
            "LAP 52 16:22:40 CHEQUERED FLAG car 44 (Lewis Hamilton)")


@tpl("clean_motorsport", "team_radio", "en", 2)
def t_team_radio(r: Row) -> str:
    return [
        ("Explain the context of these famous team radio messages for a motorsport evening at the showroom:\n\n"
        "[Abu Dhabi 2012] Kimi Räikkönen: Just leave me alone, I know what I'm doing.\n"
        "[Japan 2015] Fernando Alonso: GP2 engine, GP2! Argh."),
        ("Explain the context of these radio messages in two lines each:\n\n"
        "[Malaysia 2013, cool-down room] Mark Webber: Multi 21, Seb. Yeah, Multi 21.\n"
        "[Germany 2010] Rob Smedley: Fernando is faster than you. Can you confirm you understood that message?"),
    ][r.k]


# ============================================================================================
# clean_engineering: engineers, eponymous parts and cycles, workshop notes without a customer
# ============================================================================================
@tpl("clean_engineering", "eponym_parts", "en", 4)
def t_eponym_parts(r: Row) -> str:
    return [
        ("A customer asked what a McPherson strut is and who McPherson was. Explain in three sentences, no "
        "jargon."),
        ("Explain Ackermann steering geometry for a first-year apprentice, and why the inside wheel turns more "
        "than the outside one."),
        ("What's the difference between a Wankel rotary and a normal piston engine? Why did Mazda stick with it "
        "in the RX-7 and RX-8 when nobody else did?"),
        ("Rudolf Diesel vs Nikolaus Otto: explain the two cycles for a Level 2 light vehicle class, with one "
        "diagram idea each. Mention Atkinson and Miller as extension reading."),
    ][r.k]


@tpl("clean_engineering", "eponym_table", "en", 3)
def t_eponym_table(r: Row) -> str:
    rows = [
        ["Panhard rod | René Panhard", "Watt's linkage | James Watt", "de Dion tube | Jules-Albert de Dion",
         "Cardan shaft | Gerolamo Cardano", "Hotchkiss drive | Benjamin Hotchkiss"],
        ["Schrader valve | August Schrader", "Bowden cable | Ernest Monnington Bowden",
         "Rzeppa joint | Alfred H. Rzeppa", "Hooke's joint | Robert Hooke", "Pitman arm | Isaac Pitman"],
        ["Atkinson cycle | James Atkinson", "Miller cycle | Ralph Miller", "Weber carburettor | Edoardo Weber",
         "Bosch injection | Robert Bosch", "Dunlop tyre | John Boyd Dunlop"],
    ][r.k]
    body = "\n".join(f"| {x} | |" for x in rows)
    return ("For our apprentice workbook: is each 'named after' correct? Fix any that are wrong and fill in "
            "what the part does.\n\n| Part | Named after | What it does |\n|---|---|---|\n" + body)


@tpl("clean_engineering", "tech_notes", "en", 3)
def t_tech_notes(r: Row) -> str:
    return [
        ("Turn these tech notes into customer-friendly wording for the invoice:\n\n"
        "- Bosch lambda sensor bank 1 replaced, P0130 cleared\n"
        "- Schrader TPMS valve O/S/F leaking at the core, replaced\n"
        "- MacPherson strut top mounts checked, OK\n"
        "- Brake fluid ATE Super DOT 4, boiling point tested at 181°C"),
        ("Turn these tech notes into customer-friendly wording:\n\n"
        "- Rzeppa CV joint N/S/F clicking on full lock, boot split\n"
        "- Haldex oil and filter due at 60k\n"
        "- Panhard rod bush worn, knock over speed bumps\n"
        "- Continental EcoContact tyres at 3 mm, advise"),
        ("Turn these notes into a short explanation for the service adviser:\n\n"
        "- Timing chain stretched on the VW EA888, cam/crank correlation fault P0016\n"
        "- Valeo clutch kit + LuK dual-mass flywheel recommended\n"
        "- Lucas wiper motor intermittent\n"
        "- Bowden cable for the bonnet release frayed"),
    ][r.k]


@tpl("clean_engineering", "technik_azubi", "de", 2)
def t_technik_azubi(r: Row) -> str:
    return [
        ("Erklär den Unterschied zwischen Wankelmotor und Hubkolbenmotor für Azubis im ersten Lehrjahr. "
        "Felix Wankel und den NSU Ro 80 bitte kurz erwähnen."),
        ("Bertha Benz' Fernfahrt 1888 von Mannheim nach Pforzheim: schreib einen kurzen Text für die "
        "Website unserer Werkstatt, mit dem Hinweis auf die Bertha Benz Memorial Route."),
    ][r.k]


@tpl("clean_engineering", "techniek_uitleg", "nl", 2)
def t_techniek_uitleg(r: Row) -> str:
    return [
        "Hoe werkte de Variomatic van DAF en wat had Hub van Doorne ermee te maken? Kort voor onze nieuwsbrief.",
        ("Wat is het verschil tussen een McPherson-veerpoot en een dubbele draagarm? Uitleg voor een klant die "
        "twijfelt over de reparatie."),
    ][r.k]


@tpl("clean_engineering", "engineering_chat", "en", 3, "lower")
def t_engineering_chat(r: Row) -> str:
    return [
        "whats a panhard rod and why does my landie have one but the disco doesnt",
        "is a haldex the same as quattro? customer is choosing between an audi a3 and an a4",
        "how does a torsen diff actually work, explain like im 12. and is it named after someone",
    ][r.k]


@tpl("clean_engineering", "sakerhet", "sv", 2)
def t_sakerhet(r: Row) -> str:
    return [
        ("Nils Bohlin uppfann trepunktsbältet på Volvo 1959. Skriv tre meningar om det till vår skylt i "
        "utställningshallen."),
        ("Vad är skillnaden mellan en Haldex-koppling och permanent fyrhjulsdrift? Kort svar till en kund som "
        "ska välja mellan Volvo XC40 och Subaru Forester."),
    ][r.k]


@tpl("clean_engineering", "diesel_engine", "hi", 2)
def t_diesel_engine(r: Row) -> str:
    return [
        ("रुडोल्फ डीज़ल कौन थे और डीज़ल इंजन पेट्रोल इंजन से कैसे अलग है? आईटीआई के मैकेनिक छात्रों के लिए "
        "आसान भाषा में समझाइए।"),
        "रतन टाटा ने टाटा नैनो क्यों बनाई थी? शोरूम के नोटिस बोर्ड के लिए तीन वाक्य लिखिए।",
    ][r.k]


@tpl("clean_engineering", "laurin_klement", "cs", 2)
def t_laurin_klement(r: Row) -> str:
    return [
        ("Kdo byli Václav Laurin a Václav Klement a jak z jejich firmy vznikla Škoda Auto? Stručně pro web "
        "autosalonu."),
        "Hans Ledwinka a Tatra 87: napiš dva odstavce o aerodynamice pro firemní newsletter.",
    ][r.k]


@tpl("clean_engineering", "diag_log", "en", 3)
def t_diag_log(r: Row) -> str:
    return [
        ("Explain this freeze-frame data to a customer in plain English:\n\n"
        "DTC P0171 System Too Lean (Bank 1)\n"
        "ECT 88°C  RPM 742  LOAD 21.6%  STFT +12.5%  LTFT +18.8%  MAF 2.41 g/s\n"
        "ECU: Bosch ME7.5  Vehicle: Audi A4 B6 1.8T"),
        ("What does this VCDS scan mean and what should we check first?\n\n"
        "Address 01: Engine (J623-CDAB)\n"
        "1 Fault Found:\n"
        "17965 - Charge Pressure Control: Positive Deviation\n"
        "  P1557 - 000 - Static; Turbo: Garrett, wastegate actuator"),
        ("Explain this ABS fault for the service adviser:\n\n"
        "Autel MaxiSys – ABS (Continental Teves MK60)\n"
        "C1145 Right Front Wheel Speed Sensor Input Circuit Failure – current\n"
        "Freeze frame: speed 38 km/h, voltage 12.4 V"),
    ][r.k]


@tpl("clean_engineering", "mixanikos", "el", 2)
def t_mixanikos(r: Row) -> str:
    return [
        "Εξήγησε με απλά λόγια τι είναι ο κινητήρας Wankel και γιατί η Mazda τον χρησιμοποίησε στο RX-8.",
        ("Ποιος ήταν ο Αλέκος Ισηγόνης και τι σχέση έχει με το Mini; Γράψε μια σύντομη παράγραφο για την "
        "έκθεση του συλλόγου."),
    ][r.k]


# ============================================================================================
# clean_trade: dealer groups, parts and tyre brands, rental and roadside brands, software
# ============================================================================================
@tpl("clean_trade", "workshop_software", "en", 3)
def t_workshop_software(r: Row) -> str:
    return [
        ("We're a 6-bay independent. Compare Garage Hive, MAM Autowork and TechMan for us: price, MOT "
        "integration with the DVSA, and parts ordering with Euro Car Parts and GSF."),
        ("Tekmetric vs Shopmonkey vs Mitchell 1 Manager SE for a US shop with 4 techs. Which one integrates "
        "best with ALLDATA and PartsTech?"),
        ("Our body shop is moving from Audatex to CCC ONE. What do we lose, and can CCC ONE exchange estimates "
        "with Mitchell Cloud Estimating?"),
    ][r.k]


@tpl("clean_trade", "supplier_csv", "en", 3)
def t_supplier_csv(r: Row) -> str:
    lines = [
        ["Euro Car Parts,trade counter,ECP-448213,35%", "GSF Car Parts,van,GSF-22017,32%",
         "Euro Car Parts,online,ECP-448231,35%", "Bosch Car Service,programme,BCS-0917,n/a",
         "Halfords Autocentres,referral,HAC-3390,10%"],
        ["Brembo,distributor,BR-1182,28%", "Ferodo,distributor,FE-7745,30%", "Mintex,distributor,MX-0233,30%",
         "Textar,distributor,TX-5510,26%", "Pagid,distributor,PG-9038,27%", "TRW,distributor,TRW-6627,29%"],
        ["Michelin,Tyre wholesaler,MIC-0418,18%", "Goodyear,Tyre wholesaler,GY-2290,17%",
         "Pirelli,Tyre wholesaler,PI-5173,16%", "Continental,Tyre wholesaler,CO-3308,18%",
         "Bridgestone,Tyre wholesaler,BS-7751,15%", "Dunlop,Tyre wholesaler,DU-1124,17%"],
    ][r.k]
    ask = [("Merge the duplicates in this supplier list (Euro Car Parts is in twice with different account "
           "numbers) and sort by discount:"),
           ("Which of these brake brands give us the best margin? Sort by discount and group by parent company "
           "if you know it:"),
           "Sort these tyre brands by discount and tell me which ones share a parent company:"][r.k]
    return f"{ask}\n\nsupplier,channel,account,discount\n" + "\n".join(lines)


@tpl("clean_trade", "dealer_groups", "en", 2)
def t_dealer_groups(r: Row) -> str:
    if r.k == 0:
        return ("Add a column with the latest annual revenue you know of and check the founders:\n\n"
                "| Group | Founder | HQ |\n|---|---|---|\n| Arnold Clark | Sir Arnold Clark | Glasgow |\n"
                "| Sytner | Frank Sytner | Leicester |\n| Marshall Motor Group | David Gregory Marshall | Cambridge |\n"
                "| Vertu Motors | Robert Forrester | Gateshead |")
    return ("Add a column with the number of rooftops and check the founders:\n\n"
            "| Group | Founder | HQ |\n|---|---|---|\n| AutoNation | H. Wayne Huizenga | Fort Lauderdale |\n"
            "| Penske Automotive | Roger Penske | Bloomfield Hills |\n| Hendrick Automotive | Rick Hendrick | "
            "Charlotte |\n| Lithia Motors | Walt DeBoer | Medford |")


@tpl("clean_trade", "trade_chat", "en", 3, "lower")
def t_trade_chat(r: Row) -> str:
    return [
        "does arnold clark do trade-in valuations online or do i have to go into a branch",
        "is autodata or haynespro better for wiring diagrams on a 2019 ford transit custom",
        "whats cheaper for a cambelt kit, gates or dayco, and does euro car parts stock both or just gates",
    ][r.k]


@tpl("clean_trade", "autohandel", "de", 2)
def t_autohandel(r: Row) -> str:
    return [
        ("Emil Frey, AVAG, Hahn Gruppe, Feser-Graf: welche sind die größten Autohandelsgruppen in Deutschland? "
        "Kurze Tabelle bitte, mit Marken und Sitz."),
        ("Vergleiche Werbas und Loco-Soft als Werkstattsoftware für einen freien Betrieb mit vier Hebebühnen. "
        "DATEV-Schnittstelle und TecDoc-Katalog sind uns wichtig."),
    ][r.k]


@tpl("clean_trade", "rental_roadside_brands", "en", 3)
def t_rental_roadside_brands(r: Row) -> str:
    return [
        "Who were John Hertz and Warren Avis? Two lines each for the history page of our rental franchise.",
        ("Enterprise was named after the USS Enterprise and founded by Jack Taylor, right? And are Alamo and "
        "National part of the same group now?"),
        ("Compare the AA, RAC and Green Flag for a fleet of 12 vans: roadside, recovery, European cover and "
        "whether they'll do a fleet account."),
    ][r.k]


@tpl("clean_trade", "oil_change_ja", "ja", 2)
def t_oil_change_ja(r: Row) -> str:
    return [
        "オートバックスとイエローハットのオイル交換サービスを比較して、お客様向けに分かりやすくまとめてください。",
        "ガリバーとネクステージの中古車買取の違いは？ 査定の流れを簡単に説明してください。",
    ][r.k]


@tpl("clean_trade", "bayi_markalar", "tr", 2)
def t_bayi_markalar(r: Row) -> str:
    return [
        ("Tofaş'ın Murat 131 ve Şahin modellerinin hikâyesini kısaca anlatır mısın? Bayimizin sosyal medya "
        "hesabı için."),
        "Borusan Otomotiv ve Doğuş Otomotiv hangi markaların distribütörü? Kısa bir tablo yap.",
    ][r.k]


@tpl("clean_trade", "window_poster", "en", 2, "upper")
def t_window_poster(r: Row) -> str:
    return [
        ("Proofread our window poster: Free Michelin tyre check at Halfords Autocentres – this Saturday only. "
        "Bosch wiper blades 3 for 2."),
        ("Check this text for the flyer: RAC approved garage. MOT from £35. Castrol Edge oil service £129. "
        "Book via WhoCanFixMyCar or call in."),
    ][r.k]


@tpl("clean_trade", "vinfast_dailer", "vi", 2, "lower")
def t_vinfast(r: Row) -> str:
    return [
        "viết một đoạn giới thiệu ngắn về VinFast và ông Phạm Nhật Vượng cho fanpage đại lý",
        "so sánh VinFast VF 8 với Hyundai Santa Fe cho khách hàng gia đình, viết ngắn gọn",
    ][r.k]


@tpl("clean_trade", "dacia_service", "ro", 2)
def t_dacia_service(r: Row) -> str:
    return [
        "Scrie un text scurt despre istoria Dacia Logan și legătura cu Renault, pentru site-ul dealerului.",
        "Care e diferența dintre RAR și ITP? Explică pe scurt pentru clienții service-ului nostru.",
    ][r.k]


@tpl("clean_trade", "parking_apps", "en", 2)
def t_parking_apps(r: Row) -> str:
    return [
        ("JustPark, RingGo or PayByPhone: which do most UK councils use, and what does each charge the driver "
        "per session?"),
        ("Our staff car park is run by NCP. Explain the difference between a council PCN and a private parking "
        "charge from NCP or ParkingEye, for the staff handbook."),
        ("ParkMobile vs SpotHero for a downtown garage operator in the US: who takes the bigger cut and which "
        "one has better enterprise reporting?"),
    ][r.k]


# ============================================================================================
# clean_forms: blank forms, sample customers, merge fields and placeholders
# ============================================================================================
@tpl("clean_forms", "blank_forms", "en", 3)
def t_blank_forms(r: Row) -> str:
    return [
        ("Turn this blank booking form into a Google Form with sensible field types and validation:\n\n"
        "Name: ____________________\nMobile: ____________________\nEmail: ____________________\n"
        "Reg: __________   Mileage: __________\nService required: [ ] MOT  [ ] Service  [ ] Repair\n"
        "Preferred date: __/__/____\nCollection address (if needed): ______________________"),
        ("Make this blank check-in sheet fit on one A5 page:\n\n"
        "VEHICLE CONDITION REPORT – OUT / IN\nRA no.: ________   Renter: ____________________   Tel: __________\n"
        "Fuel: _/8   Mileage: ________\nDamage (mark on diagram): [ ] scratch  [ ] dent  [ ] chip  [ ] other\n"
        "Checked by: ____________   Customer signature: ____________"),
        ("Our finance proposal checklist confuses new sales execs. Reword the hints:\n\n"
        "Forename(s): as on driving licence\nSurname: ____\nDate of birth: DD/MM/YYYY\n"
        "NI number: format AB 12 34 56 C\nTime at address: years/months (3 years history needed)\n"
        "Bank: sort code 00-00-00, account 8 digits"),
    ][r.k]


@tpl("clean_forms", "sample_agreement", "en", 3)
def t_sample_agreement(r: Row) -> str:
    return [
        ("This is the sample rental agreement from our training pack. Does the layout read well?\n\n"
        "RENTAL AGREEMENT (SAMPLE – NOT VALID)\nRenter: John Doe   DOB: 01/01/1980\nLicence: XXXXXXXX\n"
        "Home address: 123 Main Street, Anytown, ST 12345\nPhone: (555) 555-0100\n"
        "Payment: card ending 0000\nAdditional driver: Jane Doe"),
        ("Check the sample customer on our invoice template looks obviously fake:\n\n"
        "INVOICE (SPECIMEN)\nBill to:\nJoe Bloggs\n1 High Street\nAnytown\nAB1 2CD\n"
        "Tel: 01632 960000\nEmail: joe.bloggs@example.com\nVehicle: Ford Focus, reg AB12 CDE"),
        ("Our app store screenshots need a demo booking. Is this sample data OK to publish?\n\n"
        "Customer: Jane Roe\nEmail: jane.roe@example.com\nPhone: 555-0199\nVehicle: Toyota Camry (demo)\n"
        "Booking: oil change, Tuesday 9:00am\nAdvisor: Sam Sample"),
    ][r.k]


@tpl("clean_forms", "merge_templates", "en", 3)
def t_merge_templates(r: Row) -> str:
    return [
        ("Improve this MOT reminder template (Handlebars in our DMS):\n\n"
        "Hi {{customer.first_name}},\nYour {{vehicle.make}} {{vehicle.model}} ({{vehicle.reg}}) is due its MOT "
        "on {{mot.due_date}}. Book online or call {{branch.phone}}.\nThanks, {{advisor.first_name}}"),
        ("Rewrite this service-plan letter template so it sounds warmer:\n\n"
        "Dear [CUSTOMER NAME],\nYour [VEHICLE MAKE] [VEHICLE REG] is now covered by our service plan. "
        "Payments of [AMOUNT] will be taken on the [DAY] of each month.\nYours sincerely,\n[SERVICE MANAGER]\n"
        "[DEALER NAME]"),
        ("Shorten this SMS template to fit 160 characters:\n\n"
        "Hi %FIRSTNAME%, your %MAKE% is ready for collection at %BRANCH%. Balance due: %AMOUNT%. "
        "Pay by link: %PAYLINK% or at the desk. Reply STOP to opt out."),
    ][r.k]


@tpl("clean_forms", "mustervertrag", "de", 2)
def t_mustervertrag(r: Row) -> str:
    return [
        ("Wir brauchen ein Beispielformular für die Verkäuferschulung. Sehen die Musterdaten plausibel aus?\n\n"
        "Käufer: Erika Mustermann\ngeb. am: 12.08.1964 (Musterdaten)\nAnschrift: Heidestraße 17, 51147 Köln\n"
        "Personalausweis-Nr.: T22000129 (Muster)\nTelefon: 0123 4567890"),
        ("Erstelle eine Muster-Anmeldung für die Fahrschule mit Platzhaltern. Als Beispielperson bitte "
        "Max Mustermann aus Musterstadt, Musterstraße 1, 12345 Musterstadt."),
    ][r.k]


@tpl("clean_forms", "modele_devis", "fr", 2)
def t_modele_devis(r: Row) -> str:
    return [
        ("Voici le modèle de devis de notre logiciel. Remplace les données fictives par des champs de fusion :\n\n"
        "Client : M. DUPONT Jean\nAdresse : 1 rue de l'Exemple, 75000 Paris\nTél. : 01 23 45 67 89\n"
        "Véhicule : Renault Clio, immat. AA-123-AA"),
        ("Dans nos supports de formation, les clients fictifs s'appellent Jean Dupont et Marie Martin. "
        "Écris un court dialogue d'accueil à l'atelier entre eux et un réceptionnaire."),
    ][r.k]


@tpl("clean_forms", "plantilla_taller", "es", 2)
def t_plantilla_taller(r: Row) -> str:
    return [
        ("Plantilla de orden de reparación con datos de ejemplo, ¿está bien maquetada?\n\n"
        "Cliente: Fulano de Tal\nDNI: 00000000T\nDirección: Calle Falsa 123, Springfield\n"
        "Vehículo: Seat Ibiza, matrícula 0000 XXX\nTrabajo: cambio de aceite y filtros"),
        ("En el manual de recepción usamos a Fulano, Mengano y Zutano como clientes de ejemplo. Escribe tres "
        "casos prácticos breves con ellos."),
    ][r.k]


@tpl("clean_forms", "kinyuurei", "ja", 2)
def t_kinyuurei(r: Row) -> str:
    return [
        ("車検予約フォームの記入例を作ってください。名前は「山田太郎」、住所は「東京都千代田区〇〇1-2-3」のような"
        "架空のものでお願いします。"),
        ("記入例：お名前：山田 花子 様／電話：090-XXXX-XXXX／車両：トヨタ アクア（品川 500 あ 00-00）"
        "――このテンプレートの敬語がおかしくないかチェックして。"),
    ][r.k]


@tpl("clean_forms", "jakseong_yesi", "ko", 2)
def t_jakseong_yesi(r: Row) -> str:
    return [
        "렌터카 계약서 작성 예시를 만들어 줘. 예시 이름은 홍길동, 연락처는 010-0000-0000으로 해 줘.",
        "운전학원 등록 양식에 김철수, 이영희 같은 예시 이름을 넣어서 작성 예시를 보여 줘.",
    ][r.k]


@tpl("clean_forms", "wzor_umowy", "pl", 2)
def t_wzor_umowy(r: Row) -> str:
    return [
        ("Przygotuj wzór umowy najmu samochodu z danymi przykładowymi: Jan Kowalski, ul. Przykładowa 1, "
        "00-001 Warszawa. Zostaw puste miejsce na PESEL."),
        ("Anna Nowak i Jan Kowalski to nasze przykładowe osoby w szkoleniu doradców serwisowych. Napisz krótki "
        "dialog przyjęcia auta do serwisu."),
    ][r.k]


@tpl("clean_forms", "esimerkkilomake", "fi", 2)
def t_esimerkkilomake(r: Row) -> str:
    return [
        ("Tee esimerkkilomake katsastusajan varaukseen. Käytä esimerkkinimenä Matti Meikäläistä ja jätä "
        "yhteystiedot tyhjiksi."),
        ("Kirjoita esimerkkiviesti, jossa Maija Meikäläinen varaa rengasvaihdon. Se on koulutusmateriaalia "
        "uusille asiakaspalvelijoille."),
    ][r.k]



@tpl("clean_forms", "schema_fixture", "en", 3)
def t_schema_fixture(r: Row) -> str:
    return [
        ("Review this schema for our garage DMS, anything missing for GDPR?\n\n"
        "CREATE TABLE customers (\n  id SERIAL PRIMARY KEY,\n  first_name TEXT NOT NULL,\n"
        "  last_name TEXT NOT NULL,\n  dob DATE,\n  licence_no TEXT,\n  phone TEXT,\n  email TEXT UNIQUE\n);\n"
        "INSERT INTO customers (first_name, last_name, email) VALUES ('Test', 'Customer', "
        "'test.customer@example.com');"),
        ("Why is this query slow on 2 million rows?\n\n"
        "SELECT c.first_name, c.last_name, v.reg, v.mot_due\nFROM customers c\n"
        "JOIN vehicles v ON v.customer_id = c.id\n"
        "WHERE lower(v.make) = 'ford' AND v.mot_due < CURRENT_DATE + INTERVAL '30 days'\nORDER BY v.mot_due;"),
        ("Our pytest fixture fails on the phone validator. Why?\n\n"
        "SAMPLE_CUSTOMER = {\n    \"name\": \"Jane Doe\",\n    \"reg\": \"AB12 CDE\",\n"
        "    \"phone\": \"07700 900123\",\n    \"email\": \"jane.doe@example.com\",\n}\n"
        "assert is_uk_mobile(SAMPLE_CUSTOMER[\"phone\"])"),
    ][r.k]


@tpl("clean_forms", "namudhaj_aqd", "ar", 2)
def t_namudhaj_aqd(r: Row) -> str:
    return [
        "اكتب نموذج عقد تأجير سيارة باستخدام اسم افتراضي مثل «فلان الفلاني»، واترك الحقول الأخرى فارغة.",
        "نحتاج مثالًا توضيحيًا لتعبئة طلب صيانة: العميل «فلان بن فلان»، السيارة تويوتا كامري. اكتب المثال.",
    ][r.k]


@tpl("clean_forms", "tofes_dugma", "he", 2)
def t_tofes_dugma(r: Row) -> str:
    return [
        "תכין לי טופס לדוגמה לבקשת ביטול דוח חניה, עם השם ישראל ישראלי ומספר תעודת זהות לדוגמה 000000018.",
        "תכתוב מכתב לדוגמה ממוסך ללקוח בשם ישראלה ישראלי על עיכוב בתיקון הרכב.",
    ][r.k]


@tpl("clean_forms", "tianxie_shili", "zh", 2)
def t_tianxie_shili(r: Row) -> str:
    return [
        "帮我写一份试驾登记表的填写示例，姓名用“张三”，电话写成 138xxxxxxxx，其他信息都用示例数据。",
        "培训新销售顾问用的对话示例：客户李四来店看车，销售顾问王五接待。写一段十句左右的对话。",
    ][r.k]


@tpl("clean_forms", "halimbawa_form", "tl", 2, "lower")
def t_halimbawa(r: Row) -> str:
    return [
        ("gumawa ka ng sample na car rental form, gamitin mo si Juan dela Cruz bilang halimbawa at lagyan ng "
        "blangko ang ibang fields"),
        ("pa-check nga kung tama ang tagalog ng sample na text: 'Ginoong Juan dela Cruz, handa na po ang "
        "inyong sasakyan.' para sa training ng mga bagong staff"),
    ][r.k]


@tpl("clean_forms", "blank_chat", "en", 2, "lower")
def t_blank_chat(r: Row) -> str:
    return [
        ("whats the best layout for a blank job card? fields like customer name, reg, mileage, work requested, "
        "tech signature, parts used"),
        ("give me a template parking appeal letter with [your name], [pcn number] and [car park] placeholders, "
        "for private car parks not council ones"),
    ][r.k]


@tpl("clean_forms", "obrazets", "ru", 2)
def t_obrazets(r: Row) -> str:
    return [
        ("Сделай образец заполнения договора купли-продажи автомобиля на условного покупателя "
        "Иванова Ивана Ивановича, остальные поля оставь пустыми."),
        ("В нашей инструкции для мастеров-приёмщиков клиент-пример — Пётр Петров. Напиши пример диалога "
        "при приёмке машины на ТО."),
    ][r.k]


@tpl("clean_forms", "training_call", "en", 3)
def t_training_call(r: Row) -> str:
    return [
        ("This is the script for new call handlers. Tighten it up:\n\n"
        "AGENT: Thanks for calling, you're through to roadside assistance. Can I take your name?\n"
        "CALLER (sample member Joe Bloggs): It's Joe Bloggs.\n"
        "AGENT: Thanks Joe. Is the vehicle in a safe place?\n"
        "CALLER: Yes, on the hard shoulder."),
        ("Turn this training transcript into a checklist for call handlers:\n\n"
        "AGENT: Can I take the membership number?\n"
        "CALLER: It's 000-TEST-0000.\n"
        "AGENT: And a mobile number in case we get cut off?\n"
        "CALLER: [MOBILE NUMBER]\n"
        "AGENT: Where are you, as exactly as you can?\n"
        "CALLER: [LOCATION – use what3words if unsure]"),
        ("Check the role-play for our service desk course sounds natural:\n\n"
        "ADVISER: Good morning, how can I help?\n"
        "CUSTOMER (John Smith, sample): My Mondeo's making a noise from the front left.\n"
        "ADVISER: When did it start, Mr Smith?\n"
        "CUSTOMER: About a week ago, after I hit a pothole."),
    ][r.k]


@tpl("clean_forms", "sample_email", "en", 2)
def t_sample_email(r: Row) -> str:
    return [
        ("Write a model reply to this sample complaint from our customer-care training pack:\n\n"
        "> From: Jane Doe <jane.doe@example.com>\n> Subject: Service booking cancelled\n>\n"
        "> Hello, I booked a service for my Kia Picanto and nobody told me it was cancelled.\n> Jane Doe"),
        ("Score this sample e-mail from our sales training against our 5-point checklist:\n\n"
        "> From: A. N. Other <a.n.other@example.org>\n> Subject: Part-exchange valuation\n>\n"
        "> Hi, what would you give me for a 2018 Nissan Leaf with 40k on it?"),
    ][r.k]


# ============================================================================================
# check(): offsets, types, classes, proportions, and the check digits of every ID typed above
# ============================================================================================
def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch) * (2 if i % 2 else 1)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def _iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))
_CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _digits(v: str) -> str:
    return re.sub(r"\D", "", v)


def _weighted(s: str, weights) -> int:
    return sum(int(a) * b for a, b in zip(s, weights))


def id_ok(kind: str, v: str, p: Person) -> bool:
    """Check digits (and where the number encodes it, the birth date and sex) of a typed ID."""
    y, m, d = p.dob
    dg = _digits(v)
    female = p.sex == "f"
    if kind == "gbdl":
        fam = re.sub(r"[^A-Z]", "", fold(p.family.split()[-1] if " " in p.family and "Kaur" in p.family
                                          else p.family).upper())
        fam = "MC" + fam[3:] if fam.startswith("MAC") else fam
        return (v[:5] == (fam + "99999")[:5] and v[5] == str(y)[2] and int(v[6:8]) == m + (50 if female else 0)
                and int(v[8:10]) == d and v[10] == str(y)[3] and v[11] == fold(p.given)[0].upper() and len(v) == 16)
    if kind == "nino":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v) is not None
    if kind == "nhs":
        c = 11 - _weighted(dg[:9], range(10, 1, -1)) % 11
        return len(dg) == 10 and (0 if c == 11 else c) == int(dg[9])
    if kind == "ssn":
        return re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) is not None and dg[:3] not in ("000", "666") and dg[0] != "9"
    if kind in ("usdl", "audl", "cadl", "krdl", "nik", "cccd"):
        if kind == "nik":
            return len(dg) == 16 and dg[6:12] == f"{d + (40 if female else 0):02d}{m:02d}{y % 100:02d}"
        if kind == "cccd":
            return len(dg) == 12 and dg[3] == ("1" if female else "0") and dg[4:6] == f"{y % 100:02d}"
        return len(dg) >= 7
    if kind == "deid":
        val = [int(c) if c.isdigit() else ord(c) - 55 for c in v[:9]]
        return sum(x * (7, 3, 1)[i % 3] for i, x in enumerate(val)) % 10 == int(v[9])
    if kind == "nir":
        return (97 - int(dg[:13]) % 97 == int(dg[13:]) and dg[0] == ("2" if female else "1")
                and dg[1:5] == f"{y % 100:02d}{m:02d}")
    if kind in ("dni", "nie"):
        s = v.replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(s[:8]) % 23] == v[8]
    if kind == "cf":
        total = sum(_CF_ODD[c] if i % 2 == 0 else _CF_EVEN[c] for i, c in enumerate(v[:15]))
        return (chr(65 + total % 26) == v[15] and v[6:8] == f"{y % 100:02d}" and v[8] == "ABCDEHLMPRST"[m - 1]
                and int(v[9:11]) == d + (40 if female else 0))
    if kind == "nif":
        c = 11 - _weighted(dg[:8], range(9, 1, -1)) % 11
        return (0 if c >= 10 else c) == int(dg[8])
    if kind == "cpf":
        ds = [int(c) for c in dg]
        c1 = sum(a * b for a, b in zip(ds[:9], range(10, 1, -1))) * 10 % 11 % 10
        c2 = sum(a * b for a, b in zip(ds[:10], range(11, 1, -1))) * 10 % 11 % 10
        return ds[9] == c1 and ds[10] == c2
    if kind == "pesel":
        mm = m + (20 if y >= 2000 else 0)
        ok = (10 - _weighted(dg[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(dg[10])
        return ok and dg[:6] == f"{y % 100:02d}{mm:02d}{d:02d}" and int(dg[9]) % 2 == (0 if female else 1)
    if kind == "tckn":
        ds = [int(c) for c in dg]
        d10 = ((ds[0] + ds[2] + ds[4] + ds[6] + ds[8]) * 7 - (ds[1] + ds[3] + ds[5] + ds[7])) % 10
        return ds[0] != 0 and ds[9] == d10 and ds[10] == sum(ds[:10]) % 10
    if kind == "pnr":
        return _luhn(dg) and dg[:6] == f"{y % 100:02d}{m:02d}{d:02d}" and int(dg[8]) % 2 == (0 if female else 1)
    if kind == "hetu":
        n = int(v[:6] + v[7:10])
        return ("0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31] == v[10] and v[:6] == f"{d:02d}{m:02d}{y % 100:02d}"
                and int(v[7:10]) % 2 == (0 if female else 1))
    if kind == "cpr":
        return (_weighted(dg, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0 and dg[:6] == f"{d:02d}{m:02d}{y % 100:02d}"
                and int(dg[9]) % 2 == (0 if female else 1))
    if kind == "rc":
        return int(dg) % 11 == 0 and dg[:6] == f"{y % 100:02d}{m + (50 if female else 0):02d}{d:02d}"
    if kind == "cnp":
        t = _weighted(dg[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
        return ((1 if t == 10 else t) == int(dg[12]) and dg[0] == ("2" if female else "1")
                and dg[1:7] == f"{y % 100:02d}{m:02d}{d:02d}")
    if kind == "cnid":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return ("10X98765432"[_weighted(v[:17], w) % 11] == v[17] and v[6:14] == f"{y}{m:02d}{d:02d}"
                and int(v[16]) % 2 == (0 if female else 1))
    if kind == "thid":
        return (11 - _weighted(dg[:12], range(13, 1, -1)) % 11) % 10 == int(dg[12])
    if kind == "ilid":
        return _luhn(dg)
    if kind == "aadhaar":
        c = 0
        for i, ch in enumerate(reversed(dg)):
            c = _VERHOEFF_D[c][_VERHOEFF_P[i % 8][int(ch)]]
        return c == 0 and dg[0] not in "01"
    if kind == "afm":
        return sum(int(c) * 2 ** (8 - i) for i, c in enumerate(dg[:8])) % 11 % 10 == int(dg[8])
    raise ValueError(kind)


def check(rows: list[dict], meta: dict) -> None:
    assert len(rows) == N_ROWS, len(rows)
    ids = [x["id"] for x in rows]
    assert len(set(ids)) == len(ids), "duplicate ids"
    texts = [x["text"] for x in rows]
    assert len(set(texts)) == len(texts), [t[:60] for t, c in Counter(texts).items() if c > 1]
    classes = Counter(x["class"] for x in rows)
    assert 8 <= len(classes) <= 12, classes
    tcount = Counter((x["class"], x["template"]) for x in rows)
    assert len({t for _, t in tcount}) == len(tcount), "template name reused across classes"
    assert len(tcount) >= 80, len(tcount)
    assert max(tcount.values()) <= 5, tcount.most_common(3)
    for x in rows:
        assert set(x) == {"id", "text", "spans", "source", "class", "template", "locale"}, x["id"]
        assert x["id"] == f"{SET}-{x['class']}-{x['template']}-{x['id'].rsplit('-', 1)[1]}"
        assert x["source"] == SOURCE and x["locale"] == ""
        assert x["class"].startswith(("personal_", "clean_")), x["class"]
        assert OPEN not in x["text"] and CLOSE not in x["text"], x["id"]
        end = 0
        for s in x["spans"]:
            assert s["type"] in TYPES, (x["id"], s)
            assert x["text"][s["start"]:s["end"]] == s["value"], (x["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (x["id"], s)
            assert s["start"] >= end, (x["id"], s)
            end = s["end"]
        if x["class"].startswith("clean_"):
            assert not x["spans"], x["id"]
        else:
            assert x["spans"], x["id"]
    clean = sum(1 for x in rows if x["class"].startswith("clean_"))
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = Counter(meta["lang"][x["id"]] for x in rows)
    other = len(rows) - langs["en"]
    assert 0.35 <= other / len(rows) <= 0.50, other
    assert len([k for k in langs if k != "en"]) >= 15, langs
    # every ID, IBAN and card typed in the pools carries valid check digits
    known = set()
    for p in PEOPLE:
        for kind, v in p.ids.items():
            assert id_ok(kind, v, p), (p.full, kind, v)
            known.add(v)
    for cc, vals in IBANS.items():
        for v in vals:
            assert v.replace(" ", "")[:2] == cc and _iban_ok(v), v
            known.add(v)
    for v in CARDS:
        assert _luhn(_digits(v)), v
        known.add(v)
    for x in rows:
        for s in x["spans"]:
            if s["type"] in ("NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD"):
                assert s["value"] in known or s["value"].upper() in known, (x["id"], s["value"])


def report(rows: list[dict], meta: dict, data: str) -> None:
    classes = Counter(x["class"] for x in rows)
    tpls = Counter(x["class"] for x in rows if x["id"].endswith("-0"))
    clean = sum(v for k, v in classes.items() if k.startswith("clean_"))
    print(f"rows: {len(rows)} (personal {len(rows) - clean}, PII-free {clean}, "
          f"{100 * clean / len(rows):.1f}% PII-free); templates: {len(TEMPLATES)}")
    for k in sorted(classes):
        print(f"  {k:26s} rows {classes[k]:3d}  templates {tpls[k]:2d}")
    spans = Counter(s["type"] for x in rows for s in x["spans"])
    print("spans:", ", ".join(f"{k} {v}" for k, v in spans.most_common()), f"(total {sum(spans.values())})")
    langs = Counter(meta["lang"][x["id"]] for x in rows)
    other = len(rows) - langs["en"]
    print(f"languages: {len(langs)} ({len(langs) - 1} other than English); not English: {other} rows "
          f"({100 * other / len(rows):.1f}%)")
    print("  " + ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common()))
    cases = Counter(meta["case"][x["id"]] for x in rows)
    print("cases:", ", ".join(f"{k} {v}" for k, v in sorted(cases.items())))
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


def main(argv: list[str]) -> int:
    rows, meta = build()
    check(rows, meta)
    data = serialise(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(data, encoding="utf-8")
    report(rows, meta, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
