#!/usr/bin/env python3
"""interpret: a hand-written check set from translation and interpreting agencies and their clients.

Writes tune.jsonl next to this file (324 rows: 162 with personal data, 162 PII-free).
Every private value (names, streets, towns' house numbers, postcodes, phones, dates of birth,
ID numbers, IBANs, cards, IP addresses) is typed by hand below; e-mail local parts are built
from the typed names. Check digits were worked out once and are verified by check().

    python build.py          # write tune.jsonl, print counts and sha256
    python build.py --check  # rebuild in memory, compare with tune.jsonl, run check()
"""
import collections
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

SEED = 6301
NAME = "interpret"
SPLIT = "tune"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, SPLIT + ".jsonl")
SOURCE = "eval/" + NAME + "/build.py"

TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "NATIONAL_ID", "DATE_OF_BIRTH", "US_SSN"}


# ---------------------------------------------------------------- markers

def mk(t, v):
    assert v == v.strip() and v, (t, v)
    return "\u27e6" + t + "|" + v + "\u27e7"


def P(v):
    return mk("PERSON", v)


def L(v):
    return mk("LOCATION", v)


def PH(v):
    return mk("PHONE_NUMBER", v)


def EM(v):
    return mk("EMAIL_ADDRESS", v)


def DOB(v):
    return mk("DATE_OF_BIRTH", v)


def NID(v):
    return mk("NATIONAL_ID", v)


def IBAN(v):
    return mk("IBAN_CODE", v)


def CARD(v):
    return mk("CREDIT_CARD", v)


def IP(v):
    return mk("IP_ADDRESS", v)


def SSN(v):
    return mk("US_SSN", v)


MARK = re.compile("\u27e6([A-Z_]+)\\|(.*?)\u27e7", re.S)


def unmark(marked, case=None):
    def cf(s):
        if case == "lower":
            return s.replace("İ", "i").lower()
        if case == "upper":
            return s.upper()
        return s
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        plain = cf(marked[pos:m.start()])
        out.append(plain)
        n += len(plain)
        val = cf(m.group(2))
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    tail = cf(marked[pos:])
    out.append(tail)
    text = "".join(out)
    assert "\u27e6" not in text and "\u27e7" not in text, marked[:80]
    return text, spans


def addr_parse(s):
    """Address lines are typed with [..] around every labelled part."""
    return re.sub(r"\[([^\[\]]+)\]", lambda m: L(m.group(1)), s)


# ---------------------------------------------------------------- people

class Person:
    def __init__(self, pool, idx, given, family, sex, tag, order, lang="", mid="", rom=""):
        self.key = "person:" + pool + ":" + str(idx)
        self.pool, self.given, self.family, self.sex, self.tag = pool, given, family, sex, tag
        self.order, self.lang, self.mid, self.rom = order, lang, mid, rom

    @property
    def full(self):
        if self.order == "fg":
            return self.family + " " + self.given
        if self.order == "fgn":
            return self.family + self.given
        return self.given + " " + self.family

    @property
    def official(self):  # Russian / Ukrainian / Bulgarian order with patronymic
        return self.family + " " + self.given + (" " + self.mid if self.mid else "")

    @property
    def gmf(self):  # given patronymic family
        return self.given + (" " + self.mid if self.mid else "") + " " + self.family

    def latin(self):
        if self.rom:
            g, f = self.rom.split("|")
            return g, f
        return self.given, self.family


FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ı": "i", "ð": "d", "þ": "th", "œ": "oe"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


# pools: given|family|sex|culture tag|language spoken (en pool) ; order per pool
# en: the English-language world (UK, Ireland, US, Canada, Australia, South Africa): staff with no
# language, clients and community interpreters with the language they speak.
POOLS_RAW = {
    "en": ("gf", """
Gemma|Halloran|F|Irish|
Rhys|Pritchard|M|Welsh|
Shona|MacAulay|F|Scottish|
Olumide|Bankole|M|Yoruba British|
Priya|Venkatesan|F|Tamil British|
Tom|Haverfield|M|English|
Bethany|Croft|F|English|
Callum|Rennie|M|Scottish|
Nkechi|Obi-Lawson|F|Igbo British|
Harriet|Summers|F|English|
Dean|Whitlock|M|English|
Joy|Amankwah|F|Akan British|
Grace|Baker|F|English|
Adam|Smith|M|Scottish|
Sunita|Kaur Bhogal|F|Punjabi British|
Marcus|Delaney|M|Irish|
Fiona|Teague|F|Northern Irish|
Kwame|Asante-Boakye|M|Ghanaian British|
Lucy|Penhaligon|F|Cornish|
Imran|Siddiqui|M|Pakistani British|
Dawn|Hardcastle|F|English|
Mark|Fielding|M|English|
Tamika|Reynolds|F|African American|
Kyle|Brandt|M|US|
Denise|Whitaker|F|US|
Kirra|Donnelly|F|Australian|
Lachlan|Pryor|M|Australian|
Eilidh|Mackinnon|F|Scottish|
Owen|Ap Dafydd|M|Welsh|
Zbigniew|Kaczmarczyk|M|Polish|Polish
Agnieszka|Pawlak-Nowicka|F|Polish|Polish
Łukasz|Sobczak|M|Polish|Polish
Renata|Mroczek|F|Polish|Polish
Vytautas|Jankauskas|M|Lithuanian|Lithuanian
Rasa|Kazlauskienė|F|Lithuanian|Lithuanian
Darius|Paulauskas|M|Lithuanian|Lithuanian
Ilze|Bērziņa|F|Latvian|Latvian
Māris|Ozols|M|Latvian|Latvian
Florin|Dumitrescu|M|Romanian|Romanian
Mihaela|Stanciu|F|Romanian|Romanian
Costel|Lungu|M|Romanian|Romanian
Plamen|Dobrev|M|Bulgarian|Bulgarian
Desislava|Nikolova|F|Bulgarian|Bulgarian
Hodan|Abdi Warsame|F|Somali|Somali
Abdirahman|Mohamed Jama|M|Somali|Somali
Faadumo|Xuseen|F|Somali|Somali
Senait|Gebremedhin|F|Eritrean|Tigrinya
Yonas|Tesfamariam|M|Eritrean|Tigrinya
Meron|Tadesse|F|Ethiopian|Amharic
Farid|Rahimi|M|Afghan|Dari
Mursal|Hakimi|F|Afghan|Dari
Zarghona|Ahmadzai|F|Afghan Pashtun|Pashto
Noorullah|Stanikzai|M|Afghan Pashtun|Pashto
Shwan|Rasul|M|Kurdish|Kurdish Sorani
Awaz|Mahmood|F|Kurdish|Kurdish Sorani
Rasha|Haddad|F|Syrian|Arabic (Levantine)
Bassel|Kanaan|M|Syrian|Arabic (Levantine)
Amal|Darwish|F|Syrian|Arabic (Levantine)
Mawahib|Osman|F|Sudanese|Arabic (Sudanese)
Elfatih|Babiker|M|Sudanese|Arabic (Sudanese)
Shirin|Farahani|F|Iranian|Farsi
Kourosh|Bahrami|M|Iranian|Farsi
Nadia|Parveen|F|Pakistani|Urdu
Tariq|Mehmood Awan|M|Pakistani|Urdu
Harjit|Singh Grewal|M|Punjabi|Punjabi
Manpreet|Kaur Sidhu|F|Punjabi|Punjabi
Rahima|Begum|F|Sylheti|Bengali (Sylheti)
Shahin|Miah|M|Sylheti|Bengali (Sylheti)
Tharshini|Sivakumar|F|Sri Lankan Tamil|Tamil
Kajan|Ravindran|M|Sri Lankan Tamil|Tamil
Oksana|Savchuk|F|Ukrainian|Ukrainian
Taras|Bondarenko|M|Ukrainian|Ukrainian
Yuliia|Moroz|F|Ukrainian|Ukrainian
Arbër|Hoxha|M|Albanian|Albanian
Elira|Gashi|F|Kosovar|Albanian
Ana Luísa|Correia|F|Portuguese|Portuguese
Wellington|Souza Batista|M|Brazilian|Portuguese (Brazilian)
Jéssica|Nascimento|F|Brazilian|Portuguese (Brazilian)
María Guadalupe|Ortega|F|Mexican|Spanish
Esteban|Quintero|M|Colombian|Spanish
Rosa|Flores Mamani|F|Bolivian|Spanish
Santos|Bámaca López|M|Guatemalan Mam|Mam
Wideline|Joseph|F|Haitian|Haitian Creole
Jean-Robert|Pierre-Louis|M|Haitian|Haitian Creole
Pa Nhia|Vang|F|Hmong|Hmong
Tou|Lor|M|Hmong|Hmong
Saw Eh|Doh|M|Karen|Karen
Bishnu|Gurung|M|Nepali|Nepali
Sabina|Thapa Magar|F|Nepali|Nepali
Ahmet|Kaya|M|Turkish|Turkish
Elif|Şahin|F|Turkish|Turkish
Marek|Hudák|M|Slovak|Slovak
Denisa|Kotlárová|F|Slovak Roma|Slovak
Chaltu|Gemechu|F|Oromo|Oromo
Grâce|Mbuyi Kalala|F|Congolese|Lingala
Lamin|Jallow|M|Gambian|Mandinka
Maricel|Dizon|F|Filipino|Tagalog
Anu|Varghese|F|Malayali|Malayalam
Precious|Moyo|F|Zimbabwean|Shona
Sunday|Adeyemi|M|Nigerian|Yoruba
Karen|Buckley|F|English Deaf|BSL
Tyrone|Matthews|M|African American Deaf|ASL
Svetlana|Orlova|F|Russian|Russian
Jayesh|Solanki|M|Gujarati|Gujarati
Thị Hồng|Phạm|F|Vietnamese|Vietnamese
Văn Tài|Lê|M|Vietnamese|Vietnamese
Siu-ling|Chan|F|Hong Kong|Cantonese
Wai-kit|Leung|M|Hong Kong|Cantonese
Yuqing|Zhang|F|Chinese|Mandarin
Hao|Guo|M|Chinese|Mandarin
Bence|Kovács|M|Hungarian|Hungarian
Gennaro|Esposito|M|Neapolitan|Italian
Sipho|Mahlangu|M|Ndebele South African|isiNdebele
Siobhán|Ní Dhonnchadha|F|Irish|Irish
Liam|O'Dwyer|M|Australian|
Marie-Ève|Tremblay|F|Québécois|French
Hiral|Mistry|F|Gujarati|Gujarati
Bhavesh|Lad|M|Gujarati|Gujarati
Jincy|Thomas|F|Malayali|Malayalam
Obsa|Tolera|M|Oromo|Oromo
Patience|Ilunga|F|Congolese|Lingala
Fatou|Ceesay|F|Gambian|Mandinka
Liezl|Panganiban|F|Filipino|Tagalog
Romel|Sarmiento|M|Filipino|Tagalog
Tendai|Mupfumira|M|Zimbabwean|Shona
Folake|Adebisi|F|Nigerian|Yoruba
Igor|Sokolov|M|Russian|Russian
Yelena|Markova|F|Latvian Russian|Russian
Concetta|Russo|F|Sicilian|Italian
Naw Paw|Htoo|F|Karen|Karen
Lidia|Ramírez Ordóñez|F|Guatemalan Mam|Mam
Dawit|Alemayehu|M|Ethiopian|Amharic
Zuzana|Oláhová|F|Slovak Roma|Slovak
Dóra|Halász|F|Hungarian|Hungarian
Kristaps|Kalniņš|M|Latvian|Latvian
Velichka|Stoeva|F|Bulgarian|Bulgarian
Rojda|Demir|F|Kurdish|Kurdish Kurmanji
Azad|Xelîl|M|Kurdish|Kurdish Kurmanji
Haider|Al-Jubouri|M|Iraqi|Arabic (Iraqi)
Zainab|Kadhim|F|Iraqi|Arabic (Iraqi)
Nabil|Al-Maqtari|M|Yemeni|Arabic (Yemeni)
Thandar|Aung|F|Burmese|Burmese
Kyaw Zin|Htet|M|Burmese|Burmese
Sokha|Chea|F|Cambodian|Khmer
Mihray|Tursun|F|Uyghur|Uyghur
Nino|Beridze|F|Georgian|Georgian
Moustapha|Ndiaye|M|Senegalese|Wolof
Esperança|Kiala|F|Angolan|Portuguese
Yusmary|Briceño|F|Venezuelan|Spanish
Wahid|Noori|M|Afghan|Dari
Grażyna|Olszewska|F|Polish|Polish
Nicoleta|Bălan|F|Romanian|Romanian
Jolanta|Urbonienė|F|Lithuanian|Lithuanian
Karthik|Subramanian|M|Indian Tamil|Tamil
Chiamaka|Eze|F|Igbo|Igbo
Kofi|Mensah-Bonsu|M|Akan|Twi
Megan|Lloyd-Jones|F|Welsh|
Connor|Walsh|M|Irish|
Abigail|Ferris|F|English|
Hugh|Mather|M|English|
Rebecca|Stone|F|English|
Jordan|Henderson|M|English|
"""),
    "de": ("gf", """
Katrin|Hollenbach|F|German
Jens|Ackermann|M|German
Dilara|Yıldırım|F|Turkish German
Sven|Kranich|M|German
Annegret|Vogelsang|F|German
Mehmet|Öztürk|M|Turkish German
Birgit|Schäfer-Lindner|F|German
Lukas|Brunner|M|Austrian
Theresa|Huber|F|Bavarian
Nikola|Marković|M|Serbian German
Friederike|Sommer|F|German
Wolfgang|Fuchs|M|German
Thomas|Müller|M|German
Heike|Engel|F|German
Ole|Petersen|M|North Frisian
Larissa|Janzen|F|Russian German
Katharina|Bräutigam|F|German
Johann|Pichler|M|Austrian
Reto|Gisler|M|Swiss
Ursula|von Bredow|F|German
"""),
    "fr": ("gf", """
Sandrine|Leclerc|F|French
Mathieu|Ravel|M|French
Nadia|Benali|F|Algerian French
Yannick|Le Goff|M|Breton
Aurélie|Vasseur|F|French
Kévin|Morel|M|French
Fatoumata|Diallo|F|Guinean French
Jean-Baptiste|Koffi|M|Ivorian
Hélène|de la Porte|F|French
Chloé|Marchand|F|French
Thierry|Gauthier|M|French
Amandine|Roussel|F|French
Thibault|Vandercammen|M|Belgian
Manon|Dewulf|F|Belgian
Étienne|Gagnon|M|Québécois
Maëlle|Guérin|F|French
Youssef|Amrani|M|Moroccan French
Océane|Blanc|F|French
"""),
    "es": ("gf", """
Lucía|Ferrer Sanz|F|Spanish
Javier|Manzano Gil|M|Spanish
Nerea|Goikoetxea Uribe|F|Basque
Carmen|Blanco Iglesias|F|Galician
Mohamed|El Amrani|M|Moroccan Spanish
Paula|Vidal Roig|F|Catalan
Andrés|Castillo|M|Spanish
Rocío|Montero|F|Andalusian
Rodrigo|Villalobos Pérez|M|Mexican
Catalina|Fuentes Araya|F|Chilean
Matías|Aguirre|M|Argentine
Guadalupe|Sánchez Ríos|F|Mexican
Ionela|Pătrașcu|F|Romanian
Ousmane|Sow|M|Senegalese
Marisol|Cuenca|F|Ecuadorian
"""),
    "it": ("gf", """
Ilaria|Santoro|F|Apulian
Paolo|Rossi|M|Tuscan
Federica|Lombardi|F|Lombard
Salvatore|Cuccia|M|Sicilian
Chiara|De Santis|F|Roman
Marco|Dell'Orto|M|Lombard
Aisha|Diop|F|Senegalese Italian
Franca|Bellini|F|Venetian
Ardit|Shehu|M|Albanian Italian
"""),
    "pt": ("gf", """
Rui Pedro|Fonseca|M|Portuguese
Inês|Carvalho Matos|F|Portuguese
Tiago|Mendes Lopes|M|Portuguese
Filipa|Ribeiro|F|Portuguese
Thaís|Guimarães Rocha|F|Brazilian
Letícia|Moura|F|Brazilian
Caio|Albuquerque|M|Brazilian
Raimundo Nonato|Silva|M|Brazilian
Edite|Cabral|F|Cape Verdean
"""),
    "nl": ("gf", """
Sevda|Doğan|F|Turkish Dutch
Pieter|Schouten|M|Dutch
Femke|van der Heijden|F|Dutch
Mohammed|Bouzid|M|Moroccan Dutch
Anouk|de Graaf|F|Dutch
Bram|Visser|M|Dutch
Joke|Terpstra|F|Frisian
Wouter|Vermeulen|M|Flemish
"""),
    "pl": ("gf", """
Zuzanna|Wróbel|F|Polish
Krzysztof|Szymański|M|Polish
Magdalena|Kowal|F|Polish
Paweł|Dudek|M|Polish
Ewa|Lis|F|Polish
Tomasz|Zając|M|Polish
Bożena|Krawczyk|F|Polish
Oliwer|Wróbel|M|Polish
"""),
    "cs": ("gf", """
Markéta|Holubová|F|Czech
Ondřej|Kučera|M|Czech
Lenka|Svobodová|F|Czech
Vojtěch|Beneš|M|Czech
"""),
    "sv": ("gf", """
Henrik|Lindqvist|M|Swedish
Linnea|Sjöberg|F|Swedish
Amir|Hosseini|M|Iranian Swedish
Karin|Björk|F|Swedish
Hamdi|Yusuf Ali|M|Somali Swedish
"""),
    "no": ("gf", """
Ingvild|Haugland|F|Norwegian
Sindre|Aasen|M|Norwegian
Mona|Strand|F|Norwegian
Ahmad|Nazari|M|Afghan Norwegian
"""),
    "da": ("gf", """
Mette|Skovgaard|F|Danish
Rasmus|Holm|M|Danish
Ayaan|Nuur|F|Somali Danish
"""),
    "fi": ("gf", """
Jukka-Pekka|Rautiainen|M|Finnish
Aino|Lehtonen|F|Finnish
Sami|Kallio|M|Finnish
"""),
    "hu": ("fg", """
Réka|Farkas|F|Hungarian
Levente|Varga|M|Hungarian
Enikő|Balogh|F|Hungarian
"""),
    "ro": ("gf", """
Ioana-Maria|Ciobanu|F|Romanian
Adrian|Popa|M|Romanian
Elena|Dragomir|F|Romanian
Vasile|Rusu|M|Moldovan
"""),
    "el": ("gf", """
Σταύρος|Καραγιάννης|M|Greek|Stavros|Karagiannis
Ελένη|Παπαδοπούλου|F|Greek|Eleni|Papadopoulou
Νίκος|Αλεξίου|M|Greek|Nikos|Alexiou
Χρυσούλα|Μαυρίδου|F|Pontic Greek|Chrysoula|Mavridou
"""),
    "tr": ("gf", """
Merve|Aktaş|F|Turkish
Hakan|Doğru|M|Turkish
Deniz|Yıldız|F|Turkish
Emre|Kılıç|M|Turkish
Berivan|Aslan|F|Kurdish Turkish
"""),
    "ru": ("gmf", """
Дарья|Кузьмина|F|Russian|Darya|Kuzmina|Олеговна
Алексей|Смирнов|M|Russian|Aleksei|Smirnov|Игоревич
Анна|Волкова|F|Russian|Anna|Volkova|Сергеевна
Тимур|Галиев|M|Tatar|Timur|Galiev|Рашидович
"""),
    "uk": ("gmf", """
Оксана|Гнатюк|F|Ukrainian|Oksana|Hnatiuk|Петрівна
Андрій|Шевченко|M|Ukrainian|Andrii|Shevchenko|Миколайович
Ірина|Ткаченко|F|Ukrainian|Iryna|Tkachenko|Василівна
Дмитро|Кравець|M|Ukrainian|Dmytro|Kravets|Олегович
Соломія|Бойко|F|Ukrainian|Solomiia|Boiko|Іванівна
"""),
    "bg": ("gmf", """
Стоян|Кирилов|M|Bulgarian|Stoyan|Kirilov|Георгиев
Мария|Петкова|F|Bulgarian|Mariya|Petkova|Иванова
"""),
    "sr": ("gf", """
Милица|Радосављевић|F|Serbian|Milica|Radosavljevic
Душан|Стојановић|M|Serbian|Dusan|Stojanovic
"""),
    "hr": ("gf", """
Ivana|Kovačević|F|Croatian
Tomislav|Babić|M|Croatian
"""),
    "lt": ("gf", """
Gintarė|Petrauskaitė|F|Lithuanian
Mindaugas|Vaitkus|M|Lithuanian
"""),
    "ar": ("gf", """
عثمان|الطيب|M|Sudanese|Osman|Eltayeb
ليلى|منصور|F|Lebanese|Layla|Mansour
يوسف|الحداد|M|Jordanian|Yousef|Alhaddad
مريم|بن علي|F|Tunisian|Meriem|Benali
أحمد|الشريف|M|Egyptian|Ahmed|Elsharif
سلمى|العمري|F|Moroccan|Salma|Elomari
"""),
    "he": ("gf", """
נועה|פרידמן|F|Israeli|Noa|Friedman
אבי|כהן-לוי|M|Israeli|Avi|Cohen-Levi
מרים|אזולאי|F|Israeli|Miriam|Azoulay
"""),
    "fa": ("gf", """
زهرا|رضایی|F|Iranian|Zahra|Rezaei
امید|کریمی|M|Iranian|Omid|Karimi
مهسا|جعفری|F|Iranian|Mahsa|Jafari
"""),
    "hi": ("gf", """
अंजलि|देशमुख|F|Marathi|Anjali|Deshmukh
राकेश|वर्मा|M|Hindi|Rakesh|Verma
सुनीता|यादव|F|Hindi|Sunita|Yadav
विकास|चौहान|M|Hindi|Vikas|Chauhan
"""),
    "ur": ("gf", """
فرحانہ|اقبال|F|Pakistani|Farhana|Iqbal
عمران|شیخ|M|Pakistani|Imran|Sheikh
"""),
    "bn": ("gf", """
রহিমা|খাতুন|F|Bangladeshi|Rahima|Khatun
সাইফুল|ইসলাম|M|Bangladeshi|Saiful|Islam
"""),
    "zh": ("fgn", """
浩然|周|M|Sichuanese|Haoran|Zhou
静怡|李|F|Chinese|Jingyi|Li
志强|陈|M|Cantonese|Zhiqiang|Chen
洋|刘|F|Chinese|Yang|Liu
晓燕|沈|F|Zhejiang|Xiaoyan|Shen
"""),
    "ja": ("fgn", """
颯太|石川|M|Japanese|Sota|Ishikawa
優子|中村|F|Japanese|Yuko|Nakamura
健|渡辺|M|Japanese|Ken|Watanabe
あかり|松本|F|Japanese|Akari|Matsumoto
"""),
    "ko": ("fgn", """
서윤|한|F|Korean|Seoyun|Han
민재|김|M|Korean|Minjae|Kim
지은|이|F|Korean|Jieun|Lee
준호|박|M|Korean|Junho|Park
"""),
    "vi": ("fg", """
Quang Vinh|Đỗ|M|Vietnamese
Thị Thu Trang|Nguyễn|F|Vietnamese
Văn Phúc|Trần|M|Vietnamese
Thị Mỹ Dung|Lê|F|Vietnamese
"""),
    "th": ("gf", """
ปิยะนุช|ศรีสุวรรณ|F|Thai|Piyanut|Srisuwan
ธนากร|บุญมา|M|Isan Thai|Thanakorn|Boonma
"""),
    "id": ("gf", """
Siti|Nurhaliza|F|Sundanese
Agus|Setiawan|M|Javanese
Dewi|Lestari|F|Javanese
"""),
    "tl": ("gf", """
Ma. Cristina|Dela Cruz|F|Filipino
Jericho|Manalastas|M|Kapampangan
Rowena|Lacson|F|Filipino
"""),
    "sw": ("gf", """
Wanjiru|Kamau|F|Kikuyu
Baraka|Otieno|M|Luo
"""),
}


def load_pools():
    pools = {}
    for code, (order, raw) in POOLS_RAW.items():
        out = []
        for i, line in enumerate(x for x in raw.strip().splitlines() if x.strip()):
            f = line.split("|")
            given, family, sex, tag = f[0], f[1], f[2], f[3]
            lang, mid, rom = "", "", ""
            if code == "en":
                lang = f[4]
            elif len(f) >= 6:
                rom = f[4] + "|" + f[5]
                if len(f) >= 7:
                    mid = f[6]
            o = order
            if code == "en" and tag in ("Vietnamese", "Hungarian"):
                o = "fg"
            if code == "en" and tag in ("Hong Kong", "Chinese"):
                o = "fg"
            if code in ("ru", "uk", "bg"):
                o = "gf"
            out.append(Person(code, i, given, family, sex, tag, o, lang, mid, rom))
        pools[code] = out
    return pools


POOLS = load_pools()

