#!/usr/bin/env python3
"""travel — hand-written check set: prompts from air, rail, coach and car travel.

Written by the "stranger" helper. Python standard library only, fixed SEED, deterministic.
Every name, street, phone, e-mail domain, date and ID below was typed by hand; e-mail local
parts are derived in code from the hand-typed names.

    python3 build.py          # writes tune.jsonl, prints counts
    python3 build.py --check  # rebuilds in memory and compares with tune.jsonl
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 51_1206
SET = "travel"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tune.jsonl")
SOURCE = "eval/travel/build.py"

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}

# --------------------------------------------------------------------------------------------
# markers
# --------------------------------------------------------------------------------------------
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


def M(typ, value):
    assert typ in TYPES, typ
    return f"⟦{typ}|{value}⟧"


def _case(s, mode):
    if mode == "lower":
        return s.lower()
    if mode == "upper":
        return s.upper()
    return s


def unmark(marked, mode=None):
    """Turn ⟦TYPE|value⟧ markers into plain text + spans; case the text piece by piece."""
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = _case(marked[last:m.start()], mode)
        out.append(plain)
        pos += len(plain)
        val = _case(m.group(2), mode)
        spans.append({"start": pos, "end": pos + len(val), "type": m.group(1), "value": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    tail = _case(marked[last:], mode)
    out.append(tail)
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked[:200]
    return text, spans


def fold(s):
    """ASCII-fold a hand-typed name (for e-mails and GDS name fields)."""
    table = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D",
             "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
             "œ": "oe", "Œ": "OE"}
    s = "".join(table.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


# --------------------------------------------------------------------------------------------
# people (typed by hand). given, family, culture tag, sex, country, surname-first?, extras
# --------------------------------------------------------------------------------------------
class Person:
    def __init__(self, given, family, culture, sex, cc, sf=False, call=None, gds=None,
                 native=None, dom=None, ef=None):
        self.ef = ef
        self.given, self.family, self.culture = given, family, culture
        self.sex, self.cc, self.sf = sex, cc, sf
        self.call = call or given.split()[0]
        self.gds_name = gds
        self.native = native
        self.dom = dom
        self.key = f"{given} {family}"

    @property
    def full(self):
        return f"{self.family} {self.given}" if self.sf else f"{self.given} {self.family}"


PEOPLE = [
    Person("Agnieszka", "Kowalczyk", "Polish", "F", "PL", dom="wp.pl"),
    Person("Tomasz", "Wróbel", "Polish", "M", "PL", dom="onet.pl"),
    Person("Zofia", "Wiśniewska-Kruk", "Polish", "F", "PL", dom="o2.pl"),
    Person("Jiří", "Novotný", "Czech", "M", "CZ", dom="seznam.cz"),
    Person("Lenka", "Dvořáková", "Czech", "F", "CZ", dom="email.cz"),
    Person("Eszter", "Szabó", "Hungarian", "F", "HU", sf=True, dom="freemail.hu"),
    Person("Bence", "Nagy", "Hungarian", "M", "HU", sf=True, dom="gmail.com"),
    Person("Ionuț", "Popescu", "Romanian", "M", "RO", dom="yahoo.ro"),
    Person("Ioana", "Dumitrescu", "Romanian", "F", "RO", dom="gmail.com"),
    Person("Elif", "Yıldırım", "Turkish", "F", "TR", dom="hotmail.com"),
    Person("Mehmet Emin", "Öztürk", "Turkish", "M", "TR", dom="gmail.com"),
    Person("Nikos", "Papadakis", "Greek (Cretan)", "M", "GR", dom="otenet.gr"),
    Person("Eleni", "Karagianni", "Greek", "F", "GR", dom="gmail.com"),
    Person("Dragana", "Petrović", "Serbian", "F", "RS", dom="gmail.com"),
    Person("Olena", "Shevchuk", "Ukrainian", "F", "UA", dom="ukr.net"),
    Person("Rūta", "Kazlauskienė", "Lithuanian", "F", "LT", dom="gmail.com"),
    Person("Kadri", "Tamm", "Estonian", "F", "EE", dom="hot.ee"),
    Person("Matti", "Virtanen", "Finnish", "M", "FI", dom="elisanet.fi"),
    Person("Ingrid", "Solberg", "Norwegian", "F", "NO", dom="online.no"),
    Person("Mads", "Kjærgaard", "Danish", "M", "DK", dom="mail.dk"),
    Person("Linnea", "Åkesson", "Swedish", "F", "SE", dom="telia.com"),
    Person("Björn", "Lindqvist", "Swedish", "M", "SE", dom="gmail.com"),
    Person("Sanne", "de Vries", "Dutch", "F", "NL", dom="ziggo.nl"),
    Person("Joost", "van den Berg", "Dutch", "M", "NL", dom="kpnmail.nl"),
    Person("Wout", "Peeters", "Flemish", "M", "BE", dom="telenet.be"),
    Person("Geneviève", "Tremblay", "Québécois", "F", "CA", dom="videotron.ca"),
    Person("Margaux", "Lefèvre", "French", "F", "FR", dom="orange.fr"),
    Person("Thibault", "Garnier", "French", "M", "FR", dom="free.fr"),
    Person("Jonas", "Weißmann", "German", "M", "DE", dom="web.de"),
    Person("Hannelore", "Brandt", "German", "F", "DE", dom="t-online.de"),
    Person("Florian", "Huber", "Austrian", "M", "AT", dom="gmx.at"),
    Person("Reto", "Brunner", "Swiss German", "M", "CH", dom="bluewin.ch"),
    Person("Chiara", "Esposito", "Italian (Neapolitan)", "F", "IT", dom="libero.it"),
    Person("Giancarlo", "Ferraro", "Italian", "M", "IT", dom="alice.it"),
    Person("Iñaki", "Etxeberria", "Basque", "M", "ES", dom="euskaltel.net"),
    Person("Lucía", "Hernández Ortiz", "Spanish", "F", "ES", dom="gmail.com"),
    Person("Jordi", "Puigdomènech", "Catalan", "M", "ES", dom="gmail.com"),
    Person("Joana", "dos Santos Lima", "Brazilian", "F", "BR", dom="uol.com.br"),
    Person("Rui", "Carvalho", "Portuguese", "M", "PT", dom="sapo.pt"),
    Person("Valentina", "Restrepo Gaviria", "Colombian", "F", "CO", dom="hotmail.com"),
    Person("Matías", "Fernández", "Argentine", "M", "AR", dom="yahoo.com.ar"),
    Person("Camila", "Soto Araya", "Chilean", "F", "CL", dom="gmail.com"),
    Person("Ximena", "Quispe Mamani", "Peruvian (Quechua)", "F", "PE", dom="gmail.com"),
    Person("Diego", "Ramírez Castañeda", "Mexican", "M", "MX", dom="prodigy.net.mx"),
    Person("Siobhán", "Ní Bhriain", "Irish", "F", "IE", dom="eircom.net"),
    Person("Callum", "MacLeod", "Scottish", "M", "GB", dom="btinternet.com"),
    Person("Grace", "Bishop", "English", "F", "GB", dom="btinternet.com"),
    Person("Mark", "Price", "English", "M", "GB", dom="gmail.com"),
    Person("Gwenllian", "Prys", "Welsh", "F", "GB", dom="outlook.com"),
    Person("Brooke", "Heath", "US", "F", "US", dom="yahoo.com"),
    Person("Tyrone", "Jackson", "African American", "M", "US", dom="gmail.com"),
    Person("Dale", "Rivers", "US (Texan)", "M", "US", dom="att.net"),
    Person("Kirra", "Watson", "Australian", "F", "AU", dom="bigpond.com"),
    Person("Aroha", "Ngata", "Māori", "F", "NZ", dom="xtra.co.nz"),
    Person("Sione", "Taufa", "Tongan", "M", "NZ", dom="gmail.com"),
    Person("Malia", "Faleolo", "Samoan", "F", "NZ", dom="gmail.com"),
    Person("Leilani", "Kahale", "Hawaiian", "F", "US", dom="hawaii.rr.com"),
    Person("Oluwaseun", "Adeyemi", "Yoruba", "M", "NG", dom="yahoo.com"),
    Person("Chiamaka", "Okafor", "Igbo", "F", "NG", dom="gmail.com"),
    Person("Aminu", "Danjuma", "Hausa", "M", "NG", dom="gmail.com"),
    Person("Kwame", "Asante", "Akan", "M", "GH", dom="gmail.com"),
    Person("Selorm", "Agbeko", "Ewe", "M", "GH", dom="yahoo.com"),
    Person("Wanjiru", "Kamau", "Kikuyu", "F", "KE", dom="gmail.com"),
    Person("Thandiwe", "Dlamini", "Zulu", "F", "ZA", dom="webmail.co.za"),
    Person("Siphokazi", "Ntlabathi", "Xhosa", "F", "ZA", dom="gmail.com"),
    Person("Pieter", "du Toit", "Afrikaans", "M", "ZA", dom="mweb.co.za"),
    Person("Meron", "Tesfaye", "Amharic", "F", "ET", dom="gmail.com"),
    Person("Yonas", "Gebremedhin", "Tigrinya", "M", "ER", dom="gmail.com"),
    Person("Hodan", "Warsame", "Somali", "F", "SO", dom="hotmail.com"),
    Person("Awa", "Ndiaye", "Wolof", "F", "SN", dom="orange.sn"),
    Person("Hery", "Rakotomalala", "Malagasy", "M", "MG", dom="gmail.com"),
    Person("Mona", "El-Sayed", "Egyptian", "F", "EG", dom="gmail.com"),
    Person("Youssef", "Benali", "Moroccan", "M", "MA", dom="menara.ma"),
    Person("Rami", "Haddad", "Lebanese", "M", "LB", dom="gmail.com"),
    Person("Layla", "Al-Zoubi", "Jordanian", "F", "JO", dom="gmail.com"),
    Person("Dariush", "Karimi", "Persian", "M", "IR", dom="yahoo.com"),
    Person("Yael", "Ben-David", "Israeli (Hebrew)", "F", "IL", dom="walla.co.il"),
    Person("Nino", "Beridze", "Georgian", "F", "GE", dom="gmail.com"),
    Person("Armen", "Petrosyan", "Armenian", "M", "AM", dom="mail.ru"),
    Person("Dmitri", "Sokolov", "Russian", "M", "RU", dom="yandex.ru"),
    Person("Aigerim", "Seitkali", "Kazakh", "F", "KZ", dom="mail.kz"),
    Person("Jasur", "Toshmatov", "Uzbek", "M", "UZ", dom="gmail.com"),
    Person("Sigrún", "Þórsdóttir", "Icelandic", "F", "IS", dom="simnet.is"),
    Person("Karthik", "Subramanian", "Tamil", "M", "IN", dom="rediffmail.com"),
    Person("Ritika", "Agarwal", "Hindi (Marwari)", "F", "IN", dom="gmail.com"),
    Person("Arnab", "Bhattacharya", "Bengali", "M", "IN", dom="yahoo.co.in"),
    Person("Anjali", "Nair", "Malayalam", "F", "IN", dom="gmail.com"),
    Person("Harpreet", "Kaur Sandhu", "Punjabi", "F", "IN", dom="gmail.com"),
    Person("Ayesha", "Siddiqui", "Urdu (Pakistani)", "F", "PK", dom="gmail.com"),
    Person("Dilini", "Wickramasinghe", "Sinhala", "F", "LK", dom="sltnet.lk"),
    Person("Sushila", "Gurung", "Nepali (Gurung)", "F", "NP", dom="gmail.com"),
    Person("Thị Lan", "Nguyễn", "Vietnamese", "F", "VN", sf=True, call="Lan", dom="gmail.com"),
    Person("Văn Minh", "Trần", "Vietnamese", "M", "VN", sf=True, call="Minh", dom="yahoo.com"),
    Person("Hoàng Nam", "Lê", "Vietnamese", "M", "VN", sf=True, call="Nam", dom="gmail.com"),
    Person("Thu Trang", "Phạm", "Vietnamese", "F", "VN", sf=True, call="Trang", dom="gmail.com"),
    Person("Xinyi", "Zhou", "Chinese", "F", "CN", sf=True, dom="163.com"),
    Person("Wei-lun", "Chen", "Taiwanese", "M", "TW", sf=True, dom="gmail.com"),
    Person("Ji-hoon", "Park", "Korean", "M", "KR", sf=True, dom="naver.com"),
    Person("Seo-yeon", "Kim", "Korean", "F", "KR", sf=True, dom="daum.net"),
    Person("Haruka", "Sato", "Japanese", "F", "JP", sf=True, native="佐藤 遥", dom="yahoo.co.jp"),
    Person("Kenji", "Watanabe", "Japanese", "M", "JP", native="渡辺 健二", dom="docomo.ne.jp"),
    Person("Misaki", "Ito", "Japanese (Okinawan-born)", "F", "JP", sf=True, native="伊藤 美咲",
           dom="gmail.com"),
    Person("Kanokwan", "Srisuk", "Thai", "F", "TH", dom="hotmail.com"),
    Person("Nurul Aisyah", "binti Kamaruddin", "Malay", "F", "MY", call="Aisyah",
           gds="KAMARUDDIN/NURULAISYAH", dom="yahoo.com"),
    Person("Hafiz", "bin Rahman", "Malay", "M", "MY", gds="RAHMAN/HAFIZ", dom="gmail.com"),
    Person("Rina", "Wulandari", "Javanese", "F", "ID", dom="yahoo.co.id"),
    Person("Bagus", "Santoso", "Indonesian", "M", "ID", dom="gmail.com"),
    Person("Maricel", "Dela Cruz", "Filipino", "F", "PH", dom="yahoo.com", ef="delacruz"),
    Person("Jericho", "Villanueva", "Filipino", "M", "PH", dom="gmail.com"),
    Person("Itzel", "Cruz Martínez", "Mexican (Zapotec)", "F", "MX", dom="hotmail.com"),
    Person("Jesús Alberto", "Navarro", "Mexican", "M", "MX", call="Jesús", dom="gmail.com"),
    Person("Made", "Wirawan", "Balinese", "M", "ID", dom="gmail.com"),
    Person("Eko", "Prasetyo", "Javanese", "M", "ID", dom="yahoo.co.id"),
    Person("Jean-Robert", "Pierre-Louis", "Haitian", "M", "HT", dom="gmail.com"),
    Person("Shanice", "Campbell", "Jamaican", "F", "JM", dom="gmail.com"),
    Person("Amber", "Stone", "English", "F", "GB", dom="hotmail.co.uk"),
]
CULTURES = sorted({p.culture for p in PEOPLE})

# --------------------------------------------------------------------------------------------
# home addresses (typed by hand; real small towns, invented numbers). Each is a list of lines,
# each line a list of pieces: ("L", text) is labelled LOCATION, a plain str is not.
# --------------------------------------------------------------------------------------------
L = "L"


class Address:
    def __init__(self, cc, lines, town):
        self.cc, self.lines, self.town = cc, lines, town
        self.key = cc + "|" + town


ADDRESSES = [
    Address("DE", [[(L, "Seestraße 18")], [(L, "82402"), " ", (L, "Seeshaupt")]], "Seeshaupt"),
    Address("DE", [[(L, "Am Mühlbach 9a")], [(L, "87629"), " ", (L, "Füssen")]], "Füssen"),
    Address("AT", [[(L, "Gosaugasse 5/2")], [(L, "4830"), " ", (L, "Hallstatt")]], "Hallstatt"),
    Address("CH", [[(L, "Dorfstrasse 22")], [(L, "3920"), " ", (L, "Zermatt")]], "Zermatt"),
    Address("FR", [[(L, "12 rue des Tanneurs")], [(L, "24200"), " ", (L, "Sarlat-la-Canéda")]],
            "Sarlat-la-Canéda"),
    Address("FR", [[(L, "4 impasse Jean Moulin")], [(L, "66190"), " ", (L, "Collioure")]],
            "Collioure"),
    Address("ES", [[(L, "Carrer Major, 14"), ", ", (L, "2º 1ª")], [(L, "17255"), " ", (L, "Begur")]],
            "Begur"),
    Address("ES", [[(L, "Calle Real, 31")], [(L, "40172"), " ", (L, "Pedraza")],
                   [(L, "Segovia")]], "Pedraza"),
    Address("IT", [[(L, "Via Garibaldi 5")], [(L, "16038"), " ", (L, "Santa Margherita Ligure"),
                                              " ", (L, "GE")]], "Santa Margherita Ligure"),
    Address("IT", [[(L, "Via del Borgo 27")], [(L, "53024"), " ", (L, "Montalcino"), " ",
                                               (L, "SI")]], "Montalcino"),
    Address("PT", [[(L, "Rua da Liberdade, 31"), ", ", (L, "2º Esq.")],
                   [(L, "4990-062"), " ", (L, "Ponte de Lima")]], "Ponte de Lima"),
    Address("NL", [[(L, "Kerkstraat 27")], [(L, "1135 AB"), " ", (L, "Edam")]], "Edam"),
    Address("BE", [[(L, "Kapelstraat 11 bus 2")], [(L, "8630"), " ", (L, "Veurne")]], "Veurne"),
    Address("GB", [[(L, "7 Harbour Row")], [(L, "Mousehole")], [(L, "Penzance")],
                   [(L, "TR19 6QF")]], "Mousehole"),
    Address("GB", [[(L, "Flat 2"), ", ", (L, "41 Castle Street")], [(L, "Hay-on-Wye")],
                   [(L, "HR3 5DF")]], "Hay-on-Wye"),
    Address("GB", [[(L, "18 Brewery Lane")], [(L, "Tobermory")], [(L, "Isle of Mull")],
                   [(L, "PA75 6PB")]], "Tobermory"),
    Address("IE", [[(L, "3 Strand Street")], [(L, "Kinsale")], [(L, "Co. Cork")],
                   [(L, "P17 XK42")]], "Kinsale"),
    Address("SE", [[(L, "Storgatan 16")], [(L, "387 34"), " ", (L, "Borgholm")]], "Borgholm"),
    Address("NO", [[(L, "Fjordvegen 4")], [(L, "6210"), " ", (L, "Valldal")]], "Valldal"),
    Address("DK", [[(L, "Algade 9"), ", ", (L, "1. th.")], [(L, "4760"), " ", (L, "Vordingborg")]],
            "Vordingborg"),
    Address("CZ", [[(L, "Náměstí Míru 112")], [(L, "381 01"), " ", (L, "Český Krumlov")]],
            "Český Krumlov"),
    Address("PL", [[(L, "ul. Lipowa 12/4")], [(L, "34-500"), " ", (L, "Zakopane")]], "Zakopane"),
    Address("HU", [[(L, "3910"), " ", (L, "Tokaj")], [(L, "Rákóczi út 17.")]], "Tokaj"),
    Address("RO", [[(L, "Str. Mihai Eminescu nr. 9")], [(L, "545400"), " ", (L, "Sighișoara")],
                   [(L, "jud. Mureș")]], "Sighișoara"),
    Address("TR", [[(L, "Kumbahçe Mah. Atatürk Cad. No:24 D:3")],
                   [(L, "48400"), " ", (L, "Bodrum"), "/", (L, "Muğla")]], "Bodrum"),
    Address("US", [[(L, "221 Depot Street")], [(L, "Bisbee"), ", ", (L, "AZ"), " ", (L, "85603")]],
            "Bisbee"),
    Address("US", [[(L, "1408 Elm Ridge Rd")], [(L, "Fredericksburg"), ", ", (L, "TX"), " ",
                                                (L, "78624")]], "Fredericksburg"),
    Address("CA", [[(L, "58, rue du Fleuve")], [(L, "Kamouraska"), " (", (L, "Québec"), ") ",
                                                (L, "G0L 1M0")]], "Kamouraska"),
    Address("AU", [[(L, "9 Ocean Parade")], [(L, "Lorne"), " ", (L, "VIC"), " ", (L, "3232")]],
            "Lorne"),
    Address("NZ", [[(L, "15 Marine Parade")], [(L, "Paihia"), " ", (L, "0200")]], "Paihia"),
    Address("BR", [[(L, "Rua das Flores, 215")], [(L, "Tiradentes"), " - ", (L, "MG")],
                   [(L, "36325-000")]], "Tiradentes"),
    Address("MX", [[(L, "Calle Juárez 12")], [(L, "77930"), " ", (L, "Bacalar"), ", ",
                                              (L, "Q. Roo")]], "Bacalar"),
    Address("IN", [[(L, "House 22, Church Road")], [(L, "Kotagiri"), ", ", (L, "Nilgiris")],
                   [(L, "Tamil Nadu"), " ", (L, "643217")]], "Kotagiri"),
    Address("JP", [[(L, "3020-14 Hokujo")], [(L, "Hakuba-mura"), ", ", (L, "Kitaazumi-gun")],
                   [(L, "Nagano"), " ", (L, "399-9301")]], "Hakuba"),
    Address("ZA", [[(L, "8 Naaldekoker Street")], [(L, "Clarens")], [(L, "9707")]], "Clarens"),
    Address("PH", [[(L, "Purok 3, Brgy. Buena Suerte")], [(L, "El Nido"), ", ", (L, "Palawan")],
                   [(L, "5313")]], "El Nido"),
    Address("ID", [[(L, "Jl. Raya Sayan No. 17")], [(L, "Ubud"), ", ", (L, "Gianyar")],
                   [(L, "Bali"), " ", (L, "80571")]], "Ubud"),
]

# --------------------------------------------------------------------------------------------
# phones (national formats, a few with the country code as travellers write them)
# --------------------------------------------------------------------------------------------
PHONES = [
    ("DE", "0171 4928336"), ("DE", "+49 1523 8817402"), ("AT", "0664 318 2275"),
    ("CH", "079 418 22 63"), ("FR", "06 72 18 45 93"), ("FR", "07 81 40 26 58"),
    ("ES", "612 48 93 07"), ("ES", "+34 655 210 874"), ("IT", "347 218 9054"),
    ("IT", "+39 333 481 2760"), ("PT", "912 384 705"), ("NL", "06-48219375"),
    ("BE", "0478 21 64 90"), ("GB", "07842 615209"), ("GB", "+44 7391 448 126"),
    ("GB", "01736 731 442"), ("IE", "087 614 2290"), ("PL", "601 284 937"),
    ("PL", "+48 512 730 418"), ("CZ", "728 419 306"), ("HU", "+36 30 418 2275"),
    ("RO", "0744 318 592"), ("TR", "0532 418 27 63"), ("GR", "694 812 3357"),
    ("SE", "070-418 22 97"), ("NO", "482 17 390"), ("DK", "28 41 73 06"),
    ("FI", "040 718 2294"), ("US", "(520) 418-2276"), ("US", "830-997-4152"),
    ("CA", "(418) 862-4410"), ("AU", "0412 884 207"), ("NZ", "021 448 3917"),
    ("BR", "(32) 99814-2270"), ("MX", "983 118 4072"), ("IN", "98470 21836"),
    ("IN", "+91 99401 58273"), ("JP", "090-4218-7735"), ("JP", "080-3391-5026"), ("KR", "010-4829-1173"),
    ("ZA", "082 417 3390"), ("NG", "0803 418 2276"), ("KE", "0722 418 903"),
    ("PH", "0917 482 1163"), ("ID", "0812-3841-9072"), ("EG", "010 2418 7736"),
    ("MA", "06 61 48 22 17"), ("IL", "052-418-3390"), ("VN", "0903 418 276"),
    ("TH", "081 418 2297"), ("MY", "012-418 2297"), ("CO", "310 482 7716"),
    ("AR", "11 4182-7390"), ("LT", "+370 612 48 273"), ("UA", "067 418 2390"),
    ("DE", "0152 2940 1187"), ("FR", "06 14 92 37 80"), ("ES", "622 91 40 38"),
    ("IT", "328 774 1029"), ("NL", "06 2718 4409"), ("GB", "07519 330842"),
    ("US", "(970) 728-4416"), ("IN", "94430 17725"), ("NG", "0706 221 4839"),
    ("BR", "(21) 98812-4407"), ("PL", "693 118 402"), ("TR", "0541 772 19 08"),
    ("PH", "0928 331 7702"), ("VN", "0987 221 406"), ("KR", "010-7734-2219"),
    ("CN", "139 1842 7736"), ("MX", "55 2918 4407"), ("ZA", "073 114 8820"),
    ("AU", "0433 918 205"), ("CA", "(514) 772-0918"), ("RO", "0722 918 447"),
    ("ET", "0911 418 227"), ("PK", "0300 4182736"), ("GH", "024 418 2276"),
    ("ID", "0857-2214-6630"), ("ID", "0813 9920 4418"), ("MY", "019-772 4105"),
    ("SN", "77 418 22 90"), ("KE", "0711 908 234"), ("CO", "315 220 9184"),
]

# dates of birth (y, m, d) typed by hand
DOBS = [(1982, 7, 12), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22), (1958, 1, 30),
        (1988, 3, 14), (1947, 12, 2), (1996, 6, 19), (1973, 10, 27), (2015, 4, 9),
        (2012, 8, 31), (1984, 2, 19), (1990, 12, 25), (1969, 7, 4), (1951, 5, 16),
        (1999, 9, 11), (1977, 1, 8), (1986, 11, 29), (2008, 2, 3), (1962, 6, 21), (1994, 4, 1),
        (1939, 10, 10), (1981, 8, 15)]

# passports and other identity numbers (invented, in each country's shape), NATIONAL_ID
PASSPORTS = [("PL", "EK4821937"), ("DE", "C4HJ7R2K9"), ("FR", "18AV42391"), ("GB", "543871926"),
             ("IT", "YA4821937"), ("NL", "NXR4L8T21"), ("IN", "R4829173"), ("BR", "FZ482193"),
             ("JP", "TK4821937"), ("US", "567213894"), ("NG", "A07418293"), ("MA", "UZ4182736"),
             ("TR", "U18273645"), ("VN", "C4182736"), ("ID", "X1827364"), ("ES", "PAK418273"),
             ("KE", "AK0418293"), ("PH", "P4182736A"), ("CN", "E41827365"), ("EG", "A41827365"),
             ("RO", "054182736"), ("GH", "G1827364"), ("PK", "AB4182736"), ("MY", "A41827364"),
             ("ID", "C2748193"), ("MY", "A52918374"), ("IN", "Z7718240"), ("NG", "B11492087"),
             ("PH", "P7730918B"), ("VN", "N2291847"), ("ET", "EP4418273"), ("KE", "AK1907736"),
             ("MA", "GK7718204"), ("EG", "A29918473"), ("GB", "128847301"), ("US", "A09918472"),
             ("DE", "CF8KL2R7T"), ("FR", "21CD77104"), ("LK", "N8827104"), ("GE", "15AC81920"),
             ("UZ", "FA4417283"), ("AM", "AU0841927"), ("SN", "A02291847"), ("HT", "RD1847203")]
DNI_ES = ["48213795E", "53917204Y", "71830462J"]
TC_KIMLIK = ["38410275954", "52719304696"]
NIF_PT = ["248173952", "215630840"]
BSN_NL = ["284175390", "173029462"]
# UK licence numbers follow the holder (surname, birth date): (person, licence, date of birth)
UK_LICENCES = [("Callum MacLeod", "MACLE805126C99XW", (1986, 5, 12)),
               ("Grace Bishop", "BISHO857084G98KT", (1984, 7, 8)),
               ("Mark Price", "PRICE709301M99LJ", (1971, 9, 30))]
US_LICENCES = ["D4827193", "F1182734", "Y2907741", "41827365"]
DE_FUEHRERSCHEIN = ["B072RRE2I55", "J19X4Z7M013"]
CARDS = ["4929 1834 7720 5516", "5356 1209 8844 1734", "3765 148239 01273",
         "4547 6120 9938 2701", "2221 0041 7755 3824"]
IBANS = {"DE": ["DE26 7605 0000 0482 1937 46", "DE16430609670217384902"],
         "NL": ["NL89 RABO 0318 2746 59"], "FR": ["FR72 3000 4028 3700 0194 8273 672"],
         "ES": ["ES07 0049 1827 3302 1045 7716"], "IT": ["IT35K0306909606100000482715"],
         "GB": ["GB11 BARC 2031 8441 9275 63"], "PL": ["PL32 1020 4832 0000 2302 1837 4651"],
         "RO": ["RO83 INGB 0000 9999 0418 2736"], "DK": ["DK53 3000 4182 7365 19"],
         "PT": ["PT32 0033 0000 4518 2736 4910 5"], "HU": ["HU35 1040 3284 0000 4827 1639 0000"],
         "SE": ["SE67 5000 0000 0541 8392 7461"], "CZ": ["CZ39 0800 0000 0019 2837 4655"],
         "AT": ["AT52 2011 1827 3645 1092"]}
IPS = ["81.174.22.93", "2a02:c7c:5e18:4100:9d2:71ff:fe3a:1c04", "188.25.141.72", "41.203.67.118"]
MRNS = ["HCM-0041827", "7718 2094", "00418273", "MR-5529041"]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
}


def fmt_date(d, style):
    y, m, dd = d
    if style == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "gds":
        return f"{dd:02d}{MON3[m - 1]}{y % 100:02d}"
    if style == "long":
        return f"{dd} {MONTHS_EN[m - 1]} {y}"
    if style == "us":
        return f"{MONTHS_EN[m - 1]} {dd}, {y}"
    if style == "ymd.":
        return f"{y}.{m:02d}.{dd:02d}."
    if style == "jp":
        return f"{y}年{m}月{dd}日"
    if style in MONTHS:
        word = MONTHS[style][m - 1]
        if style == "de":
            return f"{dd}. {word} {y}"
        if style in ("es", "pt"):
            return f"{dd} de {word} de {y}"
        return f"{dd} {word} {y}"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# drawing: least used first, ties broken by the seeded RNG, never twice in one row
# --------------------------------------------------------------------------------------------
class Pool:
    def __init__(self, name, items, key=lambda x: x):
        self.name, self.items, self.key = name, list(items), key
        self.uses = Counter()

    def draw(self, rng, taken, ok=None):
        cands = [x for x in self.items if self.key(x) not in taken and (ok is None or ok(x))]
        if not cands:
            cands = [x for x in self.items if self.key(x) not in taken]
        rng_keys = {self.key(x): rng.random() for x in cands}
        cands.sort(key=lambda x: (self.uses[self.key(x)], rng_keys[self.key(x)]))
        x = cands[0]
        self.uses[self.key(x)] += 1
        taken.add(self.key(x))
        return x


class World:
    def __init__(self, rng):
        self.rng = rng
        self.people = Pool("people", PEOPLE, key=lambda p: p.key)
        self.addrs = Pool("addresses", ADDRESSES, key=lambda a: a.key)
        self.phones = Pool("phones", PHONES, key=lambda x: x[1])
        self.dobs = Pool("dobs", DOBS)
        self.passports = Pool("passports", PASSPORTS, key=lambda x: x[1])
        self.cards = Pool("cards", CARDS)
        self.ibans = Pool("ibans", [(cc, v) for cc, vs in IBANS.items() for v in vs],
                          key=lambda x: x[1])
        self.ips = Pool("ips", IPS)
        self.mrns = Pool("mrns", MRNS)
        self.emails = {}
        self.extra = {}


def _email_parts(p):
    g = re.sub(r"[^a-z]", "", fold(p.given.split()[0]).lower())
    fam_tokens = [t for t in re.split(r"[\s\-']+", fold(p.family)) if t]
    fam_tokens = [t for t in fam_tokens if t.lower() not in ("binti", "bin", "de", "van", "den",
                                                             "dos", "du", "ni")] or fam_tokens
    f = re.sub(r"[^a-z]", "", fam_tokens[-1].lower() if p.culture in ("Brazilian",) else
               fam_tokens[0].lower())
    return g, (p.ef or f)


class Ctx:
    """One row: draws values, remembers what the row already holds."""

    def __init__(self, world, i=0):
        self.i = i
        self.w = world
        self.rng = world.rng
        self.taken = set()

    # randomness -----------------------------------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(list(seq))

    def nth(self, seq):
        """The i-th option: rows of one template never repeat an option."""
        seq = list(seq)
        return seq[self.i % len(seq)]

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def num(self, a, b):
        return self.rng.randint(a, b)

    # people ---------------------------------------------------------------------------------
    def person(self, *ccs, sex=None, sf=None):
        def ok(p):
            return ((not ccs or p.cc in ccs) and (sex is None or p.sex == sex)
                    and (sf is None or p.sf == sf))
        return self.w.people.draw(self.rng, self.taken, ok)

    def person_named(self, key):
        p = next(x for x in PEOPLE if x.key == key)
        self.w.people.uses[key] += 1
        self.taken.add(key)
        return p

    def people(self, k, *ccs, **kw):
        return [self.person(*ccs, **kw) for _ in range(k)]

    @staticmethod
    def nm(p, up=False):
        s = p.full.upper() if up else p.full
        return M("PERSON", s)

    @staticmethod
    def gv(p, up=False):
        return M("PERSON", p.call.upper() if up else p.call)

    @staticmethod
    def fm(p, up=False):
        return M("PERSON", p.family.upper() if up else p.family)

    @staticmethod
    def native(p):
        return M("PERSON", p.native or p.full)

    @staticmethod
    def gds(p, sep="/"):
        """SURNAME/GIVEN as a GDS writes it: folded, capitals, no spaces: two spans."""
        if p.gds_name:
            fam, giv = p.gds_name.split("/")
        else:
            fam = re.sub(r"[\s\-']", "", fold(p.family)).upper()
            giv = re.sub(r"[\s\-']", "", fold(p.given)).upper()
        return f"{M('PERSON', fam)}{sep}{M('PERSON', giv)}"

    @staticmethod
    def comma(p, up=False):
        """'Family, Given' in a list: two spans."""
        fam, giv = (p.family, p.given)
        if up:
            fam, giv = fam.upper(), giv.upper()
        return f"{M('PERSON', fam)}, {M('PERSON', giv)}"

    @staticmethod
    def title(p, lang="en"):
        t = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"),
             "es": ("Sr.", "Sra."), "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."),
             "nl": ("dhr.", "mevr."), "gds": ("MR", "MS"), "pl": ("Pan", "Pani")}[lang]
        return t[0] if p.sex == "M" else t[1]

    def em(self, p, up=False):
        if p.key not in self.w.emails:
            g, f = _email_parts(p)
            style = self.pick(["g.f", "gf", "g_f##", "f.g", "gf##", "g.f"])
            n = str(self.num(1, 99)) if "##" in style else ""
            local = {"g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_f##": f"{g}_{f}{n}",
                     "f.g": f"{f}.{g}", "gf##": f"{g}{f[0]}{n}"}[style]
            self.w.emails[p.key] = f"{local}@{p.dom or 'gmail.com'}"
        e = self.w.emails[p.key]
        return M("EMAIL_ADDRESS", e.upper() if up else e)

    # places ---------------------------------------------------------------------------------
    def addr(self, *ccs):
        return self.w.addrs.draw(self.rng, self.taken, (lambda a: a.cc in ccs) if ccs else None)

    @staticmethod
    def _line(line, up=False):
        out = []
        for piece in line:
            if isinstance(piece, tuple):
                out.append(M("LOCATION", piece[1].upper() if up else piece[1]))
            else:
                out.append(piece.upper() if up else piece)
        return "".join(out)

    def aline(self, a, up=False, sep=", "):
        return sep.join(self._line(ln, up) for ln in a.lines)

    def ablock(self, a, prefix="", up=False):
        return "\n".join(prefix + self._line(ln, up) for ln in a.lines)

    @staticmethod
    def town(a, up=False):
        for ln in a.lines:
            for piece in ln:
                if isinstance(piece, tuple) and piece[1] == a.town:
                    return M("LOCATION", a.town.upper() if up else a.town)
        return M("LOCATION", a.town)

    # numbers --------------------------------------------------------------------------------
    def ph(self, *ccs):
        cc, num = self.w.phones.draw(self.rng, self.taken,
                                     (lambda x: x[0] in ccs) if ccs else None)
        return M("PHONE_NUMBER", num)

    def dob(self, style="dmy/", raw=False, kind="adult"):
        def ok(d):
            if kind == "adult":
                return 1940 <= d[0] <= 2004
            if kind == "child":
                return d[0] >= 2008
            if kind == "old":
                return d[0] <= 1969
            return True
        d = self.w.dobs.draw(self.rng, self.taken, ok)
        return d if raw else M("DATE_OF_BIRTH", fmt_date(d, style))

    def pp(self, *ccs):
        cc, num = self.w.passports.draw(self.rng, self.taken,
                                        (lambda x: x[0] in ccs) if ccs else None)
        return M("NATIONAL_ID", num)

    def card(self):
        return M("CREDIT_CARD", self.w.cards.draw(self.rng, self.taken))

    def iban(self, *ccs):
        cc, v = self.w.ibans.draw(self.rng, self.taken, (lambda x: x[0] in ccs) if ccs else None)
        return M("IBAN_CODE", v)

    def ip(self):
        return M("IP_ADDRESS", self.w.ips.draw(self.rng, self.taken))

    def idn(self, name, values):
        """An identity number from a small hand-typed list (DNI, TC, BSN, licences)."""
        pool = self.w.extra.setdefault(name, Pool(name, values))
        return M("NATIONAL_ID", pool.draw(self.rng, self.taken))

    def mrn(self):
        return M("MEDICAL_RECORD_NUMBER", self.w.mrns.draw(self.rng, self.taken))

    # non-personal filler (booking codes, flight numbers) -----------------------------------
    def loc(self):
        """A six-character record locator (not labelled: it names a booking, not a person)."""
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        alnum = alpha + "23456789"
        return self.pick(alpha) + "".join(self.pick(alnum) for _ in range(5))

    def digits(self, n):
        return "".join(str(self.num(0, 9)) for _ in range(n))


def ID(v):
    """An identity number that isn't a passport (licence, DNI, BSN...)."""
    return M("NATIONAL_ID", v)


