#!/usr/bin/env python3
"""school — a hand-written check set: schools and education (holdout only).

Standard library only, SEED fixed, deterministic. Every name, street, town, phone,
ID number and date below was typed by hand; e-mail local parts and logins are
derived in code from the hand-typed names.

    python3 build.py          # writes holdout.jsonl and README.md, runs check(), prints counts
    python3 build.py --check  # rebuilds in memory and compares with holdout.jsonl
"""
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

SEED = 5202
SET = "school"
SOURCE = "school"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout.jsonl")
README = os.path.join(HERE, "README.md")

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}
CODE = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
        "D": "DATE_OF_BIRTH", "N": "NATIONAL_ID", "S": "US_SSN", "C": "CREDIT_CARD",
        "I": "IBAN_CODE", "IP": "IP_ADDRESS", "M": "MEDICAL_RECORD_NUMBER"}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


# ---------------------------------------------------------------- markers
def unmark(s, case=None):
    """Strip ⟦T|value⟧ markers, return (text, spans). case: None, 'lower', 'upper'
    (applied piece by piece so offsets stay right)."""
    def tr(x):
        if case == "lower":
            return x.lower()
        if case == "upper":
            return x.upper()
        return x
    out, spans, pos, n = [], [], 0, 0
    for m in MARK.finditer(s):
        pre = tr(s[pos:m.start()])
        out.append(pre)
        n += len(pre)
        typ = CODE.get(m.group(1), m.group(1))
        val = tr(m.group(2))
        spans.append({"start": n, "end": n + len(val), "type": typ, "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    out.append(tr(s[pos:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


def M(code, v):
    return "⟦%s|%s⟧" % (code, v)


FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
        "Đ": "D", "ı": "i", "œ": "oe", "þ": "th", "ð": "d", "'": "", "’": ""}


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


# ---------------------------------------------------------------- people
class Person:
    """A private person typed by hand. order 'gf' (given first) or 'fg' (surname first).
    call: the name used alone (Vietnamese: last syllable); ag/af: ASCII forms for mail."""

    def __init__(self, given, family, culture, order="gf", call=None, ag=None, af=None):
        self.given, self.family, self.culture, self.order = given, family, culture, order
        self.call = call or given
        self.ag = ag or fold(self.call if order == "fg" and call else given)
        self.af = af or fold(family) if (af or family) else ""

    def name(self):
        if not self.family:
            return self.given
        if self.order == "fg":
            return "%s %s" % (self.family, self.given)
        return "%s %s" % (self.given, self.family)

    @property
    def full(self):
        return M("P", self.name())

    @property
    def g(self):
        return M("P", self.call)

    @property
    def f(self):
        return M("P", self.family or self.given)

    @property
    def western(self):  # given first, whatever the culture does
        return M("P", "%s %s" % (self.given, self.family) if self.family else self.given)

    @property
    def caps_first(self):  # register style: FAMILY Given
        if not self.family:
            return M("P", self.given.upper())
        return M("P", "%s %s" % (self.family.upper(), self.given))

    @property
    def cl(self):  # "Family, Given" in a list: two spans
        if not self.family:
            return M("P", self.given)
        return "%s, %s" % (M("P", self.family), M("P", self.given))

    @property
    def init(self):  # "G. Family"
        if not self.family:
            return M("P", self.given)
        return M("P", "%s. %s" % (self.given[0], self.family))

    def mail(self, dom, style=0, num=""):
        g, f = self.ag, self.af or self.ag
        local = [g + "." + f, g[0] + f, g + "_" + f + num, f + "." + g, g + f[0] + num,
                 g + f + num, f + g[0]][style % 7]
        return M("E", local + "@" + dom)

    def handle(self, style=0, num=""):
        g, f = self.ag, self.af or self.ag
        h = [g[0] + f, g + "." + f, f + g[0] + num, g + "_" + f, g + f[0] + num,
             f + "." + g[0], g + num][style % 7]
        return M("P", h)


def PP(ctx, rows):
    return [Person(*r) for r in rows]


# Every person below was typed by hand; culture tag third.
PEOPLE = {
    "en": PP("en", [
        ("Grace", "Bishop", "English"), ("Oliver", "Hartley", "English"),
        ("Siobhán", "Ní Bhriain", "Irish"), ("Cormac", "O'Dwyer", "Irish"),
        ("Eilidh", "MacLeod", "Scottish"), ("Rhys", "Prichard", "Welsh"),
        ("Dwayne", "Whitaker", "African American"), ("Keisha", "Lamont", "Jamaican"),
        ("Adebayo", "Ogunleye", "Yoruba"), ("Chiamaka", "Eze", "Igbo"),
        ("Kwame", "Asante", "Akan"), ("Wanjiru", "Kamau", "Kikuyu"),
        ("Abdirahman", "Warsame", "Somali"), ("Hiwot", "Tesfaye", "Amharic"),
        ("Imran", "Qureshi", "Pakistani"), ("Priya", "Raghunathan", "Tamil"),
        ("Harpreet", "Kaur Sandhu", "Punjabi"), ("Nusrat", "Chowdhury", "Bengali"),
        ("Darshan", "Patel", "Gujarati"), ("Mei", "Lin", "Chinese"),
        ("Seo-yeon", "Choi", "Korean"), ("Haruto", "Sato", "Japanese"),
        ("Maricel", "Dizon", "Filipino"), ("Kasia", "Wróblewska", "Polish"),
        ("Ionuț", "Popescu", "Romanian"), ("Tama", "Ngata", "Māori"),
        ("Losa", "Tuilagi", "Samoan"), ("Rami", "Haddad", "Lebanese"),
        ("Shirin", "Farahani", "Persian"), ("Yael", "Ben-David", "Hebrew"),
        ("Itzel", "Ramírez", "Mexican"), ("Yaritza", "Colón", "Puerto Rican"),
        ("Oksana", "Kovalenko", "Ukrainian"), ("Mai", "Tran", "Vietnamese Australian"),
        ("Eleni", "Papadakis", "Greek Australian"), ("Vincent", "Esposito", "Italian American"),
        ("Chase", "Underwood", "US"), ("Brooke", "Heath", "English"),
        ("Hope", "Young", "US"), ("Mark", "Price", "English"),
        ("Autumn", "Ford", "US"), ("Jordan", "Banks", "US"),
        ("Tariq", "Al-Zoubi", "Jordanian"), ("Naledi", "Dlamini", "Zulu"),
        ("Pieter", "van der Walt", "Afrikaans"), ("Kiri", "Te Rangi", "Māori"),
        ("Lachlan", "Murray", "Australian"), ("Bongani", "Mokoena", "Sotho"),
        ("Nnamdi", "Okafor", "Igbo"), ("Sun-hee", "Park", "Korean"),
        ("Fatima", "Bello", "Hausa"), ("Ama", "Owusu", "Akan"),
        ("Amir", "Karimi", "Afghan"), ("Sione", "Fifita", "Tongan"),
        ("Kalani", "Kahananui", "Hawaiian"), ("Dakota", "Begay", "Navajo"),
        ("Rosa", "Quispe", "Quechua"), ("Nikhil", "Menon", "Malayalam"),
        ("Sai Teja", "Reddy", "Telugu"), ("Ruby", "Stone", "English"),
        ("Will", "Bell", "English"), ("Xiuying", "Zhou", "Chinese"),
        ("Aisling", "Brennan", "Irish"), ("Tomás", "Ó Súilleabháin", "Irish"),
        ("Jamal", "El-Sayed", "Egyptian"), ("Thandiwe", "Ncube", "Ndebele"),
    ]),
    "de": PP("de", [
        ("Lena", "Hoffmann", "German"), ("Jonas", "Weißmann", "German"),
        ("Emir", "Yıldırım", "Turkish German"), ("Mila", "Schäfer", "German"),
        ("Ben", "Krüger", "German"), ("Leonie", "Brandstätter", "Austrian"),
        ("Noah", "Gashi", "Kosovar Albanian"), ("Aylin", "Demir", "Turkish German"),
        ("Marie", "Zimmermann", "German"), ("Paul", "Nowak", "Polish German"),
        ("Felix", "Baumgartner", "Austrian"), ("Sophie", "Wüthrich", "Swiss"),
        ("Elias", "Vogel", "German"), ("Amira", "Al-Khatib", "Syrian"),
        ("Luka", "Marković", "Croatian"), ("Frieda", "Lange", "German"),
        ("Timo", "Fuchs", "German"), ("Anastasia", "Reimer", "Russian German"),
    ]),
    "fr": PP("fr", [
        ("Chloé", "Lefèvre", "French"), ("Lucas", "Martin", "French"),
        ("Inès", "Benali", "Algerian"), ("Yanis", "El Amrani", "Moroccan"),
        ("Awa", "Diop", "Senegalese"), ("Moussa", "Traoré", "Malian"),
        ("Maëlys", "Le Goff", "Breton"), ("Théo", "Schwartz", "Alsatian"),
        ("Camille", "Dubois", "French"), ("Nathan", "Da Silva", "Portuguese French"),
        ("Léa", "Nguyen", "Vietnamese French"), ("Jade", "Fontaine", "French"),
        ("Geneviève", "Tremblay", "Québécois"), ("Wendy", "Joseph", "Haitian"),
        ("Arthur", "Vandenberghe", "Belgian"), ("Rose", "Petit", "French"),
    ]),
    "es": PP("es", [
        ("Lucía", "Hernández Ortiz", "Spanish"), ("Iñaki", "Etxeberria", "Basque"),
        ("Martina", "Puig", "Catalan"), ("Hugo", "Castro Varela", "Galician"),
        ("Daniela", "Restrepo Gaviria", "Colombian"), ("Alejandro", "Moreno", "Spanish"),
        ("Khadija", "El Idrissi", "Moroccan Spanish"), ("Mateo", "Ruiz", "Spanish"),
        ("Andreea", "Stan", "Romanian"), ("Santiago", "Cárdenas", "Ecuadorian"),
        ("Paula", "Blanco", "Spanish"), ("Jon", "Agirre", "Basque"),
        ("Valentina", "Sosa", "Argentine"), ("Ximena", "Tlapa", "Mexican"),
    ]),
    "it": PP("it", [
        ("Giulia", "Rossi", "Italian"), ("Matteo", "Esposito", "Neapolitan"),
        ("Sofia", "Ferrara", "Piedmontese"), ("Francesco", "Sanna", "Sardinian"),
        ("Chiara", "Zanetti", "Venetian"), ("Salvatore", "Lo Presti", "Sicilian"),
        ("Arjola", "Hoxha", "Albanian"), ("Wei", "Hu", "Chinese Italian", "fg"),
        ("Alessandro", "De Luca", "Italian"), ("Aurora", "Bellini", "Italian"),
    ]),
    "nl": PP("nl", [
        ("Sanne", "de Jong", "Dutch"), ("Daan", "van den Berg", "Dutch"),
        ("Fenna", "Hoekstra", "Frisian"), ("Yassin", "Bouzid", "Moroccan Dutch"),
        ("Sem", "Visser", "Dutch"), ("Ravi", "Ramdin", "Surinamese Hindustani"),
        ("Lotte", "Bakker", "Dutch"), ("Elif", "Kaya", "Turkish Dutch"),
        ("Noor", "Janssens", "Flemish"), ("Jelle", "Smit", "Dutch"),
    ]),
    "pl": PP("pl", [
        ("Zuzanna", "Kowalczyk", "Polish"), ("Jakub", "Wiśniewski", "Polish"),
        ("Oliwia", "Dąbrowska", "Polish"), ("Szymon", "Grabowski", "Polish"),
        ("Maryna", "Szewczenko", "Ukrainian"), ("Antoni", "Pawlak", "Polish"),
        ("Hanna", "Mazur", "Polish"), ("Lena", "Wójcik", "Silesian"),
        ("Franciszek", "Kaczmarek", "Polish"),
    ]),
    "pt": PP("pt", [
        ("João Pedro", "dos Santos Lima", "Brazilian"), ("Ana Beatriz", "Oliveira", "Brazilian"),
        ("Thiago", "Nakamura", "Japanese Brazilian"), ("Maria Eduarda", "Ferreira", "Brazilian"),
        ("Rafaela", "Souza", "Brazilian"), ("Gonçalo", "Antunes", "Portuguese"),
        ("Inês", "Carvalho", "Portuguese"), ("Nzinga", "Baptista", "Angolan"),
        ("Djamila", "Tavares", "Cape Verdean"), ("Caio", "Albuquerque", "Brazilian"),
    ]),
    "sv": PP("sv", [
        ("Elsa", "Lindqvist", "Swedish"), ("Hugo", "Åkesson", "Swedish"),
        ("Saga", "Berg", "Swedish"), ("Liam", "Nyström", "Swedish"),
        ("Hodan", "Mohamed Ali", "Somali Swedish"), ("Rezan", "Ahmadi", "Kurdish"),
        ("Amina", "Hadžić", "Bosnian"), ("Nils", "Strand", "Swedish"),
        ("Ebba", "Sjöberg", "Swedish"), ("Ánte", "Somby", "Sámi"),
    ]),
    "fi": PP("fi", [
        ("Aino", "Virtanen", "Finnish"), ("Eetu", "Mäkelä", "Finnish"),
        ("Venla", "Heikkinen", "Finnish"), ("Onni", "Korhonen", "Finnish"),
        ("Ella", "Lindholm", "Finland Swedish"), ("Kadri", "Tamm", "Estonian"),
        ("Ilmari", "Järvinen", "Finnish"), ("Sagal", "Abdi", "Somali Finnish"),
    ]),
    "tr": PP("tr", [
        ("Elif", "Yılmaz", "Turkish"), ("Mehmet Can", "Öztürk", "Turkish"),
        ("Zeynep", "Aydın", "Turkish"), ("Berat", "Şahin", "Turkish"),
        ("Rojda", "Aslan", "Kurdish"), ("Deniz", "Çelik", "Turkish"),
        ("Ayşe Nur", "Koç", "Turkish"), ("Emre", "Kılıç", "Turkish"),
    ]),
    "el": PP("el", [
        ("Γιώργος", "Παπαδόπουλος", "Greek", "gf", None, "giorgos", "papadopoulos"),
        ("Μαρία", "Κωνσταντίνου", "Greek", "gf", None, "maria", "konstantinou"),
        ("Δημήτρης", "Αλεξίου", "Greek", "gf", None, "dimitris", "alexiou"),
        ("Ελένη", "Γεωργίου", "Cypriot Greek", "gf", None, "eleni", "georgiou"),
        ("Νίκος", "Βλάχος", "Greek", "gf", None, "nikos", "vlachos"),
        ("Κατερίνα", "Μαυρίδου", "Pontic Greek", "gf", None, "katerina", "mavridou"),
        ("Έρμαλ", "Χότζα", "Albanian Greek", "gf", None, "ermal", "hoxha"),
        ("Ιωάννα", "Σταματοπούλου", "Greek", "gf", None, "ioanna", "stamatopoulou"),
    ]),
    "hu": PP("hu", [
        ("Levente", "Nagy", "Hungarian", "fg"), ("Eszter", "Szabó", "Hungarian", "fg"),
        ("Bence", "Kovács", "Hungarian", "fg"), ("Réka", "Tóth", "Hungarian", "fg"),
        ("Zsófia", "Horváth", "Hungarian", "fg"), ("Dániel", "Lakatos", "Hungarian Roma", "fg"),
        ("Gergő", "Fekete", "Hungarian", "fg"), ("Lili", "Bauer", "Danube Swabian", "fg"),
    ]),
    "id": PP("id", [
        ("Sutrisno", "", "Javanese"), ("Siti", "Rahmawati", "Javanese"),
        ("Ni Putu Ayu", "Lestari", "Balinese"), ("Rizky", "Pratama", "Indonesian"),
        ("Dewi", "Anggraini", "Indonesian"), ("Hendra", "Siregar", "Batak"),
        ("Kevin", "Wijaya", "Chinese Indonesian"), ("Asep", "Sunandar", "Sundanese"),
        ("Yohana", "Manurung", "Batak"), ("Fauzan", "Syahputra", "Minangkabau"),
    ]),
    "vi": PP("vi", [
        ("Văn Hùng", "Nguyễn", "Vietnamese", "fg", "Hùng"),
        ("Thị Mai", "Trần", "Vietnamese", "fg", "Mai"),
        ("Minh Anh", "Lê", "Vietnamese", "fg", "Anh"),
        ("Gia Bảo", "Phạm", "Vietnamese", "fg", "Bảo"),
        ("Thu Hà", "Đỗ", "Vietnamese", "fg", "Hà"),
        ("Đức Thịnh", "Hoàng", "Vietnamese", "fg", "Thịnh"),
        ("Ngọc Trâm", "Võ", "Vietnamese", "fg", "Trâm"),
        ("Quang Huy", "Bùi", "Vietnamese", "fg", "Huy"),
    ]),
    "tl": PP("tl", [
        ("Jhun", "dela Cruz", "Tagalog"), ("Kristine Joy", "Bautista", "Tagalog"),
        ("Rommel", "Villanueva", "Tagalog"), ("Princess", "Mendoza", "Tagalog"),
        ("Ramil", "Ocampo", "Kapampangan"), ("Marites", "Dumalagan", "Cebuano"),
        ("Jerome", "Agbayani", "Ilocano"), ("Angel", "Pascual", "Tagalog"),
    ]),
    "sw": PP("sw", [
        ("Baraka", "Otieno", "Luo"), ("Neema", "Mushi", "Chagga"),
        ("Amani", "Mwangi", "Kikuyu"), ("Zawadi", "Mohamed", "Swahili"),
        ("Kiprotich", "Rotich", "Kalenjin"), ("Lemayian", "ole Sankale", "Maasai"),
        ("Rehema", "Juma", "Tanzanian Swahili"), ("Furaha", "Achieng", "Luo"),
        ("Faraji", "Hamisi", "Swahili"),
    ]),
}


# Given names of the women above, typed by hand (for Frau/Herr, madame/monsieur, juf/meester,
# bu/pak and the like).
FEMALE = {
    "Grace", "Siobhán", "Eilidh", "Keisha", "Chiamaka", "Wanjiru", "Hiwot", "Priya", "Harpreet",
    "Nusrat", "Mei", "Seo-yeon", "Maricel", "Kasia", "Losa", "Shirin", "Yael", "Itzel", "Yaritza",
    "Oksana", "Mai", "Eleni", "Brooke", "Hope", "Autumn", "Naledi", "Kiri", "Sun-hee", "Fatima",
    "Ama", "Rosa", "Ruby", "Xiuying", "Aisling", "Thandiwe",
    "Lena", "Mila", "Leonie", "Aylin", "Marie", "Sophie", "Amira", "Frieda", "Anastasia",
    "Chloé", "Inès", "Awa", "Maëlys", "Camille", "Léa", "Jade", "Geneviève", "Wendy", "Rose",
    "Lucía", "Martina", "Daniela", "Khadija", "Andreea", "Paula", "Valentina", "Ximena",
    "Giulia", "Sofia", "Chiara", "Arjola", "Aurora", "Sanne", "Fenna", "Lotte", "Elif", "Noor",
    "Zuzanna", "Oliwia", "Maryna", "Hanna", "Ana Beatriz", "Maria Eduarda", "Rafaela", "Inês",
    "Nzinga", "Djamila", "Elsa", "Saga", "Hodan", "Amina", "Ebba", "Aino", "Venla", "Ella",
    "Kadri", "Sagal", "Zeynep", "Rojda", "Ayşe Nur", "Μαρία", "Ελένη", "Κατερίνα", "Ιωάννα",
    "Eszter", "Réka", "Zsófia", "Lili", "Siti", "Ni Putu Ayu", "Dewi", "Yohana", "Thị Mai",
    "Minh Anh", "Thu Hà", "Ngọc Trâm", "Kristine Joy", "Princess", "Marites", "Neema", "Zawadi",
    "Rehema", "Furaha",
}


def hon(p, f, m):
    """The honorific for p: f for a woman, m for a man."""
    return f if p.given in FEMALE else m


# Children's names, typed by hand for each parent (key: the parent's surname, or given name
# for a mononym). A bare given name takes the parent's surname; a tuple is the child's own
# full name where the culture does not pass the surname on (patronymics, Javanese and
# Somali names, feminine and masculine surname forms).
KIDS = {
    # en
    "Bishop": ["Poppy", "Alfie"], "Hartley": ["Freya", "George"], "Ní Bhriain": [("Cian", "Ó Briain"), ("Róisín", "Ní Bhriain")],
    "O'Dwyer": ["Saoirse", "Oisín"], "MacLeod": ["Callum", "Isla"], "Prichard": ["Cerys", "Dylan"],
    "Whitaker": ["Jaylen", "Amari"], "Lamont": ["Tiana", "Kai"], "Ogunleye": ["Tolu", "Ayomide"],
    "Eze": ["Chidera", "Somto"], "Asante": ["Kofi", "Akosua"], "Kamau": ["Wambui", "Njoroge"],
    "Warsame": [("Hodan", "Abdirahman"), ("Yusuf", "Abdirahman")], "Tesfaye": [("Meron", "Bekele"), ("Abel", "Bekele")],
    "Qureshi": ["Zainab", "Ayaan"], "Raghunathan": [("Kavya", "Suresh"), ("Arjun", "Suresh")],
    "Kaur Sandhu": [("Gurleen", "Kaur Sandhu"), ("Jasraj", "Singh Sandhu")], "Chowdhury": ["Ayesha", "Rayan"],
    "Patel": ["Riya", "Dev"], "Lin": ["Yuchen", "Emily"], "Choi": ["Ji-ho", "Ha-eun"], "Sato": ["Yui", "Sota"],
    "Dizon": ["Althea", "Miguel"], "Wróblewska": [("Zosia", "Wróblewska"), ("Kuba", "Wróblewski")],
    "Popescu": ["Ilinca", "Matei"], "Ngata": ["Manaia", "Hine"], "Tuilagi": ["Mele", "Tavita"],
    "Haddad": ["Maya", "Karim"], "Farahani": ["Darya", "Arian"], "Ben-David": ["Noa", "Itai"],
    "Ramírez": ["Ximena", "Diego"], "Colón": ["Adriana", "Javier"], "Kovalenko": ["Sofiia", "Bohdan"],
    "Tran": ["Lily", "Bao"], "Papadakis": ["Sophia", "Nikolas"], "Esposito": ["Gianna", "Luca"],
    "Underwood": ["Harper", "Mason"], "Heath": ["Evie", "Theo"], "Young": ["Faith", "Elijah"],
    "Price": ["Millie", "Jack"], "Ford": ["Willow", "Hunter"], "Banks": ["Zoe", "Malik"],
    "Al-Zoubi": ["Leen", "Omar"], "Dlamini": ["Ayanda", "Sipho"], "van der Walt": ["Anika", "Ruan"],
    "Te Rangi": ["Anahera", "Nikau"], "Murray": ["Matilda", "Hamish"], "Mokoena": ["Lerato", "Tumelo"],
    "Okafor": ["Ebuka", "Adaeze"], "Park": ["Min-jun", "Seo-ah"], "Bello": ["Aisha", "Abubakar"],
    "Owusu": ["Efua", "Yaw"], "Karimi": ["Mina", "Farid"], "Fifita": ["Salote", "Viliami"],
    "Kahananui": ["Leilani", "Keoni"], "Begay": ["Shandiin", "Tyler"], "Quispe": ["Killa", "Wilmer"],
    "Menon": ["Anjali", "Rohan"], "Reddy": ["Sahasra", "Vihaan"], "Stone": ["Daisy", "Archie"],
    "Bell": ["Ivy", "Harry"], "Zhou": ["Zixuan", "Ruoxi"], "Brennan": ["Aoife", "Darragh"],
    "Ó Súilleabháin": [("Ciara", "Ní Shúilleabháin"), ("Fionn", "Ó Súilleabháin")],
    "El-Sayed": ["Malak", "Youssef"], "Ncube": ["Nokuthula", "Mandla"],
    # de
    "Hoffmann": ["Emma", "Finn"], "Weißmann": ["Clara", "Anton"], "Yıldırım": ["Defne", "Kerem"],
    "Schäfer": ["Ida", "Moritz"], "Krüger": ["Lotta", "Henri"], "Brandstätter": ["Valentina", "Jakob"],
    "Gashi": ["Era", "Arian"], "Demir": ["Elif", "Yusuf"], "Zimmermann": ["Greta", "Oskar"],
    "Nowak": ["Nela", "Leon"], "Baumgartner": ["Magdalena", "Lorenz"], "Wüthrich": ["Lara", "Nico"],
    "Vogel": ["Pia", "Jannik"], "Al-Khatib": ["Lamar", "Adam"], "Marković": ["Ema", "Filip"],
    "Lange": ["Mathilda", "Ole"], "Fuchs": ["Romy", "Till"], "Reimer": ["Alina", "Daniel"],
    # fr
    "Lefèvre": ["Louise", "Gabriel"], "Martin": ["Manon", "Raphaël"], "Benali": ["Lina", "Adam"],
    "El Amrani": ["Nour", "Ilyes"], "Diop": ["Fatou", "Mamadou"], "Traoré": ["Aminata", "Issa"],
    "Le Goff": ["Nolwenn", "Erwan"], "Schwartz": ["Margaux", "Mathis"], "Dubois": ["Zoé", "Jules"],
    "Da Silva": ["Léna", "Enzo"], "Nguyen": ["Lou", "Thomas"], "Fontaine": ["Alice", "Tom"],
    "Tremblay": ["Florence", "Félix"], "Joseph": ["Naïka", "Jean-Ricot"], "Vandenberghe": ["Elise", "Victor"],
    "Petit": ["Anna", "Sacha"],
    # es
    "Hernández Ortiz": [("Carla", "Gómez Hernández"), ("Pablo", "Gómez Hernández")], "Etxeberria": ["Ane", "Unai"],
    "Puig": [("Laia", "Puig Ferrer"), ("Pol", "Puig Ferrer")], "Castro Varela": [("Uxía", "Castro Novo"), ("Brais", "Castro Novo")],
    "Restrepo Gaviria": [("Mariana", "Ospina Restrepo"), ("Samuel", "Ospina Restrepo")], "Moreno": ["Lola", "Álvaro"],
    "El Idrissi": ["Salma", "Bilal"], "Ruiz": ["Candela", "Marco"], "Stan": ["Ioana", "Darius"],
    "Cárdenas": ["Emily", "Josué"], "Blanco": ["Vega", "Leo"], "Agirre": ["Maialen", "Julen"],
    "Sosa": ["Abril", "Thiago"], "Tlapa": ["Citlali", "Iker"],
    # it (codice fiscale rows use fixed children)
    "Rossi": ["Bianca", "Pietro"], "Esposito_it": ["Gennaro", "Carolina"], "Ferrara": ["Elena", "Riccardo"], "Sanna": ["Martina", "Gavino"],
    "Zanetti": ["Beatrice", "Tommaso"], "Lo Presti": ["Rosalia", "Carmelo"], "Hoxha": ["Klea", "Ardit"],
    "Hu": [("Chenxi", "Hu"), ("Jiayi", "Hu")], "De Luca": ["Ginevra", "Lorenzo"], "Bellini": ["Alice", "Edoardo"],
    # nl
    "de Jong": ["Tess", "Bram"], "van den Berg": ["Julia", "Luuk"], "Hoekstra": ["Sietske", "Wytse"],
    "Bouzid": ["Yasmina", "Ayoub"], "Visser": ["Evi", "Thijs"], "Ramdin": ["Anjali", "Rishi"],
    "Bakker": ["Fleur", "Jesse"], "Kaya": ["Ecrin", "Emir"], "Janssens": ["Lore", "Wout"], "Smit": ["Nova", "Mees"],
    # pl
    "Kowalczyk": ["Zosia", "Staś"], "Wiśniewski": [("Maja", "Wiśniewska"), ("Jan", "Wiśniewski")],
    "Dąbrowska": [("Alicja", "Dąbrowska"), ("Igor", "Dąbrowski")], "Grabowski": [("Pola", "Grabowska"), ("Adam", "Grabowski")],
    "Szewczenko": ["Daryna", "Maksym"], "Pawlak": ["Laura", "Tymon"], "Mazur": ["Amelia", "Kacper"],
    "Wójcik": ["Nadia", "Ignacy"], "Kaczmarek": ["Hania", "Olek"],
    # pt
    "dos Santos Lima": [("Helena", "Lima"), ("Davi", "Lima")], "Oliveira": [("Maria Clara", "Oliveira Costa"), ("Arthur", "Oliveira Costa")],
    "Nakamura": ["Yumi", "Kenji"], "Ferreira": [("Alice", "Ferreira Rocha"), ("Heitor", "Ferreira Rocha")],
    "Souza": ["Valentina", "Bernardo"], "Antunes": [("Leonor", "Antunes Marques"), ("Duarte", "Antunes Marques")],
    "Carvalho": [("Matilde", "Carvalho Pires"), ("Afonso", "Carvalho Pires")], "Baptista": ["Wanda", "Kiluanji"],
    "Tavares": ["Neusa", "Edson"], "Albuquerque": ["Cecília", "Gael"],
    # sv
    "Lindqvist": ["Alice", "Vidar"], "Åkesson": ["Maja", "Viggo"], "Berg": ["Stella", "Otto"],
    "Nyström": ["Wilma", "Elton"], "Mohamed Ali": [("Ikran", "Hassan"), ("Abdi", "Hassan")],
    "Ahmadi": ["Dilan", "Azad"], "Hadžić": ["Lejla", "Emir"], "Strand": ["Tuva", "Melker"],
    "Sjöberg": ["Signe", "Elis"], "Somby": ["Sire", "Niillas"],
    # fi
    "Virtanen": ["Helmi", "Väinö"], "Mäkelä": ["Pihla", "Leevi"], "Heikkinen": ["Aada", "Eino"],
    "Korhonen": ["Iida", "Oliver"], "Lindholm": ["Ellen", "Axel"], "Tamm": ["Mirtel", "Rasmus"],
    "Järvinen": ["Lumi", "Toivo"], "Abdi": [("Nasra", "Hussein"), ("Libaan", "Hussein")],
    # tr
    "Yılmaz": ["Asel", "Alparslan"], "Öztürk": ["Ela", "Ömer Asaf"], "Aydın": ["Zehra", "Yiğit"],
    "Şahin": ["Miray", "Eymen"], "Aslan": ["Berfin", "Baran"], "Çelik": ["Nehir", "Kuzey"],
    "Koç": ["Hira", "Yusuf Kerem"], "Kılıç": ["Azra", "Göktuğ"],
    # el (surname forms by sex, typed whole)
    "Παπαδόπουλος": [("Αναστασία", "Παπαδοπούλου"), ("Άγγελος", "Παπαδόπουλος")],
    "Κωνσταντίνου": ["Δανάη", "Στέλιος"], "Αλεξίου": ["Φωτεινή", "Παναγιώτης"],
    "Γεωργίου": ["Χριστίνα", "Ανδρέας"], "Βλάχος": [("Ελπίδα", "Βλάχου"), ("Μάριος", "Βλάχος")],
    "Μαυρίδου": [("Σοφία", "Μαυρίδου"), ("Λάζαρος", "Μαυρίδης")], "Χότζα": [("Κλάρα", "Χότζα"), ("Άλεξ", "Χότζα")],
    "Σταματοπούλου": [("Ειρήνη", "Σταματοπούλου"), ("Κωνσταντίνος", "Σταματόπουλος")],
    # hu
    "Nagy": ["Hanna", "Máté"], "Szabó": ["Jázmin", "Olivér"], "Kovács": ["Luca", "Botond"],
    "Tóth": ["Boglárka", "Zalán"], "Horváth": ["Zoé", "Marcell"], "Lakatos": ["Szimonetta", "Richárd"],
    "Fekete": ["Panna", "Bálint"], "Bauer": ["Emma", "Ádám"],
    # id (Javanese, Sundanese and Minang children have their own names)
    "Sutrisno": [("Bagus Prasetyo", ""), ("Nur Aini", "")], "Rahmawati": [("Aisyah", "Putri"), ("Rafi", "Ardiansyah")],
    "Lestari": [("I Made", "Wirawan"), ("Ni Kadek", "Sintya")], "Pratama": [("Nayla", "Azzahra"), ("Alif", "Ramadhan")],
    "Anggraini": [("Keisha", "Aulia"), ("Dimas", "Saputra")], "Siregar": ["Grace", "Samuel"],
    "Wijaya": ["Felicia", "Jonathan"], "Sunandar": [("Cep", "Ruhimat"), ("Neng", "Sri Wahyuni")],
    "Manurung": ["Debora", "Yosua"], "Syahputra": [("Zahra", "Khairunnisa"), ("Rangga", "Putra")],
    # vi (given names; the surname is the parent's)
    "Nguyễn": [("Minh Khang", "Nguyễn", "Khang"), ("Bảo Ngọc", "Nguyễn", "Ngọc")],
    "Trần": [("Gia Hân", "Lương", "Hân"), ("Đăng Khoa", "Lương", "Khoa")],
    "Lê": [("Tuệ An", "Đinh", "An"), ("Hải Đăng", "Đinh", "Đăng")],
    "Phạm": [("Khánh Linh", "Phạm", "Linh"), ("Nhật Minh", "Phạm", "Minh")],
    "Đỗ": [("Thảo Vy", "Vũ", "Vy"), ("Quốc Bảo", "Vũ", "Bảo")],
    "Hoàng": [("Phương Anh", "Hoàng", "Anh"), ("Tuấn Kiệt", "Hoàng", "Kiệt")],
    "Võ": [("Như Ý", "Trương", "Ý"), ("Hoàng Phúc", "Trương", "Phúc")],
    "Bùi": [("Diệp Chi", "Bùi", "Chi"), ("Đức Anh", "Bùi", "Anh")],
    # tl
    "dela Cruz": ["Althea Mae", "John Lloyd"], "Bautista": ["Andrea", "Kyle Francis"], "Villanueva": ["Princess Joy", "Mark Anthony"],
    "Mendoza": ["Ashley Nicole", "Rhian"], "Ocampo": ["Shaira", "Ronron"], "Dumalagan": ["Kimberly", "Jhon Rey"],
    "Agbayani": ["Czarina", "Aldrin"], "Pascual": ["Trisha", "Paolo"],
    # sw
    "Otieno": ["Achieng'", "Ouma"], "Mushi": ["Upendo", "Elia"], "Mwangi": ["Wairimu", "Kamau"],
    "Mohamed": ["Mwanaisha", "Salim"], "Rotich": ["Chebet", "Kipkemboi"], "ole Sankale": [("Naserian", "Lemayian"), ("Saitoti", "Lemayian")],
    "Juma": ["Imani", "Hassani"], "Achieng": [("Awino", "Odhiambo"), ("Otieno", "Odhiambo")], "Hamisi": ["Mwajuma", "Bakari"],
}


# ---------------------------------------------------------------- addresses (home), by country
# Lines of one address; every part a LOCATION span. Real small towns, invented street numbers.
def _a(*lines):
    return list(lines)


def L(v):
    return M("L", v)


ADDR = {
    "UK": [_a(L("14 Mill Lane"), L("Hay-on-Wye"), L("HR3 5AB")),
           _a(L("7 Seafield Road"), L("Portsoy"), L("AB45 2QB")),
           _a(L("Flat 2") + ", " + L("31 Cliffe High Street"), L("Lewes"), L("BN7 2AN")),
           _a(L("22 Carmarthen Street"), L("Llandeilo"), L("SA19 6AW")),
           _a(L("5 Tinkers Row"), L("Hexham"), L("NE46 1QR")),
           _a(L("Rose Cottage") + ", " + L("Back Lane"), L("Appleby-in-Westmorland"), L("CA16 6XE")),
           _a(L("41 Brook Street"), L("Tenbury Wells"), L("WR15 8BD")),
           _a(L("Flat 9, Kestrel Court"), L("Stromness"), L("KW16 3AA")),
           _a(L("17 Bridge Street"), L("Bampton"), L("EX16 9NA"))],
    "US": [_a(L("418 N Highland Ave"), L("Marfa") + ", " + L("TX") + " " + L("79843")),
           _a(L("1127 Elm Street"), L("Decorah") + ", " + L("IA") + " " + L("52101")),
           _a(L("56 Orchard Rd"), L("Woodstock") + ", " + L("VT") + " " + L("05091")),
           _a(L("2290 Cedar Hollow Dr") + " " + L("Apt 4B"), L("Sitka") + ", " + L("AK") + " " + L("99835"))],
    "IE": [_a(L("3 Church Street"), L("Kinvara"), L("Co. Galway"), L("H91 X2C8")),
           _a(L("Green Street"), L("Dingle"), L("Co. Kerry"), L("V92 R6T4")),
           _a(L("12 Pearse Street"), L("Clonakilty"), L("Co. Cork"), L("P85 W620"))],
    "AU": [_a(L("12 Gavan Street"), L("Bright") + " " + L("VIC") + " " + L("3741")),
           _a(L("4/18 Ocean Street"), L("Yamba") + " " + L("NSW") + " " + L("2464")),
           _a(L("9 Perkins Street"), L("Cooktown") + " " + L("QLD") + " " + L("4895"))],
    "NZ": [_a(L("27 Beach Road"), L("Kaikōura") + " " + L("7300")),
           _a(L("14 Church Street"), L("Ōpōtiki") + " " + L("3122"))],
    "KE": [_a(L("P.O. Box 318-80200"), L("Malindi")),
           _a(L("Kamakis Road, House 14"), L("Ruiru")),
           _a(L("Olooseos Road, Plot 22"), L("Kiserian"))],
    "NG": [_a(L("Plot 9, Adewale Crescent"), L("Ijebu-Ode"), L("Ogun State"))],
    "ZA": [_a(L("18 Church Street"), L("Prince Albert"), L("6930"))],
    "DE": [_a(L("Lindenstraße 14"), L("91541") + " " + L("Rothenburg ob der Tauber")),
           _a(L("Am Mühlbach 3"), L("83471") + " " + L("Berchtesgaden")),
           _a(L("Schulweg 7a"), L("24376") + " " + L("Kappeln")),
           _a(L("Goethestraße 41"), L("06526") + " " + L("Sangerhausen"))],
    "AT": [_a(L("Dorfstraße 22"), L("5640") + " " + L("Bad Gastein"))],
    "FR": [_a(L("12 bis, rue des Tanneurs"), L("46100") + " " + L("Figeac")),
           _a(L("4 impasse des Mouettes"), L("66190") + " " + L("Collioure")),
           _a(L("27 avenue Jean Jaurès"), L("29900") + " " + L("Concarneau")),
           _a(L("Lieu-dit Le Bourg"), L("23200") + " " + L("Aubusson"))],
    "CA": [_a(L("145 rue du Bateau-Passeur"), L("Tadoussac") + " (" + L("QC") + ") " + L("G0T 2A0"))],
    "ES": [_a(L("C/ Real, 18") + ", " + L("2º B"), L("29788") + " " + L("Frigiliana") + " (" + L("Málaga") + ")"),
           _a(L("Avda. de Navarra, 41") + ", " + L("3º izda."), L("31500") + " " + L("Tudela")),
           _a(L("Rúa do Vilar, 7"), L("15705") + " " + L("Santiago de Compostela"))],
    "IT": [_a(L("Via Garibaldi 27"), L("53045") + " " + L("Montepulciano") + " (" + L("SI") + ")"),
           _a(L("Via Roma 112"), L("90018") + " " + L("Termini Imerese") + " (" + L("PA") + ")"),
           _a(L("Vicolo del Pozzo 4"), L("10015") + " " + L("Ivrea") + " (" + L("TO") + ")")],
    "NL": [_a(L("Kerkstraat 18"), L("9231 CH") + " " + L("Surhuisterveen")),
           _a(L("Molenweg 42"), L("4301 AB") + " " + L("Zierikzee")),
           _a(L("Dorpsstraat 7"), L("1456 AL") + " " + L("Wijdewormer"))],
    "PL": [_a(L("ul. Nadrzeczna 9"), L("24-120") + " " + L("Kazimierz Dolny")),
           _a(L("ul. Słoneczna 14/3"), L("34-500") + " " + L("Zakopane"))],
    "BR": [_a(L("Rua das Palmeiras, 215"), L("Centro"), L("23970-000") + " " + L("Paraty") + " - " + L("RJ")),
           _a(L("Av. Sete de Setembro, 88") + ", " + L("apto 302"), L("46960-000") + " " + L("Lençóis") + " - " + L("BA")),
           _a(L("Rua Coronel Joaquim Ribeiro, 41"), L("37470-000") + " " + L("São Lourenço") + " - " + L("MG"))],
    "PT": [_a(L("Rua do Castelo, 12"), L("2705-001") + " " + L("Colares"))],
    "SE": [_a(L("Kyrkvägen 3"), L("792 31") + " " + L("Mora")),
           _a(L("Fiskargatan 4"), L("472 31") + " " + L("Svanesund")),
           _a(L("Björkvägen 19"), L("830 05") + " " + L("Järpen"))],
    "FI": [_a(L("Kauppatie 3 as. 4"), L("82900") + " " + L("Ilomantsi")),
           _a(L("Rantakatu 11 B 7"), L("74700") + " " + L("Kiuruvesi"))],
    "TR": [_a(L("Cumhuriyet Mah. Çınar Sok. No: 7 Daire: 2"), L("48900") + " " + L("Datça") + "/" + L("Muğla")),
           _a(L("Yeni Mah. Okul Cad. No: 23/5"), L("17900") + " " + L("Bozcaada") + "/" + L("Çanakkale"))],
    "GR": [_a(L("Ελευθερίου Βενιζέλου 23"), L("84400") + " " + L("Νάουσα Πάρου")),
           _a(L("Αγίας Τριάδας 8"), L("58200") + " " + L("Έδεσσα"))],
    "HU": [_a(L("8230") + " " + L("Balatonfüred") + ", " + L("Petőfi Sándor utca 12.")),
           _a(L("3300") + " " + L("Eger") + ", " + L("Kossuth Lajos u. 5. 2/4"))],
    "ID": [_a(L("Jl. Kaliurang Km 9, Perum Griya Asri No. 12"), L("Ngaglik") + ", " + L("Sleman") + " " + L("55581")),
           _a(L("Jl. Sisingamangaraja Gg. Mawar No. 4"), L("Balige") + ", " + L("Toba") + " " + L("22312"))],
    "VN": [_a(L("Thôn 3") + ", " + L("xã Tân Lập") + ", " + L("huyện Đan Phượng") + ", " + L("Hà Nội")),
           _a(L("Số 27 đường Trần Phú") + ", " + L("phường Minh An") + ", " + L("Hội An") + ", " + L("Quảng Nam")),
           _a(L("Xóm 2") + ", " + L("xã Nghĩa Hưng") + ", " + L("huyện Lạng Giang") + ", " + L("Bắc Giang"))],
    "PH": [_a(L("Blk 5 Lot 12, Purok 3"), L("Brgy. San Isidro"), L("Tanay") + ", " + L("Rizal") + " " + L("1980")),
           _a(L("Sitio Kabulakan"), L("Brgy. Poblacion"), L("Pagsanjan") + ", " + L("Laguna")),
           _a(L("Purok 6"), L("Brgy. Libertad"), L("Bayawan City") + ", " + L("Negros Oriental"))],
    "TZ": [_a(L("Kijiji cha Mweka"), L("Moshi Vijijini") + ", " + L("Kilimanjaro")),
           _a(L("Mtaa wa Mkwakwani, Nyumba Na. 9"), L("Pangani") + ", " + L("Tanga"))],
}


class Addr:
    def __init__(self, cc, lines):
        self.cc, self.lines = cc, lines

    def block(self, sep="\n", indent=""):
        return sep.join(indent + x for x in self.lines)

    def line(self):
        return ", ".join(self.lines)


# ---------------------------------------------------------------- phones, national format, by country
PHONES = {
    "UK": ["07912 384 556", "07458 201937", "01497 820613", "0113 242 8817", "07803 551 294",
           "07535 602 118", "07391 448 202", "07700 314 682", "01261 842 790", "07842 119033",
           "01434 609 215", "07956 271 804", "020 8671 4432", "07568 330 917", "07421 886 150",
           "01558 822 406"],
    "US": ["(432) 729-4410", "541-336-2094", "908.447.3312", "(563) 382-1167", "802 457 2290",
           "(907) 747-3318", "415-290-7763", "(646) 812-0497"],
    "IE": ["087 234 5619", "086 119 3402", "085 771 2036", "(091) 637 228"],
    "AU": ["0412 558 903", "(03) 5755 1294", "0438 217 650", "0401 927 334", "(02) 6646 2219"],
    "NZ": ["021 448 2917", "027 390 1186", "(03) 319 5572"],
    "CA": ["(418) 235-4471"],
    "IN": ["98403 21775"],
    "NG": ["0803 412 5598"],
    "KE": ["0722 418 903", "0711 902 334", "0733 560 128", "0790 214 665"],
    "TZ": ["0754 218 330", "0715 604 992"],
    "ZA": ["082 441 7390"],
    "PH": ["0917 832 4415", "0998 512 3306", "0921-774-0183", "09275518842"],
    "DE": ["0171 4829305", "09861 93412", "0176 22841907", "04642 918734", "0152 39184027", "08652 61349"],
    "AT": ["0664 3918204"],
    "CH": ["079 482 19 33"],
    "FR": ["06 12 48 93 77", "07 81 22 09 54", "02 98 44 17 63", "06.71.30.58.12", "06 44 92 15 30", "05 65 34 80 11"],
    "ES": ["612 48 93 20", "948 82 14 07", "677 301 452", "654 920 118", "952 53 31 76"],
    "IT": ["347 218 4490", "333 9182736", "091 8124553", "340 771 0926", "0578 716 402"],
    "NL": ["06-28419377", "0513 418 226", "06 51 73 90 28", "06 1948 2235", "0111-413 906"],
    "BE": ["0478 21 93 04"],
    "PL": ["512 384 907", "601-228-413", "81 882 14 07", "697 015 338", "18 201 47 63"],
    "BR": ["(35) 99812-4471", "(24) 3371-2290", "(11) 98844-2137", "(75) 99177-3062", "(21) 97403-5518"],
    "PT": ["912 448 307"],
    "SE": ["070-482 19 33", "0250-144 90", "073-918 22 07", "076-224 81 50", "0304-66 21 09"],
    "FI": ["040 512 8834", "050 339 1276", "044 918 2207"],
    "TR": ["0532 418 27 93", "0 (542) 771 20 48", "0505 630 11 82", "0555 214 90 63", "0 252 712 44 08"],
    "GR": ["694 821 7733", "697 214 8830", "22840 51276", "698 330 1472"],
    "HU": ["06 30 418 2291", "06-20/512-3374", "+36 70 219 4486"],
    "ID": ["0812-2914-5573", "0857 4120 9931", "0813 6602 1847", "0878 3311 0462", "0821-4407-9158"],
    "VN": ["0903 418 227", "091 234 5581", "0978 602 119", "0868 215 730"],
}

# ---------------------------------------------------------------- dates of birth, by writing style
DOBS = {
    "uk_kid": ["14/03/2016", "02/11/2014", "27/06/2017", "09/01/2013", "30/09/2015", "18/05/2012"],
    "uk_teen": ["11/08/2008", "23/02/2009", "04/12/2007", "16/10/2008"],
    "us_kid": ["March 22, 2015", "Oct 3, 2013", "January 9, 2017", "7/14/2012", "11/02/2016"],
    "us_teen": ["June 30, 2007", "2/19/2008", "September 5, 2007", "12/11/2008"],
    "iso": ["2014-03-09", "2012-11-27", "2016-07-02", "2008-04-15", "2007-12-21", "2013-09-30"],
    "de": ["07.09.2013", "21.03.2015", "12.11.2011", "03.06.2016", "29.01.2012"],
    "fr": ["3 mai 2013", "17/02/2011", "26/08/2014", "9 janvier 2016", "12/10/2008"],
    "es": ["15/04/2012", "2 de marzo de 2014", "28/11/2010", "06/07/2015"],
    "it": ["15/03/2012", "02/11/2011", "01/01/2013", "22/09/2014"],
    "pt": ["11/06/2013", "24/01/2010", "5 de agosto de 2012", "19/12/2014"],
    "sv": ["2012-03-14", "2011-09-27", "2009-06-11"],
    "fi": ["14.3.2012", "2.7.2009", "30.10.2014"],
    "tr": ["08.04.2013", "17.12.2011", "25.06.2015"],
    "el": ["05/06/2011", "23/11/2009", "14/02/2013"],
    "hu": ["2013. április 9.", "2011.10.02.", "2014.05.18."],
    "id": ["12 Agustus 2012", "03-02-2014", "27 Mei 2011"],
    "vi": ["12/05/2013", "27/09/2011", "04/01/2015"],
    "tl": ["May 14, 2013", "August 2, 2011", "12/09/2014"],
    "sw": ["14/07/2012", "3/11/2013", "22/04/2010"],
}

# ---------------------------------------------------------------- ID numbers (check digits valid)
IDS = {
    "NHS": ["943 476 5919", "485 777 3457", "601 238 9043", "721 904 5565"],
    "SSN": ["518-44-2971", "402-61-8835", "233-90-1467"],
    "DNI": ["48302917L", "53961204F", "X4821036Y", "71250384H"],
    "CF": ["RSSGLI12C55G273C", "SPSMTT11S02F839U", "FRRSFO13A41L219Z"],
    "CPF": ["394.827.150-04", "118.305.672-92", "507.219.384-50", "640.183.295-98"],
    "PNR": ["120314-4561", "110927-2383", "090611-8716", "130805-3121", "100219-4676"],
    "HETU": ["140312A274C", "020709A158B", "251113A3964"],
    "TC": ["38472019510", "21590364808", "47211803556", "56309182756"],
    "PESEL": ["13250704813", "12221416359", "09311203924", "14231805679"],
    "BSN": ["184739202", "261590340", "304278166"],
    "AMKA": ["05061104872", "23110903624", "17021309582"],
    "OKT": ["72849106357", "73910284763", "72105648399"],
    "INE": ["071836294HK", "1804023711F", "0925718463J"],
    "NISN": ["0124583917", "0137206648", "0112948305", "0141837265"],
    "PTNIF": ["239481720", "251063844"],
    "MRN": ["RX4 0098213", "K1204337", "MRN 00482917", "H7731052"],
}
IBANS = {"DE": ["DE85 2807 0024 0318 8295 00", "DE91430609671148203700", "DE76 7605 0101 0028 4193 75",
                "DE94520604100007741920", "DE79 1001 0010 0493 8182 73", "DE68 8309 4495 0002 6188 47"],
         "NL": ["NL05 RABO 0314 7285 90", "NL80INGB0006839214"],
         "FR": ["FR22 1027 8000 1800 0204 5198 237"],
         "AT": ["AT96 1200 0529 5478 1063", "AT53 3834 7000 0021 7460"], "BE": ["BE59 0634 8102 7655"],
         "IT": ["IT53 X030 6909 6061 0000 0084 172"]}
CARDS = ["4539 7201 8834 5610", "5355128733094717", "4916-3382-0571-1491"]
DOBS["iso_adult"] = ["2005-08-19", "2004-01-30", "2006-05-11", "2003-10-07", "2005-12-02"]
DOBS.update({"es_teen": ["14/02/2009", "30/10/2008"], "fr_teen": ["22/07/2008", "5 avril 2009"],
             "tr_teen": ["19.09.2008", "02.03.2009"], "pt_teen": ["22/03/2009", "13/11/2008"],
             "vi_teen": ["08/10/2008", "21/05/2009"], "id_teen": ["17 Juli 2009", "29-01-2009"]})
DOBS["nl"] = ["12-06-2022", "03-01-2023", "28-09-2022"]
DOBS["uk_adult"] = ["19/08/2005", "30 January 2004", "11/05/2006", "7 October 2003"]

# home towns said alone ("volunteers at the … food bank"): real small places
TOWNS = {
    "UK": ["Kirkby Stephen", "Tenbury Wells", "Holt", "Alnwick", "Ballater", "Crickhowell"],
    "US": ["Lanesboro, MN", "Silverton, CO", "Bisbee", "Port Townsend", "Lewes, DE"],
    "IE": ["Kinvara", "Clonakilty", "Dingle"], "AU": ["Mudgee", "Bright", "Cooktown"],
    "NZ": ["Kaikōura", "Ōpōtiki"],
}

EMAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com", "hotmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["hotmail.es", "gmail.com", "telefonica.net"], "it": ["libero.it", "virgilio.it", "alice.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "pl": ["wp.pl", "o2.pl", "interia.pl"],
    "pt": ["uol.com.br", "bol.com.br", "gmail.com"], "sv": ["telia.com", "hotmail.se"],
    "fi": ["elisanet.fi", "gmail.com"], "tr": ["hotmail.com", "yandex.com.tr", "gmail.com"],
    "el": ["yahoo.gr", "otenet.gr"], "hu": ["freemail.hu", "citromail.hu"],
    "id": ["yahoo.co.id", "gmail.com"], "vi": ["gmail.com", "yahoo.com.vn"],
    "tl": ["yahoo.com.ph", "gmail.com"], "sw": ["gmail.com", "yahoo.com"],
}


# ---------------------------------------------------------------- drawing
class Ctx:
    """Draws hand-typed values least-used first (ties broken by the seeded RNG), never
    twice in one row."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.use = Counter()
        self.row = set()

    def _draw(self, kind, pool):
        idx = [i for i in range(len(pool)) if (kind, i) not in self.row]
        low = min(self.use[(kind, i)] for i in idx)
        i = self.rng.choice([i for i in idx if self.use[(kind, i)] == low])
        self.use[(kind, i)] += 1
        self.row.add((kind, i))
        return pool[i]

    def p(self, ctx="en"):
        return self._draw(("P", ctx), PEOPLE[ctx])

    def kid(self, parent):
        """A child of `parent`, from the names typed for that parent in KIDS."""
        key = parent.family or parent.given
        if key == "Esposito" and parent.culture != "Italian American":
            key = "Esposito_it"
        k = self._draw(("K", key), KIDS[key])
        if isinstance(k, str):
            return Person(k, parent.family, parent.culture, parent.order)
        given, family = k[0], k[1]
        call = k[2] if len(k) > 2 else None
        return Person(given, family, parent.culture, parent.order, call)

    def a(self, cc):
        return Addr(cc, self._draw(("A", cc), ADDR[cc]))

    def t(self, cc):
        return M("T", self._draw(("T", cc), PHONES[cc]))

    def d(self, style):
        return M("D", self._draw(("D", style), DOBS[style]))

    def nid(self, kind, code="N"):
        return M(code, self._draw(("N", kind), IDS[kind]))

    def iban(self, cc):
        return M("I", self._draw(("I", cc), IBANS[cc]))

    def card(self):
        return M("C", self._draw(("C",), CARDS))

    def town(self, cc):
        return M("L", self._draw(("W", cc), TOWNS[cc]))

    def dom(self, ctx="en"):
        return self.rng.choice(EMAIL_DOMAINS[ctx])

    def ch(self, seq):
        return self.rng.choice(seq)

    def sample(self, seq, k):
        return self.rng.sample(seq, k)

    def num(self, a, b):
        return str(self.rng.randint(a, b))

    def i(self, n=7):
        return self.rng.randrange(n)


TEMPLATES = []


def T(cls, name, n, lang, case=None):
    """Register a template: class, template name, rows, language, case (None, 'lower',
    'upper', or a list giving each row's case)."""
    def deco(f):
        TEMPLATES.append({"cls": cls, "name": name, "n": n, "lang": lang, "case": case, "f": f})
        return f
    return deco


# ================================================================ English, personal
@T("personal_school_office", "absence_forward", 4, "en", [None, None, "lower", None])
def _(c):
    par = c.p()
    kid = c.kid(par)
    form = c.ch(["7B", "Year 3 Willow", "10JH", "4M", "Yr 8 Tudor", "Rowan class"])
    return ("can you turn this into a proper absence record for SIMS? keep it short\n\n"
            f"> From: {par.full} <{par.mail(c.dom(), c.i(), c.num(10, 99))}>\n"
            f"> Sent: {c.ch(['Monday', 'Tuesday', 'Thursday'])} 07:{c.num(10, 58)}\n"
            f"> Hi, {kid.g} wont be in today, sick in the night and still has a temperature. "
            f"Probably keeping {kid.g} off tomorrow as well. {kid.g} is in {form}. "
            f"Thanks, {par.g}\n\n"
            "fields we use: pupil, form, reason code (I for illness), expected return")


@T("personal_school_office", "late_book_csv", 3, "en")
def _(c):
    k = [c.kid(c.p()) for _ in range(3)]
    rows = [("03/03", "08:52", k[0], "8R", "bus"), ("03/03", "09:10", k[1], "8R", "dentist"),
            ("04/03", "08:49", k[0], "8R", "overslept"), ("05/03", "08:57", k[2], "9T", "no reason"),
            ("06/03", "08:51", k[0], "8R", "bus late again"), ("06/03", "09:02", k[2], "9T", "")]
    body = "\n".join(f'{d},{t},"{p.cl}",{f},{r}' for d, t, p, f, r in rows)
    return ("Sort this late book export by form and tell me who has 3 or more lates this half term "
            "(our policy = detention + letter home)\n\n"
            "date,time_in,pupil,form,reason\n" + body)


@T("personal_school_office", "address_change", 4, "en")
def _(c):
    cc = c.ch(["UK", "IE", "AU", "US"])
    par = c.p()
    kid = c.kid(par)
    a = c.a(cc)
    dob = c.d({"UK": "uk_kid", "IE": "uk_kid", "AU": "uk_kid", "US": "us_kid"}[cc])
    form = c.ch({"UK": ["5H", "Year 2 Maple", "Reception Robins"], "IE": ["3rd class", "Senior Infants B"],
                 "AU": ["Kindy Blue", "Year 4 Waratah"], "US": ["Grade 4, Room 12", "2nd grade"]}[cc])
    return ("Parent filled in the paper change of details form, can you type it up as a short "
            "email to our data manager so she can update the MIS?\n\n"
            f"PUPIL NAME: {kid.full}        DOB: {dob}\n"
            f"CLASS: {form}\n"
            f"NEW ADDRESS: {a.line()}\n"
            f"HOME TEL: {c.t(cc)}   MOBILE: {c.t(cc)}\n"
            f"PARENT EMAIL: {par.mail(c.dom(), c.i(), c.num(1, 89))}\n"
            "Change effective from: start of next month\n"
            f"Signed: {par.full}")


@T("personal_parents", "class_whatsapp", 3, "en", [None, "lower", None])
def _(c):
    p1, p2, p3 = c.p(), c.p(), c.p()
    k2, k3 = c.kid(p2), c.kid(p3)
    day = c.ch(["12/11", "14/11", "09/11"])
    return (f"[{day}, 19:02] {p1.western}: Does anyone know if it's non-uniform on Friday?? \n"
            f"[{day}, 19:05] {p2.g}: yes £1 for Children in Need, {k2.g} says spotty stuff\n"
            f"[{day}, 19:06] {p3.full}: and do they need a Pudsey thing? {k3.g} said something about ears\n"
            f"[{day}, 19:09] {p2.g}: ears are optional I think 😂\n"
            f"[{day}, 19:11] {p1.g}: thanks!!\n\n"
            "summarise this for me in one line, I muted the class group and missed everything")


@T("personal_parents", "behaviour_email", 4, "en", "lower")
def _(c):
    par, t = c.p(), c.p()
    kid = c.kid(par)
    other = c.p()
    title = hon(par, c.ch(["mrs", "ms"]), "mr")
    return (f"need to email {title} {par.f} about {kid.g} again, third time this month. "
            f"{kid.g} threw a glue stick at {other.full} in art and then said it wasnt "
            "them. dont want it to sound angry, the parent gets defensive fast. "
            f"can u draft something short and sign it from me ({t.full}, year 5 teacher)")


@T("personal_parents", "parents_evening_table", 3, "en")
def _(c):
    rows = []
    notes = c.sample(["interpreter booked", "wants to discuss set change", "joining on Teams",
                      "", "", "asked for ground floor room", "bring reading record"], 4)
    for tm, note in zip(["16:00", "16:10", "16:20", "16:30"], notes):
        par = c.p()
        rows.append(f"| {tm} | {c.kid(par).full} | {par.full} | {note} |")
    return ("Can you turn this into a short reminder text for each family? Max 160 characters, "
            "include the time and room 14.\n\n"
            "| Time | Pupil | Parent/carer | Notes |\n|---|---|---|---|\n" + "\n".join(rows))


@T("personal_trips", "permission_slip_ocr", 4, "en", "upper")
def _(c):
    par, gran = c.p(), c.p()
    kid = c.kid(par)
    return ("type this up properly from the scanned slip pls, the ocr mangled it\n\n"
            "year 6 residential - pgl marchants hill - 3 nights\n"
            f"child's name: {kid.full}      d.o.b: {c.d('uk_kid')}\n"
            f"medical / allergies: {c.ch(['peanuts (epipen in bag)', 'none', 'hayfever, takes cetirizine', 'eczema'])}\n"
            f"emergency contact 1: {par.full}   tel: {c.t('UK')}\n"
            f"emergency contact 2: {gran.full} (grandparent)   tel: {c.t('UK')}\n"
            "i give permission for my child to take part in all activities inc. abseiling y / n   y\n"
            f"signed: {par.init}")


@T("personal_trips", "trip_roster_json", 3, "en")
def _(c):
    studs = []
    for j in range(3):
        par = c.p()
        kid = c.kid(par)
        em = None if j == 1 else {"name": par.full, "phone": c.t("UK")}
        studs.append({"name": kid.full, "form": c.ch(["9C", "9F", "9K"]), "emergency": em})
    js = json.dumps({"trip": "Y9 Battlefields - Ypres & the Somme", "depart": "2027-03-14",
                     "coach": "Leger 2", "students": studs}, ensure_ascii=False, indent=1)
    return ("This is what our trips app exports. Coach company says some kids have no emergency "
            "contact, which ones? and write me a nudge email for those parents\n\n" + js)


@T("personal_trips", "ski_medical_notes", 3, "en")
def _(c):
    p1, p2, p3 = c.p(), c.p(), c.p()
    k1, k2, k3 = c.kid(p1), c.kid(p2), c.kid(p3)
    return ("Ski trip to Sölden, Feb half term. Notes from the medical forms - please turn into a "
            "one-page sheet for the 6 staff going, grouped by condition:\n"
            f"- {k1.full} - type 1 diabetic, Libre sensor, {p1.g} (parent) says ring {c.t('UK')} if readings go odd\n"
            f"- {k2.full} - asthma, 2 x Ventolin, GP letter sent in by {p2.full}\n"
            f"- {k3.full} - travel sick on coaches, Kwells ok'd by {p3.full}\n"
            f"- {k1.g} also vegetarian!!")


@T("personal_admissions", "ucas_reference", 4, "en")
def _(c):
    s = c.p()
    subj = c.ch([("Medicine", "Edinburgh, King's, Leeds and Cardiff"),
                 ("Architecture", "Bath, Sheffield, UCL and Newcastle"),
                 ("Law", "Durham, Exeter, Bristol and LSE"),
                 ("Veterinary Science", "RVC, Nottingham, Liverpool and Surrey")])
    town = c.town(c.ch(["UK", "UK", "IE"]))
    return (f"Help me tighten this UCAS reference for {s.full}, applying for {subj[0]} "
            f"({subj[1]}). It's about 600 characters over and the deadline is Friday.\n\n"
            f"\"{s.g} joined our Sixth Form in Year 12 and quickly became one of the most "
            f"reliable students in the cohort. Alongside A levels in Biology, Chemistry and Maths, "
            f"{s.g} has volunteered every Saturday at the {town} food bank for two years and "
            f"led our school's Amnesty International group. In Chemistry, {s.g}'s extended project "
            "on the Haber process was the strongest we have seen in several years. I recommend "
            f"{s.full} without reservation.\"")


@T("personal_admissions", "us_counselor_letter", 3, "en")
def _(c):
    s = c.p()
    town = c.town("US")
    return ("I'm a school counselor, 1 of 2 for 480 seniors, so I need to be efficient. Draft a "
            f"counselor rec for {s.full} for the Common App. Facts:\n"
            f"* first-gen, lives with grandmother in {town}, works 20h/wk at the Dollar General\n"
            "* 3.91 unweighted, AP Calc BC (5), AP Bio (4), SAT 1450\n"
            "* founded the robotics club, FIRST Tech Challenge state qualifier\n"
            f"* applying ED to Rice, RD to Vanderbilt, Tulane, UT Austin\n"
            f"* teacher recs from {c.p().full} (chem) and {c.p().full} (English)")


@T("personal_admissions", "applicant_query_reply", 4, "en")
def _(c):
    ctx = c.ch(["en", "en", "tr", "id", "nl", "pl", "sw"])
    s = c.p(ctx)
    dob = c.d("iso_adult")
    cc = {"en": "UK", "tr": "TR", "id": "ID", "nl": "NL", "pl": "PL", "sw": "KE"}[ctx]
    return ("Draft a polite reply from Undergraduate Admissions: we can't change the course on an "
            "application after the deadline, but they can decline and reapply via Clearing.\n\n"
            f"> Dear Sir/Madam, my name is {s.full} (applicant no. 24-118{c.num(100, 999)}, "
            f"date of birth {dob}). I applied for BSc Economics but I want to change to BSc "
            "Economics with Data Science, is it possible? Please call me on "
            f"{c.t(cc)} or reply to {s.mail(c.dom(ctx), c.i(), c.num(1, 99))}.\n"
            f"> Best regards, {s.g}")


@T("personal_registrar", "transcript_request", 3, "en")
def _(c):
    s = c.p()
    a = c.a("US")
    return ("Registrar's office here. Student sent this by fax (yes, fax). Check it has everything "
            "we need for an official transcript and list what's missing:\n\n"
            f"Name: {s.full}    Former name: none\n"
            f"SSN: {c.nid('SSN', 'S')}    DOB: {c.d('us_teen')}\n"
            f"Last term attended: Spring 2025\n"
            f"Mail to:\n{a.block()}\n"
            f"Phone: {c.t('US')}\n"
            "Number of copies: 2 (one to the Common App, one to me)")


@T("personal_registrar", "sis_sql", 3, "en")
def _(c):
    s = c.p()
    return ("this returns 0 rows but the student is definitely enrolled for fall, what am I missing?\n\n"
            "```sql\nSELECT s.student_id, s.first_name, s.last_name, e.term_code, e.status\n"
            "FROM students s\nJOIN enrollments e ON e.student_id = s.student_id\n"
            f"WHERE s.last_name = '{s.f}'\n  AND s.first_name = '{s.g}'\n"
            f"  AND s.birth_date = '{c.d('iso_adult')}'\n"
            "  AND e.term_code = '202710'\n  AND e.status = 'REG';\n```\n"
            "(Postgres 15, Ellucian Banner replica)")


@T("personal_registrar", "name_change", 3, "en")
def _(c):
    s = c.p()
    old = Person(s.given, c.p().family, s.culture)
    return (f"Summarise for the student record: {old.full} has submitted a deed poll and asks that "
            f"all records now show {s.full}. Student email {s.mail('student.ncl.ac.uk', 1)} "
            f"should change too (currently {old.mail('student.ncl.ac.uk', 1)}). Degree "
            "certificate should be in the new name. Anything else registry usually needs to do? "
            "Check library, Blackboard, card access.")


@T("personal_sen", "ehcp_review", 4, "en")
def _(c):
    par, ep = c.p(), c.p()
    kid = c.kid(par)
    return ("Turn these into the 'Views of the child and family' section for the annual EHCP "
            "review, plain English please:\n\n"
            f"CHILD: {kid.full}   DOB: {c.d('uk_kid')}   NHS no: {c.nid('NHS')}\n"
            f"Parent ({par.full}) - worried about transition to secondary, esp. lunchtimes and "
            "the noise. Says sleep better since melatonin.\n"
            f"{kid.g}: 'I like Lego club and my TA. I don't like the hand dryers.'\n"
            f"EP ({ep.full}) - recommends a visual timetable and a key adult at the new school.\n"
            "Current provision: 15h TA support, SALT block of 6 sessions")


@T("personal_sen", "iep_meeting", 3, "en", "lower")
def _(c):
    par, sp = c.p(), c.p()
    kid = c.kid(par)
    return (f"iep mtg notes for {kid.full} (gr 3) - pls turn into the parent summary letter\n"
            f"present: {par.full} (parent), {sp.full} (sped), me, {c.p().g} from ot\n"
            f"- reading fluency 41 wcpm, goal 70. moving to wilson reading 3x/wk\n"
            f"- {kid.g} gets extended time + breaks, keep\n"
            f"- parent asked about bus aide, {sp.g} will check w/ transportation\n"
            f"- next review before winter break, parent prefers text {c.t('US')}")


@T("personal_tutoring", "agency_booking", 4, "en")
def _(c):
    par, tut = c.p(), c.p()
    kid = c.kid(par)
    cc = c.ch(["UK", "UK", "AU", "IE"])
    subj = c.ch(["11+ prep (GL)", "GCSE Maths, Higher tier", "A level Chemistry", "Year 12 Methods", "Junior Cert Irish"])
    return ("New booking from the website form, write the confirmation email to the parent and a "
            "separate short one to the tutor:\n\n"
            f"Parent: {par.full}\nPhone: {c.t(cc)}\n"
            f"Email: {par.mail(c.dom(), c.i(), c.num(1, 99))}\n"
            f"Student: {kid.g} (Year {c.num(6, 12)})\nSubject: {subj}\n"
            f"Tutor assigned: {tut.full} ({tut.mail('tutorhub.co', 1)})\n"
            f"Location: at home, {c.a(cc).line()}\n"
            "Slot: Tuesdays 17:00-18:00, starting next week, £45/h, 6 session block")


@T("personal_tutoring", "tutor_message", 3, "en", "lower")
def _(c):
    par = c.p()
    kid = c.kid(par)
    return ("make this sound more professional but still friendly, it's going to a parent:\n\n"
            f"hi {par.g}, just to say {kid.g} didnt do the past paper again this week so we spent "
            "half the lesson on it instead of circle theorems. not a big deal but mocks are in 3 "
            f"weeks. maybe {kid.g} can do 20 min on corbettmaths on sundays? lmk if thursday "
            f"still works, i can also do wed. - {c.p().g}")


@T("personal_exams", "access_arrangements", 3, "en")
def _(c):
    s, ass = c.p(), c.p()
    return ("Check this Form 8 summary before I upload it to Access Arrangements Online, does the "
            "wording meet JCQ rules?\n\n"
            f"Candidate: {s.full}, DOB {c.d('uk_teen')}, candidate no. {c.num(1000, 9999)}\n"
            "Arrangements: 25% extra time, reader (computer reader), rest breaks\n"
            f"Assessor: {ass.full}, specialist teacher (APC), assessed 14/01\n"
            "Standardised scores: reading speed 84, comprehension 79, processing speed 76\n"
            f"History of need: SpLD (dyslexia) identified Y5; {s.g} has used a reader in all "
            "internal exams since Y9 (normal way of working).")


@T("personal_exams", "remark_request", 3, "en")
def _(c):
    par = c.p()
    kid = c.kid(par)
    board = c.ch([("AQA", "Biology Paper 2"), ("Pearson Edexcel", "Maths 1MA1 Paper 3"),
                  ("OCR", "History A Paper 1")])
    return ("Exams officer here. Parent wants a review of marking. Draft a reply explaining the "
            "process (consent form, fee, grades can go down) and the deadline.\n\n"
            f"> Hello, {kid.full} got a 5 in {board[0]} {board[1]} and was predicted a 7, "
            f"we think something went wrong. Can you send it for a remark? We would also like the "
            f"script back. You can reach me on {c.t('UK')}.\n> {par.full}")


@T("personal_housing", "roommate_complaint", 3, "en")
def _(c):
    a, b, w = c.p(), c.p(), c.p()
    block = c.ch(["Seacole House", "Turing Court", "Pankhurst Hall", "Block C, Victoria Hall"])
    return ("Residence life. Summarise this for the incident log, neutral tone, no opinions:\n\n"
            f"\"Hi, I'm in {block} flat {c.num(2, 9)}, room {c.ch('ABCDE')}. My flatmate {b.full} has "
            "had their partner staying basically every night since October and they leave the "
            "kitchen disgusting. I've talked to them twice. I asked the RA "
            f"({w.g}) but nothing happened. I can't sleep before exams. My number is "
            f"{c.t('UK')}. Thanks, {a.full}\"")


@T("personal_housing", "deposit_refund", 3, "en")
def _(c):
    ctx, cc = c.ch([("de", "DE"), ("nl", "NL"), ("fr", "FR")])
    s = c.p(ctx)
    return ("Accommodation office: international student checked out, we're keeping £85 for a "
            "broken desk chair and the rest goes back. Draft the email with the breakdown.\n\n"
            f"Resident: {s.full}\nRoom: {c.ch(['Chapel Street 3-14', 'Eden Halls B2', 'The Mill 411'])}\n"
            "Deposit held: £350\n"
            f"Forwarding address:\n{c.a(cc).block()}\n"
            f"Refund IBAN: {c.iban(cc)}\n"
            f"Personal email: {s.mail(c.dom(ctx), c.i(), c.num(1, 99))}")


@T("personal_online_courses", "refund_ticket", 3, "en", [None, "lower", None])
def _(c):
    s = c.p(c.ch(["en", "en", "es", "pt", "tl"]))
    course = c.ch(["Python for Everybody", "The Complete Web Developer Bootcamp",
                   "Excel Skills for Business", "Google Data Analytics Certificate"])
    return ("Support macro needed. Learner was charged twice, wants one refunded. Write a reply "
            "that confirms the refund, 5-10 business days, and doesn't promise anything else.\n\n"
            f"Ticket #{c.num(480000, 499999)}\nFrom: {s.mail(c.dom(), c.i(), c.num(1, 99))}\n"
            f"Name on account: {s.full}\n"
            f"\"i bought '{course}' and got charged 2x on my card {c.card()}, "
            "can you refund one please?? i only need it once lol\"")


@T("personal_online_courses", "proctor_log", 3, "en")
def _(c):
    s1, s2 = c.p(), c.p()
    ip1 = c.ch(["81.174.32.19", "86.142.77.203", "92.40.196.8", "176.250.14.66"])
    ip2 = c.ch(["203.0.113.44", "51.9.212.130", "109.155.23.71", "2.101.48.190"])
    return ("Proctoring flagged these two as possibly the same person, can you explain what the "
            "log shows and whether it's worth escalating?\n\n"
            f"2027-01-19T10:02:11Z exam=STAT101-final user={s1.handle(0)} ip={M('IP', ip1)} event=session_start\n"
            f"2027-01-19T10:02:47Z exam=STAT101-final user={s2.handle(2, c.num(1, 99))} ip={M('IP', ip2)} event=session_start\n"
            f"2027-01-19T10:31:05Z exam=STAT101-final user={s1.handle(0)} ip={M('IP', ip2)} event=ip_change\n"
            f"2027-01-19T10:31:09Z exam=STAT101-final user={s2.handle(2, '')} ip={M('IP', ip2)} event=tab_blur x3\n"
            f"2027-01-19T11:00:00Z exam=STAT101-final user={s1.handle(0)} event=submit score=94")


@T("personal_language_school", "homestay_placement", 4, "en")
def _(c):
    ctx, dstyle = c.ch([("es", "es_teen"), ("fr", "fr_teen"), ("tr", "tr_teen"), ("pt", "pt_teen"),
                        ("vi", "vi_teen"), ("id", "id_teen")])
    s = c.p(ctx)
    host = c.p()
    cc = c.ch(["UK", "IE", "NZ", "AU"])
    return ("Write the placement confirmation email to the student (B1 English, keep it simple) "
            "and cc the agent.\n\n"
            f"Student: {s.full}, DOB {c.d(dstyle)}, General English 20 lessons/wk, 6 weeks\n"
            f"Host family: {host.full} and family, 2 kids + a dog\n"
            f"Address: {c.a(cc).line()}\n"
            f"Host phone: {c.t(cc)}\n"
            "Half board Mon-Fri, full board weekends; 25 min by bus to the school\n"
            "Arrival transfer booked, flight lands 14:35")


@T("personal_school_office", "staff_cover", 3, "en")
def _(c):
    a, b, s1, s2 = c.p(), c.p(), c.p(), c.p()
    return ("Cover for tomorrow, turn into the usual cover sheet (period, class, room, cover "
            "teacher, work set) and the email to the supply agency:\n"
            f"- {a.full} off (course), P1 10X/Ma2 room M4, P3 7Y/Ma1 M4, work on Teams\n"
            f"- {b.init} off sick, P2 9B English E2 (Of Mice and Men ch.3), P5 12 Lit E2\n"
            f"- supply: {s1.full} from Teaching Personnel, {s1.mail('teachingpersonnel.com', 0)}\n"
            f"- {s2.g} (HLTA) can take P5 if supply falls through")


# ================================================================ English, PII-free
@T("clean_school_office", "absence_letter_template", 3, "en")
def _(c):
    ph = c.ch([("[Parent/Carer Name]", "[Child's Name]"), ("{{parent_salutation}}", "{{pupil_first_name}}"),
               ("<<Contact.Title>> <<Contact.Surname>>", "<<Pupil.Forename>>"), ("Mr/Mrs Bloggs", "Joe")])
    return ("can you make this absence letter template friendlier? it's a mail merge from Arbor so "
            "keep the merge fields exactly as they are\n\n"
            f"Dear {ph[0]},\n\n"
            f"Our records show that {ph[1]} was absent on {{{{absence_date}}}} and we have not "
            "received a reason. Please contact the Attendance Officer on the school number or "
            "reply via the Arbor app within 48 hours.\n\n"
            f"{c.ch(['Headteacher', 'Head of Year', 'Attendance & Welfare Lead'])}\n"
            f"{c.ch(['St Swithun’s C of E Primary', 'Sir John Cass Academy', 'Queen Elizabeth’s Grammar School', 'Dame Alice Owen’s School'])}")


@T("clean_school_office", "mis_export_question", 3, "en")
def _(c):
    mis = c.ch([("SIMS", "Arbor"), ("Bromcom", "Arbor"), ("PowerSchool", "Infinite Campus"),
                ("SIMS", "Bromcom")])
    return (f"We're moving from {mis[0]} to {mis[1]} in August. Which reports should I export first "
            f"so nothing gets lost? Thinking: {c.ch(['Attendance codes', 'Behaviour points', 'SEN register'])}, "
            f"{c.ch(['Medical conditions', 'Contact priorities', 'Free school meals flags'])}, "
            "Exam entries, Timetable. Also does the DfE census (the "
            f"{c.ch(['October', 'January', 'May'])} one) need anything special after the switch?")


@T("clean_school_office", "house_points_notice", 3, "en", "upper")
def _(c):
    houses = c.ch([["Newton", "Curie", "Darwin", "Seacole"], ["Brunel", "Lovelace", "Turing", "Franklin"],
                   ["Austen", "Brontë", "Shakespeare", "Dickens"], ["Tudor", "Stuart", "Windsor", "York"]])
    pts = c.sample(range(812, 1290), 4)
    return ("proofread this notice for the hall screen please\n\n"
            "sports day - friday 4 july\nwear house colours\n"
            + "\n".join(f"{h.upper()}: {p} pts" for h, p in zip(houses, pts))
            + f"\nparents welcome from 1.30pm, tea and cakes by the pta\n"
            f"{c.ch(['no dogs on the field', 'bring suncream and a water bottle', 'parking at the leisure centre only'])}")


@T("clean_parents", "book_day_message", 3, "en")
def _(c):
    chars = c.sample(["Matilda", "the Gruffalo", "Paddington", "Harry Potter", "Where's Wally",
                      "Mr Tickle", "Pippi Longstocking", "the Very Hungry Caterpillar",
                      "Charlie Bucket", "Willy Wonka", "Hermione Granger", "Peppa Pig"], 3)
    return ("Write a short cheerful message for the class WhatsApp from the class rep: World Book "
            f"Day is Thursday, costumes optional, ideas {', '.join(chars)}. No need to buy anything, "
            f"a hat and a book is fine. {c.ch(['Julia Donaldson', 'Oliver Jeffers', 'David Walliams', 'Michael Rosen'])} "
            "video assembly at 9:15 parents can watch.")


@T("clean_parents", "newsletter_blurb", 3, "en", "lower")
def _(c):
    items = c.sample(["harvest festival donations to the trussell trust", "roald dahl day on the 13th",
                      "visit from the fire brigade (watch manager's talk)", "flu spray for years r-6",
                      "scholastic book fair after school", "macmillan coffee morning",
                      "year 4 trip to warwick castle", "odd socks day for anti-bullying week"], 3)
    return ("write a short newsletter blurb for this week, 3 bullet points and a friendly line at "
            "the end: " + "; ".join(items))


@T("clean_parents", "reading_list_table", 3, "en")
def _(c):
    rows = c.sample([("Year 3", "The Iron Man", "Ted Hughes"), ("Year 4", "Charlotte's Web", "E. B. White"),
                     ("Year 5", "Holes", "Louis Sachar"), ("Year 6", "Wonder", "R. J. Palacio"),
                     ("Year 6", "Private Peaceful", "Michael Morpurgo"), ("Year 5", "Cogheart", "Peter Bunzl"),
                     ("Year 4", "The Wild Robot", "Peter Brown"), ("Year 3", "The Hodgeheg", "Dick King-Smith"),
                     ("Year 5", "Malamander", "Thomas Taylor")], 4)
    return ("Parents keep asking for the reading list, can you turn this into something I can "
            "paste into the newsletter with one sentence per book?\n\n| Year | Book | Author |\n"
            "|---|---|---|\n" + "\n".join(f"| {y} | {b} | {a} |" for y, b, a in rows))


@T("clean_admissions", "oxbridge_colleges", 3, "en", ["lower", None, None, None])
def _(c):
    subj = c.ch(["PPE", "Natural Sciences", "History and Politics", "Computer Science", "Land Economy"])
    cols = c.ch([("Magdalen", "Balliol", "St John's"), ("Trinity", "King's", "Churchill"),
                 ("Christ's", "Jesus", "Lucy Cavendish"), ("Wolfson", "Darwin", "Lady Margaret Hall")])
    return (f"Is {subj} at {cols[0]} really harder to get into than {cols[1]} or {cols[2]}? My "
            "head of sixth form says college choice doesn't matter because of the pooling "
            "system, is that true? Also should I do the TSA or is it only for some courses now")


@T("clean_admissions", "us_college_list", 3, "en", [None, None, "lower", None])
def _(c):
    ed = c.ch(["Brown", "Duke", "Rice", "Vanderbilt", "Johns Hopkins", "Emory", "Tufts"])
    rd = c.sample(["Carnegie Mellon", "Washington and Lee", "Stanford", "Cornell", "Purdue",
                   "Georgia Tech", "Bowdoin", "Wellesley", "Harvey Mudd", "Case Western"], 4)
    return ("Rank my list by reach/target/safety for a 3.8 UW, 1420 SAT, intended CS major:\n"
            f"- ED: {ed}\n- RD: " + ", ".join(rd) + "\n"
            "- in-state safety: UMass Amherst\nAlso is the Common App essay about my grandma "
            "too cliché?")


@T("clean_admissions", "offer_letter_placeholder", 3, "en")
def _(c):
    ph = c.ch(["{{applicant_first_name}}", "[APPLICANT NAME]", "Jane Doe", "%FORENAME%"])
    return ("Our CRM (Slate) sends this conditional offer. Legal says it's unclear, rewrite it clearer "
            "but keep the merge field.\n\n"
            f"Dear {ph},\n"
            f"We are delighted to make you a conditional offer for {c.ch(['BA (Hons) English Literature', 'BSc (Hons) Psychology', 'MEng Mechanical Engineering'])}. "
            f"Your conditions are: {c.ch(['AAB at A level', 'IB 34 points with 6 in HL Maths', 'ABB including a B in Chemistry'])} "
            "and IELTS 6.5 overall if English is not your first language. "
            "Please respond via UCAS Hub by the deadline.\n"
            "Director of Admissions")


@T("clean_registrar", "schema_question", 3, "en")
def _(c):
    ex = c.ch([("John", "Doe"), ("Jane", "Roe"), ("Test", "Student"), ("Max", "Mustermann")])
    return ("Designing the student table for our new SIS. Is it better to store legal name and "
            "preferred name separately? Current draft:\n\n```sql\nCREATE TABLE student (\n"
            "  student_id     bigint PRIMARY KEY,\n  legal_first    text NOT NULL,\n"
            "  legal_last     text NOT NULL,\n  preferred_name text,\n  pronouns       text,\n"
            "  birth_date     date,\n  email          citext UNIQUE\n);\n"
            f"INSERT INTO student VALUES (1, '{ex[0]}', '{ex[1]}', NULL, NULL, '2000-01-01', "
            f"'{ex[0].lower()}.{ex[1].lower()}@example.edu');\n```\n"
            f"{c.ch(['Also how do people handle mononyms?', 'How does Banner do it?', 'Anything FERPA-specific?'])}")


@T("clean_registrar", "ferpa_policy", 3, "en")
def _(c):
    law = c.ch(["FERPA (the Buckley Amendment)", "the Clery Act", "Title IX", "the Solomon Amendment"])
    return (f"Quick one for a new registrar assistant: explain {law} in 5 bullet points, what we "
            f"can release as directory information, and what to say when a "
            f"{c.ch(['parent', 'journalist', 'military recruiter', 'landlord'])} phones asking "
            f"about a student. We're a {c.ch(['public university in Ohio', 'community college in California', 'private liberal arts college in Maine'])}.")


@T("clean_sen", "eponym_conditions", 3, "en")
def _(c):
    cond = c.sample(["Asperger's", "Tourette's", "Down syndrome", "Irlen syndrome", "Duchenne muscular dystrophy",
                     "Perthes disease", "Williams syndrome", "Rett syndrome", "Ehlers-Danlos syndrome"], 3)
    prog = c.sample(["Makaton", "PECS", "TEACCH", "Orton-Gillingham", "Lindamood-Bell",
                     "Wilson Reading System", "Toe by Toe", "Nessy", "Clicker 8"], 2)
    return ("SENCo here, writing a staff CPD handout. For each of these, 2 lines on what it is and "
            f"1 classroom strategy: {', '.join(cond)}. Then a short para on whether "
            f"{prog[0]} or {prog[1]} has a better evidence base (EEF toolkit if possible).")


@T("clean_sen", "iep_goal_bank", 3, "en", "lower")
def _(c):
    ph = c.ch(["[student]", "{{student}}", "STUDENT_NAME", "[Name]"])
    return (f"give me 6 smart iep goals for reading fluency, 2nd grade, using {ph} as the "
            f"placeholder. like '{ph} will read a grade-level passage at 90 wcpm with 95% "
            "accuracy in 4 of 5 trials by the end of the iep period'. "
            f"{c.ch(['we use dibels 8', 'we use aimsweb', 'we use fastbridge'])} for progress monitoring")


@T("clean_tutoring", "edtech_compare", 3, "en", [None, "lower", None, None])
def _(c):
    tools = c.sample(["Sparx Maths", "Dr Frost Maths", "Hegarty Maths", "Corbettmaths", "Seneca",
                      "Khan Academy", "Times Tables Rock Stars", "Mathletics", "Quizlet", "Kahoot!",
                      "Oak National Academy", "BBC Bitesize", "IXL"], 3)
    return (f"I tutor online, mostly GCSE. Compare {tools[0]}, {tools[1]} and {tools[2]} for "
            "homework between sessions - cost, whether I can see the student's progress, and if "
            "they work on a phone. Table please.")


@T("clean_tutoring", "physics_revision_notes", 3, "en")
def _(c):
    laws = c.sample(["Newton's second law", "Ohm's law", "Hooke's law", "Boyle's law", "Snell's law",
                     "Kirchhoff's current law", "Faraday's law", "Archimedes' principle",
                     "Pascal's principle", "Charles's law"], 3)
    return ("Tutor notes for tomorrow, turn into a 45 min lesson plan with 3 worked examples:\n"
            + "\n".join(f"- {x}" for x in laws)
            + f"\n- units: {c.ch(['joule, watt, newton', 'ohm, volt, ampere', 'pascal, kelvin, hertz', 'coulomb, tesla, weber'])}\n"
            f"- exam board {c.ch(['AQA Trilogy', 'Edexcel IGCSE', 'OCR Gateway', 'WJEC'])}")


@T("clean_trips", "trip_itinerary", 3, "en")
def _(c):
    trip = c.ch([
        ("Y9 Battlefields", ["Menin Gate Last Post ceremony", "Tyne Cot Cemetery", "Essex Farm (John McCrae, In Flanders Fields)",
                             "Thiepval Memorial", "Lochnagar Crater", "Newfoundland Park"]),
        ("Y10 Berlin history trip", ["Brandenburg Gate", "Checkpoint Charlie", "Sachsenhausen",
                                     "the Reichstag dome", "East Side Gallery", "Topography of Terror"]),
        ("Y12 Art trip to Paris", ["Musée d'Orsay", "the Louvre (Mona Lisa queue!)", "Centre Pompidou",
                                   "Montmartre and Sacré-Cœur", "Musée Rodin", "Fondation Louis Vuitton"]),
        ("Geography trip to Iceland", ["Gullfoss", "Geysir", "Sólheimajökull glacier walk",
                                       "Reynisfjara black sand beach", "Seljalandsfoss", "Blue Lagoon"])])
    stops = c.sample(trip[1], 4)
    return (f"Make a 3-day itinerary table for the {trip[0]} (coach, 48 students, 5 staff). Must "
            f"include {', '.join(stops)}. Lunch stops and loo breaks matter more than you'd think.")


@T("clean_trips", "risk_assessment_headings", 3, "en", "upper")
def _(c):
    act = c.ch(["coasteering at st davids", "gorge walking in the brecon beacons",
                "canoeing on the river wye", "ghyll scrambling near ambleside"])
    return (f"fill in the control measures column for this risk assessment, activity: {act}\n"
            "hazard | who at risk | likelihood | severity | control measures\n"
            "cold water shock | students, staff | 2 | 4 |\n"
            "slips on wet rock | students | 3 | 2 |\n"
            "lost student | students | 1 | 5 |\n"
            "provider: " + c.ch(["tyf adventure", "pgl", "outward bound", "kingswood"]) + " (aala licensed)")


@T("clean_trips", "permission_slip_template", 3, "en")
def _(c):
    dest = c.ch(["the Natural History Museum", "Shakespeare's Globe", "Cadbury World",
                 "the Eden Project", "Warwick Castle", "the Science Museum"])
    return (f"Make a permission slip template for a Year 4 trip to {dest}. Fields needed:\n"
            "Child's name: ______________  Class: ____\n"
            "Date of birth: __/__/____\n"
            "Emergency contact name & phone: ______________\n"
            "Medical needs / allergies: ______________\n"
            "Photo consent Y/N\n"
            f"Cost £{c.num(8, 24)}, pay via {c.ch(['ParentPay', 'Arbor', 'SchoolMoney', 'ParentMail'])}. "
            "Keep it to one side of A4.")


@T("clean_exams", "grade_boundaries", 3, "en")
def _(c):
    b = c.ch([("AQA", "GCSE Combined Science Trilogy"), ("Pearson Edexcel", "GCSE Maths 1MA1"),
              ("OCR", "A Level Physics A"), ("WJEC Eduqas", "GCSE English Literature"),
              ("SQA", "Higher Chemistry"), ("Cambridge International", "IGCSE 0580 Mathematics")])
    return (f"How are grade boundaries set for {b[0]} {b[1]}? A parent asked why the top grade needed "
            "fewer marks this year than last. Is it comparable outcomes / Ofqual? Explain it in "
            "a way I can say at parents' evening in 30 seconds.")


@T("clean_exams", "exam_timetable_csv", 3, "en")
def _(c):
    rows = c.sample([("AQA", "8461/1H", "Biology Paper 1 Higher", "AM"),
                     ("Edexcel", "1MA1/1H", "Maths Paper 1 Non-Calc", "AM"),
                     ("OCR", "J277/01", "Computer Systems", "PM"),
                     ("AQA", "8702/1", "Eng Lit Shakespeare and 19C novel", "AM"),
                     ("Edexcel", "1HI0/12", "History Medicine in Britain", "PM"),
                     ("AQA", "8035/1", "Geography Living with the physical environment", "AM"),
                     ("WJEC", "C720U1", "Welsh Second Language Unit 1", "PM")], 4)
    days = ["12/05/2027", "13/05/2027", "14/05/2027", "15/05/2027"]
    body = "\n".join(f"{d},{s},{b},{code},{t}" for d, (b, code, t, s) in zip(days, rows))
    return ("Check for clashes and tell me which rooms we'll need if 180 candidates sit each "
            "one (hall holds 150)\n\ndate,session,board,code,title\n" + body)


@T("clean_housing", "halls_compare", 3, "en")
def _(c):
    halls = c.sample(["Pankhurst Hall", "Mary Seacole House", "Turing House", "Grace Hopper Court",
                      "Brunel Village", "Chapter Spitalfields", "iQ Shoreditch", "Unite Students Stratford One",
                      "Nightingale Hall", "Byron House", "Rosalind Franklin Court"], 3)
    return (f"First year, offered {halls[0]}, {halls[1]} or {halls[2]}. Which is better for someone "
            "who wants a quiet room but still a social kitchen? Catered vs self-catered, is "
            "£189/wk reasonable? Budget is about the Maintenance Loan only.")


@T("clean_housing", "tenancy_questions", 3, "en", "lower")
def _(c):
    q = c.sample(["is my deposit protected if the landlord used the dps or mydeposits?",
                  "does the renters' rights act change anything for student lets?",
                  "is a 5 bed house in jesmond an hmo that needs a licence?",
                  "can a letting agent charge a holding deposit of more than a week's rent?",
                  "what's a guarantor service like housing hand and is it worth it?",
                  "how does council tax work if all of us are full time students?"], 3)
    return "second year student house questions, short answers pls:\n" + "\n".join(f"- {x}" for x in q)


@T("clean_online_courses", "platform_compare", 3, "en", [None, None, "lower"])
def _(c):
    mc = c.ch(["Gordon Ramsay's cooking class", "Serena Williams on tennis", "Neil Gaiman's storytelling class",
               "Martin Scorsese on filmmaking", "Malcolm Gladwell's writing class"])
    p = c.sample(["Coursera", "edX", "Udemy", "Skillshare", "FutureLearn", "Codecademy", "DataCamp",
                  "LinkedIn Learning", "Brilliant"], 3)
    return (f"Is {mc} on MasterClass worth it compared to what you get on {p[0]}, {p[1]} or {p[2]}? "
            f"And is Andrew Ng's Machine Learning Specialization still the best starting point or "
            "is there something newer?")


@T("clean_online_courses", "lms_error", 3, "en")
def _(c):
    plug = c.ch(["mod_hvp", "block_xp", "local_o365", "mod_bigbluebuttonbn", "tool_brickfield"])
    return (f"Moodle 4.3 upgrade failed on our test box, plugin {plug}. Output:\n\n"
            "```\n-->" + plug + "\n"
            "Default exception handler: Exception - Call to undefined method core_plugin_manager::get_plugin_info()\n"
            "Debug info:\nError code: generalexceptionmessage\n"
            "* line 512 of /lib/upgradelib.php: Error thrown\n"
            "* line 1877 of /lib/upgradelib.php: call to upgrade_plugins_modules()\n"
            "!!! Exception - Call to undefined method !!!\n```\n"
            f"PHP {c.ch(['8.1', '8.2'])}, MariaDB 10.11. Roll back or fix forward?")


@T("clean_language_school", "cefr_exams", 3, "en")
def _(c):
    lang = c.ch([("English", "IELTS, TOEFL iBT, Cambridge C1 Advanced and the Duolingo English Test"),
                 ("German", "Goethe-Zertifikat B2, TestDaF and telc"),
                 ("French", "DELF B2, DALF C1 and the TCF from France Éducation international"),
                 ("Spanish", "DELE B2 from the Instituto Cervantes and SIELE"),
                 ("Mandarin", "HSK 4 and HSKK")])
    return (f"Our language school wants one page for agents comparing {lang[1]} for {lang[0]}: "
            "which universities accept which, price, how long results take, and what CEFR level "
            f"each maps to. Audience is {c.ch(['agents in Brazil', 'agents in Vietnam', 'agents in Turkey', 'parents in Italy'])}.")


@T("clean_school_office", "job_ad", 3, "en")
def _(c):
    role = c.ch(["Head of Year 9", "SENCo (0.6 FTE)", "School Business Manager", "Exams Officer",
                 "Deputy Head (Pastoral)", "Admissions Registrar"])
    school = c.ch(["Archbishop Tenison's School", "Sir Thomas Rich's School", "King Edward VI Camp Hill",
                   "Lady Lumley's School", "Bishop Vesey's Grammar School"])
    return (f"Tidy up this job ad for TES:\n\nROLE: {role}\nSCHOOL: {school}\n"
            "SALARY: MPS/UPS + TLR 2b\nSTART: September\n"
            "We are a happy, oversubscribed school rated Good by Ofsted. The successful candidate "
            "will report to the Headteacher and work closely with the Governing Body. "
            "Safer recruitment: enhanced DBS required. Visits welcome, contact the HR Manager.")


@T("personal_sen", "clinic_letter_careplan", 3, "en")
def _(c):
    par = c.p()
    kid = c.kid(par)
    cond = c.ch([("epilepsy", "buccal midazolam 5 mg if a seizure lasts over 5 min"),
                 ("type 1 diabetes", "hypo box in the office, 15 g fast carbs then recheck"),
                 ("severe asthma", "Symbicort MART, spacer in class"),
                 ("sickle cell disease", "water bottle at all times, no PE in the cold")])
    return ("School nurse. Summarise this clinic letter into our individual healthcare plan "
            "headings (condition, triggers, daily care, emergency, contacts):\n\n"
            f"RE: {kid.full}  DOB {c.d('uk_kid')}  Hosp No: {c.nid('MRN', 'M')}\n"
            f"Seen today in paediatric clinic with parent ({par.full}). Diagnosis: {cond[0]}. "
            f"Plan: {cond[1]}. Review 6 months. School contact for queries: specialist nurse team.\n"
            f"Parent mobile {c.t('UK')}")


# ================================================================ other languages, personal
@T("personal_parents", "de_krankmeldung", 4, "de", [None, None, None, "lower"])
def _(c):
    par, lehr = c.p("de"), c.p("de")
    kid = c.kid(par)
    return ("Kannst du das bitte in eine kurze, höfliche Krankmeldung umformulieren? Geht über "
            "Schulmanager Online an die Klassenleitung.\n\n"
            f"\"Hallo {hon(lehr, 'Frau', 'Herr')} {lehr.f}, {kid.g} ist seit gestern krank "
            f"({c.ch(['Magen-Darm', 'Fieber', 'Mittelohrentzündung'])}) und kommt heute und morgen "
            "nicht. Attest bringen wir nach falls nötig. Bei Fragen bin ich unter "
            f"{c.t(c.ch(['DE', 'DE', 'AT']))} erreichbar. LG {par.full}\"\n\n"
            f"Klasse {c.ch(['5b', '7a', '3c', '6d'])}, Lehrkraft hat Sprechstunde Do 3. Std.")


@T("personal_trips", "de_klassenfahrt_erstattung", 4, "de")
def _(c):
    ps = [c.p("de") for _ in range(3)]
    ks = [c.kid(p) for p in ps]
    ziel = c.ch(["Borkum", "Berlin", "in den Harz", "nach Prag"])
    return (f"Die Klassenfahrt der 8c ({ziel}) fällt aus, wir müssen die Anzahlungen zurücküberweisen. "
            "Mach mir aus der Liste bitte eine Tabelle für das Sekretariat (Name, Betrag, "
            "Kontoinhaber, IBAN) und einen kurzen Elternbrief dazu.\n\n"
            f"1. {ks[0].full} – 120 € – Kontoinhaber {ps[0].full}, IBAN {c.iban('DE')}\n"
            f"2. {ks[1].full} – 120 € – bar bezahlt, Quittung liegt vor\n"
            f"3. {ks[2].full} – 60 € (Rest über BuT) – IBAN {c.iban(c.ch(['DE', 'AT']))} "
            f"(Konto läuft auf {ps[2].full})")


@T("personal_parents", "fr_pronote_message", 4, "fr")
def _(c):
    par, prof = c.p("fr"), c.p("fr")
    kid = c.kid(par)
    return ("Corrige l'orthographe et rends ce message plus poli stp, c'est pour Pronote :\n\n"
            f"\"bonjour {hon(prof, 'madame', 'monsieur')} {prof.f}, {kid.g} a été absent(e) lundi et mardi "
            "car il/elle avait de la fièvre, je n'ai pas pu prévenir avant. pouvez vous lui "
            f"transmettre les devoirs de {c.ch(['maths', 'français', 'SVT', 'physique-chimie'])} ? "
            f"merci d'avance. {par.full} — {c.t(c.ch(['FR', 'FR', 'BE']))}\"\n\n"
            f"(classe de {c.ch(['5e B', '4e 2', '6e A', '3e C'])}, collège)")


@T("personal_school_office", "fr_dossier_inscription", 3, "fr")
def _(c):
    par, par2 = c.p("fr"), c.p("fr")
    kid = c.kid(par)
    return ("Je suis secrétaire dans un collège. Vérifie si ce dossier d'inscription en 6e est "
            "complet et rédige un mail aux parents pour les pièces manquantes.\n\n"
            f"NOM : {M('P', kid.family.upper())}    Prénom : {kid.g}\n"
            f"Né(e) le : {c.d('fr')}    INE : {c.nid('INE')}\n"
            f"Adresse : {c.a('FR').line()}\n"
            f"Responsable légal 1 : {par.full} – tél. {c.t('FR')} – {par.mail(c.dom('fr'), c.i(), c.num(1, 99))}\n"
            f"Responsable légal 2 : {par2.full} – non renseigné\n"
            "Pièces fournies : livret de famille, justificatif de domicile (facture EDF)\n"
            "Manque : certificat de radiation, fiche sanitaire")


@T("personal_language_school", "es_matricula_academia", 4, "es")
def _(c):
    par = c.p("es")
    kid = c.kid(par)
    return ("Hola, trabajo en la secretaría de una academia de inglés. ¿Me ayudas a redactar un "
            "correo confirmando la matrícula? Datos:\n"
            f"Alumno/a: {kid.full}\n"
            f"DNI/NIE: {c.nid('DNI')}\n"
            f"Fecha de nacimiento: {c.d('es')}  (menor, firma el tutor)\n"
            f"Tutor/a legal: {par.full}, tel. {c.t('ES')}\n"
            f"Dirección: {c.a('ES').line()}\n"
            f"Curso: {c.ch(['B2 First (Cambridge)', 'C1 Advanced', 'Trinity ISE II', 'Kids A2 Flyers'])}, "
            "lunes y miércoles de 18:00 a 19:30\nPago: domiciliación mensual, 65 €")


IT_KIDS = [(0, "15/03/2012", "Palermo", 0), (1, "02/11/2011", "Napoli", 1), (2, "01/01/2013", "Torino", 2)]


@T("personal_school_office", "it_iscrizione_unica", 3, "it")
def _(c):
    ki, dob, luogo, cfi = c._draw(("ITK",), IT_KIDS)
    kid = PEOPLE["it"][ki]
    c.use[(("P", "it"), ki)] += 1
    c.row.add((("P", "it"), ki))
    par0 = c.p("it")
    par = Person(par0.given, kid.family, par0.culture)
    return ("Devo fare l'iscrizione alla prima media sulla piattaforma Unica e mi blocco al passo "
            "\"scuola di provenienza\". Mi spieghi cosa mettere? Ti incollo i dati:\n\n"
            f"Alunno/a: {M('P', kid.family.upper() + ' ' + kid.given.upper())}\n"
            f"Codice fiscale: {M('N', IDS['CF'][cfi])}\n"
            f"Nato/a il {M('D', dob)} a {M('L', luogo)}\n"
            f"Residenza: {c.a('IT').line()}\n"
            f"Genitore: {par.full}, cell. {c.t('IT')}, {par.mail(c.dom('it'), c.i(), c.num(60, 89))}\n"
            "Scuola primaria frequentata: I.C. \"Giovanni Pascoli\", classe 5ª B")


@T("personal_parents", "nl_ziekmelding_parro", 4, "nl", "lower")
def _(c):
    par, juf = c.p("nl"), c.p("nl")
    kid = c.kid(par)
    jm = hon(juf, "juf", "meester")
    buur = c.p("nl")
    return (f"kun je dit wat netter maken? gaat via parro naar {jm} {juf.g}\n\n"
            f"hoi {jm} {juf.g}, {kid.g} is vandaag ziek thuis, koorts en keelpijn. morgen "
            f"waarschijnlijk ook nog. wil je het huiswerk voor {kid.g} in de postmap doen, dan haalt "
            f"{buur.g} ({hon(buur, 'buurvrouw', 'buurman')}) het op. groetjes {par.full}, {c.t('NL')}")


@T("personal_school_office", "nl_inschrijfformulier", 3, "nl")
def _(c):
    par = c.p("nl")
    kid = c.kid(par)
    return ("Kun je dit inschrijfformulier (groep 1) nakijken op ontbrekende gegevens en een "
            "mailtje aan de ouders opstellen?\n\n"
            f"Achternaam kind: {kid.f}\nRoepnaam: {kid.g}\n"
            f"Geboortedatum: {c.d('nl')}\nBSN: {c.nid('BSN')}\n"
            f"Adres: {c.a('NL').line()}\n"
            f"Ouder/verzorger 1: {par.full}, {c.t('NL')}, {par.mail(c.dom('nl'), c.i(), c.num(1, 99))}\n"
            "Ouder/verzorger 2: -\nHuisarts: \nVorige school/peuteropvang: 't Kabouterhuis\n"
            "Toestemming foto's: ")


@T("personal_parents", "pl_librus_usprawiedliwienie", 4, "pl")
def _(c):
    par = c.p("pl")
    kid = c.kid(par)
    return ("Pomóż mi napisać krótkie usprawiedliwienie do wychowawczyni przez Librusa, ma być "
            "grzecznie ale bez przesady.\n\n"
            f"dziecko: {kid.full}, kl. {c.ch(['4b', '6a', '2c', '7d'])}\n"
            f"nieobecność: {c.ch(['12-14.03', '3-4.02', '20.11', '8-10.01'])}, choroba (angina)\n"
            f"podpis: {par.full}\n\n"
            "I jeszcze pytanie – w formularzu ubezpieczenia NNW szkoła chce PESEL dziecka, "
            f"czy to normalne? PESEL: {c.nid('PESEL')}, telefon do mnie {c.t('PL')}")


@T("personal_school_office", "pt_rematricula_whatsapp", 4, "pt")
def _(c):
    par = c.p("pt")
    kid = c.kid(par)
    return ("Oi! Sou da secretaria de uma escola particular. Preciso mandar um WhatsApp pra "
            "responsável lembrando dos documentos que faltam pra rematrícula, me ajuda a escrever?\n\n"
            f"Aluno(a): {kid.full} – {c.ch(['6º ano B', '3º ano A', '9º ano C', '1º ano EM'])}\n"
            f"Data de nasc.: {c.d('pt')}\nCPF do aluno: {c.nid('CPF')}\n"
            f"Responsável financeiro: {par.full}, cel {c.t('BR')}\n"
            f"Endereço: {c.a('BR').line()}\n"
            "Falta: comprovante de residência atualizado e carteira de vacinação")


@T("personal_parents", "sv_ledighet_mentor", 4, "sv")
def _(c):
    par = c.p("sv")
    kid = c.kid(par)
    return ("Kan du hjälpa mig formulera ett mejl till mentorn? Vi vill ta ledigt två veckor "
            "innan sportlovet för att hälsa på släkten och jag vet att rektorn kan säga nej.\n\n"
            f"Elev: {kid.full}, klass {c.ch(['6B', '4A', '8C', '2B'])}\n"
            f"Personnummer: {c.nid('PNR')}\n"
            f"Vårdnadshavare: {par.full}, {c.t('SE')}, {par.mail(c.dom('sv'), c.i(), c.num(1, 99))}\n"
            f"Adress: {c.a('SE').line()}\n"
            "Skolan använder Skolplattformen om det spelar roll")


@T("personal_sen", "fi_terveyskysely", 3, "fi")
def _(c):
    par = c.p("fi")
    kid = c.kid(par)
    return ("Täytän koulun terveydenhoitajan lomaketta ja siinä kysytään kaikenlaista. Auta "
            "muotoilemaan kohta \"Erityistä huomioitavaa koulupäivän aikana\" lyhyesti.\n\n"
            f"Oppilas: {kid.full}, {c.ch(['3B', '5A', '7C'])}\n"
            f"Henkilötunnus: {c.nid('HETU')}\n"
            "Keliakia, ruokavalio gluteeniton. Allergia: pähkinät (ei anafylaksiaa)\n"
            f"Huoltaja: {par.full}, p. {c.t('FI')}\n"
            f"Osoite: {c.a('FI').line()}")


@T("personal_parents", "tr_veli_mesaji", 4, "tr", [None, "lower", None, None])
def _(c):
    par = c.p("tr")
    kid = c.kid(par)
    return ("Sınıf öğretmenine WhatsApp'tan atacağım mesajı düzeltir misin, biraz daha resmi olsun:\n\n"
            f"\"Hocam merhaba, ben {c.ch(['7-B', '4-A', '9-C', '6-D'])} sınıfından {kid.full} adlı "
            "öğrencinin velisiyim. e-Okul'da devamsızlık 5 gün görünüyor ama doktor raporunu "
            f"getirmiştik. TC kimlik no {c.nid('TC')}, okul no {c.num(101, 689)}. "
            f"Rica etsem kontrol edebilir misiniz? {par.full}, tel {c.t('TR')}\"")


@T("personal_trips", "el_ekdromi_dilosi", 3, "el")
def _(c):
    par = c.p("el")
    kid = c.kid(par)
    return ("Μπορείς να μου γράψεις την υπεύθυνη δήλωση του κηδεμόνα για την εκδρομή στους "
            "Δελφούς; Να είναι σύντομη. Στοιχεία:\n"
            f"Μαθητής/τρια: {kid.full}, {c.ch(['Β΄ Γυμνασίου', 'Α΄ Λυκείου', 'ΣΤ΄ Δημοτικού'])}\n"
            f"ΑΜΚΑ: {c.nid('AMKA')}\nΗμ. γέννησης: {c.d('el')}\n"
            f"Κηδεμόνας: {par.full}, κιν. {c.t('GR')}\n"
            f"Διεύθυνση: {c.a('GR').line()}\n"
            "Αλλεργίες: καμία")


@T("personal_school_office", "hu_kreta_uzenet", 3, "hu")
def _(c):
    par = c.p("hu")
    kid = c.kid(par)
    return ("Segítenél megfogalmazni egy KRÉTA-üzenetet az osztályfőnöknek? Költözünk, és át kell "
            "vezetni az új lakcímet.\n\n"
            f"Tanuló: {kid.full}, {c.ch(['5.b', '3.a', '8.c', '10.d'])}\n"
            f"Oktatási azonosító: {c.nid('OKT')}\nSzületési idő: {c.d('hu')}\n"
            f"Új lakcím: {c.a('HU').line()}\n"
            f"Szülő: {par.full}, tel.: {c.t('HU')}, e-mail: {par.mail(c.dom('hu'), c.i(), c.num(70, 99))}")


@T("personal_parents", "id_izin_sakit", 4, "id", "lower")
def _(c):
    par, guru = c.p("id"), c.p("id")
    kid = c.kid(par)
    return ("tolong rapikan pesan izin ini ya, mau dikirim ke wali kelas lewat wa\n\n"
            f"assalamualaikum {hon(guru, 'bu', 'pak')} {guru.g}, mohon maaf anak saya {kid.full} kelas "
            f"{c.ch(['4b', '2a', '6c', '5d'])} hari ini tidak bisa masuk karena demam dari semalam. "
            f"surat dokter menyusul. nisn {c.nid('NISN')}. terima kasih {hon(guru, 'bu', 'pak')}. "
            f"{par.full} ({c.t('ID')})")


@T("personal_parents", "vi_zalo_co_chu_nhiem", 3, "vi")
def _(c):
    par = c.p("vi")
    kid = c.kid(par)
    return ("Viết lại tin nhắn này cho lịch sự hơn giúp mình, gửi cô chủ nhiệm qua Zalo:\n\n"
            f"\"cô ơi cho e xin phép cho cháu {kid.full} lớp {c.ch(['3A', '5B', '2C', '4A'])} nghỉ học hôm "
            f"nay vì cháu bị sốt từ tối qua. e là phụ huynh của cháu, sđt {c.t('VN')}. "
            f"nhà e ở {c.a('VN').line()} nếu cô cần gửi bài tập. e cảm ơn cô ạ\"")


@T("personal_parents", "tl_excuse_letter", 3, "tl", ["lower", None, None])
def _(c):
    par = c.p("tl")
    kid = c.kid(par)
    return ("Pakigawa naman ng excuse letter para sa anak ko, English sana kasi yun ang gusto ng "
            "adviser nila.\n"
            f"Pangalan: {kid.full}, Grade {c.ch(['5 - Sampaguita', '3 - Rizal', '6 - Mabini', '4 - Narra'])}\n"
            "Hindi nakapasok noong Lunes at Martes kasi nilagnat at nagsuka\n"
            f"Ako si {par.full}, magulang niya, cp # {c.t('PH')}\n"
            f"Address namin: {c.a('PH').line()}")


@T("personal_school_office", "sw_barua_ruhusa", 3, "sw")
def _(c):
    par = c.p("sw")
    kid = c.kid(par)
    cc = "TZ" if par.culture in ("Chagga", "Tanzanian Swahili") else "KE"
    return ("Naomba unisaidie kuandika barua fupi ya kuomba ruhusa kwa mwalimu mkuu. Mwanangu "
            f"{kid.full} wa darasa la {c.ch(['sita', 'tano', 'saba', 'nne'])} anahitaji kukosa shule siku "
            "tatu kwa sababu ya msiba nyumbani. Mimi ni mzazi wake, "
            f"{par.full}, namba yangu ni {c.t(cc)}. Anwani yetu: {c.a(cc).line()}.")


# ================================================================ other languages, PII-free
@T("clean_exams", "de_abitur_deutsch", 4, "de")
def _(c):
    w = c.sample([("Goethe", "Faust I"), ("Schiller", "Kabale und Liebe"), ("Kafka", "Der Proceß"),
                  ("Büchner", "Woyzeck"), ("Lessing", "Nathan der Weise"), ("Fontane", "Effi Briest"),
                  ("Dürrenmatt", "Der Besuch der alten Dame"), ("Juli Zeh", "Corpus Delicti")], 2)
    return (f"Ich schreibe in drei Wochen Abi im Deutsch-LK ({c.ch(['NRW', 'Bayern', 'Niedersachsen', 'Hessen'])}). "
            f"Kannst du mir {w[0][1]} ({w[0][0]}) und {w[1][1]} ({w[1][0]}) in einer Tabelle "
            "vergleichen: Epoche, Figurenkonstellation, Motive, typische Aufgabenstellungen? "
            "Und was genau ist der Unterschied zwischen Erörterung und Interpretation laut KMK-Standards?")


@T("clean_parents", "de_elternbrief_vorlage", 3, "de")
def _(c):
    schule = c.ch(["Albert-Schweitzer-Gymnasium", "Geschwister-Scholl-Realschule",
                   "Friedrich-Ebert-Gesamtschule", "Käthe-Kollwitz-Grundschule", "Marie-Curie-Gymnasium"])
    ph = c.ch(["«Vorname_Kind»", "[Name des Kindes]", "Max Mustermann", "{{kind.vorname}}"])
    return ("Bitte diesen Elternbrief kürzen, die Serienbrief-Felder müssen bleiben:\n\n"
            f"{schule.upper()}\nBETREFF: Elternsprechtag am {c.ch(['14.', '21.', '28.'])} November\n\n"
            "Liebe Eltern und Erziehungsberechtigte,\n"
            f"wir laden Sie herzlich zum Elternsprechtag ein. Bitte buchen Sie für {ph} bis Freitag "
            "einen Termin über WebUntis. Die Schulleitung und der Förderverein bieten Kaffee und "
            "Kuchen in der Mensa an.\n\nMit freundlichen Grüßen\ndie Schulleitung")


@T("clean_admissions", "fr_parcoursup_voeux", 3, "fr")
def _(c):
    v = c.sample(["MPSI au lycée Henri-IV", "PCSI à Louis-le-Grand", "Sciences Po Paris",
                  "licence de droit à la Sorbonne", "BUT informatique à Lyon 1", "prépa HEC au lycée du Parc",
                  "PASS à Paris Cité", "double licence maths-éco à Dauphine"], 3)
    return (f"Je suis en terminale (spé maths + physique). Sur Parcoursup je pense mettre {v[0]}, "
            f"{v[1]} et {v[2]}. C'est réaliste avec 15 de moyenne ? Et est-ce que le projet de "
            "formation motivé compte vraiment ou c'est juste les notes ?")


@T("clean_exams", "fr_bac_francais_oeuvres", 3, "fr")
def _(c):
    o = c.sample(["Molière, Le Malade imaginaire", "Rabelais, Gargantua", "Olympe de Gouges, Déclaration des droits de la femme",
                  "Colette, Sido", "Rimbaud, Cahier de Douai", "Racine, Phèdre", "Balzac, La Peau de chagrin",
                  "Abbé Prévost, Manon Lescaut"], 2)
    return ("Prof de français en première. Fais-moi une fiche de révision pour l'oral du bac sur "
            f"« {o[0]} » et « {o[1]} » : contexte, parcours associé, 3 extraits possibles, questions de "
            "grammaire fréquentes. Format liste, pas trop long.")


@T("clean_admissions", "es_pau_notas_corte", 4, "es", [None, "lower", None, None])
def _(c):
    u = c.sample(["la Complutense", "la Universidad de Salamanca", "la Pompeu Fabra", "la UPV/EHU",
                  "la Universidad de Granada", "la Carlos III", "la Autónoma de Madrid"], 2)
    pick = c.ch(["La casa de Bernarda Alba de Lorca", "San Manuel Bueno, mártir de Unamuno",
              "Nada de Carmen Laforet", "Luces de bohemia de Valle-Inclán", "Campos de Castilla de Machado"])
    return (f"¿Qué nota de corte tuvo Medicina el año pasado en {u[0]} y en {u[1]}? Con un 12,8 "
            f"de la PAU, ¿me llega? También, en el examen de Lengua de mi comunidad entra {pick}, "
            "¿qué temas suelen caer?")


@T("clean_trips", "es_intercambio_erasmus", 3, "es")
def _(c):
    dest = c.ch(["Cork", "Galway", "Edimburgo", "Malta", "Toronto"])
    return (f"Coordino un intercambio de 4º de ESO con un instituto de {dest} financiado por "
            "Erasmus+. Necesito un calendario de reuniones informativas para familias, lista de "
            "documentos (tarjeta sanitaria europea, autorización de viaje de la Guardia Civil) y "
            f"un modelo de autorización con huecos tipo \"D./Dña. ________\". El centro es el "
            f"{c.ch(['IES Miguel de Cervantes', 'IES Ramiro de Maeztu', 'Colegio Santa María del Pilar', 'IES Rosalía de Castro'])}.")


@T("clean_exams", "it_maturita_tesina", 4, "it")
def _(c):
    a = c.sample(["Pirandello e Il fu Mattia Pascal", "Svevo e La coscienza di Zeno", "Leopardi e L'infinito",
                  "Ungaretti e Veglia", "Montale e Ossi di seppia", "Primo Levi e Se questo è un uomo",
                  "Verga e I Malavoglia", "D'Annunzio e Il piacere"], 2)
    return (f"Per l'orale della maturità devo collegare {a[0]} con {a[1]} partendo dal tema "
            f"\"{c.ch(['il tempo', 'l’identità', 'la guerra', 'il viaggio'])}\". Mi fai uno schema con "
            "collegamenti anche a storia, filosofia (Nietzsche? Bergson?) e inglese (Joyce, Woolf)? "
            f"Liceo {c.ch(['Galileo Galilei', 'Alessandro Volta', 'Enrico Fermi', 'Giosuè Carducci'])}, indirizzo scientifico.")


@T("clean_exams", "nl_doorstroomtoets", 4, "nl")
def _(c):
    b = c.sample(["Max Havelaar van Multatuli", "De aanslag van Harry Mulisch", "Het diner van Herman Koch",
                  "Oeroeg van Hella Haasse", "Het verdriet van België van Hugo Claus", "Turks fruit van Jan Wolkers"], 2)
    return ("Mijn dochter zit in groep 8. Het schooladvies is havo maar de doorstroomtoets (vroeger "
            "Cito) kwam uit op vwo. Moet de school het advies dan aanpassen? En voor de leeslijst in "
            f"de bovenbouw: is {b[0]} of {b[1]} beter voor iemand die niet graag leest? "
            f"We kijken naar het {c.ch(['Erasmiaans Gymnasium', 'Stedelijk Gymnasium', 'Christelijk Lyceum Delft', 'Spinoza Lyceum'])}.")


@T("clean_exams", "pl_matura_lektury", 4, "pl")
def _(c):
    pick = c.sample(["\"Pan Tadeusz\" Mickiewicza", "\"Lalka\" Prusa", "\"Ferdydurke\" Gombrowicza",
                  "\"Wesele\" Wyspiańskiego", "\"Przedwiośnie\" Żeromskiego", "\"Zbrodnia i kara\" Dostojewskiego",
                  "\"Dżuma\" Camusa", "wiersze Szymborskiej"], 3)
    return (f"Matura z polskiego za miesiąc. Zrób mi tabelkę: {', '.join(pick)} – motywy, "
            "bohaterowie, do jakich tematów rozprawki pasują. Czy CKE w tym roku zmieniła coś w "
            "liście lektur obowiązkowych?")


@T("clean_admissions", "pt_enem_redacao", 4, "pt")
def _(c):
    r = c.sample(["Machado de Assis em Dom Casmurro", "Clarice Lispector em A hora da estrela",
                  "Paulo Freire na Pedagogia do Oprimido", "Graciliano Ramos em Vidas Secas",
                  "a Lei Maria da Penha", "o Estatuto da Criança e do Adolescente", "Djamila Ribeiro"], 2)
    return ("Quero tirar 900+ na redação do ENEM. Me dá 5 repertórios socioculturais que servem pra "
            f"vários temas, tipo {r[0]} ou {r[1]}, e como encaixar na introdução. Meu objetivo é "
            f"{c.ch(['Medicina na USP pelo SISU', 'Direito na UFMG', 'Engenharia na Unicamp (Vestibular)', 'Psicologia na UnB'])}.")


@T("clean_admissions", "sv_hogskoleprov", 3, "sv", "lower")
def _(c):
    u = c.sample(["kth", "chalmers", "karolinska institutet", "lunds universitet", "uppsala universitet"], 2)
    return (f"hur funkar det med högskoleprovet vs betygen när man söker läkarprogrammet? vill till "
            f"{u[0]} eller {u[1]}. och är det sant att man kan plugga upp betyg på komvux? min svensklärare "
            f"sa att vi ska läsa {c.ch(['nils holgerssons underbara resa', 'röda rummet av strindberg', 'mio min mio', 'utvandrarna av moberg'])} inför nationella provet, lol")


@T("clean_exams", "fi_ylioppilaskoe", 3, "fi")
def _(c):
    t = c.sample(["Aleksis Kiven Seitsemän veljestä", "Minna Canthin Työmiehen vaimo", "Tove Janssonin Muumi-kirjat",
                  "Väinö Linnan Tuntematon sotilas", "Kalevala", "Sofi Oksasen Puhdistus"], 2)
    return ("Äidinkielen yo-koe on keväällä. Anna vinkkejä esseen rakenteeseen ja kaksi esimerkkiä, "
            f"joissa käytetään aineistona {t[0]} ja {t[1]}. Miten Abitti toimii kokeessa, voiko "
            "kirjoittaa suoraan vai pitääkö käyttää tiettyä pohjaa?")


@T("clean_exams", "tr_yks_netler", 4, "tr", "lower")
def _(c):
    u = c.sample(["boğaziçi", "odtü", "hacettepe", "itü", "bilkent", "ankara üniversitesi"], 2)
    k = c.ch(["kürk mantolu madonna (sabahattin ali)", "memleketimden insan manzaraları (nazım hikmet)",
              "masumiyet müzesi (orhan pamuk)", "tutunamayanlar (oğuz atay)"])
    return (f"tyt'de 95 net, ayt sayısalda 60 net yaparsam {u[0]} ya da {u[1]} bilgisayar mühendisliği "
            f"olur mu? bir de edebiyat hocası yazın için {k} okuyun dedi, özetini çıkarabilir misin")


@T("clean_exams", "el_panellinies_ekthesi", 3, "el")
def _(c):
    k = c.sample(["Καβάφη (Ιθάκη)", "Σεφέρη (Μυθιστόρημα)", "Ελύτη (Άξιον Εστί)", "Ρίτσου (Ρωμιοσύνη)",
                  "Καζαντζάκη (Βίος και Πολιτεία του Αλέξη Ζορμπά)"], 2)
    return ("Διαβάζω για Πανελλαδικές. Μου κάνεις ένα σχεδιάγραμμα για έκθεση με θέμα την τεχνητή "
            f"νοημοσύνη στο σχολείο; Και στη Λογοτεχνία, τι πρέπει να ξέρω για {k[0]} και {k[1]}; "
            f"Στόχος {c.ch(['Ιατρική ΕΚΠΑ', 'Πολυτεχνείο (ΕΜΠ)', 'Νομική στο Αριστοτέλειο', 'Φυσική στην Κρήτη'])}.")


@T("clean_exams", "hu_erettsegi_tetelek", 3, "hu")
def _(c):
    t = c.sample(["Petőfi Sándor: Nemzeti dal", "Arany János: Toldi", "Jókai Mór: Az arany ember",
                  "Móricz Zsigmond: Légy jó mindhalálig", "Ady Endre: Góg és Magóg fia vagyok én",
                  "Kosztolányi Dezső: Édes Anna"], 2)
    return (f"Szóbeli érettségire készülök magyarból. Írj vázlatot ezekhez: {t[0]}; {t[1]}. "
            "Történelemből pedig: Szent-Györgyi Albert és a C-vitamin mennyire jöhet elő? "
            f"Felvi.hu szerint {c.ch(['a Semmelweis Egyetemre', 'az ELTE-re', 'a BME-re', 'a Corvinusra'])} mennyi pont kell?")


@T("clean_admissions", "id_snbt_ptn", 3, "id")
def _(c):
    p = c.sample(["UI", "ITB", "UGM", "Unair", "IPB", "Unpad", "ITS"], 2)
    return (f"Skor UTBK-SNBT saya 680. Lebih aman pilih {p[0]} atau {p[1]} untuk Teknik Informatika? "
            "Terus untuk esai beasiswa saya mau kutip Ki Hajar Dewantara (\"Ing ngarso sung tulodo\") "
            f"sama R.A. Kartini, cocok nggak? Atau mending {c.ch(['Pramoedya Ananta Toer', 'B.J. Habibie', 'Mohammad Hatta'])}?")


@T("clean_exams", "vi_thi_tot_nghiep", 3, "vi", "lower")
def _(c):
    t = c.sample(["truyện kiều của nguyễn du", "việt bắc của tố hữu", "chí phèo của nam cao",
                  "vợ nhặt của kim lân", "tây tiến của quang dũng", "người lái đò sông đà của nguyễn tuân"], 2)
    return (f"em sắp thi tốt nghiệp thpt môn văn, tóm tắt giúp em {t[0]} và {t[1]} với ạ. "
            f"em muốn xét tuyển {c.ch(['đh bách khoa hà nội', 'đh quốc gia tp.hcm', 'đh kinh tế quốc dân', 'đh y dược huế'])} "
            "thì khối a00 cần bao nhiêu điểm?")


@T("clean_school_office", "tl_deped_matatag", 3, "tl")
def _(c):
    topic = c.ch(["Noli Me Tangere ni Jose Rizal", "El Filibusterismo", "Kartilya ng Katipunan ni Emilio Jacinto",
                  "Florante at Laura ni Francisco Balagtas"])
    return ("Teacher ako sa public school, Grade 9 Filipino. Pakigawa ng lesson plan sa MATATAG "
            f"curriculum tungkol sa {topic}, may 3 activities at rubric. Bawal masyadong mahaba "
            "kasi 45 mins lang kami. Pwede rin ba isama si Andres Bonifacio para sa "
            f"Araling Panlipunan? Deadline ng DepEd {c.ch(['division', 'district', 'regional office'])} ay Biyernes.")


@T("clean_exams", "sw_kcse_fasihi", 3, "sw")
def _(c):
    b = c.sample(["Chozi la Heri (Assumpta Matei)", "Kigogo (Pauline Kea)", "Bembea ya Maisha (Timothy Arege)",
                  "Mapambazuko ya Machweo", "Nguu za Jadi (Clara Momanyi)"], 2)
    return (f"Naomba maswali 5 ya kujiandaa KCSE Kiswahili Karatasi ya 3 kuhusu {b[0]} na {b[1]}, "
            "pamoja na majibu mafupi. Pia nieleze tofauti ya CBC na 8-4-4 kwa wazazi, KNEC "
            "inasema nini? Mfano wa Mwalimu Julius Nyerere kuhusu elimu ya kujitegemea unafaa?")


# ================================================================ English, PII-free, in the personal rows' shapes
@T("clean_parents", "office_broadcast_export", 3, "en")
def _(c):
    sender = c.ch(["St Mary's Office", "Oak Class Reps", "PTA Committee", "Year 6 Team"])
    day = c.ch(["03/10", "17/10", "21/11"])
    return (f"[{day}, 08:14] {sender}: Reminder: flu spray today for Reception to Year 6 🧴\n"
            f"[{day}, 08:15] {sender}: Harvest Festival donations to the Trussell Trust box by the "
            "front door please (tins, pasta, UHT milk)\n"
            f"[{day}, 12:40] {sender}: Lost property: a Frozen lunchbox and a Spider-Man water bottle\n"
            f"[{day}, 15:02] {sender}: Roald Dahl Day Friday, come dressed as a character from "
            f"{c.ch(['The BFG', 'Matilda', 'Fantastic Mr Fox', 'The Twits'])}!\n\n"
            "turn these into one tidy weekly summary for parents who don't read the chat")


@T("clean_school_office", "late_totals_csv", 3, "en")
def _(c):
    forms = c.ch([["7 Newton", "7 Curie", "7 Darwin", "7 Seacole"], ["8 Brontë", "8 Austen", "8 Dickens", "8 Orwell"],
                  ["9 Nelson", "9 Drake", "9 Raleigh", "9 Cook"]])
    nums = c.sample(range(4, 41), 8)
    body = "\n".join(f"{f},{nums[2 * i]},{nums[2 * i + 1]}" for i, f in enumerate(forms))
    return ("Which tutor group got worse between autumn and spring? Make a small bar chart "
            "description I can put in the governors' report.\n\nform,lates_autumn,lates_spring\n" + body)


@T("clean_trips", "trips_app_sample_json", 3, "en")
def _(c):
    sample = c.ch([("Jane Doe", "John Doe"), ("<student name>", "<parent name>"),
                   ("Joe Bloggs", "Fred Bloggs"), ("{{student.full_name}}", "{{contact.full_name}}")])
    js = json.dumps({"trip": c.ch(["Y7 Bushcraft - Kingswood Dearne Valley", "Y11 Geography - Slapton Ley",
                                    "Y8 Globe Theatre matinee (Macbeth)"]),
                     "students": [{"name": sample[0], "form": "7X",
                                   "emergency": {"name": sample[1], "phone": "07XXX XXXXXX"}}]},
                    ensure_ascii=False, indent=1)
    return ("This is the sample payload from the trips app docs. Which fields are required, and "
            "what does the coach company actually need from it?\n\n" + js)


@T("clean_registrar", "transcript_form_blank", 3, "en")
def _(c):
    return ("Redesign this transcript request form so it fits on one page and add a FERPA "
            "release checkbox:\n\n"
            "Name: ______________________   Former name(s): ______________\n"
            "SSN (last 4 only): XXX-XX-____   Student ID: _________\n"
            "Date of birth: MM/DD/YYYY\n"
            "Mail to: street / city / state / ZIP\n"
            "Deliver electronically via: [ ] Parchment  [ ] National Student Clearinghouse  [ ] "
            f"{c.ch(['Common App', 'AMCAS', 'LSAC', 'SOPHAS'])}\n"
            f"Fee: ${c.ch(['10', '12', '15'])} per copy, pay via {c.ch(['TouchNet', 'Flywire', 'CashNet'])}")


@T("clean_sen", "assessment_report_headings", 3, "en")
def _(c):
    tests = c.sample(["WISC-V (Wechsler)", "Vineland-3", "Conners 4", "Boston Naming Test", "Beery VMI",
                      "the Bayley scales", "Kaufman KTEA-3", "the Rey Complex Figure"], 3)
    return ("Give me a report template for an educational psychology assessment with headings and "
            "a one-line prompt under each. Placeholders like [Child's name], [DOB], [School], "
            f"[Parent/Carer]. Include where to summarise {tests[0]}, {tests[1]} and {tests[2]} scores "
            "and a recommendations section that maps to the SEND Code of Practice.")


@T("clean_language_school", "homestay_listing_template", 3, "en")
def _(c):
    city = c.ch(["Brighton", "Cork", "Bournemouth", "Galway", "Cambridge", "Auckland"])
    return (f"We need a standard listing template for homestay families in {city}. Fields so far:\n"
            "Host family: [Surname] family\nAddress: [street], [town], [postcode]\n"
            "Phone: [mobile]\nRoom: single / twin, ensuite Y/N\n"
            "Pets: ____\nDistance to school: __ min by bus (route no. __)\n"
            "Meals: half board Mon-Fri, full board weekends\n"
            "Add sections for house rules, wifi, and a short 'About us' paragraph with an example "
            "written for a sample family (use the Bloggs family).")

# ================================================================ build and check
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
              "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "sv": "Swedish", "fi": "Finnish",
              "tr": "Turkish", "el": "Greek", "hu": "Hungarian", "id": "Indonesian",
              "vi": "Vietnamese", "tl": "Tagalog", "sw": "Swahili"}


def build():
    c = Ctx(SEED)
    rows, seen = [], set()
    for t in TEMPLATES:
        for n in range(t["n"]):
            case = t["case"][n] if isinstance(t["case"], list) else t["case"]
            for _attempt in range(60):
                snap = Counter(c.use)
                c.row = set()
                text, spans = unmark(t["f"](c), case)
                if text not in seen:
                    break
                c.use = snap
            else:
                raise SystemExit("cannot make a new text for %s/%s" % (t["cls"], t["name"]))
            seen.add(text)
            rows.append({"id": "%s-%s-%s-%d" % (SET, t["cls"], t["name"], n), "text": text,
                         "spans": spans, "source": SOURCE, "class": t["cls"],
                         "template": t["name"], "locale": "", "_lang": t["lang"], "_case": case})
    cultures = sorted({PEOPLE[k[0][1]][k[1]].culture for k in c.use
                       if isinstance(k[0], tuple) and k[0][0] == "P"})
    return rows, cultures


def check(rows):
    ids, texts = set(), set()
    per_template = Counter()
    for r in rows:
        assert set(r) >= {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["id"] == "%s-%s-%s-%s" % (SET, r["class"], r["template"], r["id"].rsplit("-", 1)[1])
        assert r["locale"] == "" and r["source"] == SOURCE
        per_template[(r["class"], r["template"])] += 1
        last = 0
        for s in r["spans"]:
            v = s["value"]
            assert s["type"] in TYPES, (r["id"], s)
            assert v and v == v.strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == v, (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap or unsorted", s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], (r["id"], r["spans"])
        else:
            assert r["class"].startswith("personal_") and r["spans"], r["id"]
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5, per_template.most_common(3)
    names = Counter(t for _, t in per_template)
    assert max(names.values()) == 1, names.most_common(2)
    return True


def dump(rows):
    return "".join(json.dumps({k: v for k, v in r.items() if not k.startswith("_")},
                              ensure_ascii=False) + "\n" for r in rows)


def stats(rows, cultures):
    st = {"rows": len(rows)}
    st["personal"] = sum(1 for r in rows if not r["class"].startswith("clean_"))
    st["clean"] = len(rows) - st["personal"]
    st["types"] = Counter(s["type"] for r in rows for s in r["spans"])
    st["langs"] = Counter(r["_lang"] for r in rows)
    st["langs_personal"] = Counter(r["_lang"] for r in rows if not r["class"].startswith("clean_"))
    st["classes"] = Counter(r["class"] for r in rows)
    st["class_templates"] = Counter(c for c, _ in {(r["class"], r["template"]) for r in rows})
    st["templates"] = len({r["template"] for r in rows})
    st["lower"] = Counter(r["class"].startswith("clean_") for r in rows if r["_case"] == "lower")
    st["upper"] = Counter(r["class"].startswith("clean_") for r in rows if r["_case"] == "upper")
    st["cultures"] = cultures
    st["longest"] = max(len(r["text"]) for r in rows)
    st["shortest"] = min(len(r["text"]) for r in rows)
    return st


CLASS_WHAT = {
    "personal_school_office": "absence e-mails forwarded for the MIS, late-book CSV (`Family, Given`), paper change-of-details forms with DOB, home address and phones, cover lists with staff e-mails, a French 6e enrolment file (`NOM`/`Prénom`, INE), an Italian Unica enrolment (codice fiscale, place of birth), a Dutch intake form (BSN), a Brazilian re-enrolment (CPF), a Hungarian KRÉTA address change (oktatási azonosító), a Swahili leave letter",
    "personal_parents": "class WhatsApp exports, lower-case behaviour e-mails, parents' evening Markdown tables, German, French (Pronote), Dutch (Parro, lower case), Polish (Librus, PESEL), Swedish (leave request, personnummer), Turkish (e-Okul, TC kimlik), Indonesian (lower case, NISN), Vietnamese (Zalo) and Tagalog (excuse letter) messages to teachers",
    "personal_admissions": "UCAS references naming a home town, a US counselor letter with teacher recommenders, applicants' e-mails with DOB and phone",
    "personal_registrar": "a faxed transcript request (US SSN, DOB, US address), a SQL query on the SIS with name and birth date, a deed-poll name change with old and new student e-mails",
    "personal_tutoring": "agency booking forms (parent, tutor, home address, phone, e-mail) and a lower-case tutor's message to a parent",
    "personal_trips": "CAPITALS permission slips typed from scans (DOB, emergency contacts), a trips-app JSON roster, ski-trip medical notes, a German refund list with IBANs, a Greek guardian's declaration (ΑΜΚΑ)",
    "personal_exams": "JCQ access-arrangement summaries (DOB, assessor) and a parent's review-of-marking e-mail",
    "personal_sen": "EHCP annual-review notes (NHS number as NATIONAL_ID), a lower-case US IEP meeting, a clinic letter with a hospital number (MEDICAL_RECORD_NUMBER), a Finnish school-nurse form (henkilötunnus)",
    "personal_housing": "a halls complaint with flatmates and the RA, a deposit refund with a forwarding address abroad and an IBAN",
    "personal_online_courses": "a refund ticket with a card number, a proctoring log with logins built from names and IP addresses",
    "personal_language_school": "homestay placements (student DOB, host family's address and phone), a Spanish academy enrolment (DNI/NIE)",
    "clean_school_office": "mail-merge absence letters with placeholders and schools named after people, MIS migration questions (SIMS, Arbor, Bromcom, PowerSchool), a late-totals CSV by tutor groups named Newton, Brontë, Nelson…, CAPITALS sports-day notices with houses named Newton, Curie, Seacole, Brunel, Tudor…, a TES job ad, a Tagalog MATATAG lesson plan (Rizal, Bonifacio)",
    "clean_parents": "World Book Day messages (Matilda, Paddington, Julia Donaldson), lower-case newsletter blurbs (Roald Dahl Day, Trussell Trust, Warwick Castle), reading lists with authors, a WhatsApp export whose sender is the school office (Frozen, Spider-Man, The Twits), a German Elternbrief with merge fields and schools named after people",
    "clean_admissions": "Oxbridge colleges (Magdalen, Churchill, Lucy Cavendish), US college lists (Brown, Duke, Rice, Johns Hopkins, Washington and Lee), an offer letter with `{{applicant_first_name}}`/Jane Doe, Parcoursup (Henri-IV, Louis-le-Grand), PAU cut-offs, ENEM essays (Machado de Assis, Lei Maria da Penha), lower-case Swedish högskoleprov, Indonesian SNBT (Ki Hajar Dewantara, Kartini)",
    "clean_registrar": "a blank transcript request form (Parchment, Common App, AMCAS), SIS schema questions with sample people (John Doe, Max Mustermann), FERPA/Buckley Amendment, Clery Act, Title IX",
    "clean_tutoring": "ed-tech comparisons (Dr Frost Maths, Hegarty Maths, Corbettmaths, Sparx, Seneca, Times Tables Rock Stars), physics tutor notes (Newton, Ohm, Hooke, Kirchhoff, Faraday; units)",
    "clean_trips": "battlefield, Berlin, Paris and Iceland itineraries (Menin Gate, John McCrae, Checkpoint Charlie, Rodin), CAPITALS risk assessments, a permission-slip template with blanks, a trips-app sample JSON with Jane Doe, Joe Bloggs and `<student name>`, a Spanish Erasmus+ exchange (IES Miguel de Cervantes, Rosalía de Castro)",
    "clean_exams": "grade boundaries (AQA, Edexcel, OCR, WJEC, SQA, Cambridge), an exam timetable CSV, and in German, French, Italian, Dutch, Polish, Finnish, Turkish (lower case), Greek, Hungarian, Vietnamese (lower case) and Swahili: national exams and their set authors (Goethe, Fontane, Molière, Pirandello, Mulisch, Mickiewicz, Aleksis Kivi, Sabahattin Ali, Kavafis, Petőfi, Nguyễn Du, Assumpta Matei)",
    "clean_sen": "eponymous conditions (Asperger's, Tourette's, Down, Irlen, Perthes) and programmes (Orton-Gillingham, Lindamood-Bell, Makaton), a lower-case IEP goal bank with `[student]` placeholders, an assessment report template (Wechsler, Vineland, Conners, Beery, Kaufman)",
    "clean_housing": "halls named after people (Pankhurst Hall, Mary Seacole House, Grace Hopper Court, Rosalind Franklin Court), lower-case tenancy questions (Renters' Rights Act, Jesmond, Housing Hand)",
    "clean_online_courses": "MasterClass teachers (Gordon Ramsay, Serena Williams, Neil Gaiman), Coursera, edX, Udemy, Andrew Ng's specialization, a Moodle upgrade error",
    "clean_language_school": "CEFR exam comparisons (IELTS, TOEFL, Goethe-Zertifikat, DELF/DALF, DELE, HSK; Instituto Cervantes), a homestay listing template with `[Surname] family` and the Bloggs family",
}


def present(rows, cands):
    """The candidates that occur in some span value (case-insensitive), for the README."""
    vals = [s["value"].lower() for r in rows for s in r["spans"]]
    if all(" " not in x for x in cands):
        return [x for x in cands if any(x.lower() in v.split() for v in vals)]
    return [x for x in cands if any(x.lower() in v for v in vals)]


def readme(st, digest, rows):
    L = []
    w = L.append
    w("# school — hand-written check set: schools and education\n")
    w("`holdout.jsonl` (%d prompts: %d with personal data, %d PII-free), written by `build.py` "
      "(Python standard library only, `SEED = %d`, deterministic: two runs give the same file).\n"
      % (st["rows"], st["personal"], st["clean"], SEED))
    w("| file | sha256 |\n|---|---|\n| `holdout.jsonl` | `%s` |\n" % digest)
    w("`holdout.jsonl` is **holdout only**: never tune detection on it, never train on it, don't "
      "open it to debug a leak; run it to report a result.\n")
    w("## Who wrote it, and how\n")
    w("A helper session acting as the \"stranger\" wrote it. It read only the \"Format\" section and "
      "the class tables of `eval/README.md`, `eval/dev/README.md` (label format) and "
      "`eval/stranger8/README.md` (structure and labelling rules); it read no detection code, "
      "no `build.py` of another corpus, no `*.jsonl`, and never ran the gateway, Presidio or spaCy "
      "on this text. No Faker, mimesis or other package supplied values: every name, street, "
      "town, phone, ID number and date was typed by hand in `build.py` (e-mail local parts and "
      "logins are derived in code from the hand-typed names; ID check digits were worked out "
      "once and typed in).\n")
    w("- **The angle**: schools and education — primary and secondary school offices, teachers "
      "and parents messaging, university admissions and registrar offices, student services, "
      "tutoring agencies, exam boards and exams officers, school trips and permission slips, SEN "
      "coordinators and school nurses, student housing, language schools and online course "
      "platforms (alumni offices left out). PII-free rows use the same framings and are full of "
      "public names a careless detector would mask: schools, colleges, halls and houses named "
      "after people, authors and set texts, eponymous laws, conditions and programmes, ed-tech "
      "products named like people, MasterClass teachers, exam boards, places in general talk, "
      "sample people (Jane Doe, Joe Bloggs, Max Mustermann) and merge-field placeholders.")
    w("- **Framings**: requests to rewrite, summarise, draft or check; quoted e-mails and messages "
      "(`> `), WhatsApp exports, filled-in forms (`PUPIL NAME:`, `NOM :`, `Alunno/a:`), Markdown "
      "tables, CSV, JSON, SQL, logs, bullet lists, OCR'd slips in CAPITALS. %d to %d characters. "
      "Lower case in %d rows (%d personal, %d PII-free), CAPITALS in %d (%d personal, %d PII-free)."
      % (st["shortest"], st["longest"], sum(st["lower"].values()), st["lower"][False],
         st["lower"][True], sum(st["upper"].values()), st["upper"][False], st["upper"][True]))
    nonen = st["rows"] - st["langs"]["en"]
    w("- **Languages** (%d): %s. Rows not in English: %d of %d (%.0f %%)."
      % (len(st["langs"]), ", ".join("%s %d" % (LANG_NAMES[k], v) for k, v in st["langs"].most_common()),
         nonen, st["rows"], 100.0 * nonen / st["rows"]))
    initials = next(s["value"] for r in rows for s in r["spans"]
                    if re.match(r"^[A-Z]\. [A-Z][a-z]", s["value"]))
    parts = present(rows, ["Ní Bhriain", "Ó Súilleabháin", "van der Walt", "van den Berg", "de Jong",
                           "ole Sankale", "dos Santos Lima", "dela Cruz", "El Amrani", "Le Goff",
                           "Da Silva", "Lo Presti", "De Luca", "Al-Zoubi", "El-Sayed", "Ben-David",
                           "Kaur Sandhu", "Hernández Ortiz", "Restrepo Gaviria", "Castro Varela"])
    words = present(rows, ["Hope", "Grace", "Autumn", "Ruby", "Will", "Mark", "Brooke", "Chase",
                           "Princess", "Angel", "Baraka", "Neema", "Amani", "Zawadi", "Furaha",
                           "Vogel", "Fuchs", "Lange", "Koç", "Aslan", "Deniz", "Fekete", "Stone",
                           "Young", "Price", "Banks", "Bell", "Petit", "Blanco", "Strand", "Berg"])
    w("- **People**: %d typed by hand, drawn least-used first, never twice in one row; each "
      "parent has children's names typed for them (`KIDS`), with the parent's surname or, where "
      "the culture does not pass it on, their own (Somali, Ethiopian and Tamil patronymics, "
      "Javanese and Balinese names, Spanish and Brazilian double surnames, Polish and Greek "
      "surname forms by sex). %d culture tags among the people used: %s.\n"
      "- **Name shapes**: full names, given name alone, title + surname (`Frau`, `Herr`, `madame`, "
      "`monsieur`, `mr`, `ms`, `juf`, `meester`, `bu`, `pak`; title outside the span), `Family, "
      "Given` in CSV (two spans), `NOM` in capitals, surname-first (Hungarian, Vietnamese, Italian "
      "registers), initials (`%s`), logins from names in a log, Greek script; particles and "
      "compound surnames in this file: %s; given names or surnames that are words: %s.\n"
      % (sum(len(v) for v in PEOPLE.values()), len(st["cultures"]), ", ".join(st["cultures"]),
         initials, ", ".join(parts), ", ".join(words)))
    w("## Labels\n")
    w("`{\"start\",\"end\",\"type\",\"value\"}` with `value == text[start:end]`; templates write "
      "`⟦TYPE|value⟧` markers and `unmark()` computes offsets (lower case and CAPITALS applied piece "
      "by piece). `check()` asserts slices, sorted non-overlapping spans, no empty or padded values, "
      "allowed types, unique ids and texts, no spans in `clean_` rows, at least one span in every "
      "other row, at least 80 templates and at most 5 rows a template. Row fields: `id` "
      "(`school-<class>-<template>-<n>`), `text`, `spans`, `source` (`school`), `class`, `template`, "
      "`locale` (`\"\"`).\n")
    w("- PERSON: one span per contiguous name, every mention (repeats, given name alone, "
      "surname alone, lower case, CAPITALS); logins built from a name (`dpatel`, `parks26`, even "
      "`colony` from Colón + Yaritza) are PERSON. Titles and possessive `'s` outside the span.")
    w("- LOCATION: each address part its own span (street with number, flat, postcode, town, "
      "region or county, `Brgy.`, `xã`, `huyện`); a home town said alone and tied to the person "
      "(the town a UCAS reference or a counselor letter places the student in, the place of birth "
      "on an enrolment form).")
    w("- PHONE_NUMBER, EMAIL_ADDRESS, IP_ADDRESS, CREDIT_CARD, IBAN_CODE: as written.")
    w("- DATE_OF_BIRTH: the date alone when given as someone's date of birth; other dates are "
      "not labelled.")
    w("- NATIONAL_ID: NHS number, French INE, Spanish DNI/NIE, Italian codice fiscale, Brazilian "
      "CPF, Swedish personnummer, Finnish henkilötunnus, Turkish TC kimlik, Polish PESEL, Dutch "
      "BSN, Greek ΑΜΚΑ, Hungarian oktatási azonosító, Indonesian NISN. US_SSN for the US SSN; "
      "MEDICAL_RECORD_NUMBER for a hospital number.")
    w("- Not labelled: school, applicant, candidate and ticket numbers (no type for them), room "
      "numbers, public figures, authors, characters, schools, colleges, halls and houses named "
      "after people, companies, products, software, places in general talk, trip destinations, "
      "sample people and placeholders.\n")
    w("## Classes\n")
    w("| class | rows | templates | what |\n|---|---:|---:|---|")
    for cls in sorted(st["classes"], key=lambda k: (k.startswith("clean_"), k)):
        w("| `%s` | %d | %d | %s |" % (cls, st["classes"][cls], st["class_templates"][cls],
                                        CLASS_WHAT.get(cls, "")))
    w("\nTemplates: %d (each used 3 to 5 times). Spans: %s.\n"
      % (st["templates"], ", ".join("%s %d" % kv for kv in st["types"].most_common())))
    w("## Rebuilding\n")
    w("```sh\npython3 build.py           # rewrites holdout.jsonl and README.md, runs check(), prints counts\n"
      "python3 build.py --check   # rebuilds in memory: \"unchanged\" (exit 0) or \"differs\" (exit 1)\n```\n")
    w("## Licence\n")
    w("Written for this project. All private values were invented by hand; any resemblance to "
      "real people is coincidental. Towns are real small places; the street numbers, phones, "
      "e-mail addresses and ID numbers that go with them were made up. Public figures, works, "
      "schools, companies, tools and places are named only as things people ask about.")
    return "\n".join(L) + "\n"


def main():
    rows, cultures = build()
    check(rows)
    data = dump(rows)
    digest = hashlib.sha256(data.encode("utf-8")).hexdigest()
    st = stats(rows, cultures)
    if "--check" in sys.argv:
        old = open(OUT, encoding="utf-8").read() if os.path.exists(OUT) else ""
        same = old == data
        print("%s: %s" % (os.path.basename(OUT), "unchanged" if same else "differs from a fresh build"))
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(st, digest, rows))
    print("rows %d: personal %d, PII-free %d; templates %d" % (st["rows"], st["personal"], st["clean"], st["templates"]))
    print("spans:", dict(st["types"].most_common()))
    print("languages:", dict(st["langs"].most_common()), "non-English %.1f %%" % (100.0 * (st["rows"] - st["langs"]["en"]) / st["rows"]))
    print("classes:", dict(sorted(st["classes"].items())))
    print("lower:", dict(st["lower"]), "upper:", dict(st["upper"]), "cultures:", len(cultures))
    print("sha256", digest)


if __name__ == "__main__":
    main()
