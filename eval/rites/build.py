"""Build eval/rites/tune.jsonl: a hand-written check set for life's occasions.

Weddings, funerals, memorials, namings, christenings, bar and bat mitzvahs, quinceañeras and the
businesses around them (planners, venues, celebrants, registrars, funeral directors, crematoria,
florists, caterers, photographers, printers, gift registries, monumental masons).

Every private value below was typed by hand. Check digits of IDs, IBANs and the card numbers were
worked out once in a scratch session and typed in as literals; check() only verifies them.

    python build.py           # writes tune.jsonl and prints counts
    python build.py --check   # rebuilds in memory, runs check(), compares with tune.jsonl
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 6217
SET = "rites"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "eval/rites/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def M(kind, value):
    """One marker: ⟦TYPE|value⟧."""
    assert value == value.strip() and value, (kind, value)
    return f"⟦{kind}|{value}⟧"


def loc(v):
    return M("LOCATION", v)


def per(v):
    return M("PERSON", v)


def tel(v):
    return M("PHONE_NUMBER", v)


def dob(v):
    return M("DATE_OF_BIRTH", v)


def nid(v):
    return M("NATIONAL_ID", v)


def iban(v):
    return M("IBAN_CODE", v)


def card(v):
    return M("CREDIT_CARD", v)


def ssn(v):
    return M("US_SSN", v)


def mrn(v):
    return M("MEDICAL_RECORD_NUMBER", v)


def ip(v):
    return M("IP_ADDRESS", v)


def mail(v):
    return M("EMAIL_ADDRESS", v)


def braces(s):
    """'{Ledbury}' -> LOCATION marker; used to type addresses compactly."""
    return re.sub(r"\{([^{}]+)\}", lambda m: loc(m.group(1)), s)


def J(*lines):
    return "\n".join(lines)


def CASE(case):
    return {"": lambda s: s, "lower": str.lower, "upper": str.upper}[case]


def unmark(marked, case=""):
    """Strip markers, case each piece on its own, return (text, spans)."""
    f = CASE(case)
    parts, spans, pos, n = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = f(marked[pos:m.start()])
        parts.append(plain)
        n += len(plain)
        val = f(m.group(2))
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        parts.append(val)
        n += len(val)
        pos = m.end()
    parts.append(f(marked[pos:]))
    text = "".join(parts)
    assert "⟦" not in text and "⟧" not in text, marked
    return text, spans


def fold(s):
    """ASCII-fold a hand-typed name for an e-mail local part."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ð", "d")
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


# --------------------------------------------------------------------------------------------
# People. One line each: given | family | sex | culture tag | full name if not "given family" |
# Latin spelling "given family" for e-mails when the name is in another script.
# --------------------------------------------------------------------------------------------

class Person:
    def __init__(self, pool, given, family, sex, tag, full="", latin=""):
        self.pool, self.given, self.family, self.sex, self.tag = pool, given, family, sex, tag
        self.full = full or f"{given} {family}"
        self.latin = latin or f"{given} {family}"
        self.key = f"{pool}:{self.full}"

    @property
    def n(self):
        return per(self.full)

    @property
    def g(self):
        return per(self.given)

    @property
    def f(self):
        return per(self.family)

    def child_of(self, parent):
        """This person's given name with a parent's family name, in the culture's order."""
        if self.pool in ("zh", "ko"):
            return per(parent.family + self.given)
        if self.pool == "ja":
            return per(f"{parent.family} {self.given}")
        return per(f"{self.given} {parent.family}")

    def email(self, style, domain):
        parts = self.latin.split(" ")
        g, fam = fold(parts[0]), fold("".join(parts[1:]))
        local = {
            "g.f": f"{g}.{fam}", "gf": f"{g}{fam}", "g_f": f"{g}_{fam}", "f.g": f"{fam}.{g}",
            "gf0": f"{g[0]}{fam}", "g.f0": f"{g}.{fam[0]}", "gfam": f"{g}{fam[:4]}",
        }[style[0]] + style[1]
        return mail(f"{local}@{domain}")


POOLS = {}
DOMAINS = {}


def pool(name, domains, rows):
    DOMAINS[name] = domains.split()
    out = POOLS.setdefault(name, [])
    for row in rows.strip().splitlines():
        parts = [x.strip() for x in row.split("|")]
        while len(parts) < 6:
            parts.append("")
        out.append(Person(name, *parts[:6]))


pool("en", "gmail.com outlook.com hotmail.co.uk yahoo.com icloud.com btinternet.com", """
Hope|Whitfield|f|English
Rose|Baker|f|English
Daniel|Wolf|m|US
Imogen|Farthing|f|English
Callum|Birch|m|Scottish
Niamh|Ó Súilleabháin|f|Irish
Ciarán|Mac Giolla Bhríde|m|Irish
Siobhán|Kearney|f|Irish
Rhys|ap Gwilym|m|Welsh
Bethan|Prydderch|f|Welsh
Morag|MacAulay|f|Scottish Gaelic
Eilidh|Drummond|f|Scottish
Tobias|Merriweather|m|English
Florence|Ashdown|f|English
Grace|Wilde|f|English
Frank|Shepherd|m|English
Joy|Fairweather|f|English
Harpreet|Kaur Bains|f|Punjabi Sikh
Jaswinder|Singh Grewal|m|Punjabi Sikh
Aisha|Rahman|f|Bangladeshi
Imran|Qureshi|m|Pakistani
Priya|Raghunathan|f|Tamil
Venkatesh|Iyer|m|Tamil
Nikhil|Mehta|m|Gujarati
Chidinma|Okafor|f|Igbo
Oluwaseun|Adeyemi|m|Yoruba
Abena|Owusu-Ansah|f|Akan
Kwame|Mensah|m|Akan
Tendai|Chikwanha|m|Shona
Wanjiru|Kamau|f|Kikuyu
Zanele|Dlamini|f|Zulu
Desmond|Campbell|m|Jamaican
Marcia|Grant-Lewis|f|Jamaican
Ka-yan|Cheung|f|Cantonese|Cheung Ka-yan
Mei Ling|Tan|f|Singaporean Chinese
Linh|Pham|f|Vietnamese American
Ji-woo|Park|f|Korean American
Kenji|Watanabe|m|Japanese American
Malia|Fonoti|f|Samoan
Aroha|Te Rangi|f|Māori
Tama|Ngata|m|Māori
Mateusz|Zieliński|m|Polish
Agnieszka|Dudek|f|Polish
Darius|Jankauskas|m|Lithuanian
Alina|Popescu|f|Romanian
Yusuf|Ertuğrul|m|Turkish Cypriot
Eleni|Christodoulou|f|Greek Cypriot
Brooke|Harrington|f|US
Dakota|Reyes|f|Chicano
Jamal|Whitaker|m|African American
Latoya|Jefferson|f|African American
Guadalupe|Ochoa|f|Mexican American
Hunter|Kowalczyk|m|US Polish
Savannah|Pruitt|f|US Southern
Wyatt|Lindqvist|m|US Swedish
Mary-Kate|Boudreaux|f|Cajun
Ngozi|Eze|f|Igbo
Lachlan|Fitzgerald|m|Australian
Matilda|Cray|f|Australian
Ayesha|Sultani|f|Afghan (Dari)
Dimitri|Papadakis|m|Greek Australian
Maude|Gagnon|f|Québécois
Amrit|Dhaliwal|f|Punjabi Canadian
Anne|Hathaway|f|English
Michael|Owen|m|Welsh
Paul|Simon|m|US
Fatima|Bello|f|Hausa
Ahmed|Warsame|m|Somali
Hodan|Farah|f|Somali
Mariam|Haile|f|Tigrinya
Yonas|Tesfaye|m|Amharic
Reza|Tehrani|m|Persian
Shirin|Farahani|f|Persian
Omar|Haddad|m|Lebanese
Layla|Mansour|f|Syrian
Tariq|Mahmood|m|Pakistani
Kiri|Walker|f|Māori
Kai|Nakamura|m|Japanese Hawaiian
Leilani|Kahale|f|Hawaiian
Ezra|Blackwood|m|English
Poppy|Hartley|f|English
Seren|Llewellyn|f|Welsh
Finlay|Hay|m|Scottish
Bridget|Moss|f|English
Otis|Fox|m|English
Ivy|Steele|f|English
Winston|Thompson|m|Jamaican
Sunita|Chauhan|f|Gujarati
Patience|Nwosu|f|Igbo
Blessing|Okonjo|f|Igbo
Sione|Taufahema|m|Tongan
Mele|Havili|f|Tongan
Xiomara|Castillo|f|Dominican American
Mohammed|Chowdhury|m|Bangladeshi
Hyun-woo|Shin|m|Korean American
Stella|Marchbank|f|Scottish
Hamish|Ruthven|m|Scottish
Jolene|Dobbs|f|US
Clementine|Orr|f|Northern Irish
Gareth|Pugh|m|Welsh
Moira|Gallagher|f|Irish
Barnaby|Cole|m|English
Sadie|Brennan|f|Irish American
""")

pool("jw", "gmail.com outlook.com icloud.com", """
Noah|Abramowitz|m|Ashkenazi Jewish (US)
Eli|Goldberg|m|Ashkenazi Jewish (US)
Shira|Rosenfeld|f|Ashkenazi Jewish (UK)
Miriam|Feldman|f|Ashkenazi Jewish (UK)
Ariella|Katz|f|Ashkenazi Jewish (US)
Talia|Weinberg|f|Ashkenazi Jewish (US)
Jacob|Lerner|m|Ashkenazi Jewish (UK)
Rebecca|Sassoon|f|Iraqi Jewish (UK)
Asher|Mizrahi|m|Mizrahi Jewish (US)
Hannah|Blum|f|Ashkenazi Jewish (US)
Gideon|Hirsch|m|Ashkenazi Jewish (UK)
Naomi|Berkowitz|f|Ashkenazi Jewish (US)
Saul|Kaplan|m|Ashkenazi Jewish (US)
Yael|Dahan|f|Moroccan Jewish (UK)
Ezra|Levinson|m|Ashkenazi Jewish (US)
Leah|Mandelbaum|f|Ashkenazi Jewish (US)
Reuben|Cohen-Halevi|m|Ashkenazi Jewish (UK)
Esther|Pinto|f|Sephardi Jewish (UK)
""")

pool("in", "gmail.com rediffmail.com yahoo.co.in outlook.com", """
Aarav|Khanna|m|Punjabi Hindu
Sneha|Kulkarni|f|Marathi
Rohan|Malhotra|m|Punjabi Hindu
Ananya|Bhattacharya|f|Bengali
Karthik|Subramanian|m|Tamil
Divya|Nair|f|Malayali
Ishaan|Agarwal|m|Marwari
Meera|Joshi|f|Gujarati
Vikram|Reddy|m|Telugu
Tanvi|Deshmukh|f|Marathi
Arjun|Pillai|m|Malayali
Kavya|Hegde|f|Kannada
Harshita|Saxena|f|Hindi
Siddharth|Rao|m|Kannada
""")

pool("de", "gmx.de web.de t-online.de gmx.at bluewin.ch posteo.de", """
Johanna|Wiesinger|f|Austrian
Lukas|Brandstätter|m|Austrian
Friederike|von Oppen|f|German
Hannes|Vogel|m|German
Svenja|Kröger|f|North German
Matthias|Eberle|m|Swabian
Elif|Karakaya|f|Turkish German
Gregor|Zürcher|m|Swiss
Renate|Schönfeld|f|German
Kai-Uwe|Fiedler|m|East German
Anja|Schmitt|f|German
Björn|Hagedorn|m|German
Leni|Sommer|f|Bavarian
Dragan|Petrović|m|Serbian German
Magdalena|Gruber|f|Austrian
Jürgen|Weiß|m|German
Greta|Lindemann|f|German
Florian|Huber|m|Bavarian
Derya|Yılmaz|f|Turkish German
Wolfgang|Adler|m|Austrian
""")

pool("fr", "orange.fr free.fr laposte.net gmail.com wanadoo.fr sfr.fr", """
Margaux|Delacroix|f|French
Théo|Garnier|m|French
Océane|Le Bihan|f|Breton
Yannick|Ndiaye|m|Senegalese French
Nadia|Benali|f|Algerian French
Sébastien|Vandeputte|m|Belgian
Élodie|Fontaine|f|French
Aurélien|Maréchal|m|French
Thérèse|Castagné|f|Occitan
Mathilde|Brossard|f|French
Pierre-Yves|Kerjean|m|Breton
Chantal|Boudreau|f|Québécois
Karim|Haddouche|m|Algerian French
Jeanne|Mbarga|f|Cameroonian French
Gaëlle|Rivière|f|French
Bastien|Lemoine|m|French
Soraya|Amrani|f|Moroccan French
Hugo|Dumont|m|Belgian
""")

pool("es", "gmail.com hotmail.es telefonica.net yahoo.com.mx hotmail.com outlook.es", """
Lucía|Fernández de Córdoba|f|Spanish
Iker|Etxeberria|m|Basque
Montserrat|Puig i Ferrer|f|Catalan
Álvaro|Gutiérrez Salinas|m|Spanish
Ximena|Hernández Ruiz|f|Mexican
Juan Pablo|Ochoa|m|Mexican
Itzel|Cuautle|f|Nahua Mexican
Valentina|Arango Mejía|f|Colombian
Santiago|Quiroga|m|Argentine
Camila|Fuenzalida|f|Chilean
Renata|Quispe Huamán|f|Quechua (Peru)
Rocío|Campos|f|Andalusian
Fernando|Lozano|m|Spanish
Esteban|Villalobos|m|Costa Rican
Xóchitl|Ramírez Tovar|f|Mexican
Nerea|Aldekoa|f|Basque
Mauricio|del Castillo|m|Mexican
Paloma|Sáenz|f|Spanish
Maite|Goikoetxea|f|Basque
Rodrigo|Peñaloza|m|Mexican
Guadalupe|Tzec Chan|f|Yucatec Maya
Joaquín|Barrientos|m|Chilean
""")

pool("it", "libero.it virgilio.it gmail.com alice.it tiscali.it", """
Chiara|Lo Bianco|f|Sicilian
Giuseppe|Esposito|m|Neapolitan
Federica|Dall'Olio|f|Emilian
Matteo|Zanardi|m|Emilian
Annunziata|Cuccu|f|Sardinian
Lorenzo|De Santis|m|Roman
Beatrice|Marchetti|f|Tuscan
Salvatore|Greco|m|Sicilian
Ilaria|Pellegrini|f|Venetian
Vittorio|Russo|m|Calabrian
Giulia|Ferrante|f|Campanian
Riccardo|Bellandi|m|Tuscan
Nicoletta|Pintus|f|Sardinian
Carmelo|Scuderi|m|Sicilian
""")

pool("pt", "gmail.com sapo.pt uol.com.br bol.com.br hotmail.com", """
João Pedro|Albuquerque|m|Brazilian
Thaís|Nascimento|f|Brazilian
Gabriela|dos Reis Moura|f|Brazilian
Rodrigo|Figueiredo|m|Portuguese
Inês|Carvalhal|f|Portuguese
Maria da Conceição|Barros|f|Portuguese
Adilson|Tavares|m|Cape Verdean
Raimunda|Araújo|f|Brazilian (Nordeste)
Leandro|Sampaio|m|Brazilian
Francisca|Godinho|f|Portuguese
Beatriz|Meireles|f|Portuguese
Caio|Bittencourt|m|Brazilian
Jéssica|Ramalho|f|Brazilian
Nuno|Vasconcelos|m|Portuguese
""")

pool("nl", "ziggo.nl kpnmail.nl hotmail.nl telenet.be gmail.com", """
Femke|Hoekstra|f|Frisian
Joost|van der Heijden|m|Dutch
Anouk|Verbruggen|f|Flemish
Ruud|Bakker|m|Dutch
Ilse|Timmermans|f|Flemish
Mohamed|El Idrissi|m|Moroccan Dutch
Shanti|Ramdin|f|Surinamese Hindustani
Wouter|de Groot|m|Dutch
Lotte|Vermeulen|f|Dutch
Bram|Visser|m|Dutch
Sevda|Kaya|f|Turkish Dutch
""")

pool("pl", "wp.pl o2.pl interia.pl gmail.com onet.pl", """
Zofia|Wiśniewska|f|Polish
Krzysztof|Grabowski|m|Polish
Małgorzata|Lis|f|Polish
Bartłomiej|Szymczak|m|Polish
Jadwiga|Kaczmarek|f|Polish
Paweł|Kmieć|m|Polish
Katarzyna|Nowicka|f|Polish
Agata|Sowińska|f|Polish
Tomasz|Wójcik|m|Polish
Michał|Zając|m|Polish
""")

pool("nordic", "telia.com gmail.com online.no hotmail.dk", """
Linnea|Åström|f|Swedish
Oskar|Lindgren|m|Swedish
Astrid|Haugland|f|Norwegian
Eirik|Solberg|m|Norwegian
Mette|Kjeldsen|f|Danish
Rasmus|Bøgh|m|Danish
Aino|Heikkilä|f|Finnish
Juha|Väisänen|m|Finnish
Sigrún|Ólafsdóttir|f|Icelandic
Saga|Nilsson Sarri|f|Sámi Swedish
Viktor|Engström|m|Swedish
Elsa|Berglund|f|Swedish
Ingrid|Sundqvist|f|Swedish
Henrik|Dahlberg|m|Swedish
Emil|Sandberg|m|Swedish
""")

pool("cee", "seznam.cz gmail.com freemail.hu yahoo.ro", """
Tereza|Dvořáková|f|Czech
Ondřej|Havlíček|m|Czech
Réka|Nagy|f|Hungarian|Nagy Réka
Ioana|Bălan|f|Romanian
Ivana|Perković|f|Croatian
Milan|Horváth|m|Slovak
""")

pool("tr", "gmail.com hotmail.com yandex.com.tr", """
Zeynep|Aksoy|f|Turkish
Emre|Çakır|m|Turkish
Hatice|Öztürk|f|Turkish
Burak|Yıldız|m|Turkish
Gülşen|Kılıç|f|Turkish
Mustafa|Şeker|m|Turkish
Elif|Aydoğan|f|Turkish
Serkan|Güneş|m|Turkish
""")

pool("el", "otenet.gr gmail.com yahoo.gr", """
Αικατερίνη|Παπαδοπούλου|f|Greek|Αικατερίνη Παπαδοπούλου|Aikaterini Papadopoulou
Γιώργος|Καραγιάννης|m|Greek|Γιώργος Καραγιάννης|Giorgos Karagiannis
Ευαγγελία|Μαυρίδου|f|Pontic Greek|Ευαγγελία Μαυρίδου|Evangelia Mavridou
Νικόλαος|Σταματόπουλος|m|Greek|Νικόλαος Σταματόπουλος|Nikolaos Stamatopoulos
Δέσποινα|Λαζαρίδου|f|Greek|Δέσποινα Λαζαρίδου|Despoina Lazaridou
Σπύρος|Κουτσούκος|m|Greek|Σπύρος Κουτσούκος|Spyros Koutsoukos
Μαρία|Αναστασίου|f|Cypriot Greek|Μαρία Αναστασίου|Maria Anastasiou
Θανάσης|Δημητρίου|m|Greek|Θανάσης Δημητρίου|Thanasis Dimitriou
Ελένη|Βλάχου|f|Greek|Ελένη Βλάχου|Eleni Vlachou
""")

