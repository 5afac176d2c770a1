"""Build the devteam check set: what software teams and their tools send to an assistant.

Python standard library only. Every private value below was typed by hand; e-mail local parts
and handles are derived in code from the hand-typed names. Check digits of ID numbers, IBANs and
card numbers were worked out once in a scratch session and typed in as literals.

    python build.py          # writes tune.jsonl, prints counts and sha256
    python build.py --check  # rebuilds in memory, runs check(), compares to the file
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 57031
SET = "devteam"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "eval/devteam/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}


def M(t, v):
    """A labelled value, as a marker the template writes."""
    return f"⟦{t}|{v}⟧"


MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


def casefn(case):
    if case == "lower":
        return str.lower
    if case == "upper":
        return str.upper
    return lambda s: s


def unmark(marked, case="mixed"):
    """Turn marked text into (text, spans); the case is applied piece by piece."""
    f = casefn(case)
    out, spans, pos, n = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = f(marked[pos:m.start()])
        out.append(plain)
        n += len(plain)
        val = f(m.group(2))
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(f(marked[pos:]))
    return "".join(out), spans


FOLD = {"ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ı": "i", "ð": "d", "þ": "th", "œ": "oe"}


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in " -'"))


class Person:
    def __init__(self, given, family, sex, culture, rom=None, order="gf", sep=" "):
        self.given, self.family, self.sex, self.culture = given, family, sex, culture
        self.order, self.sep = order, sep
        g, f = rom if rom else (fold(given), fold(family))
        self.ag = re.sub(r"[^a-z]", "", g.split()[0] if " " in g else g)
        self.af = re.sub(r"[^a-z]", "", f)
        self.key = given + "|" + family

    @property
    def raw(self):
        if self.order == "fg":
            return self.family + self.sep + self.given
        return self.given + " " + self.family

    @property
    def full(self):
        return M("PERSON", self.raw)

    @property
    def g(self):
        return M("PERSON", self.given)

    @property
    def f(self):
        return M("PERSON", self.family)

    def login(self, style, num=0):
        g, f = self.ag, self.af
        return {
            "g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}", "f-g": f"{f}-{g[0]}",
            "gfn": f"{g[0]}{f}{num}", "gn": f"{g}{num}", "fg": f"{f}{g[0]}", "g": g, "i.f": f"{g[0]}.{f}",
            "gf2": f"{g}{f[0]}", "g-f": f"{g}-{f}", "gff": f"{g}{f}",
        }[style]

    def h(self, style, num=0):
        return M("PERSON", self.login(style, num))

    def mail(self, style, domain, num=0):
        return M("EMAIL_ADDRESS", self.login(style, num) + "@" + domain)


def pad(p, width=16):
    return " " * max(1, width - len(p.raw))


def people(pool, rows):
    out = []
    for row in rows:
        given, family, sex, culture, *rest = row
        rom = rest[0] if rest else None
        order = rest[1] if len(rest) > 1 else "gf"
        sep = rest[2] if len(rest) > 2 else " "
        out.append(Person(given, family, sex, culture, rom, order, sep))
    return out


# ---------------------------------------------------------------- people, typed by hand
POOLS = {
    "en": people("en", [
        ("Chiamaka", "Eze", "F", "Igbo"),
        ("Babatunde", "Adeyemi", "M", "Yoruba"),
        ("Abena", "Boateng", "F", "Akan"),
        ("Wanjiru", "Kamau", "F", "Kikuyu"),
        ("Thandiwe", "Dlamini", "F", "Zulu"),
        ("Tesfaye", "Bekele", "M", "Amharic"),
        ("Amadou", "Diallo", "M", "Fula"),
        ("Hodan", "Warsame", "F", "Somali"),
        ("Priya", "Raghunathan", "F", "Tamil"),
        ("Arjun", "Mehta", "M", "Gujarati"),
        ("Harpreet", "Kaur Sandhu", "F", "Punjabi"),
        ("Sajid", "Chowdhury", "M", "Bangladeshi"),
        ("Nimali", "Perera", "F", "Sinhala"),
        ("Farhan", "Qureshi", "M", "Urdu"),
        ("Mei Ling", "Tan", "F", "Malaysian Chinese"),
        ("Kenji", "Watanabe", "M", "Japanese"),
        ("Seo-yeon", "Park", "F", "Korean"),
        ("Haoran", "Zhang", "M", "Chinese", None, "fg"),
        ("Aroha", "Ngata", "F", "Maori"),
        ("Sione", "Tupou", "M", "Tongan"),
        ("Malia", "Faleolo", "F", "Samoan"),
        ("Siobhán", "Ní Bhraonáin", "F", "Irish"),
        ("Ewan", "MacAskill", "M", "Scottish"),
        ("Owen", "Jenkins", "M", "Welsh"),
        ("Grace", "Holloway", "F", "English"),
        ("Hope", "Fletcher", "F", "English"),
        ("Rowan", "Ashby", "M", "English"),
        ("Destiny", "Washington", "F", "African American"),
        ("Marcus", "Bell", "M", "Jamaican"),
        ("José Luis", "Hernández Ortega", "M", "Mexican"),
        ("Valentina", "Restrepo", "F", "Colombian"),
        ("Joaquín", "Sepúlveda", "M", "Chilean"),
        ("Luana", "Ferreira dos Santos", "F", "Brazilian"),
        ("Iñaki", "Etxeberria", "M", "Basque"),
        ("Anaïs", "Lefebvre", "F", "French"),
        ("Pieter", "van der Merwe", "M", "Afrikaans"),
        ("Sanne", "de Vries", "F", "Dutch"),
        ("Magdalena", "Wróblewska", "F", "Polish"),
        ("Tomáš", "Dvořák", "M", "Czech"),
        ("Andrei", "Popescu", "M", "Romanian"),
        ("Elif", "Yıldız", "F", "Turkish"),
        ("Dimitra", "Papadopoulou", "F", "Greek"),
        ("Oksana", "Melnyk", "F", "Ukrainian"),
        ("Aleksandr", "Volkov", "M", "Russian"),
        ("Rūta", "Kazlauskaitė", "F", "Lithuanian"),
        ("Kristjan", "Sepp", "M", "Estonian"),
        ("Ingrid", "Solberg", "F", "Norwegian"),
        ("Søren", "Kjær", "M", "Danish"),
        ("Hrafn", "Gunnarsson", "M", "Icelandic"),
        ("Yael", "Ben-Ami", "F", "Israeli"),
        ("Omar", "Haddad", "M", "Lebanese"),
        ("Layla", "Mansour", "F", "Jordanian"),
        ("Reza", "Karimi", "M", "Persian"),
        ("Youssef", "Benali", "M", "Moroccan"),
        ("Dilnoza", "Yusupova", "F", "Uzbek"),
        ("Bayarmaa", "Ganbold", "F", "Mongolian"),
        ("Somchai", "Wongsawat", "M", "Thai"),
        ("Putri", "Handayani", "F", "Javanese"),
        ("Mary Grace", "Villanueva", "F", "Filipino"),
        ("Nurul Aisyah", "binti Kamal", "F", "Malay"),
        ("Ada", "Whitfield", "F", "English"),
        ("Julia", "Hartmann", "F", "German"),
        ("Ruby", "Clarke", "F", "Australian"),
        ("Pascal", "Girard", "M", "Québécois"),
        ("Tara", "Hudson", "F", "US"),
        ("Ivy", "Shepherd", "F", "English"),
        ("James", "Cook", "M", "English"),
        ("Lenka", "Kafková", "F", "Czech"),
        ("Kwame", "Asante", "M", "Akan"),
        ("Lucas", "Moreau", "M", "Belgian"),
    ]),
    "de": people("de", [
        ("Katharina", "Vogt", "F", "German"),
        ("Florian", "Brandstätter", "M", "Austrian"),
        ("Emre", "Doğan", "M", "Turkish German"),
        ("Svenja", "Kühn", "F", "German"),
        ("Jörg", "Pfeiffer", "M", "German"),
        ("Ludmila", "Becker", "F", "Russian German"),
        ("Anja", "Zimmermann", "F", "German"),
        ("Benedikt", "Fuchs", "M", "Bavarian"),
        ("Reto", "Gisler", "M", "Swiss"),
    ]),
    "fr": people("fr", [
        ("Élodie", "Marchand", "F", "French"),
        ("Baptiste", "Rousseau", "M", "French"),
        ("Nadia", "Benkirane", "F", "Moroccan French"),
        ("Théo", "Lemaire", "M", "French"),
        ("Marie-Claire", "Ngo Bassa", "F", "Cameroonian"),
        ("Quentin", "Le Bihan", "M", "Breton"),
        ("Aurélie", "Faure", "F", "French"),
    ]),
    "es": people("es", [
        ("Lucía", "Domínguez Peña", "F", "Spanish"),
        ("Álvaro", "Zubizarreta", "M", "Basque"),
        ("Camila", "Huamán Ccori", "F", "Quechua"),
        ("Rodrigo", "Benítez", "M", "Argentine"),
        ("Ximena", "Castañeda", "F", "Mexican"),
        ("Jordi", "Serrat", "M", "Catalan"),
        ("Paloma", "Rubio", "F", "Spanish"),
    ]),
    "pt": people("pt", [
        ("João Pedro", "Albuquerque", "M", "Brazilian"),
        ("Fernanda", "Nogueira", "F", "Brazilian"),
        ("Thiago", "Rocha", "M", "Brazilian"),
        ("Beatriz", "Sampaio", "F", "Brazilian"),
        ("Raimundo Nonato", "Silva", "M", "Brazilian (Nordeste)"),
        ("Inês", "Carvalho", "F", "Portuguese"),
    ]),
    "it": people("it", [
        ("Chiara", "Benedetti", "F", "Lombard"),
        ("Gennaro", "Esposito", "M", "Neapolitan"),
        ("Federica", "Lo Russo", "F", "Sicilian"),
        ("Matteo", "Bianchi", "M", "Italian"),
        ("Salvatore", "Greco", "M", "Calabrian"),
    ]),
    "nl": people("nl", [
        ("Daan", "Bakker", "M", "Dutch"),
        ("Femke", "Visser", "F", "Dutch"),
        ("Youssef", "El Idrissi", "M", "Moroccan Dutch"),
        ("Bram", "van Dijk", "M", "Dutch"),
        ("Lotte", "Hendriks", "F", "Flemish"),
    ]),
    "pl": people("pl", [
        ("Krzysztof", "Zieliński", "M", "Polish"),
        ("Agnieszka", "Wójcik", "F", "Polish"),
        ("Bartosz", "Lis", "M", "Polish"),
        ("Joanna", "Kaczmarek", "F", "Polish"),
    ]),
    "ru": people("ru", [
        ("Дмитрий", "Соколов", "M", "Russian", ("dmitry", "sokolov")),
        ("Екатерина", "Лебедева", "F", "Russian", ("ekaterina", "lebedeva")),
        ("Артём", "Кузнецов", "M", "Russian", ("artem", "kuznetsov")),
        ("Ольга", "Морозова", "F", "Russian", ("olga", "morozova")),
    ]),
    "uk": people("uk", [
        ("Богдан", "Ковальчук", "M", "Ukrainian", ("bohdan", "kovalchuk")),
        ("Ірина", "Шевчук", "F", "Ukrainian", ("iryna", "shevchuk")),
        ("Тарас", "Бондаренко", "M", "Ukrainian", ("taras", "bondarenko")),
    ]),
    "ja": people("ja", [
        ("翔太", "佐々木", "M", "Japanese", ("shota", "sasaki"), "fg", ""),
        ("美咲", "高橋", "F", "Japanese", ("misaki", "takahashi"), "fg", ""),
        ("大輔", "中村", "M", "Japanese", ("daisuke", "nakamura"), "fg", ""),
        ("優子", "小林", "F", "Japanese", ("yuko", "kobayashi"), "fg", ""),
    ]),
    "zh": people("zh", [
        ("志强", "王", "M", "Chinese", ("zhiqiang", "wang"), "fg", ""),
        ("婷婷", "刘", "F", "Chinese", ("tingting", "liu"), "fg", ""),
        ("浩然", "陈", "M", "Chinese", ("haoran", "chen"), "fg", ""),
        ("雪", "赵", "F", "Chinese", ("xue", "zhao"), "fg", ""),
    ]),
    "ko": people("ko", [
        ("지훈", "김", "M", "Korean", ("jihoon", "kim"), "fg", ""),
        ("서연", "이", "F", "Korean", ("seoyeon", "lee"), "fg", ""),
        ("민재", "박", "M", "Korean", ("minjae", "park"), "fg", ""),
        ("하은", "정", "F", "Korean", ("haeun", "jung"), "fg", ""),
    ]),
    "hi": people("hi", [
        ("राहुल", "वर्मा", "M", "Hindi", ("rahul", "verma")),
        ("अनन्या", "सिंह", "F", "Hindi", ("ananya", "singh")),
        ("विकास", "यादव", "M", "Hindi", ("vikas", "yadav")),
    ]),
    "hil": people("hil", [
        ("Rohit", "Bhardwaj", "M", "Punjabi Hindi"),
        ("Sneha", "Kulkarni", "F", "Marathi"),
        ("Aditya", "Iyer", "M", "Tamil Brahmin"),
        ("Pooja", "Nair", "F", "Malayali"),
    ]),
    "ar": people("ar", [
        ("أحمد", "الزهراني", "M", "Saudi", ("ahmed", "alzahrani")),
        ("نور", "حداد", "F", "Lebanese", ("nour", "haddad")),
        ("خالد", "العتيبي", "M", "Saudi", ("khalid", "alotaibi")),
        ("مريم", "الشامي", "F", "Syrian", ("mariam", "alshami")),
    ]),
    "he": people("he", [
        ("נועה", "אברהמי", "F", "Israeli", ("noa", "avrahami")),
        ("איתי", "כהן", "M", "Israeli", ("itay", "cohen")),
        ("תמר", "פרידמן", "F", "Israeli", ("tamar", "friedman")),
    ]),
    "el": people("el", [
        ("Γιώργος", "Παπαδάκης", "M", "Cretan", ("giorgos", "papadakis")),
        ("Ελένη", "Σταματοπούλου", "F", "Greek", ("eleni", "stamatopoulou")),
        ("Νίκος", "Αντωνίου", "M", "Cypriot", ("nikos", "antoniou")),
    ]),
    "tr": people("tr", [
        ("Burak", "Öztürk", "M", "Turkish"),
        ("Zeynep", "Arslan", "F", "Turkish"),
        ("Ozan", "Kılıç", "M", "Turkish"),
        ("Ayşegül", "Demirci", "F", "Turkish"),
    ]),
    "vi": people("vi", [
        ("Minh Tuấn", "Nguyễn", "M", "Vietnamese", ("tuan", "nguyen"), "fg"),
        ("Thu Hà", "Trần", "F", "Vietnamese", ("ha", "tran"), "fg"),
        ("Quang Huy", "Lê", "M", "Vietnamese", ("huy", "le"), "fg"),
        ("Ngọc Anh", "Phạm", "F", "Vietnamese", ("anh", "pham"), "fg"),
    ]),
    "th": people("th", [
        ("ศุภชัย", "ทองดี", "M", "Thai", ("supachai", "thongdee")),
        ("พิมพ์ชนก", "ศรีสุข", "F", "Thai", ("pimchanok", "srisuk")),
        ("ณัฐวุฒิ", "แก้วมณี", "M", "Thai", ("nattawut", "kaewmanee")),
    ]),
    "id": people("id", [
        ("Rizky", "Pratama", "M", "Sundanese"),
        ("Ayu", "Lestari", "F", "Balinese"),
        ("Dimas", "Saputra", "M", "Javanese"),
        ("Siti", "Rahmawati", "F", "Javanese"),
    ]),
    "sv": people("sv", [
        ("Elin", "Bergström", "F", "Swedish"),
        ("Oskar", "Nyberg", "M", "Swedish"),
        ("Linnea", "Holm", "F", "Swedish"),
    ]),
    "cs": people("cs", [
        ("Petra", "Marešová", "F", "Czech"),
        ("Ondřej", "Svoboda", "M", "Czech"),
        ("Jakub", "Procházka", "M", "Czech"),
    ]),
    "fi": people("fi", [
        ("Juho", "Virtanen", "M", "Finnish"),
        ("Saara", "Mäkinen", "F", "Finnish"),
        ("Ville", "Heikkinen", "M", "Finnish"),
    ]),
    "hu": people("hu", [
        ("Bálint", "Nagy", "M", "Hungarian", None, "fg"),
        ("Réka", "Szűcs", "F", "Hungarian", None, "fg"),
        ("Gergely", "Tóth", "M", "Hungarian", None, "fg"),
    ]),
}

# ---------------------------------------------------------------- phones, national format, typed by hand
PHONES = {
    "us": ["(412) 739-2815", "(507) 468-1932"], "ca": ["(604) 318-7742"], "gb": ["07842 613590", "01768 371 204"],
    "ie": ["087 261 4938"], "de": ["0171 4839265", "07633 918204", "0152 29471836", "(030) 6128 4473"],
    "at": ["0664 2917354"], "ch": ["079 415 62 83"], "fr": ["06 48 27 93 15", "05 65 31 72 48", "07 81 26 40 59"],
    "be": ["0472 36 81 59"], "nl": ["06 41827395", "06-28 91 74 03"],
    "es": ["612 48 93 07", "678 205 114", "974 50 02 81"], "pt": ["912 384 571", "936 771 208"],
    "it": ["347 218 5590", "0577 897 412", "320 664 1893"], "pl": ["512 384 906", "698 213 457", "+48 601 772 318"],
    "cz": ["604 827 315", "731 904 226"], "hu": ["06 30 481 2957"], "se": ["070-482 73 15", "0250-192 84"],
    "no": ["412 86 937"], "dk": ["24 71 93 58"], "fi": ["040 718 2946"],
    "ru": ["8 (916) 482-73-15", "+7 903 118-42-07", "8 (812) 947-21-36"], "ua": ["067 351 8204", "093 728 1459"],
    "gr": ["694 827 3156", "697 215 0843"], "tr": ["0532 481 27 93", "0544 219 38 71", "0505 673 14 28"],
    "il": ["052-719-3846", "054-628-1907"], "sa": ["050 482 7316", "055 913 2874"], "ae": ["050 748 2193"],
    "eg": ["0100 562 8813"], "ma": ["06 61 48 27 93"], "ng": ["0803 482 7715", "0706 219 3348"],
    "ke": ["0712 483 926"], "za": ["082 617 3394"], "gh": ["024 391 7720"], "et": ["091 124 8837"],
    "in": ["98451 27736", "094480 31562", "+91 70219 84653"], "pk": ["0321 4827391"], "bd": ["01712-483926"],
    "lk": ["077 418 2936"], "cn": ["138 2741 9063", "15902168437", "186-2975-3014"],
    "jp": ["090-4821-7735", "0264-57-3018", "080-3197-6642"],
    "kr": ["010-4827-3916", "010 7315 2084", "02-3482-9176"], "vn": ["0912 482 731", "0988 307 152", "0903.615.248"],
    "th": ["081 482 7315", "089-617-2043"], "id": ["0812-4827-3156", "0857 2190 4418", "0813 9962 0715"],
    "ph": ["0917 482 7315"], "my": ["012-482 7315"], "sg": ["9482 7315"], "au": ["0412 839 271"],
    "nz": ["021 482 7315"], "br": ["(11) 98472-3150", "(12) 99631-4087", "(85) 98817-2264", "(71) 3241-5580"],
    "mx": ["55 4821 7396"], "ar": ["011 15-4821-7736"], "uz": ["90 184 27 63"], "mn": ["9911 4827"],
    "co": ["310 482 7719"], "cl": ["9 8421 7356"],
}

# ---------------------------------------------------------------- home addresses, each in its country's layout
# fields: s street line, u unit, p postcode, t town, r region, c country; layout lines use {s} {u} {p} {t} {r} {c}
ADDRS = [
    ("gb", {"s": "14 Mill Lane", "t": "Kirkby Stephen", "p": "CA17 4HA", "c": "United Kingdom"}, ["{s}", "{t}", "{p}"]),
    ("ie", {"s": "3 New Street", "t": "Bantry", "r": "Co. Cork", "p": "P75 X2K8", "c": "Ireland"},
     ["{s}", "{t}", "{r}", "{p}"]),
    ("us", {"s": "418 Chestnut St", "u": "Apt 2", "t": "Lanesboro", "r": "MN", "p": "55949", "c": "USA"},
     ["{s} {u}", "{t}, {r} {p}"]),
    ("ca", {"s": "217 rue Sainte-Anne", "t": "Baie-Saint-Paul", "r": "QC", "p": "G3Z 1N8", "c": "Canada"},
     ["{s}", "{t} {r} {p}"]),
    ("de", {"s": "Kirchgasse 7", "p": "79677", "t": "Schönau im Schwarzwald", "c": "Deutschland"}, ["{s}", "{p} {t}"]),
    ("at", {"s": "Weidach 22", "p": "6105", "t": "Leutasch", "c": "Österreich"}, ["{s}", "{p} {t}"]),
    ("ch", {"s": "Hauptgasse 11", "p": "3780", "t": "Gstaad", "c": "Schweiz"}, ["{s}", "{p} {t}"]),
    ("fr", {"s": "12 rue de la Peyrolerie", "p": "46330", "t": "Saint-Cirq-Lapopie", "c": "France"},
     ["{s}", "{p} {t}"]),
    ("be", {"s": "Rue du Moulin 34", "p": "6830", "t": "Bouillon", "c": "Belgique"}, ["{s}", "{p} {t}"]),
    ("nl", {"s": "Binnenpad 18", "p": "8355 AB", "t": "Giethoorn", "c": "Nederland"}, ["{s}", "{p} {t}"]),
    ("es", {"s": "Calle Mayor, 9", "u": "1º A", "p": "22330", "t": "Aínsa", "r": "Huesca", "c": "España"},
     ["{s}, {u}", "{p} {t} ({r})"]),
    ("pt", {"s": "Rua Direita, 45", "p": "6090-541", "t": "Penamacor", "c": "Portugal"}, ["{s}", "{p} {t}"]),
    ("it", {"s": "Via Dante Alighieri 17", "p": "53027", "t": "San Quirico d'Orcia", "r": "SI", "c": "Italia"},
     ["{s}", "{p} {t} ({r})"]),
    ("pl", {"s": "ul. Kasztanowa 8", "u": "m. 2", "p": "34-460", "t": "Szczawnica", "c": "Polska"},
     ["{s} {u}", "{p} {t}"]),
    ("cz", {"s": "Náměstí 112", "p": "341 92", "t": "Kašperské Hory", "c": "Česko"}, ["{s}", "{p} {t}"]),
    ("hu", {"s": "Rákóczi út 27.", "p": "3910", "t": "Tokaj", "c": "Magyarország"}, ["{p} {t}, {s}"]),
    ("se", {"s": "Vasagatan 14", "p": "792 30", "t": "Mora", "c": "Sverige"}, ["{s}", "{p} {t}"]),
    ("no", {"s": "Steinosen 5", "p": "8340", "t": "Stamsund", "c": "Norge"}, ["{s}", "{p} {t}"]),
    ("dk", {"s": "Havnebyvej 21", "p": "6792", "t": "Rømø", "c": "Danmark"}, ["{s}", "{p} {t}"]),
    ("fi", {"s": "Kauppatori 3", "p": "64260", "t": "Kaskinen", "c": "Suomi"}, ["{s}", "{p} {t}"]),
    ("ru", {"s": "ул. Советская, д. 12", "u": "кв. 7", "t": "Плёс", "p": "155555", "c": "Россия"},
     ["{s}, {u}", "{t}, {p}"]),
    ("ua", {"s": "вул. Свободи, 14", "t": "Яремче", "p": "78500", "c": "Україна"}, ["{s}", "{t}, {p}"]),
    ("gr", {"s": "Βασιλέως Κωνσταντίνου 8", "p": "211 00", "t": "Ναύπλιο", "c": "Ελλάδα"}, ["{s}", "{p} {t}"]),
    ("tr", {"s": "Gökova Mah. Sanat Sk. No: 18", "u": "D: 3", "t": "Akyaka", "p": "48650",
         "r": "Ula/Muğla", "c": "Türkiye"},
     ["{s} {u}", "{p} {t}, {r}"]),
    ("il", {"s": "רחוב הגפן 7", "t": "ראש פינה", "p": "1200000", "c": "ישראל"}, ["{s}", "{t} {p}"]),
    ("in", {"s": "House 27, Panchgani Road", "t": "Mahabaleshwar", "r": "Maharashtra", "p": "412806", "c": "India"},
     ["{s}", "{t}, {r} {p}"]),
    ("jp", {"p": "399-5302", "r": "長野県木曽郡", "t": "南木曽町", "s": "吾妻807", "c": "日本"}, ["〒{p} {r}{t}{s}"]),
    ("kr", {"r": "경상북도", "t": "청송군 청송읍", "s": "중앙로 45", "u": "2층", "p": "37420", "c": "대한민국"},
     ["{r} {t} {s} {u} ({p})"]),
    ("cn", {"r": "浙江省湖州市德清县", "t": "莫干山镇", "s": "劳岭村18号", "p": "313200", "c": "中国"},
     ["{r}{t}{s}，邮编 {p}"]),
    ("vn", {"s": "Số 27 Lê Lợi", "t": "Sa Pa", "r": "Lào Cai", "c": "Việt Nam"}, ["{s}, {t}, {r}"]),
    ("br", {"s": "Rua Cel. Domingues de Castro, 118", "t": "São Luiz do Paraitinga", "r": "SP",
         "p": "12140-000", "c": "Brasil"},
     ["{s}", "{t} - {r}", "CEP {p}"]),
    ("mx", {"s": "Calle Hidalgo 34", "u": "Col. Centro", "p": "76680", "t": "Bernal", "r": "Qro.", "c": "México"},
     ["{s}, {u}", "{p} {t}, {r}"]),
    ("ar", {"s": "Belgrano 412", "p": "Y4624", "t": "Tilcara", "r": "Jujuy", "c": "Argentina"},
     ["{s}", "{p} {t}, {r}"]),
    ("co", {"s": "Carrera 5 # 8-21", "t": "Barichara", "r": "Santander", "c": "Colombia"}, ["{s}", "{t}, {r}"]),
    ("za", {"s": "17 Market Street", "t": "Clarens", "p": "9707", "r": "Free State", "c": "South Africa"},
     ["{s}", "{t}", "{p}", "{r}"]),
    ("ke", {"s": "P.O. Box 412-80500", "t": "Lamu", "c": "Kenya"}, ["{s}", "{t}"]),
    ("au", {"s": "23 Mount Barker Road", "t": "Hahndorf", "r": "SA", "p": "5245", "c": "Australia"},
     ["{s}", "{t} {r} {p}"]),
    ("nz", {"s": "14 Rue Jolie", "t": "Akaroa", "p": "7520", "c": "New Zealand"}, ["{s}", "{t} {p}"]),
    ("id", {"s": "Jl. Raya Sanggingan No. 18", "t": "Ubud", "r": "Gianyar, Bali", "p": "80571", "c": "Indonesia"},
     ["{s}", "{t}, {r} {p}"]),
    ("ph", {"s": "Purok 3, Brgy. Poblacion", "t": "Sagada", "r": "Mountain Province", "p": "2619", "c": "Philippines"},
     ["{s}", "{t}, {r} {p}"]),
    ("th", {"s": "45 หมู่ 3 ต.เวียงใต้", "t": "ปาย", "r": "แม่ฮ่องสอน", "p": "58130", "c": "ประเทศไทย"},
     ["{s} อ.{t} จ.{r} {p}"]),
    ("sa", {"s": "شارع الملك فهد 21", "t": "العلا", "p": "43544", "c": "السعودية"}, ["{s}، {t} {p}"]),
]

# ---------------------------------------------------------------- IDs (check digits worked out once, typed here)
IDS = {
    "pesel": ["91071403821", "86032104570", "02241709469"],  # PL, 14 Jul 1991 (F); 21 Mar 1986 (M); 17 Apr 2002 (F)
    "tckn": ["38472091554", "52719036474", "61402857340"],  # TR
    "cpf": ["482.915.037-88", "731.520.864-07", "259.384.106-06"],  # BR
    "bsn": ["274839155", "615928377", "391827467"],  # NL, 11-test
    "dni": ["48291573Z", "71530284P"], "nie": ["Y4827153L"],  # ES
    "hetu": ["150387-428B"],  # FI, 15 Mar 1987
    "ilid": ["304827199", "205718349", "319582649"],  # IL teudat zehut
    "cnid": ["330521198907143520", "110105199203082733", "440304199509214613"],  # CN, 1989 (F), 1992 (M), 1995 (M)
    "aadhaar": ["4827 1593 0626", "7395 2814 6076", "5618 3047 2916"],  # IN, Verhoeff
    "zaid": ["8706145083089"],  # ZA, 14 Jun 1987 (M)
    "nir": ["2 87 06 75 112 047 01"],  # FR, F born June 1987, Paris 12e
    "krrn": ["920415-2038412", "871123-1084721"],  # KR, 15 Apr 1992 (F); 23 Nov 1987 (M)
    "pnr": ["880322-4735"],  # SE, 22 Mar 1988 (M)
    "cf": ["BNDCHR93M52F205B"],  # IT, Chiara Benedetti, 12 Aug 1993, Milano
    "nino": ["JK 48 27 19 D", "SP 73 61 04 B"],  # UK
    "ssn": ["531-27-4086", "482-61-9035"],  # US
}
IBANS = {
    "de": ["DE44 5001 0517 5407 3249 31", "DE94 7603 0080 0918 2736 45", "DE78430609671047382910"],
    "at": ["AT43 3200 0000 0482 7193"], "ch": ["CH19 0076 2048 2917 3560 4"], "gb": ["GB50 MONZ 0400 3381 9274 65"],
    "fr": ["FR76 2004 1010 0504 8271 3102 921"],
    "es": ["ES73 0049 1827 3502 1473 9562"], "it": ["IT79Y0306909606100000071845"],
    "pl": ["PL56 2490 1044 0000 0012 0574 6291"], "nl": ["NL09 INGB 0007 3192 84", "NL48RABO0348291756"],
    "be": ["BE18 0634 8291 7565"], "sa": ["SA76 1000 0001 8472 9503 1628"], "ae": ["AE700330000019847261530"],
}
CARDS = [  # Luhn-valid, none of them a published test number
    "4532 9184 7362 0153", "5158741029384755", "3742 189756 30183", "6011-0384-7295-7160", "4917382055647198",
    "5429 1837 0615 4289", "4026-4018-3957-2619", "3558 1204 6793 8516",
]
IPS = ["86.143.27.201", "176.58.122.9", "81.109.44.237", "2a02:c7c:5e12:3c00:5d1f:a22b:9e7:41c0",
       "91.214.66.18", "188.26.211.74", "37.120.9.163", "2001:4c4c:1b07:8e00:91d2:4cfe:18a0:7b3d",
       "5.146.203.88", "95.90.241.17", "151.38.112.6", "49.207.55.131", "177.92.18.240", "112.205.17.44"]
MRNS = ["H48213907", "MRN-0072915", "RX4-881-302"]
DOBS = {
    "iso": ["1987-03-14", "1992-11-08", "1979-05-03", "2001-09-27", "1968-12-30", "1995-02-17"],
    "eu": ["14/03/1987", "03.05.1979", "27/09/2001", "30.12.1968", "08/11/1992"],
    "us": ["11/08/1992", "05/03/1979", "09/27/2001"],
}


class Addr:
    def __init__(self, cc, fields, layout):
        self.cc, self.fields, self.layout = cc, fields, layout
        self.key = cc + "|" + fields["s"]

    def m(self, k):
        return M("LOCATION", self.fields[k])

    def has(self, k):
        return k in self.fields

    def lines(self, country=False):
        marked = {k: M("LOCATION", v) for k, v in self.fields.items()}
        out = []
        for line in self.layout:
            keys = re.findall(r"\{(\w)\}", line)
            if all(k in marked for k in keys):
                out.append(line.format(**marked))
            else:
                line = re.sub(r",? ?\{u\}", "", line)
                out.append(line.format(**marked))
        if country:
            out.append(marked["c"])
        return out

    def one(self, country=False):
        return ", ".join(self.lines(country))

    def block(self, country=False, indent=""):
        return "\n".join(indent + x for x in self.lines(country))


ADDR_OBJS = [Addr(*a) for a in ADDRS]


class Ctx:
    """Draws values least-used first (ties broken by the seeded RNG), never twice in one row."""

    def __init__(self, rng):
        self.rng = rng
        self.use = Counter()
        self.row = set()
        self.i = 0

    def _pick(self, items, key):
        cands = [x for x in items if key(x) not in self.row]
        low = min(self.use[key(x)] for x in cands)
        x = self.rng.choice([x for x in cands if self.use[key(x)] == low])
        self.use[key(x)] += 1
        self.row.add(key(x))
        return x

    def p(self, pool="en", sex=None):
        items = [x for x in POOLS[pool] if sex is None or x.sex == sex]
        return self._pick(items, lambda x: "P:" + x.key)

    def ps(self, pool, n):
        return [self.p(pool) for _ in range(n)]

    def ph(self, cc):
        return M("PHONE_NUMBER", self._pick(PHONES[cc], lambda x: "T:" + x))

    def phone_any(self, ccs):
        cc = self._pick(ccs, lambda x: "C:" + x)
        return self.ph(cc)

    def a(self, cc=None, ccs=None):
        items = [x for x in ADDR_OBJS if (cc is None or x.cc == cc) and (ccs is None or x.cc in ccs)]
        return self._pick(items, lambda x: "A:" + x.key)

    def id(self, kind, t="NATIONAL_ID"):
        return M(t, self._pick(IDS[kind], lambda x: "I:" + x))

    def iban(self, cc):
        return M("IBAN_CODE", self._pick(IBANS[cc], lambda x: "B:" + x))

    def card(self):
        return M("CREDIT_CARD", self._pick(CARDS, lambda x: "K:" + x))

    def ip(self):
        return M("IP_ADDRESS", self._pick(IPS, lambda x: "N:" + x))

    def mrn(self):
        return M("MEDICAL_RECORD_NUMBER", self._pick(MRNS, lambda x: "R:" + x))

    def dob(self, style="iso"):
        return M("DATE_OF_BIRTH", self._pick(DOBS[style], lambda x: "D:" + x))

    def num(self, lo=10, hi=99):
        return self.rng.randint(lo, hi)

    def pick(self, seq):
        return seq[self.i % len(seq)]


TEMPLATES = []


def tpl(cls, name, lang, n, case="mixed"):
    def deco(fn):
        TEMPLATES.append((cls, name, lang, n, case, fn))
        return fn
    return deco


# e-mail providers people use; employees get the (invented) company domains below
WEBMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"]
WORK = ["northwindpay.io", "kestrel-logistics.com", "brightloop.dev", "fernhill-health.co.uk", "tidewater.app"]


KANA = {
    "sasaki": "ササキ ショウタ", "takahashi": "タカハシ ミサキ",
    "nakamura": "ナカムラ ダイスケ", "kobayashi": "コバヤシ ユウコ",
}


# ================================================================ personal_code
@tpl("personal_code", "pytest-fixture", "en", 4)
def _(c):
    p, a = c.p(), c.a(ccs=["gb", "us", "nz", "pl", "pt", "br", "se", "fi"])
    q = c.pick([
        ("This test started failing after we refreshed the fixtures from a prod snapshot. Why does "
         "`test_invoice_address` blow up on the postcode?"),
        "Can you rewrite this fixture so it uses a factory instead of hard-coded values?",
        "pytest says `ValidationError: postcode` for this fixture, what's wrong with the regex in Address?",
        "Refactor this into a parametrized fixture please, and tell me if anything looks off.",
    ])
    return f'''{q}

```python
@pytest.fixture
def customer():
    return Customer(
        first_name="{p.g}",
        last_name="{p.f}",
        email="{p.mail("g.f", c.pick(WEBMAIL))}",
        phone="{c.ph(a.cc)}",
        address=Address(line1="{a.m("s")}", city="{a.m("t")}", postcode="{a.m("p")}"),
    )
```'''


@tpl("personal_code", "prisma-seed", "en", 4)
def _(c):
    p1, p2 = c.p(), c.p()
    d = c.pick(WORK)
    return f'''Our seed script inserts duplicate rows when I run it twice. How do I make it idempotent with upsert?

```ts
// prisma/seed.ts
await prisma.user.createMany({{
  data: [
    {{ name: "{p1.full}", email: "{p1.mail("g.f", d)}", role: "ADMIN", slackHandle: "@{p1.h("gf")}" }},
    {{ name: "{p2.full}", email: "{p2.mail("gf", d)}", role: "MEMBER", slackHandle: "@{p2.h("g")}" }},
  ],
}});
```'''


@tpl("personal_code", "junit-kunde", "de", 3)
def _(c):
    p, a = c.p("de"), c.a(ccs=["de", "at", "ch"])
    return f'''Warum schlägt dieser Test seit dem Merge fehl? Die Testdaten hat jemand aus der Prod-DB kopiert, \
das sollten wir vermutlich auch anonymisieren.

```java
@Test
void shouldFormatBillingAddress() {{
    Kunde kunde = new Kunde("{p.g}", "{p.f}", "{p.mail("g.f", c.pick(["web.de", "gmx.de", "t-online.de"]))}");
    kunde.setAdresse(new Adresse("{a.m("s")}", "{a.m("p")}", "{a.m("t")}"));
    kunde.setIban("{c.iban(a.cc)}");
    assertEquals("{a.m("s")}, {a.m("p")} {a.m("t")}", formatter.format(kunde));
}}
```'''


@tpl("personal_code", "go-table-test", "en", 3)
def _(c):
    p1, p2, p3 = c.p(), c.p(), c.p()
    return f'''Our phone normaliser returns an empty string for the second case. The numbers are from real support \
tickets. What am I missing in the table test?

```go
tests := []struct{{
	name, in, region, want string
}}{{
	{{"{p1.full}", "{c.ph("ng")}", "NG", "+234"}},
	{{"{p2.full}", "{c.ph("in")}", "IN", "+91"}},
	{{"{p3.full}", "{c.ph("br")}", "BR", "+55"}},
}}
```'''


@tpl("personal_code", "sql-insert-cpf", "pt", 3)
def _(c):
    p1, p2 = c.p("pt"), c.p("pt")
    return f'''Esse INSERT está dando `duplicate key value violates unique constraint "clientes_cpf_key"`. \
Como faço um ON CONFLICT que atualize só o e-mail?

```sql
INSERT INTO clientes (nome, cpf, email, telefone) VALUES
  ('{p1.full}', '{c.id("cpf")}', '{p1.mail("g.f", c.pick(["gmail.com", "uol.com.br", "terra.com.br"]))}', \
'{c.ph("br")}'),
  ('{p2.full}', '{c.id("cpf")}', '{p2.mail("gf", c.pick(["hotmail.com", "bol.com.br"]))}', NULL);
```'''


@tpl("personal_code", "curl-signup", "en", 4, "lower")
def _(c):
    p = c.p()
    return f'''why does this return 422 from staging?? copied it from the support ticket

curl https://api.staging.brightloop.dev/v2/signup \\
  --json '{{"full_name":"{p.full}","email":"{p.mail(c.pick(["g_f", "gfn", "f.g"]), c.pick(WEBMAIL), c.num())}",\
"phone":"{c.phone_any(["gb", "au", "nz", "ie"])}"}}'

response: {{"errors":{{"phone":["must be E.164"]}}}}'''


@tpl("personal_code", "py-ja-literal", "ja", 2)
def _(c):
    p = c.p("ja")
    return f'''このテストコードに本番のお客様データが入っていました。ダミーデータに置き換えた版を書いてください。

```python
def test_send_welcome_mail():
    # 問い合わせ #4821 の再現用
    user = User(name="{p.full}", kana="{KANA[p.af]}",
                email="{p.mail("g.f", c.pick(["yahoo.co.jp", "docomo.ne.jp", "gmail.com"]))}", tel="{c.ph("jp")}")
    assert send_welcome(user).status == "queued"
```'''


@tpl("personal_code", "ts-mock-dni", "es", 2)
def _(c):
    p = c.p("es")
    kind = c.pick(["dni", "nie", "dni"])
    return f'''¿Por qué falla la validación del {kind.upper()} en este mock? \
Según el back el dígito de control está bien.

```ts
export const clienteMock: Cliente = {{
  nombre: "{p.g}",
  apellidos: "{p.f}",
  documento: {{ tipo: "{kind.upper()}", numero: "{c.id(kind)}" }},
  telefono: "{c.ph("es")}",
  email: "{p.mail("g.f", c.pick(["gmail.com", "hotmail.es", "telefonica.net"]))}",
}};
```'''


@tpl("personal_code", "kotlin-ko", "ko", 2)
def _(c):
    p = c.p("ko")
    return f'''안드로이드 UI 테스트에서 실제 고객 정보가 하드코딩되어 있어요. 리뷰 코멘트 어떻게 달면 좋을까요?

```kotlin
val sampleOrder = Order(
    receiver = "{p.full}",
    phone = "{c.ph("kr")}",
    address = "{c.a("kr").one()}",
)
```'''


@tpl("personal_code", "rails-factory-fr", "fr", 3)
def _(c):
    p = c.p("fr")
    a = c.a(ccs=["fr", "be"])
    return f'''Ce spec RSpec passe en local mais pas en CI. Au passage, ces données viennent d'un vrai dossier client, \
il faut les remplacer : tu peux me proposer une factory propre ?

```ruby
let(:adherent) do
  create(:adherent, prenom: "{p.g}", nom: "{p.f}",
         email: "{p.mail("f.g", c.pick(["orange.fr", "free.fr", "laposte.net"]))}",
         adresse: "{a.m("s")}", code_postal: "{a.m("p")}", ville: "{a.m("t")}",
         iban: "{c.iban("fr")}")
end
```'''


@tpl("personal_code", "regex-chat", "en", 3, "lower")
def _(c):
    p = c.p()
    e = p.mail(c.pick(["g.f", "g_f", "gff"]), c.pick(["gmail.com", "yahoo.com", "outlook.com"]))
    return f'''quick one, our email validator rejects {e} but it looks fine to me?? \
customer is {p.full}, they keep getting "invalid email" on checkout

EMAIL_RE = r"^[a-z0-9]+@[a-z]+\\.[a-z]{{2,3}}$"'''


# ================================================================ personal_logs
@tpl("personal_logs", "nginx-reset", "en", 4)
def _(c):
    p1, p2 = c.p(), c.p()
    e1 = p1.mail("g.f", c.pick(WEBMAIL))
    e2 = M("EMAIL_ADDRESS", p2.login(c.pick(["gf", "g_f", "f.g"])) + "%40" + c.pick(["yahoo.com", "gmail.com"]))
    ip1, ip2 = c.ip(), c.ip()
    return f'''Someone is hammering our password reset endpoint. Here's a slice of the access log: which client should \
I block, and what fail2ban filter would you write for it?

{ip1} - - [12/Mar/2025:03:14:07 +0000] "POST /api/v1/password/reset?email={e1} HTTP/1.1" 429 54 "-" \
"python-requests/2.31.0"
{ip1} - - [12/Mar/2025:03:14:07 +0000] "POST /api/v1/password/reset?email={e1} HTTP/1.1" 429 54 "-" \
"python-requests/2.31.0"
{ip2} - - [12/Mar/2025:03:14:09 +0000] "POST /api/v1/password/reset?email={e2} HTTP/2.0" 200 17 \
"https://app.tidewater.app/login" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"'''


@tpl("personal_logs", "json-card-leak", "en", 4)
def _(c):
    p = c.p()
    ts = c.pick(["09:42:17.311", "14:05:52.048", "22:31:09.770", "06:18:44.102"])
    return f'''We found this in Datadog: the checkout service logs full card numbers. Write me a Vector \
remap rule that \
redacts `card.number`, and tell me what else in this line shouldn't be there.

{{"ts":"2025-03-11T{ts}Z","level":"info","service":"checkout","msg":"charge attempt",\
"customer":{{"name":"{p.full}","email":"{p.mail(c.pick(["g.f", "gf"]), c.pick(WEBMAIL))}"}},\
"card":{{"number":"{c.card()}","exp":"08/27"}},"client_ip":"{c.ip()}","trace_id":"4bf92f3577b34da6"}}'''


@tpl("personal_logs", "py-keyerror", "en", 3)
def _(c):
    p, a = c.p(), c.a(ccs=["us", "za", "ie", "no", "dk", "cz", "mx"])
    return f'''Celery task keeps failing with this. The payload is a real order, sorry. Why KeyError when the key is \
obviously there?

Traceback (most recent call last):
  File "/srv/app/orders/tasks.py", line 88, in ship_order
    label = build_label(order["shipping"])
  File "/srv/app/orders/labels.py", line 31, in build_label
    return f"{{s['name']}}\\n{{s['line1']}}\\n{{s['postal_code']}}"
KeyError: 'postal_code'
order["shipping"] = {{'name': '{p.full}', 'line1': '{a.m("s")}', 'city': '{a.m("t")}', \
'postcode': '{a.m("p")}', 'phone': '{c.ph(a.cc)}'}}'''


@tpl("personal_logs", "java-pesel", "pl", 2)
def _(c):
    p = c.p("pl")
    return f'''Dlaczego walidator odrzuca ten PESEL? Sprawdzałem sumę kontrolną ręcznie i wychodzi poprawnie. \
Log z produkcji:

2025-02-20 10:17:43.512 ERROR 1 --- [nio-8080-exec-7] p.k.c.web.KlientController : \
Walidacja nieudana dla klienta {p.full} (PESEL {c.id("pesel")}, tel. {c.ph("pl")})
pl.kestrel.crm.validation.InvalidPeselException: checksum mismatch
	at pl.kestrel.crm.validation.PeselValidator.validate(PeselValidator.java:42)
	at pl.kestrel.crm.web.KlientController.create(KlientController.java:77)'''


@tpl("personal_logs", "logfmt-de", "de", 3, "lower")
def _(c):
    p = c.p("de")
    a = c.a(ccs=["de", "at", "ch"])
    return f'''kurze frage: wieso taucht im loki die adresse im klartext auf? wir loggen doch nur den hash?? \
hier eine zeile aus dem versand-service:

ts=2025-03-04T08:12:55Z level=warn svc=versand msg="adresse nicht zustellbar" \
kunde="{p.full}" strasse="{a.m("s")}" plz={a.m("p")} ort="{a.m("t")}" tel="{c.ph(a.cc)}" retry=3'''


@tpl("personal_logs", "gateway-caps", "en", 3, "upper")
def _(c):
    p = c.p()
    return f'''URGENT - PCI AUDIT FOUND THIS IN THE LEGACY PAYMENT GATEWAY LOG. HOW DO WE PURGE IT FROM SPLUNK AND \
STOP IT HAPPENING AGAIN?

AUTH REQ 000418 MID=88213 CARDHOLDER={p.full} PAN={c.card()} EXP=0927 AMT=149.00 GBP
AUTH RSP 000418 CODE=05 DO NOT HONOUR AVS=N ZIP={c.a(ccs=["gb", "us", "ca"]).m("p")}'''


@tpl("personal_logs", "auth-ru", "ru", 3)
def _(c):
    p = c.p("ru")
    ip = c.ip()
    login = p.h(c.pick(["i.f", "g.f", "gf"]))
    return f'''Коллеги, это брутфорс или человек просто забыл пароль? Учётка {login} — это {p.full} из \
бухгалтерии, телефон {c.ph("ru")}. Лог с бастиона:

Mar  3 02:41:17 bastion sshd[21877]: Failed password for {login} from {ip} port 51122 ssh2
Mar  3 02:41:23 bastion sshd[21877]: Failed password for {login} from {ip} port 51122 ssh2
Mar  3 02:41:31 bastion sshd[21877]: Accepted password for {login} from {ip} port 51140 ssh2'''


@tpl("personal_logs", "sentry-user", "en", 4)
def _(c):
    p = c.p()
    return f'''Sentry issue from the mobile app, happens only for this user. What does \
`TypeError: Cannot read properties \
of undefined (reading 'street')` tell us?

user:
  id: 7731942
  username: {p.h(c.pick(["gfn", "gn", "f-g"]), c.num())}
  email: {p.mail("g.f", c.pick(WEBMAIL))}
  ip_address: {c.ip()}
breadcrumbs:
  [ui.click] button#save-profile
  [http] PATCH /me/address 400
  [console] address = {{ "recipient": "{p.full}", "street": undefined }}'''


@tpl("personal_logs", "k8s-zh", "zh", 3)
def _(c):
    p = c.p("zh")
    return f'''线上 pod 日志里把用户的身份证号和手机号打出来了，帮我写一个 logback 的脱敏 pattern，\
顺便看看这条日志还有什么问题：

2025-03-09 21:07:44.118 INFO  [order-svc-7c9d8-x2kqf] RealNameService - 实名认证请求 \
name={p.full} idCard={c.id("cnid")} mobile={c.ph("cn")} result=MISMATCH'''


@tpl("personal_logs", "crashlytics-tr", "tr", 2)
def _(c):
    p = c.p("tr")
    return f'''Crashlytics'te şu kaydı gördüm, uygulama kimlik doğrulama ekranında çöküyor. Loga TC kimlik no düşmesi \
KVKK açısından sorun değil mi? Nasıl maskeleriz?

Non-fatal Exception: java.lang.IllegalStateException: TCKN dogrulanamadi
  custom keys: user_name={p.full}, tckn={c.id("tckn")}, gsm={c.ph("tr")}
  at com.tidewater.kyc.KimlikActivity.onVerify(KimlikActivity.kt:118)'''


@tpl("personal_logs", "ehr-audit", "en", 3)
def _(c):
    p = c.p()
    return f'''Our HIPAA audit log for the patient portal API is way too verbose. Which of these fields should we drop \
or hash, and can the rest stay?

2025-03-14T16:22:09Z audit action=record.view actor=nurse_station_4 patient_name="{p.full}" \
mrn={c.mrn()} dob={c.dob("iso")} src_ip={c.ip()} result=allow'''


# ================================================================ personal_data
@tpl("personal_data", "api-customer", "en", 3)
def _(c):
    p, a = c.p(), c.a(ccs=["ca", "au", "in", "jp", "tr", "il", "ru"])
    return f'''Validate this request body against our OpenAPI schema and tell me which fields would fail. \
It's from a failed request in prod, the customer is waiting.

POST /v3/customers
{{
  "given_name": "{p.g}",
  "family_name": "{p.f}",
  "email": "{p.mail(c.pick(["g.f", "gfn", "g_f"]), c.pick(WEBMAIL), c.num())}",
  "phone": "{c.ph(a.cc)}",
  "address": {{
    "line1": "{a.m("s")}",
    "city": "{a.m("t")}",
    "region": "{a.m("r") if a.has("r") else ""}",
    "postal_code": "{a.m("p")}",
    "country": "{a.cc.upper()}"
  }}
}}'''


@tpl("personal_data", "agent-tool-call", "en", 4)
def _(c):
    p1, p2 = c.p(), c.p()
    d = c.pick(WORK)
    calls = [
        f'''{{"tool": "crm.create_contact", "arguments": {{"first_name": "{p1.g}", "last_name": "{p1.f}", \
"email": "{p1.mail("g.f", c.pick(WEBMAIL))}", "phone": "{c.phone_any(["gb", "ie", "au", "za", "ng", "ke"])}", \
"notes": "met at KubeCon, wants a demo of the Grafana plugin"}}}}''',
        f'''{{"tool": "gmail.send", "arguments": {{"to": ["{p1.mail("g.f", d)}"], "cc": ["{p2.mail("gf", d)}"], \
"subject": "Re: staging outage", "body": "Hi {p1.given}, rolled back to v2.14.3, can you confirm? - {p2.given}"}}}}''',
        f'''{{"tool": "jira.create_issue", "arguments": {{"project": "SUP", "summary": "Refund not received", \
"reporter_email": "{p1.mail("g_f", c.pick(WEBMAIL))}", "description": "Customer {p1.raw} called from \
{c.phone_any(["us", "ca", "gb"])}, order 88213"}}}}''',
        f'''{{"tool": "calendar.create_event", "arguments": {{"title": "Postmortem: payments latency", \
"attendees": ["{p1.mail("g.f", d)}", "{p2.mail("g.f", d)}"], "organizer": "{p2.raw}"}}}}''',
    ]
    call = calls[c.i % 4]
    call = call.replace(p1.raw, p1.full).replace(p2.raw, p2.full) if c.i in (2, 3) else call
    if c.i == 1:
        call = call.replace(f"Hi {p1.given},", f"Hi {p1.g},").replace(f"- {p2.given}\"", f"- {p2.g}\"")
    return f'''My coding agent produced this tool call and the API rejected it with 400. What's wrong with the \
arguments?

{call}'''


@tpl("personal_data", "csv-dedupe", "en", 3)
def _(c):
    p1, p2, p3 = c.p(), c.p(), c.p()
    e1 = p1.mail("g.f", c.pick(WEBMAIL))
    return f'''This is an export from the old CRM, about 40k rows like these. Write a pandas snippet that dedupes on \
e-mail case-insensitively and keeps the newest `updated_at`:

id,full_name,email,phone,city,updated_at
10442,{p1.full},{e1},{c.phone_any(["gb", "ie"])},{c.a(ccs=["gb", "ie"]).m("t")},2024-11-02
10443,{p2.full},{p2.mail("gf", c.pick(WEBMAIL))},{c.phone_any(["us", "ca"])},{c.a(ccs=["us", "ca"]).m("t")},2024-11-03
10978,{p1.full},{M("EMAIL_ADDRESS", p1.login("g.f").capitalize() + "@" + e1.split("@")[1][:-1])},,,2025-01-17
11020,{p3.full},\
{p3.mail("g_f", c.pick(WEBMAIL))},{c.phone_any(["au", "nz"])},{c.a(ccs=["au", "nz"]).m("t")},2025-02-09'''


@tpl("personal_data", "csv-prelevement", "fr", 2)
def _(c):
    p1, p2 = c.p("fr"), c.p("fr")
    return f'''Le fichier SEPA généré par notre script est refusé par la banque. Voici les deux premières \
lignes du CSV \
source (séparateur point-virgule). Tu vois ce qui cloche ?

nom;prenom;iban;montant;reference
{p1.f};{p1.g};{c.iban("fr")};49,90;ABO-2025-0311
{p2.f};{p2.g};{c.iban(c.pick(["be", "de", "es"]))};49,90;ABO-2025-0312'''


@tpl("personal_data", "oncall-yaml", "en", 3)
def _(c):
    p1, p2, p3 = c.p(), c.p(), c.p()
    d = c.pick(WORK)
    return f'''Convert this on-call rota to the PagerDuty Terraform provider format (pagerduty_schedule with layers):

```yaml
rotation: payments-primary
timezone: Europe/London
members:
  - name: {p1.full}
    email: {p1.mail("g.f", d)}
    phone: "{c.phone_any(["gb", "ie", "pl", "pt"])}"
  - name: {p2.full}
    email: {p2.mail("g.f", d)}
    phone: "{c.phone_any(["in", "lk", "pk", "bd"])}"
  - name: {p3.full}
    email: {p3.mail("gf", d)}
    phone: "{c.phone_any(["za", "ke", "gh", "ng"])}"
```'''


@tpl("personal_data", "toml-personnummer", "sv", 2)
def _(c):
    p = c.p("sv")
    return f'''Hej! Vi har en integrationstest mot BankID som använder en riktig persons uppgifter i konfigen. \
Hur flyttar vi det här till GitHub Actions secrets och vad ska vi ersätta personnumret med?

```toml
[bankid.test_user]
namn = "{p.full}"
personnummer = "{c.id("pnr")}"
mobil = "{c.ph("se")}"
epost = "{p.mail("g.f", c.pick(["telia.com", "gmail.com", "outlook.com"]))}"
```'''


@tpl("personal_data", "pgdump-bsn", "nl", 3)
def _(c):
    p1, p2 = c.p("nl"), c.p("nl")
    return f'''Deze pg_dump van acceptatie bevat echte klantgegevens (BSN!). Kun je een SQL-script schrijven dat de \
kolommen bsn, naam en iban pseudonimiseert voordat we de dump delen met de leverancier?

COPY public.klant (id, naam, bsn, iban, woonplaats) FROM stdin;
3391\t{p1.full}\t{c.id("bsn")}\t{c.iban("nl")}\t{c.a("nl").m("t")}
3392\t{p2.full}\t{c.id("bsn")}\t{c.iban("nl")}\t{M("LOCATION", c.pick(["Hoogeveen", "Zierikzee", "Dokkum"]))}
\\.'''


@tpl("personal_data", "pipe-aadhaar", "hi", 2)
def _(c):
    p1, p2 = c.p("hil"), c.p("hil")
    return f'''यह KYC एक्सपोर्ट हमारे S3 बकेट में बिना एन्क्रिप्शन के पड़ा था। इसमें आधार नंबर भी हैं। \
मुझे एक bash स्क्रिप्ट चाहिए जो आधार के पहले 8 अंक मास्क कर दे:

name|aadhaar|mobile|email
{p1.full}|{c.id("aadhaar")}|{c.ph("in")}|{p1.mail("g.f", c.pick(["gmail.com", "rediffmail.com"]))}
{p2.full}|{c.id("aadhaar")}|{c.ph("in")}|{p2.mail("gfn", "yahoo.co.in", c.num())}'''


@tpl("personal_data", "graphql-cf", "it", 2)
def _(c):
    p = POOLS["it"][0] if c.i == 0 else c.p("it")  # the codice fiscale is Chiara Benedetti's
    cf = c.id("cf") if c.i == 0 else None
    extra = f'\n        "codiceFiscale": "{cf}",' if cf else ""
    a = c.a("it")
    return f'''Questa risposta GraphQL arriva al frontend con dati che il componente non dovrebbe proprio ricevere. \
Come limito i campi lato resolver?

{{
  "data": {{
    "utente": {{
        "nome": "{p.full}",{extra}
        "telefono": "{c.ph("it")}",
        "indirizzo": "{a.m("s")}, {a.m("p")} {a.m("t")} ({a.m("r")})",
        "iban": "{c.iban("it")}"
    }}
  }}
}}'''


@tpl("personal_data", "md-table-vi", "vi", 2)
def _(c):
    p1, p2 = c.p("vi"), c.p("vi")
    town = c.pick([M("LOCATION", "Phường 7") + ", " + M("LOCATION", "Quận 3"), M("LOCATION", "Hội An")])
    return f'''Anh/chị giúp em viết câu SQL để tìm các khách hàng bị trùng số điện thoại trong bảng này nhé \
(em copy từ Metabase ra):

| mã KH | họ tên | số điện thoại | địa chỉ |
|---|---|---|---|
| KH0192 | {p1.full} | {c.ph("vn")} | {c.a("vn").one()} |
| KH0217 | {p2.full} | {c.ph("vn")} | {town} |'''


@tpl("personal_data", "webhook-ar", "ar", 2)
def _(c):
    p = c.p("ar")
    a = c.a("sa")
    return f'''وصلنا هذا الـ webhook من بوابة الدفع ولكن الخدمة ترفضه بخطأ 400. هل المشكلة في ترميز الأسماء العربية؟

{{
  "type": "payment.succeeded",
  "data": {{
    "billing_details": {{
      "name": "{p.full}",
      "email": "{p.mail("g.f", c.pick(["gmail.com", "hotmail.com"]))}",
      "phone": "{c.ph("sa")}",
      "address": "{a.m("s")}، {a.m("t")} {a.m("p")}"
    }},
    "iban": "{c.iban("sa")}"
  }}
}}'''


@tpl("personal_data", "dotenv-seed", "en", 3)
def _(c):
    p = c.p()
    return f'''Is it OK to commit this `.env.staging`? Reviewer says no but it's only staging. Explain the risk \
and what I should replace.

DATABASE_URL=postgres://app@db.staging.internal:5432/app
SEED_ADMIN_NAME="{p.full}"
SEED_ADMIN_EMAIL={p.mail("g.f", c.pick(WORK))}
ALERT_SMS_TO={c.phone_any(["us", "gb", "au", "ng", "ph"])}
FEATURE_FLAGS=new_checkout,dark_mode'''


# ================================================================ personal_vcs
@tpl("personal_vcs", "git-log", "en", 4)
def _(c):
    p1, p2, cu = c.p(), c.p(), c.p()
    d = c.pick(WORK)
    return f'''Write release notes for customers from this git log. Leave out anything internal.

commit 9f2c1e47b0a3d6e18c55f0a2b7e4d91c3a60f8d2
Author: {p1.full} <{p1.mail("g.f", d)}>
Date:   Tue Mar 11 16:02:44 2025 +0000

    fix(invoices): VAT rounding for {cu.full}'s account (ticket #4471)

commit 3b7d0e5a1c9f24e6b8a0d3f7c2e1b5a9d4f60c81
Author: {p2.full} <{p2.mail("gf", d)}>
Date:   Mon Mar 10 09:17:05 2025 +0000

    feat(export): CSV export of line items'''


@tpl("personal_vcs", "git-blame", "en", 3)
def _(c):
    p1, p2 = c.p(), c.p()
    return f'''Who should I ask about this retry logic? Blame output below, and also explain what the backoff does.

^a41c9e2 (Jenkins CI        2023-06-02 11:40:12 +0000  88)     for attempt in range(MAX_RETRIES):
7d30b8f1 ({p1.full}{pad(p1)} 2024-09-17 14:22:51 +0100  89)         try:
7d30b8f1 ({p1.full}{pad(p1)} 2024-09-17 14:22:51 +0100  90)             return client.post(url, json=payload, timeout=5)
e19f04ac ({p2.full}{pad(p2)} 2025-01-08 10:03:37 +0530  91)         except httpx.ReadTimeout:
e19f04ac ({p2.full}{pad(p2)} 2025-01-08 10:03:37 +0530  92)             time.sleep(2 ** attempt + random.random())'''


@tpl("personal_vcs", "codeowners", "en", 4)
def _(c):
    p1, p2, p3 = c.p(), c.p(), c.p()
    return f'''GitHub says "Unknown owner on line 4" for our CODEOWNERS. Which entry is broken, and can you \
tidy it up?

# CODEOWNERS
*                       @brightloop/platform
/services/payments/     @{p1.h("gf")} @{p2.h("g-f")}
/services/search/       @brightloop/search {p3.mail("g.f", "brightloop.dev")}
/infra/terraform/       @{p2.h("g-f")} @brightloop/sre'''


@tpl("personal_vcs", "commit-de", "de", 2)
def _(c):
    p1, p2 = c.p("de"), c.p("de")
    kunde = c.p("de")
    return f'''Kannst du diese Commit-Message so umschreiben, dass sie unseren Conventional-Commits-Regeln \
entspricht? Und der Kundenname sollte da eigentlich raus.

Fix Rechnungs-PDF für {kunde.full}, Umlaute im Straßennamen wurden abgeschnitten ({c.a(ccs=["de", "at"]).m("s")})

Reviewed-by: {p1.full} <{p1.mail("g.f", "kestrel-logistics.com")}>
Co-authored-by: {p2.full} <{p2.mail("gf", "kestrel-logistics.com")}>'''


@tpl("personal_vcs", "pr-review", "en", 4)
def _(c):
    a, b, cu = c.p(), c.p(), c.p()
    ah, bh = a.h(c.pick(["gf", "g", "g-f", "fg"])), b.h(c.pick(["g-f", "gfn", "gf2", "g"]), c.num())
    return f'''Summarise this PR review thread and list what still blocks the merge.

**{ah}** commented on `tests/fixtures/users.json` line 12:
> This fixture has a real customer in it ("{cu.full}", {cu.mail("g.f", c.pick(WEBMAIL))}). Please swap for a \
synthetic user before we merge.

**{bh}** replied:
> Good catch, copied it from the Zendesk ticket. Will replace. Also @{ah} can you re-run the e2e suite after?

**{ah}** approved these changes with a nit: rename `getUsr` to `getUser`.'''


@tpl("personal_vcs", "shortlog-fr", "fr", 2)
def _(c):
    p1, p2, p3 = c.p("fr"), c.p("fr"), c.p("en")
    return f'''`git shortlog -sne` me sort des doublons pour la même personne. Comment écrire le `.mailmap` \
pour fusionner ces identités ?

   412  {p1.full} <{p1.mail("g.f", "tidewater.app")}>
    87  {p1.g} <{p1.mail("gf", "gmail.com")}>
   265  {p2.full} <{p2.mail("g.f", "tidewater.app")}>
    19  {p3.full} <{p3.mail("gf", "tidewater.app")}>
     3  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>'''


@tpl("personal_vcs", "issue-es", "es", 3)
def _(c):
    p = c.p("es")
    a = c.a(ccs=["es", "mx", "ar", "co"])
    return f'''Resume este issue de GitHub en dos líneas para el standup y dime si es un bug de geocodificación:

### Pasos para reproducir
1. Iniciar sesión como {p.mail("g.f", c.pick(["gmail.com", "hotmail.com", "yahoo.es"]))} (cuenta real, titular \
{p.full}, nos dio permiso)
2. Ir a *Perfil → Dirección* e introducir `{a.one()}`
3. Pulsar Guardar

### Resultado
El mapa centra en Madrid y el código postal se borra.'''


@tpl("personal_vcs", "jira-ja", "ja", 2)
def _(c):
    p1, p2 = c.p("ja"), c.p("ja")
    cu = c.p("ja")
    return f'''このJiraチケットを英語に翻訳して、海外チーム向けに要点をまとめてください。

【PAY-2231】決済完了メールが届かない
担当者: {p1.full}
報告者: {p2.full}
内容: お客様（{cu.full}様、{cu.mail("g.f", c.pick(["yahoo.co.jp", "gmail.com", "icloud.com"]))}、\
電話 {c.ph("jp")}）から、3/8 の注文について決済完了メールが届かないと問い合わせあり。\
SendGrid のログでは bounce になっている。'''


@tpl("personal_vcs", "mailmap-uk", "uk", 2)
def _(c):
    p1, p2 = c.p("uk"), c.p("uk")
    return f'''Підкажіть, будь ласка, чому git blame досі показує старе ім'я, хоча я додав .mailmap? Ось вміст:

{p1.full} <{p1.mail("g.f", "brightloop.dev")}> <{p1.mail("gfn", "ukr.net", c.num(70, 99))}>
{p2.full} <{p2.mail("g.f", "brightloop.dev")}> {p2.h("gf")} <{p2.mail("gf", "gmail.com")}>

Команда: `git blame -e src/billing/invoice.ts`'''


@tpl("personal_vcs", "pr-desc-lower", "en", 3, "lower")
def _(c):
    p, cu = c.p(), c.p()
    return f'''can u make this pr description less rambly

so basically {p.g} found that the signup form crashes when the last name has an apostrophe, \
we reproduced w/ {cu.full}'s account ({cu.mail(c.pick(["g.f", "gf", "gfn"]), c.pick(WEBMAIL), c.num())}) \
who emailed support twice. fix escapes the value before it hits the search index. \
also bumped jest. cc @{p.h(c.pick(["gf", "g.f", "g"]))}'''


# ================================================================ personal_ops
@tpl("personal_ops", "slack-thread", "en", 4)
def _(c):
    a, b, cu = c.p(), c.p(), c.p(sex="F")
    ah = a.h(c.pick(["g.f", "gf", "g", "f-g"]))
    bh = b.h(c.pick(["g", "gfn", "g.f", "gf2"]), c.num())
    return f'''Turn this Slack thread into a Jira ticket (summary, steps, impact):

#support-escalations
{ah}  10:42
customer {cu.full} says she was charged twice for the annual plan, \
she's on the phone now {c.phone_any(["us", "ca", "gb", "au"])}
{bh}  10:44
@{ah} can you grab her account id? I only see one charge in Stripe
{ah}  10:45
it's under {cu.mail(c.pick(["g.f", "gf", "g_f"]), c.pick(WEBMAIL))}, the second charge is on the old workspace'''


@tpl("personal_ops", "oncall-handoff", "en", 3)
def _(c):
    a, b, x = c.p(), c.p(), c.p()
    return f'''Clean up my on-call handoff notes into something readable for the next shift:

- primary till 09:00 was me ({a.g}), secondary {b.full}, \
{c.phone_any(["in", "sg", "my", "ph", "au"])} if pages go unanswered
- kafka consumer lag on orders-eu spiked 02:10, restarted 2 pods, fine since
- {x.full} from Finance wants the failed payouts CSV by noon, don't email it, share via Drive
- escalation manager this week: {M("PERSON", x.given) if c.i == 0 else x.f} (not {b.g})'''


@tpl("personal_ops", "postmortem", "en", 3)
def _(c):
    ic, sc, cu = c.p(), c.p(), c.p()
    return f'''Polish this incident postmortem draft. Keep the blameless tone but make the timeline tighter.

## INC-2291: password reset e-mails sent to the wrong users
Incident commander: {ic.full} · Scribe: {sc.full}
- 14:02 UTC first report from customer {cu.full} ({cu.mail("g.f", c.pick(WEBMAIL))}), who recieved another \
user's reset link
- 14:09 {ic.g} pages the identity team, flag `reset_v2` disabled
- 14:31 {sc.g} confirms 212 affected accounts from the mailer logs
- Root cause: cache key built from the e-mail domain only'''


@tpl("personal_ops", "email-signature", "en", 3)
def _(c):
    p, me = c.p(), c.p()
    a = c.a(ccs=["gb", "ie", "us", "au", "nz", "za", "ca"])
    return f'''Draft a polite reply saying the API key rotation is done and the old key stops working Friday.

> From: {p.full} <{p.mail("g.f", c.pick(["fernhill-health.co.uk", "kestrel-logistics.com", "tidewater.app"]))}>
> Subject: API key rotation?
>
> Hi {me.g}, any update on rotating the integration key? Our audit is next week.
>
> Thanks,
> {p.full}
> Integration Lead
> {a.m("s")}, {a.m("t")} {a.m("p")}
> Mobile: {c.ph(a.cc)}'''


@tpl("personal_ops", "escalation-ko", "ko", 3)
def _(c):
    a, cu = c.p("ko"), c.p("ko")
    return f'''아래 CS 에스컬레이션 내용을 개발팀 공유용으로 요약해 주세요. 개인정보는 꼭 필요한 것만 남겨 주시고요.

- 담당: {a.full} 매니저
- 고객: {cu.full} ({c.ph("kr")}, {cu.mail("g.f", c.pick(["naver.com", "daum.net", "kakao.com"]))})
- 증상: iOS 앱에서 배송지 변경 시 "{c.a("kr").m("t")}" 주소 저장 안 됨, 3회 재시도 후 앱 강제종료
- 주민번호 뒷자리 입력 요구 화면이 뜬다고 함 ({c.id("krrn")} 입력했다고 캡처 보내옴)'''


@tpl("personal_ops", "whatsapp-pt", "pt", 3, "lower")
def _(c):
    a, b = c.p("pt", sex="M"), c.p("pt")
    return f'''me ajuda a responder essa mensagem de um jeito educado, mandaram isso no whatsapp do time:

[09:14] {b.full}: bom dia!! o deploy de ontem quebrou o login do cliente {a.full}, ele ligou no meu \
celular {c.ph("br")} umas 6 vezes kkk
[09:15] {b.full}: o cpf dele é {c.id("cpf")} se precisar achar no banco
[09:21] {b.full}: alguém pode olhar isso hj?'''


@tpl("personal_ops", "standup-he", "he", 2)
def _(c):
    a, b = c.p("he"), c.p("he")
    return f'''תסכם לי את הסטנדאפ הזה בשלוש נקודות באנגלית:

{a.full}: סיימתי את המיגרציה ל-Postgres 16, נשאר רק לבדוק את ה-replica.
{b.full}: עוד פנייה מ{c.p("he").full} ({c.ph("il")}), עדיין לא מגיע SMS של אימות דו-שלבי. \
ת.ז. לפי הטיקט: {c.id("ilid")}.
{a.g}: אוכל לעזור אחרי הצהריים.'''


@tpl("personal_ops", "teams-el", "el", 2)
def _(c):
    a, b = c.p("el"), c.p("el")
    return f'''Μπορείς να γράψεις μια σύντομη απάντηση στα αγγλικά σε αυτό που μου έστειλαν στο Teams;

{b.full} 11:05
Καλημέρα! Ένας πελάτης λέει ότι το API επιστρέφει 500 όταν η διεύθυνση έχει ελληνικούς χαρακτήρες. \
Του είπα ότι θα τον καλέσει μέχρι το μεσημέρι ο/η υπεύθυνος λογαριασμού: {a.full}, {c.ph("gr")}.
Διεύθυνση που στέλνει: {c.a("gr").one()}'''


@tpl("personal_ops", "incident-th", "th", 2)
def _(c):
    a, cu = c.p("th"), c.p("th")
    return f'''ช่วยเขียนสรุปเหตุการณ์นี้เป็นภาษาอังกฤษสั้น ๆ สำหรับส่งให้ทีมที่สิงคโปร์หน่อยครับ

เมื่อคืนระบบแจ้งเตือนของ Grafana ยิงตอนตีสอง คุณ{a.full} เป็นคนรับ page และ rollback เวอร์ชัน 3.8.1 \
ลูกค้าที่ได้รับผลกระทบคือคุณ{cu.full} โทร {c.ph("th")} ที่อยู่จัดส่ง {c.a("th").one()} \
ออเดอร์ค้างอยู่ในคิวประมาณ 40 นาที'''


@tpl("personal_ops", "email-de", "de", 3)
def _(c):
    p, me = c.p("de"), c.p("de", sex="F")
    a = c.a(ccs=["de", "at", "ch"])
    return f'''Bitte formuliere eine kurze Antwort: Das Zertifikat für die SFTP-Schnittstelle wurde erneuert, \
der neue Fingerprint kommt separat.

> Von: {p.full} <{p.mail("g.f", c.pick(["gmx.de", "kestrel-logistics.com", "web.de"]))}>
> Hallo Frau {me.f},
> seit heute früh lehnt unser Client die Verbindung ab. Können Sie da bitte nachsehen?
>
> Mit freundlichen Grüßen
> {p.full}
> IT-Leitung
> {a.m("s")} · {a.m("p")} {a.m("t")}
> Tel. {c.ph(a.cc)}'''


@tpl("personal_ops", "chat-lower", "en", 4, "lower")
def _(c):
    p = c.p(sex="F")
    a = c.a(ccs=["us", "gb", "au", "nz", "ie", "ca"])
    return f'''can u write me a sql query to find every order shipped to {a.m("s")}, {a.m("t")}? \
the customer ({p.full}, {p.mail(c.pick(["gff", "g.f", "gfn"]), c.pick(WEBMAIL), c.num())}) says \
someone else has been using her address and we need the list for the police report'''


@tpl("personal_ops", "chat-id", "id", 3, "lower")
def _(c):
    a, cu = c.p("id"), c.p("id")
    ad = c.a("id")
    return f'''tolong bantu bikin query buat cari semua transaksi gagal punya user ini ya, \
dari tim cs ({a.full}) katanya dia udah 3x bayar tapi status masih pending

nama: {cu.full}
hp: {c.ph("id")}
email: {cu.mail(c.pick(["g.f", "gf", "gfn"]), "gmail.com", c.num())}
alamat: {ad.m("s")}, {ad.m("t")}'''


# ================================================================ clean_code (PII-free)
@tpl("clean_code", "fixture-sample", "en", 4)
def _(c):
    return c.pick([
        '''This test started failing after I upgraded pydantic to v2. Why does `test_invoice_address` blow up?

```python
@pytest.fixture
def customer():
    return Customer(
        first_name="John",
        last_name="Doe",
        email="john.doe@example.com",
        phone="+1-555-0100",
        address=Address(line1="123 Main St", city="Anytown", postcode="00000"),
    )
```''',
        '''Can you turn these hard-coded fixtures into a factory_boy factory?

```python
ALICE = User(username="alice", email="alice@example.org", is_staff=True)
BOB = User(username="bob", email="bob@example.org")
EVE = User(username="eve", email="eve@example.net", is_active=False)  # the attacker in our threat model
```''',
        '''pytest fails on `test_checkout_happy_path` only in CI. The card is Stripe's test card, so why \
`card_declined`?

```python
def test_checkout_happy_path(client):
    r = client.post("/checkout", json={"card": "4242 4242 4242 4242", "exp": "12/34", "cvc": "123",
                                       "name": "Jane Roe", "email": "jane.roe@example.com"})
    assert r.status_code == 201
```''',
        '''Refactor this into a parametrized test and tell me if anything looks off.

```python
@pytest.mark.parametrize("name", ["Robert'); DROP TABLE Students;--", "O'Brien", "Null", "<name>"])
def test_name_escaping(name):
    assert render_greeting(name).startswith("Hello, ")
```''',
    ])


@tpl("clean_code", "eponym-algo", "en", 4)
def _(c):
    return c.pick([
        '''Is this Dijkstra implementation correct? It gives wrong distances when two edges have the same weight.

```python
def dijkstra(graph, source):
    dist = {v: math.inf for v in graph}
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in graph[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (dist[v], v))
    return dist
```''',
        '''Our fuzzy search uses Levenshtein distance but it's slow on 50k product names. Would a BK-tree \
or SymSpell be better, or should I use Jaro-Winkler instead?''',
        '''What false-positive rate do I get from a Bloom filter with m = 2^20 bits, k = 7 hashes and \
100k items? And would a Cuckoo filter be smaller?''',
        '''Explain why Huffman coding is optimal for symbol-by-symbol codes but arithmetic coding beats it, \
and where Lempel-Ziv fits in. Short answer please, it's for a code review comment.''',
    ])


@tpl("clean_code", "junit-mustermann", "de", 3)
def _(c):
    return c.pick([
        '''Warum schlägt dieser Test seit dem Upgrade auf JUnit 5 fehl?

```java
@Test
void shouldFormatBillingAddress() {
    Kunde kunde = new Kunde("Max", "Mustermann", "max.mustermann@example.de");
    kunde.setAdresse(new Adresse("Musterstraße 1", "12345", "Musterstadt"));
    assertEquals("Musterstraße 1, 12345 Musterstadt", formatter.format(kunde));
}
```''',
        '''Kannst du mir erklären, was der Unterschied zwischen Mockito `@Mock` und `@Spy` ist? Beispiel aus \
unserem Code:

```java
@Spy KundenService service = new KundenService(new Kunde("Erika", "Mustermann", null));
```''',
        '''Wie generiere ich in Testcontainers für jeden Test eine frische Postgres-Datenbank? Aktuell teilen \
sich alle Tests den Nutzer `test` mit Passwort `test` und die Kundin „Erika Musterfrau“ aus dem Seed.''',
    ])


@tpl("clean_code", "luhn-test", "en", 3)
def _(c):
    return c.pick([
        '''My Luhn check rejects Stripe's test cards. What's wrong?

```go
func TestLuhn(t *testing.T) {
	for _, pan := range []string{"4242424242424242", "5555555555554444", "378282246310005"} {
		if !luhn.Valid(pan) {
			t.Errorf("expected %s to be valid", pan)
		}
	}
}
```''',
        '''Which Stripe test card numbers trigger `insufficient_funds` vs `card_declined`? I know \
4000 0000 0000 0002 is a generic decline and 4000 0000 0000 9995 is insufficient funds; is there one \
for expired cards?''',
        '''Write a Jest test for our card-masking helper. It should turn "4242 4242 4242 4242" into \
"•••• •••• •••• 4242" and leave "4111-1111-1111-1111" (Visa test number) with the last four visible too.''',
    ])


@tpl("clean_code", "sql-fulano", "pt", 3)
def _(c):
    return c.pick([
        '''Esse INSERT de exemplo da documentação dá erro de constraint. O que está errado?

```sql
INSERT INTO clientes (nome, cpf, email, telefone) VALUES
  ('Fulano de Tal', '000.000.000-00', 'fulano@exemplo.com.br', '(00) 00000-0000'),
  ('Beltrano da Silva', '111.111.111-11', 'beltrano@exemplo.com.br', NULL);
```''',
        '''Qual a diferença entre `LEFT JOIN LATERAL` no Postgres e `OUTER APPLY` no SQL Server? \
Estou migrando uma view do Metabase que usa as tabelas `pedidos` e `clientes`.''',
        '''Como escrevo um CHECK constraint que valide o formato do CPF (XXX.XXX.XXX-XX) sem validar o \
dígito verificador? Os dados de teste usam Fulano, Ciclano e Beltrano.''',
    ])


@tpl("clean_code", "shell-lower", "en", 3, "lower")
def _(c):
    return c.pick([
        '''why does this script work on my mac but not in jenkins?

#!/usr/bin/env bash
set -euo pipefail
helm upgrade --install grafana grafana/grafana -n monitoring -f values.yaml
kubectl rollout status deploy/grafana -n monitoring --timeout=120s
echo "deployed by $USER on $(hostname)"''',
        '''is there a way to make ansible skip a host if puppet already manages it? we're halfway through \
migrating from chef and puppet to ansible and the inventory is a mess''',
        '''curl -s -u "$JENKINS_USER:$JENKINS_TOKEN" https://jenkins.example.com/job/deploy/lastBuild/api/json \
| jq .result   <- returns null while the build runs, how do i wait for it properly''',
    ])


@tpl("clean_code", "ja-sample", "ja", 2)
def _(c):
    return c.pick([
        '''このテストのダミーデータ、もう少し現実的にしたいです。山田太郎以外のよくあるサンプル名の候補を教えてください。

```python
user = User(name="山田 太郎", kana="ヤマダ タロウ", email="taro.yamada@example.jp", tel="03-0000-0000")
```''',
        '''Ruby の作者のまつもとゆきひろさんが言っていた「プログラマの幸せ」という設計思想について、\
Python の「Zen of Python」と比較して説明してください。''',
        '''Django と FastAPI、社内の管理画面にはどちらが向いていますか？\
Celery と組み合わせて非同期ジョブも流す予定です。''',
    ])


@tpl("clean_code", "ts-fulano", "es", 3)
def _(c):
    return c.pick([
        '''¿Por qué TypeScript se queja del tipo de `documento` en este mock?

```ts
export const clienteMock: Cliente = {
  nombre: "Fulano",
  apellidos: "de Tal",
  documento: { tipo: "DNI", numero: "00000000T" },
  email: "fulano@example.com",
};
```''',
        '''¿Cómo configuro Vitest para que los mocks de `Mengano` y `Zutano` se reinicien entre tests? \
Ahora uno contamina al otro.''',
        '''Explícame la diferencia entre el algoritmo de Kruskal y el de Prim con un ejemplo en TypeScript, \
para una charla interna.''',
    ])


@tpl("clean_code", "kotlin-hong", "ko", 2)
def _(c):
    return c.pick([
        '''안드로이드 Compose Preview 에서 쓸 샘플 데이터인데, 이 코드 리뷰 좀 해 주세요.

```kotlin
@Preview
@Composable
fun OrderPreview() = OrderCard(Order(receiver = "홍길동", phone = "010-0000-0000", address = "서울특별시 OO구 OO로 00"))
```''',
        '''코틀린 코루틴에서 `SupervisorJob` 과 `coroutineScope` 차이를 Kafka 컨슈머 예제로 설명해 주세요.''',
        '''Spring Boot 에서 Flyway 와 Liquibase 중 어떤 걸 써야 할까요? \
팀원들은 Jenkins 파이프라인에서 돌릴 예정이에요.''',
    ])


@tpl("clean_code", "rspec-dupont", "fr", 3)
def _(c):
    return c.pick([
        '''Ce spec passe en local mais pas en CI, une idée ?

```ruby
let(:adherent) do
  create(:adherent, prenom: "Jean", nom: "Dupont", email: "jean.dupont@example.fr",
         code_postal: "75000", ville: "Paris")
end
```''',
        '''Quelle est la différence entre `let` et `let!` dans RSpec ? Et pourquoi Sinatra charge mes helpers \
deux fois ?''',
        '''Tu peux m'expliquer la loi de Conway et la loi de Brooks avec des exemples concrets d'équipes \
qui font du Phoenix/Elixir et du Rails ?''',
    ])


# ================================================================ clean_logs (PII-free)
@tpl("clean_logs", "nginx-docs", "en", 4)
def _(c):
    return c.pick([
        '''Something is hammering our login endpoint in the load test. Which client should I rate-limit?

192.0.2.10 - - [12/Mar/2025:03:14:07 +0000] "POST /api/v1/login HTTP/1.1" 429 54 "-" "k6/0.49.0"
192.0.2.10 - - [12/Mar/2025:03:14:07 +0000] "POST /api/v1/login HTTP/1.1" 429 54 "-" "k6/0.49.0"
198.51.100.23 - - [12/Mar/2025:03:14:09 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"''',
        '''Write a GoAccess config that parses this log format:

203.0.113.7 - - [04/Feb/2025:11:02:44 +0100] "GET /users/{id}/avatar HTTP/2.0" 304 0 \
"https://example.com/" "Mozilla/5.0 (X11; Linux x86_64) Firefox/122.0" rt=0.004 uct=0.001''',
        '''Why does nginx log 127.0.0.1 for every request behind our Traefik ingress instead of the client? \
I set `real_ip_header X-Forwarded-For;` and `set_real_ip_from 10.0.0.0/8;` already.''',
        '''Write a fail2ban filter that matches these lines from our demo environment:

2001:db8::7 - - [12/Mar/2025:04:01:55 +0000] "POST /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
203.0.113.99 - - [12/Mar/2025:04:01:57 +0000] "GET /.env HTTP/1.1" 404 153 "-" "curl/8.5.0"''',
    ])


@tpl("clean_logs", "json-logs-tools", "en", 3)
def _(c):
    return c.pick([
        '''Write a Vector remap rule that drops the `debug` lines from this Kafka consumer:

{"ts":"2025-03-11T09:42:17Z","level":"debug","service":"kafka-consumer","topic":"orders.v1","partition":3,\
"offset":884213,"msg":"committed"}
{"ts":"2025-03-11T09:42:18Z","level":"warn","service":"kafka-consumer","msg":"rebalance in progress",\
"group":"celery-bridge"}''',
        '''Our Celery workers log this every few seconds. Harmless?

{"level":"WARNING","logger":"celery.worker.consumer","msg":"consumer: Connection to broker lost. \
Trying to re-establish the connection...","hostname":"celery@worker-phoenix-2"}''',
        '''Parse these Cassandra GC pauses and tell me if I should tune G1 or switch to ZGC:

INFO  [Service Thread] 2025-03-02 04:11:09,417 GCInspector.java:294 - G1 Young Generation GC in 412ms.
INFO  [Service Thread] 2025-03-02 04:11:31,908 GCInspector.java:294 - G1 Young Generation GC in 387ms.''',
    ])


@tpl("clean_logs", "django-traceback", "en", 3)
def _(c):
    return c.pick([
        '''Why does Django throw this only in production?

Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/app/accounts/views.py", line 42, in profile
    return render(request, "profile.html", {"user": request.user.profile})
django.contrib.auth.models.User.profile.RelatedObjectDoesNotExist: User has no profile.''',
        '''Flask gives me `RuntimeError: Working outside of application context.` when I call \
`current_app.logger` from a Celery task. What's the clean fix?''',
        '''What does this mean?

jinja2.exceptions.UndefinedError: 'dict object' has no attribute 'full_name'
  File "templates/email/welcome.html", line 3, in top-level template code
    <p>Hi {{ user.full_name }},</p>''',
    ])


@tpl("clean_logs", "spring-pl", "pl", 2)
def _(c):
    return c.pick([
        '''Co oznacza ten błąd Hibernate i jak go naprawić?

org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: \
pl.example.crm.Klient.zamowienia, could not initialize proxy - no Session
	at org.hibernate.collection.spi.AbstractPersistentCollection.throwLazyInitializationException''',
        '''Jak skonfigurować Resilience4j, żeby circuit breaker nie otwierał się przy pojedynczych timeoutach \
z Kafki? Używamy Spring Boot 3.2.''',
        '''Mam w logach `HikariPool-1 - Connection is not available, request timed out after 30000ms`. \
Czy zwiększenie maximumPoolSize to dobry pomysł, czy raczej problem jest w kodzie?''',
    ])


@tpl("clean_logs", "loki-de", "de", 3)
def _(c):
    return c.pick([
        '''Wie schreibe ich eine LogQL-Abfrage, die im Loki nur die Fehler vom Versand-Service zählt, gruppiert \
nach `status`?

ts=2025-03-04T08:12:55Z level=error svc=versand msg="timeout upstream" upstream=dhl-api status=504''',
        '''Grafana zeigt im Tempo-Trace eine Lücke von 800 ms zwischen Gateway und Service. Wo fange ich an zu \
suchen? Jaeger hat das vorher nicht gezeigt.''',
        '''Was ist der Unterschied zwischen Mimir und Thanos für Langzeit-Metriken, wenn wir schon Prometheus \
und Loki betreiben?''',
    ])


@tpl("clean_logs", "stripe-test-caps", "en", 3, "upper")
def _(c):
    return c.pick([
        '''WHY DOES OUR SANDBOX GATEWAY LOG THESE AS DECLINED? THEY ARE TEST CARDS.

AUTH REQ 000418 MODE=TEST PAN=4242 4242 4242 4242 EXP=1234 AMT=1.00 USD
AUTH REQ 000419 MODE=TEST PAN=4000 0000 0000 0002 EXP=1234 AMT=1.00 USD RSP=DECLINED''',
        '''NOTICE: THE STAGING PAYMENT GATEWAY WILL BE DOWN SATURDAY 02:00-04:00 UTC FOR THE KAFKA \
UPGRADE. DO NOT RUN THE CYPRESS CHECKOUT SUITE DURING THAT WINDOW.''',
        '''ALERT FIRING: HIGHERRORRATE SERVICE=CHECKOUT ENV=PROD VALUE=7.2% RUNBOOK=HTTPS://WIKI.EXAMPLE.COM/\
RUNBOOKS/CHECKOUT. WHAT SHOULD THE FIRST THREE STEPS IN THAT RUNBOOK BE?''',
    ])


@tpl("clean_logs", "sshd-ru", "ru", 2)
def _(c):
    return c.pick([
        '''Это обычный брутфорс ботов или что-то серьёзнее? Лог с тестового стенда:

Mar  3 02:41:17 bastion sshd[21877]: Invalid user admin from 198.51.100.77 port 51122
Mar  3 02:41:19 bastion sshd[21879]: Invalid user oracle from 198.51.100.77 port 51130
Mar  3 02:41:23 bastion sshd[21881]: Invalid user ubuntu from 203.0.113.45 port 40212''',
        '''Как настроить fail2ban, чтобы он банил после трёх неудачных попыток, но не трогал адреса из \
10.0.0.0/8? Сервер на Debian 12.''',
        '''Объясните разницу между Ansible и SaltStack для парка из 300 серверов. Сейчас всё на Puppet.''',
    ])


@tpl("clean_logs", "sentry-sample", "en", 3)
def _(c):
    return c.pick([
        '''Sentry issue from the staging app, only with the seeded demo user. What does this tell us?

user:
  id: 1
  username: demo
  email: test@example.com
  ip_address: 192.0.2.1
exception: TypeError: Cannot read properties of undefined (reading 'street')''',
        '''How do I stop Sentry from attaching `user.ip_address` at all? We set `sendDefaultPii: false` but \
the Jaeger trace links still show `{{auto}}` in the event.''',
        '''Set up an Alertmanager route so Sentry-style crash spikes go to the #mobile channel and everything \
from Kibana goes to #platform. Example labels: team=mobile, source=kibana.''',
    ])


@tpl("clean_logs", "k8s-zh", "zh", 3)
def _(c):
    return c.pick([
        '''这个 Pod 一直 CrashLoopBackOff，帮我看看是什么原因：

Events:
  Warning  BackOff  3m (x14 over 12m)  kubelet  Back-off restarting failed container order-svc
  Normal   Pulled   2m                 kubelet  Container image "harbor.example.com/shop/order-svc:1.8.2" \
already present''',
        '''Argo CD 同步的时候一直显示 OutOfSync，但是 Helm 渲染出来的 manifest 跟 Git 里一模一样，可能是什么问题？''',
        '''用 Rancher 管理的集群里面，Kibana 查不到 Fluent Bit 采集的日志，应该先检查哪些配置？''',
    ])


@tpl("clean_logs", "crash-tr", "tr", 2)
def _(c):
    return c.pick([
        '''Crashlytics'te şu kayıt var, uygulama test hesabında (Ali Veli, test@example.com) açılışta çöküyor:

Fatal Exception: java.lang.NullPointerException
  at com.example.app.MainActivity.onCreate(MainActivity.kt:42)''',
        '''Flutter ile Kotlin Multiplatform arasında kararsız kaldık. Ekip Kotlin biliyor ama Dart bilmiyor. \
Ne önerirsin?''',
        '''Jenkins pipeline'ında Gradle cache'i nasıl kalıcı yaparım? Her build 12 dakika sürüyor.''',
    ])


@tpl("clean_logs", "ci-lower", "en", 3, "lower")
def _(c):
    return c.pick([
        '''tekton pipeline fails at the kaniko step with "error checking push permissions", \
harbor robot account has push rights tho. what else could it be''',
        '''jenkins says "hudson.remoting.ChannelClosedException: Channel is already closed" on every agent after \
the upgrade, any idea??''',
        '''github actions: "Error: Process completed with exit code 137" during `npm run build`. \
oom i guess? how do i give the runner more memory''',
    ])


# ================================================================ clean_data (PII-free)
@tpl("clean_data", "api-placeholder", "en", 3)
def _(c):
    return c.pick([
        '''Validate this example request body against our OpenAPI schema:

POST /v3/customers
{
  "given_name": "{{customer.first_name}}",
  "family_name": "{{customer.last_name}}",
  "email": "{{customer.email}}",
  "phone": "+1 555 0100",
  "address": {"line1": "<street>", "city": "<city>", "postal_code": "<zip>", "country": "US"}
}''',
        '''Write an OpenAPI 3.1 `components.schemas.Customer` with an `example` block. Use John Doe, \
john@example.com and 555-0123 for the example values.''',
        '''Why does Postman send `$CUSTOMER_NAME` literally instead of the value? My body is \
{"name": "$CUSTOMER_NAME", "email": "${EMAIL}"} and the variables are set in the environment.''',
    ])


@tpl("clean_data", "agent-tool-call", "en", 4)
def _(c):
    return c.pick([
        '''My coding agent produced this tool call and it returned 400. What's wrong?

{"tool": "github.create_issue", "arguments": {"repo": "acme/helm-charts", "title": "Grafana chart: \
bump Loki to 3.1", "labels": ["dependencies"], "assignees": ["@me"]}}''',
        '''Is this a sensible tool call for "find every place we compute Levenshtein distance"?

{"tool": "code_search", "arguments": {"query": "levenshtein OR editdistance", "path": "services/", \
"language": ["python", "go"]}}''',
        '''The agent called this and Jenkins returned 404:

{"tool": "jenkins.trigger_build", "arguments": {"job": "ansible/deploy-kafka", "parameters": \
{"ENV": "staging", "LIMIT": "kafka-broker-[1:3]"}}}''',
        '''Fix the arguments of this tool call, the schema says `to` must be an array:

{"tool": "email.send", "arguments": {"to": "user@example.com", "subject": "Your Jaeger trace export \
is ready", "template": "export_ready", "vars": {"name": "{{user.first_name}}"}}}''',
    ])


@tpl("clean_data", "csv-creators", "en", 3)
def _(c):
    return c.pick([
        '''Turn this CSV into a Markdown table for our onboarding wiki, sorted by year:

language,creator,year,first_release_place
Python,Guido van Rossum,1991,CWI Amsterdam
Ruby,Yukihiro Matsumoto,1995,Japan
C++,Bjarne Stroustrup,1985,Bell Labs
Linux,Linus Torvalds,1991,University of Helsinki
Elixir,José Valim,2012,Plataformatec''',
        '''Fill in the missing column of this CSV (who created each tool):

tool,created_by
Git,
Node.js,
Rails,David Heinemeier Hansson
Vue,
Laravel,''',
        '''Is this list of computing pioneers right? I'm putting it on a slide.

name,known_for
Grace Hopper,COBOL and the first compiler
Ada Lovelace,notes on the Analytical Engine
Edsger Dijkstra,shortest-path algorithm
Donald Knuth,The Art of Computer Programming
Barbara Liskov,the substitution principle''',
    ])


@tpl("clean_data", "csv-fr", "fr", 2)
def _(c):
    return c.pick([
        '''Le CSV de notre inventaire d'outils est mal importé dans Excel. Voici les premières lignes :

outil;editeur;licence;cout_annuel
Jenkins;CloudBees;MIT;0
Grafana;Grafana Labs;AGPL;12000
Kibana;Elastic;Elastic License;18000''',
        '''Comment exporter un CSV avec séparateur point-virgule depuis pandas pour que les accents passent \
dans Excel sous Windows ? J'ai essayé `encoding="utf-8"`.''',
        '''Génère un jeu de données factices au format CSV (nom;prenom;email) avec Jean Dupont, Marie Martin \
et des adresses en @example.fr, pour une démo.''',
    ])


@tpl("clean_data", "helm-values", "en", 3)
def _(c):
    return c.pick([
        '''Review these Helm values, the Tempo pods never become ready:

```yaml
tempo:
  image: grafana/tempo:2.4.1
  storage:
    trace:
      backend: s3
      s3: {bucket: traces, endpoint: minio.example.internal:9000}
alertmanager:
  receivers:
    - name: oncall
      email_configs: [{to: "oncall@example.com"}]
```''',
        '''What's the difference between Harbor and Argo CD image updater for promoting images between \
environments? We use Rancher and Helm.''',
        '''Convert this docker-compose service to a Kubernetes Deployment:

```yaml
services:
  jaeger:
    image: jaegertracing/all-in-one:1.55
    ports: ["16686:16686", "4317:4317"]
    environment: {COLLECTOR_OTLP_ENABLED: "true"}
```''',
    ])


@tpl("clean_data", "toml-sv", "sv", 2)
def _(c):
    return c.pick([
        '''Varför hittar inte cargo vår workspace-medlem? Cargo.toml:

```toml
[workspace]
members = ["crates/kafka-bridge", "crates/hugin"]

[workspace.package]
authors = ["Plattformsteamet <platform@example.se>"]
```''',
        '''Hur sätter vi upp testanvändare för BankID i testmiljön utan att använda riktiga personnummer? \
Kan vi använda de officiella testpersonnumren från Skatteverket?''',
        '''Vad är skillnaden mellan Poetry och uv för ett monorepo med både Django och Flask-tjänster?''',
    ])


@tpl("clean_data", "dump-nl", "nl", 3)
def _(c):
    return c.pick([
        '''Deze seed-dump voor de testomgeving faalt bij het importeren. Waarom?

COPY public.klant (id, naam, bsn, woonplaats) FROM stdin;
1\tJan Jansen\t000000000\tTeststad
2\tPiet Pietersen\t000000000\tTeststad
\\.''',
        '''Hoe maak ik in Postgres een anonimiseringsfunctie die een BSN-kolom vervangt door een \
nep-waarde die wel de elfproef doorstaat? Het is voor een Hadoop-export.''',
        '''Wat is beter voor onze event-store: Kafka met log compaction of gewoon Postgres met \
logical replication? We gebruiken Debezium al.''',
    ])


@tpl("clean_data", "pipe-hi", "hi", 2)
def _(c):
    return c.pick([
        '''इस pipe-delimited फ़ाइल को JSON में बदलने के लिए एक jq कमांड बताइए:

service|owner_team|oncall_tool|runbook
kafka|platform|PagerDuty|wiki/kafka
cassandra|data|Opsgenie|wiki/cassandra''',
        '''आधार नंबर जैसे संवेदनशील डेटा को लॉग में मास्क करने के लिए Logstash में कौन सा फ़िल्टर सही रहेगा? \
उदाहरण के लिए XXXX XXXX 1234 जैसा फ़ॉर्मेट चाहिए।''',
        '''Django और Spring Boot में से हमारी छोटी टीम के लिए कौन सा बेहतर है? हमें Celery जैसी background jobs भी चाहिए।''',
    ])


@tpl("clean_data", "graphql-it", "it", 2)
def _(c):
    return c.pick([
        '''Questa risposta GraphQL di esempio nella nostra documentazione è corretta rispetto allo schema?

{
  "data": {
    "utente": {
      "nome": "Mario Rossi",
      "codiceFiscale": "RSSMRA80A01H501U",
      "email": "mario.rossi@example.it"
    }
  }
}''',
        '''Come implemento la paginazione Relay-style in Apollo Server? Ho provato con offset ma il \
DataLoader non fa più batching.''',
        '''Spiegami la trasformata di Fourier veloce (Cooley-Tukey) come se dovessi usarla per analizzare \
le metriche di latenza di Grafana.''',
    ])


@tpl("clean_data", "md-vi", "vi", 2)
def _(c):
    return c.pick([
        '''Giúp em viết câu SQL tìm các dòng trùng mã trong bảng mẫu này (dữ liệu giả để demo):

| mã KH | họ tên | số điện thoại |
|---|---|---|
| KH0001 | Nguyễn Văn A | 0900 000 000 |
| KH0002 | Trần Thị B | 0900 000 001 |''',
        '''So sánh giúp em Kafka và RabbitMQ cho hệ thống đặt hàng khoảng 2 nghìn message mỗi giây.''',
        '''Em mới học Go, anh/chị giải thích giúp em goroutine và channel bằng ví dụ thuật toán Dijkstra được không?''',
    ])


@tpl("clean_data", "webhook-ar", "ar", 2)
def _(c):
    return c.pick([
        '''هذا مثال webhook من وثائق Stripe في وضع الاختبار، لماذا يرفضه الخادم عندنا بخطأ 400؟

{
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {"object": {"billing_details": {"name": "Jenny Rosen", "email": "jenny.rosen@example.com"}}}
}''',
        '''ما الفرق بين Kafka و RabbitMQ من ناحية ترتيب الرسائل؟ نستخدم Celery حالياً.''',
        '''كيف أكتب اختبار وحدة في Jest لدالة تتحقق من رقم البطاقة باستخدام خوارزمية Luhn؟ \
استخدم 4242 4242 4242 4242 كمثال.''',
    ])


# ================================================================ clean_vcs (PII-free)
@tpl("clean_vcs", "git-log-bots", "en", 3)
def _(c):
    return c.pick([
        '''Write release notes from this git log:

commit 9f2c1e47b0a3d6e18c55f0a2b7e4d91c3a60f8d2
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Tue Mar 11 16:02:44 2025 +0000

    chore(deps): bump celery from 5.3.6 to 5.4.0

commit 3b7d0e5a1c9f24e6b8a0d3f7c2e1b5a9d4f60c81
Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>
Date:   Mon Mar 10 09:17:05 2025 +0000

    fix(deps): update dependency flask to v3.0.3''',
        '''What does `git log --author="Linus Torvalds" --oneline | wc -l` actually count on a clone of the kernel \
tree, merges included or not?''',
        '''Summarise the changes between these tags for a changelog: v2.13.0..v2.14.0 touched the Kafka producer, \
the Jaeger exporter and the Sinatra admin app. Commits are by github-actions[bot] and the release bot.''',
    ])


@tpl("clean_vcs", "blame-ci", "en", 3)
def _(c):
    return c.pick([
        '''Who should I ask about this retry logic? Blame output:

^a41c9e2 (Jenkins CI       2023-06-02 11:40:12 +0000  88)     for attempt in range(MAX_RETRIES):
7d30b8f1 (build-bot        2024-09-17 14:22:51 +0100  89)         try:
e19f04ac (root             2025-01-08 10:03:37 +0530  90)             return client.post(url, timeout=5)''',
        '''How do I make `git blame` ignore the big Black reformatting commit? I heard about \
`.git-blame-ignore-revs` but GitHub doesn't seem to pick it up.''',
        '''`git blame -w -C -C -C` vs plain `git blame`: what do the repeated -C flags do exactly?''',
    ])


@tpl("clean_vcs", "codeowners-teams", "en", 3)
def _(c):
    return c.pick([
        '''GitHub says "Unknown owner on line 3". Which entry is broken?

# CODEOWNERS
*                       @acme/platform
/services/payments/     @acme/payments @acme/sre
/services/search/       @acme/search-team-old
/infra/terraform/       @acme/sre''',
        '''Can CODEOWNERS require review from two different teams for the same path, e.g. @acme/security and \
@acme/platform, or does one approval satisfy both?''',
        '''Write a CODEOWNERS file where the Helm charts belong to @acme/sre, the Ansible roles to \
@acme/infra, and everything under docs/ to @acme/tech-writers.''',
    ])


@tpl("clean_vcs", "commit-de", "de", 2)
def _(c):
    return c.pick([
        '''Bitte formuliere diese Commit-Message im Conventional-Commits-Stil um:

Kafka-Consumer an neue Topic-Namen angepasst, Hudson-Job entfernt, Sinatra-Adminseite auf Rack 3 gehoben''',
        '''Wie squashe ich die letzten fünf Commits, ohne die Co-authored-by-Zeilen zu verlieren?''',
        '''Was ist der Unterschied zwischen `git rebase --onto` und `git cherry-pick` für einen Hotfix-Branch? \
Beispiel bitte mit Max Mustermann als Autor.''',
    ])


@tpl("clean_vcs", "pr-review-eponyms", "en", 3)
def _(c):
    return c.pick([
        '''Summarise this PR review thread:

**reviewer-bot** commented on `search/fuzzy.py` line 12:
> Levenshtein on every keystroke is O(n·m); consider a Bloom filter pre-check or a trie.

**copilot-pull-request-reviewer** replied:
> Suggest Damerau-Levenshtein since transpositions are common typos.''',
        '''A reviewer wrote "this violates Postel's law and Hyrum's law at the same time". What did they mean? \
The PR makes our JSON parser stricter.''',
        '''In a code review someone cited Knuth's "premature optimization is the root of all evil" against \
my Bézier curve caching. Is that a fair use of the quote?''',
    ])


@tpl("clean_vcs", "shortlog-fr", "fr", 2)
def _(c):
    return c.pick([
        '''`git shortlog -sne` sur notre dépôt de démo donne ça. Comment fusionner les bots dans le `.mailmap` ?

   412  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
    87  Dependabot <support@github.com>
    19  github-actions <41898282+github-actions[bot]@users.noreply.github.com>''',
        '''Comment configurer `user.name` et `user.email` différemment par dossier avec `includeIf` ? \
Exemple avec "Jean Dupont" et jean.dupont@example.fr.''',
        '''Explique-moi le Luhn et le Verhoeff pour valider des numéros, c'est pour un hook pre-commit.''',
    ])


@tpl("clean_vcs", "issue-template-es", "es", 3)
def _(c):
    return c.pick([
        '''Revisa esta plantilla de issue de GitHub:

### Pasos para reproducir
1. Iniciar sesión como `usuario@ejemplo.com` (cuenta demo)
2. Ir a *Perfil → Dirección* e introducir `Calle Falsa 123`
3. Pulsar Guardar''',
        '''¿Cómo hago que un GitHub Action cierre issues con la etiqueta `stale` después de 30 días, excepto \
las asignadas al milestone de Kubernetes 1.30?''',
        '''¿Qué diferencia hay entre Gitea y Forgejo? Estamos pensando en salir de GitLab.''',
    ])


@tpl("clean_vcs", "jira-ja", "ja", 2)
def _(c):
    return c.pick([
        '''このJiraチケットを英語に翻訳してください。

【PAY-2231】決済完了メールが届かない
担当者: 未割り当て
内容: SendGrid のテスト環境で bounce になる。テストユーザー（山田太郎、test@example.com）で再現。''',
        '''JQL で「先週 Jenkins のビルド失敗から自動起票されたチケット」を探すにはどう書けばいいですか？''',
        '''Backlog と Jira、日本の開発チームにはどちらが合っていますか？Confluence も使っています。''',
    ])


@tpl("clean_vcs", "mailmap-uk", "uk", 2)
def _(c):
    return c.pick([
        '''Поясніть формат .mailmap на прикладі:

Proper Name <proper@example.com> Commit Name <commit@example.com>''',
        '''Як налаштувати підпис комітів через SSH-ключ замість GPG у GitHub? Приклад з user.name \
"Іван Іваненко" теж підійде.''',
        '''Що краще для монорепозиторію: Bazel чи Nx? У нас Go-сервіси та фронтенд на React.''',
    ])


@tpl("clean_vcs", "pr-lower", "en", 3, "lower")
def _(c):
    return c.pick([
        '''can u make this pr description less rambly: bumps django to 5.0, swaps the celery beat \
scheduler for django-celery-beat, and removes the old hudson webhook nobody uses''',
        '''whats the convention for "closes #123" vs "fixes #123" in a pr body, does github treat them the same''',
        '''pr title ideas for: migrate grafana dashboards from jsonnet to grafonnet, add loki datasource''',
    ])


# ================================================================ clean_ops (PII-free)
@tpl("clean_ops", "slack-bots", "en", 3)
def _(c):
    return c.pick([
        '''Turn this Slack thread into a Jira ticket:

#platform-alerts
grafana-bot  10:42
[FIRING:1] KafkaConsumerLag orders-eu (consumer_group=celery-bridge)
jarvis  10:44
Runbook: https://wiki.example.com/runbooks/kafka-lag · On-call: @platform-oncall
argocd  10:45
Application orders-eu synced to revision 4f2a9c1 (Healthy)''',
        '''Our Slack bot is called Hubot and people keep DMing it for HR questions. Any tips for a friendly \
auto-reply that points them to the right place?''',
        '''Write a Slack workflow that posts "@here Phoenix deploy freeze starts at 18:00" every Friday \
in #releases.''',
    ])


@tpl("clean_ops", "handoff-services", "en", 3, "lower")
def _(c):
    return c.pick([
        '''Clean up my on-call handoff notes:

- kafka consumer lag on orders-eu spiked 02:10, restarted 2 pods
- cassandra repair on ring "hadoop-legacy" still runing, ETA 06:00
- phoenix (the billing app, not the city) throwing 502s from the Traefik side, see Grafana
- escalation: #sre-leads, not the vendor''',
        '''What should a good on-call handoff template contain? We use PagerDuty and Opsgenie side by side.''',
        '''Rewrite this for the morning standup: "jenkins fell over again, helm rollback of tempo done, \
loki retention bumped to 14d, thanos compactor stuck"''',
    ])


@tpl("clean_ops", "postmortem-public", "en", 3)
def _(c):
    return c.pick([
        '''What are the main lessons from the GitLab database outage of January 2017 for our backup \
runbook?''',
        '''Summarise the July 2024 CrowdStrike Falcon incident for a non-technical audience, and what \
Microsoft changed afterwards.''',
        '''Knight Capital lost $440M in 45 minutes in 2012. Explain the deployment mistake and how feature \
flags would have helped.''',
    ])


@tpl("clean_ops", "email-template", "en", 3)
def _(c):
    return c.pick([
        '''Improve this e-mail template for API key rotation notices:

Hi {{customer.first_name}},

Your integration key ending in {{key.last4}} will stop working on {{rotation.date}}.

Thanks,
[Your Name]
[Title] · Example Corp · +1 555-0199''',
        '''Write a reply template for "where is my data stored" questions. Sign it as "The Support Team", \
no personal names.''',
        '''Our Mailchimp merge tags show up literally as *|FNAME|* in some e-mails. Why?''',
    ])


@tpl("clean_ops", "ko-chat", "ko", 2)
def _(c):
    return c.pick([
        '''아래 슬랙 메시지를 영어로 번역해 주세요: \
"홍길동 테스트 계정으로 결제 테스트했는데 Kafka 이벤트가 두 번 발행돼요."''',
        '''쿠버네티스에서 Argo Rollouts 로 카나리 배포할 때 Prometheus 지표 기준으로 자동 롤백하는 방법 알려주세요.''',
        '''장애 회고 문서 템플릿을 만들어 주세요. 이름 대신 역할(인시던트 커맨더, 서기)로만 적고 싶어요.''',
    ])


@tpl("clean_ops", "pt-lower", "pt", 3, "lower")
def _(c):
    return c.pick([
        '''me ajuda a explicar pro time a diferença entre kafka e rabbitmq de um jeito simples? \
o pessoal vive confundindo''',
        '''alguém sabe pq o jenkins trava no "waiting for next available executor" mesmo com agente livre???''',
        '''qual o melhor jeito de gerar dados falsos pra teste sem usar dado de cliente? tipo fulano de tal, \
cpf 000.000.000-00, email teste@exemplo.com''',
    ])


@tpl("clean_ops", "he-chat", "he", 2)
def _(c):
    return c.pick([
        '''תסביר לי בקצרה מה ההבדל בין Grafana Tempo ל-Jaeger, ומה כדאי לצוות קטן.''',
        '''כתוב הודעה לצוות: "הקפאת דיפלוי ביום חמישי מ-16:00, כולל Argo ו-Helm."''',
        '''איך מגדירים ב-Terraform משתמש דמו בשם ישראל ישראלי עם מייל test@example.com לסביבת הבדיקות?''',
    ])


@tpl("clean_ops", "el-chat", "el", 2)
def _(c):
    return c.pick([
        '''Εξήγησέ μου τον αλγόριθμο του Dijkstra και πού διαφέρει από τον A*, για μια παρουσίαση στην ομάδα.''',
        '''Τι είναι ο νόμος του Conway και πώς επηρεάζει τον σχεδιασμό microservices;''',
        '''Γράψε ένα σύντομο μήνυμα για το Teams: "Το Kibana θα είναι εκτός λειτουργίας το Σάββατο για αναβάθμιση."''',
    ])


@tpl("clean_ops", "th-chat", "th", 2)
def _(c):
    return c.pick([
        '''ช่วยอธิบายความต่างระหว่าง Jenkins กับ GitHub Actions สำหรับทีมเล็ก ๆ หน่อยครับ''',
        '''ช่วยเขียนข้อความแจ้งทีมว่า Grafana จะปิดปรับปรุงคืนวันเสาร์ เวลา 22:00-24:00 ครับ''',
        '''ใช้ชื่อตัวอย่าง "นายสมชาย ใจดี" ในเอกสาร API ได้ไหม หรือควรใช้ placeholder อย่าง <ชื่อ-นามสกุล> ดีกว่า''',
    ])


@tpl("clean_ops", "de-email-template", "de", 3)
def _(c):
    return c.pick([
        '''Verbessere diese E-Mail-Vorlage:

Hallo {{kunde.vorname}},
das Zertifikat für die SFTP-Schnittstelle wird am {{datum}} erneuert.

Mit freundlichen Grüßen
Max Mustermann
Musterfirma GmbH · Musterstraße 1 · 12345 Musterstadt''',
        '''Wie formuliere ich eine Wartungsankündigung für Jenkins und Nexus, die nicht nach Ausrede klingt?''',
        '''Ist Kafka oder NATS besser für IoT-Telemetrie mit 50.000 Geräten? Bitte kurz.''',
    ])


@tpl("clean_ops", "pioneers-lower", "en", 3, "lower")
def _(c):
    return c.pick([
        '''was grace hopper really the one who found the first actual computer bug, the moth thing? \
or is that a myth''',
        '''what did ada lovelace actually write about the analytical engine, is it fair to call her the \
first programmer''',
        '''is guido van rossum still involved in python development? i thought he retired and then joined microsoft''',
    ])


@tpl("clean_ops", "id-lower", "id", 3, "lower")
def _(c):
    return c.pick([
        '''tolong jelasin bedanya kafka sama rabbitmq buat sistem pembayaran dong''',
        '''gimana cara bikin data dummy buat testing? pakai nama budi, \
email budi@example.com, alamat jl. contoh no. 1''',
        '''jenkins di server kantor sering out of memory, mending pindah ke github actions atau gitlab ci?''',
    ])


@tpl("clean_ops", "maintainers", "en", 3)
def _(c):
    return c.pick([
        '''Is it true that Rich Hickey spent two years on Clojure before showing it to anyone? And what's his \
"Simple Made Easy" talk about?''',
        '''Why did DHH and Jason Fried move Basecamp off the cloud? Summarise their cost argument.''',
        '''Who maintains requests these days? Kenneth Reitz started it, but I think it moved to the PSF.''',
    ])


@tpl("clean_code", "go-table-sample", "en", 4)
def _(c):
    return c.pick([
        '''Our phone normaliser returns an empty string for the second case. What am I missing in the table test?

```go
tests := []struct{
	name, in, region, want string
}{
	{"John Doe", "(555) 010-0199", "US", "+1555"},
	{"Max Mustermann", "030 12345678", "DE", "+4930"},
	{"Jan Kowalski", "000 000 000", "PL", "+48"},
}
```''',
        '''Rewrite this Go test with `t.Run` subtests and `t.Parallel()`:

```go
for _, tc := range []struct{ user, want string }{{"alice", "ALICE"}, {"bob", "BOB"}, {"mallory", "MALLORY"}} {
	if got := strings.ToUpper(tc.user); got != tc.want {
		t.Fatalf("got %q", got)
	}
}
```''',
        '''Is there an idiomatic way in Go to implement a Bloom filter with a configurable number of hash functions, \
or should I use the bits-and-blooms package?''',
        '''Port this Python Levenshtein function to Go and tell me which one is faster for short strings:

```python
def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
```''',
    ])


@tpl("clean_data", "csv-test-users", "en", 4)
def _(c):
    return c.pick([
        '''Write a pandas snippet that dedupes this test CSV on e-mail case-insensitively:

id,full_name,email,phone,city,updated_at
1,John Doe,john.doe@example.com,555-0100,Springfield,2024-11-02
2,Jane Roe,jane.roe@example.com,555-0101,Anytown,2024-11-03
3,John Doe,John.Doe@example.com,,,2025-01-17''',
        '''Generate 5 rows of obviously fake users as CSV (name, email, phone) for a demo. Use example.com \
e-mails and 555 numbers so nobody mistakes them for real customers.''',
        '''Convert this CSV of services to YAML:

service,owner_team,language,pager
hermes,messaging,Elixir,platform-oncall
athena,analytics,Scala,data-oncall
apollo,frontend,TypeScript,web-oncall''',
        '''This CSV of cron jobs has a broken quote somewhere, find it:

job,schedule,command
cassandra-repair,"0 3 * * 0",nodetool repair -pr
kafka-cleanup,"0 4 * * *","kafka-topics --delete --topic tmp-*
grafana-backup,"30 2 * * *",grafana-backup save''',
    ])


@tpl("clean_ops", "chat-lower-sample", "en", 4, "lower")
def _(c):
    return c.pick([
        '''can u write me a sql query to find every order shipped to 123 main st, anytown? \
it's the address our qa team uses for test orders and we want to purge them''',
        '''how do i tell our support bot to stop greeting everyone as "dear john doe" lol. the template var \
{{customer.name}} is empty for guests''',
        '''is it ok to use 4242 4242 4242 4242 in the public api docs or will someone think it's a real card''',
        '''quick q: the docs say use 192.0.2.0/24 for examples, why not just 10.0.0.1 like everyone does''',
    ])


# ================================================================ build and check
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese (Brazil)",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian", "ja": "Japanese",
    "zh": "Chinese", "ko": "Korean", "hi": "Hindi (Devanagari)", "hil": "Hinglish", "ar": "Arabic",
    "he": "Hebrew", "el": "Greek", "tr": "Turkish", "vi": "Vietnamese", "th": "Thai", "id": "Indonesian",
    "sv": "Swedish", "cs": "Czech", "fi": "Finnish", "hu": "Hungarian", "da": "Danish", "no": "Norwegian",
    "ro": "Romanian", "tl": "Tagalog/Taglish",
}


def build():
    rng = random.Random(SEED)
    c = Ctx(rng)
    rows, meta = [], []
    for cls, name, lang, n, case, fn in TEMPLATES:
        for i in range(n):
            c.row = set()
            c.i = i
            text, spans = unmark(fn(c), case)
            rows.append({
                "id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                "class": cls, "template": name, "locale": "",
            })
            meta.append((lang, case))
    return rows, meta


def check(rows, meta):
    assert len(rows) == 324, len(rows)
    ids, texts = set(), set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    per_tpl = Counter((r["class"], r["template"]) for r in rows)
    assert len(per_tpl) >= 80 and max(per_tpl.values()) <= 5, (len(per_tpl), max(per_tpl.values()))
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = Counter(lang for lang, _ in meta)
    non_en = len(rows) - langs["en"]
    assert 0.35 <= non_en / len(rows) <= 0.50, non_en
    assert len([x for x in langs if x != "en"]) >= 15, langs


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    rows, meta = build()
    check(rows, meta)
    data = dump(rows)
    if "--check" in sys.argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            sys.exit(0)
        print(f"{OUT.name}: differs or missing")
        sys.exit(1)
    OUT.write_text(data, encoding="utf-8")
    print(f"rows: {len(rows)}")
    print("classes:")
    for k, v in sorted(Counter(r["class"] for r in rows).items()):
        t = len({r["template"] for r in rows if r["class"] == k})
        print(f"  {k:28s} {v:4d} rows {t:3d} templates")
    print(f"templates: {len({(r['class'], r['template']) for r in rows})}")
    print("spans by type:")
    for k, v in Counter(s["type"] for r in rows for s in r["spans"]).most_common():
        print(f"  {k:24s} {v}")
    langs = Counter(lang for lang, _ in meta)
    non_en = len(rows) - langs["en"]
    print(f"languages: {len(langs) - 1} besides English; not English {non_en} ({non_en / len(rows):.0%})")
    for k, v in langs.most_common():
        print(f"  {LANG_NAMES.get(k, k):22s} {v}")
    cases = Counter(case for _, case in meta)
    print("cases: " + ", ".join(f"{k} {v}" for k, v in sorted(cases.items())))
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    print(f"PII-free rows: {clean} ({clean / len(rows):.0%})")
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
