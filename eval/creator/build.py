"""Hand-written check set `creator`: online creators and the businesses around them.

Writes tune.jsonl (324 rows). Python standard library only; deterministic (fixed SEED).

    python build.py           # rewrite tune.jsonl and print counts
    python build.py --check   # rebuild in memory, run check(), compare with the file

Every private value (names, streets, towns with their numbers, postcodes, phones, dates of
birth, ID numbers, IBANs, card numbers, IP addresses) is typed by hand below. E-mail local
parts and name-derived handles are built in code from the hand-typed names. Check digits were
worked out once in a scratch session and typed in as literals.
"""

import collections
import hashlib
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

SEED = 60417
SET = "creator"
OUT = Path(__file__).resolve().parent / "tune.jsonl"
SOURCE = "eval/creator/build.py"
N_ROWS = 324
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def M(typ, value):
    """Wrap a value in a label marker."""
    assert typ in TYPES, typ
    return f"⟦{typ}|{value}⟧"


def unmark(marked, case=None):
    """Strip markers, case the text piece by piece, return (text, spans)."""
    fn = {None: lambda s: s, "lower": str.lower, "upper": str.upper}[case]
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        before = fn(marked[last:m.start()])
        out.append(before)
        pos += len(before)
        value = fn(m.group(2))
        spans.append({"start": pos, "end": pos + len(value), "type": m.group(1), "value": value})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(fn(marked[last:]))
    return "".join(out), spans


FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
        "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "'": "", "’": ""}


def fold(s):
    """ASCII-fold a Latin-script name for e-mail local parts and handles."""
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in " -.")).strip()


# ---------------------------------------------------------------------------------------------
# People. pool | sex | culture | given | family | order | romanised given | romanised family | extra
# order: gf = given family; fg = family given with a space; fgc = family+given with no space
# (Chinese, Japanese, Korean script); extra = patronymic (Russian, Ukrainian) or a middle name.
# ---------------------------------------------------------------------------------------------
PEOPLE_TXT = """
en|F|Yoruba|Folasade|Adeyemi|gf|||
en|M|Igbo|Obinna|Nwosu|gf|||
en|F|Akan|Abena|Owusu-Ansah|gf|||
en|M|Kikuyu|Kamau|Njoroge|gf|||
en|F|Zulu|Nomvula|Zungu|gf|||
en|M|Somali|Abdirahman|Warsame|gf|||
en|F|Jamaican|Shanice|Campbell-Reid|gf|||
en|M|African American|DeShawn|Mitchell|gf|||
en|F|African American|Keisha|Lawson|gf|||
en|F|US|Hope|Baker|gf|||
en|F|US|Summer|Wolf|gf|||
en|F|English|Rose|Fisher|gf|||
en|M|English|Oliver|Pike|gf|||
en|F|English|Ivy|Marsh|gf|||
en|M|Scottish|Euan|McAllister|gf|||
en|F|Welsh|Cerys|Pritchard|gf|||
en|M|Irish|Tadhg|Ó Súilleabháin|gf|||
en|F|Irish|Saoirse|Ní Chonaill|gf|||
en|M|Punjabi Sikh|Harjit|Singh Dhillon|gf|||
en|F|Punjabi Sikh|Manpreet|Kaur Bains|gf|||
en|F|Tamil|Kavitha|Subramaniam|gf|||
en|M|Bangladeshi|Tanvir|Hossain|gf|||
en|F|Pakistani|Mahnoor|Qureshi|gf|||
en|M|Gujarati|Jignesh|Parekh|gf|||
en|F|Cantonese Canadian|Wendy|Cheung|gf|||
en|M|Korean American|Daniel|Seo|gf|||
en|F|Filipino American|Kristine|Dela Cruz|gf|||
en|M|Vietnamese Australian|Tuan|Nguyen|gf|||
en|F|Māori|Aroha|Te Rangi|gf|||
en|M|Samoan|Iosefa|Leota|gf|||
en|F|Lebanese Australian|Rania|Khoury|gf|||
en|M|Persian American|Arash|Tehrani|gf|||
en|F|Chicana|Marisol|Cárdenas|gf|||
en|M|Puerto Rican|Javier|Colón-Rivera|gf|||
en|F|Polish British|Zofia|Kowalczyk|gf|||
en|M|Greek Australian|Nick|Papadopoulos|gf|||
en|F|Jewish American|Talia|Rosen|gf|||
en|M|Ghanaian|Kwabena|Asante|gf|||
en|F|Kenyan|Wanjiru|Mwangi|gf|||
en|F|Igbo|Blessing|Okafor|gf|||
en|F|South African|Gift|Mokoena|gf|||
en|M|Welsh|Chris|Evans|gf|||
en|M|English|David|Jones|gf|||
en|M|Québécois Canadian|Tyler|Boucher|gf|||
en|F|Australian|Jade|Fox|gf|||
en|M|New Zealand|Hamish|Frost|gf|||
en|F|English|Dawn|Price|gf|||
en|M|US|Cliff|Bishop|gf|||
en|F|US|Autumn|Reed|gf|||
en|M|Hawaiian|Kainoa|Kahale|gf|||
en|F|Navajo|Winona|Begay|gf|||
en|F|Trinidadian|Anisha|Ramdial|gf|||
en|M|Sinhala|Dinesh|Wickramasinghe|gf|||
en|F|Nepali|Sabina|Gurung|gf|||
en|M|Pashto|Farid|Ahmadzai|gf|||
en|M|Scottish|Rory|Buchanan|gf|||
en|F|US|Brooklyn|Hale|gf|||
en|M|English|Archie|Bloom|gf|||
en|F|Malayali|Anju|Thomas Varghese|gf|||
en|M|Tongan|Sione|Fifita|gf|||
de|F|German|Lena|Sommer|gf|||
de|M|German|Jonas|Vogel|gf|||
de|F|German|Frieda|Fuchs|gf|||
de|M|Turkish German|Mehmet|Öztürk|gf|||
de|M|Russian German|Dmitri|Wagner|gf|||
de|F|German|Hannah|Engel|gf|||
de|M|German|Matthias|Groß|gf|||
de|F|German|Annika|von Stetten|gf|||
de|F|German|Leonie|Schäfer|gf|||
de|M|Austrian|Lukas|Oberhuber|gf|||
de|F|Swiss|Ursina|Caflisch|gf|||
de|M|Swiss|Reto|Bühler|gf|||
de|F|Turkish German|Merve|Aydın|gf|||
de|M|Polish German|Kamil|Nowacki|gf|||
fr|F|French|Camille|Lefort|gf|||
fr|M|French|Théo|Marchand|gf|||
fr|F|Algerian French|Inès|Benali|gf|||
fr|M|Guinean French|Mamadou|Diallo|gf|||
fr|M|Breton|Yannick|Le Bihan|gf|||
fr|F|French|Aurélie|Dubois-Martin|gf|||
fr|M|Vietnamese French|Kévin|Nguyen|gf|||
fr|F|Québécois|Amélie|Tremblay|gf|||
fr|M|Québécois|Jean-Baptiste|Côté|gf|||
fr|F|Lebanese French|Sarah|Haddad|gf|||
fr|F|Belgian|Margaux|Delacroix|gf|||
fr|M|French|Quentin|Roux|gf|||
es|F|Spanish|Lucía|Fernández Ortega|gf|||
es|M|Spanish|Javier|Iglesias Mora|gf|||
es|F|Basque|Nerea|Etxeberria|gf|||
es|M|Catalan|Jordi|Casals Riera|gf|||
es|F|Galician|Xiana|Castro Pazos|gf|||
es|F|Chilean|Valentina|Rojas Fuentes|gf|||
es|M|Colombian|Camilo|Arango Vélez|gf|||
es|F|Peruvian Quechua|Ximena|Quispe Huamán|gf|||
es|F|Mexican|Guadalupe|Ramírez|gf|||
es|M|Argentine|Diego|Barrios|gf|||
es|F|Argentine|Martina|Sosa|gf|||
es|F|Andalusian|Rocío|Delgado|gf|||
es|M|Mexican|Emiliano|Zavala Treviño|gf|||
pt|M|Brazilian|João Pedro|Carvalho|gf|||
pt|F|Brazilian|Ana Beatriz|Souza Lima|gf|||
pt|M|Brazilian|Thiago|Nascimento|gf|||
pt|F|Brazilian|Luana|dos Santos|gf|||
pt|M|Brazilian|Wesley|Batista|gf|||
pt|F|Brazilian|Jéssica|Andrade|gf|||
pt|M|Portuguese|Gabriel|Teixeira|gf|||
pt|F|Portuguese|Inês|Magalhães|gf|||
pt|F|Portuguese|Francisca|Lobo|gf|||
pt|M|Cape Verdean|Edson|Tavares|gf|||
it|F|Italian|Giulia|Ferrari|gf|||
it|M|Italian|Marco|Bianchi|gf|||
it|F|Neapolitan|Chiara|Esposito|gf|||
it|F|Sicilian|Martina|Lo Bianco|gf|||
it|M|Neapolitan|Salvatore|Russo|gf|||
it|F|Italian|Francesca|De Luca|gf|||
it|M|Italian|Matteo|Colombo|gf|||
it|F|Italian|Federica|Gallo|gf|||
it|M|Sardinian|Gavino|Porcu|gf|||
nl|M|Dutch|Daan|de Vries|gf|||
nl|F|Dutch|Sanne|Bakker|gf|||
nl|F|Dutch|Fleur|van den Heuvel|gf|||
nl|M|Moroccan Dutch|Mohamed|El Idrissi|gf|||
nl|F|Surinamese|Priya|Ramkisoen|gf|||
nl|M|Frisian|Jelle|Hoekstra|gf|||
nl|F|Flemish|Lotte|Vermeulen|gf|||
nl|M|Flemish|Wout|Peeters|gf|||
pl|F|Polish|Katarzyna|Wilk|gf|||
pl|M|Polish|Tomasz|Zieliński|gf|||
pl|F|Polish|Magdalena|Lis|gf|||
pl|M|Polish|Paweł|Dąbrowski|gf|||
pl|F|Polish|Joanna|Krawczyk|gf|||
pl|M|Polish|Michał|Szczęsny|gf|||
pl|F|Polish|Zuzanna|Piątek|gf|||
tr|F|Turkish|Elif|Yıldız|gf|||
tr|M|Turkish|Emre|Çelikkaya|gf|||
tr|F|Turkish|Zeynep|Arslan|gf|||
tr|M|Turkish|Burak|Koçak|gf|||
tr|F|Turkish|Ayşe|Bulut|gf|||
tr|M|Kurdish|Mert|Karaca|gf|||
ja|F|Japanese|美咲|佐々木|fgc|Misaki|Sasaki|
ja|M|Japanese|蓮|高橋|fgc|Ren|Takahashi|
ja|F|Japanese|さくら|中村|fgc|Sakura|Nakamura|
ja|M|Japanese|大輔|小林|fgc|Daisuke|Kobayashi|
ja|F|Japanese|千尋|山本|fgc|Chihiro|Yamamoto|
ja|M|Japanese|翔太|松田|fgc|Shota|Matsuda|
ja|F|Japanese|あおい|森|fgc|Aoi|Mori|
ko|F|Korean|서연|김|fgc|Seoyeon|Kim|
ko|M|Korean|준호|이|fgc|Junho|Lee|
ko|M|Korean|지민|박|fgc|Jimin|Park|
ko|F|Korean|하은|정|fgc|Haeun|Jung|
ko|M|Korean|우진|최|fgc|Woojin|Choi|
ko|F|Korean|다은|윤|fgc|Daeun|Yoon|
zh|F|Chinese|雨桐|王|fgc|Yutong|Wang|
zh|M|Chinese|浩然|陈|fgc|Haoran|Chen|
zh|F|Chinese|思琪|刘|fgc|Siqi|Liu|
zh|M|Chinese|伟|张|fgc|Wei|Zhang|
zh|F|Chinese|嘉欣|黄|fgc|Jiaxin|Huang|
zh|F|Taiwanese|宜蓁|林|fgc|Yichen|Lin|
zh|M|Chinese|子豪|周|fgc|Zihao|Zhou|
ru|F|Russian|Анастасия|Волкова|gf|Anastasia|Volkova|Игоревна
ru|M|Russian|Иван|Лебедев|gf|Ivan|Lebedev|Сергеевич
ru|F|Russian|Екатерина|Морозова|gf|Ekaterina|Morozova|Павловна
ru|M|Russian|Артём|Кузнецов|gf|Artyom|Kuznetsov|Олегович
ru|F|Tatar|Алсу|Галиева|gf|Alsu|Galieva|Рустемовна
uk|F|Ukrainian|Олена|Ковальчук|gf|Olena|Kovalchuk|Петрівна
uk|M|Ukrainian|Богдан|Мельник|gf|Bohdan|Melnyk|Іванович
uk|F|Ukrainian|Ярослава|Шевчук|gf|Yaroslava|Shevchuk|Андріївна
uk|M|Ukrainian|Андрій|Бондаренко|gf|Andrii|Bondarenko|Миколайович
uk|F|Ukrainian|Софія|Ткаченко|gf|Sofiia|Tkachenko|Олегівна
ar|F|Saudi|سارة|الحربي|gf|Sara|Alharbi|
ar|M|Moroccan|يوسف|بنعلي|gf|Youssef|Benali|
ar|F|Lebanese|ليلى|حداد|gf|Layla|Haddad|
ar|M|Egyptian|كريم|منصور|gf|Karim|Mansour|
ar|F|Saudi|ريم|القحطاني|gf|Reem|Alqahtani|
ar|M|Jordanian|أحمد|العتوم|gf|Ahmad|Alatoum|
he|F|Israeli|נועה|לוי|gf|Noa|Levi|
he|M|Israeli|איתי|כהן|gf|Itay|Cohen|
he|F|Mizrahi|מאיה|אזולאי|gf|Maya|Azoulay|
he|M|Israeli|יונתן|פרידמן|gf|Yonatan|Friedman|
he|F|Mizrahi|שירה|מזרחי|gf|Shira|Mizrahi|
el|F|Greek|Ελένη|Παπαδάκη|gf|Eleni|Papadaki|
el|M|Greek|Γιώργος|Νικολαΐδης|gf|Giorgos|Nikolaidis|
el|F|Greek|Κατερίνα|Βλάχου|gf|Katerina|Vlachou|
el|M|Greek|Νίκος|Αντωνίου|gf|Nikos|Antoniou|
el|F|Greek|Δήμητρα|Καραγιάννη|gf|Dimitra|Karagianni|
hi|F|Hindi|प्रिया|शर्मा|gf|Priya|Sharma|
hi|M|Hindi|राहुल|वर्मा|gf|Rahul|Verma|
hi|F|Tamil|अनन्या|अय्यर|gf|Ananya|Iyer|
hi|M|Haryanvi|अमित|यादव|gf|Amit|Yadav|
hi|F|Marathi|स्नेहा|कुलकर्णी|gf|Sneha|Kulkarni|
hi|M|Punjabi|आरव|मल्होत्रा|gf|Aarav|Malhotra|
th|M|Thai|ณัฐวุฒิ|ศรีสุข|gf|Nattawut|Srisuk|
th|F|Thai|พิมพ์ชนก|วงศ์ใหญ่|gf|Pimchanok|Wongyai|
th|F|Thai|กมลชนก|แก้วมณี|gf|Kamonchanok|Kaewmanee|
th|M|Thai|ธนากร|บุญมา|gf|Thanakorn|Boonma|
vi|F|Vietnamese|Thu Hà|Nguyễn Thị|fg|||
vi|M|Vietnamese|Khoa|Trần Minh|fg|||
vi|F|Vietnamese|Yến|Lê Hoàng|fg|||
vi|M|Vietnamese|Anh|Phạm Đức|fg|||
vi|F|Vietnamese|Trâm|Võ Ngọc|fg|||
id|F|Javanese|Ayu|Lestari|gf|||
id|M|Javanese|Rizky|Pratama|gf|||
id|F|Batak|Nur Aini|Harahap|gf|||
id|M|Balinese|I Wayan|Sudarsana|gf|||
id|F|Minangkabau|Rahmi|Syafitri|gf|||
tl|F|Filipino|Kristel|Villanueva|gf|||
tl|M|Filipino|Jerome|Bautista|gf|||
tl|F|Tagalog|Maricel|Dimaculangan|gf|||
tl|M|Kapampangan|Paolo|Manalastas|gf|||
sv|F|Swedish|Elin|Lindqvist|gf|||
sv|M|Swedish|Oskar|Bergström|gf|||
sv|F|Somali Swedish|Amina|Yusuf Ali|gf|||
sv|F|Swedish|Linnea|Åberg|gf|||
no|F|Norwegian|Ingrid|Solberg|gf|||
no|M|Norwegian|Magnus|Haugen|gf|||
no|F|Norwegian|Sigrid|Nygård|gf|||
da|F|Danish|Freja|Kjær|gf|||
da|M|Danish|Mads|Østergaard|gf|||
da|F|Danish|Ida|Holm|gf|||
fi|F|Finnish|Aino|Virtanen|gf|||
fi|M|Finnish|Eetu|Mäkinen|gf|||
fi|F|Finnish|Veera|Heikkilä|gf|||
cs|F|Czech|Tereza|Dvořáková|gf|||
cs|M|Czech|Ondřej|Svoboda|gf|||
cs|F|Czech|Barbora|Procházková|gf|||
ro|F|Romanian|Ioana|Popescu|gf|||
ro|M|Romanian|Andrei|Dumitrescu|gf|||
ro|F|Romanian|Bianca|Stoica|gf|||
hu|F|Hungarian|Réka|Nagy|fg|||
hu|M|Hungarian|Bálint|Tóth|fg|||
hu|F|Hungarian|Dóra|Szűcs|fg|||
"""


class Person:
    def __init__(self, idx, pool, sex, culture, given, family, order, rgiven, rfamily, extra):
        self.idx, self.pool, self.sex, self.culture = idx, pool, sex, culture
        self.given_raw, self.family_raw, self.order, self.extra = given, family, order, extra
        self.rgiven = rgiven or fold(given)
        self.rfamily = rfamily or fold(family)

    @property
    def full_raw(self):
        if self.order == "fgc":
            return self.family_raw + self.given_raw
        if self.order == "fg":
            return f"{self.family_raw} {self.given_raw}"
        return f"{self.given_raw} {self.family_raw}"

    @property
    def full(self):
        return M("PERSON", self.full_raw)

    @property
    def g(self):
        return M("PERSON", self.given_raw)

    @property
    def f(self):
        return M("PERSON", self.family_raw)

    @property
    def official(self):
        """Russian/Ukrainian order with patronymic, or the normal full name."""
        if self.extra:
            return M("PERSON", f"{self.family_raw} {self.given_raw} {self.extra}")
        return self.full

    @property
    def given_patr(self):
        return M("PERSON", f"{self.given_raw} {self.extra}") if self.extra else self.g

    @property
    def rom(self):
        """Romanised full name, given first (Latin-script names unchanged)."""
        if self.order == "gf" and not any(ord(ch) > 0x24F for ch in self.full_raw):
            return M("PERSON", self.full_raw)
        return M("PERSON", f"{self.rgiven} {self.rfamily}")

    @property
    def rom_fam_first(self):
        return M("PERSON", f"{self.rfamily.upper()} {self.rgiven}")

    @property
    def initial_f(self):
        return M("PERSON", f"{self.rgiven[0]}. {self.family_raw}")

    def _parts(self):
        g = fold(self.rgiven).lower().replace(" ", "").replace("-", "")
        f = fold(self.rfamily).lower().replace(" ", "").replace("-", "")
        return g, f

    def local(self, style, num=""):
        g, f = self._parts()
        return {
            "g.f": f"{g}.{f}", "gf": f"{g}{f}", "g_f": f"{g}_{f}", "f.g": f"{f}.{g}",
            "if": f"{g[0]}{f}", "i.f": f"{g[0]}.{f}", "g.fi": f"{g}.{f[0]}", "fi": f"{f}{g[0]}",
            "g": g, "gfi": f"{g}{f[0]}", "f": f, "g-f": f"{g}-{f}",
        }[style] + num

    def email(self, style, domain, num=""):
        return M("EMAIL_ADDRESS", f"{self.local(style, num)}@{domain}")

    def handle(self, style, num=""):
        return M("PERSON", self.local(style, num))

    def handle_suffix(self, style, suffix):
        """A creator handle built from the name, with a glued suffix (lenasommerfilms)."""
        return M("PERSON", self.local(style) + suffix)


def load_people():
    people = []
    for line in PEOPLE_TXT.strip().splitlines():
        parts = line.split("|")
        assert len(parts) == 9, line
        people.append(Person(len(people), *parts))
    return people


PEOPLE = load_people()


# ---------------------------------------------------------------------------------------------
# Addresses, typed by hand in each country's own layout. Fields are labelled LOCATION one by
# one (street line with its number, unit, district, town, postcode, region); the literal text in
# the layout (〒, "Col.", "jud.", "ต.", "г.") stays outside the spans. Towns are real small places;
# the numbers that go with them are made up.
# ---------------------------------------------------------------------------------------------
class Address:
    def __init__(self, idx, cc, layout, **fields):
        self.idx, self.cc, self.layout, self.fields = idx, cc, layout, fields

    def __getattr__(self, name):
        fields = self.__dict__.get("fields", {})
        if name in fields:
            return M("LOCATION", fields[name])
        raise AttributeError(name)

    def has(self, name):
        return name in self.fields

    def raw(self, name):
        return self.fields[name]

    @property
    def block(self):
        return self.layout.format(**{k: M("LOCATION", v) for k, v in self.fields.items()})

    @property
    def line(self):
        return ", ".join(s.strip() for s in self.block.split("\n"))

    def lines(self):
        return self.block.split("\n")