pool("ru", "yandex.ru mail.ru gmail.com", """
Анна|Соколова|f|Russian|Анна Соколова|Anna Sokolova
Дмитрий|Волков|m|Russian|Дмитрий Волков|Dmitry Volkov
Екатерина|Белова|f|Russian|Екатерина Белова|Ekaterina Belova
Сергей|Морозов|m|Russian|Сергей Морозов|Sergey Morozov
Людмила|Орлова|f|Russian|Орлова Людмила Николаевна|Lyudmila Orlova
Тимур|Галиев|m|Tatar|Тимур Галиев|Timur Galiev
Ольга|Кузнецова|f|Russian|Ольга Кузнецова|Olga Kuznetsova
Алексей|Смирнов|m|Russian|Алексей Смирнов|Aleksey Smirnov
Мария|Лебедева|f|Russian|Мария Лебедева|Maria Lebedeva
""")

pool("uk", "ukr.net gmail.com i.ua", """
Оксана|Шевчук|f|Ukrainian|Оксана Шевчук|Oksana Shevchuk
Тарас|Мельник|m|Ukrainian|Тарас Мельник|Taras Melnyk
Ірина|Бондаренко|f|Ukrainian|Ірина Бондаренко|Iryna Bondarenko
Богдан|Коваленко|m|Ukrainian|Богдан Коваленко|Bohdan Kovalenko
Галина|Ткачук|f|Ukrainian|Галина Ткачук|Halyna Tkachuk
Наталія|Гнатюк|f|Ukrainian|Наталія Гнатюк|Nataliia Hnatiuk
Олег|Савчук|m|Ukrainian|Олег Савчук|Oleh Savchuk
""")

pool("ar", "gmail.com hotmail.com yahoo.com", """
فاطمة الزهراء|بنعلي|f|Moroccan|فاطمة الزهراء بنعلي|Fatima Benali
محمد|الحسيني|m|Lebanese|محمد الحسيني|Mohamad Husseini
نور الهدى|عبد الله|f|Egyptian|نور الهدى عبد الله|Nour Abdallah
خالد|العتيبي|m|Saudi|خالد العتيبي|Khalid Otaibi
ليلى|حداد|f|Lebanese|ليلى حداد|Layla Haddad
يوسف|الخطيب|m|Jordanian|يوسف الخطيب|Yousef Khatib
سلمى|النعيمي|f|Emirati|سلمى النعيمي|Salma Nuaimi
رنا|الأيوبي|f|Syrian|رنا الأيوبي|Rana Ayoubi
عمر|بن يوسف|m|Tunisian|عمر بن يوسف|Omar Benyoussef
أحمد|المصري|m|Egyptian|أحمد المصري|Ahmed Masry
""")

pool("he", "gmail.com walla.co.il", """
נועה|בן-דוד|f|Israeli|נועה בן-דוד|Noa Ben-David
איתי|שפירא|m|Israeli|איתי שפירא|Itai Shapira
רחל|אברמוביץ|f|Israeli|רחל אברמוביץ|Rachel Abramovich
יוסף|מזרחי|m|Mizrahi Israeli|יוסף מזרחי|Yosef Mizrahi
תמר|גולדשטיין|f|Israeli|תמר גולדשטיין|Tamar Goldstein
מיכל|כהן|f|Israeli|מיכל כהן|Michal Cohen
אורי|פרידמן|m|Israeli|אורי פרידמן|Uri Friedman
שירה|אזולאי|f|Moroccan Israeli|שירה אזולאי|Shira Azoulay
""")

pool("zh", "qq.com 163.com 126.com", """
秀兰|王|f|Chinese|王秀兰|Wang Xiulan
志强|陈|m|Chinese|陈志强|Chen Zhiqiang
雅婷|林|f|Taiwanese|林雅婷|Lin Yating
子轩|刘|m|Chinese|刘子轩|Liu Zixuan
淑芬|黄|f|Taiwanese|黄淑芬|Huang Shufen
建华|周|m|Chinese|周建华|Zhou Jianhua
美玲|吴|f|Cantonese|吴美玲|Ng Mei-ling
海峰|孙|m|Chinese|孙海峰|Sun Haifeng
""")

pool("ja", "docomo.ne.jp yahoo.co.jp gmail.com", """
美咲|佐々木|f|Japanese|佐々木 美咲|Misaki Sasaki
翔太|高橋|m|Japanese|高橋 翔太|Shota Takahashi
由紀子|中村|f|Japanese|中村 由紀子|Yukiko Nakamura
健一|渡辺|m|Japanese|渡辺 健一|Kenichi Watanabe
葵|小林|f|Japanese|小林 葵|Aoi Kobayashi
大輔|松本|m|Japanese|松本 大輔|Daisuke Matsumoto
さくら|井上|f|Japanese|井上 さくら|Sakura Inoue
拓也|山本|m|Japanese|山本 拓也|Takuya Yamamoto
真理子|石田|f|Japanese|石田 真理子|Mariko Ishida
""")

pool("ko", "naver.com daum.net gmail.com", """
지은|김|f|Korean|김지은|Jieun Kim
준호|박|m|Korean|박준호|Junho Park
서연|이|f|Korean|이서연|Seoyeon Lee
민수|정|m|Korean|정민수|Minsu Jung
하늘|최|f|Korean|최하늘|Haneul Choi
동현|윤|m|Korean|윤동현|Donghyun Yoon
수빈|한|f|Korean|한수빈|Subin Han
재원|강|m|Korean|강재원|Jaewon Kang
은지|오|f|Korean|오은지|Eunji Oh
""")

pool("hi", "gmail.com rediffmail.com", """
प्रिया|शर्मा|f|Hindi|प्रिया शर्मा|Priya Sharma
राहुल|वर्मा|m|Hindi|राहुल वर्मा|Rahul Verma
अनीता|देशपांडे|f|Marathi|अनीता देशपांडे|Anita Deshpande
विक्रम|राठौर|m|Rajput|विक्रम सिंह राठौर|Vikram Rathore
सुनीता|अग्रवाल|f|Marwari|सुनीता अग्रवाल|Sunita Agarwal
पूजा|मिश्रा|f|Bhojpuri|पूजा मिश्रा|Pooja Mishra
अमित|चौधरी|m|Jat|अमित चौधरी|Amit Chaudhary
रवि|यादव|m|Hindi|रवि यादव|Ravi Yadav
""")

pool("th", "gmail.com hotmail.com", """
ปิยะนุช|ศรีสุข|f|Thai|ปิยะนุช ศรีสุข|Piyanuch Srisuk
ณัฐพล|วงศ์ไทย|m|Thai|ณัฐพล วงศ์ไทย|Nattaphon Wongthai
กนกวรรณ|ทองมา|f|Thai|กนกวรรณ ทองมา|Kanokwan Thongma
ธนากร|พรหมมา|m|Thai|ธนากร พรหมมา|Thanakorn Phromma
สุดารัตน์|แก้วมณี|f|Thai|สุดารัตน์ แก้วมณี|Sudarat Kaewmanee
วีระพงษ์|บุญมา|m|Isan Thai|วีระพงษ์ บุญมา|Weerapong Boonma
""")

pool("vi", "gmail.com yahoo.com.vn", """
Hà|Nguyễn|f|Vietnamese|Nguyễn Thị Thu Hà
Quân|Trần|m|Vietnamese|Trần Minh Quân
Yến|Lê|f|Vietnamese|Lê Hoàng Yến
Anh|Phạm|m|Vietnamese|Phạm Đức Anh
Lan|Đỗ|f|Vietnamese|Đỗ Thị Lan
Hoa|Võ|f|Vietnamese|Võ Thị Hoa
Dũng|Hoàng|m|Vietnamese|Hoàng Văn Dũng
""")

pool("id", "gmail.com yahoo.co.id", """
Ayu|Wulandari|f|Balinese|Ni Luh Putu Ayu Wulandari
Rizky|Pratama|m|Javanese
Siti|Rahmawati|f|Javanese
Agus|Setiawan|m|Sundanese
Yohanes|Simanjuntak|m|Batak
Intan|Permatasari|f|Indonesian
Putri|Anggraini|f|Minangkabau
Made|Sukadana|m|Balinese|I Made Sukadana
""")

pool("tl", "gmail.com yahoo.com", """
Maria Cristina|Dela Peña|f|Filipino
Jose Miguel|Bautista|m|Filipino
Rowena|Macaraeg|f|Ilocano
Ramil|Dizon|m|Kapampangan
Kristine Joy|Lacson|f|Filipino
Gerlie|Tumulak|f|Cebuano
Anthony|Villanueva|m|Filipino
Marites|Galang|f|Kapampangan
""")


# --------------------------------------------------------------------------------------------
# Addresses: each in its country's layout, {braces} are LOCATION spans. Real small towns; the
# house numbers, streets in them and phones were made up.
# --------------------------------------------------------------------------------------------

class Addr:
    def __init__(self, cc, town, phone, lines):
        self.cc, self.town_s, self.phone_s = cc, town, phone
        self.lines = [braces(x) for x in lines]
        self.key = f"{cc}:{lines[0]}"

    @property
    def block(self):
        return "\n".join(self.lines)

    @property
    def one(self):
        return ", ".join(self.lines)

    @property
    def town(self):
        return loc(self.town_s)

    @property
    def ph(self):
        return tel(self.phone_s)

    def indent(self, pad):
        return "\n".join(pad + x for x in self.lines)


ADDRS = {}


def A(cc, town, phone, *lines):
    ADDRS.setdefault(cc, []).append(Addr(cc, town, phone, list(lines)))


A("GB", "Ledbury", "01531 635482", "{27 Bye Street}", "{Ledbury}", "{HR8 2AA}")
A("GB", "Bakewell", "01629 813907", "{Rose Cottage}", "{4 Church Walk}", "{Bakewell}", "{DE45 1FD}")
A("GB", "Whitby", "07723 418660", "{Flat 5}", "{11 Bridge Street}", "{Whitby}", "{YO22 4BG}")
A("GB", "Moffat", "07956 204331", "{39 Well Street}", "{Moffat}", "{DG10 9DP}")
A("GB", "Tenby", "01834 842719", "{8 Lower Frog Street}", "{Tenby}", "{SA70 7HS}")
A("GB", "Alnwick", "07481 552906", "{2 Bondgate Without}", "{Alnwick}", "{NE66 1PR}")
A("GB", "Holt", "01263 711384", "{17 Bull Street}", "{Holt}", "{NR25 6HP}")
A("GB", "Kirkby Lonsdale", "015242 71906", "{Flat 1}", "{3 Jingling Lane}", "{Kirkby Lonsdale}", "{LA6 2AW}")
A("IE", "Kenmare", "064 664 1287", "{Gortalassa}", "{Kenmare}", "{Co. Kerry}", "{V93 K6T2}")
A("IE", "Clonakilty", "087 314 2290", "{14 Astna Square}", "{Clonakilty}", "{Co. Cork}", "{P85 YX44}")
A("IE", "Carlingford", "042 937 3561", "{The Old Forge}", "{Dundalk Street}", "{Carlingford}", "{Co. Louth}",
  "{A91 C8W3}")
A("US", "Stowe", "(802) 253-4176", "{118 Depot Street}", "{Stowe}, {VT} {05672}")
A("US", "Galena", "(815) 777-2093", "{412 S Bench St}", "{Galena}, {IL} {61036}")
A("US", "Bisbee", "(520) 432-8841", "{2207 Tombstone Canyon}", "{Bisbee}, {AZ} {85603}")
A("US", "Fredericksburg", "(830) 997-3318", "{905 W Main St}", "{Fredericksburg}, {TX} {78624}")
A("US", "Bar Harbor", "(207) 288-5402", "{61 Cottage St}", "{Apt 3}", "{Bar Harbor}, {ME} {04609}")
A("US", "Hood River", "(541) 386-7720", "{1408 Eugene St}", "{Hood River}, {OR} {97031}")
A("CA", "Lunenburg", "(902) 634-7719", "{96 Kaulbach St}", "{Lunenburg} {NS} {B0J 2C0}")
A("CA", "Baie-Saint-Paul", "418 435-2867", "{28, rue Sainte-Anne}", "{Baie-Saint-Paul} ({Québec}) {G3Z 1N9}")
A("AU", "Daylesford", "0412 738 905", "{14 Raglan Street}", "{Daylesford} {VIC} {3460}")
A("AU", "Mudgee", "(02) 6372 4418", "{7 Perry Street}", "{Mudgee} {NSW} {2850}")
A("NZ", "Akaroa", "021 448 3397", "{22 Rue Jolie}", "{Akaroa} {7520}")
A("NZ", "Arrowtown", "(03) 442 1786", "{5 Buckingham Street}", "{Arrowtown} {9302}")
A("DE", "Meersburg", "07532 445918", "{Seestraße 8}", "{88709} {Meersburg}")
A("DE", "Bernkastel-Kues", "0151 23874410", "{Am Gestade 3}", "{54470} {Bernkastel-Kues}")
A("DE", "Ostseebad Binz", "038393 31274", "{Dünenstraße 21}", "{18609} {Ostseebad Binz}")
A("DE", "Quedlinburg", "0172 5519038", "{Word 14}", "{06484} {Quedlinburg}")
A("DE", "Dinkelsbühl", "09851 57241", "{Marktplatz 5}", "{91550} {Dinkelsbühl}")
A("DE", "Insel Poel", "0173 4410287", "{Lindenweg 2a}", "{23999} {Insel Poel}")
A("AT", "Leutasch", "0676 4420915", "{Dorfstraße 27}", "{6105} {Leutasch}")
A("CH", "Solothurn", "032 622 41 90", "{Hauptgasse 8}", "{4500} {Solothurn}")
A("AT", "Hallstatt", "0664 3318742", "{Seestraße 104}", "{4830} {Hallstatt}")
A("CH", "Zermatt", "079 614 28 53", "{Bahnhofstrasse 17}", "{3920} {Zermatt}")
A("FR", "Sarlat-la-Canéda", "05 53 29 48 17", "{12 rue de la République}", "{24200} {Sarlat-la-Canéda}")
A("FR", "Riquewihr", "06 71 24 90 38", "{3 rue du Général de Gaulle}", "{68340} {Riquewihr}")
A("FR", "Pont-Aven", "02 98 06 13 54", "{Lieu-dit Kerangall}", "{29930} {Pont-Aven}")
A("FR", "Gordes", "04 90 72 18 33", "{8 rue des Remparts}", "{84220} {Gordes}")
A("FR", "La Couvertoirade", "06 48 27 15 90", "{2 impasse des Tilleuls}", "{12230} {La Couvertoirade}")
A("BE", "Bouillon", "061 46 62 08", "{Rue du Moulin 14}", "{6830} {Bouillon}")
A("BE", "Kaprijke", "0476 31 52 88", "{Dorpsstraat 52}", "{9970} {Kaprijke}")
A("NL", "Giethoorn", "06 18427703", "{Binnenpad 47}", "{8355 AJ} {Giethoorn}")
A("NL", "Thorn", "0475 561 284", "{Wijngaard 6}", "{6017 AG} {Thorn}")
A("NL", "Harlingen", "0517 412 386", "{Voorstraat 19}", "{8861 BH} {Harlingen}")
A("BE", "Veurne", "058 31 27 64", "{Grote Markt 7}", "{8630} {Veurne}")
A("ES", "Aínsa", "974 50 02 87", "{Calle Mayor, 7}, {2º B}", "{22330} {Aínsa} ({Huesca})")
A("ES", "Llafranc", "689 142 307", "{Carrer de la Riera, 15}", "{17211} {Llafranc} ({Girona})")
A("ES", "La Alberca", "923 41 52 69", "{Calle del Pozo, 3}", "{37624} {La Alberca} ({Salamanca})")
A("ES", "Bubión", "958 76 31 04", "{Calle Real, 18}", "{18412} {Bubión} ({Granada})")
A("PT", "Óbidos", "262 959 214", "{Rua Direita, 41}", "{2510-089} {Óbidos}")
A("PT", "Marvão", "912 804 336", "{Travessa do Castelo, 3}", "{7330-101} {Marvão}")
A("IT", "San Quirico d'Orcia", "0577 897345", "{Via Dante Alighieri 12}", "{53027} {San Quirico d'Orcia} ({SI})")
A("IT", "Positano", "338 712 4490", "{Via Cristoforo Colombo 30}", "{84017} {Positano} ({SA})")
A("IT", "Alberobello", "080 432 6617", "{Via Monte Pasubio 9}", "{70011} {Alberobello} ({BA})")
A("IT", "Orgosolo", "0784 402218", "{Via Roma 41}", "{08020} {Orgosolo} ({NU})")
A("IT", "Noto", "0931 835772", "{Vicolo San Pietro 3}", "{96017} {Noto} ({SR})")
A("PL", "Lesko", "602 318 447", "{ul. Parkowa 12}", "{38-600} {Lesko}")
A("PL", "Frombork", "501 227 903", "{ul. Kopernika 5}/{4}", "{14-530} {Frombork}")
A("PL", "Szczawnica", "18 262 21 47", "{ul. Długa 17}/{3}", "{34-460} {Szczawnica}")
A("CZ", "Český Krumlov", "602 415 983", "{Latrán 37}", "{381 01} {Český Krumlov}")
A("HU", "Tihany", "06 30 418 2275", "{8237} {Tihany}, {Kossuth Lajos utca 28.}")
A("HR", "Rovinj", "091 552 3817", "{Ulica Grisia 14}", "{52210} {Rovinj}")
A("RO", "Sighișoara", "0745 318 602", "{Strada Școlii 9}", "{545400} {Sighișoara}, jud. {Mureș}")
A("SE", "Sigtuna", "070-482 19 63", "{Stora gatan 34}", "{193 30} {Sigtuna}")
A("SE", "Fiskebäckskil", "0523-221 48", "{Hamngatan 4}", "{450 34} {Fiskebäckskil}")
A("SE", "Skanör", "070-914 33 02", "{Mellangatan 9}", "{239 30} {Skanör}")
A("NO", "Røros", "913 48 275", "{Kjerkgata 12}", "{7374} {Røros}")
A("DK", "Ærøskøbing", "22 41 87 36", "{Vestergade 18}", "{5970} {Ærøskøbing}")
A("FI", "Naantali", "040 718 3362", "{Mannerheiminkatu 4}", "{21100} {Naantali}")
A("IS", "Ísafjörður", "862 4417", "{Aðalstræti 22}", "{400} {Ísafjörður}")
A("GR", "Ναύπλιο", "27520 28413", "{Βασιλέως Κωνσταντίνου 18}", "{211 00} {Ναύπλιο}")
A("GR", "Μέτσοβο", "694 521 7830", "{Τοσίτσα 7}", "{442 00} {Μέτσοβο}")
A("GR", "Μονεμβασιά", "27320 61177", "{Παλαιολόγου 21}", "{230 70} {Μονεμβασιά}")
A("TR", "Safranbolu", "0532 418 27 95", "{Çarşı Mah. Hükümet Sok. No: 12}", "{78600} {Safranbolu}/{Karabük}")
A("TR", "Selçuk", "0505 662 14 30", "{Şirince Mah. Kuşadası Cad. No: 5}", "{35920} {Selçuk}/{İzmir}")
A("TR", "Bozburun", "0532 774 20 16", "{Bozburun Mah. Liman Cad. No: 31}", "{48714} {Marmaris}/{Muğla}")
A("RU", "Плёс", "8 (915) 842-17-63", "{Ивановская обл.}, г. {Плёс}, {ул. Калинина, д. 9}, {155555}")
A("RU", "Мышкин", "8 (903) 691-25-48", "{Ярославская обл.}, г. {Мышкин}, {ул. Угличская, д. 21}, {кв. 4}, {152830}")
A("UA", "Яремче", "067 314 82 90", "{Івано-Франківська обл.}, м. {Яремче}, {вул. Свободи, 14}, {78500}")
A("UA", "Жовква", "097 418 22 63", "{Львівська обл.}, м. {Жовква}, {вул. Запорізька, 7}, {80300}")
A("IL", "ראש פינה", "052-684-3179", "{רחוב הרימונים 8}", "{ראש פינה} {1200000}")
A("IL", "מטולה", "050-773-2196", "{שדרות הנשיא 5}", "{מטולה} {1029200}")
A("LB", "جبيل", "03 418 276", "{شارع الميناء}، {بناية الحاج}، {الطابق الثاني}", "{جبيل}، {لبنان}")
A("MA", "شفشاون", "0661-482937", "{حي السوق، رقم 14}", "{شفشاون} {91000}")
A("JO", "مادبا", "079 641 2288", "{شارع الملك طلال، عمارة 12}", "{مادبا}، {الأردن}")
A("JP", "小布施町", "026-247-3318", "〒{381-0201} {長野県}{上高井郡小布施町}{大字小布施1052-3}")
A("JP", "白川村", "05769-6-1127", "〒{501-5627} {岐阜県}{大野郡白川村}{荻町2481}")
A("JP", "津和野町", "0856-72-0418", "〒{699-5605} {島根県}{鹿足郡津和野町}{後田口244}")
A("KR", "양양군", "010-4821-7736", "{강원특별자치도} {양양군} {양양읍} {남문로 27}, {25027}")
A("KR", "안동시", "054-853-2217", "{경상북도} {안동시} {풍천면} {하회남촌길 12}, {36759}")
A("KR", "담양군", "061-381-7726", "{전라남도} {담양군} {담양읍} {죽녹원로 41}, {57340}")
A("CN", "乌镇", "138 5731 2468", "{浙江省}{桐乡市}{乌镇镇}{西栅大街118号}，{314501}")
A("CN", "宏村镇", "139 5592 0417", "{安徽省}{黄山市}{黟县}{宏村镇}{湖滨路27号}，{245500}")
A("CN", "喜洲镇", "135 2871 0364", "{云南省}{大理市}{喜洲镇}{市坪街45号}，{671005}")
A("TW", "瑞穗鄉", "0928-416-335", "{978}{花蓮縣}{瑞穗鄉}{中山路二段88號}")
A("VN", "Sa Pa", "0912 384 576", "{Số 12, đường Cầu Mây}, thị xã {Sa Pa}, tỉnh {Lào Cai}")
A("VN", "Hội An", "0935 217 448", "{27 Nguyễn Thị Minh Khai}, phường {Minh An}, TP. {Hội An}, {Quảng Nam}")
A("VN", "Đường Lâm", "0904 218 337", "{Thôn Đông Sàng}, xã {Đường Lâm}, thị xã {Sơn Tây}, {Hà Nội}")
A("TH", "ปาย", "089-412-7730", "{99/3 หมู่ 1} ต.{เวียงใต้} อ.{ปาย} จ.{แม่ฮ่องสอน} {58130}")
A("TH", "เชียงคาน", "081-760-3345", "{7/1 หมู่ 4} ต.{เชียงคาน} อ.{เชียงคาน} จ.{เลย} {42110}")
A("IN", "Mahabaleshwar", "98220 41736", "{Flat 3B}, {Sai Krupa Apartments}, {Main Market Road}",
  "{Mahabaleshwar}, {Maharashtra} {412806}")
