#!/usr/bin/env python3
"""staffing: a hand-written check set of prompts from work and hiring.

Recruiters and staffing agencies, HR and payroll at factories, warehouses, shops and
hospitals, gig and freelance platforms, union reps and volunteer coordinators, crewing
agents for ships and airlines.  Six personal classes and six PII-free (clean_) twins.

Standard library only, fixed SEED, deterministic.  Every name, street, phone, date and ID
body below was typed by hand; e-mail local parts and handles are derived in code from the
hand-typed names, and check digits of ID numbers and IBANs are computed in code from
hand-typed bodies (so that they are valid, as real ones are).

    python3 build.py           # writes holdout.jsonl, prints counts and sha256
    python3 build.py --check   # rebuilds in memory, compares with holdout.jsonl
"""
import datetime
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

SEED = 50_1207
SET = "staffing"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = "eval/staffing/build.py"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}

# ---------------------------------------------------------------------------------------
# markers
# ---------------------------------------------------------------------------------------
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def m(typ, value):
    assert typ in TYPES, typ
    assert value and value == value.strip() and "⟦" not in value, value
    return f"⟦{typ}|{value}⟧"


def _case(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    """Strip ⟦TYPE|value⟧ markers, return (text, spans).  A lower-case or CAPITALS row is
    cased piece by piece, so the offsets stay right whatever casing does to lengths."""
    out, spans, pos, last = [], [], 0, 0
    for mo in MARK.finditer(marked):
        lit = _case(marked[last:mo.start()], case)
        out.append(lit)
        pos += len(lit)
        val = _case(mo.group(2), case)
        spans.append({"start": pos, "end": pos + len(val), "type": mo.group(1), "value": val})
        out.append(val)
        pos += len(val)
        last = mo.end()
    out.append(_case(marked[last:], case))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


# ---------------------------------------------------------------------------------------
# people, typed by hand.  grp is the part of the world they live or work in; tag is the
# culture tag counted in the README.  full is the name as written in full (surname first
# where that is the custom); call is what colleagues call them.
# ---------------------------------------------------------------------------------------
class Person:
    def __init__(self, g, f, tag, grp, sex, full=None, call=None):
        self.g, self.f, self.tag, self.grp, self.sex = g, f, tag, grp, sex
        self.full = full or (f"{g} {f}" if f else g)
        self.call = call or g
        self.key = self.full


PEOPLE = [
    # Spain
    Person("Nerea", "Goikoetxea Arrieta", "Basque", "es", "f"),
    Person("Jordi", "Vilaró Pujol", "Catalan", "es", "m"),
    Person("Rocío", "Benjumea Ríos", "Andalusian", "es", "f"),
    Person("Álvaro", "Sanz Morillo", "Spanish", "es", "m"),
    Person("Pilar", "Ortega Blanco", "Spanish", "es", "f"),
    Person("Xoán", "Lamas Figueiras", "Galician", "es", "m"),
    Person("Amparo", "Cruz Villalba", "Spanish", "es", "f"),
    Person("Mohamed", "El Idrissi", "Moroccan", "es", "m"),
    # Latin America
    Person("Yessenia", "Quispe Mamani", "Peruvian (Aymara)", "lat", "f"),
    Person("Jhon Fredy", "Ospina Cardona", "Colombian", "lat", "m", call="Jhon"),
    Person("Guadalupe", "Rey Esparza", "Mexican", "lat", "f", call="Lupita"),
    Person("Dulce María", "Paz Ordóñez", "Honduran", "lat", "f", call="Dulce"),
    Person("Wilmer", "Castillo Bracho", "Venezuelan", "lat", "m"),
    Person("Esperanza", "Guerra", "Dominican", "lat", "f"),
    Person("Matías", "Fernández Lagos", "Chilean", "lat", "m"),
    Person("Agustina", "Sosa", "Argentine", "lat", "f"),
    # Portugal and Lusophone Africa
    Person("Joana", "Conceição Pires", "Portuguese", "pt", "f"),
    Person("Rui", "Gonçalves Teixeira", "Portuguese", "pt", "m"),
    Person("Edson", "Tavares Monteiro", "Cape Verdean", "pt", "m"),
    Person("Domingos", "Mateus Capita", "Angolan", "pt", "m"),
    Person("Filipa", "Amaral Nunes", "Portuguese", "pt", "f"),
    # Brazil
    Person("Thaís", "Nogueira Bastos", "Brazilian", "br", "f"),
    Person("Cleiton", "Ferreira da Silva", "Brazilian", "br", "m"),
    Person("Graziela", "Coutinho Ramos", "Brazilian (gaúcha)", "br", "f"),
    Person("Wellington", "Souza Prado", "Brazilian", "br", "m"),
    Person("Kauã", "Oliveira Rocha", "Brazilian", "br", "m"),
    Person("Luana", "Bezerra de Araújo", "Brazilian (nordestina)", "br", "f"),
    # German-speaking
    Person("Jörg", "Kleinschmidt", "German", "de", "m"),
    Person("Svenja", "Fuchs", "German", "de", "f"),
    Person("Malte", "Hansen-Oberle", "German", "de", "m"),
    Person("Doris", "Weißenböck", "Austrian", "de", "f"),
    Person("Reto", "Bachmann", "Swiss German", "de", "m"),
    Person("Hannelore", "Koch", "German", "de", "f"),
    Person("Kevin", "Schulze", "German", "de", "m"),
    # French-speaking
    Person("Gaëlle", "Le Goff", "Breton", "fr", "f"),
    Person("Thibault", "Vasseur", "French", "fr", "m"),
    Person("Aïssatou", "Diallo", "Senegalese (Fula)", "fr", "f"),
    Person("Karim", "Benchekroun", "Moroccan", "fr", "m"),
    Person("Marie-Ève", "Tremblay-Gagnon", "Québécois", "fr", "f"),
    Person("Yannick", "Kouassi", "Ivorian", "fr", "m"),
    Person("Océane", "Blanchard", "French", "fr", "f"),
    Person("Christelle", "Mbuyi Kalonji", "Congolese", "fr", "f"),
    # Italy
    Person("Giuseppina", "Lo Cascio", "Sicilian", "it", "f", call="Pina"),
    Person("Matteo", "Zanardelli", "Italian (Lombard)", "it", "m"),
    Person("Chiara", "Esposito", "Neapolitan", "it", "f"),
    Person("Efisio", "Porcu", "Sardinian", "it", "m"),
    Person("Bruna", "Dal Bosco", "Venetian", "it", "f"),
    Person("Rosario", "Fiore", "Calabrian", "it", "m"),
    # Netherlands and Flanders
    Person("Femke", "van der Heijden", "Dutch", "nl", "f"),
    Person("Sjoerd", "Bakker", "Frisian", "nl", "m"),
    Person("Anouk", "Visser", "Dutch", "nl", "f"),
    Person("Rachid", "Ouali", "Moroccan Dutch (Riffian)", "nl", "m"),
    Person("Dewi", "Sitaram", "Surinamese Hindustani", "nl", "f"),
    Person("Jelle", "Wouters", "Flemish", "nl", "m"),
    Person("Mandy", "ter Horst", "Dutch", "nl", "f"),
    # Poland
    Person("Łukasz", "Wróbel", "Polish", "pl", "m"),
    Person("Zuzanna", "Ślęzak", "Polish", "pl", "f"),
    Person("Grzegorz", "Kot", "Polish", "pl", "m"),
    Person("Bożena", "Lis-Kowalczyk", "Polish", "pl", "f"),
    Person("Kacper", "Nowicki", "Polish", "pl", "m"),
    Person("Jadwiga", "Pająk", "Polish (Silesian)", "pl", "f"),
    # Romania and Moldova
    Person("Ionuț", "Bălan", "Romanian", "ro", "m"),
    Person("Mădălina", "Țurcanu", "Moldovan", "ro", "f"),
    Person("Florin", "Stoica", "Romanian", "ro", "m"),
    Person("Ileana", "Munteanu", "Romanian", "ro", "f"),
    Person("Vasile", "Ciobanu", "Moldovan", "ro", "m"),
    Person("Doina", "Lupu", "Romanian", "ro", "f"),
    # Philippines
    Person("Maricel", "dela Cruz", "Filipino (Tagalog)", "ph", "f"),
    Person("Rodel", "Macaraeg", "Filipino (Ilocano)", "ph", "m"),
    Person("Rogelio", "Bautista Jr.", "Filipino (Tagalog)", "ph", "m", call="Jun"),
    Person("Lovely", "Sarmiento", "Filipino", "ph", "f"),
    Person("Joy", "Villanueva", "Filipino", "ph", "f"),
    Person("Arnel", "Cabahug", "Filipino (Cebuano)", "ph", "m"),
    Person("Jericho", "Manalo", "Filipino", "ph", "m"),
    Person("Precious", "Dimaculangan", "Filipino (Batangueño)", "ph", "f"),
    Person("Ernesto", "Delos Reyes", "Filipino", "ph", "m"),
    Person("Marvin", "Tolentino", "Filipino", "ph", "m"),
    Person("Analyn", "Paguio", "Filipino (Kapampangan)", "ph", "f"),
    Person("Romeo", "Ybañez", "Filipino (Visayan)", "ph", "m"),
    # India and Nepal
    Person("Priya", "Raghunathan", "Tamil", "in", "f"),
    Person("Harpreet", "Kaur Gill", "Punjabi", "in", "f"),
    Person("Saurabh", "Deshmukh", "Marathi", "in", "m"),
    Person("Nikhil", "Varghese", "Malayali", "in", "m"),
    Person("Pooja", "Thakkar", "Gujarati", "in", "f"),
    Person("Anirban", "Mukherjee", "Bengali", "in", "m"),
    Person("Sunita", "Yadav", "Hindi (Bihari)", "in", "f"),
    Person("Mohd Arif", "Qureshi", "Hindustani (UP)", "in", "m", call="Arif"),
    Person("Bishnu", "Thapa Magar", "Nepali (Magar)", "in", "m"),
    # Indonesia
    Person("Sri", "Wahyuningsih", "Javanese", "id", "f"),
    Person("Agus", "Setiawan", "Javanese", "id", "m"),
    Person("Ujang", "Suryana", "Sundanese", "id", "m"),
    Person("Rahmat", "Nasution", "Batak Mandailing", "id", "m"),
    Person("Made", "Sriasih", "Balinese", "id", "f", full="Ni Made Sriasih"),
    Person("Siti", "Rohmah", "Indonesian (Madurese)", "id", "f"),
    Person("Yohanes", "Lumbantobing", "Batak Toba", "id", "m"),
    # Ukraine
    Person("Oksana", "Hrytsenko", "Ukrainian", "ua", "f"),
    Person("Taras", "Melnychuk", "Ukrainian", "ua", "m"),
    Person("Nadiya", "Bondarenko", "Ukrainian", "ua", "f"),
    Person("Dmytro", "Kovalchuk", "Ukrainian", "ua", "m"),
    Person("Vira", "Lysenko", "Ukrainian", "ua", "f"),
    Person("Serhii", "Tkachenko", "Ukrainian", "ua", "m"),
    Person("Bohdan", "Havryliuk", "Ukrainian (Hutsul)", "ua", "m"),
    # Turkey
    Person("Ayşe", "Yıldız", "Turkish", "tr", "f"),
    Person("Mehmet Ali", "Çelik", "Turkish", "tr", "m"),
    Person("Deniz", "Aslan", "Turkish", "tr", "f"),
    Person("Şükrü", "Kaya", "Turkish", "tr", "m"),
    Person("Berfin", "Doğan", "Kurdish", "tr", "f"),
    Person("Emre", "Özkan", "Turkish", "tr", "m"),
    Person("Hatice", "Güneş", "Turkish", "tr", "f"),
    # Nordic
    Person("Åsa", "Lindqvist", "Swedish", "se", "f"),
    Person("Mikael", "Sjöberg", "Swedish", "se", "m"),
    Person("Linnea", "Berg", "Swedish", "se", "f"),
    Person("Tuomas", "Heikkinen", "Finnish", "se", "m"),
    Person("Ingrid", "Haugland", "Norwegian", "se", "f"),
    Person("Mads", "Kjeldsen", "Danish", "se", "m"),
    Person("Semhar", "Tesfay", "Eritrean (Tigrinya)", "se", "f"),
    Person("Ahmed", "Warsame", "Somali", "se", "m"),
    # Greece and Cyprus
    Person("Eleni", "Papadaki", "Greek", "gr", "f"),
    Person("Giorgos", "Theodorakopoulos", "Greek", "gr", "m"),
    Person("Irini", "Vlachou", "Greek", "gr", "f"),
    Person("Stavros", "Kyriakou", "Greek Cypriot", "gr", "m"),
    Person("Panagiota", "Moraitou", "Greek", "gr", "f", call="Giota"),
    Person("Nikos", "Fragkiadakis", "Cretan", "gr", "m"),
    # UK and Ireland
    Person("Grace", "Whitfield", "English", "uk", "f"),
    Person("Callum", "MacInnes", "Scottish (Gaelic)", "uk", "m"),
    Person("Siân", "Pritchard", "Welsh", "uk", "f"),
    Person("Aoife", "Ní Chonaill", "Irish", "uk", "f"),
    Person("Darren", "Heap", "English", "uk", "m"),
    Person("Bethany", "Stone", "English", "uk", "f"),
    Person("Tyrone", "Bailey-Campbell", "Jamaican British", "uk", "m"),
    Person("Hollie", "Marsh", "English", "uk", "f"),
    Person("Kieran", "Doyle", "Irish", "uk", "m"),
    Person("Rukhsana", "Begum", "Bangladeshi British (Sylheti)", "uk", "f"),
    Person("Imran", "Chaudhry", "Pakistani British", "uk", "m"),
    Person("Gurdeep", "Bhogal", "British Punjabi", "uk", "m"),
    # United States
    Person("Tanisha", "Brooks", "African American", "us", "f"),
    Person("Cody", "Lindgren", "Minnesotan", "us", "m"),
    Person("Marisol", "Delgado", "Mexican American", "us", "f"),
    Person("Dwayne", "Whitaker", "US Southern", "us", "m"),
    Person("Kaitlyn", "O'Rourke", "Irish American", "us", "f"),
    Person("Tuan", "Pham", "Vietnamese American", "us", "m"),
    Person("Hunter", "Gaines", "US (Texas)", "us", "m"),
    Person("Destiny", "Ruiz", "Puerto Rican", "us", "f"),
    Person("Hoku", "Kealoha", "Native Hawaiian", "us", "f"),
    Person("Raymond", "Yazzie", "Navajo", "us", "m"),
    # Anglophone Africa
    Person("Chinonso", "Okafor", "Igbo", "afr", "m"),
    Person("Folasade", "Adeyemi", "Yoruba", "afr", "f", call="Sade"),
    Person("Kwabena", "Owusu-Ansah", "Akan", "afr", "m"),
    Person("Wanjiru", "Kamau", "Kikuyu", "afr", "f"),
    Person("Thandeka", "Mthembu", "Zulu", "afr", "f"),
    Person("Sipho", "Ndlovu", "Ndebele", "afr", "m"),
    Person("Blessing", "Moyo", "Shona", "afr", "f"),
    Person("Goodluck", "Mwakyusa", "Tanzanian (Nyakyusa)", "afr", "m"),
    Person("Abebe", "Girma", "Amhara", "afr", "m"),
    Person("Hodan", "Abdirahman", "Somali", "afr", "f"),
    # East and South-East Asia
    Person("Hoa", "Nguyễn", "Vietnamese", "asia", "f", full="Nguyễn Thị Hoa"),
    Person("Long", "Trần", "Vietnamese", "asia", "m", full="Trần Văn Long"),
    Person("Ji-hoon", "Park", "Korean", "asia", "m", full="Park Ji-hoon"),
    Person("Yiwen", "Zhang", "Chinese (mainland)", "asia", "f", full="Zhang Yiwen"),
    Person("Ka-wai", "Chan", "Cantonese (Hong Kong)", "asia", "m", full="Chan Ka-wai"),
    Person("Haruto", "Tanaka", "Japanese", "asia", "m"),
    Person("Wei Ling", "Lim", "Malaysian Chinese", "asia", "f", full="Lim Wei Ling"),
    Person("Farah Nadia", "Rosli", "Malay", "asia", "f", full="Farah Nadia binti Rosli", call="Farah"),
    Person("Thanawat", "Srisuk", "Thai", "asia", "m"),
    Person("Kyaw Zin", "Htet", "Burmese", "asia", "m", call="Kyaw"),
    # Middle East and North Africa
    Person("Rania", "Haddad", "Lebanese", "mena", "f"),
    Person("Omar", "Al-Khatib", "Syrian", "mena", "m"),
    Person("Mahmoud", "Shalaby", "Egyptian", "mena", "m"),
    Person("Zainab", "Al-Saadi", "Iraqi", "mena", "f"),
    Person("Yosef", "Ben-Haim", "Israeli", "mena", "m"),
    Person("Nasrin", "Hosseini", "Iranian", "mena", "f"),
    Person("Layla", "Mansour", "Palestinian", "mena", "f"),
    Person("Youssef", "Amrani", "Moroccan", "mena", "m"),
    # Central and Eastern Europe, Central Asia
    Person("Eszter", "Kovács", "Hungarian", "cee", "f", full="Kovács Eszter"),
    Person("Jiří", "Dvořáček", "Czech", "cee", "m"),
    Person("Zuzana", "Kováčiková", "Slovak", "cee", "f"),
    Person("Rūta", "Petrauskienė", "Lithuanian", "cee", "f"),
    Person("Jānis", "Ozols", "Latvian", "cee", "m"),
    Person("Milica", "Petrović", "Serbian", "cee", "f"),
    Person("Ivo", "Barišić", "Croatian", "cee", "m"),
    Person("Desislava", "Todorova", "Bulgarian", "cee", "f"),
    Person("Arben", "Krasniqi", "Albanian (Kosovar)", "cee", "m"),
    Person("Aigerim", "Seitkali", "Kazakh", "cee", "f"),
    Person("Kertu", "Saar", "Estonian", "cee", "f"),
    # Oceania
    Person("Aroha", "Te Huia", "Māori", "oce", "f"),
    Person("Sione", "Fifita", "Tongan", "oce", "m"),
    Person("Malia", "Leota", "Samoan", "oce", "f"),
    Person("Brodie", "McKenzie", "Australian", "oce", "m"),
    Person("Kelera", "Vuniwaqa", "Fijian", "oce", "f"),
]

MAIDEN = ["Oyelaran", "Szymańska"]

# ---------------------------------------------------------------------------------------
# home addresses in their country's layout (real towns, invented streets and numbers)
# ---------------------------------------------------------------------------------------
class Addr:
    def __init__(self, cc, fmt, **parts):
        self.cc, self.fmt, self.parts = cc, fmt, parts
        self.key = cc + ":" + parts["street"]

    def render(self, oneline=False, case=None):
        out = self.fmt
        for k, v in self.parts.items():
            out = out.replace("{" + k + "}", m("LOCATION", _case(v, case)))
        assert "{" not in out, out
        return out.replace("\n", ", ") if oneline else out

    def town(self):
        return m("LOCATION", self.parts["town"])

    def pc(self):
        return m("LOCATION", self.parts["postcode"])


ADDRS = [
    Addr("uk", "{unit}, {street}\n{town}\n{postcode}", unit="Flat 2", street="31 Fellside Road",
         town="Kirkby Stephen", postcode="CA17 4RP"),
    Addr("uk", "{street}\n{town}\n{postcode}", street="48 Chapel Street", town="Llanidloes",
         postcode="SY18 6BX"),
    Addr("uk", "{street}\n{town}\n{postcode}", street="7 Harbour View", town="Cromarty",
         postcode="IV11 8YJ"),
    Addr("uk", "{street}\n{town}\n{postcode}", street="112 Wellington Terrace",
         town="Spennymoor", postcode="DL16 6EL"),
    Addr("uk", "{street}\n{town}\n{postcode}", street="19 Ashdown Close", town="Tenterden",
         postcode="TN30 6XJ"),
    Addr("uk", "{street}\n{district}\n{town}\n{postcode}", street="56 Market Street",
         district="Whitworth", town="Rochdale", postcode="OL12 8QS"),
    Addr("uk", "{street}\n{town}\n{postcode}", street="23 Gwel an Mor", town="Porthleven",
         postcode="TR13 9JY"),
    Addr("ie", "{street}\n{town}\n{region}\n{postcode}", street="4 Páirc na Coille",
         town="Ballinrobe", region="Co. Mayo", postcode="F31 K2X8"),
    Addr("us", "{street}\n{town}, {region} {postcode}", street="2217 W Cottonwood Ave",
         town="Lamar", region="CO", postcode="81052"),
    Addr("us", "{street}, {unit}\n{town}, {region} {postcode}", street="418 Magnolia St",
         unit="Apt 3B", town="Natchitoches", region="LA", postcode="71457"),
    Addr("us", "{street}\n{town}, {region} {postcode}", street="90 Birch Hollow Rd",
         town="Grand Marais", region="MN", postcode="55604"),
    Addr("us", "{street}\n{town}, {region} {postcode}", street="1406 Calle Amapola",
         town="Socorro", region="NM", postcode="87801"),
    Addr("es", "{street}\n{postcode} {town} ({region})", street="C/ Níjar, 9",
         town="Santa María del Águila", region="Almería", postcode="04710"),
    Addr("es", "{street}, {unit}\n{postcode} {town} ({region})",
         street="Avda. de Extremadura, 31", unit="1º B", town="Talayuela", region="Cáceres",
         postcode="10310"),
    Addr("de", "{street}\n{postcode} {town}", street="Am Mühlbach 12",
         town="Schönau am Königssee", postcode="83471"),
    Addr("de", "{street}\n{postcode} {town}", street="Lindenallee 3", town="Rheda-Wiedenbrück",
         postcode="33378"),
    Addr("pl", "{street}\n{postcode} {town}", street="ul. Ogrodowa 17/4", town="Mosina",
         postcode="62-050"),
    Addr("pl", "{street}\n{postcode} {town}", street="ul. Kościuszki 8", town="Zakopane",
         postcode="34-500"),
    Addr("pl", "{street}\n{postcode} {town}", street="os. Słoneczne 6/21",
         town="Strzelce Opolskie", postcode="47-100"),
    Addr("ro", "{street}, {unit}\n{town}, {region}, {postcode}", street="Str. Florilor nr. 22",
         unit="bl. B3, ap. 14", town="Sighișoara", region="jud. Mureș", postcode="545400"),
    Addr("ro", "{street}\n{town}, {region} {postcode}", street="Str. Principală nr. 105",
         town="Săpânța", region="jud. Maramureș", postcode="437305"),
    Addr("it", "{street}\n{postcode} {town} ({region})", street="Via Giuseppe Garibaldi 41",
         town="Villasalto", region="SU", postcode="09040"),
    Addr("it", "{street}\n{postcode} {town} ({region})", street="Contrada Piano Grande 6",
         town="Campofelice di Roccella", region="PA", postcode="90010"),
    Addr("nl", "{street}\n{postcode} {town}", street="Kerkstraat 19", town="Buitenpost",
         postcode="9285 TB"),
    Addr("nl", "{street}\n{postcode} {town}", street="Willem de Zwijgerlaan 88",
         town="Naaldwijk", postcode="2671 BN"),
    Addr("se", "{street}\n{postcode} {town}", street="Storgatan 3 B", town="Lycksele",
         postcode="921 31"),
    Addr("ph", "{street}, {district}\n{town}, {region} {postcode}",
         street="Blk 7 Lot 22 Sampaguita St.", district="Brgy. San Isidro", town="Tanauan City",
         region="Batangas", postcode="4232"),
    Addr("ph", "{street}, {district}\n{town}, {region} {postcode}", street="Purok 3",
         district="Brgy. Poblacion", town="Carcar City", region="Cebu", postcode="6019"),
    Addr("ph", "{street}, {district}\n{town} {postcode}", street="56 J.P. Rizal St.",
         district="Brgy. Malanday", town="Marikina City", postcode="1805"),
    Addr("ph", "{street}, {district}\n{town}, {region} {postcode}", street="Sitio Maligaya",
         district="Brgy. Bical", town="Bacnotan", region="La Union", postcode="2515"),
    Addr("in", "{unit}, {street}, {district}\n{town} {postcode}", unit="Flat 302",
         street="Sai Krupa Apartments", district="Baner", town="Pune", postcode="411045"),
    Addr("in", "{street}\n{town}, {region} {postcode}", street="VPO Kotla Nihang",
         town="Rupnagar", region="Punjab", postcode="140001"),
    Addr("id", "{street} {unit}\n{district}\n{town} {postcode}", street="Dusun Krajan",
         unit="RT 02/RW 01", district="Desa Tegalsari", town="Banyuwangi", postcode="68491"),
    Addr("ua", "{street}, {unit}\n{town}, {region}\n{postcode}", street="vul. Shevchenka, 14",
         unit="kv. 9", town="Bilhorod-Dnistrovskyi", region="Odeska obl.", postcode="67700"),
    Addr("ua", "{street}\n{town}, {region}\n{postcode}", street="prov. Sadovyi, 7",
         town="Izmail", region="Odeska obl.", postcode="68600"),
    Addr("tr", "{street} {unit}\n{postcode} {town}/{region}",
         street="Atatürk Mah. 1203 Sok. No: 7", unit="D: 3", town="Torbalı", region="İzmir",
         postcode="35860"),
    Addr("gr", "{street}\n{postcode} {town}", street="Eleftheriou Venizelou 27",
         town="Salamina", postcode="18900"),
    Addr("gr", "{street}\n{postcode} {town}", street="Leof. Ethnikis Antistaseos 12",
         town="Chania", postcode="73100"),
    Addr("br", "{street}, {unit} - {district}\n{town} - {region}\n{postcode}",
         street="Rua Tiradentes, 455", unit="apto 32", district="Vila Operária",
         town="Rondonópolis", region="MT", postcode="78705-020"),
    Addr("pt", "{street}, {unit}\n{postcode} {town}", street="Rua do Comércio, 18",
         unit="2.º Esq.", town="Ponte de Lima", postcode="4990-062"),
    Addr("fr", "{street}\n{postcode} {town}", street="12 rue Victor Hugo", town="Pont-l'Abbé",
         postcode="29120"),
]

# ---------------------------------------------------------------------------------------
# phones, national or international format as people write them
# ---------------------------------------------------------------------------------------
PHONES = {
    "uk": ["07723 418905", "07908 312664", "07462 190 338", "07817 204 993", "07391 025817",
           "+44 7514 882 019", "07840 66 31 07", "07930 118 472", "07588 302146", "07415 927 360",
           "(07709) 451 228", "07961-330-814", "+447842019375", "07500 813 692", "07472 660 915",
           "07884 127 540", "07539 904 218", "07701 338 462", "07976 51 20 83", "07427 093 175",
           "07868 245 301", "+44 7393 516 804"],
    "ie": ["087 214 6630"],
    "us": ["(719) 336-4820", "318-352-7719", "218.387.1146", "+1 601 488 3127"],
    "es": ["612 48 93 07", "687 221 394", "634-118-207", "+34 655 30 41 86", "622 90 17 44",
           "711 204 583", "649 83 02 16", "600-31-48-92", "677 415 209"],
    "de": ["0176 4328 1190", "0151/2284 6617", "+49 160 9931 4402", "05961 48833"],
    "pl": ["604-217-385"],
    "it": ["347 812 5590", "+39 328 119 4470"],
    "nl": ["06-48219370", "06 1734 8862", "+31 6 2290 4418", "0612 93 40 71", "06 - 3318 2047",
           "+316 5102 8839"],
    "se": ["+46 76 210 44 85", "072-914 03 38"],
    "ph": ["0917 845 2031", "+63 998 412 7765", "0928-331-0456", "09178823164", "+63 927 550 1843",
           "0939 204 7718", "0905 612 3398", "+63 966 204 8817", "0947-118-2290", "09209471063"],
    "in": ["98220 41735", "+91 81461 20937", "099880 17245", "70214 88310", "+91-94172-30851",
           "8879 204 117"],
    "id": ["0812-2245-8810", "+62 857 3104 2296", "0878 1902 4471"],
    "ua": ["+380 67 412 8830", "093 318 44 71", "+380 (50) 227-61-09", "067 904 15 32",
           "+38 063 771 2049"],
    "tr": ["0532 418 27 90", "0 (545) 612 34 07"],
    "gr": ["694 412 7781", "+30 697 238 1150", "6981 02 44 37", "210 41 82 930"],
    "br": ["(66) 99213-4480", "(75) 98834-2017", "+55 11 97730-1524"],
    "pt": ["912 448 306", "936 120 774"],
    "fr": ["07 83 12 44 60", "+33 6 71 02 38 94", "06.12.40.88.31"],
    "ng": ["+234 809 221 5530"],
}

# home towns said alone ("lives in ...", "Wohnort:", a column headed home)
TOWNS = {
    "uk": ["Brackley", "Towcester", "Market Harborough", "Long Buckby", "Wellingborough",
           "Melksham", "Thirsk", "Ammanford"],
    "us": ["Lufkin", "Bemidji"],
    "es": ["Pinto", "Valdemoro", "Illescas", "Seseña", "Arganda del Rey"],
    "de": ["Verl", "Harsewinkel", "Delbrück"],
    "ph": ["Tarlac City", "Lipa City", "Cabanatuan", "Iloilo City", "Bangued",
           "Roxas City"],
    "in": ["Ludhiana", "Thrissur"],
    "fr": ["Quimperlé", "Lamballe", "Vitré"],
    "br": ["Osasco", "Várzea Paulista"],
    "ua": ["Kamianets-Podilskyi"],
    "nl": ["Tiel", "Oss", "Boxmeer", "Uden"],
    "id": ["Purwokerto", "Tegal", "Indramayu", "Pemalang"],
    "gr": ["Andros", "Kardamyla"],
    "se": ["Sandviken", "Vetlanda"],
    "pt": ["Barcelos", "Fafe"],
}

# dates of birth: (day, month, year)
DOBS = [(14, 3, 1988), (3, 5, 1979), (8, 11, 1992), (7, 9, 1965), (22, 3, 2001), (29, 2, 1996),
        (1, 12, 1983), (17, 6, 1974), (30, 10, 1990), (11, 1, 1999), (25, 7, 1986), (5, 4, 1971),
        (19, 8, 2003), (2, 2, 1994), (23, 9, 1981), (13, 12, 1977), (6, 6, 1968), (28, 1, 1997),
        (9, 10, 1985), (16, 5, 2000), (31, 8, 1993), (12, 7, 1989), (4, 3, 1962), (20, 11, 1998),
        (27, 4, 1980), (15, 2, 1991), (10, 6, 2002), (24, 12, 1976), (18, 9, 1987), (21, 1, 1995),
        (26, 3, 1984), (8, 8, 1970), (3, 10, 2004), (14, 7, 1982), (1, 9, 1967), (19, 4, 1993)]

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def fdob(d, style):
    dd, mm, yy = d
    return {
        "dmy/": f"{dd:02d}/{mm:02d}/{yy}",
        "mdy/": f"{mm:02d}/{dd:02d}/{yy}",
        "dmy.": f"{dd:02d}.{mm:02d}.{yy}",
        "dmy-": f"{dd:02d}-{mm:02d}-{yy}",
        "iso": f"{yy}-{mm:02d}-{dd:02d}",
        "d Mon Y": f"{dd} {MONTHS_EN[mm - 1]} {yy}",
        "DD MON YYYY": f"{dd:02d} {MONTHS_EN[mm - 1].upper()} {yy}",
        "d Month Y": f"{dd} {MONTHS_FULL[mm - 1]} {yy}",
        "Month d, Y": f"{MONTHS_FULL[mm - 1]} {dd}, {yy}",
        "ddMONyy": f"{dd:02d}{MONTHS_EN[mm - 1].upper()}{yy % 100:02d}",
        "d/m/yy": f"{dd}/{mm}/{yy % 100:02d}",
    }[style]


# ---------------------------------------------------------------------------------------
# identity numbers: hand-typed bodies, check digits computed
# ---------------------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def es_dni(body):
    return body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]


