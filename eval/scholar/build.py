"""Hand-made check set `scholar`: academic life outside the lab.

Editorial offices, peer reviewers, conference desks, doctoral admissions, supervisors and
examiners, visiting scholars' offices, alumni relations, publishers' permissions and royalties,
scholarship committees, language schools and exchange programmes, and the people writing to them.

Every private value below was typed by hand. Templates write ⟦TYPE|value⟧ markers; unmark()
computes the offsets. `python build.py` writes holdout.jsonl and prints counts;
`python build.py --check` rebuilds in memory, runs check() and compares with the file.
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

SEED = 61307
SET = "scholar"
OUT = Path(__file__).with_name("holdout.jsonl")
SOURCE = f"eval/{SET}/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese (Brazil)",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "sv": "Swedish", "cs": "Czech",
    "fi": "Finnish", "ru": "Russian", "uk": "Ukrainian", "el": "Greek", "ar": "Arabic",
    "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
    "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "hu": "Hungarian", "ro": "Romanian",
    "da": "Danish", "no": "Norwegian",
}


# ---------------------------------------------------------------------------------------------
# markers
# ---------------------------------------------------------------------------------------------

def mk(kind: str, value: str) -> str:
    return f"⟦{kind}|{value}⟧"


def L(value: str) -> str:
    return mk("LOCATION", value)


def PH(value: str) -> str:
    return mk("PHONE_NUMBER", value)


def PN(value: str) -> str:
    return mk("PERSON", value)


def NID(value: str) -> str:
    return mk("NATIONAL_ID", value)


def IB(value: str) -> str:
    return mk("IBAN_CODE", value)


def EM(value: str) -> str:
    return mk("EMAIL_ADDRESS", value)


def locs(s: str) -> str:
    """`{x}` in a hand-typed address becomes a LOCATION marker."""
    return re.sub(r"\{([^{}]+)\}", lambda m: L(m.group(1)), s)


def cased(s: str, case: str | None) -> str:
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked: str, case: str | None = None) -> tuple[str, list[dict]]:
    """Drop the markers, case the text piece by piece and return (text, spans)."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    n = 0
    for m in MARK.finditer(marked):
        plain = cased(marked[pos:m.start()], case)
        out.append(plain)
        n += len(plain)
        value = cased(m.group(2), case)
        spans.append({"start": n, "end": n + len(value), "type": m.group(1), "value": value})
        out.append(value)
        n += len(value)
        pos = m.end()
    tail = cased(marked[pos:], case)
    out.append(tail)
    return "".join(out), spans


FOLD = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D",
    "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "'": "", "’": "", " ": "", "-": "",
})


def fold(s: str) -> str:
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------

class Person:
    """A hand-typed private person. order: gf (given family), fg (family given, spaced),
    fg0 (family given, no space: Chinese, Japanese, Korean). lat: romanised (given, family)."""

    def __init__(self, pool: str, sex: str, given: str, family: str, tag: str, cc: str,
                 order: str = "gf", lat: tuple[str, str] | None = None) -> None:
        self.pool, self.sex, self.given, self.family = pool, sex, given, family
        self.tag, self.cc, self.order, self.lat = tag, cc, order, lat

    @property
    def full(self) -> str:
        if self.order == "fg":
            return f"{self.family} {self.given}"
        if self.order == "fg0":
            return f"{self.family}{self.given}"
        return f"{self.given} {self.family}"

    @property
    def n(self) -> str:
        return PN(self.full)

    @property
    def g(self) -> str:
        return PN(self.given)

    @property
    def f(self) -> str:
        return PN(self.family)

    @property
    def t(self) -> str:
        """the name used after a title (Dr X, prof X, X's lab): the given name where the family part is a
        patronymic (Malay bin/binti, Icelandic -dóttir/-son)."""
        if self.tag in ("Malay", "Icelandic"):
            return PN(self.given)
        return PN(self.family)

    @property
    def western(self) -> str:
        """given first, as an English-language form would print it (marked)."""
        return PN(f"{self.given} {self.family}")

    @property
    def caps_first(self) -> str:
        """FAMILY Given, as registers and badges print it (marked)."""
        return PN(f"{self.family.upper()} {self.given}")

    def email(self, domain: str, style: str = "g.f", num: int = 0) -> str:
        given, family = self.lat if self.lat else (self.given, self.family)
        g, f = fold(given), fold(family.split()[-1] if style.endswith("last") else family)
        local = {
            "g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}{num or ''}", "f.g": f"{f}.{g}",
            "if": f"{g[0]}{f}", "i.f": f"{g[0]}.{f}", "gi": f"{g}{f[0]}{num or ''}", "fi": f"{f}{g[0]}",
            "g.flast": f"{g}.{f}", "g": f"{g}{num or ''}", "f": f"{f}{num or ''}",
        }[style]
        return EM(f"{local}@{domain}")


def P(pool: str, sex: str, given: str, family: str, tag: str, cc: str, order: str = "gf",
      lat: tuple[str, str] | None = None) -> Person:
    return Person(pool, sex, given, family, tag, cc, order, lat)


# The world pool: students, authors, reviewers and staff who write in English.
PEOPLE = [
    P("en", "f", "Adaeze", "Okafor", "Igbo", "NG"),
    P("en", "m", "Oluwaseun", "Adeyemi", "Yoruba", "NG"),
    P("en", "m", "Chinonso", "Eze", "Igbo", "NG"),
    P("en", "f", "Bukola", "Ogunleye", "Yoruba", "NG"),
    P("en", "f", "Joy", "Adebayo", "Yoruba", "NG"),
    P("en", "f", "Ngozi", "Chukwuma", "Igbo", "NG"),
    P("en", "m", "Kwabena", "Mensah", "Akan", "GH"),
    P("en", "f", "Abena", "Boateng", "Akan", "GH"),
    P("en", "m", "Kojo", "Asante", "Akan", "GH"),
    P("en", "f", "Wanjiru", "Kamau", "Kikuyu", "KE"),
    P("en", "m", "Otieno", "Ochieng", "Luo", "KE"),
    P("en", "f", "Faith", "Njeri", "Kikuyu", "KE"),
    P("en", "f", "Amani", "Mwakyusa", "Tanzanian", "TZ"),
    P("en", "f", "Thandiwe", "Dlamini", "Zulu", "ZA"),
    P("en", "m", "Pieter", "van der Merwe", "Afrikaans", "ZA"),
    P("en", "f", "Precious", "Mahlaba", "Swazi", "ZA"),
    P("en", "f", "Blessing", "Moyo", "Shona", "ZW"),
    P("en", "m", "Tendai", "Chikore", "Shona", "ZW"),
    P("en", "m", "Tesfaye", "Alemu", "Amharic", "ET"),
    P("en", "f", "Hodan", "Warsame", "Somali", "GB"),
    P("en", "m", "Moussa", "Diop", "Wolof", "SN"),
    P("en", "f", "Awa", "Traoré", "Bambara", "ML"),
    P("en", "f", "Priya", "Raghunathan", "Tamil", "IN"),
    P("en", "f", "Pooja", "Iyer", "Tamil", "IN"),
    P("en", "m", "Arjun", "Mehta", "Gujarati", "IN"),
    P("en", "f", "Sneha", "Kulkarni", "Marathi", "IN"),
    P("en", "m", "Ravi", "Shankar", "Hindi", "IN"),
    P("en", "f", "Harpreet", "Kaur Sandhu", "Punjabi", "CA"),
    P("en", "m", "Farhan", "Chowdhury", "Bengali", "BD"),
    P("en", "f", "Ayesha", "Siddiqui", "Urdu", "PK"),
    P("en", "m", "Nimal", "Perera", "Sinhala", "LK"),
    P("en", "m", "Bishnu", "Thapa", "Nepali", "NP"),
    P("en", "m", "Hamid", "Karimi", "Dari", "AF"),
    P("en", "m", "Dariush", "Rahmani", "Persian", "IR"),
    P("en", "f", "Thị Lan", "Nguyễn", "Vietnamese", "VN", "fg"),
    P("en", "m", "Minh Khoa", "Trần", "Vietnamese", "VN", "fg"),
    P("en", "m", "Wei", "Zhang", "Chinese", "CN", "fg"),
    P("en", "f", "Na", "Li", "Chinese", "CN", "fg"),
    P("en", "m", "Hao", "Sun", "Chinese", "CN", "fg"),
    P("en", "f", "Pei-shan", "Huang", "Taiwanese", "TW", "fg"),
    P("en", "f", "Ka-man", "Wong", "Cantonese", "HK", "fg"),
    P("en", "f", "Yui", "Nakamura", "Japanese", "JP"),
    P("en", "m", "Kenji", "Watanabe", "Japanese", "JP"),
    P("en", "m", "Ji-hoon", "Park", "Korean", "KR", "fg"),
    P("en", "f", "Seo-yeon", "Kim", "Korean", "KR", "fg"),
    P("en", "f", "Nur Aisyah", "binti Kamal", "Malay", "MY"),
    P("en", "m", "Ahmad Fauzi", "bin Hassan", "Malay", "MY"),
    P("en", "f", "Dewi", "Kusumawardhani", "Javanese", "ID"),
    P("en", "m", "I Made", "Wirawan", "Balinese", "ID"),
    P("en", "f", "Maricel", "Bautista", "Filipino", "PH"),
    P("en", "m", "Paolo", "Villanueva", "Filipino", "PH"),
    P("en", "f", "Aroha", "Ngata", "Māori", "NZ"),
    P("en", "m", "Sione", "Lolohea", "Tongan", "NZ"),
    P("en", "f", "Malia", "Fonoti", "Samoan", "NZ"),
    P("en", "m", "Lachlan", "Murray", "Australian", "AU"),
    P("en", "f", "Hope", "Whitfield", "English", "GB"),
    P("en", "f", "Rose", "Baker", "English", "GB"),
    P("en", "m", "Thomas", "Young", "English", "GB"),
    P("en", "m", "Felix", "Frost", "English", "GB"),
    P("en", "f", "Eilidh", "MacKinnon", "Scottish", "GB"),
    P("en", "m", "Rhys", "Pritchard", "Welsh", "GB"),
    P("en", "f", "Siobhán", "Ní Bhraonáin", "Irish", "IE"),
    P("en", "m", "Cathal", "Ó Súilleabháin", "Irish", "IE"),
    P("en", "f", "Marie-Ève", "Gagnon", "Québécois", "CA"),
    P("en", "m", "Étienne", "Thibodeau", "Acadian", "CA"),
    P("en", "f", "Miriam", "Wolf", "US", "US"),
    P("en", "m", "Grant", "Mercer", "US", "US"),
    P("en", "m", "John", "Nash", "US", "US"),
    P("en", "f", "Summer", "Hayes", "US", "US"),
    P("en", "f", "Aaliyah", "Washington", "African American", "US"),
    P("en", "m", "DeShawn", "Robinson", "African American", "US"),
    P("en", "f", "Luana", "Kealoha", "Hawaiian", "US"),
    P("en", "f", "Guadalupe", "Hernández Ríos", "Mexican", "MX"),
    P("en", "m", "Santiago", "Mejía Cárdenas", "Colombian", "CO"),
    P("en", "f", "Valentina", "Quispe Huamán", "Quechua", "PE"),
    P("en", "f", "Lucía", "Fernández Ibarra", "Argentine", "AR"),
    P("en", "m", "Matías", "Sepúlveda", "Chilean", "CL"),
    P("en", "m", "João Pedro", "Carvalho", "Brazilian", "BR"),
    P("en", "f", "Ana Beatriz", "Nogueira", "Brazilian", "BR"),
    P("en", "f", "Inês", "Figueiredo", "Portuguese", "PT"),
    P("en", "m", "Iñigo", "Etxeberria", "Basque", "ES"),
    P("en", "f", "Núria", "Puigdomènech", "Catalan", "ES"),
    P("en", "f", "Giorgia", "Marchetti", "Italian", "IT"),
    P("en", "m", "Luca", "De Santis", "Italian", "IT"),
    P("en", "m", "Sébastien", "Moreau", "French", "FR"),
    P("en", "f", "Anaïs", "Lefort", "French", "FR"),
    P("en", "m", "Wouter", "de Groot", "Dutch", "NL"),
    P("en", "f", "Lotte", "Vermeulen", "Flemish", "BE"),
    P("en", "m", "Johannes", "Brandtner", "Austrian", "AT"),
    P("en", "f", "Lea", "Zimmermann", "Swiss", "CH"),
    P("en", "f", "Clara", "von Bredow", "German", "DE"),
    P("en", "f", "Katarzyna", "Wróblewska", "Polish", "PL"),
    P("en", "m", "Petr", "Svoboda", "Czech", "CZ"),
    P("en", "f", "Hana", "Novotná", "Czech", "CZ"),
    P("en", "f", "Zuzana", "Kováčiková", "Slovak", "SK"),
    P("en", "m", "Bence", "Horváth", "Hungarian", "HU"),
    P("en", "f", "Ioana", "Dumitrescu", "Romanian", "RO"),
    P("en", "f", "Elena", "Popescu", "Romanian", "RO"),
    P("en", "m", "Nikolaos", "Papadakis", "Greek", "GR"),
    P("en", "f", "Elif", "Yıldız", "Turkish", "TR"),
    P("en", "m", "Emre", "Aydın", "Turkish", "TR"),
    P("en", "f", "Tuğba", "Korkmaz", "Turkish", "TR"),
    P("en", "m", "Dmitri", "Volkov", "Russian", "RU"),
    P("en", "f", "Olena", "Kravchenko", "Ukrainian", "UA"),
    P("en", "m", "Giorgi", "Beridze", "Georgian", "GE"),
    P("en", "f", "Anahit", "Petrosyan", "Armenian", "AM"),
    P("en", "f", "Layla", "Haddad", "Lebanese", "LB"),
    P("en", "m", "Omar", "Al-Farsi", "Omani", "OM"),
    P("en", "m", "Yousef", "El-Masri", "Egyptian", "EG"),
    P("en", "m", "Mohamed", "Salah", "Egyptian", "EG"),
    P("en", "f", "Fatima Zahra", "Bennani", "Moroccan", "MA"),
    P("en", "f", "Noa", "Ben-Ami", "Israeli", "IL"),
    P("en", "f", "Ingrid", "Solberg", "Norwegian", "NO"),
    P("en", "m", "Mikkel", "Kjær", "Danish", "DK"),
    P("en", "f", "Sigrún", "Einarsdóttir", "Icelandic", "IS"),
    P("en", "m", "Juho", "Virtanen", "Finnish", "FI"),
    P("en", "f", "Karin", "Lindgren", "Swedish", "SE"),
]