# ---------------------------------------------------------------- addresses
# one string an address, lines split by "\n"; [..] is a labelled part, {..} the labelled town.
ADDR_RAW = {
    "GB": [
        "[Flat 3]\n[27 Sleaford Road]\n{Boston}\n[PE21 8EG]",
        "[41 Winsover Road]\n{Spalding}\n[PE11 1EJ]",
        "[9 Croxton Road]\n{Thetford}\n[IP24 1AU]",
        "[112 Rockingham Road]\n{Corby}\n[NN17 1AE]",
        "[6 Gresty Terrace]\n{Crewe}\n[CW1 3JS]",
        "[58 Lawkholme Lane]\n{Keighley}\n[BD21 3JN]",
        "[Flat 12] [Ravenscroft House]\n[Halifax Road]\n{Dewsbury}\n[WF13 2JH]",
        "[17 Heneage Road]\n{Grimsby}\n[DN32 9DZ]",
        "[203 Cape Hill]\n{Smethwick}\n[B66 4SH]",
        "[35 Kingsley Road]\n{Hounslow}\n[TW3 1QB]",
        "[72 Gladstone Street]\n{Peterborough}\n[PE1 2BH]",
        "[24 Havelock Street]\n{Kettering}\n[NN16 9QA]",
        "[15 Leverington Road]\n{Wisbech}\n[PE13 1PJ]",
        "[88 Bury Road]\n{Rochdale}\n[OL11 4AE]",
        "[33 Manor Road]\n{Sleaford}\n[NG34 7EG]",
        "[5 Tennyson Avenue]\n{King's Lynn}\n[PE30 2QJ]",
        "[146 Oxford Road]\n{Reading}\n[RG1 7PJ]",
        "[412 Stratford Road]\n{Birmingham}\n[B11 4AD]",
        "[67 Normanton Road]\n{Derby}\n[DE23 6US]",
        "[18 Highbury Road]\n{Bulwell}\n[NG6 9DA]",
        "[3 Albion Road]\n{Southall}\n[UB2 5DP]",
        "[Flat 7]\n[52 High Street North]\n{East Ham}\n[E6 2HJ]",
        "[11 Cobden Street]\n{Darlington}\n[DL1 4JB]",
        "[29 Fitzwilliam Street]\n{Huddersfield}\n[HD1 5BD]",
        "[8 Waterloo Road]\n{Wolverhampton}\n[WV1 4DJ]",
        "[120 Cowley Road]\n{Oxford}\n[OX4 1JJ]",
        "[63 Fydell Street]\n{Boston}\n[PE21 8LF]",
        "[27 Marsh Lane]\n{Long Sutton}\n[PE12 9AA]",
        "[90 Boston Road]\n{Holbeach}\n[PE12 7LR]",
        "[Flat 2/1]\n[31 Allison Street]\n{Glasgow}\n[G42 8NN]",
        "[16 Station Road]\n{Llanelli}\n[SA15 1AN]",
        "[25 Ormeau Road]\n{Belfast}\n[BT7 1SH]",
        "[12 Stoney Stanton Road]\n{Coventry}\n[CV1 4FS]",
        "[44 Whalley Range]\n{Blackburn}\n[BB1 6EA]",
    ],
    "IE": [
        "[Apt 6] [Harmony Row]\n{Ennis}\n[Co. Clare]\n[V95 K2X7]",
        "[22 Retreat Heights]\n{Athlone}\n[Co. Westmeath]\n[N37 F6R4]",
    ],
    "US": [
        "[2418 Calhoun Street]\n{Dearborn}, [MI] [48124]",
        "[77 Branch Street] [Apt 2]\n{Lowell}, [MA] [01851]",
        "[614 Seneca Street]\n{Storm Lake}, [IA] [50588]",
        "[1320 Fourth Avenue]\n{Worthington}, [MN] [56187]",
        "[905 N Taylor Avenue]\n{Garden City}, [KS] [67846]",
        "[1057 Alisal Street]\n{Salinas}, [CA] [93905]",
    ],
    "AU": [
        "[Unit 4], [19 Knight Street]\n{Shepparton} [VIC] [3630]",
        "[37 Pine Avenue]\n{Mildura} [VIC] [3500]",
    ],
    "CA": [
        "[1520 rue Girouard Ouest]\n{Saint-Hyacinthe} ([QC]) [J2S 2Z4]",
    ],
    "ZA": [
        "[14 Bok Street]\n{Polokwane}\n[0699]",
    ],
    "DE": [
        "[Lange Straße 41]\n[49377] {Vechta}",
        "[Emsteker Straße 18a]\n[49661] {Cloppenburg}",
        "[Bahnhofstraße 22]\n[33378] {Rheda-Wiedenbrück}",
        "[Nordstraße 7]\n[46399] {Bocholt}",
        "[Deichstraße 13]\n[27472] {Cuxhaven}",
        "[Hauptstraße 64]\n[91301] {Forchheim}",
        "[Lookenstraße 9]\n[49808] {Lingen (Ems)}",
        "[Kantstraße 30]\n[38226] {Salzgitter}",
    ],
    "AT": [
        "[Grünmarkt 15/2/7]\n[4400] {Steyr}",
    ],
    "CH": [
        "[Zürcherstrasse 88]\n[8500] {Frauenfeld}",
    ],
    "FR": [
        "[14 rue de la Marine]\n[59140] {Dunkerque}",
        "[8 rue Royale]\n[62100] {Calais}",
        "[27 rue de Bâle]\n[68100] {Mulhouse}",
        "[5 allée des Pinsons]\n[26200] {Montélimar}",
        "[3 rue Émile Zola]\n[79000] {Niort}",
        "[42 rue Marietton]\n[69009] {Lyon}",
    ],
    "BE": [
        "[Hoogstraat 41]\n[2800] {Mechelen}",
        "[Rue de Nimy 18]\n[7000] {Mons}",
    ],
    "ES": [
        "[C/ Julio César, 12], [3.º B]\n[04700] {El Ejido} ([Almería])",
        "[Avda. de la Constitución, 45]\n[30700] {Torre-Pacheco} ([Murcia])",
        "[C/ Miguel Hernández, 7]\n[21440] {Lepe} ([Huelva])",
        "[C/ del Pilar, 33], [1.º 2.ª]\n[43500] {Tortosa} ([Tarragona])",
        "[C/ San Juan, 21], [bajo]\n[12500] {Vinaròs} ([Castellón])",
        "[Pza. de España, 3], [2.º A]\n[30540] {Blanca} ([Murcia])",
        "[C/ Real, 88]\n[04740] {Roquetas de Mar} ([Almería])",
        "[Avda. Andalucía, 14], [4.º C]\n[29680] {Estepona} ([Málaga])",
    ],
    "MX": [
        "[Av. Patria 1456], [Col. Jardines Universidad]\n{Zapopan}, [Jal.], C.P. [45110]",
    ],
    "IT": [
        "[Via Roma 14]\n[37045] {Legnago} ([VR])",
        "[Via Carlo Alberto 9]\n[04016] {Sabaudia} ([LT])",
        "[Via Garibaldi 27]\n[97019] {Vittoria} ([RG])",
    ],
    "PT": [
        "[Rua Cândido dos Reis, 88], [2.º Dto.]\n[2400-109] {Leiria}",
        "[Rua Manuel Espregueira, 15]\n[4900-318] {Viana do Castelo}",
    ],
    "BR": [
        "[Rua Marechal Floriano, 1120], [apto 302]\n{Governador Valadares} - [MG]\nCEP [35010-140]",
        "[Rua Henrique Lage, 455]\n{Criciúma} - [SC]\nCEP [88801-010]",
    ],
    "NL": [
        "[Hoofdstraat 112]\n[7901 JT] {Hoogeveen}",
        "[Molenstraat 4]\n[5341 GE] {Oss}",
        "[Havenstraat 23]\n[2681 HN] {Monster}",
    ],
    "PL": [
        "[ul. Dworna 18] [m. 4]\n[18-400] {Łomża}",
        "[ul. Jagiellońska 52]\n[33-300] {Nowy Sącz}",
        "[ul. Kaliska 9]\n[63-400] {Ostrów Wielkopolski}",
    ],
    "CZ": [
        "[Karlovo náměstí 31]\n[674 01] {Třebíč}",
    ],
    "SE": [
        "[Storgatan 17]\n[824 30] {Hudiksvall}",
        "[Drottninggatan 5B]\n[461 32] {Trollhättan}",
    ],
    "NO": [
        "[Kirkegata 14]\n[7600] {Levanger}",
    ],
    "DK": [
        "[Jomfrustien 11], [2. th.]\n[6100] {Haderslev}",
    ],
    "FI": [
        "[Hämeenkatu 21] [B 14]\n[15110] {Lahti}",
    ],
    "HU": [
        "{Szeged}\n[Kárász utca 9.] [II/4.]\n[6720]",
    ],
    "RO": [
        "[Str. Ștefan cel Mare nr. 24], [bl. 3], [ap. 12]\n{Suceava} [720062], jud. [Suceava]",
    ],
    "GR": [
        "[Παπαναστασίου 38]\n[412 22] {Λάρισα}",
        "[Αριστομένους 72]\n[241 00] {Καλαμάτα}",
        "[Εγνατίας 112]\n[671 00] {Ξάνθη}",
    ],
    "TR": [
        "[Yavruturna Mah. İnönü Cad. No: 41] [D: 6]\nMerkez / {Çorum} [19040]",
        "[Hürriyet Mah. Kıbrıs Sok. No: 8]\n{Aksaray} [68100]",
        "[Cumhuriyet Mah. Atatürk Bulvarı No: 57] [D: 3]\n{Bartın} [74100]",
    ],
    "RU": [
        "[ул. Советская, д. 19], [кв. 34]\nг. {Кострома}, [156000]",
    ],
    "UA": [
        "[вул. Ярослава Мудрого, 14], [кв. 9]\nм. {Біла Церква}, [09100]",
        "[вул. Швабська, 23]\nм. {Ужгород}, [88000]",
    ],
    "BG": [
        "[ул. „Радецки“ № 15], [ет. 3], [ап. 8]\n{Габрово} [5300]",
    ],
    "RS": [
        "[Ул. кнеза Милоша 17]\n[32000] {Чачак}",
    ],
    "HR": [
        "[Ulica Hrvatske Republike 12]\n[31000] {Osijek}",
    ],
    "LT": [
        "[Respublikos g. 44], [but. 7]\n{Panevėžys} [LT-35173]",
    ],
    "IL": [
        "[רחוב הרצל 31], [דירה 5]\n{עפולה} [1810001]",
    ],
    "IN": [
        "[Flat 302], [Sai Krupa Apartments], [Gangapur Road]\n{Nashik} [422013]\n[Maharashtra]",
        "[H.No. 118], [Mohalla Qazian]\n{Rewari} [123401]\n[Haryana]",
    ],
    "CN": [
        "[四川省][成都市][锦江区][书院西街18号][3栋2单元501室]",
        "[浙江省][绍兴市][越城区][解放北路207号][12幢304室]",
    ],
    "JP": [
        "〒[438-0078] [静岡県][磐田市][中泉2丁目7-14] [ハイツ中泉203号]",
        "〒[370-0523] [群馬県][邑楽郡][大泉町][吉田1186-3]",
        "〒[470-0351] [愛知県][豊田市][保見ヶ丘4-2] [15棟408号]",
    ],
    "KR": [
        "[경기도] [안산시] [단원구] [원곡로 45], [302호] ([15346])",
        "[경상남도] [김해시] [가락로 112], [5층 501호] ([50924])",
    ],
    "VN": [
        "[Số 27, ngõ 14, đường Lê Lợi], phường [Hưng Bình], thành phố {Vinh}, tỉnh [Nghệ An]",
    ],
    "TH": [
        "[88/12 หมู่ 5] ต.[ในเมือง] อ.[เมืองขอนแก่น] จ.{ขอนแก่น} [40000]",
    ],
    "ID": [
        "[Jl. Tubagus Ismail VII No. 12], RT [003]/RW [005], Kel. [Sekeloa], Kec. [Coblong], {Kota Bandung} [40134]",
    ],
    "PH": [
        "[Purok 3], Brgy. [San Isidro], {Cabanatuan City}, [Nueva Ecija] [3100]",
    ],
    "KE": [
        "[P.O. Box 2207]\n{Eldoret} [30100]",
    ],
    "SA": [
        "[حي الفيصلية]، [شارع الأمير محمد بن فهد]، {الدمام} [32272]",
    ],
    "IR": [
        "{شیراز}، [خیابان زند]، [کوچه ۱۲]، [پلاک ۷]، کد پستی [۷۱۳۴۸۵۴۶۹۱]",
    ],
    "CL": [
        "[Pasaje Los Aromos 382]\n{Talca}, [Región del Maule]",
    ],
}


class Addr:
    def __init__(self, cc, idx, raw):
        self.key = "addr:" + cc + ":" + str(idx)
        self.cc = cc
        m = re.search(r"\{([^{}]+)\}", raw)
        self.town_plain = m.group(1) if m else ""
        marked = re.sub(r"\{([^{}]+)\}", lambda x: "[" + x.group(1) + "]", raw)
        self.lines = [addr_parse(x) for x in marked.split("\n")]
        self.raw = raw

    @property
    def block(self):
        return "\n".join(self.lines)

    @property
    def line(self):
        return ", ".join(self.lines)

    def joined(self, sep):
        return sep.join(self.lines)

    @property
    def town(self):
        return L(self.town_plain)


ADDRS = {cc: [Addr(cc, i, r) for i, r in enumerate(v)] for cc, v in ADDR_RAW.items()}

# ---------------------------------------------------------------- phones (national format, no country code)
PHONES = {
    "GB": ["07723 418906", "07912 604 337", "01205 361 774", "01775 712093", "07481 226 915", "07388 540 271",
           "07534 902 618", "01536 417 302", "07969 318 447", "07405 771 039", "07852 163 904", "01842 753 118",
           "07707 418 226", "07826 559 140", "07592 033 781", "07446 281 905",
           "07384 612 905", "07821 330 476", "07958 204 113", "07413 886 052", "07547 129 683", "07779 350 821",
           "07440 915 267", "07862 471 038", "07308 742 519", "07933 108 264", "07491 563 720", "07815 246 903",
           "07590 318 457", "07726 904 182", "07348 275 616", "07957 631 049", "07402 889 135", "07868 017 492",
           "07521 674 308", "07444 256 731", "0121 772 4816", "0116 251 9047", "01332 294 658", "0115 927 3302",
           "01274 608 915", "0113 249 6071", "01733 558 204", "020 8571 3349", "0141 423 8806", "028 9024 5713",
           "01553 766 284", "01529 413 870", "07935 842 170", "07591 227 046"],
    "IE": ["087 294 6613", "085 117 4082"],
    "US": ["(313) 582-0417", "978-441-2906", "(712) 299-4085", "507-372-8841", "(620) 290-1736", "831-747-0392"],
    "AU": ["0412 736 905", "(03) 5821 4477", "0438 902 116"],
    "CA": ["450 773-2291"],
    "ZA": ["082 417 3390"],
    "DE": ["0151 27438196", "04471 938172", "0176 32184470", "05242 40719", "0162 9047318", "04721 668203",
           "0157 34821906", "0591 8193047", "0173 5520418", "0521 9460273", "0151 64017723"],
    "AT": ["0664 381 2297"],
    "CH": ["079 418 26 73"],
    "FR": ["06 48 27 19 53", "07 81 44 20 96", "03 28 61 47 05", "06 12 90 38 74", "06 71 05 83 22", "04 75 01 62 39"],
    "BE": ["0476 21 88 43", "015 41 27 66"],
    "ES": ["634 218 907", "950 48 27 13", "622 840 175", "687 31 29 04", "611 904 382"],
    "MX": ["33 1847 2956"],
    "CL": ["9 8731 4402"],
    "IT": ["347 218 4490", "0442 22481", "328 907 1536", "0932 984 117"],
    "PT": ["912 847 306", "244 813 207", "936 120 584"],
    "BR": ["(33) 98814-2760", "(48) 99632-1185", "(11) 97420-3381"],
    "NL": ["06-41829375", "0528 274 190", "06 2817 4403", "06-18273940", "0412 643 218"],
    "PL": ["512 384 906", "86 218 44 73", "608 173 925", "795 402 617"],
    "CZ": ["724 318 556", "605 217 940"],
    "SE": ["070-418 26 93", "0650-174 32", "073-902 18 44"],
    "NO": ["412 83 057", "928 41 306"],
    "DK": ["28 41 96 07", "61 73 20 58"],
    "FI": ["040 718 2294", "044 391 0267"],
    "HU": ["06 30 418 2276", "06 20 915 3308"],
    "RO": ["0744 218 906", "0230 521 447", "0726 904 113"],
    "GR": ["694 718 2305", "697 203 8816"],
    "TR": ["0532 418 27 90", "0544 731 06 28", "0505 218 47 63"],
    "RU": ["8 (915) 318-42-76", "8 921 407 18 33"],
    "UA": ["067 418 2295", "(050) 731-26-48", "093 207 11 84"],
    "BG": ["0888 417 293"],
    "RS": ["064 218 4471"],
    "HR": ["091 418 3307"],
    "LT": ["8 612 48 397"],
    "IL": ["052-418-3967", "054-772-1408"],
    "IR": ["۰۹۱۲ ۴۱۸ ۲۷۳۶"],
    "IN": ["98220 41736", "94160 28375"],
    "PK": ["0300 4182736"],
    "BD": ["01712-418395"],
    "CN": ["138 1842 7605", "028-8641 2297", "159 0575 3318"],
    "JP": ["090-4183-2761", "0538-32-4417", "080-2216-9043", "0276-63-1872"],
    "KR": ["010-4182-7730", "010-9317-2254", "055-338-4172"],
    "VN": ["0912 418 365", "0389 207 114"],
    "TH": ["081 842 3306"],
    "ID": ["0812-2184-7730"],
    "PH": ["0917 418 2265"],
    "KE": ["0722 418 936", "0711 302 847"],
    "SA": ["055 418 2709"],
    "EG": ["010 2418 7733"],
    "MA": ["06 61 48 27 30"],
}

# ---------------------------------------------------------------- dates of birth (y, m, d, kind: a adult, c child, o older)
DOBS = [
    (1987, 3, 12, "a"), (1991, 11, 4, "a"), (1979, 6, 27, "a"), (1994, 1, 30, "a"), (1983, 8, 9, "a"),
    (1972, 12, 15, "a"), (1999, 5, 21, "a"), (1968, 2, 3, "o"), (1955, 9, 18, "o"), (1948, 4, 6, "o"),
    (1989, 10, 1, "a"), (1976, 7, 14, "a"), (2001, 3, 25, "a"), (1985, 4, 17, "a"), (1993, 9, 2, "a"),
    (1962, 1, 22, "o"), (1980, 5, 31, "a"), (1997, 12, 8, "a"), (1974, 10, 19, "a"), (1990, 6, 13, "a"),
    (2015, 2, 19, "c"), (2013, 11, 7, "c"), (2017, 6, 3, "c"), (2012, 9, 28, "c"), (2016, 4, 11, "c"),
    (1986, 8, 26, "a"), (1995, 3, 3, "a"), (1970, 11, 29, "a"), (2003, 7, 16, "a"), (1959, 6, 9, "o"),
    (1982, 2, 14, "a"), (1998, 10, 23, "a"), (1977, 3, 8, "a"), (1988, 12, 1, "a"), (1965, 5, 5, "o"),
    (1984, 1, 7, "a"), (1992, 7, 29, "a"), (1978, 9, 12, "a"), (1996, 2, 18, "a"), (1981, 12, 24, "a"),
    (1973, 4, 2, "a"), (2000, 8, 5, "a"), (1987, 11, 16, "a"), (1969, 3, 27, "a"), (1993, 5, 14, "a"),
    (1975, 10, 30, "a"), (1990, 2, 9, "a"), (1983, 6, 20, "a"), (1998, 4, 28, "a"), (1971, 8, 3, "a"),
    (1986, 1, 25, "a"), (1994, 10, 10, "a"), (1979, 12, 5, "a"), (2002, 1, 13, "a"), (1988, 7, 7, "a"),
    (1966, 9, 21, "a"), (1991, 3, 19, "a"), (2014, 12, 2, "c"), (2018, 5, 9, "c"), (2011, 3, 30, "c"),
    (2019, 10, 15, "c"), (1951, 7, 11, "o"), (1944, 2, 26, "o"), (1957, 11, 3, "o"), (1953, 4, 19, "o"),
]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
          "Νοεμβρίου Δεκεμβρίου",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "vi": "",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
}


