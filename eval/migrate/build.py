"""Build the `migrate` hand-made check set (holdout.jsonl) for the privacy gateway.

Sector: immigration lawyers, visa and relocation agencies, international student offices,
consulates, refugee-support charities, global-mobility teams and the people who move.

Every private value below (names, streets, postcodes, phones, dates of birth, ID numbers, IBANs,
card numbers, IP addresses) was typed by hand.  Check digits were worked out once in a scratch
session and typed in as literals; `check()` re-validates them.  Standard library only.

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

SEED = 58044
SET = "migrate"
OUT = Path(__file__).resolve().parent / "holdout.jsonl"
SOURCE = "eval/migrate/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}


# ---------------------------------------------------------------------------------------------
# markers
# ---------------------------------------------------------------------------------------------

def mk(kind, value):
    return f"⟦{kind}|{value}⟧"


def N(v):
    return mk("PERSON", v)


def L(v):
    return mk("LOCATION", v)


def PH(v):
    return mk("PHONE_NUMBER", v)


def EM(v):
    return mk("EMAIL_ADDRESS", v)


def DB(v):
    return mk("DATE_OF_BIRTH", v)


def ID(v):
    return mk("NATIONAL_ID", v)


def SSN(v):
    return mk("US_SSN", v)


def IB(v):
    return mk("IBAN_CODE", v)


def CC(v):
    return mk("CREDIT_CARD", v)


def IP(v):
    return mk("IP_ADDRESS", v)


def MRN(v):
    return mk("MEDICAL_RECORD_NUMBER", v)


MARK_RE = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧|]*)⟧")


def unmark(marked, case=None):
    """Turn a marked text into (text, spans); case is None, 'lower' or 'upper', applied piece by piece."""

    def cased(s):
        if case == "lower":
            return s.lower()
        if case == "upper":
            return s.upper()
        return s

    out, spans, pos, at = [], [], 0, 0
    for m in MARK_RE.finditer(marked):
        plain = cased(marked[pos:m.start()])
        out.append(plain)
        at += len(plain)
        value = cased(m.group(2))
        spans.append({"start": at, "end": at + len(value), "type": m.group(1), "value": value})
        out.append(value)
        at += len(value)
        pos = m.end()
    tail = cased(marked[pos:])
    out.append(tail)
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError(f"stray marker in {marked[:80]!r}")
    return text, spans


# ---------------------------------------------------------------------------------------------
# people (typed by hand).  grp = draw group, tag = culture tag used in the README.
# order "gf" = given family; "fg" = family given (surname first); "fgc" = surname first, no space.
# ---------------------------------------------------------------------------------------------

FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "ə": "a"}


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


class Person:
    def __init__(self, given, family, sex, grp, tag, order="gf", latin="", patr=""):
        self.given, self.family, self.sex, self.grp, self.tag = given, family, sex, grp, tag
        self.order, self.latin, self.patr = order, latin, patr
        self.key = f"{given} {family}"

    @property
    def full(self):
        if self.order == "fgc":
            return f"{self.family}{self.given}"
        if self.order == "fg":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def spaced(self):
        """Surname first with a space (forms in CJK scripts) or the usual order."""
        if self.order in ("fg", "fgc"):
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def official(self):
        """Family name first, with the patronymic where there is one (Russian/Ukrainian forms)."""
        return " ".join(x for x in (self.family, self.given, self.patr) if x)

    def ascii_parts(self):
        if self.latin:
            g, f = self.latin.split("|")
        else:
            g, f = self.given, self.family
        g = re.sub(r"[^a-z]", "", fold(g.split()[0]).lower())
        f = re.sub(r"[^a-z]", "", fold(f.split()[-1]).lower())
        return g, f


def _people(grp, tag, rows, order="gf"):
    out = []
    for row in rows:
        given, family, sex = row[:3]
        extra = row[3] if len(row) > 3 else {}
        out.append(Person(given, family, sex, grp, extra.get("tag", tag), extra.get("order", order),
                          extra.get("latin", ""), extra.get("patr", "")))
    return out


PEOPLE = []
PEOPLE += _people("uk", "English", [
    ("Hope", "Marshall", "F"), ("Rose", "Baker", "F"), ("Daniel", "Wolf", "M"),
    ("Siobhán", "Ní Fhlatharta", "F", {"tag": "Irish"}), ("Callum", "MacKinnon", "M", {"tag": "Scottish"}),
    ("Gareth", "Pritchard", "M", {"tag": "Welsh"}), ("Bethan", "Lloyd-Rees", "F", {"tag": "Welsh"}),
    ("Eleanor", "Whitfield", "F"), ("Patrick", "Kearney", "M", {"tag": "Irish"}), ("Joy", "Fairweather", "F"),
    ("Graham", "Mills", "M"), ("Shanice", "Campbell", "F", {"tag": "Jamaican British"}),
])
PEOPLE += _people("us", "US", [
    ("James", "Baldwin", "M", {"tag": "African American"}), ("Tamika", "Reynolds", "F", {"tag": "African American"}),
    ("Brandon", "Kowalczyk", "M", {"tag": "US Polish"}), ("Dolores", "Ochoa", "F", {"tag": "Chicano"}),
    ("Kyle", "Brennan", "M"), ("Megan", "Hartley", "F"), ("Marlon", "Grant", "M", {"tag": "Jamaican American"}),
])
PEOPLE += _people("de", "German", [
    ("Jonas", "Wagner", "M"), ("Annika", "Brandt", "F"), ("Clara", "von Hagen", "F"), ("Matthias", "Engel", "M"),
    ("Sabine", "Fuchs", "F"), ("Jörg", "Kühn", "M"), ("Maren", "Vogel", "F"), ("Ingrid", "Weiß", "F"),
    ("Florian", "Gruber", "M", {"tag": "Austrian"}), ("Nadine", "Brunner", "F", {"tag": "Swiss"}),
    ("Reto", "Caflisch", "M", {"tag": "Swiss Romansh"}), ("Uwe", "Krämer", "M"),
])
PEOPLE += _people("fr", "French", [
    ("Margaux", "Lefebvre", "F"), ("Thibault", "Garnier", "M"), ("Aurélie", "Chevalier", "F"),
    ("Yannick", "Le Bihan", "M", {"tag": "Breton"}), ("Solène", "Marchetti", "F", {"tag": "Corsican"}),
    ("Noël", "Dubois", "M"), ("Wouter", "Claes", "M", {"tag": "Flemish"}),
    ("Sarah", "Lambert", "F", {"tag": "Walloon"}),
])
PEOPLE += _people("nl", "Dutch", [
    ("Femke", "de Groot", "F"), ("Bram", "van der Linden", "M"), ("Sanne", "Bakker", "F"), ("Joost", "Visser", "M"),
])
PEOPLE += _people("es", "Spanish", [
    ("Lucía", "Ferrer Soler", "F", {"tag": "Catalan"}), ("Iker", "Etxeberria", "M", {"tag": "Basque"}),
    ("Carmen", "Ruiz Navarro", "F"), ("Xosé Manuel", "Outeiro", "M", {"tag": "Galician"}), ("Rocío", "Delgado", "F"),
])
PEOPLE += _people("latam", "Latin American", [
    ("Valentina", "Restrepo Arango", "F", {"tag": "Colombian"}), ("Santiago", "Quispe Huamán", "M", {"tag": "Quechua"}),
    ("Luz Marina", "Cárdenas", "F", {"tag": "Venezuelan"}), ("Yesenia", "Castillo", "F", {"tag": "Honduran"}),
    ("Mateo", "Benítez", "M", {"tag": "Argentine"}), ("Camila", "Araya", "F", {"tag": "Chilean"}),
    ("Milagros", "Paredes", "F", {"tag": "Peruvian"}), ("Jesús Alberto", "Rangel", "M", {"tag": "Venezuelan"}),
    ("Dayana", "Mendoza", "F", {"tag": "Venezuelan"}), ("Wilmer", "Sánchez Pérez", "M", {"tag": "Salvadoran"}),
])
PEOPLE += _people("mx", "Mexican", [
    ("Guadalupe", "Ramírez Soto", "F"), ("Efraín", "Téllez Barrera", "M"),
])
PEOPLE += _people("pt", "Portuguese", [
    ("Inês", "Carvalho", "F"), ("Rui", "Pimentel", "M"), ("Joana", "Sá Fernandes", "F"),
    ("Adilson", "Tavares", "M", {"tag": "Cape Verdean"}),
])
PEOPLE += _people("br", "Brazilian", [
    ("Thiago", "dos Reis Almeida", "M"), ("Juliana", "Bezerra", "F"), ("Francisca", "das Chagas Lima", "F"),
    ("Wesley", "Nogueira", "M"), ("Ana Clara", "Moura", "F"), ("Josué", "Cavalcanti", "M"),
    ("Raimundo Nonato", "Silva", "M"), ("Luana", "Ferraz", "F"),
])
PEOPLE += _people("it", "Italian", [
    ("Giulia", "Esposito", "F"), ("Salvatore", "Lo Bianco", "M", {"tag": "Sicilian"}), ("Chiara", "De Luca", "F"),
    ("Matteo", "Fontana", "M"),
])
PEOPLE += _people("cee", "Central/Eastern European", [
    ("Małgorzata", "Kaczmarek", "F", {"tag": "Polish"}), ("Paweł", "Zieliński", "M", {"tag": "Polish"}),
    ("Tomasz", "Sowiński", "M", {"tag": "Polish"}), ("Kateřina", "Dvořáková", "F", {"tag": "Czech"}),
    ("Marek", "Hruška", "M", {"tag": "Czech"}), ("Réka", "Tóth", "F", {"tag": "Hungarian", "order": "fg"}),
    ("Gábor", "Farkas", "M", {"tag": "Hungarian", "order": "fg"}), ("Ioana", "Popescu", "F", {"tag": "Romanian"}),
    ("Mihai", "Dragomir", "M", {"tag": "Romanian"}), ("Florin", "Lupu", "M", {"tag": "Romanian"}),
    ("Andreea", "Munteanu", "F", {"tag": "Romanian"}),
    ("Desislava", "Petrova", "F", {"tag": "Bulgarian"}), ("Amra", "Hodžić", "F", {"tag": "Bosnian"}),
    ("Nikola", "Marković", "M", {"tag": "Serbian"}), ("Ivana", "Perić", "F", {"tag": "Croatian"}),
    ("Arben", "Krasniqi", "M", {"tag": "Kosovar Albanian"}), ("Blerta", "Gashi", "F", {"tag": "Albanian"}),
    ("Eleni", "Papadaki", "F", {"tag": "Greek"}), ("Dimitris", "Karalis", "M", {"tag": "Greek"}),
])
PEOPLE += _people("tr", "Turkish", [
    ("Emre", "Yıldız", "M"), ("Zeynep", "Aydoğan", "F"), ("Hatice", "Korkmaz", "F"), ("Mehmet Ali", "Öztürk", "M"),
    ("Rojda", "Aslan", "F", {"tag": "Kurdish"}), ("Berfin", "Demir", "F", {"tag": "Kurdish"}),
])
PEOPLE += _people("ua", "Ukrainian", [
    ("Olena", "Kovalchuk", "F"), ("Andriy", "Melnyk", "M"), ("Iryna", "Bondarenko", "F"), ("Bohdan", "Tkachenko", "M"),
])
PEOPLE += _people("cis", "Central Asian/Caucasian", [
    ("Aigerim", "Sadykova", "F", {"tag": "Kazakh"}), ("Timur", "Abdullaev", "M", {"tag": "Uzbek"}),
    ("Dilnoza", "Rakhimova", "F", {"tag": "Uzbek"}), ("Nino", "Beridze", "F", {"tag": "Georgian"}),
    ("Giorgi", "Kapanadze", "M", {"tag": "Georgian"}), ("Anahit", "Sargsyan", "F", {"tag": "Armenian"}),
])
PEOPLE += _people("south_asia", "South Asian", [
    ("Priya", "Raghunathan", "F", {"tag": "Tamil"}), ("Arjun", "Mehta", "M", {"tag": "Gujarati"}),
    ("Harpreet", "Kaur Dhillon", "F", {"tag": "Punjabi Sikh"}),
    ("Gurdeep", "Singh Sidhu", "M", {"tag": "Punjabi Sikh"}),
    ("Ananya", "Bhattacharya", "F", {"tag": "Bengali"}), ("Sreeja", "Nair", "F", {"tag": "Malayali"}),
    ("Venkatesh", "Reddy", "M", {"tag": "Telugu"}), ("Rohan", "Deshpande", "M", {"tag": "Marathi"}),
    ("Ayesha", "Siddiqui", "F", {"tag": "Pakistani Urdu"}), ("Usman", "Tariq", "M", {"tag": "Pakistani Punjabi"}),
    ("Bilal", "Chaudhry", "M", {"tag": "Pakistani Punjabi"}), ("Tanvir", "Hossain", "M", {"tag": "Bangladeshi"}),
    ("Nusrat", "Jahan", "F", {"tag": "Bangladeshi"}), ("Farhana", "Akter", "F", {"tag": "Bangladeshi"}),
    ("Dilshan", "Perera", "M", {"tag": "Sinhala"}), ("Sunita", "Gurung", "F", {"tag": "Nepali"}),
    ("Pemba", "Sherpa", "M", {"tag": "Sherpa"}),
])
PEOPLE += _people("africa", "African", [
    ("Chiamaka", "Eze", "F", {"tag": "Igbo"}), ("Oluwaseun", "Adeyemi", "M", {"tag": "Yoruba"}),
    ("Aisha", "Bello", "F", {"tag": "Hausa"}), ("Blessing", "Okafor", "F", {"tag": "Igbo"}),
    ("Godwin", "Akpan", "M", {"tag": "Ibibio"}), ("Kwame", "Asante", "M", {"tag": "Akan"}),
    ("Abena", "Owusu", "F", {"tag": "Akan"}), ("Wanjiru", "Kamau", "F", {"tag": "Kikuyu"}),
    ("Otieno", "Ochieng", "M", {"tag": "Luo"}), ("Grace", "Nakato", "F", {"tag": "Ganda"}),
    ("Baraka", "Mwakyusa", "M", {"tag": "Tanzanian"}), ("Selamawit", "Tesfaye", "F", {"tag": "Amhara"}),
    ("Yonas", "Gebremariam", "M", {"tag": "Tigrinya"}), ("Mekdes", "Alemu", "F", {"tag": "Amhara"}),
    ("Hodan", "Warsame", "F", {"tag": "Somali"}), ("Abdirahman", "Farah", "M", {"tag": "Somali"}),
    ("Faduma", "Hirsi", "F", {"tag": "Somali"}), ("Abdullahi", "Jama", "M", {"tag": "Somali"}),
    ("Senait", "Kidane", "F", {"tag": "Tigrinya"}), ("Tesfalem", "Berhane", "M", {"tag": "Tigrinya"}),
    ("Amna", "Ibrahim", "F", {"tag": "Sudanese"}),
    ("Mohamed Osman", "Adam", "M", {"tag": "Sudanese"}), ("Patience", "Mbuyi", "F", {"tag": "Congolese"}),
    ("Jean-Baptiste", "Nkurunziza", "M", {"tag": "Burundian"}), ("Aminata", "Diallo", "F", {"tag": "Fula"}),
    ("Moussa", "Ndiaye", "M", {"tag": "Wolof"}), ("Théodore", "Mbarga", "M", {"tag": "Cameroonian"}),
    ("Tendai", "Moyo", "M", {"tag": "Shona"}), ("Nomvula", "Dlamini", "F", {"tag": "Zulu"}),
    ("Pieter", "Steyn", "M", {"tag": "Afrikaans"}),
])
PEOPLE += _people("mena", "Arab", [
    ("Rami", "Haddad", "M", {"tag": "Syrian"}), ("Lina", "Al-Masri", "F", {"tag": "Palestinian"}),
    ("Omar", "Khatib", "M", {"tag": "Syrian"}), ("Yara", "Nasser", "F", {"tag": "Lebanese"}),
    ("Mustafa", "Al-Jubouri", "M", {"tag": "Iraqi"}), ("Fatima Zahra", "Bennani", "F", {"tag": "Moroccan"}),
    ("Youssef", "El Idrissi", "M", {"tag": "Moroccan"}), ("Hiba", "Mansour", "F", {"tag": "Tunisian"}),
    ("Ahmed", "Abdelrahman", "M", {"tag": "Egyptian"}), ("Nour", "Khalil", "F", {"tag": "Jordanian"}),
    ("Dilan", "Barzani", "F", {"tag": "Kurdish (Iraq)"}), ("Karim", "Belkacem", "M", {"tag": "Algerian"}),
])
PEOPLE += _people("afir", "Afghan/Iranian", [
    ("Farid", "Ahmadzai", "M", {"tag": "Pashtun"}), ("Zahra", "Hosseini", "F", {"tag": "Hazara"}),
    ("Mohammad Nabi", "Rahimi", "M", {"tag": "Tajik Afghan"}), ("Shabnam", "Karimi", "F", {"tag": "Afghan"}),
    ("Parisa", "Rahmani", "F", {"tag": "Persian"}), ("Kaveh", "Jafari", "M", {"tag": "Persian"}),
])
PEOPLE += _people("east_asia", "East Asian", [
    ("Wei", "Zhang", "M", {"tag": "Chinese", "order": "fg"}), ("Na", "Li", "F", {"tag": "Chinese", "order": "fg"}),
    ("Jiahui", "Chen", "F", {"tag": "Chinese", "order": "fg"}), ("Haoran", "Wang", "M", {"tag": "Chinese"}),
    ("Ka-yan", "Lau", "F", {"tag": "Hong Kong Cantonese", "order": "fg"}),
    ("Yu-chen", "Huang", "M", {"tag": "Taiwanese", "order": "fg"}), ("Mei Ling", "Tan", "F", {"tag": "Singaporean"}),
    ("Haruka", "Sato", "F", {"tag": "Japanese"}), ("Kenji", "Matsumoto", "M", {"tag": "Japanese"}),
    ("Min-jae", "Kim", "M", {"tag": "Korean", "order": "fg"}),
    ("Ji-woo", "Park", "F", {"tag": "Korean", "order": "fg"}),
    ("Seo-yeon", "Lee", "F", {"tag": "Korean"}),
])
PEOPLE += _people("sea", "South-East Asian", [
    ("Thị Thu Hà", "Nguyễn", "F", {"tag": "Vietnamese", "order": "fg", "latin": "Ha|Nguyen"}),
    ("Minh Tuấn", "Phạm", "M", {"tag": "Vietnamese", "order": "fg", "latin": "Tuan|Pham"}),
    ("Quang Huy", "Lê", "M", {"tag": "Vietnamese", "order": "fg", "latin": "Huy|Le"}),
    ("Ngọc Trâm", "Võ", "F", {"tag": "Vietnamese", "order": "fg", "latin": "Tram|Vo"}),
    ("Văn Long", "Trần", "M", {"tag": "Vietnamese", "order": "fg", "latin": "Long|Tran"}),
    ("Thị Mai", "Đặng", "F", {"tag": "Vietnamese", "order": "fg", "latin": "Mai|Dang"}),
    ("Đức Anh", "Bùi", "M", {"tag": "Vietnamese", "order": "fg", "latin": "Anh|Bui"}),
    ("Maricel", "Dela Cruz", "F", {"tag": "Filipino"}), ("Rodel", "Bautista", "M", {"tag": "Filipino"}),
    ("Jhun Mark", "Villanueva", "M", {"tag": "Filipino"}), ("Rowena", "Macaraeg", "F", {"tag": "Filipino (Ilocano)"}),
    ("Siriporn", "Thongchai", "F", {"tag": "Thai"}), ("Kittisak", "Wongsawat", "M", {"tag": "Thai"}),
    ("Dewi", "Lestari", "F", {"tag": "Indonesian"}), ("Muhammad Faiz", "bin Ismail", "M", {"tag": "Malay"}),
    ("Nurul Aini", "binti Hassan", "F", {"tag": "Malay"}),
])
PEOPLE += _people("oceania", "Pacific", [
    ("Aroha", "Te Rangi", "F", {"tag": "Māori"}), ("Sione", "Tuipulotu", "M", {"tag": "Tongan"}),
    ("Losana", "Vakacegu", "F", {"tag": "Fijian"}),
])
PEOPLE += _people("nordic", "Nordic", [
    ("Linnea", "Holmgren", "F", {"tag": "Swedish"}), ("Mikkel", "Østergaard", "M", {"tag": "Danish"}),
    ("Aino", "Virtanen", "F", {"tag": "Finnish"}), ("Sigrún", "Hauksdóttir", "F", {"tag": "Icelandic"}),
    ("Erik", "Lindqvist", "M", {"tag": "Swedish"}),
])
PEOPLE += _people("il", "Israeli", [
    ("Noa", "Ben-Ami", "F"), ("Yossi", "Mizrahi", "M", {"tag": "Mizrahi Israeli"}),
])
PEOPLE += _people("carib", "Caribbean", [
    ("Jean-Robert", "Pierre-Louis", "M", {"tag": "Haitian"}), ("Keisha", "Thompson", "F", {"tag": "Trinidadian"}),
])
# names in their own scripts
PEOPLE += _people("zh", "Chinese", [
    ("秀兰", "王", "F", {"latin": "Xiulan|Wang"}), ("建军", "刘", "M", {"latin": "Jianjun|Liu"}),
    ("雨桐", "陈", "F", {"latin": "Yutong|Chen"}), ("子轩", "赵", "M", {"latin": "Zixuan|Zhao"}),
    ("佳怡", "林", "F", {"latin": "Jiayi|Lin"}), ("浩", "周", "M", {"latin": "Hao|Zhou"}),
    ("丽华", "黄", "F", {"latin": "Lihua|Huang"}),
], order="fgc")
PEOPLE += _people("ja", "Japanese", [
    ("美咲", "佐藤", "F", {"latin": "Misaki|Sato"}), ("健太", "高橋", "M", {"latin": "Kenta|Takahashi"}),
    ("由美", "中村", "F", {"latin": "Yumi|Nakamura"}), ("翔", "小林", "M", {"latin": "Sho|Kobayashi"}),
    ("陽子", "伊藤", "F", {"latin": "Yoko|Ito"}),
], order="fgc")
PEOPLE += _people("ko", "Korean", [
    ("서연", "김", "F", {"latin": "Seoyeon|Kim"}), ("준호", "박", "M", {"latin": "Junho|Park"}),
    ("하은", "이", "F", {"latin": "Haeun|Lee"}), ("민석", "최", "M", {"latin": "Minseok|Choi"}),
    ("유진", "정", "F", {"latin": "Yujin|Jung"}),
], order="fgc")
PEOPLE += _people("ru", "Russian", [
    ("Екатерина", "Смирнова", "F", {"latin": "Ekaterina|Smirnova", "patr": "Сергеевна"}),
    ("Дмитрий", "Волков", "M", {"latin": "Dmitry|Volkov", "patr": "Андреевич"}),
    ("Анна", "Кузнецова", "F", {"latin": "Anna|Kuznetsova", "patr": "Игоревна"}),
    ("Алексей", "Морозов", "M", {"latin": "Aleksei|Morozov", "patr": "Викторович"}),
    ("Гульнара", "Ахметова", "F", {"latin": "Gulnara|Akhmetova", "patr": "Ринатовна", "tag": "Tatar"}),
])
PEOPLE += _people("uk_cyr", "Ukrainian", [
    ("Олена", "Шевчук", "F", {"latin": "Olena|Shevchuk", "patr": "Петрівна"}),
    ("Тарас", "Бойко", "M", {"latin": "Taras|Boiko", "patr": "Іванович"}),
    ("Наталія", "Кравець", "F", {"latin": "Nataliia|Kravets", "patr": "Олегівна"}),
    ("Максим", "Гнатюк", "M", {"latin": "Maksym|Hnatiuk", "patr": "Васильович"}),
    ("Оксана", "Мельник", "F", {"latin": "Oksana|Melnyk", "patr": "Степанівна"}),
    ("Ярослава", "Ткач", "F", {"latin": "Yaroslava|Tkach", "patr": "Миколаївна"}),
])
PEOPLE += _people("ar", "Arab", [
    ("محمد", "الأحمد", "M", {"latin": "Mohammad|Alahmad", "tag": "Syrian"}),
    ("فاطمة", "حسن", "F", {"latin": "Fatima|Hassan", "tag": "Sudanese"}),
    ("أحمد", "الخطيب", "M", {"latin": "Ahmad|Alkhatib", "tag": "Palestinian"}),
    ("ريم", "السعدي", "F", {"latin": "Reem|Alsaadi", "tag": "Iraqi"}),
    ("خالد", "النعيمي", "M", {"latin": "Khaled|Alnuaimi", "tag": "Yemeni"}),
    ("سلمى", "حداد", "F", {"latin": "Salma|Haddad", "tag": "Syrian"}),
    ("يوسف", "منصور", "M", {"latin": "Youssef|Mansour", "tag": "Egyptian"}),
])
PEOPLE += _people("fa", "Persian/Dari", [
    ("زهرا", "احمدی", "F", {"latin": "Zahra|Ahmadi", "tag": "Iranian"}),
    ("علی", "رضایی", "M", {"latin": "Ali|Rezaei", "tag": "Iranian"}),
    ("مریم", "نوروزی", "F", {"latin": "Maryam|Nowruzi", "tag": "Afghan Dari"}),
    ("حمید", "کریمی", "M", {"latin": "Hamid|Karimi", "tag": "Afghan Dari"}),
    ("شکیبا", "صدیقی", "F", {"latin": "Shakiba|Sediqi", "tag": "Afghan Dari"}),
])
PEOPLE += _people("he", "Hebrew", [
    ("נועה", "לוי", "F", {"latin": "Noa|Levi"}), ("איתי", "כהן", "M", {"latin": "Itai|Cohen"}),
    ("יעל", "פרידמן", "F", {"latin": "Yael|Friedman"}), ("מיכאל", "שטרן", "M", {"latin": "Michael|Stern"}),
])
PEOPLE += _people("el", "Greek", [
    ("Μαρία", "Παπαδοπούλου", "F", {"latin": "Maria|Papadopoulou"}),
    ("Γιώργος", "Αντωνίου", "M", {"latin": "Giorgos|Antoniou"}),
    ("Κατερίνα", "Βλάχου", "F", {"latin": "Katerina|Vlachou"}),
    ("Νίκος", "Σταυρίδης", "M", {"latin": "Nikos|Stavridis"}),
])
PEOPLE += _people("hi", "Hindi", [
    ("प्रिया", "शर्मा", "F", {"latin": "Priya|Sharma"}), ("राहुल", "वर्मा", "M", {"latin": "Rahul|Verma"}),
    ("अंजलि", "सिंह", "F", {"latin": "Anjali|Singh"}), ("विकास", "यादव", "M", {"latin": "Vikas|Yadav"}),
])
PEOPLE += _people("th", "Thai", [
    ("สมศรี", "ใจดี", "F", {"latin": "Somsri|Jaidee"}), ("ณัฐพล", "ศรีสุข", "M", {"latin": "Nattaphon|Srisuk"}),
    ("พิมพ์ชนก", "แก้วมณี", "F", {"latin": "Pimchanok|Kaewmanee"}), ("อนุชา", "บุญมา", "M", {"latin": "Anucha|Boonma"}),
])
PEOPLE += _people("am", "Ethiopian/Eritrean", [
    ("ሄኖክ", "ታደሰ", "M", {"latin": "Henok|Tadesse", "tag": "Amhara"}),
    ("ቤተልሄም", "ገብሩ", "F", {"latin": "Betelhem|Gebru", "tag": "Amhara"}),
    ("ፊሊሞን", "ሃይለ", "M", {"latin": "Filmon|Haile", "tag": "Tigrinya"}),
])

# a few people are tied to an ID number that encodes their name (codice fiscale, CURP)
BY_KEY = {p.key: p for p in PEOPLE}
assert len(BY_KEY) == len(PEOPLE), "duplicate person"


# ---------------------------------------------------------------------------------------------
# addresses (typed by hand; real small towns, made-up street numbers).  Each part is one
# LOCATION span; the layout holds the country's own order and any prefix left outside a span.
# ---------------------------------------------------------------------------------------------

LAYOUT = {
    "GB": "{unit}\n{street}\n{town}\n{postcode}",
    "IE": "{street}\n{town}\n{region}\n{postcode}",
    "US": "{street} {unit}\n{town}, {region} {postcode}",
    "CA": "{unit}-{street}\n{town} {region}  {postcode}",
    "AU": "{street}\n{town} {region} {postcode}",
    "NZ": "{street}\n{town} {postcode}",
    "DE": "{street}\n{postcode} {town}",
    "FR": "{unit}\n{street}\n{postcode} {town}",
    "ES": "{street}, {unit}\n{postcode} {town} ({region})",
    "PT": "{street}, {unit}\n{postcode} {town}",
    "IT": "{street}\n{postcode} {town} ({region})",
    "RO": "{street}, {unit}\n{postcode} {town}, jud. {region}",
    "TR": "{district} {street} {unit}\n{postcode} {town}/{region}",
    "UA": "{street}, {unit}\nм. {town}\n{region}\n{postcode}",
    "RU": "{street}, {unit}\nг. {town}\n{region}\n{postcode}",
    "LAT_UA": "{street}, {unit}\n{town}, {region}\n{postcode}",
    "IN": "{street}\n{town}, {region} {postcode}",
    "PK": "{street}\n{town} {postcode}",
    "NG": "{street}\n{town}, {region}",
    "KE": "{street} - {postcode}\n{town}",
    "BR": "{street}, {unit}\n{district}, {town} - {region}\n{postcode}",
    "MX": "{street}, {district}\nC.P. {postcode} {town}, {region}",
    "CO": "{street}\n{town}, {region}",
    "AR": "{street}\n{postcode} {town}, {region}",
    "PH": "{street}, Brgy. {district}\n{town}, {region} {postcode}",
    "VN": "{street}, {district}, {town}, {region}",
    "CN": "{region} {town} {district} {street}",
    "JP": "〒{postcode}\n{region} {town} {street}",
    "KR": "{region} {town} {district} {street}",
    "TH": "{street} {district} {town} {region} {postcode}",
    "IL": "{street}, {town} {postcode}",
    "AR_SCRIPT": "{street}، {unit}\n{town}، {region}",
    "FA": "{region}، {town}، {street}",
    "HU": "{town}\n{street}\n{postcode}",
    "ZA": "{street}\n{town}\n{postcode}",
    "PLAIN": "{street}, {town}, {region}",
}


class Addr:
    def __init__(self, cc, layout=None, **parts):
        self.cc = cc
        self.parts = parts
        lay = LAYOUT[layout or cc]
        # drop the pieces this address does not have, with the separator that came before them
        for name in ("unit", "district", "region", "postcode"):
            if name not in parts:
                lay = re.sub(r"(, |-| |\n|、|، )?[^{}\n ]*\{" + name + r"\}", "", lay, count=1)
                lay = lay.replace("{" + name + "}", "")
        self.layout = lay.strip("\n -,")
        self.key = f"{cc}:{parts.get('street')}:{parts.get('town')}"

    def m(self, name):
        return L(self.parts[name])

    @property
    def town(self):
        return L(self.parts["town"])

    def block(self, sep="\n"):
        filled = self.layout.format(**{k: L(v) for k, v in self.parts.items()})
        return filled.replace("\n", sep)

    def line(self):
        sep = "、" if self.cc in ("CN", "JP") else ("، " if self.cc in ("AR_SCRIPT", "FA") else ", ")
        if self.cc in ("CN", "JP", "KR", "TH"):
            sep = " "
        return self.block(sep)


def A(cc, layout=None, **parts):
    return Addr(cc, layout, **parts)


ADDRS = [
    A("GB", street="14 Mill Lane", town="Ledbury", postcode="HR8 1DP"),
    A("GB", unit="Flat 3", street="27 Bondgate Within", town="Alnwick", postcode="NE66 1SX"),
    A("GB", street="6 China Street", town="Llanidloes", postcode="SY18 6AB"),
    A("GB", street="9 Atholl Road", town="Pitlochry", postcode="PH16 5BX"),
    A("GB", unit="Flat 11", street="40 Market Street", town="Kirkby Stephen", postcode="CA17 4QS"),
    A("IE", street="4 Wolfe Tone Square", town="Bantry", region="Co. Cork", postcode="P75 HX62"),
    A("IE", street="2 Bridge Street", town="Clifden", region="Co. Galway", postcode="H71 WK38"),
    A("US", street="418 Maple Avenue", town="Decorah", region="IA", postcode="52101"),
    A("US", street="2210 Lawrence Street", unit="Apt 2", town="Port Townsend", region="WA", postcode="98368"),
    A("US", street="77 East Main Street", town="Lititz", region="PA", postcode="17543"),
    A("US", street="1045 Tombstone Canyon", town="Bisbee", region="AZ", postcode="85603"),
    A("CA", street="58 rue Saint-Jean-Baptiste", town="Baie-Saint-Paul", region="QC", postcode="G3Z 1M4"),
    A("CA", unit="12", street="312 Three Sisters Drive", town="Canmore", region="AB", postcode="T1W 2B2"),
    A("AU", street="12 Meehan Street", town="Yass", region="NSW", postcode="2582"),
    A("AU", street="7 Gipps Street", town="Port Fairy", region="VIC", postcode="3284"),
    A("NZ", street="23 Rue Lavaud", town="Akaroa", postcode="7520"),
    A("DE", street="Lindenweg 8", postcode="91550", town="Dinkelsbühl"),
    A("DE", street="Kirchgasse 5", postcode="97990", town="Weikersheim"),
    A("DE", street="Schulstraße 21", postcode="79410", town="Badenweiler"),
    A("DE", street="Obergasse 11", postcode="55590", town="Meisenheim"),
    A("DE", street="Mühlenstraße 42a", postcode="25938", town="Wyk auf Föhr"),
    A("DE", "DE", street="Kirchengasse 4", postcode="4822", town="Bad Goisern"),
    A("DE", "DE", street="Stradun 17", postcode="7550", town="Scuol"),
    A("FR", street="12 rue des Tanneurs", postcode="46160", town="Cajarc"),
    A("FR", street="5 chemin des Vignes", postcode="84220", town="Gordes"),
    A("FR", street="22 avenue George V", postcode="35800", town="Dinard"),
    A("FR", unit="Appt 14", street="9 rue Aristide Briand", postcode="68340", town="Riquewihr"),
    A("DE", "DE", street="Rue du Moulin 41", postcode="6830", town="Bouillon"),
    A("DE", "DE", street="Noordstraat 9", postcode="8630", town="Veurne"),
    A("DE", "DE", street="Dorpsstraat 27", postcode="1797 AB", town="Den Hoorn"),
    A("DE", "DE", street="Voorstraat 3", postcode="8861 BL", town="Harlingen"),
    A("ES", street="C/ Mayor, 18", unit="2º B", postcode="22330", town="Aínsa", region="Huesca"),
    A("ES", street="Calle Real, 7", unit="1º A", postcode="19250", town="Sigüenza", region="Guadalajara"),
    A("ES", street="Avda. de Andalucía, 41", unit="bajo", postcode="11690", town="Olvera", region="Cádiz"),
    A("PT", street="Rua da Misericórdia, 12", unit="2.º Esq.", postcode="4990-062", town="Ponte de Lima"),
    A("PT", street="Travessa do Castelo, 5", postcode="7200-175", town="Monsaraz"),
    A("PT", street="Rua Direita, 33", unit="1.º", postcode="6270-470", town="Seia"),
    A("IT", street="Via Dante Alighieri 14", postcode="53027", town="San Quirico d'Orcia", region="SI"),
    A("IT", street="Vicolo del Pozzo 3", postcode="90010", town="Ustica", region="PA"),
    A("IT", street="Via Roma 28", postcode="38066", town="Riva del Garda", region="TN"),
    A("DE", "DE", street="ul. Rynek 7/2", postcode="59-550", town="Wojcieszów"),
    A("DE", "DE", street="ul. Polna 3", postcode="38-700", town="Ustrzyki Dolne"),
    A("DE", "DE", street="ul. Adama Mickiewicza 19/4", postcode="16-500", town="Sejny"),
    A("DE", "DE", street="Náměstí 12", postcode="382 41", town="Kaplice"),
    A("RO", street="Str. Școlii nr. 14", unit="ap. 3", postcode="545400", town="Sighișoara", region="Mureș"),
    A("RO", street="Str. Principală nr. 88", postcode="507025", town="Bran", region="Brașov"),
    A("TR", district="Kemalpaşa Mah.", street="Hükümet Cad. No: 23", unit="D: 4", postcode="10400", town="Ayvalık",
      region="Balıkesir"),
    A("TR", district="Çeşme Mah.", street="Hıdırlık Sok. No: 7", postcode="78600", town="Safranbolu", region="Karabük"),
    A("UA", street="вул. Свободи, 14", unit="кв. 7", town="Яремче", region="Івано-Франківська обл.", postcode="78500"),
    A("UA", street="вул. Гетьманська, 42", town="Батурин", region="Чернігівська обл.", postcode="16512"),
    A("LAT_UA", street="vul. Ivana Franka 9", unit="apt 12", town="Kolomyia", region="Ivano-Frankivsk Oblast",
      postcode="78200"),
    A("RU", street="ул. Советская, д. 5", unit="кв. 12", town="Плёс", region="Ивановская обл.", postcode="155555"),
    A("DE", "DE", street="Οδός Αγίου Νικολάου 8", postcode="24022", town="Καρδαμύλη"),
    A("DE", "DE", street="Odos Eleftheriou Venizelou 21", postcode="21100", town="Nafplio"),
    A("DE", "DE", street="Οδός Κουντουριώτη 15", postcode="18050", town="Σπέτσες"),
    A("RU", street="ул. Абая, 17", unit="кв. 4", town="Талгар", region="Алматинская обл.", postcode="041600"),
    A("IN", street="House No. 27, Lower Mall Road", town="Kasauli", region="Himachal Pradesh", postcode="173204"),
    A("IN", street="No. 12/4, Rosappukandam Road", town="Kumily", region="Kerala", postcode="685509"),
    A("IN", street="मकान नं. 14, गणेश घाट रोड", town="पुष्कर", region="राजस्थान", postcode="305022"),
    A("PK", street="House 12, Street 4, Jhika Gali Road", town="Murree", postcode="47150"),
    A("NG", street="17 Marina Road", town="Badagry", region="Lagos State"),
    A("NG", street="House No. 7, Liverpool Street", town="Elmina", region="Central Region"),
    A("KE", street="P.O. Box 214", postcode="80500", town="Lamu"),
    A("BR", street="Rua do Rosário, 88", unit="apto 12", district="Centro", town="Pirenópolis", region="GO",
      postcode="72980-000"),
    A("BR", street="Rua Quinze de Novembro, 231", district="Centro Histórico", town="Penedo", region="AL",
      postcode="57200-000"),
    A("MX", street="Calle Ignacio Zaragoza 45", district="Barrio de San Miguel", postcode="62520", town="Tepoztlán",
      region="Mor."),
    A("MX", street="Av. 5 No. 318", district="Centro", postcode="77930", town="Bacalar", region="Q. Roo"),
    A("CO", street="Carrera 7 # 5-42", town="Barichara", region="Santander"),
    A("CO", street="Calle 6 # 4-21", town="Salento", region="Quindío"),
    A("AR", street="Av. San Martín 1234", postcode="U9203", town="Trevelin", region="Chubut"),
    A("PH", street="Purok 3", district="Poblacion", town="Sagada", region="Mountain Province", postcode="2619"),
    A("VN", street="Số 14 đường Xuân Viên", district="tổ 5", town="Sa Pa", region="Lào Cai"),
    A("VN", street="Số 27 Lý Thường Kiệt", district="phường Bình San", town="Hà Tiên", region="Kiên Giang"),
    A("CN", region="浙江省", town="湖州市", district="德清县莫干山镇", street="劳岭村12号"),
    A("CN", region="云南省", town="大理白族自治州", district="鹤庆县草海镇", street="新华村27号"),
    A("JP", postcode="501-5627", region="岐阜県", town="大野郡白川村", street="荻町123"),
    A("JP", postcode="399-6101", region="長野県", town="木曽郡木曽町", street="福島5124-3"),
    A("KR", region="전라남도", town="담양군", district="담양읍", street="죽녹원로 45"),
    A("KR", region="강원특별자치도", town="평창군", district="대관령면", street="올림픽로 12-3"),
    A("TH", street="45/2 หมู่ 3", district="ตำบลเวียงใต้", town="อำเภอปาย", region="จังหวัดแม่ฮ่องสอน", postcode="58130"),
    A("IL", street="רחוב הגפן 12", town="ראש פינה", postcode="1200012"),
    A("IL", street="רחוב הדקל 5", town="יבנאל", postcode="1522500"),
    A("DE", "DE", street="Storgatan 14", postcode="872 30", town="Kramfors"),
    A("DE", "DE", street="Prästgatan 6", postcode="193 30", town="Sigtuna"),
    A("DE", "DE", street="Kyrkogatan 9", postcode="668 30", town="Ed"),
    A("AR_SCRIPT", street="شارع المشربة، عمارة 5", unit="شقة 3", town="دهب", region="جنوب سيناء"),
    A("AR_SCRIPT", street="شارع مار سابا، بناية خوري", town="بشري", region="محافظة الشمال"),
    A("PLAIN", street="Al-Qalaa Street 14", town="Salamiyah", region="Hama"),
    A("PLAIN", street="Nazar Abad, House 27", town="Bamyan", region="Bamyan Province"),
    A("FA", street="کوچه ارغوان، پلاک ۱۲", town="ماسوله", region="استان گیلان"),
    A("DE", "DE", street="Derb Sidi Abdelhamid 14", postcode="91000", town="Chefchaouen"),
    A("ZA", street="23 Main Street", town="Clarens", postcode="9707"),
    A("HU", street="Bethlen Gábor utca 17.", postcode="3910", town="Tokaj"),
    A("PLAIN", street="Kebele 03, House 112", town="Lalibela", region="Amhara"),
]
# which country each address is in (for drawing); the layout key is not always the country
ADDR_CC = ["GB"] * 5 + ["IE"] * 2 + ["US"] * 4 + ["CA"] * 2 + ["AU"] * 2 + ["NZ"] + ["DE"] * 5 + ["AT", "CH"] + \
    ["FR"] * 4 + ["BE"] * 2 + ["NL"] * 2 + ["ES"] * 3 + ["PT"] * 3 + ["IT"] * 3 + ["PL"] * 3 + ["CZ"] + ["RO"] * 2 + \
    ["TR"] * 2 + ["UA_CYR"] * 2 + ["UA"] + ["RU"] + ["GR_EL", "GR", "GR_EL", "KZ"] + ["IN"] * 2 + ["IN_HI"] + ["PK"] + \
    ["NG", "GH", "KE"] + ["BR"] * 2 + ["MX"] * 2 + ["CO"] * 2 + ["AR", "PH"] + ["VN"] * 2 + ["CN"] * 2 + \
    ["JP"] * 2 + ["KR"] * 2 + ["TH", "IL", "IL"] + ["SE"] * 3 + ["EG", "LB", "SY", "AF", "IR", "MA", "ZA", "HU", "ET"]
assert len(ADDR_CC) == len(ADDRS), (len(ADDR_CC), len(ADDRS))
for _a, _cc in zip(ADDRS, ADDR_CC):
    _a.country = _cc

# ---------------------------------------------------------------------------------------------
# phones, national format, no country code (typed by hand)
# ---------------------------------------------------------------------------------------------

PHONES = [
    ("GB", "07823 416095"), ("GB", "01531 634218"), ("GB", "07519 882 340"), ("GB", "01665 603 927"),
    ("GB", "07946 218553"), ("GB", "07402 119 870"), ("GB", "01287 640392"), ("GB", "07731 558 204"),
    ("IE", "087 214 3390"), ("IE", "027 51 864"),
    ("US", "(563) 382-4417"), ("US", "(360) 385-9026"), ("US", "717-626-3081"), ("US", "(520) 432-7718"),
    ("CA", "(418) 435-2207"), ("CA", "403-678-2291"),
    ("AU", "0412 558 903"), ("AU", "(02) 6226 1184"), ("NZ", "021 764 309"),
    ("DE", "0171 3948205"), ("DE", "09851 573144"), ("DE", "0152 29 84 17 03"), ("DE", "(07934) 8812"),
    ("DE", "0176 41829930"), ("DE", "04681 5029"),
    ("AT", "0664 2183947"), ("CH", "079 412 58 36"),
    ("FR", "06 42 18 77 35"), ("FR", "05 65 40 21 96"), ("FR", "07 81 23 46 09"), ("FR", "06.58.30.14.72"),
    ("BE", "0472 36 18 90"), ("NL", "06-41827730"), ("NL", "0517 41 29 66"),
    ("ES", "612 48 93 07"), ("ES", "974 50 12 83"), ("PT", "912 384 506"), ("PT", "258 741 093"),
    ("IT", "347 218 5593"), ("IT", "0577 897 214"),
    ("PL", "512 340 887"), ("PL", "603 918 442"), ("CZ", "603 218 447"),
    ("RO", "0742 318 905"), ("RO", "0265 771 384"),
    ("TR", "0532 418 27 90"), ("TR", "0 (266) 312 48 07"),
    ("UA", "067 312 45 08"), ("UA", "(093) 741-28-66"), ("UA", "050 918 34 27"),
    ("RU", "8 (915) 284-31-07"), ("GR", "694 123 8870"), ("GR", "27210 73184"),
    ("IN", "98160 42375"), ("IN", "094470 21836"), ("PK", "0300 5127784"), ("BD", "01712-384907"),
    ("NG", "0803 412 7765"), ("NG", "0908 230 1147"), ("GH", "024 418 3306"), ("KE", "0712 845 390"),
    ("BR", "(62) 99318-4470"), ("BR", "(82) 98114-2037"), ("MX", "777 184 2093"), ("MX", "983 105 4472"),
    ("CO", "310 428 7719"), ("AR", "02945 48-1270"), ("VE", "0414-318 2290"),
    ("PH", "0917 842 3365"), ("PH", "0998 410 2276"),
    ("VN", "0912 438 176"), ("VN", "0387 215 904"), ("VN", "0976 302 418"),
    ("CN", "138 1047 2296"), ("CN", "0572-8421376"), ("JP", "090-4128-7735"), ("JP", "0576-96-1384"),
    ("KR", "010-4827-3316"), ("KR", "010-9183-2047"),
    ("TH", "081 734 2290"), ("IL", "052-418-3376"), ("SE", "070-412 38 85"), ("DK", "21 48 37 90"),
    ("EG", "0100 483 2219"), ("JO", "079 548 3321"), ("LB", "03 418 227"), ("SY", "0944 218 730"),
    ("IQ", "0770 412 8834"), ("AF", "070 218 4437"), ("IR", "0912 348 2207"),
    ("ET", "091 142 3387"), ("ER", "07 12 84 33"), ("MA", "06 61 48 23 09"), ("ZA", "082 418 3390"),
    ("SO", "061 548 2233"), ("HU", "06 30 418 2276"), ("KZ", "8 701 418 2273"), ("GE", "599 41 82 77"),
    ("SY", "0933 581 204"), ("SY", "0988 127 463"), ("ER", "07 21 55 90"), ("ER", "07 18 30 47"),
    ("AF", "079 541 2280"), ("AF", "078 330 1916"), ("SD", "0912 384 117"), ("SD", "0123 540 286"),
    ("SO", "061 230 4419"), ("SO", "090 771 2385"), ("IQ", "0750 318 2264"), ("ET", "092 418 7730"),
    ("ET", "091 550 2196"), ("IN", "99105 27738"), ("PK", "0321 4408176"), ("NG", "0816 550 3921"),
    ("PH", "0927 318 4406"), ("CN", "186 2391 7045"), ("TR", "0543 221 90 18"), ("GH", "020 771 4039"),
    ("KE", "0722 418 337"), ("BD", "01819-207733"), ("MX", "55 4182 3390"), ("CO", "315 782 0146"),
    ("VE", "0424-551 0937"), ("EG", "0122 307 4418"), ("IR", "0935 214 7781"), ("ES", "655 20 71 48"),
    ("IT", "333 481 0277"), ("NL", "06-28 31 40 95"), ("PL", "698 114 302"), ("RO", "0721 904 331"),
    ("UA", "096 540 21 73"), ("JP", "080-3319-5520"), ("KR", "010-2290-7714"), ("BR", "(11) 97240-3318"),
    ("SE", "073-840 12 96"), ("IL", "054-771-2039"), ("TH", "089 402 1176"), ("GR", "697 440 2218"),
    ("PT", "936 201 847"), ("CZ", "731 408 226"), ("AT", "0676 4418209"), ("CH", "078 221 04 93"),
    ("AU", "0438 911 207"), ("CA", "(250) 847-2290"),
]

# ---------------------------------------------------------------------------------------------
# dates of birth, in each writer's own style (typed by hand)
# ---------------------------------------------------------------------------------------------

DOBS = {
    "dmy": ["14/02/1987", "03/09/1992", "27/11/1979", "08/05/1996", "19/07/1983", "30/01/1990", "11/12/1974",
            "22/03/1999", "05/10/1968", "16/08/1981", "25/04/1993", "02/02/2003", "13/06/1977"],
    "child": ["04/06/2015", "17/01/2019", "29/09/2012", "12/03/2021", "08/11/2009", "23/07/2017"],
    "dot": ["03.11.1979", "16.04.1991", "25.08.1986", "09.01.1994", "30.06.1972", "12.12.1988", "07.02.2001",
            "19.10.1982", "28.03.1997"],
    "child_dot": ["14.05.2016", "02.10.2013", "21.03.2020"],
    "iso": ["1990-06-21", "1985-12-04", "1997-02-17", "1979-09-30", "2002-08-11", "1993-05-06", "1988-07-15",
            "1999-11-30"],
    "iso_old": ["1961-04-09", "1958-10-23", "1965-01-30"],
    "us": ["07/22/1990", "11/03/1984", "02/14/1977", "09/29/1995", "04/08/1988", "12/17/1981", "06/30/1993"],
    "en": ["12 June 1985", "3 October 1991", "28 February 1976", "9 August 1998", "21 January 1963", "17 May 1994",
           "30 September 1981", "6 April 2000"],
    "de": ["4. März 1991", "17. September 1985", "30. Juli 1978", "2. Dezember 1996"],
    "fr": ["5 mars 1992", "18 juillet 1987", "1er avril 1980", "24 novembre 1995", "11 août 1984"],
    "es": ["9 de julio de 1990", "23 de enero de 1986", "14 de octubre de 1978", "2 de mayo de 2000",
           "30 de marzo de 1997"],
    "pt": ["17 de outubro de 1986", "4 de fevereiro de 1993", "29 de junho de 1981"],
    "it": ["2 aprile 1983", "19 settembre 1991"],
    "nl": ["21 augustus 1989", "6 februari 1994"],
    "zh": ["1993年7月2日", "1989年11月15日", "1996年3月8日"],
    "ja": ["1991年4月18日", "1988年12月3日", "平成6年2月27日"],
    "ko": ["1988년 10월 3일", "1995년 6월 21일", "1992.01.09"],
    "ar": ["15/03/1990", "1987/08/02", "٢٠٠٤/١١/١٢", "22/09/1985", "1979/12/30", "١٩٩٣/٠٦/٢٨"],
    "dmy_old": ["14/03/1958", "02/11/1962", "27/06/1955"],
    "dmy_young": ["14/09/2003", "02/04/2005", "27/12/2004", "11/07/2002"],
    "dmy_parent": ["11/04/1984", "29/08/1981", "06/01/1979", "17/10/1986", "23/05/1983", "02/12/1988"],
    "dot_parent": ["14.09.1983", "02.05.1980", "27.01.1986", "08.11.1978", "19.06.1985"],
    "iso_parent": ["1984-03-27", "1981-10-12", "1987-06-05", "1982-01-19"],
    "ru": ["12.08.1985", "27.04.1993", "05 октября 1979 г."],
    "ru_old": ["14.02.1956", "30.11.1961", "08.07.1958"],
    "fa": ["۱۳۶۹/۰۴/۱۲", "1991/07/03", "۱۳۷۵/۱۱/۰۱"],
    "uk": ["18.09.1982", "03.06.1997", "11 лютого 1990 р."],
    "el": ["14/09/1984", "30/05/1991"],
    "tr": ["12.04.1988", "03/07/1995", "21 Mart 1983"],
    "pl": ["7 listopada 1990", "15.02.1984"],
    "hi": ["12/08/1994", "05-01-1989"],
    "th": ["15 ม.ค. 2533", "3 มิ.ย. 1992"],
    "vi": ["12/05/1996", "ngày 3 tháng 9 năm 1993", "20/10/2001", "ngày 14 tháng 2 năm 1999"],
    "sv": ["1990-03-14", "1986-11-27"],
}

# ---------------------------------------------------------------------------------------------
# ID numbers (NATIONAL_ID unless said otherwise).  Check digits were worked out once in a scratch
# session and typed in; check() validates them again.  Entries: (value, date of birth as the
# writer would put it or "", sex or "", person key when the number encodes the name).
# ---------------------------------------------------------------------------------------------

IDS = {
    "PESEL": [("87032204185", "22.03.1987", "F", ""), ("90110512357", "05.11.1990", "M", ""),
              ("79013029177", "30.01.1979", "M", ""), ("95081427738", "14.08.1995", "M", "")],
    "PESEL_CHILD": [("11261703269", "17.06.2011", "F", "")],
    "PNR": [("850912-2480", "1985-09-12", "F", ""), ("930228-3511", "1993-02-28", "M", ""),
            ("880617-2469", "1988-06-17", "F", ""), ("910305-4830", "1991-03-05", "M", "")],
    "PNR_CHILD": [("091004-2621", "2009-10-04", "F", "")],
    "TCKN": [("38194720510", "", "", ""), ("52418036942", "", "", ""), ("17634295894", "", "", "")],
    "CPF": [("418.237.960-87", "", "", ""), ("073.519.284-79", "", "", ""), ("265.804.137-35", "", "", "")],
    "CNP": [("2880512260416", "12.05.1988", "F", ""), ("1910203081126", "03.02.1991", "M", ""),
            ("2930417084123", "17.04.1993", "F", ""), ("1850923264516", "23.09.1985", "M", ""),
            ("2961122262075", "22.11.1996", "F", "")],
    "CNP_CHILD": [("6150921260032", "21.09.2015", "F", "")],
    "BSN": [("184729300", "", "", ""), ("263504177", "", "", ""), ("309184629", "", "", "")],
    "NIR": [("2 91 04 99 350 118 62", "17/04/1991", "F", ""), ("1 86 11 99 352 207 29", "08/11/1986", "M", "")],
    "CF": [("GSHBRT90M54Z100B", "14/08/1990", "F", "Blerta Gashi"),
           ("LDRYSF84B09Z330G", "09/02/1984", "M", "Youssef El Idrissi"),
           ("DLCCHR95S63F839C", "23/11/1995", "F", "Chiara De Luca")],
    "DNI": [("48217395B", "", "", ""), ("73051826P", "", "", "")],
    "NIE": [("Y4182736Q", "", "", ""), ("X9203518E", "", "", ""), ("Z1847302Q", "", "", ""), ("Y7350241F", "", "", "")],
    "PT_NIF": [("248317601", "", "", ""), ("274193582", "", "", ""), ("138704252", "", "", "")],
    "GR_AFM": [("148273909", "", "", ""), ("063918475", "", "", "")],
    "IL_ID": [("318402757", "", "", ""), ("209573146", "", "", "")],
    "AADHAAR": [("4821 7365 0919", "", "", ""), ("6290 3184 7529", "", "", ""), ("3741 8290 5632", "", "", "")],
    "CN_RIC": [("330521199307022164", "1993年7月2日", "F", ""), ("532932198804151237", "1988年4月15日", "M", ""),
               ("431226200109231841", "2001年9月23日", "F", "")],
    "DE_STEUER": [("47192837053", "", "", ""), ("62038419530", "", "", "")],
    "CURP": [("RASG891203MMSMTD09", "03/12/1989", "F", "Guadalupe Ramírez Soto"),
             ("TEBE940517HGRLRF02", "17/05/1994", "M", "Efraín Téllez Barrera")],
    "UA_RNOKPP": [("3221002485", "09.03.1988", "F", ""), ("3505301370", "21.12.1995", "M", ""),
                  ("3343204262", "14.07.1991", "F", ""), ("3070609130", "26.01.1984", "M", "")],
    "ZA_ID": [("8706145123083", "14/06/1987", "M", ""), ("9202270184081", "27/02/1992", "F", "")],
    "KR_ARC": [("900318-6123453", "1990-03-18", "F", ""), ("870205-5482012", "1987-02-05", "M", "")],
    "NHS": [("485 103 9271", "", "", ""), ("612 047 3858", "", "", "")],
    "NINO": [("JK 52 84 17 B", "", "", ""), ("SN 73 19 48 D", "", "", ""), ("WP 40 66 21 A", "", "", "")],
    "A_NUMBER": [("A-215 384 907", "", "", ""), ("A218440163", "", "", "")],
    "BRP": [("ZU4827316", "", "", ""), ("RF9012847", "", "", ""), ("ZX7391028", "", "", ""),
            ("RK1047392", "", "", "")],
    "ZAIRYU": [("RK48217390EQ", "", "", ""), ("UH30915248FT", "", "", "")],
    "TAZKIRA": [("1401-0418-27316", "", "", ""), ("1400-2291-03847", "", "", "")],
    "CNIC": [("35202-4418273-6", "", "F", ""), ("37405-9012847-3", "", "M", "")],
    "NIN_NG": [("48217390516", "", "", ""), ("70318264951", "", "", "")],
    "GHANA_CARD": [("GHA-718293046-2", "", "", "")],
    "KE_ID": [("31827465", "", "", "")],
    "SY_NATNO": [("02018473916", "", "", "")],
}
PASSPORTS = {
    "GB": ["548217396", "533904718"], "US": ["583104927", "A04827351"], "IN": ["V4821937", "Z3019846", "T7730158"],
    "PK": ["AK4192837", "BN7731802"], "NG": ["A09482716", "B50318274"], "SY": ["N012748391", "N009317456"],
    "AF": ["P01927463", "P04418209"], "CN": ["EJ4827391", "E73018264"], "PH": ["P4829310B", "P7310264A", "P2290417C"],
    "VN": ["C4827391", "C2031846", "C7194025", "N1930472", "C3308147"], "TR": ["U21839476", "U08417352"],
    "BR": ["FZ482731", "GB219804"],
    "MX": ["G38291746", "N04812739"], "UA": ["FX417283", "GE093142"], "RU": ["75 4827319", "76 1039482"],
    "IR": ["Z48217394", "Z30918275"], "ET": ["EP4182730", "EQ2190375"], "ER": ["P00391827", "P00528164"],
    "KE": ["AK0418273", "AK2290315"], "GH": ["G2187364", "G3094718"], "CO": ["AS482731", "AT109384"],
    "VE": ["149382716", "153027418"], "DE": ["C01XLN7T4", "CF4R29K17"], "FR": ["19FV48217", "21CK30915"],
    "JP": ["TK4827391", "TS1093847"], "KR": ["M48217390", "M70931825"], "EG": ["A28173649", "A31920485"],
    "TH": ["AA4827391", "AC2019374"], "MA": ["UZ4182736", "VB2038194"], "BD": ["EB0418273", "EF3917206"],
    "DZ": ["182749305", "201938475"], "IQ": ["A11827364", "A20391847"], "SD": ["P04182937", "P05291083"],
    "SO": ["P00418263", "P00730194"], "ZA": ["A03918274", "A05120938"], "KZ": ["N14827391", "N15093826"],
    "GE": ["18AB47291", "19CD03817"], "AL": ["BD4182736", "BF2093815"], "LB": ["RL2918374", "RL3307129"],
    "PE": ["121847390", "119304827"], "HN": ["E482917", "F093128"],
}
IBANS = {
    "DE": ["DE08 7002 0270 0015 6839 27", "DE17 5001 0517 5318 7264 90"], "NL": ["NL96 INGB 0007 2541 83"],
    "GB": ["GB08 BARC 2045 7763 9172 04"], "TR": ["TR22 0006 2000 4180 0006 2941 17"],
    "FR": ["FR76 3000 3018 4200 0518 7392 057"], "ES": ["ES56 2100 4718 2702 0018 3746"],
    "PT": ["PT50 0035 0417 0021 8394 0574 3"], "PL": ["PL73 1020 4027 0000 3902 1847 5613"],
}
CARDS = ["4539 1720 4816 3389", "5228 4190 7316 0456", "4918302755612044"]
IPS = ["91.64.183.27", "185.220.14.93", "41.190.12.208", "102.89.44.17", "2a02:8108:1640:2c1e:5d1:3f2a:91b0:7c44",
       "176.38.211.54", "37.111.202.9", "49.207.55.132", "190.25.118.76", "5.109.72.240", "213.87.149.31",
       "31.4.226.85"]
MRNS = ["41829376", "K482917", "00483921", "RX1 0493827", "HA-2291847"]


# ---------------------------------------------------------------------------------------------
# e-mail addresses: the local part is built from the hand-typed name
# ---------------------------------------------------------------------------------------------

DOMAINS = {
    "uk": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk"],
    "iso_old": ["1961-04-09", "1958-10-23", "1965-01-30"],
    "us": ["gmail.com", "yahoo.com", "icloud.com", "aol.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "skynet.be"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es"],
    "latam": ["gmail.com", "hotmail.com", "outlook.com"],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx"],
    "pt": ["sapo.pt", "gmail.com"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br"],
    "it": ["libero.it", "virgilio.it", "gmail.com"],
    "cee": ["wp.pl", "o2.pl", "seznam.cz", "yahoo.ro", "abv.bg", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "ua": ["ukr.net", "gmail.com", "i.ua"], "uk_cyr": ["ukr.net", "gmail.com"],
    "ru": ["mail.ru", "yandex.ru"], "cis": ["mail.ru", "gmail.com", "yandex.kz"],
    "south_asia": ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
    "africa": ["gmail.com", "yahoo.com", "outlook.com"],
    "mena": ["gmail.com", "hotmail.com", "yahoo.com"], "ar": ["gmail.com", "hotmail.com"],
    "afir": ["gmail.com", "yahoo.com"], "fa": ["gmail.com", "yahoo.com"],
    "east_asia": ["gmail.com", "qq.com", "naver.com", "yahoo.co.jp"], "zh": ["qq.com", "163.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"], "ko": ["naver.com", "daum.net"],
    "sea": ["gmail.com", "yahoo.com.ph", "yahoo.com.vn"], "oceania": ["xtra.co.nz", "gmail.com"],
    "nordic": ["telia.com", "gmail.com"], "il": ["walla.co.il", "gmail.com"], "he": ["walla.co.il", "gmail.com"],
    "el": ["otenet.gr", "gmail.com"], "hi": ["gmail.com", "rediffmail.com"], "th": ["hotmail.com", "gmail.com"],
    "am": ["gmail.com", "yahoo.com"], "carib": ["gmail.com", "hotmail.com"],
}


def local_part(p, style, n):
    g, f = p.ascii_parts()
    return {
        "g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_fN": f"{g}_{f}{n}", "f.g": f"{f}.{g}", "gfN": f"{g}{f[0]}{n}",
        "g.f.N": f"{g}.{f}{n}", "f": f, "gN": f"{g}{n}",
    }[style]


# ---------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never twice in one row
# ---------------------------------------------------------------------------------------------

GROUPS_LATIN = ("uk", "us", "de", "fr", "nl", "es", "latam", "mx", "pt", "br", "it", "cee", "tr", "ua", "cis",
                "south_asia", "africa", "mena", "afir", "east_asia", "sea", "oceania", "nordic", "il", "carib")


class Ctx:
    def __init__(self, rng, usage):
        self.rng = rng
        self.usage = usage
        self.taken = set()

    def _draw(self, kind, cands, key):
        cands = [x for x in cands if (kind, key(x)) not in self.taken]
        if not cands:
            raise LookupError(f"nothing left to draw for {kind}")
        low = min(self.usage[(kind, key(x))] for x in cands)
        best = sorted((x for x in cands if self.usage[(kind, key(x))] == low), key=key)
        pick = best[self.rng.randrange(len(best))]
        self.usage[(kind, key(pick))] += 1
        self.taken.add((kind, key(pick)))
        return pick

    def pick(self, options):
        return options[self.rng.randrange(len(options))]

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)

    def p(self, *groups, sex=None, tag=None):
        groups = groups or GROUPS_LATIN
        cands = [x for x in PEOPLE if x.grp in groups and (sex is None or x.sex == sex)
                 and (tag is None or x.tag == tag)]
        return self._draw("person", cands, lambda x: x.key)

    def person_by_key(self, key):
        self.usage[("person", key)] += 1
        self.taken.add(("person", key))
        return BY_KEY[key]

    def a(self, *countries):
        cands = [x for x in ADDRS if not countries or x.country in countries]
        return self._draw("addr", cands, lambda x: x.key)

    def ph(self, *countries):
        cands = [x for x in PHONES if not countries or x[0] in countries]
        return PH(self._draw("phone", cands, lambda x: x[1])[1])

    def dob(self, style):
        return DB(self._draw("dob", DOBS[style], lambda x: x))

    def nid(self, kind, sex=None):
        """Draw an ID entry; returns (marked value, marked DOB or '', sex, tied person or None)."""
        cands = [x for x in IDS[kind] if sex is None or x[2] == sex]
        e = self._draw("id", cands, lambda x: x[0])
        who = self.person_by_key(e[3]) if e[3] else None
        return ID(e[0]), (DB(e[1]) if e[1] else ""), e[2], who

    def pp(self, cc):
        return ID(self._draw("passport", PASSPORTS[cc], lambda x: x))

    def iban(self, cc):
        return IB(self._draw("iban", IBANS[cc], lambda x: x))

    def card(self):
        return CC(self._draw("card", CARDS, lambda x: x))

    def ip(self):
        return IP(self._draw("ip", IPS, lambda x: x))

    def mrn(self):
        return MRN(self._draw("mrn", MRNS, lambda x: x))

    def em(self, person, domain=None, style=None):
        style = style or self.pick(["g.f", "gf", "g_fN", "f.g", "gfN", "g.f.N"])
        domain = domain or self.pick(DOMAINS.get(person.grp, ["gmail.com"]))
        return EM(f"{local_part(person, style, self.num(11, 98))}@{domain}")


# ---------------------------------------------------------------------------------------------
# countries of the people (for passports and phones), nationality words, children, home towns
# ---------------------------------------------------------------------------------------------

TAG_CC = {
    "English": "GB", "Welsh": "GB", "Scottish": "GB", "Jamaican British": "GB", "Irish": "IE",
    "African American": "US", "US Polish": "US", "Chicano": "US", "US": "US", "Jamaican American": "US",
    "German": "DE", "Austrian": "AT", "Swiss": "CH", "Swiss Romansh": "CH", "French": "FR", "Breton": "FR",
    "Corsican": "FR", "Flemish": "BE", "Walloon": "BE", "Dutch": "NL", "Spanish": "ES", "Catalan": "ES", "Basque": "ES",
    "Galician": "ES", "Colombian": "CO", "Quechua": "PE", "Venezuelan": "VE", "Honduran": "HN", "Argentine": "AR",
    "Chilean": "CL", "Peruvian": "PE", "Salvadoran": "SV", "Mexican": "MX", "Portuguese": "PT", "Cape Verdean": "CV",
    "Brazilian": "BR", "Italian": "IT", "Sicilian": "IT", "Polish": "PL", "Czech": "CZ", "Hungarian": "HU",
    "Romanian": "RO", "Bulgarian": "BG", "Bosnian": "BA", "Serbian": "RS", "Croatian": "HR", "Kosovar Albanian": "XK",
    "Albanian": "AL", "Greek": "GR", "Turkish": "TR", "Kurdish": "TR", "Ukrainian": "UA", "Kazakh": "KZ", "Uzbek": "UZ",
    "Georgian": "GE", "Armenian": "AM", "Tamil": "IN", "Gujarati": "IN", "Punjabi Sikh": "IN", "Bengali": "IN",
    "Malayali": "IN", "Telugu": "IN", "Marathi": "IN", "Pakistani Urdu": "PK", "Pakistani Punjabi": "PK",
    "Bangladeshi": "BD", "Sinhala": "LK", "Nepali": "NP", "Sherpa": "NP", "Igbo": "NG", "Yoruba": "NG", "Hausa": "NG",
    "Ibibio": "NG", "Akan": "GH", "Kikuyu": "KE", "Luo": "KE", "Ganda": "UG", "Tanzanian": "TZ", "Amhara": "ET",
    "Tigrinya": "ER", "Somali": "SO", "Sudanese": "SD", "Congolese": "CD", "Burundian": "BI", "Fula": "GN",
    "Wolof": "SN", "Cameroonian": "CM", "Shona": "ZW", "Zulu": "ZA", "Afrikaans": "ZA", "Syrian": "SY",
    "Palestinian": "PS", "Lebanese": "LB", "Iraqi": "IQ", "Kurdish (Iraq)": "IQ", "Moroccan": "MA", "Tunisian": "TN",
    "Egyptian": "EG", "Jordanian": "JO", "Algerian": "DZ", "Pashtun": "AF", "Hazara": "AF", "Tajik Afghan": "AF",
    "Afghan": "AF", "Persian": "IR", "Chinese": "CN", "Hong Kong Cantonese": "HK", "Taiwanese": "TW",
    "Singaporean": "SG", "Japanese": "JP", "Korean": "KR", "Vietnamese": "VN", "Filipino": "PH",
    "Filipino (Ilocano)": "PH", "Thai": "TH", "Indonesian": "ID", "Malay": "MY", "Māori": "NZ", "Tongan": "TO",
    "Fijian": "FJ", "Swedish": "SE", "Danish": "DK", "Finnish": "FI", "Icelandic": "IS", "Israeli": "IL",
    "Mizrahi Israeli": "IL", "Haitian": "HT", "Trinidadian": "TT",
}
NAT_EN = {
    "PK": "Pakistani", "IN": "Indian", "BD": "Bangladeshi", "PH": "Filipino", "NG": "Nigerian", "GH": "Ghanaian",
    "KE": "Kenyan", "VN": "Vietnamese", "TH": "Thai", "SY": "Syrian", "AF": "Afghan", "ER": "Eritrean",
    "ET": "Ethiopian", "SD": "Sudanese", "SO": "Somali", "IQ": "Iraqi", "IR": "Iranian", "CN": "Chinese",
    "TR": "Turkish", "UA": "Ukrainian", "BR": "Brazilian", "MX": "Mexican", "CO": "Colombian", "EG": "Egyptian",
    "MA": "Moroccan", "US": "US", "GB": "British", "ZA": "South African", "KZ": "Kazakh", "GE": "Georgian",
    "JP": "Japanese", "KR": "Korean", "VE": "Venezuelan", "AL": "Albanian", "LB": "Lebanese", "DZ": "Algerian",
    "DE": "German", "FR": "French", "MY": "Malaysian", "LK": "Sri Lankan", "NP": "Nepali", "SA": "Saudi",
    "HK": "Hong Kong", "TW": "Taiwanese", "ID": "Indonesian", "UG": "Ugandan", "TZ": "Tanzanian", "ZW": "Zimbabwean",
}
CHILDREN = {
    "IN": [("Aarav", "M"), ("Diya", "F"), ("Kabir", "M"), ("Meera", "F")],
    "PK": [("Zainab", "F"), ("Hamza", "M"), ("Inaya", "F")],
    "NG": [("Chidera", "F"), ("Tobiloba", "M"), ("Favour", "F")],
    "AR_LAT": [("Jana", "F"), ("Karim", "M"), ("Lulwa", "F")],
    "AF": [("Mursal", "F"), ("Ahmad Zia", "M"), ("Sahar", "F")],
    "UA": [("Sofiia", "F"), ("Artem", "M")],
    "PH": [("Princess", "F"), ("Mark Anthony", "M")],
    "AR": [("جنى", "F"), ("كريم", "M"), ("لين", "F")],
    "FR_AF": [("Awa", "F"), ("Ibrahima", "M"), ("Fatou", "F"), ("Moussa", "M")],
    "GB": [("Poppy", "F"), ("Alfie", "M"), ("Isla", "F"), ("Reuben", "M")],
    "US": [("Harper", "F"), ("Mason", "M")],
    "RO": [("Sofia", "F"), ("Andrei", "M")],
    "NL": [("Daan", "M"), ("Saar", "F")],
    "BR": [("Helena", "F"), ("Davi", "M")],
    "LATAM": [("Valeria", "F"), ("Thiago", "M"), ("Salomé", "F")],
    "IR": [("Darya", "F"), ("Arshia", "M")],
    "EU": [("Lena", "F"), ("Noah", "M"), ("Emma", "F"), ("Luca", "M")],
}
ORIGIN_TOWNS = {
    "SN": ["Joal-Fadiouth", "Kédougou"], "CM": ["Bangangté", "Foumbot"], "CD": ["Mbanza-Ngungu", "Kasangulu"],
    "GN": ["Dalaba", "Pita"], "MA": ["Azrou", "Sefrou", "Imlil"], "DZ": ["Tigzirt", "Djanet"],
    "TN": ["Tataouine", "Takrouna"], "SY": ["Yabroud", "Salamiyah", "Maaloula"],
    "AF": ["Jaghori", "Chaghcharan", "Istalif"],
    "IR": ["Abyaneh", "Kandovan"], "ER": ["Keren", "Adi Quala"], "ET": ["Adwa", "Debre Libanos"],
    "SD": ["Shendi", "Karima"], "SO": ["Beledweyne", "Baidoa"], "IQ": ["Amadiya", "Akre"],
    "NG": ["Ilobu", "Oguta", "Idanre"], "GH": ["Akropong", "Nkawkaw", "Larabanga"], "KE": ["Nanyuki", "Kericho"],
    "IN": ["Hampi", "Orchha", "Khajuraho", "Mawlynnong"], "PK": ["Kharian", "Karimabad", "Chakdara"],
    "BD": ["Sreemangal", "Kuakata"], "PH": ["Pagudpud", "Batad", "Loboc"], "VN": ["Mai Châu", "Bắc Hà"],
    "UA": ["Kolomyia", "Kaniv", "Verkhovyna"], "CO": ["Mompox", "Jardín"], "VE": ["Mucuchíes", "Choroní"],
    "HN": ["Copán Ruinas", "Gracias"], "PE": ["Ollantaytambo", "Chachapoyas"], "SV": ["Suchitoto", "Juayúa"],
    "EG": ["Siwa", "Dahab"], "TR": ["Birgi", "Şirince", "Cumalıkızık"], "GE": ["Sighnaghi", "Mestia"],
    "KZ": ["Zharkent", "Shchuchinsk"], "AL": ["Përmet", "Berat"], "LB": ["Deir el Qamar", "Douma"],
    "BR": ["Lençóis Paulista", "Cunha", "Tiradentes"], "MX": ["Cuetzalan", "Bernal", "Real de Catorce"],
    "CN": ["Yangshuo", "Fenghuang", "Xitang"], "ZA": ["Graaff-Reinet", "Nieu-Bethesda"],
    "JP": ["Kurashiki", "Takayama"], "KR": ["Andong", "Boseong"], "MY": ["Kuala Kangsar", "Sekinchan"],
    "LK": ["Ella", "Haputale"], "NP": ["Bandipur", "Tansen"], "TH": ["Pai", "Chiang Khan"],
    "AR_SCRIPT": ["السلمية", "يبرود", "شندي", "ثلا", "العمادية"], "FA_SCRIPT": ["جاغوری", "چخچران"],
}
SSNS = ["412-58-7390", "529-46-1183", "071-38-2264"]


def _ctx_extras():
    def pcc(self, *ccs, sex=None):
        cands = [x for x in PEOPLE if x.grp in GROUPS_LATIN and TAG_CC.get(x.tag) in ccs
                 and (sex is None or x.sex == sex)]
        return self._draw("person", cands, lambda x: x.key)

    def cc(self, person):
        return TAG_CC[person.tag]

    def child(self, pool, sex=None):
        cands = [x for x in CHILDREN[pool] if sex is None or x[1] == sex]
        return self._draw("child", cands, lambda x: pool + x[0])

    def town(self, cc):
        return L(self._draw("town", ORIGIN_TOWNS[cc], lambda x: x))

    def ssn(self):
        return SSN(self._draw("ssn", SSNS, lambda x: x))

    def a_of(self, cc, *fallback):
        if any(x.country == cc for x in ADDRS):
            return self.a(cc)
        return self.a(*fallback)

    def mate(self, a, any_sex=False):
        """A partner of the opposite sex (or a relative of any sex): same country if the pool has one, else
        same group, else anyone."""
        for test in (lambda x: TAG_CC.get(x.tag) == TAG_CC.get(a.tag), lambda x: x.grp == a.grp, lambda x: True):
            cands = [x for x in PEOPLE if x.grp in GROUPS_LATIN and (any_sex or x.sex != a.sex) and test(x)
                     and ("person", x.key) not in self.taken]
            if cands:
                return self._draw("person", cands, lambda x: x.key)
        raise LookupError("no partner")

    Ctx.pcc, Ctx.cc, Ctx.child, Ctx.town, Ctx.ssn, Ctx.mate = pcc, cc, child, town, ssn, mate
    Ctx.a_of = a_of


_ctx_extras()


def kid(c, parent, pool, sex=None):
    """A child's name: hand-typed given name + the parent's family name, in the parent's order."""
    given, sx = c.child(pool, sex)
    if pool in ("EU", "GB", "US", "NL"):
        return N(f"{given} {parent.family}"), sx
    if parent.order == "fgc":
        return N(f"{parent.family}{given}"), sx
    if parent.order == "fg":
        return N(f"{parent.family} {given}"), sx
    return N(f"{given} {parent.family}"), sx


