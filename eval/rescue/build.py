#!/usr/bin/env python3
"""rescue: a hand-written check set for the PII-masking gateway.

Emergency and public-safety services and the people who deal with them: call handlers and
dispatchers, ambulance crews' admin, fire and rescue, mountain, sea and cave rescue volunteers,
coastguards, police front desks, missing-persons charities, civil protection and disaster relief,
event first aid, and the public writing to them.

Every private value (names, streets, towns' street numbers, postcodes, phones, dates of birth, ID
numbers, IBANs, card numbers, IP addresses, hospital numbers) is typed by hand below. E-mail local
parts are built from the hand-typed names. Check digits were worked out once and typed in as
literals; check() verifies them.

    python build.py           # writes holdout.jsonl and prints counts
    python build.py --check   # rebuilds in memory, runs check(), compares with the file
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 61112
SET = "rescue"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = f"eval/{SET}/build.py"
ROWS_WANTED = 324

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")


# ---------------------------------------------------------------------------------------------
# markers
# ---------------------------------------------------------------------------------------------

def mk(kind, value):
    assert kind in TYPES, kind
    assert value and value == value.strip(), repr(value)
    return f"⟦{kind}|{value}⟧"


def loc(v):
    return mk("LOCATION", v)


def tel(v):
    return mk("PHONE_NUMBER", v)


def mail(v):
    return mk("EMAIL_ADDRESS", v)


def dob(v):
    return mk("DATE_OF_BIRTH", v)


def nid(v):
    return mk("NATIONAL_ID", v)


def ssn(v):
    return mk("US_SSN", v)


def iban(v):
    return mk("IBAN_CODE", v)


def card(v):
    return mk("CREDIT_CARD", v)


def ipa(v):
    return mk("IP_ADDRESS", v)


def mrn(v):
    return mk("MEDICAL_RECORD_NUMBER", v)


def per(v):
    return mk("PERSON", v)


def unmark(marked):
    """Split a marked text into (piece, type-or-None) segments."""
    segs = []
    pos = 0
    for m in MARK.finditer(marked):
        if m.start() > pos:
            segs.append((marked[pos:m.start()], None))
        segs.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(marked):
        segs.append((marked[pos:], None))
    return segs


def render(marked, case=None):
    """Text and spans from a marked text; lower case and CAPITALS are applied piece by piece."""
    text, spans, off = [], [], 0
    for piece, kind in unmark(marked):
        if case == "lower":
            piece = piece.lower()
        elif case == "upper":
            piece = piece.upper()
        if kind:
            spans.append({"start": off, "end": off + len(piece), "type": kind, "value": piece})
        text.append(piece)
        off += len(piece)
    return "".join(text), spans


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------

class Person:
    """A private person typed by hand. order: gf (given family), fg (family given, spaced),
    cjk (family+given, unspaced). latin: ASCII given/family for e-mail local parts."""

    def __init__(self, given, family, sex, tag, order="gf", latin=None, patro=None, call=None):
        self.given, self.family, self.sex, self.tag, self.order = given, family, sex, tag, order
        self.latin = latin
        self.patro = patro
        self.call = call or given

    @property
    def full(self):
        if self.order == "cjk":
            return self.family + self.given
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def official(self):
        """Family name first, with patronymic where there is one (Russian, Ukrainian forms)."""
        if self.patro:
            return f"{self.family} {self.given} {self.patro}"
        if self.order == "cjk":
            return self.family + self.given
        return f"{self.family} {self.given}"

    def key(self):
        return (self.given, self.family)


FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
                      "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "'": "", "’": "", "-": "",
                      " ": ""})


def ascii_fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def latin_parts(p):
    if p.latin:
        return p.latin
    return ascii_fold(p.given.split()[0]), ascii_fold(p.family.split()[-1] if p.order == "gf" else p.family)


def N(p):
    return per(p.full)


def G(p):
    return per(p.call)


def F(p):
    return per(p.family)


def OFF(p):
    return per(p.official)


# World pool: Latin-script names for prompts written in English (and quoted in other languages).
W = [
    Person("Hope", "Adeyemi", "f", "Yoruba"),
    Person("Faith", "Okonjo", "f", "Igbo"),
    Person("Chidi", "Nwachukwu", "m", "Igbo"),
    Person("Abena", "Mensah", "f", "Akan"),
    Person("Kwame", "Asante", "m", "Akan"),
    Person("Wanjiru", "Kamau", "f", "Kikuyu"),
    Person("Otieno", "Odhiambo", "m", "Luo"),
    Person("Thandiwe", "Dlamini", "f", "Zulu"),
    Person("Pieter", "van der Merwe", "m", "Afrikaans"),
    Person("Hodan", "Warsame", "f", "Somali"),
    Person("Tesfaye", "Bekele", "m", "Amharic"),
    Person("Amara", "Diallo", "f", "Fula"),
    Person("Moussa", "Ndiaye", "m", "Wolof"),
    Person("Joseph", "Kamara", "m", "Sierra Leonean"),
    Person("Aroha", "Ngata", "f", "Māori"),
    Person("Sione", "Taufa", "m", "Tongan"),
    Person("Mele", "Fonoti", "f", "Samoan"),
    Person("Kalani", "Akana", "m", "Hawaiian"),
    Person("Rose", "Baker", "f", "English"),
    Person("Hope", "Fielding", "f", "English"),
    Person("Harriet", "Wolf", "f", "English"),
    Person("Ivy", "Chambers", "f", "English"),
    Person("Frank", "Mason", "m", "English"),
    Person("Amber", "Stone", "f", "English"),
    Person("Bill", "Fisher", "m", "English"),
    Person("Lily", "Gardner", "f", "English"),
    Person("Chris", "Evans", "m", "Welsh"),
    Person("James", "Cook", "m", "English"),
    Person("Michael", "Collins", "m", "Irish"),
    Person("Rowan", "Hill", "m", "Scottish"),
    Person("Angus", "Matheson", "m", "Scottish"),
    Person("Eilidh", "Mackinnon", "f", "Scottish Gaelic"),
    Person("Finlay", "Munro", "m", "Scottish"),
    Person("Siobhán", "Ní Cheallaigh", "f", "Irish"),
    Person("Cormac", "Ó Briain", "m", "Irish"),
    Person("Saoirse", "Gallagher", "f", "Irish"),
    Person("Gethin", "Pritchard", "m", "Welsh"),
    Person("Cerys", "Vaughan", "f", "Welsh"),
    Person("Priya", "Raghunathan", "f", "Tamil"),
    Person("Arjun", "Mehta", "m", "Gujarati"),
    Person("Sunny", "Patel", "m", "Gujarati"),
    Person("Harpreet", "Kaur Dhillon", "f", "Punjabi"),
    Person("Gurdeep", "Singh Bains", "m", "Punjabi"),
    Person("Nusrat", "Jahan Talukder", "f", "Bengali"),
    Person("Imran", "Qureshi", "m", "Urdu"),
    Person("Ayesha", "Siddiqui", "f", "Urdu"),
    Person("Anjali", "Nair", "f", "Malayali"),
    Person("Fatima Zahra", "El Idrissi", "f", "Moroccan"),
    Person("Youssef", "Haddad", "m", "Lebanese"),
    Person("Layla", "Al-Amin", "f", "Iraqi"),
    Person("Hamza", "Benali", "m", "Algerian"),
    Person("Reza", "Tavakoli", "m", "Persian"),
    Person("Shira", "Ben-Ami", "f", "Israeli"),
    Person("Kemal", "Aydın", "m", "Turkish"),
    Person("Zeynep", "Arslan", "f", "Turkish"),
    Person("Thị Lan", "Nguyễn", "f", "Vietnamese", order="fg", latin=("lan", "nguyen"), call="Lan"),
    Person("Minh Quân", "Trần", "m", "Vietnamese", order="fg", latin=("quan", "tran"), call="Quân"),
    Person("Wei", "Li", "m", "Chinese", order="fg"),
    Person("Yu-ting", "Chen", "f", "Taiwanese", order="fg", latin=("yuting", "chen")),
    Person("Ka-ho", "Wong", "m", "Cantonese", order="fg", latin=("kaho", "wong")),
    Person("Haruto", "Tanaka", "m", "Japanese", order="fg"),
    Person("Yui", "Sato", "f", "Japanese"),
    Person("Ji-woo", "Park", "f", "Korean", order="fg", latin=("jiwoo", "park")),
    Person("Rowena", "Bautista", "f", "Filipino"),
    Person("Nurul Aisyah", "binti Hassan", "f", "Malay", latin=("nurul", "hassan")),
    Person("Putu Ayu", "Lestari", "f", "Balinese"),
    Person("Mateo", "Quispe Huamán", "m", "Quechua", latin=("mateo", "quispe")),
    Person("Camila", "Londoño", "f", "Colombian"),
    Person("Diego", "Fernández Ruiz", "m", "Spanish", latin=("diego", "fernandez")),
    Person("João Pedro", "Carvalho", "m", "Brazilian"),
    Person("Inês", "Figueiredo", "f", "Portuguese"),
    Person("Élodie", "Marchand", "f", "French"),
    Person("Mathieu", "Lefort", "m", "Québécois"),
    Person("Jan-Hendrik", "de Vries", "m", "Dutch", latin=("janhendrik", "devries")),
    Person("Sanne", "Bakker", "f", "Dutch"),
    Person("Lukas", "Brandstätter", "m", "Austrian"),
    Person("Annika", "Vogel", "f", "German"),
    Person("Søren", "Kjeldsen", "m", "Danish"),
    Person("Ingrid", "Solberg", "f", "Norwegian"),
    Person("Linnea", "Åberg", "f", "Swedish"),
    Person("Aino", "Heikkinen", "f", "Finnish"),
    Person("Katarzyna", "Wiśniewska", "f", "Polish"),
    Person("Tomasz", "Zieliński", "m", "Polish"),
    Person("Veronika", "Dvořáková", "f", "Czech"),
    Person("Bence", "Szilágyi", "m", "Hungarian"),
    Person("Ioana", "Munteanu", "f", "Romanian"),
    Person("Nikos", "Papadakis", "m", "Greek"),
    Person("Dragana", "Petrović", "f", "Serbian"),
    Person("Olena", "Kovalchuk", "f", "Ukrainian"),
    Person("Alexei", "Morozov", "m", "Russian"),
    Person("Giulia", "Ferraro", "f", "Italian"),
    Person("Salvatore", "Lo Bianco", "m", "Sicilian", latin=("salvatore", "lobianco")),
    Person("Jayden", "Morgan-Clarke", "m", "Jamaican British", latin=("jayden", "morganclarke")),
    Person("DeShawn", "Mitchell", "m", "African American"),
    Person("Mohammed", "Al-Farsi", "m", "Omani", latin=("mohammed", "alfarsi")),
    Person("Tariq", "Jaber", "m", "Jordanian"),
]

# Pools for prompts written in other languages, in their own script and spelling.
POOLS = {
    "w": W,
    "de": [
        Person("Jonas", "Riedl", "m", "Bavarian"),
        Person("Franziska", "Huber", "f", "Bavarian"),
        Person("Sabine", "Wolff", "f", "German"),
        Person("Mehmet", "Demir", "m", "Turkish German"),
        Person("Klaus-Dieter", "Brandl", "m", "German"),
        Person("Lea", "Zimmermann", "f", "German"),
        Person("Maximilian", "Gruber", "m", "Austrian"),
        Person("Anja", "Kessler", "f", "German"),
        Person("Jörg", "Schäfer", "m", "German"),
        Person("Natalia", "Becker", "f", "Russian German"),
    ],
    "fr": [
        Person("Amandine", "Girard", "f", "French"),
        Person("Sébastien", "Roux", "m", "French"),
        Person("Nadia", "Benkirane", "f", "Moroccan French"),
        Person("Yannick", "Le Bihan", "m", "Breton"),
        Person("Aurélie", "Fontaine", "f", "French"),
        Person("Thierry", "Dumas", "m", "French"),
        Person("Fatou", "Sow", "f", "Senegalese French"),
        Person("Gaëlle", "Morvan", "f", "Breton"),
        Person("Laurent", "Vandenbroeck", "m", "Belgian"),
    ],
    "es": [
        Person("Iñigo", "Etxeberria", "m", "Basque"),
        Person("Montserrat", "Puig Soler", "f", "Catalan"),
        Person("Rocío", "Jiménez Castro", "f", "Andalusian"),
        Person("Álvaro", "Navarro", "m", "Spanish"),
        Person("Xosé Manuel", "Otero", "m", "Galician"),
        Person("Carmen", "Delgado", "f", "Spanish"),
        Person("Javier", "Ruiz de la Fuente", "m", "Spanish", latin=("javier", "ruizdelafuente")),
        Person("Nerea", "Goikoetxea", "f", "Basque"),
    ],
    "mx": [
        Person("Guadalupe", "Ramírez", "f", "Mexican"),
        Person("Xóchitl", "Hernández Cruz", "f", "Nahua Mexican", latin=("xochitl", "hernandez")),
        Person("Jesús Alberto", "Pérez Ochoa", "m", "Mexican", latin=("jesus", "perez")),
        Person("Valentina", "Sepúlveda", "f", "Chilean"),
        Person("Facundo", "Giménez", "m", "Argentine"),
    ],
    "it": [
        Person("Chiara", "Bellandi", "f", "Ligurian"),
        Person("Lorenzo", "Gatti", "m", "Tuscan"),
        Person("Giuseppina", "Esposito", "f", "Neapolitan"),
        Person("Matteo", "Colombo", "m", "Lombard"),
        Person("Rosaria", "D'Amico", "f", "Sicilian", latin=("rosaria", "damico")),
        Person("Alessandro", "De Luca", "m", "Italian", latin=("alessandro", "deluca")),
        Person("Francesca", "Rinaldi", "f", "Italian"),
    ],
    "pt": [
        Person("Joana", "Sousa Ferreira", "f", "Portuguese", latin=("joana", "ferreira")),
        Person("Rui", "Mendes", "m", "Portuguese"),
        Person("Filipa", "Cardoso", "f", "Portuguese"),
        Person("Tiago", "Rebelo", "m", "Portuguese"),
    ],
    "br": [
        Person("Thiago", "Nascimento", "m", "Brazilian"),
        Person("Luana", "Ferreira dos Santos", "f", "Brazilian", latin=("luana", "santos")),
        Person("Raimundo Nonato", "Sousa", "m", "Brazilian (Nordeste)"),
        Person("Jaqueline", "Oliveira", "f", "Brazilian"),
        Person("Cleiton", "Araújo", "m", "Brazilian"),
    ],
    "nl": [
        Person("Daan", "Visser", "m", "Dutch"),
        Person("Femke", "Jansen", "f", "Dutch"),
        Person("Bram", "van Leeuwen", "m", "Dutch", latin=("bram", "vanleeuwen")),
        Person("Yasmina", "Ouali", "f", "Moroccan Dutch"),
        Person("Sietske", "de Boer", "f", "Frisian", latin=("sietske", "deboer")),
        Person("Ruud", "Mulder", "m", "Dutch"),
    ],
    "pl": [
        Person("Agnieszka", "Kowalczyk", "f", "Polish"),
        Person("Paweł", "Nowicki", "m", "Polish"),
        Person("Zofia", "Grabowska", "f", "Polish"),
        Person("Krzysztof", "Lis", "m", "Polish"),
        Person("Małgorzata", "Kaczmarek", "f", "Polish"),
        Person("Wojciech", "Gąsienica", "m", "Podhale"),
    ],
    "cs": [
        Person("Lucie", "Procházková", "f", "Czech"),
        Person("Tomáš", "Kučera", "m", "Czech"),
        Person("Jiří", "Malý", "m", "Czech"),
        Person("Eva", "Veselá", "f", "Czech"),
    ],
    "sv": [
        Person("Erik", "Lindqvist", "m", "Swedish"),
        Person("Maja", "Holmberg", "f", "Swedish"),
        Person("Astrid", "Nyström", "f", "Swedish"),
        Person("Abdirahman", "Yusuf", "m", "Somali Swedish"),
    ],
    "no": [
        Person("Hanne", "Bakken", "f", "Norwegian"),
        Person("Eirik", "Haugland", "m", "Norwegian"),
        Person("Sigrid", "Lunde", "f", "Norwegian"),
        Person("Tor Arne", "Myklebust", "m", "Norwegian"),
        Person("Áile", "Somby", "f", "Sámi"),
    ],
    "da": [
        Person("Rasmus", "Holm", "m", "Danish"),
        Person("Signe", "Thomsen", "f", "Danish"),
        Person("Karen", "Dahl", "f", "Danish"),
        Person("Freja", "Mortensen", "f", "Danish"),
        Person("Mads", "Nørgaard", "m", "Danish"),
    ],
    "fi": [
        Person("Jari", "Korhonen", "m", "Finnish"),
        Person("Sanna", "Virtanen", "f", "Finnish"),
        Person("Eveliina", "Lahti", "f", "Finnish"),
        Person("Mikko", "Salminen", "m", "Finnish"),
    ],
    "hu": [
        Person("Zsófia", "Tóth", "f", "Hungarian", order="fg"),
        Person("Gábor", "Kiss", "m", "Hungarian", order="fg"),
        Person("Levente", "Varga", "m", "Hungarian", order="fg"),
    ],
    "ro": [
        Person("Mihaela", "Dobre", "f", "Romanian"),
        Person("Andrei", "Popescu", "m", "Romanian"),
        Person("Florin", "Stanciu", "m", "Romanian"),
        Person("Elena", "Vasilescu", "f", "Romanian"),
    ],
    "tr": [
        Person("Emine", "Korkmaz", "f", "Turkish"),
        Person("Hüseyin", "Kaya", "m", "Turkish"),
        Person("Elif", "Şimşek", "f", "Turkish"),
        Person("Burak", "Öztürk", "m", "Turkish"),
        Person("Gülsüm", "Aksoy", "f", "Turkish"),
        Person("Rojhat", "Demirtaş", "m", "Kurdish"),
    ],
    "el": [
        Person("Γεωργία", "Παπαδοπούλου", "f", "Greek", latin=("georgia", "papadopoulou")),
        Person("Κώστας", "Μαυρίδης", "m", "Greek", latin=("kostas", "mavridis")),
        Person("Ελένη", "Σταθοπούλου", "f", "Greek", latin=("eleni", "stathopoulou")),
        Person("Δημήτρης", "Καραγιάννης", "m", "Greek", latin=("dimitris", "karagiannis")),
    ],
    "ru": [
        Person("Татьяна", "Белова", "f", "Russian", latin=("tatiana", "belova"), patro="Викторовна"),
        Person("Сергей", "Кузнецов", "m", "Russian", latin=("sergey", "kuznetsov"), patro="Павлович"),
        Person("Ирина", "Волкова", "f", "Russian", latin=("irina", "volkova"), patro="Андреевна"),
        Person("Андрей", "Смирнов", "m", "Russian", latin=("andrey", "smirnov"), patro="Олегович"),
        Person("Айгуль", "Сафина", "f", "Tatar", latin=("aigul", "safina"), patro="Ринатовна"),
    ],
    "uk": [
        Person("Олена", "Ткаченко", "f", "Ukrainian", latin=("olena", "tkachenko"), patro="Іванівна"),
        Person("Богдан", "Мельник", "m", "Ukrainian", latin=("bohdan", "melnyk"), patro="Ярославович"),
        Person("Наталія", "Бондар", "f", "Ukrainian", latin=("nataliia", "bondar"), patro="Петрівна"),
        Person("Ярослав", "Гнатюк", "m", "Ukrainian", latin=("yaroslav", "hnatiuk"), patro="Михайлович"),
    ],
    "ar": [
        Person("أحمد", "عبد الله المصري", "m", "Egyptian", latin=("ahmed", "elmasry")),
        Person("فاطمة الزهراء", "بنعلي", "f", "Moroccan", latin=("fatimazahra", "benali")),
        Person("خالد", "الحربي", "m", "Saudi", latin=("khaled", "alharbi")),
        Person("مريم", "حداد", "f", "Lebanese", latin=("mariam", "haddad")),
        Person("عمر", "النابلسي", "m", "Jordanian", latin=("omar", "nabulsi")),
    ],
    "he": [
        Person("נועה", "לוי", "f", "Israeli", latin=("noa", "levi")),
        Person("יוסי", "אברהם", "m", "Israeli", latin=("yossi", "avraham")),
        Person("תמר", "כהן", "f", "Israeli", latin=("tamar", "cohen")),
        Person("אבי", "מזרחי", "m", "Mizrahi", latin=("avi", "mizrahi")),
    ],
    "zh": [
        Person("秀英", "王", "f", "Chinese", order="cjk", latin=("xiuying", "wang")),
        Person("建国", "李", "m", "Chinese", order="cjk", latin=("jianguo", "li")),
        Person("丽华", "张", "f", "Chinese", order="cjk", latin=("lihua", "zhang")),
        Person("志强", "陈", "m", "Chinese", order="cjk", latin=("zhiqiang", "chen")),
        Person("芳", "刘", "f", "Chinese", order="cjk", latin=("fang", "liu")),
    ],
    "ja": [
        Person("美咲", "佐藤", "f", "Japanese", order="cjk", latin=("misaki", "sato")),
        Person("健太", "高橋", "m", "Japanese", order="cjk", latin=("kenta", "takahashi")),
        Person("陽斗", "伊藤", "m", "Japanese", order="cjk", latin=("haruto", "ito")),
        Person("彩", "中村", "f", "Japanese", order="cjk", latin=("aya", "nakamura")),
        Person("翔太", "渡辺", "m", "Japanese", order="cjk", latin=("shota", "watanabe")),
    ],
    "ko": [
        Person("민지", "김", "f", "Korean", order="cjk", latin=("minji", "kim")),
        Person("준호", "이", "m", "Korean", order="cjk", latin=("junho", "lee")),
        Person("서연", "박", "f", "Korean", order="cjk", latin=("seoyeon", "park")),
        Person("동현", "최", "m", "Korean", order="cjk", latin=("donghyun", "choi")),
    ],
    "hi": [
        Person("सुनीता", "शर्मा", "f", "Hindi", latin=("sunita", "sharma")),
        Person("राजेश कुमार", "यादव", "m", "Hindi", latin=("rajesh", "yadav")),
        Person("प्रिया", "वर्मा", "f", "Hindi", latin=("priya", "verma")),
        Person("अमित", "सिंह", "m", "Hindi", latin=("amit", "singh")),
    ],
    "th": [
        Person("ประเสริฐ", "วงศ์สวัสดิ์", "m", "Thai", latin=("prasert", "wongsawat")),
        Person("มาลัย", "ศรีสุข", "f", "Thai", latin=("malai", "srisuk")),
        Person("อรุณี", "ทองดี", "f", "Thai", latin=("arunee", "thongdee")),
        Person("ณัฐพล", "แก้วมณี", "m", "Thai", latin=("nattapon", "kaewmanee")),
    ],
    "vi": [
        Person("Thị Hồng Nhung", "Nguyễn", "f", "Vietnamese", order="fg", latin=("nhung", "nguyen"), call="Nhung"),
        Person("Văn Toàn", "Phạm", "m", "Vietnamese", order="fg", latin=("toan", "pham"), call="Toàn"),
        Person("Thị Thu Trang", "Lê", "f", "Vietnamese", order="fg", latin=("trang", "le"), call="Trang"),
        Person("Quang Huy", "Đỗ", "m", "Vietnamese", order="fg", latin=("huy", "do"), call="Huy"),
    ],
    "id": [
        Person("Siti", "Rahmawati", "f", "Javanese"),
        Person("Agus", "Setiawan", "m", "Sundanese"),
        Person("Dewi Kartika", "Sari", "f", "Indonesian"),
        Person("I Made", "Suarta", "m", "Balinese", latin=("made", "suarta")),
        Person("Baiq", "Nurhasanah", "f", "Sasak"),
    ],
    "tl": [
        Person("Ligaya", "Manalo", "f", "Tagalog"),
        Person("Rodel", "Pascual", "m", "Tagalog"),
        Person("Jennalyn", "Mercado", "f", "Kapampangan"),
        Person("Ernesto", "Dimaculangan", "m", "Batangueño"),
    ],
}


# ---------------------------------------------------------------------------------------------
# addresses: real small towns; street numbers, postcodes' last parts and phones made up by hand
# ---------------------------------------------------------------------------------------------

LAYOUT = {
    "GB": "{u}, {s}\n{t}\n{r}\n{p}",
    "IE": "{u}, {s}\n{t}\n{r}\n{p}",
    "US": "{s}, {u}\n{t}, {r} {p}",
    "CA": "{s}, {u}\n{t} {r} {p}",
    "AU": "{u}, {s}\n{t} {r} {p}",
    "NZ": "{s}\n{t} {p}",
    "DE": "{s}\n{p} {t}",
    "AT": "{s}\n{p} {t}",
    "CH": "{s}\n{p} {t}",
    "FR": "{s}\n{p} {t}",
    "BE": "{s}\n{p} {t}",
    "ES": "{s}, {u}\n{p} {t} ({r})",
    "PT": "{s}, {u}\n{p} {t}",
    "IT": "{s}\n{p} {t} ({r})",
    "NL": "{s}\n{p} {t}",
    "PL": "{s}\n{p} {t}",
    "CZ": "{s}\n{p} {t}",
    "SE": "{s}\n{p} {t}",
    "NO": "{s}\n{p} {t}",
    "DK": "{s}, {u}\n{p} {t}",
    "FI": "{s}\n{p} {t}",
    "IS": "{s}\n{p} {t}",
    "GR": "{s}\n{p} {t}",
    "HR": "{s}\n{p} {t}",
    "TR": "{s} {u}\n{p} {t}/{r}",
    "RU": "{s}, {u}\n{tpre}{t}\n{r}\n{p}",
    "UA": "{s}, {u}\n{tpre}{t}\n{r}\n{p}",
    "IL": "{s}\n{t} {p}",
    "JP": "〒{p}\n{r}{t}{s}{u}",
    "KR": "({p}) {r} {t} {s}, {u}",
    "CN": "{r}{t}{s}{u}，邮编{p}",
    "IN": "{s}\n{t}, {r} {p}",
    "TH": "{s} ต.{u} อ.{t} จ.{r} {p}",
    "VN": "{s}, {tpre}{t}, tỉnh {r}",
    "ID": "{s}, {u}\n{tpre}{t}, Kab. {r} {p}",
    "PH": "{s}, Brgy. {u}\n{t}, {r} {p}",
    "BR": "{s}\n{t} - {r}\nCEP {p}",
    "MX": "{s}, {u}\nC.P. {p}, {t}, {r}",
    "AR": "{s}\n{p} {t}, {r}",
    "CL": "{s}\n{t}, {r}",
    "ZA": "{s}\n{t}\n{r}\n{p}",
    "KE": "{s} - {p}\n{t}",
    "RO": "{s}\n{p} {t}, jud. {r}",
    "HU": "{p} {t}\n{s}",
}
TIGHT = {"JP", "CN"}


class Addr:
    def __init__(self, cc, s, t, p=None, r=None, u=None, tel=None, tpre=""):
        self.cc, self.s, self.t, self.p, self.r, self.u, self.tel, self.tpre = cc, s, t, p, r, u, tel, tpre

    def key(self):
        return (self.cc, self.s, self.t)

    def lines(self):
        out = []
        for line in LAYOUT[self.cc].split("\n"):
            line = line.replace("{tpre}", self.tpre)
            for f in "usptr":
                v = getattr(self, f)
                if v:
                    line = line.replace("{" + f + "}", loc(v))
                else:
                    line = re.sub(r"(, |/| - | )?\{" + f + r"\}", "", line)
                    line = re.sub(r"\{" + f + r"\}(, | )?", "", line)
            line = line.strip().strip(",").strip()
            if line.replace("()", "").strip():
                out.append(line)
        return out

    def block(self):
        return "\n".join(self.lines())

    def line(self):
        return ("" if self.cc in TIGHT else " " if self.cc == "KR" else ", ").join(self.lines())

    def town(self):
        return loc(self.t)

    def street(self):
        return loc(self.s)

    def pc(self):
        return loc(self.p)

    def region(self):
        return loc(self.r)

    def unit(self):
        return loc(self.u)


ADDRS = [
    Addr("GB", "14 Beaufort Street", "Crickhowell", "NP8 1AD", tel="01873 810 442"),
    Addr("GB", "22 Shore Street", "Ullapool", "IV26 2UJ", u="Flat 3", tel="07824 310 552"),
    Addr("GB", "7 Lake Road", "Keswick", "CA12 5BS", r="Cumbria", tel="017687 72941"),
    Addr("GB", "31 Main Street", "Tobermory", "PA75 6NT", r="Isle of Mull", tel="07519 442 087"),
    Addr("GB", "5 Castle Square", "Ludlow", "SY8 1AS", r="Shropshire", tel="01584 873 662"),
    Addr("GB", "28 Church Street", "Whitby", "YO22 4AE", tel="07956 218 430"),
    Addr("GB", "41 High Street", "Llanberis", "LL55 4EN", r="Gwynedd", tel="01286 871 259"),
    Addr("GB", "9 Bank Street", "Fort William", "PH33 6AB", u="Flat 1/2", tel="07712 483 905"),
    Addr("GB", "2 Fore Street", "St Ives", "TR26 1AB", r="Cornwall", tel="07488 201 367"),
    Addr("GB", "63 Wellington Road", "Hexham", "NE46 2LT", tel="01434 605 218"),
    Addr("GB", "8 Harbour Road", "Anstruther", "KY10 3HL", r="Fife", tel="01333 310 827"),
    Addr("GB", "19 Lake Road", "Ambleside", "LA22 0DB", tel="015394 33 618"),
    Addr("GB", "3 Quay Street", "Padstow", "PL28 8AF", r="Cornwall", u="Flat 2", tel="07451 620 883"),
    Addr("GB", "27 Market Place", "Kirkby Stephen", "CA17 4QT", tel="017683 71 904"),
    Addr("GB", "11 Station Road", "Aviemore", "PH22 1PD", tel="07802 517 346"),
    Addr("GB", "6 Bridge Street", "Betws-y-Coed", "LL24 0BN", r="Conwy", tel="01690 710 528"),
    Addr("GB", "45 Fore Street", "Salcombe", "TQ8 8JE", r="Devon", tel="07934 118 502"),
    Addr("GB", "2 Seaview Terrace", "Lerwick", "ZE1 0LL", r="Shetland", tel="01595 692 147"),
    Addr("GB", "30 Castle Street", "Brecon", "LD3 9DB", u="Flat 4", tel="07368 402 915"),
    Addr("GB", "12 Hope Street", "Castleton", "S33 8WH", r="Derbyshire", tel="01433 620 377"),
    Addr("GB", "9 Esplanade", "Tenby", "SA70 7DU", r="Pembrokeshire", tel="07790 384 126"),
    Addr("GB", "54 High Street", "Glencoe", "PH49 4HS", tel="01855 811 230"),
    Addr("GB", "16 Marine Parade", "Lyme Regis", "DT7 3JF", r="Dorset", tel="01297 445 208"),
    Addr("GB", "4 Kiln Lane", "Hawes", "DL8 3RA", r="North Yorkshire", tel="07441 093 257"),
    Addr("GB", "71 Mostyn Street", "Llandudno", "LL30 2NN", u="Flat 6", tel="07917 228 604"),
    Addr("GB", "13 Harbour Street", "Plockton", "IV52 8TN", tel="01599 544 318"),
    Addr("GB", "25 Bridge Street", "Berwick-upon-Tweed", "TD15 1AQ", tel="07585 661 920"),
    Addr("GB", "8 Chapel Row", "Mousehole", "TR19 6SB", r="Cornwall", tel="01736 731 562"),
    Addr("GB", "36 Victoria Road", "Dartmouth", "TQ6 9SB", tel="07860 344 719"),
    Addr("GB", "1 Mill Wynd", "Pitlochry", "PH16 5BP", r="Perthshire", tel="01796 472 083"),
    Addr("IE", "Main Street", "Kenmare", "V93 R2X4", r="Co. Kerry", tel="087 663 0951"),
    Addr("IE", "7 Quay Street", "Achill Sound", "F28 K7W1", r="Co. Mayo", tel="086 812 4470"),
    Addr("IE", "22 The Square", "Dungarvan", "X35 YD79", r="Co. Waterford", u="Apt 5", tel="058 41 266"),
    Addr("US", "31 Main St", "Stowe", "05672", r="VT", tel="(802) 253-4417"),
    Addr("US", "1120 Spruce St", "Sitka", "99835", r="AK", u="Unit B", tel="(907) 747-3306"),
    Addr("AU", "4 Wharf Street", "Strahan", "7468", r="TAS", tel="0418 302 771"),
    Addr("AU", "88 Main Road", "Hahndorf", "5245", r="SA", tel="(08) 8388 1947"),
    Addr("NZ", "9 Lakefront Drive", "Te Anau", "9600", tel="027 881 0342"),
    Addr("CA", "77 Water St", "Twillingate", "A0G 4M0", r="NL", tel="(709) 884-2217"),
    Addr("IE", "Church Street", "Cahersiveen", "V23 F6X2", r="Co. Kerry", tel="087 214 6630"),
    Addr("IE", "4 Market Street", "Clifden", "H71 WP63", r="Co. Galway", tel="086 331 2094"),
    Addr("IE", "12 Pearse Street", "Kinsale", "P17 KT26", r="Co. Cork", u="Apt 2", tel="085 744 1903"),
    Addr("US", "208 State St", "Fort Davis", "79734", r="TX", tel="(432) 426-3318"),
    Addr("US", "1415 E Sheridan St", "Ely", "55731", r="MN", u="Apt 2", tel="(218) 365-4107"),
    Addr("US", "630 Big Thompson Ave", "Estes Park", "80517", r="CO", tel="(970) 586-2294"),
    Addr("US", "47 Cottage St", "Bar Harbor", "04609", r="ME", tel="(207) 288-5530"),
    Addr("US", "1218 Greene St", "Silverton", "81433", r="CO", tel="(970) 387-4412"),
    Addr("CA", "341 Campbell St", "Tofino", "V0R 2Z0", r="BC", tel="(250) 725-4417"),
    Addr("CA", "18 Chebucto St", "Baddeck", "B0E 1B0", r="NS", tel="(902) 295-3186"),
    Addr("AU", "12 Hollonds Street", "Mount Beauty", "3699", r="VIC", tel="0412 558 203"),
    Addr("AU", "27 Lurline Street", "Katoomba", "2780", r="NSW", u="Unit 4", tel="(02) 4782 6613"),
    Addr("NZ", "56 Ardmore Street", "Wanaka", "9305", tel="021 384 1172"),
    Addr("NZ", "18 Cron Street", "Franz Josef", "7886", tel="027 619 4450"),
    Addr("DE", "Nebelhornstraße 14", "Oberstdorf", "87561", tel="08322 976314"),
    Addr("DE", "Bahnhofstraße 7", "Garmisch-Partenkirchen", "82467", tel="0171 4829365"),
    Addr("DE", "Am Kalvarienberg 3", "Bad Tölz", "83646", tel="0152 21844970"),
    Addr("DE", "Strandstraße 22", "Sylt", "25980", tel="04651 832291"),
    Addr("AT", "Seestraße 112", "Hallstatt", "4830", tel="0664 381 2259"),
    Addr("AT", "Dorf 41", "Lech", "6764", tel="0676 914 22 07"),
    Addr("CH", "Hofmattstrasse 9", "Zermatt", "3920", tel="079 412 38 51"),
    Addr("CH", "Dorfstrasse 118", "Grindelwald", "3818", tel="033 853 21 90"),
    Addr("FR", "112 rue Joseph Vallot", "Chamonix-Mont-Blanc", "74400", tel="06 41 28 73 90"),
    Addr("FR", "14 rue Saint-Pierre", "Banyuls-sur-Mer", "66650", tel="04 68 88 17 40"),
    Addr("FR", "3 rue Guy de Maupassant", "Étretat", "76790", tel="07 82 14 59 63"),
    Addr("FR", "18 quai Jean Bart", "Camaret-sur-Mer", "29570", tel="06 72 30 18 44"),
    Addr("BE", "Rue de la Prévôté 9", "Durbuy", "6940", tel="0472 31 84 09"),
    Addr("ES", "Calle Emilio Laria, 6", "Cangas de Onís", "33550", r="Asturias", u="2º A", tel="612 48 39 07"),
    Addr("ES", "Avenida de Francia, 21", "Jaca", "22700", r="Huesca", u="3º D", tel="974 36 12 88"),
    Addr("ES", "Carrer de la Riera, 9", "Cadaqués", "17488", r="Girona", tel="689 204 115"),
    Addr("PT", "Rua Mouzinho de Albuquerque, 45", "Nazaré", "2450-116", u="2.º Esq.", tel="912 384 607"),
    Addr("PT", "Largo do Pelourinho, 3", "Monsanto", "6060-091", tel="277 314 298"),
    Addr("IT", "Via della Repubblica 18", "Camogli", "16032", r="GE", tel="347 218 5590"),
    Addr("IT", "Corso Italia 77", "Cortina d'Ampezzo", "32043", r="BL", tel="0436 862147"),
    Addr("IT", "Strada del Villair 12", "Courmayeur", "11013", r="AO", tel="339 704 1182"),
    Addr("NL", "Torenstraat 17", "West-Terschelling", "8881 BH", tel="06-41827359"),
    Addr("NL", "Binnenpad 48", "Giethoorn", "8355 BT", tel="0521 361472"),
    Addr("PL", "ul. Kościeliska 23", "Zakopane", "34-500", tel="601 482 937"),
    Addr("PL", "ul. Konstytucji 3 Maja 41/4", "Karpacz", "58-540", tel="512 930 481"),
    Addr("CZ", "Svatopetrská 112", "Špindlerův Mlýn", "543 51", tel="603 418 275"),
    Addr("CZ", "Horní 27", "Český Krumlov", "381 01", tel="380 711 624"),
    Addr("SE", "Storlienvägen 8", "Åre", "837 52", tel="070-348 21 96"),
    Addr("SE", "Strandgatan 20", "Visby", "621 56", tel="0498-21 47 30"),
    Addr("NO", "Reineveien 12", "Reine", "8390", tel="412 83 590"),
    Addr("NO", "Geirangervegen 5", "Geiranger", "6216", tel="948 20 617"),
    Addr("DK", "Havnevej 14", "Skagen", "9990", u="1. tv.", tel="28 47 19 63"),
    Addr("DK", "Algade 9", "Ribe", "6760", tel="75 42 19 08"),
    Addr("FI", "Inarintie 38", "Inari", "99870", tel="040 738 2916"),
    Addr("FI", "Bulevardi 12", "Hanko", "10900", tel="019 248 3317"),
    Addr("IS", "Víkurbraut 10", "Vík", "870", tel="862 4193"),
    Addr("GR", "Οδός Ιωαννίνων 14", "Μέτσοβο", "442 00", tel="694 812 3307"),
    Addr("GR", "Οδός Μιαούλη 22", "Ύδρα", "180 40", tel="22980 53418"),
    Addr("HR", "Ulica Petra Hektorovića 5", "Hvar", "21450", tel="091 482 3317"),
    Addr("TR", "Kalkan Mah. Hükümet Cad. No: 17", "Kaş", "07580", r="Antalya", u="D: 3", tel="0532 418 27 93"),
    Addr("TR", "Aydınlı Mah. Müze Cad. No: 52", "Göreme", "50180", r="Nevşehir", tel="0544 731 20 68"),
    Addr("TR", "Cumhuriyet Mah. İnönü Cad. No: 8", "Akçakoca", "81650", r="Düzce", u="D: 5",
         tel="0535 204 61 19"),
    Addr("RU", "ул. Ленина, д. 42", "Плёс", "155555", r="Ивановская обл.", u="кв. 7",
         tel="8 (914) 382-45-17", tpre="г. "),
    Addr("RU", "ул. Горная, д. 9", "Листвянка", "664520", r="Иркутская обл.", tel="8 (902) 516-33-08",
         tpre="пос. "),
    Addr("UA", "вул. Данила Галицького, 14", "Яремче", "78500", r="Івано-Франківська обл.", u="кв. 3",
         tel="067 418 2930", tpre="м. "),
    Addr("UA", "вул. Івана Франка, 21", "Славське", "82660", r="Львівська обл.", tel="050 731 84 26",
         tpre="смт "),
    Addr("IL", "רחוב החלוצים 12", "ראש פינה", "1200000", tel="052-438-1917"),
    Addr("IL", "רחוב ירושלים 7", "צפת", "1320000", tel="054-771-2038"),
    Addr("JP", "北城3020-14", "北安曇郡白馬村", "399-9301", r="長野県", tel="090-4182-7735"),
    Addr("JP", "福島2301-3", "木曽郡木曽町", "397-0001", r="長野県", tel="080-3317-5294"),
    Addr("KR", "중앙로129번길 14", "속초시", "24822", r="강원특별자치도", u="302호", tel="010-4829-3317"),
    Addr("KR", "도동길 41", "울릉군 울릉읍", "40220", r="경상북도", tel="010-7713-2084"),
    Addr("CN", "递铺街道胜利西路58号", "湖州市安吉县", "313300", r="浙江省", u="3幢201室", tel="139 4812 7730"),
    Addr("CN", "七一街112号", "丽江市古城区", "674100", r="云南省", tel="158 8870 2419"),
    Addr("IN", "Door No. 4/218, Thekkady Road", "Kumily", "685509", r="Kerala", tel="94470 31285"),
    Addr("IN", "House No. 17, Gandhi Chowk", "Joshimath", "246443", r="Uttarakhand", tel="98370 41926"),
    Addr("TH", "89/4 หมู่ 3", "ปาย", "58130", r="แม่ฮ่องสอน", u="เวียงใต้", tel="081 437 2296"),
    Addr("TH", "45 หมู่ 7", "แม่สาย", "57130", r="เชียงราย", u="เวียงพางคำ", tel="086 119 4402"),
    Addr("VN", "Số 27 đường Xuân Viên", "Sa Pa", r="Lào Cai", tel="0912 483 157", tpre="phường "),
    Addr("ID", "Jl. Raya Senaru No. 12", "Senaru", "83354", r="Lombok Utara", u="RT 002/RW 001",
         tel="0812-3741-9920", tpre="Desa "),
    Addr("ID", "Jl. Pariwisata Sembalun No. 45", "Sembalun Lawang", "83656", r="Lombok Timur", u="RT 003/RW 002",
         tel="0878-6520-3314", tpre="Desa "),
    Addr("PH", "Purok 3", "Baler", "3200", r="Aurora", u="Sabang", tel="0917 482 3310"),
    Addr("PH", "Sitio Maligaya", "Infanta", "4336", r="Quezon", u="Poblacion 1", tel="0916 204 7785"),
    Addr("BR", "Rua Guarani, 112", "Ubatuba", "11680-000", r="SP", tel="(12) 99831-4427"),
    Addr("BR", "Rua São Francisco, 2280", "Jijoca de Jericoacoara", "62598-000", r="CE", tel="(88) 99624-1187"),
    Addr("MX", "Calle Real de Guadalupe 41", "San Cristóbal de las Casas", "29230", r="Chis.",
         u="Barrio de Guadalupe", tel="967 118 4302"),
    Addr("AR", "Av. San Martín 493", "El Chaltén", "9301", r="Santa Cruz", tel="(02962) 49-3181"),
    Addr("CL", "Calle Fresia 271", "Pucón", r="Araucanía", tel="9 6128 4473"),
    Addr("ZA", "14 Harbour Road", "Hermanus", "7200", r="Western Cape", tel="082 417 3390"),
    Addr("KE", "P.O. Box 418", "Naivasha", "20117", tel="0722 418 337"),
    Addr("RO", "Str. Furnica nr. 17", "Sinaia", "106100", r="Prahova", tel="0744 318 290"),
    Addr("HU", "Kossuth Lajos utca 14.", "Tihany", "8237", tel="06 30 418 2297"),
]

# Phones with no address, national format, no country code.
PHONES = {
    "GB": ["07823 416 905", "07401 558 217", "07968 330 142", "01539 441 287", "07590 213 884", "0131 558 2094",
           "07712 094 338", "07834 552 671", "07951 230 448", "07407 816 925", "07592 661 034", "07483 207 519",
           "07729 348 160", "07866 021 397", "07535 914 286", "07393 470 812", "07914 682 053", "07762 135 904",
           "07428 509 367", "07849 273 615", "07306 918 442", "07581 446 720", "07977 805 231", "07440 362 198",
           "07872 619 504", "07517 038 863", "07734 291 076", "07459 780 312", "07806 154 927", "07985 477 210",
           "07391 826 645", "07981442306", "07445-218-930", "07624 418 207", "07555 302 619", "07708 613 442",
           "01766 512 309", "01248 600 714", "01824 703 286", "01946 825 371", "01687 462 195", "01478 612 804",
           "01726 843 059", "01348 875 612", "01592 771 430", "029 2048 6613", "0113 244 8719", "0161 283 4607",
           "01225 318 904", "01872 261 553", "01288 354 176", "(01946) 725 308", "01463 719 255", "01854 612 338",
           "07718 204 936", "07827 331 590", "07956 772 013", "07412 685 249", "07598 140 372", "07487 926 051",
           "07723 508 694", "07869 413 287", "07534 290 718", "07395 817 460", "07917 062 385", "07768 245 109",
           "07421 973 506", "07843 610 228", "07309 554 817", "07588 732 094", "07971 386 452", "07452 019 673",
           "01539 620 447", "01970 612 938", "01691 772 305", "01905 613 284"],
    "IE": ["087 553 1840", "083 419 2276", "087 912 4408", "086 204 7731", "085 318 6627", "089 471 2250",
           "083 660 1942", "087 305 8814", "(066) 915 1288", "(091) 563 447", "086 7731 905", "087-418-2264",
           "087 226 5190", "085 903 4471", "086 455 2318", "083 127 6605", "087 640 3318", "085 221 9074",
           "(094) 902 1136", "089 205 6613", "086 918 3302", "(074) 913 8821"],
    "US": ["(406) 822-5173", "(541) 336-9028", "(802) 457-1196", "(505) 758-3342", "(307) 733-2291",
           "(928) 638-4410", "(208) 726-3394"],
    "CA": ["(867) 667-2049", "(709) 884-3315", "(403) 762-5518", "(604) 892-3307", "(250) 726-7719",
           "(902) 863-4412", "(867) 979-2283"],
    "AU": ["0438 291 774", "0401 617 350", "0427 318 550", "0409 772 136", "(03) 5750 1122", "0437 519 802", "0488 230 617",
           "(02) 6452 3318"],
    "NZ": ["022 418 3306", "021 779 0431", "027 304 8816", "021 663 4407", "029 418 3390"],
    "DE": ["0160 93318742", "08821 57390", "0176 24419038", "0157 30482216"],
    "AT": ["0650 771 3042"],
    "CH": ["078 660 14 29"],
    "FR": ["06 88 14 02 37", "07 61 42 90 18", "06 13 57 24 86"],
    "BE": ["0486 22 71 40", "0495 18 62 33"],
    "ES": ["655 310 482", "622 094 731", "974 48 20 16", "633 718 204", "691 402 387"],
    "PT": ["936 420 518"],
    "IT": ["328 441 0972", "340 118 7263", "0165 84 3319", "333 902 1184", "348 217 6630", "0471 83 2290",
           "339 418 2276", "0423 52 1187"],
    "NL": ["06-28371940", "06-53018826"],
    "PL": ["693 204 518", "18 201 44 37"],
    "CZ": ["737 204 681", "608 331 904"],
    "SE": ["073-912 40 58"],
    "NO": ["986 31 472"],
    "DK": ["51 82 30 47", "22 61 48 05"],
    "FI": ["050 413 8826", "044 712 3390"],
    "HU": ["06 70 381 4402"],
    "RO": ["0723 411 085"],
    "GR": ["697 304 1128"],
    "TR": ["0543 882 17 06", "0505 318 44 92"],
    "RU": ["8 (916) 204-71-38"],
    "UA": ["093 118 42 70"],
    "IL": ["050-614-2893"],
    "JP": ["080-6612-4039", "0261-72-4418"],
    "KR": ["010-3318-7402"],
    "CN": ["186 2017 4498"],
    "IN": ["99461 02387", "80570 33914"],
    "TH": ["089 204 6617"],
    "VN": ["0987 316 402"],
    "ID": ["0813-5529-0471"],
    "PH": ["0928 714 5531", "0919 330 7284", "0945 218 6603", "0906 213 4478", "0977 540 2193"],
    "BR": ["(21) 98714-2290"],
    "MX": ["55 4128 7730"],
    "AR": ["11 5482-3307"],
    "ZA": ["073 552 8014", "083 621 4470", "072 908 1135"],
    "KE": ["0711 302 846", "0733 418 926"],
    "NG": ["0803 417 2268", "0816 204 3395"],
    "GH": ["024 418 3307"],
    "EG": ["010 2284 7319"],
    "MA": ["06 61 48 23 07"],
    "PK": ["0321 4482937"],
    "SA": ["055 418 2207"],
}

# ID numbers; where a date of birth is folded into the number, the tuple carries it (and the sex).
IDS = {
    "NHS": [("485 271 9306", None, None), ("601 377 2843", None, None), ("438 200 9170", None, None)],
    "NINO": [("PW 71 33 84 C", None, None), ("RK 48 29 17 A", None, None)],
    "DNI": [("48213907L", None, None), ("71940382Q", None, None), ("30517264J", None, None),
            ("52608193V", None, None)],
    "NIE": [("Y4829137W", None, None), ("X8310492V", None, None)],
    # the codice fiscale is built from its holder's names, so each is tied to one person of the "it" pool
    "CF": [("BLLCHR91L54D969M", (1991, 7, 14), "f", ("Chiara", "Bellandi")),
           ("GTTLRN79B03D612H", (1979, 2, 3), "m", ("Lorenzo", "Gatti")),
           ("SPSGPP49M57F839N", (1949, 8, 17), "f", ("Giuseppina", "Esposito")),
           ("CLMMTT85A31F205A", (1985, 1, 31), "m", ("Matteo", "Colombo")),
           ("DMCRSR63B58G273H", (1963, 2, 18), "f", ("Rosaria", "D'Amico")),
           ("DLCLSN71E06H501R", (1971, 5, 6), "m", ("Alessandro", "De Luca"))],
    "NIR": [("2 88 03 74 056 123 80", (1988, 3, 17), "f"), ("1 76 05 69 123 045 20", (1976, 5, 2), "m")],
    "BSN": [("372804160", None, None), ("617390009", None, None)],
    "BE": [("79.02.26-274.37", (1979, 2, 26), "f")],
    "PESEL": [("67031208465", (1967, 3, 12), "f"), ("82100803176", (1982, 10, 8), "m"),
              ("96052014287", (1996, 5, 20), "f"), ("02300305191", (2002, 10, 3), "m")],
    "RC": [("816108/3172", (1981, 11, 8), "f")],
    "PNR": [("841105-4375", (1984, 11, 5), "m"), ("900223-4822", (1990, 2, 23), "f")],
    "FNR": [("12087928428", (1979, 8, 12), "f"), ("03096131738", (1961, 9, 3), "m")],
    "HETU": [("230458-357J", (1958, 4, 23), "m")],
    "CPR": [("070293-1029", (1993, 2, 7), "m")],
    "AMKA": [("21056203181", (1962, 5, 21), "f"), ("04048705273", (1987, 4, 4), "m")],
    "CNP": [("2740930294176", (1974, 9, 30), "f"), ("1800627293187", (1980, 6, 27), "m")],
    "TCKN": [("38472195672", None, None), ("52904618386", None, None), ("17305829410", None, None),
             ("46192037530", None, None)],
    "NIF": [("238471900", None, None), ("215930649", None, None)],
    "CPF": [("418.273.956-64", None, None), ("260.937.418-69", None, None)],
    "ILID": [("318462074", None, None), ("205739188", None, None)],
    "CNID": [("33052319681002473X", (1968, 10, 2), "m"), ("330523197504192844", (1975, 4, 19), "f")],
    "RRN": [("860421-2481933", (1986, 4, 21), "f"), ("920815-1317525", (1992, 8, 15), "m")],
    "MYNUM": [("4183 7260 5914", None, None), ("2709 4183 3656", None, None)],
    "AADHAAR": [("7391 8264 0512", None, None), ("5820 3917 4621", None, None)],
    "THID": [("3-5801-00472-13-3", None, None), ("1-5099-00318-46-7", None, None)],
    "ZAID": [("8306170419082", (1983, 6, 17), "f")],
    "RNOKPP": [("3300904731", (1990, 5, 17), "m")],
    "SNILS": [("148-305-927 72", None, None), ("203-617-485 40", None, None)],
    "NIK": [("5208014107880003", (1988, 7, 1), "f"), ("5271032304790012", (1979, 4, 23), "m")],
    "CCCD": [("010186004417", (1986, 10, 4), "f"), ("010092013385", (1992, 1, 28), "m")],
    "SSN": [("412-73-9058", None, None), ("529-41-8836", None, None)],
}
IBANS = {
    "GB": "GB40 LOYD 3094 7461 8293 05",
    "IE": "IE27 AIBK 9311 8422 0471 96",
    "DE": "DE95 7105 0000 0024 8177 35",
    "DE2": "DE02 7002 0270 0015 3829 47",
    "NL": "NL45 RABO 0318 2740 93",
    "ES": "ES94 2100 4719 7102 0018 4736",
    "FR": "FR76 1810 6000 3896 7321 0581 458",
    "FR2": "FR33 3000 2005 5000 0015 7841 Z25",
    "BE": "BE87 0632 1847 9094",
    "IT": "IT69 X030 6932 1101 0000 0004 829",
    "PT": "PT50 0035 0651 0003 8201 7492 3",
    "PL": "PL39 1020 2951 0000 4802 1394 7315",
    "DK": "DK16 2000 4830 2194 75",
}
CARDS = ["4532 0174 8823 9164", "5353 1820 4477 1291", "4929138402755639", "3742 184930 17285"]
IPS = ["86.142.77.19", "31.94.18.203", "92.40.211.8", "2a02:c7c:5e14:9b00:8d1:4f2e:a07:33c1", "109.149.60.242",
       "90.12.184.37"]
MRNS = ["K4820193", "RX1 0048213", "7731902", "MRN-30418827", "H0092374"]

# Dates of birth, typed by hand: (year, month, day).
DOBS = [
    (1931, 11, 2), (1938, 3, 22), (1942, 6, 9), (1946, 12, 30), (1949, 8, 17), (1953, 1, 5), (1955, 10, 28),
    (1957, 4, 14), (1961, 9, 3), (1963, 2, 18), (1966, 7, 25), (1969, 11, 11), (1971, 5, 6), (1973, 8, 30),
    (1976, 3, 19), (1978, 12, 1), (1980, 6, 27), (1982, 10, 8), (1985, 1, 31), (1987, 4, 4), (1989, 9, 16),
    (1990, 2, 23), (1992, 7, 12), (1994, 11, 29), (1996, 5, 20), (1998, 8, 7), (2000, 1, 14), (2002, 10, 3),
    (2004, 3, 26), (2006, 6, 15), (2008, 12, 9), (2010, 4, 21), (2012, 9, 30), (2015, 2, 11), (2019, 7, 8),
    (1934, 5, 27), (1940, 10, 13), (1944, 1, 29), (1947, 7, 4), (1950, 3, 8), (1952, 11, 21), (1954, 6, 2),
    (1958, 12, 17), (1960, 8, 9), (1962, 4, 30), (1964, 1, 12), (1967, 10, 24), (1970, 6, 18), (1972, 2, 5),
    (1974, 9, 14), (1977, 7, 28), (1979, 11, 3), (1981, 3, 9), (1983, 8, 22), (1986, 12, 13), (1988, 5, 1),
    (1991, 10, 19), (1993, 3, 7), (1995, 12, 25), (1997, 6, 11), (1999, 2, 17), (2001, 9, 6), (2003, 12, 30),
    (2005, 8, 13), (2007, 4, 2), (2009, 6, 24), (2011, 1, 18), (2013, 10, 5), (2016, 8, 31), (2018, 3, 14),
]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}


def fd(d, style):
    """Write a date of birth in a writer's style."""
    y, m, dd = d
    if style == "uk":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "us":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "short":
        return f"{dd}/{m}/{str(y)[2:]}"
    if style == "hu":
        return f"{y}.{m:02d}.{dd:02d}."
    if style == "cjk":
        return f"{y}年{m}月{dd}日"
    if style == "ko":
        return f"{y}년 {m}월 {dd}일"
    if style == "en":
        return f"{dd} {MONTHS['en'].split()[m - 1]} {y}"
    if style == "usl":
        return f"{MONTHS['en'].split()[m - 1]} {dd}, {y}"
    if style == "de":
        return f"{dd}. {MONTHS['de'].split()[m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{dd} de {MONTHS[style].split()[m - 1]} de {y}"
    if style == "ru":
        return f"{dd} {MONTHS['ru'].split()[m - 1]} {y} г."
    if style in MONTHS:
        return f"{dd} {MONTHS[style].split()[m - 1]} {y}"
    raise ValueError(style)