def dfmt(date, style):
    y, m, d = date[0], date[1], date[2]
    if style == "dmy/":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "dmy.":
        return "%02d.%02d.%d" % (d, m, y)
    if style == "dmy-":
        return "%02d-%02d-%d" % (d, m, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "mdy/":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "ymd.":
        return "%d.%02d.%02d" % (y, m, d)
    if style == "ymd/":
        return "%d/%02d/%02d" % (y, m, d)
    if style == "cjk":
        return "%d年%d月%d日" % (y, m, d)
    if style == "ko":
        return "%d년 %d월 %d일" % (y, m, d)
    if style == "us":
        return "%s %d, %d" % (MONTHS["en"].split()[m - 1], d, y)
    if style == "en":
        return "%d %s %d" % (d, MONTHS["en"].split()[m - 1], y)
    if style in ("de", "cs"):
        return "%d. %s %d" % (d, MONTHS[style].split()[m - 1], y)
    if style in ("es", "pt"):
        return "%d de %s de %d" % (d, MONTHS[style].split()[m - 1], y)
    if style == "hu":
        return "%d. %s %d." % (y, MONTHS["hu"].split()[m - 1], d)
    if style == "lt":
        return "%d m. %s %d d." % (y, MONTHS["lt"].split()[m - 1], d)
    if style == "vi":
        return "ngày %02d tháng %02d năm %d" % (d, m, y)
    if style in MONTHS:
        return "%d %s %d" % (d, MONTHS[style].split()[m - 1], y)
    raise ValueError(style)

# ---------------------------------------------------------------- ID numbers (check digits verified in check())
# who: "pool:Given Family" for numbers tied to a person (birth date and sex agree with dob/sex)
IDS = [
    dict(kind="NHS", v="401 736 5825"),
    dict(kind="NHS", v="611 984 3701"),
    dict(kind="NHS", v="720 485 1390"),
    dict(kind="NINO", v="JT 48 27 63 C"),
    dict(kind="NINO", v="PW 73 15 90 A"),
    dict(kind="SSN", v="529-61-4807"),
    dict(kind="SSN", v="604-38-2915"),
    dict(kind="DNI", v="47382916H", who="es:Nerea Goikoetxea Uribe", dob=(1992, 4, 2), sex="F"),
    dict(kind="DNI", v="50938217W", who="es:Lucía Ferrer Sanz"),
    dict(kind="NIE", v="Y4827163Y", who="es:Ionela Pătrașcu", dob=(1990, 1, 19), sex="F"),
    dict(kind="NIE", v="X2917364K", who="es:Ousmane Sow", dob=(1981, 7, 2), sex="M"),
    dict(kind="CF", v="SNTLRI89L63A662H", who="it:Ilaria Santoro", dob=(1989, 7, 23), sex="F", place="A662"),
    dict(kind="CF", v="BLLFNC68B51L736M", who="it:Franca Bellini", dob=(1968, 2, 11), sex="F", place="L736"),
    dict(kind="NIR", v="2 84 11 69 123 045 62", who="fr:Maëlle Guérin", dob=(1984, 11, 6), sex="F"),
    dict(kind="NIR", v="1 79 05 99 350 218 34", who="fr:Youssef Amrani", dob=(1979, 5, 21), sex="M"),
    dict(kind="BSN", v="283947159", who="nl:Sevda Doğan", dob=(1986, 10, 4), sex="F"),
    dict(kind="BSN", v="174620391", who="nl:Mohammed Bouzid", dob=(1958, 3, 30), sex="M"),
    dict(kind="RRN_BE", v="91.02.17-263.85", who="fr:Thibault Vandercammen", dob=(1991, 2, 17), sex="M"),
    dict(kind="PESEL", v="96050803847", who="pl:Zuzanna Wróbel", dob=(1996, 5, 8), sex="F"),
    dict(kind="PESEL", v="11292714753", who="pl:Oliwer Wróbel", dob=(2011, 9, 27), sex="M"),
    dict(kind="RC", v="796003/4170", who="cs:Markéta Holubová", dob=(1979, 10, 3), sex="F"),
    dict(kind="PNR", v="820419-3570", who="sv:Hamdi Yusuf Ali", dob=(1982, 4, 19), sex="M"),
    dict(kind="FNR", v="021290 23638", who="no:Ingvild Haugland", dob=(1990, 12, 2), sex="F"),
    dict(kind="HETU", v="300675-4878", who="fi:Jukka-Pekka Rautiainen", dob=(1975, 6, 30), sex="M"),
    dict(kind="CPR", v="140988-1668", who="da:Mette Skovgaard", dob=(1988, 9, 14), sex="F"),
    dict(kind="AMKA", v="25017024156", who="el:Σταύρος Καραγιάννης", dob=(1970, 1, 25), sex="M"),
    dict(kind="AMKA", v="03095804823", who="el:Χρυσούλα Μαυρίδου", dob=(1958, 9, 3), sex="F"),
    dict(kind="AFM", v="138472964", who="el:Ελένη Παπαδοπούλου"),
    dict(kind="CNP", v="2930311224188", who="ro:Ioana-Maria Ciobanu", dob=(1993, 3, 11), sex="F"),
    dict(kind="TCKN", v="38510726462"),
    dict(kind="TCKN", v="59284710624"),
    dict(kind="PTNIF", v="249173603", who="pt:Rui Pedro Fonseca"),
    dict(kind="CPF", v="417.382.906-03"),
    dict(kind="CPF", v="208.614.739-22"),
    dict(kind="ILID", v="317482594", who="he:נועה פרידמן"),
    dict(kind="CNID", v="51010419920816033X", who="zh:周浩然", dob=(1992, 8, 16), sex="M"),
    dict(kind="CNID", v="330602198703142821", who="zh:沈晓燕", dob=(1987, 3, 14), sex="F"),
    dict(kind="RRN_KR", v="850227-2146384", who="ko:한서윤", dob=(1985, 2, 27), sex="F"),
    dict(kind="MYNUM", v="4817 3052 9161", who="ja:石川颯太"),
    dict(kind="AADHAAR", v="7392 0418 5620", who="hi:अंजलि देशमुख"),
    dict(kind="AADHAAR", v="4827 1950 3684"),
    dict(kind="THID", v="1 1037 02418 56 1", who="th:ปิยะนุช ศรีสุวรรณ"),
    dict(kind="ZAID", v="870605 5274 08 2", who="en:Sipho Mahlangu", dob=(1987, 6, 5), sex="M"),
    dict(kind="RNOKPP", v="2896646104", who="uk:Оксана Гнатюк", dob=(1979, 4, 22), sex="F"),
    dict(kind="SNILS", v="138-472-905 87", who="ru:Дарья Кузьмина"),
    dict(kind="IRAN", v="007-384912-1", who="fa:زهرا رضایی"),
    dict(kind="CURP", v="VIPR901012HJCLRD09", who="es:Rodrigo Villalobos Pérez", dob=(1990, 10, 12), sex="M"),
    dict(kind="RUT", v="17.483.926-3", who="es:Catalina Fuentes Araya"),
    dict(kind="LTAK", v="49412302175", who="lt:Gintarė Petrauskaitė", dob=(1994, 12, 30), sex="F"),
    dict(kind="EGN", v="6807092544", who="bg:Стоян Кирилов", dob=(1968, 7, 9), sex="M"),
    dict(kind="OIB", v="69318402756", who="hr:Ivana Kovačević"),
    dict(kind="JMBG", v="0503986715381", who="sr:Милица Радосављевић", dob=(1986, 3, 5), sex="F"),
    dict(kind="HUTAX", v="8404073120", who="hu:Réka Farkas", dob=(1977, 8, 19)),
    dict(kind="STID", v="57 381 920 458", who="de:Katharina Bräutigam"),
    dict(kind="STID", v="47 193 856 246", who="de:Friederike Sommer"),
    dict(kind="SVNR", v="4188 081161", who="de:Johann Pichler", dob=(1961, 11, 8)),
    dict(kind="AHV", v="756.4839.1726.57", who="de:Reto Gisler"),
    dict(kind="PPSN", v="6384915B", who="en:Siobhán Ní Dhonnchadha"),
    dict(kind="SIN", v="538 719 428", who="en:Marie-Ève Tremblay"),
    dict(kind="TFN", v="482 617 309", who="en:Liam O'Dwyer"),
    dict(kind="SAUDI", v="2394176057", who="ar:عثمان الطيب"),
    dict(kind="CCCD", v="040089014736", who="vi:Đỗ Quang Vinh", dob=(1989, 6, 17), sex="M"),
    dict(kind="NIK", v="3273055402980003", who="id:Siti Nurhaliza", dob=(1998, 2, 14), sex="F"),
]

IBANS = {
    "DE": ["DE56 3705 0198 1938 2746 50", "DE79 4306 0967 7026 3184 59"],
    "AT": ["AT44 2011 1829 4736 1052"],
    "FR": ["FR76 3000 4008 1700 0104 8273 686", "FR76 1027 8360 2500 0629 1734 842"],
    "ES": ["ES35 2100 0418 4502 0018 7364", "ES30 0081 7306 6400 0614 9273"],
    "IT": ["IT36 S030 6911 8840 0000 7318 264"],
    "PT": ["PT50 0035 0651 0004 7382 9156 3"],
    "NL": ["NL89 RABO 0318 2746 59"],
    "BE": ["BE91 0634 7192 8576"],
    "PL": ["PL20 1020 1026 0000 1847 2936 1053"],
    "GB": ["GB23 BARC 2047 8153 8172 60"],
    "IE": ["IE79 BOFI 9000 1748 2937 16"],
    "CH": ["CH93 0076 2011 6238 5295 7"],
    "SE": ["SE32 5000 0000 0583 9174 6284"],
    "NO": ["NO20 1503 2749 183"],
    "GR": ["GR10 0110 1250 0000 1297 4318 265"],
    "RO": ["RO65 BTRL 0130 1204 5738 2911"],
    "TR": ["TR16 0006 2000 1400 0062 8473 91"],
    "CZ": ["CZ03 0800 0000 1927 4836 1059"],
    "DK": ["DK95 3000 0007 4629 13"],
}

CARDS = ["4539 2178 4603 8158", "5262 8491 7340 5269", "3714 926185 30273", "4916473820195737"]

IPS = ["86.142.37.219", "109.150.22.84", "2a02:c7c:4a18:9e00:5d1:33ff:fe41:8c07", "82.39.174.6",
       "94.118.203.57", "5.151.62.240", "188.29.164.11", "31.94.7.182", "151.227.40.93", "78.150.88.121",
       "213.205.241.69", "90.214.3.147", "176.24.190.58", "92.40.201.13"]

MAIL_DOMAINS = {
    "GB": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "icloud.com"],
    "IE": ["eircom.net", "gmail.com"], "AU": ["bigpond.com", "gmail.com"], "CA": ["videotron.ca", "gmail.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "AT": ["aon.at", "gmx.at"], "CH": ["bluewin.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"], "BE": ["skynet.be", "telenet.be"],
    "ES": ["gmail.com", "hotmail.es", "telefonica.net"], "IT": ["libero.it", "virgilio.it", "tiscali.it"],
    "PT": ["sapo.pt", "gmail.com"], "BR": ["uol.com.br", "bol.com.br"], "NL": ["ziggo.nl", "kpnmail.nl"],
    "PL": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"], "CZ": ["seznam.cz", "email.cz"], "SE": ["telia.com"],
    "NO": ["online.no"], "DK": ["mail.dk"], "FI": ["elisanet.fi"], "HU": ["freemail.hu", "citromail.hu"],
    "RO": ["yahoo.ro"], "GR": ["otenet.gr"], "TR": ["hotmail.com"], "RU": ["mail.ru", "yandex.ru"],
    "UA": ["ukr.net", "i.ua"], "JP": ["docomo.ne.jp", "yahoo.co.jp"], "KR": ["naver.com", "daum.net"],
    "CN": ["163.com", "qq.com"], "IN": ["rediffmail.com"], "MX": ["prodigy.net.mx"], "VN": ["gmail.com"],
    "IL": ["walla.co.il"], "KE": ["gmail.com"], "ID": ["yahoo.co.id"], "PH": ["yahoo.com.ph"],
}


# ---------------------------------------------------------------- drawing

def person_by_ref(ref):
    pool, name = ref.split(":", 1)
    for p in POOLS[pool]:
        if p.given + " " + p.family == name or p.family + p.given == name or p.full == name:
            return p
    raise KeyError(ref)


class Drawer:
    def __init__(self, rng):
        self.rng = rng
        self.count = collections.Counter()
        self.row = set()
        self.i = 0
        self.reserved = {person_by_ref(b["who"]).key for b in IDS if b.get("who")}

    def _pick(self, items, key, pred=None):
        cands = [x for x in items if key(x) not in self.row and (pred is None or pred(x))]
        assert cands, "nothing left to draw"
        low = min(self.count[key(x)] for x in cands)
        best = [x for x in cands if self.count[key(x)] == low]
        x = best[self.rng.randrange(len(best))]
        self.count[key(x)] += 1
        self.row.add(key(x))
        return x

    def p(self, pool, sex=None, pred=None):
        return self._pick(POOLS[pool], lambda q: q.key,
                          lambda q: q.key not in self.reserved and (sex is None or q.sex == sex)
                          and (pred is None or pred(q)))

    def client(self, sex=None, langs=None):
        return self.p("en", sex, lambda q: q.lang not in ("", "Irish", "French", "isiNdebele")
                      and (langs is None or q.lang in langs))

    def interp(self, lang, sex=None):
        same = [q for q in POOLS["en"] if q.lang == lang and q.key not in self.row and q.key not in self.reserved
                and (sex is None or q.sex == sex)]
        if same:
            return self.p("en", sex, lambda q: q.lang == lang)
        return self.staff(sex)

    def pair(self, sex1=None, sex2=None, exclude=()):
        """Two people of the en pool who speak the same language."""
        def ok(q, sex):
            return q.lang not in ("", "Irish", "French", "isiNdebele") + tuple(exclude) and \
                q.key not in self.row and q.key not in self.reserved and (sex is None or q.sex == sex)
        langs = {q.lang for q in POOLS["en"] if ok(q, sex1) and any(
            r.lang == q.lang and r.key != q.key and ok(r, sex2) for r in POOLS["en"])}
        a = self.p("en", sex1, lambda q: q.lang in langs)
        b = self.p("en", sex2, lambda q: q.lang == a.lang)
        return a, b

    def staff(self, sex=None):
        return self.p("en", sex, lambda q: q.lang == "")

    def addr(self, cc):
        return self._pick(ADDRS[cc], lambda a: a.key)

    def phone(self, cc):
        return PH(self._pick(PHONES[cc], lambda x: "ph:" + x))

    def dob(self, kind="a"):
        return self._pick(DOBS, lambda x: "dob:%d-%d-%d" % x[:3], lambda x: x[3] == kind)

    def ident(self, kind, v=None):
        b = self._pick(IDS, lambda x: "id:" + x["v"], lambda x: x["kind"] == kind and (v is None or x["v"] == v))
        who = None
        if b.get("who"):
            who = person_by_ref(b["who"])
            self.count[who.key] += 1
            self.row.add(who.key)
        return b, who

    def iban(self, cc):
        return IBAN(self._pick(IBANS[cc], lambda x: "iban:" + x))

    def card(self):
        return CARD(self._pick(CARDS, lambda x: "card:" + x))

    def ip(self):
        return IP(self._pick(IPS, lambda x: "ip:" + x))

    def email(self, person, cc, style=None):
        g, f = person.latin()
        g, f = fold(g.split()[0] if " " in g and person.order != "fg" else g.replace(" ", "")), fold(f)
        n = self.rng.randrange(11, 99)
        styles = {
            "g.f": g + "." + f, "gf": g + f, "g_fn": g + "_" + f + str(n), "f.g": f + "." + g,
            "gfn": g[0] + f + str(n), "g.fn": g + "." + f + str(n), "fg": f + g[0],
        }
        if style is None:
            style = sorted(styles)[self.rng.randrange(len(styles))]
        dom = MAIL_DOMAINS[cc][self.rng.randrange(len(MAIL_DOMAINS[cc]))] if "." not in cc else cc
        return EM(styles[style] + "@" + dom)


def he(p, cap=False):
    w = "he" if p.sex == "M" else "she"
    return w.capitalize() if cap else w


def his(p, cap=False):
    w = "his" if p.sex == "M" else "her"
    return w.capitalize() if cap else w


def FN(p):
    return P(p.full)


TEMPLATES = []


def T(cls, name, lang, n=2, case=None):
    def deco(fn):
        TEMPLATES.append(dict(cls=cls, name=name, lang=lang, n=n, case=case, fn=fn))
        return fn
    return deco


def C(cls, name, lang, texts, case=None):
    """PII-free rows: each text is a row; lang may be a list (one a row)."""
    TEMPLATES.append(dict(cls=cls, name=name, lang=lang, n=len(texts), case=case, texts=texts))


# ================================================================ personal: bookings
B = "personal_booking"


@T(B, "nhs_request", "en", 2)
def _(d):
    c = d.client()
    st = d.staff()
    b, _w = d.ident("NHS")
    a = d.addr("GB")
    return (f"Can you turn this booking into a short confirmation e-mail to the interpreter? Leave the patient "
            f"details exactly as they are.\n\nINTERPRETER REQUEST – Outpatients\nLanguage: {c.lang}\n"
            f"Patient: {FN(c)}   DOB: {DOB(dfmt(d.dob(), 'dmy/'))}\nNHS number: {NID(b['v'])}\n"
            f"Address: {a.line}\nContact: {d.phone('GB')}\n"
            f"Clinic: {['Fracture Clinic', 'Diabetes Eye Screening', 'Antenatal'][d.i]}, Thursday 11:40 "
            f"(face to face, 45 min)\nRequested by: {FN(st)}, Outpatient Bookings\n"
            f"Gender of interpreter: {'female if possible' if c.sex == 'F' else 'no preference'}")


@T(B, "court_listing", "en", 2)
def _(d):
    st = d.staff()
    c = d.client()
    it = d.interp(c.lang)
    return (f"> From: {FN(st)} <{d.email(st, 'GB', 'g.f')}>\n> Subject: Interpreter – R v {P(c.family)}, Court 2\n>\n"
            f"> Defendant {FN(c)} (DOB {DOB(dfmt(d.dob(), 'dmy/'))}) is listed for trial on 19 March at 10:00, "
            f"time estimate two days. {he(c, True)} needs {'an' if c.lang[0] in 'AEIOU' else 'a'} {c.lang} interpreter "
            f"throughout. Please confirm the "
            f"interpreter's name and NRPSI number by Friday.\n>\n> Kind regards\n> {P(st.given)}\n> Listing Office\n\n"
            f"Draft a reply confirming {FN(it)}, NRPSI 1{4000 + 37 * d.i}. Mention that {he(it)} will need the "
            f"witness bundle 48 hours before.")


@T(B, "custody_chat", "en", 2, case="lower")
def _(d):
    st = d.staff()
    c = d.client()
    it = d.interp(c.lang)
    sol = d.staff()
    return (f"[02:41] PS {P(st.family)}: need an interp for custody asap ({c.lang}), detainee {FN(c)} dob "
            f"{DOB(dfmt(d.dob(), 'dmy/'))}, booked in 01:55\n[02:43] night desk: ok checking the rota\n"
            f"[02:52] night desk: {FN(it)} can attend, eta 03:40, {his(it)} mob {d.phone('GB')}\n"
            f"[02:53] PS {P(st.family)}: cheers. duty solicitor is {FN(sol)} on {d.phone('GB')}\n"
            f"summarise this thread for the morning handover pls")


@T(B, "school_ehcp", "en", 2, case=[None, "lower"])
def _(d):
    par = d.client(langs=("Polish", "Romanian", "Portuguese (Brazilian)", "Albanian"))
    kid = {"Polish": ["Oliwia", "Kacper"], "Romanian": ["Bianca", "Darius"], "Portuguese (Brazilian)": ["Yasmin", "Enzo"],
           "Albanian": ["Dea", "Erion"]}[par.lang][d.i] + " " + par.family
    a = d.addr("GB")
    return (f"Hi, I need an interpreter for an EHCP review and the invite has to go out today.\n"
            f"Pupil: {P(kid)} (Year 5), DOB {DOB(dfmt(d.dob('c'), 'dmy/'))}\n"
            f"Parent: {FN(par)}\nHome:\n{a.block}\nLanguage at home: {par.lang}\n"
            f"Parent mobile: {d.phone('GB')}\n"
            f"Could you write a short, friendly invitation in plain English that the interpreter can sight-translate "
            f"over the phone? Meeting is Wednesday 3:30 in the SENCo office.")


@T(B, "housing_visit", "en", 2, case=[None, "upper"])
def _(d):
    st = d.staff()
    c = d.client()
    a = d.addr("GB")
    return (f"Booking – telephone interpreting (Housing Options)\nOfficer: {FN(st)}\nClient: {FN(c)} ({c.lang})\n"
            f"Visit address:\n{a.block}\nClient phone: {d.phone('GB')}\nDate/time: 12/04, 14:00–15:00\n"
            f"Notes: disrepair + damp, two children at home. Interpreter to call {P(c.given)} three minutes before "
            f"the officer does.\n\nIs anything missing before I send this to the agency?")


@T(B, "vri_log", "en", 2, case=[None, "lower"])
def _(d):
    st = d.staff()
    c = d.client()
    it = d.interp(c.lang)
    ip_i = d.ip()
    return (f"Why does the platform bill two interpreter joins? Log below.\n"
            f"2025-02-11T14:02:07Z room=VRI-77{31 + d.i} event=join role=clinician name=\"{FN(st)}\" ip={d.ip()}\n"
            f"2025-02-11T14:02:31Z room=VRI-77{31 + d.i} event=join role=interpreter name=\"{FN(it)}\" "
            f"lang=\"{c.lang}\" ip={ip_i}\n"
            f"2025-02-11T14:03:55Z room=VRI-77{31 + d.i} event=drop role=interpreter reason=ice_timeout\n"
            f"2025-02-11T14:04:02Z room=VRI-77{31 + d.i} event=join role=interpreter name=\"{FN(it)}\" "
            f"lang=\"{c.lang}\" ip={ip_i}\n"
            f"2025-02-11T14:04:40Z room=VRI-77{31 + d.i} event=join role=patient name=\"{FN(c)}\" ip={d.ip()}")


@T(B, "timesheet_csv", "en", 2, case=["lower", None])
def _(d):
    lines = []
    venues = ["Pilgrim Hospital ENT", "Magistrates' Court", "GP surgery", "Job Centre", "Children's Centre"]
    for k in range(3):
        c = d.client()
        it = d.interp(c.lang)
        lines.append(f"0{3 + k}/03/2025,{FN(it)},{c.lang},{venues[(k + 2 * d.i) % 5]},{FN(c)},"
                     f"{[75, 210, 40][k]},{[18, 22, 9][k]}")
    return ("Check the totals in this timesheet before I invoice – mileage is 45p a mile.\n"
            "date,interpreter,language,venue,service_user,minutes,miles\n" + "\n".join(lines))


@T(B, "dolmetscher_ladung", "de", 2, case=[None, "lower"])
def _(d):
    pool, sprache = [("ro", "Rumänisch"), ("tr", "Türkisch")][d.i]
    de_ = d.p(pool, "M")
    it = d.p(pool, "F")
    a = d.addr("DE")
    return (f"Bitte formuliere daraus eine kurze Terminbestätigung an die Dolmetscherin.\n\n"
            f"Amtsgericht – Abteilung für Strafsachen\nAz.: 4 Ds 2{11 + d.i} Js 8841/24\n"
            f"Angeklagte{'r' if de_.sex == 'M' else ''}: {FN(de_)}, geb. am {DOB(dfmt(d.dob(), 'de'))}, "
            f"wohnhaft {a.line}\nSprache: {sprache}\nDolmetscherin: Frau {FN(it)}, Tel. {d.phone('DE')}\n"
            f"Termin: Dienstag, 10:30 Uhr, Sitzungssaal 2")


@T(B, "interprete_chu", "fr", 2)
def _(d):
    b, p = d.ident("NIR")
    a = d.addr("FR")
    langue = "LSF (langue des signes française)" if p.sex == "F" else "arabe dialectal marocain"
    svc = "maternité" if p.sex == "F" else "cardiologie"
    titre = "Patiente : Mme" if p.sex == "F" else "Patient : M."
    nee = "née" if p.sex == "F" else "né"
    return (f"Demande d'interprète – CHU, service de {svc}\n{titre} {FN(p)}, {nee} le {DOB(dfmt(b['dob'], 'fr'))}\n"
            f"N° de sécurité sociale : {NID(b['v'])}\nAdresse : {a.line}\nTél. : {d.phone('FR')}\n"
            f"Langue : {langue}\nRDV : consultation mardi 9 h 15\n\n"
            f"Peux-tu traduire ce formulaire en anglais pour l'agence partenaire ? Garde la mise en page.")


@T(B, "interprete_guardia", "es", 2, case=["lower", None])
def _(d):
    b, p = d.ident("NIE")
    a = d.addr("ES")
    it = d.p("es")
    idioma = "rumano" if p.tag == "Romanian" else "wólof"
    det = "Detenida" if p.sex == "F" else "Detenido"
    nac = "nacida" if p.sex == "F" else "nacido"
    return (f"¿Me ayudas a redactar el correo a la agencia? Necesito intérprete de {idioma} para las 18:00.\n\n"
            f"Atestado n.º 1{184 + d.i}/2025\n{det}: {FN(p)}, NIE {NID(b['v'])}, {nac} el "
            f"{DOB(dfmt(b['dob'], 'dmy/'))}\nDomicilio: {a.line}\nTeléfono de contacto: {d.phone('ES')}\n"
            f"Instructor del atestado: {FN(it)}")


@T(B, "tolkaanvraag", "nl", 2, case=[None, "lower"])
def _(d):
    b, p = d.ident("BSN")
    a = d.addr("NL")
    it = d.p("nl")
    taal = "Turks" if p.tag.startswith("Turkish") else "Tarifit (Berbers)"
    aanh = "mevrouw" if p.sex == "F" else "meneer"
    return (f"Tolkaanvraag – polikliniek Interne Geneeskunde\nPatiënt: {aanh} {FN(p)}, BSN {NID(b['v'])}, "
            f"geboren {DOB(dfmt(b['dob'], 'dmy-'))}\nAdres: {a.line}\nTelefoon: {d.phone('NL')}\n"
            f"Taal: {taal}\nTolk: {FN(it)} (telefonisch, via het tolkencentrum)\n\n"
            f"Kun je dit inkorten tot twee regels voor in het EPD?")


@T(B, "tolkbestallning", "sv", 1)
def _(d):
    b, p = d.ident("PNR")
    a = d.addr("SE")
    st = d.p("sv", "M", lambda q: q.family == "Lindqvist")
    return (f"Tolkbeställning – vårdcentralen\nPatient: {FN(p)}, personnummer {NID(b['v'])}\n"
            f"Språk: somaliska (platstolk)\nAdress: {a.line}\nTelefon: {d.phone('SE')}\n"
            f"Tid: torsdag 10.20, 40 min\nBeställare: distriktssköterska {FN(st)}\n\n"
            f"Skriv ett kort sms till patienten på enkel svenska om tiden och att tolken kommer.")


@T(B, "tsuyaku_gakko", "ja", 2)
def _(d):
    kid, kid_rom, parent, lang = [("ソウザ　ガブリエル", "Gabriel Souza", "ソウザ　ファビアナ", "ポルトガル語"),
                                  ("レイエス　ミゲル", "Miguel Reyes", "レイエス　ジョアンナ", "タガログ語")][d.i]
    a = d.addr("JP")
    return (f"通訳派遣依頼書（小学校）\n児童氏名：{P(kid)}（{P(kid_rom)}）　3年2組\n保護者：{P(parent)}（母）\n"
            f"住所：{a.line}\n電話：{d.phone('JP')}\n言語：{lang}\n面談日時：5月14日（水）16:00〜16:45\n"
            f"この依頼書の内容を保護者向けに{lang}で短く書いてください。")


@T(B, "uiryo_tongyeok", "ko", 2)
def _(d):
    pool, lang = [("vi", "베트남어"), ("tl", "타갈로그어")][d.i]
    c = d.p(pool, "F")
    nurse = d.p("ko", "F")
    a = d.addr("KR")
    return (f"의료통역 요청서\n환자: {FN(c)} ({lang})\n생년월일: {DOB(dfmt(d.dob(), 'ymd.'))}\n주소: {a.line}\n"
            f"연락처: {d.phone('KR')}\n진료과: 산부인과, 4월 9일 오전 10시\n요청자: 간호사 {FN(nurse)}\n"
            f"통역사가 배정되면 환자에게 보낼 안내 문자를 {lang}로 작성해 주세요.")


# ================================================================ personal: certified translations
CT = "personal_certified"


def gr_up(s):
    s = unicodedata.normalize("NFD", s.upper())
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


@T(CT, "odpis_aktu", "pl", 2)
def _(d):
    b, p = d.ident("PESEL")
    town, father, mother, kier = [("Łomża", "Dariusz Wróbel", "Beata Sikora", "Halina Borkowska"),
                                  ("Kolno", "Grzegorz Wróbel", "Ilona Jasińska", "Marian Pietrzak")][d.i]
    return (f"Przetłumacz na angielski (do wniosku paszportowego w UK), zachowaj układ:\n\n"
            f"ODPIS SKRÓCONY AKTU URODZENIA\nNazwisko: {P(p.family.upper())}\n"
            f"Imię (imiona): {P(p.given.upper())}\nData urodzenia: {DOB(dfmt(b['dob'], 'dmy.'))}\n"
            f"Miejsce urodzenia: {L(town)}\nNumer PESEL: {NID(b['v'])}\n"
            f"Imię i nazwisko rodowe ojca: {P(father)}\nImię i nazwisko rodowe matki: {P(mother)}\n"
            f"Kierownik USC: {P(kier)}")


@T(CT, "estratto_nascita", "it", 1)
def _(d):
    b, p = d.ident("CF")
    return (f"Mi serve la traduzione giurata in inglese di questo estratto, per un visto australiano.\n\n"
            f"COMUNE DI {L('BARI')} – Ufficio dello Stato Civile\nESTRATTO PER RIASSUNTO DELL'ATTO DI NASCITA\n"
            f"Cognome: {P(p.family.upper())}   Nome: {P(p.given.upper())}\n"
            f"Sesso: F   Nata a {L('BARI')} ({L('BA')}) il {DOB(dfmt(b['dob'], 'dmy/'))}\n"
            f"Codice fiscale: {NID(b['v'])}\nPaternità: {P('Nicola Santoro')} – Maternità: {P('Annamaria Lorusso')}\n"
            f"Annotazioni: coniugata il 14/06/2016 con {P('Gianluca Ferri')}")


@T(CT, "acta_nacimiento_mx", "es", 1)
def _(d):
    b, p = d.ident("CURP")
    return ("Estoy traduciendo un acta de nacimiento para USCIS. ¿Cómo dejo en inglés los campos «Primer apellido» "
            "y «Segundo apellido»? Texto:\n\nESTADOS UNIDOS MEXICANOS – ACTA DE NACIMIENTO\n"
            f"Entidad de registro: {L('JALISCO')}   Municipio: {L('ZAPOPAN')}\nCURP: {NID(b['v'])}\n"
            f"Nombre(s): {P('RODRIGO')}   Primer apellido: {P('VILLALOBOS')}   Segundo apellido: {P('PÉREZ')}\n"
            f"Fecha de nacimiento: {DOB(dfmt(b['dob'], 'dmy/'))}   Sexo: HOMBRE\n"
            f"Padre: {P('JESÚS VILLALOBOS RAMÍREZ')}   Madre: {P('MARÍA ELENA PÉREZ CÁRDENAS')}")


@T(CT, "nufus_kayit", "tr", 2, case=[None, "lower"])
def _(d):
    b, _w = d.ident("TCKN")
    p = d.p("tr")
    father, mother, town = [("Mustafa", "Hatice", "Sungurlu"), ("İbrahim", "Gülsüm", "Eskil")][d.i]
    return (f"Aşağıdaki nüfus kayıt örneğini İngilizceye çevirir misin? Vize başvurusu için yeminli tercüme olacak.\n\n"
            f"T.C. Kimlik No: {NID(b['v'])}\nAdı: {P(p.given)}   Soyadı: {P(p.family)}\n"
            f"Baba Adı: {P(father)}   Ana Adı: {P(mother)}\n"
            f"Doğum Yeri: {L(town)}   Doğum Tarihi: {DOB(dfmt(d.dob(), 'dmy.'))}\n"
            f"Medeni Hali: {'Evli' if d.i == 0 else 'Bekâr'}\nAdres: {d.addr('TR').line}")


@T(CT, "certidao_casamento", "pt", 2)
def _(d):
    b, _w = d.ident("CPF")
    w = d.p("pt", "F", lambda q: q.tag == "Brazilian")
    h = d.staff("M")
    town = ["Ipatinga", "Tubarão"][d.i]
    return (f"Preciso de ajuda com a tradução juramentada desta certidão para o inglês. Como traduzo "
            f"\"regime da comunhão parcial de bens\"?\n\nCERTIDÃO DE CASAMENTO\n"
            f"Cônjuges: {FN(w)}, CPF {NID(b['v'])}, nascida em {DOB(dfmt(d.dob(), 'dmy/'))}, natural de "
            f"{L(town)}, e {FN(h)}, nascido em {DOB(dfmt(d.dob(), 'dmy/'))}, natural do {L('Reino Unido')}.\n"
            f"Nome adotado: {P(w.given + ' ' + w.family + ' ' + h.family)}\n"
            f"Regime de bens: comunhão parcial de bens")


@T(CT, "certificat_nastere", "ro", 1)
def _(d):
    b, p = d.ident("CNP")
    return (f"Traduceți în engleză, pentru dosarul de rezidență din Irlanda:\n\nCERTIFICAT DE NAȘTERE\n"
            f"Numele: {P(p.family.upper())}   Prenumele: {P(p.given.upper())}\nSexul: F\n"
            f"Data nașterii: {DOB(dfmt(b['dob'], 'dmy.'))}\nLocul nașterii: municipiul {L('Iași')}, "
            f"județul {L('Iași')}\nCNP: {NID(b['v'])}\nTatăl: {P('CIOBANU GHEORGHE')}   Mama: {P('CIOBANU MARIA')}")


@T(CT, "rodny_list", "cs", 1)
def _(d):
    b, p = d.ident("RC")
    return (f"Potřebuji úředně ověřený překlad do němčiny, stačí pole níže:\n\nRODNÝ LIST\n"
            f"Jméno(a) a příjmení: {FN(p)}\nRodné číslo: {NID(b['v'])}\n"
            f"Den, měsíc, rok narození: {DOB(dfmt(b['dob'], 'cs'))}\nMísto narození: {L('Jihlava')}\n"
            f"Otec: {P('Jaroslav Holub')}\nMatka: {P('Věra Holubová')}, roz. {P('Štěpánková')}")


@T(CT, "versicherungsdaten", "de", 1)
def _(d):
    b, p = d.ident("SVNR")
    return (f"Ich brauche das auf Englisch für die Pensionsversicherung in Kanada. Kannst du es übersetzen?\n\n"
            f"Versicherungsdatenauszug\nName: {P(p.family.upper() + ' ' + p.given)}\n"
            f"Versicherungsnummer: {NID(b['v'])}\nGeburtsdatum: {DOB(dfmt(b['dob'], 'dmy.'))}\n"
            f"Anschrift: {d.addr('AT').line}\nVersicherungszeiten: 01.09.1977 – 31.12.2021 (530 Monate)")


@T(CT, "virkatodistus", "fi", 1)
def _(d):
    b, p = d.ident("HETU")
    s = d.p("fi", "F")
    return (f"Käännä englanniksi, tämä menee Australian viisumihakemukseen:\n\nVIRKATODISTUS\n"
            f"Sukunimi: {P(p.family.upper())}\nEtunimet: {P(p.given)}\nHenkilötunnus: {NID(b['v'])}\n"
            f"Syntymäpaikka: {L('Kuopio')}\nOsoite: {d.addr('FI').line}\n"
            f"Siviilisääty: avioliitossa, puoliso {P(s.family + ' ' + s.given)}")


@T(CT, "personattest", "no", 1)
def _(d):
    b, p = d.ident("FNR")
    s = d.p("no", "M")
    return (f"Kan du oversette denne personattesten til engelsk? Den skal brukes til visum i Storbritannia.\n\n"
            f"PERSONATTEST – Folkeregisteret\nNavn: {FN(p)}\nFødselsnummer: {NID(b['v'])}\n"
            f"Fødested: {L('Stjørdal')}\nBostedsadresse: {d.addr('NO').line}\nSivilstand: gift med {FN(s)} (2019)")


@T(CT, "vielsesattest", "da", 1)
def _(d):
    b, p = d.ident("CPR")
    h = d.staff("M")
    return (f"Oversæt til engelsk (til britisk ægtefællevisum) – behold rækkefølgen:\n\nVIELSESATTEST\n"
            f"Brud: {FN(p)}, CPR-nr. {NID(b['v'])}, bopæl {d.addr('DK').line}\n"
            f"Brudgom: {FN(h)}, født {DOB(dfmt(d.dob(), 'dmy.'))}, britisk statsborger\n"
            f"Vielsesdato: 17.08.2024, borgerlig vielse")


@T(CT, "bebaiosi_amka", "el", 2)
def _(d):
    b, p = d.ident("AMKA")
    father, mother = [("ΓΕΩΡΓΙΟΣ", "ΜΑΡΙΑ"), ("ΙΩΑΝΝΗΣ", "ΣΟΦΙΑ")][d.i]
    return (f"Μπορείς να μεταφράσεις στα αγγλικά αυτή τη βεβαίωση; Είναι για τη σύνταξη στη Γερμανία.\n\n"
            f"ΒΕΒΑΙΩΣΗ ΑΜΚΑ\nΕπώνυμο: {P(gr_up(p.family))}   Όνομα: {P(gr_up(p.given))}\n"
            f"Πατρώνυμο: {P(father)}   Μητρώνυμο: {P(mother)}\n"
            f"Ημερομηνία γέννησης: {DOB(dfmt(b['dob'], 'dmy/'))}\nΑΜΚΑ: {NID(b['v'])}\n"
            f"Διεύθυνση: {d.addr('GR').line}")


@T(CT, "gongzhengshu", "zh", 2)
def _(d):
    b, p = d.ident("CNID")
    prov, city, father, mother = [("四川省", "成都市", "周建国", "王丽华"), ("浙江省", "绍兴市", "沈国平", "陈美娟")][d.i]
    sex = "男" if p.sex == "M" else "女"
    return (f"请把下面的出生公证书翻译成英文（用于英国签证），格式照原文：\n\n公证书\n"
            f"兹证明{P(p.full)}，{sex}，于{DOB(dfmt(b['dob'], 'cjk'))}在{L(prov)}{L(city)}出生。\n"
            f"{P(p.full)}的父亲是{P(father)}，母亲是{P(mother)}。\n"
            f"公民身份号码：{NID(b['v'])}\n现住址：{d.addr('CN').line}")


@T(CT, "gajok_gwangye", "ko", 1)
def _(d):
    b, p = d.ident("RRN_KR")
    s = d.p("ko", "M")
    return (f"가족관계증명서를 영어로 번역해 주세요. 배우자와 자녀의 주민등록번호 뒷자리는 원문처럼 가려 두면 됩니다.\n\n"
            f"가족관계증명서(일반)\n등록기준지: {L('경상남도')} {L('김해시')}\n"
            f"구분 | 성명 | 출생연월일 | 주민등록번호 | 성별\n"
            f"본인 | {FN(p)} | {DOB(dfmt(b['dob'], 'ko'))} | {NID(b['v'])} | 여\n"
            f"배우자 | {FN(s)} | {DOB('1983년 09월 14일')} | 830914-******* | 남\n"
            f"자녀 | {P('박하윤')} | {DOB('2015년 06월 11일')} | 150611-******* | 여")


@T(CT, "juminhyo", "ja", 1)
def _(d):
    b, p = d.ident("MYNUM")
    return (f"住民票の写しを英訳してください（カナダの永住申請用）。元号は西暦に直してください。\n\n住民票の写し\n"
            f"氏名：{P(p.family + '　' + p.given)}\n生年月日：{DOB('平成3年5月2日')}\n性別：男\n"
            f"住所：{d.addr('JP').line}\n個人番号：{NID(b['v'])}\n世帯主：{P('石川　隆')}")


@T(CT, "vivah_praman", "hi/en", 2)
def _(d):
    b, w = d.ident("AADHAAR")
    bride = w or d.p("hi", "F")
    groom = d.p("hi", "M")
    return (f"Please translate the Hindi half of this marriage certificate into English for a UK spouse visa; "
            f"keep the numbering.\n\nविवाह प्रमाण पत्र\n1. पति का नाम: {FN(groom)}   जन्म तिथि: "
            f"{DOB(dfmt(d.dob(), 'dmy/'))}\n2. पत्नी का नाम: {FN(bride)}   आधार संख्या: {NID(b['v'])}\n"
            f"3. पता: {d.addr('IN').line}\n4. विवाह की तिथि: 21/11/2019")


@T(CT, "tabian_baan", "th", 1)
def _(d):
    b, p = d.ident("THID")
    return (f"ช่วยแปลทะเบียนบ้านหน้านี้เป็นภาษาอังกฤษ สำหรับยื่นวีซ่าคู่สมรสไปอังกฤษค่ะ\n\nทะเบียนบ้าน (ท.ร.14)\n"
            f"ที่อยู่ {d.addr('TH').line}\nชื่อ นางสาว{FN(p)}\nเลขประจำตัวประชาชน {NID(b['v'])}\n"
            f"เกิดวันที่ {DOB('14 ส.ค. 2532')}\nบิดา {P('สมพงษ์ ศรีสุวรรณ')}  มารดา {P('บุญเรือน ศรีสุวรรณ')}")


@T(CT, "unabridged_za", "en/af", 1)
def _(d):
    b, p = d.ident("ZAID")
    return (f"Client needs this unabridged birth certificate in German for a Blue Card. The fields are in English and "
            f"Afrikaans – just give me the German field names with the values.\n\n"
            f"UNABRIDGED BIRTH CERTIFICATE / VOLLEDIGE GEBOORTESERTIFIKAAT\n"
            f"Identity number / Identiteitsnommer: {NID(b['v'])}\nSurname / Van: {P(p.family.upper())}\n"
            f"Forenames / Voorname: {P(p.given.upper())}\nDate of birth / Geboortedatum: {DOB(dfmt(b['dob'], 'iso'))}\n"
            f"Place of birth / Geboorteplek: {L('MAMELODI')}\nMother / Moeder: {P('NOMSA MAHLANGU')}\n"
            f"Father / Vader: {P('JABULANI MAHLANGU')}")


@T(CT, "dovidka_rnokpp", "uk", 1)
def _(d):
    b, p = d.ident("RNOKPP")
    return (f"Потрібен переклад німецькою для Jobcenter, без печаток. Ось текст довідки:\n\n"
            f"ДОВІДКА про присвоєння реєстраційного номера облікової картки платника податків\n"
            f"Прізвище, ім'я, по батькові: {P(p.official.upper())}\nДата народження: {DOB(dfmt(b['dob'], 'dmy.'))}\n"
            f"РНОКПП: {NID(b['v'])}\nАдреса: {d.addr('UA').line}")


@T(CT, "stazh_snils", "ru", 1)
def _(d):
    b, p = d.ident("SNILS")
    return (f"Переведите, пожалуйста, на английский эту выписку, она нужна для рабочей визы:\n\n"
            f"СВЕДЕНИЯ О ТРУДОВОЙ ДЕЯТЕЛЬНОСТИ\nФамилия, имя, отчество: {P(p.official)}\n"
            f"Дата рождения: {DOB(dfmt(d.dob(), 'dmy.'))}\nСНИЛС: {NID(b['v'])}\n"
            f"Адрес регистрации: {d.addr('RU').line}\nДолжность: переводчик, 2016–2024")


@T(CT, "shenasnameh", "fa", 1)
def _(d):
    b, p = d.ident("IRAN")
    return (f"لطفاً این شناسنامه را برای سفارت به انگلیسی ترجمه کنید و تاریخ‌ها را به میلادی هم بنویسید.\n\n"
            f"نام: {P(p.given)}   نام خانوادگی: {P(p.family)}\nشماره ملی: {NID(b['v'])}\n"
            f"تاریخ تولد: {DOB('۱۳۷۰/۰۶/۱۵')}\nمحل تولد: {L('شیراز')}\n"
            f"نام پدر: {P('محمود')}   نام مادر: {P('فاطمه')}\nنشانی: {d.addr('IR').line}")


@T(CT, "titulo_grado", "es", 1)
def _(d):
    b, p = d.ident("DNI", "47382916H")
    return (f"Hola, necesito la traducción jurada al inglés del título. El texto dice:\n\n"
            f"«…expide a favor de Dña. {FN(p)}, nacida el {DOB(dfmt(b['dob'], 'es'))} en {L('Getxo')} "
            f"({L('Bizkaia')}), con DNI {NID(b['v'])}, el Título de Graduada en Traducción e Interpretación…»\n\n"
            f"¿El «Dña.» se traduce o se deja tal cual?")


@T(CT, "gimimo_israsas", "lt", 1)
def _(d):
    b, p = d.ident("LTAK")
    return (f"Reikia vertimo į anglų kalbą, tai gimimo įrašo išrašas:\n\nGIMIMO ĮRAŠO IŠRAŠAS\n"
            f"Vardas, pavardė: {FN(p)}\nAsmens kodas: {NID(b['v'])}\nGimimo data: {DOB(dfmt(b['dob'], 'iso'))}\n"
            f"Gimimo vieta: {L('Rokiškis')}\nTėvas: {P('Algirdas Petrauskas')}\nMotina: {P('Daiva Petrauskienė')}")


@T(CT, "udostoverenie", "bg", 1)
def _(d):
    b, p = d.ident("EGN")
    return (f"Моля, преведете на английски удостоверението за раждане:\n\nУДОСТОВЕРЕНИЕ ЗА РАЖДАНЕ\n"
            f"Име: {P(p.gmf)}\nЕГН: {NID(b['v'])}\nДата на раждане: {DOB(dfmt(b['dob'], 'dmy.'))}\n"
            f"Място на раждане: гр. {L('Габрово')}\nМайка: {P('Радка Иванова Кирилова')}\n"
            f"Баща: {P('Георги Стоянов Кирилов')}")


@T(CT, "izvod_rodjenih", "sr", 1)
def _(d):
    b, p = d.ident("JMBG")
    return (f"Треба ми превод на немачки за признавање дипломе:\n\nИЗВОД ИЗ МАТИЧНЕ КЊИГЕ РОЂЕНИХ\n"
            f"Име и презиме: {FN(p)}\nЈМБГ: {NID(b['v'])}\nДатум рођења: {DOB(dfmt(b['dob'], 'dmy.') + '.')}\n"
            f"Место рођења: {L('Београд')}\nРодитељи: {P('Зоран Радосављевић')} и {P('Снежана Радосављевић')}")


@T(CT, "adoigazolvany", "hu", 1)
def _(d):
    b, p = d.ident("HUTAX")
    return (f"Le tudnád fordítani angolra? A holland munkáltatónak kell.\n\nADÓIGAZOLVÁNY\nNév: {P(p.full)}\n"
            f"Adóazonosító jel: {NID(b['v'])}\nSzületési hely, idő: {L('Sopron')}, {DOB(dfmt(b['dob'], 'hu'))}\n"
            f"Anyja neve: {P('Horváth Ilona')}\nLakcím: {d.addr('HU').line}")


@T(CT, "tamtzit_rishum", "he", 1)
def _(d):
    b, p = d.ident("ILID")
    return (f"אפשר לתרגם לאנגלית את תמצית הרישום? זה בשביל בקשת הגרין קארד.\n\nתמצית רישום ממרשם האוכלוסין\n"
            f"שם פרטי: {P(p.given)}   שם משפחה: {P(p.family)}\nמספר זהות: {NID(b['v'])}\n"
            f"תאריך לידה: {DOB(dfmt(d.dob(), 'dmy.'))}\nמקום לידה: {L('חיפה')}\n"
            f"שם האב: {P('דוד')}   שם האם: {P('רונית')}\nכתובת: {d.addr('IL').line}")


@T(CT, "iqama", "ar", 1)
def _(d):
    b, p = d.ident("SAUDI")
    return (f"أرجو ترجمة بيانات الإقامة التالية إلى الإنجليزية لتقديمها مع طلب التأشيرة:\n\n"
            f"الاسم: {FN(p)}\nرقم الإقامة: {NID(b['v'])}\nالجنسية: سوداني\n"
            f"تاريخ الميلاد: {DOB(dfmt(d.dob(), 'ymd/'))}\nالعنوان: {d.addr('SA').line}\nالجوال: {d.phone('SA')}")


@T(CT, "certificado_cl", "es", 1)
def _(d):
    b, p = d.ident("RUT")
    return (f"Necesito esto en inglés para la working holiday en Nueva Zelanda. ¿El RUN lo dejo como "
            f"\"national ID number\"?\n\nCERTIFICADO DE NACIMIENTO – Registro Civil e Identificación\n"
            f"Nombre inscrito: {P('CATALINA ANDREA FUENTES ARAYA')}\nRUN: {NID(b['v'])}\n"
            f"Fecha nacimiento: {DOB(dfmt(d.dob(), 'dmy-'))}\nCircunscripción: {L('Talca')}\n"
            f"Nombre del padre: {P('HERNÁN FUENTES SOTO')}\nNombre de la madre: {P('PATRICIA ARAYA LEIVA')}\n"
            f"Domicilio actual: {d.addr('CL').line}")


@T(CT, "izvadak_maticni", "hr", 1)
def _(d):
    b, p = d.ident("OIB")
    return (f"Molim prijevod na njemački, za sudskog tumača:\n\nIZVADAK IZ MATICE ROĐENIH\n"
            f"Ime: {P(p.given.upper())}   Prezime: {P(p.family.upper())}\nOIB: {NID(b['v'])}\n"
            f"Datum rođenja: {DOB(dfmt(d.dob(), 'dmy.') + '.')}\nMjesto rođenja: {L('Osijek')}\n"
            f"Otac: {P('Damir Kovačević')}   Majka: {P('Snježana Kovačević')}")


@T(CT, "composition_menage", "fr", 1)
def _(d):
    b, p = d.ident("RRN_BE")
    m = d.p("fr", "F", lambda q: q.tag == "Belgian")
    return (f"Bonjour, pouvez-vous traduire ce certificat de composition de ménage en néerlandais ?\n\n"
            f"Nom : {P(p.family.upper() + ' ' + p.given)}   N° national : {NID(b['v'])}\n"
            f"Né le : {DOB(dfmt(b['dob'], 'dmy/'))}\nAdresse : {d.addr('BE').line}\n"
            f"Membres du ménage : {P(m.family.upper() + ' ' + m.given)} (cohabitante légale), née le "
            f"{DOB(dfmt(d.dob(), 'dmy/'))}")


@T(CT, "trich_luc_khai_sinh", "vi", 1)
def _(d):
    b, p = d.ident("CCCD")
    return (f"Nhờ dịch sang tiếng Anh trích lục khai sinh này để nộp hồ sơ du học Úc:\n\nTRÍCH LỤC KHAI SINH\n"
            f"Họ, chữ đệm, tên: {P(p.full.upper())}\nNgày, tháng, năm sinh: {DOB(dfmt(b['dob'], 'dmy/'))}\n"
            f"Nơi sinh: tỉnh {L('Nghệ An')}\nSố định danh cá nhân: {NID(b['v'])}\n"
            f"Họ, chữ đệm, tên cha: {P('ĐỖ VĂN HẢI')}\nHọ, chữ đệm, tên mẹ: {P('PHẠM THỊ LOAN')}")


@T(CT, "kartu_keluarga", "id", 1)
def _(d):
    b, p = d.ident("NIK")
    return (f"Tolong terjemahkan data Kartu Keluarga ini ke bahasa Inggris untuk visa pelajar ke Jepang.\n\n"
            f"Nama Lengkap: {P(p.full.upper())}\nNIK: {NID(b['v'])}\n"
            f"Tempat/Tgl Lahir: {L('BANDUNG')}, {DOB(dfmt(b['dob'], 'dmy-'))}\nAlamat: {d.addr('ID').line}\n"
            f"Nama Ayah: {P('ASEP SUPRIATNA')}\nNama Ibu: {P('YAYAH ROHAYATI')}")


# ================================================================ personal: interpreted sessions and bilingual documents
SE = "personal_sessions"


@T(SE, "police_interview", ["en/pl", "en/ro"], 2)
def _(d):
    lang = ["Polish", "Romanian"][d.i]
    c = d.client(langs=(lang,))
    st = d.staff()
    it = d.interp(lang)
    dob = d.dob()
    q = ["Proszę podać imię i nazwisko oraz datę urodzenia.", "Vă rog să spuneți numele complet și data nașterii."][d.i]
    q2 = ["A adres?", "Și adresa?"][d.i]
    a = d.addr("GB")
    return (f"Tidy this interview extract into Q/A format and keep the interpreter's lines in square brackets.\n\n"
            f"Interpreter present: {FN(it)}\n"
            f"DC {P(st.family)}: Can you confirm your full name and date of birth?\nINTERPRETER: [{q}]\n"
            f"{P(c.family.upper())}: {FN(c)}, {DOB(dfmt(dob, ['pl', 'ro'][d.i]))}.\n"
            f"INTERPRETER: [{FN(c)}, {DOB(dfmt(dob, 'en'))}.]\nDC {P(st.family)}: And your address?\n"
            f"INTERPRETER: [{q2}]\n{P(c.family.upper())}: {a.line}.")


@T(SE, "gp_consult", "en/ar", 2, case=[None, "lower"])
def _(d):
    c = d.client(langs=("Arabic (Levantine)", "Arabic (Sudanese)"))
    gp = d.staff()
    son_ar, son = [("كريم", "Karim"), ("سامر", "Samer")][d.i]
    return (f"Summarise this GP consultation for the notes, English only. The interpreter was on speakerphone.\n\n"
            f"GP: Hello {P(c.given)}, I'm Dr {P(gp.family)}. What brings you in today?\n"
            f"INT: أهلاً، معك الطبيب. ما سبب زيارتك اليوم؟\n"
            f"PT: عندي ألم في صدري من ثلاثة أيام، وابني {P(son_ar)} أخذني إلى الطوارئ مرتين.\n"
            f"INT: I've had chest pain for three days, and my son {P(son)} took me to A&E twice.\n"
            f"GP: Is {P(son)} your next of kin? Can I take his number?\nPT: نعم، رقمه {d.phone('GB')}")


@T(SE, "zeugenaussage", "de/en", 2)
def _(d):
    w = d.p("de")
    x = d.p("de", "F" if w.sex == "M" else "M")
    a = d.addr("DE")
    ph = d.phone("DE")
    partner = "meiner Lebensgefährtin" if x.sex == "F" else "meinem Lebensgefährten"
    return (f"Please check my English column against the German – is \"partner\" right for Lebensgefährte/-in?\n\n"
            f"| DE | EN |\n|---|---|\n| Ich, {FN(w)}, wohnhaft {a.line}, | I, {FN(w)}, residing at {a.line}, |\n"
            f"| mache folgende Aussage: | make the following statement: |\n"
            f"| Am Abend des 3. März war ich mit {partner} {FN(x)} in der Wohnung. | On the evening of 3 March I was "
            f"at home with my partner {FN(x)}. |\n"
            f"| Telefonisch bin ich unter {ph} erreichbar. | I can be reached by phone on {ph}. |")


@T(SE, "srt_wedding", ["fr/en", "it/en"], 2, case=[None, "lower"])
def _(d):
    pool = ["fr", "it"][d.i]
    town = ["Bergerac", "Correggio"][d.i]
    bride = d.p(pool, "F")
    mum = d.p(pool, "F")
    l1 = ["Merci à tous d'être venus jusqu'à {t} !", "Grazie a tutti per essere venuti fino a {t}!"][d.i]
    l2 = ["Et surtout merci à {m}, qui a tout préparé avec {b}…", "E soprattutto grazie a {m}, che ha preparato "
          "tutto con {b}…"][d.i]
    return (f"Can you check the English subtitles for this wedding video? Names stay as spoken.\n\n"
            f"1\n00:00:03,200 --> 00:00:06,900\n{l1.format(t=L(town))}\nThank you all for coming all the way to "
            f"{L(town)}!\n\n2\n00:00:07,100 --> 00:00:11,400\n{l2.format(m=FN(mum), b=P(bride.given))}\n"
            f"And above all, thanks to {FN(mum)}, {P(bride.given)}'s mum, who planned it all with her…")


@T(SE, "informe_alta", "es/en", 2, case=[None, "lower"])
def _(d):
    p = d.p("es")
    doc = d.p("es", "F")
    dob = d.dob()
    a = d.addr("ES")
    return (f"Revisa mi traducción (segmentos 12–15) del informe de alta, sobre todo el 15:\n\n"
            f"12 | Paciente: {FN(p)} | Patient: {FN(p)}\n"
            f"13 | Fecha de nacimiento: {DOB(dfmt(dob, 'dmy/'))} | Date of birth: {DOB(dfmt(dob, 'en'))}\n"
            f"14 | Domicilio: {a.line} | Address: {a.line}\n"
            f"15 | Médico responsable: Dra. {P(doc.family)} | Attending physician: Dr {P(doc.family)}")


@T(SE, "asylum_interview", ["en/fa", "en/ps"], 2)
def _(d):
    lang = ["Dari", "Pashto"][d.i]
    c = d.client(langs=(lang,))
    it = d.interp(lang)
    father, mother, brother, dist, prov, uk = [
        ("Ghulam Sakhi", "Bibi Gul", "Rahmatullah", "Guzara", "Herat", "Derby"),
        ("Haji Mir Wali", "Shakila", "Samiullah", "Khogyani", "Nangarhar", "Stockport")][d.i]
    line = ["پدرم {f}، مادرم {m}، و برادرم {b} در {u} زندگی می‌کند.",
            "زما پلار {f}، مور مې {m}، او ورور مې {b} په {u} کې اوسېږي."][d.i]
    return (f"Please summarise the key facts of this interview extract in a table (interpreter: {FN(it)}, {lang}).\n\n"
            f"Q12. What is your full name and date of birth?\nA. {FN(c)}. My tazkira says {DOB(['1 January 1999', '1 January 2002'][d.i])}.\n"
            f"Q13. Where did you live?\nA. In {L(dist)} district, {L(prov)} province.\n"
            f"Q14. Tell me about your family.\nA (as said): "
            + line.format(f=P(["غلام سخی", "حاجي میر ولي"][d.i]), m=P(["بی بی گل", "شکیله"][d.i]),
                          b=P(["رحمت‌الله", "سمیع الله"][d.i]), u=L(["دربی", "سټاکپورټ"][d.i]))
            + f"\nA (interpreted). My father {P(father)}, my mother {P(mother)}; my brother {P(brother)} lives in "
            f"{L(uk)}.")


@T(SE, "gerichtsprotokoll", "de/tr", 1)
def _(d):
    it = d.p("de", "F", lambda q: q.tag == "Turkish German")
    r = d.p("de", "F")
    de_ = d.p("tr", "M")
    w = d.p("tr", "F")
    ph = d.phone("DE")
    return (f"Bitte übersetze die Aussage der Zeugin ins Deutsche und prüfe die Protokollsprache.\n\n"
            f"Protokoll der öffentlichen Sitzung\nAnwesend: Richterin am Amtsgericht {P(r.family)}, "
            f"Dolmetscherin {FN(it)} (Türkisch), allgemein beeidigt\nAngeklagter: {FN(de_)}, erschienen\n"
            f"Zeugin: {FN(w)}, 41 Jahre, wohnhaft in {L('Bocholt')}\n"
            f"Die Zeugin erklärt über die Dolmetscherin: „O akşam {P(de_.given)} beni {ph} numarasından üç kez aradı, "
            f"ben açmadım.“")


@T(SE, "parents_meeting", "en/zh", 2)
def _(d):
    lang = ["Mandarin", "Cantonese"][d.i]
    c = d.client(langs=(lang,))
    kid = ["Zhang Haoyu", "Chan Hoi-yan"][d.i]
    kid_given = ["Haoyu", "Hoi-yan"][d.i]
    t = d.staff()
    it = d.interp(lang)
    ask = ["请把下面的家长会记录翻译成简体中文，我要用微信发给家长。", "請把下面的家長會記錄翻譯成繁體中文，我要用WhatsApp發給家長。"][d.i]
    return (f"{ask}\n\nMeeting with Mrs {P(c.family)} (mother of {P(kid)}, Year 3)\n"
            f"- {P(kid_given)} is settling in well; reading age 7.2, needs help with phonics.\n"
            f"- Class teacher: {FN(t)}, direct line {d.phone('GB')}\n"
            f"- Next meeting 14 May, {lang} interpreter {FN(it)} booked.")


@T(SE, "lyst_do_shkoly", "uk", 2, case=[None, "lower"])
def _(d):
    m = d.p("uk", "F")
    t = d.staff()
    son = ["Марко", "Богдан"][d.i] + " " + m.family
    return (f"Переклади, будь ласка, цього листа англійською для школи, скорочувати не треба:\n\n"
            f"> Шановна пані {P(t.family)},\n> мій син {P(son)} ({DOB(dfmt(d.dob('c'), 'dmy.'))}) не був у школі з "
            f"понеділка, бо ми переїжджали на нову адресу: {d.addr('GB').line}.\n"
            f"> Мій новий номер: {d.phone('GB')}.\n> З повагою, {FN(m)}")


@T(SE, "ghi_chu_cuoc_goi", "vi", 1, case="lower")
def _(d):
    c = d.p("vi")
    st = d.staff()
    return (f"Ghi chú cuộc gọi phiên dịch qua điện thoại (Việt – Anh)\nKhách hàng: {FN(c)}, SĐT {d.phone('GB')}\n"
            f"Cán bộ: {FN(st)}, phòng nhà ở của hội đồng thành phố\n"
            f"Nội dung: xin gia hạn tiền thuê nhà cho căn hộ {d.addr('GB').line}; hẹn gọi lại thứ Sáu.\n"
            f"Hãy dịch ghi chú này sang tiếng Anh cho hồ sơ.")


@T(SE, "family_court_so", "en/so", 1)
def _(d):
    c = d.client(langs=("Somali",))
    town = "Sheffield"
    return (f"Interpreter's note for the family court bundle (Somali). Check my English rendering please.\n\n"
            f"Mother: {FN(c)}\nChildren: {P('Ayaan Abdirahman')} (DOB {DOB('04/02/2014')}), "
            f"{P('Liban Abdirahman')} (DOB {DOB('19/10/2016')})\n"
            f"Somali: \"Waxaan degenahay {L(town)} tan iyo 2019, carruurtuna waxay dhigtaan dugsiga xaafadda.\"\n"
            f"English: \"I have lived in {L(town)} since 2019 and the children go to the local school.\"")


@T(SE, "visita_medica_it", "en/it", 1)
def _(d):
    c = d.client(langs=("Italian",))
    n = d.staff("F")
    return (f"Can you turn this into a clean bilingual summary for the patient?\n\n"
            f"NURSE ({P(n.given)}): Mr {P(c.family)}, do you take anything for blood pressure?\n"
            f"INT: Signor {P(c.family)}, prende qualcosa per la pressione?\n"
            f"PT: Sì, il ramipril, me lo dà la farmacia di mia figlia {P('Assunta')}.\n"
            f"INT: Yes, ramipril; my daughter {P('Assunta')}'s pharmacy gives it to me.\n"
            f"NURSE: And your GP is still Dr {P('Khan')} at {L('Smethwick')}?")


@T(SE, "vizita_asistent", "ro/en", 1)
def _(d):
    c = d.client(langs=("Romanian",))
    sw = d.staff()
    return (f"Notă de vizită (asistent social {FN(sw)}, interpret telefonic)\n"
            f"Familia {P(c.family)}: mama {FN(c) if c.sex == 'F' else P('Loredana ' + c.family)}, copiii "
            f"{P('Andrei')} (9 ani) și {P('Bianca')} (6 ani)\nAdresa: {d.addr('GB').line}\n"
            f"Mama spune că lucrează în tura de noapte la depozit și că bunica, {P('Viorica ' + c.family)}, "
            f"vine din {L('Vaslui')} în aprilie.\nPlease translate this note into English for the case file.")


@T(SE, "gurmukhi_consult", "en/pa", 1)
def _(d):
    it = d.interp("Punjabi")
    return (f"Translate the patient's Punjabi answer and add it to the referral letter.\n\n"
            f"Q: Who lives with you at home?\nA: ਮੇਰੇ ਨਾਲ ਮੇਰੀ ਪਤਨੀ {P('ਗੁਰਪ੍ਰੀਤ ਕੌਰ')} ਅਤੇ ਪੁੱਤਰ {P('ਜਸਕਰਨ ਸਿੰਘ')} "
            f"ਰਹਿੰਦੇ ਹਨ। ਸਾਡਾ ਘਰ {L('Hounslow')} ਵਿੱਚ ਹੈ।\nInterpreter: {FN(it)}")


@T(SE, "probation_ru", "en/ru", 1)
def _(d):
    c = d.client(langs=("Russian",))
    po = d.staff()
    return (f"Supervision session notes – probation officer {FN(po)}, telephone interpreter (Russian)\n"
            f"Client: {FN(c)}, DOB {DOB(dfmt(d.dob(), 'dmy/'))}\n"
            f"Client said: «Я сейчас живу у подруги, {P('Натальи Беловой')}, по адресу {d.addr('GB').line}. "
            f"Её телефон {d.phone('GB')}.»\nTranslate the quote and tidy the notes.")


@T(SE, "tribunal_pt", "en/pt", 1)
def _(d):
    c = d.client(langs=("Portuguese",))
    m = d.staff("M")
    return (f"Segment check – employment tribunal witness statement (PT>EN):\n"
            f"PT: «O meu chefe de turno, {FN(m)}, disse-me que eu não podia falar português na linha de embalagem.»\n"
            f"EN: \"My shift manager, {FN(m)}, told me I could not speak Portuguese on the packing line.\"\n"
            f"Witness: {FN(c)}, {d.addr('GB').line}\nIs \"packing line\" the right term for \"linha de embalagem\"?")


@T(SE, "tigrinya_note", "en/ti", 1)
def _(d):
    c = d.client("F", langs=("Tigrinya",))
    return (f"The client wrote this note in Tigrinya for the housing officer. Please translate it.\n\n"
            f"ስመይ {P('ሰናይት ገብረመድህን')} እዩ። ሓወይ {P('ዮናስ')} ኣብ {L('Swindon')} ይነብር። "
            f"ቁጽሪ ተሌፎነይ {d.phone('GB')} እዩ።\n\n(Client record: {FN(c)})")


# ================================================================ personal: freelance linguists and vendor management
V = "personal_linguists"


@T(V, "vendor_dedupe_csv", "en", 2, case=[None, "lower"])
def _(d):
    a = d.client()
    b = d.client()
    c = d.client()
    rows = [(a, d.email(a, "GB", "g.f")), (b, d.email(b, "GB", "gfn")), (c, d.email(c, "GB", "f.g")),
            (a, d.email(a, "GB", "g_fn"))]
    out = []
    for k, (p, e) in enumerate(rows):
        out.append(f"{FN(p)},{e},{d.phone('GB')},{p.lang}>EN,{['0.085', '0.09', '0.08', '0.085'][k]},"
                   f"{d.addr('GB').town}")
    return ("Dedupe this vendor export – I think two of these are the same linguist with different e-mails.\n"
            "name,email,mobile,languages,rate_per_word,town\n" + "\n".join(out))


@T(V, "rechnung_kleinunternehmer", "de", 2)
def _(d):
    b, p = d.ident("STID")
    pair = ["Polnisch–Deutsch", "Englisch–Deutsch"][d.i]
    a = d.addr("DE")
    return (f"Kannst du prüfen, ob auf meiner Rechnung alle Pflichtangaben stehen (Kleinunternehmerin, § 19 UStG)?\n\n"
            f"{FN(p)}\nÜbersetzungen {pair}\n{a.block}\nTel. {d.phone('DE')} · {d.email(p, 'DE')}\n"
            f"Steuer-ID: {NID(b['v'])}\n\nRechnung Nr. 2025-0{31 + d.i} an LinguaNord GmbH\n"
            f"Übersetzung Arbeitsvertrag (2.140 Wörter) … 278,20 €\nBankverbindung: {d.iban('DE')}")


@T(V, "facture_interprete", "fr", 2)
def _(d):
    p = d.p("fr", "F")
    return (f"> Bonjour,\n> vous trouverez ci-joint ma facture n° F-2025-01{4 + d.i} pour l'interprétariat du 12 mars "
            f"(audience correctionnelle, 3 h).\n> Merci de virer le montant sur mon compte : {d.iban('FR')}\n"
            f"> {FN(p)}, interprète-traductrice assermentée\n> {d.addr('FR').line} – {d.phone('FR')}\n\n"
            f"Réponds-lui que le paiement part vendredi et demande-lui son numéro SIRET, il manque sur la facture.")


@T(V, "factura_autonomo", "es", 2)
def _(d):
    if d.i == 0:
        b, p = d.ident("DNI", "50938217W")
        nif = f"NIF: {NID(b['v'])}\n"
    else:
        p = d.p("es", "F")
        nif = "NIF: (pendiente)\n"
    return (f"¿Me traduces al inglés esta factura? El cliente es una agencia de Dublín.\n\n"
            f"FACTURA 2025/0{18 + d.i}\n{FN(p)} – Traductora-intérprete jurada\n{nif}"
            f"Domicilio: {d.addr('ES').line}\nConcepto: traducción jurada de expediente académico (EN>ES), 6 páginas\n"
            f"Retención IRPF 15 %\nForma de pago: transferencia a {d.iban('ES')}")


@T(V, "fattura_traduttrice", "it", 1)
def _(d):
    b, p = d.ident("CF")
    return (f"Mi traduci questa fattura in inglese per il cliente australiano?\n\nFATTURA n. 7/2025\n"
            f"Prestatore: {FN(p)} – traduttrice\n{d.addr('IT').line}\nC.F.: {NID(b['v'])}\n"
            f"Committente: Studio Traduzioni Adriatico s.r.l.\n"
            f"Descrizione: traduzione asseverata certificato di matrimonio (IT>EN) e asseverazione in tribunale\n"
            f"Pagamento: bonifico su {d.iban('IT')}")


@T(V, "recibo_verde", "pt", 1)
def _(d):
    b, p = d.ident("PTNIF")
    return (f"Como se diz \"recibo verde\" em inglês? Preciso de enviar isto a uma agência em Londres:\n\n"
            f"Fatura-recibo n.º FR 2025/12\nEmitente: {FN(p)}, NIF {NID(b['v'])}\n"
            f"Morada: {d.addr('PT').line}\nServiço: interpretação consecutiva PT<>EN, 4 h (Tribunal de Trabalho)\n"
            f"IBAN: {d.iban('PT')}")


@T(V, "w9_summary", "en", 2, case=[None, "upper"])
def _(d):
    p = d.client(langs=("Spanish", "Haitian Creole", "Hmong", "Mam"))
    b, _w = d.ident("SSN")
    return (f"Our AP team sent back this W-9 summary for a court interpreter. What's still missing for the 1099?\n\n"
            f"Name: {FN(p)}\nBusiness name: (blank)\nAddress:\n{d.addr('US').block}\nSSN: {SSN(b['v'])}\n"
            f"Phone: {d.phone('US')}\nEmail: {d.email(p, 'US')}\nLanguages: {p.lang} <> English, state certified")


@T(V, "onboarding_uk", "en", 2, case=[None, "lower"])
def _(d):
    p = d.client()
    b, _w = d.ident("NINO")
    bank = f"IBAN {d.iban('GB')}" if d.i == 0 else "sort code and account to follow"
    return (f"New linguist onboarding – check for gaps before I upload to the vendor portal.\n\n"
            f"Full name: {FN(p)}\nDate of birth: {DOB(dfmt(d.dob(), 'dmy/'))}\nNI number: {NID(b['v'])}\n"
            f"Home address:\n{d.addr('GB').block}\nMobile: {d.phone('GB')}\n"
            f"Languages: {p.lang} <> English (community, DPSI Law)\nBank: {bank}\nDBS: enhanced, issued 2024")


@T(V, "onboarding_au", "en", 1)
def _(d):
    b, p = d.ident("TFN")
    return (f"Can you rewrite this supplier form as a short welcome e-mail? Don't repeat the TFN in the e-mail.\n\n"
            f"Supplier: {FN(p)} (Auslan interpreter, NAATI certified)\nTFN: {NID(b['v'])}\n"
            f"Address: {d.addr('AU').line}\nMobile: {d.phone('AU')}\nEmail: {d.email(p, 'AU')}")


@T(V, "fournisseur_pigiste", "fr", 1)
def _(d):
    b, p = d.ident("SIN")
    return (f"Peux-tu traduire ce formulaire en anglais pour le cabinet de Toronto ?\n\nFormulaire de fournisseur – "
            f"pigiste\nNom : {FN(p)}\nNAS : {NID(b['v'])}\nAdresse : {d.addr('CA').line}\n"
            f"Cellulaire : {d.phone('CA')}\nLangues : FR<>EN, terminologie juridique")


@T(V, "claru_aistritheora", "en/ga", 1)
def _(d):
    b, p = d.ident("PPSN")
    return (f"Draft a short bilingual (Irish/English) welcome e-mail to this new translator.\n\n"
            f"Ainm / Name: {FN(p)}\nUimhir PSP / PPSN: {NID(b['v'])}\nSeoladh / Address: {d.addr('IE').line}\n"
            f"Fón / Phone: {d.phone('IE')}\nRíomhphost / Email: {d.email(p, 'IE')}\n"
            f"Banc / Bank: {d.iban('IE')}")


@T(V, "factuur_tolk", "nl", 1)
def _(d):
    p = d.p("nl")
    return (f"Kun je deze factuur in het Engels zetten? De opdrachtgever zit in Antwerpen maar werkt in het Engels.\n\n"
            f"Factuur 2025-044\n{FN(p)}, beëdigd tolk Nederlands–Arabisch\n{d.addr('NL').line}\n"
            f"Tel. {d.phone('NL')}\nOmschrijving: tolkdienst politieverhoor 2,5 uur + reiskosten\n"
            f"Graag overmaken naar {d.iban('NL')} t.n.v. {FN(p)}")


@T(V, "faktura_tlumacz", "pl", 1)
def _(d):
    p = d.p("pl", "M")
    return (f"Przetłumacz fakturę na angielski, agencja jest w Manchesterze.\n\nFaktura nr 12/03/2025\n"
            f"Sprzedawca: {FN(p)}, tłumacz przysięgły języka angielskiego\n{d.addr('PL').line}\n"
            f"Tel. {d.phone('PL')}\nUsługa: tłumaczenie poświadczone aktu małżeństwa, 3 strony\n"
            f"Nr rachunku: {d.iban('PL')}")


@T(V, "interpreters_swap_chat", "en", 2, case="lower")
def _(d):
    a = d.client()
    b = d.interp(a.lang)
    st = d.staff()
    return (f"[09:12] {P(a.given)}: anyone free tmrw 10am {a.lang} at the county court? i'm double booked\n"
            f"[09:15] {P(b.given)}: i can do it if it's done by 1\n"
            f"[09:16] {P(a.given)}: legend. ref JC-44{71 + d.i}, contact is {FN(st)} at the agency {d.phone('GB')}\n"
            f"[09:18] {P(b.given)}: 👍 my new number btw {d.phone('GB')}\n"
            f"write a msg to the agency saying {FN(b)} is covering for {FN(a)}")


@T(V, "cv_header", "en", 1)
def _(d):
    p = d.client(langs=("Romanian",))
    return (f"Shorten this CV header to one line for the proposal.\n\n{FN(p)} MCIL CL\n"
            f"{d.addr('GB').line} · {d.phone('GB')} · {d.email(p, 'GB')}\n"
            f"Born {DOB(dfmt(d.dob(), 'en'))} in {L('Botoșani')}, {L('Romania')}\n"
            f"Romanian > English translator, 12 years, medical and legal")


@T(V, "lohnabrechnung_ch", "de", 1)
def _(d):
    b, p = d.ident("AHV")
    return (f"Wie heisst \"AHV-Nr.\" auf Englisch? Ich übersetze das für den Revisor.\n\n"
            f"Lohnabrechnung Dolmetscher (Stundenlohn)\nName: {FN(p)}\nAHV-Nr.: {NID(b['v'])}\n"
            f"Adresse: {d.addr('CH').line}\nEinsätze März: 14 h Spital, 6 h Polizei\nAuszahlung auf: {d.iban('CH')}")


@T(V, "faktura_tolk_sv", "sv", 1)
def _(d):
    p = d.p("sv", "F")
    return (f"Översätt fakturan till engelska, byrån sitter i Dublin.\n\nFaktura 118\nFrån: {FN(p)}, auktoriserad "
            f"tolk\n{d.addr('SE').line}\nTel. {d.phone('SE')}\nUppdrag: sjukvårdstolkning 2 × 60 min\n"
            f"Betalas till: {d.iban('SE')}")


@T(V, "fatura_tercuman", "tr", 1)
def _(d):
    p = d.p("tr", "F")
    return (f"Bu serbest meslek makbuzunu İngilizceye çevirir misin? Ajans Londra'da.\n\n"
            f"Düzenleyen: {FN(p)}, yeminli tercüman\nAdres: {d.addr('TR').line}\nTel: {d.phone('TR')}\n"
            f"Hizmet: noter onaylı diploma tercümesi (TR>EN), 4 sayfa\nIBAN: {d.iban('TR')}")


@T(V, "timologio_afm", "el", 1)
def _(d):
    b, p = d.ident("AFM")
    return (f"Μπορείς να το μεταφράσεις στα αγγλικά για το γραφείο στο Λονδίνο;\n\n"
            f"Τιμολόγιο παροχής υπηρεσιών – μεταφράστρια\nΟνοματεπώνυμο: {FN(p)}\nΑΦΜ: {NID(b['v'])}   ΔΟΥ: Λάρισας\n"
            f"Διεύθυνση: {d.addr('GR').line}\nIBAN: {d.iban('GR')}")


@T(V, "factura_ro", "ro", 1)
def _(d):
    p = d.p("ro", "M")
    return (f"Poți traduce în engleză factura asta? Agenția e în Belfast.\n\nPFA {FN(p)} – traducător autorizat\n"
            f"Sediu: {d.addr('RO').line}\nTel.: {d.phone('RO')}\nServiciu: interpretariat telefonic RO<>EN, 11 apeluri\n"
            f"Cont: {d.iban('RO')}")


@T(V, "faktura_cz", "cs", 1)
def _(d):
    p = d.p("cs", "M")
    return (f"Přelož mi prosím fakturu do angličtiny.\n\nFaktura č. 2025/09\nDodavatel: {FN(p)}, soudní tlumočník "
            f"jazyka anglického\n{d.addr('CZ').line}\nTel.: {d.phone('CZ')}\nPlnění: tlumočení u soudu, 5 hodin\n"
            f"Účet: {d.iban('CZ')}")


@T(V, "vendor_sql", "en", 1)
def _(d):
    p = d.client()
    q = d.client()
    return (f"Why does this insert fail on the unique key?\n\nINSERT INTO vendors (full_name, email, mobile, lang_pair)\n"
            f"VALUES ('{FN(p)}', '{d.email(p, 'GB', 'g.f')}', '{d.phone('GB')}', '{p.lang}>EN'),\n"
            f"       ('{FN(q)}', '{d.email(q, 'GB', 'gf')}', '{d.phone('GB')}', '{q.lang}>EN');")


@T(V, "rate_dispute_email", "en", 1, case="lower")
def _(d):
    p = d.client()
    pm = d.staff()
    return (f"> Hi {P(pm.given)},\n> I've checked the PO for the Leicester hospital job – it says 60 minutes, but I was "
            f"there from 9:10 to 11:25 because the clinic ran late. Please amend to 135 minutes.\n> Thanks,\n"
            f"> {FN(p)}\n> {p.lang} interpreter | {d.phone('GB')}\n\n"
            f"Help me reply to {P(p.given)}: we can pay 120 minutes, the rest needs the clinic's sign-off.")


# ================================================================ personal: localisation files holding private data
LO = "personal_l10n"


@T(LO, "po_header", ["en/de", "en/pl"], 2)
def _(d):
    pool, lang, cc, plural = [("de", "German", "DE", "nplurals=2; plural=(n != 1);"),
                              ("pl", "Polish", "PL", "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && "
                                                     "(n%100<10 || n%100>=20) ? 1 : 2);")][d.i]
    a = d.p(pool)
    b = d.p(pool)
    eb = d.email(b, cc)
    return (f"Weblate rejects this .po file – what's wrong with the header?\n\n# {lang} translation for Kitchen Timer.\n"
            f"# {FN(a)} <{d.email(a, cc)}>, 2023.\n# {FN(b)} <{eb}>, 2025.\nmsgid \"\"\nmsgstr \"\"\n"
            f"\"Project-Id-Version: kitchen-timer 2.4\\n\"\n\"Last-Translator: {FN(b)} <{eb}>\\n\"\n"
            f"\"Language-Team: {lang}\\n\"\n\"Language: {pool}\\n\"\n\"Plural-Forms: {plural}\\n\"")


@T(LO, "xliff_testimonials", ["en/fr", "en/es"], 2)
def _(d):
    pool, tl, cc = [("fr", "fr-FR", "FR"), ("es", "es-ES", "ES")][d.i]
    p = d.p(pool)
    q = d.p(pool)
    town = d.addr(cc).town
    t1 = ["« Le plombier est arrivé en vingt minutes. »", "«El fontanero llegó en veinte minutos.»"][d.i]
    t2 = ["« Devis clair, aucun supplément. »", "«Presupuesto claro, sin sorpresas.»"][d.i]
    return (f"These testimonials came from real customers – can the XLIFF still go to the vendor as is?\n\n"
            f"<file source-language=\"en-GB\" target-language=\"{tl}\">\n"
            f"<trans-unit id=\"review_07\"><source>\"The plumber arrived in twenty minutes.\" – {FN(p)}, {town}"
            f"</source>\n<target>{t1} – {FN(p)}, {town}</target></trans-unit>\n"
            f"<trans-unit id=\"review_08\"><source>\"Clear quote, no extras.\" – {FN(q)}, {d.phone(cc)}"
            f"</source>\n<target>{t2} – {FN(q)}</target></trans-unit>\n</file>")


@T(LO, "srt_documentary", ["en/pl", "en/pt"], 2)
def _(d):
    pool = ["pl", "pt"][d.i]
    p = d.p(pool, "F", lambda q: q.tag in ("Polish", "Brazilian"))
    cc = ["PL", "BR"][d.i]
    job = ["pszczelarka", "costureira"][d.i]
    job_en = ["beekeeper", "seamstress"][d.i]
    a = d.addr(cc)
    quote = ["Ule stoją tu od czasów mojego dziadka.", "Eu costuro aqui desde os catorze anos."][d.i]
    quote_en = ["The hives have stood here since my grandfather's time.", "I have been sewing here since I was "
                "fourteen."][d.i]
    return (f"Subtitle file for the documentary – please translate the lower third and line 2, keep timecodes.\n\n"
            f"1\n00:01:12,000 --> 00:01:15,500\n{P(p.full.upper())}, {job}, {a.town}\n\n"
            f"2\n00:01:15,600 --> 00:01:19,200\n{quote}\n\n(EN draft: {FN(p)}, {job_en}, {a.town} / {quote_en})")


@T(LO, "json_support_contact", ["ja/en", "ko/en"], 2)
def _(d):
    if d.i == 0:
        p = d.p("ja")
        body = (f"  \"support.title\": \"サポート\",\n  \"support.contact\": \"担当：{P(p.full)}（{d.phone('JP')}）\",\n"
                f"  \"support.hours\": \"平日 9:00〜18:00\"")
        lang = "ja.json"
    else:
        p = d.p("ko")
        body = (f"  \"support.title\": \"고객지원\",\n  \"support.contact\": \"담당자: {P(p.full)} ({d.phone('KR')})\",\n"
                f"  \"support.hours\": \"평일 9시~18시\"")
        lang = "ko.json"
    return (f"QA flagged {lang} – the contact line isn't in en.json. Is this a real person? What should the key say?\n\n"
            "{\n" + body + "\n}")


@T(LO, "tmx_private_letter", "en/de", 1)
def _(d):
    a = d.p("de")
    b = d.p("de")
    c = d.p("de")
    return (f"Clean this TMX unit before it goes into the shared memory – it comes from a private letter.\n\n"
            f"<tu creationid=\"{FN(a)}\" changeid=\"{FN(b)}\" creationdate=\"20250114T101544Z\">\n"
            f"  <tuv xml:lang=\"de-DE\"><seg>Sehr geehrter Herr {P(c.family)}, Ihre neue Anschrift "
            f"{d.addr('DE').line} haben wir vermerkt.</seg></tuv>\n"
            f"  <tuv xml:lang=\"en-GB\"><seg>Dear Mr {P(c.family)}, we have noted your new address.</seg></tuv>\n</tu>")


@T(LO, "review_export_csv", ["en/de", "en/nl"], 2)
def _(d):
    pool = ["de", "nl"][d.i]
    emp = d.p(pool)
    rev = d.staff()
    tr = d.p(pool)
    src = [f"Sehr geehrte/r {FN(emp)}, wir bestätigen Ihre Versetzung nach {L('Gütersloh')}.",
           f"Beste {FN(emp)}, hierbij bevestigen wij je overplaatsing naar {L('Zwolle')}."][d.i]
    tgt = [f"Dear {FN(emp)}, we confirm your transfer to {L('Gütersloh')}.",
           f"Dear {FN(emp)}, we hereby confirm your transfer to {L('Zwolle')}."][d.i]
    return (f"Summarise the reviewer comments from this memoQ export for the translator.\n\n"
            f"segment;source;target;comment;author\n"
            f"14;{src};{tgt};\"Dear\" too formal? HR letters use first name;{FN(rev)}\n"
            f"15;{['Ihr neuer Vorgesetzter ist', 'Je nieuwe leidinggevende is'][d.i]} {FN(tr)}.;Your new manager is "
            f"{FN(tr)}.;OK;{FN(rev)}")


@T(LO, "strings_xml_comment", "en/nl", 1)
def _(d):
    p = d.p("nl", "M")
    return (f"Is it OK to ship this strings.xml to translators?\n\n<resources>\n"
            f"    <!-- TODO ask {FN(p)} ({d.phone('NL')}) whether the Dutch copy is final -->\n"
            f"    <string name=\"onboarding_title\">Welkom terug, %1$s!</string>\n"
            f"    <string name=\"support_call\">Bel ons support</string>\n</resources>")


@T(LO, "tms_audit_log", "en", 1, case="lower")
def _(d):
    a = d.client()
    b = d.staff()
    return (f"Someone downloaded the whole project twice – who? TMS audit log:\n\n"
            f"2025-03-02 21:14:09 LOGIN user=\"{FN(a)}\" email={d.email(a, 'GB', 'g.f')} ip={d.ip()}\n"
            f"2025-03-02 21:16:40 EXPORT project=PHARMA-LEAFLETS-14 format=xliff user=\"{FN(a)}\"\n"
            f"2025-03-03 08:02:51 LOGIN user=\"{FN(b)}\" email={d.email(b, 'GB', 'gf')} ip={d.ip()}\n"
            f"2025-03-03 08:03:12 EXPORT project=PHARMA-LEAFLETS-14 format=tmx user=\"{FN(b)}\"")


@T(LO, "git_log_locales", "en/es", 1)
def _(d):
    a = d.p("es")
    b = d.p("pt")
    return (f"Write release notes crediting the translators from this git log.\n\n"
            f"commit 8c41e07\nAuthor: {FN(a)} <{d.email(a, 'ES', 'g.f')}>\n    i18n(es): revisión completa del "
            f"checkout\n\ncommit 2f9a3d1\nAuthor: {FN(b)} <{d.email(b, 'PT', 'gf')}>\n    i18n(pt-PT): "
            f"plural forms for cart items")


@T(LO, "subtitle_qc_tsv", "en", 1, case="upper")
def _(d):
    rows = []
    for k, lg in enumerate(["it", "sv", "tr"]):
        s = d.p(lg)
        r = d.p(lg)
        rows.append(f"S01E0{k + 1}\t{lg.upper()}\t{FN(s)}\t{FN(r)}\t{[3, 0, 11][k]}")
    return ("Which episodes need a second QC pass (more than 5 issues)?\n\nepisode\tlang\tsubtitler\treviewer\tissues\n"
            + "\n".join(rows))


@T(LO, "yaml_demo_user", "fi", 1)
def _(d):
    p = d.p("fi")
    return (f"Screenshot-lokalisoinnin demokäyttäjä on oikea työntekijä – vaihda se esimerkkihenkilöön:\n\n"
            f"fi:\n  demo_user:\n    name: \"{FN(p)}\"\n    phone: \"{d.phone('FI')}\"\n"
            f"    email: \"{d.email(p, 'FI', 'g.f')}\"\n  greeting: \"Hei %{{name}}, tervetuloa!\"")


@T(LO, "apple_strings", "en/da", 1)
def _(d):
    p = d.p("da", "M")
    return (f"Translate the Danish values into English and tell me if anything shouldn't be in a .strings file.\n\n"
            f"\"help.callus\" = \"Ring til {P(p.given)} på {d.phone('DK')}, hvis appen driller\";\n"
            f"\"help.email\" = \"Eller skriv til {d.email(p, 'DK', 'g.f')}\";\n"
            f"\"cart.items\" = \"%d varer i kurven\";")


@T(LO, "termbase_contacts", "de", 1)
def _(d):
    p = d.p("de")
    return (f"Die Termbank-Exportdatei enthält Kundenkontakte. Welche Spalten sollte ich vor dem Teilen löschen?\n\n"
            f"term_de|term_en|domain|client_contact|contact_phone\n"
            f"Eigentumsvorbehalt|retention of title|legal|{FN(p)}|{d.phone('DE')}\n"
            f"Gewährleistung|warranty|legal|{FN(p)}|")


@T(LO, "srt_family_video", "vi", 1)
def _(d):
    p = d.p("vi")
    return (f"Dịch phụ đề video gia đình này sang tiếng Anh giúp mình:\n\n1\n00:00:02,000 --> 00:00:05,000\n"
            f"Chúc mừng sinh nhật bà nội {P('Lê Thị Sáu')}!\n\n2\n00:00:05,200 --> 00:00:09,000\n"
            f"Cả nhà ở {L('Hải Dương')} gửi lời chúc, con là {FN(p)}.")


@T(LO, "xliff_zh_hr", "zh/en", 1)
def _(d):
    p = d.p("zh")
    ph = d.phone("CN")
    return (f"这个 XLIFF 里有员工的个人信息，发给外部译员之前要怎么处理？\n\n"
            f"<trans-unit id=\"hr_112\">\n  <source>Welcome aboard, {FN(p)}! Your desk phone is {ph}.</source>\n"
            f"  <target>欢迎加入，{FN(p)}！您的座机号码是 {ph}。</target>\n</trans-unit>")


# ================================================================ personal: clients of the agency
K = "personal_clients"


@T(K, "quote_request_email", "en", 2, case=[None, "lower"])
def _(d):
    c, h = d.pair("F", "M")
    return (f"> Hello,\n> I need a certified translation of our marriage certificate from {c.lang} into English for a "
            f"spouse visa. The names on it are {FN(c)} and {FN(h)}; my husband's date of birth is "
            f"{DOB(dfmt(d.dob(), 'dmy.'))} (his passport writes it differently).\n"
            f"> Could you give me a price and turnaround? Best to reach me on {d.phone('GB')}.\n"
            f"> {FN(c)}\n> {d.email(c, 'GB')}\n\nDraft a quote: £45 per page, 3 working days, a scan is fine.")


@T(K, "order_form_log", "en", 2)
def _(d):
    c = d.client()
    e = d.email(c, "GB")
    return (f"Order #CT-{20418 + d.i} never sent a confirmation. Here's the form log – what went wrong?\n\n"
            f"[checkout] name=\"{FN(c)}\" email=\"{e}\" phone=\"{d.phone('GB')}\"\n"
            f"[checkout] billing_address=\"{d.addr('GB').line}\"\n"
            f"[checkout] doc_type=birth_certificate lang_pair={c.lang}>EN pages=2 certified=true\n"
            f"[payment] card={d.card()} exp=09/27 status=authorised\n"
            f"[client] ip={d.ip()} ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\"\n"
            f"[mailer] error: 550 mailbox unavailable for {e}")


@T(K, "beschwerde_namensschreibung", "de", 1)
def _(d):
    p = d.p("de", "M", lambda q: q.family == "Müller")
    return (f"> Sehr geehrte Damen und Herren,\n> in der beglaubigten Übersetzung meiner Heiratsurkunde steht mein Name "
            f"als „{P('Thomas Mueller')}“, im Reisepass aber „{FN(p)}“. Das Standesamt in {L('Forchheim')} "
            f"akzeptiert das so nicht.\n> Mit freundlichen Grüßen\n> {FN(p)}\n> {d.addr('DE').line}, Tel. "
            f"{d.phone('DE')}\n\nEntwirf eine Antwort: Korrektur kostenlos, Versand heute per Einschreiben.")


@T(K, "demande_devis", "fr", 1, case="lower")
def _(d):
    p = d.p("fr", "F")
    return (f"Bonjour, je m'appelle {FN(p)} et j'ai besoin d'un devis pour la traduction assermentée de mon diplôme "
            f"de master et de mon relevé de notes (français > anglais) pour une candidature au Canada. Je suis née le "
            f"{DOB(dfmt(d.dob(), 'fr'))} à {L('Montauban')}. Vous pouvez me joindre au {d.phone('FR')}.\n\n"
            f"Réponds-lui avec un devis : 2 documents, 35 € la page, délai 5 jours ouvrés.")


@T(K, "presupuesto_antecedentes", "es", 1)
def _(d):
    p = d.p("es", "F")
    return (f"Buenas, soy {FN(p)}. Necesito traducir al inglés el certificado de antecedentes penales de mi hijo "
            f"{P('Hugo ' + p.family)} para la embajada. ¿Cuánto cuesta y cuánto tardan? Mi correo es "
            f"{d.email(p, 'ES')}\n\nContesta a la clienta con el precio (60 €, jurada, 3 días).")


@T(K, "ticket_json", "en", 2, case=[None, "lower"])
def _(d):
    m = d.client("F")
    c = d.staff()
    return (f"Summarise this helpdesk ticket in two lines for the PM.\n\n"
            f"{{\"ticket\": {8812 + d.i}, \"requester\": {{\"name\": \"{FN(c)}\", \"email\": \"{d.email(c, 'GB')}\", "
            f"\"phone\": \"{d.phone('GB')}\"}},\n \"subject\": \"Urgent – interpreter for surgery on Monday\",\n"
            f" \"body\": \"My mother-in-law {FN(m)} (DOB {DOB(dfmt(d.dob('o'), 'dmy/'))}) has surgery at 8am Monday and "
            f"only speaks {m.lang}. Please send someone to the ward.\",\n \"priority\": \"high\"}}")


@T(K, "zap_juramentada", "pt", 1, case="lower")
def _(d):
    p = d.p("pt", "F", lambda q: q.tag in ("Brazilian", "Cape Verdean"))
    return (f"oi boa tarde, aqui é a {FN(p)} 🙂 preciso da tradução juramentada da certidão de nascimento do meu filho "
            f"{P('Davi ' + p.family)} pra levar no consulado dia 20. ele nasceu {DOB(dfmt(d.dob('c'), 'dmy/'))} em "
            f"{L('Governador Valadares')}. meu zap é {d.phone('BR')}, pode mandar o orçamento por aqui")


@T(K, "weixin_gongzheng", "zh", 1)
def _(d):
    p = d.p("zh")
    return (f"你好，我是{FN(p)}，想把我的无犯罪记录证明翻译成英文（需要公证）。我的邮箱是 {d.email(p, 'CN', 'gfn')}，"
            f"电话 {d.phone('CN')}。大概什么时候能拿到？\n\n请帮我用中文回复这位客户：报价380元，五个工作日。")


@T(K, "tarjama_shahada", "ar/en", 1)
def _(d):
    p = d.p("ar", "F")
    return (f"مرحباً، أنا {FN(p)}. أحتاج إلى ترجمة معتمدة لشهادة الثانوية العامة إلى الإنجليزية، وتاريخ ميلادي "
            f"{DOB(dfmt(d.dob(), 'dmy/'))}. رقم هاتفي {d.phone('EG')}.\n\n"
            f"Reply in Arabic and English with a quote: £30 per page, 4 working days.")


CYR = {
    "Yuliia Moroz": ("YULIIA MOROZ", "Юлія Мороз", "Yulia Moroz"),
    "Taras Bondarenko": ("TARAS BONDARENKO", "Тарас Бондаренко", "Taras Bondarenco"),
    "Oksana Savchuk": ("OKSANA SAVCHUK", "Оксана Савчук", "Oxana Savtchouk"),
    "Plamen Dobrev": ("PLAMEN DOBREV", "Пламен Добрев", "Plamen Dobreff"),
    "Desislava Nikolova": ("DESISLAVA NIKOLOVA", "Десислава Николова", "Desislava Nikolowa"),
    "Svetlana Orlova": ("SVETLANA ORLOVA", "Светлана Орлова", "Swetlana Orlowa"),
    "Igor Sokolov": ("IGOR SOKOLOV", "Игорь Соколов", "Igor Sokoloff"),
    "Yelena Markova": ("JEĻENA MARKOVA", "Елена Маркова", "Elena Markova"),
    "Velichka Stoeva": ("VELICHKA STOEVA", "Величка Стоева", "Welitschka Stoewa"),
}


@T(K, "name_spelling", ["en/uk", "en/bg"], 2)
def _(d):
    c = d.client(langs=(("Ukrainian",), ("Bulgarian", "Russian"))[d.i])
    pp, cy, var = CYR[c.full]
    doc = ["GP letter", "German residence permit"][d.i]
    return (f"Client question: {his(c)} passport says {P(pp)}, the birth certificate says {P(cy)}, and the {doc} "
            f"has {P(var)}. Which spelling should the certified translation use? Date of birth "
            f"{DOB(dfmt(d.dob(), 'dmy.'))}, if that matters.")


@T(K, "lowercase_questions", "en", 2, case="lower")
def _(d):
    if d.i == 0:
        c = d.client("F", langs=("Polish",))
        e = d.client("M", langs=("Polish",))
        return (f"how much for a sworn translation of my divorce decree? its in polish, names on it are {FN(c)} and "
                f"{FN(e)}. im in {d.addr('GB').town} so can drop it in")
    c = d.client("F")
    return (f"can someone interpret for my nan {FN(c)} at her hospital appt on tues, she only speaks {c.lang}. "
            f"my number is {d.phone('GB')}")


@T(K, "caps_probate_order", "en", 1, case="upper")
def _(d):
    c, x = d.pair()
    return (f"URGENT – CERTIFIED TRANSLATION ORDER\nCLIENT: {FN(c)}\nDOCUMENT: DEATH CERTIFICATE ({c.lang} > ENGLISH) "
            f"FOR PROBATE\nDECEASED: {FN(x)}, DOB {DOB(dfmt(d.dob('o'), 'dmy/'))}\nDELIVER TO:\n{d.addr('GB').block}\n"
            f"PAYMENT: CARD {d.card()}\nPLEASE CONFIRM BY PHONE {d.phone('GB')}")


@T(K, "interprete_rogito", "it", 1)
def _(d):
    p = d.p("it")
    return (f"Buongiorno, sono {FN(p)} di {L('Legnago')}. Mi serve un interprete di cinese per il rogito dal notaio "
            f"il 28 marzo: l'acquirente è il sig. {P('Hu Jianwei')}, che parla poco italiano. Il mio cellulare è "
            f"{d.phone('IT')}.\n\nScrivi una risposta con disponibilità e tariffa (90 € l'ora, minimo 2 ore).")


@T(K, "koseki_toiawase", "ja", 1)
def _(d):
    p = d.p("ja", "F")
    return (f"問い合わせフォームより：「戸籍謄本の英訳をお願いしたいです。氏名は{FN(p)}、生年月日は"
            f"{DOB(dfmt(d.dob(), 'cjk'))}です。連絡先：{d.phone('JP')}」\n\n"
            f"この方への返信（見積もり：1ページ5,000円、納期3営業日）を作成してください。")


@T(K, "cheti_kuzaliwa", "sw", 1)
def _(d):
    p = d.p("sw")
    return (f"Habari, naitwa {FN(p)}. Ninahitaji tafsiri iliyothibitishwa ya cheti changu cha kuzaliwa kutoka "
            f"Kiswahili kwenda Kiingereza. Nilizaliwa {DOB(dfmt(d.dob(), 'dmy/'))} huko {L('Eldoret')}. Simu yangu ni "
            f"{d.phone('KE')}.\n\nPlease reply in Swahili with a quote: KSh 2,500 per page.")


@T(K, "birth_cert_anak", "tl", 1)
def _(d):
    p = d.p("tl", "F")
    return (f"Hi po! Ako si {FN(p)}, kailangan ko po ng certified translation ng birth certificate ng anak ko na si "
            f"{P('Ethan ' + p.family)} para sa visa sa Japan. Ipinanganak siya noong {DOB(dfmt(d.dob('c'), 'us'))} "
            f"sa {L('Cabanatuan City')}. Ito po number ko {d.phone('PH')}.\n\nReply in Tagalog with our price.")


# ================================================================ check digits

def _digits(s):
    return re.sub(r"\D", "", s)


def _luhn(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return t % 10 == 0


def _mod11_10(s):
    p = 10
    for ch in s[:-1]:
        x = (int(ch) + p) % 10 or 10
        p = (x * 2) % 11
    return (11 - p) % 10 == int(s[-1])


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cf_code(surname, name, dob, sex, place):
    def part(s, is_name):
        s = fold(s).upper()
        cons = [c for c in s if c not in "AEIOU"]
        vow = [c for c in s if c in "AEIOU"]
        if is_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return "".join((cons + vow + ["X"] * 3)[:3])
    y, m, dd = dob
    body = (part(surname, False) + part(name, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[m - 1]
            + "%02d" % (dd + (40 if sex == "F" else 0)) + place)
    t = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else ord(c) - 65
        t += _CF_ODD[v] if i % 2 == 0 else v
    return body + chr(65 + t % 26)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _verhoeff(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def _w(s, weights):
    return sum(int(a) * w for a, w in zip(s, weights))


def check_id(b):
    """Returns None when the number is valid and agrees with its holder's birth date and sex."""
    k, v = b["kind"], b["v"]
    n = _digits(v)
    dob, sex = b.get("dob"), b.get("sex")

    def dob_is(y, m, dd):
        return dob is None or tuple(dob) == (y, m, dd)
    ok = True
    if k == "NHS":
        r = 11 - _w(n[:9], range(10, 1, -1)) % 11
        ok = len(n) == 10 and (0 if r == 11 else r) == int(n[9])
    elif k == "NINO":
        s = v.replace(" ", "")
        ok = bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s)) and s[:2] not in (
            "BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    elif k == "SSN":
        a, g, s = v.split("-")
        ok = a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"
    elif k == "DNI":
        ok = v[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23]
    elif k == "NIE":
        ok = v[-1] == "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(v[0]).__str__() + v[1:8]) % 23]
    elif k == "CF":
        p = person_by_ref(b["who"])
        ok = v == _cf_code(p.family, p.given, dob, sex, b["place"])
    elif k == "NIR":
        ok = len(n) == 15 and 97 - int(n[:13]) % 97 == int(n[13:]) and n[0] == ("1" if sex == "M" else "2") \
            and n[1:5] == "%02d%02d" % (dob[0] % 100, dob[1])
    elif k == "BSN":
        ok = len(n) == 9 and _w(n, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 == 0
    elif k == "RRN_BE":
        base = int(n[:9]) if dob[0] < 2000 else int("2" + n[:9])
        ok = 97 - base % 97 == int(n[9:]) and dob_is(1900 + int(n[:2]), int(n[2:4]), int(n[4:6])) \
            and (int(n[6:9]) % 2 == 1) == (sex == "M")
    elif k == "PESEL":
        mm = int(n[2:4])
        y = (2000 if mm > 20 else 1900) + int(n[:2])
        ok = (10 - _w(n[:10], [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(n[10]) \
            and dob_is(y, mm % 20, int(n[4:6])) and (int(n[9]) % 2 == 1) == (sex == "M")
    elif k == "RC":
        mm = int(n[2:4])
        ok = int(n) % 11 == 0 and dob_is(1900 + int(n[:2]), mm % 50, int(n[4:6])) and (mm > 50) == (sex == "F")
    elif k == "PNR":
        ok = _luhn(n) and dob_is(1900 + int(n[:2]), int(n[2:4]), int(n[4:6])) and (int(n[8]) % 2 == 1) == (sex == "M")
    elif k == "FNR":
        k1 = 11 - _w(n[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
        k2 = 11 - _w(n[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        ok = (k1 % 11) == int(n[9]) and (k2 % 11) == int(n[10]) and dob_is(1900 + int(n[4:6]), int(n[2:4]), int(n[:2])) \
            and (int(n[8]) % 2 == 1) == (sex == "M")
    elif k == "HETU":
        ok = v[-1] == "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] and v[6] == "-" \
            and dob_is(1900 + int(v[4:6]), int(v[2:4]), int(v[:2])) and (int(v[7:10]) % 2 == 1) == (sex == "M")
    elif k == "CPR":
        ok = _w(n, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 == 0 and dob_is(1900 + int(n[4:6]), int(n[2:4]), int(n[:2])) \
            and (int(n[9]) % 2 == 1) == (sex == "M")
    elif k == "AMKA":
        ok = len(n) == 11 and _luhn(n) and dob_is(1900 + int(n[4:6]), int(n[2:4]), int(n[:2])) \
            and (int(n[9]) % 2 == 1) == (sex == "M")
    elif k == "AFM":
        ok = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(n[:8])) % 11 % 10 == int(n[8])
    elif k == "CNP":
        c = _w(n[:12], [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
        ok = (1 if c == 10 else c) == int(n[12]) and dob_is(1900 + int(n[1:3]), int(n[3:5]), int(n[5:7])) \
            and (n[0] in "13") == (sex == "M")
    elif k == "TCKN":
        x = [int(c) for c in n]
        ok = x[0] != 0 and ((x[0] + x[2] + x[4] + x[6] + x[8]) * 7 - (x[1] + x[3] + x[5] + x[7])) % 10 == x[9] \
            and sum(x[:10]) % 10 == x[10]
    elif k == "PTNIF":
        r = 11 - _w(n[:8], range(9, 1, -1)) % 11
        ok = (0 if r >= 10 else r) == int(n[8])
    elif k == "CPF":
        x = [int(c) for c in n]
        for j in (9, 10):
            r = (sum(x[i] * (j + 1 - i) for i in range(j)) * 10) % 11
            ok = ok and (0 if r == 10 else r) == x[j]
    elif k == "ILID":
        t = 0
        for i, ch in enumerate(n):
            y = int(ch) * (1 if i % 2 == 0 else 2)
            t += y - 9 if y > 9 else y
        ok = len(n) == 9 and t % 10 == 0
    elif k == "CNID":
        s = _w(v[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
        ok = v[17] == "10X98765432"[s % 11] and dob_is(int(v[6:10]), int(v[10:12]), int(v[12:14])) \
            and (int(v[16]) % 2 == 1) == (sex == "M")
    elif k == "RRN_KR":
        ok = (11 - _w(n[:12], [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == int(n[12]) \
            and dob_is(1900 + int(n[:2]), int(n[2:4]), int(n[4:6])) and (n[6] in "13") == (sex == "M")
    elif k == "MYNUM":
        x = [int(c) for c in n[:11]][::-1]
        s = sum(q * ((j + 1) if j <= 6 else (j - 5)) for j, q in zip(range(1, 12), x))
        r = s % 11
        ok = (0 if r <= 1 else 11 - r) == int(n[11])
    elif k == "AADHAAR":
        ok = len(n) == 12 and n[0] not in "01" and _verhoeff(n)
    elif k == "THID":
        ok = (11 - sum(int(a) * (13 - i) for i, a in enumerate(n[:12])) % 11) % 10 == int(n[12])
    elif k == "ZAID":
        ok = len(n) == 13 and _luhn(n) and dob_is(1900 + int(n[:2]), int(n[2:4]), int(n[4:6])) \
            and (int(n[6:10]) >= 5000) == (sex == "M")
    elif k == "RNOKPP":
        c = (_w(n[:9], [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) % 10
        born = datetime.date(1899, 12, 31) + datetime.timedelta(days=int(n[:5]))
        ok = c == int(n[9]) and dob_is(born.year, born.month, born.day) and (int(n[8]) % 2 == 1) == (sex == "M")
    elif k == "SNILS":
        s = _w(n[:9], range(9, 0, -1))
        c = s if s < 100 else (0 if s in (100, 101) else (s % 101) % 100)
        ok = c == int(n[9:])
    elif k == "IRAN":
        r = _w(n[:9], range(10, 1, -1)) % 11
        ok = (r if r < 2 else 11 - r) == int(n[9])
    elif k == "CURP":
        al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        t = sum(al.index(c) * (18 - i) for i, c in enumerate(v[:17]))
        ok = str((10 - t % 10) % 10) == v[17] and v[4:10] == "%02d%02d%02d" % (dob[0] % 100, dob[1], dob[2]) \
            and v[10] == ("H" if sex == "M" else "M")
    elif k == "RUT":
        body, dv = v.replace(".", "").split("-")
        s, w = 0, 2
        for ch in reversed(body):
            s += int(ch) * w
            w = 2 if w == 7 else w + 1
        r = 11 - s % 11
        ok = dv == ("0" if r == 11 else "K" if r == 10 else str(r))
    elif k == "LTAK":
        s = _w(n[:10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
        if s == 10:
            s = _w(n[:10], [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10
        ok = s == int(n[10]) and dob_is(1900 + int(n[1:3]), int(n[3:5]), int(n[5:7])) \
            and (n[0] in "35") == (sex == "M")
    elif k == "EGN":
        c = _w(n[:9], [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10
        ok = c == int(n[9]) and dob_is(1900 + int(n[:2]), int(n[2:4]), int(n[4:6])) \
            and (int(n[8]) % 2 == 0) == (sex == "M")
    elif k == "OIB":
        ok = len(n) == 11 and _mod11_10(n)
    elif k == "JMBG":
        x = [int(c) for c in n]
        kk = 11 - (7 * (x[0] + x[6]) + 6 * (x[1] + x[7]) + 5 * (x[2] + x[8]) + 4 * (x[3] + x[9])
                   + 3 * (x[4] + x[10]) + 2 * (x[5] + x[11])) % 11
        ok = (0 if kk > 9 else kk) == x[12] and dob_is(1000 + int(n[4:7]), int(n[2:4]), int(n[:2])) \
            and (int(n[9:12]) < 500) == (sex == "M")
    elif k == "HUTAX":
        born = datetime.date(1867, 1, 1) + datetime.timedelta(days=int(n[1:6]))
        ok = n[0] == "8" and _w(n[:9], range(1, 10)) % 11 == int(n[9]) and dob_is(born.year, born.month, born.day)
    elif k == "STID":
        cnt = collections.Counter(n[:10])
        ok = len(n) == 11 and n[0] != "0" and _mod11_10(n) and sorted(cnt.values())[-1] in (2, 3) \
            and sum(1 for x in cnt.values() if x > 1) == 1
    elif k == "SVNR":
        c = _w(n[:3] + n[4:], [3, 7, 9, 5, 8, 4, 2, 1, 6]) % 11
        ok = c == int(n[3]) and dob_is(1900 + int(n[8:10]), int(n[6:8]), int(n[4:6]))
    elif k == "AHV":
        ok = n.startswith("756") and (10 - sum(int(a) * (1 if i % 2 == 0 else 3) for i, a in enumerate(n[:12])) % 10) \
            % 10 == int(n[12])
    elif k == "PPSN":
        s = _w(v[:7], range(8, 1, -1)) + (9 * (ord(v[8]) - 64) if len(v) > 8 else 0)
        ok = v[7] == "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]
    elif k == "SIN":
        ok = len(n) == 9 and n[0] not in "08" and _luhn(n)
    elif k == "TFN":
        ok = _w(n, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0
    elif k == "SAUDI":
        ok = len(n) == 10 and n[0] in "12" and _luhn(n)
    elif k == "CCCD":
        ok = len(n) == 12 and n[3] == ("0" if sex == "M" else "1") and n[4:6] == "%02d" % (dob[0] % 100)
    elif k == "NIK":
        dd = int(n[6:8])
        ok = len(n) == 16 and (dd > 40) == (sex == "F") and dob_is(1900 + int(n[10:12]) if int(n[10:12]) > 30
                                                                   else 2000 + int(n[10:12]), int(n[8:10]), dd % 40)
    else:
        ok = False
    return None if ok else k + " " + v


def check_iban(v):
    s = v.replace(" ", "")
    num = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    if num % 97 != 1:
        return "IBAN " + v
    cc, bban = s[:2], s[4:]
    if cc == "FR":
        b, g, a, key = bban[:5], bban[5:10], bban[10:21], bban[21:]
        if 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97 != int(key):
            return "RIB key " + v
    if cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(x):
            r = 11 - _w(x, w) % 11
            return 0 if r == 11 else 1 if r == 10 else r
        if "%d%d" % (dc("00" + bban[:8]), dc(bban[10:])) != bban[8:10]:
            return "CCC " + v
    if cc == "IT":
        t = 0
        for i, c in enumerate(bban[1:]):
            x = int(c) if c.isdigit() else ord(c) - 65
            t += _CF_ODD[x] if i % 2 == 0 else x
        if chr(65 + t % 26) != bban[0]:
            return "CIN " + v
    if cc == "BE" and (int(bban[:10]) % 97 or 97) != int(bban[10:]):
        return "BE key " + v
    if cc == "PT" and 98 - (int(bban[:19]) * 100) % 97 != int(bban[19:]):
        return "NIB " + v
    if cc == "NO":
        r = 11 - _w(bban[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
        if (0 if r == 11 else r) != int(bban[10]):
            return "NO key " + v
    return None


def check_card(v):
    n = _digits(v)
    ok = _luhn(n) and ((n[0] == "4" and len(n) == 16) or (n[:2] in ("51", "52", "53", "54", "55") and len(n) == 16)
                       or (n[:2] in ("34", "37") and len(n) == 15))
    return None if ok else "card " + v


# ================================================================ build and check
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sk": "Slovak", "sv": "Swedish", "no": "Norwegian", "da": "Danish",
    "fi": "Finnish", "hu": "Hungarian", "ro": "Romanian", "el": "Greek", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "bg": "Bulgarian", "sr": "Serbian", "hr": "Croatian", "lt": "Lithuanian", "ar": "Arabic",
    "he": "Hebrew", "fa": "Persian", "ps": "Pashto", "hi": "Hindi", "ur": "Urdu", "bn": "Bengali", "pa": "Punjabi",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "vi": "Vietnamese", "th": "Thai", "id": "Indonesian",
    "tl": "Tagalog", "sw": "Swahili", "so": "Somali", "ti": "Tigrinya", "af": "Afrikaans", "ga": "Irish",
    "cy": "Welsh", "ca": "Catalan", "eu": "Basque", "is": "Icelandic", "et": "Estonian", "lv": "Latvian",
    "sq": "Albanian", "ka": "Georgian", "hy": "Armenian", "am": "Amharic", "ms": "Malay", "ta": "Tamil",
    "eo": "Esperanto", "la": "Latin", "yi": "Yiddish", "mt": "Maltese", "ne": "Nepali",
}


def build():
    rng = random.Random(SEED)
    d = Drawer(rng)
    rows, langs = [], []
    for t in TEMPLATES:
        for i in range(t["n"]):
            d.row = set()
            d.i = i
            marked = t["texts"][i] if "texts" in t else t["fn"](d)
            case = t["case"][i] if isinstance(t["case"], list) else t["case"]
            text, spans = unmark(marked, case)
            rows.append({"id": "%s-%s-%s-%d" % (NAME, t["cls"], t["name"], i), "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
            lg = t["lang"][i] if isinstance(t["lang"], list) else t["lang"]
            langs.append((lg.split("/")[0], case, lg))
    return rows, langs, d


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


UNIQUE_TYPES = ("PHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS")


def check(rows, langs):
    errs = []
    assert len(rows) == 324, len(rows)
    personal = [r for r in rows if not r["class"].startswith("clean_")]
    clean = [r for r in rows if r["class"].startswith("clean_")]
    assert len(personal) == 162 and len(clean) == 162, (len(personal), len(clean))
    classes = collections.Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    assert all(c.startswith("personal_") or c.startswith("clean_") for c in classes)
    tpl = collections.Counter((r["class"], r["template"]) for r in rows)
    assert len(tpl) >= 80 and max(tpl.values()) <= 5, (len(tpl), max(tpl.values()))
    assert len({r["id"] for r in rows}) == len(rows), "ids"
    assert len({r["text"] for r in rows}) == len(rows), "texts"
    idre = re.compile(r"^%s-(personal|clean)_[a-z0-9]+-[a-z0-9_]+-\d+$" % NAME)
    seen_values = collections.defaultdict(set)
    for r in rows:
        t = r["text"]
        if not idre.match(r["id"]):
            errs.append("id " + r["id"])
        if not (25 <= len(t) <= 800):
            errs.append("length %d %s" % (len(t), r["id"]))
        if not (1 <= len(t.split("\n")) <= 15):
            errs.append("lines %s" % r["id"])
        if set(r) != {"id", "text", "spans", "source", "class", "template", "locale"} or r["locale"] != "" \
                or r["source"] != SOURCE:
            errs.append("fields " + r["id"])
        last = 0
        for s in r["spans"]:
            if t[s["start"]:s["end"]] != s["value"] or s["value"] != s["value"].strip() or not s["value"]:
                errs.append("slice %s %r" % (r["id"], s))
            if s["type"] not in TYPES:
                errs.append("type %s %s" % (r["id"], s["type"]))
            if s["start"] < last:
                errs.append("overlap %s %r" % (r["id"], s))
            last = s["end"]
            if s["type"] in UNIQUE_TYPES:
                seen_values[(s["type"], re.sub(r"[\s\-./()]", "", s["value"]).lower())].add(r["id"])
        if r["class"].startswith("clean_") and r["spans"]:
            errs.append("spans in clean row " + r["id"])
        if not r["class"].startswith("clean_") and not r["spans"]:
            errs.append("no spans " + r["id"])
    for k, ids in seen_values.items():
        if len(ids) > 1:
            errs.append("value in %d rows: %r %s" % (len(ids), k, sorted(ids)))
    # no private value of a personal row inside a PII-free row
    private = set()
    for r in personal:
        for s in r["spans"]:
            if s["type"] == "LOCATION" or (s["type"] == "PERSON" and " " not in s["value"]):
                continue
            private.add(s["value"].lower())
    for r in clean:
        low = r["text"].lower()
        for v in private:
            if len(v) >= 4 and v in low:
                errs.append("private value %r in %s" % (v, r["id"]))
    # languages
    non_en = [lg for lg, _c, _m in langs if lg != "en"]
    share = len(non_en) / len(langs)
    if not (0.40 <= share <= 0.50):
        errs.append("non-English share %.3f" % share)
    if len(set(non_en)) < 20:
        errs.append("only %d languages other than English" % len(set(non_en)))
    # check digits
    for b in IDS:
        e = check_id(b)
        if e:
            errs.append(e)
    for v in [x for xs in IBANS.values() for x in xs]:
        e = check_iban(v)
        if e:
            errs.append(e)
    for v in CARDS:
        e = check_card(v)
        if e:
            errs.append(e)
    if errs:
        raise SystemExit("check failed:\n" + "\n".join(errs[:60]))


def report(rows, langs, d):
    print("rows", len(rows))
    for c, n in sorted(collections.Counter(r["class"] for r in rows).items()):
        print("  %-24s %3d rows %3d templates" % (c, n, len({r["template"] for r in rows if r["class"] == c})))
    spans = collections.Counter(s["type"] for r in rows for s in r["spans"])
    print("spans", sum(spans.values()), dict(sorted(spans.items(), key=lambda x: -x[1])))
    lg = collections.Counter(x for x, _c, _m in langs)
    pers = collections.Counter(x for (x, _c, _m), r in zip(langs, rows) if not r["class"].startswith("clean_"))
    print("languages", len(lg) - 1, "other than English; rows not English", sum(v for k, v in lg.items() if k != "en"),
          "(personal %d)" % sum(v for k, v in pers.items() if k != "en"))
    print("  " + ", ".join("%s %d" % (LANG_NAMES.get(k, k), v) for k, v in lg.most_common()))
    cases = collections.Counter((r["class"].startswith("clean_"), c) for (x, c, _m), r in zip(langs, rows))
    print("cases", {("clean" if k[0] else "personal") + ":" + str(k[1]): v for k, v in cases.items()})
    used = {k for k in d.count if d.count[k]}
    ppl = [p for ps in POOLS.values() for p in ps]
    print("people", len(ppl), "used", sum(1 for p in ppl if p.key in used))
    ad = [a for xs in ADDRS.values() for a in xs]
    print("addresses", len(ad), "used", sum(1 for a in ad if a.key in used),
          "countries used", len({a.cc for a in ad if a.key in used}))
    print("phones", sum(len(v) for v in PHONES.values()), "used", sum(1 for k in used if k.startswith("ph:")))
    print("ids", len(IDS), "used", sum(1 for k in used if k.startswith("id:")))
    print("lengths", min(len(r["text"]) for r in rows), max(len(r["text"]) for r in rows),
          "lines max", max(len(r["text"].split("\n")) for r in rows))


# ================================================================ PII-free: terminology
CT_ = "clean_terms"

C(CT_, "eponym_glossary_md", "en", [
    "Add the German and French equivalents to this glossary for our hospital interpreters:\n\n| EN | DE | FR |\n"
    "|---|---|---|\n| Alzheimer's disease | | |\n| Parkinson's disease | | |\n| Crohn's disease | | |\n"
    "| Bell's palsy | | |\n| Graves' disease | | |\n\nNote: German clinics often say Morbus Basedow rather than Graves.",
    "Glossary check – obstetrics, EN > ES:\nApgar score → puntuación de Apgar\nCaesarean section → cesárea\n"
    "Fallopian tubes → trompas de Falopio\nBraxton Hicks contractions → contracciones de Braxton Hicks\n"
    "Down syndrome → síndrome de Down\nAre any of these wrong for Mexican Spanish?",
])
C(CT_, "legal_term_question", "en", [
    "In a Polish–English court job the judge kept saying \"pouczenie\". Is \"caution\" the right equivalent, or is "
    "that too close to the PACE caution and the Miranda warning? And what did the ECtHR say about interpreters in "
    "Kamasinski v Austria?",
    "What's the usual English rendering of \"Lei Maria da Penha\" in a Brazilian protective order? Do we translate "
    "the name of the law or leave it, the way English leaves Clare's Law and Megan's Law alone?",
])
C(CT_, "termbase_eponyms_csv", ["de", "en"], [
    "Bitte ergänze die fehlenden englischen Benennungen in diesem Termbank-Export:\n\nterm_de;term_en;domain;note\n"
    "Morbus Bechterew;;Medizin;Eponym\nNürnberger Prozesse;Nuremberg trials;Geschichte;\n"
    "Dieselmotor;;Technik;nach Rudolf Diesel\nRöntgenaufnahme;;Medizin;nach Wilhelm Conrad Röntgen\n"
    "Kneippkur;;Tourismus;nach Sebastian Kneipp",
    "Fix the delimiter problem in this termbase CSV:\n\nsource_en,target_fr,domain\nPap smear,frottis (test de "
    "Papanicolaou),medical\nPetri dish,boîte de Petri,lab\nBunsen burner,bec Bunsen,lab\nGeiger counter;compteur "
    "Geiger;physics\nRichter scale,échelle de Richter,geology",
])
C(CT_, "booth_prep_notes", "en", [
    "prep notes for tomorrow's energy conference: watt, joule, newton-metre, kelvin, \"diesel\" (the fuel and the "
    "engineer), the haber–bosch process, ørsted (the company, not the physicist) and siemens gamesa. anything else "
    "i should look up?",
    "quick one: is it \"tourette's\" or \"tourette syndrome\" in nhs patient letters? and do we still say "
    "\"asperger's\" or \"autism spectrum condition\" now?",
], case="lower")
C(CT_, "question_loi", "fr", [
    "Comment traduire « la loi Toubon » dans un contrat en anglais ? Je mets « the Toubon Law (Law No. 94-665 on "
    "the use of the French language) » ou je laisse le titre en français ?",
    "Glossaire juridique FR > EN à vérifier : mandat d'arrêt européen = European Arrest Warrant ; garde à vue = "
    "police custody ; loi Badinter = ? ; Code Napoléon = Napoleonic Code ; arrêt Perruche = ?",
])
C(CT_, "frage_hartz", "de", [
    "Wie übersetzt man „Hartz IV“ und „Bürgergeld“ ins Englische, wenn ich bei einem Jobcenter-Termin dolmetsche? "
    "Reicht „Hartz IV (the benefit named after Peter Hartz)“ oder ist das zu lang?",
])
C(CT_, "pregunta_ley_olimpia", "es", [
    "¿Cómo se traduce al inglés «baja por maternidad» y «Ley Olimpia»? En la segunda, ¿dejo el nombre de Olimpia "
    "Coral Melo o explico que es la ley mexicana sobre violencia digital?",
])
C(CT_, "yogoshu_byomei", "ja", [
    "医療通訳の用語集です。英語の病名を確認してください：橋本病（Hashimoto's thyroiditis）、川崎病（Kawasaki disease）、"
    "バセドウ病（Graves' disease）、ダウン症候群、アルツハイマー型認知症。",
])
C(CT_, "shuyubiao", "zh", [
    "口译术语表：巴甫洛夫反射、帕金森病、阿斯伯格综合征、图灵测试、诺贝尔奖。请给出对应的英文和德文，并说明哪些是以人名命名的。",
])
C(CT_, "glossario_eponimi", "it", [
    "Nel glossario medico IT>EN ho «morbo di Basedow-Graves», «sindrome di Down», «manovra di Valsalva» e «malattia "
    "di Crohn». Va bene lasciare gli eponimi così anche in inglese?",
])
C(CT_, "vopros_terminy", "ru", [
    "Как правильно перевести на английский «синдром Аспергера», «болезнь Паркинсона» и «закон Ома»? И нужен ли "
    "апостроф в «Parkinson's»?",
])
C(CT_, "mustalahat", "ar", [
    "ما هي الترجمة الإنجليزية الدقيقة لـ«متلازمة داون» و«مرض الزهايمر» و«قانون نيوتن الثاني»؟ أحتاجها لقائمة "
    "مصطلحات المترجمين الفوريين في المستشفى.",
])
C(CT_, "yongeojip", "ko", [
    "통역 용어집 확인 부탁드립니다: 파킨슨병 = Parkinson's disease, 알츠하이머병 = Alzheimer's disease, "
    "하인리히 법칙 = ?, 뮌하우젠 증후군 = Munchausen syndrome.",
])
C(CT_, "vraag_pfeiffer", "nl", [
    "Hoe vertaal je „Wet Bibob“ en „de ziekte van Pfeiffer“ naar het Engels? Pfeiffer is toch gewoon „glandular "
    "fever“, of zeggen Amerikanen „mono“?",
])
C(CT_, "pergunta_lei_aurea", "pt", [
    "Na tradução juramentada de um histórico escolar brasileiro, como fica «ENEM» e «Lei Áurea» (na parte de "
    "História)? Deixo «Golden Law» entre parênteses?",
])
C(CT_, "otazka_stur", "sk", [
    "Ako sa po anglicky povie „Štúrova kodifikácia“ a „Univerzita Komenského“? Prekladám diplom a neviem, či mená "
    "v názvoch prekladať.",
])
C(CT_, "pregunta_fabra", "ca", [
    "Com es tradueix «normes de Pompeu Fabra» en un certificat acadèmic? I «Institut d'Estudis Catalans», el deixo "
    "tal qual?",
])
C(CT_, "galdera_euskaltzaindia", "eu", [
    "Nola itzultzen da ingelesera «Euskaltzaindia»? Eta «Azkue Biblioteka»? Ziurtagiri akademiko baterako da.",
])
C(CT_, "cwestiwn_deddf", "cy", [
    "Sut ydw i'n cyfieithu \"Deddf yr Iaith Gymraeg 1993\" a \"Mesur y Gymraeg (Cymru) 2011\" i'r Saesneg ar "
    "dystysgrif? Ydy \"Welsh Language Act\" yn iawn?",
])
C(CT_, "kitkhva_universiteti", "ka", [
    "როგორ ვთარგმნო ინგლისურად „ილიას სახელმწიფო უნივერსიტეტი“ და „ივანე ჯავახიშვილის სახელობის თბილისის "
    "სახელმწიფო უნივერსიტეტი“? დიპლომის თარგმანისთვის მჭირდება.",
])
C(CT_, "harc_matenadaran", "hy", [
    "Ինչպե՞ս թարգմանել անգլերեն «Մեսրոպ Մաշտոցի անվան Մատենադարան» անվանումը։ Դիպլոմի թարգմանության համար է։",
])
C(CT_, "caps_booth_glossary", "en", [
    "GLOSSARY – CONFERENCE BOOTH (EN / DE / FR)\nNOBEL PRIZE / NOBELPREIS / PRIX NOBEL\nMARSHALL PLAN / MARSHALLPLAN / "
    "PLAN MARSHALL\nSCHENGEN AREA / SCHENGEN-RAUM / ESPACE SCHENGEN\nERASMUS+ / ERASMUS+ / ERASMUS+\n"
    "BRETTON WOODS / BRETTON WOODS / BRETTON WOODS",
], case="upper")


# ================================================================ PII-free: localisation files
CF_ = "clean_files"

C(CF_, "po_placeholders", "en", [
    "Why does msgfmt complain about this entry?\n\n#: src/greeting.c:42\n#, c-format\n"
    "msgid \"Hello %s, you have %d new messages\"\nmsgstr \"Hallo %d, du hast %s neue Nachrichten\"",
    "What do I put in these header fields before uploading the .pot to Weblate?\n\n# SOME DESCRIPTIVE TITLE.\n"
    "# Copyright (C) YEAR THE PACKAGE'S COPYRIGHT HOLDER\n# FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.\n"
    "\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\"\n\"Language-Team: LANGUAGE <LL@li.org>\\n\"",
])
C(CF_, "xliff_icu", "en", [
    "Is the German plural right in this XLIFF unit?\n\n<trans-unit id=\"bookings.count\">\n"
    "  <source>{count, plural, one {# interpreter booked} other {# interpreters booked}}</source>\n"
    "  <target>{count, plural, one {# Dolmetscher gebucht} other {# Dolmetscher gebucht}}</target>\n</trans-unit>",
    "The vendor broke the tags in the French target – can you fix it?\n\n<source>Dear <ph id=\"1\">{{first_name}}</ph>, "
    "your appointment with <ph id=\"2\">{{interpreter_name}}</ph> is confirmed.</source>\n"
    "<target>Bonjour <ph id=\"1\">{{first_name}}</ph>, votre rendez-vous avec {{interpreter_name}} est confirmé."
    "</target>",
])
C(CF_, "json_sample_user", ["en", "ja/en"], [
    "Is it OK that sample.user ships in en.json?\n\n{\n  \"welcome\": \"Welcome back, {name}!\",\n"
    "  \"booking.confirmed\": \"Your {language} interpreter is booked for {date}.\",\n  \"sample.user\": \"Jane Doe\"\n}",
    "ja.json の翻訳を確認してください。sample の値は訳すべきですか？\n\n{\n  \"welcome\": \"{name}さん、おかえりなさい！\",\n"
    "  \"sample.user\": \"山田太郎\",\n  \"sample.email\": \"taro.yamada@example.com\"\n}",
])
C(CF_, "srt_public_speech", ["en", "de"], [
    "Translate into German subtitles, max 42 characters a line:\n\n1\n00:00:01,000 --> 00:00:04,500\n"
    "Two thousand years ago the proudest boast was \"civis Romanus sum\".\n\n2\n00:00:04,600 --> 00:00:07,800\n"
    "Today, in the world of freedom, the proudest boast is \"Ich bin ein Berliner\".\n\n(Kennedy, 26 June 1963)",
    "Untertitel für die Pressekonferenz von Angela Merkel am 31. August 2015 – bitte ins Englische:\n\n1\n"
    "00:00:02,000 --> 00:00:04,000\nWir schaffen das.\n\n2\n00:00:04,200 --> 00:00:07,500\n"
    "Und wo uns etwas im Wege steht, muss es überwunden werden.",
])
C(CF_, "srt_film_characters", ["fr", "it"], [
    "Sous-titres du « Fabuleux Destin d'Amélie Poulain » – vérifie la version anglaise :\n\n12\n"
    "00:14:03,100 --> 00:14:05,900\nAmélie Poulain, serveuse aux Deux Moulins.\nAmélie Poulain, waitress at the "
    "Two Windmills.",
    "Sottotitoli del «Gattopardo»: come rendo in inglese «Se vogliamo che tutto rimanga come è, bisogna che tutto "
    "cambi», detto da Tancredi al principe di Salina? La versione di Archibald Colquhoun va bene?",
])
C(CF_, "mobile_sample_names", "en", [
    "Is it OK to leave sample_name untranslated in values-de/strings.xml?\n\n<string name=\"greeting\">Hi %1$s, your "
    "interpreter %2$s will call you.</string>\n<string name=\"sample_name\">Max Mustermann</string>",
    "our ios .strings has \"contact_placeholder\" = \"john appleseed\"; – should the translators localise apple's "
    "sample name or keep it?",
], case=[None, "lower"])
C(CF_, "tools_named_like_people", "en", [
    "We're choosing between Trados Studio, memoQ, Wordfast and OmegaT for our freelancers. Which handles XLIFF 2.0 "
    "and adaptive MT like Lilt best? We already pay for DeepL and Phrase.",
    "Is Weblate or Crowdin better for a Django app that uses Babel and gettext? Our developers also mentioned "
    "Pontoon and Tolgee.",
])
C(CF_, "subtitle_tools", "en", [
    "aegisub keeps shifting my timings when i import from subtitle edit. also do ooona or eztitles support the "
    "netflix timed text style guide for japanese (ruby text)?",
], case="lower")
C(CF_, "rails_yaml", "es", [
    "¿Por qué Rails no interpola el nombre aquí?\n\nes:\n  saludo: \"Hola, %{nombre}\"\n  firma: \"Atentamente, "
    "%{agent_name}\"\n  ejemplo: \"Juan Pérez\"",
])
C(CF_, "fluent_ftl", "en", [
    "Fluent file review:\n\nwelcome = Welcome, { $userName }!\nbooking-count = { $count ->\n    [one] One booking\n"
    "   *[other] { $count } bookings\n}\n\nIs the asterisk on the default variant in the right place?",
])
C(CF_, "dubbing_character_csv", "en", [
    "Character list for dubbing – normalise the spellings:\n\ncharacter,fr,it,de\nSnape,Rogue,Piton,Snape\n"
    "Dumbledore,Dumbledore,Silente,Dumbledore\nHermione Granger,Hermione Granger,Hermione Granger,Hermine Granger\n"
    "Neville Longbottom,Neville Londubat,Neville Paciock,Neville Longbottom",
])
C(CF_, "caps_qa_report", "en", [
    "XBENCH QA REPORT – PROJECT CERN-PRESS-04\nTERM MISMATCH: 'HIGGS BOSON' → 'BOSON DE HIGGS' (EXPECTED 'BOSON DE "
    "BROUT-ENGLERT-HIGGS')\nNUMBER MISMATCH: SEG 112\nTAG MISSING: <PH ID=\"2\"/> IN SEG 140\nEXPLAIN EACH LINE.",
], case="upper")
C(CF_, "xliff_placeholder_zh", "zh", [
    "这段 XLIFF 的占位符对吗？\n\n<source>Hello {name}, your order {orderId} has shipped.</source>\n"
    "<target>{name}，您好！您的订单 {orderId} 已发货。</target>",
])
C(CF_, "json_hong_gildong", "ko", [
    "ko.json 번역 검토 부탁드립니다. 예시 이름은 그대로 둬도 될까요?\n\n{\"sample_name\": \"홍길동\", "
    "\"greeting\": \"{name}님, 환영합니다!\", \"phone_hint\": \"010-0000-0000\"}",
])
C(CF_, "tmx_un_session", "en", [
    "Can this unit go into the shared TM?\n\n<tu>\n  <tuv xml:lang=\"en\"><seg>The Secretary-General, António "
    "Guterres, opened the session.</seg></tuv>\n  <tuv xml:lang=\"fr\"><seg>Le Secrétaire général, António Guterres, "
    "a ouvert la session.</seg></tuv>\n</tu>",
])
C(CF_, "phude_tuyen_ngon", "vi", [
    "Dịch phụ đề đoạn Tuyên ngôn Độc lập ngày 2/9/1945 của Chủ tịch Hồ Chí Minh sang tiếng Anh:\n\n1\n"
    "00:00:01,000 --> 00:00:05,000\nTất cả mọi người đều sinh ra có quyền bình đẳng.",
])
C(CF_, "po_plural_ru", "ru", [
    "Почему Poedit ругается на эту запись?\n\nmsgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d файл\"\n"
    "msgstr[1] \"%d файла\"",
])
C(CF_, "wolacz_kowalski", "pl", [
    "Czy w pliku pl.json da się zrobić wołacz imienia? \"greeting\": \"Cześć, {firstName}!\" – w dokumentacji "
    "przykładem jest Jan Kowalski, więc wyjdzie „Cześć, Jan!” zamiast „Cześć, Janie!”.",
])
C(CF_, "rtl_israel_israeli", "he", [
    "האם הכיווניות בקובץ הזה תקינה? \"welcome\": \"שלום {name}, ברוך הבא!\" – ובדוגמה בתיעוד כתוב "
    "\"ישראל ישראלי\".",
])
C(CF_, "credits_without_names", "en", [
    "git log on our locales repo shows commits by 'weblate' and 'github-actions[bot]' – how do i credit the "
    "translators in the release notes without listing anyone by name?",
], case="lower")


# ================================================================ PII-free: blank forms, templates and sample people
CG_ = "clean_forms"

C(CG_, "blank_booking", "en", [
    "Turn this into a fillable web form:\n\nINTERPRETER REQUEST – Outpatients\nLanguage: ____\n"
    "Patient: [PATIENT NAME]   DOB: [DD/MM/YYYY]\nNHS number: [000 000 0000]\n"
    "Address: [ADDRESS LINE 1], [TOWN], [POSTCODE]\nContact: [PHONE]\nClinic: ____\n"
    "Requested by: [STAFF NAME], [DEPARTMENT]",
    "Tidy the merge fields in our court booking template:\n\nSubject: Interpreter – R v {{defendant_surname}}, "
    "Court {{court_no}}\nDefendant {{defendant_name}} (DOB {{dob}}) requires a {{language}} interpreter. Please "
    "confirm {{interpreter_name}} and the NRPSI number by {{deadline}}.",
])
C(CG_, "blank_certificate", ["pl", "it"], [
    "Wzór do tłumaczenia – odpis skrócony aktu urodzenia (pusty):\nNazwisko: ………\nImię (imiona): ………\n"
    "Data urodzenia: DD.MM.RRRR\nMiejsce urodzenia: ………\nNumer PESEL: ___________\n"
    "Imię i nazwisko rodowe ojca: ………\nImię i nazwisko rodowe matki: ………\nPrzetłumacz same etykiety na angielski.",
    "Modello vuoto per la traduzione giurata:\nCOMUNE DI ____________ – Ufficio dello Stato Civile\n"
    "Cognome: [COGNOME]   Nome: [NOME]\nNato/a a [LUOGO] il [GG/MM/AAAA]\nCodice fiscale: [16 caratteri]\n"
    "Traduci in inglese solo le etichette.",
])
C(CG_, "specimen_documents", ["de", "en"], [
    "Für die Schulung unserer Übersetzer: Auf dem Musterausweis steht „ERIKA MUSTERMANN, geb. GABLER, 12.08.1964, "
    "BERLIN“. Wie übersetzt man „geb.“ in einer beglaubigten Übersetzung – „née“?",
    "Our style guide uses Max Mustermann, Jean Dupont, Juan Pérez and Jan Kowalski as sample names in "
    "certified-translation templates. What should we use for Dutch (Jan Jansen?) and Norwegian (Ola Nordmann?)?",
])
C(CG_, "test_payment", "en", [
    "Stripe test mode: the certified-translation checkout rejects 4242 4242 4242 4242 with \"incorrect_cvc\". The "
    "test e-mail is test@example.com and the request comes from 203.0.113.25. What am I missing?",
    "QA script for the order form:\n\nname=\"Test Customer\" email=\"qa+orders@example.org\" phone=\"07700 900123\"\n"
    "card=4111 1111 1111 1111 exp=12/30\nip=198.51.100.7\n\nWhy does the mailer still bounce?",
])
C(CG_, "vri_staging_log", "en", [
    "Staging log from the VRI platform – why two joins?\n"
    "2025-02-11T09:00:00Z room=TEST-001 event=join role=clinician name=\"Test Clinician\" ip=192.0.2.10\n"
    "2025-02-11T09:00:05Z room=TEST-001 event=join role=interpreter name=\"Interpreter A\" ip=192.0.2.11\n"
    "2025-02-11T09:01:10Z room=TEST-001 event=drop role=interpreter reason=ice_timeout\n"
    "2025-02-11T09:01:15Z room=TEST-001 event=join role=interpreter name=\"Interpreter A\" ip=2001:db8::11",
])
C(CG_, "role_only_rota", "en", [
    "Fill the gaps in next week's rota (roles only, names go in later):\n\nday,slot,venue,language,interpreter\n"
    "Mon,09:00,Magistrates' Court,Polish,INT-01\nMon,13:30,Royal Infirmary,Arabic,TBC\n"
    "Tue,10:00,Police custody,Romanian,INT-04\nWed,11:15,Job Centre,Tigrinya,TBC",
    "timesheet template for new starters:\n\ndate,interpreter_id,language,venue,service_user_ref,minutes,miles\n"
    "dd/mm/yyyy,int-xx,,,,0,0\n\nshould miles be a decimal?",
], case=[None, "lower"])
C(CG_, "malli_meikalainen", "fi", [
    "Käännösmallipohjassa esimerkkinimenä on Matti Meikäläinen. Mikä olisi vastaava ruotsinkielisessä pohjassa, ja "
    "käytetäänkö englanniksi John Doe?",
])
C(CG_, "minta_gipsz_jakab", "hu", [
    "A hiteles fordítás mintájában Gipsz Jakab szerepel. Angolra John Doe-val fordítsam, vagy hagyjam meg az "
    "eredeti nevet?",
])
C(CG_, "sablon_ion_popescu", "ro", [
    "În șablonul pentru traduceri legalizate folosim „Ion Popescu” ca nume de exemplu. E în regulă să rămână așa "
    "și în versiunea în engleză?",
])
C(CG_, "baep_somchai", "th", [
    "ในแบบฟอร์มตัวอย่างใช้ชื่อ นายสมชาย ใจดี ควรแปลเป็นภาษาอังกฤษว่า Mr. Somchai Jaidee หรือใช้ John Doe แทนดีคะ",
])
C(CG_, "snidmat_jon", "is", [
    "Í sniðmátinu fyrir löggiltar þýðingar notum við Jón Jónsson sem dæmi. Er eðlilegt að halda því í enska "
    "skjalinu, eða á að nota John Doe?",
])
C(CG_, "namudhaj_fulan", "ar", [
    "في نموذج الترجمة المعتمدة نستخدم «فلان الفلاني» اسماً افتراضياً. ما المقابل المناسب في النسخة الإنجليزية؟",
])
C(CG_, "modeli_filan_fisteku", "sq", [
    "Në modelin e përkthimit të noterizuar përdorim emrin shembull „Filan Fisteku“. A duhet ta përkthej në anglisht "
    "si „John Doe“?",
])
C(CG_, "sample_names_world", "en", [
    "For our multilingual template pack, confirm the usual sample names: Mari Maasikas (Estonian), Jānis Bērziņš "
    "(Latvian), Budi from the \"Ini Budi\" primer (Indonesian), 张三 and 李四 (Chinese), Juan dela Cruz (Filipino).",
])
C(CG_, "caps_w9_checklist", "en", [
    "W-9 FIELD CHECKLIST FOR NEW INTERPRETERS\nNAME (AS SHOWN ON YOUR INCOME TAX RETURN)\nBUSINESS NAME (IF "
    "DIFFERENT)\nSSN: XXX-XX-XXXX OR EIN: XX-XXXXXXX\nADDRESS: NUMBER, STREET, APT\nCITY, STATE, ZIP CODE",
], case="upper")
C(CG_, "blank_invoice", "en", [
    "Invoice template for freelance linguists – check the VAT wording:\n\n[YOUR NAME]\n[STREET ADDRESS], [TOWN], "
    "[POSTCODE]\nIBAN: GB00 XXXX 0000 0000 0000 00\nInvoice no: {{invoice_no}} to {{agency_name}}\n"
    "VAT: not registered / reverse charge",
])
C(CG_, "sql_seed_john_doe", "en", [
    "Review this schema and seed row:\n\nCREATE TABLE vendors (id serial PRIMARY KEY, full_name text, email text, "
    "lang_pair text);\nINSERT INTO vendors (full_name, email, lang_pair) VALUES ('John Doe', "
    "'john.doe@example.com', 'xx>EN');",
])
C(CG_, "famous_placeholder_addresses", "en", [
    "for the address placeholder in the ja template can i use \"1-1 chiyoda, chiyoda-ku, tokyo\" (the imperial "
    "palace) or is that weird? the other locales use 221b baker street and 742 evergreen terrace",
], case="lower")
C(CG_, "consent_template", "en", [
    "Consent to share information with an interpreter – template:\n\nI, [full name], consent to {{agency_name}} "
    "sharing my details with the interpreter for my appointment on [date].\nSigned: ________  Date: ________",
    "placeholder check: our sms says 'hi {first_name}, your {language} interpreter {interpreter_first_name} will "
    "meet you at {venue} at {time}' – is 160 characters enough once it's filled?",
], case=[None, "lower"])
C(CG_, "certification_statement", "en", [
    "Cover page template for certified translations – anything missing?\n\nI, [TRANSLATOR NAME], certify that the "
    "attached translation from [SOURCE LANGUAGE] into English of the [DOCUMENT TYPE] of [HOLDER NAME] is true and "
    "accurate.\nMembership no.: [ITI/CIOL NUMBER]\nSignature: ________  Date: ________",
])
C(CG_, "specimen_trainees", "en", [
    "Is there a public-domain specimen UK birth certificate we can give trainee translators? The GOV.UK guidance "
    "images only show blank fields, and we don't want to use anyone's real certificate.",
])


# ================================================================ PII-free: history of translation and interpreting
CH_ = "clean_history"

C(CH_, "booker_table", "en", [
    "Add a column with the source language:\n\n| year | author | book | translator |\n|---|---|---|---|\n"
    "| 2016 | Han Kang | The Vegetarian | Deborah Smith |\n| 2017 | David Grossman | A Horse Walks into a Bar | "
    "Jessica Cohen |\n| 2018 | Olga Tokarczuk | Flights | Jennifer Croft |\n| 2019 | Jokha Alharthi | Celestial "
    "Bodies | Marilyn Booth |\n| 2020 | Marieke Lucas Rijneveld | The Discomfort of Evening | Michele Hutchison |",
    "Which of these translators also work from more than one language?\n\n| year | author | translator |\n"
    "|---|---|---|\n| 2021 | David Diop | Anna Moschovakis |\n| 2022 | Geetanjali Shree | Daisy Rockwell |\n"
    "| 2023 | Georgi Gospodinov | Angela Rodel |\n| 2024 | Jenny Erpenbeck | Michael Hofmann |",
])
C(CH_, "famous_interpreters", "en", [
    "Write a 150-word newsletter intro on the Nuremberg trials interpreters: Léon Dostert set up simultaneous "
    "interpreting with IBM equipment, and Siegfried Ramler was one of the youngest in the booths.",
    "Who interpreted for Khrushchev and Brezhnev? I remember Viktor Sukhodrev, and Pavel Palazhchenko worked with "
    "Gorbachev at Reykjavík. Short answer please.",
    "is it true nancy tang (唐闻生) interpreted for mao when nixon visited in 1972? and where does ji chaozhu fit in?",
], case=[None, None, "lower"])
C(CH_, "bible_translation", "en", [
    "Timeline for a talk on Bible translation: St Jerome and the Vulgate, Martin Luther's 1534 Bible, William "
    "Tyndale, the King James Version (1611) and William Morgan's Welsh Bible (1588). Anything important missing?",
    "Why is International Translation Day on 30 September? Something to do with St Jerome? And what does FIT "
    "actually do?",
])
C(CH_, "script_reformers", "en", [
    "For a school project on writing systems: King Sejong and Hangul, Mesrop Mashtots and the Armenian alphabet, "
    "Cyril and Methodius, Sequoyah's Cherokee syllabary, and Atatürk's 1928 alphabet reform. One sentence each.",
    "who standardised what: vuk karadžić (serbian), ľudovít štúr (slovak), ivar aasen (nynorsk), pompeu fabra "
    "(catalan), eliezer ben-yehuda (hebrew). make it quiz questions pls",
], case=[None, "lower"])
C(CH_, "decipherment_table", "en", [
    "Compare Champollion and Thomas Young on the Rosetta Stone, and Michael Ventris and Alice Kober on Linear B, "
    "in a short table (who, what, when, key insight).",
])
C(CH_, "literary_translators", "en", [
    "Constance Garnett or Pevear and Volokhonsky – which Anna Karenina should a book club pick, and why do people "
    "argue about it so much?",
    "Reading list for trainee literary translators: Gregory Rabassa (One Hundred Years of Solitude), Edith Grossman "
    "(Don Quixote), Ann Goldstein (Ferrante), Anthea Bell (Asterix), Emily Wilson (The Odyssey). Add two from Asian "
    "languages.",
])
C(CH_, "sign_language_history", "en", [
    "Short history of sign language interpreting for an induction pack: Abbé de l'Épée, Laurent Clerc and Thomas "
    "Hopkins Gallaudet, Gallaudet University, and when the UK recognised BSL (2003, then the BSL Act 2022).",
])
C(CH_, "caps_quiz", "en", [
    "TRANSLATION DAY QUIZ\n1. WHO TRANSLATED THE VULGATE?\n2. WHICH LANGUAGE DID ZAMENHOF CREATE?\n"
    "3. WHO COMPILED THE KALEVALA?\n4. WHICH PRIZE DID OLGA TOKARCZUK AND JENNIFER CROFT WIN IN 2018?",
], case="upper")
C(CH_, "schlegel_tieck", "de", [
    "Kannst du kurz erklären, warum Schlegel und Tieck für die deutsche Shakespeare-Übersetzung so wichtig sind? "
    "Und welche Rolle spielten Dorothea Tieck und Wolf Graf von Baudissin?",
])
C(CH_, "theorie_interpretative", "fr", [
    "Pour une conférence : présente en cinq lignes Danica Seleskovitch, Marianne Lederer et la théorie "
    "interprétative de la traduction (ESIT, Paris).",
])
C(CH_, "meiji_honyaku", "ja", [
    "二葉亭四迷の「あひゞき」（ツルゲーネフの翻訳）と森鷗外の『即興詩人』（アンデルセン）が翻訳史の上でどんな意味を持つか、簡単に説明してください。",
])
C(CH_, "xin_da_ya", "zh", [
    "严复提出的「信、达、雅」和林纾的意译有什么不同？鲁迅后来为什么主张「硬译」？请各用两三句话说明。",
])
C(CH_, "malintzin", "es", [
    "¿Quién fue Malintzin (la Malinche) y por qué se discute tanto su papel como intérprete de Hernán Cortés? ¿Y "
    "qué tiene que ver Antonio de Nebrija con 1492?",
])
C(CH_, "museum_label", "en", [
    "Sacagawea and Tisquantum (Squanto) both worked as interpreters – write a balanced 80-word paragraph for a "
    "museum label.",
])
C(CH_, "aiic_origins", "en", [
    "when was aiic founded and who was behind it? also was jean herbert's interpreter's handbook the first one?",
], case="lower")
C(CH_, "house_of_wisdom", "en", [
    "Explain the Baghdad translation movement (Hunayn ibn Ishaq, the House of Wisdom) and the Toledo School of "
    "Translators (Gerard of Cremona) for a podcast intro, about 120 words.",
])
C(CH_, "self_translators", "en", [
    "Famous self-translators: Samuel Beckett, Vladimir Nabokov, Milan Kundera – give one example of each and say "
    "which direction they translated.",
])
C(CH_, "pasternak_marshak", "en", [
    "was it pasternak who translated shakespeare into russian, or marshak? my uncle says both",
], case="lower")
C(CH_, "nobel_translators", "en", [
    "Nobel laureates who also translated: Czesław Miłosz (the Psalms), Seamus Heaney (Beowulf), Octavio Paz, "
    "Wisława Szymborska (French baroque poetry). Check these and add one more.",
])
C(CH_, "rosetta_caption", "en", [
    "Write a caption for a photo of the Rosetta Stone in the British Museum that mentions Champollion's 1822 "
    "\"Lettre à M. Dacier\".",
])
C(CH_, "zamenhof_volapuk", "en", [
    "Why did Zamenhof sign as \"Doktoro Esperanto\", and how did Esperanto overtake Johann Martin Schleyer's "
    "Volapük? Two paragraphs.",
])


# ================================================================ PII-free: running an agency
CA_ = "clean_agency"

C(CA_, "dictionaries", "en", [
    "Which monolingual dictionaries should our Italian team use: Zingarelli, Devoto-Oli, Treccani or Garzanti? And "
    "for Spanish, is the María Moliner still worth buying next to the DLE?",
    "does anyone still use duden, wahrig or langenscheidt for german? and is van dale the go-to for dutch? our pm "
    "wants one licence per language",
], case=[None, "lower"])
C(CA_, "supplier_csv", "en", [
    "Clean this supplier list – merge duplicates and fix the country codes:\n\nsupplier,service,country\n"
    "Berlitz,language training,US\nLangenscheidt,dictionaries,DE\nLarousse,dictionaries,FR\n"
    "Merriam-Webster,dictionaries,US\nCollins,dictionaries,UK\nBerlitz Corp.,language training,USA",
    "Tools budget 2025 – what's the total?\n\ntool,licences,cost_eur\nTrados Studio,12,9840\nmemoQ,4,2760\n"
    "DeepL Pro,20,7200\nOtter,3,540\nXbench,6,1170",
])
C(CA_, "iso_standards", "en", [
    "Summarise what ISO 17100 and ISO 18587 require for revision and post-editing, and where ISO 13611 fits for "
    "community interpreting.",
    "Does NRPSI registration plus the DPSI (now the CIOL Level 6 Diploma in Public Service Interpreting) cover "
    "police work? How does that compare with Chartered Linguist status?",
])
C(CA_, "rights_rules", "en", [
    "Our court interpreting policy cites Article 6(3)(e) ECHR, Directive 2010/64/EU and Cuscani v the United "
    "Kingdom. Write a plain-English summary for new interpreters.",
    "For US hospitals: what do Title VI of the Civil Rights Act and Section 1557 of the ACA require on interpreters? "
    "Our client quoted Lau v. Nichols too – isn't that about schools?",
])
C(CA_, "rates_lower", "en", [
    "what's a fair per-word rate for sworn translation polish>english in 2025? agencies are quoting 0.07–0.12 gbp. "
    "do people in germany still charge per normzeile?",
    "is a 2-hour minimum normal for court bookings? the ministry of justice framework says 1 hour but most agencies "
    "i've seen say 2",
], case="lower")
C(CA_, "mt_engines", "en", [
    "Compare DeepL, Google Translate, ModernMT and an LLM such as Claude or Gemini for post-editing Spanish legal "
    "texts. Which keeps terms like \"Ley Orgánica\" consistent across a 200-page file?",
])
C(CA_, "company_style", "en", [
    "Style guide question: do we write Lionbridge, TransPerfect, RWS and Welocalize exactly like that? And should "
    "AIIC, FIT, ATA, ITI, CIOL, BDÜ, SFT and ASETRAD be spelled out on first use?",
])
C(CA_, "booth_kit", "en", [
    "Booth checklist for a three-day conference: Bosch DCN consoles, Sennheiser headsets, two interpreters per booth, "
    "30-minute turns. Anything missing for relay from Japanese?",
])
C(CA_, "remote_platforms", "en", [
    "KUDO, Interprefy or Zoom's built-in interpretation for a 200-person hybrid event with BSL and International "
    "Sign? Compare cost and setup.",
])
C(CA_, "jveg_verguetung", "de", [
    "Was sagt das JVEG zur Vergütung von Dolmetschern pro Stunde, und gilt die Zeilenvergütung auch für beglaubigte "
    "Übersetzungen? Bitte mit einer Beispielrechnung.",
])
C(CA_, "assermente_expert", "fr", [
    "Quelle différence entre un traducteur assermenté près une cour d'appel et un expert judiciaire ? Et la SFT "
    "propose-t-elle des modèles de devis ?",
])
C(CA_, "asseverata_apostille", "it", [
    "Qual è la differenza tra traduzione asseverata e traduzione legalizzata? Serve l'Apostille dell'Aia per un "
    "certificato destinato al Regno Unito?",
])
C(CA_, "strona_rozliczeniowa", "pl", [
    "Jak liczy się stronę rozliczeniową tłumacza przysięgłego (1125 znaków)? I czy stawki z rozporządzenia Ministra "
    "Sprawiedliwości obowiązują też klientów prywatnych?",
])
C(CA_, "auktoriserad_tolk", "sv", [
    "Vad är skillnaden mellan auktoriserad tolk och rättstolk hos Kammarkollegiet? Och hur fungerar regionernas "
    "upphandling av tolkförmedlingar?",
])
C(CA_, "caps_portal_notice", "en", [
    "NOTICE TO ALL INTERPRETERS\nFROM 1 APRIL ALL BOOKINGS GO THROUGH THE NEW PORTAL.\nTIMESHEETS ARE DUE BY 5PM "
    "FRIDAY.\nQUERIES: BOOKINGS@EXAMPLE.ORG",
], case="upper")
C(CA_, "tender_grid", "en", [
    "Draft the scoring grid for an interpreting tender: quality 50 %, price 30 %, social value 20 %. Mention ISO "
    "9001 and Cyber Essentials.",
])
C(CA_, "agency_to_agency_invoice", "en", [
    "Invoice check between two agencies: Global Voices Ltd invoices Babel Fish Language Services for 42 hours of "
    "Tigrinya interpreting at £38 an hour plus VAT. Is £1,915.20 right?",
])
C(CA_, "kpi_board", "en", [
    "monthly kpi table: fill rate 94%, late cancellations 3%, complaints 0.4%. write two sentences for the board",
], case="lower")
C(CA_, "rtl_cat_tools", "en", [
    "Which CAT tool handles Arabic and Hebrew right-to-left best: memoQ, Trados, Smartcat or Matecat? We keep "
    "losing bidi marks around numbers.",
])
C(CA_, "verifika_checks", "en", [
    "Set up QA checks in Verifika for number formats (1.234,56 vs 1,234.56) and for a Mr/Mrs/Ms title list in "
    "English targets.",
])
C(CA_, "koseki_explainer", "en", [
    "how do i explain to a client why a sworn translation of a japanese koseki takes longer than a uk birth "
    "certificate?",
], case="lower")
C(CA_, "audio_guide_plan", "en", [
    "Project plan for localising a museum audio guide into 8 languages: script adaptation, voice casting, studio "
    "recording, QA. Give phases and rough durations.",
])


# ================================================================ PII-free: questions about language
CL_ = "clean_language"

C(CL_, "words_from_names", "en", [
    "List ten English words that come from people's names (boycott, sandwich, cardigan, diesel, saxophone, "
    "leotard, nicotine, guillotine, braille, silhouette) with the person behind each.",
    "is \"hoover\" still a verb people use, and what about \"zamboni\" or \"biro\"? my students think they're just "
    "words",
], case=[None, "lower"])
C(CL_, "transliteration_style", "en", [
    "House style question: Zelensky, Zelenskyy or Zelenskyi? And Tchaikovsky or Chaikovsky? We translate Ukrainian "
    "and Russian press releases.",
    "How do German, French and Polish spell Tchaikovsky and Khrushchev? I think Tschaikowski / Tchaïkovski / "
    "Czajkowski and Chruschtschow / Khrouchtchev / Chruszczow.",
])
C(CL_, "exonyms", "en", [
    "Exonyms for a style guide: Aachen/Aix-la-Chapelle, Livorno/Leghorn, Mechelen/Malines, Gdańsk/Danzig, "
    "Lviv/Lwów/Lemberg. When should a translator use which?",
    "is it kyiv or kiev in 2025 for uk clients? and do we still say peking duck but beijing for the city?",
], case=[None, "lower"])
C(CL_, "idioms_with_names", "en", [
    "Give French and German equivalents for these idioms with names in them: \"Bob's your uncle\", \"robbing Peter "
    "to pay Paul\", \"keeping up with the Joneses\", \"a Potemkin village\".",
    "What's the Spanish for \"Murphy's law\" and \"Parkinson's law\"? Is \"ley de Murphy\" understood in Mexico?",
])
C(CL_, "character_names", "en", [
    "Should character names be translated in children's books? Pippi Longstocking is Fifi Brindacier in French and "
    "Pippi Calzelunghe in Italian; Tintin's dog Snowy is Milou in French and Struppi in German.",
    "Do we translate the Moomins' names? Moominpappa is Muminpappan in Swedish and Muumipappa in Finnish – is there "
    "a standard in English?",
])
C(CL_, "surname_declension", "en", [
    "In Polish and Czech, foreign surnames decline – \"Obama\" becomes \"Obamy\" in the Polish genitive. How should a "
    "sworn translator handle a surname that declines in a Czech court document?",
])
C(CL_, "romanisation_names", "en", [
    "words english took from people's names via japanese studies? like \"hepburn romanisation\" after james curtis "
    "hepburn, and \"wade-giles\" for chinese. any others?",
], case="lower")
C(CL_, "caps_display", "en", [
    "CLASSROOM DISPLAY: WORDS FROM NAMES\nBOYCOTT – CHARLES BOYCOTT\nSANDWICH – 4TH EARL OF SANDWICH\n"
    "CARDIGAN – 7TH EARL OF CARDIGAN\nDIESEL – RUDOLF DIESEL\nGUILLOTINE – JOSEPH-IGNACE GUILLOTIN",
], case="upper")
C(CL_, "litfass", "de", [
    "Woher kommt das Wort „Litfaßsäule“? Geht das wirklich auf Ernst Litfaß zurück, und sagt man in Österreich und "
    "der Schweiz genauso?",
])
C(CL_, "poubelle", "fr", [
    "D'où vient le mot « poubelle » ? On m'a dit que c'était le nom d'un préfet, Eugène Poubelle. Et « silhouette », "
    "c'est aussi un nom propre ?",
])
C(CL_, "quevedos_rebeca", "es", [
    "¿Es correcto decir «quevedos» para un tipo de gafas? Viene de Francisco de Quevedo, ¿no? ¿Y «rebeca» por la "
    "película de Hitchcock?",
])
C(CL_, "gilete", "pt", [
    "Por que no Brasil se diz «gilete» para lâmina de barbear? É por causa do King Camp Gillette? E «chiclete» vem "
    "de alguma marca?",
])
C(CL_, "hebon_shiki", "ja", [
    "「ヘボン式ローマ字」のヘボンとは誰ですか？また「訓令式」との違いを、パスポート表記の例を挙げて簡単に教えてください。",
])
C(CL_, "name_order_japan", "en", [
    "Why do some papers write the footballer 久保建英 as \"Kubo Takefusa\" and others as \"Takefusa Kubo\"? What "
    "does the Japanese government recommend for romanised names now?",
])
C(CL_, "hungarian_order", "en", [
    "which order do we use for hungarian names in english text – \"liszt ferenc\" or \"franz liszt\"? and bartók "
    "béla?",
], case="lower")
C(CL_, "chinese_names_rule", "en", [
    "Chinese names in our house style: Xi Jinping (surname first), but Jackie Chan and Yo-Yo Ma? Give us a rule "
    "we can apply to press releases.",
])
C(CL_, "arabic_name_elements", "en", [
    "Arabic name elements for a style guide – ibn/bin, Abu, al-. Use Ibn Battuta, Naguib Mahfouz and Umm Kulthum "
    "as the examples.",
])
C(CL_, "patronymics_subtitles", "en", [
    "Russian patronymics in English subtitles: Levin calls her \"Anna Arkadyevna\" in Anna Karenina. Keep it or "
    "drop it?",
])
C(CL_, "eponym_word", "en", [
    "is \"eponym\" the right word for alzheimer's, or is it \"eponymous disease\"? writing a glossary intro",
], case="lower")
C(CL_, "famous_gaffe", "en", [
    "Give a short, funny intro to false friends for trainee interpreters – mention the 1977 Carter visit to Poland "
    "where the interpreter's \"desires\" line went wrong, and Spanish \"embarazada\".",
])
C(CL_, "pronunciation_guide", "en", [
    "Pronunciation guide for a news bulletin: Nguyễn Phú Trọng, Siddaramaiah, Olaf Scholz, Ngozi Okonjo-Iweala, "
    "Jacinda Ardern, Kassym-Jomart Tokayev.",
])
C(CL_, "freudian_slip", "en", [
    "what's the german for \"freudian slip\" – freudscher versprecher? and is \"bless you\" or \"gesundheit\" better "
    "when someone sneezes mid-session?",
], case="lower")


# ================================================================ main

def main():
    rows, langs, d = build()
    data = dump(rows)
    rows2, _l2, _d2 = build()
    assert dump(rows2) == data, "build is not deterministic"
    if "--check" in sys.argv[1:]:
        check(rows, langs)
        try:
            with open(OUT, "rb") as f:
                old = f.read()
        except OSError:
            old = None
        if old != data:
            print(os.path.basename(OUT) + ": differs or missing")
            sys.exit(1)
        print(os.path.basename(OUT) + ": unchanged")
        return
    check(rows, langs)
    with open(OUT, "wb") as f:
        f.write(data)
    report(rows, langs, d)
    print("sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main()
