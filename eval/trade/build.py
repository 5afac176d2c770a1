#!/usr/bin/env python3
"""trade — hand-written check set: staff of couriers, field-service trades, estate and letting
agents, travel agencies and airline back offices, small accountancy, payroll and law firms, car
dealers and garages, writing to an internal assistant.

Standard library only, fixed SEED, deterministic. Every name, street, town, postcode, phone,
e-mail style and date below was typed by hand; check digits of IDs, IBANs and card numbers are
computed here from hand-typed digits, and e-mail local parts are derived from the typed names.

    python3 build.py          # writes holdout.jsonl and README.md, prints counts
    python3 build.py --check  # rebuilds in memory and compares with the files on disk
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SEED = 480917
SET = "trade"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout.jsonl")
README = os.path.join(HERE, "README.md")
SOURCE = "eval/trade/build.py"

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}


# ---------------------------------------------------------------- markers
def _m(t):
    return lambda v: f"⟦{t}|{v}⟧"


P = _m("PERSON")
L = _m("LOCATION")
PH = _m("PHONE_NUMBER")
EM = _m("EMAIL_ADDRESS")
DOB = _m("DATE_OF_BIRTH")
NID = _m("NATIONAL_ID")
IB = _m("IBAN_CODE")
CC = _m("CREDIT_CARD")
SSN = _m("US_SSN")
IP = _m("IP_ADDRESS")


def fill(tpl, **kw):
    out = tpl
    for k, v in kw.items():
        key = f"§{k}§"
        assert key in out, (k, tpl[:60])
        out = out.replace(key, v)
    assert "§" not in out, out
    return out


MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")


def unmark(marked, case=None):
    """Marked text -> (text, spans). case: None, 'lower' or 'upper', applied piece by piece."""
    f = {None: lambda s: s, "lower": str.lower, "upper": str.upper}[case]
    text, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        plain = f(marked[pos:m.start()])
        text.append(plain)
        n += len(plain)
        val = f(m.group(2))
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        text.append(val)
        n += len(val)
        pos = m.end()
    tail = f(marked[pos:])
    text.append(tail)
    out = "".join(text)
    assert "⟦" not in out and "⟧" not in out, out
    return out, spans


# ---------------------------------------------------------------- ascii folding for e-mails
_SPECIAL = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ð": "d",
            "þ": "th", "ı": "i", "đ": "d", "Đ": "D", "ŀ": "l"}


def fold(s):
    s = "".join(_SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


# ---------------------------------------------------------------- people (typed by hand)
# given | family | culture | sex | order (gf/fg) | lands | e-mail style | digits | domain | call | title-family
PEOPLE_TABLE = """
Chidinma|Okafor|Igbo|f|gf|GB NG IE|g.f||gmail.com||
Oluwaseun|Adebayo|Yoruba|m|gf|GB NG US|gfNN|84|yahoo.co.uk|Seun|
Kwabena|Asante|Akan|m|gf|GB NL|if||outlook.com||
Wanjiru|Kamau|Kikuyu|f|gf|GB KE|g.f||gmail.com||
Achieng|Odhiambo|Luo|f|gf|KE GB|g_fNN|91|yahoo.com||
Sipho|Dlamini|Zulu|m|gf|ZA GB|g.f||gmail.com||
Zintle|Mgqibelo|Xhosa|f|gf|ZA GB|gf||outlook.com||
Pieter|van der Merwe|Afrikaans|m|gf|ZA NL GB|if||mweb.co.za||Van der Merwe
Tendai|Moyo|Shona|f|gf|ZA GB|gfNN|77|gmail.com||
Hodan|Warsame|Somali|f|gf|GB SE NL|g.f||hotmail.com||
Selamawit|Tesfaye|Amharic|f|gf|GB SE DE|gf||gmail.com|Selam|
Yonas|Habtemariam|Tigrinya|m|gf|DE SE NL|g.f||gmx.de||
Nour|El-Sayed|Egyptian Arabic|f|gf|GB FR DE|g.f||gmail.com||
Youssef|Benali|Moroccan|m|gf|FR ES NL BE|gfNN|13|orange.fr||
Karim|Haddad|Lebanese|m|gf|FR CA|if||videotron.ca||
Amira|Boukhalfa|Algerian|f|gf|FR BE|g.f||free.fr||
Shirin|Ghorbani|Persian|f|gf|GB DE SE|g.f||gmail.com||
Farhad|Rahimi|Dari|m|gf|DE GB|gfNN|88|web.de||
Muhammad Usman|Qureshi|Urdu|m|gf|GB|if||hotmail.co.uk|Usman|
Harjit|Singh Gill|Punjabi|m|gf|GB CA|g.f||btinternet.com||Gill
Priyanka|Venkataraman|Tamil|f|gf|GB US IN|gNN|86|gmail.com||
Arjun|Nair|Malayalam|m|gf|IN GB AE|g.f||rediffmail.com||
Sourav|Chatterjee|Bengali|m|gf|IN GB|if||gmail.com||
Hetal|Patel|Gujarati|f|gf|GB US|g.fNN|72|hotmail.co.uk||
Sai Kiran|Reddy|Telugu|m|gf|US IN|g.f||gmail.com|Sai|
Dilani|Perera|Sinhala|f|gf|GB AU|gf||bigpond.com||
Pemba|Sherpa|Sherpa|m|gf|GB|gfNN|2|gmail.com||
Liu|Yang|Mandarin Chinese|m|fg|GB AU US CA|f.g||163.com||
Wong|Ka-wai|Cantonese|f|fg|GB CA|f.g||yahoo.com.hk||
Tsai|Pei-shan|Taiwanese|f|fg|US CA AU|gf||gmail.com||
Park|Ji-hoon|Korean|m|fg|US DE AU|f.g||naver.com||
Haruka|Tanabe|Japanese|f|gf|GB US DE|g.f||icloud.com||
Nguyễn|Thị Lan|Vietnamese|f|fg|GB FR DE CZ|gfNN|90|gmail.com|Lan|
Somchai|Rattanakorn|Thai|m|gf|GB AU|g.f||hotmail.com||
Rowena|Mangubat|Filipino|f|gf|GB US AE|gf||yahoo.com||
Aishah|binti Kamal|Malay|f|gf|GB AU|gf||gmail.com||
Budi|Santoso|Javanese|m|gf|NL AU|gNN|79|yahoo.co.id||
Bolormaa|Ganbaatar|Mongolian|f|gf|CZ DE|g.f||gmail.com||
Aigerim|Seitkali|Kazakh|f|gf|DE PL|g.f||mail.ru||
Ana Lucía|Quispe Mamani|Quechua|f|gf|ES US|g.f||hotmail.es|Ana Lucía|Quispe
Camilo|Arango Betancur|Colombian|m|gf|ES US MX|g.f||gmail.com||Arango
Mercedes|Ortega Villalobos|Mexican|f|gf|MX US ES|gf||hotmail.com||Ortega
Facundo|Iturralde|Argentine|m|gf|ES|if||gmail.com||
Catalina|Fuenzalida|Chilean|f|gf|ES SE|g.f||gmail.com||
João Pedro|Carvalho|Brazilian|m|gf|BR PT|gNN|93|uol.com.br|João Pedro|
Inês|Brandão|Portuguese|f|gf|PT FR GB|g.f||sapo.pt||
Thaís|Nogueira Lopes|Brazilian|f|gf|BR PT|g.f||gmail.com||Nogueira
Ruan|Cavalcanti|Brazilian (Pernambuco)|m|gf|BR|gNN|97|bol.com.br||
Iker|Etxeberria|Basque|m|gf|ES FR|gf||euskaltel.net||
Montserrat|Puigdomènech|Catalan|f|gf|ES|if||gmail.com|Montse|
Rocío|Jiménez Cano|Andalusian Spanish|f|gf|ES GB|g.f||hotmail.es||Jiménez
Amélie|Giraud|French|f|gf|FR BE CH|g.f||orange.fr||
Yann|Le Goff|Breton|m|gf|FR|gf||free.fr||
Mathieu|Gagnon|Québécois|m|gf|CA|g.f||videotron.ca||
Annegret|Schäfer|German|f|gf|DE|g.f||web.de||
Lukas|Brandstätter|Austrian|m|gf|AT DE|gfNN|85|gmx.at||
Reto|Zürcher|Swiss German|m|gf|CH DE|g.f||bluewin.ch||
Floor|de Boer|Dutch|f|gf|NL|gf||ziggo.nl||De Boer
Wout|Vermeulen|Flemish|m|gf|BE NL|g.f||telenet.be||
Mette|Kjeldsen|Danish|f|gf|DK|gf||live.dk||
Mads|Østergaard|Jutlandic Danish|m|gf|DK|g.f||mail.dk||
Linnea|Åberg|Swedish|f|gf|SE|g.f||telia.com||
Eirik|Haugland|Norwegian|m|gf|NO|g.f||online.no||
Aino|Heikkilä|Finnish|f|gf|FI|g.f||gmail.com||
Guðrún|Sigurðardóttir|Icelandic|f|gf|DK GB|gf||simnet.is||
Triin|Saar|Estonian|f|gf|FI SE|g.f||gmail.com||
Liene|Ozola|Latvian|f|gf|GB IE|g.fNN|94|inbox.lv||
Mantas|Jankauskas|Lithuanian|m|gf|GB IE NO|gNN|87|gmail.com||
Małgorzata|Szczepańska|Polish|f|gf|PL GB DE|g.f||wp.pl|Gosia|
Tomasz|Kowalczyk|Polish|m|gf|PL GB NL|if||o2.pl||
Radek|Dvořák|Czech|m|gf|CZ DE|g.f||seznam.cz||
Zuzana|Hrušková|Slovak|f|gf|CZ AT GB|gf||azet.sk||
Kovács|Dóra|Hungarian|f|fg|AT DE GB|g.f||freemail.hu||
Ionela|Popescu|Romanian|f|gf|IT ES GB|gNN|81|yahoo.com||
Desislava|Petrova|Bulgarian|f|gf|DE ES GB|g.f||abv.bg|Desi|
Nikola|Marković|Serbian|m|gf|AT DE CH|gf||gmail.com||
Ivana|Horvat|Croatian|f|gf|DE AT IE|g.f||gmail.com||
Arben|Krasniqi|Albanian|m|gf|CH DE IT|gf||bluewin.ch||
Kleio|Papadaki|Greek|f|gf|GR DE GB|g.f||yahoo.gr||
Emre|Yıldırım|Turkish|m|gf|TR DE NL|gfNN|89|hotmail.com||
Rojda|Aslan|Kurdish|f|gf|DE TR|g.f||gmx.de||
Elif|Karakaya|Turkish|f|gf|TR DE|gf||gmail.com||
Armen|Hovhannisyan|Armenian|m|gf|FR US|if||gmail.com||
Nino|Beridze|Georgian|f|gf|DE PL|g.f||gmail.com||
Oksana|Melnyk|Ukrainian|f|gf|PL CZ DE GB|gf||ukr.net||
Yevgenia|Orlova|Russian|f|gf|DE FI|g.f||yandex.ru|Zhenya|
Giulia|Lombardi|Italian|f|gf|IT GB|g.f||libero.it||
Salvatore|Russo|Sicilian|m|gf|IT DE|gfNN|78|alice.it|Totò|
Marija|Camilleri|Maltese|f|gf|GB|g.f||maltanet.net||
Noa|Ben-Ami|Israeli Hebrew|f|gf|GB US|gf||gmail.com||
Tamsin|Ford|Cornish|f|gf|GB|g.f||btinternet.com||
Rhodri|Pritchard|Welsh|m|gf|GB|gfNN|71|sky.com||
Eilidh|MacAulay|Scottish Gaelic|f|gf|GB|g.f||gmail.com||
Ciarán|Ó Súilleabháin|Irish|m|gf|IE GB|gf||eircom.net||
Florence|Holland|English|f|gf|GB|g.f||gmail.com||
Jordan|Lyon|English|m|gf|GB|gfNN|92|hotmail.co.uk||
DeShawn|Whitaker|African American|m|gf|US|g.f||gmail.com||
Hunter|Mason|US|m|gf|US|gfNN|88|yahoo.com||
Aroha|Ngata|Māori|f|gf|NZ AU|g.f||xtra.co.nz||
Sione|Taufa|Tongan|m|gf|NZ AU|gf||gmail.com||
Shanice|Campbell-Brown|Jamaican|f|gf|GB US|gNN|95|hotmail.com||
Bronwyn|McGrath|Australian|f|gf|AU|g.f||bigpond.com||
Grace|Baker|English|f|gf|GB|gf||outlook.com||
"""


class Person:
    def __init__(self, row):
        (self.given, self.family, self.culture, self.sx, self.order, lands, self.estyle,
         self.digits, self.domain, call, tf) = [x.strip() for x in row.split("|")]
        if self.order == "fg":  # the table lists these family name first
            self.given, self.family = self.family, self.given
        self.lands = lands.split()
        self.call = call or self.given
        self.tf = tf or self.family
        self.full = (f"{self.family} {self.given}" if self.order == "fg"
                     else f"{self.given} {self.family}")
        self.key = self.full

    # marked forms
    @property
    def fm(self):  # full name
        return P(self.full)

    @property
    def g(self):  # name used alone
        return P(self.call)

    @property
    def f(self):  # family name alone (after a title)
        return P(self.tf)

    def title(self, lang="en"):
        t = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"),
             "es": ("Sr.", "Sra."), "it": ("sig.", "sig.ra"), "nl": ("meneer", "mevrouw"),
             "pt": ("Sr.", "Sra."), "tr": ("Bey", "Hanım"), "pl": ("Pan", "Pani"),
             "cs": ("pan", "paní"), "da": ("hr.", "fru")}[lang]
        return t[0] if self.sx == "m" else t[1]

    def tfm(self, lang="en"):  # title + family, title outside the span
        return f"{self.title(lang)} {self.f}"

    def pron(self, kind="subj"):
        return {"subj": ("he", "she"), "obj": ("him", "her"), "pos": ("his", "her")}[kind][
            0 if self.sx == "m" else 1]

    @property
    def email_raw(self):
        g = fold(self.call.split()[0] if self.call else self.given)
        f = fold(self.family)
        d = self.digits
        s = self.estyle
        local = {"g.f": f"{g}.{f}", "gf": f"{g}{f}", "f.g": f"{f}.{g}", "if": f"{g[0]}{f}",
                 "gfNN": f"{g}{f}{d}", "g_fNN": f"{g}_{f}{d}", "gNN": f"{g}{d}",
                 "g.fNN": f"{g}.{f}{d}"}[s]
        return f"{local}@{self.domain}"

    @property
    def em(self):
        return EM(self.email_raw)

    def pnr(self):
        """SURNAME/GIVEN as airline systems write it: two spans, slash outside."""
        fam = fold_upper(self.family)
        giv = fold_upper(self.given)
        return f"{P(fam)}/{P(giv)}"


def fold_upper(s):
    s = "".join(_SPECIAL.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z]", "", s).upper()


PEOPLE = [Person(r) for r in PEOPLE_TABLE.strip().splitlines()]

# ---------------------------------------------------------------- home addresses (typed by hand)
# cc | unit | street line | town | postcode | region
ADDR_TABLE = """
GB|Flat 2|31 Broad Street|Ludlow|SY8 1NG|
GB||4 Argyll Terrace|Tobermory|PA75 6PB|Isle of Mull
GB||18 Castle Street|Llangollen|LL20 8NU|
GB||52 Duke Street|Settle|BD24 9AJ|North Yorkshire
GB||7 Staithe Street|Wells-next-the-Sea|NR23 1AG|Norfolk
GB||11 Mermaid Street|Rye|TN31 7ET|East Sussex
GB||3 Bridgetown Hill|Totnes|TQ9 5BH|
GB||26 Matlock Street|Bakewell|DE45 1EE|Derbyshire
GB|Flat 5|40 Marine Parade|Seaton|EX12 2QJ|
GB||15 Church Lane|Hebden Bridge|HX7 8AX|
GB||12 Northumberland Street|Alnmouth|NE66 2RJ|
GB||88 High Street|Moffat|DG10 9HL|Dumfriesshire
GB||14 Heol y Dŵr|Crickhowell|NP8 1BW|
GB|Flat 1A|19 Victoria Road|Portrush|BT56 8DH|Co. Antrim
GB||41 Kingsley Avenue|Olney|MK46 4AD|
GB||5 Mill Lane|Kirkby Lonsdale|LA6 2AT|
GB||9 Nelson Terrace|Lostwithiel|PL22 0DL|Cornwall
GB||63 Gladstone Road|Burnham-on-Crouch|CM0 8DH|Essex
IE||12 Bridge Street|Westport|F28 X2K6|Co. Mayo
IE||4 Pearse Street|Kinsale|P17 WK20|Co. Cork
IE|Apt 3|Market Square|Clifden|H71 YT62|Co. Galway
DE||Unterstadtstraße 21|Meersburg|88709|
DE||Stadtstraße 9|Monschau|52156|
DE||Gestade 4|Bernkastel-Kues|54470|
DE||Heinrich-Heine-Straße 33|Quedlinburg|06484|
DE||Färbergasse 12|Wasserburg am Inn|83512|
AT||Seestraße 118|Hallstatt|4830|
AT||Dorfplatz 5|Zell am See|5700|
CH||Rue du Bourg 14|Gruyères|1663|
CH||Hauptgasse 22|Appenzell|9050|
FR||8 rue de la République|Sarlat-la-Canéda|24200|
FR||15 quai Sainte-Catherine|Honfleur|14600|
FR||3 rue du Général de Gaulle|Riquewihr|68340|
FR|Appartement 12|27 boulevard Gambetta|Uzès|30700|
FR||19 avenue Jean Moulin|Villefranche-de-Rouergue|12200|
ES|3º B|C/ Mayor, 14|Albarracín|44100|Teruel
ES||Avda. de Miramar, 22|Cudillero|33150|Asturias
ES||Carrer de la Riba, 9|Cadaqués|17488|Girona
ES|1º izq.|Calle Cervantes, 31|Ronda|29400|Málaga
ES||Kale Nagusia, 17|Zumaia|20750|Gipuzkoa
IT||Via Garibaldi 12|Bellagio|22021|CO
IT||Via Monte Nero 8|Alberobello|70011|BA
IT||Corso Rossellino 45|Pienza|53026|SI
IT|int. 5|Vicolo del Forno 2|Bagnoregio|01022|VT
NL||Binnenpad 48|Giethoorn|8355 BT|
NL||Wal 3|Thorn|6017 AJ|
NL||Nieuwe Stad 21|Hindeloopen|8713 JP|
BE||Kerkstraat 14|Damme|8340|
BE||Rue Haute 9|Durbuy|6940|
PT||Rua Direita, 27|Óbidos|2510-001|
PT|1.º Esq.|Travessa do Castelo, 4|Marvão|7330-101|
PL|m. 4|ul. Rynek 12|Sandomierz|27-600|
PL||ul. Kozia 3|Tykocin|16-080|
CZ||náměstí Zachariáše z Hradce 38|Telč|588 56|
CZ||Horní 151|Štramberk|742 66|
SE|lgh 1102|Köpmansgatan 7|Båstad|269 33|
SE||Storgatan 14|Mariefred|647 30|
DK||Vestergade 28|Ærøskøbing|5970|
DK|2. th.|Sankt Nicolaj Gade 9|Ribe|6760|
NO||Kjerkgata 41|Røros|7374|
FI|B 12|Mannerheiminkatu 9|Loviisa|07900|
US|Apt 2|418 Main St|Galena|61036|IL
US||27 Pond St|Stowe|05672|VT
US||1108 Kit Carson Rd|Taos|87571|NM
US||64 Tombstone Canyon|Bisbee|85603|AZ
CA||211 Lincoln St|Lunenburg|B0J 2C0|NS
CA||58 rue Saint-Jean-Baptiste|Baie-Saint-Paul|G3Z 1M3|QC
AU||7 Vincent St|Daylesford|3460|VIC
AU|Unit 4|22 Manning St|Kiama|2533|NSW
NZ||15 Buckingham St|Arrowtown|9302|
BR|apto 201|Rua do Rosário, 45|Pirenópolis|72980-000|GO
BR||Rua Direita, 110|Tiradentes|36325-000|MG
MX||Av. Revolución 1910 No. 18|Tepoztlán|62520|Mor.
MX||Calle 22 No. 314|Bacalar|77930|Q. R.
TR|Daire 3|Kemalpaşa Caddesi No: 41|Alaçatı|35930|Çeşme/İzmir
TR||Şirince Mahallesi 12. Sokak No: 7|Selçuk|35920|İzmir
GR||Vasileos Konstantinou 22|Nafplio|211 00|
ZA||14 Huguenot Road|Franschhoek|7690|
"""


class Addr:
    def __init__(self, row):
        (self.cc, self.unit, self.street, self.town, self.pc, self.region) = [
            x.strip() for x in row.split("|")]
        self.key = f"{self.street}, {self.town}"

    # marked pieces
    @property
    def st(self):
        return L(self.street)

    @property
    def tn(self):
        return L(self.town)

    @property
    def zp(self):
        return L(self.pc)

    @property
    def rg(self):
        return L(self.region)

    def street_line(self):
        """street with its unit, in the country's order."""
        if not self.unit:
            return L(self.street)
        if self.cc in ("GB", "IE", "FR", "AU"):
            return f"{L(self.unit)}, {L(self.street)}"
        if self.cc in ("US", "ES", "BR", "PT", "DK", "IT", "TR"):
            return f"{L(self.street)}, {L(self.unit)}"
        return f"{L(self.street)} {L(self.unit)}"

    def town_line(self):
        cc = self.cc
        if cc == "ZA":
            return f"{L(self.town)} {L(self.pc)}"
        if cc in ("GB",):
            return f"{L(self.town)} {L(self.pc)}"
        if cc == "IE":
            return f"{L(self.town)}, {L(self.region)} {L(self.pc)}"
        if cc in ("US", "CA", "AU"):
            return f"{L(self.town)}, {L(self.region)} {L(self.pc)}"
        if cc == "NZ":
            return f"{L(self.town)} {L(self.pc)}"
        if cc == "ES":
            return f"{L(self.pc)} {L(self.town)} ({L(self.region)})"
        if cc == "IT":
            return f"{L(self.pc)} {L(self.town)} ({L(self.region)})"
        if cc == "BR":
            return f"{L(self.town)} - {L(self.region)}, {L(self.pc)}"
        if cc == "MX":
            return f"{L(self.pc)} {L(self.town)}, {L(self.region)}"
        if cc == "TR":
            return f"{L(self.town)}, {L(self.pc)} {L(self.region)}"
        if cc == "SE":
            return f"{L(self.pc)} {L(self.town)}"
        return f"{L(self.pc)} {L(self.town)}"

    def one(self):
        return f"{self.street_line()}, {self.town_line()}"

    def block(self, indent=""):
        if self.cc == "GB":
            lines = [self.street_line(), L(self.town)]
            if self.region:
                lines.append(L(self.region))
            lines.append(L(self.pc))
            return "\n".join(indent + x for x in lines)
        return f"{indent}{self.street_line()}\n{indent}{self.town_line()}"