def opp(sex):
    return "F" if sex == "M" else "M"


# ---------------------------------------------------------------------------------------------
# templates: fn(c, i) -> marked text; i = row number within the template
# ---------------------------------------------------------------------------------------------

TEMPLATES = []


def tpl(cls, name, lang, n, case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


def clean(cls, name, lang, texts, case=None):
    TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": len(texts), "case": case,
                      "fn": lambda c, i: texts[i]})


def quote(s):
    return "\n".join(("> " + ln) if ln else ">" for ln in s.split("\n"))


# =============================================================================================
# personal_documents: application drafts, document lists, translated certificates
# =============================================================================================

@tpl("personal_documents", "spouse_visa_draft", "en", 3)
def _t_spouse_visa(c, i):
    app = c.pcc("PK", "IN", "BD", "PH", "NG", "GH", "KE", "VN", "TH")
    cc = c.cc(app)
    sp = c.p("uk", sex=opp(app.sex))
    home = c.a("GB")
    nino = c.nid("NINO")[0]
    ask = ["Client wants it in today.", "Sponsor is self-employed so watch Category F.",
           "Lmk if the maintenance bit looks off"][i]
    return f"""Can you check this draft for gaps before we submit the spouse visa (Appendix FM)? {ask}

APPLICANT
Full name: {N(app.full)}
Date of birth: {c.dob("dmy")}
Passport no.: {c.pp(cc) if cc in PASSPORTS else c.pp("IN")}
Nationality: {NAT_EN[cc]}
Phone: {c.ph(cc)}

SPONSOR
Full name: {N(sp.full)}
Address: {home.line()}
Mobile: {c.ph("GB")}
NI number: {nino}
Relationship: married 2023, living together since 2021
Income: employed, gross £31,400 (Category A)"""