ADDR_SPECS = [
    # United Kingdom
    ("GB", "{street}\n{town}\n{postcode}", {"street": "14 Corve Street", "town": "Ludlow", "postcode": "SY8 1DA"}),
    ("GB", "{unit}, {street}\n{town}\n{region}\n{postcode}",
     {"unit": "Flat 3", "street": "27 South Street", "town": "Bridport", "region": "Dorset", "postcode": "DT6 3NR"}),
    ("GB", "{street}\n{town}\n{postcode}",
     {"street": "8 Rhosmaen Street", "town": "Llandeilo", "postcode": "SA19 6EN"}),
    ("GB", "{street}\n{town}\n{region}\n{postcode}",
     {"street": "5 Shoregate", "town": "Crail", "region": "Fife", "postcode": "KY10 3SU"}),
    ("GB", "{unit}\n{street}\n{town}\n{postcode}",
     {"unit": "Flat 1", "street": "42 Kirkgate", "town": "Settle", "postcode": "BD24 9DZ"}),
    ("GB", "{street}\n{town}\n{postcode}", {"street": "19 Church Street", "town": "Whitby", "postcode": "YO22 4AE"}),
    # Ireland
    ("IE", "{street}\n{town}\n{region}\n{postcode}",
     {"street": "12 Henry Street", "town": "Kenmare", "region": "Co. Kerry", "postcode": "V93 X6R4"}),
    ("IE", "{street}\n{town}\n{region}\n{postcode}",
     {"street": "3 Pearse Street", "town": "Clonakilty", "region": "Co. Cork", "postcode": "P85 YT20"}),
    ("IE", "{unit}, {street}\n{town}\n{region}\n{postcode}",
     {"unit": "Apt 2", "street": "7 Market Square", "town": "Kinsale", "region": "Co. Cork", "postcode": "P17 W2K8"}),
    # United States
    ("US", "{street}\n{town}, {region} {postcode}",
     {"street": "418 Tombstone Canyon", "town": "Bisbee", "region": "AZ", "postcode": "85603"}),
    ("US", "{street}\n{town}, {region} {postcode}",
     {"street": "77 Mountain Rd", "town": "Stowe", "region": "VT", "postcode": "05672"}),
    ("US", "{street} {unit}\n{town}, {region} {postcode}",
     {"street": "215 S Main St", "unit": "Apt 2B", "town": "Galena", "region": "IL", "postcode": "61036"}),
    ("US", "{street}\n{town}, {region} {postcode}",
     {"street": "36 Spring St", "town": "Eureka Springs", "region": "AR", "postcode": "72632"}),
    ("US", "{street}\n{town}, {region} {postcode}",
     {"street": "903 Parkway Ave N", "town": "Lanesboro", "region": "MN", "postcode": "55949"}),
    ("US", "{street}\n{town}, {region} {postcode}",
     {"street": "52 Lighthouse Rd", "town": "Ocracoke", "region": "NC", "postcode": "27960"}),
    # Canada
    ("CA", "{street}\n{town} {region} {postcode}",
     {"street": "88 Pelham St", "town": "Lunenburg", "region": "NS", "postcode": "B0J 2C0"}),
    ("CA", "{street}\n{town} ({region}) {postcode}",
     {"street": "24, rue Saint-Jean-Baptiste", "town": "Baie-Saint-Paul", "region": "Québec", "postcode": "G3Z 1M3"}),
    ("CA", "{unit}, {street}\n{town} {region} {postcode}",
     {"unit": "Unit 5", "street": "311 Main St", "town": "Tofino", "region": "BC", "postcode": "V0R 2Z0"}),
    # Australia and New Zealand
    ("AU", "{street}\n{town} {region} {postcode}",
     {"street": "12 Vincent St", "town": "Daylesford", "region": "VIC", "postcode": "3460"}),
    ("AU", "{unit}, {street}\n{town} {region} {postcode}",
     {"unit": "Unit 4", "street": "19 Tunbridge St", "town": "Margaret River", "region": "WA", "postcode": "6285"}),
    ("AU", "{street}\n{town} {region} {postcode}",
     {"street": "7 Hyde St", "town": "Bellingen", "region": "NSW", "postcode": "2454"}),
    ("NZ", "{street}\n{town} {postcode}", {"street": "41 Rue Lavaud", "town": "Akaroa", "postcode": "7520"}),
    ("NZ", "{street}\n{town} {postcode}", {"street": "9 Buckingham Street", "town": "Arrowtown", "postcode": "9302"}),
    # Germany, Austria, Switzerland
    ("DE", "{street}\n{postcode} {town}", {"street": "Unterstadtstraße 19", "postcode": "88709", "town": "Meersburg"}),
    ("DE", "{street}\n{postcode} {town}",
     {"street": "Segringer Straße 12", "postcode": "91550", "town": "Dinkelsbühl"}),
    ("DE", "{street}\n{postcode} {town}", {"street": "Laufenstraße 4", "postcode": "52156", "town": "Monschau"}),
    ("DE", "{street}\n{postcode} {town}", {"street": "Am Anger 3", "postcode": "18565", "town": "Insel Hiddensee"}),
    ("AT", "{street}\n{postcode} {town}", {"street": "Seestraße 112", "postcode": "4830", "town": "Hallstatt"}),
    ("AT", "{street}/{unit}\n{postcode} {town}",
     {"street": "Markt 14", "unit": "Top 3", "postcode": "5360", "town": "St. Wolfgang im Salzkammergut"}),
    ("CH", "{street}\n{postcode} {town}", {"street": "Bahnhofstrasse 48", "postcode": "3920", "town": "Zermatt"}),
    ("CH", "{street}\n{postcode} {town}", {"street": "Via Maistra 21", "postcode": "7504", "town": "Pontresina"}),
    # France, Belgium, Netherlands
    ("FR", "{street}\n{postcode} {town}",
     {"street": "6 rue du Général de Gaulle", "postcode": "68340", "town": "Riquewihr"}),
    ("FR", "{street}\n{postcode} {town}", {"street": "2 chemin de la Fourdonne", "postcode": "46330",
                                              "town": "Saint-Cirq-Lapopie"}),
    ("FR", "{street}\n{postcode} {town}", {"street": "14 avenue de la Plage", "postcode": "29950", "town": "Bénodet"}),
    ("FR", "{unit}, {street}\n{postcode} {town}",
     {"unit": "Appt 3", "street": "31 rue Émile Zola", "postcode": "84220", "town": "Gordes"}),
    ("BE", "{street}\n{postcode} {town}", {"street": "Rue du Moulin 8", "postcode": "6830", "town": "Bouillon"}),
    ("BE", "{street}\n{postcode} {town}", {"street": "Kerkstraat 22", "postcode": "8630", "town": "Veurne"}),
    ("NL", "{street}\n{postcode} {town}", {"street": "Binnenpad 41", "postcode": "8355 BP", "town": "Giethoorn"}),
    ("NL", "{street}\n{postcode} {town}", {"street": "Markt 7", "postcode": "4351 AA", "town": "Veere"}),
    ("NL", "{street}\n{postcode} {town}", {"street": "Voorstraat 12", "postcode": "8861 BJ", "town": "Harlingen"}),
    # Spain, Portugal, Italy
    ("ES", "{street}, {unit}\n{postcode} {town} ({region})",
     {"street": "Calle del Río, 4", "unit": "2º B", "postcode": "39330", "town": "Santillana del Mar",
      "region": "Cantabria"}),
    ("ES", "{street}\n{postcode} {town} ({region})",
     {"street": "Carrer des Poal, 12", "postcode": "17488", "town": "Cadaqués", "region": "Girona"}),
    ("ES", "{street}\n{postcode} {town} ({region})",
     {"street": "Calle Real, 9", "postcode": "18414", "town": "Capileira", "region": "Granada"}),
    ("PT", "{street}\n{postcode} {town}", {"street": "Rua Direita, 22", "postcode": "2510-089", "town": "Óbidos"}),
    ("PT", "{street}, {unit}\n{postcode} {town}",
     {"street": "Rua do Espírito Santo, 5", "unit": "1.º Esq.", "postcode": "7330-101", "town": "Marvão"}),
    ("IT", "{street}\n{postcode} {town} ({region})",
     {"street": "Via di Gozzante 14", "postcode": "53026", "town": "Pienza", "region": "SI"}),
    ("IT", "{street}\n{postcode} {town} ({region})",
     {"street": "Via XX Settembre 8", "postcode": "23829", "town": "Varenna", "region": "LC"}),
    ("IT", "{street}, {unit}\n{postcode} {town} ({region})",
     {"street": "Corso Vittorio Emanuele 41", "unit": "int. 2", "postcode": "08013", "town": "Bosa", "region": "OR"}),
    # Central and Eastern Europe
    ("PL", "{street}\n{postcode} {town}", {"street": "ul. Rynek 11/2", "postcode": "16-080", "town": "Tykocin"}),
    ("PL", "{street}\n{postcode} {town}",
     {"street": "ul. Świętokrzyska 5", "postcode": "27-600", "town": "Sandomierz"}),
    ("PL", "{street}\n{postcode} {town}", {"street": "Lanckorona 212", "postcode": "34-143", "town": "Lanckorona"}),
    ("CZ", "{street}\n{postcode} {town}",
     {"street": "náměstí Zachariáše z Hradce 42", "postcode": "588 56", "town": "Telč"}),
    ("CZ", "{street}\n{postcode} {town}", {"street": "Horní náměstí 8", "postcode": "378 81", "town": "Slavonice"}),
    ("HU", "{town}\n{street}\n{postcode}", {"town": "Tokaj", "street": "Rákóczi út 12.", "postcode": "3910"}),
    ("HU", "{town}\n{street}\n{postcode}", {"town": "Hollókő", "street": "Kossuth utca 31.", "postcode": "3176"}),
    ("RO", "{street}\n{postcode} {town}, jud. {region}",
     {"street": "Strada Principală nr. 27", "postcode": "557045", "town": "Biertan", "region": "Sibiu"}),
    ("RO", "{street}, {unit}\n{postcode} {town}, jud. {region}",
     {"street": "Str. Cetății nr. 5", "unit": "ap. 3", "postcode": "545400", "town": "Sighișoara", "region": "Mureș"}),
    ("GR", "{street}\n{postcode} {town}", {"street": "Τοσίτσα 8", "postcode": "442 00", "town": "Μέτσοβο"}),
    ("GR", "{street}\n{postcode} {town}", {"street": "Αντώνη Μιαούλη 3", "postcode": "180 40", "town": "Ύδρα"}),
    ("TR", "{street} {unit}\n{postcode} {town}/{region}",
     {"street": "Kemalpaşa Mah. 1020 Sok. No: 8", "unit": "D: 2", "postcode": "35937", "town": "Çeşme",
      "region": "İzmir"}),
    ("TR", "{street}\n{postcode} {town}/{region}",
     {"street": "Şirince Mah. Ahmet Ulu Cad. No: 14", "postcode": "35920", "town": "Selçuk", "region": "İzmir"}),
    ("RU", "{street}, {unit}\nг. {town}, {region}, {postcode}",
     {"street": "ул. Ленина, д. 12", "unit": "кв. 4", "town": "Плёс", "region": "Ивановская обл.",
      "postcode": "155555"}),
    ("RU", "{street}\nг. {town}, {region}, {postcode}",
     {"street": "ул. Угличская, д. 7", "town": "Мышкин", "region": "Ярославская обл.", "postcode": "152830"}),
    ("UA", "{street}\nм. {town}, {region}, {postcode}",
     {"street": "вул. Свободи, 214", "town": "Яремче", "region": "Івано-Франківська обл.", "postcode": "78500"}),
    ("UA", "{street}, {unit}\nм. {town}, {region}, {postcode}",
     {"street": "вул. Соборна, 15", "unit": "кв. 7", "town": "Кременець", "region": "Тернопільська обл.",
      "postcode": "47003"}),
    ("UA", "{street}\nм. {town}, {region}, {postcode}",
     {"street": "вул. Гетьманська, 21", "town": "Батурин", "region": "Чернігівська обл.", "postcode": "16512"}),
    # East and South-East Asia
    ("JP", "〒{postcode}\n{region}{town}{street}",
     {"postcode": "501-5627", "region": "岐阜県", "town": "大野郡白川村", "street": "荻町1123"}),
    ("JP", "〒{postcode}\n{region}{town}{street}",
     {"postcode": "399-5302", "region": "長野県", "town": "木曽郡南木曽町", "street": "吾妻807"}),
    ("JP", "〒{postcode}\n{region}{town}{street} {unit}",
     {"postcode": "381-0201", "region": "長野県", "town": "上高井郡小布施町", "street": "小布施1490-3", "unit": "コーポ栗の木201"}),
    ("KR", "({postcode}) {region} {town} {street}, {unit}",
     {"postcode": "25024", "region": "강원특별자치도", "town": "양양군", "street": "양양읍 남문로 12", "unit": "201호"}),
    ("JP", "〒{postcode}\n{region}{town}{street}",
     {"postcode": "914-0063", "region": "福井県", "town": "敦賀市", "street": "神楽町2-4-11"}),
    ("KR", "({postcode}) {region} {town} {street}, {unit}",
     {"postcode": "53061", "region": "경상남도", "town": "통영시", "street": "봉평동 해송길 9", "unit": "302동 1104호"}),
    ("KR", "({postcode}) {region} {town} {street}",
     {"postcode": "57339", "region": "전라남도", "town": "담양군", "street": "담양읍 죽향문화로 7"}),
    ("CN", "{region}{town}{street}{unit}\n邮编 {postcode}",
     {"region": "浙江省嘉兴市", "town": "嘉善县西塘镇", "street": "南苑路18号", "unit": "3幢201室", "postcode": "314102"}),
    ("CN", "{region}{town}{street}\n邮编 {postcode}",
     {"region": "安徽省黄山市", "town": "黟县宏村镇", "street": "宏村路25号", "postcode": "245541"}),
    ("TW", "{postcode}{region}{town}{street}",
     {"postcode": "224", "region": "新北市", "town": "瑞芳區", "street": "輕便路112號"}),
    ("VN", "{street}\nthị xã {town}, {region}",
     {"street": "Số 14 đường Thác Bạc", "town": "Sa Pa", "region": "Lào Cai"}),
    ("VN", "{street}\nthị trấn {town}, {region}",
     {"street": "Số 5 ngõ 12 đường Lê Lợi", "town": "Mộc Châu", "region": "Sơn La"}),
    ("TH", "{street} ต.{district} อ.{town} จ.{region} {postcode}",
     {"street": "123/4 หมู่ 3", "district": "เวียงใต้", "town": "ปาย", "region": "แม่ฮ่องสอน", "postcode": "58130"}),
    ("TH", "{street} ต.{district} อ.{town} จ.{region} {postcode}",
     {"street": "89 หมู่ 1", "district": "เชียงคาน", "town": "เชียงคาน", "region": "เลย", "postcode": "42110"}),
    ("IN", "{street}\n{town}, {region} {postcode}",
     {"street": "12, Tikamgarh Road", "town": "Orchha", "region": "Madhya Pradesh", "postcode": "472246"}),
    ("IN", "{unit}, {building}\n{street}\n{town}, {region} {postcode}",
     {"unit": "Flat 204", "building": "Sai Residency", "street": "Jogiwara Road", "town": "McLeod Ganj",
          "region": "Himachal Pradesh", "postcode": "176219"}),
    ("IN", "{street}\n{town}, {district}\n{region} {postcode}",
     {"street": "45, गणेश गली", "town": "पुष्कर", "district": "अजमेर", "region": "राजस्थान", "postcode": "305022"}),
    ("ID", "{street}\n{town}, {district}, {region} {postcode}",
     {"street": "Jl. Monkey Forest No. 18", "town": "Ubud", "district": "Gianyar", "region": "Bali",
      "postcode": "80571"}),
    ("PH", "{street}, Brgy. {district}\n{town}, {region} {postcode}",
     {"street": "Purok 3", "district": "Poblacion", "town": "Sagada", "region": "Mountain Province",
      "postcode": "2619"}),
    # Americas
    ("BR", "{street} - {district}\n{town} - {region}, {postcode}",
     {"street": "Rua do Rosário, 45", "district": "Centro Histórico", "town": "Pirenópolis", "region": "GO",
          "postcode": "72980-000"}),
    ("BR", "{street}\n{town} - {region}, {postcode}",
     {"street": "Rua Coronel Domingues de Castro, 112", "town": "São Luiz do Paraitinga", "region": "SP",
          "postcode": "12140-000"}),
    ("BR", "{street}, {unit} - {district}\n{town} - {region}, {postcode}",
     {"street": "Rua Principal, 88", "unit": "casa 2", "district": "Vila de Jericoacoara",
      "town": "Jijoca de Jericoacoara",
          "region": "CE", "postcode": "62598-000"}),
    ("MX", "{street}, Col. {district}\n{postcode} {town}, {region}",
     {"street": "Calle Revolución 14", "district": "Barrio de San Miguel", "postcode": "62520", "town": "Tepoztlán",
          "region": "Mor."}),
    ("MX", "{street}\n{postcode} {town}, {region}",
     {"street": "Av. Costera Bacalar 312", "postcode": "77930", "town": "Bacalar", "region": "Q. Roo"}),
    ("AR", "{street}\n{postcode} {town}, {region}",
     {"street": "Belgrano 355", "postcode": "Y4624", "town": "Tilcara", "region": "Jujuy"}),
    ("CL", "{street}\n{town}, {region}",
     {"street": "Caracoles 212", "town": "San Pedro de Atacama", "region": "Región de Antofagasta"}),
    ("CO", "{street}\n{town}, {region}", {"street": "Carrera 9 # 12-45", "town": "Villa de Leyva", "region": "Boyacá"}),
    ("CO", "{street}, {unit}\n{town}, {region}",
     {"street": "Calle 6 # 4-18", "unit": "Apto 201", "town": "Salento", "region": "Quindío"}),
    # Africa and the Middle East
    ("ZA", "{street}\n{town}\n{postcode}", {"street": "14 Church Street", "town": "Clarens", "postcode": "9707"}),
    ("ZA", "{street}\n{town}\n{postcode}", {"street": "22 Main Road", "town": "Greyton", "postcode": "7233"}),
    ("KE", "{street} - {postcode}\n{town}", {"street": "P.O. Box 212", "postcode": "80500", "town": "Lamu"}),
    ("NG", "{street}\n{town}, {region}",
     {"street": "Plot 14, Ahmadu Bello Way", "town": "Kafanchan", "region": "Kaduna State"}),
    ("SE", "{street}\n{postcode} {town}", {"street": "Kullagatan 12", "postcode": "263 77", "town": "Mölle"}),
    ("SE", "{street}\n{postcode} {town}", {"street": "Strandvägen 4", "postcode": "450 34", "town": "Fiskebäckskil"}),
    ("NO", "{street}\n{postcode} {town}", {"street": "Kjerkgata 5", "postcode": "7374", "town": "Røros"}),
    ("NO", "{street}\n{postcode} {town}", {"street": "Reineveien 14", "postcode": "8390", "town": "Reine"}),
    ("DK", "{street}\n{postcode} {town}", {"street": "Vestergade 9", "postcode": "5970", "town": "Ærøskøbing"}),
    ("DK", "{street}, {unit}\n{postcode} {town}",
     {"street": "Østerbyvej 22", "unit": "1. th.", "postcode": "9990", "town": "Skagen"}),
    ("FI", "{street}\n{postcode} {town}", {"street": "Fiskarsintie 12", "postcode": "10470", "town": "Fiskars"}),
    ("FI", "{street} {unit}\n{postcode} {town}",
     {"street": "Rantatie 3", "unit": "B 7", "postcode": "21100", "town": "Naantali"}),
    ("IL", "{street}, {town}", {"street": "רחוב החלוצים 14", "town": "ראש פינה"}),
    ("IL", "{street}, {unit}, {town}", {"street": "רחוב הראשונים 9", "unit": "דירה 5", "town": "מטולה"}),
    ("EG", "{street}، واحة {town}، محافظة {region}", {"street": "12 شارع السوق", "town": "سيوة", "region": "مطروح"}),
    ("MA", "{street}\n{postcode} {town}",
     {"street": "Derb Rif Andalous 14", "postcode": "91000", "town": "Chefchaouen"}),
    ("SA", "حي {district}، {street}، {town}",
     {"district": "العزيزية", "street": "شارع الأمير سلطان 45", "town": "العلا"}),
]
ADDRESSES = [Address(i, cc, layout, **fields) for i, (cc, layout, fields) in enumerate(ADDR_SPECS)]

# Phones of 50 countries, national format, no country code.
PHONES = {
    "GB": ["07723 418906", "07812 336 045", "07400 219 873", "01584 872331", "01308 427716", "07958 104227",
           "01947 600318"],
    "IE": ["087 314 2209", "085 771 4036", "064 664 1187", "023 883 4410"],
    "US": ["(520) 432-7781", "802-253-4196", "(815) 777-2043", "479-253-8812", "(507) 467-3390", "252-928-4417",
           "(312) 874-2209"],
    "CA": ["902-634-5518", "(418) 435-2267", "250-725-3301"],
    "AU": ["0412 557 930", "(03) 5348 2291", "0438 902 116", "(08) 9757 4412", "0466 218 305"],
    "NZ": ["021 448 3920", "(03) 304 7718", "027 551 0984"],
    "DE": ["0151 23984471", "07532 441289", "0176 30418822", "09851 578204", "0160 9182 3374"],
    "AT": ["0664 381 2290", "0676 4415093", "06134 8277"],
    "CH": ["079 412 55 80", "078 633 19 02", "081 842 61 07"],
    "FR": ["06 12 48 93 70", "07 81 22 36 45", "03 89 47 21 08", "06 58 14 77 29"],
    "BE": ["0476 21 43 88", "0492 58 17 30", "061 46 72 19"],
    "NL": ["06-41287733", "06 1934 5820", "0517-412388"],
    "ES": ["612 48 93 07", "655 301 228", "942 81 90 46"],
    "PT": ["912 384 771", "936 402 118", "262 959 314"],
    "IT": ["347 218 4490", "333 908 1175", "0578 748213", "0341 830442"],
    "PL": ["512 384 097", "603 221 840", "86 718 44 12", "791 045 338"],
    "CZ": ["604 218 337", "731 402 915", "777 318 240"],
    "HU": ["06 30 412 8876", "06 20 318 4402", "06 70 215 9384"],
    "RO": ["0742 318 905", "0721 604 337", "0269 218 447"],
    "GR": ["694 518 2273", "697 204 8816", "26560 41287"],
    "TR": ["0532 418 77 21", "0545 309 12 84", "0505 771 40 96", "(0232) 892 18 40"],
    "RU": ["8 (916) 418-27-53", "8 903 712-44-08", "8 (48539) 2-14-07"],
    "UA": ["067 412 88 30", "093 218 40 77", "050 381 27 64", "(04653) 4-12-07"],
    "JP": ["090-4128-7763", "080-3371-2046", "05769-6-1418", "070-2158-4430"],
    "KR": ["010-4128-7730", "010-2294-6618", "033-671-2290", "010 8841 3027"],
    "CN": ["138 1742 6690", "159 2684 1137", "186 0573 2248"],
    "TW": ["0912-418-553", "(02) 2496-7718"],
    "VN": ["0912 418 336", "0387 224 519", "0868 301 772"],
    "TH": ["081 418 2297", "089 635 1140", "062 771 4308"],
    "IN": ["94180 27731", "98160 44218", "0141 274 3318"],
    "ID": ["0812-4188-2093", "0857 3321 9046", "0361 975 218"],
    "PH": ["0917 418 2265", "0928 551 3047", "0956 120 4471"],
    "BR": ["(62) 99841-2277", "(12) 98133-0462", "(85) 99702-3318"],
    "MX": ["55 4182 7736", "998 214 3370", "777 391 0248"],
    "AR": ["11 4182-7730", "0388 15-459-2218", "351 662-0419"],
    "CL": ["9 8412 7730", "9 6637 1852"],
    "CO": ["310 418 2273", "315 660 1248"],
    "ZA": ["082 418 3391", "073 226 1904"],
    "KE": ["0712 418 339", "0722 904 118"],
    "NG": ["0803 418 2271", "0816 225 9034"],
    "SE": ["070-418 22 73", "073-551 06 48", "042-34 71 09"],
    "NO": ["412 88 307", "938 41 226", "72 41 08 93"],
    "DK": ["41 28 77 30", "22 61 45 09", "62 52 18 40"],
    "FI": ["040 418 2273", "050 337 1864", "044 902 6617"],
    "IL": ["052-418-2273", "054-771-3029", "050-638-1194"],
    "EG": ["0100 418 2273", "0112 553 0917"],
    "MA": ["0661-418227", "0770-213984"],
    "SA": ["055 418 2273", "050 772 1946"],
    "JO": ["079 418 2273"],
}

