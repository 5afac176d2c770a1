"""Build the `salon` check set: prompts that personal-care businesses send to an AI assistant.

Hair salons, barbers, nail bars, spas and massage, tattoo and piercing studios, aesthetic clinics,
tanning, opticians' frame fittings, personal trainers and dog groomers: their receptionists,
owners, stylists, therapists and clients. Half the rows hold personal data (labelled), half hold
none while naming brands, styles, software, public figures, sample people and placeholders.

Every private value below was typed by hand. No Faker, mimesis or other package is used. Check
digits of IDs, IBANs and the card numbers were worked out once and typed in as literals;
`check()` re-validates them.

    python build.py           # writes holdout.jsonl, prints counts and sha256
    python build.py --check   # rebuilds in memory, runs check(), compares with the file
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 59204
SET = "salon"
OUT = Path(__file__).resolve().parent / "holdout.jsonl"
SOURCE = "eval/salon/build.py"
N_ROWS = 324

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "fi": "Finnish", "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian",
    "el": "Greek", "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "hi": "Hindi", "th": "Thai", "vi": "Vietnamese", "id": "Indonesian",
    "tl": "Tagalog/Taglish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian",
}


# ---------------------------------------------------------------- markers

def mk(kind, value):
    return f"⟦{kind}|{value}⟧"


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


def SSN(v):
    return mk("US_SSN", v)


def IBAN(v):
    return mk("IBAN_CODE", v)


def CC(v):
    return mk("CREDIT_CARD", v)


def IP(v):
    return mk("IP_ADDRESS", v)


def MRN(v):
    return mk("MEDICAL_RECORD_NUMBER", v)


MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def unmark(marked, case=None):
    """Turn a marked text into (text, spans); case each piece on its own so offsets stay right."""
    def cased(s):
        if case == "lower":
            return s.lower()
        if case == "upper":
            return s.upper()
        return s

    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        lit = cased(marked[last:m.start()])
        out.append(lit)
        pos += len(lit)
        val = cased(m.group(2))
        spans.append({"start": pos, "end": pos + len(val), "type": m.group(1), "value": val})
        out.append(val)
        pos += len(val)
        last = m.end()
    tail = cased(marked[last:])
    out.append(tail)
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked[:80]
    return text, spans


# ---------------------------------------------------------------- people

FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                      "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "'": "",
                      "’": ""})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", s.lower())


class Person:
    def __init__(self, spec, pool):
        parts = [x.strip() for x in spec.split("|")]
        self.given, self.family, self.sex, self.culture = parts[:4]
        self.order = parts[4] if len(parts) > 4 and parts[4] else "gf"
        latin = parts[5] if len(parts) > 5 else f"{self.given} {self.family}"
        self.latin_given, _, self.latin_family = latin.partition(" ")
        self.pool = pool

    @property
    def full(self):
        if self.order == "fg":
            return f"{self.family} {self.given}"
        if self.order == "fg0":
            return f"{self.family}{self.given}"
        return f"{self.given} {self.family}"

    @property
    def N(self):
        return mk("PERSON", self.full)

    @property
    def G(self):
        return mk("PERSON", self.given)

    @property
    def F(self):
        return mk("PERSON", self.family)

    def first_word(self):
        return mk("PERSON", self.given.split()[0])

    def flat(self):
        """ASCII given and family for e-mail local parts."""
        return fold(self.latin_given.split()[0]), fold(self.latin_family.replace(" ", ""))


def pool(name, text):
    return [Person(line, name) for line in text.strip().splitlines() if line.strip()]


# given | family | sex | culture | order (gf, fg = family first, fg0 = family first, no space) | latin
PEOPLE = {}
PEOPLE["en"] = pool("en", """
Adaeze | Okafor | f | Igbo
Tobi | Adeyemi | m | Yoruba
Kwame | Mensah | m | Akan
Abena | Owusu | f | Akan
Hodan | Warsame | f | Somali
Tendai | Moyo | f | Shona
Siobhán | Ní Bhraonáin | f | Irish
Ciarán | Ó Súilleabháin | m | Irish
Eilidh | MacKenzie | f | Scottish
Rhiannon | Pugh | f | Welsh
Gethin | ap Dafydd | m | Welsh
Jade | Whitlock | f | English
Rose | Baker | f | English
Hope | Winterbourne | f | English
Summer | Wolf | f | US
Grace | Hunter | f | English
Holly | Marsh | f | English
Bill | Fisher | m | English
Chris | Martin | m | English
Paul | Smith | m | English
Emma | Stone | f | US
Blessing | Ncube | f | Ndebele
Thandiwe | Khumalo | f | Zulu
Anri | du Plessis | f | Afrikaans
Harpreet | Kaur Dhillon | f | Punjabi
Gurdeep | Singh Bains | m | Punjabi
Nusrat | Chowdhury | f | Bengali
Aisha | Qureshi | f | Pakistani
Priyanka | Raghunathan | f | Tamil
Kavya | Nair | f | Malayali
Dhruv | Patel | m | Gujarati
Imran | Hussain | m | Pakistani
Thị Thu | Nguyễn | f | Vietnamese | fg | Thu Nguyen
Minh Khoa | Trần | m | Vietnamese | fg | Khoa Tran
Xiaoling | Zhou | f | Chinese
Ji-woo | Park | f | Korean
Yuki | Tanabe | f | Japanese
Maricel | Bautista | f | Filipino
Aroha | Te Kani | f | Māori
Sione | Taufahema | m | Tongan
Leilani | Faleolo | f | Samoan
Keisha | Campbell | f | Jamaican
Marcus | Greenidge | m | Barbadian
DeShawn | Whitaker | m | African American
Lupe | Ochoa | f | Chicano
Ximena | Castañeda | f | Mexican
Kateryna | Bondarenko | f | Ukrainian
Magdalena | Wiśniewska | f | Polish
Tomasz | Grabowski | m | Polish
Ionela | Munteanu | f | Romanian
Georgia | Christodoulou | f | Greek Cypriot
Elif | Aydın | f | Turkish
Rojin | Baran | f | Kurdish
Nour | Haddad | f | Lebanese
Shirin | Tehrani | f | Persian
Yael | Ben-Ami | f | Israeli
Olivia | de Souza | f | Brazilian
Niamh | Fitzgerald | f | Irish
Ruby | O'Donnell | f | Irish American
Willow | Ashby | f | English
Ivy | Fairweather | f | English
Joy | Adebayo-Hart | f | Yoruba English
Jordan | Reyes | m | US
Winona | Begay | f | Navajo
Amara | Diallo | f | Fula
Fatou | Ndiaye | f | Wolof
Emre | Koç | m | Turkish
Layla | Al-Masri | f | Syrian
Hamza | El Idrissi | m | Moroccan
Callum | Drummond | m | Scottish
Bronwyn | Jarrett | f | Australian
Kirra | Walsh | f | Australian
Tyler | Brennan | m | US
Dawn | Pickering | f | English
Sunny | Bhatt | m | Gujarati
Crystal | Jean-Baptiste | f | Haitian
""")
PEOPLE["de"] = pool("de", """
Lena | Hoffmann | f | German
Jonas | Krüger | m | German
Anneliese | Brandstätter | f | Austrian
Ayşe | Korkmaz | f | Turkish German
Svetlana | Becker | f | Russian German
Dragana | Petrović | f | Serbian
Mia | Vogel | f | German
Franziska | Huber | f | Bavarian
Reto | Gasser | m | Swiss
Katrin | von Bülow | f | German
Kübra | Aslan | f | Turkish German
Lukas | Brandt | m | German
Joanna | Schmidtke | f | Polish German
Sophie | Weißenborn | f | German
""")
PEOPLE["fr"] = pool("fr", """
Camille | Lefort | f | French
Manon | Guérin | f | French
Théo | Marchand | m | French
Inès | Benali | f | Algerian French
Maëlle | Le Bihan | f | Breton
Aurélie | Dufresne | f | Québécois
Fatoumata | Keïta | f | Malian French
Jérôme | Vasseur | m | French
Océane | Lambert | f | French
Linh | Pham | f | Vietnamese French
Solène | Morel | f | French
Benoît | Girard | m | Belgian
Gwenaëlle | Kerjean | f | Breton
Yasmina | Haddadi | f | Kabyle
""")
PEOPLE["es"] = pool("es", """
Lucía | Navarro Ruiz | f | Spanish
Alba | Etxeberria | f | Basque
Jordi | Puig i Serra | m | Catalan
Rocío | Montoya Vega | f | Andalusian
Valentina | Quiroga | f | Argentine
Camila | Ospina Duque | f | Colombian
Itzel | Ramírez Coyotl | f | Mexican
Esperanza | Vidal | f | Spanish
Sergio | Blanco Iglesias | m | Galician
Paloma | Cordero | f | Spanish
Ainhoa | Zubizarreta | f | Basque
Wara | Condori | f | Aymara
Marisol | Peña | f | Chilean
""")
PEOPLE["pt"] = pool("pt", """
Inês | Carvalho | f | Portuguese
Beatriz | Sousa Pinto | f | Portuguese
Tiago | Figueiredo | m | Portuguese
Joana | Teixeira | f | Portuguese
Thaís | Albuquerque | f | Brazilian
Larissa | dos Reis | f | Brazilian
Rafaela | Nascimento | f | Brazilian
Gustavo | Amaral | m | Brazilian
Ana Clara | Ferraz | f | Brazilian
Kauã | Moreira | m | Brazilian
Djamila | Tavares | f | Cape Verdean
""")
PEOPLE["it"] = pool("it", """
Francesca | Lo Bianco | f | Sicilian
Alessia | De Luca | f | Italian
Martina | Pellegrini | f | Italian
Nicoletta | Sanna | f | Sardinian
Federico | Bassi | m | Italian
Serena | Fumagalli | f | Lombard
Gianluca | Dell'Orto | m | Lombard
Rosaria | Cuomo | f | Neapolitan
""")
PEOPLE["nl"] = pool("nl", """
Sanne | de Vries | f | Dutch
Femke | van den Heuvel | f | Dutch
Noor | Bouzid | f | Moroccan Dutch
Daan | Bakker | m | Dutch
Anouk | Visser | f | Dutch
Lieke | Smits | f | Flemish
Jasper | Verbeek | m | Flemish
Gizem | Arslan | f | Turkish Dutch
""")
PEOPLE["pl"] = pool("pl", """
Agnieszka | Zielińska | f | Polish
Katarzyna | Pawlak | f | Polish
Bartosz | Kaczmarek | m | Polish
Oliwia | Szymańska | f | Polish
Zofia | Lis | f | Polish
Marta | Wrona | f | Polish
Paweł | Dąbrowski | m | Polish
""")
PEOPLE["sv"] = pool("sv", """
Elin | Lindqvist | f | Swedish
Johan | Sjöberg | m | Swedish
Saga | Björk | f | Swedish
Amira | Yusuf | f | Somali Swedish
Tove | Engström | f | Swedish
""")
PEOPLE["no"] = pool("no", """
Ingrid | Solberg | f | Norwegian
Sindre | Haugland | m | Norwegian
Marte | Bakken | f | Norwegian
""")
PEOPLE["da"] = pool("da", """
Freja | Kjeldsen | f | Danish
Mads | Thygesen | m | Danish
Signe | Holm | f | Danish
Nanna | Østergaard | f | Danish
""")
PEOPLE["fi"] = pool("fi", """
Aino | Heikkinen | f | Finnish
Veera | Lehtonen | f | Finnish
Eero | Nieminen | m | Finnish
""")
PEOPLE["tr"] = pool("tr", """
Zeynep | Kaya | f | Turkish
Büşra | Öztürk | f | Turkish
Emre | Şen | m | Turkish
Merve | Aksoy | f | Turkish
Selin | Doğan | f | Turkish
Hatice | Çiftçi | f | Turkish
Berfin | Tekin | f | Kurdish
""")
PEOPLE["ru"] = pool("ru", """
Анастасия | Воробьёва | f | Russian | gf | Anastasiya Vorobyova
Дарья | Кузнецова | f | Russian | gf | Darya Kuznetsova
Игорь | Полянский | m | Russian | gf | Igor Polyansky
Ксения | Лебедева | f | Russian | gf | Kseniya Lebedeva
Ольга Викторовна | Смирнова | f | Russian | fg | Olga Smirnova
Гульнара | Хабибуллина | f | Tatar | gf | Gulnara Khabibullina
""")
PEOPLE["uk"] = pool("uk", """
Олена | Ткаченко | f | Ukrainian | gf | Olena Tkachenko
Соломія | Гнатюк | f | Ukrainian | gf | Solomiia Hnatiuk
Богдан | Мельник | m | Ukrainian | gf | Bohdan Melnyk
Ірина | Савчук | f | Ukrainian | gf | Iryna Savchuk
""")
PEOPLE["el"] = pool("el", """
Ελένη | Παπαδοπούλου | f | Greek | gf | Eleni Papadopoulou
Κωνσταντίνα | Μαυρίδου | f | Greek | gf | Konstantina Mavridou
Γιώργος | Αντωνίου | m | Greek | gf | Giorgos Antoniou
Δέσποινα | Καραγιάννη | f | Greek | gf | Despoina Karagianni
""")
PEOPLE["ar"] = pool("ar", """
مريم | العتيبي | f | Saudi | gf | Maryam Alotaibi
رنا | الخطيب | f | Jordanian | gf | Rana Alkhatib
سارة | بنعلي | f | Moroccan | gf | Sara Benali
هالة | منصور | f | Egyptian | gf | Hala Mansour
يوسف | الشامي | m | Syrian | gf | Youssef Alshami
فاطمة الزهراء | العلوي | f | Moroccan | gf | Fatima Alaoui
""")
PEOPLE["he"] = pool("he", """
נועה | לוי | f | Israeli | gf | Noa Levi
שירה | אברהמי | f | Israeli | gf | Shira Avrahami
מיכל | בן דוד | f | Israeli | gf | Michal Ben-David
אורי | פרידמן | m | Israeli | gf | Uri Friedman
תמר | אזולאי | f | Moroccan Israeli | gf | Tamar Azoulay
""")
PEOPLE["zh"] = pool("zh", """
思雨 | 陈 | f | Chinese | fg0 | Siyu Chen
嘉怡 | 林 | f | Taiwanese | fg0 | Jiayi Lin
子轩 | 周 | m | Chinese | fg0 | Zixuan Zhou
佳琪 | 黄 | f | Chinese | fg0 | Jiaqi Huang
梦瑶 | 刘 | f | Chinese | fg0 | Mengyao Liu
""")
PEOPLE["ja"] = pool("ja", """
美咲 | 高橋 | f | Japanese | fg0 | Misaki Takahashi
結衣 | 中村 | f | Japanese | fg0 | Yui Nakamura
蓮 | 小林 | m | Japanese | fg0 | Ren Kobayashi
さくら | 渡辺 | f | Japanese | fg0 | Sakura Watanabe
彩花 | 山口 | f | Japanese | fg0 | Ayaka Yamaguchi
翔太 | 伊藤 | m | Japanese | fg0 | Shota Ito
千尋 | 松本 | f | Japanese | fg0 | Chihiro Matsumoto
大輝 | 井上 | m | Japanese | fg0 | Daiki Inoue
""")
PEOPLE["ko"] = pool("ko", """
하은 | 박 | f | Korean | fg0 | Haeun Park
민서 | 정 | f | Korean | fg0 | Minseo Jung
유진 | 최 | f | Korean | fg0 | Yujin Choi
도윤 | 강 | m | Korean | fg0 | Doyun Kang
소희 | 윤 | f | Korean | fg0 | Sohee Yoon
""")
PEOPLE["hi"] = pool("hi", """
प्रिया | शर्मा | f | Hindi | gf | Priya Sharma
अंजलि | वर्मा | f | Hindi | gf | Anjali Verma
रोहित | मल्होत्रा | m | Punjabi Hindi | gf | Rohit Malhotra
नेहा | चौहान | f | Rajasthani | gf | Neha Chauhan
सुनीता | यादव | f | Bihari | gf | Sunita Yadav
""")
PEOPLE["th"] = pool("th", """
สุภาพร | ศรีสุข | f | Thai | gf | Supaporn Srisuk
ณัฐธิดา | วงศ์ใหญ่ | f | Thai | gf | Natthida Wongyai
ปิยะพงษ์ | แสงทอง | m | Thai | gf | Piyapong Saengthong
กมลชนก | บุญมา | f | Isan Thai | gf | Kamonchanok Boonma
""")
PEOPLE["vi"] = pool("vi", """
Thị Hồng Nhung | Lê | f | Vietnamese | fg | Nhung Le
Thu Trang | Phạm | f | Vietnamese | fg | Trang Pham
Quang Huy | Đỗ | m | Vietnamese | fg | Huy Do
Ngọc Anh | Vũ | f | Vietnamese | fg | Anh Vu
Bảo Châu | Hoàng | f | Vietnamese | fg | Chau Hoang
""")
PEOPLE["id"] = pool("id", """
Siti | Rahmawati | f | Javanese
Dewi | Kusumawardhani | f | Javanese
Ni Kadek | Sri Wahyuni | f | Balinese
Andi | Pratama | m | Bugis
Butet | Simanjuntak | f | Batak
""")
PEOPLE["tl"] = pool("tl", """
Maria Cristina | Villanueva | f | Filipino
Jerome | Pangilinan | m | Filipino
Rhea | Dimaculangan | f | Filipino
Liezl | Manalo | f | Visayan
""")
PEOPLE["cs"] = pool("cs", """
Tereza | Dvořáková | f | Czech
Kateřina | Procházková | f | Czech
Ondřej | Beneš | m | Czech
Lucie | Krejčí | f | Czech
""")
PEOPLE["hu"] = pool("hu", """
Réka | Nagy | f | Hungarian | fg
Boglárka | Tóth | f | Hungarian | fg
Dóra | Kiss | f | Hungarian | fg
Ádám | Szalai | m | Hungarian | fg
Zsófia | Balogh | f | Hungarian | fg
""")
PEOPLE["ro"] = pool("ro", """
Ioana | Stoica | f | Romanian
Bianca | Dumitrescu | f | Romanian
Mihai | Popa | m | Romanian
""")


# ---------------------------------------------------------------- addresses
# Each spec: lines separated by a newline; {x} is a LOCATION span, {=x} a LOCATION span that is
# the town. Towns are real small places; the street numbers that go with them are made up.

class Addr:
    def __init__(self, country, spec):
        self.country = country
        self.town_raw = None

        def sub(m):
            v = m.group(1)
            if v.startswith("="):
                v = v[1:]
                self.town_raw = v
            return L(v)

        self.lines = [re.sub(r"\{(.*?)\}", sub, ln) for ln in spec.split("\n")]

    @property
    def block(self):
        return "\n".join(self.lines)

    def line(self, sep=", "):
        return sep.join(self.lines)

    @property
    def town(self):
        return L(self.town_raw)


ADDR_SPECS = {
    "gb": [
        "{Flat 3}, {22 Broad Street}\n{=Ludlow}\n{SY8 1NG}",
        "{9 Kiln Lane}\n{=Haworth}\n{Keighley}\n{BD22 8QP}",
        "{41 Fore Street}\n{=Fowey}\n{Cornwall}\n{PL23 1AH}",
        "{6 Northumberland Street}\n{=Alnmouth}\n{NE66 2RZ}",
        "{27 Kings Road}\n{=Llandovery}\n{SA20 0AB}",
        "{2 Shore Mill}\n{=Cromarty}\n{IV11 8XL}",
        "{83 Market Place}\n{=Wirksworth}\n{DE4 4ET}",
        "{The Old Forge}, {5 Back Lane}\n{=Clun}\n{SY7 8JP}",
        "{Flat 12}, {Rowan House}, {118 Stamford Hill}\n{=London}\n{N16 6QT}",
        "{14 Sandhill Drive}\n{=Harrogate}\n{HG1 4QL}",
    ],
    "ie": [
        "{12 Strand Street}\n{=Skerries}\n{Co. Dublin}\n{K34 X2E7}",
        "{3 Chapel Street}\n{=Castletownbere}\n{Co. Cork}\n{P75 WK52}",
        "{Apt 6}, {Quay House}\n{=Westport}\n{Co. Mayo}\n{F28 Y3H1}",
    ],
    "us": [
        "{212 Pine St}\n{=Sandpoint}, {ID} {83864}",
        "{57 Elm Ave}, {Apt 2}\n{=Brattleboro}, {VT} {05301}",
        "{908 Magnolia Dr}\n{=Natchitoches}, {LA} {71457}",
        "{33 Water St}\n{=Eastport}, {ME} {04631}",
        "{1417 W Alameda St}\n{=Santa Fe}, {NM} {87501}",
    ],
    "au": [
        "{Unit 4}, {17 Sackville St}\n{=Port Fairy} {VIC} {3284}",
        "{9 Sheridan St}\n{=Gundagai} {NSW} {2722}",
        "{42 Hyde St}\n{=Bellingen} {NSW} {2454}",
        "{11 Cygnet St}\n{=Denmark} {WA} {6333}",
    ],
    "nz": [
        "{21 Revell Street}\n{=Hokitika} {7810}",
    ],
    "ca": [
        "{74 rue Saint-Jean-Baptiste}\n{=Baie-Saint-Paul} ({QC}) {G3Z 1M3}",
        "{88 Pelham Street}\n{=Lunenburg}, {NS} {B0J 2C0}",
    ],
    "de": [
        "{Am Marktplatz 4}\n{91550} {=Dinkelsbühl}",
        "{Goethestraße 31}\n{99423} {=Weimar}",
        "{Mühlenweg 3a}\n{25938} {=Wyk auf Föhr}",
        "{Kirchgasse 9}\n{97346} {=Iphofen}",
        "{Lindenallee 17}, {2. OG links}\n{18374} {=Zingst}",
    ],
    "at": [
        "{Hauptplatz 11}\n{3370} {=Ybbs an der Donau}",
    ],
    "ch": [
        "{Dorfstrasse 18}\n{3715} {=Adelboden}",
    ],
    "fr": [
        "{12 rue des Remparts}\n{24200} {=Sarlat-la-Canéda}",
        "{8 rue du Général de Gaulle}\n{68340} {=Riquewihr}",
        "{Appt 14}, {27 avenue Georges Clemenceau}\n{06230} {=Villefranche-sur-Mer}",
        "{5 impasse des Tilleuls}\n{29930} {=Pont-Aven}",
    ],
    "be": [
        "{Rue de la Station 14}\n{6900} {=Marche-en-Famenne}",
    ],
    "nl": [
        "{Voorstraat 41}\n{8861 BL} {=Harlingen}",
        "{Ring 6}\n{4328 AV} {=Burgh-Haamstede}",
    ],
    "es": [
        "{Calle Real, 23}, {2º A}\n{40100} {=San Ildefonso} ({Segovia})",
        "{Plaza Mayor, 5}\n{10200} {=Trujillo} ({Cáceres})",
        "{Carrer de la Riera, 17}, {3r 1a}\n{08350} {=Arenys de Mar} ({Barcelona})",
    ],
    "pt": [
        "{Rua Direita, 45}, {1.º Esq.}\n{6270-498} {=Seia}",
        "{Rua da Misericórdia, 12}\n{7830-330} {=Serpa}",
    ],
    "br": [
        "{Rua do Carmo, 215}, {apto 302}\n{=São Luiz do Paraitinga} - {SP}\n{12140-000}",
        "{Rua Direita, 48}, {Centro}\n{=Pirenópolis} - {GO}, {72980-000}",
    ],
    "mx": [
        "{Calle Hidalgo 34}, {Col. Centro}\n{37700} {=San Miguel de Allende}, {Gto.}",
    ],
    "co": [
        "{Carrera 5 # 12-40}\n{=Barichara}, {Santander}",
    ],
    "it": [
        "{Via Garibaldi 7}\n{18039} {=Ventimiglia} ({IM})",
        "{Vicolo del Pozzo 3}\n{06081} {=Assisi} ({PG})",
        "{Corso Umberto I 112}, {int. 5}\n{98039} {=Taormina} ({ME})",
    ],
    "pl": [
        "{ul. Zamkowa 14/3}\n{34-500} {=Zakopane}",
        "{ul. Zdrojowa 22}\n{59-850} {=Świeradów-Zdrój}",
    ],
    "cz": [
        "{Náměstí Svornosti 15}\n{381 01} {=Český Krumlov}",
        "{Palackého 412}\n{588 56} {=Telč}",
    ],
    "hu": [
        "{=Tokaj}\n{Rákóczi út 27.}\n{3910}",
        "{8261} {=Badacsonytomaj}, {Kossuth Lajos utca 12.}",
    ],
    "se": [
        "{Strandgatan 14}\n{621 57} {=Visby}",
    ],
    "dk": [
        "{Algade 33}, {1. th.}\n{4760} {=Vordingborg}",
        "{Vestergade 12}, {st. tv.}\n{6792} {=Rømø}",
    ],
    "no": [
        "{Fjordgata 8}\n{6200} {=Stranda}",
    ],
    "fi": [
        "{Mannerheiminkatu 5} {B 12}\n{21100} {=Naantali}",
    ],
    "tr": [
        "{Atatürk Mah. Sahil Cad. No: 17} {D: 4}\n{48400} {=Bodrum}/{Muğla}",
        "{Kaleiçi Mah. Hesapçı Sk. No: 9}\n{07100} {=Muratpaşa}/{Antalya}",
        "{Türkmen Mah. Kışla Sk. No: 5} {D: 2}\n{09400} {=Kuşadası}/{Aydın}",
        "{Cumhuriyet Mah. Çarşı Cad. No: 31}\n{48300} {=Fethiye}/{Muğla}",
    ],
    "gr": [
        "{Αγίου Νικολάου 14}\n{72100} {=Άγιος Νικόλαος}",
        "{Ερμού 22}\n{84100} {=Ερμούπολη}, {Σύρος}",
    ],
    "ru": [
        "{ул. Советская, д. 12}, {кв. 7}\nг. {=Плёс}, {Ивановская обл.}, {155555}",
    ],
    "ua": [
        "{вул. Шевченка, 14}, {кв. 3}\nм. {=Кам'янець-Подільський}, {32300}",
    ],
    "il": [
        "{רחוב הרצל 12}, {דירה 4}\n{=ראש פינה}",
        "{שדרות אלונים 8}\n{=קריית טבעון}",
    ],
    "jo": [
        "{شارع الجامعة، عمارة 14}\n{=إربد}",
    ],
    "ma": [
        "{زنقة ابن بطوطة، رقم 9}\n{=شفشاون}",
    ],
    "jp": [
        "〒{399-6101} {長野県}{木曽郡}{=木祖村}{薮原1203}",
        "〒{913-0062} {福井県}{=坂井市}{三国町北本町2-14}",
    ],
    "kr": [
        "{강원특별자치도} {=속초시} {중앙로 45}, {302호} ({24821})",
    ],
    "cn": [
        "{云南省}{大理白族自治州}{=大理市}{古城复兴路88号}",
        "{浙江省}{湖州市}{=德清县}{英溪路12号}{3单元502室}",
    ],
    "vn": [
        "{Số 14 đường Trần Phú}, {phường Minh An}, {=Hội An}, {Quảng Nam}",
        "{Số 52 đường Cầu Mây}, {=thị xã Sa Pa}, {Lào Cai}",
    ],
    "in": [
        "{Flat 4B}, {Lakeview Apartments}, {12 Mall Road}\n{=Mussoorie}, {Uttarakhand} {248179}",
        "{मकान नं. 27}, {गांधी चौक}\n{=पुष्कर}, {राजस्थान} {305022}",
    ],
    "th": [
        "{99/12 หมู่ 3} {ตำบลเวียงใต้} {=อำเภอปาย} {จังหวัดแม่ฮ่องสอน} {58130}",
    ],
    "id": [
        "{Jl. Raya Ubud No. 27}\n{=Ubud}, {Gianyar}, {Bali} {80571}",
    ],
    "ph": [
        "{Blk 4 Lot 12}, {Brgy. Poblacion}\n{=Sagada}, {Mountain Province} {2619}",
        "{Purok 5}, {Brgy. Dancalan}\n{=Donsol}, {Sorsogon} {4715}",
    ],
    "za": [
        "{22 Long Street}\n{=Montagu}\n{6720}",
    ],
    "ro": [
        "{Str. Bălcescu nr. 9}, {ap. 4}\n{=Sighișoara}, {jud. Mureș}, {545400}",
        "{Strada Principală 118}\n{=Bran}, {jud. Brașov}, {507025}",
    ],
}
ADDRS = {cc: [Addr(cc, s) for s in specs] for cc, specs in ADDR_SPECS.items()}

# Phones: national format, no country code, made up.
PHONES = {
    "gb": ["07912 448 305", "07384 220917", "07458 331260", "01584 872419", "01535 647 201",
           "07723 018 664", "07531 902 447", "0141 558 2093", "07806 114 932", "020 8806 3357",
           "07437 552 190", "07990 316 284", "07561 049 733", "01347 822 516", "07887 263 401",
           "07300 845 912", "028 9066 1473", "07419 770 358"],
    "ie": ["087 214 5593", "085 771 2048", "(098) 26 418"],
    "us": ["(208) 263-4417", "802-254-3390", "(318) 352-7718", "207.853.2291", "(505) 982-6104"],
    "au": ["0412 557 893", "(03) 5568 2214", "0438 190 276"],
    "nz": ["021 488 3107", "(03) 755 8126"],
    "ca": ["(418) 435-2290", "902-634-7718"],
    "de": ["0151 23984417", "0171 4482093", "09851 57702", "0160 99182734", "04681 50219"],
    "at": ["0664 3829114", "07412 52218"],
    "ch": ["079 482 31 17"],
    "fr": ["06 12 48 93 27", "07 81 22 40 56", "06 51 08 27 43", "06 74 39 15 02"],
    "be": ["0478 23 91 05"],
    "nl": ["06-28417739", "0517 412 866", "06 19 33 72 08"],
    "es": ["612 48 93 27", "687 334 120", "921 47 02 18"],
    "pt": ["912 458 337", "963 220 418"],
    "br": ["(12) 99812-4471", "(62) 98431-2207", "(11) 97302-1184", "(21) 98817-3052", "(31) 99724-6610"],
    "mx": ["415 152 3307", "55 4182 2291"],
    "co": ["312 448 2093"],
    "ar": ["11 4182-2730"],
    "it": ["347 218 9904", "0184 352 117", "333 8812 406"],
    "pl": ["601 238 447", "512 904 336"],
    "cz": ["603 418 227", "737 220 915"],
    "hu": ["06 30 418 2277", "06 20 331 9046"],
    "se": ["070-412 38 95", "073-228 41 07", "076-551 20 83", "0498-27 14 60"],
    "dk": ["22 48 17 93", "41 83 20 56"],
    "no": ["412 38 904", "918 22 417"],
    "fi": ["040 718 2293", "050 331 4820"],
    "tr": ["0532 418 22 71", "0505 337 90 14", "0542 880 13 46"],
    "gr": ["694 812 3307", "697 220 4185"],
    "ru": ["8 (915) 418-22-07", "8 903 771 40 28"],
    "ua": ["067 412 38 05", "050 227 91 46"],
    "il": ["052-418-3307", "054-772-1904"],
    "jo": ["079 541 2283", "077 912 4408"],
    "ae": ["050 418 2297"],
    "ma": ["0612-448305"],
    "eg": ["010 2284 1937"],
    "jp": ["090-4182-2731", "080-3317-4409", "0776-81-2294", "070-2281-5946", "090-7730-1185"],
    "kr": ["010-4182-7730", "010-9926-3318"],
    "cn": ["138 1824 5739", "159 0217 4486"],
    "tw": ["0912 338 417"],
    "vn": ["0912 448 305", "0903 271 884"],
    "th": ["081 448 2309", "089 227 1460"],
    "in": ["98184 22731", "094140 33127", "99102 48376", "70142 88519", "91235 60478"],
    "id": ["0812-3844-1902", "0813 3720 4418"],
    "ph": ["0917 448 2305", "0998 331 2074"],
    "za": ["082 448 3307", "072 219 4081"],
    "ng": ["0803 418 2271", "0812 339 4407"],
    "gh": ["024 418 2273"],
    "ke": ["0712 448 305"],
    "ro": ["0722 418 309", "0744 220 917"],
}

# Dates of birth, (year, month, day). Adults, young adults, minors.
DOBS = {
    "adult": [(1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22),
              (1996, 6, 30), (1983, 12, 1), (1974, 2, 19), (1999, 10, 11), (1990, 7, 25),
              (1986, 4, 2), (1971, 8, 16), (1994, 1, 27), (2003, 9, 5), (1958, 11, 23),
              (1981, 6, 9), (2000, 2, 29), (1993, 5, 18), (1968, 10, 4), (1977, 3, 8),
              (2005, 7, 14), (1985, 8, 21), (1962, 1, 13), (1998, 4, 17), (1989, 12, 6),
              (1975, 7, 1), (2002, 11, 19), (1991, 9, 28)],
    "minor": [(2011, 5, 9), (2012, 10, 30), (2010, 2, 3), (2013, 8, 12), (2012, 4, 6)],
    "under18": [(2008, 6, 17), (2009, 1, 4), (2008, 11, 26)],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(ymd, style):
    y, m, d = ymd
    if style == "dmy/":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "mdy/":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "mdy-short":
        return f"{m}/{d}/{y % 100:02d}"
    if style == "dmy-short":
        return f"{d}/{m}/{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "dmy.":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "cs":
        return f"{d}. {m}. {y}"
    if style == "hu":
        return f"{y}. {m:02d}. {d:02d}."
    if style == "he":
        return f"{d}.{m}.{y}"
    if style == "cjk":
        return f"{y}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "th":
        return f"{d} {MONTHS['th'][m - 1]} {y + 543}"
    if style == "en":
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    if style == "en-short":
        return f"{d} {MONTHS['en'][m - 1][:3]} {y}"
    if style == "us":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if style == "de":
        return f"{d}. {MONTHS['de'][m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{d} de {MONTHS[style][m - 1]} de {y}"
    if style in ("fr", "it", "nl"):
        return f"{d} {MONTHS[style][m - 1]} {y}"
    raise ValueError(style)


# ---------------------------------------------------------------- IDs, accounts, cards
# Worked out once in a scratch session; check() validates every one of them again.

PESEL = [("94071241828", (1994, 7, 12), "f"), ("01232822756", (2001, 3, 28), "m"),
         ("88110590363", (1988, 11, 5), "f")]
PERSONNUMMER = [("960214-3829", (1996, 2, 14), "f"), ("830930-4171", (1983, 9, 30), "m")]
TCKN = ["28417539098", "51730824640", "36194275894"]
CPF = ["418.227.309-53", "730.514.862-80", "265.093.418-24"]
DNI = ["48219337K", "20774185X", "73105526A"]
NIE = ["X4182273E", "Y2093318X"]
NIR = [("2 91 04 29 233 047 04", (1991, 4, 18), "f"), ("1 85 06 75 115 214 86", (1985, 6, 3), "m")]
BE_NN = [("92.03.14-284.85", (1992, 3, 14), "f"), ("87.09.21-117.76", (1987, 9, 21), "m")]
BSN = ["418277308", "230981458", "617422394"]
PT_NIF = ["241833078", "219477264"]
NHS_NO = ["485 772 0310", "943 118 2602", "721 440 9534"]
NINO = ["JT 41 82 27 C", "NP 73 30 91 B", "SK 20 77 14 D", "RE 58 41 09 A", "WL 33 80 26 B", "HT 65 12 97 C"]
GB_PASSPORT = ["538124907", "127740683", "302918476"]
CPR = [("140389-1572", (1989, 3, 14), "f"), ("270792-2268", (1992, 7, 27), "f")]
HETU = [("120595-482U", (1995, 5, 12), "f"), ("030301A317U", (2001, 3, 3), "m")]
FNR = [("14089048258", (1990, 8, 14), "f"), ("22077731532", (1977, 7, 22), "m")]
CN_ID = [("532901199308152468", (1993, 8, 15), "f"), ("330521198804127317", (1988, 4, 12), "m")]
AADHAAR = ["7418 2290 3311", "5209 3318 4707"]
IL_ID = ["318412277", "205733983"]
CNP = [("2950823122417", (1995, 8, 23), "f"), ("1880411044181", (1988, 4, 11), "m")]
AMKA = [("19039004189", (1990, 3, 19)), ("07118502272", (1985, 11, 7))]
US_SSNS = ["412-58-3307", "528-41-9926", "273-60-4418"]
# Italians whose codice fiscale is computed from their own name, birth date and comune.
CF_PEOPLE = [
    (Person("Chiara | Esposito | f | Neapolitan", "it-cf"), "SPSCHR92E57F839V", (1992, 5, 17)),
    (Person("Davide | Marchetti | m | Roman", "it-cf"), "MRCDVD87R03H501N", (1987, 10, 3)),
    (Person("Giulia | Lombardo | f | Lombard", "it-cf"), "LMBGLI99A62F205V", (1999, 1, 22)),
]

IBANS = {
    "gb": ["GB30 BARC 2071 4583 3019 27", "GB12 LOYD 3096 2244 8153 70",
           "GB58 NWBK 5512 0731 8466 22", "GB62 MIDL 4027 1691 2844 07", "GB17 HBUK 4012 7753 8291 04",
           "GB58 BARC 2098 1166 4027 38", "GB10 LOYD 7791 4430 9255 81"],
    "ie": ["IE70 AIBK 9311 8241 0773 05"],
    "de": ["DE73 7655 0000 0001 8422 73", "DE14 1203 0000 1047 7193 85", "DE36 4306 0967 0822 4719 00",
           "DE15 7002 0270 0015 8477 31"],
    "es": ["ES18 2100 4418 1002 0033 7712", "ES33 0049 1822 5927 1004 8836"],
    "pt": ["PT50 0035 0418 0022 7315 9300 7", "PT50 0033 0000 4531 8822 0713 3"],
    "fr": ["FR76 3000 4018 2300 0418 2273 985"],
    "nl": ["NL70 INGB 0004 1822 73", "NL30 RABO 0318 8227 04", "NL93 ABNA 0471 8223 09"],
    "it": ["IT42 O030 6909 6060 0004 1822 730"],
    "pl": ["PL44 1020 4229 0000 4182 2730 9156"],
}
CARDS = ["4929 1820 4471 7334", "5412 7534 0918 2263", "3794 182273 09157", "4532017741829306",
         "4716 2290 4183 3700", "5229 1804 7736 1509"]
IPS = ["86.142.37.219", "31.94.18.207", "82.23.144.61", "92.40.196.13", "109.150.62.88",
       "2a02:c7c:5d10:2f00:9d4:e21b:38a0:4c17", "176.24.81.233", "5.151.33.90"]

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "icloud.com", "yahoo.co.uk",
           "btinternet.com", "live.co.uk", "proton.me"],
    "us": ["gmail.com", "yahoo.com", "icloud.com", "aol.com", "outlook.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "hotmail.com", "terra.com.br"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it"],
    "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
    "pl": ["wp.pl", "o2.pl", "gmail.com", "interia.pl"],
    "cs": ["seznam.cz", "email.cz", "gmail.com"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com", "icloud.com"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
    "ko": ["naver.com", "daum.net", "gmail.com"],
    "zh": ["qq.com", "163.com", "126.com"],
    "ru": ["mail.ru", "yandex.ru", "gmail.com"],
    "sv": ["telia.com", "gmail.com", "hotmail.se"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
}


# ---------------------------------------------------------------- drawing

class Ctx:
    """One row's drawing context: least-used first, ties by the seeded RNG, nothing twice a row."""

    def __init__(self, rng, use):
        self.rng, self.use, self.taken = rng, use, set()

    def _draw(self, kind, items, ok=None):
        cands = [i for i, x in enumerate(items) if (kind, i) not in self.taken and (ok is None or ok(x))]
        assert cands, kind
        low = min(self.use[(kind, i)] for i in cands)
        i = self.rng.choice([i for i in cands if self.use[(kind, i)] == low])
        self.use[(kind, i)] += 1
        self.taken.add((kind, i))
        return items[i]

    def who(self, lang="en", sex=None):
        return self._draw(("person", lang), PEOPLE[lang], None if sex is None else (lambda p: p.sex == sex))

    def addr(self, cc):
        return self._draw(("addr", cc), ADDRS[cc])

    def tel_raw(self, cc):
        return self._draw(("tel", cc), PHONES[cc])

    def tel(self, cc):
        return PH(self.tel_raw(cc))

    def ymd(self, kind="adult"):
        return self._draw(("dob", kind), DOBS[kind])

    def dob(self, style, kind="adult"):
        return DOB(fmt_date(self.ymd(kind), style))

    def one(self, kind, items):
        return self._draw(("item", kind), items)

    def iban(self, cc):
        return IBAN(self._draw(("iban", cc), IBANS[cc]))

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)

    def mail(self, p, domains="en", style=None):
        g, f = p.flat()
        style = style or self.rng.choice(["g.f", "gf", "g_fNN", "f.g", "gfNN", "gNN"])
        nn = f"{self.rng.randint(1, 99):02d}"
        local = {"g.f": f"{g}.{f}", "gf": f"{g[0]}{f}", "g_fNN": f"{g}_{f}{nn}", "f.g": f"{f}.{g}",
                 "gfNN": f"{g}{f[0]}{nn}", "gNN": f"{g}{nn}", "g": g, "g.f.": f"{g}.{f}"}[style]
        dom = self.rng.choice(MAIL_DOMAINS[domains]) if domains in MAIL_DOMAINS else domains
        return EM(f"{local}@{dom}")