A("IN", "Pushkar", "94141 27805", "{House No. 14, Brahma Temple Road}", "{Pushkar}, {Rajasthan} {305022}")
A("IN", "Coonoor", "0423 223 1842", "{7, Sims Park Road}", "{Coonoor}, {Tamil Nadu} {643101}")
A("IN", "Orchha", "94251 37780", "{H.No. 22, Ward 5}", "{Orchha}, {Madhya Pradesh} {472246}")
A("PH", "Sagada", "0917 482 3316", "{Purok 3, Barangay Dagdag}", "{Sagada}, {Mountain Province} {2619}")
A("PH", "Vigan City", "0928 551 7024", "{142 Calle Crisologo}", "{Vigan City}, {Ilocos Sur} {2700}")
A("ID", "Ubud", "0812-3846-1170", "{Jl. Raya Ubud No. 27}", "{Ubud}, {Gianyar}, {Bali} {80571}")
A("ID", "Kotagede", "0878-3912-4406", "{Jl. Kemasan No. 41}", "{Kotagede}, {Yogyakarta} {55173}")
A("MX", "Tepoztlán", "739 395 2184", "{Calle del Tepozteco 22}", "{Col. Centro}", "C.P. {62520} {Tepoztlán}, {Mor.}")
A("MX", "Bacalar", "983 834 2917", "{Calle 22 #518}", "{Col. Centro}", "C.P. {77930} {Bacalar}, {Q. Roo}")
A("MX", "Mineral de Pozos", "442 718 3360", "{Calle Hidalgo 9}", "{Centro}", "C.P. {37910} {Mineral de Pozos}, {Gto.}")
A("BR", "São Luiz do Paraitinga", "(12) 3671-2845", "{Rua Cel. Domingues de Castro, 118}",
  "{São Luiz do Paraitinga} - {SP}", "{12140-000}")
A("BR", "Pirenópolis", "(62) 99814-2273", "{Rua do Rosário, 35}", "{Pirenópolis} - {GO}", "{72980-000}")
A("BR", "Goiás", "(62) 3371-1184", "{Rua da Matriz, 44}", "{Goiás} - {GO}", "{76600-000}")
A("AR", "El Chaltén", "02962 49-3318", "{Av. San Martín 480}", "{Z9301} {El Chaltén}, {Santa Cruz}")
A("CO", "Barichara", "310 482 7716", "{Calle 5 # 7-32}", "{Barichara}, {Santander}")
A("CO", "Villa de Leyva", "312 558 0943", "{Carrera 9 # 12-45}", "{Villa de Leyva}, {Boyacá}")
A("CL", "San Pedro de Atacama", "9 8421 6637", "{Calle Caracoles 245}", "{San Pedro de Atacama}",
  "{Región de Antofagasta}")
A("PE", "Ollantaytambo", "984 612 377", "{Jr. Ventiderio 318}", "{Ollantaytambo}, {Cusco}")
A("ZA", "Franschhoek", "082 417 3390", "{14 Huguenot Road}", "{Franschhoek}", "{7690}")
A("ZA", "Clarens", "073 518 2264", "{22 Main Street}", "{Clarens}", "{9707}")
A("ZA", "Greyton", "083 552 0917", "{31 Voortrekker Street}", "{Greyton}", "{7233}")
A("KE", "Lamu", "0722 418 337", "{P.O. Box 214-80500}", "{Lamu}")
A("NG", "Oguta", "0803 417 2259", "{12 Umuenu Street}", "{Oguta}, {Imo State}")
A("GH", "Aburi", "024 418 6627", "{House No. 14, Nsuta Road}", "{Aburi}", "{Eastern Region}")

# Phones with no address, national format, no country code.
PHONES = {
    "GB": ["07700 914382", "07812 446109", "01905 612 774", "07538 220 917", "07469 303 185", "0161 832 4417",
           "07391 554028", "0117 923 4486", "07891 220351"],
    "IE": ["086 271 4409", "083 118 6624", "085 902 3317"],
    "US": ["(646) 829-0148", "(312) 848-2271", "(757) 413-0096", "(919) 274-6531", "(413) 527-8840", "(907) 283-4416"],
    "AU": ["0433 519 206"],
    "DE": ["0176 44829173", "089 21934478", "0157 39921846", "030 61284473"],
    "AT": ["0699 18347720"],
    "FR": ["06 12 48 93 27", "07 81 22 64 05", "06 33 81 40 72", "01 42 71 19 66"],
    "ES": ["654 218 903", "617 42 88 15", "622 18 47 39", "699 540 213"],
    "MX": ["55 3418 2276", "33 1562 4407", "999 412 7730"],
    "IT": ["347 218 6630", "339 415 2207", "328 774 1092", "320 118 5536"],
    "PT": ["936 412 058", "917 224 603", "968 301 772"],
    "BR": ["(11) 98472-3316", "(21) 99318-4472", "(31) 99127-4408"],
    "NL": ["06 31852764", "06 47291835", "06 20815547"],
    "PL": ["698 214 337", "512 840 776", "787 301 224"],
    "TR": ["0541 327 88 14", "0533 612 45 07"],
    "RU": ["8 916 428-31-07", "8 926 517-40-22", "8 (981) 203-66-15"],
    "UA": ["050 217 44 81", "063 771 20 94", "099 305 17 48"],
    "IL": ["054-718-2263", "052-339-8814", "058-602-1137"],
    "AE": ["050 418 7720"],
    "SA": ["055 214 8837"],
    "EG": ["0100 482 7715"],
    "JP": ["080-3317-4428", "090-6621-3340", "070-1184-2297"],
    "KR": ["010-3792-5518", "010-9214-6603", "010-5527-1840"],
    "CN": ["186 2174 5530", "150 0372 9186", "177 2083 4419"],
    "TW": ["0937-221-884"],
    "IN": ["98450 21763", "91672 40385", "99870 15234"],
    "PK": ["0321 4478125"],
    "BD": ["01711-428396"],
    "PH": ["0919 224 8816", "0906 331 4428"],
    "ID": ["0813-2274-9165", "0856-4120-7731"],
    "VN": ["0983 417 226", "0977 403 219"],
    "TH": ["086-219-4407", "081-553-2917", "092-641-7708"],
    "NG": ["0812 664 3017", "0706 218 4452"],
    "KE": ["0711 284 596"],
    "GH": ["020 771 4832"],
    "ZA": ["071 662 4019", "084 219 7703", "060 431 2278"],
    "JM": ["(876) 427-3318"],
    "GR": ["697 214 8832", "694 881 2047"],
    "SE": ["073-418 22 96"],
    "NO": ["482 17 306"],
    "DK": ["31 74 28 59"],
    "FI": ["050 331 8264"],
    "CZ": ["737 218 449"],
    "CO": ["315 208 4471"],
    "AR": ["11 15-4418-2290"],
    "NZ": ["027 338 4102"],
    "SG": ["9148 2273"],
    "CH": ["078 331 42 18"],
    "BE": ["0478 22 63 19", "0495 12 84 37", "0472 55 19 02"],
}


class Draw:
    """Least-used-first drawing of people, addresses and phones; nothing twice in one row."""

    def __init__(self, rng):
        self.rng = rng
        self.use = Counter()
        self.tuse = Counter()
        self.row = set()
        self.tpl = ""

    def start(self, tpl=""):
        self.row = set()
        self.tpl = tpl

    def _pick(self, items, key):
        """Least used in this template first, then least used overall; ties by the seeded RNG."""
        cands = [x for x in items if key(x) not in self.row]

        def rank(x):
            return (self.tuse[self.tpl, key(x)], self.use[key(x)])
        low = min(rank(x) for x in cands)
        best = [x for x in cands if rank(x) == low]
        x = self.rng.choice(best)
        self.use[key(x)] += 1
        self.tuse[self.tpl, key(x)] += 1
        self.row.add(key(x))
        return x

    def p(self, pools="en", sex=None):
        items = [x for name in pools.split() for x in POOLS[name] if sex is None or x.sex == sex]
        return self._pick(items, lambda x: x.key)

    def a(self, ccs):
        items = [x for cc in ccs.split() for x in ADDRS[cc]]
        return self._pick(items, lambda x: x.key)

    def ph(self, ccs):
        items = [(cc, x) for cc in ccs.split() for x in PHONES[cc]]
        return tel(self._pick(items, lambda x: "ph:" + x[1])[1])

    def mail(self, person):
        styles = [("g.f", ""), ("gf", ""), ("g_f", str(self.rng.randint(70, 99))), ("f.g", ""),
                  ("gf0", str(self.rng.randint(1, 9))), ("g.f0", ""), ("gfam", str(self.rng.randint(10, 89)))]
        style = self.rng.choice(styles)
        return person.email(style, self.rng.choice(DOMAINS[person.pool]))

    def pick(self, items):
        return self.rng.choice(items)


# --------------------------------------------------------------------------------------------
# Identity numbers, IBANs and cards: worked out once in a scratch session, typed in here.
# check() verifies every one of them again (IBAN mod 97, Luhn, national check digits).
# --------------------------------------------------------------------------------------------

NHS = ["485 213 9075", "612 078 3946", "703 319 5621"]  # mod 11
NINO = ["JT 48 21 93 B", "NR 73 05 62 D", "PB 19 64 08 A"]
US_SSNS = ["412-68-3057", "529-14-7782", "238-90-6613"]
DNI = ["48213756Y", "20567381E", "73018842Y", "51294673G", "39125088H"]
NIE = ["X4821937X", "Y2073518J", "Z0917342S"]
# (sex, date of birth as the form writes it, PESEL)
PESEL = [("f", "17.06.1994", "94061748263"), ("m", "03.11.1992", "92110301575"),
         ("f", "25.02.1990", "90022573925"), ("m", "09.08.1988", "88080920654")]
# (sex, date of birth, personnummer)
PNR = [("f", "14 maj 1993", "930514-2383"), ("m", "27 september 1991", "910927-4176"),
       ("f", "2 mars 1996", "960302-1867"), ("m", "11 augusti 1989", "890811-0532")]
TCKN = ["38412057954", "52706391890", "19473826000", "60318547284"]
CPF = ["318.472.960-50", "720.583.146-62", "045.917.382-05", "263.804.519-51"]
BSN = ["247183908", "183640275", "290471539", "205739180"]
# (sex, 생년월일, 주민등록번호)
RRN = [("f", "1992년 3월 14일", "920314-2481731"), ("m", "1994년 8월 27일", "940827-1392648"),
       ("m", "1989년 6월 5일", "890605-1726381"), ("f", "1995년 1월 18일", "950118-2850175")]
AADHAAR = ["4837 2915 0613", "7315 0284 9363", "5920 4718 3654"]
AMKA = [("22/03/1941", "22034104715"), ("08/11/1947", "08114703823")]
IL_ID = ["034182766", "058271933", "314720855"]
# (sex, birth, 身份证号): area codes of 桐乡市 and 黟县
CN_ID = [("f", "1940年9月23日", "330483194009232148"), ("m", "1938年5月17日", "341023193805170312")]
# (sex, birth, NIR with key)
NIR = [("m", "mars 1939", "1 39 03 24 520 014 61"), ("f", "juillet 1945", "2 45 07 24 520 137 46"),
       ("m", "juin 1952", "1 52 06 29 217 071 28")]
# (sex, birth, South African ID)
ZA_ID = [("m", "17 March 1945", "4503175082089"), ("f", "11 September 1952", "5209110321082")]
# Italian codici fiscali with the people they were computed for (surname, name, sex, birth, town)
CF = [("Lo Bianco", "Chiara", "f", "14/07/1990", "Palermo", "LBNCHR90L54G273V"),
      ("Zanardi", "Matteo", "m", "02/03/1988", "Bologna", "ZNRMTT88C02A944E"),
      ("Dall'Olio", "Federica", "f", "21/11/1992", "Modena", "DLLFRC92S61F257G"),
      ("Greco", "Salvatore", "m", "09/05/1987", "Catania", "GRCSVT87E09C351Y")]
IBANS = {
    "GB": ["GB61 BARC 2041 6753 8209 14", "GB86 LOYD 3096 3418 4526 37", "GB19 NWBK 5570 2138 4702 91"],
    "IE": ["IE46 BOFI 9000 1743 8209 61", "IE25 AIBK 9335 6172 0483 15"],
    "DE": ["DE40 6905 0001 0024 8163 75", "DE83 7605 0101 0009 3824 17", "DE41 1203 0000 1042 8376 65",
           "DE21 5001 0517 0648 2139 57"],
    "FR": ["FR76 3000 4008 1200 0104 8273 179", "FR76 1027 8360 4100 0271 9538 494",
           "FR76 1660 6100 1704 3187 2650 167"],
    "NL": ["NL35 RABO 0314 8827 65", "NL19 INGB 0006 7342 91", "NL95 ABNA 0571 8392 64", "NL21 TRIO 0212 8495 73"],
    "ES": ["ES64 2100 4817 1802 0057 1943", "ES65 0182 5931 7102 0183 4762", "ES71 2085 0214 4203 3018 2746"],
    "IT": ["IT61 R030 6971 8801 0000 0014 823", "IT57 C020 0814 2050 0010 4837 261"],
    "PT": ["PT50 0035 0721 0004 8213 7954 9", "PT50 0033 0000 4531 8207 9158 3"],
    "BE": ["BE55 0630 4182 7344"],
    "AT": ["AT35 2050 3000 0418 2736"],
    "DK": ["DK09 3000 0007 1284 53"],
    "SE": ["SE76 5000 0000 0548 2103 7461"],
    "PL": ["PL35 1020 5558 0000 8421 9301 7482"],
}
CARDS = ["4539 2018 7463 0151", "5412 7309 4826 1733", "4929816200374519"]


def digits(s):
    return [int(c) for c in s if c.isdigit()]


def luhn_ok(s):
    tot = 0
    for i, n in enumerate(reversed(digits(s))):
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def nhs_ok(s):
    d = digits(s)
    c = 11 - sum(a * w for a, w in zip(d, range(10, 1, -1))) % 11
    return (0 if c == 11 else c) == d[9]


def pesel_ok(s):
    d = digits(s)
    return (10 - sum(a * w for a, w in zip(d[:10], [1, 3, 7, 9] * 3)) % 10) % 10 == d[10]


def tckn_ok(s):
    d = digits(s)
    return d[9] == ((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10) and d[10] == sum(d[:10]) % 10


def cpf_ok(s):
    d = digits(s)
    for k in (9, 10):
        v = sum(a * w for a, w in zip(d[:k], range(k + 1, 1, -1))) % 11
        if d[k] != (0 if v < 2 else 11 - v):
            return False
    return True


def bsn_ok(s):
    d = digits(s)
    return (sum(a * w for a, w in zip(d[:8], range(9, 1, -1))) - d[8]) % 11 == 0


def rrn_ok(s):
    d = digits(s)
    return (11 - sum(a * w for a, w in zip(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 11) % 10 == d[12]


def dni_ok(s):
    n = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23] == s[-1]


def verhoeff_ok(s):
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 7, 8, 6, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    c = 0
    for i, n in enumerate(reversed(digits(s))):
        c = d[c][p[i % 8][n]]
    return c == 0


def il_ok(s):
    tot = 0
    for i, n in enumerate(digits(s)):
        n *= 1 + i % 2
        tot += n - 9 if n > 9 else n
    return tot % 10 == 0


def cnid_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def nir_ok(s):
    d = s.replace(" ", "")
    return 97 - int(d[:13]) % 97 == int(d[13:])


def cf_ok(s):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, c in enumerate(s[:15]):
        v = int(c) if c.isdigit() else ord(c) - 65
        tot += odd[v] if i % 2 == 0 else v
    return chr(65 + tot % 26) == s[15]


def id_checks():
    """Every typed check digit, verified."""
    out = [(nhs_ok, x) for x in NHS] + [(dni_ok, x) for x in DNI + NIE]
    out += [(pesel_ok, x[2]) for x in PESEL] + [(luhn_ok, x[2].replace("-", "")) for x in PNR]
    out += [(tckn_ok, x) for x in TCKN] + [(cpf_ok, x) for x in CPF] + [(bsn_ok, x) for x in BSN]
    out += [(rrn_ok, x[2]) for x in RRN] + [(verhoeff_ok, x) for x in AADHAAR]
    out += [(luhn_ok, x[1]) for x in AMKA] + [(il_ok, x) for x in IL_ID] + [(cnid_ok, x[2]) for x in CN_ID]
    out += [(nir_ok, x[2]) for x in NIR] + [(luhn_ok, x[2]) for x in ZA_ID] + [(cf_ok, x[5]) for x in CF]
    out += [(iban_ok, x) for v in IBANS.values() for x in v] + [(luhn_ok, x) for x in CARDS]
    return out


# --------------------------------------------------------------------------------------------
# Templates. A template is a function (draw, row index) -> marked text. Personal rows draw
# people, addresses and phones; clean rows are typed out in full.
# --------------------------------------------------------------------------------------------

TEMPLATES = []
LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "no": "Norwegian", "da": "Danish", "fi": "Finnish",
    "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish", "el": "Greek", "ru": "Russian",
    "uk": "Ukrainian", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish",
    "hinglish": "Hinglish", "is": "Icelandic",
}


def tpl(cls, name, lang, n=3, case=""):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


def clean(cls, name, lang, texts, case=""):
    texts = tuple(texts)
    TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": len(texts), "case": case,
                      "fn": lambda d, i: texts[i]})