# Dates of birth in each writer's style.
DOBS = {
    "uk": ["14/03/1988", "02/11/1996", "27/07/2001", "09/05/1979", "30/01/2004", "18/08/1993"],
    "minor_uk": ["14/03/2009", "27/07/2009", "03/12/2008"],
    "minor_us": ["04/22/2009", "Sept 12, 2009"],
    "us": ["11/30/1983", "04/07/1999", "March 3, 1990", "Sept 12, 2002", "06/21/1995", "Jan 9 1987"],
    "de": ["04.07.1992", "23.11.1987", "17.02.2003", "08.09.1998", "1. Juni 1990"],
    "fr": ["12/05/1996", "3 février 1989", "28/10/2000", "17 juillet 1984"],
    "es": ["3 de mayo de 1994", "21/08/1991", "14-02-2005", "30 de octubre de 1986"],
    "pt": ["19/06/1997", "5 de março de 1993", "08/12/2006"],
    "it": ["7 settembre 1995", "22/04/1990", "03/01/2007"],
    "mdy": ["07-14-1991", "02-03-1986", "10-27-1998"],
    "iso": ["1997-08-21", "2006-01-30", "1985-12-02", "2008-05-17", "1999-10-04"],
    "ja": ["1995年4月12日", "2007年11月3日", "平成12年6月8日"],
    "ko": ["1999.04.17", "2003. 9. 23."],
    "zh": ["1996年2月29日", "2001年7月15日"],
    "pl": ["11.06.1994", "2 sierpnia 2003"],
    "nl": ["18-06-1994", "3 januari 2007"],
    "ru": ["12.04.1991", "27 сентября 2004 г."],
    "el": ["15/09/1992", "4 Μαΐου 2005"],
    "he": ["21.03.1998"],
    "hi": ["15/08/1997", "2 अक्टूबर 2006"],
    "tr": ["19.05.1996", "23 Nisan 2007"],
    "id": ["17 Agustus 1995"],
    "vi": ["20/11/1998"],
}

# National IDs (check digits worked out once, typed in). Bound ones carry the person they encode.
IDS = {
    "US_SSN": ["412-68-3097", "529-31-7724", "318-54-9026"],
    "DE_STEUER": ["47 129 385 645", "83051749280", "26 910 473 658"],
    "FR_NIR": [("2 94 07 69 123 048 87", "F"), ("1 87 05 46 102 117 78", "M"), ("2 01 12 33 063 284 82", "F")],
    "ES_DNI": ["48293751F", "73018264A", "05827319Q"],
    "ES_NIE": ["Y4827316K", "X9173024A"],
    "PT_NIF": ["248173650", "219304785", "253081467"],
    "BR_CPF": ["384.172.650-07", "529.036.184-70", "617.283.940-31"],
    "PL_PESEL": [("96031404823", "F", "14.03.1996"), ("03280209176", "M", "02.08.2003"),
                 ("88112503756", "M", "25.11.1988")],
    "SE_PNR": [("950612-4388", "F"), ("880219-3279", "M"), ("010907-2462", "F")],
    "NL_BSN": ["274819363", "193057426", "318274607"],
    "CA_SIN": ["046 182 739", "527 309 181"],
    "KR_RRN": [("990417-2183053", "F"), ("010923-4327181", "F")],
    "TR_TCKN": ["38471620540", "52719304832", "64102837506", "29037581634"],
    "IT_CF": [("FRRGLI92C54F205R", "Giulia Ferrari"), ("BNCMRC88T12H501D", "Marco Bianchi")],
    "IN_PAN": ["BQRPS4718K", "AKYPV2093M", "CHGPI7351D", "AMXPY6042R", "BEKPK3158N", "ANZPM9260L"],
    "IN_AADHAAR": ["5841 7326 0914"],
    "UK_NINO": ["JT 48 19 27 C", "NP 61 30 58 A"],
    "UK_NHS": ["485 193 7261", "712 604 9382"],
}

IBANS = {
    "GB": ["GB25 BARC 2032 5873 9104 62", "GB81 LOYD 3096 3317 4829 05"],
    "IE": ["IE27 BOFI 9058 3812 0456 71"],
    "DE": ["DE76 4306 0967 1187 3425 00", "DE87 1203 0000 1064 8273 19", "DE27 7601 0085 0924 3158 72"],
    "FR": ["FR76 3000 4008 2000 0415 8376 202"],
    "ES": ["ES15 2100 0418 4702 0018 3746"],
    "NL": ["NL60 ABNA 0471 8293 05", "NL49 RABO 0318 2647 09"],
    "IT": ["IT96 N030 6909 6061 0000 0003 817"],
    "PT": ["PT50 0035 0651 0004 7318 2942 3"],
    "BE": ["BE58 0631 8427 5379"],
    "PL": ["PL07 1090 2590 0000 0001 4827 6593"],
    "SE": ["SE72 8000 0810 3400 0978 3242"],
    "AT": ["AT19 2011 1827 1548 9307"],
    "CH": ["CH93 0076 2011 6238 5295 7"],
}
CARDS = ["4539 4817 2630 5810", "5528 4109 7326 4180", "4929871634509271", "3748 162094 53718"]
HOSPITAL_NUMBERS = ["RX1 482 907", "K0437718"]
IPS = ["81.174.22.139", "86.12.203.77", "2a02:c7c:5e21:9b00:4d1:8f3a:22c0:1e7", "92.40.187.14", "178.197.224.61",
       "151.43.8.96", "190.221.34.17", "49.207.180.55", "101.188.67.230", "88.130.41.205"]