TEMPLATES = []


def T(cls, name, lang, n, case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


def pick(seq, i):
    return seq[i % len(seq)]


def J(*lines):
    return "\n".join(lines)


# ================================================================ personal_bookings

@T("personal_bookings", "export_csv", "en", 2)
def _(c, i):
    rows = []
    services = ["Cut & Blow Dry", "Full Head Foils", "Gel Extensions", "Brow Lamination", "Root Tint",
                "Balayage + Toner", "Lash Lift & Tint", "Dry Cut"]
    staff = [c.who("en") for _ in range(2)]
    for k in range(4):
        p = c.who("en")
        raw = c.tel_raw("gb")
        tel = PH(raw[1:]) if k == 1 else PH(raw)
        mail = c.mail(p)
        st = staff[k % 2]
        day = f"2026-0{3 + i}-{12 + k:02d}"
        if k == 2:
            rows.append(f"{day},1{k}:30,{p.G},{p.F},{mail},{tel},{pick(services, i + k)},{st.G},15.00")
        else:
            rows.append(f"{day},1{k}:30,{p.G},{p.F},{tel},{mail},{pick(services, i + k)},{st.G},15.00")
    intro = pick([
        ("Fix this Fresha export before I import it into Phorest. The mobile column lost its leading zero on "
        "one row and another row has email and phone swapped:"),
        ("can you clean up this csv? timely exported it weird, one number is missing the 0 and a row has the "
        "columns the wrong way round"),
        "Please correct the CSV below (missing leading zero, swapped columns) and give it back as CSV only.",
    ], i)
    return J(intro, "", "date,time,first_name,last_name,mobile,email,service,staff,deposit_gbp", *rows)


@T("personal_bookings", "whatsapp_slot", "en", 3, case="lower")
def _(c, i):
    p = c.who("en", "f")
    mum = c.who("en", "f")
    st = c.who("en")
    d = pick(["03/05/2026", "11/04/2026", "27/02/2026"], i)
    return J(
        "help me reply to this one, she wants saturday and i only have 4pm with " + st.G + " left",
        "",
        f"[{d}, 18:42] {p.G}: hiya!! any chance of a balayage and cut this sat? its for my sisters wedding",
        f"[{d}, 18:43] {p.G}: also could u fit my mum in for a blow dry, {mum.N}, her number is {c.tel('gb')}",
        f"[{d}, 18:44] {p.G}: she cant do before 11 tho",
        f"[{d}, 19:05] Salon: hi {p.G}! let me check with {st.G} and come back to you",
        f"[{d}, 19:31] {p.G}: thank uuu x",
    )


@T("personal_bookings", "reminder_sms", "en", 2)
def _(c, i):
    p = c.who("en")
    st = c.who("en")
    svc = pick(["BIAB infill", "skin fade and beard", "full set of classic lashes"], i)
    tone = pick(["friendlier", "less formal but still clear about the deposit", "shorter (under 160 characters)"], i)
    return J(
        f"Rewrite this reminder so it sounds {tone}:",
        "",
        f"To: {c.tel('gb')}",
        f"\"Dear {p.N}, this is a reminder of your appointment for {svc} with {st.G} on Friday at 12:15. "
        "Please note that appointments cancelled with less than 48 hours' notice will forfeit the deposit. "
        "Reply C to cancel.\"",
    )


@T("personal_bookings", "de_termin", "de", 1)
def _(c, i):
    p = c.who("de", "f")
    st = c.who("de")
    return J(
        "Kannst du mir eine freundliche Antwort formulieren? Donnerstag ist voll, Freitag 14 Uhr ginge.",
        "",
        f"> Von: {p.N} <{c.mail(p, 'de')}>",
        "> Betreff: Termin Strähnchen + Schnitt",
        "> Hallo zusammen,",
        "> ich bräuchte nächste Woche einen Termin für Strähnchen und Spitzen schneiden, am liebsten Donnerstag "
        f"nach 16 Uhr. Beim letzten Mal war ich bei {st.G}, das war super.",
        f"> Am besten erreichen Sie mich unter {c.tel('de')}.",
        "> Viele Grüße",
        f"> {p.G}",
    )


@T("personal_bookings", "fr_barbier", "fr", 1)
def _(c, i):
    a, b, d, e = c.who("fr", "m"), c.who("fr"), c.who("fr"), c.who("fr", "m")
    return J(
        "Tu peux remettre le planning de samedi au propre dans un tableau (heure, client, prestation, tél.) ?",
        "",
        f"9h – {a.N} – dégradé + barbe – {c.tel('fr')}",
        f"9h45 – {b.G} (vient avec le fils de {d.N}) – coupe enfant",
        f"10h30 – M. {e.F} – rasage à l'ancienne, {c.tel('fr')}",
        "11h15 – annulé",
        f"12h – {a.G} encore ?? vérifier, il avait dit 14h",
    )


@T("personal_bookings", "es_whatsapp", "es", 2, case="lower")
def _(c, i):
    p = c.who("es", "f")
    st = c.who("es", "f")
    prima = c.who("es", "f")
    return J(
        f"[10:14] {p.G}: holaa tienes hueco el jueves para semipermanente?",
        f"[10:15] Uñas Bonitas: hola {p.G}! el jueves a las 17h con {st.G}, te va bien?",
        f"[10:17] {p.G}: perfectoo! apúntame tb a mi prima {prima.N}, su {pick(['movil', 'cel'], i)} es {c.tel(pick(['es', 'mx'], i))}",
        f"[10:18] {p.G}: ella quiere francesa y yo el rojo de siempre jaja",
        "",
        "me ayudas a pasar esto a la agenda? formato: hora, clienta, servicio, teléfono",
    )


@T("personal_bookings", "ja_yoyaku", "ja", 1)
def _(c, i):
    a, b, d = c.who("ja"), c.who("ja"), c.who("ja")
    st = c.who("ja")
    return J(
        "以下の予約メモを表（日時・お客様・メニュー・担当・電話）にまとめてください。",
        f"・3/14(土) 11:00 {a.N}様 カット＋カラー 担当:{st.F} 電話 {c.tel('jp')}",
        f"・3/14(土) 13:30 {b.N}様 縮毛矯正 初来店（ホットペッパー経由）",
        f"・3/15(日) 10:00 {d.F}様 ヘッドスパ60分 {c.tel('jp')}",
        "・3/15(日) 12:00 キャンセル待ち",
    )


@T("personal_bookings", "ko_yeyak", "ko", 1)
def _(c, i):
    p = c.who("ko")
    st = c.who("ko")
    return J(
        "예약 확정 문자 좀 자연스럽게 다듬어 주세요.",
        f"수신: {p.N} 고객님 ({c.tel('kr')})",
        f"내용: {p.G}님 안녕하세요. 3월 20일(금) 오후 2시 {st.N} 원장 디자이너 펌 예약 확정되었습니다. "
        "노쇼 시 예약금 2만원은 환불되지 않습니다.",
    )


@T("personal_bookings", "tsv_daysheet", "en", 2)
def _(c, i):
    b1, b2 = c.who("en", "m"), c.who("en", "m")
    p1, p2, p3 = c.who("en"), c.who("en"), c.who("en")
    return J(
        "Total the takings per barber from this (tab separated, pasted from the till) and flag anything odd:",
        "",
        "time\tclient\tbarber\tservice\tpaid\tmethod",
        f"09:00\t{p1.N}\t{b1.G}\tskin fade\t£22\tcard",
        f"09:20\twalk-in\t{b2.G}\tbeard trim\t£12\tcash",
        f"09:45\t{p2.N}\t{b1.G}\tkids cut\t£15\tcard",
        f"10:10\t{p3.G} ({c.tel('gb')})\t{b2.G}\thot towel shave\t£25\tcard",
        f"10:40\t{p1.N}\t{b1.G}\tskin fade\t£22\tcard",
    )


@T("personal_bookings", "groomer_van", "en", 2)
def _(c, i):
    cc = pick(["ca", "za"], i)
    p = c.who("en")
    a = c.addr(cc)
    dog = pick(["Bella (cockapoo, full groom + nails)", "Mr Biscuit (shih tzu, bath & tidy)",
                "Luna and Pepper (2 x mini dachshund, nails + ears)"], i)
    return J(
        "Draft a confirmation text for tomorrow's mobile groom, mention we need a tap and a parking space "
        "for the van:",
        "",
        f"Owner: {p.N}",
        f"Dog(s): {dog}",
        "Address:",
        a.block,
        f"Phone: {c.tel(cc)}",
        "Slot: 08:30–10:00 · Notes: nervous with dryers, use the towel first",
    )


@T("personal_bookings", "pt_personal", "pt", 2)
def _(c, i):
    a, b, d, e = c.who("pt", "f"), c.who("pt"), c.who("pt", "f"), c.who("pt", "m")
    ad = c.addr("br")
    return J(
        "me ajuda a organizar minha agenda de alunos da semana numa tabela?",
        f"seg 6h {a.G} (funcional) — no condomínio dela, {ad.line()}",
        f"ter 7h {b.N} – avaliação física, whats {c.tel('br')}",
        f"qua 6h {a.G} de novo",
        f"qui 19h {d.G} e o marido {e.G} (treino em dupla)",
        "sex 6h livre",
    )


@T("personal_bookings", "optician_fitting", "en", 2)
def _(c, i):
    p = c.who("en")
    frame = pick(["Ray-Ban RB5154 Clubmaster", "Tom Ford FT5634-B"], i)
    return J(
        "Turn this into a short confirmation e-mail to the customer (no clinical details please):",
        "",
        "Frame fitting & collection — Tue 10:40",
        f"Customer: {p.N}",
        f"DOB: {c.dob(pick(['dmy/', 'en'], i))} (NHS voucher: yes)",
        f"Frames: {frame}, varifocals, Essilor Varilux",
        f"Tel: {c.tel('gb')} / email {c.mail(p)}",
        "Adjust: left arm slips, pads too tight",
    )


@T("personal_bookings", "tl_home_service", "tl", 2)
def _(c, i):
    p = c.who("tl", "f")
    st = c.who("tl")
    a = c.addr("ph")
    return J(
        "paki-ayos naman into a booking slip for home service, yung malinis tingnan:",
        "",
        f"Client: {p.N}",
        f"Address: {a.line()}",
        f"Contact: {c.tel('ph')}",
        f"Service: mani-pedi + foot spa, Sat 2pm, si {st.G} ang pupunta",
        f"Note: may aso sila, pakisabi kay {st.G} na mag-text muna kay Ma'am {p.F} bago dumating",
    )


# ================================================================ personal_records

@T("personal_records", "record_card", "en", 3)
def _(c, i):
    p = c.who("en", "f")
    st = c.who("en")
    a = c.addr(pick(["gb", "ie", "gb"], i))
    allergy = pick(["Latex, nickel (earrings)", ("PPD reaction 2023 (itchy scalp, swelling behind ears) - "
                    "PPD-free colour only"), "Penicillin, hay fever. Nothing known to colour"], i)
    return J(
        "Tidy this client record card into a clean two-column table for the new system. Keep every allergy "
        "and patch-test detail exactly as written.",
        "",
        "CLIENT RECORD - COLOUR",
        f"Name: {p.N}",
        f"DOB: {c.dob(pick(['dmy/', 'dmy-short', 'en-short'], i))}",
        "Address:",
        a.block,
        f"Mobile: {c.tel('ie' if a.country == 'ie' else 'gb')}",
        f"Email: {c.mail(p)}",
        f"Allergies: {allergy}",
        "Patch test: 02/02 - Wella Koleston Perfect 7/1 + 6% - clear at 48h",
        f"Notes: likes {st.G}; sensitive scalp; last colour Redken Shades EQ 09V gloss",
    )


@T("personal_records", "patch_notes", "en", 3, case="lower")
def _(c, i):
    ps = [c.who("en"), c.who("en", "f"), c.who("en", "f"), c.who("en")]
    st = c.who("en")
    return J(
        "patch tests from this week, can you sort into who's clear for colour and who needs a retest",
        "",
        f"- {ps[0].N} 48h clear, booked tint sat w {st.G}",
        f"- mrs {ps[1].F} slight redness at 24h, gone by 48h?? ask her",
        f"- {ps[2].N} didnt come back to show me, text her {c.tel('gb')}",
        f"- {ps[3].G} (lash tint) clear",
        "- the new Schwarzkopf Igora Vital tests: all fine",
    )


@T("personal_records", "de_kundenkarte", "de", 1)
def _(c, i):
    p = c.who("de", "f")
    st = c.who("de", "f")
    a = c.addr(pick(["at", "de"], i))
    return J(
        "Bitte als übersichtliche Kundenkarte formatieren (Tabelle):",
        "",
        f"Kundin: Frau {p.N}, geb. {c.dob(pick(['dmy.', 'de'], i))}",
        f"Anschrift: {a.line()}",
        f"Tel.: {c.tel('at' if a.country == 'at' else 'de')}",
        "Unverträglichkeiten: Nickel, Duftstoffe; Allergietest am 3.2. ohne Reaktion",
        f"Letzte Farbe: Goldwell Topchic 8NA + 9 % — Friseurin: {st.G}",
        "Wünscht keine Werbe-SMS.",
    )


@T("personal_records", "it_scheda", "it", 1)
def _(c, i):
    p = c.who("it", "f")
    st = c.who("it", "f")
    a = c.addr("it")
    return J(
        "Mi riassumi questa scheda cliente in cinque righe per la collega del turno pomeridiano?",
        "",
        f"Cliente: {p.N}",
        f"Nata il: {c.dob(pick(['dmy/', 'it'], i))}",
        f"Residenza: {a.line()}",
        f"Cell: {c.tel('it')}",
        "Fototipo: III — Trattamento: epilazione laser diodo gambe complete, 4ª seduta",
        "Farmaci: pillola; nessun farmaco fotosensibilizzante",
        "Note: a luglio va al mare, sospendere due settimane prima",
        f"Operatrice: {st.N}",
    )


@T("personal_records", "json_client", "en", 3)
def _(c, i):
    p = c.who("en")
    return J(
        pick(["Why does this fail when I POST it to the booking API? It looks fine to me:",
              "getting a 400 from the client endpoint with this body, what's wrong?",
              "Validate this JSON and tell me what breaks it:"], i),
        "",
        "{",
        f'  "firstName": "{p.G}",',
        f'  "lastName": "{p.F}",',
        f'  "mobile": "{c.tel("gb")}",',
        f'  "email": "{c.mail(p)}",',
        f'  "birthDate": "{c.dob("iso")}",',
        '  "notes": "Allergic to ammonia. Prefers a quiet appointment.",',
        '  "clientCategoryIds": ["VIP"],',
        "}",
    )


@T("personal_records", "nl_wimpers", "nl", 2)
def _(c, i):
    p = c.who("nl", "f")
    st = c.who("nl", "f")
    return J(
        "Kun je deze intake voor wimperextensions samenvatten voor de stylist?",
        "",
        f"Naam: {p.N}",
        f"Geboortedatum: {c.dob(pick(['dmy-', 'nl'], i))}",
        f"Telefoon: {c.tel('nl')}",
        f"E-mail: {c.mail(p, 'nl')}",
        "Contactlenzen: ja (daglenzen) · Allergie: cyanoacrylaat? weet het niet zeker",
        "Eerdere reactie: lichte zwelling na vorige salon (2025)",
        f"Stylist: {st.G} — eerst patchtest met sensitive glue",
    )


@T("personal_records", "pl_karta", "pl", 1)
def _(c, i):
    p = c.who("pl", "f")
    a = c.addr("pl")
    return J(
        "Przepisz proszę tę kartę klientki do tabeli i popraw literówki:",
        "",
        f"Imie i nazwisko: {p.N}",
        f"Data urodzenia: {c.dob('dmy.')}",
        f"Adres: {a.line()}",
        f"Tel: {c.tel('pl')}",
        "Zabieg: henna brwi + laminacja, test uczuleniowy 48h – bez reakcji",
        "Przeciwwskazania: ciąża – nie, alergie – nikiel",
    )


@T("personal_records", "massage_intake", "en", 3)
def _(c, i):
    p = c.who("en", "f" if i == 1 else None)
    gp = c.who("en")
    ec = c.who("en")
    cc = pick(["gb", "au", "nz"], i)
    a = c.addr(cc)
    cond = pick(["lower back pain since a fall in January; varicose veins left calf",
                 "22 weeks pregnant, mild pelvic girdle pain",
                 "recent knee replacement (right), type 2 diabetes"], i)
    return J(
        "Summarise the contraindications from this intake form for the massage therapist, as bullet points:",
        "",
        f"Full name: {p.N}    DOB: {c.dob(pick(['dmy/', 'dmy/', 'dmy-short'], i))}",
        f"Address: {a.line()}",
        f"Phone: {c.tel(cc)}",
        f"GP: Dr {gp.F}",
        f"Emergency contact: {ec.N} (partner) {c.tel(cc)}",
        f"Conditions: {cond}",
        "Medication: sertraline 50 mg",
        "Pressure: firm. Avoid: peppermint oil",
    )


@T("personal_records", "sv_kundkort", "sv", 1)
def _(c, i):
    p = c.who("sv", "f")
    st = c.who("sv", "f")
    return J(
        "Kan du göra om det här kundkortet till en snygg tabell? Behåll allt om allergier.",
        "",
        f"Kund: {p.N}",
        f"Mobil: {c.tel('se')}",
        f"Mejl: {c.mail(p, 'sv')}",
        "Behandling: gellack + nagelförlängning, var 3:e vecka",
        "Allergi: akrylater (HEMA) – blåsor på fingrarna 2024, använd HEMA-fritt",
        f"Nagelterapeut: {st.G}",
    )


@T("personal_records", "tr_lazer", "tr", 1)
def _(c, i):
    p = c.who("tr", "f")
    a = c.addr("tr")
    return J(
        "Bu müşteri kartını kısa bir özet haline getirir misin? Seans takibi için lazım.",
        "",
        f"Ad Soyad: {p.N}",
        f"Doğum tarihi: {c.dob('dmy.')}",
        f"Adres: {a.line()}",
        f"Cep: {c.tel('tr')}",
        "Uygulama: buz lazer epilasyon, koltuk altı + bacak, 5. seans",
        "Not: Roaccutane kullanımı 2025 Ağustos'ta bitti, doktor onayı alındı",
    )


@T("personal_records", "zh_dangan", "zh", 2)
def _(c, i):
    idn, ymd, sex = c.one("cn_id", CN_ID)
    p = c.who("zh", sex)
    a = ADDRS["cn"][CN_ID.index((idn, ymd, sex))]
    return J(
        "请把下面的医美客户档案整理成表格，过敏和禁忌那一栏要突出显示。",
        "",
        f"姓名：{p.N}",
        f"身份证号：{NID(idn)}",
        f"出生日期：{DOB(fmt_date(ymd, 'cjk'))}",
        f"住址：{a.line('')}",
        f"手机：{c.tel('cn')}",
        "项目：玻尿酸填充（乔雅登 Juvéderm）",
        "过敏史：利多卡因过敏；近两周服用阿司匹林",
    )


@T("personal_records", "th_spa", "th", 1)
def _(c, i):
    p = c.who("th", "f")
    st = c.who("th")
    return J(
        "ช่วยสรุปบันทึกลูกค้าสปานี้เป็นข้อ ๆ ให้หมอนวดหน่อยค่ะ",
        "",
        f"ชื่อลูกค้า: คุณ{p.N}",
        f"วันเกิด: {c.dob('th')}",
        f"โทร: {c.tel('th')}",
        f"ที่อยู่: {c.addr('th').line()}",
        "บริการ: นวดแผนไทย 90 นาที + ประคบสมุนไพร",
        "ข้อควรระวัง: ความดันสูง, แพ้น้ำมันตะไคร้",
        f"หมอนวดประจำ: {st.G}",
    )


@T("personal_records", "da_pmu_journal", "da", 1)
def _(c, i):
    cpr, _ymd, sex = c.one("cpr", CPR)
    p = c.who("da", sex)
    a = c.addr("dk")
    return J(
        "Kan du lave denne journal om til et pænt skema? Det er til permanent makeup (bryn).",
        "",
        f"Navn: {p.N}",
        f"CPR: {NID(cpr)}",
        f"Adresse: {a.line()}",
        f"Tlf.: {c.tel('dk')}",
        "Behandling: microblading, 1. gang + touch-up efter 6 uger",
        "Helbred: tager blodfortyndende (Eliquis) – skal afklares med egen læge før behandling",
    )


@T("personal_records", "ro_fisa", "ro", 1)
def _(c, i):
    cnp, ymd, sex = c.one("cnp", CNP)
    p = c.who("ro", sex)
    a = c.addr("ro")
    return J(
        "Poți să-mi faci un rezumat scurt al fișei clientului pentru colega de la recepție?",
        "",
        f"Nume: {p.N}",
        f"CNP: {NID(cnp)}",
        f"Data nașterii: {DOB(fmt_date(ymd, 'dmy.'))}",
        f"Domiciliu: {a.line()}",
        f"Telefon: {c.tel('ro')}",
        "Serviciu: masaj terapeutic spate, 10 ședințe, abonament",
        "Contraindicații: hernie de disc L4-L5 (scrisoare medicală atașată)",
    )


# ================================================================ personal_consent

PASSPORTS = {"gb": GB_PASSPORT, "ie": ["PX4182273"], "us": ["A04182273"]}
CLINIC_NOS = ["AC-20931", "AC-21407", "AC-19862"]


@T("personal_consent", "tattoo_release", "en", 3)
def _(c, i):
    cc = pick(["gb", "ie", "us"], i)
    p = c.who("en")
    artist = c.who("en")
    a = c.addr(cc)
    doc = {"gb": "UK passport", "ie": "Irish passport", "us": "US passport"}[cc]
    style = {"gb": "dmy/", "ie": "en", "us": "mdy/"}[cc]
    return J(
        "Check this consent form for anything missing before the client signs it:",
        "",
        "TATTOO CONSENT & RELEASE",
        f"Client name: {p.N}",
        f"Date of birth: {c.dob(style)}    Over 18 confirmed: yes",
        f"ID seen: {doc} no. {NID(c.one('pass-' + cc, PASSPORTS[cc]))}",
        f"Address: {a.line()}",
        f"Mobile: {c.tel(cc)}",
        "Design: fine-line botanical, left forearm, approx. 12 cm",
        f"Artist: {artist.G}",
        "Medical: no blood thinners, no keloid history, not pregnant",
        "Signed: ____________   Date: 14/03/2026",
    )


@T("personal_consent", "aesthetic_consent", "en", 3)
def _(c, i):
    p = c.who("en", "f")
    gp = c.who("en")
    nurse = c.who("en")
    a = c.addr("gb")
    proc = pick(["dermal filler (Juvéderm Volbella, 0.55 ml), lips",
                 "botulinum toxin (Bocouture, 20 units), glabella and forehead",
                 "profhilo, 2 sessions 4 weeks apart"], i)
    return J(
        "Rewrite the risks section of this consent in plain English for the patient. Keep the details block "
        "exactly as it is.",
        "",
        f"Patient: {p.N}    Clinic patient no.: {MRN(c.one('clinicno', CLINIC_NOS))}",
        f"DOB: {c.dob('dmy/')}    NHS number: {NID(c.one('nhs', NHS_NO))}",
        f"GP: Dr {gp.N}",
        "Address:",
        a.block,
        f"Procedure: {proc}",
        f"Prescriber: {nurse.N}, independent nurse prescriber",
        "Medical history: cold sores (aciclovir cover), no autoimmune disease, no previous permanent filler",
        "Risks: bruising, swelling, asymmetry, vascular occlusion (rare), infection",
    )


@T("personal_consent", "piercing_minor", "en", 2)
def _(c, i):
    child = c.who("en", "f")
    parent = c.who("en", "f")
    a = c.addr("gb")
    return J(
        "Is this parental consent enough for a helix piercing on an under-16? Tell me what we're missing.",
        "",
        f"Young person: {child.N}    DOB: {c.dob(pick(['dmy/', 'en'], i), 'minor')}",
        f"Parent/guardian: {parent.N} (mother) — present, ID checked (passport no. "
        f"{NID(c.one('pass-gb', GB_PASSPORT))})",
        f"Address: {a.line()}",
        f"Contact: {c.tel('gb')}",
        "Piercing: helix, left ear, implant-grade titanium labret",
        "Aftercare sheet given: yes",
    )


@T("personal_consent", "es_micropigmentacion", "es", 2)
def _(c, i):
    p = c.who("es", "f")
    pro = c.who("es", "f")
    a = c.addr("es")
    doc = c.one("dni", DNI) if i % 2 == 0 else c.one("nie", NIE)
    return J(
        "¿Puedes revisar si a este consentimiento de micropigmentación le falta algo obligatorio?",
        "",
        f"Nombre y apellidos: {p.N}",
        f"DNI/NIE: {NID(doc)}",
        f"Fecha de nacimiento: {c.dob(pick(['dmy/', 'es'], i))}",
        f"Domicilio: {a.line()}",
        f"Teléfono: {c.tel('es')}",
        "Tratamiento: micropigmentación de cejas, técnica pelo a pelo",
        "Declara no estar embarazada ni en periodo de lactancia y no tomar anticoagulantes.",
        f"Profesional: {pro.N}",
    )


@T("personal_consent", "fr_detatouage", "fr", 2)
def _(c, i):
    if i == 0:
        nid, ymd, sex = c.one("nir", NIR)
        cc, label = "fr", "N° de sécurité sociale"
    else:
        nid, ymd, sex = c.one("be", BE_NN)
        cc, label = "be", "N° de registre national"
    p = c.who("fr", sex)
    a = c.addr(cc)
    return J(
        "Peux-tu reformuler ce consentement de détatouage laser pour qu'il soit plus clair, sans toucher "
        "aux informations du patient ?",
        "",
        f"Nom : {mk('PERSON', p.family.upper() + ' ' + p.given)}",
        f"Né{'e' if sex == 'f' else ''} le : {DOB(fmt_date(ymd, 'dmy/'))}",
        f"{label} : {NID(nid)}",
        f"Adresse : {a.line()}",
        f"Tél. : {c.tel(cc)}",
        "Zone : avant-bras droit, tatouage noir, 6e séance (laser picoseconde)",
        "Antécédents : aucun ; pas de traitement photosensibilisant",
    )


@T("personal_consent", "it_tatuaggio", "it", 2)
def _(c, i):
    p, cf, ymd = c.one("cf", CF_PEOPLE)
    a = c.addr("it")
    art = c.who("it", "m")
    return J(
        "Controlla che nel modulo di consenso per il tatuaggio ci sia tutto quello che chiede la normativa "
        "regionale:",
        "",
        f"Cognome e nome: {mk('PERSON', p.family + ' ' + p.given)}",
        f"Codice fiscale: {NID(cf)}",
        f"Data di nascita: {DOB(fmt_date(ymd, 'dmy/'))}",
        f"Residente in: {a.line()}",
        f"Cellulare: {c.tel('it')}",
        f"Tatuatore: {art.N}",
        "Dichiaro di essere maggiorenne e di non avere patologie cutanee nella zona da tatuare.",
    )


@T("personal_consent", "pl_zgoda", "pl", 2)
def _(c, i):
    pesel, ymd, sex = c.one("pesel", PESEL)
    p = c.who("pl", sex)
    a = c.addr("pl")
    return J(
        "Sprawdź, czy ta zgoda na przekłucie jest kompletna i popraw formatowanie:",
        "",
        f"Imię i nazwisko: {p.N}",
        f"PESEL: {NID(pesel)}",
        f"Data urodzenia: {DOB(fmt_date(ymd, 'dmy.'))}",
        f"Adres: {a.line()}",
        f"Telefon: {c.tel('pl')}",
        "Rodzaj zabiegu: piercing – nostril, tytan ASTM F136",
        "Oświadczam, że zapoznałem/am się z zasadami pielęgnacji.",
    )


@T("personal_consent", "sv_samtycke", "sv", 2)
def _(c, i):
    pnr, _ymd, sex = c.one("pnr", PERSONNUMMER)
    p = c.who("sv", sex)
    a = c.addr("se") if i == 0 else None
    lines = [
        "Gör en ren version av den här samtyckesblanketten för tatuering, behåll uppgifterna:",
        "",
        f"Namn: {p.N}",
        f"Personnummer: {NID(pnr)}",
    ]
    if a:
        lines.append(f"Adress: {a.line()}")
    lines += [
        f"Telefon: {c.tel('se')}",
        "Motiv: text på nyckelbenet, ca 8 cm",
        "Legitimation kontrollerad: körkort",
    ]
    return J(*lines)


@T("personal_consent", "tr_onam", "tr", 2)
def _(c, i):
    p = c.who("tr")
    a = c.addr("tr")
    return J(
        "Dövme onam formunu kontrol eder misin, eksik bilgi var mı?",
        "",
        f"Adı Soyadı: {p.N}",
        f"T.C. Kimlik No: {NID(c.one('tckn', TCKN))}",
        f"Doğum Tarihi: {c.dob('dmy.')}",
        f"Adres: {a.line()}",
        f"Telefon: {c.tel('tr')}",
        "Dövme bölgesi: sol bilek, minimal çizim",
        "18 yaşından büyük olduğumu ve alkol almadığımı beyan ederim.",
    )


@T("personal_consent", "br_termo", "pt", 2)
def _(c, i):
    p = c.who("pt", "f")
    a = c.addr("br")
    return J(
        "revisa esse termo de consentimento pra lipo de papada enzimática? quero saber se falta algo",
        "",
        f"Paciente: {p.N}",
        f"CPF: {NID(c.one('cpf', CPF))}",
        f"Data de nascimento: {c.dob(pick(['dmy/', 'pt'], i))}",
        f"Endereço: {a.line()}",
        f"Celular/WhatsApp: {c.tel('br')}",
        "Procedimento: aplicação enzimática submentoniana, 3 sessões",
        "Declaro não ser gestante nem lactante.",
    )


@T("personal_consent", "ko_dongui", "ko", 1)
def _(c, i):
    p = c.who("ko", "f")
    st = c.who("ko", "f")
    return J(
        "반영구 눈썹 시술 동의서인데 빠진 항목이 있는지 봐 주세요.",
        "",
        f"성명: {p.N}",
        f"생년월일: {c.dob(pick(['ko', 'iso'], i))}",
        f"연락처: {c.tel('kr')}",
        f"주소: {c.addr('kr').line()}",
        "시술 부위: 눈썹 (엠보 + 섀도우)",
        "알레르기: 없음 / 켈로이드 체질: 아니오",
        f"시술자: {st.N} 실장",
    )


@T("personal_consent", "tanning_id_log", "en", 2)
def _(c, i):
    a, b, d = c.who("en"), c.who("en"), c.who("en")
    return J(
        "Our sunbed ID log from Saturday. Does it show we're complying with the Sunbeds (Regulation) Act? "
        "Rewrite it as a proper table.",
        "",
        f"10:05 {a.N} – DOB {c.dob('dmy/')} – driving licence seen – OK, 6 min",
        f"11:20 {b.N} – DOB {c.dob('dmy/', 'under18')} – REFUSED, under 18",
        f"13:40 {d.G} ({d.F}?) – said 19, no ID – refused",
        f"15:15 {a.G} back for second session – refused (same day)",
    )


@T("personal_consent", "he_laser", "he", 1)
def _(c, i):
    p = c.who("he", "f")
    a = c.addr("il")
    return J(
        "תוכל לסכם את טופס ההסכמה להסרת שיער בלייזר בכמה שורות לקופה?",
        "",
        f"שם מלא: {p.N}",
        f"ת.ז.: {NID(c.one('il_id', IL_ID))}",
        f"תאריך לידה: {c.dob('he')}",
        f"כתובת: {a.line()}",
        f"טלפון: {c.tel('il')}",
        "אזור טיפול: רגליים מלאות, טיפול 3 מתוך 8",
        "הצהרה: אינני בהריון ואינני נוטלת רואקוטן",
    )


@T("personal_consent", "fi_laser", "fi", 1)
def _(c, i):
    hetu, _ymd, sex = c.one("hetu", HETU)
    p = c.who("fi", sex)
    a = c.addr("fi")
    return J(
        "Voisitko tarkistaa tämän suostumuslomakkeen laserhoitoon ja korjata kirjoitusvirheet?",
        "",
        f"Nimi: {p.N}",
        f"Henkilötunnus: {NID(hetu)}",
        f"Osoite: {a.line()}",
        f"Puhelin: {c.tel('fi')}",
        "Hoito: IPL-karvanpoisto, kainalot, 1/6",
        "Lääkitys: ei valoherkistäviä lääkkeitä",
    )


@T("personal_consent", "no_tatovering", "no", 1)
def _(c, i):
    fnr, _ymd, sex = c.one("fnr", FNR)
    p = c.who("no", sex)
    a = c.addr("no")
    return J(
        "Kan du sette opp dette samtykkeskjemaet for tatovering pent, som en tabell?",
        "",
        f"Navn: {p.N}",
        f"Fødselsnummer: {NID(fnr)}",
        f"Adresse: {a.line()}",
        f"Mobil: {c.tel('no')}",
        "Motiv: kompassrose, venstre legg",
        "Bekrefter at jeg er over 18 år og ikke er påvirket av rusmidler.",
    )


# ================================================================ personal_disputes

@T("personal_disputes", "noshow_email", "en", 3)
def _(c, i):
    p = c.who("en", "f")
    st = c.who("en", "f")
    amount = pick(["£20", "£35", "€30"], i)
    cc = "ie" if amount.startswith("€") else "gb"
    return J(
        f"Draft a polite but firm reply. Our policy on the booking page is a {amount} deposit, non-refundable "
        "inside 48 hours.",
        "",
        f"> From: {p.N} <{c.mail(p)}>",
        f"> Sent: {pick(['16 March 2026 21:14', '2 April 2026 07:52', '29 January 2026 23:03'], i)}",
        "> Subject: Deposit taken??",
        ">",
        f"> Hi, I was charged {amount} for not turning up on Saturday but I rang on Friday and spoke to a girl "
        f"called {st.G} who said it was fine. I want it refunded or I will dispute it with my bank. My number "
        f"is {c.tel(cc)} if anyone actually wants to call me back.",
        f"> {p.G}",
    )


@T("personal_disputes", "review_reply", "en", 3)
def _(c, i):
    p = c.who("en", "f")
    st = c.who("en")
    own = c.who("en")
    svc, price = pick([("a half head of highlights", "£145"), ("a gel manicure", "£38"),
                       ("a hydrafacial", "£120")], i)
    outcome = pick(["came out orange", "it chipped in two days", "my skin was red raw for a week"], i)
    return J(
        "Write a reply to this Google review. Be professional, don't admit fault, address her by first name and "
        "invite her to contact us privately.",
        "",
        f"★☆☆☆☆  {p.N} · 3 reviews",
        f"\"Went in for {svc} with {st.N} and {outcome}. Paid {price}. When I rang, the owner {own.G} said it "
        "was my fault. Never again.\"",
    )


@T("personal_disputes", "chargeback", "en", 2)
def _(c, i):
    p = c.who("en")
    st = c.who("en")
    return J(
        "Help me write the evidence text for this Stripe chargeback (reason: product not received). Use only "
        "what's below.",
        "",
        f"- Client: {p.N}, {c.mail(p)}",
        f"- Booked online 02/03 from IP {IP(c.one('ip', IPS))}, ticked the cancellation policy box",
        f"- Deposit taken over the phone, card {CC(c.one('card', CARDS))} exp 09/27 (from the phone notes)",
        f"- No-show 07/03 10:00 with {st.G}",
        f"- SMS reminders sent to {c.tel('gb')} on 05/03 and 06/03, both delivered",
    )


@T("personal_disputes", "de_beschwerde", "de", 2)
def _(c, i):
    p = c.who("de", "f")
    st = c.who("de", "f")
    a = c.addr("de")
    return J(
        "Entwirf bitte eine sachliche Antwort. Wir bieten eine kostenlose Nachbehandlung an, aber keine "
        "Erstattung.",
        "",
        f"> {p.N}",
        *("> " + ln for ln in a.lines),
        ">",
        f"> Sehr geehrte Damen und Herren, nach der Dauerwelle bei Ihrer Mitarbeiterin {st.N} sind meine Haare "
        "an den Spitzen abgebrochen. Ich verlange die 89 € zurück. Sie erreichen mich unter "
        f"{c.tel('de')}.",
        f"> Mit freundlichen Grüßen, {p.N}",
    )


@T("personal_disputes", "fr_avis", "fr", 2)
def _(c, i):
    p = c.who("fr", "f")
    st = c.who("fr", "f")
    return J(
        "Aide-moi à répondre à cet avis Google, ton calme et pro, sans donner raison à la cliente :",
        "",
        f"« {p.N} — ★★ — Épilation maillot avec {st.G}, rendez-vous pris à 14h, prise en charge à 14h40. "
        "Personne ne s'est excusé. Et on m'a quand même facturé 35 €. »",
        "",
        f"Pour info, {p.G} est arrivée à 14h25 d'après le planning.",
    )


@T("personal_disputes", "ar_whatsapp", "ar", 2)
def _(c, i):
    p = c.who("ar", "f")
    st = c.who("ar", "f")
    cc = pick(["jo", "eg"], i)
    money = pick(["١٠ دنانير", "٢٠٠ جنيه"], i)
    return J(
        "ساعدني في كتابة رد مهذب على هذه الرسالة من زبونة، نحن لا نعيد العربون بعد 24 ساعة:",
        "",
        f"[٩:١٢ م] {p.G}: مساء الخير، حجزت عند {st.G} يوم الخميس لرسم الحواجب ودفعت عربون {money}",
        f"[٩:١٣ م] {p.G}: ما قدرت أجي بسبب ظرف عائلي وبدي العربون يرجع",
        f"[٩:١٥ م] {p.G}: رقمي {c.tel(cc)} واسمي {p.N}",
    )


@T("personal_disputes", "lower_vent", "en", 3, case="lower")
def _(c, i):
    p = c.who("en", "f")
    own = c.who("en")
    return J(
        f"ok so {p.N} has no-showed 3 times now, last one was a full set of acrylics with {own.G} who turned "
        f"down another client for it. her number is {c.tel('gb')}. how do i word a text saying we need full "
        "payment upfront from now on without sounding like a cow",
    )


@T("personal_disputes", "ru_otzyv", "ru", 1)
def _(c, i):
    p = c.who("ru", "f")
    st = c.who("ru")
    return J(
        "Помоги ответить на отзыв в Яндекс Картах, вежливо, без оправданий:",
        "",
        f"«{p.N}, ★☆☆☆☆. Записалась на массаж, мастер — {st.N}. Пришла — мастера нет, администратор "
        "сказала, что запись слетела. Потеряла полдня.»",
        "",
        f"Мы уже позвонили ей на {c.tel('ru')}, но не дозвонились.",
    )


@T("personal_disputes", "fake_bookings_log", "en", 2)
def _(c, i):
    ps = [c.who("en") for _ in range(3)]
    ips = [c.one("ip", IPS) for _ in range(2)]
    return J(
        "Someone is making fake bookings on our widget and not turning up. Do these log lines look like the "
        "same person? Explain your reasoning.",
        "",
        f"2026-03-02T08:14:22Z booking.created ip={IP(ips[0])} name=\"{ps[0].N}\" email={c.mail(ps[0])} "
        "service=\"Brazilian blow dry\"",
        f"2026-03-02T08:17:51Z booking.created ip={IP(ips[0])} name=\"{ps[1].N}\" email={c.mail(ps[1])} "
        "service=\"Brazilian blow dry\"",
        f"2026-03-04T19:40:03Z booking.created ip={IP(ips[1])} name=\"{ps[2].N}\" phone={c.tel('gb')} "
        "service=\"Keratin\"",
        "2026-03-05T10:00:00Z booking.no_show id=88121",
    )


@T("personal_disputes", "call_transcript", "en", 2)
def _(c, i):
    p = c.who("en", "f")
    rec = c.who("en", "f")
    st = c.who("en")
    return J(
        "Summarise this call (auto-transcribed) for the owner and list what the client is asking for:",
        "",
        f"{mk('PERSON', rec.given.upper())}: Good morning, Studio Nine, {rec.G} speaking.",
        f"CALLER: Hi, it's {p.N}, I was in with {st.G} on Tuesday for the keratin.",
        f"{mk('PERSON', rec.given.upper())}: Hi {p.G}, how can I help?",
        "CALLER: It's gone frizzy already and I've only washed it twice. I want it redone or my money back.",
        f"{mk('PERSON', rec.given.upper())}: I'm sorry to hear that. Can I take a number so {st.G} can call you?",
        f"CALLER: It's {c.tel('gb')}. And can you email the receipt to {c.mail(p)}?",
    )


@T("personal_disputes", "id_komplain", "id", 2)
def _(c, i):
    p = c.who("id", "f")
    st = c.who("id")
    return J(
        "Tolong bantu balas komplain ini dengan sopan, kami tawarkan perbaikan gratis:",
        "",
        f"{p.G}: kak, aku kemarin smoothing sama {st.G}, baru 3 hari kok udah lepek & patah2 ujungnya",
        f"{p.G}: aku minta refund aja deh, no wa aku {c.tel('id')}, a.n. {p.N}",
    )


# ================================================================ personal_staff

@T("personal_staff", "commission_csv", "en", 3)
def _(c, i):
    staff = [c.who("en") for _ in range(2)]
    rows = []
    for s in staff:
        svc = 2000 + c.num(300, 2400)
        ret = c.num(40, 390)
        rows.append(f"{s.N};{NID(c.one('nino', NINO))};{c.iban('gb')};{svc};{ret}")
    return J(
        "Work out each stylist's commission (35% on services above a £2,000 target, 10% on retail) and give me "
        "back the same semicolon CSV with a commission column added:",
        "",
        "name;ni_number;iban;services_gbp;retail_gbp",
        *rows,
    )


@T("personal_staff", "rota_md", "en", 3)
def _(c, i):
    s = [c.who("en") for _ in range(4)]
    return J(
        pick([("Make next week's rota from this. Nobody should do more than 4 days and we need two people on "
              "Saturday:"), "Can you check this rota for gaps? Thursday late night needs a qualified colourist.",
              "Turn this into a printable rota and add a column for lunch breaks:"], i),
        "",
        "| Name | Role | Mobile | Can't do |",
        "|---|---|---|---|",
        f"| {s[0].N} | senior stylist | {c.tel('gb')} | Mondays |",
        f"| {s[1].N} | colourist | {c.tel('gb')} | Sat after 2 |",
        f"| {s[2].G} | junior | {c.tel('gb')} | college Weds |",
        f"| {s[3].N} | nail tech | {c.tel('gb')} | - |",
    )


@T("personal_staff", "de_provision", "de", 2)
def _(c, i):
    s = [c.who("de") for _ in range(2)]
    return J(
        "Bitte prüf die Provisionsabrechnung für März, stimmt die Summe? Danach als Tabelle für die "
        "Steuerberaterin.",
        "",
        f"{s[0].N} – Umsatz Dienstleistung 6.240 € – 12 % = 748,80 € – IBAN {c.iban('de')}",
        f"{s[1].N} – Umsatz Dienstleistung 4.980 € – 12 % = 597,60 € – IBAN {c.iban('de')}",
        "Gesamt: 1.364,40 €",
    )


@T("personal_staff", "booth_rental_1099", "en", 2)
def _(c, i):
    s = c.who("en", "f")
    a = c.addr("us")
    return J(
        "I need to send a 1099-NEC to one of my booth renters. Do I have everything? Here's what I have:",
        "",
        f"Renter: {s.N}",
        f"SSN: {SSN(c.one('ssn', US_SSNS))}",
        "Address:",
        a.block,
        f"Phone: {c.tel('us')}",
        f"Email: {c.mail(s, 'us')}",
        "Paid in 2025: she paid me chair rent $650/mo. I paid her $1,480 for covering education days.",
    )


@T("personal_staff", "es_nomina", "es", 2)
def _(c, i):
    s = c.who("es", "f")
    return J(
        "Revisa estos datos para la nómina de la nueva esteticista y dime qué falta para darla de alta:",
        "",
        f"Nombre: {s.N}",
        f"DNI: {NID(c.one('dni', DNI))}",
        f"IBAN: {c.iban('es')}",
        f"Móvil: {c.tel('es')}",
        "Jornada: 30 h/semana · Convenio de peluquerías y centros de estética",
    )


@T("personal_staff", "staff_chat", "en", 3, case="lower")
def _(c, i):
    a, b, d, m = c.who("en"), c.who("en"), c.who("en"), c.who("en")
    return J(
        "can you turn this group chat into a list of who's swapping what",
        "",
        f"{a.G}: can anyone do my sat? got a wedding",
        f"{b.G}: i can do sat if u take my tues late",
        f"{a.G}: deal",
        f"{d.G}: {b.G} u still owe me thurs from last month lol",
        f"{b.G}: ok ok {d.G}, thurs is yours. someone tell {m.G} to update fresha",
    )


@T("personal_staff", "fr_planning", "fr", 1)
def _(c, i):
    s = [c.who("fr"), c.who("fr"), c.who("fr", "f")]
    return J(
        "Peux-tu me faire un planning de la semaine à partir de ces dispos ? Il faut toujours une personne à "
        "l'accueil.",
        "",
        f"- {s[0].N} : lundi, mardi, samedi – {c.tel('fr')}",
        f"- {s[1].N} : mercredi au samedi (pas le matin le jeudi) – {c.tel('fr')}",
        f"- {s[2].G} (apprentie, CFA le lundi et mardi)",
    )


@T("personal_staff", "pt_comissoes", "pt", 2)
def _(c, i):
    s = c.who("pt", "f")
    return J(
        "Preciso de um resumo das comissões de março para enviar à contabilista:",
        "",
        f"Colaboradora: {s.N}",
        f"NIF: {NID(c.one('ptnif', PT_NIF))}",
        f"Morada: {c.addr('pt').line()}",
        f"Telemóvel: {c.tel('pt')}",
        f"IBAN: {c.iban('pt')}",
        "Serviços: 3.870 € × 15% = 580,50 €",
        "Venda de produto (Kérastase, Olaplex): 412 € × 10% = 41,20 €",
    )


@T("personal_staff", "hi_staff", "hi", 2)
def _(c, i):
    a, b = c.who("hi", "f"), c.who("hi")
    return J(
        "इस स्टाफ लिस्ट को एक टेबल में बदल दो और जिनका आधार वेरिफिकेशन बाकी है उन्हें अलग दिखाओ:",
        "",
        f"1. {a.N} – ब्यूटीशियन – मोबाइल {c.tel('in')} – आधार {NID(c.one('aadhaar', AADHAAR))} – पता: "
        f"{c.addr('in').line()}",
        f"2. {b.N} – हेयर स्टाइलिस्ट – मोबाइल {c.tel('in')} – आधार बाकी",
    )


@T("personal_staff", "el_rota", "el", 1)
def _(c, i):
    amka, _ymd = c.one("amka", AMKA)
    a, b = c.who("el"), c.who("el")
    return J(
        "Φτιάξε μου ένα εβδομαδιαίο πρόγραμμα βαρδιών για το κομμωτήριο με βάση τα παρακάτω:",
        "",
        f"- {a.N}, ΑΜΚΑ {NID(amka)}, κιν. {c.tel('gr')}: όχι Δευτέρα",
        f"- {b.N}, κιν. {c.tel('gr')}: μόνο πρωινά",
        "- Σάββατο χρειάζονται δύο άτομα",
    )


@T("personal_staff", "yaml_staff", "en", 2)
def _(c, i):
    a, b = c.who("en"), c.who("en")
    return J(
        "We're migrating staff into the new booking system. Is this YAML valid? The import keeps failing on "
        "the second entry.",
        "",
        "staff:",
        f"  - name: {a.N}",
        f"    email: {c.mail(a)}",
        f"    mobile: \"{c.tel('gb')}\"",
        "    services: [cut, colour, bridal]",
        f"  - name: {b.N}",
        f"     email: {c.mail(b)}",
        f"    mobile: {c.tel('gb')}",
        "    services: [nails]",
    )


@T("personal_staff", "uk_trainer", "uk", 1)
def _(c, i):
    t = c.who("uk")
    k = c.who("uk", "f")
    a = c.addr("ua")
    return J(
        "Допоможи скласти графік персональних тренувань на тиждень і повідомлення для клієнтки:",
        "",
        f"Тренер: {t.N}, тел. {c.tel('ua')}",
        f"Клієнтка: {k.N}, {a.line()}",
        "Пн, Ср, Пт — 7:30, силове + мобільність",
    )


@T("personal_staff", "nl_loonstrook", "nl", 1)
def _(c, i):
    s = c.who("nl")
    return J(
        "Kun je controleren of deze gegevens compleet zijn voor de loonadministratie van onze nieuwe kapster?",
        "",
        f"Naam: {s.N}",
        f"BSN: {NID(c.one('bsn', BSN))}",
        f"Adres: {c.addr('nl').line()}",
        f"IBAN: {c.iban('nl')}",
        f"Mobiel: {c.tel('nl')}",
        "Contract: 24 uur, cao kappersbranche",
    )


# ================================================================ personal_orders

@T("personal_orders", "voucher_order", "en", 3)
def _(c, i):
    cc = pick(["gb", "ie", "au"], i)
    buyer = c.who("en")
    rec = c.who("en", "f")
    a = c.addr(cc)
    amount = {"gb": "£100", "ie": "€75", "au": "$150"}[cc]
    return J(
        "Write a short handwritten-style card message for this voucher and a one-line dispatch note for the "
        "post room:",
        "",
        f"Order #{4400 + c.num(10, 99)} · Gift voucher {amount} (Spa Day for Two)",
        f"Bought by: {buyer.N} ({c.mail(buyer)}), buying from abroad, tel {c.tel(pick(['ng', 'ke', 'gh'], i))}",
        f"Send to: {rec.N}",
        *a.lines,
        f"Recipient phone (courier only): {c.tel(cc)}",
        f"Message: \"Happy 40th {rec.G}! Go and relax x\"",
    )


@T("personal_orders", "loyalty_csv", "en", 3)
def _(c, i):
    rows = []
    for _k in range(3):
        p = c.who("en")
        rows.append(f"{p.N}|{c.mail(p)}|{c.dob('dmy/')}|{c.num(40, 980)}|{pick(['gold', 'silver', 'bronze'], _k + i)}")
    return J(
        pick(["Which of these loyalty members have a birthday next month? Today is 20 March 2026.",
              "Sort this loyalty export by points and tell me who's closest to the next tier (500).",
              "This pipe-delimited file won't open properly in Excel, convert it to a normal CSV:"], i),
        "",
        "name|email|birthday|points|tier",
        *rows,
    )


@T("personal_orders", "shop_json", "en", 2)
def _(c, i):
    p = c.who("en")
    cc = pick(["gb", "nz"], i)
    a = c.addr(cc)
    return J(
        "This order from our online shop came through with no shipping rate. Can you see what's wrong in the "
        "payload?",
        "",
        "{",
        '  "order_id": 10482,',
        '  "line_items": [{"sku": "OLA-NO3-100", "title": "Olaplex No.3", "qty": 2},',
        '                 {"sku": "KER-ELX-50", "title": "Kérastase Elixir Ultime", "qty": 1}],',
        '  "shipping_address": {',
        f'    "name": "{p.N}",',
        f'    "address": "{a.line()}",',
        f'    "phone": "{c.tel(cc)}"',
        "  },",
        f'  "email": "{c.mail(p)}",',
        '  "shipping_lines": []',
        "}",
    )


@T("personal_orders", "de_gutschein", "de", 2)
def _(c, i):
    k = c.who("de")
    e = c.who("de", "f")
    a = c.addr(pick(["de", "ch"], i))
    return J(
        "Formuliere bitte eine kurze Versandbestätigung für diese Gutscheinbestellung:",
        "",
        f"Besteller: {k.N}, {c.mail(k, 'de')}",
        "Gutschein: 80 € Wellness (Hot Stone + Gesichtsbehandlung)",
        f"Empfängerin: {e.N}",
        *a.lines,
        "Versand: Brief, Geschenkumschlag gold",
    )


@T("personal_orders", "fr_bon_cadeau", "fr", 2)
def _(c, i):
    k = c.who("fr")
    e = c.who("fr", "f")
    a = c.addr("fr")
    return J(
        "Rédige un petit mot pour accompagner ce bon cadeau et dis-moi si l'adresse est complète :",
        "",
        f"Commande de : {k.N} – {c.tel('fr')}",
        f"Bénéficiaire : Mme {e.N}",
        *a.lines,
        "Prestation : soin visage Sisley 1h + modelage",
        f"Message : « Joyeux anniversaire {e.G}, prends soin de toi »",
    )


@T("personal_orders", "it_buono", "it", 2)
def _(c, i):
    k = c.who("it")
    e = c.who("it", "f")
    a = c.addr("it")
    return J(
        "Mi scrivi un messaggio di conferma per questo buono regalo da spedire?",
        "",
        f"Acquistato da: {k.N} ({c.mail(k, 'it')})",
        f"Destinataria: {e.N}",
        f"Indirizzo: {a.line()}",
        "Buono: percorso SPA di coppia, valore 120 €",
    )


@T("personal_orders", "ja_gift", "ja", 2)
def _(c, i):
    k = c.who("ja")
    e = c.who("ja", "f")
    a = c.addr("jp")
    return J(
        "このギフト券の発送連絡メールを丁寧な文面で作ってください。",
        "",
        f"ご購入者：{k.N}様（{c.mail(k, 'ja')}）",
        f"お届け先：{e.N}様",
        f"住所：{a.line('')}",
        f"電話：{c.tel('jp')}",
        "商品：アロマトリートメント90分 ギフト券（10,000円）",
    )


@T("personal_orders", "sql_loyalty", "en", 2)
def _(c, i):
    a, b = c.who("en"), c.who("en")
    return J(
        "Why does this insert fail on the second row? Postgres says the column count doesn't match.",
        "",
        "INSERT INTO loyalty_members (first_name, last_name, email, mobile, points) VALUES",
        f"  ('{a.G}', '{a.F}', '{c.mail(a)}', '{c.tel('gb')}', 120),",
        f"  ('{b.G}', '{b.F}', '{c.mail(b)}', 45);",
    )


@T("personal_orders", "cs_poukaz", "cs", 1)
def _(c, i):
    k = c.who("cs")
    e = c.who("cs", "f")
    a = c.addr("cz")
    return J(
        "Napiš prosím krátký text k dárkovému poukazu a zkontroluj adresu:",
        "",
        f"Objednal(a): {k.N}, {c.mail(k, 'cs')}",
        f"Obdarovaná: {e.N}",
        *a.lines,
        f"Tel.: {c.tel('cz')}",
        "Poukaz: masáž lávovými kameny 90 min",
    )


@T("personal_orders", "vi_voucher", "vi", 2)
def _(c, i):
    k = c.who("vi")
    e = c.who("vi", "f")
    a = c.addr("vn")
    return J(
        "Viết giúp mình tin nhắn xác nhận đơn phiếu quà tặng này, giọng thân thiện:",
        "",
        f"Người mua: {k.N} – {c.tel('vn')}",
        f"Người nhận: chị {e.N}",
        f"Địa chỉ: {a.line()}",
        "Gói: gội đầu dưỡng sinh + massage mặt, 450.000đ",
    )


@T("personal_orders", "lower_voucher_chat", "en", 2, case="lower")
def _(c, i):
    p = c.who("en", "f")
    mum = c.who("en", "f")
    a = c.addr("gb")
    return J(
        f"customer {p.N} wants the voucher posted straight to her mum {mum.N}, address is "
        f"{a.line()}. can you write me a little note to go in the envelope from {p.G}",
    )


@T("personal_orders", "card_log", "en", 2)
def _(c, i):
    a, b = c.who("en"), c.who("en")
    return J(
        "Our card terminal notes got pasted into a shared doc by mistake. Which lines need removing and what "
        "should we do now?",
        "",
        f"14:02 MOTO voucher £60 {a.N} card {CC(c.one('card', CARDS))} exp 11/27 cvv given",
        f"14:30 voucher £40 {b.N} paid by link, {c.tel('gb')}",
        f"15:12 MOTO deposit £25 {b.G} card {CC(c.one('card', CARDS))}",
    )


@T("personal_orders", "hu_utalvany", "hu", 2)
def _(c, i):
    k = c.who("hu")
    e = c.who("hu", "f")
    a = c.addr("hu")
    return J(
        "Írj egy rövid, kedves kísérőszöveget ehhez az ajándékutalványhoz, és nézd meg, jó-e a cím:",
        "",
        f"Megrendelő: {k.N}, {c.mail(k, 'hu')}",
        f"Címzett: {e.N}",
        *a.lines,
        f"Telefon: {c.tel('hu')}",
        "Utalvány: 2 fős wellness csomag",
    )



# ================================================================ clean_brands

@T("clean_brands", "colour_house", "en", 2)
def _(c, i):
    return pick([
        ("We're choosing a colour house for the salon: Wella Professionals, Redken, L'Oréal Professionnel or "
        "Schwarzkopf Igora. Compare them on grey coverage, ammonia-free lines and the education on offer, "
        "as a table."),
        ("Is Paul Mitchell's Tea Tree range still cruelty-free, and how does it compare with Aveda and Davines "
        "for a salon that wants to look greener? Keep it to a paragraph each."),
        ("Which bond builder should we standardise on: Olaplex, K18, Redken Acidic Bonding Concentrate or Wella "
        "Fusion? Our senior colourist swears by K18 but the Olaplex No.3 sells better at the desk."),
    ], i)


@T("clean_brands", "stock_csv", "en", 3)
def _(c, i):
    rows = pick([
        ["Tea Tree Special Shampoo,Paul Mitchell,300ml,2,8.40",
         "Pillow Talk Lipstick,Charlotte Tilbury,3.5g,5,14.00",
         "Wood Sage & Sea Salt Cologne,Jo Malone London,30ml,1,41.00",
         "Double Wear Foundation,Estée Lauder,30ml,4,19.50",
         "Frizz Ease Serum,John Frieda,50ml,9,3.10"],
        ["Elasticizer,Philip Kingsley,150ml,3,19.80",
         "Angel.Rinse,Kevin Murphy,250ml,2,13.25",
         "Cleansing Mask with Sea Salt,Christophe Robin,250ml,6,18.00",
         "Cool Girl Barely There Texture Mist,Sam McKnight,200ml,1,16.00",
         "Eight Hour Cream,Elizabeth Arden,50ml,7,14.40"],
        ["Insta-Dri Nail Polish,Sally Hansen,9ml,12,2.60",
         "Nail Envy,OPI,15ml,2,9.90",
         "Lip Butter Balm,Summer Fridays,15g,4,11.00",
         "Skin Tint,Bobbi Brown,50ml,3,22.00",
         "Gloss Bomb,Fenty Beauty,9ml,0,9.50"],
    ], i)
    return J(
        "Reorder anything under 3 units (order up to 6) and give me the total cost. Export from the stock room:",
        "",
        "product,brand,size,on_hand,unit_cost_gbp",
        *rows,
    )


@T("clean_brands", "de_marken", "de", 2)
def _(c, i):
    return pick([
        ("Was ist der Unterschied zwischen Wella Koleston Perfect und Schwarzkopf Igora Royal bei der "
        "Grauabdeckung? Und passt La Biosthétique oder Annemarie Börlind besser in unsere Naturkosmetik-Ecke?"),
        ("Wir wollen Dr. Hauschka und Babor in die Kabine nehmen. Wer steckt hinter den beiden Marken, und wie "
        "unterscheiden sich die Schulungen? Gibt es Alternativen wie Maria Galland oder Dr. Grandel?"),
    ], i)


@T("clean_brands", "fr_marques", "fr", 2)
def _(c, i):
    return pick([
        ("Pour notre institut, vaut-il mieux travailler avec Clarins, Sisley ou Payot ? Et est-ce que Christophe "
        "Robin et Leonor Greyl se vendent bien en salon de coiffure ?"),
        ("Peux-tu me raconter en quelques lignes l'histoire d'Yves Rocher et de René Furterer ? On prépare une "
        "vitrine « marques françaises » avec Caudalie, Nuxe et Guerlain."),
    ], i)


@T("clean_brands", "lower_brands", "en", 3, case="lower")
def _(c, i):
    return pick([
        ("is jo malone still owned by estee lauder or did they sell it, a client asked and i said yes but now "
        "im not sure"),
        ("whats the difference between charlotte tilbury flawless filter and hollywood flawless filter, people "
        "keep asking at the desk"),
        "do tom ford and marc jacobs actually make their own perfumes or is it estee lauder and coty behind them",
    ], i)


@T("clean_brands", "ja_brands", "ja", 1)
def _(c, i):
    return pick([
        ("資生堂プロフェッショナルとミルボン、サロン専売のカラー剤としてどちらが扱いやすいですか？"
        "シュウ ウエムラのシャンプーを店頭に置くかも迷っています。"),
        "コスメデコルテとSK-IIの違いを、エステサロンのお客様向けに短く説明する文章を作ってください。",
    ], i)


@T("clean_brands", "ko_brands", "ko", 1)
def _(c, i):
    return pick([
        "설화수, 라네즈, 이니스프리가 모두 아모레퍼시픽 브랜드 맞나요? 매장 진열대에 붙일 소개 문구 좀 써 주세요.",
        "미쟝센이랑 려 샴푸 중에 미용실 리테일용으로 뭐가 더 나을까요? 닥터자르트 두피 라인도 궁금해요.",
    ], i)


@T("clean_brands", "ar_brands", "ar", 1)
def _(c, i):
    return pick([
        "ما الفرق بين منتجات هدى بيوتي وفنتي بيوتي من ريهانا؟ أريد نصاً قصيراً لصفحة الصالون على إنستغرام.",
        "هل عطور كيالي تابعة لمنى قطان؟ وأريد قائمة بماركات زيت الأرغان المغربية المناسبة للبيع في الصالون.",
    ], i)


@T("clean_brands", "it_marchi", "it", 2)
def _(c, i):
    return pick([
        ("Davines o Alfaparf Milano per il colore in salone? E i prodotti di Rossano Ferretti valgono davvero "
        "il prezzo?"),
        ("Scrivimi una descrizione per la vetrina del centro estetico con Kiko Milano, Collistar e Diego dalla "
        "Palma, tono elegante."),
    ], i)


@T("clean_brands", "es_marcas", "es", 2)
def _(c, i):
    return pick([
        ("¿Natura Bissé o Sesderma para los faciales de cabina? ¿Y qué tal la línea de Isdin para vender en "
        "recepción?"),
        ("Quiero vender perfumes de Carolina Herrera y Paco Rabanne en el salón. ¿Tengo que ser distribuidor "
        "autorizado de Puig?"),
    ], i)


@T("clean_brands", "founders", "en", 3)
def _(c, i):
    return pick([
        ("Write a 150-word blog intro on how Vidal Sassoon changed hairdressing in the 1960s. Mention Mary Quant "
        "and the five-point cut."),
        ("Give me a short timeline of Madam C. J. Walker, Helena Rubinstein and Elizabeth Arden for a Women's "
        "History Month post on the salon's Instagram."),
        "Who was Max Factor and why is a make-up brand named after him? And was Estée Lauder a real person too?",
    ], i)


@T("clean_brands", "ru_brendy", "ru", 1)
def _(c, i):
    return pick([
        "Что лучше для салона: Estel или Kapous? И стоит ли брать Matrix от L'Oréal для окрашивания?",
        "Напиши пост про Natura Siberica и «Чистую линию» для страницы нашего салона красоты.",
    ], i)


@T("clean_brands", "pl_marki", "pl", 1)
def _(c, i):
    return pick([
        "Ziaja czy Bielenda do gabinetu kosmetycznego? I czy Inglot robi lakiery hybrydowe dla salonów?",
        "Napisz krótki post o polskich markach: Inglot, Eveline, Apis i Semilac – do naszego salonu paznokci.",
    ], i)


@T("clean_brands", "gel_table", "en", 2)
def _(c, i):
    if i == 0:
        return J(
            "Fill in the missing cells and add rows for The GelBottle and Bio Sculpture:",
            "",
            "| System | Brand | Cure | Soak-off |",
            "|---|---|---|---|",
            "| Shellac | CND | LED 60 s | yes |",
            "| GelColor | OPI | ? | yes |",
            "| Gelish | Nail Harmony | LED 30 s | ? |",
            "| BIAB | ? | LED/UV | file-off |",
        )
    return J(
        "Turn this into a comparison table of brow and lash brands (price per treatment, training offered):",
        "",
        "- Benefit BrowBar (Benefit Cosmetics)",
        "- HD Brows (founded by Nilam Holmes-Patel)",
        "- Nouveau Lashes",
        "- Elleebana and LVL by Nouveau for lifts",
        "- Refectocil tint",
    )


# ================================================================ clean_styles

@T("clean_styles", "famous_cuts", "en", 3)
def _(c, i):
    return pick([
        ("A client brought in a photo of the Rachel from Friends. Give me a consultation script that explains "
        "how much daily styling Jennifer Aniston's cut really needs, without putting her off."),
        ("What's the difference between the Farrah (Farrah Fawcett's feathered flick) and a modern curtain-bang "
        "shag? I need it for a training slide."),
        ("For an education evening: how did the pixie cut become famous? Cover Audrey Hepburn in Roman Holiday, "
        "Twiggy and Mia Farrow in Rosemary's Baby, ten lines max."),
    ], i)


@T("clean_styles", "celeb_looks", "en", 3)
def _(c, i):
    return pick([
        ("Clients keep asking for Hailey Bieber's glazed doughnut nails. Write a price-list entry and a "
        "three-step method using chrome powder."),
        ("Write a mood-board description for a bridal trial: Meghan Markle's messy low bun, the Princess of "
        "Wales's bouncy blow-dry and Zendaya's sleek ponytail."),
        ("How do I recreate Sabrina Carpenter's bangs and Dua Lipa's sharp bob for a prom-season post? Steps "
        "and products."),
    ], i)


@T("clean_styles", "lower_styles", "en", 3, case="lower")
def _(c, i):
    return pick([
        "how do i cut a wolf cut on really thick hair, like the one billie eilish had",
        "whats a butterfly cut vs a jellyfish cut?? the teens keep asking for both lol",
        "how did harry styles get that 70s shag, want to do a how-to reel for the salon",
    ], i)


@T("clean_styles", "decades_table", "en", 2)
def _(c, i):
    if i == 0:
        return J(
            "Check the facts in this table for our 'hair through the decades' wall and add rows for the 1980s "
            "and 2010s:",
            "",
            "| Decade | Look | Icon |",
            "|---|---|---|",
            "| 1920s | Eton crop, bob | Louise Brooks, Josephine Baker |",
            "| 1960s | Five-point cut | Vidal Sassoon, Mary Quant |",
            "| 1970s | Feathered flick | Farrah Fawcett |",
            "| 1990s | The Rachel | Jennifer Aniston |",
        )
    return J(
        "Same idea for make-up, please fix the format and fill the blanks:",
        "",
        "1950s - red lip + winged liner - Marilyn Monroe, Audrey Hepburn",
        "1960s - spidery lashes - Twiggy",
        "1980s - ? - Madonna, Cyndi Lauper",
        "2010s - contour - Kim Kardashian (make-up by Mario Dedivanovic)",
    )


@T("clean_styles", "fr_coiffures", "fr", 2)
def _(c, i):
    return pick([
        ("Comment reproduire la frange de Jane Birkin et la choucroute de Brigitte Bardot pour un shooting "
        "années 60 ? Étapes et produits, s'il te plaît."),
        ("Explique la coupe à la garçonne des années folles (Coco Chanel, Louise Brooks) en cinq lignes pour "
        "notre page Instagram."),
    ], i)


@T("clean_styles", "es_estilos", "es", 2)
def _(c, i):
    return pick([
        ("Las clientas piden las uñas de Rosalía en la gira Motomami. ¿Cómo las hago en acrílico y cuánto "
        "debería cobrar?"),
        ("¿Qué corte llevaba Shakira en la época de Pies Descalzos y cómo lo adapto hoy a pelo rizado con el "
        "método Curly Girl de Lorraine Massey?"),
    ], i)


@T("clean_styles", "de_frisuren", "de", 2)
def _(c, i):
    return pick([
        ("Schreib einen witzigen Instagram-Post über das Comeback des Vokuhila – mit Anspielung auf Rudi Völler "
        "und Kim Wilde."),
        ("Wie stecke ich eine Sisi-Frisur wie Romy Schneider in den Sissi-Filmen? Für einen Faschingsball, "
        "Schritt für Schritt."),
    ], i)


@T("clean_styles", "ja_styles", "ja", 1)
def _(c, i):
    return pick([
        ("ウルフカットとハッシュカットの違いをお客様にわかりやすく説明してください。木村拓哉さんのロンバケ時代の"
        "髪型も例に入れてください。"),
        "安室奈美恵さん風の90年代ヘアメイク（細眉・茶髪ロング）を再現する手順を教えてください。",
    ], i)


@T("clean_styles", "ko_styles", "ko", 1)
def _(c, i):
    return pick([
        "블랙핑크 제니 단발이랑 아이유 히피펌, 시술 시간이 얼마나 차이 나요?",
        "허쉬컷이랑 레이어드컷 차이를 손님께 설명하는 문구 써 주세요. 한소희 스타일을 예시로요.",
    ], i)


@T("clean_styles", "hi_styles", "hi", 2)
def _(c, i):
    return pick([
        "साधना कट क्या है और आज इसे कैसे स्टाइल करें? सैलून के इंस्टाग्राम के लिए एक छोटा कैप्शन भी लिखो।",
        "दीपिका पादुकोण की शादी वाला जूड़ा और आलिया भट्ट का ब्राइडल लुक – दुल्हन के ट्रायल के लिए दोनों की तुलना करो।",
    ], i)


@T("clean_styles", "tattoo_styles", "en", 3)
def _(c, i):
    return pick([
        ("Give me a short history of American traditional tattooing for our studio website: Sailor Jerry "
        "(Norman Collins), Bert Grimm and Don Ed Hardy."),
        ("What's the difference between irezumi in the tradition of Horiyoshi III and neo-Japanese? Two short "
        "paragraphs for the FAQ."),
        ("A client wants a Frida Kahlo portrait with marigolds. What size and placement would you suggest for "
        "realism, and how many sessions?"),
    ], i)


@T("clean_styles", "pt_estilos", "pt", 2)
def _(c, i):
    return pick([
        ("Como explico pra cliente a diferença entre o corte chanel, o long bob e o cabelo da Anitta no clipe "
        "Envolver?"),
        "Qual era o loiro da Gisele Bündchen nos anos 2000 e como eu reproduzo com mechas e tonalizante?",
    ], i)


@T("clean_styles", "it_stili", "it", 1)
def _(c, i):
    return pick([
        "Come si fa l'acconciatura anni Sessanta di Sophia Loren? E il caschetto di Raffaella Carrà?",
        "Scrivi un post sul look naturale di Monica Bellucci per la pagina del salone, massimo 80 parole.",
    ], i)


@T("clean_styles", "zh_styles", "zh", 1)
def _(c, i):
    return pick([
        "王菲九十年代的短发和范冰冰的古装发型，分别适合什么脸型？帮我写一段给顾客看的介绍。",
        "客人想要刘亦菲那种又长又直的黑发效果，需要做哪些护理？请列个疗程。",
    ], i)


@T("clean_styles", "caps_poster", "en", 2, case="upper")
def _(c, i):
    return pick([
        ("Make this poster text punchier: The Rachel is back! 90s layers, curtain bangs and the Farrah flick. "
        "Ask your stylist. £10 off in May."),
        ("Proofread our window sign: 'Barbering since 1998 - skin fades, the Peaky Blinders undercut, the "
        "Beckham fauxhawk, beard sculpting.'"),
    ], i)


# ================================================================ clean_software

@T("clean_software", "compare_tools", "en", 2)
def _(c, i):
    return pick([
        ("Compare Fresha, Phorest, Timely and Treatwell for a six-chair salon: monthly fees, deposits, marketing "
        "tools and which of them take a commission on new clients."),
        ("Booksy vs Vagaro vs Square Appointments for a two-chair barbershop in Texas. Which handles no-show "
        "fees and tips best?"),
        ("We're on Shortcuts and thinking about Kitomba or SalonIQ. What should I ask in the demos? Make it a "
        "checklist."),
    ], i)


@T("clean_software", "import_help", "en", 3)
def _(c, i):
    if i == 0:
        return J(
            "How do I map these Phorest export columns to the Fresha import template? Headers only:",
            "",
            "Client First Name,Client Last Name,Mobile,Email,Date of Birth,Notes",
            "first_name,last_name,phone,email,birthday,client_notes",
        )
    return pick([
        ("Write a regex that validates UK mobile numbers in a Timely import file, in the form 07xxx xxxxxx with "
        "or without the space."),
        ("Our Mindbody export has dates like 3/14/2026 2:30 PM. Give me an Excel formula that turns them into "
        "ISO 8601."),
    ], i - 1)


@T("clean_software", "lower_tools", "en", 3, case="lower")
def _(c, i):
    return pick([
        "can fresha take a card deposit and send the reminder on whatsapp or is it only sms",
        "does treatwell take commission on clients who book through my own website widget",
        "timely or phorest for a lash studio, which app is easier for the clients to use",
    ], i)


@T("clean_software", "de_tools", "de", 2)
def _(c, i):
    return pick([
        "Shore, Planity oder Treatwell für unseren Friseursalon? Wichtig sind Anzahlungen und ein DATEV-Export.",
        "Wie richte ich in Salonkee automatische SMS-Erinnerungen 24 Stunden vor dem Termin ein?",
    ], i)


@T("clean_software", "fr_outils", "fr", 2)
def _(c, i):
    return pick([
        "Planity ou Kiute pour un salon de coiffure de quatre fauteuils ? Lequel gère le mieux les acomptes ?",
        "Comment exporter mes fiches clients de Flexy vers Planity sans perdre l'historique des couleurs ?",
    ], i)


@T("clean_software", "nl_tools", "nl", 2)
def _(c, i):
    return pick([
        "Salonized of Treatwell voor een nagelstudio? Welke werkt samen met Mollie en iDEAL?",
        "Hoe zet ik in Salonized een no-show-vergoeding aan, en kan die automatisch via de pinautomaat?",
    ], i)


@T("clean_software", "es_herramientas", "es", 2)
def _(c, i):
    return pick([
        "¿Booksy o Bewe para una barbería? ¿Cuál gestiona mejor las señales y las cancelaciones?",
        "¿Cómo conecto Koibox con el TPV de Redsys para cobrar señales por adelantado?",
    ], i)


@T("clean_software", "error_logs", "en", 3)
def _(c, i):
    return pick([
        J("Twilio keeps rejecting our reminder texts. What does this mean and how do we fix it?", "",
          "2026-03-04T09:00:03Z ERROR sms.send provider=twilio code=21610 "
          "msg=\"Attempt to send to unsubscribed recipient\" client_id=48812",
          "2026-03-04T09:00:04Z WARN  retry scheduled attempt=2"),
        J("Stripe webhooks from the booking site started failing last night:", "",
          "stripe.error.SignatureVerificationError: No signatures found matching the expected signature for "
          "payload",
          "  at /app/webhooks/deposits.js:42"),
        J("What does this error from the Reserve with Google sync mean?", "",
          "ERROR 2026-03-10 07:12:55 merchant_id mismatch: feed=salon_feed_v2 availability rows=0",
          "INFO  next sync in 3600s"),
    ], i)


@T("clean_software", "sample_payload", "en", 2)
def _(c, i):
    if i == 0:
        return J(
            "This is the sample payload from the booking platform's docs. Write a TypeScript type for it.",
            "",
            "{",
            '  "event": "appointment.created",',
            '  "client": {"first_name": "Jane", "last_name": "Doe", "email": "jane.doe@example.com"},',
            '  "staff": {"display_name": "Stylist 1"},',
            '  "service": {"name": "Cut & Finish", "duration_min": 45, "price": 52.0}',
            "}",
        )
    return J(
        "Write a pydantic model for this example from the API reference (the values are the docs' own):",
        "",
        '{"customer": {"name": "John Smith", "email": "john@example.org", "phone": "<PHONE>"},',
        ' "deposit": {"amount": 2000, "currency": "gbp"}, "status": "confirmed"}',
    )


@T("clean_software", "bot_transcript", "en", 2)
def _(c, i):
    if i == 0:
        return J(
            "Our Instagram booking bot gave a weird answer here. Rewrite its replies so they're helpful:",
            "",
            "[14:02] Customer: hi do you do the Rachel cut like jennifer aniston",
            "[14:02] Bot: Sorry, I couldn't find a stylist called Rachel. Please choose from the list.",
            "[14:03] Customer: no the haircut lol",
            "[14:03] Bot: Book now via Fresha: tap the link in our bio.",
        )
    return J(
        "Write better fallback answers for our website chatbot; this is what it does now:",
        "",
        "USER: can i get the Hailey Bieber nails and a Kylie Jenner lip filler look",
        "BOT: I'm not sure who Hailey Bieber is. Would you like to speak to a human?",
        "USER: do you stock Charlotte Tilbury",
        "BOT: Charlotte is not available today.",
    )


@T("clean_software", "ja_tools", "ja", 1)
def _(c, i):
    return pick([
        "ホットペッパービューティーのサロンボードとminimo、予約管理ではどちらが便利ですか？",
        "リザービアの予約データをGoogleスプレッドシートに自動で連携する方法を教えてください。",
    ], i)


@T("clean_software", "ko_tools", "ko", 1)
def _(c, i):
    return pick([
        "네이버 예약이랑 카카오헤어샵 수수료를 표로 비교해 주세요.",
        "공비서 앱에서 노쇼 방지용 예약금 설정하는 방법 알려 주세요.",
    ], i)


@T("clean_software", "sv_verktyg", "sv", 1)
def _(c, i):
    return pick([
        "Bokadirekt eller Timma för en frisörsalong – vad skiljer i avgifter och i synlighet?",
        "Hur kopplar jag Bokadirekt till Fortnox så att bokföringen sköts automatiskt?",
    ], i)


@T("clean_software", "tr_uygulama", "tr", 1)
def _(c, i):
    return pick([
        "Kuaförüm için randevu uygulaması arıyorum: Fresha mı, Booksy mi? Hangisinde Türkçe destek var?",
        "Instagram'daki 'Randevu al' butonunu Fresha hesabıma nasıl bağlarım?",
    ], i)


@T("clean_software", "ai_reception", "en", 2)
def _(c, i):
    return pick([
        ("Could we connect an AI phone receptionist (something like Vapi or Retell) to Phorest so calls get "
        "answered when we're all busy? What are the GDPR issues?"),
        ("Write a system prompt for ChatGPT or Claude that drafts replies to our Treatwell reviews in the "
        "salon's voice: warm, short, no emojis."),
    ], i)


# ================================================================ clean_templates

@T("clean_templates", "blank_forms", "en", 3)
def _(c, i):
    return pick([
        J("Make this blank consent form printable on one A4 page and add a line for the artist's signature:",
          "",
          "TATTOO CONSENT",
          "Full name: ______________________",
          "Date of birth: __ / __ / ____",
          "Photo ID type and number: ______________________",
          "Address: ______________________",
          "Mobile: ______________________",
          "I confirm I am over 18: [ ] yes"),
        J("Tidy up this blank patch-test record so the juniors fill it in properly:",
          "",
          "Client: ____________  Stylist: ____________",
          "Product + developer: ____________",
          "Applied (date/time): ________  Checked at 48h: ________",
          "Result: [ ] clear  [ ] reaction - details: ____________"),
        J("Turn this medical questionnaire for aesthetic treatments into a Google Form (list the question types):",
          "",
          "1. Name  2. Date of birth  3. GP surgery  4. Are you pregnant or breastfeeding?",
          "5. Do you take blood thinners?  6. History of cold sores?  7. Previous filler (product, date)?"),
    ], i)


@T("clean_templates", "merge_fields", "en", 3)
def _(c, i):
    return pick([
        ("Fix the merge fields in this reminder, it sends the raw tags: \"Hi {{client.first_name}}, see you "
        "{{appointment.date}} at {{appointment.time}} with {{staff.first_name}} at [SALON NAME]. Reply C to "
        "cancel.\""),
        ("Translate this template into Spanish and keep the placeholders exactly as they are: \"Hi %FIRSTNAME%, "
        "your deposit of %AMOUNT% secures your booking on %DATE%. See you soon, %SALON%.\""),
        ("Write three versions of a rebooking nudge using {first_name}, {last_service} and {weeks_since}. "
        "Friendly, under 140 characters each."),
    ], i)


@T("clean_templates", "sample_records", "en", 2)
def _(c, i):
    if i == 0:
        return J(
            "This is the example client from our training manual. Turn it into a one-page 'how to fill in a "
            "client card' guide:",
            "",
            "Name: Jane Doe",
            "DOB: DD/MM/YYYY",
            "Address: 1 Example Street, Sample Town, AB1 2CD",
            "Mobile: 07xxx xxxxxx",
            "Email: jane.doe@example.com",
            "Allergies: none known · Patch test: [date] clear",
        )
    return J(
        "Our new booking system shows these demo clients. Write me a short note for staff saying which "
        "fields to fill in for real clients:",
        "",
        "- John Smith (demo) · Men's cut · no phone",
        "- Joe Bloggs (demo) · Beard trim · test@test.com",
        "- A. N. Other (walk-in placeholder)",
    )


@T("clean_templates", "de_muster", "de", 2)
def _(c, i):
    return pick([
        J("Erstelle ein Muster-Kundenblatt für die Schulung, mit diesen Beispieldaten:",
          "",
          "Name: Erika Mustermann",
          "Anschrift: Musterstraße 1, 12345 Musterstadt",
          "Telefon: 0123 456789",
          "Behandlung: Maniküre mit Shellac"),
        ("Wie formuliere ich in der Datenschutzerklärung das Beispiel mit „Max Mustermann bucht online einen "
        "Termin“, ohne dass es nach echten Daten aussieht?"),
    ], i)


@T("clean_templates", "fr_modele", "fr", 2)
def _(c, i):
    return pick([
        ("Prépare une fiche client type pour la formation des apprentis, avec Marie Martin comme exemple et des "
        "champs vides pour l'adresse et le téléphone."),
        ("Dans notre guide, l'exemple s'appelle « M. Jean Dupont, coupe + barbe ». Peux-tu réécrire la "
        "procédure d'accueil avec cet exemple ?"),
    ], i)


@T("clean_templates", "es_plantilla", "es", 2)
def _(c, i):
    return pick([
        ("Hazme una ficha de clienta de ejemplo para formar a las recepcionistas, con Fulana de Tal y datos "
        "inventados entre corchetes: [TELÉFONO], [DNI], [DIRECCIÓN]."),
        ("¿Cómo explico en el manual que «Juan Pérez» es solo un ejemplo y que no se deben guardar datos de "
        "salud sin consentimiento?"),
    ], i)


@T("clean_templates", "it_modello", "it", 2)
def _(c, i):
    return pick([
        ("Preparami un modulo di consenso vuoto per l'estetica avanzata, con Mario Rossi come esempio nella "
        "guida alla compilazione."),
        ("Nel manuale usiamo «Maria Bianchi, via Roma 1, 00100 Roma» come esempio. Va bene o è meglio un "
        "segnaposto tipo [INDIRIZZO]?"),
    ], i)


@T("clean_templates", "pl_wzor", "pl", 2)
def _(c, i):
    return pick([
        ("Przygotuj wzór karty klienta do szkolenia, przykład: Jan Kowalski, strzyżenie męskie, bez danych "
        "kontaktowych."),
        "Napisz instrukcję wypełniania zgody na zabieg z przykładem „Anna Nowak, PESEL: [PESEL]“.",
    ], i)


@T("clean_templates", "ja_mihon", "ja", 1)
def _(c, i):
    return pick([
        "新人研修用のカルテ記入例を作ってください。お名前は「山田花子」様、電話番号は空欄で。",
        "同意書の記入見本に「山田太郎」と書いてありますが、もっと自然な見本の書き方はありますか？",
    ], i)


@T("clean_templates", "ko_yesi", "ko", 1)
def _(c, i):
    return pick([
        "직원 교육용 고객 카드 작성 예시 만들어 주세요. 이름은 홍길동, 나머지는 빈칸으로요.",
        "예약 문자 템플릿에서 #{고객명} 자리에 '김철수' 예시를 넣어서 미리보기 문구 만들어 주세요.",
    ], i)


@T("clean_templates", "zh_yangben", "zh", 1)
def _(c, i):
    return pick([
        "帮我做一张会员登记表的填写示例，用“张三”“李四”当例子，电话号码用XXX代替。",
        "美容院员工培训手册里，示例客户写“王五”合适吗？请帮我改写这一段说明。",
    ], i)


@T("clean_templates", "ru_obrazec", "ru", 1)
def _(c, i):
    return pick([
        "Сделай образец заполнения анкеты клиента для салона: Иванов Иван Иванович, остальные поля пустые.",
        ("Напиши шаблон согласия на обработку персональных данных для салона красоты с полями [ФИО] и "
        "[ТЕЛЕФОН]."),
    ], i)


@T("clean_templates", "caps_notice", "en", 2, case="upper")
def _(c, i):
    return pick([
        ("Make this notice clearer: Deposit policy. A 25% deposit is taken for all colour services. Cancel "
        "with less than 48 hours' notice and the deposit is lost."),
        ("Check the spelling on this sign: No patch test, no colour. Patch tests must be done 48 hours before "
        "any tint, lash or brow service."),
    ], i)


@T("clean_templates", "lower_policy", "en", 2, case="lower")
def _(c, i):
    return pick([
        "write me a no show policy for the website, leave [salon name] and [deposit %] as blanks i'll fill in",
        "can u do a template aftercare email for new piercings with {client_name} and {piercing_type}",
    ], i)


@T("clean_templates", "he_dugma", "he", 2)
def _(c, i):
    return pick([
        "תכין לי דוגמה למילוי כרטיס לקוחה עבור הדרכת עובדות חדשות, עם השם ישראל ישראלי ושדות ריקים.",
        "אני צריכה תבנית הודעת תזכורת לתור עם {שם_הלקוחה} ו-{שעה}, בלי פרטים אמיתיים.",
    ], i)


@T("clean_templates", "fi_malli", "fi", 1)
def _(c, i):
    return ("Tee asiakaskortin täyttöohje kampaamon uusille työntekijöille. Käytä esimerkkinä Matti "
            "Meikäläistä ja jätä puhelinnumero tyhjäksi.")


@T("clean_templates", "nl_voorbeeld", "nl", 1)
def _(c, i):
    return ("Maak een voorbeeld-klantkaart voor de training, met Jan Modaal als voorbeeldklant en lege velden "
            "voor adres en telefoon.")


@T("clean_templates", "vi_mau", "vi", 1)
def _(c, i):
    return ("Soạn giúp mình mẫu phiếu thông tin khách hàng cho tiệm nail, ví dụ điền tên Nguyễn Văn A, các ô "
            "còn lại để trống.")


@T("clean_templates", "ar_namudhaj", "ar", 1)
def _(c, i):
    return ("أريد نموذج استمارة عميلة لصالون تجميل مع مثال باسم فلان الفلاني وترك خانات الهاتف والعنوان "
            "فارغة.")


@T("clean_templates", "pt_modelo", "pt", 1)
def _(c, i):
    return ("Faz um modelo de ficha de anamnese para estética com o exemplo Fulano de Tal e os campos "
            "[CPF] e [ENDEREÇO] em branco.")


# ================================================================ clean_business

@T("clean_business", "price_list", "en", 3)
def _(c, i):
    if i == 0:
        return J(
            "Reformat our price list so it reads well on a phone, and round everything to the nearest £5:",
            "",
            "| Service | Stylist | Senior | Art Director |",
            "|---|---|---|---|",
            "| Cut & blow dry | £48 | £56 | £72 |",
            "| Full head foils | £118 | £132 | £155 |",
            "| Balayage | from £140 | from £165 | from £190 |",
            "| Toner | £22 | £22 | £22 |",
        )
    return pick([
        ("We charge £38 for Shellac hands and £45 for BIAB. A BIAB infill costs us about £6 in product. Should "
        "we raise the price? Show me the margin maths."),
        ("How should a barbershop price a skin fade in a small market town if the chains nearby (Ted's Grooming "
        "Room, a Regis salon) charge £20-£28?"),
    ], i - 1)


@T("clean_business", "regulation", "en", 3)
def _(c, i):
    return pick([
        ("Summarise the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021 for our reception team in five "
        "bullet points."),
        "What does the Tattooing of Minors Act 1969 say, and does it cover cosmetic tattooing like microblading?",
        ("Explain the guidance on skin allergy alert tests before hair dye, and whether we need one before every "
        "colour appointment or only once."),
    ], i)


@T("clean_business", "lower_business", "en", 3, case="lower")
def _(c, i):
    return pick([
        "how much should i charge for gel x extensions in leeds, competition is 35 to 45",
        "do i need a special procedures licence in wales for microblading or is that only for tattoos",
        "whats the going rate for chair rental in manchester city centre, and is 40% commission better",
    ], i)


@T("clean_business", "de_preise", "de", 2)
def _(c, i):
    return pick([
        ("Wie kalkuliere ich den Preis für Balayage richtig? Materialkosten etwa 18 €, Dauer 3 Stunden, "
        "Stundensatz 55 €."),
        "Brauchen wir für Wimpernlifting in Bayern einen Meisterbrief oder reicht ein Kosmetik-Zertifikat?",
    ], i)


@T("clean_business", "fr_tarifs", "fr", 2)
def _(c, i):
    return pick([
        ("Aide-moi à revoir nos tarifs : shampoing-coupe-brushing 42 €, couleur 55 €, mèches 75 €. On est en "
        "centre-ville à Annecy. C'est trop bas ?"),
        "Quelles sont les obligations pour ouvrir un bar à ongles en France (diplôme, CAP esthétique, local) ?",
    ], i)


@T("clean_business", "caps_prices", "en", 2, case="upper")
def _(c, i):
    return pick([
        ("Tidy this window board: Mens cut £18, skin fade £22, beard trim £10, hot towel shave £25, OAP "
        "Tuesday £12, kids under 12 £14."),
        "Reword this A-board: Walk-ins welcome, gel nails from £25, brows £12, lash lift and tint £40.",
    ], i)


@T("clean_business", "chains_csv", "en", 2)
def _(c, i):
    rows = pick([
        ["Toni & Guy,national,£££", "Rush,national,££", "Headmasters,regional,££",
         "Regis,national,££", "Supercuts,national,£", "Charles Worthington,London,£££"],
        ["Drybar,US/UK,££", "Blue Tit,London,££", "Duck & Dry,London,££",
         "Benefit BrowBar,concessions,££", "Rainbow Room International,Scotland,££", "Great Clips,US,£"],
    ], i)
    return J(
        "Turn this competitor list into a table and say where a mid-range independent salon fits:",
        "",
        "brand,reach,price_band",
        *rows,
    )


@T("clean_business", "it_listino", "it", 2)
def _(c, i):
    return pick([
        ("Quanto dovrei far pagare un trattamento con la luce pulsata alle gambe a Bologna? I concorrenti "
        "chiedono tra 90 e 140 euro."),
        ("Mi serve il listino del centro estetico riscritto in modo più elegante: pulizia viso 55 €, "
        "massaggio decontratturante 50 €, pedicure estetica 30 €."),
    ], i)


@T("clean_business", "tr_fiyat", "tr", 2)
def _(c, i):
    return pick([
        ("Güzellik salonu için fiyat listesi hazırlar mısın? Kalıcı oje 400 TL, protez tırnak 900 TL, "
        "kaş laminasyonu 600 TL."),
        "İstanbul'da kuaför açmak için hangi belgeler gerekiyor? Ustalık belgesi şart mı?",
    ], i)


@T("clean_business", "id_harga", "id", 2)
def _(c, i):
    return pick([
        ("Bantu susun daftar harga salon: potong rambut 75 ribu, creambath 120 ribu, smoothing mulai 450 ribu. "
        "Buat versi yang menarik buat Instagram."),
        "Berapa harga wajar untuk paket spa lulur Bali di Jakarta Selatan?",
    ], i)


@T("clean_business", "tl_presyo", "tl", 2)
def _(c, i):
    return pick([
        ("Pa-help naman gumawa ng price list para sa nail salon namin sa Quezon City: gel polish 450, "
        "foot spa 350, manicure + pedicure 250."),
        ("Magkano dapat ang rebond ngayon sa Cebu? Yung kalaban namin 1,500 lang daw, ang mahal ng Loreal "
        "products namin eh."),
    ], i)


@T("clean_business", "famous_stylists", "en", 2)
def _(c, i):
    if i == 0:
        return J(
            "Check this table for the 'inspiration' wall in our training room and add a column for one famous "
            "look each:",
            "",
            "| Name | Role | Known for |",
            "|---|---|---|",
            "| Trevor Sorbie | hairdresser | the wedge cut |",
            "| Sam McKnight | session stylist | Princess Diana's short crop |",
            "| Guido Palau | session stylist | runway hair for Prada |",
            "| Nicky Clarke | hairdresser | TV makeovers |",
        )
    return pick([
        ("Who are the big celebrity hairdressers on Instagram right now (Chris Appleton, Jen Atkin, Anthony "
        "Mascolo)? I want to show apprentices how they built their brands."),
    ], i - 1)


@T("clean_business", "el_times", "el", 2)
def _(c, i):
    return pick([
        "Φτιάξε μου τιμοκατάλογο για κομμωτήριο στη Θεσσαλονίκη: κούρεμα 15 €, βαφή 35 €, ανταύγειες 60 €.",
        "Τι χρειάζεται για να ανοίξει κάποιος εργαστήριο αισθητικής στην Ελλάδα; Άδεια από τον δήμο;",
    ], i)


@T("clean_business", "th_rakha", "th", 2)
def _(c, i):
    return pick([
        "ช่วยตั้งราคาแพ็กเกจสปาในเชียงใหม่หน่อยค่ะ นวดไทย 2 ชั่วโมง + ขัดผิว ควรขายเท่าไหร่ดี",
        "เปิดร้านทำเล็บที่ภูเก็ตต้องขอใบอนุญาตอะไรบ้างคะ",
    ], i)


# ================================================================ more rows typed as people type them

@T("personal_bookings", "lower_groomer_chat", "en", 3, case="lower")
def _(c, i):
    p = c.who("en")
    cc = pick(["gb", "ca", "us"], i)
    a = c.addr(cc)
    dog = pick(["biscuit", "luna", "pepper"], i)
    return J(
        "can you turn this into a booking note for the groomer, short as possible",
        "",
        f"{p.G}: hi its {p.N}, can {dog} come in thurs for a full groom? shes matted behind the ears again",
        f"{p.G}: we moved btw, new address is {a.line()}",
        f"{p.G}: and my number changed to {c.tel(cc)}",
    )


@T("personal_consent", "lower_age_chat", "en", 3, case="lower")
def _(c, i):
    p = c.who("en", "f" if i == 2 else None)
    art = c.who("en")
    cc = pick(["gb", "ie", "us"], i)
    style = {"gb": "dmy/", "ie": "en", "us": "mdy-short"}[cc]
    if i == 0:
        msg = (f"hey its {p.N} from insta, my birthday is {c.dob(style, 'under18')} so im basically 18, can i "
               "still book the flash day? i can bring my provisional or my mums passport lol")
    elif i == 1:
        msg = (f"hi its {p.N}, def over 18 (born {c.dob(style)}) but my passport ran out last month, is a "
               "bank card with my name on ok as id?")
    else:
        kid = c.who("en", "f")
        msg = (f"hiya, {p.N} here. booking for me (born {c.dob(style)}) and my daughter {kid.G} (dob "
               f"{c.dob(style, 'minor')}), can she get a tiny one if i sign for her?")
    return J(
        f"how do i reply to this? {art.G} wont tattoo without proper id and i agree",
        "",
        f"\"{msg}. my number is {c.tel(cc)}\"",
    )


@T("personal_bookings", "lower_trainer_notes", "en", 3, case="lower")
def _(c, i):
    a, b, d = c.who("en"), c.who("en", "f"), c.who("en", "f")
    return J(
        "pt clients this week, can you make a schedule and a reminder text for each",
        f"- {a.N} mon/wed 6:30am, knee rehab so no jumping, {c.tel('gb')}",
        f"- {b.G} tues 7pm, wants to do the couch to 5k with her sister {d.G}",
        f"- {d.N} thurs 12:15 lunch session at the park gym, {c.mail(d)}",
        f"- {a.G} again sat 9am?",
    )


@T("personal_orders", "caps_label", "en", 2, case="upper")
def _(c, i):
    p = c.who("en")
    cc = pick(["gb", "ie"], i)
    a = c.addr(cc)
    return J(
        "Format this as a shipping label for the gift voucher, capitals only, and tell me if anything is "
        "missing:",
        "",
        f"FAO {p.N}",
        *a.lines,
        f"Tel {c.tel(cc)}",
        "Contents: gift voucher, signed for",
    )


@T("clean_styles", "lower_celebs", "en", 3, case="lower")
def _(c, i):
    return pick([
        "what nail shape does selena gomez usually have, a client wants the same and i said almond",
        "whats the red lipstick everyone says taylor swift wears on stage, is it a pat mcgrath one or mac",
        "how do i do the pamela anderson 90s updo with the bits hanging down, bridesmaid wants it",
    ], i)


@T("clean_brands", "lower_products", "en", 3, case="lower")
def _(c, i):
    return pick([
        "kevin murphy or davines for curly hair, which would you stock in a small salon",
        "is the dyson airwrap actually worth it vs the shark flexstyle for doing blow dries at weddings",
        "ghd vs babyliss pro straighteners for a new stylist kit, which lasts longer",
    ], i)


@T("clean_business", "lower_training", "en", 2, case="lower")
def _(c, i):
    return pick([
        "best courses for balayage in the uk? thinking sassoon academy or the toni and guy academy",
        "is the level 3 beauty therapy nvq enough to do microneedling or do i need the level 4",
    ], i)


@T("clean_styles", "eponym_cuts", "en", 3)
def _(c, i):
    return pick([
        ("For our barber apprentices, explain where these names come from: the Caesar cut, the pompadour "
        "(Madame de Pompadour), the Marcel wave (François Marcel) and the Bardot bangs."),
        ("Write glossary entries for the mullet, the Mohawk, the Croydon facelift and the Princess Diana "
        "feathered crop. One sentence each."),
        "What is a 'Karl Lagerfeld ponytail' vs a 'Bo Derek braid'? Describe both as a stylist would.",
    ], i)


@T("clean_business", "grooming_kit", "en", 2)
def _(c, i):
    return pick([
        ("Setting up a dog grooming van: compare clippers from Andis, Wahl and Oster, and tell me which "
        "blades I need for a teddy-bear cut on a cockapoo vs a lamb clip on a poodle."),
        ("Which is better for a small grooming salon, Aeolus or Shernbao dryers? And do I need the City & "
        "Guilds Level 3 to charge what the Pets at Home salons charge?"),
    ], i)


# ================================================================ validators (check digits)

def luhn_ok(digits):
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def pesel_ok(s, ymd, sex):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    y, m, d = ymd
    date_ok = s[:6] == f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}"
    sex_ok = (int(s[9]) % 2 == 0) == (sex == "f")
    return date_ok and sex_ok and (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10 == int(s[10])


def tckn_ok(s):
    d = [int(x) for x in s]
    c10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return d[0] != 0 and c10 == d[9] and sum(d[:10]) % 10 == d[10]


def cpf_ok(s):
    d = [int(x) for x in s if x.isdigit()]
    c1 = sum(a * b for a, b in zip(d[:9], range(10, 1, -1))) * 10 % 11 % 10
    c2 = sum(a * b for a, b in zip(d[:10], range(11, 1, -1))) * 10 % 11 % 10
    return d[9] == c1 and d[10] == c2


def dni_ok(s):
    num = s[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == s[-1]


def nhs_ok(s):
    d = [int(x) for x in s.replace(" ", "")]
    r = 11 - sum(a * b for a, b in zip(d[:9], range(10, 1, -1))) % 11
    return (0 if r == 11 else r) == d[9]


def bsn_ok(s):
    return sum(int(ch) * w for ch, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1])) % 11 == 0


