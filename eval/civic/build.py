#!/usr/bin/env python3
"""civic — a hand-written, labelled check set for the privacy gateway.

Prompts that staff of schools, universities, public libraries, councils, social services,
housing associations, charities and NGOs and a small-town police front desk send to a chat
assistant.  Every private value (names, streets, towns, postcodes, phones, dates of birth,
ID numbers) is typed by hand below; e-mail local parts are derived from the hand-typed names.
Standard library only, fixed SEED, deterministic.

    python3 build.py           # writes holdout.jsonl and README.md, prints counts
    python3 build.py --check   # rebuilds in memory and compares with the files on disk
"""
import collections
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 47_2202
SET = "civic"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
README = HERE / "README.md"
SOURCE = "eval/civic/build.py"

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}
SHORT = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "IP": "IP_ADDRESS", "CC": "CREDIT_CARD", "IBAN": "IBAN_CODE", "D": "DATE_OF_BIRTH",
         "ID": "NATIONAL_ID", "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER"}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧|]*)⟧")


# --------------------------------------------------------------------------- markers

def m(kind, value):
    """A marker; `kind` is a short name (P, L, T, E, D, ID, ...) or a full type."""
    return "⟦%s|%s⟧" % (SHORT.get(kind, kind), value)


def _norm_markers(s):
    # hand-typed addresses use ⟦L|…⟧; make every marker carry its full type name
    return MARK.sub(lambda mo: "⟦%s|%s⟧" % (SHORT.get(mo.group(1), mo.group(1)), mo.group(2)), s)


def recase(s, how):
    """Lower or upper case a marked string piece by piece (marker type names untouched)."""
    if how is None:
        return s
    f = str.lower if how == "lower" else str.upper
    out, pos = [], 0
    for mo in MARK.finditer(s):
        out.append(f(s[pos:mo.start()]))
        out.append("⟦%s|%s⟧" % (mo.group(1), f(mo.group(2))))
        pos = mo.end()
    out.append(f(s[pos:]))
    return "".join(out)


def lower(s):
    return recase(s, "lower")


def caps(s):
    return recase(s, "upper")


def unmark(s, case=None):
    """Return (text, spans) for a marked string; `case` lowers or capitalises the row."""
    s = recase(_norm_markers(s), case)
    text, spans, pos = [], [], 0
    n = 0
    for mo in MARK.finditer(s):
        piece = s[pos:mo.start()]
        text.append(piece)
        n += len(piece)
        typ, val = mo.group(1), mo.group(2)
        spans.append({"start": n, "end": n + len(val), "type": typ, "value": val})
        text.append(val)
        n += len(val)
        pos = mo.end()
    text.append(s[pos:])
    return "".join(text), spans


# --------------------------------------------------------------------------- values

def fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    s = s.replace("Ø", "O").replace("æ", "ae").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ı", "i").replace("ð", "d").replace("þ", "th").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def alnum(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


class Person:
    """A private person typed by hand.

    full   – the name as the writer's culture writes it (surname first where that is usual)
    call   – what colleagues call them (given name alone, or the Vietnamese last given name)
    fam    – the surname used after a title
    g      – f / m / x
    kid    – (given, g) of a child, for school and family rows; kfam overrides the surname
    """

    def __init__(self, full, call, fam, g, cult, kid=None, kfam=None, roma=None, dob=None,
                 nid=None, key=None):
        self.raw, self.rcall, self.rfam, self.g, self.cult = full, call, fam, g, cult
        self.kid, self.kfam, self.roma, self.rdob, self.rnid = kid, kfam, roma, dob, nid
        self.key = key or alnum(roma or full)
        assert call in full and fam in full, full

    full = property(lambda s: m("P", s.raw))
    c = property(lambda s: m("P", s.rcall))          # given / call name
    f = property(lambda s: m("P", s.rfam))           # surname
    t = property(lambda s: {"f": "Ms", "m": "Mr", "x": "Mx"}[s.g])
    s = property(lambda s: {"f": "she", "m": "he", "x": "they"}[s.g])
    o = property(lambda s: {"f": "her", "m": "him", "x": "them"}[s.g])
    ps = property(lambda s: {"f": "her", "m": "his", "x": "their"}[s.g])

    @property
    def k(self):
        return m("P", self.kid[0])

    @property
    def kraw(self):
        return "%s %s" % (self.kid[0], self.kfam or self.rfam)

    @property
    def kfull(self):
        return m("P", self.kraw)

    @property
    def kg(self):
        return self.kid[1]

    def ks(self):
        return {"f": "she", "m": "he", "x": "they"}[self.kid[1]]

    def kps(self):
        return {"f": "her", "m": "his", "x": "their"}[self.kid[1]]


class Addr:
    def __init__(self, cc, lines, home):
        self.cc = cc
        self.lines = [_norm_markers(x) for x in lines]
        self.home = _norm_markers(home)   # the town as said in prose ("lives in …")

    one = property(lambda s: ", ".join(s.lines))
    pc = property(lambda s: "⟦LOCATION|%s⟧" % MARK.findall(s.lines[-1])[-1][1])
    block = property(lambda s: "\n".join(s.lines))
    street = property(lambda s: s.lines[0])