# ---- personal_wedding: guest lists, seating plans, RSVPs, shot lists, venue enquiries ----------

W = "personal_wedding"


@tpl(W, "rsvp_csv", "en")
def _w_rsvp_csv(d, i):
    cc = ["GB", "US", "IE AU NZ"][i]
    ask = [("Can you fix this RSVP export? A couple of phone numbers ended up in the meal column and I need it "
           "sorted by surname."),
           "Turn this RSVP sheet into two lists: who still hasn't answered, and who needs the veggie option.",
           "Our Zola export is a mess — clean up this CSV, flag duplicates and tell me the headcount."][i]
    g = [d.p("en cee nordic") for _ in range(5)]
    rows = [
        f"{g[0].n},{d.mail(g[0])},{d.ph(cc)},yes,beef,{g[1].n}",
        f"{g[2].n},{d.mail(g[2])},,no,,",
        f"{g[3].n},,yes,{d.ph(cc)},",
        f"{g[4].n},{d.mail(g[4])},{d.ph(cc)},,vegetarian,",
    ]
    if i == 2:
        rows.append(f"{g[2].n},{d.mail(g[2])},,no,,")
    return J(ask, "", "name,email,phone,rsvp,meal,plus_one", *rows)


@tpl(W, "seating_md", "en", n=2)
def _w_seating_md(d, i):
    g = [d.p("en in jw cee", {4: "m", 5: "f"}.get(k)) for k in range(9)]
    why = ["(long story, they were engaged once)", "— they fell out over the stag do", "because of the divorce"][i]
    return J(
        f"Help me rebalance the seating plan. Table 3 has too many people, and {g[0].n} can't sit near "
        f"{g[1].n} {why}. Keep couples together and tell me what you moved.",
        "",
        "| Table | Guests |",
        "|---|---|",
        f"| 1 (top table) | {g[2].n}, {g[3].n}, {g[4].g} (best man) |",
        f"| 2 | {g[0].n} & {g[5].n}, {g[6].n} |",
        f"| 3 | {g[1].n}, {g[7].n} & {g[8].n}, Auntie {g[5].g}'s kids x3 |",
    )


@tpl(W, "shot_list", "en")
def _w_shot_list(d, i):
    nan, b1, b2, mum, dad, bm, kid, kmum = (d.p("en", x) for x in "fmmfmmff")
    t = ["ceremony 1pm, confetti 2pm, first dance 8.30", "ceremony at 11, wedding breakfast at 2",
         "church at 12.30, sunset shots around 7.45"][i]
    return J(
        f"Turn this shot list into a timeline for our photographer ({t}). Keep the names exactly as written.",
        f"- Bride with Nana {nan.g} (wheelchair, do this one early before she gets tired)",
        f"- Groom with his brothers {b1.g} and {b2.g}",
        f"- {mum.n} and {dad.n} with the couple, then with all grandchildren",
        f"- Best man {bm.n} during the speech, candid",
        f"- Flower girl {kid.g} (age 5) with her mum {kmum.g}",
        "- Everyone on the steps (ask the ushers to herd them)",
    )


@tpl(W, "venue_enquiry", "en")
def _w_venue_enquiry(d, i):
    a, b = d.p("en"), d.p("en")
    when = ["Saturday 12 September", "the last weekend in May", "a Friday in October"][i]
    ad = d.a("GB IE")
    return J(
        f"Draft a warm reply to this enquiry. We have {when} free but only for the Orangery, not the Great Barn, "
        "and the minimum spend is £9,500.",
        "",
        "> Hi there,",
        "> We're looking at your venue for our wedding next year, around 90 guests, civil ceremony on site.",
        "> Could you send prices and whether dogs are allowed at the ceremony? Ours is the ring bearer!",
        f"> Thanks, {a.g} & {b.g}",
        ">",
        f"> {a.n}",
        f"> {ad.one}",
        f"> {ad.ph} · {d.mail(a)}",
    )


@tpl(W, "envelopes", "en", case="lower")
def _w_envelopes(d, i):
    ask = ["can you format these for the invite envelopes, uk style with line breaks, one block each",
           "pls tidy these addresses for envelopes. mum typed them in one line each lol",
           "need these as envelope blocks, and tell me if any postcode looks wrong"][i]
    out = [ask, ""]
    for cc in ["GB", "GB IE", ["US CA AU NZ", "CZ HU HR RO", "NO DK FI IS"][i]]:
        p, q, a = d.p("en"), d.p("en"), d.a(cc)
        out.append(f"{p.n} & {q.g} – {a.one}")
    return J(*out)


@tpl(W, "gaesteliste_tsv", "de", n=2)
def _w_gaesteliste(d, i):
    ask = ["Kannst du aus dieser Gästeliste Adressetiketten für die Einladungen machen? Format: Name, Straße, PLZ Ort.",
           "Bitte prüf die Gästeliste: fehlen Telefonnummern? Und sortier nach Zusage.",
           "Mach mir aus der Liste eine Tabelle für den Caterer (nur Namen und Zusage)."][i]
    rows = ["Name\tAdresse\tTelefon\tZusage"]
    for k, ans in enumerate(["ja", "nein", "vielleicht"]):
        p, a = d.p("de"), d.a("DE AT CH")
        rows.append(f"{p.n}\t{a.one}\t{a.ph if k != 1 else ''}\t{ans}")
    return J(ask, "", *rows)


@tpl(W, "plan_de_table", "fr", n=2)
def _w_plan_de_table(d, i):
    g = [d.p("fr", "f" if k in (2, 5) else None) for k in range(7)]
    tables = [("Étretat", "Giverny"), ("Chambord", "Carcassonne"), ("Camargue", "Vercors")][i]
    return J(
        f"Voici notre plan de table provisoire. Peux-tu le vérifier ? {g[0].n} ne doit pas être à côté de "
        f"{g[1].n}, et mamie {g[2].g} doit être près de la sortie.",
        "",
        f"Table {tables[0]} : {g[0].n}, {g[3].n}, {g[4].n}, mamie {g[2].g}",
        f"Table {tables[1]} : {g[1].n}, {g[5].n} et son mari, {g[6].n}",
    )


@tpl(W, "invitati_csv", "it", n=2)
def _w_invitati(d, i):
    ask = ["Mi sistemi questa lista invitati? Mancano dei CAP e vorrei sapere quanti bambini ci sono.",
           "Controlla la lista per le partecipazioni, ci sono doppioni?",
           "Trasforma questa lista in etichette per le buste (nome, via, CAP, città)."][i]
    rows = ["nome;cognome;indirizzo;telefono;bambini"]
    for k in range(3):
        p, a = d.p("it"), d.a("IT")
        rows.append(f"{p.g};{p.f};{a.one};{a.ph};{[0, 2, 1][k]}")
    return J(ask, "", *rows)


@tpl(W, "draaiboek", "nl", n=2)
def _w_draaiboek(d, i):
    babs, cm, foto, dj = d.p("nl"), d.p("nl"), d.p("nl"), d.p("nl")
    return J(
        "Kun je dit draaiboek netjes maken voor de ceremoniemeester? Graag als tabel.",
        f"14.00 ceremonie in de tuin, trouwambtenaar (babs) {babs.n}",
        "14.40 toost + taart",
        f"16.00 fotoshoot bij de molen met {foto.g}",
        f"20.30 openingsdans, dj {dj.n} begint",
        "",
        f"Ceremoniemeester {cm.n}: {d.ph('NL BE')}",
        f"Fotograaf {foto.n}: {d.ph('NL BE')}",
    )


@tpl(W, "seating_ja", "ja", n=2)
def _w_seating_ja(d, i):
    g = [d.p("ja") for _ in range(5)]
    return J(
        "席次表の敬称と肩書きをチェックしてください。",
        f"新郎側 A卓：{g[0].n}様（新郎上司）、{g[1].n}様（大学友人）",
        f"新婦側 B卓：{g[2].n}様（新婦恩師）、{g[3].n}様",
        f"受付係：{g[4].n}（新婦友人） {d.ph('JP')}",
        f"引き出物の送付先（{g[2].n}様）：{d.a('JP').one}",
    )


@tpl(W, "sangeet", "hinglish", n=2, case="lower")
def _w_sangeet(d, i):
    g = [d.p("in", "m" if k == 3 else None) for k in range(5)]
    return J(
        "Sangeet ka running order bana do please, 2 ghante se zyada nahi hona chahiye.",
        f"1. {g[0].g} aur {g[1].g} – Bole Chudiyan pe couple dance",
        f"2. Mama ji ({g[2].n}) ka speech, 5 min max bolna unko",
        "3. Cousins ka Gallan Goodiyaan medley",
        f"4. Dulhe ke dost – surprise act, {g[3].g} coordinate kar raha hai",
        f"Coordinator: {g[4].n}, {d.ph('IN')}",
    )


@tpl(W, "escort_cards", "en", n=2, case="upper")
def _w_escort_cards(d, i):
    out = ["Escort cards for the printer, check spelling and table numbers please:"]
    for k in range(5):
        out.append(f"{d.p('en nordic cee').n} — table {[4, 2, 7, 4, 1][k] + i}")
    return J(*out)


@tpl(W, "guest_json", "en", n=2)
def _w_guest_json(d, i):
    p, q, a = d.p("en"), d.p("en"), d.a("US CA")
    return J(
        "Why does our wedding-site import reject this record? It says 'invalid party'.",
        "{",
        f'  "party": "{p.n} & {q.n}",',
        f'  "email": "{d.mail(p)}",',
        f'  "phone": "{a.ph}",',
        f'  "address": "{a.one}",',
        '  "rsvp": {"ceremony": true, "brunch": null},',
        '  "dietary": ["nut allergy"]',
        "}",
    )


# ---- personal_funeral: arrangement notes, death notices, orders of service, headstones ----------

F = "personal_funeral"


@tpl(F, "arrangement_notes", "en")
def _f_arrangement(d, i):
    sex = "fmf"[i]
    dec, nok, rev = d.p("en", sex), d.p("en", "fmf"[i]), d.p("en")
    a = d.a("GB IE")
    born = ["11/02/1938", "30 September 1944", "3.12.1951"][i]
    rel = ["daughter", "son", "niece"][i]
    svc = ["Church service then burial", "Crematorium only, no church", "Requiem Mass then burial"][i]
    return J(
        "Summarise this arrangement meeting for the file and list what's still outstanding.",
        "",
        f"ARRANGEMENT – {dec.n}",
        f"DOB {dob(born)}   Died {['2', '17', '28'][i]} March at home",
        f"Last address: {a.one}",
        f"Next of kin: {nok.n} ({rel}) – {a.ph}, {d.mail(nok)}",
        f"Service: {svc}, officiant {rev.n} (to confirm)",
        "Hymns: Abide with Me; Jerusalem. Coffin oak veneer, brass handles, 2 limousines",
        "Still need: GP cremation form? death cert copies x4, definately family flowers only",
    )


@tpl(F, "death_notice", "en")
def _f_death_notice(d, i):
    sex = "fmf"[i]
    dec, maiden, sp = d.p("en", sex), d.p("en"), d.p("en", "m" if sex == "f" else "f")
    c1, c2, gc = d.p("en"), d.p("en"), d.p("en")
    town = d.a("GB IE").town
    name = per(f"{dec.family.upper()} {dec.given}")
    opening = [f"Peacefully at home in {town} on 3rd March, aged 87",
               f"Suddenly but peacefully on 11th February at {town} Community Hospital, aged 79",
               f"After a long illness bravely borne, at home in {town} on 26th March, aged 91"][i]
    spouse = ["wife of the late", "husband of", "wife of"][i]
    nee = f" (née {maiden.f})" if sex == "f" else ""
    return J(
        "Please tidy this death notice before it goes to the paper on Friday, keep it under 70 words if you can.",
        "",
        f"{name}{nee}. {opening}. Beloved {spouse} {sp.g}, much loved {'mum' if sex == 'f' else 'dad'} of "
        f"{c1.g} and {c2.g}, {'nana' if sex == 'f' else 'grandad'} to {gc.g}. Funeral service at St Michael's "
        f"Church, {town} on Thursday at 11am. Family flowers only please, donations if desired to Macmillan "
        "Cancer Support c/o Co-op Funeralcare.",
    )


@tpl(F, "order_of_service", "en", n=2)
def _f_order_of_service(d, i):
    dec, rev, gs, niece = d.p("en"), d.p("en"), d.p("en", "m"), d.p("en", "f")
    born = ["12 May 1936", "4th August 1949"][i]
    died = ["3 March 2025", "19th January 2025"][i]
    return J(
        "Draft the order of service from these notes, it needs to fit on one folded A5 sheet.",
        f"In loving memory of {dec.n}",
        f"{dob(born)} – {died}",
        "Entrance music: Nimrod (Elgar)",
        f"Welcome – Rev. {rev.n}",
        "Hymn: The Lord's My Shepherd (Crimond)",
        f"Tribute – {gs.n} (grandson)",
        f"Reading: 'Do not stand at my grave and weep' read by {niece.g}",
        "Commendation and farewell",
        "Exit music: What a Wonderful World – Louis Armstrong",
    )


@tpl(F, "crem_notes", "en", case="lower")
def _f_crem_notes(d, i):
    nok, dec, cel, mate = d.p("en", "f"), d.p("en", "m"), d.p("en"), d.p("en", "m")
    a = d.a("GB")
    slot = ["thurs 11.30, chapel 2", "mon 2.15 west chapel", "fri 10am, main chapel, 45 min double slot"][i]
    return J(
        "can you turn these into a proper file note",
        "",
        f"call w {nok.g} ({nok.n}) re her dad {dec.n}. crem booked {slot}. she wants {cel.n} as celebrant not "
        f"the vicar. eulogy by his mate {mate.g}. limo pick up from {a.one}. music in: you raise me up, out: always "
        f"look on the bright side (his request!!). call her back on {d.ph('GB')} re ashes – scatter or casket?",
    )


@tpl(F, "headstone_order", "en", n=2)
def _f_headstone(d, i):
    dec, wife, buyer = d.p("en", "m"), d.p("en", "f"), d.p("en")
    a = d.a("GB IE")
    born = ["12.5.1936", "2nd October 1941"][i]
    return J(
        "Check this headstone inscription and count the letters for the quote (£3.80 per letter, V-cut, gilded). "
        "Grey granite, ogee top, 30in.",
        "",
        "IN LOVING MEMORY OF",
        per(dec.full.upper()),
        f"{dob(born.upper())} – 21.1.2025",
        f"ALSO HIS BELOVED WIFE {per(wife.given.upper())}",
        "REUNITED",
        "",
        f"Plot: {a.town} Cemetery, section C, grave 214",
        f"Ordered by: {buyer.n}, {a.one}, {a.ph}",
    )


@tpl(F, "traueranzeige", "de", n=2)
def _f_traueranzeige(d, i):
    dec, sp, c1, c2 = d.p("de"), d.p("de"), d.p("de"), d.p("de")
    a = d.a("DE AT")
    born = ["14. März 1937", "2.9.1944"][i]
    return J(
        "Bitte formuliere diese Traueranzeige etwas würdevoller, sie soll am Samstag in der Zeitung stehen:",
        "",
        f"Wir trauern um {dec.n}",
        f"* {dob(born)}   † 2. März 2025",
        f"In Liebe: {sp.n}, {c1.g} und {c2.g} mit Familien",
        f"Trauerfeier am Freitag, 14. März, 13 Uhr, Friedhofskapelle {a.town}.",
        "Statt Blumen bitten wir um eine Spende an den Hospizverein.",
        f"Traueradresse: Familie {dec.f}, {a.one}",
    )


@tpl(F, "avis_deces", "fr", n=2)
def _f_avis(d, i):
    dec, maiden, x, y, z = d.p("fr", "f"), d.p("fr"), d.p("fr", "f"), d.p("fr"), d.p("fr")
    a = d.a("FR BE")
    return J(
        "Peux-tu relire cet avis de décès avant qu'on l'envoie au journal ? Trop long je pense.",
        "",
        f"{a.town}. Mme {dec.n}, née {maiden.f}, nous a quittés le {['4', '18'][i]} mars 2025, "
        f"à l'âge de {[89, 94][i]} ans.",
        f"De la part de {x.n}, sa fille ; {y.n} et {z.g}, ses petits-enfants.",
        f"Les obsèques seront célébrées lundi à 14 h 30 en l'église de {a.town}. Ni fleurs ni couronnes.",
        f"Contact famille : {d.ph('FR BE')}",
    )


@tpl(F, "esquela", "es", n=2)
def _f_esquela(d, i):
    dec, c1, c2, g1, g2 = d.p("es", "f"), d.p("es"), d.p("es"), d.p("es"), d.p("es")
    a = d.a(["ES", "MX CO AR CL PE"][i])
    return J(
        "Corrige esta esquela para el periódico, que quede más formal y sin faltas:",
        "",
        f"D.ª {dec.n} fallecio en {a.town} el 2 de marzo de 2025, a los 84 años, habiendo recibido los Santos "
        "Sacramentos. D.E.P.",
        f"Sus hijos, {c1.g} y {c2.n}; nietos, {g1.g} y {g2.g}, y demás familia ruegan una oración por su alma.",
        f"Velatorio: {['sala 3 del tanatorio de ' + a.town, 'en el domicilio familiar, ' + a.one][i]}. "
        "Misa funeral mañana a las 17 h.",
        f"Familia: {a.ph}",
    )


@tpl(F, "nekrolog", "pl", n=2)
def _f_nekrolog(d, i):
    dec, m, c1, c2 = d.p("pl", "f"), d.p("pl", "m"), d.p("pl", "f"), d.p("pl", "f")
    born = ["12.04.1941", "3 lipca 1950"][i]
    return J(
        "Popraw proszę ten nekrolog, żeby był krótszy i bez powtórzeń:",
        "",
        "Z głębokim żalem zawiadamiamy, że w dniu 5 marca 2025 r. zmarła",
        f"ś.p. {dec.n}",
        f"ur. {dob(born)}",
        "Msza żałobna odbędzie się w piątek o godz. 11.00 w kościele pw. św. Jana Chrzciciela, "
        "po czym nastąpi odprowadzenie na cmentarz parafialny.",
        f"Pogrążeni w smutku: mąż {m.g}, córki {c1.g} i {c2.g} z rodzinami",
        f"Kontakt: {d.a('PL').ph}",
    )


@tpl(F, "kideia", "el", n=2)
def _f_kideia(d, i):
    dec, x, y, z = d.p("el", "m"), d.p("el", "f"), d.p("el"), d.p("el")
    a = d.a("GR")
    return J(
        "Μπορείς να μου φτιάξεις το κείμενο για το κηδειόχαρτο; Στοιχεία:",
        f"Θανών: {dec.n}, ετών {[83, 77][i]}",
        f"Διεύθυνση: {a.one}",
        f"Κηδεία: Σάββατο 15 Μαρτίου, 11:00, Ιερός Ναός Αγίου Νικολάου, {a.town}",
        f"Οι τεθλιμμένοι: η σύζυγος {x.g}, τα τέκνα {y.n} και {z.n}, τα εγγόνια",
        f"Για το γραφείο τελετών: ΑΜΚΑ {nid(AMKA[i][1])}, ημ. γέννησης {dob(AMKA[i][0])}",
        f"Τηλ. οικογένειας: {a.ph}",
    )