ADDRS = [Addr(r) for r in ADDR_TABLE.strip().splitlines()]

# ---------------------------------------------------------------- phones, national format (typed by hand)
PHONE_TABLE = """
GB 07912 448306
GB 07468 221 904
GB 07821 553 017
GB 01584 872 319
GB 07395 610 288
GB 07503 917 442
GB 01688 302 145
GB 07733 086 251
GB 07940 372 618
GB 07588 124 790
GB 07454 930 163
GB 01348 873 520
GB 07869 214 035
GB 07307 481 926
IE 087 231 4476
IE 086 914 2038
DE 0151 28473962
DE 0176 4418 2205
DE 07532 91844
DE 0160 97318240
AT 0664 218 3390
AT 0699 1733 4821
CH 079 418 22 61
CH 076 552 19 83
FR 06 48 21 73 95
FR 07 81 36 42 08
FR 05 53 29 14 67
FR 06 12 84 50 33
ES 612 48 73 90
ES 679 214 338
ES 644 03 18 72
IT 347 218 9064
IT 328 449 1172
IT 0761 793215
NL 06-41827395
NL 06 2738 4410
BE 0476 38 21 94
PT 912 487 305
PT 936 214 780
PL 512 348 907
PL 603 221 845
CZ 604 218 937
CZ 737 415 206
SE 070-418 27 39
SE 073-552 18 46
DK 21 47 83 90
DK 42 18 36 57
NO 412 83 960
FI 040 718 2934
US (815) 777-3086
US 802-253-4471
US (575) 758-2194
CA (902) 634-2817
CA 418-435-2290
AU 0412 883 107
AU 0438 271 905
NZ 021 448 3907
BR (62) 99327-4018
BR (32) 98814-2273
MX 55 3418 2297
MX 998 214 7730
TR 0532 418 27 63
TR 0544 219 38 71
GR 694 218 3307
ZA 082 447 1930
KE 0722 418 309
NG 0803 418 2296
IN 98450 21376
"""
PHONES = defaultdict(list)
for _l in PHONE_TABLE.strip().splitlines():
    _cc, _num = _l.split(" ", 1)
    PHONES[_cc].append(_num)

# ---------------------------------------------------------------- dates of birth (typed by hand)
DOBS = [(1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22), (1957, 7, 22),
        (1983, 4, 30), (1990, 12, 5), (1975, 1, 12), (1994, 9, 11), (1986, 6, 30), (1971, 8, 18),
        (1999, 2, 2), (1962, 10, 27), (1980, 1, 31), (1996, 5, 19), (1948, 12, 24),
        (1969, 6, 6), (1977, 11, 29), (2003, 8, 9), (1985, 2, 17), (1953, 4, 4), (1991, 7, 1),
        (1973, 10, 13)]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(t, style):
    y, m, d = t
    if style == "uk":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "long":
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    if style == "short":
        return f"{d} {MONTHS['en'][m - 1][:3]} {y}"
    if style == "us":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if style == "usnum":
        return f"{m}/{d}/{y}"
    if style == "pnr":
        return f"{d:02d}{MONTHS['en'][m - 1][:3].upper()}{y % 100:02d}"
    if style in ("es", "pt"):
        return f"{d} de {MONTHS[style][m - 1]} de {y}"
    if style in ("de", "fr", "it", "nl"):
        return f"{d}{'.' if style == 'de' else ''} {MONTHS[style][m - 1]} {y}"
    raise ValueError(style)


# ---------------------------------------------------------------- identity numbers
# base digits typed by hand; check digits computed where the scheme has them
NINOS = ["JT482176B", "NS731942D", "PB286315A", "KW501984C", "SH662109D", "RG741835A",
         "ML398207B", "YE125843C"]


def nino(s, style="spaced"):
    if style == "spaced":
        return f"{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]}"
    return s


SSNS = ["527-41-8836", "601-28-4479", "412-77-3019", "238-60-5514"]
UTRS = ["48213 97605", "77302 18846", "5591402387", "62048 19733"]
# passport numbers by issuing country (ISO3)
PASSPORTS = {
    "GBR": ["538274916", "120483957", "704218365", "649105278", "311786402", "427093618",
            "583210749", "902746135", "276154893", "815029374"],
    "CZE": ["41827365"], "SWE": ["91482736"], "DNK": ["208417365"],
    "IRL": ["PA4821739", "PC1938472"], "USA": ["563812947", "A48217365"],
    "DEU": ["CF8K2R7L4", "C4TR91XK2"], "FRA": ["19AB48213", "21CK70394"],
    "ITA": ["YA7731842"], "ESP": ["PAF482193"], "NLD": ["NXR4K82T1"], "IND": ["T4821736"],
    "BRA": ["FZ482173"], "TUR": ["U24817360"], "AUS": ["PA8214736"], "NZL": ["LM482173"],
    "KEN": ["AK0482173"], "NGA": ["A08217364"], "ZAF": ["A04821736"], "POL": ["EN4821736"],
    "CAN": ["HK482173"], "CHN": ["E48217365"], "KOR": ["M48217365"], "JPN": ["TR4821736"],
    "PHL": ["P4821736A"], "MEX": ["G48217365"], "PRT": ["CB482173"], "GRC": ["AP4821736"],
}
ISO3 = {"GB": "GBR", "IE": "IRL", "US": "USA", "DE": "DEU", "FR": "FRA", "IT": "ITA",
        "ES": "ESP", "NL": "NLD", "IN": "IND", "BR": "BRA", "TR": "TUR", "AU": "AUS",
        "NZ": "NZL", "KE": "KEN", "NG": "NGA", "ZA": "ZAF", "PL": "POL", "CA": "CAN",
        "MX": "MEX", "PT": "PRT", "GR": "GRC", "AE": "GBR", "SE": "SWE", "BE": "GBR",
        "CH": "GBR", "AT": "DEU", "DK": "DNK", "NO": "GBR", "FI": "GBR", "CZ": "CZE",
        "NP": "GBR"}


def bsn(base8):
    s = sum(int(c) * w for c, w in zip(base8, range(9, 1, -1)))
    d = s % 11
    assert d < 10, base8
    return base8 + str(d)


BSNS = [bsn(b) for b in ("18273645", "30417268", "25831904")]


def dni(n8):
    return n8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]


def nie(prefix, n7):
    return prefix + n7 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(prefix)) + n7) % 23]


DNIS = [dni("48213976"), nie("Y", "4821739"), dni("72604183"), nie("X", "9173826")]


def nss_es(base10):
    return f"{base10[:2]}/{base10[2:]}/{int(base10) % 97:02d}"


NSSS = [nss_es(b) for b in ("2810473926", "0804918273", "4111827364")]


def cpf(base9):
    d = [int(c) for c in base9]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11 % 10
        d.append(r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


CPFS = [cpf(b) for b in ("482173960", "731904826", "265018437")]


def tckn(base9):
    d = [int(c) for c in base9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


TCKNS = [tckn(b) for b in ("382910475", "517204839", "604182957")]
FR_FISCAL = ["3 01 48 273 916 45", "1 92 37 401 825 18"]  # numéro fiscal, 13 digits
CURPS = {"Mercedes Ortega Villalobos": "OEVM860630MJCRLRA7"}

# codice fiscale: computed from name, date, sex and the Belfiore code of the birthplace
_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4,
                    18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
_CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _cons_vow(s):
    s = fold_upper(s)
    return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]


def codice_fiscale(given, family, dob, sx, belfiore):
    c, v = _cons_vow(family)
    sur = (c + v + ["X"] * 3)[:3]
    c, v = _cons_vow(given)
    if len(c) >= 4:
        c = [c[0], c[2], c[3]]
    nam = (c + v + ["X"] * 3)[:3]
    y, m, d = dob
    code = "".join(sur + nam) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + \
        f"{d + (40 if sx == 'f' else 0):02d}" + belfiore
    tot = sum(_CF_ODD[ch] if i % 2 == 0 else _CF_EVEN[ch] for i, ch in enumerate(code))
    return code + chr(65 + tot % 26)


def uk_licence(person, dob, tail="9HJ"):
    fam = (fold_upper(person.family) + "99999")[:5]
    y, m, d = dob
    mm = m + (50 if person.sx == "f" else 0)
    ini = (fold_upper(person.given)[:1] + "9")[:2]
    return f"{fam}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{ini}{tail}"


# ---------------------------------------------------------------- IBANs and cards
def iban(cc, bban):
    bban = bban.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return raw


def iban_spaced(raw):
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _fr_rib(bank, branch, acct):
    return bank + branch + acct + f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97:02d}"


