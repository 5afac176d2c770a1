#!/usr/bin/env python3
"""Build the `freight` check set: logistics and shipping prompts, hand-written.

Couriers and parcel carriers, freight forwarders, customs brokers, port and depot
staff, removals firms, drivers and dispatchers, returns desks, marketplace sellers
and the customers writing to them. Half the rows name private people (labelled
spans), half are PII-free and full of public names that must not be masked.

Standard library only; deterministic (SEED). Every name, street, phone, e-mail
domain and date below was typed by hand; e-mail local parts are derived in code
from the hand-typed names.

    python build.py           # writes holdout.jsonl, prints counts
    python build.py --check   # runs check() on a fresh in-memory build only
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 5402
SET = "freight"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = "eval/freight/build.py"

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS",
    "CREDIT_CARD", "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN",
    "MEDICAL_RECORD_NUMBER",
}

# ---------------------------------------------------------------- markers

def M(kind: str, value: str) -> str:
    assert kind in TYPES, kind
    return f"⟦{kind}|{value}⟧"


def PER(v: str) -> str:
    return M("PERSON", v)


def LOC(v: str) -> str:
    return M("LOCATION", v)


def PH(v: str) -> str:
    return M("PHONE_NUMBER", v)


def EM(v: str) -> str:
    return M("EMAIL_ADDRESS", v)


def DOB(v: str) -> str:
    return M("DATE_OF_BIRTH", v)


def NID(v: str) -> str:
    return M("NATIONAL_ID", v)


def IBAN(v: str) -> str:
    return M("IBAN_CODE", v)


def CARD(v: str) -> str:
    return M("CREDIT_CARD", v)


def IP(v: str) -> str:
    return M("IP_ADDRESS", v)


def SSN(v: str) -> str:
    return M("US_SSN", v)


def MRN(v: str) -> str:
    return M("MEDICAL_RECORD_NUMBER", v)


MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")


def _case(s: str, case: str | None) -> str:
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked: str, case: str | None = None) -> tuple[str, list[dict]]:
    """Strip ⟦TYPE|value⟧ markers; return plain text and spans.

    Casing is applied piece by piece so offsets stay right when a character
    changes length (ß -> SS, İ -> i̇).
    """
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        plain = _case(marked[pos:m.start()], case)
        out.append(plain)
        length += len(plain)
        value = _case(m.group(2), case)
        spans.append({"start": length, "end": length + len(value),
                      "type": m.group(1), "value": value})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(_case(marked[pos:], case))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text[:120]
    return text, spans


# ---------------------------------------------------------------- people

FOLD = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "œ": "oe",
})


def ascii_fold(s: str) -> str:
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch) and ord(ch) < 128)


class Person:
    """A private person typed by hand.

    `fg` marks surname-first order; `lat` is a Latin (given, family) used for
    e-mail local parts when the name is written in another script.
    """

    def __init__(self, pool: str, culture: str, given: str, family: str,
                 fg: bool = False, lat: tuple[str, str] | None = None, mid: str = "",
                 nick: str = ""):
        self.pool = pool
        self.culture = culture
        self.given = given
        self.g = nick or given  # what a colleague or a driver calls them
        self.f = family
        self.fg = fg
        self.mid = mid
        self.lat = lat or (given, family)

    @property
    def full(self) -> str:
        if self.fg:
            sep = "" if self.pool in ("zh", "ko") else " "
            return f"{self.f}{sep}{self.given}"
        return f"{self.given} {self.mid + ' ' if self.mid else ''}{self.f}"

    @property
    def doc(self) -> str:
        """Surname first, as on Russian and Ukrainian forms."""
        return f"{self.f} {self.given}{' ' + self.mid if self.mid else ''}"

    def local(self, style: int) -> str:
        g = ascii_fold(self.lat[0]).lower().replace(" ", "").replace("'", "")
        f = ascii_fold(self.lat[1]).lower().replace(" ", "").replace("'", "").replace("-", "")
        g1 = g.split("-")[0]
        styles = [f"{g1}.{f}", f"{g1[0]}{f}", f"{g1}_{f}{len(f) * 7 % 90 + 10}",
                  f"{f}.{g1}", f"{g1}{f[0]}{len(g1) * 13 % 80 + 11}", f"{g1}{f}"]
        return styles[style % len(styles)]

    def email(self, domain: str, style: int = 0) -> str:
        return f"{self.local(style)}@{domain}"


P = Person
PEOPLE = [
    # ---- "w": Latin-script people of many cultures, for English-language rows
    P("w", "Yoruba", "Adebayo", "Ogunleye"),
    P("w", "Igbo", "Chiamaka", "Nwosu"),
    P("w", "Hausa", "Aminu", "Danjuma"),
    P("w", "Akan", "Kwabena", "Asante-Mensah"),
    P("w", "Kikuyu", "Wanjiru", "Kamau"),
    P("w", "Zulu", "Sipho", "Ndlovu"),
    P("w", "Somali", "Hodan", "Warsame"),
    P("w", "Amhara", "Selamawit", "Bekele"),
    P("w", "Egyptian", "Mostafa", "El-Gamal"),
    P("w", "Moroccan", "Zineb", "Benjelloun"),
    P("w", "Lebanese", "Rami", "Haddad"),
    P("w", "Persian", "Shirin", "Karimi"),
    P("w", "Kurdish", "Berivan", "Zana"),
    P("w", "Armenian", "Anahit", "Petrosyan"),
    P("w", "Georgian", "Nino", "Beridze"),
    P("w", "Hungarian", "Réka", "Szabó", fg=True),
    P("w", "Romanian", "Ionela", "Munteanu"),
    P("w", "Bulgarian", "Kalina", "Dimitrova"),
    P("w", "Serbian", "Dragana", "Petrović"),
    P("w", "Croatian", "Marko", "Babić"),
    P("w", "Greek", "Eleni", "Papadaki"),
    P("w", "Albanian", "Arben", "Hoxha"),
    P("w", "Catalan", "Jordi", "Puigvert"),
    P("w", "Basque", "Ane", "Etxeberria"),
    P("w", "Portuguese", "João Pedro", "Amaral", nick="João"),
    P("w", "Mexican", "Guadalupe", "Ramírez Soto"),
    P("w", "Colombian", "Andrés Felipe", "Córdoba", nick="Andrés"),
    P("w", "Quechua", "Rosa", "Quispe Huamán"),
    P("w", "Argentine", "Facundo", "Bianchi"),
    P("w", "Chilean", "Catalina", "Fuentealba"),
    P("w", "Breton", "Gwenaëlle", "Le Goff"),
    P("w", "Flemish", "Pieter", "De Smet"),
    P("w", "Danish", "Mette", "Kjær"),
    P("w", "Norwegian", "Sindre", "Haugland"),
    P("w", "Finnish", "Aleksi", "Virtanen"),
    P("w", "Icelandic", "Sigrún", "Magnúsdóttir"),
    P("w", "Estonian", "Kaido", "Tamm"),
    P("w", "Latvian", "Ilze", "Bērziņa"),
    P("w", "Lithuanian", "Mindaugas", "Žukauskas"),
    P("w", "Irish", "Siobhán", "Ní Dhonnchadha"),
    P("w", "Scottish", "Callum", "MacAulay"),
    P("w", "Welsh", "Rhys", "Llewellyn"),
    P("w", "English", "Holly", "Marsh"),
    P("w", "English", "Dean", "Fletcher"),
    P("w", "English", "Summer", "Lane"),
    P("w", "English", "Miles", "Bishop"),
    P("w", "US", "Tyler", "Brooks"),
    P("w", "US", "Luis", "Ortega"),
    P("w", "Jamaican", "Shantelle", "Campbell"),
    P("w", "Hindi", "Ankit", "Srivastava"),
    P("w", "Tamil", "Karthik", "Subramanian"),
    P("w", "Punjabi", "Harpreet", "Kaur Gill"),
    P("w", "Bengali", "Tanvir Ahmed", "Chowdhury", nick="Tanvir"),
    P("w", "Gujarati", "Hetal", "Patel"),
    P("w", "Pakistani", "Ayesha", "Siddiqui"),
    P("w", "Sinhala", "Dilani", "Jayawardena"),
    P("w", "Nepali", "Bishal", "Gurung"),
    P("w", "Chinese", "Jiayi", "Chen", fg=True),
    P("w", "Cantonese", "Ka-ming", "Wong", fg=True),
    P("w", "Taiwanese", "Pei-shan", "Lin", fg=True),
    P("w", "Japanese", "Haruka", "Ishikawa"),
    P("w", "Korean", "Ji-hoon", "Park", fg=True),
    P("w", "Vietnamese", "Thị Hồng", "Nguyễn", fg=True, nick="Hồng"),
    P("w", "Thai", "Kittisak", "Srisawat"),
    P("w", "Filipino", "Maricel", "Dela Cruz"),
    P("w", "Indonesian", "Putri", "Rahmawati"),
    P("w", "Malay", "Nurul Aina", "binti Kamal", nick="Aina"),
    P("w", "Maori", "Tama", "Ngata"),
    P("w", "Samoan", "Sefo", "Leiataua"),
    P("w", "Israeli", "Noa", "Ben-Ami"),
    P("w", "Russian", "Dmitry", "Sokolov"),
    P("w", "Ukrainian", "Oksana", "Kravets"),
    P("w", "Fula", "Aïcha", "Diallo"),
    P("w", "Wolof", "Moussa", "Ndiaye"),
    P("w", "Tunisian", "Youssef", "Ben Salah"),
    P("w", "Afghan", "Farid", "Noori"),
    P("w", "Kazakh", "Dana", "Zhaksybekova"),
    P("w", "Uzbek", "Jasur", "Karimov"),
    P("w", "Mongolian", "Bat-Erdene", "Gantulga"),
    P("w", "Malayali", "Anjali", "Menon"),
    P("w", "Telugu", "Sravani", "Reddy"),
    P("w", "Trinidadian", "Keisha", "Ramdial"),
    P("w", "Ewe", "Edem", "Agbeko"),
    P("w", "Hawaiian", "Kaleo", "Kahananui"),
    P("w", "Maltese", "Charlene", "Borg"),
    P("w", "Slovak", "Zuzana", "Horváthová"),
    P("w", "Slovenian", "Urška", "Kranjc"),
    P("w", "Dutch", "Wouter", "van Rijswijk"),
    P("w", "Swiss", "Reto", "Bühler"),
    P("w", "Austrian", "Theresa", "Gruber"),
    P("w", "Cornish", "Jory", "Penhaligon"),
    P("w", "Brazilian", "Thaís", "Nogueira dos Santos"),
    P("w", "Italian", "Giulia", "Ferrari"),
    P("w", "Polish", "Katarzyna", "Wróbel"),
    P("w", "German", "Jens", "Köhler"),
    P("w", "French", "Sébastien", "Marchand"),
    # ---- per-language pools, for rows written in that language
    P("de", "German", "Sabine", "Krüger"),
    P("de", "German", "Björn", "Tiedemann"),
    P("de", "Turkish-German", "Aylin", "Demirci"),
    P("de", "Bavarian", "Korbinian", "Huber"),
    P("de", "Sorbian", "Měrana", "Cyžowa"),
    P("de", "German", "Heike", "Brandstätter"),
    P("de", "Russian-German", "Waldemar", "Reimer"),
    P("fr", "French", "Aurélie", "Fontaine"),
    P("fr", "Algerian-French", "Nadia", "Belkacem"),
    P("fr", "French", "Théo", "Garnier"),
    P("fr", "Belgian", "Quentin", "Deprez"),
    P("fr", "Reunionese", "Mickaël", "Payet"),
    P("es", "Spanish", "Lucía", "Herrero Salas"),
    P("es", "Spanish", "Rocío", "Campos Delgado"),
    P("es", "Mexican", "Iván", "Morales Treviño"),
    P("es", "Galician", "Xoán", "Castiñeira"),
    P("es", "Peruvian", "Milagros", "Ccori Apaza"),
    P("es", "Argentine", "Agustina", "Pereyra"),
    P("it", "Neapolitan", "Salvatore", "Esposito"),
    P("it", "Italian", "Chiara", "Lombardi"),
    P("it", "Sardinian", "Efisio", "Pinna"),
    P("it", "South Tyrolean", "Lukas", "Oberhofer"),
    P("pt", "Brazilian", "Rodrigo", "Alves Pereira"),
    P("pt", "Brazilian", "Luana", "Barros"),
    P("pt", "Brazilian", "Francisca", "Oliveira da Silva"),
    P("pt", "Japanese-Brazilian", "Renata", "Yamamoto"),
    P("pt", "Portuguese", "Inês", "Carvalho"),
    P("nl", "Dutch", "Bram", "Visser"),
    P("nl", "Moroccan-Dutch", "Fatima", "El Amrani"),
    P("nl", "Frisian", "Joost", "Hoekstra"),
    P("nl", "Surinamese", "Rachelle", "Sewnath"),
    P("pl", "Polish", "Paweł", "Zieliński"),
    P("pl", "Polish", "Agnieszka", "Kowalczyk"),
    P("pl", "Polish", "Grzegorz", "Lis"),
    P("pl", "Kashubian", "Józefa", "Klasa"),
    P("pl", "Polish", "Marzena", "Dąbrowska"),
    P("tr", "Turkish", "Zeynep", "Aksoy"),
    P("tr", "Turkish", "Mehmet Can", "Yurt"),
    P("tr", "Turkish", "Elif", "Kaya"),
    P("tr", "Laz", "Hüseyin", "Gürbüz"),
    P("sv", "Swedish", "Linnea", "Sjöberg"),
    P("sv", "Swedish", "Oskar", "Lindqvist"),
    P("sv", "Sami", "Ánde", "Sombán"),
    P("cs", "Czech", "Tomáš", "Dvořák"),
    P("cs", "Czech", "Petra", "Nováková"),
    P("cs", "Moravian", "Radim", "Šťastný"),
    P("ru", "Russian", "Алексей", "Воронцов", mid="Игоревич", lat=("Aleksey", "Vorontsov")),
    P("ru", "Russian", "Марина", "Белова", mid="Сергеевна", lat=("Marina", "Belova")),
    P("ru", "Azerbaijani", "Руслан", "Ахмедов", lat=("Ruslan", "Akhmedov")),
    P("ru", "Tatar", "Тимур", "Галиев", mid="Ринатович", lat=("Timur", "Galiev")),
    P("ru", "Russian", "Ольга", "Никитина", lat=("Olga", "Nikitina")),
    P("uk", "Ukrainian", "Богдан", "Шевчук", lat=("Bohdan", "Shevchuk")),
    P("uk", "Ukrainian", "Ірина", "Ткаченко", lat=("Iryna", "Tkachenko")),
    P("uk", "Ukrainian", "Андрій", "Мельник", lat=("Andrii", "Melnyk")),
    P("uk", "Crimean Tatar", "Ельмаз", "Умерова", lat=("Elmaz", "Umerova")),
    P("ar", "Saudi", "محمد", "العتيبي", lat=("Mohammed", "Alotaibi")),
    P("ar", "Saudi", "نورة", "القحطاني", lat=("Noura", "Alqahtani")),
    P("ar", "Emirati", "خالد", "المهيري", lat=("Khalid", "Almheiri")),
    P("ar", "Egyptian", "يوسف", "عبد الحميد", lat=("Youssef", "Abdelhamid")),
    P("ar", "Jordanian", "ريم", "الزعبي", lat=("Reem", "Alzoubi")),
    P("ar", "Moroccan", "فاطمة الزهراء", "بنعلي", lat=("Fatima Zahra", "Benali")),
    P("zh", "Chinese", "晓东", "王", fg=True, lat=("Xiaodong", "Wang")),
    P("zh", "Chinese", "佳怡", "刘", fg=True, lat=("Jiayi", "Liu")),
    P("zh", "Chinese", "丽娟", "黄", fg=True, lat=("Lijuan", "Huang")),
    P("zh", "Hakka", "志强", "邱", fg=True, lat=("Zhiqiang", "Qiu")),
    P("ja", "Japanese", "美咲", "高橋", fg=True, lat=("Misaki", "Takahashi")),
    P("ja", "Japanese", "翔", "中村", fg=True, lat=("Sho", "Nakamura")),
    P("ja", "Okinawan", "由紀", "比嘉", fg=True, lat=("Yuki", "Higa")),
    P("ko", "Korean", "민지", "김", fg=True, lat=("Minji", "Kim")),
    P("ko", "Korean", "정훈", "이", fg=True, lat=("Jeonghun", "Lee")),
    P("ko", "Korean", "서연", "박", fg=True, lat=("Seoyeon", "Park")),
    P("el", "Greek", "Γιώργος", "Παπαδόπουλος", lat=("Giorgos", "Papadopoulos")),
    P("el", "Greek", "Ελένη", "Κωνσταντίνου", lat=("Eleni", "Konstantinou")),
    P("el", "Cretan", "Μανώλης", "Τσαγκαράκης", lat=("Manolis", "Tsagkarakis")),
    P("hi", "Hindi", "राहुल", "वर्मा", lat=("Rahul", "Verma")),
    P("hi", "Rajasthani", "सुनीता", "मीणा", lat=("Sunita", "Meena")),
    P("hi", "Bhojpuri", "संजय", "यादव", lat=("Sanjay", "Yadav")),
    P("vi", "Vietnamese", "Văn Minh", "Trần", fg=True, nick="Minh"),
    P("vi", "Vietnamese", "Thị Thu Hà", "Lê", fg=True, nick="Hà"),
    P("vi", "Vietnamese", "Quốc Bảo", "Phạm", fg=True, nick="Bảo"),
    P("vi", "Vietnamese (Huế)", "Ngọc Ánh", "Đặng", fg=True, nick="Ánh"),
    P("id", "Javanese", "Budi", "Santoso"),
    P("id", "Sundanese", "Rina", "Wulandari"),
    P("id", "Batak", "Agus", "Simanjuntak"),
    P("id", "Minangkabau", "Fadli", "Chaniago"),
]


# ---------------------------------------------------------------- addresses

# Layouts: {field} is a LOCATION span; [...] is kept only when every field in
# it is present. The country line is never labelled (it identifies no one).
LAYOUT = {
    "uk": "[{unit}, ][{house}\n]{street}\n{town}\n[{region}\n]{pc}",
    "us": "{street}[, {unit}]\n{town}, {region} {pc}",
    "ie": "{street}\n{town}\n{region}\n{pc}",
    "au": "{street}\n{town} {region} {pc}",
    "nz": "{street}\n{town} {pc}",
    "ca": "{street}\n{town} {region} {pc}",
    "in": "{street}\n[{district}\n]{town} - {pc}\n{region}",
    "ng": "{street}\n{district}\n{town}",
    "ke": "{street}\n[{district}\n]{town}",
    "za": "{street}\n[{district}\n]{town}\n{pc}",
    "sg": "{street}[ {unit}]\nSingapore {pc}",
    "ph": "{street}\n{town}, {region} {pc}",
    "de": "{street}\n[{unit}\n]{pc} {town}",
    "fr": "[{unit}\n]{street}\n{pc} {town}",
    "es": "{street}[, {unit}]\n{pc} {town}[ ({region})]",
    "mx": "{street}[, {district}]\n{pc} {town}, {region}",
    "ar": "{street}\n{pc} {town}, {region}",
    "cl": "{street}\n{town}, {region}",
    "co": "{street}\n{town}, {region}",
    "pe": "{street}\n{town} {pc}, {region}",
    "it": "{street}\n{pc} {town} ({region})",
    "pt": "{street}[, {unit}]\n{pc} {town}",
    "br": "{street}[, {unit}]\n[{district}\n]{town} - {region}\n{pc}",
    "nl": "{street}\n{pc} {town}",
    "pl": "{street}\n{pc} {town}",
    "tr": "{district} {street}\n{pc} {town}/{region}",
    "ru": "{street}\n{town}\n[{region}\n]{pc}",
    "ua": "{street}\n{town}\n[{region}\n]{pc}",
    "sa": "{street}، {district}\n{town} {pc}",
    "ae": "{street}، {district}\n{town}",
    "eg": "{street}، {district}\n{town}",
    "jo": "{street}، {district}\n{town}",
    "ma": "{street}، {district}\n{town} {pc}",
    "cn": "{region}{town}{district}{street}[{unit}]",
    "jp": "〒{pc}\n{region}{town}{street}[ {unit}]",
    "kr": "{region} {town} {street}[, {unit}] ({pc})",
    "gr": "{street}\n{pc} {town}",
    "hi": "{street}, {district}\n{town}, {region} - {pc}",
    "vn": "{street}, {district}\n{town}, {region}",
    "id": "{street}[ {unit}]\n{district}\n{town} {pc}",
    "se": "{street}\n{pc} {town}",
    "cz": "{street}\n{pc} {town}",
}
LAYOUT.update({"at": LAYOUT["de"], "ch": LAYOUT["de"], "be": LAYOUT["de"]})

COUNTRY = {
    "uk": "United Kingdom", "us": "USA", "ie": "Ireland", "au": "Australia",
    "nz": "New Zealand", "ca": "Canada", "in": "India", "ng": "Nigeria",
    "ke": "Kenya", "za": "South Africa", "sg": "Singapore", "ph": "Philippines",
    "de": "Germany", "at": "Austria", "ch": "Switzerland", "fr": "France",
    "be": "Belgium", "es": "Spain", "mx": "Mexico", "ar": "Argentina",
    "cl": "Chile", "co": "Colombia", "pe": "Peru", "it": "Italy", "pt": "Portugal",
    "br": "Brazil", "nl": "Netherlands", "pl": "Poland", "tr": "Turkey",
    "ru": "Russia", "ua": "Ukraine", "sa": "Saudi Arabia", "ae": "UAE",
    "eg": "Egypt", "jo": "Jordan", "ma": "Morocco", "cn": "China", "jp": "Japan",
    "kr": "South Korea", "gr": "Greece", "hi": "India", "vn": "Vietnam",
    "id": "Indonesia", "se": "Sweden", "cz": "Czech Republic",
}

OPT = re.compile(r"\[([^\[\]]*)\]")
FIELD = re.compile(r"\{(\w+)\}")


class Addr:
    def __init__(self, cc: str, phone: str, **f: str):
        self.cc = cc
        self.phone = phone
        self.f = f

    def __getattr__(self, name: str) -> str:
        f = self.__dict__.get("f", {})
        if name in f:
            return f[name]
        raise AttributeError(name)

    def has(self, name: str) -> bool:
        return name in self.f

    def L(self, name: str) -> str:
        return LOC(self.f[name])

    def block(self, country: bool = False, sep: str = "\n") -> str:
        lay = LAYOUT[self.cc]

        def opt(m: re.Match) -> str:
            names = FIELD.findall(m.group(1))
            return m.group(1) if all(n in self.f for n in names) else ""

        lay = OPT.sub(opt, lay)
        text = FIELD.sub(lambda m: LOC(self.f[m.group(1)]), lay)
        if country:
            text += "\n" + COUNTRY[self.cc]
        lines = [ln for ln in text.split("\n") if ln]
        return sep.join(lines)

    def line(self, country: bool = False) -> str:
        sep = "، " if self.cc in ("sa", "ae", "eg", "jo", "ma") else ", "
        if self.cc in ("cn",):
            sep = ""
        return self.block(country, sep=sep)

    def street_line(self) -> str:
        parts = [self.L(k) for k in ("unit", "house", "street") if k in self.f]
        if self.cc in ("es", "pt", "br", "us", "sg", "id", "de"):
            parts = [self.L(k) for k in ("street", "unit") if k in self.f]
        return ", ".join(parts)


A = Addr
ADDRS = [
    A("uk", "07723 418095", street="14 Brook Terrace", town="Leominster", region="Herefordshire", pc="HR6 8AJ"),
    A("uk", "07911 260437", unit="Flat 2", street="33 Castle Street", town="Llandeilo", pc="SA19 6BS"),
    A("uk", "015396 20871", house="Rose Cottage", street="Back Lane", town="Sedbergh", region="Cumbria", pc="LA10 5AQ"),
    A("uk", "07480 553912", street="7 Kirkgate", town="Cockermouth", pc="CA13 9PJ"),
    A("uk", "07309 874216", street="58 Marlborough Road", town="Hexham", pc="NE46 2HN"),
    A("uk", "07824 117630", unit="Flat 11", house="Telford Court", street="2 Wharf Road", town="Ellesmere", pc="SY12 0EJ"),
    A("uk", "07592 308114", street="21 Victoria Street", town="Crieff", region="Perthshire", pc="PH7 3AX"),
    A("uk", "01208 873442", street="4 Fore Street", town="Lostwithiel", pc="PL22 0BL"),
    A("uk", "07955 216 804", street="19 Chapel Row", town="Holmfirth", pc="HD9 2DL"),
    A("uk", "07713 590 362", unit="Flat 5", street="28 Harbour View", town="Stornoway", region="Isle of Lewis", pc="HS1 2XF"),
    A("us", "(304) 647-2290", street="418 Hickory Ridge Rd", town="Lewisburg", region="WV", pc="24901"),
    A("us", "928-774-3051", street="2207 N Juniper St", unit="Apt 3B", town="Flagstaff", region="AZ", pc="86001"),
    A("us", "802.257.6614", street="91 Pleasant Street", town="Brattleboro", region="VT", pc="05301"),
    A("us", "228-875-0932", street="1540 Magnolia Ave", town="Ocean Springs", region="MS", pc="39564"),
    A("us", "(308) 237-5518", street="6620 W Lincoln Hwy", unit="Unit 12", town="Kearney", region="NE", pc="68845"),
    A("us", "541-386-9027", street="37 Orchard Ln", town="Hood River", region="OR", pc="97031"),
    A("us", "(715) 682-4173", street="N4521 County Rd D", town="Ashland", region="WI", pc="54806"),
    A("us", "575-758-2096", street="112 Paseo del Pueblo Sur", unit="#4", town="Taos", region="NM", pc="87571"),
    A("ie", "087 264 1193", street="12 Bridge Street", town="Westport", region="Co. Mayo", pc="F28 X6P2"),
    A("ie", "086 418 2290", street="3 Pearse Terrace", town="Bantry", region="Co. Cork", pc="P75 KD62"),
    A("au", "0412 558 930", street="3/27 Banksia Crescent", town="Mudgee", region="NSW", pc="2850"),
    A("au", "0438 207 614", street="8 Wattle Grove", town="Yackandandah", region="VIC", pc="3749"),
    A("nz", "021 448 2073", street="16 Kōwhai Street", town="Motueka", pc="7120"),
    A("nz", "027 519 8830", street="42 Ruapehu Terrace", town="Ōhakune", pc="4625"),
    A("ca", "(403) 678-2214", street="205 Cedar Avenue", town="Canmore", region="AB", pc="T1W 2K4"),
    A("ca", "902-634-7718", street="17 Water St", town="Lunenburg", region="NS", pc="B0J 2C0"),
    A("in", "98480 21736", street="H.No. 8-3-214, Srinagar Colony", town="Hyderabad", region="Telangana", pc="500073"),
    A("in", "94431 58204", street="17/3 Thiruvalluvar Street", town="Kumbakonam", region="Tamil Nadu", pc="612001"),
    A("in", "94120 83375", street="House 112, Ward 9, near Shiv Mandir", town="Almora", region="Uttarakhand", pc="263601"),
    A("ng", "0803 417 2259", street="House 9, Ogundana Close", district="Ikeja GRA", town="Lagos"),
    A("ng", "0706 882 4105", street="12 Ahmadu Bello Way", district="Nassarawa GRA", town="Kano"),
    A("ke", "0722 418903", street="P.O. Box 1423-00902", town="Kikuyu"),
    A("za", "082 416 7730", street="31 Kerk Street", town="Parys", pc="9585"),
    A("za", "071 883 2046", street="5 Protea Close", district="Die Boord", town="Stellenbosch", pc="7600"),
    A("sg", "9123 4087", street="Blk 512 Bedok North Ave 3", unit="#07-221", pc="460512"),
    A("de", "0176 48215093", street="Am Mühlbach 12", pc="83714", town="Miesbach"),
    A("de", "05551 913847", street="Goethestraße 27", pc="37154", town="Northeim"),
    A("de", "0162 7730418", street="Kirchgasse 3", unit="Hinterhaus", pc="97877", town="Wertheim"),
    A("de", "035931 27714", street="Hauptstraße 8", pc="02699", town="Königswartha"),
    A("de", "0151 22904716", street="Lindenallee 19", pc="25813", town="Husum"),
    A("de", "03471 628094", street="Rosa-Luxemburg-Straße 6", pc="06406", town="Bernburg (Saale)"),
    A("fr", "06 41 88 27 13", street="8 rue Victor Hugo", pc="24200", town="Sarlat-la-Canéda"),
    A("fr", "07 82 15 40 96", unit="Résidence Les Tilleuls, bât. B", street="14 allée des Mimosas", pc="17300", town="Rochefort"),
    A("fr", "05 65 40 71 28", street="Lieu-dit La Grange Neuve", pc="46160", town="Cajarc"),
    A("fr", "06 27 50 93 14", street="3 impasse du Moulin", pc="68750", town="Bergheim"),
    A("es", "612 48 93 07", street="C/ Mayor, 23", unit="2º izq.", pc="22700", town="Jaca", region="Huesca"),
    A("es", "655 210 834", street="Avda. de Andalucía, 41", pc="29400", town="Ronda", region="Málaga"),
    A("es", "686 33 17 52", street="Rúa do Vilar, 9", unit="bajo", pc="36780", town="A Guarda", region="Pontevedra"),
    A("mx", "967 118 4032", street="Calle Hidalgo 214", district="Col. Centro", pc="29200", town="San Cristóbal de las Casas", region="Chis."),
    A("mx", "415 152 7736", street="Av. Benito Juárez 88", district="Barrio de San Juan", pc="37700", town="San Miguel de Allende", region="Gto."),
    A("cl", "9 8712 4430", street="Pasaje Los Aromos 455", town="Pucón", region="La Araucanía"),
    A("pe", "984 217 630", street="Jr. Ayacucho 318", town="Urubamba", pc="08661", region="Cusco"),
    A("it", "333 482 1975", street="Via Giuseppe Garibaldi 18", pc="53024", town="Montalcino", region="SI"),
    A("it", "347 209 8813", street="Vicolo del Pozzo 5", pc="38066", town="Riva del Garda", region="TN"),
    A("it", "340 771 2864", street="Via Sassari 12", pc="08045", town="Lanusei", region="NU"),
    A("it", "081 885 4127", street="Corso Umberto I, 150", pc="80034", town="Marigliano", region="NA"),
    A("br", "(32) 98841-2370", street="Rua Tiradentes, 455", unit="apto 302", district="Centro", town="São João del-Rei", region="MG", pc="36307-352"),
    A("br", "(12) 99614-0283", street="Av. Beira-Mar, 1020", district="Itaguá", town="Ubatuba", region="SP", pc="11680-000"),
    A("br", "(62) 98127-4409", street="Rua Sete de Setembro, 77", district="Centro", town="Pirenópolis", region="GO", pc="72980-000"),
    A("br", "(41) 99873-1526", street="Rua Coronel Pacheco, 219", town="Morretes", region="PR", pc="83350-000"),
    A("nl", "06-41827390", street="Kerkstraat 14", pc="8861 AB", town="Harlingen"),
    A("nl", "06 2874 1159", street="Molenweg 22", pc="7711 EP", town="Nieuwleusen"),
    A("nl", "0223 614 902", street="Prins Hendrikstraat 31", pc="1781 KM", town="Den Helder"),
    A("pl", "601 238 447", street="ul. Kościuszki 17/4", pc="34-500", town="Zakopane"),
    A("pl", "512 904 318", street="ul. Polna 8", pc="11-500", town="Giżycko"),
    A("pl", "58 681 27 44", street="ul. Kaszubska 3", pc="83-300", town="Kartuzy"),
    A("pl", "692 417 035", street="os. Słoneczne 12/30", pc="28-100", town="Busko-Zdrój"),
    A("pl", "663 820 519", street="ul. Długa 41", pc="64-100", town="Leszno"),
    A("pl", "604 771 283", street="ul. Mickiewicza 5/2", pc="38-500", town="Sanok"),
    A("tr", "0532 418 27 60", district="Cumhuriyet Mah.", street="Gül Sok. No: 12 D: 3", pc="50400", town="Ürgüp", region="Nevşehir"),
    A("tr", "0544 219 83 05", district="Yalı Mah.", street="Deniz Cad. No: 7", pc="48400", town="Bodrum", region="Muğla"),
    A("tr", "0505 631 47 92", district="Atatürk Mah.", street="Fındık Sok. No: 4", pc="53700", town="Ardeşen", region="Rize"),
    A("ru", "8 (915) 342-18-07", street="ул. Садовая, д. 14, кв. 23", town="Суздаль", region="Владимирская обл.", pc="601293"),
    A("ru", "8 903 418-22-61", street="пр-т Ленина, д. 56, кв. 8", town="Кострома", pc="156000"),
    A("ru", "8 (917) 260-41-93", street="ул. Гагарина, д. 9", town="Елабуга", region="Республика Татарстан", pc="423600"),
    A("ua", "067 318 4520", street="вул. Тараса Шевченка, 21, кв. 5", town="Кам'янець-Подільський", region="Хмельницька обл.", pc="32300"),
    A("ua", "050 927 1146", street="вул. Садова, 3", town="Яремче", region="Івано-Франківська обл.", pc="78500"),
    A("ua", "093 205 78 11", street="вул. Лесі Українки, 14", town="Ніжин", region="Чернігівська обл.", pc="16600"),
    A("sa", "055 318 4702", street="8231 شارع الورود", district="حي الروضة", town="أبها", pc="62521"),
    A("sa", "054 720 1186", street="2417 طريق الملك عبدالعزيز", district="حي المروج", town="تبوك", pc="47913"),
    A("ae", "050 741 2298", street="فيلا 14، شارع 23", district="الجميرا 2", town="دبي"),
    A("eg", "0102 447 8813", street="12 شارع مصدق", district="الدقي", town="الجيزة"),
    A("jo", "079 540 3318", street="عمارة 5، شارع الرينبو", district="جبل عمّان", town="عمّان"),
    A("cn", "138 5752 0194", region="浙江省", town="绍兴市", district="越城区", street="中兴北路88号", unit="3幢502室", pc="312000"),
    A("cn", "159 1874 3302", region="广东省", town="深圳市", district="宝安区", street="西乡街道宝源路1031号", unit="B座1207", pc="518102"),
    A("cn", "187 8721 4056", region="云南省", town="大理市", district="古城", street="人民路217号", pc="671003"),
    A("jp", "090-4127-8830", pc="399-4117", region="長野県", town="駒ヶ根市", street="赤穂1203-5"),
    A("jp", "080-6314-2295", pc="904-0105", region="沖縄県", town="北谷町", street="吉原318", unit="コーポ美浜201"),
    A("jp", "0256-52-3817", pc="959-1313", region="新潟県", town="加茂市", street="幸町2丁目3-14"),
    A("kr", "010-4182-7730", region="강원특별자치도", town="속초시", street="중앙로129번길 15", unit="302호", pc="24822"),
    A("kr", "010-9021-3364", region="전북특별자치도", town="전주시 완산구", street="풍남문2길 41", pc="55041"),
    A("kr", "010-5537-2018", region="경상북도", town="안동시", street="퇴계로 180", unit="101동 1203호", pc="36702"),
    A("gr", "694 512 3308", street="Αγίου Νικολάου 14", pc="211 00", town="Ναύπλιο"),
    A("gr", "697 220 4815", street="Ελευθερίου Βενιζέλου 37", pc="731 00", town="Χανιά"),
    A("hi", "98290 41736", street="मकान नं. 45, गली नं. 3", district="शिवपुरी कॉलोनी", town="अलवर", region="राजस्थान", pc="301001"),
    A("hi", "94153 27810", street="ग्राम व पोस्ट मझौली राज", district="तहसील सलेमपुर", town="देवरिया", region="उत्तर प्रदेश", pc="274509"),
    A("vn", "0905 318 442", street="Số 18 ngõ 42 Trần Phú", district="phường Minh An", town="Hội An", region="Quảng Nam"),
    A("vn", "0938 214 705", street="27/4 Hùng Vương", district="Phường 9", town="Đà Lạt", region="Lâm Đồng"),
    A("id", "0812-2741-5530", street="Jl. Merpati No. 17", unit="RT 03/RW 05", district="Kel. Sidorejo Lor", town="Salatiga", pc="50711"),
    A("id", "0813-7062-4419", street="Jl. Dr. Wahidin No. 8", district="Kec. Sipirok", town="Tapanuli Selatan", pc="22742"),
    A("se", "070-318 44 27", street="Storgatan 12 B", pc="931 31", town="Skellefteå"),
    A("se", "073-512 08 66", street="Kyrkvägen 4", pc="962 31", town="Jokkmokk"),
    A("cz", "604 218 937", street="Masarykovo nám. 9", pc="675 71", town="Náměšť nad Oslavou"),
    A("cz", "737 480 112", street="Palackého 214", pc="757 01", town="Valašské Meziříčí"),
]


# ---------------------------------------------------------------- drawing

RNG = random.Random(SEED)
USED: Counter = Counter()


TUSED: Counter = Counter()  # uses within the current template
CUR = {"template": ""}


def least_used(items: list, row_used: set) -> object:
    """Draw the item least used in this template, then overall; ties by RNG."""
    free = [x for x in items if id(x) not in row_used]

    def key(x) -> tuple[int, int]:
        return (TUSED[(CUR["template"], id(x))], USED[id(x)])

    low = min(key(x) for x in free)
    pick = RNG.choice([x for x in free if key(x) == low])
    USED[id(pick)] += 1
    TUSED[(CUR["template"], id(pick))] += 1
    row_used.add(id(pick))
    return pick


class Ctx:
    """What a template sees: the row index `k` and least-used draws."""

    def __init__(self, k: int):
        self.k = k
        self.row_used: set = set()
        self.rng = RNG

    def person(self, pool: str = "w") -> Person:
        return least_used([p for p in PEOPLE if p.pool == pool], self.row_used)

    def people(self, n: int, pool: str = "w") -> list[Person]:
        return [self.person(pool) for _ in range(n)]

    def person_of(self, *cultures: str) -> Person:
        return least_used([p for p in PEOPLE if p.culture in cultures], self.row_used)

    def addr(self, *ccs: str) -> Addr:
        return least_used([a for a in ADDRS if a.cc in ccs], self.row_used)

    def v(self, options: list):
        """The k-th variant (templates vary their wording row by row)."""
        return options[self.k % len(options)]

    def digits(self, n: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def upper(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def rm(self) -> str:
        """A Royal Mail style tracked number."""
        return f"{self.upper(2)}{self.digits(9)}GB"

    def ups(self) -> str:
        return f"1Z{self.upper(3)}{self.digits(3)}{self.upper(1)}{self.digits(9)}"

    def times(self, n: int, lo: int = 8, hi: int = 18) -> list[str]:
        """n increasing clock times a few minutes apart."""
        m = self.rng.randrange(lo * 60, hi * 60)
        out = []
        for _ in range(n):
            out.append(f"{m // 60:02d}:{m % 60:02d}")
            m += self.rng.randrange(0, 4)
        return out

    def hhmm(self, lo: int = 7, hi: int = 19) -> str:
        return f"{self.rng.randrange(lo, hi):02d}:{self.rng.randrange(0, 60):02d}"


TEMPLATES: list[dict] = []


def tpl(cls: str, name: str, lang: str, n: int, case=None):
    """Register a template: class, name, language, rows, casing.

    `case` is None, "lower", "upper", or a list giving each row's casing.
    """
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n,
                          "fn": fn, "case": case})
        return fn
    return deco


# ================================================================ personal, English
# ---- delivery notes, failed deliveries, POD, address corrections

@tpl("delivery_notes", "failed_card_rewrite", "en", 3)
def t_failed_card(c: Ctx) -> str:
    p, d = c.person(), c.person()
    a = c.addr("uk", "ie")
    reason = c.v(["no answer, no safe place", "gate locked + dog in garden",
                  "nobody in, neighbours refused", "door code for the block didnt work"])
    intro = c.v(["Can you rewrite this failed delivery card so it sounds friendlier? Driver typed it on the handheld.",
                 "make this less blunt pls, customers keep complaining about the wording:",
                 "Rewrite for our new card template (max 400 chars), keep the facts:",
                 "Our franchise driver wrote this, can you turn it into something we can actually leave on a door"])
    return f"""{intro}