MAILDOM = {
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk"],
    "IE": ["eircom.net", "gmail.com"], "US": ["gmail.com", "yahoo.com", "icloud.com"],
    "DE": ["web.de", "gmx.de", "t-online.de"], "FR": ["orange.fr", "free.fr", "laposte.net"],
    "ES": ["gmail.com", "hotmail.es"], "IT": ["libero.it", "virgilio.it"], "PT": ["sapo.pt"],
    "BR": ["uol.com.br", "gmail.com"], "NL": ["ziggo.nl", "kpnmail.nl"], "PL": ["wp.pl", "o2.pl"],
    "CZ": ["seznam.cz"], "SE": ["telia.com"], "NO": ["online.no"], "DK": ["mail.dk"], "FI": ["elisanet.fi"],
    "HU": ["freemail.hu"], "RO": ["yahoo.ro"], "TR": ["hotmail.com"], "GR": ["otenet.gr"],
    "RU": ["mail.ru", "yandex.ru"], "UA": ["ukr.net"], "IL": ["walla.co.il"], "JP": ["yahoo.co.jp"],
    "KR": ["naver.com"], "CN": ["qq.com", "163.com"], "IN": ["rediffmail.com"], "TH": ["hotmail.com"],
    "VN": ["gmail.com"], "ID": ["yahoo.co.id"], "PH": ["yahoo.com.ph"], "AU": ["bigpond.com"],
    "NZ": ["xtra.co.nz"], "CA": ["shaw.ca"], "MX": ["prodigy.net.mx"], "BE": ["telenet.be"],
}