def es_nie(body):
    num = int(str("XYZ".index(body[0])) + body[1:])
    return body + "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23]


def sexed(serial, sex):
    """PESEL and Swedish personnummer carry sex in the serial's last digit: odd men, even women."""
    last = int(serial[-1])
    if (last % 2 == 1) != (sex == "m"):
        last = (last + 1) % 10
    return serial[:-1] + str(last)


def pesel(d, serial4):
    dd, mm, yy = d
    mm += 20 if yy >= 2000 else 0
    s = f"{yy % 100:02d}{mm:02d}{dd:02d}{serial4}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def ro_cnp(d, sex, county, serial3):
    dd, mm, yy = d
    s = ("1" if sex == "m" else "2") if yy < 2000 else ("5" if sex == "m" else "6")
    body = f"{s}{yy % 100:02d}{mm:02d}{dd:02d}{county}{serial3}"
    r = sum(int(a) * int(b) for a, b in zip(body, "279146358279")) % 11
    return body + ("1" if r == 10 else str(r))


def nl_bsn(body8):
    r = sum((9 - i) * int(ch) for i, ch in enumerate(body8)) % 11
    assert r != 10, body8
    return body8 + str(r)


def se_pnr(d, serial3, sep="-"):
    dd, mm, yy = d
    s = f"{yy % 100:02d}{mm:02d}{dd:02d}{serial3}"
    return s[:6] + sep + s[6:] + luhn_digit(s)