def ptnif_ok(s):
    r = 11 - sum(int(ch) * w for ch, w in zip(s[:8], range(9, 1, -1))) % 11
    return (0 if r >= 10 else r) == int(s[8])


def nir_ok(s):
    s = s.replace(" ", "")
    return 97 - int(s[:13]) % 97 == int(s[13:])


def be_ok(s):
    s = s.replace(".", "").replace("-", "")
    return 97 - int(s[:9]) % 97 == int(s[9:]) or 97 - int("2" + s[:9]) % 97 == int(s[9:])


def pnr_ok(s):
    return luhn_ok(s.replace("-", ""))


def cpr_ok(s):
    s = s.replace("-", "")
    return sum(int(a) * b for a, b in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0


def hetu_ok(s):
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(s[:6] + s[7:10]) % 31] == s[10]


def fnr_ok(s):
    d = [int(x) for x in s]
    k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    return (k1 % 11) == d[9] and (k2 % 11) == d[10]


def cn_ok(s):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def aadhaar_ok(s):
    c = 0
    for k, ch in enumerate(reversed(s.replace(" ", ""))):
        c = VERHOEFF_D[c][VERHOEFF_P[k % 8][int(ch)]]
    return c == 0


def il_ok(s):
    total = 0
    for k, ch in enumerate(s):
        x = int(ch) * (1 if k % 2 == 0 else 2)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def cnp_ok(s):
    r = sum(int(a) * int(b) for a, b in zip(s[:12], "279146358279")) % 11
    return (1 if r == 10 else r) == int(s[12])


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf_ok(s):
    total = 0
    for k, ch in enumerate(s[:15]):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        total += CF_ODD[v] if k % 2 == 0 else v
    return chr(65 + total % 26) == s[15]


