#!/usr/bin/env python3
"""clinic: a hand-written check set (sealed holdout) of community healthcare front-desk traffic.

Pharmacies, dental practices, opticians, GP receptions, physiotherapy, hearing-aid, podiatry,
private and travel clinics, home-delivery pharmacy services, and the patients and carers who
write to them. Half the rows name private people; the other half are PII-free and full of the
public names a careless detector masks.

Standard library only. `python build.py` writes holdout.jsonl next to this file;
`python build.py --check` rebuilds in memory, compares and runs check().
Every private value below was typed by hand; check digits were worked out once and typed in.
"""
import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 62031
NAME = "clinic"
SPLIT = "holdout"
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{SPLIT}.jsonl"
SOURCE = f"eval/{NAME}/build.py"
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "NATIONAL_ID", "DATE_OF_BIRTH", "US_SSN"}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


# ---------------------------------------------------------------- markers
def _m(t, v):
    return f"⟦{t}|{v}⟧"


def N(v):
    return _m("PERSON", v)


def L(v):
    return _m("LOCATION", v)


def T(v):
    return _m("PHONE_NUMBER", v)


def E(v):
    return _m("EMAIL_ADDRESS", v)


def D(v):
    return _m("DATE_OF_BIRTH", v)


def ID(v):
    return _m("NATIONAL_ID", v)


def SSN(v):
    return _m("US_SSN", v)


def CARD(v):
    return _m("CREDIT_CARD", v)


def IBAN(v):
    return _m("IBAN_CODE", v)


def IP(v):
    return _m("IP_ADDRESS", v)


def unmark(marked, case=None):
    """Turn ⟦TYPE|value⟧ markers into (text, spans); case the row piece by piece."""
    def cased(s):
        if case == "lower":
            return s.lower()
        if case == "upper":
            return s.upper()
        return s
    out, spans, pos, last = [], [], 0, 0
    for mt in MARK.finditer(marked):
        lit = cased(marked[last:mt.start()])
        out.append(lit)
        pos += len(lit)
        val = cased(mt.group(2))
        spans.append({"start": pos, "end": pos + len(val), "type": mt.group(1), "value": val})
        out.append(val)
        pos += len(val)
        last = mt.end()
    lit = cased(marked[last:])
    out.append(lit)
    return "".join(out), spans


def strip_marks(s):
    return MARK.sub(lambda mt: mt.group(2), s)


# ---------------------------------------------------------------- people
FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
        "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "’": "", "'": "", "-": "", " ": ""}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


class Person:
    """g = given, f = family; order 'gf' or 'fg'; sep between them; rom = (g, f) in Latin letters."""

    def __init__(self, g, f, sex, tag, order="gf", sep=" ", rom=None):
        self.g, self.f, self.sex, self.tag, self.order, self.sep = g, f, sex, tag, order, sep
        self.rom = rom or (g, f)

    @property
    def full(self):
        return self.g + self.sep + self.f if self.order == "gf" else self.f + self.sep + self.g

    @property
    def fg(self):  # family first, for registers: "SURNAME Given" is written by the template
        return self.f + " " + self.g

    def mail(self, style, domain, num=""):
        g, f = (ascii_fold(x) for x in self.rom)
        g1 = g.split()[0] if g else g
        local = {"g.f": f"{g1}.{f}", "gf": f"{g1}{f}", "g_f": f"{g1}_{f}", "f.g": f"{f}.{g1}",
                 "if": f"{g1[0]}{f}", "i.f": f"{g1[0]}.{f}", "fi": f"{f}{g1[0]}", "g": g1,
                 "g.if": f"{g1}.{f[0]}", "f": f}[style]
        return f"{local}{num}@{domain}"


def P(g, f, sex, tag, **kw):
    return Person(g, f, sex, tag, **kw)


# ---------------------------------------------------------------- people, typed by hand
# World pool: Latin-script people of many cultures, for English rows.
WORLD = [
    P("Rose", "Baker", "F", "English (words)"), P("Dawn", "Sharp", "F", "English (words)"),
    P("Heather", "Moss", "F", "Scottish (words)"), P("Glen", "Rivers", "M", "English (words)"),
    P("Dale", "Marsh", "M", "English (words)"), P("Emma", "Stone", "F", "English (namesake)"),
    P("John", "Lewis", "M", "Welsh (namesake)"), P("David", "Jones", "M", "Welsh (namesake)"),
    P("Gwenllian", "Pryce", "F", "Welsh"), P("Rhodri", "ap Hywel", "M", "Welsh"),
    P("Eilidh", "MacKinnon", "F", "Scottish"), P("Callum", "Fairbairn", "M", "Scottish"),
    P("Aoife", "Ní Mhurchú", "F", "Irish"), P("Cathal", "Mac Giolla Bhríde", "M", "Irish"),
    P("Niamh", "Brennan", "F", "Irish"), P("Olumide", "Adeyemi", "M", "Yoruba"),
    P("Folasade", "Ogunleye", "F", "Yoruba"), P("Chinonso", "Eze", "M", "Igbo"),
    P("Blessing", "Nwachukwu", "F", "Igbo"), P("Kwabena", "Asante", "M", "Akan"),
    P("Abena", "Owusu-Ansah", "F", "Akan"), P("Charity", "Wanjiru", "F", "Kikuyu"),
    P("Otieno", "Ochieng", "M", "Luo"), P("Precious", "Dlamini", "F", "Zulu"),
    P("Sipho", "Khumalo", "M", "Zulu"), P("Hodan", "Warsame", "F", "Somali"),
    P("Yonas", "Tesfaye", "M", "Amharic"), P("Mariama", "Bah", "F", "Fula"),
    P("Aminata", "Diallo", "F", "Guinean"), P("Tariq", "Mahmood", "M", "Pakistani"),
    P("Nusrat", "Begum", "F", "Bangladeshi"), P("Farhan", "Uddin", "M", "Bengali"),
    P("Priya", "Raghavan", "F", "Tamil"), P("Karthik", "Subramanian", "M", "Tamil"),
    P("Harpreet", "Kaur Gill", "F", "Punjabi"), P("Jaswinder", "Singh Sidhu", "M", "Punjabi"),
    P("Hetal", "Parekh", "F", "Gujarati"), P("Anjali", "Menon", "F", "Malayali"),
    P("Rahul", "Deshpande", "M", "Marathi"), P("Chamari", "Wijesinghe", "F", "Sinhala"),
    P("Huda", "Al-Rashid", "F", "Iraqi"), P("Karim", "Haddad", "M", "Lebanese"),
    P("Layla", "Mansour", "F", "Palestinian"), P("Omid", "Karimi", "M", "Persian"),
    P("Shirin", "Farahani", "F", "Persian"), P("Mehmet", "Öztürk", "M", "Turkish"),
    P("Elif", "Çelik", "F", "Turkish"),
    P("Thị Hoa", "Phạm", "F", "Vietnamese", order="fg", rom=("Hoa", "Pham")),
    P("Quốc Bảo", "Đặng", "M", "Vietnamese", order="fg", rom=("Bao", "Dang")),
    P("Mei Ling", "Chan", "F", "Cantonese"),
    P("Wai Kit", "Leung", "M", "Hong Kong", order="fg"),
    P("Xiaoming", "Zhao", "M", "Chinese", order="fg"), P("Yuki", "Mori", "F", "Japanese"),
    P("Hyun-woo", "Seo", "M", "Korean", order="fg"), P("Nattaya", "Srisuk", "F", "Thai"),
    P("Maricel", "Dizon", "F", "Filipino"), P("Jomar", "Villanueva", "M", "Filipino"),
    P("Nurul Aini", "binti Abdul Razak", "F", "Malay"), P("Wiremu", "Tāwhai", "M", "Māori"),
    P("Mere", "Ngata", "F", "Māori"), P("Sione", "Taufa", "M", "Tongan"),
    P("Leilani", "Kahale", "F", "Hawaiian"), P("Tyrell", "Washington", "M", "African American"),
    P("Marisol", "Vázquez", "F", "Puerto Rican"), P("Jacques", "Thibodeaux", "M", "Cajun"),
    P("Brody", "McAllister", "M", "Canadian"), P("Mathilde", "Gauthier", "F", "Québécois"),
    P("Zofia", "Nowicka", "F", "Polish"), P("Grzegorz", "Pawlak", "M", "Polish"),
    P("Ionela", "Stanciu", "F", "Romanian"), P("Lukas", "Baumgartner", "M", "Austrian"),
    P("Ingrid", "Solberg", "F", "Norwegian"), P("Pieter", "van den Berg", "M", "Dutch"),
    P("Giulia", "Marchetti", "F", "Italian"), P("Salvatore", "Di Stefano", "M", "Sicilian"),
    P("Inês", "Carvalho", "F", "Portuguese"), P("Joaquín", "Mora Delgado", "M", "Spanish"),
    P("Agnieszka", "Dąbrowska", "F", "Polish"), P("Dimitrios", "Papageorgiou", "M", "Greek"),
    P("Aleksandra", "Vuković", "F", "Serbian"), P("Andrius", "Kazlauskas", "M", "Lithuanian"),
    P("Liesel", "Engelbrecht", "F", "Afrikaans"), P("Jan-Hendrik", "du Plessis", "M", "Afrikaans"),
    P("Tamar", "Friedman", "F", "Jewish American"), P("Reuben", "Abrahams", "M", "Jewish British"),
    P("Delroy", "Campbell", "M", "Jamaican British"),
    P("Marcia", "Bailey-Thompson", "F", "Jamaican British"), P("Ashok", "Mehta", "M", "Gujarati"),
    P("Bronwyn", "Tait", "F", "New Zealand"), P("Kerry-Ann", "Pillay", "F", "South African Indian"),
    P("Gift", "Sibanda", "M", "Zimbabwean"), P("Mercy", "Achieng", "F", "Luo"),
    P("Sunday", "Adebayo", "M", "Yoruba"), P("Will", "Cooper", "M", "English (words)"),
    P("Jade", "Summers", "F", "English (words)"), P("Ivan", "Petrenko", "M", "Ukrainian"),
    P("Esperanza", "Cordero", "F", "Mexican American"), P("Keanu", "Makoa", "M", "Hawaiian"),
    P("Moana", "Faleolo", "F", "Samoan"), P("Ruth", "Eldridge", "F", "English"),
    P("Stanley", "Okoro", "M", "Igbo"), P("Wendell", "Pruitt", "M", "US"),
    P("Lorna", "Drummond", "F", "Scottish"), P("Gareth", "Prosser", "M", "Welsh"),
]

POOLS = {
    "world": WORLD,
    "de": [P("Ursula", "Brückner", "F", "German"), P("Wolfgang", "Strobl", "M", "Bavarian"),
           P("Sabine", "Haberkorn", "F", "German"), P("Jürgen", "Pfister", "M", "Swabian"),
           P("Annegret", "Lüdtke", "F", "German"), P("Klaus-Dieter", "Wendt", "M", "German"),
           P("Leonie", "Schwarzkopf", "F", "German"), P("Mehmet", "Aksoy", "M", "Turkish German"),
           P("Swetlana", "Becker", "F", "Russian German"),
           P("Friedrich", "von Ahlefeldt", "M", "German"), P("Hannelore", "Fuchs", "F", "German"),
           P("Tobias", "Weiß", "M", "German"), P("Ilse", "Mayr-Hofer", "F", "Austrian"),
           P("Reto", "Caflisch", "M", "Swiss (Romansh)"), P("Margrit", "Zürcher", "F", "Swiss"),
           P("Paul", "Frühwirth", "M", "Austrian"), P("Gisela", "Kaiser", "F", "German (word)"),
           P("Dragan", "Ilić", "M", "Serbian German")],
    "fr": [P("Monique", "Garnier", "F", "French"), P("Thierry", "Lacoste", "M", "French (brand)"),
           P("Nadège", "Kerbrat", "F", "Breton"), P("Yannick", "Le Goff", "M", "Breton"),
           P("Fatoumata", "Traoré", "F", "Malian French"), P("Hélène", "Dubois-Aubry", "F", "French"),
           P("Grégoire", "Chastel", "M", "French"), P("Aurélie", "Morvan", "F", "Breton"),
           P("Jean-Baptiste", "Fournier", "M", "French"), P("Chantal", "Leclercq", "F", "Belgian"),
           P("Benoît", "Dethier", "M", "Belgian"), P("Océane", "Marchal", "F", "French"),
           P("Mamadou", "Ndiaye", "M", "Senegalese French"), P("Pierre-Yves", "Lagarde", "M", "French"),
           P("Éloïse", "Vasseur", "F", "French"), P("Rachid", "Benmoussa", "M", "Moroccan French")],
    "es": [P("Carmen", "Villalobos Prieto", "F", "Spanish"), P("Íñigo", "Zubizarreta", "M", "Basque"),
           P("Marta", "Gómez de la Serna", "F", "Spanish"), P("Francisco Javier", "Ortega", "M", "Spanish"),
           P("Lucía", "Blanco", "F", "Spanish (word)"), P("Remedios", "Cabrera", "F", "Andalusian"),
           P("Guillermo", "Esteban Rubio", "M", "Spanish"), P("Nerea", "Arrizabalaga", "F", "Basque"),
           P("Paloma", "Soto", "F", "Spanish (word)"), P("Xosé Manuel", "Otero", "M", "Galician"),
           P("Consuelo", "Pardo", "F", "Spanish"), P("Agustina", "Ferreyra", "F", "Argentine"),
           P("Rafael", "Santos Medina", "M", "Spanish")],
    "mx": [P("Araceli", "Mendoza Cruz", "F", "Mexican"), P("Jesús Alberto", "Ramírez", "M", "Mexican"),
           P("Itzel", "Tlapale", "F", "Nahua Mexican")],
    "ca": [P("Núria", "Pujol i Ferrer", "F", "Catalan"), P("Jordi", "Casals", "M", "Catalan"),
           P("Roser", "Vilanova", "F", "Catalan")],
    "it": [P("Giovanna", "Esposito", "F", "Neapolitan"), P("Carlo", "Bertolini", "M", "Italian"),
           P("Assunta", "De Santis", "F", "Italian"), P("Federico", "Mancini", "M", "Italian"),
           P("Chiara", "Valentini", "F", "Italian"), P("Ornella", "Russo", "F", "Italian"),
           P("Vincenzo", "Amato", "M", "Sicilian (word)"), P("Elisabetta", "Pellegrini", "F", "Italian"),
           P("Giorgio", "Fabbri", "M", "Emilian"), P("Caterina", "Zanella", "F", "Venetian"),
           P("Luigi", "Sartori", "M", "Italian"), P("Annamaria", "Greco", "F", "Calabrian")],
    "pt": [P("Maria Helena", "Rebelo", "F", "Portuguese"), P("Joaquim", "Antunes Pires", "M", "Portuguese"),
           P("Beatriz", "Quintela", "F", "Portuguese"), P("Duarte", "Magalhães", "M", "Portuguese"),
           P("Fernanda", "Leitão", "F", "Portuguese")],
    "br": [P("Luciana", "Barbosa Nunes", "F", "Brazilian"),
           P("Francisco", "das Chagas Silva", "M", "Brazilian"),
           P("Ana Paula", "Figueiredo", "F", "Brazilian"), P("Edson", "Aparecido Rocha", "M", "Brazilian"),
           P("Jéssica", "Cavalcanti", "F", "Brazilian"), P("Raimundo", "Nonato Gomes", "M", "Brazilian"),
           P("Cláudia", "Rezende", "F", "Brazilian")],
    "nl": [P("Wilma", "Schuurman", "F", "Dutch"), P("Henk", "Dijkstra", "M", "Dutch (namesake)"),
           P("Annelies", "van der Veen", "F", "Dutch"), P("Bram", "Hoekstra", "M", "Frisian"),
           P("Noor", "El Amrani", "F", "Moroccan Dutch"), P("Gert-Jan", "Visser", "M", "Dutch"),
           P("Marieke", "Smit", "F", "Dutch (word)"), P("Joris", "Vermeulen", "M", "Flemish")],
    "pl": [P("Krystyna", "Jabłońska", "F", "Polish"), P("Stanisław", "Mazur", "M", "Polish"),
           P("Bożena", "Sikora", "F", "Polish"), P("Paweł", "Król", "M", "Polish (word)"),
           P("Dorota", "Pietrzak", "F", "Polish"), P("Łukasz", "Zawadzki", "M", "Polish")],
    "cs": [P("Jarmila", "Kučerová", "F", "Czech"), P("Vladimír", "Novotný", "M", "Czech"),
           P("Petra", "Svobodová", "F", "Czech"), P("Ondřej", "Pokorný", "M", "Czech")],
    "hu": [P("Erzsébet", "Varga", "F", "Hungarian", order="fg"),
           P("Zoltán", "Horváth", "M", "Hungarian", order="fg"),
           P("Judit", "Fekete", "F", "Hungarian (word)", order="fg"),
           P("Tamás", "Balogh", "M", "Hungarian", order="fg")],
    "ro": [P("Elena", "Constantinescu", "F", "Romanian"), P("Radu", "Munteanu", "M", "Romanian"),
           P("Florina", "Dumitrache", "F", "Romanian"), P("Vasile", "Ungureanu", "M", "Romanian")],
    "el": [P("Γεωργία", "Αντωνίου", "F", "Greek", rom=("Georgia", "Antoniou")),
           P("Νικόλαος", "Καραγιάννης", "M", "Greek", rom=("Nikolaos", "Karagiannis")),
           P("Ελένη", "Μαυρίδου", "F", "Greek", rom=("Eleni", "Mavridou")),
           P("Σπύρος", "Λαμπράκης", "M", "Cretan", rom=("Spyros", "Lamprakis")),
           P("Κατερίνα", "Βλάχου", "F", "Greek", rom=("Katerina", "Vlachou"))],
    "tr": [P("Ayşe", "Demirci", "F", "Turkish"), P("Hüseyin", "Kocabaş", "M", "Turkish"),
           P("Fatma", "Güler", "F", "Turkish (word)"), P("Murat", "Şahin", "M", "Turkish"),
           P("Selin", "Karataş", "F", "Turkish"), P("Kemal", "Bozkurt", "M", "Turkish"),
           P("Derya", "Tunç", "F", "Turkish (word)"), P("Oğuz", "Yıldırım", "M", "Turkish (word)")],
    "ru": [P("Людмила", "Воронцова", "F", "Russian", rom=("Lyudmila", "Vorontsova")),
           P("Геннадий", "Соколов", "M", "Russian", rom=("Gennadiy", "Sokolov")),
           P("Ирина", "Белова", "F", "Russian", rom=("Irina", "Belova")),
           P("Артём", "Захаров", "M", "Russian", rom=("Artyom", "Zakharov")),
           P("Тамара", "Орлова", "F", "Russian", rom=("Tamara", "Orlova"))],
    "uk": [P("Галина", "Савчук", "F", "Ukrainian", rom=("Halyna", "Savchuk")),
           P("Олег", "Бондаренко", "M", "Ukrainian", rom=("Oleh", "Bondarenko")),
           P("Марія", "Коваль", "F", "Ukrainian", rom=("Mariia", "Koval")),
           P("Тарас", "Гуменюк", "M", "Ukrainian", rom=("Taras", "Humeniuk"))],
    "he": [P("רחל", "אזולאי", "F", "Israeli (Moroccan Jewish)", rom=("Rachel", "Azoulay")),
           P("יוסף", "מזרחי", "M", "Israeli", rom=("Yosef", "Mizrahi")),
           P("מיכל", "שטרן", "F", "Israeli", rom=("Michal", "Stern")),
           P("אבי", "דהן", "M", "Israeli", rom=("Avi", "Dahan")),
           P("תמר", "גולדברג", "F", "Israeli", rom=("Tamar", "Goldberg"))],
    "ar": [P("فاطمة الزهراء", "بنعلي", "F", "Moroccan", rom=("Fatima", "Benali")),
           P("محمد عبد الرحمن", "الشافعي", "M", "Egyptian", rom=("Mohamed", "Elshafei")),
           P("نور الهدى", "خليل", "F", "Syrian", rom=("Nour", "Khalil")),
           P("يوسف", "الحسيني", "M", "Jordanian", rom=("Yousef", "Alhusseini")),
           P("سلمى", "العتيبي", "F", "Saudi", rom=("Salma", "Alotaibi")),
           P("خالد بن سالم", "المعمري", "M", "Omani", rom=("Khalid", "Almamari")),
           P("رانيا", "حداد", "F", "Lebanese", rom=("Rania", "Haddad"))],
    "hi": [P("रमेश चंद्र", "पाण्डेय", "M", "Hindi", rom=("Ramesh", "Pandey")),
           P("कविता", "शर्मा", "F", "Hindi", rom=("Kavita", "Sharma")),
           P("अनिल", "यादव", "M", "Hindi", rom=("Anil", "Yadav")),
           P("पूजा", "मिश्रा", "F", "Hindi", rom=("Pooja", "Mishra"))],
    "th": [P("วิไลวรรณ", "ทองดี", "F", "Thai", rom=("Wilaiwan", "Thongdee")),
           P("ประเสริฐ", "ศรีสวัสดิ์", "M", "Thai", rom=("Prasert", "Srisawat")),
           P("กาญจนา", "บุญมา", "F", "Thai", rom=("Kanjana", "Boonma")),
           P("ธนากร", "แก้วมณี", "M", "Thai", rom=("Thanakorn", "Kaewmanee"))],
    "vi": [P("Văn Thành", "Lê", "M", "Vietnamese", order="fg", rom=("Thanh", "Le")),
           P("Thị Thu Hà", "Đặng", "F", "Vietnamese", order="fg", rom=("Ha", "Dang")),
           P("Minh Khoa", "Võ", "M", "Vietnamese", order="fg", rom=("Khoa", "Vo")),
           P("Ngọc Ánh", "Hoàng", "F", "Vietnamese", order="fg", rom=("Anh", "Hoang")),
           P("Quang Huy", "Bùi", "M", "Vietnamese", order="fg", rom=("Huy", "Bui"))],
    "id": [P("Bambang", "Sutrisno", "M", "Javanese"), P("Sri", "Wahyuningsih", "F", "Javanese"),
           P("Agus", "Setiawan", "M", "Indonesian"), P("Ni Made", "Suarni", "F", "Balinese"),
           P("Ketut", "Wirawan", "M", "Balinese"), P("Rina", "Marlina", "F", "Sundanese")],
    "tl": [P("Rowena", "Macaraeg", "F", "Pangasinan"), P("Danilo", "Soriano", "M", "Tagalog"),
           P("Jocelyn", "dela Cruz", "F", "Tagalog"), P("Arnel", "Pascual", "M", "Ilocano"),
           P("Marites", "Gatchalian", "F", "Tagalog")],
    "sv": [P("Agneta", "Holmberg", "F", "Swedish"), P("Lennart", "Sjöberg", "M", "Swedish"),
           P("Karin", "Ekström", "F", "Swedish"), P("Mats", "Lundgren", "M", "Swedish")],
    "no": [P("Solveig", "Bakke", "F", "Norwegian"), P("Håkon", "Lien", "M", "Norwegian"),
           P("Randi", "Strand", "F", "Norwegian (word)"), P("Eirik", "Fjeld", "M", "Norwegian")],
    "da": [P("Birthe", "Mikkelsen", "F", "Danish"), P("Henning", "Damgaard", "M", "Danish"),
           P("Lone", "Kristensen", "F", "Danish"), P("Kasper", "Holm", "M", "Danish")],
    "fi": [P("Marjatta", "Heikkinen", "F", "Finnish"), P("Pekka", "Laaksonen", "M", "Finnish"),
           P("Riikka", "Salminen", "F", "Finnish"), P("Jussi", "Koskinen", "M", "Finnish")],
    "ja": [P("由美子", "高橋", "F", "Japanese", order="fg", rom=("Yumiko", "Takahashi")),
           P("正樹", "伊藤", "M", "Japanese", order="fg", rom=("Masaki", "Ito")),
           P("さくら", "中村", "F", "Japanese", order="fg", rom=("Sakura", "Nakamura")),
           P("健太", "小林", "M", "Japanese", order="fg", rom=("Kenta", "Kobayashi")),
           P("和子", "松本", "F", "Japanese", order="fg", rom=("Kazuko", "Matsumoto")),
           P("翔", "吉田", "M", "Japanese", order="fg", rom=("Sho", "Yoshida")),
           P("恵", "山口", "F", "Japanese", order="fg", rom=("Megumi", "Yamaguchi")),
           P("誠", "井上", "M", "Japanese", order="fg", rom=("Makoto", "Inoue")),
           P("千尋", "木村", "F", "Japanese", order="fg", rom=("Chihiro", "Kimura"))],
    "zh": [P("志强", "陈", "M", "Chinese", order="fg", sep="", rom=("Zhiqiang", "Chen")),
           P("静", "杨", "F", "Chinese", order="fg", sep="", rom=("Jing", "Yang")),
           P("晓燕", "吴", "F", "Chinese", order="fg", sep="", rom=("Xiaoyan", "Wu")),
           P("建国", "周", "M", "Chinese", order="fg", sep="", rom=("Jianguo", "Zhou")),
           P("丽华", "徐", "F", "Chinese", order="fg", sep="", rom=("Lihua", "Xu")),
           P("浩", "孙", "M", "Chinese", order="fg", sep="", rom=("Hao", "Sun")),
           P("秀兰", "马", "F", "Chinese (Hui)", order="fg", sep="", rom=("Xiulan", "Ma")),
           P("伟", "胡", "M", "Chinese", order="fg", sep="", rom=("Wei", "Hu"))],
    "zhtw": [P("志明", "張", "M", "Taiwanese", order="fg", sep="", rom=("Chih-ming", "Chang")),
             P("佩珊", "蔡", "F", "Taiwanese", order="fg", sep="", rom=("Pei-shan", "Tsai"))],
    "ko": [P("서연", "이", "F", "Korean", order="fg", sep="", rom=("Seoyeon", "Lee")),
           P("준호", "박", "M", "Korean", order="fg", sep="", rom=("Junho", "Park")),
           P("민정", "최", "F", "Korean", order="fg", sep="", rom=("Minjeong", "Choi")),
           P("성민", "윤", "M", "Korean", order="fg", sep="", rom=("Seongmin", "Yoon")),
           P("지은", "한", "F", "Korean", order="fg", sep="", rom=("Jieun", "Han")),
           P("태윤", "강", "M", "Korean", order="fg", sep="", rom=("Taeyoon", "Kang"))],
    "sw": [P("Mwanaisha", "Juma", "F", "Swahili"), P("Baraka", "Mwangi", "M", "Kikuyu"),
           P("Neema", "Akinyi", "F", "Luo"), P("Juma", "Kipchoge", "M", "Kalenjin (namesake)"),
           P("Zawadi", "Wekesa", "F", "Luhya")],
}