@tpl(F, "nay", "ar", n=2)
def _f_nay(d, i):
    dec, c1, c2, c3 = d.p("ar", "m"), d.p("ar"), d.p("ar"), d.p("ar")
    a = d.a("LB JO MA")
    return J(
        "ساعدني في صياغة نعي قصير للنشر على فيسبوك ومجموعة العائلة:",
        f"انتقل إلى رحمة الله تعالى المرحوم الحاج {dec.n} عن عمر ناهز {[78, 81][i]} عامًا.",
        f"والد كل من: {c1.n}، {c2.g}، و{c3.g}",
        f"تقبل التعازي في منزل الفقيد: {a.one}",
        f"للتواصل: {c1.g} {a.ph}",
    )


@tpl(F, "petira", "he", n=2)
def _f_petira(d, i):
    dec, ch = d.p("he", "f"), d.p("he")
    a = d.a("IL")
    return J(
        "תעזור לי לנסח הודעה על פטירה לקבוצת הווטסאפ של המושב? קצר ומכובד.",
        f"בצער רב אנו מודיעים על פטירתה של אמנו {dec.n}.",
        f"ההלוויה תתקיים מחר ב-16:00 בבית העלמין ב{a.town}.",
        f"השבעה בבית {ch.n}, {a.one}.",
        f"לחברה קדישא: ת\"ז {nid(IL_ID[i])}, טלפון {d.ph('IL')}",
    )


@tpl(F, "fugao", "zh", n=2)
def _f_fugao(d, i):
    sex, born, cid = CN_ID[i]
    dec, ch = d.p("zh", sex), d.p("zh", "m")
    a = d.a("CN")
    return J(
        "帮我把这份讣告改得正式一点：",
        f"{dec.n}因病医治无效，于2025年3月12日在家中安详离世，享年{[84, 86][i]}岁。",
        f"{dec.n}生于{dob(born)}，一生勤劳朴实。",
        f"遗体告别仪式定于3月15日上午9时在{a.town}殡仪馆举行。",
        f"殡仪馆登记：身份证号 {nid(cid)}",
        f"联系人：{ch.n}（长子） {d.ph('CN')}",
        f"家属住址：{a.one}",
    )


# ---- personal_records: registrars' notices, death registrations, forms with ID numbers ----------

R = "personal_records"


@tpl(R, "tell_us_once", "en", n=2)
def _r_tell_us_once(d, i):
    dec, inf = d.p("en", "mf"[i]), d.p("en", "fm"[i])
    a = d.a("GB")
    born = ["22/09/1940", "5 January 1948"][i]
    hosp = ["RHU 0481729", "K2284519"][i]
    return J(
        "I'm helping mum with Tell Us Once after the registrar appointment. Can you check I've got everything "
        "they ask for and tell me what's missing?",
        "",
        f"Deceased: {dec.n}",
        f"Date of birth: {dob(born)}",
        f"NI number: {nid(NINO[i])}",
        f"NHS number: {nid(NHS[i])}",
        f"Hospital no. (bereavement office): {mrn(hosp)}",
        "Last address:",
        a.block,
        f"Informant: {inf.n} ({['wife', 'son'][i]}), {d.ph('GB')}",
    )


@tpl(R, "notice_of_marriage", "en")
def _r_notice(d, i):
    p, q, w1, w2 = d.p("en"), d.p("en"), d.p("en"), d.p("en")
    a1, a2 = d.a("GB"), d.a("GB")
    b1, b2 = [("14/03/1991", "02/11/1989"), ("7 June 1985", "22 January 1987"), ("1993-08-30", "1994-04-12")][i]
    n1, n2 = [("British", "Irish"), ("British", "British"), ("British", "Nigerian")][i]
    pp1, pp2 = [("548213907", "PA4190372"), ("120384756", "533917204"), ("306627418", "A09182736")][i]
    return J(
        "We're giving notice at the register office next week. Check these details against what they ask for "
        "and tell me if anything's missing.",
        "",
        f"Party 1: {p.n}, born {dob(b1)}, {n1}, passport {nid(pp1)}",
        f"  address: {a1.one} (since 2019)",
        f"Party 2: {q.n}, born {dob(b2)}, {n2}, passport {nid(pp2)}",
        f"  address: {a2.one}",
        "Ceremony: approved premises, 40 guests",
        f"Witnesses on the day: {w1.n}, {w2.n}",
    )


@tpl(R, "dc_worksheet", "en", n=2)
def _r_dc_worksheet(d, i):
    dec, fa, mo, inf = d.p("en", "fm"[i]), d.p("en", "m"), d.p("en", "f"), d.p("en", "mf"[i])
    a = d.a("US")
    born = ["04/17/1939", "November 2, 1946"][i]
    bp = ["{Hibbing}, {Minnesota}", "{Natchez}, {Mississippi}"][i]
    return J(
        "Fill in what you can and list what we still need from the family for the death certificate worksheet.",
        "",
        f"Decedent: {dec.n}    Sex: {'FM'[i]}",
        f"SSN: {ssn(US_SSNS[i])}",
        f"DOB: {dob(born)}    Birthplace: {braces(bp)}",
        "Residence:",
        a.block,
        f"Father: {fa.n}    Mother (maiden): {mo.n}",
        f"Informant: {inf.n} ({['son', 'daughter'][i]}) {a.ph}",
        "Disposition: cremation. Veteran? – ask",
    )


@tpl(R, "expediente", "es", n=2)
def _r_expediente(d, i):
    p, q, w1, w2 = d.p("es", "f"), d.p("es", "m"), d.p("es"), d.p("es")
    a = d.a("ES")
    b1, b2 = [("3 de mayo de 1990", "17/11/1987"), ("21 de enero de 1994", "08/08/1992")][i]
    return J(
        "Estamos preparando el expediente matrimonial para el Registro Civil. ¿Me ayudas a rellenar la solicitud?",
        f"Contrayente 1: {p.n}, DNI {nid(DNI[2 * i])}, nacida el {dob(b1)}",
        f"Contrayente 2: {q.n}, NIE {nid(NIE[i])}, nacido el {dob(b2)}",
        f"Domicilio de ambos: {a.one}",
        f"Testigos: {w1.n} (DNI {nid(DNI[2 * i + 1])}) y {w2.n}",
        f"Teléfono de contacto: {a.ph}",
    )


@tpl(R, "usc_slub", "pl", n=2)
def _r_usc(d, i):
    fs, fd, fp = PESEL[2 * i]
    ms, md, mp = PESEL[2 * i + 1]
    f, m, w1, w2 = d.p("pl", fs), d.p("pl", ms), d.p("pl"), d.p("pl")
    a = d.a("PL")
    return J(
        "Przygotowujemy dokumenty do USC na ślub cywilny. Sprawdź proszę, czy niczego nie brakuje:",
        f"Kobieta: {f.n}, PESEL {nid(fp)}, ur. {dob(fd)}",
        f"Mężczyzna: {m.n}, PESEL {nid(mp)}, ur. {dob(md)}",
        f"Adres zamieszkania: {a.one}",
        f"Świadkowie: {w1.n}, {w2.n}",
    )


@tpl(R, "pubblicazioni", "it", n=2)
def _r_pubblicazioni(d, i):
    sp, so = CF[2 * i], CF[2 * i + 1]
    d.row.update(f"it:{c[1]} {c[0]}" for c in CF)
    w1, w2 = d.p("it"), d.p("it")
    a = d.a("IT")

    def line(role, c):
        born = "nata" if c[2] == "f" else "nato"
        return f"{role}: {per(c[1] + ' ' + c[0])}, {born} a {loc(c[4])} il {dob(c[3])}, C.F. {nid(c[5])}"
    return J(
        "Ciao, per le pubblicazioni in Comune mi servono i dati in ordine. Puoi farmi una tabella?",
        line("Sposa", sp),
        line("Sposo", so),
        f"Residenza: {a.one}",
        f"Testimoni: {w1.n} e {w2.n}",
    )


@tpl(R, "hindersprovning", "sv", n=2)
def _r_hinder(d, i):
    fs, fd, fp = PNR[2 * i]
    ms, md, mp = PNR[2 * i + 1]
    f, m, off = d.p("nordic", fs), d.p("nordic", ms), d.p("nordic")
    a = d.a("SE")
    return J(
        "Vi ska ansöka om hindersprövning hos Skatteverket. Kan du kolla att uppgifterna stämmer?",
        f"Person 1: {f.n}, personnummer {nid(fp)}, född {dob(fd)}",
        f"Person 2: {m.n}, personnummer {nid(mp)}, född {dob(md)}",
        "Gemensam adress:",
        a.block,
        f"Vigselförrättare: {off.n}, vigsel i kyrkan i augusti",
    )


@tpl(R, "evlilik_basvurusu", "tr", n=2)
def _r_evlilik(d, i):
    f, m, w1, w2 = d.p("tr", "f"), d.p("tr", "m"), d.p("tr"), d.p("tr")
    a = d.a("TR")
    b1, b2 = [("12.04.1995", "30.09.1992"), ("1 Şubat 1997", "18 Haziran 1994")][i]
    return J(
        "Belediyeye evlendirme başvurusu için bilgileri düzenler misin? Eksik belge var mı?",
        f"Gelin: {f.n}, T.C. Kimlik No: {nid(TCKN[2 * i])}, doğum tarihi {dob(b1)}",
        f"Damat: {m.n}, T.C. Kimlik No: {nid(TCKN[2 * i + 1])}, doğum tarihi {dob(b2)}",
        f"Adres: {a.one}",
        f"Şahitler: {w1.n}, {w2.n}",
        f"İletişim: {a.ph}",
    )


@tpl(R, "habilitacao", "pt", n=2)
def _r_habilitacao(d, i):
    f, m, w1, w2 = d.p("pt", "f"), d.p("pt", "m"), d.p("pt"), d.p("pt")
    a = d.a("BR")
    b1, b2 = [("14/02/1996", "09/10/1993"), ("27/07/1991", "03/03/1990")][i]
    return J(
        "Me ajuda a conferir os dados pra habilitação de casamento no cartório? Acho que falta alguma coisa.",
        f"Noiva: {f.n}, CPF {nid(CPF[2 * i])}, nascida em {dob(b1)}",
        f"Noivo: {m.n}, CPF {nid(CPF[2 * i + 1])}, nascido em {dob(b2)}",
        "Endereço:",
        a.block,
        f"Testemunhas: {w1.n} e {w2.n}",
    )


@tpl(R, "ondertrouw", "nl", n=2)
def _r_ondertrouw(d, i):
    p, q, w1, w2 = d.p("nl"), d.p("nl"), d.p("nl"), d.p("nl")
    a = d.a("NL")
    b1, b2 = [("12-06-1990", "30-01-1989"), ("4 april 1995", "19 december 1993")][i]
    return J(
        "We doen de melding voorgenomen huwelijk bij de gemeente. Klopt dit zo, en wat moeten we nog uploaden?",
        f"Partner 1: {p.n}, BSN {nid(BSN[2 * i])}, geboren {dob(b1)}",
        f"Partner 2: {q.n}, BSN {nid(BSN[2 * i + 1])}, geboren {dob(b2)}",
        f"Adres: {a.one}",
        f"Getuigen: {w1.n} en {w2.n}",
    )


@tpl(R, "honin_singo", "ko", n=2)
def _r_honin(d, i):
    fs, fd, fr = RRN[[0, 3][i]]
    ms, md, mr = RRN[[1, 2][i]]
    f, m, w1, w2 = d.p("ko", fs), d.p("ko", ms), d.p("ko"), d.p("ko")
    a = d.a("KR")
    return J(
        "혼인신고서 작성하려는데 이 내용 맞는지 확인해줘.",
        f"남편: {m.n} / 주민등록번호 {nid(mr)} / 생년월일 {dob(md)}",
        f"아내: {f.n} / 주민등록번호 {nid(fr)} / 생년월일 {dob(fd)}",
        f"주소: {a.one}",
        f"증인: {w1.n}, {w2.n}",
    )


@tpl(R, "dossier_obseques", "fr", n=2)
def _r_dossier(d, i):
    sex, _, nir = NIR[i]
    dec, dem = d.p("fr", sex), d.p("fr", "f" if sex == "m" else "m")
    a = d.a("FR")
    born = ["1939-03-14", "1945-07-02"][i]
    return J(
        "Le logiciel des pompes funèbres refuse ce JSON pour la demande de capital décès, tu vois pourquoi ?",
        "{",
        f'  "defunt": {{"nom": "{dec.f}", "prenom": "{dec.g}", "nir": "{nid(nir)}",',
        f'             "date_naissance": "{dob(born)}", "date_deces": "2025-03-03"}},',
        f'  "demandeur": {{"nom": "{dem.n}", "lien": "{["épouse", "fils"][i]}", "tel": "{d.ph("FR")}"}},',
        f'  "adresse": "{a.one}",',
        "}",
    )


@tpl(R, "za_death", "en", n=2)
def _r_za(d, i):
    sex, born, zid = ZA_ID[i]
    dec, inf = d.p("en", sex), d.p("en")
    a = d.a("ZA")
    return J(
        f"My {['grandad', 'gran'][i]} passed away on Sunday. The undertaker needs these for the Home Affairs death "
        "notification (BI-1663). Can you check the ID number is the right length and what else they need?",
        f"Deceased: {dec.n}",
        f"ID: {nid(zid)}   Born: {dob(born)}",
        "Address:",
        a.block,
        f"Informant: {inf.n} ({['grandchild', 'daughter'][i]}), {d.ph('ZA')}",
    )


@tpl(R, "vivah_panjikaran", "hi", n=2)
def _r_vivah(d, i):
    m, f, w = d.p("hi", "m"), d.p("hi", "f"), d.p("hi")
    a = d.a("IN")
    b1, b2 = [("12/08/1993", "05/01/1996"), ("21-03-1990", "30-11-1992")][i]
    groom_id = f", आधार {nid(AADHAAR[i])}" if i == 0 else ""
    bride_id = f", आधार {nid(AADHAAR[i + 1])}"
    return J(
        "विवाह पंजीकरण के लिए फॉर्म भरना है, कृपया इन विवरणों को सही क्रम में लिख दीजिए:",
        f"वर: {m.n}, जन्म तिथि {dob(b1)}{groom_id}",
        f"वधू: {f.n}, जन्म तिथि {dob(b2)}{bride_id}",
        f"पता: {a.one}",
        f"गवाह: {w.n}, मोबाइल {d.ph('IN')}",
    )


# ---- personal_ceremony: celebrants, b'nai mitzvah, quinceañeras, christenings, namings ----------

C = "personal_ceremony"


@tpl(C, "celebrant_story", "en")
def _c_celebrant(d, i):
    p, q, c, m1, m2, dad, r1 = (d.p("en", x) for x in ["f", None, None, None, None, "m", None])
    met, prop = d.a("GB IE"), d.a(["GB", "IE", "AU NZ"][i])
    dog = ["Biscuit", "Mabel", "Otto"][i]
    return J(
        "I'm a celebrant. Turn these questionnaire answers into a three-minute 'your story' section for the "
        "ceremony script. Warm, not cheesy.",
        "",
        f"Names: {p.n} & {q.n}",
        f"How you met: at {c.g}'s 30th in {met.town}, {q.g} spilled a pint down {p.g}'s dress",
        f"Proposal: on a walk near {prop.town}, {dog} the dog had the ring on his collar",
        f"Parents to mention: {m1.n} and {m2.n}; {q.g}'s dad {dad.g} died in 2021, we'll light a candle",
        f"Reader: {r1.n} – 'On Marriage' by Kahlil Gibran",
    )


@tpl(C, "naming_ceremony", "en")
def _c_naming(d, i):
    kid, p1, p2, g1, g2, g3, gp = (d.p("en") for _ in range(7))
    town = d.a("GB IE AU NZ").town
    born = ["19 August 2024", "1/12/2024", "March 3rd 2025"][i]
    return J(
        "I'm a humanist celebrant planning a naming ceremony. Write the promises section for the guide-parents, "
        "and a short welcome.",
        f"Child: {kid.child_of(p1)}, born {dob(born)} in {town}",
        f"Parents: {p1.n} and {p2.n}",
        f"Guide-parents: {g1.n}, {g2.n} and {g3.g}",
        f"Reading: {gp.n} (grandparent) – 'Desiderata' by Max Ehrmann",
        "Village hall at 2pm, tree planting after, cake by the Women's Institute",
    )


@tpl(C, "bnai_mitzvah", "en")
def _c_mitzvah(d, i):
    sex = "mff"[i]
    kid = d.p("jw", sex)
    p1, p2, gp, u, bub = d.p("jw"), d.p("jw"), d.p("jw", "m"), d.p("jw"), d.p("jw", "f")
    heb = ["Natan", "Chaya", "Tova"][i]
    born = ["15 March 2012", "2011-09-04", "June 22, 2012"][i]
    kind = "bar" if sex == "m" else "bat"
    return J(
        f"Can you draft the honours list for {kid.g}'s {kind} mitzvah and check which parashah falls on the "
        "Shabbat after the 13th birthday?",
        f"Child: {kid.child_of(p1)}, Hebrew name {per(heb)}, born {dob(born)}",
        f"Parents: {p1.n} & {p2.n}",
        f"Aliyot: 1st – grandpa {gp.n}; 2nd – {u.n}; 3rd – family friends",
        f"Candle lighting at the party: Bubbe {bub.g} first, then cousins",
        f"RSVPs to {d.mail(p1)} or {d.ph('US GB')}",
    )


@tpl(C, "quince", "es")
def _c_quince(d, i):
    q = d.p("es", "f")
    p1, p2, pv, pp, pu, ch = d.p("es", "f"), d.p("es", "m"), d.p("es"), d.p("es"), d.p("es", "f"), d.p("es", "m")
    a = d.a(["MX", "MX", "US"][i])
    born = ["14 de agosto de 2010", "02/11/2010", "29 de enero de 2011"][i]
    return J(
        "Hola, estoy organizando los XV años de mi hija. ¿Me ayudas con el programa y la lista de agradecimientos?",
        f"Quinceañera: {q.child_of(p2)} (nació el {dob(born)})",
        f"Papás: {p1.n} y {p2.n}",
        f"Padrinos: de velación {pv.n}; de pastel {pp.n}; de última muñeca su tía {pu.g}",
        f"Chambelán de honor: {ch.g}",
        "Misa 4 pm en la parroquia de San Judas Tadeo, recepción en el salón",
        f"Dirección para las invitaciones: {a.one}",
        f"WhatsApp: {a.ph}",
    )


@tpl(C, "christening", "en", case="lower")
def _c_christening(d, i):
    baby, g1, g2, nan = d.p("en"), d.p("en"), d.p("en"), d.p("en", "f")
    town = d.a("GB IE").town
    born = ["2 january", "14/10/2024", "nov 3rd last year"][i]
    return J(
        "help me write a short welcome for the christening on sunday, 1 min max",
        f"baby is {baby.n}, born {dob(born)}, godparents are {g1.n} and {g2.n}. my nan {nan.g} is coming all the way "
        f"from {town} which is a big deal as shes 94. church is st peters at 11 then food at the rugby club",
    )


@tpl(C, "bapteme", "fr", n=2)
def _c_bapteme(d, i):
    kid, x, y, z, w = d.p("fr"), d.p("fr", "m"), d.p("fr", "f"), d.p("fr", "m"), d.p("fr", "f")
    town = d.a("FR BE").town
    born = ["12 juin 2024", "03/02/2025"][i]
    return J(
        f"Peux-tu m'aider à écrire le petit mot de remerciement pour le baptême de {kid.g} ?",
        f"Enfant : {kid.n}, né(e) le {dob(born)}",
        f"Parrain : {x.n} — Marraine : {y.n}",
        f"Célébrant : le père {z.n}",
        f"Repas ensuite chez mamie {w.g} à {town}",
    )