# ---------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never twice in one row
# ---------------------------------------------------------------------------------------------

def _key(x):
    return x.key() if hasattr(x, "key") else x


class Book:
    def __init__(self, rng):
        self.rng = rng
        self.used = Counter()

    def pick(self, kind, items, avoid, tavoid):
        cands = [x for x in items if (kind, _key(x)) not in avoid]
        assert cands, kind
        fresh = [x for x in cands if (kind, _key(x)) not in tavoid]
        cands = fresh or cands
        low = min(self.used[(kind, _key(x))] for x in cands)
        best = [x for x in cands if self.used[(kind, _key(x))] == low]
        x = self.rng.choice(best)
        self.used[(kind, _key(x))] += 1
        avoid.add((kind, _key(x)))
        tavoid.add((kind, _key(x)))
        return x


def band(d):
    y = d[0]
    return "child" if y >= 2008 else "young" if y >= 1995 else "adult" if y >= 1960 else "old"


class Ctx:
    def __init__(self, book, i, rng, tavoid):
        self.book, self.i, self.rng, self.tavoid = book, i, rng, tavoid
        self.avoid = set()

    def _pick(self, kind, items):
        return self.book.pick(kind, items, self.avoid, self.tavoid)

    def who(self, pool="w", sex=None):
        items = [p for p in POOLS[pool] if sex is None or p.sex == sex]
        return self._pick("person", items)

    def people(self, k, pool="w"):
        return [self.who(pool) for _ in range(k)]

    def addr(self, *ccs):
        items = [a for a in ADDRS if not ccs or a.cc in ccs]
        return self._pick("addr", items)

    def phone(self, *ccs):
        items = [x for cc in (ccs or tuple(PHONES)) for x in PHONES[cc]]
        return self._pick("phone", items)

    def idn(self, kind):
        return self._pick("id:" + kind, IDS[kind])

    def date(self, *bands):
        items = [d for d in DOBS if not bands or band(d) in bands]
        return self._pick("dob", items)

    def holder(self, kind, pool):
        """An ID and the person it belongs to (the named owner, or someone of the ID's sex)."""
        x = self.idn(kind)
        if len(x) > 3:
            p = next(p for p in POOLS[pool] if p.key() == x[3])
            self.book.used[("person", p.key())] += 1
            self.avoid.add(("person", p.key()))
            self.tavoid.add(("person", p.key()))
            return x, p
        return x, self.who(pool, x[2])

    def aphone(self, a):
        """The household's phone; once it has been printed in another row, a fresh number of that country."""
        k = ("aphone", a.tel)
        if self.book.used[k] == 0 or a.cc not in PHONES:
            self.book.used[k] += 1
            return tel(a.tel)
        return tel(self.phone(a.cc))

    def mrn(self):
        return self._pick("mrn", MRNS)

    def ip(self):
        return self._pick("ip", IPS)

    def card(self):
        return self._pick("card", CARDS)

    def email(self, p, cc="GB", dom=None, style=None):
        g, f = latin_parts(p)
        n = self.rng.randint(11, 98)
        styles = {
            "gf": f"{g}.{f}", "g1f": f"{g[0]}{f}", "g_fn": f"{g}_{f}{n}", "fg": f"{f}.{g}",
            "gn": f"{g}{n}", "gfn": f"{g}{f[0]}{n}", "fgn": f"{f}{g[0]}{n}",
        }
        style = style or self.rng.choice(sorted(styles))
        dom = dom or self.rng.choice(MAILDOM.get(cc, ["gmail.com"]))
        return mail(f"{styles[style]}@{dom}")

    def v(self, seq):
        return seq[self.i % len(seq)]

    def pick(self, seq):
        return self.rng.choice(seq)

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)


TEMPLATES = []
LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "br": "Portuguese (Brazil)", "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sv": "Swedish", "no": "Norwegian",
    "da": "Danish", "fi": "Finnish", "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish", "el": "Greek",
    "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish",
    "mx": "Spanish (Latin America)", "is": "Icelandic", "hr": "Croatian", "cy": "Welsh",
}


def tpl(cls, lang, n, case=None):
    def deco(fn):
        assert lang in LANGS, lang
        TEMPLATES.append({"cls": cls, "name": fn.__name__.replace("_", "-"), "lang": lang, "n": n,
                          "case": case, "fn": fn})
        return fn
    return deco


def J(*lines):
    return "\n".join(lines)


# =============================================================================================
# personal_dispatch: call handling, CAD exports, incident logs (112 / 911 / 999 / 15 / 119 / 120)
# =============================================================================================

@tpl("personal_dispatch", "en", 3)
def cad_csv(c):
    rows = []
    natures = ["RTC car v deer, 1 trapped", "smell of gas in hallway", "male collapsed, CPR in progress",
               "chimney fire", "elderly female fallen, no injuries", "child locked in car, engine off",
               "smoke from loft, all out", "sea kayaker overdue", "dog stuck on cliff ledge"]
    for k in range(3):
        p, a = c.who(), c.addr(*[("GB",), ("GB", "IE"), ("AU", "NZ")][k])
        where = f"{a.street()}, {a.unit()}" if a.u else a.street()
        rows.append(f"24{c.v(['11', '12', '01'])}-0{387 + 7 * k},0{2 + k}:{14 + 9 * k},{N(p)},{c.aphone(a)},{where},"
                    f"{a.town()},{natures[(3 * c.i + k) % len(natures)]}")
    return J("Our CAD export came out with the columns shifted on some rows - can you fix it so every row has 7 "
             "fields and quote anything with a comma in it?", "",
             "inc_no,received,caller,callback,location,town,nature", *rows)


@tpl("personal_dispatch", "en", 3)
def call_999_transcript(c):
    pt, caller, a = c.who(sex="m"), c.who(), c.addr("GB", "IE")
    d = c.date("old")
    return J("Summarise this 999 call for the handover log, 5 lines max, keep callback number and address.", "",
             "[00:00] CH: Ambulance service, is the patient breathing?",
             f"[00:03] CALLER: Yes he's breathing but he's not making sense, it's my father-in-law, {N(pt)}.",
             "[00:09] CH: OK. Tell me exactly where you are.",
             f"[00:11] CALLER: {a.street()}, {a.town()}, {a.pc()}.",
             "[00:19] CH: What's the phone number you're calling from?",
             f"[00:21] CALLER: {c.aphone(a)}",
             "[00:26] CH: How old is he?",
             f"[00:27] CALLER: I'm not sure exactly, his date of birth is {dob(fd(d, c.v(['en', 'uk'])))}.",
             "[00:34] CH: Is his face drooping on one side? Can he lift both arms?",
             f"[00:39] CALLER: His mouth's gone funny on the left. {G(pt)}, lift your arms for me... only the right.",
             "[00:47] CH: And your name?",
             f"[00:48] CALLER: {N(caller)}.")


@tpl("personal_dispatch", "de", 2)
def leitstelle_protokoll(c):
    anr, pat, a = c.who("de", "m"), c.who("de"), c.addr("DE", "AT")
    d = c.date("old")
    stich = c.v(["RD 2 – Sturz, ältere Person", "RD 1 – Atemnot", "THL 1 – Person hinter verschlossener Tür"])
    return J("Mach aus diesem Einsatzprotokoll der ILS bitte eine kurze Zusammenfassung für die Schichtübergabe:", "",
             f"Einsatz-Nr.: 24-118{40 + c.i}",
             f"Stichwort: {stich}",
             f"Anrufer: {N(anr)} (Nachbar), Rückruf {tel(c.phone('DE', 'AT'))}",
             f"Einsatzort: {a.street()}, {a.pc()} {a.town()}",
             f"Patient: {N(pat)}, geb. {dob(fd(d, 'dot'))}",
             "Alarmiert: RTW 1/83-1, NEF 1/76-1",
             f"Bemerkung: Haustür zu, Schlüssel bei Hr. {F(anr)}. Hausärztin Dr. {F(c.who('de', 'f'))} informiert.")


@tpl("personal_dispatch", "fr", 1)
def fiche_appel_15(c):
    app, vic, a = c.who("fr", "m"), c.who("fr", "f"), c.addr("FR", "BE")
    d = c.date("old", "adult")
    return J("Peux-tu reformuler cette fiche d'appel du 15 en trois phrases pour le médecin régulateur ?", "",
             f"Appelant : {N(app)} (voisin), tél. {tel(c.phone('FR'))}",
             f"Victime : {N(vic)}, née le {dob(fd(d, 'fr'))}",
             f"Adresse : {a.street()}, {a.pc()} {a.town()}",
             "Motif : douleur thoracique depuis 40 min, sueurs, ATCD d'infarctus.",
             "Conseils : position demi-assise, ne rien donner à boire. SMUR engagé à 21h52.")


@tpl("personal_dispatch", "es", 2)
def ficha_112(c):
    ale, afe, a = c.who("es"), c.who("es", "m"), c.addr("ES")
    dni = c.idn("DNI")[0]
    return J("Resume esta ficha del 112 en un párrafo para el informe de guardia:", "",
             f"Alertante: {N(ale)}, móvil {tel(c.phone('ES'))}",
             f"Lugar: {a.street()}, {a.unit()}, {a.pc()} {a.town()}" if a.u
             else f"Lugar: {a.street()}, {a.pc()} {a.town()}",
             f"Afectado: {N(afe)}, varón, 71 años, DNI {nid(dni)}",
             "Incidencia: caída por la escalera, herida en la cabeza, consciente. Se activa SVB.",
             f"Observaciones: la hija, {G(c.who('es', 'f'))}, llega en 10 min con la medicación.")