def _es_ccc(entity, office, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(digits):
        r = 11 - sum(int(a) * b for a, b in zip(digits, w)) % 11
        return {10: 1, 11: 0}.get(r, r)
    return entity + office + f"{dc('00' + entity + office)}{dc(acct)}" + acct


def _pt_nib(bank, branch, acct):
    base = bank + branch + acct
    return base + f"{98 - (int(base) * 100) % 97:02d}"


def _be(bban10):
    r = int(bban10) % 97 or 97
    return bban10 + f"{r:02d}"


IBANS = {
    "GB": [iban("GB", "BARC20471853921746"), iban("GB", "LOYD30965217340828"),
           iban("GB", "HBUK40112763508214")],
    "DE": [iban("DE", "760501010004821397"), iban("DE", "370400440928316504")],
    "FR": [iban("FR", _fr_rib("30004", "01583", "00021847309")),
           iban("FR", _fr_rib("20041", "01007", "04829173650"))],
    "ES": [iban("ES", _es_ccc("2100", "0418", "0200571839")),
           iban("ES", _es_ccc("0049", "1500", "0521839047"))],
    "NL": [iban("NL", "RABO0318462795"), iban("NL", "INGB0007482139")],
    "IT": [iban("IT", "Y0306909606100000047821")],
    "PT": [iban("PT", _pt_nib("0035", "0697", "00048217390"))],
    "BE": [iban("BE", _be("0630482173"))],
    "IE": [iban("IE", "BOFI90001748213960")],
    "PL": [iban("PL", "10901014000007482193650021")],
    "TR": [iban("TR", "000620004820017482193650")],
    "CZ": [iban("CZ", "08000000192748213650")],
    "DK": [iban("DK", "30004821736509")],
    "SE": [iban("SE", "50000000058248213765")],
}


def luhn(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def _card(body, groups):
    n = luhn(body)
    out, i = [], 0
    for g in groups:
        out.append(n[i:i + g])
        i += g
    return " ".join(out)


CARDS = [_card("492918374402661", (4, 4, 4, 4)), _card("535174820193746", (4, 4, 4, 4)),
         _card("37482917364820", (4, 6, 5)), _card("455673018294736", (4, 4, 4, 4))]
IPS = ["86.147.22.91", "81.98.214.37", "188.29.164.8", "92.40.175.233"]


# ---------------------------------------------------------------- drawing context
class Ctx:
    """Draws values least-used first (ties by the seeded RNG), never twice in one row."""

    def __init__(self, rng):
        self.rng = rng
        self.use = Counter()
        self.row = set()
        self.k = 0

    def _least(self, items, keyf):
        items = [x for x in items if keyf(x) not in self.row]
        assert items
        low = min(self.use[keyf(x)] for x in items)
        cands = [x for x in items if self.use[keyf(x)] == low]
        x = self.rng.choice(cands)
        self.use[keyf(x)] += 1
        self.row.add(keyf(x))
        return x

    def person(self, land=None, sx=None):
        pool = [p for p in PEOPLE if (land is None or land in p.lands) and
                (sx is None or p.sx == sx) and ("P:" + p.key) not in self.row]
        if not pool:
            pool = [p for p in PEOPLE if (sx is None or p.sx == sx)]
        return self._least(pool, lambda p: "P:" + p.key)

    def people(self, n, land=None):
        return [self.person(land) for _ in range(n)]

    def addr(self, cc):
        return self._least([a for a in ADDRS if a.cc == cc], lambda a: "A:" + a.key)

    def phone(self, cc):
        return PH(self._least(PHONES[cc], lambda x: "T:" + x))

    def addr_for(self, p, default="GB"):
        ccs = [cc for cc in p.lands if any(a.cc == cc and "A:" + a.key not in self.row
                                           for a in ADDRS)]
        return self.addr(self.rng.choice(ccs) if ccs else default)

    def phone_for(self, p, default="GB"):
        ccs = [cc for cc in p.lands if any("T:" + x not in self.row for x in PHONES.get(cc, []))]
        return self.phone(self.rng.choice(ccs) if ccs else default)

    def phone_raw(self, cc):
        return self._least(PHONES[cc], lambda x: "T:" + x)

    def dob(self, style):
        return DOB(fmt_date(self.dob_t(), style))

    def dob_t(self):
        return self._least(DOBS, lambda t: "D:%d-%d-%d" % t)

    def nino(self, style="spaced"):
        return NID(nino(self._least(NINOS, lambda x: "N:" + x), style))

    def ssn(self):
        return SSN(self._least(SSNS, lambda x: "S:" + x))

    def utr(self):
        return NID(self._least(UTRS, lambda x: "U:" + x))

    def passport(self, person=None, iso3=None):
        if iso3 is None:
            iso3 = ISO3.get(person.lands[0], "GBR") if person else "GBR"
        return iso3, NID(self._least(PASSPORTS[iso3], lambda x: "PP:" + x))

    def iban(self, cc, spaced=True):
        raw = self._least(IBANS[cc], lambda x: "I:" + x)
        return IB(iban_spaced(raw) if spaced else raw)

    def card(self):
        return CC(self._least(CARDS, lambda x: "C:" + x))

    def ip(self):
        return IP(self._least(IPS, lambda x: "IP:" + x))

    def idfrom(self, pool, tag):
        return NID(self._least(pool, lambda x: tag + x))

    def pick(self, seq):
        return self.rng.choice(list(seq))

    def variant(self, seq):
        """k-th variant of a hand-written list (cycled)."""
        return seq[self.k % len(seq)]


# ---------------------------------------------------------------- template registry
TEMPLATES = []


def tpl(cls, name, n, lang="en", case=None):
    def deco(fn):
        TEMPLATES.append(dict(cls=cls, name=name, n=n, lang=lang, case=case, fn=fn))
        return fn
    return deco


# ================================================================ PERSONAL ROWS
# ---------------------------------------------------------------- couriers and logistics
@tpl("personal_logistics", "failed_sms", 3)
def _(c):
    p = c.person("GB")
    a = c.addr(c.pick(["GB", "GB", "IE"]))
    t = c.variant(["10:42", "13:15", "08:57"])
    shop = c.variant(["the Evri ParcelShop in the Co-op on the high street",
                      "the DPD Pickup at the Esso garage", "the InPost locker outside Tesco"])
    return fill("""Draft a failed-delivery text for this one, keep it under 300 chars and friendly:
Recipient: §n§
Addr: §a§
Attempted §t§, no answer, safe place refused (no porch). Card left.
Mobile on the manifest: §ph§
Options: redeliver tomorrow or collect from §shop§""",
                n=p.fm, a=a.one(), t=t, ph=c.phone(a.cc), shop=shop)


@tpl("personal_logistics", "route_csv", 2)
def _(c):
    rows = []
    notes = c.variant([["leave w/ neighbour ok", "", "dog!! ring don't knock"],
                       ["side gate", "call on arrival", ""],
                       ["", "fragile - glass", "after 2pm only"]])
    for i in range(3):
        p = c.person("GB")
        a = c.addr("GB")
        rows.append(f"{i + 1},{p.fm},{a.st},{a.tn} {a.zp},{c.phone('GB')},{notes[i]}")
    return fill("""can you fix this csv? the route planner export merged postcode into the town column so the import into Circuit fails. need a separate postcode col, keep everything else

stop,recipient,address,town_pc,phone,notes
§rows§""", rows="\n".join(rows))


@tpl("personal_logistics", "cn23_json", 2)
def _(c):
    s, sa = c.person("GB"), c.addr("GB")
    cc = c.variant(["CA", "AU", "US"])
    r, ra = c.person(cc), c.addr(cc)
    item = c.variant(['LEGO Technic Ford Mustang set', 'Cadbury Dairy Milk selection box x3',
                      'knitted Aran jumper (wool)'])
    hs = c.variant(["950300", "180632", "611011"])
    return fill("""This CN23 payload keeps getting rejected by the carrier API ("receiver.state required"). What's wrong with it, and can you give me the fixed JSON?

{
  "sender": {"name": "§sn§", "address1": "§ss§", "city": "§st§", "postcode": "§sp§", "country": "GB", "phone": "§sph§"},
  "receiver": {"name": "§rn§", "address1": "§rs§", "city": "§rt§", "postcode": "§rp§", "country": "§cc§", "phone": "§rph§", "email": "§rem§"},
  "contents": [{"description": "§item§", "hs_code": "§hs§", "qty": 1, "value": 42.50, "currency": "GBP", "origin": "GB"}],
  "category": "GIFT"
}
(state is §rg§ btw)""", sn=s.fm, ss=sa.street_line(), st=sa.tn, sp=sa.zp, sph=c.phone("GB"),
                rn=r.fm, rs=ra.street_line(), rt=ra.tn, rp=ra.zp, cc=cc, rph=c.phone(cc),
                rem=r.em, item=item, hs=hs, rg=ra.rg)


@tpl("personal_logistics", "driver_incident", 3, case="lower")
def _(c):
    d, cu = c.person("GB"), c.person("GB")
    a = c.addr("GB")
    what = c.variant(["came out shouting that the last parcel was left in the recycling bin",
                      "said our van reversed into the gatepost last week",
                      "refused the parcel bc the box was wet and wants a refund not a redelivery"])
    return fill("""summarise for the incident log pls: driver §d§ (van 14, sprinter) says at §a§ the customer §cu§ §what§. §cug§ wants a call back from a manager on §ph§. no damage to van, dashcam clip saved to the shared drive""",
                d=d.g, a=a.one(), cu=cu.fm, what=what, cug=cu.g, ph=c.phone("GB"))


@tpl("personal_logistics", "complaint_reply", 3)
def _(c):
    p, a = c.person("GB"), c.addr("GB")
    subj = c.variant(["3rd missed delivery!!", "Parcel marked delivered - NOT received",
                      "your driver threw my parcel over the gate"])
    return fill("""Customer email below, write a reply apologising and offering a £10 credit. Don't promise a time slot.

> From: §em§
> Subject: §subj§
> This is the third time your driver has marked my parcel "customer not in" when I was sat in the front room at §st§ all day. I work from home. Sort it out please.
> §n§
> §ph§""", em=p.em, subj=subj, st=a.st, n=p.fm, ph=c.phone("GB"))


@tpl("personal_logistics", "pod_dispute", 2)
def _(c):
    p, a = c.person("GB"), c.addr("GB")
    initial = p.call[0] + ". " + p.tf
    return fill("""Need to answer a "not received" claim. POD from the handheld:
Consignment JD014 8821 7730 4419
Delivered 14:07 to: §a§
Signed: "§sig§" (account holder is §n§)
Photo: parcel on doorstep, blue door
GPS 38 m from drop point
Is that enough to reject the claim or do I ask the depot for a driver statement first?""",
                a=a.one(), sig=P(initial), n=p.fm)


@tpl("personal_logistics", "returns_csv", 2)
def _(c):
    ccs = c.variant([["NO", "CH", "FI", "SE"], ["DK", "AT", "CH", "SE"]])
    names = {"NO": "Norway", "CH": "Switzerland", "FI": "Finland", "SE": "Sweden",
             "DK": "Denmark", "AT": "Austria"}
    rows = []
    for i, cc in enumerate(ccs):
        p, a = c.person(cc), c.addr(cc)
        rows.append(f"RT-{7731 + i * 4};{p.fm};{a.street_line()};{a.zp};{a.tn};{names[cc]};"
                    f"{c.phone(cc)}")
    return fill("""Cross-border returns from the portal export (semicolon separated). Group them by country and tell me which ones need a customs declaration for the return leg (non-EU), and which carrier label to print:

ref;customer;street;postcode;town;country;phone
§rows§""", rows="\n".join(rows))


@tpl("personal_logistics", "sql_reset", 3)
def _(c):
    p = c.person(c.variant(["GB", "IE", "GB"]))
    a = c.addr(c.variant(["GB", "IE", "GB"]))
    return fill("""Is this safe to run on prod? Only want to reset this one customer's failed attempts, not the whole postcode.

UPDATE deliveries
SET attempts = 0, status = 'OUT_FOR_DELIVERY'
WHERE recipient_name = '§n§'
  AND postcode = '§pc§'
  OR phone = '§ph§';""", n=p.fm, pc=a.zp, ph=c.phone(a.cc))


@tpl("personal_logistics", "de_zustellung", 2, lang="de")
def _(c):
    p, a, s = c.person("DE"), c.addr(c.variant(["DE", "AT", "DE"])), c.person("DE")
    return fill("""Kannst du das freundlicher formulieren? Geht per SMS an den Empfänger.

"Hallo §t§, Ihr Paket konnte heute nicht zugestellt werden (§st§, §zp§ §tn§). Es liegt ab morgen 10 Uhr in der Filiale. Ausweis mitbringen. Rückfragen: §s§, Tel. §ph§\"""",
                t=p.tfm("de"), st=a.st, zp=a.zp, tn=a.tn, s=s.fm, ph=c.phone(a.cc))


@tpl("personal_logistics", "fr_appel", 2, lang="fr")
def _(c):
    p, a, d = c.person("FR"), c.addr(c.variant(["FR", "FR", "BE"])), c.person("FR")
    return fill("""Résume cet appel pour le ticket, 3 lignes max :
§t§ appelle à 9h40, colis annoncé livré hier mais rien reçu. Adresse : §a§. Notre livreur §d§ dit l'avoir déposé chez le gardien, mais il n'y a pas de gardien. Client énervé, veut être rappelé au §ph§ avant midi.""",
                t=f"{p.title('fr')} {p.fm}", a=a.one(), d=d.g, ph=c.phone(a.cc))


@tpl("personal_logistics", "nl_bezorging", 2, lang="nl")
def _(c):
    p, a = c.person("NL"), c.addr(c.variant(["NL", "BE"]))
    return fill("""Vertaal naar het Engels voor de collega's in het UK-depot:
"§t§ (§a§) belde: pakket is bij de buren afgegeven maar die zijn op vakantie tot de 20e. §zij§ wil dat we het vrijdag opnieuw brengen. Bereikbaar op §ph§, liefst na 17.00."
""", t=f"Mevrouw {p.fm}" if p.sx == "f" else f"Meneer {p.fm}", a=a.one(),
                zij="Ze" if p.sx == "f" else "Hij",
                ph=c.phone(a.cc))


# ---------------------------------------------------------------- field-service trades
BOILER_JOBS = [
    "Worcester Bosch Greenstar 30i - no hot water. Diverter valve seized. Replaced diverter cartridge, bled rads, flue analysis ok (CO2 9.1%). Advised powerflush (Kamco).",
    "Vaillant ecoTEC plus 832 - F28 lockout. Gas valve ok, replaced ignition electrode + lead, 3 successful ignitions. Fernox TF1 filter cleaned.",
    "Baxi 600 Combi - E133 after gas meter swap. Purged air from supply, reset, ran 20 min ok. Checked working pressure 20.4 mbar.",
    "Ideal Logic Combi 35 - L2 fault. Condensate pipe frozen outside, thawed and lagged, rerouted 32mm internally.",
]


@tpl("personal_fieldservice", "job_sheet", 2)
def _(c):
    p, a, e = c.person("GB"), c.addr("GB"), c.person("GB")
    return fill("""Turn this job sheet into a short invoice description + line items:

JOB #§no§
Customer: §n§
Site: §a§
Tel: §ph§
Engineer: §e§
Work: §w§
Parts: £68.40, inhibitor £14.99
Labour: 2.5h""", no=c.variant(["44817", "44902", "45013"]), n=p.fm, a=a.one(), ph=c.phone("GB"),
                e=e.fm, w=c.variant(BOILER_JOBS))


@tpl("personal_fieldservice", "rewire_quote", 3)
def _(c):
    p, a, e = c.person("GB"), c.addr("GB"), c.person("GB")
    return fill("""Write a quote letter to §t§ for a full rewire at §st§, §tn§ §zp§. 3-bed semi, 1930s, old rubber-sheathed cable in the loft. Include new consumer unit (Hager, RCBOs), EICR after, BS 7671 compliance, Part P notification. £6,850 + VAT, 6 working days. Sign off as §e§, Approved Electrician.""",
                t=p.tfm(), st=a.street_line(), tn=a.tn, zp=a.zp, e=e.fm)


@tpl("personal_fieldservice", "callout_notes", 3, case="lower")
def _(c):
    p, a, e = c.person("GB"), c.addr("GB"), c.person("GB")
    prob = c.variant(["water coming thru kitchen ceiling from bathroom above",
                      "no heating, boiler showing F22, pressure on 0",
                      "outside tap split over night, water everywhere on the drive"])
    return fill("""tidy these call notes into something i can paste in the job:
- §n§ rang 8.15, §prob§
- address §st§, §tn§
- told §obj§ to turn off stopcock under sink
- booked §e§ for 10ish, §g§'s mobile §ph§
- has a Hive thermostat and a Vaillant combi if thats relevant""",
                n=p.fm, prob=prob, st=a.street_line(), tn=a.tn, obj=p.pron("obj"), e=e.g,
                g=p.g, ph=c.phone("GB"))


@tpl("personal_fieldservice", "install_table", 2)
def _(c):
    systems = ["Mitsubishi Ecodan 8.5kW", "Daikin Altherma 3", "Vaillant aroTHERM plus",
               "Samsung EHS Mono"]
    rows = []
    for i, sysname in enumerate(systems):
        p, a = c.person("GB"), c.addr("GB")
        rows.append(f"| {'03/06' if i < 2 else '04/06'} | {p.fm} | {a.tn} | {a.zp} | "
                    f"{c.phone('GB')} | {sysname} |")
    return fill("""Can you sort this by postcode and flag any two jobs on the same day more than 40 miles apart?

| date | customer | town | postcode | phone | system |
|---|---|---|---|---|---|
§rows§""", rows="\n".join(rows))


@tpl("personal_fieldservice", "cp12_check", 3)
def _(c):
    ll, la = c.person("GB"), c.addr("GB")
    tn, pa = c.person("GB"), c.addr("GB")
    e = c.person("GB")
    return fill("""Checking the fields on a CP12 before I send it to the letting agent. Anything missing?

Landlord: §ll§, §la§
Tenant: §tn§
Property: §pa§
Appliances: 1) Ideal Logic Combi 35 - kitchen - pass  2) Flavel gas fire - lounge - NOT TO CURRENT STANDARDS
Engineer: §e§ (Gas Safe reg on file)
Date of check: 12/05""", ll=ll.fm, la=la.one(), tn=tn.fm, pa=pa.one(), e=e.fm)


@tpl("personal_fieldservice", "smart_home_ip", 2)
def _(c):
    p, a = c.person(c.variant(["GB", "DE"])), c.addr(c.variant(["GB", "GB"]))
    return fill("""Writing up the handover for a Loxone install. Customer §n§, §a§. Remote access: router external IP §ip§, port forward 443 -> Miniserver. Customer asked that only §g§ and the installer get admin. Can you write the handover note and tell me if a static IP forward is a bad idea vs Loxone Cloud DNS?""",
                n=p.fm, a=a.one(), ip=c.ip(), g=p.g)


@tpl("personal_fieldservice", "es_presupuesto", 3, lang="es")
def _(c):
    p, a, f = c.person("ES"), c.addr("ES"), c.person("ES")
    trabajo = c.variant([
        "cambiar termo eléctrico Junkers de 80 L por un Ariston Velis y grifo monomando Roca en la cocina",
        "sustituir bañera por plato de ducha de resina 120x80 y mampara, grifo termostático Grohe",
        "revisar caldera Saunier Duval que pierde presión, cambiar vaso de expansión"])
    return fill("""Redacta un presupuesto formal para este cliente, tono educado:
Cliente: §n§
Dirección: §a§
Tel: §ph§
Trabajo: §tr§. Mano de obra 3 h. Material aparte.
Firma: §f§, §fo§""", n=p.fm, a=a.one(), ph=c.phone("ES"), tr=trabajo, f=f.fm,
                fo="fontanera" if f.sx == "f" else "fontanero")


@tpl("personal_fieldservice", "it_intervento", 2, lang="it", case="lower")
def _(c):
    p, a, t = c.person("IT"), c.addr("IT"), c.person("IT")
    return fill("""mi sistemi questo rapporto di intervento in italiano corretto? l'ho scritto di fretta dal furgone

cliente §tt§ (§n§), §a§. caldaia Vaillant ecoTEC in blocco F.28, sostituito elettrodo accensione, controllo fumi ok, libretto impianto aggiornato. tecnico §t§. §cl§ vuole fattura intestata §mar§, richiamare al §ph§""",
                tt=p.tfm("it"), n=p.fm, a=a.one(), t=t.fm, ph=c.phone("IT"),
                cl="la cliente" if p.sx == "f" else "il cliente",
                mar="al marito" if p.sx == "f" else "alla moglie")


@tpl("personal_fieldservice", "pl_montaz", 2, lang="pl")
def _(c):
    p, a, m = c.person("PL"), c.addr("PL"), c.person("PL")
    return fill("""Napisz krótki SMS do klienta z potwierdzeniem montażu klimatyzacji (Mitsubishi Heavy SRK25) na czwartek 9:00–12:00:
Klient: §n§, §a§, tel. §ph§
Monter: §m§
Dodaj, że prosimy o dostęp do balkonu.""", n=p.fm, a=a.one(), ph=c.phone("PL"), m=m.g)


# ---------------------------------------------------------------- estate and letting agents
@tpl("personal_property", "viewing_texts", 2)
def _(c):
    ps = c.people(3, "GB")
    s = c.person("GB")
    flat = c.variant(["the 2-bed on Marlowe Road (£1,450 pcm)", "the studio above the bakery (£895 pcm)",
                      "the 3-bed semi by the station (£1,750 pcm)"])
    return fill("""Write confirmation texts for tomorrow's viewings at §flat§:
10:00 §a§ §pa§
10:30 §b§ §pb§
11:15 §d§ §pd§ (bringing guarantor)
Meet outside, I'm §s§ from the lettings team.""", flat=flat, a=ps[0].fm, pa=c.phone("GB"),
                b=ps[1].fm, pb=c.phone("GB"), d=ps[2].fm, pd=c.phone("GB"), s=s.g)


@tpl("personal_property", "referencing_json", 3)
def _(c):
    p, a = c.person("GB"), c.addr("GB")
    return fill("""Referencing API says "applicant.dob: invalid format". Fix the JSON please, leave the rest alone:

{
  "applicant": {
    "first_name": "§g§",
    "last_name": "§f§",
    "dob": "§dob§",
    "ni_number": "§ni§",
    "email": "§em§",
    "mobile": "§ph§",
    "current_address": {"line1": "§st§", "town": "§tn§", "postcode": "§zp§"},
    "employer": "§emp§",
    "annual_income": 31500
  },
  "property_ref": "LET-2291"
}""", g=P(p.given), f=P(p.family), dob=c.dob("uk"), ni=c.nino("compact"), em=p.em,
                ph=c.phone("GB"), st=a.street_line(), tn=a.tn, zp=a.zp,
                emp=c.variant(["Sainsbury's Supermarkets Ltd", "Amazon UK Services Ltd",
                               "Royal Mail Group"]))


@tpl("personal_property", "inspection_report", 2)
def _(c):
    ll, t1, t2 = c.person("GB"), c.person("GB"), c.person("GB")
    a = c.addr("GB")
    return fill("""Turn my notes into a mid-term inspection report for the landlord, §ll§. Keep it factual.

Property: §a§
Tenants: §t1§ and §t2§
- general condition good, tenants present
- black mould on bathroom ceiling above shower, extractor not working. Told tenants to keep window open; recommend new Vent-Axia fan (Awaab's Law timescales if it gets worse)
- garden overgrown
- smoke alarms tested ok, CO alarm by boiler ok
- §t1g§ mentioned the back door lock is stiff""", ll=ll.tfm(), a=a.one(), t1=t1.fm,
                t2=t2.fm, t1g=t1.g)


@tpl("personal_property", "deposit_reply", 3)
def _(c):
    p, a = c.person("GB"), c.addr(c.variant(["GB", "GB", "IE"]))
    return fill("""Help me reply to this. Deposit is protected with the TDS; landlord wants to deduct £240 for carpet cleaning.

> On Tue, §n§ <§em§> wrote:
> I've just had the checkout report. There is NO way that carpet was clean when we moved in, check the inventory photos. I'm not agreeing to any deduction.
> My new address for the deposit return letter is §a§""", n=p.fm, em=p.em, a=a.one())


@tpl("personal_property", "landlord_iban", 2)
def _(c):
    ll = c.person()
    cc = c.variant(["ES", "PT"])
    return fill("""Landlord §n§ has moved abroad and wants rent paid to this account from next month. Draft the confirmation email and list what we should check first (payment-diversion fraud):
Account name: §n2§
IBAN: §ib§
New correspondence address: §na§
Request came from §em§, same e-mail as on file, but the change request was first phoned in from §ph§ which we don't have on file.""",
                n=ll.fm, n2=P(ll.full.upper()), ib=c.iban(cc), na=c.addr(cc).one(), em=ll.em,
                ph=c.phone(cc))


@tpl("personal_property", "right_to_rent", 2, case="lower")
def _(c):
    p, s = c.person(), c.person("GB")
    iso3, pp = c.passport(p)
    return fill("""Right to Rent check notes, rewrite as a proper file note:
applicant §n§, DOB §dob§, passport §pp§ (§iso§), original seen in branch by me and §s§ on 9/4, copy taken + signed/dated. not time-limited. next step: referencing then holding deposit""",
                n=p.fm, dob=c.dob("uk"), pp=pp, iso=iso3, s=s.fm)


@tpl("personal_property", "de_selbstauskunft", 2, lang="de")
def _(c):
    p, a = c.person("DE"), c.addr(c.variant(["DE", "DE", "AT"]))
    return fill("""Bitte prüfe die Mieterselbstauskunft auf Vollständigkeit und formuliere eine kurze Rückfrage an den Interessenten:

Name: §f§, Vorname: §g§
Geburtsdatum: §dob§
Derzeitige Anschrift: §st§, §zp§ §tn§
Telefon: §ph§
E-Mail: §em§
Arbeitgeber: §ag§, unbefristet
Nettoeinkommen: 3.240 €
Mietkaution per Überweisung von IBAN §ib§
SCHUFA: liegt bei""", f=P(p.family), g=P(p.given), dob=c.dob("dot"), st=a.street_line(),
                zp=a.zp, tn=a.tn, ph=c.phone(a.cc), em=p.em,
                ag=c.variant(["Bosch Rexroth AG", "Deutsche Bahn AG", "Edeka Südwest"]),
                ib=c.iban("DE"))


@tpl("personal_property", "sv_visning", 2, lang="sv")
def _(c):
    a, b = c.person("SE"), c.person("SE")
    s = c.person()
    return fill("""Skriv ett kort sms till spekulanterna som anmält sig till visningen på lördag:
- §a§ §pa§
- §b§ §pb§
Visningen flyttas till kl. 13 pga städdag i föreningen. Hälsningar §s§""",
                a=a.fm, pa=c.phone("SE"), b=b.fm, pb=c.phone("SE"), s=s.g)


@tpl("personal_property", "arrears_call", 3, case="lower")
def _(c):
    p, q = c.person("GB", sx="m"), c.person("GB")
    return fill("""rent arrears call w/ tenant §n§ today, summarise into 3 bullets for the landlord. he says universal credit payment was late, will pay £620 on friday from his partner §q§'s account, then £150/month extra till cleared. current arrears £1,860. his number changed to §ph§""",
                n=p.fm, q=q.fm, ph=c.phone("GB"))


@tpl("personal_property", "fr_etat_des_lieux", 2, lang="fr")
def _(c):
    p, a, b = c.person("FR"), c.addr("FR"), c.addr(c.variant(["FR", "BE"]))
    return fill("""Peux-tu mettre au propre cet état des lieux de sortie ?
Locataire : §t§ §n§
Logement : §a§
Nouvelle adresse du locataire : §b§
Séjour : parquet rayé près de la fenêtre, 2 trous de cheville non rebouchés
Cuisine : plaque Bosch ok, hotte grasse
Clés : 3 rendues sur 3, badge Vigik ok""", t=p.title("fr"), n=p.fm, a=a.one(), b=b.one())


# ---------------------------------------------------------------- travel agencies and airline back office
@tpl("personal_travel", "pnr_apis", 3)
def _(c):
    p, q = c.person(), c.person()
    iso3, pp = c.passport(p)
    d = c.dob_t()
    fl = c.variant(["BA 117 Y 14JUN 6 LHRJFK HK2  0825 1105", "EI 105 Y 02JUL 3 DUBJFK HK2  1115 1335",
                    "VS 401 Y 21MAY 3 LHRJFK HK2  1140 1435"])
    sx = "F" if p.sx == "f" else "M"
    return fill("""Can you explain what's wrong with this PNR? The APIS keeps failing at online check-in for pax 1.

RP/LON1A0980/
  1.§n1§ §t1§   2.§n2§ §t2§
  3  §fl§
  4 AP §ph§
  5 APE §em§
  6 SSR DOCS §al§ HK1 P/§iso§/§pp§/§iso§/§dob§/§sx§/09MAR31/§n1b§/P1
  7 TK OK10JUN/LON1A0980""", n1=p.pnr(), t1="MRS" if p.sx == "f" else "MR", n2=q.pnr(),
                t2="MRS" if q.sx == "f" else "MR", fl=fl, ph=c.phone_for(p),
                em=EM(p.email_raw.upper()), iso=iso3, pp=pp,
                dob=DOB(fmt_date(d, "pnr")), sx=sx, n1b=p.pnr(), al=fl[:2])


@tpl("personal_travel", "pax_csv", 2)
def _(c):
    trip = c.variant(["the Vienna choir tour (Austrian Airlines groups desk)",
                      "the Kraków history-society trip (LOT groups)",
                      "the Lisbon golf weekend (TAP groups)"])
    ps = c.people(4, "GB")
    rows = []
    for i, p in enumerate(ps):
        _, pp = c.passport(iso3="GBR")
        dob = c.dob("iso") if i != 2 else ""
        rows.append(f"{P(p.family)},{P(p.given)},{dob},{pp},GBR")
    rows.insert(3, rows[1])
    return fill("""Check this passenger list for §trip§ before I send it — any duplicates or missing DOBs?

surname,first_name,dob,passport_no,nationality
§rows§""", trip=trip, rows="\n".join(rows))


@tpl("personal_travel", "name_correction", 3)
def _(c):
    p = c.person("GB", sx="f")
    h = c.person("GB", sx="m")
    g = h.given
    wrong = g[0] + g[2] + g[1] + g[3:] if len(g) > 4 else g + g[-1]
    dest = c.variant(["Lisbon", "Madeira", "Dubrovnik"])
    return fill("""Reply to this client. Explain the airline charges £60 for a name correction and we need a copy of the passport photo page.

> Hi, I booked the §dest§ package for me and my husband but his first name is spelt wrong on the tickets: it says §w§ but his passport says §r§. Can you fix it? Booking ref K7Q2LM.
> Thanks, §n§
> §ph§""", dest=dest, w=P(f"{wrong} {h.family}"), r=P(f"{g} {h.family}"), n=p.fm,
                ph=c.phone("GB"))


@tpl("personal_travel", "refund_card", 3)
def _(c):
    p, a = c.person("GB"), c.addr("GB")
    return fill("""Cancelled package, refund of £1,284.50 goes back to the original card. Finance want the details in a table (lead pax, card, expiry, billing address, booking):
lead passenger §n§, card used §cc§ exp 09/27, billing address §a§, booking TRV-55813""",
                n=p.fm, cc=c.card(), a=a.one())


@tpl("personal_travel", "assistance_notes", 3, case="lower")
def _(c):
    p, d = c.person(), c.person(sx="f")
    route = c.variant(["edi-ams-nbo", "man-dxb-cmb", "lhr-doh-akl"])
    return fill("""summarise for the airline special assistance desk: pax §n§ travelling §r§ on the 14th. WCHC, own electric wheelchair (permobil m3, lithium battery 36v 73.6wh), needs aisle chair at both ends. daughter §d§ travelling with §obj§, contact §ph§""",
                n=p.fm, r=route, d=d.fm, obj=p.pron("obj"), ph=c.phone_for(d))


@tpl("personal_travel", "visa_invite", 3)
def _(c):
    h, ha = c.person("GB"), c.addr("GB")
    g = c.person()
    iso3, pp = c.passport(g)
    return fill("""Fill this invitation letter template for the visa application, and fix the English:

Dear Visa Officer,
I, [HOST NAME], residing at [HOST ADDRESS], am inviting [GUEST NAME] (passport [NO.], born [DOB]) to visit me in the United Kingdom from 2 to 16 August for my wedding. I will cover accomodation.

Host: §h§, §ha§
Guest: §g§, passport §pp§, DOB §dob§
Guest's home address: §ga§""", h=h.fm, ha=ha.one(), g=g.fm, pp=pp, dob=c.dob("long"),
                ga=c.addr_for(g, "US").one())


@tpl("personal_travel", "transfer_manifest", 2, case="upper")
def _(c):
    a, b, d = c.person(), c.person(), c.person("GB")
    drv = c.person("GB")
    return fill("""TRANSFER MANIFEST 14/06 - ARRIVALS T3, MEET & GREET
PAX: §a§ X2 - FLIGHT EK 005 - MOB §pa§
PAX: §b§ - FLIGHT QR 009 - MOB §pb§
PAX: §d§ X4 - FLIGHT SQ 322 - MOB §pd§
DRIVER: §drv§
PLEASE TURN THIS INTO A TABLE AND CHECK THE TIMES I PUT ARE LANDINGS NOT DEPARTURES""",
                a=a.fm, pa=c.phone_for(a), b=b.fm, pb=c.phone_for(b), d=d.fm, pd=c.phone("GB"),
                drv=drv.fm)


@tpl("personal_travel", "pt_reserva", 2, lang="pt")
def _(c):
    p = c.person("BR")
    return fill("""Escreve uma mensagem de WhatsApp curta para o cliente confirmando a reserva, tom simpático:
Cliente: §n§
CPF: §cpf§
Voo: LATAM LA 3090 Guarulhos → Santos Dumont, 12/07, 07h10
Hotel: 3 noites em Copacabana, café incluído
Endereço p/ nota fiscal: §a§
Contato: §ph§ / §em§""", n=p.fm, cpf=c.idfrom(CPFS, "CPF:"), a=c.addr("BR").one(),
                ph=c.phone("BR"), em=p.em)


@tpl("personal_travel", "tr_musteri_notu", 2, lang="tr")
def _(c):
    p = c.person("TR")
    return fill("""Bu müşteri notunu İngilizceye çevirir misin, acenteye gidecek:
"§n§ §t§ aradı. Antalya havalimanı transferi 18.00'den 21.30'a alınacak, uçuş rötarlı. Otel rezervasyonu TC kimlik no §tc§ üzerine. Fatura adresi: §a§. Cep: §ph§. Çocuk koltuğu da istiyor.\"""",
                n=p.fm, t=p.title("tr"), tc=c.idfrom(TCKNS, "TC:"), a=c.addr("TR").one(),
                ph=c.phone("TR"))


# ---------------------------------------------------------------- accountancy, payroll and law firms
@tpl("personal_finance_law", "engagement_fill", 3)
def _(c):
    p, a, s = c.person("GB"), c.addr("GB"), c.person("GB")
    return fill("""Fill in the engagement letter for a new self-assessment client:
Client: §n§
Address:
§a§
UTR: §utr§
Services: SA100 + SA105 (two rental properties), CGT on a share disposal
Fee: £650 + VAT
Partner: §s§ ACA
Use our standard wording, the UK GDPR paragraph, and mention the 31 January deadline.""",
                n=p.fm, a=a.block(), utr=c.utr(), s=s.fm)


@tpl("personal_finance_law", "payroll_csv", 3)
def _(c):
    rows = []
    codes = c.variant([["1257L", "BR", "1257 L"], ["1257L", "K475", "1257LL"], ["S1257L", "1257L", "0T M1"]])
    for i in range(3):
        p, a = c.person("GB"), c.addr("GB")
        rows.append(f"{1042 + i * 17},{P(p.family)},{P(p.given)},{c.nino('compact')},"
                    f"{c.dob('uk')},{a.zp},{codes[i]}")
    return fill("""Our Sage payroll import is failing on row 3. Can you spot why?

employee_id,surname,forename,ni_number,dob,postcode,tax_code
§rows§""", rows="\n".join(rows))


@tpl("personal_finance_law", "new_starter", 2)
def _(c):
    p, a, e = c.person("GB"), c.addr("GB"), c.person("GB")
    return fill("""New starter: §n§, warehouse operative, starts Monday. P45 received, tax code 1257L, NI §ni§, DOB §dob§, home address §a§. Emergency contact §e§ (next of kin) §ph§.
Draft the welcome email to §em§ and list what's still missing before first RTI submission.""",
                n=p.fm, ni=c.nino(), dob=c.dob("long"), a=a.one(), e=e.fm, ph=c.phone("GB"),
                em=p.em)


@tpl("personal_finance_law", "us_w4", 3)
def _(c):
    p, a = c.person("US"), c.addr("US")
    return fill("""Checking a W-4 and I-9 from a new hire before I key them into Gusto:
Name: §n§
SSN: §ssn§
Address: §a§
DOB: §dob§
Phone: §ph§
Filing status: Married filing jointly, Step 3: $4,000
Is a Step 3 amount of $4,000 plausible for 2 kids under 17?""", n=p.fm, ssn=c.ssn(),
                a=a.one(), dob=c.dob("usnum"), ph=c.phone("US"))


@tpl("personal_finance_law", "invoice_chaser", 2, case="lower")
def _(c):
    p = c.person("GB", sx="m")
    return fill("""write a polite but firm chaser to §n§ about invoice 2291 (£1,140, year end accounts + vat returns), 45 days overdue. he's ignored 2 emails. his email is §em§. say we'll pause the bookkeeping on xero if not paid by the 30th""",
                n=p.fm, em=p.em)


@tpl("personal_finance_law", "client_call", 3)
def _(c):
    p = c.person("GB", sx="m")
    w, o, s = c.person("GB", sx="f"), c.person("GB"), c.person("GB")
    town = c.addr("GB").tn
    return fill("""Summarise this call note for the file:
Call w/ §n§ 11:20. HMRC letter re 2022-23 return, underpaid £2,310. Wife §w§ sold the flat in §town§ in 2021 - was the gain ever declared?? §g§ thinks their old accountant (§o§) handled it. Needs a callback from §s§ on §ph§.""",
                n=p.fm, w=w.fm, town=town, g=p.g, o=o.fm, s=s.g, ph=c.phone("GB"))


@tpl("personal_finance_law", "mirror_wills", 2)
def _(c):
    a, b = c.person("GB", sx="m"), c.person("GB", sx="f")
    ad = c.addr("GB")
    ex, gd = c.person("GB", sx="m"), c.person("GB")
    return fill("""Draft mirror wills from these instructions:
Testators: §a§ (DOB §da§) and §b§ (DOB §db§), both of §ad§
Executors: each other, then §ex§ (brother) of §ext§
Guardian for the children: §gd§
Residue: to the children equally at 25
Specific gift: the Rolex Submariner to §exg§""", a=a.fm, da=c.dob("uk"), b=b.fm,
                db=c.dob("uk"), ad=ad.one(), ex=ex.fm, ext=c.addr("GB").tn, gd=gd.fm, exg=ex.g)


@tpl("personal_finance_law", "completion_email", 2)
def _(c):
    b1, b2 = c.person("GB"), c.person("GB")
    a = c.addr("GB")
    return fill("""Draft a completion-day email to our clients §b1§ and §b2§ on their purchase of §a§. Completion took place 12:48, keys at the estate agent (Hamptons) from 2pm. The £4,200 balance refund goes back to their account §ib§ tomorrow. Remind them about SDLT return filed and the Land Registry timescale.""",
                b1=b1.fm, b2=b2.fm, a=a.one(), ib=c.iban("GB"))


@tpl("personal_finance_law", "nl_loonstrook", 2, lang="nl")
def _(c):
    p, a = c.person("NL"), c.addr("NL")
    return fill("""Kun je deze gegevens voor de loonstrook controleren? Klopt het dat loonheffingskorting aan moet?
Werknemer: §n§
BSN: §bsn§
Geboortedatum: §dob§
Adres: §a§
IBAN: §ib§
Brutoloon € 3.150 per maand, 32 uur, start 1 maart""", n=p.fm, bsn=c.idfrom(BSNS, "BSN:"),
                dob=c.dob("dash"), a=a.one(), ib=c.iban("NL"))


BIRTHPLACES = [("Bergamo", "A794"), ("Palermo", "G273"), ("Lecce", "E506"), ("Treviso", "L407")]


@tpl("personal_finance_law", "it_assunzione", 2, lang="it")
def _(c):
    p, a = c.person("IT"), c.addr("IT")
    d = c.dob_t()
    town, bel = c.variant(BIRTHPLACES)
    cf = codice_fiscale(p.given, p.family, d, p.sx, bel)
    nato = "nata" if p.sx == "f" else "nato"
    return fill("""Devo preparare la lettera di assunzione, mi fai una bozza? Dati:
§n§, C.F. §cf§, §nato§ a §bt§ il §dob§, residente in §a§. CCNL commercio, 4° livello, part-time 30 ore, decorrenza 1/9.""",
                n=p.fm, cf=NID(cf), nato=nato, bt=L(town), dob=DOB(fmt_date(d, "uk")),
                a=a.one())


@tpl("personal_finance_law", "fr_lettre_mission", 2, lang="fr")
def _(c):
    p, a = c.person("FR"), c.addr("FR")
    return fill("""Adapte ce paragraphe de notre lettre de mission pour un nouveau client particulier :
« Entre le cabinet et §t§ §n§, domicilié(e) §a§, numéro fiscal §nf§, il est convenu ce qui suit : le cabinet assure l'établissement de la déclaration de revenus 2042 et de l'annexe 2044 (revenus fonciers)… »
Il faut ajouter la mission IFI et enlever la mention LMNP.""", t=p.title("fr"), n=p.fm,
                a=a.one(), nf=c.idfrom(FR_FISCAL, "FRF:"))


@tpl("personal_finance_law", "es_nomina", 2, lang="es")
def _(c):
    p, a = c.person("ES"), c.addr("ES")
    return fill("""Revisa estos datos para el alta en la Seguridad Social y dime qué falta para el contrato:
Trabajador/a: §n§
DNI/NIE: §dni§
Nº afiliación SS: §nss§
Fecha de nacimiento: §dob§
Domicilio: §a§
Cuenta para la nómina: §ib§""", n=p.fm, dni=c.idfrom(DNIS, "DNI:"), nss=c.idfrom(NSSS, "NSS:"),
                dob=c.dob("uk"), a=a.one(), ib=c.iban("ES"))


# ---------------------------------------------------------------- car dealers and garages
CARS_DUE = ["VW Polo 1.0 TSI", "Kia Picanto 1.25", "Ford Fiesta ST-Line", "Vauxhall Corsa",
            "Toyota Yaris hybrid", "Skoda Fabia", "Renault Clio", "Honda Jazz", "Dacia Sandero"]


@tpl("personal_motor", "mot_reminders", 2)
def _(c):
    lines = []
    for i, d in enumerate(["04/07", "11/07", "19/07"]):
        p = c.person("GB")
        lines.append(f"{p.fm} - {CARS_DUE[(c.k * 3 + i) % len(CARS_DUE)]} - due {d} - {c.phone('GB')}")
    return fill("""Write MOT reminder texts for these, all due next month. Each under 160 chars, include the booking link placeholder [LINK].
§lines§""", lines="\n".join(lines))


@tpl("personal_motor", "advisor_note", 2)
def _(c):
    p, t = c.person("GB"), c.person("GB")
    car = c.variant(["Kia Picanto 1.0, 74k miles", "Ford Focus 1.5 EcoBlue, 91k miles",
                     "VW Golf 2.0 TDI, 118k miles"])
    return fill("""Tidy up this service advisor note for the customer-facing invoice:
Cust §n§ says judder pulling away in 1st/2nd, worse when cold. Road tested w/ §t§, clutch slipping + DMF rattle on idle. Quoted LuK RepSet DMF kit £1,095 fitted. §g§ wants to think about it, call back on §ph§ after 5.
Vehicle: §car§""", n=p.fm, t=t.g, g=p.g, ph=c.phone("GB"), car=car)


@tpl("personal_motor", "finance_json", 2)
def _(c):
    p, a, b = c.person("GB", sx="f"), c.addr("GB"), c.addr("GB")
    return fill("""Finance portal rejects this proposal: "applicant.addressHistory: minimum 3 years required". Add her previous address (§prev§, Jan 2019 to Mar 2022) and give me the JSON back:

{"vehicle": {"make": "Tesla", "model": "Model 3 Long Range", "year": 2022, "mileage": 28140},
 "applicant": {"title": "Ms", "forename": "§g§", "surname": "§f§", "dateOfBirth": "§dob§",
  "email": "§em§", "mobile": "§ph§",
  "addressHistory": [{"line1": "§st§", "town": "§tn§", "postcode": "§zp§", "from": "2022-03"}],
  "employment": {"employer": "NHS Highland", "occupation": "Staff Nurse", "since": "2016-09"}}}""",
                prev=b.one(), g=P(p.given), f=P(p.family), dob=c.dob("iso"), em=p.em,
                ph=c.phone("GB"), st=a.street_line(), tn=a.tn, zp=a.zp)


@tpl("personal_motor", "part_ex_msg", 2, case="lower")
def _(c):
    p, s = c.person("GB", sx="f"), c.person("GB")
    deal = c.variant(["£7,250 for the Juke against the Qashqai", "£4,900 for the Corsa against the Mokka",
                      "£11,300 for the Tiguan against the ID.4"])
    return fill("""can u write a msg to §g§ about her part ex? we can do §deal§, thats after the hpi check and 2 new tyres. she wanted 8k. her number is §ph§, sign off as §s§ from the showroom""",
                g=p.g, deal=deal, ph=c.phone("GB"), s=s.g)


@tpl("personal_motor", "cs_servis", 2, lang="cs")
def _(c):
    p, a = c.person("CZ"), c.addr("CZ")
    return fill("""Přelož do angličtiny pro leasingovou společnost, formálně:
Zákazník §n§, bytem §a§, tel. §ph§, přistavil vůz Škoda Octavia Combi 2.0 TDI (RZ v protokolu) na výměnu rozvodů a vodní pumpy. Při převzetí zjištěno poškození předního nárazníku, zákazník souhlasí s fotodokumentací.""",
                n=p.fm, a=a.one(), ph=c.phone("CZ"))


@tpl("personal_motor", "da_vaerksted", 2, lang="da", case="lower")
def _(c):
    p, s = c.person("DK"), c.person()
    return fill("""skriv en kort sms til kunden om at bilen er klar: §n§, Toyota Yaris Cross, 30.000 km service + nye vinterdæk. pris 4.850 kr. kan hentes efter kl. 15, spørg efter §s§ på værkstedet. kunde tlf. §ph§""",
                n=p.fm, s=s.g, ph=c.phone("DK"))


@tpl("personal_motor", "mx_concesionario", 2, lang="es")
def _(c):
    p = c.person("MX")
    a = c.addr("MX")
    curp = CURPS.get(p.full)
    idline = f"CURP {NID(curp)}" if curp else "INE en expediente"
    return fill("""Redacta un correo para el cliente confirmando la entrega de su Nissan Versa Advance 2024:
Cliente: §n§ (§idl§)
Domicilio: §a§
Cel: §ph§
Entrega el sábado a las 11:00 en agencia, traer comprobante de domicilio y la póliza de seguro.""",
                n=p.fm, idl=idline, a=a.one(), ph=c.phone("MX"))


@tpl("personal_motor", "de_werkstatt", 2, lang="de")
def _(c):
    p, a, m = c.person("DE"), c.addr("DE"), c.person("DE")
    auto = c.variant(["VW Passat Variant, Inspektion + Zahnriemen", "Opel Astra K, HU/AU + Bremsen hinten"])
    return fill("""Fass mir die Notiz für den Auftrag kurz zusammen, in ganzen Sätzen:
kd. §t§ (§n§), §a§, tel. §ph§. fahrzeug: §auto§. kunde will ersatzwagen, haben nur noch den Fiat 500 frei. abholung durch §m§ am do. kostenvoranschlag per mail an §em§""",
                t=p.tfm("de"), n=p.fm, a=a.one(), ph=c.phone("DE"), auto=auto, m=m.g, em=p.em)


@tpl("personal_motor", "test_drive_log", 2, case="upper")
def _(c):
    rows = []
    for t, car in zip(["10:00", "11:30", "14:15"], ["CUPRA BORN", "MG4 TROPHY", "KIA EV6 GT-LINE"]):
        p = c.person("GB")
        lic = uk_licence(p, c.dob_t())
        rows.append(f"{t} {p.fm} - {car} - LICENCE {NID(lic)} CHECKED - {c.phone('GB')}")
    return fill("""TEST DRIVE LOG SAT
§rows§
TURN THIS INTO A FOLLOW-UP LIST, WHO TO CALL FIRST AND WHAT TO OFFER""", rows="\n".join(rows))


# ================================================================ PII-FREE ROWS
# Same trades and framings, no private person: public figures, brands, products, places in
# general talk, laws and units named after people, job titles, placeholders and sample people.
def V(c, *variants):
    return c.variant(variants)


# ---------------------------------------------------------------- couriers and logistics
@tpl("clean_logistics", "fail_sms_template", 3)
def _(c):
    return V(c, """Draft a failed-delivery SMS template for the new handhelds. Use {{first_name}}, {{tracking_number}} and {{pickup_point}} as merge fields, under 160 chars, friendly but not cheesy. One version for Evri ParcelShops and one for InPost lockers.""",
             """Rewrite our missed-parcel text, it's too long:
"Hi [Customer Name], sorry we missed you! Your parcel [Tracking No.] from [Retailer] is now at [Pickup Point]. Bring ID. Reply STOP to opt out."
Royal Mail does it in two lines, can we?""",
             """Make three tones of the same failed-delivery message (formal / neutral / chatty) with placeholders <NAME>, <DATE>, <SLOT>. Example for the training deck: Joe Bloggs, parcel from John Lewis, tried at 14:10.""")


@tpl("clean_logistics", "hub_csv", 3)
def _(c):
    return V(c, """can you fix this csv? the gateway names have commas in them so the columns shift when it goes into Excel

code,gateway,city,cutoff
JFK,John F. Kennedy International,New York,18:00
CDG,Paris Charles de Gaulle,Roissy,16:30
FCO,Leonardo da Vinci-Fiumicino,Rome,15:00
BER,Berlin Brandenburg Willy Brandt,Schönefeld,17:00
LPL,Liverpool John Lennon,Speke,14:00""",
             """Add a column "named_after" to this and fill it in, it's for the new-starter quiz in the sorting centre:

iata,airport
IAH,George Bush Intercontinental
DCA,Ronald Reagan Washington National
MSY,Louis Armstrong New Orleans
BEG,Belgrade Nikola Tesla
PRG,Václav Havel Airport Prague
WAW,Warsaw Chopin
GDN,Gdańsk Lech Wałęsa""",
             """Sort these by weekly volume and tell me which two hubs we could merge:

hub,volume_wk
Heathrow,48200
Manchester,21750
East Midlands,63900
Stansted,30410
Charles de Gaulle,12880
JFK,9100
Schiphol,17430
Dublin,11020""")


@tpl("clean_logistics", "customs_sample_json", 2)
def _(c):
    return V(c, """Our customs API docs have a broken example, can you fix the JSON so it validates?

{
  "sender": {"name": "John Doe", "address1": "123 Main Street", "city": "Anytown", "postcode": "AB1 2CD", "country": "GB"},
  "receiver": {"name": "Jane Doe", "address1": "1 Sample Road", "city": "Springfield", "state": "IL", "country": "US"}
  "contents": [{"description": "Harry Potter box set (Bloomsbury)", "hs_code": "490199", "value": 64.00}]
}""",
             """Turn this CN23 field list into a JSON schema with descriptions. Use Max Mustermann / Musterstraße 1 as the example values like the Deutsche Post docs do:
- sender name, address, country
- recipient name, address, country, phone
- item description, HS code, origin, value, currency
- category (gift / commercial sample / documents / returned goods)""")


@tpl("clean_logistics", "incoterms_question", 3)
def _(c):
    return V(c, """Customer service keeps getting asked this: a customer orders a Dyson V15 from our UK warehouse for delivery to Sydney. DAP or DDP? Who pays the GST and what HS code would the Dyson be under?""",
             """Explain DDP vs DAP vs EXW in plain English for the new account managers. Use a Le Creuset casserole going from Calais to Toronto as the example.""",
             """Does the Windsor Framework change anything for parcels from Liverpool to Belfast vs Holyhead to Dublin? Need a one-paragraph answer for the ops bulletin.""")


@tpl("clean_logistics", "ops_theory", 3, case="lower")
def _(c):
    return V(c, """whats little's law in plain english? our ops manager keeps quoting it at the morning huddle and nobody wants to admit they dont know""",
             """clarke-wright savings vs dijkstra for route planning, which one is our planner actually using if it says 'savings heuristic'? 40 vans, 1800 drops a day""",
             """how do i use erlang c to work out how many agents the parcel helpline needs for 600 calls an hour, 4 min average handle time, 80/20 service level""")


@tpl("clean_logistics", "monopoly_quiz", 2)
def _(c):
    return V(c, """Drivers' Christmas quiz, round 3 "On the Board". Write 10 questions about the streets on the London Monopoly board (Old Kent Road, Whitechapel Road, The Angel Islington, Pall Mall, Fleet Street, Leicester Square, Park Lane, Mayfair...) with answers. Bonus one on King's Cross station.""",
             """For the depot quiz, 8 questions where the answer is a famous street: Baker Street, Wall Street, Abbey Road, Penny Lane, Downing Street, Route 66, the Champs-Élysées, Sunset Boulevard. Give the clue (song, film, building) and the answer.""")


@tpl("clean_logistics", "incident_public", 2, case="lower")
def _(c):
    return V(c, """Summarise for the incident log: van 14 (Mercedes Sprinter) clipped a bollard in the loading bay at Westfield Stratford City at 06:40. No injuries, Fleet Manager and Transport Manager informed, dashcam clip saved. Insurer is Aviva.""",
             """Write up for the ops log: road closed on Abbey Road again (Beatles fans on the zebra crossing plus filming), rerouted via Grove End Road, St John's Wood drops ran 40 min late. Suggest a permanent reroute.""")


@tpl("clean_logistics", "de_etiketten", 2, lang="de")
def _(c):
    return V(c, """Erstelle eine Vorlage für unsere Paketaufkleber mit Platzhaltern für Empfänger, Straße, PLZ und Ort. Als Beispiel bitte wie üblich Max Mustermann, Musterstraße 1, 12345 Musterstadt verwenden. Dazu ein Feld für DHL Packstation oder Hermes PaketShop.""",
             """Unsere Fahrer fragen ständig: Darf man ein Paket beim Nachbarn abgeben, wenn der Kunde das nicht ausgeschlossen hat? Kurze Erklärung für das Schwarze Brett, mit Bezug auf die AGB von DHL und GLS.""")


@tpl("clean_logistics", "fr_douane", 2, lang="fr")
def _(c):
    return V(c, """Depuis le Brexit, quelles formalités pour envoyer un colis de particulier à particulier de Roissy-Charles-de-Gaulle vers Londres ? Il faut la CN23 dès quel montant ? Réponse courte pour le service client.""",
             """Résume la différence entre Chronopost, Colissimo et Mondial Relay pour un client qui veut envoyer un vélo de Lyon à Marseille, en 5 lignes.""")


# ---------------------------------------------------------------- field-service trades
@tpl("clean_fieldservice", "fault_codes", 3)
def _(c):
    return V(c, """Worcester Bosch Greenstar 30i showing EA 229. What does it mean and what should the engineer check first before condemning the gas valve?""",
             """Vaillant ecoTEC plus F28 vs F29: what's the difference, and is it worth checking the gas meter governor first? Apprentice question.""",
             """Baxi 800 Combi E119, pressure reads 1.2 bar on the gauge. Customer says it happened after a Nest thermostat was fitted. Possible causes?""")


@tpl("clean_fieldservice", "apprentice_physics", 3)
def _(c):
    return V(c, """Explain Ohm's law and Kirchhoff's current law for a first-year apprentice, with an example using a 9.5 kW electric shower on a 10 mm² cable. Keep the maths simple.""",
             """Why is the max Zs for a 32 A Type B MCB 1.37 Ω in BS 7671 Table 41.3? Walk me through where the number comes from (Cmin 0.95, 230 V).""",
             """Apprentice asked why a Megger insulation test is done at 500 V DC and not 230 V AC. Give a plain answer and mention what a Wheatstone bridge has to do with it, if anything.""")


@tpl("clean_fieldservice", "quote_template", 2)
def _(c):
    return V(c, """Tidy up our quote template, it reads badly:

Dear [Customer Name],
Re: [Site Address]
Thank you for inviting us to quote. We propose to supply and fit a [Boiler Make/Model] including flush, magnetic filter (Fernox TF1) and smart thermostat (Hive / Nest / tado°).
Price: £[AMOUNT] + VAT
Prepared by: [Engineer Name], Gas Safe [No.]""",
             """Write a short "what happens on install day" section for our heat pump quotes, using {{customer_first_name}} and {{install_date}} merge fields. Mention MCS, the Boiler Upgrade Scheme and that the Mitsubishi Ecodan outdoor unit needs 300 mm clearance.""")


@tpl("clean_fieldservice", "van_stock", 3)
def _(c):
    return V(c, """Turn this van stock list into a reorder sheet grouped by supplier (Screwfix, Toolstation, City Plumbing):
- Stillson 18"
- Allen keys metric set
- Jubilee clips 25-40mm x10
- Rawlplugs red x100
- Wera Phillips PH2 + Pozidriv PZ2
- Wago 221 connectors
- Fernox F1 inhibitor x4
- Makita 18V batteries x2""",
             """which is better for a sparky's van, Milwaukee M18 or DeWalt XR? Need SDS, impact driver, multi-tool and a Fluke tester. budget about 1.5k, Festool is out""",
             """Check my stock list for anything that's actually the same item under two names:
Monument pipe slice 15mm
Rothenberger pipe cutter 15mm
Stanley Fatmax tape
Hilti HIT-HY 200 resin
Bosch GSR 18V drill
Jubilee clip / worm drive hose clip""")


@tpl("clean_fieldservice", "legionella_q", 2, case="lower")
def _(c):
    return V(c, """do we need to do a legionella risk assessment when we replace a cold water tank in a rented flat? landlord says its the agents job. also is weil's disease a real risk when we're pulling up old drains or is that an old wives tale""",
             """quick one: what temp does a cylinder need to be stored at to stop legionnaires' disease, and is 60c at the tap in 1 min the rule from L8 or HSG274?""")


@tpl("clean_fieldservice", "heat_pump_explainer", 3)
def _(c):
    return V(c, """Customer-facing explainer needed: why a heat pump's COP drops in winter. Use the Carnot limit in simple terms (Kelvin temperatures), compare the Daikin Altherma 3 and Vaillant aroTHERM plus, max 200 words.""",
             """Convert these boiler outputs to BTU/h for an American customer's spreadsheet: 24 kW, 30 kW, 35 kW. And explain why Watt and BTU both exist.""",
             """Make a comparison table: Mitsubishi Ecodan, Samsung EHS Mono, Daikin Altherma 3, Grant Aerona3: refrigerant (R32/R290), max flow temp, noise in dB(A), SCOP at 35°C.""")


@tpl("clean_fieldservice", "it_caldaia", 2, lang="it")
def _(c):
    return V(c, """Spiegami il codice errore F28 su una Vaillant ecoTEC e la differenza con l'errore 501 sulle Riello, da mettere nella guida per i tecnici nuovi.""",
             """Qual è la differenza tra libretto di impianto e rapporto di efficienza energetica? Lo chiedono sempre i clienti, risposta breve con riferimento al DPR 74/2013.""")


@tpl("clean_fieldservice", "es_fontaneria", 2, lang="es")
def _(c):
    return V(c, """¿Qué diferencia hay entre la grifería termostática de Grohe y la de Roca para un plato de ducha? Necesito un texto corto para el catálogo, sin marcas preferidas.""",
             """Explícame la ley de Ohm y la ley de Joule con un ejemplo de un termo Junkers de 2000 W, para un aprendiz de electricista. Nivel básico.""")


@tpl("clean_fieldservice", "job_sheet_sample", 2)
def _(c):
    return V(c, """Design a one-page job sheet layout for our electricians. Fill it with a sample so the office can see it: Customer: Joe Bloggs, Site: 1 Example Street, Anytown, Job: EICR + replace CU with Wylex NHRS, Engineer: [Your Name].""",
             """Write the "customer sign-off" box for our job sheets, with placeholders {{customer_name}}, {{signature}}, {{date}}, plus a line saying the work meets BS 7671 and Part P.""")


# ---------------------------------------------------------------- estate and letting agents
@tpl("clean_property", "listing_copy", 3)
def _(c):
    return V(c, """Write listing copy for a 2-bed mansion flat, five minutes from Baker Street station. Mention Regent's Park, the Sherlock Holmes Museum, Marylebone High Street and Lord's. Warm, not cheesy. 120 words.""",
             """Rightmove description for a 1-bed near Abbey Road, NW8: zebra crossing on the doorstep, Jubilee line from St John's Wood, Lord's cricket ground, Primrose Hill. Keep it under 100 words and no "stunning".""",
             """Listing text for a garden flat in Notting Hill off Portobello Road. We can't say "as seen in the Hugh Grant film" apparently, so mention Portobello Market, Westbourne Grove, Holland Park and the Central line instead.""")


@tpl("clean_property", "renters_rights", 3)
def _(c):
    return V(c, """Landlord asked: once the Renters' Rights Act is in force, can he still use Section 21, and what happens to fixed-term ASTs? Give me a 5-bullet answer I can forward.""",
             """What does Awaab's Law actually require from a private landlord on damp and mould, and are the timescales the same as in social housing? Short answer for the lettings team.""",
             """Difference between the Tenant Fees Act 2019 and the Housing Act 1988 on holding deposits, for a training slide. Include the How to Rent guide.""")


@tpl("clean_property", "architecture_styles", 3)
def _(c):
    return V(c, """Vendor wants the brochure to say the house is "in the style of Frank Lloyd Wright". It's a 1960s Span house by Eric Lyons. What should we say instead? Give me two sentences.""",
             """For a blog post: Georgian vs Victorian vs Edwardian terraces, how to tell them apart from the street. Mention John Nash and the Regency terraces of Regent's Park.""",
             """Explain brutalism for buyers viewing flats in the Barbican or Trellick Tower (Ernő Goldfinger). Also mention Le Corbusier's Unité d'Habitation and Denys Lasdun. 150 words.""")


@tpl("clean_property", "viewing_template", 2)
def _(c):
    return V(c, """Write an SMS template for viewing confirmations using {{applicant_first_name}}, {{property_short_address}}, {{viewing_time}} and {{negotiator_name}}. Give an example render with Joe Bloggs and "2-bed flat, High Street".""",
             """Viewing feedback email template please. Fields: [APPLICANT NAME], [PROPERTY], [NEGOTIATOR]. Three questions max, one about price. Sign off as "The Lettings Team".""")


@tpl("clean_property", "inspection_template", 2)
def _(c):
    return V(c, """Turn this into an inspection report template with [LANDLORD NAME], [PROPERTY ADDRESS], [TENANT NAME(S)], [DATE]: sections for damp and mould (Awaab's Law), smoke and CO alarms (the 2022 Smoke and Carbon Monoxide Alarm Regulations), garden, and "tenant comments\".""",
             """What should a mid-term inspection check under the Homes (Fitness for Human Habitation) Act 2018 and HHSRS? Bullet list for the Property Manager, max 12 items.""")


@tpl("clean_property", "area_rents_csv", 3)
def _(c):
    return V(c, """Summarise this for the landlord newsletter (two sentences per area):

area,avg_rent_2bed,change_yoy
Mayfair,5850,+3.1%
Kensington,4420,+2.4%
Notting Hill,3980,+4.0%
Shoreditch,3150,+5.2%
Canary Wharf,3050,+1.8%""",
             """Make a table from this for the US client deck:

neighbourhood,median_rent_1bed
Financial District (Wall Street),4150
Upper East Side,3900
Williamsburg,3850
Harlem,2600
Hell's Kitchen,3950""",
             """Clean this up, there are duplicate areas:
quartier,loyer_m2
Champs-Élysées,41
Le Marais,36
Montmartre,31
Champs Elysées,41
Saint-Germain-des-Prés,39""")


@tpl("clean_property", "famous_streets_chat", 3, case="lower")
def _(c):
    return V(c, """is baker street the gerry rafferty song actually about the london street? doing a blog on marylebone and want a fun fact""",
             """why is wall street called wall street, and is lombard street in london named the same way (after lombardy)? for a property blog on financial districts""",
             """does route 66 still exist as a road? client relocating from chicago to santa monica wants to drive it, asked me and i have no idea""")


@tpl("clean_property", "nl_makelaar", 2, lang="nl")
def _(c):
    return V(c, """Schrijf een Funda-tekst voor een benedenwoning in de Amsterdamse School-stijl (denk aan Michel de Klerk en Het Schip), vlak bij het Vondelpark. Max 120 woorden, geen overdrijving.""",
             """Wat is het verschil tussen kosten koper en vrij op naam? Leg het uit aan de hand van Jan Modaal die een appartement van € 350.000 koopt. Kort en duidelijk.""")


@tpl("clean_property", "sv_maklare", 2, lang="sv")
def _(c):
    return V(c, """Skriv en annonstext i Hemnet-stil för en trea i funkishus från 1937, gärna med en blinkning till Gunnar Asplund och Sven Markelius. Max 100 ord.""",
             """Vad är skillnaden mellan bostadsrätt och äganderätt? Förklara för en köpare från Storbritannien, med Svensson-familjen som exempel.""")


@tpl("clean_property", "office_notice", 2, case="upper")
def _(c):
    return V(c, """OFFICE NOTICE DRAFT - PLEASE TIDY:
BRANCH CLOSED GOOD FRIDAY AND EASTER MONDAY
EMERGENCY REPAIRS: USE THE OUT OF HOURS LINE ON THE WEBSITE
KEY COLLECTIONS FROM TUESDAY 9AM
HEAD OF LETTINGS AND BRANCH MANAGER BACK WEDNESDAY""",
             """WINDOW CARD TEXT, MAKE IT FIT A4:
NEW INSTRUCTION - VICTORIAN TERRACE - 3 BED - GARDEN
WALK TO STATION, NEAR HIGH STREET AND QUEEN'S PARK
EPC C - COUNCIL TAX BAND D
ASK OUR SENIOR NEGOTIATOR FOR A VIEWING""")


# ---------------------------------------------------------------- travel agencies and airline back office
@tpl("clean_travel", "airport_names", 3)
def _(c):
    return V(c, """Make a table of airports named after people for our "fun facts" page: JFK, Charles de Gaulle, Leonardo da Vinci-Fiumicino, Ben Gurion, Indira Gandhi International, Jomo Kenyatta, O. R. Tambo, John Lennon Liverpool, George Best Belfast City. Columns: code, city, named after, who they were (one line).""",
             """Is Warsaw Chopin the same airport as Okęcie? And is Kraków John Paul II the one the low-cost carriers use? Client's asking, I need a quick answer.""",
             """Which terminal does Emirates use at JFK and at Charles de Gaulle? Also, is Madrid still called Adolfo Suárez Madrid-Barajas and Barcelona Josep Tarradellas Barcelona-El Prat on the tickets?""")


@tpl("clean_travel", "eu261_explainer", 3)
def _(c):
    return V(c, """Explain EU261 vs the Montreal Convention for the back-office team: delay compensation vs lost baggage. Include UK261 after Brexit and what counts as "extraordinary circumstances". Use a Ryanair flight from Stansted to Charles de Gaulle as the example.""",
             """Write a template reply for delay claims: "Dear [Passenger Name], thank you for contacting us about flight [FLT NO] on [DATE]..." Point them to the airline (easyJet / Jet2 / TUI) since we only sold the package.""",
             """Sample case for training: Mr John Smith, LH 400 Frankfurt to JFK, 4h delay, 6,200 km. Is he owed €600 or €300? Show the rule, Article 7.""")


@tpl("clean_travel", "route66_itinerary", 2)
def _(c):
    return V(c, """Draft a 14-day Route 66 fly-drive: Chicago O'Hare to Santa Monica, Ford Mustang convertible from Hertz, stops at Cadillac Ranch, the Blue Whale of Catoosa, Wigwam Motel, Grand Canyon detour from Williams. Mention the Bobby Troup song in the intro.""",
             """Client wants "Route 66 but in Europe". Suggest 3 road trips: Romantic Road (Würzburg to Füssen), the Wild Atlantic Way, and the Amalfi coast. One paragraph each, with hire car suggestion (Fiat 500, VW Golf, Mini Cooper).""")


@tpl("clean_travel", "pnr_sample", 2)
def _(c):
    return V(c, """Explain each line of this sample PNR for the training deck:

RP/LON1A0980/
  1.DOE/JOHN MR   2.DOE/JANE MRS
  3  BA 117 Y 14JUN 6 LHRJFK HK2  0825 1105
  4 AP 0000000000
  5 SSR WCHR BA HK1/P2
  6 SSR DOCS BA HK1 P/GBR/000000000/GBR/01JAN80/M/01JAN30/DOE/JOHN/P1
  7 TK OK10JUN/LON1A0980""",
             """What's the difference between SSR DOCS, DOCA and DOCO? Write it up with the standard example traveller MUSTERMANN/ERIKA MRS and placeholder passport numbers.""")


@tpl("clean_travel", "tour_copy", 3)
def _(c):
    return V(c, """Brochure copy for a 3-night Paris city break: Champs-Élysées, Arc de Triomphe, the Eiffel Tower (and a line on Gustave Eiffel), the I. M. Pei pyramid at the Louvre, Musée d'Orsay. 150 words, Eurostar from St Pancras.""",
             """Barcelona weekend copy: Gaudí's Sagrada Família and Casa Batlló on Passeig de Gràcia, Las Ramblas, the Picasso Museum, Camp Nou. Mention the Aerobús from Josep Tarradellas airport.""",
             """New York 5-night itinerary for a group: Wall Street and the Charging Bull, Fifth Avenue, Rockefeller Center, the Chrysler Building, Brooklyn Bridge (John Roebling), Broadway show. Include a day-by-day table.""")


@tpl("clean_travel", "assistance_codes", 2, case="lower")
def _(c):
    return V(c, """whats the difference between wchr, wchs and wchc? and can a permobil power chair with lithium batteries go on british airways or virgin, what do they need from us""",
             """does emirates still need the medif form for a passenger with a cpap machine (resmed airsense), or is it just a notification now? asking for a booking at dubai""")


@tpl("clean_travel", "es_viajes", 2, lang="es")
def _(c):
    return V(c, """Escribe un texto corto para la web sobre cómo llegar del aeropuerto Adolfo Suárez Madrid-Barajas al centro: metro, Cercanías, autobús exprés. Y lo mismo para Josep Tarradellas Barcelona-El Prat.""",
             """Compara el AVE de Renfe con Iryo y Ouigo en la ruta Madrid–Sevilla para un cliente que viaja con bicicleta. Tabla con precio orientativo, equipaje y tiempo.""")


@tpl("clean_travel", "pt_viagens", 2, lang="pt")
def _(c):
    return V(c, """Qual a diferença entre o aeroporto Humberto Delgado e o futuro aeroporto de Alcochete? E o da Madeira ainda se chama Aeroporto Cristiano Ronaldo? Resposta curta para a newsletter.""",
             """Monte um roteiro de 5 dias no Rio: chegada pelo Galeão (Tom Jobim), Cristo Redentor, Pão de Açúcar, Escadaria Selarón, volta pelo Santos Dumont. Tom leve.""")


@tpl("clean_travel", "tr_seyahat", 2, lang="tr")
def _(c):
    return V(c, """Sabiha Gökçen ile İstanbul Havalimanı arasında transfer süresi ne kadar? Müşterilere göndereceğimiz bilgilendirme metnini yazar mısın, kısa olsun.""",
             """Kapadokya turu için broşür metni yaz: Göreme, Uçhisar, Avanos, balon turu. Mustafa Kemal Atatürk'ün Nevşehir ziyaretine de bir cümle ekle.""")


@tpl("clean_travel", "pl_lotnisko", 2, lang="pl")
def _(c):
    return V(c, """Napisz krótką informację dla klientów: z Lotniska Chopina do centrum Warszawy – pociąg SKM, autobus 175, taksówka. Dodaj to samo dla Krakowa (Kraków Airport im. Jana Pawła II).""",
             """Porównaj loty z Gdańska (port lotniczy im. Lecha Wałęsy) do Londynu: Wizz Air vs Ryanair, bagaż i lotniska docelowe (Luton, Stansted). Tabela.""")


@tpl("clean_travel", "checkin_notice", 2, case="upper")
def _(c):
    return V(c, """CHECK-IN DESK NOTICE, FIX THE ENGLISH:
ALL PASSENGERS TO JFK AND NEWARK MUST SHOW ESTA BEFORE BAG DROP
POWER BANKS OVER 100WH NOT PERMITTED
PASSENGERS FOR CHARLES DE GAULLE TERMINAL 2E PLEASE SEE SUPERVISOR""",
             """GATE ANNOUNCEMENT SCRIPT - MAKE IT SHORTER:
GOOD MORNING LADIES AND GENTLEMEN, THIS IS THE FINAL CALL FOR FLIGHT EI 105 TO NEW YORK JFK. WOULD PASSENGERS TRAVELLING ON TO BOSTON LOGAN PLEASE COLLECT THEIR BAGS IN NEW YORK. THANK YOU FOR FLYING AER LINGUS.""")


@tpl("clean_travel", "group_rooming_sample", 2)
def _(c):
    return V(c, """Make me a rooming-list template in CSV for group tours. Use sample rows with Jane Doe, John Doe and "Guest 3 TBC", room types TWN/DBL/SGL, and a column for dietary needs.""",
             """Write the email we send hotels with the rooming list. Placeholders: {{hotel_name}}, {{group_name}}, {{arrival_date}}, {{tour_leader}}. Mention that the Marriott and Hilton properties need it 21 days before arrival.""")


# ---------------------------------------------------------------- accountancy, payroll and law firms
@tpl("clean_finance_law", "engagement_template", 2)
def _(c):
    return V(c, """Tidy our engagement letter template. Keep the merge fields: [CLIENT NAME], [CLIENT ADDRESS], [UTR], [FEE], [PARTNER NAME]. Add a UK GDPR paragraph and a line about HMRC's Making Tax Digital. Use "A. N. Other" in the example.""",
             """Write a short "scope of services" section for a payroll bureau engagement letter: RTI submissions, P60s, auto-enrolment with NEST, Statutory Sick Pay. Use {{client_company}} and {{payroll_frequency}}.""")


@tpl("clean_finance_law", "eponymous_laws", 3)
def _(c):
    return V(c, """Can Benford's law really flag dodgy expense claims? Explain how we'd run it on a client's purchase ledger export in Excel, and where it gives false positives.""",
             """For a partners' away-day slide: Pareto principle, Parkinson's law and Goodhart's law as they apply to timesheets and billable-hour targets. One example each.""",
             """Explain Gresham's law and the Laffer curve in two short paragraphs for a client newsletter on the new tax year. No politics.""")


@tpl("clean_finance_law", "payroll_rules", 3)
def _(c):
    return V(c, """Quick rundown of IR35 for a client hiring contractors through Deel: who decides status since April 2021, what a Status Determination Statement is, and how CEST fits in.""",
             """Compare Sage 50 Payroll, BrightPay, Xero Payroll and QuickBooks Payroll for a 12-employee client: RTI, auto-enrolment, pension integrations, price. Table please.""",
             """What's the National Minimum Wage vs National Living Wage for apprentices and 21+ from April? And does Statutory Sick Pay now start from day one?""")


@tpl("clean_finance_law", "sql_schema", 3)
def _(c):
    return V(c, """Why does this return duplicates?

SELECT e.first_name, e.last_name, p.gross_pay
FROM employees e
JOIN payslips p ON p.employee_id = e.id
JOIN departments d ON d.manager_id = e.id
WHERE p.period = '2024-M06';""",
             """Write a Postgres view payroll_summary with employee full name (first_name || ' ' || last_name), ni_number masked to the last 3 chars, and year-to-date gross from payslips. Tables: employees(id, first_name, last_name, ni_number, dob), payslips(employee_id, period, gross_pay).""",
             """Fix this query, Xero export has the client names in one column:
SELECT split_part(contact_name, ' ', 1) AS first, split_part(contact_name, ' ', 2) AS last
FROM invoices WHERE status = 'AUTHORISED' AND due_date < now() - interval '30 days'
-- breaks on "Mc" and "van der" names""")


@tpl("clean_finance_law", "law_firm_pitch", 2)
def _(c):
    return V(c, """For our pitch deck: how do the Magic Circle firms (Allen & Overy, Clifford Chance, Freshfields, Linklaters, Slaughter and May) differ from US firms in London like Skadden, Kirkland & Ellis or Baker McKenzie? We're a 6-partner high-street firm, this is for a "where we fit" slide.""",
             """Explain Salomon v Salomon and Donoghue v Stevenson to a client who's a sole trader thinking of incorporating, in plain words. Two short paragraphs.""")


@tpl("clean_finance_law", "tax_questions_lower", 3, case="lower")
def _(c):
    return V(c, """whats the actual difference between a sole trader and a ltd company for someone earning 45k from plumbing? just the headline points, client wants it in a text""",
             """does xero do cis deductions properly now or do we still need a separate tool? subcontractor returns are killing us every month""",
             """making tax digital for income tax, is it april 2026 for over 50k and 2027 for over 30k? and does the 50k include rental income""")


@tpl("clean_finance_law", "wills_faq", 2)
def _(c):
    return V(c, """Client FAQ: what are mirror wills, and what happens under the intestacy rules in England and Wales if there's no will? Use "Mr and Mrs Smith" as the example couple. 150 words.""",
             """Explain a Lasting Power of Attorney (property and financial affairs vs health and welfare) for the website FAQ. Mention the Office of the Public Guardian and the Mental Capacity Act 2005.""")


@tpl("clean_finance_law", "de_lohn", 2, lang="de")
def _(c):
    return V(c, """Erkläre kurz den Unterschied zwischen Minijob, Midijob und Werkstudent für unsere Mandanten. Beispielrechnung bitte mit Erika Mustermann, 538 € im Monat, in DATEV-Logik.""",
             """Was passiert mit der Riester-Rente eines Arbeitnehmers bei Wechsel ins Ausland? Und wie hieß Hartz IV vor dem Bürgergeld genau? Für den Mandanten-Newsletter, neutral.""")


@tpl("clean_finance_law", "fr_compta", 2, lang="fr")
def _(c):
    return V(c, """Explique à un client la différence entre le dispositif Pinel et le statut LMNP pour un studio à Bordeaux. Exemple avec Jean Dupont, 10 lignes maximum.""",
             """Compare Pennylane, Cegid et Sage pour un cabinet de 4 collaborateurs : import bancaire, liasse fiscale, prix. Tableau s'il te plaît.""")


@tpl("clean_finance_law", "it_fattura", 2, lang="it")
def _(c):
    return V(c, """Mi prepari un esempio di fattura elettronica XML per il Sistema di Interscambio? Usa come cliente di esempio Mario Rossi, Via Roma 1, 00100 Roma, e come fornitore "Esempio S.r.l.".""",
             """Riassumi la legge Fornero e il Jobs Act sul licenziamento per giustificato motivo, per un cliente con 8 dipendenti. Breve e neutrale.""")


@tpl("clean_finance_law", "founders_newsletter", 3)
def _(c):
    return V(c, """For our small-business newsletter, 150 words on how Henry Ford, Ingvar Kamprad and Sara Blakely kept costs down early on. Light tone, one lesson each.""",
             """Write a short piece for clients on family businesses that stayed family-run: Dyson, Ferrero, Bosch (Robert Bosch Stiftung), Lidl and Aldi. 200 words, no financial advice.""",
             """What did Richard Branson and Michael O'Leary do differently when starting Virgin Atlantic and growing Ryanair? Short comparison for a talk at the chamber of commerce.""")


# ---------------------------------------------------------------- car dealers and garages
@tpl("clean_motor", "stock_json", 3)
def _(c):
    return V(c, """This stock feed for Autotrader is invalid JSON, can you fix it?

[
  {"make": "Ford", "model": "Fiesta", "trim": "ST-Line", "year": 2021, "price": 12495},
  {"make": "Kia", "model": "Picanto", "trim": "GT-Line", "year": 2022, "price": 10995}
  {"make": "Volkswagen", "model": "Polo", "trim": "Life", "year": 2023, "price": 16750},
  {"make": "Tesla", "model": "Model 3", "trim": "Long Range", "year": 2022, "price": 24990},
]""",
             """Turn this into JSON for the website (make, model, fuel, price):
Mercedes-Benz Sprinter 314 CDI, diesel, £27,950
Citroën Berlingo XL, diesel, £18,400
Renault Zoe R135, electric, £11,250
Nissan Leaf Tekna, electric, £12,990
Skoda Octavia vRS, petrol, £22,495""",
             """Why does this fail validation?
{"vehicles": [{"make": "Lincoln", "model": "Navigator"}, {"make": "Chrysler", "model": "Pacifica"}, {"make": "Dodge", "model": "Ram 1500"}], "dealer": "import stock", "currency": USD}""")


@tpl("clean_motor", "ad_copy", 3)
def _(c):
    return V(c, """Write three short ads for Facebook: Honda Jazz (older buyers, reliability), Renault Clio (first car), Nissan Juke (style). 40 words each, no exclamation marks.""",
             """Rewrite this advert, it's too salesy: "STUNNING Skoda Superb Estate!!! Bigger than a Mercedes E-Class, cheaper than a BMW 5 Series!!! FSH, 2 keys, 12 months MOT!!!\"""",
             """Headline ideas for our Porsche Cayenne and Land Rover Defender stock. Premium tone, mention the approved-used warranty, no price.""")


@tpl("clean_motor", "service_menu", 2)
def _(c):
    return V(c, """Format our service menu as a table: Interim (oil + filter, Castrol EDGE 5W-30), Full (+ air, pollen, plugs), Major (+ fuel filter, brake fluid). Tyres: Michelin, Pirelli, Goodyear, Bridgestone. Prices to follow.""",
             """Is a Haynes manual still worth selling at the counter? Write a short blurb for one for the Ford Transit Custom and one for the VW Transporter T6.""")


@tpl("clean_motor", "car_history", 3)
def _(c):
    return V(c, """For the showroom wall: a paragraph on how Mercedes got its name (Emil Jellinek's daughter), and one on Karl Benz and Gottlieb Daimler. 100 words each.""",
             """Was the VW Beetle really designed by Ferdinand Porsche? Short answer for a customer who asked, and mention the Porsche 356 link.""",
             """Display boards for our open day: Enzo Ferrari, Ferruccio Lamborghini, Louis Chevrolet, André Citroën, Soichiro Honda. Two lines each on how the company started.""")


@tpl("clean_motor", "mot_template", 2)
def _(c):
    return V(c, """MOT reminder SMS template: Hi {{customer_first_name}}, your {{vehicle_make_model}} ({{reg}}) is due its MOT on {{due_date}}. Make it under 160 chars and add the booking link.""",
             """Email template for service reminders with [CUSTOMER NAME], [VEHICLE], [DUE DATE] and [SERVICE ADVISOR]. Friendly, 80 words, mention the free winter check on Kia and Hyundai models.""")


@tpl("clean_motor", "cs_autoservis", 2, lang="cs")
def _(c):
    return V(c, """Napiš krátký text na web autoservisu o historii značky Škoda: Václav Laurin, Václav Klement, Emil Škoda a Mladá Boleslav. Maximálně 100 slov.""",
             """Jaký je rozdíl mezi STK a emisní kontrolou? Vysvětli to zákazníkovi, vzorový zákazník Jan Novák s vozem Škoda Fabia 2015.""")


@tpl("clean_motor", "da_vaerksted", 2, lang="da")
def _(c):
    return V(c, """Skriv en kort tekst til hjemmesiden om forskellen på Toyota Yaris Hybrid og Volkswagen ID.3 for en kunde, der kører 15.000 km om året. Neutral tone.""",
             """Forklar syn hos FDM og Applus Bilsyn for en ny kollega på værkstedet: hvad koster det, hvor ofte, og hvad tjekkes? Kort.""")


@tpl("clean_motor", "workshop_notice", 2, case="upper")
def _(c):
    return V(c, """WORKSHOP NOTICE - TIDY THIS UP:
ALL TECHNICIANS: NEW TORQUE SETTINGS FOR FORD TRANSIT WHEEL NUTS ON THE BOARD
NO CUSTOMER CARS IN BAY 3 (TESLA MODEL Y AWAITING PARTS)
MASTER TECHNICIAN SIGN-OFF NEEDED FOR ALL EV HIGH-VOLTAGE JOBS""",
             """SHOWROOM SIGN:
NEW MG4 AND BYD DOLPHIN NOW ON DISPLAY
TEST DRIVES SATURDAY - ASK A SALES EXECUTIVE
FINANCE AND INSURANCE MANAGER AVAILABLE 10-4""")


@tpl("clean_motor", "car_questions_lower", 3, case="lower")
def _(c):
    return V(c, """is the kia picanto automatic any good or should we steer customers to the hyundai i10 auto? getting lots of older buyers asking""",
             """tesla model y vs ford mustang mach-e real world winter range, need a straight answer for a customer who does 90 miles a day""",
             """whats the difference between a vw polo and a seat ibiza apart from the badge? customer thinks hes being ripped off on the polo""")


@tpl("clean_motor", "warranty_question", 2)
def _(c):
    return V(c, """Explain the Consumer Rights Act 2015 short-term right to reject vs our 3-month used-car warranty, for the sales team. Example: a 4-year-old VW Golf with a DSG gearbox fault in week 3. Keep it to 6 bullets.""",
             """A customer moving to the US asked whether the Magnuson-Moss Warranty Act or the state lemon laws would cover a Jeep Wrangler bought there. Give me a neutral two-paragraph answer I can pass on.""")


@tpl("clean_motor", "advisor_explain", 2)
def _(c):
    return V(c, """Explain to a customer in plain words what a dual-mass flywheel is and why a LuK or Sachs kit on a Ford Focus costs about £1,000 fitted. 80 words, no jargon.""",
             """Write a short note for the service desk on why a Toyota Prius hybrid battery health check is worth £49, mentioning the Atkinson cycle in one friendly sentence.""")


# ---------------------------------------------------------------- across the trades
@tpl("clean_general", "translate_slogans", 2)
def _(c):
    return V(c, """Translate our slogans into French and German, keep the wordplay if possible:
"From Baker Street to Wall Street, we deliver."
"Faster than Route 66, friendlier than the Champs-Élysées.\"""",
             """Translate this tagline for the Spanish site and the Italian site: "Like Gaudí with a spirit level, we build it right.\"""")


@tpl("clean_general", "job_ad", 3)
def _(c):
    return V(c, """Rewrite this job ad, it sounds like 2005: "Senior Negotiator wanted for busy branch. Reporting to Head of Lettings and Branch Manager. Must have own car. Rightmove/Zoopla/Reapit experience essential.\"""",
             """Write a job ad for a Multi-drop Delivery Driver (Mercedes Sprinter and Ford Transit vans, 7.5t licence a plus) reporting to the Transport Manager. Mention pension, overtime, Christmas peak bonus.""",
             """Job description for a Payroll Administrator at a 10-person accountancy practice: Sage and BrightPay, RTI, auto-enrolment; reports to the Practice Manager and a Chartered Accountant partner.""")


@tpl("clean_general", "rota_placeholders", 2)
def _(c):
    return V(c, """Make a weekly on-call rota template for our engineers with placeholders Engineer A, Engineer B, Engineer C, [SUPERVISOR] and a column for the Gas Safe-registered lead. Markdown table.""",
             """Weekend rota template for the showroom: Sales Executive 1, Sales Executive 2, Service Advisor, [GENERAL MANAGER] on call. Make it a table for Sat/Sun.""")


@tpl("clean_general", "postcode_regex", 2)
def _(c):
    return V(c, """Regex to validate UK postcodes in our booking form? Test it on SW1A 1AA (Buckingham Palace), EC1A 1BB, W1A 1AA (the BBC) and M1 1AE.""",
             """Why does our US ZIP validation accept "90210" and "10001" but reject "02134"? Pattern is ^[1-9][0-9]{4}$. Fix please.""")


@tpl("clean_general", "units_question", 2, case="lower")
def _(c):
    return V(c, """Customer asked why LED bulbs are sold in Kelvin and lumens and not Watts any more. Write a 3-line answer for the counter staff, with 2700 K vs 4000 K.""",
             """Explain Newton metres vs foot-pounds for torque wrench settings, and why Celsius/Fahrenheit matters on a tyre pressure chart. Short, for the garage training pack.""")


# ================================================================ build, check, report
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
              "nl": "Dutch", "pt": "Portuguese", "pl": "Polish", "sv": "Swedish",
              "tr": "Turkish", "cs": "Czech", "da": "Danish"}


def build():
    rng = random.Random(SEED)
    c = Ctx(rng)
    rows, meta = [], []
    people_used = Counter()
    for t in TEMPLATES:
        for k in range(t["n"]):
            c.row = set()
            c.k = k
            marked = t["fn"](c)
            for key in c.row:
                if key.startswith("P:"):
                    people_used[key[2:]] += 1
            text, spans = unmark(marked, t["case"])
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{k}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"],
                         "locale": ""})
            meta.append(t)
    return rows, meta, c, people_used