def tr_tckn(body9):
    d = [int(x) for x in body9]
    assert d[0] != 0
    d10 = (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10
    d11 = (sum(d) + d10) % 10
    return body9 + str(d10) + str(d11)


def pt_nif(body8):
    s = sum(int(x) * w for x, w in zip(body8, range(9, 1, -1)))
    c = 11 - s % 11
    return body8 + str(0 if c >= 10 else c)


def br_cpf(body9, fmt=True):
    d = [int(x) for x in body9]
    d1 = sum(x * (10 - i) for i, x in enumerate(d)) * 10 % 11 % 10
    d.append(d1)
    d2 = sum(x * (11 - i) for i, x in enumerate(d)) * 10 % 11 % 10
    s = body9 + str(d1) + str(d2)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if fmt else s


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                    20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _cf_letters(s):
    s = ascii_fold(s).upper()
    return "".join(ch for ch in s if ch.isalpha())


def it_cf(surname, name, d, sex, belfiore):
    dd, mm, yy = d
    vow = set("AEIOU")
    sl = _cf_letters(surname)
    sc = [ch for ch in sl if ch not in vow] + [ch for ch in sl if ch in vow] + ["X"] * 3
    nl = _cf_letters(name)
    ncons = [ch for ch in nl if ch not in vow]
    if len(ncons) >= 4:
        nc = [ncons[0], ncons[2], ncons[3]]
    else:
        nc = ncons + [ch for ch in nl if ch in vow] + ["X"] * 3
    day = dd + (40 if sex == "f" else 0)
    body = "".join(sc[:3]) + "".join(nc[:3]) + f"{yy % 100:02d}" + "ABCDEHLMPRST"[mm - 1] \
        + f"{day:02d}" + belfiore
    total = 0
    for i, ch in enumerate(body):
        total += _CF_ODD[ch] if i % 2 == 0 else int(ch, 36) - (0 if ch.isdigit() else 10)
    return body + chr(ord("A") + total % 26)


def fr_nir(sex, d, dept, commune, order):
    dd, mm, yy = d
    body = f"{1 if sex == 'm' else 2}{yy % 100:02d}{mm:02d}{dept}{commune}{order}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def de_stid(body10):
    product = 10
    for ch in body10:
        s = (int(ch) + product) % 10
        s = 10 if s == 0 else s
        product = s * 2 % 11
    c = 11 - product
    return body10 + str(0 if c == 10 else c)


def ua_rnokpp(d, serial4):
    dd, mm, yy = d
    days = (datetime.date(yy, mm, dd) - datetime.date(1899, 12, 31)).days
    body = f"{days:05d}{serial4}"
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return body + str(sum(int(a) * b for a, b in zip(body, w)) % 11 % 10)


def gr_amka(d, serial4):
    dd, mm, yy = d
    body = f"{dd:02d}{mm:02d}{yy % 100:02d}{serial4}"
    return body + luhn_digit(body)


def gr_afm(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    return body8 + str(s % 11 % 10)


def uk_nhs(body9):
    s = sum(int(ch) * (10 - i) for i, ch in enumerate(body9))
    c = 11 - s % 11
    assert c != 10, body9
    s10 = body9 + str(0 if c == 11 else c)
    return f"{s10[:3]} {s10[3:6]} {s10[6:]}"


def id_nik(region6, d, sex, serial4):
    dd, mm, yy = d
    return f"{region6}{dd + (40 if sex == 'f' else 0):02d}{mm:02d}{yy % 100:02d}{serial4}"


def card(body15, group=True):
    n = body15 + luhn_digit(body15)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if group else n


IBAN_LEN = {"DE": 22, "GB": 22, "IE": 22, "ES": 24, "PL": 28, "RO": 24, "NL": 18, "FR": 27,
            "IT": 27, "PT": 25, "TR": 26, "SE": 24, "GR": 27, "UA": 29}


def iban(cc, bban, group=True):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    s = f"{cc}{98 - int(num) % 97:02d}{bban}"
    assert len(s) == IBAN_LEN[cc], (cc, len(s))
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if group else s


# hand-typed IBAN bodies (BBAN) by country
BBANS = {
    "GB": ["NWBK55104728193306", "LOYD30962217740915"],
    "IE": ["BOFI90012741839265"],
    "DE": ["280501000041827364", "120300001058274419"],
    "ES": ["00491806932910483315", "21000418450200517732"],
    "PL": ["102055610000310203948171"],
    "RO": ["BTRLRONCRT0392018874"],
    "NL": ["RABO0312874650"],
    "FR": ["30004008200001048219327"],
    "IT": ["X0306909606100000048219"],
    "PT": ["003506510000482193730"],
    "TR": ["0006200048200006298031", "0001001745830049271150"],
    "SE": ["50000000058219370418"],
    "GR": ["01101250000012548219370", "01720410000041077302518"],
    "UA": ["3052990000026208482193701"],
}

# passports and seafarers' books, by where their holder is from
PASSPORTS = {
    "ua": ["GC481920", "EV118273", "GB119347"],
    "ph": ["P7730194A", "P1092846C", "P5518302B", "P3304917A", "P6620418B", "P0918273A"],
    "in": ["Z3318465", "W1049382"],
    "id": ["C1284930", "X2094471", "E8832017", "C7720419", "X4410298"],
    "gr": ["AN4821930", "AK7718302", "AO1093847"],
    "ro": ["054819273"],
}
SEABOOKS = {
    "ua": ["AB 482193", "NC 018274", "AB 731046", "AB 904417", "NC 220918"],
    "ph": ["C0412876", "C1183029", "D0029471", "C0730518", "C1940227", "D0318845"],
    "in": ["MUM 184729", "CHN 301846"],
    "id": ["F 204471", "E 118302", "G 077319", "F 330912", "E 472018"],
    "gr": ["NA 48219"],
    "ro": ["RO 0482193"],
}

IPS = ["81.94.172.18", "102.89.33.145", "49.145.88.207", "178.150.42.9", "186.24.117.63",
       "2a02:8108:1640:3e00:5c1d:2b7a:e0f3:91c4", "89.36.221.74", "112.198.71.30"]


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace(
        "Ø", "O").replace("æ", "ae").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def given_key(p):
    return _slug(p.call.split()[0] if p.call else p.g.split()[0])


PARTICLES = {"van", "von", "de", "del", "dela", "delos", "da", "dos", "do", "di", "lo", "le",
             "la", "ter", "ten", "dal", "della", "ní", "mac", "al", "el", "te", "ben", "bin"}


def family_key(p):
    if not p.f:
        toks = p.full.split()
        return _slug(toks[-1])
    toks = p.f.replace("Jr.", "").split()
    if toks[0].lower() in PARTICLES:   # van der Heijden, dela Cruz, Lo Cascio, Delos Reyes
        return _slug("".join(toks))
    return _slug(toks[0])


EMAIL_DOMAINS = {
    "es": ["gmail.com", "hotmail.es", "yahoo.es"], "lat": ["gmail.com", "hotmail.com", "outlook.com"],
    "pt": ["sapo.pt", "gmail.com"], "br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
    "de": ["gmx.de", "web.de", "t-online.de"], "fr": ["orange.fr", "laposte.net", "gmail.com", "free.fr"],
    "it": ["libero.it", "gmail.com", "virgilio.it"], "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pl": ["wp.pl", "o2.pl", "interia.pl"], "ro": ["yahoo.com", "gmail.com"],
    "ph": ["gmail.com", "yahoo.com"], "in": ["gmail.com", "rediffmail.com"],
    "id": ["gmail.com", "yahoo.co.id"], "ua": ["ukr.net", "gmail.com", "i.ua"],
    "tr": ["gmail.com", "hotmail.com"], "se": ["telia.com", "gmail.com", "hotmail.se"],
    "gr": ["gmail.com", "yahoo.gr", "otenet.gr"],
    "uk": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"],
    "us": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com"], "afr": ["gmail.com", "yahoo.com"],
    "asia": ["gmail.com", "icloud.com"], "mena": ["gmail.com", "hotmail.com"],
    "cee": ["gmail.com", "seznam.cz", "freemail.hu"], "oce": ["gmail.com", "xtra.co.nz"],
}

# ---------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never twice in one row
# ---------------------------------------------------------------------------------------
RNG = random.Random(SEED)
USE = Counter()


TPL_USED = set()    # values already drawn by the current template (avoided while others are left)


def _least(items, key, used):
    cands = [it for it in items if key(it) not in used]
    assert cands, "pool exhausted"
    score = {key(it): USE[key(it)] + (1000 if key(it) in TPL_USED else 0) for it in cands}
    low = min(score.values())
    best = [it for it in cands if score[key(it)] == low]
    it = RNG.choice(best)
    USE[key(it)] += 1
    used.add(key(it))
    TPL_USED.add(key(it))
    return it


class Ctx:
    def __init__(self, i=0):
        self.used = set()
        self.r = RNG
        self.i = i          # index of the row within its template

    def pick(self, seq):
        return self.r.choice(seq)

    def maybe(self, p=0.5):
        return self.r.random() < p

    def p(self, *grps):
        pool = [x for x in PEOPLE if not grps or x.grp in grps]
        return _least(pool, lambda x: "P:" + x.key, self.used)

    def addr(self, *ccs):
        pool = [a for a in ADDRS if not ccs or a.cc in ccs]
        return _least(pool, lambda a: "A:" + a.key, self.used)

    def phone(self, *ccs):
        pool = [(cc, n) for cc in (ccs or PHONES) for n in PHONES[cc]]
        return m("PHONE_NUMBER", _least(pool, lambda x: "T:" + x[1], self.used)[1])

    def dob(self):
        return _least(DOBS, lambda x: "D:%d-%d-%d" % x, self.used)

    def DOB(self, style, d=None):
        return m("DATE_OF_BIRTH", fdob(d or self.dob(), style))

    def iban(self, cc, group=True):
        b = _least(BBANS[cc], lambda x: "I:" + x, self.used)
        return m("IBAN_CODE", iban(cc, b, group))

    def ip(self):
        return m("IP_ADDRESS", _least(IPS, lambda x: "IP:" + x, self.used))

    def maiden(self):
        return m("PERSON", _least(MAIDEN, lambda x: "M:" + x, self.used))

    def passport(self, grp):
        return NID(_least(PASSPORTS[grp], lambda x: "PP:" + x, self.used))

    def seabook(self, grp):
        return NID(_least(SEABOOKS[grp], lambda x: "SB:" + x, self.used))

    def town(self, cc):
        return m("LOCATION", _least(TOWNS[cc], lambda x: "W:" + x, self.used))


# name markers -----------------------------------------------------------------------------
def N(p, case=None):          # full name
    return m("PERSON", _case(p.full, case))


def G(p, case=None):          # given name as colleagues use it
    return m("PERSON", _case(p.call, case))


def GF(p, case=None):         # all given names
    return m("PERSON", _case(p.g, case))


def F(p, case=None):          # family name
    return m("PERSON", _case(p.f or p.full, case))


def SG(p, sep=", ", case=None):   # "Surname, Given" as two spans
    if not p.f:
        return N(p, case)
    return F(p, case) + sep + GF(p, case)


def GI(p):                    # "Priya R."
    if not p.f:
        return G(p)
    return m("PERSON", f"{p.call} {p.f[0].upper()}.")


def handle(p, style):
    g, f = given_key(p), family_key(p)
    return {
        "g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}",
        "g": g, "gF": f"{g}{f[0]}", "fg": f"{f}{g[0]}", "g.f2": f"{g}.{f}2",
    }[style]


def H(p, style):
    return m("PERSON", handle(p, style))


def EM(p, style=None, domain=None, ctx=None):
    r = ctx.r if ctx else RNG
    style = style or r.choice(["g.f", "gf", "g_fNN", "f.g", "gfNN", "g.fYY"])
    g, f = given_key(p), family_key(p)
    nn = r.choice(["7", "21", "88", "04", "13", "92", "3", "45"])
    local = {
        "g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_fNN": f"{g}_{f}{nn}", "f.g": f"{f}.{g}",
        "gfNN": f"{g}{f}{nn}", "g.fYY": f"{g}.{f}{r.choice(['86', '91', '79', '02', '95'])}",
        "g": g, "gf_work": f"{g}.{f}",
    }[style]
    dom = domain or r.choice(EMAIL_DOMAINS[p.grp])
    return m("EMAIL_ADDRESS", f"{local}@{dom}")


def LOC(v):
    return m("LOCATION", v)


def NID(v):
    return m("NATIONAL_ID", v)


def MRN(v):
    return m("MEDICAL_RECORD_NUMBER", v)


def SSN(v):
    return m("US_SSN", v)


def CC(v):
    return m("CREDIT_CARD", v)


# ---------------------------------------------------------------------------------------
# templates register themselves here
# ---------------------------------------------------------------------------------------
TEMPLATES = []


def T(cls, name, n, lang, case=None):
    def deco(fn):
        TEMPLATES.append(dict(cls=cls, name=name, n=n, lang=lang, case=case, fn=fn))
        return fn
    return deco


# =======================================================================================
# personal_recruiting
# =======================================================================================
ROLES_UK = ["Night Shift Manager", "HGV Class 1 Driver", "Payroll Administrator",
            "Band 5 Staff Nurse", "Store Manager", "Maintenance Technician (Multi-skilled)",
            "Goods-In Team Leader", "Care Assistant (Nights)"]


@T("personal_recruiting", "ats_candidate_json", 3, "en")
def _(c):
    cand, rec = c.p(), c.p("uk", "us", "ie", "afr", "asia")
    cc = ["uk", "us", "uk"][c.i]
    a = c.addr(cc)
    role = ROLES_UK[c.i * 2 + 1]
    if c.i != 1:
        rec_obj = {"id": 40021 + c.i, "first_name": GF(rec), "last_name": F(rec),
                   "name": N(rec), "employee_id": None}
        obj = {"id": 48213907 + 731 * c.i, "first_name": GF(cand), "last_name": F(cand),
               "company": ["XPO Logistics", "Bupa", "Tesco"][c.i],
               "title": ["Transport Planner", "Senior Carer", "Shift Lead"][c.i],
               "phone_numbers": [{"value": c.phone(cc), "type": "mobile"}],
               "email_addresses": [{"value": EM(cand, ctx=c), "type": "personal"}],
               "addresses": [{"value": f"{a.town()}, {a.pc()}", "type": "home"}],
               "tags": ["referral", "nights ok"] if c.i == 0 else ["agency-to-perm"],
               "application": {"job": role, "stage": "Phone Screen", "source": "Indeed"},
               "recruiter": rec_obj}
        head = ["Pull out the key facts from this Greenhouse candidate record and write a "
                f"3-line summary for the hiring manager ({role}).",
                "", "Is anything missing from this profile before I submit to the client? "
                "We always need right to work, notice period and salary. (copied from the network "
                "tab, sorry it's all on one line)"][c.i]
    else:
        obj = {"data": {"id": "3f0c9a7e-51b2-4c7d-9a10-77e2b8d1c044", "name": N(cand),
                        "headline": "Registered Nurse (NMC pin active) – ICU, 6 yrs",
                        "location": a.town(),
                        "phones": [{"type": "mobile", "value": c.phone(cc)}],
                        "emails": [EM(cand, ctx=c)], "stage": "offer",
                        "owner": {"name": N(rec)}, "sources": ["LinkedIn"],
                        "origin": "sourced", "archived": None}}
        head = ("Here's the raw Lever API response for a candidate. Turn it into a short intro "
                f"email to the ward manager — role is {role}, we want her to start before Easter.")
    if c.i == 2:
        return head + "\n\n" + json.dumps(obj, ensure_ascii=False)
    return head + "\n\n" + json.dumps(obj, indent=2, ensure_ascii=False)


@T("personal_recruiting", "shortlist_table", 3, "en")
def _(c):
    cur = [("Team Leader, Amazon BHX4", "4 wks", "£36k", "strong on WMS (Manhattan)"),
           ("Shift Manager, Ocado", "1 month", "£41k", "did the SAP EWM go-live"),
           ("Ops Supervisor, Wincanton", "2 wks", "£34.5k", "FLT instructor (RTITB)"),
           ("Transport Clerk, Eddie Stobart", "immediate", "£29k", "wants days eventually"),
           ("Warehouse Manager, Kuehne+Nagel", "3 months", "£48k", "overqualified?"),
           ("Goods-in Supervisor, Iceland Foods", "4 wks", "£33k", "was with us 2019 via agency")]
    rows = []
    for k in range(4):
        p = c.p()
        r = cur[(c.i + k) % 6]
        if c.i == 2:   # what goes to the manager has no salaries
            rows.append(f"| {N(p)} | {c.town('uk')} | {r[0]} | {r[1]} | {r[3]} |")
        else:
            rows.append(f"| {N(p)} | {c.town('uk')} | {r[0]} | {r[1]} | {r[2]} | {r[3]} |")
    if c.i == 2:
        head = f"Turn this into a short email to the hiring manager, {G(c.p('uk'))}. Bullets are fine."
    else:
        head = ["Help me rank these 4 for the Night Shift Manager role at our Daventry DC, with a "
                "2-line rationale for each:",
                "Client wants a shortlist of 3 from these by 4pm. Who would you drop and why?"][c.i]
    tail = ["", "\n\n(all have full UK RTW, none need sponsorship)", ""][c.i]
    if c.i == 2:
        table = ("| Candidate | Home | Current role | Notice | Notes |\n"
                 "|---|---|---|---|---|\n" + "\n".join(rows))
    else:
        table = ("| Candidate | Home | Current role | Notice | Expected | Notes |\n"
                 "|---|---|---|---|---|---|\n" + "\n".join(rows))
    return head + "\n\n" + table + tail


@T("personal_recruiting", "feedback_slack", 3, "en")
def _(c):
    i1, i2, cand, third = c.p(), c.p(), c.p(), c.p()
    she = "she" if cand.sex == "f" else "he"
    her = "her" if cand.sex == "f" else "his"
    role, good, weak = [
        ("Payroll Specialist", "solid on Sage 50 and year-end", "a bit vague on auto-enrolment"),
        ("Warehouse Team Leader", "great answers on the near-miss question",
         "never used a WMS beyond scanning"),
        ("HR Advisor", "knows the ACAS code inside out", "hasn't done TUPE"),
    ][c.i]
    t = ["10:42", "2:05", "4:31"][c.i]
    ap = ["AM", "PM", "PM"][c.i]
    return (
        f"{N(i1)}  {t} {ap}\n"
        f"feedback on {N(cand)} for the {role} role – {good}, {weak}\n"
        f"{N(i2)}  {t[:-1]}7 {ap}\n"
        f"agree. I'd move {G(cand)} to final. @{H(i1, c.pick(['g.f', 'gF', 'g']))} can you check "
        f"{her} notice period? {she} mentioned relocating from {c.town('uk')}\n"
        f"{N(i1)}  {t[:-1]}9 {ap}\n"
        f"will do. @{H(third, 'g.f')} wants to sit in on the final too\n\n"
        + ["Can you turn this thread into a scorecard note I can paste into Lever? Keep it factual.",
           "Summarise into pros/cons for the debrief. No emojis pls",
           "write this up as interview feedback for the candidate, kind but honest"][c.i])


@T("personal_recruiting", "reference_email", 3, "en")
def _(c):
    ref, cand, rec = c.p("uk", "afr", "ph", "in"), c.p(), c.p("uk")
    emp, job, dom = [
        ("Heathervale Care Home", "Deputy Manager", "heathervale-care.co.uk"),
        ("Leeds Teaching Hospitals NHS Trust", "Ward Manager, J12", "nhs.net"),
        ("Clipper Logistics", "Shift Manager, Ollerton", "clipper-logistics.com"),
    ][c.i]
    agency_dom = ["brightpath-recruitment.co.uk", "carefirst-staffing.co.uk", "pennine-people.com"][c.i]
    did = ["worked for us as a Care Assistant from 2021 to 2024. Reliable, never late, very good "
           "with residents with dementia. Would re-employ.",
           "was a Band 5 on my ward for 18 months. Clinically safe, good with relatives. Some "
           "sickness in 2023 (personal reasons, resolved).",
           "was a picker/packer then acting team leader. Hit rate consistently 110%+, one "
           "verbal warning for phone use on the floor, nothing since."][c.i]
    return (
        ["Can you tidy this into a reference summary for the file? Keep it neutral.",
         "Pull out anything here that I need to check further before we place this candidate.",
         "Is this reference good enough to proceed, or should I chase a second one?"][c.i]
        + "\n\n"
        f"> From: {N(ref)} <{EM(ref, 'g.f', dom)}>\n"
        f"> Sent: {['14 March', '2 April', '27 January'][c.i]} 2025 09:12\n"
        f"> To: {EM(rec, 'g.f', agency_dom)}\n"
        f"> Subject: RE: Reference request – {N(cand)}\n>\n"
        f"> Hi {G(rec)},\n"
        f"> {G(cand)} {did}\n"
        f"> Happy to talk if needed: {c.phone('uk')}\n"
        f"> {G(ref)}\n>\n"
        f"> {N(ref)}\n> {job}, {emp}")


@T("personal_recruiting", "cv_header", 3, "en")
def _(c):
    cc = ["uk", "ph", "in"][c.i]
    p = c.p(cc) if c.i else c.p()
    a = c.addr(cc)
    style = ["d Month Y", "Month d, Y", "dmy/"][c.i]
    skills = ["Full UK driving licence | Counterbalance & reach (RTITB)",
              "TESDA NC II Caregiving | Basic Life Support (Red Cross)",
              "Tally ERP 9 | Advanced Excel | SAP MM (end user)"][c.i]
    target = ["a reach truck operator job", "a senior carer post in a UK nursing home",
              "a stores executive role in Dubai"][c.i]
    return (f"Rewrite the top of this CV into a 4-line professional profile for {target}. "
            "Don't invent anything.\n\n"
            f"{N(p, 'upper')}\n{a.render(oneline=True)} | {c.phone(cc)} | {EM(p, ctx=c)}\n"
            f"Date of birth: {c.DOB(style)} | {skills}\n\n"
            "PROFILE\n" + ["Hard-working warehouse operative with 6 years experince in chilled and "
                           "ambient sites, looking for a new challange.",
                           "Compassionate and dedicated caregiver with 5 years experience in "
                           "Taiwan and Saudi Arabia.",
                           "Stores assistant with 7 yrs exp in FMCG distribution. Hard working and "
                           "sincere."][c.i])


@T("personal_recruiting", "candidatos_csv", 2, "es")
def _(c):
    rows = []
    for k in range(4):
        p = c.p("es", "lat", "mena", "ro")
        rows.append(f"{GF(p)},{F(p)},{c.phone('es')},{c.town('es')},"
                    f"{['si', 'no', 'si', 'en curso'][(k + c.i) % 4]},{['03/03', 'ya', '17/03', '10/03'][k]}")
    return ([
        "Ordena estos candidatos por disponibilidad y dime a quién llamo primero para el turno "
        "de noche del almacén de Getafe. Prioriza los que tengan carné de carretillero:",
        "hola, de esta lista sácame solo los que pueden empezar antes del 15 y redacta un "
        "whatsapp para convocarlos a la formación de PRL del lunes a las 8:",
    ][c.i] + "\n\nnombre,apellidos,telefono,localidad,carne_carretillero,disponible_desde\n"
        + "\n".join(rows))


@T("personal_recruiting", "absage_bewerbung", 2, "de")
def _(c):
    p = c.p("de", "pl", "ro", "tr", "cee")
    her = "sie" if p.sex == "f" else "ihn"
    return (
        ["Kannst du mir eine freundliche, aber klare Absage schreiben? Die Stelle "
         "(Kommissionierer/in, Spätschicht) ist intern besetzt worden.",
         "Bitte eine kurze Absage formulieren, Stelle Staplerfahrer (m/w/d) ist vergeben. "
         "Wir wollen aber im Talentpool bleiben."][c.i] + "\n\n"
        "Bewerber/in aus Personio:\n"
        f"Name: {N(p)}\nE-Mail: {EM(p, ctx=c)}\nTelefon: {c.phone('de')}\n"
        f"Wohnort: {c.town('de')}\nBeworben am: {['03.02.', '11.03.'][c.i]}\n\n"
        + ["Bitte duzen, wir sind da locker. Und erwähn, dass wir " + her +
           " gern im Pool behalten würden (Einwilligung nach DSGVO einholen!).",
           f"Per Sie bitte, Anrede „Guten Tag {'Frau' if p.sex == 'f' else 'Herr'} "
           f"{F(p)}“."][c.i])


@T("personal_recruiting", "notas_entrevista", 2, "pt")
def _(c):
    p, ind = c.p("br", "pt"), c.p("br")
    return (
        ["Me ajuda a resumir essas anotações da entrevista pra mandar pro gestor? Vaga: auxiliar "
         "de logística, turno C.", "transforma isso num parecer curto pro RH, tom profissional:"][c.i]
        + "\n\n"
        f"candidat{'a' if p.sex == 'f' else 'o'}: {N(p)}\n"
        f"mora em {c.town('br')}, pega 2 ônibus até o CD de Cajamar\n"
        + ["experiência: 3 anos Mercado Livre (separação, coletor), SAP mais ou menos\n"
           "pretensão: R$ 2.100 + VT + VR\n",
           "experiência: conferente na Via (Casas Bahia), 1 ano e meio, saiu em dezembro\n"
           "pretensão: R$ 2.400, aceita 12x36\n"][c.i]
        + "disponível imediato, pediu pra não trabalhar domingo (igreja)\n"
        f"contato: {c.phone('br')} / {EM(p, ctx=c)}\n"
        f"indicação d{'a' if ind.sex == 'f' else 'o'} {N(ind)}, que já trabalha no turno B")


@T("personal_recruiting", "appel_reference", 2, "fr")
def _(c):
    p, ref = c.p("fr", "afr", "mena"), c.p("fr")
    return (
        ["Tu peux me rédiger un compte rendu propre de cet appel de référence ? Notes prises à "
         "la volée :", "Reformule ces notes en 5 lignes pour le dossier du candidat, sans "
         "jugement de valeur :"][c.i] + "\n\n"
        f"réf. pour {N(p)} (poste : {['cariste CACES 3/5', 'préparateur de commandes'][c.i]})\n"
        f"appelé {N(ref)}, ex-{['chef d’équipe chez Geodis', 'responsable de quai chez FM Logistic'][c.i]}, "
        f"{c.phone('fr')}\n"
        "- 2 ans chez eux, sérieux, jamais d'accident\n"
        f"- parfois en retard le lundi (habite à {c.town('fr')}, 40 min de route)\n"
        "- le reprendrait ? « oui sans hésiter »\n"
        f"- {G(ref)} dit aussi qu'{'elle' if p.sex == 'f' else 'il'} a formé les intérimaires l'été dernier")


@T("personal_recruiting", "agency_taglish", 2, "tl")
def _(c):
    rec = c.p("ph")
    lines = []
    exp = [["TESDA NC II Caregiving, ex-Taiwan 3 yrs", "may exp sa Saudi (hospital cleaner), "
            "fresh NC II", "ex-Hong Kong DH 6 yrs, may driving license"],
           ["ex-Dubai hotel room attendant 2 yrs", "galing Kuwait, 1 contract lang, finished",
            "first timer pero NC II Housekeeping, 5'4\""]][c.i]
    for k in range(3):
        p = c.p("ph")
        lines.append(f"{k + 1}. {N(p)} – {[[34, 29, 41], [26, 38, 23]][c.i][k]} y/o, taga-{c.town('ph')}, "
                     f"{exp[k]}, {c.phone('ph')}")
    return (["Paki-ayos naman po nitong message ko para professional pag sinend ko sa principal:",
             "pwede mo ba i-format as table 'to? name, age, exp, contact. salamat!"][c.i] + "\n\n"
            + f"Hi po {'ma' + chr(39) + 'am' if rec.sex == 'f' else 'sir'} {G(rec)}! Eto na po yung lineup natin for the "
            + ["caregiver job order sa Riyadh", "housekeeping JO sa Doha"][c.i] + ":\n\n"
            + "\n".join(lines)
            + "\n\nPa-check na lang po kung sino ang isasama sa video interview sa Thursday. "
            "Yung #2 po medyo mahina sa English pero masipag daw sabi ng dating employer.")


@T("personal_recruiting", "quick_text", 2, "en", case="lower")
def _(c):
    p = c.p()
    she = "her" if p.sex == "f" else "him"
    return [
        lambda: f"can you write a quick text to {N(p)} saying we'd like {she} back for a 2nd interview "
        f"thurs 2pm at the leeds office, bring passport for the rtw check. if cant make it call "
        f"me on {c.phone('uk')}",
        lambda: f"pls write a short friendly msg to {G(p)} {F(p)} telling {she} the client went with "
        f"someone else but we have 2 more picker roles in wakefield starting monday, reply yes "
        f"if interested. thx",
    ][c.i]()


@T("personal_recruiting", "whatsapp_hinglish", 2, "hi", case="lower")
def _(c):
    ps = [c.p("in") for _ in range(3)]
    return [
        lambda: "bhai ye 3 candidates ka feedback short me likh do, client ko forward karna hai:\n"
        f"1) {N(ps[0])} – java achha hai, spring boot bhi, but notice 90 days hai, buyout nahi karega\n"
        f"2) {N(ps[1])} – communication thoda weak, lekin hands-on strong. abhi {c.town('in')} me hai, relocate ready\n"
        f"3) {N(ps[2])} – ctc expectation 18 lpa, budget 14 tak hi hai\n"
        "format formal rakhna, 'dear sir' wala",
        lambda: "sir in logo ko kal ke walk-in ka reminder bhejna hai, ek msg draft kar do hindi+english mix me:\n"
        f"- {N(ps[0])} {c.phone('in')}\n- {N(ps[1])} {c.phone('in')}\n- {N(ps[2])}\n"
        "venue: chakan plant gate 2, 9:30 am, aadhaar aur 2 photo lana compulsory",
    ][c.i]()


# =======================================================================================
# clean_recruiting
# =======================================================================================
@T("clean_recruiting", "ats_template_json", 3, "en")
def _(c):
    obj = [
        {"name": "Interview invite – onsite", "type": "candidate_email",
         "subject": "Next steps for {{JOB_NAME}} at {{COMPANY_NAME}}",
         "body": "Hi {{CANDIDATE_FIRST_NAME}},\n\nThanks for speaking with {{RECRUITER}}. "
                 "We'd like to invite you to an onsite interview at our Swindon site.\n\n"
                 "Best,\n{{MY_SIGNATURE}}",
         "from": "{{RECRUITER_EMAIL}}", "default": True},
        {"template": "offer_letter_uk", "engine": "lever",
         "merge_fields": ["{{candidate.firstName}}", "{{offer.salary}}", "{{offer.startDate}}",
                          "{{hiringManager.name}}"],
         "body": "Dear {{candidate.firstName}},\nWe are delighted to offer you the role of "
                 "{{posting.title}} reporting to {{hiringManager.name}}..."},
        {"businessProcess": "Hire Employee", "tenant": "acme_prod",
         "notification": {"to": "${Worker.Preferred_Name}", "cc": "${Manager}",
                          "subject": "Welcome to the Night Shift team, ${Worker.First_Name}!"}},
    ][c.i]
    return [
        "Make this Greenhouse email template sound warmer, but keep every token exactly as it is:",
        "Our Lever offer template reads like a contract. Rewrite the body so it sounds human; "
        "don't touch the merge fields.",
        "This is the Workday notification we send on day 1. Is the syntax right for a "
        "business process notification, and can you suggest a better subject line?",
    ][c.i] + "\n\n" + json.dumps(obj, indent=2, ensure_ascii=False)


@T("clean_recruiting", "rubric_table", 3, "en")
def _(c):
    role = ["Night Shift Manager", "Band 7 Ward Manager", "Store Manager (flagship)"][c.i]
    rows = [
        [("Safety leadership (IOSH Managing Safely)", "25%", "Stops the line; near-miss culture"),
         ("Lean: Kaizen, 5S, Gemba walks", "20%", "Can explain a Pareto chart to pickers"),
         ("WMS (Manhattan, Blue Yonder, SAP EWM)", "15%", "Has done a go-live"),
         ("People", "25%", "Coaching style; Belbin Coordinator or Teamworker"),
         ("Planning", "15%", "Gantt for peak, Kanban board for daily")],
        [("Clinical leadership", "30%", "NMC Code, Francis Report lessons"),
         ("Safe staffing", "20%", "SafeCare, Allocate/HealthRoster"),
         ("Quality", "20%", "PDSA cycles, Datix themes"),
         ("People", "30%", "Situational leadership (Hersey–Blanchard)")],
        [("Commercial", "30%", "Reads a P&L; knows Pareto 80/20 on SKUs"),
         ("Visual merchandising", "15%", "Planograms"),
         ("People", "35%", "Tuckman stages, Herzberg two-factor in practice"),
         ("Ops", "20%", "Rota in Fourth / Quinyx; shrinkage")],
    ][c.i]
    table = ("| Criterion | Weight | What good looks like |\n|---|---|---|\n"
             + "\n".join(f"| {a} | {b} | {d} |" for a, b, d in rows))
    return [f"Does this weighting make sense for a {role}? Anything you'd add or drop?",
            f"Turn this scorecard for a {role} into 6 structured interview questions (STAR).",
            f"Help me rank these criteria for a {role}, and tell me if 'Herzberg' is overkill."][c.i] \
        + "\n\n" + table


@T("clean_recruiting", "hiring_slack", 3, "en")
def _(c):
    return [
        "#ta-warehouse\n"
        "Greenhouse  APP  9:02 AM\n"
        "14 new applications this week for Forklift Operator – Nights (Swindon) · 9 via Indeed\n"
        "Workday  APP  9:15 AM\n"
        "Requisition REQ-20418 \"Team Leader, Goods In\" approved by Finance\n"
        "Jira Cloud  APP  9:40 AM\n"
        "TA-311 \"Move Lever feeds to Greenhouse\" moved to In Progress\n\n"
        "Summarise this channel's updates as 3 bullets for the Monday TA stand-up.",
        "#hiring-managers\n"
        "Talent Team  11:30 AM\n"
        "@channel reminder: scorecards go in Greenhouse within 24h of the interview. "
        "No scorecard = no debrief. Questions to #ask-ta\n"
        "Talent Team  11:31 AM\n"
        "Also: we're switching the coding test from HackerRank to CodeSignal next sprint\n\n"
        "Rewrite the first message so it sounds less like a telling-off.",
        "Lever  APP  4:12 PM\n"
        "Weekly pipeline · Maintenance Technician: Applied 38 → Phone screen 11 → Onsite 4 → Offer 1\n"
        "Lever  APP  4:12 PM\n"
        "Weekly pipeline · Payroll Administrator: Applied 52 → Phone screen 9 → Onsite 3 → Offer 0\n\n"
        "What conversion rates are these, and which funnel looks broken?",
    ][c.i]


@T("clean_recruiting", "psychometrics_q", 3, "en")
def _(c):
    return [
        "Is it legal in the UK to reject a candidate because of their Myers-Briggs type? Our MD "
        "loves MBTI. And how does the Equality Act 2010 treat personality tests for "
        "neurodivergent candidates (reasonable adjustments)?",
        "Fill this in for our graduate assessment centre, using Schmidt & Hunter (1998) where "
        "you can:\n\n| Tool | Measures | Predictive validity | Cost |\n|---|---|---|---|\n"
        "| Belbin | | | |\n| DISC | | | |\n| Big Five (OCEAN) | | | |\n| Hogan | | | |",
        "Explain the Peter principle vs the Dilbert principle, and how a 9-box grid helps us not "
        "promote our best picker into a team leader job they'll hate.",
    ][c.i]


@T("clean_recruiting", "sample_cv", 2, "en")
def _(c):
    return [
        "Our training deck uses this sample CV. Improve it so it models good practice (no photo, "
        "no date of birth, no 'References available on request'):\n\n"
        "JANE DOE\n[Address line 1], [Town], [Postcode] | [mobile] | [email]\n"
        "Date of birth: [DD/MM/YYYY] | Nationality: [xxx]\n\n"
        "PROFILE\nHard-working Care Assistant with experience of Barthel index and Waterlow scoring...",
        "For a workshop, write a deliberately weak cover letter from 'Joe Bloggs' applying for a "
        "Forklift Operator job at Tesco Distribution, then a strong version of the same letter. "
        "Use the placeholder [HIRING MANAGER] for the addressee.",
    ][c.i]


@T("clean_recruiting", "oferta_empleo", 2, "es")
def _(c):
    return [
        "Revísame este borrador antes de publicarlo en InfoJobs. ¿Cumple la Ley 15/2022 de "
        "igualdad de trato? ¿Suena inclusivo?\n\n"
        "PUESTO: Mozo/a de almacén – turno de noche\nUBICACIÓN: Getafe (Madrid)\n"
        "REQUISITOS: carné de carretillero, disponibilidad inmediata\n"
        "SE OFRECE: contrato indefinido, convenio de logística, {{salario}} brutos/año\n"
        "CONTACTO: {{nombre_empresa}} – Departamento de Personas",
        "Necesito una plantilla de correo de descarte para Factorial con los campos [NOMBRE] y "
        "[PUESTO]. Algo cercano, tipo Mercadona o Inditex, no de abogado. Tengo esto:\n\n"
        "Asunto: Tu candidatura para [PUESTO]\n\nHola [NOMBRE]:\nGracias por tu interés en "
        "formar parte del equipo. Tras valorar todas las candidaturas...",
    ][c.i]


@T("clean_recruiting", "stellenanzeige_agg", 2, "de")
def _(c):
    return [
        "Ist diese Stellenanzeige AGG-konform?\n\n„Junges, dynamisches Team sucht Lagerhelfer "
        "(m/w/d) für unseren Standort in Bielefeld. Muttersprache Deutsch, max. 35 Jahre, "
        "Führerschein Klasse B.“\n\nWas müsste ich ändern?",
        "Wie richte ich in Personio eine Absage-Vorlage mit den Platzhaltern {{first_name}} und "
        "{{position_name}} ein, die automatisch nach 14 Tagen rausgeht? Und ist das mit der "
        "DSGVO-Löschfrist von 6 Monaten vereinbar?",
    ][c.i]


@T("clean_recruiting", "vagas_gupy", 2, "pt")
def _(c):
    return [
        "Como configuro na Gupy uma etapa de teste de perfil (DISC) só para as vagas de "
        "liderança? E dá pra integrar com o Pipefy?",
        "Revisa esse anúncio antes de eu subir na Gupy? Quero no estilo dos da Magazine Luiza e "
        "do Mercado Livre.\n\nVaga: Operador(a) de Empilhadeira\nLocal: CD Louveira/SP\n"
        "Regime: CLT, escala 6x1\nRequisitos: NR-11 em dia, ensino médio completo\n"
        "Benefícios: VR, VT, Gympass, PLR\nEmpresa: [NOME DA EMPRESA]",
    ][c.i]


@T("clean_recruiting", "recrutement_fr", 2, "fr")
def _(c):
    return [
        "Complète ce tableau pour mon équipe RH, surtout la colonne prime de précarité :\n\n"
        "| Contrat | Durée max | Prime de précarité | Exemple |\n|---|---|---|---|\n"
        "| CDD | 18 mois | 10 % | remplacement congé maternité |\n"
        "| Intérim (Adecco, Randstad, Manpower) | 18 mois | ? | pic d'activité |\n"
        "| CDI intérimaire | — | ? | cariste CACES 3 |",
        "Rédige une annonce pour Welcome to the Jungle : Responsable d'équipe logistique H/F, "
        "Roissy-en-France, horaires en 3x8. Mets [PRÉNOM DU MANAGER] là où il faut, et cite "
        "France Travail pour la méthode de recrutement par simulation (MRS).",
    ][c.i]


@T("clean_recruiting", "hiring_taglish", 2, "tl")
def _(c):
    return [
        "Paki-review po nitong job ad bago ko i-post sa JobStreet at Kalibrr. May bawal po ba "
        "dito ayon sa DOLE, like yung age limit?\n\n"
        "HIRING! Customer Service Representative (Non-voice)\n📍 BGC, Taguig\n"
        "✅ At least HS graduate / K-12\n✅ 18-30 years old\n✅ Willing to work on shifting schedule\n"
        "Send your resume to [email ng HR]",
        "Ano po pinagkaiba ng POEA at DMW ngayon? May bago bang proseso para sa direct hire sa "
        "Canada, like yung LMIA? Paki-explain ng simple lang po.",
    ][c.i]


@T("clean_recruiting", "naukri_hinglish", 2, "hi", case="lower")
def _(c):
    return [
        "naukri pe job post karna hai 'warehouse supervisor' ke liye bhiwandi me, kitna salary "
        "likhu market ke hisaab se? aur linkedin vs apna app kaunsa better hai blue collar ke liye",
        "bhai {{candidate_name}} aur {{interview_time}} wala whatsapp template bana do interview "
        "reminder ke liye, tcs/infosys jaisa formal tone, meta approval me reject na ho",
    ][c.i]


@T("clean_recruiting", "lower_q", 3, "en", case="lower")
def _(c):
    return [
        "whats the diff between workable and teamtailor for a 40 person company, we tried the "
        "bamboohr ats add-on and hated it",
        "is the peter principle actually backed by research or is it just a joke from the book",
        "how do i explain the halo effect and the horns effect to hiring managers in 5 mins? "
        "something like the stanford marshmallow thing that sticks",
    ][c.i]

@T("clean_recruiting", "reference_template", 2, "en")
def _(c):
    return [
        "Can you tidy this reference request template? It goes out from Greenhouse automatically.\n\n"
        "> Subject: Reference request – {{candidate_full_name}}\n>\n> Dear {{referee_name}},\n"
        "> {{candidate_first_name}} has applied for the role of {{job_title}} and has given your "
        "name as a referee. Could you confirm dates of employment and reason for leaving?\n>\n"
        "> Kind regards,\n> Talent Acquisition Team\n> Clipper Logistics",
        "Our reference form asks referees to rate candidates 1-5 on 'Reliability', 'Teamwork "
        "(Belbin role if known)', 'Attendance' and 'Would you re-employ?'. Is asking about "
        "attendance OK under the Equality Act? Here's the form:\n\n"
        "Candidate: [NAME]\nReferee: [REFEREE NAME], [JOB TITLE]\nDates employed: [FROM]–[TO]\n"
        "Reliability (1-5): __\nAttendance (1-5): __\nWould you re-employ? Y / N",
    ][c.i]


# =======================================================================================
# personal_hr
# =======================================================================================
@T("personal_hr", "fit_note_ohs", 3, "en")
def _(c):
    p, mgr = c.p(), c.p("uk", "afr", "in", "ph")
    job, ward, why = [("Staff Nurse", "Ward 7B", "lumbar strain"),
                      ("Healthcare Assistant", "Acute Medical Unit", "stress at work"),
                      ("Porter", "Facilities", "post-op, left knee arthroscopy")][c.i]
    mrn = ["K4829173", "RTH0312877", "70218843"][c.i]
    nhs = uk_nhs(["485291733", "612044819", "731182940"][c.i])
    return (
        f"Draft a return-to-work meeting invite for {N(p)} ({job}, {ward}). Background from "
        "Occupational Health:\n"
        f"- Fit note {['14/02 to 13/03', '03/01 to 31/01', '20/02 to 02/04'][c.i]}, \"{why}\"\n"
        f"- OH ref / hospital no: {MRN(mrn)}\n"
        + (f"- NHS no: {NID(nhs)}\n" if c.i != 1 else "")
        + "- Phased return suggested: 4 x 7.5h shifts in week 1, no nights for 4 weeks\n"
        f"Meeting with me and {N(mgr)} ({['Ward Manager', 'Matron', 'Facilities Supervisor'][c.i]}). "
        "Keep it supportive and mention the EAP (Vivup).")


@T("personal_hr", "shift_swap_teams", 3, "en")
def _(c):
    a, b, mgr = c.p(), c.p(), c.p("uk", "afr", "asia", "cee")
    why = ["my son's got a hospital appt", "got my citizenship ceremony", "mum's flying in from Lagos"][c.i]
    shifts = [("Sat late (14:00-22:00)", "Tues early"), ("Sun night (22:00-06:00)", "Fri night"),
              ("Wed twilight 17:00-23:00", "Thu twilight")][c.i]
    app = ["Rotacloud", "Deputy", "Planday"][c.i]
    return (
        ["Can you write this up as a swap record for the file: who, which shifts, who approved.",
         "Turn this Teams chat into a one-line entry for the shift log.",
         "is this swap ok under our 11h rest rule? chat below"][c.i] + "\n\n"
        f"{N(a)} 09:14\n@{G(b)} any chance you'd swap your {shifts[0]} for my {shifts[1]}? {why}\n"
        f"{N(b)} 09:20\nyeah fine by me if {G(mgr)} signs it off\n"
        f"{N(mgr)} 09:31\napproved, @{G(a)} please update it in {app} yourself")


@T("personal_hr", "rota_tsv", 3, "en")
def _(c):
    pats = [["7-3", "7-3", "OFF", "OFF", "7-3", "12-8", "12-8"],
            ["OFF", "12-8", "12-8", "7-3", "7-3", "OFF", "9-5"],
            ["12-8", "OFF", "7-3", "12-8", "OFF", "7-3", "OFF"],
            ["9-5", "9-5", "9-5", "OFF", "OFF", "7-3", "12-8"],
            ["OFF", "OFF", "12-8", "12-8", "12-8", "12-8", "OFF"],
            ["7-3", "12-8", "OFF", "7-3", "12-8", "OFF", "7-3"]]
    lines = ["Name\tMon\tTue\tWed\tThu\tFri\tSat\tSun"]
    for k in range(5):
        p = c.p()
        kh = " (KH)" if k < 2 else ""
        nm = N(p) if c.i != 1 else f"{F(p, 'upper')} {GF(p)}"
        lines.append(nm + kh + "\t" + "\t".join(pats[(k + c.i) % 6]))
    return ([
        "Find the gaps in this week's rota — every day needs 2 keyholders (KH) and at least 3 on "
        "the floor. Suggest who could move.",
        "Paste from our rota spreadsheet. Anyone working more than 6 days in a row or less than "
        "11h between shifts?",
        "Make this rota into a neat table for the staff noticeboard, mark KH in bold.",
    ][c.i] + "\n\n" + "\n".join(lines))


@T("personal_hr", "rtw_check", 3, "en")
def _(c):
    p = c.p("afr", "in", "ph", "asia", "mena")
    brp = ["ZU4821937", "ZX1093382", "RF7712045"][c.i]
    share = ["W4X 7TR 9KQ", "WK2 9MP 4XH", "W7H X4Q 2NB"][c.i]
    pp = ["A10482193", "N4829163", "P4821937B"][c.i]
    dob = c.DOB(["dmy/", "d Mon Y", "dmy/"][c.i])
    if c.i == 0:
        body = (f"Name: {N(p)}\nDOB: {dob}\nDocument: BRP {NID(brp)}, expired 31/12/2024 — "
                f"{'she' if p.sex == 'f' else 'he'} says it's now an eVisa\nShare code: {NID(share)}\n"
                f"Passport no: {NID(pp)}\nStart date: 3 March")
        head = ("I'm doing a right to work check for a new starter. Anything here look off, and "
                "what do I still need to keep on file?")
    elif c.i == 1:
        body = (f"- {N(p)}, born {dob}\n- passport {NID(pp)} (valid to 2031)\n"
                f"- online check done with share code {NID(share)}, result says 'can work 20h per week "
                "in term time'\n- role: Picker, 37.5h, permanent")
        head = "Quick sanity check before I issue the contract:"
    else:
        body = (f"Employee: {N(p, 'upper')}\nDate of birth: {dob}\nPassport: {NID(pp)}\n"
                f"BRP: {NID(brp)} (Skilled Worker, sponsor: us)\nCoS ref on file, share code "
                f"{NID(share)} checked 04/02")
        head = "Our auditor wants a summary of each sponsored worker's RTW evidence. Format this one:"
    return head + "\n\n" + body


@T("personal_hr", "investigation_notes", 2, "en")
def _(c):
    emp, inv, hr, rep = c.p(), c.p(), c.p("uk"), c.p()
    return (
        ["Summarise these investigation meeting notes into a draft outcome letter (no decision "
         "yet, just 'case to answer' or not):",
         "Are these notes good enough for a disciplinary hearing pack? What's missing?"][c.i]
        + "\n\n"
        f"Present: {N(inv)} (investigating mgr), {N(hr)} (HR), {N(emp)}, {N(rep)} "
        f"({['GMB', 'Usdaw'][c.i]} rep)\n"
        + [f"{F(emp)} said the pallet was already damaged when {'she' if emp.sex == 'f' else 'he'} took it from bay 14. "
           f"CCTV not available for that aisle. {F(inv)} asked why it wasn't reported on the "
           "handheld – answer: scanner was flat.",
           f"{G(emp)} accepts being 40 mins late on 3 occasions, says it's childcare. {G(rep)} "
           "asked if flexible working request from Oct was ever answered (it wasn't)."][c.i]
        + f"\nNext steps: {G(hr)} to get statements from the two agency staff.")


@T("personal_hr", "ziekmelding", 2, "nl")
def _(c):
    p, mgr = c.p("nl", "pl", "ro", "mena"), c.p("nl")
    a = c.addr("nl")
    return (
        ["Kun je een korte mail opstellen naar de arbodienst? Medewerker is vanochtend ziek gemeld, "
         "tweede keer deze maand.",
         "Help me met een verzuimmelding voor de arbo-arts, zakelijk en kort."][c.i] + "\n\n"
        f"Naam: {N(p)}\nFunctie: {['orderpicker, DC Waalwijk', 'heftruckchauffeur, DC Venlo'][c.i]}\n"
        f"BSN: {NID(nl_bsn(['18473920', '23301847'][c.i]))}\n"
        f"Geb.datum: {c.DOB('dmy-')}\nAdres: {a.render(oneline=True)}\nTel: {c.phone('nl')}\n"
        f"Leidinggevende: {N(mgr)}")


@T("personal_hr", "grafik_sklep", 2, "pl")
def _(c):
    a, b, d = c.p("pl", "ua"), c.p("pl", "ua"), c.p("pl")
    return (
        ["Pomóż mi ułożyć grafik na przyszły tydzień w sklepie (Żabka, 2 osoby na zmianę). "
         "Zmiany 6-14 i 14-22.",
         "Ułóż grafik na weekend majowy, sklep otwarty pt-sob 7-21."][c.i] + "\n\n"
        f"- {N(a)} – pełny etat, nie może rano w poniedziałki\n"
        f"- {N(b)} – 3/4 etatu, {'studentka' if b.sex == 'f' else 'student'}, tylko popołudnia\n"
        f"- {N(d)} – umowa zlecenie, max 20h\n\n"
        f"Aha i {G(a)} prosił{'a' if a.sex == 'f' else ''} o wolne w piątek (urodziny córki).")


@T("personal_hr", "umowa_pesel", 2, "pl")
def _(c):
    p = c.p("pl", "ua")
    d = c.dob()
    a = c.addr("pl")
    return (
        ["Uzupełnij mi ten wzór umowy o pracę danymi pracownika i sprawdź, czy czegoś nie brakuje:",
         "Czy w oświadczeniu do PIT-2 muszę podawać adres zamieszkania? Dane " + ("pracownicy:" if p.sex == "f" else "pracownika:")][c.i]
        + "\n\n"
        f"Pracownik: {N(p)}\nPESEL: {NID(pesel(d, sexed(['0417', '2286'][c.i], p.sex)))}\n"
        f"Data urodzenia: {m('DATE_OF_BIRTH', fdob(d, 'dmy.'))}\n"
        f"Zam. {a.render(oneline=True)}\n"
        f"Stanowisko: {['magazynier-operator wózka widłowego', 'kasjer-sprzedawca'][c.i]}, "
        "pełny etat, od 1 kwietnia"
        + (f"\nNr konta do wypłaty: {c.iban('PL')}" if c.i == 0 else ""))


@T("personal_hr", "cerere_concediu", 2, "ro")
def _(c):
    p, repl = c.p("ro"), c.p("ro")
    d = c.dob()
    return (
        ["Salut, am nevoie de o cerere de concediu de odihnă pentru un angajat, s-o semneze "
         "mâine. Fă-o pe model standard, „Către conducerea SC …“:",
         "Poți să-mi verifici cererea asta de concediu fără plată? Vreau să fie corectă conform "
         "Codului muncii:"][c.i] + "\n\n"
        f"Nume: {N(p)}\nCNP: {NID(ro_cnp(d, p.sex, ['26', '24'][c.i], ['118', '047'][c.i]))}\n"
        f"Domiciliu: {c.addr('ro').render(oneline=True)}\n"
        f"Funcție: {['operator CNC, schimbul 2', 'lucrător comercial, raion legume-fructe'][c.i]}\n"
        f"Perioada: {['4-15 august', '1-30 septembrie'][c.i]}\nÎnlocuitor: {N(repl)}")


@T("personal_hr", "cambio_turno", 2, "it")
def _(c):
    p, q = c.p("it", "ro", "afr", "in"), c.p("it")
    d = c.dob()
    ln, fn = (p.f or p.full), p.g
    bel = ["B354", "G273"][c.i]
    return (
        ["Ciao, mi aiuti a scrivere una comunicazione di cambio turno da far firmare per presa "
         "visione?", "Mi scrivi una lettera formale per il cambio turno? CCNL metalmeccanici."][c.i]
        + "\n\n"
        f"Dipendente: {N(p)}, C.F. {NID(it_cf(ln, fn, d, p.sex, bel))}\n"
        f"Reparto: {['stampaggio', 'verniciatura'][c.i]}, turno 6-14 → 14-22 dal 3 marzo per 2 settimane\n"
        f"Motivo: sostituzione di {N(q)} ({['maternità', 'infortunio'][c.i]})\n"
        + f"Residenza: {c.addr('it').render(oneline=True)}\n"
        + f"Cell. {c.phone('it')}")


@T("personal_hr", "sjukanmalan", 2, "sv", case="lower")
def _(c):
    p = c.p("se", "mena", "afr", "cee")
    hon = "hon" if p.sex == "f" else "han"
    hen = "henne" if p.sex == "f" else "honom"
    return [
        lambda: f"hej kan du hjälpa mig skriva ett kort sms till {N(p)}? {hon} sjukanmälde sig igen idag "
        f"(3:e gången i feb). vill boka ett rehabsamtal nästa vecka, tis eller ons. numret är "
        f"{c.phone('se')}. och ska jag skicka personnumret {NID(se_pnr(c.dob(), sexed('482', p.sex)))} till "
        "försäkringskassan redan nu eller först dag 15?",
        lambda: f"behöver ett mejl till {G(p)} {F(p)} om att {hon} har fått läkarintyg godkänt, "
        f"sjuklön från dag 2 till 14. skriv vänligt. jag vill också be {hen} ringa mig på "
        f"{c.phone('se')} innan fredag. lönebeskedet vill {hon} ha på papper till "
        f"{c.addr('se').render(oneline=True)}",
    ][c.i]()


@T("personal_hr", "voice_typed", 2, "en", case="lower")
def _(c):
    a = c.p("in") if c.i == 1 else c.p()
    b = c.p()
    return [
        lambda: f"ok so message for the team leaders group saying that {N(a)} is off sick tomorrow and "
        f"the day after so {G(b)} is covering goods in at six am and if anyone has a problem "
        f"with that call me on {c.phone('uk')} full stop thanks",
        lambda: f"write an email to hr saying {G(a)} {F(a)} from the chill chamber has asked for "
        f"compassionate leave {'her' if a.sex == 'f' else 'his'} dad passed away in {c.town('in')} {'she' if a.sex == 'f' else 'he'} needs to fly out friday "
        f"back in two weeks can they approve it today question mark and cc {N(b)}",
    ][c.i]()


# =======================================================================================
# clean_hr
# =======================================================================================
@T("clean_hr", "policy_equality", 3, "en")
def _(c):
    return [
        "Under the Equality Act 2010, is long COVID a disability? We use the Bradford factor for "
        "absence triggers and one of our pickers has hit 250. What does ACAS say about "
        "reasonable adjustments before a stage 2 warning?",
        "Explain the difference between the Employment Rights Act 1996 'fair reasons' and the "
        "Burchell test for misconduct dismissals, with a warehouse example (damage to stock).",
        "Is this bit of our absence policy still right?\n\n"
        "4.2 Fit Notes\nEmployees absent for more than 7 calendar days must provide a Fit Note "
        "signed by their GP.\n4.3 Return to Work\nThe Line Manager will hold a Return to Work "
        "interview on the first shift back (form HR-07).\n\n"
        "I heard physios and pharmacists can sign fit notes now.",
    ][c.i]


@T("clean_hr", "rota_template", 3, "en")
def _(c):
    grid = [
        "Slot\tMon\tTue\tWed\tThu\tFri\tSat\tSun\nKH1\t7-3\t7-3\t7-3\t7-3\t7-3\t7-3\t9-5\n"
        "KH2\t12-8\t12-8\t12-8\t12-8\t12-8\t12-8\tOFF\nTill 1\t7-3\t7-3\t—\t7-3\t7-3\t7-3\t9-5\n"
        "Till 2\t12-8\t—\t12-8\t12-8\t12-8\t12-8\t—\nAgency\t—\t—\t—\t—\t12-8\t12-8\t9-5",
        "Role\tEarly 06-14\tLate 14-22\tNight 22-06\nTeam Leader\t1\t1\t1\nReach Truck\t2\t2\t1\n"
        "Picker\t8\t8\t4\nGoods In\t3\t2\t0\nFirst Aider\tTBC\tTBC\tTBC",
        "Shift\tWard 7B RN\tHCA\tBank\nLong Day 07:30-20:00\t4\t3\t1\nNight 19:30-08:00\t3\t2\t—\n"
        "Twilight 17:00-23:00\t—\t1\t1",
    ][c.i]
    return [
        "Find the gaps in this rota template — every day needs 2 keyholders and 2 tills covered.",
        "Is this enough cover for a DC doing 40k units a night? Rough benchmark is fine.",
        "Turn this safe-staffing grid into a table for the ward noticeboard and work out the "
        "RN:patient ratio for 28 beds.",
    ][c.i] + "\n\n" + grid


@T("clean_hr", "teams_rollout", 3, "en")
def _(c):
    return [
        "HR Announcements 09:02\n"
        "Personio goes live on 1 April 🎉 Payslips will move from Sage to the Personio app. "
        "Team Turing and the Hopper squad are pilot users.\n"
        "HR Announcements 09:05\n"
        "@everyone training sessions are in the Lovelace room, Tue/Thu 2pm\n\n"
        "Rewrite these two posts as one clear announcement.",
        "People Ops 14:20\n"
        "Reminder: holiday requests now go through BambooHR, not the Excel sheet. "
        "The Asana board 'HR Service Desk' is for everything else.\n\n"
        "Make this sound friendlier and add a 3-step how-to.",
        "IT Service Desk 11:47\n"
        "Workday SSO is down for Night Shift users (Okta issue). Use the kiosk in the canteen "
        "to clock in. Jira ticket: HRIS-2207\n\n"
        "Write a version of this for the WhatsApp group of shift leads.",
    ][c.i]


@T("clean_hr", "rtw_guidance", 3, "en")
def _(c):
    return [
        "What counts as List A vs List B documents for a UK right to work check now that BRPs "
        "have been replaced by eVisas? Do we still need to see a passport for an Irish citizen?",
        "Our RTW checklist says 'Obtain share code (format: W XXX XXX XXX)'. Is that right? And "
        "can we use an IDVT provider like Yoti or TrustID for British passport holders?",
        "Write a one-page right-to-work procedure for store managers: Home Office online check, "
        "manual check, IDVT, follow-up checks for time-limited permission. Use [STORE] and "
        "[MANAGER NAME] as placeholders.",
    ][c.i]


@T("clean_hr", "maslow_herzberg", 2, "en")
def _(c):
    return [
        "Give me a 10-minute talk for team leaders on Maslow's hierarchy vs Herzberg's "
        "two-factor theory, using examples from a warehouse night shift (pay, canteen, "
        "recognition). Mention McGregor's Theory X and Y if it fits.",
        "Is Taylorism still alive in modern warehouses (pick rates, handheld timers)? Contrast "
        "Frederick Taylor with Elton Mayo and the Hawthorne studies, and with Toyota's approach.",
    ][c.i]


@T("clean_hr", "poortwachter", 2, "nl")
def _(c):
    return [
        "Wat moet ik als werkgever doen volgens de Wet verbetering poortwachter in week 6 en "
        "week 8 van het verzuim? We zitten bij ArboNed en gebruiken AFAS voor de dossiers.",
        "Klopt deze tijdlijn? Ik wil 'm als taak-sjabloon in AFAS zetten.\n\n"
        "Week 1 – ziekmelding bij ArboNed\nWeek 6 – probleemanalyse bedrijfsarts\n"
        "Week 8 – plan van aanpak\nWeek 42 – ziekmelding UWV\nWeek 52 – eerstejaarsevaluatie\n"
        "Week 91 – WIA-aanvraag",
    ][c.i]


@T("clean_hr", "kodeks_pracy", 2, "pl")
def _(c):
    return [
        "Ile dni wolnego na poszukiwanie pracy przysługuje pracownikowi w okresie wypowiedzenia "
        "wg Kodeksu pracy? I jak to wpisać w Comarch ERP Optima?",
        "Przeredaguj ten fragment regulaminu pracy, żeby był prostszy dla pracowników magazynu:\n\n"
        "§ 12. Pracownik zgłasza nieobecność Kierownikowi Zmiany lub Brygadziście najpóźniej w "
        "drugim dniu nieobecności.\n§ 13. Zwolnienie lekarskie (e-ZLA) jest przekazywane przez ZUS "
        "na PUE.\n§ 14. Zamiana zmian wymaga zgody Kierownika Magazynu.",
    ][c.i]


@T("clean_hr", "codul_muncii", 2, "ro")
def _(c):
    return [
        "Poți să-mi faci un model de demisie corect? Am schițat așa:\n\nCERERE DE DEMISIE\n"
        "Subsemnatul/Subsemnata [NUME ȘI PRENUME], angajat(ă) în funcția de [FUNCȚIA], vă aduc la "
        "cunoștință demisia mea, cu respectarea preavizului de [NR] zile lucrătoare conform "
        "art. 81 din Codul muncii.\nData: ________   Semnătura: ________",
        "Cum se completează Revisal când un angajat trece de la normă întreagă la 4 ore? Folosim "
        "Saga pentru salarii.",
    ][c.i]


@T("clean_hr", "ccnl_turni", 2, "it")
def _(c):
    return [
        "Nel CCNL metalmeccanici (Federmeccanica-Fim-Fiom-Uilm) quante ore di preavviso servono "
        "per un cambio turno? E vale anche per i lavoratori somministrati tramite Adecco o Gi Group?",
        "Sistemami questo modello di comunicazione, lo usiamo per tutti i reparti:\n\n"
        "Al Sig./Alla Sig.ra __________\nReparto: [REPARTO]\n"
        "Oggetto: variazione dell'orario di lavoro\n"
        "La informiamo che dal [DATA] il Suo turno passerà da 6-14 a 14-22.\n"
        "Firma per presa visione ______",
    ][c.i]


@T("clean_hr", "las_sv", 2, "sv", case="lower")
def _(c):
    return [
        "hur funkar turordningsreglerna i las efter ändringarna 2022, får vi undanta tre personer "
        "nu? vi är ett lager med ca 60 anställda och har kollektivavtal via unionen",
        "vad gäller för karensavdrag och sjuklön dag 1-14, och när tar försäkringskassan över? "
        "vi kör hogia lön om det spelar roll",
    ][c.i]


@T("clean_hr", "voice_q", 2, "en", case="lower")
def _(c):
    return [
        "how many days holiday does a part timer get if they work three days a week under the "
        "working time regulations question mark include bank holidays please",
        "what does tupe mean in plain english and what happens to our agency workers if the "
        "contract moves from wincanton to gxo next month",
    ][c.i]


@T("clean_hr", "shift_pattern_q", 2, "en")
def _(c):
    return [
        "Compare the Pitman, Continental and DuPont shift patterns for a 24/7 bakery with 4 "
        "crews. Which is kindest on sleep? Table with hours per week please.",
        "We're moving from 4 on 4 off to a Panama schedule (2-2-3). What do I need to tell "
        "staff about average weekly hours under the Working Time Directive?",
    ][c.i]

# =======================================================================================
# personal_payroll
# =======================================================================================
@T("personal_payroll", "payslip_query_email", 3, "en")
def _(c):
    p = c.p()
    nino = ["JT 48 29 16 C", "SN710493A", "PR 22 81 57 D"][c.i]
    issue = [
        "My payslip for February shows 0 hours overtime but I did 3 extra nights (8th, 15th and "
        "22nd).",
        "I've been put on emergency tax code 0T again since the agency moved me to PAYE. I've "
        "paid about £300 too much.",
        "My holiday pay for Christmas week was only basic, no night premium. I thought after "
        "the Harpur Trust v Brazel case it has to include regular overtime?",
    ][c.i]
    return (
        ["Help me reply to this. I think the overtime went into the wrong period but check my "
         "reasoning.", "What should I tell this employee, and what can I fix in Sage this month?",
         "Draft a reply. Is she right about Brazel?" if p.sex == "f" else "Draft a reply. Is he right about Brazel?"][c.i]
        + "\n\n"
        f"> Hi payroll,\n> {issue} My NI number is {NID(nino)}, employee no {40217 + 88 * c.i}.\n"
        f"> Can you sort this, my rent is due.\n> {G(p)}\n>\n"
        f"> {N(p)} – {['Night Picker, Chill Zone', 'HGV Driver (agency → perm)', 'Night Care Assistant'][c.i]}\n"
        f"> {c.phone('uk')}")


@T("personal_payroll", "bank_change_form", 3, "en")
def _(c):
    p = c.p()
    cc = ["IE", "GB", "GB"][c.i]
    return (
        ["An employee sent this bank change request by email. Before I update it, what checks "
         "should I do so it's not payroll diversion fraud?",
         "Can you write a policy note using this as the example of a suspicious request?",
         "Is this IBAN valid? And is it normal for a UK account to be given as an IBAN?"][c.i]
        + "\n\n"
        f"Employee: {N(p)}\nOld account: ends {['4471', '0932', '5518'][c.i]}\n"
        f"New IBAN: {c.iban(cc)}\nBIC: {['BOFIIE2D', 'BARCGB22', 'LOYDGB21'][c.i]}\n"
        "Reason: moved banks\n"
        f"Sent from: {EM(p, domain=c.pick(['gmail.com', 'outlook.com', 'proton.me']), ctx=c)}  "
        "(not the work address!)")


@T("personal_payroll", "w4_ssn", 3, "en")
def _(c):
    p = c.p("us")
    a = c.addr("us")
    s1 = ["523-71-4408", "412 90 3361", "601-38-2257"][c.i]
    s2 = ["523-71-4480", "412-90-3316", "601382257"][c.i]
    return (
        f"New hire paperwork question. {N(p)} filled out the W-4 and I-9 but the SSN doesn't "
        "match between them:\n"
        f"W-4: {SSN(s1)}\nI-9: {SSN(s2)}\n"
        f"Address on both: {a.render(oneline=True)}\nDOB {c.DOB('mdy/')}\n"
        f"Cell on the W-4: {c.phone('us')}\n"
        + ["Which one do I enter in Gusto, and am I allowed to ask to see the card?",
           "Can I run E-Verify with either, or do I wait? We're in ADP Workforce Now.",
           "Which one goes into Paychex? Also is it OK to keep a photocopy of the SS card?"][c.i])


@T("personal_payroll", "overtime_csv", 3, "en")
def _(c):
    rows = []
    for k in range(4):
        p = c.p()
        hrs = [(39, 6.5, 0), (39, 12, 4), (30, 0, 8), (39, 14.5, 2), (24, 3, 0), (39, 0, 0)][(k + c.i) % 6]
        rate = ["12.21", "13.40", "12.60", "14.05"][k]
        name = f"\"{SG(p)}\"" if c.i != 2 else N(p)
        rows.append(f"{name},{['Picker', 'FLT', 'Team Lead', 'Goods In'][(k + c.i) % 4]},"
                    f"{hrs[0]},{hrs[1]},{hrs[2]},{rate}")
    return (["Work out gross overtime pay for each row (1.5x and 2x on basic rate) and flag "
             "anyone averaging over 48h (Working Time Regs).",
             "Check my maths on this before it goes to Sage. OT1 = time and a half, OT2 = double.",
             "convert this to a table and total the ot cost for the week pls"][c.i] + "\n\n"
            "employee,grade,basic_hrs,ot_1.5x,ot_2x,rate\n" + "\n".join(rows))


@T("personal_payroll", "contractor_ibans", 2, "en")
def _(c):
    ccs = [["NL", "FR", "IT"], ["SE", "PT", "RO"]][c.i]
    lines = ["| Contractor | Country | IBAN | Invoice email |", "|---|---|---|---|"]
    grp = {"NL": "nl", "FR": "fr", "IT": "it", "SE": "se", "PT": "pt", "RO": "ro"}
    for cc in ccs:
        p = c.p(grp[cc])
        lines.append(f"| {N(p)} | {cc} | {c.iban(cc)} | {EM(p, ctx=c)} |")
    return ([
        "Deel rejected our bulk payout file for these three contractors. Which IBANs look wrong "
        "(length, check digits)? Table from our finance sheet:",
        "Before I pay these freelancers through Wise, can you confirm the IBAN formats are right "
        "for each country?",
    ][c.i] + "\n\n" + "\n".join(lines))


@T("personal_payroll", "lohnabrechnung", 2, "de")
def _(c):
    p = c.p("de", "pl", "tr", "ro")
    return (
        ["Hallo, kannst du kurz prüfen, ob hier was nicht stimmt? Mitarbeiterin beschwert sich, "
         "dass im März zu viel Lohnsteuer abgezogen wurde." if p.sex == "f" else
         "Hallo, kannst du kurz prüfen, ob hier was nicht stimmt? Mitarbeiter beschwert sich, "
         "dass im März zu viel Lohnsteuer abgezogen wurde.",
         "Was muss ich in DATEV ändern? Die Bank hat die Überweisung zurückgeschickt."][c.i]
        + "\n\n"
        f"Name: {N(p)}\nSteuer-ID: {NID(de_stid(['4729108365', '5103982746'][c.i]))}\n"
        + [lambda: "Steuerklasse: 1 (seit Januar verheiratet, sollte 4 sein)\n",
           lambda: "Steuerklasse: 3\nRücklastschrift-Grund: „Konto erloschen“\n"
           f"Neue Anschrift laut Mail: {c.addr('de').render(oneline=True)}\n"][c.i]()
        + f"IBAN: {c.iban('DE')}\nBrutto: {['2.840,00', '3.115,50'][c.i]} €")


@T("personal_payroll", "nomina_error", 2, "es")
def _(c):
    p = c.p("es", "lat", "mena", "ro")
    doc = [f"NIE {NID(es_nie('Y2093418'))}", f"DNI {NID(es_dni('48213907'))}"][c.i]
    return (
        ["Buenas, un trabajador me dice que en la nómina de febrero no le han pagado el plus de "
         "nocturnidad. Te paso sus datos, ¿me ayudas a redactar la respuesta?" if p.sex == "m" else
         "Buenas, una trabajadora me dice que en la nómina de febrero no le han pagado el plus de "
         "nocturnidad. Te paso sus datos, ¿me ayudas a redactar la respuesta?",
         "¿Cómo corrijo esto en A3Nom? La transferencia de la nómina ha ido a una cuenta antigua."][c.i]
        + "\n\n"
        f"{N(p)} – {doc}\nCategoría: {['mozo especialista', 'carretillero'][c.i]}, convenio de "
        "logística de Madrid\n"
        f"IBAN en el sistema: {c.iban('ES')}\n"
        + (f"Domicilio: {c.addr('es').render(oneline=True)}\n" if c.i == 0 else "")
        + f"Móvil: {c.phone('es')}")


@T("personal_payroll", "bordro_itiraz", 2, "tr")
def _(c):
    p = c.p("tr")
    return (
        ["Merhaba, bir çalışanımız şubat bordrosunda fazla mesai ücretinin eksik yattığını "
         "söylüyor. Aşağıdaki bilgilere göre kısa bir cevap yazar mısın?",
         "Bu çalışanın maaşı yanlış IBAN'a yatmış, muhasebeye nasıl bir e-posta yazayım?"][c.i]
        + "\n\n"
        f"Ad Soyad: {N(p)}\nTC Kimlik No: {NID(tr_tckn(['284193057', '157302846'][c.i]))}\n"
        f"IBAN: {c.iban('TR')}\n"
        + [lambda: f"Adres: {c.addr('tr').render(oneline=True)}\nFazla mesai: 22 saat (bordroda 14 görünüyor)\n",
           lambda: "Doğru IBAN'ı WhatsApp'tan attı, teyit etmedim\n"][c.i]()
        + f"Tel: {c.phone('tr')}")


@T("personal_payroll", "slip_gaji", 2, "id")
def _(c):
    p = c.p("id")
    d = c.dob()
    nik = id_nik(["327305", "351025"][c.i], d, p.sex, ["0007", "0312"][c.i])
    return (
        ["Tolong bantu buat balasan untuk karyawan ini, dia komplain potongan BPJS di slip gaji "
         "bulan ini dobel:", "min, ini data karyawan baru, tolong cek apa yg kurang buat didaftarkan "
         "ke BPJS Ketenagakerjaan:"][c.i] + "\n\n"
        f"Nama: {N(p)}\nNIK: {NID(nik)}\nTgl lahir: {m('DATE_OF_BIRTH', fdob(d, 'dmy-'))}\n"
        f"No. HP: {c.phone('id')}\n"
        + [lambda: "Bagian: produksi shift 2, pabrik Cikarang", lambda: "Alamat: " + c.addr("id").render(oneline=True)][c.i]())


@T("personal_payroll", "salary_hinglish", 2, "hi", case="lower")
def _(c):
    p = c.p("in")
    pan = ["BQWPK4821M", "AKDPY7730R"][c.i]
    pan = pan[:4] + family_key(p)[0].upper() + pan[5:]
    uan = ["100482193745", "101730284416"][c.i]
    return [
        lambda: f"sir ek employee ka mail aaya hai, reply draft kar do politely. {N(p)}, pan {NID(pan)}, "
        f"uan {NID(uan)}. bol {'rahi' if p.sex == 'f' else 'raha'} hai march ki salary abhi tak credit nahi hui aur pf bhi "
        "2 mahine se deposit nahi dikh raha epfo portal pe",
        lambda: f"{G(p)} {F(p)} ka form 16 galat hai, tds zyada kata hai. pan {NID(pan)}, mobile "
        f"{c.phone('in')}. address bhi naya hai: {c.addr('in').render(oneline=True)}. greythr me "
        "kaise correct karein, aur employee ko kya bolein?",
    ][c.i]()


@T("personal_payroll", "misthodosia", 2, "el")
def _(c):
    p = c.p("gr")
    d = c.dob()
    return (
        ["Kalimera, mporeis na me voithiseis na grapso mia apantisi se ergazomeni pou leei oti "
         "den plirothike to dora Pascha? Ta stoixeia tis:" if p.sex == "f" else
         "Kalimera, mporeis na me voithiseis na grapso mia apantisi se ergazomeno pou leei oti "
         "den plirothike to dora Pascha? Ta stoixeia tou:",
         "Pos dilono sto ERGANI allagi orariou gia auton ton ergazomeno? Stoixeia:"][c.i] + "\n\n"
        f"Onoma: {N(p)}\nAMKA: {NID(gr_amka(d, ['0417', '2290'][c.i]))}\n"
        f"AFM: {NID(gr_afm(['14829305', '07731842'][c.i]))}\n"
        f"Dieuthinsi: {c.addr('gr').render(oneline=True)}\n"
        f"IBAN: {c.iban('GR')}\nTil. {c.phone('gr')}")


# =======================================================================================
# clean_payroll
# =======================================================================================
@T("clean_payroll", "payslip_template", 3, "en")
def _(c):
    return [
        "Check this payslip template before we load it into Sage 50 Payroll:\n\n"
        "Employee: [EMPLOYEE NAME]   Works no: [WORKS NO]\nTax code: 1257L   NI category: A\n"
        "Basic pay ......... [HOURS] x [RATE]\nOvertime 1.5x ..... [OT1]\nHoliday pay ....... [HOL]\n"
        "PAYE .............. [PAYE]\nNIC ............... [NIC]\nPension (NEST) .... [PEN]\n\n"
        "Is anything legally required missing (Payslips Order 2018)?",
        "What does 'M1' or 'W1' after a tax code like 1257L mean on a UK payslip, and when does "
        "HMRC use BR, D0 and 0T?",
        "Explain a US paystub line by line: FICA, Medicare, FUTA, SUTA, 401(k), and what 'YTD' "
        "columns are for. Use John Doe as the sample employee.",
    ][c.i]


@T("clean_payroll", "prevailing_wage", 3, "en")
def _(c):
    return [
        "How do Davis-Bacon prevailing wage rates interact with the FLSA overtime rules on a "
        "federally funded warehouse build? Can Gusto handle certified payroll (WH-347)?",
        "Fill in this table for our compliance wiki:\n\n| Act | Year | Covers | Who enforces |\n"
        "|---|---|---|---|\n| Davis-Bacon | 1931 | | |\n| Walsh-Healey | 1936 | | |\n"
        "| McNamara-O'Hara (SCA) | 1965 | | |",
        "Our ADP rep says the Fair Work Act in Australia means our casuals in Perth get a 25% "
        "loading. Is that the same as the Modern Award penalty rates for Sundays?",
    ][c.i]


@T("clean_payroll", "ot_calc_roles", 3, "en")
def _(c):
    return [
        "Work out gross overtime pay per grade (1.5x and 2x on basic) and flag any grade "
        "averaging over 48h:\n\ngrade,headcount,basic_hrs,ot_1.5x,ot_2x,rate\n"
        "Picker,42,39,6.5,0,12.21\nFLT Driver,11,39,12,4,13.40\nTeam Leader,6,39,3,2,15.10\n"
        "Goods In,9,39,0,0,12.60",
        "Check my maths: Night Care Assistant, NLW £12.21, night enhancement 20%, bank "
        "holiday x2. 3 nights of 11.5h, one of them Boxing Day.",
        "convert to a table and total the weekly ot cost per site pls\n\n"
        "site,ot_hours,avg_rate\nDaventry,412,18.90\nLutterworth,377,19.35\nMagna Park,288,18.40",
    ][c.i]


@T("clean_payroll", "iban_format_deel", 2, "en")
def _(c):
    return [
        "Deel asks for an IBAN for our contractor in Poland. What's the format and length for a "
        "Polish IBAN (PLkk BBBB BBBB ...) and do I also need a SWIFT/BIC?",
        "When paying EU contractors via Wise or Remote, why do some banks reject an IBAN with "
        "spaces? Should we store it as 'DEkk BBBB BBBB CCCC CCCC CC' or without spaces?",
    ][c.i]


@T("clean_payroll", "lohn_minijob", 2, "de")
def _(c):
    return [
        "Wie hoch ist die Minijob-Grenze 2025 und was ändert sich beim Übergangsbereich (Midijob)? "
        "Wir rechnen mit DATEV Lohn und Gehalt ab.",
        "Stimmt diese Übersicht für unseren Aushang im Pausenraum?\n\n"
        "| Steuerklasse | Für wen | Beispiel |\n|---|---|---|\n| I | ledig | Kommissionierer, Vollzeit |\n"
        "| III | verheiratet, Partner verdient weniger | Schichtleiter |\n| V | Partner von III | |\n"
        "| VI | Zweitjob | Minijob bei Lidl zusätzlich |",
    ][c.i]


@T("clean_payroll", "nomina_irpf", 2, "es")
def _(c):
    return [
        "¿Cómo se calcula la retención de IRPF en una nómina de un mozo de almacén con contrato "
        "fijo discontinuo? Usamos A3Nom de Wolters Kluwer.",
        "Explícame línea a línea esta nómina de ejemplo (es la de la formación de A3Nom):\n\n"
        "EMPRESA: [RAZÓN SOCIAL]   CIF: [CIF]\nTRABAJADOR: [NOMBRE Y APELLIDOS]   Nº AFILIACIÓN: [NAF]\n"
        "Salario base ........ 1.184,00\nPlus nocturnidad .... 96,40\nPlus transporte ..... 60,00\n"
        "Contingencias comunes (4,70 %)\nDesempleo (1,55 %)\nFormación (0,10 %)\nMEI (0,13 %)\nIRPF (8 %)",
    ][c.i]


@T("clean_payroll", "bordro_sgk", 2, "tr")
def _(c):
    return [
        "2025 asgari ücret ile fazla mesai nasıl hesaplanır? Hafta tatili ve resmi tatil çalışması "
        "için Logo Bordro Plus'ta hangi parametreyi seçmem lazım?",
        "Bordro eğitimi için bu tabloyu hazırladım, doğru mu?\n\nEksik gün kodu | Açıklama\n"
        "01 | İstirahat (rapor)\n03 | Disiplin cezası\n07 | Puantaj kayıtları\n13 | Diğer nedenler\n\n"
        "Bir de SGK prim gün sayısı 30'dan az olunca ne yapılıyor?",
    ][c.i]


@T("clean_payroll", "gaji_thr", 2, "id")
def _(c):
    return [
        "Bagaimana cara hitung THR untuk karyawan kontrak (PKWT) yang baru kerja 7 bulan? "
        "Kami pakai Talenta by Mekari.",
        "Tolong rapikan template slip gaji ini, plus jelaskan potongan PPh 21 skema TER:\n\n"
        "SLIP GAJI – [BULAN]\nNama: [Nama Karyawan]\nJabatan: Operator Produksi\n"
        "Gaji Pokok ........ Rp [ ]\nTunjangan Makan .... Rp [ ]\nLembur ............. Rp [ ]\n"
        "BPJS Kesehatan (1%)\nBPJS Ketenagakerjaan JHT (2%)\nPPh 21 (TER)",
    ][c.i]


@T("clean_payroll", "pf_esic_hinglish", 2, "hi", case="lower")
def _(c):
    return [
        "ye salary structure sahi hai kya 21000 gross pe? esic lagega ya nahi\nbasic 10500\nhra 4200\n"
        "special allowance 6300\npf 12% of basic\nesic 0.75%\nprofessional tax 200 (maharashtra)\n"
        "aur keka vs zoho payroll kaunsa better hai 150 logo ki factory ke liye",
        "form 16 part a aur part b me kya difference hai? new regime vs old regime kab choose "
        "karna hota hai employee ko, sitharaman wale budget ke baad kya change hua",
    ][c.i]


@T("clean_payroll", "misthodosia_ergani", 2, "el")
def _(c):
    return [
        "Pos ypologizetai to dora Christougennon gia ergazomeno me miktes apodoxes? Kai pote prepei "
        "na plirothei simfona me ton nomo? Xrisimopoio Epsilon Net.",
        "Ti einai i psifiaki karta ergasias sto ERGANI II kai poioi klados tin exoun ypoxreotika? "
        "Ena syntomo paradeigma gia supermarket.",
    ][c.i]


@T("clean_payroll", "sage_gusto_lower", 2, "en", case="lower")
def _(c):
    return [
        "how do i run an off-cycle payroll in gusto for a bonus without messing up the 401k match",
        "sage 50 says 'rti submission rejected – employer paye reference mismatch'. what do i check "
        "first",
    ][c.i]


@T("clean_payroll", "pay_transparency", 2, "en")
def _(c):
    return [
        "What does the EU Pay Transparency Directive require from a 150-person company by June "
        "2026? Compare with the UK gender pay gap reporting rules and the Lilly Ledbetter Fair "
        "Pay Act in the US.",
        "Summarise the Equal Pay Act 1970 and the Asda and Next equal pay cases for a payroll "
        "team that's new to job evaluation (Hay method).",
    ][c.i]

@T("clean_payroll", "vendor_email_quoted", 3, "en")
def _(c):
    return [
        "Summarise this for our line managers in 3 bullets:\n\n> From: HMRC Employer Bulletin\n"
        "> Subject: Employer Bulletin – April\n>\n> From 6 April the personal allowance remains "
        "at £12,570 and the emergency tax code is 1257L W1/M1. Employers must use Basic PAYE Tools "
        "or commercial software...",
        "What does this mean and do I need to do anything?\n\n> From: Gusto Support\n> Hi there,\n"
        "> Your Colorado SUTA rate has been updated for Q2. The new rate will apply to payrolls "
        "processed after April 1.\n> – The Gusto Team",
        "Explain this warning in plain English:\n\n> Sage Payroll: RTI submission accepted with "
        "warnings\n> FPS 2024-25 Period 11\n> Warning 1: Employee NI number not held (3 employees). "
        "HMRC will trace.\n> Sage Business Cloud",
    ][c.i]


# =======================================================================================
# personal_gig
# =======================================================================================
@T("personal_gig", "driver_admin_json", 3, "en")
def _(c):
    p = c.p()
    cc = ["uk", "ng", "ph"][c.i]
    d = c.dob()
    obj = {"driver": {
        "id": ["drv_8HkQ2v", "drv_p41Zx9", "drv_Tt07mA"][c.i],
        "full_name": N(p),
        "phone": c.phone(cc),
        "email": EM(p, ctx=c),
        "date_of_birth": m("DATE_OF_BIRTH", fdob(d, "iso")),
        "status": ["active", "suspended_pending_review", "onboarding"][c.i],
        "rating": [4.93, 4.71, None][c.i],
        "devices": [{"model": ["Samsung Galaxy A14", "Tecno Spark 10", "Redmi Note 12"][c.i],
                     "last_login_ip": c.ip(), "last_login_at": "2025-03-02T21:14:07Z"},
                    {"model": "iPhone 11", "last_login_ip": c.ip(),
                     "last_login_at": "2025-03-02T21:19:55Z"}],
        "vehicle": {"type": ["car", "motorbike", "motorbike"][c.i],
                    "make": ["Toyota Prius", "Bajaj Boxer", "Honda Click 125i"][c.i]},
    }}
    return ([
        "Our ops team flagged this driver for possible account sharing. From the record below, "
        "list what looks suspicious and what we should ask the driver.",
        "Write the suspension notice for this rider based on the record. Neutral tone, no "
        "accusations, give them 7 days to respond.",
        "Is this onboarding record complete for a background check? What's missing?",
    ][c.i] + "\n\n" + json.dumps(obj, indent=2, ensure_ascii=False))


@T("personal_gig", "deactivation_appeal", 3, "en", case="lower")
def _(c):
    p = c.p()
    return (
        ["can you help me write an appeal. they deactivated me for \"fraudulent activity\" which is "
         "not true", "pls help me answer this properly, english is my 2nd language",
         "how do i reply to this? i want my account back, this is my only income"][c.i] + "\n\n"
        f"> Hi {G(p)},\n> After a review of your account we have decided to deactivate it "
        "permanently due to a violation of our "
        + ["Fleet Partner Agreement.", "Community Guidelines (multiple accounts).",
           "Supplier Agreement, section 4.2 (substitution)."][c.i]
        + "\n> This decision is final.\n> Rider Support\n\n"
        f"my name on the app is {N(p)}, email {EM(p, ctx=c)}, phone {c.phone(['uk', 'uk', 'ie'][c.i])}. "
        + ["i did 2,300 orders since 2022 with 4.9 rating",
           "my brother used my bike once but never my account",
           "i had a substitute registered properly, his name was in the app"][c.i])


@T("personal_gig", "freelancer_payout", 2, "en")
def _(c):
    p, cl = c.p(), c.p("us")
    return (
        "A client on a freelance platform is refusing to release my milestone. I want to write to "
        "Trust & Safety. Details:\n"
        f"- Me: {N(p)}, {EM(p, ctx=c)}\n"
        f"- Client: {N(cl)} (username {H(cl, c.pick(['gF', 'g_f']))}), based in {c.town('us')}\n"
        + ["- Contract: \"Logo + brand kit\", milestone 2 of 3, $450\n"
           "- They approved the drafts in chat then went silent for 19 days\n",
           "- Contract: \"Shopify store setup\", fixed price $1,200\n"
           "- Client says the theme is 'not premium enough', theme was Dawn as agreed\n"][c.i]
        + f"- Also the platform charged my card {CC(card(['492188301274339', '537412904481025'][c.i]))} "
        "twice for the Plus membership\nKeep it short and firm.")


@T("personal_gig", "fraud_login_log", 2, "en")
def _(c):
    p = c.p()
    h = handle(p, c.pick(["g.f", "gf", "g_f"]))
    ips = [c.ip(), c.ip()]
    return (
        f"2025-03-02T21:14:07Z login ok user={m('PERSON', h)} ip={ips[0]} device=iPhone13,2\n"
        f"2025-03-02T21:15:44Z payout_method_change user={m('PERSON', h)} ip={ips[1]} new_last4=0932\n"
        f"2025-03-02T21:16:02Z payout_requested user={m('PERSON', h)} amount=412.80 GBP\n"
        f"2025-03-02T23:40:18Z login ok user={m('PERSON', h)} ip={ips[0]} device=iPhone13,2\n\n"
        + ["is this an account takeover? explain it like I'm a support agent",
           "Write an internal note for the risk team about this courier account."][c.i])


@T("personal_gig", "entregador_ifood", 2, "pt", case="lower")
def _(c):
    p = c.p("br")
    return [
        lambda: "oi, preciso de ajuda pra escrever uma reclamação pro ifood, fui bloqueado sem motivo "
        "depois que um cliente disse que não recebeu o pedido. eu tenho foto da entrega\n"
        f"nome: {N(p)}\ncpf: {NID(br_cpf('284193057'))}\ncelular: {c.phone('br')}\n"
        f"endereço: {c.addr('br').render(oneline=True, case='lower')}\n"
        "trabalho no ifood desde 2021, nível super",
        lambda: f"me ajuda a responder o suporte da loggi? eles pediram meus dados pra liberar o repasse: "
        f"{N(p)}, cpf {NID(br_cpf('731028445'))}, chave pix é o email {EM(p, ctx=c)}. "
        "tá certo mandar isso por chat?",
    ][c.i]()


@T("personal_gig", "rider_glovo", 2, "es")
def _(c):
    p = c.p("lat", "es", "mena")
    return [
        lambda: "Hola, ¿me ayudas a escribir una reclamación a Glovo? Me han quitado la franja del fin de "
        "semana por la puntuación y no es justo, llovía.\n"
        f"Nombre: {N(p)}\nNIE: {NID(es_nie('X4821937'))}\nTeléfono: {c.phone('es')}\n"
        f"Domicilio: {c.addr('es').render(oneline=True)}\nReparto en Madrid centro.",
        lambda: f"Soy {N(p)}, repartidor{'a' if p.sex == 'f' else ''} con Just Eat por una subcontrata. Me deben 3 semanas. Mi DNI es "
        f"{NID(es_dni('72944106'))} y mi correo {EM(p, ctx=c)}. ¿Qué le escribo a la empresa y "
        "qué dice la Ley Rider sobre esto?",
    ][c.i]()


@T("personal_gig", "livreur", 2, "fr")
def _(c):
    p = c.p("fr", "afr", "mena")
    d = c.dob() if c.i == 0 else None
    return [
        lambda: "Bonjour, je suis livreur auto-entrepreneur chez Uber Eats. L'URSSAF me demande une "
        "régularisation, tu peux m'aider à écrire un courrier ?\n"
        f"Nom : {N(p)}\nN° de sécu : {NID(fr_nir(p.sex, d, '93', '066', '412'))}\n"
        f"Né{'e' if p.sex == 'f' else ''} le {m('DATE_OF_BIRTH', fdob(d, 'dmy/'))}\n"
        f"Adresse : {c.addr('fr').render(oneline=True)}\n"
        f"Tél : {c.phone('fr')}",
        lambda: f"Mon compte Deliveroo est bloqué pour « usage de compte par un tiers ». Je m'appelle "
        f"{N(p)}, mail {EM(p, ctx=c)}, j'habite à {c.town('fr')}. Comment je conteste ça "
        "poliment ?",
    ][c.i]()


@T("personal_gig", "ojol_driver", 2, "id", case="lower")
def _(c):
    p = c.p("id")
    d = c.dob() if c.i == 0 else None
    return [
        lambda: "min tolong bantu bikin surat banding, akun gojek saya kena suspend katanya fake gps padahal "
        f"hp saya ga pernah di root. nama {N(p)}, nik {NID(id_nik('327301', d, p.sex, '0044'))}, "
        f"no hp {c.phone('id')}",
        lambda: f"kak gimana cara bales email grab ini? saya {N(p)} mitra grabbike, email {EM(p, ctx=c)}, "
        "dibilang dokumen skck saya kadaluarsa padahal baru perpanjang bulan lalu",
    ][c.i]()


@T("personal_gig", "kurier_ukr", 2, "uk")
def _(c):
    p = c.p("ua")
    d = c.dob() if c.i == 0 else None
    return [
        lambda: "Pryvit! Dopomozhy napysaty lyst u Bolt Food, meni zablokuvaly akaunt kuriera u Poznani "
        f"bez poiasnen.\nImia: {N(p)}\nPESEL: {NID(pesel(d, '0738' if p.sex == 'm' else '0726'))}\n"
        f"Adresa: {c.addr('pl').render(oneline=True)}\n"
        f"Telefon: {c.phone('pl')}\nEmail: {EM(p, ctx=c)}\nPysaty treba polskoiu abo anhliiskoiu.",
        lambda: f"Dobryi den. Ya {N(p)}, rodom z m. {c.town('ua')}, pratsiuiu kurierom cherez Glovo u Krakovi. Partner-firma ne "
        f"vyplatyla za liutyi. Mii pasport {NID(['FX218406', 'GA730194'][c.i])}, nomer "
        f"{c.phone('ua')}. Yak pravylno napysaty skarhu do PIP (inspektsiia pratsi)?",
    ][c.i]()


@T("personal_gig", "driver_note_lower", 2, "en", case="lower")
def _(c):
    p = c.p()
    he = "she" if p.sex == "f" else "he"
    return [
        lambda: f"pls draft msg to driver {N(p)} – {'her' if p.sex == 'f' else 'his'} hire & "
        f"reward insurance expired yesterday so {he} cant take jobs till the new cert is uploaded. "
        f"number {c.phone('uk')}",
        lambda: f"write a reminder to {G(p)} {F(p)} that {he} needs to do the dbs + right to work video "
        f"call before friday or the onboarding gets cancelled. email is {EM(p, ctx=c)}",
    ][c.i]()


# =======================================================================================
# clean_gig
# =======================================================================================
@T("clean_gig", "api_sample_json", 3, "en")
def _(c):
    obj = [
        {"driver": {"id": "drv_<ID>", "full_name": "<DRIVER_NAME>", "phone": "<E164_PHONE>",
                    "status": "active", "devices": [{"model": "<MODEL>", "last_login_ip": "<ip>"}]}},
        {"event": "courier.deactivated", "data": {"courier_id": "{{courier_id}}",
                                                  "reason_code": "MULTIPLE_ACCOUNTS",
                                                  "appeal_url": "https://example.com/appeal/{{token}}"}},
        {"name": "Jane Doe", "role": "driver", "vehicle": {"make": "Toyota", "model": "Prius"},
         "documents": ["DVLA_CHECK_CODE", "PHV_LICENCE", "HIRE_AND_REWARD"]},
    ][c.i]
    return [
        "This is the sample payload from our driver API docs. Write a short field-by-field "
        "description for the developer portal.",
        "Is this webhook payload design OK? Should reason_code be an enum?",
        "Generate a JSON Schema for this sample onboarding record (Jane Doe is our docs persona).",
    ][c.i] + "\n\n" + json.dumps(obj, indent=2, ensure_ascii=False)


@T("clean_gig", "gig_cases", 3, "en")
def _(c):
    return [
        "Summarise Uber BV v Aslam (UK Supreme Court, 2021) and the Deliveroo v IWGB decision "
        "(2023). Why did drivers win and riders lose?",
        "Is this timeline right? Add one line on what each meant for drivers.\n\n"
        "2018 – Dynamex (California Supreme Court), ABC test\n2019 – AB5 signed\n"
        "2020 – Prop 22 passes (Uber, Lyft, DoorDash spend ~$200m)\n"
        "2024 – EU Platform Work Directive adopted",
        "In Spain the Tribunal Supremo ruled on Glovo riders in 2020, then the Ley Rider came. "
        "How does that compare with the Dutch Deliveroo case?",
    ][c.i]


@T("clean_gig", "appeal_template", 3, "en")
def _(c):
    return [
        "Write a template appeal letter for couriers deactivated by Deliveroo, Uber Eats or Just "
        "Eat. Placeholders: [Your Name], [Rider ID], [Date of deactivation], [City].",
        "Improve this template we give to members:\n\n\"Dear Rider Support,\nI, [NAME], rider ID "
        "[ID], request a human review of my deactivation on [DATE] under Article 22 GDPR...\"",
        "Make a checklist of evidence a gig driver should keep (screenshots, GPS traces, "
        "ratings) before appealing. Use 'the driver' not names.",
    ][c.i]


@T("clean_gig", "fraud_policy_q", 2, "en")
def _(c):
    return [
        "How do platforms like Uber and Bolt detect account sharing? Selfie checks with Onfido or "
        "Veriff, device fingerprinting, IP reputation? Pros and cons for a small courier startup.",
        "We use Persona for ID verification and Checkr for background checks. What should the "
        "privacy notice for couriers say about automated decisions?",
    ][c.i]


@T("clean_gig", "entregador_pt", 2, "pt", case="lower")
def _(c):
    return [
        "o que foi o breque dos apps de 2020 e o que mudou pros entregadores do ifood e da rappi "
        "depois? e a lei 14.297 ainda vale?",
        "quanto um motorista da 99 ou uber precisa pagar de inss como mei? e vale a pena abrir "
        "mei só pra isso?",
    ][c.i]


@T("clean_gig", "ley_rider", 2, "es")
def _(c):
    return [
        "Explícame la Ley Rider (Real Decreto-ley 9/2021) y por qué Glovo acabó contratando a "
        "sus repartidores en 2024. ¿Y Uber Eats y Just Eat qué hicieron?",
        "Rellena esta tabla para la asamblea de repartidores:\n\n| | Autónomo | TRADE | Asalariado |\n"
        "|---|---|---|---|\n| Cotiza a la Seguridad Social | | | |\n| Vacaciones pagadas | | | |\n"
        "| Ejemplo | Glovo antes de 2024 | | Just Eat (Takeaway) |",
    ][c.i]


@T("clean_gig", "livreur_fr", 2, "fr")
def _(c):
    return [
        "Quel est le taux de cotisation URSSAF pour un livreur auto-entrepreneur en 2025 ? Et "
        "l'ACRE s'applique encore ? Je livre pour Deliveroo et Stuart.",
        "Résume l'affaire Take Eat Easy (Cour de cassation, 2018) et l'arrêt Uber de 2020. "
        "Pourquoi parle-t-on de « lien de subordination » ?",
    ][c.i]


@T("clean_gig", "ojol_id", 2, "id", case="lower")
def _(c):
    return [
        "apa bedanya jadi mitra gojek, grab sama maxim dari sisi potongan komisi? nadiem makarim "
        "dulu janji 20% kan, sekarang berapa",
        "gimana cara daftar shopeefood driver, syaratnya apa aja selain sim c dan skck?",
    ][c.i]


@T("clean_gig", "ukr_taxi", 2, "uk")
def _(c):
    return [
        "Porivniai, bud' laska, dlia vodiia u Kyievi:\n- Bolt: komisiia ?\n- Uklon: komisiia ?\n"
        "- Uber: shche pratsiuie?\nI vymohy do avto (rik vypusku, klas) — tablytseiu.",
        "Chy mozhna pratsiuvaty kurierom Glovo u Lvovi yak FOP 3-yi hrupy? Yakyi podatok i yak "
        "podavaty deklaratsiiu v Diia?",
    ][c.i]


@T("clean_gig", "lower_gig", 3, "en", case="lower")
def _(c):
    return [
        "is it worth doing amazon flex and uber eats at the same time or do the blocks clash",
        "whats the difference between a 1099-nec and a 1099-k for doordash dashers",
        "does deliveroo pay holiday pay in the uk or is that only for workers like in the uber "
        "case",
    ][c.i]


@T("clean_gig", "onboarding_checklist", 2, "en")
def _(c):
    return [
        "Draft a driver onboarding checklist for a UK courier platform: DVLA check code, right "
        "to work (Home Office online check), basic DBS via Disclosure Scotland or uCheck, hire & "
        "reward insurance. Use [DRIVER NAME] in the welcome line.",
        "Which background check providers cover both the US and Mexico for gig drivers — "
        "Checkr, Sterling, HireRight? Compare turnaround times.",
    ][c.i]

# =======================================================================================
# personal_union_volunteer
# =======================================================================================
@T("personal_union_volunteer", "grievance_letter", 3, "en")
def _(c):
    mem, mgr, wit = c.p(), c.p(), c.p()
    a = c.addr("ie") if c.i == 2 else c.addr("uk")
    she = "she" if mem.sex == "f" else "he"
    return (
        f"I'm a {['Unite', 'GMB', 'SIPTU'][c.i]} rep at a {['food factory', 'distribution centre', 'meat plant'][c.i]}. "
        "Can you draft a formal grievance for my member? Facts:\n"
        f"- Member: {N(mem)}, {['line operative', 'reach truck driver', 'boner, B shift'][c.i]}, "
        f"{[11, 4, 7][c.i]} yrs service\n"
        f"- {['Line manager', 'Shift manager', 'Supervisor'][c.i]} {N(mgr)} has "
        + ["left them off the overtime list 3 weeks running since they raised a H&S complaint",
           "shouted at them on the floor in front of agency staff, twice in February",
           "refused toilet breaks outside the set times"][c.i].replace("them", "her" if mem.sex == "f" else "him").replace("they", she)
        + f"\n- Witness: {N(wit)}\n"
        f"- Home address for the letter:\n{a.render()}\n"
        "Refer to the ACAS Code of Practice on disciplinary and grievance procedures.")


@T("personal_union_volunteer", "casework_notes", 3, "en")
def _(c):
    mem, hr, org = c.p(), c.p("uk", "afr", "asia"), c.p("uk")
    return (
        f"CASE LOG – {N(mem, 'upper')}\n"
        f"12/02 phoned member on {c.phone('uk')}, upset, fit note until 26/02\n"
        f"14/02 met {N(hr)} (HR BP) – they're proposing a stage 2 absence warning\n"
        f"19/02 {G(mem)} emailed from {EM(mem, ctx=c)} with the GP letter, asked for adjustments\n"
        f"21/02 hearing moved, {F(hr)} on leave\n\n"
        + [f"Turn this into a timeline table for the regional organiser, {N(org)}.",
           "What arguments do I have under the Equality Act if this is disability related?",
           f"Summarise for my branch secretary {G(org)}, 5 lines max."][c.i])


@T("personal_union_volunteer", "volunteer_rota_yaml", 3, "en")
def _(c):
    lines = [f"week: 2025-W{11 + c.i}",
             f"site: {['St Mark’s Church Hall', 'Trussell Trust warehouse, Unit 4', 'Moseley Community Centre'][c.i]}",
             "shifts:"]
    for day, tm in [("Tue", "10:00-13:00"), ("Thu", "16:00-19:00")]:
        lead, v1, v2 = c.p(), c.p(), c.p()
        lines += [f"  - day: {day}", f"    time: \"{tm}\"", f"    lead: {N(lead)}",
                  f"    phone: \"{c.phone('uk')}\"", f"    volunteers: [{N(v1)}, {GI(v2)}]"]
    return ([
        "Turn this into a WhatsApp message for the volunteers group, friendly, with the leads' "
        "numbers at the bottom.",
        "Who is doing more than one shift here? Also make me a printable table.",
        "Convert this yaml to a CSV I can import into Google Sheets.",
    ][c.i] + "\n\n" + "\n".join(lines))


@T("personal_union_volunteer", "dbs_check", 2, "en")
def _(c):
    p = c.p("uk", "afr", "cee")
    a = c.addr("uk")
    return (
        ["Filling in a basic DBS application for a new volunteer at our youth football club — "
         "which of these goes in which box, and do I need 5 years of address history?",
         "I'm the volunteer coordinator at a hospice shop. Check this enhanced DBS info before I "
         "submit via uCheck:"][c.i] + "\n\n"
        f"Full name: {N(p)}\nPrevious surname: {c.maiden()}\nDOB: {c.DOB('dmy/')}\n"
        f"Address: {a.render(oneline=True)}\n"
        f"Lived there since 2021, before that in {c.town('uk')}.\nMobile {c.phone('uk')}")


@T("personal_union_volunteer", "betriebsrat", 2, "de")
def _(c):
    p, vl = c.p("de", "tr", "pl", "cee"), c.p("de")
    herr = "Frau" if p.sex == "f" else "Herrn"
    return (
        ["Als Betriebsratsvorsitzende brauche ich eine Stellungnahme nach § 102 BetrVG zur "
         f"geplanten Kündigung von {herr} {F(p)}. Fakten:",
         "Hilf mir, den Widerspruch des Betriebsrats gegen diese Versetzung zu formulieren:"][c.i]
        + "\n\n"
        f"- {N(p)}, {['Staplerfahrer', 'Maschinenbediener'][c.i]}{'in' if p.sex == 'f' else ''}, "
        f"{[8, 13][c.i]} Jahre im Betrieb, {['zwei Kinder', 'pflegt die Mutter'][c.i]}\n"
        + (f"- wohnt in {c.town('de')}, 35 km zum Werk, kein Auto\n" if c.i == 0 else
           f"- Anschrift: {c.addr('de').render(oneline=True)}, kein Auto\n")
        + f"- Vorgesetzte{'' if vl.sex == 'f' else 'r'}: {N(vl)}\n"
        + f"- Tel. privat {c.phone('de')}")


@T("personal_union_volunteer", "delegado_sindical", 2, "es")
def _(c):
    p, dir_ = c.p("es", "lat"), c.p("es")
    return (
        ["Soy delegada de CCOO en una residencia de mayores. Ayúdame a redactar un escrito a la "
         "dirección por el caso de " + ("esta compañera:" if p.sex == "f" else "este compañero:"),
         "Soy delegado de UGT en un almacén de Illescas. Redacta una queja formal:"][c.i] + "\n\n"
        f"Trabajador{'a' if p.sex == 'f' else ''}: {N(p)}, "
        f"{[('gerocultora' if p.sex == 'f' else 'gerocultor'), ('moza' if p.sex == 'f' else 'mozo') + ' de almacén'][c.i]}\n"
        f"DNI: {NID(es_dni(['20518833', '53104729'][c.i]))}\n"
        + ["Le cambian el turno de un día para otro sin preaviso (art. 34 ET)\n",
           "Le obligan a hacer horas extra sin registrar la jornada\n"][c.i]
        + f"Responsable: {N(dir_)}\nTeléfono de contacto: {c.phone('es')}")


@T("personal_union_volunteer", "vrijwilligers", 2, "nl")
def _(c):
    rows = []
    for k in range(3):
        p = c.p("nl", "mena", "afr")
        rows.append(f"{N(p)};{c.town('nl')};{c.phone('nl')};{EM(p, ctx=c)};{['di', 'do', 'za'][k]}")
    return ([
        "Kun je van deze lijst vrijwilligers van de Voedselbank een nette tabel maken en een "
        "appje opstellen voor de uitdeelploeg van zaterdag?",
        "Wie van deze vrijwilligers kan ik vragen voor de extra inzameling bij de Albert Heijn? "
        "Schrijf een mailtje.",
    ][c.i] + "\n\nnaam;woonplaats;telefoon;email;dag\n" + "\n".join(rows))


@T("personal_union_volunteer", "facket", 2, "sv")
def _(c):
    p, ch = c.p("se", "afr", "mena"), c.p("se")
    return (
        ["Jag är skyddsombud för Kommunal på ett äldreboende. Hjälp mig skriva en begäran enligt "
         "6 kap. 6a § arbetsmiljölagen om den här händelsen:",
         "Skriv ett kort underlag till förhandlingen om medlemmens omplacering:"][c.i] + "\n\n"
        f"Medlem: {N(p)}, pnr {NID(se_pnr(c.dob(), sexed(['301', '774'][c.i], p.sex)))}, bor i {c.town('se')}\n"
        + ["Händelse: ensam på nattpasset med 14 boende, föll vid förflyttning\n",
           "Omplaceras från avdelning Björken till nattlag utan samråd\n"][c.i]
        + f"Enhetschef: {N(ch)}")


@T("personal_union_volunteer", "voluntariado_pt", 2, "pt")
def _(c):
    a, b = c.p("pt", "br"), c.p("pt")
    return (
        ["Preciso de uma mensagem de agradecimento para dois voluntários do Banco Alimentar que "
         "fizeram 3 turnos no fim de semana da campanha:",
         "Ajuda-me a escrever um email à coordenadora a pedir a troca de turno destes voluntários:"][c.i]
        + "\n\n"
        f"- {N(a)} ({c.phone('pt')}) – turno de sábado, Continente de {c.town('pt')}"
        + (f"; pediu o certificado de voluntariado por correio: {c.addr('pt').render(oneline=True)}\n" if c.i == 0 else "\n")
        + f"- {N(b)} ({EM(b, ctx=c)}) – domingo, Pingo Doce")


@T("personal_union_volunteer", "rep_lower", 2, "en", case="lower")
def _(c):
    p, q = c.p(), c.p()
    return [
        f"what do i say to {N(p)} tomorrow, {'shes' if p.sex == 'f' else 'hes'} been offered a "
        f"settlement agreement and wants to sign it tonight. {G(q)} from the branch says wait for "
        "the solicitor",
        f"remind me how to phrase the 'right to be accompanied' bit for {G(p)} {F(p)}'s hearing "
        f"on thurs, manager is {N(q)} and {'she' if q.sex == 'f' else 'he'} keeps saying reps cant "
        "speak",
    ][c.i]


# =======================================================================================
# clean_union_volunteer
# =======================================================================================
@T("clean_union_volunteer", "labour_history", 3, "en")
def _(c):
    return [
        "For our union's education night, give me 5 short bios: Cesar Chavez, Dolores Huerta, "
        "Mother Jones, A. Philip Randolph and Jimmy Hoffa. One surprising fact each.",
        "Tell the story of the Tolpuddle Martyrs and the 1888 matchgirls' strike at Bryant & May "
        "(Annie Besant) in 300 words for a banner unveiling.",
        "How did Lech Wałęsa and Anna Walentynowicz turn the Gdańsk shipyard strike into "
        "Solidarność? Keep it to a page.",
    ][c.i]


@T("clean_union_volunteer", "grievance_template", 3, "en")
def _(c):
    return [
        "Make a grievance letter template for reps: [MEMBER NAME], [JOB TITLE], [MANAGER], "
        "[DATES OF INCIDENTS], [REMEDY SOUGHT]. Refer to the ACAS Code.",
        "Improve this template:\n\nDear [HR Manager],\nI am writing on behalf of my member, "
        "[Name], to raise a formal grievance regarding...\n\nIt sounds too soft.",
        "Write a 'right to be accompanied' explainer (s.10 Employment Relations Act 1999) for new "
        "reps, with an example using Joe Bloggs.",
    ][c.i]


@T("clean_union_volunteer", "volunteer_yaml", 3, "en")
def _(c):
    y = [
        "week: 2025-W14\nsite: St Mark’s Church Hall\nshifts:\n  - day: Tue\n    time: \"10:00-13:00\"\n"
        "    lead: Shift Lead (TBC)\n    volunteers: 4\n  - day: Thu\n    time: \"16:00-19:00\"\n"
        "    lead: Warehouse Lead\n    volunteers: 3",
        "roles:\n  - name: Meet & Greet\n    min: 2\n  - name: Packer\n    min: 4\n  - name: Driver\n"
        "    min: 1\n    needs: [full licence, DBS basic]\n  - name: Signposting (Citizens Advice)\n    min: 1",
        "rota:\n  saturday:\n    - {slot: \"09:00-12:00\", role: Collection, store: Tesco Extra}\n"
        "    - {slot: \"12:00-15:00\", role: Collection, store: Sainsbury's Local}\n",
    ][c.i]
    return [
        "Turn this into a WhatsApp message asking for volunteers to fill the gaps.",
        "Which roles are hardest to fill at a food bank and how do other Trussell Trust banks "
        "handle it? Here's our config:",
        "Convert this yaml to a CSV for Google Sheets.",
    ][c.i] + "\n\n" + y


@T("clean_union_volunteer", "labour_laws", 2, "en")
def _(c):
    return [
        "Fill in the second column for our reps' course handout:\n\n| Law | What it did |\n|---|---|\n"
        "| Wagner Act (NLRA 1935) | |\n| Taft-Hartley (1947) | |\n| Landrum-Griffin (1959) | |",
        "What did the Trade Union Act 2016 change about strike ballots in the UK, and how does the "
        "Fair Work Act 2009 in Australia handle protected action ballots?",
    ][c.i]


@T("clean_union_volunteer", "betriebsrat_q", 2, "de")
def _(c):
    return [
        "Welche Mitbestimmungsrechte hat der Betriebsrat nach § 87 BetrVG bei Schichtplänen? "
        "Gibt es dazu eine Handreichung von IG Metall oder ver.di?",
        "Was macht die Hans-Böckler-Stiftung genau, und kann ich als Betriebsrat dort eine "
        "Schulung zum Thema KI am Arbeitsplatz finden?",
    ][c.i]


@T("clean_union_volunteer", "sindicato_q", 2, "es")
def _(c):
    return [
        "¿Cuántas horas sindicales le corresponden a un delegado de personal en una empresa de "
        "80 trabajadores según el Estatuto de los Trabajadores?",
        "Mejora esta convocatoria y añade al final una frase de Marcelino Camacho que pegue:\n\n"
        "CONVOCATORIA\nEl Comité de Empresa convoca a toda la plantilla a una asamblea el jueves a "
        "las 14:30 en el comedor.\nOrden del día:\n1. Calendario laboral\n2. Registro de jornada\n"
        "3. Ruegos y preguntas\nFdo.: Sección Sindical de CCOO",
    ][c.i]


@T("clean_union_volunteer", "vakbond_q", 2, "nl")
def _(c):
    return [
        "Wat is het verschil tussen FNV en CNV voor een magazijnmedewerker, en hoe werkt een "
        "algemeen verbindend verklaarde cao?",
        "Maak hier een nette tabel van voor de vrijwilligers van de Voedselbank, en wat zegt de "
        "Belastingdienst over de vrijwilligersvergoeding?\n\nrol;dag;aantal\nUitgifte;di;4\n"
        "Chauffeur;do;2\nIntake;za;2\nCoördinator;za;1",
    ][c.i]


@T("clean_union_volunteer", "facket_q", 2, "sv")
def _(c):
    return [
        "Vad var Saltsjöbadsavtalet och varför pratar man om den svenska modellen? Och vad är "
        "Gentsystemet för a-kassan?",
        "Vad betyder det här mejlet från förbundet, och påverkar det oss på lagret?\n\n> Hej!\n"
        "> Avtalsrörelsen 2025: Handels och Svensk Handel har inte kommit överens om Lageravtalet.\n"
        "> Läs mer på Mina sidor.\n> Med vänliga hälsningar\n> Handels Medlemsservice",
    ][c.i]


@T("clean_union_volunteer", "solidarnosc", 2, "pl")
def _(c):
    return [
        "Napisz krótki tekst na rocznicę Sierpnia '80: rola Anny Walentynowicz, Lecha Wałęsy i "
        "Stoczni Gdańskiej. Ton podniosły, ale bez patosu.",
        "Jak założyć organizację zakładową OPZZ albo NSZZ „Solidarność” w magazynie? Ile osób "
        "trzeba i czy pracodawca musi wiedzieć?",
    ][c.i]


@T("clean_union_volunteer", "sindacato_q", 2, "it")
def _(c):
    return [
        "Correggimi questo volantino e trovami una frase vera di Giuseppe Di Vittorio:\n\n"
        "PRIMO MAGGIO – FESTA DEI LAVORATORI\nCome diceva Di Vittorio, «...»\n"
        "Appuntamento in Piazza Duomo alle 10\nCGIL – Camera del Lavoro",
        "Spiegami l'articolo 18 dello Statuto dei lavoratori prima e dopo la riforma Fornero.",
    ][c.i]


@T("clean_union_volunteer", "banco_alimentar", 2, "pt")
def _(c):
    return [
        "Como organizar uma campanha do Banco Alimentar Contra a Fome num supermercado? O que a "
        "Isabel Jonet costuma recomendar sobre turnos de voluntários?",
        "Faz-me uma tabela bonita com isto para a campanha do Banco Alimentar:\n\n"
        "Loja | Sábado | Domingo\nContinente Ponte de Lima | 2 turnos | 1\nPingo Doce | 1 | 1\n"
        "Lidl | 1 | —\nCada turno 3 h, coordenador: [NOME]",
    ][c.i]


@T("clean_union_volunteer", "union_lower", 2, "en", case="lower")
def _(c):
    return [
        "can a rep be disciplined for stuff they said in a grievance meeting? asking for a "
        "unison branch",
        "how do i run a recruitment drive in a warehouse where most people are on agency "
        "contracts with adecco and manpower",
    ][c.i]

# =======================================================================================
# personal_crewing
# =======================================================================================
NAT = {"ua": "UKRAINIAN", "ph": "FILIPINO", "in": "INDIAN", "id": "INDONESIAN", "gr": "GREEK",
       "ro": "ROMANIAN", "cee": "LATVIAN", "asia": "MYANMAR", "oce": "FIJIAN", "afr": "GHANAIAN"}


@T("personal_crewing", "crew_list", 3, "en")
def _(c):
    ranks = [["MSTR", "C/O", "2/O", "AB"], ["C/E", "2/E", "OLR", "COOK"], ["MSTR", "3/O", "ETO", "OS"]][c.i]
    grps = [["ua", "ph", "ph", "id"], ["gr", "in", "ph", "ro"], ["ua", "ph", "in", "id"]][c.i]
    lines = ["NO  RANK  SURNAME / GIVEN NAMES        NATIONALITY  DOB          PASSPORT    SIRB/CDC"]
    dobs = sorted((c.dob() for _ in range(4)), key=lambda d: (d[2], d[1], d[0]))
    for k in range(4):
        g = grps[k]
        p = c.p(g)
        lines.append(f"{k + 1}   {ranks[k]:<5} {F(p, 'upper')} / {GF(p, 'upper')}  {NAT[g]}  "
                     f"{c.DOB('DD MON YYYY', dobs[k])}  {c.passport(g)}  {c.seabook(g)}")
    return ([
        "Please check this crew list for the Rotterdam agent — any passport expiring within 6 "
        "months of 20 MAR 2025? (expiries are in our crewing system, just tell me which columns "
        "to look up) and format it as a proper table.",
        "Convert this crew list into the IMO FAL Form 5 layout.",
        "Sort this crew list by rank seniority and add a column for age at sign-on (1 APR 2025).",
    ][c.i] + "\n\n" + "\n".join(lines))


@T("personal_crewing", "sign_on_email", 3, "en")
def _(c):
    g = ["ph", "ua", "in"][c.i]
    sea, capt, off = c.p(g), c.p("gr", "ua", "cee", "uk"), c.p(g)
    rank = ["2/O", "C/E", "AB"][c.i]
    vessel, port = [("MV Nordic Star", "Singapore"), ("MT Aegean Grace", "Fujairah"),
                    ("MV Bulk Orion", "Paranaguá")][c.i]
    cc = {"ph": "ph", "ua": "ua", "in": "in"}[g]
    return (
        "Please make this email clearer and more professional:\n\n"
        f"Dear Capt. {F(capt)},\n"
        f"Pls note {rank} {N(sea)} will join {vessel} at {port} on {['12th Apr', '3rd May', '27th Mar'][c.i]}. "
        "Flight details to follow.\n"
        f"{'Her' if sea.sex == 'f' else 'His'} mobile {c.phone(cc)}, email {EM(sea, ctx=c)} incase agent need to contact.\n"
        f"Kindly arrange relief of {['2/O', 'C/E', 'AB'][c.i]} {N(c.p(g, 'ro', 'id'))} who is overdue 2 months.\n"
        + (f"Home add for allotment docs: {c.addr('ph').render(oneline=True)}\n" if c.i == 0 else "")
        + "\n"
        f"Best Regards\n{N(off)}\nCrewing Officer\n{c.phone(cc)}")


@T("personal_crewing", "airline_roster", 3, "en")
def _(c):
    base = ["LGW", "DUB", "MAN"][c.i]
    duties = [["LGW-FNC-LGW 06:05-13:40", "OFF", "SBY 04:00-16:00", "LGW-KRK-LGW 14:20-21:05"],
              ["DUB-AGP-DUB 06:30-14:15", "DUB-STN x4 05:50-15:10", "OFF", "ADTY 05:00-09:00"],
              ["MAN-PMI-MAN 05:55-13:20", "MAN-TFS-MAN 07:10-17:45", "OFF", "OFF"]][c.i]
    lines = [f"Base {base} | Mon | Tue | Wed | Thu", "---|---|---|---|---"]
    for k in range(3):
        p = c.p()
        code = (family_key(p)[:3] + given_key(p)[0]).upper()
        role = ["CPT", "FO", "SCCM"][k]
        sh = duties[k:] + duties[:k]
        lines.append(f"{N(p)} ({m('PERSON', code)}) {role} | " + " | ".join(sh))
    return ([
        "Can you spot any FTL problems in this roster extract (EASA ORO.FTL, 2-pilot ops)?",
        "Make this roster readable as a table and flag anyone with less than 12h rest.",
        "Summarise each crew member's week in one line for the crew room screen.",
    ][c.i] + "\n\n" + "\n".join(lines))


@T("personal_crewing", "crewing_taglish", 3, "tl")
def _(c):
    sea, staff = c.p("ph"), c.p("ph")
    sir = "Sir" if sea.sex == "m" else "Ma'am"
    return (
        ["Paki-check po yung grammar nito bago ko i-send sa seafarer:",
         "pwede po paki-formal ng konti 'tong text ko?",
         "Paki-translate po sa English para ma-forward ko rin sa principal:"][c.i] + "\n\n"
        f"Good pm po {sir} {G(sea)}, reminder lang po na yung PEME ninyo ay sa "
        f"{['Friday 7am sa Ermita', 'Monday 6:30am sa Pasay', 'Wed 8am sa Intramuros'][c.i]}. "
        f"Pakidala po ang SIRB {c.seabook('ph')} at passport {c.passport('ph')}, original po. "
        f"Kung may tanong, contact lang po si {N(staff)} sa {c.phone('ph')}. "
        + ["Yung PDOS po ay online na.", "Wag po kalimutan yung yellow card.",
           "Pa-confirm na lang po kung makakapunta kayo."][c.i]
        + (f" Ipapadala po namin yung tickets sa address ninyo, {c.addr('ph').render(oneline=True)}, "
           "tama po ba?" if c.i == 1 else ""))


@T("personal_crewing", "ukr_seafarer", 2, "uk")
def _(c):
    p = c.p("ua")
    a = c.addr("ua")
    d = c.dob()
    return (
        ["Dopomozhit' skladty CV moriaka anhliiskoiu dlia kruinhovoi kompanii v Odesi. Dani:",
         "Perevirte, bud' laska, anketu moriaka pered vidpravkoiu v Marlow Navigation:"][c.i] + "\n\n"
        f"PIB: {N(p)}\nData narodzhennia: {m('DATE_OF_BIRTH', fdob(d, 'dmy.'))}\n"
        + (f"RNOKPP (IPN): {NID(ua_rnokpp(d, sexed('4417', p.sex)))}\n" if c.i == 1 else "")
        + f"Posada: {['Chief Engineer', 'Bosun'][c.i]}\n"
        f"Posvidchennia moriaka: {c.seabook('ua')}\n"
        f"Adresa: {a.render(oneline=True)}\n"
        f"Tel: {c.phone('ua')}, email: {EM(p, ctx=c)}\n"
        f"Dosvid: {['8 rokiv, bulkery ta kontainerovozy (MAN B&W, Wärtsilä)', 'tankery, 5 kontraktiv'][c.i]}"
        + (f"\nRakhunok dlia allotment (IBAN): {c.iban('UA')}" if c.i == 0 else ""))


@T("personal_crewing", "naftiliaki", 2, "el")
def _(c):
    a, b = c.p("gr", "ph", "ua"), c.p("gr", "ph", "ua")
    me = c.p("gr")
    return (
        ["Kalimera, thelo na grapso email ston praktora sto Rotterdam gia allagi pliromatos. Oi "
         "naftikoi pou fevgoun:",
         "Grapse mou ena syntomo minima pros ton ploiarxo gia tin epivivasi:"][c.i] + "\n\n"
        f"1) {N(a)}, {['Ypoploiarxos', 'Michanikos B'][c.i]}, diav. {c.passport(a.grp)}"
        + (f", apo {c.town('gr')}\n" if a.grp == "gr" else "\n")
        + f"2) {N(b)}, {['Naftis', 'Lipantis'][c.i]}, diav. {c.passport(b.grp)}"
        + (f", apo {c.town('gr')}\n" if b.grp == "gr" else "\n")
        + f"Tilefono epikoinonias: {c.phone('gr')} ({G(me)}, grafeio Peiraia)")


@T("personal_crewing", "abk_indonesia", 2, "id")
def _(c):
    rows = []
    for _ in range(2):
        p = c.p("id")
        rows.append(f"- {N(p)}, buku pelaut {c.seabook('id')}, paspor {c.passport('id')}, "
                    f"lahir {c.DOB('dmy-')}, asal {c.town('id')}")
    return (["Tolong rapikan data ABK ini jadi tabel untuk dikirim ke agen di Busan:",
             "Buatkan surat pengantar ke kapal untuk 2 ABK ini, bahasa Inggris formal:"][c.i]
            + "\n\n" + "\n".join(rows))


@T("personal_crewing", "okb_letter", 2, "en")
def _(c):
    p = c.p(["ph", "ua"][c.i])
    vessel = ["MV Nordic Star", "MT Clearwater Spirit"][c.i]
    return (
        f"Draft an 'OK to Board' letter for Qatar Airways check-in staff. Seafarer joining "
        f"{vessel} at {['Rotterdam', 'Houston'][c.i]}:\n"
        f"Name: {N(p, 'upper')}\nRank: {['AB', 'Fitter'][c.i]}\nNationality: {NAT[p.grp].title()}\n"
        f"DOB: {c.DOB('DD MON YYYY')}\nPassport: {c.passport(p.grp)}\n"
        f"Seaman's book: {c.seabook(p.grp)}\n"
        + (f"Home address: {c.addr('ph').render(oneline=True)}\n" if c.i == 0 else "")
        + f"Flights: {['MNL-DOH-AMS QR 933 / QR 273, 14 APR', 'WAW-DOH-IAH QR 206 / QR 713, 2 MAY'][c.i]}")


@T("personal_crewing", "cabin_crew_lower", 2, "en", case="lower")
def _(c):
    p, q = c.p(), c.p()
    her = "her" if p.sex == "f" else "his"
    return [
        f"quick q – {N(p)} from the gatwick base wants to swap {her} 4-sector day on the 14th with "
        f"my standby. is that legal under easa ftl if {'she' if p.sex == 'f' else 'he'} then has an "
        f"early on the 15th? {G(q)} in crewing said ask the rostering team but they never answer",
        f"can u write a msg to {G(p)} {F(p)} saying the crew control team approved {her} leave "
        f"for the 20-27th, and {N(q)} will cover the standby. keep it short lol",
    ][c.i]


# =======================================================================================
# clean_crewing
# =======================================================================================
@T("clean_crewing", "crew_list_template", 3, "en")
def _(c):
    return [
        "Check this crew list template for the Rotterdam agent — are the columns right for IMO "
        "FAL Form 5?\n\nNO,RANK,SURNAME,GIVEN NAMES,NATIONALITY,DOB,PLACE OF BIRTH,PASSPORT NO,"
        "PASSPORT EXPIRY,SIRB/CDC NO\n1,MSTR,[SURNAME],[GIVEN NAMES],[NATIONALITY],[DD MON YYYY],,,,",
        "Sort these ranks by seniority for a bulk carrier crew list: AB, OS, 2/O, C/E, MSTR, "
        "COOK, ETO, C/O, 3/E, OLR, BOSUN, FITTER, MESSMAN.",
        "Make a blank sign-on checklist for the Master: STCW certificates, GMDSS, flag "
        "endorsement (Panama, Liberia, Marshall Islands), PEME, yellow fever, US C1/D visa.",
    ][c.i]


@T("clean_crewing", "mlc_stcw", 3, "en")
def _(c):
    return [
        "Explain the Maritime Labour Convention 2006 rules on maximum time on board (11 months) "
        "and repatriation. Did the Ever Given blockage in the Suez Canal change anything for "
        "crew stuck on board?",
        "Are these rest hours compliant with STCW (Manila Amendments: 10h in any 24, 77h in any 7 "
        "days)?\n\nRANK  D1  D2  D3  D4  D5  D6  D7\nC/O   10  9   11  8   10  12  10\n"
        "2/O   11  11  10  10  9   10  11\nAB    8   10  10  12  11  9   10",
        "What does the ITF do about abandoned crews, and how does the MLC financial security "
        "certificate work?",
    ][c.i]


@T("clean_crewing", "ftl_airline", 3, "en")
def _(c):
    return [
        "Compare EASA ORO.FTL with FAA Part 117 for a 4-sector early duty on an Airbus A320. "
        "Which is stricter on the window of circadian low?",
        "Summarise what Sully Sullenberger said to Congress in 2009 about pilot pay and fatigue, "
        "and whether it influenced Part 117.",
        "Which of these patterns is better for commuting cabin crew? (Ryanair vs easyJet style)\n\n"
        "Pattern | Days on | Days off | Earlies | Lates\nA (5/4) | 5 | 4 | 3 | 2\n"
        "B (5/3/5/4) | 10 | 7 | 5 | 5\nC (4/4) | 4 | 4 | 2 | 2",
    ][c.i]


@T("clean_crewing", "crewing_taglish", 3, "tl")
def _(c):
    return [
        "Ano po ang process sa DMW para sa balik-manggagawa na seafarer? Kailangan pa po ba ng "
        "OWWA membership renewal bago sumakay?",
        "Magkano po usually ang sahod ng AB sa bulk carrier ngayon ayon sa ITF/IBF scale? Tsaka "
        "legit po ba yung Magsaysay Maritime at PTC?",
        "Paki-explain naman po yung MARINA SIRB vs SID (seafarer's identity document). Pareho "
        "lang ba?",
    ][c.i]


@T("clean_crewing", "ukr_crewing", 2, "uk")
def _(c):
    return [
        "Perekladit' anhliiskoiu i zrobit' krasyvo:\n\nVAKANSIIA: Starpom (Chief Officer)\n"
        "Sudno: Bulk carrier 82 000 DWT, prapor Marshallovykh Ostroviv\nKontrakt: 4 +/- 1 mis.\n"
        "Zarplata: 9 500 USD\nVymohy: dyplom STCW II/2, dosvid na bulkerakh vid 12 mis.\n"
        "Kruinh: Marlow Navigation, Odesa",
        "Poiasnit' riznytsiu mizh dyplomom za STCW i posvidchenniam moriaka. Chy mozhna zaraz "
        "vyikhaty v reis cherez Izmail?",
    ][c.i]


@T("clean_crewing", "naftiliaki_q", 2, "el")
def _(c):
    return [
        "Pes mou gia tin istoria ton Ellinon efopliston: Onassis, Niarchos, Angelicoussis. Giati "
        "i Chios kai i Andros vgazoun tosous kapetanious?",
        "Metafrase sta agglika ta stoixeia tou ploiou gia to CV:\n\nPloio: M/T Aegean Grace\n"
        "Typos: Tanker, 115.000 DWT\nSimaia: Malta\nKlasi: Lloyd's Register\n"
        "Diaxeiristria: [ETAIREIA], Peiraias",
    ][c.i]


@T("clean_crewing", "abk_id", 2, "id")
def _(c):
    return [
        "Apa syarat membuat buku pelaut di Kemenhub sekarang? Perlu BST dan sertifikat SCRB juga?",
        "Tolong cek lowongan ini asli atau penipuan:\n\nDIBUTUHKAN SEGERA ABK KAPAL IKAN TAIWAN\n"
        "- Usia 18-35\n- Gaji USD 550/bulan\n- Tanpa biaya, paspor diurus\n"
        "- Hubungi: [nomor WA agen]\n\nAgennya bilang belum punya SIUPPAK.",
    ][c.i]


@T("clean_crewing", "vessel_names", 2, "en")
def _(c):
    return [
        "Why are so many ships named after people — Queen Mary 2, Emma Maersk, MSC Gülsün, "
        "Ever Ace, Madrid Maersk? Is there a naming tradition at Maersk and MSC?",
        "Write a short welcome-aboard note template for new crew joining MV [VESSEL NAME] under "
        "Capt. [MASTER NAME]. Mention the Bibby Line and Wallenius Wilhelmsen style of onboarding.",
    ][c.i]


@T("clean_crewing", "okb_template", 2, "en")
def _(c):
    return [
        "Draft a generic 'OK to Board' letter template for airline check-in: [SEAFARER NAME], "
        "[RANK], [NATIONALITY], [PASSPORT NO], [VESSEL], [PORT OF JOINING], [FLIGHT DETAILS].",
        "Which airlines offer seafarer fares (Emirates, Qatar, KLM)? What documents does check-in "
        "usually want with an OKTB?",
    ][c.i]


@T("clean_crewing", "lower_cabin", 2, "en", case="lower")
def _(c):
    return [
        "is it legal under easa ftl to do 4 sectors after a standby call out at 5am? asking for "
        "ryanair stansted base",
        "whats the difference between a purser, sccm and cabin manager at ba vs virgin",
    ][c.i]


@T("clean_crewing", "caps_notice", 2, "en", case="upper")
def _(c):
    return [
        "Make this notice less shouty but keep it clear:\n\nNOTICE TO ALL CREW. DRILLS: ABANDON "
        "SHIP AND FIRE DRILL SUNDAY 1000 LT. MUSTER STATION B. CHIEF OFFICER TO BRIEF ON SOLAS "
        "CHAPTER III. NO EXCUSES.",
        "Rewrite as a friendly notice:\n\nATTENTION CABIN CREW LGW BASE. NEW UNIFORM FITTING AT "
        "HANGAR 2 NEXT WEEK. BRING YOUR ID. CREW CONTROL WILL NOT CHANGE ROSTERS FOR THIS.",
    ][c.i]


# =======================================================================================
# build and check
# =======================================================================================
FIELDS = ["id", "text", "spans", "source", "class", "template", "locale"]
LANG = {}   # id -> language of the row (for the counts only; not a row field)


def build():
    RNG.seed(SEED)
    USE.clear()
    LANG.clear()
    rows = []
    for t in TEMPLATES:
        TPL_USED.clear()
        for i in range(t["n"]):
            marked = t["fn"](Ctx(i))
            text, spans = unmark(marked, t["case"])
            rid = f"{SET}-{t['cls']}-{t['name']}-{i}"
            LANG[rid] = t["lang"]
            rows.append({"id": rid, "text": text, "spans": spans, "source": SOURCE,
                         "class": t["cls"], "template": t["name"], "locale": ""})
    unused = unused_values(rows)
    assert not unused, f"values typed but never used: {unused}"
    return rows


def unused_values(rows):
    """Typed values that appear in no row's labels (a value drawn but not written counts as unused)."""
    vals = {sp["value"].lower() for r in rows for sp in r["spans"]}
    squeezed = {v.replace(" ", "") for v in vals}
    out = []
    for p in PEOPLE:
        names = {p.full, p.call, p.g, p.f} | {handle(p, st) for st in ("g.f", "gf", "g_f", "gF", "g")}
        if not {x.lower() for x in names if x} & vals:
            out.append(("person", p.full))
    out += [("addr", a.parts["street"]) for a in ADDRS
            if a.parts["street"].lower() not in vals and a.parts["town"].lower() not in vals]
    for kind, pool in (("str", PHONES), ("str", TOWNS), ("str", PASSPORTS), ("str", SEABOOKS)):
        out += [(kind, x) for v in pool.values() for x in v if x.lower() not in vals]
    out += [("str", x) for v in BBANS.values() for x in v
            if not any(y.endswith(x.lower()) for y in squeezed)]
    out += [("str", x) for x in IPS + MAIDEN if x.lower() not in vals]
    # a date of birth may be written only inside an ID that encodes it (PESEL, CNP, AMKA...):
    # dates count as used when drawn (no template draws one without writing it)
    out += [("dob", d) for d in DOBS if USE["D:%d-%d-%d" % d] == 0]
    return out


def _iban_ok(v):
    s = v.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def check(rows):
    ids, texts = set(), set()
    per_tpl = Counter()
    for r in rows:
        assert list(r) == FIELDS, r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["locale"] == "" and r["source"] == SOURCE
        per_tpl[(r["class"], r["template"])] += 1
        last = 0
        for sp in r["spans"]:
            assert set(sp) == {"start", "end", "type", "value"}, r["id"]
            assert sp["type"] in TYPES, (r["id"], sp)
            v = sp["value"]
            assert v and v == v.strip(), (r["id"], sp)
            assert r["text"][sp["start"]:sp["end"]] == v, (r["id"], sp)
            assert sp["start"] >= last, ("overlap or unsorted", r["id"], sp)
            last = sp["end"]
            if sp["type"] == "IBAN_CODE":
                assert _iban_ok(v), v
            if sp["type"] == "CREDIT_CARD":
                assert luhn_ok(v.replace(" ", "")), v
        if r["class"].startswith("clean_"):
            assert not r["spans"], ("spans in a PII-free row", r["id"])
        else:
            assert r["spans"], ("no span in a personal row", r["id"])
    assert len(per_tpl) >= 80, len(per_tpl)
    assert max(per_tpl.values()) <= 5, per_tpl.most_common(3)
    assert len({p.tag for p in PEOPLE}) >= 40
    return True


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def stats(rows):
    out = []
    cls = Counter(r["class"] for r in rows)
    tpl = defaultdict(set)
    for r in rows:
        tpl[r["class"]].add(r["template"])
    personal = sum(1 for r in rows if not r["class"].startswith("clean_"))
    out.append(f"rows {len(rows)}: personal {personal}, PII-free {len(rows) - personal}; "
               f"templates {sum(len(v) for v in tpl.values())}")
    for k in sorted(cls):
        out.append(f"  {k:28s} rows {cls[k]:3d}  templates {len(tpl[k])}")
    spans = Counter(sp["type"] for r in rows for sp in r["spans"])
    out.append("spans " + str(sum(spans.values())) + ": " + ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    lang = Counter(LANG[r["id"]] for r in rows)
    lp = Counter(LANG[r["id"]] for r in rows if not r["class"].startswith("clean_"))
    out.append("languages (rows, of them personal): " + ", ".join(f"{k} {v}/{lp[k]}" for k, v in lang.most_common()))
    non_en = sum(v for k, v in lang.items() if k != "en")
    out.append(f"not English: {non_en} rows ({100 * non_en / len(rows):.0f}%)")
    lower = sum(1 for r in rows if r["text"] == r["text"].lower())
    upper = sum(1 for r in rows if r["text"] == r["text"].upper())
    out.append(f"lower case rows {lower}, capitals rows {upper}")
    lens = [len(r["text"]) for r in rows]
    nl = [r["text"].count("\n") + 1 for r in rows]
    out.append(f"length {min(lens)}-{max(lens)} chars, {min(nl)}-{max(nl)} lines")
    tags = sorted({p.tag for p in PEOPLE})
    out.append(f"people {len(PEOPLE)}, culture tags {len(tags)}")
    return "\n".join(out)


def main():
    rows = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if old == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs from a fresh build")
        return 1
    OUT.write_text(data, encoding="utf-8")
    print(stats(rows))
    print(f"{OUT.name} sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