# --------------------------------------------------------------------------------------------
# template registry
# --------------------------------------------------------------------------------------------
TEMPLATES = []


def T(cls, name, lang, n, case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case,
                          "fn": fn})
        return fn
    return deco


# shared public vocabulary for PII-free rows
AIRPORTS_NAMED = [
    ("JFK", "John F. Kennedy International"), ("CDG", "Paris Charles de Gaulle"),
    ("TLV", "Ben Gurion"), ("DEL", "Indira Gandhi International"), ("WAW", "Warsaw Chopin"),
    ("VCE", "Venice Marco Polo"), ("FCO", "Rome Fiumicino Leonardo da Vinci"),
    ("LIM", "Jorge Chávez International"), ("MNL", "Ninoy Aquino International"),
    ("LPL", "Liverpool John Lennon"), ("GDN", "Gdańsk Lech Wałęsa"),
    ("BEG", "Belgrade Nikola Tesla"), ("PRG", "Václav Havel Airport Prague"),
    ("BER", "Berlin Brandenburg Willy Brandt"), ("LIS", "Lisbon Humberto Delgado"),
    ("OTP", "Bucharest Henri Coandă"), ("PMO", "Palermo Falcone-Borsellino"),
    ("ATH", "Athens Eleftherios Venizelos"), ("BOM", "Chhatrapati Shivaji Maharaj International"),
    ("GIG", "Rio de Janeiro Galeão – Antonio Carlos Jobim"), ("BUD", "Budapest Ferenc Liszt"),
    ("KRK", "Kraków John Paul II"), ("DCA", "Ronald Reagan Washington National"),
    ("SNA", "John Wayne Airport"), ("MSY", "Louis Armstrong New Orleans"),
    ("JNB", "O. R. Tambo International"), ("MEX", "Benito Juárez International"),
    ("HAV", "José Martí International"), ("SJU", "Luis Muñoz Marín International"),
    ("SAW", "Istanbul Sabiha Gökçen"), ("FLR", "Florence Amerigo Vespucci"),
    ("PSA", "Pisa Galileo Galilei"), ("BGY", "Milan Bergamo Il Caravaggio"),
    ("BLQ", "Bologna Guglielmo Marconi"), ("MAD", "Adolfo Suárez Madrid–Barajas"),
    ("BHD", "George Best Belfast City"), ("SZG", "Salzburg W. A. Mozart"),
    ("TIA", "Tirana Nënë Tereza"), ("FNC", "Madeira Cristiano Ronaldo"),
    ("CGK", "Jakarta Soekarno–Hatta"), ("ODE", "Odense H.C. Andersen"),
]
AIRCRAFT = ["Boeing 737 MAX 8", "Boeing 787-9 Dreamliner", "Boeing 777-300ER", "Boeing 747-8",
            "Airbus A320neo", "Airbus A321XLR", "Airbus A350-900", "Airbus A380-800",
            "Airbus A220-300", "Embraer E190-E2", "Embraer E175", "Bombardier CRJ900",
            "De Havilland Canada Dash 8-400", "ATR 72-600", "Airbus A330-900neo",
            "Boeing 767-300ER"]



