#!/usr/bin/env python3
"""build: a hand-written check set for the PII-masking gateway, construction and the built environment.

Prompts that contractors, subcontractors, site managers, architects, engineers, quantity surveyors,
planning and building-control officers, safety officers, renovation clients, developers, skip-hire
firms and builders' merchants send to an AI assistant. Every value below was typed by hand; e-mail
local parts are derived in code from the hand-typed names.

    python build.py           # writes tune.jsonl, prints counts and the sha256
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

SEED = 60417
SET = "build"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "eval/build/build.py"
TARGET_ROWS = 324
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")
NL = "\n"


# ---------------------------------------------------------------- markers


def P(x):
    return f"⟦PERSON|{x}⟧"


def L(x):
    return f"⟦LOCATION|{x}⟧"


def PH(x):
    return f"⟦PHONE_NUMBER|{x}⟧"


def EM(x):
    return f"⟦EMAIL_ADDRESS|{x}⟧"


def DOB(x):
    return f"⟦DATE_OF_BIRTH|{x}⟧"


def NID(x):
    return f"⟦NATIONAL_ID|{x}⟧"


def SSN(x):
    return f"⟦US_SSN|{x}⟧"


def IBAN(x):
    return f"⟦IBAN_CODE|{x}⟧"


def CARD(x):
    return f"⟦CREDIT_CARD|{x}⟧"


def IP(x):
    return f"⟦IP_ADDRESS|{x}⟧"


def MRN(x):
    return f"⟦MEDICAL_RECORD_NUMBER|{x}⟧"


def braces(s):
    """Hand-typed address shorthand: {x} is a LOCATION span."""
    return re.sub(r"\{([^{}]+)\}", lambda m: L(m.group(1)), s)


def cased(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=""):
    """Turn ⟦TYPE|value⟧ markers into text + spans; casing is applied piece by piece."""
    parts, spans, last, pos = [], [], 0, 0
    for m in MARK.finditer(marked):
        before = cased(marked[last:m.start()], case)
        parts.append(before)
        pos += len(before)
        value = cased(m.group(2), case)
        spans.append({"start": pos, "end": pos + len(value), "type": m.group(1), "value": value})
        parts.append(value)
        pos += len(value)
        last = m.end()
    tail = cased(marked[last:], case)
    parts.append(tail)
    text = "".join(parts)
    assert "⟦" not in text and "⟧" not in text, marked[:200]
    return text, spans


FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ð": "d", "ß": "ss",
        "ı": "i", "þ": "th", "œ": "oe"}


def fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


# ---------------------------------------------------------------- people
# tag | given | family | sex | culture | flags (sf = family name first, nosp = no space) | latin given | latin family

PEOPLE_TABLE = """
uk | Dean | Slater | m | English
uk | Amber | Mason | f | English
uk | Grace | Thatcher | f | English
uk | Ray | Joiner | m | English
uk | Kieran | Plummer | m | English
uk | Shaun | Tyler | m | English
uk | Hope | Marsh | f | English
uk | Jodie | Cartwright | f | English
uk | Lee | Wolf | m | English
uk | Emma | Stone | f | English
uk | John | Nash | m | English
uk | Craig | Heslop | m | English (Geordie)
uk | Kerry | Ainsworth | f | English (Lancashire)
uk | Gareth | Pritchard | m | Welsh
uk | Rhiannon | Llewellyn | f | Welsh
uk | Iwan | ap Dafydd | m | Welsh
uk | Callum | MacLennan | m | Scottish
uk | Morag | Sinclair | f | Scottish
uk | Eilidh | Ross | f | Scottish
uk | Ciaran | McCloskey | m | Northern Irish
uk | Tamsin | Penrose | f | Cornish
uk | Wesley | Pengelly | m | Cornish
uk | Dwayne | Clarke | m | Jamaican British
uk | Marcia | Campbell-Hylton | f | Jamaican British
uk | Jaspreet | Kaur Dhillon | f | Punjabi Sikh
uk | Gurpreet | Singh Bains | m | Punjabi Sikh
uk | Imran | Chaudhry | m | Pakistani British
uk | Nusrat | Begum | f | Bangladeshi British
uk | Rakesh | Mistry | m | Gujarati
uk | Priya | Ramanathan | f | Tamil
uk | Stelios | Christodoulou | m | Greek Cypriot
uk | Mohamed | Warsame | m | Somali
ng | Adebayo | Ogunleye | m | Yoruba
ng | Chiamaka | Nwosu | f | Igbo
ng | Emeka | Eze | m | Igbo
ng | Funmilayo | Adeyemi | f | Yoruba
ng | Ibrahim | Musa | m | Hausa
gh | Kwame | Asante | m | Akan
gh | Abena | Owusu-Ansah | f | Akan
np | Bishnu | Gurung | m | Nepali (Gurung)
np | Dil Bahadur | Tamang | m | Nepali (Tamang)
np | Hari | Thapa Magar | m | Nepali (Magar)
al | Ardian | Gashi | m | Albanian (Kosovo)
al | Erion | Dervishi | m | Albanian
al | Blerina | Krasniqi | f | Albanian (Kosovo)
ku | Rebwar | Ahmadi | m | Kurdish (Sorani)
ie | Seán | Ó Súilleabháin | m | Irish
ie | Aoife | Ní Bhraonáin | f | Irish
ie | Pádraig | Mac an Bhaird | m | Irish
ie | Declan | Fitzgerald | m | Irish
ie | Siobhán | Cahill | f | Irish
pl | Łukasz | Wiśniewski | m | Polish
pl | Tomasz | Wójcik | m | Polish
pl | Dariusz | Kowalczyk | m | Polish
pl | Grzegorz | Kamiński | m | Polish
pl | Krzysztof | Dąbrowski | m | Polish
pl | Bartosz | Kowal | m | Polish
pl | Wiesław | Cieśla | m | Polish
pl | Agnieszka | Mazur | f | Polish
pl | Katarzyna | Szymańska | f | Polish
pl | Ewa | Malarz | f | Polish
ro | Ionuț | Popa | m | Romanian
ro | Ștefan | Dumitrescu | m | Romanian
ro | Florin | Zidaru | m | Romanian
ro | Mihaela | Radu | f | Romanian
ro | Dragoș | Munteanu | m | Romanian
ro | Andreea | Stan | f | Romanian
ro | Nicolae | Bălan | m | Romanian
ro | Vasile | Rusu | m | Moldovan
lt | Žygimantas | Kazlauskas | m | Lithuanian
lt | Mindaugas | Petrauskas | m | Lithuanian
lt | Jurgita | Vaitkutė | f | Lithuanian
lt | Darius | Stankevičius | m | Lithuanian
lv | Jānis | Bērziņš | m | Latvian
bg | Георги | Димитров | m | Bulgarian | | Georgi | Dimitrov
bg | Стоян | Петков | m | Bulgarian | | Stoyan | Petkov
bg | Десислава | Иванова | f | Bulgarian | | Desislava | Ivanova
pt | João | Ferreira | m | Portuguese
pt | Rui | Carvalho | m | Portuguese
pt | Ana | Pereira Gonçalves | f | Portuguese
pt | Tiago | dos Santos | m | Portuguese
pt | Sandra | Marques | f | Portuguese
br | Cleiton | Souza Lima | m | Brazilian
br | Rosângela | Ferraz | f | Brazilian
br | Edivaldo | Nascimento | m | Brazilian (Bahia)
br | Jéssica | Bezerra | f | Brazilian (Ceará)
br | Raimundo | Pedreira | m | Brazilian
br | Luana | Tavares | f | Brazilian (Minas)
br | Francisca | Araújo | f | Brazilian (Piauí)
es | José Manuel | Herrero | m | Spanish
es | Lucía | Fernández Ruiz | f | Spanish
es | Iñigo | Etxeberria | m | Basque
es | Montserrat | Puig | f | Catalan
es | Antonio | Carpintero | m | Spanish (Andalusian)
es | Rocío | Navarro | f | Spanish
it | Salvatore | Esposito | m | Italian (Neapolitan)
it | Giulia | Fabbri | f | Italian (Apulian)
it | Marco | Muratori | m | Italian (Roman)
it | Chiara | Lo Bianco | f | Italian (Sicilian)
it | Davide | De Luca | m | Italian
it | Francesca | Ferraro | f | Italian
fr | Mathieu | Charpentier | m | French
fr | Élodie | Couvreur | f | French
fr | Yannick | Le Bihan | m | Breton
fr | Nathalie | Fontaine | f | French
fr | Karim | Benali | m | Algerian French
fr | Sébastien | Moreau | m | French
fr | Geneviève | Lachapelle | f | Québécois
de | Wolf | Zimmermann | m | German
de | Jürgen | Maurer | m | German (Swabian)
de | Sabine | Schreiner | f | German
de | Birgit | Steinmetz | f | German
de | Mustafa | Demir | m | Turkish German
de | Katharina | von Bülow | f | German
de | Kevin | Krause | m | German (Saxon)
de | Florian | Hinterberger | m | Austrian
de | Reto | Baumann | m | Swiss
de | Nadia | Gerber | f | Swiss
nl | Sander | ter Horst | m | Dutch
nl | Fenna | de Boer | f | Frisian Dutch
nl | Mohamed | El Idrissi | m | Moroccan Dutch
nl | Bram | Timmerman | m | Dutch
nl | Jens | Vermeulen | m | Flemish
nl | Lieke | van Dijk | f | Dutch
se | Björn | Åkerlund | m | Swedish
se | Linnea | Holmqvist | f | Swedish
se | Aida | Hassan | f | Somali Swedish
no | Ørjan | Haugland | m | Norwegian
no | Ingrid | Solberg | f | Norwegian
no | Kari | Eide | f | Norwegian
dk | Søren | Kjeldsen | m | Danish
fi | Jukka | Kivimäki | m | Finnish
fi | Sanna | Heikkinen | f | Finnish
cz | Tomáš | Dvořák | m | Czech
cz | Lenka | Procházková | f | Czech
cz | Marek | Hudák | m | Slovak
hu | Kovács | Péter | m | Hungarian | sf
hu | Molnár | Zsófia | f | Hungarian | sf
gr | Γιάννης | Παπαδάκης | m | Greek (Cretan) | | Giannis | Papadakis
gr | Ελένη | Κωνσταντίνου | f | Greek | | Eleni | Konstantinou
gr | Θανάσης | Μαυρίδης | m | Pontic Greek | | Thanasis | Mavridis
gr | Νίκος | Αλεξίου | m | Greek | | Nikos | Alexiou
gr | Μαρία | Σταύρου | f | Greek Cypriot | | Maria | Stavrou
tr | Mehmet | Yıldız | m | Turkish
tr | Hatice | Demirci | f | Turkish
tr | Emre | Taşçı | m | Turkish
tr | Zeynep | Aksoy | f | Turkish
tr | Serkan | Doğan | m | Turkish
tr | Hüseyin | Arslan | m | Turkish (Kurdish roots)
tr | Kemal | Öztürk | m | Turkish (Black Sea)
ru | Дмитрий | Кузнецов | m | Russian | | Dmitry | Kuznetsov
ru | Ольга | Плотникова | f | Russian | | Olga | Plotnikova
ru | Руслан | Хабибуллин | m | Tatar | | Ruslan | Khabibullin
ru | Сергей | Лебедев | m | Russian | | Sergey | Lebedev
ru | Анна | Воронина | f | Russian | | Anna | Voronina
ua | Олександр | Коваленко | m | Ukrainian | | Oleksandr | Kovalenko
ua | Наталія | Мельник | f | Ukrainian | | Nataliia | Melnyk
ua | Тарас | Бондаренко | m | Ukrainian | | Taras | Bondarenko
ua | Оксана | Гнатюк | f | Ukrainian (Hutsul) | | Oksana | Hnatiuk
ar | محمد | العتيبي | m | Saudi | | Mohammed | Alotaibi
ar | خالد | الحربي | m | Saudi | | Khalid | Alharbi
ar | فاطمة | الزهراني | f | Saudi | | Fatimah | Alzahrani
ar | أحمد | عبد الفتاح | m | Egyptian | | Ahmed | Abdelfattah
ar | رامي | حداد | m | Syrian | | Rami | Haddad
ar | سلمى | المنصوري | f | Emirati | | Salma | Almansoori
ar | يوسف | بن علي | m | Tunisian | | Youssef | Benali
he | יוסי | כהן | m | Israeli | | Yossi | Cohen
he | מיכל | לוי | f | Israeli | | Michal | Levi
he | אבי | נגר | m | Mizrahi Israeli | | Avi | Nagar
he | רותם | שפירא | f | Israeli | | Rotem | Shapira
he | דניאל | אזולאי | m | Moroccan Israeli | | Daniel | Azoulay
he | נועה | ביטון | f | Israeli | | Noa | Biton
zh | 王 | 建华 | m | Chinese | sf nosp | Jianhua | Wang
zh | 李 | 秀兰 | f | Chinese | sf nosp | Xiulan | Li
zh | 陈 | 志强 | m | Chinese (Fujian) | sf nosp | Zhiqiang | Chen
zh | 刘 | 芳 | f | Chinese | sf nosp | Fang | Liu
zh | 赵 | 德明 | m | Chinese (Henan) | sf nosp | Deming | Zhao
cn | Zhang | Wei | m | Chinese | sf
cn | Chan | Ka-ming | m | Cantonese | sf
cn | Lin | Yu-ting | f | Taiwanese | sf
ja | 佐藤 | 健太 | m | Japanese | sf nosp | Kenta | Sato
ja | 鈴木 | 美咲 | f | Japanese | sf nosp | Misaki | Suzuki
ja | 高橋 | 大輔 | m | Japanese | sf nosp | Daisuke | Takahashi
ja | 田中 | 陽子 | f | Japanese | sf nosp | Yoko | Tanaka
ja | 山本 | 翔太 | m | Japanese | sf nosp | Shota | Yamamoto
ja | 伊藤 | さくら | f | Japanese | sf nosp | Sakura | Ito
ja | 渡辺 | 誠 | m | Japanese (Okinawa) | sf nosp | Makoto | Watanabe
ko | 김 | 민준 | m | Korean | sf nosp | Minjun | Kim
ko | 이 | 서연 | f | Korean | sf nosp | Seoyeon | Lee
ko | 박 | 지훈 | m | Korean | sf nosp | Jihoon | Park
ko | 최 | 유진 | f | Korean | sf nosp | Yujin | Choi
ko | 정 | 현우 | m | Korean | sf nosp | Hyunwoo | Jung
ko | 강 | 수빈 | f | Korean | sf nosp | Subin | Kang
ko | 윤 | 성호 | m | Korean | sf nosp | Sungho | Yoon
hi | रमेश | यादव | m | Hindi (Bihar) | | Ramesh | Yadav
hi | सुनीता | देवी | f | Hindi (Uttar Pradesh) | | Sunita | Devi
hi | अजय | विश्वकर्मा | m | Hindi | | Ajay | Vishwakarma
hi | मोहन | लाल | m | Rajasthani | | Mohan | Lal
hi | संजय | कुमार | m | Hindi (Jharkhand) | | Sanjay | Kumar
hi | पूजा | शर्मा | f | Hindi | | Pooja | Sharma
in | Suresh | Nair | m | Malayali
in | Arjun | Reddy | m | Telugu
in | Lakshmi | Subramanian | f | Tamil
in | Farhan | Qureshi | m | Urdu (Hyderabad)
th | สมศักดิ์ | ศรีสุข | m | Thai (Isan) | | Somsak | Srisuk
th | มาลี | วงศ์ใหญ่ | f | Thai | | Malee | Wongyai
th | ประยุทธ | แก้วมณี | m | Thai | | Prayut | Kaewmanee
th | วิชัย | บุญมา | m | Thai (Chiang Mai) | | Wichai | Boonma
vi | Nguyễn | Thị Lan | f | Vietnamese | sf
vi | Trần | Văn Hùng | m | Vietnamese | sf
vi | Lê | Minh Tuấn | m | Vietnamese | sf
vi | Phạm | Thu Hà | f | Vietnamese | sf
id | Budi | Santoso | m | Javanese
id | Siti | Rahmawati | f | Sundanese
id | Agus | Prasetyo | m | Javanese
id | Sutrisno | | m | Javanese (single name)
ph | Rodel | Macaraeg | m | Filipino (Ilocano)
ph | Maricel | Villanueva | f | Filipino
ph | Jun-Jun | Bautista | m | Filipino (Visayan)
ph | Liezel | Dimaculangan | f | Filipino (Tagalog)
ph | Joy | Mercado | f | Filipino
za | Pieter | du Plessis | m | Afrikaans
za | Thandiwe | Mokoena | f | Sotho
za | Sipho | Ndlovu | m | Zulu
ke | Wanjiru | Kamau | f | Kikuyu
ke | Otieno | Ochieng | m | Luo
us | Tyler | Brooks | m | US
us | Savannah | Whitaker | f | US (Georgia)
us | DeShawn | Carter | m | African American
us | Maria | Gonzalez | f | Chicana
us | Cody | Hatfield | m | US (Appalachian)
us | Brandon | Kowalski | m | Polish American
ca | Marc-André | Tremblay | m | Québécois
ca | Jessica | MacNeil | f | Nova Scotian
au | Bradley | Nguyen | m | Vietnamese Australian
au | Kylie | Fitzpatrick | f | Australian
au | Jarrah | Watson | m | Aboriginal Australian
nz | Tama | Ngata | m | Māori
nz | Aroha | Te Rangi | f | Māori
nz | Sione | Havili | m | Tongan
nz | Losa | Fa'alogo | f | Samoan
mx | Jesús | Ramírez Ortega | m | Mexican
mx | Guadalupe | Hernández | f | Mexican
co | Andrés Felipe | Ocampo | m | Colombian
ar2 | Facundo | Giménez | m | Argentine
cl | Camila | Soto Valenzuela | f | Chilean
pe | Wilber | Quispe | m | Quechua
"""


class Person:
    def __init__(self, tag, given, family, sex, culture, flags, lgiven, lfamily):
        self.tag, self.given, self.family, self.sex, self.culture = tag, given, family, sex, culture
        self.sf = "sf" in flags
        sep = "" if "nosp" in flags else " "
        if not family:
            self.full = given
        elif self.sf:
            # hand-typed as family | given for surname-first names
            self.full = f"{given}{sep}{family}"
            self.given, self.family = family, given
        else:
            self.full = f"{given} {family}"
        self.lgiven = lgiven or self.given
        self.lfamily = lfamily if lfamily is not None else self.family
        self.key = f"{tag}:{self.full}"

    def latin_full(self):
        return f"{self.lgiven} {self.lfamily}".strip()

    def email(self, style, domain, num=""):
        g, f = fold(self.lgiven), fold(self.lfamily)
        local = {
            "g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}{num}", "f.g": f"{f}.{g}",
            "ifam": f"{g[:1]}{f}{num}", "g.i": f"{g}.{f[:1]}{num}", "gnum": f"{g}{num}", "f": f"{f}{num}",
            "g-f": f"{g}-{f}",
        }[style if f else "gnum"]
        return f"{local}@{domain}"


def parse_people():
    pools = {}
    for line in PEOPLE_TABLE.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        cells += [""] * (8 - len(cells))
        tag, given, family, sex, culture, flags, lg, lf = cells[:8]
        pools.setdefault(tag, []).append(Person(tag, given, family, sex, culture, flags, lg or None, lf or None))
    return pools


POOLS = parse_people()
GROUPS = {
    # a UK site: trades and labour from everywhere
    "site": ["uk", "ie", "pl", "ro", "lt", "lv", "pt", "br", "al", "ku", "np", "ng", "gh", "in", "it", "es"],
    # UK homeowners, neighbours and clients
    "client": ["uk", "ie", "ng", "gh", "in", "cn", "za", "nz", "au", "it", "es", "fr", "pl"],
    # office staff of contractors and consultants
    "office": ["uk", "ie", "in", "ng", "de", "nl", "cn", "it", "fr", "es", "za", "au", "se"],
    "latin_world": ["uk", "ie", "pl", "ro", "pt", "br", "es", "it", "fr", "de", "nl", "tr", "vi", "id", "ph", "us",
                    "ca", "au", "nz", "mx", "co", "cl", "ng", "za", "ke", "in"],
    "gulf_labour": ["in", "np", "ph"],
    "americas": ["us", "mx", "co", "ar2", "cl", "pe", "ca"],
}


# ---------------------------------------------------------------- addresses (each in its country's layout)
# cc | town | lines ({x} is a LOCATION span, "¦" separates lines)

ADDRESS_TABLE = """
gb | Ledbury | {27 Bye Street}¦{Ledbury}¦{HR8 2AA} | 01531 633842
gb | Southwold | {Flat 3}, {9 Victoria Street}¦{Southwold}¦{IP18 6HZ} | 01502 724190
gb | Much Wenlock | {Rose Cottage}, {4 Sheinton Street}¦{Much Wenlock}¦{TF13 6HS}
gb | Tetbury | {52 Long Street}¦{Tetbury}¦{GL8 8AQ} | 01666 503271
gb | Kirkby Stephen | {11 Market Square}¦{Kirkby Stephen}¦{Cumbria}¦{CA17 4QT}
gb | Bishop's Castle | {6 Welsh Street}¦{Bishop's Castle}¦{SY9 5BT}
gb | Llanidloes | {Flat 1}, {38 Great Oak Street}¦{Llanidloes}¦{SY18 6BW} | 01686 412 958
gb | Pittenweem | {15 High Street}¦{Pittenweem}¦{Fife}¦{KY10 2LA}
gb | Comrie | {2 Dalginross}¦{Comrie}¦{PH6 2HB}
gb | Alnmouth | {19 Northumberland Street}¦{Alnmouth}¦{NE66 2RJ}
gb | Appledore | {7 Meeting Street}¦{Appledore}¦{EX39 1RJ}
gb | Crickhowell | {43 Standard Street}¦{Crickhowell}¦{NP8 1BP}
gb | Wool | {3 Spring Street}¦{Wool}¦{BH20 6DB} | 01929 462 073
gb | Street | {16 Leigh Road}¦{Street}¦{Somerset}¦{BA16 0HA}
gb | Kirkbymoorside | {21 Wesley Terrace}¦{Kirkbymoorside}¦{YO62 6BS}
ie | Kenmare | {Main Street}¦{Kenmare}¦{Co. Kerry}¦{V93 T2W8}
ie | Bantry | {4 Bridge Street}¦{Bantry}¦{Co. Cork}¦{P75 HK62} | 027 51842
ie | Carrick-on-Shannon | {12 St George's Terrace}¦{Carrick-on-Shannon}¦{Co. Leitrim}¦{N41 X6P3}
us | Galena | {412 Spring St}¦{Galena}, {IL} {61036} | (815) 777-3109
us | Bisbee | {88 Tombstone Canyon}¦{Bisbee}, {AZ} {85603} | (520) 432-6618
us | Hood River | {1570 Sterling Rd}, {Apt 2B}¦{Hood River}, {OR} {97031} | 541-386-2217
us | Stowe | {27 Mountain Rd}¦{Stowe}, {VT} {05672} | (802) 253-4471
us | Fredericksburg | {309 W Main St}¦{Fredericksburg}, {TX} {78624} | 830.997.2054
ca | Lunenburg | {88 Pelham St}¦{Lunenburg} {NS}  {B0J 2C0} | (902) 634-1185
ca | Baie-Saint-Paul | {45 rue Sainte-Anne}¦{Baie-Saint-Paul} ({QC}) {G3Z 1N9} | 418 435-2290
au | Daylesford | {17 Vincent Street}¦{Daylesford} {VIC} {3460} | (03) 5348 2716
au | Mudgee | {4/22 Church Street}¦{Mudgee} {NSW} {2850} | (02) 6372 4419
au | Margaret River | {9 Bussell Highway}¦{Margaret River} {WA} {6285}
nz | Raglan | {5 Bow Street}¦{Raglan} {3225}
nz | Arrowtown | {31 Buckingham Street}¦{Arrowtown} {9302} | (03) 442 1187
de | Bacharach | {Oberstraße 14}¦{55422} {Bacharach} | 06743 912755
de | Monschau | {Stadtstraße 9}¦{52156} {Monschau}
de | Mittenwald | {Obermarkt 3}¦{82481} {Mittenwald} | 08823 93 41 27
de | Bad Wimpfen | {Hauptstraße 27}¦{74206} {Bad Wimpfen}
de | Lauenburg/Elbe | {Elbstraße 41}¦{21481} {Lauenburg/Elbe}
at | Dürnstein | {Hauptstraße 12}¦{3601} {Dürnstein}
at | Hallstatt | {Seestraße 156}¦{4830} {Hallstatt}
ch | Gruyères | {Rue du Bourg 8}¦{1663} {Gruyères}
ch | Appenzell | {Hauptgasse 22}¦{9050} {Appenzell} | 071 787 14 62
fr | Pont-Aven | {12 rue des Meunières}¦{29930} {Pont-Aven} | 02 98 06 41 17
fr | Eguisheim | {5 rue du Rempart Sud}¦{68420} {Eguisheim}
fr | Cassis | {3 traverse de la Colline}¦{13260} {Cassis} | 04 42 01 73 58
fr | Sarlat-la-Canéda | {18 avenue Gambetta}¦{24200} {Sarlat-la-Canéda}
be | Damme | {Kerkstraat 18}¦{8340} {Damme}
be | Durbuy | {Rue Haute 7}¦{6940} {Durbuy} | 084 21 47 93
nl | Giethoorn | {Binnenpad 41}¦{8355 BR} {Giethoorn}
nl | Veere | {Markt 6}¦{4351 AJ} {Veere} | 0118-591 244
nl | Thorn | {Wijngaardstraat 2}¦{6017 AG} {Thorn}
es | Comillas | {Calle Corro, 14}, {2º B}¦{39520} {Comillas} ({Cantabria}) | 942 72 05 18
es | Sos del Rey Católico | {Calle Mayor, 3}¦{50680} {Sos del Rey Católico} ({Zaragoza})
es | Olite | {Plaza Carlos III, 9}¦{31390} {Olite} ({Navarra})
es | Cudillero | {Calle Rivera, 22}, {1º A}¦{33150} {Cudillero} ({Asturias})
pt | Óbidos | {Rua Direita, 34}¦{2510-086} {Óbidos} | 262 959 314
pt | Marvão | {Rua do Espírito Santo, 7}¦{7330-101} {Marvão}
pt | Monsaraz | {Travessa da Misericórdia, 12}, {1.º Esq.}¦{7200-175} {Monsaraz}
it | Alberobello | {Via Monte Nero 23}¦{70011} {Alberobello} ({BA}) | 080 432 1178
it | Bellagio | {Via Garibaldi 7}¦{22021} {Bellagio} ({CO})
it | Pienza | {Corso Rossellino 41}¦{53026} {Pienza} ({SI})
it | Vernazza | {Via Roma 15}, {int. 4}¦{19018} {Vernazza} ({SP})
pl | Łeba | {ul. Nadmorska 9/2}¦{84-360} {Łeba}
pl | Szczawnica | {ul. Główna 31}¦{34-460} {Szczawnica} | 18 262 14 09
pl | Tykocin | {ul. Złota 4}¦{16-080} {Tykocin}
pl | Lanckorona | {ul. Jana Pawła II 117}¦{34-143} {Lanckorona}
ro | Rășinari | {Str. Principală nr. 112}¦{557200} {Rășinari}, jud. {Sibiu} | 0269 557 213
ro | Horezu | {Str. Trandafirilor nr. 8}, {bl. B2, ap. 5}¦{245800} {Horezu}, jud. {Vâlcea}
ro | Sovata | {Str. Mihai Eminescu nr. 21}¦{545500} {Sovata}, jud. {Mureș}
lt | Trakai | {Vytauto g. 14-3}¦{LT-21104} {Trakai}
lt | Nida | {Naglio g. 7}¦{LT-93121} {Nida}
bg | Банско | {ул. „Пирин“ 24}¦{2770} {Банско}
bg | Копривщица | {ул. „Хаджи Ненчо Палавеев“ 12}¦{2077} {Копривщица}
gr | Ναύπλιο | {Βασιλέως Κωνσταντίνου 18}¦{211 00} {Ναύπλιο} | 27520 29614
gr | Μέτσοβο | {Ιωάννου Κωλέττη 6}¦{442 00} {Μέτσοβο}
tr | Alaçatı | {Hacı Memiş Mah. Kemalpaşa Cad. No: 41}, {D: 2}¦{35937} {Alaçatı}, {Çeşme}/{İzmir}
tr | Göreme | {Aydınlı Mah. Müze Cad. No: 12}¦{50180} {Göreme}, {Nevşehir}
ru | Таруса | {ул. Советская, д. 12}, {кв. 3}¦г. {Таруса}, {Калужская обл.}, {249100}
ru | Мышкин | {ул. Никольская, д. 5}¦г. {Мышкин}, {Ярославская обл.}, {152830}
ua | Косів | {вул. Незалежності, 21}¦м. {Косів}, {Івано-Франківська обл.}, {78600}
ua | Яремче | {вул. Свободи, 94}, {кв. 7}¦м. {Яремче}, {Івано-Франківська обл.}, {78500}
in | Orchha | {H.No. 3-14, Jhansi Road}¦{Orchha}, {Madhya Pradesh} {472246}
in | Mahabaleshwar | {Plot 22, Panchgani Road}¦{Mahabaleshwar}, {Maharashtra} {412806}
in | Hampi | {Door No. 5/118, Temple Street}¦{Hampi}, {Karnataka} {583239}
jp | 小布施町 | 〒{381-0201} {長野県}{上高井郡}{小布施町}{小布施1002-3} | 026-247-3315
jp | 白川村 | 〒{501-5627} {岐阜県}{大野郡}{白川村}{荻町354}
kr | 담양군 | {전라남도} {담양군} {담양읍} {죽향대로 1234}, {101동 502호} ({57339}) | 061-381-2290
kr | 양양군 | {강원특별자치도} {양양군} {현남면} {인구길 42} ({25016})
cn | 周庄镇 | {江苏省}{昆山市}{周庄镇}{全福路88号}
cn | 乌镇 | {浙江省}{桐乡市}{乌镇}{西栅大街17号}
vn | Sa Pa | {Số 12, đường Cầu Mây}, thị xã {Sa Pa}, tỉnh {Lào Cai}
vn | Mai Châu | {Bản Lác}, thị trấn {Mai Châu}, tỉnh {Hòa Bình}
vn | Phong Nha | {Số 45, đường Nguyễn Tất Thành}, thị trấn {Phong Nha}, huyện {Bố Trạch}, tỉnh {Quảng Bình}
ph | Sagada | {Blk 4 Lot 12}, {Brgy. Poblacion}, {Sagada}, {Mountain Province} {2619}
ph | Dolores | {Purok 2}, {Brgy. Kinabuhayan}, {Dolores}, {Quezon} {4326}
id | Ubud | {Jl. Raya Ubud No. 18}, {RT 02/RW 05}, {Ubud}, {Gianyar}, {Bali} {80571}
id | Senggigi | {Jl. Raya Senggigi No. 7}, {Senggigi}, {Lombok Barat}, {NTB} {83355}
id | Pakem | {Jl. Kaliurang Km 22}, {Pakem}, {Sleman}, {DI Yogyakarta} {55582}
th | ปาย | {123 หมู่ 4} ต.{เวียงใต้} อ.{ปาย} จ.{แม่ฮ่องสอน} {58130}
th | เชียงคาน | {56/2 หมู่ 7} ต.{เชียงคาน} อ.{เชียงคาน} จ.{เลย} {42110}
br | Pirenópolis | {Rua do Rosário, 57}¦{Centro}¦{Pirenópolis} - {GO}¦{72980-000}
br | São Luiz do Paraitinga | {Rua Cel. Domingues de Castro, 210}¦{São Luiz do Paraitinga} - {SP}¦{12140-000} | (12) 3671-2294
br | Cunha | {Rua Dr. Paulo Souza, 44}, {apto 12}¦{Cunha} - {SP}, {12530-000}
mx | Tepoztlán | {Calle Hidalgo 45}, {Col. Centro}¦{62520} {Tepoztlán}, {Mor.}
mx | Bacalar | {Av. 5 Sur 118}¦{77930} {Bacalar}, {Q. Roo}
ar2 | Tilcara | {Belgrano 345}¦{Y4624} {Tilcara}, {Jujuy}
co | Barichara | {Carrera 7 # 5-32}¦{Barichara}, {Santander}
za | Greyton | {14 Main Road}¦{Greyton}¦{7233} | 028 254 9137
za | Clarens | {6 Naude Street}¦{Clarens}¦{9707}
ng | Idanre | {No. 7, Oke-Ado Street}¦{Idanre}¦{Ondo State}
ke | Lamu | {P.O. Box 214-80500}¦{Lamu}
ae | حتا | {فيلا 14}، {شارع 3}، {حتا}، {دبي} | 04 852 1137
sa | العلا | {حي العزيزية}، {شارع أنس بن مالك}، {العلا} {43544}
sa | أملج | {حي الشاطئ}، {شارع الملك عبدالعزيز}، {أملج} {48321}
ae | دبا الفجيرة | {فيلا 22}، {شارع المستشفى}، {دبا الفجيرة}، {الفجيرة}
il | ראש פינה | {רחוב החלוצים 8}, {ראש פינה} | 04-693-1185
il | יבנאל | {רחוב הרצל 22}, {דירה 4}, {יבנאל}
hu | Tihany | {8237} {Tihany}, {Kossuth Lajos utca 14.} | 06 87 448 120
hu | Visegrád | {2025} {Visegrád}, {Fő utca 31.}
cz | Český Krumlov | {Latrán 54}¦{381 01} {Český Krumlov}
cz | Telč | {náměstí Zachariáše z Hradce 12}¦{588 56} {Telč}
se | Borgholm | {Storgatan 8}¦{387 31} {Borgholm} | 0485-132 40
se | Mariefred | {Kyrkogatan 5}¦{647 30} {Mariefred}
no | Risør | {Kragsgata 14}¦{4950} {Risør} | 37 15 02 96
no | Røros | {Kjerkgata 28}¦{7374} {Røros}
dk | Ærøskøbing | {Vestergade 22}¦{5970} {Ærøskøbing}
fi | Kaskinen | {Rantakatu 4}¦{64260} {Kaskinen}
"""


class Address:
    def __init__(self, cc, town, lines, landline=""):
        self.cc, self.town_name, self.landline = cc, town, landline
        self.lines = [braces(x) for x in lines.split("¦")]
        self.key = f"{cc}:{lines}"

    @property
    def town(self):
        return L(self.town_name)

    def block(self, sep=NL):
        return sep.join(self.lines)

    def inline(self):
        return ", ".join(self.lines)

    @property
    def street(self):
        return self.lines[0]


def parse_addresses():
    out = {}
    for line in ADDRESS_TABLE.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        a = Address(*cells)
        assert a.town in a.block(), a.town_name
        out.setdefault(a.cc, []).append(a)
    return out


ADDRS = parse_addresses()

# ---------------------------------------------------------------- phones, national format, no country code

PHONE_TABLE = """
gb | 07912 448306 | 07783 215940 | 07454 603118 | 07301 889 427 | 07825 116 093
gb | 07940 372615 | 07412 339 580 | 07867 551204 | 07538 902 664
gb | 07723 486150 | 07398 114 726 | 07480 662913 | 07956 230 418 | 07511 843 092
ie | 087 412 6630 | 086 309 4418 | 085 117 2093
us | (217) 408-3316 | (971) 238-4410 | (786) 302-5519 | (406) 871-2093
ca | (506) 471-3308 | (250) 319-8842
au | 0412 558 903 | 0438 901 227
nz | 021 448 3920 | 027 305 8841 | 022 318 7745
de | 0171 4482931 | 0152 23847106 | 0176 / 3349 1820 | 0160 97342281
at | 0664 331 2087 | 0676 4419283
ch | 079 412 33 08 | 076 388 21 45
fr | 06 12 48 93 70 | 07 68 31 22 49 | 06 71 38 52 09
be | 0472 31 88 05 | 0494 62 17 30
nl | 06-41832907 | 06 2837 4410
es | 612 48 93 07 | 679 310 284 | 655 207 931
pt | 913 482 076 | 962 118 405
it | 338 412 9075 | 347 220 6913 | 333 871 2046 | 329 604 1183
pl | 512 448 903 | 603 918 224 | 696 307 451 | 728 340 915
ro | 0742 118 396 | 0723 905 441
lt | 8 612 44839 | 8 686 20173
lv | 29 418 337
bg | 0888 412 637 | 0899 305 118
gr | 694 412 8830 | 6977 215 904
tr | 0532 418 27 66 | 0544 903 15 08
ru | 8 (915) 412-33-08 | 8 916 207 44 19
ua | 067 412 3388 | (097) 301-22-57
in | 98450 12376 | 094258 31607 | 99801 44273
jp | 090-4128-3377 | 080-2259-6140
kr | 010-3921-5486 | 010 7745 2093
cn | 138 1248 7736 | 159-0671-2284 | 186 5732 0419
vn | 0912 448 306 | 0983 207 115
ph | 0917 448 3061 | 0928 115 7402
id | 0812-4483-0617 | 0857 2291 3380
th | 081 392 7745 | 089-115-2064
br | (62) 99812-4307 | (12) 99634-1180
mx | 739 395 2108 | 983 117 4462
ar2 | 388 15 449-2217
co | 315 702 4418
za | 082 713 2290 | 073 519 4482
ng | 0803 712 4490 | 0816 225 9013
ke | 0722 583 104
gh | 024 418 3307
ae | 050 771 2094 | 055 903 4417
sa | 055 312 8840
il | 052-771-2943 | 054-630-1187
eg | 0100 448 2917
hu | 06 30 412 8837 | 06 20 391 5572
cz | 737 291 046
sk | 0905 412 337
se | 070-412 88 37 | 073-518 20 64
no | 412 88 374 | 926 04 518
dk | 41 28 83 74
fi | 040 412 8837 | 050 339 2147
np | 9841-302718
al | 069 412 8837
gb | 07700 158 342 | 07843 670 215 | 07392 418 556 | 07985 031 774 | 07528 364 190 | 07419 827 603 | 07861 240 937 | 07309 572 418
ie | 083 440 9127 | 089 271 3365
pl | 501 227 394 | 664 913 208 | 785 402 116
cn | 139 0572 6614 | 152 3318 9047 | 177 0291 5563
br | (24) 98113-5520 | (62) 98407-2231 | (12) 98870-4165
it | 340 558 1127 | 392 716 0458
tr | 0505 271 84 39 | 0555 618 02 74
in | 97311 52840 | 88604 21937
kr | 010-5503-8127 | 010-2268-9041
jp | 070-3381-5527 | 090-6672-1034
es | 644 81 27 39 | 722 410 586
fr | 06 44 27 81 05 | 07 81 16 59 42
de | 0157 73920418 | 0162 4418307
ro | 0751 264 883 | 0766 031 259
ua | 050 418 27 96 | 093 662 15 40 | 068 203 71 19
ru | 8 (926) 118-40-73
gr | 697 330 5812
vn | 0903 551 284 | 0868 217 490
ph | 0906 332 8815
id | 0813-9027-4415
th | 086 551 2093
ae | 052 618 3390
us | (573) 209-4418
au | 0417 362 845
at | 0650 218 4476
ch | 078 604 19 23
nl | 06-13570482
pt | 935 207 164
cz | 604 218 375
lt | 8 655 31904
bg | 0877 204 391
mx | 55 3120 4486
za | 061 447 2093
ng | 0706 228 1047
il | 050-318-4471
hu | 06 70 218 4459
se | 076-220 41 93
no | 993 41 207
fi | 044 318 2276
gb | 07751 093 284 | 07880 412 659 | 07463 208 117 | 07934 776 502 | 07562 318 940 | 07718 205 463
gb | 07824 559 031 | 07377 640 182 | 07909 133 758 | 07456 821 370 | 07592 047 816 | 07806 374 229
gb | 07428 916 305 | 07973 502 861 | 07318 664 095 | 07745 280 613 | 07869 431 570 | 07503 912 448
id | 0878-3316-2094 | 0821 4470 5183
gb | 07852 190 734 | 07366 418 205 | 07921 655 038 | 07480 307 926 | 07738 842 151
gb | 07577 026 389 | 07815 963 447 | 07404 511 862 | 07956 784 210 | 07628 330 517
fr | 06 58 20 44 13 | 07 49 63 08 27
es | 611 305 972 | 688 214 530
ie | 087 933 5108
"""


def parse_phones():
    out = {}
    for line in PHONE_TABLE.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        out.setdefault(cells[0], []).extend(cells[1:])
    return out


PHONES = parse_phones()

# ---------------------------------------------------------------- dates of birth (y, m, d), typed by hand

DOBS = [
    (1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22), (1974, 12, 30), (1983, 6, 19),
    (1997, 1, 27), (1969, 8, 2), (1990, 10, 11), (1985, 4, 25), (1958, 2, 17), (2004, 7, 9), (1977, 9, 29),
    (1995, 12, 3), (1981, 1, 15), (1972, 6, 6), (1999, 4, 18), (1962, 11, 21), (1986, 8, 31), (2003, 5, 12),
    (1993, 2, 28), (1975, 10, 4), (1968, 3, 9),
]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


def fmt_date(dt, style):
    y, m, d = dt
    if style == "dmy/":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "mdy/":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "us_long":
        return f"{MONTHS['en'].split()[m - 1][:3]} {d}, {y}"
    if style == "ymd.":
        return f"{y}.{m:02d}.{d:02d}."
    if style == "cjk":
        return f"{y}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "de_long":
        return f"{d}. {MONTHS['de'].split()[m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{d} de {MONTHS[style].split()[m - 1]} de {y}"
    if style in ("en", "fr", "it", "nl"):
        return f"{d} {MONTHS[style].split()[m - 1]} {y}"
    raise ValueError(style)


# ---------------------------------------------------------------- identifiers, worked out once and typed in
# kind -> (value, date of birth or None, sex or None, person key or None)

IDS = {
    "nino": [("JT 48 21 93 C", None, None, None), ("NP 63 07 14 B", None, None, None),
             ("SH 71 52 08 D", None, None, None), ("KM 29 84 61 A", None, None, None),
             ("WL 05 38 72 C", None, None, None), ("RE 94 16 27 B", None, None, None),
             ("PX 38 19 06 A", None, None, None), ("HB 72 40 55 D", None, None, None),
             ("TC 57 83 21 B", None, None, None), ("ZE 16 49 30 A", None, None, None),
             ("LA 81 26 74 C", None, None, None), ("MY 40 95 12 D", None, None, None),
             ("BR 26 48 19 C", None, None, None), ("EH 91 03 67 A", None, None, None),
             ("GW 44 72 18 B", None, None, None), ("JK 07 55 31 D", None, None, None)],
    "utr": [("2482917365", None, None, None), ("5173064829", None, None, None), ("1905318274", None, None, None),
            ("7640183927", None, None, None), ("6529103746", None, None, None), ("3817365042", None, None, None)],
    "pesel": [("91031405836", (1991, 3, 14), "m", None), ("87112702462", (1987, 11, 27), "f", None),
              ("02260519171", (2002, 6, 5), "m", None), ("92071204597", (1992, 7, 12), "m", None),
              ("88012303865", (1988, 1, 23), "f", None), ("85042213740", (1985, 4, 22), "f", None)],
    "cnp": [("1850912324177", (1985, 9, 12), "m", None), ("2930407380562", (1993, 4, 7), "f", None),
            ("1871215043264", (1987, 12, 15), "m", None), ("2911101270453", (1991, 11, 1), "f", None)],
    "lt": [("38805210413", (1988, 5, 21), "m", None), ("49208170525", (1992, 8, 17), "f", None)],
    "egn": [("7902143578", (1979, 2, 14), "f", None), ("8609304628", (1986, 9, 30), "m", None),
            ("8811035240", (1988, 11, 3), "m", None)],
    "amka": [("12078044174", (1980, 7, 12), None, None), ("03039144153", (1991, 3, 3), None, None),
             ("22117583215", (1975, 11, 22), None, None)],
    "tckn": [("38492057110", None, None, None), ("57203918410", None, None, None), ("21964830564", None, None, None),
             ("46103829520", None, None, None), ("19384760288", None, None, None), ("80521673440", None, None, None)],
    "cpf": [("482.917.365-37", None, None, None), ("730.165.248-80", None, None, None),
            ("519.284.037-60", None, None, None), ("284.610.395-05", None, None, None)],
    "ptnif": [("238 419 657", None, None, None), ("194 720 381", None, None, None),
              ("259 041 831", None, None, None), ("216 730 481", None, None, None)],
    "nie": [("Y-4827163-Y", None, None, None), ("X7316482K", None, None, None), ("Z2094817M", None, None, None),
            ("Y5830264P", None, None, None)],
    "cf": [("FBBGLI90E63A662X", (1990, 5, 23), "f", "it:Giulia Fabbri"),
           ("SPSSVT78S02F839U", (1978, 11, 2), "m", "it:Salvatore Esposito"),
           ("MRTMRC83B09H501E", (1983, 2, 9), "m", "it:Marco Muratori"),
           ("LBNCHR95R70G273Y", (1995, 10, 30), "f", "it:Chiara Lo Bianco")],
    "ssn": [("412-58-3907", None, None, None), ("529-71-0384", None, None, None), ("638-24-9150", None, None, None)],
    "eid": [("784-1987-4829163-4", (1987, None, None), None, None), ("784-1990-1748263-1", (1990, None, None), None, None),
            ("784-1985-6305917-3", (1985, None, None), None, None)],
    "aadhaar": [("4829 3716 5024", None, None, None), ("7391 4628 0534", None, None, None),
                ("3816 2049 5738", None, None, None), ("5620 3817 4466", None, None, None)],
    "cnid": [("33052119860714381X", (1986, 7, 14), "m", None), ("330521197903220424", (1979, 3, 22), "f", None),
             ("411526198809157630", (1988, 9, 15), "m", None)],
    "passport_gb": [("548193027", None, None, None), ("611820473", None, None, None), ("120948376", None, None, None)],
    "passport_other": [("RO 058213947", None, None, None), ("UA FT482913", None, None, None),
                       ("NP PA0948213", None, None, None), ("IN K4829137", None, None, None),
                       ("PH P4829137A", None, None, None)],
}

IBANS = {
    "gb": ["GB69 NWBK 5600 3847 1930 52", "GB98BARC20714563018294", "GB15 MIDL 4012 7891 5630 42",
           "GB98 NWBK 6083 0749 2183 65"],
    "pl": ["PL10 1050 1487 0000 9120 4873 6152", "PL09114020200040001823964175", "PL39 1020 5587 0000 3120 4918 5736"],
    "ro": ["RO19 BTRL 0320 1205 K482 37XX", "RO51INGB0001000000418273", "RO83RNCB0071048293650001"],
    "lt": ["LT62 7300 0101 4827 3916"],
    "pt": ["PT50 0035 0182 0004 8291 7304 8"],
    "ie": ["IE88 BOFI 9058 3248 1729 03"],
    "bg": ["BG43 UNCR 7000 1524 8371 62", "BG78STSA93000017482936"],
    "nl": ["NL20 RABO 3482 7196 08"],
}
CARDS = ["4929 1374 0582 1638", "5352 1840 6627 3199"]
IPS = ["86.142.73.19", "81.109.224.56", "2a00:23c7:9b10:4e01:8c2f:61ff:fe3a:1d07", "94.3.187.202", "176.25.14.133",
       "31.52.240.9"]
MRNS = ["K0934471", "RBK-2290381", "H 00482716", "SGH-771093"]

PERSON_BY_KEY = {p.key: p for pool in POOLS.values() for p in pool}


# ---------------------------------------------------------------- drawing: least-used first, never twice in a row


class Draw:
    """Draws for one row: never twice in the row, avoided in the template's other rows, least-used first."""

    def __init__(self, rng, uses, i, tpl_taken):
        self.rng, self.uses, self.i, self.tpl_taken = rng, uses, i, tpl_taken
        self.taken = set()

    def _mark(self, key):
        self.uses[key] += 1
        self.taken.add(key)
        self.tpl_taken.add(key)

    def _pick(self, kind, items, keyf):
        cands = [x for x in items if (kind, keyf(x)) not in self.taken]
        assert cands, kind
        fresh = [x for x in cands if (kind, keyf(x)) not in self.tpl_taken]
        cands = fresh or cands
        low = min(self.uses[(kind, keyf(x))] for x in cands)
        best = [x for x in cands if self.uses[(kind, keyf(x))] == low]
        x = self.rng.choice(best)
        self._mark((kind, keyf(x)))
        return x

    def person(self, spec, sex=None):
        tags = spec if isinstance(spec, (list, tuple)) else GROUPS.get(spec, [spec])
        items = [p for t in tags for p in POOLS[t] if sex is None or p.sex == sex]
        return self._pick("person", items, lambda p: p.key)

    def people(self, spec, n, sex=None):
        return [self.person(spec, sex) for _ in range(n)]

    def the(self, key):
        self._mark(("person", key))
        return PERSON_BY_KEY[key]

    def addr(self, ccs):
        ccs = [ccs] if isinstance(ccs, str) else ccs
        return self._pick("addr", [a for cc in ccs for a in ADDRS[cc]], lambda a: a.key)

    def phone(self, ccs):
        ccs = [ccs] if isinstance(ccs, str) else ccs
        return PH(self._pick("phone", [p for cc in ccs for p in PHONES[cc]], lambda p: p))

    def tel(self, a, ccs=None):
        """The landline that goes with address a, else a mobile of the address's country."""
        if a.landline and ("phone", a.landline) not in self.taken:
            self._mark(("phone", a.landline))
            return PH(a.landline)
        return self.phone(ccs or a.cc)

    def dob(self):
        return self._pick("dob", DOBS, lambda x: x)

    def ident(self, kind):
        return self._pick("id:" + kind, IDS[kind], lambda x: x[0])

    def iban(self, cc):
        return IBAN(self._pick("iban", IBANS[cc], lambda x: x))

    def card(self):
        return CARD(self._pick("card", CARDS, lambda x: x))

    def ip(self):
        return IP(self._pick("ip", IPS, lambda x: x))

    def mrn(self):
        return MRN(self._pick("mrn", MRNS, lambda x: x))

    def nth(self, seq):
        return seq[self.i % len(seq)]

    def pick(self, seq):
        return self.rng.choice(seq)

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)


TEMPLATES = []


def tpl(cls, name, lang, n, case=""):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


WEATHER = ["dry, 11°C, light wind", "showers AM, 8°C", "heavy rain from 13:00, stopped work on scaffold", "sunny, 17°C"]
DAYS = ["Mon 3 March", "Tue 11 March", "Thu 20 March", "Wed 2 April", "Fri 11 April"]

# ================================================================= personal_site


@tpl("personal_site", "site_diary", "en", 2)
def t_site_diary(d):
    p = d.people("site", 5, sex="m")
    bco = d.person("uk")
    job = d.nth(["Job 2417, plots 1–6 (traditional build)", "Job 2431, barn conversion, phase 2",
                 "Job 2440, chapel conversion to 3 flats"])
    return (
        "Can you turn this into a proper daily site report for the client? Keep it factual, no blame.\n\n"
        f"SITE DIARY — {job}\nDate: {d.nth(DAYS)}   Weather: {d.nth(WEATHER)}\n"
        f"Labour: {P(p[0].full)} (groundworks foreman) + 3, {P(p[1].full)} (bricklayer), "
        f"{P(p[2].full)} & {P(p[3].full)} (scaffold, Layher), {P(p[4].full)} (electrician, first fix)\n"
        "Plant: JCB 3CX, Thwaites 6t dumper, Belle Minimix 150\n"
        "Deliveries: 48 bags Portland cement (Tarmac), 2 pallets Ibstock Leicester Red — Jewson short on Catnic lintels\n"
        f"Visitors: building control ({P(bco.full)}), Hilti rep re HIT-RE 500 anchors\n"
        f"Issues: {P(p[1].given)} says the DPC on plot 4 is 20mm low vs drawing A-104 rev C. "
        f"{P(p[0].given)} to check with the engineer tomorrow.\n"
        f"Signed: {P(p[0].full)}"
    )


@tpl("personal_site", "toolbox_signin", "en", 3)
def t_toolbox(d):
    lead = d.person("office")
    p = d.people("site", 4)
    miss = d.people("site", 2)
    topic = d.nth(["Silica dust: wet cutting with the Makita disc cutter and Hilti VC 40 extraction",
                   "Leptospirosis (Weil's disease) and welfare cabins",
                   "HAVS, Raynaud's and trigger time on the Kango breakers",
                   "Cartridge tools: Hilti DX 5 and Spit Pulsa, misfires and ear defenders"])
    cos = ["Apex Dryline Ltd", "in-house", "Northgate Scaffolding", "self-employed (CIS)"]
    rows = NL.join(f"| {k + 1} | {P(x.full)} | {cos[k]} | {d.num(10000000, 99999999)} | ✓ |" for k, x in enumerate(p))
    return (
        f"Toolbox talk sign-in, {d.nth(DAYS)}. Topic: {topic}\nPresented by: {P(lead.full)} (SHEQ)\n\n"
        "| # | Name | Company | CSCS card no. | Signed |\n|---|---|---|---|---|\n"
        f"{rows}\n\n"
        f"Who is missing compared with yesterday's gang sheet? It also had {P(miss[0].full)} and {P(miss[1].full)}. "
        "Draft a short WhatsApp reminder for the ones who missed it."
    )


@tpl("personal_site", "whatsapp_group", "en", 3)
def t_whatsapp(d):
    p = d.people("site", 5, sex="m")
    dd = d.nth(["14/03", "02/04", "23/04"])
    return (
        "Paste from the site WhatsApp group. Pull out a list of actions with who's doing what, please.\n\n"
        f"[06:52, {dd}] {P(p[0].full)}: Morning all, skip's full again, someone ring the skip firm before 8\n"
        f"[06:58, {dd}] {P(p[1].full)}: I'll ring them. Also need 2 more Acrow props on plot 3\n"
        f"[07:04, {dd}] {P(p[2].full)}: @{P(p[0].given)} the Makita 18v charger in the cabin is knackered\n"
        f"[07:11, {dd}] {P(p[0].full)}: ok {P(p[2].given)} grab the spare from my van. "
        f"{P(p[3].given)} can you sign for the Velux delivery at 10\n"
        f"[07:15, {dd}] {P(p[3].full)}: 👍\n"
        f"[07:40, {dd}] {P(p[4].full)}: BCO coming 2pm for the drains, {P(p[1].given)} leave the trench open pls"
    )


@tpl("personal_site", "handover_lower", "en", 4, case="lower")
def t_handover(d):
    cover = d.person("office")
    p = d.people("site", 3, sex="m")
    client = d.person("client", sex="f")
    gate = d.person("site")
    return (
        f"tidy this up into a handover note for {P(cover.given)} who's covering me tomorrow\n\n"
        f"- {P(p[0].full)} (plasterer) in from 7.30, thistle multi-finish back bedroom, his number {d.phone('gb')}\n"
        f"- sparky {P(p[1].full)} second fix kitchen, still waiting on the hager board from the merchants\n"
        f"- {P(p[2].full)} collecting the kango at 3, hire ref on the clipboard\n"
        f"- client {P(client.full)} rang about the crittall doors, said she'll call back, or ring her on {d.phone('gb')}\n"
        f"- gate code changed, ask {P(gate.given)}"
    )


@tpl("personal_site", "bautagebuch", "de", 2)
def t_bautagebuch(d):
    p = d.people("de", 4, sex="m")
    pruef = d.person("de")
    owner = d.person("de")
    a = d.addr(["de", "at", "ch"])
    return (
        "Bitte fasse den Bautagesbericht kurz für den Bauherrn zusammen, ohne Fachchinesisch:\n\n"
        f"Bautagebuch Nr. {d.num(20, 90)} – {d.nth(['12.03.', '03.04.', '24.04.'])}\n"
        f"Bauvorhaben: EFH mit Einliegerwohnung, {a.inline()} (Bauherr: {P(owner.full)})\n"
        f"Wetter: {d.nth(['bedeckt, 9 °C', 'Regen ab Mittag', 'sonnig, 15 °C'])}\n"
        f"Polier: {P(p[0].full)}\n"
        f"Kolonne: {P(p[1].full)}, {P(p[2].full)}, {P(p[3].full)} (Azubi)\n"
        "Geräte: Liebherr 81 K, Stihl TS 420, Hilti TE 3000\n"
        f"Leistungen: Deckenschalung EG gestellt (Doka Dokaflex), Bewehrung abgenommen durch Prüfstatiker {P(pruef.full)}\n"
        f"Besonderheiten: {P(p[2].given)} hat sich an der Flex leicht geschnitten, Eintrag im Verbandbuch."
    )


@tpl("personal_site", "journal_chantier", "fr", 2)
def t_journal(d):
    mo = d.person("fr", sex="m")
    archi = d.person("fr", sex="f")
    cond = d.person("fr")
    plomb = d.person(["fr", "pt", "it"])
    absent = d.person(["fr", "pt", "es"])
    a = d.addr(["fr", "be", "ch"])
    return (
        f"Peux-tu mettre au propre ce compte rendu de réunion de chantier n°{d.num(4, 19)} ?\n\n"
        f"Chantier : extension et surélévation, {a.inline()}\n"
        "Présents :\n"
        f"- M. {P(mo.family)} (maître d'ouvrage)\n"
        f"- Mme {P(archi.full)}, architecte\n"
        f"- {P(cond.full)}, conducteur de travaux (tél. {d.phone(['fr', 'be'])})\n"
        f"- {P(plomb.full)} (lot 05 plomberie)\n"
        f"Absent excusé : {P(absent.full)} (lot 02 maçonnerie)\n\n"
        "1. Gros œuvre : le linteau de la baie côté jardin est à reprendre.\n"
        "2. Plomberie : bâti-supports Geberit posés, essai d'étanchéité vendredi.\n"
        f"3. Menuiseries : retard Velux, livraison annoncée semaine {d.num(14, 22)}."
    )


@tpl("personal_site", "parte_diario", "es", 2)
def t_parte(d):
    jefe = d.person("es")
    p = d.people(["es", "co", "mx", "pe", "ar2"], 4, sex="m")
    a = d.addr(["es", "mx", "ar2", "co"])
    return (
        f"Hazme un resumen del parte diario para mandárselo al jefe de obra, {P(jefe.full)}:\n\n"
        f"PARTE DIARIO DE OBRA – {d.nth(['lunes 10/03', 'miércoles 2/04', 'viernes 25/04'])}\n"
        f"Obra: reforma integral de vivienda, {a.inline()}\n"
        f"Encargado: {P(p[0].full)}\nOficiales: {P(p[1].full)}, {P(p[2].full)}\nPeón: {P(p[3].full)}\n"
        "Trabajos: demolición de tabiquería con martillo Bosch GSH 11, retirada de escombro, replanteo del baño.\n"
        f"Incidencias: {P(p[1].given)} avisa que el contenedor está lleno; llamar a {P(p[3].given)} "
        f"al {d.tel(a)} para el cambio."
    )


@tpl("personal_site", "raport_brygady", "pl", 2)
def t_raport(d):
    p = d.people("pl", 5, sex="m")
    return (
        "Przetłumacz na angielski ten raport dla kierownika budowy (Anglik, nie zna polskiego):\n\n"
        f"Raport dzienny – brygada {P(p[0].family)}\nData: {d.nth(['17.03', '07.04', '28.04'])}\n"
        f"Skład: {P(p[0].full)}, {P(p[1].full)}, {P(p[2].full)}, {P(p[3].full)}\n"
        "Praca: murowanie ścian z bloczków Ytong, nadproża nad oknami, 2 palety zaprawy Atlas.\n"
        f"Uwagi: {P(p[1].given)} jutro na L4, zastępstwo {P(p[4].full)}. "
        "Z kontenera zginął komplet kluczy imbusowych i poziomica Stabila.\n"
        f"Kontakt: {P(p[0].full)}, tel. {d.phone('pl')}"
    )


@tpl("personal_site", "sagyo_nippo", "ja", 2)
def t_nippo(d):
    p = d.people("ja", 4)
    a = d.addr("jp")
    return (
        "以下の作業日報を元請け向けに三行で要約してください。\n\n"
        f"作業日報　{d.nth(['2025年3月18日', '2025年4月8日', '2025年4月22日'])}\n"
        f"現場：{a.inline()}　個人邸新築工事\n"
        f"職長：{P(p[0].full)}\n作業員：{P(p[1].full)}、{P(p[2].full)}、{P(p[3].full)}\n"
        "作業内容：基礎配筋、型枠組立（コマツ PC30 使用）\n"
        f"安全：KY活動実施。{P(p[1].family)}さんが脚立で足を滑らせたが怪我なし（ヒヤリハット）。\n"
        f"連絡先：{P(p[0].full)} {d.phone('jp')}"
    )


@tpl("personal_site", "daily_report_ar", "ar", 2)
def t_daily_ar(d):
    eng = d.person("ar", sex="m")
    fore = d.person("gulf_labour", sex="m")
    worker = d.person("gulf_labour", sex="m")
    owner = d.person("ar")
    a = d.addr(["ae", "sa"])
    eid = f" (رقم الهوية {NID(d.ident('eid')[0])})" if a.cc == "ae" else ""
    return (
        "لخّص التقرير اليومي التالي بالإنجليزية لمدير المشروع:\n\n"
        f"التقرير اليومي للموقع — {d.nth(['16/03/2025', '06/04/2025', '27/04/2025'])}\n"
        f"المشروع: فيلا خاصة، {a.inline()}\n"
        f"مهندس الموقع: م. {P(eng.full)}\n"
        f"المراقب (فورمن): {P(fore.full)}\n"
        "عدد العمال: 23\n"
        "الأعمال المنجزة: صب خرسانة السقف الأول بمضخة Putzmeister، وفحص حديد التسليح بحضور الاستشاري.\n"
        f"ملاحظات: العامل {P(worker.full)}{eid} أصيب بإجهاد حراري وتم نقله إلى العيادة.\n"
        f"للتواصل مع المالك {P(owner.full)}: {d.phone(['ae', 'sa'])}"
    )

# ================================================================= personal_safety

STORIES = [
    "Fell approx. 1.8 m from a Youngman podium while fixing Gyproc to the ceiling, landed on left wrist.",
    "Cut to right palm from a Stanley knife while trimming Celotex boards, 4 stitches.",
    "Struck on the shoulder by a swinging Acrow prop while striking the formwork.",
    "Foot run over by the Thwaites dumper reversing out of the compound, steel toecap took most of it.",
]


@tpl("personal_safety", "accident_report", "en", 3)
def t_accident(d):
    v = d.person("site")
    fa, w1, w2, sm = d.people("site", 4)
    a = d.addr("gb")
    return (
        "Check this accident report before it goes on the RIDDOR portal. Anything missing or unclear?\n\n"
        "ACCIDENT / INCIDENT REPORT\n"
        f"Injured person: {P(v.full)}\n"
        f"Date of birth: {DOB(fmt_date(d.dob(), 'dmy/'))}\n"
        f"Home address: {a.inline()}\n"
        f"Tel: {d.tel(a)}\n"
        f"NI number: {NID(d.ident('nino')[0])}\n"
        f"Occupation: {d.nth(['dryliner', 'labourer', 'formwork carpenter', 'groundworker'])}\n"
        f"What happened: {d.nth(STORIES)}\n"
        f"First aider: {P(fa.full)}\n"
        f"Taken to A&E, hospital no. {d.mrn()}\n"
        f"Witnesses: {P(w1.full)}, {P(w2.full)}\n"
        f"Reported by: {P(sm.full)}, site manager"
    )


@tpl("personal_safety", "near_miss_lower", "en", 3, case="lower")
def t_near_miss(d):
    p = d.people("site", 4, sex="m")
    return (
        f"near miss on the scaff today, can you write it up properly for the h&s file. {P(p[0].full)} left a "
        f"scaffold tube on the lift 3 boards, it rolled off and landed about a metre from {P(p[1].full)} who was "
        f"mixing in the belle. nobody hurt, {P(p[2].given)} saw it all. toolbox talk done after by {P(p[3].full)}. "
        "dont want to get anyone in bother just need it logged"
    )


@tpl("personal_safety", "hot_works_permit", "en", 2)
def t_permit(d):
    holder = d.person("site")
    watch = d.person("site", sex="m")
    auth = d.person("office")
    return (
        "Fill the gaps in this hot works permit from my notes and flag anything that isn't compliant.\n\n"
        f"HOT WORKS PERMIT No. HW-{d.num(100, 999)}\n"
        "Location: level 2 roof, felt upstands by the plant room\n"
        "Work: torch-on felt to upstands (IKO Permaweld)\n"
        f"Issued to: {P(holder.full)}, {d.nth(['Skyline Roofing Ltd', 'self-employed', 'Pennine Flat Roofs'])}\n"
        f"Mobile: {d.phone(['gb', 'ie'])}\n"
        f"Fire watch: {P(watch.full)}, 60 min after finish\n"
        "Extinguishers: 2 x CO2, 1 x foam\n"
        f"Authorised by: {P(auth.full)}\n\n"
        f"Notes: holder says {P(watch.given)} will also do the 2-hour check, but he leaves site at 4."
    )


@tpl("personal_safety", "rams_briefing", "en", 2)
def t_rams(d):
    p = d.people("site", 4)
    by = d.person("office")
    task = d.nth(["Installing Unistrut brackets at high level", "Cutting openings in blockwork with the Stihl saw",
                  "Fixing Kingspan panels from a MEWP"])
    return (
        f"Append these people to the RAMS briefing record for \"{task}\" and give me the table in Markdown:\n"
        f"- {P(p[0].full)}, MEWP operator, IPAF 3a/3b\n"
        f"- {P(p[1].full)}, banksman\n"
        f"- {P(p[2].full)}, {d.nth(['steel fixer', 'M&E fitter', 'cladder'])}\n"
        f"- {P(p[3].full)} (apprentice, 17: note the supervision)\n"
        f"Briefed by {P(by.full)} on {d.nth(DAYS)}. Method statement MS-0{d.num(10, 99)} covers the Hilti DX 5 "
        "and the Genie Z-45 boom."
    )


@tpl("personal_safety", "unfallanzeige", "de", 2)
def t_unfall(d):
    v = d.person(["de", "pl", "tr", "ro"], sex="m")
    w1, w2, eh = d.people("de", 3)
    a = d.addr(["de", "at"])
    return (
        "Kannst du mir helfen, die Unfallanzeige für die BG BAU auszufüllen? Meine Notizen:\n\n"
        f"Verletzter: {P(v.full)}, geb. {DOB(fmt_date(d.dob(), 'dmy.'))}\n"
        f"Anschrift: {a.inline()}\n"
        f"Tel.: {d.tel(a)}\n"
        "Beschäftigt als: Zimmerer seit 2019\n"
        f"Unfall: {d.nth(['11.03.', '02.04.', '23.04.'])} gegen 10:40, beim Abladen von KVH vom Lkw umgeknickt, "
        "danach zum Durchgangsarzt\n"
        f"Zeugen: {P(w1.full)}, {P(w2.full)}\nErsthelfer: {P(eh.full)}"
    )


@tpl("personal_safety", "infortunio", "it", 2)
def t_infortunio(d):
    val, dob, sex, key = d.ident("cf")
    v = d.the(key)
    t, prep = d.people("it", 2)
    nato = "Nata" if sex == "f" else "Nato"
    return (
        "Devo compilare la denuncia di infortunio INAIL, mi sistemi questi dati in una tabella?\n\n"
        f"Lavoratore: {P(v.full)}\nCodice fiscale: {NID(val)}\n{nato} il: {DOB(fmt_date(dob, 'it'))}\n"
        f"Residenza: {d.addr('it').inline()}\nCellulare: {d.phone('it')}\n"
        f"Mansione: {d.nth(['muratore', 'carpentiere', 'piastrellista', 'gruista'])}, ristrutturazione condominio\n"
        "Evento: caduta dal trabattello (altezza ca. 1,5 m), portato al pronto soccorso\n"
        f"Testimone: {P(t.full)}\nPreposto: {P(prep.full)}"
    )


@tpl("personal_safety", "atychima_el", "el", 2)
def t_atychima(d):
    val, dob, _, _ = d.ident("amka")
    v, m = d.people("gr", 2)
    a = d.addr("gr")
    return (
        "Μπορείς να μεταφράσεις στα αγγλικά αυτή την αναφορά ατυχήματος για τον ανάδοχο;\n\n"
        "Αναφορά εργατικού ατυχήματος\n"
        f"Εργαζόμενος: {P(v.full)}\nΑΜΚΑ: {NID(val)}\nΗμ. γέννησης: {DOB(fmt_date(dob, 'dmy/'))}\n"
        f"Διεύθυνση: {a.inline()}\nΤηλ.: {d.tel(a)}\n"
        "Περιγραφή: Κατά την αποξήλωση ψευδοροφής Knauf γλίστρησε από τη σκάλα, τραυματισμός στον καρπό.\n"
        f"Μάρτυρας: {P(m.full)}"
    )


@tpl("personal_safety", "achasago_ko", "ko", 2)
def t_achasago(d):
    p = d.people("ko", 4)
    return (
        "아래 아차사고 보고서를 영어로 번역해 주세요.\n\n"
        "아차사고 보고서\n"
        f"일시: 2025년 {d.nth(['3월 19일', '4월 9일', '4월 30일'])} 14:20\n"
        "장소: 3층 슬래브 단부\n"
        f"발견자: {P(p[0].full)} (반장)\n"
        f"관련 작업자: {P(p[1].full)}, {P(p[2].full)}\n"
        f"내용: 안전난간 일부가 해체된 상태에서 {P(p[1].full)} 씨가 자재 운반 중 미끄러질 뻔함. 부상 없음.\n"
        f"조치: 난간 즉시 복구, TBM 실시 (안전관리자 {P(p[3].full)}, {d.phone('kr')})"
    )


@tpl("personal_safety", "cat_br", "pt", 2)
def t_cat(d):
    v = d.person("br", sex="m")
    t, tst = d.people("br", 2)
    return (
        "Me ajuda a revisar essa CAT antes de mandar pro eSocial?\n\n"
        f"Acidentado: {P(v.full)}\nCPF: {NID(d.ident('cpf')[0])}\n"
        f"Data de nascimento: {DOB(fmt_date(d.dob(), 'dmy/'))}\n"
        f"Endereço: {d.addr('br').inline()}\nTelefone: {d.phone('br')}\n"
        "Função: pedreiro\n"
        "Descrição: corte no antebraço com a serra mármore Makita durante o recorte de porcelanato.\n"
        f"Testemunha: {P(t.full)}\nTécnico de segurança: {P(tst.full)}"
    )


@tpl("personal_safety", "first_aid_lower", "en", 2, case="lower")
def t_first_aid(d):
    fa = d.person("site")
    v = d.person("site", sex="m")
    return (
        f"what do i put in the accident book for this: {P(v.full)} got cement burns on his knees kneeling in wet "
        f"screed all morning, {P(fa.given)} (first aider) washed it off, he went home early. havent recieved "
        "the new eyewash yet either. "
        f"his dob is {DOB(fmt_date(d.dob(), 'dmy/'))} if that matters"
    )

# ================================================================= personal_workforce

WEBMAIL_UK = ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "icloud.com"]