@tpl("personal_documents", "aufenthalt_antrag", "de", 2)
def _t_aufenthalt(c, i):
    nat = {"IN": "indisch", "TR": "türkisch", "BR": "brasilianisch", "CO": "kolumbianisch", "MX": "mexikanisch",
           "VN": "vietnamesisch", "PH": "philippinisch", "EG": "ägyptisch", "UA": "ukrainisch"}
    app = c.pcc(*nat)
    cc = c.cc(app)
    birth = c.town(cc)
    home = c.a("DE")
    job = ["Blaue Karte EU, § 18g AufenthG", "Fachkraft mit Berufsausbildung, § 18a AufenthG",
           "Chancenkarte, § 20a AufenthG"][i]
    return f"""Bitte prüf den Entwurf für den Antrag auf Aufenthaltstitel ({job}). Fehlt was?

Familienname: {N(app.family)}
Vorname(n): {N(app.given)}
Geburtsdatum: {c.dob("dot")}
Geburtsort: {birth}
Staatsangehörigkeit: {nat[cc]}
Reisepass-Nr.: {c.pp(cc)}
Anschrift in Deutschland: {home.line()}
Telefon: {c.ph("DE")}
E-Mail: {c.em(app)}
Arbeitgeber: Siemens Healthineers AG
Steuer-ID: {c.nid("DE_STEUER")[0]}
Einreise am: 02.05.2025 mit nationalem Visum"""