DOB_STYLE = {
    "uk": "{d:02d}/{m:02d}/{y}", "us": "{m:02d}/{d:02d}/{y}", "iso": "{y}-{m:02d}-{d:02d}",
    "de": "{d:02d}.{m:02d}.{y}", "long": "{d} {M} {y}", "uslong": "{M} {d}, {y}",
    "nl": "{d:02d}-{m:02d}-{y}", "ja": "{y}年{m}月{d}日", "short": "{d}/{m}/{y}",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(ymd, style):
    y, mo, d = ymd
    return DOB_STYLE[style].format(y=y, m=mo, d=d, M=MONTHS[mo - 1])


# --------------------------------------------------------------------------- people
# Typed by hand.  The fifth field is the culture tag the README counts.

P = Person
EN = [
    P("Folake Adeyemi", "Folake", "Adeyemi", "f", "Yoruba", kid=("Tobi", "m")),
    P("Oluwaseun Bakare", "Oluwaseun", "Bakare", "m", "Yoruba", kid=("Ayomide", "f")),
    P("Chiamaka Eze", "Chiamaka", "Eze", "f", "Igbo", kid=("Ebuka", "m")),
    P("Obinna Nwachukwu", "Obinna", "Nwachukwu", "m", "Igbo", kid=("Chidera", "f")),
    P("Akosua Mensah", "Akosua", "Mensah", "f", "Akan", kid=("Kwabena", "m")),
    P("Kofi Owusu-Ansah", "Kofi", "Owusu-Ansah", "m", "Akan", kid=("Adwoa", "f")),
    P("Hodan Warsame", "Hodan", "Warsame", "f", "Somali", kid=("Idil", "f")),
    P("Abdirahman Farah", "Abdirahman", "Farah", "m", "Somali", kid=("Mahad", "m")),
    P("Selamawit Bekele", "Selamawit", "Bekele", "f", "Amhara", kid=("Liya", "f")),
    P("Dawit Tesfaye", "Dawit", "Tesfaye", "m", "Amhara", kid=("Natan", "m")),
    P("Senait Ghebremedhin", "Senait", "Ghebremedhin", "f", "Tigrinya", kid=("Rahwa", "f")),
    P("Wanjiru Kamau", "Wanjiru", "Kamau", "f", "Kikuyu", kid=("Njeri", "f")),
    P("Tendai Moyo", "Tendai", "Moyo", "m", "Shona", kid=("Tanaka", "m")),
    P("Rutendo Chikwanha", "Rutendo", "Chikwanha", "f", "Shona", kid=("Nyasha", "f")),
    P("Sipho Dlamini", "Sipho", "Dlamini", "m", "Zulu", kid=("Lwazi", "m")),
    P("Fatmata Kamara", "Fatmata", "Kamara", "f", "Sierra Leonean (Temne)", kid=("Isatu", "f")),
    P("Jean-Paul Ilunga", "Jean-Paul", "Ilunga", "m", "Congolese (Luba)", kid=("Grâce", "f")),
    P("Amna Osman", "Amna", "Osman", "f", "Sudanese", kid=("Mohammed", "m")),
    P("Shanice Campbell", "Shanice", "Campbell", "f", "Jamaican", kid=("Jaden", "m")),
    P("Delroy Whyte", "Delroy", "Whyte", "m", "Jamaican", kid=("Kemar", "m")),
    P("Kezia Baptiste", "Kezia", "Baptiste", "f", "Trinidadian", kid=("Zion", "m")),
    P("DeShawn Whitaker", "DeShawn", "Whitaker", "m", "African American", kid=("Jalen", "m")),
    P("Tamika Jefferson", "Tamika", "Jefferson", "f", "African American", kid=("Aaliyah", "f")),
    P("Destiny Brooks", "Destiny", "Brooks", "f", "African American", kid=("Malik", "m")),
    P("Niamh Brennan", "Niamh", "Brennan", "f", "Irish", kid=("Oisín", "m")),
    P("Ciarán Ó Súilleabháin", "Ciarán", "Ó Súilleabháin", "m", "Irish", kid=("Saoirse", "f"),
      kfam="Ní Shúilleabháin"),
    P("Aoife Ní Dhomhnaill", "Aoife", "Ní Dhomhnaill", "f", "Irish", kid=("Cillian", "m"),
      kfam="Ó Dochartaigh"),
    P("Morag MacKinnon", "Morag", "MacKinnon", "f", "Scottish", kid=("Callum", "m")),
    P("Fraser Dunlop", "Fraser", "Dunlop", "m", "Scottish", kid=("Isla", "f")),
    P("Rhiannon Prys", "Rhiannon", "Prys", "f", "Welsh", kid=("Gethin", "m")),
    P("Iwan Llewelyn", "Iwan", "Llewelyn", "m", "Welsh", kid=("Cerys", "f")),
    P("Grace Lincoln", "Grace", "Lincoln", "f", "English", kid=("Harvey", "m")),
    P("Will Baker", "Will", "Baker", "m", "English", kid=("Ruby", "f")),
    P("Hope Marsh", "Hope", "Marsh", "f", "English", kid=("Poppy", "f")),
    P("Dean Parks", "Dean", "Parks", "m", "English", kid=("Rosa", "f")),
    P("Leanne Morrison", "Leanne", "Morrison", "f", "English", kid=("Kayla", "f")),
    P("Bill Sterling", "Bill", "Sterling", "m", "English", kid=("Alfie", "m")),
    P("Faith Gardner", "Faith", "Gardner", "f", "English", kid=("Archie", "m")),
    P("Rowan Fox", "Rowan", "Fox", "x", "English", kid=("Wren", "f")),
    P("Madison Pruitt", "Madison", "Pruitt", "f", "US (Southern)", kid=("Brody", "m")),
    P("Brandon Kowalczyk", "Brandon", "Kowalczyk", "m", "Polish American", kid=("Emma", "f")),
    P("Skyler Dunn", "Skyler", "Dunn", "x", "US", kid=("River", "x")),
    P("Guadalupe Rangel Soto", "Guadalupe", "Rangel Soto", "f", "Mexican", kid=("Ximena", "f"),
      kfam="Rangel"),
    P("Jesús Ortega", "Jesús", "Ortega", "m", "Mexican", kid=("Mateo", "m")),
    P("Yesenia Portillo", "Yesenia", "Portillo", "f", "Salvadoran", kid=("Josué", "m")),
    P("Xiomara Colón Rivera", "Xiomara", "Colón Rivera", "f", "Puerto Rican", kid=("Adrián", "m"),
      kfam="Colón"),
    P("Marlene Begay", "Marlene", "Begay", "f", "Diné (Navajo)", kid=("Shandiin", "f")),
    P("Tyrell Yazzie", "Tyrell", "Yazzie", "m", "Diné (Navajo)", kid=("Kayden", "m")),
    P("Aroha Te Whata", "Aroha", "Te Whata", "f", "Māori", kid=("Manaia", "m")),
    P("Wiremu Ngata", "Wiremu", "Ngata", "m", "Māori", kid=("Anahera", "f")),
    P("Malia Faleolo", "Malia", "Faleolo", "f", "Samoan", kid=("Losa", "f")),
    P("Sione Vaipulu", "Sione", "Vaipulu", "m", "Tongan", kid=("Viliami", "m")),
    P("Harpreet Kaur Gill", "Harpreet", "Gill", "f", "Punjabi Sikh", kid=("Jasleen", "f")),
    P("Manjit Singh Dhillon", "Manjit", "Dhillon", "m", "Punjabi Sikh", kid=("Arjun", "m")),
    P("Hetal Patel", "Hetal", "Patel", "f", "Gujarati", kid=("Dhruv", "m")),
    P("Nirav Shah", "Nirav", "Shah", "m", "Gujarati", kid=("Riya", "f")),
    P("Kavitha Subramaniam", "Kavitha", "Subramaniam", "f", "Tamil", kid=("Nila", "f")),
    P("Arun Rajendran", "Arun", "Rajendran", "m", "Tamil", kid=("Kavin", "m")),
    P("Rumana Begum", "Rumana", "Begum", "f", "Bangladeshi (Sylheti)", kid=("Ayaan", "m"),
      kfam="Miah"),
    P("Shahidul Islam", "Shahidul", "Islam", "m", "Bangladeshi", kid=("Tasnim", "f")),
    P("Ayesha Siddiqui", "Ayesha", "Siddiqui", "f", "Pakistani", kid=("Hamza", "m")),
    P("Imran Chaudhry", "Imran", "Chaudhry", "m", "Pakistani (Punjabi)", kid=("Zayn", "m")),
    P("Dilani Wickramasinghe", "Dilani", "Wickramasinghe", "f", "Sinhala", kid=("Senuth", "m")),
    P("Bishnu Gurung", "Bishnu", "Gurung", "m", "Nepali (Gurung)", kid=("Pratima", "f")),
    P("Farzana Ahmadzai", "Farzana", "Ahmadzai", "f", "Pashtun", kid=("Mursal", "f")),
    P("Wahid Noorzai", "Wahid", "Noorzai", "m", "Afghan (Dari)", kid=("Sohrab", "m")),
    P("Shirin Mohammadi", "Shirin", "Mohammadi", "f", "Persian", kid=("Darya", "f")),
    P("Shilan Rasul", "Shilan", "Rasul", "f", "Kurdish (Sorani)", kid=("Aram", "m")),
    P("Rama Al-Hamwi", "Rama", "Al-Hamwi", "f", "Syrian", kid=("Yamen", "m")),
    P("Majd Haddad", "Majd", "Haddad", "m", "Syrian", kid=("Lamar", "f")),
    P("Nour Abu Hamdan", "Nour", "Abu Hamdan", "f", "Palestinian", kid=("Karam", "m")),
    P("Rania Khoury", "Rania", "Khoury", "f", "Lebanese", kid=("Maya", "f")),
    P("Mostafa Abdelrahman", "Mostafa", "Abdelrahman", "m", "Egyptian", kid=("Malak", "f")),
    P("Youssef El Idrissi", "Youssef", "El Idrissi", "m", "Moroccan", kid=("Adam", "m")),
    P("Liu Yuxuan", "Yuxuan", "Liu", "f", "Chinese (mainland)", kid=("Ethan", "m")),
    P("Chen Haoran", "Haoran", "Chen", "m", "Chinese (mainland)", kid=("Zimo", "m")),
    P("Cheung Wing-sze", "Wing-sze", "Cheung", "f", "Hong Kong Cantonese", kid=("Hayden", "m")),
    P("Park Ji-woo", "Ji-woo", "Park", "f", "Korean", kid=("Seo-yun", "f")),
    P("Haruka Nishimura", "Haruka", "Nishimura", "f", "Japanese", kid=("Ren", "m")),
    P("Trần Bảo Ngọc", "Ngọc", "Trần", "f", "Vietnamese", kid=("Khang", "m")),
    P("Phạm Quốc Huy", "Huy", "Phạm", "m", "Vietnamese", kid=("Vy", "f")),
    P("Darcy Nguyen", "Darcy", "Nguyen", "m", "Vietnamese Australian", kid=("Mia", "f")),
    P("Maricel dela Cruz", "Maricel", "dela Cruz", "f", "Filipino", kid=("Angelo", "m")),
    P("Jomar Villanueva", "Jomar", "Villanueva", "m", "Filipino", kid=("Princess", "f")),
    P("Pa Nhia Vang", "Pa Nhia", "Vang", "f", "Hmong", kid=("Kou", "m")),
    P("Nattapong Srisuk", "Nattapong", "Srisuk", "m", "Thai", kid=("Ploy", "f")),
    P("Putri Wulandari", "Putri", "Wulandari", "f", "Javanese", kid=("Rafi", "m")),
    P("Nurul Aina binti Rosli", "Nurul Aina", "Nurul Aina", "f", "Malay"),
    P("Khin Myo Thant", "Khin Myo", "Khin Myo Thant", "f", "Burmese"),
    P("Oksana Hrytsenko", "Oksana", "Hrytsenko", "f", "Ukrainian", kid=("Daryna", "f")),
    P("Bohdan Melnyk", "Bohdan", "Melnyk", "m", "Ukrainian", kid=("Maksym", "m")),
    P("Ionela Stănescu", "Ionela", "Stănescu", "f", "Romanian", kid=("Luca", "m")),
    P("Mirela Căldărar", "Mirela", "Căldărar", "f", "Romanian Roma", kid=("Denisa", "f")),
    P("Katarzyna Wójcik", "Katarzyna", "Wójcik", "f", "Polish", kid=("Zuzanna", "f")),
    P("Łukasz Zieliński", "Łukasz", "Zieliński", "m", "Polish", kid=("Kuba", "m")),
    P("Rūta Kazlauskienė", "Rūta", "Kazlauskienė", "f", "Lithuanian", kid=("Mantas", "m"),
      kfam="Kazlauskas"),
    P("Jānis Ozoliņš", "Jānis", "Ozoliņš", "m", "Latvian", kid=("Marta", "f"), kfam="Ozoliņa"),
    P("Réka Tóth", "Réka", "Tóth", "f", "Hungarian", kid=("Bence", "m")),
    P("Tereza Dvořáková", "Tereza", "Dvořáková", "f", "Czech", kid=("Matyáš", "m"),
      kfam="Dvořák"),
    P("Eleni Papadopoulou", "Eleni", "Papadopoulou", "f", "Greek", kid=("Giorgos", "m"),
      kfam="Papadopoulos"),
    P("Stavros Karagiannis", "Stavros", "Karagiannis", "m", "Greek Cypriot", kid=("Nefeli", "f"),
      kfam="Karagianni"),
    P("Arbër Krasniqi", "Arbër", "Krasniqi", "m", "Albanian", kid=("Dua", "f")),
    P("Elif Demir", "Elif", "Demir", "f", "Turkish", kid=("Deniz", "x")),
    P("Noa Ben-Ami", "Noa", "Ben-Ami", "f", "Israeli", kid=("Yonatan", "m")),
    P("Miriam Goldblatt", "Miriam", "Goldblatt", "f", "British Jewish", kid=("Eli", "m")),
    P("Inês Figueiredo", "Inês", "Figueiredo", "f", "Portuguese", kid=("Tomás", "m")),
    P("Thiago Nascimento", "Thiago", "Nascimento", "m", "Brazilian", kid=("Enzo", "m")),
    P("Paola Cárdenas Mejía", "Paola", "Cárdenas Mejía", "f", "Colombian", kid=("Samuel", "m"),
      kfam="Cárdenas"),
    P("Wilber Quispe Mamani", "Wilber", "Quispe Mamani", "m", "Quechua (Peru)", kid=("Ruth", "f"),
      kfam="Quispe"),
    P("Giulia Esposito", "Giulia", "Esposito", "f", "Italian", kid=("Leonardo", "m")),
    P("Margaux Lefebvre", "Margaux", "Lefebvre", "f", "French", kid=("Léo", "m")),
    P("Jonas Brandt", "Jonas", "Brandt", "m", "German", kid=("Mila", "f")),
    P("Sanne de Wit", "Sanne", "de Wit", "f", "Dutch", kid=("Daan", "m")),
    P("Linnea Holm", "Linnea", "Holm", "f", "Swedish", kid=("Elsa", "f")),
    P("Aino Kettunen", "Aino", "Kettunen", "f", "Finnish", kid=("Eetu", "m")),
    P("Sigrid Haugland", "Sigrid", "Haugland", "f", "Norwegian", kid=("Ola", "m")),
    P("Guðrún Sigurðardóttir", "Guðrún", "Sigurðardóttir", "f", "Icelandic", kid=("Birta", "f"),
      kfam="Einarsdóttir"),
    P("Marie-Ève Tremblay", "Marie-Ève", "Tremblay", "f", "Québécois", kid=("Félix", "m")),
    P("Dale Winter", "Dale", "Winter", "m", "Australian", kid=("Harper", "f")),
]

FR = [
    P("Aminata Diallo", "Aminata", "Diallo", "f", "Fula (Guinea)", kid=("Moussa", "m")),
    P("Karim Benali", "Karim", "Benali", "m", "Algerian", kid=("Inès", "f")),
    P("Sandrine Lemoine", "Sandrine", "Lemoine", "f", "French", kid=("Lucas", "m")),
    P("Nadia Haddouche", "Nadia", "Haddouche", "f", "Kabyle", kid=("Yanis", "m")),
    P("Claire Nguyen-Marchand", "Claire", "Nguyen-Marchand", "f", "Vietnamese French",
      kid=("Hugo", "m")),
    P("Océane Rivière", "Océane", "Rivière", "f", "French", kid=("Jade", "f")),
    P("Hervé Le Goff", "Hervé", "Le Goff", "m", "Breton", kid=("Maël", "m")),
    P("Jean-Baptiste Mukendi", "Jean-Baptiste", "Mukendi", "m", "Congolese (Kinshasa)",
      kid=("Divine", "f")),
]
DE = [
    P("Ayşe Kaya", "Ayşe", "Kaya", "f", "Turkish German"),
    P("Lukas Hoffmann", "Lukas", "Hoffmann", "m", "German"),
    P("Jürgen Weiß", "Jürgen", "Weiß", "m", "German"),
    P("Friederike von Stetten", "Friederike", "von Stetten", "f", "German"),
    P("Hamza Al-Masri", "Hamza", "Al-Masri", "m", "Syrian"),
    P("Ilir Berisha", "Ilir", "Berisha", "m", "Kosovar Albanian"),
    P("Anneliese Köhler", "Anneliese", "Köhler", "f", "German"),
    P("Dragana Petrović", "Dragana", "Petrović", "f", "Serbian"),
]
ES = [
    P("Lucía Fernández Morales", "Lucía", "Fernández Morales", "f", "Spanish",
      dob=(1990, 2, 13), nid="48217395B"),
    P("Ioana Popescu", "Ioana", "Popescu", "f", "Romanian", dob=(1986, 10, 4), nid="Y3482917H"),
    P("Aitor Etxeberria", "Aitor", "Etxeberria", "m", "Basque"),
    P("Jhon Freddy Cuesta", "Jhon Freddy", "Cuesta", "m", "Afro-Colombian"),
    P("María del Carmen Ruiz de la Torre", "María del Carmen", "Ruiz de la Torre", "f",
      "Spanish (Andalusian)"),
]
BR = [
    P("Ana Cláudia dos Santos", "Ana Cláudia", "dos Santos", "f", "Brazilian",
      dob=(1983, 4, 19), nid="284.731.906-96", kid=("Kauã", "m")),
    P("Francisco das Chagas Oliveira", "Francisco", "Oliveira", "m", "Brazilian (Nordeste)",
      dob=(1971, 9, 2), nid="517.208.493-23"),
    P("Raimunda Nonata Sousa", "Raimunda", "Sousa", "f", "Brazilian (Nordeste)",
      dob=(1958, 12, 8), nid="063.915.274-07"),
    P("Evandro Tavares", "Evandro", "Tavares", "m", "Cape Verdean"),
    P("Luana Pataxó", "Luana", "Pataxó", "f", "Pataxó (Brazil)"),
]
IT = [
    P("Elona Hoxha", "Elona", "Hoxha", "f", "Albanian", dob=(2003, 6, 11),
      nid="HXHLNE03H51Z100O"),
    P("Alessandro De Santis", "Alessandro", "De Santis", "m", "Italian (Salento)",
      dob=(2002, 1, 24), nid="DSNLSN02A24E506Y"),
    P("Chiara Lombardi", "Chiara", "Lombardi", "f", "Italian"),
    P("Mariam Ndiaye", "Mariam", "Ndiaye", "f", "Senegalese (Wolof)"),
]
NL = [
    P("Khadija Bouzid", "Khadija", "Bouzid", "f", "Moroccan Dutch", nid="218473606"),
    P("Jeroen van der Linden", "Jeroen", "van der Linden", "m", "Dutch"),
    P("Gerrit-Jan Dijkstra", "Gerrit-Jan", "Dijkstra", "m", "Frisian"),
    P("Roshni Ramsaran", "Roshni", "Ramsaran", "f", "Surinamese Hindustani", nid="173950280"),
    P("Esra Yıldız", "Esra", "Yıldız", "f", "Turkish Dutch"),
]
PL = [
    P("Agnieszka Wiśniewska", "Agnieszka", "Wiśniewska", "f", "Polish", dob=(1987, 3, 14),
      nid="87031404821"),
    P("Olena Bondarenko", "Olena", "Bondarenko", "f", "Ukrainian", dob=(1979, 11, 2),
      nid="79110217462"),
    P("Grzegorz Dąbrowski", "Grzegorz", "Dąbrowski", "m", "Polish", dob=(1962, 7, 25),
      nid="62072501931"),
    P("Halina Szczepańska", "Halina", "Szczepańska", "f", "Polish"),
    P("Kacper Wróbel", "Kacper", "Wróbel", "m", "Polish"),
]
SV = [
    P("Hanna Lindqvist", "Hanna", "Lindqvist", "f", "Swedish", dob=(1984, 5, 17),
      nid="840517-3280"),
    P("Pirjo Mäkinen", "Pirjo", "Mäkinen", "f", "Sweden Finnish", kid=("Elias", "m"),
      nid="210302-4176"),
    P("Ahmed Hussein Abdi", "Ahmed", "Abdi", "m", "Somali Swedish"),
    P("Björn Åström", "Björn", "Åström", "m", "Swedish"),
    P("Dalia Yousef", "Dalia", "Yousef", "f", "Syrian Swedish"),
]
TR = [
    P("Zeynep Aydın", "Zeynep", "Aydın", "f", "Turkish", dob=(2004, 2, 17), nid="38471920510"),
    P("Berfin Doğan", "Berfin", "Doğan", "f", "Kurdish (Turkey)", dob=(2005, 8, 30),
      nid="52710384628"),
    P("Hüseyin Çelik", "Hüseyin", "Çelik", "m", "Turkish"),
    P("Gülsüm Yavuz", "Gülsüm", "Yavuz", "f", "Turkish (Laz)"),
]
JA = [
    P("小野寺 颯太", "颯太", "小野寺", "m", "Japanese", roma="sota onodera"),
    P("佐々木 美咲", "美咲", "佐々木", "f", "Japanese", roma="misaki sasaki"),
    P("グエン・ティ・ハー", "ハー", "グエン", "f", "Vietnamese (in Japan)", roma="ha nguyen"),
    P("マリア・サントス", "マリア", "サントス", "f", "Filipina (in Japan)", roma="maria santos"),
    P("高橋 直子", "直子", "高橋", "f", "Japanese", roma="naoko takahashi"),
    P("金 民俊", "民俊", "金", "m", "Zainichi Korean", roma="minjun kim"),
]
POOLS = {"en": EN, "fr": FR, "de": DE, "es": ES, "br": BR, "it": IT, "nl": NL, "pl": PL,
         "sv": SV, "tr": TR, "ja": JA}

# --------------------------------------------------------------------------- homes and numbers
# Real small towns; the street numbers, flats, phones and e-mails that go with them are made up.

A = Addr
ADDRS = [
    A("uk", ["⟦L|Flat 2⟧, ⟦L|31 Castle Street⟧", "⟦L|Llandeilo⟧", "⟦L|SA19 6AN⟧"], "⟦L|Llandeilo⟧"),
    A("uk", ["⟦L|7 Fore Street⟧", "⟦L|Totnes⟧", "⟦L|TQ9 5HX⟧"], "⟦L|Totnes⟧"),
    A("uk", ["⟦L|22 Priestpopple⟧", "⟦L|Hexham⟧", "⟦L|NE46 1PS⟧"], "⟦L|Hexham⟧"),
    A("uk", ["⟦L|14 Churchill Way⟧", "⟦L|Kirkby Stephen⟧", "⟦L|CA17 4QE⟧"], "⟦L|Kirkby Stephen⟧"),
    A("uk", ["⟦L|Flat 9⟧, ⟦L|Nightingale House⟧", "⟦L|48 Wellington Road⟧", "⟦L|Bishop's Castle⟧",
             "⟦L|SY9 5AB⟧"], "⟦L|Bishop's Castle⟧"),
    A("uk", ["⟦L|3 Tanners Row⟧", "⟦L|Stornoway⟧", "⟦L|Isle of Lewis⟧", "⟦L|HS1 2DY⟧"], "⟦L|Stornoway⟧"),
    A("uk", ["⟦L|56 Mandela Close⟧", "⟦L|Ashby-de-la-Zouch⟧", "⟦L|LE65 2FN⟧"], "⟦L|Ashby-de-la-Zouch⟧"),
    A("uk", ["⟦L|Flat 1⟧, ⟦L|9 Gladstone Terrace⟧", "⟦L|Llanidloes⟧", "⟦L|SY18 6EB⟧"], "⟦L|Llanidloes⟧"),
    A("uk", ["⟦L|118 Peel Street⟧", "⟦L|Todmorden⟧", "⟦L|OL14 5QT⟧"], "⟦L|Todmorden⟧"),
    A("uk", ["⟦L|27 Brunswick Square⟧", "⟦L|Penzance⟧", "⟦L|TR18 2PH⟧"], "⟦L|Penzance⟧"),
    A("uk", ["⟦L|41 Victoria Avenue⟧", "⟦L|Crieff⟧", "⟦L|PH7 4AU⟧"], "⟦L|Crieff⟧"),
    A("uk", ["⟦L|Flat 4⟧, ⟦L|Attlee Court⟧", "⟦L|12 Station Road⟧", "⟦L|Wymondham⟧", "⟦L|NR18 0JY⟧"],
      "⟦L|Wymondham⟧"),
    A("us", ["⟦L|418 Maple Ave⟧", "⟦L|Decorah⟧, ⟦L|IA⟧ ⟦L|52101⟧"], "⟦L|Decorah⟧"),
    A("us", ["⟦L|1207 W 3rd St⟧, ⟦L|Apt 6⟧", "⟦L|Hood River⟧, ⟦L|OR⟧ ⟦L|97031⟧"], "⟦L|Hood River⟧"),
    A("us", ["⟦L|63 Elliot St⟧", "⟦L|Brattleboro⟧, ⟦L|VT⟧ ⟦L|05301⟧"], "⟦L|Brattleboro⟧"),
    A("us", ["⟦L|2214 Lincoln Ave⟧", "⟦L|Red Wing⟧, ⟦L|MN⟧ ⟦L|55066⟧"], "⟦L|Red Wing⟧"),
    A("us", ["⟦L|PO Box 1184⟧", "⟦L|Chinle⟧, ⟦L|AZ⟧ ⟦L|86503⟧"], "⟦L|Chinle⟧"),
    A("us", ["⟦L|77 Martin Luther King Jr Blvd⟧, ⟦L|Unit 3B⟧", "⟦L|Selma⟧, ⟦L|AL⟧ ⟦L|36703⟧"],
      "⟦L|Selma⟧"),
    A("us", ["⟦L|540 Cedar St⟧", "⟦L|Sitka⟧, ⟦L|AK⟧ ⟦L|99835⟧"], "⟦L|Sitka⟧"),
    A("us", ["⟦L|31 Hale Rd⟧", "⟦L|Lanesborough⟧, ⟦L|MA⟧ ⟦L|01237⟧"], "⟦L|Lanesborough⟧"),
    A("ie", ["⟦L|4 Parliament Street⟧", "⟦L|Ennistymon⟧", "⟦L|Co. Clare⟧", "⟦L|V95 KX27⟧"], "⟦L|Ennistymon⟧"),
    A("ie", ["⟦L|Apt 12⟧, ⟦L|Crann Óg⟧", "⟦L|Cahersiveen⟧", "⟦L|Co. Kerry⟧", "⟦L|V23 R6F4⟧"],
      "⟦L|Cahersiveen⟧"),
    A("au", ["⟦L|9 Banksia Crescent⟧", "⟦L|Mudgee⟧ ⟦L|NSW⟧ ⟦L|2850⟧"], "⟦L|Mudgee⟧"),
    A("au", ["⟦L|Unit 4⟧, ⟦L|17 Gipps Street⟧", "⟦L|Port Fairy⟧ ⟦L|VIC⟧ ⟦L|3284⟧"], "⟦L|Port Fairy⟧"),
    A("ca", ["⟦L|214 rue Principale⟧", "⟦L|Baie-Saint-Paul⟧ (⟦L|Québec⟧) ⟦L|G3Z 1T2⟧"],
      "⟦L|Baie-Saint-Paul⟧"),
    A("ca", ["⟦L|38 Pelham St⟧", "⟦L|Lunenburg⟧, ⟦L|NS⟧ ⟦L|B0J 2C0⟧"], "⟦L|Lunenburg⟧"),
    A("nz", ["⟦L|27 Rata Street⟧", "⟦L|Martinborough⟧ ⟦L|5711⟧"], "⟦L|Martinborough⟧"),
    A("fr", ["⟦L|12 rue des Tanneurs⟧", "⟦L|24200⟧ ⟦L|Sarlat-la-Canéda⟧"], "⟦L|Sarlat⟧"),
    A("fr", ["⟦L|3 impasse du Moulin⟧", "⟦L|68340⟧ ⟦L|Riquewihr⟧"], "⟦L|Riquewihr⟧"),
    A("fr", ["⟦L|Bât. C⟧, ⟦L|appt 21⟧", "⟦L|8 allée Simone-Veil⟧", "⟦L|86100⟧ ⟦L|Châtellerault⟧"],
      "⟦L|Châtellerault⟧"),
    A("de", ["⟦L|Am Mühlbach 9⟧", "⟦L|87629⟧ ⟦L|Füssen⟧"], "⟦L|Füssen⟧"),
    A("de", ["⟦L|Goethestraße 41⟧", "⟦L|06484⟧ ⟦L|Quedlinburg⟧"], "⟦L|Quedlinburg⟧"),
    A("de", ["⟦L|Sophie-Scholl-Weg 3⟧", "⟦L|37574⟧ ⟦L|Einbeck⟧"], "⟦L|Einbeck⟧"),
    A("es", ["⟦L|C/ Mayor, 18⟧, ⟦L|2º izda.⟧", "⟦L|22700⟧ ⟦L|Jaca⟧ (⟦L|Huesca⟧)"], "⟦L|Jaca⟧"),
    A("es", ["⟦L|Avda. Blas Infante, 7⟧, ⟦L|3º B⟧", "⟦L|29780⟧ ⟦L|Nerja⟧ (⟦L|Málaga⟧)"], "⟦L|Nerja⟧"),
    A("br", ["⟦L|Rua Sete de Setembro, 318⟧, ⟦L|apto 12⟧", "⟦L|Centro⟧, ⟦L|Tiradentes⟧ - ⟦L|MG⟧",
             "⟦L|36325-000⟧"], "⟦L|Tiradentes⟧"),
    A("br", ["⟦L|Travessa Padre Cícero, 45⟧", "⟦L|Salesianos⟧, ⟦L|Juazeiro do Norte⟧ - ⟦L|CE⟧",
             "⟦L|63050-220⟧"], "⟦L|Juazeiro do Norte⟧"),
    A("br", ["⟦L|Rua Castro Alves, 90⟧, ⟦L|casa 2⟧", "⟦L|Cachoeira⟧ - ⟦L|BA⟧", "⟦L|44300-000⟧"],
      "⟦L|Cachoeira⟧"),
    A("it", ["⟦L|Via Giuseppe Mazzini 11⟧", "⟦L|06081⟧ ⟦L|Assisi⟧ (⟦L|PG⟧)"], "⟦L|Assisi⟧"),
    A("it", ["⟦L|Vico San Domenico 4⟧", "⟦L|73024⟧ ⟦L|Maglie⟧ (⟦L|LE⟧)"], "⟦L|Maglie⟧"),
    A("nl", ["⟦L|Kerkstraat 18⟧", "⟦L|8861 BP⟧ ⟦L|Harlingen⟧"], "⟦L|Harlingen⟧"),
    A("nl", ["⟦L|Van Speijkstraat 27⟧", "⟦L|4301 CS⟧ ⟦L|Zierikzee⟧"], "⟦L|Zierikzee⟧"),
    A("nl", ["⟦L|Prinses Julianastraat 5⟧", "⟦L|9101 LA⟧ ⟦L|Dokkum⟧"], "⟦L|Dokkum⟧"),
    A("pl", ["⟦L|ul. Mickiewicza 7 m. 3⟧", "⟦L|34-500⟧ ⟦L|Zakopane⟧"], "⟦L|Zakopane⟧"),
    A("pl", ["⟦L|os. Słoneczne 14/22⟧", "⟦L|38-500⟧ ⟦L|Sanok⟧"], "⟦L|Sanok⟧"),
    A("pl", ["⟦L|ul. Kościuszki 41⟧", "⟦L|16-400⟧ ⟦L|Suwałki⟧"], "⟦L|Suwałki⟧"),
    A("se", ["⟦L|Storgatan 14 B⟧", "⟦L|621 55⟧ ⟦L|Visby⟧"], "⟦L|Visby⟧"),
    A("se", ["⟦L|Linnégatan 6⟧", "⟦L|745 31⟧ ⟦L|Enköping⟧"], "⟦L|Enköping⟧"),
    A("tr", ["⟦L|Kumbahçe Mah.⟧ ⟦L|Atatürk Cad. No:42 D:5⟧", "⟦L|48400⟧ ⟦L|Bodrum⟧/⟦L|Muğla⟧"],
      "⟦L|Bodrum⟧"),
    A("tr", ["⟦L|Cumhuriyet Mah.⟧ ⟦L|1204. Sok. No:7⟧", "⟦L|78600⟧ ⟦L|Safranbolu⟧/⟦L|Karabük⟧"],
      "⟦L|Safranbolu⟧"),
    A("ja", ["〒⟦L|399-9301⟧", "⟦L|長野県⟧⟦L|北安曇郡白馬村⟧⟦L|北城3020-14⟧"], "⟦L|白馬村⟧"),
    A("ja", ["〒⟦L|771-4501⟧", "⟦L|徳島県⟧⟦L|勝浦郡上勝町⟧⟦L|福原字平間71-2⟧"], "⟦L|上勝町⟧"),
]

PHONES = {
    "uk": ["07842 316509", "07931 284 776", "07415 902318", "07588 431 260", "07306 118947",
           "07760 529 183", "07472 663015", "07894 207 351", "01547 528914", "01874 622031",
           "(01983) 754 219", "07519 846 002", "07723580194", "0161 449 2870"],
    "us": ["(541) 386-2217", "(319) 382-4706", "802-254-9183", "(207) 594-3361",
           "(505) 726-0148", "312-448-9027", "(651) 774-2190", "(413) 528-6632",
           "(971) 208-5514", "785.462.3307", "334-872-1509"],
    "ie": ["087 214 6630", "085 771 3092", "(065) 707 1243"],
    "au": ["0412 739 581", "0438 226 907", "(02) 6372 4418"],
    "ca": ["(418) 435-2291", "(902) 634-7718"],
    "nz": ["021 487 2290", "027 315 8842"],
    "fr": ["06 48 21 93 57", "07 62 14 38 90", "05 53 29 41 76", "06.31.77.02.48"],
    "de": ["0171 4829365", "0151 27364819", "03946 918274", "0160 93 41 227"],
    "es": ["612 48 39 07", "699 215 843", "974 36 12 58"],
    "br": ["(71) 99184-2063", "(32) 98823-4471", "(88) 99607-1358"],
    "it": ["347 812 9054", "320 445 1873", "0836 484217"],
    "nl": ["06-41827395", "06 2839 4710", "0517-412863"],
    "pl": ["601 284 937", "512 773 048", "18 201 44 63"],
    "se": ["070-382 91 46", "073-614 20 58", "0498-27 31 40"],
    "tr": ["0532 418 27 63", "0544 903 18 26", "0252 316 44 90"],
    "ja": ["090-4821-7736", "080-3362-1905", "0261-72-3417"],
}

DOBS = {
    "pupil": [(2014, 3, 9), (2016, 11, 22), (2013, 7, 1), (2017, 1, 30), (2015, 9, 14),
              (2012, 12, 5), (2016, 4, 18), (2014, 10, 27), (2018, 2, 3), (2013, 5, 21),
              (2015, 6, 8), (2017, 8, 19)],
    "student": [(2003, 8, 16), (2001, 2, 28), (2004, 11, 3), (1999, 6, 12), (2005, 1, 19),
                (2002, 10, 7)],
    "adult": [(1986, 4, 23), (1979, 12, 2), (1991, 7, 30), (1968, 3, 15), (1994, 9, 9),
              (1983, 1, 27), (1975, 6, 18), (1989, 11, 11), (1972, 8, 4), (1997, 5, 6)],
    "old": [(1941, 10, 8), (1938, 2, 14), (1946, 7, 22), (1950, 12, 31), (1936, 5, 3)],
}

SSNS = ["412-58-3096", "529-71-4830"]
NINOS = ["JT 48 29 61 B", "PR 730518C", "NE 52 61 74 A"]
MRNS = ["40827713", "K1938472", "RVJ 0615283"]
CARDS = ["4539 2180 7736 4123", "5376142901833751", "4929-1746-0381-2531"]
IBANS = ["DE11 2505 0180 0039 4716 28", "DE46430609671187205300", "NL28 RABO 0318 4277 56",
         "NL16INGB0006718243"]
IPS = ["10.14.2.57", "10.14.2.63", "81.152.37.204", "86.174.9.118"]

MAIL = {
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk",
           "icloud.com", "sky.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com"],
    "au": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "ca": ["videotron.ca", "gmail.com", "sympatico.ca"],
    "nz": ["xtra.co.nz", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "es": ["hotmail.es", "gmail.com", "yahoo.es"],
    "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
    "it": ["libero.it", "gmail.com", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "gmail.com"],
    "se": ["telia.com", "gmail.com", "hotmail.se"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "yahoo.co.jp"],
}


# --------------------------------------------------------------------------- drawing values

class Ctx:
    """What a template draws from.  Least-used first, ties broken by the seeded RNG, never the
    same value twice in one row."""

    def __init__(self, rng):
        self.rng = rng
        self.uses = collections.Counter()
        self.row = set()
        self.i = 0

    def start(self, i):
        self.row, self.i = set(), i

    def _least(self, items, key):
        cands = [x for x in items if key(x) not in self.row]
        low = min(self.uses[key(x)] for x in cands)
        best = [x for x in cands if self.uses[key(x)] == low]
        x = best[self.rng.randrange(len(best))]
        self.uses[key(x)] += 1
        self.row.add(key(x))
        return x

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def person(self, pool="en", kid=False, key=None, where=None):
        items = POOLS[pool]
        if kid:
            items = [p for p in items if p.kid]
        if where:
            items = [p for p in items if where(p)]
        if key:
            x = [p for p in items if p.key == key][0]
            self.uses["p:" + x.key] += 1
            self.row.add("p:" + x.key)
            return x
        return self._least(items, lambda p: "p:" + p.key)

    def people(self, n, pool="en", kid=False, where=None):
        return [self.person(pool, kid, where=where) for _ in range(n)]

    def addr(self, cc):
        return self._least([a for a in ADDRS if a.cc == cc], lambda a: "a:" + a.block)

    def phone(self, cc):
        return m("T", self._least(PHONES[cc], lambda x: "t:" + x))

    def dob(self, kind, style):
        return m("D", fmt_date(self._least(DOBS[kind], lambda x: "d:%s-%s-%s" % x), style))

    def value(self, kind, seq):
        return m(kind, self._least(seq, lambda x: "v:" + x))

    def email(self, p, cc="uk", domain=None, style=None):
        if p.roma:
            given, fam = p.roma.split(" ", 1)
        else:
            given, fam = p.rcall, p.rfam
        g, f = alnum(given), alnum(fam)
        styles = ["g.f", "gf", "g_f##", "f.g", "g.f##", "gf##", "g#f", "g.f"]
        st = style or self.pick(styles)
        n2 = "%02d" % self.rng.randrange(1, 99)
        local = {"g.f": g + "." + f, "gf": g[0] + f, "g_f##": g + "_" + f + n2, "f.g": f + "." + g,
                 "g.f##": g + "." + f + n2, "gf##": g + f + n2, "g#f": g + f[0] + n2,
                 "gi.f": g[0] + "." + f}[st]
        return m("E", local + "@" + (domain or self.pick(MAIL[cc])))


# --------------------------------------------------------------------------- templates

TEMPLATES = []


def T(cls, name, n, lang="en", case=None):
    """Register a template: `n` rows, language, and `case` ('lower' or 'upper') for the row."""
    def deco(fn):
        TEMPLATES.append({"class": cls, "template": name, "n": n, "lang": lang, "case": case,
                          "fn": fn})
        return fn
    return deco


def V(c, *variants):
    """The variant for this row of the template (row 0 takes the first, and so on)."""
    return variants[c.i % len(variants)]


def given_part(p):
    """Given names without the surname (for forms with separate fields)."""
    g = p.raw.replace(p.rfam, "").strip(" ,")
    return re.sub(r"\s+", " ", g)


def split_ok(p):
    return given_part(p) not in ("", p.raw) and p.rfam != p.raw and "binti" not in p.raw


def first(p):
    return m("P", given_part(p))


def sg(p):
    """`Surname, Given` as two spans."""
    return "%s, %s" % (p.f, first(p))


def handle(p, style):
    g, f = alnum(p.rcall), alnum(p.rfam)
    return m("P", {"g.f": g + "." + f, "gf": g + f[0], "g_f": g + "_" + f, "g": g + f[:1],
                   "fg": f + g[0]}[style])


def kpro(p, which):
    return {"s": {"f": "she", "m": "he", "x": "they"}, "o": {"f": "her", "m": "him", "x": "them"},
            "p": {"f": "her", "m": "his", "x": "their"}}[which][p.kid[1]]


def kid_en(p):
    return p.kid is not None and p.cult not in ("Malay", "Burmese")


# =========================================================================== personal rows
# ---------------------------------------------------------------- schools

@T("personal_school", "parent_email_reply", 3)
def _(c):
    par = c.person(kid=True)
    t = c.person(where=lambda p: p.g == ("m" if c.i == 1 else "f"))
    if c.i == 0:
        return (f"Can you help me reply to this? Keep it warm but firm, we can't let {kpro(par, 'o')} go on the "
                f"trip without the signed form.\n\n"
                f"> Hi Mrs {t.f}, {par.k} won't be in till after lunch tomorrow {kpro(par, 's')} has the dentist at 10. "
                f"Also I still havent got the form for the Roald Dahl Museum trip, can you send another one home "
                f"in {kpro(par, 'p')} bag or can I just email you? My number is {c.phone('uk')} if thats easier.\n"
                f"> Thanks, {par.full}")
    if c.i == 1:
        return (f"Draft a reply from our school nurse to this parent. We follow the FARE food allergy action plan "
                f"at Lincoln Elementary and the EpiPen authorization form has to be dropped off before Monday.\n\n"
                f"From: {par.full} <{c.email(par, 'us')}>\nSubject: {par.k} - peanut allergy\n\n"
                f"Hi Mr. {t.f}, I want to make sure the cafeteria knows {par.kfull} has a severe peanut allergy. "
                f"Last year at Jefferson Middle (where {kpro(par, 'p')} cousin goes) they served PB&J on field day "
                f"and nobody checked. Can someone call me at {c.phone('us')}? Thank you!!")
    return (f"Summarise this for the principal in two lines, she hasn't time to read it all:\n\n"
            f"\"Dear Ms {t.f}, I am writing again about {par.k} in 2nd class. {kpro(par, 's').capitalize()} is being left out at "
            f"yard time and came home crying on Thursday. The Stay Safe programme ye did was great but it hasn't "
            f"changed anything. I work in Ennis during the week so please ring me on {c.phone('ie')} after 5.\n"
            f"Is mise le meas,\n{par.full}\"")


@T("personal_school", "class_groups_table", 3)
def _(c):
    if c.i == 0:
        ps = c.people(7, kid=True)
        bands = ["Turquoise", "Purple", "Gold", "Turquoise", "Orange", "Purple", "White"]
        notes = ["loves Biff, Chip and Kipper", "", "EAL, strong decoder", "", "needs Nessy daily",
                 "reads Horrid Henry at home", "ready for chapter books"]
        rows = "\n".join(f"| {p.kfull} | {b} | {30 + (j * 3) % 10}/40 | {n} |"
                         for j, (p, b, n) in enumerate(zip(ps, bands, notes)))
        return (f"Make 3 guided reading groups from this (similar book bands together, max 5 a group) and "
                f"suggest one Oxford Reading Tree or Collins Big Cat title for each group. Keep {ps[0].k} and "
                f"{ps[3].k} in different groups please.\n\n| Pupil | Book band | Phonics check | Notes |\n"
                f"|---|---|---|---|\n{rows}")
    if c.i == 1:
        ps, t = c.people(6, kid=True), c.person(where=lambda p: p.g == "m")
        speeds = ["5.4", "7.9", "3.1", "6.6", "4.8", "9.2"]
        rows = "\n".join(f"4W,{p.kfull},{s},{40 + j * 17}" for j, (p, s) in enumerate(zip(ps, speeds)))
        return (f"Our Year 4 Times Tables Rock Stars export is below. Sort it by speed and tell me who's still "
                f"above 6 seconds a question? They'll go in the Tuesday boost group with Mr {t.f}.\n\n"
                f"Class,Name,Studio speed (s),Garage games\n{rows}")
    ps = c.people(5, kid=True)
    orf = [41, 67, 22, 58, 35]
    acc = ["88%", "97%", "71%", "94%", "85%"]
    rows = "\n".join(f"- {p.kfull}: ORF {o}, accuracy {a}" for p, o, a in zip(ps, orf, acc))
    return (f"2nd grade DIBELS middle-of-year results for Room 12 at Lincoln Elementary. Group them into "
            f"intensive / strategic / core and give me one sentence per group I can share at the PLC meeting.\n\n"
            f"{rows}")


@T("personal_school", "report_comments", 3, case="lower")
def _(c):
    if c.i == 0:
        a, b, d = c.people(3, kid=True)
        return (f"can you tidy these end of year comments so they sound less robotic, about 60 words each, keep "
                f"the facts\n- {a.k}: great effort in science, loved the mary anning fossil project, needs to slow "
                f"down with handwriting\n- {b.k}: shy at start of year, now reads aloud in class. times tables "
                f"still shaky (7s and 8s)\n- {d.k}: brilliant as martin luther king in the black history month "
                f"assembly, can be chatty on the carpet")
    if c.i == 1:
        a, b, d = c.people(3, kid=True)
        return (f"report comments for 9R english, make them parent friendly pls. {a.kfull} - strong essay on of "
                f"mice and men, analysis of curley's wife was excellent. {b.kfull} - missing 3 homeworks but "
                f"{kpro(b, 'p')} creative piece on the tempest (caliban's voice) was really imaginative. {d.kfull} - "
                f"quiet, reliable, should push for a 7")
    p = c.person(kid=True, where=lambda p: p.g == "f")
    return (f"ugh 30 of these to do. turn my notes into a proper comment? {p.kfull}, y2: phonics 36/40, loves "
            f"dinosaurs and the gruffalo, finds sharing hard at golden time, mum ({p.c}) says {kpro(p, 's')} reads "
            f"with grandad every night")


@T("personal_school", "trip_consent_csv", 3)
def _(c):
    if c.i == 0:
        ps = c.people(4, kid=True)
        diet = ["none", "halal", "vegetarian", "nut allergy"]
        cons = ["Y", "Y", "N", "Y"]
        rows = []
        for j, (p, d, k) in enumerate(zip(ps, diet, cons)):
            ph = "" if j == 2 else c.phone("uk")
            rows.append(f"{p.kfull},{c.dob('pupil', 'uk')},{p.full},{ph},{k},{d}")
        return ("Can you check this export from the trip form? I need: who hasn't consented, who needs a halal "
                "or veggie packed lunch, and anyone with no phone number. Trip is the Natural History Museum "
                "on the 14th (Dippy's back!).\n\npupil,dob,parent_carer,mobile,consent,dietary\n"
                + "\n".join(rows))
    if c.i == 1:
        ps = c.people(3, kid=True)
        rows = "\n".join(f"| {p.kfull} | {c.dob('pupil', 'long')} | {p.full} | {c.phone('uk')} | "
                         f"{x} |" for p, x in zip(ps, ["travel sick, front seat", "inhaler", "-"]))
        return ("Eden Project trip (Y5) medical/contact sheet for the coach. Can you turn it into a one-page "
                "grab sheet sorted by surname for the trip lead?\n\n| Child | DOB | Contact | Phone | Medical |\n"
                "|---|---|---|---|---|\n" + rows)
    ps = c.people(3, kid=True)
    lines = "\n".join(f"{p.kfull}\t{c.dob('pupil', 'us')}\t{p.full}\t"
                      f"{c.phone('us')}" for p in ps)
    return ("Field trip to the Smithsonian's National Museum of African American History and Culture — these "
            "are the kids whose permission slips came back without a signature. Write a short, friendly text "
            "I can send each parent.\n\n" + lines)


@T("personal_school", "reading_choices", 3)
def _(c):
    if c.i == 0:
        ps = c.people(5, kid=True)
        books = ["Beloved, Toni Morrison", "Noughts & Crosses, Malorie Blackman",
                 "The Hate U Give, Angie Thomas", "Things Fall Apart, Chinua Achebe",
                 "I Know Why the Caged Bird Sings, Maya Angelou"]
        rows = "\n".join(f"{p.kfull} – {b}" for p, b in zip(ps, books))
        return ("Year 10 picked their independent reading for the Black History Month project. Turn this into "
                "a display table with a one-line hook for each book (no spoilers pls).\n\n" + rows)
    if c.i == 1:
        ps = c.people(4, kid=True)
        return (f"Lunchtime book club voted on next term's books. Write a short newsletter paragraph thanking "
                f"the four who nominated the winners: {ps[0].kfull} (Percy Jackson), {ps[1].kfull} (Wonder by "
                f"R.J. Palacio), {ps[2].kfull} (Skandar and the Unicorn Thief) and {ps[3].kfull} (the Diary of "
                f"a Wimpy Kid one with the camping).")
    a, b = c.people(2, kid=True)
    return (f"Wording for two Reading Champion certificates please, one line each:\n{a.kfull} – read all 7 "
            f"books on the Yoto Carnegie shortlist\n{b.kfull} – finished the whole Harry Potter series, in Welsh!")


@T("personal_school", "sen_meeting_notes", 3)
def _(c):
    if c.i == 0:
        par, sen, ep, ct = c.person(kid=True, where=lambda p: p.g == "f"), c.person(), c.person(), c.person()
        return (f"Turn these notes into a letter to parents summarising what we agreed. Friendly, not too much "
                f"jargon.\n\nAnnual review – {par.kfull} (Y5), EHCP\nPresent: {sen.t} {sen.f} (SENCo), "
                f"{par.full} (mum), Dr {ep.f} (Ed Psych), class teacher {ct.full}\n"
                f"- {par.k} now using Widgit symbols + Makaton at home and school\n"
                f"- Reading: Lexia 20 mins x4 a week, up 2 levels\n"
                f"- Mum worried about transition to Attenborough High in Sept, asked for extra visits\n"
                f"- Actions: {sen.f} to contact Attenborough SENCo; Dr {ep.f} to write up by half term")
    if c.i == 1:
        par, par2 = c.person(kid=True), c.person()
        return (f"IEP meeting notes for {par.kfull}, grade 3, Roosevelt Elementary. {par.k} has Down syndrome "
                f"and is doing great with the inclusion aide. Parents {par.full} and {par2.full} asked about ESY "
                f"this summer and about switching from Wilson Reading to Orton-Gillingham. Please write these up "
                f"as a formal summary for the file and a short email to the parents. Parent cell "
                f"{c.phone('us')}.")
    par, nurse = c.person(kid=True), c.person()
    return (f"Can you make this 504 plan sound more professional?\n\nStudent: {par.kfull}\n"
            f"DOB: {c.dob('pupil', 'us')}\nCondition: Type 1 diabetes (Dexcom G7 + Omnipod 5)\n"
            f"Accommodations: snacks in class, unlimited bathroom pass, retake tests if BG over 250, phone "
            f"allowed for CGM alerts\nParent: {par.full} {c.phone('us')}\nSchool nurse: {nurse.full}")


@T("personal_school", "detention_letter_caps", 2)
def _(c):
    par, om = c.person(kid=True), c.person()
    t = c.person(where=lambda p: p.g == ("m" if c.i == 0 else "f"))
    if c.i == 0:
        body = (f"Dear Mr and Mrs {par.f}, {par.kfull} was given an after school detention on Thursday for "
                f"using a phone in the Brunel Building. Please collect from reception at 4.15. Any questions "
                f"contact Mr {t.f} via the school office.\nRegards, {om.full}, Office Manager")
        return ("Our office manager types everything in capitals. Rewrite this in normal case and make it a "
                "bit less shouty?\n\n" + caps(body))
    body = (f"Parent/guardian of {par.kfull}: your child has 3 tardies this quarter at Washington Middle "
            f"School and will serve lunch detention Friday in Room 114 with Ms {t.f}. Call "
            f"{c.phone('us')} if you have questions. {om.full}, attendance office")
    return "fix the grammar and make this sound less harsh, keep it short:\n\n" + caps(body)


@T("personal_school", "mot_parents", 3, lang="fr")
def _(c):
    if c.i == 0:
        par = c.person("fr", kid=True, where=lambda p: p.kid[1] == "m" and p.g == "f")
        t = c.person("fr", where=lambda p: p.g == "f")
        return (f"Tu peux m'aider à écrire un petit mot pour les parents de {par.k} ? Sa maman, Mme {par.f}, "
                f"m'a prévenue ce matin qu'il ne viendra pas à la sortie au musée Rodin jeudi. Je voudrais lui "
                f"proposer qu'il reste dans la classe de Mme {t.f} (CE2) et lui demander de rappeler l'école. "
                f"Son numéro : {c.phone('fr')}. Ton simple, pas trop administratif.")
    if c.i == 1:
        par = c.person("fr", kid=True, where=lambda p: p.kid[1] == "f")
        return (f"Réponds à ce mail de façon courte et polie, en disant que l'absence est bien notée :\n\n"
                f"« Bonjour Madame, je suis la maman de {par.kfull} en CM1. Elle a eu de la fièvre tout le "
                f"week-end, je vous envoie le certificat du médecin en pièce jointe. Elle revient lundi "
                f"normalement. Cordialement, {par.full} »\n\nexpéditeur : {c.email(par, 'fr')}")
    a, b = c.person("fr", kid=True), c.person("fr", kid=True)
    d, t = c.person("fr", where=lambda p: p.g == "f"), c.person("fr", where=lambda p: p.g == "f")
    return (f"Résume en 3 lignes pour la directrice (école élémentaire Jules-Ferry) :\n\n"
            f"Cahier de liaison – mardi\nAltercation dans la cour entre {a.kfull} et {b.kfull} (CM2). {a.k} dit "
            f"que {b.k} lui a pris son ballon. Le papa de {b.k}, M. {b.f}, est passé à 16h30, très remonté. Je "
            f"l'ai orienté vers Mme {d.f} pour un rdv. À voir avec Mme {t.f} qui était de surveillance.")


# ---------------------------------------------------------------- universities

@T("personal_university", "extension_request", 3)
def _(c):
    if c.i == 0:
        st, lec = c.person(), c.person()
        home = c.addr("uk").home
        return (f"A student sent me this, can you draft a reply? Policy: up to 7 days with the self-certification "
                f"form; anything longer goes to the Mitigating Circumstances panel.\n\n> Dear Dr {lec.f},\n"
                f"> I'm really sorry but I won't be able to submit my PHIL2040 essay on Kant's categorical "
                f"imperative by Friday. My grandmother passed away last week and I've been back home in {home} for "
                f"the funeral. Could I please have an extension?\n> Best wishes,\n> {st.full}\n"
                f"> {c.email(st, domain='students.bangor.ac.uk', style='g.f')}")
    if c.i == 1:
        st, lec = c.person(where=lambda p: p.g == "f"), c.person()
        return (f"Student emailed at 2am. Reply that she should register with the Office of Accessibility "
                f"Resources and that I'll accommodate in the meantime. Course is HIST 210, The Civil Rights "
                f"Movement (we're on Selma and the Voting Rights Act this week).\n\n"
                f"From: {st.full} <{c.email(st, domain='uvm.edu', style='gf')}>\n"
                f"Professor {lec.f}, I have ADHD and my meds ran out and I can't get a refill until the 20th. I "
                f"have the paper on Fannie Lou Hamer half done. Can I have until next Wednesday? - {st.c}")
    st, sup = c.person(where=lambda p: p.g == "f"), c.person()
    return (f"student {st.full} ({c.email(st, 'uk')}) wants 2 more weeks on her dissertation about Frida "
            f"Kahlo's self-portraits, supervisor is {sup.full}. That's too long for self-cert right? What do I "
            f"tell her")


@T("personal_university", "reference_letter", 3)
def _(c):
    if c.i == 0:
        st, me = c.person(), c.person()
        return (f"Write a reference (about 250 words) for {st.full}, who took my second-year module on the "
                f"history of science. {st.c} wrote the best essay I've marked on Rosalind Franklin and Photo 51, "
                f"ran our Darwin Day outreach stall, and is applying for a Fulbright to do an MA at Johns Hopkins. "
                f"I taught {st.o} for two years. Sign it from Dr {me.full}, Senior Lecturer.")
    if c.i == 1:
        st = c.person(where=lambda p: p.g == "f")
        return (f"Can you tighten this reference? It's for Chevening.\n\n\"I have known {st.full} since 2021 as "
                f"her personal tutor. Ms {st.f} is hard-working and organised and she organised a Wangari "
                f"Maathai memorial tree-planting with the Green Belt Movement which was attended by over 200 "
                f"people and she also was class rep. I recommend her without reservation.\"")
    st, ref = c.person(), c.person()
    return (f"Character reference needed for a former student, {st.full}, who's applying to Teach First. "
            f"{st.s.capitalize()} volunteered at a holiday food club for three summers (the kind Marcus Rashford "
            f"campaigned for), tutored Year 11s in maths, and was president of the Amnesty society. Mention that "
            f"{st.s} can contact me or my colleague {ref.full} for anything else.")


@T("personal_university", "applicant_json", 3)
def _(c):
    if c.i == 0:
        p, r = c.person(where=split_ok), c.person()
        a = c.addr("uk")
        return ("Summarise this applicant for the selection panel (3 bullets) and flag anything missing:\n\n"
                "{\n  \"application_id\": \"MSC-GH-2026-0418\",\n  \"applicant\": {\n"
                f"    \"first_name\": \"{first(p)}\",\n    \"last_name\": \"{p.f}\",\n"
                f"    \"date_of_birth\": \"{c.dob('adult', 'iso')}\",\n"
                f"    \"email\": \"{c.email(p, 'uk')}\",\n    \"phone\": \"{c.phone('uk')}\",\n"
                f"    \"address\": \"{a.one}\"\n  }},\n"
                "  \"programme\": \"MSc Global Health\",\n"
                "  \"personal_statement_excerpt\": \"I was inspired by Paul Farmer and Partners In Health...\",\n"
                f"  \"referees\": [{{\"name\": \"{r.full}\", \"email\": null}}],\n"
                "  \"transcript_uploaded\": false\n}")
    if c.i == 1:
        p = c.person(where=split_ok)
        a = c.addr("us")
        return ("Our Slate export is messy. Pull out name, contact info and program into a clean table:\n\n"
                "{\"person\":{\"name\":{\"given\":\"" + first(p) + "\",\"family\":\"" + p.f + "\"},"
                "\"birthdate\":\"" + c.dob("student", "us") + "\",\"email\":\"" + c.email(p, "us") + "\","
                "\"mobile\":\"" + c.phone("us") + "\",\"mailing\":\"" + a.one + "\"},"
                "\"program\":\"MPA – Maxwell School\",\"test_scores\":{\"GRE\":null},"
                "\"essay_topic\":\"why Eleanor Roosevelt's UDHR work matters for local government\"}")
    p = c.person(where=split_ok)
    a = c.addr(c.pick(["uk", "ie"]))
    return ("Can you write a 2-sentence summary of this UCAS-style record for the interview panel?\n\n"
            f"Surname: {p.f}\nForenames: {first(p)}\nDate of birth: {c.dob('student', 'uk')}\n"
            f"Home address: {a.one}\nPredicted grades: A*AA\nPersonal statement (extract): \"Reading Oliver "
            f"Sacks' The Man Who Mistook His Wife for a Hat made me want to study neuroscience...\"")


@T("personal_university", "supervision_notes", 3, case="lower")
def _(c):
    if c.i == 0:
        st = c.person()
        return (f"notes from supervision w {st.c} today - ch2 on bourdieu still too descriptive, needs to engage "
                f"w lareau's unequal childhoods. {st.c} wants to present at BERA in sept. can you turn this into a "
                f"proper record for the phd portal (progress / actions / risks)")
    if c.i == 1:
        st = c.person(where=lambda p: p.g == "f")
        return (f"quick one - my phd student {st.full} has been off sick 6 weeks and the graduate school wants a "
                f"'suspension of studies' form. what do i put under supervisor statement? she's working on "
                f"foucault and school exclusions, year 2, ESRC funded")
    st, co = c.person(), c.person()
    return (f"turn into minutes: 3rd supervision {st.full}, co-sup prof {co.f} (on teams). discussed ethics "
            f"amendment for the interviews, upgrade viva in june, {st.c} to send draft lit review on vygotsky + "
            f"bruner by end of month. {co.f} suggested reading hattie's visible learning critically")


@T("personal_university", "graduation_names", 2)
def _(c):
    if c.i == 0:
        ps = c.people(7)
        lst = "\n".join(f"{j + 1}. {p.full}" for j, p in enumerate(ps))
        return ("I'm reading names at Friday's graduation and I'm terrified of getting them wrong. Can you give "
                "me a phonetic guide for each one?\n\n" + lst + "\n\n(Honorary doctorate goes to Dame "
                "Jacqueline Wilson, I'm fine with that one.)")
    ps = c.people(5)
    w = c.person(where=lambda p: p.g == "f")
    return ("Pronunciation notes for the School of Nursing ceremony please: " + ", ".join(p.full for p in ps)
            + f". Also the Florence Nightingale Award goes to {w.full} – write a 2-sentence citation, she did "
            f"her final placement on the Mary Seacole ward and set up a Schwartz Round.")


@T("personal_university", "borsa_dsu", 2, lang="it")
def _(c):
    if c.i == 0:
        p = c.person("it", key="elonahoxha")
        return (f"Mi aiuti a rispondere a questa studentessa? Deve caricare l'ISEE entro il 30, altrimenti perde "
                f"la borsa DSU.\n\n«Buongiorno, sono {p.full}, iscritta al primo anno di Lettere. Il CAF mi ha "
                f"dato l'ISEE ma sul portale ER.GO risulta ancora \"in lavorazione\". Codice fiscale "
                f"{m('ID', p.rnid)}, nata il {m('D', fmt_date(p.rdob, 'short'))}. Posso mandarvelo per mail? "
                f"Grazie mille»\n\nTono gentile ma chiaro sulla scadenza.")
    p = c.person("it", key="alessandrodesantis")
    a = c.addr("it")
    return (f"Riassumi in tre righe per la commissione: lo studente {p.full} (CF {m('ID', p.rnid)}, nato il "
            f"{m('D', fmt_date(p.rdob, 'uk'))}, residente in {a.one}) chiede il riconoscimento di 12 CFU "
            f"dell'Erasmus a Salamanca per l'esame di Letteratura italiana (Dante, Petrarca, Boccaccio). "
            f"Recapiti: {c.phone('it')}, {c.email(p, 'it')}.")


@T("personal_university", "burs_basvuru", 2, lang="tr")
def _(c):
    if c.i == 0:
        p = c.person("tr", key="zeynepaydin")
        return (f"Aşağıdaki başvuruyu burs komisyonu için kısa bir paragrafla özetler misin?\n\n"
                f"Ad Soyad: {p.full}\nT.C. Kimlik No: {m('ID', p.rnid)}\n"
                f"Doğum Tarihi: {m('D', fmt_date(p.rdob, 'de'))}\nTelefon: {c.phone('tr')}\n"
                f"E-posta: {c.email(p, 'tr')}\nAdres: {c.addr('tr').one}\n"
                f"Bölüm: Moleküler Biyoloji ve Genetik\nNot: Aziz Sancar'ın Nobel konuşmasından etkilenerek bu "
                f"alanı seçtiğini yazmış.")
    p, h = c.person("tr", key="berfindogan"), c.person("tr", key="huseyincelik")
    return (f"Bu öğrenciye kabul e-postası yazar mısın? Resmi ama sıcak olsun. Öğrenci: {p.full}, doğum "
            f"tarihi {m('D', fmt_date(p.rdob, 'de'))}, TC {m('ID', p.rnid)}. Yatay geçişle Hacettepe'den "
            f"geliyor, yurt başvurusunu da yapmış. Danışmanı Doç. Dr. {h.full} olacak.")


# ---------------------------------------------------------------- libraries

@T("personal_library", "loan_log", 3)
def _(c):
    if c.i == 0:
        ps = c.people(4)
        books = [("The Thursday Murder Club", "Richard Osman", "2026-10-02"),
                 ("Intermezzo", "Sally Rooney", "2026-09-28"),
                 ("It Ends with Us", "Colleen Hoover", "2026-10-05"),
                 ("Killing Floor", "Lee Child", "2026-09-30")]
        rows = "\n".join(f"{p.full},{c.email(p, 'uk')},{t},{a},{d}" for p, (t, a, d) in zip(ps, books))
        return ("Draft a friendly overdue reminder for each of these (one message per person, under 300 "
                "characters). We went fines-free in April so don't mention fines.\n\n"
                "patron,email,title,author,due\n" + rows)
    if c.i == 1:
        ps = c.people(5, where=split_ok)
        items = ["Wolf Hall / Hilary Mantel", "Paddington (DVD)", "Shuggie Bain / Douglas Stuart",
                 "The Gruffalo / Julia Donaldson", "A Brief History of Time / Stephen Hawking"]
        rows = "\n".join(f"| {sg(p)} | {b} | {x} | {d} |" for p, x, b, d in
                         zip(ps, items, ["Central", "Carnegie", "Central", "Mobile", "Carnegie"],
                             ["12/09", "03/10", "21/09", "30/09", "01/10"]))
        return ("Our Koha export has overdue items by borrower. Give me an Excel formula to count borrowers "
                "with more than 3 overdue items, and a pivot setup. Sample rows:\n\n"
                "| Borrower | Branch | Item | Due |\n|---|---|---|---|\n" + rows)
    ps = c.people(3)
    items = ["Lessons in Chemistry (Bonnie Garmus)", "The Women (Kristin Hannah)",
             "Demon Copperhead (Barbara Kingsolver)"]
    lst = "\n".join(f"- {p.full} <{c.email(p, 'us')}> – {b}" for p, b in zip(ps, items))
    return ("Write our holds-ready email template, then fill it in for these three. Pickup is at the "
            "Carnegie branch, holds are kept 7 days.\n\n" + lst)


@T("personal_library", "pc_session_log", 2)
def _(c):
    if c.i == 0:
        a, b, d = c.people(3)
        return ("Someone complained about what was on the screen of PC4 yesterday afternoon. Here's the "
                "session log. Which sessions overlap 15:00–16:00? Then draft a neutral incident note for the "
                "branch manager (no accusations).\n\n"
                f"2026-11-03 14:12 PC4 login={a.full} ip={c.value('IP', IPS[:2])} mins=60\n"
                f"2026-11-03 15:14 PC4 login={b.full} ip={c.value('IP', IPS[:2])} mins=45 ext=Y\n"
                f"2026-11-03 15:20 PC6 login={d.full} ip={m('IP', '10.14.2.61')} mins=30")
    p = c.person()
    return ("Our wifi provider flagged a guest device for torrenting. The captive portal log is below. Draft a "
            "reply to the provider saying we'll remind users of the acceptable use policy but won't hand over "
            "patron details without a court order (we follow the CILIP ethical framework).\n\n"
            f"[portal] 2026-10-28 17:42:09 session ok user=\"{p.full}\" email={c.email(p, 'uk')} "
            f"client_ip={c.value('IP', IPS[:2])} ssid=Library-Guest")


@T("personal_library", "event_signups", 3)
def _(c):
    if c.i == 0:
        ps = c.people(4, kid=True)
        rows = []
        for j, p in enumerate(ps):
            ph = "n/a" if j == 3 else c.phone("uk")
            rows.append(f"| {p.full} | {p.k} | {3 + j % 3} | {ph} |")
        return ("Write a reminder text for everyone on the Saturday Storytime list (Julia Donaldson theme: "
                "the Gruffalo and Room on the Broom), then list anyone we can't text.\n\n"
                "| Parent/carer | Child | Age | Mobile |\n|---|---|---|---|\n" + "\n".join(rows))
    if c.i == 1:
        ps = c.people(5)
        lst = "\n".join(f"{j + 1}. {p.full} {c.email(p, 'uk')}" for j, p in enumerate(ps))
        return ("The author talk with Ann Cleeves (Vera, Shetland) is full. Waiting list below — draft an "
                "email offering the 3 returned tickets to the first three, and a kind sorry to the other two.\n\n"
                + lst)
    ps = c.people(3, kid=True)
    lst = "\n".join(f"{p.kfull} (age {8 + j}) – parent {p.full}, {c.phone(c.pick(['uk', 'ie']))}"
                    for j, p in enumerate(ps))
    return ("Code Club (Scratch + micro:bit) sign-ups for half term. Make me a register sheet with a column "
            "for photo consent:\n" + lst)


@T("personal_library", "patron_complaint", 3, case="lower")
def _(c):
    if c.i == 0:
        p = c.person(where=lambda p: p.g == "f")
        a = c.addr("uk")
        return (f"patron {p.full} came in again about the lost item charge on the paddington dvd, says she put "
                f"it in the book drop at the carnegie branch on the 3rd. she lives at {a.street}, {a.home} and "
                f"says nobody ever answers the phone. how do i word an email saying we've waived it as a one-off")
    if c.i == 1:
        p, s = c.person(where=lambda p: p.g == "m"), c.person()
        return (f"need a reply to this, it's rude but he has a point about the toilets lol\n\n> your staff "
                f"member {s.c} was unhelpful and the martin luther king jr library downtown is always cleaner. "
                f"i want a call back {c.phone('us')}. {p.full}")
    p = c.person(where=lambda p: p.g == "m")
    return (f"man called {p.f} keeps reserving every copy of the new james patterson and not collecting. can "
            f"we cap holds per card in polaris? also draft a polite note to him, he's {c.email(p, 'us')}")


@T("personal_library", "home_library_service", 2)
def _(c):
    if c.i == 0:
        ps = c.people(3)
        ads = [c.addr("uk") for _ in ps]
        prefs = ["large print, Catherine Cookson and Maeve Binchy, hard of hearing so knock loudly",
                 "audiobooks (BorrowBox won't work on her tablet)", "Agatha Christie, anything but Poirot"]
        lst = "\n".join(f"- {p.full}, {a.one}, {c.phone('uk')} – {x}" for p, a, x in zip(ps, ads, prefs))
        return ("Plan a sensible order for Tuesday's Home Library Service run, starting and finishing at "
                "Central Library, and note who wants what:\n\n" + lst)
    p, d = c.person(), c.person(where=lambda p: p.g == "f")
    a = c.addr("us")
    return (f"Make this Books on Wheels intake form into a one-page summary for the volunteer driver:\n\n"
            f"Name: {p.full}\nDOB: {c.dob('old', 'us')}\nAddress: {a.one}\nPhone: {c.phone('us')}\n"
            f"Interests: Westerns (Louis L'Amour), Guideposts magazine, large print only\n"
            f"Caregiver: daughter {d.full}, {c.email(d, 'us')}")


@T("personal_library", "carne_biblioteca", 2, lang="es")
def _(c):
    if c.i == 0:
        p = c.person("es", key="luciafernandezmorales")
        return (f"¿Me ayudas a redactar la respuesta? Una usuaria pide el carné de la Biblioteca Pública y le "
                f"falta el justificante de domicilio.\n\nNombre: {p.full}\nDNI: {m('ID', p.rnid)}\n"
                f"Fecha de nacimiento: {m('D', fmt_date(p.rdob, 'uk'))}\nDomicilio: {c.addr('es').one}\n"
                f"Teléfono: {c.phone('es')}\nCorreo: {c.email(p, 'es')}\n\nQue suene amable, y dile que vale "
                f"un recibo de la luz o el certificado de empadronamiento.")
    p = c.person("es", key="ioanapopescu")
    return (f"Resume esta queja para la jefa de sección: la socia {p.full} (NIE {m('ID', p.rnid)}) dice que "
            f"«Cien años de soledad» le sale como no devuelto y que lo dejó en el buzón de la biblioteca Miguel "
            f"de Unamuno. Vive en {c.addr('es').home}, tel. {c.phone('es')}. Está bastante molesta porque no "
            f"puede llevarse nada más.")


# ---------------------------------------------------------------- councils

@T("personal_council", "public_forum_minutes", 3)
def _(c):
    if c.i == 0:
        r1, r2, r3, cl, ck = c.person(where=lambda p: p.g == "f"), c.person(), c.person(), c.person(), c.person()
        a = c.addr("uk")
        return (f"Tidy these rough notes into proper minutes (third person, past tense) and pull out an action "
                f"list.\n\nPublic participation\n- {r1.full} ({a.street}) – potholes on the lane by the Wesley "
                f"Chapel again, says she's reported them on FixMyStreet 3x\n- {r2.t} {r2.f} objected to the new "
                f"name \"King Charles III Playing Field\", wants it left as the Rec\n- Cllr {cl.f} agreed to chase "
                f"Highways\n- {r3.full} asked about the Christmas lights; clerk ({ck.c}) to check PAT testing")
    if c.i == 1:
        r1, r2 = c.person(), c.person()
        a = c.addr("us")
        return (f"Write these up as formal minutes for the town council packet:\n\nPublic comment (3 min each)\n"
                f"{r1.full}, {a.one}, spoke against the rezoning next to the Eisenhower Park ballfields, "
                f"traffic + stormwater. {r2.full} spoke in favor, said the town needs starter homes and "
                f"quoted JFK (\"a rising tide\"). Mayor thanked both.")
    r1, r2 = c.person(), c.person()
    return (f"Turn into minutes, Shire council, Open Forum item:\n{r1.full} of {c.addr('au').home} raised the "
            f"state of the Bicentennial Park toilets and asked when the Banjo Paterson festival funding will be "
            f"decided. {r2.full} asked for a crossing near the school. Director Infrastructure to respond in "
            f"writing.")


@T("personal_council", "foi_request", 3)
def _(c):
    if c.i == 0:
        p = c.person()
        return (f"Draft a response to this FOI request. We hold the info, but the names of individual "
                f"enforcement officers should be withheld under s.40(2). 20 working days.\n\n"
                f"> From: {p.full} <{c.email(p, 'uk')}>\n> Under the Freedom of Information Act 2000, please "
                f"provide the number of penalty charge notices issued on Churchill Road and Nelson Street "
                f"between January and June 2026, and the names of the officers who issued them.\n> Regards, "
                f"{p.c}")
    if c.i == 1:
        p = c.person()
        a = c.addr("us")
        return (f"Acknowledge this public records request under M.G.L. c. 66, §10 and give the 10 business day "
                f"timeline.\n\nRequester: {p.full}\nAddress: {a.one}\nEmail: {c.email(p, 'us')}\nPhone: "
                f"{c.phone('us')}\nRecords sought: all emails between the Select Board and the Kennedy "
                f"Memorial Library trustees about the Roosevelt Room renovation, 1/1/2026 to date.")
    p = c.person()
    return ("Our web form dumps everything on one line. Reformat it and draft the acknowledgement letter:\n\n"
            f"ref=FOI-2026-1187|name={p.full}|email={c.email(p, 'uk')}|ip={c.value('IP', IPS[2:])}|"
            f"submitted=2026-11-02T21:14|request=All inspection reports on damp and mould at Wilberforce "
            f"House since Awaab's Law came in|format=pdf")


@T("personal_council", "planning_objection", 3)
def _(c):
    if c.i == 0:
        p = c.person()
        a = c.addr("uk")
        return (f"Summarise the planning grounds in this objection for the committee report (neutral bullet "
                f"points).\n\n{p.full}\n{a.block}\n\nDear Sir/Madam,\nRef 26/01142/FUL. I object to the "
                f"two-storey extension proposed next door, which will overlook my garden and kitchen. The site "
                f"also backs onto the Grade II listed walled garden laid out by Capability Brown and the "
                f"design is out of keeping with the conservation area.\nYours faithfully, {p.full}")
    if c.i == 1:
        p = c.person()
        a = c.addr("uk")
        return (f"Turn this objection email into our standard summary box (Name / Address / Grounds / Material "
                f"or not):\n\n> I live at {a.one} and the new Lidl will be a nightmare for traffic on the "
                f"school run. Also I've heard the developer is the same one who did the Queen Elizabeth Park "
                f"flats which are falling apart.\n> {p.full}")
    ps = c.people(3)
    ads = [c.addr("uk") for _ in range(2)]
    return (f"Which of these comments are material planning considerations? One line each.\n"
            f"1. {ps[0].full}, {ads[0].street}: loss of light to rear windows\n"
            f"2. {ps[1].full}, {ads[1].street}: \"the applicant is a crook\"\n"
            f"3. {ps[2].full}: will devalue my house, and the bats in the Tudor barn")


@T("personal_council", "translate_for_resident", 2)
def _(c):
    if c.i == 0:
        p = c.person(where=lambda p: p.cult == "Polish")
        a = c.addr("uk")
        return (f"Please translate into Polish, simple language, for a resident who doesn't read English "
                f"well:\n\n\"Dear {p.full}, your bulky waste collection is booked for Tuesday 11 November. "
                f"Please put the items outside {a.street} by 7am. If you need to cancel, call us on the number "
                f"on your booking.\"")
    p, o = c.person(where=lambda p: p.cult in ("Pashtun", "Afghan (Dari)")), c.person()
    return (f"Translate this into Dari for the family. Keep the names as they are.\n\n\"Dear {p.full}, we have "
            f"found a school place for {p.k} at St Mary's Primary starting on Monday. You can apply for the "
            f"school uniform grant on our website. If you have questions, call {o.c} on {c.phone('uk')}.\"")


@T("personal_council", "casework", 2, case="lower")
def _(c):
    if c.i == 0:
        p = c.person(where=lambda p: p.g == "f")
        return (f"can you turn this into a casework email to the housing team, cc me: resident {p.full}, "
                f"{c.addr('uk').one}, single mum 3 kids, bedroom mould, kids asthma, been waiting since march. "
                f"her mobile {c.phone('uk')}. mention awaab's law timescales")
    p = c.person()
    return (f"cllr casework - {p.full} emailed ({c.email(p, 'uk')}) about bins not being collected on "
            f"{c.addr('uk').street} for 3 weeks. draft a reply saying i've raised it with veolia and will update "
            f"by friday")


@T("personal_council", "buergeranfrage", 2, lang="de")
def _(c):
    if c.i == 0:
        p = c.person("de")
        return (f"Kannst du mir eine Antwort an diesen Bürger formulieren? Die Laterne ist gemeldet, die "
                f"Reparatur dauert ca. 3 Wochen.\n\n„Sehr geehrte Damen und Herren, seit Wochen ist die "
                f"Straßenlaterne vor meinem Haus in der {c.addr('de').street} kaputt. Abends ist es "
                f"stockdunkel, meine Mutter ist letzte Woche fast gestürzt. Ich bitte um schnelle Abhilfe.\n"
                f"Mit freundlichen Grüßen\n{p.full}\nTel. {c.phone('de')}“")
    p, s = c.person("de"), c.person("de")
    return (f"Fasse das Gesprächsprotokoll aus dem Bürgerbüro für den Ortsvorsteher in 3 Punkten zusammen:\n\n"
            f"Bürger/in: {p.full}, {c.addr('de').one}\nAnliegen: Ummeldung, Anwohnerparkausweis, Frage zur "
            f"Hundesteuer\nE-Mail: {c.email(p, 'de')}\nBearbeitet von: {s.full}")


@T("personal_council", "wniosek_mieszkanca", 3, lang="pl")
def _(c):
    if c.i == 0:
        p = c.person("pl", key="agnieszkawisniewska")
        return (f"Pomóż mi napisać odpowiedź do mieszkanki. Wniosek o dodatek mieszkaniowy jest niekompletny – "
                f"brakuje deklaracji o dochodach.\n\nWnioskodawczyni: {p.full}\nPESEL: {m('ID', p.rnid)}\n"
                f"Adres: {c.addr('pl').one}\nTel.: {c.phone('pl')}\n\nNapisz to prosto, bez urzędowego żargonu.")
    if c.i == 1:
        p = c.person("pl", key="olenabondarenko")
        return (f"Streść ten wniosek w dwóch zdaniach dla wójta: {p.full}, PESEL {m('ID', p.rnid)}, zam. "
                f"{c.addr('pl').one}, wnosi o przydział lokalu socjalnego; obecnie mieszka u siostry z dwójką "
                f"dzieci. Kontakt: {c.email(p, 'pl')}.")
    p, h = c.person("pl", key="grzegorzdabrowski"), c.person("pl", key="halinaszczepanska")
    return (f"Mam notatkę z rozmowy telefonicznej, przepisz ją porządnie do akt:\n\npan {p.full} (ur. "
            f"{m('D', fmt_date(p.rdob, 'de'))}, PESEL {m('ID', p.rnid)}) dzwonił w sprawie wycinki drzewa na "
            f"działce przy {c.addr('pl').street}. twierdzi że sąsiad wyciął lipę bez zezwolenia. prosi o "
            f"oddzwonienie {c.phone('pl')}. przyjęła: {h.full}")


# ---------------------------------------------------------------- social services

@T("personal_social", "case_note_summary", 3)
def _(c):
    if c.i == 0:
        cl, pa, hv = c.person(kid=True, where=lambda p: p.g == "f"), c.person(), c.person()
        return (f"Summarise these case notes for supervision on Thursday: one paragraph, then risks and next "
                f"steps as bullets.\n\n12/10 HV to {cl.full} (DOB {c.dob('adult', 'uk')}) at {c.addr('uk').one}. "
                f"Present: {cl.c}, partner {pa.full}, {cl.k} (6) and the baby. Home cold, no gas credit. {cl.c} "
                f"discharged from the Royal Cornwall 3 days ago (hosp no. {c.value('MRN', MRNS)}), postnatal "
                f"depression, started sertraline. Referred to Home-Start and the food bank.\n14/10 Call with HV "
                f"{hv.full}: baby's weight gain OK, {cl.c} engaging.")
    if c.i == 1:
        cl, d = c.person(), c.person(where=lambda p: p.g == "f")
        return (f"Can you write this up as a chronology table (date | event | source)?\n\nAdult social care – "
                f"{cl.full}, DOB {c.dob('old', 'uk')}, lives alone in {c.addr('uk').home}. Hospital MRN "
                f"{c.value('MRN', MRNS)}. 02/10 fall at home, found by neighbour, admitted. 09/10 OT assessment "
                f"on ward. 13/10 discharge to assess, package of care 4x daily. Daughter {d.full} "
                f"({c.phone('uk')}) holds LPA for health and welfare.")
    cl, w = c.person(where=lambda p: p.g == "m"), c.person(where=lambda p: p.g == "f")
    return (f"Tidy my notes into a Care Act assessment summary: {cl.full} (b. {c.dob('old', 'long')}), "
            f"Alzheimer's diagnosed 2024, goes to the Thursday dementia café at the library, wife {w.full} is the "
            f"main carer and is exhausted, both want respite at the Sue Ryder centre. MRN {c.value('MRN', MRNS)}.")


@T("personal_social", "benefits_ssn", 2)
def _(c):
    if c.i == 0:
        p = c.person(kid=True)
        return (f"Help me write a short cover letter for this client's SNAP recertification packet.\n\n"
                f"Name: {p.full}\nSSN: {c.value('SSN', SSNS)}\nDOB: {c.dob('adult', 'us')}\n"
                f"Address: {c.addr('us').one}\nPhone: {c.phone('us')}\nHousehold: 3 (client, {p.k} age 7, "
                f"and a toddler)\nIncome: part-time at Walmart, about 22 hrs/wk")
    p = c.person()
    return (f"Medicaid renewal got kicked back for 'SSN mismatch'. The client's card says "
            f"{c.value('SSN', SSNS)} and the form had two digits swapped. Draft a note to the eligibility "
            f"worker explaining the correction. Client: {p.full}, DOB {c.dob('adult', 'uslong')}, "
            f"{c.addr('us').one}.")


@T("personal_social", "safeguarding_notes", 3, case="lower")
def _(c):
    if c.i == 0:
        p, x = c.person(kid=True, where=lambda p: p.g == "f"), c.person(where=lambda p: p.g == "m")
        return (f"quick summary for the MASH referral pls: {p.kfull} (yr 4) said dad's new partner {x.c} "
                f"'shouts and locks me in my room'. mum {p.full} not answering, last known address "
                f"{c.addr('uk').one}. DSL informed 10:40")
    if c.i == 1:
        p = c.person(where=lambda p: p.g == "f")
        return (f"rewrite properly for the log: spoke w {p.full} at the food bank, disclosed husband controls "
                f"all the money and won't let her have a phone. she asked about clare's law. gave her the refuge "
                f"number. staying w her sister in {c.addr('uk').home} for now")
    p, x = c.person(where=lambda p: p.g == "f"), c.person(where=lambda p: p.g == "m")
    return (f"{p.c} rang again from {c.phone('uk')}, very distressed, says {x.full} turned up at the house. "
            f"told her to call 999 if he comes back. need to update the DASH - which sections does this change?")


@T("personal_social", "case_system_json", 3)
def _(c):
    if c.i == 0:
        p, w = c.person(kid=True, where=lambda p: p.g == "f"), c.person()
        return ("Write a 3-sentence handover for the duty worker from this Mosaic record:\n\n"
                "{\"case_id\": \"C-2026-08817\", \"subject\": {\"name\": \"" + p.kfull + "\", \"dob\": \""
                + c.dob("pupil", "iso") + "\"}, \"household\": [{\"name\": \"" + p.full + "\", "
                "\"relationship\": \"mother\", \"phone\": \"" + c.phone("uk") + "\"}], \"address\": \""
                + c.addr("uk").one + "\", \"allocated_worker\": \"" + w.full + "\", \"status\": \"CIN\", "
                "\"notes\": \"Attends Bright Beginnings nursery. ADHD assessment pending with CAMHS.\"}")
    if c.i == 1:
        p = c.person(where=split_ok)
        return ("Our Liquidlogic export jumbled the fields. Put this into a readable table:\n\n"
                "[{\"field\":\"Forename\",\"value\":\"" + first(p) + "\"},{\"field\":\"Surname\",\"value\":\""
                + p.f + "\"},{\"field\":\"DOB\",\"value\":\"" + c.dob("adult", "uk") + "\"},"
                "{\"field\":\"Address\",\"value\":\"" + c.addr("uk").one + "\"},{\"field\":\"Telephone\","
                "\"value\":\"" + c.phone("uk") + "\"},{\"field\":\"Primary need\",\"value\":\"Physical "
                "support\"},{\"field\":\"Funding\",\"value\":\"Direct payment\"}]")
    p = c.person(where=lambda p: p.cult in ("Tigrinya", "Amhara", "Somali", "Sudanese"))
    return ("Is anything missing from this referral payload before I submit it to the county intake API?\n\n"
            "{\n  \"client\": {\n    \"first_name\": \"" + p.c + "\",\n    \"last_name\": \"" + p.f + "\",\n"
            "    \"dob\": \"" + c.dob("adult", "iso") + "\",\n    \"preferred_language\": \"" + {
                "Tigrinya": "Tigrinya", "Amhara": "Amharic", "Somali": "Somali", "Sudanese": "Arabic"}[p.cult]
            + "\",\n    \"interpreter_needed\": true,\n    \"phone\": \"" + c.phone("us") + "\"\n  },\n"
            "  \"referral_reason\": \"housing instability\",\n  \"program\": \"Family Stabilization\"\n}")


@T("personal_social", "interpreter_booking", 2)
def _(c):
    if c.i == 0:
        p = c.person(where=lambda p: p.cult == "Tigrinya" or p.cult == "Amhara")
        return (f"Draft an email to the interpreting service booking an interpreter (same gender as the client if "
                f"possible) for a home visit "
                f"next Wednesday 10:00 at {c.addr('uk').one}. Client is {p.full}, mobile {c.phone('uk')}. "
                f"Language: {'Tigrinya' if p.cult == 'Tigrinya' else 'Amharic'}. Don't put the reason for the "
                f"visit in the email.")
    p, sw = c.person(where=lambda p: p.cult in ("Pashtun", "Afghan (Dari)")), c.person()
    return (f"Write a short text message in English that I'll get translated into Pashto: \"Hello {p.c}, this "
            f"is {sw.c} from the family support team. I will visit you on Monday at 2pm at {c.addr('uk').street} "
            f"with an interpreter. If this time is not OK please call me on {c.phone('uk')}.\"")


@T("personal_social", "atendimento_cras", 3, lang="pt")
def _(c):
    if c.i == 0:
        p = c.person("br", key="anaclaudiadossantos")
        return (f"Me ajuda a resumir esse atendimento pro relatório do CRAS? Em tópicos.\n\n"
                f"Usuária: {p.full}, CPF {m('ID', p.rnid)}, nascida em {m('D', fmt_date(p.rdob, 'uk'))}\n"
                f"Endereço: {c.addr('br').one}\nTelefone: {c.phone('br')}\n"
                f"Relato: mãe solo, 2 filhos, perdeu o Bolsa Família por falta de atualização do CadÚnico. "
                f"Pede vaga em creche pro {p.k}.\nEncaminhamentos: atualização cadastral; Conselho Tutelar "
                f"(informativo).")
    if c.i == 1:
        p = c.person("br", key="raimundanonatasousa")
        return (f"Preciso redigir um ofício para a Delegacia da Mulher encaminhando a senhora {p.full} "
                f"(CPF {m('ID', p.rnid)}), com base na Lei Maria da Penha. Ela mora na {c.addr('br').one}. "
                f"Pode escrever um modelo formal, sem expor detalhes da violência?")
    p, v = c.person("br", key="franciscodaschagasoliveira"), c.person("br", key="luanapataxo")
    return (f"reescreve essa anotação de visita domiciliar de um jeito mais técnico: fui na casa do seu "
            f"{p.c} ({p.full}, CPF {m('ID', p.rnid)}), {c.addr('br').one}. trabalhador rural, 55 anos, "
            f"afastado por problema de coluna, BPC negado. nasceu em {m('D', fmt_date(p.rdob, 'uk'))}. a "
            f"vizinha {v.full} ajuda com as compras. tel {c.phone('br')}")


@T("personal_social", "orosanmalan", 2, lang="sv")
def _(c):
    if c.i == 0:
        p, x = c.person("sv", key="pirjomakinen"), c.person("sv", key="daliayousef")
        # Pirjo's nid is her son's personnummer
        return (f"Kan du sammanfatta den här orosanmälan till en kort text för utredningen? Saklig ton.\n\n"
                f"Barn: {p.kfull} ({m('ID', p.rnid)})\nVårdnadshavare: {p.full}, tel. {c.phone('se')}\n"
                f"Adress: {c.addr('se').one}\nAnmälare: förskollärare {x.full}, förskolan Pippi\n"
                f"Oro: {p.k} har flera gånger kommit utan ytterkläder och säger att mamma sover hela dagarna.")
    p, h = c.person("sv", key="hannalindqvist"), c.person("sv", key="bjornastrom")
    return (f"Skriv ett beslut om ekonomiskt bistånd (avslag) på klarspråk. Sökande: {p.full}, "
            f"personnummer {m('ID', p.rnid)}, {c.addr('se').one}. Ansökan gällde tandvård hos Folktandvården, "
            f"kostnadsförslag 14 200 kr. Handläggare: {h.full}. Hänvisa till 4 kap. 1 § SoL.")


# ---------------------------------------------------------------- housing associations

@T("personal_housing", "tenant_complaint", 3)
def _(c):
    if c.i == 0:
        p = c.person(kid=True, where=lambda p: p.g == "f" and p.kid[1] == "m")
        return (f"This came in through the portal. Draft a reply that (a) apologises, (b) books an inspection "
                f"within the Awaab's Law timescale and (c) gives her the out-of-hours repairs number.\n\n"
                f"> My name is {p.full}, I rent {c.addr('uk').one}. The black mould in the kids bedroom is back "
                f"AGAIN, my son {p.k} has been to the GP twice with his chest. Your contractor just painted over "
                f"it in July. Phone {c.phone('uk')}.")
    if c.i == 1:
        p, n = c.person(), c.person()
        a = c.addr("uk")
        return (f"Summarise for the repairs meeting: tenant {p.full} ({a.lines[0]}, {a.home}) reports the roof "
                f"leaking above the bathroom, third report since August; neighbour {n.full} in the flat below "
                f"has water coming through the light fitting. {p.c} is registered blind so the appointment must "
                f"be phoned through, not texted.")
    p = c.person(where=lambda p: p.g == "f")
    cc = c.pick(["au", "nz"])
    return (f"Reply to this tenant, she's upset about the rent increase notice. Mention the hardship fund.\n\n"
            f"\"Hi, this is {p.full} at {c.addr(cc).one}. I got the letter saying rent goes up $40 a week from "
            f"March. I've been here 11 years and never missed a payment. Please call me {c.phone(cc)}\"")


@T("personal_housing", "repairs_export", 3)
def _(c):
    if c.i == 0:
        ps = c.people(4)
        issues = ["no heating (boiler E133)", "front door won't lock", "leak under kitchen sink",
                  "extractor fan dead, mould"]
        pr = ["E", "U", "R", "R"]
        rows = "\n".join(f"R-402{11 + j * 3},{x},{p.full},\"{c.addr('uk').one}\",{c.phone('uk')},{i}"
                         for j, (p, x, i) in enumerate(zip(ps, pr, issues)))
        return ("Turn this repairs export into a weekly schedule, emergency jobs first, then by postcode:\n\n"
                "job_id,priority,tenant,address,phone,issue\n" + rows)
    if c.i == 1:
        ps = c.people(3)
        rows = "\n".join(f"J11{82 + j} | {p.full} | {c.addr('uk').lines[0]} | {d} | {e}"
                         for j, (p, d, e) in enumerate(zip(ps, ["02/09/2026", "15/09/2026", "30/09/2026"],
                                                             ["", "11/10/2026", ""])))
        return ("Fix my Excel: I want a formula that flags any repair open more than 28 days. A=Job, B=Tenant, "
                "C=Address, D=Reported, E=Closed. Sample rows:\n\n" + rows)
    ps = c.people(3)
    lst = "\n".join(f"- {p.c} {p.f}, {c.addr('uk').street}, {d}, {c.phone('uk')}"
                    for p, d in zip(ps, ["Mon 8-12", "Mon 12-4", "Wed 8-12"]))
    return "Gas safety appointments for next week. Write reminder texts, max 160 characters each:\n\n" + lst


@T("personal_housing", "arrears_letter", 2)
def _(c):
    if c.i == 0:
        p = c.person()
        return (f"Draft a first arrears letter (supportive tone, pre-action protocol) for:\n\nTenant: {p.full}\n"
                f"Address:\n{c.addr('uk').block}\nNI number: {c.value('ID', NINOS)}\nArrears: £642.18 (6 weeks)\n"
                f"Universal Credit claim started in September, housing element not paid yet. Offer a referral "
                f"to our Money Advice team and to StepChange.")
    p = c.person(where=lambda p: p.g == "f")
    return (f"Write an email to the DWP Universal Credit service centre asking for a Managed Payment to "
            f"Landlord for {p.full}, NINO {c.value('ID', NINOS)}, tenancy at {c.addr('uk').one} since "
            f"2019. Arrears are now 9 weeks and she has agreed to the APA.")


@T("personal_housing", "quick_questions", 3, case="lower")
def _(c):
    if c.i == 0:
        p = c.person(where=lambda p: p.g == "f")
        return (f"how do i tell {p.full} at {c.addr('uk').street} nicely that she cant keep 4 cats in a flat, "
                f"the tenancy says 1 pet with written permission")
    if c.i == 1:
        p = c.person(kid=True, where=lambda p: p.g == "f" and p.kid[1] == "m")
        return (f"tenant {p.c} {p.f} is asking if her son {p.k} can be added to the tenancy as joint tenant, "
                f"he's 19. whats the process, and is it different from succession?")
    p = c.person(where=lambda p: p.g == "f")
    return (f"can u write a thank you card from the housing team to {p.full}, she's run the community garden on "
            f"the bevan estate for 5 yrs and is moving to {c.addr('uk').home} to be near her grandkids")


@T("personal_housing", "asb_log", 2)
def _(c):
    if c.i == 0:
        p, n = c.person(), c.person(where=lambda p: p.g == "m")
        return (f"Turn this noise diary into a formal ASB incident log (date, time, what happened, impact). It's "
                f"from {p.full} at {c.addr('uk').one} about the flat above.\n\nFri 10/10 – music till 2.30am, "
                f"bass, couldn't sleep\nSat 11/10 – shouting on the landing, my daughter scared\nMon 13/10 – "
                f"the man from upstairs (I think he's called {n.c}) banged on my door at 11pm")
    p = c.person()
    return (f"Write a first-stage warning letter to a tenant about dog fouling on the shared path and late-night "
            f"noise. Tenant: {p.full}, {c.addr('uk').one}. The complainant must NOT be identifiable. Refer to "
            f"our Good Neighbour policy and clause 4.3 of the tenancy.")


@T("personal_housing", "huurder", 3, lang="nl")
def _(c):
    if c.i == 0:
        p = c.person("nl", key="esrayildiz")
        return (f"Kun je een antwoord opstellen voor deze huurder? We plannen de schimmelinspectie binnen 5 "
                f"werkdagen.\n\n'Goedemiddag, ik ben {p.full} en ik huur {c.addr('nl').one}. Er zit weer "
                f"schimmel op de badkamermuur en mijn dochter heeft astma. Kunnen jullie snel iemand sturen? "
                f"Ik ben bereikbaar op {c.phone('nl')}. Mvg'")
    if c.i == 1:
        p = c.person("nl", key="khadijabouzid")
        return (f"Vat dit samen voor het wijkteam: huurder {p.full} (BSN {m('ID', p.rnid)}) heeft een "
                f"huurachterstand van 3 maanden, de huurtoeslag is gestopt na de verhuizing naar "
                f"{c.addr('nl').one}. De automatische incasso van {c.value('IBAN', IBANS[2:])} is teruggeboekt. "
                f"Ze wil een betalingsregeling.")
    p = c.person("nl", key="jeroenvanderlinden")
    return (f"Schrijf een korte brief aan de heer {m('P', 'Van der Linden')} ({c.addr('nl').one}) over "
            f"geluidsoverlast. Neutraal, zonder de melder te noemen, en verwijs naar de huisregels. Hij mag "
            f"bellen met zijn wijkconsulent.")


# ---------------------------------------------------------------- charities and NGOs

@T("personal_charity", "donation_export", 3)
def _(c):
    if c.i == 0:
        ps = c.people(5)
        amts = ["25.00", "150.00", "10.00", "100.00", "40.00"]
        ga = ["Y", "Y", "N", "Y", "N"]
        camp = ["Macmillan Coffee Morning", "Christmas Appeal", "Christmas Appeal", "In memory",
                "Great North Run"]
        rows = "\n".join(f"{p.full},{c.email(p, 'uk')},{c.addr('uk').pc},{a},{g},{k}"
                         for p, a, g, k in zip(ps, amts, ga, camp))
        return ("Here's last month's export from Beacon. Can you (1) total the Gift Aid-eligible donations and "
                "(2) draft a thank-you for anyone who gave £100 or more?\n\n"
                "donor,email,postcode,amount,gift_aid,campaign\n" + rows)
    if c.i == 1:
        ps = c.people(5)
        ev = ["ran the Great North Run", "did a sponsored silence (!)", "had a charity head shave",
              "swam the length of Windermere", "baked 300 cupcakes for Red Nose Day"]
        lst = "\n".join(f"{p.full} – {e} – £{x}" for p, e, x in zip(ps, ev, ["1,240", "310", "2,015",
                                                                           "870", "455"]))
        return ("JustGiving totals are in! Write an Instagram post thanking our top 5 fundraisers by name "
                "(they've all said yes to being named):\n\n" + lst)
    ps = c.people(2)
    a1, a2 = c.addr("us"), c.addr("us")
    return (f"Year-end tax receipts: draft the letter (include the 'no goods or services were provided' line) "
            f"and fill it for these two donors:\n\n{ps[0].full}\n{a1.block}\n$1,250 – 3/14 and 11/2\n\n"
            f"{ps[1].full}\n{a2.block}\n$500 – 12/1 (stock gift, Apple shares)")


@T("personal_charity", "volunteer_rota", 3)
def _(c):
    if c.i == 0:
        ps = c.people(6)
        shifts = ["Mon AM", "Mon AM", "Wed PM", "Wed PM", "Sat AM", "Sat AM"]
        drv = ["Y", "N", "N", "N", "Y", "N"]
        rows = "\n".join(f"| {s} | {p.full} | {d} | {c.phone('uk')} |" for s, p, d in zip(shifts, ps, drv))
        return ("Can you rearrange this food bank rota so nobody does more than 2 shifts a week and every shift "
                "has a driver? Wednesday has none at the moment.\n\n| Shift | Volunteer | Driver? | Mobile |\n"
                "|---|---|---|---|\n" + rows)
    if c.i == 1:
        ps = c.people(4)
        return (f"Turn this into a WhatsApp message for the Saturday litter-pick volunteers. Meeting point is "
                f"the Quaker Meeting House at 10, finishing at the Captain Cook statue. Names: {ps[0].c}, "
                f"{ps[1].c}, {ps[2].full} and {ps[3].full} (new, say hi!). {ps[0].c} is bringing the grabbers and "
                f"hi-vis.")
    ps = c.people(4)
    dbs = ["Yes", "Pending", "Yes", "No"]
    sg1 = ["Done", "Done", "No", "No"]
    rows = "\n".join(f"2026/10/{12 + j} 19:0{j},{p.full},{c.email(p, c.pick(['uk', 'ie']))},{d},{s}"
                     for j, (p, d, s) in enumerate(zip(ps, dbs, sg1)))
    return ("Google Forms responses for new mentoring volunteers. Who's DBS-checked and who still needs the "
            "safeguarding level 1 course?\n\nTimestamp,Name,Email,DBS,Safeguarding L1\n" + rows)


@T("personal_charity", "grant_case_study", 3)
def _(c):
    if c.i == 0:
        p = c.person(where=lambda p: p.cult == "Syrian" and p.g == "f")
        return (f"We need a 200-word case study for our National Lottery Community Fund end-of-grant report. "
                f"She's given written consent to be named.\n\n{p.full}, 34, moved to {c.addr('uk').home} from "
                f"Aleppo in 2022 with her two children. Came to our English conversation café, now volunteers "
                f"there twice a week. \"The café was the first place anyone called me by my name,\" {p.c} says. "
                f"Now studying for her Level 2 in childcare.")
    if c.i == 1:
        p, gp = c.person(where=lambda p: p.g == "f"), c.person()
        return (f"Rewrite this case study so the person can't be identified (Comic Relief want anonymised "
                f"stories):\n\n\"{p.full} from {c.addr('uk').home} was referred to us by her GP, Dr {gp.f}, after "
                f"her husband died. She hadn't left the house in months. Through our Men's Sheds-style craft "
                f"group (we call it Women's Sheds!) she's made friends and now runs the Tuesday session.\"")
    a, b = c.person(), c.person()
    return (f"Here's feedback from our Warm Spaces programme. Pick two quotes for the Children in Need report "
            f"and write a short intro.\n\n– {a.full}: \"the soup and the company got me through January\"\n"
            f"– {b.c}, 81: \"my flat in {c.addr('uk').home} is freezing, I come here to read the Telegraph and "
            f"keep warm\"")


@T("personal_charity", "card_over_phone", 2)
def _(c):
    if c.i == 0:
        p = c.person(where=lambda p: p.g == "m")
        return (f"A donor rang to give £50 and the new volunteer wrote the card details in the call log. Write a "
                f"short note to staff about PCI DSS and why we never write card numbers down. This is what he "
                f"wrote: 'Mr {p.full} {c.phone('uk')} card {c.value('CC', CARDS)} exp 09/28 wants gift aid'")
    p = c.person()
    return (f"Please turn this donation form entry into a clean receipt email:\nName {p.full} | Email "
            f"{c.email(p, 'uk')} | Card {c.value('CC', CARDS)} | Amount £20 monthly | Campaign: Sue Ryder "
            f"Christmas Appeal")


@T("personal_charity", "volunteer_chat", 2, case="lower")
def _(c):
    if c.i == 0:
        def ok(p):
            return p.rcall != p.rfam

        a, b, e = c.person(where=ok), c.person(where=ok), c.person(where=ok)
        d = c.person(where=lambda p: p.g == "f")
        return (f"summarise this slack thread into 3 actions:\n@{handle(a, 'g.f')}: van's booked for sat, who's "
                f"driving?\n@{handle(b, 'gf')}: me, but i need someone to ride with me to the aldi drop\n"
                f"@{handle(a, 'g.f')}: {d.c} said she could\n@{handle(e, 'g_f')}: fyi the new volunteer "
                f"{d.full} hasn't done the food hygiene cert yet")
    a, b = c.person(), c.person()
    return (f"can you make this teams chat into a short volunteer update email\n[09:12] {a.full}: the oxfam "
            f"shop donation run is moved to thursday\n[09:14] {b.full}: ok. can we use the meeting room in the "
            f"nelson building?\n[09:15] {a.full}: yes booked. {b.c} can you bring the card reader")


@T("personal_charity", "spenden", 2, lang="de")
def _(c):
    if c.i == 0:
        p = c.person("de", where=lambda p: p.g == "f")
        return (f"Bitte formuliere einen Dankesbrief mit Hinweis auf die Zuwendungsbestätigung für diese "
                f"Spenderin:\n\nName: {p.full}\nAnschrift: {c.addr('de').one}\nIBAN: "
                f"{c.value('IBAN', IBANS[:2])}\nBetrag: 250,00 € (Lastschrift vom 03.11.)\nZweck: Tafel – "
                f"Weihnachtsaktion")
    a, b = c.person("de"), c.person("de")
    return (f"Fasse diese Rücklastschriften für die Vorstandssitzung zusammen und schlag vor, wie wir die "
            f"Mitglieder anschreiben:\n- {a.full}, IBAN {c.value('IBAN', IBANS[:2])}, 15 € Mitgliedsbeitrag, "
            f"Konto erloschen\n- {b.full}, 30 €, Widerspruch durch Kontoinhaber, Tel. {c.phone('de')}")


# ---------------------------------------------------------------- police front desk

@T("personal_police", "front_desk_log", 3)
def _(c):
    if c.i == 0:
        a, b, d = c.person(), c.person(), c.person(where=lambda p: p.g == "m")
        return (f"Tidy up the front counter log for the sergeant, one line per entry, and flag anything that "
                f"needs a crime number:\n\n09:05 {a.full} handed in a wallet found on the bus outside the Co-op. "
                f"Owner is {b.full} (driving licence inside), tried {c.phone('uk')}, no answer\n09:40 {d.c} "
                f"{d.f} reporting his bike stolen from outside the leisure centre, lives {c.addr('uk').one}\n"
                f"10:15 lady asking about shotgun certificate renewal, gave her the form")
    if c.i == 1:
        a, b, d = c.person(where=lambda p: p.g == "f"), c.person(where=lambda p: p.g == "f"), c.person()
        return (f"Write up today's lobby log entries in proper report language:\n- Mrs. {a.f} "
                f"({c.addr('us').one}) wanted a VIN inspection for a car she bought out of state\n- {b.full} came "
                f"in about her ex, {d.full}, violating the order of protection, texting her from a new number. "
                f"Sgt. advised she call dispatch if he shows up.")
    a = c.person(where=lambda p: p.g == "f")
    b = c.person()
    return (f"From the desk book. Which of these should go to the neighbourhood team?\n1) {a.full}, "
            f"{c.phone('uk')} – cold-caller 'roofer' at her mum's house in {c.addr('uk').home}, took £900 cash\n"
            f"2) {b.full} – asked where the Remembrance parade route goes\n3) kids on e-scooters in the "
            f"Pankhurst Centre car park again")


@T("personal_police", "incident_summary", 3)
def _(c):
    if c.i == 0:
        v, s, o = c.person(), c.person(), c.person()
        return (f"Summarise this incident in plain English for the victim update letter (Victims' Code, 5 "
                f"working days):\n\nVictim: {v.full}, DOB {c.dob('adult', 'uk')}, {c.addr('uk').one}\n"
                f"Suspect: {s.full} (DOB {c.dob('adult', 'uk')})\nOffence: criminal damage to vehicle, Tesco car "
                f"park, Market Street, 02/11 approx 18:20. CCTV requested. OIC PC {o.f}.")
    if c.i == 1:
        s = c.person()
        return (f"Write a neutral summary of this shoplifting report for the file: suspect {s.full}, born "
                f"{c.dob('adult', 'long')}, of {c.addr('uk').one}, detained by store security at Boots after "
                f"leaving with 6 No7 skincare items, value £187. Admitted at scene. Previous: none.")
    w = c.person()
    return (f"Rewrite this in the third person for the report:\n\n\"I, {w.full}, was walking my dog Winston "
            f"down Churchill Avenue about 10pm when I saw two men trying car door handles. I live at "
            f"{c.addr('uk').one} so I know the area. One was wearing a Newcastle United shirt.\"")


@T("personal_police", "witness_statement", 2, case="lower")
def _(c):
    if c.i == 0:
        w = c.person(where=lambda p: p.g == "f")
        return (f"turn this into a witness statement draft (MG11 style, first person): witness {w.full} dob "
                f"{c.dob('adult', 'uk')}, lives {c.addr('uk').one}, mob {c.phone('uk')}. saw 2 lads on bikes grab a "
                f"handbag from an older lady outside greggs around 3:15. one had a north face jacket. she shouted, "
                f"they went off towards the war memorial")
    w, n = c.person(where=lambda p: p.g == "f"), c.person()
    return (f"summarise for handover: {w.full} (neighbour, {c.addr('uk').street}) heard shouting and glass "
            f"breaking from the flat above hers about 1am. she knows the tenant as {n.c}. she didn't see anyone "
            f"leave. willing to give a statement, prefers contact after 6pm")


@T("personal_police", "desk_note_caps", 2)
def _(c):
    if c.i == 0:
        p = c.person(kid=True, where=lambda p: p.g == "f" and p.kid[1] == "m")
        note = (f"{p.full} attended front counter 1430hrs reporting her son {p.k} (15) missing since last "
                f"night, last seen near the skatepark, mum on {c.phone('uk')}, address {c.addr('uk').one}")
        return "Desk officer typed this in caps. Put it in normal case and fix the spelling:\n\n" + caps(note)
    p = c.person()
    note = (f"lost property: black samsung phone handed in by {p.full}, {c.phone('uk')}. found on bench by the "
            f"robert burns statue. no sim.")
    return "make this into a proper property log entry:\n" + caps(note)


@T("personal_police", "lost_property_email", 2)
def _(c):
    if c.i == 0:
        p = c.person(where=lambda p: p.g == "f")
        return (f"Reply to this email — we do have a ring that matches, she needs to come in with ID and a "
                f"description of the engraving:\n\n> Hi, I lost my late mum's gold ring at the Remembrance "
                f"Sunday parade near the cenotaph. It's engraved inside. Please let me know if anyone handed it "
                f"in, it means the world to me.\n> {p.full}\n> {c.phone('uk')} / {c.email(p, 'uk')}")
    p = c.person()
    return (f"Draft a reply: we can't give out the name of whoever handed the phone in, but we can pass on a "
            f"thank-you.\n\nFrom: {p.full} <{c.email(p, c.pick(['uk', 'ie']))}>\nSubject: my iPhone\n"
            f"I know someone handed my iPhone 15 in at your station on Saturday, can you tell me who so I can "
            f"thank them? Collected it today.")


@T("personal_police", "koban_todoke", 3, lang="ja")
def _(c):
    if c.i == 0:
        p = c.person("ja", key="sotaonodera")
        return (f"次の遺失届の内容を、本署への報告用に簡潔な文章にまとめてください。\n\n"
                f"届出人：{p.full}（{c.dob('adult', 'ja')}生）\n住所：{' '.join(c.addr('ja').lines)}\n"
                f"電話：{c.phone('ja')}\n遺失物：黒の長財布（運転免許証、マイナンバーカード在中）\n"
                f"遺失場所：JR大糸線 白馬駅付近\n遺失日時：11月3日 午後4時ごろ")
    if c.i == 1:
        p, x = c.person("ja", key="hanguyen"), c.person("ja", key="minjunkim")
        return (f"交番の窓口に来た方の相談メモです。丁寧な日本語に直して、生活安全課への引継ぎ文にしてください。\n"
                f"・相談者 {p.full} さん（ベトナム国籍、技能実習生）\n"
                f"・寮の同僚の{x.f}さんから「借りたお金を返せ」と何度も言われている\n"
                f"・連絡先 {c.phone('ja')}\n・ベトナム語の通訳が必要")
    p = c.person("ja", key="misakisasaki")
    return (f"拾得物の返還について、持ち主の{p.f}さんにメールを書きたいです。\n宛先：{c.email(p, 'ja')}\n"
            f"内容：傘と定期券が届いている、身分証を持って白馬駅前交番まで来てほしい、受付は平日9時〜17時")


# =========================================================================== PII-free rows
# ---------------------------------------------------------------- schools

@T("clean_school", "reading_list", 3)
def _(c):
    return V(c,
             "Can you write a 2-line blurb for each book on our Year 9 reading list, and flag any with content "
             "warnings parents might ask about?\n\n| Title | Author |\n|---|---|\n| Of Mice and Men | John "
             "Steinbeck |\n| Animal Farm | George Orwell |\n| I Know Why the Caged Bird Sings | Maya Angelou |\n"
             "| Noughts & Crosses | Malorie Blackman |\n| The Boy in the Striped Pyjamas | John Boyne |\n"
             "| Boys Don't Cry | Malorie Blackman |",
             "Our KS3 list is very male and very dead lol. Suggest 6 swaps by living authors but keep "
             "Frankenstein (Mary Shelley) and A Christmas Carol (Dickens). Currently: Lord of the Flies (William "
             "Golding), Treasure Island (Robert Louis Stevenson), The Hobbit (J.R.R. Tolkien), Holes (Louis "
             "Sachar), Stone Cold (Robert Swindells), Private Peaceful (Michael Morpurgo).",
             "Summer reading for rising 8th graders at Washington Irving Middle School — I need a parent letter "
             "explaining the choices: Wonder (R.J. Palacio), The Giver (Lois Lowry), Brown Girl Dreaming "
             "(Jacqueline Woodson), Hatchet (Gary Paulsen), The Outsiders (S.E. Hinton). Mention which ones won "
             "the Newbery Medal.")


@T("clean_school", "history_lesson", 3)
def _(c):
    return V(c,
             "Plan a 50-minute Year 6 lesson on the Montgomery bus boycott. Include Rosa Parks, Martin Luther "
             "King Jr., Claudette Colvin and E.D. Nixon, a starter, a source activity and a plenary. Link it to "
             "Black History Month.",
             "I'm teaching the suffragettes to Year 9 next week. Can you make a timeline from 1903 (WSPU founded "
             "by Emmeline Pankhurst) to the Equal Franchise Act 1928, with Millicent Fawcett, Emily Wilding "
             "Davison at the Derby and the Cat and Mouse Act in the right places?",
             "Write 8 multiple-choice questions comparing Florence Nightingale and Mary Seacole for KS2, with an "
             "answer key. Mention Scutari, the Crimean War and the Nightingale Fund. Keep it balanced, there's "
             "been a lot of debate about the statue at St Thomas'.")


@T("clean_school", "letter_placeholders", 3)
def _(c):
    return V(c,
             "Tidy this template so mail merge works; the fields are in double curly brackets.\n\n"
             "Dear {{parent_name}},\n\nWe are delighted to confirm that {{child_first_name}} has been offered a "
             "place in Reception at Lincoln Elementary for September. Please complete the enclosed data "
             "collection form and return it to Mrs [SURNAME] in the office by {{deadline}}.\n\nYours sincerely,\n"
             "[Headteacher]",
             "Make a parent letter template for the Year 6 residential to PGL Marchants Hill. Leave placeholders "
             "like [Child's Name], [Medical Needs] and [Emergency Contact Number]. Example sign-off: Joe Bloggs, "
             "Trip Leader.",
             "Our data collection form uses 'John Smith' and 'Jane Doe' as examples and parents keep copying "
             "them in 😂 Rewrite the help text with better hints (e.g. 'First name as on birth certificate'). "
             "Fields: Legal first name, Preferred name, Surname, Date of birth, Home address, Postcode, "
             "Emergency contact 1, Relationship to child.")


@T("clean_school", "timetable_rooms", 3)
def _(c):
    return V(c,
             "Fix the clashes in this timetable. Rooms are named after scientists.\n\n| Period | Turing Lab | "
             "Curie Room | Franklin Room | Attenborough Hall |\n|---|---|---|---|---|\n| P1 | 10X Computing | "
             "9Y Chemistry | – | Y7 assembly |\n| P2 | 11A Computing | 9Y Chemistry | 9Y Biology | – |\n| P3 | "
             "10X Computing | 8B Physics | 10X Computing | Y8 PE (wet) |\n| P4 | – | 8B Physics | 7C Biology | – |"
             "\n\nHead of Science says 9Y can't have Chemistry and Biology back to back.",
             "Build a lunch duty rota across the Nelson, Drake, Raleigh and Grenville houses, Mon–Fri, using "
             "roles not names: Head of Year 7, Head of Year 8, PE Department, SENCo, Pastoral Lead, Deputy "
             "Head. Nobody on two days in a row.",
             "Make a bell schedule for Jefferson Middle School: 7 periods of 50 min, advisory after 2nd, A/B "
             "lunch. Rooms: Hamilton Hall, Douglass Library, Eleanor Roosevelt Gym. Output as a table.")


@T("clean_school", "staffroom_questions", 3, case="lower")
def _(c):
    return V(c,
             "whats the difference between title ix and ferpa in plain english, parents keep asking at the "
             "front office",
             "is it still called the duke of edinburgh award or did it change after prince philip died? need it "
             "for the newsletter",
             "how do i explain pythagoras to year 8 who hate maths. something with football pitches or "
             "minecraft maybe")


@T("clean_school", "display_headings_caps", 2)
def _(c):
    return V(c,
             "Check the spelling on these display headings before I print them (they need to stay in caps):\n\n"
             + caps("Welcome to the Malala Yousafzai Reading Corner\nOur values: respect, resilience, kindness\n"
                    "Star writers of the week\nScientists who changed the world: Marie Curie, Isaac Newton, "
                    "Katherine Johnson, Alan Turing, Mae Jemison"),
             "Turn this into a PowerPoint outline, one question per slide with the answer on the next:\n\n"
             + caps("House quiz round 3 – famous firsts\n1. First woman in space? (Valentina Tereshkova)\n"
                    "2. First person to climb Everest with Tenzing Norgay? (Edmund Hillary)\n3. First female "
                    "prime minister of the UK? (Margaret Thatcher)\n4. First Black president of South Africa? "
                    "(Nelson Mandela)"))


@T("clean_school", "lecturas_obligatorias", 2, lang="es")
def _(c):
    return V(c,
             "Necesito una circular para las familias de 3º de ESO con las lecturas obligatorias del curso: «El "
             "Lazarillo de Tormes», «La casa de Bernarda Alba» de Federico García Lorca, «Crónica de una muerte "
             "anunciada» de Gabriel García Márquez y «Marianela» de Benito Pérez Galdós. Somos el IES Rosalía de "
             "Castro. Que sea breve y que explique que hay ejemplares en la biblioteca.",
             "¿Me preparas una actividad de 45 minutos sobre Frida Kahlo y Diego Rivera para 6º de primaria? Con "
             "una parte de dibujo y otra de comprensión lectora. El cole se llama CEIP Miguel Hernández, por si "
             "quieres mencionarlo.")


@T("clean_school", "lektury", 3, lang="pl")
def _(c):
    return V(c,
             "Przygotuj krótki list do rodziców klasy 7 z listą lektur na drugi semestr: „Pan Tadeusz” Adama "
             "Mickiewicza (fragmenty), „Quo vadis” Henryka Sienkiewicza, „Mały Książę” Antoine’a de "
             "Saint-Exupéry’ego i „Kamienie na szaniec” Aleksandra Kamińskiego. Szkoła Podstawowa nr 3 im. Marii "
             "Skłodowskiej-Curie.",
             "Wyjaśnij prostym językiem, co szkoła musi mieć w związku z ustawą Kamilka (standardy ochrony "
             "małoletnich) – potrzebuję tego na radę pedagogiczną. Dyrektor prosi też o wzór ogłoszenia na "
             "stronę szkoły.",
             "Zrób mi quiz (10 pytań) o Janie Pawle II i Lechu Wałęsie na lekcję historii w klasie 8, z "
             "odpowiedziami. Ma dotyczyć Solidarności i wyborów z 4 czerwca 1989.")


@T("clean_school", "exam_texts", 3)
def _(c):
    return V(c,
             "Write a model GCSE answer (AQA, Paper 2) on how Priestley presents responsibility through Mr "
             "Birling and Sheila in An Inspector Calls. About 450 words, with context about 1912 and 1945.",
             "Make a revision grid for Macbeth: each main character (Macbeth, Lady Macbeth, Banquo, Macduff, the "
             "witches) with 2 key quotes and a theme. Also one line on James I and the Gunpowder Plot.",
             "My IB class is comparing Jekyll and Hyde with Frankenstein. Give me 5 discussion questions about "
             "doubles and science, and say where Stevenson and Shelley differ on Victorian vs Romantic anxiety.")


# ---------------------------------------------------------------- universities

@T("clean_university", "syllabus", 3)
def _(c):
    return V(c,
             "Reorder this political theory syllabus so it runs chronologically and add one secondary reading "
             "per week:\nWk1 Rawls, A Theory of Justice\nWk2 Hobbes, Leviathan\nWk3 Mill, On Liberty\nWk4 Locke, "
             "Second Treatise\nWk5 Rousseau, The Social Contract\nWk6 Wollstonecraft, A Vindication of the Rights "
             "of Woman\nWk7 Arendt, The Human Condition\nWk8 Nozick, Anarchy, State, and Utopia",
             "Write learning outcomes for a 10-credit module called 'Keynes, Hayek and the Great Depression'. We "
             "also cover Milton Friedman, the Bretton Woods conference and Bank of England independence in 1997 "
             "under Gordon Brown.",
             "Turn my week-by-week list into a Moodle-friendly HTML table? Week 1: Darwin, On the Origin of "
             "Species; Week 2: Mendel and the pea plants; Week 3: Watson, Crick, Franklin and Wilkins; Week 4: "
             "Barbara McClintock; Week 5: CRISPR – Doudna and Charpentier (Nobel 2020).")


@T("clean_university", "grant_report", 3)
def _(c):
    return V(c,
             "Help me write the 'Outcomes and impact' section of our Wellcome Trust Discovery Award interim "
             "report. We ran 14 community workshops with the Francis Crick Institute, published 3 papers (one in "
             "The Lancet) and trained two postdocs. Max 400 words, no jargon.",
             "We're applying to Horizon Europe under the Marie Skłodowska-Curie Actions (Doctoral Networks). "
             "Draft the 'Excellence' summary: partners are KU Leuven, Sorbonne Université, the Jagiellonian "
             "University and the Max Planck Institute for Human Development.",
             "Our Leverhulme report asks for 'dissemination'. Bullet these: talk at the Hay Festival, a piece in "
             "The Conversation, a BBC Radio 4 In Our Time episode we advised on, and an exhibition at the "
             "Hunterian. Template fields to keep: [PI NAME], [GRANT REF], [START DATE].")


@T("clean_university", "citation_questions", 3, case="lower")
def _(c):
    return V(c,
             "how do i cite foucault's discipline and punish in harvard if i only have the 1977 penguin "
             "translation by alan sheridan",
             "apa 7 for a speech? it's nelson mandela's 'i am prepared to die' from the rivonia trial, found on "
             "the nelson mandela foundation website",
             "is it ok for first years to cite wikipedia for the date of the treaty of versailles or should they "
             "use something like hobsbawm or margaret macmillan's peacemakers")


@T("clean_university", "campus_buildings", 2)
def _(c):
    return V(c,
             "Write walking directions for open day visitors from the Radcliffe Camera to the Weston Library, "
             "then the Pitt Rivers Museum, then the Sheldonian Theatre for the welcome talk. Include step-free "
             "options.",
             "Our signage is a mess. Give me one consistent naming style for these: 'Alan Turing Bldg', 'the "
             "Turing', 'Kilburn Building', 'Stopford', 'Samuel Alexander Bldg', 'Ellen Wilkinson', 'Arthur Lewis "
             "Bldg'. They're all University of Manchester buildings named after people.")


@T("clean_university", "graduation_script", 2)
def _(c):
    return V(c,
             "Write the Chancellor's script for conferring degrees, with placeholders for names ([GRADUAND NAME], "
             "[DEGREE]), and a 150-word honorary doctorate citation for Sir David Attenborough.",
             "Draft the Vice-Chancellor's welcome speech for winter graduation. Mention that our buildings honour "
             "Mary Seacole and Olaudah Equiano, quote Maya Angelou once, and remember they're 'graduands' until "
             "the degrees are conferred.")


@T("clean_university", "seminar", 3, lang="ja")
def _(c):
    return V(c,
             "来週のゼミで夏目漱石の『こころ』を扱います。「先生」と「K」の関係について、学部2年生向けの問いを"
             "5つ作ってください。芥川龍之介の『羅生門』との比較も一問入れてください。",
             "科研費の実績報告書の「研究成果の概要」を400字程度で書きたいです。テーマは福沢諭吉の『学問のすゝめ』と"
             "明治期の教育制度で、慶應義塾大学との共同研究です。",
             "オープンキャンパスの案内文を作ってください。会場は野口英世記念ホールと北里柴三郎記念館です。"
             "担当者名は「〇〇」のまま空けておいてください。")


@T("clean_university", "edital_bolsas", 3, lang="pt")
def _(c):
    return V(c,
             "Me ajuda a escrever um resumo do edital de bolsas de iniciação científica (PIBIC/CNPq) pra "
             "divulgar aos alunos? Prazo até 15 de março, orientador precisa ter doutorado e currículo "
             "atualizado na Plataforma Lattes.",
             "Preciso de um plano de aula sobre Paulo Freire e a Pedagogia do Oprimido para a licenciatura. "
             "Inclua Anísio Teixeira e o movimento da Escola Nova como contraponto.",
             "Lista de leituras de Literatura Brasileira II: Machado de Assis (Dom Casmurro), Clarice Lispector "
             "(A Hora da Estrela), Guimarães Rosa (Grande Sertão: Veredas), Carolina Maria de Jesus (Quarto de "
             "Despejo). Escreve uma frase de apresentação pra cada.")


@T("clean_university", "room_bookings", 3)
def _(c):
    return V(c,
             "Our timetabling spreadsheet has clashes. Write a formula (Google Sheets) that flags double "
             "bookings. Columns: Room (Rutherford LT, Faraday Theatre, Newton Room, Hodgkin Lab), Day, Start, "
             "End, Module code.",
             "Suggest a naming scheme for 12 new seminar rooms. The committee wants women in STEM: Ada Lovelace, "
             "Dorothy Hodgkin, Rosalind Franklin, Jocelyn Bell Burnell, Chien-Shiung Wu, Katherine Johnson... "
             "give me 12 with one-line bios for the door plaques.",
             "Convert this into a clean table: 'Mon 9-11 Darwin Building G07 BIOL1001 / Mon 11-1 Kelvin "
             "Building 257 PHYS1002 / Tue 2-4 Adam Smith Building 916 ECON1001 / Wed 10-12 Boyd Orr LT A'.")


# ---------------------------------------------------------------- libraries

@T("clean_library", "dewey_questions", 3)
def _(c):
    return V(c,
             "Where do these go in Dewey? I Am Malala, Becoming by Michelle Obama, Sapiens by Yuval Noah Harari, "
             "The Body by Bill Bryson, and The Climate Book by Greta Thunberg. Give the class number and a "
             "short spine label.",
             "We're weeding the 900s. Suggest criteria (is MUSTIE still the thing?) and which of these to keep: "
             "Churchill's The Second World War (1950s set), Antony Beevor's Stalingrad, Simon Schama's A History "
             "of Britain, Mary Beard's SPQR.",
             "Explain the difference between Dewey and Library of Congress classification for a new volunteer "
             "who has only ever used Amazon and Goodreads.")


@T("clean_library", "display_plan", 3)
def _(c):
    return V(c,
             "Plan a Banned Books Week display: Harry Potter (J.K. Rowling), Forever (Judy Blume), The Bluest Eye "
             "(Toni Morrison), And Tango Makes Three, Maus (Art Spiegelman), The Handmaid's Tale (Margaret "
             "Atwood). Signage text plus a 'why was it challenged?' card for each.",
             "Ideas for a Women's History Month window: Ada Lovelace, Mary Anning, Rosalind Franklin, Emmeline "
             "Pankhurst, Amelia Earhart, Wangari Maathai. I need a heading, 6 caption cards (30 words each) and "
             "a kids' trail.",
             "Books for a 'Local Legends' display? We're in Haworth so obviously the Brontës, plus Ted Hughes and "
             "Sylvia Plath (Heptonstall), Alan Bennett and Barbara Taylor Bradford.")


@T("clean_library", "catalogue_cleanup", 3)
def _(c):
    return V(c,
             "Our catalogue CSV has authors as both 'Surname, First' and 'First Surname'. Give me an Excel "
             "formula to standardise column B to 'Surname, First'.\n\nisbn,author,title\n9780141439518,\"Austen, "
             "Jane\",Pride and Prejudice\n9780099448822,Haruki Murakami,Norwegian Wood\n9780571364886,\"Ishiguro, "
             "Kazuo\",Klara and the Sun\n9780099740919,Margaret Atwood,The Handmaid's Tale\n9780141184999,"
             "\"García Márquez, Gabriel\",One Hundred Years of Solitude",
             "Clean up these MARC 100 fields so punctuation and dates are consistent:\n100 1_ |a Dickens, "
             "Charles, |d 1812-1870.\n100 1_ |a Woolf, Virginia |d 1882-1941\n100 1_ |a Achebe, Chinua, |d "
             "1930-2013.\n100 1_ |a Lindgren, Astrid |d1907-2002\n100 0_ |a Homer.",
             "Write a SQL query for the Koha reports module listing the 20 most-borrowed titles this year per "
             "branch (Carnegie, Wilberforce and Priestley branches). Columns: title, author, branch, issues.")


@T("clean_library", "event_blurbs", 3, case="lower")
def _(c):
    return V(c,
             "write a short blurb for our roald dahl day event (13 sept), dress up as matilda or the bfg, golden "
             "ticket hunt around the children's library",
             "ideas for a tolkien reading group for adults, 6 sessions, not just the lord of the rings. is the "
             "silmarillion too much",
             "whats a good name for a knit and natter group at the library? the old one was 'stitch n bitch' "
             "which the council didnt love lol")


@T("clean_library", "app_help", 3)
def _(c):
    return V(c,
             "Write a one-page how-to for patrons: borrowing eBooks with Libby, eAudiobooks on BorrowBox, and "
             "films on Kanopy. Include what to do when Libby says 'card not recognised'.",
             "Compare Koha, Evergreen and Sierra for a small library consortium (12 branches). Our IT person is "
             "pushing Alma but that feels like overkill.",
             "Patrons keep asking whether Alexa or Siri can read Libby audiobooks aloud. What's the honest "
             "answer, and can you write it as a two-line FAQ?")


@T("clean_library", "book_club_questions", 3)
def _(c):
    return V(c,
             "Discussion questions for our book club on Pachinko by Min Jin Lee: 8 questions about Sunja, Hansu "
             "and Isak, identity in Japan, and the pachinko parlours as a metaphor.",
             "We're reading Lessons in Chemistry (Bonnie Garmus). Give me 6 questions, including one on Elizabeth "
             "Zott's cooking show Supper at Six and one about Six-Thirty the dog.",
             "Make a one-page guide for Where the Crawdads Sing (Delia Owens): a spoiler-free summary of Kya's "
             "story, 5 questions, and a note on the film with Daisy Edgar-Jones.")


@T("clean_library", "mediatheque", 2, lang="fr")
def _(c):
    return V(c,
             "Peux-tu rédiger l'annonce d'une rencontre à la médiathèque Marguerite-Duras autour d'Annie Ernaux "
             "(prix Nobel 2022) ? Lecture d'extraits des « Années » et de « La Place », puis échange avec le "
             "public. Entrée libre, samedi à 15h.",
             "Propose-moi une sélection de 8 BD pour un club ado : Astérix, Tintin (avec un mot sur la polémique "
             "de « Tintin au Congo »), Riad Sattouf, Pénélope Bagieu, Marjane Satrapi, Joann Sfar… avec une "
             "phrase d'accroche pour chacune.")


# ---------------------------------------------------------------- councils

@T("clean_council", "agenda_minutes", 3)
def _(c):
    return V(c,
             "Format this into a proper agenda for Tuesday's Full Council:\n1 Apologies\n2 Declarations of "
             "interest\n3 Minutes of last meeting\n4 Mayor's announcements (Mayor's charity this year: Marie "
             "Curie)\n5 Motion: rename the Victoria Park bandstand after Dame Vera Lynn\n6 Town Clerk's report\n"
             "7 Budget 2027/28 and precept\n8 Exclusion of press and public (Public Bodies (Admission to "
             "Meetings) Act 1960)",
             "Summarise the combined authority's transport update for our newsletter: Andy Burnham announced the "
             "next phase of Bee Network bus franchising and the Metrolink extension to Stockport. Keep it "
             "neutral, we're close to the pre-election period.",
             "Write minutes from these notes — Select Board, Item 4: Juneteenth proclamation read; Item 5: "
             "naming the new dog park after Ruth Bader Ginsburg (approved 4–1); Item 6: Town Manager's report. "
             "Robert's Rules format please.")


@T("clean_council", "foi_templates", 3)
def _(c):
    return V(c,
             "Write a standard FOI refusal paragraph for section 12 (cost limit, £450 / 18 hours) with "
             "placeholders [REQUESTER NAME], [DATE OF REQUEST], [REF]. Include the ICO's details and say they "
             "can ask for an internal review via foi@[council].gov.uk.",
             "What's the difference between FOIA and the Environmental Information Regulations 2004 for a "
             "request about the Bishop's Meadow flood defences? Which exemptions and exceptions line up?",
             "Make me a checklist for handling a subject access request under UK GDPR Article 15, from logging "
             "it to redaction. Our shared inboxes are foi@example.gov.uk and dpo@example.gov.uk.")


@T("clean_council", "rules_questions", 3, case="lower")
def _(c):
    return V(c,
             "explain the nolan principles in 7 bullet points for new parish councillors",
             "whats the localism act 2011 actually let a town council do? someone said 'general power of "
             "competence'",
             "under roberts rules can the chair vote to break a tie? our bylaws dont say")


@T("clean_council", "street_naming", 3)
def _(c):
    return V(c,
             "Draft a street naming policy. We keep getting requests to name streets after living people "
             "(Captain Tom, Sir David Attenborough). Suggest rules: deceased 20+ years, local connection, no "
             "duplicates in the postcode area, and avoid names that sound alike (e.g. Mandela Way / Mandela "
             "Close).",
             "Write a press release announcing Mary Anning Way on the Charmouth Road development. Quote "
             "placeholder: '[QUOTE FROM LEADER OF THE COUNCIL]'.",
             "Summarise the arguments for and against renaming buildings like Bristol's Colston Hall. Our "
             "Cecil Rhodes Room is under review and the committee wants a balanced paper.")


@T("clean_council", "budget_table", 2)
def _(c):
    return V(c,
             "Add a column with % change and flag anything over 10%:\n\n| Budget line | 2025/26 | 2026/27 |\n"
             "|---|---|---|\n| Churchill Hall maintenance | 18,400 | 21,900 |\n| Jubilee Gardens grounds | 9,250 | "
             "9,500 |\n| King George V Playing Fields | 14,000 | 16,800 |\n| Christmas lights (Blachere contract) "
             "| 6,200 | 6,200 |\n| Nelson Street public toilets | 11,300 | 12,100 |",
             "For the newsletter: our Band D council tax goes up 4.99%. Explain Band D like I'm 12, and say how "
             "the referendum limit works (check whether Rachel Reeves' budget changed it, I'm not 100% sure).")


@T("clean_council", "pleno", 2, lang="es")
def _(c):
    return V(c,
             "Redacta el orden del día del pleno ordinario de noviembre: aprobación del acta anterior, moción "
             "para dedicar una calle a Clara Campoamor, modificación de la ordenanza de terrazas, ruegos y "
             "preguntas. Somos un ayuntamiento pequeño de la provincia de Teruel.",
             "Explícame en cristiano qué obliga a publicar la Ley 19/2013 de Transparencia a un ayuntamiento de "
             "menos de 5.000 habitantes. El alcalde dice que con el portal de la Diputación es suficiente.")


@T("clean_council", "comune", 2, lang="it")
def _(c):
    return V(c,
             "Scrivi un avviso per il sito del Comune: dal 1° dicembre l'ufficio anagrafe di piazza Garibaldi "
             "sarà aperto anche il giovedì pomeriggio. Ricorda che la carta d'identità elettronica si prenota "
             "sull'Agenda CIE del Ministero dell'Interno.",
             "Mi prepari una scaletta per il consiglio comunale sulla mozione per intitolare la biblioteca civica "
             "a Rita Levi-Montalcini? Tre argomenti a favore e le obiezioni probabili (costi della targa, la "
             "proposta alternativa di dedicarla a Italo Calvino).")


@T("clean_council", "gemeente", 3, lang="nl")
def _(c):
    return V(c,
             "Kun je deze raadsinformatiebrief herschrijven op B1-niveau? Het gaat over de Wet open overheid "
             "(Woo) en hoe inwoners een Woo-verzoek indienen. Laat de verwijzing naar artikel 5.1 staan.",
             "Schrijf een korte toespraak voor de burgemeester bij de onthulling van het Anne Frank-monument in "
             "het Thorbeckepark. Maximaal 300 woorden, ingetogen.",
             "Wat is het verschil tussen een motie en een amendement in de gemeenteraad? En wanneer gebruik je "
             "een motie vreemd aan de orde van de dag?")


# ---------------------------------------------------------------- social services

@T("clean_social", "explain_law", 3)
def _(c):
    return V(c,
             "Explain Clare's Law and Sarah's Law to a new family support worker: what each one is, who can "
             "apply, and how they differ. UK context, bullet points.",
             "What are Gillick competence and the Fraser guidelines, and when would a school nurse or social "
             "worker use them? Short answer, include the 1985 case name.",
             "Summarise the Care Act 2014 eligibility criteria (the three conditions) and how they interact with "
             "the best-interests checklist in the Mental Capacity Act 2005.")


@T("clean_social", "form_template", 3)
def _(c):
    return V(c,
             "Improve this case note template so workers stop writing essays:\n\nClient name: ________   DOB: "
             "___/___/____   Worker: ________\nPresenting issue:\nRisks (self/others):\nActions agreed:\nNext "
             "contact date:\n\nThe example entry should use a made-up person, e.g. 'Jane Doe, 01/01/1980'.",
             "Make a referral form for our Early Help service as a table. Fields: Child's full name, Date of "
             "birth, Address, School, Parent/carer name, Consent obtained (Y/N), Reason for referral. Use "
             "[placeholders] in the second column.",
             "Draft the 'what happens to your information' paragraph for our adult social care leaflet. Mention "
             "the Data Protection Act 2018, UK GDPR, and that we share with the NHS and police only under "
             "safeguarding duties.")


@T("clean_social", "theory_questions", 3, case="lower")
def _(c):
    return V(c,
             "explain maslow's hierarchy for a team training session, with examples from homelessness work",
             "bowlby vs ainsworth - whats the difference between attachment theory and the strange situation, "
             "simply",
             "what is the signs of safety model, is it the same as the three houses thing")


@T("clean_social", "signposting", 3)
def _(c):
    return V(c,
             "Make a signposting sheet for our front desk: Samaritans (116 123), Shelter, Citizens Advice, Mind, "
             "Age UK, Barnardo's, the Trussell Trust and Turn2us. One line each on what they do.",
             "Which charities support families after a cancer diagnosis? Compare Macmillan, Marie Curie, "
             "Maggie's and Young Lives vs Cancer for a leaflet, one paragraph each.",
             "Write a short explainer on the Ryan White CARE Act and the McKinney-Vento Act for new caseworkers "
             "in our Ohio county office.")


@T("clean_social", "translate_leaflet", 2)
def _(c):
    return V(c,
             "Translate this leaflet paragraph into Ukrainian, simple words: 'The Household Support Fund can help "
             "with food and energy bills this winter. You can apply online or at the Town Hall. You will need "
             "proof of address.'",
             "Translate into Arabic (Levantine if possible): 'Warm Spaces are open Monday to Friday at the "
             "Carnegie Library and St Aidan's Church Hall. Free tea, coffee and Wi-Fi. Everyone welcome.'")


@T("clean_social", "buergergeld", 3, lang="de")
def _(c):
    return V(c,
             "Erklär mir kurz den Unterschied zwischen Bürgergeld und dem alten Hartz IV – ich brauche das für "
             "ein Infoblatt in unserer Beratungsstelle. Bitte mit Hinweis aufs Jobcenter und die Karenzzeit "
             "beim Vermögen.",
             "Kannst du ein Musterschreiben für einen Widerspruch gegen einen Bescheid vom Jobcenter erstellen? "
             "Als Beispiel bitte Max Mustermann, Musterstraße 1, 12345 Musterstadt verwenden.",
             "Wir machen einen Infotag zu Kindergeld und Kinderzuschlag mit der Familienkasse. Schreib mir einen "
             "Aushang fürs Schwarze Brett, freundlich und in Leichter Sprache.")


@T("clean_social", "lex_sarah", 3, lang="sv")
def _(c):
    return V(c,
             "Förklara skillnaden mellan lex Sarah och lex Maria för nyanställda i äldreomsorgen. Kort och "
             "tydligt, gärna med ett exempel på vad som ska rapporteras.",
             "Skriv en enkel informationstext om försörjningsstöd på lätt svenska. Nämn att man kan få hjälp av "
             "kommunens budget- och skuldrådgivning och att Kronofogden inte är samma sak som socialtjänsten.",
             "Vad innebär LVU jämfört med SoL när det gäller placering av barn? Jag behöver en kort "
             "sammanfattning inför en utbildningsdag.")


# ---------------------------------------------------------------- housing

@T("clean_housing", "explain_law", 3)
def _(c):
    return V(c,
             "What does Awaab's Law require of social landlords, in plain English? Timescales for emergency "
             "hazards and for damp and mould investigations please.",
             "Explain the Renters' Rights Act for a tenants' newsletter: the end of Section 21, periodic "
             "tenancies, the new Ombudsman. Keep it under 250 words.",
             "Difference between the Decent Homes Standard and the Homes (Fitness for Human Habitation) Act "
             "2018 — which one can a tenant take us to court over?")


@T("clean_housing", "notices_caps", 3)
def _(c):
    return V(c,
             "Check this notice before it goes on the boards:\n\n"
             + caps("Attention all residents of Wilberforce House and Churchill Court: the lift will be out of "
                    "service from Monday 8am for 5 days (Otis engineers). Please use the stairs or call the "
                    "housing office if you need help."),
             "Make this friendlier but keep the legal bit:\n\n"
             + caps("Fire doors must be kept closed at all times. Do not prop open. Fire Safety (England) "
                    "Regulations 2022."),
             caps("pls tidy this up for the newsletter: bulky waste amnesty saturday 9-1 in the car park behind "
                  "Bevan House. no fridges, no tyres. skips from Biffa."))


@T("clean_housing", "rent_spreadsheet", 3)
def _(c):
    return V(c,
             "I need a formula: column A has block names (Attlee House, Bevan Court, Lansbury Tower, Pankhurst "
             "Gardens), column C rent, column D service charge. I want weekly income per block with SUMIFS. Also "
             "why does my XLOOKUP return #N/A for 'Bevan Court ' (trailing space?)",
             "Turn this voids list into a chart-ready table: Lansbury Tower 4 voids, Keir Hardie Court 2, Nye "
             "Bevan Road 1, Ellen Wilkinson House 3. Average void days 38, 41, 12, 55.",
             "How do I write a Power BI measure that counts damp and mould cases open longer than 14 days per "
             "estate? Estates are Kingsley, Brunel and Elgar.")


@T("clean_housing", "housing_questions", 3, case="lower")
def _(c):
    return V(c,
             "what does section 8 ground 8 mean and is it mandatory",
             "is there a difference between an introductory tenancy and a starter tenancy or is that just what "
             "different housing associations call it",
             "can we charge for replacing fobs? our tenancy agreement says 'reasonable costs' but the residents "
             "association says no")


@T("clean_housing", "newsletter", 2)
def _(c):
    return V(c,
             "Write the intro for our winter tenants' newsletter: Best Kept Garden results (the Brunel estate "
             "won), a Bake Off-style cake contest judged by our Chief Executive, a Mary Berry Victoria sponge "
             "recipe, and Christmas lunch at the community hub.",
             "Give me a fun quiz for the residents' coffee morning: 10 questions about famous people who grew up "
             "in council housing, e.g. Sir Michael Caine, Alan Sugar, Angela Rayner. Only include ones that are "
             "well documented.")


@T("clean_housing", "community_event", 3)
def _(c):
    return V(c,
             "Plan a street party for the Jubilee Close estate: menu (Coronation chicken sandwiches, Eton mess, "
             "scones), bunting, a Strictly dance-off for kids and the road closure application. Timeline from 6 "
             "weeks out.",
             "We're doing a joint Diwali and Bonfire Night event on the green. Suggest food that works for both "
             "(samosas, parkin, jacket potatoes, jalebi), sparkler safety rules, and a short explanation of Guy "
             "Fawkes Night for new residents.",
             "Poster text for a Burns Night supper at the community centre: haggis, neeps and tatties, the "
             "Address to a Haggis, ceilidh band. £5 residents, free for under 12s.")


@T("clean_housing", "logement_social", 2, lang="fr")
def _(c):
    return V(c,
             "Explique-moi simplement la loi Carrez et la différence avec la surface habitable de la loi "
             "Boutin, pour une fiche destinée aux locataires de nos logements HLM.",
             "Rédige une affiche sur la trêve hivernale (1er novembre – 31 mars) : ce que ça change pour les "
             "expulsions et les coupures d'énergie, avec les contacts génériques de l'ADIL et de la Fondation "
             "pour le logement des défavorisés (ex-Fondation Abbé Pierre).")


# ---------------------------------------------------------------- charities and NGOs

@T("clean_charity", "grant_report", 3)
def _(c):
    return V(c,
             "Draft the 'What difference did the grant make?' section for our National Lottery Community Fund "
             "report: 312 people used Warm Spaces, 48 volunteers, 1,900 hot meals, partnership with the Trussell "
             "Trust food bank. 300 words.",
             "Children in Need want a mid-year update. We run a Pudsey-funded after-school club. Draft it with "
             "placeholders for numbers: [X] children, [Y] sessions. Mention we used Rank Foundation training.",
             "Logframe for our water project in Malawi, Gates Foundation style: goal, outcomes, outputs, "
             "indicators. Use the Lilongwe and Zomba districts as the example locations.")


@T("clean_charity", "event_menu", 3)
def _(c):
    return V(c,
             "Gala dinner menu for our 25th anniversary, check it reads well and suggest wines: Starter – Caesar "
             "salad; Main – Beef Wellington or mushroom Wellington (v); Dessert – Peach Melba or Pavlova; coffee "
             "with Florentines. Venue is the Elgar Room at the Royal Albert Hall.",
             "Quiz night rounds: 10 questions each on 'Famous charities' (Oxfam, Barnardo's, the RNLI, Dr "
             "Barnardo himself), 'Nobel Peace Prize winners' and 'Food named after people' (Eggs Benedict, Earl "
             "Grey, pizza Margherita, nachos).",
             "Running order for our fundraising ball: arrival with Pimm's, speech by our patron (role only, no "
             "name), auction (signed Ted Lasso shirt, Jamie Oliver cookery class), Strictly Come Dancing demo.")


@T("clean_charity", "merge_tags", 3)
def _(c):
    return V(c,
             "My Mailchimp merge tags aren't working. The template says 'Dear *|FNAME|*,' but some people get "
             "'Dear ,'. How do I set a default like 'Dear Friend'? The Salesforce Nonprofit sync maps "
             "{{Contact.FirstName}}.",
             "Write a thank-you email template with Beacon CRM merge fields for first name, donation amount and "
             "campaign. Use Jo Bloggs as the preview contact.",
             "Tidy our Gift Aid declaration: 'I, [FULL NAME], want to Gift Aid my donation of £[AMOUNT] and any "
             "donations I make in the future or have made in the past 4 years... I am a UK taxpayer...' Keep "
             "HMRC's required sentences.")


@T("clean_charity", "charity_questions", 3, case="lower")
def _(c):
    return V(c,
             "what's gift aid and can we claim it on raffle tickets",
             "justgiving vs gofundme vs enthuse fees for a small charity, which is cheapest for a 5k run",
             "ideas for a macmillan coffee morning that isnt just cake. we're a tiny office of 6")


@T("clean_charity", "social_posts", 2)
def _(c):
    return V(c,
             "Write 3 Instagram captions for our holiday food campaign. We can mention Marcus Rashford's 2020 "
             "free school meals campaign as inspiration, but don't imply he endorses us.",
             "LinkedIn post celebrating our King's Award for Voluntary Service (formerly the Queen's Award). "
             "Thank 'our amazing volunteers' without naming anyone, and mention the Lord-Lieutenant's visit.")


@T("clean_charity", "lei_rouanet", 3, lang="pt")
def _(c):
    return V(c,
             "Preciso escrever a prestação de contas de um projeto aprovado pela Lei Rouanet (oficinas de "
             "leitura em bibliotecas comunitárias). Me dá uma estrutura com as seções obrigatórias e um "
             "parágrafo de exemplo.",
             "Qual a diferença entre a Lei Rouanet e a Lei Paulo Gustavo pra uma ONG pequena que faz cineclube "
             "na periferia? E onde entra a Política Nacional Aldir Blanc?",
             "Monta um post pro Instagram da ONG sobre o Dia da Consciência Negra, citando Zumbi dos Palmares e "
             "Dandara, e convidando pra roda de conversa no sábado.")


@T("clean_charity", "terzo_settore", 2, lang="it")
def _(c):
    return V(c,
             "Spiegami in poche righe come funziona il 5 per mille per un'associazione iscritta al RUNTS e cosa "
             "scrivere sul volantino per invitare a firmare.",
             "Scrivi un breve testo per la serata di raccolta fondi in ricordo di Gino Strada, con riferimento a "
             "Emergency e ai progetti in Afghanistan. Tono sobrio, niente retorica.")


@T("clean_charity", "dernek", 3, lang="tr")
def _(c):
    return V(c,
             "Derneğimiz için bir kış yardımı kampanyası metni yazar mısın? Kızılay ve AFAD'la koordineli "
             "çalıştığımızı, bağışların şeffaf şekilde raporlanacağını belirt. Çok duygusal olmasın.",
             "Gönüllüler için kısa bir bilgilendirme metni lazım: Hatay ve Kahramanmaraş'taki konteyner "
             "kentlerde çocuk atölyeleri yapacağız. Katılım şartları ve yanlarında getirmeleri gerekenler.",
             "Yardım toplama izni için valiliğe başvururken hangi belgeler gerekiyor? 2860 sayılı Yardım "
             "Toplama Kanunu'na göre kısaca açıklar mısın?")


# ---------------------------------------------------------------- police

@T("clean_police", "explain_law", 3)
def _(c):
    return V(c,
             "Explain the Peelian principles for our community newsletter: Sir Robert Peel, 1829, 'the police "
             "are the public and the public are the police'. About 200 words.",
             "Difference between Megan's Law, Jessica's Law and the Adam Walsh Act, for a citizens' police "
             "academy handout. Neutral and factual.",
             "What is PACE Code C in simple terms, and how does it compare with Miranda rights in the US? A "
             "member of the public asked at the front desk.")


@T("clean_police", "counter_faq", 3)
def _(c):
    return V(c,
             "Draft an FAQ for our front counter: lost property, reporting a crime online, firearms and shotgun "
             "certificates, Ring doorbell footage, what 101 and 999 are for, and Crimestoppers (0800 555 111).",
             "Write a short script for front desk staff when someone asks for a Clare's Law disclosure at the "
             "counter. Don't take details at the desk, point them to the online form or 101.",
             "Make this poster friendlier: 'Front counter open Mon–Fri 9–5, Sat 10–2. Outside these times call "
             "101 or report online. In an emergency always call 999.'")


@T("clean_police", "posters_caps", 3)
def _(c):
    return V(c,
             "Fix the grammar, keep the caps:\n\n"
             + caps("Operation Scarecrow: bike marking event with BikeRegister at the Market Square saturday "
                    "10-2. bring proof of ownership."),
             caps("can you make this into a facebook post: neighbourhood watch meeting thurs 7pm St John's "
                  "church hall. guest speaker from Trading Standards on doorstep scams. SmartWater kits "
                  "available."),
             "Shorten this for a poster, keep it in capitals:\n\n"
             + caps("PCSO surgery at the Carnegie Library every 2nd Tuesday 11-12. Ask us about car crime, scams "
                    "and anti-social behaviour."))


@T("clean_police", "desk_questions", 3, case="lower")
def _(c):
    return V(c,
             "whats the difference between a caution and a community resolution, someone at the desk wants to "
             "know if it shows on a dbs",
             "how long do we have to keep lost property before it can be disposed of, is it 28 days? uk",
             "can a member of the public film inside the police station front office? someone's doing it for "
             "youtube")


@T("clean_police", "crime_stats", 3)
def _(c):
    return V(c,
             "Turn this into a short paragraph for the parish council report:\n\n| Month | ASB | Burglary | "
             "Vehicle crime | Shoplifting |\n|---|---|---|---|---|\n| Aug | 14 | 2 | 5 | 9 |\n| Sep | 11 | 1 | "
             "7 | 12 |\n| Oct | 19 | 3 | 4 | 8 |\n\nHalloween accounts for most of October's ASB.",
             "Make a Vega-Lite bar chart spec from these: Market Street 12 incidents, Station Road 9, Victoria "
             "Park 7, Wellington Way 3.",
             "Compare our response times with the HMICFRS PEEL inspection expectations: emergency target 15 min, "
             "our average 11; priority target 60 min, our average 52.")


@T("clean_police", "open_day_history", 2)
def _(c):
    return V(c,
             "For our station open day, write a one-page history: the Bow Street Runners (Henry and John "
             "Fielding), the Metropolitan Police Act 1829, why officers are called 'bobbies' and 'peelers', and "
             "the first women officers.",
             "I'm giving a talk to Year 5 about policing. Could you write 5 fun facts, including how Sherlock "
             "Holmes influenced real detectives and what Scotland Yard actually is?")


@T("clean_police", "appeal_templates", 3)
def _(c):
    return V(c,
             "Our press release template for witness appeals: 'Police are appealing for witnesses after "
             "[INCIDENT] on [STREET], [TOWN] at around [TIME] on [DATE]. A [AGE]-year-old man from [TOWN] was "
             "arrested...' Can you make it more concise?",
             "Write a generic missing person appeal template, placeholders only ({{name}}, {{age}}, "
             "{{last_seen_location}}), plus a social-media version under 280 characters.",
             "Draft a template letter updating victims on their case under the Victims' Code. Salutation 'Dear "
             "[Victim Name]', sign-off '[Officer Name], [Collar Number]'.")


@T("clean_police", "gendarmerie", 2, lang="fr")
def _(c):
    return V(c,
             "Quelle est la différence entre une main courante et un dépôt de plainte ? C'est pour une fiche "
             "d'accueil de la brigade de gendarmerie, à afficher dans le hall.",
             "Rédige un message pour la page Facebook de la police municipale : Opération Tranquillité "
             "Vacances, inscription en ligne ou à l'accueil de l'hôtel de ville, place du Général-de-Gaulle.")


# =========================================================================== build and check

LANG_NAMES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese (Brazil)",
              "it": "Italian", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "tr": "Turkish",
              "ja": "Japanese"}