# Language pools: people written in their own language (and script) by their own offices.
PEOPLE += [
    # German, Austrian, Swiss
    P("de", "f", "Annika", "Brückner", "German", "DE"),
    P("de", "m", "Jonas", "Vogel", "German", "DE"),
    P("de", "f", "Friederike", "Lindemann", "German", "DE"),
    P("de", "m", "Kemal", "Öztürk", "Turkish German", "DE"),
    P("de", "f", "Svenja", "Krüger", "German", "DE"),
    P("de", "m", "Matthias", "Oberhuber", "Austrian", "AT"),
    P("de", "f", "Ute", "Sommer", "German", "DE"),
    P("de", "m", "Lukas", "Weißenborn", "German", "DE"),
    P("de", "f", "Nadine", "Kowalczyk", "Polish German", "DE"),
    P("de", "m", "Konstantin", "Reiter", "Swiss", "CH"),
    P("de", "f", "Mareike", "Jansen", "Frisian", "DE"),
    P("de", "m", "Aurel", "Hämmerle", "Austrian", "AT"),
    # French
    P("fr", "f", "Camille", "Roussel", "French", "FR"),
    P("fr", "m", "Yanis", "Belkacem", "Algerian French", "FR"),
    P("fr", "f", "Maëlle", "Le Guen", "Breton", "FR"),
    P("fr", "m", "Thibault", "Marchand", "French", "FR"),
    P("fr", "f", "Océane", "Dubreuil", "French", "FR"),
    P("fr", "m", "Aurélien", "Delacroix", "French", "FR"),
    P("fr", "f", "Nadia", "Benali", "Moroccan French", "FR"),
    P("fr", "m", "Gaëtan", "Rivière", "French", "FR"),
    P("fr", "f", "Solène", "Garnier", "French", "FR"),
    # Spanish
    P("es", "f", "Alba", "Ruiz Montero", "Spanish", "ES"),
    P("es", "m", "Javier", "Ortega Salas", "Spanish", "ES"),
    P("es", "f", "Carmen", "Iglesias Prado", "Spanish", "ES"),
    P("es", "m", "Pau", "Ferrer i Vidal", "Catalan", "ES"),
    P("es", "f", "Rocío", "Domínguez Vela", "Andalusian", "ES"),
    P("es", "m", "Álvaro", "Sanz Rubio", "Spanish", "ES"),
    P("es", "f", "Paloma", "Bravo", "Spanish", "ES"),
    P("es", "m", "Xabier", "Arregi Olano", "Basque", "ES"),
    P("es", "f", "Uxía", "Castro Lema", "Galician", "ES"),
    # Brazilian Portuguese
    P("pt", "m", "Thiago", "Albuquerque", "Brazilian", "BR"),
    P("pt", "f", "Larissa", "Monteiro Dias", "Brazilian", "BR"),
    P("pt", "f", "Rafaela", "Cunha", "Brazilian", "BR"),
    P("pt", "m", "Gustavo", "Pereira Lins", "Brazilian", "BR"),
    P("pt", "f", "Beatriz", "Azevedo", "Brazilian", "BR"),
    P("pt", "m", "Caio", "Nascimento", "Brazilian", "BR"),
    # Italian
    P("it", "f", "Giulia", "Ferraresi", "Italian", "IT"),
    P("it", "m", "Matteo", "Lombardi", "Italian", "IT"),
    P("it", "f", "Chiara", "Esposito", "Neapolitan", "IT"),
    P("it", "m", "Alessandro", "Bellini", "Italian", "IT"),
    P("it", "f", "Francesca", "Mancuso", "Sicilian", "IT"),
    P("it", "m", "Roberto", "Gallo", "Italian", "IT"),
    P("it", "f", "Silvia", "Colombo", "Lombard", "IT"),
    # Dutch
    P("nl", "f", "Sanne", "Bakker", "Dutch", "NL"),
    P("nl", "m", "Daan", "Visser", "Dutch", "NL"),
    P("nl", "f", "Femke", "van Dijk", "Dutch", "NL"),
    P("nl", "m", "Thijs", "Mulder", "Dutch", "NL"),
    P("nl", "f", "Noor", "El Idrissi", "Moroccan Dutch", "NL"),
    P("nl", "m", "Bram", "de Vries", "Dutch", "NL"),
    P("nl", "f", "Lieke", "Smit", "Dutch", "NL"),
    # Polish
    P("pl", "f", "Zofia", "Wilk", "Polish", "PL"),
    P("pl", "m", "Bartłomiej", "Lis", "Polish", "PL"),
    P("pl", "f", "Agnieszka", "Sowińska-Kurek", "Polish", "PL"),
    P("pl", "m", "Marek", "Zieliński", "Polish", "PL"),
    P("pl", "f", "Joanna", "Kaczmarek", "Polish", "PL"),
    P("pl", "m", "Piotr", "Nowicki", "Polish", "PL"),
    # Turkish
    P("tr", "f", "Deniz", "Aksoy", "Turkish", "TR"),
    P("tr", "m", "Umut", "Karaca", "Turkish", "TR"),
    P("tr", "m", "Serkan", "Doğan", "Turkish", "TR"),
    P("tr", "f", "Gülşen", "Erdem", "Turkish", "TR"),
    P("tr", "m", "Hakan", "Özdemir", "Turkish", "TR"),
    P("tr", "f", "Zeynep", "Arslan", "Turkish", "TR"),
    P("tr", "m", "Barış", "Kılınç", "Kurdish Turkish", "TR"),
    # Swedish
    P("sv", "f", "Elin", "Björklund", "Swedish", "SE"),
    P("sv", "m", "Oskar", "Nyberg", "Swedish", "SE"),
    P("sv", "f", "Saga", "Hellström", "Swedish", "SE"),
    P("sv", "m", "Anders", "Holm", "Swedish", "SE"),
    P("sv", "f", "Maja", "Sjöberg", "Swedish", "SE"),
    P("sv", "m", "Ahmed", "Yusuf", "Somali Swedish", "SE"),
    # Czech
    P("cs", "f", "Tereza", "Horáčková", "Czech", "CZ"),
    P("cs", "m", "Jakub", "Dvořák", "Czech", "CZ"),
    P("cs", "m", "Ondřej", "Pokorný", "Czech", "CZ"),
    P("cs", "f", "Lenka", "Marešová", "Czech", "CZ"),
    P("cs", "m", "Vojtěch", "Beneš", "Czech", "CZ"),
    # Finnish
    P("fi", "f", "Aino", "Heikkilä", "Finnish", "FI"),
    P("fi", "m", "Eero", "Lahtinen", "Finnish", "FI"),
    P("fi", "f", "Veera", "Korhonen", "Finnish", "FI"),
    P("fi", "m", "Niilo", "Aikio", "Sámi", "FI"),
    P("fi", "f", "Henna", "Salminen", "Finnish", "FI"),
    # Russian (official order: family given patronymic)
    P("ru", "f", "Анна Сергеевна", "Белова", "Russian", "RU", "fg", ("Anna", "Belova")),
    P("ru", "m", "Илья Викторович", "Морозов", "Russian", "RU", "fg", ("Ilya", "Morozov")),
    P("ru", "f", "Лейла Рашидовна", "Гусейнова", "Azerbaijani Russian", "RU", "fg", ("Leyla", "Guseynova")),
    P("ru", "m", "Артём Дмитриевич", "Ковалёв", "Russian", "RU", "fg", ("Artyom", "Kovalyov")),
    P("ru", "f", "Алсу Ильдаровна", "Сафина", "Tatar", "RU", "fg", ("Alsu", "Safina")),
    P("ru", "m", "Тимур Асланович", "Хапсироков", "Circassian", "RU", "fg", ("Timur", "Khapsirokov")),
    # Ukrainian
    P("uk", "f", "Ірина", "Мельник", "Ukrainian", "UA", lat=("Iryna", "Melnyk")),
    P("uk", "m", "Тарас", "Бондаренко", "Ukrainian", "UA", lat=("Taras", "Bondarenko")),
    P("uk", "f", "Оксана", "Литвиненко", "Ukrainian", "UA", lat=("Oksana", "Lytvynenko")),
    P("uk", "m", "Богдан", "Ткачук", "Ukrainian", "UA", lat=("Bohdan", "Tkachuk")),
    P("uk", "f", "Соломія", "Гнатюк", "Hutsul", "UA", lat=("Solomiia", "Hnatiuk")),
    # Greek
    P("el", "f", "Ελένη", "Παπαδοπούλου", "Greek", "GR", lat=("Eleni", "Papadopoulou")),
    P("el", "m", "Γιώργος", "Καραγιάννης", "Greek", "GR", lat=("Giorgos", "Karagiannis")),
    P("el", "f", "Δήμητρα", "Σταυροπούλου", "Greek", "GR", lat=("Dimitra", "Stavropoulou")),
    P("el", "m", "Κωνσταντίνος", "Ιωαννίδης", "Pontic Greek", "GR", lat=("Konstantinos", "Ioannidis")),
    P("el", "f", "Μαρία", "Νικολάου", "Cypriot", "CY", lat=("Maria", "Nikolaou")),
    # Arabic
    P("ar", "f", "مريم", "العلوي", "Moroccan", "MA", lat=("Meryem", "Alaoui")),
    P("ar", "m", "يوسف", "بنعلي", "Moroccan", "MA", lat=("Youssef", "Benali")),
    P("ar", "f", "سلمى", "الحسيني", "Jordanian", "JO", lat=("Salma", "Husseini")),
    P("ar", "m", "كريم", "المنصوري", "Tunisian", "TN", lat=("Karim", "Mansouri")),
    P("ar", "f", "هدى", "الزعبي", "Jordanian", "JO", lat=("Huda", "Zoubi")),
    P("ar", "m", "عمر", "الشامي", "Syrian", "SY", lat=("Omar", "Shami")),
    # Hebrew
    P("he", "f", "תמר", "אברהמי", "Israeli", "IL", lat=("Tamar", "Avrahami")),
    P("he", "m", "איתי", "שושן", "Mizrahi", "IL", lat=("Itay", "Shoshan")),
    P("he", "f", "מיכל", "פרידמן", "Israeli", "IL", lat=("Michal", "Friedman")),
    P("he", "m", "אורי", "בן-דוד", "Israeli", "IL", lat=("Uri", "Ben-David")),
    P("he", "f", "יעל", "מזרחי", "Mizrahi", "IL", lat=("Yael", "Mizrahi")),
    # Chinese
    P("zh", "f", "秀英", "王", "Chinese", "CN", "fg0", ("Xiuying", "Wang")),
    P("zh", "m", "志强", "陈", "Chinese", "CN", "fg0", ("Zhiqiang", "Chen")),
    P("zh", "f", "欣怡", "刘", "Chinese", "CN", "fg0", ("Xinyi", "Liu")),
    P("zh", "m", "文博", "赵", "Chinese", "CN", "fg0", ("Wenbo", "Zhao")),
    P("zh", "f", "佳琪", "黄", "Chinese", "CN", "fg0", ("Jiaqi", "Huang")),
    P("zh", "m", "子轩", "周", "Chinese", "CN", "fg0", ("Zixuan", "Zhou")),
    P("zh", "f", "雨桐", "欧阳", "Chinese", "CN", "fg0", ("Yutong", "Ouyang")),
    # Japanese
    P("ja", "f", "美咲", "佐々木", "Japanese", "JP", "fg0", ("Misaki", "Sasaki")),
    P("ja", "m", "健太", "高橋", "Japanese", "JP", "fg0", ("Kenta", "Takahashi")),
    P("ja", "f", "遥", "中村", "Japanese", "JP", "fg0", ("Haruka", "Nakamura")),
    P("ja", "m", "大輔", "伊藤", "Japanese", "JP", "fg0", ("Daisuke", "Ito")),
    P("ja", "f", "彩花", "小林", "Japanese", "JP", "fg0", ("Ayaka", "Kobayashi")),
    P("ja", "m", "翔", "金城", "Okinawan", "JP", "fg0", ("Sho", "Kinjo")),
    # Korean
    P("ko", "f", "서연", "이", "Korean", "KR", "fg0", ("Seoyeon", "Lee")),
    P("ko", "m", "준혁", "박", "Korean", "KR", "fg0", ("Junhyuk", "Park")),
    P("ko", "f", "유나", "최", "Korean", "KR", "fg0", ("Yuna", "Choi")),
    P("ko", "m", "민수", "정", "Korean", "KR", "fg0", ("Minsu", "Jung")),
    P("ko", "f", "예린", "한", "Korean", "KR", "fg0", ("Yerin", "Han")),
    P("ko", "m", "도윤", "남궁", "Korean", "KR", "fg0", ("Doyun", "Namgung")),
    # Hindi
    P("hi", "f", "अनन्या", "त्रिपाठी", "Hindi", "IN", lat=("Ananya", "Tripathi")),
    P("hi", "m", "रोहित", "वर्मा", "Hindi", "IN", lat=("Rohit", "Verma")),
    P("hi", "f", "कविता", "जोशी", "Hindi", "IN", lat=("Kavita", "Joshi")),
    P("hi", "m", "सुरेश", "नायर", "Malayali", "IN", lat=("Suresh", "Nair")),
    P("hi", "m", "इमरान", "क़ुरैशी", "Hindustani", "IN", lat=("Imran", "Qureshi")),
    # Thai
    P("th", "f", "ณัฐธิดา", "ศรีสุข", "Thai", "TH", lat=("Natthida", "Srisuk")),
    P("th", "m", "ธนกร", "วงศ์ไทย", "Thai", "TH", lat=("Thanakorn", "Wongthai")),
    P("th", "f", "พิมพ์ชนก", "แก้วมณี", "Thai", "TH", lat=("Pimchanok", "Kaewmanee")),
    P("th", "m", "กิตติพงษ์", "บุญมา", "Isan", "TH", lat=("Kittipong", "Boonma")),
    # Vietnamese
    P("vi", "f", "Thu Hà", "Phạm", "Vietnamese", "VN", "fg"),
    P("vi", "m", "Hoàng Nam", "Lê", "Vietnamese", "VN", "fg"),
    P("vi", "f", "Minh Châu", "Đỗ", "Vietnamese", "VN", "fg"),
    P("vi", "m", "Quốc Bảo", "Võ", "Vietnamese", "VN", "fg"),
    P("vi", "f", "Thanh Tâm", "Bùi", "Vietnamese", "VN", "fg"),
]


# ---------------------------------------------------------------------------------------------
# addresses: real small towns, each country's own layout; numbers and streets made up
# ---------------------------------------------------------------------------------------------

class Addr:
    def __init__(self, pool: str, cc: str, town: str, lines: list[str]) -> None:
        self.pool, self.cc, self.town_raw = pool, cc, town
        self.lines = [locs(x) for x in lines]
        self.key = "|".join(lines)

    @property
    def town(self) -> str:
        return L(self.town_raw)

    def block(self, sep: str = "\n", prefix: str = "") -> str:
        return sep.join(prefix + x for x in self.lines)

    def one(self, sep: str = ", ") -> str:
        return sep.join(self.lines)


def A(pool: str, cc: str, town: str, *lines: str) -> Addr:
    return Addr(pool, cc, town, list(lines))


ADDRS = [
    A("en", "GB", "Ludlow", "{Flat 2}, {14 Broad Street}", "{Ludlow}", "{Shropshire}", "{SY8 1NG}"),
    A("en", "GB", "Hay-on-Wye", "{Rose Cottage}, {3 Church Lane}", "{Hay-on-Wye}", "{HR3 5DQ}"),
    A("en", "GB", "Totnes", "{27 Fore Street}", "{Totnes}", "{TQ9 5RP}"),
    A("en", "GB", "Portree", "{9 Quay Brae}", "{Portree}", "{Isle of Skye}", "{IV51 9DB}"),
    A("en", "GB", "Llandeilo", "{41 Rhosmaen Street}", "{Llandeilo}", "{SA19 6HA}"),
    A("en", "IE", "Clifden", "{12 Market Street}", "{Clifden}", "{Co. Galway}", "{H71 XF62}"),
    A("en", "IE", "Kinsale", "{Apartment 5}, {The Old Mill}", "{Kinsale}", "{Co. Cork}", "{P17 WK38}"),
    A("en", "US", "Oberlin", "{418 Elm Street}", "{Oberlin}, {OH} {44074}"),
    A("en", "US", "Hanover", "{27 Lebanon Street}, {Apt 3B}", "{Hanover}, {NH} {03755}"),
    A("en", "US", "Northfield", "{1209 Division Street S}", "{Northfield}, {MN} {55057}"),
    A("en", "US", "Decorah", "{604 Winnebago Street}", "{Decorah}, {IA} {52101}"),
    A("en", "CA", "Wolfville", "{214 Main Street}", "{Wolfville} {NS}  {B4P 1C3}"),
    A("en", "CA", "Sackville", "{38 York Street}", "{Sackville} {NB}  {E4L 4R1}"),
    A("en", "AU", "Armidale", "{Unit 4}, {17 Faulkner Street}", "{Armidale} {NSW} {2350}"),
    A("en", "AU", "Mudgee", "{22 Church Street}", "{Mudgee} {NSW} {2850}"),
    A("en", "NZ", "Oamaru", "{41 Thames Street}", "{Oamaru} {9400}"),
    A("en", "NZ", "Wānaka", "{3 Ardmore Street}", "{Wānaka} {9305}"),
    A("en", "ZA", "Makhanda", "{14 African Street}", "{Makhanda}", "{6139}"),
    A("en", "ZA", "Clarens", "{12 Main Street}", "{Clarens}", "{9707}"),
    A("en", "KE", "Nanyuki", "{P.O. Box 1274} - {10400}", "{Nanyuki}"),
    A("en", "NG", "Nsukka", "{No. 23 Odim Street}", "{Nsukka}", "{Enugu State} {410001}"),
    A("en", "NG", "Ile-Ife", "{8 Mayfair Road}", "{Ile-Ife}", "{Osun State} {220282}"),
    A("en", "GH", "Cape Coast", "{Plot 27, Abura Road}", "{Cape Coast}", "{CC-094-3318}"),
    A("en", "IN", "Manipal", "{Flat 302}, {Sai Residency}", "{Tiger Circle Road}", "{Manipal} - {576104}",
      "{Karnataka}"),
    A("en", "IN", "Bolpur", "{Ratanpalli}, {Santiniketan}", "{Bolpur}", "{West Bengal} {731235}"),
    A("en", "PH", "Los Baños", "{Blk 7 Lot 12, Mahogany St.}", "{Brgy. Batong Malake}",
      "{Los Baños}, {Laguna} {4030}"),
    A("en", "ID", "Ubud", "{Jl. Raya Ubud No. 41}", "{Ubud}, {Gianyar}", "{Bali} {80571}"),
    A("en", "MY", "Kampar", "{No. 18, Jalan Bandar Baru 3}", "{31900} {Kampar}", "{Perak}"),
    A("en", "MX", "Tepoztlán", "{Calle Revolución 14}, {Col. Centro}", "{62520} {Tepoztlán}, {Mor.}"),
    A("en", "AR", "Tafí del Valle", "{Av. Miguel Critto 412}", "{T4137} {Tafí del Valle}", "{Tucumán}"),
    A("en", "CO", "Villa de Leyva", "{Carrera 9 # 12-45}", "{Villa de Leyva}, {Boyacá}"),
    A("en", "BR", "Ouro Preto", "{Rua Direita, 112}", "{Ouro Preto} - {MG}", "{35400-000}"),
    A("en", "PT", "Óbidos", "{Rua Direita, 27}", "{2510-089} {Óbidos}"),
    A("en", "ES", "Comillas", "{Calle Real, 8}, {2º B}", "{39520} {Comillas} ({Cantabria})"),
    A("en", "IT", "Urbino", "{Via Raffaello 17}", "{61029} {Urbino} ({PU})"),
    A("en", "FR", "Cluny", "{8 rue de l'Abbaye}", "{71250} {Cluny}"),
    A("en", "BE", "Durbuy", "{Rue Haute 14}", "{6940} {Durbuy}"),
    A("en", "NL", "Veere", "{Kerkstraat 21}", "{4351 AB} {Veere}"),
    A("en", "DE", "Meersburg", "{Steigstraße 9}", "{88709} {Meersburg}"),
    A("en", "AT", "Hallstatt", "{Seestraße 104}", "{4830} {Hallstatt}"),
    A("en", "CH", "Appenzell", "{Hauptgasse 12}", "{9050} {Appenzell}"),
    A("en", "PL", "Sandomierz", "{ul. Opatowska 11/2}", "{27-600} {Sandomierz}"),
    A("en", "CZ", "Telč", "{náměstí Zachariáše z Hradce 48}", "{588 56} {Telč}"),
    A("en", "NO", "Røros", "{Kjerkgata 33}", "{7374} {Røros}"),
    A("en", "DK", "Ribe", "{Skolegade 9}", "{6760} {Ribe}"),
    A("en", "HU", "Tihany", "{Tihany}", "{Kossuth Lajos utca 22.}", "{8237}"),
    A("en", "RO", "Sighișoara", "{Str. Școlii nr. 6}", "{545400} {Sighișoara}", "{jud. Mureș}"),
    A("en", "TR", "Safranbolu", "{Kemalpaşa Mah. Çarşı Cad. No: 18}", "{78600} {Safranbolu}/{Karabük}"),
    A("en", "JP", "Naoshima", "{2310-4 Honmura}", "{Naoshima-cho}, {Kagawa-gun}", "{Kagawa} {761-3110}"),
    A("en", "GE", "Sighnaghi", "{7 Kostava Street}", "{Sighnaghi} {4200}"),
    # German-language offices
    A("de", "DE", "Quedlinburg", "{Am Marktplatz 3}", "{06484} {Quedlinburg}"),
    A("de", "DE", "Michelstadt", "{Erbacher Straße 21}", "{64720} {Michelstadt}"),
    A("de", "DE", "Herrnhut", "{Zittauer Straße 8}", "{02747} {Herrnhut}"),
    A("de", "AT", "Murau", "{Anzengrubergasse 4}, {Top 6}", "{8850} {Murau}"),
    A("de", "CH", "Stein am Rhein", "{Understadt 18}", "{8260} {Stein am Rhein}"),
    A("de", "DE", "Bad Wimpfen", "{Hauptstraße 57}", "{74206} {Bad Wimpfen}"),
    # French
    A("fr", "FR", "Figeac", "{4 impasse des Tilleuls}", "{46100} {Figeac}"),
    A("fr", "FR", "Riquewihr", "{23 avenue de la Gare}", "{68340} {Riquewihr}"),
    A("fr", "FR", "Sarlat-la-Canéda", "{Bât. C}, {7 allée des Vignes}", "{24200} {Sarlat-la-Canéda}"),
    A("fr", "FR", "Eygalières", "{15 rue Pasteur}", "{13810} {Eygalières}"),
    # Spanish
    A("es", "ES", "Albarracín", "{Calle Mayor, 21}, {3º A}", "{44100} {Albarracín} ({Teruel})"),
    A("es", "ES", "Cadaqués", "{Carrer de la Riba, 5}", "{17488} {Cadaqués} ({Girona})"),
    A("es", "ES", "Sepúlveda", "{Calle de la Iglesia, 3}", "{40300} {Sepúlveda} ({Segovia})"),
    A("es", "ES", "Betanzos", "{Rúa do Castro, 12}, {1º izda.}", "{15300} {Betanzos} ({A Coruña})"),
    # Brazil
    A("pt", "BR", "Pirenópolis", "{Rua Coronel Joaquim Inácio, 15}", "{Centro}", "{Pirenópolis} - {GO}",
      "{72980-000}"),
    A("pt", "BR", "Itacaré", "{Rua Pedro Longo, 208}, {casa 2}", "{Itacaré} - {BA}", "{45530-000}"),
    A("pt", "BR", "Alter do Chão", "{Travessa Paissandu, 8}", "{Alter do Chão}, {Santarém} - {PA}",
      "{68109-000}"),
    # Italy
    A("it", "IT", "Spello", "{Via Garibaldi 22}", "{06038} {Spello} ({PG})"),
    A("it", "IT", "Camogli", "{Salita della Chiesa 5}, {int. 3}", "{16032} {Camogli} ({GE})"),
    A("it", "IT", "Bagnoregio", "{Piazza Sant'Agostino 3}", "{01022} {Bagnoregio} ({VT})"),
    # Netherlands
    A("nl", "NL", "Hindeloopen", "{Buren 14}", "{8713 KD} {Hindeloopen}"),
    A("nl", "NL", "Giethoorn", "{Binnenpad 61}", "{8355 BT} {Giethoorn}"),
    A("nl", "NL", "Woudrichem", "{Hoogstraat 9}", "{4285 BD} {Woudrichem}"),
    # Poland
    A("pl", "PL", "Tykocin", "{ul. Złota 9/4}", "{16-080} {Tykocin}"),
    A("pl", "PL", "Pszczyna", "{ul. Piastowska 31}", "{43-200} {Pszczyna}"),
    A("pl", "PL", "Zakopane", "{os. Słoneczne 5/12}", "{34-500} {Zakopane}"),
    # Turkey
    A("tr", "TR", "Ayvalık", "{Sakarya Mah. Barbaros Cad. No: 27} {D: 3}", "{10400} {Ayvalık}/{Balıkesir}"),
    A("tr", "TR", "Datça", "{İskele Mah. Yalı Sok. No: 5}", "{48900} {Datça}/{Muğla}"),
    A("tr", "TR", "Bozcaada", "{Çarşı Mah. Hükümet Cad. No: 12}", "{17680} {Bozcaada}/{Çanakkale}"),
    # Sweden
    A("sv", "SE", "Vadstena", "{Klostergatan 8}", "{592 30} {Vadstena}"),
    A("sv", "SE", "Sigtuna", "{Stora gatan 22}", "{193 30} {Sigtuna}"),
    A("sv", "SE", "Mariefred", "{Storgatan 14}, {lgh 1102}", "{647 30} {Mariefred}"),
    # Czechia
    A("cs", "CZ", "Český Krumlov", "{Latrán 14}", "{381 01} {Český Krumlov}"),
    A("cs", "CZ", "Mikulov", "{Náměstí 21}", "{692 01} {Mikulov}"),
    A("cs", "CZ", "Světlá nad Sázavou", "{Husova 317}", "{582 91} {Světlá nad Sázavou}"),
    # Finland
    A("fi", "FI", "Naantali", "{Rantakatu 14} {B 9}", "{21100} {Naantali}"),
    A("fi", "FI", "Loviisa", "{Mannerheiminkatu 18}", "{07900} {Loviisa}"),
    A("fi", "FI", "Inari", "{Inarintie 46}", "{99870} {Inari}"),
    # Russia (street first, prefix г. outside the span)
    A("ru", "RU", "Суздаль", "{ул. Ленина, д. 73}, {кв. 12}, г. {Суздаль}, {Владимирская обл.}, {601293}"),
    A("ru", "RU", "Плёс", "{ул. Революции, д. 8}, г. {Плёс}, {Ивановская обл.}, {155555}"),
    A("ru", "RU", "Таруса", "{ул. Карла Либкнехта, д. 19}, {кв. 4}, г. {Таруса}, {Калужская обл.}, {249100}"),
    # Ukraine
    A("uk", "UA", "Яремче", "{вул. Свободи, 41}, {кв. 7}, м. {Яремче}, {Івано-Франківська обл.}, {78500}"),
    A("uk", "UA", "Батурин", "{вул. Гетьмана Мазепи, 15}, м. {Батурин}, {Чернігівська обл.}, {16512}"),
    A("uk", "UA", "Острог", "{вул. Соборна, 27}, м. {Острог}, {Рівненська обл.}, {35800}"),
    # Greece and Cyprus
    A("el", "GR", "Ναύπλιο", "{Βασιλέως Κωνσταντίνου 12}", "{211 00} {Ναύπλιο}"),
    A("el", "GR", "Μέτσοβο", "{Αγίου Νικολάου 5}", "{442 00} {Μέτσοβο}"),
    A("el", "GR", "Ύδρα", "{Κανάρη 7}", "{180 40} {Ύδρα}"),
    # Arabic-speaking countries
    A("ar", "MA", "إفران", "{زنقة الأطلس، رقم 9}", "{53000} {إفران}"),
    A("ar", "MA", "شفشاون", "{حي السلام، زنقة 5، رقم 21}", "{91000} {شفشاون}"),
    A("ar", "JO", "مادبا", "{شارع الملك طلال، عمارة 12}", "{مادبا} {17110}"),
    # Israel
    A("he", "IL", "ראש פינה", "{רחוב הרצל 33}, {דירה 5}", "{ראש פינה} {1200000}"),
    A("he", "IL", "שדה בוקר", "{שדרות בן-גוריון 4}", "{שדה בוקר} {8499000}"),
    A("he", "IL", "מזכרת בתיה", "{רחוב הגפן 7}", "{מזכרת בתיה} {7680000}"),
    # China (largest unit first)
    A("zh", "CN", "乌镇镇", "{浙江省}{嘉兴市}{桐乡市}{乌镇镇}{子夜路56号}", "邮编：{314501}"),
    A("zh", "CN", "平遥县", "{山西省}{晋中市}{平遥县}{南大街23号}", "邮编：{031100}"),
    A("zh", "CN", "阳朔县", "{广西壮族自治区}{桂林市}{阳朔县}{西街9号}{2单元301室}", "邮编：{541900}"),
    # Japan
    A("ja", "JP", "白川村", "〒{501-5627}", "{岐阜県}{大野郡}{白川村}{荻町1215}"),
    A("ja", "JP", "直島町", "〒{761-3110}", "{香川県}{香川郡}{直島町}{本村2310}"),
    A("ja", "JP", "由布市", "〒{879-5102}", "{大分県}{由布市}{湯布院町川上1523-7}"),
    # Korea
    A("ko", "KR", "평창군", "{강원특별자치도} {평창군} {봉평면} {이효석길 12}", "({25308})"),
    A("ko", "KR", "안동시", "{경상북도} {안동시} {풍천면} {하회남촌길 17}", "({36765})"),
    A("ko", "KR", "보성군", "{전라남도} {보성군} {보성읍} {녹차로 45}, {102동 803호}", "({59453})"),
    # India (Devanagari)
    A("hi", "IN", "ऋषिकेश", "{मकान नं. 24, गली नं. 3}, {तपोवन}", "{ऋषिकेश}, {उत्तराखंड} {249201}"),
    A("hi", "IN", "शांतिनिकेतन", "{47, गांधी नगर}", "{शांतिनिकेतन}, {पश्चिम बंगाल} {731235}"),
    A("hi", "IN", "मांडू", "{12, जहाज महल मार्ग}", "{मांडू}, {मध्य प्रदेश} {454010}"),
    # Thailand
    A("th", "TH", "ปาย", "{45/2 หมู่ 3} {ต.เวียงใต้} {อ.ปาย}", "{จ.แม่ฮ่องสอน} {58130}"),
    A("th", "TH", "อัมพวา", "{19/4 หมู่ 1} {ต.อัมพวา} {อ.อัมพวา}", "{จ.สมุทรสงคราม} {75110}"),
    A("th", "TH", "เชียงคาน", "{101 หมู่ 5} {ต.เชียงคาน} {อ.เชียงคาน}", "{จ.เลย} {42110}"),
    # Vietnam
    A("vi", "VN", "Hội An", "{Số 12 Nguyễn Duy Hiệu}, {P. Cẩm Châu}, TP. {Hội An}, {Quảng Nam}"),
    A("vi", "VN", "Sa Pa", "{Số 27 Cầu Mây}, {P. Sa Pa}, TX. {Sa Pa}, {Lào Cai}"),
    A("vi", "VN", "Mũi Né", "{Số 41 Nguyễn Đình Chiểu}, {P. Mũi Né}, TP. {Phan Thiết}, {Bình Thuận}"),
]