@tpl("personal_dispatch", "en", 2)
def cad_json(c):
    p, a = c.who(), c.addr("US", "CA")
    kind = c.v(["MEDICAL - BREATHING PROBLEMS", "STRUCTURE FIRE - RESIDENTIAL", "WELFARE CHECK"])
    return J("Why does my script throw KeyError: 'callback' on this record from the CAD API? I read "
             "rec['caller']['callback'].", "", "```json", "{",
             f'  "incident": {{"id": "CAD-2025-0{41870 + 13 * c.i}", "priority": "P{1 + c.i % 2}", "type": "{kind}"}},',
             f'  "caller": {{"name": "{N(p)}", "callback_number": "{c.aphone(a)}", "relationship": "self"}},',
             f'  "location": {{"street": "{a.street()}", "unit": "{a.unit() if a.u else ""}", '
             f'"city": "{a.town()}", "state": "{a.region()}", "zip": "{a.pc()}"}},',
             '  "units": ["M41", "E7"]', "}", "```")


@tpl("personal_dispatch", "en", 3, case="lower")
def dispatch_shift_notes(c):
    p1, p2, p3 = c.who(sex="f"), c.who(sex="m"), c.who()
    a = c.addr("GB")
    return (f"can u tidy up my shift notes into proper sentences, keep it short. 0214 call from {N(p1)} re her "
            f"neighbour {N(p2)} not answering door at {a.street()} {a.town()}, police + amb sent, key holder is "
            f"{N(p3)} on {tel(c.phone('GB'))}. 0330 {G(p2)} rang back himself, all ok, he'd fallen asleep with "
            f"his hearing aids out. no further action")


@tpl("personal_dispatch", "zh", 1)
def zh_120_record(c):
    caller = c.who("zh", "f")
    cn = c.idn("CNID")
    pt = c.who("zh", cn[2])
    a = c.addr("CN")
    return J("帮我把这条120来电记录整理成交接班摘要，三句话以内：",
             f"来电人：{N(caller)}（患者女儿），电话 {tel(c.phone('CN'))}",
             f"地址：{a.line()}",
             f"患者：{N(pt)}，{'男' if cn[2] == 'm' else '女'}，出生日期 {dob(fd(cn[1], 'cjk'))}，身份证号 {nid(cn[0])}",
             "主诉：饭后突发胸闷气短约半小时，既往高血压。",
             "调度：已派车，指导家属让患者半卧位、解开衣领。")


@tpl("personal_dispatch", "ja", 2)
def ja_119_record(c):
    tsuho, pt, a = c.who("ja", "f"), c.who("ja", "m"), c.addr("JP")
    d = c.date("old")
    return J("以下の119番通報記録を、救急隊への申し送り用に短くまとめてください。",
             f"通報者：{N(tsuho)}（妻）　電話：{c.aphone(a)}",
             f"発生場所：{a.line()}",
             f"傷病者：{N(pt)}、男性、{dob(fd(d, 'cjk'))}生",
             "内容：入浴後に意識がもうろう、呼びかけには反応あり。持病は糖尿病。",
             "口頭指導：浴室から出して横向きに寝かせるよう指示。")


@tpl("personal_dispatch", "ru", 1)
def ru_call_card(c):
    caller, pt, a = c.who("ru", "f"), c.who("ru", c.v(["m", "f"])), c.addr("RU")
    d = c.date("old", "adult")
    return J("Сделай краткое резюме карточки вызова для передачи смены, 3–4 предложения.",
             f"Вызвала: {N(caller)} (соседка), тел. {tel(c.phone('RU'))}",
             f"Адрес: {a.line()}",
             f"{'Пострадавший' if pt.sex == 'm' else 'Пострадавшая'}: {OFF(pt)}, дата рождения {dob(fd(d, 'ru'))}",
             f"Повод: {c.v(['упал во дворе, боль в бедре, встать не может', 'упала в подъезде, рана головы'])}.",
             "Направлена бригада СМП № 4, время доезда ~20 мин.")


@tpl("personal_dispatch", "en", 2)
def log_911_caps(c):
    p1, p2, a = c.who(), c.who(sex="m"), c.addr("US")
    log = J(f"0{147 + c.i * 6}  CALL RCVD  CLR {N(p1)}  CB {c.aphone(a)}",
            f"0{148 + c.i * 6}  LOC  {a.street()}{', ' + a.unit() if a.u else ''}  {a.town()} {a.region()} {a.pc()}",
            f"0{149 + c.i * 6}  NATURE  DOMESTIC DISTURBANCE, RP IS NEIGHBOR, SUBJ {N(p2)} W/M 40S",
            f"0{151 + c.i * 6}  DISP  UNIT 2A14 2A17  ENRT").upper()
    return J("Our old CAD prints everything in capitals. Turn this into normal sentence case for the "
             "incident report, but keep unit IDs as they are:", "", log)


@tpl("personal_dispatch", "pl", 1)
def pl_karta_cpr(c):
    zg = c.who("pl")
    pes = c.idn("PESEL")
    pt, a = c.who("pl", pes[2]), c.addr("PL")
    return J("Przepisz to zgłoszenie z CPR na krótką notatkę dla ZRM, bez skrótów:", "",
             f"Zgłaszający: {N(zg)}, tel. {tel(c.phone('PL'))}",
             f"Adres: {a.street()}, {a.pc()} {a.town()}",
             f"{'Poszkodowana' if pt.sex == 'f' else 'Poszkodowany'}: {N(pt)}, ur. {dob(fd(pes[1], 'dot'))}, PESEL {nid(pes[0])}",
             "Wywiad: duszność od rana, obrzęki nóg, przyjmuje leki na serce.",
             "Zadysponowano: ZRM P 12-04, czas dojazdu ok. 15 min.")


# =============================================================================================
# personal_ambulance: crews' admin, handovers, patient transport, billing, event first aid
# =============================================================================================

@tpl("personal_ambulance", "en", 3)
def handover_atmist(c):
    pt, wife, gp, a = c.who(sex="m"), c.who(sex="f"), c.who(), c.addr("GB")
    d, nhs = c.date("old", "adult"), c.idn("NHS")[0]
    what = c.v(["found by wife on kitchen floor approx 19:30, ?fall ?syncope",
                "fell from stepladder approx 1.5m clearing gutters, no LOC reported",
                "collapsed at bus stop, bystander CPR x2 min, ROSC before our arrival"])
    return J("Turn this into ATMIST bullet points for the ED handover, under 120 words please:", "",
             f"pt {N(pt)} DOB {dob(fd(d, 'uk'))} NHS no {nid(nhs)}, lives {a.street()} {a.town()} with wife "
             f"{G(wife)}. {what}. GCS 14 on arrival (E4 V4 M6), BM 6.2, small lac to occiput, c-spine "
             f"cleared using Canadian C-spine rule. NOK wife {N(wife)} {tel(c.phone('GB'))}. GP Dr {F(gp)}, "
             "Castle Street surgery.")


@tpl("personal_ambulance", "en", 3)
def pts_booking(c):
    rel = c.v(["daughter", "son", "neighbour"])
    pt, esc, a = c.who(), c.who(sex={"daughter": "f", "son": "m"}.get(rel)), c.addr("GB", "IE")
    d, h = c.date("old"), c.mrn()
    dest = c.v(["Renal unit, Tue/Thu/Sat 07:30", "Oncology day unit, Mon 10:15", "Fracture clinic, Wed 14:00"])
    return J("Can you check this patient transport booking for anything missing before I send it to PTS control?", "",
             f"Patient: {N(pt)}", f"DOB: {dob(fd(d, 'uk'))}", f"Hospital no: {mrn(h)}", "Pick-up address:", a.block(),
             f"Phone: {c.aphone(a)}", f"Destination: {dest}", "Mobility: wheelchair, 2 crew, 1 step at front door",
             f"Escort: {rel} {N(esc)}", "Oxygen: no   Infection risk: no")


@tpl("personal_ambulance", "en", 2)
def ems_bill_reply(c):
    son, mom, a = c.who(), c.who(sex="f"), c.addr("US")
    d, s, cd = c.date("old"), c.idn("SSN")[0], c.card()
    return J("Draft a short polite reply to this. We can't take card numbers by e-mail, they need to call billing.", "",
             f"> From: {N(son)} <{c.email(son, 'US')}>",
             f"> I got a bill for $1,842 for the ambulance that took my mom {N(mom)} (DOB {dob(fd(d, 'us'))}) from",
             f"> {a.street()}, {a.town()} to the hospital in March. She has Medicare, her SSN is {ssn(s)}, why",
             f"> wasn't it billed to them?? I'll pay the copay now if needed, card is {card(cd)} exp 08/27.",
             f"> Call me on {c.aphone(a)}.")


@tpl("personal_ambulance", "de", 2)
def rd_uebergabe(c):
    pt, toc, ha, a = c.who("de"), c.who("de", "f"), c.who("de"), c.addr("DE", "AT", "CH")
    d = c.date("old")
    return J("Formuliere bitte aus meinen Stichpunkten eine Übergabe an die ZNA nach dem SINNHAFT-Schema:", "",
             f"Pat.: {N(pt)}, geb. {dob(fd(d, c.v(['dot', 'de'])))}",
             f"Wohnhaft: {a.street()}, {a.pc()} {a.town()}",
             f"Angehörige: Tochter {N(toc)}, Tel. {tel(c.phone('DE', 'AT', 'CH'))}",
             f"Hausarzt: Dr. med. {F(ha)}",
             c.v(["Sturz im Bad, Schmerzen li. Hüfte, Bein verkürzt und außenrotiert",
                  "akute Verwirrtheit seit heute Mittag, BZ 48 mg/dl, nach Glukose i.v. wach"]),
             "Vitalwerte: RR 150/90, HF 96, SpO2 94 %, GCS 15 (nach Therapie)")


@tpl("personal_ambulance", "fr", 1)
def fiche_bilan_secours(c):
    nir = c.idn("NIR")
    v = c.who("fr", nir[2])
    a, ch = c.addr("FR", "BE"), c.who("fr")
    return J("Corrige l'orthographe de cette fiche bilan du poste de secours et mets-la au propre :", "",
             f"Victime : {N(v)}   Né(e) le : {dob(fd(nir[1], 'uk'))}   N° SS : {nid(nir[0])}",
             f"Domicile : {a.street()}, {a.pc()} {a.town()}",
             f"Circonstances : {c.v(['malaise vagal pendant le concert, chute sans perte de connaisance', 'entorse cheville en descendant des gradins, pas de deformation'])}",
             "Bilan : conscient, FR 16, pouls 88, TA 12/7, douleur 4/10",
             f"Chef de poste : {N(ch)} — évacué vers CH par VSAV : non")


@tpl("personal_ambulance", "es", 2)
def traslado_programado(c):
    pt, fam, a = c.who("es"), c.who("es"), c.addr("ES")
    d = c.date("old")
    idv = c.idn("NIE")[0] if c.i else c.idn("DNI")[0]
    return J("¿Me redactas un mensaje para confirmar este traslado programado al paciente y su familiar?", "",
             f"Paciente: {N(pt)} — {'NIE' if c.i else 'DNI'} {nid(idv)} — F. nac.: {dob(fd(d, 'uk'))}",
             f"Domicilio: {a.street()}{', ' + a.unit() if a.u else ''}, {a.pc()} {a.town()}",
             f"Contacto: {N(fam)} ({c.v(['hijo/a', 'cuidador/a'])}), {c.aphone(a)}",
             f"Cita: {c.v(['rehabilitación, lunes y miércoles 9:00', 'hemodiálisis, martes/jueves/sábado 8:00'])}",
             "Ambulancia: colectiva, va en silla de ruedas")


@tpl("personal_ambulance", "it", 2)
def scheda_118(c):
    cf, pt = c.holder("CF", "it")
    a, med = c.addr("IT"), c.who("it")
    return J("Riassumi questa scheda 118 in un paragrafo per il report di fine turno:", "",
             f"Paziente: {N(pt)}, nato/a il {dob(fd(cf[1], 'uk'))}, C.F. {nid(cf[0])}",
             f"Luogo intervento: {a.street()}, {a.pc()} {a.town()} ({a.region()})",
             f"Recapito familiare: {tel(c.phone('IT'))}",
             c.v(["Codice: giallo. Dolore toracico da 30 min, ECG trasmesso, STEMI escluso.",
                  "Codice: verde. Caduta in bici, escoriazioni, sospetta frattura polso dx."]),
             f"Medico in centrale: dott. {F(med)}. Destinazione: PS.")


@tpl("personal_ambulance", "nl", 1)
def nl_overdracht(c):
    pt, part, a = c.who("nl"), c.who("nl"), c.addr("NL")
    d, b = c.date("old", "adult"), c.idn("BSN")[0]
    return J("Kun je deze overdracht voor de SEH netjes herschrijven, in korte zinnen?", "",
             f"Naam: {N(pt)}, geb. {dob(fd(d, 'nl'))}, BSN {nid(b)}",
             f"Adres: {a.street()}, {a.pc()} {a.town()}",
             f"Partner: {N(part)}, {tel(c.phone('NL'))}",
             c.v(["Val van fiets, pijn li pols, geen hoofdletsel, A en B ok.",
                  "Benauwd sinds vannacht, bekend met COPD, sat 86% zonder O2."]),
             "Huisarts gebeld, medicatieoverzicht mee.")


@tpl("personal_ambulance", "en", 3, case="lower")
def crew_chat(c):
    pt, mate, a = c.who(sex="f"), c.who(), c.addr("GB", "IE")
    return (f"hey can you help me write up the falls referral from today. pt was mrs {F(pt)} ({N(pt)}), "
            f"{a.street()} {a.town()}, 2nd fall this month, lives alone, daughter rings most days on "
            f"{tel(c.phone('GB', 'IE'))}. my crewmate {G(mate)} thinks she definately needs a care package, she refused "
            f"conveyance. timed up and go was like 25 sec. keep it professional lol")


@tpl("personal_ambulance", "ko", 2)
def ko_119_ilji(c):
    rrn = c.idn("RRN")
    pt = c.who("ko", rrn[2])
    a, g = c.addr("KR"), c.who("ko")
    return J("구급활동일지 내용을 병원 인계용으로 간단히 정리해 줘.",
             f"환자: {N(pt)} ({'남' if rrn[2] == 'm' else '여'}), 주민등록번호 {nid(rrn[0])}",
             f"주소: {a.line()}",
             f"보호자: {N(g)}, {c.aphone(a)}",
             c.v(["주 호소: 등산 중 발목 염좌, 보행 불가", "주 호소: 식사 중 기도 폐쇄, 하임리히법 후 호전"]),
             "활력징후: 혈압 130/80, 맥박 92, 산소포화도 98%")


@tpl("personal_ambulance", "sv", 1)
def sv_ambulansjournal(c):
    pn = c.idn("PNR")
    pt = c.who("sv", pn[2])
    a, anh = c.addr("SE"), c.who("sv")
    return J("Kan du sammanfatta den här ambulansjournalen till ett kort överrapporteringsmeddelande?", "",
             f"Patient: {N(pt)}, pnr {nid(pn[0])}",
             f"Adress: {a.street()}, {a.pc()} {a.town()}",
             f"Anhörig: {N(anh)}, {c.aphone(a)}",
             c.v(["Skidolycka i backen, smärta höger knä, kan ej belasta.",
                  "Bröstsmärta sedan en timme, ASA givet, EKG skickat."]),
             "RETTS: gul")


@tpl("personal_ambulance", "en", 2)
def event_treatment_log(c):
    ps = [c.who() for _ in range(3)]
    ds = [c.date("young", "adult") for _ in range(3)]
    return J("Make this first aid treatment log from Saturday's event into a tidy table and flag anyone we "
             "should follow up:", "",
             "| time | name | DOB | complaint | outcome |",
             "|---|---|---|---|---|",
             f"| 14:05 | {N(ps[0])} | {dob(fd(ds[0], 'uk'))} | wasp sting L hand, no anaphylaxis | returned to event |",
             f"| 16:40 | {N(ps[1])} | {dob(fd(ds[1], 'uk'))} | heat exhaustion | fluids, rest, left with friend |",
             f"| 21:15 | {N(ps[2])} | {dob(fd(ds[2], 'uk'))} | fall in crowd, ?#wrist | conveyed by NWAS |")


# =============================================================================================
# personal_rescue: fire and rescue, lifeboat, mountain, cave and coastguard volunteers
# =============================================================================================

@tpl("personal_rescue", "en", 3)
def lifeboat_pager_csv(c):
    ps = [c.who() for _ in range(4)]
    roles = ["Helm", "Mechanic", "Crew", "Shore crew", "Tractor driver", "Launch authority", "Navigator"]
    lines = [f"{N(p)};{roles[(k + 2 * c.i) % len(roles)]};{tel(c.phone('GB', 'IE')) if k != 2 else ''};"
             f"{c.v(['Y', 'N', 'Y'])}" for k, p in enumerate(ps)]
    return J("This is our station's pager list exported from the crew app with semicolons. Sort it by role and "
             "tell me who is missing a phone-tree number:", "", "name;role;mobile;sea_survival_done", *lines)


@tpl("personal_rescue", "en", 3)
def mrt_incident_report(c):
    cas, comp, tl, a = c.who(), c.who(), c.who(), c.addr("GB", "IE", "NZ", "AU")
    d = c.date("young", "adult", "old")
    hill = c.v(["Helvellyn via Striding Edge", "Tryfan north ridge", "the Aonach Eagach"])
    return J("Please tidy this incident report for the team's database (keep all facts, fix grammar):", "",
             f"Incident 24/0{31 + c.i} — {hill}",
             f"Casualty: {N(cas)}, DOB {dob(fd(d, 'uk'))}, home address {a.line()}",
             f"Called in by walking companion {N(comp)} on {tel(c.phone('GB'))} at 15:48, casualty slipped on wet rock, "
             "?ankle fracture, cold but GCS 15.",
             f"Team leader {N(tl)}. 14 team members, Coastguard helicopter R936 tasked but stood down due cloud base.",
             "Stretchered to road head 19:20, handed to ambulance. Casualty's partner informed by phone.")


@tpl("personal_rescue", "en", 2)
def volunteer_application(c):
    rel = c.v(["partner", "mother"])
    p, ec, a = c.who(), c.who(sex="f" if rel == "mother" else None), c.addr("GB")
    d, ni = c.date("young", "adult"), c.idn("NINO")[0]
    return J("Check this volunteer application for missing fields and write a short welcome e-mail to the applicant:",
             "", f"Full name: {N(p)}", f"Date of birth: {dob(fd(d, c.v(['uk', 'en'])))}",
             f"National Insurance no: {nid(ni)}", "Address:", a.block(), f"Phone: {c.aphone(a)}",
             f"Email: {c.email(p, 'GB')}",
             f"Emergency contact: {N(ec)} ({rel}) {tel(c.phone('GB'))}",
             "Role applied for: Community First Responder   Driving licence: yes, C1")


@tpl("personal_rescue", "de", 1)
def feuerwehr_foerderverein(c):
    ps = [c.who("de") for _ in range(2)]
    adrs = [c.addr("DE", "AT") for _ in range(2)]
    ib = c.v([IBANS["DE"], IBANS["DE2"]])
    return J("Bitte prüf die Tabelle für den SEPA-Einzug unseres Feuerwehr-Fördervereins, da stimmt eine Spalte "
             "nicht:", "", "Name | Anschrift | IBAN | Beitrag",
             f"{N(ps[0])} | {adrs[0].street()}, {adrs[0].pc()} {adrs[0].town()} | {iban(ib)} | 24,00",
             f"{N(ps[1])} | {adrs[1].street()}, {adrs[1].pc()} {adrs[1].town()} | 24,00 | ",
             "Kassenwart: bitte bis Monatsende melden.")


@tpl("personal_rescue", "fr", 1)
def spv_indemnites(c):
    p, a = c.who("fr"), c.addr("FR")
    ib = c.v([IBANS["FR"], IBANS["FR2"]])
    return J("Rédige un court mail pour demander au SDIS de corriger le RIB de ce sapeur-pompier volontaire :", "",
             f"SPV : {N(p)} — centre de secours de {a.town()}",
             f"Adresse : {a.street()}, {a.pc()} {a.town()}",
             f"IBAN enregistré : {iban(ib)}",
             f"Tél. : {c.aphone(a)} — mail : {c.email(p, 'FR')}",
             "Problème : indemnités d'octobre non versées, RIB signalé invalide par la paie.")


@tpl("personal_rescue", "en", 2)
def coastguard_yaml(c):
    ps = [c.who() for _ in range(3)]
    lines = []
    for k, p in enumerate(ps):
        lines += [f"  - name: {N(p)}", f"    role: {['Station Officer: acting', 'Deputy', 'CRO'][k]}",
                  f"    phone: \"{tel(c.phone(c.v(['GB', 'IE'])))}\""]
    return J("My YAML for the coastguard rescue team callout bot fails to load, 'mapping values are not allowed "
             "here'. What's wrong?", "", "team: " + c.v(["Portland CRT", "Doolin Coast Guard Unit"]), "members:",
             *lines, "callout_channel: #crt-callouts")


@tpl("personal_rescue", "en", 3, case="lower")
def cave_rescue_whatsapp(c):
    a, b, d, e = c.who(), c.who(), c.who(sex="f"), c.who()
    cave = c.v(["ogof ffynnon ddu", "gaping gill", "peak cavern"])
    return J("can you turn this whatsapp thread into a short callout log with times",
             f"[21:04] {G(a)}: callout, 2 overdue in {cave}, were due out 6pm. car still at the layby",
             f"[21:06] {G(b)}: on my way, 40 mins. have the hauling kit",
             f"[21:09] {G(a)}: surface controller is {N(d)}, ring her on {tel(c.phone('GB'))} not the group",
             f"[21:31] {G(e)}: at the entrance w/ {F(b)}, heading in",
             f"[23:50] {G(e)}: both found cold but ok, out by 1am hopefully")


@tpl("personal_rescue", "nl", 1)
def brandweer_rooster(c):
    ps = [c.who("nl") for _ in range(3)]
    return J("Kun je dit piketrooster van de vrijwillige brandweerpost omzetten naar een nette tabel per dag?", "",
             f"ma-wo: {N(ps[0])} (bevelvoerder), {N(ps[1])} (chauffeur), tel. {tel(c.phone('NL'))}",
             f"do-zo: {N(ps[2])} (bevelvoerder), {G(ps[0])} als chauffeur",
             "Let op: TS 3531 in onderhoud, uitwijken naar post " + c.v(["Harlingen", "Steenwijk"]) + ".")