SORRY WE MISSED YOU
To: {PER(p.full)}
{a.line()}
Attempt 1 - {c.hhmm()} - {reason}
Parcel back to depot. Rebook online or ring us. Not collected in 7 days = returned to sender.
Driver: {PER(d.g)} (route {c.digits(2)})"""


@tpl("delivery_notes", "safe_place_msg", "en", 3, case="lower")
def t_safe_place(c: Ctx) -> str:
    p, n = c.person(), c.person()
    a = c.addr("uk", "au", "nz")
    spot = c.v(["in the blue recycling box by the side gate", "behind the water butt round the back",
                "in the meter cupboard, its not locked"])
    return f"""customer msg from the chat widget, turn it into a delivery instruction for the label (max 60 chars):

"hi its {PER(p.g)} at {a.L('street')}, {a.L('town')}. i work nights so please dont knock before 2pm!! leave it {spot} or with {PER(n.full)} next door. my number is {PH(a.phone)} if the driver gets lost, the sat nav always sends ppl to the farm"
"""


CARRIER_OF = {"uk": "Royal Mail Tracked 48", "us": "UPS Ground", "ca": "Canada Post Expedited",
              "au": "Australia Post eParcel", "nz": "NZ Post", "ie": "An Post"}


@tpl("delivery_notes", "address_correction", "en", 3, case=[None, "lower", None])
def t_addr_fix(c: Ctx) -> str:
    p = c.person()
    a = c.addr("uk", "us", "ca", "au")
    pc = a.pc
    wrong = pc[:-2] + pc[-1] + pc[-2] if pc[-1] != pc[-2] else pc[:-1] + "0"
    em = p.email(c.v(["gmail.com", "outlook.com", "icloud.com", "yahoo.co.uk"]), c.k)
    ask = c.v(["Draft the reply to the customer and tell me if we can still change the label after manifest.",
               "what do I say to them? order already shows 'label created' in ShipStation",
               "Can you write a short reply + an internal note for the warehouse team?",
               "Write the reply, and should I void the label or just amend the address with the carrier?"])
    return f"""Ticket #{c.digits(6)} - address correction
