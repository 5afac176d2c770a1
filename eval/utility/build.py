#!/usr/bin/env python3
"""utility — hand-written labelled prompts from telecoms, ISPs, energy, water and home-services staff.

Standard library only, deterministic (SEED below). Writes tune.jsonl beside this file.
Every private value (name, street, phone, date of birth, ID body) is typed by hand below;
e-mail local parts are derived from the hand-typed names; check digits of IDs, IBANs and the
card number are computed from hand-typed bodies.

    python3 build.py          # write tune.jsonl, print counts
    python3 build.py --check  # rebuild in memory, compare with the file on disk
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 50_1206
SET = "utility"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "eval/utility/build.py"

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}


def m(t, v):
    return f"⟦{t}|{v}⟧"


def ph_(s):
    """a literal {{placeholder}}"""
    return "{{" + s + "}}"


MARK = re.compile(r"⟦([A-Za-z_]+)\|([^⟧]*)⟧")


def unmark(marked):
    out, spans, pos = [], [], 0
    last = 0
    for mo in MARK.finditer(marked):
        out.append(marked[last:mo.start()])
        pos += mo.start() - last
        t, v = mo.group(1).upper(), mo.group(2)
        spans.append({"start": pos, "end": pos + len(v), "type": t, "value": v})
        out.append(v)
        pos += len(v)
        last = mo.end()
    out.append(marked[last:])
    return "".join(out), spans


# --------------------------------------------------------------------------------------------
# people, typed by hand: given, family, culture, region, sex, order ("GF" or "FG"), extras
# --------------------------------------------------------------------------------------------
NIE_PEOPLE = {"Ousmane Diallo", "Yolanda Mamani Quispe", "Luz Marina Cortés Ospina"}


class Person:
    def __init__(self, given, family, culture, region, sex, order="GF", mail=None, born=None):
        self.given, self.family, self.culture = given, family, culture
        self.region, self.sex, self.order = region, sex, order
        self.mail = mail          # family part for e-mails when the default rule is wrong
        self.born = born          # Italian birthplace (for the codice fiscale)

    @property
    def full(self):
        return f"{self.family} {self.given}" if self.order == "FG" else f"{self.given} {self.family}"

    @property
    def key(self):
        return ("person", self.full)


P_ = Person
PEOPLE = [
    # United Kingdom (customers, staff, landlords, neighbours)
    P_("Declan", "Power", "Irish", "uk", "m"),
    P_("Bill", "Whitlock", "English", "uk", "m"),
    P_("Eileen", "Waters", "English", "uk", "f"),
    P_("Grace", "Mercer", "English", "uk", "f"),
    P_("Rhiannon", "Pritchard", "Welsh", "uk", "f"),
    P_("Gethin", "Llewellyn", "Welsh", "uk", "m"),
    P_("Callum", "MacLeod", "Scottish", "uk", "m"),
    P_("Morag", "Sutherland", "Scottish", "uk", "f"),
    P_("Adebayo", "Ogunleye", "Yoruba", "uk", "m"),
    P_("Chidinma", "Okafor", "Igbo", "uk", "f"),
    P_("Kwame", "Boateng", "Akan", "uk", "m"),
    P_("Hodan", "Warsame", "Somali", "uk", "f"),
    P_("Gurpreet", "Kaur Dhillon", "Punjabi", "uk", "f", mail="dhillon"),
    P_("Imran", "Chaudhry", "Pakistani (Urdu)", "uk", "m"),
    P_("Rezaul", "Karim", "Bangladeshi (Bengali)", "uk", "m"),
    P_("Hetal", "Patel", "Gujarati", "uk", "f"),
    P_("Kavitha", "Sivakumar", "Tamil", "uk", "f"),
    P_("Bartosz", "Wiśniewski", "Polish", "uk", "m"),
    P_("Ionela", "Dragomir", "Romanian", "uk", "f"),
    P_("Rūta", "Kazlauskienė", "Lithuanian", "uk", "f"),
    P_("Sérgio", "Antunes", "Portuguese", "uk", "m"),
    P_("Giuseppina", "Ferraro", "Italian", "uk", "f"),
    P_("Ka-Wai", "Leung", "Hong Kong Cantonese", "uk", "f"),
    P_("Thanh Huong", "Pham", "Vietnamese", "uk", "f", order="FG"),
    P_("Marisol", "Dizon", "Filipino", "uk", "f"),
    P_("Hüseyin", "Mustafa", "Turkish Cypriot", "uk", "m"),
    P_("Andreas", "Georgiou", "Greek Cypriot", "uk", "m"),
    P_("Rebwar", "Hamid", "Kurdish", "uk", "m"),
    P_("Farzaneh", "Rahimi", "Persian", "uk", "f"),
    P_("Ahmad Shah", "Noorzai", "Afghan (Pashto)", "uk", "m"),
    P_("Senait", "Tesfay", "Eritrean (Tigrinya)", "uk", "f"),
    P_("Desislava", "Petrova", "Bulgarian", "uk", "f"),
    P_("Arben", "Hoxha", "Albanian", "uk", "m"),
    P_("Miriam", "Rosenthal", "British Jewish", "uk", "f"),
    P_("Winston", "Bailey", "Jamaican", "uk", "m"),
    P_("Keisha", "Ramdial", "Trinidadian", "uk", "f"),
    P_("Tobias", "Heathcote", "English", "uk", "m"),
    P_("Shannon", "O'Rourke", "Irish", "uk", "f"),
    P_("Mavis", "Appleby", "English", "uk", "f"),
    P_("Robin", "Swift", "English", "uk", "m"),
    P_("Holly", "Marsh", "English", "uk", "f"),
    P_("Tendai", "Moyo", "Shona (Zimbabwean)", "uk", "m"),
    P_("Anand", "Krishnan", "Malayali", "uk", "m"),
    P_("Ahmed", "El-Masry", "Egyptian", "uk", "m"),
    # Ireland
    P_("Siobhán", "Ní Mhurchú", "Irish", "ie", "f"),
    P_("Pádraig", "Ó Súilleabháin", "Irish", "ie", "m"),
    P_("Noreen", "Fitzgerald", "Irish", "ie", "f"),
    # United States
    P_("Lakeisha", "Freeman", "African American", "us", "f"),
    P_("Dustin", "Kowalczyk", "Polish American", "us", "m"),
    P_("Rosa", "Delgado", "Mexican American", "us", "f"),
    P_("Minh", "Tran", "Vietnamese American", "us", "m"),
    P_("Brandon", "Yazzie", "Navajo", "us", "m"),
    P_("Keoni", "Kahananui", "Hawaiian", "us", "m"),
    P_("Shira", "Goldberg", "American Jewish", "us", "f"),
    P_("Tyrell", "Washington", "African American", "us", "m"),
    P_("Megan", "O'Connell", "Irish American", "us", "f"),
    P_("Jun-ho", "Park", "Korean American", "us", "m"),
    P_("Wyatt", "Hensley", "Appalachian", "us", "m"),
    P_("Dawn", "Whitehorse", "Lakota", "us", "f"),
    # Australia
    P_("Bronwyn", "Cartwright", "Australian", "au", "f"),
    P_("Duc Anh", "Nguyen", "Vietnamese Australian", "au", "m"),
    P_("Stavros", "Papadopoulos", "Greek Australian", "au", "m"),
    P_("Jarrah", "Simpson", "Aboriginal Australian", "au", "m"),
    # India
    P_("Lakshmi", "Narayanan", "Tamil", "in", "f"),
    P_("Rohit", "Deshmukh", "Marathi", "in", "m"),
    P_("Biswajit", "Das", "Odia", "in", "m"),
    P_("Anjali", "Mehrotra", "Hindi", "in", "f"),
    # Nigeria
    P_("Emeka", "Nwachukwu", "Igbo", "ng", "m"),
    P_("Aisha", "Bello", "Hausa", "ng", "f"),
    P_("Funmilayo", "Adeyemi", "Yoruba", "ng", "f"),
    # Spain
    P_("María José", "Ruiz Calvo", "Spanish", "es", "f"),
    P_("Montserrat", "Puig i Soler", "Catalan", "es", "f"),
    P_("Xosé Manuel", "Rivas Outeiro", "Galician", "es", "m"),
    P_("Rocío", "Heredia Montoya", "Andalusian", "es", "f"),
    P_("Luz Marina", "Cortés Ospina", "Colombian", "es", "f"),
    P_("Ousmane", "Diallo", "Senegalese (Fula)", "es", "m"),
    P_("Yolanda", "Mamani Quispe", "Bolivian (Aymara)", "es", "f"),
    P_("Nuria", "Gallardo Peña", "Spanish", "es", "f"),
    # Portugal
    P_("Maria do Carmo", "Pinto Lobo", "Portuguese", "pt", "f", mail="lobo"),
    P_("João Pedro", "Valente", "Portuguese", "pt", "m"),
    # Brazil
    P_("Thiago", "Albuquerque", "Brazilian", "br", "m"),
    P_("Francisca das Chagas", "Lima", "Brazilian (Nordeste)", "br", "f"),
    P_("Kauã", "Ferreira", "Brazilian", "br", "m"),
    P_("Luana", "Yamamoto", "Japanese Brazilian", "br", "f"),
    P_("Edivaldo", "Santos", "Brazilian", "br", "m"),
    P_("Jéssica", "Carvalho de Souza", "Brazilian", "br", "f", mail="souza"),
    P_("Raimundo Nonato", "Silva", "Brazilian", "br", "m"),
    P_("Giovanna", "Bertolini", "Italian Brazilian", "br", "f"),
    # Germany, Austria, Switzerland
    P_("Sabine", "Großmann", "German", "de", "f"),
    P_("Jürgen", "Brandt", "German", "de", "m"),
    P_("Mehmet", "Öztürk", "Turkish German", "de", "m"),
    P_("Lena", "Vogel", "German", "de", "f"),
    P_("Anja", "Licht", "German", "de", "f"),
    P_("Hannelore", "Bäumer", "German", "de", "f"),
    P_("Torsten", "Weiß", "German", "de", "m"),
    P_("Swetlana", "Becker", "Russian German", "de", "f"),
    P_("Kai-Uwe", "Hinrichsen", "North Frisian", "de", "m"),
    P_("Florian", "Gruber", "Austrian", "de", "m"),
    P_("Reto", "Brunner", "Swiss German", "de", "m"),
    # France, Québec
    P_("Géraldine", "Marchal", "French", "fr", "f"),
    P_("Kévin", "Lefort", "French", "fr", "m"),
    P_("Aïcha", "Benali", "Algerian French", "fr", "f"),
    P_("Jean-Baptiste", "Le Goff", "Breton", "fr", "m"),
    P_("Thérèse", "Vautrin", "French", "fr", "f"),
    P_("Mamadou", "Koné", "Malian", "fr", "m"),
    P_("Hélène", "Roux-Delaunay", "French", "fr", "f"),
    P_("Vinh", "Lâm", "Vietnamese French", "fr", "m"),
    P_("Marie-Ève", "Tremblay", "Québécois", "fr", "f"),
    # Italy
    P_("Salvatore", "Esposito", "Neapolitan", "it", "m", born="Napoli"),
    P_("Chiara", "Colombo", "Italian (Lombard)", "it", "f", born="Milano"),
    P_("Gianluca", "Ferri", "Italian", "it", "m", born="Bologna"),
    P_("Marco", "Luce", "Italian", "it", "m", born="Roma"),
    P_("Rosaria", "Lo Iacono", "Sicilian", "it", "f", born="Palermo"),
    P_("Efisio", "Pinna", "Sardinian", "it", "m", born="Cagliari"),
    P_("Elena", "Rinaldi", "Italian (Piedmontese)", "it", "f", born="Torino"),
    P_("Bledar", "Kola", "Albanian Italian", "it", "m", born="Bologna"),
    # Netherlands, Flanders
    P_("Sanne", "de Vries", "Dutch", "nl", "f"),
    P_("Joost", "van den Berg", "Dutch", "nl", "m"),
    P_("Anouk", "Bakker", "Dutch", "nl", "f"),
    P_("Ravi", "Ramdin", "Surinamese Hindustani", "nl", "m"),
    P_("Fatima", "El Khattabi", "Moroccan Dutch", "nl", "f"),
    P_("Wouter", "Hoekstra", "Frisian", "nl", "m"),
    P_("Lieselot", "Vermeulen", "Flemish", "nl", "f"),
    # Poland
    P_("Agnieszka", "Wróbel", "Polish", "pl", "f"),
    P_("Krzysztof", "Zając", "Polish", "pl", "m"),
    P_("Małgorzata", "Dąbrowska", "Polish", "pl", "f"),
    P_("Łukasz", "Pietrzak", "Polish", "pl", "m"),
    P_("Halina", "Kowalczyk", "Polish", "pl", "f"),
    # Türkiye
    P_("Su", "Yıldırım", "Turkish", "tr", "f"),
    P_("Emre", "Çelik", "Turkish", "tr", "m"),
    P_("Zeynep", "Karaca", "Turkish", "tr", "f"),
    P_("Berfin", "Tekin", "Kurdish", "tr", "f"),
    P_("Hacer", "Aydoğan", "Turkish", "tr", "f"),
    # Romania, Moldova
    P_("Florentina", "Bălan", "Romanian", "ro", "f"),
    P_("Maricica", "Rusu", "Moldovan", "ro", "f"),
    # Sweden
    P_("Linnéa", "Åström", "Swedish", "se", "f"),
    P_("Mikael", "Bergqvist", "Swedish", "se", "m"),
    P_("Aino", "Mäkinen", "Sweden Finnish", "se", "f"),
    P_("Máret", "Nutti", "Sámi", "se", "f"),
    P_("Niklas", "Lindqvist", "Swedish", "se", "m"),
    # Philippines
    P_("Maricel", "Dela Cruz", "Filipino (Tagalog)", "ph", "f"),
    P_("Rowena", "Macaraeg", "Ilocano", "ph", "f"),
    P_("Ligaya", "Santos", "Filipino (Tagalog)", "ph", "f"),
    P_("Bong", "Reyes", "Filipino (Tagalog)", "ph", "m"),
    # Vietnam (surname first)
    P_("Thị Thu Trang", "Nguyễn", "Vietnamese", "vn", "f", order="FG"),
    P_("Văn Phúc", "Lê", "Vietnamese", "vn", "m", order="FG"),
    P_("Minh Khôi", "Đỗ", "Vietnamese", "vn", "m", order="FG"),
    # Czechia
    P_("Zdeňka", "Horáková", "Czech", "cz", "f"),
    P_("Jiřina", "Procházková", "Czech", "cz", "f"),
    # Hungary (surname first)
    P_("Bence", "Kiss", "Hungarian", "hu", "m", order="FG"),
    P_("Tímea", "Oláh", "Hungarian (Romani)", "hu", "f", order="FG"),
    # Lebanon, Morocco
    P_("Rami", "Haddad", "Lebanese", "lb", "m"),
    P_("Georges", "Abou Jaoudé", "Lebanese", "lb", "m"),
    P_("Youssef", "Benjelloun", "Moroccan", "ma", "m"),
    P_("Hamza", "El Idrissi", "Moroccan", "ma", "m"),
]

# --------------------------------------------------------------------------------------------
# addresses, typed by hand: «k:value» is a labelled part (s street, f flat/unit, b building,
# d district/village, t town, p postcode, r region); lines split on "\n"
# --------------------------------------------------------------------------------------------
ADDR = {
    "uk": [
        "«f:Flat 3B», «b:Calder Court»\n«s:17 Bridge Gate»\n«t:Hebden Bridge»\n«p:HX7 8EX»",
        "«s:42 Tanyard Lane»\n«t:Steyning»\n«r:West Sussex»\n«p:BN44 3RJ»",
        "«s:9 Ashgrove Terrace»\n«t:Todmorden»\n«p:OL14 5DQ»",
        "«f:Flat 12», «b:Linden House»\n«s:88 Ferry Road»\n«t:Edinburgh»\n«p:EH6 4AE»",
        "«s:4 Heol y Felin»\n«t:Llandeilo»\n«p:SA19 6BU»",
        "«b:Tyddyn Bach»\n«d:Llanfihangel-y-Creuddyn»\n«t:Aberystwyth»\n«p:SY23 4LA»",
        "«s:116 Stoney Stanton Road»\n«t:Coventry»\n«p:CV1 4FS»",
        "«f:Flat 5», «s:210 Kingsland Road»\n«t:London»\n«p:E2 8AX»",
        "«b:2 Ridgeway Cottages»\n«d:Lower Slaughter»\n«t:Cheltenham»\n«p:GL54 2HR»",
        "«s:58 Glebe Street»\n«t:Penarth»\n«p:CF64 1EF»",
        "«s:14 Balmoral Avenue»\n«t:Belfast»\n«p:BT9 6NZ»",
        "«s:73 Alum Rock Road»\n«d:Saltley»\n«t:Birmingham»\n«p:B8 1JA»",
        "«f:Flat 2/1», «s:14 Dixon Avenue»\n«t:Glasgow»\n«p:G42 8EF»",
        "«s:6 Whinbrae»\n«t:Cullen»\n«p:AB56 4RF»",
        "«s:19 Chapel Hill»\n«t:St Agnes»\n«p:TR5 0TB»",
        "«f:Apt 14», «b:Burton Place»\n«s:5 Dock Street»\n«t:Hull»\n«p:HU1 3DL»",
        "«s:45 Lansdowne Crescent»\n«t:Leamington Spa»\n«p:CV32 4PR»",
        "«s:8 Heathfield Close»\n«t:Keynsham»\n«p:BS31 1HR»",
        "«s:3 The Paddocks»\n«d:Swaffham Bulbeck»\n«t:Cambridge»\n«p:CB25 0NL»",
        "«s:121A Cherry Lane»\n«t:Liverpool»\n«p:L4 8SA»",
        "«f:Flat 7», «s:40 High Street»\n«t:Slough»\n«p:SL1 1EL»",
        "«s:11 Pen y Bryn»\n«t:Bethesda»\n«p:LL57 3PD»",
        "«b:Rose Cottage», «s:Church Lane»\n«d:Hemsby»\n«t:Great Yarmouth»\n«p:NR29 4EP»",
        "«s:27 Brunel Road»\n«t:Swindon»\n«p:SN2 2AQ»",
        "«s:62 Nightingale Road»\n«t:Derby»\n«p:DE24 8BE»",
        "«f:Flat 9», «b:Mandela House»\n«s:31 Cowley Road»\n«t:Oxford»\n«p:OX4 1HP»",
        "«s:5 Harbour View»\n«t:Stromness»\n«r:Orkney»\n«p:KW16 3BQ»",
        "«s:230 Green Lane»\n«d:Palmers Green»\n«t:London»\n«p:N13 5UR»",
        "«s:17 Beech Grove»\n«t:Harrogate»\n«p:HG2 0ET»",
        "«s:94 Whitworth Road»\n«t:Rochdale»\n«p:OL12 6EH»",
        "«b:Ty'n Llidiart»\n«d:Cwm Cewydd»\n«t:Dinas Mawddwy»\n«p:SY20 9ES»",
        "«f:Flat 1», «s:8 Clarendon Street»\n«t:Leicester»\n«p:LE2 7FJ»",
    ],
    "ie": [
        "«b:Ardnagreevagh»\n«d:Renvyle»\n«r:Co. Galway»\n«p:H91 X2K7»",
        "«b:Cluain Mhuire»\n«t:Ballyvourney»\n«r:Co. Cork»\n«p:P12 W8T4»",
        "«s:6 Marian Terrace»\n«t:Kiltimagh»\n«r:Co. Mayo»\n«p:F12 Y3E9»",
    ],
    "us": [
        "«s:1184 Cherry Ridge Rd», «f:Apt 3»\n«t:Morgantown», «r:WV» «p:26505»",
        "«s:27 Oak Knoll Dr»\n«t:Flagstaff», «r:AZ» «p:86001»",
        "«s:4417 N Kedzie Ave», «f:Apt 2F»\n«t:Chicago», «r:IL» «p:60625»",
        "«s:RR 2 Box 114»\n«t:Hinton», «r:WV» «p:25951»",
        "«s:92-1088 Palahia St»\n«t:Kapolei», «r:HI» «p:96707»",
        "«s:315 W 4th St», «f:Apt 5B»\n«t:Duluth», «r:MN» «p:55806»",
        "«s:6620 Ferncliff Ln»\n«t:Knoxville», «r:TN» «p:37918»",
        "«s:1419 Mt Rushmore Rd»\n«t:Rapid City», «r:SD» «p:57701»",
    ],
    "au": [
        "«f:Unit 4», «s:22 Moor St»\n«t:Fitzroy» «r:VIC» «p:3065»",
        "«s:17 Banksia Cres»\n«t:Dubbo» «r:NSW» «p:2830»",
    ],
    "in": [
        "«f:Flat 302», «b:Sai Krupa Residency»\n«s:4th Cross, HSR Layout»\n«t:Bengaluru» «p:560102»",
        "«s:Plot 57, Sector 21»\n«d:Kharghar»\n«t:Navi Mumbai» «p:410210»",
    ],
    "ng": [
        "«s:Plot 27, Obafemi Awolowo Way»\n«t:Ikeja», «r:Lagos»",
        "«f:Flat 6», «b:Block C, Abesan Estate»\n«d:Ipaja»\n«t:Lagos»",
        "«s:5 Ogbunike Close»\n«t:Awka», «r:Anambra State»",
    ],
    "es": [
        "«s:C/ de la Cava Baja, 14», «f:3º B»\n«p:28005» «t:Madrid»",
        "«s:Avda. de Zumalakarregi, 22», «f:4º izda.»\n«p:20008» «t:Donostia»",
        "«s:C/ de Sant Pere Més Alt, 31», «f:2n 1a»\n«p:08003» «t:Barcelona»",
        "«s:C/ Doctor Fleming, 8», «f:5º D»\n«p:46021» «t:Valencia»",
    ],
    "pt": [
        "«s:Rua do Almada, 412», «f:3.º Esq.»\n«p:4050-032» «t:Porto»",
        "«s:Rua Cândido dos Reis, 88», «f:2.º Dto.»\n«p:2400-114» «t:Leiria»",
    ],
    "br": [
        "«s:Rua Padre Anchieta, 1120», «f:apto 42»\n«d:Bigorrilho», «t:Curitiba» - «r:PR»\nCEP «p:80730-000»",
        "«s:Av. Sete de Setembro, 455», «f:casa 2»\n«d:Barra», «t:Salvador» - «r:BA»\nCEP «p:40140-110»",
        "«s:Rua Capitão Rosendo, 77»\n«d:Vila Mariana», «t:São Paulo» - «r:SP»\nCEP «p:04120-060»",
        "«b:Sítio Boa Esperança», Zona Rural\n«t:Quixadá» - «r:CE»\nCEP «p:63900-000»",
        "«s:Rua Tenente Silveira, 301», «f:apto 804»\n«d:Centro», «t:Florianópolis» - «r:SC»\nCEP «p:88010-301»",
        "«s:Rua Dom Pedro II, 64»\n«d:Boa Vista», «t:Recife» - «r:PE»\nCEP «p:50050-220»",
    ],
    "de": [
        "«s:Kastanienallee 41», «f:2. OG links»\n«p:10435» «t:Berlin»",
        "«s:Hohe Straße 18»\n«p:01069» «t:Dresden»",
        "«s:Tulpenstraße 9»\n«p:72072» «t:Tübingen»",
        "«s:Brüder-Grimm-Platz 2»\n«p:34117» «t:Kassel»",
        "«s:Oberdorf 12»\n«p:87561» «t:Oberstdorf»",
        "«s:Auf dem Kamp 7»\n«p:48653» «t:Coesfeld»",
        "«s:Mühlenstraße 23»\n«p:25813» «t:Husum»",
        "«s:Hauptplatz 4/2/11»\n«p:4020» «t:Linz»",
        "«s:Bahnhofstrasse 17»\n«p:3800» «t:Interlaken»",
    ],
    "fr": [
        "«s:3 impasse des Lilas»\n«p:29900» «t:Concarneau»",
        "«s:Lieu-dit Les Granges»\n«p:24250» «t:Domme»",
        "«s:58 boulevard Victor Hugo»\n«p:06000» «t:Nice»",
        "«b:Résidence Les Cèdres», «f:esc. 2, apt 41»\n«s:9 allée des Peupliers»\n«p:69100» «t:Villeurbanne»",
        "«s:22 rue Pasteur»\n«p:59000» «t:Lille»",
        "«s:7 chemin des Vignes»\n«p:71100» «t:Chalon-sur-Saône»",
    ],
    "it": [
        "«s:Via Saragozza 112»\n«p:40135» «t:Bologna» («r:BO»)",
        "«s:Vico Lungo San Matteo 6»\n«p:80132» «t:Napoli» («r:NA»)",
        "«s:Via Vittorio Emanuele 23», «f:scala B, int. 7»\n«p:90133» «t:Palermo» («r:PA»)",
        "«s:Località Is Corrias»\n«p:09033» «t:Decimomannu» («r:CA»)",
        "«s:Via Padova 48»\n«p:20127» «t:Milano» («r:MI»)",
        "«s:Corso Giulio Cesare 201»\n«p:10155» «t:Torino» («r:TO»)",
    ],
    "nl": [
        "«s:Oosterstraat 12A»\n«p:9711 NS» «t:Groningen»",
        "«s:Kerkpad 4»\n«p:9251 GE» «t:Burgum»",
        "«s:Mathenesserweg 77b»\n«p:3027 HG» «t:Rotterdam»",
        "«s:Kerkstraat 23 bus 4»\n«p:9000» «t:Gent»",
        "«s:Van Speijkstraat 110»\n«p:2518 GD» «t:Den Haag»",
    ],
    "pl": [
        "«s:ul. Mariacka 7 m. 4»\n«p:80-833» «t:Gdańsk»",
        "«s:os. Słoneczne 5/41»\n«p:31-956» «t:Kraków»",
        "«s:Zawada 42»\n«p:33-300» «t:Nowy Sącz»",
        "«s:ul. Piotrkowska 151 m. 9»\n«p:90-440» «t:Łódź»",
    ],
    "tr": [
        "«d:Caferağa Mah.» «s:Moda Cad. No:45 D:7»\n«p:34710» «t:Kadıköy»/«r:İstanbul»",
        "«d:Atatürk Mah.» «s:1203 Sok. No:8 Daire:3»\n«t:Bornova»/«r:İzmir»",
        "«d:Yeni Mah.» «s:Çınar Sok. No:3»\n«t:Tarsus»/«r:Mersin»",
    ],
    "ro": [
        "«s:Str. Horea nr. 14», «f:bl. C3, sc. 2, ap. 18»\n«p:400174» «t:Cluj-Napoca», «r:jud. Cluj»",
        "«s:Sat Vama Buzăului nr. 212»\n«t:com. Vama Buzăului», «r:jud. Brașov»",
    ],
    "se": [
        "«s:Övre Husargatan 21», «f:lgh 1203»\n«p:413 14» «t:Göteborg»",
        "«s:Storgatan 8B»\n«p:972 38» «t:Luleå»",
        "«s:Lillgården 4»\n«p:793 92» «t:Leksand»",
        "«s:Norra Vallgatan 30», «f:lgh 1101»\n«p:211 25» «t:Malmö»",
        "«s:Skolvägen 11»\n«p:981 31» «t:Kiruna»",
    ],
    "cz": [
        "«s:Nádražní 412»\n«p:675 31» «t:Jemnice»",
        "«s:Masarykova 27»\n«p:602 00» «t:Brno»",
    ],
    "hu": [
        "«p:1067» «t:Budapest», «s:Teréz krt. 22.» «f:III/14.»",
        "«p:6720» «t:Szeged», «s:Kárász utca 9.» «f:fsz. 2.»",
    ],
    "ph": [
        "«s:Blk 12 Lot 7, Phase 3»\n«d:Brgy. San Isidro»\n«t:Cainta», «r:Rizal»",
        "«s:45 Sampaguita St.»\n«d:Brgy. Pasong Tamo»\n«t:Quezon City»",
        "«s:Purok 3»\n«d:Brgy. Poblacion»\n«t:Bauang», «r:La Union»",
        "«s:2187 Int. 5 Tayuman St.»\n«d:Tondo»\n«t:Manila»",
    ],
    "vn": [
        "«s:27/4 Lê Văn Sỹ»\n«d:Phường 13, Quận 3»\n«t:TP. Hồ Chí Minh»",
        "«s:Tổ 5, thôn Phú Thượng»\n«d:xã Phú Vang»\n«r:Thừa Thiên Huế»",
    ],
    "ma": [
        "«b:Résidence Al Amal, Imm 4, Appt 9»\n«d:Maârif»\n«t:Casablanca»",
        "«s:Derb Sidi Bouloukat, N° 7»\n«d:Médina»\n«t:Marrakech»",
    ],
}

PHONES = {
    "uk": ["07823 441906", "07954 118327", "07412 660 385", "07389 024417", "07700 183552",
           "07588 213 904", "07931 776 240", "07467 309112", "07845 552 018", "07519 448 763",
           "07306 128894", "07774 615 201", "01422 843216", "01903 812447", "0131 554 2098",
           "01558 823410", "024 7622 5187", "0121 327 4480", "0141 423 5566", "01970 880314",
           "020 7739 4418", "029 2070 3391", "07908 331 657", "07402 985 116", "07362 440 218",
           "01482 225 913", "01865 247 630", "07711 094 385"],
    "ie": ["087 214 5590", "086 301 7782", "095 43218"],
    "us": ["(304) 291-7745", "928-773-0142", "(773) 588-2096", "(304) 466-1183", "808-672-4419",
           "(218) 724-3067", "865.688.2214", "(605) 341-7752"],
    "au": ["(03) 9417 2280", "0438 112 657", "(02) 6882 4419"],
    "in": ["98450 22317", "99201 48530"],
    "ng": ["0803 512 4478", "0706 233 9015", "0812 448 0367"],
    "es": ["91 365 40 22", "634 901 772", "699 31 28 45",
           "943 42 17 08", "722 55 10 39"],
    "pt": ["912 447 358", "226 094 213"],
    "br": ["(41) 99823-4417", "(71) 98704-1290", "(11) 97452-3308"],
    "de": ["030 44739218", "0160 92231748", "04351 71244",
           "0176 55201938", "069 28 41 77"],
    "fr": ["06 48 21 93 57", "03 88 32 14 70", "07 81 44 20 96", "06 12 77 49 03",
           "04 78 85 31 62"],
    "it": ["347 218 9043", "051 644 2187", "081 552 3419"],
    "nl": ["06-41827395", "050 312 7745", "06 2855 1903", "010-4761288"],
    "pl": ["601 233 418", "512 778 904", "+48 698 114 205", "18 201 44 97", "728 390 611"],
    "tr": ["0532 417 82 09", "0216 345 22 17", "0543 908 16 74", "0505 221 43 88"],
    "ro": ["0744 518 203", "0264 431 992"],
    "se": ["070-412 88 31", "0248-120 77"],
    "cz": ["603 218 447", "+420 731 556 208"],
    "hu": ["+36 20 915 3364", "06 1 331 2094"],
    "ph": ["0917 845 2231", "0928 551 0374", "(02) 8921 4406", "0966 217 8840"],
    "vn": ["0983 417 265", "0912 604 738"],
    "ma": ["06 61 23 48 90", "0522 98 41 07"],
    "lb": ["71 902 334", "76 550 918"],
}

DOMAINS = {
    "uk": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "icloud.com", "sky.com"],
    "ie": ["eircom.net", "gmail.com"], "us": ["gmail.com", "yahoo.com", "comcast.net", "aol.com"],
    "au": ["bigpond.com", "optusnet.com.au"], "in": ["gmail.com", "rediffmail.com"],
    "ng": ["yahoo.com", "gmail.com"], "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt": ["sapo.pt", "gmail.com"], "br": ["uol.com.br", "bol.com.br", "gmail.com", "terra.com.br"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "telenet.be"], "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "tr": ["hotmail.com", "gmail.com", "yandex.com"], "ro": ["yahoo.ro", "gmail.com"],
    "se": ["telia.com", "hotmail.se", "bredband.net"], "cz": ["seznam.cz", "centrum.cz", "email.cz"],
    "hu": ["freemail.hu", "citromail.hu"], "ph": ["yahoo.com.ph", "gmail.com"],
    "vn": ["gmail.com", "yahoo.com.vn"], "ma": ["menara.ma", "hotmail.fr"], "lb": ["hotmail.com", "idm.net.lb"],
}

# dates of birth, typed by hand (year, month, day)
DOBS = [(1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22), (1947, 12, 2),
        (1958, 6, 30), (1971, 1, 19), (1983, 7, 27), (1995, 4, 11), (1939, 10, 5), (1968, 2, 29),
        (1975, 8, 16), (1990, 12, 24), (1986, 5, 9), (1952, 3, 1), (1999, 9, 13), (1962, 11, 21),
        (1944, 7, 4), (1997, 6, 18), (1980, 10, 31), (1973, 4, 2), (1956, 8, 25), (2003, 1, 7),
        (1969, 12, 12), (1984, 2, 6), (1949, 5, 28), (1993, 9, 3)]

IPS = ["86.142.77.19", "73.189.40.226", "2601:284:8300:4c10::1a", "81.108.231.54",
       "91.64.118.203", "24.117.9.88"]
SSNS = ["412-68-3391", "529-04-7718", "233-91-4406", "318-55-2074", "604-27-1985", "271-40-8863"]
MRNS = ["RX1 4417208", "K0481736", "MRN 20-118-4637", "H93 552 017"]
# bodies typed by hand; check digits computed below
NHS_BODIES = ["485777302", "943476591", "710294466", "612884053"]
CARD_BODIES = ["465858402217113", "539912047736182", "492910883301456"]
DNI_BODIES = ["48273915", "72104836", "15963274", "30418857", "52671093", "09384721"]
NIE_BODIES = ["X4719302", "Y2083561", "Y7330148"]
TCK_BODIES = ["318540726", "205877413", "412096385", "167304928", "538201746"]
CPF_BODIES = ["318472905", "072664391", "415930287", "236018574", "581407362"]
NIF_BODIES = ["21847365", "18830421", "24590713"]
IBAN_BODIES = {  # country: national account bodies (check digits inside them computed where needed)
    "DE": ["370400440412778520", "500105175409312847", "760300800932118640", "430609671183204400"],
    "ES": [("2100", "0418", "0201234567"), ("0049", "1500", "0512387694"), ("2085", "9703", "0330419826"),
           ("0182", "4071", "0208815532")],
    "FR": [("30004", "00823", "00012449301"), ("20041", "01005", "0558211A027"), ("10278", "06081", "00021870145")],
    "NL": ["INGB0006842159", "RABO0318227740", "ABNA0591124863", "SNSB0912846631"],
    "PT": ["00350651000284193810", "00330000452170988170", "00070034000912837410"],
    "IT": [("03069", "02477", "100000004211"), ("02008", "11701", "000104418823")],
}
BICS = {"37040044": "COBADEFFXXX", "50010517": "INGDDEFFXXX", "76030080": "CSDBDE71XXX",
        "43060967": "GENODEM1GLS"}
PNR_SERIALS = ["382", "114", "927", "506", "243"]
PESEL_SERIALS = ["041", "128", "305", "217", "096"]
CNP_SERIALS = ["041", "207", "118"]

ITALY_CODES = {"Bologna": "A944", "Napoli": "F839", "Palermo": "G273", "Milano": "F205",
               "Cagliari": "B354", "Torino": "L219", "Roma": "H501"}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


# --------------------------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------------------------
def iban(country, bban):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00").upper())
    check = 98 - int(num) % 97
    return f"{country}{check:02d}{bban}"


def es_dc(digits10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(digits10, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def fr_rib_key(bank, guichet, compte):
    conv = {c: str(v) for c, v in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                      "12345678912345678923456789")}
    compte_n = "".join(conv.get(c, c) for c in compte)
    return 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(compte_n)) % 97)


CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                     [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10,
                      22, 25, 24, 23]))}
CF_EVEN = {**{str(i): i for i in range(10)}, **{c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}}


def cf_check(s15):
    total = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s15))
    return chr(ord("A") + total % 26)


def it_iban(abi, cab, conto):
    # CIN: same odd/even tables as the codice fiscale, over ABI+CAB+conto
    s = abi + cab + conto
    total = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    cin = chr(ord("A") + total % 26)
    return iban("IT", cin + s)


def fold(s):
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("đ", "d"), ("Đ", "D"),
                 ("ı", "i"), ("æ", "ae"), ("œ", "oe"), ("İ", "I")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def letters(s):
    return re.sub(r"[^A-Z]", "", fold(s).upper())


def codice_fiscale(p, d):
    def part(word, given):
        cons = [c for c in letters(word) if c not in "AEIOU"]
        vows = [c for c in letters(word) if c in "AEIOU"]
        if given and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]
    y, mo, da = d
    day = da + (40 if p.sex == "f" else 0)
    s = (part(p.family, False) + part(p.given, True) + f"{y % 100:02d}" + "ABCDEHLMPRST"[mo - 1]
         + f"{day:02d}" + ITALY_CODES[p.born])
    return s + cf_check(s)


def pesel(d, serial, sex):
    y, mo, da = d
    mm = mo + (20 if y >= 2000 else 0)
    sexd = {"f": "4", "m": "7"}[sex]
    body = f"{y % 100:02d}{mm:02d}{da:02d}{serial}{sexd}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)


def tckimlik(body9):
    d = [int(c) for c in body9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return body9 + str(d10) + str(d11)


def cnp(d, sex, county, serial):
    y, mo, da = d
    s = {("m", False): "1", ("f", False): "2", ("m", True): "5", ("f", True): "6"}[(sex, y >= 2000)]
    body = f"{s}{y % 100:02d}{mo:02d}{da:02d}{county}{serial}"
    r = sum(int(a) * int(b) for a, b in zip(body, "279146358279")) % 11
    return body + ("1" if r == 10 else str(r))


def personnummer(d, serial, sex):
    y, mo, da = d
    # the serial's last digit is odd for men, even for women
    last = int(serial[2])
    if (sex == "m") != (last % 2 == 1):
        serial = serial[:2] + str((last + 1) % 10)
    body = f"{y % 100:02d}{mo:02d}{da:02d}{serial}"
    return f"{y:04d}{mo:02d}{da:02d}-{serial}{_luhn10(body)}"


def _luhn10(body9):
    total = 0
    for i, ch in enumerate(body9):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def cpf(body9):
    d = [int(c) for c in body9]
    s1 = sum(v * w for v, w in zip(d, range(10, 1, -1)))
    c1 = 0 if s1 % 11 < 2 else 11 - s1 % 11
    d.append(c1)
    s2 = sum(v * w for v, w in zip(d, range(11, 1, -1)))
    c2 = 0 if s2 % 11 < 2 else 11 - s2 % 11
    b = body9
    return f"{b[:3]}.{b[3:6]}.{b[6:]}-{c1}{c2}"


def nif_pt(body8):
    s = sum(int(c) * w for c, w in zip(body8, range(9, 1, -1)))
    c = 11 - s % 11
    return body8 + str(0 if c >= 10 else c)


def dni(body8):
    return body8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body8) % 23]


def nie(body):
    n = {"X": "0", "Y": "1", "Z": "2"}[body[0]] + body[1:]
    return body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def nhs(body9):
    s = sum(int(c) * w for c, w in zip(body9, range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10, body9
    n = body9 + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def build_ibans():
    out = {}
    out["DE"] = [iban("DE", b) for b in IBAN_BODIES["DE"]]
    es = []
    for bank, branch, acct in IBAN_BODIES["ES"]:
        dc = f"{es_dc('00' + bank + branch)}{es_dc(acct)}"
        es.append(iban("ES", bank + branch + dc + acct))
    out["ES"] = es
    fr = []
    for bank, gui, acct in IBAN_BODIES["FR"]:
        fr.append(iban("FR", f"{bank}{gui}{acct}{fr_rib_key(bank, gui, acct):02d}"))
    out["FR"] = fr
    out["NL"] = [iban("NL", b) for b in IBAN_BODIES["NL"]]
    pt = []
    for b in IBAN_BODIES["PT"]:
        b19 = b[:19]
        pt.append(iban("PT", b19 + f"{98 - int(b19 + '00') % 97:02d}"))
    out["PT"] = pt
    out["IT"] = [it_iban(*t) for t in IBAN_BODIES["IT"]]
    return out


IBANS = build_ibans()


# --------------------------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------------------------
PART = re.compile(r"«([a-z]):([^»]*)»")


class Addr:
    def __init__(self, region, raw):
        self.region, self.raw = region, raw
        self.parts = {}
        for mo in PART.finditer(raw):
            self.parts.setdefault(mo.group(1), mo.group(2))
        self.key = ("addr", raw)

    def _mark(self, s):
        return PART.sub(lambda mo: m("LOCATION", mo.group(2)), s)

    def block(self, indent=""):
        return "\n".join(indent + self._mark(line) for line in self.raw.split("\n"))

    def line(self, sep=", "):
        return sep.join(self._mark(line) for line in self.raw.split("\n"))

    def has(self, k):
        return k in self.parts

    def __getattr__(self, k):
        if len(k) == 1:
            if k in self.parts:
                return m("LOCATION", self.parts[k])
            return ""
        raise AttributeError(k)

    def v(self, k):
        return self.parts.get(k, "")

    def first(self):
        """the first labelled line: flat+building or street"""
        return self._mark(self.raw.split("\n")[0])

    def fs(self):
        """flat, street (what fits in one CSV cell)"""
        return ", ".join(x for x in (self.f, self.b, self.s) if x)


ADDRS = {r: [Addr(r, a) for a in lst] for r, lst in ADDR.items()}


# --------------------------------------------------------------------------------------------
# drawing values: least used first, ties broken by the seeded RNG, never twice in one row
# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, usage, tname, state):
        self.rng, self.usage, self.tname, self.state = rng, usage, tname, state
        self.row = set()

    def _draw(self, items, keyf=lambda x: x.key, avoid=()):
        """least used first; an item already used by this template counts as 10 more uses;
        items in `avoid` (addresses that are someone else's home) only when nothing else is left"""
        cands = [x for x in items if keyf(x) not in self.row]
        assert cands, (self.tname, "pool exhausted")
        free = [x for x in cands if keyf(x) not in avoid]
        cands = free or cands

        def score(x):
            return self.usage[keyf(x)] + 10 * self.usage[("tmpl", self.tname, keyf(x))]

        low = min(score(x) for x in cands)
        x = self.rng.choice([x for x in cands if score(x) == low])
        self.usage[keyf(x)] += 1
        self.usage[("tmpl", self.tname, keyf(x))] += 1
        self.row.add(keyf(x))
        return x

    def _per_person(self, kind, p, make):
        k = (kind, p.full)
        if k not in self.state:
            self.state[k] = make()
        return self.state[k]

    # people
    def P(self, *regions, sex=None, who=None):
        pool = [p for p in PEOPLE if p.region in regions and (sex is None or p.sex == sex)
                and (who is None or p.full in who)]
        return self._draw(pool)

    def home(self, p, region):
        """the person's home: the same address every time the person is written with one"""
        k = ("home", p.full)
        if k not in self.state:
            owned = {v.key for kk, v in self.state.items() if kk[0] == "home"}
            self.state[k] = self._draw(ADDRS[region], avoid=owned)
        else:
            a = self.state[k]
            self.usage[a.key] += 1
            self.row.add(a.key)
        return self.state[k]

    def n(self, p):
        return m("PERSON", p.full)

    def g(self, p):
        return m("PERSON", p.given)

    def f(self, p):
        return m("PERSON", p.family)

    def FG(self, p, upper=True):
        fam = p.family.upper() if upper else p.family
        return m("PERSON", f"{fam} {p.given}")

    def FcG(self, p):
        return f"{m('PERSON', p.family)}, {m('PERSON', p.given)}"

    def ini(self, p):
        return m("PERSON", f"{p.given[0]}. {p.family}")

    def mix(self, given_of, family_of):
        return m("PERSON", f"{given_of.given} {family_of.family}")

    # contact
    def e(self, p):
        return m("EMAIL_ADDRESS", self._per_person("email", p, lambda: self._email(p)))

    def _email(self, p):
        gv, fm = p.given, (p.mail or p.family)
        toks = fm.split()
        parts = [t for t in toks]
        if len(parts) > 1 and parts[0].lower() in {"de", "van", "ní", "ó", "lo", "el", "ait", "abou", "le", "da", "dos"}:
            fam = slug("".join(parts))
        else:
            fam = slug(parts[0]) if p.order == "GF" else slug(fm)
        gtoks = gv.split()
        giv = slug(gtoks[0])
        g2 = slug("".join(gtoks))
        n2 = self.rng.choice(["7", "21", "74", "88", "03", "1990", "62", "19", "45"])
        style = self.rng.choice(["g.f", "gf", "g_fN", "f.g", "gfi", "g.fN", "gN"])
        local = {"g.f": f"{giv}.{fam}", "gf": f"{giv[0]}{fam}", "g_fN": f"{giv}_{fam}{n2}",
                 "f.g": f"{fam}.{giv}", "gfi": f"{g2}{fam[0]}", "g.fN": f"{giv}.{fam}{n2}",
                 "gN": f"{g2}{fam[:3]}{n2}"}[style]
        dom = self.rng.choice(DOMAINS[p.region])
        return f"{local}@{dom}"

    def ph(self, region):
        v = self._draw(PHONES[region], keyf=lambda x: ("phone", x))
        return m("PHONE_NUMBER", v)

    def A(self, region):
        owned = {v.key for kk, v in self.state.items() if kk[0] == "home"}
        return self._draw(ADDRS[region], avoid=owned)

    # dates and numbers
    def D(self, p):
        return self._per_person("dob", p, lambda: self._draw(DOBS, keyf=lambda x: ("dob", x)))

    def dob(self, d, style="dmy"):
        y, mo, da = d
        v = {
            "dmy": f"{da:02d}/{mo:02d}/{y}",
            "dmy.": f"{da:02d}.{mo:02d}.{y}",
            "dmy-": f"{da:02d}-{mo:02d}-{y}",
            "iso": f"{y}-{mo:02d}-{da:02d}",
            "us": f"{mo:02d}/{da:02d}/{y}",
            "en": f"{da} {MONTHS['en'][mo - 1]} {y}",
            "en_us": f"{MONTHS['en'][mo - 1]} {da}, {y}",
            "en_short": f"{da}/{mo}/{y % 100:02d}",
            "es": f"{da} de {MONTHS['es'][mo - 1]} de {y}",
            "de": f"{da}. {MONTHS['de'][mo - 1]} {y}",
            "fr": f"{da} {MONTHS['fr'][mo - 1]} {y}",
            "it": f"{da} {MONTHS['it'][mo - 1]} {y}",
            "pt": f"{da} de {MONTHS['pt'][mo - 1]} de {y}",
        }[style]
        return m("DATE_OF_BIRTH", v)

    def _num(self, kind, pool):
        return self._draw(pool, keyf=lambda x: (kind, x))

    def ip(self):
        return m("IP_ADDRESS", self._num("ip", IPS))

    def ssn(self, p):
        return m("US_SSN", self._per_person("ssn", p, lambda: self._num("ssn", SSNS)))

    def mrn(self):
        return m("MEDICAL_RECORD_NUMBER", self._num("mrn", MRNS))

    def nhs(self):
        return m("NATIONAL_ID", nhs(self._num("nhs", NHS_BODIES)))

    def card(self):
        b = self._num("card", CARD_BODIES)
        n = b + _card_check(b)
        return m("CREDIT_CARD", " ".join(n[i:i + 4] for i in range(0, 16, 4)))

    def es_label(self, p):
        return "NIE" if p.full in NIE_PEOPLE else "DNI"

    def esid(self, p):
        if p.full in NIE_PEOPLE:
            v = self._per_person("nie", p, lambda: nie(self._num("nie", NIE_BODIES)))
            return m("NATIONAL_ID", f"{v[0]}-{v[1:8]}-{v[8]}" if v[0] == "Y" else v)
        return m("NATIONAL_ID", self._per_person("dni", p, lambda: dni(self._num("dni", DNI_BODIES))))

    def tck(self, p):
        return m("NATIONAL_ID", self._per_person("tck", p, lambda: tckimlik(self._num("tck", TCK_BODIES))))

    def cpf(self, p):
        return m("NATIONAL_ID", self._per_person("cpf", p, lambda: cpf(self._num("cpf", CPF_BODIES))))

    def nif(self, p):
        v = self._per_person("nif", p, lambda: nif_pt(self._num("nif", NIF_BODIES)))
        return m("NATIONAL_ID", f"{v[:3]} {v[3:6]} {v[6:]}")

    def pesel(self, d, p):
        serial = self._per_person("pesel", p, lambda: self._num("pesel", PESEL_SERIALS))
        return m("NATIONAL_ID", pesel(d, serial, p.sex))

    def cnp(self, d, p, county):
        serial = self._per_person("cnp", p, lambda: self._num("cnp", CNP_SERIALS))
        return m("NATIONAL_ID", cnp(d, p.sex, county, serial))

    def pnr(self, d, p):
        serial = self._per_person("pnr", p, lambda: self._num("pnr", PNR_SERIALS))
        return m("NATIONAL_ID", personnummer(d, serial, p.sex))

    def cf(self, p, d):
        return m("NATIONAL_ID", codice_fiscale(p, d))

    def iban(self, country, p, spaced=True):
        v = self._per_person("iban", p, lambda: self._draw(IBANS[country], keyf=lambda x: ("iban", x)))
        return m("IBAN_CODE", group4(v) if spaced else v)

    # fillers for any row (not labelled)
    def pick(self, name, options):
        return self._draw(options, keyf=lambda x: ("pick", self.tname, name,
                                                   tuple(x) if isinstance(x, list) else x))

    def digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))