# ---------------------------------------------------------------------------------------------
# phones, national format, no country code; typed by hand
# ---------------------------------------------------------------------------------------------

PHONES = {
    "GB": ["07723 418562", "07481 902337", "01584 872419", "07956 213840"],
    "IE": ["087 316 4492", "086 842 1175", "095 21 884"],
    "US": ["(440) 775-3186", "(603) 643-2297", "(507) 645-8813", "563-382-4470"],
    "CA": ["(902) 542-6615", "(506) 364-2281", "604 318 2246"],
    "AU": ["0412 338 907", "0438 215 664", "(02) 6772 4418"],
    "NZ": ["021 448 3906", "027 519 2283", "(03) 434 8827"],
    "ZA": ["082 417 3356", "071 904 2218", "046 622 7391"],
    "KE": ["0722 418 935", "0712 364 801"],
    "NG": ["0803 417 2259", "0815 320 6674", "0706 218 4493"],
    "GH": ["024 418 3372", "020 915 6620"],
    "TZ": ["0754 418 223"],
    "ZW": ["077 418 2237"],
    "ET": ["091 141 8823"],
    "SN": ["77 418 22 37"],
    "ML": ["76 41 82 23"],
    "IN": ["98450 31726", "94331 58207", "0820 257 1193", "70226 81934"],
    "BD": ["01711-428396"],
    "PK": ["0300 4172836", "0321 8845219"],
    "LK": ["077 418 2236"],
    "NP": ["9841-237745"],
    "AF": ["070 418 2237"],
    "IR": ["0912 418 2237"],
    "VN": ["0903 418 227", "0912 553 804", "0235 3861 447", "0987 214 306", "0368 552 918"],
    "CN": ["138 0571 4426", "159 2318 6604", "0354-5682217", "186 2719 0345", "0573-8871 2093"],
    "TW": ["0935 418 226"],
    "HK": ["9134 2287"],
    "JP": ["090-4718-2235", "080-3391-6027", "0577-96-1184"],
    "KR": ["010-4827-3361", "010-9132-5578", "033-335-1472", "010-2284-7719", "010-5561-0382"],
    "MY": ["012-384 7715", "019-226 4083"],
    "ID": ["0812-3847-2291", "0857-1930-4462"],
    "PH": ["0917 842 3316", "0928 513 0074"],
    "MX": ["777 318 4429", "55 4127 8836"],
    "CO": ["310 427 8815", "(608) 732 1194"],
    "PE": ["987 418 223"],
    "AR": ["0381 15-437-2286", "011 15-4127-3308"],
    "CL": ["9 8417 3326"],
    "BR": ["(31) 98847-2231", "(62) 98115-4407", "(73) 99931-5082", "(93) 99124-0376"],
    "PT": ["912 438 775", "936 102 448"],
    "ES": ["612 48 39 27", "678 30 14 95", "978 71 02 34", "655 918 204"],
    "IT": ["347 218 4493", "333 902 1187", "0722 328114", "0185 77 2391"],
    "FR": ["06 42 18 73 95", "07 81 44 20 63", "03 85 59 12 74", "06 19 27 48 30"],
    "BE": ["0476 31 82 09", "0498 22 71 46"],
    "NL": ["06-41837726", "06 2918 4403", "0515-442 871"],
    "DE": ["0151 42893317", "0176 2231 8890", "07532 441987", "03946 812204", "0171 9046623"],
    "AT": ["0664 318 4427", "0676 912 2035"],
    "CH": ["079 418 22 37", "076 521 83 90"],
    "PL": ["601 384 227", "512 990 316", "698 214 553"],
    "CZ": ["602 418 337", "737 215 904", "380 712 294"],
    "SK": ["0905 318 442"],
    "SE": ["070-418 22 93", "073-551 80 26", "0143-122 48"],
    "NO": ["412 83 907", "934 20 118"],
    "DK": ["22 48 31 76", "51 90 24 83"],
    "FI": ["040 718 2236", "050 334 9180", "044 912 7730"],
    "IS": ["661 2483"],
    "HU": ["06 30 418 2276", "06 20 915 3308"],
    "RO": ["0722 418 336", "0745 213 907"],
    "TR": ["0532 418 27 93", "0544 306 18 52", "0266 312 44 07", "0505 921 73 40"],
    "GR": ["694 418 2273", "697 220 3391", "27520 24118", "698 115 4420"],
    "CY": ["99 418227"],
    "RU": ["8 (915) 418-22-37", "8 (920) 331-04-86", "8 (910) 552-17-39"],
    "UA": ["067 418 2237", "050 913 4460", "097 228 1573"],
    "GE": ["599 41 82 37"],
    "AM": ["091 41 82 37"],
    "LB": ["03 418 227"],
    "OM": ["9241 8237"],
    "EG": ["010 1842 2763", "0122 391 4408"],
    "MA": ["06 61 48 22 37", "06 70 31 95 08"],
    "JO": ["079 641 8223", "077 291 4406"],
    "TN": ["98 418 223"],
    "SY": ["0944 418 223"],
    "IL": ["052-418-2237", "054-733-1906", "04-693-5512", "050-621-4478"],
    "TH": ["081 418 2237", "089 552 1904", "053 699 214", "086 733 4190", "092 418 5527"],
}

# dates of birth, (year, month, day), typed by hand; formatted in each writer's style
DOBS = [
    (1994, 3, 14), (1989, 11, 2), (1997, 7, 25), (1991, 1, 30), (1986, 9, 8), (1999, 12, 19),
    (1993, 5, 6), (1978, 4, 21), (2000, 2, 11), (1995, 10, 27), (1988, 6, 3), (1992, 8, 17),
    (1983, 12, 1), (1996, 4, 9), (1990, 7, 15), (1998, 1, 5), (1985, 3, 29), (2001, 9, 22),
    (1975, 11, 13), (1993, 2, 28), (1987, 10, 10), (1999, 6, 24), (1969, 8, 4), (1996, 12, 31),
    (1994, 9, 18), (1982, 5, 12), (1997, 3, 3), (1991, 11, 26), (2002, 4, 16), (1988, 1, 19),
]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
           "жовтня", "листопада", "грудня"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
           "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
           "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
}


def fmt_date(d: tuple[int, int, int], style: str) -> str:
    y, m, dd = d
    if style == "iso":
        return f"{y:04d}-{m:02d}-{dd:02d}"
    if style == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "d.m.y":
        return f"{dd}. {m}. {y}"
    if style == "dmy-":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "ymd.":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "en":
        return f"{dd} {MONTHS['en'][m - 1]} {y}"
    if style == "en_us":
        return f"{MONTHS['en'][m - 1]} {dd}, {y}"
    if style == "en_short":
        return f"{dd} {MONTHS['en'][m - 1][:3]} {y}"
    if style == "de":
        return f"{dd}. {MONTHS['de'][m - 1]} {y}"
    if style in ("fr", "it"):
        return f"{'1er' if dd == 1 and style == 'fr' else dd} {MONTHS[style][m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{dd} de {MONTHS[style][m - 1]} de {y}"
    if style in ("ru", "uk"):
        return f"{dd} {MONTHS[style][m - 1]} {y} г." if style == "ru" else f"{dd} {MONTHS['uk'][m - 1]} {y} р."
    if style == "el":
        return f"{dd} {MONTHS['el'][m - 1]} {y}"
    if style == "cjk":
        return f"{y}年{m}月{dd}日"
    if style == "ko":
        return f"{y}년 {m}월 {dd}일"
    if style == "th":
        return f"{dd} {MONTHS['th'][m - 1]} {y + 543}"
    if style == "vi":
        return f"{dd:02d}/{m:02d}/{y}"
    raise ValueError(style)


# passports (no check digit), by issuing country
PASSPORTS = {
    "NG": ["A07318452", "B11942807"], "GH": ["G2213874"], "KE": ["AK0418327"], "ET": ["EP4182273"],
    "IN": ["Z4812736", "V3309185"], "PK": ["AB4127739"], "BD": ["EG0318427"], "LK": ["N8412273"],
    "NP": ["PA0418227"], "CN": ["E83120476", "EJ4418237"], "VN": ["C4127736"], "PH": ["P4418237B"],
    "ID": ["C7182264"], "IR": ["K41827369"], "EG": ["A21847736"], "BR": ["FZ418223"],
    "MX": ["G41822736"], "CO": ["AV418227"], "PE": ["121841822"], "AR": ["AAF418227"],
    "TR": ["U18427736"], "UA": ["FF418227"], "GE": ["18AA41822"], "AM": ["AT0418227"],
    "ZW": ["FN418223"], "TZ": ["TAE041822"], "SN": ["A01841822"], "ML": ["B0418227"],
    "AF": ["P04182273"], "LB": ["LR1841822"], "MA": ["UC4182273"], "JO": ["R418227"],
    "TN": ["Z418227"], "SY": ["N011841822"], "KR": ["M41822736"], "JP": ["TR4182273"],
    "TW": ["318418227"], "HK": ["K41822736"], "MY": ["A41822736"], "CL": ["F41822736"],
    "GB": ["548213976"], "US": ["A41822736"], "RU": ["75 4182273"], "ZA": ["A04182273"],
}

# IP addresses seen in a submission system's audit log
IPS = ["81.174.233.19", "2a02:c7c:5e18:4d00:1c4f:9a2e:77b1:30d5", "196.44.178.203",
       "41.217.9.152", "109.236.84.77", "203.177.62.148"]

# hospital numbers on sick notes, and UK NHS numbers (mod 11 valid)
MRNS = ["RJ7 448821", "MRN 00482917", "K2290473"]
NHS_NUMBERS = ["485 729 1363", "632 018 4752", "719 304 6829"]

# UK National Insurance numbers (no check digit; valid prefixes and suffixes)
NINOS = ["JT 41 82 27 C", "PB 73 05 19 A", "NR 26 48 91 D"]

# US Social Security numbers (none in 000, 666 or 9xx areas)
SSNS = ["412-83-9062", "527-19-3348", "238-64-1907"]

# Luhn-valid card numbers (worked out once, typed in)
CARDS = ["4929 3817 5520 6145", "5412 7534 9081 2265", "3759 104826 33754"]


# ---------------------------------------------------------------------------------------------
# ID bundles: the person, the date of birth and the number that encodes it (check digits valid)
# ---------------------------------------------------------------------------------------------

def who(full: str) -> Person:
    for p in PEOPLE:
        if p.full == full or f"{p.given} {p.family}" == full:
            return p
    raise KeyError(full)


BUNDLES = {
    "pl": [("Zofia Wilk", (2001, 3, 14), "01231404588", "PL76 1020 3017 0000 2802 0431 9876"),
           ("Bartłomiej Lis", (1998, 11, 2), "98110203718", "PL27 1240 1037 0000 4319 8627 5013"),
           ("Agnieszka Sowińska-Kurek", (1996, 7, 25), "96072518424", "PL05 1140 2004 0000 3202 8193 7465")],
    "sv": [("Elin Björklund", (1968, 5, 19), "680519-2488", ""),
           ("Oskar Nyberg", (1971, 12, 3), "19711203-3357", ""),
           ("Saga Hellström", (1975, 9, 30), "750930-1623", "")],
    "tr": [("Deniz Aksoy", (1984, 6, 2), "36492817550", "TR24 0001 0009 3748 1625 3900 17"),
           ("Umut Karaca", (1979, 1, 23), "52914736018", "TR35 0006 4004 1208 7365 1902 84"),
           ("Gülşen Erdem", (1972, 10, 9), "18730529678", "TR61 0006 2007 0291 8364 0577 31")],
    "pt": [("Thiago Albuquerque", (1998, 2, 17), "318.476.205-07", ""),
           ("Larissa Monteiro Dias", (1996, 8, 30), "604.192.837-22", ""),
           ("Rafaela Cunha", (2000, 5, 4), "84725036153", "")],
    "fr": [("Camille Roussel", (1997, 4, 12), "2 97 04 33 063 214 73", ""),
           ("Yanis Belkacem", (1995, 10, 3), "1 95 10 69 123 087 97", ""),
           ("Maëlle Le Guen", (1999, 1, 27), "299012901935253", "")],
    "it": [("Giulia Ferraresi", (1994, 6, 8), "FRRGLI94H48A944Z", ""),
           ("Matteo Lombardi", (1990, 2, 21), "LMBMTT90B21D612E", ""),
           ("Chiara Esposito", (1996, 11, 30), "SPSCHR96S70F839O", "")],
    "hi": [("अनन्या त्रिपाठी", (1997, 9, 14), "4587 1203 9640", ""),
           ("रोहित वर्मा", (1995, 3, 2), "7812 0459 3613", ""),
           ("कविता जोशी", (1999, 12, 21), "3692 4817 0529", "")],
    "he": [("תמר אברהמי", (1998, 4, 5), "034872150", ""),
           ("איתי שושן", (2000, 7, 19), "205194368", ""),
           ("מיכל פרידמן", (1997, 1, 8), "312760481", "")],
    "cs": [("Tereza Horáčková", (1985, 9, 12), "855912/1483", "CZ10 0800 0000 0021 4538 7069"),
           ("Jakub Dvořák", (1979, 3, 27), "790327/4137", "CZ94 0100 0000 3581 2746 0213"),
           ("Ondřej Pokorný", (1991, 12, 5), "9112050673", "CZ90 2010 0000 0029 0184 7365")],
    "fi": [("Aino Heikkilä", (1988, 4, 17), "170488-246U", "FI95 5290 0240 1863 77"),
           ("Eero Lahtinen", (1976, 11, 9), "091176-3375", "FI76 1005 3000 4182 91"),
           ("Veera Korhonen", (2000, 2, 28), "280200A184L", "FI23 4710 0020 5831 64")],
    "de": [("Annika Brückner", (1981, 5, 30), "47 152 049 383", "DE68 4306 0967 4127 5531 00"),
           ("Jonas Vogel", (1974, 8, 11), "62839172504", "DE34 8555 0000 1006 3928 47"),
           ("Friederike Lindemann", (1968, 2, 6), "59 304 817 630", "DE27 6845 2290 0078 8134 52")],
    "nl": [("Sanne Bakker", (1986, 10, 14), "172489350", "NL55 RABO 0347 8219 56"),
           ("Daan Visser", (1979, 6, 1), "2641.93.076", "NL07 INGB 0009 4172 36"),
           ("Femke van Dijk", (1983, 3, 19), "305829166", "NL63TRIO0390672418")],
    "es": [("Alba Ruiz Montero", (1995, 1, 22), "47382915V", "ES72 2100 0813 6702 0184 7365"),
           ("Javier Ortega Salas", (1992, 9, 9), "20948376-E", "ES06 0049 1806 9127 1029 4837"),
           ("Uxía Castro Lema", (1997, 5, 15), "X4827361Y", "ES5820859741730330582961")],
}
# the spare BSN 273195487 and NIE Y2093714S are kept for reference and not used
BUNDLE_NAMES = {who(b[0]).full for v in BUNDLES.values() for b in v}

# IBANs of examiners and royalty payees paid from the UK and elsewhere
IBANS_INTL = {
    "GB": ["GB41 BARC 2031 5841 8720 93", "GB83 LOYD 3096 3418 2745 02"],
    "IE": ["IE16 AIBK 9333 8527 4601 93"],
    "IT": ["IT41 B030 6902 1171 0000 0063 919", "IT70Z0503411701000000128374"],
    "FR": ["FR76 3000 4008 1900 0127 4392 102", "FR76 2004 1010 0505 2009 3730 245"],
}


# ---------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never twice in one row
# ---------------------------------------------------------------------------------------------

class Book:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.uses: Counter = Counter()

    def least(self, items: list, key) -> object:
        best = min(self.uses[key(x)] for x in items)
        cands = [x for x in items if self.uses[key(x)] == best]
        x = cands[self.rng.randrange(len(cands))]
        self.uses[key(x)] += 1
        return x


class Ctx:
    def __init__(self, book: Book, i: int) -> None:
        self.book, self.i, self.rng = book, i, book.rng
        self.taken: set[str] = set()

    def one(self, options: list):
        return options[self.i % len(options)]

    def pick(self, options: list):
        return options[self.rng.randrange(len(options))]

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def person(self, pool: str = "en", sex: str | None = None, cc: str | None = None,
               not_cc: tuple = (), senior: bool = False) -> Person:
        """senior: leave out the ID-bundle people, whose age and role are fixed by their numbers."""
        def ok(p: Person, strict: bool) -> bool:
            if p.pool != pool or "P:" + p.full in self.taken or p.cc in not_cc:
                return False
            if senior and p.full in BUNDLE_NAMES:
                return False
            if sex and p.sex != sex:
                return False
            return not (strict and cc and p.cc != cc)
        items = [p for p in PEOPLE if ok(p, True)] or [p for p in PEOPLE if ok(p, False)]
        p = self.book.least(items, lambda x: "P:" + x.full)
        self.taken.add("P:" + p.full)
        return p

    def people(self, k: int, pool: str = "en", **kw) -> list[Person]:
        return [self.person(pool, **kw) for _ in range(k)]

    def named(self, full: str) -> Person:
        p = who(full)
        self.book.uses["P:" + p.full] += 1
        self.taken.add("P:" + p.full)
        return p

    def addr(self, pool: str = "en", cc: str | None = None, ccs: tuple = ()) -> Addr:
        items = [a for a in ADDRS if a.pool == pool and "A:" + a.key not in self.taken
                 and (cc is None or a.cc == cc) and (not ccs or a.cc in ccs)]
        a = self.book.least(items, lambda x: "A:" + x.key)
        self.taken.add("A:" + a.key)
        return a

    def resident(self, pool: str = "en", sex: str | None = None, cc: str | None = None,
                 ccs: tuple = ()) -> tuple[Person, Addr]:
        a = self.addr(pool, cc, ccs)
        return self.person(pool, sex, cc=a.cc), a

    def phone(self, cc: str) -> str:
        items = [t for t in PHONES[cc] if "T:" + t not in self.taken] or PHONES[cc]
        t = self.book.least(items, lambda x: "T:" + x)
        self.taken.add("T:" + t)
        return PH(t)

    def dob(self, style: str) -> str:
        items = [d for d in DOBS if f"D:{d}" not in self.taken]
        d = self.book.least(items, lambda x: f"D:{x}")
        self.taken.add(f"D:{d}")
        return mk("DATE_OF_BIRTH", fmt_date(d, style))

    def passport(self, cc: str) -> str:
        items = PASSPORTS.get(cc) or PASSPORTS["GB"]
        return NID(self.book.least(items, lambda x: "N:" + x))

    def from_list(self, items: list, tag: str) -> str:
        return self.book.least(items, lambda x: tag + x)

    def mail(self, p: Person, domains: list[str]) -> str:
        style = self.pick(["g.f", "gf", "g_f", "f.g", "if", "i.f", "gi", "fi"])
        return p.email(self.pick(domains), style, self.num(2, 98))


WEBMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me"]

TEMPLATES: list[dict] = []


def tpl(cls: str, name: str, lang: str, case: str | None = None, n: int = 3):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "case": case, "n": n, "fn": fn})
        return fn
    return deco


def block(*lines: str) -> str:
    return "\n".join(lines)


# =============================================================================================
# personal_submissions: editorial offices, submission systems, reviewers, author lists
# =============================================================================================

UNI_DOMAINS = ["uni-heidelberg.de", "ed.ac.uk", "uct.ac.za", "uonbi.ac.ke", "unimelb.edu.au",
               "ucl.ac.uk", "uu.nl", "unam.mx", "usp.br", "ku.dk", "tcd.ie", "ubc.ca"]

TITLES = [
    "A Bayesian reassessment of Darwin's finch beak data",
    "Fourier methods for tide-gauge reconstruction in the Baltic",
    "Piaget's stages revisited: a longitudinal study in rural schools",
    "Revisiting the Turing test with large language models",
    "Fibonacci phyllotaxis in three Andean Cactaceae",
    "Foucault, archives and the colonial hospital in Lagos",
    "Chomsky hierarchies for zebra finch song",
    "Gaussian processes for smallholder maize yields",
    "Nash equilibria in university league-table gaming",
    "Curie temperatures of lunar basalts, measured again",
]
INSTS = ["University of Nairobi", "Universidad de Chile", "Jagiellonian University", "Monash University",
         "University of Ghana", "Universiti Malaya", "IIT Madras", "Ateneo de Manila University",
         "Stellenbosch University", "Universidade de Coimbra", "Boğaziçi University", "Aarhus University"]


@tpl("personal_submissions", "export_csv", "en")
def t_export_csv(c: Ctx) -> str:
    rows = []
    for k, p in enumerate(c.people(3)):
        title = TITLES[(c.i * 3 + k) % len(TITLES)]
        rows.append(f"JEH-2025-{c.num(100, 899):04d},\"{title}\",{p.western},{c.mail(p, UNI_DOMAINS + WEBMAIL)},"
                    f"{INSTS[(c.i * 3 + k) % len(INSTS)]},Awaiting Reviewer Scores,{c.num(61, 140)}")
    ask = c.one([
        ("Export from ScholarOne below. Which of these have sat in \"Awaiting Reviewer Scores\" for more than "
        "60 days? Draft a short chaser to each corresponding author saying we are still looking for a second "
        "reviewer."),
        ("Can you turn this ScholarOne export into a table sorted by days in status, and write one apology "
        "e-mail I can adapt for each author?"),
        "Our managing editor wants a one-paragraph update for each of these. Keep it warm, no promises on dates.",
    ])
    return block(ask, "", "Manuscript ID,Title,Corresponding Author,E-mail,Institution,Status,Days in Status",
                 *rows)


@tpl("personal_submissions", "author_block", "en")
def t_author_block(c: Ctx) -> str:
    p1, p2 = c.people(2)
    p3, a = c.resident()
    inst = c.one([("Department of Linguistics, University of Edinburgh", ("Max Planck Institute for "
                   "Psycholinguistics, Nijmegen"), "School of Education, Universidade de São Paulo"),
                  ("Niels Bohr Institute, University of Copenhagen", "Instituto Balseiro, Bariloche",
                   "Department of Physics, University of Cape Town"),
                  ("Centre for Medieval Studies, University of Toronto", "Warburg Institute, London",
                   "Faculty of History, University of Oxford")])
    return block(
        "Please format this author block for the title page in the journal's style: superscript numbers, "
        "corresponding author with an asterisk, ORCID iDs after the names.",
        "",
        f"Authors: {p1.western} (1,2), {p2.western} (1), {p3.western} (3)*",
        f"1 {inst[0]}",
        f"2 {inst[1]}",
        f"3 {inst[2]}",
        f"ORCID: {p1.western} 0000-000{c.num(1, 3)}-{c.num(1000, 9999)}-{c.num(1000, 9999)}; "
        f"{p3.western} 0000-0002-{c.num(1000, 9999)}-{c.num(1000, 9999)}",
        f"*Correspondence: {c.mail(p3, UNI_DOMAINS)}; tel. {c.phone(a.cc)}",
        f"Postal address for offprints: {a.one()}",
    )


@tpl("personal_submissions", "reviewer_decline", "en")
def t_reviewer_decline(c: Ctx) -> str:
    p1 = c.person(sex="f")
    p2, p3 = c.people(2)
    topic = c.one(["Kolmogorov complexity bounds for streaming sketches",
                   "A Noether-theorem view of conserved quantities in neural ODEs",
                   "Heckman corrections for attrition in panel surveys"])
    prior = c.one(["the Solomonoff prior", "Lagrangian mechanics", "the Roy model"])
    return block(
        "Draft a short thank-you to this reviewer and tell her we'll approach the colleague she suggested.",
        "",
        f"> From: {c.mail(p1, UNI_DOMAINS)}",
        f"> Subject: Re: Invitation to review MS-25-0{c.num(100, 999)} \"{topic}\"",
        ">",
        f"> Dear Dr {p2.t},",
        "> Thank you for thinking of me, but I'm on parental leave until March. You could try",
        f"> {p3.western}, who has written on exactly this with {prior} - {c.mail(p3, UNI_DOMAINS)}.",
        "> Best wishes,",
        f"> {p1.g}",
    )


@tpl("personal_submissions", "orcid_json", "en")
def t_orcid_json(c: Ctx) -> str:
    p = c.person()
    kw = c.one(['"Bayesian inference", "Gaussian processes"', '"Foucault", "history of medicine"',
                '"Vygotsky", "second-language acquisition"'])
    return block(
        "OJS keeps rejecting this ORCID record when the author tries to link her account. What's wrong with "
        "the JSON?",
        "```json",
        "{",
        f'  "orcid-identifier": {{"path": "0000-0001-{c.num(1000, 9999)}-{c.num(1000, 9999)}"}},',
        '  "person": {',
        f'    "name": {{"given-names": {{"value": "{p.g}"}}, "family-name": {{"value": "{p.f}"}}}},',
        f'    "emails": {{"email": [{{"email": "{c.mail(p, UNI_DOMAINS)}", "primary": true}}]}},',
        f'    "keywords": {{"keyword": [{kw},]}}',
        "  }",
        "}",
        "```",
    )


@tpl("personal_submissions", "ojs_access_log", "en")
def t_ojs_access_log(c: Ctx) -> str:
    p1, p2, p3 = c.people(3)
    h1 = PN(fold(p1.given)[0] + fold(p1.family.split()[-1]))
    h2 = PN(fold(p2.family.split()[-1]) + str(c.num(10, 99)))
    ip1, ip2 = IPS[(c.i * 2) % 6], IPS[(c.i * 2 + 1) % 6]
    return block(
        c.one([("We suspect a reviewer is also a co-author under a second account. Here is the OJS access log "
               "for submission 2291. Do the IPs point to the same person?"),
               "Can you read this access log and tell me whether the two accounts logged in from one address?",
               "Summarise this log for the ethics committee: who logged in when, from where."]),
        "",
        f"2025-03-02 09:14:07 INFO login ok user={h1} ({p1.western}) ip={mk('IP_ADDRESS', ip1)}",
        f"2025-03-02 09:16:40 INFO review.view submission=2291 user={h1} ip={mk('IP_ADDRESS', ip1)}",
        f"2025-03-04 21:03:11 INFO login ok user={h2} ({p2.western}) ip={mk('IP_ADDRESS', ip1)}",
        f"2025-03-04 21:05:52 INFO submission.upload file=revised_v2.docx user={h2} ip={mk('IP_ADDRESS', ip1)}",
        f"2025-03-05 08:30:19 INFO login ok user=editor ({p3.western}) ip={mk('IP_ADDRESS', ip2)}",
    )


@tpl("personal_submissions", "redaktion_de", "de")
def t_redaktion_de(c: Ctx) -> str:
    p, a = c.resident("de")
    p2 = c.person("de")
    art = "Autorin" if p.sex == "f" else "Autor"
    topic = c.one(["„Leibniz, Wolff und die Schulphilosophie in Halle“",
                   "„Humboldts Kosmos-Vorlesungen und ihr Publikum“",
                   "„Max Weber in Heidelberg: Briefe an Else Jaffé“"])
    return block(
        "Bitte formuliere eine freundliche Eingangsbestätigung für diesen Beitrag und frag nach, ob die "
        "Sonderdrucke an die Privatadresse gehen sollen.",
        "",
        f"Beitrag: {topic}",
        f"{art}: {p.n}",
        "Anschrift:",
        a.block(),
        f"Tel.: {c.phone(a.cc)}",
        f"E-Mail: {c.mail(p, ['web.de', 'gmx.de', 'posteo.de', 't-online.de'])}",
        f"Zweitgutachten: Prof. Dr. {p2.f} (angefragt)",
    )


@tpl("personal_submissions", "revue_fr", "fr")
def t_revue_fr(c: Ctx) -> str:
    p1, p2, p3 = c.people(3, "fr")
    art = "Autrice" if p1.sex == "f" else "Auteur"
    topic = c.one(["« Bourdieu à Alger : photographie et enquête (1958-1961) »",
                   "« Lire Montaigne avec Lévi-Strauss »",
                   "« Marc Bloch et la mémoire des Annales »"])
    return block(
        "Peux-tu rédiger la lettre de décision (révisions majeures) à partir de ces notes du comité de "
        "rédaction ?",
        "",
        f"Article n° 2025-{c.num(100, 199)} — {topic}",
        f"{art} : {p1.n} ({c.mail(p1, ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'])})",
        f"Rapport 1 ({p2.n}) : très favorable, demande de mieux situer le texte par rapport à Lévi-Strauss.",
        f"Rapport 2 ({p3.n}) : réservé, corpus trop étroit ; relire Foucault sur l'archive.",
        "Décision du comité du 12 mai : révisions majeures, délai de trois mois.",
    )


@tpl("personal_submissions", "editor_chat_lower", "en", case="lower")
def t_editor_chat_lower(c: Ctx) -> str:
    p1 = c.person(sex="f")
    p2, p3, p4 = c.people(3)
    paper = c.one(["the hopf algebra paper", "the bourbaki history piece", "the markov chain mixing one"])
    return (f"quick q - reviewer 2 on {paper} is {p1.western} again, she has reviewed 3 of our last 4 "
            f"submissions from {p2.t}'s group. is it ok to ask {p3.western} instead? email is "
            f"{c.mail(p3, UNI_DOMAINS)}. handling editor is {p4.g}, he said fine by him")


@tpl("personal_submissions", "zuozhe_zh", "zh")
def t_zuozhe_zh(c: Ctx) -> str:
    p1, p2 = c.people(2, "zh")
    p3, a = c.resident("zh")
    cn = ["163.com", "qq.com", "126.com", "sina.com"]
    topic = c.one(["《钱穆与〈国史大纲〉的史学方法》", "《华罗庚与中国数论学派的形成》",
                   "《竺可桢物候观测记录的再分析》"])
    return block(
        "请把下面三位作者的信息整理成表格（姓名、单位、手机、邮箱），通讯作者标星号。",
        "",
        f"稿件题目：{topic}",
        f"第一作者：{p1.n}，北京大学历史学系，手机 {c.phone('CN')}，邮箱 {c.mail(p1, cn)}",
        f"第二作者：{p2.n}，复旦大学中文系，邮箱 {c.mail(p2, cn)}",
        f"通讯作者：{p3.n}，浙江大学人文学院，手机 {c.phone('CN')}",
        f"通讯地址：{a.block(' ')}",
    )


@tpl("personal_submissions", "satoku_ja", "ja")
def t_satoku_ja(c: Ctx) -> str:
    p1, a = c.resident("ja")
    p2 = c.person("ja")
    topic = c.one(["「湯川秀樹の中間子論と戦後日本の素粒子物理学」", "「南方熊楠の粘菌研究と書簡ネットワーク」",
                   "「和辻哲郎『風土』の英訳をめぐって」"])
    return block(
        "以下の内容で、査読をお願いするメールを丁寧な日本語で作成してください。",
        "",
        f"宛先：{p1.n} 先生（京都大学文学研究科）",
        f"メール：{c.mail(p1, ['kyoto-u.ac.jp', 'gmail.com', 'yahoo.co.jp'])}",
        f"電話：{c.phone('JP')}",
        f"原稿の郵送先：{a.block(' ')}",
        f"論文：{topic}",
        "締切：2025年7月31日",
        f"編集委員長：{p2.n}",
    )


# =============================================================================================
# personal_conference: registration desks, badges, rooming lists, visa letters, payments
# =============================================================================================

NATIONALITY = {"NG": "Nigerian", "GH": "Ghanaian", "KE": "Kenyan", "IN": "Indian", "PH": "Filipino",
               "ID": "Indonesian", "MX": "Mexican", "CO": "Colombian", "BR": "Brazilian", "TR": "Turkish",
               "ZA": "South African", "GE": "Georgian", "MY": "Malaysian", "AR": "Argentine",
               "JP": "Japanese"}
DIET = ["vegetarian", "halal", "none", "vegan", "gluten-free", "no pork", "none", "kosher"]


@tpl("personal_conference", "badges_tsv", "en")
def t_badges_tsv(c: Ctx) -> str:
    ps = c.people(4)
    roles = ["Speaker", "Delegate", "Student volunteer", "Session chair"]
    lines = []
    for k, p in enumerate(ps):
        name = p.caps_first if k % 2 == 0 else p.western
        lines.append(f"{name}\t{INSTS[(c.i + k * 5) % len(INSTS)]}\t{roles[k]}\t{DIET[(c.i * 4 + k) % len(DIET)]}")
    return block(
        c.one([("The badge printer wants first and last names in separate columns. Split these (some surnames "
               "come first, some have particles) and keep the tabs:"),
               "Make these badge rows consistent: Given name then SURNAME, and sort by surname. Tab-separated.",
               "Which of these delegates need a special meal? Then turn the list into badge text."]),
        "",
        "Name\tAffiliation\tRole\tDietary",
        *lines,
    )


@tpl("personal_conference", "rooming_list", "en")
def t_rooming_list(c: Ctx) -> str:
    p1, p2, p3, p4 = c.people(4)
    ws = c.one(["Fields Institute workshop", "Gordon Research Conference", "Oberwolfach mini-workshop"])
    return block(
        f"Hotel sent this rooming list for the {ws}. Two people are listed twice and one sharing request "
        "is missing. Can you fix it and give me a clean version?",
        "",
        "Guest;Arrival;Departure;Room;Sharing with;Mobile",
        f"{p1.western};14/07;18/07;Twin;{p2.western};{c.phone(p1.cc)}",
        f"{p2.western};14/07;18/07;Twin;{p1.western};{c.phone(p2.cc)}",
        f"{p3.western};15/07;18/07;Single;;{c.phone(p3.cc)}",
        f"{p3.western};15/07;18/07;Single;;{c.phone(p3.cc)}",
        f"{p4.western};13/07;19/07;Double;;",
    )


@tpl("personal_conference", "visa_letter", "en")
def t_visa_letter(c: Ctx) -> str:
    p, a = c.resident(ccs=tuple(NATIONALITY))
    conf = c.one([("ICALP 2025", "Aarhus", "Danish"), ("the ISA World Congress of Sociology", "Rabat",
                                                      "Moroccan"), ("ECML PKDD 2025", "Porto", "Portuguese")])
    return block(
        f"Draft the visa-support letter for the {conf[2]} consulate from these details. Conference: {conf[0]}, "
        f"{conf[1]}. Keep it to one page and say we do not cover travel costs.",
        "",
        f"Full name (as in passport): {p.western}",
        f"Date of birth: {c.dob(c.one(['en', 'dmy/', 'en_short']))}",
        f"Nationality: {NATIONALITY[a.cc]}",
        f"Passport no.: {c.passport(a.cc)}",
        f"Home address: {a.one()}",
        f"Phone: {c.phone(a.cc)}",
        f"Paper: \"{TITLES[(c.i + 4) % len(TITLES)]}\" (accepted, presenting author)",
    )


@tpl("personal_conference", "payment_log", "en")
def t_payment_log(c: Ctx) -> str:
    p1 = c.person(sex="f")
    p2, p3 = c.people(2)
    card = mk("CREDIT_CARD", CARDS[c.i % len(CARDS)])
    n = c.num(40100, 40900)
    return block(
        "A delegate says she was charged twice for the conference registration. Here's the payment log. Which "
        "rows are duplicates and how much should we refund?",
        "",
        "txn_id | time | name | card | amount | status",
        f"{n} | 2025-04-02 10:14 | {p1.western} | {card} | EUR 420.00 | captured",
        f"{n + 3} | 2025-04-02 10:16 | {p1.western} | {card} | EUR 420.00 | captured",
        f"{n + 7} | 2025-04-02 10:31 | {p2.western} | **** 4410 | EUR 210.00 | captured",
        f"{n + 9} | 2025-04-02 11:02 | {p3.western} | **** 0087 | EUR 420.00 | declined",
    )


@tpl("personal_conference", "desk_whatsapp_lower", "en", case="lower")
def t_desk_whatsapp_lower(c: Ctx) -> str:
    p1, p2, p4 = c.people(3)
    p3 = c.person(sex="f")
    p5 = c.person()
    room = c.one(["the turing lecture theatre", "the maxwell room", "the ada lovelace foyer"])
    return block(
        "summarise this for the registration lead pls, just the open issues",
        f"[08:52] {p1.g}: who has the lanyards for the plenery",
        f"[08:53] {p2.g}: me, at the desk next to {room}",
        f"[08:55] {p1.g}: ok. {p3.western} is here, says she paid but she's not on the list",
        f"[08:56] {p2.g}: her number is {c.phone(p3.cc)} can someone call her back",
        f"[08:58] {p4.g}: found her, she was booked under {p5.western}'s group invoice",
    )


@tpl("personal_conference", "anmeldung_de", "de")
def t_anmeldung_de(c: Ctx) -> str:
    p, a = c.resident("de")
    tag = c.one(["die Jahrestagung der Gesellschaft für Wissenschaftsgeschichte", "den Leibniz-Kongress in Hannover",
                 "die Online-Tagung „Kant und die Aufklärung“"])
    return block(
        f"Kannst du diese Anmeldung für {tag} in das Format unserer Teilnehmerliste bringen "
        "(Nachname;Vorname;Ort;Telefon;Essen)?",
        "",
        f"Name: {p.n}",
        "Institution: Universität Tübingen, Philosophisches Seminar",
        "Privatanschrift:",
        a.block(),
        f"Telefon: {c.phone(a.cc)}",
        "Essen: vegetarisch",
        f"Rechnung an: Lehrstuhl Prof. Dr. {c.person('de').f}",
        "Sonstiges: Ich bringe meine Tochter mit, gibt es am Samstag eine Kinderbetreuung?",
    )


@tpl("personal_conference", "ayuda_viaje_es", "es", case="lower")
def t_ayuda_viaje_es(c: Ctx) -> str:
    name, _dob, dni, iban = BUNDLES["es"][c.i]
    p = c.named(name)
    return block(
        "Responde a este mensaje de un miembro de la asociación, en tono cordial:",
        "",
        f"hola, soy {p.n}, me habéis concedido la ayuda de viaje para el congreso de la AIH en Salamanca pero "
        f"en el formulario puse mal el iban. el bueno es {IB(iban)}. mi dni es {NID(dni)} por si lo "
        f"necesitáis. ¿llega a tiempo para el pago de junio? mi móvil es {c.phone('ES')}. gracias!!",
    )


@tpl("personal_conference", "viza_ru", "ru")
def t_viza_ru(c: Ctx) -> str:
    p, a = c.resident("ru")
    pas = ["75 4182273", "76 0931846", "75 2219074"][c.i]
    conf = c.one(["конференции ESHS в Вене", "школы по теории чисел имени Эйлера в Берлине",
                  "конгресса ICM в Филадельфии"])
    return block(
        f"Помоги, пожалуйста, заполнить запрос на визовую поддержку для {conf}. Данные участника:",
        "",
        f"ФИО: {p.n}",
        f"Дата рождения: {c.dob('dmy.')}",
        f"Загранпаспорт: {NID(pas)}",
        f"Адрес проживания: {a.one()}",
        f"Телефон: {c.phone('RU')}",
        f"E-mail: {c.mail(p, ['yandex.ru', 'mail.ru', 'rambler.ru'])}",
        f"Запрос направляет: учёный секретарь института {c.person('ru').n}",
    )


@tpl("personal_conference", "deungrok_ko", "ko")
def t_deungrok_ko(c: Ctx) -> str:
    p1, p2 = c.people(2, "ko")
    p3, a = c.resident("ko")
    kr = ["naver.com", "daum.net", "snu.ac.kr", "korea.ac.kr"]
    e1 = c.mail(p1, kr)
    ph1 = c.phone("KR")
    return block(
        "학회 등록 명단을 정리해 주세요. 이름, 소속, 연락처, 이메일 순서의 표로 만들고 중복은 빼 주세요.",
        "",
        f"1. {p1.n} / 서울대학교 언어학과 / {ph1} / {e1}",
        f"2. {p2.n} / 고려대학교 국어국문학과 / {c.phone('KR')} / {c.mail(p2, kr)}",
        f"3. {p1.n} / 서울대 언어학과 / {ph1} / {e1}",
        f"4. {p3.n} / KAIST 인문사회과학부 / - / {c.mail(p3, kr)} / 자료집 배송: {a.block(' ')}",
        "※ 세종대왕기념사업회 후원 세션 참석자는 따로 표시해 주세요.",
    )