# ---------------------------------------------------------------- addresses, typed by hand
# Each address is written in its own country's layout, one string a line; {field:value} is a
# LOCATION span, anything outside braces (commas, "Co.", "CEP", "〒", "jud.") is not labelled.
FIELD = re.compile(r"\{(\w+):([^{}]*)\}")


class Addr:
    def __init__(self, cc, *lines):
        self.cc = cc
        self.raw_lines = lines
        self.f = {}
        for ln in lines:
            for mt in FIELD.finditer(ln):
                self.f.setdefault(mt.group(1), mt.group(2))

    @staticmethod
    def _mark(s):
        return FIELD.sub(lambda mt: L(mt.group(2)), s)

    def lines(self):
        return [self._mark(ln) for ln in self.raw_lines]

    def block(self, sep="\n", indent=""):
        return sep.join(indent + ln for ln in self.lines())

    def one(self, sep=", "):
        return sep.join(self.lines())

    def L(self, k):
        return L(self.f[k])

    def has(self, k):
        return k in self.f

    def street(self):  # the unit (if any) and street, marked, as the first line writes them
        return self.lines()[0]


A = Addr
ADDR = {
    "GB": [A("GB", "{unit:Flat 2}, {street:14 Kiln Lane}", "{town:Totnes}", "{pc:TQ9 5DP}"),
           A("GB", "{street:7 Bridge Street}", "{town:Llandeilo}", "{pc:SA19 6BN}"),
           A("GB", "{street:22 Rutland Square}", "{town:Bakewell}", "{county:Derbyshire}", "{pc:DE45 1BT}"),
           A("GB", "{street:3 Jingling Lane}", "{town:Kirkby Lonsdale}", "{pc:LA6 2AZ}"),
           A("GB", "{street:11 Shore Road}", "{town:Tain}", "{pc:IV19 1DT}"),
           A("GB", "{street:46 Norwich Road}", "{town:Holt}", "{pc:NR25 6SF}"),
           A("GB", "{street:9 Mermaid Street}", "{town:Rye}", "{pc:TN31 7EX}"),
           A("GB", "{unit:Flat 5}, {street:Freeman Court, Staithe Street}", "{town:Wells-next-the-Sea}",
             "{pc:NR23 1AG}"),
           A("GB", "{street:2 Tegid Street}", "{town:Bala}", "{pc:LL23 7EL}"),
           A("GB", "{street:18 Castle Street}", "{town:Dornoch}", "{pc:IV25 3SN}"),
           A("GB", "{street:5 Well Road}", "{town:Moffat}", "{pc:DG10 9AT}"),
           A("GB", "{street:31 Bondgate Within}", "{town:Alnwick}", "{pc:NE66 1SX}"),
           A("GB", "{street:Low Hall Farm, Garsdale Road}", "{town:Sedbergh}", "{pc:LA10 5JL}"),
           A("GB", "{street:27 Victoria Street}", "{town:Southwold}", "{pc:IP18 6HZ}"),
           A("GB", "{street:Tregarth, Polperro Road}", "{town:Looe}", "{county:Cornwall}", "{pc:PL13 2JS}"),
           A("GB", "{street:8 Lostwithiel Street}", "{town:Fowey}", "{pc:PL23 1BD}"),
           A("GB", "{street:12 Church Street}", "{town:Beaumaris}", "{county:Anglesey}", "{pc:LL58 8AB}"),
           A("GB", "{street:40 The Homend}", "{town:Ledbury}", "{pc:HR8 1BT}"),
           A("GB", "{street:6 Kirkgate}", "{town:Thirsk}", "{county:North Yorkshire}", "{pc:YO7 1PQ}"),
           A("GB", "{street:The Old Forge, 3 Park Street}", "{town:Masham}", "{pc:HG4 4HN}"),
           A("GB", "{street:15 Heol Maengwyn}", "{town:Machynlleth}", "{pc:SY20 8EB}"),
           A("GB", "{street:Rose Cottage, High Street}", "{town:Clun}", "{pc:SY7 8JB}"),
           A("GB", "{street:21 Duke Street}", "{town:Kington}", "{pc:HR5 3BL}"),
           A("GB", "{street:4 Chapel Square}", "{town:Settle}", "{pc:BD24 9DZ}"),
           A("GB", "{unit:Flat 1}, {street:19 Fore Street}", "{town:Marazion}", "{pc:TR17 0AR}"),
           A("GB", "{street:3 Pepper Street}", "{town:Tarporley}", "{county:Cheshire}", "{pc:CW6 0EB}"),
           A("GB", "{street:88 High Street}", "{town:Burford}", "{pc:OX18 4QF}"),
           A("GB", "{street:2 Ferry Road}", "{town:Walberswick}", "{pc:IP18 6TH}"),
           A("GB", "{street:14 Main Street}", "{town:Bushmills}", "{county:Co. Antrim}", "{pc:BT57 8QA}"),
           A("GB", "{street:9 Argyll Street}", "{town:Inveraray}", "{pc:PA32 8UT}"),
           A("GB", "{street:17 Sheep Street}", "{town:Charlbury}", "{pc:OX7 3RR}"),
           A("GB", "{street:5 Bell Lane}", "{town:Cley next the Sea}", "{pc:NR25 7RZ}"),
           A("GB", "{unit:Flat 3}, {street:28 Broad Street}", "{town:Presteigne}", "{pc:LD8 2AF}")],
    "IE": [A("IE", "{street:14 Quay Street}", "{town:Westport}", "Co. {county:Mayo}", "{pc:F28 X2T6}"),
           A("IE", "{street:Ardnagashel}", "{town:Bantry}", "Co. {county:Cork}", "{pc:P75 HV40}"),
           A("IE", "{street:3 The Square}", "{town:Carlingford}", "Co. {county:Louth}", "{pc:A91 K7W3}"),
           A("IE", "{street:6 Main Street}", "{town:Ennistymon}", "Co. {county:Clare}", "{pc:V95 R2C8}")],
    "US": [A("US", "{street:318 Tombstone Canyon}", "{town:Bisbee}, {state:AZ} {pc:85603}"),
           A("US", "{street:702 S Prospect St}", "{town:Galena}, {state:IL} {pc:61036}"),
           A("US", "{street:1427 Lawrence St}, {unit:Apt 3}", "{town:Port Townsend}, {state:WA} {pc:98368}"),
           A("US", "{street:915 Mound St}", "{town:Decorah}, {state:IA} {pc:52101}"),
           A("US", "{street:206 Quesnel St}", "{town:Taos}, {state:NM} {pc:87571}"),
           A("US", "{street:41 Court St}", "{town:Lewisburg}, {state:WV} {pc:24901}")],
    "CA": [A("CA", "{street:58 Kempt St}", "{town:Lunenburg} {state:NS}  {pc:B0J 2C0}"),
           A("CA", "{street:27, rue Saint-Jean-Baptiste}", "{town:Baie-Saint-Paul} ({state:Québec})  {pc:G3Z 1M7}"),
           A("CA", "{street:612 Silica St}", "{town:Nelson} {state:BC}  {pc:V1L 4N1}")],
    "AU": [A("AU", "{street:17 Camp Street}", "{town:BEECHWORTH} {state:VIC} {pc:3747}"),
           A("AU", "{unit:Unit 2}/{street:9 Raglan Street}", "{town:DAYLESFORD} {state:VIC} {pc:3460}"),
           A("AU", "{street:44 Gipps Street}", "{town:PORT FAIRY} {state:VIC} {pc:3284}"),
           A("AU", "{street:21 Fearn Avenue}", "{town:MARGARET RIVER} {state:WA} {pc:6285}")],
    "NZ": [A("NZ", "{street:12 Rue Jolie}", "{town:Akaroa} {pc:7520}"),
           A("NZ", "{street:5 Buckingham Street}", "{town:Arrowtown} {pc:9302}")],
    "ZA": [A("ZA", "{street:14 Naauwpoort Street}", "{town:Clarens}", "{pc:9707}"),
           A("ZA", "{street:8 Martin Street}", "{town:Nieu-Bethesda}", "{pc:6286}")],
    "KE": [A("KE", "{street:P.O. Box 318}", "{town:Watamu}", "{pc:80202}"),
           A("KE", "{street:P.O. Box 1147}", "{town:Naro Moru}", "{pc:10105}")],
    "IN": [A("IN", "{street:House No. 12, Ram Raja Road}", "{town:Orchha}", "{region:Madhya Pradesh} {pc:472246}"),
           A("IN", "{street:Flat 4, Jogiwara Road}", "{town:McLeod Ganj}", "{region:Himachal Pradesh} {pc:176219}")],
    "SG": [A("SG", "{street:Blk 217 Bedok North Street 1}", "{unit:#07-152}", "Singapore {pc:460217}")],
    "DE": [A("DE", "{street:Stettener Straße 14}", "{pc:88709} {town:Meersburg}"),
           A("DE", "{street:Laufenstraße 31}", "{pc:52156} {town:Monschau}"),
           A("DE", "{street:Nördlinger Straße 8}", "{pc:91550} {town:Dinkelsbühl}"),
           A("DE", "{street:Obermarkt 22}", "{pc:82481} {town:Mittenwald}"),
           A("DE", "{street:Oberstraße 47}", "{pc:55422} {town:Bacharach}"),
           A("DE", "{street:Lange Straße 19}", "{pc:39590} {town:Tangermünde}"),
           A("DE", "{street:Dorfstraße 5a}", "{pc:18347} {town:Ahrenshoop}"),
           A("DE", "{street:Hauptstraße 63}", "{pc:74206} {town:Bad Wimpfen}")],
    "AT": [A("AT", "{street:Hauptstraße 9}", "{pc:3601} {town:Dürnstein}"),
           A("AT", "{street:Seezeile 12}", "{pc:7071} {town:Rust}"),
           A("AT", "{street:Wiener Straße 4}", "{pc:8630} {town:Mariazell}")],
    "CH": [A("CH", "{street:Hauptgasse 17}", "{pc:9050} {town:Appenzell}"),
           A("CH", "{street:Rue du Bourg 6}", "{pc:1663} {town:Gruyères}"),
           A("CH", "{street:Rathausplatz 3}", "{pc:8260} {town:Stein am Rhein}")],
    "FR": [A("FR", "{street:12 rue des Remparts}", "{pc:68420} {town:EGUISHEIM}"),
           A("FR", "{street:5 quai Sainte-Catherine}", "{pc:14600} {town:HONFLEUR}"),
           A("FR", "{street:La Combe, route du Château}", "{pc:46500} {town:ROCAMADOUR}"),
           A("FR", "{street:8 boulevard Gambetta}", "{pc:30700} {town:UZÈS}"),
           A("FR", "{street:17 rue du Général de Gaulle}", "{pc:68340} {town:RIQUEWIHR}"),
           A("FR", "{street:21 avenue de la Libération}", "{pc:24200} {town:SARLAT-LA-CANÉDA}"),
           A("FR", "{street:2 place du Marché}", "{pc:33330} {town:SAINT-ÉMILION}")],
    "BE": [A("BE", "{street:Rue du Moulin 14}", "{pc:6830} {town:Bouillon}"),
           A("BE", "{street:Kerkstraat 22}", "{pc:8340} {town:Damme}"),
           A("BE", "{street:Avenue Reine Astrid 41}", "{pc:4900} {town:Spa}")],
    "NL": [A("NL", "{street:Binnenpad 48}", "{pc:8355 BT} {town:Giethoorn}"),
           A("NL", "{street:Wijngaardstraat 7}", "{pc:6017 AG} {town:Thorn}"),
           A("NL", "{street:Kapellestraat 19}", "{pc:4351 AL} {town:Veere}"),
           A("NL", "{street:Nieuwstad 33}", "{pc:8713 AG} {town:Hindeloopen}"),
           A("NL", "{street:Jufferenstraat 11}", "{pc:8081 CR} {town:Elburg}")],
    "ES": [A("ES", "{street:Calle Azagra, 9}, {unit:2º B}", "{pc:44100} {town:Albarracín} ({prov:Teruel})"),
           A("ES", "{street:Calle del Riofrío, 14}", "{pc:33150} {town:Cudillero} ({prov:Asturias})"),
           A("ES", "{street:Calle Mayor, 31}, {unit:1º A}", "{pc:19250} {town:Sigüenza} ({prov:Guadalajara})"),
           A("ES", "{street:Avenida Papa Luna, 52}, {unit:4º D}", "{pc:12598} {town:Peñíscola} ({prov:Castellón})"),
           A("ES", "{street:Calle Manuel Cue, 3}", "{pc:33500} {town:Llanes} ({prov:Asturias})")],
    "CAT": [A("CAT", "{street:Carrer del Pont, 6}", "{pc:17850} {town:Besalú}"),
            A("CAT", "{street:Carrer Major, 18}, {unit:1r 2a}", "{pc:17320} {town:Tossa de Mar}")],
    "PT": [A("PT", "{street:Rua Direita, 27}", "{pc:2510-060} {town:Óbidos}"),
           A("PT", "{street:Rua do Espírito Santo, 4}", "{pc:7330-101} {town:Marvão}"),
           A("PT", "{street:Largo de Camões, 12}, {unit:1.º Dto.}", "{pc:4990-071} {town:Ponte de Lima}")],
    "BR": [A("BR", "{street:Rua Direita, 148} - {area:Centro}", "{town:Tiradentes} - {state:MG}", "CEP {pc:36325-000}"),
           A("BR", "{street:Rua do Rosário, 62}", "{town:Pirenópolis} - {state:GO}", "CEP {pc:72980-000}"),
           A("BR", "{street:Rua XV de Novembro, 315}", "{town:Morretes} - {state:PR}", "CEP {pc:83350-000}"),
           A("BR", "{street:Rua Coronel Domingues de Castro, 87}", "{town:São Luiz do Paraitinga} - {state:SP}",
             "CEP {pc:12140-000}")],
    "IT": [A("IT", "{street:Via Olina, 14}", "{pc:28016} {town:Orta San Giulio} ({prov:NO})"),
           A("IT", "{street:Via Panider, 22}", "{pc:39040} {town:Castelrotto} ({prov:BZ})"),
           A("IT", "{street:Via Roma, 7}", "{pc:01022} {town:Bagnoregio} ({prov:VT})"),
           A("IT", "{street:Via Giulia, 41}", "{pc:06038} {town:Spello} ({prov:PG})"),
           A("IT", "{street:Via Monte Nero, 8}", "{pc:70011} {town:Alberobello} ({prov:BA})"),
           A("IT", "{street:Contrada San Nicola, 3}", "{pc:29022} {town:Bobbio} ({prov:PC})"),
           A("IT", "{street:Via Vittorio Emanuele, 56}", "{pc:89861} {town:Tropea} ({prov:VV})")],
    "PL": [A("PL", "{street:ul. Główna 41}", "{pc:34-460} {town:Szczawnica}"),
           A("PL", "{street:ul. Mikołaja Kopernika 12/4}", "{pc:14-530} {town:Frombork}"),
           A("PL", "{street:ul. Mickiewicza 7}", "{pc:11-730} {town:Mikołajki}"),
           A("PL", "{street:ul. Zdrojowa 3}", "{pc:33-380} {town:Krynica-Zdrój}")],
    "CZ": [A("CZ", "{street:náměstí Zachariáše z Hradce 18}", "{pc:588 56} {town:Telč}"),
           A("CZ", "{street:Husova 24}", "{pc:692 01} {town:Mikulov}"),
           A("CZ", "{street:Náměstí 37}", "{pc:742 66} {town:Štramberk}")],
    "HU": [A("HU", "{town:Tokaj}", "{street:Rákóczi út 27.}", "{pc:3910}"),
           A("HU", "{town:Visegrád}", "{street:Fő utca 44.}", "{pc:2025}"),
           A("HU", "{town:Hollókő}", "{street:Petőfi utca 9.}", "{pc:3176}")],
    "RO": [A("RO", "{street:Str. Principală nr. 214}", "{town:Bran}, jud. {county:Brașov}", "{pc:507025}"),
           A("RO", "{street:Str. Mihai Eminescu nr. 12}", "{town:Biertan}, jud. {county:Sibiu}", "{pc:557045}")],
    "GR": [A("GR", "{street:Τοσίτσα 14}", "{pc:442 00} {town:Μέτσοβο}"),
           A("GR", "{street:Δελφών 27}", "{pc:320 04} {town:Αράχωβα}"),
           A("GR", "{street:Βασιλέως Κωνσταντίνου 8}", "{pc:211 00} {town:Ναύπλιο}")],
    "TR": [A("TR", "{area:Şirince Mah.} {street:Aşağı Sok. No: 12}", "{pc:35920} {town:Selçuk}/{prov:İzmir}"),
           A("TR", "{area:Alaçatı Mah.} {street:Kemalpaşa Cad. No: 84} {unit:D: 2}",
             "{pc:35930} {town:Çeşme}/{prov:İzmir}"),
           A("TR", "{area:Uçhisar Mah.} {street:Tekelli Sok. No: 5}", "{pc:50240} {town:Nevşehir}")],
    "RU": [A("RU", "{street:ул. Ленина, д. 84}, {unit:кв. 3}", "г. {town:Суздаль}", "{region:Владимирская обл.}",
             "{pc:601293}"),
           A("RU", "{street:ул. Никольская, д. 19}", "г. {town:Мышкин}", "{region:Ярославская обл.}", "{pc:152830}")],
    "UA": [A("UA", "{street:вул. Свободи, 41}, {unit:кв. 12}", "м. {town:Яремче}", "{region:Івано-Франківська обл.}",
             "{pc:78500}"),
           A("UA", "{street:вул. Незалежності, 7}", "м. {town:Косів}", "{pc:78600}")],
    "IL": [A("IL", "{street:רחוב הראשונים 14}", "{town:מטולה}", "{pc:1029200}"),
           A("IL", "{street:רחוב המייסדים 8}", "{town:יבנאל}", "{pc:1522500}")],
    "SE": [A("SE", "{street:Storgatan 18}", "{pc:592 30} {town:Vadstena}"),
           A("SE", "{street:Stora gatan 9}", "{pc:193 30} {town:Sigtuna}")],
    "NO": [A("NO", "{street:Kjerkgata 21}", "{pc:7374} {town:Røros}"),
           A("NO", "{street:Henningsværveien 12}", "{pc:8312} {town:Henningsvær}")],
    "DK": [A("DK", "{street:Vestergade 14}, {unit:1. th.}", "{pc:5970} {town:Ærøskøbing}"),
           A("DK", "{street:Brøddegade 9}", "{pc:3760} {town:Gudhjem}")],
    "FI": [A("FI", "{street:Fiskarsintie 23}", "{pc:10470} {town:Fiskars}"),
           A("FI", "{street:Raatihuoneenkatu 4 A 2}", "{pc:64260} {town:Kaskinen}")],
    "JP": [A("JP", "〒{pc:071-0214}", "{pref:北海道}{town:上川郡美瑛町}{street:中町2丁目4-17}"),
           A("JP", "〒{pc:381-0201}", "{pref:長野県}{town:上高井郡小布施町}{street:小布施1028-3}"),
           A("JP", "〒{pc:761-3110}", "{pref:香川県}{town:香川郡直島町}{street:3642-8}"),
           A("JP", "〒{pc:501-5627}", "{pref:岐阜県}{town:大野郡白川村}{street:荻町2481}")],
    "KR": [A("KR", "{region:충청남도} {town:서천군} {area:한산면} {street:충절로 1094}", "({pc:33958})"),
           A("KR", "{region:전라남도} {town:담양군} {street:담양읍 객사7길 23}, {unit:102호}", "({pc:57339})")],
    "CN": [A("CN", "{prov:浙江省}{city:嘉兴市}{town:嘉善县西塘镇}{street:塘东街112号}", "邮编 {pc:314121}"),
           A("CN", "{prov:安徽省}{city:黄山市}{town:黟县宏村镇}{street:际村路8号}", "邮编 {pc:245541}")],
    "TW": [A("TW", "{pc:26845}{county:宜蘭縣}{town:五結鄉}{street:利澤路117號}")],
    "TH": [A("TH", "{street:123/4 หมู่ 2}", "ต.{area:เชียงคาน} อ.{town:เชียงคาน} จ.{prov:เลย} {pc:42110}"),
           A("TH", "{street:58 ถนนริมคลอง}", "ต.{area:อัมพวา} อ.{town:อัมพวา} จ.{prov:สมุทรสงคราม} {pc:75110}")],
    "VN": [A("VN", "{street:Số 14, tổ 3}, thị trấn {town:Tam Đảo}", "huyện {area:Tam Đảo}, tỉnh {prov:Vĩnh Phúc}"),
           A("VN", "{street:Số 8, thôn Phố Cáo}, xã {area:Phố Cáo}", "huyện {town:Đồng Văn}, tỉnh {prov:Hà Giang}")],
    "ID": [A("ID", "{street:Jl. Penglipuran No. 17}", "Desa {area:Kubu}, Kec. {town:Bangli}", "{prov:Bali} {pc:80614}"),
           A("ID", "{street:Dusun Doga RT 02/RW 05}", "Desa {area:Nglanggeran}, Kec. {town:Patuk}",
             "{prov:Gunungkidul} {pc:55862}")],
    "PH": [A("PH", "{street:Purok 3}, Brgy. {area:Poblacion}", "{town:Sagada}, {prov:Mountain Province} {pc:2619}"),
           A("PH", "{street:Lot 9, Abad Street}", "Brgy. {area:Kayhuvokan}, {town:Basco}, {prov:Batanes} {pc:3900}")],
    "MX": [A("MX", "{street:Calle Netzahualcóyotl 27}", "{area:Barrio de San Miguel}",
             "C.P. {pc:62520} {town:Tepoztlán}, {state:Mor.}"),
           A("MX", "{street:Av. 3 No. 514}", "{area:Col. Centro}", "C.P. {pc:77930} {town:Bacalar}, {state:Q. Roo}")],
    "EG": [A("EG", "{street:شارع السوق 14}", "{town:سيوة}، {prov:مطروح}")],
    "MA": [A("MA", "{street:زنقة المولى إدريس، رقم 9}", "{town:إفران} {pc:53000}")],
    "JO": [A("JO", "{street:شارع الملك الحسين 22}", "{town:عجلون} {pc:26810}")],
}