@tpl("personal_rescue", "no", 1)
def redningsselskapet_frivillig(c):
    fn = c.idn("FNR")
    p = c.who("no", fn[2])
    a = c.addr("NO")
    return J("Skriv en kort bekreftelse til denne nye frivillige i Redningsselskapet og si hva som mangler:", "",
             f"Navn: {N(p)}", f"Fødselsnummer: {nid(fn[0])}",
             f"Adresse: {a.street()}, {a.pc()} {a.town()}", f"Mobil: {c.aphone(a)}",
             "Båtførerbevis: ja   Kurs i førstehjelp: nei   Politiattest: ikke levert")


@tpl("personal_rescue", "pl", 1)
def gopr_ratownik(c):
    pes = c.idn("PESEL")
    p = c.who("pl", pes[2])
    a = c.addr("PL")
    return J("Sprawdź, czy w tej karcie kandydata na ratownika GOPR czegoś brakuje i napisz krótką odpowiedź:", "",
             f"Imię i nazwisko: {N(p)}", f"PESEL: {nid(pes[0])}", f"Data urodzenia: {dob(fd(pes[1], 'dot'))}",
             f"Adres: {a.street()}, {a.pc()} {a.town()}", f"Telefon: {c.aphone(a)}",
             "Staż w grupie: 2 lata (kandydat), kurs KPP: tak, skitury: tak")


@tpl("personal_rescue", "el", 1)
def el_ethelontis(c):
    am = c.idn("AMKA")
    p = c.who("el", am[2])
    a = c.addr("GR")
    return J("Μπορείς να ελέγξεις αυτή την αίτηση εθελοντή της Πυροσβεστικής και να γράψεις σύντομη απάντηση;", "",
             f"Ονοματεπώνυμο: {N(p)}", f"ΑΜΚΑ: {nid(am[0])}", f"Ημ. γέννησης: {dob(fd(am[1], 'uk'))}",
             f"Διεύθυνση: {a.street()}, {a.pc()} {a.town()}", f"Τηλέφωνο: {c.aphone(a)}",
             "Δίπλωμα οδήγησης: Γ κατηγορίας   Σεμινάριο πρώτων βοηθειών: ναι")


@tpl("personal_rescue", "pt", 1)
def bombeiros_voluntarios(c):
    p, a = c.who("pt"), c.addr("PT")
    nf = c.idn("NIF")[0]
    return J("Escreve um e-mail curto a confirmar a inscrição deste bombeiro voluntário e a pedir o que falta:", "",
             f"Nome: {N(p)}", f"NIF: {nid(nf)}",
             f"Morada: {a.street()}{', ' + a.unit() if a.u else ''}, {a.pc()} {a.town()}",
             f"Telemóvel: {c.aphone(a)}", f"E-mail: {c.email(p, 'PT')}",
             "Falta: atestado médico e registo criminal.")


# =============================================================================================
# personal_police_desk: front counters, lost property, minor reports, witnesses, missing persons
# =============================================================================================

@tpl("personal_police_desk", "en", 3, case=(None, None, "upper"))
def lost_property_register(c):
    rows = []
    items = ["black Samsung phone, cracked case", "brown leather wallet", "child's scooter (blue)",
             "set of keys w/ Liverpool FC fob", "Nikon camera in bag", "hearing aid, left", "passport (expired)",
             "bike helmet", "silver bracelet"]
    for k in range(3):
        finder, owner = c.who(), c.who()
        rows.append(f"| LP-{c.v(['0412', '0519', '0623'])}-{k + 1} | {items[(3 * c.i + k) % 9]} | {N(finder)} | "
                    f"{N(owner) if k != 1 else 'unknown'} | {tel(c.phone('GB')) if k != 1 else '-'} |")
    return J("Front counter lost property book for this week. Which items can go to the 28-day disposal list and "
             "which owners do we still need to ring?", "",
             "| ref | item | handed in by | owner | owner tel |", "|---|---|---|---|---|", *rows)


@tpl("personal_police_desk", "en", 3, case=(None, None, "upper"))
def witness_statement_header(c):
    w, a = c.who(), c.addr("GB")
    d = c.date("young", "adult", "old")
    occ = c.v(["Bus driver", "Retired teacher", "Student nurse"])
    return J("Tidy the header of this witness statement (MG11-style) and point out anything that is inconsistent:", "",
             f"Statement of: {N(w).upper()}", f"Age if under 18: over 18   Occupation: {occ}",
             f"Date of birth: {dob(fd(d, 'uk'))}", f"Home address: {a.line()}", f"Home tel: {c.aphone(a)}",
             f"Mobile: {tel(c.phone('GB'))}",
             "This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge...",
             f"Signed: {F(w)}")


@tpl("personal_police_desk", "en", 3, case=(None, None, "lower"))
def missing_person_intake(c):
    rel = c.v(["mother", "sister", "son"])
    mp, rep, a = c.who(), c.who(sex="m" if rel == "son" else "f"), c.addr("GB", "IE")
    d = c.date(*c.v([("young",), ("child",), ("old",)]))
    seen = c.v(["Last seen at Tesco, Market Place, 17:10 Friday", "Last seen leaving the care home at 14:00",
                "Last seen at the bus station, wearing a red Berghaus jacket"])
    return J("I volunteer on a missing persons helpline. Turn these call notes into a case summary for the duty "
             "caseworker, keep every contact detail:", "",
             f"Missing: {N(mp)}, DOB {dob(fd(d, 'uk'))}, from {a.town()}",
             seen, f"Reported by {N(rep)} ({rel}), {tel(c.phone('GB', 'IE'))}, "
             f"{c.email(rep, 'GB')}", f"Home address: {a.line()}",
             "Police ref given by caller. Family OK for us to share the appeal poster on socials.")


@tpl("personal_police_desk", "de", 1)
def fundbuero_verlust(c):
    p, a = c.who("de"), c.addr("DE", "AT", "CH")
    d = c.date("adult", "young")
    item = c.v(["Geldbörse (schwarz, Leder) mit Personalausweis und EC-Karte", "Schlüsselbund mit rotem Anhänger"])
    return J("Formuliere aus meiner Verlustanzeige eine kurze E-Mail ans Fundbüro:", "",
             f"Name: {N(p)}", f"Geburtsdatum: {dob(fd(d, 'dot'))}", f"Anschrift: {a.street()}, {a.pc()} {a.town()}",
             f"Telefon: {tel(c.phone('DE', 'AT', 'CH'))}", f"Verloren: {item}",
             "Wo: vermutlich im Bus Linie 9 oder am Bahnhof, Samstagabend")


@tpl("personal_police_desk", "es", 1)
def denuncia_hurto(c):
    p, a = c.who("es"), c.addr("ES")
    nie = c.idn("NIE")[0] if c.i == 0 else c.idn("DNI")[0]
    return J("Ayúdame a redactar de forma clara esta denuncia por hurto para presentarla en comisaría:", "",
             f"Denunciante: {N(p)}, {'NIE' if c.i == 0 else 'DNI'} {nid(nie)}",
             f"Domicilio: {a.street()}{', ' + a.unit() if a.u else ''}, {a.pc()} {a.town()}",
             f"Teléfono: {tel(c.phone('ES'))}",
             c.v(["Hechos: me quitaron el móvil de la mochila en la terraza de un bar, sobre las 23:00.",
                  "Hechos: robaron la bici atada frente al portal durante la noche del sábado."]))


@tpl("personal_police_desk", "fr", 1)
def pre_plainte_logs(c):
    p = c.who("fr")
    ip = c.ip()
    return J("Sur notre formulaire de pré-plainte en ligne, cette déclaration a été envoyée deux fois. Explique-moi "
             "les lignes de log et dis-moi laquelle garder :", "",
             f"2025-03-0{2 + c.i} 22:41:07 POST /pre-plainte/submit 200 ip={ipa(ip)} nom=\"{N(p)}\" "
             f"email={c.email(p, 'FR')}",
             f"2025-03-0{2 + c.i} 22:41:09 POST /pre-plainte/submit 200 ip={ipa(ip)} nom=\"{N(p)}\" "
             "email=(idem)",
             f"objet: vol de vélo, {c.v(['rue de la République', 'place du Marché'])}")


@tpl("personal_police_desk", "tr", 1)
def karakol_kayip(c):
    p, a = c.who("tr"), c.addr("TR")
    tc = c.idn("TCKN")[0]
    return J("Karakola vereceğim kayıp eşya dilekçesini düzgün bir dille yazar mısın?", "",
             f"Ad Soyad: {N(p)}", f"T.C. Kimlik No: {nid(tc)}",
             f"Adres: {a.street()}{' ' + a.unit() if a.u else ''}, {a.pc()} {a.town()}/{a.region()}",
             f"Telefon: {c.aphone(a)}",
             c.v(["Kaybolan: cüzdan, içinde ehliyet ve banka kartları var", "Kaybolan: pasaport ve telefon"]))


@tpl("personal_police_desk", "uk", 1)
def zaiava_vtrata(c):
    if c.i == 0:
        rn = c.idn("RNOKPP")
        p = c.who("uk", rn[2])
        idline = f"РНОКПП: {nid(rn[0])}"
    else:
        p = c.who("uk", "f")
        idline = f"Дата народження: {dob(fd(c.date('adult'), 'dot'))}"
    a = c.addr("UA")
    return J("Допоможи скласти заяву до поліції про втрату документів, коротко і грамотно:", "",
             f"Заявник: {OFF(p)}", idline, f"Адреса: {a.line()}", f"Телефон: {c.aphone(a)}",
             "Втрачено: паспорт громадянина України (ID-картка) та водійське посвідчення")


@tpl("personal_police_desk", "he", 2)
def he_police_report(c):
    p, a = c.who("he"), c.addr("IL")
    tz = c.idn("ILID")[0]
    return J("תנסח לי בבקשה תלונה קצרה למשטרה על אובדן ארנק:", "",
             f"שם: {N(p)}", f"ת.ז.: {nid(tz)}", f"כתובת: {a.street()}, {a.town()} {a.pc()}",
             f"טלפון: {c.aphone(a)}",
             c.v(["הארנק אבד כנראה בתחנה המרכזית ביום חמישי בערב.", "הארנק נשכח במונית ביום שישי בבוקר."]))


@tpl("personal_police_desk", "en", 3, case="lower")
def pcso_notes(c):
    p1, p2, p3, a = c.who(sex="f"), c.who(), c.who(sex="f"), c.addr("GB")
    return (f"need to turn my pocket notebook scribbles into a proper entry. "
            f"{c.v(['1320', '1545', '1710'])} spoke to {N(p1)} at {a.street()} re kids riding e-scooters on the "
            f"pavement, she named {N(p2)} from the flats as one of them. advised. also {N(p3)} reported "
            f"her wheelie bin stolen again, gave crime ref, her number is {tel(c.phone('GB'))}. "
            f"words of advice given to both")


@tpl("personal_police_desk", "ja", 1)
def ja_ishitsu_todoke(c):
    p, a = c.who("ja"), c.addr("JP")
    mn = c.idn("MYNUM")[0]
    return J("交番に出す遺失届の内容を、丁寧な文章にまとめてください。",
             f"氏名：{N(p)}", f"住所：{a.line()}", f"電話：{c.aphone(a)}",
             f"遺失物：{c.v(['財布（黒）、マイナンバーカード在中', '定期入れ、マイナンバーカードと社員証'])}",
             f"カード番号（控え）：{nid(mn)}", "日時：昨日の夕方、駅から自宅までの間")


@tpl("personal_police_desk", "ar", 2)
def ar_balagh_faqd(c):
    p = c.who("ar")
    ph = c.phone("EG", "MA", "SA")
    return J("ساعدني في صياغة بلاغ فقدان لمركز الشرطة بشكل رسمي ومختصر:", "",
             f"الاسم: {N(p)}", f"رقم الهاتف: {tel(ph)}",
             c.v(["المفقود: حقيبة يد سوداء بداخلها بطاقة الهوية ومفاتيح السيارة",
                  "المفقود: هاتف محمول ومحفظة فيها رخصة القيادة"]),
             "المكان: السوق القديم، مساء يوم الجمعة")


# =============================================================================================
# personal_relief: civil protection, evacuation and rest centres, family tracing, relief payments
# =============================================================================================

@tpl("personal_relief", "en", 3)
def rest_centre_register(c):
    rows = []
    for k in range(3):
        p, a = c.who(), c.addr(*c.v([("GB",), ("GB",), ("AU",)]))
        d = c.date(*[("old",), ("adult", "young"), ("child",)][(k + c.i) % 3])
        rows.append(f"| {N(p)} | {dob(fd(d, 'uk'))} | {a.street()}, {a.town()} | {c.aphone(a)} | "
                    f"{['cat', '-', '2 dogs', 'none', 'budgie', '-'][(k + c.i) % 6]} | "
                    f"{['needs insulin fridge', 'wheelchair user', '-', 'hearing impaired', '-'][(k + 2 * c.i) % 5]} |")
    return J("Rest centre register from last night's flood evacuation. Can you sort by needs so the council "
             "welfare team sees the vulnerable people first?", "",
             "| name | DOB | home address | phone | pets | needs |", "|---|---|---|---|---|---|", *rows)


@tpl("personal_relief", "en", 2, case=(None, "lower"))
def family_tracing_request(c):
    enq, sought = c.who(sex=c.v(["f", "m"])), c.who(sex=c.v(["m", None]))
    a = c.addr(*c.v([("KE", "ZA"), ("IN", "PH")]))
    return J("Help me fill the free-text part of a Restoring Family Links tracing request. My notes:", "",
             f"- enquirer: {N(enq)}, {tel(c.phone('GB'))}, lives in {loc(c.v(['Leeds', 'Cardiff']))}",
             f"- looking for {c.v(['her brother', 'his cousin'])} {N(sought)}, last contact 2023",
             f"- last known address: {a.line()}",
             f"- {G(sought)} used the phone {c.aphone(a)}, now switched off",
             "- separated after the floods, may have gone to a relative's village")


@tpl("personal_relief", "en", 2)
def hardship_payment(c):
    p, a = c.who(), c.addr(*c.v([("IE",), ("GB",)]))
    ib = IBANS[c.v(["IE", "GB"])]
    return J("Write a short confirmation letter for this emergency flood hardship payment:", "",
             f"Applicant: {N(p)}", f"Address: {a.line()}", f"Payment: {c.v(['€500', '£500'])} humanitarian assistance, 1st tranche",
             f"Bank: {iban(ib)}", f"Contact: {c.aphone(a)} / {c.email(p, a.cc)}",
             "Checked by: duty officer (initials only)")


@tpl("personal_relief", "it", 2)
def protezione_civile_volontari(c):
    rows = []
    for _ in range(2):
        cf, p = c.holder("CF", "it")
        rows.append(f"{N(p)};{nid(cf[0])};{tel(c.phone('IT'))};{c.v(['logistica', 'segreteria'])}")
    return J("Mi serve l'elenco dei volontari di protezione civile attivati per l'alluvione in formato tabella, "
             "ordinati per cognome:", "", "nominativo;codice fiscale;cellulare;funzione", *rows)


@tpl("personal_relief", "tr", 1)
def afad_cadirkent(c):
    ps = [c.who("tr") for _ in range(2)]
    tc = c.idn("TCKN")[0]
    a = c.addr("TR")
    return J("Deprem sonrası çadır kent kayıt listesini tabloya çevirir misin? Eksik bilgileri işaretle.", "",
             f"1) {N(ps[0])} – TC {nid(tc)} – hane 5 kişi – tel {tel(c.phone('TR'))}",
             f"2) {N(ps[1])} – TC yok – hane 2 kişi – eski adres: {a.street()}, {a.town()}/{a.region()}",
             "Not: ikisi de ilaç ihtiyacı bildirdi.")


@tpl("personal_relief", "id", 2)
def bnpb_pengungsi(c):
    nik = c.idn("NIK")
    p = c.who("id", nik[2])
    a = c.addr("ID")
    return J("Tolong rapikan data pengungsi gempa ini jadi paragraf singkat untuk laporan posko:", "",
             f"Nama: {N(p)}", f"NIK: {nid(nik[0])}", f"Tgl lahir: {dob(fd(nik[1], 'uk'))}",
             f"Alamat asal: {a.line()}", f"HP: {c.aphone(a)}",
             c.v(["Kondisi: rumah rusak berat, butuh terpal dan selimut", "Kondisi: luka ringan, sudah diobati PMI"]))


@tpl("personal_relief", "tl", 2, case=("lower", None))
def evacuation_center_taglish(c):
    p1, p2, a = c.who("tl"), c.who("tl"), c.addr("PH")
    return J("Pa-summarize naman ng list ng evacuees sa covered court, for the MDRRMO report:",
             f"- {N(p1)}, 4 sila sa pamilya, galing {a.street()}, Brgy. {a.unit()}, {a.town()}, cp {c.aphone(a)}",
             f"- {N(p2)}, senior citizen, kasama apo, need ng maintenance meds, cp {tel(c.phone('PH'))}",
             "- baha hanggang bewang daw sa area nila kagabi pa")


@tpl("personal_relief", "hi", 1)
def baadh_rahat(c):
    p = c.who("hi")
    ad = c.idn("AADHAAR")[0]
    return J("बाढ़ राहत शिविर के इस रजिस्टर को साफ़ तालिका में बदल दीजिए:", "",
             f"नाम: {N(p)}", f"आधार: {nid(ad)}", f"मोबाइल: {tel(c.phone('IN'))}",
             f"गाँव: {loc(c.v(['जोशीमठ', 'मुनस्यारी']))}",
             "परिवार के सदस्य: 5, राशन किट दी गई, दवाइयों की ज़रूरत")


@tpl("personal_relief", "th", 2)
def th_shelter(c):
    p = c.who("th")
    tid = c.idn("THID")[0]
    a = c.addr("TH")
    return J("ช่วยสรุปข้อมูลผู้อพยพน้ำท่วมนี้ให้เป็นย่อหน้าสั้นๆ สำหรับรายงานศูนย์พักพิง",
             f"ชื่อ: {N(p)}", f"เลขบัตรประชาชน: {nid(tid)}", f"ที่อยู่: {a.line()}", f"โทร: {c.aphone(a)}",
             c.v(["ต้องการ: ยารักษาโรคเบาหวาน, ผ้าห่ม", "ต้องการ: นมผงเด็ก, ผ้าอ้อม"]))


@tpl("personal_relief", "vi", 1)
def vi_bao_lu(c):
    cc = c.idn("CCCD")
    p = c.who("vi", cc[2])
    a = c.addr("VN")
    return J("Giúp mình viết lại danh sách hộ bị ảnh hưởng bởi bão lũ này cho gọn, để gửi ban chỉ huy:", "",
             f"Chủ hộ: {N(p)}, CCCD {nid(cc[0])}, sinh ngày {dob(fd(cc[1], 'uk'))}",
             f"Địa chỉ: {a.line()}", f"SĐT: {c.aphone(a)}",
             c.v(["Thiệt hại: nhà sập một phần, cần hỗ trợ gạo và nước sạch",
                  "Thiệt hại: mất gia súc, một người bị thương nhẹ"]))


@tpl("personal_relief", "ro", 1)
def isu_inundatii(c):
    cnp = c.idn("CNP")
    p = c.who("ro", cnp[2])
    a = c.addr("RO")
    return J("Poți reformula fișa asta pentru ajutorul de urgență după inundații, ca text oficial?", "",
             f"Solicitant: {N(p)}, CNP {nid(cnp[0])}", f"Adresa: {a.line()}", f"Telefon: {c.aphone(a)}",
             c.v(["Pagube: beci inundat, centrală termică distrusă", "Pagube: gard și anexă luate de viitură"]))


@tpl("personal_relief", "en", 2)
def donation_phone_log(c):
    p, a = c.who(), c.addr("GB", "IE", "AU")
    cd = c.card()
    return J("One of our phone volunteers typed a donor's full card number into the appeal log. Rewrite the entry "
             "so only the last four digits remain:", "",
             f"{c.v(['Sat 11:02', 'Sun 16:45'])} | {N(p)} | {a.street()}, {a.town()} {a.pc()} | {c.aphone(a)} | "
             f"£{c.v(['50', '120'])} earthquake appeal | card {card(cd)} exp 11/26 | Gift Aid: yes")


@tpl("personal_relief", "br", 1)
def defesa_civil_cadastro(c):
    p, a = c.who("br"), c.addr("BR")
    cp = c.idn("CPF")[0]
    return J("Transforma esse cadastro de família desalojada num texto para o relatório da Defesa Civil:", "",
             f"Responsável: {N(p)} – CPF {nid(cp)}",
             f"Endereço: {a.street()}, {a.town()} - {a.region()}, CEP {a.pc()}",
             f"Contato: {c.aphone(a)}",
             c.v(["Situação: casa interditada por risco de deslizamento, 4 pessoas",
                  "Situação: água entrou na casa, perderam móveis e documentos"]))


# =============================================================================================
# personal_correspondence: the public writing in: thanks, complaints, family messages, web forms
# =============================================================================================

@tpl("personal_correspondence", "en", 3, case=(None, "lower", None))
def thank_you_letter(c):
    hus, me, a = c.who(sex="m"), c.who(sex="f"), c.addr("GB", "IE", "AU", "NZ")
    cr1, cr2, ch = c.who(), c.who(), c.who(sex="f")
    when = c.v(["On the 3rd of May", "Last Tuesday night", "On Christmas Eve"])
    return J("Can you help me make this thank-you letter to the ambulance service sound a bit better? Don't make it "
             "too formal.", "", "Dear Sir or Madam,",
             f"{when} my husband {N(hus)} collapsed at our home, {a.line()}. The call handler, I think her name "
             f"was {G(ch)}, talked me through CPR until the crew arrived. The paramedics, {N(cr1)} and "
             f"{N(cr2)}, got his heart going again with the defibrilator. He is home now and doing well.",
             "Please pass on our thanks to all of them.", "", f"Yours, {N(me)}", c.aphone(a))