@tpl("personal_documents", "family_doc_table", "en", 3)
def _t_family_docs(c, i):
    if i == 0:
        a, pool, idk, label = c.pcc("IN", sex="M"), "IN", "AADHAAR", "Aadhaar"
    elif i == 1:
        a, pool, idk, label = c.pcc("PK", sex="M"), "PK", "CNIC", "CNIC"
    else:
        a, pool, idk, label = c.pcc("NG", sex="F"), "NG", "NIN_NG", "NIN"
    cc = c.cc(a)
    b = c.pcc(cc, sex=opp(a.sex))
    k1, _ = kid(c, a, pool)
    prog = ["Canada PR (Express Entry)", "Australian 189 visa", "New Zealand Skilled Migrant"][i]
    rows = [
        f"| {N(a.full)} (principal) | {c.dob('dmy_parent')} | {c.pp(cc)} | 03/2027 | {label} {c.nid(idk)[0]} | done |",
        f"| {N(b.full)} (spouse) | {c.dob('dmy_parent')} | {c.pp(cc)} | 11/2025 | {label} {c.nid(idk)[0]} | pending |",
        f"| {k1} (child) | {c.dob('child')} | applied | - | - | n/a |",
    ]
    return f"""Turn this into a checklist for the family's {prog} upload and flag anything expiring before October.

| Member | DOB | Passport | Expiry | National ID | Police cert |
|---|---|---|---|---|---|
""" + "\n".join(rows)


@tpl("personal_documents", "titre_sejour", "fr", 2)
def _t_titre_sejour(c, i):
    key, nat, birth, nirkind = [("Fatima Zahra Bennani", "marocaine", "Azrou", 0),
                                ("Karim Belkacem", "algérienne", "Tigzirt", 1)][i]
    app = c.person_by_key(key)
    e = IDS["NIR"][nirkind]
    c.usage[("id", e[0])] += 1
    home = c.a("FR")
    nee = "Née" if app.sex == "F" else "Né"
    return f"""Tu peux relire ce brouillon de demande de titre de séjour « passeport talent – salarié qualifié » et me dire ce qui manque pour l'ANEF ?

NOM : {N(app.family.upper())}
Prénom(s) : {N(app.given)}
{nee} le : {DB(e[1])} à {L(birth)}
Nationalité : {nat}
N° de passeport : {c.pp(c.cc(app))}
N° de sécurité sociale : {ID(e[0])}
Adresse : {home.line()}
Tél. : {c.ph("FR")}
Courriel : {c.em(app, "gmail.com")}
Employeur : Capgemini Technology Services"""


@tpl("personal_documents", "tie_ex17", "es", 2)
def _t_tie(c, i):
    nat = {"VE": "venezolana", "CO": "colombiana", "HN": "hondureña", "PE": "peruana", "SV": "salvadoreña"}
    app = c.pcc(*nat)
    home = c.a("ES")
    why = ["renovación por caducidad de la tarjeta", "residencia de larga duración"][i]
    return f"""¿Me ayudas a rellenar el EX-17 (TIE) con estos datos? El motivo es {why}.

Apellidos: {N(app.family)}
Nombre: {N(app.given)}
NIE: {c.nid("NIE")[0]}
Fecha de nacimiento: {c.dob("dmy")}
Nacionalidad: {nat[c.cc(app)]}
Domicilio en España: {home.line()}
Teléfono: {c.ph("ES")}
Correo: {c.em(app)}
¿Pongo el domicilio con el piso o sin él?"""


@tpl("personal_documents", "birth_cert_translation", "en", 3)
def _t_birth_cert(c, i):
    if i == 0:
        who = c.p("br")
        f = c.p("br", sex="M")
        m = c.p("br", sex="F")
        src, place, dob = "PORTUGUESE (BRAZIL)", f"{c.a('BR').town}", c.dob("dmy")
        office = "Cartório do 1º Ofício de Registro Civil, Book A-112, page 47, entry 9"
    elif i == 1:
        who = c.p("ua")
        f = c.p("ua", sex="M")
        m = c.p("ua", sex="F")
        f = Person(f.given, who.family, "M", f.grp, f.tag)
        src, place, dob = "UKRAINIAN", c.town("UA"), c.dob("dot")
        office = "Civil Registry Department, record No. 318"
    else:
        who = c.p("mena", tag="Syrian")
        f = c.p("mena", sex="M")
        m = c.p("mena", sex="F")
        f = Person(f.given, who.family, "M", f.grp, f.tag)
        src, place, dob = "ARABIC", c.town("SY"), c.dob("dmy")
        office = "Civil Registry, family book No. 2291/14"
    tr = c.p("uk", "de", "fr", "cee")
    return f"""Please tidy up the layout of this translation, keep the translator's statement at the end.

CERTIFIED TRANSLATION FROM {src}
BIRTH CERTIFICATE
Name: {N(who.full)}
Date of birth: {dob}
Place of birth: {place}
Father: {N(f.full)}
Mother: {N(m.full)}
Registered at: {office}

I, {N(tr.full)}, certify that this is a true and accurate translation of the original document.
Signed: {N(tr.full)}, {c.ph("GB")}"""


@tpl("personal_documents", "akt_malzenstwa", "pl", 2)
def _t_akt_malz(c, i):
    pid, pdob, _, _ = c.nid("PESEL", "M") if i == 0 else (None, None, None, None)
    h = c.p("cee", tag="Polish", sex="M")
    w = c.pcc("UA", "KZ", "GE", "VN", "PH", sex="F")
    hb = c.a("PL").town
    wb = c.town(c.cc(w))
    fem = h.family[:-1] + "a" if h.family.endswith("i") else h.family
    head = "Przetłumacz na angielski, potrzebne do wizy małżeńskiej w UK:" if i == 0 else \
        "Czy możesz to przetłumaczyć na angielski? Dołączamy do wniosku o kartę pobytu."
    pesel = f"\nPESEL męża: {pid}" if pid else ""
    hdob = pdob if pdob else c.dob("dot")
    return f"""{head}

ODPIS SKRÓCONY AKTU MAŁŻEŃSTWA
Mąż: {N(h.full)}, data urodzenia: {hdob}, miejsce urodzenia: {hb}
Żona: {N(w.full)}, data urodzenia: {c.dob("dot")}, miejsce urodzenia: {wb}
Nazwisko noszone po zawarciu małżeństwa: mąż {N(h.family)}, żona {N(fem)}
Data zawarcia małżeństwa: 14.06.2019{pesel}"""


@tpl("personal_documents", "i130_i864_packet", "en", 3)
def _t_i130(c, i):
    pet = c.p("us")
    ben = c.pcc("MX", "PH", "VN", "NG", "IN", "CO", sex=opp(pet.sex))
    joint = c.p("us")
    home = c.a("US")
    missing = ["joint sponsor's 2023 and 2024 tax transcripts", "the beneficiary's police certificate",
               "proof of the bona fides (photos, lease)"][i]
    return f"""Summarise whats still missing for this I-130 / I-864 packet. I think it's {missing} but double-check.

Petitioner: {N(pet.full)}, SSN {c.ssn()}, DOB {c.dob("us")}
Address: {home.block(", ")}
Phone: {c.ph("US")}  Email: {c.em(pet)}
Beneficiary: {N(ben.full)} (spouse), DOB {c.dob("us")}, {NAT_EN[c.cc(ben)]} passport {c.pp(c.cc(ben))}
Prior A-number: {c.nid("A_NUMBER")[0]}
Joint sponsor: {N(joint.full)} (household of 3, income above 125% FPG)"""


@tpl("personal_documents", "permesso_familiare", "it", 2)
def _t_permesso(c, i):
    e = IDS["CF"][i]
    c.usage[("id", e[0])] += 1
    app = c.person_by_key(e[3])
    fam = c.p("it", "mena", "cee", sex=opp(app.sex))
    nata = "nata" if app.sex == "F" else "nato"
    paese = {"AL": "Albania", "MA": "Marocco"}[c.cc(app)]
    home = c.a("IT")
    return f"""Mi aiuti a ricontrollare i dati per il kit postale del permesso di soggiorno per motivi familiari?

Richiedente: {N(app.full)}, {nata} il {DB(e[1])} in {paese}
Codice fiscale: {ID(e[0])}
Passaporto: {c.pp(c.cc(app))}
Domicilio: {home.line()}
Cellulare: {c.ph("IT")}
Familiare di riferimento: {N(fam.full)} (coniuge), regolarmente soggiornante
Manca solo la dichiarazione di ospitalità? O serve anche l'idoneità alloggiativa?"""


@tpl("personal_documents", "mvv_gezinshereniging", "nl", 2)
def _t_mvv(c, i):
    ref = c.p("nl", "de", "fr")
    nat = {"TR": "Turkse", "MA": "Marokkaanse", "ID": "Indonesische", "PH": "Filipijnse", "BR": "Braziliaanse"}
    part = c.pcc(*nat, sex=opp(ref.sex))
    cc = c.cc(part)
    pp = c.pp(cc) if cc in PASSPORTS else "nog aan te vragen"
    home = c.a("NL")
    q = ["Klopt dit formulier voor de MVV-aanvraag gezinshereniging? Referent is mijn cliënt.",
         "Kun je even checken of het inkomen en het adres goed staan? TEV-procedure, aanvraag via IND."][i]
    return f"""{q}

Referent: {N(ref.full)}
BSN: {c.nid("BSN")[0]}
Adres: {home.line()}
Telefoon: {c.ph("NL")}
Vreemdeling: {N(part.full)}, geboren {c.dob("nl")}, {nat[cc]} nationaliteit
Paspoortnummer: {pp}
Huidig adres vreemdeling: {c.a_of(cc, "TR", "BR", "PH").line()}
Relatie: gehuwd sinds 2022
Inkomen referent: vast contract, € 2.890 bruto per maand{" (salaris op " + c.iban("NL") + ")" if i == 0 else ""}"""


@tpl("personal_documents", "visa_form_zh", "zh", 2)
def _t_visa_zh(c, i):
    val, dob, sex, _ = c.nid("CN_RIC")
    who = c.p("zh", sex=sex)
    g, f = who.latin.split("|")
    home = c.a("CN")
    kind = ["英国学生签证（Student visa）", "德国国家签证（D类，留学）"][i]
    return f"""帮我检查一下这份{kind}申请表草稿，有没有填错的地方：

姓名：{N(who.full)}
拼音：{N(f.upper() + " " + g.upper())}
性别：{"女" if sex == "F" else "男"}
出生日期：{dob}
身份证号：{val}
护照号码：{c.pp("CN")}
户籍地址：{home.line()}
手机：{c.ph("CN")}
邮箱：{c.em(who)}
紧急联系人：{N(who.family + c.p("zh", sex="M").given)}（父亲）"""


# =============================================================================================
# personal_letters: sponsor and invitation letters, reunification letters, quoted e-mails
# =============================================================================================

@tpl("personal_letters", "sponsor_letter_uk", "en", 3)
def _t_sponsor_letter(c, i):
    sp = c.pcc("IN", "PK", "NG", "GH", "KE", "PH")
    cc = c.cc(sp)
    sib = c.pcc(cc) if cc != "KE" else c.pcc("KE", "NG")
    vis = Person(sib.given, sp.family, sib.sex, sib.grp, sib.tag)
    rel = {"F": "sister", "M": "brother"}[vis.sex]
    pron = {"F": "She", "M": "He"}[vis.sex]
    home = c.a("GB")
    job = ["work as a pharmacist", "am a staff nurse at the local hospital", "run a small accountancy practice"][i]
    return f"""Please improve the wording of this sponsor letter, keep it formal:

{N(sp.full)}
{home.block()}

To the Entry Clearance Officer,

I, {N(sp.full)}, am writing in support of my {rel} {N(vis.full)}'s application for a Standard Visitor visa. {pron} lives at {c.a_of(c.cc(vis), "IN").line()}. During the visit, from 2 to 23 August, {pron.lower()} will stay with me at the above address and I will cover all costs. I have lived in the UK since 2009 and {job}.

Enclosed: copy of my passport, last 6 months' payslips, council tax bill.

Yours faithfully,
{N(sp.full)}
{c.ph("GB")} | {c.em(sp)}"""


@tpl("personal_letters", "einladung_schengen", "de", 2)
def _t_einladung(c, i):
    host = c.p("de", "tr", "cee", "mena")
    guest = c.pcc("TR", "UA", "IN", "NG", "GH", "IR", "EG", "MA", "CN", "VN", "KZ", "GE", "AL", "MX", "CO")
    home = c.a("DE")
    fr = {"F": "unsere langjährige Freundin", "M": "unseren langjährigen Freund"}[guest.sex]
    pron = {"F": "Sie", "M": "Er"}[guest.sex]
    ask = ["Kannst du mir helfen, diese Einladung für das Schengen-Visum flüssiger zu formulieren?",
           "Bitte Rechtschreibung prüfen, das geht morgen an die Botschaft:",
           "Ist das so ok für die Visastelle? Klingt irgendwie holprig."][i]
    return f"""{ask}

{N(host.full)}
{home.block()}
Tel. {c.ph("DE")}

An die Botschaft der Bundesrepublik Deutschland – Visastelle

Einladung

Hiermit lade ich {fr} {N(guest.full)}, geb. am {c.dob("dot")}, Reisepass-Nr. {c.pp(c.cc(guest))}, vom 10. bis 31. Juli zu mir nach {home.town} ein. {pron} wohnt während des Aufenthalts bei mir. Eine Verpflichtungserklärung nach §§ 66–68 AufenthG habe ich bei der Ausländerbehörde abgegeben.

Mit freundlichen Grüßen
{N(host.full)}"""


@tpl("personal_letters", "regroupement_familial", "fr", 2)
def _t_regroupement(c, i):
    cc = ["SN", "CM"][i] if i < 2 else "MA"
    app = c.pcc(cc, sex="M") if cc != "CM" else c.person_by_key("Théodore Mbarga")
    wife = c.pcc("SN", "GN", "CM", "CD", sex="F")
    k1, s1 = kid(c, app, "FR_AF")
    k2, s2 = kid(c, app, "FR_AF")
    home = c.a("FR")
    ne1 = "née" if s1 == "F" else "né"
    ne2 = "née" if s2 == "F" else "né"
    return f"""Relis cette lettre pour la demande de regroupement familial (OFII), stp. Je veux que ce soit plus clair.

{N(app.full)}
{home.block()}
{c.ph("FR")}

Objet : demande de regroupement familial

Madame, Monsieur,

Titulaire d'une carte de résident, je sollicite le regroupement familial au bénéfice de mon épouse, {N(wife.full)}, née le {c.dob("fr")}, et de nos enfants {k1} ({ne1} le {c.dob("child")}) et {k2} ({ne2} le {c.dob("child")}), qui résident actuellement à {c.town(cc)}.

Je dispose d'un logement de 62 m² et de ressources stables{" (RIB joint : " + c.iban("FR") + ")" if i == 0 else ""}.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
{N(app.full)}"""


@tpl("personal_letters", "employer_support", "en", 3)
def _t_employer(c, i):
    za = za_dob = ""
    if i == 0:
        emp = c.pcc("IN", "TR", "BR", "EG", "NG")
        hr = c.p("de")
        co, dom, route, ph = "Quellwerk Analytics GmbH", "quellwerk-analytics.de", "EU Blue Card", c.ph("DE")
        sal, office = "EUR 68,000", "Munich office"
    elif i == 1:
        za, za_dob, za_sex, _ = c.nid("ZA_ID")
        emp = c.pcc("ZA", sex=za_sex)
        hr = c.p("uk")
        co, dom, route, ph = "Fenwick & Rowe Engineering Ltd", "fenwickrowe.co.uk", "Skilled Worker", c.ph("GB")
        sal, office = "GBP 46,500", "Leeds site"
    else:
        emp = c.pcc("IN", "CN", "VN", "MX", "CO")
        hr = c.p("us")
        co, dom, route, ph = "Cobaltline Systems Inc.", "cobaltline.com", "H-1B", c.ph("US")
        sal, office = "USD 132,000", "Austin office"
    cc = c.cc(emp)
    t = {"F": "Ms", "M": "Mr"}[emp.sex]
    origin = c.town(cc) if cc in ORIGIN_TOWNS else c.town("IN")
    return f"""Tighten this employer support letter for the {route} file, keep it under a page:

To whom it may concern,

We confirm that {N(emp.full)} (date of birth {c.dob("en") if i != 1 else za_dob}, {"SA ID " + za + ", " if i == 1 else ""}passport {c.pp(cc)}) has accepted a permanent offer as Senior Data Engineer at {co}, starting 1 September, gross annual salary {sal}. {t} {N(emp.family)} will relocate from {origin} to our {office}, and we will cover the relocation costs.

For any questions please contact me directly.

{N(hr.full)}
People & Mobility Partner, {co}
{ph} | {c.em(hr, dom, "g.f")}"""


@tpl("personal_letters", "ilr_email_reply", "en", 3)
def _t_ilr_email(c, i):
    cl = c.pcc("NG", "GH", "IN", "PK", "ZA", "KE", sex="M")
    staff = c.p("uk")
    w = c.pcc(c.cc(cl), sex="F")
    subj, body = [
        ("Re: ILR application - any news?",
         ("It's been 7 months since we applied for ILR. My wife {w} needs to travel home for her father's funeral "
         "in March. Can she travel while the application is pending? Her BRP number is {brp}.")),
        ("Biometrics letter",
         ("We got the biometrics letter but it has my wife's name spelled wrong, {w} instead of the passport spelling. "
         "Will this cause a problem? My own BRP is {brp}.")),
        ("Question about travel",
         ("Sorry to bother you again. Can I still go to my cousin's wedding in June if the decision isn't made? "
         "{w} says we should just wait. BRP number for reference: {brp}.")),
    ][i]
    body = body.format(w=N(w.given if i != 1 else w.full), brp=c.nid("BRP")[0])
    email = quote(f"""From: {N(cl.full)} <{c.em(cl)}>
Subject: {subj}

Dear {N(staff.given)},
{body}
Thanks,
{N(cl.given)}
{c.ph("GB")}""")
    return f"""Draft a short, kind reply to this, we can't promise a decision date:

{email}"""


@tpl("personal_letters", "carta_invitacion", "es", 2)
def _t_carta_inv(c, i):
    host = c.p("latam", "es")
    guest = c.pcc("CO", "VE", "MX")
    home = c.a("ES")
    am = {"F": "mi amiga", "M": "mi amigo"}[guest.sex]
    nat = {"CO": "colombiana", "VE": "venezolana", "MX": "mexicana"}[c.cc(guest)]
    return f"""Necesito que me corrijas esta carta de invitación para el consulado, porfa. {["Creo que le falta algo.", "Es la primera vez que hago una."][i]}

Yo, {N(host.full)}, con DNI {c.nid("DNI")[0]} y domicilio en {home.line()}, invito a {am} {N(guest.full)}, de nacionalidad {nat}, con pasaporte n.º {c.pp(c.cc(guest))} y domicilio en {c.a_of(c.cc(guest), "CO").line()}, a pasar tres semanas en mi casa del 3 al 24 de agosto. Me hago cargo del alojamiento y la manutención durante su estancia; adjunto extracto de mi cuenta {c.iban("ES")}.

Teléfono de contacto: {c.ph("ES")}
Atentamente,
{N(host.full)}"""


