"""lab: hand-written check set for a PII-masking gateway, research and science work.

Every private value below (names, streets, towns with their postcodes, phones, dates of birth,
ID numbers, IBANs, card numbers, IP addresses, hospital numbers) was typed by hand. Check digits
were worked out once in a scratch session and typed in as literals. E-mail local parts are built
from the hand-typed names. Standard library only.

    python build.py           # writes tune.jsonl and prints counts and the sha256
    python build.py --check   # rebuilds in memory, runs check(), compares with tune.jsonl
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

SET = "lab"
SEED = 5501
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "eval/lab/build.py"
N_ROWS = 324

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Za-z_]+)\|(.*?)⟧", re.DOTALL)

LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian",
    "tr": "Turkish", "ru": "Russian", "uk": "Ukrainian", "el": "Greek", "ar": "Arabic",
    "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
    "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish",
    "sw": "Swahili", "is": "Icelandic", "et": "Estonian",
}


# ---------------------------------------------------------------------------------------------
# markers


def mk(typ: str, value: str) -> str:
    assert typ in TYPES, typ
    assert value and value == value.strip(), repr(value)
    return f"⟦{typ}|{value}⟧"


def P(v: str) -> str:
    return mk("PERSON", v)


def L(v: str) -> str:
    return mk("LOCATION", v)


def T(v: str) -> str:
    return mk("PHONE_NUMBER", v)


def E(v: str) -> str:
    return mk("EMAIL_ADDRESS", v)


def B(v: str) -> str:
    return mk("DATE_OF_BIRTH", v)


def IP(v: str) -> str:
    return mk("IP_ADDRESS", v)


def val(marked: str) -> str:
    """The bare value of a marker string (or of a string holding several)."""
    return MARK.sub(lambda m: m.group(2), marked)


def unmark(marked: str, case: str | None = None) -> tuple[str, list[dict]]:
    """Strip markers, return text and spans; a lower/upper row is cased piece by piece."""
    f = {None: str, "lower": str.lower, "upper": str.upper}[case]
    out: list[str] = []
    spans: list[dict] = []
    n = 0
    pos = 0
    for m in MARK.finditer(marked):
        piece = f(marked[pos:m.start()])
        out.append(piece)
        n += len(piece)
        value = f(m.group(2))
        typ = m.group(1).upper()
        spans.append({"start": n, "end": n + len(value), "type": typ, "value": value})
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(f(marked[pos:]))
    return "".join(out), spans


FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ł": "l",
        "Ł": "L", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "œ": "oe", "'": "", "’": ""}


def fold(s: str) -> str:
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9.\-_ ]", "", s)


# ---------------------------------------------------------------------------------------------
# people


class Person:
    """A hand-typed private person. `order` fg = family first; sep is the space between."""

    def __init__(self, spec: str, pool: str):
        parts = [p.strip() for p in spec.split(";")]
        head = parts[0]
        self.sex, rest = head[0], head[2:]
        given, _, family = rest.partition("/")
        self.given = given.strip()
        self.family = family.strip()
        self.tag = parts[1] if len(parts) > 1 else ""
        self.pool = pool
        self.order = "gf"
        self.sep = " "
        self.latin = None
        self.call = None
        self.full_override = None
        for opt in parts[2:]:
            if opt in ("fg", "fg0"):
                self.order = "fg"
                self.sep = "" if opt == "fg0" else " "
            elif opt.startswith("lat="):
                g, _, f = opt[4:].partition("/")
                self.latin = (g.strip(), f.strip())
            elif opt.startswith("call="):
                self.call = opt[5:]
            elif opt.startswith("full="):
                self.full_override = opt[5:]

    @property
    def key(self) -> str:
        return f"{self.pool}:{self.given}/{self.family}"

    @property
    def full(self) -> str:
        if self.full_override:
            return self.full_override
        if not self.family:
            return self.given
        if self.order == "fg":
            return f"{self.family}{self.sep}{self.given}"
        return f"{self.given} {self.family}"

    @property
    def short(self) -> str:
        """Given + family without patronymic etc. (the display name)."""
        if not self.family:
            return self.given
        if self.order == "fg":
            return f"{self.family}{self.sep}{self.given}"
        return f"{self.given} {self.family}"

    # marked forms
    @property
    def n(self) -> str:
        return P(self.full)

    @property
    def s(self) -> str:
        return P(self.short)

    @property
    def g(self) -> str:
        return P(self.call or self.given)

    @property
    def f(self) -> str:
        return P(self.family or self.given)

    @property
    def gn(self) -> str:
        return self.call or self.given

    @property
    def fn(self) -> str:
        return self.family or self.given

    def init(self) -> str:
        """Initial + family: 'A. Kowalska'."""
        return P(f"{self.given[0]}. {self.family}")

    def lat(self) -> tuple[str, str]:
        g, f = self.latin or (self.given, self.family)
        return fold(g).lower().replace(" ", ""), fold(f).lower().replace(" ", "")

    def email(self, domain: str, style: int = 0) -> str:
        g, f = self.lat()
        g1 = g.split("-")[0]
        f1 = f.replace("-", "")
        if not f1:
            return E(f"{g1}{1970 + len(g1) * 3}@{domain}")
        local = [
            f"{g1}.{f1}", f"{g1[0]}{f1}", f"{g1}_{f1}", f"{f1}.{g1}", f"{g1}{f1[0]}",
            f"{g1}.{f1}{len(g1) + len(f1)}", f"{f1}{g1[0]}", f"{g1[0]}.{f1}",
        ][style % 8]
        return E(f"{local}@{domain}")


def parse_pool(pool: str, text: str) -> list[Person]:
    return [Person(line, pool) for line in text.strip().splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------
# addresses: [..] is a LOCATION span, [*..] the town


class Address:
    def __init__(self, cc: str, spec: str):
        self.cc = cc
        self.spec = spec
        self.town = val(L(re.search(r"\[\*([^\]]+)\]", spec).group(1)))

    def _mark(self, s: str) -> str:
        return re.sub(r"\[\*?([^\]]+)\]", lambda m: L(m.group(1)), s)

    @property
    def key(self) -> str:
        return f"{self.cc}:{self.spec}"

    @property
    def block(self) -> str:
        return self._mark(self.spec)

    @property
    def line(self) -> str:
        return self._mark(self.spec.replace("\n", ", "))

    def lines(self, prefix: str = "") -> str:
        return "\n".join(prefix + x for x in self._mark(self.spec).split("\n"))

    @property
    def t(self) -> str:
        return L(self.town)

    @property
    def first(self) -> str:
        return self._mark(self.spec.split("\n")[0])

    @property
    def last(self) -> str:
        return self._mark(self.spec.split("\n")[-1])

    @property
    def rest(self) -> str:
        return self._mark(", ".join(self.spec.split("\n")[1:]))


class Val:
    """A hand-typed value with optional facts (sex, dob, country)."""

    def __init__(self, typ: str, v: str, sex: str = "", dob: str = "", cc: str = "", owner: str = ""):
        self.typ, self.v, self.sex, self.dob, self.cc, self.owner = typ, v, sex, dob, cc, owner

    @property
    def key(self) -> str:
        return f"{self.typ}:{self.v}"

    @property
    def m(self) -> str:
        return mk(self.typ, self.v)

    def __str__(self) -> str:
        return self.m


# ---------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never twice in one row


class Drawer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: Counter = Counter()
        self.row: set = set()

    def start_row(self) -> None:
        self.row = set()

    def _pick(self, items: list):
        cands = [x for x in items if x.key not in self.row]
        assert cands, "pool exhausted in one row"
        low = min(self.used[x.key] for x in cands)
        best = [x for x in cands if self.used[x.key] == low]
        x = self.rng.choice(best)
        self.used[x.key] += 1
        self.row.add(x.key)
        return x

    def person(self, pool: str = "en", sex: str | None = None) -> Person:
        items = PEOPLE[pool]
        if sex:
            items = [p for p in items if p.sex == sex]
        return self._pick(items)

    def owner(self, pool: str, family: str) -> Person:
        """The person an ID belongs to (the codice fiscale spells the name)."""
        p = next(x for x in PEOPLE[pool] if x.family == family)
        assert p.key not in self.row
        self.used[p.key] += 1
        self.row.add(p.key)
        return p

    def people(self, pool: str, k: int) -> list[Person]:
        return [self.person(pool) for _ in range(k)]

    def addr(self, cc: str) -> Address:
        return self._pick(ADDRS[cc])

    def phone(self, cc: str) -> str:
        return self._pick(PHONES[cc]).m

    def dob(self, style: str) -> str:
        return self._pick(DOBS[style]).m

    def nid(self, kind: str, sex: str | None = None) -> Val:
        items = IDS[kind]
        if sex and any(x.sex == sex and x.key not in self.row for x in items):
            items = [x for x in items if x.sex == sex]
        return self._pick(items)

    def iban(self, cc: str) -> str:
        return self._pick(IBANS[cc]).m

    def card(self) -> str:
        return self._pick(CARDS).m

    def ip(self) -> str:
        return self._pick(IPS).m

    def mrn(self) -> str:
        return self._pick(MRNS).m

    def ssn(self) -> str:
        return self._pick(SSNS).m

    def pick(self, seq: list):
        return self.rng.choice(seq)


# ---------------------------------------------------------------------------------------------
# people, typed by hand: "sex given / family ; culture tag ; options"

PEOPLE_TEXT = {
    "en": """