@tpl("personal_workforce", "cis_onboarding", "en", 3)
def t_cis(d):
    p = d.person(["uk", "ie", "pl", "ro", "lt", "pt", "al"], sex="m")
    a = d.addr("gb")
    trade = d.nth(["Roofing", "Plastering", "Groundworks"])
    return (
        "New subbie onboarding form below. Can you check it's complete before I verify him with HMRC for CIS?\n\n"
        "SUBCONTRACTOR DETAILS\n"
        f"Name: {P(p.full)}\n"
        f"Trading as: {P(p.family)} {trade} (sole trader)\n"
        f"UTR: {NID(d.ident('utr')[0])}\n"
        f"NI number: {NID(d.ident('nino')[0])}\n"
        f"Date of birth: {DOB(fmt_date(d.dob(), 'dmy/'))}\n"
        f"Address: {a.inline()}\n"
        f"Mobile: {d.phone('gb')}\n"
        f"Email: {EM(p.email(d.nth(['gf', 'g.f', 'ifam']), d.nth(WEBMAIL_UK), str(d.num(1, 99))))}\n"
        f"CSCS: blue skilled worker card, expires {d.nth(['03/27', '11/26', '08/28'])}\n"
        "Public liability: £5m with Hiscox, certificate attached\n"
        f"Bank (IBAN): {d.iban('gb')}"
    )