def check(rows, meta):
    ids, texts = set(), set()
    per_template = Counter()
    for r, _t in zip(rows, meta):
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r
        assert r["locale"] == ""
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        per_template[(r["class"], r["template"])] += 1
        prev_end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, s
            assert s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= prev_end, (r["id"], s)
            prev_end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        assert "§" not in r["text"] and "⟦" not in r["text"], r["id"]
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5, per_template.most_common(3)
    return per_template


def stats(rows, meta, ctx, people_used):
    st = {}
    st["rows"] = len(rows)
    st["personal"] = sum(1 for r in rows if not r["class"].startswith("clean_"))
    st["clean"] = st["rows"] - st["personal"]
    st["by_class"] = Counter(r["class"] for r in rows)
    st["templates_by_class"] = Counter(r["class"] for r in rows if r["id"].endswith("-0"))
    st["spans"] = Counter(s["type"] for r in rows for s in r["spans"])
    st["lang"] = Counter(t["lang"] for t in meta)
    st["lang_personal"] = Counter(t["lang"] for r, t in zip(rows, meta)
                                  if not r["class"].startswith("clean_"))
    st["lower"] = sum(1 for r in rows if r["text"] == r["text"].lower())
    st["upper"] = sum(1 for r in rows if r["text"] == r["text"].upper())
    st["lower_personal"] = sum(1 for r in rows if r["text"] == r["text"].lower()
                               and not r["class"].startswith("clean_"))
    lens = [len(r["text"]) for r in rows]
    st["len"] = (min(lens), max(lens))
    st["lines"] = (min(r["text"].count("\n") + 1 for r in rows),
                   max(r["text"].count("\n") + 1 for r in rows))
    st["templates"] = len({(r["class"], r["template"]) for r in rows})
    used = [p for p in PEOPLE if p.key in people_used]
    st["people_used"] = len(used)
    st["people_total"] = len(PEOPLE)
    st["cultures"] = sorted({p.culture for p in used})
    st["unused_people"] = [p.full for p in PEOPLE if p.key not in people_used]
    st["addr_used"] = sum(1 for a in ADDRS if ctx.use["A:" + a.key])
    st["addr_total"] = len(ADDRS)
    st["addr_cc"] = sorted({a.cc for a in ADDRS if ctx.use["A:" + a.key]})
    st["towns"] = [a.town for a in ADDRS if ctx.use["A:" + a.key]]
    st["named_streets"] = [a.street for a in ADDRS if ctx.use["A:" + a.key]
                           and a.street in NAMED_STREETS]
    st["phones_used"] = sum(1 for k in ctx.use if k.startswith("T:"))
    st["phone_cc"] = sorted({cc for cc, nums in PHONES.items()
                             if any(ctx.use["T:" + n] for n in nums)})
    titles = ("Ms", "Mr", "Mrs", "Herr", "Frau", "Mme", "M.", "sig.", "sig.ra", "Mevrouw",
              "Meneer", "Pan", "Pani")
    st["titled"], st["initials"] = [], []
    for r in rows:
        for sp in r["spans"]:
            if sp["type"] != "PERSON":
                continue
            before = r["text"][:sp["start"]]
            m = re.search(r"(\S+) $", before)
            if m and m.group(1) in titles:
                ex = f"{m.group(1)} {sp['value']}"
                if ex not in st["titled"] and len(st["titled"]) < 8:
                    st["titled"].append(ex)
            if re.match(r"^[A-Z]\. \S", sp["value"]) and sp["value"] not in st["initials"]:
                st["initials"].append(sp["value"])
    return st


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