@tpl(C, "taufe", "de", n=2)
def _c_taufe(d, i):
    kid, p1, p2, pf = d.p("de", "f"), d.p("de"), d.p("de"), d.p("de", "f")
    town = d.a("DE AT CH").town
    born = ["3. Mai 2024", "17.01.2025"][i]
    return J(
        f"Schreib mir bitte eine kurze Rede für die Taufe unserer Tochter {kid.g}, höchstens zwei Minuten.",
        f"Kind: {kid.n}, geboren am {dob(born)} in {town}",
        f"Paten: {p1.n} und {p2.n}",
        f"Pfarrerin {pf.f} hat nach dem Taufspruch gefragt, wir nehmen Psalm 91,11.",
    )


@tpl(C, "dol", "ko", n=2)
def _c_dol(d, i):
    baby, mom, dad, aunt = d.p("ko"), d.p("ko", "f"), d.p("ko", "m"), d.p("ko", "f")
    born = ["2024년 4월 9일", "2024.06.21"][i]
    return J(
        "돌잔치 사회자 대본 좀 써줘. 20분 정도로.",
        f"아기: {baby.child_of(dad)} (생일 {dob(born)})",
        f"엄마 {mom.n}, 아빠 {dad.n}",
        f"돌잡이 진행은 이모 {aunt.g}가 도와줌",
        f"장소: 웨딩홀 3층 연회장, 문의 {d.ph('KR')}",
    )


@tpl(C, "naamkaran", "hi", n=2)
def _c_naamkaran(d, i):
    baby, mom, dad, gm = d.p("hi"), d.p("hi", "f"), d.p("hi", "m"), d.p("hi", "f")
    a = d.a("IN")
    born = ["14 जनवरी 2025", "02/03/2025"][i]
    return J(
        "नामकरण संस्कार का निमंत्रण लिखने में मदद करें, छोटा और सरल।",
        f"शिशु: {baby.child_of(dad)}, जन्म {dob(born)}",
        f"माता-पिता: {mom.n} और {dad.n}",
        f"आशीर्वाद: दादी {gm.n}",
        f"स्थान: {a.one}",
        f"संपर्क: {a.ph}",
    )


@tpl(C, "batizado", "pt", n=2)
def _c_batizado(d, i):
    baby, x, y = d.p("pt", "f"), d.p("pt", "m"), d.p("pt", "f")
    a = d.a(["PT", "BR"][i])
    born = ["9 de setembro de 2024", "21/12/2024"][i]
    return J(
        f"Escreve-me um convite curto para o batizado da {baby.g}, por favor. Nada muito religioso.",
        f"Bebé: {baby.n}, nascida a {dob(born)}",
        f"Padrinhos: {x.n} e {y.n}",
        f"Igreja Matriz de {a.town}, domingo às 12h, depois almoço",
        f"Confirmações até dia 10: {a.ph}",
    )


# ---- personal_billing: deposit invoices, card logs, gift-list orders, supplier payments -----------

B = "personal_billing"
IPS = ["86.143.22.197", "92.40.188.21", "176.24.9.133", "2a00:23c7:8f1e:4d01:9c4:22ff:fe31:7b0a"]


@tpl(B, "deposit_invoice", "en")
def _b_deposit(d, i):
    owner, client = d.p("en"), d.p("en")
    oa, ca = d.a("GB IE"), d.a("GB IE")
    trade = ["floristry", "wedding cakes", "hair & make-up"][i]
    acc = IBANS[["GB", "IE", "GB"][i]][[0, 0, 1][i]]
    return J(
        "Check this deposit invoice before I send it. Does it have everything a sole trader needs, and is the "
        "wording OK?",
        "",
        f"{owner.n} – {trade}",
        oa.block,
        f"INVOICE {['0217', '0031', '1140'][i]}",
        f"Bill to: {client.n}, {ca.one}",
        "Wedding date: 6 September 2025. Deposit (25%, non-refundable): £450.00",
        f"Bank transfer to {owner.n}, IBAN {iban(acc)}",
        f"Questions: {oa.ph} / {d.mail(owner)}",
    )


@tpl(B, "card_log", "en", n=2)
def _b_card_log(d, i):
    a, b, c = d.p("en"), d.p("en"), d.p("en")
    lines = [
        f"2025-03-02 10:14 DEPOSIT {a.n} card={card(CARDS[0])} exp=08/27 amt=250.00 DECLINED 51",
        f"2025-03-02 10:16 DEPOSIT {a.n} card={card(CARDS[0])} exp=08/27 amt=250.00 DECLINED 51",
        f"2025-03-02 11:02 BALANCE {b.n} card=****4410 amt=1180.00 APPROVED",
    ] if i == 0 else [
        f"2025-04-19 09:40 DEPOSIT {b.n} card={card(CARDS[1])} exp=11/26 amt=400.00 DECLINED 54",
        f"2025-04-19 09:52 DEPOSIT {c.n} card={card(CARDS[2])} exp=02/28 amt=400.00 APPROVED",
    ]
    return J(
        "Our booking plugin logged full card numbers in plain text (I know, it's being fixed). Which payments "
        "failed and what do the codes mean?",
        "",
        *lines,
    )


@tpl(B, "registry_orders", "en", n=2)
def _b_registry(d, i):
    b1, b2, cp = d.p("en"), d.p("en"), d.p("en")
    a1, a2 = d.a("GB"), d.a(["NG GH", "KE"][i])
    items = [("Emma Bridgewater mug set", "Le Creuset casserole 28cm"), ("KitchenAid stand mixer", "Dyson V15")][i]
    return J(
        f"Our gift list site flagged these two orders for {cp.n}'s list as possible fraud. Explain why from the "
        "data and draft a note to the buyers.",
        "[",
        f'  {{"order": "GL-{20931 + 2 * i}", "buyer": "{b1.n}", "ip": "{ip(IPS[2 * i])}", "item": "{items[0]}",',
        f'   "ship_to": "{a1.one}", "card_country": "US"}},',
        f'  {{"order": "GL-{20932 + 2 * i}", "buyer": "{b2.n}", "ip": "{ip(IPS[2 * i + 1])}", "item": "{items[1]}",',
        f'   "ship_to": "{a2.one}", "card_country": "GB"}}',
        "]",
    )


@tpl(B, "florist_order", "en", n=2)
def _b_florist(d, i):
    gc1, gc2, buyer = d.p("en"), d.p("en"), d.p("en")
    a = d.a("GB IE")
    word = ["GRANDAD", "MUM"][i]
    return J(
        "Write this funeral flowers order up as a delivery note for the driver, short and clear.",
        f"Order 4471 – tribute letters '{word}' in white chrysanthemums with red rose edging, plus one wreath",
        f"Card: \"Sleep tight {word.title()}, love always {gc1.g} & {gc2.g} xx\"",
        "Deliver to the family home by 9am Thursday (cars leave 10.15):",
        a.block,
        f"Contact: {buyer.n} {d.ph('GB IE')} – side gate, dog is freindly",
    )


@tpl(B, "caterer_notes", "en", case="lower")
def _b_caterer(d, i):
    p, q, x, y, z = d.p("en"), d.p("en"), d.p("en"), d.p("en"), d.p("en")
    a = d.a("GB")
    return J(
        "caterer notes from the tasting – can u make this into a proper quote summary",
        f"couple: {p.n} + {q.n}, {d.ph('GB')}",
        f"guests {[110, 86, 140][i]} adults + 12 kids",
        f"dietaries: {x.g} coeliac, {y.n} vegan, {z.g}s little boy nut allergy (epipen)",
        "canapes: mini yorkshires, arancini, crab on toast. main: beef or squash wellington",
        f"marquee at her parents farm: {a.one}",
        "deposit pd £500, balance 6 wks before",
    )


@tpl(B, "anzahlung", "de")
def _b_anzahlung(d, i):
    owner, c1, c2 = d.p("de"), d.p("de"), d.p("de")
    oa, ca = d.a("DE AT"), d.a("DE AT CH")
    acc = [IBANS["DE"][0], IBANS["AT"][0], IBANS["DE"][1]][i]
    trade = ["Fotografie", "Hochzeitstorten", "Trauerfloristik"][i]
    return J(
        "Prüf bitte diese Anzahlungsrechnung, ob alle Pflichtangaben drin sind (Kleinunternehmer, § 19 UStG).",
        "",
        f"{trade} {owner.n}, {oa.one}",
        f"Rechnung Nr. 2025-0{31 + i}",
        f"An: {c1.n} und {c2.g}, {ca.one}",
        "Anzahlung 30 %: 840,00 €",
        f"Bitte überweisen an {owner.n}, IBAN {iban(acc)}",
        f"Tel. {oa.ph}",
    )


@tpl(B, "relance_acompte", "fr", n=2)
def _b_acompte(d, i):
    owner, client = d.p("fr"), d.p("fr")
    acc = [IBANS["FR"][0], IBANS["BE"][0]][i]
    return J(
        "Tu peux reformuler ce mail de relance pour l'acompte ? Poli mais ferme.",
        "",
        f"Bonjour {client.g},",
        "L'acompte de 30 % pour le traiteur (1 260 €) n'est toujours pas arrivé et la date est dans 6 semaines.",
        f"Pour rappel : titulaire {owner.n}, IBAN {iban(acc)}.",
        "Merci de me confirmer le virement.",
        f"{owner.n} – traiteur, {d.ph(['FR', 'BE'][i])}",
        f"(adresse de facturation du client : {d.a(['FR', 'BE'][i]).one})",
    )


@tpl(B, "factuur", "nl", n=2)
def _b_factuur(d, i):
    owner, client = d.p("nl"), d.p("nl")
    oa, ca = d.a("NL BE"), d.a("NL BE")
    return J(
        "Kun je deze factuur voor de aanbetaling controleren? Klopt de btw?",
        f"Van: {owner.n}, trouwfotografie, {oa.one}",
        f"Aan: {client.n}, {ca.one}",
        "Aanbetaling trouwreportage: € 650,00 excl. 21% btw",
        f"Graag overmaken naar {iban(IBANS['NL'][i])} t.n.v. {owner.n}",
    )


@tpl(B, "senal_finca", "es", n=2)
def _b_senal(d, i):
    p, q, owner = d.p("es"), d.p("es"), d.p("es")
    return J(
        "Ayúdame a redactar un correo confirmando la reserva de la finca con la señal. Datos:",
        f"Clientes: {p.n} y {q.n}",
        f"Fecha: {['20/09/2025', '11/10/2025'][i]}, 150 invitados, ceremonia civil en el jardín",
        f"Señal: 3.000 € a la cuenta {iban(IBANS['ES'][i])} (titular {owner.n})",
        f"Teléfono de la novia: {d.ph('ES')}",
    )


@tpl(B, "sinal_casamento", "pt", n=2)
def _b_sinal(d, i):
    client, owner = d.p("pt"), d.p("pt")
    return J(
        "Podes rever este e-mail a pedir o sinal para o casamento? Está muito seco.",
        "",
        f"Olá {client.g}, para confirmar a data de {['14 de junho', '6 de setembro'][i]} precisamos do sinal de 30% "
        "(1.350 €) por transferência:",
        f"IBAN {iban(IBANS['PT'][i])} – titular {owner.n}",
        f"Morada para a fatura: {d.a('PT').one}. Qualquer dúvida ligue {d.ph('PT')}.",
        f"Cumprimentos, {owner.g}",
    )


@tpl(B, "arrangement_sql", "en", n=2)
def _b_sql(d, i):
    dec, nok = d.p("en"), d.p("en")
    a = d.a("GB US")
    born = ["1941-06-03", "1950-12-28"][i]
    return J(
        "This insert keeps failing on our funeral home DB with 'value too long for type character varying(20)'. "
        "Which column is it?",
        "",
        "INSERT INTO arrangements (deceased_name, dob, next_of_kin, nok_phone, nok_email, address)",
        f"VALUES ('{dec.n}', '{dob(born)}', '{nok.n}', '{a.ph}', '{d.mail(nok)}',",
        f"        '{a.one}');",
    )


# ---- personal_chat: WhatsApp pastes, guests and the bereaved typing to an assistant -------------

H = "personal_chat"


@tpl(H, "whatsapp_supplier", "en")
def _h_whatsapp(d, i):
    bride, sup, sis = d.p("en", "f"), d.p("en"), d.p("en", "f")
    a = d.a("GB IE")
    role, extra, fee = [("photographer", "getting-ready shots at my mum's", "£150"),
                        ("florist", "buttonholes dropped at my mum's", "£35"),
                        ("cake maker", "cutting cake delivered to my mum's", "£40")][i]
    return J(
        f"Summarise this WhatsApp thread with our {role} – what did we actually agree?",
        "",
        f"[12/03/2025, 09:14] {bride.n}: Hi {sup.g}! Quick q, can we add the {extra}? It's {a.one}",
        f"[12/03/2025, 09:31] {sup.n}: Hi {bride.g}! Yes no problem, that's {fee} extra. What time?",
        f"[12/03/2025, 09:33] {bride.n}: 10ish? My sister {sis.g} will let you in, her number is {d.ph('GB IE')}",
        f"[12/03/2025, 10:02] {sup.n}: Perfect 👍 I'll update the contract and send it over",
    )


@tpl(H, "guest_questions", "en", case="lower")
def _h_guest(d, i):
    a, b, c = d.p("en", "f"), d.p("en", "m"), d.p("en", "f")
    town = d.a("GB IE US AU").town
    return [
        (f"help me write a speech for my sister {a.g}s wedding, shes marrying {b.n} in {town} next month. i want to "
        f"mention the time she drove dads car into the canal and our gran {c.g} who passed last year. 3 mins, funny "
        "but not mean"),
        (f"can i bring my new boyfriend to {a.n}s wedding if the invite only has my name on it?? weve been together 4 "
        f"months. shes my old uni friend, its in {town} so a long way to go alone"),
        (f"what do i write in the card for {a.g} and {b.g}? were not close, i work with {b.g} at the council and "
        f"{c.n} is doing the collection. is £30 ok"),
    ][i]


@tpl(H, "bereaved", "en", case="lower")
def _h_bereaved(d, i):
    x, y, fd = d.p("en", "m"), d.p("en", "m"), d.p("en", "f")
    town = d.a("GB IE").town
    return [
        (f"my dad {x.n} died on tuesday and im meant to do the eulogy friday at {town} crem. he was a postman for 30 "
        f"years, loved leeds united and his allotment. my brother {y.g} wants to speak too. where do i even start"),
        (f"my grandad {x.n} passed this morning at the hospice. what do i need to do first?? were in {town}. my "
        f"uncle {y.g} says the hospice sorts everything but i dont think thats right"),
        (f"how do i tell my kids (6 and 9) that their grandad {x.g} died. the funeral director {fd.n} said to call "
        f"her back on {d.ph('GB IE')} about whether kids should come but i cant face it today"),
    ][i]


@tpl(H, "whatsapp_planner", "es", n=2)
def _h_planner_es(d, i):
    wp, novia, x = d.p("es", "f"), d.p("es", "f"), d.p("es")
    a = d.a(["ES", "CO AR CL PE"][i])
    return J(
        "Resúmeme este chat con la wedding planner, ¿qué nos falta por cerrar?",
        f"[3/4/25 18:02] {wp.n}: Hola {novia.g}! Ya tengo confirmado el {['grupo', 'cuarteto'][i]} para las 21h 🎻",
        f"[3/4/25 18:05] {novia.n}: Genial!! Y lo del autobús para los invitados desde {a.town}?",
        f"[3/4/25 18:10] {wp.n}: Lo lleva {x.n}, te paso su número: {d.ph(['ES', 'CO AR'][i])}",
        f"[3/4/25 18:11] {novia.n}: Gracias guapa ❤️ La recogida es en casa de mis papás: {a.one}",
    )


@tpl(H, "zap_tia", "pt", n=2, case="lower")
def _h_zap(d, i):
    tia, primo = d.p("pt", "f"), d.p("pt", "m")
    a = d.a("BR")
    return [
        (f"me ajuda a responder a tia {tia.g} no zap sem brigar?? ela disse que nao vai no casamento porque nao "
        f"convidamos o {primo.n}. o casamento é em {a.town}, dia 12. o numero dela é {a.ph} se eu quiser ligar"),
        (f"como eu peço pra {tia.n} nao levar o cachorro no casamento?? é na fazenda em {a.town} e o buffet ja "
        "reclamou. ela é madrinha entao tenho que ser delicada kkkk"),
    ][i]


@tpl(H, "bestatter_nachricht", "de", n=2)
def _h_bestatter(d, i):
    x, pastor, best = d.p("de", "f"), d.p("de", "m"), d.p("de")
    town = d.a("DE AT CH").town
    return J(
        "Wie antworte ich darauf höflich? Nachricht vom Bestatter:",
        f"„Guten Tag Frau {x.f}, die Urnenbeisetzung ist für Freitag, 10 Uhr, auf dem Friedhof {town} bestätigt. "
        f"Herr {pastor.f} übernimmt die Ansprache. Bitte rufen Sie mich zurück: {d.ph('DE AT')}. "
        f"Mit freundlichen Grüßen, {best.n}“",
    )


@tpl(H, "fotograf_ru", "ru", n=2)
def _h_ru(d, i):
    bride, ph = d.p("ru", "f"), d.p("ru", "m")
    return J(
        "Помоги вежливо ответить фотографу и уточнить, что входит в цену. Вот его сообщение:",
        f"«{bride.g}, добрый день! Съёмку в ЗАГСе подтверждаю на {['14:30', '11:00'][i]}, потом прогулка. "
        f"Остаток (25 000 ₽) можно перевести по номеру {d.ph('RU')}. {ph.n}»",
        f"Договор на имя {bride.n}. И ещё: фотокнигу он хочет прислать почтой, мой адрес {d.a('RU').one}. "
        "Это нормально?",
    )


@tpl(H, "pomynky", "uk", n=2)
def _h_uk(d, i):
    priest = d.p("uk", "m")
    a = d.a("UA")
    return J(
        "Допоможи написати відповідь тітці. Вона надіслала:",
        f"«Поминки на {['дев’ятий', 'сороковий'][i]} день робимо в нас, {a.one}. Отець {priest.g} буде о 12:00. "
        f"Дзвони {d.ph('UA')}.»",
        "Я не зможу приїхати з Польщі, як сказати це м’яко?",
    )


@tpl(H, "coordinator_taglish", "tl", n=2, case="lower")
def _h_taglish(d, i):
    bride, coord, ninang = d.p("tl", "f"), d.p("tl"), d.p("tl", "f")
    a = d.a("PH")
    return J(
        "Pa-help naman mag-reply sa coordinator namin, medyo nakakainis na. Eto message niya:",
        f"\"Hi Ms. {bride.f}, reminder lang po na due na yung balance for the reception sa Saturday. Pwede po kayo "
        f"mag-GCash sa {d.ph('PH')} under {coord.n}. Thanks po!\"",
        f"Kasal namin sa {a.town}, ninang namin si {ninang.n} at siya daw magbabayad ng kalahati.",
        f"Sa bahay nila mama yung padala ng cake: {a.one}",
    )


@tpl(H, "thai_guest", "th", n=2)
def _h_thai(d, i):
    guest, p, q = d.p("th"), d.p("th", "f"), d.p("th", "m")
    a = d.a("TH")
    return J(
        "ช่วยเขียนข้อความตอบแขกที่ถามเรื่องงานแต่งหน่อย สุภาพๆ",
        f"แขก: คุณ{guest.n} ถามว่าต้องใส่ชุดสีอะไร และมีที่จอดรถไหม",
        f"งานแต่งของ {p.n} กับ {q.n} ที่ {a.town} วันที่ {[14, 22][i]} ก.พ.",
        f"พิธีหมั้นช่วงเช้าที่บ้านเจ้าสาว {a.one}",
        f"ติดต่อเพิ่มเติม {d.ph('TH')}",
    )