@tpl("personal_workforce", "payroll_csv", "en", 3)
def t_payroll(d):
    p = d.people("site", 4)
    n = [d.ident("nino")[0] for _ in range(3)]
    return (
        "Fix this CSV, the CIS column has shifted on one row and a couple of the nets are wrong, definately "
        "check the carpenter:\n\n"
        "name,ni_number,trade,days,day_rate,gross,cis_20,net\n"
        f"{P(p[0].full)},{NID(n[0])},labourer,5,140,700,140,560\n"
        f"{P(p[1].full)},{NID(n[1])},carpenter,4.5,220,990,198,729\n"
        f"{P(p[2].full)},,dryliner,5,200,1000,,800,200\n"
        f"{P(p[3].full)},{NID(n[2])},groundworker,3,180,540,108,423"
    )


@tpl("personal_workforce", "timesheet_lower", "en", 3, case="lower")
def t_timesheet(d):
    p = d.people("site", 4, sex="m")
    rate = d.nth(["18", "19.50", "21"])
    return (
        f"can u add up the hours for the lads this week and tell me what i owe each at £{rate}/hr\n\n"
        f"{P(p[0].full)} mon 8 tue 8 wed 9.5 thu 8 fri 6\n"
        f"{P(p[1].full)} mon 8 tue 0 (dentist) wed 8 thu 8 fri 8\n"
        f"{P(p[2].full)} tue-fri 8 each\n"
        f"{P(p[3].given)} says he did sat 4hrs as well but {P(p[0].given)} reckons it was 3 lol"
    )