def J(*lines):
    return "\n".join(lines)


ISO3 = {"PL": "POL", "CZ": "CZE", "HU": "HUN", "RO": "ROU", "TR": "TUR", "GR": "GRC",
        "RS": "SRB", "UA": "UKR", "LT": "LTU", "EE": "EST", "FI": "FIN", "NO": "NOR",
        "DK": "DNK", "SE": "SWE", "NL": "NLD", "BE": "BEL", "CA": "CAN", "FR": "FRA",
        "DE": "DEU", "AT": "AUT", "CH": "CHE", "IT": "ITA", "ES": "ESP", "BR": "BRA",
        "PT": "PRT", "CO": "COL", "AR": "ARG", "CL": "CHL", "PE": "PER", "MX": "MEX",
        "IE": "IRL", "GB": "GBR", "US": "USA", "AU": "AUS", "NZ": "NZL", "NG": "NGA",
        "GH": "GHA", "KE": "KEN", "ZA": "ZAF", "ET": "ETH", "ER": "ERI", "SO": "SOM",
        "SN": "SEN", "MG": "MDG", "EG": "EGY", "MA": "MAR", "LB": "LBN", "JO": "JOR",
        "IR": "IRN", "IL": "ISR", "GE": "GEO", "AM": "ARM", "RU": "RUS", "KZ": "KAZ",
        "UZ": "UZB", "IS": "ISL", "IN": "IND", "PK": "PAK", "LK": "LKA", "NP": "NPL",
        "VN": "VNM", "CN": "CHN", "TW": "TWN", "KR": "KOR", "JP": "JPN", "TH": "THA",
        "MY": "MYS", "ID": "IDN", "PH": "PHL", "HT": "HTI", "JM": "JAM"}


def her(p):
    return "her" if p.sex == "F" else "him"


def she(p):
    return "she" if p.sex == "F" else "he"


# ============================================================================================
# personal_airline
# ============================================================================================
@T("personal_airline", "pnr_display", "en", 3)
def _(c):
    a, b = c.person(), c.person()
    loc = c.loc()
    office = c.nth(["LON1A0955", "FRA2L28AA", "WAW1S2107", "MAD6V0311"])
    flt, route, times = c.nth([("LO 282", "LHRWAW", "1035 1410"), ("LH 903", "LHRFRA", "0650 0925"),
                               ("TP1357", "LHRLIS", "1220 1505"), ("KL1010", "LHRAMS", "0910 1125")])
    day = c.nth(["22APR", "03MAY", "17JUN", "09SEP"])
    dob = c.dob("gds")
    sex = a.sex
    ask = c.nth([
        "The DOCS for P1 keeps getting rejected at online check-in. Can you spot what's wrong with it?",
        "what does the /P1 at the end of the DOCS and APM lines mean, and is the DOCS line formatted right?",
        "Client can't check in online. Anything in this PNR that looks off? Pasting the RT:",
    ])
    return J(ask, "",
             f"RP/{office}/{office}            AA/SU  14MAR25/0912Z   {loc}",
             f"  1.{c.gds(a)} {c.title(a, 'gds')}   2.{c.gds(b)} {c.title(b, 'gds')}",
             f"  3  {flt} Y {day} 2 {route} HK2  {times}  {day}  E  {flt[:2]}/{loc}",
             "  4 AP LON 020 7946 0321 - SKYLINE TRAVEL - A",
             f"  5 APM {c.ph(a.cc)}/P1",
             f"  6 APE {c.em(a, up=True)}/P1",
             f"  7 TK OK14MAR/{office}",
             f"  8 SSR DOCS {flt[:2]} HK1 P/{ISO3.get(a.cc, 'GBR')}/{c.pp(a.cc)}/{ISO3.get(a.cc, 'GBR')}/"
             f"{dob}/{sex}/03FEB31/{c.gds(a)}/P1")


@T("personal_airline", "rebook_note", "en", 3, case="lower")
def _(c):
    p = c.person()
    hub, f1, f2, t = c.nth([("fra", "lh1317", "lh 430", "10:05"), ("ams", "kl 1772", "kl 601", "09:40"),
                             ("cdg", "af1641", "af 66", "13:25"), ("ist", "tk 1980", "tk 11", "07:55")])
    hotel = c.nth(["the moxy", "novotel airport", "citizenm", "the airport hilton"])
    return J(f"pax {c.nm(p)} misconnected at {hub} off {f1}, rebooked on {f2} tmrw {t}, hotel voucher "
             f"issued at the transfer desk ({hotel}).",
             f"tried calling {c.gv(p)} on {c.ph(p.cc)} no answer, left vm.",
             f"pls write {her(p)} a short sms in plain english with the new times + what happens with "
             "the checked bag (its tagged through, no need to collect)")


@T("personal_airline", "pir_report", "en", 3)
def _(c):
    p = c.person()
    a = c.addr(p.cc)
    st, flt, hotel = c.nth([("MAD", "IB3167/LHR-MAD", "HOTEL NH COLLECTION EUROBUILDING UNTIL 24APR"),
                             ("FCO", "AZ 203/LHR-FCO", "HOTEL ARTEMIDE VIA NAZIONALE UNTIL 02MAY"),
                             ("ATH", "A3 601/LHR-ATH", "ELECTRA PALACE PLAKA UNTIL 11JUN")])
    return J(c.nth(["Turn this PIR into a friendly update email to the passenger: bag located at LHR, "
                     "it goes on tomorrow's first flight and the courier delivers to the hotel by 6pm.",
                     "Can you write the passenger a short apology + status update from this WorldTracer "
                     "file? Bag still not traced, we will pay reasonable interim expenses."]),
             "",
             f"FILE REFERENCE    {st}{flt[:2]}{c.digits(5)}",
             f"NAME              {c.gds(p)} {c.title(p, 'gds')}",
             f"PERM ADDRESS      {c.aline(a, up=True)}",
             f"PERM PHONE        {c.ph(a.cc)}",
             f"EMAIL             {c.em(p, up=True)}",
             f"TEMP ADDRESS      {hotel}",
             f"ROUTING           {flt}",
             f"BAG TAG           {flt[:2]}{c.digits(6)}   COLOUR/TYPE  BK22 / SAMSONITE",
             "CONTENTS          CLOTHING, TOILETRIES, BOOKS, CHARGER, RUNNING SHOES")


@T("personal_airline", "special_assistance", "de", 2)
def _(c):
    p = c.person("DE", "AT", "CH", "TR", "PL")
    q = c.person()
    rel = c.nth(["Nachbarin", "Begleitperson", "Pflegekraft"])
    return J("Kannst du mir helfen, die SSR-Einträge für diesen Fall sauber zu formulieren?",
             f"{'Unsere Kundin' if p.sex == 'F' else 'Unser Kunde'} {c.nm(p)} (geb. {c.dob('dmy.')}) fliegt am 3. Mai mit Condor "
             "DE 1516 von Frankfurt nach Las Palmas. Rollstuhl, keine Treppen möglich (WCHC), "
             "eigener faltbarer Rollstuhl 18 kg, ohne Batterie.",
             f"{rel}: {c.nm(q)}, Handy {c.ph('DE', 'AT', 'CH')}.",
             "Bitte auch einen kurzen Text für das MEDIF-Formular, ohne medizinische Details die wir nicht haben.")


@T("personal_airline", "crew_handover", "en", 3)
def _(c):
    a, b, u, g = c.person(), c.person(), c.person(), c.person()
    flt = c.nth(["BA 287 LHR-SFO", "VS 3 LHR-JFK", "EI 105 DUB-JFK"])
    return J(f"Purser on {flt} tonight. Can you turn my notes into a tidy handover msg for the crew "
             "whatsapp? no emojis pls",
             f"- 2A {c.title(a)} {c.fm(a)}, PRM, WCHS, needs help on the airbridge, meet & assist booked",
             f"- 14C {c.nm(b)} nervous flyer, asked if {she(b)} can say hi to the flight deck before "
             "pushback (captain ok'd)",
             f"- 31K UM {c.nm(u)} age 11, handover at arrivals to {c.nm(g)} only, check ID",
             "- galley 3 oven u/s, tech log entry done")


@T("personal_airline", "noshow_csv", "en", 3)
def _(c):
    ps = c.people(4)
    flt = c.nth(["W6 2381", "FR 8341", "U2 8021"])
    rows = []
    for p in ps:
        contact = c.ph(p.cc) if c.rng.random() < 0.5 else c.em(p)
        rows.append(f"{flt},2025-06-14,{c.loc()},{c.gds(p)} {c.title(p, 'gds')},Y,,{contact}")
    return J("Pull out the no-shows who also missed the return leg and draft a short note to revenue "
             "management about it. DCS export below:", "",
             "flight,dep_date,pnr,pax_name,cabin,ffp_tier,contact", *rows)


@T("personal_airline", "loyalty_complaint", "fr", 2)
def _(c):
    p = c.person("FR", "BE", "CA", "MA", "SN", "HT", "CH")
    return J("Peux-tu m'aider à répondre à ce client ? Ton poli mais ferme : on ne peut pas recréditer "
             "des Miles au-delà de 6 mois.", "",
             "> Bonjour,",
             f"> Je suis membre Flying Blue Gold (n° {c.digits(10)}) et mes Miles du vol AF 7712 "
             "Paris-Orly – Nice du 12 mars n'ont jamais été crédités. J'ai déjà appelé trois fois !!",
             "> Je vous joins la carte d'embarquement. Merci de régulariser rapidement.",
             "> Cordialement,",
             f"> {c.nm(p)}",
             f"> {c.ph('FR', 'BE', 'CA', 'CH', 'MA')}")