# ---------------------------------------------------------------- phones, typed by hand (national format)
PHONES = {
    "GBm": ["07712 384920", "07951 208374", "07488 615302", "07539 740118", "07826 193457",
            "07403 582916", "07914 367025", "07375 219684", "07568 903271", "07852 416039",
            "07961 528804", "07440 371652", "07793 064518", "07387 925146", "07519 638207",
            "07425 806391", "07746 152093", "07932 487160", "07864 209735", "07507 316842",
            "07818 940263", "07455 173608", "07982 631574", "07399 402185", "07724 859316",
            "07586 247930", "07941 713068", "07432 560819", "07871 094352", "07367 381947",
            "07809 625174", "07521 836409", "07697 120583", "07475 948261", "07903 257416",
            "07836 471905", "07412 690238", "07958 304716", "07723 518604", "07491 286357",
            "07867 930142", "07358 617290", "07947 052836", "07512 748193", "07781 364025",
            "07406 925718", "07925 183640", "07634 207581", "07889 451206", "07470 836925",
            "07972 615083", "07348 290467", "07815 736294", "07553 081629", "07904 347815",
            "07426 958073", "07761 820349", "07398 514762", "07843 069157", "07536 172840",
            "07918 604273", "07484 397516", "07709 248631", "07957 813420", "07382 650917",
            "07825 394068", "07464 781253", "07931 526804", "07586 630417", "07703 295184"],
    "GBl": ["01803 862415", "01558 823917", "01629 814273", "015242 71836", "01862 893104",
            "01263 712658", "01797 224583", "01328 710462", "01678 520913", "01862 810547",
            "01683 220764", "01665 602381", "015396 20458", "01502 723849", "01503 262719",
            "01726 833054", "01248 810693", "01531 634278", "01845 523961", "01765 689420",
            "01654 702837", "01588 640312", "01544 230875", "01729 822306", "01736 711429",
            "01829 733518", "01993 823706", "028 2073 1846", "01499 302257", "01608 811934",
            "01544 267103"],
    "IE": ["087 416 2938", "085 731 4629", "086 209 5847", "098 26417", "027 51834", "065 708 2941",
           "083 152 7406", "089 470 3615", "087 902 6148"],
    "US": ["(520) 432-7719", "(815) 777-3046", "(360) 385-2917", "(563) 382-6104", "(575) 758-3392",
           "(304) 645-2187", "520-227-4816", "(319) 804-2265"],
    "CA": ["(902) 634-7215", "(418) 435-2869", "(250) 352-4170", "(604) 728-3391", "(250) 505-8127",
           "(902) 521-0946"],
    "AU": ["0412 738 905", "(03) 5348 2716", "(03) 5568 1493", "0438 260 517", "(08) 9757 2264",
           "0421 596 083", "0407 318 624", "0466 902 157", "0452 847 310"],
    "NZ": ["021 847 3026", "(03) 304 7185", "027 590 4412", "022 618 3590", "021 405 9127",
           "027 336 8041"],
    "ZA": ["082 614 3907", "058 256 1348", "073 418 2265", "083 507 9146", "071 290 6638"],
    "KE": ["0722 418 365", "0711 293 804", "0733 605 129", "0725 870 346"],
    "NG": ["0803 427 1956", "0816 305 7724"],
    "IN": ["98470 31265", "94183 27561"],
    "SG": ["9127 4830"],
    "DE": ["07532 43817", "02472 80419", "09851 572308", "08823 926471", "0151 28460317",
           "0176 93025481", "0160 7418295", "06743 937152", "039322 41876", "0172 5830461",
           "038220 69314", "07063 931742"],
    "AT": ["0664 381 2047", "02685 60317", "02711 3208", "03882 41573"],
    "CH": ["071 787 24 19", "079 412 63 08", "026 921 38 47", "052 741 29 60"],
    "FR": ["06 48 21 93 07", "07 81 36 52 40", "05 65 33 71 28", "02 31 89 46 13", "04 66 22 57 81",
           "03 89 23 48 16", "06 12 87 43 59", "05 53 31 64 92", "06 73 05 28 14"],
    "BE": ["0476 28 93 14", "061 46 72 85", "050 35 91 27", "0495 61 38 20", "087 77 41 06"],
    "NL": ["06-48291735", "0521-361847", "0475-562093", "0118-583216", "06 1739 5824", "0514-521907",
           "0525-683142"],
    "ES": ["612 483 907", "985 590 317", "949 391 284", "964 480 573", "978 710 246", "678 204 913",
           "655 92 48 17", "985 40 27 16"],
    "CAT": ["972 591 038", "633 418 275", "972 34 07 61"],
    "MX": ["777 395 2814", "983 834 2716", "55 4827 1936"],
    "PT": ["912 847 306", "262 959 184", "245 993 027", "963 418 275", "258 941 307"],
    "BR": ["(32) 98814-2739", "(62) 3331-4827", "(41) 99237-5180", "(12) 97416-3028", "(32) 3355-1942",
           "(41) 3462-8815"],
    "IT": ["333 481 9275", "0322 90 58 31", "0471 70 62 14", "0761 79 34 82", "0742 30 15 96",
           "347 215 8093", "080 432 7165", "0523 93 64 17", "328 604 1952", "0963 61 27 48"],
    "PL": ["602 418 937", "18 262 73 41", "515 273 846", "55 243 71 09", "87 421 36 58", "698 130 425"],
    "CZ": ["603 482 917", "567 213 845", "519 512 734", "736 205 418"],
    "HU": ["06 30 418 2937", "06 47 352 816", "06 20 571 3048", "06 26 398 127"],
    "RO": ["0722 418 937", "0268 236 514", "0745 302 186", "0269 806 113"],
    "GR": ["697 241 8356", "26560 41827", "22670 31594", "694 508 2173", "27520 28416"],
    "TR": ["0532 418 27 93", "0232 898 41 27", "0544 307 61 85", "0505 926 14 38", "0384 219 53 06"],
    "RU": ["8 (915) 482-37-19", "8 (49231) 2-14-87", "8 (926) 305-71-48", "8 (48544) 2-31-60"],
    "UA": ["067 418 2937", "(03434) 2-15-48", "050 273 8146", "097 615 3082"],
    "IL": ["052-418-3927", "054-7306185", "04-6944183", "050-692-1748"],
    "SE": ["070-418 29 37", "0143-124 83", "073-582 14 60"],
    "NO": ["412 83 927", "72 41 06 38", "926 14 507"],
    "DK": ["28 41 93 76", "62 52 18 47", "51 37 82 04"],
    "FI": ["040 418 2937", "050 736 4182", "019 276 3418", "044 591 2063"],
    "JP": ["090-4821-7396", "0166-92-3817", "026-247-5183", "080-3516-9274", "087-892-4137",
           "05769-6-1483", "070-2294-8851"],
    "KR": ["010-4827-3916", "041-951-2847", "010-9372-4158", "061-383-4072", "010-2581-6649"],
    "CN": ["138 0571 4926", "0573-8456 2917", "159 2183 7406", "0559-554 1382", "186 5530 9274"],
    "TW": ["0912-483-726", "03-9501827"],
    "TH": ["081 482 7395", "042 821 374", "089 306 2718", "034 752 916"],
    "VN": ["0912 483 726", "0903 517 284", "0219 3876 514", "0987 240 315"],
    "ID": ["0812-3748-2915", "0857 2048 3716", "(0361) 974218", "0813 9261 4507"],
    "PH": ["0917 482 3916", "0928 305 7461", "(074) 602 1837", "0995 284 1063"],
    "EG": ["010 2483 7916", "012 7305 6148"],
    "MA": ["06 61 48 29 37", "0535 56 21 84"],
    "JO": ["079 548 2173", "077 420 6931"],
    "AE": ["050 418 2937"],
}

# ---------------------------------------------------------------- dates of birth, typed by hand
DOB = {
    "adult": [(1991, 7, 22), (1984, 11, 3), (1976, 2, 17), (1969, 9, 30), (1995, 4, 8), (1982, 12, 25),
              (1973, 6, 11), (1988, 1, 29), (1990, 10, 5), (1967, 3, 19), (1979, 8, 14), (1986, 5, 27),
              (1998, 2, 2), (1971, 11, 16), (1993, 9, 9), (1964, 7, 4), (1977, 4, 23), (1985, 12, 1),
              (1962, 10, 28), (1999, 6, 18), (1981, 3, 7), (1974, 1, 13), (1989, 8, 31), (1966, 5, 20),
              (1992, 12, 12), (1970, 2, 26), (1983, 10, 10), (1996, 7, 3), (1960, 9, 15), (1987, 6, 6),
              (1975, 11, 29), (1968, 4, 2), (1994, 1, 21), (1980, 7, 17), (2001, 3, 25), (1963, 8, 8),
              (1978, 12, 4), (1972, 6, 24), (1997, 10, 19), (1965, 1, 7), (1984, 2, 9), (1991, 11, 27),
              (1969, 6, 1), (1975, 3, 31), (1987, 9, 13), (1993, 4, 16), (1961, 12, 23), (1980, 1, 5),
              (1995, 8, 28), (1972, 10, 2), (1983, 5, 11), (1999, 12, 30), (1966, 11, 9), (1977, 7, 7),
              (1989, 3, 3), (2000, 6, 14), (1962, 4, 26), (1986, 10, 20), (1974, 8, 19), (1990, 2, 22)],
    "old": [(1938, 4, 12), (1941, 9, 3), (1944, 12, 20), (1936, 7, 28), (1947, 2, 14), (1939, 11, 5),
            (1950, 6, 9), (1942, 1, 31), (1945, 8, 17), (1933, 3, 22), (1948, 10, 1), (1951, 5, 26),
            (1940, 2, 8), (1946, 12, 11), (1937, 6, 15), (1949, 9, 27), (1943, 4, 4), (1952, 7, 30),
            (1935, 10, 18), (1953, 1, 2), (1944, 6, 6), (1938, 12, 29), (1950, 3, 8), (1947, 11, 19),
            (1941, 5, 24), (1934, 8, 2), (1952, 2, 11), (1945, 10, 31)],
    "child": [(2015, 8, 19), (2012, 3, 6), (2018, 11, 23), (2010, 5, 14), (2016, 1, 9), (2013, 7, 2),
              (2019, 4, 27), (2011, 10, 30), (2014, 6, 12), (2017, 2, 3), (2009, 12, 8), (2020, 9, 16)],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
          "syyskuuta lokakuuta marraskuuta joulukuuta",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    "vi": "1 2 3 4 5 6 7 8 9 10 11 12",
}
MON = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(d, style):
    y, m, dd = d
    mo = MON["en"][m - 1]
    return {
        "dmy/": f"{dd:02d}/{m:02d}/{y}", "dmy.": f"{dd:02d}.{m:02d}.{y}", "dmy-": f"{dd:02d}-{m:02d}-{y}",
        "mdy/": f"{m:02d}/{dd:02d}/{y}", "md/y": f"{m}/{dd}/{y}", "iso": f"{y}-{m:02d}-{dd:02d}",
        "d/m/yy": f"{dd}/{m}/{y % 100:02d}", "d.m.y": f"{dd}.{m}.{y}", "ymd.": f"{y}.{m:02d}.{dd:02d}",
        "ymd/": f"{y}/{m:02d}/{dd:02d}", "dmonY": f"{dd:02d}-{mo[:3]}-{y}", "compact": f"{y}{m:02d}{dd:02d}",
        "en": f"{dd} {mo} {y}", "en_short": f"{dd} {mo[:3]} {y}", "en_th": f"{dd}{_th(dd)} {mo} {y}",
        "us": f"{mo} {dd}, {y}", "de": f"{dd}. {MON['de'][m - 1]} {y}", "fr": f"{dd} {MON['fr'][m - 1]} {y}",
        "es": f"{dd} de {MON['es'][m - 1]} de {y}", "it": f"{dd} {MON['it'][m - 1]} {y}",
        "pt": f"{dd} de {MON['pt'][m - 1]} de {y}", "nl": f"{dd} {MON['nl'][m - 1]} {y}",
        "pl": f"{dd} {MON['pl'][m - 1]} {y}", "cs": f"{dd}. {MON['cs'][m - 1]} {y}",
        "sv": f"{dd} {MON['sv'][m - 1]} {y}", "no": f"{dd}. {MON['no'][m - 1]} {y}",
        "da": f"{dd}. {MON['da'][m - 1]} {y}", "ro": f"{dd} {MON['ro'][m - 1]} {y}",
        "el": f"{dd} {MON['el'][m - 1]} {y}", "tr": f"{dd} {MON['tr'][m - 1]} {y}",
        "ru": f"{dd} {MON['ru'][m - 1]} {y}", "uk": f"{dd} {MON['uk'][m - 1]} {y}",
        "id": f"{dd} {MON['id'][m - 1]} {y}", "hu": f"{y}. {MON['hu'][m - 1]} {dd}.",
        "fi": f"{dd}. {MON['fi'][m - 1]} {y}", "ja": f"{y}年{m}月{dd}日", "zh": f"{y}年{m}月{dd}日",
        "ko": f"{y}년 {m}월 {dd}일", "th": f"{dd} {MON['th'][m - 1]} {y + 543}",
        "vi": f"ngày {dd} tháng {m} năm {y}", "he": f"{dd}.{m}.{y}", "ar": _ar_digits(f"{dd}/{m}/{y}"),
    }[style]


def _th(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _ar_digits(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


# ---------------------------------------------------------------- identity numbers, typed by hand
# Check digits were worked out once in a scratch session and typed in; check() verifies each one
# with the validators below. Where a number encodes a birth date or sex, its holder agrees.
def R(kind, v, p=None, dob=None):
    return {"kind": kind, "v": v, "p": p, "dob": dob}


IDS = {
    "nhs": [R("nhs", v) for v in ["612 039 8473", "703 158 2644", "519 846 3728", "431 907 6583",
                                  "826 341 9506", "947 250 1834", "358 016 4295", "4857620936",
                                  "2604173956", "574 902 1688"]],
    "kvnr": [R("kvnr", "K839204616", P("Renate", "Kühnel", "F", "German"), (1951, 8, 23)),
             R("kvnr", "E150378294", P("Jonas", "Eberhardt", "M", "German"), (1990, 2, 11)),
             R("kvnr", "D604182572", P("Hülya", "Demirtaş", "F", "Turkish German"), (1978, 5, 30)),
             R("kvnr", "B271903843", P("Bernd", "Bäumler", "M", "Franconian"), (1957, 6, 3))],
    "nir": [R("nir", "2 62 09 29 232 047 80", P("Sylvie", "Marchand", "F", "French"), (1962, 9, 14)),
            R("nir", "1 85 04 69 123 118 72", P("Karim", "Bensaïd", "M", "Algerian French"), (1985, 4, 2))],
    "dni": [R("dni", "47381925Q", P("Rocío", "Benítez Carmona", "F", "Andalusian"), (1974, 3, 12)),
            R("dni", "39062718R", P("Montserrat", "Vilalta i Ribas", "F", "Catalan"), (1958, 10, 7)),
            R("dni", "50817364Z", P("Andrés", "Ibáñez Soler", "M", "Spanish"), (1981, 1, 26)),
            R("dni", "21965043C", P("Ainhoa", "Etxeberria Goñi", "F", "Basque"), (1993, 5, 15))],
    "nie": [R("nie", "Y4821937R", P("Bogdan", "Ursu", "M", "Moldovan"), (1986, 9, 4))],
    "cf": [R("cf", "LPRRSR48S42G273G", P("Rosaria", "Lo Presti", "F", "Sicilian"), (1948, 11, 2)),
           R("cf", "FRRMTT93H17A944U", P("Matteo", "Ferraresi", "M", "Emilian"), (1993, 6, 17))],
    "bsn": [R("bsn", "284719353", P("Femke", "Oosterhuis", "F", "Dutch"), (1980, 4, 18)),
            R("bsn", "619304728", P("Youssef", "El Khatib", "M", "Moroccan Dutch"), (1972, 12, 9))],
    "pesel": [R("pesel", "46011906489", P("Halina", "Kaczmarczyk", "F", "Polish"), (1946, 1, 19))],
    "pnr": [R("pnr", "390708-2865", P("Birgitta", "Lindqvist", "F", "Swedish"), (1939, 7, 8))],
    "fnr": [R("fnr", "27035841747", P("Torbjørn", "Haugland", "M", "Norwegian"), (1958, 3, 27))],
    "cpr": [R("cpr", "151072-4018", P("Mette", "Kjeldsen", "F", "Danish"), (1972, 10, 15))],
    "hetu": [R("hetu", "290244-318X", P("Aino", "Rautiainen", "F", "Finnish"), (1944, 2, 29))],
    "rc": [R("rc", "565412/2738", P("Věra", "Doležalová", "F", "Czech"), (1956, 4, 12))],
    "tc": [R("tc", "38472915638", P("Emine", "Karakaya", "F", "Turkish"), (1961, 10, 3))],
    "cnp": [R("cnp", "2830721084178", P("Mihaela", "Dobrescu", "F", "Romanian"), (1983, 7, 21))],
    "amka": [R("amka", "09016728462", P("Παναγιώτα", "Σταυροπούλου", "F", "Greek",
                                        rom=("Panagiota", "Stavropoulou")), (1967, 1, 9))],
    "taj": [R("taj", "084 372 619", P("Ilona", "Bodnár", "F", "Hungarian", order="fg"), (1955, 3, 30))],
    "be": [R("be", "49.12.03-284.60", P("Micheline", "Lejeune", "F", "Walloon"), (1949, 12, 3))],
    "tw": [R("tw", "A281539070", P("怡君", "林", "F", "Taiwanese", order="fg", sep="",
                                   rom=("Yi-chun", "Lin")), (1986, 5, 19))],
    "ptnif": [R("ptnif", "217405932", P("Conceição", "Antunes Barros", "F", "Portuguese"), (1944, 8, 6)),
              R("ptnif", "263817458", P("Rui Miguel", "Teixeira", "M", "Portuguese"), (1977, 9, 22))],
    "cpf": [R("cpf", "538.271.946-28", P("Thiago", "Nogueira Lins", "M", "Brazilian"), (1989, 11, 14))],
    "cns": [R("cns", "708 5124 3967 2144", P("Raimunda", "Sousa Pimentel", "F", "Brazilian (Piauí)"),
              (1952, 2, 21))],
    "nik": [R("nik", "5104055508910003", P("Ni Luh Putu", "Ariani", "F", "Balinese"), (1991, 8, 15))],
    "cccd": [R("cccd", "001188047315", P("Thị Hồng Nhung", "Phạm", "F", "Vietnamese", order="fg",
                                         rom=("Nhung", "Pham")), (1988, 6, 27))],
    "il": [R("il", "314862756", P("שירה", "אלמוג", "F", "Israeli", rom=("Shira", "Almog")), (1990, 4, 1))],
    "aadhaar": [R("aadhaar", "7392 6184 0539", P("सुनीता", "वर्मा", "F", "Hindi", rom=("Sunita", "Verma")),
                  (1981, 1, 1))],
    "rrn": [R("rrn", "950308-2417360", P("하은", "정", "F", "Korean", order="fg", sep="",
                                         rom=("Haeun", "Jung")), (1995, 3, 8))],
    "cn": [R("cn", "330421197411304626", P("丽萍", "黄", "F", "Chinese (Zhejiang)", order="fg", sep="",
                                           rom=("Liping", "Huang")), (1974, 11, 30))],
    "mynum": [R("mynum", "4827 1630 9520", P("亮", "石川", "M", "Japanese", order="fg",
                                             rom=("Ryo", "Ishikawa")), (1968, 12, 5))],
    "thai": [R("thai", "3 5099 00718 42 9", P("สมศรี", "ใจดี", "F", "Thai (Chiang Mai)",
                                                rom=("Somsri", "Jaidee")), (1957, 4, 13))],
    "nric": [R("nric", "S8024719B", P("Hui Min", "Tan", "F", "Singaporean Chinese", order="fg"),
               (1980, 10, 2))],
    "za": [R("za", "690616 0314 086", P("Thandeka", "Mokoena", "F", "Sotho"), (1969, 6, 16))],
    "medicare": [R("medicare", "4281 73968 1", P("Kylie", "O'Halloran", "F", "Australian"), (1983, 5, 9))],
    "ppsn": [R("ppsn", "6283917Q", P("Declan", "Ó Súilleabháin", "M", "Irish"), (1971, 12, 30))],
    "curp": [R("curp", "HERG901212MOCRSD02", P("Guadalupe", "Hernández Ríos", "F", "Zapotec Mexican"),
               (1990, 12, 12))],
    "rnokpp": [R("rnokpp", "2765003627", P("Оксана", "Гнатюк", "F", "Ukrainian",
                                           rom=("Oksana", "Hnatiuk")), (1975, 9, 14))],
    "snils": [R("snils", "148-273-906 88", P("Лариса", "Тихонова", "F", "Russian",
                                              rom=("Larisa", "Tikhonova")), (1959, 7, 7))],
    "nino": [R("nino", "JP 41 72 93 C", P("Terence", "Mulholland", "M", "Northern Irish"), (1958, 11, 21))],
    "ssn": [R("ssn", "523-71-4086", P("Dolores", "Whitfield", "F", "US"), (1957, 2, 19)),
            R("ssn", "287-40-6153", P("Tyrone", "Beasley", "M", "African American"), (1982, 8, 11))],
}
CARDS = ["4539 1720 4816 3728", "5427 0831 6429 0587", "3742 819503 61042", "4916230751843390",
         "5163 9402 7785 1043"]
IBANS = {"GB": "GB87 BARC 2037 1563 9284 71", "DE": "DE53 6905 0001 0024 7183 65",
         "NL": "NL14RABO0314827659", "BE": "BE70 0634 8271 9525",
         "IT": "IT75 J050 3411 2000 0000 4718 263", "ES": "ES21 2100 0418 4802 0058 3714",
         "FR": "FR76 3000 4008 1900 0126 4837 505", "DE2": "DE14430609670284173900"}
IPS = ["86.147.3.201", "81.102.77.139", "109.155.42.18", "2a00:23c7:8f1a:5e01::1b4"]


# ---------------------------------------------------------------- validators used by check()
def _digits(s):
    return re.sub(r"[^0-9A-Za-z]", "", s)


def luhn_ok(s):
    s = _digits(s)
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


def v_nhs(s):
    s = _digits(s)
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(s[:9])) % 11
    r = 0 if r == 11 else r
    return len(s) == 10 and r != 10 and r == int(s[9])


def v_kvnr(s):
    n = f"{ord(s[0]) - 64:02d}" + s[1:9]
    tot = 0
    for i, c in enumerate(n):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return len(s) == 10 and tot % 10 == int(s[9])


def v_nir(s):
    s = _digits(s)
    return len(s) == 15 and 97 - int(s[:13]) % 97 == int(s[13:])


def v_dni(s):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(s[:8]) % 23] == s[8]


def v_nie(s):
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(s[0]).__str__() + s[1:8]) % 23] == s[8]


def v_cf(s):
    odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3,
                    6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
    even = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    tot = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(s[:15]))
    return chr(65 + tot % 26) == s[15]