@tpl("personal_workforce", "right_to_work", "en", 3)
def t_rtw(d):
    pas = d.ident("passport_other")[0] if d.i else "GB " + d.ident("passport_gb")[0]
    tag = {"RO": "ro", "UA": "ua", "NP": "np", "IN": "in", "PH": "ph", "GB": "uk"}[pas[:2]]
    p = d.person(tag)
    nat = {"ro": "Romanian", "ua": "Ukrainian", "np": "Nepali", "in": "Indian", "ph": "Filipino", "uk": "British"}[tag]
    hr = d.person("office")
    name = p.latin_full() if tag == "ua" else p.full
    return (
        "Right to work check note for the file. Rewrite it neatly and tell me if anything's missing for a Home "
        "Office audit:\n"
        f"Worker: {P(name)}, DOB {DOB(fmt_date(d.dob(), 'dmy/'))}, nationality {nat}\n"
        f"Document: passport no. {NID(pas[3:])}, "
        f"{'original seen and copied' if tag == 'uk' else 'share code checked online'} on {d.nth(DAYS)}\n"
        "Start on site: the following Monday, labourer, Block B\n"
        f"Checked by: {P(hr.full)} (HR), copy saved in Procore > Directory"
    )


@tpl("personal_workforce", "kwestionariusz_pl", "pl", 2)
def t_kwest(d):
    val, dob, sex, _ = d.ident("pesel")
    p = d.person("pl", sex=sex)
    kin = d.person("pl", sex="f" if sex == "m" else "m")
    a = d.addr("pl")
    return (
        "Uzupełnij brakujące pola i przetłumacz na angielski dla biura w Anglii:\n\n"
        "KWESTIONARIUSZ PRACOWNIKA\n"
        f"Imię i nazwisko: {P(p.full)}\nPESEL: {NID(val)}\nData urodzenia: {DOB(fmt_date(dob, 'dmy.'))}\n"
        f"Adres zamieszkania: {a.inline()}\nTelefon: {d.phone('pl')}\n"
        f"Nr konta: {d.iban('pl')}\n"
        f"Stanowisko: {d.nth(['cieśla szalunkowy (Peri, Doka)', 'zbrojarz', 'operator koparki (JCB, Kubota)'])}\n"
        f"Osoba do kontaktu: {P(kin.full)}, tel. {d.tel(a, 'pl')}"
    )


@tpl("personal_workforce", "fisa_ro", "ro", 2)
def t_fisa(d):
    val, dob, sex, _ = d.ident("cnp")
    p = d.person("ro", sex=sex)
    a = d.addr("ro")
    return (
        "Poți să-mi traduci în engleză fișa asta pentru agenția din Londra?\n\n"
        "FIȘĂ DE ANGAJARE\n"
        f"Nume și prenume: {P(p.family.upper() + ' ' + p.given)}\n"
        f"CNP: {NID(val)}\nData nașterii: {DOB(fmt_date(dob, 'dmy.'))}\n"
        f"Domiciliu: {a.inline()}\nTelefon: {d.phone('ro')}\n"
        f"Cont IBAN: {d.iban('ro')}\n"
        f"Meserie: {d.nth(['zidar', 'faianțar'])}, experiență 8 ani, card CSCS în curs"
    )


@tpl("personal_workforce", "anketa_lt", "lt", 2)
def t_anketa(d):
    val, dob, sex, _ = d.ident("lt")
    p = d.person("lt", sex=sex)
    a = d.addr("lt")
    bank = f"Banko sąskaita: {d.iban('lt')}\n" if d.i == 0 else "Banko sąskaita: bus pateikta vėliau\n"
    return (
        "Išversk į anglų kalbą darbuotojo anketą subrangovui:\n\n"
        f"Vardas, pavardė: {P(p.full)}\nAsmens kodas: {NID(val)}\nGimimo data: {DOB(fmt_date(dob, 'iso'))}\n"
        f"Adresas: {a.inline()}\nTel. {d.tel(a, 'lt')}\n{bank}"
        "Specialybė: stogdengys, darbas su Velux ir Lindab skarda"
    )


@tpl("personal_workforce", "danni_bg", "bg", 2)
def t_danni(d):
    val, dob, sex, _ = d.ident("egn")
    p = d.person("bg", sex=sex)
    a = d.addr("bg")
    return (
        "Преведи на английски данните на работника за фирмата във Великобритания:\n\n"
        f"Име: {P(p.full)}\nЕГН: {NID(val)}\nДата на раждане: {DOB(fmt_date(dob, 'dmy.'))} г.\n"
        f"Адрес: {a.inline()}\nТелефон: {d.phone('bg')}\nIBAN: {d.iban('bg')}\n"
        "Професия: шпакловчик / монтаж на гипсокартон Knauf"
    )


@tpl("personal_workforce", "hajiri_hi", "hi", 2)
def t_hajiri(d):
    thek = d.person("hi", sex="m")
    p = d.people("hi", 2)
    aad = d.ident("aadhaar")[0]
    return (
        "इस हाजिरी रजिस्टर को अंग्रेज़ी तालिका में बदल दो, ठेकेदार को भेजना है:\n\n"
        f"ठेकेदार: {P(thek.full)} (मो. {d.phone('in')})\n"
        f"1. {P(p[0].full)} – राजमिस्त्री – 6 दिन – आधार {NID(aad)}\n"
        f"2. {P(p[1].full)} – बेलदार – 5 दिन – मो. {d.phone('in')}\n"
        f"   पता: {d.addr('in').inline()}\n"
        "3. सीमेंट: अल्ट्राटेक 40 बोरी, सरिया टाटा टिस्कॉन 12mm\n"
        f"भुगतान {P(thek.given)} जी के खाते में शनिवार को होगा।"
    )


@tpl("personal_workforce", "w9_1099", "en", 2)
def t_w9(d):
    p = d.person("us")
    a = d.addr("us")
    return (
        "Sole-prop sub sent me this for his W-9. Is there enough here for the 1099-NEC, and what's missing?\n\n"
        f"Name: {P(p.full)}\nBusiness name: {P(p.family)} Drywall & Paint\n"
        f"SSN: {SSN(d.ident('ssn')[0])}\n"
        f"Address: {a.block(NL + '         ')}\n"
        f"Phone: {d.tel(a)}\n"
        f"Email: {EM(p.email('ifam', d.nth(['gmail.com', 'yahoo.com']), str(d.num(10, 89))))}"
    )