@T("personal_airline", "gate_page", "es", 2)
def _(c):
    a, b = c.person("ES", "CO", "MX", "AR", "CL", "PE"), c.person("ES", "CO", "MX", "AR", "CL", "PE")
    gate = c.nth(["J42", "K87"])
    return J(f"Necesito un aviso corto para megafonía en la puerta {gate}, en español y en inglés:",
             f"buscamos a los pasajeros {c.nm(a)} y {c.nm(b)}, del vuelo IB 6251 con destino Bogotá, que "
             "facturaron maletas y no se han presentado. Es la última llamada, cerramos en 5 minutos y "
             "si no aparecen se descargan las maletas.")


@T("personal_airline", "bcbp_decode", "en", 3)
def _(c):
    p = c.person()
    if p.gds_name:
        fam, giv = p.gds_name.split("/")
    else:
        fam = re.sub(r"[\s\-']", "", fold(p.family)).upper()
        giv = re.sub(r"[\s\-']", "", fold(p.given)).upper()
    giv = giv[: max(1, 19 - len(fam))]
    pad = " " * (20 - len(fam) - 1 - len(giv))
    route = c.nth(["ATHLHRA3 0601", "LISLHRTP 1362", "WAWCDGLO 0333", "OTPLTNW6 3001"])
    return J(c.nth(["Scanned my boarding pass with a barcode app, what do all these fields mean?",
                     "can someone decode this bcbp string for me, esp. the bit after the >"]),
             "",
             f"M1{M('PERSON', fam)}/{M('PERSON', giv)}{pad}E{c.loc()} {route} 142Y015C0042 147>5181"
             "WW5141BA              2A1251234567890 1A          N")


@T("personal_airline", "upgrade_json", "en", 3)
def _(c):
    p = c.person()
    fl = c.nth([("LX 38", "ZRH", "SFO"), ("OS 89", "VIE", "ORD"), ("SK 925", "CPH", "SFO")])
    return J(c.nth(["why did this op-up stay waitlisted when 4 J seats went out empty? member is "
                     "furious, I need to explain it", "Explain to me why this upgrade request didn't "
                     "clear. Record from the loyalty system:"]),
             "```json",
             "{\"member\": {\"id\": \"" + fl[0][:2] + "-" + c.digits(8) + "\", \"firstName\": \""
             + M("PERSON", p.given) + "\", \"lastName\": \"" + M("PERSON", p.family) + "\",",
             "  \"tier\": \"Gold\", \"email\": \"" + c.em(p) + "\", \"mobile\": \"" + c.ph(p.cc) + "\",",
             "  \"dateOfBirth\": \"" + c.dob("iso") + "\"},",
             f" \"request\": {{\"flight\": \"{fl[0]}\", \"date\": \"2025-03-02\", \"from\": \"{fl[1]}\", "
             f"\"to\": \"{fl[2]}\", \"cabin\": \"J\", \"status\": \"WAITLISTED\", \"priority\": 3}}}}",
             "```")


@T("personal_airline", "denied_boarding", "it", 2)
def _(c):
    p = c.person("IT", "CH", "RO", "AR")
    return J("Devo chiudere il rapporto di negato imbarco del volo AZ 1741 Roma Fiumicino–Catania del 14/07. "
             "Sistema i dati in un testo formale e calcola la compensazione secondo il Reg. (CE) 261/2004:",
             f"- passeggero: {c.nm(p)}, PNR {c.loc()}",
             f"- recapiti: {c.ph('IT', 'CH')} / {c.em(p)}",
             "- motivo: overbooking, non volontario",
             "- riprotezione: AZ 1745, partenza 3h10 dopo",
             "- voucher pasto consegnato al gate")


@T("personal_airline", "lost_item_ja", "ja", 2)
def _(c):
    p = c.person("JP")
    return J("以下の内容を英語のメールにしてください。丁寧めでお願いします。",
             f"お客様名：{c.native(p)} 様",
             f"ご連絡先：{c.ph('JP')}",
             "便名：NH 203 羽田→フランクフルト",
             "お忘れ物：座席 24K 付近に黒い財布（運転免許証入り）",
             "保管場所：フランクフルト空港 ANA カウンター、30日間保管")


@T("personal_airline", "fraud_check", "en", 2)
def _(c):
    holder, pax = c.person(), c.person()
    return J("Fraud queue, booking flagged by the rules engine. Is this worth cancelling or just a "
             "family booking? What else should I check?",
             f"card: {c.card()} name on card {c.nm(holder, up=True)}",
             f"pax: {c.gds(pax)} {c.title(pax, 'gds')}, one-way LGW-LOS, departs in 9 hrs",
             f"booked from IP {c.ip()} at 03:12 local, contact e-mail {c.em(pax)}",
             "3DS: passed. AVS: no match")

# ============================================================================================
# personal_agency
# ============================================================================================
@T("personal_agency", "rooming_list", "en", 3)
def _(c):
    ps = c.people(5)
    grp, hotel = c.nth([("Northfield Pharma sales kick-off", "Hilton Vienna Park, 12-15 Oct"),
                         ("St Columba's choir tour", "Marriott Courtyard Prague City, 3-6 May"),
                         ("Leeds alumni reunion", "Radisson Blu Lisbon, 19-22 Sep")])
    return J(f"Group: {grp} - {hotel}", "",
             "| Room | Type | Guest(s) | Notes |", "|---|---|---|---|",
             f"| 1 | DBL | {c.comma(ps[0])} / {c.comma(ps[1])} | late arrival ~23:30 |",
             f"| 2 | TWN | {c.comma(ps[2])} / {c.comma(ps[3])} | |",
             f"| 3 | SGL | {c.comma(ps[4])} | gluten free, ground floor pls |", "",
             "Convert to the CSV the hotel wants: surname;first name;room type;arrival;departure;remarks")


@T("personal_agency", "visa_invitation", "en", 3)
def _(c):
    g = c.person("IN", "NG", "MA", "PH", "VN", "ET", "KE", "EG", "GH", "PK", "GE", "AM", "UZ", "LK")
    a = c.addr("DE", "AT", "NL", "FR", "BE", "IT", "ES", "PT", "DK", "SE", "CZ", "PL")
    h = c.person(a.cc)
    rel = c.nth(["my cousin", "a close friend", "my partner's mother", "my former flatmate"])
    return J(f"Can you draft an invitation letter for a Schengen visa? {rel[0].upper() + rel[1:]} "
             "wants to visit me. Details:",
             f"- guest: {c.nm(g)}, passport {c.pp(g.cc)}, born {c.dob('long')}",
             f"- dates: 2-16 August, staying with me at {c.aline(a)}",
             f"- me: {c.nm(h)}, permanent resident, phone {c.ph(a.cc)}, {c.em(h)}",
             "Formal, one page, and mention that I cover accomodation and food.")


@T("personal_agency", "itinerary_sabre", "en", 3)
def _(c):
    a, b = c.person(), c.person()
    return J(c.nth(["Make this readable for the clients: day, local times, layover length, "
                     "baggage. Sabre display:", "turn this into a clean itinerary I can paste into an "
                     "email, plain english, no codes"]), "",
             f" 1.1{c.gds(a)} {c.title(a, 'gds')}  2.1{c.gds(b)} {c.title(b, 'gds')}",
             " 1 KQ 100Y 12SEP 4 NBOLHR HK2  2355  0545  13SEP F /DCKQ*" + c.loc() + " /E",
             " 2 BA 286Y 13SEP 5 LHRSFO HK2  1120  1405 /DCBA*" + c.loc() + " /E",
             "TKT/TIME LIMIT", "  1.TAW/12AUG", "PHONES",
             f"  1.LOS{c.ph(a.cc)}-M", f"RECEIVED FROM - {c.gv(a, up=True)}")


@T("personal_agency", "booking_confirmation", "de", 2)
def _(c):
    p = c.person("DE", "AT", "TR", "PL", "HU")
    q = c.person()
    a = c.addr("DE", "AT")
    kid = c.nth(["Mia", "Leon", "Emma", "Noah", "Lina", "Elias"])
    return J("Kannst du kurz zusammenfassen, was in dieser Buchungsbestätigung steht, und prüfen, ob "
             "der Kinderfestpreis für das Kind stimmt.", "",
             "---------- Weitergeleitete Nachricht ---------",
             "Von: Reiseservice <buchung@reiseservice.example>",
             "Betreff: Ihre Buchungsbestätigung Vorgang 4182736",
             f"Anmelder: {c.title(p, 'de')} {c.nm(p)}, {c.aline(a)}",
             "Reisende:",
             f"1. {c.nm(p)}, geb. {c.dob('dmy.')}",
             f"2. {c.nm(q)}, geb. {c.dob('dmy.')}",
             f"3. {M('PERSON', kid + ' ' + p.family)}, geb. {c.dob('dmy.', kind='child')}",
             "Reise: Hurghada, Steigenberger Aqua Magic, 14.08.-28.08., All Inclusive, Flug mit "
             "Condor ab Düsseldorf",
             "Reisepreis gesamt: 4.286,00 EUR")


@T("personal_agency", "schengen_client", "fr", 2)
def _(c):
    p = c.person("MA", "SN", "MG", "HT", "EG", "LB")
    return J("Je prépare un dossier de visa Schengen court séjour pour un client, tu peux me faire "
             "une checklist adaptée à son cas ?",
             f"Client : {c.nm(p)} - passeport {c.pp(p.cc)} - né(e) le {c.dob('fr')}",
             f"Tél : {c.ph(p.cc)}",
             "Séjour : Paris puis Lyon, 9 jours, hôtel Ibis Styles réservé, billet Royal Air Maroc "
             "aller-retour, salarié depuis 4 ans, premier visa.",
             "Dépôt chez TLScontact, il faut aussi l'assurance voyage 30 000 € je crois ?")


@T("personal_agency", "group_manifest", "en", 3)
def _(c):
    ps = c.people(5)
    rows = []
    for p in ps:
        rows.append(f"{c.fm(p)},{M('PERSON', p.given)},{c.dob('dmy/')},{ISO3.get(p.cc, 'GBR')},"
                    f"{c.pp(p.cc)},{c.pick(['', 'veg', 'halal', 'no nuts', ''])}")
    return J("Tour starts in Edinburgh on 3 June. Sort this manifest by nationality and flag who needs "
             "a UK ETA and who needs a full visa:", "",
             "surname,first_name,dob,nationality,passport_no,dietary", *rows)


@T("personal_agency", "whatsapp_client", "pt", 2, case="lower")
def _(c):
    p = c.person("BR", "PT")
    art = "a" if p.sex == "F" else "o"
    return J("Me ajuda a responder essa cliente? Conversa do WhatsApp da agência:", "",
             f"[09:14] {c.nm(p)}: oi! tudo bem? é {art} {c.gv(p)} da viagem pra Orlando 😊",
             f"[09:15] {c.nm(p)}: o passaporte da minha filha vence em novembro, dá problema?",
             f"[09:15] {c.nm(p)}: ah e meu celular novo é {c.ph('BR', 'PT')}",
             "[09:31] Agência: Bom dia! Vou verificar e já te retorno",
             "", "Lembrando que os EUA pedem passaporte válido durante toda a estadia, e o visto "
             "dela é de 10 anos.")


@T("personal_agency", "honeymoon_quote", "it", 2)
def _(c):
    a, b = c.person("IT", "CH", "AR"), c.person()
    return J(f"Mi scrivi un preventivo elegante per il viaggio di nozze di {c.nm(a)} e {c.nm(b)}?",
             "Maldive, 10 notti al Conrad Maldives Rangali Island, volo Emirates via Dubai in "
             "business, partenza 12 settembre da Milano Malpensa.",
             f"Da mandare a {c.em(a)}, budget indicato 14.000 €. Aggiungi due righe sull'esperienza "
             "al ristorante subacqueo Ithaa.")


@T("personal_agency", "visa_letter_nl", "nl", 2)
def _(c):
    g = c.person("IN", "NG", "KE", "VN", "ID", "PH", "PK", "ZA", "GH")
    h = c.person("NL", "BE")
    hij = "Zij" if g.sex == "F" else "Hij"
    return J(f"Kun je een uitnodigingsbrief in het Engels opstellen voor het visum van {c.nm(g)}? "
             f"{hij} komt van 3 tot 17 mei naar Nederland voor een training op ons kantoor in Utrecht.",
             f"Paspoortnummer {c.pp(g.cc)}, geboren {c.dob('dmy-')}.",
             f"Contactpersoon bij ons ben ik, {c.nm(h)}, {c.ph('NL', 'BE')}. Wij betalen hotel "
             "(NH Utrecht) en de KLM-tickets.")


@T("personal_agency", "queue_notes", "en", 3, case="lower")
def _(c):
    a, b, d = c.person(), c.person(), c.person()
    return J("going thru q8 (sched changes), 3 pnrs need action:",
             f"1) {c.gds(a)} x2 - tp 1362 retimed -40 min, connx now 35 min at lis, below mct. "
             "rebook on tp1366?",
             f"2) {c.nm(b)} - ua 901 equipment swap to 777-200, lost seat 31a, pax is wchr",
             f"3) {c.gds(d)} - seg cancelled, refund or reroute? pax email {c.em(d)}",
             "write me the customer emails for 1 and 3, keep them short")


@T("personal_agency", "tour_complaint_pl", "pl", 2)
def _(c):
    p = c.person("PL", "UA", "LT", "CZ")
    a = c.addr("PL")
    return J("Pomóż mi odpowiedzieć na reklamację klienta, rzeczowo i bez obiecywania zwrotu:", "",
             "\"Szanowni Państwo, w imieniu swoim i rodziny składam reklamację wycieczki do Turcji "
             "(hotel Sea Planet Resort, Side, 12-19.07). Pokój nie odpowiadał opisowi z katalogu, "
             "klimatyzacja nie działała przez 4 dni. Proszę o zwrot 30% ceny na konto "
             f"{c.iban('PL')}.",
             f"{c.nm(p)}", c.aline(a), f"tel. {c.ph('PL')}\"")


@T("personal_agency", "umrah_list", "id", 2)
def _(c):
    ps = [c.person("ID", "MY") for _ in range(3)]
    lines = [f"{i + 1}. {c.nm(p)} - paspor {c.pp(p.cc)} - lahir {c.dob('dmy-')} - HP {c.ph(p.cc)}"
             for i, p in enumerate(ps)]
    return J("Tolong rapikan daftar jamaah umrah ini jadi tabel untuk dikirim ke muassasah, dan cek "
             "paspor mana yang masa berlakunya kurang dari 6 bulan (berangkat 14 Februari):", *lines)


@T("personal_agency", "itinerary_email", "en", 3)
def _(c):
    cl, ag = c.person(), c.person()
    return J("Proofread this before I send it pls, and make it sound a bit warmer:", "",
             f"Hi {c.gv(cl)},",
             "Great news - your Japan rail trip is confirmed! Your 14-day JR Pass is booked, you'll "
             "take the Nozomi from Tokyo to Kyoto on day 4 and the Sanyo Shinkansen to Hiroshima on "
             "day 8. Hotels are Park Hyatt Tokyo, Hoshinoya Kyoto and the Sheraton Grand Hiroshima.",
             "Any questions just give me a shout.", "",
             "Best,", c.nm(ag), "Senior Travel Consultant", f"M: {c.ph(ag.cc)}")


# ============================================================================================
# personal_rail_coach
# ============================================================================================
@T("personal_rail_coach", "penalty_fare_appeal", "en", 3)
def _(c):
    p = c.person("GB", "IE", "IN", "NG", "PK", "JM", "PL")
    a = c.addr("GB")
    stn, amt = c.nth([("Reading West", "100"), ("Haywards Heath", "50.20"), ("Hebden Bridge", "20")])
    return J("Help me write an appeal against a penalty fare. Facts:",
             f"- I boarded at {stn} at 07:42, the ticket machine was out of order and the ticket "
             "office was shut (I took a photo of the screen)",
             f"- the revenue protection inspector still issued penalty fare notice PF{c.digits(7)} "
             f"for £{amt}",
             f"- my details for the letter: {c.nm(p)}, {c.aline(a)}",
             "- I hold a 16-25 Railcard, it was valid",
             "Appeal goes to the Penalty Fare Appeals Service. keep it under 300 words pls")


@T("personal_rail_coach", "season_ticket_thread", "en", 3)
def _(c):
    a = c.addr("GB")
    p, ag = c.person(a.cc), c.person()
    route = c.nth(["Brighton - London Terminals, £5,684", "Woking - London Waterloo, £4,012",
                    "Milton Keynes - London Euston, £8,760"])
    return J("Can you help me reply to this? They've refused my season ticket refund twice now.", "",
             "> Dear " + c.title(p) + " " + c.fm(p) + ",",
             f"> Thank you for contacting us. Unfortunately, as your annual season ticket ({route}) "
             "was surrendered more than 7 days after you stopped using it, we are unable to backdate "
             "the refund.",
             "> Kind regards,", f"> {c.gv(ag)}", "> Customer Relations Team", "",
             f"My draft so far: Hi {c.gv(ag)}, I was signed off work from 12 January (doctors "
             "letter attached) and physically could not hand the ticket in...", "",
             c.nm(p), c.ablock(a), c.ph(a.cc))