DOMAINS = {
    "en": ["gmail.com", "outlook.com", "icloud.com", "yahoo.com", "proton.me", "hotmail.co.uk"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "videotron.ca"],
    "es": ["gmail.com", "yahoo.es", "hotmail.es", "outlook.es"],
    "pt": ["uol.com.br", "bol.com.br", "gmail.com", "sapo.pt"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "hotmail.nl"],
    "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
    "ko": ["naver.com", "daum.net", "kakao.com"],
    "zh": ["qq.com", "163.com", "126.com"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru"],
    "uk": ["ukr.net", "i.ua", "gmail.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com"],
    "he": ["walla.co.il", "gmail.com"],
    "el": ["otenet.gr", "yahoo.gr", "gmail.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "th": ["hotmail.com", "gmail.com"],
    "vi": ["gmail.com", "yahoo.com.vn"],
    "id": ["gmail.com", "yahoo.co.id"],
    "tl": ["gmail.com", "yahoo.com.ph"],
    "sv": ["telia.com", "hotmail.se", "bredband.net"],
    "no": ["online.no", "hotmail.no"],
    "da": ["mail.dk", "hotmail.dk"],
    "fi": ["kolumbus.fi", "luukku.com"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "ro": ["yahoo.ro", "gmail.com"],
    "hu": ["freemail.hu", "citromail.hu"],
}
EMAIL_STYLES = ["g.f", "gf", "g_f", "f.g", "if", "i.f", "g.fi", "gfi"]
HANDLE_STYLES = ["gf", "g.f", "g_f", "if", "gfi", "fi", "g.fi"]
HANDLE_SUFFIXES = ["films", "tv", "live", "makes", "edits", "studio", "art", "photo", "music", "plays", "cooks", "gg"]

# Public names: things creators talk about. Never labelled.
CREATORS = ["MrBeast", "PewDiePie", "Markiplier", "Jacksepticeye", "Marques Brownlee", "Linus Sebastian",
            "Emma Chamberlain", "Kai Cenat", "IShowSpeed", "Pokimane", "Ninja", "xQc", "Valkyrae", "Lilly Singh",
            "Casey Neistat", "Dude Perfect", "Zach King", "Khaby Lame", "Charli D'Amelio", "Logan Paul", "KSI",
            "the Sidemen", "Ludwig", "Mark Rober", "Michelle Khare", "Hank Green", "Ali Abdaal", "Colin and Samir",
            "Safiya Nygaard", "Joshua Weissman", "Uncle Roger", "Cleo Abram", "Ryan Trahan", "Airrack", "CaseOh",
            "Jynxzi", "Ibai Llanos", "Squeezie", "HIKAKIN", "CarryMinati", "Dhruv Rathee", "Whindersson Nunes"]
CELEBS = ["Taylor Swift", "Beyoncé", "Rihanna", "Billie Eilish", "Ed Sheeran", "Bad Bunny", "Rosalía", "Dua Lipa",
          "Drake", "Kendrick Lamar", "Olivia Rodrigo", "Sabrina Carpenter", "Chappell Roan", "Harry Styles",
          "Selena Gomez", "Kim Kardashian", "Kylie Jenner", "Zendaya", "Lady Gaga", "Shakira", "BTS", "BLACKPINK"]
PODCASTERS = ["Joe Rogan", "Lex Fridman", "Alex Cooper", "Steven Bartlett", "Mel Robbins", "Andrew Huberman",
              "Conan O'Brien", "Theo Von", "Jay Shetty", "Dax Shepard", "Ira Glass", "Marc Maron"]
TOOLS = ["OBS Studio", "Streamlabs", "StreamElements", "Audacity", "Premiere Pro", "DaVinci Resolve",
         "Final Cut Pro", "CapCut", "Canva", "Descript", "Riverside", "Zencastr", "Notion", "Airtable", "Frame.io",
         "Adobe Audition", "Reaper", "Ableton Live", "FL Studio", "Logic Pro", "Lightroom", "Capture One",
         "Photoshop", "Kdenlive", "Shotcut", "Blender", "Auphonic", "Stream Deck", "GoXLR", "Rode Connect",
         "Streamer.bot", "Restream", "TubeBuddy", "vidIQ", "Social Blade", "Epidemic Sound", "Artlist", "Later",
         "Buffer", "Hootsuite", "Metricool", "Linktree", "Beacons", "Stan Store", "Gumroad"]
BOTS = ["MEE6", "Carl-bot", "Dyno", "Nightbot", "Moobot", "Fossabot", "Wizebot", "Sapphire", "Ticket Tool", "Wick",
        "Arcane", "YAGPDB", "Hydra", "Tatsu", "ProBot", "Mudae", "Dank Memer", "Pokétwo"]
BRANDS = ["NordVPN", "Squarespace", "HelloFresh", "Raid: Shadow Legends", "Manscaped", "AG1", "BetterHelp",
          "Audible", "Skillshare", "Ridge", "Dr Pepper", "Ben & Jerry's", "Hugo Boss", "Tommy Hilfiger",
          "Calvin Klein", "Ralph Lauren", "Estée Lauder", "Marc Jacobs", "Michael Kors", "Kate Spade", "Tory Burch",
          "Jimmy Choo", "Paul Smith", "Ted Baker", "Jack Daniel's", "Johnnie Walker", "Wendy's", "McDonald's",
          "Tim Hortons", "Dr. Martens", "Ferrari", "Porsche", "Dell", "Casper", "Hershey's", "Kellogg's", "Cadbury",
          "Heinz", "Gymshark", "Prime Hydration", "Feastables", "Lunchly", "Glossier", "Fenty Beauty", "Rare Beauty",
          "Rhode", "Skims", "Wix", "Hostinger", "Surfshark", "Brilliant", "Factor", "Liquid Death", "Celsius",
          "G Fuel", "Secretlab", "Razer", "Logitech", "Elgato", "HyperX", "Shure", "Rode", "Sennheiser", "DJI",
          "GoPro", "Fujifilm"]
CITIES = ["Los Angeles", "Tokyo", "Seoul", "London", "Berlin", "Lisbon", "Dubai", "Austin", "Amsterdam", "Paris",
          "São Paulo", "Mexico City", "Anaheim", "San Diego", "Rotterdam", "Cologne", "Las Vegas", "Miami",
          "Toronto", "Sydney", "Manila", "Jakarta", "Mumbai", "Bangkok", "Istanbul", "Barcelona", "Milan"]


class Ctx:
    """What a template draws from. People, addresses, phones, dates and IDs are drawn least-used
    first (ties broken by the seeded RNG) and never twice in one row."""

    def __init__(self, rng, usage, i):
        self.rng, self.usage, self.i = rng, usage, i
        self.used = set()

    def _draw(self, kind, items, key):
        cands = [x for x in items if (kind, key(x)) not in self.used]
        assert cands, kind
        lo = min(self.usage[(kind, key(x))] for x in cands)
        best = [x for x in cands if self.usage[(kind, key(x))] == lo]
        x = best[self.rng.randrange(len(best))]
        self.usage[(kind, key(x))] += 1
        self.used.add((kind, key(x)))
        return x

    # people --------------------------------------------------------------------------------
    def person(self, pool="en", sex=None):
        items = [p for p in PEOPLE if p.pool == pool and (sex is None or p.sex == sex)]
        return self._draw("person", items, lambda p: p.idx)

    def named(self, full_raw):
        p = next(p for p in PEOPLE if f"{p.given_raw} {p.family_raw}" == full_raw)
        self.usage[("person", p.idx)] += 1
        self.used.add(("person", p.idx))
        return p

    def email(self, p, style=None, domain=None, num=None):
        style = style or self.pick(EMAIL_STYLES)
        domain = domain or self.pick(DOMAINS[p.pool])
        if num is None:
            num = self.pick(["", "", "", str(self.rng.randint(2, 99))])
        return p.email(style, domain, num)

    def handle(self, p, style=None, num=None):
        style = style or self.pick(HANDLE_STYLES)
        if num is None:
            num = self.pick(["", "", str(self.rng.randint(1, 99)), str(self.rng.randint(1985, 2009))])
        return p.handle(style, num)

    def chandle(self, p, style=None):
        """A creator handle: name with a glued suffix."""
        return p.handle_suffix(style or self.pick(["gf", "g", "f", "gfi"]), self.pick(HANDLE_SUFFIXES))

    # places and numbers ----------------------------------------------------------------------
    def addr(self, *ccs, where=None):
        items = [a for a in ADDRESSES if a.cc in ccs and (where is None or where(a))]
        return self._draw("addr", items, lambda a: a.idx)

    def phone(self, cc):
        return M("PHONE_NUMBER", self._draw("phone", PHONES[cc], lambda s: s))

    def dob(self, style):
        return M("DATE_OF_BIRTH", self._draw("dob", DOBS[style], lambda s: s))

    def nid(self, kind, typ="NATIONAL_ID"):
        x = self._draw("id", IDS[kind], lambda s: s if isinstance(s, str) else s[0])
        return M(typ, x) if isinstance(x, str) else (M(typ, x[0]),) + tuple(x[1:])

    def ssn(self):
        return self.nid("US_SSN", "US_SSN")

    def iban(self, cc):
        return M("IBAN_CODE", self._draw("iban", IBANS[cc], lambda s: s))

    def card(self):
        return M("CREDIT_CARD", self._draw("card", CARDS, lambda s: s))

    def ip(self):
        return M("IP_ADDRESS", self._draw("ip", IPS, lambda s: s))

    # public pools -----------------------------------------------------------------------------
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)

    def money(self, lo, hi, step=50, sep=","):
        return f"{self.rng.randrange(lo, hi, step):,}".replace(",", sep)


TEMPLATES = []


def tpl(cls, name, lang, n, case=None):
    """Register a template: class, template name, language, rows, casing (None/lower/upper)."""
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


# Handles that are not built from a name (not labelled), invented agencies and shows.
NONAME = ["grimlock_77", "xXvoidwalkerXx", "potatoking", "nightowl_gg", "sk8rboi2003", "frostbyte", "lemonsqueezy",
          "Tofu_Enjoyer", "crankyraccoon", "pixelgoblin", "NotABot_99", "quietstorm", "hollowmoon", "Zer0Cool",
          "spicyramen", "capybara_fan", "duckduckgoose", "moonpie88", "toasterbath", "gremlinhours"]
AGENCIES = [("Northlane Talent", "northlanetalent.com"), ("Brightloop Media", "brightloop.media"),
            ("Kitefield Agency", "kitefield.co"), ("Halcyon Creators", "halcyoncreators.com"),
            ("Oakbridge Social", "oakbridgesocial.co.uk")]
SHOWS = ["Side Quest Radio", "Two Mics No Plan", "The Long Exposure", "Kiln & Coffee", "Pixel Kitchen Podcast",
         "Off the Grid Tapes"]
SPONSORS_EN = ["NordVPN", "Squarespace", "HelloFresh", "AG1", "Manscaped", "Ridge", "Surfshark", "Factor",
               "Skillshare", "Brilliant", "Audible", "Raid: Shadow Legends"]


def csv_addr(a):
    """street, unit, town, postcode, region of an address as marked values ('' if absent)."""
    return [getattr(a, k) if a.has(k) else "" for k in ("street", "unit", "town", "postcode", "region")]


# =============================================================================================
# personal_deals: sponsorship contracts, invoices with payee details, payout and tax forms
# =============================================================================================
@tpl("personal_deals", "contract_clause", "en", 3)
def t_contract_clause(c):
    p, mgr = c.person("en"), c.person("en")
    a = c.addr("GB", "US", "IE", "CA", "AU")
    brand = c.pick(SPONSORS_EN)
    return (f"Can you check clause 4 of this {brand} deal before I sign? My manager {mgr.full} says it's standard "
            f"but the usage rights feel really long to me.\n\n"
            f"INFLUENCER AGREEMENT\n"
            f"This Agreement is made between {brand} (\"Brand\") and {p.full}, trading as \"{c.chandle(p)}\" "
            f"(\"Creator\"), of {a.line}.\n"
            f"3. Deliverables: one 60–90 second integrated mention in a long-form YouTube video and two Instagram "
            f"Stories with link sticker.\n"
            f"4. Fee and usage: USD {c.money(2000, 18000, 250)}, payable net 60 after posting. Brand may use the "
            f"Creator's name, likeness and voice in paid ads for 24 months in all territories.\n"
            f"Notices to the Creator: {c.email(p)}")


@tpl("personal_deals", "invoice_iban", "en", 3)
def t_invoice_iban(c):
    p = c.person("en")
    a = c.addr("GB", "IE")
    agency, dom = c.pick(AGENCIES)
    cur = "£" if a.cc == "GB" else "€"
    return (f"Please tidy this into a proper invoice layout and add a line about late payment interest.\n\n"
            f"INVOICE #{c.num(100, 340)}\n"
            f"From: {p.full}\n{a.block}\n{c.phone(a.cc)}\n\n"
            f"To: {agency}, accounts payable (invoices@{dom})\n"
            f"For: YouTube integration, {c.pick(SPONSORS_EN)} autumn campaign, 1 x dedicated segment\n"
            f"Amount: {cur}{c.money(800, 6000, 100)}\n"
            f"Pay to: {p.full}\nIBAN: {c.iban(a.cc)}\nTerms: 30 days")


@tpl("personal_deals", "w9_sister", "en", 2)
def t_w9_sister(c):
    p = c.person("en", "F")
    a = c.addr("US")
    return (f"Helping my sister with her first brand deal paperwork. This is what she typed into the W-9 the agency "
            f"sent, does line 3 look right for a sole proprietor with no LLC?\n\n"
            f"1 Name: {p.full}\n"
            f"2 Business name: {c.chandle(p)}\n"
            f"3 Federal tax classification: Individual/sole proprietor\n"
            f"5 Address: {a.street}{' ' + a.unit if a.has('unit') else ''}\n"
            f"6 City, state, ZIP: {a.town}, {a.region} {a.postcode}\n"
            f"Part I SSN: {c.ssn()}")


@tpl("personal_deals", "rechnung_kleinunternehmer", "de", 2)
def t_rechnung(c):
    p, kontakt = c.person("de", "F"), c.person("de")
    a = c.addr("DE")
    agency, dom = c.pick(AGENCIES)
    brand = c.pick(["Hugo Boss", "Porsche", "Haribo", "Dr. Oetker", "Adidas", "Puma", "Lidl"])
    return (f"Kannst du mir aus diesen Daten eine Rechnung für die Agentur schreiben? Ich bin Kleinunternehmerin "
            f"nach § 19 UStG, also ohne Umsatzsteuer ausweissen.\n\n"
            f"Rechnungsstellerin: {p.full}\n{a.block}\n"
            f"Steuer-ID: {c.nid('DE_STEUER')}\n"
            f"Leistung: 1 TikTok-Video + 3 Story-Slides für {brand}, Kampagne „Herbst“\n"
            f"Betrag: {c.money(600, 4000, 50, '.')} €\n"
            f"Bankverbindung: {c.iban('DE')}\n"
            f"Ansprechpartner bei {agency}: {'Frau' if kontakt.sex == 'F' else 'Herr'} {kontakt.f} "
            f"({c.email(kontakt, domain=dom, num='')})")


@tpl("personal_deals", "facture_videaste", "fr", 2)
def t_facture(c):
    p = c.person("fr")
    x, y = c.person("fr", "F"), c.person("fr", "M")
    a = c.addr("FR", "BE")
    return (f"Bonjour, je suis vidéaste mariage en micro-entreprise. Tu peux rendre cette facture plus pro ?\n\n"
            f"FACTURE N° 2025-0{c.num(10, 58)}\n"
            f"Prestataire : {p.full}\n{a.block}\nTél. {c.phone(a.cc)}\n"
            f"Clients : Mme {x.f} et M. {y.full}\n"
            f"Film souvenir 12 min + teaser 60 s + drone : {c.money(1400, 2600, 50, ' ')} €\n"
            f"TVA non applicable, art. 293 B du CGI\n"
            f"Règlement par virement : {c.iban(a.cc)}")


@tpl("personal_deals", "contrato_dni", "es", 2)
def t_contrato(c):
    p = c.person("es")
    a = c.addr("ES")
    tit = "D.ª" if p.sex == "F" else "D."
    rol = "la Creadora" if p.sex == "F" else "el Creador"
    brand = c.pick(["Mahou", "Desigual", "Estrella Galicia", "Cupra", "Mercadona"])
    return (f"Revisa este contrato de colaboración con una marca. ¿Hay algo abusivo en la cláusula de "
            f"exclusividad? No quiero quedarme sin trabajar con otras marcas de bebidas un año entero.\n\n"
            f"CONTRATO DE COLABORACIÓN PUBLICITARIA\n"
            f"De una parte, {brand}, representada por su departamento de marketing.\n"
            f"De otra parte, {tit} {p.full}, mayor de edad, con DNI {c.nid('ES_DNI')} y domicilio en {a.line}, "
            f"en adelante «{rol}».\n"
            f"CUARTA. Exclusividad: {rol} se compromete a no promocionar marcas competidoras durante 12 meses.")


@tpl("personal_deals", "contrato_pix", "pt", 2)
def t_contrato_pix(c):
    p, ag = c.person("pt"), c.person("pt")
    a = c.addr("BR")
    brand = c.pick(["Natura", "O Boticário", "iFood", "Havaianas", "Guaraná Antarctica", "Nubank"])
    return (f"Oi! Pode conferir se esse contrato de publi tá ok? A agência pediu pra eu assinar hoje ainda 😅\n\n"
            f"{'CONTRATADA' if p.sex == 'F' else 'CONTRATADO'}: {p.full}, {'inscrita' if p.sex == 'F' else 'inscrito'} "
            f"no CPF sob o nº {c.nid('BR_CPF')}, residente em {a.line}.\n"
            f"Chave Pix para pagamento: {c.phone('BR')}\n"
            f"ENTREGAS: 2 Reels + 1 TikTok para {brand}, com 30 dias de impulsionamento.\n"
            f"Contato da agência: {ag.full} – {c.email(ag)}")


@tpl("personal_deals", "notula_ritenuta", "it", 1)
def t_notula(c):
    p = c.named(["Giulia Ferrari", "Marco Bianchi"][c.i])
    cf = c.nid("IT_CF")
    while cf[1] != f"{p.given_raw} {p.family_raw}":
        cf = c.nid("IT_CF")
    born = ("nata a", "Milano", "14/03/1992") if p.sex == "F" else ("nato a", "Roma", "12/12/1988")
    a = c.addr("IT")
    brand = c.pick(["Lavazza", "Kiko Milano", "Barilla", "Ferrero", "Campari"])
    return (f"Mi aiuti a compilare una notula per prestazione occasionale? È la prima collaborazione con un brand e "
            f"non so come si calcola la ritenuta.\n\n"
            f"Prestatore: {p.full}, {born[0]} {M('LOCATION', born[1])} il {M('DATE_OF_BIRTH', born[2])}\n"
            f"Codice fiscale: {cf[0]}\n"
            f"Residenza: {a.line}\n"
            f"Committente: {brand} S.p.A.\n"
            f"Compenso lordo: 1.200,00 €\nRitenuta d'acconto 20%: 240,00 €\nNetto a pagare: 960,00 €\n"
            f"IBAN: {c.iban('IT')}")


@tpl("personal_deals", "factuur_whitelisting", "nl", 1)
def t_factuur(c):
    p, k = c.person("nl"), c.person("nl")
    a = c.addr("NL", "BE")
    agency = c.pick(AGENCIES)[0]
    return (f"Kun je deze factuur even nakijken? Volgens mij klopt de btw niet, ik doe sinds januari niet meer "
            f"mee aan de KOR.\n\n"
            f"Factuur 2025-{c.num(11, 49)}\n{p.full}\n{a.block}\n"
            f"IBAN: {c.iban(a.cc)}\n\n"
            f"Aan: {agency}, t.a.v. {k.full}\n"
            f"Omschrijving: 3x TikTok-video voor {c.pick(['Albert Heijn', 'Philips', 'Heineken', 'HEMA'])} "
            f"(incl. 30 dagen whitelisting)\n"
            f"Bedrag: € {c.money(900, 3000, 50, '.')},- excl. btw")


@tpl("personal_deals", "umowa_o_dzielo", "pl", 2)
def t_umowa(c):
    pesel = c.nid("PL_PESEL")
    p = c.person("pl", pesel[1])
    a = c.addr("PL")
    return (f"Sprawdź proszę, czy ta umowa o dzieło z agencją jest w porządku. Najbardziej martwi mnie "
            f"przeniesienie praw autorskich na wszystkich polach eksploatacji.\n\n"
            f"UMOWA O DZIEŁO nr {c.num(3, 40)}/2025\n"
            f"Wykonawca: {p.full}, PESEL {pesel[0]}, zam. {a.line}\n"
            f"Zamawiający: {c.pick(AGENCIES)[0]} sp. z o.o.\n"
            f"Przedmiot: montaż 4 odcinków vloga + miniatury (Premiere Pro, Photoshop)\n"
            f"Wynagrodzenie: 3 200 zł brutto, płatne na rachunek {c.iban('PL')}")


@tpl("personal_deals", "seikyusho", "ja", 1)
def t_seikyusho(c):
    p, tanto = c.person("ja"), c.person("ja")
    a = c.addr("JP")
    brand = c.pick(["日清食品", "ユニクロ", "サントリー", "資生堂"])
    return (f"以下の内容で案件の請求書の送付メールを作ってください。丁寧な感じでお願いします。\n\n"
            f"宛先：株式会社ブライトループ ご担当 {tanto.f}様\n"
            f"請求者：{p.full}\n"
            f"住所：{a.block}\n"
            f"電話：{c.phone('JP')}\n"
            f"件名：YouTubeタイアップ動画制作費（{brand}）\n"
            f"金額：{c.money(110000, 550000, 11000)}円（税込）\n"
            f"お支払期日：翌月末")


@tpl("personal_deals", "payout_update_chat", "en", 2, "lower")
def t_payout_chat(c):
    p = c.person("en")
    a = c.addr("US", "GB", "AU", "CA")
    return (f"hey quick one before the {c.pick(SPONSORS_EN)} invoice goes out — can u switch my payout to paypal "
            f"{c.email(p)} instead of the bank? also i moved, new address is {a.line}. "
            f"the invoice should still say {p.full} not the channel name bc of taxes. ty!! — {p.g}")


@tpl("personal_deals", "faktura_personnummer", "sv", 2)
def t_faktura_sv(c):
    pnr = c.nid("SE_PNR")
    p, k = c.person("sv", pnr[1]), c.person("sv")
    a = c.addr("SE")
    return (f"Hjälp mig skriva ett mejl till byrån: de har betalat ut arvodet till fel konto och nu vill de ha "
            f"mina uppgifter igen.\n\n"
            f"Namn: {p.full}\nPersonnummer: {pnr[0]}\nAdress: {a.line}\n"
            f"Rätt konto: {c.iban('SE')}\n"
            f"Kampanj: {c.pick(['IKEA', 'Oatly', 'Klarna', 'Volvo'])} x TikTok, vecka 42\n"
            f"Kontaktperson på byrån: {k.full} ({c.email(k)})")


@tpl("personal_deals", "wise_thread", "en", 2)
def t_wise_thread(c):
    p, ap = c.person("en"), c.person("en")
    a = c.addr("GB", "IE", "AU", "NZ", "ZA", "KE", "NG")
    agency, dom = c.pick(AGENCIES)
    return (f"Summarise this thread and tell me what I still need to send them:\n\n"
            f"> From: {ap.full} <{c.email(ap, domain=dom, num='')}>\n"
            f"> Subject: Payment returned – {c.pick(SPONSORS_EN)} integration\n"
            f"> Hi {p.g}, Wise bounced the payment because the account name didn't match the invoice. Could you "
            f"confirm the exact name on the account and your billing address?\n>\n"
            f"> Thanks,\n> {ap.g}\n> Accounts Payable | {agency}\n> {c.phone('GB')}\n\n"
            f"My draft reply:\nHi {ap.g}, the account is in my legal name, {p.full}, not the channel name. "
            f"Billing address is {a.line}.")


# =============================================================================================
# personal_community: Discord and Twitch moderation logs, doxxing and DMCA reports, fan mail
# =============================================================================================
@tpl("personal_community", "discord_doxx_log", "en", 3)
def t_discord_doxx(c):
    p, mod = c.person("en"), c.person("en")
    a = c.addr("US", "GB", "CA", "AU", "IE")
    u = c.pick(NONAME)
    mh = c.handle(mod)
    bot = c.pick(["Carl-bot", "Dyno", "MEE6"])
    return (f"Can you summarise this mod log for our Trust & Safety ticket? Keep it factual, no opinions.\n\n"
            f"[21:14] <{u}> lol found the streamer's real name, it's {p.full}\n"
            f"[21:14] <{u}> lives at {a.street} in {a.town} btw\n"
            f"[21:15] <{bot}> Message by {u} deleted in #general (AutoMod: personal info)\n"
            f"[21:15] <{mh}> @{u} that's a ban. do not post anyone's personal info here.\n"
            f"[21:16] <{bot}> {u} was banned by {mh} | reason: doxxing")


@tpl("personal_community", "privacy_report", "en", 2)
def t_privacy_report(c):
    p = c.person("en", "F")
    a = c.addr("GB", "US", "AU", "NZ", "CA")
    return (f"Help me write a report to YouTube's privacy team. Someone posted my home details under my last "
            f"community post and it's being screenshoted and shared.\n\n"
            f"What was posted (copied exactly): \"{p.full} lives at {a.line}, her number is {c.phone(a.cc)}, "
            f"go say hi 😂\"\n"
            f"My channel: {c.chandle(p)}\n"
            f"Account that posted it: @{c.pick(NONAME)}\n"
            f"I want it taken down under the privacy guidelines, not as a copyright claim.")


@tpl("personal_community", "dmca_notice", "en", 3)
def t_dmca(c):
    p = c.person("en")
    a = c.addr("US", "CA", "GB", "AU")
    title = c.pick(["I Tried Every Gas Station Sandwich in Ohio", "Restoring a 1972 Singer Sewing Machine",
                    "Speedrunning My Grandma's Recipe Book", "Building a Pond for 30 Frogs"])
    return (f"Is this DMCA notice complete enough to send to TikTok? A reupload account keeps posting my full videos "
            f"with the watermark cropped out.\n\n"
            f"Copyright owner: {p.full}\nAddress: {a.line}\nPhone: {c.phone(a.cc)}\nEmail: {c.email(p)}\n"
            f"Original work: \"{title}\" (YouTube, channel {c.chandle(p)})\n"
            f"Infringing content: tiktok.com/@{c.pick(NONAME)}/video/73{c.num(10000000, 99999999)}\n"
            f"I have a good faith belief that the use described above is not authorized by the copyright owner, its "
            f"agent, or the law. Under penalty of perjury, the information in this notice is accurate.\n"
            f"Signature: /{p.full}/")


@tpl("personal_community", "twitch_ban_appeal", "en", 3)
def t_ban_appeal(c):
    p, mod = c.person("en"), c.person("en")
    return (f"We got this through our ban appeal form. The IP matches the alt accounts we banned last week. Draft a "
            f"short, calm reply declining it.\n\n"
            f"Appeal #{c.num(3000, 5000)}\n"
            f"Twitch username: {c.handle(p)}\n"
            f"Real name (optional): {p.full}\n"
            f"Email: {c.email(p)}\n"
            f"Submitted from IP: {c.ip()}\n"
            f"Appeal text: \"i got banned for saying the mod {mod.g} was mid, thats not harrassment?? please unban\"\n"
            f"Alts on the same IP: {c.pick(NONAME)}, {c.pick(NONAME)}_2")


@tpl("personal_community", "mod_protokoll", "de", 2)
def t_mod_protokoll(c):
    p, mod, co = c.person("de"), c.person("de"), c.person("de")
    a = c.addr("DE", "AT", "CH")
    u = c.pick(NONAME)
    return (f"Fass mir das Mod-Protokoll von gestern kurz zusammen, ich muss es an Discord Trust & Safety "
            f"schicken.\n\n"
            f"[20:03] MEE6: {u} hat eine Verwarnung erhalten (Spam)\n"
            f"[20:05] {u}: ich weiß wo {p.g} wohnt lol, {a.street} in {a.town}\n"
            f"[20:05] Carl-bot: Nachricht gelöscht (#allgemein)\n"
            f"[20:06] {c.handle(mod)}: Bann. Private Adressen posten geht gar nicht.\n"
            f"[20:07] {co.full} (Co-Admin): Screenshots sind gesichert, ich melde das morgen früh.")


@tpl("personal_community", "denuncia_acoso", "es", 2)
def t_acoso(c):
    p, pareja = c.person("es"), c.person("es")
    a = c.addr("ES", "MX", "CO", "AR", "CL")
    pais = {"ES": "España", "MX": "México", "CO": "Colombia", "AR": "Argentina", "CL": "Chile"}[a.cc]
    return (f"Necesito redactar una denuncia para Instagram y otra para la policía. Una cuenta nos acosa a mí y a mi "
            f"pareja desde hace tres semanas.\n\n"
            f"Mi nombre: {p.full} (@{c.handle(p)})\n"
            f"Mi pareja: {pareja.full}\n"
            f"Cuenta que nos acosa: @{c.pick(NONAME)}\n"
            f"Lo que ha escrito: \"sé dónde viven, {a.street}, {a.town}, ayer los vi saliendo de casa\"\n"
            f"Teléfono de contacto: {c.phone(a.cc)}\n"
            f"Vivimos en {pais}, ¿cambia algo el procedimiento?")


@tpl("personal_community", "akpeul_singo", "ko", 2)
def t_akpeul(c):
    p = c.person("ko")
    a = c.addr("KR")
    return (f"악플러 고소 준비 중인데, 법무법인에 보낼 피해 사실 정리본을 작성해 주세요.\n\n"
            f"피해자: {p.full} (유튜브 채널 운영)\n"
            f"연락처: {c.phone('KR')}\n"
            f"주소: {a.block}\n"
            f"가해 계정: @{c.pick(NONAME)}\n"
            f"게시 내용: \"{p.g} 집 {a.town} 맞지? 조만간 찾아간다\" (11월 3일 댓글, 캡처 보관)\n"
            f"기타: 같은 계정이 치지직 라이브 채팅에도 같은 내용을 올림")


@tpl("personal_community", "fan_letter_reply", "ja", 2)
def t_fan_letter(c):
    p = c.person("ja")
    a = c.addr("JP")
    return (f"ファンレターの返事を書きたいです。宛名は封筒に手書きするので、本文だけ考えてください。\n\n"
            f"差出人：{p.full}さん（{c.num(15, 19)}歳）\n"
            f"住所：{a.block}\n"
            f"内容：毎晩配信を見ていて受験勉強の励みになっている。{p.f}さんのお母さんも一緒にASMR配信を聞いているらしい。"
            f"手作りのアクスタが同封されていた。")


@tpl("personal_community", "mod_chat_lower", "en", 3, "lower")
def t_mod_chat(c):
    p, mod = c.person("en", "F"), c.person("en")
    a = c.addr("GB", "US", "AU", "NZ", "IE", "CA")
    return (f"yo the guy in #clips keeps posting someone's irl name ({p.full}) and saying she lives in {a.town}. "
            f"{mod.g} said just timeout him but i think it's a ban?? carl-bot didnt catch it bc there's no "
            f"blocked words in it. also how do i purge his last 50 msgs without nuking the whole channel")


@tpl("personal_community", "signalement_pharos", "fr", 1)
def t_pharos(c):
    p, mere = c.person("fr"), c.person("fr", "F")
    a = c.addr("FR", "BE")
    return (f"Aide-moi à rédiger un signalement sur Pharos : un compte a publié l'adresse de ma mère sur X, avec des "
            f"menaces.\n\n"
            f"Moi : {p.full}, créateur·rice de contenu (@{c.handle(p)})\n"
            f"Ma mère : {mere.full}\n"
            f"Adresse publiée : {a.line}\n"
            f"Numéro publié : {c.phone(a.cc)}\n"
            f"Compte : @{c.pick(NONAME)}, le post a été supprimé depuis mais j'ai des captures.")


@tpl("personal_community", "zhaloba_telegram", "ru", 2)
def t_zhaloba(c):
    p, mod = c.person("ru"), c.person("ru")
    a = c.addr("RU")
    return (f"Помогите составить жалобу в поддержку Telegram: в чате моего канала опубликовали мои личные "
            f"данные.\n\n"
            f"Что опубликовали: «{p.official}, живёт по адресу {a.line}, тел. {c.phone('RU')}»\n"
            f"Кто опубликовал: @{c.pick(NONAME)}\n"
            f"Модератор, который удалил сообщение: {mod.full}\n"
            f"Нужно, чтобы аккаунт заблокировали и удалили пересланные копии.")


@tpl("personal_community", "fan_mail_batch", "en", 2)
def t_fan_mail(c):
    cr, f1, f2 = c.person("en"), c.person("en"), c.person("en", "F")
    a1, a2 = c.addr("GB", "IE"), c.addr("US", "CA", "AU")
    return (f"Our PO box recieved a big batch this month. Turn these notes into a short list for {cr.g}, who wants to "
            f"send thank-you postcards:\n"
            f"- {f1.full}, {c.num(9, 14)}, drew fan art of the channel mascot, return address {a1.line}\n"
            f"- {f2.g} (her mum wrote most of it), lives in {a2.town}, asked for a signed photo for her birthday, "
            f"address {a2.line}\n"
            f"- no name, no return address, a really lovely letter about the Minecraft hardcore series")


@tpl("personal_community", "balagh_tashheer", "ar", 1)
def t_balagh(c):
    p = c.person("ar")
    a = c.addr("EG", "SA")
    return (f"ساعدني في كتابة بلاغ لمنصة تيك توك. هناك حساب ينشر معلوماتي الشخصية في التعليقات على فيديوهاتي.\n\n"
            f"اسمي: {p.full}\n"
            f"اسم الحساب المسيء: @{c.pick(NONAME)}\n"
            f"ما تم نشره: رقم هاتفي {c.phone(a.cc)} وعنوان منزلي {a.line}\n"
            f"أريد حذف التعليقات وإيقاف الحساب.")


@tpl("personal_community", "denuncia_perfil_fake", "pt", 1)
def t_perfil_fake(c):
    p = c.person("pt")
    a = c.addr("BR")
    return (f"Me ajuda a escrever uma denúncia pro Instagram? Um perfil fake tá usando minhas fotos e meu nome pra "
            f"pedir Pix dos meus seguidores.\n\n"
            f"Meu nome: {p.full}\n"
            f"Meu @ verdadeiro: @{c.handle(p, num='')}\n"
            f"Perfil fake: @{p.handle('g.f', 'oficial')}\n"
            f"Moro em {a.town} - {a.region}\n"
            f"WhatsApp pra contato: {c.phone('BR')}")


@tpl("personal_community", "security_note_caps", "en", 1, "upper")
def t_security_caps(c):
    p, cr, mgr = c.person("en", "M"), c.person("en"), c.person("en")
    a = c.addr("GB", "US", "IE")
    return (f"turn this into a one-page briefing for the venue security team:\n"
            f"security note for meet & greet staff. do not admit: {p.full} (also uses @{c.handle(p)}). "
            f"has turned up at {cr.g}'s home in {a.town} twice. if seen, call {mgr.g} on {c.phone(a.cc)} "
            f"and do not engage.")


# =============================================================================================
# personal_orders: merch order exports, giveaway winners, membership exports, print-on-demand
# =============================================================================================
@tpl("personal_orders", "shopify_csv", "en", 3)
def t_shopify_csv(c):
    head = ("Name,Email,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,"
            "Shipping Province,Shipping Phone,Lineitem name")
    items = ["Hoodie - Sand / L", "Sticker pack (6)", "Enamel pin - Frog", "Tee - Black / M", "Beanie - Moss"]
    lines = [head]
    for k in range(3):
        p = c.person("en")
        a = c.addr("US", "CA", "AU", "GB")
        st, unit, town, pc, reg = csv_addr(a)
        lines.append(f"#{1040 + c.i * 7 + k},{c.email(p)},{p.full},\"{st}\",{unit},{town},{pc},{reg},"
                     f"{c.phone(a.cc)},{c.pick(items)}")
    return ("This Shopify export opens wierd in Numbers, some addresses are split across the wrong columns. Can you "
            "check each row and tell me which ones will fail at the shipping step?\n\n" + "\n".join(lines))


@tpl("personal_orders", "giveaway_winners", "en", 3)
def t_giveaway(c):
    prize = c.pick(["Stream Deck MK.2", "signed Switch OLED", "Shure MV7+", "custom Secretlab chair"])
    lines = []
    for k in range(3):
        p = c.person("en")
        a = c.addr("US", "GB", "CA", "AU", "NZ", "IE")
        lines.append(f"{k + 1}. {c.handle(p)} — {p.full} — {a.line}")
    return (f"Draft a DM to each of our giveaway winners asking them to confirm their shipping address before we "
            f"send the {prize}. Winners were drawn live with the Nightbot !giveaway command:\n" + "\n".join(lines))


@tpl("personal_orders", "spreadshirt_semikolon", "de", 2)
def t_spreadshirt(c):
    lines = ["Bestellnr;Name;Straße;PLZ;Ort;E-Mail;Artikel"]
    for k in range(3):
        p = c.person("de")
        a = c.addr("DE", "AT", "CH")
        lines.append(f"SP-{88120 + c.i * 10 + k};{p.full};{a.street};{a.postcode};{a.town};{c.email(p)};"
                     f"{c.pick(['Hoodie schwarz L', 'Tasse weiß', 'Cap bestickt', 'Shirt Logo M'])}")
    return ("Hier der Export aus Spreadshirt. Kannst du mir sagen, welche Bestellungen in die Schweiz gehen "
            "(wegen Zoll) und mir den Rest als Tabelle sortiert nach PLZ geben?\n\n" + "\n".join(lines))


@tpl("personal_orders", "gagnants_concours", "fr", 1)
def t_gagnants(c):
    lines = []
    for _ in range(3):
        p = c.person("fr")
        a = c.addr("FR", "BE", "CA")
        lines.append(f"- {p.full} — {a.line} — {c.phone(a.cc)}")
    return ("Voici les gagnants du concours des 100k abonés. Rédige un petit message pour chacun et vérifie "
            "que les adresses ont l'air complètes avant que je poste les colis :\n" + "\n".join(lines))


@tpl("personal_orders", "patreon_tsv", "en", 3)
def t_patreon(c):
    lines = ["Name\tEmail\tTier\tPatron since\tStreet\tCity\tPostcode"]
    tiers = ["Goblin Tier", "Cave Troll", "Dragon Hoard"]
    for k in range(4):
        p = c.person("en")
        since = f"20{c.num(19, 24)}-{c.num(1, 12):02d}-{c.num(1, 28):02d}"
        if k == 2:
            lines.append(f"{p.full}\t{c.email(p)}\t{c.pick(tiers)}\t{since}\t\t\t")
        else:
            a = c.addr("GB", "US", "AU", "NZ", "IE", "CA")
            lines.append(f"{p.full}\t{c.email(p)}\t{c.pick(tiers)}\t{since}\t{a.street}\t{a.town}\t{a.postcode}")
    return ("Patreon member export (tab separated). Who has been a patron the longest, and who is missing a "
            "shipping address for the annual sticker pack?\n\n" + "\n".join(lines))


@tpl("personal_orders", "card_in_email", "en", 2)
def t_card_email(c):
    p = c.person("en")
    a = c.addr("US", "GB", "CA", "AU")
    title = "Ms" if p.sex == "F" else "Mr"
    return (f"A customer emailed their full card number to our merch support inbox instead of using the checkout 🤦 "
            f"What should I do with it (PCI-wise), and can you draft a reply to {title} {p.f} asking them to order "
            f"again?\n\n"
            f"> Hi, my order for the tour tee didn't go through. Here's my card so you can just charge it: "
            f"{c.card()}, exp 09/27. Ship to {a.line}.\n"
            f"> Thanks so much, {p.full}")


@tpl("personal_orders", "postnl_pipe", "nl", 1)
def t_postnl(c):
    lines = ["ordernr|naam|adres|postcode|plaats|telefoon"]
    for k in range(3):
        p = c.person("nl")
        a = c.addr("NL", "BE")
        lines.append(f"NL-{5510 + c.i * 5 + k}|{p.full}|{a.street}|{a.postcode}|{a.town}|{c.phone(a.cc)}")
    return ("Verzendlijst voor PostNL uit onze merchshop. Kun je hier een nette tabel van maken en aangeven "
            "welke naar België gaan?\n\n" + "\n".join(lines))


@tpl("personal_orders", "ordine_json_brt", "it", 1)
def t_ordine_json(c):
    p = c.person("it")
    a = c.addr("IT")
    return (f"Questo JSON arriva da Shopify ma il corriere lo rifiuta con \"indirizzo incompleto\". Cosa manca?\n\n"
            f"{{\"order\": \"IT-{c.num(2000, 2999)}\", \"shipping_address\": {{\"first_name\": \"{p.g}\", "
            f"\"last_name\": \"{p.f}\", \"address1\": \"{a.street}\", \"city\": \"{a.town}\", "
            f"\"zip\": \"{a.postcode}\", \"phone\": \"{c.phone('IT')}\"}}, \"email\": \"{c.email(p)}\", "
            f"\"line_items\": [{{\"title\": \"Felpa logo\", \"qty\": 1}}]}}")


@tpl("personal_orders", "ganadores_whatsapp", "es", 2)
def t_ganadores_wa(c):
    me, fr = c.person("es"), c.person("es")
    w = [c.person("es") for _ in range(2)]
    a = [c.addr("MX", "CO", "AR", "CL") for _ in range(2)]
    return (f"Pásame este chat a una lista limpia para mandar los premios por paquetería:\n\n"
            f"[12/11 18:02] {fr.g}: ya salieron los ganadores del sorteo??\n"
            f"[12/11 18:04] {me.g}: sí!! te paso los datos para el envío\n"
            f"[12/11 18:05] {me.g}: 1. {w[0].full}, {a[0].line}, cel {c.phone(a[0].cc)}\n"
            f"[12/11 18:05] {me.g}: 2. {w[1].full}, {a[1].line}, cel {c.phone(a[1].cc)}\n"
            f"[12/11 18:06] {fr.g}: va, mañana los mando 👍")


@tpl("personal_orders", "zamowienia_inpost", "pl", 1)
def t_zamowienia(c):
    lines = []
    for k in range(2):
        p = c.person("pl")
        a = c.addr("PL")
        lines.append(f"#PL-{311 + c.i * 4 + k} {p.full}, {a.line}, tel. {c.phone('PL')}, "
                     f"{c.pick(['bluza czarna M', 'kubek', 'czapka', 'koszulka L'])}")
    return ("Zamówienia z naszego sklepu z merchem (Shopify, wysyłka InPost). Popraw formatowanie adresów, żeby "
            "dało się je wkleić do etykiet:\n" + "\n".join(lines))


@tpl("personal_orders", "dingdan_kuaidi", "zh", 2)
def t_dingdan(c):
    lines = []
    for k in range(2):
        p = c.person("zh")
        a = c.addr("CN", "TW")
        lines.append(f"订单{k + 1}：{p.full}，{c.phone(a.cc)}，{a.line}，商品：应援手幅 x{c.num(1, 3)}")
    return "帮我把这几个周边订单整理成快递面单的格式（收件人、电话、地址分开写）：\n" + "\n".join(lines)


@tpl("personal_orders", "printful_payload", "en", 2)
def t_printful(c):
    p = c.person("en")
    a = c.addr("US")
    return (f"Our Printful API call returns 400 \"recipient.state_code is required\". Here's the payload, what's "
            f"wrong and what should the fixed version look like?\n\n"
            f"{{\"recipient\": {{\"name\": \"{p.full}\", \"address1\": \"{a.street}\", \"city\": \"{a.town}\", "
            f"\"country_code\": \"US\", \"zip\": \"{a.postcode}\", \"email\": \"{c.email(p)}\", "
            f"\"phone\": \"{c.phone('US')}\"}}, \"items\": [{{\"sync_variant_id\": {c.num(4000000, 4999999)}, "
            f"\"quantity\": 1}}]}}")


@tpl("personal_orders", "fix_label_lower", "en", 2, "lower")
def t_fix_label(c):
    p = c.person("en")
    a = c.addr("GB", "IE")
    return (f"can u fix this adress so the royal mail label prints right, customer typed it all in one line: "
            f"{p.full} {' '.join(s.strip() for s in a.lines())} phone {c.phone(a.cc)}")


@tpl("personal_orders", "cekilis_kazananlar", "tr", 1)
def t_cekilis(c):
    lines = []
    for k in range(2):
        p = c.person("tr")
        a = c.addr("TR")
        lines.append(f"{k + 1}) {p.full} – {a.line} – {c.phone('TR')}")
    return ("Çekilişi kazananların listesi bu. Kargo için düzgün bir tablo yapar mısın? Bir de kazananlara "
            "gönderilecek kısa bir tebrik mesajı yaz.\n" + "\n".join(lines))


@tpl("personal_orders", "thai_shipping", "th", 1)
def t_thai(c):
    p = c.person("th")
    a = c.addr("TH")
    return (f"ช่วยจัดรูปแบบที่อยู่จัดส่งสินค้านี้ให้อ่านง่ายหน่อยค่ะ จะส่งทางไปรษณีย์ไทย\n"
            f"ชื่อ: {p.full}\nที่อยู่: {a.block}\nโทร: {c.phone('TH')}\nสินค้า: เสื้อยืดลายช่อง ไซส์ L x1")


@tpl("personal_orders", "objednavky_zasilkovna", "cs", 1)
def t_objednavky(c):
    lines = []
    for k in range(2):
        p = c.person("cs")
        a = c.addr("CZ")
        lines.append(f"Objednávka {2291 + c.i * 3 + k}: {p.full}, {a.line}, tel. {c.phone('CZ')}, "
                     f"e-mail {c.email(p)}, {c.pick(['mikina vel. M', 'hrnek', 'tričko vel. L'])}")
    return "Přepiš mi tyhle objednávky z e-shopu do tabulky pro Zásilkovnu:\n" + "\n".join(lines)


# =============================================================================================
# personal_production: podcast bookings and transcripts, release forms, wedding and photo
# clients, editors and designers, call sheets
# =============================================================================================
@tpl("personal_production", "podcast_booking_thread", "en", 3)
def t_podcast_booking(c):
    guest, host = c.person("en"), c.person("en")
    a = c.addr("GB", "US", "IE", "CA", "AU", "NZ")
    show = c.pick(SHOWS)
    job = c.pick(["Ceramicist & author of \"Slow Clay\"", "Paramedic, writes the Night Shift newsletter",
                  "Founder, Moss & Mortar Plant Studio", "Wildlife sound recordist"])
    return (f"Can you turn this into a short confirmation email? Leave a [RIVERSIDE LINK] placeholder, I'll paste "
            f"it in.\n\n"
            f"> From: {guest.full} <{c.email(guest)}>\n"
            f"> Subject: Re: Guest spot on {show}?\n>\n"
            f"> Thanks {host.g}! Thursday the 14th works. I'll record from home in {a.town}, so send the link to this "
            f"address. If anything breaks on the day, text me on {c.phone(a.cc)}.\n>\n"
            f"> Best,\n> {guest.g}\n> --\n> {guest.full} | {job}")


@tpl("personal_production", "transcript_cleanup", "en", 3)
def t_transcript(c):
    host, guest = c.person("en"), c.person("en")
    aunt, mum = c.person("en", "F"), c.person("en", "F")
    a = c.addr("GB", "US", "IE", "AU", "NZ", "CA")
    return (f"Clean up this transcript for the show notes: remove the ums and false starts, keep the speaker "
            f"labels and timestamps.\n\n"
            f"[00:12:04] {host.g.upper()}: So you, um, you started the channel while you were still at the bakery?\n"
            f"[00:12:09] {guest.g.upper()}: Yeah. My aunt, {aunt.full}, owned it, on {a.street} in {a.town}, "
            f"and I'd film the, the morning bake before we opened.\n"
            f"[00:12:21] {host.g.upper()}: And your mum was not a fan of the camera.\n"
            f"[00:12:24] {guest.g.upper()}: (laughs) No. {mum.g} still won't be in the videos. She does read every "
            f"comment though.")


@tpl("personal_production", "model_release_minor", "en", 3)
def t_model_release(c):
    m, g, ph = c.person("en"), c.person("en"), c.person("en")
    a = c.addr("GB", "IE", "US", "AU", "NZ")
    style = "minor_us" if a.cc == "US" else "minor_uk"
    return (f"Photographer here. Can you check this model release is filled in properly? The model is 16 so the "
            f"guardian section has to be complete too.\n\n"
            f"MODEL RELEASE\n"
            f"Model name: {m.full}\n"
            f"Date of birth: {c.dob(style)}\n"
            f"Address: {a.line}\n"
            f"Parent/guardian: {g.full}\n"
            f"Guardian phone: {c.phone(a.cc)}\n"
            f"Shoot: editorial test, autumn knitwear (portfolio use, Instagram, website)\n"
            f"Photographer: {ph.full}\n"
            f"Signed (guardian): ______  Date: ______")


@tpl("personal_production", "wedding_enquiry", "en", 3)
def t_wedding_enquiry(c):
    x, y, gran, fr = c.person("en"), c.person("en"), c.person("en", "F"), c.person("en", "F")
    cc = c.pick(["GB", "IE"])
    return (f"New enquiry from my website form. Write a warm reply with my 2025 packages (Essentials £1,450 / "
            f"Full Day £2,300) and ask about the timeline.\n\n"
            f"Names: {x.full} & {y.full}\n"
            f"Wedding date: 21 June 2025\n"
            f"Phone: {c.phone(cc)}\n"
            f"Email: {c.email(x)}\n"
            f"Message: Hi! We loved the film you made for {fr.g} and her husband. {y.g}'s grandma {gran.g} is 94, "
            f"so we'd love some extra footage of her during the speeches if that's possible x")


@tpl("personal_production", "hochzeitsanfrage", "de", 2)
def t_hochzeit(c):
    x, y = c.person("de"), c.person("de")
    a = c.addr("DE", "AT", "CH")
    return (f"Neue Anfrage über Instagram, bitte eine freundliche Antwort mit meinen Paketen formulieren "
            f"(Standesamt 690 €, Ganztag 2.400 €):\n\n"
            f"„Hallo! Wir sind {x.g} und {y.g} und heiraten am 6. September standesamtlich, danach feiern wir bei "
            f"{x.g}s Eltern im Garten ({a.line}). Habt ihr da noch frei? Meine Nummer: {c.phone(a.cc)}. "
            f"Liebe Grüße, {x.full}“")


@tpl("personal_production", "droit_image", "fr", 2)
def t_droit_image(c):
    p, cr = c.person("fr", "F"), c.person("fr")
    a = c.addr("FR", "BE")
    return (f"Vérifie que cette autorisation de droit à l'image est complète pour une vidéo YouTube (chaîne de "
            f"cuisine), et dis-moi s'il manque une mention sur la durée.\n\n"
            f"Je soussignée {p.full}, née le {c.dob('fr')}, demeurant {a.line}, autorise {cr.full} à me filmer "
            f"et à diffuser les images sur YouTube, Instagram et TikTok, sans contrepartie financière.\n"
            f"Fait à {a.town}, le 12 mars 2025\nSignature : {p.full}")


@tpl("personal_production", "transcripcion_podcast", "es", 1)
def t_transcripcion(c):
    host, guest, abuela = c.person("es"), c.person("es", "F"), c.person("es", "F")
    a = c.addr("ES", "MX", "CO", "AR", "CL")
    return (f"Haz un resumen de este fragmento del pódcast para la descripción de Spotify (máximo 3 frases):\n\n"
            f"{host.g.upper()}: Bienvenida, {guest.g}. Cuéntanos cómo empezó todo.\n"
            f"{guest.g.upper()}: Pues mi abuela, {abuela.full}, tenía un taller de costura en {a.town} y yo "
            f"grababa sus arreglos con el móvil. El primer vídeo lo subí desde su casa, en {a.street}.\n"
            f"{host.g.upper()}: ¿Y ella sabía que la estabas grabando?\n"
            f"{guest.g.upper()}: ¡Qué va! Se enteró cuando la paraban por la calle.")


@tpl("personal_production", "liberatoria_riprese", "it", 1)
def t_liberatoria(c):
    p, cr = c.person("it"), c.person("it")
    a = c.addr("IT")
    nato = "nata" if p.sex == "F" else "nato"
    return (f"Liberatoria per riprese video: controlla che non manchi nulla prima che la faccia firmare.\n\n"
            f"Il/La sottoscritto/a {p.full}, {nato} il {c.dob('it')}, residente in {a.line}, tel. "
            f"{c.phone('IT')}, autorizza {cr.full} a utilizzare la propria immagine e voce nel video "
            f"\"Una giornata in vigna\" pubblicato su YouTube e Instagram, a titolo gratuito e senza limiti di tempo.")


@tpl("personal_production", "shaadi_booking", "hi", 2)
def t_shaadi(c):
    bride, groom = c.person("hi", "F"), c.person("hi", "M")
    a = c.addr("IN")
    return (f"नमस्ते! इस बुकिंग के लिए एक विनम्र जवाब लिख दीजिए, एडवांस 30% बताना है।\n\n"
            f"दुल्हन: {bride.full}\nदूल्हा: {groom.full}\nशादी की तारीख: 14 फ़रवरी 2026\n"
            f"पता: {a.line}\nफ़ोन: {c.phone('IN')}\n"
            f"ज़रूरत: कैंडिड फ़ोटोग्राफ़ी, सिनेमैटिक वीडियो और ड्रोन, हल्दी और संगीत समेत")


@tpl("personal_production", "vaptisi_photo", "el", 1)
def t_vaptisi(c):
    p = c.person("el", "F")
    a = c.addr("GR")
    return (f"Μπορείς να γράψεις μια ευγενική απάντηση σε αυτό το μήνυμα πελάτισσας, με τιμή 450 € για 3 ώρες;\n\n"
            f"«Καλησπέρα, είμαι η {p.full}. Θέλουμε φωτογράφιση βάπτισης για την κόρη μου τον Ιούνιο, στο σπίτι "
            f"μας ({a.street}, {a.postcode} {a.town}). Τηλέφωνο: {c.phone('GR')}. Ευχαριστώ!»")


@tpl("personal_production", "podcast_guest_he", "he", 1)
def t_podcast_he(c):
    p, host = c.person("he"), c.person("he")
    a = c.addr("IL")
    return (f"תנסח לי מייל אישור קצר לאורח/ת בפודקאסט, עם תזכורת שנשלח מיקרופון הביתה:\n\n"
            f"שם: {p.full}\nטלפון: {c.phone('IL')}\nאימייל: {c.email(p)}\n"
            f"כתובת למשלוח המיקרופון: {a.line}\nהקלטה: יום שלישי, 10:00, בריברסייד\nמראיין/ת: {host.g}")


@tpl("personal_production", "thumbnail_onboarding", "en", 3)
def t_thumbnail(c):
    p, lead = c.person("en"), c.person("en")
    a = c.addr("IN", "PH", "NG", "KE", "ZA", "GB")
    return (f"Turn this into a clean onboarding doc for our new thumbnail designer:\n\n"
            f"Name: {p.full} (goes by {p.g})\n"
            f"Based in: {a.town}\n"
            f"WhatsApp: {c.phone(a.cc)}\n"
            f"Email: {c.email(p)}\n"
            f"Rate: $45 per thumbnail, 2 revisions, 48h turnaround\n"
            f"Tools: Photoshop, Figma, Canva for quick drafts\n"
            f"Reports to: {lead.full} (channel ops)")


@tpl("personal_production", "prewedding_id", "id", 1)
def t_prewedding(c):
    p = c.person("id", "F")
    return (f"Tolong buatkan balasan sopan untuk calon klien ini, sebutkan paket prewedding Rp 4,5 juta "
            f"(4 jam, 2 lokasi):\n\n"
            f"\"Halo kak, saya {p.full}, mau tanya paket video prewedding di {M('LOCATION', 'Ubud')} bulan depan. "
            f"Calon suami saya juga mau ada drone. Kalau bisa hubungi WA saya di {c.phone('ID')} ya kak, makasih!\"")


@tpl("personal_production", "lich_chup_cuoi", "vi", 1)
def t_lich_chup(c):
    bride, groom = c.person("vi", "F"), c.person("vi", "M")
    a = c.addr("VN")
    return (f"Viết giúp mình tin nhắn xác nhận lịch chụp ảnh cưới, giọng thân thiện:\n\n"
            f"Cô dâu: {bride.full} – SĐT {c.phone('VN')}\n"
            f"Chú rể: {groom.full}\n"
            f"Ngày chụp: 18/01, ekip đón tại nhà lúc 5h30\n"
            f"Địa chỉ gửi album: {a.line}\n"
            f"Đã cọc 3 triệu, còn lại thanh toán sau khi nhận ảnh.")


@tpl("personal_production", "call_sheet_caps", "en", 2, "upper")
def t_call_sheet(c):
    t, d, mua = c.person("en"), c.person("en"), c.person("en")
    a = c.addr("GB", "US", "AU")
    return (f"Please reformat into a table (role / name / time / contact):\n"
            f"CALL SHEET - DAY 2 - \"COTTAGE BREAD SERIES\"\n"
            f"TALENT: {t.full} - PICKUP 06:30 FROM {a.line}\n"
            f"DRIVER: {d.full} {c.phone(a.cc)}\n"
            f"MUA: {mua.full} - ON SET 07:15\n"
            f"CREW LUNCH 12:30. NO DRONE AFTER 16:00 (NEIGHBOURS).")


# =============================================================================================
# personal_records: creator CRM exports, talent roster JSON, bot config, SQL, logs
# =============================================================================================
@tpl("personal_records", "crm_dedupe_csv", "en", 3)
def t_crm_csv(c):
    owner = c.person("en")
    dup = c.person("en")
    dom = c.pick(AGENCIES)[1]
    lines = ["contact_name,company,email,phone,last_deal,owner"]
    brands = c.sample(["Secretlab", "Razer", "HelloFresh", "Squarespace", "Surfshark", "Liquid Death", "Gymshark"], 4)
    lines.append(f"{dup.full},{brands[0]},{c.email(dup, domain='gmail.com', num='')},{c.phone('US')},"
                 f"Q3 integration,{owner.g}")
    for k in range(2):
        p = c.person("en")
        lines.append(f"{p.full},{brands[k + 1]},{c.email(p, domain=dom, num='')},{c.phone(c.pick(['US', 'GB', 'CA']))},"
                     f"{c.pick(['Q2 dedicated', 'Q4 shorts pack', 'holiday gifting'])},{owner.g}")
    lines.append(f"{dup.full},{brands[0]},{c.email(dup, domain=dom, num='')},,Q1 renewal,{owner.g}")
    return ("Dedupe this brand-contact export from our creator CRM. Some people appear twice with different "
            "emails; keep the newest deal and tell me which rows you merged.\n\n" + "\n".join(lines))


@tpl("personal_records", "talent_roster_json", "en", 3)
def t_roster_json(c):
    p, mgr = c.person("en"), c.person("en")
    a = c.addr("GB", "US", "CA", "AU", "IE")
    niche = c.pick(["cozy gaming", "budget travel", "van life", "sourdough and baking", "retro tech repair"])
    return (f"Here's one record from our talent roster API. Write a 3-sentence bio for the media kit from it, but "
            f"leave out every private field.\n\n"
            f"{{\n  \"talent_id\": \"TAL-0{c.num(100, 999)}\",\n  \"legal_name\": \"{p.full}\",\n"
            f"  \"display_name\": \"{c.chandle(p)}\",\n  \"dob\": \"{c.dob('iso')}\",\n"
            f"  \"home_address\": {{\"line1\": \"{a.street}\", \"city\": \"{a.town}\", "
            f"\"postcode\": \"{a.postcode}\"}},\n"
            f"  \"manager\": \"{mgr.full}\",\n  \"niche\": \"{niche}\",\n"
            f"  \"platforms\": {{\"youtube\": {c.num(80, 900)}000, \"tiktok\": {c.num(20, 600)}000}}\n}}")


@tpl("personal_records", "modbot_yaml", "en", 3)
def t_modbot_yaml(c):
    owner, m1, m2 = c.person("en"), c.person("en"), c.person("en")
    return (f"Our self-hosted moderation bot crashes on start with `owner_id must be int`. Config below, what do I "
            f"change?\n\n"
            f"bot:\n  name: GatekeeperBot\n  prefix: \"!\"\n"
            f"  owner: {c.handle(owner)}   # {owner.full}\n"
            f"  owner_email: {c.email(owner)}\n"
            f"  owner_id: \"{c.num(100000000, 999999999)}{c.num(100000000, 999999999)}\"\n"
            f"moderators:\n  - {c.handle(m1)}   # {m1.g}, EU evenings\n  - {c.handle(m2)}   # {m2.g}, weekends\n"
            f"alerts:\n  sms_to: \"{c.phone(c.pick(['US', 'GB', 'AU']))}\"\n  raid_threshold: 15")


@tpl("personal_records", "fanclub_sql", "en", 2)
def t_fanclub_sql(c):
    ps = [c.person("en") for _ in range(3)]
    a = [c.addr("US", "GB", "CA", "AU", "NZ", "IE") for _ in range(3)]
    e0 = c.email(ps[0])
    rows = [f"('{ps[0].g}', '{ps[0].f}', '{e0}', '{a[0].town}', '2024-02-11')",
            f"('{ps[1].g}', '{ps[1].f}', '{c.email(ps[1])}', '{a[1].town}', '2024-02-12')",
            f"('{ps[2].g}', '{ps[2].f}', '{e0}', '{a[2].town}', '2024-02-12')"]
    return ("Which row breaks this, and how do I write it so duplicates are skipped instead of failing?\n\n"
            "INSERT INTO fan_club_members (first_name, last_name, email, city, joined) VALUES\n"
            + ",\n".join(rows) + ";\n"
            "ERROR:  duplicate key value violates unique constraint \"fan_club_members_email_key\"")


@tpl("personal_records", "kooperationen_json", "de", 1)
def t_kooperationen(c):
    items = []
    for brand in c.sample(["Hugo Boss", "Porsche", "Haribo", "dm", "Adidas", "Puma", "Ritter Sport"], 2):
        p = c.person("de")
        items.append(f"  {{\"marke\": \"{brand}\", \"ansprechpartner\": \"{p.full}\", \"mail\": \"{c.email(p)}\", "
                     f"\"tel\": \"{c.phone(c.pick(['DE', 'AT', 'CH']))}\", \"honorar_eur\": {c.num(15, 90)}00}}")
    return ("Mach mir aus diesem JSON eine Tabelle mit Marke, Ansprechpartner und Honorar, absteigend nach "
            "Honorar:\n\n[\n" + ",\n".join(items) + "\n]")


@tpl("personal_records", "notion_guest_table", "en", 3)
def t_notion_guests(c):
    lines = ["| Guest | Episode | Email | Phone | Lives in | Status |", "|---|---|---|---|---|---|"]
    eps = c.sample(["Ep 88 – Foraging in winter", "Ep 91 – Quitting nursing for pottery", "Ep 93 – Rebuilding a boat",
                    "Ep 95 – Beekeeping on a rooftop", "Ep 97 – 1,000 days of sketching"], 3)
    for k in range(3):
        p = c.person("en")
        a = c.addr("GB", "US", "IE", "CA", "AU", "NZ", "ZA")
        lines.append(f"| {p.full} | {eps[k]} | {c.email(p)} | {c.phone(a.cc)} | {a.town} | "
                     f"{c.pick(['Recorded', 'Booked', 'Needs follow-up'])} |")
    return ("Pasted from our Notion guest tracker. Write follow-up emails for anyone not recorded yet.\n\n"
            + "\n".join(lines))


@tpl("personal_records", "hyeopchan_csv", "ko", 1)
def t_hyeopchan(c):
    lines = ["브랜드,담당자,연락처,이메일,정산일"]
    for brand in c.sample(["농심", "올리브영", "무신사", "배달의민족", "쿠팡"], 2):
        p = c.person("ko")
        lines.append(f"{brand},{p.full},{c.phone('KR')},{c.email(p)},2025-0{c.num(1, 9)}-{c.num(10, 28)}")
    return "협찬 진행 리스트 CSV인데, 담당자 연락처 열을 정리하고 정산일 순으로 정렬해 줘.\n\n" + "\n".join(lines)


@tpl("personal_records", "rozihrash_csv", "uk", 2)
def t_rozihrash(c):
    lines = ["ПІБ;Телефон;Місто;Відділення НП"]
    for _ in range(3):
        p = c.person("uk")
        a = c.addr("UA")
        lines.append(f"{p.official};{c.phone('UA')};{a.town};{c.num(1, 40)}")
    return ("Ось список переможців розіграшу з Google Forms. Прибери дублікати й відсортуй за містом, щоб "
            "відправити Новою поштою:\n\n" + "\n".join(lines))


@tpl("personal_records", "account_takeover_log", "en", 3)
def t_takeover(c):
    owner, ed = c.person("en"), c.person("en")
    e = c.email(owner)
    return (f"Someone got into our channel's Google account last night. Here are the security events; which ones "
            f"look like the attacker and what should I lock down first?\n\n"
            f"2025-02-02 03:14 UTC  sign-in success   user={e}  ip={c.ip()}  device=Windows / Chrome\n"
            f"2025-02-02 03:16 UTC  recovery phone changed to {c.phone(c.pick(['GB', 'US', 'NG', 'IN']))}\n"
            f"2025-02-02 03:19 UTC  brand account owner added\n"
            f"2025-02-01 19:40 UTC  sign-in success   user={e}  ip={c.ip()}  device=iPhone (that's our editor "
            f"{ed.g})")


@tpl("personal_records", "ajans_listesi", "tr", 1)
def t_ajans(c):
    lines = []
    for _ in range(2):
        p = c.person("tr")
        a = c.addr("TR")
        lines.append(f"Ad Soyad: {p.full} | Kanal: {c.chandle(p)} | Tel: {c.phone('TR')} | Şehir: {a.town} | "
                     f"TCKN: {c.nid('TR_TCKN')}")
    return ("Ajans listemizdeki influencer bilgilerini JSON'a çevirir misin? Alan adları İngilizce olsun.\n\n"
            + "\n".join(lines))


@tpl("personal_records", "kontaktliste_no", "no", 1)
def t_kontakt_no(c):
    lines = []
    for _ in range(2):
        p = c.person("no")
        a = c.addr("NO")
        lines.append(f"Navn: {p.full}, tlf {c.phone('NO')}, e-post {c.email(p)}, adresse {a.line}")
    return ("Kan du lage en ryddig tabell av denne kontaktlisten til byrået? Kolonner: navn, telefon, e-post, "
            "adresse.\n\n" + "\n".join(lines))


# =============================================================================================
# personal_chat: short messages, DMs and questions that name private people
# =============================================================================================
@tpl("personal_chat", "pr_package_dm", "en", 2, "lower")
def t_pr_dm(c):
    p, mgr = c.person("en"), c.person("en")
    a = c.addr("US", "GB", "CA", "AU")
    return (f"hiii so {c.pick(['glossier', 'rare beauty', 'gymshark', 'liquid death'])} wants my address for a pr "
            f"package, it's {a.line}, and they want my manager {mgr.full} cc'd on {c.email(mgr)}. is it safe to "
            f"just send that in instagram dms or should i get a po box first?? i'm {p.g} btw, 40k on tiktok")


@tpl("personal_chat", "taglish_collab", "tl", 2, "lower")
def t_taglish(c):
    p, fr = c.person("tl"), c.person("tl")
    a = c.addr("PH")
    return (f"Pa-help naman mag-draft ng reply sa brand. Gusto nila ipadala yung PR package sa bahay ko: {a.line}. "
            f"Number ko {c.phone('PH')}. Kasama ko sa collab si {fr.full}, pwede ba siya rin makatanggap? "
            f"Sign off as {p.full} po, salamat!")


@tpl("personal_chat", "hinglish_tds", "hinglish", 2)
def t_hinglish(c):
    p = c.person("hi")
    pan = next(x for x in IDS["IN_PAN"] if x[4] == p.rfamily[0].upper())
    return (f"Bhai ek help chahiye, mera video editor {p.rom} ne invoice bheja hai ₹38,000 ka. Uska PAN "
            f"{M('NATIONAL_ID', pan)} hai, TDS kitna kaatna padega 194J mein ya 194C? Uska number {c.phone('IN')} hai "
            f"agar CA ko call karna ho.")


@tpl("personal_chat", "castigatoare_ro", "ro", 2, "lower")
def t_castigatoare(c):
    p, me = c.person("ro", "F"), c.person("ro")
    a = c.addr("RO")
    return (f"Salut! Mă ajuți cu un mesaj pentru câștigătoarea concursului de pe Instagram? Se numește {p.full}, "
            f"adresa e {a.line}, telefon {c.phone('RO')}. Vreau să-i spun că trimitem coletul cu Fan Courier luni. "
            f"Semnează {me.g}.")


@tpl("personal_chat", "eskuvo_hu", "hu", 1)
def t_eskuvo(c):
    p = c.person("hu")
    a = c.addr("HU")
    return (f"Szia! Segítenél megfogalmazni egy udvarias e-mailt? {p.full} esküvői fotózásra kért ajánlatot, a "
            f"helyszín a szülei háza: {a.line}. Telefonszáma {c.phone('HU')}, e-mail {c.email(p)}. A csomag ára "
            f"420 000 Ft.")


@tpl("personal_chat", "couple_whatsapp", "en", 2, "lower")
def t_couple_wa(c):
    x, y, me = c.person("en"), c.person("en"), c.person("en")
    a = c.addr("GB", "IE", "AU", "NZ")
    return (f"Summarise what this couple actually wants from the shoot, in bullet points:\n\n"
            f"[09/04, 20:11] {x.g}: hiya it's {x.full}, we booked the engagement shoot for the 19th\n"
            f"[09/04, 20:12] {x.g}: can we start at ours? {a.line}\n"
            f"[09/04, 20:12] {y.g}: and can the dog be in it 🐶\n"
            f"[09/04, 20:15] {me.g}: of course! any must-have spots?\n"
            f"[09/04, 20:17] {x.g}: the beach at golden hour, and my nan's bench near the harbour if there's time")


@tpl("personal_chat", "one_line_questions", "en", 3, "lower")
def t_one_line(c):
    if c.i == 0:
        p = c.person("en", "M")
        return (f"is it ok that my editor {p.full} keeps all my raw footage on his personal dropbox now the "
                f"contract has ended?")
    if c.i == 1:
        p = c.person("en", "M")
        return f"my old manager {p.full} still has admin on my discord and wont reply, can i just remove him?"
    p = c.person("en")
    a = c.addr("GB", "US", "IE", "AU", "CA", "NZ")
    return (f"someone from {a.town} keeps sending gifts to my po box addressed to {p.full} (my legal name not my "
            f"channel name), how would they even know it")


@tpl("personal_chat", "kontrakt_da", "da", 2)
def t_kontrakt_da(c):
    p = c.person("da")
    a = c.addr("DK")
    return (f"Hej! Kan du hjælpe mig med at svare bureauet? De skal bruge mine oplysninger til kontrakten: "
            f"{p.full}, {a.line}, tlf. {c.phone('DK')}, mail {c.email(p)}. Jeg vil gerne spørge, om "
            f"eksklusiviteten kan sættes ned fra 6 til 3 måneder.")


# =============================================================================================
# clean_creators: famous creators, streamers, podcasters and celebrities (PII-free)
# =============================================================================================
ROSTER = [
    ("MrBeast", "Jimmy Donaldson", "US", "challenges"), ("PewDiePie", "Felix Kjellberg", "SE", "commentary"),
    ("Markiplier", "Mark Fischbach", "US", "gaming"), ("jacksepticeye", "Seán McLoughlin", "IE", "gaming"),
    ("MKBHD", "Marques Brownlee", "US", "tech"), ("Linus Tech Tips", "Linus Sebastian", "CA", "tech"),
    ("Mark Rober", "Mark Rober", "US", "engineering"), ("KSI", "Olajide Olatunji", "GB", "music/boxing"),
    ("Ibai", "Ibai Llanos", "ES", "streaming"), ("Squeezie", "Lucas Hauchard", "FR", "entertainment"),
    ("CarryMinati", "Ajey Nagar", "IN", "roasts"), ("Whindersson Nunes", "Whindersson Nunes", "BR", "comedy"),
    ("Khaby Lame", "Khabane Lame", "IT", "comedy"), ("Kai Cenat", "Kai Cenat", "US", "streaming"),
    ("IShowSpeed", "Darren Watkins Jr.", "US", "streaming"), ("Pokimane", "Imane Anys", "US", "streaming"),
    ("Valkyrae", "Rachell Hofstetter", "US", "streaming"), ("Ninja", "Tyler Blevins", "US", "gaming"),
    ("xQc", "Félix Lengyel", "CA", "streaming"), ("Gronkh", "Erik Range", "DE", "gaming"),
    ("Rubius", "Rubén Doblas", "ES", "gaming"), ("Luisito Comunica", "Luis Arturo Villar", "MX", "travel"),
    ("Lilly Singh", "Lilly Singh", "CA", "comedy"), ("Emma Chamberlain", "Emma Chamberlain", "US", "lifestyle"),
]


@tpl("clean_creators", "roster_csv", "en", 3)
def t_roster_csv(c):
    rows = c.sample(ROSTER, 5)
    lines = ["channel,creator,country,niche"] + [f"{a},{b},{cc},{n}" for a, b, cc, n in rows]
    return ("For a class on the creator economy I made this CSV of well-known channels. Add a column with a rough "
            "subscriber count from your knowledge and flag anything that looks wrong:\n\n" + "\n".join(lines))


@tpl("clean_creators", "mrbeast_business", "en", 3)
def t_mrbeast(c):
    other = c.pick(["Logan Paul and KSI with Prime", "Emma Chamberlain with Chamberlain Coffee",
                    "Rhett & Link with Mythical", "the Sidemen with Sides", "Ryan Trahan with Penny Water"])
    return (f"How did MrBeast turn Feastables into a bigger business than the channel itself, and how does that "
            f"compare to {other}? I'm writing a school report so keep it factual, mention Beast Games and "
            f"Lunchly if relevant.")


@tpl("clean_creators", "podcast_intro_script", "en", 3)
def t_podcast_intro(c):
    album = c.pick([("Taylor Swift", "The Tortured Poets Department"), ("Beyoncé", "Cowboy Carter"),
                    ("Billie Eilish", "Hit Me Hard and Soft"), ("Sabrina Carpenter", "Short n' Sweet"),
                    ("Kendrick Lamar", "GNX")])
    return (f"Tighten this intro for our music review episode, keep it under 40 seconds read aloud:\n\n"
            f"HOST 1: Welcome back to the pod! This week it's {album[0]}'s {album[1]}, track by track.\n"
            f"HOST 2: And before anyone emails us, yes, we know Anthony Fantano already gave it a score.\n"
            f"HOST 1: We're not Pitchfork, we're two people with a Shure SM7B and opinions.\n"
            f"HOST 2: Stick around for the bit where we compare it to {c.pick(['Lorde', 'Adele', 'Lana Del Rey'])}.")


@tpl("clean_creators", "deutsche_youtuber", "de", 2)
def t_de_youtuber(c):
    names = c.sample(["Gronkh", "Rezo", "HandOfBlood", "Papaplatte", "MontanaBlack", "Julien Bam", "Knossi",
                      "Trymacs", "Mai Thi Nguyen-Kim"], 3)
    return (f"Ich halte ein Referat über die deutsche YouTube-Geschichte. Kannst du mir eine Zeitleiste machen mit "
            f"{names[0]}, {names[1]} und {names[2]}? Bitte auch kurz erwähnen, wann Y-Titty und LeFloid groß waren "
            f"und welche Rolle die VideoDays in Köln gespielt haben.")


@tpl("clean_creators", "velada_ibai", "es", 1)
def t_velada(c):
    pelea = c.pick(["AuronPlay", "TheGrefg", "Rubius", "Spreen", "Westcol", "Peereira"])
    return (f"¿Cuántas personas vieron La Velada del Año de Ibai en Twitch y en qué estadio se hizo? Compárala "
            f"con el récord de TheGrefg con el skin de Fortnite. Y otra duda: ¿{pelea} llegó a pelear alguna vez o "
            f"solo presentó?")


@tpl("clean_creators", "youtubers_br", "pt", 2, "lower")
def t_youtubers_br(c):
    a, b = c.sample(["Whindersson Nunes", "Felipe Neto", "Casimiro", "Luccas Neto", "Virginia Fonseca",
                     "Gaules", "Cellbit", "Manual do Mundo"], 2)
    return (f"qual a diferença entre o que o {a} e o {b} fazem hoje? to montando uma aula sobre criadores "
            f"brasileiros e queria citar a CazéTV na Copa e a Anitta no Spotify também")


@tpl("clean_creators", "gp_explorer", "fr", 1)
def t_gp_explorer(c):
    other = c.pick(["Léna Situations", "Cyprien", "Norman", "Inoxtag", "Michou", "Amixem", "McFly et Carlito"])
    return (f"Explique-moi comment Squeezie a monté le GP Explorer au circuit Bugatti du Mans, et si {other} "
            f"y a participé. J'aimerais aussi savoir combien de spectateurs il y avait sur Twitch par rapport au "
            f"Z Event de ZeratoR.")


@tpl("clean_creators", "vtuber_ja", "ja", 1)
def t_vtuber(c):
    v = c.pick(["兎田ぺこら", "宝鐘マリン", "星街すいせい", "月ノ美兎", "葛葉"])
    return (f"HIKAKINとはじめしゃちょーの登録者数の推移と、{v}のようなVTuberの伸び方の違いを、"
            f"YouTube文化の授業用に表でまとめてください。キズナアイが「バーチャルYouTuber」を名乗った年も入れて。")


@tpl("clean_creators", "kpop_youtube_ko", "ko", 1)
def t_kpop(c):
    a = c.pick(["침착맨", "쯔양", "빠니보틀", "피식대학", "슈카월드"])
    b = c.pick(["뉴진스", "BTS", "아이브", "세븐틴", "블랙핑크"])
    return (f"{a} 채널이랑 {b} 공식 채널의 구독자 증가 추이를 비교하는 발표 자료를 만들고 있어요. "
            f"하이브와 네이버 위버스가 어떤 역할을 했는지도 간단히 정리해 주세요.")


@tpl("clean_creators", "indian_creators_hi", "hi", 1)
def t_indian(c):
    a, b = c.sample(["कैरीमिनाटी", "भुवन बाम", "ध्रुव राठी", "टेक्निकल गुरुजी", "आशीष चंचलानी", "प्राजक्ता कोली"], 2)
    return (f"मेरे कॉलेज प्रोजेक्ट के लिए बताइए कि {a} और {b} ने यूट्यूब पर शुरुआत कैसे की, और टी-सीरीज़ बनाम "
            f"प्यूडीपाई वाली सब्सक्राइबर की होड़ कब हुई थी।")


@tpl("clean_creators", "streamer_lower", "en", 3, "lower")
def t_streamer_lower(c):
    if c.i == 0:
        who = c.pick(["kai cenat", "caseoh", "jynxzi", "ludwig"])
        return f"is {who}'s subathon record still the biggest on twitch or did someone beat it"
    if c.i == 1:
        who = c.pick(["ninja", "shroud", "xqc", "pokimane"])
        return f"why did {who} leave twitch and then come back, what was the deal with mixer and kick"
    return (f"who has more subs rn, {c.pick(['mrbeast', 't-series'])} or "
            f"{c.pick(['cocomelon', 'pewdiepie', 'cocomelon and vlad and niki combined'])}")


@tpl("clean_creators", "eras_tour_merch", "en", 3)
def t_eras_merch(c):
    star = c.pick(["Taylor Swift's Eras Tour", "Beyoncé's Renaissance tour", "Olivia Rodrigo's GUTS tour",
                   "Chappell Roan's Midwest Princess tour"])
    return (f"What made {star} merch sell so well compared to a typical YouTuber merch drop? I run a small "
            f"channel's store on Fourthwall and want to learn from how they did limited colourways and "
            f"city-specific designs (Nashville, London, Tokyo).")


@tpl("clean_creators", "ferragni_pandoro", "it", 1)
def t_ferragni(c):
    return (f"Mi riassumi il caso del pandoro Balocco e Chiara Ferragni, e cosa ha deciso l'Antitrust? Vorrei "
            f"anche capire come cambiano le regole AGCOM per gli influencer dopo quel caso, rispetto a "
            f"{c.pick(['Khaby Lame', 'Fedez', 'Gianluca Vacchi', 'Benedetta Rossi'])}.")


@tpl("clean_creators", "arab_creators", "ar", 1)
def t_arab_creators(c):
    a = c.pick(["أحمد الشقيري", "أنس بوخش", "نور ستارز", "أبو فلة", "جوي العلي"])
    return (f"اكتب لي فقرة قصيرة لعرض تقديمي عن صناعة المحتوى العربي على يوتيوب، واذكر {a} ومنصة "
            f"شاهد، ولماذا أصبحت دبي والرياض مراكز لصنّاع المحتوى.")


@tpl("clean_creators", "top_streamers_caps", "en", 1, "upper")
def t_top_caps(c):
    return ("make this slide text less shouty but keep it punchy:\n"
            "TOP STREAMERS OF THE YEAR: KAI CENAT, IBAI, IShowSpeed, GAULES, KAMETO. "
            "BIGGEST COLLAB: MRBEAST X IShowSpeed. PLATFORM OF THE YEAR: KICK?? OR STILL TWITCH.")


@tpl("clean_creators", "collab_wishlist", "en", 3)
def t_collab_wishlist(c):
    picks = c.sample(["Mark Rober", "Michelle Khare", "Cleo Abram", "Hank Green", "Safiya Nygaard",
                      "Joshua Weissman", "Uncle Roger", "Ali Abdaal", "Colin and Samir", "Zach King"], 3)
    return ("Rank this collab wishlist for a science-and-cooking channel with ~200k subs, with one line on why each "
            "would or wouldn't reply:\n" + "\n".join(f"- {p}" for p in picks))


# =============================================================================================
# clean_tools: streaming, editing, audio and community software, bots named like people or words
# =============================================================================================
@tpl("clean_tools", "obs_vs_streamlabs", "en", 3)
def t_obs(c):
    enc = c.pick(["NVENC H.264", "AV1 on an RTX 4070", "x264 on a Ryzen 7", "QuickSync on an Intel Arc"])
    return (f"OBS Studio or Streamlabs Desktop for a first Twitch setup on a mid-range PC? I'd use {enc}, 6000 "
            f"kbps, 1080p60. Also: is the StreamElements overlay plugin still worth it, and does the Elgato Wave "
            f"Link mixer play nicely with OBS's audio filters (noise suppression RNNoise vs NVIDIA Broadcast)?")


@tpl("clean_tools", "carlbot_yaml", "en", 2)
def t_carlbot_yaml(c):
    bot = c.pick(["Carl-bot", "Dyno", "MEE6", "YAGPDB"])
    return (f"I'm moving our server's automod from {bot} to a self-hosted bot. Does this YAML look sane? "
            f"Values are placeholders.\n\n"
            f"automod:\n  banned_words_file: ./lists/slurs.txt\n  max_mentions: 5\n  anti_raid:\n    joins_per_10s: 8\n"
            f"    action: lockdown\nwelcome:\n  channel: \"#welcome\"\n  message: \"Welcome {{user.mention}}! Read "
            f"#rules and grab a role in #roles.\"\nlogging:\n  channel: \"#mod-log\"\n  owner_id: \"<OWNER_ID>\"\n"
            f"  webhook: \"<WEBHOOK_URL>\"")


@tpl("clean_tools", "resolve_export", "en", 3)
def t_resolve(c):
    cam = c.pick(["Sony FX3", "Canon R6 Mark II", "Lumix S5II", "iPhone 16 Pro in Apple Log", "DJI Osmo Pocket 3"])
    return (f"DaVinci Resolve 19 keeps crashing when I export 4K H.265 from {cam} footage. Should I transcode to "
            f"DNxHR or ProRes proxies first? In Premiere Pro I never had this, but I moved because of Fusion and "
            f"Fairlight. Studio version, RTX 3060, 32 GB RAM.")


@tpl("clean_tools", "descript_riverside", "en", 3)
def t_descript(c):
    alt = c.pick(["Zencastr", "SquadCast", "Zoom", "StreamYard"])
    return (f"Podcast workflow question: we record in Riverside (or {alt} as a backup), edit the transcript in "
            f"Descript, then master in Auphonic and publish through Buzzsprout. Is Descript's Studio Sound good "
            f"enough to skip Adobe Podcast Enhance, and is Underlord worth it for chapter markers?")


@tpl("clean_tools", "audacity_auphonic_de", "de", 2)
def t_audacity_de(c):
    mic = c.pick(["Shure SM7B", "Rode PodMic", "Samson Q2U", "Audio-Technica AT2020"])
    return (f"Ich nehme meinen Podcast mit einem {mic} über ein Focusrite Scarlett auf. Reicht Audacity mit "
            f"dem Noise-Gate oder soll ich gleich Reaper nehmen? Und welche Einstellungen in Auphonic für "
            f"-16 LUFS auf Spotify und Apple Podcasts?")


@tpl("clean_tools", "canva_capcut_fr", "fr", 1)
def t_canva_fr(c):
    return (f"Pour mes miniatures YouTube, vaut-il mieux rester sur Canva ou passer à Photoshop avec le "
            f"remplissage génératif de Firefly ? Et pour les Shorts, CapCut ou "
            f"{c.pick(['VN', 'InShot', 'Premiere Rush'])}, "
            f"sachant que je monte surtout sur iPad ?")


@tpl("clean_tools", "soft_hikaku_ja", "ja", 1)
def t_soft_ja(c):
    a = c.pick(["Premiere Pro", "DaVinci Resolve", "Final Cut Pro", "Filmora"])
    return (f"ゲーム実況の編集で{a}とAviUtlのどちらを使うべきか迷っています。ゆっくり実況用に"
            f"ゆっくりMovieMaker4も使いたいです。OBSの録画設定（CQP 20、mkv）も合わせて教えてください。")


@tpl("clean_tools", "bot_log_clean", "en", 3)
def t_bot_log(c):
    b = c.pick(["Nightbot", "Fossabot", "Moobot", "StreamElements"])
    return (f"Why is {b} replying twice to every command? Log from last stream:\n\n"
            f"[20:01:12] {b}: !discord -> Join the server: discord.gg/<invite>\n"
            f"[20:01:12] {b}: !discord -> Join the server: discord.gg/<invite>\n"
            f"[20:04:55] Streamer.bot: action \"Hydrate reminder\" triggered (timer)\n"
            f"[20:05:30] {b}: !uptime -> stream has been live for 4 minutes\n"
            f"[20:05:30] {b}: !uptime -> stream has been live for 4 minutes\n"
            f"[20:07:02] Sery_Bot: 3 messages removed (caps filter)")


@tpl("clean_tools", "producer_plugins", "en", 3)
def t_producer(c):
    daw = c.pick(["FL Studio", "Ableton Live", "Logic Pro", "Bitwig", "Studio One"])
    return (f"Beginner producer on {daw}. Which do I actually need first: Serum, Vital (free), Kontakt with "
            f"Spitfire LABS, or Melodyne for vocals? I mostly make lo-fi beats for YouTube and want to sell them on "
            f"BeatStars. Also is Splice worth it vs Loopmasters?")


@tpl("clean_tools", "tool_questions_lower", "en", 3, "lower")
def t_tool_lower(c):
    if c.i == 0:
        return f"does {c.pick(['vidiq', 'tubebuddy'])} actually help with titles or is it just vibes"
    if c.i == 1:
        return (f"whats better for clipping streams, {c.pick(['opus clip', 'eklipse', 'streamladder'])} or doing "
                f"it manually in capcut. also can i run {c.pick(['mee6', 'carl-bot', 'dyno'])} and sapphire in "
                f"the same discord without them fighting over automod")
    return (f"is lightroom mobile enough or do i need capture one for wedding culls, shooting on "
            f"{c.pick(['a sony a7 iv', 'a canon r5', 'a nikon z6iii'])}")


@tpl("clean_tools", "lightroom_es", "es", 2)
def t_lightroom_es(c):
    return (f"Soy fotógrafa de bodas. ¿Me conviene pasar de Lightroom Classic a Capture One, o probar Aftershoot "
            f"o Imagen para el revelado con IA? Uso presets de {c.pick(['Mastin Labs', 'VSCO', 'Tribe Archipelago'])} "
            f"y entrego las galerías por Pic-Time.")


@tpl("clean_tools", "obs_ru", "ru", 1)
def t_obs_ru(c):
    return (f"Подскажите настройки OBS для стрима на Twitch и VK Видео одновременно: плагин Multiple RTMP outputs "
            f"или лучше Restream? Видеокарта {c.pick(['RTX 3060', 'RX 6700 XT', 'GTX 1660 Super'])}, "
            f"интернет 100 Мбит/с.")


@tpl("clean_tools", "jianying_bili_zh", "zh", 1)
def t_jianying(c):
    return (f"做B站知识区视频，剪映专业版和{c.pick(['Premiere', '达芬奇', 'Final Cut'])}哪个更合适？"
            f"字幕想用必剪自动识别，封面用Canva可画。另外小红书和抖音的竖版要怎么一起导出？")


@tpl("clean_tools", "tools_nl", "nl", 1)
def t_tools_nl(c):
    return (f"Welke planningstool is het handigst voor een klein contentbureau: Later, Buffer, Hootsuite of "
            f"Metricool? We beheren {c.num(5, 14)} klanten op Instagram, TikTok en LinkedIn en willen goedkeuring "
            f"via Notion of Trello laten lopen.")


@tpl("clean_tools", "notion_schema", "en", 3)
def t_notion_schema(c):
    return (f"Help me design a Notion database for sponsorships. Properties I have so far:\n"
            f"- Brand (title)\n- Agency (relation)\n- Contact (person property, empty for now)\n"
            f"- Deliverables (multi-select: dedicated, integration, Short, Story)\n"
            f"- Fee (number, {c.pick(['USD', 'GBP', 'EUR'])})\n"
            f"- Status (Pitch / Negotiating / Signed / Posted / Paid)\n"
            f"Should invoices live in a separate database linked by relation, or as a rollup? I'd like a view like "
            f"the one Ali Abdaal shows in his Notion tour.")


@tpl("clean_tools", "tools_fi", "fi", 1)
def t_tools_fi(c):
    return ("Kumpi on parempi suoratoiston tekstitykseen: OBS:n oma Captions-plugin vai Whisperiin perustuva "
            "LocalVocal? Striimaan suomeksi ja englanniksi, ja haluaisin tekstit myös YouTube-tallenteisiin.")


# =============================================================================================
# clean_brands: sponsors and brands (many named after people), disclosure rules, rates, events
# =============================================================================================
@tpl("clean_brands", "ftc_disclosure", "en", 3)
def t_ftc(c):
    b1, b2 = c.sample(["HelloFresh", "Ben & Jerry's", "Dr Pepper", "Estée Lauder", "Tommy Hilfiger", "Wendy's",
                       "Tim Hortons", "Marc Jacobs", "Calvin Klein"], 2)
    return (f"If {b1} sends me free product and {b2} pays for a TikTok, do both need #ad under the FTC Endorsement "
            f"Guides? And is the ASA stricter in the UK? I've seen creators get called out for 'gifted' vs "
            f"'paid partnership' and I don't want a repeat of the Kardashian crypto fine.")


@tpl("clean_brands", "sponsor_companies_csv", "en", 3)
def t_sponsor_csv(c):
    rows = c.sample([("Ralph Lauren", "fashion", "US"), ("Hugo Boss", "fashion", "DE"), ("Ted Baker", "fashion", "GB"),
                     ("Paul Smith", "fashion", "GB"), ("Jack Daniel's", "spirits", "US"),
                     ("Johnnie Walker", "spirits", "GB"), ("Tory Burch", "fashion", "US"),
                     ("Dr. Martens", "footwear", "GB"),
                     ("Ferrari", "automotive", "IT"), ("Porsche", "automotive", "DE"), ("Dell", "tech", "US"),
                     ("Hershey's", "food", "US"), ("Kellogg's", "food", "US"), ("Michael Kors", "fashion", "US"),
                     ("Jimmy Choo", "fashion", "GB"), ("Casper", "sleep", "US")], 5)
    status = ["pitched", "no reply", "call booked", "declined"]
    lines = ["company,category,hq_country,status"] + [f"{a},{b},{cc},{c.pick(status)}" for a, b, cc in rows]
    return ("Our agency's outreach tracker (companies only). Group these by category and suggest which ones fit a "
            "menswear and whisky channel:\n\n" + "\n".join(lines))


@tpl("clean_brands", "rate_card_cpm", "en", 3)
def t_rate_card(c):
    return (f"What's a fair rate for a 60-second integration on a channel averaging {c.num(40, 300)}k views per "
            f"video? I've heard anywhere from $20 to $50 CPM. Do brands like NordVPN and Squarespace pay more than "
            f"{c.pick(['Raid: Shadow Legends', 'Manscaped', 'AG1', 'Ridge'])}, and should I price Shorts separately?")


@tpl("clean_brands", "werbekennzeichnung_de", "de", 2)
def t_werbung_de(c):
    b = c.pick(["dm", "Rossmann", "Lidl", "Zalando", "About You", "Douglas"])
    return (f"Muss ich ein Video als „Werbung“ kennzeichnen, wenn {b} mir nur ein PR-Paket geschickt hat und ich "
            f"es freiwillig zeige? Ich habe gelesen, dass der BGH im Fall Cathy Hummels anders entschieden hat als "
            f"bei Pamela Reif. Wie ist die aktuelle Lage nach dem Medienstaatsvertrag?")


@tpl("clean_brands", "merch_platforms", "en", 3)
def t_merch_platforms(c):
    return (f"Fourthwall vs Spring (Teespring) vs Printful on Shopify for a {c.pick(['gaming', 'cooking', 'book'])} "
            f"channel's merch? I like that Fourthwall integrates with YouTube Shopping, but MrBeast and the Sidemen "
            f"obviously run their own stores. Margins on a hoodie, and who handles EU VAT?")


@tpl("clean_brands", "marcas_es", "es", 2)
def t_marcas_es(c):
    b = c.pick(["Mahou", "Estrella Damm", "Zara", "Mango", "Desigual", "Mercadona", "Chupa Chups"])
    return (f"¿Qué marcas españolas trabajan más con streamers? He visto a {b} con Ibai y a Cupra con la Kings "
            f"League de Piqué. ¿Cómo se negocia una colaboración así si tienes 50.000 seguidores en Twitch?")


@tpl("clean_brands", "marcas_br", "pt", 2)
def t_marcas_br(c):
    b = c.pick(["Natura", "O Boticário", "Havaianas", "iFood", "Nubank", "Guaraná Antarctica"])
    return (f"Como funcionam os contratos de publicidade de marcas como {b} com influenciadores? Quero entender se "
            f"o CONAR exige #publi em todos os posts e o que aconteceu naquele caso da Virginia Fonseca com as "
            f"bets.")


@tpl("clean_brands", "creator_events", "en", 3)
def t_events(c):
    ev = c.pick([("VidCon", "Anaheim"), ("TwitchCon", "Rotterdam"), ("TwitchCon", "San Diego"),
                 ("Gamescom", "Cologne"), ("Japan Expo", "Paris"), ("VidCon Asia", "Singapore")])
    return (f"Is {ev[0]} in {ev[1]} worth going to as a creator with 30k subs, or is it mostly fans? What should I "
            f"bring (business cards, a Canva media kit)? Budget-wise, is it cheaper to fly from London or Berlin?")


@tpl("clean_brands", "brands_he", "he", 1)
def t_brands_he(c):
    b = c.pick(["אסם", "שטראוס", "תנובה", "קסטרו", "פוקס"])
    return (f"איך מתמחרים שיתוף פעולה ממומן עם {b} לחשבון טיקטוק של 80 אלף עוקבים? ראיתי שנועה קירל עושה "
            f"קמפיינים גדולים, אבל אני רוצה להבין מה מקובל אצל יוצרים קטנים בתל אביב.")


@tpl("clean_brands", "brand_ko", "ko", 1)
def t_brand_ko(c):
    return ("유튜브 뒷광고 논란 이후 공정위 가이드라인이 어떻게 바뀌었는지 알려 주세요. "
            "삼성, 올리브영 같은 브랜드와 협업할 때 '유료광고 포함' 표시는 어디에 넣어야 하나요?")


@tpl("clean_brands", "brand_questions_lower", "en", 3, "lower")
def t_brand_lower(c):
    if c.i == 0:
        return f"is {c.pick(['gfuel', 'prime', 'celsius', 'liquid death'])} still sponsoring small streamers or is that over"
    if c.i == 1:
        return (f"how did {c.pick(['skims', 'rare beauty', 'fenty beauty', 'rhode'])} get so big off tiktok, was it "
                f"mostly paid creators or organic")
    return (f"do brands like {c.pick(['hugo boss', 'tommy hilfiger', 'ralph lauren'])} ever work with micro "
            f"influencers or only celebs like {c.pick(['bad bunny', 'zendaya', 'harry styles'])}")


@tpl("clean_brands", "sponsor_slide_caps", "en", 1, "upper")
def t_sponsor_caps(c):
    return ("can you turn this into a cleaner sponsor slide for our media kit?\n"
            "PAST PARTNERS: HELLOFRESH, SQUARESPACE, NORDVPN, BEN & JERRY'S, DR PEPPER, SECRETLAB, "
            "ELGATO, SHURE. AUDIENCE: 68% 18-34, TOP COUNTRIES US, UK, CANADA.")


@tpl("clean_brands", "samarbete_sv", "sv", 1)
def t_samarbete_sv(c):
    b = c.pick(["IKEA", "Oatly", "H&M", "Volvo", "Klarna", "Fjällräven"])
    return (f"Hur ska jag märka ett betalt samarbete med {b} enligt Konsumentverket? Räcker det med "
            f"\"reklam\" i början av videon? Jag har sett att Bianca Ingrosso och Margaux Dietz gör olika.")


@tpl("clean_brands", "music_distribution", "en", 3)
def t_music_dist(c):
    d = c.pick(["DistroKid", "TuneCore", "CD Baby", "UnitedMasters", "Amuse"])
    return (f"Independent artist here. Is {d} better than signing a small deal with a Warner or Sony sub-label? I "
            f"keep hearing about Chappell Roan and Benson Boone blowing up on TikTok first. How do Spotify's "
            f"1,000-stream threshold and Bandcamp Fridays change the maths?")


@tpl("clean_brands", "markalar_tr", "tr", 1)
def t_markalar_tr(c):
    b = c.pick(["Trendyol", "Getir", "Ülker", "Koton", "LC Waikiki"])
    return (f"{b} gibi markalarla iş birliği yaparken Reklam Kurulu'nun influencer kılavuzuna göre #reklam "
            f"etiketi nereye yazılmalı? Danla Bilic ve Enes Batur'un videolarında farklı kullanımlar gördüm.")


@tpl("clean_brands", "marketing_el", "el", 1)
def t_marketing_el(c):
    b = c.pick(["Vikos", "Korres", "ΙΟΝ", "Kyknos", "Loux"])
    return (f"Πώς πρέπει να δηλώνω μια διαφήμιση με την εταιρεία {b} στο Instagram σύμφωνα με τον ΣΕΕ; Βλέπω ότι οι "
            f"μεγάλοι Έλληνες influencers γράφουν απλώς #ad, αρκεί αυτό;")


# =============================================================================================
# clean_templates: blank forms, merge fields, sample people of many languages (PII-free)
# =============================================================================================
@tpl("clean_templates", "contract_placeholders", "en", 2)
def t_contract_tpl(c):
    ph = c.pick([("{{creator_legal_name}}", "{{creator_address}}", "{{brand_name}}"),
                 ("[CREATOR NAME]", "[CREATOR ADDRESS]", "[BRAND]"),
                 ("<<Talent>>", "<<Talent_Address>>", "<<Client>>")])
    return (f"Make this sponsorship template clearer and add a kill-fee clause. Keep the merge fields exactly as "
            f"they are.\n\n"
            f"This Agreement is between {ph[2]} (\"Brand\") and {ph[0]} of {ph[1]} (\"Creator\").\n"
            f"1. The Creator will publish one integrated segment of 60–90 seconds.\n"
            f"2. The Brand will pay the Fee within 30 days of receiving a valid invoice.\n"
            f"3. Usage rights: organic only unless agreed in writing.\n"
            f"Signed: ____________ ({ph[0]})   ____________ (for {ph[2]})")


@tpl("clean_templates", "model_release_blank", "en", 2)
def t_release_blank(c):
    kind = c.pick(["portraits", "street", "brand content"])
    return (f"Is anything missing from my blank model release template? I shoot {kind} and sometimes minors.\n\n"
            f"MODEL RELEASE\nModel name: ______________________\nDate of birth: ___ / ___ / ______\n"
            f"Address: ________________________________\nPhone: ______________  Email: ______________\n"
            f"Parent/guardian (if under 18): ______________________\n"
            f"Example: Model name: Jane Doe, Parent/guardian: John Doe\nPhotographer: ______________________")


@tpl("clean_templates", "merch_csv_sample", "en", 2)
def t_merch_sample(c):
    return ("Write the import instructions for our merch helpers using this sample file (it's the example from the "
            "docs, not real customers):\n\n"
            "order,name,email,address1,city,zip,country,item\n"
            "1001,John Doe,john.doe@example.com,123 Main Street,Anytown,12345,US,Hoodie L\n"
            f"1002,Jane Doe,jane.doe@example.com,456 Elm Street,Springfield,00000,US,"
            f"{c.pick(['Mug', 'Beanie', 'Tee M'])}\n"
            "1003,Joe Bloggs,joe.bloggs@example.co.uk,1 High Street,Sometown,AB1 2CD,GB,Sticker pack")


@tpl("clean_templates", "mustermann_de", "de", 2)
def t_mustermann(c):
    return (f"Erstell mir eine Vorlage für ein Gewinnspiel-Formular (Teilnahmebedingungen + Datenschutzhinweis "
            f"nach DSGVO). Als Beispiel bitte Max Mustermann, Musterstraße 1, 12345 Musterstadt, "
            f"max.mustermann@example.de eintragen und Erika Mustermann als zweite Person. "
            f"Gewinn: {c.pick(['ein Elgato Stream Deck', 'eine signierte Switch', 'ein Shure MV7+'])}.")


@tpl("clean_templates", "dupont_fr", "fr", 1)
def t_dupont(c):
    chaine = c.pick(["de cuisine", "de voyage", "de bricolage"])
    return (f"Rédige un modèle d'autorisation de droit à l'image pour ma chaîne {chaine}, "
            f"avec des champs vides et un exemple rempli au nom de Jean Dupont (ou Marie Martin), "
            f"demeurant 1 rue de la Paix, 75000 Paris. Ajoute la mention RGPD.")


@tpl("clean_templates", "fulano_es", "es", 2)
def t_fulano(c):
    return (f"Necesito una plantilla de factura para colaboraciones como autónomo. Pon de ejemplo a Fulano de Tal "
            f"(o Juan Pérez), con NIF 00000000T y domicilio en Calle Falsa 123, y deja el IBAN como "
            f"ES00 0000 0000 0000 0000 0000. Concepto: "
            f"{c.pick(['vídeo patrocinado', 'reel + stories', 'directo en Twitch'])}.")


@tpl("clean_templates", "fulano_pt", "pt", 1)
def t_fulano_pt(c):
    return (f"Monta um modelo de contrato de publi com campos em branco: NOME DO CRIADOR, CPF, ENDEREÇO, CHAVE PIX. "
            f"No exemplo usa Fulano de Tal e Beltrano da Silva, CPF 000.000.000-00. Marca: "
            f"{c.pick(['[NOME DA MARCA]', '{{marca}}', 'MARCA X'])}.")


@tpl("clean_templates", "rossi_it", "it", 1)
def t_rossi(c):
    return (f"Preparami un fac-simile di notula per prestazione occasionale con dati di esempio: Mario Rossi, "
            f"codice fiscale RSSMRA80A01H501U, via Roma 1, 00100 Roma. Committente: "
            f"{c.pick(['Azienda Esempio S.r.l.', '[NOME AZIENDA]', 'Brand Alfa S.p.A.'])}.")


@tpl("clean_templates", "kowalski_pl", "pl", 1)
def t_kowalski(c):
    return ("Przygotuj wzór umowy o dzieło dla montażysty wideo. W przykładzie wpisz Jan Kowalski i Anna Nowak, "
            "ul. Przykładowa 1, 00-001 Warszawa, a pola PESEL i numer konta zostaw puste.")


@tpl("clean_templates", "yamada_ja", "ja", 1)
def t_yamada(c):
    return ("ファンレターの宛先ラベルのテンプレートを作ってください。記入例は「山田太郎 様、〒000-0000 "
            "東京都〇〇区〇〇1-2-3」でお願いします。差出人欄は空欄にしてください。")


@tpl("clean_templates", "hong_gildong_ko", "ko", 1)
def t_hong(c):
    return ("협찬 계약서 양식을 만들어 주세요. 예시 이름은 홍길동, 김철수로 하고 주소와 연락처 칸은 "
            "비워 두세요. 광고주는 (주)○○○로 표시해 주세요.")


@tpl("clean_templates", "zhangsan_zh", "zh", 1)
def t_zhangsan(c):
    return ("帮我写一份直播带货合作协议模板，甲方写“某某品牌”，乙方示例用张三，联系人李四，"
            "身份证号和银行账号留空。")


@tpl("clean_templates", "discord_welcome_tpl", "en", 2)
def t_welcome_tpl(c):
    bot = c.pick(["MEE6", "Carl-bot", "Dyno"])
    return (f"Rewrite our {bot} welcome message so it's friendlier. Keep the variables.\n\n"
            f"Welcome {{user.mention}} to {{server}}! You are member #{{server.member_count}}.\n"
            f"Read #rules, then pick your pronouns in #roles. Mods are {{role:Moderator}}; ping them, not the "
            f"streamer. Level-ups are announced by {bot} in #bot-spam.")


@tpl("clean_templates", "invoice_tpl", "en", 2)
def t_invoice_tpl(c):
    return (f"Turn this into a nice invoice template for Google Docs. Don't fill anything in:\n\n"
            f"INVOICE #[NUMBER]\nFrom: [CREATOR NAME]\n[ADDRESS LINE 1]\n[CITY, POSTCODE]\n"
            f"To: [AGENCY / BRAND]\nFor: [DELIVERABLES]\nAmount: [CURRENCY][AMOUNT]\n"
            f"Pay to: [ACCOUNT NAME], IBAN [IBAN]\nTerms: {c.pick(['30', '45', '14'])} days")


@tpl("clean_templates", "jansen_nl", "nl", 1)
def t_jansen(c):
    return ("Maak een voorbeeldfactuur voor een contentcreator. Gebruik Jan Jansen, Voorbeeldstraat 1, "
            "1234 AB Voorbeeldstad als afzender en laat KvK, btw-id en IBAN als [invullen].")


@tpl("clean_templates", "meikalainen_fi", "fi", 1)
def t_meikalainen(c):
    return ("Tee minulle arvonnan osallistumislomakkeen pohja. Esimerkkinä Matti Meikäläinen ja Maija "
            "Meikäläinen, osoite Esimerkkikatu 1, 00100 Helsinki, puhelinnumero jätetään tyhjäksi.")


@tpl("clean_templates", "svensson_sv", "sv", 1)
def t_svensson(c):
    return ("Skriv en mall för ett samtycke till bild och film. Exempelperson: Sven Svensson, Storgatan 1, "
            "123 45 Ankeborg. Lämna personnummer och underskrift tomma.")


@tpl("clean_templates", "transcript_tpl", "en", 2)
def t_transcript_tpl(c):
    return (f"Fill this transcript template with example lines so my editor understands the format (use HOST and "
            f"GUEST, no real names):\n\n"
            f"[00:00:00] HOST: <intro>\n[00:00:15] GUEST: <answer>\n[00:{c.num(10, 40)}:00] HOST: <sponsor read: "
            f"[SPONSOR]>\n[00:{c.num(41, 55)}:00] GUEST: <where to find them: [HANDLE]>")


@tpl("clean_templates", "ivanov_ru", "ru", 1)
def t_ivanov(c):
    return ("Составь шаблон договора с блогером на рекламную интеграцию. В примере укажи Иванов Иван Иванович, "
            "г. Москва, ул. Примерная, д. 1, а паспортные данные и реквизиты оставь пустыми.")


@tpl("clean_templates", "booking_email_tpl", "en", 2)
def t_booking_tpl(c):
    return (f"Polish this guest-booking email template for {c.pick(SHOWS)}. Keep the placeholders:\n\n"
            f"Hi {{first_name}},\nI host a podcast about {{topic}} and would love to have you on. We record "
            f"remotely on Riverside, about 60 minutes, and send you the questions a week ahead.\n"
            f"Would any of these work: {{slot_1}}, {{slot_2}}?\nThanks,\n{{host_name}}")


@tpl("clean_templates", "notice_caps", "en", 1, "upper")
def t_notice_caps(c):
    return ("fix the grammar but keep it in capitals, it's for the merch table sign:\n"
            "ALL ORDERS SHIP IN 5-7 DAYS. EXAMPLE LABEL: JOHN SMITH, 1 EXAMPLE ROAD, ANYTOWN. "
            "NO REFUNDS ON CUSTOM ITEMS, SORRY!!")


# =============================================================================================
# clean_chat: general questions from creators in many languages, places in general talk
# =============================================================================================
@tpl("clean_chat", "algorithm_question", "en", 3)
def t_algorithm(c):
    return (f"My {c.pick(['Shorts', 'long-form videos', 'livestream VODs'])} get good CTR (8%) but average view "
            f"duration is under 30%. Is that a hook problem or a thumbnail-promise problem? Paddy Galloway and "
            f"Jenny Hoyos say different things about the first 5 seconds.")


@tpl("clean_chat", "growth_lower", "en", 3, "lower")
def t_growth_lower(c):
    if c.i == 0:
        return (f"how often should i post on {c.pick(['youtube', 'tiktok', 'twitch'])} if i work full time, 2x a week "
                f"enough? and is it worth moving my podcast from {c.pick(['anchor', 'spotify for creators', 'podbean'])} "
                f"to transistor or captivate")
    if c.i == 1:
        return "best time to go live in the uk if most of my viewers are in the us and australia"
    return f"should i do a faceless channel like {c.pick(['kurzgesagt', 'lemmino', 'nexpo'])} or show my face"


@tpl("clean_chat", "streamer_de", "de", 2, "lower")
def t_chat_de(c):
    wo = c.pick(["youtube", "kick", "tiktok live"])
    return (f"lohnt sich twitch affiliate überhaupt noch oder soll ich direkt auf {wo} "
            f"streamen? ich streame 3x die woche minecraft und hab so 15 zuschauer im schnitt")


@tpl("clean_chat", "createur_fr", "fr", 2)
def t_chat_fr(c):
    modele = c.pick(["Dr Nozman", "Le Monde à L’envers", "Scilabus", "Nota Bene"])
    return (f"Je lance une chaîne de vulgarisation comme {modele}. "
            f"Combien de temps faut-il en moyenne pour atteindre la monétisation YouTube en France, et le CNC "
            f"Talent est-il encore ouvert ?")


@tpl("clean_chat", "creador_es", "es", 2, "lower")
def t_chat_es(c):
    return (f"cuánto se gana más o menos por cada mil vistas en youtube si mi público es de "
            f"{c.pick(['méxico', 'argentina', 'colombia', 'españa'])}? escuché que en latam el rpm es muy bajo")


@tpl("clean_chat", "kreator_id", "id", 2, "lower")
def t_chat_id(c):
    return (f"gimana cara daftar tiktok shop affiliate kalau followers baru {c.num(1, 9)} ribu? dan lebih "
            f"untung mana dibanding shopee video buat jualan kaos merch")


@tpl("clean_chat", "sangtao_vi", "vi", 1)
def t_chat_vi(c):
    return (f"Kênh YouTube về {c.pick(['nấu ăn', 'du lịch', 'review công nghệ'])} của mình mới 5 nghìn sub, có nên "
            f"đăng ký MCN không hay tự làm? Nghe nói Schannel với Yeah1 từng có nhiều tranh cãi.")


@tpl("clean_chat", "creator_th", "th", 2)
def t_chat_th(c):
    return (f"อยากเริ่มทำช่อง{c.pick(['รีวิวอาหาร', 'เกม', 'ท่องเที่ยว'])}บน YouTube ควรใช้กล้องอะไรดีคะ งบไม่เกิน "
            f"20,000 บาท และใช้ CapCut ตัดต่อได้ไหม")


@tpl("clean_chat", "creator_taglish", "tl", 2, "lower")
def t_chat_tl(c):
    return (f"paano ba mag-apply sa facebook stars and performance bonus? parang si "
            f"{c.pick(['cong tv', 'ivana alawi', 'mimiyuuuh', 'ninong ry'])} daw kumikita dun ng malaki, totoo ba")


@tpl("clean_chat", "blohery_uk", "uk", 2)
def t_chat_uk(c):
    return (f"Як українському блогеру отримувати оплату з YouTube, якщо AdSense не працює з деякими банками? "
            f"Чи варто відкривати ФОП 3-ї групи, як радить "
            f"{c.pick(['Ігор Лаченков', 'Сергій Притула', 'Остап Українець'])}?")


@tpl("clean_chat", "yotzrim_he", "he", 1)
def t_chat_he(c):
    return ("מה ההבדל בין פייסבוק לייב ליוטיוב לייב מבחינת הכנסות ליוצרים בישראל? והאם כדאי להירשם "
            "כעוסק פטור לפני שמתחילים לקבל תשלומים מחברות?")


@tpl("clean_chat", "dimiourgoi_el", "el", 1)
def t_chat_el(c):
    return ("Πόσα χρόνια χρειάζεται ένα κανάλι μαγειρικής στην Ελλάδα για να ζήσει από το YouTube; Ο Άκης "
            "Πετρετζίκης ξεκίνησε από την τηλεόραση, οπότε δεν είναι καλό παράδειγμα.")


@tpl("clean_chat", "tvurci_cs", "cs", 2, "lower")
def t_chat_cs(c):
    return (f"vyplatí se v česku dělat youtube na plný úvazek? kolik asi bere někdo s {c.num(50, 300)} tisíci "
            f"odběrateli, slyšel jsem že třeba Kovy nebo Vidrail mají hlavně sponzory")


@tpl("clean_chat", "creator_cities", "en", 3, "lower")
def t_cities(c):
    a, b = c.sample(["Lisbon", "Dubai", "Austin", "Los Angeles", "Seoul", "Tokyo", "Mexico City", "Bali",
                     "Barcelona", "Berlin"], 2)
    return (f"Thinking of moving abroad for a year as a travel creator. {a} or {b}: which is better for "
            f"meeting other YouTubers, visa options, and filming without permits? I work on a laptop and a "
            f"DJI Mini 4 Pro.")


@tpl("clean_chat", "creatori_ro", "ro", 1)
def t_chat_ro(c):
    return ("Cum se declară veniturile din YouTube în România, prin PFA sau ca drepturi de autor? Am văzut că "
            "Selly a vorbit despre asta, dar nu am înțeles partea cu CASS.")


@tpl("clean_chat", "wedding_photo_general", "en", 2)
def t_wedding_general(c):
    return (f"How many photos does a wedding photographer usually deliver for an 8-hour day, and how long does "
            f"culling take in {c.pick(['Lightroom', 'Photo Mechanic', 'Aftershoot', 'Narrative Select'])}? "
            f"I'm second-shooting my first wedding in the Cotswolds next month.")


@tpl("clean_chat", "sunaa_ar", "ar", 2)
def t_chat_ar(c):
    return (f"كم يحتاج صانع محتوى جديد على يوتيوب حتى يحقق الربح في "
            f"{c.pick(['السعودية', 'مصر', 'المغرب', 'الإمارات'])}؟ وهل يختلف سعر الألف مشاهدة بين الدول العربية؟")


@tpl("clean_chat", "alkotok_hu", "hu", 1)
def t_chat_hu(c):
    return ("Megéri Magyarországon Patreont indítani egy podcastnak, vagy jobb a Ko-fi? Hallottam, hogy a "
            "Telex és a Partizán is támogatói modellből él, de ők nem egyéni alkotók.")


# =============================================================================================
# More personal rows in English: tax forms, chat exports, refunds, membership support
# =============================================================================================
@tpl("personal_deals", "w8ben_foreign_tin", "en", 2)
def t_w8ben(c):
    cc = ["GB", "CA"][c.i]
    p = c.person("en")
    a = c.addr(cc)
    tin = c.nid("UK_NINO") if cc == "GB" else c.nid("CA_SIN")
    country = {"GB": "United Kingdom", "CA": "Canada"}[cc]
    return (f"AdSense wants a W-8BEN before it pays out. This is what I put, is line 6a right and can I claim "
            f"the treaty rate under article 12 for royalties?\n\n"
            f"1 Name of individual who is the beneficial owner: {p.full}\n"
            f"2 Country of citizenship: {country}\n"
            f"3 Permanent residence address: {a.line}\n"
            f"6a Foreign tax identifying number: {tin}\n"
            f"8 Date of birth (MM-DD-YYYY): {c.dob('mdy')}\n"
            f"Signature: {p.full}")


@tpl("personal_community", "discord_export_json", "en", 2)
def t_discord_json(c):
    mod = c.person("en", "F")
    a = c.addr("GB", "US", "IE", "AU", "NZ", "CA")
    u = c.pick(NONAME)
    mh = c.handle(mod)
    return (f"From our DiscordChatExporter JSON. Which messages should go in the police report? The user posted one "
            f"of our mods' real name and where she works.\n\n"
            f"{{\"messages\": [\n"
            f"  {{\"timestamp\": \"2025-03-08T22:41:09\", \"author\": {{\"name\": \"{u}\"}}, "
            f"\"content\": \"btw {mh} is actually {mod.full}, works at the garden centre in {a.town}\"}},\n"
            f"  {{\"timestamp\": \"2025-03-08T22:41:30\", \"author\": {{\"name\": \"{mh}\"}}, "
            f"\"content\": \"please stop. reporting this.\"}},\n"
            f"  {{\"timestamp\": \"2025-03-08T22:41:31\", \"author\": {{\"name\": \"Carl-bot\", \"isBot\": true}}, "
            f"\"content\": \"{u} has been muted for 28 days\"}}\n]}}")


@tpl("personal_community", "twitch_chat_lower", "en", 2, "lower")
def t_twitch_lower(c):
    s, v = c.person("en"), c.person("en")
    a = c.addr("US", "GB", "CA", "AU", "IE")
    u = c.pick(NONAME)
    vh = c.handle(v)
    return (f"can u tell me who should get timed out, pasted from chatterino:\n"
            f"[19:02] {vh}: first\n"
            f"[19:02] {u}: yo {s.g} whats ur address i wanna send u a pizza\n"
            f"[19:03] {vh}: @{u} weird\n"
            f"[19:03] {u}: nvm found it, its {a.street} in {a.town} right 💀\n"
            f"[19:04] nightbot: please don't share personal info in chat")


@tpl("personal_orders", "refund_not_delivered_lower", "en", 2, "lower")
def t_refund_lower(c):
    p = c.person("en", "F")
    a = c.addr("GB", "IE")
    return (f"customer {p.full} says her hoodie never arrived but tracking says delivered to {a.line}. she wants "
            f"a refund to her paypal {c.email(p)}. do i refund or ask evri to investigate first? what do i say to "
            f"her without sounding like i think she's lying")


@tpl("personal_production", "membership_id_check", "en", 2)
def t_membership_id(c):
    p = c.person("en")
    a = c.addr("GB", "IE", "US", "AU", "CA")
    style = "us" if a.cc == "US" else "uk"
    return (f"Support ticket from a creator applying to our membership platform. The ID check flagged a date "
            f"mismatch. Draft a polite reply asking for a clearer photo of the ID, nothing accusatory.\n\n"
            f"Applicant: {p.full}\nCreator page: {c.chandle(p)}\n"
            f"DOB entered at signup: {c.dob(style)}\nDOB read from ID: {c.dob(style)}\n"
            f"Address on ID: {a.line}\nStatus: manual review, payouts paused")


@tpl("personal_deals", "deadline_extension_medical", "en", 1)
def t_deadline_medical(c):
    p, pm = c.person("en"), c.person("en")
    a = c.addr("GB", where=lambda x: x.raw("town") != "Crail")  # NHS number, not a Scottish CHI
    brand = c.pick(SPONSORS_EN)
    return (f"I need to ask {brand} to move my integration by three weeks because of surgery. Their contract says "
            f"'documented medical reason'. Help me write a short email to their partnerships manager {pm.g}, and tell "
            f"me which of these details I actually need to share:\n\n"
            f"Discharge summary – {p.full}, {a.line}\n"
            f"NHS number: {M('NATIONAL_ID', c.pick(IDS['UK_NHS']))}\n"
            f"Hospital number: {M('MEDICAL_RECORD_NUMBER', c.pick(HOSPITAL_NUMBERS))}\n"
            f"Procedure: laparoscopic appendicectomy, 3 nights inpatient. Advice: no lifting, no filming setups "
            f"for 2–3 weeks.")


# === END OF TEMPLATES ===

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "ja": "Japanese", "ko": "Korean", "zh": "Chinese",
    "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "he": "Hebrew", "el": "Greek", "hi": "Hindi",
    "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish", "sv": "Swedish",
    "no": "Norwegian", "da": "Danish", "fi": "Finnish", "cs": "Czech", "ro": "Romanian", "hu": "Hungarian",
    "hinglish": "Hinglish",
}


def build():
    rng = random.Random(SEED)
    usage = collections.Counter()
    rows, seen = [], set()
    for t in TEMPLATES:
        for i in range(t["n"]):
            for _attempt in range(40):
                c = Ctx(rng, usage, i)
                text, spans = unmark(t["fn"](c), t["case"])
                if text not in seen:
                    break
            else:
                raise AssertionError(f"no unique text for {t['name']}")
            seen.add(text)
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{i}", "text": text, "spans": spans, "source": SOURCE,
                "class": t["cls"], "template": t["name"], "locale": "",
            })
    build.usage = usage
    return rows