@tpl("personal_letters", "lamm_shamel_ar", "ar", 2)
def _t_ar_letter(c, i):
    me = c.p("ar", sex="M")
    wife = c.p("ar", sex="F")
    k, ksex = kid(c, me, "AR")
    home = c.a(["DE", "SE", "NL"][i])
    ph = c.ph(["DE", "SE", "NL"][i])
    rel = "ابنتي" if ksex == "F" else "ابني"
    there = "الموجودتين" if ksex == "F" else "الموجودين"
    return f"""أرجو مساعدتي في كتابة رسالة رسمية إلى مكتب لمّ شمل العائلات. هذه المسودة:

السادة المحترمون،
اسمي {N(me.full)}، من مواليد {c.dob("ar")}، مقيم حالياً في العنوان التالي: {home.line()}.
أطلب لمّ شمل زوجتي {N(wife.full)} و{rel} {k}، {there} حالياً في {c.town("AR_SCRIPT")}.
رقم هاتفي: {ph}
البريد الإلكتروني: {c.em(me)}
شكراً جزيلاً لكم.
{N(me.full)}"""


@tpl("personal_letters", "termo_responsabilidade", "pt", 2)
def _t_termo(c, i):
    host = c.p("pt", "br")
    guest = c.p("br", sex=["M", "F"][i])
    home = c.a("PT")
    rel = {"M": "do meu sobrinho", "F": "da minha afilhada"}[guest.sex]
    nasc = {"M": "nascido", "F": "nascida"}[guest.sex]
    return f"""Podes rever este termo de responsabilidade? É para o visto de estudo {rel}.

TERMO DE RESPONSABILIDADE

Eu, {N(host.full)}, contribuinte n.º {c.nid("PT_NIF")[0]}, residente em {home.line()}, declaro que me responsabilizo pelo alojamento e pela subsistência de {N(guest.full)}, {nasc} a {c.dob("pt")}, titular do passaporte brasileiro n.º {c.pp("BR")}, durante a sua estadia em Portugal.

Contacto: {c.ph("PT")}
{N(host.full)}"""


@tpl("personal_letters", "priglashenie_ru", "ru", 2)
def _t_priglashenie(c, i):
    me = c.p("ru", sex="F")
    mom = c.p("ru", sex="F")
    home = c.a(["DE", "AT"][i])
    mhome = c.a(["RU", "KZ"][i])
    pp = c.pp("RU") if i == 0 else c.pp("KZ")
    where = ["в Германию", "в Австрию"][i]
    return f"""Помогите, пожалуйста, отредактировать приглашение для мамы (шенгенская гостевая виза). Хочу, чтобы звучало официально.

Я, {N(me.full)}, проживаю по адресу: {home.line()}, тел. {c.ph(home.country)}, приглашаю {where} свою маму {N(mom.official)}, {c.dob("ru_old")} г.р., паспорт {pp}, проживающую по адресу: {mhome.line()}, на период с 5 по 26 июня.
Все расходы на поездку и медицинскую страховку беру на себя.

С уважением,
{N(me.given)} {N(me.family)}"""


@tpl("personal_letters", "dilekce_ikamet", "tr", 2)
def _t_dilekce(c, i):
    me = c.p("tr")
    nat = {"UA": "Ukrayna", "KZ": "Kazakistan", "GE": "Gürcistan", "IR": "İran", "SY": "Suriye", "AL": "Arnavutluk"}
    sp = c.pcc(*nat, sex=opp(me.sex))
    home = c.a("TR")
    ask = ["Şu dilekçeyi resmi bir dille düzeltebilir misin? Göç İdaresi'ne aile ikamet izni için vereceğim.",
           "Bu dilekçede eksik bir şey var mı? yarın il göç idaresine götürücem"][i]
    return f"""{ask}

İL GÖÇ İDARESİ MÜDÜRLÜĞÜNE

Eşim {N(sp.full)} ({nat[c.cc(sp)]} uyruklu, pasaport no: {c.pp(c.cc(sp))}) için aile ikamet izni başvurusunda bulunmak istiyorum. Evlilik cüzdanımız ve sağlık sigortası poliçemiz ektedir.

Gereğini arz ederim.

Adres: {home.line()}
Tel: {c.ph("TR")}
T.C. Kimlik No: {c.nid("TCKN")[0]}
{N(me.full)}"""


@tpl("personal_letters", "chochungjang_ko", "ko", 2)
def _t_ko_inv(c, i):
    me = c.p("ko", sex="M")
    cc = ["VN", "PH"][i]
    mil = c.pcc(cc, sex="F")
    home = c.a("KR")
    who = ["베트남에 계신 장모님", "필리핀에 계신 장모님"][i]
    wife = ""
    if i == 0:
        arc, _dob, _sex, _ = c.nid("KR_ARC", "F")
        wife = f"\n배우자: {N(c.pcc(cc, sex='F').full)} (외국인등록번호 {arc})"
    return f"""초청장 문장 좀 자연스럽게 다듬어 주세요. {who}을 초청하려고 합니다.

초청인: {N(me.full)}
주소: {home.line()}
연락처: {c.ph("KR")}{wife}
피초청인: {N(mil.full)} (여권번호 {c.pp(cc)}, 생년월일 {c.dob("iso_old")})
관계: 장모
초청 기간: 2025년 9월 1일 ~ 11월 30일
초청 사유: 출산 후 산후조리 및 손주 돌봄"""


# =============================================================================================
# personal_relocation: checklists with old and new addresses, registrations, movers, schools
# =============================================================================================

@tpl("personal_relocation", "reloc_checklist_md", "en", 3)
def _t_reloc_md(c, i):
    me = c.p("uk", "us", "oceania", "south_asia")
    old = c.a(["GB", "US", "AU"][i])
    new = c.a(["NL", "DE", "PT"][i])
    landlord = c.p("uk", "us", "oceania")
    agent = c.p(["nl", "de", "pt"][i])
    k, _ = kid(c, me, "GB")
    reg = ["register at the gemeente (BRP) + get BSN", "Anmeldung at the Bürgeramt within 14 days",
           "NIF + register at the Junta de Freguesia"][i]
    return f"""Turn my notes into a proper relocation checklist with dates, grouped by week:

## Move: {old.town} -> {new.town}
- give notice on {old.line()} (landlord {N(landlord.full)}, {c.ph(old.country)})
- new flat: {new.line()}, keys from {N(agent.given)} on the 28th
- movers: Santa Fe Relocation booked, survey done, insurance??
- {reg}
- {k}: school place, bring vaccination record
- redirect post, cancel council tax / utilities, tell the bank
- my number stays {c.ph(old.country)} until the new SIM arrives"""


@tpl("personal_relocation", "wohnungsgeber", "de", 2)
def _t_wohnungsgeber(c, i):
    lord = c.p("de")
    a = c.pcc("IN", "TR", "UA", "SY", "BR", "VN", "EG", "PH")
    b = c.mate(a)
    k, _ = kid(c, a, "EU")
    lhome = c.a("DE")
    flat = c.a("DE")
    prev = c.a_of(c.cc(a), "IN", "TR", "UA", "BR", "VN", "PH")
    return f"""Ich muss uns anmelden. Ist die Wohnungsgeberbestätigung so vollständig?

Wohnungsgeberbestätigung nach § 19 BMG
Name des Wohnungsgebers: {N(lord.full)}
Anschrift des Wohnungsgebers: {lhome.line()}
Art des meldepflichtigen Vorgangs: Einzug am {["01.10.2025", "15.09.2025", "01.11.2025"][i]}
Anschrift der Wohnung: {flat.line()}
Meldepflichtige Personen:
1. {N(a.full)}, geb. {c.dob("dot_parent")}
2. {N(b.full)}, geb. {c.dob("dot_parent")}
3. {k}, geb. {c.dob("child_dot")}
Bisherige Wohnung: {prev.line()}"""


@tpl("personal_relocation", "reloc_lower_chat", "en", 3, case="lower")
def _t_reloc_lower(c, i):
    me = c.p("uk", "us", "south_asia", "africa", sex="F")
    h = c.p("uk", "us", "south_asia", "africa", "de", sex="M")
    old = c.a(["GB", "IE", "US"][i])
    new = c.a(["NL", "DE", "CH"][i])
    lord = c.p(["nl", "de", "de"][i])
    office = ["the gemeente", "the buergeramt", "the gemeinde"][i]
    return f"""ok so were moving from {old.town} to {new.town} end of next month, me ({N(me.given)}), my husband {N(h.given)} and our daughter. whats the right order for {office}, bank account, health insurance? cant open a bank account without an address and cant register without a contract?? our new address is {new.line()}. landlord is {N(lord.full)}, his number {c.ph(new.country)} if that matters"""


@tpl("personal_relocation", "inscription_scolaire", "fr", 2)
def _t_inscription(c, i):
    par = c.p("uk", "us", "south_asia", "east_asia", "latam")
    par2 = c.p("uk", "us", "south_asia", "east_asia", "latam", "de", "nl", sex=opp(par.sex))
    k, ks = kid(c, par, "EU")
    old = c.a("GB", "US", "CA", "IN", "MX", "CO", "AR")
    new = c.a("FR", "BE")
    ne = "née" if ks == "F" else "né"
    return f"""Tu peux m'aider à remplir la fiche d'inscription scolaire ? On arrive de {old.town} en août et je ne suis pas sûr(e) du vocabulaire.

Élève : {k}, {ne} le {c.dob("child")}
Responsable légal 1 : {N(par.full)} – {c.ph("FR")} – {c.em(par)}
Responsable légal 2 : {N(par2.full)}
Nouvelle adresse : {new.block(", ")}
Ancienne adresse : {old.line()}
Classe demandée : CE2, section internationale si possible"""


@tpl("personal_relocation", "movers_quote_email", "en", 3)
def _t_movers(c, i):
    cl = c.p("uk", "us", "south_asia", "east_asia", "nordic", "oceania")
    origin = c.a(["GB", "SG", "US"][i] if i != 1 else "AU")
    dest = c.a(["ES", "CA", "GR"][i])
    crew = c.p("uk", "oceania", "us")
    agent = c.p("uk", "us", "sea")
    brand = ["Crown Worldwide", "Allied Pickfords", "Gerson Relocation"][i]
    mail = quote(f"""Hi {N(cl.given)},

Thanks for the survey call. Details as discussed:
Collection: {origin.line()}
Delivery: {dest.line()}
Volume: approx. 28 m3, 20ft container, door-to-door, ETA 6-8 weeks.
On the day our crew lead {N(crew.given)} will call you on {c.ph(origin.country)}.

Kind regards,
{N(agent.full)}
Move Coordinator, {brand}""")
    return f"""Compare this quote with the other one I recieved (other one was 4,900 EUR, 10 weeks). Here's the email:

{mail}"""


@tpl("personal_relocation", "tennyu_todoke", "ja", 2)
def _t_tennyu(c, i):
    me = c.p("ja")
    sp = c.p("us", "uk", "sea", "latam", "de", sex=opp(me.sex))
    new = c.a("JP")
    old = c.a(["US", "AU"][i])
    return f"""転入届の書き方を確認したいです。海外からの転入で、配偶者は外国籍です。以下で合っていますか？

届出人：{N(me.full)}
新住所：{new.line()}
旧住所（国外）：{old.line()}
世帯主：{N(me.full)}
配偶者：{N(sp.full)}（在留カード番号 {c.nid("ZAIRYU")[0]}）
電話：{c.ph("JP")}
転入日：令和7年4月1日"""


@tpl("personal_relocation", "verhuizing_brp", "nl", 2)
def _t_verhuizing(c, i):
    a = c.p("uk", "south_asia", "east_asia", "latam", "cee")
    b = c.p("uk", "south_asia", "east_asia", "latam", "cee", "nl", sex=opp(a.sex))
    k, ks = kid(c, a, "NL")
    old = c.a("GB", "IN", "PL", "ES")
    new = c.a("NL")
    zoon = "ons zoontje" if ks == "M" else "ons dochtertje"
    return f"""Kun je deze mail aan de gemeente wat netter maken? Het gaat om onze inschrijving in de BRP.

Beste medewerker Burgerzaken,

Wij zijn op {["15 september", "1 oktober"][i]} verhuisd van {old.town} naar {new.line()}. Het gaat om mij, {N(a.full)} (BSN {c.nid("BSN")[0]}), mijn partner {N(b.full)} en {zoon} {k}, geboren {c.dob("child")}. Wanneer kunnen we langskomen met onze paspoorten?

Met vriendelijke groet,
{N(a.full)}
{c.ph("NL")}"""


@tpl("personal_relocation", "flytt_skatteverket", "sv", 2)
def _t_flytt(c, i):
    val, _dob, sex, _ = c.nid("PNR", ["F", "M"][i])
    me = c.p("nordic", tag="Swedish", sex=sex)
    sp = c.pcc("IN", "TH", "BR", "KE", "PH", sex=opp(sex))
    new = c.a("SE")
    abroad = c.town(c.cc(sp))
    kid_line = ""
    if i == 0:
        k, _ = kid(c, me, "EU", "F")
        kid_line = f"\nVår dotter {k} (personnummer {c.nid('PNR_CHILD')[0]}) flyttar med oss."
    return f"""Hjälp mig skriva ett kort mejl till Skatteverket om flytt tillbaka från utlandet, gärna lite formellt.

Hej,
Jag heter {N(me.full)} (personnummer {val}) och flyttar tillbaka till Sverige efter fem år i {abroad}.
Ny adress från 1 november: {new.block(", ")}
Min sambo {N(sp.full)} är medborgare i ett land utanför EU och har ansökt om uppehållstillstånd hos Migrationsverket.{kid_line}
Telefon: {c.ph("SE")}
Mvh {N(me.given)}"""


@tpl("personal_relocation", "assignment_yaml", "en", 3)
def _t_reloc_yaml(c, i):
    e = c.p("uk", "us", "de", "fr", "south_asia", "east_asia", "nordic")
    sp = c.p("uk", "us", "de", "fr", "south_asia", "east_asia", "nordic", "latam", sex=opp(e.sex))
    k, _ = kid(c, e, ["GB", "EU", "US"][i])
    home = c.a(["GB", "FR", "US"][i])
    host = c.a(["SG", "JP", "AU"][i] if i != 0 else "CA")
    dom = ["meridianfoods.com", "ardentpharma.eu", "northgrid-energy.com"][i]
    return f"""Validate this YAML before I import it into the mobility tool, it fails somewhere around the family block:

assignee:
  name: "{N(e.full)}"
  email: {c.em(e, dom, "g.f")}
  home:
    address: "{home.line()}"
    phone: "{c.ph(home.country)}"
  host:
    address: "{host.line()}"
  family:
    - {{name: "{N(sp.full)}", relation: spouse, dob: "{c.dob("iso_parent")}"}}
    - {{name: "{k}", relation: child dob: "{c.dob("child")}"}}
  start_date: 2025-11-03
  policy: long-term-assignment"""


@tpl("personal_relocation", "mudanca_portugal", "pt", 2, case="lower")
def _t_mudanca(c, i):
    me = c.p("br", sex="F")
    h = c.p("br", sex="M")
    old = c.a("BR")
    new = c.a("PT")
    lord = c.p("br", sex="M")
    return f"""me ajuda a organizar essa lista pra mudança pra portugal? to perdida kkk

- cancelar o aluguel da {old.line()} (falar com a imobiliária e com o seu {N(lord.given)})
- cpf: {c.nid("CPF")[0]}, atualizar endereço na receita
- nif português já tenho: {c.nid("PT_NIF")[0]}
- endereço novo: {new.line()}
- agendar aima pro {N(h.given)}, ele ainda não tem visto
- meu número novo: {c.ph("PT")}, o antigo {c.ph("BR")} fica ativo até dezembro
- {N(me.given)} = eu, lembrar de levar a certidão de casamento apostilada"""


@tpl("personal_relocation", "epistrofi_ellada", "el", 2)
def _t_epistrofi(c, i):
    me = c.p("el")
    sp = c.p("de", "uk", "nordic", "nl", sex=opp(me.sex))
    old = c.a(["DE", "HU"][i])
    new = c.a("GR_EL")
    return f"""Μπορείς να μου φτιάξεις μια λίστα με τα βήματα για την επιστροφή μας στην Ελλάδα; Να είναι με σειρά προτεραιότητας.

Εγώ: {N(me.full)}, ΑΦΜ {c.nid("GR_AFM")[0]}
Σύζυγος: {N(sp.full)} (πολίτης ΕΕ, χρειάζεται βεβαίωση εγγραφής)
Παλιά διεύθυνση: {old.line()}
Νέα διεύθυνση: {new.line()}
Τηλ.: {c.ph("GR")}
Εκκρεμότητες: μεταφορά σύνταξης, εγγραφή παιδιού στο σχολείο, ΑΜΚΑ για τον/την σύζυγο"""


# =============================================================================================
# personal_casework: case notes, appointment confirmations, intake transcripts, tickets
# =============================================================================================

@tpl("personal_casework", "refugee_case_note", "en", 3)
def _t_case_note(c, i):
    cl = c.pcc(["ET", "SY", "AF"][i])
    cc = c.cc(cl)
    interp = c.pcc(*{"ER": ("ER", "ET"), "SD": ("SD", "EG", "SY", "JO", "PS"), "AF": ("AF", "IR"),
                     "ET": ("ET", "ER"), "SO": ("SO", "KE"), "SY": ("SY", "LB", "JO", "PS"), "IQ": ("IQ",)}[cc])
    he = {"F": "she", "M": "he"}[cl.sex]
    cw = c.p("uk")
    lang = {"ET": "Amharic", "ER": "Tigrinya", "SD": "Sudanese Arabic", "AF": "Dari", "SO": "Somali", "SY": "Levantine Arabic",
            "IQ": "Kurdish Sorani"}[cc]
    home = c.a("GB")
    dub = [f"Eurodac hit for Italy (fingerprinted on arrival), client says {he} never claimed there.",
           "No Eurodac hit. Travelled via Libya and France, says family in Germany refused to help.",
           f"Eurodac hit for Bulgaria, client describes detention and wants to explain why {he} left."][i]
    return f"""Summarise this case note for the weekly team meeting, 3 bullets max:

Client: {N(cl.full)}   DOB: {c.dob("dmy")}   Nationality: {NAT_EN[cc]}
Address (initial accommodation): {home.line()}
Phone: {c.ph("GB")}
Interpreter: {N(interp.full)} ({lang}), booked via The Big Word
Last address in country of origin: {c.a(cc).line()}
Dublin Regulation: {dub}
{"GP registered, NHS number " + c.nid("NHS")[0] + "." if i < 2 else "Not yet registered with a GP."}
Next steps: request screening interview record, refer to Refugee Council for ESOL.
Caseworker: {N(cw.given)}"""


@tpl("personal_casework", "appointment_translate", "en", 3)
def _t_appt(c, i):
    cc = ["NG", "IN", "PH"][i]
    app = c.pcc(cc)
    lang = ["Yoruba", "Punjabi", "Tagalog"][i]
    centre = ["VFS Global, Lagos (Ikoyi)", "VFS Global, Chandigarh", "TLScontact, Manila"][i]
    cat = ["Schengen - Tourism", "UK Standard Visitor", "Schengen - Family visit"][i]
    return f"""Can you translate this appointment confirmation into {lang} for my client? She doesn't read English well.

APPOINTMENT CONFIRMATION
Applicant: {N(app.full.upper())}
Passport No.: {c.pp(cc)}
Date of birth: {c.dob("dmy")}
Visa category: {cat}
Appointment: {["14 August 2025, 09:45", "2 September 2025, 11:15", "19 August 2025, 08:30"][i]}
Centre: {centre}
Contact on file: {c.ph(cc)} / {c.em(app)}
Please bring the original passport, printed application form and this letter."""


@tpl("personal_casework", "cita_consulado", "es", 2)
def _t_cita(c, i):
    cc = ["VE", "CO"][i]
    app = c.pcc(cc)
    return f"""Me llegó esta confirmación de cita, ¿me dices qué documentos tengo que llevar para el visado de estudios?

CONFIRMACIÓN DE CITA - Sección Consular
Nombre y apellidos: {N(app.full)}
Pasaporte: {c.pp(cc)}
Fecha de nacimiento: {c.dob("es")}
Trámite: Visado nacional de estudios (más de 180 días)
Fecha y hora: {["martes 9 de septiembre, 10:20 h", "jueves 11 de septiembre, 08:40 h"][i]}
Teléfono de contacto: {c.ph(cc)}
Correo: {c.em(app)}"""


@tpl("personal_casework", "intake_transcript", "en", 3)
def _t_intake(c, i):
    cl = c.pcc(["UA", "SY", "ER"][i])
    cousin = c.p(cl.grp)
    home = c.a("GB")
    lab = cl.given.split()[0].upper()
    issue = ["my Homes for Ukraine sponsor asked us to leave by the end of the month",
             "the Home Office stopped my support after the refusal letter",
             "they moved me from the hotel and I lost my BRP letter"][i]
    return f"""Clean up this phone intake transcript and pull out the key facts (name, DOB, contact, issue):

ADVISER: Thanks for calling the advice line, can I take your full name?
{N(lab)}: It's {N(cl.full)}.
ADVISER: And your date of birth?
{N(lab)}: {c.dob("en")}
ADVISER: What's the best number to reach you?
{N(lab)}: {c.ph("GB")}, it's my cousin's phone, {N(cousin.given)}.
ADVISER: And where are you staying right now?
{N(lab)}: {home.line()}
ADVISER: OK. What's happened?
{N(lab)}: {issue}."""


@tpl("personal_casework", "mobility_ticket", "en", 3)
def _t_ticket(c, i):
    emp = c.p("south_asia", "east_asia", "latam", "cee", "uk", "us")
    rep = c.p("uk", "us", "nl")
    asg = c.p("uk", "us", "nl", "south_asia")
    sp = c.mate(emp)
    old = c.a(["DE", "NL", "GB"][i])
    new = c.a(["NL", "CA", "US"][i])
    what = ["Dutch highly skilled migrant permit", "Canadian work permit (LMIA-exempt, ICT)",
            "US L-1A petition"][i]
    return f"""Rewrite this ticket so the vendor can act on it without asking us questions:

[GM-{4821 + i * 37}] {what} - {N(emp.full)}
Reporter: {N(rep.full)}   Assignee: {N(asg.full)}   Priority: High
Description:
{N(emp.given)}'s current permit expires 30 Nov. Home address on file is still {old.line()}, needs updating to {new.line()} once the lease is signed. Dependant: {N(sp.full)} (spouse), DOB {c.dob("iso")}. Mobile: {c.ph(old.country)}.
Vendor: Fragomen case team. Please loop in BAL for the US leg if needed.
Attachments: passport_scan.pdf, assignment_letter_v2.docx"""


@tpl("personal_casework", "aktenvermerk_abh", "de", 2)
def _t_aktenvermerk(c, i):
    cl = c.pcc("SY", "AF", "IQ", "TR", "ER", "IR")
    law = c.p("de", "tr", sex="F")
    interp = c.p("mena", "afir", "tr")
    off = c.p("de")
    home = c.a("DE")
    herr = "Herr" if off.sex == "M" else "Frau"
    return f"""Fass den Aktenvermerk bitte in zwei, drei Sätzen für die Mandantenakte zusammen:

Aktenvermerk – Vorsprache Ausländerbehörde am {["12.08.", "03.09."][i]}
Mandant: {N(cl.full)}, geb. {c.dob("dot")}, wohnhaft {home.line()}
Anwesend: RAin {N(law.family)}, {"Dolmetscherin" if interp.sex == "F" else "Dolmetscher"} {N(interp.full)}
Sachbearbeitung: {herr} {N(off.family)} (Zi. 214)
Ergebnis: Fiktionsbescheinigung bis 30.11. verlängert; Pass fehlt weiterhin, Mandant soll Bemühungen um Passbeschaffung nachweisen (Botschaftstermin). Rückruf Mandant unter {c.ph("DE")}."""


@tpl("personal_casework", "note_suivi_ofpra", "fr", 2)
def _t_note_suivi(c, i):
    cl = c.pcc("AF", "SD", "ER", "GN", "CD")
    ref = c.p("fr")
    home = c.a("FR")
    nat = {"AF": "afghane", "SD": "soudanaise", "ER": "érythréenne", "GN": "guinéenne", "CD": "congolaise"}
    ne = "née" if cl.sex == "F" else "né"
    return f"""Fais un résumé de cette note de suivi pour le dossier OFPRA, en gardant les dates :

Note de suivi – hébergement CADA
Personne accompagnée : {N(cl.full)}, {ne} le {c.dob("fr")}, nationalité {nat[c.cc(cl)]}
Adresse : {home.line()}
Tél : {c.ph("FR")}
Entretien OFPRA prévu le {["12/09", "26/09"][i]}, interprète demandé.
{["La personne a retrouvé la trace de son frère en Allemagne, demande de réunification à étudier.",
  "Certificat médical remis, suivi psychologique en cours au CMP."][i]}
Référente sociale : {N(ref.given)}"""