@tpl("personal_conference", "shuttle_caps", "en", case="upper")
def t_shuttle_caps(c: Ctx) -> str:
    p1, p2, p3, p4 = c.people(4)
    return block(
        "Please make this less shouty and turn it into a table for the volunteers:",
        "",
        f"AIRPORT SHUTTLE - SATURDAY {c.one(['14', '21', '28'])} JUNE - MEET AT ARRIVALS, DOOR B",
        f"FLIGHT LH 1404 (09:40): {p1.western}, {p2.western}",
        f"FLIGHT KL 1175 (11:15): {p3.western}",
        f"IF ANYONE IS MISSING CALL {p4.g} ON {c.phone(p4.cc)}",
    )


# =============================================================================================
# personal_admissions: doctoral admissions, scholarships, fellowships, references
# =============================================================================================

@tpl("personal_admissions", "applicant_json", "en")
def t_applicant_json(c: Ctx) -> str:
    p, a = c.resident()
    r1, r2 = c.people(2)
    prog = c.one(["PhD History and Philosophy of Science", "DPhil Computer Science", "PhD Linguistics"])
    fund = c.one(["Rhodes Scholarship (applied)", "Fulbright Foreign Student Program", "self-funded"])
    return block(
        "Our admissions portal export breaks the CRM import. Validate this JSON and tell me which field doesn't "
        "match the schema (dob must be ISO 8601).",
        "{",
        f'  "applicant_id": "PGR-2025-0{c.num(1000, 9999)}",',
        f'  "programme": "{prog}",',
        f'  "first_name": "{p.g}",',
        f'  "last_name": "{p.f}",',
        f'  "dob": "{c.dob("dmy/")}",',
        f'  "email": "{c.mail(p, WEBMAIL)}",',
        f'  "phone": "{c.phone(a.cc)}",',
        f'  "address": "{a.one()}",',
        f'  "referees": ["{r1.western}", "{r2.western}"],',
        f'  "funding": "{fund}"',
        "}",
    )


@tpl("personal_admissions", "reference_letter", "en")
def t_reference_letter(c: Ctx) -> str:
    p = c.person()
    r = c.person()
    he, his = ("she", "her") if p.sex == "f" else ("he", "his")
    topic = c.one([("DPhil in Mathematics at Oxford", "the Riemann zeta function", "a lemma in Titchmarsh"),
                   ("PhD in Economics at the LSE", "Nash bargaining in marriage markets", "an argument of Becker's"),
                   ("PhD in Psychology at Geneva", "Piaget's conservation tasks", "a 1941 result of Piaget's")])
    return block(
        "Can you tighten this reference to under 250 words without losing the specifics?",
        "",
        "Dear Admissions Committee,",
        f"I am delighted to recommend {p.western} for the {topic[0]}. I supervised {his} master's thesis on "
        f"{topic[1]} in 2023-24. {p.g} found a cleaner proof of {topic[2]}, and {he} presented it at our "
        f"seminar with real poise. In twenty years I have had perhaps three students like {p.g}.",
        "Yours faithfully,",
        r.western,
        f"Professor, {INSTS[(c.i + 7) % len(INSTS)]}",
        f"{c.mail(r, UNI_DOMAINS)} | {c.phone(r.cc)}",
    )


@tpl("personal_admissions", "committee_minutes", "en")
def t_committee_minutes(c: Ctx) -> str:
    c1, c2, c3 = c.people(3)
    m1, m2, m3 = c.people(3)
    award = c.one(["Leverhulme Doctoral Scholarships", "Marie Skłodowska-Curie Doctoral Network places",
                   "departmental Newton studentships"])
    return block(
        "Turn these minutes into a short decision e-mail to the chair. Candidates must not see the scores.",
        "",
        f"{award} - shortlisting, 3 February",
        "| Rank | Candidate | Project | Score | Notes |",
        "|---|---|---|---|---|",
        f"| 1 | {c1.western} | Bayesian phylogenetics of Bantu languages | 9.1 | strong references |",
        f"| 2 | {c2.western} | Gödel and the Wittgenstein Nachlass | 8.7 | interview by Zoom |",
        f"| 3 | {c3.western} | Euler's letters to Goldbach, a new edition | 7.9 | reserve |",
        "",
        f"Present: {m1.western} (chair), {m2.western}, {m3.western}. {m2.t} declared a conflict for candidate 2 "
        "and left the room.",
    )


@tpl("personal_admissions", "stypendium_pl", "pl")
def t_stypendium_pl(c: Ctx) -> str:
    name, dob, pesel, iban = BUNDLES["pl"][c.i]
    p = c.named(name)
    a = c.addr("pl")
    prom = c.person("pl", sex="m", senior=True)
    kto = "doktorantki" if p.sex == "f" else "doktoranta"
    temat = c.one(["„Twierdzenie Banacha–Tarskiego w ujęciu konstruktywnym”",
                   "„Kopernik i astronomia krakowska XV wieku”",
                   "„Skłodowska-Curie w korespondencji z Einsteinem”"])
    return block(
        f"Sprawdź, proszę, czy ten wniosek o stypendium jest kompletny, i napisz krótką odpowiedź do {kto}.",
        "",
        f"Imię i nazwisko: {p.n}",
        f"PESEL: {NID(pesel)}",
        f"Data urodzenia: {mk('DATE_OF_BIRTH', fmt_date(dob, 'dmy.'))}",
        f"Adres zamieszkania: {a.one()}",
        f"Telefon: {c.phone('PL')}",
        f"Nr rachunku: {IB(iban)}",
        f"Promotor: prof. dr hab. {prom.n}",
        f"Temat rozprawy: {temat}",
    )


@tpl("personal_admissions", "fellowship_hi", "hi")
def t_fellowship_hi(c: Ctx) -> str:
    name, dob, aadhaar, _ = BUNDLES["hi"][c.i]
    p = c.named(name)
    a = c.addr("hi")
    guide = c.person("hi", senior=True)
    topic = c.one(["रामानुजन के मॉक थीटा फ़ंक्शन और उनके आधुनिक अनुप्रयोग",
                   "सी. वी. रमन के प्रकीर्णन प्रयोगों का इतिहास",
                   "आर्यभट और भास्कराचार्य की गणना पद्धतियाँ"])
    return block(
        "कृपया इस फ़ेलोशिप आवेदन का सार अंग्रेज़ी में तीन पंक्तियों में लिखिए और बताइए कि कौन-सा दस्तावेज़ बाकी है।",
        "",
        f"नाम: {p.n}",
        f"जन्म तिथि: {mk('DATE_OF_BIRTH', fmt_date(dob, 'dmy/'))}",
        f"आधार संख्या: {NID(aadhaar)}",
        f"पता: {a.one()}",
        f"मोबाइल: {c.phone('IN')}",
        f"शोध विषय: {topic}",
        f"मार्गदर्शक: डॉ. {guide.n}",
    )


@tpl("personal_admissions", "contrat_doctoral_fr", "fr")
def t_contrat_doctoral_fr(c: Ctx) -> str:
    name, dob, nir, _ = BUNDLES["fr"][c.i]
    p = c.named(name)
    a = c.addr("fr")
    d = c.person("fr", senior=True)
    ne = "Née le" if p.sex == "f" else "Né le"
    ed = c.one(["ED 188 « Histoire, territoires, patrimoines »", ("ED 386 « Sciences mathématiques de Paris "
                "Centre »"), "ED 540 « Lettres, arts, sciences humaines et sociales »"])
    return block(
        "Peux-tu vérifier que ce dossier de contrat doctoral est complet avant l'envoi à la DRH ? Liste ce qui "
        "manque.",
        "",
        f"Nom : {PN(p.family.upper())}",
        f"Prénom : {p.g}",
        f"{ne} : {mk('DATE_OF_BIRTH', fmt_date(dob, 'dmy/'))}",
        f"N° de sécurité sociale : {NID(nir)}",
        f"Adresse : {a.one()}",
        f"Tél. : {c.phone('FR')}",
        f"École doctorale : {ed}",
        f"Direction de thèse : {d.n}",
        "Financement : contrat doctoral (bourse Marie Curie refusée)",
    )


@tpl("personal_admissions", "bolsa_pt", "pt", case="lower")
def t_bolsa_pt(c: Ctx) -> str:
    name, dob, cpf, _ = BUNDLES["pt"][c.i]
    p = c.named(name)
    a = c.addr("pt")
    o = c.person("pt", senior=True)
    quem = "esta candidata" if p.sex == "f" else "este candidato"
    return block(
        f"Oi! Preciso responder {quem} à bolsa CAPES de doutorado. Os dados vieram assim, pode organizar "
        "numa tabela e dizer o que falta?",
        "",
        f"nome: {p.n}",
        f"CPF: {NID(cpf)}",
        f"nascimento: {mk('DATE_OF_BIRTH', fmt_date(dob, 'dmy/'))}",
        f"endereço: {a.one()}",
        f"celular: {c.phone('BR')}",
        f"orientador(a): Prof. {o.n}",
        "Currículo Lattes: atualizado em março; projeto sobre Paulo Freire e a pedagogia do oprimido",
    )


@tpl("personal_admissions", "applicant_chat_lower", "en", case="lower")
def t_applicant_chat_lower(c: Ctx) -> str:
    p, s = c.people(2)
    prog = c.one(["phd in linguistics", "mphil in history of science", "phd in applied maths"])
    return block(
        "draft a reply to this applicant, keep it short:",
        "",
        f"hi, my name is {p.western}, i applied for the {prog} (ref pgr-25-0{c.num(1000, 9999)}) and got an "
        f"email saying my ielts wasnt recieved but i uploaded it on the 3rd?? my email on the portal is "
        f"{c.mail(p, WEBMAIL)}, phone {c.phone(p.cc)}. my supervisor would be dr {s.t} if that helps",
    )


@tpl("personal_admissions", "minha_ar", "ar")
def t_minha_ar(c: Ctx) -> str:
    p, a = c.resident("ar")
    who_ = "المتقدمة" if p.sex == "f" else "المتقدم"
    topic = c.one(["ابن الهيثم وكتاب المناظر", "الخوارزمي وأصول علم الجبر", "ابن خلدون والمقدمة"])
    return block(
        f"من فضلك اكتب ردًا رسميًا على طلب المنحة التالي وأخبر {who_} بأن آخر موعد لرسائل التوصية هو ٣٠ يونيو.",
        "",
        f"الاسم: {p.n}",
        f"تاريخ الميلاد: {c.dob('dmy/')}",
        f"العنوان: {a.one('، ')}",
        f"الهاتف: {c.phone(a.cc)}",
        f"البريد الإلكتروني: {c.mail(p, ['gmail.com', 'hotmail.com', 'yahoo.fr'])}",
        f"البرنامج: دكتوراه في تاريخ العلوم، أطروحة عن {topic}",
    )


@tpl("personal_admissions", "interview_schedule", "en", n=2)
def t_interview_schedule(c: Ctx) -> str:
    c1 = c.person()
    c2 = c.person(sex="f")
    c3 = c.person()
    m1, m2, m3 = c.people(3)
    return block(
        "Can you check this interview schedule for clashes? Every panel needs two members and nobody should "
        "interview a candidate from their own lab.",
        "",
        "| Time | Candidate | Panel | Room |",
        "|---|---|---|---|",
        f"| 09:00 | {c1.western} | {m1.western}, {m2.western} | Room A |",
        f"| 09:45 | {c2.western} | {m1.western}, {m3.western} | Room A |",
        f"| 10:30 | {c3.western} | {m2.western} | Zoom |",
        "",
        f"Note: {c2.g} did her MSc in {m3.t}'s lab.",
    )


# =============================================================================================
# personal_supervision: supervisors, examiners, vivas, extensions, defences
# =============================================================================================

@tpl("personal_supervision", "viva_arrangements", "en")
def t_viva_arrangements(c: Ctx) -> str:
    p1, p2, p4 = c.people(3)
    p3, a = c.resident(sex="f")
    room = c.one(["Room G.07, Darwin Building", "the Rutherford Room", "Seminar Room 2, Hume Tower"])
    return block(
        "Please draft the confirmation e-mail for this viva, plus a separate note to the external examiner "
        "asking whether she'd like the hard copy posted to her home address.",
        "",
        f"Candidate: {p1.western}",
        f"Thesis: \"{TITLES[(c.i + 6) % len(TITLES)]}\"",
        f"Internal examiner: Dr {p2.western}",
        f"External examiner: Professor {p3.western} ({INSTS[(c.i + 2) % len(INSTS)]})",
        f"Independent chair: {p4.western}",
        f"Date: Thursday 12 June, 14:00, {room}",
        "Hard copy to:",
        a.block(),
    )


@tpl("personal_supervision", "examiner_fee_claim", "en")
def t_examiner_fee_claim(c: Ctx) -> str:
    p, a = c.resident(ccs=("GB", "IE"))
    cand = c.person()
    iban = IBANS_INTL["IE"][0] if a.cc == "IE" else IBANS_INTL["GB"][c.i % 2]
    return block(
        "Finance bounced this external examiner fee claim. Can you spot what's missing or wrong?",
        "",
        "EXTERNAL EXAMINER FEE CLAIM - DOCTORAL VIVA",
        f"Name: {p.western}",
        "Home address:",
        a.block("\n", "  "),
        f"National Insurance no.: {NID(NINOS[c.i])}",
        f"Bank (IBAN): {IB(iban)}",
        "Fee: £200.00; rail travel: £94.60 (receipt attached)",
        f"Candidate examined: {cand.western}",
        f"Signed: {p.western}      Date: 04/06/2025",
    )


@tpl("personal_supervision", "extension_medical", "en")
def t_extension_medical(c: Ctx) -> str:
    p = c.person()
    gp = c.person()
    hosp = c.one(["the John Radcliffe Hospital", "Addenbrooke's", "the Royal Victoria Infirmary"])
    return block(
        "Help me word an extension request to the Graduate School. My GP's note is below - I don't want to "
        "share more than I need to, which bits should I leave out?",
        "",
        "--- note ---",
        f"Re: {p.western}, DOB {c.dob('dmy/')}, NHS no. {NID(NHS_NUMBERS[c.i])}, "
        f"hospital no. {mk('MEDICAL_RECORD_NUMBER', MRNS[c.i])}",
        f"This patient has been under our care since January and was admitted to {hosp} for four days in "
        "February. In my opinion they are unfit for full-time study for a further six weeks.",
        f"Dr {gp.t}, The Surgery, Station Road",
    )


@tpl("personal_supervision", "supervision_notes_lower", "en", case="lower")
def t_supervision_notes_lower(c: Ctx) -> str:
    s = c.person(sex="f")
    co, hod = c.people(2)
    topic = c.one(["the hardy-weinberg deviations", "the kaplan-meier curves", "the fisher exact tests"])
    return block(
        "tidy these supervision notes into a proper record with actions and dates:",
        "",
        f"supervision w/ {s.g} 3 march",
        f"- ch3 draft in, the bit on {topic} needs redoing",
        f"- {s.g} wants to add {co.western} as co-supervisor, told her to ask {hod.western} first",
        "- she's presenting at the galton institute meeting in may, needs seperate travel money from the rtsg",
        "- next meeting 17 march, my office",
    )


@tpl("personal_supervision", "disputation_sv", "sv")
def t_disputation_sv(c: Ctx) -> str:
    name, _dob, pnr, _ = BUNDLES["sv"][c.i]
    opp = c.named(name)
    a = c.addr("sv")
    r = c.person("sv", senior=True)
    m1, m2 = c.people(2)
    sal = c.one(["Häggsalen, Ångströmlaboratoriet", "Celsiussalen", "Linnésalen"])
    return block(
        "Kan du skriva ett kort mejl till opponenten med praktisk information? Kolla också att uppgifterna "
        "för arvodet är kompletta.",
        "",
        f"Disputation: fredag 23 maj kl. 13.15, {sal}",
        f"Respondent: {r.n}",
        f"Opponent: {opp.n}, personnummer {NID(pnr)}",
        f"Adress: {a.one()}",
        f"Mobil: {c.phone('SE')}",
        f"Betygsnämnd: {m1.western}, {m2.western} och en ledamot till (ej klart)",
    )


@tpl("personal_supervision", "promotie_nl", "nl")
def t_promotie_nl(c: Ctx) -> str:
    name, _dob, bsn, iban = BUNDLES["nl"][c.i]
    lid = c.named(name)
    a = c.addr("nl")
    cand, pa1, pa2 = c.people(3, "nl", senior=True)
    boek = c.one(["„Huygens, Spinoza en de lenzen van Voorburg”", "„Erasmus in Leuven: brieven en drukkers”",
                  "„Lorentz, Einstein en de Leidse natuurkunde”"])
    return block(
        "Kun je de gegevens voor de vergoeding van dit commissielid controleren en een korte bevestigingsmail "
        "opstellen?",
        "",
        f"Promotie: {cand.n}, dinsdag 10 juni, 12.30 uur, Academiegebouw",
        f"Proefschrift: {boek}",
        f"Commissielid: {lid.n}",
        f"BSN: {NID(bsn)}",
        f"IBAN: {IB(iban)}",
        f"Adres: {a.one()}",
        f"Paranimfen: {pa1.n} ({c.phone('NL')}) en {pa2.n}",
    )


@tpl("personal_supervision", "tez_juri_tr", "tr")
def t_tez_juri_tr(c: Ctx) -> str:
    name, _dob, tckn, iban = BUNDLES["tr"][c.i]
    j = c.named(name)
    a = c.addr("tr")
    s = c.person("tr", senior=True)
    tez = c.one(["“Cahit Arf'ın değişmezleri ve kuadratik formlar”", "“Piri Reis haritasının kartografik analizi”",
                 "“Uluğ Bey zîci ve Semerkant rasathanesi”"])
    return block(
        "Aşağıdaki jüri üyesinin yolluk ödemesi için bilgileri kontrol eder misin? Eksik bir şey var mı?",
        "",
        f"Tez savunması: {s.n} - {tez}",
        "Tarih: 18 Haziran 2025, 10.00, Senato Salonu",
        f"Jüri üyesi: Prof. Dr. {j.n}",
        f"T.C. Kimlik No: {NID(tckn)}",
        f"IBAN: {IB(iban)}",
        f"Adres: {a.one()}",
        f"Cep: {c.phone('TR')}",
    )


@tpl("personal_supervision", "esame_finale_it", "it")
def t_esame_finale_it(c: Ctx) -> str:
    name, dob, cf, _ = BUNDLES["it"][c.i]
    p = c.named(name)
    a = c.addr("it")
    m1 = c.person("it", sex="m", senior=True)
    m2 = c.person("it", sex="f", senior=True)
    cand, nata = ("Candidata", "nata") if p.sex == "f" else ("Candidato", "nato")
    tesi = c.one(["“Fibonacci e il Liber Abaci nella Pisa del Duecento”",
                  "“Volta, Galvani e la controversia sull'elettricità animale”",
                  "“Maria Montessori e la psicologia sperimentale a Roma”"])
    return block(
        "Mi aiuti a scrivere la convocazione per l'esame finale di dottorato? I dati sono qui sotto.",
        "",
        f"{cand}: {p.n}, codice fiscale {NID(cf)}, {nata} il {mk('DATE_OF_BIRTH', fmt_date(dob, 'dmy/'))}",
        f"Tesi: {tesi}",
        f"Commissione: prof. {m1.n}, prof.ssa {m2.n} e un membro esterno da Bologna",
        "Data: 9 luglio, ore 10, Aula Galileo Galilei",
        f"Recapito: {a.one()}, cell. {c.phone('IT')}",
    )


@tpl("personal_supervision", "diplomatiki_el", "el")
def t_diplomatiki_el(c: Ctx) -> str:
    s = c.person("el", sex="f")
    a = c.addr("el")
    m1 = c.person("el", sex="m")
    m2, m3 = c.people(2, "el")
    thema = c.one(["«Η μέθοδος της εξάντλησης από τον Εύδοξο στον Αρχιμήδη»",
                   "«Ο Αριστοτέλης και η βιολογία της Λέσβου»", "«Η θεωρία αριθμών του Διόφαντου»"])
    return block(
        "Μπορείς να γράψεις ένα σύντομο email προς την τριμελή επιτροπή για την ημερομηνία της παρουσίασης;",
        "",
        f"Φοιτήτρια: {s.n}",
        f"Επιβλέπων: κ. {m1.n}",
        f"Μέλη επιτροπής: {m2.n}, {m3.n}",
        f"Θέμα: {thema}",
        f"Τηλέφωνο φοιτήτριας: {c.phone('GR')}",
        f"Διεύθυνση: {a.one()}",
        f"Email: {c.mail(s, ['gmail.com', 'uoa.gr', 'yahoo.gr'])}",
    )


# =============================================================================================
# personal_exchange: visiting scholars, language schools, exchange programmes, alumni
# =============================================================================================