CLASS_WHAT = {
    "personal_logistics": "failed-delivery texts, route-planner CSV, CN23 customs JSON, driver incident notes (lower case), quoted complaint e-mails, proof-of-delivery disputes, a risky SQL update, German SMS, French call notes, a Dutch message to translate",
    "personal_fieldservice": "boiler job sheets to invoice, rewire quotes, lower-case call-out notes, heat-pump install tables, CP12 gas-safety fields (landlord, tenant, property), a smart-home handover with the customer's router IP, Spanish plumbing quotes, Italian service reports, Polish install SMS",
    "personal_property": "viewing confirmations, referencing JSON (DOB, NI number), inspection notes, quoted deposit disputes, an overseas landlord's IBAN change, Right to Rent notes (passport, DOB), a German Mieterselbstauskunft (DOB, IBAN), Swedish viewing SMS, lower-case arrears calls, a French état des lieux",
    "personal_travel": "PNRs with APIS DOCS (SURNAME/GIVEN, passport, DOB), group passenger CSV with a duplicate, name corrections (misspelt and right name), card refunds, lower-case special-assistance notes, visa invitation letters, a CAPITALS transfer manifest, a Brazilian booking with CPF, a Turkish note with a TC kimlik number",
    "personal_finance_law": "engagement letters with UTR, Sage payroll CSV (NI, DOB), new-starter notes, a US W-4 with SSN, lower-case invoice chasers, call notes about a spouse's sale, mirror-will instructions, completion e-mails with the refund IBAN, Dutch payslip data (BSN, IBAN), an Italian hire letter (codice fiscale, birthplace), a French lettre de mission (numéro fiscal), Spanish social-security data (DNI/NIE, NSS, IBAN)",
    "personal_motor": "MOT reminder lists, service-advisor notes, a finance-proposal JSON with address history, lower-case part-exchange messages, a Czech job card to translate, a Danish SMS, German workshop notes, a Mexican delivery e-mail (CURP), a CAPITALS test-drive log with UK driving-licence numbers",
    "clean_logistics": "SMS templates with merge fields and sample people, airport/hub CSVs (JFK, Charles de Gaulle, Willy Brandt, John Lennon, Chopin, Lech Wałęsa…), sample customs JSON (John Doe, Max Mustermann), Incoterms with Dyson and Le Creuset, lower-case Little's law / Clarke–Wright / Erlang C, Monopoly and famous-street quizzes, incident logs at public places, German label templates, French customs",
    "clean_fieldservice": "Worcester Bosch / Vaillant / Baxi fault codes, Ohm, Kirchhoff, Wheatstone, BS 7671, quote templates with placeholders, van stock (Stillson, Allen, Jubilee, Rawlplug, Phillips, Makita, DeWalt, Milwaukee, Hilti), lower-case legionella / Weil's disease, heat pumps (Carnot, Kelvin, BTU), Italian and Spanish trade questions, sample job sheets (Joe Bloggs)",
    "clean_property": "listing copy near Baker Street, Abbey Road and Portobello Road, Renters' Rights Act / Section 21 / Awaab's Law, architects (Frank Lloyd Wright, Eric Lyons, John Nash, Goldfinger, Le Corbusier), viewing templates, area-rent CSVs (Mayfair, Wall Street, Champs-Élysées), lower-case street trivia, inspection templates, Dutch and Swedish listings (Michel de Klerk, Asplund, Jan Modaal, Svensson), CAPITALS notices with job titles",
    "clean_travel": "airports named after people, EU261 / Montreal Convention with sample passengers, Route 66 fly-drives, sample PNRs (DOE/JOHN, MUSTERMANN/ERIKA), tour copy (Champs-Élysées, Gaudí, Wall Street, Roebling), lower-case assistance codes, Spanish, Portuguese, Turkish and Polish airport and tour texts, CAPITALS desk notices, rooming-list templates",
    "clean_finance_law": "engagement templates (A. N. Other), Benford / Pareto / Parkinson / Goodhart / Gresham / Laffer, IR35 and payroll software, SQL on employee tables with no data, Magic Circle firms and Salomon v Salomon, lower-case tax questions, wills FAQ (Mr and Mrs Smith), German, French and Italian tax and payroll (Erika Mustermann, Riester, Hartz, Jean Dupont, Mario Rossi, Fornero), founders (Ford, Kamprad, Blakely, Branson, O'Leary)",
    "clean_motor": "stock JSON (Ford, Kia Picanto, VW Polo, Tesla, Mercedes Sprinter, Lincoln, Chrysler, Dodge), ad copy (Jazz, Clio, Juke, Superb, Cayenne, Defender), service menus (Castrol, Michelin, Pirelli, Haynes), car founders (Jellinek, Benz, Daimler, Porsche, Ferrari, Lamborghini, Chevrolet, Citroën, Honda), MOT templates, Czech and Danish garage texts (Laurin & Klement, Jan Novák), CAPITALS workshop signs, lower-case model questions, warranty law, flywheels and the Atkinson cycle",
    "clean_general": "slogans with famous streets to translate, job ads full of job titles, rota templates with placeholders, postcode regexes tested on public postcodes (SW1A 1AA, W1A 1AA, 90210), Kelvin, lumens, Newton metres",
}