@tpl("personal_correspondence", "en", 3, case=(None, None, "lower"))
def complaint_reply(c):
    p, dad, a = c.who(), c.who(sex="m"), c.addr("GB", "US", "CA")
    wait = c.v(["four hours", "nearly 3 hrs", "over five hours"])
    return J("Draft a reply from the patient experience team: apologise, explain we'll investigate within 25 working "
             "days, no excuses.", "",
             f"> From: {N(p)} <{c.email(p, a.cc)}>",
             "> Subject: Complaint - ambulance delay",
             f"> My father {N(dad)}, who is 86, fell at his flat at {a.street()}, {a.town()} on Sunday and lay on",
             f"> the floor for {wait} before anyone came. I rang back three times and never recieved an ETA. Staff were kind but",
             "> nobody could tell me when a crew would arrive. This is not acceptable.",
             f"> {G(p)}", f"> {tel(c.phone(a.cc if a.cc in PHONES else 'GB'))}")


@tpl("personal_correspondence", "de", 1)
def beschwerde_rettungsdienst(c):
    p, mut, a = c.who("de"), c.who("de", "f"), c.addr("DE", "AT", "CH")
    return J("Kannst du meine Beschwerde an den Rettungsdienst sachlicher formulieren? Ich bin noch ziemlich sauer.", "",
             "Sehr geehrte Damen und Herren,",
             f"am {c.v(['Freitag', 'Sonntagabend'])} musste ich für meine Mutter {N(mut)} den Notruf wählen. "
             "Es hat über 40 Minuten gedauert, bis der RTW da war, und niemand hat sich entschuldigt.",
             f"Meine Anschrift: {a.street()}, {a.pc()} {a.town()}, Telefon {c.aphone(a)}",
             f"Mit freundlichen Grüßen, {N(p)}")


@tpl("personal_correspondence", "fr", 1)
def remerciement_sauveteurs(c):
    p, s1, s2, a = c.who("fr"), c.who("fr"), c.who("fr"), c.addr("FR")
    qui = c.v(["aux sauveteurs de la SNSM", "aux sapeurs-pompiers du centre de secours"])
    return J(f"Aide-moi à écrire un petit mot de remerciement {qui}, quelque chose de simple et sincère :", "",
             f"- c'est {N(s1)} et {N(s2)} qui sont intervenus pour mon fils samedi",
             f"- on habite {a.street()}, {a.pc()} {a.town()}",
             f"- signer : {N(p)}, {c.email(p, 'FR')}",
             "- préciser qu'on fera un don à l'association")


@tpl("personal_correspondence", "mx", 2, case=(None, "lower"))
def queja_ambulancia(c):
    p, a = c.who("mx"), c.addr(*c.v([("MX",), ("AR", "CL")]))
    return J("Necesito mejorar esta queja para la central de emergencias, que suene formal pero firme:", "",
             f"Me llamo {N(p)} y vivo en {a.street()}, {a.town()}. El domingo llamé al 911 porque mi tía se "
             "desmayó y la ambulancia tardó más de una hora. Cuando llegaron no traían oxígeno.",
             f"Pueden contactarme al {c.aphone(a)} o al correo {c.email(p, 'MX')}.")


@tpl("personal_correspondence", "it", 2)
def ringraziamento_soccorso_alpino(c):
    p, tec, a = c.who("it", "f"), c.who("it", "m"), c.addr("IT")
    return J("Mi aiuti a scrivere una lettera di ringraziamento al Soccorso Alpino? Ecco cosa voglio dire:", "",
             f"- il {c.v(['12 agosto', '3 gennaio'])} mio marito si è fatto male sul sentiero sopra {a.town()}",
             f"- il tecnico {N(tec)} è rimasto con noi fino all'arrivo dell'elicottero",
             f"- firmare {N(p)}, {a.street()}, {a.pc()} {a.town()} ({a.region()})",
             "- vorremmo fare una donazione, chiedere l'IBAN della stazione")


@tpl("personal_correspondence", "cs", 1)
def podekovani_horska_sluzba(c):
    p, zach, a = c.who("cs"), c.who("cs"), c.addr("CZ")
    return J("Můžeš mi pomoct napsat poděkování Horské službě? Stačí pár vět.", "",
             f"Loni v zimě nás s dcerou zachránil {N(zach)} z Horské služby, když nás na hřebeni chytla mlha.",
             f"Podpis: {N(p)}, {a.street()}, {a.pc()} {a.town()}, tel. {c.aphone(a)}")


@tpl("personal_correspondence", "fi", 1)
def kiitos_meripelastajat(c):
    p, pel, a = c.who("fi"), c.who("fi"), c.addr("FI")
    return J("Auta kirjoittamaan kiitoskirje Meripelastusseuran vapaaehtoisille:", "",
             f"- veneemme moottori sammui {c.v(['Porkkalan edustalla', 'Hailuodon lähellä'])} myrskyssä",
             f"- aluksen päällikkö oli {N(pel)}",
             f"- allekirjoitus: {N(p)}, {a.street()}, {a.pc()} {a.town()}, puh. {tel(c.phone('FI'))}")


@tpl("personal_correspondence", "hu", 1)
def koszonolevel_mentok(c):
    p, m, a = c.who("hu", "f"), c.who("hu", "m"), c.addr("HU")
    return J("Segíts megfogalmazni egy köszönőlevelet a mentőszolgálatnak!", "",
             f"A mentőtiszt {N(m)} volt, aki a férjemet újraélesztette a {c.v(['Balaton-parton', 'strandon'])}.",
             f"Aláírás: {N(p)}, {a.pc()} {a.town()}, {a.street()}, tel.: {tel(c.phone('HU'))}")


@tpl("personal_correspondence", "en", 3, case="lower")
def family_whatsapp(c):
    mum, kid, a = c.who(sex="f"), c.who(), c.addr("GB", "IE", "AU")
    return J("what does this mean and should i be worried, my mum got this text from the coastguard",
             f"\"Hi {G(mum)}, this is the coastguard operations centre. {N(kid)}'s kayak group has been located "
             f"safe near {c.v(['the harbour wall', 'the point', 'the old pier'])}. lifeboat is bringing them back "
             f"to the station. please call {tel(c.phone('GB', 'IE', 'AU'))} if you need more info\"",
             f"also we live at {a.street()}, {a.town()} if they need to drop stuff off")


@tpl("personal_correspondence", "ru", 1)
def zhaloba_skoraya(c):
    p, a = c.who("ru"), c.addr("RU")
    sn = c.idn("SNILS")[0]
    return J("Помоги переписать жалобу на работу скорой помощи, чтобы звучало официально:", "",
             f"Я, {OFF(p)}, СНИЛС {nid(sn)}, проживаю по адресу: {a.line()}.",
             f"{c.v(['Вчера', 'В субботу'])} вызывал(а) скорую к отцу, бригада приехала через 2 часа.",
             f"Телефон для связи: {c.aphone(a)}")


@tpl("personal_correspondence", "da", 1)
def tak_til_redderne(c):
    p, r, a = c.who("da"), c.who("da"), c.addr("DK")
    return J("Kan du hjælpe mig med at skrive en kort tak til ambulancefolkene? Mine noter:", "",
             f"- redder {N(r)} tog sig af min søn efter ulykken ved havnen",
             f"- vi bor {a.street()}{', ' + a.unit() if a.u else ''}, {a.pc()} {a.town()}",
             f"- underskrift {N(p)}, tlf. {c.aphone(a)}")


@tpl("personal_correspondence", "en", 2)
def webform_hoax_log(c):
    p1, p2 = c.who(), c.who()
    i1, i2 = c.ip(), c.ip()
    return J("Our fire service 'contact us' form got a run of fake emergency reports. Which of these submissions "
             "look like the same sender? Explain briefly.", "",
             f"#4471  {ipa(i1)}  name={N(p1)}  email={c.email(p1, 'GB')}  msg=\"fire at school, come now\"",
             f"#4472  {ipa(i1)}  name={N(p2)}  email={c.email(p2, 'GB')}  msg=\"fire at SCHOOL!!\"",
             f"#4475  {ipa(i2)}  name={N(p1)}  email=(blank)  msg=\"sorry that was my son\"")


# =============================================================================================
# clean_firstaid: eponymous manoeuvres, signs, scales and scores; first-aid knowledge (PII-free)
# =============================================================================================

@tpl("clean_firstaid", "en", 3, case=(None, None, "lower"))
def eponym_refresher(c):
    lists = [
        ("the Heimlich manoeuvre, the Glasgow Coma Scale, the Rautek grip, Cheyne-Stokes breathing, Battle's "
        "sign and Beck's triad"),
        ("the Apgar score, Cushing's triad, Kussmaul breathing, Battle's sign vs raccoon eyes, the Trendelenburg "
        "position and the Sellick manoeuvre"),
        ("the Parkland formula, the Wallace rule of nines, the Lund and Browder chart, Hartmann's solution, "
        "Murphy's sign and the Valsalva manoeuvre"),
    ]
    crew = c.v(["our lifeboat crew", "the St John Ambulance cadets", "new community first responders"])
    return (f"I'm running a first-aid refresher for {crew}. Give me a one-line plain-English explanation of each, "
            f"and say who it's named after: {c.v(lists)}.")


@tpl("clean_firstaid", "en", 3)
def scores_table(c):
    tables = [
        ["| Glasgow Coma Scale | Teasdale and Jennett, Glasgow 1974 | consciousness, 3-15 |",
         "| Apgar | Virginia Apgar | newborns at 1 and 5 min |",
         "| Cincinnati Prehospital Stroke Scale | University of Cincinnati | face, arm, speech |"],
        ["| NEWS2 | Royal College of Physicians | deterioration |",
         "| Canadian C-spine rule | Ian Stiell, Ottawa | who needs imaging |",
         "| Ottawa ankle rules | Ian Stiell | ankle x-ray or not |"],
        ["| Wells score | Philip Wells | PE / DVT probability |",
         "| Broselow tape | James Broselow | paediatric weight and doses |",
         "| Mallampati | Seshagiri Mallampati | airway difficulty |"],
    ]
    return J("Can you check this revision table for our paramedic students? Correct anything wrong in the middle "
             "column.", "", "| score | named after / from | used for |", "|---|---|---|", *c.v(tables))


@tpl("clean_firstaid", "en", 3, case="lower")
def firstaid_questions_lower(c):
    return c.v([
        ("is the heimlich manoeuvre still taught or is it back blows first now? my st john ambulance course said "
        "5 back blows then 5 abdominal thrusts but the red cross video was different"),
        ("whats the difference between a zoll aed plus and a philips heartstart frx for a village hall, "
        "which one would the british heart foundation recommend"),
        ("why is it called the recovery position and did the red cross invent it or was it someone like "
        "florence nightingale? also is it the same as the stable side position in germany"),
    ])


@tpl("clean_firstaid", "de", 2)
def erste_hilfe_griffe(c):
    return c.v([
        ("Erklär mir für den Erste-Hilfe-Kurs den Unterschied zwischen Rautek-Rettungsgriff und "
        "Esmarch-Handgriff. Nach wem sind die eigentlich benannt?"),
        ("Was sagen die ERC-Leitlinien 2021 zum Heimlich-Manöver bei Kindern? Und stimmt es, dass das Johanniter- "
        "und das DRK-Material da unterschiedlich sind?"),
    ])


@tpl("clean_firstaid", "fr", 2)
def secourisme_questions(c):
    return c.v([
        ("Pour une formation PSC1, peux-tu m'expliquer simplement la manœuvre de Heimlich et la position latérale "
        "de sécurité, et dire qui était Henry Heimlich ?"),
        ("Quelle est la différence entre l'échelle de Glasgow et l'échelle AVPU, et pourquoi les "
        "sapeurs-pompiers de Paris utilisent-ils encore la première ?"),
    ])


@tpl("clean_firstaid", "es", 2)
def primeros_auxilios(c):
    return c.v([
        ("Hazme un resumen para un curso de la Cruz Roja: maniobra de Heimlich, posición lateral de seguridad y "
        "escala de Glasgow, con una frase cada una."),
        ("¿Por qué se llama posición de Trendelenburg? ¿Quién era Friedrich Trendelenburg y se sigue usando en "
        "emergencias extrahospitalarias?"),
    ])


@tpl("clean_firstaid", "ja", 2)
def ja_kyukyu(c):
    return c.v([
        "救命講習の資料用に、ハイムリック法と背部叩打法の違いを簡単に説明してください。",
        "グラスゴー・コーマ・スケール（GCS）とジャパン・コーマ・スケール（JCS）の違いを表にしてください。",
    ])


@tpl("clean_firstaid", "zh", 2)
def zh_jijiu(c):
    return c.v([
        "请用通俗的话解释海姆立克急救法，以及它是谁发明的。",
        "格拉斯哥昏迷评分怎么算？帮我做一个给红十字会志愿者用的简表。",
    ])


@tpl("clean_firstaid", "ru", 1)
def ru_pervaya_pomosch(c):
    return c.v([
        ("Объясни для курсов первой помощи, что такое приём Геймлиха и тройной приём Сафара, и кем были "
        "Генри Геймлих и Петер Сафар."),
        "Чем шкала комы Глазго отличается от шкалы AVPU? Сделай короткую таблицу.",
    ])


@tpl("clean_firstaid", "en", 2)
def cpr_history(c):
    return c.v([
        ("For a talk at our first responder group: how did modern CPR come about? Mention Peter Safar, James "
        "Elam, William Kouwenhoven and Åsmund Laerdal's Resusci Anne, and the story about L'Inconnue de la Seine."),
        ("Write 150 words on Frank Pantridge and the first portable defibrillator in Belfast, and how that led "
        "to the Zoll and Philips AEDs we carry today."),
    ])


@tpl("clean_firstaid", "en", 2, case="upper")
def firstaid_poster_caps(c):
    return c.v([
        J("Make this poster text shorter, it has to fit on A4:", "IN AN EMERGENCY: DANGER, RESPONSE, SEND FOR HELP, "
          "AIRWAY, BREATHING, CPR, DEFIBRILLATION. CALL 999 OR 112 AND ASK FOR AMBULANCE. NEAREST AED: MAIN "
          "ENTRANCE, NEXT TO RECEPTION. FIRST AIDERS TRAINED BY ST JOHN AMBULANCE."),
        J("Proofread this sign for the pool:", "CHOKING? 5 BACK BLOWS, 5 ABDOMINAL THRUSTS (HEIMLICH MANOEUVRE). "
          "DROWNING: 5 RESCUE BREATHS FIRST. LIFEGUARDS QUALIFIED WITH THE ROYAL LIFE SAVING SOCIETY."),
    ])


@tpl("clean_firstaid", "ar", 2)
def ar_isaafat(c):
    return c.v([
        "اشرح لي بشكل مبسط مناورة هايمليك ومتى نستخدم الضربات على الظهر بدلاً منها، لدورة الهلال الأحمر.",
        "ما هو مقياس غلاسكو للغيبوبة وكيف يحسبه المسعف؟ أريد جدولاً قصيراً.",
    ])


@tpl("clean_firstaid", "br", 1)
def br_primeiros_socorros(c):
    return c.v([
        ("Me explica a manobra de Heimlich e a escala de Glasgow de um jeito simples, para um treinamento da "
        "brigada de incêndio da empresa."),
        ("Qual a diferença entre ligar para o SAMU 192 e para os Bombeiros 193? E o que faz o Corpo de Bombeiros "
        "em caso de afogamento?"),
    ])


# =============================================================================================
# clean_equipment: kit, vehicles, radios, dispatch and ePCR software, rotas by role (PII-free)
# =============================================================================================

@tpl("clean_equipment", "en", 3)
def vehicle_checklist(c):
    kits = [
        ["Zoll X Series monitor - pads in date, battery > 50%", "LUCAS 3.1 chest compression device",
         "Stryker Power-PRO XT stretcher - charge", "Ferno carry chair", "Entonox cylinder - full",
         "Motorola MTP6650 radio + spare battery"],
        ["Holmatro spreader and cutter (Jaws of Life) - oil level", "Dräger PSS 7000 BA sets x4",
         "MSA thermal imaging camera", "Halligan bar", "Kendrick Extrication Device (KED)",
         "Hurst eDRAULIC ram"],
        ["Philips HeartStart FRx AED", "Laerdal suction unit (LSU)", "Ferno scoop stretcher",
         "SAM splints x3", "Petzl headtorches", "Sepura radio + Garmin inReach"],
    ]
    who = c.v(["our double-crewed ambulance", "the rescue pump", "the mountain rescue Land Rover"])
    return J(f"Turn this daily check list for {who} into a printable tick-box sheet with a notes column:", "",
             *[f"- {k}" for k in c.v(kits)])


@tpl("clean_equipment", "en", 3, case=(None, "lower", None))
def dispatch_software_compare(c):
    return c.v([
        ("We're a small county fire control replacing our CAD. Compare Hexagon HxGN OnCall, Motorola "
         "Solutions PremierOne and Tyler New World on mobile data, AVL and integration with RapidSOS."),
        ("What are the pros and cons of ESO, ImageTrend Elite and Siren ePCR for a rural EMS agency? We also "
         "use Zoll Online and Active911 for paging."),
        ("How do what3words, AML (Advanced Mobile Location) and SARLOC compare for locating walkers who ring "
         "999? Our mountain rescue team uses SARCALL and Garmin inReach."),
    ])


@tpl("clean_equipment", "en", 2)
def radio_phonetic(c):
    return c.v([
        ("Make a laminated radio cheat sheet for new volunteers: the NATO phonetic alphabet (Alfa, Bravo, "
         "Charlie, Delta, Echo, Foxtrot, Golf, Hotel, India, Juliett, Kilo, Lima, Mike, November, Oscar, Papa, "
         "Quebec, Romeo, Sierra, Tango, Uniform, Victor, Whiskey, X-ray, Yankee, Zulu) and how to read numbers."),
        ("Explain the difference between Mayday, Pan-Pan and Sécurité on VHF channel 16, where Mayday comes from "
         "(m'aider), and whether the old 10-codes like 10-4 are still used by US dispatchers."),
    ])


@tpl("clean_equipment", "en", 3, case=("upper", None, None))
def rota_template_csv(c):
    heads = [
        ("week,Red Watch,Blue Watch,Green Watch,White Watch",
         ["1,Days,Nights,Off,Off", "2,Off,Days,Nights,Off", "3,Off,Off,Days,Nights"]),
        ("shift,callsign,role_1,role_2",
         ["Early,Alpha 1,Paramedic,Emergency Care Assistant", "Late,Bravo 2,Paramedic,Paramedic",
          "Night,Charlie 3,Technician,Student Paramedic"]),
        ("day,boat,helm,crew_needed",
         ["Mon,D-class,Helm (any),2", "Wed,Atlantic 85,Senior helm,3", "Sat,Shannon,Coxswain,5"]),
    ]
    h, rows = c.v(heads)
    return J("Convert this rota template to a Google Sheets formula layout that highlights gaps. No names yet, "
             "roles only:", "", h, *rows)


@tpl("clean_equipment", "de", 2)
def geraeteliste(c):
    return c.v([
        ("Mach mir eine Beladeliste für ein HLF 20 als Tabelle: Rosenbauer-Aufbau, Weber Rescue Spreizer und "
         "Schere, Lukas Rettungszylinder, Dräger PSS 7000, Wärmebildkamera, Halligan-Tool, Spineboard."),
        ("Welcher Defi ist für unseren RTW besser, corpuls3 oder Zoll X Series? Wir fahren Mercedes Sprinter "
         "mit WAS-Ausbau und funken digital mit Motorola-Geräten."),
    ])


@tpl("clean_equipment", "fr", 2)
def materiel_secours(c):
    return c.v([
        ("Fais-moi une check-list de prise de garde pour un VSAV sur Renault Master : DSA Schiller, brancard "
         "Ferno, sac d'oxygénothérapie, radios Motorola sur le réseau Antares."),
        ("Que change le passage du logiciel Systel au système national NexSIS 18-112 pour un CTA-CODIS ? "
         "Réponds en cinq points."),
    ])


@tpl("clean_equipment", "nl", 1)
def materieel_meldkamer(c):
    return c.v([
        ("Leg uit hoe C2000, P2000 en het Geïntegreerd Meldkamersysteem (GMS) samenwerken bij een "
         "ambulance-inzet. Kort graag."),
        ("Wat is het verschil tussen een Lifepak 15 van Physio-Control en een Corpuls3 voor de ambulancedienst?"),
    ])


@tpl("clean_equipment", "sv", 1)
def utrustning_raddning(c):
    return c.v([
        "Förklara kort hur RAKEL fungerar för räddningstjänsten och varför SOS Alarm använder det.",
        ("Gör en checklista för en räddningsbil på Scania-chassi: Holmatro-verktyg, Dräger-andningsskydd, "
         "Lifepak-hjärtstartare."),
    ])


@tpl("clean_equipment", "ko", 1)
def ko_jangbi(c):
    return c.v([
        "구급차 장비 점검표를 만들어 줘: 필립스 하트스타트 자동심장충격기, 스트라이커 들것, 산소통, 모토로라 무전기.",
        "현대 쏠라티 구급차와 포드 트랜짓 구급차의 장단점을 표로 비교해 줘.",
    ])


@tpl("clean_equipment", "en", 3, case="lower")
def software_questions_lower(c):
    return c.v([
        "does zoll online sync automatically with imagetrend or do we have to export the ecg strips by hand",
        "how do i export a month of callouts from iamresponding to excel, the button just gives me a pdf",
        "is d4h or sarcall better for a small cave rescue team, we mostly need callouts and training logs",
    ])


@tpl("clean_equipment", "en", 2)
def station_config_json(c):
    cfg = c.v([
        ['  "station": "Station 51",', '  "apparatus": ["Engine 51", "Squad 51", "Medic 12"],',
         '  "paging": {"provider": "Active911", "fallback": "Twilio SMS"},', '  "map": "Esri ArcGIS Online"'],
        ['  "station": "Lifeboat station (Shannon class)",', '  "assets": ["ALB 13-41", "ILB D-class"],',
         '  "paging": {"provider": "Pagerduty", "fallback": "SMS"},', '  "weather": "Met Office DataPoint"'],
    ])
    return J("Validate this config and tell me why the paging block is ignored:", "```json", "{", *cfg, "}", "```")


@tpl("clean_equipment", "it", 2)
def attrezzature_118(c):
    return c.v([
        ("Fammi una checklist per l'ambulanza di soccorso di base: barella Spencer, sedia portantina Ferno, "
         "defibrillatore Philips HeartStart, collare cervicale, radio Motorola."),
        ("Che differenza c'è tra un'ambulanza su Fiat Ducato e una su Iveco Daily per il soccorso in montagna?"),
    ])


@tpl("clean_equipment", "pl", 1)
def sprzet_ratowniczy(c):
    return c.v([
        ("Porównaj narzędzia hydrauliczne Lukas i Holmatro dla OSP – cena, waga, serwis. Krótko, w tabeli."),
        ("Jak działa System Wspomagania Dowodzenia PRM i co się zmieniło po wprowadzeniu numeru 112?"),
    ])


# =============================================================================================
# clean_history: founders, heroes, disasters and scientists of the rescue world (PII-free)
# =============================================================================================