@tpl(H, "cam_on_vi", "vi", n=2)
def _h_vi(d, i):
    ba, x, y = d.p("vi", "f"), d.p("vi", "m"), d.p("vi")
    a = d.a("VN")
    return J(
        "Giúp mình viết tin nhắn cảm ơn khách đã đến viếng đám tang bà nội nhé, ngắn gọn thôi.",
        f"Người mất: cụ bà {ba.n}, hưởng thọ {[88, 92][i]} tuổi",
        f"Gia đình: con trai {x.n}, cháu {y.g}",
        f"Lễ an táng tại quê nhà ở {a.town}",
        f"Địa chỉ nhà: {a.one}",
        f"Số điện thoại gia đình: {a.ph}",
    )


@tpl(H, "vendor_id", "id", n=2, case="lower")
def _h_id(d, i):
    v, p = d.p("id"), d.p("id")
    a = d.a("ID")
    return [
        (f"bantu bikin pesan ke vendor dekor dong, mereka telat konfirmasi. nama vendornya {v.n}, wa nya {a.ph}. "
        f"acara lamaran aku sama {p.g} di rumah ortu, {a.one}, tgl 21"),
        (f"gimana cara nolak halus undangan nikahan {v.n}? aku lagi di luar kota, acaranya di {a.town}. "
        f"mau transfer amplop aja ke {p.g}"),
    ][i]


@tpl(H, "call_transcript", "en", n=2)
def _h_call(d, i):
    agent, caller, mum = d.p("en"), d.p("en"), d.p("en", "f")
    a = d.a("GB")
    return J(
        "Turn this call transcript into a first-call file note.",
        f"AGENT: Good morning, Harrow & Sons Funeral Directors, {agent.g} speaking.",
        f"CALLER: Hi, it's {caller.n}. My mum, {mum.n}, died at St Catherine's Hospice last night.",
        "AGENT: I'm so sorry. Can I take a number for you first?",
        f"CALLER: It's {d.ph('GB')}.",
        "AGENT: And was she living at home before the hospice?",
        f"CALLER: Yes, {a.one}. She wanted to be cremated, it's in her will.",
        "AGENT: Thank you. We'll bring her into our care this morning.",
    )


# ==== PII-free rows ==============================================================================
# Same framings as above, full of names that are not private: public figures, eponyms, brands,
# software, characters, sample people and placeholders.

# ---- clean_etiquette -----------------------------------------------------------------------------

E = "clean_etiquette"

clean(E, "who_pays", "en", [
    ("Who traditionally pays for what at a British wedding? My fiancé's parents are from Lagos and expect a much "
     "bigger guest list than we budgeted for. Is the 'bride's family pays' rule from Debrett's still a thing, or "
     "is that just Downton Abbey nonsense?"),
    ("In the US, is the groom's family still expected to pay for the rehearsal dinner? My planner says Emily Post "
     "is outdated on this. What does the Emily Post Institute actually recommend now?"),
    ("We're doing a Nigerian traditional wedding and a white wedding in Houston. Who usually pays for the aso ebi, "
     "and is it rude to ask guests to buy their own fabric?"),
])

clean(E, "speeches", "en", [
    ("whats the usual order of speeches at a uk wedding? father of the bride, groom, best man? and can the bride "
     "do one too, like meghan did at the evening do"),
    "how long should a best man speech be. is it ok to quote ted lasso or is that cringe now",
    ("is it bad etiquette to do the speeches before the meal? our venue in the cotswolds says its kinder to "
     "nervous speakers"),
], case="lower")

clean(E, "mourning_customs", "en", [
    ("What should I wear to a Hindu cremation in the UK? I've only been to Church of England funerals. Is white "
     "expected, and should I bring flowers?"),
    ("I'm going to a shiva for a colleague's father. What do I say when I arrive, can I bring food, and is it true "
     "you shouldn't greet the mourners first? All I know about Jewish customs comes from Fiddler on the Roof."),
    ("How soon after death is a Muslim funeral usually held, and can non-Muslim women attend the janazah prayer? "
     "It's at the local mosque tomorrow after Dhuhr."),
])

clean(E, "knigge", "de", [
    ("Was sagt der Knigge zu weißer Kleidung als Hochzeitsgast? Meine Schwiegermutter meint, seit der Hochzeit von "
     "Lady Diana sei das sowieso allen egal."),
    ("Wie viel Geld schenkt man zur Hochzeit in Deutschland? Sind 100 Euro pro Person noch angemessen, oder richtet "
     "man sich nach dem Menüpreis wie in Italien?"),
    ("Schreibt man ins Kondolenzbuch besser 'Herzliches Beileid' oder 'Aufrichtige Anteilnahme'? Und was hätte "
     "Adolph Freiherr Knigge selbst dazu gesagt?"),
])

clean(E, "savoir_vivre", "fr", [
    ("Selon Nadine de Rothschild, faut-il offrir un cadeau même si on ne va pas au mariage ? Et combien met-on "
     "dans l'urne en général ?"),
    ("Qui place-t-on à côté des mariés à la table d'honneur : les témoins ou les parents ? Je lis tout et son "
     "contraire sur Mariages.net."),
])

clean(E, "goshugi", "ja", [
    "結婚式のご祝儀は友人なら3万円が相場ですか？新札（渋沢栄一の一万円札）を用意すべきでしょうか。",
    "お葬式の香典袋、「御霊前」と「御仏前」の違いを教えてください。浄土真宗の場合はどうなりますか？",
])

clean(E, "chukuigeum", "ko", [
    "결혼식 축의금 얼마가 적당해? 회사 동료면 5만원, 친한 친구면 10만원이라는데 신라호텔 예식이면 더 내야 해?",
    "장례식장 조문 예절 알려줘. 절은 두 번 하는 거 맞아? 유족에게 뭐라고 말해야 해?",
])

clean(E, "hongbao", "zh", [
    "参加中国婚礼，红包包多少合适？听说要双数，不能有4。上海和广州有区别吗？",
    "白事的帛金为什么一般给单数？香港和台湾的习俗一样吗？",
])

clean(E, "adab", "ar", [
    "ما هي آداب حضور حفل الزفاف في الخليج؟ هل يجلس الرجال والنساء في قاعات منفصلة كما في دبي والرياض؟",
    "ماذا أقول لأهل المتوفى في العزاء؟ هل عبارة «إنا لله وإنا إليه راجعون» مناسبة من غير المسلمين أيضًا؟",
])

clean(E, "plus_ones", "en", [
    "is it rude to not give plus ones to single guests? our venue is kew gardens and capped at 80",
    ("do you have to invite kids to a wedding? my cousin says its rude not to but we want an adults only day, "
     "were not the royals with prince george as a pageboy lol"),
    "whats the etiquette on inviting your ex to your wedding? asking for a friend (its me)",
], case="lower")

clean(E, "faith_weddings", "en", [
    ("Explain the main parts of a Sikh Anand Karaj for guests who've never been: the four laavan, covering heads, "
     "the langar afterwards. We're adding a guide to our Zola website."),
    ("What happens at a Jewish wedding – the ketubah signing, the chuppah, breaking the glass, the yichud room? "
     "Write it as a friendly guide for guests, under 200 words."),
    ("Explain the mehndi, haldi, sangeet, baraat and pheras to guests at a Hindu wedding, in order, with what to "
     "wear to each. Think of the Ambani wedding but on a Leicester budget."),
])

clean(E, "sympathy_cards", "en", [
    "what do you write in a sympathy card for a coworker whose mum died? i dont want it to sound like hallmark",
    "is a sympathy message on whatsapp ok or is a card from clintons or paperchase still expected",
], case="lower")

clean(E, "regalo_boda", "es", [
    ("cuánto se regala en una boda en españa? dicen que hay que cubrir el cubierto, unos 100 euros por persona. "
     "en méxico se usa más la mesa de regalos de liverpool, no?"),
    "qué se le dice a la familia en un velorio en argentina? 'mi más sentido pésame' suena muy formal?",
], case="lower")


# ---- clean_famous: weddings and funerals of public figures ---------------------------------------

FM = "clean_famous"

clean(FM, "royal_weddings_table", "en", [
    J("Check the dates in this table and add a column for the number of guests.",
      "",
      "| Couple | Date | Venue | Dress |",
      "|---|---|---|---|",
      "| Charles & Diana | 29 July 1981 | St Paul's Cathedral | David and Elizabeth Emanuel |",
      "| William & Catherine | 29 April 2011 | Westminster Abbey | Sarah Burton for Alexander McQueen |",
      "| Harry & Meghan | 19 May 2018 | St George's Chapel, Windsor | Clare Waight Keller for Givenchy |",
      "| Eugenie & Jack Brooksbank | 12 October 2018 | St George's Chapel, Windsor | Peter Pilotto |"),
    J("Turn this into a timeline with one line each:",
      "| Couple | Date | Church |",
      "|---|---|---|",
      "| Victoria of Sweden & Daniel Westling | 19 June 2010 | Stockholm Cathedral |",
      "| Frederik of Denmark & Mary Donaldson | 14 May 2004 | Copenhagen Cathedral |",
      "| Felipe of Spain & Letizia Ortiz | 22 May 2004 | Almudena Cathedral, Madrid |",
      "| Willem-Alexander & Máxima Zorreguieta | 2 February 2002 | Nieuwe Kerk, Amsterdam |"),
    J("Which of these wedding dresses are in museums now?",
      "| Bride | Year | Designer |",
      "|---|---|---|",
      "| Grace Kelly | 1956 | Helen Rose |",
      "| Jacqueline Bouvier | 1953 | Ann Lowe |",
      "| Princess Elizabeth | 1947 | Norman Hartnell |",
      "| Wallis Simpson | 1937 | Mainbocher |"),
])

clean(FM, "state_funerals", "en", [
    ("How was the state funeral of Queen Elizabeth II organised in September 2022? I'd like to understand Operation "
     "London Bridge, the lying-in-state at Westminster Hall and why the committal was at St George's Chapel."),
    ("Compare the funerals of Winston Churchill in 1965 and Margaret Thatcher in 2013: state funeral versus "
     "ceremonial funeral, who attended, and what music was played."),
    ("What happened at Nelson Mandela's memorial at FNB Stadium in 2013? I remember the sign language interpreter "
     "controversy and Obama's speech. He was buried at Qunu afterwards, right?"),
])

clean(FM, "famous_questions", "en", [
    "what song did elton john sing at princess dianas funeral and did he ever perform that version again",
    "who wrote the anthem for kate and williams wedding? was it john rutter or paul mealor",
    "why did the queen sit alone at prince philips funeral in 2021",
], case="lower")

clean(FM, "celebrity_weddings", "en", [
    ("Jeff Bezos and Lauren Sánchez married in Venice in June 2025. Why did some Venetians protest, and which "
     "guests were reported (Kim Kardashian, Oprah Winfrey, Leonardo DiCaprio)?"),
    ("Summarise the Anant Ambani and Radhika Merchant celebrations in 2024: the pre-wedding in Jamnagar with "
     "Rihanna, the Mediterranean cruise, Justin Bieber at the sangeet and the ceremony at the Jio World Centre."),
    ("Taylor Swift and Travis Kelce announced their engagement in August 2025. What's known about the ring, and "
     "how does it compare with Beyoncé and Jay-Z keeping their 2008 wedding secret?"),
])

clean(FM, "famous_guest_csv", "en", [
    J("Fact-check this list of guests at Harry and Meghan's wedding and flag anyone who wasn't there.",
      "name,role,side",
      "Oprah Winfrey,guest,bride",
      "George Clooney,guest,groom",
      "Amal Clooney,guest,groom",
      "Elton John,performer at reception,groom",
      "David Beckham,guest,groom",
      "Serena Williams,guest,bride",
      "Taylor Swift,guest,bride"),
    J("Same again for this one (William and Catherine, 2011):",
      "name;role",
      "Elton John;guest",
      "David Furnish;guest",
      "Rowan Atkinson;guest",
      "Guy Ritchie;guest",
      "Victoria Beckham;guest",
      "Mick Jagger;guest"),
])

clean(FM, "trauerfeier_de", "de", [
    ("Wie lief die Trauerfeier für Franz Beckenbauer 2024 in der Allianz Arena ab? Wer hat gesprochen, Markus Söder "
     "und Karl-Heinz Rummenigge?"),
    ("Erklär mir die Hochzeit von Kronprinzessin Victoria und Daniel Westling 2010 in Stockholm. Warum nannte man "
     "sie ein Aschenputtel-Märchen?"),
])

clean(FM, "obseques_fr", "fr", [
    ("Pourquoi l'hommage populaire à Johnny Hallyday en décembre 2017 a-t-il réuni autant de monde sur les "
     "Champs-Élysées ? Emmanuel Macron a parlé devant l'église de la Madeleine, non ?"),
    "Raconte-moi le mariage de Grace Kelly et du prince Rainier III à Monaco en 1956, avec la robe d'Helen Rose.",
])

clean(FM, "boda_real_es", "es", [
    ("¿Cómo fue el velatorio de Diego Maradona en la Casa Rosada en 2020? Leí que Alberto Fernández tuvo que "
     "alargar el horario."),
    ("Resume la boda de Felipe de Borbón y Letizia Ortiz en la Almudena en 2004: el vestido de Manuel Pertegaz y "
     "la lluvia de ese día."),
])

clean(FM, "kokuso_ja", "ja", [
    "安倍晋三元首相の国葬（2022年）はなぜ賛否が分かれたのですか？会場は日本武道館でしたよね？",
    "眞子さまと小室圭さんの結婚（2021年）では、なぜ皇室の結婚の儀式が行われなかったのですか？",
])

clean(FM, "proshchanie_ru", "ru", [
    ("Расскажи, как прощались с Михаилом Горбачёвым в 2022 году в Колонном зале Дома союзов и почему не было "
     "государственных похорон."),
    "Какие обычаи соблюдались на свадьбе Николая II и Александры Фёдоровны в 1894 году?",
])

clean(FM, "kideia_el", "el", [
    "Πώς έγινε η κηδεία του τέως βασιλιά Κωνσταντίνου Β' το 2023 στη Μητρόπολη Αθηνών και γιατί τάφηκε στο Τατόι;",
    "Ποια τραγούδια του Μίκη Θεοδωράκη ακούστηκαν στην κηδεία του στα Χανιά το 2021;",
])

clean(FM, "famous_funeral_music", "en", [
    ("Which songs were played at famous funerals? I know 'Candle in the Wind 1997' for Diana and 'The Lord's My "
     "Shepherd' for the Queen. Did Stevie Wonder sing at Aretha Franklin's funeral in Detroit?"),
    ("Whitney Houston's funeral in 2012 at New Hope Baptist Church in Newark: who spoke? I remember Kevin Costner "
     "and Alicia Keys."),
    ("Shane MacGowan's funeral in Nenagh in 2023 had people dancing in the aisles to Fairytale of New York. Was "
     "Johnny Depp there, and who read?"),
])

clean(FM, "wedding_history", "en", [
    "Did Queen Victoria really start the white wedding dress trend when she married Prince Albert in 1840?",
    ("How did Henry VIII's weddings to Catherine of Aragon and Anne Boleyn differ? Was either of them a public "
     "ceremony?"),
    ("Why was Napoleon's second funeral in Paris in 1840 such an event, and how did his body get from Saint Helena "
     "to Les Invalides?"),
])

clean(FM, "public_obituaries", "en", [
    ("Write a short obituary-style summary of Dame Maggie Smith's career (born 28 December 1934, died 27 September "
     "2024) for a film society newsletter."),
    ("Draft a 100-word tribute to Pope Francis (Jorge Mario Bergoglio, 1936–2025) for a parish newsletter, "
     "mentioning his funeral in St Peter's Square and burial at Santa Maria Maggiore."),
])


# ---- clean_eponyms: cakes, flowers, music, brands, venues and software named after people --------

EP = "clean_eponyms"

clean(EP, "cakes_flowers", "en", [
    ("Is a Victoria sponge too plain for a wedding cake? Could we do three tiers of Victoria sponge with Chantilly "
     "cream and a small Battenberg on top for my gran, who loves it?"),
    ("Which flowers are in season in June for a wild meadow look? I'm thinking Queen Anne's lace, sweet William, "
     "love-in-a-mist and some lady's mantle."),
    ("Our florist suggested 'Juliet' David Austin roses, 'Sarah Bernhardt' peonies and baby's breath. Do 'Patience' "
     "roses hold up in heat better than 'Juliet'?"),
])

clean(EP, "ceremony_music", "en", [
    ("Mendelssohn's Wedding March or Wagner's Bridal Chorus for the recessional? I've heard some rabbis object to "
     "Wagner."),
    ("Put these processional options in order of length: Pachelbel's Canon in D, Clarke's Trumpet Voluntary, "
     "Handel's Arrival of the Queen of Sheba, Bach's Air on the G String and Ed Sheeran's 'Perfect' on strings."),
    ("Funeral music that isn't too sad: Elgar's Nimrod, Albinoni's Adagio, the 'In Paradisum' from Fauré's "
     "Requiem, 'Time to Say Goodbye' by Andrea Bocelli and Sarah Brightman. Which fit a 30-minute crem slot?"),
])

clean(EP, "bridal_brands", "en", [
    ("Compare Vera Wang, Jenny Packham, Pronovias and Monique Lhuillier for a dress budget of £3,000. Which ones "
     "have sample sales in London?"),
    "Moss Bros vs Hugo Boss vs Paul Smith for the groom's suit: hire or buy, if he'll wear it again for work?",
    ("Should our rings come from Tiffany, Cartier, Boodles or a small jeweller in Birmingham's Jewellery Quarter? "
     "What's the real price difference for a plain platinum band?"),
])

clean(EP, "named_venues", "en", [
    ("Shortlist of venues: Blenheim Palace, Highclere Castle (the Downton Abbey one), Claridge's and Shakespeare's "
     "Globe. Which of them take weddings under 100 people?"),
    ("Where did Priyanka Chopra and Nick Jonas marry, Umaid Bhawan Palace in Jodhpur? What would a wedding there "
     "cost compared with the Taj Lake Palace in Udaipur?"),
    ("Is Gretna Green still worth it for an elopement? Is the Famous Blacksmiths Shop the only place, or can you "
     "marry at the Old Blacksmith's too?"),
])

clean(EP, "eponym_questions", "en", [
    "is a victoria sponge ok as a wedding cake or too casual. mary berry recipe times three?",
    "whats the difference between earl grey and lady grey as a cake flavour for the tasting",
    ("can we play pachelbels canon off an ipad through the venues bose speaker or do we need a ppl prs licence "
     "for that"),
], case="lower")

clean(EP, "trade_software", "en", [
    ("We're a small wedding-planning business. Compare Aisle Planner, HoneyBook, Dubsado and Planning Pod for "
     "contracts and payment schedules. Do any of them integrate with Xero and Stripe?"),
    ("For a US funeral home, what's the difference between Passare, Gather and FrontRunner for case management "
     "and online obituaries? We also post notices on Legacy.com."),
    ("As a wedding photographer should I deliver galleries on Pixieset, Pic-Time or ShootProof, and cull in "
     "Lightroom or Aftershoot? Clients keep asking for Google Photos links instead."),
])