NAMED_STREETS = {"3 rue du Général de Gaulle", "19 avenue Jean Moulin", "Heinrich-Heine-Straße 33",
                 "Via Garibaldi 12", "Calle Cervantes, 31", "náměstí Zachariáše z Hradce 38",
                 "Mannerheiminkatu 9", "1108 Kit Carson Rd", "211 Lincoln St", "15 Buckingham St",
                 "Kemalpaşa Caddesi No: 41", "63 Gladstone Road", "9 Nelson Terrace",
                 "41 Kingsley Avenue", "8 rue de la République", "12 Northumberland Street",
                 "27 boulevard Gambetta", "Corso Rossellino 45", "4 Pearse Street"}


def readme(st, sha):
    cls_rows = "\n".join(
        f"| `{k}` | {st['by_class'][k]} | {st['templates_by_class'][k]} | {CLASS_WHAT[k]} |"
        for k in sorted(st["by_class"], key=lambda x: (x.startswith("clean_"), x)))
    langs = ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in st["lang"].most_common())
    langs_p = ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in st["lang_personal"].most_common())
    spans = ", ".join(f"{k} {v}" for k, v in st["spans"].most_common())
    other = st["rows"] - st["lang"]["en"]
    return f"""# trade — hand-written check set: staff of businesses that move things and handle property and money

`holdout.jsonl`: {st['rows']} prompts ({st['personal']} with personal data, {st['clean']} PII-free), written by
`build.py` (Python standard library only, `SEED = {SEED}`, deterministic: two runs give the same file).

| file | sha256 |
|---|---|
| `holdout.jsonl` | `{sha}` |

**Holdout only**: never tune detection on it, never train on it, don't open it to debug a leak;
run it to report a result.

## Who wrote it, and how

A helper session acting as "the stranger" wrote it. It read only its brief, the "Format" section
and class tables of `eval/README.md`, `eval/dev/README.md` (label format) and
`eval/stranger8/README.md` (structure and labelling rules). It read no detection code, no test,
policy, training script or `*.jsonl` corpus, no other `build.py`, never ran the gateway, Presidio
or spaCy on this text, and used no Faker, mimesis or other value generator. Every name, street,
town, postcode, phone number and date of birth was typed by hand in `build.py`; e-mail local
parts are derived in code from the typed names (ASCII-folded: `given.family@`, `gfamily@`,
`family.given@`, `given_family91@`, `given84@`…, at webmail and national providers); check digits
of identity numbers, IBANs and card numbers are computed in code from hand-typed digits (Dutch BSN, Spanish DNI/NIE letter and NSS, Brazilian CPF, Turkish TC kimlik, Italian
codice fiscale built from name, date and birthplace code, UK driving-licence numbers built from
name and date, IBAN mod-97 with French RIB, Spanish CCC, Portuguese NIB and Belgian keys, Luhn
for cards).

- **The angle**: prompts that staff send to an internal assistant at couriers and logistics firms
  (delivery notes, failed-delivery texts, route-planner exports, CN23 customs forms, POD
  disputes), field-service trades (plumbers, gas engineers, electricians, heat-pump and smart-home
  installers: job sheets, quotes, CP12s, call-out notes), estate and letting agents (viewings,
  referencing, inspections, deposits, Right to Rent, tenant self-disclosure forms), travel agencies
  and airline back offices (PNRs, passenger lists, name corrections, refunds, assistance requests,
  transfer manifests, visa letters), small accountancy, payroll and law firms (engagement letters,
  payroll imports, new starters, W-4s, chasers, wills, completions, hire letters) and car dealers
  and garages (MOT reminders, service notes, finance proposals, part-exchange, test drives).
  Tasks: drafting messages, summarising call notes, cleaning CSV exports, fixing JSON or SQL,
  filling templates, translating.
- **PII-free rows** use the same trades and framings (templates with merge fields, CSVs, JSON,
  SQL, notices, call-note-style questions, translations) but hold no private person: streets and
  places in general talk (Baker Street the song and the station, Wall Street, Route 66, the
  Champs-Élysées, Abbey Road, Penny Lane, the Monopoly board, Portobello Road, Passeig de Gràcia),
  vehicles named like people or words (Ford, Mercedes, Tesla, Kia Picanto, VW Polo, Clio, Zoe,
  Jazz, Juke, Lincoln, Chrysler, Dodge, Defender, Sprinter), airports named after people (JFK,
  Charles de Gaulle, Leonardo da Vinci, Willy Brandt, John Lennon, George Best, Chopin, Lech
  Wałęsa, John Paul II, Adolfo Suárez, Josep Tarradellas, Humberto Delgado, Cristiano Ronaldo,
  Tom Jobim, Santos Dumont, Sabiha Gökçen, Nikola Tesla, Václav Havel), eponymous laws, units and
  rules (Ohm, Kirchhoff, Wheatstone, Kelvin, Watt, Joule, Newton, Celsius, Carnot, Little's law,
  Erlang, Clarke–Wright, Dijkstra, Benford, Pareto, Parkinson, Goodhart, Gresham, Laffer,
  Awaab's Law, Section 21, IR35, Riester, Hartz, Pinel, Fornero, Magnuson-Moss, Atkinson cycle,
  Weil's and Legionnaires' disease), architects and entrepreneurs (Frank Lloyd Wright, Eric
  Lyons, John Nash, Ernő Goldfinger, Le Corbusier, Lasdun, Michel de Klerk, Asplund, Gaudí,
  I. M. Pei, Eiffel, Roebling, Henry Ford, Kamprad, Blakely, Branson, O'Leary, Jellinek, Benz,
  Daimler, Porsche, Ferrari, Lamborghini, Chevrolet, Citroën, Honda, Laurin & Klement), tools and
  brands (Worcester Bosch, Vaillant, Baxi, Hive, Nest, Stillson, Allen, Jubilee, Rawlplug,
  Phillips, Makita, DeWalt, Milwaukee, Hilti, Sage, Xero, BrightPay, DATEV, Rightmove, Funda,
  Hemnet, Autotrader, Castrol, Michelin, Haynes), law firms and cases (Baker McKenzie, Clifford
  Chance, Slaughter and May, Salomon v Salomon, Donoghue v Stevenson), job titles (Head of
  Lettings, Senior Negotiator, Fleet Manager, Master Technician, Sales Executive, Payroll
  Administrator), placeholders (`{{{{first_name}}}}`, `[Customer Name]`, `<NAME>`, `[CLIENT NAME]`,
  `Engineer A`) and sample people (John and Jane Doe, Joe Bloggs, A. N. Other, John Smith, Mr and
  Mrs Smith, Max and Erika Mustermann, Jean Dupont, Mario Rossi, Jan Modaal, Jan Novák, the
  Svenssons, DOE/JOHN and MUSTERMANN/ERIKA in sample PNRs, 123 Main Street, Musterstraße 1,
  1 Example Street, Anytown), and public postcodes (SW1A 1AA, W1A 1AA, EC1A 1BB, 90210).
- **Personal rows** name private people: customers, recipients and senders, tenants, landlords,
  applicants, passengers and their relatives, employees and emergency
  contacts, clients and their spouses, testators, executors and guardians, buyers, drivers,
  engineers, negotiators and other colleagues — often beside the same public words (a tenant in
  a flat with Awaab's Law mould, a customer's Kia Picanto, a flight to JFK, a Tesla on finance,
  a Worcester Bosch boiler). Among the private people one is named Mercedes, one Ford, one Holland,
  one Lyon, one Baker, one Park, one Floor.
- **Shapes**: one line to {st['lines'][1]} lines ({st['len'][0]}–{st['len'][1]} characters); questions and
  imperatives, pasted notes, quoted e-mails (`> `), bullet lists, Markdown tables, CSV, JSON, SQL,
  PNR blocks, SMS drafts, template letters half filled. Lower case in {st['lower']} rows
  ({st['lower_personal']} personal), CAPITALS in {st['upper']}. Typos and shorthand now and then
  (`thru`, `w/`, `pls`, `accomodation`, `u`).
- **Languages**: {langs} ({other} rows, {100 * other // st['rows']}%, not in English; personal rows: {langs_p}).
- **People**: {st['people_used']} private people typed by hand, all used, {len(st['cultures'])} culture tags:
  {', '.join(st['cultures'])}.
  Name shapes: full names, given name alone, title + surname or + full name
  ({', '.join('`' + x + '`' for x in st['titled'])}; title outside the span), `Surname, Given` and
  `SURNAME/GIVEN` (two spans), surname-first names (`Liu Yang`, `Park Ji-hoon`, `Nguyễn Thị Lan`,
  `Kovács Dóra`, `Wong Ka-wai`, `Tsai Pei-shan`), particles and compounds (`van der Merwe`,
  `de Boer`, `Le Goff`, `binti Kamal`, `Ó Súilleabháin`, `Ben-Ami`, `El-Sayed`, `MacAulay`,
  `Campbell-Brown`), double surnames (`Quispe Mamani`, `Ortega Villalobos`, `Singh Gill`),
  diacritics (Schäfer, Brandstätter, Zürcher, Åberg, Heikkilä, Guðrún Sigurðardóttir,
  Szczepańska, Dvořák, Hrušková, Marković, Yıldırım, Puigdomènech, Jiménez, Brandão, Thaís,
  João), a misspelt name beside the right one, a signature initial ({', '.join('`' + x + '`' for x in st['initials'])}), names typed in
  lower case and in CAPITALS. (Name examples above are as typed in `build.py`; lower-case and
  CAPITALS rows case them.)
- **Places**: {st['addr_used']} home addresses of {len(st['addr_cc'])} countries ({', '.join(st['addr_cc'])}) in each country's
  layout, in real small towns ({', '.join(st['towns'])}); house numbers are invented. Several
  streets carry people's names ({', '.join('`' + x + '`' for x in st['named_streets'])}): all
  LOCATION; a birthplace (Bergamo, Palermo, Lecce, Treviso) in an Italian hire letter. Phones: {st['phones_used']} numbers of {len(st['phone_cc'])} countries, national
  format, no country code.

## Labels

`{{"start","end","type","value"}}` with `value == text[start:end]`; templates write `⟦TYPE|value⟧`
markers and `unmark()` computes the offsets (a lower-case or CAPITALS row is cased piece by piece).
`check()` asserts slices, sorted non-overlapping spans, no empty or padded values, allowed types,
unique ids and texts, no spans in `clean_` rows, at least one span in every other row, at least 80
templates and none used more than 5 times. Row fields: `id` (`trade-<class>-<template>-<n>`),
`text`, `spans`, `source` (`{SOURCE}`), `class`, `template`, `locale` (`""` in every row).

- PERSON: one span per contiguous name (given + family, surname-first names whole, particles
  inside); given name alone; surname alone after a title (title outside); a possessive `'s`
  outside; `Surname, Given` in forms and `SURNAME/GIVEN` in PNRs are two spans; first and last
  name in separate JSON or CSV fields are separate spans; a signature initial with surname
  one span; a misspelt name as written. Private colleagues (drivers, engineers,
  negotiators, partners, technicians) are private people and labelled. Every mention, including
  repeats.
- EMAIL_ADDRESS: as written (also upper-cased in a PNR), one span.
- LOCATION: a private person's home address: street line with its number one span, flat/unit
  its own span (`Flat 2`, `Unit 4`, `3º B`, `lgh 1102`, `int. 5`, `Daire 3`, `apto 201`), town, postcode and
  region/state/county each one span; a former or family home town tied to a person ("sold the
  flat in Rye", executor "of Moffat"), a birthplace in a hire letter. Countries are not labelled
  (the few that appear are nationality codes or destinations). Business premises, depots,
  airports, shops and public places are not labelled.
- PHONE_NUMBER: as written. IP_ADDRESS: a customer's home router address.
- DATE_OF_BIRTH: the date alone, in the writer's style (`dd/mm/yyyy`, `yyyy-mm-dd`,
  `dd.mm.yyyy`, `dd-mm-yyyy`, `4 April 1953`, US `m/d/yyyy`, PNR `ddMMMyy`). Other dates are not
  labelled.
- NATIONAL_ID: UK National Insurance numbers, UTRs, passport numbers, UK driving-licence numbers,
  Dutch BSN, Spanish DNI/NIE and social-security number, Italian
  codice fiscale, French numéro fiscal, Brazilian CPF, Turkish TC kimlik, Mexican CURP.
  US_SSN: US Social Security numbers. IBAN_CODE: a private person's IBAN (spaced or not).
  CREDIT_CARD: a full card number.
- Not labelled: companies and their products (including firms named after people: Ford, Dyson,
  Hamptons, Baker McKenzie), the writer's own business, booking references, consignment and job
  numbers, vehicle makes and models, public figures, eponyms, laws, places in general talk,
  sample people and placeholders, and nationality codes.

## Classes

| class | rows | templates | what |
|---|---:|---:|---|
{cls_rows}

Spans: {spans}.

## Rebuilding

```sh
python3 build.py           # rewrites holdout.jsonl and README.md, prints counts
python3 build.py --check   # rebuilds in memory: "unchanged" (exit 0) or "differs" (exit 1)
```

## Licence

Written for this project. All private values were invented by hand; any resemblance to real people
is coincidental. Towns are real small places, but the street numbers, phone numbers, e-mail
addresses and identity numbers that go with them were made up. Public figures, companies,
products, laws and places are named only as things staff ask about.
"""