@tpl("personal_exchange", "visiting_scholar_form", "en")
def t_visiting_scholar_form(c: Ctx) -> str:
    p, home = c.resident(ccs=tuple(NATIONALITY))
    local = c.addr(cc="US")
    host, ec = c.people(2)
    prog = c.one(["Fulbright Visiting Scholar", "Humboldt Research Fellow", "Newton International Fellow"])
    return block(
        "Turn this intake form into a welcome e-mail from the Visiting Scholars Office (library card, IT "
        "account, housing). Leave the passport details out of the e-mail.",
        "",
        "VISITING SCHOLAR REGISTRATION",
        f"Name: {p.western}",
        f"Programme: {prog}, 1 Sept 2025 - 28 Feb 2026",
        f"Host: Prof. {host.western}, Department of Anthropology",
        f"Date of birth: {c.dob('en_short')}",
        f"Passport: {c.passport(home.cc)}",
        f"Home address: {home.one()}",
        f"Local address: {local.one()}",
        f"Emergency contact: {ec.western}, {c.phone(ec.cc)}",
    )


@tpl("personal_exchange", "host_family", "en")
def t_host_family(c: Ctx) -> str:
    s = c.person(sex="f", not_cc=("GB", "IE", "AU", "NZ", "CA", "US"))
    h1, a = c.resident(ccs=("GB", "IE", "AU", "NZ", "CA"))
    h2 = c.person(cc=a.cc)
    course = c.one(["General English + Cambridge C1 Advanced", "IELTS preparation (4 weeks)",
                    "English for Academic Purposes, pre-sessional"])
    return block(
        "Please write a short welcome message to the student introducing her host family, and a separate "
        "reminder to the family about the airport pick-up.",
        "",
        f"Student: {s.western}, 17, arriving Sunday 6 July, course: {course}",
        f"Host family: {h1.western} and {h2.western}",
        "Address:",
        a.block(),
        f"Home phone: {c.phone(a.cc)}",
        "Notes: two cats; 20 minutes' walk to the school; no smoking in the house.",
    )


@tpl("personal_exchange", "erasmus_es", "es")
def t_erasmus_es(c: Ctx) -> str:
    p, a = c.resident("es")
    coord = c.person("es")
    prof = c.person("it", sex="f")
    asig = c.one(["«Storia della scienza: da Galileo a Newton»", "«Filosofia del linguaggio: Frege e Wittgenstein»",
                  "«Economia politica: da Adam Smith a Keynes»"])
    return block(
        f"¿Me ayudas a contestar a {'esta' if p.sex == 'f' else 'este'} estudiante? Es sobre su Learning "
        "Agreement de Erasmus+.",
        "",
        f"> De: {p.n} <{c.mail(p, ['gmail.com', 'ucm.es', 'usal.es', 'hotmail.es'])}>",
        "> Asunto: cambio de asignaturas - Università di Bologna",
        f"> Hola, {coord.g}: la asignatura {asig} se me solapa con el curso de italiano. ¿Puedo cambiarla por",
        f"> «Logica» con la profesora {prof.n}? Si hace falta me llamáis al {c.phone('ES')}. El certificado en",
        f"> papel mandadlo a casa de mis padres: {a.one()}. ¡Gracias!",
    )


@tpl("personal_exchange", "alumni_yaml", "en")
def t_alumni_yaml(c: Ctx) -> str:
    p, a = c.resident()
    n = c.num(10000, 89999)
    return block(
        "Two alumni records exported from Raiser's Edge to YAML. Are they the same person? If so merge them "
        "and keep the newest contact details.",
        "```yaml",
        f"- id: AL-{n}",
        f"  name: {p.western}",
        "  class_year: 2009",
        "  degree: MPhil Economics",
        f"  email: {c.mail(p, WEBMAIL)}",
        f"  address: \"{a.one()}\"",
        f"- id: AL-{n + 4127}",
        f"  name: \"{p.f}, {p.g}\"",
        "  class_year: 2009",
        f"  email: {c.mail(p, UNI_DOMAINS)}",
        f"  phone: \"{c.phone(a.cc)}\"",
        "  notes: \"gave to the Keynes Fund 2019; Adam Smith dinner 2023\"",
        "```",
    )


@tpl("personal_exchange", "scholars_at_risk_uk", "uk")
def t_scholars_at_risk_uk(c: Ctx) -> str:
    p, a = c.resident("uk")
    pos = "доцентка" if p.sex == "f" else "доцент"
    nauk = "науковиці" if p.sex == "f" else "науковця"
    tema = c.one(["«Михайло Грушевський і львівська історична школа»", "«Вернадський і ноосфера: листування»",
                  "«Остроградський і варіаційне числення»"])
    return block(
        f"Допоможіть скласти лист підтримки для програми Scholars at Risk (англійською). Дані {nauk}:",
        "",
        f"ПІБ: {PN(p.family + ' ' + p.given)}",
        f"Посада: {pos} кафедри історії, Національний університет «Острозька академія»",
        f"Адреса: {a.one()}",
        f"Телефон: {c.phone('UA')}",
        f"Email: {c.mail(p, ['ukr.net', 'gmail.com', 'i.ua'])}",
        f"Тема дослідження: {tema}",
        f"Рекомендує: проф. {c.person('uk').n}",
    )


@tpl("personal_exchange", "hilufim_he", "he")
def t_hilufim_he(c: Ctx) -> str:
    name, _dob, tz, _ = BUNDLES["he"][c.i]
    p = c.named(name)
    a = c.addr("he")
    prof = c.person("he", senior=True)
    uni = c.one(["אוניברסיטת היידלברג", "אוניברסיטת בולוניה", "אוניברסיטת טורונטו"])
    return block(
        f"אפשר לנסח מייל קצר לסטודנט/ית על המסמכים החסרים לחילופי הסטודנטים בסמסטר הבא ({uni})?",
        "",
        f"שם: {p.n}",
        f"ת.ז.: {NID(tz)}",
        f"טלפון: {c.phone('IL')}",
        f"כתובת: {a.one()}",
        f"התקבלו: גיליון ציונים, מכתב המלצה מפרופ' {prof.n}",
        "חסר: אישור ביטוח רפואי ותעודת אנגלית",
    )


@tpl("personal_exchange", "language_school_th", "th")
def t_language_school_th(c: Ctx) -> str:
    p, a = c.resident("th")
    ec = c.person("th")
    course = c.one(["ภาษาญี่ปุ่น N3 (ตำรา Minna no Nihongo)", "ภาษาอังกฤษเตรียมสอบ IELTS",
                    "ภาษาจีนกลาง HSK 4"])
    return block(
        "ช่วยสรุปข้อมูลนักเรียนใหม่ของโรงเรียนสอนภาษานี้เป็นภาษาอังกฤษให้หน่อยครับ",
        "",
        f"ชื่อ-นามสกุล: {p.n}",
        f"วันเกิด: {c.dob('th')}",
        f"เบอร์โทร: {c.phone('TH')}",
        f"ที่อยู่: {a.one()}",
        f"คอร์ส: {course}",
        f"ผู้ติดต่อฉุกเฉิน: {ec.n} ({c.phone('TH')})",
    )


@tpl("personal_exchange", "alumni_reunion_lower", "en", case="lower")
def t_alumni_reunion_lower(c: Ctx) -> str:
    p1 = c.person(sex="f")
    p2, p3, p4, p5 = c.people(4)
    pub = c.one(["the eagle (the pub where crick and watson announced dna lol)",
                 "the lamb and flag (tolkien and lewis's other pub)", "the mitre, opposite the bodleian"])
    return block(
        "can you turn this into a short message for the class of 2015 whatsapp group?",
        "",
        f"reunion is 20 sept at {pub}. {p1.g} is doing the booking, rsvp to her on {c.phone(p1.cc)} or "
        f"{c.mail(p1, WEBMAIL)}. {p2.western} and {p3.western} can't come. {p4.g} wants to do a toast for "
        f"prof {p5.t} who retired in june",
    )


@tpl("personal_exchange", "trao_doi_vi", "vi")
def t_trao_doi_vi(c: Ctx) -> str:
    coord = c.person("vi", sex="f")
    p1, p2 = c.people(2, "vi")
    p3, a = c.resident("vi")
    vn = ["gmail.com", "vnu.edu.vn", "yahoo.com.vn"]
    return block(
        "Nhờ bạn dịch danh sách sinh viên trao đổi này sang tiếng Anh và sắp xếp theo họ.",
        "",
        f"1. {p1.n} - ĐH Quốc gia Hà Nội - {c.phone('VN')} - {c.mail(p1, vn)}",
        f"2. {p2.n} - ĐH Huế - {c.phone('VN')}",
        f"3. {p3.n} - ĐH Cần Thơ - {c.mail(p3, vn)}; địa chỉ: {a.one()}",
        f"Điều phối viên: cô {coord.n}",
        "Chương trình: học bổng Erasmus+ tại Đại học Leiden, học kỳ mùa thu",
    )


# =============================================================================================
# personal_publishing: permissions, royalties, contracts, honoraria and grants paid out
# =============================================================================================

@tpl("personal_publishing", "royalty_payee", "en", n=4)
def t_royalty_payee(c: Ctx) -> str:
    cc = ["US", "FR", "US", "IT"][c.i]
    p, a = c.resident(cc=cc)
    book = c.one(["A Short History of Bayesian Statistics", "Fourier Analysis for Historians",
                  "Darwin's Correspondents"])
    if cc == "US":
        tax = f"Tax: W-9 on file, SSN {mk('US_SSN', SSNS[c.i // 2])}; payment by cheque"
    else:
        tax = f"Tax: W-8BEN, treaty rate 0%; pay by transfer to {IB(IBANS_INTL[cc][c.i // 2])}"
    return block(
        "Set this author up as a royalty payee. Which fields does the system still need, and is the tax form "
        "the right one?",
        "",
        f"Title: {book} (2nd edition)",
        f"Payee: {p.western}",
        f"Address: {a.one()}",
        tax,
        "Royalty: 10% of net receipts, paid annually in April",
    )


@tpl("personal_publishing", "permissions_request", "en")
def t_permissions_request(c: Ctx) -> str:
    p, a = c.resident()
    fig = c.one(["Figure 3.2 (Galton's quincunx) from The Lady Tasting Tea",
                 "the Mendeleev periodic-table facsimile on p. 114 of Elements of Chemistry",
                 "Table 1 of Kahneman and Tversky's 1979 Econometrica paper, as reprinted in our reader"])
    return block(
        "Reply to this permissions request: we can grant non-exclusive print and e-book rights, fee £75, "
        "credit line required.",
        "",
        "> Dear Permissions team,",
        f"> I'm writing a textbook chapter on the history of statistics and would like to reproduce {fig}.",
        "> It's a not-for-profit open textbook, print run about 300.",
        f"> My postal address is {a.one()}; phone {c.phone(a.cc)}.",
        f"> Kind regards, {p.western}",
    )


@tpl("personal_publishing", "honorar_de", "de")
def t_honorar_de(c: Ctx) -> str:
    name, _dob, stid, iban = BUNDLES["de"][c.i]
    p = c.named(name)
    a = c.addr("de", cc="DE")
    titel, n, satz = c.one([("„Gauß und die Vermessung des Königreichs Hannover“", "1.214", "3.010,72"),
                            ("„Alexander von Humboldt in Mexiko“", "806", "1.998,88"),
                            ("„Emmy Noether: Briefe aus Göttingen“", "2.035", "5.046,80")])
    wer = "Autorin" if p.sex == "f" else "Autor"
    return block(
        "Bitte prüfe diese Honorarabrechnung und formuliere ein kurzes Begleitschreiben an "
        f"{'die Autorin' if p.sex == 'f' else 'den Autor'}.",
        "",
        f"Titel: {titel}",
        f"{wer}: {p.n}",
        f"Anschrift: {a.one()}",
        f"Steuerliche Identifikationsnummer: {NID(stid)}",
        f"Bankverbindung: {IB(iban)}",
        f"Absatz 2024: {n} Ex. × 2,48 € = {satz} €",
    )


@tpl("personal_publishing", "contract_caps", "en", case="upper")
def t_contract_caps(c: Ctx) -> str:
    p, a = c.resident()
    book = c.one(["NEWTON'S PRINCIPIA: A READER'S GUIDE", "THE TURING TEST AT SEVENTY-FIVE",
                  "FOUCAULT AND THE CLINIC"])
    return block(
        "explain clause 4 in plain english, my co-author is worried about it:",
        "",
        f"THIS AGREEMENT IS MADE ON 1 MARCH 2025 BETWEEN MERIDIAN ACADEMIC PRESS LTD (\"THE PUBLISHER\") AND "
        f"{p.western} OF {a.one()} (\"THE AUTHOR\") IN RESPECT OF A WORK PROVISIONALLY ENTITLED {book}.",
        "4. THE AUTHOR SHALL NOT, WITHOUT THE PUBLISHER'S CONSENT, PUBLISH ANY WORK LIKELY TO COMPETE WITH OR "
        "AFFECT THE SALE OF THE WORK.",
    )


@tpl("personal_publishing", "odmena_cs", "cs")
def t_odmena_cs(c: Ctx) -> str:
    name, _dob, rc, iban = BUNDLES["cs"][c.i]
    p = c.named(name)
    a = c.addr("cs")
    kniha = c.one(["„Mendel a brněnská škola genetiky“", "„Heyrovský a polarografie“",
                   "„Komenský: Orbis pictus po 350 letech“"])
    return block(
        "Mohl bys zkontrolovat údaje k dohodě o provedení práce pro recenzenta a napsat krátký průvodní e-mail?",
        "",
        f"Jméno: {p.n}",
        f"Rodné číslo: {NID(rc)}",
        f"Bydliště: {a.one()}",
        f"Telefon: {c.phone('CZ')}",
        f"Číslo účtu (IBAN): {IB(iban)}",
        f"Recenze: monografie {kniha}",
        "Odměna: 4 000 Kč",
    )


@tpl("personal_publishing", "apuraha_fi", "fi")
def t_apuraha_fi(c: Ctx) -> str:
    name, _dob, hetu, iban = BUNDLES["fi"][c.i]
    p = c.named(name)
    a = c.addr("fi")
    saatio = c.one(["Jenny ja Antti Wihurin rahasto", "Alfred Kordelinin säätiö", "Koneen Säätiö"])
    hanke = c.one(["Sibelius ja kansallisromantiikka", "Lönnrot ja Kalevalan toimitustyö",
                   "Westermarck ja suomalainen sosiologia"])
    return block(
        "Voitko tarkistaa tämän apurahansaajan tiedot ja kirjoittaa lyhyen vahvistusviestin?",
        "",
        f"Nimi: {p.n}",
        f"Henkilötunnus: {NID(hetu)}",
        f"Osoite: {a.one()}",
        f"Puhelin: {c.phone('FI')}",
        f"Tilinumero: {IB(iban)}",
        f"Myöntäjä: {saatio}",
        f"Hanke: {hanke}",
    )


# =============================================================================================
# clean_citations: famous papers, BibTeX, reference styles, author lists of published work
# =============================================================================================

@tpl("clean_citations", "bibtex_fix", "en")
def t_bibtex_fix(c: Ctx) -> str:
    return c.one([
        block("Biber says \"Duplicate entry key\" and the second entry won't parse. Fix the BibTeX:",
              "",
              "@article{shannon1948,",
              "  author  = {Shannon, Claude E.},",
              "  title   = {A Mathematical Theory of Communication},",
              "  journal = {Bell System Technical Journal},",
              "  volume  = {27}, number = {3}, pages = {379--423}, year = {1948}",
              "}",
              "@article{shannon1948,",
              "  author  = {Turing, Alan M.},",
              "  title   = {Computing Machinery and Intelligence},",
              "  journal = {Mind}, volume = {59}, number = {236}, pages = {433--460}, year = {1950}"),
        block("Why does natbib print \"Watson and Crick (1953)\" for the first entry but \"Franklin et al.\" for "
              "the second? I want both authors shown.",
              "",
              "@article{watson1953,",
              "  author = {Watson, J. D. and Crick, F. H. C.},",
              "  title = {Molecular Structure of Nucleic Acids: A Structure for Deoxyribose Nucleic Acid},",
              "  journal = {Nature}, volume = {171}, pages = {737--738}, year = {1953}}",
              "@article{franklin1953,",
              "  author = {Franklin, Rosalind E. and Gosling, R. G. and others},",
              "  title = {Molecular Configuration in Sodium Thymonucleate},",
              "  journal = {Nature}, volume = {171}, pages = {740--741}, year = {1953}}"),
        block("The umlauts come out wrong in the bibliography. Is it the entries or my preamble?",
              "",
              "@article{einstein1905,",
              "  author = {Einstein, Albert},",
              "  title = {Zur Elektrodynamik bewegter K\\\"orper},",
              "  journal = {Annalen der Physik}, volume = {17}, pages = {891--921}, year = {1905}}",
              "@article{noether1918,",
              "  author = {Noether, Emmy},",
              "  title = {Invariante Variationsprobleme},",
              "  journal = {Nachrichten von der Gesellschaft der Wissenschaften zu G{\\\"o}ttingen},",
              "  pages = {235--257}, year = {1918}}"),
    ])


@tpl("clean_citations", "style_convert", "en")
def t_style_convert(c: Ctx) -> str:
    return c.one([
        block("Convert these to APA 7th and sort them:",
              "- Popper, Karl. The Logic of Scientific Discovery. London: Hutchinson, 1959.",
              "- Kuhn, Thomas S. The Structure of Scientific Revolutions. Chicago: University of Chicago Press, 1962.",
              "- Feyerabend, Paul. Against Method. London: Verso, 1975.",
              "- Lakatos, I. & Musgrave, A. (eds) Criticism and the Growth of Knowledge. CUP, 1970."),
        block("Put these in Chicago author-date, keeping the French titles:",
              "Foucault M, Surveiller et punir, Gallimard 1975",
              "Bourdieu P, La Distinction. Critique sociale du jugement, Minuit 1979",
              "Lévi-Strauss C, Tristes Tropiques, Plon 1955",
              "Beauvoir S de, Le Deuxième Sexe, Gallimard 1949"),
        block("Vancouver style please, for a history-of-medicine essay:",
              "1. Fleming, A. On the antibacterial action of cultures of a penicillium. Br J Exp Pathol 1929;10:226-36",
              "2. Snow, John - On the Mode of Communication of Cholera, 2nd edn, London, John Churchill, 1855",
              "3. Koch R. Die Aetiologie der Tuberculose. Berliner Klinische Wochenschrift 19 (1882) 221-230",
              "4. Semmelweis IP. Die Ätiologie, der Begriff und die Prophylaxis des Kindbettfiebers. 1861"),
    ])


@tpl("clean_citations", "famous_author_block", "en")
def t_famous_author_block(c: Ctx) -> str:
    head = ("Format this author block the way a journal title page would (superscript numbers, asterisk for the "
            "corresponding author). It's for a slide on classic papers.")
    return c.one([
        block(head, "",
              "Authors: J. D. Watson (1), F. H. C. Crick (1)*",
              "1 Medical Research Council Unit for the Study of the Molecular Structure of Biological Systems, "
              "Cavendish Laboratory, Cambridge",
              "*Correspondence: F. H. C. Crick",
              "Received 2 April 1953; Nature 171, 737-738"),
        block(head, "",
              "Authors: A. Einstein (1), B. Podolsky (1), N. Rosen (1)*",
              "1 Institute for Advanced Study, Princeton, New Jersey",
              "*Correspondence: N. Rosen",
              "Received 25 March 1935; Physical Review 47, 777-780"),
        block(head, "",
              "Authors: Ashish Vaswani (1), Noam Shazeer (1), Niki Parmar (2), Jakob Uszkoreit (2), Llion Jones (2), "
              "Aidan N. Gomez (3), Łukasz Kaiser (1), Illia Polosukhin",
              "1 Google Brain; 2 Google Research; 3 University of Toronto",
              "NeurIPS 2017, \"Attention Is All You Need\""),
    ])


@tpl("clean_citations", "orcid_sample", "en")
def t_orcid_sample(c: Ctx) -> str:
    ask = c.one(["Why does the ORCID API return an empty emails list for this record?",
                 "What does \"visibility\": \"limited\" mean in this record, and who can see the employment?",
                 "Write a Python snippet that prints the name and employer from this ORCID record."])
    org = c.one(['"Brown University"', '"Brown University", "department-name": "Psychoceramics"',
                 '"Wesleyan University"'])
    return block(
        ask,
        "```json",
        "{",
        '  "orcid-identifier": {"path": "0000-0002-1825-0097"},',
        '  "person": {',
        '    "name": {"given-names": {"value": "Josiah"}, "family-name": {"value": "Carberry"}},',
        '    "emails": {"email": []},',
        '    "keywords": {"keyword": ["psychoceramics", "cracked pots"]}',
        "  },",
        f'  "employments": [{{"organization": {org}, "visibility": "limited"}}]',
        "}",
        "```",
    )


@tpl("clean_citations", "citation_questions_lower", "en", case="lower")
def t_citation_questions_lower(c: Ctx) -> str:
    return c.one([
        ("how many citations does hirsch's 2005 pnas paper on the h-index have roughly, and is it the most cited "
        "paper about citation metrics?"),
        ("is it true that lowry's 1951 protein assay paper is the most cited paper ever? where do laemmli 1970 and "
        "bradford 1976 come in"),
        ("who coined publish or perish, was it logan wilson in 1942? and what did eugene garfield have to do with "
        "the impact factor"),
    ])