def v_bsn(s):
    return sum(int(c) * w for c, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0


def v_pesel(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return (10 - sum(int(c) * x for c, x in zip(s, w)) % 10) % 10 == int(s[10])


def v_fnr(s):
    k1 = 11 - sum(int(c) * w for c, w in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k2 = 11 - sum(int(c) * w for c, w in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    return (k1 % 11) == int(s[9]) and (k2 % 11) == int(s[10])


def v_cpr(s):
    s = _digits(s)
    return sum(int(c) * w for c, w in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0


def v_hetu(s):
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(s[:6] + s[7:10]) % 31] == s[10]


def v_rc(s):
    return int(_digits(s)) % 11 == 0


def v_tc(s):
    d = [int(c) for c in s]
    return d[0] != 0 and ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - sum(d[1:8:2])) % 10 == d[9] \
        and sum(d[:10]) % 10 == d[10]


def v_cnp(s):
    r = sum(int(a) * int(b) for a, b in zip(s, "279146358279")) % 11
    return (1 if r == 10 else r) == int(s[12])


def v_taj(s):
    s = _digits(s)
    return sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(s[:8])) % 10 == int(s[8])


def v_be(s):
    s = _digits(s)
    n = int(s[:9]) if s[:2] > "25" else int("2" + s[:9])
    return 97 - n % 97 == int(s[9:])


def v_tw(s):
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    v = codes[s[0]]
    d = [v // 10, v % 10] + [int(c) for c in s[1:]]
    return sum(a * b for a, b in zip(d, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 == 0


def v_ptnif(s):
    r = sum(int(c) * (9 - i) for i, c in enumerate(s[:8])) % 11
    return (0 if r < 2 else 11 - r) == int(s[8])


def v_cpf(s):
    d = [int(c) for c in _digits(s)]
    c1 = sum(a * b for a, b in zip(d[:9], range(10, 1, -1))) * 10 % 11 % 10
    c2 = sum(a * b for a, b in zip(d[:10], range(11, 1, -1))) * 10 % 11 % 10
    return c1 == d[9] and c2 == d[10]


def v_cns(s):
    s = _digits(s)
    return len(s) == 15 and sum(int(c) * (15 - i) for i, c in enumerate(s)) % 11 == 0


def v_il(s):
    tot = 0
    for i, ch in enumerate(s):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        tot += x // 10 + x % 10
    return len(s) == 9 and tot % 10 == 0


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def v_aadhaar(s):
    s = _digits(s)
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return len(s) == 12 and s[0] not in "01" and c == 0


def v_rrn(s):
    s = _digits(s)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10 == int(s[12])


def v_cn(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11] == s[17]


def v_mynum(s):
    s = _digits(s)
    tot = sum(int(s[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = tot % 11
    return (0 if r <= 1 else 11 - r) == int(s[11])


def v_thai(s):
    s = _digits(s)
    return (11 - sum(int(c) * (13 - i) for i, c in enumerate(s[:12])) % 11) % 10 == int(s[12])


def v_nric(s):
    tot = sum(int(a) * b for a, b in zip(s[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if s[0] in "TG" else 0)
    return "JZIHGFEDCBA"[tot % 11] == s[8]


def v_za(s):
    return luhn_ok(s) and len(_digits(s)) == 13


def v_medicare(s):
    s = _digits(s)
    return sum(int(a) * b for a, b in zip(s[:8], [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(s[8]) and s[0] in "23456"


def v_ppsn(s):
    tot = sum(int(c) * (8 - i) for i, c in enumerate(s[:7]))
    if len(s) == 9:
        tot += 9 * (ord(s[8]) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] == s[7]


def v_curp(s):
    dic = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    return (10 - sum(dic.index(c) * (18 - i) for i, c in enumerate(s[:17])) % 10) % 10 == int(s[17])


def v_rnokpp(s):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return sum(int(a) * x for a, x in zip(s, w)) % 11 % 10 == int(s[9])


def v_snils(s):
    s = _digits(s)
    tot = sum(int(c) * (9 - i) for i, c in enumerate(s[:9]))
    tot = tot % 101 if tot > 101 else tot
    return (0 if tot in (100, 101) else tot) == int(s[9:])


def v_nino(s):
    s = _digits(s)
    return (bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))
            and s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def v_ssn(s):
    a, g, n = s.split("-")
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def v_nik(s, dob, sex):
    dd = dob[2] + (40 if sex == "F" else 0)
    return len(s) == 16 and s[6:12] == f"{dd:02d}{dob[1]:02d}{dob[0] % 100:02d}"


def v_cccd(s, dob, sex):
    c = (0 if dob[0] < 2000 else 2) + (1 if sex == "F" else 0)
    return len(s) == 12 and s[3] == str(c) and s[4:6] == f"{dob[0] % 100:02d}"


def iban_ok(s):
    s = _digits(s).upper()
    n = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    if int(n) % 97 != 1:
        return False
    b = s[4:]
    if s[:2] == "BE":
        r = int(b[:10]) % 97
        return (r or 97) == int(b[10:12])
    if s[:2] == "FR":
        return 97 - (89 * int(b[:5]) + 15 * int(b[5:10]) + 3 * int(b[10:21])) % 97 == int(b[21:23])
    if s[:2] == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(ds):
            r = 11 - sum(int(a) * x for a, x in zip(ds.rjust(10, "0"), w)) % 11
            return {10: 1, 11: 0}.get(r, r)
        return dc("00" + b[:8]) == int(b[8]) and dc(b[10:]) == int(b[9])
    if s[:2] == "IT":
        odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
        tot = 0
        for i, c in enumerate(b[1:]):
            v = int(c) if c.isdigit() else ord(c) - 65
            tot += odd[v] if i % 2 == 0 else v
        return chr(65 + tot % 26) == b[0]
    return True


def _sex_ok(rec):
    k, v, p, dob = rec["kind"], _digits(rec["v"]), rec["p"], rec["dob"]
    f = p.sex == "F" if p else None
    y, m, d = dob if dob else (0, 0, 0)
    yy = f"{y % 100:02d}"
    if k == "nir":
        return v[0] == ("2" if f else "1") and v[1:5] == f"{yy}{m:02d}"
    if k == "pesel":
        return v[:6] == f"{yy}{m:02d}{d:02d}" and int(v[9]) % 2 == (0 if f else 1)
    if k in ("pnr", "cpr"):
        return v[:6] == (f"{yy}{m:02d}{d:02d}" if k == "pnr" else f"{d:02d}{m:02d}{yy}") \
            and int(v[8 if k == "pnr" else 9]) % 2 == (0 if f else 1)
    if k == "fnr":
        return v[:6] == f"{d:02d}{m:02d}{yy}" and int(v[8]) % 2 == (0 if f else 1)
    if k == "hetu":
        return v[:6] == f"{d:02d}{m:02d}{yy}" and int(v[6:9]) % 2 == (0 if f else 1)
    if k == "rc":
        return v[:6] == f"{yy}{m + (50 if f else 0):02d}{d:02d}"
    if k == "cnp":
        return v[0] == ("2" if f else "1") and v[1:7] == f"{yy}{m:02d}{d:02d}"
    if k == "amka":
        return v[:6] == f"{d:02d}{m:02d}{yy}"
    if k == "be":
        return v[:6] == f"{yy}{m:02d}{d:02d}" and int(v[6:9]) % 2 == (0 if f else 1)
    if k == "tw":
        return v[1] == ("2" if f else "1")
    if k == "rrn":
        return v[:6] == f"{yy}{m:02d}{d:02d}" and v[6] == ("2" if f else "1")
    if k == "cn":
        return v[6:14] == f"{y}{m:02d}{d:02d}" and int(v[16]) % 2 == (0 if f else 1)
    if k == "za":
        return v[:6] == f"{yy}{m:02d}{d:02d}" and (int(v[6:10]) < 5000) == f
    if k == "curp":
        return v[4:10] == f"{yy}{m:02d}{d:02d}" and v[10] == ("M" if f else "H")
    if k == "rnokpp":
        import datetime
        return int(v[:5]) == (datetime.date(y, m, d) - datetime.date(1899, 12, 31)).days \
            and int(v[8]) % 2 == (0 if f else 1)
    if k == "nric":
        return v[1:3] == yy
    if k == "kvnr":
        return v[0] == ascii_fold(p.f)[0].upper()
    if k == "nik":
        return v_nik(v, dob, p.sex)
    if k == "cccd":
        return v_cccd(v, dob, p.sex)
    return True


VALID = {"nhs": v_nhs, "kvnr": v_kvnr, "nir": v_nir, "dni": v_dni, "nie": v_nie, "cf": v_cf, "bsn": v_bsn,
         "pesel": v_pesel, "pnr": lambda s: luhn_ok(s), "fnr": v_fnr, "cpr": v_cpr, "hetu": v_hetu,
         "rc": v_rc, "tc": v_tc, "cnp": v_cnp, "amka": luhn_ok, "taj": v_taj, "be": v_be, "tw": v_tw,
         "ptnif": v_ptnif, "cpf": v_cpf, "cns": v_cns, "il": v_il, "aadhaar": v_aadhaar, "rrn": v_rrn,
         "cn": v_cn, "mynum": v_mynum, "thai": v_thai, "nric": v_nric, "za": v_za, "medicare": v_medicare,
         "ppsn": v_ppsn, "curp": v_curp, "rnokpp": v_rnokpp, "snils": v_snils, "nino": v_nino, "ssn": v_ssn,
         "nik": lambda s: True, "cccd": lambda s: True}


# ---------------------------------------------------------------- drawing values
DOMAINS = {
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
           "sky.com", "talktalk.net"],
    "IE": ["eircom.net", "gmail.com"], "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net"],
    "CA": ["videotron.ca", "shaw.ca"], "AU": ["bigpond.com", "optusnet.com.au"], "NZ": ["xtra.co.nz"],
    "ZA": ["webmail.co.za", "telkomsa.net"], "KE": ["gmail.com", "yahoo.co.ke"], "SG": ["singnet.com.sg"],
    "DE": ["web.de", "gmx.de", "t-online.de"], "AT": ["aon.at", "gmx.at"], "CH": ["bluewin.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"], "BE": ["telenet.be", "skynet.be"],
    "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"], "ES": ["gmail.com", "hotmail.es", "yahoo.es"],
    "IT": ["libero.it", "virgilio.it", "alice.it"], "PT": ["sapo.pt"], "BR": ["uol.com.br", "bol.com.br"],
    "PL": ["wp.pl", "onet.pl", "interia.pl"], "CZ": ["seznam.cz", "email.cz"], "JP": ["docomo.ne.jp"],
    "KR": ["naver.com", "daum.net"], "CN": ["qq.com", "163.com"], "RU": ["yandex.ru", "mail.ru"],
    "UA": ["ukr.net", "i.ua"], "TR": ["hotmail.com", "yandex.com.tr"], "GR": ["otenet.gr"],
    "SE": ["telia.com"], "NO": ["online.no"], "DK": ["mail.dk"], "FI": ["elisanet.fi"],
    "IL": ["walla.co.il"], "MX": ["prodigy.net.mx"], "IN": ["rediffmail.com"], "ID": ["yahoo.co.id"],
    "PH": ["yahoo.com.ph"], "TH": ["hotmail.co.th"], "VN": ["gmail.com"], "HU": ["freemail.hu"],
    "RO": ["yahoo.ro"], "AR": ["gmail.com"],
}
MAIL_STYLES = ["g.f", "gf", "g_f", "f.g", "if", "i.f", "g.if"]


class Fill:
    def __init__(self, rng):
        self.rng = rng
        self.use = Counter()
        self.row = set()
        self.tpl = set()

    def start_row(self):
        self.row = set()

    def start_template(self):
        self.tpl = set()

    def _pick(self, key, items, ok=None):
        cands = [i for i, x in enumerate(items) if (key, i) not in self.row and (ok is None or ok(x))]
        fresh = [i for i in cands if (key, i) not in self.tpl]
        cands = fresh or cands
        lo = min(self.use[(key, i)] for i in cands)
        i = self.rng.choice([i for i in cands if self.use[(key, i)] == lo])
        self.use[(key, i)] += 1
        self.row.add((key, i))
        self.tpl.add((key, i))
        return items[i]

    def _take(self, key, items):
        """Values that may appear in one row only (phones, IDs, cards, IBANs, IPs)."""
        cands = [i for i in range(len(items)) if self.use[(key, i)] == 0]
        if not cands:
            raise SystemExit(f"pool {key} is used up: type in more values")
        i = self.rng.choice(cands)
        self.use[(key, i)] += 1
        return items[i]

    def p(self, pool="world", sex=None):
        return self._pick("p:" + pool, POOLS[pool], None if sex is None else (lambda x: x.sex == sex))

    def a(self, cc):
        return self._pick("a:" + cc, ADDR[cc])

    def t(self, cc):
        key = {"GB": "GBm"}.get(cc, cc)
        return T(self._take("t:" + key, PHONES[key]))

    def d(self, kind="adult", style="dmy/"):
        return D(fmt_date(self._pick("d:" + kind, DOB[kind]), style))

    def d_raw(self, kind, ok=None):
        return self._pick("d:" + kind, DOB[kind], ok)

    def rec(self, kind, ok=None):
        key = "id:" + kind
        cands = [i for i, x in enumerate(IDS[kind]) if self.use[(key, i)] == 0 and (ok is None or ok(x))]
        if not cands:
            raise SystemExit(f"pool {key} is used up: type in more values")
        i = self.rng.choice(cands)
        self.use[(key, i)] += 1
        return IDS[kind][i]

    def card(self):
        return CARD(self._take("card", CARDS))

    def ip(self):
        return IP(self._take("ip", IPS))

    def iban(self, cc):
        key = "iban:" + cc
        if self.use[key]:
            raise SystemExit(f"IBAN {cc} used twice")
        self.use[key] += 1
        return IBAN(IBANS[cc])

    def mail(self, p, cc, style=None, num=None):
        style = style or self.rng.choice(MAIL_STYLES)
        if num is None:
            num = self.rng.choice(["", "", "", str(self.rng.randint(2, 99))])
        return E(p.mail(style, self.rng.choice(DOMAINS[cc]), num))


def nm(p):
    return N(p.full)


def gv(p):
    return N(p.g)


def fm(p):
    return N(p.f)


def rdob(r, style):
    return D(fmt_date(r["dob"], style))


def rid(r):
    return ID(r["v"])


TEMPLATES = []


def tpl(cls, name, lang, n=2, case=None):
    """Register a template: fn(f, i) returns a marked row; case is None, 'lower', 'upper' or a tuple per row."""
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


def clean(cls, name, lang, texts=None, case=None):
    """A PII-free template: its rows are typed out whole."""
    TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": len(texts), "case": case,
                      "fn": lambda f, i: texts[i]})


# ================================================================ personal_pharmacy
C = "personal_pharmacy"


@tpl(C, "repeat_rx_email", "en")
def _(f, i):
    p = f.p(sex="FM"[i])
    a = f.a("GB")
    pr = ["her", "his"][i]
    return (f"Can you help me word a polite reply to this? Patient wants {pr} repeat early because of a trip, "
            f"and the GP hasn't signed it yet.\n\n"
            f"> Hi there, I'd like to order my repeat prescription please - Amlodipine 5mg, Atorvastatin 20mg and "
            f"the Fostair inhaler. I'm off to Tenerife on the 14th so could it be ready by Friday?\n"
            f"> Many thanks,\n> {nm(p)}\n> DOB {f.d('adult' if i else 'old', 'dmy/')}\n"
            f"> {a.one()}\n> {f.t('GB')}")


@tpl(C, "delivery_log_csv", "en")
def _(f, i):
    rows = []
    cc = ["GB", "IE"][i]
    for k in range(3):
        p, a = f.p(), f.a(cc)
        item = ["2 bags (blister + Humira pen)", "Nomad tray wk 12", "Oramorph + Fortisip x14"][k]
        rows.append(f"2024-03-1{i + 1},{nm(p)},\"{a.L('street')}, {a.L('town')}\",{a.L('pc')},"
                    f"{f.t(cc)},\"{item}\",{'YNN'[k] if i else 'NYN'[k]}")
    drv = f.p(sex="M")
    return ("Our delivery sheet exported weird. Sort it by postcode and flag the ones that need a fridge bag?\n\n"
            "run_date,patient,address,postcode,phone,items,fridge\n" + "\n".join(rows)
            + f"\n\n(driver today is {gv(drv)}, he does the rural run first)")


@tpl(C, "dispensary_handover_lower", "en", case="lower")
def _(f, i):
    p1, p2, p3 = f.p(), f.p(sex="M"), f.p(sex="F")
    kin = f.p(sex="F")
    if i == 0:
        return (f"tidy these dispensary handover notes into bullets pls\n\n"
                f"- {nm(p1)} dob {f.d('adult', 'dmy/')} collected methotrexate, reminded re folic acid (not on "
                f"the same day!!)\n- {nm(p2)}'s daughter {gv(kin)} picking up his dosette tomorrow, ring "
                f"her on {f.t('GB')} if its not ready\n- mrs {fm(p3)} asked again abt the calpol shortage, said "
                f"we'd text her")
    return (f"can u turn this into a proper handover for tomorrows locum\n\n"
            f"{nm(p1)} - owing 2 x epipen, wholesaler says thurs. mob {f.t('GB')}\n"
            f"mr {fm(p2)} ({f.d('old', 'dmy/')}) query on the new sertraline dose, dr wants a call back\n"
            f"{nm(p3)} - left her nebuliser chambers at the counter, in the drawer under the till\n"
            f"{gv(kin)} from the care home rang twice re mar charts")


@tpl(C, "travel_clinic_form", "en", n=3)
def _(f, i):
    p = f.p(sex="F") if i == 1 else f.p()
    cc = ["GB", "IE", "AU"][i]
    a = f.a(cc)
    dest = ["Ghana and Togo, 3 weeks from 2 Nov", "Peru (Cusco + Amazon lodge), leaves 19 Jan",
            "Vietnam and Cambodia, backpacking 2 months from March"][i]
    need = ["yellow fever (Stamaril) + certificate, typhoid (Vivotif or Typhim Vi?), malaria tablets - asked "
            "about Malarone vs doxycycline",
            "yellow fever, rabies x3 (Rabipur), altitude - wants to know if Diamox is ok with her HRT",
            "Japanese encephalitis (Ixiaro) x2, typhoid, hep A booster - asked if Dukoral is worth it"][i]
    return (f"Travel clinic booking. Check nothing's missing before I pass it to the nurse:\n\n"
            f"Name: {nm(p)}\nDate of birth: {f.d('adult', 'en')}\nAddress: {a.one()}\n"
            f"Phone: {f.t(cc)}\nEmail: {f.mail(p, cc)}\nDestination: {dest}\nNeeds: {need}\n"
            f"Previous: Twinrix course 2019, Revaxis 2015")


@tpl(C, "rezept_bestellung_de", "de")
def _(f, i):
    r = f.rec("kvnr")
    p = r["p"]
    a = f.a("DE")
    meds = ["mein L-Thyroxin 75 und die Novaminsulfon-Tropfen", "Ramipril 5 mg, Bisoprolol und das Voltaren Gel"][i]
    return (f"Kannst du diese E-Mail an unsere Apotheke etwas freundlicher formulieren?\n\n"
            f"Hallo, ich brauche wieder {meds}. Das E-Rezept hat die Praxis heute geschickt. Bitte wie immer "
            f"nach Hause liefern:\n{nm(p)}\n{a.block()}\nVersichertennummer: {rid(r)}\n"
            f"geb. {rdob(r, 'dmy.')}\nTel. {f.t('DE')}\nGruß {nm(p)}")


@tpl(C, "renouvellement_fr", "fr")
def _(f, i):
    r = f.rec("nir")
    p = r["p"]
    a = f.a("FR")
    return (f"Bonjour, pouvez-vous m'aider à remplir ce formulaire de la pharmacie pour le renouvellement ? "
            f"Voici mes infos :\n\nNom : {N(p.f.upper())}   Prénom : {gv(p)}\n"
            f"Né{'e' if p.sex == 'F' else ''} le : {rdob(r, 'dmy/')}\nN° de sécurité sociale : {rid(r)}\n"
            f"Adresse : {a.one()}\nTél. : {f.t('FR')}\nMutuelle : MGEN\n"
            f"Traitement : {['Lévothyrox 100, Doliprane 1000', 'Kardégic 75, Tahor 20, Inexium'][i]}")


@tpl(C, "farmacia_whatsapp_es", "es", case=(None, "lower"))
def _(f, i):
    r = f.rec("dni", lambda x: x["p"].sex == "F" and x["dob"][0] < 1980)
    m = r["p"]
    p = f.p("es")
    a = f.a("ES")
    return (f"Traduce al inglés este chat de WhatsApp con la farmacia, es para mi hermano que vive en Leeds:\n\n"
            f"[09:12] Farmacia: Buenos días, ¿a nombre de quién está la receta?\n"
            f"[09:13] {nm(p)}: A nombre de mi madre, {nm(m)}. Su DNI es {rid(r)}\n"
            f"[09:15] Farmacia: Perfecto. El Sintrom ya está, el Adiro lo pedimos para mañana.\n"
            f"[09:16] {gv(p)}: ¿Lo podéis llevar a casa? {a.one()}. Mi teléfono {f.t('ES')}\n"
            f"[09:17] Farmacia: Sí, a partir de las 17h.")


@tpl(C, "consegna_domicilio_it", "it", n=1)
def _(f, i):
    r = f.rec("cf")
    p = r["p"]
    d = f.p("it", sex="F")
    a = f.a("IT")
    return (f"Riassumi questa nota in due righe per il fattorino:\n\nCONSEGNA A DOMICILIO – Farmacia Comunale\n"
            f"Paziente: {N(p.f.upper() + ' ' + p.g.upper())}   C.F. {rid(r)}\n"
            f"Indirizzo: {a.one()} – citofono {N(p.f.upper())}\n"
            f"Telefono figlia ({gv(d)}): {f.t('IT')}\n"
            f"Farmaci: Eutirox 50, Cardioaspirin, Pantorc 20. Esente ticket. Lasciare al portiere se assente.")


@tpl(C, "herhaalrecept_nl", "nl", n=1)
def _(f, i):
    r = f.rec("bsn")
    p = r["p"]
    a = f.a("NL")
    return (f"Kun je dit bericht voor de apotheek korter maken?\n\n"
            f"Beste apotheek, mijn herhaalrecept voor Omeprazol 20 en de Seretide-inhalator staat in de app maar "
            f"ik krijg steeds een foutmelding. Mijn gegevens: {nm(p)}, geboren {rdob(r, 'nl')}, BSN {rid(r)}, "
            f"{a.one()}. Bel me gerust op {f.t('NL')}. Groetjes, {gv(p)}")


@tpl(C, "erecepta_pl", "pl", n=1)
def _(f, i):
    r = f.rec("pesel")
    p = r["p"]
    s = f.p("pl", sex="M")
    a = f.a("PL")
    return (f"Przetłumacz na angielski, to wiadomość do apteki od mojego taty:\n\n"
            f"Dzień dobry, odbieram leki dla mamy, {nm(p)}, PESEL {rid(r)}. Kod e-recepty przyślę SMS-em. "
            f"Czy mogą Państwo przygotować Polocard i Bisocard? Adres do dostawy: {a.one()}. "
            f"Telefon: {f.t('PL')}. Pozdrawiam, {nm(s)}")


@tpl(C, "haitatsu_ja", "ja", n=1)
def _(f, i):
    p = f.p("ja")
    d = f.p("ja", sex="F")
    a = f.a("JP")
    note = ["インスリン（ノボラピッド）要冷蔵。", "湿布（モーラステープ）と一包化の袋。"][i]
    return (f"この配達記録を英語に訳してください。\n\n配達日：3月{8 + i}日\n患者名：{nm(p)} 様"
            f"（{f.d('old', 'ja')}生）\n住所：{a.one(' ')}\n電話：{f.t('JP')}\n"
            f"備考：{note}不在時は長女の{nm(d)}様（{f.t('JP')}）へ連絡。")


@tpl(C, "delivery_sql", "en")
def _(f, i):
    vals = []
    for k in range(2):
        p, a = f.p(), f.a("GB")
        vals.append(f" ('{nm(p)}', '{f.d('old' if k else 'adult', 'iso')}', '{a.L('street')}', "
                    f"'{a.L('town')}', '{a.L('pc')}', '{f.t('GB')}', '{'AM' if k else 'PM'}')")
    return ("Why does this insert fail on the second row? Postgres says value too long for type "
            "character varying(12).\n\nINSERT INTO home_delivery (patient_name, dob, address_1, town, postcode, "
            "phone, slot) VALUES\n" + ",\n".join(vals) + ";")


@tpl(C, "owings_keyerror", "en", n=1)
def _(f, i):
    p, q = f.p(), f.p()
    a, b = f.a("GB"), f.a("GB")
    return ("Why does this crash with KeyError: 'postcode'?\n\nowings = [\n"
            f"    {{\"name\": \"{nm(p)}\", \"phone\": \"{f.t('GB')}\", \"postcode\": \"{a.L('pc')}\", "
            f"\"item\": \"Creon 25000\"}},\n"
            f"    {{\"name\": \"{nm(q)}\", \"phone\": \"{f.t('GB')}\", \"post_code\": \"{b.L('pc')}\", "
            f"\"item\": \"Estradot 50\"}},\n]\nfor o in owings:\n    print(o[\"name\"], o[\"postcode\"])")


@tpl(C, "mds_tray_yaml", "en")
def _(f, i):
    out = ["Convert this YAML into a table I can print for the MDS wall chart:\n\npatients:"]
    for k in range(2):
        p, c = f.p(), f.p()
        tray = ['weekly, Venalink', 'Nomad Clear, 28 day'][k]
        out.append(f"  - name: {nm(p)}\n    dob: {f.d('old', 'iso')}\n    tray: {tray}"
                   f"\n    carer: {nm(c)}\n    carer_phone: \"{f.t(['GB', 'NZ'][i])}\"")
    return "\n".join(out)


@tpl(C, "apotek_ombud_sv", "sv", n=1)
def _(f, i):
    r = f.rec("pnr")
    p = r["p"]
    o = f.p("sv", sex="M")
    a = f.a("SE")
    return (f"Skriv om det här så att det låter mer formellt, det är en fullmakt till apoteket:\n\n"
            f"Jag, {nm(p)} ({rid(r)}), ger min granne {nm(o)} rätt att hämta ut mina läkemedel "
            f"(Waran och Trombyl). Jag bor på {a.one()}. Ring {f.t('SE')} om något är oklart. /{gv(p)}")


@tpl(C, "saydaliya_ar", "ar", n=1)
def _(f, i):
    p = f.p("ar")
    cc = ["EG", "JO"][i]
    a = f.a(cc)
    return (f"ترجم هذه الرسالة إلى الإنجليزية من فضلك:\n\nمرحباً، أنا {nm(p)}. أريد توصيل دواء الضغط "
            f"(كونكور) وشريط قياس السكر (أكيو-تشيك) إلى البيت: {a.one('، ')}. رقم هاتفي {f.t(cc)}. "
            f"شكراً جزيلاً، {gv(p)}")


@tpl(C, "us_pharmacy_insurance", "en", n=1)
def _(f, i):
    r = f.rec("ssn", lambda x: x["p"].sex == "F")
    p = r["p"]
    a = f.a("US")
    return (f"Is it normal for a pharmacy to ask for all of this? This is the new patient form my mom filled in "
            f"at the counter:\n\nPatient: {nm(p)}\nDOB: {rdob(r, 'mdy/')}\nSSN: {SSN(r['v'])}\n"
            f"Address: {a.one()}\nPhone: {f.t('US')}\nCard on file: {f.card()} exp 09/27\n"
            f"Plan: Medicare Part D (SilverScript)")


@tpl(C, "farmacia_pt", "pt", n=1)
def _(f, i):
    r = f.rec("ptnif", lambda x: x["p"].sex == "F")
    p = r["p"]
    a = f.a("PT")
    return (f"Podes corrigir os erros deste e-mail para a farmácia?\n\nBoa tarde, sou a {nm(p)}, NIF {rid(r)}, "
            f"nascida a {rdob(r, 'pt')}. Gostaria que me entregassem a receita do Victan e do Brufen em casa, "
            f"{a.one()}. O meu contacto é {f.t('PT')}. Obrigada, {nm(p)}")


@tpl(C, "dawa_delivery_hi", "hi", n=1)
def _(f, i):
    p = f.p("hi", sex="M")
    a = f.a("IN")
    return (f"इस संदेश को अंग्रेज़ी में लिखिए, केमिस्ट को भेजना है:\n\nनमस्ते, मैं {nm(p)} बोल रहा हूँ। "
            f"पापा की शुगर की दवा (ग्लाइकोमेट) और डोलो 650 घर भेज दीजिए। पता: {a.one()}। फ़ोन: {f.t('IN')}। "
            f"धन्यवाद।")


@tpl(C, "raan_ya_th", "th", n=1)
def _(f, i):
    p = f.p("th", sex="F")
    a = f.a("TH")
    return (f"ช่วยแปลข้อความนี้เป็นภาษาอังกฤษหน่อยค่ะ\n\nสวัสดีค่ะ ร้านยา ดิฉันชื่อ {nm(p)} อยากสั่งยาความดัน "
            f"(อัมโลดิปีน) และพาราเซตามอล ส่งที่ {a.one(' ')} เบอร์โทร {f.t('TH')} ขอบคุณค่ะ")


# ================================================================ personal_dental
C = "personal_dental"


@tpl(C, "recall_table_md", "en", n=3)
def _(f, i):
    lines = ["| patient | DOB | phone | last exam | note |", "|---|---|---|---|---|"]
    notes = [["6m recall, hygienist", "needs new bitewings", "Oral-B brush demo"],
             ["9m recall", "child, fissure sealants", "crown prep booked?"],
             ["child, fluoride varnish", "12m recall", "implant review (Nobel Biocare)"]][i]
    for k in range(3):
        p = f.p()
        kind = "child" if notes[k].startswith("child") else "adult"
        lines.append(f"| {nm(p)} | {f.d(kind, 'dmy/')} | {f.t(['GB', 'NZ', 'IE'][i])} | "
                     f"{['Sep', 'Oct', 'Nov'][k]} 2023 | {notes[k]} |")
    ask = ["Write a recall text for each of these, friendly, under 160 characters:",
           "Which of these are overdue if recall is 6 months? Today is 4 April.",
           "Put these in a CSV for the reminder batch, phone first:"][i]
    return ask + "\n\n" + "\n".join(lines)


@tpl(C, "cancel_sms_log", "en", case=(None, "lower"))
def _(f, i):
    out = []
    for k in range(3):
        p = f.p()
        msg = ["CANCEL pls, cant make thurs", "can i move to after 4? ta", "Sorry running 10 min late"][k]
        out.append(f"2024-02-0{k + 5} 08:{14 + k * 7}:03 IN  from={f.t(['GB', 'AU'][i])} "
                   f"name=\"{nm(p)}\" body=\"{msg}\"")
    return ("Our SMS gateway log from the dental reminders. Which replies should create a cancellation task?\n\n"
            + "\n".join(out))


@tpl(C, "nhs_dental_claim_caps", "en", n=1, case="upper")
def _(f, i):
    r = f.rec("nino")
    p = r["p"]
    a = f.a("GB")
    return (f"retype this claim header for me, the scan is bad\n\nPATIENT SURNAME: {fm(p)}\nFORENAMES: {gv(p)}\n"
            f"DATE OF BIRTH: {rdob(r, 'dmy/')}\nADDRESS: {a.one()}\nNI NUMBER: {rid(r)}\n"
            f"EXEMPTION: JOBSEEKER'S ALLOWANCE\nCOURSE: BAND 2 - 2 X FILLINGS, SCALE AND POLISH")


@tpl(C, "zahnarzt_termin_de", "de", n=1)
def _(f, i):
    cc = "AT"
    p = f.p("de")
    a = f.a(cc)
    anrede = "Sehr geehrte Frau" if p.sex == "F" else "Sehr geehrter Herr"
    doc = f.p("de")
    return (f"Bitte formuliere diese Terminbestätigung kürzer:\n\n{nm(p)}\n{a.block()}\n\n"
            f"{anrede} {fm(p)},\nhiermit bestätigen wir Ihren Termin zur professionellen Zahnreinigung am "
            f"{12 + i}.03. um 10:30 Uhr bei {'Frau' if doc.sex == 'F' else 'Herrn'} Dr. {fm(doc)}. "
            f"Bitte bringen Sie Ihre Versichertenkarte mit. Rückfragen unter der Nummer auf Ihrer Karte oder "
            f"per SMS an {f.t(cc)} (Ihre hinterlegte Mobilnummer).")


@tpl(C, "devis_mutuelle_fr", "fr", n=1)
def _(f, i):
    p = f.p("fr", sex="F")
    a = f.a("FR")
    return (f"Aidez-moi à rédiger un mail à ma mutuelle pour le remboursement de mon implant.\n\n"
            f"Infos : {nm(p)}, {a.one()}, tél. {f.t('FR')}, {f.mail(p, 'FR')}. Devis du Dr {fm(f.p('fr'))} "
            f"(implant Straumann + couronne céramique) : 2 340 €. Remboursement sur mon compte "
            f"{f.iban('FR')}. Adhérente depuis 2011.")


@tpl(C, "presupuesto_dental_es", "es", n=1)
def _(f, i):
    r = f.rec("nie")
    p = r["p"]
    a = f.a("ES")
    return (f"¿Me ayudas a entender este presupuesto de la clínica dental? Lo traduzco al rumano después.\n\n"
            f"Paciente: {nm(p)}  NIE: {rid(r)}\nFecha de nacimiento: {rdob(r, 'dmy/')}\n"
            f"Domicilio: {a.one()}\nTeléfono: {f.t('ES')}\nTratamiento: ortodoncia invisible (Invisalign "
            f"Lite), 18 meses. Financiación a 12 meses sin intereses.")


@tpl(C, "richiamo_it", "it", n=1, case="lower")
def _(f, i):
    p = f.p("it")
    a = f.a("IT")
    doc = f.p("it")
    gent = "Gentile Sig.ra" if p.sex == "F" else "Gentile Sig."
    return (f"Correggi questa lettera di richiamo dello studio dentistico:\n\n{nm(p)}\n{a.block()}\n\n"
            f"{gent} {fm(p)},\nsono passati dodici mesi dalla sua ultima igiene orale. La dott.ssa "
            f"{fm(doc)} la aspetta: chiami lo studio o risponda a questo SMS dal suo numero "
            f"{f.t('IT')}.\nCordiali saluti")


@tpl(C, "yeyak_ko", "ko", n=1)
def _(f, i):
    p = f.p("ko")
    a = f.a("KR")
    return (f"이 카카오톡 예약 메시지를 영어로 번역해 주세요.\n\n[행복치과] {nm(p)}님, 3월 {15 + i}일 오후 2시 "
            f"스케일링 예약이 확인되었습니다. 생년월일: {f.d('adult', 'ymd.')}\n주소: {a.one(' ')}\n"
            f"연락처: {f.t('KR')}\n변경은 하루 전까지 부탁드립니다.")


@tpl(C, "yuyue_zh", "zh", n=1)
def _(f, i):
    r = f.rec("cn")
    p = r["p"]
    a = f.a("CN")
    return (f"帮我把这段牙科预约登记翻译成英文：\n\n姓名：{nm(p)}\n身份证号：{rid(r)}\n出生日期："
            f"{rdob(r, 'zh')}\n住址：{a.one(' ')}\n电话：{f.t('CN')}\n项目：种植牙咨询（士卓曼），"
            f"下周三上午")


@tpl(C, "ortho_referral", "en")
def _(f, i):
    c = f.p()
    m = f.p(sex="F")
    a = f.a("GB")
    dent = f.p()
    born = f.d_raw("child", lambda d: 2009 <= d[0] <= 2014)
    return (f"Tighten up this orthodontic referral letter, keep the clinical bits:\n\n"
            f"Dear Orthodontist,\nRe: {nm(c)}, DOB {D(fmt_date(born, 'dmy/'))}\n{a.block()}\n\n"
            f"I would be grateful if you could see this {2024 - born[0]}-year-old with a Class II div 1 malocclusion "
            f"(Angle), overjet 9 mm, lip trap. Mum ({nm(m)}, {f.t('GB')}) is keen on a removable "
            f"appliance first. Good oral hygiene.\nYours sincerely,\n{nm(dent)} BDS")


@tpl(C, "patient_json_export", "en", n=3)
def _(f, i):
    p = f.p()
    cc = ["GB", "GB", "KE"][i]
    a = f.a(cc)
    return ("This came out of our practice software's API. Write a Python function that turns it into a "
            "one-line mailing label.\n\n{\n  \"patient\": {\n"
            f"    \"first_name\": \"{gv(p)}\",\n    \"last_name\": \"{fm(p)}\",\n"
            f"    \"date_of_birth\": \"{f.d('adult', 'iso')}\",\n    \"email\": \"{f.mail(p, cc)}\",\n"
            f"    \"mobile\": \"{f.t(cc)}\",\n    \"address\": {{\"line1\": \"{a.L('street')}\", "
            f"\"town\": \"{a.L('town')}\", \"postcode\": \"{a.L('pc')}\"}},\n"
            f"    \"plan\": \"{['Denplan Essentials', 'practice membership (Simplyhealth)', 'private'][i]}\"\n  }}\n}}")


@tpl(C, "dis_klinigi_tr", "tr", n=1)
def _(f, i):
    r = f.rec("tc")
    p = r["p"]
    a = f.a("TR")
    return (f"Bu hasta kayıt formunu İngilizceye çevirir misin?\n\nAdı Soyadı: {nm(p)}\nT.C. Kimlik No: {rid(r)}\n"
            f"Doğum tarihi: {rdob(r, 'dmy.')}\nAdres: {a.one()}\nTel: {f.t('TR')}\n"
            f"Şikâyet: sol alt yirmilik diş ağrısı, panoramik röntgen istendi.")


@tpl(C, "front_desk_calls_lower", "en", case="lower")
def _(f, i):
    p1, p2, p3, h = f.p(), f.p(sex="F"), f.p(sex="F"), f.p(sex="M")
    if i == 0:
        return (f"summarise todays calls for the dentist\n\n{nm(p1)} - broken crown upper left, in pain, "
                f"squeezed in 4.40. wants to know if denplan covers it\n{gv(p2)} rang back re sedation, "
                f"bringing her husband {gv(h)}\nmrs {fm(p3)} cancelled again (3rd time) - on {f.t('GB')}")
    return (f"can you make these call notes readable\n\n9.05 {nm(p2)} asked for a copy of xrays, she's moved "
            f"to {L(f.a('GB').f['town'])}\n10.20 {gv(h)}'s mum rang, child has knocked out front tooth, told her "
            f"milk + come straight in\n11.45 {nm(p3)} {f.t('GB')} wants whitening price, sent the enlighten "
            f"leaflet")


@tpl(C, "fogorvos_hu", "hu", n=1)
def _(f, i):
    r = f.rec("taj")
    p = r["p"]
    a = f.a("HU")
    return (f"Fordítsd le angolra ezt a fogorvosi bejelentkezést:\n\nNév: {nm(p)}\nTAJ-szám: {rid(r)}\n"
            f"Születési idő: {rdob(r, 'hu')}\nLakcím: {a.one()}\nTelefon: {f.t('HU')}\n"
            f"Panasz: vérző íny, fogkő-eltávolítást kér.")


@tpl(C, "stomatolog_ro", "ro", n=1)
def _(f, i):
    r = f.rec("cnp")
    p = r["p"]
    a = f.a("RO")
    return (f"Poți să scrii mai frumos acest mesaj către cabinetul stomatologic?\n\nBună ziua, sunt {nm(p)}, "
            f"CNP {rid(r)}, domiciliată în {a.one()}. Vreau să reprogramez tratamentul de canal de joi. "
            f"Mă puteți suna la {f.t('RO')}. Mulțumesc, {gv(p)}")


@tpl(C, "complaint_quoted", "en")
def _(f, i):
    p = f.p()
    mgr = f.p()
    a = f.a("GB")
    issue = ["my Invisalign aligners were sent to the wrong address and nobody told me",
             "I was charged twice for the hygienist and the card machine receipt shows both"][i]
    return (f"Draft a calm reply from the practice manager ({nm(mgr)}) to this:\n\n> To whom it may concern,\n"
            f"> I am writing because {issue}. I have rung three times.\n> My details: {nm(p)}, "
            f"{a.one()}, {f.t('GB')}, {f.mail(p, 'GB')}\n> I expect a call back this week.\n> {gv(p)}")


@tpl(C, "odontiatros_el", "el", n=1)
def _(f, i):
    r = f.rec("amka")
    p = r["p"]
    a = f.a("GR")
    return (f"Μετάφρασε στα αγγλικά αυτό το μήνυμα προς τον οδοντίατρο:\n\nΚαλησπέρα, είμαι η {nm(p)}, "
            f"ΑΜΚΑ {rid(r)}, γεννημένη {rdob(r, 'el')}. Μένω {a.one()}. Θα ήθελα ραντεβού για σφράγισμα. "
            f"Τηλ.: {f.t('GR')}. Ευχαριστώ!")


# ================================================================ personal_optical_hearing
C = "personal_optical_hearing"


@tpl(C, "eye_recall_semicolon", "en")
def _(f, i):
    out = ["surname;forename;dob;phone;last_test;type"]
    for k in range(3):
        p = f.p()
        out.append(f"{fm(p)};{gv(p)};{f.d('old' if k == 1 else 'adult', 'dmy/')};{f.t(['AU', 'ZA'][i])};"
                   f"{['03/2022', '11/2021', '06/2022'][k]};{['GOS1', 'private', 'GOS3 diabetic'][k]}")
    ask = ["Excel keeps putting this in one column. How do I split on semicolons?",
           "Which of these patients are due an eye test if recall is 2 years (1 year for diabetics)?"][i]
    return ask + "\n\n" + "\n".join(out)


@tpl(C, "lens_order_log", "en")
def _(f, i):
    p = f.p(sex="F")
    a = f.a("GB" if i == 0 else "IE")
    cc = "GB" if i == 0 else "IE"
    return (f"A customer says she was charged but the order never showed up. Here's the web log, what happened?\n\n"
            f"[checkout] 14:02:11 ip={f.ip()} email={f.mail(p, cc)} name=\"{nm(p)}\"\n"
            f"[checkout] 14:02:11 ship_to=\"{a.one()}\"\n"
            f"[payment]  14:02:19 card={f.card()} amount=64.90 status=AUTHORISED\n"
            f"[order]    14:02:20 ERROR sku=ACUVUE-OASYS-1DAY-30 rx_check=missing_expiry\n"
            f"[mail]     14:02:21 confirmation not sent (order not created)")


@tpl(C, "hearing_fitting_notes", "en", n=3, case=(None, None, "lower"))
def _(f, i):
    p = f.p(sex="MFM"[i])
    d = f.p(sex="F")
    aud = f.p()
    pr = ["He", "She", "He"][i]
    return (f"Rewrite these audiology notes as a letter to the GP:\n\nPt: {nm(p)}  DOB {f.d('old', 'en_short')}\n"
            f"Fitted bilateral Phonak Audéo (receiver-in-canal), first fit at 80% target. {pr} struggled with "
            f"the domes. Daughter {nm(d)} present, will help with charging - her number {f.t('GB')}. "
            f"Review 4 weeks. Seen by {nm(aud)}, audiologist.")


@tpl(C, "hoerakustik_kva_de", "de", n=1)
def _(f, i):
    r = f.rec("kvnr")
    p = r["p"]
    a = f.a("DE")
    return (f"Fass diesen Kostenvoranschlag für die Krankenkasse in einfachen Worten zusammen:\n\n"
            f"Versicherter: {nm(p)}, geb. {rdob(r, 'dmy.')}\nVersichertennummer: {rid(r)}\n"
            f"Anschrift: {a.one()}\nTelefon: {f.t('DE')}\nVersorgung: Hörsysteme beidseitig (Signia Pure), "
            f"Festbetrag TK, Eigenanteil 1.180 €")


@tpl(C, "opticien_be", "fr", n=1)
def _(f, i):
    r = f.rec("be")
    p = r["p"]
    a = f.a("BE")
    return (f"Corrigez ce formulaire d'un opticien belge, il y a des fautes :\n\nCliente : {nm(p)}\n"
            f"N° registre national : {rid(r)}\nDate de naissance : {rdob(r, 'dmy/')}\nAdresse : {a.one()}\n"
            f"Tél. : {f.t('BE')}\nVerres progressifs Varilux, monture Ray-Ban, intervention mutualité "
            f"Solidaris demandée")


@tpl(C, "opticien_whatsapp_nl", "nl", n=1, case="lower")
def _(f, i):
    p = f.p("nl")
    o = f.p("nl")
    return (f"Vertaal deze WhatsApp met de opticien naar het Engels:\n\n{nm(p)}: hoi, mijn bril is klaar zegt de "
            f"app? kan ik morgen komen\nOpticien {gv(o)}: Ja hoor! Tussen 9 en 17. Neem je oude bril mee voor "
            f"de Zeiss-glazen\n{gv(p)}: top. mijn nummer is trouwens veranderd: {f.t('NL')}")


@tpl(C, "optiker_da", "da", n=1)
def _(f, i):
    r = f.rec("cpr")
    p = r["p"]
    a = f.a("DK")
    return (f"Oversæt denne henvisning til engelsk:\n\nPatient: {nm(p)}, CPR {rid(r)}\nAdresse: {a.one()}\n"
            f"Tlf.: {f.t('DK')}\nOptikeren har målt forhøjet øjentryk (Goldmann 26 mmHg højre). "
            f"Henvises til øjenlæge med henblik på glaukom.")


@tpl(C, "kuulokeskus_fi", "fi", n=1)
def _(f, i):
    r = f.rec("hetu")
    p = r["p"]
    a = f.a("FI")
    return (f"Käännä tämä ajanvaraus englanniksi:\n\nAsiakas: {nm(p)}\nHenkilötunnus: {rid(r)}\nOsoite: "
            f"{a.one()}\nPuhelin: {f.t('FI')}\nKuulotutkimus ja kuulokojeen (Oticon) huolto. Tytär "
            f"{nm(f.p('fi', sex='F'))} tulee mukaan.")


@tpl(C, "fotterapeut_no", "no", n=1)
def _(f, i):
    r = f.rec("fnr")
    p = r["p"]
    a = f.a("NO")
    return (f"Kan du skrive denne journalnotatet om til et brev til fastlegen?\n\n{nm(p)}, fnr. {rid(r)}\n"
            f"{a.block()}\nTlf. {f.t('NO')}\nDiabetiker type 2. Hard hud og begynnende sår under MTP 1 venstre. "
            f"Avlastet med filt, ny time om 3 uker.")


@tpl(C, "podiatry_rounds_tsv", "en", n=3)
def _(f, i):
    out = ["time\tpatient\taddress\tphone\tnotes"]
    for k in range(3):
        p, a = f.p(), f.a("GB")
        note = [["nail surgery review", "Morton's neuroma, bring pads", "diabetic foot check"],
                ["corns + callus", "key safe 1942", "verruca, daughter present"],
                ["ingrown toenail, phenol done", "orthotics fitting", "Charcot foot - check temp"]][i][k]
        out.append(f"{9 + k}:{'00' if k % 2 == 0 else '30'}\t{nm(p)}\t{a.L('street')}, {a.L('town')}\t"
                   f"{f.t('GBl')}\t{note}")
    return (["Turn this home-visit list into a route in a sensible order:",
             "Which of these should be phoned the night before? Visit list:",
             "Write appointment letters for these three visits:"][i] + "\n\n" + "\n".join(out))


@tpl(C, "optical_chat_lower", "en", case="lower")
def _(f, i):
    p = f.p(sex="FM"[i])
    s = f.p()
    if i == 0:
        return (f"reply to this customer chat for me pls, be nice\n\n{nm(p)}: hi its {gv(p)}, i got "
                f"varifocals last wk and still feel seasick going downstairs\nstore ({gv(s)}): so sorry to hear "
                f"that, have you tried them for a full week?\n{gv(p)}: yes!! and my phone is {f.t('GB')} "
                f"if easier")
    return (f"whats the best way to reply to this\n\n{nm(p)}: my specsavers voucher from work says 'eye test + "
            f"£40' but the lady said i need the vdu form?? my email {f.mail(p, 'GB')}\nus ({gv(s)}): hi, yes "
            f"we need the form signed by your employer")


@tpl(C, "megane_card_ja", "ja", n=1)
def _(f, i):
    p = f.p("ja")
    a = f.a("JP")
    return (f"このお客様カードの内容をExcel用に表にしてください。\n\nお名前：{nm(p)}\n生年月日："
            f"{f.d('adult', 'ja')}\nご住所：{a.one(' ')}\nお電話：{f.t('JP')}\n"
            f"度数：R -3.25 / L -2.75、HOYAの遠近両用レンズ、フレームはフォーナインズ")


@tpl(C, "hearing_tw", "zh", n=1)
def _(f, i):
    r = f.rec("tw")
    p = r["p"]
    a = f.a("TW")
    return (f"請把這份助聽器保固登記翻成英文：\n\n姓名：{nm(p)}\n身分證字號：{rid(r)}\n出生日期："
            f"{rdob(r, 'ymd/')}\n地址：{a.one()}\n電話：{f.t('TW')}\n機型：Widex Moment 右耳")


@tpl(C, "audiology_referral_nhs", "en", n=1)
def _(f, i):
    p = f.p()
    a = f.a("GB")
    gp = f.p()
    return (f"Shorten this GP referral to audiology:\n\nReferral: adult hearing assessment\nPatient: {nm(p)}\n"
            f"NHS number: {rid(f.rec('nhs'))}\nDOB: {f.d('old', 'dmy/')}\nAddress: {a.one()}\n"
            f"Tel: {f.t('GBl')}\nHx: gradual bilateral loss, tinnitus L>R, no vertigo, wax cleared (Otex). "
            f"Tuning fork tests unremarkable.\nReferring GP: Dr {nm(gp)}")


@tpl(C, "ocni_optika_cs", "cs", n=1)
def _(f, i):
    r = f.rec("rc")
    p = r["p"]
    a = f.a("CZ")
    return (f"Přelož do angličtiny objednávku z oční optiky:\n\nJméno: {nm(p)}\nRodné číslo: {rid(r)}\n"
            f"Bydliště: {a.one()}\nTelefon: {f.t('CZ')}\nBrýle na čtení +2,5, příspěvek pojišťovny VZP.")


@tpl(C, "otica_br", "pt", n=1)
def _(f, i):
    r = f.rec("cpf")
    p = r["p"]
    a = f.a("BR")
    return (f"Me ajuda a responder esse cliente da ótica?\n\n\"Oi, aqui é o {nm(p)}, CPF {rid(r)}. Comprei óculos "
            f"com lente Transitions e a armação Ana Hickmann quebrou na primeira semana. Moro na {a.one()}. "
            f"Meu telefone: {f.t('BR')}\"")


@tpl(C, "optik_id", "id", n=1)
def _(f, i):
    r = f.rec("nik")
    p = r["p"]
    a = f.a("ID")
    return (f"Tolong terjemahkan formulir optik ini ke bahasa Inggris:\n\nNama: {nm(p)}\nNIK: {rid(r)}\n"
            f"Tanggal lahir: {rdob(r, 'id')}\nAlamat: {a.one()}\nTelp: {f.t('ID')}\nKacamata minus, klaim BPJS.")


@tpl(C, "eyesight_caps", "en", n=1, case="upper")
def _(f, i):
    p = f.p(sex="M")
    a = f.a("GB")
    return (f"can you make this less shouty, it's from a customer\n\nI AM {nm(p)} OF {a.one()}. YOUR OPTICIAN "
            f"TOLD ME I FAIL THE NUMBER PLATE TEST AND MUST TELL THE DVLA. I HAVE DRIVEN FOR 50 YEARS. "
            f"RING ME ON {f.t('GBl')}.")


@tpl(C, "nhan_khoa_vi", "vi", n=1, case="lower")
def _(f, i):
    r = f.rec("cccd")
    p = r["p"]
    a = f.a("VN")
    return (f"dịch giúp mình tin nhắn này sang tiếng anh nhé\n\nchào phòng khám, em là {nm(p)}, cccd {rid(r)}, "
            f"sinh {rdob(r, 'dmy/')}. em ở {a.one()}. em muốn đặt lịch đo mắt cho con, sđt {f.t('VN')}. cảm ơn ạ")


# ================================================================ personal_gp_reception
C = "personal_gp_reception"


@tpl(C, "registration_form", "en", n=3)
def _(f, i):
    p = f.p(sex="F" if i == 1 else None)
    a = f.a("GB")
    old = f.a("GB")
    return (f"New patient registration - can you check for anything missing before I add them on EMIS?\n\n"
            f"Surname: {fm(p)}\nFirst name(s): {gv(p)}\nDate of birth: {f.d('adult', 'dmy/')}\n"
            f"NHS number: {rid(f.rec('nhs'))}\nHome address:\n{a.block(indent='  ')}\n"
            f"Previous address: {old.one()}\nMobile: {f.t('GB')}\nEmail: {f.mail(p, 'GB')}\n"
            f"Previous GP: {['Riverside Medical Centre', 'The Old Surgery', 'none (moved from abroad)'][i]}"
            f"   Carer? {['No', 'Yes - for her dad', 'No'][i]}")


@tpl(C, "appointment_call_transcript", "en")
def _(f, i):
    p = f.p(sex="MF"[i])
    r = f.p(sex="F")
    if i == 0:
        return (f"Summarise this call for the duty doctor in two lines:\n\n{gv(r)}: Good morning, surgery, "
                f"{gv(r)} speaking.\n{gv(p)}: Hi, it's {nm(p)}, date of birth {f.d('adult', 'en')}. I think I've "
                f"got Bell's palsy, the left side of my face has dropped since last night.\n{gv(r)}: Any weakness "
                f"in your arms, slurred speech?\n{gv(p)}: No, just the face and my eye won't close.\n"
                f"{gv(r)}: I'll get the doctor to ring you now. Still on {f.t('GB')}?\n{gv(p)}: Yes.")
    return (f"Turn this into a triage note:\n\nRECEPTION ({gv(r)}): Caller is {nm(p)}, ringing about her mum, "
            f"{nm(f.p(sex='F'))}, born {f.d('old', 'dmy/')}.\nCALLER: Mum's been more confused this week, "
            f"we're worried it's the Alzheimer's getting worse or another water infection.\n"
            f"RECEPTION: Best number?\nCALLER: My mobile, {f.t('GB')}. Mum's at {f.a('GB').one()}.")


@tpl(C, "reception_notes_lower", "en", case="lower")
def _(f, i):
    p1, p2, p3 = f.p(sex="M"), f.p(sex="F"), f.p()
    if i == 0:
        return (f"clean up my notes from the front desk this morning\n\n{nm(p1)} wants sick note extended, "
                f"sent task to dr\n{gv(p2)} {'(' + f.d('adult', 'dmy/') + ')'} asking for blood results - told "
                f"her normal per dr, she wants a copy by email {f.mail(p2, 'GB')}\n{nm(p3)} new address "
                f"{f.a('GB').one()}, updated")
    return (f"make these reception notes into a list for the practice manager\n\nmr {fm(p1)} shouted at "
            f"{gv(p2)} at the desk re no appts, 2nd time this month\n{nm(p3)} dropped in a parcel of old meds "
            f"for disposal - sent to pharmacy\n{gv(p1)}'s wife rang later on {f.t('GB')} to apologise")


@tpl(C, "memory_clinic_referral", "en", n=1)
def _(f, i):
    p = f.p(sex="F")
    h = f.p(sex="M")
    a = f.a("GB")
    return (f"Polish this referral to the memory clinic:\n\nRe: {nm(p)}, DOB {f.d('old', 'dmy/')}, "
            f"NHS No {rid(f.rec('nhs'))}\n{a.one()}\n\nThank you for seeing this lady with 18 months of "
            f"progressive short-term memory loss. MoCA 19/30. Bloods and B12 normal. Husband {nm(h)} "
            f"({f.t('GBl')}) is her main carer. Query Alzheimer's disease vs vascular dementia.")


@tpl(C, "housebound_list", "en")
def _(f, i):
    out = []
    for k in range(3):
        p, a = f.p(), f.a("GB")
        nhs = f" (NHS {rid(f.rec('nhs'))})" if k == 0 else ""
        out.append(f"{k + 1}. {nm(p)}{nhs}, {a.L('street')}, {a.L('town')} - {f.t('GBl')} - "
                   f"{['B12 injection', 'flu + covid jab', 'bloods (INR)'][k]}")
    return (["Plan the district nurse's route for these housebound patients:",
             "Make this housebound visit list into a table with columns name / address / phone / task:"][i]
            + "\n\n" + "\n".join(out))


@tpl(C, "hausarzt_anmeldung_de", "de", n=1)
def _(f, i):
    r = f.rec("kvnr")
    p = r["p"]
    a = f.a("DE")
    return (f"Ich bin neu in der Hausarztpraxis. Kannst du den Anmeldebogen auf Vollständigkeit prüfen?\n\n"
            f"Name, Vorname: {fm(p)}, {gv(p)}\nGeburtsdatum: {rdob(r, 'dmy.')}\nKrankenkasse: AOK Bayern\n"
            f"Versichertennummer: {rid(r)}\nAnschrift: {a.one()}\nTelefon: {f.t('DE')}\n"
            f"E-Mail: {f.mail(p, 'DE')}\nVorerkrankungen: Hashimoto-Thyreoiditis")


@tpl(C, "doctolib_fr", "fr", n=1)
def _(f, i):
    p = f.p("fr")
    a = f.a("FR")
    doc = f.p("fr")
    return (f"Aide-moi à répondre poliment à ce message reçu au secrétariat :\n\n« Bonjour, je suis {nm(p)}, "
            f"patient{'e' if p.sex == 'F' else ''} du Dr {fm(doc)}. Doctolib ne me propose rien avant trois "
            f"semaines pour mon renouvellement. J'habite {a.one()}, je peux venir à pied. Rappelez-moi au "
            f"{f.t('FR')} svp. »")


@tpl(C, "centro_salud_es", "es", n=1)
def _(f, i):
    r = f.rec("dni", lambda x: x["p"].sex == "M")
    p = r["p"]
    a = f.a("ES")
    return (f"Resume esta nota del mostrador del centro de salud:\n\nAcude {nm(p)} (DNI {rid(r)}, nacido el "
            f"{rdob(r, 'es')}) para cambiar de médico de cabecera. Nuevo domicilio: {a.one()}. "
            f"Teléfono {f.t('ES')}. Pide cita con enfermería para la vacuna de la gripe.")


@tpl(C, "medico_di_base_it", "it", n=1)
def _(f, i):
    r = f.rec("cf")
    p = r["p"]
    born = {"G273": "Palermo", "A944": "Bologna"}[r["v"][11:15]]
    a = f.a("IT")
    doc = f.p("it")
    doc_t = "dott.ssa" if doc.sex == "F" else "dott."
    return (f"Controlla questo modulo di scelta del medico di base:\n\nCognome e nome: "
            f"{N(p.f.upper() + ' ' + p.g.upper())}\nCodice fiscale: {rid(r)}\n"
            f"Nat{'a' if p.sex == 'F' else 'o'} a {L(born)} il {rdob(r, 'dmy/')}\n"
            f"Residenza: {a.one()}\nTelefono: {f.t('IT')}\nMedico scelto: {doc_t} {nm(doc)}")


@tpl(C, "poliklinika_ru", "ru", n=1)
def _(f, i):
    r = f.rec("snils")
    p = r["p"]
    a = f.a("RU")
    return (f"Переведи на английский запись в регистратуре поликлиники:\n\n"
            f"Пациент: {N(p.f + ' ' + p.g + ' Михайловна')}"
            f"\nДата рождения: {rdob(r, 'dmy.')}\nСНИЛС: {rid(r)}\nАдрес: {a.one()}\nТелефон: {f.t('RU')}\n"
            f"Запись к терапевту, жалобы на давление.")


@tpl(C, "simeinyi_likar_uk", "uk", n=1)
def _(f, i):
    r = f.rec("rnokpp")
    p = r["p"]
    a = f.a("UA")
    return (f"Перевіри, будь ласка, чи правильно заповнена декларація з сімейним лікарем:\n\n"
            f"ПІБ: {N(p.f + ' ' + p.g + ' Петрівна')}\nДата народження: {rdob(r, 'dmy.')}\nРНОКПП: {rid(r)}\n"
            f"Адреса: {a.one()}\nТелефон: {f.t('UA')}")


@tpl(C, "kupat_holim_he", "he", n=1)
def _(f, i):
    r = f.rec("il")
    p = r["p"]
    a = f.a("IL")
    return (f"תתרגם לאנגלית את הבקשה הזאת לקופת החולים:\n\nשם: {nm(p)}\nת.ז.: {rid(r)}\nתאריך לידה: "
            f"{rdob(r, 'he')}\nכתובת: {a.one()}\nנייד: {f.t('IL')}\nבקשה: תור לרופאת משפחה והפניה לבדיקת "
            f"דם.")


@tpl(C, "clinic_aadhaar_hi", "hi", n=1)
def _(f, i):
    r = f.rec("aadhaar")
    p = r["p"]
    a = f.a("IN")
    return (f"इस पंजीकरण फ़ॉर्म को अंग्रेज़ी में बदल दीजिए:\n\nनाम: {nm(p)}\nआधार संख्या: {rid(r)}\nजन्म तिथि: "
            f"{rdob(r, 'dmy/')}\nपता: {a.one()}\nमोबाइल: {f.t('IN')}\nसमस्या: बुखार और खाँसी, तीन दिन से")


@tpl(C, "gp_psql_output", "en", n=3)
def _(f, i):
    out = [" id  |      name       |    dob     |    phone     | postcode",
           "-----+-----------------+------------+--------------+----------"]
    for k in range(3):
        cc = ["GB", "GB", "US"][i]
        p, a = f.p(), f.a(cc)
        out.append(f" {4102 + k * 17 + i} | {nm(p)} | {f.d('adult', 'iso')} | {f.t(cc)} | {a.L('pc')}")
    return (["Why are these three showing as duplicates in my dedupe query? psql output:",
             "Write a query that would have caught these missing emails. Output:",
             "Export this to CSV and tell me which numbers are mobiles:"][i] + "\n\n" + "\n".join(out))


@tpl(C, "practice_json", "en")
def _(f, i):
    p = f.p()
    a = f.a("GB")
    return ("Our online-consultation tool sent this webhook. Which fields should I map to the patient record?"
            "\n\n{\n"
            f"  \"submission_id\": \"oc-{88120 + i * 311}\",\n  \"patient\": {{\n    \"name\": \"{nm(p)}\",\n"
            f"    \"nhs_number\": \"{rid(f.rec('nhs'))}\",\n    \"dob\": \"{f.d('adult', 'iso')}\",\n"
            f"    \"phone\": \"{f.t('GB')}\",\n    \"postcode\": \"{a.L('pc')}\"\n  }},\n"
            f"  \"client_ip\": \"{f.ip()}\",\n"
            f"  \"reason\": \"{['rash after starting lamotrigine', 'fit note for back pain'][i]}\"\n}}")


@tpl(C, "kliniki_sw", "sw", n=1, case="lower")
def _(f, i):
    p = f.p("sw")
    a = f.a("KE")
    return (f"Nisaidie kutafsiri ujumbe huu kwa Kiingereza:\n\nHabari daktari, mimi ni {nm(p)}. Naomba "
            f"miadi ya kliniki ya kisukari wiki ijayo. Anwani yangu ni {a.one()}. Simu yangu {f.t('KE')}. "
            f"Asante, {gv(p)}")


@tpl(C, "paalala_tl", "tl", n=1, case="lower")
def _(f, i):
    p = f.p("tl")
    a = f.a("PH")
    return (f"pa-translate naman to english, text ko sa clinic:\n\nhello po, si {nm(p)} po ito. pwede po ba "
            f"ma-move yung check-up ko sa friday? nakatira po ako sa {a.one()}. eto po number ko {f.t('PH')}. "
            f"salamat po!")


@tpl(C, "flu_clinic_caps", "en", n=1, case="upper")
def _(f, i):
    p1, p2 = f.p(), f.p()
    return (f"format this as a list\n\nFLU CLINIC SAT - HOUSEBOUND TO DO: {nm(p1)} {f.d('old', 'dmy/')} "
            f"{f.t('GBl')} / {nm(p2)} {f.d('old', 'dmy/')} {f.t('GBl')} - BOTH NEED PNEUMO TOO")


@tpl(C, "cap_ca", "ca", n=1)
def _(f, i):
    r = f.rec("dni")
    p = r["p"]
    a = f.a("CAT")
    assert p.sex == "F"
    return (f"Tradueix a l'anglès aquesta nota del CAP:\n\nLa senyora {nm(p)}, amb DNI {rid(r)}, nascuda el "
            f"{rdob(r, 'dmy/')}, viu a {a.one()}. Telèfon: {f.t('CAT')}. Demana visita amb la infermera pel "
            f"control del Sintrom.")


@tpl(C, "carer_letter", "en", n=1)
def _(f, i):
    c = f.p(sex="F")
    p = f.p(sex="M")
    a = f.a("GB")
    return (f"Help me write a letter to the surgery asking to be registered as my dad's carer. Details:\n"
            f"- me: {nm(c)}, {f.t('GB')}, {f.mail(c, 'GB')}\n- dad: {nm(p)}, born {f.d('old', 'en')}, "
            f"NHS {rid(f.rec('nhs'))}\n- his address: {a.one()}\n- he has Parkinson's and can't use the phone "
            f"any more")


# ================================================================ personal_private_clinic
C = "personal_private_clinic"


@tpl(C, "physio_intake", "en")
def _(f, i):
    complaint = ["right shoulder pain 8 weeks, Neer and Hawkins-Kennedy positive at GP",
                 "L knee after skiing, Lachman equivocal"][i]
    p = f.p()
    a = f.a("GB")
    gp = f.p()
    cc = "GB"
    return (f"Physio intake form - write me a short summary for the first appointment:\n\n"
            f"full_name: {nm(p)}\ndate_of_birth: {f.d('adult', 'dmy/')}\naddress: |\n{a.block(indent='  ')}\n"
            f"mobile: \"{f.t(cc)}\"\nemail: {f.mail(p, cc)}\ngp: Dr {nm(gp)}\ninsurer: "
            f"{['Bupa (pre-authorised 6 sessions)', 'AXA Health, self-pay excess'][i]}\ncomplaint: "
            f"{complaint}")


@tpl(C, "claim_json", "en", n=1)
def _(f, i):
    p = f.p()
    a = f.a("GB")
    return ("My insurer's claim form has a JSON upload. Is this valid and will they pay to the right account?"
            "\n\n{\n"
            f"  \"member\": {{\"name\": \"{nm(p)}\", \"dob\": \"{f.d('adult', 'iso')}\", "
            f"\"postcode\": \"{a.L('pc')}\"}},\n"
            f"  \"treatment\": {{\"provider\": \"Harbourside Physiotherapy\", \"sessions\": 4, \"total\": 220.00}},\n"
            f"  \"pay_to\": {{\"account_name\": \"{nm(p)}\", \"iban\": \"{f.iban('GB')}\"}},\n"
            f"  \"contact\": \"{f.mail(p, 'GB')}\"\n}}")


@tpl(C, "physio_rechnung_de", "de", n=1)
def _(f, i):
    p = f.p("de")
    a = f.a("DE")
    return (f"Schreib mir eine kurze Mail an die Beihilfestelle, dass die Rechnung anbei ist.\n\n"
            f"Rechnungsempfänger: {nm(p)}, {a.one()}\nPhysiotherapie (6 x KG, 2 x Manuelle Therapie nach "
            f"Maitland), Gesamt 312,40 €\nBitte überweisen an IBAN {f.iban('DE')}\nRückfragen: {f.t('DE')}")


@tpl(C, "fysio_declaratie_nl", "nl", n=1)
def _(f, i):
    r = f.rec("bsn")
    p = r["p"]
    a = f.a("NL")
    return (f"Help me dit declaratieformulier voor de zorgverzekeraar in te vullen, klopt dit zo?\n\n"
            f"Naam verzekerde: {nm(p)}\nBSN: {rid(r)}\nGeboortedatum: {rdob(r, 'dmy-')}\nAdres: {a.one()}\n"
            f"Rekeningnummer: {f.iban('NL')}\nBehandeling: 9 x fysiotherapie (McKenzie), nota bijgevoegd")


@tpl(C, "kine_be", "fr", n=1)
def _(f, i):
    p = f.p("fr")
    a = f.a("BE")
    return (f"Pouvez-vous écrire un rappel de paiement gentil pour ce patient du cabinet de kiné ?\n\n"
            f"Patient : {nm(p)}\nAdresse : {a.one()}\nTél. : {f.t('BE')}\nMontant dû : 126,00 € (9 séances)\n"
            f"Remboursement mutuelle versé sur son compte {f.iban('BE')} le mois dernier.")


@tpl(C, "fattura_fisio_it", "it", n=1)
def _(f, i):
    p = f.p("it")
    a = f.a("IT")
    return (f"Riscrivi questa email al paziente in modo più professionale:\n\nciao {gv(p)}, la fattura delle "
            f"tecar è pronta. intestata a {nm(p)}, {a.one()}. se paghi con bonifico il nostro iban è sul sito, "
            f"il rimborso del fondo arriva sul tuo {f.iban('IT')}. per info {f.t('IT')}")


@tpl(C, "reembolso_fisio_es", "es", n=1)
def _(f, i):
    p = f.p("es")
    a = f.a("ES")
    return (f"Redacta una reclamación corta a mi seguro (Sanitas) porque no me han devuelto las sesiones de "
            f"fisioterapia.\nDatos: {nm(p)}, {a.one()}, tel. {f.t('ES')}, cuenta {f.iban('ES')}, "
            f"{f.mail(p, 'ES')}. Diagnóstico: tendinitis de Quervain, 8 sesiones.")


@tpl(C, "us_intake_billing", "en", n=1)
def _(f, i):
    r = f.rec("ssn")
    p = r["p"]
    a = f.a("US")
    return (f"Front desk question: the billing company rejected this claim. What's wrong?\n\n"
            f"PATIENT NAME: {nm(p)}\nDOB: {rdob(r, 'md/y')}\nSSN: {SSN(r['v'])}\nADDRESS: {a.one()}\n"
            f"PHONE: {f.t('US')}\nPRIMARY INS: Aetna PPO, member ID on file\nCARD ON FILE: {f.card()}\n"
            f"CPT: 97110 x3, 97140 x1")


@tpl(C, "deposit_call", "en", n=1)
def _(f, i):
    p = f.p(sex="M")
    rcp = f.p(sex="F")
    return (f"Is it OK that our receptionist wrote this in the shared notes? What should she do instead?\n\n"
            f"\"{nm(p)} rang to book the Botox consult, paid £50 deposit over the phone, card {f.card()} exp 11/26, "
            f"he's on {f.t('GB')}. - {gv(rcp)}\"")


@tpl(C, "physio_schedule_md", "en", n=3)
def _(f, i):
    out = ["| time | patient | phone | physio | notes |", "|---|---|---|---|---|"]
    for k in range(3):
        p, ph = f.p(), f.p()
        note = [["new, ACL rehab", "FU, Pilates reformer", "cancelled x2"],
                ["Achilles tendinopathy", "post-op hip, bring letter", "sports massage"],
                ["vestibular rehab (Epley done)", "frozen shoulder", "hydro at 2pm instead"]][i][k]
        out.append(f"| {9 + k}:00 | {nm(p)} | {f.t(['GB', 'GB', 'CA'][i])} | {gv(ph)} | {note} |")
    return (["Who needs a reminder text tonight? Here's tomorrow's list:",
             "Move everyone after 10:00 by 30 minutes and rewrite the table:",
             "Which of these could be a video appointment instead? Thursday list:"][i] + "\n\n" + "\n".join(out))


@tpl(C, "physio_whatsapp_lower", "en", case="lower")
def _(f, i):
    p = f.p(sex="FM"[i])
    ph = f.p()
    return (f"help me reply to this whatsapp from a client\n\n[18:42] {nm(p)}: hiya its {gv(p)}, the theraband "
            f"exercises are killing my knee lol. can i swap thurs to fri? if not just call {f.t('GB')}\n"
            f"[18:50] {gv(ph)}: hi! let me check the diary")


@tpl(C, "clinica_fisio_pt", "pt", n=1)
def _(f, i):
    r = f.rec("ptnif")
    p = r["p"]
    a = f.a("PT")
    return (f"Preciso de uma fatura-recibo com estes dados, podes formatar?\n\nCliente: {nm(p)}\nNIF: {rid(r)}\n"
            f"Morada: {a.one()}\nTelefone: {f.t('PT')}\nServiço: 5 sessões de fisioterapia (método "
            f"Kabat), 175 €")


@tpl(C, "medicare_claim_au", "en", n=1)
def _(f, i):
    r = f.rec("medicare")
    p = r["p"]
    a = f.a("AU")
    return (f"Our Medicare claim for this podiatry visit under a care plan bounced. Can you spot it?\n\n"
            f"Patient: {nm(p)}\nMedicare no.: {rid(r)}  IRN 2\nDOB: {rdob(r, 'dmy/')}\nAddress: {a.one()}\n"
            f"Phone: {f.t('AU')}\nItem 10962, referral from Dr {fm(f.p())}")


@tpl(C, "clinic_nric_sg", "en", n=1)
def _(f, i):
    r = f.rec("nric")
    p = r["p"]
    a = f.a("SG")
    return (f"Can you rewrite this clinic registration slip neatly?\n\nname: {nm(p)}\nnric: {rid(r)}\n"
            f"dob {rdob(r, 'dmy/')}\naddr {a.one()}\nhp {f.t('SG')}\nmedisave claim for physio yes/no? pt "
            f"not sure")


@tpl(C, "hanuiwon_ko", "ko", n=1)
def _(f, i):
    r = f.rec("rrn")
    p = r["p"]
    a = f.a("KR")
    return (f"한의원 접수 메모를 영어로 정리해 주세요.\n\n성명: {nm(p)}\n주민등록번호: {rid(r)}\n주소: "
            f"{a.one(' ')}\n연락처: {f.t('KR')}\n증상: 허리 통증, 침 치료 및 추나 희망")


@tpl(C, "seikotsuin_ja", "ja", n=1)
def _(f, i):
    r = f.rec("mynum")
    p = r["p"]
    a = f.a("JP")
    return (f"この受付メモを英語にしてください。\n\n氏名：{nm(p)}\nマイナンバー：{rid(r)}（受付で誤って記入）\n"
            f"生年月日：{rdob(r, 'ja')}\n住所：{a.one(' ')}\n電話：{f.t('JP')}\n症状：ぎっくり腰")


@tpl(C, "khlinik_th", "th", n=1)
def _(f, i):
    r = f.rec("thai")
    p = r["p"]
    a = f.a("TH")
    return (f"ช่วยแปลใบลงทะเบียนคลินิกกายภาพนี้เป็นภาษาอังกฤษ\n\nชื่อ-สกุล: {nm(p)}\nเลขบัตรประชาชน: {rid(r)}\n"
            f"วันเกิด: {rdob(r, 'th')}\nที่อยู่: {a.one(' ')}\nโทร: {f.t('TH')}\nอาการ: ปวดไหล่ขวา")


@tpl(C, "travel_clinic_invoice", "en")
def _(f, i):
    p, q = f.p(), f.p()
    a = f.a("GB")
    return (f"Check this travel clinic invoice adds up:\n\nINVOICE TC-{2291 + i * 40}\nBill to: {nm(p)}\n"
            f"{a.block()}\n\n{nm(p)}: Yellow fever £85, Typhoid £45, Rabies x3 £195\n{nm(q)} (partner, "
            f"{f.d('adult', 'dmy/')}): Yellow fever £85, Malarone 24 tabs £62\nTotal: £473")


@tpl(C, "medical_aid_za", "en", n=1)
def _(f, i):
    r = f.rec("za")
    p = r["p"]
    a = f.a("ZA")
    return (f"Please draft an email to Discovery Health querying why this physio claim was paid from savings:"
            f"\n\nMember: {nm(p)}\nID number: {rid(r)}\nAddress: {a.one()}\nTel: {f.t('ZA')}\n"
            f"Practice: Clarens Physio, 3 sessions, R1 260")


@tpl(C, "physio_ca", "en", n=1)
def _(f, i):
    p = f.p()
    a = f.a("CA")
    return (f"Write a reminder email from our clinic to this client about their missed appointment fee:\n"
            f"{nm(p)} / {a.one()} / {f.t('CA')} / {f.mail(p, 'CA')}\nMissed: Tues 2pm with "
            f"{nm(f.p())}, fee $60, covered by Sun Life? no")


@tpl(C, "consultorio_mx", "es", n=1)
def _(f, i):
    r = f.rec("curp")
    p = r["p"]
    a = f.a("MX")
    return (f"Ayúdame a pasar en limpio esta ficha del consultorio:\n\nNombre: {nm(p)}\nCURP: {rid(r)}\n"
            f"Fecha de nac.: {rdob(r, 'dmy/')}\nDomicilio: {a.one()}\nCel: {f.t('MX')}\nMotivo: "
            f"revisión de presión, trae estudios del IMSS")


@tpl(C, "ppsn_ie", "en", n=1)
def _(f, i):
    r = f.rec("ppsn")
    p = r["p"]
    a = f.a("IE")
    return (f"Can you fill in the Med 1 tax relief bits from this for my dad?\n\nName: {nm(p)}\nPPSN: {rid(r)}\n"
            f"DOB: {rdob(r, 'dmy/')}\nAddress: {a.one()}\nPhone: {f.t('IE')}\nExpenses: physio €480, "
            f"podiatry €150 (non-routine), hearing aids (Amplifon) €2,900")


# ================================================================ personal_messages
C = "personal_messages"


@tpl(C, "carer_email_quoted", "en")
def _(f, i):
    c = f.p(sex="F")
    m = f.p(sex="FM"[i])
    a = f.a("GB")
    rel = ["mum", "dad"][i]
    pr = ["her", "his"][i]
    return (f"Draft a reply saying we'll sort it, from the pharmacy team:\n\n> Hello, I'm writing about my {rel}, "
            f"{nm(m)} ({f.d('old', 'dmy/')}), who lives at {a.one()}.\n> {pr.capitalize()} blister pack "
            f"came without the Donepezil this week and {pr} carer noticed on Tuesday.\n> Please can someone "
            f"call me on {f.t('GB')} or email {f.mail(c, 'GB')}.\n> Regards,\n> {nm(c)}")


@tpl(C, "carers_whatsapp_lower", "en", case="lower")
def _(f, i):
    a1, a2, a3 = f.p(sex="F"), f.p(sex="M"), f.p(sex="F")
    g = f.p(sex="F")
    return (f"summarise this family whatsapp so i can tell the gp what's going on\n\n{gv(a1)}: nan's new "
            f"glasses from vision express are ready but she won't wear them\n{gv(a2)}: she told me the "
            f"optician said cataracts??\n{gv(a3)}: yeah she's booked in at the eye hospital under {nm(g)}, "
            f"letter went to {f.a('GB').one()}\n{gv(a1)}: can someone ring them, i'm on nights. {f.t('GB')}")


@tpl(C, "complaint_letter", "en", n=3)
def _(f, i):
    p = f.p()
    cc = ["GB", "NZ", "CA"][i]
    a = f.a(cc)
    what = ["the receptionist refused to book my son in even though he had a temperature of 39",
            "the hearing aid shop kept my deposit after I cancelled within the cooling-off period",
            "the physiotherapist discussed my injury in the waiting room in front of other patients"][i]
    return (f"Improve this complaint letter, keep it firm:\n\n{nm(p)}\n{a.block()}\n{f.t(cc)}\n\n"
            f"Dear Practice Manager,\nI wish to complain that {what}. I would like a written response within "
            f"14 days.\nYours faithfully,\n{nm(p)}")


@tpl(C, "beschwerde_de", "de", n=1)
def _(f, i):
    p = f.p("de")
    a = f.a("CH")
    return (f"Hilf mir, diese Beschwerde an die Apotheke sachlich zu formulieren:\n\nIch, {nm(p)}, wohnhaft "
            f"{a.one()}, habe am Montag statt Ibuprofen 400 das Präparat Ibuprofen 800 bekommen. Das ist "
            f"gefährlich! Rufen Sie mich an: {f.t('CH')}.")


@tpl(C, "reclamation_fr", "fr", n=1)
def _(f, i):
    p = f.p("fr")
    a = f.a("FR")
    return (f"Corrige les fautes de cette réclamation à l'opticien :\n\nMadame, Monsieur,\nJe m'appel {nm(p)} et "
            f"jai acheté des lunettes Afflelou « Tchin-Tchin » le 3 mars. Les verres sont rayés. Merci de me "
            f"contacter au {f.t('FR')} ou par courrier : {a.one()}.\n{nm(p)}")


@tpl(C, "skarga_pl", "pl", n=1)
def _(f, i):
    p = f.p("pl")
    a = f.a("PL")
    return (f"Popraw styl tej skargi do przychodni:\n\nNazywam się {nm(p)}, mieszkam przy {a.one()}. Od "
            f"tygodnia nie mogę się dodzwonić do rejestracji, a potrzebuję skierowania do okulisty. Proszę o "
            f"kontakt pod numerem {f.t('PL')}.")


@tpl(C, "whatsapp_clinica_br", "pt", case=("lower", None))
def _(f, i):
    p = f.p("br", sex="M" if i else None)
    if i == 0:
        a = f.a("BR")
        return (f"responde essa msg pra mim de um jeito educado\n\n{nm(p)}: boa tarde, queria remarcar a "
                f"consulta do dentista da minha filha. moro na {a.one()}, meu número é {f.t('BR')}")
    r = f.rec("cns")
    m = r["p"]
    return (f"Traduz para o inglês, é para a clínica de fisioterapia em Lisboa:\n\n\"Olá, sou {nm(p)}, filho da "
            f"{nm(m)}. O cartão do SUS dela é {rid(r)} e ela nasceu em {rdob(r, 'dmy/')}. Ela precisa de "
            f"sessões depois da cirurgia de quadril. Meu telefone: {f.t('BR')}\"")


@tpl(C, "otzyv_ru", "ru", n=1)
def _(f, i):
    p = f.p("ru", sex="F")
    a = f.a("RU")
    return (f"Помоги ответить на отзыв о нашей стоматологии, вежливо:\n\n«Я, {nm(p)}, лечила зуб у вас в "
            f"марте, пломба выпала через неделю. Живу по адресу {a.one()}, телефон {f.t('RU')}. Жду "
            f"звонка.»")


@tpl(C, "parapono_el", "el", n=1)
def _(f, i):
    p = f.p("el")
    a = f.a("GR")
    art = "η" if p.sex == "F" else "ο"
    return (f"Γράψε πιο ευγενικά αυτό το παράπονο προς το φαρμακείο:\n\nΕίμαι {art} {nm(p)}, {a.one()}. "
            f"Παρήγγειλα Depon και Lexotanil για τη μητέρα μου και ήρθαν μετά από τρεις μέρες. Τηλ. "
            f"{f.t('GR')}.")


@tpl(C, "shakwa_ar", "ar", n=1)
def _(f, i):
    p = f.p("ar")
    a = f.a("MA")
    return (f"أعد صياغة هذه الشكوى بلغة مهذبة:\n\nاسمي {nm(p)}، أسكن في {a.one('، ')}. ذهبت إلى عيادة "
            f"الأسنان ثلاث مرات ولم يستقبلني الطبيب. رقمي {f.t('MA')}.")


@tpl(C, "tin_nhan_vi", "vi", n=1, case="lower")
def _(f, i):
    p = f.p("vi")
    a = f.a("VN")
    return (f"viết lại tin nhắn này cho lịch sự hơn giúp mình\n\nnhà thuốc ơi, mình là {nm(p)}, hôm qua mua thuốc "
            f"ho cho bé mà thiếu một lọ. địa chỉ mình {a.one()}, sđt {f.t('VN')}")


@tpl(C, "pesan_id", "id", n=1, case="lower")
def _(f, i):
    p = f.p("id")
    a = f.a("ID")
    return (f"tolong rapikan pesan ini buat klinik gigi\n\nhalo kak, saya {nm(p)}. mau batal jadwal cabut gigi "
            f"besok ya. alamat saya {a.one()}, telp {f.t('ID')}. makasih")


@tpl(C, "text_to_surgery_lower", "en", n=3, case="lower")
def _(f, i):
    p = f.p()
    if i == 0:
        return (f"is this ok to send to my gp surgery\n\nhi this is {nm(p)} dob {f.d('adult', 'dmy/')} can "
                f"i get my sertraline upped, it stopped working. call me {f.t('GB')}")
    if i == 2:
        return (f"what does this mean, got it from the surgery: 'please book a review with the nurse' - i'm "
                f"{nm(p)}, my number changed to {f.t('GB')}, do i need to tell them")
    return (f"make this text sound less rude pls\n\nits {nm(p)} again. 3rd time asking for my test results "
            f"from the 2nd. ring {f.t('GB')} or email {f.mail(p, 'GB')}")


@tpl(C, "thank_you_card", "en", n=1)
def _(f, i):
    p = f.p(sex="F")
    s1, s2 = f.p(), f.p()
    return (f"Make this thank-you card sound nicer:\n\nTo {gv(s1)} and {gv(s2)} at the pharmacy - thank you for "
            f"delivering Mum's meds all through the winter when we couldn't get to {L(f.a('GB').f['town'])}. "
            f"She's 94 next week! Love, {nm(p)} x")


@tpl(C, "tesekkur_tr", "tr", n=1)
def _(f, i):
    p = f.p("tr")
    d = f.p("tr")
    return (f"Bu teşekkür mesajını biraz daha resmi yaz:\n\nMerhaba, ben {nm(p)}. Dr. {fm(d)} ve fizyoterapist "
            f"{gv(f.p('tr', sex='F'))} Hanım'a çok teşekkür ederim, dizim artık ağrımıyor. Bir sorun olursa "
            f"{f.t('TR')} numarasından ulaşabilirsiniz.")


@tpl(C, "michtav_he", "he", n=1)
def _(f, i):
    p = f.p("he")
    a = f.a("IL")
    return (f"תנסח את המכתב הזה יותר מנומס:\n\nשלום, אני {nm(p)} מ{L(a.f['town'])}. ביקשתי מרשם חוזר לפני "
            f"שבוע ועדיין לא קיבלתי. הטלפון שלי {f.t('IL')}.")


@tpl(C, "povidomlennia_uk", "uk", n=1)
def _(f, i):
    p = f.p("uk")
    a = f.a("UA")
    return (f"Перекладіть англійською, це повідомлення в аптеку:\n\nДобрий день, це {nm(p)}. Прошу доставити "
            f"Корвалол і Нурофен за адресою {a.one()}. Мій телефон {f.t('UA')}.")


@tpl(C, "angry_caps", "en", n=1, case="upper")
def _(f, i):
    p = f.p(sex="M")
    return (f"reword this email from a patient so I can forward it to the GP partners\n\nTHIS IS {nm(p)}. "
            f"I HAVE WAITED 6 WEEKS FOR MY HEARING AID REFERRAL. MY NUMBER IS {f.t('GB')}. "
            f"I WANT AN ANSWER BY FRIDAY. {fm(p)}")


@tpl(C, "lamentela_it", "it", n=1)
def _(f, i):
    p = f.p("it")
    a = f.a("IT")
    return (f"Puoi rendere questa lamentela più cortese? La mando all'ottica.\n\nSono {nm(p)}, abito in "
            f"{a.one()}. Ho ordinato lenti a contatto Bausch + Lomb un mese fa e non sono ancora arrivate. "
            f"Mi chiamate al {f.t('IT')}?")


# ================================================================ clean_eponyms (PII-free)
C = "clean_eponyms"
clean(C, "optometry_tests", "en", [
    "Make me a revision table for the optometry exam: Snellen chart, Jaeger card, Ishihara plates, Amsler grid, "
    "Farnsworth D-15, Goldmann applanation tonometer, Schirmer test, Worth 4-dot. Columns: test, what it "
    "measures, named after whom.",
    "Explain each column of this TSV for the new optical assistants:\n\ntest\tnamed_after\tcountry\n"
    "Snellen chart\tHerman Snellen\tNetherlands\nIshihara plates\tShinobu Ishihara\tJapan\nAmsler grid\t"
    "Marc Amsler\tSwitzerland\nFarnsworth D-15\tDean Farnsworth\tUSA\nBailey-Lovie chart\tIan Bailey, Jan "
    "Lovie\tAustralia",
])
clean(C, "dental_methods", "en", [
    "Explain G.V. Black's cavity classification vs the Mount and Hume system, with a Markdown table.",
    "For a patient leaflet: what's the Bass brushing technique and how is it different from the Fones method? "
    "Keep it under 150 words.",
])
clean(C, "vestibular_lower", "en", case="lower", texts=[
    "What's the difference between the Dix-Hallpike test and the Epley manoeuvre? Receptionist here, patients "
    "keep asking when they ring about dizziness.",
    "Is Ménière's disease the same as BPPV? Also, who was the Eustachian tube named after?",
])
clean(C, "foot_and_knee", "en", [
    "Podiatry CPD notes, tidy into bullets:\nMorton's neuroma (Mulder's click)\nSever's disease in kids\n"
    "Haglund's deformity\nCharcot foot in diabetes\nLisfranc injury\nAchilles tendinopathy (Alfredson protocol)",
    "Physio students: list the special tests for the knee (Lachman, McMurray, Thessaly, anterior drawer) and "
    "for the wrist (Phalen, Tinel, Finkelstein). Table please.",
    "Is the McKenzie method or Maitland mobilisation better for acute low back pain? What does NICE say?",
])
clean(C, "gp_questions_lower", "en", [
    "whats the difference between parkinson's and essential tremor, my dad's neighbour says its the same thing",
    "is bell's palsy the same as a stroke? and why is it called bell's",
], case="lower")
clean(C, "waiting_room_screen", "en", [
    "Write a 100-word explainer each for Hashimoto's thyroiditis, Graves' disease and Addison's disease for our "
    "waiting-room screen.",
    "Our waiting room has 'famous patients' cards. Tidy this one:\n\nName: Vincent van Gogh\n"
    "Born: 30 March 1853, Zundert\nConditions (debated): Ménière's disease, epilepsy, xanthopsia from "
    "digitalis\nTreated by: Dr Paul Gachet, Auvers-sur-Oise\nFamous portrait: Portrait of Dr Gachet (1890)",
])
clean(C, "scores_and_rules", "en", [
    "Our pharmacy does a 'know your numbers' day. Explain QRISK3, FRAX and the Epworth Sleepiness Scale in "
    "plain English.",
    "Does Gillick competence apply to emergency contraception in a pharmacy, or is that the Fraser guidelines? "
    "What's the difference?",
])
clean(C, "morbus_de", "de", [
    "Erklär mir für die Praxisfortbildung kurz Morbus Bechterew, Morbus Basedow, Morbus Menière und Morbus "
    "Parkinson – und was haben die Namensgeber eigentlich gemacht?",
    "Wie funktionieren der Lang-Stereotest und der Titmus-Test beim Kinderaugenarzt? Bitte für Eltern erklärt.",
])
clean(C, "maladies_fr", "fr", [
    "Quelle est la différence entre la maladie d'Alzheimer et la maladie de Pick ? Réponse courte pour des "
    "aides-soignantes.",
    "Pour une affiche en pharmacie : expliquez le syndrome de Gougerot-Sjögren et le phénomène de Raynaud en "
    "cinq lignes chacun.",
])
clean(C, "fisio_es", "es", [
    "¿Qué es la enfermedad de Osgood-Schlatter y por qué afecta a niños futbolistas? Explícalo para padres.",
    "Haz una tabla con la escala de Daniels, el test de Thomas y la maniobra de Lasègue para estudiantes de "
    "fisioterapia.",
])
clean(C, "volantino_it", "it", [
    "Cos'è la malattia di Dupuytren e chi era Guillaume Dupuytren? Risposta breve per un volantino.",
    "Quali test si usano per il daltonismo oltre alle tavole di Ishihara? Scrivi un elenco per l'ottica.",
])
clean(C, "byomei_ja", "ja", [
    "橋本病とバセドウ病の違いを、薬局の患者さん向けに簡単に説明してください。",
    "石原式色覚検査表とはどんな検査ですか？考案した石原忍についても教えてください。",
])
clean(C, "pajinsen_zh", "zh", ["帕金森病和阿尔茨海默病有什么区别？请用通俗的语言给药店店员讲解。"])
clean(C, "hashimoto_pl", "pl", [
    "Wyjaśnij, czym jest choroba Hashimoto, a czym choroba Gravesa-Basedowa – krótko, na plakat w aptece."])
clean(C, "chagas_pt", "pt", [
    "O que é a doença de Chagas e quem foi Carlos Chagas? Preciso de um resumo para o mural da unidade de "
    "saúde."])
clean(C, "pamyatka_ru", "ru", [
    "Объясни простыми словами, что такое болезнь Паркинсона и синдром Туретта, для памятки в аптеке."])
clean(C, "lyme_weil_nl", "nl", [
    "Wat is het verschil tussen de ziekte van Lyme en de ziekte van Weil? Kort, voor de nieuwsbrief van onze "
    "huisartsenpraktijk."])
clean(C, "eye_test_caps", "en", [
    "SNELLEN 6/6, ISHIHARA 17/17, AMSLER NORMAL, VAN HERICK GRADE 4 - IS THIS A NORMAL EYE TEST? EXPLAIN EACH "
    "BIT"], case="upper")
clean(C, "optical_assistant", "en", [
    "Explain the Van Herick technique and the Hirschberg test to a new optical assistant in plain words.",
    "Why are Koplik spots and Hutchinson's incisors still in the dental curriculum? Short answers.",
    "In our hearing clinic, what's a Carhart notch and why does it show up in otosclerosis?",
])


# ================================================================ clean_brands (PII-free)
C = "clean_brands"
clean(C, "toothbrushes", "en", [
    "Compare the Oral-B iO and the Philips Sonicare DiamondClean for a patient with fixed braces. Also, does "
    "Colgate Total still contain triclosan?",
    "What's the difference between Sensodyne Pronamel and Colgate Sensitive Pro-Relief? Our dental nurse says "
    "they work differently.",
])
clean(C, "lens_makers", "en", [
    "Write a short blurb for our optician's website comparing Zeiss, Essilor (Varilux), Hoya and Rodenstock "
    "varifocal lenses. No prices.",
    "Is Bausch + Lomb named after two people? And who owns Ray-Ban and Oakley now - is it all "
    "EssilorLuxottica?",
])
clean(C, "hearing_brands", "en", [
    "Table of hearing aid brands and their parent companies: Phonak, Unitron, Oticon, Bernafon, Widex, Signia, "
    "ReSound, Beltone, Starkey.",
    "Dedupe this supplier list:\n\nsupplier,category,account_no\nHenry Schein,dental consumables,HS-20417\n"
    "Dentsply Sirona,implants,DS-88310\nCarl Zeiss Vision,lenses,CZ-1193\nJohnson & Johnson Vision,contact "
    "lenses,JJV-5540\nHenry Schein,dental consumables,HS-20417\nWilliam Demant,hearing aids,WD-7782",
])
clean(C, "otc_lower", "en", [
    "is nurofen the same as ibuprofen from tesco? and calpol vs calprofen for a 2 year old",
    "can you take lemsip with beechams all in one or is that double paracetamol",
], case="lower")
clean(C, "pharma_founders", "en", [
    "Which drug companies are named after their founders? I know Pfizer, Eli Lilly, Merck and Bayer - give me "
    "ten more with one line each (Roche, Boehringer Ingelheim, Abbott, Johnson & Johnson, Takeda, Gedeon "
    "Richter, Dr. Reddy's...).",
    "Our travel clinic stocks Stamaril, Vivotif, Dukoral, Ixiaro, Rabipur and Qdenga. Make a table: vaccine, "
    "disease, manufacturer, number of doses.",
])
clean(C, "stock_pipe", "en", [
    "Turn this stock list into JSON:\n\nsku|product|brand\n1001|Pro-Expert toothpaste|Crest\n1002|Interdental "
    "brushes|TePe\n1003|Blister plasters|Compeed\n1004|Cracked heel cream|Scholl\n1005|Arch supports|"
    "Dr. Scholl's\n1006|Eye drops|Blink"])
clean(C, "supplier_email", "en", [
    "Reply to this supplier email and ask for a date:\n\n> Dear Customer,\n> The Bausch + Lomb Biotrue ONEday "
    "90-pack is back-ordered until week 14. Your account manager will confirm your allocation.\n> Kind regards,"
    "\n> Customer Service Team\n> Bausch + Lomb UK"])
clean(C, "drogerie_de", "de", [
    "Welche Drogerieketten gibt es in Deutschland – dm, Rossmann, Müller – und wofür steht der Name Rossmann "
    "eigentlich?",
    "Fielmann oder Apollo für eine Gleitsichtbrille? Und ist KIND Hörgeräte nach einer Person benannt?",
])
clean(C, "enseignes_fr", "fr", [
    "Afflelou, Krys, Optic 2000 ou Atol : quelle enseigne d'optique rembourse le mieux avec une mutuelle ? Et "
    "Alain Afflelou, il existe vraiment ?",
    "Pierre Fabre, Servier, Sanofi : écris un paragraphe sur l'histoire de chaque laboratoire pour une "
    "présentation.",
])
clean(C, "gripe_es", "es", [
    "¿Qué diferencia hay entre Frenadol y Couldina? ¿Y el Nolotil se puede tomar con Ibuprofeno Cinfa?"])
clean(C, "spazzolino_it", "it", [
    "Meglio lo spazzolino Curaprox o Oral-B per la gengivite? E il Parodontax si trova in farmacia?"])
clean(C, "drogaria_br", "pt", [
    "Qual a diferença entre Neosaldina e Dorflex? E a Drogasil e a Droga Raia são da mesma empresa?"])
clean(C, "drogist_nl", "nl", ["Kruidvat of Etos voor zonnebrand? En wie was de oprichter van Pearle Opticiens?"])
clean(C, "megusuri_ja", "ja", [
    "ロート製薬と参天製薬の目薬の違いを教えてください。サンテFXとロートジーの比較表もお願いします。"])
clean(C, "laozihao_zh", "zh", ["同仁堂和云南白药分别是什么品牌？给药店新员工写一段介绍。"])
clean(C, "inmomyak_ko", "ko", ["동국제약 인사돌과 이가탄의 차이를 약국 손님에게 설명하듯 알려 주세요."])
clean(C, "eczane_tr", "tr", ["Eczanede satılan Parol ile Minoset arasındaki fark nedir? Kısaca anlat."])
clean(C, "apap_pl", "pl", ["Czy Apap i Paracetamol Polpharma to ten sam lek? Napisz krótko."])
clean(C, "pasta_gigi_id", "id", [
    "apa bedanya pepsodent sama sensodyne? buat gigi sensitif mana yg lebih bagus"], case="lower")
clean(C, "panadol_ar", "ar", ["ما الفرق بين بنادول إكسترا وبنادول نايت؟ أريد إجابة قصيرة لموظفي الصيدلية."])
clean(C, "shelf_caps", "en", [
    "SALE THIS WEEK: OPTREX, OTEX, EAREX, CANESTEN, BONJELA, GAVISCON - WRITE A SHELF TALKER FOR EACH, 10 "
    "WORDS MAX"], case="upper")
clean(C, "poster_characters", "en", [
    "Write a funny waiting-room poster where Doc Martin tries on Dr. Martens and Mr Magoo finally gets his eyes "
    "tested at Specsavers."])
clean(C, "chain_questions_lower", "en", case="lower", texts=[
    "Is Listerine named after Joseph Lister? And is Corsodyl mouthwash OK to use every day?",
    "Which is better for dry eyes: Hyabak, Thealoz Duo or Systane? A customer asked at the optician.",
    "Rank these pharmacy chains by number of UK branches: Boots, Lloyds, Superdrug, Well, Rowlands, Day Lewis. "
    "And was there ever a Mr Day Lewis?",
])


# ================================================================ clean_software (PII-free)
C = "clean_software"
clean(C, "gp_systems", "en", [
    "We're moving from EMIS Web to SystmOne. What happens to our Docman and Accurx integrations? Bullet list.",
    "Compare Dentally, Software of Excellence (EXACT) and Dentrix for a three-chair practice. Is Dentrix from "
    "Henry Schein?",
])
clean(C, "clinic_tools_lower", "en", case="lower", texts=[
    "Cliniko, Jane, WriteUpp or TM3 for a two-physio clinic? Jane seems popular in Canada.",
    "Does Noah from HIMSA work with Phonak Target and Oticon Genie 2? Audiology IT question.",
])
clean(C, "schema_and_code", "en", [
    "Review this schema for our pharmacy delivery app:\n\nCREATE TABLE patient (\n  id SERIAL PRIMARY KEY,\n"
    "  first_name TEXT NOT NULL,\n  last_name TEXT NOT NULL,\n  nhs_number CHAR(10) UNIQUE,\n  dob DATE,\n"
    "  postcode VARCHAR(8)\n);\nCREATE INDEX ON patient (last_name, dob);",
    "Why does my NHS number validator accept ten zeros?\n\ndef valid_nhs(n: str) -> bool:\n"
    "    d = [int(c) for c in n if c.isdigit()]\n    total = sum(x * (10 - i) for i, x in enumerate(d[:9]))\n"
    "    check = 11 - total % 11\n    return check % 11 == d[9]",
])
clean(C, "export_configs", "en", [
    "Our recall export only has headers, no rows. Why? Settings:\n\nexport:\n  source: dentally\n"
    "  table: recalls\n  filter: \"due_date < today() and status = 'pending'\"\n"
    "  columns: [patient_name, dob, mobile, recall_type]\n  output: recalls_{date}.csv",
    "Is this SMS config right? The reminders go out blank.\n\n{\"sms_provider\": \"textlocal\", \"sender_id\": "
    "\"SURGERY\", \"templates\": {\"reminder\": \"Hi {first_name}, your appointment is on {date} at {time}. "
    "Reply C to cancel.\"}}",
])
clean(C, "startup_logs", "en", [
    "Our pharmacy system threw this on startup, any idea?\n\n2024-03-11 07:58:02 ERROR [SpineConnector] EPS "
    "token expired (smartcard session)\n2024-03-11 07:58:03 WARN  [SCR] lookup disabled\n2024-03-11 07:58:05 "
    "INFO  [Labels] printer ZD421 online",
    "Logs from our booking service - why the 502s?\n\n[booking-api] GET /v1/slots?clinic=physio-north 502 "
    "upstream timeout (cliniko)\n[booking-api] retry 1/3\n[booking-api] circuit open for 'jane-app'",
])
clean(C, "tools_lower", "en", [
    "how do i stop accurx sending the batch message twice, it happened with the flu invite",
    "does pharmacy manager (cegedim) do owings or do we still need the paper book",
], case="lower")
clean(C, "praxis_de", "de", [
    "Welche Praxissoftware ist besser für eine Hausarztpraxis: Medistar, Albis oder Turbomed? Und läuft CGM "
    "Life mit dem E-Rezept?",
    "Die Lauer-Taxe zeigt bei Ibuprofen 400 keinen Preis an. Woran liegt das in IXOS von Pharmatechnik?",
])
clean(C, "doctolib_fr", "fr", [
    "Doctolib ou Maiia pour un cabinet de kinés ? Et Weda gère-t-il l'appli carte Vitale ?"])
clean(C, "doctoralia_es", "es", [
    "¿Cómo exporto la agenda de Doctoralia a Excel sin datos de pacientes, solo horas y huecos libres?"])
clean(C, "miodottore_it", "it", [
    "Come si configura MioDottore per mandare i promemoria via WhatsApp invece che via SMS?"])
clean(C, "zorgdomein_nl", "nl", [
    "Hoe koppel ik ZorgDomein aan ons HIS voor verwijzingen naar de fysiotherapeut? Stap voor stap graag."])
clean(C, "journalen_sv", "sv", [
    "Hur fungerar 1177 och Journalen ihop med TakeCare? Kort förklaring för en ny receptionist."])
clean(C, "yakureki_ja", "ja", ["薬局の電子薬歴システム「Musubi」と「Pharnes」の違いを教えてください。"])
clean(C, "chart_ko", "ko", ["치과 차트 프로그램 '덴트웹'과 '하나로'의 장단점을 표로 정리해 주세요."])
clean(C, "yuyue_xitong_zh", "zh", ["诊所用的预约系统，微信小程序和企业微信哪个更适合发复诊提醒？"])
clean(C, "sns_pt", "pt", [
    "O SClínico e a Área do Cidadão do SNS fazem a mesma coisa? Explica para a receção do centro de saúde."])
clean(C, "notice_caps", "en", [
    "SYSTEM NOTICE: EMIS WEB WILL BE UNAVAILABLE SAT 02:00-04:00. PLEASE PRINT THE DAY LIST ON FRIDAY. - "
    "REWRITE FOR THE STAFF NOTICEBOARD"], case="upper")
clean(C, "remote_access", "en", [
    "Our practice server is at 192.0.2.14 and the lab link at 198.51.100.7. Is it safe to open port 3389 for the "
    "remote optometrist? What should we use instead?"])
clean(C, "apps_named_like_people", "en", case="lower", texts=[
    "Is Ada (the symptom checker app) any good? Patients keep showing us their Ada results at reception.",
    "Some patients use Flo, Clue and Natural Cycles. Can a pharmacist rely on those for emergency "
    "contraception advice? Short answer.",
])
clean(C, "integrations", "en", [
    "Our optical practice uses Optix and the lab uses Ocuco Acuitas. Can orders flow between them "
    "automatically?",
    "Why won't this load? YAML for our booking widget:\n\nclinic:\n  name: Harbourside Physio\n  rooms: [Room 1, "
    "Room 2, Gym]\n  roles:\n    - Physiotherapist\n    - Sports therapist\n  sms_sender: HARBOURPHYS\n"
    "  booking_url: https://booking.example.net/harbourside",
    "Our seed script for the demo database - is this safe to ship?\n\nINSERT INTO patients (first_name, "
    "last_name, dob, postcode) VALUES\n  ('Fred', 'Bloggs', '1970-01-01', 'ZZ99 3ZZ'),\n  ('Test', "
    "'Patient', '1900-01-01', 'ZZ99 3ZZ');",
])


# ================================================================ clean_public (PII-free)
C = "clean_public"
clean(C, "vaccine_history", "en", [
    "Write a short history of vaccination for our travel clinic leaflet: Edward Jenner, Louis Pasteur, Jonas "
    "Salk and Albert Sabin, and the BCG from Calmette and Guérin.",
    "Who was John Snow (the doctor, not the Game of Thrones one) and what did the Broad Street pump have to do "
    "with cholera?",
])
clean(C, "staff_quiz", "en", [
    "Give me five facts about Aneurin Bevan and the founding of the NHS in 1948 for a staff quiz.",
    "Add a column 'what it's used for today' to this table:\n\n| scientist | discovery | country |\n|---|---|---|"
    "\n| Emil von Behring | diphtheria antitoxin | Germany |\n| Carlos Finlay | mosquitoes carry yellow fever | "
    "Cuba |\n| Vital Brazil | snake antivenom | Brazil |\n| Waldemar Haffkine | cholera vaccine | India |\n"
    "| Tu Youyou | artemisinin | China |",
])
clean(C, "pandemic_figures", "en", [
    "Chris Whitty, Jonathan Van-Tam and Patrick Vallance - what were their roles during the pandemic? One "
    "paragraph each.",
    "What has Tedros Adhanom Ghebreyesus said about antimicrobial resistance? Summarise the main points for a "
    "pharmacy team talk.",
])
clean(C, "inventors_lower", "en", [
    "who invented glasses? was it benjamin franklin or someone in italy",
    "did alexander graham bell invent the hearing aid or was that thomas edison",
], case="lower")
clean(C, "museums", "en", case=("lower", None), texts=[
    "We're doing a staff trip to Edinburgh. Is Surgeons' Hall Museum worth it, and what's the link with Joseph "
    "Lister and Arthur Conan Doyle?",
    "Write a kids' leaflet for the dental practice as a chat:\n\nPeppa: Why do I have to brush twice a day?\n"
    "Dr Brown Bear: To keep the sugar bugs away!\nGeorge: Dinosaur!\nDr Brown Bear: Yes George, even dinosaurs "
    "had teeth.",
])
clean(C, "good_company", "en", [
    "Which famous people have worn hearing aids publicly? I'm thinking Bill Clinton, Ronald Reagan, Rob Lowe, "
    "Holly Hunter... for a 'you're in good company' poster."])
clean(C, "koch_de", "de", [
    "Wer war Robert Koch und warum heißt das RKI nach ihm? Und was hat Paul Ehrlich mit Salvarsan zu tun?"])
clean(C, "braille_fr", "fr", [
    "Qui était Louis Braille et pourquoi son alphabet compte-t-il pour les opticiens qui reçoivent des "
    "malvoyants ?"])
clean(C, "cajal_es", "es", [
    "¿Quién fue Santiago Ramón y Cajal? Escribe un párrafo para el tablón del centro de salud."])
clean(C, "levi_montalcini_it", "it", [
    "Chi era Rita Levi-Montalcini? Scrivi tre righe per il bollettino della farmacia."])
clean(C, "oswaldo_cruz_pt", "pt", ["Quem foi Oswaldo Cruz e o que foi a Revolta da Vacina? Resumo curto."])
clean(C, "kitasato_ja", "ja", [
    "北里柴三郎と野口英世の業績を簡単にまとめてください。新しい千円札の人物についても。"])
clean(C, "zhong_nanshan_zh", "zh", ["钟南山和屠呦呦分别有什么贡献？写一段给社区卫生站的宣传栏。"])
clean(C, "jung_eunkyeong_ko", "ko", ["정은경 전 질병관리청장은 어떤 일을 했나요? 짧게 정리해 주세요."])
clean(C, "bc_roy_hi", "hi", [
    "डॉ. बिधान चंद्र रॉय कौन थे और राष्ट्रीय चिकित्सक दिवस 1 जुलाई को क्यों मनाया जाता है?"])
clean(C, "mahidol_th", "th", [
    "สมเด็จพระมหิตลาธิเบศร อดุลยเดชวิกรม พระบรมราชชนก ทรงมีบทบาทต่อการแพทย์ไทยอย่างไร สรุปสั้นๆ"])
clean(C, "ibn_sina_ar", "ar", ["من هو ابن سينا وما أهمية كتاب القانون في الطب؟ اكتب فقرة قصيرة."])
clean(C, "aziz_sancar_tr", "tr", ["Aziz Sancar kimdir ve Nobel ödülünü neden aldı? Kısa bir paragraf yaz."])
clean(C, "sklodowska_pl", "pl", [
    "Kim była Maria Skłodowska-Curie i jaki ma związek z pracownią RTG w naszej przychodni?"])
clean(C, "amosov_uk", "uk", ["Хто такий Микола Амосов? Коротко, для стенду в амбулаторії."])
clean(C, "semmelweis_hu", "hu", [
    "Ki volt Semmelweis Ignác, és miért róla nevezték el a budapesti orvosi egyetemet?"])
clean(C, "papanikolaou_el", "el", ["Ποιος ήταν ο Γεώργιος Παπανικολάου και τι είναι το τεστ Παπ;"])
clean(C, "cipto_id", "id", [
    "siapa dr. cipto mangunkusumo? kenapa rumah sakit besar di jakarta pakai nama beliau?"], case="lower")
clean(C, "purkyne_cs", "cs", ["Kdo byl Jan Evangelista Purkyně a proč se po něm jmenuje univerzita v Ústí?"])
clean(C, "sight_day_caps", "en", [
    "WORLD SIGHT DAY QUIZ: WHO INVENTED SOFT CONTACT LENSES - ADOLF FICK, LEONARDO DA VINCI OR OTTO WICHTERLE? "
    "ANSWER + ONE LINE EACH"], case="upper")
clean(C, "pioneers", "en", [
    "Write a paragraph on Elizabeth Garrett Anderson for International Women's Day at the surgery.",
    "Who was Sir Harold Ridley, the eye surgeon behind the intraocular lens? Three sentences for our cataract "
    "leaflet.",
])


# ================================================================ clean_templates (PII-free)
C = "clean_templates"
clean(C, "blank_registration", "en", [
    "Make this registration form accessible (bigger labels, plain English):\n\nSurname: ____________\n"
    "First name(s): ____________\nDate of birth: __ / __ / ____\nNHS number: ___ ___ ____\n"
    "Address: ______________________\nPostcode: ________\nMobile: ______________\n"
    "Email: ______________@________"])
clean(C, "merge_fields", "en", [
    "Fix the merge fields in this recall letter, Word shows «error»:\n\nDear {{title}} {{last_name}},\n"
    "Our records show your eye examination is due on {{recall_date}}. Please call {{practice_phone}} or book "
    "online at https://book.example.com/{{practice_id}}.\nYours sincerely,\n{{optometrist_name}}",
    "Jinja question: how do I default {{ patient.first_name }} to 'there' when it's empty? Template: "
    "Hi {{ patient.first_name }}, your prescription is ready to collect from {{ branch.name }}.",
])
clean(C, "sms_templates_lower", "en", [
    "shorten this sms template under 160 chars: hi [FIRST NAME], your repeat prescription is ready at "
    "[PHARMACY]. please bring [COLLECTION CODE]. reply STOP to opt out",
    "can u make this reminder friendlier: <PATIENT_NAME> your appt with <CLINICIAN> is on <DATE> at <TIME>, "
    "pls arrive 10 mins early",
], case="lower")
clean(C, "training_patients", "en", [
    "Lay this out properly for a window envelope:\n\nThe Registrar\nGeneral Optical Council\n10 Old Bailey\n"
    "London EC4M 7NG",
    "Our test system has patients called John Doe, Mickey Mouse and 'TESTPATIENT, Donotuse'. Write a SQL query "
    "that excludes them from the monthly report.",
])
clean(C, "fhir_sandbox", "en", [
    "Is this a valid FHIR Patient for the sandbox?\n\n{\"resourceType\": \"Patient\", \"name\": [{\"family\": "
    "\"Testpatient\", \"given\": [\"Donotuse\"]}], \"birthDate\": \"1900-01-01\", \"telecom\": [{\"system\": "
    "\"email\", \"value\": \"test.patient@example.org\"}], \"identifier\": [{\"system\": "
    "\"https://fhir.nhs.uk/Id/nhs-number\", \"value\": \"9990000018\"}]}"])
clean(C, "stripe_test", "en", [
    "Stripe test mode for our online physio bookings: card 4242 4242 4242 4242 goes through but "
    "4000 0000 0000 9995 gets declined. Is that expected?"])
clean(C, "csv_header_only", "en", [
    "Fill this CSV with three rows of obviously fake example data for a software demo:\n\n"
    "patient_id,first_name,last_name,dob,postcode,phone"])
clean(C, "role_rota", "en", [
    "Turn this rota into a table:\nMon: Optometrist 1, Dispensing optician, Receptionist A\nTue: Optometrist 2, "
    "Contact lens optician, Receptionist B\nWed: closed (CPD)\nThu: Optometrist 1, Audiologist (visiting)\n"
    "Fri: Optometrist 2, Receptionist A + B"])
clean(C, "auto_reply", "en", [
    "Set up an auto-reply for prescriptions@example.com saying requests take 2 working days. Sign it 'The "
    "Dispensary Team'."])
clean(C, "drama_number", "en", [
    "For our TV advert script the pharmacy phone number has to be a fictional one. Is 01632 960123 OK, or "
    "should we use 07700 900456 because it's a mobile?"])
clean(C, "mustermann_de", "de", [
    "Erstelle für die MFA-Schulung einen Anamnesebogen mit dem Beispielpatienten Max Mustermann (geb. "
    "01.01.1970) – nur Platzhalter, keine echten Daten."])
clean(C, "modeles_fr", "fr", [
    "Modèle de courrier : « Madame, Monsieur {NOM}, votre rendez-vous chez l'orthoptiste est fixé au {DATE}. » "
    "Peux-tu le rendre plus chaleureux ?",
    "Pour une formation, invente un dossier fictif au nom de Monsieur Tout-le-Monde, né le 01/01/1980, sans "
    "aucune vraie donnée.",
])
clean(C, "plantilla_es", "es", [
    "Plantilla de recordatorio: «Hola {{nombre}}, te esperamos en la clínica dental el {{fecha}} a las "
    "{{hora}}». ¿Cómo la configuro en WhatsApp Business?"])
clean(C, "schede_it", "it", [
    "Scrivi tre schede paziente di esempio per Tizio, Caio e Sempronio, con dati chiaramente inventati, per il "
    "corso ASO.",
    "Modulo vuoto da impaginare:\nCognome: ______  Nome: ______\nCodice fiscale: ________________\n"
    "Data di nascita: __/__/____\nTessera sanitaria n.: ____________",
])
clean(C, "modelo_sms_pt", "pt", [
    "Modelo de SMS: 'Olá [NOME], a sua consulta de oftalmologia é dia [DATA] às [HORA].' Dá para encurtar? O "
    "exemplo do manual usa o Zé Ninguém."])
clean(C, "oefendossier_nl", "nl", [
    "Maak een oefendossier voor de opleiding doktersassistent met Jan Jansen, Dorpsstraat 1, 1234 AB Ergens – "
    "puur fictief."])
clean(C, "formularz_pl", "pl", [
    "Wzór formularza: Imię: ........ Nazwisko: ........ PESEL: ........... Data urodzenia: ........ – zrób z "
    "tego ładną tabelkę do druku."])
clean(C, "monshinhyo_ja", "ja", [
    "問診票のテンプレートを作ってください。記入例の氏名は「山田太郎」、住所は「東京都千代田区千代田1-1」のように明らかな"
    "例にしてください。"])
clean(C, "dengjibiao_zh", "zh", ["帮我设计一个门诊登记表模板，示例姓名用“王五”，手机号写成“1XX-XXXX-XXXX”。"])
clean(C, "gasang_hwanja_ko", "ko", [
    "접수 교육용으로 가상 환자 '김아무개' 예시 서류를 만들어 주세요. 주민번호 칸은 000000-0000000처럼 비워 두고요."])
clean(C, "pupkin_ru", "ru", ["Сделай шаблон медицинской карты с примером «Вася Пупкин», все данные вымышленные."])
clean(C, "tavnit_he", "he", ["תכין תבנית של טופס רישום למרפאה עם דוגמה: ישראל ישראלי, רחוב הדוגמה 1."])
clean(C, "namudhaj_ar", "ar", [
    "صمم نموذج تسجيل مريض فارغ: الاسم: ____ تاريخ الميلاد: ____ رقم الهاتف: ____ مع مثال باسم فلان الفلاني."])
clean(C, "sablon_tr", "tr", [
    "Hasta kayıt formu şablonu hazırla; örnek isim olarak 'Ali Veli' kullan, T.C. kimlik alanını boş bırak."])
clean(C, "sample_slip_tl", "tl", [
    "gawa ka ng sample na appointment slip para kay Juan dela Cruz, yung obvious na example lang"], case="lower")
clean(C, "notice_caps", "en", [
    "NOTICE TO ALL PATIENTS: PLEASE DO NOT WRITE YOUR PIN OR CARD NUMBER ON THE REPEAT SLIP. WE WILL NEVER TEXT "
    "YOU ASKING FOR BANK DETAILS. - MAKE THIS POLITER"], case="upper")
clean(C, "blank_forms", "en", [
    "Summarise this training role-play in two lines:\n\nReceptionist: Good morning, Hillside Surgery.\n"
    "Caller: Hi, I need to cancel my appointment.\nReceptionist: Can I take your name and date of birth?\n"
    "Caller: [FULL NAME], [DOB].\nReceptionist: Thank you, that's cancelled. Mr A N Other is next.",
    "Can you format this address for a referral envelope?\n\nMoorfields Eye Hospital\n162 City Road\nLondon\n"
    "EC1V 2PD",
    "Fill in the header of this Markdown table for a clinic day list and leave the rows empty:\n\n"
    "| Time | Patient | DOB | Phone | Clinician |\n|---|---|---|---|---|\n|  |  |  |  |  |",
])


# ================================================================ build and check
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "el": "Greek",
    "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "he": "Hebrew", "ar": "Arabic", "hi": "Hindi",
    "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish", "sv": "Swedish",
    "no": "Norwegian", "da": "Danish", "fi": "Finnish", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
    "sw": "Swahili", "ca": "Catalan",
}


def build():
    rng = random.Random(SEED)
    f = Fill(rng)
    rows, meta = [], []
    for t in TEMPLATES:
        f.start_template()
        for i in range(t["n"]):
            f.start_row()
            marked = t["fn"](f, i)
            case = t["case"][i] if isinstance(t["case"], tuple) else t["case"]
            text, spans = unmark(marked, case)
            rows.append({"id": f"{NAME}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
            meta.append({"lang": t["lang"], "case": case})
    return rows, meta, f


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def check(rows, meta, fill):
    errs = []

    def err(msg):
        errs.append(msg)

    # shape of the set
    if len(rows) != 324:
        err(f"{len(rows)} rows, want 324")
    personal = [r for r in rows if r["class"].startswith("personal_")]
    cleans = [r for r in rows if r["class"].startswith("clean_")]
    if len(personal) != 162 or len(cleans) != 162:
        err(f"personal {len(personal)} / clean {len(cleans)}, want 162 / 162")
    classes = Counter(r["class"] for r in rows)
    if not 8 <= len(classes) <= 12:
        err(f"{len(classes)} classes")
    tcount = Counter((r["class"], r["template"]) for r in rows)
    if len(tcount) < 80:
        err(f"only {len(tcount)} templates")
    if max(tcount.values()) > 5:
        err("a template has more than 5 rows")
    # ids, texts, fields
    idre = re.compile(rf"^{NAME}-(personal|clean)_[a-z_]+-[a-z0-9_]+-\d+$")
    if len({r["id"] for r in rows}) != len(rows):
        err("duplicate ids")
    if len({r["text"] for r in rows}) != len(rows):
        err("duplicate texts")
    for r in rows:
        if list(r) != ["id", "text", "spans", "source", "class", "template", "locale"]:
            err(f"{r['id']}: fields")
        if not idre.match(r["id"]) or r["id"] != f"{NAME}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}":
            err(f"{r['id']}: id pattern")
        if r["source"] != SOURCE or r["locale"] != "":
            err(f"{r['id']}: source/locale")
        t = r["text"]
        if "⟦" in t or "⟧" in t or re.search(r"\{\w+:[^}]*\}", t) and r["class"].startswith("personal_"):
            err(f"{r['id']}: marker left in text")
        if not 25 <= len(t) <= 800:
            err(f"{r['id']}: length {len(t)}")
        if not 1 <= t.count("\n") + 1 <= 15:
            err(f"{r['id']}: {t.count(chr(10)) + 1} lines")
        last = 0
        for s in r["spans"]:
            if s["type"] not in TYPES:
                err(f"{r['id']}: type {s['type']}")
            if t[s["start"]:s["end"]] != s["value"]:
                err(f"{r['id']}: slice {s}")
            if not s["value"] or s["value"] != s["value"].strip():
                err(f"{r['id']}: empty or padded {s}")
            if s["start"] < last:
                err(f"{r['id']}: spans overlap or unsorted")
            last = s["end"]
        if r["class"].startswith("clean_") and r["spans"]:
            err(f"{r['id']}: spans in a clean row")
        if r["class"].startswith("personal_") and not r["spans"]:
            err(f"{r['id']}: no span in a personal row")
    # languages
    langs = Counter(m["lang"] for m in meta)
    non_en = sum(v for k, v in langs.items() if k != "en")
    if len(langs) - 1 < 20:
        err(f"only {len(langs) - 1} languages besides English")
    if not 0.35 <= non_en / len(rows) <= 0.50:
        err(f"{non_en} rows not in English")
    # values that may sit in one row only
    once = Counter()
    for r in rows:
        for v in {(s["type"], s["value"]) for s in r["spans"]
                  if s["type"] in {"PHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID", "US_SSN", "IBAN_CODE",
                                   "CREDIT_CARD", "IP_ADDRESS"}}:
            once[v] += 1
    for v, c in once.items():
        if c > 1:
            err(f"{v} in {c} rows")
    # no private value of a personal row inside a PII-free row
    clean_low = [r["text"].lower() for r in cleans]
    for r in personal:
        for s in r["spans"]:
            if s["type"] == "LOCATION" or (s["type"] == "PERSON" and " " not in s["value"]):
                continue
            if any(s["value"].lower() in ct for ct in clean_low):
                err(f"{r['id']}: {s['value']!r} also in a PII-free row")
    # check digits of everything typed in
    for kind, recs in IDS.items():
        for rec in recs:
            if not VALID[kind](rec["v"]):
                err(f"{kind} {rec['v']}: check digit")
            if rec["p"] is not None and not _sex_ok(rec):
                err(f"{kind} {rec['v']}: birth date or sex disagrees with its holder")
    for c in CARDS:
        if not luhn_ok(c):
            err(f"card {c}: Luhn")
    for v in IBANS.values():
        if not iban_ok(v):
            err(f"IBAN {v}: check digits")
    typed = {rec["v"] for recs in IDS.values() for rec in recs}
    for r in rows:
        for s in r["spans"]:
            if s["type"] in ("NATIONAL_ID", "US_SSN") and s["value"].upper() not in {x.upper() for x in typed}:
                err(f"{r['id']}: ID {s['value']} not among the typed, checked numbers")
            if s["type"] == "CREDIT_CARD" and s["value"] not in CARDS:
                err(f"{r['id']}: card not among the typed ones")
            if s["type"] == "IBAN_CODE" and s["value"].upper() not in {x.upper() for x in IBANS.values()}:
                err(f"{r['id']}: IBAN not among the typed ones")
    return errs


def stats(rows, meta):
    out = []
    cls = Counter(r["class"] for r in rows)
    tpls = Counter(r["class"] for r in rows if r["id"].endswith("-0"))
    for c in sorted(cls):
        out.append(f"  {c:28s} rows {cls[c]:3d}  templates {tpls[c]:3d}")
    out.append(f"  templates: {len(TEMPLATES)}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    out.append("  spans: " + ", ".join(f"{k} {v}" for k, v in spans.most_common()) + f" ({sum(spans.values())})")
    langs = Counter(m["lang"] for m in meta)
    out.append("  languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    for half in ("personal_", "clean_"):
        idx = [k for k, r in enumerate(rows) if r["class"].startswith(half)]
        ne = sum(1 for k in idx if meta[k]["lang"] != "en")
        lo = sum(1 for k in idx if meta[k]["case"] == "lower")
        up = sum(1 for k in idx if meta[k]["case"] == "upper")
        out.append(f"  {half:10s} not English {ne}, lower case {lo}, capitals {up}")
    ne = sum(1 for m in meta if m["lang"] != "en")
    out.append(f"  not English: {ne} of {len(rows)} ({100 * ne / len(rows):.1f}%), languages besides English: "
               f"{len(langs) - 1}")
    lens = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    out.append(f"  length {min(lens)}-{max(lens)} chars, {min(lines)}-{max(lines)} lines")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="rebuild in memory, compare, run check()")
    args = ap.parse_args()
    rows, meta, fill = build()
    rows2, _, _ = build()
    data = dump(rows)
    if dump(rows2) != data:
        print("build is not deterministic")
        return 1
    errs = check(rows, meta, fill)
    for e in errs:
        print("CHECK:", e)
    if args.check:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print(f"{OUT.name}: {'unchanged' if ok else 'differs or missing'}")
        return 0 if ok and not errs else 1
    if errs:
        return 1
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.name}: {len(rows)} rows")
    print(stats(rows, meta))
    print(f"  sha256 {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