def main():
    rows, meta, ctx, people_used = build()
    check(rows, meta)
    st = stats(rows, meta, ctx, people_used)
    data = dumps(rows)
    sha = hashlib.sha256(data.encode("utf-8")).hexdigest()
    doc = readme(st, sha)
    if "--check" in sys.argv:
        same = (os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == data and
                os.path.exists(README) and open(README, encoding="utf-8").read() == doc)
        print("unchanged" if same else "differs from the files on disk")
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(doc)
    print(f"rows {st['rows']}: personal {st['personal']}, PII-free {st['clean']}; "
          f"templates {st['templates']}")
    for k in sorted(st["by_class"]):
        print(f"  {k:24s} {st['by_class'][k]:4d} rows {st['templates_by_class'][k]:3d} templates")
    print("spans:", dict(st["spans"].most_common()))
    print("languages:", dict(st["lang"].most_common()))
    print("lower", st["lower"], "upper", st["upper"], "len", st["len"], "lines", st["lines"])
    print("people used", st["people_used"], "/", st["people_total"], "cultures", len(st["cultures"]))
    if st["unused_people"]:
        print("unused people:", st["unused_people"])
    print("addresses used", st["addr_used"], "/", st["addr_total"], "phones used", st["phones_used"])
    print("sha256", sha)


if __name__ == "__main__":
    main()