@T("personal_rail_coach", "passenger_assist", "en", 3)
def _(c):
    p, q = c.person(), c.person()
    route, t = c.nth([("Leeds to London King's Cross", "14:15 LNER Azuma"),
                       ("Glasgow Central to Euston", "09:40 Avanti Pendolino"),
                       ("Cardiff Central to Paddington", "11:28 GWR Intercity Express Train")])
    return J("Rewrite this as a Passenger Assist booking request, bullet points:",
             f"{c.nm(p)} travelling {route} on Friday on the {t}, uses a powered wheelchair (68 cm "
             "wide, about 140 kg with user), needs the ramp at both ends and the wheelchair space in "
             f"coach C. Travelling with {c.nth(['carer', 'partner', 'sister'])} {c.nm(q)}. Best "
             f"contact mobile {c.ph(p.cc)}, text preferred as {she(p)} is hard of hearing.")


@T("personal_rail_coach", "fahrgastrechte", "de", 2)
def _(c):
    p = c.person("DE", "AT", "TR", "GR", "RS", "PL")
    a = c.addr("DE", "AT")
    return J("Hilf mir bitte beim Fahrgastrechte-Formular, vor allem beim Freitextfeld. Mein ICE 578 "
             "von München nach Hamburg hatte 94 Minuten Verspätung, Anschluss nach Kiel verpasst.",
             f"Name: {c.nm(p)}", f"Anschrift: {c.aline(a)}",
             f"IBAN für die Entschädigung: {c.iban('DE', 'AT')}",
             "BahnCard 50, Flexpreis 1. Klasse, 187,90 €", f"E-Mail: {c.em(p)}")


@T("personal_rail_coach", "sncf_amende", "fr", 2, case="lower")
def _(c):
    p = c.person("FR", "BE", "MA", "SN", "CA", "MG")
    a = c.addr("FR")
    return J("bonjour, je voudrais contester une amende reçue dans le TER Marseille-Toulon le 3 mars. "
             "j'avais mon billet SNCF Connect sur le téléphone mais il était déchargé et le "
             f"contrôleur n'a rien voulu savoir. PV n° {c.digits(10)}, 50 €.",
             f"mes infos : {c.nm(p)}, {c.aline(a)}, tél {c.ph('FR')}",
             "tu peux me rédiger la lettre de contestation ? merci")


@T("personal_rail_coach", "renfe_reclamacion", "es", 2)
def _(c):
    p = c.person("ES")
    return J("¿Me ayudas a redactar la reclamación a Renfe? El AVE 03071 Madrid-Barcelona del 21 de "
             "marzo llegó con 78 minutos de retraso y quiero la devolución según el compromiso de "
             "puntualidad.",
             f"Datos: {c.nm(p)}, DNI {c.idn('dni', DNI_ES)}, teléfono {c.ph('ES')}, correo "
             f"{c.em(p)}. Billete Básico, localizador {c.loc()}.")


@T("personal_rail_coach", "coach_driver_report", "en", 3)
def _(c):
    p, d = c.person(), c.person("GB", "IE", "PL", "RO", "IN", "PK", "NG", "JM")
    svc, dest = c.nth([("NX 420", "Birmingham Digbeth"), ("Megabus M20", "Manchester Shudehill"),
                        ("FlixBus N910", "Leeds City Bus Station")])
    return J(f"Driver report from last night's {svc} (London Victoria - {dest}). Turn it into an "
             "incident report for the ops manager pls:", "",
             f"\"At Leicester Forest East services we stopped 20 mins. On departure pax {c.nm(p)} "
             f"(seat 32) was not on board, I did the headcount twice. {she(p).capitalize()} rang the "
             f"office from {c.ph(p.cc)} about 10 mins after we left. Office told {her(p)} to take the "
             f"next service, no charge. 1 grey case still in the hold, left at {dest} office.\"",
             f"Driver: {c.nm(d)}")


@T("personal_rail_coach", "trenitalia_reclamo", "it", 2)
def _(c):
    p = c.person("IT", "CH", "RO", "AR", "ER")
    return J("Mi aiuti a scrivere il reclamo a Trenitalia? Frecciarossa 9527 Roma-Milano del 9 maggio, "
             "45 minuti di ritardo e aria condizionata guasta in carrozza 6. Vorrei l'indennizzo e "
             "un riconoscimento per il disagio.",
             f"Titolare: {c.nm(p)}, CartaFRECCIA {c.digits(9)}, {c.em(p)}, cell. {c.ph('IT')}")


@T("personal_rail_coach", "ov_chipkaart", "nl", 2)
def _(c):
    p = c.person("NL", "BE", "MA", "TR", "SO")
    a = c.addr("NL", "BE")
    return J("Help me een bezwaar te schrijven. Ik ben op 12 februari vergeten uit te checken in "
             "Zwolle en er is € 20 instaptarief afgeschreven, terwijl ik gewoon een "
             "NS Flex-abonnement heb.",
             f"Persoonlijke ov-chipkaart op naam van {c.nm(p)}, geboren {c.dob('dmy-')}.",
             f"Adres: {c.aline(a)}. Graag terugstorten op {c.iban('NL')}.")


@T("personal_rail_coach", "cd_stiznost", "cs", 2)
def _(c):
    p = c.person("CZ", "HU", "UA", "PL")
    a = c.addr("CZ")
    jel = "jela" if p.sex == "F" else "jel"
    return J(f"Potřebuju napsat stížnost Českým drahám. Dne 14. 4. jsem {jel} rychlíkem R 1247 z Prahy "
             "do Českého Krumlova, nefungovalo topení a vlak měl zpoždění 65 minut. Chci odškodnění.",
             f"Moje údaje: {c.nm(p)}, {c.aline(a)}, tel. {c.ph('CZ')}, {c.em(p)}")


@T("personal_rail_coach", "railcard_fraud", "en", 2, case="lower")
def _(c):
    h, u = c.person(), c.person()
    return J("railcard fraud note, pls tidy for the case file:",
             f"- 2 tickets bought on the same 26-30 railcard, holder {c.nm(h)}, dob on account "
             f"{c.dob('dmy/')}, used by someone else at paddington 14:10, photo didnt match",
             f"- holder contacted via {c.em(h)}, says card was stolen 2 wks ago, reported to btp",
             f"- person who used it gave the name {c.nm(u)}, refused to give an address")


@T("personal_rail_coach", "sj_forsening", "sv", 2)
def _(c):
    p = c.person("SE", "NO", "FI", "DK", "IS", "IR")
    return J("Kan du hjälpa mig skriva en ansökan om förseningsersättning till SJ? Snabbtåget från "
             "Stockholm C till Göteborg den 3 juni blev 2 timmar försenat på grund av signalfel.",
             f"Mina uppgifter: {c.nm(p)}, {c.ph('SE', 'NO', 'FI', 'DK')}, {c.em(p)}. "
             f"Bokningsnummer {c.loc()}.")


@T("personal_rail_coach", "coach_chat", "en", 2)
def _(c):
    p, ag = c.person(), c.person("DE", "PL", "CZ", "UA", "TR")
    return J("Summarise this chat for the refund team, 3 lines max:", "",
             f"Customer: {c.nm(p)} | Booking 3018 4427 19 | {c.em(p)}",
             f"{c.gv(ag)} (agent): Hi, how can I help?",
             f"{c.gv(p)}: my bus from berlin to prague left without me. I was at ZOB gate 8 at 21:50 "
             "and the bus wasnt there, nobody told us it moved",
             f"{c.gv(ag)} (agent): I'm sorry to hear that, let me check the GPS data",
             f"{c.gv(p)}: I had to take a blablacar for 45 euros")


@T("personal_rail_coach", "amtrak_assist", "en", 2)
def _(c):
    dad, me = c.person(sex="M"), c.person()
    return J(f"my dad {c.nm(dad)} (81, uses a walker) is taking the Empire Builder from Chicago to "
             "Whitefish MT next month, roomette. I'm booking for him. How do I request a wheelchair "
             "at Chicago Union Station and would the accessible bedroom be better?",
             f"his cell is {c.ph('US', 'CA')}, mine is {c.ph('US', 'CA')}. thanks, {c.gv(me)}")


# ============================================================================================
# personal_rental
# ============================================================================================
@T("personal_rental", "damage_claim_thread", "en", 3)
def _(c):
    p = c.person()
    a = c.addr(p.cc)
    co, car, place = c.nth([("Hertz", "Volkswagen T-Roc, LK72 XWB", "Edinburgh Airport"),
                             ("Enterprise", "Kia Niro, YF23 KTO", "Bristol Temple Meads"),
                             ("Europcar", "Peugeot 2008, GN71 RPX", "Manchester Airport T2")])
    return J(f"{co} are charging me £1,140 for a scuff that was definately already there. Help me reply. "
             "Their email:", "",
             f"> Rental Agreement: {c.digits(10)}",
             f"> Renter: {c.nm(p, up=True)}",
             f"> Vehicle: {car}",
             "> Damage: rear bumper scuff approx. 12 cm, repair estimate £1,015 + admin fee £125",
             "> The amount will be charged to the card on file ending 4417.", "",
             f"My notes: check-out photos in the app only show the bumper from far away, drop-off "
             f"was at {place} 06:10 with no staff around, keys in the box.",
             "Address for the letter:", c.ablock(a))


@T("personal_rental", "licence_check", "en", 3)
def _(c):
    key, lic, d = UK_LICENCES[c.i % 3]
    p = c.person_named(key)
    return J(f"Customer at the desk, UK photocard licence, {c.title(p)} {c.nm(p)}, licence no. "
             f"{ID(lic)}, born {M('DATE_OF_BIRTH', fmt_date(d, 'dmy/'))}.",
             f"{she(p).capitalize()} gave me a DVLA check code but the share-licence site says it "
             "doesn't match. Can I still release the car (Vauxhall Corsa, 3 days)? What's the "
             "fallback - call the DVLA line?")


@T("personal_rental", "ztl_multa", "it", 2)
def _(c):
    p = c.person("IT", "CH", "DE", "AT", "FR")
    a = c.addr(p.cc)
    return J("Mi è arrivata questa notifica per posta, è vera o una truffa? Il testo:", "",
             f"\"Gentile {c.nm(p)}, la società di noleggio Avis Budget Italia S.p.A. ci ha comunicato "
             "i Suoi dati quale conducente del veicolo targato GK 418 XT in data 14/06. Violazione: "
             "accesso non autorizzato alla ZTL di Firenze (art. 7 C.d.S.). Residenza: "
             f"{c.aline(a)}. Importo: 83,00 € + spese di notifica.\"", "",
             "Posso fare ricorso al Giudice di Pace anche se abito fuori Firenze?")


@T("personal_rental", "rideshare_incident", "en", 3)
def _(c):
    a = c.addr("GB", "US", "AU", "NZ", "IE", "CA")
    r, f = c.person(), c.person()
    app = {"US": "Lyft", "CA": "Lyft", "AU": "DiDi", "NZ": "Uber", "IE": "Bolt"}.get(a.cc, "Uber")
    street = c._line(a.lines[0])
    return J(f"{app} driver here. Help me write the incident report for the app, keep it factual:",
             f"picked up rider {c.gv(r)} at {street} at 01:40, going into town. {c.gv(r)} was sick "
             "in the back, refused the cleaning fee and tried to grab my phone off the mount. "
             f"A friend of theirs, {c.nm(f)}, was filming me the whole "
             f"time. dashcam has it all. my number for the callback is {c.ph(a.cc)}")


@T("personal_rental", "schadensprotokoll", "de", 2)
def _(c):
    p = c.person("DE", "AT", "CH", "TR", "HR", "RS", "PL")
    a = c.addr("DE", "AT", "CH")
    return J("Ich hab das Schadensprotokoll von Sixt abfotografiert und abgetippt. Formuliere daraus "
             "bitte eine sachliche Stellungnahme des Mieters: Die Delle war schon bei Übernahme da, "
             "steht nur nicht im Protokoll.", "",
             "Filiale: München Flughafen",
             f"Mieter: {c.nm(p)}", f"Anschrift: {c.aline(a)}",
             f"Führerscheinnr.: {c.idn('de_fs', DE_FUEHRERSCHEIN)}",
             f"Tel.: {c.ph('DE', 'AT', 'CH')}",
             "Fahrzeug: BMW 320d Touring, M-SX 4182",
             "Schaden: Delle Tür hinten links, ca. 8 cm")


@T("personal_rental", "pickups_csv", "en", 2)
def _(c):
    ps = c.people(3)
    rows = [f"{c.digits(9)},{c.gds(p)},{c.dob('mdy/')},{c.pick(['US', 'US', 'CA', 'MX'])},"
            f"{c.idn('us_dl', US_LICENCES)},{c.ph(p.cc, 'US')},{c.pick(['Economy', 'Full size', 'SUV'])}"
            for p in ps]
    return J("pickups today at the LAX counter. which of these need the young driver surcharge or an "
             "IDP? export from the rental system:", "",
             "res_no,name,dob,licence_country,licence_no,phone,car_class", *rows)


@T("personal_rental", "via_verde", "pt", 2)
def _(c):
    p = c.person("PT", "BR")
    a = c.addr("PT")
    return J("Recebi isto da rent-a-car: cobraram 38,70 € de portagens da A22 mais uma \"taxa "
             "administrativa\" de 25 € por cada passagem. Os dados que eles têm:",
             f"{c.nm(p)}, NIF {c.idn('nif', NIF_PT)}, {c.aline(a)}",
             "Posso reclamar no Livro de Reclamações? Escreve-me o texto, por favor.")


@T("personal_rental", "grab_komplain", "id", 2)
def _(c):
    d, p = c.person("ID"), c.person("ID", "MY", "PH", "AU", "NL")
    return J("Tolong bantu tulis komplain ke Grab. Tanggal 3 Mei saya naik GrabCar dari Bandara "
             f"Ngurah Rai ke Ubud, drivernya {c.nm(d)} (Toyota Avanza DK 1847 AB) minta bayar tunai "
             "Rp150.000 lagi di luar aplikasi, katanya tarif bandara.",
             f"Akun saya atas nama {c.nm(p)}, nomor HP {c.ph(p.cc)}.")


@T("personal_rental", "uber_celular", "es", 2, case="lower")
def _(c):
    d, p = c.person("MX"), c.person("MX", "CO", "AR", "CL", "PE")
    return J("Olvidé mi celular en un Uber anoche en la CDMX, de Polanco a Coyoacán. El conductor se "
             f"llamaba {c.gv(d)}, Nissan Versa gris. Ya le marqué desde el número de mi hermana "
             f"({c.ph('MX')}) pero no contesta.",
             f"Mi cuenta es {c.em(p)}. ¿Qué hago? ¿Uber me puede dar sus datos?")


@T("personal_rental", "kiralama_itiraz", "tr", 2)
def _(c):
    p = c.person("TR")
    a = c.addr("TR")
    return J("Araç kiralama firmasına itiraz yazısı yazmama yardım eder misin? Dalaman Havalimanı'ndan "
             "Fiat Egea kiraladım, teslimde ön tamponda çizik var deyip kartımdan 4.500 TL çektiler. "
             "Teslim alırken çizik zaten vardı.",
             f"Bilgilerim: {c.nm(p)}, T.C. kimlik no {c.idn('tc', TC_KIMLIK)}, tel {c.ph('TR')}, "
             f"adres {c.aline(a)}")


@T("personal_rental", "campervan_bond", "en", 2, case="lower")
def _(c):
    p = c.person("NZ", "AU", "GB", "US", "DE", "NL")
    a = c.addr("NZ", "AU")
    return J("need help w/ an email to the campervan company. hired a 4 berth in christchurch, "
             "returned it in auckland 2 days ago and theyve kept $750 of the $2500 bond for "
             "'interior cleaning'. i have photos showing it was clean.",
             f"name on the booking is {c.nm(p)}, home address {c.aline(a)}, mobile {c.ph(a.cc)}")


@T("personal_rental", "uber_oneliner", "en", 2, case="lower")
def _(c):
    d = c.person()
    return c.nth([f"my uber driver {c.gv(d)} charged me an $80 cleaning fee for a coffee that wasnt "
                   "even mine, how do i dispute it",
                   f"lyft driver {c.gv(d)} took a massive detour from jfk and the fare doubled, is it "
                   "worth reporting or will they just ignore me"])


@T("personal_rental", "toll_phone_pci", "en", 2)
def _(c):
    p = c.person()
    return J(f"Customer {c.nm(p)} rang to pay the toll notice (Dartford Crossing, 3 crossings + "
             "admin) and read out the card number before I could stop them:",
             f"{c.card()} exp 09/27",
             "How do I write the case note without breaching PCI DSS, and what do I do with the "
             "call recording?")