def _card_check(body15):
    # Luhn check digit for a 16-digit number whose first 15 digits are body15
    total = 0
    for i, ch in enumerate(reversed(body15)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def slug(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


TEMPLATES = []


def T(cls, name, n, lang, case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "n": n, "lang": lang, "case": case, "fn": fn})
        return fn
    return deco


# ============================================================================================
# PERSONAL TEMPLATES
# ============================================================================================

# ---------------------------------------------------------------- personal_telecom ---------
@T("personal_telecom", "sim_swap_note", 3, "en")
def _(c):
    p, w, ag = c.P("uk"), c.P("uk", sex="f"), c.P("uk")
    a, d = c.home(p, "uk"), c.D(p)
    dev = c.pick("dev", ["iPhone 13", "Galaxy S23", "Pixel 7a"])
    return f"""Can you tidy this account note before I save it? Keep every detail, just make it readable.

cust {c.n(p)} rang re lost phone ({dev}), wants SIM swap onto an eSIM. ID&V passed – DOB {c.dob(d, 'dmy')}, 1st line of addr {a.s or a.b}, postcode {a.p}. checked no port-out / SIM swap in last 30 days. sent OTP to alt number {c.ph('uk')} (partner {c.g(w)}'s mob), cust read code back. bar on old SIM until swap completes, advised up to 2 hrs. – {c.g(ag)}, Tier 2"""


@T("personal_telecom", "pac_request", 3, "en", case="lower")
def _(c):
    p = c.P("uk")
    net = c.pick("net", ["giffgaff", "smarty", "voxi"])
    return f"""hi can you help me word a text to ee asking for my PAC. number is {c.ph('uk')}, account is in my name {c.n(p)}. moving to {net} and i dont want a retentions call, ive already decided. also will i lose my ee email"""


@T("personal_telecom", "portabilidad", 2, "es")
def _(c):
    p = c.P("es")
    a = c.home(p, "es")
    fr, to = c.pick("ops", [("Orange", "Digi"), ("Vodafone", "Pepephone"), ("Movistar", "Simyo")])
    return f"""Redacta un correo para el cliente confirmando la portabilidad. Datos:
- Titular: {c.n(p)}
- {c.es_label(p)}: {c.esid(p)}
- Línea a portar: {c.ph('es')} (de {fr} a {to})
- Ventana de cambio: jueves de 2:00 a 6:00
- Dirección de envío de la SIM: {a.line()}
Que suene cercano pero profesional, y recuérdale que no apague el móvil esa noche."""


@T("personal_telecom", "rufnummernmitnahme", 2, "de")
def _(c):
    p = c.P("de", sex="f")
    a, d = c.home(p, "de"), c.D(p)
    return f"""Bitte formuliere eine freundliche Antwort an Frau {c.f(p)}. Sie schreibt:

> Guten Tag, ich möchte meine Rufnummer {c.ph('de')} zu congstar mitnehmen. Der Vertrag läuft auf {c.n(p)}, geb. {c.dob(d, 'dmy.')}, {a.s}, {a.p} {a.t}. Die Anbieterwechsel-Erklärung habe ich schon vor drei Wochen unterschrieben. Warum dauert das so lange??

Hintergrund für dich: Die Portierung ist gescheitert, weil im Auftrag ein anderes Geburtsdatum stand als bei uns."""


@T("personal_telecom", "sim_registration", 2, "tl", case="lower")
def _(c):
    p = c.P("ph")
    d = c.D(p)
    a = c.home(p, "ph")
    return f"""ate pa-help naman po, yung sim ni {c.g(p)} ({c.ph('ph')}) na-deactivate daw kasi hindi na-register. nakapangalan sa kanya, {c.n(p)}, birthday {c.dob(d, 'us')}, taga {a.t} kami. pano po ma-reactivate? may laman pa yung gcash nya huhu"""


@T("personal_telecom", "postpaid_transcript", 3, "en")
def _(c):
    p, kid, ag = c.P("us"), c.P("us", sex="f"), c.P("us")
    a, d = c.home(p, "us"), c.D(p)
    phone = c.pick("phone", ["Galaxy A15", "Moto G Play", "iPhone SE"])
    return f"""Summarize this call for the account notes (bullets, no fluff):

[00:00] AGENT ({c.g(ag)}): Thanks for calling, who am I speaking with?
[00:03] CUSTOMER: Hi, this is {c.n(p)}, I'm trying to add a line for my daughter.
[00:09] AGENT ({c.g(ag)}): Sure. For the credit check I'll need your Social and date of birth.
[00:15] CUSTOMER: It's {c.ssn(p)}, and I was born {c.dob(d, 'en_us')}.
[00:24] AGENT ({c.g(ag)}): Thank you. And the name for the new line?
[00:27] CUSTOMER: {c.g(kid)}. She's getting the {phone} on the Essentials plan.
[00:40] AGENT ({c.g(ag)}): Great, I'll ship the SIM to {a.line()}. Best callback number?
[00:46] CUSTOMER: {c.ph('us')}."""


@T("personal_telecom", "crm_resiliation", 2, "fr")
def _(c):
    p, ag = c.P("fr", sex="f"), c.P("fr")
    a = c.home(p, "fr")
    return f"""Reformule cette note CRM pour la transmettre au service résiliation :

Appel de Mme {c.FG(p)} ({c.ph('fr')}) — souhaite résilier la ligne mobile mais garder la Livebox. Adresse de facturation {a.line()}. Mail : {c.e(p)}. Dit avoir reçu des SMS frauduleux « Orange » demandant ses identifiants, je l'ai rassurée. Conseillère : {c.g(ag)}."""


@T("personal_telecom", "przeniesienie", 2, "pl")
def _(c):
    p = c.P("pl")
    d = c.D(p)
    a = c.home(p, "pl")
    return f"""Sprawdź, czy ten wniosek o przeniesienie numeru jest kompletny, i wypisz czego brakuje:

Imię i nazwisko: {c.n(p)}
PESEL: {c.pesel(d, p)}
Numer do przeniesienia: {c.ph('pl')}
Obecny operator: Orange
Nowy operator: Play
Adres korespondencyjny: {a.line()}
Data przeniesienia: jak najszybciej"""


@T("personal_telecom", "alfa_recharge", 2, "ar", case="lower")
def _(c):
    p = c.P("lb")
    return f"""marhaba, fik tsa3edne ektob message la alfa? el khatt {c.ph('lb')} 3a esm {c.n(p)}, sarlo 3 iyyem ma fi internet ba3d ma 3abbayt kart 20$. 3am y2elle el kart used. badde yerja3ouli el credit. merci ktir"""


@T("personal_telecom", "network_escalation", 2, "en")
def _(c):
    p, ex = c.P("in"), c.P("in")
    a = c.home(p, "in")
    return f"""Please make this complaint more formal for the appellate authority:

Dear Sir/Madam, my mobile no. {c.ph('in')} is registered in name of {c.n(p)}, address {a.line()}. From 3 weeks I am not getting network inside my house, only 1 bar and calls are dropping. I raised complaint 4 times with customer care and your executive Mr. {c.f(ex)} visited and told it is tower issue. Kindly do the needful at the earliest."""


# ---------------------------------------------------------------- personal_broadband -------
@T("personal_broadband", "fttp_jobsheet", 3, "en")
def _(c):
    p, eng = c.P("uk"), c.P("uk")
    a = c.home(p, "uk")
    hub = c.pick("hub", ["Smart Hub 2", "Hub 5", "Sky Max Hub"])
    return f"""Turn this job sheet into a short, friendly summary email for the customer.

JOB REF: OR-{c.digits(7)}   TYPE: FTTP provide
CUSTOMER: {c.n(p)}
ADDRESS:
{a.block()}
CONTACT: {c.ph('uk')}
ENGINEER: {c.n(eng)}
NOTES: ONT fitted in hallway cupboard, {hub} connected, 900/110 sync. Cust asked for a 2nd socket in the study – not in scope, advised to book via provider. Dog kept in garden."""


@T("personal_broadband", "outage_chat", 3, "en", case="lower")
def _(c):
    p = c.P("uk")
    a = c.home(p, "uk")
    return f"""broadband been down since saturday, the hub light just flashes orange. account is in my dads name {c.n(p)}, {a.s or a.b} {a.p}. i work from home and cant keep tethering off my phone. what do i say to get compensation, is it ofcom automatic compensation or do i have to claim"""


@T("personal_broadband", "abuse_desk", 3, "en")
def _(c):
    p = c.P("us")
    a = c.home(p, "us")
    work = c.pick("work", ['"Oppenheimer" (Universal Pictures)', '"Barbie" (Warner Bros.)',
                           '"The Last of Us" S01E03 (HBO)'])
    return f"""Draft a reply to this copyright notice. Our DHCP logs show the IP below was leased to residential subscriber {c.n(p)}, {a.line()}, at the time stated. Don't disclose the subscriber's identity to the claimant, just confirm we forwarded the notice.

Notice excerpt:
> Infringing IP: {c.ip()}
> Timestamp: 2025-03-02T21:14:09Z
> Work: {work}"""


@T("personal_broadband", "stoerung", 2, "de")
def _(c):
    p, nb = c.P("de"), c.P("de")
    a = c.home(p, "de")
    box = c.pick("box", ["FRITZ!Box 7530 AX", "Speedport Smart 4", "FRITZ!Box 7590"])
    return f"""Fasse diese Störungsmeldung für den Außendienst in drei Stichpunkten zusammen:

Kunde: {c.n(p)}
Anschluss: {a.s}, {a.p} {a.t}
Rückruf: {c.ph('de')}
WAN-IP laut Radius: {c.ip()}
Gerät: {box}, DSL-Sync bricht seit Montag mehrmals täglich ab, Dämpfung 41 dB. Kunde arbeitet im Homeoffice, bittet um Termin vormittags. Nachbar {c.n(nb)} hat angeblich dasselbe Problem."""


@T("personal_broadband", "monteur_sms", 2, "nl")
def _(c):
    p = c.P("nl")
    a = c.home(p, "nl")
    return f"""Kun je hier een nette sms van maken, max 300 tekens?

monteur komt di tussen 8-13u bij {c.n(p)}, {a.s}, {a.p} {a.t}. glasvezel aansluiten, FTU in meterkast. graag eerst bellen {c.ph('nl')}, bel doet het niet"""


@T("personal_broadband", "reclame_aqui", 2, "pt")
def _(c):
    p = c.P("br")
    a = c.home(p, "br")
    plano = c.pick("plano", ["Vivo Fibra 500 Mega", "Claro Fibra 350 Mega"])
    return f"""Me ajuda a escrever uma reclamação pro Reclame Aqui? Dados:
Nome: {c.n(p)}
CPF: {c.cpf(p)}
Endereço da instalação:
{a.block()}
Estou sem internet desde sexta, já abri 3 protocolos e o técnico não apareceu. Plano {plano}. Trabalho em home office."""


@T("personal_broadband", "crm_json", 2, "it")
def _(c):
    p = c.P("it")
    d = c.D(p)
    a = c.home(p, "it")
    return f"""Da questo JSON del CRM genera una lettera di benvenuto per il nuovo cliente fibra:

{{"cliente": {{"nome": "{c.g(p)}", "cognome": "{c.f(p)}", "codice_fiscale": "{c.cf(p, d)}", "telefono": "{c.ph('it')}", "email": "{c.e(p)}"}},
 "indirizzo_installazione": {{"via": "{a.s}", "cap": "{a.p}", "comune": "{a.t}", "provincia": "{a.r}"}},
 "offerta": "TIM WiFi Power Smart", "modem": "TIM Hub+", "attivazione": "2025-04-11"}}"""


@T("personal_broadband", "o2_internet", 2, "cs")
def _(c):
    p = c.P("cz", sex="f")
    a = c.home(p, "cz")
    return f"""Přelož do angličtiny pro zahraničního technika:

Dobrý den, jmenuji se {c.n(p)} a bydlím na adrese {a.line()}. Od úterý nám nejde internet, router O2 Smart Box bliká červeně. Volala jsem už dvakrát na linku. Prosím zavolejte mi na {c.ph('cz')}, jsem doma po 15. hodině."""


@T("personal_broadband", "nbn_handover", 3, "en")
def _(c):
    p, q, t = c.P("au"), c.P("au"), c.P("uk", "au")
    a = c.home(p, "au")
    return f"""Handover for arvo shift, pls tidy into a table (cust / issue / next step):
- {c.n(p)}, {a.line()}, ph {c.ph('au')} – NBN FTTC, NCD replaced, still drops at night. Escalated to nbn, ticket open.
- {c.n(q)} – porting from Telstra, waiting on the LOA. Rang twice no answer.
- tech {c.g(t)} rostered tomorrow, has the spare modems."""


@T("personal_broadband", "lap_dat", 2, "vi")
def _(c):
    p, t = c.P("vn"), c.P("vn")
    a = c.home(p, "vn")
    return f"""Viết lại tin nhắn này cho lịch sự hơn để gửi khách:

KH {c.n(p)}, SĐT {c.ph('vn')}, địa chỉ {a.line()}. Lịch lắp cáp quang Viettel sáng thứ 7, kỹ thuật viên {c.n(t)} sẽ gọi trước 30 phút. Mang theo CCCD bản gốc để ký hợp đồng."""


# ---------------------------------------------------------------- personal_energy ----------
@T("personal_energy", "reading_message", 3, "en", case="lower")
def _(c):
    p = c.P("uk")
    a = c.home(p, "uk")
    sup = c.pick("sup", ["octopus", "british gas", "ovo"])
    return f"""hi its {c.g(p)} from {a.s or a.b}, {a.p}. elec reading 045213 gas 07741, ive been estimated 4 months running and the bill is mental. account in my name {c.n(p)} with {sup}. whats the best way to word a complaint so they actually use my readings"""


@T("personal_energy", "smart_install_csv", 3, "en")
def _(c):
    ps = [c.P("uk") for _ in range(3)]
    as_ = [c.home(p, "uk") for p in ps]
    rows = []
    for i, (p, a) in enumerate(zip(ps, as_)):
        slot = ["08:00-12:00", "12:00-16:00", "08:00-12:00"][i]
        psr = ["N", "Y", "N"][i]
        rows.append(f'SM-{c.digits(6)},{c.n(p)},"{a.fs()}",{a.t or a.d},{a.p},{c.ph("uk")},{slot},{psr}')
    rows = "\n".join(rows)
    return f"""Here's tomorrow's smart meter install export. Sort by slot and flag anyone on the PSR so the engineer allows extra time:

job_id,customer,address,town,postcode,phone,slot,psr
{rows}"""


@T("personal_energy", "psr_register", 3, "en")
def _(c):
    p1, son, p2, p3 = c.P("uk"), c.P("uk"), c.P("uk"), c.P("uk")
    a1, a2, a3 = c.home(p1, "uk"), c.home(p2, "uk"), c.home(p3, "uk")
    d1, d2, d3 = c.D(p1), c.D(p2), c.D(p3)
    return f"""Convert this Priority Services Register extract into a Markdown table with a "needs" column:

{c.n(p1)} – DOB {c.dob(d1, 'dmy')} – {a1.line()} – home dialysis, renal unit hosp no. {c.mrn()} – next of kin {c.n(son)} {c.ph('uk')}
{c.n(p2)} – DOB {c.dob(d2, 'dmy')} – {a2.line()} – blind, bills in braille, password scheme
{c.n(p3)} – DOB {c.dob(d3, 'dmy')} – {a3.line()} – oxygen concentrator, NHS no {c.nhs()}, no outages without 48h notice"""


@T("personal_energy", "linky_reclamation", 2, "fr")
def _(c):
    p = c.P("fr")
    a = c.home(p, "fr")
    return f"""Peux-tu corriger et rendre plus percutante ma lettre ?

Je soussigné(e) {c.n(p)}, demeurant {a.line()}, conteste la facture EDF du 12 février. Le compteur Linky (PDL {c.digits(14)}) affiche 18 432 kWh alors que la facture en indique 21 050. Je joins une photo du compteur. Vous pouvez me joindre au {c.ph('fr')} ou par mail : {c.e(p)}."""


@T("personal_energy", "lectura_whatsapp", 1, "es")
def _(c):
    p = c.P("es")
    a = c.home(p, "es")
    return f"""Corrígeme este mensaje antes de mandarlo por WhatsApp a la comercializadora:

hola buenas, soy {c.n(p)}, titular del contrato de luz de {a.line()}. os paso la lectura del contador: P1 04512, P2 02231, P3 06120. la ultima factura viene estimada y es el doble de lo normal. mi movil es {c.ph('es')}. gracias"""


@T("personal_energy", "voltura", 2, "it")
def _(c):
    p, dead = c.P("it"), c.P("it", sex="m")
    d = c.D(p)
    a = c.home(p, "it")
    return f"""Compila in italiano formale una richiesta di voltura con questi dati:
nuovo intestatario {c.n(p)}, nato/a a {m('LOCATION', p.born)} il {c.dob(d, 'dmy')}, C.F. {c.cf(p, d)}
residenza e fornitura: {a.line()}
POD IT001E{c.digits(8)}
vecchio intestatario: {c.n(dead)} (deceduto a gennaio)
IBAN per la domiciliazione: {c.iban('IT', p)}"""


@T("personal_energy", "flytt_el", 2, "sv")
def _(c):
    p = c.P("se")
    d = c.D(p)
    a1, a2 = c.home(p, "se"), c.A("se")
    return f"""Hjälp mig skriva ett mejl till Vattenfall om flytt av elavtalet:

Jag heter {c.n(p)}, personnummer {c.pnr(d, p)}. Jag flyttar från {a1.line()} till {a2.line()} den 1 mars och vill behålla mitt fastpris på 3 år. Nås på {c.ph('se')} eller {c.e(p)}."""


@T("personal_energy", "dogalgaz_acilis", 2, "tr")
def _(c):
    p, owner = c.P("tr"), c.P("tr")
    a = c.home(p, "tr")
    return f"""Aşağıdaki bilgilerle İGDAŞ'a doğalgaz açma dilekçesi yaz:
Ad Soyad: {c.n(p)}
T.C. Kimlik No: {c.tck(p)}
Adres: {a.line()}
Tel: {c.ph('tr')}
Daire kiracı, ev sahibi {c.n(owner)} muvafakatname verdi, ekte."""


@T("personal_energy", "schimbare_furnizor", 2, "ro")
def _(c):
    p = c.P("ro", sex="f")
    d = c.D(p)
    a = c.home(p, "ro")
    county = "12" if "Cluj" in a.raw else ("08" if "Brașov" in a.raw else "22")
    return f"""Corectează te rog cererea asta pentru schimbarea furnizorului de energie:

Subsemnata {c.n(p)}, CNP {c.cnp(d, p, county)}, domiciliată în {a.line()}, tel. {c.ph('ro')}, solicit încheierea unui contract de furnizare cu Hidroelectrica pentru locul de consum de mai sus. Cod loc consum: 59406{c.digits(8)}."""


@T("personal_energy", "prepaid_token", 3, "en", case="lower")
def _(c):
    p = c.P("ng")
    a = c.home(p, "ng")
    disco = c.pick("disco", ["ikeja electric", "eko disco", "enugu disco"])
    return f"""pls help me write complain to {disco}. i bought token of 15,000 naira yesterday, the meter keep saying REJECT. name on the meter is {c.n(p)}, address {a.line()}, my number {c.ph('ng')}. customer care keep saying wait 48hrs but we dey in darkness since"""


# ---------------------------------------------------------------- personal_water -----------
@T("personal_water", "leak_email", 3, "en")
def _(c):
    p = c.P("uk")
    a = c.home(p, "uk")
    return f"""Can you turn this into a proper leak report for the network team?

From: {c.n(p)} <{c.e(p)}>
Subject: water coming up through pavement

Hi, there's been clean water bubbling up through the footpath outside my house for 3 days now, it runs down to the drain on the corner. I'm at {a.line()}. Pressure's gone really low since Tuesday. Call me on {c.ph('uk')} if you need access to the stop tap."""


@T("personal_water", "reader_route", 3, "en")
def _(c):
    p1, p2, p3 = c.P("uk", sex="f"), c.P("uk"), c.P("uk")
    a1, a2, a3 = c.home(p1, "uk"), c.home(p2, "uk"), c.home(p3, "uk")
    return f"""Clean up my route notes from today into a list of follow-ups for the office:

{a1.s or a1.b}, {a1.p} – no acess, dog in garden. card left. mrs {c.f(p1)} says meter is under the hedge
{a2.s or a2.b}, {a2.p} – read 01882. tenant {c.g(p2)} wants a call back re high bill, {c.ph('uk')}
{a3.s or a3.b}, {a3.p} – dial not moving, meter stuck? occupier {c.FcG(p3)}"""


@T("personal_water", "boil_notice", 3, "en")
def _(c):
    p = c.P("ie")
    a = c.home(p, "ie")
    return f"""Draft a letter to the customer below about the boil water notice and the bottled water collection point at the community centre:

{c.n(p)}
{a.block()}

Tel {c.ph('ie')}. Customer is on the vulnerable register (elderly, lives alone, no car) — offer delivery."""


@T("personal_water", "aviso_averia", 2, "es")
def _(c):
    p = c.P("es", who=NIE_PEOPLE)
    pres = c.P("es")
    a = c.home(p, "es")
    return f"""Resume este aviso en tres líneas para el parte del fontanero:

Avería comunicada por {c.n(p)} (NIE {c.esid(p)}) a las 07:40. Fuga en la batería de contadores de la comunidad, {a.line()}. Sin agua en todo el edificio. Contacto {c.ph('es')}. El presidente de la comunidad, {c.n(pres)}, tiene la llave del cuarto de contadores."""


@T("personal_water", "fatura_agua", 2, "pt")
def _(c):
    p = c.P("pt")
    a = c.home(p, "pt")
    return f"""Melhora este email de reclamação para a empresa das águas:

Exmos. Senhores,
Eu, {c.n(p)}, contribuinte n.º {c.nif(p)}, residente em {a.line()}, venho reclamar da fatura de janeiro (87,40 €), muito acima do consumo habitual. Houve uma rotura no contador já reparada pelos vossos serviços. Peço o reembolso da diferença para o IBAN {c.iban('PT', p)}.
Com os melhores cumprimentos,
{c.n(p)}
Telemóvel: {c.ph('pt')}"""


@T("personal_water", "wasserzaehler", 1, "de")
def _(c):
    p, t = c.P("de", sex="f"), c.P("de")
    a = c.home(p, "de")
    return f"""Bitte als kurze E-Mail an die Stadtwerke formulieren:

Zählerstand Wasser Haus {a.s}, {a.p} {a.t}: 1184,3 m³, abgelesen am 31.12. Eigentümerin {c.n(p)}, Mieter im EG {c.n(t)}. Rückfragen bitte an {c.e(p)}."""


@T("personal_water", "vizora", 2, "hu")
def _(c):
    p = c.P("hu")
    a = c.home(p, "hu")
    return f"""Segítenél ezt a levelet udvariasabbra írni?

Tisztelt Vízművek! {c.n(p)} vagyok, a {a.line()} alatti lakás tulajdonosa. A vízóra állása 00412 m³, de a számlán 00587 szerepel. Kérem a számla helyesbítését, mert így 23 ezer forinttal többet kellene fizetnem. Telefonszámom: {c.ph('hu')}."""


@T("personal_water", "walang_tubig", 2, "tl", case="lower")
def _(c):
    p = c.P("ph")
    a = c.home(p, "ph")
    co = c.pick("co", ["maynilad", "manila water"])
    return f"""good am po, pakisulat naman ng formal na complaint sa {co}. 3 araw na kaming walang tubig dito sa {a.line()}. account name {c.n(p)}, contact {c.ph('ph')}. may senior at baby kami sa bahay, nag-iigib na lang kami sa kapitbahay"""


@T("personal_water", "shutoff_notice", 3, "en")
def _(c):
    p = c.P("us")
    a = c.home(p, "us")
    amt = c.pick("amt", ["$214.76", "$388.02", "$96.40"])
    return f"""rewrite this in plain, kind english for the customer, it goes out tomorrow:

FINAL NOTICE – SCHEDULED DISCONNECTION
ACCOUNT HOLDER: {c.n(p).upper()}
SERVICE ADDRESS: {a.line().upper()}
PHONE ON FILE: {c.ph('us')}
AMOUNT PAST DUE: {amt}
SERVICE WILL BE DISCONNECTED ON OR AFTER 05/14 UNLESS PAYMENT OR A PAYMENT ARRANGEMENT IS RECEIVED."""


@T("personal_water", "lma_maqto3", 2, "ar", case="lower")
def _(c):
    p = c.P("ma")
    a = c.home(p, "ma")
    return f"""salam, bghit nkteb chikaya l lydec. lma maqto3 3andna mn lbare7 f {a.line()}, w ma3tawna ta chi ma3loma. smiti {c.n(p)}, raqm dyali {c.ph('ma')}. 3afak kteb liya chi message mezyan b lfrancais"""


# ---------------------------------------------------------------- personal_homeservices ----
@T("personal_homeservices", "boiler_jobsheet", 3, "en")
def _(c):
    t, ll, eng = c.P("uk"), c.P("uk"), c.P("uk")
    a = c.home(t, "uk")
    boiler = c.pick("boiler", [("Worcester Bosch Greenstar 30i", "EA 227 no flame detected"),
                               ("Vaillant ecoTEC plus 832", "F28 ignition failure"),
                               ("Ideal Logic Max C30", "L2 fault")])
    return f"""Write this up as a service report for the landlord:

Tenant: {c.n(t)}
Landlord: {c.n(ll)} ({c.e(ll)})
Address: {a.line()}
Appliance: {boiler[0]}, in loft
Fault: {boiler[1]}. Replaced electrode, cleared frozen condensate pipe.
Gas Safe checks OK, CO alarm tested. {c.g(t)} asked for a 2nd CO alarm in the kids' room.
Engineer: {c.n(eng)}"""


@T("personal_homeservices", "removals_enquiry", 3, "en")
def _(c):
    p = c.P("uk")
    a1, a2 = c.home(p, "uk"), c.A("uk")
    item = c.pick("item", ["an upright piano", "a Welsh dresser", "a 6ft aquarium"])
    return f"""Reply to this removals enquiry with a rough quote (we'd send 3 men and a Luton):

> Hi, we're moving from {a1.line()} to {a2.line()} on the 28th. 3 bed semi, {item}, no lift at the new place. Can you do packing aswell? Best on {c.ph('uk')} after 6, or {c.e(p)}. Thanks, {c.g(p)}"""


@T("personal_homeservices", "cleaning_rota", 3, "en")
def _(c):
    k1, k2, k3, k4 = c.P("uk"), c.P("uk"), c.P("uk"), c.P("uk")
    s1, s2, s3 = c.P("uk", sex="f"), c.P("uk", sex="f"), c.P("uk")
    a1, a2, a3, a4 = c.home(k1, "uk"), c.home(k2, "uk"), c.A("uk"), c.home(k4, "uk")
    return f"""Make this week's cleaning rota into a table by day, then draft a short WhatsApp to each cleaner:

Mon: {c.g(s1)} → {c.n(k1)}, {a1.s or a1.b} {a1.p} (keys with neighbour, cat stays in)
Tue: {c.g(s2)} → {c.n(k2)}, {a2.line()}
Wed: {c.g(s1)} + {c.g(s2)} → end of tenancy clean, {a3.line()}, letting agent contact {c.n(k3)} {c.ph('uk')}
Thu: off
Fri: {c.g(s3)} → {c.n(k4)}, {a4.s or a4.b} (oven clean, it's an Aga)"""


@T("personal_homeservices", "pest_service_notes", 3, "en")
def _(c):
    p, nb = c.P("us"), c.P("us")
    a = c.home(p, "us")
    return f"""Turn my service notes into a customer-facing treatment summary:

Acct: {c.n(p)}, {a.line()}, cell {c.ph('us')}
Pest: German cockroach, heavy behind fridge and under sink. Signs of Norway rats in crawlspace.
Treatment: Advion gel bait, IGR, 4 snap traps. Return visit 14 days.
Cust asked us not to park in the shared driveway, neighbor {c.g(nb)} complains."""


@T("personal_homeservices", "umzug_angebot", 1, "de")
def _(c):
    p = c.P("de")
    a1, a2 = c.home(p, "de"), c.A("de")
    return f"""Erstelle aus diesen Notizen ein Umzugsangebot (Tabelle mit Leistungen und Preisen):

Kunde {c.n(p)}, Tel. {c.ph('de')}, {c.e(p)}
Auszug: {a1.line()}, 3. OG ohne Aufzug
Einzug: {a2.line()}
Termin Sa. 14.06., Halteverbotszone beantragen. Klavier (Schimmel), 2 PAX-Schränke, Waschmaschine Miele."""


@T("personal_homeservices", "devis_plombier", 1, "fr")
def _(c):
    p, fille = c.P("fr", sex="m"), c.P("fr", sex="f")
    a = c.home(p, "fr")
    return f"""Peux-tu rédiger le devis à partir de mes notes ?

Client : M. {c.f(p)}
{a.block()}
Tél : {c.ph('fr')} (sa fille {c.g(fille)} sera présente mardi)
Remplacement chauffe-eau Atlantic 200 L vertical, évacuation de l'ancien, groupe de sécurité neuf. Accès cave par la cour."""


@T("personal_homeservices", "schoonmaak_app", 2, "nl", case="lower")
def _(c):
    k, buur, cl = c.P("nl"), c.P("nl"), c.P("nl", sex="f")
    a = c.home(buur, "nl")
    return f"""kun je dit netjes maken, ik stuur het naar een klant: hoi {c.g(k)}, ik kan donderdag helaas niet komen schoonmaken, mijn zoontje is ziek. kan ik vrijdag om 9u? de sleutel haal ik dan weer op bij {c.n(buur)} op {a.s}. groetjes {c.g(cl)}"""


@T("personal_homeservices", "montaz_sms", 2, "pl")
def _(c):
    p1, p2, t = c.P("pl"), c.P("pl"), c.P("pl", sex="m")
    a1, a2 = c.home(p1, "pl"), c.home(p2, "pl")
    return f"""Napisz krótkie SMS-y przypominające o montażu pompy ciepła:

1. {c.n(p1)}, {a1.line()}, tel. {c.ph('pl')} – wtorek 8:00, ekipa {c.g(t)}
2. {c.n(p2)}, {a2.line()}, tel. {c.ph('pl')} – środa 10:00, klient prosi o telefon pół godziny wcześniej"""


@T("personal_homeservices", "caldaia_chat", 1, "it")
def _(c):
    p = c.P("it")
    a = c.home(p, "it")
    return f"""Riassumi questa chat con il cliente in una scheda intervento:

[09:12] {c.n(p)}: buongiorno, la caldaia Baxi dà errore E10 e non parte, siamo senza acqua calda
[09:14] Tecnico: buongiorno, controlli la pressione, deve stare tra 1 e 1,5
[09:20] {c.g(p)}: è a 0,3. abito in {a.line()}, citofono {c.f(p)}
[09:21] Tecnico: passo alle 14, mi lasci un numero
[09:22] {c.g(p)}: {c.ph('it')}"""


@T("personal_homeservices", "rut_faktura", 2, "sv")
def _(c):
    p, s1, s2 = c.P("se"), c.P("se"), c.P("se")
    d = c.D(p)
    a = c.home(p, "se")
    return f"""Skriv en fakturatext för hemstädning med RUT-avdrag:

Kund: {c.n(p)}, personnummer {c.pnr(d, p)}
Adress: {a.line()}
Utfört: storstädning 6 h och fönsterputs. Städare: {c.g(s1)} och {c.g(s2)}."""


@T("personal_homeservices", "agenda_diaristas", 1, "pt")
def _(c):
    d1, d2 = c.P("br", sex="f"), c.P("br", sex="f")
    k1, k2 = c.P("br"), c.P("br")
    a1, a2 = c.home(k1, "br"), c.home(k2, "br")
    return f"""Organiza essa agenda das diaristas da semana numa tabela:

seg – {c.g(d1)} na casa de {c.n(k1)} ({a1.line()}), chave com o porteiro
qua – {c.g(d2)} no apê de {c.n(k2)}, {a2.line()}, tel {c.ph('br')}
sex – {c.g(d1)} faxina pós-obra, mesmo endereço de segunda"""


# ---------------------------------------------------------------- personal_billing ---------
@T("personal_billing", "dd_dispute", 3, "en")
def _(c):
    p = c.P("uk")
    a = c.home(p, "uk")
    return f"""Help me reply to this customer — they say we took their Direct Debit twice:

> Dear Sir/Madam, account {c.digits(9)}. You have taken £142.18 twice from my account this month. This has put me into my overdraft. I want it refunded imediately and the bank charges covered. I've also raised an indemnity claim under the Direct Debit Guarantee.
> {c.n(p)}, {a.line()}. Tel {c.ph('uk')}."""


@T("personal_billing", "arrears_call", 3, "en")
def _(c):
    p, ag = c.P("uk"), c.P("uk")
    d = c.D(p)
    return f"""Turn this call transcript into file notes and a payment-plan confirmation letter:

AGENT ({c.g(ag)}): Can you confirm your full name and date of birth?
CUST: {c.n(p)}, {c.dob(d, 'en')}.
AGENT ({c.g(ag)}): Thanks. The balance is £612.40. What could you manage monthly?
CUST: Maybe £40, I'm on Universal Credit since I lost my job.
AGENT ({c.g(ag)}): OK. Do you want to pay the first one on card now?
CUST: Yeah, it's {c.card()}, expiry 09/27.
[PCI pause – recording stopped for security code]
AGENT ({c.g(ag)}): That's gone through. Letter to follow."""


@T("personal_billing", "sepa_mandat", 2, "de")
def _(c):
    p = c.P("de")
    a = c.home(p, "de")
    return f"""Bitte prüfe dieses SEPA-Lastschriftmandat auf Vollständigkeit:

Zahlungsempfänger: Stadtwerke Tübingen GmbH, Gläubiger-ID DE98ZZZ09999999999
Kontoinhaber: {c.n(p)}
Anschrift: {a.line()}
IBAN: {c.iban('DE', p)}
Ort, Datum: {a.t}, 03.02.2025 — Unterschrift: {c.n(p)}"""


@T("personal_billing", "recibo_devuelto", 2, "es")
def _(c):
    p = c.P("es", sex="f")
    return f"""Escribe una respuesta amable a esta clienta que ha devuelto el recibo:

> Buenas tardes, he devuelto el recibo de 96,30 € porque me habéis cobrado dos veces el término de potencia. Titular: {c.n(p)}, {c.es_label(p)} {c.esid(p)}, cuenta {c.iban('ES', p)}. Quiero que me lo revisen antes de volver a domiciliarlo. Un saludo."""


@T("personal_billing", "echeancier", 2, "fr")
def _(c):
    p = c.P("fr")
    a = c.home(p, "fr")
    return f"""Rédige un courrier de mise en place d'échéancier pour ce client :

{c.n(p)}
{a.block()}
Dette : 1 284,60 € (régularisation annuelle Engie)
Échéancier : 12 x 107,05 € par prélèvement sur {c.iban('FR', p)}
Le client est bénéficiaire du chèque énergie."""


@T("personal_billing", "betalingsregeling", 2, "nl", case="lower")
def _(c):
    p, sh = c.P("nl"), c.P("nl")
    a = c.home(p, "nl")
    return f"""maak van deze notitie een bevestigingsmail voor de betalingsregeling:

klant {c.n(p)}, {a.line()}, achterstand € 846,12 (vattenfall stroom+gas). regeling 6 mnd à € 141,02 per automatische incasso van {c.iban('NL', p)}. schuldhulpverlener: {c.n(sh)} (gemeente), tel {c.ph('nl')}"""


@T("personal_billing", "credit_check_json", 3, "en")
def _(c):
    p = c.P("us")
    d = c.D(p)
    a = c.home(p, "us")
    line2 = f'"{a.f}"' if a.has("f") else "null"
    return f"""Our billing API returned this. Write the customer a short letter explaining why a deposit is needed and how they can get it waived:

{{
  "account_id": "ACC-{c.digits(8)}",
  "holder": {{"first_name": "{c.g(p)}", "last_name": "{c.f(p)}", "dob": "{c.dob(d, 'iso')}", "ssn": "{c.ssn(p)}"}},
  "service_address": {{"line1": "{a.s}", "line2": {line2}, "city": "{a.t}", "state": "{a.r}", "zip": "{a.p}"}},
  "phone": "{c.ph('us')}",
  "email": "{c.e(p)}",
  "credit_check": {{"result": "DEPOSIT_REQUIRED", "deposit_usd": 150}}
}}"""


@T("personal_billing", "rateizzazione", 2, "it", case="lower")
def _(c):
    p = c.P("it")
    d = c.D(p)
    a = c.home(p, "it")
    return f"""mi aiuti a scrivere alla enel per chiedere la rateizzazione? bolletta luce di 780 euro intestata a {c.n(p)}, codice fiscale {c.cf(p, d)}, abito in {a.line()}. non riesco a pagarla tutta insieme, sono in cassa integrazione da febbraio"""


@T("personal_billing", "segunda_via", 2, "pt")
def _(c):
    p = c.P("br")
    a = c.home(p, "br")
    return f"""Preciso de um texto curto pra mandar no WhatsApp da Enel pedindo segunda via e parcelamento:
conta de luz no nome de {c.n(p)}, CPF {c.cpf(p)}, {a.line()}. Valor R$ 412,77 vencido em 10/03. Meu zap é {c.ph('br')}."""


@T("personal_billing", "fatura_itiraz", 2, "tr")
def _(c):
    p = c.P("tr")
    a = c.home(p, "tr")
    return f"""Türk Telekom'a fatura itirazı için dilekçe hazırlar mısın?
Abone: {c.n(p)}
TC: {c.tck(p)}
Hizmet no: 21{c.digits(8)}
Adres: {a.line()}
Şubat faturasında kullanmadığım 4,5G ek paket ücreti (149 TL) var, iadesini talep ediyorum. İletişim: {c.ph('tr')}, {c.e(p)}"""


@T("personal_billing", "bereavement_handover", 3, "en")
def _(c):
    p, h, s, tl = c.P("uk", sex="f"), c.P("uk", sex="m"), c.P("uk", sex="m"), c.P("uk")
    return f"""Summarise this handover for the Extra Care team, keep it sensitive:

{c.n(p)} (acct {c.digits(8)}) – recently bereaved, husband {c.g(h)} passed in Jan, account still in his name. Son {c.n(s)} has POA and wants everything sent to him: {c.e(s)}, {c.ph('uk')}. Mrs {c.f(p)} finds phone calls hard, prefers letters. No arrears chasing for 60 days per TL {c.g(tl)}."""


# ============================================================================================
# PII-FREE TEMPLATES
# ============================================================================================

# ---------------------------------------------------------------- clean_telecom ------------
@T("clean_telecom", "plan_compare", 3, "en")
def _(c):
    p1, p2 = c.pick("plans", [("Vodafone Unlimited Max", "EE Full Works"), ("Three Unlimited", "O2 Plus"),
                              ("Sky Mobile Swap", "giffgaff Golden goodybag")])
    dev = c.pick("dev", ["iPhone 15 Pro", "Galaxy S24 Ultra", "Pixel 8a"])
    trip = c.pick("trip", [("Spain", "Brighton"), ("Turkey", "Reading"), ("Morocco", "Milton Keynes")])
    return f"""I'm on {p1} and I've got the {dev}. Is it worth moving to {p2}? I use about 60GB a month, go to {trip[0]} twice a year and hotspot my laptop on the train from {trip[1]} to London."""


@T("clean_telecom", "simswap_kb", 3, "en")
def _(c):
    team = c.pick("team", ["Tier 2 Fraud & Security", "the Retentions team", "Store Managers (North West region)"])
    extra = c.pick("extra", ["Mention the Ofcom guidance and the Which? investigation into SIM swap scams.",
                             "Add a short section on why we never read the PUK out to callers.",
                             "Add a note that the Samsung Galaxy and Apple iPhone eSIM flows differ."])
    return f"""Draft a knowledge-base article for {team} on SIM swap fraud. Include the ID&V steps, when to refuse, and an example script using placeholders, e.g. "Hi {ph_('customer_first_name')}, before I move your number to a new SIM I need to send a one-time code to {ph_('registered_number')}." {extra}"""


@T("clean_telecom", "pac_sms_template", 3, "en")
def _(c):
    brand = c.pick("brand", ["Lyca Mobile", "Tesco Mobile", "iD Mobile"])
    return f"""Rewrite this SMS so it fits in 160 characters and sounds friendlier:
"Dear {ph_('first_name')}, your PAC for {ph_('msisdn')} is {ph_('pac_code')} and is valid for 30 days. Your contract with {brand} will end when your new provider completes the switch. Early termination charges may apply." """.rstrip()


@T("clean_telecom", "esim_question", 3, "en", case="lower")
def _(c):
    dev = c.pick("dev", ["pixel 8a", "galaxy a55", "iphone se"])
    net = c.pick("net", ["giffgaff", "voxi", "smarty"])
    old = c.pick("old", ["huawei p30", "nokia g21", "motorola g54"])
    return f"""does the {dev} support esim on {net}? and can i keep my whatsapp chats when i move from my old {old} or does whatsapp need the old sim in"""


@T("clean_telecom", "portabilidad_faq", 2, "es")
def _(c):
    fr, to = c.pick("ops", [("Movistar", "Digi"), ("MásMóvil", "Pepephone")])
    sample = c.pick("sample", ["Juan Pérez", "Fulano de Tal"])
    return f"""Explícame cómo funciona la portabilidad de {fr} a {to}: plazos, si pierdo el saldo y qué pasa con la permanencia. En la web ponen un ejemplo con "{sample}, DNI 12345678Z", pero no entiendo qué datos exactos me van a pedir."""


@T("clean_telecom", "tarif_wechsel", 1, "de")
def _(c):
    a, b = c.pick("tarif", [("Telekom MagentaMobil M", "congstar Allnet Flat"), ("Vodafone GigaMobil", "Fraenk")])
    dev = c.pick("dev", ["iPhone 14", "Galaxy A54"])
    land = c.pick("land", ["nach Polen", "in die Türkei"])
    return f"""Ich überlege, von {a} zu {b} zu wechseln. Lohnt sich das mit einem {dev}? Ich telefoniere viel {land} und nutze unterwegs Spotify und Google Maps. Bitte als Tabelle: Preis, Datenvolumen, 5G, EU-Roaming."""


@T("clean_telecom", "forfait_mere", 1, "fr")
def _(c):
    a, b = c.pick("forfaits", [("Free Mobile 2 €", "Sosh"), ("B&You", "RED by SFR")])
    dev = c.pick("dev", ["Doro 8100", "Samsung Galaxy A15"])
    pays = c.pick("pays", ["Algérie", "Belgique"])
    return f"""Quel forfait choisir entre {a} et {b} pour ma mère, qui a un {dev} ? Elle appelle surtout ses sœurs en {pays} et regarde des clips de Stromae sur YouTube. Et au passage : Xavier Niel possède toujours Free ?"""


@T("clean_telecom", "load_promo", 2, "tl", case="lower")
def _(c):
    a, b = c.pick("promo", [("globe gosurf50", "smart giga50"), ("tnt tiktok saya", "dito level-up 99")])
    return f"""ano mas sulit, {a} o {b}? lagi akong naka-data sa tiktok at ml. tsaka pano mag-load gamit gcash o maya? yung sample sa app naka "Juan dela Cruz" pa, kailangan ko ba palitan yun"""


@T("clean_telecom", "tarife_karsilastir", 2, "tr")
def _(c):
    a, b = c.pick("tarife", [("Turkcell Platinum", "Vodafone Red"), ("Türk Telekom Prime", "Turkcell Gnç")])
    dev = c.pick("dev", ["iPhone 13", "Xiaomi Redmi Note 13"])
    return f"""{a} ile {b} arasında hangisi daha uygun? Ayda 30 GB kullanıyorum, {dev} telefonum var, BiP ve WhatsApp'ı çok kullanıyorum. Bir de Almanya'ya gideceğim, yurt dışı paketi lazım."""


@T("clean_telecom", "goi_cuoc", 2, "vi")
def _(c):
    a = c.pick("a", ["SD135", "V120N"])
    city = c.pick("city", ["Đà Nẵng", "Cần Thơ"])
    return f"""So sánh giúp mình gói {a} của Viettel với gói của Vinaphone, dùng cho iPhone 12. Mình hay xem YouTube và gọi Zalo. Ở {city} nhà mạng nào sóng mạnh hơn?"""


@T("clean_telecom", "touch_alfa", 2, "ar", case="lower")
def _(c):
    dev = c.pick("dev", ["iphone 14", "samsung a54"])
    return f"""chou a7san, touch aw alfa, la {dev}? baddi bundle internet mni7 w ma yekhlas bsor3a. w chou ra2yak bi starlink bi lebnen, sme3et elon musk ra7 yfta7 bi beirut?"""


# ---------------------------------------------------------------- clean_broadband ----------
@T("clean_broadband", "router_dropping", 3, "en")
def _(c):
    router, gw = c.pick("router", [("Fritz!Box 7590", "192.168.178.1"), ("BT Smart Hub 2", "192.168.1.254"),
                                   ("Virgin Media Hub 5", "192.168.0.1")])
    dns = c.pick("dns", ["1.1.1.1", "8.8.8.8", "9.9.9.9"])
    city = c.pick("city", ["Sheffield", "Swansea", "Derby"])
    return f"""My {router} keeps dropping the connection every evening around 8pm. Default gateway is {gw}, DNS set to {dns}. The log says "PPP authentication failed". It's a terraced house in {city}, router in the hallway. What should I check before I ring my ISP?"""


@T("clean_broadband", "outage_status", 3, "en")
def _(c):
    cause, place = c.pick("cause", [("a JCB digger", "the A61 in Sheffield"), ("a lorry fire", "the Severn Bridge"),
                                    ("rats", "Hyde Park Corner")])
    team = c.pick("team", ["Openreach Network Response", "our NOC", "Field Ops North"])
    brand = c.pick("brand", ["Andrews & Arnold", "Zen", "Hyperoptic"])
    return f"""Draft a customer status update for our website. Facts: fibre cable damaged by {cause} near {place}; about 1,200 customers affected; {team} on site; estimated fix 18:00. Don't name the contractor. Keep the tone like {brand}'s status page: plain, no spin."""


@T("clean_broadband", "install_template", 3, "en")
def _(c):
    router = c.pick("router", ["BT Smart Hub 2", "Eero Pro 6E", "Sky Max Hub"])
    app = c.pick("app", ["My BT", "Virgin Media Connect", "Sky Broadband Buddy"])
    return f"""Create a reusable engineer job sheet template for FTTP installs. Fields: [CUSTOMER NAME], [INSTALL ADDRESS], [POSTCODE], [CONTACT NUMBER], ONT serial, router model (e.g. {router}), light levels, photos. Add a sign-off line "Engineer: {ph_('engineer_name')}" and a tick box for "Customer shown the {app} app"."""


@T("clean_broadband", "mesh_question", 3, "en", case="lower")
def _(c):
    a, b = c.pick("mesh", [("eero 6+", "netgear orbi"), ("tp-link deco x50", "google nest wifi pro"),
                           ("bt complete wifi", "asus zenwifi")])
    isp = c.pick("isp", ["community fibre", "virgin", "hyperoptic"])
    return f"""{a} vs {b} for a 3 bed semi with thick walls? got {isp} 500 meg and the wifi dies in the back bedroom. also is wifi 6e definately worth it or just marketing"""


@T("clean_broadband", "kuendigung_muster", 1, "de")
def _(c):
    isp = c.pick("isp", ["Deutsche Glasfaser", "1&1"])
    router = c.pick("router", ["FRITZ!Box 7590", "Speedport Smart 4"])
    return f"""Schreib mir ein Muster-Kündigungsschreiben an {isp} wegen Umzugs, mit Platzhaltern. Als Beispiel gern Max Mustermann, Musterstraße 1, 12345 Musterstadt. Und erklär kurz, ob die {router} zurückgeschickt werden muss."""


@T("clean_broadband", "traag_internet", 2, "nl")
def _(c):
    isp, router = c.pick("isp", [("Ziggo", "SmartWifi-modem"), ("KPN", "Box 14")])
    city = c.pick("city", ["Utrecht", "Almere"])
    return f"""Leg simpel uit waarom mijn internet van {isp} 's avonds traag is. Ik heb de {router} en woon in een flat in {city}. Op de site van de Consumentenbond staat een voorbeeldbrief van "J. Jansen" — kan ik die gewoon gebruiken?"""


@T("clean_broadband", "fibra_duvida", 1, "pt")
def _(c):
    a, b = c.pick("isp", [("Vivo Fibra", "Claro"), ("Oi Fibra", "TIM Ultrafibra")])
    city = c.pick("city", ["Recife", "Belo Horizonte"])
    return f"""Vale a pena trocar a {a} pela {b} aqui em {city}? O técnico disse que a ONT da Huawei está velha. O que é melhor pra jogar Free Fire e ver Netflix ao mesmo tempo?"""


@T("clean_broadband", "ftth_domanda", 2, "it")
def _(c):
    isp, router = c.pick("isp", [("Fastweb", "il FASTGate"), ("Iliad", "l'Iliadbox")])
    city = c.pick("city", ["Torino", "Bari"])
    return f"""Qual è la differenza tra FTTH e FTTC? Ho {isp} a {city} con {router} e mi arrivano 80 mega. Nel modulo di disdetta c'è l'esempio "Mario Rossi, Via Roma 1": i miei dati li metto nello stesso ordine?"""


@T("clean_broadband", "chalupa_internet", 2, "cs")
def _(c):
    a, b = c.pick("opt", [("5G internet od T-Mobile", "Starlink"), ("O2 Internet na doma", "Starlink")])
    hory = c.pick("hory", ["Krkonoších", "Beskydech"])
    return f"""Poraďte, je lepší {a} nebo {b} na chalupu v {hory}? Vzor smlouvy má jako zákazníka "Jan Novák", tak nevím, co kam vyplnit. Pevná linka tam není, jen signál Vodafonu."""


@T("clean_broadband", "swiatlowod", 1, "pl")
def _(c):
    a, b = c.pick("isp", [("Orange", "Netii"), ("Vectry", "Play")])
    city = c.pick("city", ["Łodzi", "Lublinie"])
    return f"""Czy opłaca się światłowód od {a} zamiast {b}? Mieszkam w bloku w {city}, a Funbox od operatora jest słaby. W przykładowym wniosku jest "Jan Kowalski, ul. Przykładowa 1" – to tylko wzór, prawda?"""


@T("clean_broadband", "network_explainer", 3, "en")
def _(c):
    topic = c.pick("topic", [
        "why the Shannon limit caps DSL speeds, and what Bell Labs had to do with it",
        "how Marconi's radio work led to Wi-Fi, and why Hedy Lamarr is credited with frequency hopping",
        "what Bluetooth is named after (Harald Bluetooth) and why it can interfere with 2.4 GHz Wi-Fi",
    ])
    role = c.pick("role", ["NOC analyst", "Customer Experience Advisor", "Field Technician"])
    return f"""Explain {topic}, for our new {role}s. One analogy, then a five-question quiz at the end."""


@T("clean_broadband", "exchange_faults", 3, "en")
def _(c):
    rows = c.pick("rows", [
        ["Sheffield Central,Yorkshire,41,58,0.62", "Washington,North East,12,9,0.44", "Beverley,East Riding,7,15,0.71"],
        ["Stanley,County Durham,18,22,0.38", "Shirley,West Midlands,25,19,0.55", "Hope,Derbyshire,3,6,0.12"],
        ["Kingston,London,33,47,0.81", "Morley,Yorkshire,14,11,0.49", "Florence,Staffordshire,5,9,0.27"],
    ])
    body = "\n".join(rows)
    return f"""Chart-ready summary please — which exchanges got worse week on week, and by how much?

exchange,region,faults_wk1,faults_wk2,fttp_share
{body}"""


# ---------------------------------------------------------------- clean_energy -------------
@T("clean_energy", "tariff_explainer", 3, "en")
def _(c):
    t1, t2 = c.pick("t", [("Agile Octopus", "Intelligent Octopus Go"), ("Economy 7", "Cosy Octopus"),
                          ("E.ON Next Drive", "Octopus Flux")])
    dev = c.pick("dev", ["Tesla Powerwall 3", "Zappi charger", "Daikin Altherma heat pump"])
    month = c.pick("month", ["October", "January", "April"])
    return f"""Explain {t1} vs {t2} to a customer who has a {dev} and works from home. Under 200 words, no jargon. Martin Lewis says the price cap changes in {month}; mention what Ofgem's cap actually limits (unit rates and standing charges, not the bill)."""


@T("clean_energy", "ev_charger_catalogue", 3, "en")
def _(c):
    trio = c.pick("trio", [("myenergi Zappi", "Ohme Home Pro", "Andersen A2"),
                           ("Pod Point Solo 3S", "Hypervolt Home 3 Pro", "Easee One"),
                           ("Wallbox Pulsar Plus", "Andersen A3", "Ohme ePod")])
    car = c.pick("car", ["Tesla Model Y", "Renault Zoe", "Nissan Leaf"])
    return f"""We're adding chargers to our install catalogue. Compare {trio[0]}, {trio[1]} and {trio[2]}: tethered vs untethered, solar diversion, app, warranty. Note which work with a {car} and with Octopus's smart tariffs."""


@T("clean_energy", "units_onepager", 3, "en")
def _(c):
    role = c.pick("role", ["Customer Service Advisors", "trainee Smart Meter Engineers", "Billing Analysts"])
    kettle = c.pick("kettle", ["Russell Hobbs", "Breville", "Dualit"])
    extra = c.pick("extra", ["Add a footnote on the tesla (the unit) vs Tesla (the company).",
                             "Include Kirchhoff's laws as a bonus box.",
                             "Mention Faraday and why a microwave is a Faraday cage."])
    return f"""Write a one-page explainer for new {role}: volts, amps, watts, ohms and kWh, with a line on who each unit is named after (Volta, Ampère, Watt, Ohm, Joule). Use a {kettle} kettle and an Edison screw bulb as examples, and say why a 13A plug has a fuse. {extra}"""


@T("clean_energy", "thermostat_q", 3, "en", case="lower")
def _(c):
    a, b = c.pick("th", [("hive", "tado"), ("nest", "drayton wiser"), ("honeywell evohome", "hive")])
    hp = c.pick("hp", ["daikin altherma", "mitsubishi ecodan", "vaillant arotherm"])
    return f"""{a} or {b} with a {hp}? installer said {b} is better for weather compensation but my mate swears by {a}. also does it work with alexa and google home"""


@T("clean_energy", "reading_sms_template", 3, "en")
def _(c):
    brand = c.pick("brand", ["Ovo Energy", "So Energy", "Good Energy"])
    team = c.pick("team", ["Energy Specialists", "Home Moves", "Smart Support"])
    fuel = c.pick("fuel", ["electricity", "gas", "electricity and gas"])
    return f"""Improve this SMS template and give me a Welsh version too:
"Hi {ph_('first_name')}, it's time for your meter reading. Reply with your {fuel} reading or use the {brand} app. Questions? Our {team} team is here 8am-8pm. – {brand}" """.rstrip()


@T("clean_energy", "tempo_linky", 2, "fr")
def _(c):
    sup = c.pick("sup", ["TotalEnergies", "Ekwateur"])
    car = c.pick("car", ["Renault Zoé", "Peugeot e-208"])
    return f"""Le compteur Linky de mes parents affiche des « jours rouges » avec EDF Tempo. C'est quoi exactement, et est-ce que {sup} propose mieux ? Ils se chauffent à l'électrique (radiateurs Atlantic) et ont une borne pour leur {car}."""


@T("clean_energy", "factura_luz", 2, "es")
def _(c):
    comp = c.pick("comp", ["Iberdrola", "Endesa"])
    other = c.pick("other", ["Holaluz", "Octopus Energy"])
    return f"""¿Me explicas la factura de la luz? Tengo el PVPC con {comp} y no entiendo el término de potencia ni el bono social. En el ejemplo de la web sale "Carmen Española Española" como titular 🙃. ¿Me compensa pasarme a {other}?"""


@T("clean_energy", "bolletta_luce", 1, "it")
def _(c):
    comp = c.pick("comp", ["Enel Energia", "A2A"])
    a, b = c.pick("ab", [("Sorgenia", "Edison Energia"), ("Plenitude", "Acea Energia")])
    return f"""Mi spieghi la bolletta di luce e gas di {comp}? Non capisco gli oneri di sistema e cosa sia il PDR. Con la fine del mercato tutelato devo scegliere tra {a} e {b}. Nel fac-simile c'è "Mario Rossi" come intestatario: i miei dati dove li trovo?"""


@T("clean_energy", "dynamischer_tarif", 1, "de")
def _(c):
    a = c.pick("a", ["Tibber", "Rabot Energy"])
    pump = c.pick("pump", ["Vaillant aroTHERM", "Viessmann Vitocal"])
    sw = c.pick("sw", ["Stadtwerke München", "Mainova"])
    return f"""Ist ein dynamischer Stromtarif wie {a} sinnvoll, wenn ich ein Balkonkraftwerk und eine {pump} habe? Mein Versorger ({sw}) bietet nur Festpreis. Bitte mit Beispielrechnung für Max Mustermann, 3.500 kWh im Jahr."""


@T("clean_energy", "elpris_zon", 1, "sv")
def _(c):
    zone = c.pick("zone", ["SE4 (Malmö)", "SE3 (Stockholm)"])
    a = c.pick("a", ["timpris hos Tibber", "fast pris hos Vattenfall"])
    return f"""Varför är elpriset så mycket högre i {zone} än i Luleå? Jag har {a} och funderar på att byta. Kan du också förklara vad Anders Celsius har med termostaten från Nibe att göra? 😄"""


@T("clean_energy", "plafonare", 2, "ro")
def _(c):
    comp = c.pick("comp", ["Enel", "E.ON"])
    other = c.pick("other", ["Hidroelectrica", "Engie"])
    return f"""Explică-mi ce înseamnă plafonarea prețului la energie pe o factură {comp}. În modelul de pe site apare „Ion Popescu, Str. Exemplu nr. 1" — e doar un exemplu, nu? Și merită să trec la {other}?"""


@T("clean_energy", "loadshedding", 2, "en")
def _(c):
    area = c.pick("area", ["Soweto", "Cape Town's southern suburbs"])
    inv, bat = c.pick("kit", [("Sunsynk", "Pylontech"), ("Deye", "Hubble")])
    stage = c.pick("stage", ["4", "6"])
    return f"""How does Eskom's load shedding schedule work for {area}? I use the EskomSePush app. Would a 5kW {inv} inverter with two {bat} batteries carry a fridge, Wi-Fi and a Smeg kettle through stage {stage}?"""


# ---------------------------------------------------------------- clean_water --------------
@T("clean_water", "hard_water", 3, "en")
def _(c):
    city, city2, co = c.pick("c", [("London", "Glasgow", "Thames Water"), ("Cambridge", "Manchester", "Cambridge Water"),
                                   ("Hull", "Aberdeen", "Yorkshire Water")])
    filt = c.pick("filt", ["Brita", "BWT", "ZeroWater"])
    kettle = c.pick("kettle", ["Smeg", "Kenwood", "Dualit"])
    return f"""Why is the water in {city} so hard compared to {city2}? We're on {co}. Is a {filt} jug worth it, and will it stop the limescale in my {kettle} kettle?"""


@T("clean_water", "leak_triage_procedure", 3, "en")
def _(c):
    team = c.pick("team", ["Leakage Desk", "Customer Contact Centre (Severn Trent)", "Out of Hours team"])
    tool = c.pick("tool", ["Salesforce Field Service", "ArcGIS Field Maps", "Microsoft Dynamics"])
    esc = c.pick("esc", ["Network Control", "the Bursts Duty Manager", "the Incident Room in Coventry"])
    return f"""Draft a step-by-step procedure for the {team} on triaging reported leaks. Use placeholders such as {ph_('property_address')}, {ph_('reporter_name')} and {ph_('contact_number')}. Include the {tool} workflow, photo upload, and when to escalate to {esc}."""


@T("clean_water", "sewer_history", 3, "en")
def _(c):
    topic = c.pick("topic", ["Joseph Bazalgette and the Great Stink of 1858",
                             "John Snow, the Broad Street pump and the 1854 cholera outbreak",
                             "whether Thomas Crapper really invented the flush toilet"])
    aud = c.pick("aud", ["the visitor centre at Crossness", "a primary school outreach pack", "the staff newsletter"])
    return f"""For {aud}, write 150 words on {topic}. Keep it lively, no dates list."""


@T("clean_water", "hosepipe_ban", 3, "en", case="lower")
def _(c):
    area, co = c.pick("area", [("kent", "south east water"), ("sussex", "southern water"), ("yorkshire", "yorkshire water")])
    tool = c.pick("tool", ["karcher", "worx hydroshot", "ryobi pressure washer"])
    return f"""is there a hosepipe ban in {area} this summer? were with {co}. can i still fill the paddling pool and use the {tool} on the patio"""


@T("clean_water", "canal_isabel", 1, "es")
def _(c):
    city, co = c.pick("cc", [("Barcelona", "Aigües de Barcelona"), ("Sevilla", "EMASESA")])
    brand = c.pick("brand", ["Itron", "Kamstrup"])
    return f"""¿Por qué en Madrid el agua la gestiona el Canal de Isabel II y en {city} {co}? Es para un trabajo de clase. También quiero explicar cómo funciona el contador {brand} de lectura remota que han puesto en mi edificio."""


@T("clean_water", "tarifa_social_agua", 1, "pt")
def _(c):
    co, city = c.pick("cc", [("EPAL", "Lisboa"), ("Águas do Porto", "Porto")])
    return f"""Qual é a diferença entre a tarifa social da {co} e a normal? Vivo num T2 em {city}. E os contadores inteligentes leem sozinhos ou alguém tem de vir cá a casa?"""


@T("clean_water", "wasserhaerte", 1, "de")
def _(c):
    city, co = c.pick("cc", [("Berlin", "Berliner Wasserbetriebe"), ("München", "Stadtwerke München")])
    brand = c.pick("brand", ["Grünbeck", "Judo"])
    machine = c.pick("machine", ["Jura E8", "De'Longhi Magnifica"])
    return f"""Wie hart ist das Wasser in {city}? Die {co} geben den Härtebereich „hart" an. Lohnt sich eine Enthärtungsanlage von {brand}, oder reicht Entkalker für meine {machine}?"""


@T("clean_water", "vizdij", 2, "hu")
def _(c):
    city, co = c.pick("cc", [("Szegeden", "Szegedi Vízműtől"), ("Pécsett", "Tettye Forrásháztól")])
    return f"""Miért drágább a vízdíj {city}, mint Budapesten? A Fővárosi Vízművek mintaszámláján „Gipsz Jakab" szerepel – ő ki? 🙂 És lehet-e okos vízórát kérni a {co}?"""


@T("clean_water", "interruption_advisory", 2, "tl", case="lower")
def _(c):
    co, city = c.pick("cc", [("maynilad", "parañaque"), ("manila water", "quezon city")])
    return f"""pakibuod naman yung {co} water interruption advisory para i-post sa gc ng hoa namin sa {city}. yung template nila may "Juan dela Cruz" pa sa account name, tatanggalin ko na lang ba?"""


@T("clean_water", "fatoura_lma", 2, "ar", case="lower")
def _(c):
    city, co = c.pick("cc", [("casablanca", "lydec"), ("rabat", "redal")])
    return f"""wach 3adi lfatoura dyal lma tkoun ghalya f {city} 3la 9bal {co}? chi wa7ed 9al liya ghadi ybdlo lcompteur b wa7ed jdid dyal itron. wach ghadi ntkhlso ktar?"""


@T("clean_water", "eau_calcaire", 1, "fr")
def _(c):
    city, co = c.pick("cc", [("Paris", "Eau de Paris"), ("Lyon", "Eau du Grand Lyon")])
    brand = c.pick("brand", ["Culligan", "Permo"])
    return f"""L'eau est très calcaire à {city} ({co}). Un adoucisseur {brand} vaut-il le coup pour un appartement ? Et la carafe Brita, ça sert vraiment ? Ma Nespresso s'entartre tous les mois."""


@T("clean_water", "water_regs_table", 2, "en")
def _(c):
    x = c.pick("x", ["Legionella and the L8 ACOP", "the Water Supply (Water Fittings) Regulations 1999"])
    ni = c.pick("ni", ["NI Water", "Scottish Water"])
    return f"""Make a table of the water regs a plumbing apprentice should know: WRAS approval, Part G, BS EN 1717 backflow, {x}. Add the bodies (Ofwat, DWI, {ni}) and what each does."""


# ---------------------------------------------------------------- clean_homeservices -------
@T("clean_homeservices", "boiler_fault_code", 3, "en")
def _(c):
    boiler, code = c.pick("b", [("Worcester Bosch Greenstar 30i", "EA 227"), ("Vaillant ecoTEC plus", "F28"),
                                ("Baxi 800 Combi", "E133")])
    role = c.pick("role", ["Gas Safe engineers", "first-time-fix team", "apprentices"])
    return f"""Customer's {boiler} is showing {code}. What does that usually mean and what should our {role} check first? Quick checklist please."""


@T("clean_homeservices", "job_sheet_form", 3, "en")
def _(c):
    trade, part = c.pick("trade", [("pest control", "Little Nipper traps"), ("boiler servicing", "a Grundfos UPS3 pump"),
                                   ("end of tenancy cleaning", "Kärcher carpet detergent")])
    return f"""Design a one-page job sheet for our {trade} jobs. Fields: Customer name: ______, Site address: ______, Postcode: ______, Phone: ______, access notes, pets, work done, parts used (e.g. {part}), customer signature, "Engineer: {ph_('engineer_name')}". Add a GDPR line about how long we keep it."""


@T("clean_homeservices", "dog_hair_tips", 3, "en", case="lower")
def _(c):
    a, b = c.pick("vac", [("henry hoover", "dyson v15"), ("shark stratos", "miele c3"), ("vax blade", "henry quick")])
    prod = c.pick("prod", ["zoflora", "the pink stuff", "cif"])
    floor = c.pick("floor", ["a karndean floor", "a marble vanity", "an amtico floor"])
    return f"""{a} or {b} for dog hair on carpets? also mrs hinch swears by {prod} for the bathroom but is it safe on {floor}"""


@T("clean_homeservices", "pest_faq", 3, "en")
def _(c):
    pest = c.pick("pest", ["German cockroaches vs Oriental cockroaches", "brown rats vs Norway rats (the same animal!)",
                           "Pharaoh ants in blocks of flats"])
    cert = c.pick("cert", ["BPCA", "NPTA", "BPCA and CEPA"])
    return f"""Write a short FAQ for our website: {pest}. Cover signs, health risks, and why we don't sell Raid foggers or Nippon to fix it. Mention we're {cert} members."""


@T("clean_homeservices", "moving_checklist", 3, "en")
def _(c):
    size = c.pick("size", ["2-bed", "4-bed", "studio"])
    item = c.pick("item", ["PAX wardrobes", "BILLY bookcases", "MALM beds"])
    comp = c.pick("comp", ["Pickfords", "Two Men and a Truck", "Britannia"])
    return f"""Make a moving-day checklist for customers who book a {size} move. Include IKEA {item} (who dismantles them), meter readings with a photo of the SMETS2 display, Royal Mail redirection, and a polite line that we're not {comp}, so please don't compare line by line."""


@T("clean_homeservices", "checkatrade_profile", 3, "en")
def _(c):
    biz = c.pick("biz", ["Kelvin Electrical Ltd", "Green Valley Plumbing & Heating", "Ohm Sweet Ohm Electrics"])
    p1, p2 = c.pick("brands", [("Hansgrohe", "Grohe"), ("Mira", "Triton"), ("Aqualisa", "Crabtree")])
    area = c.pick("area", ["Sheffield and the Peak District", "Bristol, Bath and North Somerset", "Cardiff and the Vale"])
    return f"""Write a Checkatrade profile for "{biz}". We fit {p1} and {p2} kit, are Gas Safe and NICEIC registered, and cover {area}. Mention our Which? Trusted Trader badge and that the Office Manager replies to quotes within 24h."""


@T("clean_homeservices", "handwerker_kosten", 1, "de")
def _(c):
    x = c.pick("x", ["Gastherme", "Duschwanne"])
    city = c.pick("city", ["Köln", "Leipzig"])
    store, brand = c.pick("sb", [("Hornbach", "Vaillant ecoTEC"), ("OBI", "Hansgrohe Raindance")])
    return f"""Was kostet ungefähr der Austausch einer {x} durch einen Meisterbetrieb in {city}? Bei {store} habe ich schon die {brand} gesehen. Und brauche ich für den Kärcher einen Rückflussverhinderer am Wasserhahn?"""


@T("clean_homeservices", "modele_devis", 1, "fr")
def _(c):
    brand = c.pick("brand", ["Atlantic", "Thermor"])
    store = c.pick("store", ["Leroy Merlin", "Castorama"])
    return f"""Rédige un modèle de devis pour un artisan plombier, avec « Jean Dupont » comme client fictif et des champs [NOM], [ADRESSE], [TÉLÉPHONE]. Prévois une ligne pour un chauffe-eau {brand} acheté chez {store} et la mention de la TVA à 10 %."""


@T("clean_homeservices", "slimme_thermostaat", 1, "nl")
def _(c):
    a, b = c.pick("ab", [("Nest", "Tado"), ("Honeywell Lyric", "Tado")])
    ketel, co = c.pick("kc", [("Nefit-ketel", "Feenstra"), ("Remeha Tzerra", "Eneco")])
    return f"""Welke slimme thermostaat raden jullie aan: {a} of {b}? Ik heb net een {ketel} laten installeren en de monteur van {co} zei dat het geen verschil maakt. Bestel ik hem bij Gamma of bij Praxis?"""


@T("clean_homeservices", "fachowiec_cena", 2, "pl")
def _(c):
    x = c.pick("x", ["pieca gazowego", "baterii łazienkowej"])
    city = c.pick("city", ["Wrocławiu", "Poznaniu"])
    brand = c.pick("brand", ["Junkers", "Termet"])
    return f"""Ile kosztuje wymiana {x} we {city}? Fachowiec z OLX proponuje {brand}. W umowie wzór ma "Jan Kowalski" – czy tak się spisuje umowę o dzieło?""".replace("we Poznaniu", "w Poznaniu")


@T("clean_homeservices", "caldaia_blocco", 1, "it")
def _(c):
    brand, code = c.pick("bc", [("Immergas", "E01"), ("Beretta", "A01")])
    city = c.pick("city", ["Genova", "Firenze"])
    return f"""La caldaia {brand} di mia nonna va in blocco con errore {code}. L'assistenza dice che serve il tecnico. Quanto costa di solito la revisione a {city}? Nel modulo c'è scritto "Sig. Mario Rossi" come esempio, lo lascio?"""


@T("clean_homeservices", "rut_fraga", 2, "sv")
def _(c):
    co = c.pick("co", ["Hemfrid", "Hemstäd"])
    item = c.pick("item", ["en taklampa från Clas Ohlson", "en diskmaskin från Bosch"])
    return f"""Hur fungerar RUT-avdraget om jag anlitar {co} för flyttstädning? Skatteverkets exempel använder "Sven Svensson". Gäller det även fönsterputs och att montera {item}?"""


# ---------------------------------------------------------------- clean_billing ------------
@T("clean_billing", "dd_guarantee", 3, "en")
def _(c):
    aud = c.pick("aud", ["a new Billing Advisor", "a customer, in a letter", "a 16-year-old apprentice"])
    proc = c.pick("proc", ["GoCardless", "Stripe", "Paddle"])
    sample = c.pick("sample", ["Joe Bloggs", "John Smith", "Jane Doe"])
    return f"""Explain the Direct Debit Guarantee to {aud} in plain English: what Bacs is, how a claim works, and how a {proc} mandate differs from a standing order. Use "{sample}" as the example customer."""


@T("clean_billing", "reminder_rewrite", 3, "en")
def _(c):
    action = c.pick("action", ["pass your account to our recovery partner", "apply to fit a prepayment meter",
                               "restrict outgoing calls on your line"])
    team = c.pick("team", ["Credit Control Team", "Customer Financial Support", "Accounts Receivable"])
    return f"""Rewrite this reminder so it's kinder and fits Ofgem's and Ofcom's vulnerability guidance:

"Dear {ph_('customer_name')},
Your account {ph_('account_number')} is {ph_('days_overdue')} days overdue. If we do not receive £{ph_('amount')} by {ph_('due_date')}, we will {action}.
Regards,
{team}" """.rstrip()


@T("clean_billing", "arrears_export", 3, "en")
def _(c):
    rows = c.pick("rows", [
        ["North West,Flexible Octopus,18422,2311,388.20", "Yorkshire,Fixed 12M,9120,640,212.75", "London,Standard Variable,22107,3390,455.10"],
        ["East Midlands,Simpler Energy,7311,802,301.44", "South Wales,Fixed 24M,5400,377,198.02", "Merseyside,Prepay,6650,1208,142.90"],
        ["St Helens,Standard Variable,2210,390,360.00", "Kingston upon Hull,Economy 7,3120,455,287.35", "Milton Keynes,EV Tariff,4480,210,120.60"],
    ])
    body = "\n".join(rows)
    return f"""Summarise this arrears export for the board pack — which regions need more Extra Help advisers?

region,tariff,accounts,in_arrears,avg_debt_gbp
{body}"""


@T("clean_billing", "deadlock_letter", 3, "en")
def _(c):
    ombud = c.pick("ombud", ["the Energy Ombudsman", "CISAS", "the Communications Ombudsman"])
    title = c.pick("title", ["Head of Customer Relations", "Complaints Resolution Manager", "Executive Complaints Team"])
    return f"""Write the deadlock letter template for the complaints team. After 8 weeks customers can go to {ombud}. Use placeholders ([Customer Name], [Complaint Ref], [Date Received]) and sign it from "{title}"."""


@T("clean_billing", "bill_too_high", 3, "en", case="lower")
def _(c):
    co = c.pick("co", ["british gas", "edf", "ovo"])
    th = c.pick("th", ["tado", "hive", "nest"])
    other, mo = c.pick("om", [("octopus", "april"), ("e.on next", "july"), ("so energy", "october")])
    return f"""why is my {co} bill so much higher in january when ive got a {th}? standing charge went up to. is it worth moving to {other} or waiting for the price cap in {mo}"""


@T("clean_billing", "musterrechnung", 2, "de")
def _(c):
    co, app = c.pick("ca", [("E.ON", "Mein E.ON App"), ("Vattenfall", "Vattenfall-App")])
    return f"""Erkläre mir diese Musterrechnung von {co}: Empfänger „Max Mustermann, Musterstraße 1, 12345 Musterstadt", Abschlag 98 €, Nachzahlung 212,40 €. Warum ist der Grundpreis gestiegen, und kann ich den Abschlag in der {app} ändern?"""


@T("clean_billing", "plantilla_reclamacion", 1, "es")
def _(c):
    co = c.pick("co", ["Movistar", "Naturgy"])
    return f"""Hazme una plantilla de carta de reclamación por cobro indebido a {co}, con campos {ph_('nombre')}, {ph_('dni')} y {ph_('direccion')}. Pon de ejemplo a "Juan Pérez, Calle Falsa 123, Springfield" 😂 y cita la Ley General para la Defensa de los Consumidores."""


@T("clean_billing", "lignes_facture", 2, "fr")
def _(c):
    co = c.pick("co", ["EDF", "Engie"])
    return f"""Peux-tu m'expliquer les lignes de ma facture {co} : abonnement, TURPE, CTA, accise sur l'électricité ? L'exemple sur leur site est au nom de « Jean Dupont, 1 rue de la Paix, 75002 Paris ». Et comment payer par TIP ou prélèvement ?"""


@T("clean_billing", "bandeira_tarifaria", 1, "pt")
def _(c):
    flag = c.pick("flag", ["vermelha", "amarela"])
    co = c.pick("co", ["Cemig", "Light"])
    return f"""O que é a bandeira {flag} na conta da {co}? E se eu pagar o boleto atrasado, meu nome vai pro Serasa? O exemplo do site é "Fulano de Tal, CPF 000.000.000-00"."""


@T("clean_billing", "fatura_sms_sablon", 2, "tr")
def _(c):
    co = c.pick("co", ["Türk Telekom", "Enerjisa"])
    return f"""Müşterilere gidecek bu SMS'i daha kibar yaz: "Sayın {ph_('ad_soyad')}, {co} {ph_('fatura_donemi')} faturanız {ph_('tutar')} TL'dir. Son ödeme tarihi {ph_('son_odeme')}. e-Devlet veya mobil uygulama üzerinden ödeyebilirsiniz." """.rstrip()


@T("clean_billing", "vyuctovani", 1, "cs")
def _(c):
    co = c.pick("co", ["ČEZ", "Pražské energetiky"])
    return f"""Vysvětli mi vyúčtování od {co}: co je distribuční sazba D02d a proč platím zálohy? Ve vzorovém dokumentu je "Jan Novák, Pražská 1, Praha" – to je jen vzor, ne?"""


@T("clean_billing", "notificare_plata", 1, "ro")
def _(c):
    co = c.pick("co", ["Digi", "Apa Nova"])
    app = c.pick("app", ["George (BCR)", "MyDigi"])
    return f"""Scrie un model de notificare de plată pentru clienții {co}, cu câmpuri [NUME], [COD CLIENT], [SUMĂ]. Exemplu: „Ion Popescu". Adaugă că pot plăti prin {app} sau la PayPoint."""


# ---------------------------------------------------------------- more PII-free rows -------
@T("clean_water", "planned_works_notice", 3, "en", case="upper")
def _(c):
    road, town, a, b = c.pick("road", [("Victoria Road", "Sheffield", "Abbey Lane", "the Co-op"),
                                       ("Gladstone Street", "Bolton", "Nelson Street", "St Peter's church"),
                                       ("Wellington Road", "Norwich", "Unthank Road", "the Lord Nelson pub")])
    co = c.pick("co", ["Yorkshire Water", "United Utilities", "Anglian Water"])
    return f"""proofread this before it goes on the lamp posts, keep it in capitals:

PLANNED WORKS – {road}, {town}
{co} WILL BE REPLACING THE WATER MAIN ON {road} BETWEEN {a} AND {b} FROM MONDAY 9 JUNE FOR ABOUT 3 WEEKS. TEMPORARY TRAFFIC LIGHTS WILL BE IN PLACE. YOUR SUPPLY MAY BE OFF FOR UP TO 4 HOURS – WE WILL DELIVER A CARD 48 HOURS BEFORE. QUESTIONS: FREEPHONE 0800 980 2021 OR THE {co} APP."""


@T("clean_telecom", "mast_upgrade_reply", 3, "en")
def _(c):
    place = c.pick("place", ["the rooftop of Jubilee House", "the lamp column on Churchill Way", "St Mary's church tower"])
    op = c.pick("op", ["MBNL (EE and Three)", "Cornerstone (Vodafone and O2)", "Vodafone"])
    tone = c.pick("tone", ["calm and factual", "friendly, for the parish newsletter", "formal, for the council"])
    return f"""Write a reply to residents worried about the 5G upgrade planned for {place} by {op}. Explain ICNIRP limits and Ofcom's EMF checks, that the frequencies are nothing like a microwave oven, and offer a drop-in session with our Community Liaison Officer. Tone: {tone}."""


@T("clean_energy", "metering_handover", 3, "en")
def _(c):
    patch, towns = c.pick("patch", [("North", ("Hebden Bridge", "Todmorden", "the Wakefield depot")),
                                    ("Wales", ("Llandeilo", "Bethesda", "the Bridgend depot")),
                                    ("South West", ("St Agnes", "Keynsham", "the Avonmouth depot"))])
    meter = c.pick("meter", ["Landis+Gyr E470", "Aclara SGM1411", "Secure Liberty 100"])
    return f"""Tidy this handover into three headed sections (stock, comms, people):

Smart Metering – {patch} patch – end of week
- 6 SMETS1 jobs need a comms hub swap, WAN coverage still poor around {towns[0]} and {towns[1]}
- {meter} stock low at {towns[2]}, Field Manager to reorder Monday
- Team Leader to approve overtime for Saturday; Dispatch to re-plan the Edison screw recall jobs
- new starters shadow the Senior Engineer, not the apprentices"""


# ============================================================================================
# build, check, report
# ============================================================================================
def build():
    rng = random.Random(SEED)
    usage = Counter()
    state = {}
    rows, meta = [], []
    for t in TEMPLATES:
        for i in range(t["n"]):
            c = Ctx(rng, usage, t["name"], state)
            marked = t["fn"](c)
            if t["case"] == "lower":
                marked = marked.lower()
            elif t["case"] == "upper":
                marked = marked.upper()
            text, spans = unmark(marked)
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
            meta.append({"lang": t["lang"], "case": t["case"], "people": [k for k in c.row if k[0] == "person"]})
    return rows, meta, usage


def check(rows):
    ids, texts = set(), set()
    per_template = Counter()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["locale"] == "", r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        assert not any(ch in r["text"] for ch in "⟦⟧"), r["id"]
        assert not re.search(r"«[a-z]:", r["text"]), r["id"]
        per_template[(r["class"], r["template"])] += 1
        prev_end = -1
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["value"] == r["text"][s["start"]:s["end"]], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= prev_end, (r["id"], "overlap or unsorted", s)
            prev_end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], (r["id"], "span in a PII-free row")
        else:
            assert r["spans"], (r["id"], "personal row without a span")
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5, per_template.most_common(1)
    return True


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows, meta, usage):
    by_class = Counter(r["class"] for r in rows)
    tmpl = Counter((r["class"], r["template"]) for r in rows)
    types = Counter(s["type"] for r in rows for s in r["spans"])
    langs = Counter(mm["lang"] for mm in meta)
    lang_personal = Counter(mm["lang"] for r, mm in zip(rows, meta) if not r["class"].startswith("clean_"))
    lower = sum(1 for mm in meta if mm["case"] == "lower")
    personal = sum(1 for r in rows if not r["class"].startswith("clean_"))
    used_people = {p.full for p in PEOPLE if usage[p.key] > 0}
    unused = [p.full for p in PEOPLE if usage[p.key] == 0]
    cultures = sorted({p.culture for p in PEOPLE if p.full in used_people})
    print(f"rows {len(rows)}: personal {personal}, PII-free {len(rows) - personal}")
    print(f"templates {len(tmpl)} (max rows a template {max(tmpl.values())})")
    for k in sorted(by_class):
        print(f"  {k:24s} rows {by_class[k]:3d} templates {sum(1 for t in tmpl if t[0] == k)}")
    print("spans:", dict(types.most_common()), "total", sum(types.values()))
    print("languages (rows):", dict(langs.most_common()))
    print("languages (personal rows):", dict(lang_personal.most_common()))
    print(f"non-English rows {len(rows) - langs['en']} ({(len(rows) - langs['en']) / len(rows):.0%}); lower-case rows {lower}")
    print(f"people {len(PEOPLE)}, used {len(used_people)}, unused {unused}")
    print(f"culture tags {len(cultures)}: {', '.join(cultures)}")
    unused_addr = [a.raw.split(chr(10))[0] for r in ADDRS.values() for a in r if usage[a.key] == 0]
    unused_ph = [p for reg, lst in PHONES.items() for p in lst if usage[("phone", p)] == 0]
    print("unused addresses:", unused_addr)
    print("unused phones:", unused_ph)
    print("unused dobs:", [d for d in DOBS if usage[("dob", d)] == 0])
    print("max person use:", max(usage[p.key] for p in PEOPLE))


def main():
    rows, meta, usage = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if old == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name} differs from a fresh build")
        return 1
    OUT.write_text(data, encoding="utf-8")
    report(rows, meta, usage)
    # every hand-typed person, address, phone and date of birth is used at least once
    assert all(usage[p.key] for p in PEOPLE)
    assert all(usage[a.key] for lst in ADDRS.values() for a in lst)
    assert all(usage[("phone", x)] for lst in PHONES.values() for x in lst)
    assert all(usage[("dob", d)] for d in DOBS)
    print("check(): ok")
    print(f"sha256 {OUT.name} {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