def validate_ids():
    assert all(pesel_ok(s, ymd, sex) for s, ymd, sex in PESEL)
    assert all(pnr_ok(s) for s, _, _ in PERSONNUMMER)
    assert all(tckn_ok(s) for s in TCKN)
    assert all(cpf_ok(s) for s in CPF)
    assert all(dni_ok(s) for s in DNI + NIE)
    assert all(nir_ok(s) for s, _, _ in NIR)
    assert all(be_ok(s) for s, _, _ in BE_NN)
    assert all(bsn_ok(s) for s in BSN)
    assert all(ptnif_ok(s) for s in PT_NIF)
    assert all(nhs_ok(s) for s in NHS_NO)
    assert all(cpr_ok(s) for s, _, _ in CPR)
    assert all(hetu_ok(s) for s, _, _ in HETU)
    assert all(fnr_ok(s) for s, _, _ in FNR)
    assert all(cn_ok(s) for s, _, _ in CN_ID)
    assert all(aadhaar_ok(s) for s in AADHAAR)
    assert all(il_ok(s) for s in IL_ID)
    assert all(cnp_ok(s) for s, _, _ in CNP)
    assert all(luhn_ok(s) for s, _ in AMKA)
    assert all(cf_ok(cf) for _, cf, _ in CF_PEOPLE)
    assert all(iban_ok(s) for v in IBANS.values() for s in v)
    assert all(luhn_ok(s.replace(" ", "")) for s in CARDS)
    # dates inside the IDs agree with the dates of birth stored beside them
    for s, (y, m, _d), _ in NIR:
        assert s.replace(" ", "")[1:5] == f"{y % 100:02d}{m:02d}"
    for s, (y, m, d), _ in PERSONNUMMER + CPR + HETU:
        assert s.replace("-", "")[:6] in (f"{y % 100:02d}{m:02d}{d:02d}", f"{d:02d}{m:02d}{y % 100:02d}")
    for s, (y, m, d), _ in CN_ID:
        assert s[6:14] == f"{y}{m:02d}{d:02d}"
    for s, (y, m, d), _ in CNP:
        assert s[1:7] == f"{y % 100:02d}{m:02d}{d:02d}"
    for s, (y, m, d), _ in FNR:
        assert s[:6] == f"{d:02d}{m:02d}{y % 100:02d}"
    for s, (y, m, d) in AMKA:
        assert s[:6] == f"{d:02d}{m:02d}{y % 100:02d}"
    for s, (y, m, d), _ in BE_NN:
        assert s[:8] == f"{y % 100:02d}.{m:02d}.{d:02d}"