clean(EP, "menu_card", "en", [
    J("Proof the menu card please:",
      "STARTER: EGGS BENEDICT CROSTINI OR CAESAR SALAD",
      "MAIN: BEEF WELLINGTON WITH POMMES ANNA",
      "DESSERT: PAVLOVA WITH PEACH MELBA SAUCE",
      "CHEESE: STILTON, WENSLEYDALE, BRIE DE MEAUX",
      "TO FINISH: EARL GREY & PETITS FOURS"),
    J("Check the spelling on the bar sign:",
      "BELLINI £9 — ARNOLD PALMER £5 — TOM COLLINS £10 — BLOODY MARY £10",
      "SHIRLEY TEMPLE (KIDS) £3 — MOSCOW MULE £9 — MARGARITA £10"),
], case="upper")

clean(EP, "cocktails", "en", [
    ("signature cocktails named after us are cheesy right? would a bellini and a negroni sbagliato be better for a "
     "september garden wedding"),
    "whats in an arnold palmer vs a john collins, the barman at the venue says he can do both as welcome drinks",
], case="lower")

clean(EP, "desserts_fr", "fr", [
    ("Pièce montée ou croquembouche, c'est pareil ? Et peut-on ajouter des macarons Ladurée ou Pierre Hermé à "
     "côté ?"),
    "Idées de desserts pour un mariage : pêche Melba, crêpes Suzette, tarte Tatin, madeleines de Commercy ?",
])

clean(EP, "rinfresco_it", "it", [
    "Per il rinfresco: carpaccio, pizza Margherita e Bellini all'arrivo? O è troppo 'all'americana'?",
    "In chiesa meglio l'Ave Maria di Schubert o quella di Gounod? Il parroco ha detto niente Mendelssohn.",
])

clean(EP, "torte_de", "de", [
    ("Welche Torte passt zur Hochzeit am Chiemsee: Sachertorte, Prinzregententorte oder Schwarzwälder "
     "Kirschtorte?"),
    ("Ist Mendelssohns Hochzeitsmarsch bei einer evangelischen Trauung in der Thomaskirche erlaubt, wo Bach Kantor "
     "war?"),
])

clean(EP, "yinyue_zh", "zh", [
    "婚礼上放门德尔松的《婚礼进行曲》还是瓦格纳的《婚礼合唱》？哪个更适合中式婚礼？",
    "婚礼蛋糕用维多利亚海绵蛋糕可以吗？还是黑森林蛋糕更受欢迎？",
])

clean(EP, "wesele_pl", "pl", [
    "Na wesele lepsza będzie napoleonka czy Pavlova? A może kremówka papieska dla babci?",
    ("Na wejście do kościoła: Marsz weselny Mendelssohna czy Ave Maria Schuberta? Organista proponuje też Kanon "
     "Pachelbela."),
])


# ---- clean_templates: placeholders, blank forms, sample people in each language ------------------

TP = "clean_templates"

clean(TP, "invite_merge", "en", [
    J("Fix the merge fields in this invitation, the names come out blank in Canva bulk create:",
      "",
      "Together with their families",
      "{{partner1_first}} {{partner1_last}} & {{partner2_first}} {{partner2_last}}",
      "request the pleasure of your company at their marriage",
      "on {{date_long}} at {{venue_name}}, {{venue_town}}",
      "RSVP by {{rsvp_deadline}} to {{rsvp_email}}"),
    J("Write wording for a funeral invitation with placeholders I can fill in later:",
      "[FULL NAME] · [YEAR OF BIRTH] – [YEAR OF DEATH]",
      "Service at [CHURCH OR CREMATORIUM], [TIME], followed by refreshments at [WAKE VENUE].",
      "Family flowers only; donations to [CHARITY]."),
    J("Word mail merge isn't picking up the fields in my envelope template. Here it is:",
      "«Title» «FirstName» «LastName»",
      "«Address1»",
      "«Address2»",
      "«Town» «Postcode»",
      "What's wrong with the way I set up the data source from Excel?"),
])

clean(TP, "blank_forms", "en", [
    J("Make this blank funeral arrangement form easier to read. Keep every field.",
      "Deceased full name: ______________",
      "Date of birth: __/__/____    Date of death: __/__/____",
      "Place of death: ______________",
      "NHS number: ___ ___ ____    NI number: __ __ __ __ _",
      "Next of kin: ______________  Relationship: ________  Phone: ____________",
      "Burial / Cremation (circle one)"),
    J("Lay out this RSVP card for print, A6:",
      "Name(s): ___________________________",
      "☐ Joyfully accepts    ☐ Regretfully declines",
      "Meal: ☐ Beef  ☐ Salmon  ☐ Wild mushroom risotto",
      "Dietary requirements: ___________________",
      "Song that will get you dancing: ____________"),
    J("Tidy up our blank headstone order form:",
      "Inscription lines 1–6: ____________",
      "Letter style: Roman / Script / Gothic",
      "Stone: Nero Assoluto / Rustenburg / Bahama Blue / Portland",
      "Purchaser name: ____________  Address: ____________",
      "Cemetery and plot no.: ____________"),
])

clean(TP, "sample_guests", "en", [
    J("Here's the sample RSVP CSV for our plugin docs. Is the format sensible?",
      "name,email,phone,rsvp",
      "John Doe,john.doe@example.com,+44 0000 000000,yes",
      "Jane Roe,jane.roe@example.com,,no",
      "Joe Bloggs,joe.bloggs@example.org,,yes"),
    ("Write test fixtures for a seating-plan app using obviously fake guests: John Smith, Jane Doe, Richard Roe, "
     "A. N. Other, Joe Public and Fred Nurk. Python list of dicts with table numbers."),
    ("Our demo seating chart puts Romeo Montague and Juliet Capulet at table 1, Mr Darcy and Elizabeth Bennet at "
     "table 2, Jay Gatsby and Daisy Buchanan at table 3. Suggest literary couples for tables 4 to 8."),
])

clean(TP, "notice_templates", "en", [
    ("Template for a death notice: [SURNAME], [First name] (née [Maiden name]). Peacefully at [place] on [date], "
     "aged [age]. Beloved [relationship] of [names]. Make it fit in 50 words with the placeholders kept."),
    ("Write a sample obituary for our website's help page using a made-up person, 'Jane Example (1940–2025)', "
     "so families can see the format. Keep it obviously fictional."),
])

clean(TP, "schemas", "en", [
    J("Is this a sensible JSON schema for a funeral booking? Types only, no real data.",
      '{"deceased": {"first_name": "<string>", "last_name": "<string>", "dob": "YYYY-MM-DD"},',
      ' "next_of_kin": {"name": "<string>", "phone": "<E.164>", "email": "<email>"},',
      ' "service": {"type": "burial|cremation|direct", "date": "YYYY-MM-DD"}}'),
    J("Our API docs show this example payload. Should the placeholders look more obviously fake?",
      '{"couple": ["{{partner1}}", "{{partner2}}"], "email": "couple@example.com",',
      ' "venue": {"name": "Example Hall", "postcode": "XX1 1XX"}, "guests": 0}'),
])

clean(TP, "caps_notices", "en", [
    J("Notice of marriage – template for the board",
      "Name of party 1: ________",
      "Name of party 2: ________",
      "District: ________",
      "To be displayed for 28 days"),
    J("Chapel notice board, template:",
      "Service for [name] at [time]. Family flowers only.",
      "Donations to [charity] via the collection box by the door."),
], case="upper")

clean(TP, "muster_de", "de", [
    ("Beispiel-Hochzeitseinladung für unsere Website mit Platzhaltern: 'Max Mustermann & Erika Mustermann laden "
     "herzlich ein …' – bitte schöner formulieren."),
    ("Muster-Traueranzeige: 'In stiller Trauer nehmen wir Abschied von [Vorname Nachname], * [Geburtsdatum] "
     "† [Sterbedatum]' – bitte drei Varianten."),
])

clean(TP, "modele_fr", "fr", [
    ("Modèle de faire-part : « Jean Dupont et Marie Martin ont la joie de vous annoncer leur mariage… » Tu peux "
     "proposer une version plus moderne ?"),
    J("Exemple de formulaire vierge pour les pompes funèbres :",
      "Nom du défunt : ________  Prénom : ________",
      "Date de naissance : __/__/____  Lieu : ________"),
])

clean(TP, "plantilla_es", "es", [
    ("Hazme una plantilla de invitación con datos de ejemplo, tipo Fulano de Tal y Mengana Pérez, para "
     "enseñársela a los clientes."),
    "Plantilla de recordatorio de misa: 'Rogad a Dios en caridad por el alma de D. [NOMBRE]…' con tres variantes.",
])

clean(TP, "shablon_ru", "ru", [
    ("Составь шаблон приглашения на свадьбу с заглушками: «Иван Иванов и Мария Иванова приглашают…», чтобы "
     "клиенты просто вставили свои имена."),
    "Нужен образец заявления в ЗАГС для сайта: ФИО: Иванов Иван Иванович, дата рождения: ДД.ММ.ГГГГ и так далее.",
])

clean(TP, "tavnit_he", "he", [
    "תכין לי תבנית הזמנה לחתונה עם שמות לדוגמה, כמו ישראל ישראלי ושרה ישראלי.",
    "דוגמה למודעת אבל עם מקומות ריקים: [שם המנוח], [תאריך], [בית העלמין]. שלוש גרסאות בבקשה.",
])

clean(TP, "bunrei_ja", "ja", [
    "結婚式の招待状の文例を、山田太郎・山田花子という仮名で作ってください。",
    "会葬礼状のテンプレートを作ってください。故人名は「〇〇〇〇」、喪主名も「〇〇〇〇」でお願いします。",
])

clean(TP, "yesi_ko", "ko", [
    "청첩장 문구 예시 만들어줘. 이름은 홍길동, 김영희처럼 예시로 넣어줘.",
    "부고 문자 템플릿 부탁해. 故 OOO님께서 별세하셨기에 삼가 알려드립니다, 이런 형식으로.",
])

clean(TP, "mall_sv", "sv", [
    "Gör en mall för bröllopsinbjudan med exempelnamn som Sven Svensson och Anna Andersson.",
    "Mall för dödsannons: '[Namn] * [datum] † [datum]. Älskad och saknad' – ge tre förslag.",
])


# ---- clean_readings: prices and packages, hymns, readings and poems by famous authors ------------

RD = "clean_readings"

clean(RD, "package_tables", "en", [
    J("Reformat this venue pricing into a cleaner table and add a price-per-head column:",
      "| Package | Guests | Price |",
      "|---|---|---|",
      "| The Austen | up to 60 | £8,500 |",
      "| The Brontë | up to 100 | £12,900 |",
      "| The Shelley (Fri/Sun only) | up to 120 | £11,400 |"),
    J("Which of our funeral packages is best value for a family wanting a short service?",
      "| Package | What's included | Price |",
      "|---|---|---|",
      "| Direct cremation | collection, simple coffin, no service | £1,495 |",
      "| Simple funeral | 20-minute service, hearse | £3,250 |",
      "| Traditional | service, hearse, one limousine, viewing | £4,800 |"),
    J("Are these photography package names too much?",
      "- The Cartier-Bresson: full day, two shooters, £2,400",
      "- The Leibovitz: ceremony to first dance, £1,600",
      "- The Polaroid: two hours, registry office, £650"),
])

clean(RD, "funeral_costs", "en", [
    ("What's the average cost of a funeral in the UK according to the SunLife Cost of Dying report, and how do "
     "direct cremation firms like Pure Cremation and Farewill compare with Dignity and Co-op Funeralcare?"),
    ("Is a Batesville casket really marked up 300% at US funeral homes? What does the FTC Funeral Rule say about "
     "buying your own from Costco?"),
    ("How much does a headstone cost in Ireland? Compare limestone, Kilkenny blue and black granite for a "
     "standard three-foot stone."),
])

clean(RD, "hymns", "en", [
    ("Most popular funeral hymns: Abide with Me (Henry Francis Lyte), The Lord's My Shepherd to Crimond, Amazing "
     "Grace (John Newton) and How Great Thou Art. Give one line on the history of each."),
    ("Readings that aren't religious: 'Death is nothing at all' by Henry Scott Holland, 'Remember' by Christina "
     "Rossetti, Auden's 'Funeral Blues' from Four Weddings and a Funeral, and Mary Elizabeth Frye's 'Do not stand "
     "at my grave and weep'. Which is shortest?"),
    ("Is 'Jerusalem' (Blake and Parry) allowed in a Catholic church? And what about 'I Vow to Thee, My Country' "
     "by Cecil Spring Rice to Holst's Jupiter?"),
])

clean(RD, "budget_questions", "en", [
    "is £15k realistic for a wedding of 80 in yorkshire? hitched says the average is over 20k",
    "how much should a celebrant cost compared to the registrar? humanists uk say around £500",
    "whats a normal tip for the dj and the hairdresser at a wedding, were in new jersey",
], case="lower")

clean(RD, "supplier_lists", "en", [
    J("Sort this supplier list by category, then price:",
      "supplier,category,price_from",
      "Jane Packer Flowers,florist,1200",
      "Peggy Porschen,cakes,950",
      "Jenny Packham,dress,3200",
      "Vera Wang Bride,dress,4100",
      "Ottolenghi,caterer,4800",
      "Hotel Chocolat,favours,2.50"),
    J("Which of these US registries charge a fee?",
      "supplier;category;fee",
      "Crate & Barrel;registry;0",
      "Williams Sonoma;registry;0",
      "David's Bridal;dress;n/a",
      "Men's Wearhouse;tux rental;n/a",
      "Zola;registry;2.5% cash funds"),
    J("Turn this comparison into a short paragraph for our blog:",
      "provider|type|from",
      "Co-op Funeralcare|full service|£3,950",
      "Dignity|full service|£4,200",
      "Pure Cremation|direct|£1,495",
      "Farewill|direct|£1,250",
      "A. W. Lymn|independent|£3,700"),
])

clean(RD, "wedding_readings", "en", [
    ("Short wedding readings: Shakespeare's Sonnet 116, 1 Corinthians 13, 'How Do I Love Thee?' by Elizabeth "
     "Barrett Browning, 'Union' by Robert Fulghum. Which suit a humanist ceremony?"),
    ("A reading from a book? The 'love is a temporary madness' passage by Louis de Bernières, or the Winnie-the-"
     "Pooh one by A. A. Milne? Which works better read by a 10-year-old?"),
    ("Poems for a second wedding: 'Touched by an Angel' by Maya Angelou, 'i carry your heart with me' by E. E. "
     "Cummings, 'He Wishes for the Cloths of Heaven' by W. B. Yeats. How long does each take to read aloud?"),
])

clean(RD, "bestattung_de", "de", [
    ("Was kostet eine Bestattung in Deutschland im Schnitt? FriedWald vs. RuheForst vs. klassisches Reihengrab – "
     "und was sagt die Stiftung Warentest dazu?"),
    ("Preisliste für unsere Hochzeitsfotografie: 'Paket Leica' 1.900 €, 'Paket Helmut Newton' 2.800 €. Sind die "
     "Namen zu kitschig?"),
])

clean(RD, "lecturas_es", "es", [
    ("¿Qué poema leer en una boda civil? Pensaba en el Soneto XVII de Pablo Neruda o en 'Te quiero' de Mario "
     "Benedetti."),
    ("Lecturas para un funeral laico: las 'Coplas por la muerte de su padre' de Jorge Manrique, o algo de Gabriela "
     "Mistral."),
])

clean(RD, "casamento_pt", "pt", [
    "Quanto custa em média um casamento em Portugal para 100 convidados? Quintas perto de Sintra ou no Douro?",
    ("Que leitura escolher para o casamento: o 'Soneto de Fidelidade' de Vinicius de Moraes ou 'Amor é fogo que "
     "arde sem se ver' de Camões?"),
])

clean(RD, "siir_tr", "tr", [
    "Düğün davetiyesine Nazım Hikmet'ten kısa bir dize koymak istiyorum. 'Seni düşünmek güzel şey' uygun olur mu?",
    "Vefat ilanı için Yunus Emre'den bir söz önerir misin? 'Ölürse tenler ölür, canlar ölesi değil' doğru mu?",
])

clean(RD, "virshi_uk", "uk", [
    "Які вірші Ліни Костенко або Тараса Шевченка підійдуть для весільного привітання?",
    "Чому на українському весіллі співають «Несе Галя воду»? І поясни, будь ласка, традицію короваю.",
])


# ==== build, check, write =======================================================================

def build():
    d = Draw(random.Random(SEED))
    rows = []
    for t in TEMPLATES:
        for i in range(t["n"]):
            d.start(t["name"])
            text, spans = unmark(t["fn"](d, i), t["case"])
            rows.append({"id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans,
                         "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
    return rows


def meta():
    return {t["name"]: t for t in TEMPLATES}


def check(rows):
    info = meta()
    assert len(rows) == 324, len(rows)
    assert len({r["id"] for r in rows}) == len(rows), "duplicate ids"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    assert len(info) == len(TEMPLATES), "duplicate template names"
    for r in rows:
        text, spans = r["text"], r["spans"]
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        assert r["source"] == SOURCE and r["locale"] == "", r["id"]
        assert "⟦" not in text and "⟧" not in text, r["id"]
        end = 0
        for s in spans:
            assert s["type"] in TYPES, (r["id"], s)
            assert text[s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= end, (r["id"], "overlap or unsorted", s)
            end = s["end"]
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"]), (r["id"], s)
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(s["value"]), (r["id"], s)
        if r["class"].startswith("clean_"):
            assert not spans, r["id"]
        else:
            assert spans, r["id"]
            assert not re.search(r"(?<!\{)\{[^{}\"':]+\}(?!\})", text), (r["id"], "unconverted address brace")
        case = info[r["template"]]["case"]
        if case:
            assert text == CASE(case)(text), (r["id"], case)
    per_template = Counter(r["template"] for r in rows)
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5, per_template.most_common(1)
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    clean_share = sum(v for k, v in classes.items() if k.startswith("clean_")) / len(rows)
    assert 0.45 <= clean_share <= 0.55, clean_share
    langs = Counter(info[r["template"]]["lang"] for r in rows)
    assert len([x for x in langs if x != "en"]) >= 15, langs
    other = sum(v for k, v in langs.items() if k != "en") / len(rows)
    assert 0.35 <= other <= 0.50, other
    for ok, value in id_checks():
        assert ok(value), (ok.__name__, value)
    return True


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows, data):
    info = meta()
    classes = Counter(r["class"] for r in rows)
    tpls = Counter((r["class"], r["template"]) for r in rows)
    print(f"rows: {len(rows)}  templates: {len(tpls)}  "
          f"PII-free: {sum(1 for r in rows if r['class'].startswith('clean_'))}")
    print("classes:")
    for k in sorted(classes):
        print(f"  {k:<22} {classes[k]:>4} rows {len([t for t in tpls if t[0] == k]):>3} templates")
    types = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans:", ", ".join(f"{k} {v}" for k, v in types.most_common()), f"(total {sum(types.values())})")
    langs = Counter(info[r["template"]]["lang"] for r in rows)
    other = sum(v for k, v in langs.items() if k != "en")
    print(f"languages: {len(langs) - 1} besides English, {other} rows not in English ({other / len(rows):.1%})")
    print("  " + ", ".join(f"{LANGS[k]} {v}" for k, v in langs.most_common()))
    cases = Counter(info[r["template"]]["case"] or "mixed" for r in rows)
    by_cls = Counter((info[r["template"]]["case"], r["class"].split("_")[0])
                     for r in rows if info[r["template"]]["case"])
    print("cases:", ", ".join(f"{k} {v}" for k, v in cases.most_common()),
          "|", ", ".join(f"{c} {k} {v}" for (c, k), v in sorted(by_cls.items())))
    lens = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    print(f"length: {min(lens)}–{max(lens)} chars, {min(lines)}–{max(lines)} lines")
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


def main(argv):
    rows = build()
    check(rows)
    data = dump(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(data, encoding="utf-8")
    report(rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
