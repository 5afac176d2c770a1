#!/usr/bin/env python3
"""care: a hand-written check set of prompts from staff and customers of health and
care services (GP surgeries, clinics and hospital admin, dentists, opticians, pharmacies,
physiotherapy and mental-health practices, care homes and home-care agencies, vets, gyms and
personal trainers, health-insurance claims desks).

Python standard library only; deterministic (fixed SEED).  Every name, street, town, phone,
date and ID number below was typed by hand; e-mail local parts are derived in code from the
hand-typed names.  Writes tune.jsonl and README.md beside this file.

    python3 build.py           # writes both files, prints counts
    python3 build.py --check   # rebuilds in memory and compares with the files on disk
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 48517
SET = "care"
SOURCE = "eval/care/build.py"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "tune.jsonl")
README = os.path.join(HERE, "README.md")

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}

# --------------------------------------------------------------------------- markers

MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def M(t, v):
    assert t in TYPES, t
    return f"⟦{t}|{v}⟧"


def L(v):
    return M("LOCATION", v)


def PH(v):
    return M("PHONE_NUMBER", v)


def NID(v):
    return M("NATIONAL_ID", v)


def MRN(v):
    return M("MEDICAL_RECORD_NUMBER", v)


def IBAN(v):
    return M("IBAN_CODE", v)


def CARD(v):
    return M("CREDIT_CARD", v)


def IP(v):
    return M("IP_ADDRESS", v)


def SSN(v):
    return M("US_SSN", v)


def unmark(marked, case=None):
    """Turn ⟦TYPE|value⟧ markers into text + spans.  A lower-case or CAPITALS row is cased
    piece by piece, so the offsets stay right whatever the casing does to a piece's length."""
    def cs(s):
        if case == "lower":
            return s.lower()
        if case == "upper":
            return s.upper()
        return s
    out, spans, pos, n = [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = cs(marked[pos:m.start()])
        out.append(pre)
        n += len(pre)
        v = cs(m.group(2))
        spans.append({"start": n, "end": n + len(v), "type": m.group(1), "value": v})
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(cs(marked[pos:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


# --------------------------------------------------------------------------- people
# (given, family, culture tag, languages the person fits, gender, surname first?)
# "langs" says which language's templates may draw the person: "en" rows are set in the UK,
# Ireland, the US, Canada, Australia, New Zealand, South Africa, India, Nigeria, Kenya and the
# Philippines, so almost anyone fits them.

class P:
    def __init__(self, given, family, culture, langs, g, sf=False):
        self.given, self.family, self.culture = given, family, culture
        self.langs, self.g, self.sf = set(langs.split()), g, sf

    @property
    def full(self):
        return f"{self.family} {self.given}" if self.sf else f"{self.given} {self.family}"

    def __repr__(self):
        return self.full


PEOPLE = [
    # English, Scottish, Irish, Welsh, US, Australian
    P("Hope", "Fielding", "English", "en", "f"),
    P("Dawn", "Walker", "English", "en", "f"),
    P("Bill", "Turner", "English", "en", "m"),
    P("Faith", "Coleman", "English", "en", "f"),
    P("Ivy", "Marsh", "English", "en", "f"),
    P("Wayne", "Cross", "English", "en", "m"),
    P("Heather", "Stone", "English", "en", "f"),
    P("Will", "Moody", "English", "en", "m"),
    P("Holly", "Underhill", "English", "en", "f"),
    P("Rose", "Gardner", "English", "en", "f"),
    P("Terence", "Ashworth", "English", "en", "m"),
    P("Gail", "Pennington", "English", "en", "f"),
    P("Morag", "MacKinnon", "Scottish", "en", "f"),
    P("Callum", "McIntyre", "Scottish", "en", "m"),
    P("Eilidh", "Fraser", "Scottish", "en", "f"),
    P("Siobhán", "Ní Dhomhnaill", "Irish", "en", "f"),
    P("Ciarán", "O'Sullivan", "Irish", "en", "m"),
    P("Niamh", "Breathnach", "Irish", "en", "f"),
    P("Rhys", "Llewellyn", "Welsh", "en", "m"),
    P("Angharad", "Pritchard", "Welsh", "en", "f"),
    P("Brittany", "Hollister", "US", "en", "f"),
    P("Tyrone", "Jackson", "African American", "en", "m"),
    P("Summer", "Brooks", "US", "en", "f"),
    P("Bronwyn", "Tait", "Australian", "en", "f"),
    P("Delroy", "Anderson", "Jamaican", "en", "m"),
    P("Marcia", "Campbell", "Jamaican", "en", "f"),
    P("Widlene", "Joseph", "Haitian", "en fr", "f"),
    P("Keoni", "Kahananui", "Hawaiian", "en", "m"),
    # Pacific
    P("Aroha", "Te Whata", "Māori", "en", "f"),
    P("Wiremu", "Ngata", "Māori", "en", "m"),
    P("Losa", "Tuilagi", "Samoan", "en", "f"),
    P("Sione", "Havili", "Tongan", "en", "m"),
    # Africa
    P("Oluwaseun", "Adeyemi", "Yoruba", "en", "m"),
    P("Folasade", "Ogunleye", "Yoruba", "en", "f"),
    P("Chinedu", "Okafor", "Igbo", "en", "m"),
    P("Ngozi", "Eze", "Igbo", "en", "f"),
    P("Aminu", "Bello", "Hausa", "en", "m"),
    P("Kwame", "Asante", "Akan", "en", "m"),
    P("Akosua", "Boateng", "Akan", "en", "f"),
    P("Wanjiru", "Kamau", "Kikuyu", "en", "f"),
    P("Otieno", "Ochieng", "Luo", "en", "m"),
    P("Thandiwe", "Dlamini", "Zulu", "en", "f"),
    P("Lwazi", "Ntshona", "Xhosa", "en", "m"),
    P("Riaan", "van der Merwe", "Afrikaans", "en", "m"),
    P("Annelie", "du Plessis", "Afrikaans", "en", "f"),
    P("Selamawit", "Tesfaye", "Amharic", "en sv", "f"),
    P("Yonas", "Ghebremichael", "Tigrinya", "en sv", "m"),
    P("Hodan", "Warsame", "Somali", "en sv no", "f"),
    P("Abdirahman", "Farah", "Somali", "en no", "m"),
    # Middle East and North Africa
    P("Mariam", "El-Masry", "Egyptian", "en", "f"),
    P("Youssef", "Benjelloun", "Moroccan", "en fr nl", "m"),
    P("Rami", "Haddad", "Lebanese", "en fr", "m"),
    P("Lina", "Al-Khatib", "Syrian", "en de sv", "f"),
    P("Mustafa", "Al-Jubouri", "Iraqi", "en sv", "m"),
    P("Shirin", "Rahimi", "Persian", "en de", "f"),
    P("Zarghuna", "Stanikzai", "Pashtun", "en de", "f"),
    P("Dilan", "Baran", "Kurdish", "en de tr", "f"),
    P("Noa", "Ben-Ami", "Hebrew", "en", "f"),
    P("Mehmet", "Öztürk", "Turkish", "en de tr", "m"),
    P("Ayşe", "Kılıç", "Turkish", "tr de", "f"),
    P("Emre", "Çelik", "Turkish", "tr en", "m"),
    P("Zeynep", "Şahin", "Turkish", "tr nl", "f"),
    P("Hülya", "Aksoy", "Turkish", "tr de", "f"),
    P("Oğuzhan", "Yıldırım", "Turkish", "tr en", "m"),
    # South Asia
    P("Karthik", "Subramanian", "Tamil", "en", "m"),
    P("Lakshmi", "Venkataraman", "Tamil", "en", "f"),
    P("Ankit", "Mishra", "Hindi", "en", "m"),
    P("Pooja", "Agarwal", "Hindi", "en", "f"),
    P("Sudipta", "Chakraborty", "Bengali", "en", "f"),
    P("Harjit", "Kaur Dhillon", "Punjabi", "en", "f"),
    P("Gurpreet", "Singh Sandhu", "Punjabi", "en", "m"),
    P("Hetal", "Patel", "Gujarati", "en", "f"),
    P("Nilesh", "Desai", "Gujarati", "en", "m"),
    P("Anjali", "Nair", "Malayalam", "en", "f"),
    P("Srinivas", "Reddy", "Telugu", "en", "m"),
    P("Omkar", "Kulkarni", "Marathi", "en", "m"),
    P("Ayesha", "Siddiqui", "Urdu", "en", "f"),
    P("Imran", "Qureshi", "Urdu", "en", "m"),
    P("Rashida", "Begum", "Bangladeshi", "en", "f"),
    P("Shahin", "Miah", "Bangladeshi", "en", "m"),
    P("Dilani", "Wickramasinghe", "Sinhala", "en", "f"),
    P("Sunita", "Gurung", "Nepali", "en", "f"),
    P("Bikash", "Thapa", "Nepali", "en", "m"),
    # East and South-East Asia
    P("Yuqing", "Zhang", "Chinese", "en", "f", sf=True),
    P("Jianping", "Liu", "Chinese", "en", "m", sf=True),
    P("Siu-ming", "Wong", "Cantonese", "en", "m", sf=True),
    P("Pei-shan", "Lin", "Taiwanese", "en", "f", sf=True),
    P("Ji-hoon", "Park", "Korean", "en", "m", sf=True),
    P("Da-eun", "Lee", "Korean", "en", "f", sf=True),
    P("Haruka", "Sato", "Japanese", "en", "f", sf=True),
    P("Kenji", "Takahashi", "Japanese", "en", "m"),
    P("Thị Lan", "Nguyễn", "Vietnamese", "en", "f", sf=True),
    P("Minh Khoa", "Trần", "Vietnamese", "en", "m", sf=True),
    P("Siriporn", "Chaiyasit", "Thai", "en", "f"),
    P("Maricel", "Dela Cruz", "Filipino", "en", "f"),
    P("Jomar", "Villanueva", "Filipino", "en", "m"),
    P("Nurul Aisyah", "binti Hassan", "Malay", "en", "f"),
    P("Faizal", "bin Osman", "Malay", "en", "m"),
    P("Rina", "Susanti", "Indonesian", "en nl", "f"),
    # Central and Eastern Europe
    P("Dániel", "Kovács", "Hungarian", "en de", "m", sf=True),
    P("Katarzyna", "Wójcik", "Polish", "pl en", "f"),
    P("Grzegorz", "Zieliński", "Polish", "pl en", "m"),
    P("Małgorzata", "Dąbrowska", "Polish", "pl de", "f"),
    P("Paweł", "Wiśniewski", "Polish", "pl en", "m"),
    P("Agnieszka", "Kaczmarek", "Polish", "pl nl", "f"),
    P("Bożena", "Szczepańska", "Polish", "pl", "f"),
    P("Tereza", "Dvořáková", "Czech", "en de", "f"),
    P("Jiří", "Havlíček", "Czech", "en", "m"),
    P("Zuzana", "Hrušovská", "Slovak", "en", "f"),
    P("Olena", "Bondarenko", "Ukrainian", "en pl de", "f"),
    P("Taras", "Kovalchuk", "Ukrainian", "en pl", "m"),
    P("Anastasia", "Volkova", "Russian", "en de", "f"),
    P("Ioana", "Popescu", "Romanian", "en it es", "f"),
    P("Mihai", "Constantinescu", "Romanian", "en it", "m"),
    P("Desislava", "Petrova", "Bulgarian", "en es", "f"),
    P("Milica", "Jovanović", "Serbian", "en de", "f"),
    P("Luka", "Babić", "Croatian", "en de", "m"),
    P("Eleni", "Papadopoulou", "Greek", "en de", "f"),
    P("Giorgos", "Antoniou", "Greek", "en", "m"),
    P("Blerta", "Krasniqi", "Albanian", "en it", "f"),
    P("Rūta", "Kazlauskienė", "Lithuanian", "en no", "f"),
    P("Jānis", "Bērziņš", "Latvian", "en", "m"),
    P("Mart", "Kask", "Estonian", "en sv", "m"),
    P("Anahit", "Petrosyan", "Armenian", "en fr", "f"),
    P("Nino", "Beridze", "Georgian", "en", "f"),
    P("Aigerim", "Seitkali", "Kazakh", "en", "f"),
    # Nordics
    P("Aino", "Virtanen", "Finnish", "en sv", "f"),
    P("Jukka", "Heikkinen", "Finnish", "sv", "m"),
    P("Karin", "Lindqvist", "Swedish", "sv en", "f"),
    P("Björn", "Åkerlund", "Swedish", "sv en", "m"),
    P("Elsa", "Sjöberg", "Swedish", "sv en", "f"),
    P("Oskar", "Nyström", "Swedish", "sv en", "m"),
    P("Ingrid", "Haugland", "Norwegian", "no en", "f"),
    P("Torbjørn", "Eide", "Norwegian", "no", "m"),
    P("Solveig", "Bråten", "Norwegian", "no", "f"),
    P("Mette", "Kjeldsen", "Danish", "da en", "f"),
    P("Søren", "Bækgaard", "Danish", "da", "m"),
    P("Frederikke", "Holm", "Danish", "da", "f"),
    P("Guðrún", "Sigurðardóttir", "Icelandic", "en da", "f"),
    # Low countries
    P("Sanne", "van den Heuvel", "Dutch", "nl en", "f"),
    P("Joris", "Bakker", "Dutch", "nl", "m"),
    P("Willemijn", "ter Horst", "Dutch", "nl", "f"),
    P("Daan", "Visser", "Dutch", "nl en", "m"),
    P("Gerrit", "de Boer", "Dutch", "nl", "m"),
    P("Lieselot", "Vermeulen", "Flemish", "nl", "f"),
    P("Wout", "Claes", "Flemish", "nl en", "m"),
    # German-speaking
    P("Hannelore", "Brandt", "German", "de en", "f"),
    P("Jürgen", "Weißkopf", "German", "de", "m"),
    P("Friederike", "von Arnim", "German", "de en", "f"),
    P("Lukas", "Schäfer", "German", "de", "m"),
    P("Anneliese", "Krämer", "German", "de", "f"),
    P("Tobias", "Engel", "German", "de en", "m"),
    P("Waltraud", "Hoffmann", "German", "de", "f"),
    P("Florian", "Gruber", "Austrian", "de", "m"),
    P("Theresia", "Pichler", "Austrian", "de", "f"),
    P("Reto", "Brunner", "Swiss", "de en", "m"),
    # French
    P("Margaux", "Lefort", "French", "fr en", "f"),
    P("Thibault", "Garnier", "French", "fr", "m"),
    P("Amandine", "Roux", "French", "fr", "f"),
    P("Pierre-Yves", "Le Goff", "Breton", "fr", "m"),
    P("Marie-Ève", "Tremblay", "Québécois", "fr en", "f"),
    # Italian
    P("Giulia", "Esposito", "Italian", "it", "f"),
    P("Lorenzo", "Bianchi", "Italian", "it en", "m"),
    P("Carmela", "Russo", "Italian", "it en", "f"),
    P("Salvatore", "D'Amico", "Sicilian", "it", "m"),
    P("Francesca", "De Luca", "Italian", "it en", "f"),
    P("Elio", "Pellegrini", "Italian", "it en", "m"),
    # Iberian
    P("Lucía", "Fernández Ortega", "Spanish", "es en", "f"),
    P("Javier", "Morales Ruiz", "Spanish", "es en", "m"),
    P("Nerea", "Etxeberria", "Basque", "es en", "f"),
    P("Iñigo", "Arrieta", "Basque", "es en", "m"),
    P("Jordi", "Vilaseca", "Catalan", "es en", "m"),
    P("Rocío", "Jiménez", "Andalusian", "es en", "f"),
    P("Uxía", "Castro", "Galician", "es en", "f"),
    P("Inês", "Carvalho", "Portuguese", "pt en", "f"),
    P("Duarte", "Mendes", "Portuguese", "pt", "m"),
    P("Maria da Conceição", "Lopes", "Portuguese", "pt", "f"),
    P("Rui", "Gonçalves", "Portuguese", "pt en", "m"),
    # Latin America
    P("Thiago", "Nascimento", "Brazilian", "br en", "m"),
    P("Luana", "Ferreira da Silva", "Brazilian", "br en", "f"),
    P("Raimundo Nonato", "Sousa", "Brazilian", "br en", "m"),
    P("Jéssica", "Albuquerque", "Brazilian", "br en", "f"),
    P("Alejandro", "Ramírez Torres", "Mexican", "es en", "m"),
    P("Xóchitl", "Mendoza", "Mexican", "es en", "f"),
    P("Valentina", "Restrepo", "Colombian", "es en", "f"),
    P("Martín", "Gorostiaga", "Argentine", "es it en", "m"),
    P("Killa", "Huamán", "Quechua", "es", "f"),
    P("Catalina", "Fuentes Araya", "Chilean", "es en", "f"),
]

# --------------------------------------------------------------------------- addresses
# lines are marked; every part (street line, flat, town, postcode, region) is its own span.
# "c" is the country; "tel" a home phone in that country's national format.

def A(c, lang, tel, *lines, town=None):
    return {"c": c, "lang": lang, "tel": tel, "lines": list(lines), "town": town}


ADDRS = [
    A("UK", "en", "01422 843270", f"{L('Flat 3')}, {L('22 Birchcliffe Road')}", L("Hebden Bridge"), L("HX7 8JB"), town="Hebden Bridge"),
    A("UK", "en", "07841 226905", L("5 Tannery Lane"), L("Bampton"), L("OX18 2LT"), town="Bampton"),
    A("UK", "en", "07922 514381", L("12 Bank Street"), L("Cromarty"), L("IV11 8YE"), town="Cromarty"),
    A("UK", "en", "01558 823114", L("8 Heol y Bryn"), L("Llandeilo"), L("SA19 6PL"), town="Llandeilo"),
    A("UK", "en", "07712 048663", L("17 Wesley Close"), L("Lostwithiel"), L("PL22 0BQ"), town="Lostwithiel"),
    A("UK", "en", "07377 119482", L("63 Elm Grove"), L("Southsea"), L("PO5 1JF"), town="Southsea"),
    A("UK", "en", "07588 301276", f"{L('Flat 2/1')}, {L('14 Hyndland Road')}", L("Glasgow"), L("G12 9UP"), town="Glasgow"),
    A("UK", "en", "0161 427 5093", L("112 Stockport Road"), L("Marple"), L("SK6 6AB"), town="Marple"),
    A("UK", "en", "07456 812039", L("29 Packington Hill"), L("Kegworth"), L("DE74 2DF"), town="Kegworth"),
    A("UK", "en", "01665 830417", L("Rose Cottage, 3 Front Street"), L("Longhoughton"), L("NE66 3AA"), town="Longhoughton"),
    A("UK", "en", "07763 208451", f"{L('Flat 6')}, {L('41 King Street')}", L("Hexham"), L("NE46 3LS"), town="Hexham"),
    A("UK", "en", "01225 862304", L("2 Chapel Row"), L("Bradford-on-Avon"), L("BA15 1EY"), town="Bradford-on-Avon"),
    A("UK", "en", "07852 774190", L("31 Marine Parade"), L("Saltburn-by-the-Sea"), L("TS12 1DP"), town="Saltburn-by-the-Sea"),
    A("UK", "en", "015394 36218", L("The Old Forge, Main Street"), L("Hawkshead"), L("LA22 0NT"), town="Hawkshead"),
    A("UK", "en", "07414 590862", L("47 Cowgate"), L("Kirriemuir"), L("DD8 4HN"), town="Kirriemuir"),
    A("UK", "en", "07977 312645", L("9 Plas Newydd"), L("Llanidloes"), L("SY18 6EE"), town="Llanidloes"),
    A("UK", "en", "0121 772 4098", L("118 Coventry Road"), L("Small Heath"), L("Birmingham"), L("B10 0RX"), town="Small Heath"),
    A("UK", "en", "07939 406117", f"{L('Flat 12')}, {L('Jubilee House, 301 Mile End Road')}", L("London"), L("E1 4NS"), town="London"),
    A("UK", "en", "01253 738902", L("56 Clifton Street"), L("Lytham"), L("FY8 5EP"), town="Lytham"),
    A("UK", "en", "07368 155243", L("7 Meadow View"), L("Aylsham"), L("NR11 6HA"), town="Aylsham"),
    A("UK", "en", "07789 041376", L("14 Trenance Road"), L("St Columb Major"), L("TR9 6AY"), town="St Columb Major"),
    A("UK", "en", "07908 627514", f"{L('Flat B')}, {L('23 Fore Street')}", L("Totnes"), L("TQ9 5HN"), town="Totnes"),
    A("UK", "en", "028 8167 0392", L("88 Main Street"), L("Castlederg"), L("Co. Tyrone"), L("BT81 7AS"), town="Castlederg"),
    A("UK", "en", "07545 380226", L("5 Wellfield Close"), L("Tenbury Wells"), L("WR15 8AE"), town="Tenbury Wells"),
    A("UK", "en", "01434 633218", L("3 Watling Street"), L("Corbridge"), L("NE45 5AH"), town="Corbridge"),
    A("UK", "en", "07802 447931", L("21 Queen Street"), L("Amble"), L("NE65 0BX"), town="Amble"),
    A("IE", "en", "087 290 5514", f"{L('Apt 4')}, {L('The Maltings, Bridge Street')}", L("Carrick-on-Shannon"), L("Co. Leitrim"), L("N41 X8E2"), town="Carrick-on-Shannon"),
    A("IE", "en", "083 447 1026", L("12 Fair Green"), L("Listowel"), L("Co. Kerry"), L("V31 K6P9"), town="Listowel"),
    A("US", "en", "(815) 777-2148", L("309 N Main St"), f"{L('Galena')}, {L('IL')} {L('61036')}", town="Galena"),
    A("US", "en", "(520) 432-5907", L("1642 Canyon View Dr"), f"{L('Bisbee')}, {L('AZ')} {L('85603')}", town="Bisbee"),
    A("AU", "en", "0429 371 806", L("14 Lagoon Road"), f"{L('Bermagui')} {L('NSW')} {L('2546')}", town="Bermagui"),
    A("NZ", "en", "027 384 1956", L("8 Tui Crescent"), f"{L('Ōpōtiki')} {L('3122')}", town="Ōpōtiki"),
    A("DE", "de", "09274 803157", L("Am Markt 6"), f"{L('96142')} {L('Hollfeld')}", town="Hollfeld"),
    A("NL", "nl", "06 19453082", L("Dorpsstraat 112"), f"{L('8381 AM')} {L('Vledder')}", town="Vledder"),
    A("FR", "fr", "05 53 06 91 48", L("14 place de l'Église"), f"{L('24620')} {L('Les Eyzies')}", town="Les Eyzies"),
    A("ES", "es", "956 68 24 17", f"{L('Avenida de la Constitución, 23')}, {L('3º D')}", f"{L('11380')} {L('Tarifa')}", f"({L('Cádiz')})", town="Tarifa"),
    A("ES", "es", "981 87 33 05", f"{L('Rúa Real, 19')}, {L('2º')}", f"{L('15960')} {L('Ribeira')}", f"({L('A Coruña')})", town="Ribeira"),
    A("IT", "it", "089 871224", L("Corso Vittorio Emanuele 58"), f"{L('84011')} {L('Amalfi')} ({L('SA')})", town="Amalfi"),
    A("IT", "it", "0464 552187", L("Via dei Mille 14"), f"{L('38066')} {L('Riva del Garda')} ({L('TN')})", town="Riva del Garda"),
    A("PL", "pl", "87 516 22 48", L("ul. Zamkowa 3"), f"{L('16-500')} {L('Sejny')}", town="Sejny"),
    A("SE", "sv", "0240-208 44", L("Kyrkogatan 7"), f"{L('772 30')} {L('Grängesberg')}", town="Grängesberg"),
    A("IE", "en", "087 412 6638", L("6 Ard na Gréine"), L("Clonakilty"), L("Co. Cork"), L("P85 W2K7"), town="Clonakilty"),
    A("IE", "en", "086 309 1742", L("14 Mill Street"), L("Westport"), L("Co. Mayo"), L("F28 Y6N3"), town="Westport"),
    A("US", "en", "(207) 288-4172", f"{L('418 Cottage St')}, {L('Apt 2B')}", f"{L('Bar Harbor')}, {L('ME')} {L('04609')}", town="Bar Harbor"),
    A("US", "en", "(830) 997-2615", L("1207 W Pecan St"), f"{L('Fredericksburg')}, {L('TX')} {L('78624')}", town="Fredericksburg"),
    A("US", "en", "(802) 457-3308", L("77 Orchard Rd"), f"{L('Woodstock')}, {L('VT')} {L('05091')}", town="Woodstock"),
    A("US", "en", "(808) 293-6641", L("54-112 Kamehameha Hwy"), f"{L('Hauula')}, {L('HI')} {L('96717')}", town="Hauula"),
    A("CA", "en", "418 435-2291", L("55 rue Sainte-Anne"), f"{L('Baie-Saint-Paul')}, {L('QC')} {L('G3Z 1N9')}", town="Baie-Saint-Paul"),
    A("AU", "en", "0412 583 906", L("7 Banksia Crescent"), f"{L('Mudgee')} {L('NSW')} {L('2850')}", town="Mudgee"),
    A("AU", "en", "0438 217 450", f"{L('Unit 3')}, {L('18 Gipps Street')}", f"{L('Port Fairy')} {L('VIC')} {L('3284')}", town="Port Fairy"),
    A("NZ", "en", "021 456 7893", L("23 Kowhai Street"), f"{L('Martinborough')} {L('5711')}", town="Martinborough"),
    A("ZA", "en", "082 456 7901", L("18 Bath Street"), L("Montagu"), L("6720"), town="Montagu"),
    A("IN", "en", "98430 61275", f"{L('No. 14, 3rd Cross Street')}, {L('Gandhi Nagar')}", f"{L('Kotagiri')} {L('643217')}", L("Tamil Nadu"), town="Kotagiri"),
    A("IN", "en", "98220 47316", f"{L('Flat 5B')}, {L('Shanti Apartments, Tungarli Road')}", f"{L('Lonavala')} {L('410401')}", town="Lonavala"),
    A("NG", "en", "0803 456 7812", L("7 Adeola Close"), L("Ikot Ekpene"), L("Akwa Ibom State"), town="Ikot Ekpene"),
    A("KE", "en", "0722 918 406", L("P.O. Box 412-20400"), L("Bomet"), town="Bomet"),
    A("PH", "en", "0917 824 3306", L("Blk 4 Lot 12, Sampaguita St."), L("Brgy. San Isidro"), f"{L('Tanay')}, {L('Rizal')}", town="Tanay"),
    A("DE", "de", "07532 416729", L("Schlossgasse 4"), f"{L('88709')} {L('Meersburg')}", town="Meersburg"),
    A("DE", "de", "04681 592203", L("Mühlenweg 17"), f"{L('25938')} {L('Wyk auf Föhr')}", town="Wyk auf Föhr"),
    A("DE", "de", "0151 28476319", L("Kirchplatz 3"), f"{L('91344')} {L('Waischenfeld')}", town="Waischenfeld"),
    A("DE", "de", "0170 4839217", f"{L('Lindenallee 23')}, {L('2. OG')}", f"{L('17419')} {L('Ahlbeck')}", town="Ahlbeck"),
    A("AT", "de", "0664 3812740", L("Dorfstraße 17"), f"{L('6473')} {L('Wenns')}", town="Wenns"),
    A("NL", "nl", "06 41837265", L("Molenweg 3"), f"{L('7981 BC')} {L('Diever')}", town="Diever"),
    A("NL", "nl", "0511 452819", L("Kerkstraat 19"), f"{L('9291 CJ')} {L('Kollum')}", town="Kollum"),
    A("BE", "nl", "0476 28 41 93", L("Veldstraat 44"), f"{L('9990')} {L('Maldegem')}", town="Maldegem"),
    A("FR", "fr", "06 14 82 37 59", L("8 chemin des Vignes"), f"{L('84220')} {L('Gordes')}", town="Gordes"),
    A("FR", "fr", "02 98 27 14 60", L("3 rue du Port"), f"{L('29570')} {L('Camaret-sur-Mer')}", town="Camaret-sur-Mer"),
    A("ES", "es", "648 219 370", f"{L('Calle Mayor, 7')}, {L('1º A')}", f"{L('44100')} {L('Albarracín')}", f"({L('Teruel')})", town="Albarracín"),
    A("ES", "es", "972 63 71 84", L("Carrer de la Font, 12"), f"{L('17256')} {L('Pals')}", f"({L('Girona')})", town="Pals"),
    A("IT", "it", "0742 361 958", L("Via Santa Margherita 9"), f"{L('06031')} {L('Bevagna')} ({L('PG')})", town="Bevagna"),
    A("IT", "it", "0184 206173", L("Vicolo Stretto 3"), f"{L('18035')} {L('Dolceacqua')} ({L('IM')})", town="Dolceacqua"),
    A("PT", "pt", "912 384 607", f"{L('Rua Direita, 45')}, {L('2.º Esq.')}", f"{L('6270-477')} {L('Seia')}", town="Seia"),
    A("PT", "pt", "935 118 260", L("Travessa do Forno, 6"), f"{L('7330-107')} {L('Marvão')}", town="Marvão"),
    A("BR", "br", "(32) 98814-2207", f"{L('Rua das Flores, 112')}, {L('apto 31')}", f"{L('Tiradentes')} - {L('MG')}", L("36325-000"), town="Tiradentes"),
    A("BR", "br", "(75) 99127-4083", L("Rua do Rosário, 58"), f"{L('Lençóis')} - {L('BA')}", L("46960-000"), town="Lençóis"),
    A("PL", "pl", "601 847 239", L("ul. Kościelna 14/3"), f"{L('34-460')} {L('Szczawnica')}", town="Szczawnica"),
    A("PL", "pl", "507 213 864", L("ul. Leśna 5"), f"{L('11-700')} {L('Mrągowo')}", town="Mrągowo"),
    A("TR", "tr", "0532 418 76 25", f"{L('Cumhuriyet Mah.')} {L('Gül Sok. No: 12')} {L('D: 3')}", f"{L('48900')} {L('Datça')}/{L('Muğla')}", town="Datça"),
    A("TR", "tr", "0544 902 31 68", f"{L('Kale Mah.')} {L('Değirmen Sok. No: 7')}", f"{L('37400')} {L('Safranbolu')}/{L('Karabük')}", town="Safranbolu"),
    A("SE", "sv", "070-218 43 65", L("Storgatan 14 B"), f"{L('387 31')} {L('Borgholm')}", town="Borgholm"),
    A("SE", "sv", "0523-223 17", L("Sjövägen 5"), f"{L('450 34')} {L('Fiskebäckskil')}", town="Fiskebäckskil"),
    A("NO", "no", "412 38 557", L("Strandgata 9"), f"{L('9950')} {L('Vardø')}", town="Vardø"),
    A("NO", "no", "977 40 218", L("Kirkeveien 22"), f"{L('3770')} {L('Kragerø')}", town="Kragerø"),
    A("DK", "da", "21 43 86 57", L("Skovvej 4"), f"{L('6792')} {L('Rømø')}", town="Rømø"),
    A("DK", "da", "30 27 16 94", f"{L('Østergade 21')}, {L('1. tv.')}", f"{L('5960')} {L('Marstal')}", town="Marstal"),
]

# standalone phones, national formats, no country codes
PHONES = [
    ("UK", "en", "07946 318502"), ("UK", "en", "07391 228614"), ("UK", "en", "07825 660173"),
    ("UK", "en", "0113 496 0842"), ("UK", "en", "07504 973 118"), ("UK", "en", "07480 215 906"),
    ("IE", "en", "085 731 2046"),
    ("UK", "en", "07823 419056"), ("UK", "en", "07712 903884"), ("UK", "en", "07946 225370"),
    ("UK", "en", "07388 612947"), ("UK", "en", "07491 036528"), ("UK", "en", "07830 574219"),
    ("UK", "en", "07984 117603"), ("UK", "en", "07533 842761"), ("UK", "en", "07702 651390"),
    ("UK", "en", "07415 289034"), ("UK", "en", "07859 403126"), ("UK", "en", "07961 738205"),
    ("UK", "en", "07307 914482"), ("UK", "en", "07469 251837"), ("UK", "en", "07817 360594"),
    ("UK", "en", "07920 048716"), ("UK", "en", "07752 196340"), ("UK", "en", "07538 627091"),
    ("UK", "en", "07404 813569"), ("UK", "en", "07899 532174"), ("UK", "en", "01904 622817"),
    ("UK", "en", "0117 496 0375"), ("UK", "en", "020 8347 1196"), ("UK", "en", "01273 604558"),
    ("UK", "en", "0131 552 7084"), ("UK", "en", "029 2049 6613"), ("UK", "en", "01865 310442"),
    ("UK", "en", "0114 258 9037"), ("UK", "en", "07971 845 206"), ("UK", "en", "07586 220 394"),
    ("UK", "en", "07438 691 507"), ("UK", "en", "07766 405 813"), ("UK", "en", "07862 317 950"),
    ("UK", "en", "07425 908 761"), ("UK", "en", "07713 582 094"), ("UK", "en", "07951 264 318"),
    ("UK", "en", "07392 740 651"), ("UK", "en", "07846 013 579"),
    ("IE", "en", "086 218 4407"),
    ("IE", "en", "089 472 6615"), ("IE", "en", "083 350 9172"), ("IE", "en", "087 905 2281"),
    ("US", "en", "(414) 362-8870"), ("AU", "en", "0421 930 475"), ("AU", "en", "0447 812 063"),
    ("AU", "en", "0409 265 318"), ("AU", "en", "0432 507 941"), ("AU", "en", "0468 174 229"),
    ("UK", "en", "07724 836105"), ("UK", "en", "07457 290813"), ("UK", "en", "07881 645027"),
    ("UK", "en", "07319 502468"), ("UK", "en", "07930 184627"), ("UK", "en", "07475 603912"),
    ("UK", "en", "07808 259374"), ("UK", "en", "07562 918430"), ("UK", "en", "01392 671045"),
    ("UK", "en", "07746 320587"), ("DE", "de", "0157 83629104"), ("IT", "it", "328 419 6027"),
    ("IT", "it", "349 771 2083"), ("PT", "pt", "961 530 274"), ("BR", "br", "(21) 99603-5418"),
    ("SE", "sv", "076-338 90 12"), ("NO", "no", "905 17 364"), ("US", "en", "(512) 839-2260"), ("US", "en", "312-746-9035"),
    ("AU", "en", "0403 118 592"), ("CA", "en", "(604) 873-5519"), ("NG", "en", "0806 291 4437"),
    ("KE", "en", "0711 458302"), ("IN", "en", "99001 43827"), ("ZA", "en", "071 384 2209"),
    ("PH", "en", "0918 552 0471"), ("NZ", "en", "022 318 5540"),
    ("DE", "de", "0176 21948307"), ("DE", "de", "030 45812296"), ("AT", "de", "0676 5128439"),
    ("NL", "nl", "06-28194733"), ("BE", "nl", "0498 51 62 07"), ("FR", "fr", "07 81 36 52 94"),
    ("FR", "fr", "06 52 09 81 47"), ("ES", "es", "622 48 19 05"), ("ES", "es", "655 302 817"),
    ("IT", "it", "347 582 1960"), ("IT", "it", "333 174 0826"), ("PT", "pt", "936 207 418"),
    ("BR", "br", "(11) 97452-1830"), ("PL", "pl", "512 884 303"), ("PL", "pl", "698 140 572"),
    ("TR", "tr", "0541 327 90 18"), ("TR", "tr", "0555 214 63 07"), ("SE", "sv", "073-461 28 90"),
    ("NO", "no", "928 41 705"), ("DK", "da", "52 17 48 30"), ("DK", "da", "28 90 13 64"),
]

# dates of birth (year, month, day), typed by hand, in three age bands
DOBS = {
    "old": [(1931, 2, 14), (1934, 11, 3), (1936, 7, 22), (1938, 5, 9), (1940, 12, 1),
            (1942, 3, 27), (1944, 8, 16), (1946, 1, 30), (1947, 10, 11), (1949, 6, 5)],
    "adult": [(1952, 4, 18), (1955, 9, 2), (1958, 12, 23), (1961, 3, 7), (1963, 7, 29),
              (1966, 10, 14), (1969, 1, 21), (1971, 5, 30), (1974, 8, 8), (1977, 2, 11),
              (1979, 11, 26), (1982, 6, 19), (1985, 9, 3), (1987, 4, 24), (1990, 12, 12),
              (1993, 3, 16), (1995, 7, 1), (1998, 10, 28), (2001, 1, 9)],
    "child": [(2009, 5, 13), (2011, 8, 30), (2012, 2, 4), (2014, 10, 17), (2016, 6, 22),
              (2018, 3, 11)],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}


def fmt_date(t, style):
    y, m, d = t
    if style == "uk":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "uk1":
        return f"{d}/{m}/{y}"
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dash":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "mon":
        return f"{d:02d}-{MONTHS['en'].split()[m - 1][:3]}-{y}"
    if style == "long":
        return f"{d} {MONTHS['en'].split()[m - 1]} {y}"
    if style == "uslong":
        return f"{MONTHS['en'].split()[m - 1]} {d}, {y}"
    if style in ("es", "pt"):
        return f"{d} de {MONTHS[style].split()[m - 1]} de {y}"
    if style in ("it", "nl", "fr", "sv", "tr", "pl"):
        return f"{d} {MONTHS[style].split()[m - 1]} {y}"
    if style == "de":
        return f"{d}. {MONTHS['de'].split()[m - 1]} {y}"
    raise ValueError(style)


# ID numbers typed by hand; each is checked below by its own check-digit rule.
# (value, sex) where the number encodes a sex; the date of birth a number encodes is read back
# from it when a row shows both.
NHS_NUMBERS = ["402 817 3655", "611 493 0827", "735 160 2484", "487 302 9155", "698 241 7034",
               "423 775 1902", "716 034 8524", "459 621 3070", "630 487 2151"]
BSNS = ["284173058", "136059272", "619382041", "472806191"]
PESELS = [("57031408620", "f"), ("88112503473", "m"), ("02240915784", "f"), ("64022309156", "m")]
PNRS = [("510718-2742", "f"), ("880203-5314", "m"), ("460927-3380", "f"), ("791115-6623", "f")]
FNRS = [("12044849281", "f"), ("23095131832", "f"), ("07113924688", "f"), ("15036241710", "m"),
        ("30085748358", "m")]
TCKNS = ["38402719510", "52917463096", "17285604946"]
DNIS = ["48271935H", "02718364V", "73904152T"]
NIFS_PT = ["234187050", "192730843", "258103949"]
CPFS = ["482.719.306-13", "137.604.825-62", "905.318.472-41"]
NIRS = [("2 69 03 75 116 042 41", "f"), ("1 82 06 13 055 213 22", "m")]
KVNRS = ["K293847167", "M710358244", "T406182931"]
CFS = [("SPSGLI61P44F839H", "Giulia", "Esposito"), ("DMCSVT48A27G273D", "Salvatore", "D'Amico"),
       ("DLCFNC90H55L219O", "Francesca", "De Luca")]
SSNS = ["417-38-2296", "529-61-0473", "238-90-4415", "601-27-4839", "148-52-7730", "372-09-5561"]
CARDS = ["4539 1827 4061 2252", "5427 1388 0946 3013", "3744 291870 51635"]
IBANS = {"GB": ["GB26 BARC 2071 4583 9204 71", "GB61 LOYD 3096 2817 4066 52"],
         "DE": ["DE56 4306 0967 1187 3642 00", "DE91 7002 0270 0015 8394 76"],
         "NL": ["NL57 RABO 0318 4620 57", "NL14 INGB 0007 3162 84"],
         "ES": ["ES61 0081 0216 7500 0189 3527"], "IT": ["IT21 D030 6909 6061 0000 0117 355", "IT49 C050 3443 4700 0000 0718 236"],
         "PL": ["PL60 1910 2055 5800 0022 0201 5384 17"], "PT": ["PT50 0007 0000 0032 8471 9364 0"],
         "SE": ["SE41 8000 0832 7900 5417 2836"], "FR": ["FR76 3000 3018 7400 0271 8365 993"],
         "DK": ["DK22 3000 0011 8562 90"]}
MRNS = ["00441726", "H0472195", "RTX8041137", "2291-0448", "K2235018", "M000731926", "600218845",
        "UH-4471093", "73-40-218", "P0093182", "J7730154", "40019-3382"]
IPS = ["86.151.23.114", "82.14.201.37", "2a00:23c5:e31a:9f01:5d2:8b1e:44c0:a71f", "109.147.62.9",
       "31.94.18.203"]


def _luhn(s):
    t = 0
    for i, ch in enumerate(reversed([c for c in s if c.isdigit()])):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        t += d
    return t % 10 == 0


def _check_ids():
    for v in NHS_NUMBERS:
        d = [int(c) for c in v if c.isdigit()]
        c = 11 - sum(a * b for a, b in zip(d, range(10, 1, -1))) % 11
        assert (0 if c == 11 else c) == d[9], v
    for v in BSNS:
        assert (sum(int(v[i]) * (9 - i) for i in range(8)) - int(v[8])) % 11 == 0, v
    for v, sex in PESELS:
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        assert (10 - sum(int(a) * b for a, b in zip(v, w)) % 10) % 10 == int(v[10]), v
        assert (int(v[9]) % 2 == 0) == (sex == "f"), v
    for v, sex in PNRS:
        assert _luhn(v) and (int(v[9]) % 2 == 0) == (sex == "f"), v
    for v, sex in FNRS:
        d = [int(c) for c in v]
        k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        assert (k1 % 11, k2 % 11) == (d[9], d[10]) and (d[8] % 2 == 0) == (sex == "f"), v
    for v in TCKNS:
        d = [int(c) for c in v]
        assert d[0] and (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9] and sum(d[:10]) % 10 == d[10], v
    for v in DNIS:
        assert "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8], v
    for v in NIFS_PT:
        r = 11 - sum(int(v[i]) * (9 - i) for i in range(8)) % 11
        assert (0 if r >= 10 else r) == int(v[8]), v
    for v in CPFS:
        d = [int(c) for c in v if c.isdigit()]
        assert (sum(d[i] * (10 - i) for i in range(9)) * 10) % 11 % 10 == d[9], v
        assert (sum(d[i] * (11 - i) for i in range(10)) * 10) % 11 % 10 == d[10], v
    for v, sex in NIRS:
        d = v.replace(" ", "")
        assert 97 - int(d[:13]) % 97 == int(d[13:]) and (d[0] == "2") == (sex == "f"), v
    for v in KVNRS:
        n = "%02d" % (ord(v[0]) - 64) + v[1:9]
        s = sum((int(c) * (1 if i % 2 == 0 else 2)) // 10 + (int(c) * (1 if i % 2 == 0 else 2)) % 10
                for i, c in enumerate(n))
        assert s % 10 == int(v[9]), v
    odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                    20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
    for v, _, _ in CFS:
        t = sum(odd[c] for c in v[0:15:2]) + sum(int(c) if c.isdigit() else ord(c) - 65 for c in v[1:15:2])
        assert chr(65 + t % 26) == v[15], v
    for v in SSNS:
        a, g, s = v.split("-")
        assert a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000", v
    for v in CARDS:
        assert _luhn(v), v
    for vs in IBANS.values():
        for v in vs:
            s = v.replace(" ", "")
            s = s[4:] + s[:4]
            assert int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1, v


def dob_from_pesel(v):
    y, m, d = int(v[0:2]), int(v[2:4]), int(v[4:6])
    if m > 20:
        return (2000 + y, m - 20, d)
    return (1900 + y, m, d)


# --------------------------------------------------------------------------- e-mail

FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                      "đ": "d", "ı": "i", "ð": "d", "þ": "th", "œ": "oe"})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


# --------------------------------------------------------------------------- drawing

class Pool:
    def __init__(self, items):
        self.items = list(items)
        self.count = [0] * len(self.items)

    def take(self, rng, ok, avoid):
        cands = [i for i, x in enumerate(self.items) if ok(x) and i not in avoid]
        assert cands, "pool exhausted"
        low = min(self.count[i] for i in cands)
        i = rng.choice([i for i in cands if self.count[i] == low])
        self.count[i] += 1
        avoid.add(i)
        return self.items[i]

    def unused(self):
        return [x for x, c in zip(self.items, self.count) if c == 0]


class Ctx:
    """What one row's template draws from.  Nothing is drawn twice in one row."""

    def __init__(self, rng, pools):
        self.rng, self.pools = rng, pools
        self.avoid = {k: set() for k in pools}

    def _take(self, pool, ok=lambda x: True):
        return self.pools[pool].take(self.rng, ok, self.avoid[pool])

    def p(self, lang="en", g=None, sf=None, cul=None):
        return self._take("people", lambda x: (lang in x.langs or cul) and (g is None or x.g == g)
                          and (sf is None or x.sf == sf) and (cul is None or x.culture in cul))

    def addr(self, lang="en", cs=None):
        return self._take("addrs", lambda a: a["lang"] == lang and (cs is None or a["c"] in cs))

    def tel(self, lang="en", cs=None):
        return self._take("phones", lambda t: t[1] == lang and (cs is None or t[0] in cs))[2]

    def dob(self, band="adult"):
        return self._take("dob_" + band)

    def mrn(self):
        return self._take("mrns")

    def nhs(self):
        return self._take("nhs")

    def ip(self):
        return self._take("ips")

    def pick(self, seq):
        return self.rng.choice(seq)

    def email(self, p, domain, style=None):
        g = fold(p.given.split()[0] if not p.sf else p.given.replace("-", ""))
        f = fold(p.family.split()[-1] if fold(p.family.split()[0]) in ("ni", "binti", "bin")
                 else p.family)
        styles = ["g.f", "gf", "g_f", "f.g", "gi.f", "gfnn", "g.fnn", "gnn", "fg"]
        style = style or self.rng.choice(styles)
        nn = str(self.rng.randint(11, 98))
        local = {"g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}",
                 "gi.f": f"{g[0]}.{f}", "gfnn": f"{g}{f}{nn}", "g.fnn": f"{g}.{f}{nn}",
                 "gnn": f"{g}{nn}", "fg": f"{f}{g[0]}", "gi": f"{g[0]}{f}"}[style]
        return M("EMAIL_ADDRESS", f"{local}@{domain}")


# name helpers: every mention is its own PERSON span; titles and possessive 's stay outside

def F(p):
    return M("PERSON", p.full)


def G(p):
    return M("PERSON", p.given)


def S(p):
    return M("PERSON", p.family)


def T(p, m="Mr", f="Mrs"):
    return f"{m if p.g == 'm' else f} {S(p)}"


def SG(p):
    """'Surname, Given' as in a list: two spans"""
    return f"{S(p)}, {G(p)}"


def he(p):
    return "he" if p.g == "m" else "she"


def his(p):
    return "his" if p.g == "m" else "her"


def him(p):
    return "him" if p.g == "m" else "her"


def block(a):
    return "\n".join(a["lines"])


def oneline(a):
    return ", ".join(a["lines"])


def town(a):
    return L(a["town"])


# --------------------------------------------------------------------------- templates

TEMPLATES = []


def tpl(cls, name, n, lang="en", case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "n": n, "lang": lang, "case": case, "fn": fn})
        return fn
    return deco


def fixed(cls, name, lang, case, texts):
    TEMPLATES.append({"cls": cls, "name": name, "n": len(texts), "lang": lang, "case": case,
                      "fn": (lambda i, c, _t=texts: _t[i])})

# =========================================================================== personal rows
# --------------------------------------------------------------- GP surgeries, clinics, wards

@tpl("personal_gp", "dna_letter", 3)
def _(i, c):
    p = c.p()
    a = c.addr(cs={"UK"})
    cond = ["diabetic foot check", "asthma review (she's on Fostair 100/6)" if p.g == "f" else
            "asthma review (he's on Fostair 100/6)", "blood pressure recall"][i]
    tail = ["Keep it firm but kind, and mention we may have to remove them from the list if it "
            "carries on (practice DNA policy, 3 strikes).",
            "Not too formal please, last time someone complained our letters sound like a bailiff.",
            "Offer the Saturday extended-access slots and the NHS App for rebooking."][i]
    return (f"Can you draft a letter to {T(p, f='Ms')}? {he(p).capitalize()} has missed 3 appointments "
            f"in a row for {his(p)} {cond}. {tail}\n\n"
            f"Patient: {F(p)}\nDOB: {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))}\n"
            f"Address: {oneline(a)}")


@tpl("personal_gp", "referral_form", 3)
def _(i, c):
    p, gp = c.p(), c.p()
    a = c.addr(cs={"UK"})
    spec, reason = [
        ("NEUROLOGY - routine", "?early Parkinson's. Resting tremor R hand 6/12, micrographia, wife "
         "says reduced arm swing. No falls. Started on nothing yet"),
        ("GASTROENTEROLOGY - urgent", "suspected Crohn's disease. 3/12 loose stools 5-6x/day, wt loss "
         "4kg, faecal calprotectin 412, CRP 38. FHx - brother has UC"),
        ("MEMORY CLINIC", "progressive memory loss over 18 months, MoCA 19/30, ?Alzheimer's vs vascular. "
         "Lives alone, daughter worried re cooking/gas"),
    ][i]
    return (f"Tidy up this referral and fix the grammar before I send it on e-RS, don't change the "
            f"clinical content:\n\nREFERRAL: {spec}\nName: {F(p)}\nNHS No: {NID(c.nhs())}\n"
            f"DOB: {M('DATE_OF_BIRTH', fmt_date(c.dob('old' if i == 2 else 'adult'), 'uk'))}   "
            f"Tel: {PH(a['tel'])}\nAddress:\n{block(a)}\n\nReason for referral: {reason}\n"
            f"Referring clinician: Dr {F(gp)}")


@tpl("personal_gp", "reception_chat", 3, case="lower")
def _(i, c):
    p = c.p()
    tel = c.tel(cs={"UK", "IE"})
    d = fmt_date(c.dob(), "uk")
    ask = [
        f"pt {F(p)} rang, dob {M('DATE_OF_BIRTH', d)}, wants sertaline repeat early as flying to "
        f"portugal on the 14th. cb on {PH(tel)}. can u word a text saying the gp has to approve "
        f"early issues and it can take 48h",
        f"{F(p)} dob {M('DATE_OF_BIRTH', d)} asking for a fit note extension, says the duty gp "
        f"told {him(p)} to ring back. cb {PH(tel)}. write me a short reply for accurx pls",
        f"can you make this sound less rude. msg to {F(p)} ({M('DATE_OF_BIRTH', d)}): "
        f"'you need to book bloods before we can issue your ramipril, we told you in march'. "
        f"{his(p)} number is {PH(tel)} if it matters",
    ][i]
    return ask


@tpl("personal_gp", "rota_table", 2)
def _(i, c):
    d1, d2, n1, h1 = c.p(), c.p(), c.p(), c.p()
    off = [d2, n1, h1][i]
    offname = f"Dr {S(off)}" if off is d2 else G(off)
    return ("Rebalance next week's rota, " + offname + " is now off Thursday (annual leave). "
            "Keep at least one GP on the duty list every session and don't give anyone more than "
            "8 sessions.\n\n"
            "| | Mon | Tue | Wed | Thu | Fri |\n|---|---|---|---|---|---|\n"
            f"| AM duty | Dr {S(d1)} | Dr {S(d2)} | Dr {S(d1)} | Dr {S(d2)} | Dr {S(d1)} |\n"
            f"| PM duty | Dr {S(d2)} | Dr {S(d1)} | locum | Dr {S(d1)} | Dr {S(d2)} |\n"
            f"| Minor illness | {G(n1)} (ANP) | {G(n1)} (ANP) | - | {G(n1)} (ANP) | {G(n1)} (ANP) |\n"
            f"| Bloods/ECG | {G(h1)} | {G(h1)} | {G(h1)} | {G(h1)} | - |")


@tpl("personal_gp", "ward_discharge", 2)
def _(i, c):
    p, nok = c.p(), c.p(g=["f", "m", None][i])
    ward, story = [
        ("Lister", "admitted via ED with a UTI and delirium, treated with IV gentamicin then oral "
         "nitrofurantoin. Barthel 14/20 on discharge, back to baseline per family"),
        ("Nightingale", "fall at home, #NOF repaired (DHS), mobilising with a Zimmer frame, "
         "physio happy. Apixaban (Eliquis) restarted day 2 post-op"),
        ("Cavell", "exacerbation of COPD, CURB-65 of 2, 5 days of prednisolone, new home O2 "
         "assessment booked at the chest clinic"),
    ][i]
    return (f"Summarise this discharge note for the GP letter, 5 bullet points max:\n\n"
            f"{F(p)} (hosp no {MRN(c.mrn())}) discharged from {ward} Ward today. {story}. "
            f"NOK is {['daughter', 'son', 'partner'][i]} {F(nok)}, {PH(c.tel(cs={'UK'}))}, "
            f"who will collect {him(p)} at 2pm. District nurses informed.")


@tpl("personal_gp", "practice_email", 2)
def _(i, c):
    pm, p = c.p(), c.p()
    dom = ["nhs.net", "nhs.net", "hse.ie"][i]
    practice = ["Harbourside Medical Practice", "Fleming Road Surgery", "Quayside Family Practice"][i]
    subj = [("Re: complaint",
             f"I've spoken to {F(p)} about the complaint re the flu clinic queue. {he(p).capitalize()}'s "
             f"happy with an apology letter but wants to know why the Pfizer booster slots went so fast."),
            ("Re: home visit",
             f"Can someone ring {T(p)} back before 11 - she wants a home visit for her husband "
             f"but I think it's a care-home query not ours." if p.g == "f" else
             f"Can someone ring {T(p)} back before 11 - he wants a home visit for his wife but "
             f"I think it's a care-home query not ours."),
            ("Re: records request",
             f"SAR from {F(p)} came in Tuesday, 30-day clock started. Redact the third-party bits "
             f"(the ex-partner's letters) before we post.")][i]
    return (f"What are the actions in this email, and who owns each?\n\n> Subject: {subj[0]}\n>\n"
            f"> {subj[1]}\n>\n> Thanks,\n> {F(pm)}\n> Practice Manager, {practice}\n"
            f"> {c.email(pm, dom, 'g.f')} | direct {PH(c.tel(cs={'UK'}))}")


@tpl("personal_gp", "clinic_csv", 2)
def _(i, c):
    ps = [c.p() for _ in range(4)]
    times = ["09:10", "09:30", "09:50", "10:20"]
    clinic = ["diabetes", "anticoag"][i]
    bands = ["old", "adult", "old", "adult"]
    rows = "\n".join(
        f"{MRN(c.mrn())},{S(p)},{G(p)},{M('DATE_OF_BIRTH', fmt_date(c.dob(b), 'uk'))},{clinic},{t}"
        for p, t, b in zip(ps, reversed(times) if i else times, bands))
    return (f"Sort this clinic list by time and flag anyone 75 or over so we can book longer slots:\n\n"
            f"hospital_no,surname,forename,dob,clinic,time\n{rows}")


@tpl("personal_gp", "portal_logins", 2)
def _(i, c):
    p = c.p()
    h = [f"{fold(p.given)}{fold(p.family)[:1]}{c.rng.randint(70, 99)}",
         f"{fold(p.family)}.{fold(p.given)[:1]}"][i]
    i1, i2 = c.ip(), c.ip()
    return (f"Our patient portal flagged these logins on {F(p)}'s account. {he(p).capitalize()} says "
            f"{he(p)} never logged in from abroad. Is this worth escalating to the DPO?\n\n"
            f"2024-03-02 07:41:18 LOGIN_OK user={M('PERSON', h)} ip={IP(i1)} device=iPhone (NHS App)\n"
            f"2024-03-02 23:12:55 LOGIN_FAIL user={M('PERSON', h)} ip={IP(i2)} reason=bad_password\n"
            f"2024-03-02 23:13:40 LOGIN_OK user={M('PERSON', h)} ip={IP(i2)} device=Chrome/Windows")


@tpl("personal_gp", "us_intake", 2)
def _(i, c):
    p = c.p()
    a = c.addr(cs={"US"})
    ins = ["Aetna PPO", "Blue Cross Blue Shield of Texas", "Kaiser Permanente (out of network)"][i]
    cc = ["knee pain after a fall while hiking in Acadia", "f/u hypothyroidism, on Synthroid 75mcg",
          "annual physical, wants to discuss Ozempic"][i]
    return (f"Turn this intake sheet into a 2-line chart summary:\n\nPatient: {F(p)}\n"
            f"DOB: {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'us'))}\nSSN: {SSN(SSNS[i])}\n"
            f"Address: {oneline(a)}\nCell: {PH(a['tel'])}\nInsurance: {ins}\nChief complaint: {cc}")


@tpl("personal_gp", "de_ueberweisung", 2, lang="de")
def _(i, c):
    p = c.p("de")
    a = c.addr("de", cs={"DE"})
    arzt = c.p("de")
    dx = ["Verdacht auf Morbus Crohn, seit 10 Wochen Diarrhö, Calprotectin deutlich erhöht",
          "V. a. Hashimoto-Thyreoiditis, TSH 8,9, TPO-AK positiv, Müdigkeit, Gewichtszunahme"][i]
    return (f"Bitte formuliere daraus einen kurzen Überweisungsbrief an die Gastroenterologie "
            f"bzw. Endokrinologie, sachlich, ohne Floskeln:\n\n"
            f"Pat.: {S(p)}, {G(p)} ({'w' if p.g == 'f' else 'm'}), geb. {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'dot'))}\n"
            f"wohnhaft {oneline(a)}\nTel. {PH(a['tel'])}\nVersichertennr.: {NID(KVNRS[i])}\n"
            f"Diagnose: {dx}\nÜberweisender Arzt: Dr. med. {F(arzt)}")


@tpl("personal_gp", "nl_triage", 2, lang="nl")
def _(i, c):
    p = c.p("nl")
    a = c.addr("nl", cs={"NL"})
    klacht = ["koorts sinds gisteren, 39,2, vlekjes op de benen die niet wegdrukken",
              "pijn op de borst bij traplopen, uitstraling naar linkerarm, rookt 20 per dag"][i]
    return (f"Kun je deze triagenotitie van de assistente omzetten in een nette SBAR-overdracht "
            f"voor de huisarts?\n\n{F(p)}, geb. {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'dash'))}, "
            f"BSN {NID(BSNS[i])}\n{oneline(a)}, tel {PH(a['tel'])}\nKlacht: {klacht}. "
            f"Volgens NTS-urgentie U2. Dochter {G(c.p('nl', g='f'))} belt terug.")


@tpl("personal_gp", "sv_vardcentral", 2, lang="sv")
def _(i, c):
    pnr, sex = PNRS[i]
    p = c.p("sv", g=sex)
    a = c.addr("sv")
    text = [f"vill förnya sitt recept på Waran och undrar om INR-provet kan tas i {town(a)} istället",
            "har haft yrsel i två veckor, misstänker själv Ménières sjukdom efter att ha läst på 1177"][i]
    return (f"Skriv ett kort och vänligt svar till patienten via 1177-inkorgen. Bakgrund:\n\n"
            f"{F(p)}, personnr {NID(pnr)}, {oneline(a)}, tel {PH([a['tel'], c.tel('sv')][i])}. {text}. "
            f"Ansvarig sjuksköterska: {F(c.p('sv'))}.")


@tpl("personal_gp", "world_clinic", 4)
def _(i, c):
    if i == 0:
        a, p = c.addr(cs={"KE"}), c.p(g="f", cul={"Kikuyu", "Luo"})
        return (f"We run outreach antenatal clinics in the county. Draft a short SMS in English and "
                f"Swahili reminding {F(p)} of her 28-week ANC visit on Thursday, and to bring the "
                f"Mother & Child booklet. Her details: {oneline(a)}, {PH(a['tel'])} or "
                f"{PH(c.tel(cs={'KE'}))} (husband). Under 300 characters.")
    if i == 1:
        a = c.addr(cs={"PH"})
        m, f = c.p(g="f", cul={"Filipino"}), c.p(g="m", cul={"Filipino"})
        return (f"Barangay health center. Please write a Tagalog-English reminder for {F(m)} that "
                f"her son's 3rd pentavalent and OPV dose is due on Monday. Address on the card: "
                f"{oneline(a)}. CP {PH(a['tel'])}, father {F(f)} {PH(c.tel(cs={'PH'}))}.")
    if i == 2:
        a, p = c.addr(cs={"IN"}), c.p(cul={"Tamil"})
        return (f"Summarise this for a referral letter to CMC Vellore, neurology OPD:\n\n"
                f"Name: {F(p)}\nAge/DOB: {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))}\n"
                f"Address: {block(a)}\nMobile: {PH(a['tel'])}, alt {PH(c.tel(cs={'IN'}))}\n"
                f"Complaints: 3 episodes of LOC with tongue bite, ?seizure. EEG not available here.")
    a, p = c.addr(cs={"CA"}), c.p(g="f", cul={"Québécois"})
    return (f"Write a short bilingual (French/English) reminder from the CLSC that {F(p)}'s RSV "
            f"vaccine (Arexvy) is booked for Tuesday 10:00. Her file: {oneline(a)}, home "
            f"{PH(a['tel'])}; daughter in {L('Vancouver')} {PH(c.tel(cs={'CA'}))} wants a copy.")


# --------------------------------------------------------------- dentists and opticians

@tpl("personal_dental_optical", "recall_sms", 2)
def _(i, c):
    ps = [c.p() for _ in range(3)]
    notes = [["last check-up Mar 2023, hygienist overdue", "crown prep booked then cancelled",
              "kids' appts too, ask about school holidays"],
             ["Denplan lapsed", "prefers texts not calls", "nervous patient, offer the 8am slot"],
             ["NHS band 1 due", "said moving house soon", "Invisalign refinements pending"]][i]
    lines = "\n".join(f"- {F(p)}, {PH(c.tel(cs={'UK', 'IE', 'AU'}))}, {n}" for p, n in zip(ps, notes))
    return (f"Write a short personalised recall SMS for each of these (under 160 characters, sign "
            f"off as 'the team at Bridge Street Dental'):\n{lines}")


@tpl("personal_dental_optical", "complaint_reply", 3)
def _(i, c):
    p = c.p()
    a = c.addr(cs=[{"UK"}, {"IE"}, {"AU", "NZ"}][i])
    gripe = ["I was charged £306.80 for a crown that came off after five weeks and nobody will give "
             "me an appointment before next month",
             "My son's Invisalign aligners were sent to the wrong address twice and the second set "
             "doesn't fit. We have paid £2,950 so far",
             "The hygienist was rough and I left bleeding. I have sensitive gums and had told the "
             "receptionist that on the phone"][i]
    return (f"Help me draft a calm reply to this complaint. Acknowledge, apologise where we can, "
            f"offer an appointment with the practice principal.\n\n> {gripe}. I expect a refund.\n"
            f">\n> {F(p)}\n> {oneline(a)}\n> {PH(a['tel'])}")


@tpl("personal_dental_optical", "optom_notes", 3, case="lower")
def _(i, c):
    p = c.p()
    d = M("DATE_OF_BIRTH", fmt_date(c.dob("adult" if i else "old"), "uk"))
    body = [
        f"{T(p)} in today, dob {d}, says vision in L eye gone wavy over a week, amsler grid "
        f"distortion centrally, VA 6/18 L. ?wet AMD. write the urgent referral to moorfields "
        f"for me",
        f"{F(p)} ({d}) c/o flashes + new floaters R eye since sunday. dilated, no obvious tear "
        f"seen but view poor. draft a same-day referral to eye casualty, {he(p)} has no car",
        f"pt {F(p)}, dob {d}, IOP 28/27 on goldmann, humphrey shows early arcuate defect R. "
        f"family hx glaucoma (mum). write a routine referral + a leaflet para for {him(p)}",
    ][i]
    return body


@tpl("personal_dental_optical", "ortho_table", 2)
def _(i, c):
    kids = [c.p() for _ in range(3)]
    parents = [c.p() for _ in range(3)]
    appl = [["Invisalign", "fixed (Damon)", "Twin Block"], ["Hawley retainer", "Invisalign Teen",
            "fixed upper only"], ["Essix retainer", "Twin Block", "Invisalign"]][i]
    rows = "\n".join(
        f"| {F(k)} | {M('DATE_OF_BIRTH', fmt_date(c.dob('child'), 'uk'))} | {ap} | {F(pa)} | "
        f"{PH(c.tel(cs={'UK'}))} |" for k, pa, ap in zip(kids, parents, appl))
    return (f"From this table, write a reminder letter to each parent about the next ortho review "
            f"and remind them retainers must be worn every night:\n\n"
            f"| Patient | DOB | Appliance | Parent | Mobile |\n|---|---|---|---|---|\n{rows}")


@tpl("personal_dental_optical", "es_presupuesto", 2, lang="es")
def _(i, c):
    p = c.p("es")
    a = c.addr("es")
    trat = ["implante en el 36 con corona de zirconio, 1.450 €", "ortodoncia invisible (Invisalign "
            "Lite), 2.800 € en 12 meses sin intereses"][i]
    return (f"Redacta un correo para enviar este presupuesto a la paciente de forma clara y cercana:\n\n"
            f"Paciente: {F(p)}\nDNI: {NID(DNIS[i])}\nDomicilio: {oneline(a)}\n"
            f"Tel.: {PH(a['tel'])}\nEmail: {c.email(p, ['gmail.com', 'hotmail.es'][i])}\n"
            f"Tratamiento: {trat}\nDoctora: {F(c.p('es'))}")


@tpl("personal_dental_optical", "it_ottico", 2, lang="it")
def _(i, c):
    p = c.p("it")
    a = c.addr("it")
    return (["Riscrivi in modo più professionale questo messaggio per il cliente:\n\n",
             "Mi fai un riassunto di questa scheda cliente da mettere nel gestionale?\n\n"][i] +
            [f"Gentile {T(p, 'Sig.', 'Sig.ra')}, le lenti progressive Varilux sono arrivate, "
             f"può passare a ritirarle da martedì. Le ricordiamo il controllo della vista tra 12 "
             f"mesi. Per info ci chiami.\n\n(cliente: {F(p)}, {oneline(a)}, cell. {PH(c.tel('it'))})",
             f"Cliente: {F(p)}, nato/a il {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'it'))}, "
             f"{oneline(a)}, tel {PH(a['tel'])}. Miopia -3,25 OD / -3,50 OS, astigmatismo lieve. "
             f"Montatura Ray-Ban RX5154, lenti Zeiss con trattamento antiriflesso. Sospetto "
             f"cheratocono, consigliata visita al Gemelli."][i])


# --------------------------------------------------------------- pharmacies

@tpl("personal_pharmacy", "delivery_run", 2)
def _(i, c):
    cs = [{"UK"}, {"UK"}, {"IE", "UK"}][i]
    stops = []
    for k in range(3):
        p, a = c.p(), c.addr(cs=cs)
        item = [["Dosette x4 wks", "fridge item (insulin)", "CD - signature needed"],
                ["Wegovy pens (fridge)", "blister packs", "oxygen tubing + Ensure"],
                ["Methotrexate + folic acid", "Calpol + Piriton (child)", "CD - Oramorph"]][i][k]
        stops.append(f"{k + 1}. {F(p)} - {oneline(a)} - {PH(a['tel'])} - {item}")
    return ("Put these deliveries in a sensible order for the driver starting from the pharmacy, "
            "fridge and CD items first:\n\n" + "\n".join(stops))


@tpl("personal_pharmacy", "whatsapp", 3, case="lower")
def _(i, c):
    p = c.p(g="f" if i == 0 else None)
    msgs = [
        [f"[09:14] {G(p)}: hi is my mums perscription ready, its under {F(c.p(g='f'))}",
         "[09:20] Pharmacy: Hi, yes ready from 2pm, the amlodipine was on back order",
         f"[09:21] {G(p)}: ok can my husband collect? hes called {G(c.p(g='m'))}"],
        [f"[13:02] {F(p)}: do you have any nytol or is it still out of stock",
         "[13:05] Pharmacy: We have Nytol One-A-Night but not the herbal one",
         f"[13:06] {F(p)}: put one aside pls. my number if u need it {PH(c.tel(cs={'UK'}))}"],
        [f"[18:40] {G(p)}: can i take lemsip with my nurofen? got a bad cold",
         "[18:52] Pharmacy: Lemsip Max has paracetamol so that's fine with ibuprofen, just not with "
         "other paracetamol",
         f"[18:53] {G(p)}: thanks!! its {F(p)} btw, dob {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk1'))}"],
    ][i]
    return ("summarise this whatsapp chat for the handover book, one line:\n\n" + "\n".join(msgs))


@tpl("personal_pharmacy", "card_phone", 2)
def _(i, c):
    p = c.p(g="f" if i == 0 else None)
    return (["A customer read her card details out on the phone for a private prescription and "
             "my colleague wrote them on a post-it. Draft a short note to staff on why we don't do "
             "this (PCI), and a reply to the customer asking her to pay in store instead.\n\n",
             "Write the receipt email for this phone order and remove anything that shouldn't "
             "be in an email:\n\n"][i] +
            [f"Post-it: {F(p)} - {CARD(CARDS[0])} exp 09/27 - Mounjaro 5mg x4",
             f"Order: Saxenda pens x5, private Rx\nCustomer: {F(p)}\n"
             f"Email: {c.email(p, 'btinternet.com')}\nPaid: Mastercard {CARD(CARDS[1])}\n"
             f"Collection: in store, Thursday after 3pm"][i])


@tpl("personal_pharmacy", "nms_notes", 2)
def _(i, c):
    p, gp = c.p(), c.p()
    drug = ["apixaban (Eliquis) 5mg bd for new AF", "Fostair 100/6 inhaler for asthma, poor technique",
            "atorvastatin (Lipitor) 20mg, muscle aches"][i]
    return (f"Summarise these New Medicine Service notes into the PMR entry (3 lines):\n\n"
            f"Pt: {F(p)} DOB {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))} GP: Dr {S(gp)}\n"
            f"Started {drug}. Taking as prescribed most days, missed 2 doses on holiday. Asked "
            f"about alcohol and ibuprofen - advised. Will follow up in 2 weeks by phone on "
            f"{PH(c.tel(cs={'UK'}))}.")


@tpl("personal_pharmacy", "labels_caps", 2, case="upper")
def _(i, c):
    ps = [c.p(), c.p()]
    meds = [("Co-codamol 30/500mg", "take two tablets up to four times a day. may cause drowsiness"),
            ("Amoxicillin 500mg", "take one capsule three times a day until finished"),
            ("Sertraline 50mg", "take one tablet in the morning"),
            ("Lansoprazole 30mg", "take one capsule before breakfast")]
    m = meds[2 * i:2 * i + 2]
    lab = "\n".join(f"{F(p)}  {m[k][0]}  {m[k][1]}  date: 1{k + 2}/03"
                    for k, p in enumerate(ps))
    return f"Check these two labels against BNF wording and tell me what's missing:\n\n{lab}"


@tpl("personal_pharmacy", "pl_apteka", 2, lang="pl", case="lower")
def _(i, c):
    pes, sex = PESELS[i]
    p = c.p("pl", g=sex)
    return ([f"pani {S(p)} dzwoniła w sprawie e-recepty, kod nie działa. pesel {NID(pes)}, "
             f"{F(p)}, tel {PH(c.tel('pl'))}. napisz krótkiego smsa że lek (euthyrox 50) "
             f"będzie jutro po 12 i żeby przyszła z dowodem",
             f"napisz grzecznie odpowiedź do pana {S(p)}: pyta czy może odebrać receptę za żonę. "
             f"jego dane {F(p)}, pesel {NID(pes)}, adres {oneline(c.addr('pl'))}. "
             f"leki: xarelto 20 i apap"][i])


@tpl("personal_pharmacy", "tr_eczane", 2, lang="tr")
def _(i, c):
    p = c.p("tr")
    a = c.addr("tr")
    return (["Şu müşteriye kibar bir SMS yaz, ilacının geldiğini ve yarın akşama kadar "
             "alabileceğini söyle:\n\n", "Bu notu düzgün bir teslim notuna çevir:\n\n"][i] +
            [f"{F(p)}, TC {NID(TCKNS[i])}, tel {PH(c.tel('tr'))}. Reçetesindeki Coraspin ve "
             f"Beloc stokta yoktu, bugün depodan geldi.",
             f"{G(p)} {'Bey' if p.g == 'm' else 'Hanım'} ({F(p)}) için eve teslim: {oneline(a)}. Tel {PH(a['tel'])}. "
             f"İnsülin (Lantus) soğuk zincir, kapıda imza lazım. TC {NID(TCKNS[i])}."][i])


@tpl("personal_pharmacy", "br_farmacia", 2, lang="br")
def _(i, c):
    p = c.p("br")
    a = c.addr("br")
    return (["Resuma esse atendimento pro sistema da farmácia:\n\n",
             "Escreve uma mensagem de WhatsApp avisando que o pedido saiu pra entrega:\n\n"][i] +
            [f"Cliente {F(p)}, CPF {NID(CPFS[i])}, veio buscar Losartana pelo Farmácia Popular. "
             f"Nasc. {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))}. Pediu também Dorflex e "
             f"Buscopan. Tel {PH(c.tel('br'))}.",
             f"Pedido de {F(p)}: Novalgina, Neosaldina e fralda geriátrica. Entrega em "
             f"{oneline(a)}. Fone {PH(a['tel'])}. CPF na nota: {NID(CPFS[i])}."][i])


@tpl("personal_pharmacy", "world_pharmacy", 3)
def _(i, c):
    if i == 0:
        a, p = c.addr(cs={"IN"}), c.p(cul={"Marathi", "Gujarati", "Hindi"})
        return (f"Draft a WhatsApp message to {F(p)} saying the Glycomet GP 2 and Telma 40 refills "
                f"are packed for home delivery to {oneline(a)} this evening. Ask to confirm on "
                f"{PH(a['tel'])}. Polite, short.")
    if i == 1:
        a, p = c.addr(cs={"NG"}), c.p(cul={"Igbo", "Yoruba", "Hausa"})
        return (f"Delivery note for the rider, make it clear:\n\ncustomer {F(p)}\n{block(a)}\n"
                f"call {PH(a['tel'])} / {PH(c.tel(cs={'NG'}))} on arrival\nitems: Coartem x2, "
                f"Emzor paracetamol, ORS sachets. Payment on delivery (transfer)")
    a, p = c.addr(cs={"ZA"}), c.p(cul={"Afrikaans", "Xhosa", "Zulu"})
    return (f"Script collection reminder for {F(p)} ({oneline(a)}, {PH(a['tel'])}): chronic meds "
            f"ready, bring your ID book and medical aid card (Discovery). Alt number "
            f"{PH(c.tel(cs={'ZA'}))}. Keep it friendly, English + Afrikaans.")


# --------------------------------------------------------------- physiotherapy and mental health

@tpl("personal_therapy", "physio_soap", 3)
def _(i, c):
    p = c.p()
    s_, o_ = [
        ("twisted R knee playing 5-a-side 2/52 ago, felt a pop, swelling within 2 hrs",
         "Lachman +ve (soft end feel), McMurray -ve, effusion ++, ROM 10-95"),
        ("LBP 6/52 after moving house, no red flags, sleeping OK",
         "FABER -ve, SLR 70 bilat, directional preference for extension (McKenzie)"),
        ("L shoulder pain reaching overhead, plays padel 3x/week",
         "painful arc 70-120, Hawkins-Kennedy +ve, Neer +ve, ER strength 4/5"),
    ][i]
    return (f"Turn these scribbles into a proper SOAP note:\n\n{F(p)}, "
            f"{M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))}, referred by Dr {F(c.p())}\n"
            f"S: {s_}\nO: {o_}\nA: ?\nP: ?")


@tpl("personal_therapy", "mh_notes", 3, case="lower")
def _(i, c):
    p, q = c.p(), c.p(g="m" if i == 1 else None)
    return [
        f"can you summarise my session notes into 3 lines for the file. session 6 with {F(p)}. "
        f"phq-9 down from 19 to 12, gad-7 still 15. working on thought records (beck). "
        f"still arguing w partner {G(q)} about money, {he(p)} wants couples work but not w me",
        f"help me write a supervision summary: client {F(p)}, 34, bereavement after losing {his(p)} "
        f"brother {G(q)} in march. using kubler-ross loosely but {he(p)} hates the 'stages' idea. "
        f"risk low, no plan, protective factor = {his(p)} dog",
        f"rewrite this so its suitable for a gp letter (no jargon): {F(p)} attended 8 sessions of "
        f"emdr for ptsd after rta. ies-r 52 -> 21. {he(p)} has returned to driving. "
        f"discharge. emergency contact {F(q)} {PH(c.tel(cs={'UK'}))}",
    ][i]


@tpl("personal_therapy", "mh_referral_email", 3)
def _(i, c):
    p, gp = c.p(), c.p()
    svc = ["NHS Talking Therapies", "Maudsley eating disorders", "DBT group"][i]
    why = ["low mood since redundancy, PHQ-9 17, would prefer online CBT (SilverCloud)",
           "restricting, BMI 16.8, lanugo, bradycardia 48 on ECG",
           "long-standing emotional dysregulation, self-harm x3 this year, keen on Linehan's DBT"][i]
    return (f"Shorten this referral email to fit the {svc} form (max 800 chars):\n\n"
            f"> Dear colleagues,\n> I would be grateful if you could see {F(p)} "
            f"({M('DATE_OF_BIRTH', fmt_date(c.dob(), 'long'))}), {why}. "
            f"{he(p).capitalize()} can be reached on {PH(c.tel(cs={'UK', 'IE'}))} (ok to leave a message).\n"
            f"> Kind regards\n> Dr {F(gp)}\n> {c.email(gp, 'nhs.net', 'g.f')}")


@tpl("personal_therapy", "pilates_register", 2)
def _(i, c):
    ps = [c.p() for _ in range(4)]
    notes = [["post-natal 10 wks", "L hip replacement 2022", "", "osteoporosis - no loaded flexion"],
             ["hypermobile (Beighton 7)", "", "pregnant 22 wks", "sciatica R"],
             ["new", "ankylosing spondylitis", "knee OA", ""]][i]
    rows = "\n".join(f"| {F(p)} | {PH(c.tel(cs={'UK', 'AU', 'NZ'}))} | {n} |" for p, n in zip(ps, notes))
    return (f"Tuesday 7pm reformer class register. Write me a 45-min plan that works for everyone "
            f"and tell me who needs modifications:\n\n| Name | Mobile | Notes |\n|---|---|---|\n{rows}")


@tpl("personal_therapy", "intake_transcript", 2)
def _(i, c):
    p = c.p()
    nm = p.given.upper() if not p.sf else p.full.upper()
    lab = M("PERSON", nm)
    a = c.addr(cs={"UK", "IE"})
    return ("Pull out the key intake details from this phone call (name, DOB, contact, presenting "
            "problem) into a table:\n\n"
            f"COUNSELLOR: Can I take your full name?\n{lab}: It's {F(p)}.\n"
            f"COUNSELLOR: And date of birth?\n{lab}: {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'long'))}.\n"
            f"COUNSELLOR: Best number?\n{lab}: {PH(a['tel'])}, I'm in {town(a)} so I'd rather online.\n"
            f"COUNSELLOR: What's brought you to us?\n{lab}: " +
            ["Panic attacks on the train. I've tried the Headspace app but it's not enough.",
             "My GP thinks I might have ADHD, I've been reading about it on the ADDitude site."][i])


@tpl("personal_therapy", "fr_psy", 2, lang="fr")
def _(i, c):
    nir, sex = NIRS[i]
    p = c.p("fr", g=sex)
    a = c.addr("fr")
    return (["Peux-tu reformuler ce courrier pour le médecin traitant, en restant sobre ?\n\n",
             "Fais-moi un résumé en 3 lignes pour le dossier :\n\n"][i] +
            [f"{'M.' if p.g == 'm' else 'Mme'} {M('PERSON', p.family.upper() + ' ' + p.given)}, n° de sécu {NID(nir)}, domicilié(e) {oneline(a)}, "
             f"consulte depuis janvier pour un trouble anxieux généralisé. Bonne évolution avec la "
             f"TCC. Pas d'arrêt de travail nécessaire. Tél. {PH(a['tel'])}.",
             f"Patient(e) : {F(p)}, né(e) le {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'fr'))}. "
             f"Sécu : {NID(nir)}. Adressé(e) par le Dr {S(c.p('fr'))} pour burn-out. Suivi "
             f"hebdomadaire, questionnaire de Beck à 24. Contact : {PH(c.tel('fr'))}."][i])


@tpl("personal_therapy", "da_fysio", 2, lang="da")
def _(i, c):
    p = c.p("da")
    a = c.addr("da")
    return (["Skriv en kort, venlig påmindelses-sms til patienten om næste træning:\n\n",
             "Lav et kort resumé af journalnotatet til lægen:\n\n"][i] +
            [f"{F(p)}, {oneline(a)}, tlf. {PH(a['tel'])}. Næste tid torsdag kl. 8.15 hos "
             f"{G(c.p('da'))}. Husk træningstøj, vi tester hop på det korsbåndsopererede knæ.",
             f"{F(p)}, født {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'dash'))}. Akillessenesmerter "
             f"h. side, VISA-A 54. Excentrisk træning (Alfredson) i 12 uger. Tlf. {PH(c.tel('da'))}."][i])


# --------------------------------------------------------------- care homes and home care

@tpl("personal_carehome", "handover", 3)
def _(i, c):
    r = [c.p() for _ in range(3)]
    notes = [["Barthel 8, Waterlow 18 - 2-hourly turns, sacrum red but blanching",
              "Alzheimer's, sundowning, tried to leave via the garden door at 17:40",
              "daughter visiting 3pm, wants to talk about the DNACPR"],
             ["MUST 2 - fortified diet, weigh Friday", "new cough, temp 37.9, GP rung",
              "Parkinson's meds (Madopar) strictly on time - 06:00/10:00/14:00/18:00"],
             ["fall 03:10 no injury, neuro obs fine (GCS 15)", "refusing Ensure, likes Complan",
              "hearing aid lost again - check laundry"]][i]
    rooms = [[4, 12, 19], [2, 7, 21], [9, 15, 16]][i]
    body = "\n".join(f"- Rm {rm} {F(p)}: {n}" for rm, p, n in zip(rooms, r, notes))
    return (f"Turn the night staff's notes into a handover for the day team, priorities first:\n\n"
            f"{body}\nNight senior: {G(c.p())}")


@tpl("personal_carehome", "homecare_rota", 3)
def _(i, c):
    cs = [{"UK"}, {"UK", "IE"}, {"AU", "NZ"}][i]
    carers = [c.p(), c.p()]
    rows = []
    for k, t in enumerate(["07:30", "12:15", "17:00"]):
        cl, a = c.p(), c.addr(cs=cs)
        rows.append(f"| {t} | {F(cl)} | {oneline(a)} | {G(carers[k % 2])} | "
                    f"{['double-up, hoist', 'meds prompt', 'meal + key safe 1984'][k]} |")
    return ("Check this visit rota for clashes and travel time (allow 15 min between visits):\n\n"
            "| Time | Client | Address | Carer | Notes |\n|---|---|---|---|---|\n" + "\n".join(rows))


@tpl("personal_carehome", "family_email", 3)
def _(i, c):
    res, fam = c.p(g=["f", "m", "f"][i]), c.p()
    gist = [f"Mum ({F(res)}) told me on the phone nobody helped her to the toilet last night and "
            f"she waited over an hour. She is in room 14. I want to know what happened.",
            f"Dad ({F(res)}) seems much more confused since the new tablets (donepezil?). Has the GP "
            f"reviewed him? He didn't recognise me on Sunday.",
            f"We'd like to take {G(res)} out for her 90th birthday lunch on the 23rd. Can someone "
            f"help her into the car and send her medication with us?"][i]
    return (f"Help me reply to this as the home manager, warm but factual:\n\n> {gist}\n>\n"
            f"> {F(fam)}\n> {c.email(fam, c.pick(['gmail.com', 'outlook.com', 'icloud.com', 'hotmail.co.uk']))}"
            f"\n> {PH(c.tel(cs={'UK', 'IE'}))}")


@tpl("personal_carehome", "carer_texts", 3, case="lower")
def _(i, c):
    cl, carer = c.p(g="f" if i == 1 else None), c.p()
    a = c.addr(cs={"UK", "IE"})
    return [
        f"make this into a proper incident note: got to {F(cl)}'s at {oneline(a)} at 8, "
        f"no answer, key safe code didnt work. rang {his(cl)} son on {PH(c.tel(cs={'UK', 'IE'}))} "
        f"no answer. rang office. - {G(carer)}",
        f"txt from {G(carer)}: 'mrs {S(cl)} refused her tablets again and said shes waiting for "
        f"the doctor from the bbc'. rewrite for the care notes pls, {S(cl)} has vascular dementia",
        f"summarise for the family: {F(cl)} ate well, watched countdown, walked to the gate with "
        f"frame. carer {F(carer)}. skin intact. next visit 5pm",
    ][i]


@tpl("personal_carehome", "photo_consent", 2)
def _(i, c):
    ps = [(c.p(), c.p()) for _ in range(3)]
    yn = [["yes", "no", "yes - no surnames"], ["yes", "yes", "ask daughter"]][i]
    rows = "\n".join(f"{F(r)} | NOK {F(k)} | {y}" for (r, k), y in zip(ps, yn))
    event = ["the Vera Lynn sing-along", "the Wimbledon strawberries afternoon"][i]
    return (f"Which residents can we post on the home's Facebook page after {event}? Here's the "
            f"consent list:\n\n{rows}")


@tpl("personal_carehome", "de_pflege", 2, lang="de")
def _(i, c):
    p = c.p("de", g="f" if i == 1 else None)
    fam = c.p("de", g="m" if i == 0 else None)
    a = c.addr("de")
    return (["Schreib aus diesen Stichpunkten einen kurzen Pflegebericht für die Übergabe:\n\n",
             "Formuliere eine freundliche E-Mail an den Angehörigen:\n\n"][i] +
            [f"Bew. {F(p)}, Zi. 12, geb. {M('DATE_OF_BIRTH', fmt_date(c.dob('old'), 'dot'))}. "
             f"Nachts unruhig, Sturz 02:30 ohne Verletzung, RR 150/90. Sohn {F(fam)} informiert, "
             f"Tel. {PH(c.tel('de'))}. Pflegegrad 3, Antrag auf Höherstufung läuft.",
             f"An {F(fam)}, {oneline(a)}: Ihre Mutter {F(p)} hat sich gut eingelebt, nimmt am "
             f"Sitztanz teil. Bitte bringen Sie Hausschuhe und den Medikamentenplan von Dr. "
             f"{S(c.p('de'))} mit. Rückfragen unter {PH(a['tel'])} (Ihre hinterlegte Nummer ok?)"][i])


@tpl("personal_carehome", "nl_thuiszorg", 2, lang="nl")
def _(i, c):
    p = c.p("nl", g="m" if i == 1 else None)
    a = c.addr("nl")
    return (["Maak van deze overdracht een korte rapportage voor het ECD:\n\n",
             "Herschrijf dit bericht aan de familie wat vriendelijker:\n\n"][i] +
            [f"Cliënt {F(p)}, {oneline(a)}. Ochtendzorg gedaan, steunkousen aan, insuline 14 E. "
             f"Wond linker onderbeen ziet er beter uit. Contactpersoon {F(c.p('nl'))}, "
             f"{PH(c.tel('nl'))}.",
             f"Beste {G(c.p('nl'))}, uw vader {F(p)} ({M('DATE_OF_BIRTH', fmt_date(c.dob('old'), 'dash'))}) "
             f"heeft de sleutelkluis weer dichtgedraaid. Zo kunnen wij niet naar binnen. Graag "
             f"oplossen. Wijkverpleging, {PH(a['tel'])} is het nummer dat wij van u hebben."][i])


@tpl("personal_carehome", "no_sykehjem", 2, lang="no")
def _(i, c):
    fnr, sex = FNRS[i]
    p = c.p("no", g=sex)
    a = c.addr("no")
    return (["Skriv en kort rapport til fastlegen basert på dette:\n\n",
             "Lag et høflig svar til pårørende:\n\n"][i] +
            [f"Beboer {F(p)}, fnr. {NID(fnr)}, rom 7. Økt forvirring siste uke, urinstix positiv. "
             f"Pårørende: datter {F(c.p('no', g='f'))}, tlf. {PH(c.tel('no'))}.",
             f"Spørsmål fra {F(c.p('no'))} om moren {F(p)} (fnr. {NID(fnr)}) kan flytte til et "
             f"sykehjem nærmere hjemmet i {town(a)}. Svar at vi sender søknad til kommunen."][i])


# --------------------------------------------------------------- veterinary practices
# pets' names are not labelled; their owners are private people

@tpl("personal_vet", "vacc_reminder", 3)
def _(i, c):
    pets = [[("Bella", "Cocker Spaniel", "booster + kennel cough"), ("Winston", "British Shorthair", "flu/enteritis"),
             ("Rocky", "Jack Russell", "rabies (travelling to France)")],
            [("Luna", "Labrador", "L4 booster"), ("Oscar", "Maine Coon", "annual + dental check"),
             ("Biscuit", "rabbit", "RHD2 + myxo")],
            [("Teddy", "Cavapoo", "puppy 2nd vacc"), ("Frida", "Dachshund", "booster"),
             ("Simba", "Bengal", "FeLV")]][i]
    lines = []
    for name, kind, due in pets:
        o = c.p()
        lines.append(f"- {name} ({kind}), owner {F(o)}, {c.email(o, c.pick(['gmail.com', 'yahoo.co.uk', 'outlook.com', 'icloud.com']))}, due: {due}")
    return ("Write a friendly reminder email for each owner, use the pet's name in the subject:\n" +
            "\n".join(lines))


@tpl("personal_vet", "vet_notes", 3, case="lower")
def _(i, c):
    o = c.p(g="f" if i == 1 else None)
    return [
        f"write up for the history: milo, 9yo lab x, owner {F(o)} ({PH(c.tel(cs={'UK', 'IE'}))}). "
        f"pu/pd, pot-bellied, panting. acth stim booked ?cushings. started on nothing. owner "
        f"worried about cost, has petplan",
        f"client {F(o)} rang re her cat nala not eating 3 days, vomiting. told her to bring in "
        f"at 4. can you write the triage note + a text confirming the apointment to {PH(c.tel(cs={'UK'}))}",
        f"summarise: {F(o)} brought in poppy (westie) for itchy paws. started apoquel, "
        f"cytopoint discussed. {G(o)} asked about hills z/d food. recheck 4 wks",
    ][i]


@tpl("personal_vet", "pet_claim", 3)
def _(i, c):
    o = c.p()
    a = c.addr(cs=[{"UK"}, {"UK", "IE"}, {"AU", "NZ"}][i])
    pet = [("Max", "German Shepherd", "cruciate repair (TPLO) £4,860"),
           ("Pepe", "Chihuahua", "dental extractions x6 £1,120"),
           ("Kira", "Border Collie", "foreign body surgery (sock) 3,950")][i]
    return (f"Check this pet insurance claim form for missing fields before I send it to "
            f"{['Petplan', 'Agria', 'Bow Wow Meow'][i]}:\n\n"
            f"Policyholder: {F(o)}\nAddress: {oneline(a)}\nPhone: {PH(a['tel'])}\n"
            f"Email: {c.email(o, 'gmail.com')}\nPet: {pet[0]} ({pet[1]})\nTreatment: {pet[2]}\n"
            f"Treating vet: {F(c.p())} MRCVS")


@tpl("personal_vet", "condolence", 2)
def _(i, c):
    o, v = c.p(), c.p()
    pet = ["Bruno", "Loki"][i]
    return (f"Help me write a short handwritten condolence card to {F(o)}, whose dog {pet} we put "
            f"to sleep yesterday after 14 years. {G(o)} brought him to every appointment with "
            f"{['a tennis ball', 'his blanket from home'][i]}. Sign it from {G(v)} and the team.")


@tpl("personal_vet", "es_veterinaria", 2, lang="es")
def _(i, c):
    o = c.p("es", g="f" if i == 1 else None)
    a = c.addr("es")
    return (["Escribe un WhatsApp recordando la vacuna de la rabia:\n\n",
             "Resume la consulta para el historial:\n\n"][i] +
            [f"Cliente: {F(o)}, {oneline(a)}, móvil {PH(c.tel('es'))}. Perra: Kira, mestiza de "
             f"podenco, 4 años. Vacuna antirrábica y test de leishmaniosis el martes.",
             f"Propietaria: {F(o)} (DNI {NID(DNIS[2])}), tel. {PH(a['tel'])}. Gato Pepe, 12 años, "
             f"hipertiroidismo, empezamos con Felimazole. Control de T4 en 3 semanas."][i])


# --------------------------------------------------------------- gyms and personal trainers

@tpl("personal_fitness", "dd_cancel", 2)
def _(i, c):
    m = c.p()
    iban = [IBANS["GB"][0], IBANS["GB"][1], IBANS["NL"][0]][i]
    club = ["PureGym", "David Lloyd", "Basic-Fit"][i]
    return (f"Reply to this member, confirm the cancellation and that the last {club} direct debit "
            f"goes out on the 1st:\n\n> Hi, please cancel my membership from the end of this month. "
            f"{['I am moving away.', 'Money is tight since the baby.', 'I have a knee injury (meniscus).'][i]}\n"
            f"> Name: {F(m)}\n> Member no: 88{41730 + 17 * i}\n> Account: {IBAN(iban)}\n"
            f"> {c.email(m, c.pick(['gmail.com', 'hotmail.com', 'outlook.com']))}")


@tpl("personal_fitness", "pt_client", 2)
def _(i, c):
    m = c.p()
    goal = ["first half marathon (Great North Run)", "lose 8kg before wedding in June",
            "get back to CrossFit after ACL reconstruction"][i]
    parq = ["PAR-Q: asthma, uses Ventolin", "PAR-Q: all no", "PAR-Q: knee surgery 2023, cleared by physio"][i]
    return (f"Write a 4-week starter plan summary for my new client:\n\n{F(m)}, DOB "
            f"{M('DATE_OF_BIRTH', fmt_date(c.dob(), ['uk', 'long', 'iso'][i]))}\nGoal: {goal}\n{parq}\n"
            f"Resting HR 64, can do 3 sessions/week, trains at the Leeds site\n"
            f"Mobile {PH(c.tel(cs={'UK'}))}")


@tpl("personal_fitness", "pt_chat", 3, case="lower")
def _(i, c):
    m = c.p()
    return [
        f"client {G(m)} messaged 'cant make 6am tomorrow, sick kid'. write a reply moving {him(m)} "
        f"to thurs same time and remind {him(m)} about the 48h cancellation rule nicely",
        f"how do i reply to {F(m)} who keeps sending me tiktoks of joe wicks hiit and asking why "
        f"we dont do that. {he(m)}s 58 with a hip replacement",
        f"{F(m)} ({PH(c.tel(cs={'UK', 'AU'}))}) wants to pause training for 2 months, paid "
        f"for a 10 pack. whats a fair way to handle it, write the message",
    ][i]


@tpl("personal_fitness", "gym_incident", 2)
def _(i, c):
    m, w, st = c.p(), c.p(), c.p()
    what = ["fainted on the Wattbike in the 7am spin class, came round within a minute",
            "dropped a 20kg plate on left foot in the free weights area"][i]
    return (f"Write this up as a formal incident report:\n\nMember {F(m)} "
            f"({M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))}) {what}. Witness: {F(w)}, "
            f"{PH(c.tel(cs={'UK'}))}. First aider on duty {G(st)}. Member declined ambulance, "
            f"partner collected.")


@tpl("personal_fitness", "pt_ginasio", 2, lang="pt")
def _(i, c):
    m = c.p("pt")
    a = c.addr("pt")
    return (["Escreve uma mensagem simpática a dar as boas-vindas a este sócio:\n\n",
             "Resume esta ficha de avaliação física em 3 linhas:\n\n"][i] +
            [f"{F(m)}, NIF {NID(NIFS_PT[i])}, {oneline(a)}, telemóvel {PH(a['tel'])}. "
             f"Plano: aulas de grupo (BodyPump, Zumba) + 2 sessões de PT por mês.",
             f"Sócio: {F(m)}, nasc. {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'pt'))}, NIF "
             f"{NID(NIFS_PT[i])}. IMC 27,4, massa gorda 24%. Objetivo: correr a Meia Maratona de "
             f"Lisboa. Contacto {PH(c.tel('pt'))}."][i])


# --------------------------------------------------------------- health-insurance claims desks

@tpl("personal_insurance", "claim_json", 3)
def _(i, c):
    cc, lang = [("PL", "pl"), ("SE", "sv"), ("FR", "fr")][i]
    p = c.p(lang)
    a = c.addr(lang)
    proc = [("Z96.6", "knee arthroscopy, Medicover Warszawa", "4 820.00 PLN"),
            ("H25.1", "cataract surgery, Capio S:t Görans sjukhus", "18 400.00 SEK"),
            ("K80.2", "laparoscopic cholecystectomy, Clinique Pasteur", "2 960.00 EUR")][i]
    return ("Validate this claim payload against our schema (claimant.dob must be ISO, iban "
            "without spaces) and give me the corrected JSON:\n\n"
            "```json\n{\n"
            f'  "claim_ref": "EXP-{2024}-{31870 + 211 * i}",\n'
            f'  "claimant": {{"name": "{F(p)}", "dob": "{M("DATE_OF_BIRTH", fmt_date(c.dob(), "dot"))}",\n'
            f'    "address": "{oneline(a)}",\n'
            f'    "email": "{c.email(p, ["wp.pl", "telia.com", "orange.fr"][i])}"}},\n'
            f'  "diagnosis": "{proc[0]}", "treatment": "{proc[1]}",\n'
            f'  "amount": "{proc[2]}",\n'
            f'  "payout": {{"iban": "{IBAN(IBANS[cc][0])}"}}\n}}\n```')


@tpl("personal_insurance", "us_claim", 3)
def _(i, c):
    p = c.p()
    a = c.addr(cs={"US"})
    cpt = [("99214", "office visit, est. patient"), ("29881", "knee arthroscopy/meniscectomy"),
           ("70553", "MRI brain w/o & w/ contrast")][i]
    return (f"Claim was denied by {['UnitedHealthcare', 'Cigna', 'Humana'][i]} for "
            f"'{['missing referral', 'prior auth not on file', 'member ID mismatch'][i]}'. Draft an "
            f"appeal letter using this:\n\nMember: {F(p)}\nSSN: {SSN(SSNS[3 + i])}\n"
            f"DOB: {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uslong'))}\nAddress: {block(a)}\n"
            f"Alt. phone: {PH(c.tel(cs={'US'}))}\nCPT {cpt[0]} ({cpt[1]}), date of service 02/14/2024\nTreating physician: "
            f"Dr. {F(c.p())}, {['Mayo Clinic Health System', 'Baylor Scott & White', 'Dartmouth Health'][i]}")


@tpl("personal_insurance", "claim_email", 2)
def _(i, c):
    h, p = c.p(), c.p()
    insurer = ["Bupa", "AXA Health", "Vitality"][i]
    msg = [f"{F(p)} is chasing claim 7714093 (physio, 6 sessions). I've told {him(p)} it's "
           f"waiting on the invoice from the clinic. Can you ring {him(p)} on {PH(c.tel(cs={'UK'}))}?",
           f"Pre-auth for {F(p)}'s MRI at the London Clinic approved, code 50122. Please email "
           f"{him(p)} at {c.email(p, 'gmail.com')} with the letter.",
           f"{T(p, f='Ms')} has asked why her Pilates sessions weren't covered - they were "
           f"booked with an instructor who isn't on our recognised list. Her DOB for ID is "
           f"{M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))}." if p.g == "f" else
           f"{T(p)} has asked why his Pilates sessions weren't covered - they were booked with an "
           f"instructor who isn't on our recognised list. His DOB for ID is "
           f"{M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))}."][i]
    return (f"Rewrite this internal note as a customer-facing reply from {insurer}:\n\n> {msg}\n>\n"
            f"> {F(h)}\n> Claims Handler | {insurer}\n> {c.email(h, 'claims-team.co.uk', 'gi.f')}")


@tpl("personal_insurance", "call_notes", 2)
def _(i, c):
    p = c.p()
    a = c.addr(cs={"UK", "IE"})
    return (f"Clean up my call notes for the CRM:\n\n"
            f"caller {F(p)} - ID&V passed (DOB {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'uk'))}, "
            f"postcode {a['lines'][-1]}) - "
            + ["wants to add newborn to policy, baby born 3 days ago, hasn't got NHS number yet",
               "disputes excess on dental claim, says the Denplan part was separate"][i]
            + f" - cb {PH(a['tel'])} after 5pm")


@tpl("personal_insurance", "de_erstattung", 2, lang="de")
def _(i, c):
    p = c.p("de", g="m" if i == 0 else None)
    a = c.addr("de")
    return (["Formuliere eine Antwort an den Versicherten, dass die Erstattung veranlasst ist:\n\n",
             "Fasse diesen Erstattungsantrag stichpunktartig zusammen:\n\n"][i] +
            [f"Versicherter: {F(p)}, {oneline(a)}\nRechnung Heilpraktiker (GebüH) 340 €, "
             f"Osteopathie 3 Sitzungen.\nErstattung auf {IBAN(IBANS['DE'][0])}\n"
             f"Rückfragen: {c.email(p, c.pick(['web.de', 'gmx.de', 't-online.de']))} oder mobil "
             f"{PH(c.tel('de'))}",
             f"Antrag von {'Herrn' if p.g == 'm' else 'Frau'} {F(p)} (geb. {M('DATE_OF_BIRTH', fmt_date(c.dob(), 'de'))}), "
             f"Brille mit Gleitsichtgläsern 890 €, Zahnreinigung 120 €. Kontoverbindung "
             f"{IBAN(IBANS['DE'][1])}. Tel. {PH(a['tel'])}."][i])


@tpl("personal_insurance", "it_rimborso", 2, lang="it")
def _(i, c):
    cf, gv, fm = CFS[i]
    p = next(x for x in PEOPLE if x.given == gv and x.family == fm)
    c.pools["people"].count[PEOPLE.index(p)] += 1
    a = c.addr("it")
    return (["Scrivi una mail all'assicurato per chiedere i documenti mancanti:\n\n",
             "Riassumi questa richiesta di rimborso:\n\n"][i] +
            [f"Assicurata: {F(p)}, CF {NID(cf)}, {oneline(a)}. Visita oculistica e OCT, "
             f"manca la fattura quietanzata. IBAN per il rimborso {IBAN(IBANS['IT'][0])}.",
             f"Assicurato: {F(p)}, codice fiscale {NID(cf)}, tel. {PH(c.tel('it'))}. Ricovero al "
             f"Policlinico Gemelli, intervento di ernia inguinale. Chiede rimborso diaria. IBAN "
             f"{IBAN(IBANS['IT'][1])}."][i])


# =========================================================================== PII-free rows
# Same framings as the personal rows; every name below is public, a sample, a placeholder,
# an eponym, a product, a place in general talk, a pet or a role.

# --------------------------------------------------------------- GP surgeries, clinics, wards

fixed("clean_gp", "dna_letter_tpl", "en", None, [
    "Can you draft a template letter for patients who have missed three appointments in a row? "
    "Use [PATIENT NAME], [DATE OF BIRTH] and [NHS NUMBER] as merge fields so it pulls through in "
    "EMIS Web. Firm but kind, and mention they can rebook through the NHS App or Patient Access.",
    "We're moving from SystmOne to EMIS in April. Rewrite our Did Not Attend letter so the merge "
    "fields use the EMIS syntax instead of the SystmOne ones, and sign it off from 'The Partners, "
    "Fleming Road Surgery'.",
    "Our DNA rate for the Tuesday diabetic clinic is 18%. Draft a short Accurx SMS reminder sent "
    "2 days before, with placeholders for {first_name} and {time}. Something as clear as the ones "
    "Mayo Clinic or Cleveland Clinic send.",
])

fixed("clean_gp", "referral_training", "en", None, [
    "We're training two new admin staff on e-RS. Tidy up this example referral so they can see "
    "what good looks like:\n\nREFERRAL: NEUROLOGY - routine\nName: Joe Bloggs (TEST PATIENT)\n"
    "NHS No: [NHS NUMBER]\nDOB: [DOB]\nReason: ?early Parkinson's. Resting tremor, micrographia, "
    "reduced arm swing. Has read about Michael J. Fox and is worried.\nReferring clinician: Dr [GP NAME]",
    "Make me a referral template for the memory clinic. Put 'Mrs A N Other' as the example patient, "
    "include boxes for MoCA and ACE-III scores, and a tick box for 'Alzheimer's Society leaflet given'.",
])

fixed("clean_gp", "reception_q", "en", "lower", [
    "whats the difference between the nhs app and patient access, patients keep asking which one "
    "to download",
    "can you explain qrisk3 and cha2ds2-vasc in plain english so reception can answer 'why did the "
    "doctor say my score is 12'",
    "is accurx down for anyone else? if it is write me a quick msg for the waiting room screen "
    "saying texts are delayed",
])

fixed("clean_gp", "rota_roles", "en", None, [
    "Rebalance next week's rota, the locum has pulled out of Thursday. Keep one GP on duty every "
    "session.\n\n| | Mon | Tue | Wed | Thu | Fri |\n|---|---|---|---|---|---|\n"
    "| AM duty | Partner | Salaried GP | Partner | Locum | Salaried GP |\n"
    "| PM duty | Salaried GP | Partner | GP Registrar | Partner | Partner |\n"
    "| Room | Jenner Room | Lister Room | Jenner Room | Snow Room | Lister Room |\n"
    "| Minor illness | ANP | ANP | Paramedic | ANP | - |",
    "Which clinics should go in which rooms? We've got the Nightingale Room (has the couch and "
    "ECG), the Harvey Room (no sink) and the Fleming Room (treatment room). Clinics: baby imms, "
    "smears, B12 injections, ear irrigation, INR, and the Monday Mirena fits.",
])

fixed("clean_gp", "ward_signage", "en", None, [
    "Write short signage text for the new wayfinding boards: Nightingale Ward (elderly care, "
    "level 3), Seacole Ward (respiratory, level 3), Cavell Ward (surgical, level 4) and Fleming "
    "Ward (infectious diseases, level 4). Directions from Main Entrance via Lift B. Max 12 words each.",
    "Visitor info sheet for Keats Ward at St Thomas': visiting 2-8pm, two visitors per bed, no "
    "flowers, nearest Tube is Westminster, and parking is easier at Guy's. Make it friendly.",
])

fixed("clean_gp", "scores", "en", None, [
    "Make a one-page cheat sheet for the new HCAs on the scores we use: NEWS2, Glasgow Coma "
    "Scale, Waterlow, MUST, and what the Apgar score means when they see it in baby notes.",
    "Explain the Wells score for DVT vs PE, and when to use the Ottawa ankle rules, as a table for "
    "the minor injuries unit.",
])

fixed("clean_gp", "eponym_leaflets", "en", None, [
    "Write a patient-friendly intro (150 words) on Hashimoto's thyroiditis and how it differs from "
    "Graves' disease. Mention levothyroxine brands like Eltroxin without recommending one.",
    "Short explainer for our website: Raynaud's phenomenon vs Raynaud's disease, and when it might "
    "point to Sjögren's or lupus.",
    "Practice newsletter needs a paragraph each on Bell's palsy, Ménière's disease and "
    "Guillain-Barré syndrome - what to look out for and when to call 111 or 999.",
])

fixed("clean_gp", "role_email", "en", None, [
    "What are the actions in this email and who owns each?\n\n> Subject: flu clinic Saturday\n>\n"
    "> Can the duty doctor confirm the Pfizer and Moderna stock by Friday? Nurses to bring the "
    "Anaphylaxis kit from the Jenner Room.\n>\n> Thanks,\n> The Reception Team\n"
    "> Harvey Medical Centre | part of the Lister Primary Care Network",
    "Summarise this for the practice meeting:\n\n> From: Medicines Management Team, NHS Greater "
    "Manchester\n> Subject: Fostair to Trimbow switches\n>\n> Practices should review COPD patients "
    "on Fostair 100/6 plus Spiriva and consider Trimbow. Use the ICB template, not the Ardens one.\n"
    "> Regards, Prescribing Lead (Pharmacist)",
])

fixed("clean_gp", "icd_csv", "en", None, [
    "Add a column with the SNOMED CT preferred term:\n\ncode,description\nG20,Parkinson's disease\n"
    "G30.9,Alzheimer's disease, unspecified\nK50.9,Crohn's disease, unspecified\nE05.0,"
    "Thyrotoxicosis with diffuse goitre\nM35.0,Sicca syndrome [Sjogren]\nQ90.9,Down syndrome, "
    "unspecified",
    "Why does Excel break this CSV? The commas in the descriptions I think:\n\nicd10,name,register\n"
    "E27.1,Addison's disease,endocrine\nE24.9,Cushing's syndrome, unspecified,endocrine\nG10,"
    "Huntington's disease,neuro\nF84.5,Asperger's syndrome,LD/autism",
])

fixed("clean_gp", "famous_doctors", "en", None, [
    "For International Nurses Day, write a short piece comparing Florence Nightingale and Mary "
    "Seacole, and mention the Nightingale hospitals from Covid.",
    "Fun fact box for the waiting room screen, 5 medical firsts: Edward Jenner and smallpox, John "
    "Snow and the Broad Street pump, Joseph Lister and carbolic acid, Alexander Fleming and "
    "penicillin, Virginia Apgar and her score.",
    "Who was Henrietta Lacks and why are HeLa cells important? 200 words for the staff book club, "
    "we're reading Rebecca Skloot's book.",
])

fixed("clean_gp", "de_praxis", "de", None, [
    "Erstelle eine kurze Patienteninformation (max. 150 Wörter) zu Morbus Bechterew und Morbus "
    "Crohn: Unterschiede, typische Beschwerden, wann zum Hausarzt. Beispielpatient: Max Mustermann.",
    "Erkläre unseren neuen MFAs die Glasgow-Koma-Skala und den Apgar-Score in einfachen Worten. "
    "Und kurz, warum das Robert Koch-Institut und das Paul-Ehrlich-Institut nicht dasselbe sind.",
])

fixed("clean_gp", "nl_huisarts", "nl", None, [
    "Schrijf een korte tekst voor onze website over de ziekte van Lyme na een tekenbeet. Verwijs "
    "naar Thuisarts.nl en het RIVM, en noem de erythema migrans.",
    "Wat is het verschil tussen het Erasmus MC en het Antoni van Leeuwenhoek? Patiënten met de "
    "ziekte van Hodgkin vragen vaak waar ze het beste terecht kunnen. Kort antwoord voor de assistentes.",
])

fixed("clean_gp", "sv_vardcentral_gen", "sv", None, [
    "Skriv en kort patientinformation om Alvedon och Ipren, när ska man välja vilket? Hänvisa till "
    "1177 Vårdguiden och nämn att Karolinska har en bra sida om feber hos barn.",
    "Vi ska testa nya journalsystemet (Cosmic). Skriv tre testfall med testpatienten Tolvan "
    "Tolvansson, 19121212-1212: ny remiss, receptförnyelse och en bokning på Sahlgrenska.",
])

fixed("clean_gp", "discharge_anon", "en", None, [
    "Summarise this discharge note for the GP letter, 5 bullet points max:\n\nPatient discharged "
    "from Lister Ward today. Admitted via ED with a UTI and delirium, treated with IV gentamicin "
    "then oral nitrofurantoin. Barthel 14/20 on discharge, back to baseline per family. NOK aware "
    "and collecting at 2pm. District nurses informed.",
    "Summarise this for the GP, bullet points:\n\nDischarged from Nightingale Ward. Fall at home, "
    "#NOF repaired (DHS), mobilising with a Zimmer frame. Apixaban (Eliquis) restarted day 2 "
    "post-op. Follow-up in fracture clinic at 6 weeks, Pendleton Wing, level 2.",
])

# --------------------------------------------------------------- dentists and opticians

fixed("clean_dental_optical", "recall_tpl", "en", None, [
    "Write 3 versions of a recall SMS under 160 characters using {{first_name}}, "
    "{{practice_name}} and {{booking_link}}: one for NHS patients, one for Denplan, one for kids.",
    "Our Software of Excellence templates use <<Patient.Forename>>. Rewrite the hygienist reminder "
    "with that field and add a line saying Oral-B and Philips Sonicare brush heads are on offer.",
])

fixed("clean_dental_optical", "complaint_tpl", "en", None, [
    "Draft a template reply to complaints about NHS Band 3 charges (£306.80) for a crown that "
    "failed within 12 months. Use [Patient Name] and [Date of treatment] and explain the "
    "12-month guarantee.",
    "What's the right tone for replying to a one-star Google review that says we're 'worse than "
    "Steve Martin in Little Shop of Horrors'? We can't mention the patient at all (GDC).",
])

fixed("clean_dental_optical", "optom_q", "en", "lower", [
    "whats the difference between snellen and logmar, the new optom keeps writing logmar on the "
    "cards and reception dont understand it",
    "is it true specsavers and boots opticians both use zeiss lenses? customer asking if our "
    "varilux progressives are worth the extra",
])

fixed("clean_dental_optical", "ortho_products", "en", None, [
    "Explain this to parents in plain English:\n\n| Appliance | Type | Wear |\n|---|---|---|\n"
    "| Invisalign Teen | clear aligner | 22 h/day |\n| Damon | self-ligating fixed | 18-24 months |\n"
    "| Twin Block | functional (Class II) | full time |\n| Hawley | removable retainer | nights |\n"
    "| Essix | vacuum-formed retainer | nights |",
    "Compare Invisalign, ClearCorrect and Spark for an adult with mild crowding, and explain "
    "Angle's Class I vs Class II in one paragraph.",
])

fixed("clean_dental_optical", "dental_eponyms", "en", None, [
    "Quick revision list for the dental nurse exam, one line each: Black's cavity classification, "
    "Hutchinson's incisors, Koplik spots, Ludwig's angina, Fordyce spots.",
    "What's Sjögren's syndrome got to do with caries, and should we suggest Biotène or Xerostom "
    "for dry mouth?",
])

fixed("clean_dental_optical", "es_dental", "es", None, [
    "Escribe un post para Instagram explicando la clasificación de Angle y por qué recomendamos "
    "Invisalign. Usa a Juan Pérez como paciente de ejemplo.",
    "Prepara una tabla comparando Sensodyne, Colgate Sensitive Pro-Alivio y Oral-B Pro-Expert "
    "para pacientes con sensibilidad dental.",
])

fixed("clean_dental_optical", "it_ottica", "it", None, [
    "Scrivi un testo per la vetrina: occhiali da sole Ray-Ban e Persol, lenti progressive Varilux "
    "di Essilor, e una frase su Leonardo Del Vecchio e la storia di Luxottica ad Agordo.",
    "Spiegami la malattia di Stargardt e il test di Ishihara per una brochure. Usa 'Mario Rossi' "
    "come esempio di cliente.",
])

# --------------------------------------------------------------- pharmacies

fixed("clean_pharmacy", "stock_list", "en", None, [
    "Reorder list for Monday, flag anything we sell more than 20 of a week:\n\n"
    "| Item | On hand | Weekly sales |\n|---|---|---|\n| Calpol Infant 100ml | 14 | 22 |\n"
    "| Nurofen Express 200mg | 30 | 18 |\n| Piriton tablets | 8 | 12 |\n"
    "| Gaviscon Advance 250ml | 6 | 9 |\n| Canesten Duo | 3 | 4 |\n| Lemsip Max | 20 | 31 |",
    "Which of these should go behind the counter and which on the shop floor? Sudafed Decongestant, "
    "Clarityn Allergy, Voltarol Pain-eze, Bonjela, Rennie, Nytol One-A-Night, Solpadeine Max.",
    "Fridge stock check, tell me what expires first:\n\nitem,batch,expiry,qty\nWegovy 1mg,"
    "NR4412,2024-07,6\nMounjaro 5mg,D739221,2024-05,9\nOzempic 0.5mg,PP1180,2024-09,4\n"
    "Saxenda,NS0917,2024-06,3",
])

fixed("clean_pharmacy", "pharmacy_q", "en", "lower", [
    "can you take lemsip and nurofen togther? customer asking and the locum has gone for lunch",
    "whats the difference between piriton and piriteze, and which is ok for a 4 year old",
])

fixed("clean_pharmacy", "whatsapp_anon", "en", "lower", [
    "summarise this whatsapp chat for the handover book, one line:\n\n[09:14] Customer: hi is my "
    "mums prescription ready\n[09:20] Pharmacy: Hi, yes ready from 2pm, the amlodipine was on back "
    "order\n[09:21] Customer: ok can my husband collect?",
    "summarise for the handover book:\n\n[18:40] Customer: can i take Lemsip with my Nurofen? got a "
    "bad cold\n[18:52] Pharmacy: Lemsip Max has paracetamol so that's fine with ibuprofen\n"
    "[18:53] Customer: thanks!!",
])

fixed("clean_pharmacy", "interactions", "en", None, [
    "Patient on Eliquis wants to buy Nurofen for a bad back. What's the advice, and what could "
    "they use instead (Voltarol gel?)",
    "Explain serotonin syndrome risk with Prozac plus tramadol plus St John's wort, and what the "
    "Hunter criteria are.",
])

fixed("clean_pharmacy", "labels_caps_gen", "en", "upper", [
    "check these label wordings against bnf cautionary labels:\n\n[patient name]  co-codamol "
    "30/500mg  take two tablets up to four times a day. warning: may cause drowsiness\n"
    "[patient name]  metronidazole 400mg  do not drink alcohol",
    "make a shelf-edge sign: pharmacy medicine - please ask our pharmacist. nurofen plus, "
    "solpadeine max, syndol, buscopan, anadin extra",
    "window notice: flu jabs now available - walk in tuesday + thursday - nhs and private - covid "
    "boosters (pfizer / moderna) by appointment - ask about the nhs pharmacy first service",
])

fixed("clean_pharmacy", "drug_history", "en", None, [
    "Write a 'did you know' poster about aspirin: Hippocrates and willow bark, Felix Hoffmann at "
    "Bayer, and John Vane's Nobel Prize.",
    "Timeline of insulin for diabetes awareness week: Banting and Best in Toronto, Leonard "
    "Thompson as the first patient in 1922, then Novo Nordisk, Humalog, NovoRapid and the Omnipod.",
])

fixed("clean_pharmacy", "pl_apteka_gen", "pl", None, [
    "Przygotuj zamówienie na poniedziałek, zaznacz co się kończy:\n\n| Lek | Stan | Sprzedaż/tydz. |\n"
    "|---|---|---|\n| Apap 500 mg | 12 | 40 |\n| Ibuprom Max | 9 | 15 |\n| Rutinoscorbin | 30 | 22 |\n"
    "| Gripex Hot | 4 | 18 |\n| Nurofen dla dzieci | 6 | 11 |",
    "Jak wystawić testową e-receptę w systemie KS-AOW? Użyj danych przykładowych: Jan Kowalski, "
    "ul. Przykładowa 1, 00-001 Warszawa.",
])

fixed("clean_pharmacy", "tr_eczane_gen", "tr", None, [
    "Eczanenin vitrini için kısa bir duyuru yaz: Parol, Majezik ve Arveles stokta; Behçet hastalığı "
    "farkındalık haftası için broşürlerimiz var.",
    "Aziz Sancar'ın Nobel ödülü ve DNA onarımı hakkında eczane bültenimiz için 100 kelimelik bir "
    "yazı hazırla, Hacettepe ve Acıbadem'den de bahset.",
])

fixed("clean_pharmacy", "br_farmacia_gen", "br", None, [
    "Cria um post pro Instagram da farmácia sobre dipirona (Novalgina) vs paracetamol (Tylenol). "
    "Cita o Instituto Butantan e o Oswaldo Cruz no fim, falando de vacinação.",
    "Monta um exemplo de cadastro de cliente pra treinamento dos balconistas, usando Fulano de Tal "
    "como nome e deixando o CPF como XXX.XXX.XXX-XX.",
])

# --------------------------------------------------------------- physiotherapy and mental health

fixed("clean_therapy", "soap_tpl", "en", None, [
    "Create a SOAP note template for ACL assessments with fields for Lachman, anterior drawer, "
    "pivot shift, McMurray and Thessaly. Use 'Patient: ____' rather than a name.",
    "Write a worked-example SOAP note for a physio student, with 'Mr A' as the patient: low back "
    "pain with a McKenzie directional preference for extension.",
    "Compare the Maitland, Mulligan and McKenzie approaches for neck pain in a table.",
])

fixed("clean_therapy", "mh_q", "en", "lower", [
    "explain the difference between beck's cbt and ellis's rebt in 5 bullet points for a trainee",
    "whats the evidence for emdr vs tf-cbt for ptsd, nice guidance please",
])

fixed("clean_therapy", "mh_referral_tpl", "en", None, [
    "Write a referral email template for GPs sending patients to us. Fields: [CLIENT NAME], "
    "[DOB], [PHQ-9], [GAD-7], [RISK]. Signature: 'Dr [Name], Clinical Psychologist'.",
    "Write a kind decline letter for referrals outside our catchment, pointing to Mind, the "
    "Samaritans (116 123) and Shout (text 85258).",
])

fixed("clean_therapy", "pilates_info", "en", None, [
    "Turn this into a clean timetable: Mon 7pm Reformer (level 2), Tue 9:30 Mat Pilates (over "
    "60s), Wed 6pm Barre, Thu 12:15 Clinical Pilates (post-natal), Sat 9am Yin Yoga. Instructor "
    "column should just say 'Senior instructor' or 'Physio'.",
    "Short bio of Joseph Pilates for our website: Contrology, the internment camp on the Isle of "
    "Man, and how the Cadillac and the Reformer came about.",
])

fixed("clean_therapy", "intake_script", "en", None, [
    "Tidy up our phone intake script, keep the order:\n\nCOUNSELLOR: Can I take your full name?\n"
    "CALLER: [full name]\nCOUNSELLOR: And date of birth?\nCALLER: [DOB]\nCOUNSELLOR: Best number?\n"
    "CALLER: [mobile]\nCOUNSELLOR: What's brought you to us?",
    "Pull the key intake fields out of this sample call from the Mind training pack into a table:"
    "\n\nCOUNSELLOR: What's brought you to us?\nCALLER: Panic attacks on the Tube. I tried the "
    "Headspace app but it's not enough.\nCOUNSELLOR: Any thoughts of harming yourself?\nCALLER: No.",
])

fixed("clean_therapy", "roleplay", "en", None, [
    "Critique this role-play from our counselling skills course:\n\nCOUNSELLOR: What brings you "
    "here today?\nCLIENT: I feel like Eeyore, everything's grey.\nCOUNSELLOR: Have you tried "
    "going for a walk?\nCLIENT: ...\n\nWhat should the counsellor have done instead?",
    "Script a 10-line role-play between THERAPIST and CLIENT showing Socratic questioning (Beck "
    "style) about a fear of flying.",
    "Rewrite this demo so the COUNSELLOR uses more reflections, Carl Rogers style:\n\nCLIENT: "
    "My mum always compared me to my sister.\nCOUNSELLOR: Why do you think that was?",
])

fixed("clean_therapy", "psych_eponyms", "en", None, [
    "Glossary for new support workers, one line each: Capgras delusion, Korsakoff syndrome, "
    "Diogenes syndrome, Munchausen by proxy, Stockholm syndrome.",
    "Who was Elisabeth Kübler-Ross, and is the five-stages model still used in bereavement "
    "counselling? Mention Cruse if relevant.",
])

fixed("clean_therapy", "fr_psy_gen", "fr", None, [
    "Rédige une fiche d'information sur le syndrome de Stockholm et le syndrome de Münchhausen "
    "pour des étudiants infirmiers, avec Jean Dupont comme patient fictif.",
    "Compare en quelques lignes les approches de Freud, de Lacan et de Françoise Dolto pour un "
    "atelier à l'hôpital Sainte-Anne.",
])

fixed("clean_therapy", "da_fysio_gen", "da", None, [
    "Lav en kort tekst til hjemmesiden om Pilates og Feldenkrais-metoden, og hvordan de bruges på "
    "Rigshospitalet og Bispebjerg.",
    "Forklar Lachmans test og McMurrays test på dansk til en fysioterapeutstuderende.",
])

# --------------------------------------------------------------- care homes and home care

fixed("clean_carehome", "handover_rooms", "en", None, [
    "Turn these into a handover, priorities first:\n- Rm 4: Barthel 8, Waterlow 18, 2-hourly "
    "turns\n- Rm 12: Alzheimer's, sundowning, tried the garden door at 17:40\n- Rm 19: DNACPR "
    "discussion with family at 3pm",
    "- Rm 2: MUST 2, fortified diet\n- Rm 7: new cough, temp 37.9, GP rung\n- Rm 21: Madopar "
    "strictly on time (Parkinson's)\n\nreorder this by risk and add what the day team should do",
    "Write a handover template for nights with columns: Room, NEWS2, fluids in/out, bowels "
    "(Bristol Stool Chart), mood, concerns.",
])

fixed("clean_carehome", "rota_runs", "en", None, [
    "Check this rota template for gaps:\n\n| Run | Area | 07:00-10:00 | 12:00-14:00 | 17:00-19:00 |\n"
    "|---|---|---|---|---|\n| A | Harrogate north | Carer 1 + 2 (double-up) | Carer 1 | Carer 2 |\n"
    "| B | Knaresborough | Carer 3 | Carer 3 | Senior carer |\n| C | Ripon | Carer 4 | - | Carer 4 |",
    "We cover Whitby, Scarborough and Pickering. Roughly how many carers do we need for 140 visits "
    "a day if travel is 20 minutes between visits?",
])

fixed("clean_carehome", "family_tpl", "en", None, [
    "Template reply for families asking about visiting during a norovirus outbreak. Use "
    "[Resident name] and [Family member].",
    "Welcome email template for new residents' families with {{resident_first_name}} and "
    "{{key_worker}} placeholders. Mention our person-centred approach (Kitwood) and the Namaste "
    "Care sessions.",
])

fixed("clean_carehome", "care_q", "en", "lower", [
    "whats the herbert protocol and do we need to fill one in for every resident who might wander",
    "explain tom kitwood's flower of needs in simple terms for new starters",
    "is the abbey pain scale or painchek better for residents who cant tell us theyre in pain",
])

fixed("clean_carehome", "carer_texts_anon", "en", "lower", [
    "make this into a proper incident note: got to the 8am call, no answer, key safe code didnt "
    "work. rang the son no answer. rang office. waited 20 mins",
    "txt from the carer on the late run: 'rm 14 refused her tablets again and said shes waiting "
    "for the doctor from the bbc'. rewrite for the care notes, she has vascular dementia",
])

fixed("clean_carehome", "activities", "en", None, [
    "Make a June activities calendar: Elvis tribute afternoon, Vera Lynn sing-along, Wimbledon "
    "strawberries and cream, The Sound of Music on the big screen, a Mamma Mia! film night and a "
    "visit from the Pets As Therapy dogs.",
    "Quiz for residents about the 50s and 60s: the Coronation, Roger Bannister's mile, the "
    "Beatles, Bobby Moore and 1966, Yuri Gagarin. 10 questions, big print.",
    "Reminiscence prompts for a session about Blackpool, Butlins and Morecambe and Wise.",
])

fixed("clean_carehome", "notices_caps", "en", "upper", [
    "tidy this notice: visiting suspended on beech and rowan units due to norovirus. please call "
    "reception before visiting. thank you for your patience - the management",
    "make this poster punchier: alzheimer's society memory walk - sunday - meet in the garden at "
    "10am - wheelchairs welcome - cake by the kitchen team",
])

fixed("clean_carehome", "de_pflege_gen", "de", None, [
    "Erkläre neuen Pflegehelfern den Expertenstandard Dekubitusprophylaxe und die Braden-Skala. "
    "Beispielbewohnerin: Erika Mustermann, Pflegegrad 4.",
    "Wie unterscheiden sich Morbus Alzheimer und das Korsakow-Syndrom? Kurz und verständlich für "
    "eine Angehörigenschulung.",
])

fixed("clean_carehome", "nl_thuiszorg_gen", "nl", None, [
    "Schrijf een korte blog over het Buurtzorg-model van Jos de Blok en wat ons team ervan kan leren.",
    "Wat is De Hogeweyk in Weesp precies, en zou dat concept ook werken voor mensen met de ziekte "
    "van Parkinson?",
])

fixed("clean_carehome", "no_sykehjem_gen", "no", None, [
    "Lag et eksempel på et innkomstnotat med testpasienten Kari Nordmann. Bruk Barthels indeks og "
    "MMSE, og skriv det som vi gjør i Gerica.",
    "Lag en aktivitetsplan for mai: allsang med Vømmøl-sanger, 17. mai-frokost, og film: "
    "Flåklypa Grand Prix av Ivo Caprino.",
])

# --------------------------------------------------------------- veterinary practices

fixed("clean_vet", "reminder_tpl", "en", None, [
    "Write a vaccination reminder email template with {{owner_first_name}} and {{pet_name}}. "
    "Mention kennel cough and that Frontline alone doesn't cover worms.",
    "SMS template for our flea-and-worm club: '[Owner], [Pet]'s Bravecto is due'. Make it fun and "
    "under 160 characters.",
])

fixed("clean_vet", "vet_q", "en", "lower", [
    "is frontline or advocate better for a cat that goes outside, client asked and i wasnt sure",
    "can cavalier king charles spaniels get mitral valve disease young? writing a leaflet for puppy "
    "buyers",
    "whats the difference between apoquel and cytopoint, and is librela the same kind of thing",
])

fixed("clean_vet", "vet_notes_pets", "en", "lower", [
    "write up for the history: milo, 9yo lab x. pu/pd, pot-bellied, panting. acth stim booked "
    "?cushings. started on nothing. owner worried about cost, has petplan",
    "summarise: poppy (westie) in for itchy paws. started apoquel, cytopoint discussed. owner asked "
    "about hills z/d food. recheck 4 wks",
])

fixed("clean_vet", "claim_schema", "en", None, [
    "Give me a JSON example for a pet insurance claim. Use 'Jane Doe' as the owner, 'Rex' as the "
    "dog and Petplan as the insurer, with a vet fee of 1240.50.",
    "Which fields does Agria ask for on a claim form vs Petplan vs Animal Friends? Table please.",
])

fixed("clean_vet", "practice_pets", "en", None, [
    "Write a fun 'meet the team' bio for our practice cat Winston (ginger, 11, sleeps on the "
    "reception printer) and the nurses' greyhound Bella.",
    "Instagram caption for Biscuit the rabbit after her dental, brave bunny vibes, 2 hashtags max.",
    "Our clinic tortoise Sir David (named after Attenborough) turns 60 this year. Write a "
    "birthday post.",
])

fixed("clean_vet", "vet_eponyms", "en", None, [
    "Explain Cushing's vs Addison's disease in dogs for a client handout: similar signs, opposite "
    "problem.",
    "What is Horner's syndrome in cats, and is it usually linked to ear infections?",
    "Weil's disease (leptospirosis) and Lyme disease: what dog walkers in the New Forest should "
    "know this summer.",
])

fixed("clean_vet", "es_vet", "es", None, [
    "Haz un folleto sobre la leishmaniosis canina: la vacuna LetiFend, el collar Scalibor y "
    "Seresto, y cuándo hacer el test.",
    "¿La enfermedad de Cushing en perros se trata con Vetoryl? Explícalo para un cliente, sin "
    "tecnicismos.",
])

# --------------------------------------------------------------- gyms and personal trainers

fixed("clean_fitness", "timetable", "en", None, [
    "Timetable into a table please: 06:30 BodyPump, 07:15 Spin (Wattbike), 12:15 Zumba, 17:30 Les "
    "Mills GRIT, 18:30 Pilates, 19:30 Yoga. Instructor column just 'Team member' for now.",
    "Write 40-word descriptions for our new classes: Tabata, HYROX training, Reformer Pilates, "
    "Boxfit.",
])

fixed("clean_fitness", "programme", "en", None, [
    "Write a 3-day lower body plan with Romanian deadlifts, Bulgarian split squats, Nordic hamstring "
    "curls and Copenhagen planks. Sets and reps for a beginner.",
    "Explain the Turkish get-up step by step, and whether the Arnold press is better than a normal "
    "overhead press.",
    "Is the Zercher squat or the Jefferson curl safe for a 50 year old with back pain? What does the "
    "evidence say?",
])

fixed("clean_fitness", "fitness_q", "en", "lower", [
    "how do i work out heart rate zones with the karvonen formula, client has a garmin",
    "is the cooper test still used or should we do the beep test for the firefighter fitness prep",
    "whoop vs oura vs apple watch for tracking recovery, which should the gym recomend",
])

fixed("clean_fitness", "pt_chat_anon", "en", "lower", [
    "client messaged 'cant make 6am tomorrow, sick kid'. write a reply moving them to thurs same "
    "time and remind them about the 48h cancellation rule nicely",
    "how do i reply to a client who keeps sending me tiktoks of joe wicks hiit and asking why we "
    "dont do that. shes 58 with a hip replacement",
])

fixed("clean_fitness", "athletes", "en", None, [
    "Blog post: 5 lessons from Eliud Kipchoge's training for anyone doing their first 10k.",
    "Motivational Instagram post comparing Joe Wicks' PE with Joe and Chloe Ting's challenges for "
    "home workouts.",
])

fixed("clean_fitness", "incident_tpl", "en", None, [
    "Create an incident report template for the gym: [Member name], [Membership no.], witness "
    "fields, first aider, RIDDOR check.",
    "What counts as reportable under RIDDOR for a gym? Example: a member collapsed on a Concept2 "
    "rower and was taken to hospital.",
])

fixed("clean_fitness", "pt_ginasio_gen", "pt", None, [
    "Escreve um post para o Instagram do ginásio sobre a disciplina de treino do Cristiano Ronaldo "
    "e a maratona de Los Angeles da Rosa Mota.",
    "Compara o Holmes Place, o Fitness Hut e o Solinca para um artigo de blogue sobre ginásios em "
    "Lisboa e no Porto.",
])

# --------------------------------------------------------------- health-insurance claims desks

fixed("clean_insurance", "claim_json_tpl", "en", None, [
    "Validate this sample payload from the API docs against our schema:\n\n```json\n"
    "{\"claim_ref\": \"EXP-0000-00000\", \"claimant\": {\"name\": \"Max Mustermann\", "
    "\"dob\": \"YYYY-MM-DD\"}, \"diagnosis\": \"K50.9\", \"payout\": {\"iban\": \"<IBAN>\"}}\n```",
    "Write a JSON Schema for our claims payload: claimant.name, claimant.dob (ISO 8601), diagnosis "
    "(ICD-10 pattern), treatment, amount, payout.iban.",
    "Why does our validator reject the docs example where the claimant is 'Jane Doe' and dob is "
    "'01.01.1970'? Fix the example.",
])

fixed("clean_insurance", "us_codes", "en", None, [
    "Explain the difference between CPT 99213 and 99214 and when Blue Cross Blue Shield pays each.",
    "Draft an appeal letter template for a denied prior authorization. Use John Q. Public as the "
    "sample member and Johns Hopkins as the provider.",
    "Summarize HIPAA's minimum necessary rule for our claims desk, with examples a Kaiser "
    "Permanente or Cleveland Clinic biller would recognize.",
])

fixed("clean_insurance", "claim_email_tpl", "en", None, [
    "Rewrite our 'claim received' email: 'Dear [Member Name], thank you for your claim [Claim Ref]. "
    "We aim to respond within 5 working days.' Sign it 'The Claims Team'.",
    "Make this internal note customer-facing: 'Pilates not covered unless with a recognised "
    "provider, see Vitality list. Physio covered up to £1,000.'",
])

fixed("clean_insurance", "call_notes_anon", "en", None, [
    "Clean up my call notes for the CRM:\n\ncaller - ID&V passed - wants to add newborn to "
    "policy, baby born 3 days ago, no NHS number yet - asked if Bupa covers tongue-tie at the "
    "Portland - cb after 5pm",
    "Clean up these call notes:\n\ncaller (member) - disputes excess on dental claim, says the "
    "Denplan part was separate. Explained excess applies per claim year. Escalated to Team Leader",
])

fixed("clean_insurance", "insurer_compare", "en", None, [
    "Compare Bupa, AXA Health, Vitality and WPA for a small business with 12 staff.",
    "Cigna vs Aetna vs Allianz Care for expat health cover in Dubai and Singapore.",
])

fixed("clean_insurance", "de_kasse", "de", None, [
    "Erkläre unseren Sachbearbeitern den Unterschied zwischen GOÄ und EBM. Beispiel: Max "
    "Mustermann, einmal bei der Techniker Krankenkasse, einmal privat bei der Debeka.",
    "Schreib eine Vorlage für die Eingangsbestätigung eines Erstattungsantrags mit Platzhaltern "
    "[Name], [Versichertennummer] und [IBAN].",
])

fixed("clean_insurance", "it_rimborso_gen", "it", None, [
    "Scrivi una mail tipo per confermare la ricezione di una richiesta di rimborso. Usa {nome} e "
    "{codice_fiscale} come segnaposto. Siamo convenzionati con Unisalute e il Policlinico Gemelli.",
    "Spiegami la differenza tra il Servizio Sanitario Nazionale e un'assicurazione integrativa, con "
    "l'esempio di Mario Rossi che deve operarsi al San Raffaele.",
])

fixed("clean_insurance", "pl_ubezpieczenia", "pl", None, [
    "Porównaj pakiety Luxmed, Medicover i Enel-Med dla firmy zatrudniającej 20 osób.",
    "Wyjaśnij, co pokrywa NFZ, a co prywatne ubezpieczenie, na przykładzie Jana Kowalskiego z "
    "Krakowa, który potrzebuje rezonansu.",
])


# =========================================================================== build and check

LANG_NAMES = {"en": "English", "de": "German", "nl": "Dutch", "sv": "Swedish", "es": "Spanish",
              "it": "Italian", "pl": "Polish", "tr": "Turkish", "br": "Portuguese (Brazil)",
              "pt": "Portuguese (Portugal)", "fr": "French", "da": "Danish", "no": "Norwegian"}


def build():
    _check_ids()
    rng = random.Random(SEED)
    pools = {"people": Pool(PEOPLE), "addrs": Pool(ADDRS), "phones": Pool(PHONES),
             "mrns": Pool(MRNS), "nhs": Pool(NHS_NUMBERS), "ips": Pool(IPS)}
    for band, ds in DOBS.items():
        pools["dob_" + band] = Pool(ds)
    rows = []
    for t in TEMPLATES:
        for i in range(t["n"]):
            c = Ctx(rng, pools)
            text, spans = unmark(t["fn"](i, c), t["case"])
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": "",
                         "_lang": t["lang"], "_case": t["case"] or ""})
    return rows, pools