@tpl("personal_casework", "tribunal_header_caps", "en", 2, case="upper")
def _t_tribunal(c, i):
    app = c.pcc("PK", "BD", "AF", "IQ", "ER", "NG")
    sol = c.p("uk")
    home = c.a("GB")
    return f"""Reformat this header for the skeleton argument and list the issues underneath:

In the First-tier Tribunal (Immigration and Asylum Chamber)
Appeal No: PA/{["05218", "07741"][i]}/2024

Between
{N(app.full)}
Appellant
and
Secretary of State for the Home Department
Respondent

Appellant's DOB: {c.dob("dmy")}
Address for service: c/o {N(sol.full)}, {home.line()}
Issues: credibility, Article 8 private life, risk on return"""


@tpl("personal_casework", "he_case_note", "he", 2)
def _t_he_case(c, i):
    emp = c.p("he")
    care = c.pcc("PH", "IN", sex="F")
    home = c.a("IL")
    pp = c.pp(c.cc(care))
    return f"""תסכם לי בבקשה את הפגישה עם הלקוח בכמה נקודות:

מעסיק/ה: {N(emp.full)}, ת.ז. {c.nid("IL_ID")[0]}
כתובת: {home.line()}
טלפון: {c.ph("IL")}
עובדת סיעוד: {N(care.full)}, דרכון {pp}
הנושא: {["הארכת אשרת B1 מעבר ל-63 חודשים מטעמים הומניטריים", "העברת היתר העסקה למעסיק חדש אחרי פטירת המטופל"][i]}
מסמכים חסרים: חוות דעת רפואית עדכנית, אישור מהלשכה"""


@tpl("personal_casework", "fa_case_note", "fa", 2)
def _t_fa_case(c, i):
    cl = c.p("fa", tag="Afghan Dari")
    home = c.a("DE", "AT", "SE")
    sis = c.p("fa", sex="F")
    mrn_line = "\nشماره پرونده بیمارستان: " + c.mrn() if i == 1 else ""
    return f"""این یادداشت را برای پرونده خلاصه کن، لطفاً به زبان ساده:

نام: {N(cl.full)}
تاریخ تولد: {c.dob("fa")}
شماره تذکره: {c.nid("TAZKIRA")[0]}
آدرس فعلی: {home.line()}
تلفن: {c.ph(home.country)}
موضوع: {["درخواست پیوستن خانواده؛ خواهرش " + N(sis.full) + " هنوز در ایران است و پاسپورت ندارد.",
         "جواب منفی پناهندگی؛ مهلت اعتراض دو هفته است. خواهرش " + N(sis.full) + " هم مدارک دارد."][i]}
آدرس خواهرش در ایران: {c.a("IR").line()}{mrn_line}"""


@tpl("personal_casework", "vi_case_note", "vi", 2)
def _t_vi_case(c, i):
    st = c.pcc("VN")
    g = c.pcc("VN", sex="M")
    dad = N(f"{st.family} {g.given}")
    home = c.a("VN")
    job = ["thực tập sinh kỹ năng, ngành chế biến thực phẩm, Nhật Bản",
           "du học sinh tiếng Hàn (D-4), Hàn Quốc", "lao động EPS ngành sản xuất, Hàn Quốc"][i]
    return f"""Tóm tắt giúp mình ghi chú hồ sơ này thành 3 ý nhé:

Học viên: {N(st.full)}, sinh {c.dob("vi")}
Hộ chiếu: {c.pp("VN")}
Địa chỉ thường trú: {home.line()}
SĐT: {c.ph("VN")}
Diện: {job}
Người bảo lãnh: {dad} (bố), SĐT {c.ph("VN")}
Ghi chú: còn thiếu giấy khám sức khoẻ và bản dịch công chứng học bạ."""


# =============================================================================================
# personal_records: CSV, TSV, JSON, SQL, logs and tables from case systems and HR tools
# =============================================================================================

@tpl("personal_records", "assignee_csv", "en", 3)
def _t_assignee_csv(c, i):
    host = [("Germany", "Netherlands", "Singapore"), ("Canada", "UAE", "Spain"), ("Japan", "Germany", "Brazil")][i]
    lines = ["name,email,home_town,host_country,passport,visa_expiry"]
    left = ["IN", "GB", "US", "BR", "ZA", "PH", "NG", "MX", "CN", "TR"]
    for k in range(3):
        p = c.pcc(*left)
        cc = c.cc(p)
        left.remove(cc)
        t = c.town(cc) if cc in ORIGIN_TOWNS else c.a_of(cc, "GB", "US").town
        exp = ["2026-03-31", "2025-12-15", "2027-01-09"][k]
        sep = " " if k == 1 else ","
        lines.append(f"{N(p.full)},{c.em(p, 'globalmobility-corp.com', 'g.f')},{t},{host[k]},{c.pp(cc)}{sep}{exp}")
    return "Fix this CSV: on one row the visa expiry got glued onto the passport column. " \
        "Output the corrected CSV only.\n\n" + \
        "\n".join(lines)


@tpl("personal_records", "sperrkonto_csv", "de", 2)
def _t_sperrkonto(c, i):
    rows = ["Name;Geburtsdatum;Herkunftsland;IBAN Sperrkonto;Eröffnet"]
    land = {"IN": "Indien", "NG": "Nigeria", "CN": "China", "VN": "Vietnam", "PK": "Pakistan", "BD": "Bangladesch",
            "GH": "Ghana", "EG": "Ägypten", "TR": "Türkei", "IR": "Iran"}
    for k in range(3):
        p = c.pcc(*land)
        iban = c.iban("DE") if k < 2 else "noch offen"
        rows.append(f"{N(p.full)};{c.dob('dot')};{land[c.cc(p)]};{iban};{['12.06.2025', '03.07.2025', '-'][k]}")
    ask = ["Kannst du die Liste nach Eröffnungsdatum sortieren und die offenen markieren? (Sperrkonten WiSe 25/26)",
           "Bitte als Tabelle formatieren, Studierende ohne Sperrkonto nach oben:"][i]
    return ask + "\n\n" + "\n".join(rows)


@tpl("personal_records", "case_json", "en", 3)
def _t_case_json(c, i):
    p = c.pcc(["NG", "IN", "PH"][i])
    cc = c.cc(p)
    home = c.a("GB")
    return f"""Why does this fail schema validation? It's a case export from our CMS.

{{
  "case_id": "IMM-2025-00{418 + i * 61}",
  "client": {{
    "first_name": "{N(p.given)}",
    "last_name": "{N(p.family)}",
    "dob": "{c.dob("iso")}",
    "nationality": "{cc}"
  }},
  "contact": {{"phone": "{c.ph("GB")}", "email": "{c.em(p)}"}},
  "address": {{"line1": "{home.parts["street"]}", "city": "{home.town}", "postcode": "{home.m("postcode")}"}},
  "documents": [{{"type": "passport", "number": "{c.pp(cc)}", "expiry": "2029-02-11"}},],
  "status": "awaiting_biometrics"
}}""".replace(f'"line1": "{home.parts["street"]}"', f'"line1": "{home.m("street")}"')


@tpl("personal_records", "applicants_sql", "en", 2)
def _t_sql(c, i):
    rows = []
    left = ["IN", "PK", "NG", "GH", "KE", "PH", "VN", "CN", "BD"]
    for _ in range(3):
        p = c.pcc(*left)
        cc = c.cc(p)
        left.remove(cc)
        pp = c.pp(cc) if cc in PASSPORTS else c.pp("IN")
        nm = p.full.replace("'", "''")
        rows.append(f"INSERT INTO applicants (full_name, dob, passport_no, phone) VALUES ('{N(nm)}', '{c.dob('iso')}', "
                    f"'{pp}', '{c.ph(cc)}');")
    ask = ["Rewrite these as a single multi-row INSERT:", "Turn these into an UPSERT on passport_no (Postgres):"][i]
    return ask + "\n\n" + "\n".join(rows)


@tpl("personal_records", "portal_login_log", "en", 3)
def _t_portal_log(c, i):
    a = c.p()
    b = c.p()
    ea, eb = c.em(a), c.em(b)
    ip1, ip2, ip3 = c.ip(), c.ip(), c.ip()
    return f"""Which of these logins look suspicious? Our applicant portal flagged them overnight:

2025-06-0{3 + i}T08:14:22Z login ok user={ea} ip={ip1} ua="Chrome/125 Windows"
2025-06-0{3 + i}T08:15:02Z upload passport_scan.pdf user={ea} ip={ip1}
2025-06-0{3 + i}T23:51:40Z login failed user={eb} ip={ip2}
2025-06-0{3 + i}T23:51:58Z login failed user={eb} ip={ip2}
2025-06-0{4 + i}T00:02:13Z login ok user={eb} ip={ip3} ua="python-requests/2.31"
2025-06-0{4 + i}T00:02:40Z download decision_letter.pdf user={eb} ip={ip3}"""


@tpl("personal_records", "ihs_payment_log", "en", 2)
def _t_payment(c, i):
    a = c.p()
    b = c.p()
    return f"""The IHS payments bounced, can you check this log line by line and tell me which card failed and why?

txn_id | payer | card | amount | status | reason
TX-{88012 + i} | {N(a.full)} | {c.card()} | GBP 1,035.00 | DECLINED | 3DS timeout
TX-{88013 + i} | {N(b.full)} | {c.card()} | GBP 776.00 | DECLINED | insufficient funds
TX-{88014 + i} | {N(a.full)} | {c.card()} | GBP 1,035.00 | PENDING | retry"""


@tpl("personal_records", "student_office_tsv", "en", 3)
def _t_student_tsv(c, i):
    lines = ["student_no\tname\tdob\tnationality\tphone\tbrp"]
    for k in range(3):
        p = c.pcc("IN", "NG", "CN", "PK", "GH", "KE", "BD", "VN", "EG", "MY")
        cc = c.cc(p)
        brp = c.nid("BRP")[0] if k != 1 else "eVisa - share code pending"
        lines.append(f"{2291847 + k * 113 + i}\t{N(p.full)}\t{c.dob('dmy_young')}\t{NAT_EN.get(cc, cc)}\t{c.ph('GB')}\t{brp}")
    ask = ["Sort this by nationality and flag anyone without a BRP number:",
           "Make this into a table and add a column saying who needs an eVisa reminder:",
           "Check this paste from the CAS tracker, I think the tabs are messed up:"][i]
    return ask + "\n\n" + "\n".join(lines)


@tpl("personal_records", "reunification_tracker", "en", 2)
def _t_reunif(c, i):
    lines = ["sponsor | relation | family member | dob | current location | phone"]
    left = ["SY", "ER", "AF", "SD", "SO"]
    for k in range(3):
        sp = c.pcc(*left)
        cc = c.cc(sp)
        left.remove(cc)
        fm = c.mate(sp, any_sex=(k == 1))
        rel = ["spouse", "child", "spouse"][k] if k != 1 else "sibling"
        lines.append(f"{N(sp.full)} | {rel} | {N(fm.full)} | {c.dob('dmy')} | {c.town(cc)} | {c.ph(cc)}")
    ask = ["Count how many of these family reunion cases still need DNA tests (the ones marked sibling):",
           "Group these by country and tell me which need a visa application centre outside the home country:"][i]
    return ask + "\n\n" + "\n".join(lines)


@tpl("personal_records", "health_assessment", "en", 2)
def _t_health(c, i):
    p = c.pcc(["PK", "PH"][i], "IN", "NG", "PH", "PK")
    cc = c.cc(p)
    doc = c.p("south_asia", "sea", "africa")
    return f"""Does this health assessment summary mean the TB result is fine for the visa? Plain English please.

Applicant: {N(p.full)} | DOB {c.dob("dmy")} | Passport {c.pp(cc)}
{["HAP ID", "Medical record no."][i]}: {c.mrn()}
Chest X-ray: no abnormality detected
Sputum test: not required
Panel physician: Dr {N(doc.full)}
Clinic phone: {c.ph(cc)}
Outcome: cleared, certificate valid 6 months"""


@tpl("personal_records", "pesel_tabela", "pl", 2)
def _t_pesel(c, i):
    rows = ["| Imię i nazwisko | PESEL | Telefon | Adres zamieszkania | Nr konta |", "|---|---|---|---|---|"]
    mom = None
    for k in range(2):
        val, _dob, sex, _ = c.nid("PESEL")
        p = c.p("ua", sex=sex)
        mom = p if sex == "F" else mom
        home = c.a("PL")
        konto = c.iban("PL") if k == 0 else "brak"
        rows.append(f"| {N(p.full)} | {val} | {c.ph('UA', 'PL')} | {home.line()} | {konto} |")
    if i == 1:
        par = mom or c.p("ua", sex="F")
        k, _ = kid(c, par, "UA", "F")
        rows.append(f"| {k} (córka) | {c.nid('PESEL_CHILD')[0]} | - | jw. |")
    ask = ["Sprawdź proszę, czy w tej tabeli nie ma błędów w numerach PESEL (pracownicy z Ukrainy, status UKR):",
           "Możesz dopisać kolumnę z datą urodzenia wyciągniętą z PESEL?"][i]
    return ask + "\n\n" + "\n".join(rows)


@tpl("personal_records", "cnp_csv_euss", "ro", 2)
def _t_cnp(c, i):
    lines = ["Nume,Prenume,CNP,Telefon,Localitate"]
    mom = mom_town = None
    for sex in ("M", "F"):
        val, _dob, _sex, _ = c.nid("CNP", sex)
        p = c.p("cee", tag="Romanian", sex=sex)
        home = c.a("RO")
        if sex == "F":
            mom, mom_town = p, home.town
        lines.append(f"{N(p.family)},{N(p.given)},{val},{c.ph('RO')},{home.town}")
    if i == 1:
        given, _ = c.child("RO", "F")
        lines.append(f"{N(mom.family)},{N(given)},{c.nid('CNP_CHILD')[0]},-,{mom_town}")
    ask = [("Avem nevoie de lista asta pentru cererile EU Settlement Scheme, poți s-o transformi într-un tabel? "
           "Verifică și dacă CNP-urile au 13 cifre."),
           "Pune lista în ordine alfabetică și adaugă o coloană cu județul (copilul stă cu mama):"][i]
    return ask + "\n\n" + "\n".join(lines)


# =============================================================================================
# personal_chat: WhatsApp and WeChat pastes, messages in the applicant's own language and script
# =============================================================================================

@tpl("personal_chat", "whatsapp_lower_en", "en", 3, case="lower")
def _t_wa_lower(c, i):
    cl = c.pcc(["NG", "IN", "GH"][i], "NG", "IN", "GH", "KE", "PK")
    ag = c.p("uk", "south_asia", "africa", sex="F")
    cc = c.cc(cl)
    g, a = cl.given.split()[0], ag.given.split()[0]
    new = c.a_of(cc, "GB") if i == 0 else c.a("GB", "IE")
    issue = ["the embassy emailed asking for my bank statements again??",
             "vfs says my appointment got cancelled, do i rebook or wait",
             "sorry to msg late, the tb certificate has my name spelt wrong"][i]
    return f"""what should i reply to her? keep it short and not too formal

[14/05, 21:03] {N(g)}: hi {N(a)} {issue}
[14/05, 21:04] {N(g)}: my passport no is {c.pp(cc)} if you need it for the portal
[14/05, 21:10] {N(a)}: no worries, send me the pdf tmrw and i'll check
[14/05, 21:11] {N(g)}: ok thanks. my new number is {c.ph(cc)} btw, old one is off
[14/05, 21:12] {N(g)}: and can you also update my address to {new.line()}"""


@tpl("personal_chat", "wechat_zh", "zh", 2)
def _t_wechat(c, i):
    st = c.p("zh")
    ag = c.p("zh")
    home = c.a("CN")
    q = ["我的英国学生签证材料还差什么？", "澳洲签证要体检，去哪家医院？", "加拿大学签被拒了，还能再申请吗？"][i]
    a = ["你的存款证明要满28天，户口本翻译也要准备好。", "要去指定的体检医院，我把名单发你，先预约。",
         "可以再申请，但要补充学习计划和资金证明。"][i]
    return f"""帮我把这段微信聊天整理成要点，发给中介的负责老师：

{N(st.full)}：{N(ag.family)}老师好，{q}
{N(ag.full)}：{a}
{N(st.full)}：好的，我手机号是{c.ph("CN")}，邮箱{c.em(st)}
{N(st.full)}：我家地址是{home.line()}，快递可以寄这里
{N(ag.full)}：收到，我让同事{N(c.p("zh").full)}联系你。"""


@tpl("personal_chat", "whatsapp_ar", "ar", 2)
def _t_wa_ar(c, i):
    me = c.p("ar")
    law = c.p("ar")
    title = "أستاذة" if law.sex == "F" else "أستاذ"
    return f"""ترجم هذه الرسائل إلى الإنجليزية من فضلك، أريد إرسالها للمحامي:

[10:12] {N(me.given)}: مرحبا {title} {N(law.given)}، وصلتني رسالة من دائرة الهجرة بخصوص موعد المقابلة
[10:13] {N(me.given)}: الموعد يوم {["الثلاثاء", "الخميس"][i]} الساعة التاسعة، وأحتاج مترجم
[10:13] {N(me.given)}: رقمي الجديد {c.ph("DE", "SE", "NL", "AT")}
[10:15] {N(me.given)}: اسمي الكامل كما في الجواز: {N(me.full)}، تاريخ الميلاد {c.dob("ar")}
[10:20] {N(me.given)}: وعنواني الحالي {c.a("DE", "SE", "NL", "AT").line()}
[10:21] {N(me.given)}: وإذا طلبوا عنوان أهلي فهو {c.a(["EG", "LB"][i]).line()}"""


@tpl("personal_chat", "volunteer_chat_uk", "uk", 2, case="lower")
def _t_vol_uk(c, i):
    me = c.p("uk_cyr")
    vol = c.p("uk_cyr", "ru", sex="F")
    home = c.a(["DE", "CZ"][i])
    ua_home = c.a("UA_CYR")
    val, _dob, _sex, _ = c.nid("UA_RNOKPP", me.sex)
    org = ["Jobcenter", "úřad práce"][i]
    return f"""Допоможіть, будь ласка, відповісти на це повідомлення від волонтерки, коротко і ввічливо:

«Добрий день, {N(me.given)}! Ваш термін у {org} {["14 жовтня", "3 листопада"][i]} о 9:30. Візьміть паспорт, довідку про реєстрацію за адресою {home.line()} і номер РНОКПП. Якщо щось зміниться, пишіть мені. {N(vol.given)}»

Мене звати {N(me.full)}, мій телефон {c.ph(home.country, "UA")}, РНОКПП {val}. Хочу ще спитати, чи можна прийти з дитиною. І ще в анкеті питають адресу в Україні: {ua_home.line()}. Її писати латиницею?"""


@tpl("personal_chat", "whatsapp_es", "es", 2, case="lower")
def _t_wa_es(c, i):
    me = c.p("latam")
    law = c.p("es", sex="F")
    home = c.a("ES")
    doc = ["el certificado de antecedentes penales apostillado", "el pasaporte vigente y el empadronamiento",
           "la partida de nacimiento legalizada"][i]
    return f"""oye me ayudas a contestarle a mi abogada? me escribio esto:

"Hola {N(me.given)}, para presentar el arraigo necesito {doc}. ¿Lo tienes ya?"

yo soy {N(me.full)}, nie {c.nid("NIE")[0]}, vivo en {home.line()} y mi cel es {c.ph("ES")}. lo pedi hace 2 meses y todavia no llega. que le digo a {N(law.given)}??"""


@tpl("personal_chat", "taglish_agency", "tl", 2, case="lower")
def _t_taglish(c, i):
    me = c.pcc("PH")
    ag = c.p("sea", "uk", sex="F")
    home = c.a("PH")
    job = ["caregiver sa Canada", "nurse sa UK"][i]
    return f"""paki-ayos naman po ng message ko sa agency, parang magulo:

"Hi Ma'am {N(ag.given)}, si {N(me.full)} po ito, yung applicant for {job}. Ang passport number ko po ay {c.pp("PH")}, bagong number ko {c.ph("PH")}. Nakatira po ako ngayon sa {home.line()}. Tanong ko lang po kung kailan yung medical ko sa St. Luke's at kung kailangan ko pa ng NBI clearance ulit. Salamat po!" """.rstrip()


@tpl("personal_chat", "hindi_agent_msg", "hi", 2)
def _t_hi(c, i):
    me = c.p("hi")
    home = c.a("IN_HI")
    return f"""मेरे एजेंट को भेजने के लिए इस मैसेज को ठीक कर दो, थोड़ा formal बना दो:

"नमस्ते सर, मैं {N(me.full)} हूँ। मेरा {["कनाडा स्टडी वीज़ा", "ऑस्ट्रेलिया स्टूडेंट वीज़ा"][i]} का केस आपके पास है। मेरा पासपोर्ट नंबर {c.pp("IN")} है और आधार नंबर {c.nid("AADHAAR")[0]} है। मेरी जन्मतिथि {c.dob("hi")} है। पता: {home.line()}। मोबाइल: {c.ph("IN")}। कृपया बताइए कि बायोमेट्रिक्स कब होंगे।" """.rstrip()


@tpl("personal_chat", "thai_spouse_msg", "th", 2)
def _t_th(c, i):
    me = c.p("th", sex="F")
    hus = c.p("uk", "oceania", "us", sex="M")
    home = c.a("TH")
    return f"""ช่วยแปลข้อความนี้เป็นภาษาอังกฤษให้หน่อย จะส่งให้ทนายที่{["อังกฤษ", "ออสเตรเลีย"][i]}:

"สวัสดีค่ะ ดิฉันชื่อ {N(me.full)} เกิดวันที่ {c.dob("th")} เป็นภรรยาของคุณ{N(hus.full)} ตอนนี้อยู่ที่ {home.line()} เบอร์โทร {c.ph("TH")} อยากทราบว่าต้องใช้เอกสารอะไรบ้างสำหรับวีซ่าคู่สมรส ขอบคุณค่ะ" """.rstrip()


@tpl("personal_chat", "whatsapp_br", "pt", 2, case="lower")
def _t_wa_br(c, i):
    me = c.p("br")
    ag = c.p("pt", "br")
    home = c.a("PT")
    return f"""traduz pra inglês essa conversa? vou mandar pro despachante

{N(me.given)}: oi {N(ag.given)}, tudo bem? a aima finalmente marcou meu atendimento pra {["dia 12", "dia 27"][i]}
{N(ag.given)}: que ótimo!! leva o passaporte, comprovante de morada e o nif
{N(me.given)}: meu nif é {c.nid("PT_NIF")[0]}, moro na {home.line()}
{N(me.given)}: e o meu zap novo é {c.ph("PT")}
{N(ag.given)}: anotado, {N(me.given)}. qualquer coisa me chama"""


@tpl("personal_chat", "amharic_charity_msg", "am", 2)
def _t_am(c, i):
    me = c.p("am")
    home = c.a("GB", "DE")
    return f"""ይህንን መልእክት ወደ እንግሊዝኛ ተርጉምልኝ፣ ለድርጅቱ ልልከው ነው።

ሰላም፣ ስሜ {N(me.full)} ነው። የተወለድኩት {c.dob("dmy")} ነው። አሁን የምኖረው {home.line()} ነው። ስልክ ቁጥሬ {c.ph(home.country)} ነው። {["የቤተሰብ መገናኘት ማመልከቻዬ ላይ እርዳታ እፈልጋለሁ።", "ለቃለ መጠይቁ አስተርጓሚ ያስፈልገኛል።"][i]} አመሰግናለሁ።"""


@tpl("personal_chat", "oneliner_lower_en", "en", 3, case="lower")
def _t_oneliner(c, i):
    me = c.p("uk", "us", "oceania", "nordic")
    if i == 0:
        mum = c.pcc("IN", "PK", "NG", "PH", sex="F")
        home = c.a("GB")
        return (f"quick q, my mum {N(mum.full)} (dob {c.dob('dmy_old')}) wants to visit me in {home.town} for 3 "
                f"months from {c.town(c.cc(mum))}, does she need a visa or is the eta enough? she has "
                f"{'an' if NAT_EN[c.cc(mum)][0] in 'AEIOU' else 'a'} {NAT_EN[c.cc(mum)]} passport")
    if i == 1:
        p = c.p("latam", "br")
        return (f"my girlfriend {N(p.full)} is on a working holiday in {c.a('AU', 'NZ').town}, if we register a "
                f"de facto relationship can she switch to a partner visa onshore? her email is {c.em(p)} if you "
                f"draft something")
    k = c.p("south_asia", "africa", "east_asia")
    he = {"F": "she", "M": "he"}[k.sex]
    return (f"can {N(k.full)} start work before the brp arrives? {he} lives at {c.a('GB').line()} and the employer "
            f"({N(me.full)}, {c.ph('GB')}) keeps asking me")