@tpl("personal_workforce", "alta_trabajador_es", "es", 2)
def t_alta(d):
    p = d.person(["co", "mx", "ar2", "pe", "ro", "es"])
    a = d.addr("es")
    return (
        "Revisa estos datos para el alta en la Seguridad Social del nuevo peón, ¿falta algo?\n\n"
        f"Nombre: {P(p.full)}\nNIE: {NID(d.ident('nie')[0])}\n"
        f"Fecha de nacimiento: {DOB(fmt_date(d.dob(), 'dmy/'))}\n"
        f"Domicilio: {a.inline()}\nMóvil: {d.phone('es')}\n"
        "Categoría: peón especialista, convenio de la construcción, curso PRL de 20 h hecho"
    )


@tpl("personal_workforce", "ficha_pt", "pt", 2)
def t_ficha(d):
    p = d.person("pt")
    a = d.addr("pt")
    bank = f"IBAN: {d.iban('pt')}" if d.i == 0 else "IBAN: envia depois por SMS"
    return (
        "Traduz para inglês esta ficha de trabalhador destacado para a obra em Inglaterra:\n\n"
        f"Nome: {P(p.full)}\nNIF: {NID(d.ident('ptnif')[0])}\n"
        f"Data de nascimento: {DOB(fmt_date(d.dob(), 'pt'))}\n"
        f"Morada: {a.inline()}\nTelemóvel: {d.phone('pt')}\n{bank}\n"
        "Função: carpinteiro de cofragem, 12 anos de experiência (Mota-Engil, Teixeira Duarte)"
    )


@tpl("personal_workforce", "puantaj_tr", "tr", 2)
def t_puantaj(d):
    p = d.people("tr", 2, sex="m")
    sef = d.person("tr")
    usta = d.person("tr", sex="m")
    return (
        f"Bu puantaj notunu İngilizce tabloya çevirir misin? Şantiye şefi {P(sef.full)} istiyor.\n\n"
        f"1) {P(p[0].full)} – TC: {NID(d.ident('tckn')[0])} – kalıpçı – 26 gün\n"
        f"2) {P(p[1].full)} – TC: {NID(d.ident('tckn')[0])} – demirci – 24 gün, 2 gün raporlu\n"
        f"Ustabaşı: {P(usta.given)} usta, cep {d.phone('tr')}"
    )


@tpl("personal_workforce", "huamingce_zh", "zh", 2)
def t_huamingce(d):
    val, dob, sex, _ = d.ident("cnid")
    p = d.person("zh", sex=sex)
    boss = d.person("zh", sex="m")
    return (
        "帮我把这份工人花名册整理成表格，项目部要备案：\n\n"
        f"姓名：{P(p.full)}\n身份证号：{NID(val)}\n出生日期：{DOB(fmt_date(dob, 'cjk'))}\n"
        f"工种：{d.nth(['钢筋工', '木工'])}\n联系电话：{d.phone('cn')}\n"
        f"班组长：{P(boss.full)}，电话 {d.phone('cn')}"
    )

# ================================================================= personal_clients


@tpl("personal_clients", "delay_email", "en", 4)
def t_delay(d):
    c = d.person("client", sex="f")
    b = d.person("site", sex="m")
    dom = d.nth(WEBMAIL_UK)
    return (
        "Draft a calm reply to this. The delay is down to the Velux roof windows being on backorder and two days "
        "lost to rain, nothing else.\n\n"
        f"> From: {P(c.full)} <{EM(c.email(d.nth(['g.f', 'gf', 'f.g']), dom))}>\n"
        "> Subject: Re: kitchen extension - when are you actually finishing??\n>\n"
        f"> Hi {P(b.given)},\n"
        "> You told us the roof would be on by the end of last week. It's still under a tarp and the kids' bedroom "
        "ceiling has a damp patch. My husband and I paid the second stage payment on time and nothing has moved.\n"
        f"> Please ring me today on {d.phone('gb')}.\n> {P(c.given)}"
    )


@tpl("personal_clients", "variation", "en", 2)
def t_variation(d):
    c = d.person("client", sex="f")
    sp = d.person("site", sex="m")
    a = d.addr("gb")
    return (
        "Write up a variation for the extra work below so the client can sign it, and price it from my notes.\n\n"
        f"Client: {P(c.full)}, {a.inline()}\n"
        "Contract: single-storey rear extension, JCT Minor Works 2016\n"
        "Variation 3: Crittall-style steel doors instead of the bifolds, an extra double socket and a Hager RCBO.\n"
        f"Notes: steel doors +£2,850 supply, fitting 1.5 days at £320/day. {P(sp.full)} (sparky) says £140 for the "
        f"socket. {P(c.given)} asked if we can still finish by the {d.nth(['20th', '28th', '2nd'])}, tell her "
        "one extra week."
    )


@tpl("personal_clients", "invoice_check", "en", 3)
def t_invoice(d):
    t = d.person(["uk", "ie", "pl", "gh"], sex="m")
    c = d.person("client")
    a = d.addr(["gb", "ie"])
    return (
        "Check the VAT and totals on this invoice before I send it:\n\n"
        f"INVOICE 2025-0{d.num(100, 399)}\n"
        f"From: {P(t.full)} t/a {P(t.family)} Plumbing & Heating\n"
        f"To: {P(c.full)}\n{a.block()}\nTel: {d.tel(a)}\n\n"
        "Supply & fit Worcester Bosch Greenstar 4000 30kW combi ..... £2,340.00\n"
        "MagnaClean filter and Hive thermostat ...................... £285.00\n"
        "Powerflush (Kamco) ......................................... £380.00\n"
        "Subtotal £3,005.00 | VAT 20% £610.00 | Total £3,615.00"
    )


@tpl("personal_clients", "snagging_list", "en", 3)
def t_snagging(d):
    buyer = d.person("client")
    a = d.addr("gb")
    dom = d.nth(WEBMAIL_UK[1:])
    return (
        "Turn this into a snagging table I can send to the site manager, grouped by room:\n\n"
        f"Plot {d.num(12, 48)}, {a.inline()}. Purchaser {P(buyer.full)}, completion next month\n"
        f"Contact: {d.phone('gb')} / {EM(buyer.email('g_f', dom, str(d.num(1, 9))))}\n"
        "- hall: Allen key for the Crittall-style door missing, skirting gap by the stairs\n"
        "- kitchen: Howdens wall unit door not closing, Hansgrohe tap dripping\n"
        "- bathroom: Ideal Standard bath panel scratched, no silicone round the Grohe valve\n"
        "- bed 2: Velux blind not fitted, 2 Phillips screws proud on the window board\n"
        "- outside: Marshalls paving slab rocking by the back door"
    )


@tpl("personal_clients", "skip_booking", "en", 2)
def t_skip(d):
    c = d.person("client")
    a = d.addr("gb")
    return (
        "Write a confirmation text for this skip booking, short, no card details in the text obviously:\n\n"
        f"Phone booking, 8yd builder's skip\nCustomer: {P(c.full)}\nDelivery: {a.inline()}\n"
        "On the road outside, so council permit needed (5 working days)\n"
        f"Contact: {d.phone('gb')}\nPaid by card {d.card()}, exp {d.nth(['09/27', '04/28'])}\n"
        "Waste: plasterboard separate (Gyproc offcuts), no asbestos"
    )


@tpl("personal_clients", "rogue_builder_lower", "en", 3, case="lower")
def t_rogue(d):
    b = d.person(["uk", "ie"], sex="m")
    n = d.person("client", sex="f")
    a = d.addr("gb")
    return (
        f"my builder {P(b.full)} took a £4k deposit for a loft conversion with a mansard roof and hasnt turned up "
        f"for 3 weeks. his number {d.phone('gb')} just rings out. my neighbour {P(n.given)} says he did the same to "
        f"her sister. what are my options? trading standards? im at {a.inline()}"
    )


@tpl("personal_clients", "devis_fr", "fr", 2)
def t_devis(d):
    c = d.person("fr")
    a = d.addr("fr")
    return (
        "Rédige une réponse polie à ce client qui conteste notre devis :\n\n"
        f"> De : {P(c.full)} <{EM(c.email(d.nth(['g.f', 'gf', 'f.g']), d.nth(['orange.fr', 'free.fr', 'laposte.net'])))}>\n"
        "> Objet : Devis rénovation salle de bain\n>\n"
        "> Bonjour, je trouve votre devis de 9 800 € très élevé comparé à celui de Leroy Merlin. Le receveur Kinedo "
        "et la robinetterie Grohe sont-ils compris ? Pouvez-vous repasser samedi au "
        f"{a.inline()} ? Mon portable : {d.phone('fr')}.\n> Cordialement,\n> {P(c.full)}"
    )


@tpl("personal_clients", "kundenanfrage_de", "de", 2)
def t_kunde(d):
    c = d.person("de")
    a = d.addr(["de", "at", "ch"])
    return (
        "Schreib mir bitte ein kurzes Angebot als Antwort auf diese Anfrage (Dachsanierung, ca. 140 m²):\n\n"
        f"Guten Tag, hier ist {P(c.full)}. Wir haben ein Haus von 1962 in {a.town} gekauft und das Dach "
        "(Biberschwanz) ist undicht. Wir hätten gern Velux-Fenster und eine Dämmung mit Steinwolle. "
        f"Adresse: {a.inline()}. Erreichbar unter {d.tel(a)}, am besten abends."
    )


@tpl("personal_clients", "preventivo_it", "it", 2)
def t_preventivo(d):
    c = d.person("it", sex="f")
    a = d.addr("it")
    return (
        "Mi aiuti a rispondere a questa cliente? Vuole sapere se rientra nel bonus ristrutturazioni.\n\n"
        f"«Buongiorno, sono {P(c.full)}. Abbiamo un trullo in {a.inline()} e vorremmo rifare il bagno e il tetto. "
        f"Il geometra {P(d.person('it', sex='m').full)} ci ha detto che serve la CILA. Mi può chiamare al "
        f"{d.phone('it')}? Grazie, {P(c.given)}»"
    )


@tpl("personal_clients", "obra_whatsapp_br", "pt", 2, case="lower")
def t_obra_br(d):
    c = d.person("br", sex="f")
    pedreiro = d.person("br", sex="m")
    a = d.addr("br")
    return (
        "me ajuda a responder essa cliente no whatsapp, educado mas firme:\n\n"
        f"[09:14] {P(c.full)}: bom dia! o {P(pedreiro.given)} falou que o porcelanato portobello não chegou, "
        f"é verdade? a obra aqui na {a.inline()} tá parada desde terça\n"
        f"[09:15] {P(c.full)}: me liga no {d.phone('br')} por favor"
    )


@tpl("personal_clients", "shiputz_he", "he", 1)
def t_shiputz(d):
    c = d.person("he")
    k = d.person("he", sex="m")
    a = d.addr("il")
    return (
        "תנסח לי תשובה מנומסת ללקוח הזה, הקבלן שלנו מאחר בגלל המלט:\n\n"
        f"\"שלום, מדבר/ת {P(c.full)}. השיפוץ בדירה ב{a.inline()} היה אמור להסתיים לפני שבועיים. "
        f"הקבלן {P(k.full)} לא עונה לטלפון. אפשר לחזור אליי ל-{d.tel(a, 'il')}?\""
    )


@tpl("personal_clients", "zhuangxiu_zh", "zh", 1)
def t_zhuangxiu(d):
    c = d.person("zh")
    f = d.person("zh", sex="m")
    a = d.addr("cn")
    return (
        "帮我回复这位业主的投诉，语气要客气：\n\n"
        f"业主{P(c.full)}：我家在{a.inline()}，装修已经拖了三周，瓷砖（东鹏）还没到，"
        f"工长{P(f.full)}电话一直打不通。请尽快回电 {d.phone('cn')}。"
    )


@tpl("personal_clients", "remont_ru", "ru", 1)
def t_remont(d):
    c = d.person("ru")
    b = d.person("ru", sex="m")
    a = d.addr("ru")
    return (
        "Помоги ответить заказчику, вежливо, но объясни про задержку поставки гипсокартона Knauf:\n\n"
        f"«Здравствуйте, это {P(c.full)}. Ремонт на даче ({a.inline()}) стоит уже неделю. "
        f"Бригадир {P(b.family)} не берёт трубку. Перезвоните мне: {d.phone('ru')}.»"
    )


@tpl("personal_clients", "taglish_reno", "tl", 2, case="lower")
def t_taglish(d):
    c = d.person("ph", sex="f")
    f = d.person("ph", sex="m")
    a = d.addr("ph")
    return (
        f"pa-translate sa english, ipapasa ko sa contractor: hello po, si {P(c.full)} po ito. yung bubong po namin "
        f"sa {a.inline()} tumutulo pa rin kahit pinalitan na ni {P(f.given)} yung yero last week. "
        f"paki-text po ako sa {d.phone('ph')} kung kailan kayo babalik. salamat po"
    )

# ================================================================= personal_planning

@tpl("personal_clients", "quick_lower", "en", 3, case="lower")
def t_quick(d):
    p = d.person("site", sex="m")
    c = d.person("client")
    return d.nth([
        (f"pls write a text to {P(p.full)} ({d.phone('gb')}) telling him the scaff tag is out of date and no one "
        "goes up till it's re-inspected"),
        (f"remind me what to say to {P(c.full)} about the 5% retention, they're asking why we haven't paid it back "
        "yet and the defects period isn't up"),
        (f"{P(p.given)} the roofer wants paying cash for the mansard dormer, is that a problem for cis? his number "
        f"is {d.phone('gb')} if u need to draft something"),
    ])

@tpl("personal_clients", "overseas_enquiry", "en", 3)
def t_overseas(d):
    c = d.person(["au", "nz", "ca", "za", "ng", "ke", "us"])
    n = d.person(["au", "nz", "ca", "za", "ng", "ke", "us"], sex="f")
    a = d.addr(["au", "nz", "ca", "za", "ng", "ke", "us"])
    return (
        "Help me reply to this website enquiry. We don't work that far out, but I want to tell them to get three "
        "quotes and check the builder is licensed.\n\n"
        f"> From: {P(c.full)} <{EM(c.email(d.nth(['g.f', 'gf', 'f.g']), d.nth(['gmail.com', 'outlook.com', 'yahoo.com'])))}>\n"
        f"> Hi, we've just bought a 1970s house at {a.inline()} and want to knock through the kitchen wall. Is it "
        f"load-bearing if the ceiling joists run across it? Our neighbour {P(n.given)} reckons her builder can do it "
        f"for cash next week. Best number is {d.tel(a)}.\n> Thanks, {P(c.given)}"
    )


@tpl("personal_planning", "objection_letter", "en", 2)
def t_objection(d):
    me = d.person("client")
    owner = d.person("client")
    other = d.person("client")
    a = d.addr("gb")
    return (
        f"Can you make this objection to planning application {d.nth(['24/01873/FUL', 'P/25/0412/HH', '25/00219/HOU'])} "
        "stronger but still polite? I'm mostly worried about overlooking.\n\n"
        f"From: {P(me.full)}, {a.inline()}\n"
        f"Email: {EM(me.email(d.nth(['g.f', 'gf', 'ifam']), d.nth(WEBMAIL_UK), str(d.num(2, 60))))}\n\n"
        f"I object to the dormer and Mansard roof extension next door, owned by {P(owner.full)}. The drawings show a "
        "Juliet balcony looking straight into our garden and the back bedroom. The zinc cladding is out of keeping "
        f"with the conservation area. {P(other.full)}, two doors down, also objects and has written seperately."
    )


@tpl("personal_planning", "householder_app", "en", 2)
def t_householder(d):
    app = d.person("client")
    arch = d.person("office")
    off = d.person("uk")
    a = d.addr("gb")
    firm = d.nth(["studio", "architects", "design"])
    return (
        "Put this into the order the Planning Portal asks for (householder application) and list what I'm missing:\n\n"
        f"Applicant: {P(app.full)}\nSite address: {a.inline()}\n"
        f"Agent: {P(arch.full)} RIBA, {EM(arch.email('g.f', fold(arch.lfamily) + firm + '.co.uk'))}, {d.phone('gb')}\n"
        "Proposal: two-storey side extension, uPVC replaced with timber sash windows (Georgian bars), Velux "
        "conservation rooflights, air source heat pump (Mitsubishi Ecodan) on the side elevation\n"
        f"Pre-app: case officer {P(off.full)} was fine with the massing but wants a heritage statement"
    )


@tpl("personal_planning", "party_wall", "en", 2)
def t_party_wall(d):
    own = d.person("client")
    adj = d.people("client", 2)
    surv = d.person("office")
    a1 = d.addr("gb")
    a2 = d.addr("gb")
    return (
        "Draft a Party Wall etc. Act 1996 section 6 notice (excavation within 3 m, new footings about 1.2 m deep) "
        f"from {P(own.full)} of {a1.inline()} to the adjoining owners {P(adj[0].full)} and {P(adj[1].full)} of "
        f"{a2.inline()}. Our surveyor is {P(surv.full)} MRICS. Works should start in about six weeks."
    )


@tpl("personal_planning", "einwendung_de", "de", 2)
def t_einwendung(d):
    me = d.person("de")
    bauherr = d.person("de")
    a = d.addr(["de", "at"])
    return (
        "Formuliere meine Einwendung gegen den Bauantrag sachlicher und juristisch sauberer:\n\n"
        f"{P(me.full)}\n{a.block()}\n\n"
        f"Betreff: Bauvorhaben {P(bauherr.family)}, Neubau Mehrfamilienhaus mit Tiefgarage auf dem Nachbargrundstück\n"
        "Die geplante Grenzbebauung hält die Abstandsflächen nicht ein, das Staffelgeschoss verschattet unseren "
        "Garten ab 14 Uhr, und die Zufahrt der Tiefgarage liegt direkt vor unserem Schlafzimmer."
    )


@tpl("personal_planning", "recours_voisin_fr", "fr", 2)
def t_recours(d):
    me = d.person("fr")
    voisin = d.person("fr", sex="m")
    a = d.addr("fr")
    return (
        "Aide-moi à rédiger un recours gracieux contre le permis de construire accordé à mon voisin :\n\n"
        f"Je suis {P(me.full)}, propriétaire au {a.inline()} (tél. {d.tel(a)}). "
        f"Le permis accordé à M. {P(voisin.full)} autorise une surélévation avec toit-terrasse qui crée des vues "
        "directes sur ma cour. L'affichage sur le terrain a été fait il y a moins de deux mois."
    )


@tpl("personal_planning", "zienswijze_nl", "nl", 2)
def t_zienswijze(d):
    me = d.person("nl")
    a = d.addr(["nl", "be"])
    return (
        "Kun je deze zienswijze tegen de omgevingsvergunning netjes maken? Niet te boos.\n\n"
        f"Naam: {P(me.full)}\nAdres: {a.inline()}\nTelefoon: {d.tel(a)}\n"
        "Bezwaar tegen: dakopbouw met dakkapel aan de voorzijde, buurpand. Het beschermd dorpsgezicht wordt aangetast "
        "en de bouwtekening klopt niet met de nokhoogte."
    )


@tpl("personal_planning", "queja_vecino_es", "es", 2)
def t_queja(d):
    me = d.person("es", sex="f")
    v = d.person("es", sex="m")
    a = d.addr("es")
    return (
        "Necesito presentar una queja en el ayuntamiento por las obras del vecino. Redáctala formal:\n\n"
        f"Soy {P(me.full)}, vecina de {a.inline()}. Desde hace un mes {P(v.full)}, el vecino del 3º, hace obras de "
        "lunes a sábado desde las 7:30 con radial y martillo percutor, sin licencia de obra menor visible. "
        f"Mi teléfono es el {d.phone('es')}."
    )


@tpl("personal_planning", "bco_visit_lower", "en", 2, case="lower")
def t_bco(d):
    bco = d.person("uk")
    own = d.person("client", sex="m")
    a = d.addr("gb")
    return (
        f"building control ({P(bco.full)}) came out today to {a.inline()} for the foundations and said the trench "
        "needs to go to 1.2m because of the oak tree (nhbc chapter 4.2). owner "
        f"{P(own.full)} is not happy about the extra concrete. how do i explain this simply? his number is "
        f"{d.tel(a)} if you need it in the letter"
    )