def template_info():
    return {t["name"]: t for t in TEMPLATES}


def check(rows):
    info = template_info()
    assert len(rows) == N_ROWS, len(rows)
    assert len(info) == len(TEMPLATES), "duplicate template names"
    assert len(TEMPLATES) >= 80, len(TEMPLATES)
    ids, texts = set(), set()
    per_template = collections.Counter()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        assert r["source"] == SOURCE and r["locale"] == "", r["id"]
        per_template[r["template"]] += 1
        end = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["start"] >= end, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    assert max(per_template.values()) <= 5, per_template.most_common(3)
    classes = {r["class"] for r in rows}
    assert 8 <= len(classes) <= 12, classes
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = collections.Counter(info[r["template"]]["lang"] for r in rows)
    assert set(langs) <= set(LANG_NAMES), set(langs) - set(LANG_NAMES)
    non_en = len(rows) - langs["en"]
    assert 0.35 <= non_en / len(rows) <= 0.50, non_en
    assert len(set(langs) - {"en"}) >= 15, langs
    return True


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows, data):
    info = template_info()
    print(f"rows: {len(rows)}  templates: {len(TEMPLATES)}")
    print("classes:")
    by_cls = collections.Counter(r["class"] for r in rows)
    tpl_cls = collections.Counter(t["cls"] for t in TEMPLATES)
    for k in sorted(by_cls):
        print(f"  {k:26s} rows {by_cls[k]:3d}  templates {tpl_cls[k]:3d}")
    spans = collections.Counter(s["type"] for r in rows for s in r["spans"])
    print("spans:", ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = collections.Counter(info[r["template"]]["lang"] for r in rows)
    print("languages:", ", ".join(f"{LANG_NAMES[k]} {v}" for k, v in langs.most_common()))
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"PII-free: {clean}  personal: {len(rows) - clean}  not English: {len(rows) - langs['en']}")
    cases = collections.Counter((info[r["template"]]["case"] or "mixed", r["class"].split("_")[0]) for r in rows)
    print("cases:", ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(cases.items())))
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