def check(rows):
    ids, texts = set(), set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["text"] == r["text"].strip() and r["text"], r["id"]
        assert r["locale"] == "" and r["source"] == SOURCE
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            v = s["value"]
            assert v and v == v.strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == v, (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap or unsorted", s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    per_t = Counter((r["class"], r["template"]) for r in rows)
    assert len(per_t) >= 80, len(per_t)
    assert max(per_t.values()) <= 5, per_t.most_common(3)
    assert len({t for _, t in per_t}) == len(per_t), "template names must be unique"


def public(r):
    return {k: r[k] for k in ("id", "text", "spans", "source", "class", "template", "locale")}


def dump(rows):
    return "".join(json.dumps(public(r), ensure_ascii=False) + "\n" for r in rows)


CLASS_WHAT = {
    "personal_gp": "GP surgeries, clinics and ward admin: DNA letters with DOB and address, e-RS "
                   "referrals with NHS numbers, lower-case reception notes, rotas of GPs/ANPs/HCAs, "
                   "discharge notes with hospital numbers and next of kin, practice-manager e-mails "
                   "with signatures, a clinic CSV, portal login logs (IPs, logins made of names), a "
                   "US intake sheet with an SSN; German, Dutch and Swedish referral/triage notes "
                   "with KVNR, BSN and personnummer",
    "personal_dental_optical": "dental recall lists, complaints quoted with the patient's address, "
                               "lower-case optometry notes, an orthodontic table of children and "
                               "parents, a Spanish estimate with DNI, an Italian optician's card",
    "personal_pharmacy": "delivery runs with addresses, lower-case WhatsApp chats, card numbers "
                         "read out on the phone, New Medicine Service notes, CAPITALS labels, "
                         "Polish (lower case, PESEL), Turkish (TC kimlik) and Brazilian (CPF) "
                         "counter notes",
    "personal_therapy": "physio SOAP notes, lower-case therapy notes with partners and bereaved "
                        "relatives, referral e-mails with the GP's signature, a Pilates register, "
                        "an intake call transcript with the caller's name as speaker label, French "
                        "(NIR) and Danish notes",
    "personal_carehome": "care-home handovers by room and resident, home-care visit rotas with "
                         "addresses, families' e-mails quoted, lower-case carers' texts, a photo "
                         "consent list, German, Dutch and Norwegian (fødselsnummer) reports",
    "personal_vet": "vaccination reminders listing owners (pets unlabelled), lower-case vet "
                    "notes, pet-insurance claim forms, a condolence card, Spanish vet notes",
    "personal_fitness": "direct-debit cancellations with IBANs, PT client summaries with DOB and "
                        "PAR-Q, lower-case trainer chats, incident reports, a Portuguese gym (NIF)",
    "personal_insurance": "claim JSON with IBAN and DOB (Polish, Swedish, French claimants), US "
                          "appeals with SSN, claims handlers' e-mails with signatures, call notes "
                          "after ID&V, German (IBAN) and Italian (codice fiscale, IBAN) claims",
    "clean_gp": "letter and referral templates with merge fields and sample patients (Joe Bloggs, "
                "A N Other), lower-case reception questions (NHS App, QRISK3, Accurx), rotas by role "
                "with rooms named after people (Jenner, Lister, Snow, Harvey, Fleming), ward "
                "signage (Nightingale, Seacole, Cavell, Keats Ward at St Thomas'), scores (NEWS2, "
                "GCS, Apgar, Wells, CURB-65), eponymous diseases, role mailboxes, ICD-10 CSVs, "
                "famous doctors; German (Max Mustermann, Morbus Bechterew), Dutch (ziekte van "
                "Lyme, Erasmus MC), Swedish (Tolvan Tolvansson, Karolinska, Alvedon)",
    "clean_dental_optical": "recall and complaint templates with placeholders, lower-case optometry "
                            "questions (Snellen, LogMAR, Ishihara, Zeiss, Varilux), orthodontic "
                            "appliances (Invisalign, Damon, Hawley, Essix), dental eponyms; "
                            "Spanish (Juan Pérez, Angle) and Italian (Mario Rossi, Luxottica, "
                            "Leonardo Del Vecchio)",
    "clean_pharmacy": "stock tables (Calpol, Nurofen, Piriton, Wegovy, Mounjaro), lower-case OTC "
                      "questions, interactions (Eliquis, warfarin, Prozac, St John's wort), "
                      "CAPITALS labels and window notices, drug history (Hoffmann, Banting and "
                      "Best); Polish (Apap, Jan Kowalski), Turkish (Parol, Behçet, Aziz Sancar), "
                      "Brazilian (Novalgina, Butantan, Fulano de Tal)",
    "clean_therapy": "SOAP templates (Lachman, McMurray, McKenzie, Maitland, Mulligan), lower-case "
                     "therapy questions (Beck, Ellis, Headspace, EMDR), referral templates, Pilates "
                     "timetables and Joseph Pilates, role-plays with COUNSELLOR/CLIENT labels, "
                     "psychiatric eponyms; French (Freud, Lacan, Dolto, Jean Dupont) and Danish "
                     "(Feldenkrais, Rigshospitalet)",
    "clean_carehome": "handovers by room, rotas by run and town, family templates, lower-case "
                      "questions (Herbert Protocol, Kitwood, Abbey Pain Scale), activity calendars "
                      "and quizzes (Elvis, Vera Lynn, Bobby Moore), CAPITALS notices (Beech and "
                      "Rowan units); German (Erika Mustermann, Braden), Dutch (Buurtzorg, Jos de "
                      "Blok, De Hogeweyk), Norwegian (Kari Nordmann, Ivo Caprino)",
    "clean_vet": "reminder templates, lower-case client questions (Frontline, Advocate, Apoquel, "
                 "Librela, Cavalier King Charles), claim JSON with Jane Doe, practice pets named "
                 "like people (Winston, Bella, Biscuit, Sir David), Cushing's/Addison's/Horner's/"
                 "Weil's; Spanish (LetiFend, Scalibor, Vetoryl)",
    "clean_fitness": "timetables (BodyPump, Les Mills, Zumba, Tabata, HYROX), programmes "
                     "(Romanian deadlift, Bulgarian split squat, Turkish get-up, Arnold press, "
                     "Copenhagen plank, Zercher, Jefferson curl), lower-case questions (Karvonen, "
                     "Cooper test, Whoop, Oura), athletes (Kipchoge, Joe Wicks, Chloe Ting), "
                     "incident templates; Portuguese (Cristiano Ronaldo, Rosa Mota, Holmes Place)",
    "clean_insurance": "sample claim JSON (Max Mustermann, Jane Doe, <IBAN>), US codes and appeals "
                       "(CPT, BCBS, John Q. Public, Johns Hopkins, Kaiser Permanente), e-mail "
                       "templates, insurer comparisons (Bupa, AXA, Vitality, WPA, Cigna, Aetna); "
                       "German (GOÄ, Techniker Krankenkasse, Debeka), Italian (Unisalute, Gemelli, "
                       "San Raffaele), Polish (Luxmed, Medicover, NFZ, Jan Kowalski)",
}


def readme(rows, pools):
    n = len(rows)
    pers = [r for r in rows if not r["class"].startswith("clean_")]
    clean = [r for r in rows if r["class"].startswith("clean_")]
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    langs = Counter(LANG_NAMES[r["_lang"]] for r in rows)
    lang_p = Counter(LANG_NAMES[r["_lang"]] for r in pers)
    lower = Counter("clean" if r["class"].startswith("clean_") else "personal"
                    for r in rows if r["_case"] == "lower")
    upper = Counter("clean" if r["class"].startswith("clean_") else "personal"
                    for r in rows if r["_case"] == "upper")
    used_people = [p for p, k in zip(pools["people"].items, pools["people"].count) if k]
    cultures = sorted({p.culture for p in used_people})
    towns = [a["town"] for a, k in zip(pools["addrs"].items, pools["addrs"].count) if k]
    lens = sorted(len(r["text"]) for r in rows)
    sha = hashlib.sha256(dump(rows).encode("utf-8")).hexdigest()
    cls_rows = Counter(r["class"] for r in rows)
    cls_t = Counter(c for c, _ in {(r["class"], r["template"]) for r in rows})
    n_t = len({r["template"] for r in rows})
    order = sorted(cls_rows, key=lambda c: (c.startswith("clean_"), c))
    table = "\n".join(f"| `{c}` | {cls_rows[c]} | {cls_t[c]} | {CLASS_WHAT[c]} |" for c in order)
    lang_line = ", ".join(f"{k} {v}" for k, v in langs.most_common())
    lang_pline = ", ".join(f"{k} {v}" for k, v in lang_p.most_common())
    span_line = ", ".join(f"{k} {v}" for k, v in spans.most_common())
    return f"""# care — hand-written check set: staff and customers of health and care services

`tune.jsonl` ({n} prompts: {len(pers)} with personal data, {len(clean)} PII-free), written by
`build.py` (Python standard library only, `SEED = {SEED}`, deterministic: two runs give the same
file).

| file | sha256 |
|---|---|
| `tune.jsonl` | `{sha}` |

## Who wrote it, and how

A helper session acting as the "stranger" wrote it. It read only its brief, the "Format"
section and class tables of `eval/README.md`, `eval/dev/README.md` (label format) and
`eval/stranger8/README.md` (structure and labelling rules). It did not read the gateway's code,
scripts, tests, policies, training data, any `*.jsonl` corpus or any other `build.py`, and never
ran the gateway, Presidio or spaCy on this text. No Faker, mimesis or other value package was
used: every name, street, town, postcode, phone, date of birth and ID number is typed by hand in
`build.py`; e-mail local parts are derived in code from the hand-typed names; ID numbers were
typed with valid check digits and `build.py` asserts each one (NHS mod 11, BSN 11-proef, PESEL,
personnummer Luhn, fødselsnummer, TC kimlik, DNI letter, Portuguese NIF, CPF, French NIR key,
German KVNR, codice fiscale check letter, card Luhn, IBAN mod 97; SSNs avoid the invalid areas).

- **The angle**: prompts that staff (and now and then customers) of health and care services
  send to an internal assistant: GP surgeries and clinics, hospital ward admin, dentists,
  opticians, pharmacies, physiotherapy and mental-health practices, care homes and home-care
  agencies, veterinary practices, gyms and personal trainers, health-insurance claims desks.
  Drafting letters, reminders and replies, summarising notes, rotas and clinic lists, referral
  forms, claim JSON, stock and delivery lists, quoted e-mails with signatures, chat transcripts,
  call notes, labels.
- **PII-free rows** are framed exactly like the personal ones (same desks, same asks) and are
  full of words a careless detector masks: eponymous diseases, signs, scores and tests
  (Parkinson's, Alzheimer's, Crohn's, Hashimoto's, Graves', Raynaud's, Sjögren's, Ménière's,
  Bell's palsy, Guillain-Barré, Cushing's, Addison's, Horner's, Weil's, Behçet, Apgar, Glasgow
  Coma Scale, Wells, Ottawa, CURB-65, Barthel, Waterlow, Braden, Lachman, McMurray, Snellen,
  Ishihara, Karvonen, Cooper), drug and product brands (Calpol, Nurofen, Piriton, Eliquis,
  Ozempic, Wegovy, Mounjaro, Alvedon, Apap, Parol, Novalgina, Bravecto, Apoquel, Invisalign,
  Varilux), apps and systems (NHS App, Patient Access, EMIS Web, SystmOne, Accurx, Dentally,
  RxWorks, Birdie, Cosmic, Gerica, Headspace, Calm, Garmin, Whoop, Oura), famous doctors and
  scientists (Nightingale, Seacole, Jenner, Snow, Lister, Fleming, Apgar, Henrietta Lacks, Freud,
  Lacan, Dolto, Beck, Ellis, Rogers, Kübler-Ross, Kitwood, Joseph Pilates, Aziz Sancar, Banting
  and Best), hospitals and institutes named after people or places (St Thomas', Guy's, Royal
  Marsden, Mayo Clinic, Cleveland Clinic, Johns Hopkins, Karolinska, Sahlgrenska, Charité,
  Robert Koch-Institut, Erasmus MC, Antoni van Leeuwenhoek, Gemelli, San Raffaele, Sainte-Anne,
  Rigshospitalet, Instituto Butantan, Oswaldo Cruz), wards and rooms named after people
  (Nightingale, Seacole, Cavell, Fleming, Keats, Jenner, Lister, Harvey), public figures
  (Michael J. Fox, Eliud Kipchoge, Joe Wicks, Cristiano Ronaldo, Rosa Mota, Vera Lynn, Bobby
  Moore, Leonardo Del Vecchio, Jos de Blok, David Attenborough), sample people (Joe Bloggs, A N
  Other, Max and Erika Mustermann, Jane Doe, John Q. Public, Juan Pérez, Mario Rossi, Jan
  Kowalski, Fulano de Tal, Jean Dupont, Kari Nordmann, Tolvan Tolvansson with the Swedish test
  personnummer 19121212-1212), placeholders (`[PATIENT NAME]`, `{{{{first_name}}}}`,
  `<<Patient.Forename>>`, `{{nome}}`, `[Versichertennummer]`, `<IBAN>`,
  `XXX.XXX.XXX-XX`), pets named like people (Winston, Bella, Biscuit, Sir David), towns and
  cities in general talk (Harrogate, Whitby, Bristol, Lisboa, Warszawa, Dubai), job titles and
  roles (ANP, HCA, Practice Manager, Prescribing Lead, COUNSELLOR/CLIENT speaker labels), public
  help numbers (111, 999, 116 123, text 85258, 1177).
- **Personal rows** name private people: patients and their next of kin, residents and their
  families, clients of carers, therapists and trainers, pet owners, members, claimants, and
  staff (GPs, nurses, carers, vets, claims handlers, practice managers) — often beside the same
  public names (a referral for ?Parkinson's, a resident on Madopar, a claim at the Gemelli).
- **Framings**: imperatives ("Draft…", "Summarise…", "Turn this into…", "Check…"), pasted
  notes, forms and short fields (`Patient:`, `DOB:`, `Pat.:`, `Cliente:`), quoted e-mails with
  signatures (`> `), Markdown tables, CSV, JSON, WhatsApp logs, a call transcript, login logs,
  labels; from one line to about 12 lines ({lens[0]} to {lens[-1]} characters).
  Lower case in {sum(lower.values())} rows ({lower['personal']} personal, {lower['clean']}
  PII-free), CAPITALS in {sum(upper.values())} ({upper['personal']} personal, {upper['clean']}
  PII-free).
- **Languages** (by template): {lang_line}. Personal rows: {lang_pline}.
- **Name shapes**: full names; given name alone (colleagues, family, rota cells, speaker
  labels, a carer's sign-off, a daughter who rings back); title + surname (`Mrs`, `Mr`, `Ms`,
  `Dr`, `Sig.`, `pani`, `pana`; the title is outside the span), titles before a full name
  (`Herrn`, `Frau`, `Dr. med.`), a Turkish given name before `Bey`/`Hanım`; surname alone (rota
  cells `Dr …`, carers' texts, possessive `'s` outside the span); `Surname, Given` in a German
  form (`Pat.: Baran, Dilan (w)`: two spans) and separate surname/forename CSV columns;
  surname-first names (`Zhang Yuqing`, `Park Ji-hoon`, `Nguyễn Thị Lan`, `Kovács Dániel`, a
  French `Mme ROUX Amandine` as one span); particles
  and compound surnames (`van der Merwe`, `du Plessis`, `ter Horst`, `von Arnim`, `Ní
  Dhomhnaill`, `binti Hassan`, `bin Osman`, `Dela Cruz`, `Te Whata`, `Kaur Dhillon`, `Singh
  Sandhu`, `Fernández Ortega`, `Ferreira da Silva`, `De Luca`, `D'Amico`, `O'Sullivan`,
  `El-Masry`, `Al-Khatib`, `Ben-Ami`); diacritics (Öztürk, Kılıç, Şahin, Wójcik, Dąbrowska,
  Dvořáková, Weißkopf, Bækgaard, Åkerlund, Sigurðardóttir, Bērziņš, Kazlauskienė); names that are
  words (Hope Fielding, Dawn Walker, Faith Coleman, Ivy Marsh, Heather Stone, Rose Gardner, Will
  Moody, Holly Underhill, Wayne Cross, Summer Brooks, Joris Bakker, Daan Visser, Tobias Engel,
  Amandine Roux); logins made of a name in a portal log (PERSON).
- **Values typed by hand**: {len(PEOPLE)} people ({len(used_people)} used), {len(cultures)} culture
  tags: {", ".join(cultures)}. {len(ADDRS)} home addresses in their country's layout
  ({len(towns)} used, none twice), mostly in real small towns (Hebden Bridge, Cromarty,
  Llandeilo, Castlederg, Clonakilty, Listowel, Bar Harbor, Bisbee, Baie-Saint-Paul, Port Fairy,
  Ōpōtiki, Montagu, Kotagiri, Ikot Ekpene, Bomet, Tanay, Meersburg, Wyk auf Föhr, Wenns, Diever,
  Maldegem, Gordes, Albarracín, Pals, Bevagna, Dolceacqua, Seia, Marvão, Tiradentes, Lençóis,
  Szczawnica, Sejny, Datça, Safranbolu, Borgholm, Fiskebäckskil, Vardø, Kragerø, Rømø, Marstal…)
  and a few city districts (Hyndland in Glasgow, Small Heath in Birmingham, Mile End in London),
  each with a home phone, plus {len(PHONES)} standalone phones ({sum(pools["phones"].count)}
  used, none twice), all in national format without country codes. ID numbers that encode a sex
  (PESEL, personnummer, fødselsnummer, NIR) go to a person of that sex. Dates of birth in three age bands (residents, adults, children) in the writer's style
  (`14/02/1931`, `7/3/1961`, `03/07/1961`, `1961-03-07`, `07.03.1961`, `7 March 1961`,
  `March 7, 2001`, `7. März 1961`, `7 marzo 1961`, `7 de março de 1961`, `7 février 1961`).
  People, addresses, phones, dates, hospital numbers and NHS numbers are drawn least-used first
  (ties broken by the seeded RNG) and never twice in one row.

## Labels

`{{"start","end","type","value"}}` with `value == text[start:end]`; templates write
`⟦TYPE|value⟧` markers and `unmark()` computes the offsets (a lower-case or CAPITALS row is cased
piece by piece, so offsets stay right). `check()` asserts slices, sorted non-overlapping spans,
no empty or padded values, allowed types, unique ids and texts, no spans in `clean_` rows, at
least one span in every other row, at least 80 templates and none used more than 5 times. Row
fields: `id` (`care-<class>-<template>-<n>`), `text`, `spans`, `source` (`{SOURCE}`), `class`,
`template`, `locale` (`""` in every row).

- PERSON: one span per contiguous name (given + family together, surname-first names whole,
  particles inside); given name alone, surname alone, lower case and CAPITALS, speaker labels,
  a login derived from the name. Titles and a possessive `'s` are outside the span. Every
  mention is labelled, including repeats. Pets' names are not labelled.
- EMAIL_ADDRESS: as written, one span (no PERSON inside it); staff work addresses at a practice
  or insurer domain are labelled too (they contact a private person).
- LOCATION: the home address of a private person, each part its own span: street line with its
  number (`12 Bank Street`, `Calle Mayor, 7`, `ul. Kościelna 14/3`, `Gül Sok. No: 12`), flat or
  unit (`Flat 3`, `Apt 2B`, `1º A`, `2. OG`, `D: 3`, `1. tv.`), district (`Gandhi Nagar`,
  `Brgy. San Isidro`, `Cumhuriyet Mah.`), town, postcode, region/state/county (`Co. Cork`, `ME`,
  `NSW`, `QC`, `(PG)`, `MG`, `Muğla`, `Tamil Nadu`); a home town alone tied to a person ("I'm in
  …", "closer to home in …") is LOCATION. The towns of clinics, gyms and runs, and cities in
  general talk, are not labelled.
- PHONE_NUMBER: as written (home, mobile, a staff member's direct line). Public help numbers
  (111, 999, 116 123, 85258, 1177) are not labelled.
- DATE_OF_BIRTH: the date alone, when it is given as someone's date of birth; other dates are
  not labelled.
- NATIONAL_ID: NHS numbers, BSN, PESEL, Swedish personnummer, Norwegian fødselsnummer, TC
  kimlik, DNI, Portuguese NIF, CPF, French NIR, German KVNR (Krankenversichertennummer), codice
  fiscale. US_SSN: SSNs. MEDICAL_RECORD_NUMBER: hospital numbers and MRNs. IBAN_CODE,
  CREDIT_CARD, IP_ADDRESS: as written (IPs only in a patient's login log).
- Not labelled: member, claim and policy references, batch numbers, CPT/ICD codes, sample
  people and test identities, placeholders, public figures, eponyms, brands, software,
  institutions, wards and rooms named after people, pets.

## Classes

| class | rows | templates | what |
|---|---:|---:|---|
{table}

{n_t} templates in all; no template is used more than 5 times.

Spans: {span_line}.

## Rebuilding

```sh
python3 build.py           # rewrites tune.jsonl and README.md, prints counts
python3 build.py --check   # rebuilds in memory: "unchanged" (exit 0) or "differs" (exit 1)
```

## Licence

Written for this project. All private values were invented by hand; any resemblance to real
people is coincidental. Towns are real small places, but the street numbers, phone numbers,
e-mail addresses and ID numbers that go with them were made up (ID numbers carry valid check
digits only). Public figures, works, companies, products and institutions are named only as
things staff ask about.
"""


def main():
    rows, pools = build()
    check(rows)
    assert not pools["people"].unused(), pools["people"].unused()
    for k in ("addrs", "phones", "mrns", "nhs", "ips"):
        assert max(pools[k].count) <= 1, k  # no address, phone or number shared by two people
    data = dump(rows)
    md = readme(rows, pools)
    if "--check" in sys.argv:
        same = (os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == data and
                os.path.exists(README) and open(README, encoding="utf-8").read() == md)
        print("unchanged" if same else "differs from the files on disk")
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(md)
    pers = [r for r in rows if not r["class"].startswith("clean_")]
    print(f"rows {len(rows)}: personal {len(pers)}, PII-free {len(rows) - len(pers)}")
    print("templates", len({r["template"] for r in rows}))
    for k, v in sorted(Counter(r["class"] for r in rows).items()):
        print(f"  {k:26s} {v}")
    print("spans:", dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    print("languages:", dict(Counter(LANG_NAMES[r["_lang"]] for r in rows).most_common()))
    print("lower:", sum(r["_case"] == "lower" for r in rows), "upper:", sum(r["_case"] == "upper" for r in rows))
    unused = pools["people"].unused()
    print("people unused:", len(unused), unused)
    print("addresses used:", sum(pools["addrs"].count), "of", len(ADDRS),
          "phones used:", sum(pools["phones"].count), "of", len(PHONES))
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