@tpl("personal_planning", "grannyttrande_sv", "sv", 2)
def t_granne(d):
    me = d.person("se")
    a = d.addr("se")
    return (
        "Hjälp mig skriva ett grannyttrande till byggnadsnämnden om bygglovet för attefallshuset bredvid:\n\n"
        f"{P(me.full)}, {a.inline()}, tel. {d.tel(a)}.\n"
        "Huset placeras 1,2 meter från tomtgränsen och skymmer kvällssolen. Jag har inte lämnat något medgivande."
    )


@tpl("personal_planning", "nabovarsel_no", "no", 2)
def t_nabovarsel(d):
    tiltak = d.person("no")
    nabo = d.person("no")
    a = d.addr("no")
    return (
        "Kan du oversette dette nabovarselet til engelsk? Naboen er britisk.\n\n"
        f"NABOVARSEL\nTiltakshaver: {P(tiltak.full)}, {a.inline()}, tlf. {d.tel(a)}\n"
        f"Til nabo: {P(nabo.full)}\n"
        "Tiltak: tilbygg på 38 m² og ny terrasse mot sjøen. Merknader sendes innen to uker til tiltakshaver."
    )


@tpl("personal_planning", "skip_permit_caps", "en", 2, case="upper")
def t_skip_permit(d):
    c = d.person("client")
    a = d.addr("gb")
    return (
        "Is this skip permit application filled in right? The council form is all in capitals.\n\n"
        f"APPLICANT: {P(c.full)}\nADDRESS FOR SKIP: {a.inline()}\nCONTACT NO: {d.phone('gb')}\n"
        "SKIP SIZE: 6 YARD, LIGHTS AND CONES BY SKIP FIRM\nPERIOD: 14 DAYS FROM DELIVERY"
    )

# ================================================================= personal_records


@tpl("personal_records", "bim_issues_json", "en", 2)
def t_bim_json(d):
    a, b, c = d.people("office", 3)
    dom = d.nth(["northbridge-eng.co.uk", "harlowmep.com", "castellarchitects.co.uk"])
    return (
        "This is an export from our BIM issue tracker. Group the open issues by assignee and write a one-line "
        "chaser for each:\n\n"
        "[\n"
        f'  {{"id": "CL-{d.num(100, 199)}", "title": "Duct clashes with UB 457x191 at grid C/4 (Navisworks test 12)", '
        f'"status": "open", "assignee": "{EM(a.email("g.f", dom))}", "author": "{P(b.full)}"}},\n'
        f'  {{"id": "CL-{d.num(200, 299)}", "title": "Revit family for Palladian window has wrong sill height", '
        f'"status": "open", "assignee": "{EM(c.email("g.f", dom))}", "author": "{P(a.full)}"}},\n'
        f'  {{"id": "CL-{d.num(300, 399)}", "title": "Sprinkler main vs cable tray, level 3 (Solibri rule 221)", '
        f'"status": "closed", "assignee": "{EM(b.email("g.f", dom))}", "author": "{P(c.full)}"}}\n'
        "]"
    )


@tpl("personal_records", "rfi_log", "en", 2)
def t_rfi(d):
    p = d.people("office", 3)
    sep = d.nth([" | ", "\t", ";"])
    hdr = sep.join(["RFI", "Raised by", "Company", "Subject", "Due", "Responder"])
    rows = [
        [f"RFI-0{d.num(40, 59)}", P(p[0].full), "Groundworks sub", "Pile cap depth at grid A/1 vs Arup drawing", "14/04",
         P(p[2].full)],
        [f"RFI-0{d.num(60, 79)}", P(p[1].full), "M&E", "Kingspan QuadCore penetrations, fire stopping detail", "16/04",
         P(p[2].full)],
        [f"RFI-0{d.num(80, 99)}", P(p[2].full), "Main contractor", "Brick slip supplier, Ibstock or Wienerberger?",
         "18/04", P(p[0].family)],
    ]
    body = NL.join(sep.join(r) for r in rows)
    return f"Clean up this RFI log from Procore and flag the overdue ones (today is 17/04):\n\n{hdr}\n{body}"


@tpl("personal_records", "portal_audit_log", "en", 2)
def t_audit(d):
    c = d.person("client", sex="f")
    pm = d.person("office")
    em = c.email(d.nth(["gf", "g.f"]), d.nth(WEBMAIL_UK))
    return (
        "A client says she never approved variation VO-07. Here's the audit log from our client portal. Does it "
        "show she did?\n\n"
        f"2025-04-02T19:41:07Z login ok user={EM(em)} ip={d.ip()}\n"
        f"2025-04-02T19:43:55Z view document=VO-07_Crittall_doors.pdf user={EM(em)}\n"
        f"2025-04-02T19:44:31Z approve variation=VO-07 user={EM(em)} ip={d.ip()}\n"
        f"2025-04-03T08:12:10Z comment variation=VO-07 user={P(pm.full)} text=\"Thanks {P(c.given)}, ordering today\""
    )


@tpl("personal_records", "leads_sql", "en", 2)
def t_leads(d):
    p = d.people("client", 3)
    aa = [d.addr("gb") for _ in range(3)]
    vals = ",\n".join(
        f"  ('{P(x.given)}', '{P(x.family)}', '{d.phone('gb')}', '{a.lines[-1]}', 'loft conversion')"
        for x, a in zip(p, aa)
    )
    return (
        "Why does this INSERT fail on our kitchen-and-loft leads table? The postcode column is VARCHAR(7).\n\n"
        "INSERT INTO leads (first_name, last_name, phone, postcode, enquiry) VALUES\n"
        f"{vals};"
    )


@tpl("personal_records", "project_yaml", "en", 2)
def t_yaml(d):
    own = d.person("client")
    pm = d.person("office")
    qs = d.person("office")
    a = d.addr(["ie", "au", "nz", "ca"])
    return (
        "Our job-setup YAML won't validate. Can you spot the indentation error?\n\n"
        "project:\n  code: J-2458\n  type: basement conversion\n"
        f"  site_address: \"{a.inline()}\"\n"
        "  contacts:\n"
        f"    - role: client\n      name: {P(own.full)}\n      phone: \"{d.tel(a)}\"\n"
        f"    - role: project_manager\n      name: {P(pm.full)}\n"
        f"   - role: qs\n      name: {P(qs.full)}\n"
        "  software: [Procore, Revit 2024, CostX]"
    )


@tpl("personal_records", "maengelliste_de", "de", 2)
def t_maengel(d):
    p = d.people("de", 3)
    return (
        "Sortiere die Mängelliste nach Gewerk und Frist, bitte als Tabelle:\n\n"
        "Nr;Mangel;Gewerk;Verantwortlich;Frist\n"
        f"1;Silikonfuge Dusche fehlt (Grohe Rainshower);Sanitär;{P(p[0].full)};25.04.\n"
        f"2;Fensterbank Schüco verkratzt;Fenster;{P(p[1].full)};02.05.\n"
        f"3;Steckdose Küche ohne Strom;Elektro;{P(p[2].full)};22.04.\n"
        f"4;Fliesen Flur hohl (Villeroy & Boch);Fliesen;{P(p[0].family)};30.04."
    )


@tpl("personal_records", "haja_json_ko", "ko", 2)
def t_haja(d):
    p = d.people("ko", 2)
    a = d.addr("kr")
    return (
        "이 하자 접수 JSON을 보고 입주민에게 보낼 안내 문자를 써 주세요.\n\n"
        "{\n"
        f'  "접수번호": "H-2025-0{d.num(300, 899)}",\n'
        f'  "입주민": "{P(p[0].full)}",\n'
        f'  "주소": "{a.inline()}",\n'
        f'  "연락처": "{d.tel(a, "kr")}",\n'
        '  "내용": "욕실 타일 들뜸, 발코니 샤시 결로",\n'
        f'  "담당자": "{P(p[1].full)}"\n'
        "}"
    )


@tpl("personal_records", "khach_hang_vi", "vi", 2)
def t_khach(d):
    p = d.people("vi", 2)
    aa = [d.addr("vn") for _ in range(2)]
    return (
        "Chuyển bảng khách hàng này sang tiếng Anh giúp mình, giữ nguyên định dạng Markdown:\n\n"
        "| Khách hàng | Địa chỉ công trình | Điện thoại | Hạng mục |\n|---|---|---|---|\n"
        f"| {P(p[0].full)} | {aa[0].inline()} | {d.phone('vn')} | Chống thấm mái, sơn Dulux |\n"
        f"| {P(p[1].full)} | {aa[1].inline()} | {d.phone('vn')} | Ốp lát nhà tắm, gạch Đồng Tâm |"
    )


@tpl("personal_records", "luk_ka_th", "th", 2)
def t_lukka(d):
    c = d.person("th")
    s = d.person("th", sex="m")
    a = d.addr("th")
    return (
        "ช่วยสรุปข้อมูลลูกค้ารายนี้เป็นภาษาอังกฤษสั้นๆ ให้หัวหน้าช่างหน่อย\n\n"
        f"ลูกค้า: คุณ{P(c.full)}\nที่อยู่หน้างาน: {a.inline()}\nโทร: {d.phone('th')}\n"
        "งาน: ต่อเติมครัว ใช้ปูน SCG และกระเบื้อง COTTO\n"
        f"ช่างผู้รับผิดชอบ: {P(s.full)}"
    )


@tpl("personal_records", "data_tukang_id", "id", 2)
def t_tukang(d):
    p = d.people("id", 2, sex="m")
    mandor = d.person("id")
    a = d.addr("id")
    return (
        "Tolong perbaiki JSON ini, ada koma yang hilang:\n\n"
        "{\n"
        f'  "mandor": "{P(mandor.full)}",\n'
        f'  "lokasi_proyek": "{a.inline()}"\n'
        '  "tukang": [\n'
        f'    {{"nama": "{P(p[0].full)}", "hp": "{d.phone("id")}", "keahlian": "tukang batu"}},\n'
        f'    {{"nama": "{P(p[1].full)}", "hp": "{d.phone("id")}", "keahlian": "tukang kayu"}}\n'
        "  ],\n"
        '  "material": ["Semen Gresik", "Holcim", "baja ringan Taso"]\n'
        "}"
    )


@tpl("personal_records", "predavaci_protokol_cz", "cs", 2)
def t_protokol(d):
    inv = d.person("cz")
    stav = d.person("cz", sex="m")
    a = d.addr("cz")
    return (
        "Přepiš tenhle předávací protokol do přehledné tabulky:\n\n"
        f"Objednatel: {P(inv.full)}, {a.inline()}, tel. {d.phone(['cz', 'sk'])}\n"
        f"Zhotovitel: stavbyvedoucí {P(stav.full)}\n"
        "Předmět: rekonstrukce koupelny a výměna oken (Velux, Schüco)\n"
        "Vady: prasklá dlažba u vany, chybí krytka vypínače ABB, silikon u okna"
    )


@tpl("personal_records", "pidriadnyky_ua", "uk", 2)
def t_pidr(d):
    p = d.people("ua", 2)
    a = d.addr("ua")
    return (
        "Перетвори цей список субпідрядників на CSV з колонками ім'я, телефон, адреса, роботи:\n\n"
        f"1. {P(p[0].full)}, тел. {d.phone('ua')}, {a.inline()}: покрівля, металочерепиця Ruukki\n"
        f"2. {P(p[1].full)}, тел. {d.phone('ua')}: штукатурка, Knauf Rotband, стяжка"
    )


@tpl("personal_records", "ugyfel_hu", "hu", 2)
def t_ugyfel(d):
    c = d.person("hu")
    a = d.addr("hu")
    return (
        "Fordítsd le angolra ezt az ügyféladatlapot a brit alvállalkozónak:\n\n"
        f"Ügyfél: {P(c.full)}\nCím: {a.inline()}\nTelefon: {d.tel(a)}\n"
        "Munka: tetőtér-beépítés, Bramac cserép, Rockwool szigetelés\n"
        f"Megjegyzés: {P(c.given)} csak délután érhető el."
    )

# ================================================================= clean_design (PII-free)


@tpl("clean_design", "roof_window_styles", "en", 3)
def t_roof_styles(d):
    return d.nth([
        ("What's the actual difference between a Mansard roof and a gambrel? Our client keeps calling her Dutch "
        "barn-style loft a Mansard and the planning officer says it isn't one. Was François Mansart really the "
        "first to use it, or just the one it's named after?"),
        ("Palladian window, Venetian window, Serliana, Diocletian window: are these all the same thing? I need to "
        "label the elevations properly for a Georgian townhouse refurb and the conservation officer is picky."),
        ("Is a Dutch gable the same as a Flemish gable? And where does a Cape Cod dormer or a Queen Anne turret "
        "fit in? Writing a style guide for a housebuilder's pattern book."),
    ])


@tpl("clean_design", "architects_table", "en", 3)
def t_arch_table(d):
    rows = d.nth([
        [("Fallingwater", "Frank Lloyd Wright", "Mill Run, Pennsylvania", "1939"),
         ("Villa Savoye", "Le Corbusier", "Poissy", "1931"),
         ("Casa Batlló", "Antoni Gaudí", "Barcelona", "1906"),
         ("Heydar Aliyev Center", "Zaha Hadid", "Baku", "2012")],
        [("Sydney Opera House", "Jørn Utzon", "Sydney", "1973"),
         ("Lloyd's building", "Richard Rogers", "London", "1986"),
         ("Guggenheim Bilbao", "Frank Gehry", "Bilbao", "1997"),
         ("The Shard", "Renzo Piano", "London", "2012")],
        [("Farnsworth House", "Ludwig Mies van der Rohe", "Plano, Illinois", "1951"),
         ("Salk Institute", "Louis Kahn", "La Jolla", "1965"),
         ("Church of the Light", "Tadao Ando", "Ibaraki, Osaka", "1989"),
         ("Cathedral of Brasília", "Oscar Niemeyer", "Brasília", "1970")],
    ])
    body = NL.join(f"| {b} | {a} | {c} | {y} |" for b, a, c, y in rows)
    return (
        "Add a column with the main structural material and a one-line note on why each is on the syllabus:\n\n"
        "| Building | Architect | Place | Completed |\n|---|---|---|---|\n" + body
    )


@tpl("clean_design", "history_lower", "en", 4, case="lower")
def t_hist_lower(d):
    return d.nth([
        "why is the sagrada familia still not finished? gaudi died in 1926 right, who's been running it since",
        "did frank lloyd wright design fallingwater for the kaufmann family or the guggenheim family, i always mix them up",
        "who designed the gherkin and is it true the shape is meant to cut wind at street level",
        "was zaha hadid the first woman to win the pritzker prize? need it for a pub quiz on architects",
    ])


@tpl("clean_design", "proportion_notes", "en", 3)
def t_proportion(d):
    return d.nth([
        ("Tidy up my lecture notes into a handout:\n- Vitruvius, De architectura: firmitas, utilitas, venustas\n"
        "- Vitruvian Man (Leonardo) = proportions of the body, not a design rule\n- Fibonacci sequence, golden "
        "ratio 1.618, Parthenon claims mostly myth?\n- Le Corbusier's Modulor: 1.83 m man, red and blue series"),
        ("Explain how Palladio used harmonic ratios (1:1, 2:3, 3:4) in the Villa Rotonda, and whether Alberti's "
        "De re aedificatoria says the same thing. Keep it to one page for second-year students."),
        ("Is there any real evidence the golden ratio was used at the Great Pyramid of Giza or in Notre-Dame? "
        "I want a balanced paragraph, not the usual Fibonacci-spiral-over-everything stuff."),
    ])


@tpl("clean_design", "hoarding_text", "en", 3)
def t_hoarding(d):
    return d.nth([
        ("Write 120 words for a site hoarding next to Paddington station about Isambard Kingdom Brunel and the "
        "Great Western Railway. Friendly tone, mention the cast-iron and wrought-iron roof."),
        ("Write 120 words for our hoarding panel about Gustave Eiffel: the tower for the 1889 Exposition "
        "Universelle, the frame inside the Statue of Liberty, and his engineers Koechlin and Nouguier."),
        ("Draft a short panel for a church repair scheme in the City of London about Sir Christopher Wren, "
        "St Paul's Cathedral and the rebuilding after the Great Fire of 1666."),
    ])


@tpl("clean_design", "essay_compare", "en", 2)
def t_essay(d):
    return d.nth([
        ("For my RIBA Part 1 essay: compare Le Corbusier's five points of architecture with Frank Lloyd Wright's "
        "organic architecture, using Villa Savoye and the Robie House. Give me an outline with headings."),
        ("Outline an essay comparing Brutalism at the Barbican (Chamberlin, Powell and Bon) with Ernő Goldfinger's "
        "Trellick Tower, and how Alison and Peter Smithson's Robin Hood Gardens fits in."),
    ])


@tpl("clean_design", "architektur_de", "de", 2)
def t_arch_de(d):
    return d.nth([
        ("Erklär mir kurz den Unterschied zwischen Bauhaus (Walter Gropius, Dessau) und dem Internationalen Stil "
        "von Mies van der Rohe. Ist die Weissenhofsiedlung in Stuttgart ein gutes Beispiel für beides?"),
        ("Warum hat die Elbphilharmonie von Herzog & de Meuron so viel mehr gekostet als geplant? Bitte sachlich, "
        "mit den wichtigsten Jahreszahlen, für eine Präsentation im Bauingenieurstudium."),
    ])


@tpl("clean_design", "architecture_fr", "fr", 2)
def t_arch_fr(d):
    return d.nth([
        ("Quelle est la différence entre les cinq points de l'architecture moderne de Le Corbusier et ce qu'on voit "
        "à l'Unité d'habitation de Marseille ? Réponse courte pour un oral de BTS."),
        ("Le baron Haussmann a-t-il vraiment imposé la hauteur des immeubles parisiens, ou c'est le règlement de "
        "1859 ? Et que reste-t-il des travaux de Viollet-le-Duc à Notre-Dame après la restauration ?"),
    ])


@tpl("clean_design", "arquitectura_es", "es", 2)
def t_arch_es(d):
    return d.nth([
        ("¿Qué obras de Gaudí son Patrimonio de la Humanidad además de la Sagrada Familia? Casa Milà, Park Güell, "
        "Casa Vicens... hazme la lista con fechas."),
        ("Explícame cómo trabajaba Félix Candela los paraboloides hiperbólicos en México, por ejemplo el restaurante "
        "Los Manantiales en Xochimilco, y qué relación tiene con Eduardo Torroja."),
    ])


@tpl("clean_design", "architettura_it", "it", 2)
def t_arch_it(d):
    return d.nth([
        ("Spiegami in breve la cupola di Santa Maria del Fiore: come l'ha costruita Brunelleschi senza centina, "
        "e perché si parla di spina di pesce nei mattoni?"),
        ("Il Bosco Verticale di Stefano Boeri come gestisce il carico degli alberi sui balconi? E il MAXXI di "
        "Zaha Hadid a Roma, che tipo di calcestruzzo ha usato?"),
    ])


@tpl("clean_design", "kenchiku_ja", "ja", 2)
def t_arch_ja(d):
    return d.nth([
        "安藤忠雄の「光の教会」と隈研吾の国立競技場の違いを、素材と構造の観点から簡単に説明してください。",
        "丹下健三の国立代々木競技場の吊り屋根構造について、学生向けに三行でまとめてください。",
    ])


@tpl("clean_design", "jianzhu_zh", "zh", 2)
def t_arch_zh(d):
    return d.nth([
        "请简单介绍一下梁思成和林徽因对中国古建筑测绘的贡献，以及《营造法式》为什么重要。",
        "贝聿铭设计的卢浮宫玻璃金字塔和苏州博物馆有什么共同点？王澍的宁波博物馆又有什么特别？",
    ])


@tpl("clean_design", "imara_ar", "ar", 2)
def t_arch_ar(d):
    return d.nth([
        "ما أهم أعمال المعمارية زها حديد في العالم العربي؟ وهل صممت مبنى في دبي أو الرياض؟",
        "اشرح لي فكرة حسن فتحي في عمارة القرنة الجديدة واستخدام الطوب اللبن، وما علاقة ذلك بالاستدامة اليوم؟",
    ])