def build():
    ctx = Ctx(random.Random(SEED))
    rows, meta = [], {}
    for t in TEMPLATES:
        for i in range(t["n"]):
            ctx.start(i)
            text, spans = unmark(t["fn"](ctx), t["case"])
            rid = "%s-%s-%s-%d" % (SET, t["class"], t["template"], i)
            rows.append({"id": rid, "text": text, "spans": spans, "source": SOURCE, "class": t["class"],
                         "template": t["template"], "locale": ""})
            meta[rid] = {"lang": t["lang"], "case": t["case"]}
    return rows, meta, ctx


# words a token-level leak measure does not count, and that our streets and flats hold
ADDRESS_WORDS = {"street", "road", "lane", "avenue", "ave", "way", "close", "court", "house", "flat",
                 "apt", "unit", "north", "south", "east", "west", "square", "terrace", "row", "crescent",
                 "rue", "via", "calle", "rua", "box"}


def tokens(s):
    return {t for t in re.findall(r"[^\W_]{3,}", s.lower())}


def luhn(digits):
    d = [int(x) for x in digits][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def check(rows):
    ids, texts = set(), set()
    per_template = collections.Counter()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        assert r["locale"] == "" and r["source"] == SOURCE
        per_template[(r["class"], r["template"])] += 1
        last = 0
        for sp in r["spans"]:
            assert sp["type"] in TYPES, (r["id"], sp)
            assert sp["value"] == r["text"][sp["start"]:sp["end"]], (r["id"], sp)
            assert sp["value"] and sp["value"] == sp["value"].strip(), (r["id"], sp)
            assert sp["start"] >= last, (r["id"], sp)
            last = sp["end"]
            digits = re.sub(r"\D", "", sp["value"])
            if sp["type"] == "CREDIT_CARD":
                assert luhn(digits), sp
            if sp["type"] == "IBAN_CODE":
                assert iban_ok(sp["value"]), sp
            if sp["type"] == "US_SSN":
                assert re.fullmatch(r"\d{3}-\d{2}-\d{4}", sp["value"]) and digits[:3] not in ("000", "666")
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        # no token of a labelled value may stand unlabelled elsewhere in the same row: a gateway that
        # masks every label and leaves the public words alone must score no token leak
        rest = r["text"]
        for sp in reversed(r["spans"]):
            rest = rest[:sp["start"]] + " " + rest[sp["end"]:]
        free = tokens(rest)
        for sp in r["spans"]:
            bad = (tokens(sp["value"]) - ADDRESS_WORDS) & free
            assert not bad, (r["id"], sp["value"], bad)
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5
    return per_template


def shouted(line):
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 20 and sum(ch.isupper() for ch in letters) / len(letters) > 0.9


def summary(rows, meta, ctx):
    personal = [r for r in rows if not r["class"].startswith("clean_")]
    clean = [r for r in rows if r["class"].startswith("clean_")]
    by_type = collections.Counter(sp["type"] for r in rows for sp in r["spans"])
    langs = collections.Counter(meta[r["id"]]["lang"] for r in rows)
    lang_split = {k: (sum(1 for r in personal if meta[r["id"]]["lang"] == k),
                      sum(1 for r in clean if meta[r["id"]]["lang"] == k)) for k in langs}
    lower_rows = [r for r in rows if meta[r["id"]]["case"] == "lower"]
    caps_rows = [r for r in rows if any(shouted(line) for line in r["text"].split("\n"))]
    classes = collections.OrderedDict()
    for r in rows:
        d = classes.setdefault(r["class"], {"rows": 0, "templates": set()})
        d["rows"] += 1
        d["templates"].add(r["template"])
    used = [p for pool in POOLS.values() for p in pool if ctx.uses["p:" + p.key]]
    cultures = sorted({p.cult for p in used})
    return {"rows": len(rows), "personal": len(personal), "clean": len(clean), "by_type": by_type,
            "langs": langs, "lang_split": lang_split, "lower": len(lower_rows),
            "lower_personal": sum(1 for r in lower_rows if not r["class"].startswith("clean_")),
            "caps": len(caps_rows), "classes": classes, "people": len(used),
            "people_total": sum(len(v) for v in POOLS.values()), "cultures": cultures,
            "templates": len({(r["class"], r["template"]) for r in rows}),
            "longest": max(len(r["text"]) for r in rows), "shortest": min(len(r["text"]) for r in rows)}


CLASS_WHAT = {
    "personal_school": "parent e-mails quoted and answered (UK, US, Irish), reading-group and Times Tables Rock "
                       "Stars tables, DIBELS lists, lower-case report comments, trip consent CSV and medical "
                       "sheets with pupils' dates of birth, Black History Month book choices, EHCP/IEP/504 notes, "
                       "CAPITALS detention letters, French notes to parents and a cahier de liaison",
    "personal_university": "extension requests, references (Fulbright, Chevening, Teach First), applicant JSON "
                           "and UCAS-style records, lower-case PhD supervision notes, graduation name lists, an "
                           "Italian DSU grant query with codice fiscale, Turkish scholarship forms with T.C. "
                           "kimlik no",
    "personal_library": "loan logs in CSV and Koha tables (`Surname, Given`), PC-session and captive-portal logs "
                        "with patrons' IP addresses, storytime and author-talk sign-ups, lower-case patron "
                        "complaints, home library service runs, Spanish library-card requests with DNI / NIE",
    "personal_council": "public-forum minutes, FOI and public-records requests (one web-form dump with the "
                        "requester's IP), planning objections with home addresses, notices to translate for "
                        "residents, lower-case councillor casework, German Bürgeranfragen, Polish residents' "
                        "applications with PESEL",
    "personal_social": "case notes with dates of birth and hospital numbers (MRN), SNAP and Medicaid papers with "
                       "SSNs, lower-case safeguarding notes, JSON from case systems, interpreter bookings, "
                       "Brazilian CRAS records with CPF, Swedish orosanmälan and social-assistance decisions "
                       "with personnummer",
    "personal_housing": "tenant complaints (damp and mould, rent), repairs exports and schedules, arrears letters "
                        "with National Insurance numbers, lower-case officer questions, ASB diaries, Dutch tenant "
                        "messages with BSN and IBAN",
    "personal_charity": "donation exports (Beacon, JustGiving, US tax receipts), food-bank and litter-pick rotas, "
                        "Google Forms exports, grant case studies, card numbers written in a call log, lower-case "
                        "Slack and Teams threads with handles, German donors with IBAN",
    "personal_police": "front-counter logs, incident and shoplifting summaries with dates of birth and home "
                       "addresses, lower-case witness notes, a desk note shouted in capitals, lost-property "
                       "e-mails, Japanese kōban lost-property and counselling notes",
    "clean_school": "reading lists and authors, history lessons (Rosa Parks, the suffragettes, Nightingale and "
                    "Seacole), mail-merge letters with `{{placeholders}}` and sample people, timetables in rooms "
                    "named after scientists, lower-case staffroom questions, CAPITALS display headings and quiz "
                    "slides, GCSE and IB set texts and their characters, Spanish and Polish reading lists and "
                    "school names",
    "clean_university": "syllabi of political theory and genetics, grant reports (Wellcome, MSCA, Leverhulme), "
                        "lower-case citation questions, buildings named after people, graduation scripts with "
                        "placeholders, room bookings, a Japanese seminar on Sōseki and Fukuzawa, Brazilian "
                        "calls and reading lists",
    "clean_library": "Dewey questions, displays (Banned Books Week, Women's History Month, the Brontës), "
                     "catalogue and MARC rows written `Surname, Given` for authors, Koha SQL, lower-case event "
                     "blurbs, Libby / BorrowBox / Kanopy help, book-club questions about fictional characters, a "
                     "French médiathèque programme",
    "clean_council": "agendas and minutes naming public figures, FOI and SAR templates with role mailboxes, "
                     "lower-case questions on the Nolan principles and Robert's Rules, street-naming policy, "
                     "budget tables of halls and fields named after people, Spanish, Italian and Dutch council "
                     "business",
    "clean_social": "eponymous laws and doctrines (Clare's Law, Sarah's Law, Gillick, Fraser), blank case-note "
                    "and referral forms with Jane Doe, lower-case theory questions (Maslow, Bowlby), helplines "
                    "and charities named after people, leaflets to translate, German Bürgergeld with Max "
                    "Mustermann, Swedish lex Sarah and lex Maria",
    "clean_housing": "Awaab's Law, the Renters' Rights Act and Decent Homes, CAPITALS notices for blocks named "
                     "after people, rent and voids spreadsheets, lower-case tenancy questions, newsletters and "
                     "street parties (Coronation chicken, Eton mess, Burns Night), French loi Carrez and trêve "
                     "hivernale",
    "clean_charity": "grant reports (National Lottery, Children in Need, Gates), gala menus and quiz rounds of "
                     "dishes named after people, Mailchimp / Beacon merge tags and Gift Aid wording, lower-case "
                     "fundraising questions, social posts, Brazilian Lei Rouanet, Italian 5 per mille and Gino "
                     "Strada, Turkish dernek campaigns",
    "clean_police": "Peelian principles, Megan's and Jessica's Law, PACE and Miranda, counter FAQs with public "
                    "helplines, CAPITALS posters, lower-case desk questions, crime tables by street, open-day "
                    "history, appeal templates with placeholders, French gendarmerie notices",
}


def readme(rows, meta, ctx, sha):
    s = summary(rows, meta, ctx)
    bt = s["by_type"]
    order = ["PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "NATIONAL_ID",
             "IP_ADDRESS", "MEDICAL_RECORD_NUMBER", "IBAN_CODE", "US_SSN", "CREDIT_CARD"]
    spans = ", ".join("%s %d" % (t, bt[t]) for t in order if bt[t])
    lang_rows = "\n".join("| %s | %d | %d | %d |" % (LANG_NAMES[k], sum(s["lang_split"][k]),
                                                     s["lang_split"][k][0], s["lang_split"][k][1])
                          for k in sorted(s["lang_split"], key=lambda k: (-sum(s["lang_split"][k]), k)))
    other = sum(v for k, v in s["langs"].items() if k != "en")
    cls_rows = "\n".join("| `%s` | %d | %d | %s |" % (k, v["rows"], len(v["templates"]), CLASS_WHAT[k])
                         for k, v in s["classes"].items())
    n_addr = len({a.block for a in ADDRS if ctx.uses["a:" + a.block]})
    n_phone = sum(1 for cc in PHONES for x in PHONES[cc] if ctx.uses["t:" + x])
    return f"""# civic — hand-written check set: staff of schools, libraries, councils, social services, housing, charities and a police front desk

`holdout.jsonl` ({s['rows']} prompts: {s['personal']} with personal data, {s['clean']} PII-free), written by
`build.py` (Python standard library only, `SEED = 47_2202`, deterministic: two runs give the same file).

| file | sha256 |
|---|---|
| `holdout.jsonl` | `{sha}` |

**Sealed.** The whole set is holdout: never tune detection on it, never train on it, never open its rows
to debug a leak. Run it and report counts only.

## Who wrote it, and how

A helper session acting as the "stranger" wrote it on 6 Dec 2026. It read only the "Format" section
and the class tables of `eval/README.md`, `eval/dev/README.md` (label format) and
`eval/stranger8/README.md` (structure and labelling rules). It read nothing under `privacy_gateway/`,
`scripts/`, `tests/`, `policies/`, `training/`, no `*.jsonl` corpus, no `eval/*/build.py`, no worktree
and nothing else under `tools/`; it never ran the gateway, Presidio or spaCy on this text, and used no
Faker, mimesis or other value generator. Every name, street, town, postcode, phone, date of birth and ID
number is typed by hand in `build.py`; e-mail local parts are derived in code from the hand-typed names.

- **The angle**: staff of schools, universities, public libraries, town and city councils, social
  services, housing associations, charities and NGOs, and a small-town police front desk, asking an
  assistant to draft letters and notices, summarise case notes and minutes, translate for residents, fix
  spreadsheets, write grant reports, answer FOI and public-records requests, plan events and timetables,
  and explain rules. They paste pupil lists, parent e-mails, applicant JSON, tenant complaints, volunteer
  rotas (CSV, Markdown tables, JSON from case systems), minutes, loan logs, donation exports and incident
  reports.
- **PII-free rows** ({s['clean']} of {s['rows']}, {100 * s['clean'] / s['rows']:.0f}%) use the same framings
  and are full of what a careless detector would mask: authors and reading lists (Steinbeck, Maya Angelou,
  Malorie Blackman, García Lorca, Mickiewicz, Machado de Assis, Sōseki), historical figures taught in class
  (Rosa Parks, Martin Luther King Jr., Emmeline Pankhurst, Mary Seacole, Jan Paweł II, Zumbi dos Palmares),
  scientists, politicians and mayors of big cities (Andy Burnham, Rachel Reeves, Gordon Brown), eponymous
  laws (Clare's Law, Sarah's Law, Awaab's Law, Megan's Law, Jessica's Law, the Adam Walsh Act, the Ryan
  White CARE Act, McKinney-Vento, ustawa Kamilka, Lei Rouanet, Lei Paulo Gustavo, Política Nacional
  Aldir Blanc, lex Sarah, lex Maria, loi Carrez, loi Boutin, Hartz IV), doctrines and cases (Gillick,
  Fraser), schools, libraries, halls and rooms named after people (Lincoln Elementary, Jefferson Middle
  School, Washington Irving Middle School, the Martin Luther King Jr. Library, Carnegie branch, Churchill
  Hall, Turing Lab, Curie Room, Attlee House, Bevan Court, Szkoła Podstawowa im. Marii
  Skłodowskiej-Curie, IES Rosalía de Castro, médiathèque Marguerite-Duras, 野口英世記念ホール), awards and
  funds (Newbery, Carnegie, Nobel, Duke of Edinburgh's Award, King's Award, Marie Skłodowska-Curie
  Actions, Wellcome, Leverhulme), dishes named after people (Beef Wellington, Peach Melba, Pavlova, Eggs
  Benedict, Earl Grey, pizza Margherita), fictional characters (Biff, Chip and Kipper, Curley's wife, Mr
  Birling, Sunja, Elizabeth Zott, Matilda), software and apps named like people or words (Libby,
  BorrowBox, Koha, Sierra, Evergreen, Alma, Beacon, Mailchimp, Alexa, Siri), places in general talk and
  streets in crime tables, public helplines and role mailboxes (Samaritans 116 123, Crimestoppers 0800 555
  111, 101, `foi@example.gov.uk`), sample people and placeholders (Jane Doe with a sample date of birth,
  John Smith, Joe and Jo Bloggs, Max Mustermann at Musterstraße 1, `{{{{parent_name}}}}`, `*|FNAME|*`,
  `[REQUESTER NAME]`, `[Victim Name]`, 「〇〇」), headings, job titles and form field names.
- **Framings**: questions, imperatives ("Draft…", "Summarise…", "Tidy…", "Turn this into…",
  "Translate…"), quoted e-mails and portal messages (`> `), pasted notes, CSV, TSV, Markdown tables, JSON
  (admissions, case systems, intake APIs), key=value web-form dumps, session logs, Slack and Teams chat,
  minutes, diaries and desk books, one line to {max(r['text'].count(chr(10)) for r in rows) + 1} lines
  ({s['shortest']} to {s['longest']} characters). Lower case in {s['lower']} rows ({s['lower_personal']}
  personal, {s['lower'] - s['lower_personal']} PII-free, {100 * s['lower'] / s['rows']:.0f}%); CAPITALS (a
  shouted note, notice or poster) in {s['caps']} rows.
- **Languages**: {s['rows'] - other} rows in English and {other} ({100 * other / s['rows']:.0f}%) in
  {len(s['langs']) - 1} other languages, written the way natives write them (French, German, Spanish,
  Brazilian Portuguese, Italian, Dutch, Polish, Swedish, Turkish, Japanese):

| language | rows | personal | PII-free |
|---|---:|---:|---:|
{lang_rows}

- **Name shapes in personal rows**: full names; given name alone (repeats, children in lists, chat
  speakers, "mum (…)"); title + surname (`Mrs Warsame`, `Mr. Whitaker`, `Mme Lemoine`, `Doç. Dr.`, the
  title outside the span); surname alone (`Cllr …`, `PC …`, `de heer Van der Linden`, `佐々木さん`, `金さん`
  — the honorific outside the span); surname-first names (`Trần Bảo Ngọc`, `Phạm Quốc Huy`, `Liu Yuxuan`,
  `Cheung Wing-sze`, `Park Ji-woo`, `小野寺 颯太`); names without a surname (`Khin Myo Thant`, `Nurul Aina binti
  Rosli`); `Surname, Given` in loan tables (two spans); `first_name` / `last_name`, `Forename` / `Surname`,
  `given` / `family` JSON fields (one span each); Slack handles derived from names (`@shirin.mohammadi`,
  `@aoifen`: the `@` outside the span); particles (`Ó Súilleabháin`, `Ní Dhomhnaill`, `dela Cruz`, `de Wit`,
  `von Stetten`, `van der Linden`, `dos Santos`, `das Chagas`, `De Santis`, `El Idrissi`, `Al-Hamwi`, `Abu
  Hamdan`, `Te Whata`, `binti`); double surnames (`Rangel Soto`, `Colón Rivera`, `Cárdenas Mejía`, `Quispe
  Mamani`, `Fernández Morales`, `Ruiz de la Torre`); diacritics (Kazlauskienė, Ozoliņš, Dvořáková,
  Căldărar, Stănescu, Zieliński, Wiśniewska, Sigurðardóttir, Åström, Mäkinen, Yıldız, Doğan, Weiß, Grâce,
  Océane); names that are words or public names too (Grace Lincoln, Hope Marsh, Faith Gardner, Will Baker,
  Dean Parks, Rowan Fox, Dale Winter, Destiny Brooks, Tamika Jefferson, Leanne Morrison, Shahidul Islam,
  Nirav Shah, 金); lower case and CAPITALS.
- **Values typed by hand**: {s['people_total']} people ({s['people']} used), {len(s['cultures'])} culture
  tags among those used ({', '.join(s['cultures'])}); children's given names typed beside their parents
  (with the surname as the family would give it: Kazlauskas for a Kazlauskienė's son, Ozoliņa for an
  Ozoliņš's daughter); {n_addr} home addresses in their country's layout (UK, US, Ireland, Australia, Canada,
  New Zealand, France, Germany, Spain, Brazil, Italy, the Netherlands, Poland, Sweden, Turkey, Japan; real
  small towns, made-up numbers) and {n_phone} phones in national format; dates of birth of pupils,
  students, adults and the old in the writer's style (`19/08/2017`, `04/18/2016`, `27 October 2014`, `May 6,
  1997`, `1994-09-09`, `25.07.1962`, `1991年7月30日`); national IDs with valid check digits (UK NINO,
  Spanish DNI and NIE, Italian codice fiscale, Polish PESEL, Swedish personnummer, Brazilian CPF, Turkish
  T.C. kimlik no, Dutch BSN), US SSNs, hospital numbers, Luhn-valid card numbers, IBANs with valid check
  digits, and library and web-form IP addresses. Addresses, phones, people and dates of birth are drawn
  least-used first (ties broken by the seeded RNG), never twice in one row.

## Labels

`{{"start","end","type","value"}}` with `value == text[start:end]`; templates write `⟦TYPE|value⟧` markers
and `unmark()` computes the offsets (lower-case and CAPITALS text is cased piece by piece, so offsets stay
right). `check()` asserts slices, sorted non-overlapping spans, no empty or padded values, allowed types,
unique ids and texts, no spans in `clean_` rows, at least one span in every other row, at least 80
templates and none used more than 5 times, Luhn for card numbers, mod-97 for IBANs, the SSN shape — and
that **no token (3+ letters or digits) of a labelled value appears unlabelled elsewhere in the same row**,
so a gateway that masks every label and leaves the public words alone scores no token leak (common
address words such as Street, Road, Court, House, Flat are exempt, as the metric exempts them). Row
fields: `id` (`civic-<class>-<template>-<n>`), `text`, `spans`, `source` (`{SOURCE}`), `class`,
`template`, `locale` (`""` in every row).

- **PERSON**: every mention of a private person — pupils, students, parents, residents, applicants,
  tenants, donors, volunteers, patrons, victims, witnesses, suspects, and the staff themselves (teachers,
  SENCos, health visitors, caseworkers, clerks, councillors of small councils, PCs): given and family
  name together as one span, given name alone, surname alone, surname-first names whole, particles
  inside, handles derived from a name. A title or honorific (`Mr`, `Mrs.`, `Ms`, `Dr`, `Cllr`, `PC`,
  `Mme`, `M.`, `pan`, `seu`, `senhora`, `de heer`, `Doç. Dr.`, `さん`) is outside the span. Every mention is
  labelled, including repeats.
- **LOCATION**: home address parts of a private person, each on its own: flat/unit (`Flat 9`, `Apt 6`,
  `Unit 3B`, `2º izda.`, `apto 12`, `casa 2`, `Bât. C`), building name (`Nightingale House`, `Attlee Court`,
  `Crann Óg`), street with its number (`77 Martin Luther King Jr Blvd`, `56 Mandela Close`, `14 Churchill Way`,
  `Goethestraße 41`, `Sophie-Scholl-Weg 3`, `ul. Mickiewicza 7 m. 3`, `Atatürk Cad. No:42 D:5`, `Rua Castro
  Alves, 90`, `Via Giuseppe Mazzini 11` — a street named after a public figure is still part of a private
  address), neighbourhood (`Kumbahçe Mah.`, `Centro`, `Salesianos`), town, county/state/region (`IA`, `Co.
  Clare`, `Isle of Lewis`, `MG`, `PG`, `Muğla`, `長野県`), postcode; a home town alone when tied to the person
  ("moved to Bishop's Castle", "lives alone in Llandeilo", "back home in Hexham", "of Mudgee").
- **PHONE_NUMBER**, **EMAIL_ADDRESS**, **IP_ADDRESS** (a patron's session or a requester's form
  submission), **CREDIT_CARD**, **IBAN_CODE**, **US_SSN**: as written.
- **NATIONAL_ID**: UK National Insurance numbers, DNI, NIE, codice fiscale, PESEL, personnummer, CPF, T.C.
  kimlik no, BSN. **MEDICAL_RECORD_NUMBER**: a hospital number or MRN in a case note.
- **DATE_OF_BIRTH**: a date given as someone's date of birth (`DOB 27/01/1983`, `b. 14 February 1938`,
  `nata il 11/6/2003`, `ur. 25.07.1962`, `1991年7月30日生`), the date alone. Other dates (meetings, due
  dates, incidents) are not labelled.
- **Not labelled**: public figures, politicians and mayors of big cities, authors, historical figures,
  scientists, fictional characters, sample people (Jane Doe — also her sample date of birth —, John
  Smith, Joe Bloggs, Max Mustermann and his Musterstraße), placeholders; institutions, schools, libraries,
  halls, wards, rooms, estates and blocks named after people when spoken of as such (Lincoln Elementary,
  Attlee House, the Mary Seacole ward, the Bevan estate); companies, shops, products, apps and software;
  public places where something happened (the Tesco car park on Market Street, Churchill Avenue where a
  witness walked the dog, the skatepark, the cenotaph); places in general talk (Aleppo, Ennis, Salamanca,
  Hacettepe, the Lilongwe district); public helplines, switchboards and role mailboxes; ISBNs, job and
  case reference numbers, amounts. A pet's name (Winston) is not a person.

## Classes

| class | rows | templates | what |
|---|---:|---:|---|
{cls_rows}

Rows: {s['rows']} ({s['personal']} personal, {s['clean']} PII-free), {s['templates']} templates, at most
{max(collections.Counter((r['class'], r['template']) for r in rows).values())} rows per template.
Spans: {spans} ({sum(bt.values())} in all).

## Rebuilding

```sh
python3 build.py           # rewrites holdout.jsonl and README.md, prints rows per class, spans per type, sha256
python3 build.py --check   # rebuilds in memory: "<file>: unchanged" (exit 0) or "<file>: differs" (exit 1)
```

## Licence

Written for this project. All private values were invented by hand; any resemblance to real people is
coincidental. Towns are real small places, but the street numbers, flats, phone numbers, e-mail
addresses and ID numbers that go with them were made up (ID numbers carry valid check digits only so
that they look real). Public figures, laws, works, institutions, companies and places are named only as
things staff ask about.
"""


def render(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    rows, meta, ctx = build()
    check(rows)
    data = render(rows)
    sha = hashlib.sha256(data.encode("utf-8")).hexdigest()
    doc = readme(rows, meta, ctx, sha)
    if "--check" in sys.argv[1:]:
        bad = 0
        for path, want in ((OUT, data), (README, doc)):
            have = path.read_text(encoding="utf-8") if path.exists() else None
            if have == want:
                print("%s: unchanged" % path.name)
            else:
                print("%s: differs from a rebuild" % path.name)
                bad = 1
        sys.exit(bad)
    OUT.write_text(data, encoding="utf-8")
    README.write_text(doc, encoding="utf-8")
    s = summary(rows, meta, ctx)
    print("rows %d: personal %d, PII-free %d; templates %d" % (s["rows"], s["personal"], s["clean"],
                                                               s["templates"]))
    for k, v in s["classes"].items():
        print("  %-22s %3d rows %2d templates" % (k, v["rows"], len(v["templates"])))
    print("spans:", dict(s["by_type"].most_common()))
    print("languages:", dict(s["langs"].most_common()))
    print("lower-case rows %d, CAPITALS rows %d, culture tags %d, people used %d/%d"
          % (s["lower"], s["caps"], len(s["cultures"]), s["people"], s["people_total"]))
    print("sha256 %s  %s" % (sha, OUT.name))


if __name__ == "__main__":
    main()