# ============================================================================================
# personal_traveller
# ============================================================================================
@T("personal_traveller", "eu261_letter", "en", 3)
def _(c):
    a = c.addr()
    p, q = c.person(a.cc), c.person()
    al, flt, route = c.nth([("Vueling", "VY 7821", "Barcelona - London Gatwick"),
                             ("TAP Air Portugal", "TP 1350", "Lisbon - London Heathrow"),
                             ("Lufthansa", "LH 2472", "Munich - London Heathrow")])
    return J("Can you tighten this EU261 claim before I send it? Too long and a bit angry.", "---",
             f"To: {al} Customer Relations", f"Booking ref: {c.loc()}",
             f"Passengers: {c.nm(p)}, {c.nm(q)}",
             f"Flight {flt} {route} on 14 July arrived 4 hours 12 minutes late. No extraordinary "
             "circumstances were given, the crew told us it was a technical fault. I am claiming "
             "€250 per passenger under Regulation (EC) 261/2004 as interpreted in Sturgeon. I have "
             "called three times and nobody has replied to my web form!!!",
             f"Please pay to IBAN {c.iban(a.cc)} (account holder {c.nm(p)}).", "",
             c.nm(p), c.ablock(a), c.em(p))


@T("personal_traveller", "refund_short", "en", 3, case="lower")
def _(c):
    p, m = c.person(), c.person(sex="F")
    return (f"hi can u help me write to ryanair for a refund, flight was cancelled and they only "
            f"offered a voucher. booking was for me and my mum {c.nm(m)}, ref {c.loc()}, my email "
            f"on the booking is {c.em(p)}")


@T("personal_traveller", "passport_expiry", "en", 3)
def _(c):
    a = c.addr("GB", "IE", "US", "AU", "NZ", "IN", "CA")
    p = c.person(a.cc)
    return J(f"My passport (no. {c.pp(p.cc)}) expires on 2 March next year. I'm flying to Bangkok on "
             f"20 October with Thai Airways. Born {c.dob('long')}, I live in {c.town(a)}.",
             "Will Thailand let me in with under 6 months left, and is it realistic to renew in "
             "time using the fast track? Or should I just book the one-week service?")


@T("personal_traveller", "insurance_medical", "en", 3)
def _(c):
    p = c.person()
    hosp, what, paid = c.nth([("Hospital Quirónsalud Marbella", "fractured wrist after a fall on "
                                "the Caminito del Rey", "€2,310"),
                               ("Bumrungrad International, Bangkok", "dengue fever, admitted from "
                                "A&E", "THB 84,600"),
                               ("Clínica Alemana, Santiago", "severe altitude sickness after San "
                                "Pedro de Atacama", "CLP 2.140.000")])
    return J("Help me fill in the medical expenses part of my travel insurance claim.",
             f"Policyholder: {c.nm(p)}, DOB {c.dob('dmy/')}",
             f"Treated at {hosp}, patient number {c.mrn()}, 2 nights, {what}",
             f"Paid {paid} upfront on my card, I have the receipts",
             f"Contact: {c.ph(p.cc)}, {c.em(p)}",
             f"Home address: {c.aline(c.addr())}",
             "Write the 'description of incident' box, ~150 words, first person.")


@T("personal_traveller", "fluggastrechte", "de", 2)
def _(c):
    p, q = c.person("DE", "AT", "CH", "TR", "GR"), c.person()
    a = c.addr("DE", "AT", "CH")
    return J("Schreib mir bitte eine Beschwerde an Eurowings: Flug EW 9464 Düsseldorf-Palma am 12. Juli "
             "annulliert, Ersatzflug 6 Stunden später. Ich will 250 € pro Person nach "
             "EU-Verordnung 261/2004, keine Gutscheine.",
             f"Reisende: {c.nm(p)}, {c.nm(q)}", f"Auszahlung auf {c.iban('DE', 'AT')}",
             f"Absender: {c.nm(p)}, {c.aline(a)}")


@T("personal_traveller", "seguro_maleta", "es", 2)
def _(c):
    p = c.person("ES")
    a = c.addr("ES")
    nac = "nacida" if p.sex == "F" else "nacido"
    return J("Tengo que reclamar al seguro de viaje porque Iberia tardó 5 días en entregarme la maleta "
             "en el vuelo Madrid-Lima. Gasté 380 € en ropa y artículos de aseo.",
             f"Mis datos: {c.nm(p)}, {nac} el {c.dob('es')}, DNI {c.idn('dni', DNI_ES)}, móvil "
             f"{c.ph('ES')}, domicilio {c.aline(a)}.",
             "¿Me redactas la carta? Tengo el PIR y los tickets.")


@T("personal_traveller", "pegasus_sikayet", "tr", 2, case="lower")
def _(c):
    p = c.person("TR", "AM", "GE", "KZ", "UZ")
    return J("Pegasus'a şikayet yazmak istiyorum. Sabiha Gökçen - Antalya uçuşum 5 saat rötar yaptı, "
             "hiçbir ikram verilmedi, kimse bilgi vermedi.",
             f"Ad soyad: {c.nm(p)}, telefon {c.ph('TR')}, e-posta {c.em(p)}.",
             "SHGM yolcu hakları yönetmeliğine göre ne talep edebilirim?")


@T("personal_traveller", "paspoort_gestolen", "nl", 2)
def _(c):
    p = c.person("NL", "BE", "SO", "MA")
    a = c.addr("NL")
    return J("Mijn paspoort is gestolen in Barcelona en ik vlieg over 3 dagen terug met Transavia. Kan "
             "ik met een noodpaspoort reizen of is een ID-kaart genoeg?",
             f"Gegevens: {c.nm(p)}, BSN {c.idn('bsn', BSN_NL)}, geboren {c.dob('dmy-')}, woonplaats "
             f"{c.town(a)}, mobiel {c.ph('NL')}.",
             "Wat moet ik meenemen naar het consulaat?")


@T("personal_traveller", "bagaj_wizz", "ro", 2)
def _(c):
    p = c.person("RO", "MD", "HU")
    a = c.addr("RO")
    return J("Ajută-mă să scriu o reclamație către Wizz Air: bagajul de cală nu a ajuns pe zborul W6 3141 "
             "Londra Luton - Cluj din 8 august. Am completat PIR-ul la aeroport, dar nu răspunde nimeni.",
             f"Date: {c.nm(p)}, tel. {c.ph('RO')}, {c.em(p)}, adresa {c.aline(a)}")


@T("personal_traveller", "karterites_hu", "hu", 2)
def _(c):
    p, q = c.person("HU"), c.person()
    a = c.addr("HU")
    return J("Segíts megírni a kártérítési igényt a Ryanairnek: a FR 1023 Budapest-Dublin járat 4 órát "
             "késett május 9-én, a 261/2004/EK rendelet alapján 400 eurót kérünk fejenként.",
             f"Utasok: {c.nm(p)} és {c.nm(q)}.",
             f"Értesítési cím: {c.aline(a)}, telefon {c.ph('HU')}.")


@T("personal_traveller", "family_chat", "en", 3, case="lower")
def _(c):
    a, b, d = c.person(), c.person(), c.person()
    h = c.addr("GB", "IE")
    return J("Can you turn this family group chat into one clear message with who's picking up whom?",
             "", f"[18:02] {c.gv(a)}: Flight lands LHR T5 at 14:35 Sat, BA 117 from JFK",
             f"[18:03] {c.gv(b)}: I can get {c.gv(a)} from heathrow. {c.gv(d)} are you still ok to "
             "collect Nana from Reading station at 4?",
             f"[18:05] {c.gv(d)}: yes. her train is the 15:20 from Plymouth",
             f"[18:06] {c.gv(b)}: dinner at ours, {c.aline(h)}, street parking is free after 6")


@T("personal_traveller", "visa_nhat", "vi", 2)
def _(c):
    bo, me = c.person("VN", sex="M"), c.person("VN", sex="F")
    return J("Tôi muốn xin visa du lịch Nhật Bản cho bố mẹ, đi Tokyo và Osaka 10 ngày vào tháng 4.",
             f"Bố: {c.nm(bo)}, sinh ngày {c.dob('dmy/', kind='old')}, hộ chiếu số {c.pp('VN')}.",
             f"Mẹ: {c.nm(me)}, sinh ngày {c.dob('dmy/', kind='old')}.",
             "Cần chuẩn bị giấy tờ gì và có bắt buộc nộp qua đại lý ủy thác không?")


@T("personal_traveller", "skadesanmeldelse", "da", 2)
def _(c):
    p = c.person("DK", "SE", "NO", "IS")
    a = c.addr("DK")
    return J("Kan du hjælpe mig med at skrive en skadesanmeldelse til rejseforsikringen? Min kuffert "
             "blev stjålet fra lejebilen i Lissabon den 4. september. Jeg har en politirapport fra PSP.",
             f"Forsikringstager: {c.nm(p)}, {c.aline(a)}, tlf. {c.ph('DK')}")


@T("personal_traveller", "esta_dual", "en", 2)
def _(c):
    s = c.person("IR", "EG", "NG", "IN", "PK", "LB", "JO", "SO", "LK", sex="M")
    nat = {"IR": "Iranian", "EG": "Egyptian", "NG": "Nigerian", "IN": "Indian", "PK": "Pakistani",
           "LB": "Lebanese", "JO": "Jordanian", "SO": "Somali", "LK": "Sri Lankan"}.get(s.cc, "Iranian")
    return J(f"Filling in the ESTA for my son {c.nm(s)}, born {c.dob('long', kind='child')}. He has "
             f"dual British/{nat} nationality - do we have to declare the {nat} one, and does that "
             "change anything for the ESTA?",
             f"His British passport number is {c.pp('GB')} if that matters.")


@T("personal_airline", "psm_teletype", "en", 2, case="upper")
def _(c):
    a, b, d = c.person(), c.person(), c.person()
    return J("pls decode this psm for the new starters, what does each line mean?", "",
             "qd lhrkkba lhrssba", ".madkkib 141212", "psm", "ib3167/14apr mad part1",
             f"1{c.gds(a)} {c.title(a, 'gds')} wchc 3c",
             f"1{c.gds(b)} {'miss' if b.sex == 'F' else 'mstr'} umnr 11a age 09",
             f"1{c.gds(d)} {c.title(d, 'gds')} deaf 21f",
             "total 3 endpsm")


# ============================================================================================
# clean_airline  (PII-free: public figures, airports named after people, aircraft, samples)
# ============================================================================================


@T("clean_airline", "gds_training", "en", 3)
def _(c):
    flt, route = c.nth([("BA 117", "LHRJFK"), ("AF 1380", "CDGBCN"), ("LH 400", "FRAJFK"),
                         ("EK 29", "DXBLHR")])
    ssr = c.nth(["WCHR", "VGML", "BLND", "PETC"])
    return J("Training deck for new reservations agents: explain each line of this dummy PNR in plain "
             "English. TEST/PASSENGER is our standard training name, nothing here is a real booking.",
             "", "RP/XXX1A0000/",
             "  1.TEST/PASSENGER MR  2.TEST/PASSENGER MRS",
             f"  3  {flt} Y 10OCT 4 {route} HK2  0830 1115  10OCT  E",
             "  4 APE TEST@EXAMPLE.COM",
             "  5 SSR DOCS YY HK1 P/GBR/123456789/GBR/01JAN80/M/01JAN30/TEST/PASSENGER/P1",
             f"  6 SSR {ssr} {flt[:2]} HK1/S3/P2",
             "  7 TK TL10OCT/XXX1A0000")


COMPARE = [
    ("TAP Air Portugal", "Lisbon-Newark", "Airbus A321LR", "Airbus A330-900neo"),
    ("Aer Lingus", "Dublin-Hartford", "Airbus A321XLR", "Boeing 757-200"),
    ("Qantas", "Perth-London Heathrow", "Boeing 787-9 Dreamliner", "Airbus A350-1000"),
    ("Porter Airlines", "Toronto Billy Bishop-Montréal", "De Havilland Canada Dash 8-400",
     "Embraer E195-E2"),
    ("Air Canada Express", "Toronto-Chicago O'Hare", "Bombardier CRJ900", "Embraer E175"),
    ("Emirates", "Dubai-Auckland", "Airbus A380-800", "Boeing 777-200LR"),
    ("Air France", "Paris-Orly - Geneva", "Airbus A220-300", "Embraer E190"),
    ("LOT Polish Airlines", "Warsaw Chopin - Vilnius", "Embraer E175", "ATR 72-600"),
]


@T("clean_airline", "aircraft_compare", "en", 3)
def _(c):
    al, route, a, b = c.nth(COMPARE[2:] + COMPARE[:2])
    return J(f"Compare the {a} and the {b} for {al}'s {route} route: range, typical seat count, fuel "
             f"burn per seat, and which one {al} actually flies there today.",
             "Also, why did the Boeing 757 never get a proper replacement, and does the Airbus "
             "A321XLR fix that?")


@T("clean_airline", "airport_quiz", "en", 3)
def _(c):
    ap = c.sample(AIRPORTS_NAMED, 6)
    lines = [f"{i + 1}. {code} - {name}" for i, (code, name) in enumerate(ap)]
    return J("Make a pub-quiz round: who are these airports named after? One line of trivia per "
             "answer, and put the answers at the bottom.", *lines)


@T("clean_airline", "gate_announcement", "en", 3)
def _(c):
    code, name = c.pick(AIRPORTS_NAMED)
    ac = c.pick(AIRCRAFT)
    return J(f"Write a boarding announcement template for our gate agents at {name} ({code}). Use "
             "placeholders like [FLIGHT NUMBER], [DESTINATION], [GATE] and [PASSENGER NAME] for the "
             "final call.",
             f"Our {ac} boards by groups 1-5: priority for Star Alliance Gold, families with children "
             "under 5 and anyone who needs a little extra time. English first, then the local language.")


@T("clean_airline", "crew_briefing", "en", 3, case="upper")
def _(c):
    flt, ac, reg, dest = c.nth([("EI 123", "Airbus A330-300", "EI-GAJ", "Boston Logan"),
                                 ("LO 3", "Boeing 787-9", "SP-LSA", "Toronto Pearson"),
                                 ("TP 201", "Airbus A330-900neo", "CS-TUA", "Rio de Janeiro Galeão"),
                                 ("AZ 610", "Airbus A350-900", "EI-IFA", "New York JFK")])
    return J(f"crew briefing {flt} to {dest}", f"a/c: {ac} reg {reg}",
             "capt / fo / sccm + 8 cc", f"wx {dest}: cavok, 24c, light crosswind",
             "slot: ctot 1435", "security: standard",
             "service: hot meal both cabins, halal and vgml loaded as per pil",
             "notes: new sop for lithium battery fire containment bag, see om-a 8.3",
             "turn this into a one-paragraph briefing i can read out")


@T("clean_airline", "baggage_codes", "en", 2)
def _(c):
    codes = c.nth(["BK22, BN05 and RD25X", "BU02, GY50 and BK27S", "MC01, PU22 and YW05"])
    return J(f"What do WorldTracer colour/type codes like {codes} actually mean?",
             "And under the Montreal Convention, what's the SDR limit for delayed or lost baggage "
             "now, and how is that different from the old Warsaw Convention weight-based limit? "
             "Does Article 17 or Article 19 cover a delayed bag?")


@T("clean_airline", "meilen_vergleich", "de", 2)
def _(c):
    home = c.nth(["Frankfurt", "München"])
    return J("Lohnt sich Miles & More überhaupt noch? Bitte vergleichen mit Flying Blue, dem BA "
             "Executive Club (Avios) und Turkish Miles&Smiles: Punkte vs. Statusmeilen, Senator vs. "
             f"HON Circle, Lounge-Zugang in {home}.",
             "Ich fliege vor allem Lufthansa und Swiss, ab und zu Austrian und Brussels Airlines, "
             "meistens Economy Light.")


@T("clean_airline", "reglement_261", "fr", 2)
def _(c):
    cas = c.nth(["vol Air France Paris-CDG - Nice annulé la veille",
                  "vol easyJet Lyon - Porto arrivé avec 3 h 30 de retard"])
    return J("Explique-moi simplement le règlement (CE) n° 261/2004 : les indemnisations de 250, 400 "
             "et 600 €, l'arrêt Sturgeon de la CJUE, et si une grève du contrôle aérien à Marseille "
             "compte comme circonstance extraordinaire.", f"Cas pratique : {cas}.")


@T("clean_airline", "pioneros", "es", 2)
def _(c):
    extra = c.nth(["Alberto Santos-Dumont y el 14-bis", "Amelia Earhart y su vuelo de 1932"])
    return J("Escribe un texto breve para el blog de la aerolínea sobre pioneros de la aviación: "
             "Jorge Chávez (el aeropuerto de Lima lleva su nombre; cruzó los Alpes en 1910), "
             f"{extra}, Charles Lindbergh y el Spirit of St. Louis, y el Concorde de Air France y "
             "British Airways. Tono cercano, 200 palabras.")