@tpl("clean_design", "arquitetura_pt", "pt", 2)
def t_arch_pt(d):
    return d.nth([
        ("Preciso de um resumo sobre Oscar Niemeyer e Lúcio Costa em Brasília: quem fez o plano piloto e quem "
        "desenhou os palácios? E onde entra Roberto Burle Marx?"),
        ("O que torna o Pavilhão de Portugal de Álvaro Siza tão especial em termos estruturais? E a Casa da Música "
        "de Rem Koolhaas no Porto?"),
    ])


@tpl("clean_design", "arkitektur_da", "da", 2, case="lower")
def t_arch_da(d):
    return d.nth([
        ("Hvad er forskellen på Arne Jacobsens SAS Royal Hotel og Jørn Utzons Bagsværd Kirke? Kort svar til "
        "arkitektskolen."),
        "Hvorfor er BIG (Bjarke Ingels Group) og CopenHill så kendt? Er det virkelig et kraftværk med skibakke?",
    ])

# ================================================================= clean_engineering (PII-free)


@tpl("clean_engineering", "eponym_formulas", "en", 3)
def t_formulas(d):
    return d.nth([
        ("Check my working: Euler buckling load for a pin-ended 203x203x46 UKC, 4.5 m long, E = 210 GPa, "
        "Iz = 1548 cm⁴. I get P_cr = π²EI/L² ≈ 1584 kN. Is using the minor axis right, and how does this compare "
        "with the Perry-Robertson approach in Eurocode 3?"),
        ("Explain Macaulay's method for a simply supported beam with two point loads, then show the same deflection "
        "with the moment-area method. My students confuse Macaulay brackets with ordinary brackets."),
        ("Draw Mohr's circle for σx = 80 MPa, σy = -20 MPa, τxy = 30 MPa and give the principal stresses. Then tell "
        "me whether von Mises or Tresca is the better yield check for a steel gusset plate."),
    ])


@tpl("clean_engineering", "geotech_lower", "en", 3, case="lower")
def t_geo_lower(d):
    return d.nth([
        ("quick one: is terzaghi's bearing capacity formula still ok for a strip footing on clay or should i use "
        "meyerhof or vesic? site investigation says cu = 45 kpa"),
        "whats the diffrence between the atterberg limits and the casagrande cup test, arent they the same thing",
        ("proctor test came back at 95% of max dry density, is that good enough under a slab or do i need the "
        "modified proctor? groundworker says a wacker plate will sort it"),
    ])


@tpl("clean_engineering", "materials_history", "en", 3)
def t_materials(d):
    return d.nth([
        ("Why is it called Portland cement? I know Joseph Aspdin patented it in 1824 but what has the Isle of "
        "Portland got to do with it, and how is it different from the Roman concrete in the Pantheon?"),
        ("Who was Eleanor Coade and why is Coade stone still in such good condition on buildings like the "
        "Royal Naval College? Is it a real stone or a ceramic?"),
        ("How did the Bessemer process change steel-framed buildings? Give me a timeline from Henry Bessemer "
        "(1856) to the Home Insurance Building in Chicago and the Ritz in London."),
    ])


@tpl("clean_engineering", "engineers_bio", "en", 3)
def t_engineers(d):
    return d.nth([
        ("Write 150 words each on Thomas Telford and John Smeaton for our graduate engineers' induction pack: "
        "Pontcysyllte, the Menai bridge, the Eddystone lighthouse and hydraulic lime."),
        ("Give me a short profile of Emily Warren Roebling and her role on the Brooklyn Bridge after Washington "
        "Roebling fell ill with caisson disease."),
        ("Summarise what Fazlur Rahman Khan contributed to tall buildings: the framed tube, the Willis Tower, the "
        "John Hancock Center. Who continued his work at SOM?"),
    ])


@tpl("clean_engineering", "contracts_qs", "en", 3)
def t_contracts(d):
    return d.nth([
        ("Explain the difference between an NEC4 compensation event and a JCT relevant event for a client who's "
        "never used either. Then compare both with the FIDIC Red Book's claims clause 20."),
        ("What did the Latham Report (1994) and the Egan Report (1998) actually change? And how does Dame Judith "
        "Hackitt's review after the Grenfell Tower fire relate to the Building Safety Act 2022?"),
        ("I'm a trainee QS. When do I measure to NRM2 rather than SMM7, and what's the point of the BCIS "
        "tender price index versus Spon's or Laxton's price books?"),
    ])


@tpl("clean_engineering", "calc_code", "en", 2)
def t_calc_code(d):
    return d.nth([
        ("Is this right? It returns a huge number for a 3 m column.\n\n"
        "import math\n\ndef euler_critical_load(E_gpa, I_cm4, L_m, k=1.0):\n"
        "    E = E_gpa * 1e9\n    I = I_cm4 * 1e-4\n    return math.pi**2 * E * I / (k * L_m) ** 2\n\n"
        "print(euler_critical_load(210, 1548, 3.0) / 1e3, 'kN')"),
        ("Vectorise this Manning's equation function in NumPy for a whole table of pipe gradients:\n\n"
        "def manning_velocity(n, R, S):\n    return (1 / n) * R ** (2 / 3) * S ** 0.5\n\n"
        "And should I use Colebrook-White instead for a 150 mm uPVC foul drain?"),
    ])


@tpl("clean_engineering", "statik_de", "de", 2)
def t_statik(d):
    return d.nth([
        ("Wie weise ich das Knicken einer Stahlstütze nach Eurocode 3 nach, und was hat das noch mit der "
        "Euler-Knicklast zu tun? Ich lerne für die Prüfung im Bachelor Bauingenieurwesen."),
        ("Welche Leistungsphasen nach HOAI gehören zur Ausführungsplanung, und was ändert sich mit der VOB/B, "
        "wenn der Bauherr Nachträge stellt?"),
    ])


@tpl("clean_engineering", "mechanika_pl", "pl", 2)
def t_mech_pl(d):
    return d.nth([
        ("Wyjaśnij wzór Żurawskiego na naprężenia styczne w belce i kiedy stosuje się hipotezę Hubera-Misesa. "
        "Potrzebuję tego na kolokwium z wytrzymałości materiałów."),
        "Czym różni się beton C25/30 od C30/37 według Eurokodu 2 i który wybrać na strop nad garażem?",
    ])


@tpl("clean_engineering", "inzheneriya_ru", "ru", 2)
def t_eng_ru(d):
    return d.nth([
        ("Расскажи коротко, как Владимир Шухов рассчитывал гиперболоидные башни и почему Шуховская башня на "
        "Шаболовке до сих пор стоит."),
        "Чем СП 63.13330 отличается от старого СНиП по бетонным конструкциям? Нужно для курсовой.",
    ])


@tpl("clean_engineering", "abhiyantriki_hi", "hi", 2)
def t_eng_hi(d):
    return d.nth([
        "सर एम. विश्वेश्वरैया कौन थे और 15 सितंबर को इंजीनियर्स डे क्यों मनाया जाता है? छात्रों के लिए छोटा सा भाषण लिख दो।",
        "IS 456 के अनुसार RCC बीम में न्यूनतम कवर कितना होना चाहिए? भाखड़ा नांगल बांध में कौन सा सीमेंट इस्तेमाल हुआ था?",
    ])


@tpl("clean_engineering", "gujo_ko", "ko", 2)
def t_eng_ko(d):
    return d.nth([
        "롯데월드타워의 아웃리거와 벨트 트러스 구조를 간단히 설명해 주세요. 졸업설계 발표용입니다.",
        "KDS 기준에서 풍하중 계산할 때 베르누이 방정식이 어떻게 쓰이는지 알려 주세요.",
    ])


@tpl("clean_engineering", "waterbouw_nl", "nl", 2)
def t_eng_nl(d):
    return d.nth([
        ("Wat was de rol van Cornelis Lely bij de Afsluitdijk, en waarom heet Lelystad naar hem? Kort antwoord "
        "voor een spreekbeurt."),
        "Hoe werkt de Maeslantkering precies en waarom is die onderdeel van de Deltawerken?",
    ])


@tpl("clean_engineering", "insaat_tr", "tr", 2)
def t_eng_tr(d):
    return d.nth([
        ("Mimar Sinan Süleymaniye Camii'nde depreme karşı hangi önlemleri almış? Kubbe ve payanda sistemini kısaca "
        "anlatır mısın?"),
        ("2018 Türkiye Bina Deprem Yönetmeliği ile eski yönetmelik arasındaki temel fark ne? Perde duvar "
        "oranları değişti mi?"),
    ])

# ================================================================= clean_tools (PII-free)


@tpl("clean_tools", "power_tools", "en", 3)
def t_power_tools(d):
    return d.nth([
        ("Hilti TE 30 vs Makita DHR400 vs DeWalt DCH614 for drilling 600 holes in C40 concrete for Unistrut "
        "brackets. Which one, and is dust extraction (Hilti VC 40 or Makita DX12) worth it for the silica?"),
        ("Should our firm standardise on Milwaukee M18 or Makita LXT batteries? We've got a mix of Bosch "
        "Professional and Festool on site and the lads keep nicking each other's chargers."),
        ("Is a Stihl TS 410 or a Husqvarna K 770 better for cutting kerbs, and which Tyrolit or Norton Clipper "
        "blade should we buy for granite setts?"),
    ])


@tpl("clean_tools", "software_compare", "en", 3)
def t_software(d):
    return d.nth([
        ("We're a 12-person practice on AutoCAD and SketchUp. Is it worth moving to Revit or ArchiCAD? Our "
        "structural engineers use Tekla and the contractor wants Navisworks models for clash detection."),
        ("Procore vs Fieldwire vs Autodesk Construction Cloud for a £20m residential job: which handles RFIs, "
        "drawings and snagging best? We also use Bluebeam Revu for markups."),
        ("Explain the difference between Navisworks Manage, Solibri and BIMcollab for model checking, and where "
        "Dynamo or Grasshopper scripts fit in."),
    ])


@tpl("clean_tools", "merchant_csv", "en", 3)
def t_merchant(d):
    rows = d.nth([
        ["JEW-10482,Portland cement 25kg (Blue Circle),pallet,56", "JEW-22017,Phillips screws 4x40 box 200,box,12",
         "JEW-30551,Allen key set metric 9pc (Stanley),each,5", "JEW-41190,Jubilee clip 32-50mm,bag,20"],
        ["TP-5521,Pozidriv PZ2 bits (Wera),pack,10", "TP-6603,Mole grips 10in (Irwin Vise-Grip),each,2",
         "TP-7718,Stanley knife blades 100,dispenser,3", "TP-8830,Rawlplug brown 7mm,box,8"],
        ["SF-77102,Torx T25 wood screws 5x60 (Spax),box,6", "SF-88013,Stillson pipe wrench 18in (Ridgid),each,1",
         "SF-90045,Acrow prop size 2,each,8", "SF-91120,Fischer DuoPower 8x40,box,10"],
    ])
    return (
        "Fix this CSV from the builders' merchant: the quantity column has quotes in some rows and the supplier "
        "wants it as semicolon-separated.\n\nsku,description,unit,qty\n" + NL.join(rows)
    )


@tpl("clean_tools", "tools_lower", "en", 4, case="lower")
def t_tools_lower(d):
    return d.nth([
        "whats the actual difference between phillips and pozidriv, my screwfix order came with the wrong bits",
        "allen key vs torx on door closers, which is less likely to strip? dorma or briton",
        "is a kango just a brand or is it the name for any breaker now, like hoover",
        "jcb 3cx or a kubota kx080 for a small drainage job, 3 days max, tight access",
    ])


@tpl("clean_tools", "plant_hire", "en", 3)
def t_plant(d):
    rows = d.nth([
        [("JCB 3CX backhoe", "£165", "£495"), ("Kubota KX016-4 mini digger", "£95", "£285"),
         ("Thwaites 3t swivel dumper", "£70", "£210"), ("Belle Minimix 150", "£18", "£54")],
        [("Genie Z-45 articulated boom", "£210", "£630"), ("Niftylift HR12", "£140", "£420"),
         ("Manitou MT 1840 telehandler", "£230", "£690"), ("Wacker Neuson BS60 trench rammer", "£35", "£105")],
        [("Liebherr 81 K self-erecting crane", "£480", "£1,440"), ("Bomag BW 120 roller", "£120", "£360"),
         ("Brokk 110 demolition robot", "£390", "£1,170"), ("Husqvarna DM 400 core drill", "£60", "£180")],
    ])
    body = NL.join(f"| {a} | {b} | {c} |" for a, b, c in rows)
    return (
        "Work out a 2-week hire cost for each item (5-day week, week rate = 3x day rate) and add a total row:\n\n"
        "| Plant | Day | Week |\n|---|---|---|\n" + body
    )


@tpl("clean_tools", "bim_code", "en", 3)
def t_bim_code(d):
    return d.nth([
        ("This pyRevit script is meant to list every door family and its fire rating but it returns nothing. Why?\n\n"
        "from pyrevit import revit, DB\n"
        "doors = DB.FilteredElementCollector(revit.doc).OfCategory(DB.BuiltInCategory.OST_Doors)\n"
        "for d in doors.WhereElementIsElementType():\n"
        "    print(d.FamilyName, d.LookupParameter('Fire Rating'))"),
        ("Write an AutoLISP routine that renumbers all the ROOM tags on layer A-ANNO-ROOM from 001 upwards, "
        "left to right. We're on AutoCAD 2024, not LT."),
        ("In IfcOpenShell, how do I get all IfcWall elements with their Pset_WallCommon FireRating and export to "
        "CSV? The model came out of ArchiCAD and Solibri says half the walls have no property set."),
    ])


@tpl("clean_tools", "werkzeug_de", "de", 2)
def t_werkzeug(d):
    return d.nth([
        ("Lohnt sich ein Festool-Systainer-System gegenüber Makita Makpac, wenn der Betrieb schon Akkus von "
        "Metabo (CAS) hat? Wir sind ein Trockenbaubetrieb mit 8 Leuten."),
        ("Fischer-Dübel oder Hilti HUS-Schrauben für Vorhangfassaden in Porenbeton (Ytong)? Welche Zulassung "
        "brauche ich da?"),
    ])


@tpl("clean_tools", "outils_fr", "fr", 2, case="lower")
def t_outils(d):
    return d.nth([
        ("perceuse bosch pro ou makita pour un plaquiste qui débute ? et les vis placo, on prend du spit ou du "
        "fischer chez point.p ?"),
        ("c'est quoi la différence entre un ciment vicat et un ciment lafarge pour une chape ? on m'a dit que louis "
        "vicat avait inventé le ciment artificiel"),
    ])


@tpl("clean_tools", "herramientas_es", "es", 2, case="lower")
def t_herr(d):
    return d.nth([
        ("que amoladora me compro para cortar azulejo, una bosch gws o una makita ga? y el disco, rubi o "
        "diamantado de leroy merlin"),
        ("el mortero cola de weber o el de mapei para porcelánico en exterior? en obra siempre usamos el de "
        "cementos portland valderrivas para todo"),
    ])


@tpl("clean_tools", "dougu_ja", "ja", 2)
def t_dougu(d):
    return d.nth([
        "マキタとハイコーキ（旧日立工機）のインパクトドライバー、内装工事ならどちらがおすすめですか？",
        "コマツのミニショベル PC30 とクボタ U-30 の違いを、狭い住宅地の基礎工事向けに比較してください。",
    ])


@tpl("clean_tools", "verktyg_sv", "sv", 2, case="lower")
def t_verktyg(d):
    return d.nth([
        ("Är det sant att Johan Petter Johansson uppfann skiftnyckeln som Bahco sedan sålde? Vad hette den "
        "tidigare, engelsk nyckel?"),
        ("Vilket är bäst för en snickare: Husqvarna eller Stihl för motorsåg, och Hultafors eller Stanley för "
        "tumstock?"),
    ])


@tpl("clean_tools", "khrueangmue_th", "th", 2)
def t_tools_th(d):
    return d.nth([
        "ปูนตราช้างของ SCG กับปูนทีพีไอ ต่างกันยังไงสำหรับงานฉาบผนังบ้าน",
        "สว่านโรตารี่ Makita กับ Bosch รุ่นไหนเหมาะกับช่างรับเหมาต่อเติมบ้านมากกว่า",
    ])


@tpl("clean_tools", "tyokalut_fi", "fi", 2)
def t_tools_fi(d):
    return d.nth([
        ("Kannattaako rakennesuunnittelijan opetella Tekla Structures vai riittääkö Revit? Tekla on kai "
        "alunperin suomalainen ohjelma?"),
        ("Onko Fiskarsin kirves oikeasti parempi kuin Gränsfors Bruk, ja mihin Ruukki-kattoa kannattaa "
        "ruuvata Hiltin vai SFS:n ruuveilla?"),
    ])

# ================================================================= clean_templates (PII-free)

@tpl("clean_tools", "tool_history", "en", 3)
def t_tool_history(d):
    return d.nth([
        ("Was the Phillips screw actually invented by Henry F. Phillips, or did he buy the patent from John P. "
        "Thompson? And where does Pozidriv come from?"),
        ("Is the Allen key named after a person? Same question for the Stillson wrench, Mole grips and the "
        "Jubilee clip. Writing a fun fact sheet for our trade counter."),
        ("Who was Joseph Cyril Bamford, and how did JCB go from a lock-up garage in Uttoxeter to making the 3CX? "
        "Also, is Makita named after its founder like Bosch and Hilti are?"),
    ])


@tpl("clean_templates", "blank_induction", "en", 3)
def t_induction(d):
    extra = d.nth(["CSCS card type: ________  Expiry: __/__", "CPCS / NPORS card no.: ________",
                   "IPAF / PASMA: yes / no   Card no.: ________"])
    return (
        "Make this blank site induction form look tidier in Word, keep all the fields:\n\n"
        "SITE INDUCTION RECORD\nFull name: ______________________\nDate of birth: __/__/____\n"
        "Home address: ______________________  Postcode: ________\nMobile: 07___ ______\n"
        "Emergency contact (name and number): ______________________\n"
        f"{extra}\nEmployer: ______________________\n"
        "I have read the RAMS and the fire plan. Signed: __________  Inducted by: __________"
    )


@tpl("clean_templates", "sample_payroll", "en", 3)
def t_sample_payroll(d):
    rows = d.nth([
        ["John Doe,QQ 12 34 56 C,labourer,5,140", "Jane Doe,QQ 12 34 56 C,carpenter,4,220",
         "Joe Bloggs,QQ 12 34 56 C,dryliner,5,200"],
        ["A. N. Other,AB 12 34 56 C,groundworker,3,180", "Fred Bloggs,AB 12 34 56 C,bricklayer,5,240",
         "John Smith,AB 12 34 56 C,labourer,2,140"],
        ["Bob the Builder,XX 00 00 00 X,foreman,5,260", "Wendy,XX 00 00 00 X,bookkeeper,3,150",
         "Scoop,XX 00 00 00 X,plant,5,0"],
    ])
    return (
        "I'm writing a training guide for our payroll clerks. Using this dummy CSV (the NI numbers are the HMRC "
        "example format), show how to work out the 20% CIS deduction for each row:\n\n"
        "name,ni_number,trade,days,day_rate\n" + NL.join(rows)
    )


@tpl("clean_templates", "merge_letter", "en", 3)
def t_merge(d):
    return d.nth([
        ("Tighten up this mail-merge letter template for delay notices:\n\n"
        "Dear {{client_first_name}},\nRe: {{project_name}}, {{site_address_line1}}, {{site_postcode}}\n"
        "Due to {{delay_reason}}, completion will move from {{old_date}} to {{new_date}}. Your site manager "
        "{{site_manager_name}} is available on {{site_manager_mobile}}.\nKind regards,\n{{sender_name}}"),
        ("Rewrite this variation-order template so it's clearer for homeowners:\n\n"
        "[CLIENT NAME]\n[CLIENT ADDRESS]\n\nVariation no. [VO-XX]\nDescription: [e.g. swap bifolds for "
        "Crittall-style steel doors]\nAdditional cost: £[AMOUNT] + VAT\nTime impact: [X] working days\n"
        "Signed (client): ____________  Date: ______"),
        ("Can you turn this Xero invoice template into something friendlier? Keep the placeholders:\n\n"
        "Invoice to: <<Customer.Name>>\n<<Customer.Address>>\nJob: <<Job.Description>>\n"
        "Amount due: <<Invoice.Total>> by <<Invoice.DueDate>>\nPay to: <<Business.BankDetails>>"),
    ])