# ================================================================ build and check

def build():
    rng = random.Random(SEED)
    use = Counter()
    rows, meta = [], []
    for t in TEMPLATES:
        for i in range(t["n"]):
            marked = t["fn"](Ctx(rng, use), i)
            text, spans = unmark(marked, t["case"])
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{i + 1}",
                "text": text,
                "spans": spans,
                "source": SOURCE,
                "class": t["cls"],
                "template": t["name"],
                "locale": "",
            })
            meta.append({"lang": t["lang"], "case": t["case"] or "mixed"})
    return rows, meta


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def check(rows, meta):
    validate_ids()
    assert len(rows) == N_ROWS, len(rows)
    ids, texts = set(), set()
    per_template = Counter()
    for r in rows:
        assert list(r) == ["id", "text", "spans", "source", "class", "template", "locale"], r["id"]
        assert r["id"].startswith(f"{SET}-{r['class']}-{r['template']}-"), r["id"]
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["class"].startswith(("personal_", "clean_"))
        assert "⟦" not in r["text"] and "⟧" not in r["text"]
        per_template[r["template"]] += 1
        last_end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, s
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip() and s["value"], (r["id"], s)
            assert s["start"] >= last_end, (r["id"], s)
            last_end = s["end"]
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"].upper()), s
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(re.sub(r"\D", "", s["value"])), s
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = Counter(m["lang"] for m in meta)
    other = len(rows) - langs["en"]
    assert 0.35 <= other / len(rows) <= 0.50, other
    assert len([k for k in langs if k != "en"]) >= 15, langs
    lower = sum(1 for m in meta if m["case"] == "lower")
    assert 0.10 <= lower / len(rows) <= 0.20, lower