Customer: {PER(p.full)}
Email: {EM(em)}
Says the postcode on the order is wrong: entered {LOC(wrong)}, should be {LOC(pc)}.
Street is right: {a.street_line()}, {a.L('town')}.
Order ships today via {CARRIER_OF[a.cc]}.

{ask}"""


@tpl("delivery_notes", "pod_dispute", "en", 3)
def t_pod(c: Ctx) -> str:
    p = c.person()
    a = c.addr("uk", "us", "ie")
    sig = p.f.upper() if c.k != 1 else f"{p.g[0]}.{p.f}".upper()
    return f"""POD dispute, need help wording my reply.
Tracking {c.ups() if a.cc == 'us' else c.rm()} shows delivered {c.hhmm()} yesterday, signed "{PER(sig)}", GPS pin about 40 m from the address.
Customer {PER(p.full)} says nothing arrived and that's not their signature, they were at work all day.
Label address: {a.line()}
Photo on the POD is a parcel on a step with a red door. Customer says their door is grey.
What do I tell them and what do I ask the driver?"""


@tpl("delivery_notes", "age_verify", "en", 3)
def t_age(c: Ctx) -> str:
    p = c.person()
    d = c.person()
    dob = c.v(["14/03/2004", "3 Nov 2005", "2006-01-22"])
    item = c.v(["a knife block from Lakeland", "2 bottles of Laphroaig", "a vape kit"])
    return f"""Age-verified delivery question. Driver {PER(d.full)} handed over {item} last night and wrote this on the POD:
"ID checked - provisional licence - {PER(p.full)} - DOB {DOB(dob)} - looked young but ID ok"
Is it OK for the driver to write the DOB on the POD like that, or should the handheld only record 'ID seen: yes'? We're a small courier using Sorted and the retailer is asking for our Challenge 25 policy. Draft a 5-line policy."""


@tpl("delivery_notes", "one_line_asks", "en", 3, case=[None, "lower", None])
def t_one_line(c: Ctx) -> str:
    p = c.person()
    a = c.addr("uk", "ie", "au", "nz", "ca")
    return c.v([
        f"What's the kindest way to tell {PER(p.full)} their sofa is delayed another 2 weeks? They already took Friday off to wait in.",
        f"draft a text to {PER(p.g)} saying the driver will be at {a.L('street')} between 2 and 4 tomorrow and to keep the dog in",
        f"Is {PH(a.phone)} a mobile or a landline? It's the only contact number {PER(p.full)} left on the order and the driver wants to text ahead.",
    ])


@tpl("delivery_notes", "label_ocr", "en", 2, case="upper")
def t_label_ocr(c: Ctx) -> str:
    p = c.person()
    a = c.addr("uk", "us", "ie")
    return f"""Fix the OCR mistakes in this scanned label and give me the address in clean lines:

SHIP TO:
{PER(p.full)}
{a.block()}
TEL {PH(a.phone)}
PARCEL 1 OF 1   WT 2.4KG   SERVICE: NEXT DAY
REF: ORD-{c.digits(6)}   DO NOT BEND"""


# ---- customs brokers and declarations

@tpl("customs_broker", "cbp5106_email", "en", 2)
def t_cbp(c: Ctx) -> str:
    p = c.person()
    a = c.addr("us")
    ssn, dob = c.v([("524-71-3086", "07/19/1983"), ("431-58-2907", "11/02/1969")])
    ship = c.v(["MSKU 418203-7 on the Maersk Kinloss into Savannah", "a 20ft LCL consolidation via Houston, ETA next Thursday"])
    return f"""Please rewrite this so it reads less like a legal notice, same info:

Dear {PER(p.g)},
To clear your household goods ({ship}) as a private importer, US Customs requires CBP Form 5106 on file before we can file entry. We have the following for you, please confirm it is correct:
Name: {PER(p.full)}
SSN: {SSN(ssn)}
Date of birth: {DOB(dob)}
US residence: {a.line()}
Phone: {PH(a.phone)}
Failure to respond within 5 business days may result in demurrage and GO storage charges."""


@tpl("customs_broker", "tor1_notes", "en", 3)
def t_tor(c: Ctx) -> str:
    p = c.person()
    home = c.addr("uk")
    dob = c.v(["12/08/1977", "30 June 1990", "1985-02-11"])
    origin = c.v(["Dubai", "Sydney", "Cape Town"])
    em = p.email(c.v(["gmail.com", "btinternet.com", "proton.me"]), c.k + 1)
    return f"""Summarise what's still missing for this Transfer of Residence (ToR01) application, bullet points please.

Client notes:
- applicant {PER(p.full)}, DOB {DOB(dob)}
- moving back to UK from {origin} after 6 yrs, new address {home.line()}
- mob {PH(home.phone)}, email {EM(em)}
- goods: 20ft FCL, Maersk, arriving Felixstowe approx 3 wks, packed by Crown Relocations
- has proof of residence abroad (tenancy + utility bills), no proof of UK address yet
- car? "maybe, a 2019 Toyota Land Cruiser" - need to check 6 months ownership rule"""


@tpl("customs_broker", "duty_bill_complaint", "en", 3, case=[None, None, "lower"])
def t_duty(c: Ctx) -> str:
    p = c.person()
    carrier, shop, amt = c.v([("DHL", "a Uniqlo store in Osaka", "£38.71 import VAT + £11 admin fee"),
                              ("UPS", "an Etsy seller in Vermont", "€46.20 VAT and a €21.50 brokerage fee"),
                              ("FedEx", "Zara's US site by mistake", "£29.40 VAT + £12.60 disbursement")])
    em = p.email(c.v(["gmail.com", "hotmail.com", "yahoo.ie"]), c.k + 2)
    return f"""Customer wrote in, I need a calm reply explaining why they got a duty bill and whether they can refuse the parcel.

> Hello, I have just had a text from {carrier} asking me for {amt} before they'll deliver a jacket I bought from {shop}. Nobody told me about this when I ordered!! I paid for shipping already. Is this a scam? The tracking is {c.digits(10)}.
> {PER(p.full)}
> {EM(em)}"""


@tpl("customs_broker", "kyc_clearance_notes", "en", 3)
def t_kyc(c: Ctx) -> str:
    country, cults, cc, idname, idval = c.v([
        ("India", ("Hindi", "Tamil", "Malayali", "Telugu", "Gujarati"), "in", "Aadhaar", "7341 8205 9675"),
        ("Brazil", ("Brazilian",), "br", "CPF", "418.273.950-79"),
        ("Chile", ("Chilean",), "cl", "RUT", "16.482.307-5"),
    ])
    p = c.person_of(*cults)
    a = c.addr(cc)
    return f"""Broker desk notes, shipment held at destination customs ({country}). Can you turn these into a checklist for the client service team so they know what to chase?

AWB 176-{c.digits(8)} / 2 pcs / 14.2 kg / used laptop + clothes
Consignee: {PER(p.full)}, {a.line()}
Tel {PH(a.phone)}
{idname}: {NID(idval)} (received by email, matches name)
Still missing: invoice showing value, letter stating goods are personal effects, copy of passport page
Agent in {country} says storage starts day 4."""


# ---- claims for lost and damaged parcels

@tpl("lost_claims", "claim_form_check", "en", 3)
def t_claim_form(c: Ctx) -> str:
    p = c.person()
    cc, iban = c.v([("uk", "GB68 LOYD 3094 1758 2041 63"), ("de", "DE44 5001 0517 5407 3249 31"),
                    ("nl", "NL82RABO0318472956"), ("be", "BE92 0634 5189 2723")])
    a = c.addr(cc)
    item, val = c.v([("vintage Omega Seamaster", "£640"), ("Nintendo Switch OLED + 3 games", "€389"),
                     ("hand-thrown ceramic set (Etsy sale)", "€215"), ("2x Apple AirPods Pro", "€498")])
    em = p.email(c.v(["gmail.com", "web.de", "ziggo.nl", "telenet.be"]), c.k)
    return f"""I'm filing a lost parcel claim with the carrier, can you check I've filled everything in and make the description clearer?

Claimant name: {PER(p.full)}
Address: {a.line()}
Phone: {PH(a.phone)}
Email: {EM(em)}
Tracking no: {c.rm() if cc == 'uk' else c.digits(14)}
Contents: {item}
Declared value: {val}
Description of loss: tracking stuck on 'at sorting hub' for 19 days, seller says its lost, they told me to claim myself
Refund to IBAN: {IBAN(iban)}"""


@tpl("lost_claims", "claim_thread", "en", 3)
def t_claim_thread(c: Ctx) -> str:
    p, agent = c.person(), c.person()
    em = p.email(c.v(["gmail.com", "outlook.com", "icloud.com"]), c.k + 3)
    carrier = c.v(["Evri", "Parcelforce", "DPD"])
    return f"""Summarise this thread for my manager in 3 lines and tell me what we should offer.

From: {PER(p.full)} <{EM(em)}>
Subject: RE: RE: Claim CLM-{c.digits(7)}
It's been 6 weeks. You said the claim was approved on the 3rd and I still have nothing. I want the £180 or I'm going to Trading Standards.

> From: {PER(agent.full)}, {carrier} Claims Team
> Hi {PER(p.g)}, thanks for your patience. Your claim has been approved and payment will be made within 10 working days.

>> From: {PER(p.g)}
>> The parcel was a Dyson hair dryer. The photo you sent shows it left at a house that isn't mine."""


@tpl("lost_claims", "card_phone_transcript", "en", 2)
def t_card_call(c: Ctx) -> str:
    p = c.person()
    card, exp = c.v([("4929 1837 6402 5510", "09/27"), ("5453 0128 7734 9064", "04/28")])
    return f"""QA check: is this call compliant with PCI? Our agents aren't supposed to take card numbers verbally. Transcript from the redelivery line:

AGENT: You're through to Redelivery, can I take the tracking number?
{PER(p.g.upper())}: It's {c.upper(2)}{c.digits(9)}GB. I need to pay the customs charge, the app keeps failing.
AGENT: No problem, and the name on the parcel?
{PER(p.g.upper())}: {PER(p.full)}.
AGENT: I can take the card now if you like.
{PER(p.g.upper())}: OK it's {CARD(card)}, expiry {exp}, and the three digits on the back are {c.digits(3)}.
AGENT: Lovely, that's gone through."""


@tpl("lost_claims", "damage_note_lower", "en", 3, case="lower")
def t_damage(c: Ctx) -> str:
    p = c.person()
    a = c.addr("uk", "ie", "au")
    thing, carrier = c.v([("the lamp base is in bits", "yodel"), ("two of the plates are smashed", "evri"),
                          ("the guitar neck has snapped", "aramex")])
    return f"""box arrived completely crushed, {thing}. order was for {PER(p.full)}, {a.line()}. courier was {carrier}, driver just dumped it and drove off. i've got photos. what do i write to the seller to get a refund and do i claim from the courier or them??"""