@tpl("clean_history", "en", 3)
def red_cross_history(c):
    return c.v([
        ("Write a 200-word piece for our volunteer newsletter on Henry Dunant, the battle of Solferino and how "
         "A Memory of Solferino led to the ICRC and the first Geneva Convention of 1864."),
        ("Compare Florence Nightingale and Mary Seacole in the Crimean War for a Black History Month display at "
         "the ambulance station. Keep it balanced, 6 bullet points each."),
        ("Timeline please: Clara Barton founding the American Red Cross, Gustave Moynier, the Red Crescent "
         "emblem, and the Red Crystal added in 2005."),
    ])


@tpl("clean_history", "en", 3, case=(None, None, "lower"))
def lifeboat_history(c):
    return c.v([
        ("Give me a short history of the RNLI for a station open day: Sir William Hillary's 1823 appeal, "
         "Lionel Lukin's unimmergible boat, Henry Greathead and the Original at South Shields."),
        ("Tell the story of Grace Darling and her father William rowing out to the Forfarshire in 1838, for "
         "a primary school visit to the lifeboat station. About 250 words."),
        ("Who was Henry Blogg of Cromer and why is he called the greatest of the lifeboatmen? And what happened "
         "to the Solomon Browne in the Penlee disaster of 1981?"),
    ])


@tpl("clean_history", "en", 3, case=(None, "lower", None))
def scales_and_science(c):
    return c.v([
        ("Explain the Beaufort scale to new coastguard volunteers: who Francis Beaufort was, what Force 8 "
         "looks like at sea, and why the Met Office shipping forecast still uses it."),
        ("What is the difference between the Richter scale, the moment magnitude scale and the Mercalli "
         "intensity scale? Mention Charles Richter and Beno Gutenberg. For a USAR team briefing."),
        ("How does Bernoulli's principle explain what happens in a fire hose nozzle and a venturi foam "
         "inductor? Include Torricelli's law if it helps."),
    ])


@tpl("clean_history", "en", 2)
def disaster_lessons(c):
    return c.v([
        ("Summarise the main lessons for control rooms from the Grenfell Tower Inquiry (Sir Martin Moore-Bick) "
         "and the Kerslake report on the Manchester Arena attack. Bullet points, neutral tone."),
        ("For a training session on major incidents, compare the King's Cross fire of 1987, Piper Alpha "
         "(Lord Cullen's inquiry) and the Hillsborough disaster (Lord Justice Taylor's report)."),
    ])


@tpl("clean_history", "de", 2)
def feuerwehr_geschichte(c):
    return c.v([
        ("Schreib einen kurzen Text für die Festschrift: Conrad Dietrich Magirus, Carl Metz und die Gründung der "
         "ersten freiwilligen Feuerwehren in Deutschland."),
        ("Wer war Friedrich von Esmarch, und was haben Johanniter, Malteser, ASB und DLRG mit ihm oder mit Henry "
         "Dunant zu tun?"),
    ])


@tpl("clean_history", "fr", 2)
def histoire_secours(c):
    return c.v([
        ("Résume en 150 mots l'histoire des « ambulances volantes » de Dominique-Jean Larrey sous Napoléon."),
        ("Comment Louis Lareng a-t-il créé le SAMU à Toulouse ? Et pourquoi la Brigade de sapeurs-pompiers de "
         "Paris est-elle une unité militaire depuis 1811 ?"),
    ])


@tpl("clean_history", "it", 2)
def storia_soccorso(c):
    return c.v([
        ("Raccontami in breve la storia della Misericordia di Firenze e della Croce Rossa Italiana, con "
         "Ferdinando Palasciano."),
        ("Quando è nato il Corpo Nazionale Soccorso Alpino e Speleologico e che ruolo ha avuto nel terremoto "
         "del Friuli del 1976?"),
    ])


@tpl("clean_history", "ja", 2)
def ja_rekishi(c):
    return c.v([
        "日本赤十字社の成り立ちを、佐野常民と博愛社、磐梯山噴火の救護活動に触れて説明してください。",
        "阪神・淡路大震災の後、緊急消防援助隊はどのように作られたのですか？",
    ])


@tpl("clean_history", "he", 2)
def he_mada(c):
    return c.v([
        "תסביר לי בקצרה מה ההבדל בין מגן דוד אדום לאיחוד הצלה, ומי זה אלי ביר.",
        "מתי מגן דוד אדום התקבל לתנועת הצלב האדום הבינלאומית, ומה זה הקריסטל האדום?",
    ])


@tpl("clean_history", "el", 1)
def el_istoria(c):
    return c.v([
        "Εξήγησέ μου την κλίμακα Μποφόρ και την κλίμακα Ρίχτερ με απλά λόγια, για εθελοντές της Πολιτικής Προστασίας.",
        "Τι έμαθε η ΕΜΑΚ από τον σεισμό της Πάρνηθας το 1999; Σύντομα, σε κουκκίδες.",
    ])


@tpl("clean_history", "es", 2)
def historia_rescate(c):
    return c.v([
        ("¿Qué magnitud tuvo el terremoto de Valdivia de 1960 en la escala de Richter y por qué se usa ahora la "
         "magnitud de momento?"),
        ("Resúmeme la historia de Salvamento Marítimo y de la Cruz Roja Española en el Estrecho, en 5 puntos."),
    ])


@tpl("clean_history", "en", 3, case="lower")
def trivia_lower(c):
    return c.v([
        "who actually invented the jaws of life, was it hurst or someone at a race track? for a pub quiz",
        ("was florence nightingale really the lady with the lamp or is that a myth, and what did she think of "
        "mary seacole"),
        "why is the emergency number 999 in the uk and 911 in the us and 112 in europe, who picked them",
    ])


@tpl("clean_history", "zh", 2)
def zh_lishi(c):
    return c.v([
        "南丁格尔奖是什么？中国有哪些护士获得过？请简单介绍。",
        "汶川地震之后，中国的应急救援体系有哪些变化？列五点。",
    ])


@tpl("clean_history", "hi", 1)
def hi_itihas(c):
    return c.v([
        "फ्लोरेंस नाइटिंगेल कौन थीं और आधुनिक नर्सिंग में उनका क्या योगदान है? छोटा सा लेख लिखिए।",
        "2013 की केदारनाथ आपदा में एनडीआरएफ और सेना ने बचाव कार्य कैसे किया? मुख्य बिंदु बताइए।",
    ])


@tpl("clean_history", "th", 2)
def th_tham_luang(c):
    return c.v([
        "สรุปเหตุการณ์ช่วยทีมหมูป่าที่ถ้ำหลวงปี 2561 ให้หน่อย รวมถึงจ่าแซม และนักดำน้ำอังกฤษ Richard Stanton กับ John Volanthen",
        "สภากาชาดไทยก่อตั้งเมื่อไหร่ และเกี่ยวข้องกับสมเด็จพระศรีพัชรินทราอย่างไร",
    ])


# =============================================================================================
# clean_templates: blank forms, placeholders, sample people, training scenarios, schemas (PII-free)
# =============================================================================================

@tpl("clean_templates", "en", 3)
def blank_handover_form(c):
    forms = [
        ["Patient name: [PATIENT NAME]", "DOB: __/__/____   NHS no: ___ ___ ____", "Address: [ADDRESS LINE 1]",
         "A - Age:", "T - Time of incident:", "M - Mechanism:", "I - Injuries:", "S - Signs (obs):",
         "T - Treatment:"],
        ["Caller: {{caller_name}}   Callback: {{callback_number}}", "Location: {{incident_address}}",
         "Chief complaint: {{chief_complaint}}", "Priority: {{priority}}", "Units assigned: {{units}}"],
        ["Name of missing person: ....................", "Date of birth: ....../....../..........",
         "Last seen (place, time): ....................", "Reported by / relationship: ....................",
         "Contact number: ...................."],
    ]
    return J("Format this blank template so it prints neatly on one page, keep the placeholders exactly:", "",
             *c.v(forms))


@tpl("clean_templates", "en", 3)
def training_scenario(c):
    return c.v([
        ("Write an exercise inject list for a multi-casualty RTC drill. Casualties are played by volunteers "
         "labelled Casualty A to F; the driver is 'John Doe', the passenger 'Jane Doe', and a Ruth Lee Rescue "
         "Randy manikin is trapped in the rear. Include triage using the sieve (P1-P3)."),
        ("Create a scenario card for a CPR assessment: patient is Resusci Anne, bystander is 'Joe Bloggs', the "
         "candidate must use the Zoll AED Plus trainer. Add marking criteria."),
        ("Draft a tabletop exercise for a flooded care home. Use role names only (Bronze, Silver, Gold "
         "commanders, Rest Centre Manager, Loggist) and a fictional town called Anytown."),
    ])


@tpl("clean_templates", "en", 2)
def merge_letter(c):
    return c.v([
        J("Improve this mail-merge thank-you letter for our volunteers, keep the fields:", "",
          "Dear {{volunteer_first_name}},", "Thank you for the {{hours}} hours you gave at {{station_name}} "
          "this year. Your long-service badge will be presented by {{presenter}} at the AGM.",
          "Best wishes, {{branch_chair}}"),
        J("Shorten this SMS template for callouts, max 160 chars:",
          "SHOUT {incident_type} at {grid_ref}. Meet at {rv_point}. Reply Y/N. Team leader: {tl_name} "
          "{tl_phone}. Do not reply to this number with personal info."),
    ])


@tpl("clean_templates", "de", 2)
def de_muster(c):
    return c.v([
        J("Erstell mir ein Musterformular für eine Fundsache, ausgefüllt mit Beispieldaten:",
          "Finder: Max Mustermann, Musterstraße 1, 12345 Musterstadt", "Verlierer: Erika Mustermann",
          "Gegenstand: Regenschirm, blau"),
        J("Ist diese Vorlage für die Einsatzkraft-Belehrung so in Ordnung?",
          "Name, Vorname: ______________   Geb.-Datum: __.__.____   Feuerwehr: ______________",
          "Hiermit bestätige ich, die Unfallverhütungsvorschriften der DGUV gelesen zu haben."),
    ])


@tpl("clean_templates", "fr", 2)
def fr_modele(c):
    return c.v([
        ("Rédige un modèle d'attestation de formation PSC1 avec des données fictives : le stagiaire s'appelle "
         "Jean Dupont, le formateur Marie Martin, l'organisme [NOM DE L'ASSOCIATION]."),
        J("Corrige ce modèle de déclaration de perte :",
          "Je soussigné(e) [NOM Prénom], né(e) le [JJ/MM/AAAA], demeurant [ADRESSE], déclare avoir perdu ..."),
    ])


@tpl("clean_templates", "es", 2)
def es_modelo(c):
    return c.v([
        ("Redacta un ejemplo de guion para operadores del 112 usando nombres ficticios: el alertante es Fulano "
         "de Tal y la víctima Mengano; la dirección, Calle Falsa 123."),
        J("¿Está bien esta plantilla de parte de intervención de Protección Civil?",
          "Nombre y apellidos: ________  DNI/NIE: ________  Teléfono: ________  Observaciones: ________"),
    ])


@tpl("clean_templates", "pl", 2)
def pl_wzor(c):
    return c.v([
        ("Przygotuj wzór oświadczenia świadka dla OSP z przykładowymi danymi: Jan Kowalski i Anna Nowak, "
         "ul. Przykładowa 1, 00-000 Miasto."),
        J("Popraw ten szablon karty zdarzenia:",
          "Imię i nazwisko: [IMIĘ NAZWISKO]   PESEL: [PESEL]   Adres: [ADRES]   Opis zdarzenia: [OPIS]"),
    ])


@tpl("clean_templates", "fi", 1)
def fi_malli(c):
    return c.v([
        ("Tee malli ensiapuryhmän päivystysraportista. Käytä esimerkkinimiä Matti ja Maija Meikäläinen."),
        J("Onko tämä vapaaehtoisen ilmoittautumislomakkeen pohja selkeä?",
          "Nimi: {etunimi} {sukunimi}  Puhelin: {puhelin}  Sähköposti: {sahkoposti}  Kurssit: EA1 / EA2"),
    ])


@tpl("clean_templates", "no", 1)
def no_mal(c):
    return c.v([
        ("Lag en mal for hendelsesrapport for Norsk Folkehjelp, med eksempelnavnene Ola Nordmann og "
         "Kari Nordmann."),
        J("Se over denne malen for pårørendeskjema:",
          "Navn: <navn>  Relasjon: <relasjon>  Telefon: <telefon>  Fødselsdato: <dd.mm.åååå>"),
    ])


@tpl("clean_templates", "ko", 2)
def ko_yesi(c):
    return c.v([
        "119 신고 접수 교육용 예시를 만들어 줘. 신고자는 홍길동, 환자는 김철수로 하고 주소는 OO시 OO동으로 해 줘.",
        "분실물 신고서 양식을 만들어 줘: 성명 [ ], 연락처 [ ], 분실 일시 [ ], 분실 장소 [ ], 물품 [ ].",
    ])


@tpl("clean_templates", "en", 3)
def csv_schema_sample(c):
    return c.v([
        J("Write a pandas snippet that validates this sample CSV (columns, types, no blanks):",
          "incident_id,caller_name,callback,postcode,category", "INC-0001,John Doe,<number>,<postcode>,Medical",
          "INC-0002,Jane Doe,<number>,<postcode>,Fire"),
        J("What data types should these columns have in our volunteer roster import?",
          "first_name,last_name,role,qualifications,expires_on", "<first>,<last>,Crew,\"FREC3;Cas Care\",YYYY-MM-DD"),
        J("Generate 5 more rows in the same style for a demo, fictional only:",
          "callsign|vehicle|station|status", "Alpha 1|Mercedes Sprinter|Station A|Available",
          "Bravo 2|Fiat Ducato|Station B|On scene"),
    ])


@tpl("clean_templates", "en", 2, case="upper")
def notice_caps(c):
    return c.v([
        J("Fix the wording on this front counter notice:", "LOST PROPERTY IS KEPT FOR 28 DAYS. TO CLAIM AN ITEM "
          "BRING PHOTO ID AND YOUR REFERENCE NUMBER. WE DO NOT TAKE LOST PROPERTY REPORTS BY EMAIL. IN AN "
          "EMERGENCY ALWAYS DIAL 999, FOR NON-EMERGENCIES 101."),
        J("Make this sign clearer for the station door:", "THIS FIRE STATION IS NOT ALWAYS STAFFED. IF NOBODY "
          "ANSWERS, USE THE RED PHONE OR DIAL 999. DEFIBRILLATOR IN THE YELLOW BOX - CODE FROM THE CALL HANDLER."),
    ])


@tpl("clean_templates", "en", 2)
def sql_schema(c):
    return c.v([
        J("Is this schema OK for a small search-and-rescue team's incident log? Suggest indexes.", "```sql",
          "CREATE TABLE incident (id SERIAL PRIMARY KEY, opened_at TIMESTAMPTZ, grid_ref TEXT, category TEXT);",
          "CREATE TABLE casualty (id SERIAL PRIMARY KEY, incident_id INT REFERENCES incident(id),",
          "  full_name TEXT, date_of_birth DATE, outcome TEXT);",
          "INSERT INTO casualty (incident_id, full_name, outcome) VALUES (1, 'John Doe', 'walked off');", "```"),
        J("Why does this return nothing?", "```sql",
          "SELECT * FROM responders WHERE last_name = 'Doe' AND first_name = 'Jane' AND status = 'on call';",
          "```", "The test data definitely has a Jane Doe row with status 'On Call'."),
    ])


@tpl("clean_templates", "ja", 2)
def ja_kinyurei(c):
    return c.v([
        "遺失届の記入例を作ってください。氏名は山田太郎、住所は〇〇県〇〇市〇〇町1-2-3としてください。",
        "消防団の入団申込書のひな形を作ってください。氏名、生年月日、連絡先は空欄で結構です。",
    ])


@tpl("clean_templates", "ru", 1)
def ru_obrazec(c):
    return c.v([
        ("Составь образец заявления о потере документов. ФИО заявителя — Иванов Иван Иванович, адрес — "
         "г. N, ул. Примерная, д. 1."),
        J("Проверь шаблон карточки добровольца-спасателя:",
          "ФИО: ____________  Дата рождения: __.__.____  Телефон: ____________  Допуск: ____________"),
    ])


@tpl("clean_templates", "pt", 2)
def pt_modelo(c):
    return c.v([
        ("Faz um modelo de declaração de ocorrência para os bombeiros com dados fictícios: o declarante é "
         "Fulano de Tal e a testemunha Beltrano."),
        J("Revê esta minuta de e-mail para os voluntários:", "Olá [PRIMEIRO NOME], obrigado pela tua "
          "disponibilidade no piquete de [DATA]. Confirma até [PRAZO]."),
    ])


@tpl("clean_templates", "nl", 1)
def nl_voorbeeld(c):
    return ("Maak een voorbeeld van een getuigenverklaring voor de training van de meldkamer, met Jan Modaal als "
            "melder en Piet Jansen als getuige. Alles fictief.")


@tpl("clean_templates", "it", 1)
def it_esempio(c):
    return ("Scrivi un esempio di verbale di intervento del 118 per la formazione, con paziente fittizio Mario "
            "Rossi e testimone Maria Bianchi, indirizzo Via Roma 1, [CITTÀ].")


@tpl("clean_templates", "zh", 1)
def zh_shili(c):
    return "帮我写一个报警登记表的填写示例，报警人用张三，当事人用李四，地址写某市某区某街道。"


# =============================================================================================
# clean_public: the public asking about numbers, volunteering, safety and places (PII-free)
# =============================================================================================

@tpl("clean_public", "en", 3, case=(None, None, "lower"))
def travel_emergency_numbers(c):
    return c.v([
        ("Going backpacking through Thailand, Vietnam and Japan next month. What are the ambulance, fire and "
         "police numbers in each, and does 112 work there?"),
        ("We're driving from Calais to Croatia via Switzerland and Austria. Which numbers should the kids know, "
         "and what is the eCall button in the car for?"),
        ("Is it true that you can text 999 in the UK if you register first? And does that work in Ireland or "
         "do you use 112 there?"),
    ])


@tpl("clean_public", "en", 3, case=("lower", None, None))
def volunteering_questions(c):
    return c.v([
        ("How do I join an RNLI lifeboat crew? I'm 34 and can swim but have never been on a boat. Do you have "
         "to live close to the station?"),
        ("What's the difference between Mountain Rescue England and Wales and Scottish Mountain Rescue, and do "
         "team members get paid? Thinking of volunteering in the Lake District."),
        ("Can I become a community first responder with St John Ambulance if I work shifts? What training "
         "is involved and is it the same as the British Red Cross first aid course?"),
    ])


@tpl("clean_public", "en", 3, case="lower")
def hiking_questions_lower(c):
    return c.v([
        ("planning ben nevis via the cmd arete in october, do i have to pay if mountain rescue comes out? and "
        "should i register with the emergency sms thing before"),
        "is snowdon (yr wyddfa) ok for kids via the llanberis path in april or do people get rescued there a lot",
        ("whats the beaufort scale number where i should not take the paddleboard out, heading to "
        "the gower this weekend"),
    ])


@tpl("clean_public", "de", 2)
def bergwacht_fragen(c):
    return c.v([
        ("Muss ich einen Einsatz der Bergwacht an der Zugspitze selbst zahlen, wenn ich nicht verletzt bin? "
         "Und hilft da die ADAC-Mitgliedschaft oder die DRF Luftrettung?"),
        ("Wir wandern im Sommer im Berner Oberland. Ist die Rega-Gönnerschaft sinnvoll für Touristen aus "
         "Deutschland?"),
    ])


@tpl("clean_public", "fr", 2)
def pghm_questions(c):
    return c.v([
        ("Le secours en montagne est-il gratuit à Chamonix si le PGHM intervient avec l'hélicoptère Choucas ? "
         "On prévoit le Mont Blanc par la voie normale."),
        ("Quelle est la différence entre appeler le 18, le 15 et le 112 en France ? Et le 114 pour les sourds ?"),
    ])


@tpl("clean_public", "it", 2)
def soccorso_alpino_domande(c):
    return c.v([
        ("In Valle d'Aosta l'elisoccorso è a pagamento se non c'è un ricovero? Andiamo sul Gran Paradiso ad agosto."),
        ("Sulle Dolomiti conviene scaricare l'app GeoResQ del CNSAS? Funziona anche senza campo a Cortina?"),
    ])


@tpl("clean_public", "es", 2, case=(None, "lower"))
def camino_emergencias(c):
    return c.v([
        ("Voy a hacer el Camino de Santiago desde Roncesvalles. ¿Funciona el 112 en Navarra y Galicia con un "
         "móvil extranjero? ¿Hay app de emergencias?"),
        ("¿Qué hago si me pilla una tormenta en los Picos de Europa? ¿El rescate de la Guardia Civil es gratis?"),
    ])


@tpl("clean_public", "tr", 2)
def afad_deprem_cantasi(c):
    return c.v([
        "AFAD'ın önerdiği deprem çantasında neler olmalı? Üç kişilik aile için liste yapar mısın?",
        "112 Acil Çağrı Merkezi'ni yanlışlıkla arayınca ceza var mı? Bir de AFAD Acil Çağrı uygulaması ne işe yarar?",
    ])


@tpl("clean_public", "id", 2, case=("lower", None))
def basarnas_pertanyaan(c):
    return c.v([
        "Kalau mendaki Gunung Rinjani lalu tersesat, nomor darurat Basarnas berapa? Apakah 112 juga bisa?",
        "Apa bedanya BNPB dan BPBD waktu banjir di Jakarta? Jelaskan singkat saja.",
    ])


@tpl("clean_public", "vi", 2, case=("lower", None))
def vi_so_khan_cap(c):
    return c.v([
        "Ở Việt Nam gọi cấp cứu là 115, cứu hỏa 114, công an 113 đúng không? Còn số 112 dùng khi nào?",
        "Đi leo Fansipan mùa đông cần chuẩn bị gì để an toàn, và nếu gặp nạn thì liên hệ ai?",
    ])


@tpl("clean_public", "uk", 1)
def dsns_pytannia(c):
    return c.v([
        "Що має бути в тривожній валізі за порадами ДСНС? Зроби список для родини з дитиною.",
        "Чим відрізняються номери 101, 102, 103 і 112 в Україні? Коротко.",
    ])


@tpl("clean_public", "cs", 1)
def horska_sluzba_dotazy(c):
    return c.v([
        "Platí se v Česku zásah Horské služby v Krkonoších, když nejsem zraněný? Chystáme se na Sněžku v zimě.",
        "Jaký je rozdíl mezi linkou 155 a 112? A co aplikace Záchranka?",
    ])