def report(rows, meta, data):
    print(f"rows: {len(rows)}")
    classes = Counter(r["class"] for r in rows)
    tmpl = {}
    for r in rows:
        tmpl.setdefault(r["class"], set()).add(r["template"])
    print("classes:")
    for k in sorted(classes):
        print(f"  {k:28s} rows {classes[k]:3d}  templates {len(tmpl[k]):3d}")
    print(f"templates: {sum(len(v) for v in tmpl.values())}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans: " + ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = Counter(m["lang"] for m in meta)
    other = len(rows) - langs["en"]
    print(f"languages: {len(langs)} ({len(langs) - 1} besides English); not English {other} "
          f"({100 * other / len(rows):.1f}%)")
    print("  " + ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common()))
    for part in ("personal_", "clean_"):
        n = sum(1 for r, m in zip(rows, meta) if r["class"].startswith(part) and m["lang"] != "en")
        t = sum(1 for r in rows if r["class"].startswith(part))
        print(f"  {part}: {n} of {t} not in English")
    cases = Counter((r["class"].split("_")[0], m["case"]) for r, m in zip(rows, meta))
    print("cases: " + ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(cases.items())))
    clean = sum(1 for r in rows if r["class"].startswith("clean_"))
    print(f"PII-free: {clean} ({100 * clean / len(rows):.1f}%)")
    lens = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    print(f"length: {min(lens)}-{max(lens)} chars, {min(lines)}-{max(lines)} lines")
    print(f"sha256 {OUT.name}: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")


def main(argv):
    rows, meta = build()
    check(rows, meta)
    data = serialise(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(data, encoding="utf-8")
    report(rows, meta, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