# ---------------------------------------------------------------------------------------------
# more English personal rows
# ---------------------------------------------------------------------------------------------

@tpl("personal_letters", "student_adviser_email", "en", 3)
def _t_adviser(c, i):
    st = c.pcc("IN", "NG", "CN", "PK", "GH", "VN", "BD", "KE")
    adv = c.p("uk")
    home = c.a("GB")
    topic = [("Visa letter for your dependant",
              ("I've attached the letter confirming your enrolment for your husband's dependant application. Please "
              "check that your home address ({addr}) matches what you put on the form.")),
             ("Your CAS and the 28-day rule",
              ("Your bank statement ends 9 days before the application date, so it doesn't meet the 28-day rule yet. "
              "If you call me on my direct line I can go through it. Your student file shows {addr} as your "
              "term address.")),
             ("Change of course and your visa",
              ("Because the new course is at a different level, we have to report the change to UKVI. We have "
              "{addr} as your current address, please tell me if you've moved."))][i]
    body = topic[1].format(addr=home.line())
    d = "intl.northmere.ac.uk"
    return f"""Make this email friendlier and shorter, it's going to a first-year student:

Subject: {topic[0]}

Dear {N(st.given.split()[-1] if st.tag == "Vietnamese" else st.given)},

{body}

Your student number is {2410388 + i * 77} and your date of birth on our record is {c.dob("dmy_young")}, please let me know if either is wrong.

Best wishes,
{N(adv.full)}
International Student Adviser
{c.ph("GB")} | {c.em(adv, d, "g.f")}"""


@tpl("personal_casework", "pro_bono_means", "en", 3)
def _t_means(c, i):
    cl = c.pcc("NG", "PK", "BD", "JM", "ZA", "GH", "IN", "PH", "LK")
    home = c.a("GB")
    sp = c.mate(cl)
    k, _ = kid(c, cl, "GB")
    return f"""Based on this means form, does the client fall under the legal aid limits for an Article 8 claim? Explain briefly (is the partner's income counted seperately?).

LEGAL AID / PRO BONO MEANS ASSESSMENT
Client: {N(cl.full)}
DOB: {c.dob("dmy_parent")}
NI number: {c.nid("NINO")[0]}
Address: {home.block(", ")}
Phone: {c.ph("GB")}
Partner: {N(sp.full)} ({["no recourse to public funds", "works part-time, £740/month", "unemployed"][i]})
Dependants: {k} (age {[6, 9, 3][i]})
Income: £{[1120, 1480, 960][i]}/month net, rent £{[650, 800, 575][i]}/month
Capital: under £1,000{" (Barclays current account " + c.iban("GB") + ")" if i == 0 else ""}"""


@tpl("personal_documents", "ds160_notes", "en", 3)
def _t_ds160(c, i):
    curp = ""
    if i == 0:
        val, dob, _sex, app = c.nid("CURP")
        curp = f"\nCURP: {val}"
    else:
        app = c.pcc(["NG", "BR"][i - 1], "IN", "NG", "BR", "PH", "CO")
        dob = c.dob("dmy")
    cc = c.cc(app)
    poc = c.p("us")
    home_us = c.a("US")
    home = c.a_of(cc, "IN")
    trip = ["cousin's graduation in May", "a 2-week conference + visiting a friend",
            "family visit, 3 weeks in July"][i]
    return f"""Here are my notes for the DS-160 (B-2 visitor). Can you tell me which answers look risky for the 214(b) check?

Surname / given names: {N(app.family)} / {N(app.given)}
DOB: {dob}{curp}
Passport: {c.pp(cc) if cc in PASSPORTS else c.pp("IN")}, issued 2021
Home address: {home.line()}
Phone: {c.ph(cc)}
Email: {c.em(app)}
Purpose: {trip}
US point of contact: {N(poc.full)}, {home_us.line()}, {c.ph("US")}
Previous US visa: refused once in 2019 (214b)"""


# =============================================================================================
# clean_rules: visa rules, treaties and programmes named after people and places (PII-free)
# =============================================================================================

clean("clean_rules", "schengen_90_180", "en", [
    ("How does the Schengen 90/180-day rule actually work? If I enter France on 3 March, leave on 20 April, then fly "
    "into Italy on 1 June, how many days do I have left before 30 August? Show the rolling window, please."),
    ("Does time in Romania and Bulgaria count towards the Schengen 90/180 now that they've joined? And what about "
    "Cyprus and Ireland, inside or outside the count? Put it in a table with columns: country | Schengen member "
    "since | counts toward 90/180."),
    ("Explain the difference between ETIAS and the EES (Entry/Exit System) for a UK passport holder: what gets "
    "checked at the border, what data is stored, and when each one starts. Keep it under 200 words."),
])
clean("clean_rules", "dublin_regulation", "en", [
    ("Summarise the Dublin III Regulation (604/2013) for new volunteers at our drop-in: which country is "
    "responsible for an asylum claim, what Eurodac is, and what a 'take charge' vs 'take back' request means."),
    ("What did the ECtHR decide in M.S.S. v Belgium and Greece and in Tarakhel v Switzerland, and why do lawyers "
    "still cite them in Dublin transfer cases? Two short paragraphs."),
    ("How does the EU Pact on Migration and Asylum change the Dublin rules? Compare the Asylum and Migration "
    "Management Regulation with Dublin III in bullets: responsibility criteria, time limits, the solidarity pool."),
])
clean("clean_rules", "scholarship_table", "en", [
    """Fill in the missing cells and tell me which of these also pay for a spouse's visa:

| Scholarship | Funded by | Named after | Destination | Deadline |
|---|---|---|---|---|
| Fulbright | US State Department | Senator J. William Fulbright | USA | ? |
| Chevening | UK FCDO | Chevening House, Kent | UK | early November |
| Marshall | UK government | George C. Marshall | UK | ? |
| Rhodes | Rhodes Trust | Cecil Rhodes | Oxford | ? |
| Gates Cambridge | Gates Foundation | Bill and Melinda Gates | Cambridge | ? |
| Erasmus Mundus | European Commission | Erasmus of Rotterdam | EU | varies |""",
    ("Which scholarships for a master's in Germany also help with the student visa and the blocked account? "
    "Compare DAAD, the Heinrich Böll Foundation, the Konrad Adenauer Foundation, the Friedrich Ebert Foundation "
    "and the Deutschlandstipendium."),
    ("Is a Marie Skłodowska-Curie postdoctoral fellowship compatible with the EU Blue Card, or do fellows usually "
    "come on the researcher permit (Directive 2016/801)? And how does Humboldt Foundation funding compare?"),
])
clean("clean_rules", "nansen_passport", "en", [
    ("Write a 150-word explainer on the Nansen passport: who Fridtjof Nansen was, why the League of Nations issued "
    "it in 1922, and which famous holders (Marc Chagall, Igor Stravinsky, Anna Pavlova, Vladimir Nabokov) used it."),
    ("What's the Nansen Refugee Award, who runs it now, and who are some past winners? Eleanor Roosevelt was the "
    "first one, right?"),
])
clean("clean_rules", "us_programmes", "en", [
    ("Explain the H-1B lottery in plain English: registration window, the beneficiary-centric selection, cap-exempt "
    "employers, and what happens if you're not picked (OPT, STEM OPT, O-1 as alternatives)."),
    ("Timeline of US immigration law for a history class: Chinese Exclusion Act (1882), Johnson-Reed Act (1924), "
    "McCarran-Walter Act (1952), Hart-Celler Act (1965), IRCA (1986). One line each on what changed."),
    ("What's the difference between DACA, TPS and humanitarian parole (CHNV, Uniting for Ukraine)? Which ones give "
    "a work permit, and which can lead to a green card?"),
])
clean("clean_rules", "uk_routes", "en", [
    ("Compare the UK Skilled Worker, Global Talent, High Potential Individual and Graduate routes: who qualifies, "
    "salary thresholds as of 2025, and whether dependants are allowed. Table please."),
    ("Explain the Windrush scandal briefly: what went wrong in 2018, what the Wendy Williams Lessons Learned Review "
    "found, and who can still apply to the Windrush Compensation Scheme."),
])
clean("clean_rules", "blue_card_compare", "en", [
    ("EU Blue Card salary thresholds for 2025 in Germany, the Netherlands (kennismigrant vs Blue Card), France "
    "(passeport talent) and Spain. Which one lets you move on to another EU state fastest?"),
    ("Can a Blue Card holder in Germany take a job in Austria after 12 months? Explain the intra-EU mobility rules "
    "under Directive 2021/1883, with the Rot-Weiß-Rot-Karte as the Austrian comparison."),
])
clean("clean_rules", "fees_poster_caps", "en", [
    """Proofread this poster for our waiting room:

VISA AND SETTLEMENT FEES FROM 9 APRIL
- Standard Visitor (6 months): £127
- Skilled Worker (up to 3 years): £769
- Immigration Health Surcharge: £1,035 per year
- Indefinite Leave to Remain: £3,029
Bring your passport, BRP or eVisa share code to every appointment.""",
    """Make this notice clearer:

Closed on Monday 26 May (bank holiday)
eVisa help sessions move to Tuesday 10:00-13:00
No appointment needed for UKVI account questions
For urgent detention cases use the duty line on the website""",
], case="upper")
clean("clean_rules", "regeln_de", "de", [
    ("Kannst du mir die Chancenkarte erklären? Wie funktioniert das Punktesystem (Sprache, Berufserfahrung, Alter, "
    "Deutschlandbezug), und wie lange darf man damit zur Jobsuche bleiben?"),
    ("Was ist der Unterschied zwischen der Blauen Karte EU und der Aufenthaltserlaubnis nach § 18b AufenthG? Bitte "
    "als Tabelle: Gehaltsgrenze, Niederlassungserlaubnis nach wie vielen Monaten, Familiennachzug."),
])
clean("clean_rules", "regles_fr", "fr", [
    ("Quelle est la différence entre le passeport talent et la carte de séjour « salarié » ? Et est-ce que la loi "
    "Darmanin de 2024 a changé les conditions pour les métiers en tension ?"),
    ("Explique-moi en quelques lignes ce que prévoit la Convention de Genève de 1951 et le rôle de l'OFPRA et de la "
    "CNDA dans une demande d'asile en France."),
])
clean("clean_rules", "reglas_es", "es", [
    ("¿Qué es el arraigo social y cómo cambió con el nuevo Reglamento de Extranjería de 2025? ¿Se siguen pidiendo "
    "tres años de permanencia?"),
    ("¿Quién puede pedir la nacionalidad española por la Ley de Memoria Democrática (la «Ley de Nietos»)? Resúmelo "
    "para alguien cuyo abuelo emigró a Argentina en 1950."),
    ("Explícame la Westbalkanregelung alemana en español: ¿para qué países vale, cuántas plazas hay al año y hace "
    "falta una oferta de trabajo previa?"),
])


# =============================================================================================
# clean_history: famous emigrants, exiles and refugees (PII-free)
# =============================================================================================

clean("clean_history", "writers_in_exile", "en", [
    ("Write a short paragraph each on three writers in exile: Victor Hugo on Guernsey, James Joyce in Trieste and "
    "Zurich, and Stefan Zweig in Petrópolis. Focus on why they left and what they wrote there."),
    ("Napoleon on Elba and St Helena vs Leon Trotsky in Coyoacán: compare how each exile ended, in a table (place, "
    "years, who sent them there, how it ended)."),
    ("Why is Ovid's exile to Tomis such a famous mystery? And how does Dante's exile from Florence show up in the "
    "Divine Comedy? 150 words each."),
])
clean("clean_history", "emigrants_roster", "en", [
    """Turn this into a CSV with columns name,born_in,emigrated_to,year,known_for:

Albert Einstein - Ulm - USA - 1933 - physics
Hannah Arendt - Linden (Hanover) - USA - 1941 - political theory
Nikola Tesla - Smiljan - USA - 1884 - electrical engineering
Madeleine Albright - Prague - USA - 1948 - US Secretary of State
Sergey Brin - Moscow - USA - 1979 - co-founded Google""",
    """Fix this Markdown table of famous refugees for a school display, two rows have the years wrong:

| Name | From | To | Year |
|---|---|---|---|
| Marc Chagall | Vitebsk | New York | 1941 |
| Freddie Mercury | Zanzibar | England | 1946 |
| Madeleine Albright | Czechoslovakia | USA | 1948 |
| Mo Farah | Somalia | UK | 1993 |
| Rita Ora | Pristina | UK | 1919 |""",
    """Validate this JSON and add a "nobel_category" field to each entry:

[
  {"name": "Enrico Fermi", "left": "Italy", "arrived": "USA", "year": 1938},
  {"name": "Max Born", "left": "Germany", "arrived": "UK", "year": 1933},
  {"name": "Elie Wiesel", "left": "Romania", "arrived": "France", "year": 1945},
  {"name": "Abdulrazak Gurnah", "left": "Zanzibar", "arrived": "UK", "year": 1968}
]""",
])
clean("clean_history", "refugee_athletes", "en", [
    ("Write a short intro for a community event about the IOC Refugee Olympic Team: mention Yusra Mardini, Popole "
    "Misenga, Cindy Ngamba (the team's first medal, Paris 2024) and the film The Swimmers."),
    ("Which famous footballers came to their country as refugees? I know about Alphonso Davies (born in a camp in "
    "Ghana), Luka Modrić and Pione Sisto. Any others? Short list."),
])
clean("clean_history", "history_questions_lower", "en", [
    "was freddie mercury really born in zanzibar and how did his family end up in feltham?",
    "why did einstein leave germany in 1933 and why did he pick princeton over oxford",
    "what was the kindertransport and how many children came to britain? was nicholas winton part of it",
], case="lower")
clean("clean_history", "immigration_stations", "en", [
    ("Explain how Ellis Island processing worked around 1907: the quick medical exam, the chalk marks, and the "
    "questions from the ship's manifest. Who was Annie Moore?"),
    ("Compare Ellis Island (New York), Angel Island (San Francisco) and Pier 21 (Halifax) as immigration stations: "
    "years open, who passed through, what they're used for now."),
    ("Summarise the Italian emigration to Argentina and Brazil between 1880 and 1920: why they left, where they "
    "settled (Buenos Aires, São Paulo), and famous descendants like Pope Francis."),
])
clean("clean_history", "esol_quiz", "en", [
    ("Make a 5-question quiz for ESOL learners about famous immigrants: Levi Strauss, Joseph Pulitzer, Irving "
    "Berlin, Joseph Conrad and Marie Curie. Include the answers at the end."),
    ("Write multiple-choice questions about the Windrush generation and the arrival of the Empire Windrush at "
    "Tilbury in 1948, including Lord Kitchener singing 'London Is the Place for Me'."),
    ("Create a timeline activity: Huguenots to London (1685), Irish famine emigration (1845-52), Ugandan Asians "
    "expelled by Idi Amin (1972), Vietnamese boat people (1979). Students put them in order."),
])
clean("clean_history", "exil_de", "de", [
    ("Schreib mir eine kurze Übersicht über deutsche Exilschriftsteller 1933-45: Thomas Mann in Pacific Palisades, "
    "Bertolt Brecht in Svendborg und Santa Monica, Anna Seghers in Mexiko, Erich Maria Remarque in der Schweiz."),
    ("Wie kam Willy Brandt ins Exil nach Norwegen, und warum hat er seinen Namen geändert? Kurz, für eine "
    "Schulpräsentation."),
])
clean("clean_history", "exil_fr", "fr", [
    ("Résume l'exil de Victor Hugo à Guernesey (Hauteville House) et ce qu'il y a écrit. Ajoute une phrase sur "
    "Émile Zola, réfugié en Angleterre après « J'accuse »."),
    ("Comment Joséphine Baker est-elle devenue française, et pourquoi est-elle entrée au Panthéon en 2021 ? Et "
    "Marie Curie, comment a-t-elle obtenu la nationalité ?"),
])
clean("clean_history", "emigratsiya_ru", "ru", [
    "Расскажи кратко о «философском пароходе» 1922 года: кого выслали (Бердяев, Ильин, Франк) и куда они поехали.",
    "Сравни эмиграцию Набокова, Бунина и Бродского: когда уехали, где жили, что писали в эмиграции. Таблицей.",
])
clean("clean_history", "mahjar_ar", "ar", [
    "اكتب فقرة قصيرة عن أدب المهجر: جبران خليل جبران وميخائيل نعيمة وإيليا أبو ماضي والرابطة القلمية في نيويورك.",
    "لماذا عاش محمود درويش في المنفى، وما قصة قصيدة «بطاقة هوية» (سجّل أنا عربي)؟ باختصار من فضلك.",
])
clean("clean_history", "liufa_zh", "zh", [
    "简单介绍一下周恩来和邓小平在法国勤工俭学的经历，以及当时留法的中国学生大概有多少人。",
    "鲁迅为什么去日本仙台学医，后来又为什么弃医从文？藤野先生是谁？",
])


# =============================================================================================
# clean_places: countries and cities in general talk (PII-free)
# =============================================================================================

clean("clean_places", "city_compare", "en", [
    ("Compare Lisbon, Valencia and Berlin for a remote worker on a digital nomad visa: rent for a one-bed, "
    "coworking, flights home to London, and how hard the visa is. Table please."),
    ("We're a family of four thinking about Calgary vs Halifax vs Auckland. Compare winters, house prices, schools, "
    "and how long permanent residence takes in each."),
    ("Dubai or Doha for a nurse moving from Kerala? Salaries, tax, family visa rules, and how easy it is to bring "
    "parents over for a visit."),
])
clean("clean_places", "neighbourhoods_lower", "en", [
    "which area of melbourne is good for families near international schools? we like brunswick but its pricey",
    "is kreuzberg or prenzlauer berg better for expats with a toddler in berlin? or should we look at potsdam",
    "best neighbourhoods in lisbon for english speakers that arent full of tourists? alfama looks nice but steep",
], case="lower")
clean("clean_places", "welcome_signs_caps", "en", [
    ("Tidy this banner text for the welcome desk:\n\nWelcome to Manchester! International students: collect your "
    "eVisa letter at the Student Hub, Oxford Road. Buses 18 and 142 stop outside."),
    ("Check this sign:\n\nOrientation week trips: Saturday - York and the Shambles, Sunday - Lake District "
    "(Windermere). Book at reception. Bring your student ID."),
    ("Fix the spacing on this notice:\n\nConsular day in Edinburgh - passport renewals for citizens living in "
    "Scotland. Venue: Assembly Rooms, George Street. No walk-ins."),
], case="upper")
clean("clean_places", "student_cities", "en", [
    ("Is Leeds, Sheffield or Nottingham cheaper for an international student on a £1,136 a month maintenance "
    "budget? Include bills and a bus pass."),
    ("What's it like living in Groningen vs Maastricht as a non-EU student? Housing shortage, the part-time work "
    "limit, cycling."),
    ("Toronto vs Montreal for a master's: cost, the French requirement for a PGWP in Quebec, and winter survival "
    "tips."),
])
clean("clean_places", "visa_free_travel", "en", [
    "Which countries can a Kenyan passport holder visit visa-free or with an eVisa in 2025? Group them by region.",
    ("For someone with an Indian passport and a valid US visa, which countries let you in visa-free because of "
    "the US visa (Mexico, UAE, Georgia and so on)?"),
    ("Does Georgia still let Ukrainians and Belarusians stay a year visa-free? And what about Armenia and Serbia? "
    "Short answer."),
])
clean("clean_places", "staedte_de", "de", [
    ("Ich ziehe mit der Blauen Karte nach Deutschland. Wo ist das Leben günstiger, Leipzig oder Dresden, und wie "
    "sieht es mit Kitas für Englischsprachige aus?"),
    ("Stimmt es, dass man in München ohne Schufa kaum eine Wohnung findet? Was machen Zugezogene aus Indien oder "
    "Brasilien da normalerweise?"),
])
clean("clean_places", "ciudades_es", "es", [
    ("¿Es mejor Madrid o Valencia para alguien que llega de Colombia con visado de nómada digital? Alquiler, clima "
    "y vuelos a Bogotá."),
    ("Compárame Ciudad de México y Buenos Aires para un español que quiere trabajar en remoto un año: coste de "
    "vida, seguridad y trámites migratorios."),
])
clean("clean_places", "toshi_ja", "ja", [
    "福岡と大阪、外国人エンジニアが住むならどちらがいいですか？家賃、英語の通じやすさ、スタートアップビザの制度を比べてください。",
    "北海道のニセコは外国人が多いと聞きますが、ワーキングホリデーで住む場合の注意点を教えてください。",
])
clean("clean_places", "dosi_ko", "ko", [
    "외국인 유학생이 살기에 서울 신촌이랑 부산 해운대 중에 어디가 나아요? 월세랑 교통 비교해 주세요.",
    "제주도는 무비자 입국이 된다고 하던데, 어떤 나라 사람들이 해당되나요? 간단히 알려 주세요.",
])
clean("clean_places", "sehirler_tr", "tr", [
    ("İstanbul'da yaşayan yabancılar için Kadıköy mü Beşiktaş mı daha uygun? Kira, ulaşım ve ikamet izni "
    "açısından karşılaştırır mısın?"),
    "Alanya ve Antalya'da yabancıların ikamet izni alması neden zorlaştı? Kısaca anlatır mısın?",
])
clean("clean_places", "citta_it_lower", "it", [
    ("meglio vivere a bologna o a torino per uno studente straniero? affitti, trasporti e quanto ci vuole per il "
    "permesso di soggiorno"),
    ("è vero che in sicilia ci sono paesi che vendono case a 1 euro? tipo sambuca o mussomeli, come funziona per "
    "chi viene dall'estero"),
], case="lower")


# =============================================================================================
# clean_template: blank forms, placeholders and sample applicants in each language (PII-free)
# =============================================================================================