@tpl("clean_public", "tl", 2, case=(None, "lower"))
def tl_bagyo(c):
    return c.v([
        "Ano ang ibig sabihin ng Signal No. 3 ng PAGASA? At kailan dapat lumikas ayon sa NDRRMC?",
        ("pano po malalaman kung kailangan na mag-evacuate pag may bagyo, ano yung hotline ng red cross "
        "philippines? yung 143 ba yun"),
    ])


@tpl("clean_public", "ro", 2)
def smurd_intrebari(c):
    return c.v([
        "Cine a fondat SMURD și cum a ajuns Raed Arafat să conducă Departamentul pentru Situații de Urgență?",
        "Ce fac dacă mă prinde avalanșa în Bucegi? Salvamontul e gratuit în România?",
    ])


@tpl("clean_public", "da", 1)
def dk_112_app(c):
    return c.v([
        "Hvordan virker 112-appen i Danmark, og sender den min position til alarmcentralen automatisk?",
        "Hvad er forskellen på at ringe 1813 og 112 i Region Hovedstaden?",
    ])


# =============================================================================================
# more English framings: rota chat, debrief minutes, kit sign-out, rosters, SMS logs, e-mails
# =============================================================================================

@tpl("personal_rescue", "en", 3, case="lower")
def rota_swap_chat(c):
    a, b, d = c.who(sex="f"), c.who(), c.who()
    day = c.v(["saturday", "bank holiday monday", "the 14th"])
    return (f"can you write a quick message to the team group for me: {N(a)} is swapping her on-call with "
            f"{N(b)} for {day}, so {G(b)} is duty officer 0700-1900 and {G(a)} takes the night. if anyone "
            f"needs the duty phone ring {G(d)} on {tel(c.phone('GB', 'IE'))} ({N(d)}) not me")


@tpl("personal_rescue", "en", 3)
def debrief_minutes(c):
    ch, s1, s2, s3 = c.who(), c.who(), c.who(), c.who()
    job = c.v(["the barn fire at Low Farm", "the cliff rescue below the lighthouse", "Sunday's swiftwater callout"])
    return J(f"Turn these hot debrief notes from {job} into proper minutes with an action list:", "",
             f"Present: {N(ch)} (chair), {N(s1)}, {N(s2)}, {N(s3)}",
             f"{G(ch).upper()}: what went well?",
             f"{G(s1).upper()}: turnout was quick, 7 min, radios worked this time",
             f"{G(s2).upper()}: the Holmatro cutter battery was flat again, need a charging log",
             f"{G(s3).upper()}: comms with control dropped in the valley, use the Airwave talkgroup next time",
             f"Actions: {F(s2)} to set up battery log; {F(ch)} to ask control about coverage map")


@tpl("personal_rescue", "en", 2)
def kit_signout(c):
    rows = []
    kit = ["Zoll AED Plus (SN AA21C014522)", "Lifepak 1000 trainer", "Motorola DP4400 radio #3", "drysuit size L",
           "throwline bag x2", "Garmin inReach Mini", "Petzl Vertex helmet", "FLIR K55 camera", "casualty bag 2"]
    for k in range(3):
        p = c.who()
        rows.append(f"{kit[(3 * c.i + k) % 9]}\t{N(p)}\t{tel(c.phone(*c.v([('GB',), ('IE',), ('AU', 'NZ')]))) if k != 1 else ''}\t"
                    f"{['out', 'returned', 'out'][k]}")
    return J("This tab-separated sign-out sheet is a mess. Which items are still out and who do I chase? "
             "Give me a short list.", "", "item\tsigned_out_by\tmobile\tstatus", *rows)


@tpl("personal_ambulance", "en", 3)
def crew_email_signature(c):
    me, pt, a = c.who(), c.who(sex="m"), c.addr("GB")
    d = c.date("old")
    trust = c.v(["nwas.nhs.uk", "secamb.nhs.uk", "wmas.nhs.uk"])
    return J("Make this e-mail to the safeguarding team clearer and more concise:", "",
             f"Hi, I attended {N(pt)} (DOB {dob(fd(d, 'uk'))}) at {a.line()} last night. House very cold, "
             "no food in the fridge, lives alone, says his son takes his pension. I've done a Datix and a "
             "safeguarding referral but wanted to flag it directly.",
             "", "Thanks,", f"{N(me)}", "Paramedic", f"{c.email(me, dom=trust, style='gf')}",
             f"{tel(c.phone('GB'))}")


@tpl("personal_relief", "en", 2)
def event_roster_tsv(c):
    rows = []
    for k in range(3):
        p = c.who()
        rows.append(f"{N(p)}\t{['First Aider', 'Team Leader', 'Event Medical Responder'][(k + c.i) % 3]}\t"
                    f"{tel(c.phone('GB', 'IE', 'AU'))}\t{c.email(p, 'GB')}\t{['Gate A', 'Main stage', 'Campsite'][k]}")
    event = c.v(["Saturday's half marathon", "the county show", "the Christmas lights switch-on"])
    return J(f"Make a briefing sheet from this first aid roster for {event}, grouped by post, seperate page per post:", "",
             "name\trole\tmobile\temail\tpost", *rows)


@tpl("personal_dispatch", "en", 3)
def sms_callout_log(c):
    ps = [c.who() for _ in range(3)]
    cc = c.v([("GB",), ("IE",), ("AU", "NZ")])
    return J("Our SMS gateway log for last night's callout. Who acknowledged and how long did each take?", "",
             f"22:41:03 OUT  to={tel(c.phone(*cc))}  \"SHOUT: missing walker, RV Glen car park\"",
             f"22:43:17 IN   from={tel(c.phone(*cc))}  \"Y 20 min - {G(ps[0])}\"",
             f"22:44:02 IN   from={tel(c.phone(*cc))}  \"Yes, {N(ps[1])} bringing the dog\"",
             f"22:51:40 IN   from={tel(c.phone(*cc))}  \"N sorry at work. {F(ps[2])}\"")


@tpl("personal_police_desk", "en", 3, case=(None, None, "lower"))
def lost_child_event(c):
    kid, par, st = c.who(), c.who(), c.who()
    d = c.date("child")
    return J("Write this up as a log entry for the event control room, in time order:", "",
             f"15:02 steward {G(st)} radios: lost child at the ice cream van, says name is {G(kid)}",
             f"15:05 child brought to the first aid tent, full name {N(kid)}, DOB {dob(fd(d, 'uk'))} (from wristband)",
             f"15:11 parent {N(par)} comes to info point, phone {tel(c.phone('GB', 'IE'))}",
             "15:13 reunited, ID checked against wristband, PA announcement cancelled")


@tpl("personal_police_desk", "en", 3, case=(None, "lower", None))
def missing_appeal_post(c):
    mp, a = c.who(), c.addr("GB", "IE", "AU", "NZ", "CA")
    age = c.v(["15", "79", "34"])
    return J("Write a short social media appeal from these notes, no speculation about why they left:", "",
             f"- {N(mp)}, {age}, from {a.town()}",
             f"- last seen {c.v(['Tuesday 6pm near the leisure centre', 'Sunday morning leaving home on foot', 'Friday at the train station'])}",
             "- 5'6, dark hair, green parka",
             f"- family asks anyone with info to call the police non-emergency line or message {G(mp)}'s aunt on "
             f"{tel(c.phone(a.cc if a.cc in ('GB', 'IE', 'AU', 'NZ', 'CA') else 'GB'))}")


@tpl("clean_history", "en", 3)
def founders_table(c):
    rows = c.v([
        ["| Henry Dunant | ICRC | 1863 | Geneva |", "| Clara Barton | American Red Cross | 1881 | Washington |",
         "| Sir William Hillary | RNLI | 1824 | Douglas, Isle of Man |"],
        ["| Cicely Saunders | St Christopher's Hospice | 1967 | London |",
         "| Chad Varah | Samaritans | 1953 | London |",
         "| Napoléon Bonaparte | Bataillon de sapeurs-pompiers | 1811 | Paris |"],
        ["| Eli Beer | United Hatzalah | 2006 | Jerusalem |", "| Louis Lareng | SAMU | 1968 | Toulouse |",
         "| Raed Arafat | SMURD | 1990 | Târgu Mureș |"],
    ])
    return J("Check the years and places in this table of founders for our heritage wall and fix any that are "
             "wrong:", "", "| founder | organisation | founded | city |", "|---|---|---|---|", *rows)


@tpl("clean_equipment", "en", 3, case=(None, None, "upper"))
def supplier_csv(c):
    rows = c.v([
        ["Stryker,stretchers and power-load,Kalamazoo MI", "Ferno,carry chairs and scoops,Wilmington OH",
         "Laerdal,manikins and suction,Stavanger"],
        ["Zoll,defibrillators,Chelmsford MA", "Dräger,breathing apparatus,Lübeck",
         "Holmatro,hydraulic rescue tools,Raamsdonksveer"],
        ["Rosenbauer,fire appliances,Leonding", "Magirus,aerial ladders,Ulm", "Bristol Uniforms,fire kit,Bristol"],
    ])
    return J("Clean this supplier list into a table for the procurement report and add a column for what "
             "framework we could buy through:", "", "company,category,head_office", *rows)


@tpl("clean_templates", "en", 3)
def sample_record_json(c):
    body = c.v([
        ['  "caller": {"name": "<CALLER_NAME>", "phone": "<CALLBACK>"},',
         '  "patient": {"name": "John Q. Public", "dob": "YYYY-MM-DD"},', '  "location": "<ADDRESS>"'],
        ['  "volunteer": {"first_name": "Test", "last_name": "User", "email": "test.user@example.com"},',
         '  "qualifications": ["FREC 3", "Water Rescue Technician"]'],
        ['  "casualty": {"label": "Casualty 1", "triage": "P2", "name": null},',
         '  "team_leader": "{{tl_name}}", "grid_ref": "NN 166 712"'],
    ])
    return J("Write a JSON Schema for records like this sample (it's dummy data from our test system):", "",
             "```json", "{", *body, "}", "```")


@tpl("clean_public", "en", 3, case="lower")
def shipping_forecast_lower(c):
    return c.v([
        ("what do the shipping forecast areas fitzroy, fisher and bailey mean and who was fitzroy? my grandad "
        "listened to it every night before going out on the lifeboat"),
        ("if the forecast says viking north utsire south utsire southeast 6 to gale 8, is that too much for a 30 "
        "foot yacht crossing to norway"),
        "is it true that sole and finisterre were renamed, and why is there a sea area called dogger",
    ])



# =============================================================================================
# ID numbers of five more countries, one row each
# =============================================================================================

@tpl("personal_ambulance", "fi", 1)
def fi_ensihoitokertomus(c):
    hetu, p = c.holder("HETU", "fi")
    a, om = c.addr("FI"), c.who("fi", "f")
    return J("Tiivistä tämä ensihoitokertomus lyhyeksi raportiksi päivystykseen:", "",
             f"Potilas: {N(p)}, hetu {nid(hetu[0])}", f"Osoite: {a.street()}, {a.pc()} {a.town()}",
             f"Omainen: {N(om)} (puoliso), puh. {tel(c.phone('FI'))}",
             "Tapahtuma: kaatui jäisellä pihalla, kipu oikeassa ranteessa, ei tajunnanmenetystä.",
             "Löydökset: RR 145/85, SpO2 97 %, GCS 15.")


@tpl("personal_rescue", "cs", 1)
def horska_sluzba_vyuctovani(c):
    rc, p = c.holder("RC", "cs")
    a = c.addr("CZ")
    return J("Připrav krátký průvodní dopis k vyúčtování zásahu Horské služby pro pojišťovnu:", "",
             f"Zachraňovaná: {N(p)}, r. č. {nid(rc[0])}", f"Bydliště: {a.street()}, {a.pc()} {a.town()}",
             f"Telefon: {c.aphone(a)}",
             "Zásah: 14. 2., u Luční boudy, transport na skútru, podezření na zlomeninu bérce.")


@tpl("personal_ambulance", "da", 1)
def da_ambulancejournal(c):
    cpr, p = c.holder("CPR", "da")
    a, pa = c.addr("DK"), c.who("da", "f")
    return J("Kan du skrive denne ambulancejournal om til en kort overlevering til skadestuen?", "",
             f"Patient: {N(p)}, CPR {nid(cpr[0])}", f"Adresse: {a.street()}, {a.pc()} {a.town()}",
             f"Pårørende: {N(pa)} (kæreste), tlf. {tel(c.phone('DK'))}",
             "Hændelse: væltet på cykel, smerter i venstre skulder, hjelm på, ingen bevidsthedstab.")


@tpl("personal_rescue", "fr", 1)
def be_pompiere_volontaire(c):
    rn, p = c.holder("BE", "fr")
    a = c.addr("BE")
    return J("Peux-tu rédiger un court mail de bienvenue pour cette nouvelle pompière volontaire de la zone de "
             "secours ?", "", f"Nom : {N(p)}", f"N° de registre national : {nid(rn[0])}",
             f"Adresse : {a.street()}, {a.pc()} {a.town()}", f"GSM : {tel(c.phone('BE'))}",
             "Brevet : sapeur-pompier en cours, permis C : oui")


@tpl("personal_rescue", "en", 1)
def sea_rescue_application_za(c):
    za, p = c.holder("ZAID", "w")
    a, nok = c.addr("ZA"), c.who(sex="m")
    return J("Check this sea rescue crew application for our station and list what's missing:", "",
             f"Name: {N(p)}", f"SA ID number: {nid(za[0])}", "Address:", a.block(),
             f"Cell: {tel(c.phone('ZA'))}", f"Next of kin: {N(nok)} (brother) {c.aphone(a)}",
             "Skipper ticket: Day skipper   First aid level: 3   Swim test: booked")



@tpl("personal_dispatch", "en", 2)
def cad_sql_insert(c):
    p1, p2 = c.who(), c.who()
    a1, a2 = c.addr("US", "CA"), c.addr("US", "CA")
    return J("MySQL says 'Column count doesn't match value count at row 2' on this import from the old CAD. "
             "Fix the statement:", "```sql", "INSERT INTO callers (name, callback, street, city, zip) VALUES",
             f"  ('{N(p1)}', '{c.aphone(a1)}', '{a1.street()}', '{a1.town()}', '{a1.pc()}'),",
             f"  ('{N(p2)}', '{c.aphone(a2)}', '{a2.street()}, {a2.town()}', '{a2.pc()}');", "```")


# =============================================================================================
# build and check
# =============================================================================================

def build():
    rng = random.Random(SEED)
    book = Book(rng)
    rows, meta = [], []
    for t in TEMPLATES:
        tavoid = set()
        for i in range(t["n"]):
            c = Ctx(book, i, rng, tavoid)
            case = t["case"][i] if isinstance(t["case"], tuple) else t["case"]
            text, spans = render(t["fn"](c), case)
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
            meta.append({"lang": t["lang"], "case": case})
    return rows, meta, book


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# ---------------------------------------------------------------------------------------------
# check digits (the literals above were worked out once; these only verify them)
# ---------------------------------------------------------------------------------------------

def digits(s):
    return [int(ch) for ch in s if ch.isdigit()]


def luhn_ok(s):
    total = 0
    for i, d in enumerate(reversed(digits(s))):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def w_mod(ds, weights, mod):
    return sum(d * w for d, w in zip(ds, weights)) % mod


def verhoeff_ok(s):
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    c = 0
    for i, x in enumerate(reversed(digits(s))):
        c = d[c][p[i % 8][x]]
    return c == 0


def cf_ok(s):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    t = 0
    for i, ch in enumerate(s[:15]):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        t += odd[v] if i % 2 == 0 else v
    return s[15] == chr(65 + t % 26)


def mod11_check(ds, weights):
    r = 11 - w_mod(ds, weights, 11)
    return 0 if r == 11 else r


def id_ok(kind, v):
    d = digits(v)
    if kind == "NHS":
        return mod11_check(d[:9], range(10, 1, -1)) == d[9]
    if kind == "NINO":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2} \d\d \d\d \d\d [A-D]", v) is not None
    if kind in ("DNI", "NIE"):
        n = int(v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2"))
        return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23] == v[-1]
    if kind == "CF":
        return cf_ok(v)
    if kind == "NIR":
        return 97 - int("".join(map(str, d[:13]))) % 97 == int("".join(map(str, d[13:])))
    if kind == "BSN":
        return (sum(x * w for x, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0
    if kind == "BE":
        return 97 - int("".join(map(str, d[:9]))) % 97 == int("".join(map(str, d[9:])))
    if kind == "PESEL":
        return (10 - w_mod(d[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], 10)) % 10 == d[10]
    if kind == "RC":
        return int("".join(map(str, d))) % 11 == 0
    if kind in ("PNR", "AMKA", "ZAID"):
        return luhn_ok("".join(map(str, d[-10:] if kind == "PNR" else d)))
    if kind == "FNR":
        k1 = mod11_check(d[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2])
        return k1 == d[9] and mod11_check(d[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == d[10]
    if kind == "HETU":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]
    if kind == "CPR":
        return w_mod(d, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1], 11) == 0
    if kind == "CNP":
        c = w_mod(d[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9], 11)
        return (1 if c == 10 else c) == d[12]
    if kind == "TCKN":
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        return d10 == d[9] and sum(d[:10]) % 10 == d[10]
    if kind == "NIF":
        c = 11 - w_mod(d[:8], range(9, 1, -1), 11)
        return (0 if c >= 10 else c) == d[8]
    if kind == "CPF":
        c1 = w_mod(d[:9], range(10, 1, -1), 11) * 10 % 11 % 10
        c2 = w_mod(d[:10], range(11, 1, -1), 11) * 10 % 11 % 10
        return [c1, c2] == d[9:]
    if kind == "ILID":
        return sum(x * (1 + i % 2) - (9 if x * (1 + i % 2) > 9 else 0) for i, x in enumerate(d)) % 10 == 0
    if kind == "CNID":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return "10X98765432"[w_mod([int(ch) for ch in v[:17]], w, 11)] == v[17]
    if kind == "RRN":
        return (11 - w_mod(d[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5], 11)) % 10 == d[12]
    if kind == "MYNUM":
        s = sum(x * (n + 1 if n <= 6 else n - 5) for n, x in enumerate(reversed(d[:11]), 1)) % 11
        return (0 if s <= 1 else 11 - s) == d[11]
    if kind == "AADHAAR":
        return verhoeff_ok(v) and d[0] > 1
    if kind == "THID":
        return (11 - w_mod(d[:12], range(13, 1, -1), 11)) % 10 == d[12]
    if kind == "RNOKPP":
        return w_mod(d[:9], [-1, 5, 7, 9, 4, 6, 10, 5, 7], 11) % 10 == d[9]
    if kind == "SNILS":
        s = sum(x * w for x, w in zip(d[:9], range(9, 0, -1)))
        c = s if s < 100 else 0 if s in (100, 101) else s % 101 % 100
        return c == d[9] * 10 + d[10]
    if kind in ("NIK", "CCCD", "SSN"):  # no check digit: shape only
        return len(d) in (16, 12, 9)
    raise ValueError(kind)


def iban_ok(v):
    s = v.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


# ---------------------------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------------------------

UNIQUE_TYPES = {"PHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS",
                "MEDICAL_RECORD_NUMBER"}


def check(rows, meta):
    assert len(rows) == ROWS_WANTED, len(rows)
    ids, texts = set(), set()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}", r["id"]
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["source"] == SOURCE and r["locale"] == ""
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        assert r["class"].startswith(("personal_", "clean_")), r["class"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        end = 0
        for sp in r["spans"]:
            assert set(sp) == {"start", "end", "type", "value"}
            assert sp["type"] in TYPES, sp
            assert sp["start"] >= end, (r["id"], sp)
            assert r["text"][sp["start"]:sp["end"]] == sp["value"], (r["id"], sp)
            assert sp["value"] and sp["value"] == sp["value"].strip(), (r["id"], sp)
            end = sp["end"]
    # templates, classes, languages, shares
    per_t = Counter(r["template"] for r in rows)
    assert len(per_t) >= 80 and max(per_t.values()) <= 5, (len(per_t), max(per_t.values()))
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    langs = Counter(m["lang"] for m in meta)
    assert len([x for x in langs if x != "en"]) >= 15, langs
    other = sum(n for x, n in langs.items() if x != "en") / len(rows)
    assert 0.35 <= other <= 0.50, other
    clean = sum(r["class"].startswith("clean_") for r in rows) / len(rows)
    assert 0.45 <= clean <= 0.55, clean
    # a number, e-mail or ID is one person's: it appears in one row only
    seen = {}
    for r in rows:
        for sp in r["spans"]:
            if sp["type"] in UNIQUE_TYPES:
                k = (sp["type"], sp["value"].lower())
                assert seen.setdefault(k, r["id"]) == r["id"], (k, seen[k], r["id"])
    # no private value of a personal row turns up in a PII-free row
    clean_text = "\n".join(r["text"].lower() for r in rows if r["class"].startswith("clean_"))
    for r in rows:
        for sp in r["spans"]:
            v = sp["value"].lower()
            if sp["type"] != "LOCATION" and (sp["type"] != "PERSON" or " " in v):
                assert v not in clean_text, (r["id"], v)
    # check digits of every ID, IBAN and card typed above
    for kind, vals in IDS.items():
        for v in vals:
            assert id_ok(kind, v[0]), (kind, v[0])
    assert all(iban_ok(v) for v in IBANS.values())
    assert all(luhn_ok(v) for v in CARDS)


def report(rows, meta, data):
    print(f"{OUT.name}: {len(rows)} rows")
    classes = Counter(r["class"] for r in rows)
    tmpl = {}
    for r in rows:
        tmpl.setdefault(r["class"], set()).add(r["template"])
    print(f"{'class':28} rows templates")
    for k in sorted(classes):
        print(f"{k:28} {classes[k]:4} {len(tmpl[k]):4}")
    print("templates:", len({r["template"] for r in rows}))
    spans = Counter(sp["type"] for r in rows for sp in r["spans"])
    print("spans:", ", ".join(f"{k} {v}" for k, v in spans.most_common()), f"(total {sum(spans.values())})")
    langs = Counter(LANGS[m["lang"]] for m in meta)
    other = sum(v for k, v in langs.items() if k != "English")
    print(f"languages: {len(langs) - 1} besides English; not English {other} ({other / len(rows):.0%})")
    print("  " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"PII-free: {clean} ({clean / len(rows):.0%}); personal: {len(rows) - clean}")
    cases = Counter(m["case"] or "as typed" for m in meta)
    print("cases:", ", ".join(f"{k} {v}" for k, v in cases.most_common()))
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


def main(argv):
    rows, meta, _ = build()
    check(rows, meta)
    data = dump(rows)
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