@tpl("clean_citations", "zotero_export", "en")
def t_zotero_export(c: Ctx) -> str:
    head = ("Zotero exported my library as CSV but the Author column mixes name orders. Normalise every author to "
            "\"Family, Given\" and sort by year:")
    cols = "Key,Item Type,Publication Year,Author,Title,Publisher"
    return c.one([
        block(head, "", cols,
              'K1,book,1962,"Thomas S. Kuhn","The Structure of Scientific Revolutions",University of Chicago Press',
              'K2,book,1957,"Chomsky, Noam","Syntactic Structures",Mouton',
              'K3,book,1936,"Piaget Jean","La naissance de l\'intelligence chez l\'enfant",Delachaux et Niestlé',
              'K4,book,1934,"L. S. Vygotsky","Thought and Language",MIT Press'),
        block(head, "", cols,
              'D1,book,1859,"Darwin, Charles","On the Origin of Species",John Murray',
              'D2,journalArticle,1858,"Alfred Russel Wallace","On the Tendency of Varieties to Depart Indefinitely",'
              'Linnean Society',
              'D3,journalArticle,1866,"Mendel Gregor","Versuche über Pflanzen-Hybriden",Naturforschender Verein',
              'D4,book,1809,"Lamarck, Jean-Baptiste","Philosophie zoologique",Dentu'),
        block(head, "", cols,
              'N1,journalArticle,1950,"John F. Nash","Equilibrium Points in n-Person Games",PNAS',
              'N2,book,1944,"von Neumann, John; Morgenstern, Oskar","Theory of Games and Economic Behavior",Princeton',
              'N3,book,1951,"Arrow Kenneth J.","Social Choice and Individual Values",Wiley',
              'N4,journalArticle,1979,"Daniel Kahneman; Amos Tversky","Prospect Theory",Econometrica'),
    ])


@tpl("clean_citations", "classic_styles", "en")
def t_classic_styles(c: Ctx) -> str:
    return c.one([
        ("My Doktorvater wants DIN ISO 690 and the publisher wants Chicago notes. Show me both for Alexander von "
        "Humboldt's Kosmos (1845), Max Weber's Die protestantische Ethik und der Geist des Kapitalismus (1905) and "
        "Jürgen Habermas's Strukturwandel der Öffentlichkeit (1962)."),
        ("How do I cite Gauss's Disquisitiones Arithmeticae (1801) and Riemann's 1859 paper \"Über die Anzahl der "
        "Primzahlen unter einer gegebenen Grösse\" in AMS style? Do I give the Werke volume?"),
        ("In MLA 9, how do I cite a translated classic: Kant's Critique of Pure Reason in Norman Kemp Smith's "
        "translation, and Hegel's Phenomenology of Spirit translated by A. V. Miller?"),
    ])


@tpl("clean_citations", "gost_ru", "ru")
def t_gost_ru(c: Ctx) -> str:
    return c.one([
        block("Оформи по ГОСТ Р 7.0.100-2018:",
              "Колмогоров А. Н. Основные понятия теории вероятностей. — М.: Наука, 1974.",
              "Лобачевский Н. И. О началах геометрии // Казанский вестник. 1829."),
        ("Как правильно сослаться по ГОСТу на препринт Перельмана в arXiv (2002) и на Ландау и Лифшица, "
        "«Теоретическая физика», т. 1 «Механика»?"),
        block("Переведи список литературы на английский и оформи в стиле APA:",
              "1. Павлов И. П. Лекции о работе больших полушарий головного мозга. 1927.",
              "2. Менделеев Д. И. Основы химии. СПб., 1869.",
              "3. Выготский Л. С. Мышление и речь. М., 1934."),
    ])


@tpl("clean_citations", "sankou_ja", "ja")
def t_sankou_ja(c: Ctx) -> str:
    return c.one([
        ("次の参考文献をSIST02の形式に直してください：湯川秀樹「素粒子の相互作用について」日本数学物理学会誌, 1935年；"
        "朝永振一郎『量子力学』みすず書房。"),
        "北里柴三郎と野口英世の論文を英語で引用するとき、著者名は Kitasato, S. と Noguchi, H. の表記でよいですか？",
        "卒論で夏目漱石『こゝろ』と丸山眞男『日本の思想』を引用したいのですが、出版年は初版と文庫版のどちらを書くべきですか？",
    ])


@tpl("clean_citations", "research_integrity", "en")
def t_research_integrity(c: Ctx) -> str:
    return c.one([
        ("Summarise the retraction of Wakefield's 1998 Lancet paper in three sentences for a research-integrity "
        "workshop, and add two other famous cases (Hwang Woo-suk, Jan Hendrik Schön)."),
        ("Was the Sokal affair a hoax or a retraction? Compare it with the \"grievance studies\" papers of "
        "Boghossian, Lindsay and Pluckrose."),
        "What happened to Diederik Stapel's papers, and how does Retraction Watch count them?",
    ])


@tpl("clean_citations", "citation_graph_json", "en")
def t_citation_graph_json(c: Ctx) -> str:
    return c.one([
        block("Draw this citation graph as a Mermaid diagram, oldest on the left:",
              '{"nodes": [{"id": "godel1931", "author": "Gödel, K."}, {"id": "church1936", "author": "Church, A."},',
              ('           {"id": "turing1936", "author": "Turing, A. M."}, '
               '{"id": "post1936", "author": "Post, E. L."}],'),
              ' "edges": [["church1936", "godel1931"], ["turing1936", "godel1931"], ["turing1936", "church1936"]]}'),
        block("Which node here has the most incoming citations? Then draw it in Graphviz.",
              ('{"nodes": [{"id": "bayes1763", "author": "Bayes, T."}, '
               '{"id": "laplace1812", "author": "Laplace, P.-S."},'),
              '           {"id": "fisher1925", "author": "Fisher, R. A."}, {"id": "neyman1933", '
              '"author": "Neyman, J.; Pearson, E. S."}],',
              ' "edges": [["laplace1812", "bayes1763"], ["fisher1925", "laplace1812"], ["neyman1933", "fisher1925"],',
              '           ["neyman1933", "bayes1763"]]}'),
        block("Add the missing edge (Cooley and Tukey cite Gauss's unpublished FFT? check) and render as Mermaid:",
              '{"nodes": [{"id": "fourier1822", "author": "Fourier, J."}, {"id": "dirichlet1829", '
              '"author": "Dirichlet, P. G. L."},',
              '           {"id": "cooley1965", "author": "Cooley, J. W.; Tukey, J. W."}],',
              ' "edges": [["dirichlet1829", "fourier1822"], ["cooley1965", "fourier1822"]]}'),
    ])


# =============================================================================================
# clean_scholars: eponyms, famous scholars, prizes and named lectures
# =============================================================================================

@tpl("clean_scholars", "eponyms_table", "en")
def t_eponyms_table(c: Ctx) -> str:
    head = "Fill in the missing Year and Field cells of this table for a first-year handout:"
    return c.one([
        block(head, "", "| Eponym | Named after | Field | Year |", "|---|---|---|---|",
              "| Bayes' theorem | Thomas Bayes | probability | 1763 |",
              "| Gaussian elimination | Carl Friedrich Gauss | linear algebra | |",
              "| Fourier transform | Joseph Fourier | | 1822 |",
              "| Nash equilibrium | John Nash | game theory | |",
              "| Fibonacci sequence | Leonardo of Pisa | | 1202 |"),
        block(head, "", "| Eponym | Named after | Field | Year |", "|---|---|---|---|",
              "| Doppler effect | Christian Doppler | physics | 1842 |",
              "| Coriolis force | Gaspard-Gustave de Coriolis | | 1835 |",
              "| Reynolds number | Osborne Reynolds | fluid dynamics | |",
              "| Planck constant | Max Planck | | 1900 |",
              "| Pascal's law | Blaise Pascal | hydrostatics | |"),
        block(head, "", "| Eponym | Named after | Field | Year |", "|---|---|---|---|",
              "| Turing machine | Alan Turing | computability | 1936 |",
              "| Dijkstra's algorithm | Edsger W. Dijkstra | | 1959 |",
              "| Huffman coding | David A. Huffman | information theory | |",
              "| Hamming distance | Richard Hamming | | 1950 |",
              "| Boolean algebra | George Boole | logic | |"),
    ])


@tpl("clean_scholars", "laureates_tsv", "en")
def t_laureates_tsv(c: Ctx) -> str:
    head = ("Turn this list into badge text for our outreach exhibition (Given name then SURNAME, affiliation "
            "underneath). Keep the tabs.")
    return c.one([
        block(head, "", "Name\tAffiliation\tPrize",
              "MIRZAKHANI Maryam\tStanford University\tFields Medal 2014",
              "Terence Tao\tUCLA\tFields Medal 2006",
              "VIAZOVSKA Maryna\tEPFL\tFields Medal 2022",
              "June Huh\tPrinceton University\tFields Medal 2022"),
        block(head, "", "Name\tAffiliation\tPrize",
              "DUFLO Esther\tMIT\tNobel Memorial Prize in Economics 2019",
              "Abhijit Banerjee\tMIT\tNobel Memorial Prize in Economics 2019",
              "GOLDIN Claudia\tHarvard University\tNobel Memorial Prize in Economics 2023",
              "Daron Acemoglu\tMIT\tNobel Memorial Prize in Economics 2024"),
        block(head, "", "Name\tAffiliation\tPrize",
              "UHLENBECK Karen\tUniversity of Texas at Austin\tAbel Prize 2019",
              "Andrew Wiles\tUniversity of Oxford\tAbel Prize 2016",
              "TALAGRAND Michel\tCNRS\tAbel Prize 2024",
              "Luis Caffarelli\tUniversity of Texas at Austin\tAbel Prize 2023"),
    ])


@tpl("clean_scholars", "named_lectures", "en")
def t_named_lectures(c: Ctx) -> str:
    return c.one([
        ("What's the difference between the Gifford Lectures, the Reith Lectures and the Tanner Lectures? Mention "
        "a famous series from each (William James, Bertrand Russell, Hannah Arendt...)."),
        ("Write a paragraph on chairs named after people: the Lucasian chair (Henry Lucas; Newton, Dirac, "
        "Hawking), the Savilian chairs and the Regius professorships."),
        ("Who founded the Bakerian and Croonian Lectures at the Royal Society, and how do they differ from the "
        "Faraday Prize Lecture?"),
    ])


@tpl("clean_scholars", "quiz_caps", "en", case="upper")
def t_quiz_caps(c: Ctx) -> str:
    return c.one([
        block("PUB QUIZ FOR THE PHD SOCIETY - CHECK MY ANSWERS:",
              "1. WHO PROVED FERMAT'S LAST THEOREM? ANDREW WILES",
              "2. WHICH PRIZE DID MARIE CURIE WIN TWICE? THE NOBEL",
              "3. WHO WROTE ON THE ORIGIN OF SPECIES? CHARLES DARWIN",
              "4. WHO IS THE NASH EQUILIBRIUM NAMED AFTER? JOHN NASH"),
        block("LINGUISTICS ROUND - ARE THESE RIGHT?",
              "1. WHO PROPOSED UNIVERSAL GRAMMAR? NOAM CHOMSKY",
              "2. COURS DE LINGUISTIQUE GENERALE WAS BASED ON WHOSE LECTURES? FERDINAND DE SAUSSURE",
              "3. THE SAPIR-WHORF HYPOTHESIS IS NAMED AFTER WHICH TWO PEOPLE? EDWARD SAPIR AND BENJAMIN LEE WHORF",
              "4. WHO WROTE THE ASHTADHYAYI? PANINI"),
        block("OPEN DAY QUIZ - UNITS NAMED AFTER PEOPLE, ADD ONE FACT EACH:",
              "KELVIN, NEWTON, TESLA, HERTZ, AMPERE, VOLT, PASCAL, JOULE"),
    ])


@tpl("clean_scholars", "scholars_lower", "en", case="lower")
def t_scholars_lower(c: Ctx) -> str:
    return c.one([
        ("was it piaget or vygotsky who came up with the zone of proximal development? pretty sure its vygotsky "
        "but my supervisor said piaget"),
        ("where can i watch the 1971 chomsky foucault debate, was it on dutch tv? need it for a seminar on human "
        "nature"),
        "did darwin and wallace present together at the linnean society in 1858 or was darwin not there",
    ])


@tpl("clean_scholars", "savants_fr", "fr")
def t_savants_fr(c: Ctx) -> str:
    return c.one([
        ("Explique simplement la différence entre le dernier théorème de Fermat et la conjecture de Poincaré, pour "
        "une classe de terminale."),
        ("Qui étaient les fondateurs de Bourbaki (Weil, Cartan, Dieudonné, Chevalley, Delsarte…) et pourquoi ce "
        "pseudonyme de Nicolas Bourbaki ?"),
        ("Résume en cinq lignes l'apport de Pierre Bourdieu et de Simone de Beauvoir, pour un oral de master à "
        "l'EHESS."),
    ])


@tpl("clean_scholars", "scienziati_it", "it", case="lower")
def t_scienziati_it(c: Ctx) -> str:
    return c.one([
        ("perché si chiama successione di fibonacci se leonardo pisano non l'ha inventata lui? gli indiani la "
        "conoscevano già?"),
        "differenza tra la pila di volta e la bottiglia di leida, mi serve per una lezione su galvani e volta",
        "il metodo montessori è nato a roma nel 1907? e cosa c'entra la casa dei bambini di san lorenzo",
    ])


@tpl("clean_scholars", "uczeni_pl", "pl")
def t_uczeni_pl(c: Ctx) -> str:
    return c.one([
        "Wyjaśnij paradoks Banacha–Tarskiego studentom pierwszego roku, bez aksjomatu wyboru w pierwszym zdaniu.",
        ("Kiedy Maria Skłodowska-Curie otrzymała drugą Nagrodę Nobla i za co? Napisz dwa zdania do gabloty "
        "na wydziale chemii."),
        "Czy Mikołaj Kopernik studiował w Krakowie i w Bolonii? Napisz krótką notkę do przewodnika po Toruniu.",
    ])


@tpl("clean_scholars", "vaigyanik_hi", "hi")
def t_vaigyanik_hi(c: Ctx) -> str:
    return c.one([
        "श्रीनिवास रामानुजन और जी. एच. हार्डी की मुलाकात के बारे में पाँच वाक्य लिखिए।",
        "चंद्रशेखर सीमा क्या है और सुब्रह्मण्यन चंद्रशेखर को नोबेल पुरस्कार कब मिला?",
        "बोस–आइंस्टीन संघनन में सत्येंद्र नाथ बोस का योगदान सरल भाषा में समझाइए।",
    ])


@tpl("clean_scholars", "epistimones_el", "el")
def t_epistimones_el(c: Ctx) -> str:
    return c.one([
        "Εξήγησε με απλά λόγια το Πυθαγόρειο θεώρημα για μαθητές Γυμνασίου.",
        "Ποια είναι η διαφορά ανάμεσα στα «Στοιχεία» του Ευκλείδη και στα έργα του Αρχιμήδη;",
        "Γράψε μια σύντομη παράγραφο για τον Αριστοτέλη και το Λύκειο στην Αθήνα.",
    ])


@tpl("clean_scholars", "xuezhe_zh", "zh")
def t_xuezhe_zh(c: Ctx) -> str:
    return c.one([
        "请简要介绍屠呦呦发现青蒿素的过程，以及她获得诺贝尔生理学或医学奖的年份。",
        "华罗庚和陈景润在数论上各有什么代表性成果？请用表格对比。",
        "杨振宁和李政道因为什么获得1957年诺贝尔物理学奖？用三句话说明。",
    ])


# =============================================================================================
# clean_tools: LaTeX, Overleaf, reference managers, submission systems, repositories
# =============================================================================================

@tpl("clean_tools", "latex_log", "en")
def t_latex_log(c: Ctx) -> str:
    return c.one([
        block("Overleaf won't compile my thesis. What does this mean and how do I fix it?",
              "! Package natbib Error: Bibliography not compatible with author-year citations.",
              "(natbib)                Press <return> to continue in numerical citation style.",
              "See the natbib package documentation for explanation.",
              "l.42 \\citet{knuth1984}"),
        block("Getting this after switching to biblatex. Do I need to change the compiler on Overleaf?",
              "LaTeX Warning: Citation 'lamport1994' on page 3 undefined on input line 57.",
              "Package biblatex Warning: Please (re)run Biber on the file:",
              "(biblatex)                main",
              "(biblatex)                and rerun LaTeX afterwards."),
        block("Why does this fail locally but work on Overleaf?",
              "\\usepackage[backend=biber,style=apa]{biblatex}",
              "\\usepackage{tikz-cd}",
              "! LaTeX Error: File `tikz-cd.sty' not found.",
              "Type X to quit or <RETURN> to proceed,"),
    ])


@tpl("clean_tools", "reference_managers", "en")
def t_reference_managers(c: Ctx) -> str:
    return c.one([
        ("Zotero vs Mendeley vs EndNote for a five-year PhD: which one is safest now that Mendeley Desktop has "
        "been retired? I write in Word but my co-authors use Overleaf."),
        ("JabRef or BibDesk for a LaTeX-only workflow on macOS? At work we also have Papers and Paperpile "
        "licences."),
        ("Does Zotero's Better BibTeX plugin keep citation keys stable when I sync the .bib file to Overleaf "
        "through GitHub?"),
    ])


@tpl("clean_tools", "merge_field_letters", "en")
def t_merge_field_letters(c: Ctx) -> str:
    return c.one([
        block("Make this ScholarOne decision template sound friendlier but keep every merge tag:",
              "Dear ##RECIPIENT_SALUTATION## ##RECIPIENT_LAST_NAME##,",
              "Manuscript ID ##DOCUMENT_ID## entitled \"##DOCUMENT_TITLE##\" has been reviewed. The reviewers' "
              "comments are included at the bottom of this letter.",
              "Sincerely, ##SENDER_FULL_NAME##, Editor-in-Chief"),
        block("Our OJS reviewer reminder is too stiff. Rewrite it, same variables:",
              "{$recipientName}:",
              "Just a gentle reminder of our request for your review of \"{$submissionTitle},\" for {$journalName}. "
              "We were hoping to have it by {$reviewDueDate}.",
              "{$signature}"),
        block("Check the merge fields in this Editorial Manager letter, one of them looks wrong:",
              "Dear %REVIEWER_TITLE% %REVIEWER_LAST_NAME%,",
              "Thank you for agreeing to review \"%ARTICLE_TITLE%\" (%MANUSCRIPT_NUMBER%).",
              "With kind regards, %EDITOR_FULL_NAME"),
    ])


@tpl("clean_tools", "conference_tools_lower", "en", case="lower")
def t_conference_tools_lower(c: Ctx) -> str:
    return c.one([
        ("easychair won't let me add a pc member, it says email already in use. how do i merge acounts as "
        "chair?"),
        ("in easychair can reviewers see each other's names before they submit? we want it double blind like "
        "neurips does on openreview"),
        "hotcrp vs easychair vs openreview for a 200-paper workshop, which one has the least painful bidding?",
    ])


@tpl("clean_tools", "site_config_yaml", "en")
def t_site_config_yaml(c: Ctx) -> str:
    return c.one([
        block("Is this config valid for an OJS 3.4 journal import? The importer says 'publisher' is unknown.",
              "```yaml",
              "journal:",
              "  name: Journal of Eponymous Mathematics",
              "  path: jem",
              "  contact_name: Journal Manager",
              "  contact_email: editor@example.org",
              "  publisher: Newton Academic Press",
              "  doi_prefix: \"10.5555\"",
              "  plugins: [orcidProfile, crossref, pkpPn]",
              "```"),
        block("Check this workshop config before I push it to the conference site:",
              "```yaml",
              "event: Turing Workshop on Computability",
              "venue: Seminar Room 1, Isaac Newton Institute",
              "submission_system: EasyChair",
              "keynotes: [TBC, TBC]",
              "deadline: 2025-05-15",
              "```"),
        block("Our reading group's Jekyll site won't build. Anything wrong here?",
              "```yaml",
              "title: Bayes Club",
              "author: Bayes Club organisers",
              "email: bayes-club@example.edu",
              "description: Fortnightly readings, from Laplace to Jaynes",
              "theme: minima",
              "```"),
    ])


@tpl("clean_tools", "submissions_sql", "en")
def t_submissions_sql(c: Ctx) -> str:
    return c.one([
        block("Why does this sort put surnames with particles (\"van\", \"de\", \"von\") in the wrong place?",
              "CREATE TABLE authors (id serial, given_name text, family_name text, orcid char(19));",
              "INSERT INTO authors VALUES (1, 'Josiah', 'Carberry', '0000-0002-1825-0097');",
              "SELECT family_name || ', ' || given_name FROM authors ORDER BY family_name COLLATE \"C\";"),
        block("Rewrite this so it finds reviewers from the same institution as any author of the manuscript:",
              "SELECT r.reviewer_id, r.institution",
              "FROM reviewers r JOIN manuscript_authors a ON a.manuscript_id = r.manuscript_id",
              "WHERE r.status = 'invited';"),
        block("Turn this into a view that counts submissions per country and per year:",
              "SELECT s.id, s.submitted_at, i.country_code",
              "FROM submissions s JOIN institutions i ON i.id = s.institution_id",
              "WHERE s.journal = 'JEM' AND s.submitted_at >= DATE '2020-01-01';"),
    ])


@tpl("clean_tools", "citavi_de", "de")
def t_citavi_de(c: Ctx) -> str:
    return c.one([
        ("Wie exportiere ich meine Citavi-Projekte nach Zotero, ohne die Wissensorganisation und die Zitate zu "
        "verlieren?"),
        ("Citavi oder LaTeX mit biblatex-dw für eine Dissertation in Geschichte? Mein Betreuer arbeitet noch mit "
        "Word."),
        "Welcher Zitierstil passt zur Zeitschrift für Kunstgeschichte, und gibt es ihn als CSL-Datei für Zotero?",
    ])