F Adaeze / Okonkwo-Eze ; Igbo
M Oluwaseun / Adebayo ; Yoruba
F Abena / Mensah ; Akan
M Kwabena / Owusu-Ansah ; Akan
F Wanjiru / Kamau ; Kikuyu
M Otieno / Ochieng ; Luo
F Amina / Warsame ; Somali
M Tesfaye / Gebremariam ; Amharic
F Thandeka / Mkhize ; Zulu
M Pieter / van der Merwe ; Afrikaans
F Priya / Raghunathan ; Tamil
M Harpreet / Singh Dhillon ; Punjabi
F Farzana / Chowdhury ; Bangladeshi
M Imran / Qureshi ; Urdu
F Anjali / Deshpande ; Marathi
M Senthil / Kumaravel ; Tamil
F Nilufar / Karimova ; Uzbek
F Mei Ling / Tan ; Singaporean Chinese
M Wei / Zhang ; Chinese
F Yuki / Tanabe ; Japanese
M Ji-hoon / Park ; Korean
F Linh / Nguyen ; Vietnamese American
M Rangi / Te Awa ; Māori
F Losa / Fifita ; Tongan
F Grace / Ashworth ; English
M Rowan / Hale ; English
F Hope / Marsh ; English
M Glen / Fox ; Scottish
F Siobhán / Ní Dhonnchadha ; Irish
M Cathal / Ó Ceallaigh ; Irish
F Eilidh / MacAulay ; Scottish Gaelic
M Rhodri / Prys ; Welsh
F Keisha / Campbell-Brown ; Jamaican
M DeShawn / Whitfield ; African American
F Marisol / Treviño ; Chicano
M David / Baker ; English (shares a laureate's name)
F Ivy / Summers ; English
M Dale / Rivers ; US
F Bronwyn / Kettle ; Australian
M Tāne / Whaanga ; Māori
F Leilani / Kahale ; Hawaiian
M Arash / Tehrani ; Persian
F Shirin / Moradi ; Kurdish
M Bilal / Haddad ; Lebanese
F Yasmin / El-Sayed ; Egyptian
M Nikhil / Bhattacharya ; Bengali
F Ama / Boateng ; Ghanaian
M Chukwuemeka / Nwosu ; Igbo
F Rutendo / Moyo ; Shona
M Sipho / Dlamini ; Swazi
F Carys / Bevan ; Welsh
M Brendan / Moody ; Irish American
F Autumn / Reyes ; US
M Hamish / Gunn ; Scottish
F Sunita / Rai ; Nepali
M Ravindu / Perera ; Sinhala
F Noor / Shah ; Pakistani
M Mateus / Okafor ; Nigerian Brazilian
""",
    "de": """
F Annika / Brüggemann ; German
M Jörg / Hüttenrauch ; German
F Svenja / Winter ; German
M Florian / Vogel ; Bavarian
F Elif / Aydoğan ; Turkish German
M Waldemar / Dück ; Russian German
F Theresa / Hofbauer ; Austrian
M Reto / Fässler ; Swiss
F Ulrike / von Bredow ; German
M Kai-Uwe / Sommer ; German
F Katharina / Weiß ; German
M Lukas / Oberhuber ; Austrian
F Magdalena / Kraus ; German
M Jannik / Petersen ; North Frisian
F Mirela / Husić ; Bosnian German
""",
    "fr": """
F Maëlle / Le Guennec ; Breton
M Yannick / Kerboul ; Breton
F Océane / Fournier ; French
M Thibault / Delacroix ; French
F Nadia / Benali ; Algerian French
M Mamadou / Diallo ; Guinean
F Élodie / Marchand ; French
M Jean-Baptiste / Lemaire ; French
F Sophie / Vandenberghe ; Belgian
M Benoît / Tremblay ; Québécois
F Aurore / Dupuis ; French
M Karim / Haddad ; Lebanese French
F Awa / Ndiaye ; Senegalese
M Loïc / Sauvage ; French
""",
    "es": """
F Ximena / Quispe Huamán ; Quechua
M Iker / Etxeberria ; Basque
F Lucía / Fernández Ortega ; Spanish
M Joaquín / Sepúlveda ; Chilean
F Valentina / Restrepo Arango ; Colombian
M Andrés / Villalobos ; Costa Rican
F Montserrat / Puig i Ferrer ; Catalan
M Diego / Rosales ; Mexican
F Itziar / Goikoetxea ; Basque
M Camilo / Paz ; Colombian
F Guadalupe / Nieves ; Mexican
M Xoán / Castro Rial ; Galician
F Rocío / Alcántara ; Andalusian
M Nahuel / Catriel ; Mapuche Argentine
""",
    "pt": """
F Inês / Carvalho Sousa ; Portuguese
M Tiago / Figueiredo ; Portuguese
F Conceição / Antunes ; Portuguese
M João Pedro / dos Santos ; Brazilian
F Thaís / Nascimento ; Brazilian
M Wesley / Ferreira da Silva ; Brazilian
F Luana / Barbosa ; Brazilian
M Rodrigo / Teixeira ; Brazilian
F Djamila / Tavares ; Cape Verdean
M Raimundo / Cavalcanti ; Brazilian
F Iara / Guajajara ; Indigenous Brazilian
""",
    "it": """
F Chiara / Lo Bianco ; Sicilian
M Davide / Ferraresi ; Emilian
F Nunzia / Cuomo ; Neapolitan
M Matteo / Pinna ; Sardinian
F Giulia / Bernasconi ; Lombard
M Salvatore / Lo Iacono ; Sicilian
F Federica / De Santis ; Roman
M Alessio / Marchetti ; Tuscan
F Ilaria / Dal Pozzo ; Venetian
""",
    "nl": """
F Femke / de Haan ; Dutch
M Joost / van Leeuwen ; Dutch
F Sanne / Bakker ; Dutch
M Bram / Visser ; Dutch
F Naima / El Idrissi ; Moroccan Dutch
M Sietse / Hoekstra ; Frisian
F Lieve / Claes ; Flemish
M Jeroen / Willems ; Dutch
F Ruth / Sewnarain ; Surinamese Dutch
""",
    "pl": """
F Agnieszka / Wróblewska ; Polish
M Krzysztof / Zając ; Polish
F Zofia / Kwiatkowska ; Polish
M Paweł / Sikora ; Polish
F Małgorzata / Dudek ; Polish
M Tomasz / Wilk ; Polish
F Aleksandra / Lis ; Polish
M Jakub / Żmuda ; Polish
""",
    "sv": """
F Linnea / Åberg ; Swedish
M Oskar / Lindqvist ; Swedish
F Hanna / Björk ; Swedish
M Ahmed / Yusuf ; Somali Swedish
F Maja / Sandström ; Swedish
M Nils / Eriksson ; Swedish
F Riikka / Mäkinen ; Sweden Finnish
""",
    "da": """
F Mette / Kjærsgaard ; Danish
M Rasmus / Østergaard ; Danish
F Sofie / Holm ; Danish
M Jonas / Bech ; Danish
F Freja / Lund ; Danish
""",
    "no": """
F Ingrid / Solberg ; Norwegian
M Øyvind / Haugland ; Norwegian
F Silje / Nygård ; Norwegian
M Aslak / Sara ; Sámi
F Marte / Berg ; Norwegian
""",
    "fi": """
F Aino / Koskinen ; Finnish
M Juha / Heikkilä ; Finnish
F Sanna / Lehtonen ; Finnish
M Eero / Saarinen ; Finnish (shares an architect's name)
F Tuuli / Rantanen ; Finnish
""",
    "cs": """
F Kateřina / Dvořáková ; Czech
M Jiří / Procházka ; Czech
F Tereza / Šťastná ; Czech
M Ondřej / Kučera ; Czech
F Zuzana / Hrušková ; Slovak
""",
    "hu": """
F Réka / Balogh ; Hungarian ; fg
M Gergely / Farkas ; Hungarian ; fg
F Zsófia / Tóth ; Hungarian ; fg
M Levente / Kiss ; Hungarian ; fg
F Dóra / Horváth ; Hungarian ; fg
M Ádám / Varga ; Hungarian ; fg
""",
    "ro": """
F Ioana / Munteanu ; Romanian
M Radu / Lupu ; Romanian
F Andreea / Stan ; Romanian
M Bogdan / Ionescu ; Romanian
F Florentina / Rusu ; Moldovan
""",
    "tr": """
F Zeynep / Arslan ; Turkish
M Emre / Karakaya ; Turkish
F Büşra / Yıldız ; Turkish
M Oğuz / Demirci ; Turkish
F Gülşen / Kılıç ; Turkish
M Barış / Çetin ; Turkish
M Rojhat / Aydın ; Kurdish Turkish
""",
    "ru": """
F Ксения / Лебедева ; Russian ; full=Лебедева Ксения Игоревна ; lat=Kseniya/Lebedeva
M Артём / Белоусов ; Russian ; full=Белоусов Артём Сергеевич ; lat=Artyom/Belousov
F Ольга / Воронцова ; Russian ; full=Воронцова Ольга Павловна ; lat=Olga/Vorontsova
M Игорь / Захаров ; Russian ; full=Захаров Игорь Николаевич ; lat=Igor/Zakharov
F Айгуль / Хабибуллина ; Tatar ; full=Хабибуллина Айгуль Ринатовна ; lat=Aigul/Khabibullina
""",
    "uk": """
F Оксана / Мельник ; Ukrainian ; full=Мельник Оксана Василівна ; lat=Oksana/Melnyk
M Тарас / Бондаренко ; Ukrainian ; full=Бондаренко Тарас Петрович ; lat=Taras/Bondarenko
F Соломія / Ткачук ; Ukrainian ; full=Ткачук Соломія Іванівна ; lat=Solomiia/Tkachuk
M Богдан / Гнатюк ; Ukrainian ; full=Гнатюк Богдан Миколайович ; lat=Bohdan/Hnatiuk
""",
    "el": """
F Ελένη / Παπαδοπούλου ; Greek ; lat=Eleni/Papadopoulou
M Νικόλαος / Καραγιάννης ; Greek ; lat=Nikolaos/Karagiannis
F Δέσποινα / Μαυρίδου ; Greek ; lat=Despoina/Mavridou
M Στέλιος / Αθανασίου ; Greek ; lat=Stelios/Athanasiou
""",
    "ar": """
F فاطمة / الزهراني ; Saudi ; lat=Fatimah/Alzahrani
M يوسف / الحداد ; Jordanian ; lat=Yousef/Alhaddad
F ريم / عبد الرحمن ; Sudanese ; lat=Reem/Abdelrahman
M عمر / بن سالم ; Tunisian ; lat=Omar/Bensalem
F نور / المصري ; Palestinian ; lat=Nour/Almasri
M خالد / العتيبي ; Saudi ; lat=Khalid/Alotaibi
F سلمى / بنجلون ; Moroccan ; lat=Salma/Benjelloun
""",
    "he": """
F נועה / לוי ; Israeli ; lat=Noa/Levi
M איתי / ברק ; Israeli ; lat=Itai/Barak
F מיכל / אברהמי ; Mizrahi ; lat=Michal/Avrahami
M יונתן / שפירא ; Ashkenazi ; lat=Yonatan/Shapira
F אולגה / קוגן ; Israeli Russian ; lat=Olga/Kogan
""",
    "zh": """
F 思琪 / 陈 ; Chinese ; fg0 ; lat=Siqi/Chen
M 浩然 / 刘 ; Chinese ; fg0 ; lat=Haoran/Liu
F 雨桐 / 王 ; Chinese ; fg0 ; lat=Yutong/Wang
M 子轩 / 张 ; Chinese ; fg0 ; lat=Zixuan/Zhang
F 怡君 / 林 ; Taiwanese ; fg0 ; lat=Yijun/Lin
M 建华 / 欧阳 ; Chinese (two-character surname) ; fg0 ; lat=Jianhua/Ouyang
""",
    "ja": """
F 美咲 / 高橋 ; Japanese ; fg ; lat=Misaki/Takahashi
M 健太 / 中村 ; Japanese ; fg ; lat=Kenta/Nakamura
F 由美子 / 小林 ; Japanese ; fg0 ; lat=Yumiko/Kobayashi
M 翔 / 渡辺 ; Japanese ; fg0 ; lat=Sho/Watanabe
F さくら / 山口 ; Japanese ; fg0 ; lat=Sakura/Yamaguchi
""",
    "ko": """
F 지은 / 이 ; Korean (shares a singer's legal name) ; fg0 ; lat=Jieun/Lee
M 준영 / 박 ; Korean ; fg0 ; lat=Junyoung/Park
F 하늘 / 정 ; Korean ; fg0 ; lat=Haneul/Jung
M 도윤 / 한 ; Korean ; fg0 ; lat=Doyun/Han
F 수빈 / 남궁 ; Korean (two-syllable surname) ; fg0 ; lat=Subin/Namgung
""",
    "hi": """
F कविता / शर्मा ; Hindi ; lat=Kavita/Sharma
M अमित / त्रिपाठी ; Hindi ; lat=Amit/Tripathi
F सुनीता / यादव ; Hindi ; lat=Sunita/Yadav
M राजेश / मिश्रा ; Hindi ; lat=Rajesh/Mishra
F मीनाक्षी / अय्यर ; Tamil Hindi speaker ; lat=Meenakshi/Iyer
""",
    "th": """
F ปิยะนุช / ศรีสุข ; Thai ; lat=Piyanuch/Srisuk
M ธนากร / วงศ์ไทย ; Thai ; lat=Thanakorn/Wongthai
F กมลวรรณ / บุญมา ; Thai ; lat=Kamonwan/Boonma
M อนุชา / แก้วมณี ; Thai ; lat=Anucha/Kaewmanee
""",
    "vi": """
F Thị Ngọc Ánh / Phạm ; Vietnamese ; fg ; call=Ánh ; lat=Anh/Pham
M Văn Quang / Lê ; Vietnamese ; fg ; call=Quang ; lat=Quang/Le
F Thu Hà / Đỗ ; Vietnamese ; fg ; call=Hà ; lat=Ha/Do
M Minh Khôi / Vũ ; Vietnamese ; fg ; call=Khôi ; lat=Khoi/Vu
""",
    "id": """
F Siti / Rahmawati ; Javanese
M Agus / Setiawan ; Indonesian
F Dewi / Lestari ; Indonesian
M Made / Wirawan ; Balinese
M Sutrisno /  ; Javanese (one name)
F Ratna / Simanjuntak ; Batak
""",
    "tl": """
F Maricel / Bautista ; Filipino
M Jomar / Villanueva ; Filipino
F Rowena / Macaraeg ; Ilocano
M Junrey / Abellana ; Visayan
""",
    "sw": """
F Neema / Mwakyusa ; Tanzanian
M Baraka / Njoroge ; Kikuyu
F Zawadi / Achieng ; Luo
M Juma / Kiprono ; Kalenjin
F Halima / Said ; Swahili coast
""",
    "is": """
F Guðrún / Sigurðardóttir ; Icelandic ; call=Guðrún
M Einar / Þórsson ; Icelandic
""",
    "et": """
F Kertu / Tamme ; Estonian
M Rein / Kask ; Estonian
""",
}
PEOPLE: dict[str, list[Person]] = {k: parse_pool(k, v) for k, v in PEOPLE_TEXT.items()}
# English-language rows also name people from every Latin-script pool
PEOPLE["world"] = [p for k in ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv", "da", "no",
                               "fi", "cs", "ro", "tr", "id", "tl", "sw", "is", "et", "vi", "hu")
                   for p in PEOPLE[k]]


# ---------------------------------------------------------------------------------------------
# home addresses in each country's layout; real small towns, made-up streets and numbers

ADDR_TEXT = {
    "gb": [
        "[Flat 3], [27 Brook Street]\n[*Settle]\n[BD24 9HQ]",
        "[Rose Cottage], [4 Mill Brow]\n[*Kirkby Lonsdale]\n[LA6 2AT]",
        "[15 Bondgate Without]\n[*Alnwick]\n[Northumberland]\n[NE66 1PR]",
        "[2 Argyll Terrace]\n[*Tobermory]\n[Isle of Mull]\n[PA75 6PB]",
        "[38 Great Oak Street]\n[*Llanidloes]\n[SY18 6BU]",
        "[Flat 1], [9 Homend Court]\n[*Ledbury]\n[HR8 1BW]",
    ],
    "ie": [
        "[12 Henry Street]\n[*Kenmare]\n[Co. Kerry]\n[V93 K2T8]",
        "[Apt 4], [Emmet Court], [Rossa Street]\n[*Clonakilty]\n[Co. Cork]\n[P85 XW62]",
    ],
    "us": [
        "[1422 Willow Bend Rd]\n[*Decorah], [IA] [52101]",
        "[88 Maple St], [Apt 2B]\n[*Brattleboro], [VT] [05301]",
        "[305 Tombstone Canyon Rd]\n[*Bisbee], [AZ] [85603]",
        "[917 E Sheridan St]\n[*Ely], [MN] [55731]",
        "[2211 Lawrence St], [Unit 6]\n[*Port Townsend], [WA] [98368]",
        "[46 Old Stage Rd]\n[*Marfa], [TX] [79843]",
        "[711 N Main St], [Apt 3]\n[*Lanesboro], [MN] [55949]",
    ],
    "ca": [
        "[45 Kempt St]\n[*Lunenburg] [NS]  [B0J 2C0]",
        "[212, avenue Morel]\n[*Kamouraska] ([Québec])  [G0L 1M0]",
    ],
    "au": [
        "[14 Banksia Crescent]\n[*Mullumbimby] [NSW] [2482]",
        "[Unit 2], [7 Bridge Street]\n[*Richmond] [TAS] [7025]",
    ],
    "nz": ["[22 Kowhai Lane]\n[*Motueka] [7120]"],
    "de": [
        "[Lindenweg 4]\n[23879] [*Mölln]",
        "[Hauptstraße 38]\n[79219] [*Staufen im Breisgau]",
        "[Zum Wiesengrund 3]\n[18556] [*Wiek]",
        "[Robert-Koch-Straße 11]\n[97996] [*Niederstetten]",
    ],
    "at": [
        "[Untere Marktstraße 9]\n[4822] [*Bad Goisern]",
        "[Dorfstraße 15/2]\n[6290] [*Mayrhofen]",
    ],
    "ch": [
        "[Chemin des Vignes 6]\n[1096] [*Cully]",
        "[Dorfstrasse 21]\n[3818] [*Grindelwald]",
    ],
    "fr": [
        "[Appartement 12], [3 allée Louis Pasteur]\n[22500] [*Paimpol]",
        "[5 chemin de la Fontaine]\n[26110] [*Nyons]",
        "[12 rue des Tanneurs]\n[24200] [*Sarlat-la-Canéda]",
    ],
    "be": [
        "[Kerkstraat 41 bus 2]\n[9550] [*Herzele]",
        "[Rue de la Station 18]\n[6830] [*Bouillon]",
    ],
    "nl": [
        "[Voorstraat 19]\n[8861 BJ] [*Harlingen]",
        "[Kerkstraat 7]\n[4421 AE] [*Kapelle]",
    ],
    "es": [
        "[Avda. Ramón y Cajal, 5], [3º A]\n[22700] [*Jaca] ([Huesca])",
        "[Calle Real, 23]\n[40170] [*Sepúlveda] ([Segovia])",
        "[C/ de la Font, 8], [1º 2ª]\n[17255] [*Begur] ([Girona])",
    ],
    "pt": [
        "[Rua Direita, 47], [2.º Esq.]\n[6270-484] [*Seia]",
        "[Travessa do Forno, 3]\n[7830-321] [*Serpa]",
    ],
    "it": [
        "[Via Galileo Galilei 8]\n[56048] [*Volterra] ([PI])",
        "[Vicolo del Pozzo 3]\n[09010] [*Buggerru] ([SU])",
        "[Via Roma 112], [int. 4]\n[87020] [*Tortora] ([CS])",
    ],
    "pl": [
        "[ul. Marii Skłodowskiej-Curie 9 m. 12]\n[34-460] [*Szczawnica]",
        "[ul. Polna 3]\n[19-500] [*Gołdap]",
    ],
    "cz": [
        "[Palackého 214]\n[542 32] [*Úpice]",
        "[Husova 51/7]\n[380 01] [*Dačice]",
    ],
    "sk": ["[Hlavná 88]\n[059 60] [*Tatranská Lomnica]"],
    "hu": ["[8237] [*Tihany]\n[Kossuth Lajos utca 12.]", "[3300] [*Eger]\n[Mecset utca 4.], [2. em. 5.]"],
    "ro": [
        "[Str. Principală nr. 118]\n[547510] [*Saschiz], jud. [Mureș]",
        "[Str. Avram Iancu nr. 9], [bl. B2, ap. 14]\n[445200] [*Negrești-Oaș], jud. [Satu Mare]",
    ],
    "gr": ["[Οδός Αγίου Νικολάου 15]\n[84100] [*Ερμούπολη], [Σύρος]", "[Θεσσαλίας 9]\n[42200] [*Καλαμπάκα]"],
    "tr": [
        "[Çeşme Mah. Arasta Sk. No: 12] [D: 3]\n[78600] [*Safranbolu] / [Karabük]",
        "[İskele Mah. Atatürk Cad. No: 41]\n[48900] [*Datça] / [Muğla]",
    ],
    "ru": [
        "[155555], [Ивановская обл.], г. [*Плёс], [ул. Советская, д. 21], [кв. 14]",
        "[152830], [Ярославская обл.], г. [*Мышкин], [ул. Угличская, д. 8], [кв. 3]",
    ],
    "ua": [
        "[вул. Івана Франка, 12], [кв. 3]\nм. [*Косів], [Івано-Франківська обл.], [78600]",
        "[вул. Грушевського, 7], [кв. 21]\nм. [*Миргород], [Полтавська обл.], [37600]",
    ],
    "il": ["[רחוב הרצל 14], [דירה 5]\n[*ראש פינה] [1200000]", "[שדרות ירושלים 22], [דירה 8]\n[*קצרין] [1290000]"],
    "jo": ["[شارع الملك فيصل، بناية 12]، [الطابق 3]\n[*عجلون] [26810]"],
    "ma": ["[12 Derb Rif Andaloussi]\n[91000] [*Chefchaouen]"],
    "in": [
        "[No. 14, 2nd Cross, Gandhi Nagar]\n[*Kumily], [Idukki District]\n[Kerala] [685509]",
        "[मकान नं. 27, वार्ड 5]\n[*पिपरिया], [मध्य प्रदेश] [461775]",
    ],
    "ke": ["[P.O. Box 214-10400]\n[*Nanyuki]", "[House 7, Kiganjo Estate]\n[*Nyeri] [10100]"],
    "ng": ["[Plot 17, Oke-Ogun Road]\n[*Iseyin], [Oyo State]"],
    "za": ["[14 Church Street]\n[*Montagu]\n[6720]", "[7 Kerk Street]\n[*Darling]\n[7345]"],
    "jp": ["〒[396-0211] [長野県]\n[*伊那市][高遠町西高遠812]", "〒[906-0421] [沖縄県][*宮古島市][城辺福里203]"],
    "kr": [
        "[강원특별자치도] [*평창군] [대관령면 올림픽로 32], [102동 504호] ([25354])",
        "[경상북도] [*안동시] [풍천면 하회남촌길 41] ([36601])",
        "[전라남도] [*담양군] [담양읍 죽향대로 1188], [3층] ([57339])",
    ],
    "cn": [
        "[浙江省][湖州市][*安吉县][递铺街道天荒坪路88号][3幢502室]，邮编[313300]",
        "[四川省][成都市][*都江堰市][灌口街道幸福路12号][2单元301室]，邮编[611830]",
    ],
    "vn": ["[Số 15 đường Cầu Mây], thị xã [*Sa Pa], tỉnh [Lào Cai]"],
    "id": [
        "[Jl. Raya Peliatan No. 18], [RT 02/RW 05]\nDesa [Peliatan], Kec. [*Ubud]\nKab. [Gianyar], [Bali] [80571]",
        "[Jl. Diponegoro No. 27], [RT 03/RW 01]\nKel. [Kauman], Kec. [*Ponorogo]\n[Jawa Timur] [63411]",
    ],
    "ph": [
        "[Blk 4 Lot 12, Purok 3]\n[Brgy. Poblacion], [*Sagada]\n[Mountain Province] [2619]",
        "[Sitio Malinis, Purok 2]\n[Brgy. Tuburan], [*Moalboal]\n[Cebu] [6032]",
    ],
    "th": ["[99/12 หมู่ 3] ตำบล[เวียงใต้] อำเภอ[*ปาย]\nจังหวัด[แม่ฮ่องสอน] [58130]"],
    "br": [
        "[Rua Coronel Pacheco, 88]\n[*Morretes] - [PR]\n[83350-000]",
        "[Av. Oswaldo Cruz, 412], [casa 2]\n[*Pirenópolis] - [GO], [72980-000]",
    ],
    "mx": ["[Calle Independencia 14], [Col. Centro]\n[76680] [*Bernal], [Qro.]"],
    "ar": ["[Av. San Martín 1240]\n([Q8371]) [*Junín de los Andes], [Neuquén]"],
    "cl": ["[Pasaje Los Aromos 455]\n[*Pucón], [Región de la Araucanía]"],
    "co": ["[Carrera 5 # 12-34]\n[*Barichara], [Santander]"],
    "pe": ["[Jr. Bolognesi 214]\n[*Ollantaytambo], [Cusco] [08676]"],
    "se": ["[Storgatan 14 B]\n[523 30] [*Ulricehamn]", "[Strandvägen 3]\n[742 42] [*Öregrund]"],
    "no": ["[Fjordgata 12]\n[6770] [*Nordfjordeid]", "[Vei 228 nr. 5]\n[9170] [*Longyearbyen]"],
    "dk": [
        "[Algade 14], [1. th.]\n[4760] [*Vordingborg]",
        "[Vestergade 31]\n[5970] [*Ærøskøbing]",
        "[Østre Strandvej 12], [st. tv.]\n[9990] [*Skagen]",
    ],
    "fi": ["[Kirkkokatu 12 B 7]\n[07900] [*Loviisa]", "[Rantatie 8]\n[99800] [*Ivalo]"],
    "is": ["[Aðalgata 4]\n[580] [*Siglufjörður]"],
    "ee": ["[Lossi 7-2]\n[93815] [*Kuressaare]"],
}
ADDRS: dict[str, list[Address]] = {cc: [Address(cc, s) for s in v] for cc, v in ADDR_TEXT.items()}

# phones, national format, no country code
PHONE_TEXT = {
    "gb": ["07834 512907", "01729 823416", "07412 338 065", "01524 272118", "07957 604 213", "0161 496 2270",
           "07700 314 852", "01766 512 044", "07523 118904", "029 2034 7718"],
    "ie": ["087 314 2286", "064 664 1873", "085 772 0419"],
    "us": ["(563) 382-4417", "802-254-7130", "406.728.3391", "(218) 365-0942", "520 432 7781", "(360) 385-6614",
           "608-262-1189"],
    "ca": ["(902) 634-8812", "418 492-3306"],
    "au": ["0412 938 551", "(02) 6684 3172", "0438 117 206"],
    "nz": ["021 448 396", "03 528 7714", "027 319 4402"],
    "de": ["0171 4428396", "04542 825517", "0152 29384710", "07633 802214", "0160 / 93 41 27 08", "(07935) 7219"],
    "at": ["0664 381 2275", "06135 8842"],
    "ch": ["079 412 83 56", "033 853 27 14"],
    "fr": ["06 42 18 77 35", "02 96 20 44 18", "07 81 33 29 06", "06.12.48.30.77", "04 75 26 31 09"],
    "be": ["0476 28 19 53", "053 62 77 41"],
    "nl": ["06-28417395", "0517 412 886", "06 4170 2238"],
    "es": ["612 48 39 07", "974 36 12 88", "688 201 544"],
    "pt": ["912 384 776", "238 316 224"],
    "it": ["347 218 9904", "0588 86 311", "320 447 1852"],
    "pl": ["601 284 397", "87 615 32 48", "512-077-934"],
    "cz": ["604 218 377", "499 871 205"],
    "sk": ["0905 318 442"],
    "hu": ["06 30 418 2756", "06 87 448 210"],
    "ro": ["0742 318 905", "0265 711 408"],
    "gr": ["694 218 3375", "22810 84317"],
    "tr": ["0532 418 77 06", "0252 712 38 44", "0505 219 40 83"],
    "ru": ["8 (916) 402-38-17", "8 (49339) 4-12-08"],
    "ua": ["067 418 2295", "050 731 46 08"],
    "il": ["052-418-7736", "04-693 2871"],
    "jo": ["079 641 2285"],
    "ma": ["06 61 42 87 93"],
    "eg": ["010 2784 3316"],
    "sa": ["055 318 4426"],
    "in": ["98470 21536", "04869 222418", "094250 73318"],
    "pk": ["0300 4218873"],
    "bd": ["01711-482937"],
    "lk": ["077 418 2265"],
    "ke": ["0722 418 365", "0712 903 447"],
    "ng": ["0803 418 2265", "0706 221 9048"],
    "za": ["082 418 3307", "023 614 2219"],
    "gh": ["024 418 7735"],
    "tz": ["0754 318 227"],
    "jp": ["090-4128-3375", "0265-94-2218", "080-3317-6402", "0980-77-4413"],
    "kr": ["010-4182-7735", "033-336-2184"],
    "cn": ["138 1042 7736", "0572-5128843"],
    "tw": ["0912 418 773"],
    "vn": ["091 418 2736", "0214 3871 425"],
    "th": ["081 428 3397", "053 699 214"],
    "id": ["0812-3847-2291", "(0361) 975 432"],
    "ph": ["0917 428 3315", "0928 551 7043", "0906 318 2274"],
    "my": ["012-418 7735"],
    "br": ["(31) 98842-1175", "(41) 3462-1188", "(62) 99187-4402"],
    "mx": ["442 318 7744"],
    "ar": ["02972 42-1873", "011 15-4418-2276"],
    "cl": ["9 8418 3325"],
    "co": ["311 428 7765"],
    "pe": ["984 318 227"],
    "se": ["070-418 27 36", "0321-124 87"],
    "no": ["412 83 765", "57 86 14 22"],
    "dk": ["21 48 37 62", "40 17 82 95", "62 52 13 88"],
    "fi": ["040 418 2736", "019 532 114"],
    "is": ["862 4187"],
    "ee": ["5318 4427"],
}
PHONES: dict[str, list[Val]] = {cc: [Val("PHONE_NUMBER", s, cc=cc) for s in v] for cc, v in PHONE_TEXT.items()}

# dates of birth in each writer's style
DOB_TEXT = {
    "gb": ["14/03/1988", "3 May 1979", "22/11/1956", "09/07/2001", "30 January 1947", "17/10/1993",
           "2 Feb 1968", "28/04/1985", "11.12.1972", "6 August 2003"],
    "us": ["11/30/1983", "July 4, 1990", "02/17/1962", "Sept 9 1975", "03/21/1998", "12-02-1954"],
    "iso": ["1985-06-12", "1993-02-03", "1962-11-17", "1999-08-26"],
    "de": ["12.03.1961", "4. August 1958", "27.10.1994", "01.06.1983"],
    "fr": ["03/02/1976", "17 juin 1984", "25/12/1969"],
    "es": ["21/05/1990", "8 de octubre de 1969", "14/02/1957"],
    "pt": ["14/09/1987", "2 de março de 1954", "30/06/1998"],
    "it": ["07/11/1990", "22 marzo 1984", "13/08/1966"],
    "nl": ["15-06-1972", "3 januari 1999"],
    "pl": ["14.03.1987", "27 listopada 1992"],
    "nordic": ["12.04.1978", "15.07.1991", "14.3.1986"],
    "cs": ["12. 4. 1988", "3. 2. 1979"],
    "hu": ["1979. 02. 03.", "1991. 10. 28."],
    "ro": ["12.03.1985", "07.11.1998"],
    "tr": ["14.06.1983", "02.09.1996"],
    "ru": ["17.09.1971", "03.12.1995"],
    "el": ["11/03/1979", "23/08/1990"],
    "ar": ["١٤/٠٥/١٩٩٠", "1986/09/02"],
    "he": ["14.2.1989", "30.6.1975"],
    "zh": ["1988年6月23日", "1975年8月30日"],
    "ja": ["1992年3月14日", "昭和58年4月2日"],
    "ko": ["1992. 3. 14.", "1987년 9월 21일"],
    "in": ["15/08/1993", "26-01-1968"],
    "th": ["12 ก.พ. 2532", "5 ต.ค. 2518"],
    "vi": ["20/11/1994", "04/05/1981"],
    "id": ["17 Agustus 1989", "05-01-1977"],
}
DOBS: dict[str, list[Val]] = {k: [Val("DATE_OF_BIRTH", s) for s in v] for k, v in DOB_TEXT.items()}


# ---------------------------------------------------------------------------------------------
# ID numbers (check digits worked out once, typed in as literals), IBANs, cards, IPs, hospital
# numbers. sex and dob are what the number encodes, so a row can keep them consistent.


def _ids(kind: str, rows: list[tuple[str, str, str]], typ: str = "NATIONAL_ID") -> list[Val]:
    return [Val(typ, v, sex=s, dob=d, cc=kind) for v, s, d in rows]


IDS: dict[str, list[Val]] = {
    "pesel": _ids("pl", [("87031406625", "F", "14.03.1987"), ("92112704512", "M", "27.11.1992"),
                         ("01250818395", "M", "08.05.2001"), ("76092108489", "F", "21.09.1976"),
                         ("64021703975", "M", "17.02.1964"), ("99061504428", "F", "15.06.1999"),
                         ("68120402869", "F", "04.12.1968"), ("83112507359", "M", "25.11.1983")]),
    "pnr": _ids("se", [("850612-2384", "F", "1985-06-12"), ("930203-5648", "F", "1993-02-03"),
                       ("621117-0417", "M", "1962-11-17"),
                       ("780228-5937", "M", "1978-02-28")]),
    "fnr": _ids("no", [("120478 45325", "M", "12.04.1978"), ("250663 12820", "F", "25.06.1963"),
                       ("17088543173", "M", "17.08.1985"), ("22047135811", "F", "22.04.1971")]),
    "cpr": _ids("dk", [("150791-2806", "F", "15.07.1991"), ("120584-3015", "M", "12.05.1984"),
                       ("270992-1625", "M", "27.09.1992"),
                       ("030388-4106", "F", "03.03.1988"), ("190995-4122", "F", "19.09.1995"),
                       ("2811632050", "F", "28.11.1963"), ("110472-3183", "M", "11.04.1972")]),
    "hetu": _ids("fi", [("140386-238A", "F", "14.3.1986"), ("020701A7468", "F", "2.7.2001"),
                        ("300958-117B", "M", "30.9.1958"),
                        ("091080-3272", "M", "9.10.1980")]),
    "bsn": _ids("nl", [("184572368", "", ""), ("3041 86 521", "", ""), ("230691419", "", "")]),
    "dni": _ids("es", [("48391725R", "", ""), ("71254038-S", "", "")]),
    "nie": _ids("es", [("Y4821937R", "", ""), ("X-6173049-X", "", "")]),
    "nir": _ids("fr", [("2 86 07 69 123 045 94", "F", "07/1986"), ("1 92 04 31 055 121 76", "M", "04/1992"),
                       ("275021308811241", "F", "02/1975")]),
    # the codice fiscale spells its owner's name, so each belongs to one person of the "it" pool
    "cf": [Val("NATIONAL_ID", v, sex=s, dob=b, cc="it", owner=o) for v, s, b, o in [
        ("LBNCHR90S47G273K", "F", "07/11/1990", "Lo Bianco"), ("FRRDVD84C22D548Y", "M", "22/03/1984", "Ferraresi"),
        ("CMUNNZ66M53F839I", "F", "13/08/1966", "Cuomo"), ("PNNMTT95A30B354E", "M", "30/01/1995", "Pinna")]],
    "cpf": _ids("br", [("418.273.905-14", "", ""), ("097.351.628-30", "", ""), ("263.908.417-87", "", "")]),
    "tckn": _ids("tr", [("28461739550", "", ""), ("53710482628", "", ""), ("14928603700", "", ""),
                        ("36184029520", "", ""), ("47290516330", "", "")]),
    "cnp": _ids("ro", [("2850312403124", "F", "12.03.1985"), ("1981107334810", "M", "07.11.1998"),
                       ("6010920400984", "F", "20.09.2001")]),
    "cn": _ids("cn", [("110105198806234711", "M", "1988年6月23日"), ("440305199102153026", "F", "1991年2月15日"),
                      ("310104197508302612", "M", "1975年8月30日"),
                      ("110105199503114821", "F", "1995年3月11日"), ("310104198207195643", "F", "1982年7月19日"),
                      ("110105197901021373", "M", "1979年1月2日")]),
    "il": _ids("il", [("039152640", "", ""), ("207184359", "", ""), ("312960479", "", "")]),
    "aadhaar": _ids("in", [("4827 1936 0520", "", ""), ("7392 0158 4365", "", ""), ("5610 8342 9176", "", "")]),
    "nhs": _ids("gb", [("485 777 3457", "", ""), ("943 476 5919", "", ""), ("638 204 9158", "", ""),
                       ("712 649 3800", "", "")]),
    "nino": _ids("gb", [("JT 48 27 19 C", "", ""), ("PX610394B", "", ""), ("NM 73 90 21 A", "", "")]),
    "be": _ids("be", [("85.04.12-273.16", "M", "12.04.1985"), ("02.09.18-134.42", "F", "18.09.2002"),
                      ("91.03.27-208.41", "F", "27.03.1991"), ("78110506149", "M", "05.11.1978"),
                      ("97.06.14-086.21", "F", "14.06.1997")]),
    "amka": _ids("gr", [("11037924518", "M", "11/03/1979"), ("23089007183", "F", "23/08/1990"),
                        ("05078533170", "M", "05/07/1985")]),
    "rc": _ids("cz", [("885412/3179", "F", "12. 4. 1988"), ("790203/4129", "M", "3. 2. 1979"),
                      ("956107/3820", "F", "7. 11. 1995"), ("830915/2214", "M", "15. 9. 1983"),
                      ("715823/0464", "F", "23. 8. 1971")]),
    "rrn": _ids("kr", [("920314-2518437", "F", "1992. 3. 14."), ("870921-1043171", "M", "1987년 9월 21일"),
                       ("950827-2104388", "F", "1995. 8. 27."), ("0111034128578", "F", "2001. 11. 3."),
                       ("780405-1563243", "M", "1978. 4. 5.")]),
    "ptnif": _ids("pt", [("238 176 452", "", ""), ("279403186", "", "")]),
    "ee": _ids("ee", [("48705120271", "F", "12.05.1987"), ("60103204220", "F", "20.03.2001"),
                      ("38509154020", "M", "15.09.1985")]),
    "mynumber": _ids("jp", [("3819 2047 5616", "", ""), ("5204 7139 2867", "", ""), ("741903826150", "", "")]),
    "za": _ids("za", [("880412 5123 08 0", "M", "1988-04-12"), ("9107230841086", "F", "1991-07-23"),
                      ("790915 6312 08 9", "M", "1979-09-15"), ("9605020931082", "F", "1996-05-02")]),
    "sin": _ids("ca", [("527 193 841", "", "")]),
}
SSNS = [Val("US_SSN", v) for v in ["412-73-8920", "529-41-6637", "231 58 1094"]]
IBAN_TEXT = {
    "de": ["DE65 5001 0517 0648 2917 35", "DE03120300001047283956"],
    "nl": ["NL89 RABO 0318 2746 59", "NL52INGB0007391842", "NL80 ABNA 0417 2839 05"],
    "gb": ["GB68 NWBK 6016 1348 2739 15", "GB11BARC20315871946028"],
    "ie": ["IE45 AIBK 9311 5212 8473 65", "IE03 BOFI 9000 1763 0294 81"],
    "fr": ["FR76 3000 4008 2300 0147 2839 104"],
    "es": ["ES91 2100 0418 4502 0005 1332"],
    "it": ["IT38 Y030 6909 6061 0000 0073 941"],
    "be": ["BE61 0630 4827 5117"],
    "se": ["SE51 5000 0000 0543 9182 7364"],
    "pl": ["PL61 1090 1014 0000 0712 1981 2874"],
    "pt": ["PT65 0033 0000 4539 2718 3040 5"],
    "at": ["AT21 1200 0518 3920 4716"],
    "dk": ["DK84 0040 3512 8473 90"],
    "fi": ["FI17 4005 5010 4573 82"],
    "no": ["NO29 8601 6015 271"],
    "ch": ["CH51 0076 2014 8273 9501 6"],
    "tr": ["TR33 0006 1005 1978 6457 8413 26", "TR14 0001 0008 7361 9204 5177 33"],
    "gr": ["GR70 0110 1250 0000 4827 1936 051"],
}
IBANS: dict[str, list[Val]] = {cc: [Val("IBAN_CODE", s, cc=cc) for s in v] for cc, v in IBAN_TEXT.items()}
CARDS = [Val("CREDIT_CARD", v) for v in ["4532 0184 7263 9104", "5424-1860-3972-5415", "4917610028437754"]]
IPS = [Val("IP_ADDRESS", v) for v in [
    "81.157.22.203", "5.146.201.77", "2.29.114.56", "94.118.40.212", "177.32.85.19",
    "41.90.66.138", "2a02:c7c:5e21:a00:4d1f:93b2:17e:c45a", "109.176.13.250",
]]
MRNS = [Val("MEDICAL_RECORD_NUMBER", v) for v in [
    "RJ1-4482019", "M0073318", "K 220 4471", "HN-88231-7", "MRN004417826", "30921147",
    "RJ1-5530716", "M0091842", "K 318 0025", "HN-40917-3", "MRN003982511", "28815630",
]]


# ---------------------------------------------------------------------------------------------
# templates: fn(d, i) returns a marked text; registered with class, language, rows and case

TEMPLATES: list[tuple] = []


def tpl(cls: str, lang: str, n: int = 2, case: str | None = None):
    def deco(fn):
        TEMPLATES.append((cls, fn.__name__.removeprefix("t_"), lang, n, case, fn))
        return fn
    return deco


def sx(p: Person, m: str, f: str) -> str:
    """Pick the word that agrees with the person's sex."""
    return m if p.sex == "M" else f


def jd(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------------------------------------
# personal_trial: clinical trial sites and CROs


@tpl("personal_trial", "en", 3)
def t_screening_csv(d, i):
    study, crit = [("HEARTBEAT-2", "LVEF ≤ 40% and no MI in the last 90 days"),
                   ("ALPINE-PD", "Hoehn and Yahr stage 1–3 and MoCA ≥ 21"),
                   ("REVIVE-CKD", "eGFR 20–45 by CKD-EPI and no dialysis")][i]
    reasons = [["LVEF 48% on echo", "NYHA IV at screening", "QTc (Bazett) 492 ms", "consented, eligible"],
               ["H&Y stage 4", "MoCA 18/30", "on Madopar >1200 mg/day", "consented, eligible"],
               ["eGFR 17", "Child–Pugh B", "eGFR 52 (repeat?)", "consented, eligible"]][i]
    lines = ["screen_no,name,dob,hosp_no,phone,outcome"]
    for k in range(4):
        p = d.person("world")
        lines.append(f"S-{i + 1}{k + 3:02d},{p.n},{d.dob('gb')},{d.mrn()},{d.phone('gb')},{reasons[k]}")
    return (f"Can you flag which of these screen failures we could rescreen after the 28-day window? "
            f"{study} needs {crit}.\n\n" + "\n".join(lines))


@tpl("personal_trial", "en", 2)
def t_sae_narrative(d, i):
    p = d.person("en")
    nok = d.person("en")
    nurse = d.person("world")
    a = d.addr("gb")
    ev = ["Guillain–Barré syndrome 11 days after dose 3 (Hughes grade 3), IVIG started",
          "Stevens–Johnson syndrome on day 19, admitted to the burns unit, study drug stopped"][i]
    return (f"Tidy up this SAE narrative before it goes to the sponsor. They should only get the subject "
            f"number, so tell me which lines to strip as well.\n\n"
            f"Subject: 104-0{37 + i * 12}\n"
            f"Participant: {p.n}, DOB {d.dob('gb')}, NHS no. {d.nid('nhs')}\n"
            f"Address: {a.line}\n"
            f"Next of kin: {nok.n} ({sx(nok, 'husband', 'wife') if i == 0 else 'sibling'}) {d.phone('gb')}\n"
            f"Event: {ev}. Causality per PI: possibly related. Outcome: recovering.\n"
            f"Reported by research nurse {nurse.n}, {d.phone('gb')}")


@tpl("personal_trial", "en", 3, "lower")
def t_followup_calls(d, i):
    p = d.person("world")
    q = d.person("world")
    r = d.person("world")
    study = ["the statin diary study", "BRIGHT-AF", "the long covid rehab arm"][i]
    return (f"tidy these follow-up call notes into a table (date, who, outcome) pls\n\n"
            f"- 02/10 rang {p.n} on {d.phone('gb')}, no answer, left vm\n"
            f"- 03/10 {p.g} called back, ok, mild headache after visit 4, took paracetamol\n"
            f"- 03/10 spoke to {sx(p, 'his', 'her')} {sx(q, 'son', 'daughter')} {q.n} ({d.phone('ie')}), "
            f"will drive {p.g} to the 6 month visit\n"
            f"- 05/10 {r.n} wants to withdraw from {study}, says the app is too fiddly. "
            f"asked if we can keep {sx(r, 'his', 'her')} data, {sx(r, 'he', 'she')} said yes\n"
            f"- 06/10 {r.g} emailed {r.email('gmail.com', i)} to confirm")


@tpl("personal_trial", "en", 2, "lower")
def t_participant_whatsapp(d, i):
    p = d.person("en")
    coord = d.person("world")
    thing = ["polysomnography night", "fasting blood draw"][i]
    return (f"can you help me reply to this participant? keep it short and friendly, we can offer the 21st or 23rd\n\n"
            f"[14:02] {p.g}: hi its {p.n} from the sleep study, i cant do thursday's {thing}, "
            f"my shift changed. could we do next week? my new number is {d.phone('gb')}\n"
            f"[14:05] {coord.g}: Hi {p.g}, no problem, let me check the room booking\n"
            f"[14:31] {p.g}: thanks!! also my address changed, its {d.addr('gb').line} now")


@tpl("personal_trial", "en", 2)
def t_econsent_json(d, i):
    p = d.person("world")
    w = d.person("world")
    return ("Why would this eConsent audit record fail our 21 CFR Part 11 check? "
            "I think it's the null hash but maybe the witness too.\n\n"
            f'{{\n  "consent_id": "EC-{2291 + i * 317}",\n'
            f'  "protocol": "{["NOVA-RA-301", "PALM-OA-12"][i]}", "icf_version": "{["v4.0", "v2.1"][i]}",\n'
            f'  "participant": {{"first_name": "{p.g}", "last_name": "{p.f}", "dob": "{d.dob("iso")}"}},\n'
            f'  "witness": "{w.n}",\n  "signed_at": "2025-10-07T09:42:13Z",\n'
            f'  "client_ip": "{d.ip()}",\n  "device": "iPad (9th gen) / Safari 17",\n'
            f'  "signature_hash": null\n}}')


@tpl("personal_trial", "de", 2)
def t_pruefstelle_de(d, i):
    p = d.person("de")
    q = d.person("de")
    a = d.addr(["de", "at"][i])
    return (f"Bitte fasse die Notiz fürs Monitoring kurz zusammen, ohne medizinische Details zu verlieren:\n\n"
            f"Pat. {p.n}, geb. {d.dob('de')}, {a.line}, Tel. {d.phone(['de', 'at'][i])}\n"
            f"Visite 5 (Woche 24) am 12.09. durchgeführt, MoCA 24/30, UPDRS-III 31, keine neuen UEs. "
            f"{sx(p, 'Herr', 'Frau')} {p.f} berichtet über stärkere Dyskinesien am Nachmittag. "
            f"Angehörige: {q.n}, erreichbar unter {d.phone(['de', 'at'][i])}.\n"
            f"Prüfärztin: Dr. {d.person('de', 'F').f}")


@tpl("personal_trial", "fr", 2)
def t_arc_email_fr(d, i):
    p = d.person("fr")
    inv = d.person("fr")
    arc = d.person("fr")
    nir = d.nid("nir", p.sex)
    return (f"Peux-tu reformuler ce mail plus poliment ? Je ne veux pas froisser l'investigateur.\n\n"
            f"> Bonjour Docteur {inv.f},\n"
            f"> Lors de la visite de monitoring du 14/11, j'ai relevé que le consentement de "
            f"{sx(p, 'M.', 'Mme')} {p.n} (NIR {nir}) n'était pas daté de sa main, et que la visite J28 "
            f"a été faite hors fenêtre.\n"
            f"> Merci de corriger avant la revue du promoteur.\n"
            f"> Cordialement,\n> {arc.n}\n> Attaché(e) de recherche clinique – Clinact\n> {d.phone('fr')}")


@tpl("personal_trial", "es", 2)
def t_visitas_es(d, i):
    rows = []
    for k in range(3):
        p = d.person("es")
        ident = d.nid("dni") if k != 1 else d.nid("nie")
        rows.append(f"| {p.n} | {ident} | {d.phone('es')} | V{k + 3} | {12 + k * 5}/0{3 + i}/2026 |")
    return ("¿Puedes ordenar esta tabla por fecha y marcar las visitas fuera de ventana (±3 días)?\n\n"
            "| Paciente | DNI/NIE | Teléfono | Visita | Fecha |\n|---|---|---|---|---|\n" + "\n".join(rows))


@tpl("personal_trial", "ja", 2)
def t_crc_ja(d, i):
    p = d.person("ja")
    q = d.person("ja")
    a = d.addr("jp")
    return (f"以下のCRCメモを、依頼者向けの逸脱報告の文面に直してください。\n\n"
            f"被験者：{p.n}（{d.dob('ja')}生）\n"
            f"住所：{a.block}\n"
            f"連絡先：{d.phone('jp')}\n"
            f"内容：Visit 6の採血が許容範囲外（Day 94）。本人の入院のため。"
            f"家族（{q.n}）より電話連絡あり。\n担当CRC：{d.person('ja').n}")


@tpl("personal_trial", "pl", 2)
def t_badanie_pl(d, i):
    rows = []
    for k in range(3):
        p = d.person("pl")
        rows.append(f"{k + 1}. {p.n}, PESEL {d.nid('pesel', p.sex)}, tel. {d.phone('pl')}")
    return ("Popraw proszę formatowanie tej listy uczestników badania (ośrodek nr 07) i zrób z niej tabelę:\n\n"
            + "\n".join(rows) + f"\nAdres do korespondencji (nr 2): {d.addr('pl').line}"
            + "\n\nKoordynatorka: " + d.person("pl", "F").n)


@tpl("personal_trial", "ar", 2)
def t_trial_ar(d, i):
    p = d.person("ar")
    c = d.person("ar", "F")
    cc = ["jo", "ma"][i]
    return (f"ساعدني في صياغة رد مهذب على هذه الرسالة من أحد المشاركين في التجربة السريرية:\n\n"
            f"«مرحباً، أنا {p.n}، {sx(p, 'مشارك', 'مشاركة')} في دراسة علاج السكري. لا أستطيع الحضور يوم الأحد "
            f"بسبب السفر. رقم هاتفي الجديد {d.phone(cc)}، وعنواني الجديد: {d.addr(cc).line}. "
            f"ويمكنكم أيضاً التواصل مع أخي {d.person('ar', 'M').n}.»\n\nالمنسقة: {c.n}")


@tpl("personal_trial", "ko", 2)
def t_trial_ko(d, i):
    p = d.person("ko")
    rrn = d.nid("rrn", p.sex)
    return (f"아래 스크리닝 기록을 의뢰사 보고용으로 정리해 주세요. 개인정보는 어떤 걸 빼야 하나요?\n\n"
            f"성명: {p.n}\n주민등록번호: {rrn}\n연락처: {d.phone('kr')}\n"
            f"주소: {d.addr('kr').block}\n"
            f"스크리닝 결과: HbA1c 8.4%, eGFR 62 → 적격\n담당 연구간호사: {d.person('ko').n}")


@tpl("personal_trial", "en", 2, "upper")
def t_sae_fax(d, i):
    p = d.person("world")
    nurse = d.person("en")
    return (f"Is this fax cover sheet ok to send or should I cut something?\n\n"
            f"SAE FAX COVER SHEET\nTO: DRUG SAFETY, PAREXEL PV HUB\n"
            f"FROM: SITE 0412, RESEARCH NURSE {nurse.n}, TEL {d.phone('gb')}\n"
            f"SUBJECT {['0412-007', '0412-019'][i]}: {p.n}, DOB {d.dob('gb')}\n"
            f"EVENT: {['ANAPHYLAXIS AFTER INFUSION 2', 'PULMONARY EMBOLISM, HOSPITALISED'][i]}\n"
            f"PAGES: 4 INCLUDING THIS ONE")


# ---------------------------------------------------------------------------------------------
# personal_samples: biobanks, sample registries, LIMS and ELN


@tpl("personal_samples", "en", 2)
def t_manifest_semicolon(d, i):
    dest = ["the Wellcome Sanger Institute", "the Broad's Genomics Platform", "Karolinska's KI Biobank"][i]
    tube = ["EDTA 4 ml", "PAXgene RNA", "serum 1.5 ml"][i]
    lines = ["sample_id;donor;dob;sex;consent_v;tube;collected_by"]
    for k in range(3):
        p = d.person("world")
        lines.append(f"BB-25-{i + 4}{k + 17:03d};{p.n};{d.dob('gb')};{p.sex};3.1;{tube};{d.person('en').n}")
    return (f"Our courier's portal keeps rejecting this manifest for {dest}. Is it the semicolons or the "
            f"date format? Also should donor names even be in there?\n\n" + "\n".join(lines))


@tpl("personal_samples", "en", 2)
def t_lims_json(d, i):
    items = []
    for k in range(2):
        tech = d.person("world")
        items.append({
            "aliquot": f"ALQ-{88120 + i * 40 + k}",
            "material": ["PBMC", "plasma"][k],
            "donor_mrn": d.mrn(),
            "processed_by": tech.n,
            "location": [f"-80 #3 / rack C / box {14 + i}", "LN2 tank 2 / cane 7"][k],
            "status": ["in_storage", "shipped"][k],
        })
    body = ",\n".join("    " + json.dumps(x, ensure_ascii=False) for x in items)
    return ("Write a jq filter that keeps only the aliquots still in storage and prints aliquot + location:\n\n"
            + '{"export": "Labvantage 8.7", "items": [\n' + body + "\n]}")


@tpl("personal_samples", "en", 2)
def t_eln_entry(d, i):
    p = d.person("world")
    q = d.person("world")
    exp = ["Western blot, p53 and p21 in HeLa after nutlin-3 (10 µM, 24 h)",
           "qPCR, IL6 and TNF in THP-1 after LPS, ΔΔCt vs GAPDH"][i]
    body = [("Lysed in RIPA, Bradford assay, 30 µg/lane, Laemmli buffer, 10% SDS-PAGE, wet transfer, Ponceau S ok. "
            "Anti-p53 (DO-1) 1:1000 overnight."),
            "RNA with TRIzol, NanoDrop 260/280 = 1.98, SuperScript IV, SYBR Green on the QuantStudio 5, melt curves single peak."][i]
    return (f"Rewrite this ELN entry as a methods paragraph (past tense, passive, no names):\n\n"
            f"## {exp}\nAuthor: {p.n}\nWitnessed by: {q.n} ({q.email('ucl.ac.uk', i + 2)})\n{body}\n"
            f"Note: {p.g} to repeat n=3 before lab meeting.")


@tpl("personal_samples", "en", 2)
def t_withdrawal_email(d, i):
    p = d.person("en")
    cc = ["ie", "us"][i]
    a = d.addr(cc)
    dob = d.dob(["gb", "us"][i])
    return (f"Draft a reply confirming this withdrawal. Our policy: samples destroyed, data already used in "
            f"analyses stays, no further contact.\n\n"
            f"> Dear Biobank team,\n> I gave blood for the {['Cork Twins', 'Driftless Aging'][i]} Study in 2019 "
            f"(donor no. {['CT-0417', 'DA-2290'][i]}). I would like to withdraw and have my samples destroyed.\n"
            f"> My details: {p.n}, born {dob}\n> {a.lines('> ').removeprefix('> ')}\n"
            f"> Phone {d.phone(cc)}\n> Thanks,\n> {p.g}")


@tpl("personal_samples", "en", 2)
def t_kit_returns_tsv(d, i):
    lines = ["name\tstreet\ttown\tpostcode\tphone\tkit_id\tposted"]
    for k in range(3):
        p = d.person("world")
        a = d.addr("gb")
        town_line = a.rest.rsplit(", ", 1)[0]
        lines.append(f"{p.n}\t{a.first}\t{town_line}\t{a.last}\t{d.phone('gb')}\tSTL-{3310 + i * 9 + k}\t"
                     f"{['Mon 15:40', 'Tue 09:05', 'Mon 17:55'][k]}")
    return ("Stool kits for the microbiome arm (the Zymo DNA/RNA Shield tubes). Which of these missed the "
            "Royal Mail 16:00 cut-off? Sort by postcode too.\n\n" + "\n".join(lines))


@tpl("personal_samples", "sv", 2)
def t_biobank_sv(d, i):
    p = d.person("sv")
    a = d.addr("se")
    return (f"Kan du skriva om det här mejlet till biobanken så att det blir tydligare?\n\n"
            f"Hej,\nvi behöver spärra proverna för provgivare {p.n}, personnummer {d.nid('pnr', p.sex)}, "
            f"{a.line}. {sx(p, 'Han', 'Hon')} har ringt och återkallat sitt samtycke enligt biobankslagen. "
            f"Nås på {d.phone('se')}.\nMvh {d.person('sv').n}, forskningssjuksköterska")


@tpl("personal_samples", "nl", 2)
def t_biobank_nl(d, i):
    p = d.person("nl")
    a = d.addr("nl")
    return (f"Kun je deze aanvraag voor het opvragen van monsters netjes herschrijven?\n\n"
            f"Deelnemer: {p.n}\nBSN: {d.nid('bsn')}\nAdres: {a.line}\nTel.: {d.phone('nl')}\n"
            f"Gevraagd: 2 × serum (visite 2021 en 2024) voor de Lifelines-validatie, "
            f"toestemming voor genetisch onderzoek: ja.\nAanvrager: dr. {d.person('nl').f}")


@tpl("personal_samples", "fi", 2)
def t_biopankki_fi(d, i):
    p = d.person("fi")
    a = d.addr("fi")
    return (f"Tee tästä lyhyt ja kohtelias vastaus näytteenantajalle:\n\n"
            f"Lähettäjä: {p.n}\nHenkilötunnus: {d.nid('hetu', p.sex)}\nOsoite: {a.line}\n"
            f"Puhelin: {d.phone('fi')}\nViesti: Haluan tietää, mihin tutkimuksiin näytteitäni on käytetty "
            f"biopankissa vuoden 2018 jälkeen.")


@tpl("personal_samples", "it", 2)
def t_biobanca_it(d, i):
    cf = d.nid("cf")
    p = d.owner("it", cf.owner)
    a = d.addr("it")
    return (f"Mi correggi l'italiano di questa comunicazione al comitato della biobanca?\n\n"
            f"Si comunica che {sx(p, 'il donatore', 'la donatrice')} {p.n} (C.F. {cf}), residente in "
            f"{a.line}, ha revocato il consenso all'uso dei campioni per la ricerca genetica. "
            f"Recapito: {d.phone('it')}. I campioni (3 aliquote di plasma) sono stati distrutti il 12/11.\n"
            f"{d.person('it').n}, tecnico di laboratorio")


@tpl("personal_samples", "zh", 2)
def t_registry_zh(d, i):
    p = d.person("zh")
    cid = d.nid("cn", p.sex)
    return (f"请把下面的样本登记信息整理成表格，并指出哪些字段不应该发给合作单位：\n\n"
            f"姓名：{p.n}\n身份证号：{cid}\n出生日期：{B(cid.dob)}\n"
            f"住址：{d.addr('cn').block}\n联系电话：{d.phone('cn')}\n"
            f"样本：全血2管（EDTA），采集人：{d.person('zh').n}")


@tpl("personal_samples", "en", 2, "lower")
def t_freezer_slack(d, i):
    p = d.person("world")
    q = d.person("world")
    r = d.person("world")
    return (f"can you turn this slack thread into a short incident note for the biobank manager?\n\n"
            f"{p.g}: freezer -80 #{3 + i} alarm went off at 02:10, temp at -52\n"
            f"{q.g}: i moved racks a-d to #5, box 14 with the {['sjögren', 'kawasaki'][i]} cohort plasma went to the lN2 dewar\n"
            f"{p.g}: thanks, did anyone call facilities? {r.n} is on call this week, {d.phone('gb')}\n"
            f"{r.g}: on it, thermo engineer coming tmrw am")


@tpl("personal_samples", "da", 2)
def t_biobank_da(d, i):
    p = d.person("da")
    a = d.addr("dk")
    return (f"Hjælp mig med at skrive et svar til donoren om destruktion af prøver:\n\n"
            f"Navn: {p.n}\nCPR-nr.: {d.nid('cpr', p.sex)}\nAdresse: {a.line}\nTlf.: {d.phone('dk')}\n"
            f"Henvendelse: ønsker sine blodprøver fra Danish National Biobank destrueret og er ikke længere "
            f"interesseret i at deltage.")


@tpl("personal_samples", "en", 2)
def t_registry_pipe(d, i):
    lines = ["reg_id|name|dob|postcode|phone|variant"]
    cc = ["gb", "us"][i]
    for k in range(3):
        p = d.person("en")
        a = d.addr(cc)
        post = a.last.rsplit(" ", 1)[-1] if cc == "us" else a.last
        lines.append(f"HD-{i}{k + 41:03d}|{p.n}|{d.dob(['gb', 'us'][i])}|{post}|{d.phone(cc)}|"
                     f"{['HTT CAG 42', 'HTT CAG 39', 'HTT CAG 44'][k]}")
    return ("Our Huntington's registry export is pipe-separated. Convert it to a Markdown table and add a column "
            "flagging reduced penetrance (36–39 CAG repeats).\n\n" + "\n".join(lines))


# ---------------------------------------------------------------------------------------------
# personal_governance: ethics committees, grant offices, editorial offices


@tpl("personal_governance", "en", 2)
def t_irb_email(d, i):
    c = d.person("en")
    pi = d.person("world")
    asks = [("drop either the HADS or the PHQ-9, the burden is too high for a 20-minute visit",
             "say in the ICF that Fitbit data are stored on servers outside the US"),
            ("justify the Wechsler (WAIS-IV) subtests for 16- and 17-year-olds",
             "add assent wording at a Flesch–Kincaid grade 6 level")][i]
    return (f"Can you turn this into a checklist of what the IRB wants changed?\n\n"
            f"> From: {c.n} <{c.email('irb.wisc.edu', i + 1)}>\n"
            f"> Sent: Tuesday, November 4, 2025 4:12 PM\n> To: {pi.n}\n"
            f"> Subject: Protocol 2025-0{418 + i * 97} – modifications required\n>\n"
            f"> Dr. {pi.f},\n> The committee reviewed your amendment on October 30. Before approval please "
            f"(1) {asks[0]}; (2) {asks[1]}.\n"
            f"> Best,\n> {c.g}\n> {c.n} | IRB Analyst, Human Research Protection Program\n> {d.phone('us')}")


@tpl("personal_governance", "en", 2)
def t_rec_complaint(d, i):
    p = d.person("en")
    res = d.person("world")
    cc = ["gb", "au"][i]
    a = d.addr(cc)
    study = ["the knee osteoarthritis physio study", "the melanoma screening app study"][i]
    return (f"I'm the REC manager. Summarise this complaint in three lines for the chair and suggest who should "
            f"answer it.\n\n{p.n}\n{a.block}\nTel {d.phone(cc)}\n\n"
            f"Dear Sir or Madam,\nI took part in {study} until March. After I withdrew, the researcher "
            f"({res.n}) kept ringing me at home and once spoke to my {sx(p, 'wife', 'husband')} about my results. "
            f"I never agreed to that.\nYours faithfully,\n{p.n}")


@tpl("personal_governance", "en", 2)
def t_grant_budget_md(d, i):
    pi = d.person("world")
    pd = d.person("world")
    tech = d.person("world")
    fund, cur, y = [("ERC Starting Grant", "€", (61200, 63036, 64927)),
                    ("Wellcome Discovery Award", "£", (48950, 50419, 51932)),
                    ("NIH R01", "$", (72800, 74984, 77234))][i]
    return (f"Check my maths in this {fund} staff table (3 % uplift a year) and add a total row:\n\n"
            f"| Role | Name | FTE | Y1 | Y2 | Y3 |\n|---|---|---|---|---|---|\n"
            f"| PI | {pi.n} | 0.3 | {cur}{int(y[0] * 1.4 * 0.3):,} | {cur}{int(y[1] * 1.4 * 0.3):,} | "
            f"{cur}{int(y[2] * 1.4 * 0.3):,} |\n"
            f"| Postdoc | {pd.n} | 1.0 | {cur}{y[0]:,} | {cur}{y[1]:,} | {cur}{y[2]:,} |\n"
            f"| PhD student | TBC | 1.0 | {cur}{int(y[0] * 0.45):,} | {cur}{int(y[1] * 0.45):,} | "
            f"{cur}{int(y[2] * 0.45):,} |\n"
            f"| Technician | {tech.n} | 0.5 | {cur}{int(y[0] * 0.35):,} | {cur}{int(y[1] * 0.35):,} | "
            f"{cur}{int(y[2] * 0.35 + 7):,} |")


@tpl("personal_governance", "en", 2)
def t_reviewer_csv(d, i):
    a1 = d.person("world")
    a2 = d.person("world")
    lines = ["manuscript,reviewer,email,status,declared_conflict"]
    doms = ["uni-heidelberg.de", "uct.ac.za", "unimelb.edu.au", "kuleuven.be", "ucl.ac.uk"]
    for k in range(3):
        r = d.person("world")
        conflict = f"co-author with {a1.n} (2022)" if k == 1 else "none"
        lines.append(f"MS-2025-0{412 + i * 50 + k // 2},{r.n},{r.email(doms[(i + k) % 5], k + i)},"
                     f"{['agreed', 'invited', 'declined'][k]},{conflict}")
    return (f"Which manuscripts still need a second reviewer, and are any conflicts a problem? "
            f"MS-2025-0{412 + i * 50} is by {a1.n} and {a2.n}.\n\n" + "\n".join(lines))


@tpl("personal_governance", "en", 2, "lower")
def t_editor_lower(d, i):
    p = d.person("world")
    q = d.person("world")
    journal = ["jcb", "plos one"][i]
    return (f"how do i ask the {journal} editorial office to switch corresponding author? my co-author "
            f"{p.n} left academia and doesnt reply, i want it to be {q.n} ({q.email('gmail.com', i + 3)}). "
            f"manuscript is {['JCB-2025-0441R1', 'PONE-D-25-18832'][i]}. also can {p.g} stay on the author list "
            f"without signing the form?")


@tpl("personal_governance", "de", 2)
def t_ethik_de(d, i):
    p = d.person("de")
    q = d.person("de")
    return (f"Formuliere bitte eine Antwort auf die Auflagen der Ethikkommission, Punkt für Punkt:\n\n"
            f"Antrag 2025-{318 + i * 21}-f-S, Antragsteller: Prof. Dr. {p.n}\n"
            f"Studienkoordination: {q.n}, {q.email('uk-essen.de', i)}, Tel. {d.phone('de')}\n"
            f"Auflagen: (1) Aufklärungsbogen in leichter Sprache, (2) Versicherungsnachweis nach § 40 AMG, "
            f"(3) Begründung der Fallzahl (Power 80 %, α = 0,05, Mann-Whitney-U).")


@tpl("personal_governance", "pt", 2)
def t_cep_br(d, i):
    p = d.person("pt")
    a = d.addr("br")
    return (f"Preciso responder essa reclamação que chegou ao CEP. Pode resumir e sugerir os próximos passos?\n\n"
            f"Nome: {p.n}\nCPF: {d.nid('cpf')}\nEndereço: {a.line}\nTelefone: {d.phone('br')}\n"
            f"Relato: participei da pesquisa sobre dengue e não recebi o ressarcimento das passagens, "
            f"e a pesquisadora {d.person('pt', 'F').n} não responde meus e-mails.")


@tpl("personal_governance", "es", 2)
def t_convocatoria_es(d, i):
    p = d.person("es")
    q = d.person("es")
    r = d.person("es")
    return (f"¿Me ayudas a redactar la justificación del equipo para la convocatoria de Proyectos de "
            f"Generación de Conocimiento? Datos:\n\n"
            f"- IP1: {p.n} (DNI {d.nid('dni')}), {sx(p, 'Profesor Titular', 'Profesora Titular')}, 4 sexenios\n"
            f"- IP2: {q.n}, {sx(q, 'investigador', 'investigadora')} Ramón y Cajal\n"
            f"- {sx(r, 'Contratado', 'Contratada')} predoctoral: {r.n} (NIE {d.nid('nie')}), tel. {d.phone('es')},\n  domicilio: {d.addr('es').line}\n"
            f"Líneas: cinética de Michaelis-Menten en enzimas de Thermus thermophilus.")


@tpl("personal_governance", "cs", 2)
def t_grant_cs(d, i):
    p = d.person("cs")
    q = d.person("cs")
    t = d.person("cs")
    return (f"Přepiš prosím tenhle seznam členů týmu do tabulky pro přihlášku GA ČR:\n\n"
            f"{sx(p, 'Navrhovatel', 'Navrhovatelka')}: doc. {p.n}, r. č. {d.nid('rc', p.sex)}, tel. {d.phone('cz')}\n"
            f"Trvalé bydliště: {d.addr('cz').line}\n"
            f"{sx(q, 'Spolunavrhovatel', 'Spolunavrhovatelka')}: {q.n}, {q.email('natur.cuni.cz', i + 4)}\n"
            f"{sx(t, 'Technik', 'Technička')}: {t.n} (0,5 úvazku)")


@tpl("personal_governance", "ru", 2)
def t_dissovet_ru(d, i):
    p = d.person("ru")
    sup = d.person("ru")
    return (f"Проверь, всё ли указано в заявлении соискателя для диссовета, и оформи аккуратно:\n\n"
            f"ФИО: {p.n}\nДата рождения: {d.dob('ru')}\nАдрес: {d.addr('ru').line}\n"
            f"Тел.: {d.phone('ru')}\nТема: «Кинетика ферментов по Михаэлису — Ментен в условиях гипоксии»\n"
            f"Научный руководитель: {sup.n}")


@tpl("personal_governance", "ja", 2)
def t_peer_review_ja(d, i):
    r = d.person("ja")
    ed = d.person("ja")
    return (f"査読依頼メールを英語に訳してください。\n\n"
            f"{r.n}先生\n\nお世話になっております。『{['日本薬理学雑誌', '生物物理'][i]}』編集委員の{ed.n}です。"
            f"下記論文の査読をお願いできませんでしょうか。\n"
            f"論文番号：{['JP-2025-118', 'BP-2025-073'][i]}\n締切：2週間後\n"
            f"ご連絡は {ed.email('med.kyoto-u.ac.jp', i)} までお願いします。")


@tpl("personal_governance", "en", 2)
def t_coi_yaml(d, i):
    app = d.person("world")
    members = [d.person("world") for _ in range(3)]
    lines = [f"panel: {['Leverhulme early career 2026', 'Novo Nordisk Foundation – Tandem'][i]}",
             f"application: GA-{117 + i * 33}", f"applicant: {app.n}", "members:"]
    for k, m in enumerate(members):
        conf = f"[\"{app.n} (former postdoc)\"]" if k == 1 else "[]"
        lines.append(f"  - {{name: {m.n}, email: {m.email(['ed.ac.uk', 'ku.dk', 'tcd.ie'][k], k)}, conflicts: {conf}}}")
    return ("Which panel members have to leave the room for this application?\n\n```yaml\n" + "\n".join(lines)
            + "\n```")


@tpl("personal_governance", "he", 2)
def t_postdoc_office_he(d, i):
    p = d.person("he")
    return (f"תנסח לי בבקשה מייל קצר לרשות המחקר על סמך הפרטים האלה:\n\n"
            f"שם הפוסט-דוקטורנט/ית: {p.n}\nת.ז.: {d.nid('il')}\n"
            f"כתובת: {d.addr('il').line}\nטלפון: {d.phone('il')}\n"
            f"מענק: ISF, תחילת העסקה 1.1.2026, מנחה: {d.person('he').n}")


# ---------------------------------------------------------------------------------------------
# personal_facility: core facilities, instrument booking, animal units, lab safety, lab meetings


@tpl("personal_facility", "en", 3)
def t_booking_export(d, i):
    inst = ["Zeiss LSM 980 Airyscan", "BD FACSAria Fusion", "Bruker Avance NEO 600"][i]
    lines = ["instrument,user,group,start,end,mobile"]
    slots = [("Tue 09:00", "Tue 13:00"), ("Tue 12:30", "Tue 16:00"), ("Tue 16:00", "Tue 18:30")]
    for k in range(3):
        u = d.person("world")
        pi = d.person("world")
        lines.append(f"{inst},{u.n},Lab of {pi.f},{slots[k][0]},{slots[k][1]},{d.phone('gb')}")
    return ("Find the overlapping bookings in this PPMS export and tell me who to text first:\n\n" + "\n".join(lines))


def handle(p: Person, style: int) -> str:
    g, f = p.lat()
    return P([f"{g[0]}{f}", f"{g}.{f}", f"{g}{f[:1]}", f"{f}{g[:2]}"][style % 4])


@tpl("personal_facility", "en", 3, "lower")
def t_slack_core(d, i):
    p = d.person("world")
    q = d.person("world")
    r = d.person("world")
    inst = ["the aria fusion", "the krios", "the orbitrap exploris"][i]
    issue = ["is clogged again, 70 µm nozzle", "autoloader jammed on cassette 4",
             "spray is unstable since the column swap"][i]
    lab = P(["Ramirez", "Sanger", "Hodgkin"][i])
    return (f"summarise this #core-facility thread for the weekly digest, 3 bullets max\n\n"
            f"{p.g}: {inst} {issue}\n"
            f"{q.g}: @{handle(r, i)} was that your run last night?\n"
            f"{r.g}: yes sorry, i'll email {p.g} the log. can we move my slot to thursday\n"
            f"{p.g}: ok, thursday 14-18 is yours. {q.g} can you tell the {lab} lab their slot moved")


@tpl("personal_facility", "en", 2)
def t_lab_meeting(d, i):
    p = d.person("world")
    q = d.person("world")
    r = d.person("world")
    topic = ["the genome-wide CRISPR knockout screen (Brunello library, MAGeCK)",
             "organoid growth curves (Matrigel lot change)"][i]
    return (f"Turn these lab meeting notes into a tidy e-mail for people who missed it:\n\n"
            f"Lab meeting 6 Nov\n- {p.n} presented {topic}. Hits: 14 at FDR < 0.1 after Benjamini–Hochberg\n"
            f"- {q.g} back from parental leave on 1 Dec\n- actions: {r.g} to order Matrigel and FBS, "
            f"{p.g} to send slides, {q.f} to book the Opera Phenix for the follow-up\n"
            f"- next week: journal club, {r.n} on the AlphaFold 3 paper")


@tpl("personal_facility", "en", 2)
def t_incident_report(d, i):
    p = d.person("en")
    w = d.person("world")
    cc = ["gb", "ie"][i]
    a = d.addr(cc)
    what = ["needle-stick injury while harvesting a mouse spleen (CL2, no known pathogen)",
            "cold burn to the left hand decanting liquid nitrogen without cryo gloves"][i]
    return (f"Is this enough for our incident system, and would it be RIDDOR-reportable? What's missing?\n\n"
            f"Injured person: {p.n}\nDOB: {d.dob('gb')}\nHome address: {a.line}\nPhone: {d.phone(cc)}\n"
            f"What happened: {what}\nWitness: {w.n}\nFirst aid given by: {d.person('en').n}\n"
            f"Date/time: 12/11/2025 15:40, Room B2.17")


@tpl("personal_facility", "en", 2)
def t_animal_access(d, i):
    rows = []
    for k in range(3):
        p = d.person("world")
        rows.append(f"- {p.n} ({['NACWO', 'PIL holder', 'PPL holder'][k]}) {d.phone(['gb', 'gb', 'ie'][k])}")
    return ("Make this into an out-of-hours contact card for the door of the animal unit "
            f"({['Biological Services Unit', 'zebrafish facility'][i]}). Vet on call first.\n\n"
            f"Named Veterinary Surgeon: {d.person('en').n}, {d.phone('gb')}\n" + "\n".join(rows))


@tpl("personal_facility", "de", 2)
def t_geraete_de(d, i):
    p = d.person("de")
    q = d.person("de")
    return (f"Kannst du diese Mail an die Core Facility freundlicher formulieren?\n\n"
            f"Hallo {q.g},\nschon wieder hat {p.n} aus der AG {d.person('de').f} unseren Slot am "
            f"{['Titan Krios', 'Zeiss Elyra 7'][i]} überschrieben (Do 8–20 Uhr). Wir hatten das im Kalender seit drei "
            f"Wochen. Bitte ruf mich an: {d.phone(['de', 'ch'][i])}.\nGrüße\n{d.person('de').n}")


@tpl("personal_facility", "fr", 2)
def t_animalerie_fr(d, i):
    p = d.person("fr")
    q = d.person("fr")
    return (f"Aide-moi à résumer ce message de l'animalerie pour l'équipe :\n\n"
            f"Bonjour,\nsuite au contrôle sanitaire, les souris C57BL/6J de la portée 14 (protocole APAFIS "
            f"#{41207 + i * 311}) seront transférées lundi. {p.n} s'en occupe ; en cas de souci appelez "
            f"{q.g} au {d.phone('fr')}.\nBien à vous,\n{q.n}, zootechnicien{sx(q, '', 'ne')}")


@tpl("personal_facility", "ko", 2)
def t_safety_ko(d, i):
    p = d.person("ko")
    return (f"연구실 안전사고 보고서 초안을 다듬어 주세요.\n\n"
            f"사고자: {p.n} ({['석사과정', '박사후연구원'][i]})\n생년월일: {d.dob('ko')}\n"
            f"연락처: {d.phone('kr')}\n"
            f"내용: 흄후드에서 {['피페리딘', '염산'][i]} 취급 중 보안경 미착용으로 눈에 튐. "
            f"즉시 세안 후 병원 이송.\n목격자: {d.person('ko').n}")


@tpl("personal_facility", "th", 2)
def t_lab_th(d, i):
    p = d.person("th")
    q = d.person("th")
    return (f"ช่วยเขียนข้อความแจ้งเลื่อนการจองเครื่องให้สุภาพหน่อยครับ\n\n"
            f"ถึงคุณ{p.n}\nเครื่อง {['confocal Nikon A1R', 'real-time PCR (Bio-Rad CFX96)'][i]} "
            f"ที่คุณ{p.g}จองไว้วันพุธ ต้องปิดซ่อม ขอเลื่อนเป็นวันศุกร์ "
            f"ติดต่อคุณ{q.g} โทร {d.phone('th')}")


@tpl("personal_facility", "el", 2)
def t_lab_el(d, i):
    p = d.person("el")
    return (f"Μπορείς να μεταφράσεις αυτή την αναφορά ατυχήματος στα αγγλικά για τον υπεύθυνο ασφαλείας;\n\n"
            f"Ονοματεπώνυμο: {p.n}\nΑΜΚΑ: {d.nid('amka', p.sex)}\nΤηλέφωνο: {d.phone('gr')}\n"
            f"Διεύθυνση κατοικίας: {d.addr('gr').line}\n"
            f"Περιγραφή: {['έγκαυμα από αυτόκαυστο', 'κόψιμο από σπασμένο σωλήνα Falcon'][i]}, "
            f"εργαστήριο Βιοχημείας, 3ος όροφος. Πρώτες βοήθειες: {d.person('el').n}")


@tpl("personal_facility", "en", 2)
def t_calendar_ics(d, i):
    org = d.person("world")
    att = d.person("world")
    what = ["Leica CM1950 cryostat induction", "Vibratome VT1200S training"][i]
    return ("Why does Outlook reject this training invite? It opens in Google Calendar fine.\n\n"
            f"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:{what}\n"
            f"DTSTART:20251118T100000Z\nDTEND:20251118T120000\n"
            f"ORGANIZER;CN={org.n}:mailto:{org.email('bristol.ac.uk', i)}\n"
            f"ATTENDEE;CN={att.n};RSVP=TRUE:mailto:{att.email('bristol.ac.uk', i + 1)}\n"
            f"END:VEVENT\nEND:VCALENDAR")


@tpl("personal_facility", "en", 2, "upper")
def t_oncall_caps(d, i):
    rows = []
    for k in range(3):
        p = d.person("en")
        rows.append(f"{['BIOSAFETY OFFICER', 'CL3 SUITE MANAGER', 'FACILITIES (OUT OF HOURS)'][k]}: {p.n} {d.phone('gb')}")
    return ("Check this door notice for typos\n\n"
            f"{['CL3 LABORATORY', 'RADIATION AREA – P32 / S35'][i]}\nIN AN EMERGENCY CALL 2222 FIRST, THEN:\n"
            + "\n".join(rows))


@tpl("personal_facility", "tr", 2)
def t_nmr_queue_tr(d, i):
    rows = []
    for k in range(3):
        p = d.person("tr")
        rows.append(f"{k + 1}) {p.n} – {['¹H', '¹³C', 'HSQC'][k]} – {p.email('metu.edu.tr', k + i)}")
    return ("Bu NMR sırası listesini tabloya çevirir misin? Bir de Bruker 400'ün bakımı yüzünden "
            "salı günü olanları perşembeye kaydır.\n\n" + "\n".join(rows)
            + f"\nSorumlu: {d.person('tr').n}, dahili 4417, cep {d.phone('tr')}")


# ---------------------------------------------------------------------------------------------
# personal_fieldwork: surveys, interviews, field research, participant payments


@tpl("personal_fieldwork", "en", 2)
def t_qualtrics_csv(d, i):
    lines = ["ResponseId,IPAddress,RecipientFirstName,RecipientLastName,RecipientEmail,Q1_PSS10,Q2_WEMWBS"]
    for k in range(3):
        p = d.person("world")
        lines.append(f"R_{['3kT9', '1xQa', '2bLm', '7vZr', '9pWe', '4hNc'][i * 3 + k]}fLq0aZ,{d.ip()},{p.g},{p.f},"
                     f"{p.email(['gmail.com', 'outlook.com', 'yahoo.co.uk'][k], k + i)},{18 + k * 3},{52 - k * 4}")
    return ("Give me pandas code that drops the identifying columns from this Qualtrics export before I share it "
            "with my supervisor, and scores the PSS-10 (Cohen) into low/moderate/high:\n\n" + "\n".join(lines))


@tpl("personal_fieldwork", "en", 2)
def t_payment_iban(d, i):
    rows = []
    ccs = [["gb", "ie", "nl"], ["de", "be", "fr"]][i]
    for k, cc in enumerate(ccs):
        p = d.person("world")
        rows.append(f"| {p.n} | {d.iban(cc)} | {['£', '€'][i]}{[40, 40, 25][k]} | {['P014', 'P022', 'P031'][k]} |")
    return (f"Can you check the IBANs in this participant payment sheet look valid before I send it to finance? "
            f"{['Vouchers ran out so these are bank transfers.', 'SEPA batch for the fMRI sessions.'][i]}\n\n"
            "| Name | IBAN | Amount | Participant |\n|---|---|---|---|\n" + "\n".join(rows))


@tpl("personal_fieldwork", "en", 2)
def t_interview_transcript(d, i):
    pool = ["sw", "en"][i]
    p = d.person(pool)
    cc = ["ke", "za"][i]
    town = d.addr(cc).t
    return (f"Code this interview excerpt with the Braun & Clarke themes we agreed (access, trust, cost):\n\n"
            f"INTERVIEWER: Can you tell me how you first heard about the clinic?\n"
            f"{p.g.upper()}: My cousin {d.person(pool).n} told me. In {town} there was no PrEP before 2021, "
            f"you had to take the {['matatu', 'minibus taxi'][i]} for two hours.\n"
            f"INTERVIEWER: And now?\n{p.g.upper()}: Now the nurse, {d.person(pool, 'F').g}, comes on Tuesdays. "
            f"She gave me her number, {d.phone(cc)}, in case.")


@tpl("personal_fieldwork", "en", 2, "lower")
def t_field_diary(d, i):
    p = d.person("es")
    q = d.person("es")
    place = [d.addr("pe").t, d.addr("co").t][i]
    return (f"turn my field diary into a short methods note (where, when, who helped, no private details pls)\n\n"
            f"day 12 - back in {place}. stayed with the {p.f} family again, {p.g} cooked and helped me translate. "
            f"{q.n} (the local guide) walked us to the upper plots for the quadrat sampling, 10 x 10 m, "
            f"shannon index later. {q.g}'s number for next season: {d.phone(['pe', 'co'][i])}")


@tpl("personal_fieldwork", "hi", 2)
def t_survey_hi(d, i):
    p = d.person("hi")
    e = d.person("hi")
    a = d.addr("in")
    return (f"इस सर्वे नोट को अंग्रेज़ी में सारांश करें:\n\n"
            f"उत्तरदाता: {p.n}\nपता: {a.line}\nमोबाइल: {d.phone('in')}\nआधार: {d.nid('aadhaar')}\n"
            f"टिप्पणी: घर में 5 सदस्य, मलेरिया का एक मामला पिछले महीने। सहमति फ़ॉर्म पर हस्ताक्षर किए।\n"
            f"सर्वेक्षक: {e.n}")


@tpl("personal_fieldwork", "sw", 2)
def t_survey_sw(d, i):
    p = d.person("sw")
    cc = ["ke", "tz"][i]
    town = d.addr("ke").t if i == 0 else L("Bagamoyo")
    return (f"Tafadhali tafsiri maelezo haya ya ridhaa kwa Kiingereza:\n\n"
            f"Mshiriki: {p.n}\nKijiji/Mji: {town}\nSimu: {d.phone(cc)}\n"
            f"Alikubali kushiriki katika utafiti wa malaria (RDT na sampuli ya damu). "
            f"Shahidi: {d.person('sw').n}. Mtafiti msaidizi: {d.person('sw').n}")


@tpl("personal_fieldwork", "id", 2)
def t_survey_id(d, i):
    p = d.person("id")
    q = d.person("id")
    return (f"Tolong rapikan catatan lapangan ini jadi tabel:\n\n"
            f"Responden: {p.n}\nAlamat: {d.addr('id').line}\nHP: {d.phone('id')}\n"
            f"Pendamping: {q.n}\nCatatan: bersedia diwawancara lagi bulan Juli, lebih suka dihubungi lewat WhatsApp.")


@tpl("personal_fieldwork", "tr", 2)
def t_anket_tr(d, i):
    rows = []
    for k in range(2):
        p = d.person("tr")
        rows.append(f"{p.n};{d.nid('tckn')};{d.iban('tr') if k == 0 else '-'};{[250, 150][k]} TL")
    return ("Katılımcı ödemeleri listesini muhasebe için düzenler misin? Eksik IBAN'ı da işaretle.\n\n"
            "ad_soyad;tckn;iban;tutar\n" + "\n".join(rows)
            + f"\n\nNot: {p.g} IBAN vermedi, ödeme PTT ile adrese gidecek: {d.addr('tr').line}")


@tpl("personal_fieldwork", "vi", 2)
def t_khaosat_vi(d, i):
    p = d.person("vi")
    q = d.person("vi")
    return (f"Dịch ghi chú phỏng vấn này sang tiếng Anh giúp mình:\n\n"
            f"Người tham gia: {p.n}, sinh ngày {d.dob('vi')}\nĐịa chỉ: {d.addr('vn').line}\n"
            f"SĐT: {d.phone('vn')}\nGhi chú: {sx(p, 'anh', 'chị')} {p.g} đồng ý ghi âm. Người phiên dịch: {q.n}.")


@tpl("personal_fieldwork", "en", 3)
def t_w9_ssn(d, i):
    p = d.person("en")
    a = d.addr("us")
    study = ["sleep study, 8 overnight visits", "MRI substudy, 5 scans", "diet diary study, 12 weeks"][i]
    return (f"A participant's incentives passed $600 this year so finance wants a W-9. Is it ok to e-mail "
            f"these details to the payments office or should I use the secure upload?\n\n"
            f"Name: {p.n}\nSSN: {d.ssn()}\nAddress: {a.line}\nTotal paid 2025: ${[640, 725, 810][i]} ({study})")


@tpl("personal_fieldwork", "en", 2)
def t_card_reimb(d, i):
    p = d.person("en")
    what = ["6 × taxi, Stoke Mandeville ↔ study site, £184.60", "4 × train tickets for participants, £212.40"][i]
    return (f"Reimbursement form rejected again. I paid the participants' travel on my own card. "
            f"What do I put under 'payment method'?\n\nClaimant: {p.n}\nCard used: {d.card()} "
            f"(exp {['08/27', '11/28'][i]})\nItems: {what}")


@tpl("personal_fieldwork", "de", 2)
def t_payments_de(d, i):
    p = d.person("de")
    q = d.person("de")
    cc = ["de", "at"][i]
    return (f"Schreib bitte eine kurze Mail an die Drittmittelverwaltung mit diesen Probandenvergütungen:\n\n"
            f"- {p.n}, IBAN {d.iban(cc)}, 3 Messungen EEG à 15 €\n"
            f"- {q.n}, IBAN {d.iban('ch' if i else 'de')}, 1 Messung, bar ausgezahlt? bitte prüfen")


@tpl("personal_fieldwork", "tl", 2, "lower")
def t_survey_tl(d, i):
    p = d.person("tl")
    q = d.person("tl")
    return (f"pa-translate naman to sa english, for our ethics report\n\n"
            f"nakausap ko si {p.n} kahapon, taga {d.addr('ph').t} siya. pumayag siya sa interview pero "
            f"ayaw niya i-record. number niya {d.phone('ph')}. kasama niya yung pinsan niya na si {q.g}.")


@tpl("personal_fieldwork", "en", 2)
def t_recruit_sms(d, i):
    lines = []
    for k in range(3):
        p = d.person("world")
        lines.append(f"{['10:02', '10:17', '11:40'][k]} to {d.phone(['au', 'nz'][i])} ({p.g}): "
                     f"{['sent', 'REPLY: yes pls call me', 'REPLY: STOP'][k]}")
    return ("Here's the SMS log from our recruitment blast for the sun-protection survey. Who do I follow up, "
            "and who must be removed from the list?\n\n" + "\n".join(lines))


@tpl("personal_fieldwork", "ja", 2)
def t_honorarium_ja(d, i):
    p = d.person("ja")
    return (f"謝金支払いの書類です。マイナンバーをメールで送っても大丈夫か、注意点を教えてください。\n\n"
            f"氏名：{p.n}\nマイナンバー：{d.nid('mynumber')}\n住所：{d.addr('jp').block}\n"
            f"電話：{d.phone('jp')}\n謝金：インタビュー調査協力 5,000円")


# ---------------------------------------------------------------------------------------------
# personal_chat: PhD students, postdocs, staff and participants writing to or about each other


@tpl("personal_chat", "en", 3, "lower")
def t_phd_chat(d, i):
    sup = d.person("world")
    me_town = [d.addr("gb").t, d.addr("ie").t, d.addr("nz").t][i]
    friend = d.person("world")
    why = ["my mum is in hospital in", "my dad had a fall back home in", "we're moving house to"][i]
    return (f"can u help me write a msg to my supervisor dr {sup.f} asking for 3 more weeks on chapter 2 "
            f"(the kaplan-meier + cox stuff). {why} {me_town} and i'm there most weekends. "
            f"{friend.g} said {sup.g} is usually fine if you ask early?? dont make it sound like im whining")


@tpl("personal_chat", "en", 2)
def t_visa_email(d, i):
    p = d.person("world")
    kind, val_ = [("National Insurance number", d.nid("nino")), ("SIN", d.nid("sin"))][i]
    cc = ["gb", "ca"][i]
    a = d.addr(cc)
    return (f"Can you check this e-mail to HR before I send it? I start as a postdoc on 5 January.\n\n"
            f"Hi,\nplease find my details for payroll below.\nFull name: {p.n}\nDate of birth: {d.dob('gb')}\n"
            f"{kind}: {val_}\nHome address: {a.line}\nMobile: {d.phone(cc)}\n"
            f"My visa ({['Global Talent', 'IEC work permit'][i]}) starts on 2 January, I attach the BRP.\n"
            f"Best,\n{p.g}")


@tpl("personal_chat", "en", 2)
def t_reference_request(d, i):
    p = d.person("world")
    me = d.person("en")
    return (f"Write a two-paragraph reference for my former research assistant {p.n}. {sx(p, 'He', 'She')} ran "
            f"our {['zebrafish morpholino injections', 'Seahorse XF assays'][i]} for 18 months, taught the new "
            f"MSc students, and co-authored one paper. {p.g} is applying to the "
            f"{['Francis Crick Institute PhD programme', 'EMBL International PhD Programme'][i]}. "
            f"Sign it as {me.n}, and add my phone {d.phone('gb')} and {me.email('kcl.ac.uk', i + 5)}.")


@tpl("personal_chat", "de", 2, "lower")
def t_chat_de(d, i):
    sup = d.person("de")
    p = d.person("de")
    return (f"kannst du mir helfen, {sx(sup, 'meinem betreuer', 'meiner betreuerin')} prof. {sup.f} zu schreiben? ich will die "
            f"{['western blots', 'patch-clamp messungen'][i]} nicht mehr mit {p.n} teilen, {sx(p, 'er', 'sie')} "
            f"löscht immer meine ordner auf dem server. sachlich bleiben bitte, {p.g} ist eigentlich nett")


@tpl("personal_chat", "es", 2, "lower")
def t_whatsapp_es(d, i):
    p = d.person("es")
    q = d.person("es")
    return (f"resume este chat en dos frases porfa\n\n"
            f"[9:14] {p.g}: {['tía', 'oye'][i]} el citómetro está reservado toda la semana por {d.person('es').n}\n"
            f"[9:15] {q.g}: otra vez?? habla con la técnica, su número es {d.phone(['es', 'mx'][i])}\n"
            f"[9:17] {p.g}: vale. y el seminario de la {['prueba de kruskal-wallis', 'regresión de cox'][i]} "
            f"lo movemos al viernes?")


@tpl("personal_chat", "pt", 2)
def t_email_pt(d, i):
    p = d.person("pt")
    a = d.addr("pt")
    return (f"Podes rever este email para os serviços da FCT? Quero que pareça profissional.\n\n"
            f"Exmos. Senhores,\nVenho por este meio atualizar os meus dados como bolseir{sx(p, 'o', 'a')} de "
            f"doutoramento:\nNome: {p.n}\nNIF: {d.nid('ptnif')}\nMorada: {a.line}\nTelemóvel: {d.phone('pt')}\n"
            f"Com os melhores cumprimentos,\n{p.n}")


@tpl("personal_chat", "ro", 2)
def t_msg_ro(d, i):
    p = d.person("ro")
    sup = d.person("ro")
    return (f"Poți să reformulezi mesajul ăsta pentru secretariatul școlii doctorale?\n\n"
            f"Bună ziua, sunt {p.n}, doctorand{sx(p, '', 'ă')} în anul II sub îndrumarea "
            f"{sx(sup, 'domnului', 'doamnei')} prof. {sup.f}. CNP {d.nid('cnp', p.sex)}. Adresa mea nouă este "
            f"{d.addr('ro').line}, telefon {d.phone('ro')}. Vă rog să actualizați dosarul de bursă.")


@tpl("personal_chat", "uk", 2)
def t_msg_uk(d, i):
    p = d.person("uk")
    return (f"Допоможи перекласти німецькою цей лист до відділу кадрів інституту:\n\n"
            f"Добрий день! Мене звати {p.n}, я науков{sx(p, 'ий', 'а')} співробітни{sx(p, 'к', 'ця')} "
            f"за програмою Philipp Schwartz. Моя адреса в Україні: {d.addr('ua').line}. "
            f"Телефон: {d.phone('ua')}. Прошу надіслати договір електронною поштою.")


@tpl("personal_chat", "hu", 2)
def t_msg_hu(d, i):
    p = d.person("hu")
    sup = d.person("hu")
    return (f"Kérlek, fogalmazd meg udvariasabban ezt az e-mailt a témavezetőmnek:\n\n"
            f"Kedves {sup.n}!\nA {['Western blotokat', 'Kaplan–Meier-görbéket'][i]} nem tudom péntekig befejezni, "
            f"mert beteg vagyok, hazautaztam a szüleimhez ({d.addr('hu').line}). Ha sürgős, hívjon a "
            f"{d.phone('hu')} számon.\nÜdvözlettel:\n{p.n}")


@tpl("personal_chat", "no", 2)
def t_msg_no(d, i):
    p = d.person("no")
    a = d.addr("no")
    return (f"Kan du gjøre denne meldingen til HR litt ryddigere?\n\n"
            f"Hei! Jeg er ny stipendiat ved {['UNIS', 'Havforskningsinstituttet'][i]} fra 1. februar. "
            f"Navn: {p.n}, fødselsnummer {d.nid('fnr', p.sex)}, adresse {a.line}, mobil {d.phone('no')}. "
            f"Trenger tilgang til lab og båtkurs.")


@tpl("personal_chat", "it", 2)
def t_chat_it(d, i):
    p = d.person("it")
    q = d.person("it")
    return (f"Mi aiuti a scrivere un messaggio alla commissione per spostare la discussione della tesi?\n\n"
            f"Sono {p.n}, dottorand{sx(p, 'o', 'a')} del XXXVIII ciclo. La mia relatrice, "
            f"prof.ssa {d.person('it', 'F').f}, è d'accordo. {sx(q, 'Il correlatore', 'La correlatrice')} {q.n} può essere presente solo il "
            f"{['12', '19'][i]} marzo. Mi potete contattare al {d.phone('it')}.")


@tpl("personal_chat", "is", 1)
def t_msg_is(d, i):
    p = d.person("is")
    return (f"Geturðu þýtt þetta á ensku fyrir rannsóknarstofuna?\n\n"
            f"Ég heiti {p.n} og bý á {d.addr('is').line}. Ég get tekið þátt í eldfjallarannsókninni í sumar. "
            f"Síminn minn er {d.phone('is')}.")


@tpl("personal_chat", "et", 1)
def t_msg_et(d, i):
    p = d.person("et", "F")
    return (f"Palun tõlgi see kiri inglise keelde:\n\n"
            f"Tere! Olen {p.n} (isikukood {d.nid('ee')}), Tartu Ülikooli doktorant. Minu aadress on "
            f"{d.addr('ee').line} ja telefon {d.phone('ee')}. Soovin osaleda välitöödel Saaremaal.")


@tpl("personal_chat", "fr", 2)
def t_msg_fr(d, i):
    p = d.person("fr")
    if i == 0:
        return (f"Tu peux corriger ce mail pour le service du personnel de l'ULB ?\n\n"
                f"Madame, Monsieur,\nje suis {p.n}, doctorant{sx(p, '', 'e')} FNRS au laboratoire de biologie du "
                f"développement. Mon numéro de registre national est le {d.nid('be', p.sex)} et j'habite désormais "
                f"{d.addr('be').line}. Mon GSM : {d.phone('be')}.\nCordialement,\n{p.g}")
    return (f"Tu peux corriger ce mail pour la scolarité de l'école doctorale ?\n\n"
            f"Bonjour,\nje suis {p.n}, doctorant{sx(p, '', 'e')} en 2e année (contrat doctoral, Inserm U1085). "
            f"Mon numéro de sécu est le {d.nid('nir', p.sex)} et ma nouvelle adresse : {d.addr('fr').line}. "
            f"Portable : {d.phone('fr')}.\nMerci d'avance,\n{p.g}")


@tpl("personal_chat", "en", 2)
def t_bursary_za(d, i):
    p = d.person("en")
    zid = d.nid("za", p.sex)
    return (f"Help me reply to the NRF bursary office, they say my details don't match:\n\n"
            f"> Dear applicant, please confirm your ID number and postal address.\n\n"
            f"My draft: Dear Sir/Madam, my name is {p.n}, ID number {zid}, MSc student in the "
            f"{['Centre for Invasion Biology', 'Percy FitzPatrick Institute'][i]}. My address is "
            f"{d.addr('za').line} and my cell is {d.phone('za')}.")


# ---------------------------------------------------------------------------------------------
# clean_methods: eponymous statistics, reactions, assays, equations, units and constants


@tpl("clean_methods", "en", 3)
def t_stats_question(d, i):
    return [
        ("I'm comparing 6 treatment arms against one control in a mouse tumour-growth study. Is Dunnett's test "
         "better than Bonferroni here, or should I use Holm–Šidák? Reviewer 2 also asked for Tukey's HSD but "
         "that's all pairwise comparisons, right?"),
        ("For a survival analysis with 2 groups and heavy censoring after month 18, is the log-rank (Mantel–Cox) "
         "test still fine or should I switch to Gehan–Breslow–Wilcoxon? The Kaplan–Meier curves cross at about "
         "month 9."),
        ("My residuals fail Shapiro–Wilk and Levene's test is significant. Should I go to Welch's ANOVA with "
         "Games–Howell post hoc, or just do Kruskal–Wallis with Dunn's test and a Benjamini–Hochberg correction?"),
    ][i]


@tpl("clean_methods", "en", 2)
def t_km_code(d, i):
    return [
        ("This R code gives me a Kaplan–Meier plot but the Cox model complains about the proportional hazards "
         "assumption. How do I check it with Schoenfeld residuals?\n\n```r\nlibrary(survival)\nlibrary(survminer)\n"
         "fit <- survfit(Surv(time, status) ~ arm, data = lung)\nggsurvplot(fit, risk.table = TRUE, pval = TRUE)\n"
         "cox <- coxph(Surv(time, status) ~ arm + age + ph.ecog, data = lung)\nsummary(cox)\n```"),
        ("Why does this Nelson–Aalen estimate differ from 1 − Kaplan–Meier at the tail?\n\n```python\n"
         "from lifelines import KaplanMeierFitter, NelsonAalenFitter\nkmf = KaplanMeierFitter().fit(df.T, df.E)\n"
         "naf = NelsonAalenFitter().fit(df.T, df.E)\nprint(kmf.survival_function_.tail(), naf.cumulative_hazard_.tail())\n```"),
    ][i]


@tpl("clean_methods", "en", 2)
def t_reactions_table(d, i):
    return [
        ("Fill in the missing column (typical catalyst) for my organic chem revision table:\n\n"
         "| Reaction | Bond formed | Catalyst |\n|---|---|---|\n| Suzuki–Miyaura | C–C (aryl–aryl) | |\n"
         "| Heck | C–C (aryl–alkene) | |\n| Sonogashira | C–C (aryl–alkyne) | |\n| Buchwald–Hartwig | C–N | |\n"
         "| Grignard | C–C | none (Mg reagent) |"),
        ("Make this list of name reactions into a table with conditions and one-line mechanisms: Diels–Alder, "
         "Wittig, Friedel–Crafts acylation, Claisen condensation, Michael addition, Mitsunobu, Swern oxidation, "
         "Baeyer–Villiger, Cannizzaro."),
    ][i]


@tpl("clean_methods", "en", 2)
def t_blot_protocol(d, i):
    return [
        ("My Western blots have a high background and smeary bands above 100 kDa. Using Laemmli buffer, 4–20% "
         "Mini-PROTEAN TGX gels, PVDF, 5% milk in TBST, ECL on a ChemiDoc. Block with BSA instead? Any tips?"),
        ("Gram stain came out all pink, even the Staphylococcus aureus control. I did crystal violet 1 min, "
         "Lugol's iodine 1 min, decolourised with acetone-alcohol, safranin 30 s. Over-decolourised? "
         "Also when do I need Ziehl–Neelsen instead?"),
    ][i]


@tpl("clean_methods", "en", 2, "upper")
def t_units_caps(d, i):
    return [
        ("Proofread the constants poster for the teaching lab:\n\nAVOGADRO CONSTANT  6.022 140 76 × 10^23 MOL^-1\n"
         "BOLTZMANN CONSTANT  1.380 649 × 10^-23 J/K\nPLANCK CONSTANT  6.626 070 15 × 10^-34 J S\n"
         "FARADAY CONSTANT  96 485.332 C/MOL\nABSOLUTE ZERO  0 KELVIN = -273.15 °C"),
        ("Check these unit labels for the centrifuge room:\n\nRCF (× G) ≠ RPM – USE THE EPPENDORF CHART\n"
         "1 SVEDBERG = 10^-13 S\n1 DALTON = 1.660 54 × 10^-27 KG\nHOUNSFIELD UNITS: WATER = 0, AIR = -1000"),
    ][i]


@tpl("clean_methods", "en", 2)
def t_enzyme_kinetics(d, i):
    return [
        ("I fitted Michaelis–Menten to my initial rates and got Km = 42 µM, Vmax = 1.8 µmol/min/mg. My supervisor "
         "wants a Lineweaver–Burk plot as well. Isn't Eadie–Hofstee or just nonlinear regression in Prism better? "
         "And how would I show competitive inhibition?"),
        ("Explain the difference between the Hill equation and Michaelis–Menten for cooperative binding, and when "
         "the Henderson–Hasselbalch equation comes into buffer choice for the assay (Tris vs HEPES at 37 °C)."),
    ][i]


@tpl("clean_methods", "de", 2)
def t_methods_de(d, i):
    return [
        ("Ich habe zwei unabhängige Gruppen mit n = 9 und schiefer Verteilung. Mann-Whitney-U-Test oder doch "
         "t-Test nach Welch? Und reicht eine Bonferroni-Korrektur bei vier Endpunkten?"),
        ("Kannst du mir die Nernst-Gleichung und die Goldman-Hodgkin-Katz-Gleichung für die Vorlesung "
         "Neurophysiologie kurz erklären, mit einem Rechenbeispiel für Kalium bei 37 °C?"),
    ][i]


@tpl("clean_methods", "fr", 2)
def t_methods_fr(d, i):
    return [
        ("Pour mon mémoire, je compare la survie de deux groupes : courbes de Kaplan-Meier, test du log-rank, "
         "puis modèle de Cox. Faut-il vérifier les résidus de Schoenfeld avant d'interpréter les hazard ratios ?"),
        ("Quelle est la différence entre le test de Student apparié et le test des rangs signés de Wilcoxon ? "
         "Mes données sont des mesures avant/après sur 14 souris."),
    ][i]


@tpl("clean_methods", "ja", 2)
def t_methods_ja(d, i):
    return [
        ("ウェスタンブロットでバンドが薄いです。ブラッドフォード法でタンパク定量、SDS-PAGEは10%ゲル、"
         "PVDF膜に転写しています。ブロッキングをスキムミルクからBSAに変えた方がいいですか？"),
        "グラム染色とチール・ネールゼン染色の違いを、学生向けに表にまとめてください。",
    ][i]


@tpl("clean_methods", "ru", 2, "lower")
def t_methods_ru(d, i):
    return [
        ("объясни простыми словами, когда использовать критерий стьюдента, а когда критерий манна — уитни. "
         "и что такое поправка бонферрони"),
        ("как посчитать коэффициент корреляции пирсона и спирмена в excel? у меня 30 пар значений, "
         "распределение не нормальное по шапиро — уилку"),
    ][i]


@tpl("clean_methods", "en", 3, "lower")
def t_methods_lower(d, i):
    return [
        ("quick q: is welch's t-test ok when n=5 per group or should i just report the mann-whitney? "
         "prism gives me both"),
        ("whats the difference between bland-altman and just doing a pearson correlation for method comparison? "
         "comparing two glucose meters"),
        ("does anyone still use the bradford assay or is bca better now? getting weird readings with the "
         "detergent in my lysis buffer"),
    ][i]


@tpl("clean_methods", "en", 2)
def t_methods_fisher(d, i):
    return [
        ("Fisher's exact test or Pearson's chi-squared for a 2×2 table where two expected counts are below 5? "
         "And is Barnard's test worth mentioning in the methods section?"),
        ("I'm using the Beer–Lambert law to quantify DNA on the NanoDrop. Why is my 260/230 ratio so low when "
         "the 260/280 is 1.9? Guanidine carry-over from the Qiagen columns?"),
    ][i]


@tpl("clean_methods", "en", 2)
def t_python_stats(d, i):
    return [
        ("Is this the right way to correct for multiple comparisons after Kruskal–Wallis?\n\n```python\n"
         "from scipy.stats import kruskal, mannwhitneyu\nfrom statsmodels.stats.multitest import multipletests\n"
         "h, p = kruskal(a, b, c)\npairs = [mannwhitneyu(a, b).pvalue, mannwhitneyu(a, c).pvalue, mannwhitneyu(b, c).pvalue]\n"
         "print(multipletests(pairs, method='holm'))\n```"),
        ("Why does my Fisher exact test in scipy give a different p than R's fisher.test on the same 2×2 table?\n\n"
         "```python\nfrom scipy.stats import fisher_exact, chi2_contingency\nprint(fisher_exact([[3, 9], [11, 2]]))\n"
         "print(chi2_contingency([[3, 9], [11, 2]], correction=True))  # Yates\n```"),
    ][i]


@tpl("clean_methods", "en", 2)
def t_stats_table(d, i):
    return [
        ("Fix the 'when to use' column, I think two rows are swapped:\n\n| Test | When to use |\n|---|---|\n"
         "| Student's t | 2 groups, normal, equal variance |\n| Welch's t | paired data |\n"
         "| Wilcoxon signed-rank | 2 groups, unequal variance |\n| Friedman | repeated measures, non-parametric |\n"
         "| Cochran's Q | repeated binary outcomes |"),
        ("Add a column with the R function for each of these: Pearson, Spearman, Kendall's tau, Cohen's kappa, "
         "Fleiss' kappa, Cronbach's alpha, McNemar, Fisher, Kolmogorov–Smirnov."),
    ][i]


@tpl("clean_methods", "zh", 1)
def t_methods_zh(d, i):
    return "请解释一下米氏方程（Michaelis–Menten）和双倒数作图法（Lineweaver–Burk）的区别，并说明为什么现在多用非线性回归拟合Km和Vmax。"


# ---------------------------------------------------------------------------------------------
# clean_medicine: eponymous diseases and scales, cell lines, model organisms, public trials


@tpl("clean_medicine", "en", 3)
def t_scales_table(d, i):
    return [
        ("Turn this into a quick-reference card for our trial nurses:\n\n| Scale | Range | Used for |\n|---|---|---|\n"
         "| Glasgow Coma Scale | 3–15 | consciousness |\n| Apgar | 0–10 | newborns at 1 and 5 min |\n"
         "| ECOG | 0–5 | performance status |\n| Karnofsky | 0–100 | performance status |\n"
         "| modified Rankin | 0–6 | disability after stroke |"),
        ("Which of these would you use as the primary outcome in a Parkinson's trial and why: MDS-UPDRS part III, "
         "Hoehn and Yahr, Schwab and England ADL, PDQ-39, MoCA?"),
        ("Convert Karnofsky scores to ECOG for our eligibility criteria table, and add the Charlson Comorbidity "
         "Index and the Barthel Index rows with their ranges."),
    ][i]


@tpl("clean_medicine", "en", 2)
def t_eponym_diseases(d, i):
    return [
        ("For a lay summary: what's the difference between Hodgkin and non-Hodgkin lymphoma, and why are "
         "Reed–Sternberg cells named that way? Keep it under 150 words."),
        ("Group these by organ system for my flashcards: Crohn's disease, Addison's disease, Cushing's syndrome, "
         "Graves' disease, Hashimoto's thyroiditis, Guillain–Barré syndrome, Kawasaki disease, Wilson's disease, "
         "Huntington's disease, Tourette syndrome."),
    ][i]


@tpl("clean_medicine", "en", 2)
def t_hela_history(d, i):
    return [
        ("Write a 200-word ethics case for first-year PhD students on Henrietta Lacks and the HeLa cell line: "
         "Johns Hopkins in 1951, George Gey, consent, and the 2013 NIH agreement with the Lacks family."),
        ("Summarise the Tuskegee syphilis study and how it led to the Belmont Report (respect for persons, "
         "beneficence, justice) for a research integrity workshop. Mention the Declaration of Helsinki too."),
    ][i]


@tpl("clean_medicine", "en", 2)
def t_cell_lines_csv(d, i):
    return [
        ("Add the tissue of origin and species to this cell line inventory CSV:\n\n"
         "cell_line,supplier,passage,mycoplasma\nHeLa,ATCC CCL-2,18,neg\nHEK293T,ATCC CRL-3216,22,neg\n"
         "Jurkat E6.1,ECACC,9,neg\nMCF-7,ATCC HTB-22,31,pending\nCHO-K1,Sigma-Aldrich,12,neg\nVero E6,ATCC,15,neg"),
        ("Which of these are commonly misidentified according to ICLAC? KB, Hep-2, INT 407, Chang liver, "
         "HeLa S3, A549, U2OS, SH-SY5Y, THP-1."),
    ][i]


@tpl("clean_medicine", "en", 2)
def t_model_organisms(d, i):
    return [
        ("For an outreach talk, give one famous discovery for each model organism: Drosophila melanogaster "
         "(Morgan's fly room), Caenorhabditis elegans (Brenner, Sulston), zebrafish, Xenopus laevis "
         "(Gurdon's cloning), Arabidopsis thaliana, Saccharomyces cerevisiae, Mus musculus."),
        ("Is Dictyostelium or Tetrahymena a better model for teaching cell motility? We have a Leica "
         "DM IL LED and a Nikon Ti2 for time-lapse."),
    ][i]


@tpl("clean_medicine", "en", 3, "lower")
def t_disease_lower(d, i):
    return [
        "is parkinson's named after james parkinson the surgeon? and who named it, charcot?",
        "why is it called alzheimer's and not kraepelin's, didnt kraepelin name it after alois alzheimer?",
        ("whats the glasgow coma scale score for someone who opens eyes to pain, makes incomprehensible sounds "
         "and withdraws from pain"),
    ][i]


@tpl("clean_medicine", "de", 2)
def t_medicine_de(d, i):
    return [
        ("Erkläre bitte für die Patienteninformation den Unterschied zwischen Morbus Parkinson und dem "
         "Restless-Legs-Syndrom (Willis-Ekbom-Krankheit), ohne Fachjargon."),
        ("Welche Skalen eignen sich für eine Alzheimer-Studie: MMST, MoCA, CDR oder ADAS-Cog? Und ist die "
         "Uhrentest-Variante nach Shulman noch üblich?"),
    ][i]


@tpl("clean_medicine", "en", 2)
def t_depression_scales(d, i):
    return [
        ("Hamilton Depression Rating Scale (HAM-D) or Beck Depression Inventory as the primary endpoint for an "
         "SSRI trial? The sponsor also mentions the Montgomery–Åsberg scale."),
        ("Explain Crohn's disease versus ulcerative colitis for a study leaflet, and say what the Harvey–Bradshaw "
         "Index measures."),
    ][i]


@tpl("clean_medicine", "pt", 2, "lower")
def t_medicine_pt(d, i):
    return [
        "o que é a doença de chagas e por que tem esse nome? é pra uma aula sobre carlos chagas e a fiocruz",
        "qual a diferença entre a escala de braden e a de morse? estamos montando o protocolo de enfermagem do estudo",
    ][i]


@tpl("clean_medicine", "ko", 2)
def t_medicine_ko(d, i):
    return [
        "파킨슨병과 헌팅턴병의 차이를 연구 참여자 안내문 수준으로 쉽게 설명해 주세요.",
        "HeLa 세포주와 HEK293 세포주의 차이와 각각의 유래를 표로 정리해 주세요.",
    ][i]


@tpl("clean_medicine", "ar", 2)
def t_medicine_ar(d, i):
    return [
        "اشرح لي الفرق بين مرض باركنسون ومرض ألزهايمر بلغة بسيطة لنشرة المشاركين في الدراسة.",
        "ما هو مقياس غلاسكو للغيبوبة وكيف يُحسب؟ أحتاج شرحاً قصيراً لطلاب التمريض.",
    ][i]


@tpl("clean_medicine", "en", 2)
def t_trial_names(d, i):
    return [
        ("Make a timeline of these public cohorts and trials for my intro chapter: Framingham Heart Study (1948), "
         "the British Doctors Study (Doll and Hill), Whitehall II, the Nurses' Health Study, UK Biobank, RECOVERY."),
        ("Compare the designs of the RECOVERY and SOLIDARITY trials in a short table (sponsor, randomisation, "
         "primary outcome)."),
    ][i]


@tpl("clean_medicine", "en", 2, "lower")
def t_behcet_lower(d, i):
    return [
        "who was hulusi behçet and why is behçet's disease so common along the old silk road?",
        "apache ii vs sofa vs glasgow coma scale for an icu cohort, which one do reviewers expect in the table 1",
    ][i]


@tpl("clean_medicine", "en", 2, "upper")
def t_scale_caps(d, i):
    return [
        ("Fix the layout of this header for our CRF page\n\nNIH STROKE SCALE (NIHSS) – ITEM 1A LEVEL OF "
         "CONSCIOUSNESS\nSCORE 0–3 · SEE ALSO MODIFIED RANKIN SCALE AT DAY 90"),
        ("Is this abbreviation list right?\n\nGCS = GLASGOW COMA SCALE\nMMSE = MINI-MENTAL STATE EXAMINATION "
         "(FOLSTEIN)\nHADS = HOSPITAL ANXIETY AND DEPRESSION SCALE\nEDSS = KURTZKE EXPANDED DISABILITY STATUS SCALE"),
    ][i]


@tpl("clean_medicine", "nl", 1)
def t_medicine_nl(d, i):
    return ("Leg het verschil uit tussen de ziekte van Hodgkin en non-hodgkinlymfoom voor de "
            "deelnemersinformatie, op B1-niveau.")


# ---------------------------------------------------------------------------------------------
# clean_tools: instruments, reagents and software named like people or words


@tpl("clean_tools", "en", 3)
def t_software_compare(d, i):
    return [
        ("For a new lab: GraphPad Prism licences or teach everyone R with ggplot2 in RStudio? We also have Jupyter "
         "on the HPC and a couple of people who like Julia. Mostly dose–response curves and two-way ANOVA."),
        ("Fiji vs CellProfiler vs Imaris for counting nuclei in 3D organoid stacks from the Zeiss LSM 980? "
         "StarDist and Cellpose plugins both exist for Fiji now, right?"),
        ("Which reference manager plays best with Overleaf: Zotero with Better BibTeX, Mendeley, EndNote or "
         "Paperpile? Half the group writes in Word, half in LaTeX."),
    ][i]


@tpl("clean_tools", "en", 2)
def t_booking_table_clean(d, i):
    return [
        ("Find the gaps in next week's instrument schedule so I can suggest maintenance slots:\n\n"
         "instrument,day,start,end,status\nZeiss LSM 980,Mon,09:00,13:00,booked\nZeiss LSM 980,Mon,14:00,18:00,booked\n"
         "Leica Stellaris 8,Mon,09:00,12:00,service (Leica engineer)\nNikon Ti2 spinning disk,Tue,10:00,16:00,booked\n"
         "Olympus FV3000,Tue,09:00,17:00,free"),
        ("Turn this into a Markdown table sorted by hours booked: BD LSRFortessa 31 h, Cytek Aurora 44 h, "
         "BD FACSAria Fusion 12 h, Sony SH800 9 h, Amnis ImageStream 6 h."),
    ][i]


@tpl("clean_tools", "en", 2)
def t_reagent_order_csv(d, i):
    return [
        ("Group this order by supplier and flag anything that needs a cold-chain delivery:\n\n"
         "item,supplier,cat_no,qty\nTRIzol,Thermo Fisher,15596026,1\nFBS,Gibco,10270106,4\n"
         "Eppendorf tubes 1.5 ml,Eppendorf,0030120086,10\nPIPETMAN P20,Gilson,F123600,1\n"
         "Matrigel,Corning,356231,2\nDMSO,Sigma-Aldrich,D2650,1"),
        ("Which of these are hazardous and need the safety data sheet on file: phenol–chloroform (Merck), "
         "acrylamide (Bio-Rad), SYBR Safe (Invitrogen), Tween 20 (Sigma), β-mercaptoethanol, Ponceau S?"),
    ][i]


@tpl("clean_tools", "en", 2)
def t_fiji_macro(d, i):
    return [
        ("This ImageJ/Fiji macro skips every second image. Why?\n\n```\ndir = getDirectory(\"Choose a folder\");\n"
         "list = getFileList(dir);\nfor (i = 0; i < list.length; i++) {\n  open(dir + list[i]);\n"
         "  run(\"Gaussian Blur...\", \"sigma=2\");\n  setAutoThreshold(\"Otsu dark\");\n"
         "  run(\"Analyze Particles...\", \"size=50-Infinity summarize\");\n  close(); i++;\n}\n```"),
        ("How do I open Nikon .nd2 and Zeiss .czi files in napari? Bio-Formats works in Fiji but the napari "
         "plugin (napari-aicsimageio) crashes on the Airyscan files."),
    ][i]


@tpl("clean_tools", "en", 2)
def t_nextflow_log(d, i):
    return [
        ("Why does this nf-core/rnaseq run fail at STAR? We're on Illumina NovaSeq 6000 reads.\n\n"
         "```\nN E X T F L O W  ~  version 24.04.2\nexecutor >  slurm (14)\n"
         "[3f/9a1c2e] NFCORE_RNASEQ:RNASEQ:FASTQC (WT_REP1)      [100%] 6 of 6 ✔\n"
         "[a7/02bd4f] NFCORE_RNASEQ:RNASEQ:ALIGN_STAR:STAR_ALIGN (WT_REP1) [  0%] 0 of 6, failed: 1\n"
         "ERROR ~ Process `STAR_ALIGN` terminated with an error exit status (137)\n```"),
        ("Snakemake keeps re-running the Salmon quant rule even though outputs exist. The DAG shows "
         "'reason: updated input files' for the Gencode GTF. How do I stop that?"),
    ][i]


@tpl("clean_tools", "en", 3, "lower")
def t_tools_lower(d, i):
    return [
        ("how do i get zotero to export in vancouver style for the lancet? the citation style language "
         "repo has like five versions"),
        "galaxy or bioconductor for a beginner doing deseq2? my pi says galaxy is fine for a first pass",
        "is seurat or scanpy faster for 200k cells? i have 64 gb ram and hate waiting",
    ][i]


@tpl("clean_tools", "en", 2)
def t_microscope_tender(d, i):
    return [
        ("We're choosing between a Zeiss Axio Observer and a Leica DMi8 for the tissue-culture room. What should "
         "go in the tender? Software too: ZEN versus LAS X."),
        ("Is an Eppendorf 5424 R enough for plasmid minipreps or do we need a Sorvall floor centrifuge? "
         "21,130 × g should be plenty, no?"),
    ][i]


@tpl("clean_tools", "en", 2)
def t_sequencing_q(d, i):
    return [
        ("Sanger or whole-plasmid Nanopore (Plasmidsaurus) to verify a 9 kb construct? Our Illumina MiSeq is "
         "booked for weeks."),
        ("Benchling, LabArchives or eLabFTW for a 12-person lab? We need witnessing, a freezer map and an API "
         "to pull data into Jupyter."),
    ][i]


@tpl("clean_tools", "sv", 2, "lower")
def t_tools_sv(d, i):
    return [
        ("vad är skillnaden mellan qiagen rneasy och trizol för rna-extraktion från vävnad? vi har en "
         "tissuelyser ii"),
        "kan man köra alphafold på uppmax eller är colabfold enklare? vill bara testa några proteinkomplex",
    ][i]


@tpl("clean_tools", "en", 2, "lower")
def t_stats_software_lower(d, i):
    return [
        ("is jasp or jamovi good enough to replace spss for undergrad biostats? they only do t tests, anova "
         "and chi-square"),
        ("redcap vs kobotoolbox vs odk collect for offline data collection in the field, which one do ethics "
         "committees like"),
    ][i]


@tpl("clean_tools", "en", 2)
def t_lims_config(d, i):
    return [
        ("Review this Benchling-to-LIMS sync config, the freezer field never maps:\n\n```yaml\nsource: benchling\n"
         "schema: Plasmid\nfields:\n  name: entity.name\n  backbone: entity.fields.Backbone\n"
         "  freezer: entity.fields['Storage Location']\n  created_by: entity.creator.handle\ntarget: labvantage\n```"),
        ("Is this the right BaseSpace CLI call to download FASTQs for one run?\n\n"
         "```\nbs download run --id 234567890 --extension=fastq.gz -o ./run_0412\nbs list projects --filter-term=Illumina_DNA_Prep\n```"),
    ][i]


@tpl("clean_tools", "en", 2)
def t_instrument_bot(d, i):
    return [
        ("Our Slack bot posts these. Write a regex that pulls out the instrument and the alarm:\n\n"
         "[Krios-G4] autoloader: cassette 4 position 7 – jam detected\n[Orbitrap Exploris 480] spray current low "
         "(0.2 µA)\n[QuantStudio 7] run 2025-11-06_qPCR_plate3 completed\n[Hamilton STAR] tip pickup error channel 6"),
        ("Summarise these freezer alerts for the weekly report:\n\nThermo TSX -80 #2: door open 4 min 10:12\n"
         "Eppendorf CryoCube F570 #1: temp -71 °C 02:40 (setpoint -80)\nPanasonic MDF-DU702 #5: power restored 06:15"),
    ][i]


@tpl("clean_tools", "el", 2)
def t_tools_el(d, i):
    return [
        ("Ποια είναι η διαφορά ανάμεσα σε PCR πραγματικού χρόνου με SYBR Green και με ανιχνευτές TaqMan; "
         "Χρειάζομαι μια απλή εξήγηση για φοιτητές."),
        "Μπορείς να συγκρίνεις τα προγράμματα GraphPad Prism και R για ανάλυση καμπυλών δόσης-απόκρισης;",
    ][i]


@tpl("clean_tools", "en", 2)
def t_colony_count(d, i):
    return [
        ("For counting bacterial colonies: Fiji with a plugin, OpenCFU or the Scan 1200 from Interscience? "
         "Photos are from a Canon EOS on a light box."),
        "How do I convert RPM to RCF (× g) for the Eppendorf FA-45-24-11 rotor? The radius is 8.4 cm.",
    ][i]


@tpl("clean_tools", "zh", 1)
def t_tools_zh(d, i):
    return "Galaxy平台和Jupyter Notebook哪个更适合生物信息学初学者做RNA-seq分析？我们有Illumina测序数据。"


# ---------------------------------------------------------------------------------------------
# clean_institutions: institutes named after people, journals, funders, laureates, history


@tpl("clean_institutions", "en", 3)
def t_laureates_table(d, i):
    return [
        ("Check the years in this table for our corridor display:\n\n| Laureate | Prize | Year | For |\n|---|---|---|---|\n"
         "| Katalin Karikó and Drew Weissman | Medicine | 2023 | mRNA vaccines |\n"
         "| Svante Pääbo | Medicine | 2022 | ancient genomes |\n"
         "| Emmanuelle Charpentier and Jennifer Doudna | Chemistry | 2020 | CRISPR–Cas9 |\n"
         "| Tu Youyou | Medicine | 2015 | artemisinin |\n| Shinya Yamanaka | Medicine | 2012 | iPS cells |"),
        ("Add one sentence each on what these women discovered: Barbara McClintock, Rita Levi-Montalcini, "
         "Dorothy Crowfoot Hodgkin, Gertrude Elion, Ada Yonath, Christiane Nüsslein-Volhard, May-Britt Moser."),
        ("Who should be on a 'firsts' poster: Frederick Banting and Charles Best (insulin), Alexander Fleming "
         "(penicillin), Jonas Salk and Albert Sabin (polio), Paul Ehrlich (Salvarsan), Robert Koch (tuberculosis)? "
         "Suggest two more from outside Europe and North America."),
    ][i]


@tpl("clean_institutions", "en", 2)
def t_institutes_q(d, i):
    return [
        ("I have postdoc offers from the Francis Crick Institute, the Broad Institute and the Max Planck Institute "
         "of Molecular Cell Biology and Genetics in Dresden. How do these places differ in funding model and "
         "core facilities? Also how does EMBL compare?"),
        ("Who were the Salk, Scripps, Wellcome, Howard Hughes and Sanger that these institutes are named after? "
         "One line each for a quiz at the Christmas party."),
    ][i]


@tpl("clean_institutions", "en", 2)
def t_journals_csv(d, i):
    return [
        ("Sort these target journals by APC and mark the diamond open access ones:\n\n"
         "journal,publisher,apc_usd\nNature Communications,Springer Nature,6790\neLife,eLife Sciences,3000\n"
         "PLOS Biology,PLOS,5300\nCell Reports,Cell Press (Elsevier),5790\nEMBO Journal,EMBO Press,6300\n"
         "Open Research Europe,European Commission,0"),
        ("What's the difference between The Lancet, NEJM, JAMA and The BMJ in terms of preprint policy? "
         "We posted on medRxiv in March."),
    ][i]


@tpl("clean_institutions", "en", 2)
def t_history_q(d, i):
    return [
        ("For a seminar on credit in science: what exactly was Photo 51, how did Rosalind Franklin and Raymond "
         "Gosling take it, and how did it reach Watson and Crick via Maurice Wilkins?"),
        ("Summarise the Hwang Woo-suk cloning scandal and the Schön affair at Bell Labs as cautionary tales "
         "for a research integrity course, 150 words each."),
    ][i]


@tpl("clean_institutions", "en", 3, "lower")
def t_funders_lower(d, i):
    return [
        ("is the wellcome early-career award still open to people 3 years post phd or is that the "
         "sir henry dale thing that got replaced"),
        ("marie skłodowska-curie postdoctoral fellowship vs humboldt fellowship, which is easier to get "
         "if i want to go to heidelberg"),
        ("does the gates foundation fund basic science or only global health stuff? and what about the "
         "novo nordisk foundation and the leverhulme trust"),
    ][i]


@tpl("clean_institutions", "en", 2)
def t_german_institutes(d, i):
    return [
        ("What's the difference between Max Planck, Helmholtz, Leibniz and Fraunhofer institutes? I'm applying "
         "for PhD positions in Germany and the system confuses me."),
        ("Write a short paragraph on the Robert Koch Institute and the Paul Ehrlich Institute for an intro "
         "lecture on infection biology."),
    ][i]


@tpl("clean_institutions", "fr", 2)
def t_inst_fr(d, i):
    return [
        ("Rédige un paragraphe sur l'histoire de l'Institut Pasteur et de l'Institut Curie pour une exposition "
         "sur Louis Pasteur et Marie Curie."),
        ("Quelle est la différence entre l'Inserm, le CNRS et l'Institut Jacques Monod pour une candidature "
         "de post-doc ? Et l'ERC dans tout ça ?"),
    ][i]


@tpl("clean_institutions", "es", 2)
def t_inst_es(d, i):
    return [
        ("Escribe una breve biografía de Santiago Ramón y Cajal y de Severo Ochoa para el día de la ciencia "
         "en el instituto."),
        ("¿Qué diferencia hay entre el CNIO, el CSIC y el Instituto de Salud Carlos III a la hora de pedir "
         "un contrato Juan de la Cierva?"),
    ][i]


@tpl("clean_institutions", "en", 2)
def t_lecture_transcript(d, i):
    return [
        ("Tidy this auto-transcript of my genetics lecture for the captions file:\n\n"
         "LECTURER: so Mendel's peas give us the three to one ratio in the F2\n"
         "STUDENT 1: is that where Punnett squares come from?\n"
         "LECTURER: yes, Reginald Punnett, Cambridge, around 1905, working with Bateson\n"
         "STUDENT 2: and Morgan's flies were later?\n"
         "LECTURER: 1910, the white-eyed mutant, Columbia's fly room"),
        ("Fix the speaker labels in this seminar transcript, the software mixed them up:\n\n"
         "CHAIR: our topic today is conditioning, from Pavlov's dogs to Skinner's box\n"
         "SPEAKER: thanks, and I'll also cover Thorndike's law of effect\n"
         "CHAIR: and Watson's Little Albert study, which fails every modern ethics committee\n"
         "SPEAKER: right, Watson and Rayner, 1920, Johns Hopkins"),
    ][i]


@tpl("clean_institutions", "ja", 2)
def t_inst_ja(d, i):
    return [
        "理化学研究所と北里研究所の歴史を、北里柴三郎と野口英世にも触れながら簡単に説明してください。",
        "山中伸弥先生のiPS細胞の研究と、本庶佑先生のPD-1の発見をそれぞれ200字でまとめてください。",
    ][i]


@tpl("clean_institutions", "hi", 2)
def t_inst_hi(d, i):
    return [
        "सी. वी. रमन और रमन प्रभाव के बारे में विज्ञान दिवस के लिए एक छोटा भाषण लिखिए।",
        ("भारतीय विज्ञान संस्थान (IISc) और टाटा मूलभूत अनुसंधान संस्थान (TIFR) में क्या अंतर है? "
         "होमी भाभा का योगदान भी बताइए।"),
    ][i]


@tpl("clean_institutions", "he", 2)
def t_inst_he(d, i):
    return [
        "כתוב פסקה קצרה על מכון ויצמן למדע ועל חיים ויצמן, לקראת יום פתוח לתלמידים.",
        "מה גילתה עדה יונת ולמה קיבלה את פרס נובל בכימיה? תסביר בפשטות.",
    ][i]


@tpl("clean_institutions", "uk", 2)
def t_inst_uk(d, i):
    return [
        "Напиши коротко про Інститут електрозварювання імені Є. О. Патона та внесок Бориса Патона в науку.",
        "Розкажи про Іллю Мечникова і його Нобелівську премію 1908 року для шкільної презентації.",
    ][i]


@tpl("clean_institutions", "en", 2, "upper")
def t_seminar_caps(d, i):
    return [
        ("Is this poster text ok?\n\nWELLCOME SANGER INSTITUTE SEMINAR SERIES\nTHE DARWIN TREE OF LIFE PROJECT: "
         "SEQUENCING 70,000 SPECIES\nTHURSDAY 4 PM · MORGAN BUILDING · ALL WELCOME"),
        ("Fix the spacing\n\nKAVLI INSTITUTE  LECTURE\nFROM  HUBBLE TO  JAMES WEBB:  DEEP FIELDS\n"
         "HOSTED BY THE  NEWTON SOCIETY"),
    ][i]


@tpl("clean_institutions", "th", 1)
def t_inst_th(d, i):
    return "ช่วยเขียนประวัติสั้น ๆ ของมหาวิทยาลัยมหิดลและโรงพยาบาลศิริราช สำหรับนิทรรศการวันวิทยาศาสตร์"


# ---------------------------------------------------------------------------------------------
# clean_templates: blank forms, placeholders, sample records and the sample people of each language


@tpl("clean_templates", "en", 3)
def t_consent_blank(d, i):
    return [
        ("Tidy the layout of our blank consent form footer:\n\nName of participant: ______________________\n"
         "Signature: __________  Date: ___/___/______\nName of person taking consent: [RESEARCHER NAME]\n"
         "Witness (if participant cannot read): ____________\nREC reference: {{rec_ref}}  IRAS ID: {{iras_id}}"),
        ("Rewrite this participant information sheet opening at a reading age of 11:\n\n"
         "Dear [PARTICIPANT NAME],\nYou are being invited to take part in a research study sponsored by "
         "[SPONSOR]. Before you decide, it is important for you to understand why the research is being done "
         "and what it will involve. Contact: [STUDY NURSE], [STUDY PHONE]."),
        ("Check the logic of this assent form for 12–15 year olds: 'I, <<child_first_name>>, agree that "
         "<<researcher>> can use my saliva sample for the study. My parent <<parent_name>> has also said yes.'"),
    ][i]


@tpl("clean_templates", "en", 2)
def t_ecrf_sample_json(d, i):
    obj = [
        {"subject_id": "SUBJ-001", "site": "{{site_number}}", "initials": "XXX", "yob": "YYYY",
         "visit": "Screening", "ecog": None, "consent_date": "DD-MMM-YYYY"},
        {"record_id": "1", "redcap_event_name": "baseline_arm_1", "first_name": "Jane", "last_name": "Doe",
         "email": "jane.doe@example.com", "phone": "555-0100", "note": "test record, delete before go-live"},
    ][i]
    return (["Validate this sample eCRF record against our spec (initials and year of birth only, no names):\n\n",
             "Is it ok to leave this REDCap test record in production? It's the one from the training video.\n\n"][i]
            + jd(obj))


@tpl("clean_templates", "en", 2)
def t_manifest_template(d, i):
    return [
        ("Fill in the header row explanations for this sample manifest template:\n\n"
         "sample_id;subject_id;visit;matrix;volume_ul;collection_datetime;freeze_thaw\n"
         "<SITE>-<SUBJ>-<VISIT>-<ALIQ>;SUBJ-###;V1;EDTA plasma;500;YYYY-MM-DDThh:mm;0"),
        ("Our biobank wants pseudonymised manifests. Is this format enough?\n\n"
         "donor_code,age_band,sex,diagnosis,icd10\nDN-0001,40-49,F,Crohn's disease,K50.9\n"
         "DN-0002,60-69,M,Parkinson's disease,G20\nDN-0003,30-39,F,Hodgkin lymphoma,C81.9"),
    ][i]


@tpl("clean_templates", "en", 2)
def t_redcap_dictionary(d, i):
    return [
        ("Why does REDCap reject this data dictionary row?\n\n"
         "Variable / Field Name,Form Name,Field Type,Field Label,Choices\n"
         "gcs_total,neuro_exam,calc,Glasgow Coma Scale total,\"[gcs_eye] + [gcs_verbal] + [gcs_motor]\"\n"
         "phq9_1,phq9,radio,Little interest or pleasure,\"0, Not at all | 1, Several days | 2, More than half\""),
        ("Write REDCap branching logic so the Beck Depression Inventory form only shows when "
         "[phq9_total] >= 10 and the participant is older than 18 ([age] > 18)."),
    ][i]


@tpl("clean_templates", "en", 2)
def t_email_template(d, i):
    return [
        ("Improve this reviewer invitation template for our journal:\n\nDear {{reviewer.title}} "
         "{{reviewer.last_name}},\nI would be grateful if you could review the manuscript \"{{manuscript.title}}\" "
         "submitted to {{journal.name}}. Please respond by {{deadline}}.\nKind regards,\n{{editor.full_name}}"),
        ("Make this recruitment e-mail template friendlier: 'Dear ${first_name}, you previously agreed to be "
         "contacted about research. The ${study_acronym} study is looking for people aged ${min_age}–${max_age}.'"),
    ][i]


@tpl("clean_templates", "de", 2)
def t_sample_people_de(d, i):
    return [
        ("Ist dieses Muster für den Probandenfragebogen verständlich?\n\nName: Max Mustermann\n"
         "Anschrift: Musterstraße 1, 12345 Musterstadt\nGeburtsdatum: TT.MM.JJJJ\nProbanden-ID: P-0000"),
        ("Schreib eine Beispiel-Einwilligungserklärung mit Erika Mustermann als Platzhalter und "
         "[Name der Studienärztin] als Unterschriftsfeld."),
    ][i]


@tpl("clean_templates", "fr", 2)
def t_sample_people_fr(d, i):
    return [
        ("Corrige ce modèle de formulaire de non-opposition : « Je soussigné(e) Jean Dupont, né(e) le "
         "JJ/MM/AAAA, déclare ne pas m'opposer à l'utilisation de mes données… »"),
        ("Fais un exemple de fiche d'inclusion avec des données fictives (Marie Dupont, patiente n° 000) pour "
         "la formation des ARC."),
    ][i]


@tpl("clean_templates", "es", 2, "lower")
def t_sample_people_es(d, i):
    return [
        ("en el formulario de ejemplo puse fulano de tal y mengano como participantes, queda poco profesional? "
         "que nombre ficticio se suele usar"),
        ("hazme un ejemplo de hoja de registro de muestras con datos inventados tipo juan pérez, "
         "sin datos reales"),
    ][i]


@tpl("clean_templates", "pl", 2)
def t_sample_people_pl(d, i):
    return [
        "Czy ten wzór formularza zgody jest poprawny? „Ja, Jan Kowalski, wyrażam zgodę na udział w badaniu…”",
        "Przygotuj przykładowy rekord uczestnika (Anna Nowak, dane fikcyjne) do instrukcji dla koordynatorów.",
    ][i]


@tpl("clean_templates", "zh", 2)
def t_sample_people_zh(d, i):
    return [
        "知情同意书模板里用“张三”作为示例受试者名字可以吗？还是写“受试者姓名：________”更规范？",
        "帮我做一个样本登记表的示例，用张三、李四、王五这样的虚构名字。",
    ][i]


@tpl("clean_templates", "ko", 2)
def t_sample_people_ko(d, i):
    return [
        "연구 동의서 예시에 '홍길동'을 넣었는데, 공식 양식에서는 어떻게 표기하는 게 좋을까요?",
        "김철수, 이영희 같은 가상 이름으로 연구 참여자 등록 예시 표를 만들어 주세요.",
    ][i]


@tpl("clean_templates", "ar", 2)
def t_sample_people_ar(d, i):
    return [
        "هل من المناسب استخدام اسم \"فلان الفلاني\" في نموذج الموافقة المستنيرة كمثال؟",
        "اكتب لي نموذجاً فارغاً لاستمارة تسجيل المشاركين في الدراسة مع حقول [اسم المشارك] و[رقم الهاتف].",
    ][i]


@tpl("clean_templates", "fi", 2)
def t_sample_people_fi(d, i):
    return [
        ("Onko tämä suostumuslomakkeen esimerkki selkeä? ”Minä, Matti Meikäläinen, suostun osallistumaan "
         "tutkimukseen…”"),
        "Tee esimerkkirivi biopankin näytetaulukkoon keksityillä tiedoilla (Maija Meikäläinen, näyte 0001).",
    ][i]


@tpl("clean_templates", "en", 2)
def t_dmp_template(d, i):
    return [
        ("Help me fill the 'Data sharing' section of this DMP template (Horizon Europe, FAIR principles): "
         "[Describe repositories, e.g. Zenodo, EGA, ArrayExpress]; [Embargo period]; [Licence, e.g. CC BY 4.0]."),
        ("Which ELN fields should be mandatory in our SOP template: {{experiment_id}}, {{author}}, {{witness}}, "
         "{{instrument}}, {{protocol_version}}, {{raw_data_path}}?"),
    ][i]


@tpl("clean_templates", "en", 2, "lower")
def t_template_lower(d, i):
    return [
        ("in our training slides we used john doe and jane roe as fake participants, is that fine or do "
         "people prefer participant a / participant b"),
        ("what placeholder do you put in a sample consent log, [name] or xxx? our monitor from iqvia "
         "complained about 'joe bloggs'"),
    ][i]


@tpl("clean_templates", "no", 1)
def t_sample_people_no(d, i):
    return ("Er det greit å bruke Ola Nordmann og Kari Nordmann som eksempler i samtykkeskjemaet til "
            "biobanken, eller bør vi skrive [Navn]?")


# ---------------------------------------------------------------------------------------------
# build, check, write

WORD = re.compile(r"\w")


def build() -> list[dict]:
    rng = random.Random(SEED)
    d = Drawer(rng)
    rows = []
    for cls, name, _lang, n, case, fn in TEMPLATES:
        for i in range(n):
            d.start_row()
            text, spans = unmark(fn(d, i), case)
            rows.append({"id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": name, "locale": ""})
    return rows


def meta() -> dict[str, tuple[str, str | None]]:
    return {f"{cls}/{name}": (lang, case) for cls, name, lang, _, case, _ in TEMPLATES}


def luhn_ok(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        x = int(ch)
        if k % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        total += x
    return total % 10 == 0


def iban_ok(v: str) -> bool:
    s = re.sub(r"\s", "", v).upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def check(rows: list[dict]) -> None:
    assert len(rows) == N_ROWS, len(rows)
    ids, texts = set(), set()
    per_tpl: Counter = Counter()
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    private_names = {p.full for ps in PEOPLE.values() for p in ps} | {p.short for ps in PEOPLE.values() for p in ps}
    private_vals = {v.v for vs in PHONES.values() for v in vs} | {v.v for vs in IDS.values() for v in vs}
    for r in rows:
        assert list(r) == ["id", "text", "spans", "source", "class", "template", "locale"], r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        per_tpl[(r["class"], r["template"])] += 1
        text = r["text"]
        last = 0
        for sp in r["spans"]:
            assert sp["type"] in TYPES, (r["id"], sp)
            assert text[sp["start"]:sp["end"]] == sp["value"], (r["id"], sp)
            assert sp["value"] and sp["value"] == sp["value"].strip(), (r["id"], sp)
            assert sp["start"] >= last, (r["id"], sp)
            last = sp["end"]
            digits = re.sub(r"\D", "", sp["value"])
            if sp["type"] == "CREDIT_CARD":
                assert luhn_ok(digits), sp
            if sp["type"] == "IBAN_CODE":
                assert iban_ok(sp["value"]), sp
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
            for v in private_names | private_vals:
                assert v not in text, (r["id"], v)
        else:
            assert r["spans"], r["id"]
            # every other mention of a labelled value is labelled too
            covered = [(sp["start"], sp["end"]) for sp in r["spans"]]
            for sp in r["spans"]:
                v = sp["value"]
                if len(v) < 3:
                    continue
                for m in re.finditer(re.escape(v), text):
                    a, b = m.start(), m.end()
                    if (a > 0 and WORD.match(text[a - 1])) or (b < len(text) and WORD.match(text[b])):
                        continue
                    assert any(x <= a and b <= y for x, y in covered), (r["id"], v, a)
    assert len(per_tpl) >= 80, len(per_tpl)
    assert max(per_tpl.values()) <= 5
    m = meta()
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    non_en = [m[f"{r['class']}/{r['template']}"][0] for r in rows if m[f"{r['class']}/{r['template']}"][0] != "en"]
    assert 0.35 <= len(non_en) / len(rows) <= 0.50, len(non_en)
    assert len(set(non_en)) >= 15, set(non_en)


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows: list[dict], data: str) -> None:
    m = meta()
    print(f"rows: {len(rows)}")
    print("classes:")
    cls_rows = Counter(r["class"] for r in rows)
    cls_tpl = Counter(c for c, *_ in TEMPLATES)
    for c in sorted(cls_rows):
        print(f"  {c:26s} {cls_rows[c]:3d} rows  {cls_tpl[c]:2d} templates")
    print(f"templates: {len(TEMPLATES)}")
    spans = Counter(sp["type"] for r in rows for sp in r["spans"])
    print("spans:", ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = Counter(m[f"{r['class']}/{r['template']}"][0] for r in rows)
    non_en = len(rows) - langs["en"]
    print(f"languages: {len(langs)} ({non_en} rows not in English, {non_en / len(rows):.0%})")
    print("  " + ", ".join(f"{LANGS[k]} {v}" for k, v in langs.most_common()))
    pers_non_en = sum(1 for r in rows if r["class"].startswith("personal_") and m[f"{r['class']}/{r['template']}"][0] != "en")
    print(f"  personal rows not in English: {pers_non_en}; clean: {non_en - pers_non_en}")
    cases = Counter((m[f"{r['class']}/{r['template']}"][1] or "mixed", r["class"].split("_")[0]) for r in rows)
    print("cases:", ", ".join(f"{c}/{k} {v}" for (c, k), v in sorted(cases.items())))
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"PII-free: {clean} ({clean / len(rows):.1%}); personal: {len(rows) - clean}")
    lens = [len(r["text"]) for r in rows]
    nl = [r["text"].count("\n") + 1 for r in rows]
    print(f"length: {min(lens)}-{max(lens)} chars, {min(nl)}-{max(nl)} lines")
    print(f"sha256 {OUT.name}: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")


def main() -> int:
    rows = build()
    check(rows)
    data = dump(rows)
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