# ---- manifests, exports, tracking JSON, dispatch logs

@tpl("dispatch_data", "manifest_csv", "en", 3)
def t_manifest(c: Ctx) -> str:
    rows = []
    cc = c.v([("uk",), ("us",), ("uk", "ie")])
    for _ in range(3):
        p = c.person()
        a = c.addr(*cc)
        street = ", ".join(a.L(k) for k in ("unit", "house", "street") if a.has(k))
        street = f'"{street}"' if "," in a.f.get("street", "") or a.has("unit") or a.has("house") else street
        rows.append(f"{c.digits(10)},{PER(p.full)},{street},{a.L('town')},{a.L('pc')},{PH(a.phone)},{c.v(['NDAY', 'ECO', 'SAT'])},{c.rng.randrange(1, 30)}.{c.digits(1)}")
    body = "\n".join(rows)
    ask = c.v(["Why does Excel split some of these rows into extra columns? Fix the CSV so it imports into DPD Shipper.",
               "write me a python snippet that flags rows where the postcode doesnt look valid",
               "Convert to the JSON format our carrier API wants (recipient, addressLine1, city, postalCode, phone)."])
    return f"""{ask}

consignment,recipient,address1,town,postcode,phone,service,weight_kg
{body}"""


@tpl("dispatch_data", "tracking_json", "en", 3)
def t_track_json(c: Ctx) -> str:
    p = c.person()
    a = c.addr("us", "ca", "au", "nz")
    sig = p.f.upper()
    q = c.v(["Can you write a TypeScript interface for this response? Some fields are optional.",
             "Why does our Shopify app show this as 'in transit' when status is DELIVERED?",
             "Explain what each event code means so I can map them in our dashboard."])
    return f"""{q}

{{
  "trackingNumber": "{c.digits(12)}",
  "carrier": "{c.v(['fedex', 'canada_post', 'auspost'])}",
  "status": "DELIVERED",
  "recipient": {{
    "name": "{PER(p.full)}",
    "phone": "{PH(a.phone)}",
    "address": {{"line1": "{a.L('street')}", "city": "{a.L('town')}", "region": "{LOC(a.f.get('region', '')) if a.has('region') else ''}", "postalCode": "{a.L('pc')}"}}
  }},
  "proofOfDelivery": {{"signedBy": "{PER(sig)}", "photo": true}},
  "events": [
    {{"code": "PU", "desc": "Picked up", "ts": "2025-03-0{c.k + 3}T09:12:00Z"}},
    {{"code": "AR", "desc": "Arrived at facility", "ts": "2025-03-0{c.k + 4}T02:40:00Z"}},
    {{"code": "DL", "desc": "Delivered, left at front door", "ts": "2025-03-0{c.k + 5}T16:05:00Z"}}
  ]
}}"""


@tpl("dispatch_data", "dispatch_log", "en", 3, case=[None, None, "lower"])
def t_dispatch_log(c: Ctx) -> str:
    d1, d2, cust = c.person(), c.person(), c.person()
    a = c.addr("uk", "ie", "za", "ng", "ke")
    return f"""Turn this dispatch log into a short incident summary for the client (no internal jargon):

06:42 VAN {c.digits(2)} {PER(d1.full)} out for delivery, {c.rng.randrange(80, 140)} stops
09:15 {PER(d1.g)} reports road closed, rerouting via bypass
11:03 cust {PER(cust.full)} called, wants parcel held, at hospital appt till 3
11:05 {PER(d2.g)} (dispatch) moved stop to end of run
15:48 {PER(d1.g)} at {a.street_line()}, {a.L('town')} - no answer, left card
16:10 cust rang back fuming, says was home from 15:30
16:12 rebooked AM tomorrow, priority"""


@tpl("dispatch_data", "route_sheet_table", "en", 3, case=[None, None, "lower"])
def t_route_table(c: Ctx) -> str:
    lines = []
    cc = c.v([("uk",), ("au", "nz"), ("us", "ca")])
    for i in range(3):
        p = c.person()
        a = c.addr(*cc)
        note = ["leave w/ neighbour ok", "call on arrival", "side door, dog!"][i]
        lines.append(f"| {i + 1} | {PER(p.full)} | {a.street_line()} | {a.L('town')} | {a.L('pc')} | {PH(a.phone)} | {note} |")
    body = "\n".join(lines)
    ask = c.v(["Reorder these stops for the shortest route starting from the depot, keep the table.",
               "Make this table printable for the driver (bigger notes column, drop phone numbers? or keep?)",
               "can you add a column for time windows, customers 1 and 3 asked for AM"])
    return f"""{ask}

| # | Name | Address | Town | Postcode | Phone | Notes |
|---|---|---|---|---|---|---|
{body}"""


@tpl("dispatch_data", "pharmacy_home_delivery", "en", 2)
def t_pharm(c: Ctx) -> str:
    p1, p2 = c.person(), c.person()
    a1, a2 = c.addr("uk"), c.addr("uk")
    return f"""We run the home-delivery van for a hospital outpatient pharmacy. Make a driver checklist from tomorrow's cold-chain manifest (don't drop any field, drivers need them for ID checks):

1) {PER(p1.full)} | DOB {DOB(c.v(['04/09/1951', '17/12/1946']))} | Hosp no {MRN(c.v(['K2291047', 'RX0083315']))} | {a1.line()} | {PH(a1.phone)} | 2 boxes, 2-8°C, Humira pens
2) {PER(p2.full)} | DOB {DOB(c.v(['22/01/1963', '09/05/1958']))} | Hosp no {MRN(c.v(['K3307721', 'RX0091462']))} | {a2.line()} | {PH(a2.phone)} | 1 box ambient, signature required"""


# ---- removals firms

@tpl("removals", "removal_quote_email", "en", 3, case=[None, None, "lower"])
def t_removal_quote(c: Ctx) -> str:
    p = c.person()
    cc = c.v([("uk",), ("au",), ("us",), ("ca",)])
    a, b = c.addr(*cc), c.addr(*cc)
    em = p.email(c.v(["gmail.com", "bigpond.com", "yahoo.com", "shaw.ca"]), c.k + 1)
    items = c.v(["3-bed semi, piano (upright Yamaha), loft full of boxes",
                 "2-bed unit, king bed, Weber BBQ, 2 bikes",
                 "1-bed apt on 3rd floor no elevator, IKEA PAX wardrobe, Peloton",
                 "4-bed house, pool table, chest freezer, garage stuff"])
    return f"""Help me reply to this quote request with a rough price range and the questions we always ask (access, parking, packing):

Name: {PER(p.full)}
Moving from: {a.line()}
Moving to: {b.line()}
Date: flexible, ideally last week of the month
Contents: {items}
Phone: {PH(a.phone)}
Email: {EM(em)}
Message: "Need someone reliable, last lot broke my mum's mirror. Can you do packing too?\""""


@tpl("removals", "survey_notes", "en", 3)
def t_survey(c: Ctx) -> str:
    p, q = c.person(), c.person()
    a = c.addr("uk", "ie")
    surveyor = c.person()
    return f"""Tidy up my home survey notes into a proper survey report (volume, access, risks):

Survey {c.digits(5)} - {PER(surveyor.g)}
Customers: {PER(p.full)} + partner {PER(q.g)}
Property: {a.line()}
- terraced, narrow stairs, sofa (Chesterfield 3 seater) prob won't go round the bend, may need to come out via window
- approx 1100 cu ft, 2 x Luton vans
- parking: residents permit zone, need to suspend 2 bays w/ council
- {PER(q.g)} WFH, wants office packed last
- fragile: grandfather clock, framed prints, Le Creuset stuff"""


@tpl("removals", "intl_packing_list", "en", 3, case=[None, "upper", None])
def t_intl_pack(c: Ctx) -> str:
    p = c.person()
    to_cc, fr_cc = c.v([("nz", "uk"), ("ca", "ie"), ("au", "za")])
    a, b = c.addr(fr_cc), c.addr(to_cc)
    dob = c.v(["21.04.1982", "1979-10-06", "05/12/1988"])
    return f"""Check this packing list header before it goes to the shipping line, anything missing for customs at destination?

INTERNATIONAL REMOVAL - PACKING LIST / INVENTORY
Shipper: {PER(p.full)}   DOB: {DOB(dob)}
Origin address: {a.line()}
Destination address: {b.line()}
Contact at destination: {PH(b.phone)}
Mode: 20' FCL, door to door, CMA CGM
Items: 212 (see attached), incl. bicycle x2 (cleaned), garden tools (cleaned, no soil), wooden carvings x3"""


# ---- marketplace sellers and returns desks

@tpl("marketplace_returns", "seller_reply", "en", 3, case=[None, "lower", None])
def t_seller(c: Ctx) -> str:
    b = c.person()
    a = c.addr("uk", "us", "ie", "au")
    site = c.v(["eBay", "Etsy", "Vinted", "Depop"])
    msg = c.v(["Item not as described, the colour is totally different to the photos. I want a full refund incl postage.",
               "still not here after 12 days, tracking hasn't moved since it left your town. are you sure you sent it??",
               "Parcel came but the box was empty!! Only the packing paper inside.",
               "can u send it to my work address instead, I'm never home"])
    return f"""I sell vintage clothes on {site}. Help me answer this buyer politely but firmly, I have proof of postage.

Order #{c.digits(8)}
Buyer: {PER(b.full)} ({PER(b.local(c.k + 2))})
Ship to: {a.line()}

Message: "{msg}\""""


@tpl("marketplace_returns", "rma_ticket", "en", 3)
def t_rma(c: Ctx) -> str:
    p, agent = c.person(), c.person()
    a = c.addr("uk", "de", "nl", "fr", "es", "pt", "at")
    em = p.email(c.v(["gmail.com", "gmx.de", "orange.fr"]), c.k + 4)
    prod = c.v(["Bosch cordless drill", "Philips Sonicare toothbrush", "Samsung Galaxy Buds"])
    return f"""Returns desk, can you write the customer update for this RMA?

RMA-{c.digits(6)} | opened by {PER(agent.g)}
Customer: {PER(p.full)} / {EM(em)}
Return from: {a.line()}
Product: {prod}, reason "stopped working after 2 weeks"
Label sent: yes (InPost/DPD drop-off) | Received at Venlo returns hub: YES, 3 days ago
Inspection: unit works fine, no fault found
Next step: ??? customer wants refund, policy says return to customer at their cost if NFF"""


@tpl("marketplace_returns", "fraud_ip_check", "en", 3)
def t_fraud(c: Ctx) -> str:
    p = c.person()
    a = c.addr("uk", "us", "ca", "au", "ie", "sg", "nz")
    ip1, ip2 = c.v([("86.142.37.201", "185.220.101.47"), ("73.218.64.19", "45.133.1.98"),
                    ("2a02:c7c:5d21:9f00:b1e4:3a9d:7c20:11f4", "194.26.135.77")])
    em = p.email(c.v(["gmail.com", "yahoo.com", "hotmail.com"]), c.k + 5)
    return f"""Fraud team notes on a marketplace order. Write a short decision note (hold / release) with reasons:

Account: {EM(em)} (created 2 days ago)
Name on account: {PER(p.full)}
Billing address: {a.line()}
Ship-to: parcel locker, different city
Login IPs: {IP(ip1)} (matches billing area), {IP(ip2)} (hosting provider / VPN)
Order: 3x iPhone 16 Pro, express, paid with new card
Phone on account: {PH(a.phone)} - verified by SMS"""


SHOP_CARRIER = {"us": "USPS Ground Advantage", "ca": "Canada Post", "uk": "Royal Mail Tracked 24",
                "au": "Australia Post Parcel Post"}


@tpl("marketplace_returns", "shopify_order_paste", "en", 3)
def t_shopify(c: Ctx) -> str:
    p = c.person()
    a = c.addr("us", "ca", "uk", "au")
    em = p.email(c.v(["gmail.com", "icloud.com", "outlook.com"]), c.k)
    return f"""Pasted from Shopify admin. The customer says they never got the shipping confirmation. Can you tell me what might be wrong and draft the email?

Order #{1000 + c.rng.randrange(9000)}
Fulfilled · {SHOP_CARRIER[a.cc]}
Customer
{PER(p.full)}
{EM(em)}
{PH(a.phone)}
Shipping address
{PER(p.full)}
{a.block(country=True)}
Notes: "gift, pls no invoice in the box\""""


# ---- drivers, dispatchers and customers in chat

@tpl("driver_chat", "whatsapp_export", "en", 3, case=[None, None, "lower"])
def t_wa_export(c: Ctx) -> str:
    d, cust = c.person(), c.person()
    a = c.addr("uk", "ng", "ke", "za", "in", "ph")
    t = c.times(7, 8, 12)
    van = c.digits(2)
    dn = f"{PER(d.g)} Van {van}"
    return f"""Exported WhatsApp chat between one of our drivers and a customer. The customer says the driver was rude. Was that fair? Summarise neutrally.

[{t[0]}] {dn}: Hi, delivery driver here, outside {a.street_line()}, no one answering
[{t[1]}] {PER(cust.full)}: Who gave you this number
[{t[2]}] {dn}: Its on the label. Can I leave it at the gate
[{t[3]}] {PER(cust.full)}: NO. Ring {PH(a.phone)}, my wife is in
[{t[4]}] {dn}: I did ring it 3 times
[{t[5]}] {PER(cust.full)}: Then wait
[{t[6]}] {dn}: I have 90 more drops, taking it back to depot"""


@tpl("driver_chat", "dispatcher_call", "en", 3)
def t_disp_call(c: Ctx) -> str:
    d, disp, cust, mate = c.person(), c.person(), c.person(), c.person()
    a = c.addr("us", "ca", "au")
    return f"""Summarise this radio/phone transcript for the shift log. Keep times.

[14:02] DISPATCH ({PER(disp.g.upper())}): {PER(d.g)}, where are you at, customer's chasing the fridge.
[14:02] {PER(d.g.upper())}: Stuck behind a wreck on the highway, 20 out.
[14:03] DISPATCH: Ok. Customer is {PER(cust.full)}, {a.street_line()}, {a.L('town')}. Gate code is 4471.
[14:03] {PER(d.g.upper())}: Copy. Two-man lift?
[14:04] DISPATCH: Yeah, {PER(mate.g)} meets you there. Call ahead on {PH(a.phone)}."""


@tpl("driver_chat", "driver_group_chat", "en", 3, case="lower")
def t_group(c: Ctx) -> str:
    a1, a2, a3 = c.person(), c.person(), c.person()
    a = c.addr("uk", "ie")
    return f"""this is from our drivers group chat, can you pull out every customer complaint / issue as a list so i can log them

{PER(a1.g)}: anyone else got a drop for {PER(c.person().full)} {a.street_line()}? 3rd time this wk, never in
{PER(a2.g)}: yeh leave it at the pub they said its fine
{PER(a3.g)}: no dont, {PER(c.person().g)} got a complaint for that last month
{PER(a1.g)}: fine bringing it back
{PER(a2.g)}: also {a.L('town')} roadworks again, avoid the high st
{PER(a3.g)}: van 9 tyre light on, who had it yesterday"""


@tpl("driver_chat", "depot_handover", "en", 3)
def t_handover(c: Ctx) -> str:
    s1, s2, s3 = c.person(), c.person(), c.person()
    cust = c.person()
    a = c.addr("uk", "au", "nz", "za")
    return f"""Write this night-shift handover up properly for the depot manager:

NIGHTS -> EARLIES handover, shift lead {PER(s1.full)}
- trunk from hub 45 min late, sort finished 05:10
- {PER(s2.g)} off sick, {PER(s3.g)} covering loader 3
- cage 14 shortage x6, scanned at hub not here
- customer {PER(cust.full)} ({a.street_line()}, {a.L('town')}) rang 3x re missing parcel, promised callback by 10 on {PH(a.phone)}
- forklift 2 still tagged out"""


# ================================================================ build and check

def build() -> list[dict]:
    RNG.seed(SEED)
    USED.clear()
    TUSED.clear()
    rows = []
    for t in TEMPLATES:
        CUR["template"] = t["name"]
        for k in range(t["n"]):
            c = Ctx(k)
            marked = t["fn"](c).strip()
            case = t["case"][k] if isinstance(t["case"], list) else t["case"]
            text, spans = unmark(marked, case)
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{k}",
                "text": text,
                "spans": spans,
                "source": SOURCE,
                "class": t["cls"],
                "template": t["name"],
                "locale": "",
            })
    return rows