def stats(rows):
    """Numbers quoted in README.md."""
    usage = build.usage
    used_p = [p for p in PEOPLE if usage[("person", p.idx)]]
    print(f"people: {len(used_p)} used of {len(PEOPLE)}; culture tags used: {len({p.culture for p in used_p})}")
    print("  unused:", ", ".join(p.full_raw for p in PEOPLE if not usage[("person", p.idx)]) or "-")
    used_a = [a for a in ADDRESSES if usage[("addr", a.idx)]]
    print(f"addresses: {len(used_a)} used of {len(ADDRESSES)}, countries used {len({a.cc for a in used_a})} "
          f"of {len({a.cc for a in ADDRESSES})}")
    used_ph = {cc for cc, nums in PHONES.items() for n in nums if usage[("phone", n)]}
    n_ph = sum(len(v) for v in PHONES.values())
    n_used = sum(1 for v in PHONES.values() for n in v if usage[("phone", n)])
    print(f"phones: {n_used} used of {n_ph}, countries used {len(used_ph)} of {len(PHONES)}")
    print("  phone countries unused:", sorted(set(PHONES) - used_ph))
    one = sum(1 for r in rows for sp in r["spans"] if sp["type"] == "PERSON" and " " not in sp["value"])
    print(f"PERSON spans of one word: {one}")
    lines = [r["text"].count("\n") + 1 for r in rows]
    chars = [len(r["text"]) for r in rows]
    print(f"lines {min(lines)}-{max(lines)}, chars {min(chars)}-{max(chars)}")
    for cls in sorted({t["cls"] for t in TEMPLATES}):
        langs = sorted({t["lang"] for t in TEMPLATES if t["cls"] == cls})
        print(f"  {cls}: {', '.join(langs)}")


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
    if "--stats" in argv:
        stats(rows)
        return 0
    OUT.write_text(data, encoding="utf-8")
    report(rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