@tpl("clean_tools", "lattes_pt", "pt")
def t_lattes_pt(c: Ctx) -> str:
    return c.one([
        "Como importo minha produção do Currículo Lattes para o ORCID? A Plataforma Sucupira pede os dois.",
        "Qual a diferença entre Qualis A1 e A2 na avaliação da CAPES, e onde consulto pelo ISSN?",
        "Normas ABNT: como citar um artigo com mais de três autores? Uso o Mendeley e o MORE da UFSC.",
    ])


@tpl("clean_tools", "dergipark_tr", "tr", case="lower")
def t_dergipark_tr(c: Ctx) -> str:
    return c.one([
        "dergipark'ta hakem davetini kabul ettim ama makale görünmüyor, ne yapmam lazım?",
        "yök tez merkezi'ne tezimi yüklerken turnitin benzerlik raporu da istiyorlar mı?",
        "ithenticate ile turnitin aynı şey mi? enstitü yüzde 15 altı istiyor, kaynakça hariç mi sayılıyor?",
    ])


@tpl("clean_tools", "repositories_lower", "en", case="lower")
def t_repositories_lower(c: Ctx) -> str:
    return c.one([
        ("whats the difference between pure, figshare and zenodo for a phd dataset? library says use the "
        "repository but wellcome wants a doi"),
        "how do i get a doi for my thesis in dspace? grad school says eprints is being retired next year",
        "does arxiv accept overleaf zip uploads directly or do i need to include the .bbl and strip comments",
    ])


@tpl("clean_tools", "sinta_id", "id", case="lower")
def t_sinta_id(c: Ctx) -> str:
    return c.one([
        "Bagaimana cara menghubungkan akun SINTA dengan Google Scholar dan Scopus supaya skor saya terbaca?",
        "Apa beda jurnal terakreditasi Sinta 2 dan Sinta 3? Saya mau kirim artikel ke jurnal yang ada di Garuda.",
        "Tolong jelaskan cara pakai Mendeley untuk sitasi gaya APA di Microsoft Word, untuk skripsi saya.",
    ])


# =============================================================================================
# clean_templates: blank forms, placeholders and the sample people of each language
# =============================================================================================

@tpl("clean_templates", "blank_visa_letter", "en")
def t_blank_visa_letter(c: Ctx) -> str:
    return c.one([
        block("Check this template reads well for consulates before we fill anything in:",
              "",
              "[UNIVERSITY LETTERHEAD]",
              "To: The Consular Section, Embassy of [COUNTRY]",
              "Re: Visa support for [FULL NAME AS IN PASSPORT]",
              "Date of birth: [DD/MM/YYYY]",
              "Passport no.: [PASSPORT NUMBER]",
              "Home address: [ADDRESS LINE 1], [CITY], [POSTCODE]",
              "This is to confirm that [Mr/Ms/Dr] [SURNAME] is registered for [CONFERENCE] and will present a "
              "paper."),
        block("Our Jinja visa-letter template renders blank lines when a field is empty. How do I skip them?",
              "Re: Visa support for {{ delegate.full_name }}",
              "Date of birth: {{ delegate.dob }}",
              "Passport no.: {{ delegate.passport_no }}",
              "{% if delegate.address_2 %}{{ delegate.address_2 }}{% endif %}",
              "Conference: {{ event.name }}, {{ event.city }}, {{ event.dates }}"),
        block("Shorten this template paragraph, keep the fields:",
              "We are pleased to invite <<Title>> <<FirstName>> <<LastName>>, born <<DOB>>, holder of passport "
              "<<PassportNo>>, to attend <<EventName>> in <<EventCity>> from <<StartDate>> to <<EndDate>>. The "
              "organisers will not cover travel or accommodation."),
    ])


@tpl("clean_templates", "sample_applicant", "en")
def t_sample_applicant(c: Ctx) -> str:
    return c.one([
        block("This is the example payload from the admissions API docs. Write a pydantic model for it.",
              '{"applicant_id": "PGR-2025-00000", "first_name": "John", "last_name": "Doe",',
              ' "dob": "1970-01-01", "email": "john.doe@example.com",',
              ' "address": "123 Main Street, Anytown", "referees": ["Jane Roe", "Richard Roe"]}'),
        block("Translate the field names in this sample record into German for our docs, keep the values:",
              '{"first_name": "Erika", "last_name": "Mustermann", "dob": "1964-08-12",',
              ' "programme": "Promotion Physik", "funding": "DAAD", "email": "erika@example.de"}'),
        block("Write a JSON Schema that accepts this fixture from our test suite:",
              '[{"name": "Joe Bloggs", "referee": "A. N. Other", "status": "offer"},',
              ' {"name": "Jane Doe", "referee": "John Smith", "status": "waitlist"}]'),
    ])


@tpl("clean_templates", "merge_badges", "en")
def t_merge_badges(c: Ctx) -> str:
    return c.one([
        block("The Word mail merge for conference badges drops accents from names. Why? The fields are:",
              "«Title» «FirstName» «LastName»",
              "«Affiliation»",
              "«Role» | «Dietary»"),
        block("Give me the hotel's rooming-list template as a proper CSV header plus one example row of "
              "placeholders:",
              "Guest;Arrival;Departure;Room;Sharing with;Mobile",
              "<GUEST NAME>;DD/MM;DD/MM;Twin;<ROOMMATE>;<MOBILE>"),
        block("The printer wants a test badge before the real run. Is this layout fine?",
              "YOUR NAME HERE",
              "Institution Name, City",
              "SPEAKER - Ada Lovelace Lecture Theatre, Level 2"),
    ])


@tpl("clean_templates", "reference_template", "en")
def t_reference_template(c: Ctx) -> str:
    return c.one([
        block("Improve this reference-letter template for our supervisors:",
              "Dear Admissions Committee,",
              "I am writing in support of [Applicant Name]'s application to the [Programme]. I have known "
              "[him/her/them] since [year] as [relationship]. In that time [Applicant Name] has..."),
        block("Make this Handlebars reference template handle students with one name only:",
              "Dear {{committee_name}},",
              "It is a pleasure to recommend {{applicant.first_name}} {{applicant.last_name}} for {{award}}."),
        block("Is anything missing from this referee report form?",
              "Name of applicant: ____________________",
              "How long have you known the applicant? ____________",
              "Rank against peers (top 5% / 10% / 25%): ______",
              "Referee's signature: ____________  Date: ________"),
    ])


@tpl("clean_templates", "blank_fee_form", "en")
def t_blank_fee_form(c: Ctx) -> str:
    return c.one([
        block("Our guidance notes show a filled-in example. Is it OK to use HMRC's sample NI number like this?",
              "EXTERNAL EXAMINER FEE CLAIM - EXAMPLE",
              "Name: A. N. Other",
              "National Insurance no.: QQ 12 34 56 C",
              "Bank: sort code 00-00-00, account 00000000",
              "Fee: £200.00"),
        block("Turn this blank fee claim into a fillable PDF layout description:",
              "EXTERNAL EXAMINER FEE CLAIM",
              "Name: ______________________",
              "Home address: ______________________",
              "National Insurance no.: __ __ __ __ _",
              "IBAN (if paid outside the UK): ______________________"),
        block("Write help text for each field of this payee form:",
              "Payee: [EXAMINER NAME]",
              "Tax ID: [NI NUMBER or TIN]",
              "IBAN: [IBAN]",
              "Candidate examined: [CANDIDATE NAME]"),
    ])


@tpl("clean_templates", "mustermann_de", "de")
def t_mustermann_de(c: Ctx) -> str:
    return c.one([
        block("Ist dieses Musterformular für die Zulassung zur Promotion verständlich?",
              "Name: Max Mustermann",
              "Geburtsdatum: TT.MM.JJJJ",
              "Anschrift: Musterstraße 1, 12345 Musterstadt",
              "Betreuer/in: Prof. Dr. [Name]"),
        ("Auf unserem Ausfüllbeispiel steht Erika Mustermann mit der Anschrift Heidestraße 17, 51147 Köln, wie "
        "auf dem Muster-Personalausweis. Dürfen wir das so in die Promotionsordnung übernehmen?"),
        block("Formuliere diese Vorlage für Gutachtenanfragen etwas freundlicher:",
              "Sehr geehrte/r Frau/Herr [Nachname],",
              "wir möchten Sie bitten, den Beitrag „[Titel]“ für die [Zeitschrift] zu begutachten."),
    ])


@tpl("clean_templates", "placeholder_people", "en")
def t_placeholder_people(c: Ctx) -> str:
    return c.one([
        block("For our multilingual form-testing guide I need the usual placeholder person in each language. "
              "Is this list right?",
              "English: John Doe / Jane Doe; German: Max Mustermann; French: Jean Dupont; Italian: Mario Rossi;",
              "Polish: Jan Kowalski; Czech: Jan Novák; Finnish: Matti Meikäläinen; Norwegian: Ola Nordmann"),
        block("Which of these sample names are used on official specimen documents, and which are just "
              "conventions?",
              "Chinese: 张三, 李四; Korean: 홍길동; Japanese: 山田太郎; Arabic: فلان الفلاني;",
              "Hebrew: ישראל ישראלי; Filipino: Juan dela Cruz; Spanish: Fulano de Tal; Vietnamese: Nguyễn Văn A"),
        ("Is \"Joe Bloggs\" British and \"John Q. Public\" American? What do Australians and New Zealanders use "
        "on sample forms, Fred Nerk?"),
    ])


@tpl("clean_templates", "plantilla_es", "es")
def t_plantilla_es(c: Ctx) -> str:
    return c.one([
        block("Revisa esta plantilla de carta de admisión al doctorado:",
              "Estimado/a [Nombre del candidato]:",
              "Nos complace comunicarle que ha sido admitido/a en el Programa de Doctorado en [Programa].",
              "Firma: [Coordinador/a del programa]"),
        ("En el ejemplo del formulario de la beca pusimos «Fulano de Tal, DNI 00000000T». ¿Es mejor usar "
        "«Juan Español Español», como en el DNI de muestra?"),
        "¿Cómo se dice en inglés «Fulano, Mengano y Zutano»? Lo necesito para un manual de la secretaría.",
    ])


@tpl("clean_templates", "shablon_ru", "ru")
def t_shablon_ru(c: Ctx) -> str:
    return c.one([
        block("Проверь шаблон заявления о допуске к защите:",
              "Я, Иванов Иван Иванович, прошу допустить меня к защите диссертации на тему «[ТЕМА]».",
              "Научный руководитель: [ФИО, учёная степень]"),
        ("В образце заполнения анкеты стоит «Петров Пётр Петрович, паспорт 0000 000000». Нормально ли это для "
        "методички аспирантуры?"),
        block("Сделай письмо рецензенту из этого шаблона повежливее:",
              "Уважаемый(ая) [ФИО]!",
              "Просим Вас подготовить отзыв на статью «[Название]» до [дата]."),
    ])


@tpl("clean_templates", "kinyurei_ja", "ja")
def t_kinyurei_ja(c: Ctx) -> str:
    return c.one([
        block("この記入例の敬語を直してください：",
              "氏名：山田太郎",
              "所属：○○大学大学院 文学研究科",
              "連絡先：000-0000-0000"),
        ("出願書類の記入例に「山田花子」を使っていますが、英語版では Hanako Yamada と書くべきですか、"
        "それとも YAMADA Hanako ですか？"),
        block("この住所欄の記入例は分かりやすいですか？",
              "〒000-0000",
              "東京都○○区○○町1-2-3"),
    ])


@tpl("clean_templates", "yesi_ko", "ko")
def t_yesi_ko(c: Ctx) -> str:
    return c.one([
        block("이 입학 지원서 작성 예시가 자연스러운지 봐 주세요:",
              "성명: 홍길동",
              "생년월일: YYYY-MM-DD",
              "연락처: 010-0000-0000"),
        "서식 예시에 김철수, 이영희를 쓰는데 요즘도 괜찮은 이름인가요? 다른 예시 이름도 추천해 주세요.",
        block("추천서 양식을 영어로 번역해 주세요:",
              "지원자 성명: [지원자 성명]",
              "추천인과의 관계: [관계]"),
    ])


# =============================================================================================
# clean_programmes: scholarships, exchange programmes, funders and places in general talk
# =============================================================================================

@tpl("clean_programmes", "scholarships_compare", "en")
def t_scholarships_compare(c: Ctx) -> str:
    return c.one([
        ("Compare the Fulbright, Rhodes, Marshall and Gates Cambridge scholarships for a US graduate who wants a "
        "doctorate in the UK: deadlines, age limits, what they pay for."),
        ("Chevening vs Commonwealth Scholarship vs Erasmus Mundus for a Kenyan applicant to a one-year master's. "
        "Which one lets you bring a family?"),
        ("Is the Schwarzman Scholarship at Tsinghua comparable to Knight-Hennessy at Stanford or the Clarendon at "
        "Oxford?"),
    ])


@tpl("clean_programmes", "host_cities", "en")
def t_host_cities(c: Ctx) -> str:
    head = "We're choosing a host city for the 2027 congress. Add columns for direct flights and a typical hotel rate:"
    return c.one([
        block(head, "", "| City | Venue | Capacity |", "|---|---|---|",
              "| Lisbon | Centro de Congressos de Lisboa | 3000 |", "| Kraków | ICE Kraków | 2000 |",
              "| Kyoto | Kyoto International Conference Center | 2500 |",
              "| Cartagena | Centro de Convenciones Cartagena de Indias | 4000 |"),
        block(head, "", "| City | Venue | Capacity |", "|---|---|---|",
              "| Marrakech | Palais des Congrès | 2500 |", "| Tbilisi | Expo Georgia | 1500 |",
              "| Hobart | Hotel Grand Chancellor | 900 |", "| Reykjavík | Harpa | 1800 |"),
        block(head, "", "| City | Venue | Capacity |", "|---|---|---|",
              "| Leiden | Stadsgehoorzaal | 900 |", "| Uppsala | Uppsala Konsert & Kongress | 1200 |",
              "| Coimbra | Convento São Francisco | 1100 |", "| Salamanca | Palacio de Congresos | 1500 |"),
    ])


@tpl("clean_programmes", "erasmus_lower", "en", case="lower")
def t_erasmus_lower(c: Ctx) -> str:
    return c.one([
        "is erasmus+ available for switzerland or did they leave? asking about a semester at eth zurich",
        "can you do erasmus twice, once in the bachelor and once in the master? thinking leuven then bologna",
        "whats the monthly erasmus grant for spain vs portugal roughly, and does granada count as high cost",
    ])


@tpl("clean_programmes", "notice_caps", "en", case="upper")
def t_notice_caps(c: Ctx) -> str:
    return c.one([
        block("Rewrite this notice in normal case for the graduate newsletter:",
              "NOTICE: THE RADCLIFFE CAMERA READING ROOM WILL CLOSE AT 17:00 ON FRIDAY FOR ENCAENIA. THE "
              "WESTON LIBRARY REMAINS OPEN."),
        block("Rewrite this for the website, not in capitals:",
              "ALL DOCTORAL CANDIDATES: THESIS DEPOSIT TO THE REPOSITORY CLOSES 31 JULY. LATE DEPOSITS GO TO THE "
              "NEXT DEGREE DAY IN THE SHELDONIAN THEATRE."),
        block("Please make this less alarming:",
              "MATHEMATICAL INSTITUTE: THE LIFTS IN THE ANDREW WILES BUILDING ARE OUT OF ORDER. THE PENROSE "
              "TILING IN THE FOYER IS NOT A FLOOR TO SIT ON."),
    ])


@tpl("clean_programmes", "funders", "en")
def t_funders(c: Ctx) -> str:
    return c.one([
        ("Explain the difference between a DAAD scholarship and a Humboldt Research Fellowship for a postdoc from "
        "Brazil, and which one counts as a salary."),
        ("What does a Max Planck Research Group leader do compared with an Emmy Noether group leader funded by "
        "the DFG?"),
        ("Is the Leibniz Prize given to people or to institutes, and how is it different from the Wellcome "
        "Discovery Awards or an ERC Advanced Grant?"),
    ])


@tpl("clean_programmes", "ulama_ar", "ar")
def t_ulama_ar(c: Ctx) -> str:
    return c.one([
        "اشرح باختصار إسهام الخوارزمي في علم الجبر، ولماذا سُمّيت الخوارزميات باسمه؟",
        "من هو ابن سينا، وما أهمية كتاب «القانون في الطب» في جامعات أوروبا؟",
        "ما الفرق بين منحة فولبرايت ومنحة تشيفنينغ للطلاب العرب الراغبين في دراسة الماجستير؟",
    ])


@tpl("clean_programmes", "prasim_he", "he")
def t_prasim_he(c: Ctx) -> str:
    return c.one([
        "מה ההבדל בין פרס ישראל לפרס וולף, ומי מחליט על הזוכים?",
        "ספר לי בקצרה על ארכיון אלברט איינשטיין באוניברסיטה העברית בירושלים.",
        "מתי נוסד מכון ויצמן למדע, ועל שם מי הוא נקרא?",
    ])


@tpl("clean_programmes", "thun_th", "th")
def t_thun_th(c: Ctx) -> str:
    return c.one([
        "ช่วยอธิบายรางวัลสมเด็จเจ้าฟ้ามหิดล (Prince Mahidol Award) ว่ามอบให้ใครและเพื่ออะไร",
        "ทุนฟุลไบรท์ (Fulbright) สำหรับคนไทยเปิดรับสมัครช่วงไหน และต้องใช้คะแนน TOEFL เท่าไร",
        "จุฬาลงกรณ์มหาวิทยาลัยตั้งชื่อตามใคร และก่อตั้งขึ้นในปีใด",
    ])


@tpl("clean_programmes", "hocbong_vi", "vi", case="lower")
def t_hocbong_vi(c: Ctx) -> str:
    return c.one([
        "giáo sư ngô bảo châu được huy chương fields năm nào, nhờ chứng minh bổ đề cơ bản gì vậy?",
        "học bổng chevening với học bổng fulbright khác nhau thế nào cho người việt nam?",
        "lê quý đôn là ai mà nhiều trường chuyên mang tên ông vậy?",
    ])


@tpl("clean_programmes", "nobel_sv", "sv")
def t_nobel_sv(c: Ctx) -> str:
    return c.one([
        "Hur går Nobelprisutdelningen till i Stockholms konserthus, och varför delas fredspriset ut i Oslo?",
        "Skriv en kort text om Carl von Linné och hans lärjungar, ”apostlarna”, till en utställning i Uppsala.",
        ("Vad är skillnaden mellan Celsius- och Kelvinskalan? Stämmer det att Anders Celsius skala var omvänd "
        "från början?"),
    ])


# ===== build ===================================================================================

def build() -> list[dict]:
    book = Book(SEED)
    rows = []
    for t in TEMPLATES:
        for i in range(t["n"]):
            text, spans = unmark(t["fn"](Ctx(book, i)), t["case"])
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans, "source": SOURCE,
                "class": t["cls"], "template": t["name"], "locale": "",
            })
    return rows


def lang_of(row: dict) -> str:
    return next(t["lang"] for t in TEMPLATES if t["name"] == row["template"])


def case_of(row: dict) -> str:
    return next(t["case"] or "mixed" for t in TEMPLATES if t["name"] == row["template"])


def check(rows: list[dict]) -> None:
    fields = ["id", "text", "spans", "source", "class", "template", "locale"]
    assert len(rows) == 324, len(rows)
    assert len({r["id"] for r in rows}) == len(rows), "duplicate id"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate text"
    for r in rows:
        assert list(r) == fields, r["id"]
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["class"].startswith(("personal_", "clean_")), r["class"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["start"] >= end, (r["id"], s)
            assert s["value"] == r["text"][s["start"]:s["end"]], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    per_t = Counter(r["template"] for r in rows)
    assert len(per_t) >= 80 and max(per_t.values()) <= 5, per_t
    assert len({t["name"] for t in TEMPLATES}) == len(TEMPLATES)
    clean = sum(r["class"].startswith("clean_") for r in rows) / len(rows)
    assert 0.45 <= clean <= 0.55, clean
    langs = Counter(lang_of(r) for r in rows)
    other = 1 - langs["en"] / len(rows)
    assert 0.35 <= other <= 0.50, other
    assert len(set(langs) - {"en"}) >= 15, langs
    lower = sum(case_of(r) == "lower" for r in rows) / len(rows)
    assert 0.10 <= lower <= 0.20, lower


def serialise(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows: list[dict], data: str) -> None:
    print(f"rows: {len(rows)}")
    print("classes:")
    for cls, n in sorted(Counter(r["class"] for r in rows).items()):
        nt = len({r["template"] for r in rows if r["class"] == cls})
        print(f"  {cls:26s} {n:4d} rows {nt:3d} templates")
    print("spans:", dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    langs = Counter(lang_of(r) for r in rows)
    print("languages:", {LANG_NAMES[k]: v for k, v in langs.most_common()})
    print(f"not English: {len(rows) - langs['en']} ({(len(rows) - langs['en']) / len(rows):.1%}), "
          f"languages other than English: {len(langs) - 1}")
    for part in ("personal_", "clean_"):
        sub = [r for r in rows if r["class"].startswith(part)]
        print(f"  {part}: {len(sub)} rows, not English {sum(lang_of(r) != 'en' for r in sub)}")
    print("cases:", dict(Counter(case_of(r) for r in rows)))
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


def main() -> int:
    rows = build()
    check(rows)
    data = serialise(rows)
    if "--check" in sys.argv[1:]:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(data, encoding="utf-8")
    report(rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