@tpl("clean_templates", "blank_accident_caps", "en", 2, case="upper")
def t_blank_accident(d):
    return d.nth([
        ("Check this blank accident book page matches what the HSE expects:\n\nACCIDENT BOOK (BI 510)\n"
        "NAME OF PERSON INJURED: ________\nADDRESS: ________\nOCCUPATION: ________\n"
        "DATE AND TIME OF ACCIDENT: ________\nWHERE IT HAPPENED: ________\nWHAT HAPPENED: ________\n"
        "REPORTED BY: ________  SIGNATURE: ________"),
        ("Is anything missing from this blank permit to dig?\n\nPERMIT TO DIG NO: ____\n"
        "CAT AND GENNY OPERATOR: ________\nSERVICE DRAWINGS CHECKED (GAS / ELEC / WATER / BT): Y / N\n"
        "HAND DUG TRIAL HOLES: Y / N\nISSUED BY: ________  ACCEPTED BY: ________"),
    ])


@tpl("clean_templates", "sample_issue_json", "en", 2)
def t_sample_json(d):
    return d.nth([
        ("Write me a JSON Schema for issues like this sample (it's the vendor's example record):\n\n"
        '{"id": "ISS-0001", "title": "Example clash", "assignee": {"name": "Jane Doe", "email": '
        '"jane.doe@example.com"}, "model": "Sample_Architecture.rvt", "status": "open"}'),
        ("Our API docs use this example. Is the date format ISO 8601?\n\n"
        '{"subcontractor": {"company": "Acme Drylining Ltd", "contact": "<CONTACT_NAME>", '
        '"phone": "<PHONE>", "utr": "<UTR>"}, "start": "2025-05-06"}'),
    ])


@tpl("clean_templates", "blank_onboarding", "en", 2)
def t_blank_onboard(d):
    return d.nth([
        ("Turn this into a fillable PDF form spec (field names and types):\n\nSubcontractor name: [  ]\n"
        "Trading name: [  ]\nUTR: [10 digits]\nNI number: [AA 00 00 00 A]\nCSCS card no.: [  ]\n"
        "PL insurance: insurer [  ] / expiry [  ]\nBank: sort code [00-00-00] account [00000000]"),
        ("Which of these fields do we actually need under UK GDPR for a subcontractor pre-qual? "
        "Name, date of birth, home address, NI number, UTR, photo, next of kin, bank details, CSCS, "
        "religion, trade union membership."),
    ])


@tpl("clean_templates", "vorlage_de", "de", 1)
def t_vorlage(d):
    return (
        "Ist diese Mustervorlage für ein Bautagebuch vollständig?\n\nBauherr: Max Mustermann\n"
        "Bauleiter: Erika Mustermann\nPolier: ________\nWetter: ____  Temperatur: ____\n"
        "Arbeitskräfte: ____  Geräte: ____\nBesondere Vorkommnisse: ____"
    )


@tpl("clean_templates", "modele_fr", "fr", 1)
def t_modele(d):
    return (
        "Voici mon modèle de PV de réception de travaux. Est-ce que les réserves sont bien formulées ?\n\n"
        "Maître d'ouvrage : M. Jean Dupont\nEntreprise : SARL Exemple Bâtiment\n"
        "Réserves : ____\nLevée des réserves avant le : __/__/____"
    )


@tpl("clean_templates", "plantilla_es", "es", 1)
def t_plantilla(d):
    return (
        "Mejora esta plantilla de parte de trabajo:\n\nCliente: Fulano de Tal\nDirección de la obra: "
        "C/ Ejemplo, 1\nOperario: Juan Pérez\nHoras: __  Materiales: __\nFirma del cliente: ____"
    )


@tpl("clean_templates", "wzor_pl", "pl", 2)
def t_wzor(d):
    return d.nth([
        ("Popraw ten wzór umowy o dzieło dla ekipy wykończeniowej:\n\nZamawiający: Jan Kowalski\n"
        "Wykonawca: Anna Nowak\nPrzedmiot: położenie płytek Cerrad w łazience\nWynagrodzenie: ____ zł"),
        ("Jak wypełnić wzór dziennika budowy? W instrukcji jest przykład z kierownikiem budowy Janem Kowalskim, "
        "czy mogę go tak zostawić w szkoleniu?"),
    ])


@tpl("clean_templates", "modello_it", "it", 2)
def t_modello(d):
    return d.nth([
        ("Sistemami questo modello di verbale di sopralluogo:\n\nCommittente: Mario Rossi\nImpresa: "
        "Edilizia Esempio S.r.l.\nDirettore lavori: ____\nOsservazioni: ____"),
        ("Nel fac-simile del POS c'è scritto «datore di lavoro: Mario Rossi, codice fiscale RSSMRA80A01H501U». "
        "È il solito esempio o devo cambiarlo?"),
    ])


@tpl("clean_templates", "moban_zh", "zh", 2)
def t_moban(d):
    return d.nth([
        ("帮我改一下这个施工日志模板：\n\n项目负责人：张三\n施工员：李四\n天气：____\n"
        "今日施工内容：____\n材料进场：____"),
        "劳务合同范本里写的是“甲方：张三，乙方：李四，丙方：王五”，正式使用前要改哪些地方？",
    ])


@tpl("clean_templates", "mihon_ja", "ja", 2)
def t_mihon(d):
    return d.nth([
        ("この工事請負契約書のひな形をチェックしてください。\n\n発注者：山田太郎\n請負者：○○建設株式会社\n"
        "工事名：____邸 新築工事\n工期：____"),
        "安全書類の記入例で「山田花子」と書いてあるのは、そのまま提出しても大丈夫ですか？",
    ])


@tpl("clean_templates", "yangsik_ko", "ko", 1)
def t_yangsik(d):
    return "공사 계약서 양식 예시에 '갑: 홍길동, 을: 김철수'로 되어 있는데, 하자보수 조항을 추가해 주세요."


@tpl("clean_templates", "shablon_uk", "uk", 1)
def t_shablon(d):
    return (
        "Виправ шаблон акту виконаних робіт: «Замовник: Петренко Петро Петрович, Підрядник: ТОВ "
        "«Приклад-Буд»». Це лише зразок, імена треба залишити як є."
    )


@tpl("clean_templates", "shablon_ru", "ru", 1)
def t_shablon_ru(d):
    return (
        "В образце наряда-допуска на работы на высоте указан «Иванов Иван Иванович». Это стандартный пример? "
        "Помоги дописать пункты про страховочные привязи."
    )

# ================================================================= clean_site (PII-free)


@tpl("clean_site", "diary_roles", "en", 3)
def t_diary_roles(d):
    return d.nth([
        ("Turn this into a client-friendly weekly summary:\nMon: groundworks gang (4) on drainage, JCB 3CX + "
        "Thwaites dumper. Tue: rain, no scaffold work. Wed: bricklayers started plot 2, Ibstock Leicester Red. "
        "Thu: BCO inspected foundations, passed. Fri: Velux delivery short by 2 units."),
        ("Summarise for the monthly report: M&E first fix 80% on level 2, drylining sub behind by a week "
        "(Gyproc boards late from the merchant), Hilti firestop survey booked, crane hire extended 2 weeks."),
        ("Make a table from this: roofers on Marley Eternit slates (East elevation), scaffolders adapting the "
        "Layher lift for the chimney, electricians waiting on the Hager consumer units, plasterers off site."),
    ])


@tpl("clean_site", "toolbox_content", "en", 3)
def t_toolbox_content(d):
    return d.nth([
        ("Write a 5-minute toolbox talk on Weil's disease (leptospirosis) for a drainage gang: symptoms, "
        "welfare, covering cuts, and what to tell the GP."),
        ("Toolbox talk on hand-arm vibration: Raynaud's phenomenon ('white finger'), trigger times on Kango and "
        "Hilti breakers, and how HAVmeters work."),
        ("Draft a toolbox talk on Legionnaires' disease for plumbers recommissioning a hotel's hot water system "
        "after a long shutdown. Keep it practical."),
    ])


@tpl("clean_site", "company_subbies_csv", "en", 3)
def t_company_csv(d):
    rows = d.nth([
        ["Balfour Beatty,main contractor,Tier 1", "J. Murphy & Sons,civils,Tier 1",
         "Sir Robert McAlpine,frame,Tier 1", "Laing O'Rourke,precast,Tier 1"],
        ["Morgan Sindall,fit-out,Tier 1", "Willmott Dixon,education,Tier 1", "Kier,highways,Tier 1",
         "Galliford Try,water,Tier 1"],
        ["Bouygues UK,healthcare,Tier 1", "Wates,residential,Tier 1", "John Sisk & Son,data centres,Tier 1",
         "Bowmer + Kirkland,commercial,Tier 1"],
    ])
    return (
        "Dedupe and sort this list of contractors for our bid tracker, then add a column for the region:\n\n"
        "company,sector,tier\n" + NL.join(rows)
    )


@tpl("clean_site", "issue_export_roles", "en", 2)
def t_issue_roles(d):
    return d.nth([
        ("Group these BIM issues by discipline:\n\n"
        '[{"id": "CL-401", "title": "Ductwork vs UB at grid D/6", "assignee": "MEP coordinator"},\n'
        ' {"id": "CL-402", "title": "Stair core wall thickness (Revit vs Tekla)", "assignee": "Structures"},\n'
        ' {"id": "CL-403", "title": "Curtain wall mullion vs slab edge", "assignee": "Facade (Schüco)"}]'),
        ("Summarise this Navisworks clash report for the design team meeting:\nTest 1 Structure vs MEP: 214 "
        "clashes (new 38, active 150, resolved 26)\nTest 2 Architecture vs Structure: 57\nTest 3 Drainage vs "
        "Foundations: 12, all at the lift pit"),
    ])


@tpl("clean_site", "regs_lower", "en", 4, case="lower")
def t_regs_lower(d):
    return d.nth([
        "under cdm 2015 who is the principal designer on a domestic loft job, me as the architect or the builder?",
        "does part l 2021 mean i cant use a combi boiler anymore on a new build, or is it just the future homes standard",
        "what actually changed for small builders after the building safety act, do we need to register anything",
        "is the hackitt review the same as the grenfell inquiry report or two different things",
    ])


@tpl("clean_site", "planning_famous", "en", 3)
def t_planning_famous(d):
    return d.nth([
        ("How did the Shard get planning permission so close to London Bridge when St Paul's has protected "
        "viewing corridors? Was John Prescott's inquiry decision the turning point?"),
        ("What did Prince Charles actually say in the 1984 'monstrous carbuncle' speech about the National "
        "Gallery extension, and what got built instead (Venturi Scott Brown's Sainsbury Wing)?"),
        ("Why is Fallingwater, at 1491 Mill Run Road, run by the Western Pennsylvania Conservancy and how do "
        "they deal with the cantilever deflection? Asking for a conservation module."),
    ])


@tpl("clean_site", "caps_notices", "en", 3, case="upper")
def t_caps(d):
    return d.nth([
        ("Proofread these site signs before we print them: HARD HATS, HI-VIS AND SAFETY BOOTS MUST BE WORN "
        "BEYOND THIS POINT. ALL VISITORS REPORT TO THE SITE OFFICE. THIS SITE IS REGISTERED WITH THE "
        "CONSIDERATE CONSTRUCTORS SCHEME."),
        ("Make these shorter for the gate banner: CAUTION JCB AND DUMPER CROSSING. NO UNAUTHORISED ACCESS. "
        "DELIVERIES 8:00 TO 16:00 ONLY, BOOK VIA THE LOGISTICS PLAN."),
        ("Check the wording: DANGER ASBESTOS REMOVAL IN PROGRESS. LICENSED CONTRACTOR ONLY. "
        "RPE (FFP3) REQUIRED IN THE ENCLOSURE. DECONTAMINATION UNIT AT GATE 2."),
    ])


@tpl("clean_site", "whatsapp_roles", "en", 2)
def t_whatsapp_roles(d):
    return d.nth([
        ("Summarise this chat between our site office and the merchants' depots:\n\n"
        "[08:02] Site Office: Jewson, can you bring the Catnic lintels forward to Thursday?\n"
        "[08:10] Jewson Trade Desk: Thursday PM ok, 3 x CG90/100 1800\n"
        "[08:15] Travis Perkins: Celotex 100mm back in stock, 40 sheets held\n"
        "[08:20] Site Office: 👍 send both"),
        ("Pull out the actions from this group chat:\n\n[17:31] Hilti Fleet: 2 x TE 30 due for service Friday\n"
        "[17:33] Speedy Hire: Genie boom off-hire confirmed, collection 7am\n"
        "[17:40] Site Office: can Speedy also take the Belle mixer?\n[17:42] Speedy Hire: yes"),
    ])


@tpl("clean_site", "ingineri_ro", "ro", 2, case="lower")
def t_ingineri(d):
    return d.nth([
        "cine a fost anghel saligny si de ce podul de la cernavoda e asa important pentru ingineria romaneasca?",
        ("casa poporului chiar e a doua cea mai mare cladire administrativa din lume dupa pentagon? cine a "
        "fost arhitecta, anca petrescu?"),
    ])


@tpl("clean_site", "bauhaus_he", "he", 2)
def t_bauhaus_he(d):
    return d.nth([
        "למה העיר הלבנה בתל אביב הוכרזה כאתר מורשת עולמית? מה הקשר לבאוהאוס ולאדריכלים כמו אריה שרון?",
        "ספר לי בקצרה על משה ספדי, מ-Habitat 67 במונטריאול ועד מרינה ביי סנדס בסינגפור.",
    ])

@tpl("clean_site", "rams_generic", "en", 3)
def t_rams_generic(d):
    return d.nth([
        ("Improve this method statement step: 'The Supervisor will check the IPAF card of each MEWP operator and "
        "the Genie Z-45 pre-use inspection before work starts. The Operative will wear a harness clipped to the "
        "basket anchor point at all times.'"),
        ("Rewrite this RAMS section in plain English: 'Operatives shall utilise Makita DX12 on-tool extraction "
        "and FFP3 RPE during chasing of blockwork; the Site Manager shall monitor compliance.'"),
        ("Check this sequence for a temporary works design: Acrow props at 900 centres, Bailey-type needle beams "
        "through the wall, then break out the opening with a Brokk. Who signs off, the TWC or the TWS?"),
    ])


# ---------------------------------------------------------------- check digits of the typed-in identifiers (verification only)

VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                   14, 16, 10, 22, 25, 24, 23]))


def digits(v):
    return [int(c) for c in v if c.isdigit()]


def weighted(ds, ws):
    return sum(a * b for a, b in zip(ds, ws))


def luhn_ok(value):
    total = 0
    for k, c in enumerate(reversed([c for c in value if c.isdigit()])):
        v = int(c) * (2 if k % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def iban_ok(value):
    s = value.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def id_ok(kind, value):
    d = digits(value)
    if kind == "nino":
        v = value.replace(" ", "")
        return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) is not None
                and v[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    if kind == "utr":
        return len(d) == 10 and "21987654321"[weighted(d[1:], [6, 7, 8, 9, 10, 5, 4, 3, 2]) % 11] == str(d[0])
    if kind == "pesel":
        return len(d) == 11 and (10 - weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == d[10]
    if kind == "cnp":
        r = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
        return len(d) == 13 and (1 if r == 10 else r) == d[12]
    if kind == "lt":
        r = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
        if r == 10:
            r = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10
        return len(d) == 11 and r == d[10]
    if kind == "egn":
        return len(d) == 10 and weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 == d[9]
    if kind in ("amka", "eid"):
        return luhn_ok(value)
    if kind == "tckn":
        return (len(d) == 11 and d[0] != 0 and (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9]
                and sum(d[:10]) % 10 == d[10])
    if kind == "cpf":
        c1 = weighted(d, range(10, 1, -1)) * 10 % 11 % 10
        c2 = weighted(d, range(11, 1, -1)) * 10 % 11 % 10
        return len(d) == 11 and c1 == d[9] and c2 == d[10]
    if kind == "ptnif":
        c = 11 - weighted(d, range(9, 1, -1)) % 11
        return len(d) == 9 and (0 if c >= 10 else c) == d[8]
    if kind == "nie":
        v = value.replace("-", "")
        n = int(str("XYZ".index(v[0])) + v[1:8])
        return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23] == v[8]
    if kind == "cf":
        total = sum(CF_ODD[c] if k % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
                    for k, c in enumerate(value[:15]))
        return chr(65 + total % 26) == value[15]
    if kind == "aadhaar":
        c = 0
        for k, x in enumerate(reversed(d)):
            c = VERHOEFF_D[c][VERHOEFF_P[k % 8][x]]
        return len(d) == 12 and c == 0
    if kind == "cnid":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return "10X98765432"[weighted(digits(value[:17]), w) % 11] == value[17]
    if kind == "ssn":
        a, g, n = value.split("-")
        return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"
    return kind.startswith("passport")


# ================================================================= build, check, report

NON_LATIN = {"ar", "he", "el", "ru", "uk", "bg", "zh", "ja", "ko", "hi", "th"}


def build():
    rng = random.Random(SEED)
    uses = Counter()
    rows, langs = [], []
    for t in TEMPLATES:
        tpl_taken = set()
        for i in range(t["n"]):
            d = Draw(rng, uses, i, tpl_taken)
            text, spans = unmark(t["fn"](d), t["case"])
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{i}",
                "text": text,
                "spans": spans,
                "source": SOURCE,
                "class": t["cls"],
                "template": t["name"],
                "locale": "",
            })
            langs.append((t["lang"], t["case"]))
    return rows, langs


def check(rows, langs):
    assert len(rows) == TARGET_ROWS, len(rows)
    ids, texts = set(), set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["class"].startswith(("personal_", "clean_")), r["class"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, s
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(s["value"]), s
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"]), s
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    per_template = Counter(r["template"] for r in rows)
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5
    assert len({(r["class"], r["template"]) for r in rows}) == len(per_template), "template names must be unique"
    classes = {r["class"] for r in rows}
    assert 8 <= len(classes) <= 12, classes
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    non_en = [lang for lang, _ in langs if lang != "en"]
    assert 0.35 <= len(non_en) / len(rows) <= 0.50, len(non_en)
    assert len(set(non_en)) >= 15, set(non_en)
    assert len(set(non_en) & NON_LATIN) >= 5
    for kind, vals in IDS.items():
        assert len({v[0] for v in vals}) == len(vals), kind
        for v in vals:
            assert id_ok(kind, v[0]), (kind, v[0])
    for vals in IBANS.values():
        for v in vals:
            assert iban_ok(v), v
    for v in CARDS:
        assert luhn_ok(v), v
    return True


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def report(rows, langs, data):
    print(f"rows: {len(rows)}")
    print("classes:")
    for cls, n in sorted(Counter(r["class"] for r in rows).items()):
        tpls = len({r["template"] for r in rows if r["class"] == cls})
        print(f"  {cls:28s} {n:4d} rows  {tpls:3d} templates")
    print(f"templates: {len({r['template'] for r in rows})}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans: " + ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    lang = Counter(lg for lg, _ in langs)
    print("languages: " + ", ".join(f"{k} {v}" for k, v in lang.most_common()))
    non_en = sum(v for k, v in lang.items() if k != "en")
    print(f"not English: {non_en} ({non_en / len(rows):.1%}) in {len(lang) - 1} languages")
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"PII-free: {clean} ({clean / len(rows):.1%})")
    cases = Counter(c or "mixed" for _, c in langs)
    print("cases: " + ", ".join(f"{k} {v}" for k, v in cases.most_common()))
    lines = [r["text"].count("\n") + 1 for r in rows]
    chars = [len(r["text"]) for r in rows]
    print(f"lines: {min(lines)}-{max(lines)}, chars: {min(chars)}-{max(chars)}")
    print(f"sha256: {hashlib.sha256(data).hexdigest()}")


def main(argv):
    rows, langs = build()
    check(rows, langs)
    data = dump(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_bytes() == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_bytes(data)
    report(rows, langs, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