@T("clean_airline", "overbooking", "en", 3, case="lower")
def _(c):
    return c.nth([
        "what no-show rate do airlines assume when they overbook? and what actually changed at united "
        "after flight 3411 in 2017",
        "is it true jetblue and southwest don't overbook anymore? how does delta decide how many "
        "volunteers to ask for at the gate",
        "how do ryanair and easyjet handle denied boarding vs british airways, is the eu261 "
        "compensation the same for all three"])


@T("clean_airline", "ceo_tabella", "it", 2)
def _(c):
    fmt = c.nth(["una tabella", "un elenco puntato"])
    return J(f"Fammi {fmt} con gli amministratori delegati delle principali compagnie europee: "
             "Carsten Spohr (Lufthansa), Ben Smith (Air France-KLM), Michael O'Leary (Ryanair), "
             "Luis Gallego (IAG), József Váradi (Wizz Air).",
             "E per ITA Airways chi guida la compagnia dopo l'ingresso di Lufthansa? Verifica tu, "
             "non sono sicuro.")


@T("clean_airline", "haneda_ja", "ja", 2)
def _(c):
    dest = c.nth(["ロンドン", "パリ"])
    return J(f"{dest}行きは羽田と成田どちらが便利ですか？JALとANAの国際線ターミナルの違いも教えてください。",
             "ボーイング787とエアバスA350のビジネスクラスの座席も比較してほしいです。")


@T("clean_airline", "bcbp_sample", "en", 2)
def _(c):
    s = c.nth(["M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100",
                "M1DOE/JOHN            EXYZ789 JFKLAXAA 0001 123Y012C0001 100"])
    return J("Explain the IATA BCBP mandatory fields using the sample from Resolution 792 (the name "
             "is the spec's own sample):", s,
             "Which field is the Julian date and which is the check-in sequence?")


@T("clean_airline", "flight_status_json", "en", 2)
def _(c):
    flt, ac, o, on, d, dn = c.nth([
        ("QR 701", "Airbus A350-1000", "DOH", "Hamad International", "JFK", "John F. Kennedy International"),
        ("ET 500", "Boeing 787-9", "ADD", "Addis Ababa Bole International", "IAD", "Washington Dulles"),
    ])
    return J("Why would this show 'Delayed' with no estimated time? And write me a TypeScript type for it.",
             "```json",
             f"{{\"flight\": \"{flt}\", \"aircraft\": \"{ac}\",",
             f" \"origin\": {{\"iata\": \"{o}\", \"name\": \"{on}\"}},",
             f" \"destination\": {{\"iata\": \"{d}\", \"name\": \"{dn}\"}},",
             " \"status\": \"Delayed\", \"gate\": \"C12\", \"estimated\": null}", "```")


# ============================================================================================
# clean_agency
# ============================================================================================
@T("clean_agency", "rooming_template", "en", 3)
def _(c):
    hotel = c.nth(["Hilton Garden Inn", "Marriott Courtyard", "Radisson Blu"])
    return J(f"Create a rooming list template our group desk can send to {hotel} properties. Columns: "
             "room no., room type, surname, first name, arrival, departure, remarks.",
             "Put two example rows using the usual sample names (Doe, John / Doe, Jane in a DBL and "
             "Mustermann, Max in a SGL) so nobody pastes real guests into the template.",
             "Excel or Google Sheets, with a drop-down for SGL/DBL/TWN/TRP.")


@T("clean_agency", "itinerary_readable", "en", 3)
def _(c):
    segs = c.nth([
        [" 1 LH 400Y 12SEP 4 FRAJFK HK1  1055  1325 /E", " 2 B6 1201Y 12SEP 4 JFKFLL HK1  1700  1955 /E"],
        [" 1 AF1741Y 03MAY 6 CDGFCO HK1  0715  0920 /E", " 2 AZ 610Y 03MAY 6 FCOJFK HK1  1020  1400 /E"],
        [" 1 LO 281Y 20JUN 5 WAWLHR HK1  0810  1000 /E", " 2 BA 117Y 20JUN 5 LHRJFK HK1  1135  1435 /E"],
    ])
    return J("Turn these segments into a clean itinerary for a client e-mail: full airport names (the "
             "ones named after people spelled out, e.g. Chopin, Leonardo da Vinci, Charles de "
             "Gaulle, John F. Kennedy), local times, connection time, aircraft if you know it.",
             *segs)


@T("clean_agency", "schengen_checklist", "en", 3)
def _(c):
    who = c.nth(["Indian passport holders applying to the French consulate via VFS Global in Mumbai",
                 "South African citizens applying to the German embassy in Pretoria",
                 "Nigerian applicants using TLScontact in Lagos for Italy"])
    return J(f"Client-facing checklist for a Schengen short-stay (type C) visa, for {who}.",
             "Include: travel insurance of at least €30,000, proof of accommodation, bank statements, "
             "the 90/180 rule under the Schengen Borders Code, and a short note on when the EES and "
             "ETIAS start to apply. Bullet points, no legal jargon.")


@T("clean_agency", "einladung_vorlage", "de", 2)
def _(c):
    land = c.nth(["Indien", "Ghana"])
    return J(f"Ich brauche eine Vorlage für ein Einladungsschreiben (Besuchsvisum, Gast aus {land}). "
             "Bitte mit Platzhaltern wie [Name des Gastes], [Passnummer], [Reisezeitraum] und "
             "unterschrieben von „Max Mustermann“ als Beispiel.",
             "Und erklär kurz, wann man zusätzlich eine Verpflichtungserklärung bei der "
             "Ausländerbehörde braucht.")


@T("clean_agency", "circuit_peintres", "fr", 2)
def _(c):
    theme = c.nth([("Sur les pas de Van Gogh", "Arles, Saint-Rémy-de-Provence, Auvers-sur-Oise et le "
                    "musée d'Orsay"),
                   ("Cézanne et Picasso en Provence", "Aix-en-Provence, l'atelier de Cézanne, la "
                    "montagne Sainte-Victoire et le musée Picasso d'Antibes")])
    return J(f"Rédige la description commerciale d'un circuit de 6 jours « {theme[0]} » : {theme[1]}.",
             "Trajets en TGV INOUI depuis Paris-Gare de Lyon, hôtels 4 étoiles (Accor ou Best Western), "
             "ton chaleureux, 150 mots.")


@T("clean_agency", "cruceros", "es", 2)
def _(c):
    q = c.nth(["Icon of the Seas de Royal Caribbean, MSC World Europa y Costa Smeralda",
               "Queen Mary 2 de Cunard, Celebrity Beyond y el Norwegian Prima"])
    return J(f"Compara para un cliente el {q}: tamaño, ambiente, público familiar o adulto, y qué "
             "incluye la tarifa. También si conviene embarcar en Barcelona o en Civitavecchia.")


@T("clean_agency", "hotel_rates_csv", "en", 3)
def _(c):
    rows = c.nth([
        ["London,The Savoy,Fairmont,612", "London,The Ritz London,Independent,795",
         "Berlin,Hotel Adlon Kempinski,Kempinski,455", "Vienna,Hotel Sacher Wien,Independent,520",
         "Vienna,Park Hyatt Vienna,Hyatt,430"],
        ["Singapore,Raffles Singapore,Accor,890", "Hong Kong,The Peninsula Hong Kong,Peninsula,640",
         "Madrid,Mandarin Oriental Ritz,Mandarin Oriental,710", "Paris,Le Bristol,Oetker,1150",
         "Paris,Hôtel Lutetia,Independent,860"],
        ["New York,The Waldorf Astoria,Hilton,1020", "New York,The Plaza,Fairmont,895",
         "Chicago,The Drake,Hilton,310", "Rome,Hotel Hassler Roma,Independent,780",
         "Venice,The Gritti Palace,Marriott Luxury Collection,990"],
    ])
    return J("Average nightly rate per city and flag anything over our €400 policy cap. Rates are "
             "already converted to EUR:", "", "city,property,brand,rate_eur", *rows)


@T("clean_agency", "roteiro_portugal", "pt", 2)
def _(c):
    foco = c.nth(["Lisboa e Sintra: Torre de Belém, Mosteiro dos Jerónimos, Padrão dos "
                  "Descobrimentos, Palácio da Pena e Fundação Calouste Gulbenkian",
                  "Porto e Douro: Livraria Lello, Ponte D. Luís I, Casa da Música, Palácio da Bolsa "
                  "e um cruzeiro até ao Pinhão"])
    return J(f"Monta um roteiro de 4 dias para um casal brasileiro em {foco}.",
             "Chegam pelo Aeroporto Humberto Delgado e voltam pelo Francisco Sá Carneiro, voo da TAP. "
             "Dá dicas de pastéis de nata e de onde ver o fado.")


@T("clean_agency", "wycieczka_krakow", "pl", 2)
def _(c):
    dni = c.nth(["3-dniowy", "5-dniowy"])
    return J(f"Przygotuj {dni} program wycieczki dla grupy z Niemiec: Kraków (Wawel, Sukiennice, "
             "Kazimierz), Kopalnia Soli Wieliczka, Muzeum Auschwitz-Birkenau, a na koniec Zakopane i "
             "Krupówki.",
             "Przylot na Lotnisko im. Jana Pawła II Kraków-Balice, autokar 50 miejsc, hotel Radisson "
             "albo Novotel.")


@T("clean_agency", "paket_umrah", "id", 2, case="lower")
def _(c):
    mask = c.nth(["saudia", "garuda indonesia"])
    return J(f"tolong buatkan deskripsi paket umrah 12 hari naik {mask} dari bandara soekarno-hatta "
             "ke bandara king abdulaziz jeddah.",
             "hotel dekat masjidil haram dan masjid nabawi, ziarah ke jabal uhud dan masjid quba, "
             "visa lewat aplikasi nusuk. jelaskan juga syarat dari kemenag.")


@T("clean_agency", "confirmation_template", "en", 3)
def _(c):
    eng = c.nth(["Handlebars", "Jinja2", "Liquid"])
    return J(f"Tidy up this booking-confirmation e-mail template ({eng}) and tell me why the preview "
             "renders \"Dear Jane Doe\" even when the sample booking has no name:", "",
             "Subject: Your stay at {{hotel_name}} is confirmed ({{booking_ref}})",
             "Dear {{first_name}} {{last_name}},",
             "Thank you for booking with us. Check-in from {{checkin_time}}, check-out by "
             "{{checkout_time}}. Hilton Honors and Marriott Bonvoy numbers can be added at the desk.",
             "Kind regards,", "{{agent_name}}, Reservations")


@T("clean_agency", "reisbureau_nl", "nl", 2)
def _(c):
    q = c.nth(["een pakketreis van TUI naar Curaçao", "een stedentrip van Sunweb naar Barcelona"])
    return J(f"Wat is het verschil tussen de ANVR, de SGR-garantie en het Calamiteitenfonds als ik "
             f"{q} boek? En wat regelt de Europese pakketreisrichtlijn als de touroperator failliet "
             "gaat, zoals Thomas Cook in 2019?")


# ============================================================================================
# clean_rail_coach
# ============================================================================================
TRAINS = ["the Glacier Express", "the Bernina Express", "the Venice Simplon-Orient-Express",
          "the Caledonian Sleeper", "the Rocky Mountaineer", "the Trans-Siberian", "The Ghan",
          "the Indian Pacific", "the California Zephyr", "the Coast Starlight",
          "the Flying Scotsman (on a heritage run)", "the Rovos Rail Pride of Africa",
          "the Palace on Wheels", "the Nightjet from Vienna to Paris", "the Cinque Terre Express",
          "the Empire Builder", "the Jacobite steam train (the Harry Potter one)"]


@T("clean_rail_coach", "famous_trains", "en", 3)
def _(c):
    ts = c.sample(TRAINS, 4)
    return J(f"Rail bucket list: {', '.join(ts[:3])} and {ts[3]}.",
             "Which of these can I realistically do in one summer, roughly what do they cost, and "
             "which ones sell out a year ahead?")


@T("clean_rail_coach", "penalty_rules", "en", 3)
def _(c):
    toc = c.nth(["Avanti West Coast", "LNER", "Great Western Railway"])
    return J("What's the difference between a penalty fare and a prosecution under the Regulation of "
             "Railways Act 1889? Which one can Transport Focus or the Rail Ombudsman help with?",
             f"Also does Delay Repay on {toc} work the same as on Southern and Thameslink (GTR)?")


@T("clean_rail_coach", "accessibility_info", "en", 3)
def _(c):
    trip = c.nth(["Eurostar from London St Pancras to Paris Gare du Nord",
                  "a Deutsche Bahn ICE from Köln to Berlin",
                  "an Amtrak Acela from Boston to Washington Union Station"])
    return J("How does Passenger Assist work in the UK, and is the Hidden Disabilities Sunflower "
             "lanyard recognised at stations?",
             f"And for {trip}: how far ahead do you have to book assistance under the EU rail "
             "passenger rights regulation (2021/782) or the ADA?")


@T("clean_rail_coach", "bahn_fragen", "de", 2)
def _(c):
    q = c.nth(["Lohnt sich die BahnCard 100 noch, seit es das Deutschlandticket gibt? Ich pendle "
               "Frankfurt (Main) Hbf - Köln Hbf mit dem ICE Sprinter.",
               "Wann ist bei der Deutschen Bahn die Zugbindung aufgehoben, und gilt das auch beim "
               "Sparpreis über Berlin Hbf nach Hamburg-Altona?"])
    return J(q, "Bitte kurz mit den Regeln der Fahrgastrechte-Verordnung erklären.")


@T("clean_rail_coach", "sncf_questions", "fr", 2)
def _(c):
    q = c.nth(["Quelle différence entre TGV INOUI et Ouigo pour un Paris-Marseille, bagages compris ? "
               "Et est-ce que la carte Avantage marche sur les deux ?",
               "Le train de nuit Intercités Paris-Austerlitz - Briançon, ça vaut le coup ? Et on peut "
               "manger au Train Bleu à la gare de Lyon avant un départ à 20 h ?"])
    return q


@T("clean_rail_coach", "coach_compare", "en", 3, case="lower")
def _(c):
    return c.nth(["flixbus vs national express vs megabus london to manchester, which is least bad "
                  "overnight? also is blablacar bus still a thing",
                  "greyhound or flixbus from new york to boston, and where do they leave from now, "
                  "port authority?",
                  "is the alsa bus from madrid barajas to granada any good or should i get the ave "
                  "to málaga and a bus from there"])


@T("clean_rail_coach", "jr_pass", "en", 3, case="lower")
def _(c):
    q = c.nth(["is the jr pass still worth it after the 2023 price rise if i'm doing tokyo - kyoto - "
               "hiroshima - tokyo in 10 days? and can i ride the nozomi now with the supplement",
               "which side of the tokaido shinkansen do you sit on for mount fuji (seat e?) and is "
               "the hikari much slower than the nozomi",
               "does the jr pass cover the miyajima ferry and the narita express, or only the "
               "shinkansen and jr lines"])
    return q


@T("clean_rail_coach", "treni_italia", "it", 2)
def _(c):
    q = c.nth(["Frecciarossa 1000 o Italo EVO tra Roma Termini e Milano Centrale: differenze di "
               "prezzo, comfort e puntualità?",
               "Da Napoli Centrale (piazza Garibaldi) a Venezia Santa Lucia: conviene il Frecciarossa "
               "diretto o cambiare a Bologna? E il Leonardo Express per Fiumicino è incluso?"])
    return J(q, "Rispondi in breve, sono in viaggio.")


@T("clean_rail_coach", "ave_espana", "es", 2)
def _(c):
    q = c.nth(["¿Por qué la estación de Atocha ahora se llama Madrid Puerta de Atocha-Almudena "
               "Grandes y Chamartín lleva el nombre de Clara Campoamor?",
               "¿Qué diferencia hay entre AVE, Avlo, Iryo y Ouigo España para ir de Madrid a "
               "Barcelona Sants? ¿Y el Alvia con Talgo sigue existiendo?"])
    return q


@T("clean_rail_coach", "vlaky_cesko", "cs", 2)
def _(c):
    q = c.nth(["Jaký je rozdíl mezi RegioJetem, Leo Expressem a railjetem Českých drah na trase "
               "Praha - Brno? Co je levnější a kde je lepší Wi-Fi?",
               "Proč se pražskému hlavnímu nádraží dřív říkalo Wilsonovo nádraží a jezdí ještě "
               "Pendolino SuperCity do Ostravy?"])
    return q