def check(rows: list[dict]) -> None:
    ids, texts = set(), set()
    per_template = Counter(r["template"] for r in rows)
    names = [t["name"] for t in TEMPLATES]
    assert len(names) == len(set(names)), "template names must be unique"
    assert len(TEMPLATES) >= 80, f"only {len(TEMPLATES)} templates"
    assert max(per_template.values()) <= 5, per_template.most_common(3)
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids, f"duplicate id {r['id']}"
        assert r["text"] not in texts, f"duplicate text {r['id']}"
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        assert r["locale"] == ""
        assert "⟦" not in r["text"] and "⟧" not in r["text"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap or unsorted", s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], (r["id"], r["spans"])
        else:
            assert r["spans"], f"no span in personal row {r['id']}"
    # every hand-typed person and address is used at least once
    assert all(USED[id(p)] for p in PEOPLE), [p.full for p in PEOPLE if not USED[id(p)]]
    assert all(USED[id(a)] for a in ADDRS), [a.phone for a in ADDRS if not USED[id(a)]]


def lang_of() -> dict:
    return {t["name"]: t["lang"] for t in TEMPLATES}


def report(rows: list[dict]) -> str:
    lang = lang_of()
    out = []
    clean = sum(r["class"].startswith("clean_") for r in rows)
    out.append(f"rows {len(rows)}  personal {len(rows) - clean}  pii-free {clean}  templates {len(TEMPLATES)}")
    out.append("classes: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(r['class'] for r in rows).items())))
    out.append("spans: " + ", ".join(f"{k} {v}" for k, v in Counter(s['type'] for r in rows for s in r['spans']).most_common()))
    lc = Counter(lang[r["template"]] for r in rows)
    non_en = len(rows) - lc["en"]
    out.append(f"languages {len(lc)} (non-English rows {non_en}, {100 * non_en / len(rows):.0f}%): "
               + ", ".join(f"{k} {v}" for k, v in lc.most_common()))
    pers = Counter((lang[r["template"]], r["class"].startswith("clean_")) for r in rows)
    out.append("by language personal/clean: " + ", ".join(
        f"{k} {pers[(k, False)]}/{pers[(k, True)]}" for k, _ in lc.most_common()))
    cases: Counter = Counter()
    for t in TEMPLATES:
        for k in range(t["n"]):
            cases[t["case"][k] if isinstance(t["case"], list) else t["case"]] += 1
    out.append(f"lower-case rows {cases['lower']}, capitals rows {cases['upper']}")
    used = {p.culture for p in PEOPLE if USED[id(p)]}
    out.append(f"people used {sum(1 for p in PEOPLE if USED[id(p)])}/{len(PEOPLE)}, culture tags {len(used)}; "
               f"addresses used {sum(1 for a in ADDRS if USED[id(a)])}/{len(ADDRS)}")
    return "\n".join(out)


# ================================================================ PII-free, English
# ---- carriers and brands

@tpl("clean_carriers", "carrier_compare", "en", 3, case=[None, None, "lower"])
def c_carrier_compare(c: Ctx) -> str:
    return c.v([
        "Is Evri the same company as Hermes? My Vinted parcels say Evri but the old labels say Hermes UK. And is it related to Hermès the handbag brand at all?",
        "For a small Shopify store shipping 200 parcels a week in the UK, compare Royal Mail Click & Drop, Evri, DPD and Yodel on price, tracking and claims. Table please.",
        "Whats the actual difference between DHL Express, DHL eCommerce and DHL Freight? Customers keep asking why their 'DHL' parcel was delivered by Royal Mail.",
    ])


@tpl("clean_carriers", "carrier_leaders", "en", 2)
def c_carrier_leaders(c: Ctx) -> str:
    return c.v([
        "Write a 150-word intro for our logistics newsletter about Fred Smith founding FedEx in Memphis in 1971, and how Raj Subramaniam took over as CEO.",
        "Who runs Maersk now, is it still Vincent Clerc? And what did Søren Skou do before him? I'm preparing slides on the 'integrator' strategy.",
    ])


@tpl("clean_carriers", "brand_origin_lower", "en", 3, case="lower")
def c_brand_lower(c: Ctx) -> str:
    return c.v([
        "why is dhl called dhl? i read it's the initials of three guys, dalsey hillblom and lynn, is that right",
        "who was maersk named after, was it a person or a ship? and is it pronounced mersk or marsk",
        "is kuehne + nagel named after two people? and what about dachser and hellmann, are they family names too",
    ])


@tpl("clean_carriers", "service_levels", "en", 2)
def c_service(c: Ctx) -> str:
    return c.v([
        "Explain in plain words: DHL Express Worldwide vs UPS Worldwide Saver vs FedEx International Priority. When would I pick each for a 2 kg parcel London to Toronto?",
        "What is Parcelforce express48 vs Royal Mail Special Delivery Guaranteed by 1pm? I need something insured for a £900 Rolex Oyster Perpetual.",
    ])


# ---- trade rules, Incoterms, customs

@tpl("clean_trade_rules", "incoterms", "en", 4, case=[None, None, None, "lower"])
def c_incoterms(c: Ctx) -> str:
    return c.v([
        "Under Incoterms 2020, who pays import VAT on DDP vs DAP? Our supplier in Ningbo keeps quoting DDP Felixstowe but their forwarder is Flexport.",
        "FOB Shanghai vs FCA Shanghai for a 40HC. Why does the ICC say FOB shouldn't be used for containers?",
        "Make me a table of all 11 Incoterms 2020 with who arranges main carriage, insurance and export clearance. EXW to DDP.",
        "Is CIF still a thing for air freight? A customer in Lagos asked for CIF Murtala Muhammed Airport and my manager laughed.",
    ])


@tpl("clean_trade_rules", "conventions_laws", "en", 2)
def c_conventions(c: Ctx) -> str:
    return c.v([
        "What's the carrier's liability limit under the CMR Convention vs the Montreal Convention? I keep seeing 8.33 SDR per kg and 22 SDR per kg.",
        "Explain the Hague-Visby Rules vs the Hamburg Rules vs the Rotterdam Rules like I'm new to freight. Which does the UK use?",
    ])


@tpl("clean_trade_rules", "hs_codes", "en", 2, case=["lower", None])
def c_hs(c: Ctx) -> str:
    return c.v([
        "HS code for a Brompton folding bike vs an Urban Arrow cargo e-bike? Shipping to Australia, want to know if the duty differs.",
        "What commodity code do I use for Yorkshire Tea bags and for Lady Grey loose leaf? Sending samples to a distributor in Chicago.",
    ])


@tpl("clean_trade_rules", "cn23_placeholder", "en", 3)
def c_cn23(c: Ctx) -> str:
    return c.v([
        """Fill in the customs declaration text for our help centre example. Use placeholders, not real details:

CN22 - Gift / Commercial sample / Document / Other
Sender: [SENDER NAME], [STREET], [TOWN], [POSTCODE]
Recipient: [RECIPIENT NAME], [ADDRESS LINE 1], [CITY], [COUNTRY]
Contents: 1 x cotton T-shirt, HS 6109.10, value £12.00
Signature: ____________  Date: DD/MM/YYYY""",
        """Is this example OK for our seller onboarding guide? Sender: John Doe, 123 Main Street, Anytown. Recipient: Erika Mustermann, Musterstraße 1, 12345 Musterstadt, Germany. Contents: 2 x Funko Pop, HS 9503.00, value €24.""",
        """Turn this into a tidy table for the FAQ:
Field | Example
Sender name | Joe Bloggs
Sender address | 1 High Street, Sampletown, AB1 2CD
Recipient | Mario Rossi, Via Roma 1, 00100 Roma
Description | "Gift - book (Harry Potter and the Philosopher's Stone)"
Value | £8.99""",
    ])


# ---- ports, ships, canals, hubs

@tpl("clean_ports_ships", "ships_named", "en", 3, case=["lower", None, None])
def c_ships(c: Ctx) -> str:
    return c.v([
        "Who was the Emma Maersk named after? And is the Mærsk Mc-Kinney Møller a different ship or the same class? Doing a quiz round for the office.",
        "Timeline of the Ever Given grounding in the Suez Canal, March 2021: when it stuck, when it was freed, and how long it was held at the Great Bitter Lake.",
        "Which is bigger, MSC Irina, MSC Gülsün or the CMA CGM Jacques Saadé? TEU and length please, and who they're named after.",
    ])


@tpl("clean_ports_ships", "ports_questions", "en", 3, case=[None, "lower", None])
def c_ports(c: Ctx) -> str:
    return c.v([
        "Rank Rotterdam, Antwerp-Bruges and Hamburg by TEU last year, and explain why Jebel Ali is called the biggest port in the Middle East.",
        "Our containers go to Nhava Sheva. Is that the same as Jawaharlal Nehru Port (JNPT)? And what's the difference with Mundra?",
        "Port Klang vs Tanjung Pelepas vs Singapore for transhipment to Jakarta. Which one do Maersk and Hapag-Lloyd prefer?",
    ])


@tpl("clean_ports_ships", "air_hubs", "en", 2)
def c_air(c: Ctx) -> str:
    return c.v([
        "Why is DHL's main European hub at Leipzig/Halle and not Frankfurt? And UPS at Cologne Bonn Konrad Adenauer? Is that about night flights?",
        "Explain FedEx at Memphis and UPS Worldport at Louisville Muhammad Ali International like a case study for a logistics class.",
    ])


@tpl("clean_ports_ships", "canals_history", "en", 2, case=[None, "lower"])
def c_canals(c: Ctx) -> str:
    return c.v([
        "Short history of the Suez Canal for a training deck: Ferdinand de Lesseps, the 1869 opening, Nasser's nationalisation in 1956, and the 2015 expansion.",
        "panama canal vs suez for asia to us east coast, which one do carriers like maersk use now with the drought at gatun lake? keep it short",
    ])


# ---- software and systems

@tpl("clean_systems", "sap_oracle", "en", 3, case=["lower", None, None])
def c_sap(c: Ctx) -> str:
    return c.v([
        "In SAP TM, what's the difference between a freight unit and a freight order? Our consultant keeps using both and I'm lost.",
        "We're moving from Oracle OTM to Blue Yonder TMS. What data do we need to migrate (rates, lanes, carriers) and what usually goes wrong?",
        "SAP EWM vs Manhattan Active WM for a 3PL with 6 sites. Pros and cons, no marketing speak.",
    ])


@tpl("clean_systems", "shopify_liquid", "en", 3)
def c_liquid(c: Ctx) -> str:
    return c.v([
        """Fix my Shopify packing slip template, the address prints on one line:

<p>{{ shipping_address.name }}<br>
{{ shipping_address.address1 }} {{ shipping_address.address2 }}
{{ shipping_address.city }}, {{ shipping_address.province_code }} {{ shipping_address.zip }}</p>
<p>Order {{ order.name }} · {{ line_items.size }} items</p>""",
        """In Shopify Flow, how do I tag orders where {{order.shippingAddress.countryCodeV2}} is not GB and the total weight is over 2 kg so the warehouse uses DHL Express?""",
        """Magento 2 vs Shopify Plus vs WooCommerce for a furniture shop that needs two-man delivery booking at checkout. Which plugins handle delivery slots?""",
    ])


@tpl("clean_systems", "magento_log", "en", 3)
def c_magento(c: Ctx) -> str:
    return c.v([
        """Magento keeps throwing this when we print labels, what does it mean?

main.CRITICAL: Error in shipping module Temando: Invalid postcode for destination GB [] []
#0 vendor/magento/module-shipping/Model/Shipping/LabelGenerator.php(102)
#1 vendor/magento/module-shipping/Controller/Adminhtml/Order/Shipment/Save.php(133)""",
        """Our WooCommerce site logs this on checkout, customers can't pick DPD Pickup:
[2025-02-11T09:14:03+00:00] ERROR dpd-shipping: API 401 Unauthorized - check API key and account number (CUSTOMER_ID)
Where in the settings do I fix it?""",
        """Odoo inventory: why does the delivery order stay in 'Waiting' even though stock is 'Available'? Route is Pick + Pack + Ship, warehouse WH, carrier connector Sendcloud.""",
    ])


@tpl("clean_systems", "api_sample_json", "en", 3)
def c_api_json(c: Ctx) -> str:
    return c.v([
        """This is the sample response from the carrier's API docs. Write me a Python dataclass for it:

{"shipmentId": "SHP-000123", "recipient": {"name": "Jane Doe", "company": "ACME Ltd", "address": {"line1": "123 Main Street", "city": "Springfield", "postalCode": "00000", "country": "US"}, "email": "jane.doe@example.com", "phone": "+1 555 0100"}, "parcels": [{"weightKg": 1.2}]}""",
        """What does the AfterShip webhook field "tag": "AttemptFail" mean vs "Exception"? Example payload has "customer_name": "{{customer_name}}" and "order_id": "#1001".""",
        """The EasyPost docs use this address, is it a real place or a test one? "417 Montgomery Street, Floor 5, San Francisco, CA 94104". I need a safe test address for our staging environment.""",
    ])


@tpl("clean_systems", "b2b_csv", "en", 3)
def c_b2b_csv(c: Ctx) -> str:
    return c.v([
        """Pivot this by carrier and count pallets:

ship_date,consignee,city,carrier,pallets
2025-03-03,Marks & Spencer DC,Bradford,Wincanton,12
2025-03-03,Sainsbury's Waltham Point,Waltham Abbey,XPO,8
2025-03-04,Johnson Matthey,Royston,DHL Supply Chain,2
2025-03-04,Boots Nottingham,Beeston,Wincanton,15""",
        """Why is Excel turning the Tesco store codes into dates? CSV:
store,code,drop
Tesco Extra Cheshunt,3-12,AM
Lidl Hinckley,5-04,PM
Morrisons Bridgwater,11-07,AM""",
        """Clean up this export from our WMS, the consignee column has trailing spaces:
"DEL-4471","JOHN LEWIS ","MILTON KEYNES","Clipper Logistics"
"DEL-4472","ARGOS ","BURTON-ON-TRENT","GXO"
"DEL-4473","IKEA ","WEMBLEY","Maersk Logistics\"""",
    ])


# ---- templates, labels, placeholders, notices, headings

@tpl("clean_templates", "zpl_label", "en", 3)
def c_zpl(c: Ctx) -> str:
    return c.v([
        """Why is the second line cut off on our Zebra ZD421? ZPL:

^XA
^FO40,40^A0N,40,40^FD{RECIPIENT_NAME}^FS
^FO40,90^A0N,30,30^FD{ADDRESS_LINE_1}, {ADDRESS_LINE_2}^FS
^FO40,130^A0N,30,30^FD{CITY} {POSTCODE}^FS
^FO40,180^BCN,100,Y,N,N^FD{TRACKING_NUMBER}^FS
^XZ""",
        """Design a 4x6 label layout for our returns: top block FROM: <customer name> / <customer address>, middle block TO: Returns Dept, Unit 4, Anytown Industrial Estate, barcode at the bottom, "FRAGILE - THIS WAY UP" banner. Describe it for the designer.""",
        """Our Dymo LabelWriter prints "%NAME%" and "%ADDR1%" literally instead of the data from the CSV. What's wrong with the merge settings in DYMO Connect?""",
    ])


@tpl("clean_templates", "email_merge", "en", 3)
def c_merge(c: Ctx) -> str:
    return c.v([
        """Make this failed-delivery email template warmer, keep the merge fields exactly:

Subject: We missed you, {{first_name}}
Hi {{first_name}},
Our driver tried to deliver order {{order_number}} to {{shipping_address.address1}} today at {{attempt_time}} but nobody was in.
Rebook here: {{rebook_url}}""",
        """Klaviyo flow for 'out for delivery'. Write 3 subject lines using {{ person.first_name|default:'there' }} and the carrier name {{ event.carrier }}.""",
        """Translate this Zendesk macro into plain English for new agents: "Hi {{ticket.requester.first_name}}, I've raised a trace with {{ticket.ticket_field_360012345}}. Please allow 5 working days. {{current_user.first_name}}\"""",
    ])


@tpl("clean_templates", "test_addresses", "en", 3, case=["lower", None, None])
def c_test_addr(c: Ctx) -> str:
    return c.v([
        "I need fake but realistic-looking addresses for testing our UK address lookup. Is it ok to use 221B Baker Street, 10 Downing Street and Buckingham Palace, or will the Royal Mail PAF API reject them?",
        "For QA, give me 5 test addresses in Germany in the right format. Use Max Mustermann and Erika Mustermann as names, Musterstraße, and postcodes that obviously aren't real.",
        "Our test data uses 'John Smith, 1 Infinite Loop, Cupertino' and '1600 Amphitheatre Parkway, Mountain View'. Are those OK to keep in a public GitHub repo or is that weird?",
    ])


@tpl("clean_templates", "depot_caps_notice", "en", 3, case=[None, None, "upper"])
def c_caps(c: Ctx) -> str:
    return c.v([
        "Make this notice clearer for the drivers' room:\nALL DRIVERS: NO PARKING ON VICTORIA ROAD GATE FROM MONDAY. USE THE WELLINGTON STREET ENTRANCE. VANS OVER 3.5T TO BAY 9 ONLY. SEE SHIFT MANAGER.",
        "Shorten for the warehouse screen:\nPEAK SEASON BRIEFING THURSDAY 6AM CANTEEN. AMAZON, ASOS AND BOOHOO VOLUMES UP 40%. OVERTIME SHEET ON THE BOARD. HI-VIS AND TOE-CAPS AT ALL TIMES.",
        "Check spelling on this sign:\nLITHIUM BATTERIES (UN3480 / UN3481) MUST NOT BE ACCEPTED AT THE COUNTER WITHOUT A CLASS 9 LABEL. ASK A SUPERVISOR. NO EXCEPTIONS FOR ROYAL MAIL SPECIAL DELIVERY.",
    ])


@tpl("clean_templates", "sop_headings", "en", 3)
def c_sop(c: Ctx) -> str:
    return c.v([
        """Write the intro paragraph for each section of our SOP:
1. Purpose
2. Scope (Goods In, Put-Away, Picking, Despatch)
3. Roles: Shift Manager, Team Leader, Loader, Driver, Transport Planner
4. Exceptions and Escalation
5. Appendix A - Carrier cut-off times (DHL 17:00, UPS 18:30, Royal Mail 19:00)""",
        """Job ad headings for a Transport Planner role. Sections: About Us, The Role, What You'll Do, Must-haves (Microlise, Paragon, CPC), Nice-to-haves, Pay & Benefits. Fill each with 2-3 bullets.""",
        """Turn these into a one-page checklist titled "Despatch - End of Day":
- Manifest closed in Metapack
- Royal Mail collection signed
- Cages labelled by route
- Dock doors 1-6 locked
- Exceptions emailed to Customer Service""",
    ])


# ---- operations: logs, chat, claims, removals, marketplaces, vehicles, methods

@tpl("clean_ops", "dispatch_log_codes", "en", 3)
def c_disp_codes(c: Ctx) -> str:
    return c.v([
        """Summarise this morning's log for the ops call:
05:50 TRUNK T4 (Daventry hub) arrived, 22 cages
06:15 Sort complete, 3 mis-sorts to Milton Keynes
06:40 VAN 12, VAN 14, VAN 17 loaded
07:05 VAN 14 breakdown A5 Towcester, recovery booked (RAC)
07:30 Stops from VAN 14 split across VAN 12 and VAN 21""",
        """What's the best way to show this in Power BI? Columns: route_id, depot (Bristol, Swindon, Gloucester), planned_stops, completed_stops, failed_stops, first_attempt_rate. One row per route per day.""",
        """Explain these scan codes to a new controller: ARR (arrived at depot), OFD (out for delivery), ATT (attempted), DEL, RTS, HLD, DMG. Our system is Descartes.""",
    ])


@tpl("clean_ops", "driver_chat_roads", "en", 3)
def c_roads(c: Ctx) -> str:
    return c.v([
        """From our drivers group, can you turn it into a traffic update for dispatch?
Van 3: Dartford Crossing northbound shut, queue back to Bluewater
Van 8: M25 J10 fine
Van 3: taking the Blackwall Tunnel instead
Dispatch: ok, Canary Wharf drops first then""",
        """Is it legal for our 7.5t trucks to go through the Rotherhithe Tunnel or the Silvertown Tunnel? Drivers keep asking in the chat and nobody knows.""",
        """Driver asked: "is the Severn Bridge toll still a thing, and can we use the Prince of Wales Bridge with a Luton?" Answer for the group chat, short.""",
    ])


@tpl("clean_ops", "b2b_claim", "en", 2)
def c_b2b_claim(c: Ctx) -> str:
    return c.v([
        "Our pallet of Nespresso machines was damaged by the haulier on a Calais to Birmingham run. Under CMR, how much can we claim for 180 kg if the invoice value is €9,400? Draft the notice of claim from our company to theirs.",
        "Draft a formal claim letter from Northgate Electrical Ltd to Palletways for a missing pallet (consignment ref, 2 pallets sent, 1 received). Use [CONSIGNMENT REF] and [DATE] placeholders.",
    ])


@tpl("clean_ops", "removals_items", "en", 2)
def c_removals(c: Ctx) -> str:
    return c.v([
        "How do removal firms usually move a Steinway grand piano down two flights of stairs? Do they take the legs off? Writing a FAQ for our website.",
        "Best way to pack a Welsh dresser, a Chesterfield sofa and an Ercol dining set for a move from Edinburgh to Cardiff. Any tips for the blankets and straps?",
    ])


@tpl("clean_ops", "marketplace_policy", "en", 3, case=[None, "lower", None])
def c_market(c: Ctx) -> str:
    return c.v([
        "Amazon FBA vs Seller Fulfilled Prime for a small homeware brand. What are the dispatch and carrier rules for SFP in the UK?",
        "Does Vinted's buyer protection cover parcels sent with InPost lockers? And who pays if Evri loses it, me or Vinted?",
        "Explain eBay's Money Back Guarantee for 'item not received' when tracking shows delivered. What counts as proof for the seller?",
    ])


@tpl("clean_ops", "van_questions", "en", 2)
def c_vans(c: Ctx) -> str:
    return c.v([
        "Ford E-Transit vs Mercedes eSprinter vs Renault Master E-Tech for urban parcel delivery: range in winter, payload, and charging at the depot.",
        "Is the Tesla Semi actually in use by any big fleets yet? I thought PepsiCo had some. How does it compare to the Volvo FH Electric and the Mercedes eActros?",
    ])


@tpl("clean_ops", "eponym_methods", "en", 2)
def c_eponyms(c: Ctx) -> str:
    return c.v([
        "Explain Little's Law with a warehouse example, and then the Wilson EOQ formula (Harris's formula) for reorder quantities. Keep the maths light.",
        "For route planning, when would you use Dijkstra's algorithm vs the Clarke-Wright savings algorithm? We have 40 vans and 3,000 stops a day.",
    ])


@tpl("clean_ops", "quick_lower", "en", 3, case="lower")
def c_quick(c: Ctx) -> str:
    return c.v([
        "what time does the last ups pickup leave from the access point at tesco usually? and do ups access points take dhl returns",
        "is it cheaper to send a 10kg box to poland with dpd or with inpost from the uk. shipping a kitchenaid mixer",
        "whats a 'reefer' and why is everyone talking about reefer plugs at felixstowe",
    ])


@tpl("clean_ops", "public_figures", "en", 2, case=[None, "lower"])
def c_public(c: Ctx) -> str:
    return c.v([
        "Write a short LinkedIn post about Malcom McLean and the Ideal X in 1956, and why the shipping container changed world trade. Mention Marc Levinson's book The Box.",
        "Was Jeff Bezos or Andy Jassy in charge when Amazon launched Amazon Air and the Leipzig hub? Need it right for a presentation.",
    ])


@tpl("clean_ops", "famous_streets", "en", 2, case=[None, "lower"])
def c_streets(c: Ctx) -> str:
    return c.v([
        "Which couriers deliver to Lombard Street in San Francisco without a permit for the crooked bit? Asking for a client event there.",
        "Our van needs to drop posters at Abbey Road Studios and then at Carnaby Street. Any loading restrictions I should know about? It's a Ford Transit Custom.",
    ])


# ---- PII-free twins of the personal framings: cards, chats, tables, handovers, JSON, orders, claims

@tpl("clean_templates", "failed_card_placeholder", "en", 3)
def c_card_placeholder(c: Ctx) -> str:
    return c.v([
        """Can you rewrite our failed delivery card template so it sounds friendlier? Keep the placeholders exactly.

SORRY WE MISSED YOU
To: [CUSTOMER NAME]
[ADDRESS LINE 1], [TOWN], [POSTCODE]
Attempt [N] - [TIME] - [REASON]
Parcel back to depot. Rebook online or ring us on [DEPOT NUMBER]. Not collected in 7 days = returned to sender.
Driver: [DRIVER ID] (route [ROUTE])""",
        """make this less blunt pls, its the default text on our Descartes handhelds:

WE CALLED TODAY
For: {recipient}
At: {address_1}, {postcode}
We couldn't deliver because: {reason_code}
Your parcel is now at: {pudo_name} (e.g. the Co-op on Station Road)
Bring photo ID, e.g. passport or driving licence""",
        """For the new-starter training slides I need a filled-in example card with obviously fake details. Is this OK, or should we use A. N. Other?

SORRY WE MISSED YOU
To: Joe Bloggs
1 Sample Street, Anytown, AB1 2CD
Attempt 1 - 10:30 - no safe place
Driver: Van 14""",
    ])


@tpl("clean_ops", "whatsapp_roles_export", "en", 3, case=[None, "lower", None])
def c_wa_roles(c: Ctx) -> str:
    return c.v([
        """Exported WhatsApp chat between our driver and the goods-in team at a client site. They say the driver was rude. Was that fair? Summarise neutrally.

[09:12] Van 21: Hi, at Costa Coffee Victoria Station with 3 cages, where do I go
[09:13] Goods In (Victoria): Loading bay is round the back on Wilton Road
[09:20] Van 21: Gate shut, nobody answering the buzzer
[09:26] Goods In (Victoria): Ring the store not us
[09:27] Van 21: I did 3 times, got 90 more drops, taking it back to depot""",
        """from our dispatch whatsapp group, pull out every site issue as a list so i can log them

[07:02] Dispatch: morning all, Tesco Extra Milton Keynes wants deliveries before 8
[07:05] Van 4: M1 J14 closed, going via Newport Pagnell
[07:11] Van 9: Boots at Westfield Stratford has moved their loading bay
[07:15] Dispatch: noted, Sainsbury's Bromley still refusing anything after 10
[07:16] Van 4: Greggs on the high street wants the bread cages back""",
        """Summarise this chat for the shift log, keep times:

[14:02] Driver (Van 7): at Unit 3 Trafalgar Business Park, they say the order is for Nelson Ltd not them
[14:03] Customer Service: label says Wellington House, wrong building
[14:05] Driver (Van 7): Wellington House is the other side of the roundabout, going now
[14:19] Driver (Van 7): delivered, signed by reception""",
    ])


@tpl("clean_ops", "route_table_business", "en", 3)
def c_route_business(c: Ctx) -> str:
    return c.v([
        """Reorder these stops for the shortest route from the Shrewsbury depot, keep the table.

| # | Customer | Site | Town | Window | Notes |
|---|---|---|---|---|---|
| 1 | Timpson | Pride Hill | Shrewsbury | AM | key blanks, 2 boxes |
| 2 | Sue Ryder shop | Broad Street | Ludlow | any | donations cage back |
| 3 | Holland & Barrett | Market Square | Oswestry | before 11 | chilled, use side door |
| 4 | Specsavers | Bridge Street | Welshpool | PM | signature required |""",
        """Make this table printable for the driver (bigger notes column). It's the hospital pharmacy run.

| # | Site | Entrance | Goods in | Notes |
|---|---|---|---|---|
| 1 | John Radcliffe Hospital | West Wing | Pharmacy stores | 2-8°C, hand to pharmacy tech |
| 2 | Churchill Hospital | Main gate | Level 0 | ambient |
| 3 | Nuffield Orthopaedic Centre | Windmill Road | Theatre stores | call ahead, no parking |""",
        """Can you add a column for delivery windows? Stores 1 and 3 asked for AM.

| # | Store | Location | Pallets | Notes |
|---|---|---|---|---|
| 1 | Trader Joe's | Union Square, NYC | 4 | dock on E 14th St |
| 2 | Macy's | Herald Square | 6 | appointment via portal |
| 3 | Wegmans | Brooklyn Navy Yard | 3 | reefer |""",
    ])


@tpl("clean_ops", "handover_roles", "en", 3)
def c_handover_roles(c: Ctx) -> str:
    return c.v([
        """Write this night-shift handover up properly for the depot manager:

NIGHTS -> EARLIES handover (shift lead, nights)
- trunk from Hams Hall 45 min late, sort finished 05:10
- loader 3 uncovered, agency (Pertemps) sending someone for 8
- cage 14 shortage x6 for the Morrisons run
- Dunelm Wolverhampton rang re missing pallet, promised callback by 10
- forklift 2 still tagged out, Linde engineer booked""",
        """Tidy this gate handover for the terminal ops log:

- Reefer plugs 14-18 on stack B down, Maersk reefers moved to stack C
- VBS slots for tomorrow 80% booked, Hapag-Lloyd vessel delayed 6 hrs
- Straddle carrier SC-09 back in service
- Customs (Border Force) exam on 2 boxes, bay 4
- Reminder: no walking on the quay without escort""",
        """Early -> late handover, returns hub. Rewrite as bullet points for Teams:
returns from Zalando up 30% after the sale, Philips and Bosch units go to the grading bench, Samsung phones to the secure cage, DPD collection moved to 16:30, the Dyson returns pallet is still waiting for an RMA number from the client""",
    ])


@tpl("clean_systems", "tracking_json_business", "en", 3)
def c_track_business(c: Ctx) -> str:
    return c.v([
        """Why does our dashboard show this as 'exception' when it was delivered? Response from the carrier API:

{
  "trackingNumber": "JD014600006281230401",
  "status": "DELIVERED",
  "recipient": {"name": "GOODS IN - JOHN LEWIS MAGNA PARK", "address": {"line1": "Magna Park", "city": "Lutterworth", "country": "GB"}},
  "proofOfDelivery": {"signedBy": "RECEPTION", "photo": false},
  "events": [{"code": "EX", "desc": "Delivery exception - business closed"}, {"code": "DL", "desc": "Delivered"}]
}""",
        """The FedEx Ship API sample request has this. What do I replace, and which fields are required?

"shipper": {"contact": {"personName": "SHIPPER NAME", "phoneNumber": "XXXXXXXXXX", "companyName": "Shipper Company Name"},
            "address": {"streetLines": ["SHIPPER STREET LINE 1"], "city": "HARRISON", "stateOrProvinceCode": "AR", "postalCode": "72601", "countryCode": "US"}}""",
        """Write a TypeScript interface for this DHL tracking response:

{"shipments": [{"id": "1234567890", "service": "express", "status": {"statusCode": "delivered", "description": "Delivered - Signed for by: Front desk"},
  "destination": {"address": {"addressLocality": "LONDON - PADDINGTON"}}, "details": {"receiver": {"name": "Mail room, Hilton London Paddington"}}}]}""",
    ])


@tpl("clean_systems", "shopify_test_order", "en", 2)
def c_shopify_test(c: Ctx) -> str:
    return c.v([
        """Pasted from Shopify admin, it's a test order (Bogus Gateway). The shipping confirmation email didn't send. What might be wrong?

Order #1001
Fulfilled · Canada Post
Customer
Test Customer
customer@example.com
Shipping address
Shopify
150 Elgin Street
Ottawa ON K2P 1L4
Canada
Notes: "test - do not ship\"""",
        """WooCommerce sample order for our docs. Is it obvious enough that it's fake?

Order #WC-0001 (Processing)
Billing: John Doe, 1 Main St, Springfield, 00000
Shipping: same as billing
Items: 1 x Hoodie with Logo (sample product), 1 x Beanie
Shipping method: Flat rate""",
    ])


@tpl("clean_ops", "claim_form_company", "en", 2)
def c_claim_company(c: Ctx) -> str:
    return c.v([
        """I'm filing a damage claim with the carrier for our company, can you check the form and make the description clearer?

Claimant: Northgate Interiors Ltd
Contact: Accounts Payable team
Address: Unit 7, Brunel Way, Thornbury Industrial Estate
Consignment: 2 pallets, Palletways
Contents: 4 x Herman Miller Aeron chairs, 1 x Vitra Eames lounge chair
Declared value: £7,850
Description: pallet 2 arrived with forklift damage, chairs scratched, shrink-wrap torn
Refund to: [COMPANY BANK DETAILS ON FILE]""",
        """Check this claim form from one of our stores before it goes to the haulier:

Claimant: The Edinburgh Woollen Mill, store 214
Contact: Store Manager
Consignment: 1 cage, XPO Logistics
Contents: 12 x Barbour wax jackets, 6 x Hunter wellies
Declared value: £2,940
Description: cage delivered short, seal number did not match the manifest""",
    ])


# ================================================================ other languages
# ---- German

@tpl("delivery_notes", "de_zustellnotiz", "de", 3, case=[None, "lower", None])
def t_de_zustell(c: Ctx) -> str:
    p, n = c.person("de"), c.person("de")
    a = c.addr("de", "at", "ch")
    ort = c.v(["in der Garage (Tor ist offen)", "beim Nachbarn", "im Gartenhaus hinten links"])
    ask = c.v(["Kannst du das für die Tour-App kürzen (max. 120 Zeichen)?",
               "Bitte als sachliche Notiz für den Fahrer umformulieren:",
               "Mach daraus eine kurze Abstellgenehmigung, die wir im System hinterlegen können:"])
    return f"""{ask}

Nachricht von Kundin/Kunde {PER(p.full)}, {a.line()}:
"Hallo, ich bin tagsüber nie zuhause. Bitte Pakete {ort} abgeben, notfalls bei {PER(n.full)} im Erdgeschoss. Bei Fragen {PH(a.phone)} anrufen, aber erst ab 17 Uhr. Danke!"
"""


@tpl("customs_broker", "de_zoll_privat", "de", 2)
def t_de_zoll(c: Ctx) -> str:
    p = c.person("de")
    a = c.addr("de")
    dob = c.v(["17.06.1984", "02.11.1971"])
    amt = c.v(["Zollamt Rosenheim", "Zollamt Hamburg-Flughafen"])
    return f"""Ich habe eine Benachrichtigung vom {amt} bekommen, dass mein Paket aus China (Bestellung bei AliExpress, 180 €) dort liegt und ich es selbst abholen oder eine Internetanmeldung machen muss. Hilf mir bitte, das Formular auszufüllen. Meine Daten:

Name: {PER(p.full)}
Anschrift: {a.line()}
Geburtsdatum: {DOB(dob)}
Telefon: {PH(a.phone)}
Inhalt: 1 Paar Sneaker, 1 Handyhülle

Muss ich da Einfuhrumsatzsteuer zahlen oder auch Zoll?"""


@tpl("removals", "de_umzug_besichtigung", "de", 2)
def t_de_umzug(c: Ctx) -> str:
    p = c.person("de")
    a, b = c.addr("de"), c.addr("de")
    team = c.person("de")
    return f"""Schreib aus meinen Notizen von der Besichtigung ein ordentliches Angebot (Umzugsgut, Leistungen, Preis offen lassen):

Kunde: {PER(p.full)}, Tel. {PH(a.phone)}
Auszug: {a.line()}, 3. OG ohne Aufzug
Einzug: {b.line()}, EG
- ca. 35 m³, Küche wird mitgenommen (Nobilia), Abbau + Aufbau
- Klavier (Schimmel) -> Spezialtransport
- Halteverbotszone an beiden Adressen beantragen
- Termin mit {PER(team.g)} abstimmen, Kunde will Samstag"""


@tpl("clean_trade_rules", "de_incoterms_frage", "de", 3, case=[None, "lower", None])
def c_de_fragen(c: Ctx) -> str:
    return c.v([
        "Was ist der Unterschied zwischen DAP und DDP bei den Incoterms 2020? Unser Lieferant in Shenzhen liefert DDP Hamburg, aber die Spedition (Kühne + Nagel) will trotzdem unsere EORI-Nummer.",
        "Warum heißt Hermes in Großbritannien jetzt Evri, aber in Deutschland immer noch Hermes? Gehört das noch zur Otto Group?",
        "Erklär mir kurz den Unterschied zwischen DHL Paket, DHL Express und Deutsche Post. Und warum stellt bei uns manchmal GLS oder DPD die Amazon-Pakete zu?",
    ])


@tpl("clean_templates", "de_lager_aushang", "de", 2)
def c_de_aushang(c: Ctx) -> str:
    return c.v([
        """Bitte Rechtschreibung prüfen, hängt morgen im Lager:
ACHTUNG FAHRER! AB MONTAG ANLIEFERUNG NUR NOCH ÜBER TOR 4 (EINFAHRT KONRAD-ADENAUER-STRASSE). LKW ÜBER 12 T BITTE ÜBER DIE B 27. ZEITFENSTER IN CARGOCLIX BUCHEN.""",
        """Wir brauchen ein Beispiel für unser Versandformular im Hilfe-Center. Passt das so?
Absender: Max Mustermann, Musterstraße 1, 12345 Musterstadt
Empfänger: Erika Mustermann, Beispielweg 5, 54321 Beispielstadt
Sendungsnummer: 00340434161234567890""",
    ])


# ---- French

@tpl("delivery_notes", "fr_avis_passage", "fr", 3, case=[None, "lower", None])
def t_fr_avis(c: Ctx) -> str:
    p = c.person("fr")
    a = c.addr("fr", "be")
    carrier = c.v(["Colissimo", "Chronopost", "Mondial Relay"])
    return f"""Aide-moi à répondre à ce client, il a reçu un avis de passage alors qu'il était chez lui :

« Bonjour, je m'appelle {PER(p.full)}, j'habite {a.line()}. Le livreur {carrier} a laissé un avis de passage à 11h12 alors que j'étais là toute la matinée, personne n'a sonné ! Maintenant mon colis est au point relais à 8 km. Vous pouvez me rappeler au {PH(a.phone)} ? »

Ton poli, on propose une nouvelle livraison gratuite."""


@tpl("lost_claims", "fr_reclamation_colis", "fr", 2)
def t_fr_recl(c: Ctx) -> str:
    p = c.person("fr")
    a = c.addr("fr")
    em = p.email(c.v(["orange.fr", "free.fr"]), c.k)
    return f"""Peux-tu reformuler ma réclamation pour qu'elle soit plus claire et plus ferme ?

Objet : colis perdu n° 6A{c.digits(11)}
Madame, Monsieur,
Je suis {PER(p.full)}, domicilié(e) au {a.line()}. Mon colis (un vélo pliant Brompton, valeur 1 450 €) n'est jamais arrivé. Le suivi indique « livré » mais je n'ai rien reçu.
Merci de me rembourser sur le compte suivant : IBAN {IBAN('FR76 3000 4028 3700 0104 8273 941' if c.k == 0 else 'FR7630004028370001048273941')}
Contact : {EM(em)} / {PH(a.phone)}"""


@tpl("clean_carriers", "fr_transporteurs", "fr", 3, case=["lower", None, None])
def c_fr_transp(c: Ctx) -> str:
    return c.v([
        "Quelle différence entre Colissimo, Chronopost et Mondial Relay pour un petit e-commerçant ? Et DPD Predict, ça vaut le coup ?",
        "Le CMA CGM Jacques Saadé porte le nom du fondateur de CMA CGM, c'est ça ? Et c'est Rodolphe Saadé qui dirige le groupe maintenant ? Je prépare une fiche pour des étudiants en BTS Transport.",
        "Pourquoi le port du Havre et le port de Rouen ont fusionné dans HAROPA ? Et Marseille-Fos, c'est le premier port de France en tonnage ?",
    ])


@tpl("clean_templates", "fr_modele_etiquette", "fr", 2)
def c_fr_modele(c: Ctx) -> str:
    return c.v([
        """Corrige ce modèle de mail, garde les champs entre crochets :
Bonjour [Prénom du destinataire],
Votre colis n° [NUMÉRO DE SUIVI] sera livré le [DATE] entre [CRÉNEAU].
En cas d'absence, il sera déposé au point relais [NOM DU RELAIS].""",
        """Pour la doc de notre API, on met un exemple de destinataire : « Jean Dupont, 1 rue de la Paix, 75002 Paris ». C'est une adresse qui existe vraiment, non ? Mieux vaut mettre « 12 rue Exemple, 00000 Ville » ?""",
    ])


# ---- Spanish

@tpl("driver_chat", "es_mx_repartidor_chat", "es", 3, case=["lower", None, "lower"])
def t_es_chat(c: Ctx) -> str:
    p = c.person("es")
    rep = c.person("es")
    a = c.addr("mx", "ar", "co", "pe", "cl")
    t = c.times(5, 9, 17)
    return f"""Resume este chat con el repartidor en 2 líneas para el reporte de incidencias:

[{t[0]}] Repartidor {PER(rep.g)}: buenas, estoy afuera de {a.street_line()}, nadie abre
[{t[1]}] {PER(p.full)}: ya voy!! es la casa del portón verde
[{t[2]}] Repartidor {PER(rep.g)}: no veo portón verde, me marca al {PH(a.phone)}?
[{t[3]}] {PER(p.full)}: es el mismo número jaja, ya salí, estoy en la esquina con la tiendita
[{t[4]}] Repartidor {PER(rep.g)}: listo, entregado. Gracias"""


@tpl("customs_broker", "es_aduana_dni", "es", 2)
def t_es_aduana(c: Ctx) -> str:
    p = c.person_of("Spanish", "Galician")
    a = c.addr("es")
    dni = c.v(["48217396N", "20563814C"])
    return f"""Correos me pide documentación para despachar un paquete que viene de Estados Unidos (pedido de eBay, 210 $). ¿Qué les contesto y qué tengo que adjuntar? Mis datos para el DUA:

Nombre: {PER(p.full)}
DNI: {NID(dni)}
Domicilio: {a.line()}
Teléfono: {PH(a.phone)}
Contenido: objetivo de cámara usado (Canon EF 50mm)"""


@tpl("clean_ports_ships", "es_puertos", "es", 3, case=[None, None, "lower"])
def c_es_puertos(c: Ctx) -> str:
    return c.v([
        "¿Qué puerto mueve más contenedores, Algeciras o Valencia? ¿Y por qué Maersk usa tanto Algeciras para transbordo?",
        "Explícame cómo funcionan las esclusas del Canal de Panamá (Gatún, Agua Clara, Cocolí) y por qué la sequía redujo los tránsitos.",
        "Para importar desde China a México, ¿conviene llegar por Manzanillo o por Lázaro Cárdenas? Trabajamos con Hapag-Lloyd y COSCO.",
    ])


@tpl("clean_templates", "es_plantilla", "es", 2)
def c_es_plantilla(c: Ctx) -> str:
    return c.v([
        """Mejora este mensaje automático de WhatsApp para clientes de Mercado Libre, sin tocar las variables:
Hola {{nombre}}, tu pedido {{numero_pedido}} ya va en camino con {{paqueteria}}. Llega entre {{fecha_min}} y {{fecha_max}}. Rastrea aquí: {{link}}""",
        """En el manual del almacén ponemos de ejemplo «Destinatario: Juan Pérez, Calle Falsa 123, Ciudad de México». ¿Queda poco profesional? Dame otro ejemplo neutro para la guía de etiquetado de Estafeta y DHL.""",
    ])


# ---- Italian

@tpl("delivery_notes", "it_bolla_consegna", "it", 2)
def t_it_bolla(c: Ctx) -> str:
    p, d = c.person("it"), c.person("it")
    a = c.addr("it")
    return f"""Riscrivi questa nota di consegna in modo chiaro per il cliente (mail):

DDT n. {c.digits(5)}/2025 – BRT
Destinatario: {PER(p.full)}
Indirizzo: {a.line()}
Tel. {PH(a.phone)}
Esito: consegna non effettuata, destinatario assente, lasciato avviso. Il corriere {PER(d.g)} ripasserà domani mattina. In alternativa ritiro al BRT-fermopoint più vicino."""


@tpl("lost_claims", "it_reclamo", "it", 2)
def t_it_reclamo(c: Ctx) -> str:
    p = c.person("it")
    a = c.addr("it")
    em = p.email(c.v(["libero.it", "gmail.com"]), c.k + 1)
    return f"""Mi aiuti a scrivere un reclamo a Poste Italiane? Ecco i dati:
- pacco ordinario {c.upper(2)}{c.digits(9)}IT, spedito 3 settimane fa, ancora "in lavorazione"
- mittente: io, {PER(p.full)}, {a.line()}
- contenuto: macchinetta del caffè Bialetti e 2 kg di caffè Lavazza, valore 85 €
- rimborso su IBAN {IBAN(c.v(['IT10 Y030 6909 6061 0000 0173 482', 'IT21K0200803284000104837261']))}
- contatti: {EM(em)}, cell. {PH(a.phone)}"""


@tpl("clean_ports_ships", "it_domande", "it", 3, case=[None, "lower", None])
def c_it_domande(c: Ctx) -> str:
    return c.v([
        "Perché il porto di Gioia Tauro è così importante per il transhipment nel Mediterraneo? E cosa c'entra MSC di Gianluigi Aponte?",
        "Differenza tra BRT, GLS e SDA per spedire in tutta Italia? Ho un piccolo shop su Shopify, 50 pacchi al mese.",
        "L'aeroporto di Fiumicino si chiama Leonardo da Vinci e Malpensa? Ha un nome? Mi serve per una slide sul cargo aereo in Italia.",
    ])


# ---- Portuguese (Brazil)

@tpl("customs_broker", "pt_cpf_importacao", "pt", 3)
def t_pt_cpf(c: Ctx) -> str:
    p = c.person_of("Brazilian", "Japanese-Brazilian")
    a = c.addr("br")
    cpf = c.v(["418.273.950-79", "305.614.827-80", "722.948.130-90"])
    loja = c.v(["AliExpress", "Shein", "Shopee internacional"])
    return f"""Minha compra na {loja} ficou parada em "aguardando pagamento" nos Correios. Me ajuda a entender o Remessa Conforme e o que eu preciso fazer? Os dados que eu coloquei no pedido:

Nome: {PER(p.full)}
CPF: {NID(cpf)}
Endereço: {a.line()}
Celular: {PH(a.phone)}

O imposto veio R$ 94,30, está certo para uma compra de US$ 48?"""


@tpl("driver_chat", "pt_whatsapp_entregador", "pt", 2, case=[None, "lower"])
def t_pt_wa(c: Ctx) -> str:
    p = c.person("pt")
    e = c.person("pt")
    a = c.addr("br")
    return f"""Transforma essa conversa num registro de ocorrência pro SAC:

{PER(e.g)} (entregador Loggi): boa tarde, to na {a.L('street')} mas o número não bate, tem duas casas com {c.digits(2)}
{PER(p.full)}: é a do muro azul, do lado da padaria
{PER(e.g)} (entregador Loggi): ninguém atende o interfone
{PER(p.full)}: deixa com o porteiro do prédio ao lado, ele me conhece
{PER(e.g)} (entregador Loggi): não posso deixar com terceiro, vou tentar amanhã. liga {PH(a.phone)} se mudar"""


@tpl("clean_ports_ships", "pt_perguntas", "pt", 3)
def c_pt_perg(c: Ctx) -> str:
    return c.v([
        "O Porto de Santos ainda é o maior da América Latina? Compara com Paranaguá e Itajaí em contêineres (TEU).",
        "Qual a diferença entre Correios, Jadlog, Loggi e Mercado Envios para quem vende no Mercado Livre? Quero uma tabela com prazo e custo médio.",
        "Explica o Incoterm FOB Santos vs CIF Rotterdam para exportação de café. A trading pediu para eu cotar com a Maersk e a MSC.",
    ])


# ---- Dutch

@tpl("delivery_notes", "nl_bezorgnotitie", "nl", 2)
def t_nl_bezorg(c: Ctx) -> str:
    p, n = c.person("nl"), c.person("nl")
    a = c.addr("nl", "be")
    return f"""Kun je deze klacht samenvatten voor de bezorger en een kort antwoord aan de klant schrijven?

"Goedemiddag, mijn naam is {PER(p.full)} ({a.line()}). Jullie bezorger heeft mijn pakket afgegeven bij {PER(n.full)} op nummer {c.rng.randrange(2, 40)}, maar daar woont al een half jaar niemand meer. Track & trace zegt 'bezorgd bij buren'. Bel me graag terug op {PH(a.phone)}."
"""


@tpl("marketplace_returns", "nl_retour", "nl", 2)
def t_nl_retour(c: Ctx) -> str:
    p = c.person("nl")
    a = c.addr("nl")
    em = p.email(c.v(["ziggo.nl", "kpnmail.nl"]), c.k)
    return f"""Retourafdeling hier. Schrijf een nette mail aan deze klant: de retour (Philips Airfryer) is binnen maar beschadigd, we kunnen maar 70% terugbetalen.

Klant: {PER(p.full)}
E-mail: {EM(em)}
Adres: {a.line()}
Retourlabel: PostNL, ingeleverd bij servicepunt Albert Heijn
Bestelnummer: bol.com {c.digits(10)}"""


@tpl("clean_ports_ships", "nl_vragen", "nl", 3, case=[None, "lower", None])
def c_nl_vragen(c: Ctx) -> str:
    return c.v([
        "Hoe groot is de Maasvlakte 2 eigenlijk en welke terminals liggen er (APM, Rotterdam World Gateway)? Voor een presentatie op school over de Rotterdamse haven.",
        "Wat is het verschil tussen PostNL, DHL eCommerce en DPD voor een webshop in Utrecht? En is Homerr of Trunkrs een goed alternatief?",
        "Waarom heet de Prins Willem-Alexanderhaven in Rotterdam zo, en klopt het dat de Amaliahaven naar prinses Amalia is vernoemd?",
    ])


# ---- Polish

@tpl("delivery_notes", "pl_paczkomat", "pl", 3, case=[None, "lower", None])
def t_pl_paczkomat(c: Ctx) -> str:
    p = c.person("pl")
    a = c.addr("pl")
    kod = c.digits(6)
    return f"""Pomóż mi napisać reklamację do InPostu, bo paczka nie dotarła do paczkomatu:

Nadawca: sklep na Allegro
Odbiorca: {PER(p.full)}, tel. {PH(a.phone)}
Adres do faktury: {a.line()}
Paczkomat: {c.upper(3)}{c.digits(2)}M (przy Biedronce)
Kod odbioru przyszedł SMS-em ({kod}), ale skrytka była pusta. Status: "Dostarczona"."""


@tpl("removals", "pl_przeprowadzka", "pl", 2)
def t_pl_przepr(c: Ctx) -> str:
    p = c.person("pl")
    a, b = c.addr("pl"), c.addr("pl")
    em = p.email(c.v(["wp.pl", "o2.pl"]), c.k + 2)
    return f"""Firma przeprowadzkowa, proszę o wycenę na podstawie tego maila od klienta (odpowiedz uprzejmie i dopytaj o piętro i windę):

„Dzień dobry, nazywam się {PER(p.full)}. Przeprowadzam się z {a.line()} do {b.line()}. Mam mieszkanie 2-pokojowe, szafę z IKEA, pralkę i pianino. Termin: koniec miesiąca. Kontakt: {PH(a.phone)}, {EM(em)}"."""


@tpl("clean_carriers", "pl_pytania", "pl", 3, case=["lower", None, None])
def c_pl_pyt(c: Ctx) -> str:
    return c.v([
        "Kto założył InPost i jak to się stało, że paczkomaty są teraz też w Wielkiej Brytanii? Chodzi o Rafała Brzoskę, prawda?",
        "Czy terminal DCT w Gdańsku jest największy na Bałtyku? I czy statki Maersk z Azji zawijają tam bezpośrednio?",
        "Port Lotniczy im. Lecha Wałęsy w Gdańsku a Lotnisko Chopina w Warszawie – które obsługuje więcej cargo? Potrzebuję do prezentacji.",
    ])


# ---- Turkish

@tpl("lost_claims", "tr_kargo_sikayet", "tr", 2)
def t_tr_sikayet(c: Ctx) -> str:
    p = c.person("tr")
    a = c.addr("tr")
    tc = c.v(["38471026540", "52790314898"])
    firma = c.v(["Yurtiçi Kargo", "Aras Kargo"])
    return f"""{firma} için şikayet dilekçesi yazar mısın? Resmi ama kısa olsun.

Ad Soyad: {PER(p.full)}
T.C. Kimlik No: {NID(tc)}
Adres: {a.line()}
Telefon: {PH(a.phone)}
Gönderi takip no: {c.digits(12)}
Durum: Kargo 9 gündür "transfer merkezinde" görünüyor, şubeye gittim, kayıp olabilir dediler. İçinde Arçelik kahve makinesi var (2.450 TL)."""


@tpl("driver_chat", "tr_kurye", "tr", 2, case=["lower", None])
def t_tr_kurye(c: Ctx) -> str:
    p, k = c.person("tr"), c.person("tr")
    a = c.addr("tr")
    return f"""Bu mesajlaşmayı müşteri hizmetleri kaydı için özetle:

Kurye {PER(k.g)}: merhaba, trendyol siparişiniz için kapıdayım, {a.L('district')} {a.L('street')}
{PER(p.full)}: abi ben işteyim, kapıcıya bırakabilir misin
Kurye {PER(k.g)}: kapıcı yok görünüyor, komşuya bırakayım mı
{PER(p.full)}: olur, 2 numaraya bırak. bir sorun olursa {PH(a.phone)} ara"""


@tpl("clean_ports_ships", "tr_sorular", "tr", 3)
def c_tr_sor(c: Ctx) -> str:
    return c.v([
        "Mersin Limanı mı Ambarlı mı daha çok konteyner elleçliyor? Avrupa'ya ihracat için hangisi daha mantıklı?",
        "Atatürk Havalimanı kargo için hâlâ kullanılıyor mu, yoksa her şey İstanbul Havalimanı'na mı taşındı? Turkish Cargo'nun merkezi nerede?",
        "Trendyol Express, Hepsijet ve Yurtiçi Kargo arasındaki farklar neler? Küçük bir e-ticaret sitesi için hangisini önerirsin?",
    ])


# ---- Russian

@tpl("customs_broker", "ru_tamozhnya", "ru", 3)
def t_ru_tam(c: Ctx) -> str:
    p = c.person("ru")
    a = c.addr("ru")
    pas, inn = c.v([("45 12 718304", "502418376084"), ("17 09 552061", "332841709149"),
                    ("92 15 304877", "164720395840")])
    return f"""Помогите заполнить данные для таможенного оформления посылки (заказ на сумму больше 200 евро, пишут что нужен паспорт и ИНН). Проверьте, всё ли правильно:

ФИО: {PER(p.doc)}
Паспорт: {NID(pas)}
ИНН: {NID(inn)}
Адрес доставки: {a.line()}
Телефон: {PH(a.phone)}

И сколько примерно будет пошлина, если стоимость 310 евро?"""


@tpl("driver_chat", "ru_kurer_chat", "ru", 2, case=["lower", None])
def t_ru_kurer(c: Ctx) -> str:
    p, k = c.person("ru"), c.person("ru")
    a = c.addr("ru")
    return f"""Сделай из переписки короткую жалобу в поддержку СДЭК:

Курьер {PER(k.g)}: Добрый день, буду у вас с 14 до 16
{PER(p.g)}: Хорошо, адрес {a.L('street')}, домофон не работает, позвоните на {PH(a.phone)}
Курьер {PER(k.g)}: Не смогли дозвониться, посылка вернётся в ПВЗ
{PER(p.g)}: Я весь день дома, телефон не звонил!!"""


@tpl("clean_carriers", "ru_voprosy", "ru", 3, case=["lower", None, None])
def c_ru_vopr(c: Ctx) -> str:
    return c.v([
        "Чем отличаются Почта России, СДЭК и Boxberry для интернет-магазина? Сделай таблицу: сроки, стоимость, пункты выдачи.",
        "Насколько реально возить контейнеры по Северному морскому пути вместо Суэцкого канала? Какие порты используют: Мурманск, Сабетта?",
        "В шаблоне накладной у нас пример получателя «Иванов Иван Иванович, г. Москва, ул. Примерная, д. 1». Это нормально для инструкции или лучше поставить поля [ФИО] и [АДРЕС]?",
    ])


# ---- Ukrainian

@tpl("delivery_notes", "uk_nova_poshta", "uk", 3)
def t_uk_np(c: Ctx) -> str:
    p, m = c.person("uk"), c.person("uk")
    a = c.addr("ua")
    ttn = "20" + c.digits(12)
    nid = "3184520765"
    extra = f"\nРНОКПП (для митниці): {NID(nid)}" if c.k == 1 else ""
    return f"""Допоможи скласти відповідь клієнту, посилка Нова пошта не туди поїхала:

ТТН {ttn}
Отримувач: {PER(p.full)}, тел. {PH(a.phone)}
Адреса (кур'єрська доставка): {a.line()}{extra}
Проблема: клієнт каже, що вказував відділення №2, а посилка поїхала на адресну доставку і кур'єр не додзвонився.
Просять переадресувати без доплати. Менеджер відділення: {PER(m.g)}."""


@tpl("clean_ports_ships", "uk_pytannia", "uk", 3)
def c_uk_pyt(c: Ctx) -> str:
    return c.v([
        "Чим відрізняються Нова пошта, Укрпошта і Meest для відправки за кордон? Потрібна коротка таблиця для нашого магазину на Prom.ua.",
        "Поясни, як працював морський коридор з портів Одеса, Чорноморськ і Південний для зерна. Мені для статті про логістику.",
        "Хто заснував Нову пошту? Здається, Вячеслав Климов і Володимир Поперешнюк. І коли з'явились поштомати?",
    ])


# ---- Arabic

@tpl("customs_broker", "ar_shipping_id", "ar", 3)
def t_ar_ship(c: Ctx) -> str:
    p = c.person("ar")
    cc, idlabel, idval = c.v([("sa", "رقم الهوية الوطنية", "1094738265"),
                              ("ae", "رقم الهوية الإماراتية", "784-1990-4827361-1"),
                              ("sa", "رقم الهوية الوطنية", "2048173658")])
    a = c.addr(cc)
    carrier = c.v(["أرامكس", "سمسا", "DHL"])
    return f"""ساعدني أكتب رد مختصر للعميل، الشحنة موقوفة في الجمارك ولازم نستكمل البيانات:

شركة الشحن: {carrier}
رقم الشحنة: {c.digits(11)}
اسم المستلم: {PER(p.full)}
{idlabel}: {NID(idval)}
العنوان: {a.line()}
الجوال: {PH(a.phone)}
المحتوى: ساعة Casio وعطر من Amazon.com بقيمة 740 ريال

المطلوب: نطلب منه صورة الهوية وفاتورة الشراء خلال 48 ساعة."""


@tpl("driver_chat", "ar_whatsapp_courier", "ar", 2)
def t_ar_wa(c: Ctx) -> str:
    p, m = c.person("ar"), c.person("ar")
    a = c.addr("eg", "jo")
    t = c.times(4, 10, 16)
    return f"""لخّص المحادثة دي في سطرين عشان أفتح شكوى:

[{t[0]}] المندوب {PER(m.g)}: السلام عليكم، أنا تحت العمارة في {a.L('street')}، حد ينزل يستلم؟
[{t[1]}] {PER(p.full)}: أنا في الشغل، سيبها مع البواب لو سمحت
[{t[2]}] المندوب {PER(m.g)}: مفيش بواب، هرجّع الشحنة المخزن
[{t[3]}] {PER(p.full)}: لا استنى، كلمني على {PH(a.phone)} ضروري"""


@tpl("clean_ports_ships", "ar_questions", "ar", 3)
def c_ar_q(c: Ctx) -> str:
    return c.v([
        "ما الفرق بين ميناء جبل علي وميناء خليفة؟ وأيهما تستخدمه ميرسك وهاباغ لويد أكثر للشحن إلى الخليج؟",
        "اشرح لي باختصار ماذا حدث عندما جنحت السفينة إيفر غيفن في قناة السويس عام 2021، وكم يوماً توقفت الملاحة؟",
        "هل أرامكس شركة إماراتية أم أردنية؟ ومن أسسها، فادي غندور؟ أحتاج فقرة قصيرة لعرض تقديمي عن شركات الشحن في المنطقة.",
    ])


# ---- Chinese

@tpl("customs_broker", "zh_customs_id", "zh", 3)
def t_zh_id(c: Ctx) -> str:
    p, kf = c.person("zh"), c.person("zh")
    a = c.addr("cn")
    sfz = c.v(["33060219880714352X", "440306199305270819", "110108197603024655"])
    return f"""帮我写一段回复客户的话，语气客气一点。客户的跨境包裹因为实名认证信息不一致被海关退回了：

收件人：{PER(p.full)}
身份证号：{NID(sfz)}
收货地址：{a.line()}
手机：{PH(a.phone)}
问题：下单时填的收件人姓名和身份证上的姓名不一致，需要在小程序里重新上传身份证正反面，三个工作日内不处理就退运。
跟进客服：{PER(kf.full)}"""


@tpl("clean_ports_ships", "zh_questions", "zh", 3)
def c_zh_q(c: Ctx) -> str:
    return c.v([
        "顺丰和京东物流哪个更适合寄生鲜？另外中通、圆通、韵达这些“通达系”有什么区别？",
        "宁波舟山港和上海港，哪个集装箱吞吐量更大？洋山深水港属于哪个？",
        "郑和下西洋的宝船到底有多大？和现在中远海运的两万标箱集装箱船比起来差多少？",
    ])


# ---- Japanese

@tpl("delivery_notes", "ja_saihaitatsu", "ja", 3)
def t_ja_re(c: Ctx) -> str:
    p = c.person("ja")
    a = c.addr("jp")
    slot = c.v(["19〜21時", "14〜16時", "午前中"])
    return f"""お客様からの問い合わせに返信する文面を作ってください。丁寧にお願いします。

お名前：{PER(p.full)} 様
ご住所：{a.block(sep=' ')}
お電話：{PH(a.phone)}
内容：ヤマト運輸の不在票が入っていたが、一日中在宅していた。インターホンも鳴らなかった。本日{slot}に再配達してほしい。"""


@tpl("clean_carriers", "ja_questions", "ja", 3)
def c_ja_q(c: Ctx) -> str:
    return c.v([
        "ヤマト運輸のクロネコのマークはどこから来たの？佐川急便の飛脚のマークとあわせて、社内研修用に短く説明して。",
        "物流の「2024年問題」をわかりやすく説明してください。トラック運転手の残業規制と、ヤマトや日本郵便への影響も。",
        "東京港と横浜港、コンテナ取扱量が多いのはどっち？あと「山田太郎」みたいな記入例を使った送り状の書き方ガイドも作って。",
    ])


# ---- Korean

@tpl("customs_broker", "ko_pccc", "ko", 3)
def t_ko_pccc(c: Ctx) -> str:
    p = c.person("ko")
    a = c.addr("kr")
    pccc = c.v(["P180427593016", "P220913487205", "P190562830471"])
    item = c.v(["아이허브 영양제 6병", "아마존 에어팟 맥스", "일본 라쿠텐 카메라 렌즈"])
    return f"""해외직구 통관 보류 문자를 받았어요. 아래 정보가 맞는지 보고, 관세사에 보낼 메일을 정중하게 써 주세요.

수취인: {PER(p.full)}
개인통관고유부호: {NID(pccc)}
주소: {a.line()}
연락처: {PH(a.phone)}
품목: {item}
보류 사유: 수취인 정보 불일치"""


@tpl("clean_carriers", "ko_questions", "ko", 2)
def c_ko_q(c: Ctx) -> str:
    return c.v([
        "CJ대한통운이랑 쿠팡 로켓배송은 물류 구조가 어떻게 달라? 한진택배랑 롯데택배도 같이 비교해 줘.",
        "부산항 신항이랑 북항 차이가 뭐야? 그리고 HMM 알헤시라스호가 왜 유명했는지도 알려줘. 송장 예시에는 홍길동 넣으면 되지?",
    ])


# ---- Greek

@tpl("delivery_notes", "el_courier", "el", 2)
def t_el_courier(c: Ctx) -> str:
    p, agent = c.person("el"), c.person("el")
    a = c.addr("gr")
    courier = c.v(["ACS", "ΕΛΤΑ Courier"])
    return f"""Γράψε μια ευγενική απάντηση σε αυτό το μήνυμα πελάτη:

«Καλησπέρα, λέγομαι {PER(p.full)} και μένω στη διεύθυνση {a.line()}. Ο κούριερ της {courier} άφησε ειδοποίηση ότι δεν βρήκε κανέναν, ενώ ήμουν όλη μέρα σπίτι. Μπορείτε να το ξαναφέρετε αύριο; Τηλέφωνο {PH(a.phone)}.»

Χειρίζεται το ticket: {PER(agent.g)} (πρωινή βάρδια)"""


@tpl("clean_ports_ships", "el_questions", "el", 2)
def c_el_q(c: Ctx) -> str:
    return c.v([
        "Πώς πέρασε το λιμάνι του Πειραιά στην COSCO και τι άλλαξε για τα εμπορευματοκιβώτια; Σύντομα, για μια παρουσίαση.",
        "Ποιος ήταν ο Αριστοτέλης Ωνάσης και γιατί λένε ότι άλλαξε την ελληνική ναυτιλία; Και ο Σταύρος Νιάρχος;",
    ])


# ---- Swedish

@tpl("lost_claims", "sv_ombud", "sv", 2)
def t_sv_ombud(c: Ctx) -> str:
    p, agent = c.person("sv"), c.person("sv")
    a = c.addr("se")
    pnr = f"\nPersonnummer (tullen bad om det): {NID('910322-4185')}" if c.k == 0 else ""
    return f"""Kan du skriva ett svar till kunden? Paketet låg 14 dagar hos ombudet och skickades tillbaka till oss, nu vill kunden ha pengarna tillbaka inklusive frakt.

Kund: {PER(p.full)}
Adress: {a.line()}
Mobil: {PH(a.phone)}{pnr}
Fraktsätt: PostNord MyPack Collect, ombud ICA Nära
Handläggare: {PER(agent.g)}"""


@tpl("clean_carriers", "sv_fragor", "sv", 2)
def c_sv_q(c: Ctx) -> str:
    return c.v([
        "Vad är skillnaden mellan PostNord, DHL Freight, Budbee och Instabox för en liten webbutik i Umeå? Gör en tabell.",
        "Varför är Göteborgs hamn så viktig för Volvo och Scania? Och stämmer det att Skandiahamnen är Nordens största containerhamn?",
    ])


# ---- Hindi

@tpl("delivery_notes", "hi_delivery_complaint", "hi", 2)
def t_hi_del(c: Ctx) -> str:
    p, agent = c.person("hi"), c.person("hi")
    a = c.addr("hi")
    courier = c.v(["Delhivery", "Ekart"])
    return f"""इस ग्राहक की शिकायत का विनम्र जवाब लिखो, हिंदी में:

नाम: {PER(p.full)}
पता: {a.line()}
मोबाइल: {PH(a.phone)}
शिकायत: {courier} का डिलीवरी बॉय बिना कॉल किए 'customer not available' लिखकर चला गया। मैं पूरे दिन घर पर था/थी। ऑर्डर Flipkart से है, COD है।
टिकट किसके पास: {PER(agent.full)} (कस्टमर केयर)"""


@tpl("clean_carriers", "hi_questions", "hi", 2)
def c_hi_q(c: Ctx) -> str:
    return c.v([
        "ब्लू डार्ट, डेल्हीवरी और इंडिया पोस्ट स्पीड पोस्ट में क्या फर्क है? छोटे ऑनलाइन बिज़नेस के लिए कौन सा सस्ता पड़ेगा?",
        "जवाहरलाल नेहरू पोर्ट और मुंद्रा पोर्ट में कौन बड़ा है? और अदाणी ग्रुप का मुंद्रा से क्या संबंध है?",
    ])


# ---- Vietnamese

@tpl("delivery_notes", "vi_giao_hang", "vi", 2, case=[None, "lower"])
def t_vi_giao(c: Ctx) -> str:
    p = c.person("vi")
    s = c.person("vi")
    a = c.addr("vn")
    return f"""Viết giúp mình tin nhắn trả lời khách, lịch sự thôi. Shipper giao nhầm nhà:

Khách: {PER(p.full)}
Địa chỉ: {a.line()}
SĐT: {PH(a.phone)}
Shipper: {PER(s.g)} (GHTK)
Khách nói: "Em đặt trên Shopee, shipper báo đã giao mà em không nhận được, hình chụp là nhà khác." """


@tpl("clean_ports_ships", "vi_cau_hoi", "vi", 2)
def c_vi_q(c: Ctx) -> str:
    return c.v([
        "Cảng Cát Lái và cảng Cái Mép – Thị Vải khác nhau thế nào? Tàu mẹ của Maersk và CMA CGM cập cảng nào?",
        "Giao Hàng Nhanh, Giao Hàng Tiết Kiệm và Viettel Post, bên nào rẻ hơn cho shop online nhỏ ở Hà Nội?",
    ])


# ---- Indonesian

@tpl("customs_broker", "id_kurir_bea_cukai", "id", 2)
def t_id_kurir(c: Ctx) -> str:
    p, k = c.person("id"), c.person("id")
    a = c.addr("id")
    nik = f"\nNIK: {NID('3373015209940003')}" if c.k == 0 else ""
    return f"""Tolong buatkan balasan untuk pembeli ini. Paketnya dari luar negeri ketahan di Bea Cukai, perlu data tambahan:

Nama penerima: {PER(p.full)}{nik}
Alamat: {a.line()}
No. HP: {PH(a.phone)}
Barang: sepatu Nike dari Singapura, harga USD 120
Kurir: J&T Express, dipegang {PER(k.g)}"""


@tpl("clean_carriers", "id_pertanyaan", "id", 2, case=["lower", None])
def c_id_q(c: Ctx) -> str:
    return c.v([
        "Bedanya JNE, J&T, SiCepat, dan AnterAja apa? Mana yang paling aman untuk kirim barang pecah belah ke luar Jawa?",
        "Kenapa Pelabuhan Tanjung Priok sering macet? Dan apa bedanya dengan Pelabuhan Patimban yang baru?",
    ])


# ---- Czech

@tpl("marketplace_returns", "cs_zasilkovna", "cs", 2)
def t_cs_zas(c: Ctx) -> str:
    p, agent = c.person("cs"), c.person("cs")
    a = c.addr("cz")
    em = p.email(c.v(["seznam.cz", "email.cz"]), c.k)
    return f"""Pomoz mi odpovědět zákazníkovi, vrací zboží přes Zásilkovnu a chce vrátit peníze:

Jméno: {PER(p.full)}
Adresa: {a.line()}
E-mail: {EM(em)}
Telefon: {PH(a.phone)}
Zboží: kávovar DeLonghi, důvod: „nesplnil očekávání", objednávka z Alza.cz
Vyřizuje: {PER(agent.g)}, reklamační oddělení"""


@tpl("clean_carriers", "cs_dotaz", "cs", 1)
def c_cs_q(c: Ctx) -> str:
    return "Jaký je rozdíl mezi Zásilkovnou, PPL a Českou poštou pro malý e-shop? A vyplatí se Balíkovna? Ve vzorovém formuláři máme „Jan Novák, Ulice 1, 110 00 Praha“, je to v pořádku?"


# ================================================================ main

def main(argv: list[str]) -> int:
    rows = build()
    check(rows)
    if "--check" in argv:
        print(f"check: {len(rows)} rows OK")
        print(report(rows))
        return 0
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    OUT.write_text(data, encoding="utf-8")
    print(report(rows))
    print(f"{OUT.name} sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