clean("clean_template", "blank_forms", "en", [
    """Turn this blank into a fillable checklist for clients:

APPLICANT
Full name: ____________
Date of birth: __/__/____
Passport no.: ____________
Nationality: ____________
Phone: ____________

SPONSOR
Full name: ____________
Address: ____________
NI number: __ __ __ __ _
Relationship: ____________""",
    """Here's our intake form template, can you translate the field labels into French and Arabic?

Client name: [CLIENT NAME]
DOB: [DD/MM/YYYY]
Home Office ref: [REF]
Address: [ADDRESS LINE 1], [TOWN], [POSTCODE]
Interpreter needed: yes / no
Language: [LANGUAGE]""",
    """Translate this blank section of the German landlord confirmation into English for our relocation guide:

Name des Wohnungsgebers: ______
Anschrift des Wohnungsgebers: ______
Einzug am: __.__.____
Anschrift der Wohnung: ______
Meldepflichtige Personen: 1. ______ 2. ______""",
])
clean("clean_template", "sample_records", "en", [
    """Write a JSON Schema for this sample record from our case system:

{
  "case_id": "IMM-0000-00000",
  "client": {"first_name": "John", "last_name": "Doe", "dob": "1970-01-01", "nationality": "XX"},
  "contact": {"phone": "+00 0000 000000", "email": "john.doe@example.com"},
  "documents": [{"type": "passport", "number": "X0000000", "expiry": "2030-01-01"}]
}""",
    ("Generate 3 more fake test records like this one for our staging database, keep them obviously fake: "
    '{"name": "Jane Roe", "dob": "1900-01-01", "passport": "000000000", "address": "1 Example Street, '
    'Sampletown, AB1 2CD"}'),
    ("Our test fixtures use Erika Mustermann, Juan Pérez and Nguyễn Văn A as sample applicants. Write a pytest "
    "fixture that returns them as dicts with name, nationality (DE, ES, VN) and a placeholder passport number."),
])
clean("clean_template", "merge_letters", "en", [
    """Tidy this merge template for sponsor letters:

{{sponsor.full_name}}
{{sponsor.address_line1}}
{{sponsor.town}} {{sponsor.postcode}}

I, {{sponsor.full_name}}, confirm that I will support my {{relationship}} {{applicant.full_name}} during the visit from {{start_date}} to {{end_date}}.

Yours faithfully,
{{sponsor.full_name}}""",
    """Rewrite this invitation letter template so it also works for a Schengen visa:

Dear Visa Officer,
I, [YOUR NAME], residing at [YOUR ADDRESS], invite [GUEST NAME], born [GUEST DOB], passport no. [PASSPORT NO.], to stay with me from [DATE] to [DATE]. I will cover [ACCOMMODATION / ALL COSTS].
Sincerely,
[YOUR NAME]
[PHONE] | [EMAIL]""",
    """Improve this email macro our team sends after the first call:

Hi <<client_first_name>>,
Thanks for speaking with <<caseworker_name>> today. Next steps: send us a copy of your passport and BRP, and book your biometrics at <<ukvcas_centre>>.
Best,
<<caseworker_name>>
<<firm_name>>""",
])
clean("clean_template", "sample_rosters", "en", [
    """Sort this training-data CSV by nationality (they're all sample names, don't change them):

name,nationality,passport
John Smith,GB,000000001
Max Mustermann,DE,000000002
Jean Dupont,FR,000000003
Mario Rossi,IT,000000004
Jan Kowalski,PL,000000005
Juan dela Cruz,PH,000000006""",
    """Explain each column of this sample for our volunteers:

sponsor | relation | family member | dob | current location
A. N. Other | spouse | Joe Bloggs | DD/MM/YYYY | [CITY]
Jane Doe | child | Baby Doe | DD/MM/YYYY | [CITY]""",
    ("Create a TSV header and two dummy rows (Fulano de Tal, Ola Nordmann) for the student office import with "
    "these columns: student_no, name, dob, nationality, phone, brp. Use obviously fake values."),
])
clean("clean_template", "relocation_templates", "en", [
    """Make this relocation checklist template nicer in Markdown:

## Move: [OLD CITY] -> [NEW CITY]
- give notice on [OLD ADDRESS] (landlord: [NAME], [PHONE])
- new flat: [NEW ADDRESS], keys from [AGENT]
- movers: [COMPANY] booked? survey?
- register address within 14 days
- school place for [CHILD NAME]""",
    ("Write a YAML template for an assignee record with placeholders only (no real data): name, email, home "
    "address, host address, family members with relation and dob, start date, policy."),
    ("Our onboarding doc says 'e.g. Joe Bloggs moving from Bristol to Rotterdam'. Rewrite the example so it also "
    "shows a family (Joe and Jane Bloggs with two kids) without sounding like real people."),
])
clean("clean_template", "muster_de", "de", [
    ("Erstell mir eine Ausfüllhilfe für die Wohnungsgeberbestätigung mit Beispieldaten: Wohnungsgeber Max "
    "Mustermann, Musterstraße 1, 12345 Musterstadt; meldepflichtige Person Erika Mustermann, geb. 12.08.1964."),
    ("Formuliere eine Vorlage für eine Einladung zum Schengen-Visum mit Platzhaltern ([Name Gastgeber], [Anschrift], "
    "[Name Gast], [Geburtsdatum], [Reisepassnummer]) statt echter Daten."),
    ("Im Leitfaden steht als Beispiel „Herr Mustermann beantragt die Blaue Karte“. Schreib das Beispiel so um, dass "
    "es auch eine Familie zeigt (Max und Erika Mustermann mit Kind), ohne echte Daten."),
])
clean("clean_template", "modele_fr", "fr", [
    ("Crée un modèle de lettre de regroupement familial avec des champs à remplir ([NOM Prénom], [adresse], [date de "
    "naissance du conjoint]) et un exemple au nom de Jean Dupont et Marie Martin."),
    ("Pour notre guide, il me faut un exemple fictif de fiche d'inscription scolaire : élève Kevin Dupont, "
    "responsable légal Jean Dupont. Mets des XX à la place des numéros."),
])
clean("clean_template", "plantilla_es", "es", [
    ("Hazme una plantilla de carta de invitación para el consulado con huecos: «Yo, [NOMBRE], con DNI [00000000X], "
    "invito a [NOMBRE DEL INVITADO]…». Pon como ejemplo a Juan Pérez y a Fulano de Tal."),
    ("¿Cómo se rellena el EX-17? Explícalo con un ejemplo ficticio (Juan Pérez García, NIE X0000000T) sin datos "
    "reales."),
])
clean("clean_template", "facsimile_it", "it", [
    ("Scrivimi un fac-simile di dichiarazione di ospitalità con Mario Rossi come ospitante e dati inventati (il "
    "codice fiscale di esempio RSSMRA80A01H501U va bene)."),
])
clean("clean_template", "wzor_pl", "pl", [
    ("Przygotuj wzór wniosku o kartę pobytu z przykładowymi danymi: Jan Kowalski, ul. Przykładowa 1, 00-000 "
    "Warszawa. Bez prawdziwych numerów PESEL."),
])
clean("clean_template", "yangben_zh", "zh", [
    "帮我写一个签证申请表的填写示例，用张三、李四这样的示例名字，身份证号用“XXXXXXXXXXXXXXXXXX”代替。",
])
clean("clean_template", "kinyurei_ja", "ja", [
    "在留カード申請の記入例を作ってください。氏名は「山田太郎」、住所は「東京都千代田区〇〇1-2-3」のような見本でお願いします。",
])
clean("clean_template", "yesi_ko", "ko", [
    "외국인등록 신청서 작성 예시를 만들어 주세요. 이름은 홍길동, 주소는 '서울특별시 ○○구 ○○로 123'처럼 예시로 해 주세요.",
])


# =============================================================================================
# clean_tools: vendors, software, banks and brands named after people or words (PII-free)
# =============================================================================================

clean("clean_tools", "vendor_tables", "en", [
    """Fix this vendor CSV, the last column got merged on one row:

vendor,service,hq,regions
Fragomen,immigration law,New York,global
BAL (Berry Appleman & Leiden),immigration law,Dallas,US/global
Cartus,relocation,Danbury,global
SIRVA BGRS,relocation,Chicago global
Santa Fe Relocation,relocation,London,EMEA/APAC""",
    ("Rank these mobility vendors by how many countries they cover and add a column for whether they do tax: "
    "Deloitte Global Mobility, KPMG, EY, Vialto Partners (ex-PwC), Newland Chase, CIBT."),
    """Make this pipe table into CSV:

company | founders | founded | known for
Western Union | Hiram Sibley & Ezra Cornell | 1851 | money transfer
Wise | Kristo Käärmann & Taavet Hinrikus | 2011 | FX transfers
Remitly | Matt Oppenheimer | 2011 | remittances
Revolut | Nik Storonsky | 2015 | fintech""",
])
clean("clean_tools", "case_software", "en", [
    ("Compare Envoy Global, Boundless, Docketwise and LawLogix for a small immigration firm: pricing, USCIS form "
    "filling, client portal."),
    ("We use Clio for practice management. Does it integrate with INSZoom or Docketwise for immigration forms, or "
    "would we need Zapier in between?"),
    ("Is Deel, Remote or Oyster better for hiring in Portugal and Brazil without a local entity, and which one "
    "handles work visa sponsorship?"),
])
clean("clean_tools", "money_questions_lower", "en", [
    ("whats cheaper for sending money home to kenya, wise or remitly or m-pesa through western union? like 500 "
    "pounds a month"),
    ("can i open a revolut or n26 account before i have my residence permit in germany? the sperrkonto is with "
    "fintiba"),
    "does monzo accept a brp as id or do i need the evisa share code now",
], case="lower")
clean("clean_tools", "visa_centres", "en", [
    ("Turn this into a table of visa application centres by city: VFS Global in London, Manchester and Edinburgh; "
    "TLScontact in London and Manchester; BLS International in London (Spain). Add which countries each handles."),
    ("Which US consulates in India handle H-1B stamping (Mumbai, Chennai, Hyderabad, Kolkata, New Delhi) and "
    "roughly what are the wait times? Put it in a list."),
    ("List the German missions in Nigeria (the embassy in Abuja, the consulate general in Lagos) and what each "
    "handles for national visas vs Schengen visas. Short."),
])
clean("clean_tools", "job_ads", "en", [
    ("Write a job ad for an 'Immigration Paralegal - London' at a mid-size firm: experience with Skilled Worker "
    "and spouse visas, Urdu or Arabic a plus, salary £32-38k."),
    ("Improve these job titles for our careers page: Global Mobility Specialist (EMEA), Relocation Consultant - "
    "Singapore, Senior Immigration Case Manager, Refugee Support Caseworker (Arabic/Tigrinya)."),
    ("Draft a volunteer role description for an 'Asylum Drop-in Befriender' at a refugee charity: weekly shifts, "
    "safeguarding training, no immigration advice (OISC rules)."),
])
clean("clean_tools", "ai_tools", "en", [
    ("Our charity wants to use Claude or ChatGPT to translate Home Office letters for clients. What are the GDPR "
    "and OISC risks, and what should volunteers never paste in?"),
    ("Can Microsoft Copilot in Outlook summarise USCIS receipt notices safely? And is DeepL or Google Translate "
    "better for Tigrinya and Dari?"),
])
clean("clean_tools", "werkzeuge_de", "de", [
    "Welches Sperrkonto ist am günstigsten: Expatrio, Fintiba oder Coracle? Und wie lange dauert die Eröffnung?",
    ("Ist „Make it in Germany“ oder das Auslandsportal besser für die Terminbuchung beim Visum? Hat jemand "
    "Erfahrungen?"),
])
clean("clean_tools", "outils_fr", "fr", [
    ("Entre Campus France et Études en France, c'est quoi la différence exactement ? Et est-ce que Doctolib marche "
    "avec un numéro de sécurité sociale provisoire ?"),
    ("Quel site pour faire sa demande de titre de séjour en ligne : l'ANEF ou la préfecture directement ? Et est-ce "
    "que France Travail accompagne les réfugiés statutaires ?"),
])
clean("clean_tools", "herramientas_es", "es", [
    ("¿Qué diferencia hay entre pedir cita en la sede electrónica de Extranjería y hacerlo por una gestoría? ¿Y "
    "conviene BBVA o Sabadell para abrir cuenta siendo extranjero?"),
    ("¿Qué es mejor para mandar dinero a Venezuela: Western Union, Wise o Zelle a través de un familiar en Estados "
    "Unidos?"),
])
clean("clean_tools", "adawat_ar", "ar", [
    "ما الفرق بين ويسترن يونيون وموني غرام وتطبيق Wise لتحويل المال إلى سوريا؟ وهل يعمل أي منها هناك؟",
    "هل تطبيق «أبشر» يسمح بتجديد الإقامة للعمالة المنزلية؟ وما الفرق بينه وبين منصة «مساند»؟",
])
clean("clean_tools", "gongju_zh", "zh", [
    "去英国留学，汇钱用Wise还是中国银行电汇比较划算？支付宝和微信能在英国用吗？",
    "申请加拿大签证用VFS Global的哪个中心比较快，北京还是上海？有人用过吗？",
])


# =============================================================================================
# clean_chat: questions in chat, bot transcripts and forum posts, in many languages (PII-free)
# =============================================================================================

clean("clean_chat", "visa_questions_lower", "en", [
    "can i work on a student visa in canada during the summer break? how many hours",
    "if my uk visa expires while my extension is pending am i overstaying? the section 3c thing",
    "do kids born in the us to parents on h-1b get citizenship automatically? what about in the uk",
], case="lower")
clean("clean_chat", "bot_transcripts", "en", [
    """Our website bot gave a weird answer, can you rewrite its last message?

USER: hi, can i apply for erasmus+ if i'm not an EU citizen?
BOT (Ava): Hello! Erasmus+ is open to students at participating universities, including some partner countries.
USER: im in turkey
BOT (Ava): Türkiye is a programme country, so yes.""",
    """Transcript from the consulate chatbot. Is the answer about the 90/180 rule right?

[09:02] Visitor: how long can i stay in spain with a us passport
[09:02] Assistant: You may stay up to 90 days in any 180-day period across the Schengen Area.
[09:03] Visitor: does ireland count
[09:03] Assistant: Yes, Ireland is included.""",
    """Our intake bot 'Sam' keeps asking for full ID numbers in chat. Rewrite these lines so it never collects them:

Sam: What's your passport number?
Sam: Please type your date of birth.
Sam: What's your home address?""",
])
clean("clean_chat", "forum_posts_lower", "en", [
    ("anyone here done the chancenkarte from india? how long did the blocked account + visa take, i applied in "
    "mumbai"),
    "partner visa australia 820/801, is 14 months normal now? we submitted in march last year",
    "moving to the netherlands with the 30% ruling, is it still 30 or did they cut it to 27? confused",
], case="lower")
clean("clean_chat", "student_faq_lower", "en", [
    "can international students in the uk bring their partners anymore? i heard they changed it in 2024",
    "whats the graduate route and how long do i get after a masters",
    "is it true i cant switch from student to skilled worker before my course ends",
], case="lower")
clean("clean_chat", "fragen_de_lower", "de", [
    ("brauche ich für einen besuch meiner eltern aus marokko eine verpflichtungserklärung oder reicht ein "
    "kontoauszug?"),
    "wie lange dauert eine einbürgerung jetzt nach der reform, 5 jahre oder 3 bei besonderer integration?",
], case="lower")
clean("clean_chat", "questions_fr_lower", "fr", [
    "est ce que le pvt canada (visa vacances-travail) est encore ouvert pour les français cette année ?",
    "on peut travailler avec un récépissé de demande de titre de séjour ou pas ?",
], case="lower")
clean("clean_chat", "preguntas_es_lower", "es", [
    "cuanto tarda la residencia por reagrupacion familiar en españa ahora? mi esposo esta en peru",
    "se puede viajar a otro pais de europa con el resguardo de la tie o necesito la tarjeta?",
], case="lower")
clean("clean_chat", "asila_ar", "ar", [
    "هل يمكن للاجئ في ألمانيا أن يسافر إلى بلد آخر في الاتحاد الأوروبي بوثيقة السفر الزرقاء؟",
    "كم تستغرق معاملة لمّ الشمل في السويد حالياً؟ وهل يشترط وجود سكن مناسب؟",
])
clean("clean_chat", "pytannia_uk", "uk", [
    "Чи можна з тимчасовим захистом у Німеччині поїхати в Польщу на тиждень і повернутися?",
    "Що таке CUAET у Канаді і чи ще можна подати заяву? Поясніть коротко.",
])
clean("clean_chat", "soal_fa", "fa", [
    "آیا با اقامت موقت در ترکیه (کیملیک) می‌توان برای ویزای تحصیلی آلمان اقدام کرد؟",
    "برنامه پذیرش بشردوستانه آلمان برای افغان‌ها هنوز فعال است یا بسته شده؟",
])
clean("clean_chat", "tanong_tl_lower", "tl", [
    "pwede ba mag-apply ng tourist visa sa japan kahit walang trabaho? ano mga requirements",
], case="lower")
clean("clean_chat", "cauhoi_vi_lower", "vi", [
    "đi xuất khẩu lao động đài loan bây giờ có cần chứng chỉ tiếng trung không? phí khoảng bao nhiêu",
], case="lower")
clean("clean_chat", "erotisi_el_lower", "el", [
    "μπορεί κάποιος με golden visa στην ελλάδα να δουλέψει ή μόνο να μένει; άλλαξε κάτι το 2024;",
], case="lower")


# =============================================================================================
# check digits (re-validated by check(); the values above were typed in as literals)
# =============================================================================================

def _digits(s):
    return [int(ch) for ch in s if ch.isdigit()]


def _luhn_ok(s):
    total = 0
    for k, d in enumerate(reversed(_digits(s))):
        if k % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def _verhoeff_ok(s):
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    c = 0
    for k, ch in enumerate(reversed(_digits(s))):
        c = d[c][p[k % 8][ch]]
    return c == 0


def _mod97(s):
    s = s.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def _pesel_ok(v):
    d = _digits(v)
    return len(d) == 11 and sum(a * b for a, b in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1])) % 10 == 0


def _tckn_ok(v):
    d = _digits(v)
    return (len(d) == 11 and d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - sum(d[1:8:2])) % 10 == d[9]
            and sum(d[:10]) % 10 == d[10])


def _cpf_ok(v):
    d = _digits(v)
    c1 = sum(a * b for a, b in zip(d[:9], range(10, 1, -1))) * 10 % 11 % 10
    c2 = sum(a * b for a, b in zip(d[:10], range(11, 1, -1))) * 10 % 11 % 10
    return len(d) == 11 and d[9] == c1 and d[10] == c2


def _cnp_ok(v):
    d = _digits(v)
    r = sum(a * int(b) for a, b in zip(d[:12], "279146358279")) % 11
    return len(d) == 13 and d[12] == (1 if r == 10 else r)


def _bsn_ok(v):
    d = _digits(v)
    return len(d) == 9 and (sum(d[k] * (9 - k) for k in range(8)) - d[8]) % 11 == 0


def _nir_ok(v):
    d = "".join(str(x) for x in _digits(v))
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def _cf_ok(v):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    total = 0
    for k, ch in enumerate(v[:15]):
        n = int(ch) if ch.isdigit() else ord(ch) - 65
        total += odd[n] if k % 2 == 0 else n
    return chr(65 + total % 26) == v[15]


def _dni_ok(v):
    n = {"X": "0", "Y": "1", "Z": "2"}.get(v[0], v[0]) + v[1:-1]
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23] == v[-1]


def _ptnif_ok(v):
    d = _digits(v)
    r = 11 - sum(d[k] * (9 - k) for k in range(8)) % 11
    return d[8] == (0 if r >= 10 else r)


def _afm_ok(v):
    d = _digits(v)
    return sum(d[k] * 2 ** (8 - k) for k in range(8)) % 11 % 10 == d[8]


def _ilid_ok(v):
    total = 0
    for k, x in enumerate(_digits(v)):
        y = x * (1 + k % 2)
        total += y - 9 if y > 9 else y
    return total % 10 == 0


def _ric_ok(v):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w)) % 11] == v[17]


def _steuer_ok(v):
    d = _digits(v)
    counts = Counter(d[:10])
    if len(d) != 11 or d[0] == 0 or max(counts.values()) not in (2, 3) or len(counts) not in (8, 9):
        return False
    prod = 10
    for x in d[:10]:
        s = (x + prod) % 10 or 10
        prod = s * 2 % 11
    return (11 - prod) % 10 == d[10]


def _curp_ok(v):
    chars = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    total = sum(chars.index(ch) * (18 - k) for k, ch in enumerate(v[:17]))
    return (10 - total % 10) % 10 == int(v[17])


def _rnokpp_ok(v):
    d = _digits(v)
    return sum(a * b for a, b in zip(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7])) % 11 % 10 == d[9]


def _arc_ok(v):
    d = _digits(v)
    return (11 - sum(a * b for a, b in zip(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10 == d[12]


def _nhs_ok(v):
    d = _digits(v)
    c = 11 - sum(d[k] * (10 - k) for k in range(9)) % 11
    return c != 10 and (0 if c == 11 else c) == d[9]


CHECKERS = {
    "PESEL": _pesel_ok, "PESEL_CHILD": _pesel_ok, "PNR": _luhn_ok, "PNR_CHILD": _luhn_ok, "TCKN": _tckn_ok, "CPF": _cpf_ok,
    "CNP": _cnp_ok, "CNP_CHILD": _cnp_ok, "BSN": _bsn_ok, "NIR": _nir_ok, "CF": _cf_ok, "DNI": _dni_ok,
    "NIE": _dni_ok, "PT_NIF": _ptnif_ok, "GR_AFM": _afm_ok, "IL_ID": _ilid_ok, "AADHAAR": _verhoeff_ok,
    "CN_RIC": _ric_ok, "DE_STEUER": _steuer_ok, "CURP": _curp_ok, "UA_RNOKPP": _rnokpp_ok, "ZA_ID": _luhn_ok,
    "KR_ARC": _arc_ok, "NHS": _nhs_ok,
    "NINO": lambda v: re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d\d \d\d \d\d [A-D]", v) is not None,
}


def _encoded_dob(kind, v):
    """(year, month, day) that the number itself encodes, for the kinds that encode one."""
    d = "".join(str(x) for x in _digits(v))
    if kind.startswith("PESEL"):
        m = int(d[2:4])
        return (2000 if m > 20 else 1900) + int(d[:2]), m % 20, int(d[4:6])
    if kind.startswith("CNP"):
        return (1900 if d[0] in "12" else 2000) + int(d[1:3]), int(d[3:5]), int(d[5:7])
    if kind.startswith("PNR"):
        y = int(d[:2])
        return (2000 if y < 25 else 1900) + y, int(d[2:4]), int(d[4:6])
    if kind == "CN_RIC":
        return int(v[6:10]), int(v[10:12]), int(v[12:14])
    if kind in ("ZA_ID", "KR_ARC"):
        y = int(d[:2])
        return (2000 if y < 25 else 1900) + y, int(d[2:4]), int(d[4:6])
    if kind == "UA_RNOKPP":
        import datetime
        t = datetime.date(1899, 12, 31) + datetime.timedelta(days=int(d[:5]))
        return t.year, t.month, t.day
    return None


def _dob_parts(s):
    nums = [int(x) for x in re.findall(r"\d+", s)]
    if len(nums) != 3:
        return None
    if nums[0] > 31:
        return nums[0], nums[1], nums[2]
    return nums[2], nums[1], nums[0]


def check_ids():
    for kind, entries in IDS.items():
        for val, dob, sex, who in entries:
            if kind in CHECKERS:
                assert CHECKERS[kind](val), f"bad check digit: {kind} {val}"
            enc = _encoded_dob(kind, val)
            if enc and dob:
                assert _dob_parts(dob) == enc, f"DOB does not match {kind} {val}: {dob} vs {enc}"
            if who:
                assert who in BY_KEY and BY_KEY[who].sex == sex, f"tied person wrong: {kind} {val}"
    for vals in IBANS.values():
        for v in vals:
            assert _mod97(v), f"bad IBAN {v}"
    for v in CARDS:
        assert _luhn_ok(v), f"bad card {v}"


# =============================================================================================
# build, check, main
# =============================================================================================

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese (Portugal and Brazil)",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "ro": "Romanian", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "el": "Greek", "sv": "Swedish", "ar": "Arabic", "fa": "Persian/Dari", "he": "Hebrew",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai", "vi": "Vietnamese",
    "tl": "Tagalog/Taglish", "am": "Amharic",
}
NON_LATIN = {"ru", "uk", "el", "ar", "fa", "he", "zh", "ja", "ko", "hi", "th", "am"}


def build():
    rng = random.Random(SEED)
    usage = Counter()
    rows, meta = [], []
    for t in TEMPLATES:
        for i in range(t["n"]):
            c = Ctx(rng, usage)
            text, spans = unmark(t["fn"](c, i), t["case"])
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans, "source": SOURCE,
                         "class": t["cls"], "template": t["name"], "locale": ""})
            meta.append({"lang": t["lang"], "case": t["case"]})
    return rows, meta


def check(rows, meta):
    check_ids()
    assert len(rows) == 324, len(rows)
    assert len({r["id"] for r in rows}) == len(rows), "duplicate id"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    templates = Counter((r["class"], r["template"]) for r in rows)
    assert len(templates) >= 80, len(templates)
    assert max(templates.values()) <= 5, templates.most_common(1)
    assert len({t for _, t in templates}) == len(templates), "template name used in two classes"
    clean_rows = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean_rows / len(rows) <= 0.55, clean_rows
    langs = Counter(m["lang"] for m in meta)
    non_en = len(rows) - langs["en"]
    assert 0.35 <= non_en / len(rows) <= 0.50, non_en
    assert len(set(langs) - {"en"}) >= 15, langs
    assert len(set(langs) & NON_LATIN) >= 5, langs
    lower = sum(m["case"] == "lower" for m in meta)
    assert 0.10 <= lower / len(rows) <= 0.20, lower
    assert any(m["case"] == "upper" for m in meta)
    private = set()
    for p in PEOPLE:
        private.add(p.full)
    for a in ADDRS:
        private.add(a.parts["street"])
    private.update(v for _, v in PHONES)
    private.update(e[0] for es in IDS.values() for e in es)
    private.update(v for vs in PASSPORTS.values() for v in vs)
    for r in rows:
        assert r["class"].startswith(("personal_", "clean_")), r["class"]
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        text, spans = r["text"], r["spans"]
        assert "⟦" not in text and "⟧" not in text, r["id"]
        prev = 0
        for s in spans:
            assert s["type"] in TYPES, s
            assert s["value"] == text[s["start"]:s["end"]], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= prev, (r["id"], s)
            prev = s["end"]
        if r["class"].startswith("clean_"):
            assert not spans, r["id"]
            leaked = [v for v in private if v in text]
            assert not leaked, (r["id"], leaked)
        else:
            assert spans, r["id"]
    return True


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def report(rows, meta, data):
    print(f"rows: {len(rows)}  templates: {len({r['template'] for r in rows})}")
    print("classes:")
    tcount = Counter(r["class"] for r in rows)
    tpls = Counter()
    for cls, _t in {(r["class"], r["template"]) for r in rows}:
        tpls[cls] += 1
    for cls in sorted(tcount):
        print(f"  {cls:24} rows {tcount[cls]:3}  templates {tpls[cls]:3}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans by type: " + ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = Counter(m["lang"] for m in meta)
    non_en = len(rows) - langs["en"]
    print(f"languages: {len(langs) - 1} besides English; rows not in English: {non_en} "
          f"({100 * non_en / len(rows):.1f}%)")
    print("  " + ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common()))
    cases = Counter(m["case"] or "mixed" for m in meta)
    print("cases: " + ", ".join(f"{k} {v}" for k, v in cases.most_common()))
    print(f"PII-free rows: {sum(r['class'].startswith('clean_') for r in rows)}")
    print(f"sha256 {OUT.name}: {hashlib.sha256(data).hexdigest()}")


def main(argv):
    rows, meta = build()
    check(rows, meta)
    data = serialise(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_bytes() == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_bytes(data)
    report(rows, meta, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