@T("clean_rail_coach", "season_table", "en", 3)
def _(c):
    route = c.nth(["Reading - London Paddington (Elizabeth line or GWR)",
                   "St Albans City - London St Pancras (Thameslink)",
                   "Sevenoaks - London Charing Cross (Southeastern)"])
    return J(f"I commute {route} 3 days a week. Which is cheapest? Fill in the last column.", "",
             "| option | price | notes | cost per month (3 days/wk) |", "|---|---|---|---|",
             "| annual season | £4,870 | Gold Card perks | |",
             "| flexi season (8 days in 28) | £356 | | |",
             "| anytime day return | £69.40 | | |",
             "| off-peak + Network Railcard | £31.10 | only after 10:00 | |")


@T("clean_rail_coach", "tag_sverige", "sv", 2, case="lower")
def _(c):
    q = c.nth(["vad är skillnaden mellan sj, snälltåget och vy på sträckan stockholm - malmö? och "
               "går nattåget till narvik fortfarande via kiruna",
               "är arlanda express värt pengarna jämfört med pendeltåget, och kan man åka "
               "inlandsbanan hela vägen från mora till gällivare på sommaren"])
    return q


@T("clean_rail_coach", "eurostar_thalys", "en", 2)
def _(c):
    q = c.nth(["Now that Thalys has been folded into Eurostar, do I still change at Brussels-Midi "
               "for Amsterdam Centraal from London St Pancras International?",
               "How early do I need to be at Paris Gare du Nord for the Eurostar once the EES "
               "biometric checks start, and does Eurostar Plus still get lounge access?"])
    return q


# ============================================================================================
# clean_rental
# ============================================================================================
@T("clean_rental", "rental_compare", "en", 3)
def _(c):
    code, name = c.pick(AIRPORTS_NAMED)
    car = c.nth(["a Fiat 500 or a Toyota Yaris", "a VW Golf estate", "a Tesla Model Y or a Kia EV6"])
    return J(f"Picking up {car} at {name} ({code}) for a week. Hertz, Avis, Sixt or Europcar - who "
             "is usually least painful at that airport (queues, deposit, upsell at the desk)?",
             "Is it worth going through Rentalcars.com or booking direct?")


@T("clean_rental", "cdw_explain", "en", 3)
def _(c):
    prog = c.nth(["Hertz Gold Plus Rewards", "Avis Preferred", "Enterprise Plus"])
    return J("Explain CDW vs SCDW vs a standalone excess insurance policy like you would to my mum. "
             f"Does being in {prog} change anything at the counter, and does my Amex or a Visa "
             "Infinite card cover the excess?")


@T("clean_rental", "licence_rules", "en", 3)
def _(c):
    q = c.nth(["Do I need an International Driving Permit to rent in Japan with a UK licence? Which "
               "one, the 1949 Geneva Convention IDP or the 1968 Vienna one, and can the Post Office "
               "still issue it?",
               "How does the DVLA check code work for renting a car in Ireland or France - who "
               "generates it and how long is it valid?",
               "Can I rent with a US driver's license in Italy or do I need the AAA international "
               "permit as well?"])
    return q


@T("clean_rental", "peages_europe", "fr", 2)
def _(c):
    q = c.nth(["Pour un road trip Lyon - Lisbonne en voiture de location, comment payer les péages "
               "(Vinci Autoroutes, Sanef), la Via Verde au Portugal, et est-ce que le badge Bip&Go "
               "marche en Espagne ?",
               "En voiture de location vers l'Italie : Telepass ou paiement aux barrières "
               "d'Autostrade per l'Italia ? Et il faut une vignette Crit'Air pour Lyon et la vignette "
               "suisse si on passe par le Mont-Blanc ?"])
    return q


@T("clean_rental", "apps_transporte", "es", 2, case="lower")
def _(c):
    q = c.nth(["qué es más seguro en la cdmx para ir del aeropuerto benito juárez a polanco: uber, "
               "didi, cabify o un taxi autorizado?",
               "en bogotá se puede usar uber o es mejor indrive o cabify? y desde el aeropuerto el "
               "dorado cuánto cuesta más o menos"])
    return q


@T("clean_rental", "e_auto_miete", "de", 2)
def _(c):
    q = c.nth(["Ich miete bei Sixt einen Tesla Model 3 oder einen Polestar 2 für eine Woche "
               "Südtirol. Kann ich mit dem Mietwagen an Tesla-Superchargern laden und wie rechne "
               "ich Ionity ab?",
               "Europcar bietet mir einen VW ID.4 statt des BMW X1 an. Reicht die Reichweite für "
               "München - Gardasee ohne Laden, und funktioniert die EnBW-App in Italien?"])
    return q


@T("clean_rental", "fleet_csv", "en", 3)
def _(c):
    rows = c.nth([
        ["Hertz - JFK Terminal 4,Chevrolet Malibu,42", "Hertz - JFK Terminal 4,Ford Mustang,6",
         "Avis - Charles de Gaulle T2,Peugeot 308,31", "Sixt - Leonardo da Vinci Fiumicino,Fiat 500,58"],
        ["Europcar - Warsaw Chopin,Skoda Octavia,24", "Europcar - Warsaw Chopin,Toyota Corolla,19",
         "Avis - Venice Marco Polo,Alfa Romeo Tonale,7", "Sixt - Ben Gurion,Hyundai i20,40"],
        ["Enterprise - Ninoy Aquino T3,Toyota Vios,33", "Hertz - Jorge Chávez Lima,Kia Rio,21",
         "Budget - Indira Gandhi T3,Maruti Suzuki Dzire,45", "Avis - O. R. Tambo,VW Polo Vivo,38"],
    ])
    return J("Pivot this fleet export: models as columns, stations as rows, and total per brand.", "",
             "station,model,units", *rows)


@T("clean_rental", "ojek_online", "id", 2)
def _(c):
    q = c.nth(["Lebih murah mana di Jakarta, Grab, Gojek atau Maxim? Dari Bandara Soekarno-Hatta ke "
               "Sudirman kira-kira berapa?",
               "Di Bali, dari Bandara I Gusti Ngurah Rai ke Canggu boleh pakai GrabCar atau harus "
               "taksi bandara? Katanya ada zona larangan ojek online."])
    return q


@T("clean_rental", "kiralama_sorular", "tr", 2)
def _(c):
    q = c.nth(["İstanbul Havalimanı'ndan kiralık araçla Bursa'ya gideceğim. Osmangazi Köprüsü ve "
               "otoyol ücretleri HGS ile mi ödeniyor, kiralama şirketi ayrıca komisyon alır mı?",
               "Sabiha Gökçen'den araç kiralayıp Avrasya Tüneli ve Yavuz Sultan Selim Köprüsü'nden "
               "geçersem ceza gelir mi? HGS etiketi araçta olur mu?"])
    return q


@T("clean_rental", "dispute_template", "en", 3)
def _(c):
    law = c.nth(["the Consumer Rights Act 2015 and the BVRLA conciliation service",
                 "a Visa/Mastercard chargeback and ECC-Net if the company is in another EU country",
                 "the FTC guidance and my state attorney general's consumer complaint form"])
    return J("Write a template letter for disputing a rental damage charge. Placeholders: "
             "[Customer Name], [Rental Agreement No.], [Vehicle Registration], [Pick-up Station], "
             "[Date of Return].",
             f"Mention {law}. Keep it polite but firm.")


@T("clean_rental", "pco_lower", "en", 2, case="lower")
def _(c):
    q = c.nth(["thinking of driving for uber in london, do i need a tfl pco licence first and is a "
               "toyota prius or a kia niro better for the clean air plan",
               "how do bolt and free now commission rates compare to uber for drivers in dublin, "
               "and do i need an spsv licence"])
    return q


# ============================================================================================
# clean_traveller
# ============================================================================================
@T("clean_traveller", "eu261_explain", "en", 3)
def _(c):
    case = c.nth(["Wallentin-Hermann v Alitalia", "Nelson v Lufthansa", "Huzar v Jet2"])
    return J("Explain EU261 vs UK261 after Brexit: the €250/€400/€600 bands, the 3-hour delay rule "
             f"from Sturgeon v Condor, and what {case} changed about technical faults.",
             "How does the Montreal Convention fit in for a missed connection on a codeshare, and "
             "when is it worth using AviationADR or CEDR instead of the small claims court?")


@T("clean_traveller", "passport_general", "en", 3)
def _(c):
    q = c.nth(["How long is HM Passport Office taking for adult renewals right now, and can you "
               "travel to Spain with under 3 months left?",
               "US passport expedited service vs an urgent appointment at a passport agency - which "
               "do I need for travel in 10 days? And does ESTA-style ETIAS apply to Americans yet?",
               "Do EU citizens need the UK ETA to visit London, and how is it different from the "
               "US ESTA and the Canadian eTA?"])
    return q


@T("clean_traveller", "insurance_compare", "en", 3)
def _(c):
    trip = c.nth(["3 months backpacking in South-East Asia", "a ski week in Val Thorens",
                  "a month visiting family in Lagos and Accra"])
    return J(f"Compare travel insurance for {trip}: World Nomads, SafetyWing, Allianz, AXA and "
             "Staysure. Which would you recomend, what's the excess, are adventure sports covered, and does the GHIC/EHIC "
             "replace any of it?")


@T("clean_traveller", "city_trip", "en", 3, case="lower")
def _(c):
    return c.nth([
        "3 days in lisbon in march, first time. tram 28 worth it? pastéis de belém vs manteigaria, "
        "and is the fernando pessoa statue at a brasileira just a tourist trap",
        "rome for 4 nights: colosseum, vatican museums, sistine chapel, trevi fountain. how do i "
        "avoid queues and which day is the pantheon free",
        "budapest long weekend, széchenyi or gellért baths? fisherman's bastion at sunrise and "
        "where's the liszt academy, can you get concert tickets last minute"])


@T("clean_traveller", "refund_template", "en", 2)
def _(c):
    ch = c.nth(["a cancelled flight", "a cancelled hotel booking through Booking.com"])
    return J(f"Give me a refund request template for {ch}, with placeholders only: [Your Name], "
             "[Booking Reference], [Flight/Hotel], [Date], [Amount]. Mention the 7-day refund rule "
             "and that I don't accept a voucher.")


@T("clean_traveller", "duvidas_anac", "pt", 2)
def _(c):
    q = c.nth(["O que diz a Resolução 400 da ANAC sobre atraso de voo? Meu voo da Gol de Congonhas "
               "para o Santos Dumont atrasou 5 horas.",
               "Vale mais a pena voar pela Azul ou pela LATAM de Guarulhos para Fortaleza? E o "
               "Galeão – Tom Jobim ainda tem voos diretos para Lisboa?"])
    return q


@T("clean_traveller", "soru_yolcu", "tr", 2, case="lower")
def _(c):
    q = c.nth(["istanbul havalimanı ile sabiha gökçen arasında aktarma için ne kadar süre bırakmalıyım? "
               "havaist otobüsü var mı",
               "thy miles&smiles mı ajet mi, kapadokya'ya balon turu için nevşehir'e mi kayseri'ye "
               "mi uçmak daha mantıklı"])
    return q


@T("clean_traveller", "intrebare_ro", "ro", 2)
def _(c):
    q = c.nth(["Merită să zbor cu Wizz Air sau cu TAROM din Aeroportul Henri Coandă spre Cluj "
               "(Aeroportul Avram Iancu)? Și cum ajung de acolo pe Transfăgărășan?",
               "Plănuiesc un weekend la Castelul Bran și la Brașov. Ce alte obiective sunt pe drum, "
               "poate Ansamblul Brâncuși de la Târgu Jiu?"])
    return q


@T("clean_traveller", "kerdes_hu", "hu", 2)
def _(c):
    q = c.nth(["Hogyan jutok el a Liszt Ferenc repülőtérről a Keleti pályaudvarra, és onnan MÁV-val a "
               "Balatonra?",
               "Megéri a Hévíz-Balaton Airport a Wizz Air járatokkal, vagy inkább Budapestre repüljek?"])
    return q


@T("clean_traveller", "hoi_viet", "vi", 2)
def _(c):
    q = c.nth(["Nên bay Vietnam Airlines hay Vietjet từ Tân Sơn Nhất ra Nội Bài? Hành lý ký gửi khác "
               "nhau thế nào?",
               "Đi Hội An và vịnh Hạ Long trong 5 ngày có kịp không? Sân bay Long Thành bao giờ "
               "mở cửa?"])
    return q


@T("clean_traveller", "sporgsmal_dk", "da", 2)
def _(c):
    q = c.nth(["Hvordan kommer jeg fra Københavns Lufthavn til Odense med DSB, og virker Rejsekort "
               "hele vejen? Eller er H.C. Andersen Airport bedre?",
               "Skal man flyve SAS eller Norwegian til Billund, hvis man skal i Legoland? Og kan man "
               "køre over Øresundsbroen i lejebil uden ekstra gebyr?"])
    return q


@T("clean_traveller", "pytanie_pl", "pl", 2)
def _(c):
    q = c.nth(["Czy lepiej lecieć do Gdańska z Lotniska Chopina LOT-em, czy jechać Pendolino PKP "
               "Intercity? Ile trwa dojazd z Lotniska im. Lecha Wałęsy do centrum?",
               "Kiedy ma być otwarty Centralny Port Komunikacyjny i co stanie się z lotniskiem "
               "Modlin oraz Katowice-Pyrzowice?"])
    return q


@T("clean_traveller", "travel_films", "en", 3)
def _(c):
    q = c.nth(["Around the World in 80 Days (Jules Verne's Phileas Fogg) vs Michael Palin's BBC "
               "version: what route did each take?",
               "Was Murder on the Orient Express (Agatha Christie, Hercule Poirot; Kenneth Branagh's "
               "film) based on a real snowbound train?",
               "The Terminal with Tom Hanks as Viktor Navorski - how close is it to Mehran Karimi "
               "Nasseri's story at Charles de Gaulle? And is Catch Me If You Can accurate about "
               "Frank Abagnale posing as a Pan Am pilot?"])
    return J(q, "Keep it short, it's for a travel-themed book club.")


@T("clean_traveller", "fraga_sv", "sv", 2)
def _(c):
    q = c.nth(["Hur lång tid tar det att få nytt pass hos Polisen just nu, och behöver jag ETIAS för "
               "att resa till Kroatien?",
               "Är det smidigast att flyga från Göteborg Landvetter eller Arlanda till Kiruna om vi "
               "ska bo på Icehotel i Jukkasjärvi?"])
    return q


# ==== END TEMPLATES ====


# --------------------------------------------------------------------------------------------
# build and check
# --------------------------------------------------------------------------------------------
def luhn_ok(s):
    d = [int(ch) for ch in s if ch.isdigit()][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return t % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def build():
    rng = random.Random(SEED)
    world = World(rng)
    rows = []
    for t in TEMPLATES:
        for i in range(t["n"]):
            c = Ctx(world, i)
            marked = t["fn"](c)
            text, spans = unmark(marked, t["case"])
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"],
                         "locale": ""})
    return rows, world


def check(rows):
    ids, texts = set(), set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}
        assert r["locale"] == ""
        prev = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= prev, (r["id"], s)
            prev = s["end"]
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(s["value"]), s
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"]), s
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    per_t = Counter(r["template"] for r in rows)
    assert max(per_t.values()) <= 5, per_t.most_common(3)
    assert len({(t["cls"], t["name"]) for t in TEMPLATES}) == len(TEMPLATES)
    assert len({t["name"] for t in TEMPLATES}) == len(TEMPLATES)


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def stats(rows, world):
    lang = {(t["cls"], t["name"]): t["lang"] for t in TEMPLATES}
    print(f"rows {len(rows)}  templates {len(TEMPLATES)}")
    pers = sum(1 for r in rows if not r["class"].startswith("clean_"))
    print(f"personal {pers}  pii-free {len(rows) - pers}")
    for k, v in sorted(Counter(r["class"] for r in rows).items()):
        nt = len({r["template"] for r in rows if r["class"] == k})
        print(f"  {k:22s} {v:4d} rows {nt:3d} templates")
    print("spans:", dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    lc = Counter(lang[(r["class"], r["template"])] for r in rows)
    print("languages:", dict(lc.most_common()))
    non_en = sum(v for k, v in lc.items() if k != "en")
    print(f"non-English rows {non_en} ({100 * non_en / len(rows):.0f}%)")
    cases = Counter((t["case"] or "mixed") for t in TEMPLATES for _ in range(t["n"]))
    print("case:", dict(cases))
    unused = [p.key for p in PEOPLE if world.people.uses[p.key] == 0]
    print(f"people {len(PEOPLE)} (unused {len(unused)}: {unused[:8]}), cultures {len(CULTURES)}")
    print("addresses unused:", [a.key for a in ADDRESSES if world.addrs.uses[a.key] == 0])
    print("phones unused:", len([p for p in PHONES if world.phones.uses[p[1]] == 0]))
    print("longest row:", max(len(r["text"]) for r in rows))


def main():
    rows, world = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        if old == data:
            print(f"{OUT}: unchanged")
            return 0
        print(f"{OUT} differs from a fresh build")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    stats(rows, world)
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())
    return 0


if __name__ == "__main__":
    sys.exit(main())
