#!/usr/bin/env python3
"""stranger4: a hand-written holdout corpus for the privacy gateway.

Templates and value lists are typed by hand in this file (standard library only, no
name/place packages).  Text is built from marked parts; offsets are computed in code.

    python build.py            # writes holdout.jsonl next to this file and prints counts
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

SEED = 41207
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout.jsonl")
SOURCE = "eval/stranger4/build.py"

# ---------------------------------------------------------------- markup
# A labelled value is written into the text as \x00<code>\x01<value>\x02.  Codes are digits,
# so a template may call .upper() / .lower() on a whole marked text without breaking them.
CODES = {"1": "PERSON", "2": "LOCATION", "3": "PHONE_NUMBER", "4": "EMAIL_ADDRESS", "5": "IP_ADDRESS"}


def _m(code, value):
    value = str(value)
    assert value and not re.search(r"[\x00-\x02]", value)
    return "\x00" + code + "\x01" + value + "\x02"


def P(v):
    return _m("1", v)


def L(v):
    return _m("2", v)


def T(v):
    return _m("3", v)


def E(v):
    return _m("4", v)


def IP(v):
    return _m("5", v)


_MARK = re.compile(r"\x00(\d)\x01(.*?)\x02", re.S)


def unmark(marked):
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        plain = marked[pos:m.start()]
        out.append(plain)
        length += len(plain)
        val = m.group(2)
        spans.append({"start": length, "end": length + len(val), "type": CODES[m.group(1)], "value": val})
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert not re.search(r"[\x00-\x02]", text), "stray marker"
    return text, spans


# ---------------------------------------------------------------- people
# tag|given|family|flags   flags: E = family name written first, W = word-name, S = short surname
PEOPLE_RAW = """
en_US|Darnell|Whitfield|
en_US|Courtney|Bramlett|
en_US|Tucker|Haines|
en_US|Shonda|Pryor|
en_US|Sterling|Lamb|W
en_US|Chase|Booth|W
en_GB|Gemma|Thwaite|
en_GB|Rhys|Pennock|
en_GB|Callum|Mowbray|
en_GB|Harriet|Lusk|
en_GB|Dawn|Marsh|W
en_GB|Ivy|Sparrow|W
en_GB|Honor|Frost|W
en_GB|Morag|Strachan|
en_IE|Aoife|Kinsella|
en_IE|Cathal|Ó Broin|
en_IE|Niamh|Tuohy|
en_AU|Bronte|Kilgour|
en_AU|Lachlan|Treloar|
en_AU|Summer|Gold|W
en_NZ|Aroha|Tipene|
en_NZ|Wiremu|Karaka|
en_CA|Brody|Lindahl|
fr_CA|Marguerite|Thibodeau|
es_ES|Itziar|Goikoetxea|
es_ES|Rocío|Valdelomar|
es_ES|Guillermo|Arteaga Pons|
es_ES|Maite|Urrutia|
es_MX|Xiomara|Quintanilla|
es_MX|Yesenia|Barragán|
es_AR|Ezequiel|Bustamante|
pt_PT|Joaquim|Figueiredo|
pt_PT|Inês|Carrilho|
pt_BR|Thaís|Nogueira Braga|
pt_BR|Reinaldo|Paixão|
pt_BR|Luana|Cavalcanti|
fr_FR|Bérénice|Lavergne|
fr_FR|Gaëtan|Moreau-Dulac|
fr_FR|Solène|Kerbrat|
fr_FR|Aurélien|Castagné|
de_DE|Friederike|Amsel|
de_DE|Jörg|Kessler|
de_DE|Swantje|Hollmann|
de_DE|Till|Weißbach|
de_AT|Anneliese|Brunnhuber|
de_CH|Urs|Gisler|
de_CH|Reto|Casutt|
nl_NL|Fenna|Kloosterboer|
nl_NL|Sjoerd|van der Wal|
nl_NL|Maaike|Brinkhuis|
nl_BE|Wout|Verhaegen|
nb_NO|Sigrid|Aasland|
nb_NO|Ragnhild|Øverby|
sv_SE|Eskil|Lindgren|
sv_SE|Linnea|Sjöholm|
da_DK|Mads|Kjærgaard|
fi_FI|Tuula|Heikkilä|
fi_FI|Aatu|Rantanen|
pl_PL|Zuzanna|Wróblewska|
pl_PL|Bartosz|Kłosowski|
cs_CZ|Radka|Procházková|
cs_CZ|Vojtěch|Kučera|
sr_RS|Milena|Dragović|
uk_UA|Oksana|Hrytsenko|
ru_RU|Yevgeniya|Lapteva|
tr_TR|Ebru|Kocabaş|
tr_TR|Serkan|Tüfekçi|
tr_TR|Nilüfer|Akgündüz|
tr_TR|Deniz|Sarıkaya|
ar_JO|Rania|Haddadin|
ar_PS|Khaled|Barghouti|
ar_AE|Noura|Al-Shamsi|
ar_MA|Hamza|Benslimane|
fa_IR|Shirin|Tavakoli|
fa_IR|Kourosh|Farahani|
fa_IR|Parisa|Moradkhani|
he_IL|Noa|Ben-Ami|
he_IL|Yair|Grinspan|
he_IL|Tamar|Eshel|
hi_IN|Devansh|Bhatnagar|
hi_IN|Ritika|Khurana|
pa_IN|Harpreet|Sandhu|
ta_IN|Revathi|Subramaniam|
ta_IN|Senthil|Arumugam|
ml_IN|Divya|Nair|
kn_IN|Karthik|Ramaswamy|
bn_BD|Tahmina|Chowdhury|
bn_BD|Sabbir|Hossain|
bn_BD|Nusrat|Jahan|
zh_CN|Meilin|Guo|E
zh_CN|Jiahao|Xu|ES
zh_CN|Yuting|Hu|ES
zh_CN|Zhiwei|Tang|E
zh_HK|Ka-wing|Lo|ES
ko_KR|Ji-hoon|Seo|E
ko_KR|Hae-won|Kwon|E
ko_KR|Eun-bi|Ko|ES
ko_KR|Dasom|Yoon|E
ja_JP|Haruka|Imamura|
ja_JP|Kenta|Shiraishi|
ja_JP|Mayu|Oyamada|
ja_JP|Daisuke|Kurokawa|
vi_VN|Thanh Hằng|Vũ|ES
vi_VN|Quang Minh|Tạ|ES
vi_VN|Gia Huy|Lý|ES
vi_VN|Bảo Ngọc|Đặng|E
th_TH|Siriporn|Chaiyawat|
th_TH|Thanakorn|Wongsuwan|
th_TH|Kanokwan|Srisuk|
fil_PH|Rowena|Dimaculangan|
fil_PH|Jericho|Malabanan|
fil_PH|Maricel|Tolentino|
id_ID|Dewi|Kartikasari|
id_ID|Bayu|Prasetyo|
id_ID|Rizky|Pratama|
yo_NG|Olumide|Akinwande|
yo_NG|Temitope|Ogunleye|
yo_NG|Adeola|Oyediran|
ig_NG|Chiamaka|Nwachukwu|
ig_NG|Ifeoma|Anyanwu|
ig_NG|Chukwuemeka|Obiora|
ha_NG|Zainab|Danjuma|
ha_NG|Ibrahim|Garba|
ha_NG|Hauwa|Lawan|
sw_TZ|Zawadi|Mwakilema|
sw_TZ|Juma|Mrisho|
sw_KE|Neema|Mollel|
am_ET|Selamawit|Tesfaye|
am_ET|Dawit|Gebremedhin|
am_ET|Meron|Alemu|
zu_ZA|Thandeka|Mkhize|
zu_ZA|Sibusiso|Ngcobo|
zu_ZA|Nomvula|Zungu|
el_GR|Eleni|Karamanli|
hu_HU|Boglárka|Szűcs|E
ro_RO|Ioana|Ciobotaru|
ka_GE|Nino|Beridze|
hy_AM|Anush|Sargsyan|
so_SO|Hodan|Warsame|
ne_NP|Sabina|Gurung|
si_LK|Dilani|Wickramasinghe|
ms_MY|Nurul Aina|Rosli|
it_IT|Ludovica|Cesarini|
it_IT|Benedetto|Farina|
kk_KZ|Aigerim|Tulegenova|
en_US|Yu-chen|Ip|S
"""

# the country whose addresses and phones go with a culture
TAG_CC = {
    "en_US": "US", "en_GB": "GB", "en_IE": "IE", "en_AU": "AU", "en_NZ": "NZ", "en_CA": "CA", "fr_CA": "CA",
    "es_ES": "ES", "es_MX": "MX", "es_AR": "AR", "pt_PT": "PT", "pt_BR": "BR", "fr_FR": "FR", "de_DE": "DE",
    "de_AT": "AT", "de_CH": "CH", "nl_NL": "NL", "nl_BE": "BE", "nb_NO": "NO", "sv_SE": "SE", "da_DK": "DK",
    "fi_FI": "FI", "pl_PL": "PL", "cs_CZ": "CZ", "tr_TR": "TR", "ar_JO": "JO", "he_IL": "IL", "hi_IN": "IN",
    "pa_IN": "IN", "ta_IN": "IN", "ml_IN": "IN", "kn_IN": "IN", "ja_JP": "JP", "ko_KR": "KR", "vi_VN": "VN",
    "fil_PH": "PH", "id_ID": "ID", "yo_NG": "NG", "ig_NG": "NG", "ha_NG": "NG", "sw_KE": "KE", "zu_ZA": "ZA",
    "el_GR": "GR", "it_IT": "IT", "ru_RU": "RU",
}


class Person:
    def __init__(self, tag, given, family, flags):
        self.tag, self.given, self.family = tag, given, family
        self.eastern = "E" in flags
        self.word = "W" in flags
        self.short = "S" in flags
        self.cc = TAG_CC.get(tag)

    @property
    def full(self):
        return f"{self.family} {self.given}" if self.eastern else f"{self.given} {self.family}"

    @property
    def western(self):  # given name first, as colleagues abroad write it
        return f"{self.given} {self.family}"

    @property
    def locale(self):
        return self.tag


PEOPLE = []
for _line in PEOPLE_RAW.strip().splitlines():
    _t, _g, _f, _fl = _line.split("|")
    PEOPLE.append(Person(_t, _g, _f, _fl))

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "ı": "i", "İ": "I", "đ": "d",
                       "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "ð": "d", "þ": "th"})


def fold(s):
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def alnum(s):
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def handle(p, style, n=None):
    """a login or handle built from a person's name, as IT departments and people make them"""
    g, f = alnum(p.given), alnum(p.family)
    g1 = g[0]
    num = "" if n is None else str(n)
    forms = {
        "gfamily": g1 + f,            # e.g. first initial + surname
        "family.g": f + "." + g1,
        "given.family": g + "." + f,
        "given_family": g + "_" + f,
        "familyg": f + g1,
        "given": g,
        "givenf": g + f[0],
        "family": f,
        "g.family": g1 + "." + f,
        "givenfamily": g + f,
    }
    return forms[style] + num


# ---------------------------------------------------------------- places
COUNTRY = {
    "US": "United States", "GB": "United Kingdom", "IE": "Ireland", "CA": "Canada", "AU": "Australia",
    "NZ": "New Zealand", "DE": "Germany", "AT": "Austria", "CH": "Switzerland", "NL": "Netherlands",
    "BE": "Belgium", "FR": "France", "ES": "Spain", "PT": "Portugal", "IT": "Italy", "PL": "Poland",
    "CZ": "Czech Republic", "SE": "Sweden", "NO": "Norway", "DK": "Denmark", "FI": "Finland", "TR": "Türkiye",
    "GR": "Greece", "BR": "Brazil", "MX": "Mexico", "AR": "Argentina", "IN": "India", "JP": "Japan",
    "KR": "South Korea", "VN": "Vietnam", "ID": "Indonesia", "PH": "Philippines", "NG": "Nigeria",
    "KE": "Kenya", "ZA": "South Africa", "JO": "Jordan", "IL": "Israel", "RU": "Russia",
}

# cc: [(street line, town, region or None, postcode, district or None)]
ADDR = {
    "US": [("4127 Alder Creek Rd", "Cottage Grove", "OR", "97424", None),
           ("86 Pine Hollow Ln", "Ellsworth", "ME", "04605", None),
           ("1402 W Water St", "Decorah", "IA", "52101", None),
           ("309 N Court St", "Lewisburg", "WV", "24901", None)],
    "GB": [("27 Corve Street", "Ludlow", "Shropshire", "SY8 1DA", None),
           ("14 Priestpopple", "Hexham", "Northumberland", "NE46 1PS", None),
           ("5 Leechwell Lane", "Totnes", "Devon", "TQ9 5SY", None),
           ("Glebe Cottage, Bridge Street", "Llandeilo", "Carmarthenshire", "SA19 6BN", None)],
    "IE": [("3 Rampart Lane", "Kinsale", "Co. Cork", "P17 KX62", None),
           ("Holyground, Green Street", "Dingle", "Co. Kerry", "V92 FH4W", None)],
    "CA": [("58 Pelham St", "Lunenburg", "NS", "B0J 2C0", None),
           ("17 Centre St", "Gimli", "MB", "R0C 1B0", None)],
    "AU": [("22 Perry Street", "Mudgee", "NSW", "2850", None),
           ("9 Loch Street", "Beechworth", "VIC", "3747", None),
           ("41 Tunbridge Street", "Margaret River", "WA", "6285", None)],
    "NZ": [("12 Buckingham Street", "Arrowtown", None, "9302", None),
           ("7 Kitchener Street", "Martinborough", None, "5711", None)],
    "DE": [("Lange Straße 14", "Waldkirch", "Baden-Württemberg", "79183", None),
           ("Marktstraße 31a", "Bad Tölz", "Bayern", "83646", None),
           ("Gestade 6", "Bernkastel-Kues", "Rheinland-Pfalz", "54470", None),
           ("Hauptstraße 58", "Sassnitz", "Mecklenburg-Vorpommern", "18546", None)],
    "AT": [("Marktplatz 9", "Strobl", "Salzburg", "5350", None),
           ("Kirchengasse 3", "Bad Aussee", "Steiermark", "8990", None)],
    "CH": [("Landstrasse 22", "Glarus", "GL", "8750", None),
           ("Gotthardstrasse 41", "Andermatt", "UR", "6490", None)],
    "NL": [("Zoutsloot 17", "Harlingen", "Friesland", "8861 BG", None),
           ("Lange Noordstraat 44", "Middelburg", "Zeeland", "4331 CD", None),
           ("Walderstraat 9", "Lochem", "Gelderland", "7241 BE", None)],
    "BE": [("Boterstraat 23", "Ieper", "West-Vlaanderen", "8900", None),
           ("Rue Porte Basse 11", "Marche-en-Famenne", "Luxembourg", "6900", None)],
    "FR": [("14 rue de la République", "Sarlat-la-Canéda", "Dordogne", "24200", None),
           ("8 allée des Goélands", "Bénodet", "Finistère", "29950", None),
           ("27 rue Gambetta", "Figeac", "Lot", "46100", None)],
    "ES": [("Calle Mayor, 21, 2º B", "Béjar", "Salamanca", "37700", None),
           ("Calle del Portal de Molina, 5", "Albarracín", "Teruel", "44100", None),
           ("Carrer de l'Horta, 12", "Pollença", "Illes Balears", "07460", None)],
    "PT": [("Rua do Souto, 48", "Ponte de Lima", "Viana do Castelo", "4990-062", None),
           ("Rua Dr. Simões Pereira, 7", "Seia", "Guarda", "6270-517", None),
           ("Travessa da Igreja, 3", "Monchique", "Faro", "8550-453", None)],
    "IT": [("Via San Matteo 62", "San Gimignano", "SI", "53037", None),
           ("Strada Rezia 118", "Ortisei", "BZ", "39046", None),
           ("Via Ferramosca 27", "Maglie", "LE", "73024", None)],
    "PL": [("ul. Kościeliska 33", "Zakopane", "małopolskie", "34-500", None),
           ("ul. Olsztyńska 12/4", "Giżycko", "warmińsko-mazurskie", "11-500", None),
           ("ul. Piłsudskiego 7", "Lesko", "podkarpackie", "38-600", None)],
    "CZ": [("Latrán 41", "Český Krumlov", "Jihočeský kraj", "381 01", None),
           ("Masarykovo nám. 18", "Náměšť nad Oslavou", "Kraj Vysočina", "675 71", None)],
    "SE": [("Strandgatan 19", "Visby", "Gotland", "621 56", None),
           ("Storgatan 7", "Tomelilla", "Skåne", "273 30", None)],
    "NO": [("Vestfjordgata 14", "Svolvær", "Nordland", "8300", None),
           ("Øyna 3", "Stranda", "Møre og Romsdal", "6200", None)],
    "DK": [("Havnebyvej 41", "Rømø", "Syddanmark", "6792", None),
           ("Kirkestræde 5", "Allinge", "Bornholm", "3770", None)],
    "FI": [("Torggatan 9", "Mariehamn", "Åland", "22100", None),
           ("Kuninkaankatu 12", "Tammisaari", "Uusimaa", "10600", None)],
    "TR": [("Hükümet Cad. No: 17 D: 3", "Kaş", "Antalya", "07580", "Andifli Mah."),
           ("1016. Sokak No: 8", "Çeşme", "İzmir", "35930", "Musalla Mah.")],
    "GR": [("Trikalon 44", "Kalabaka", "Trikala", "422 00", None)],
    "BR": [("Rua Djalma Forjaz, 215", "Campos do Jordão", "SP", "12460-000", "Capivari"),
           ("Rua do Comércio, 44", "Paraty", "RJ", "23970-000", "Centro Histórico"),
           ("Rua Direita, 112", "Tiradentes", "MG", "36325-000", "Centro")],
    "MX": [("Calle Hospicio 18", "San Miguel de Allende", "Gto.", "37700", "Col. Centro"),
           ("Av. 5 de Mayo 34", "Tepoztlán", "Mor.", "62520", "Barrio de San Miguel"),
           ("Calle 22 No. 71", "Bacalar", "Q. Roo", "77930", "Col. Centro")],
    "AR": [("Av. Miguel Critto 310", "Tafí del Valle", "Tucumán", "T4137", None)],
    "IN": [("House No. 14/212, Tea Gardens Road", "Munnar", "Kerala", "685612", "Idukki"),
           ("Flat 3B, Kulri Bazaar Road", "Mussoorie", "Uttarakhand", "248179", "Dehradun"),
           ("12, Upper Mall", "Kasauli", "Himachal Pradesh", "173204", "Solan"),
           ("Burondi Road, near Azad Maidan", "Dapoli", "Maharashtra", "415712", "Ratnagiri")],
    "JP": [("2-14-7 Kyu-Karuizawa", "Karuizawa-machi", "Nagano", "389-0102", "Kitasaku-gun"),
           ("Hirata 507", "Ine-cho", "Kyoto", "626-0423", "Yosa-gun")],
    "KR": [("Hahoe-ri 84", "Andong-si", "Gyeongsangbuk-do", "36759", "Pungcheon-myeon")],
    "VN": [("27 Nguyễn Thái Học", "Hội An", "Quảng Nam", "560000", "Phường Minh An"),
           ("15 Cầu Mây", "Sa Pa", "Lào Cai", "330000", None)],
    "ID": [("Jl. Raya Ubud No. 14", "Ubud", "Bali", "80571", "Gianyar"),
           ("Jl. Panorama No. 22", "Bukittinggi", "Sumatera Barat", "26136", None)],
    "PH": [("14 Rizal St.", "Baler", "Aurora", "3200", "Brgy. Suklayin"),
           ("Purok 3", "Sagada", "Mountain Province", "2619", "Brgy. Poblacion")],
    "NG": [("Plot 14, Ikogosi Road", "Ikogosi", "Ekiti State", "371101", None),
           ("12 Oba Adesida Road", "Akure", "Ondo State", "340110", None)],
    "KE": [("Kenyatta Avenue, Plot 9", "Nanyuki", "Laikipia", "10400", None),
           ("Mnarani Road, House 31", "Kilifi", "Kilifi County", "80108", None)],
    "ZA": [("17 Harbour Road", "Hermanus", "Western Cape", "7200", None),
           ("42 Main Street", "Clarens", "Free State", "9707", None),
           ("8 Parsonage Street", "Graaff-Reinet", "Eastern Cape", "6280", None)],
    "JO": [("Al-Yarmouk Street 11", "Madaba", "Madaba Governorate", "17110", None)],
    "IL": [("HaMeyasdim 32", "Zikhron Ya'akov", "Haifa District", "3095132", None)],
}

# national numbers, written without a country code, as people of that country write them
PHONES = {
    "US": ["(541) 942-0173", "541.942.0388", "207-667-4410 ext. 214", "(563) 382-9017"],
    "GB": ["01584 872316", "07834 551209", "01434 60 22 17", "07912 448 036"],
    "IE": ["021 477 3092", "087 913 4420", "(066) 915 1288"],
    "CA": ["(902) 634-4410", "204 642 7731"],
    "AU": ["(02) 6372 4418", "0412 338 905", "03 5728 1194"],
    "NZ": ["(03) 442 1873", "021 448 2107"],
    "DE": ["07681 4093-27", "0171 8835290", "08041/79 32 11", "0151 - 2274 1180"],
    "AT": ["0664 341 22 07", "06137 7331"],
    "CH": ["055 640 23 18", "079 512 44 83"],
    "NL": ["0517 41 22 93", "06-48 31 07 25", "0118 - 61 44 09"],
    "BE": ["057 20 44 81", "0475 31 62 08"],
    "FR": ["05 53 29 81 44", "06.72.18.40.93", "02 98 57 11 06"],
    "ES": ["923 40 11 52", "612 48 73 90", "978 71 02 33"],
    "PT": ["258 941 207", "912 447 380"],
    "IT": ["0577 940318", "347 218 5530"],
    "PL": ["18 201 44 37", "601-238-947", "87 428 19 03"],
    "CZ": ["380 711 548", "724 318 902"],
    "SE": ["0498-27 13 40", "070-418 22 95"],
    "NO": ["76 07 12 54", "412 88 305"],
    "DK": ["98 44 13 27", "28 61 47 05"],
    "FI": ["018 527 43", "040 718 2293"],
    "TR": ["0242 836 14 70", "0532 418 27 63"],
    "GR": ["24320 22817", "694 518 2270"],
    "BR": ["(12) 3662-4108", "(24) 99871-3320", "(32) 3355-1270"],
    "MX": ["415 152 0837", "55 4128 9930", "(739) 395 0211"],
    "AR": ["(0381) 15-448-2291"],
    "IN": ["04865 230418", "98470 21536", "0135-263 2210", "094180 77213"],
    "JP": ["0267-42-3318", "090-4431-2876"],
    "KR": ["054-853-2210", "010-4827-1935"],
    "VN": ["0235 3861 447", "090 318 4472"],
    "ID": ["(0361) 975228", "0812-3817-4402"],
    "PH": ["0917 845 2210", "(074) 602 1138"],
    "NG": ["0803 412 7765", "0706 118 2093", "0812 440 9178"],
    "KE": ["0722 418 903", "0733 201 554"],
    "ZA": ["028 312 4471", "082 447 1908", "(058) 256 1183"],
    "JO": ["05 324 8817", "079 551 2046"],
    "IL": ["04-639 7712", "052-418-3390"],
    "RU": ["8 (49231) 2-14-55", "8 916 418-22-73"],
}

DOMAINS = ["kestrelclaims.co.uk", "brightway-logistics.com", "eastmere-school.org.uk", "halvorsen-events.no",
           "tessellate-legal.com", "corvid-fieldservice.de", "meridianlets.com", "oakhurst-care.org",
           "palisade-recruit.com", "lumenpay.eu", "quaystone.ie", "sandpiper-travel.com.au"]
WEBMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "gmx.de", "proton.me", "icloud.com",
           "web.de", "yahoo.com.br", "naver.com", "libero.it", "wp.pl", "seznam.cz"]


class Ctx:
    """per-row drawing: no person, address or number twice in one row"""

    def __init__(self, r):
        self.r = r
        self.used = set()
        self.loc = None

    def person(self, tags=None, cc=None, word=None, short=None, eastern=None, names=None):
        pool = [p for p in PEOPLE if id(p) not in self.used
                and (names is None or p.given in names)
                and (tags is None or any(p.tag.startswith(t) for t in tags))
                and (cc is None or p.cc in (cc if isinstance(cc, (list, tuple, set)) else [cc]))
                and (word is None or p.word == word)
                and (short is None or p.short == short)
                and (eastern is None or p.eastern == eastern)]
        p = self.r.choice(pool)
        self.used.add(id(p))
        if self.loc is None:
            self.loc = p.tag
        return p

    def people(self, n, **kw):
        return [self.person(**kw) for _ in range(n)]

    def addr(self, cc):
        if isinstance(cc, (list, tuple)):
            cc = self.r.choice([c for c in cc if c in ADDR])
        pool = [a for a in ADDR[cc] if ("A", cc, a) not in self.used]
        if not pool:  # that country's few addresses are taken in this row
            return self.addr(self.r.choice([x for x in ("GB", "US", "DE", "NL", "AU", "FR") if x != cc]))
        a = self.r.choice(pool)
        self.used.add(("A", cc, a))
        street, town, region, pc, district = a
        return {"cc": cc, "street": street, "town": town, "region": region, "pc": pc, "district": district,
                "country": COUNTRY[cc]}

    def phone(self, cc):
        pool = [x for x in PHONES[cc] if ("T", x) not in self.used]
        if not pool:
            return self.phone(self.r.choice([x for x in ("GB", "US", "DE", "NL", "AU", "FR") if x != cc]))
        x = self.r.choice(pool)
        self.used.add(("T", x))
        return x

    def pick(self, seq):
        return self.r.choice(seq)

    def cc_of(self, p, fallback=("GB", "US", "DE", "NL", "AU")):
        return p.cc if p.cc in ADDR else self.r.choice(list(fallback))


def addr_lines(a, country=True, upper=False):
    """the address as a list of marked lines, in the order the country's post writes it"""
    cc = a["cc"]
    S, Tn, R, PC, D = a["street"], a["town"], a["region"], a["pc"], a["district"]
    f = (lambda s: s.upper()) if upper else (lambda s: s)
    s, t, pc = L(f(S)), L(f(Tn)), L(f(PC))
    r = L(f(R)) if R else None
    d = L(f(D)) if D else None
    if cc == "US":
        lines = [s, f"{t}, {r} {pc}"]
    elif cc == "CA":
        lines = [s, f"{t} {r}  {pc}"]
    elif cc == "AU":
        lines = [s, f"{t} {r} {pc}"]
    elif cc == "GB":
        lines = [s, t, r, pc]
    elif cc == "IE":
        lines = [s, t, r, pc]
    elif cc == "NZ":
        lines = [s, f"{t} {pc}"]
    elif cc in ("ES",):
        lines = [s, f"{pc} {t}", f"{r}"]
    elif cc == "IT":
        lines = [s, f"{pc} {t} ({r})"]
    elif cc == "TR":
        lines = [f"{d} {s}", f"{pc} {t}/{r}"]
    elif cc == "BR":
        lines = [s, f"{d}", f"{t} - {r}", f"CEP {pc}"]
    elif cc == "MX":
        lines = [s, d, f"{pc} {t}, {r}"]
    elif cc == "AR":
        lines = [s, f"{pc} {t}", r]
    elif cc == "IN":
        lines = [s, f"{t}, {d} District", f"{r} - {pc}"]
    elif cc == "JP":
        lines = [f"〒{pc}", f"{r}-ken {d} {t}" if f(R) != f("Kyoto") else f"{r}-fu {d} {t}", s]
    elif cc == "KR":
        lines = [f"{s}, {d}", f"{t}, {r}", pc]
    elif cc == "VN":
        lines = [s, f"{d}, {t}" if D else t, f"{r} {pc}"]
    elif cc == "ID":
        lines = [s, f"{t}, {d}" if D else t, f"{r} {pc}"]
    elif cc == "PH":
        lines = [f"{s}, {d}", f"{t}, {r} {pc}"]
    elif cc in ("NG", "KE", "ZA"):
        lines = [s, t, r, pc] if cc != "NG" else [s, t, f"{r} {pc}"]
    elif cc == "JO":
        lines = [s, f"{t} {pc}"]
    else:  # continental Europe, Israel
        lines = [s, f"{pc} {t}"]
    if country:
        lines.append(L(f(a["country"])))
    return [ln for ln in lines if ln]


def addr_one_line(a, sep=", ", country=False, upper=False):
    return sep.join(addr_lines(a, country=country, upper=upper))


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(cls, tid, n):
    def deco(fn):
        TEMPLATES.append((cls, tid, n, fn))
        return fn
    return deco


def lo(s):
    return s.lower()


def up(s):
    return s.upper()


def mail(p, style="given.family", domain=None, n=None, c=None):
    dom = domain or (c.pick(DOMAINS) if c else DOMAINS[0])
    return handle(p, style, n) + "@" + dom


DAYS = ["MON 30/11", "TUE 01/12", "WED 02/12", "THU 03/12", "FRI 04/12"]

# ======================= one_case: names typed in lower case or shouted in capitals


@tpl("one_case", "dispatch_board", 3)
def _(c, i):
    a, b, d = c.person(), c.person(), c.person()
    ad = c.addr(c.cc_of(a))
    day = DAYS[i % len(DAYS)]
    return (
        "Can you turn this transcription of the dispatch whiteboard into a short handover message for the "
        "day shift? Keep the items in order and don't drop anything.\n\n"
        f"DISPATCH BOARD - BAY 4 - {day}\n"
        f"1. {P(up(a.full))} RANG RE DAMAGED PALLET (2 OF 6 CARTONS CRUSHED). WANTS REPLACEMENT BEFORE FRI. "
        f"DELIVER TO {L(up(ad['street']))}, {L(up(ad['town']))} {L(up(ad['pc']))} - NOT THE BILLING ADDR!!\n"
        f"2. FORKLIFT 2 STILL OUT OF SERVICE - {P(up(b.given))} TO CHASE ENGINEER AGAIN\n"
        "3. RETURNS CAGE FULL. DO NOT STACK ABOVE THE RED LINE\n"
        f"4. {P(up(b.family))} + {P(up(d.full))} ON LATE SHIFT, KEYS WITH GATEHOUSE\n"
        "5. SKU 44-1870-B SHORT BY 3, RECOUNT LOC A-12-03"
    )


@tpl("one_case", "courier_sms_thread", 3)
def _(c, i):
    a, nb = c.person(), c.person()
    ad = c.addr(c.cc_of(a, fallback=("GB", "IE", "AU", "NZ", "US")))
    ph = c.phone(ad["cc"])
    return (
        "summarise what the driver and the customer agreed so i can put it on the POD note\n\n"
        f"[13:58] driver: hi is this {P(lo(a.full))}? got ur parcel, nobody answering at {L(lo(ad['street']))}\n"
        f"[14:03] customer: hi yes its {P(lo(a.given))} sorry im at work till 5\n"
        f"[14:03] customer: can u leave it with {P(lo(nb.given))} next door, the house with the blue bins\n"
        "[14:05] driver: cant leave with neighbour without a name on the system sorry\n"
        f"[14:06] customer: full name is {P(lo(nb.full))}. or ring my partner on {T(ph)}, home from 3\n"
        "[14:09] driver: ok will try that number, otherwise it goes back to depot and u can collect tmrw after 10"
    )


@tpl("one_case", "edifact_nad", 2)
def _(c, i):
    a = c.person(tags=["de", "nl", "pl", "cs", "da", "sv", "fr", "it", "es", "pt_PT", "fi", "nb"])
    ad = c.addr(c.cc_of(a, fallback=("DE", "NL", "PL")))
    ph = c.phone(ad["cc"])
    return (
        "Our carrier's validator rejects this DESADV with 'segment NAD+ST: element 3035 too many components'. "
        "What is wrong with the ship-to party segment, and how should it look?\n\n"
        "UNA:+.? '\n"
        "UNB+UNOC:3+5412345000013:14+4012345000009:14+261201:0617+00000412'\n"
        "UNH+1+DESADV:D:96A:UN:EAN005'\n"
        "BGM+351+DN-2611-0883+9'\n"
        "DTM+137:20261201:102'\n"
        f"NAD+ST+++{P(up(a.family))}:{P(up(a.given))}:+{L(up(ad['street']))}+{L(up(ad['town']))}++"
        f"{L(up(ad['pc']))}+{L(ad['cc'])}'\n"
        f"CTA+DL+:{P(up(a.given + ' ' + a.family))}'\n"
        f"COM+{T(ph)}:TE'\n"
        "NAD+BY+4012345000009::9'\n"
        "CPS+1'\n"
        "PAC+2++PX'\n"
        "UNT+11+1'\n"
        "UNZ+1+00000412'"
    )


@tpl("one_case", "ward_handover_lower", 3)
def _(c, i):
    a, rel, nurse = c.person(), c.person(), c.person()
    ad = c.addr(c.cc_of(a, fallback=("GB", "IE", "AU", "NZ")))
    ph = c.phone(ad["cc"])
    bay = ["bay 2 bed 3", "side room 6", "bay 4 bed 1"][i % 3]
    return (
        "tidy this up into a proper handover for the night team, full sentences, don't add anything that isn't there\n\n"
        f"{bay} - {P(lo(a.full))}, 84, came up from a&e last night, lives alone in {L(lo(ad['town']))}, settled today, "
        "eating ok, mobilising with frame + 1. bp a bit low this am, repeat obs at 22:00. "
        f"next of kin {P(lo(rel.given))} rang twice, wants a call back on {T(ph)} after 6, main contact "
        f"(not the other family). ot want a home visit before discharge - {P(lo(nurse.given))} to book. "
        "hearing aid in the top drawer, left side only"
    )


@tpl("one_case", "claim_note_caps", 2)
def _(c, i):
    a, tp = c.person(), c.person()
    ad = c.addr(c.cc_of(tp, fallback=("GB", "IE")))
    ph = c.phone(ad["cc"])
    return (
        "Rewrite this file note in normal sentence case for the liability letter. Keep every fact.\n\n"
        "CLAIM NOTE - MOTOR - DO NOT CLOSE\n"
        f"INSURED: {P(up(a.full))} (SPOKE 11:20, VERY UPSET)\n"
        f"THIRD PARTY DRIVER: {P(up(tp.full))}, WHITE TRANSIT VAN\n"
        f"TP ADDRESS: {L(up(ad['street']))}, {L(up(ad['town']))}\n"
        f"TP TEL: {T(ph)} - NO ANSWER X3, LEFT VM\n"
        "CIRCS: INSURED STATIONARY AT ROUNDABOUT, TP FAILED TO STOP, REAR IMPACT. DASHCAM FOOTAGE REQUESTED.\n"
        "LIABILITY: TP AT FAULT IN OUR VIEW. SEND 2ND LETTER IF NO RESPONSE BY 14 DAYS."
    )


# ======================= handles_logins: user names built from a person's name


@tpl("handles_logins", "ad_lockout_event", 3)
def _(c, i):
    a, sup = c.person(), c.person()
    h = handle(a, ["gfamily", "familyg", "given.family"][i % 3])
    return (
        "One of our call-centre agents gets locked out every morning around 08:40, right after logging in to the "
        f"softphone. The team lead, {P(sup.full)}, says the agent only uses one PC. What is usually behind this and where "
        "do I look next?\n\n"
        "Log Name:      Security\n"
        "Source:        Microsoft-Windows-Security-Auditing\n"
        "Date:          01/12/2026 08:41:17\n"
        "Event ID:      4740\n"
        "Task Category: User Account Management\n"
        "Level:         Information\n"
        "Keywords:      Audit Success\n"
        "Computer:      DC02.helpline.local\n"
        "Description:\n"
        "A user account was locked out.\n\n"
        "Subject:\n"
        "\tSecurity ID:\t\tSYSTEM\n"
        "\tAccount Name:\t\tDC02$\n"
        "\tAccount Domain:\t\tHELPLINE\n"
        "\tLogon ID:\t\t0x3E7\n\n"
        "Account That Was Locked Out:\n"
        f"\tSecurity ID:\t\tHELPLINE\\{P(h)}\n"
        f"\tAccount Name:\t\t{P(h)}\n\n"
        "Additional Information:\n"
        "\tCaller Computer Name:\tCC-FLOOR2-PC17"
    )


@tpl("handles_logins", "site_gateway_shell", 3)
def _(c, i):
    a, b, e = c.person(), c.person(), c.person()
    h1 = handle(a, "gfamily")
    h2 = handle(b, ["family.g", "given_family", "givenf"][i % 3])
    h3 = handle(e, "familyg", 2 + i)
    ip1, ip2, ip3 = ["10.40.7.23", "10.40.7.61", "172.20.14.9"], ["192.168.50.12", "10.40.9.4", "81.214.7.93"], \
        ["100.72.13.40", "10.40.7.88", "62.31.148.207"]
    return (
        "I'm the field engineer on the pumping station job. The two contractors left in October; which of these "
        "accounts can I safely remove from the site gateway, and what's the clean way to do it (keep their files "
        "for 90 days)?\n\n"
        "eng@pst-gw01:~$ ls -l /home\n"
        "total 16\n"
        f"drwxr-x--- 14 {P(h1)} {P(h1)} 4096 Nov 30 07:52 {P(h1)}\n"
        f"drwxr-x---  6 {P(h2)} {P(h2)} 4096 Oct  9 16:20 {P(h2)}\n"
        f"drwxr-x---  5 {P(h3)} {P(h3)} 4096 Oct  2 11:03 {P(h3)}\n"
        "drwxr-x---  9 svc-scada svc-scada 4096 Nov 28 03:00 svc-scada\n"
        "eng@pst-gw01:~$ last -n 4\n"
        f"{P(h1):<10} pts/0        {IP(ip1[i])}      Tue Dec  1 07:52   still logged in\n"
        f"{P(h2):<10} pts/1        {IP(ip2[i])}     Fri Oct  9 15:11 - 16:20  (01:09)\n"
        f"{P(h3):<10} pts/0        {IP(ip3[i])}    Fri Oct  2 09:40 - 11:03  (01:23)\n"
        "reboot   system boot  5.15.0-122-gene Mon Sep 21 06:14   still running"
    )


@tpl("handles_logins", "recruiter_channel", 3)
def _(c, i):
    a, b, e, cand = c.person(), c.person(), c.person(), c.person()
    ha, hb, he = handle(a, "given.family"), handle(b, "gfamily"), handle(e, "givenfamily")
    role = ["night-shift reach-truck driver", "bilingual claims handler", "school business manager"][i % 3]
    return (
        "Pull out the action items from this channel export, one line each with who owns it.\n\n"
        "#hiring-ops  (exported 1 Dec)\n"
        f"{P(ha)}  09:12  @{P(hb)} can you do the phone screen for the {role}? candidate is {P(cand.full)}, CV in the ATS\n"
        f"{P(hb)}  09:15  yep, tomorrow 10:30. @{P(he)} is the interview room free thursday?\n"
        f"{P(he)}  09:21  room 2 is free after 1. I'll send the invite from the shared calendar\n"
        f"{P(ha)}  09:22  thx. also {P(cand.given)} asked about relocation - @{P(hb)} check with payroll before the call\n"
        f"ATS-bot  09:40  stage changed: Applied -> Phone screen (by {P(hb)})"
    )


@tpl("handles_logins", "print_audit_csv", 2)
def _(c, i):
    a, b, e = c.person(), c.person(), c.person()
    h1, h2, h3 = handle(a, "familyg"), handle(b, "g.family"), handle(e, "given")
    return (
        "School office here. Someone is printing huge jobs on the staffroom copier. From this export, give me pages "
        "per user for the week and flag anyone over 500.\n\n"
        "Time,User,Document,Pages,Client,Printer\n"
        f"2026-11-23 08:14:02,EASTMERE\\{P(h1)},Y9 Geography worksheet.docx,34,{IP('10.12.4.51')},STAFFRM-MFD\n"
        f"2026-11-23 12:40:55,EASTMERE\\{P(h2)},Nativity script FINAL v3.pdf,412,{IP('10.12.4.77')},STAFFRM-MFD\n"
        f"2026-11-24 07:58:10,EASTMERE\\{P(h1)},Y9 Geography worksheet (2).docx,34,{IP('10.12.4.51')},STAFFRM-MFD\n"
        f"2026-11-25 15:31:47,EASTMERE\\{P(h3)},Trip consent forms Y6.pdf,180,{IP('10.12.5.9')},STAFFRM-MFD\n"
        f"2026-11-26 09:02:33,EASTMERE\\{P(h2)},Nativity script FINAL v4.pdf,418,{IP('10.12.4.77')},STAFFRM-MFD\n"
        f"2026-11-26 16:20:00,EASTMERE\\svc-scan,Scan to folder,0,{IP('10.12.1.2')},STAFFRM-MFD"
    )


# ======================= code_and_data: names and addresses as values in code and data


@tpl("code_and_data", "sql_clientes_es", 3)
def _(c, i):
    a = c.person(tags=["es_", "pt_", "fil"])
    cc = a.cc if a.cc in ("ES", "MX", "AR", "PT", "BR") else "ES"
    ad = c.addr(cc)
    ph = c.phone(cc)
    em = mail(a, ["given.family", "familyg", "given"][i % 3], c.pick(WEBMAIL), n=[None, 77, 1990][i % 3])
    return (
        "This insert from our bookkeeping import fails with ERROR: value too long for type character varying(10). "
        "Which column is it and what's the least disruptive fix?\n\n"
        "```sql\n"
        "CREATE TABLE clientes (\n"
        "  id_cliente   serial PRIMARY KEY,\n"
        "  nombre       varchar(60),\n"
        "  apellidos    varchar(80),\n"
        "  direccion    varchar(120),\n"
        "  cod_postal   varchar(10),\n"
        "  poblacion    varchar(60),\n"
        "  telefono     varchar(10),\n"
        "  correo       varchar(120)\n"
        ");\n\n"
        "INSERT INTO clientes (nombre, apellidos, direccion, cod_postal, poblacion, telefono, correo)\n"
        f"VALUES ('{P(a.given)}', '{P(a.family)}', '{L(ad['street'])}', '{L(ad['pc'])}', '{L(ad['town'])}',\n"
        f"        '{T(ph)}', '{E(em)}');\n"
        "```"
    )


@tpl("code_and_data", "yaml_referenten_de", 2)
def _(c, i):
    ps = c.people(3)
    rows = []
    for p in ps:
        ad = c.addr(c.cc_of(p, fallback=("DE", "AT", "CH")))
        ph = c.phone(ad["cc"])
        rows.append(
            f"  - name: {P(p.full)}\n"
            f"    anreise_aus: {L(ad['town'])}\n"
            f"    land: {L(ad['country'])}\n"
            f"    mobil: \"{T(ph)}\"\n"
            f"    zimmer: {c.pick(['EZ', 'DZ', 'EZ Komfort'])}\n"
            f"    vortrag: {c.pick(['Kühlkette 2027', 'Retourenquote senken', 'Lagerroboter im Mittelstand', 'Zoll nach dem Brexit'])}\n"
        )
    return (
        "I'm planning the autumn logistics conference. Turn this YAML into a CSV with the columns "
        "name, travelling from, country, mobile, room type, and sort by country.\n\n"
        "veranstaltung: Herbsttagung Intralogistik 2026\n"
        "ort: Kongresshaus, Saal B\n"
        "referenten:\n" + "".join(rows).rstrip("\n")
    )


@tpl("code_and_data", "git_log_lettings", 3)
def _(c, i):
    a, b, t = c.person(), c.person(), c.person()
    ad = c.addr(c.cc_of(t, fallback=("GB", "IE", "NL", "DE")))
    ea = mail(a, "given.family", "meridianlets.com")
    eb = mail(b, "gfamily", "meridianlets.com")
    return (
        "Write release notes for the lettings team (non-technical) from this git log. One bullet per change.\n\n"
        "commit 4be07c19a2f3d86e0b15f7a2c9e1d04b7f6a3e21\n"
        f"Author: {P(a.full)} <{E(ea)}>\n"
        "Date:   Thu Nov 26 16:40:11 2026 +0000\n\n"
        f"    fix rent schedule rounding for {P(lo(t.full))} ({L(lo(ad['street']))})\n\n"
        "    the pro-rata first month was off by a penny because of float maths, switched to Decimal.\n\n"
        f"    Reviewed-by: {P(b.full)} <{E(eb)}>\n\n"
        "commit 0d9ae2b5c8714f33a6e1b09c2d7f58e4a1c3b6d0\n"
        f"Author: {P(b.full)} <{E(eb)}>\n"
        "Date:   Wed Nov 25 10:02:37 2026 +0000\n\n"
        f"    deposit reminder email: stop cc'ing {P(lo(a.given))} on every tenant\n\n"
        f"    Co-authored-by: {P(a.full)} <{E(ea)}>\n\n"
        "commit 7f1c3e9d20b84a6c5e2f0913d8b7a6c4e5f20198\n"
        f"Author: {P(a.full)} <{E(ea)}>\n"
        "Date:   Mon Nov 23 09:15:54 2026 +0000\n\n"
        "    bump pdf library, inventory reports had broken page footers"
    )


@tpl("code_and_data", "agent_create_shipment", 2)
def _(c, i):
    a, snd = c.person(), c.person()
    ad = c.addr(c.cc_of(a))
    ph = c.phone(ad["cc"])
    em = mail(a, "familyg", c.pick(WEBMAIL), n=[None, 7][i % 2])
    unit = ["Apt. 4", "Unit 2", "2nd floor", "c/o reception"][i % 4]
    return (
        "The agent's create_shipment call came back with 422 'rcpt.adr.zip: invalid for country'. Here are the "
        "arguments it sent. Is the postcode really wrong, or is the country field the problem?\n\n"
        "{\n"
        "  \"tool\": \"create_shipment\",\n"
        "  \"arguments\": {\n"
        "    \"svc\": \"EXP-48\",\n"
        "    \"pcs\": 2,\n"
        "    \"wgt_kg\": 7.4,\n"
        "    \"rcpt\": {\n"
        f"      \"nm\": \"{P(a.full)}\",\n"
        "      \"adr\": {\n"
        f"        \"l1\": \"{L(ad['street'])}\",\n"
        f"        \"l2\": \"{unit}\",\n"
        f"        \"cty\": \"{L(ad['town'])}\",\n"
        f"        \"zip\": \"{L(ad['pc'])}\",\n"
        "        \"ctry\": \"GB\"\n"
        "      },\n"
        f"      \"tel\": \"{T(ph)}\",\n"
        f"      \"eml\": \"{E(em)}\"\n"
        "    },\n"
        f"    \"ref\": \"RMA-20461 / for {P(snd.given)} in returns\"\n"
        "  }\n"
        "}"
    )


@tpl("code_and_data", "csv_salarisadministratie_nl", 2)
def _(c, i):
    ps = c.people(3)
    rows = []
    for k, p in enumerate(ps):
        cc = ["NL", "BE", "NL"][k]
        ad = c.addr(cc)
        ph = c.phone(cc)
        rows.append(f"{1042 + 17 * k + i};{P(p.given)};{P(p.family)};{L(ad['town'])};{L(ad['pc'])};{T(ph)};"
                    f"{['fulltime', '0,8 fte', 'oproep'][k]}")
    return (
        "Accountant question: when I open this export from the payroll system in Excel the phone numbers lose "
        "their leading zero and the postcodes get split. How do I import it properly? Semicolon separated, "
        "Dutch headers.\n\n"
        "personeelsnr;voornaam;achternaam;woonplaats;postcode;telefoon;dienstverband\n" + "\n".join(rows)
    )


@tpl("code_and_data", "xml_hotel_pms", 2)
def _(c, i):
    a, b = c.person(tags=["fr", "de", "it", "nl", "sv", "nb", "da"]), c.person()
    ad = c.addr(c.cc_of(a, fallback=("FR", "BE", "CH")))
    ph = c.phone(ad["cc"])
    em = mail(a, "g.family", c.pick(WEBMAIL))
    return (
        "The channel manager rejects this reservation with 'Element Nom: required'. The element is obviously "
        "there. What is the XML actually missing?\n\n"
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Reservation xmlns=\"urn:pms:resa:2\" id=\"RS-88107\">\n"
        "  <Sejour arrivee=\"2026-12-18\" depart=\"2026-12-21\" chambre=\"DBL-SUP\"/>\n"
        "  <Client>\n"
        f"    <nom>{P(a.family)}</nom>\n"
        f"    <prenom>{P(a.given)}</prenom>\n"
        f"    <adresse>{L(ad['street'])}</adresse>\n"
        f"    <cp>{L(ad['pc'])}</cp>\n"
        f"    <ville>{L(ad['town'])}</ville>\n"
        f"    <tel>{T(ph)}</tel>\n"
        f"    <courriel>{E(em)}</courriel>\n"
        "  </Client>\n"
        f"  <Accompagnant>{P(b.full)}</Accompagnant>\n"
        "  <Remarque>arrivée tardive, vers 23h</Remarque>\n"
        "</Reservation>"
    )


@tpl("code_and_data", "py_attendance_fixture", 2)
def _(c, i):
    a, b, p1, p2 = c.person(), c.person(), c.person(), c.person()
    ad = c.addr(c.cc_of(p1, fallback=("GB", "IE")))
    return (
        "Our school office script flags late arrivals. This test fails with KeyError: 'guardian_phone'. "
        "Can you fix the fixture, not the code?\n\n"
        "```python\n"
        "import pytest\n"
        "from attendance.rules import flag_lateness\n\n"
        f"# fixture typed up by {P(a.given)} from the paper register, checked by {P(b.full)}\n"
        "@pytest.fixture\n"
        "def pupil():\n"
        "    return {\n"
        f"        \"name\": \"{P(p1.full)}\",\n"
        "        \"form\": \"7K\",\n"
        f"        \"guardian\": \"{P(p2.full)}\",\n"
        f"        \"guardianPhone\": \"{T(c.phone(ad['cc']))}\",\n"
        f"        \"home_town\": \"{L(ad['town'])}\",\n"
        "        \"arrivals\": [\"08:52\", \"09:14\", \"08:47\", \"09:31\"],\n"
        "    }\n\n\n"
        "def test_flags_two_lates(pupil):\n"
        "    result = flag_lateness(pupil, cutoff=\"08:55\")\n"
        "    assert result.count == 2\n"
        "    assert result.notify == pupil[\"guardian_phone\"]\n"
        "```"
    )


# ======================= address_blocks: multi-line postal addresses


@tpl("address_blocks", "quoted_correction", 3)
def _(c, i):
    a, co = c.person(), c.person()
    ad = c.addr(c.cc_of(a))
    lines = addr_lines(ad, country=True)
    unit = ["Apt. 3", "Suite 12", "Flat 2"][i % 3]
    block = [P(a.full), f"c/o {P(co.full)}", unit] + lines
    quoted = "\n".join("> " + ln for ln in block)
    return (
        "Customer service: the customer replied with a corrected delivery address. Please map it onto our label "
        "fields (Name, Line 1, Line 2, Line 3, Town, Region, Postcode, Country) and tell me if anything looks off.\n\n"
        "> Hi, sorry, the address on order 5581-204 is my old one. Please send it here instead:\n>\n"
        + quoted + "\n>\n"
        f"> My neighbour {P(co.given)} will take it in if I'm out.\n"
        f"> Thanks, {P(a.given)}"
    )


@tpl("address_blocks", "tenancy_application", 3)
def _(c, i):
    a, ref = c.person(), c.person()
    cur = c.addr(c.cc_of(a, fallback=("GB", "IE", "AU")))
    prev = c.addr([x for x in ("GB", "IE", "AU", "NZ", "CA", "US", "DE", "NL") if x != cur["cc"]])
    cl = "\n".join("  - " + ln for ln in addr_lines(cur, country=False))
    pl = "\n".join("  - " + ln for ln in addr_lines(prev, country=True))
    return (
        "I'm an estate agent. Write a two-paragraph summary of this tenancy application for the landlord, "
        "plain English, no bullet points.\n\n"
        f"Applicant: {P(a.full)}\n"
        "Property applied for: 2-bed flat, first floor, £1,150 pcm\n"
        "Current address (since 2023):\n" + cl + "\n"
        "Previous address (2019-2023):\n" + pl + "\n"
        f"Landlord reference: {P(ref.full)} - \"always paid on time, left the place spotless\"\n"
        "Employment: full time, 3 years, salary confirmed by payslips\n"
        "Pets: one elderly cat\n"
        "Move-in wanted: 15 January"
    )


@tpl("address_blocks", "ocr_envelope_scan", 3)
def _(c, i):
    a = c.person()
    ad = c.addr(c.cc_of(a, fallback=("DE", "NL", "PL", "GB", "FR")))
    lines = addr_lines(ad, country=True, upper=True)
    # OCR breaks a long line and leaves junk around the window of the envelope
    name = P(up(a.full))
    broken = []
    for k, ln in enumerate(lines):
        broken.append(ln)
        if k == 0:
            broken.append("")
    return (
        "This is OCR output from a scanned returned letter (post room). Which addressee and address is it, "
        "and does the layout look right for the country? Ignore the junk characters.\n\n"
        "---- page 1 ----\n"
        "|  RETOUR / RETURN TO SENDER  |\n"
        "Tessellate Legal LLP · PO Box 4410 · Bristol\n"
        "~ ~ ~\n"
        "PERSONAL / CONFIDENTIAL\n"
        + name + "\n" + "\n".join(broken) + "\n"
        "~~  ' .. ,\n"
        "Not known at this address / Inconnu à cette adresse\n"
        "---- end ----"
    )


@tpl("address_blocks", "welcome_pack_labels", 2)
def _(c, i):
    ps = c.people(3)
    blocks = []
    for k, p in enumerate(ps):
        ad = c.addr(c.cc_of(p))
        unit = ["Apt. 7", "", "Suite 310"][k]
        lines = [P(p.full)] + ([unit] if unit else []) + addr_lines(ad, country=True)
        blocks.append(f"Label {k + 1}\n" + "\n".join("* " + ln for ln in lines))
    return (
        "Event planner here. The print shop wants each label as exactly 5 lines max, 35 characters per line. "
        "Reflow these without losing information (abbreviate where the post allows).\n\n"
        + "\n\n".join(blocks)
    )


# ======================= postcode_and_place: a postcode on its own, small towns and villages


@tpl("postcode_and_place", "enrolment_form_fields", 3)
def _(c, i):
    ch, par = c.person(), c.person()
    cc = c.cc_of(ch, fallback=("GB", "IE", "AU", "NZ", "CA", "US"))
    ad = c.addr(cc)
    label = {"US": "ZIP", "CA": "Postal code", "AU": "Postcode", "IN": "PIN code", "BR": "CEP",
             "IE": "Eircode", "JP": "Postal code"}.get(cc, "Postcode")
    return (
        "School admissions: check this in-year application for missing fields and draft a short email to the "
        "parent asking for them.\n\n"
        "IN-YEAR ADMISSION FORM (scanned, typed up)\n"
        f"Child's legal surname: {P(ch.family)}\n"
        f"Child's first name(s): {P(ch.given)}\n"
        "Year group applying for: 4\n"
        f"Parent/carer name: {P(par.full)}\n"
        "Home address line 1: (blank)\n"
        f"Town/village: {L(ad['town'])}\n"
        f"{label}: {L(ad['pc'])}\n"
        "Previous school: (blank)\n"
        "Siblings at this school: no\n"
        "Signed: yes, dated 27/11"
    )


@tpl("postcode_and_place", "planner_chat_village", 3)
def _(c, i):
    a, b = c.person(), c.person()
    ad = c.addr(c.cc_of(b, fallback=("GB", "DE", "FR", "IT", "NL")))
    low = i != 1
    f = lo if low else (lambda s: s)
    return (
        "reply to my colleague for me, friendly, say yes to the courier and ask whether the guest needs a taxi "
        "from the station\n\n"
        f"{P(f(a.given))}: hey, the speaker gift for {P(f(b.full))} - not in the city at all, lives out "
        f"in {L(f(ad['town']))}, like an hour on the regional train\n"
        f"{P(f(a.given))}: courier says they deliver there but need the postcode to quote. it's {L(ad['pc'])}\n"
        f"{P(f(a.given))}: ok to book? it's {c.pick(['€38', '£24', '€41'])} for next-day"
    )


@tpl("postcode_and_place", "insurer_moved_home", 2)
def _(c, i):
    a = c.person()
    cc = c.cc_of(a, fallback=("GB", "IE", "NL", "DE"))
    old = c.addr(cc)
    new = c.addr(cc) if len(ADDR[cc]) > 1 else c.addr("GB")
    return (
        "Call-centre wrap-up note, please turn it into the customer-facing confirmation letter text.\n\n"
        f"Cust {P(a.full)} called re home contents policy. Has moved from {L(old['town'])} to a cottage just "
        f"outside {L(new['town'])}. New postcode {L(new['pc'])} (old one was {L(old['pc'])}). Premium goes up "
        "£4.12/month due to flood zone rating. Cust agreed. Effective from 1st of next month. Bike (£1,800) "
        "to be added as a specified item, receipt to follow by post."
    )


# ======================= phones_national: numbers written the local way, no country code


@tpl("phones_national", "callback_queue", 3)
def _(c, i):
    ps = c.people(4)
    rows = []
    for k, p in enumerate(ps):
        cc = p.cc if p.cc in PHONES else c.pick(["GB", "DE", "NL", "IN", "AU"])
        ph = c.phone(cc)
        rows.append(f"{k + 1}. {P(p.full)} - {T(ph)} - {c.pick(['billing', 'new claim', 'complaint', 'address change', 'cancel'])}"
                    f" - {c.pick(['before 12', 'after 5pm', 'any time', 'not Fri'])}")
    return (
        "Sort this callback list by urgency (complaints and cancellations first) and give me a script opener for "
        "each. Our dialler needs the numbers exactly as written.\n\n"
        "CALLBACKS - EVENING QUEUE\n" + "\n".join(rows)
    )


@tpl("phones_national", "translator_signatures", 3)
def _(c, i):
    a, b = c.person(tags=["de", "nl", "fr", "it", "es", "pt", "pl", "cs", "sv", "nb", "da", "fi", "tr"]), c.person()
    cca = c.cc_of(a, fallback=("DE", "FR", "IT"))
    c.cc_of(b, fallback=("GB", "IE"))  # the lead: kept for its draws, so rows stay the same; its value was unused (ruff F841)
    ad = c.addr(cca)
    tel, mob = c.phone(cca), c.phone(cca if len(PHONES[cca]) > 1 else "DE")
    return (
        "Can you reply to this on behalf of our agency: yes we can take the 12,000-word manual, deadline 18 Dec, "
        "and ask for the glossary? Keep it short.\n\n"
        "----- Original message -----\n"
        f"From: {P(a.full)} <{E(mail(a, 'given.family', 'lumenpay.eu'))}>\n"
        f"To: {P(b.full)}\n"
        "Subject: Handbuch / manual DE>EN\n\n"
        f"Dear {P(b.given)},\n\n"
        "we have a 12k-word operating manual for a label printer, German to English, needed before Christmas. "
        "Can you quote? Glossary available.\n\n"
        "Best regards / Mit freundlichen Grüßen\n"
        f"{P(a.full)}\n"
        "Technische Dokumentation\n"
        f"{L(ad['street'])} · {L(ad['pc'])} {L(ad['town'])}\n"
        f"Tel. {T(tel)}\n"
        f"Mobil {T(mob)}"
    )


@tpl("phones_national", "sms_changed_number", 2)
def _(c, i):
    a, b = c.person(tags=["sw", "yo", "ig", "ha", "zu", "fil", "hi", "ta", "bn"]), c.person()
    cc = c.cc_of(a, fallback=("KE", "NG", "ZA", "IN", "PH"))
    old, new = c.phone(cc), c.phone(cc)
    return (
        "turn these texts into a note for the customer file, one line, what changed and from when\n\n"
        f"from {T(old)}: hi its {P(lo(a.full))} from the flat above the pharmacy, this number "
        f"is going off on friday. new one is {T(new)}. pls update for the boiler engineer visit\n"
        f"from {T(old)}: also if {P(lo(b.given))} calls about the keys thats my cousin, they can let the engineer in"
    )


@tpl("phones_national", "vendor_table", 2)
def _(c, i):
    ps = c.people(4)
    rows = []
    what = ["Catering", "AV / sound", "Florist", "Minibus hire", "Photographer"]
    for k, p in enumerate(ps):
        cc = p.cc if p.cc in PHONES else "GB"
        ad = c.addr(cc) if cc in ADDR else c.addr("GB")
        rows.append(f"| {what[(k + i) % 5]} | {P(p.full)} | {T(c.phone(cc))} | {L(ad['town'])} |")
    return (
        "Event planner: which of these suppliers should I call first if the wedding moves from Saturday to "
        "Sunday? Add a column 'call order'.\n\n"
        "| Supplier | Contact | Phone | Based in |\n|---|---|---|---|\n" + "\n".join(rows)
    )


# ======================= speaker_labels: transcripts and notes with names as labels


@tpl("speaker_labels", "call_transcript", 3)
def _(c, i):
    ag, cu = c.person(), c.person()
    ad = c.addr(c.cc_of(cu))
    ph = c.phone(ad["cc"])
    return (
        "Summarise this call for the CRM (3 lines max) and list what the agent promised.\n\n"
        f"[10:02:11] {P(ag.given)}: Thanks for calling Brightway, you're through to {P(ag.given)}, how can I help?\n"
        f"[10:02:19] {P(cu.full)}: Hi, I've had a card saying you tried to deliver but I was in all day.\n"
        f"[10:02:31] {P(ag.given)}: Sorry about that. Can I take the postcode?\n"
        f"[10:02:36] {P(cu.full)}: {L(ad['pc'])}.\n"
        f"[10:02:44] {P(ag.given)}: And the first line?\n"
        f"[10:02:47] {P(cu.full)}: {L(ad['street'])}, in {L(ad['town'])}.\n"
        f"[10:03:20] {P(ag.given)}: The driver marked it 'no access'. I'll rebook for tomorrow, 8 till 1, and add a "
        f"note to call you first. Is {T(ph)} still the best number?\n"
        f"[10:03:29] {P(cu.full)}: Yes, that's the one.\n"
        f"[10:03:33] {P(ag.given)}: Done. You'll get a text tonight with a two-hour window."
    )


@tpl("speaker_labels", "interview_notes", 3)
def _(c, i):
    rec, hm, cand = c.person(), c.person(), c.person()
    R, H, C = up(rec.full), up(hm.full), up(cand.full)
    return (
        "Recruiter here. Turn my interview notes into a scorecard: strengths, concerns, recommendation. "
        "Don't invent scores.\n\n"
        "PANEL INTERVIEW - WAREHOUSE TEAM LEADER - 30 NOV\n"
        f"{P(R)} — opened, explained shift pattern (4 on 4 off)\n"
        f"{P(C)} — ran a 12-person pick team at previous site, cut mis-picks by about a third with a colour-coded "
        "bin system; happy with nights\n"
        f"{P(H)} — asked about handling a safety breach. Answer was solid, mentioned stopping the line first\n"
        f"{P(C)} — wants to finish a forklift instructor course in spring, would need 3 days off\n"
        f"{P(R)} — salary expectation at the top of the band; notice period 4 weeks\n"
        f"{P(H)} — would hire, slight worry about the spring course timing"
    )


@tpl("speaker_labels", "teams_minutes", 3)
def _(c, i):
    a, b, d, cl = c.person(), c.person(), c.person(), c.person()
    ad = c.addr(c.cc_of(cl, fallback=("GB", "IE")))
    return (
        "Legal assistant: write formal minutes from this Teams transcript (attendees, decisions, actions with "
        "owners and dates).\n\n"
        f"{P(a.full)}   0:00\nOK, let's start. Main item is the boundary dispute for {P(cl.full)}.\n\n"
        f"{P(b.full)}   0:12\nThe neighbour's surveyor put the fence 40 cm onto our client's side at "
        f"{L(ad['street'])}. We have the 1998 plan.\n\n"
        f"{P(d.full)}   1:05\nI can get the land registry title plan by Thursday.\n\n"
        f"{P(a.full)}   1:20\nGood. {P(b.given)}, draft the letter to the neighbour's solicitors, but hold it until "
        f"{P(d.given)} has the plan.\n\n"
        f"{P(b.full)}   1:31\nWill do. I'll also call {P(cl.given)} to say we're on it."
    )


# ======================= prose_requests: ordinary work prompts with people in running text
# (quoted messages in other languages and other scripts included)


@tpl("prose_requests", "translate_es_de_pt", 3)
def _(c, i):
    if i == 0:
        a, b = c.person(tags=["es_ES"]), c.person(tags=["es_", "pt_"])
        ad = c.addr("ES")
        ph = c.phone("ES")
        return (
            "Translate this customer complaint into English for the warehouse manager. Keep names and the "
            "address exactly as written.\n\n"
            "«Buenos días:\n"
            f"Me llamo {P(a.full)} y les escribo porque el pedido n.º 77120 llegó incompleto a mi domicilio en "
            f"{L(ad['street'])}, {L(ad['pc'])} {L(ad['town'])} ({L(ad['region'])}). Faltaban dos cajas de las cinco. "
            "El repartidor me aseguró que las traería al día siguiente, pero nadie ha vuelto. Pueden llamarme al "
            f"{T(ph)} por las tardes, o hablar con {P(b.full)}, que vive conmigo y suele estar en casa.\n"
            "Un saludo,\n"
            f"{P(a.given)}»"
        )
    if i == 1:
        a, b = c.person(tags=["de_DE"]), c.person(tags=["de_"])
        ad = c.addr("DE")
        ph = c.phone("DE")
        return (
            "Field service: please translate this customer email into English and then list what we need to do.\n\n"
            "„Sehr geehrte Damen und Herren,\n"
            f"am Montag war {P(b.full)} von Ihrem Kundendienst bei uns in der {L(ad['street'])} in "
            f"{L(ad['pc'])} {L(ad['town'])}, um die Wärmepumpe zu warten. Seitdem zeigt das Display den Fehler "
            "E-214 und das Haus wird nicht mehr richtig warm. Bitte schicken Sie diese Woche noch jemanden vorbei. "
            f"Ich bin vormittags zu Hause und unter {T(ph)} erreichbar.\n\n"
            "Mit freundlichen Grüßen\n"
            f"{P(a.full)}“"
        )
    a, b = c.person(names=["Thaís", "Luana"]), c.person(names=["Joaquim", "Reinaldo"])
    ad = c.addr("BR")
    ph = c.phone("BR")
    return (
        "I'm organising a wedding block booking. Translate this WhatsApp message from Portuguese and tell me what "
        "the guest is asking for.\n\n"
        f"\"Boa tarde! Aqui é a {P(a.full)}, reservei dois quartos para o casamento do dia 12. Vou com o meu "
        f"primo {P(b.full)}, que chega só no sábado. Vocês podem mandar a nota fiscal para o meu endereço? "
        f"{L(ad['street'])}, {L(ad['district'])}, {L(ad['town'])} - {L(ad['region'])}, CEP {L(ad['pc'])}. "
        f"Meu celular é {T(ph)}, pode chamar no zap. Obrigada!\""
    )


@tpl("prose_requests", "translate_pl_tr_id_vi", 4)
def _(c, i):
    if i == 0:
        a, b = c.person(names=["Zuzanna"]), c.person(names=["Bartosz", "Vojtěch"])
        ad = c.addr("PL")
        ph = c.phone("PL")
        return (
            "Translate from Polish for our returns team, plain English please:\n\n"
            f"\"Dzień dobry, nazywam się {P(a.full)}. Zamówiłam komodę z dostawą na adres {L(ad['street'])}, "
            f"{L(ad['pc'])} {L(ad['town'])}, ale kurier zostawił paczkę u sąsiada, pana {P(b.full)}, bez mojej "
            "zgody. Karton jest rozdarty, a jedna szuflada pęknięta. Proszę o odbiór i wymianę. Jestem dostępna "
            f"pod numerem {T(ph)} od 16:00.\""
        )
    if i == 1:
        a, b = c.person(tags=["tr_"]), c.person(tags=["tr_"])
        ad = c.addr("TR")
        ph = c.phone("TR")
        return (
            "Claims handler here. What does this Turkish message say? Summarise the damage and who caused it.\n\n"
            f"\"Merhaba, ben {P(a.full)}. {L(ad['district'])} {L(ad['street'])}, {L(ad['pc'])} "
            f"{L(ad['town'])}/{L(ad['region'])} adresindeki dairem için yazıyorum. Üst kattaki komşumun "
            f"({P(b.full)}) banyosundan su sızdı, mutfak tavanı ve dolaplar zarar gördü. Fotoğrafları e-postayla "
            f"gönderdim. Beni {T(ph)} numarasından arayabilirsiniz.\""
        )
    if i == 2:
        b = c.person(names=["Bayu", "Rizky", "Jericho"])
        a = c.person(tags=["id_", "ms_"])
        c.loc = a.tag
        ad = c.addr("ID")
        ph = c.phone("ID")
        return (
            "Please translate this Indonesian message from our local event coordinator and turn it into a pickup "
            "schedule.\n\n"
            f"\"Selamat siang, saya {P(a.full)}. Tamu kita, Bapak {P(b.full)}, menginap di {L(ad['street'])}, "
            f"{L(ad['town'])}, {L(ad['region'])}. Mohon dijemput jam 07.00 besok pagi untuk ke bandara. Kalau "
            f"ada masalah silakan hubungi saya di {T(ph)}. Terima kasih.\""
        )
    a = c.person(tags=["vi_"])
    ad = c.addr("VN")
    ph = c.phone("VN")
    return (
        "Translate this Vietnamese booking message for the tailor shop's English-speaking manager:\n\n"
        f"\"Chào chị, em là {P(a.full)}. Em muốn đổi lịch thử áo dài từ thứ Bảy sang Chủ nhật. Nhờ chị gửi hàng "
        f"về địa chỉ {L(ad['street'])}, {L(ad['district'])}, {L(ad['town'])}, {L(ad['region'])}. Số điện thoại của "
        f"em là {T(ph)}. Cảm ơn chị nhiều!\""
    )


NONLATIN_CARDS = [
    ("ru_RU", "Cyrillic", [
        ("Фамилия", "1", "Лаптева"), ("Имя", "1", "Евгения"), ("Адрес", "2", "ул. Ленина, д. 64, кв. 3"),
        ("Город", "2", "Суздаль"), ("Область", "2", "Владимирская обл."), ("Индекс", "2", "601293"),
        ("Телефон", "3", "8 (49231) 2-14-55"), ("Сопровождающий", "1", "Игорь Сычёв")]),
    ("el_GR", "Greek", [
        ("Επώνυμο", "1", "Καραμανλή"), ("Όνομα", "1", "Ελένη"), ("Οδός", "2", "Τρικάλων 44"),
        ("Πόλη", "2", "Καλαμπάκα"), ("Τ.Κ.", "2", "422 00"), ("Τηλέφωνο", "3", "694 518 2270"),
        ("Συνοδός", "1", "Γιώργος Μαυρίδης")]),
    ("he_IL", "Hebrew", [
        ("שם משפחה", "1", "אשל"), ("שם פרטי", "1", "תמר"), ("כתובת", "2", "המייסדים 32"),
        ("יישוב", "2", "זכרון יעקב"), ("מיקוד", "2", "3095132"), ("טלפון", "3", "052-418-3390"),
        ("מלווה", "1", "יאיר גרינשפן")]),
]


@tpl("prose_requests", "nonlatin_registration_card", 3)
def _(c, i):
    loc, script, fields = NONLATIN_CARDS[i]
    c.loc = loc
    body = "\n".join(f"{k}: {_m(code, v)}" for k, code, v in fields)
    return (
        f"Hotel front desk: a guest filled in the registration card in {script} script. Transliterate each field "
        "into Latin letters and fill our English form (Surname, First name, Street, Town, Region, Postcode, "
        "Phone, Accompanying guest).\n\n" + body
    )


NONLATIN_MSGS = [
    ("zh_CN", "Chinese supplier's contact card (please give me a version I can paste into the CRM, pinyin):\n\n"
     "联系人：" + P("郭美琳") + "（销售经理）\n地址：" + L("浙江省") + L("嘉兴市") + L("桐乡市乌镇镇") + L("石佛南路18号")
     + "\n邮编：" + L("314501") + "\n手机：" + T("138 5731 2046") + "\n备用联系人：" + P("唐志伟")),
    ("ar_JO", "Estate agent: a tenant sent this on WhatsApp in Arabic. Translate it and draft a reply in English "
     "that I can run back through a translator.\n\n"
     "مرحبا، أنا " + P("رانيا حدادين") + " من الشقة في " + L("شارع اليرموك 11") + "، " + L("مادبا")
     + ". السخان معطل منذ يومين والماء بارد. أرجو إرسال فني قبل يوم الخميس. زوجي " + P("خالد") +
     " موجود في البيت بعد الساعة الرابعة، ورقمه " + T("079 551 2046") + ". شكراً"),
    ("hi_IN", "School office: a parent wrote this note in Hindi. Translate it to English and tell me which form "
     "fields change.\n\n"
     "नमस्ते, मैं " + P("अंकिता त्रिपाठी") + ", " + P("आरव") + " की माँ। हमारा नया पता है: " + L("फ्लैट 3बी, कुलड़ी बाज़ार रोड")
     + ", " + L("मसूरी") + ", " + L("उत्तराखंड") + " " + L("248179") + "। मेरा नया मोबाइल नंबर " + T("98470 21536")
     + " है। कृपया स्कूल रिकॉर्ड में बदल दीजिए। धन्यवाद।"),
    ("ko_KR", "Logistics: the consignee form for this Korean order is in Hangul. Romanise it for the airway bill "
     "(name, address in the courier's order, postcode, phone).\n\n"
     "수하인 성명: " + P("권해원") + "\n주소: " + L("경상북도") + " " + L("안동시") + " " + L("풍천면") + " "
     + L("하회리 84") + "\n우편번호: " + L("36759") + "\n연락처: " + T("010-4827-1935") + "\n비고: 부재 시 "
     + P("윤다솜") + " 님께 전달"),
]


@tpl("prose_requests", "nonlatin_message", 4)
def _(c, i):
    loc, text = NONLATIN_MSGS[i]
    c.loc = loc
    return text


@tpl("prose_requests", "reply_tenant", 3)
def _(c, i):
    t, nb, con = c.person(), c.person(), c.person()
    ad = c.addr(c.cc_of(t, fallback=("GB", "IE", "AU", "NZ")))
    ph = c.phone(ad["cc"])
    return (
        "Draft a polite but firm reply from the lettings office to this tenant. We can send a contractor on "
        "Thursday morning; we can't offer a rent reduction.\n\n"
        f"\"Hi, it's {P(t.full)} from {L(ad['street'])}. The damp in the back bedroom is back and now there's mould "
        f"on the wardrobe. My neighbour {P(nb.full)} had the same problem and your contractor {P(con.given)} fixed "
        "theirs in a day, so I don't understand why I've been waiting five weeks. I want a reduction for the "
        f"months I couldn't use the room. Call me on {T(ph)}, not email, I never see them.\""
    )


@tpl("prose_requests", "claim_thread_summary", 3)
def _(c, i):
    h, cl, ex = c.person(), c.person(), c.person()
    ad = c.addr(c.cc_of(cl, fallback=("GB", "IE")))
    ph_h = c.phone(c.cc_of(h, fallback=("GB",)) if c.cc_of(h, fallback=("GB",)) in PHONES else "GB")
    eh = mail(h, "given.family", "kestrelclaims.co.uk")
    ecl = mail(cl, ["familyg", "given.family", "givenfamily"][i % 3], c.pick(WEBMAIL), n=[None, 58, None][i % 3])
    return (
        "Summarise this email thread for the claim file: what happened, what's agreed, what's outstanding.\n\n"
        f"From: {P(h.full)} <{E(eh)}>\n"
        f"To: {P(cl.full)} <{E(ecl)}>\n"
        "Subject: RE: RE: Escape of water - kitchen\n\n"
        f"Hi {P(cl.given)},\n\n"
        f"Thanks for the photos. Our loss adjuster {P(ex.full)} will visit {L(ad['street'])}, {L(ad['town'])} on "
        "Tuesday between 9 and 12. Please don't throw away the damaged units until then.\n\n"
        "Kind regards\n"
        f"{P(h.full)}\nClaims Handler, Household\nDirect line: {T(ph_h)}\n\n"
        f"> On 27 Nov, {P(cl.full)} wrote:\n"
        "> The plumber says it was the dishwasher hose. Photos attached. Can someone come before the weekend?\n"
        "> We're staying with my parents until the floor dries.\n"
        ">\n"
        f">> On 25 Nov, {P(h.given)} wrote:\n"
        ">> Please send photos of the damage and the plumber's report if you have one."
    )


@tpl("prose_requests", "reference_rewrite", 2)
def _(c, i):
    cand, ref = c.person(), c.person()
    ad = c.addr(c.cc_of(ref, fallback=("GB", "IE", "AU")))
    return (
        "Recruiter: rewrite this reference so it reads professionally. Keep the facts, lose the slang.\n\n"
        f"\"{P(cand.given)} worked for me at the {L(ad['town'])} depot for nearly four years. Honestly one of the best "
        f"I've had, never late, sorted out the mess on the loading bay when {P(ref.given)}'s team left. "
        f"{P(cand.full)} trained most of the new starters on the scanners and was the first aider on nights. "
        "Only reason they're leaving is the commute. I'd take them back tomorrow.\"\n"
        f"- {P(ref.full)}, Site Manager"
    )


@tpl("prose_requests", "letter_before_action", 2)
def _(c, i):
    cl, db = c.person(), c.person()
    ad = c.addr(c.cc_of(db, fallback=("GB", "IE")))
    return (
        "Legal assistant: draft a letter before action from our client to the debtor below. 14 days to pay, "
        "mention the small claims track. Formal tone.\n\n"
        f"Client: {P(cl.full)}, sole trader, interior painting\n"
        f"Debtor: {P(db.full)}, {L(ad['street'])}, {L(ad['town'])} {L(ad['pc'])}\n"
        "Amount: £2,340 for repainting the ground floor, invoice 0071 dated 2 September, payment terms 30 days\n"
        f"Background: {P(db.given)} paid a £300 deposit, then stopped answering. Two reminders sent in October."
    )


@tpl("prose_requests", "event_itinerary", 3)
def _(c, i):
    a, b, d = c.person(), c.person(), c.person()
    ha = c.addr(c.cc_of(a, fallback=("DE", "AT", "CH", "IT", "NO")))
    hb = c.addr(c.cc_of(b, fallback=("FR", "ES", "PT", "NL")))
    ph = c.phone(ha["cc"])
    return (
        "Write a friendly itinerary email to our two keynote speakers from these notes. One paragraph each.\n\n"
        f"- {P(a.full)}: flies in Wed evening, lands 21:40. Lives in {L(ha['town'])}, so the train is no good - "
        f"taxi booked from the airport, driver will hold a sign. PA is on {T(ph)} if the flight is late.\n"
        f"- {P(b.full)}: driving from {L(hb['town'])} ({L(hb['country'])}), arrives Thu around noon, parking "
        "space 14 reserved. Vegetarian.\n"
        f"- Both: speaker dinner Thu 19:30, {P(d.full)} from our side will host. Keynotes Fri 09:00 and 09:45."
    )


@tpl("prose_requests", "field_visit_report", 3)
def _(c, i):
    e1, e2, cust = c.person(), c.person(), c.person()
    ad = c.addr(c.cc_of(cust))
    return (
        "Turn these notes into a site visit report for the customer (headings: Findings, Work done, "
        "Recommendations).\n\n"
        f"Site: solar + battery install at {L(ad['street'])}, {L(ad['town'])}. Customer {P(cust.full)} present.\n"
        f"{P(e1.full)} isolated the array and tested the strings - string 2 reading low, cracked connector "
        f"replaced. {P(e2.full)} updated the inverter firmware and reset the battery SOC calibration. "
        f"{P(e2.given)} also noticed the isolator label missing, fitted a new one. Export limit left at 3.68 kW "
        f"as agreed with {P(cust.given)}. Recommend cleaning the panels in spring; bird mesh quote to follow."
    )


@tpl("prose_requests", "accountant_mileage", 2)
def _(c, i):
    cl = c.person()
    cc = c.cc_of(cl, fallback=("GB",))
    h = c.addr(cc)
    w = c.addr(cc) if len(ADDR[cc]) > 1 else c.addr("GB")
    return (
        "I'm an accountant. My client asks whether they can claim mileage. Explain the rule in two short "
        "paragraphs a non-accountant would understand.\n\n"
        f"Client's note: \"Hi, it's {P(cl.given)}. I live in {L(h['town'])} and I've been driving to the client office in "
        f"{L(w['town'])} three days a week since March, about 70 km each way. It's a six-month contract through my "
        "own company. Can I claim the miles or is that 'commuting'?\""
    )


@tpl("prose_requests", "school_trip_letter", 2)
def _(c, i):
    lead, p1, p2 = c.person(), c.person(), c.person()
    return (
        "School office: write a short letter to Year 6 parents about the residential trip. Include that the "
        f"coach leaves at 8:15 from the front gate, {P(lead.full)} is trip leader, and that payments are overdue "
        "for two children. Don't name the children in the letter, but draft a separate, kind reminder to "
        f"{P(p1.full)} and to {P(p2.full)}, whose balances are £45 and £120."
    )


@tpl("prose_requests", "clinic_reminders", 2)
def _(c, i):
    ps = c.people(3)
    ccs = [c.cc_of(p, fallback=("GB", "IE", "AU")) for p in ps]
    lines = []
    times = ["Mon 09:20", "Mon 11:00", "Tue 14:40"]
    for k, p in enumerate(ps):
        cc = ccs[k] if ccs[k] in PHONES else "GB"
        lines.append(f"{times[k]} - {P(p.full)} - {T(c.phone(cc))} - {['physio', 'dental hygienist', 'blood test'][k]}")
    return (
        "Write a short, friendly SMS appointment reminder for each of these (under 160 characters, no medical "
        "detail beyond the appointment type, and tell them to reply C to cancel).\n\n" + "\n".join(lines)
    )


@tpl("prose_requests", "weekly_ops_digest", 2)
def _(c, i):
    gm, a, b, d, e, cust, starter = c.people(7)
    site = c.addr(c.cc_of(cust, fallback=("GB", "IE", "NL", "DE")))
    ph = c.phone(c.cc_of(starter, fallback=("GB",)) if c.cc_of(starter, fallback=("GB",)) in PHONES else "GB")
    return (
        "Can you turn my rough notes into the weekly ops digest email that goes to all three sites? Friendly but "
        "professional, short headed sections (Safety, People, Customers, Numbers, Next week), and keep every name "
        "so people know who to ask. Don't make up numbers.\n\n"
        "notes wk48:\n"
        f"- safety: near miss in aisle 14 tues, reach truck clipped the racking upright. {P(a.full)} stopped the "
        f"aisle straight away and {P(b.full)} from maintenance checked the upright - cosmetic only, no load "
        "damage. toolbox talk on blind corners done with both shifts. thanks to them both.\n"
        f"- people: welcome {P(starter.full)} who starts monday on goods-in (nights). {P(d.given)} is buddying for "
        f"the first two weeks. if the agency calls about the induction paperwork, {P(starter.given)}'s number is "
        f"{T(ph)}. farewell cake for {P(e.full)} on friday at 2 in the canteen - 11 years with us!\n"
        f"- customers: {P(cust.full)} visited from the {L(site['town'])} store on wed, happy with the new "
        "cross-dock labels, wants the friday cut-off moved to 15:30. i said we'd look at it, no promises. "
        f"{P(a.given)} to check if the second shift can absorb it.\n"
        "- numbers: 41,882 lines picked (+6% vs wk47), mis-picks 0.21%, 3 late trailers (all carrier side), "
        "absence 3.8%.\n"
        f"- next week: stocktake prep, zone C freeze from thursday 18:00. {P(gm.full)} (GM) doing the floor walk "
        "monday 10:00, hi-vis on please.\n"
        f"- {P(lo(d.given))} asked if we can get the canteen microwave fixed. yes, ordered."
    )


# ======================= PII-free rows: must reach the cloud byte-identical


def _variant(lst):
    def fn(c, i):
        return lst[i]
    return fn


CLEAN = OrderedDict()

CLEAN[("clean_technical", "tools_named_like_people")] = [
    "Our Jenkins agents lose their Kafka connection every night right after the backup job. Jenkins 2.462, "
    "Kafka 3.7 on three brokers, consumer step is `kafka-console-consumer --bootstrap-server kafka-2:9092 --topic "
    "orders.v3 --group stockcheck`. Could the backup's disk I/O cause consumer group rebalances? What should I "
    "check first?",
    "Should our two-person team move the warehouse stock-check app from Flask to Django? (I know Django is named "
    "after Django Reinhardt, I mean technically.) It has 14 routes, Celery for the nightly re-count jobs, Pandas "
    "for the Excel reports, and one admin page that Laravel people keep telling us to rewrite.",
    "Julia or Rust for a route-optimisation prototype? Our analyst likes Julia with JuMP, our developer wants "
    "Rust. About 3,000 delivery stops a day, 40 vans, time windows. Which would you pick, and would Ruby or "
    "Phoenix (Elixir) be silly for the web front?",
    "We run the event-booking microsite on Jekyll and it takes 9 minutes to build 1,400 pages. Would Gatsby or "
    "Astro be faster for us? The booking API is Rails with Sidekiq for the confirmation emails, traces go to "
    "Jaeger, and the team tests the API with Bruno. Keep the answer practical, we are two people.",
]
CLEAN[("clean_technical", "devops_output")] = [
    "Why is this pod stuck? It's the label-printing service.\n\n"
    "$ kubectl get pods -n labels\n"
    "NAME                            READY   STATUS             RESTARTS       AGE\n"
    "label-api-7d9f8c6b5d-2xkqp      1/1     Running            0              3d4h\n"
    "label-api-7d9f8c6b5d-9wq7m      0/1     CrashLoopBackOff   37 (2m ago)    3d4h\n"
    "zebra-bridge-5c74f6d8b9-lh2tn   1/1     Running            1 (26h ago)    6d\n\n"
    "$ kubectl logs label-api-7d9f8c6b5d-9wq7m --previous | tail -3\n"
    "2026-12-01T06:14:02Z INFO  loading templates from /srv/templates\n"
    "2026-12-01T06:14:02Z ERROR template 'A6-landscape.zpl' references missing font 'HUDSON-BOLD'\n"
    "2026-12-01T06:14:02Z FATAL exiting with code 3",
    "The scanner gateway service won't stay up after the Ubuntu upgrade:\n\n"
    "● scanbridge.service - Handheld scanner bridge (Electron kiosk backend)\n"
    "     Loaded: loaded (/etc/systemd/system/scanbridge.service; enabled; preset: enabled)\n"
    "     Active: activating (auto-restart) (Result: exit-code) since Tue 2026-12-01 05:58:41 UTC; 4s ago\n"
    "    Process: 2211 ExecStart=/opt/scanbridge/bin/scanbridge --port 8443 --profile sinatra (code=exited, status=203/EXEC)\n"
    "   Main PID: 2211 (code=exited, status=203/EXEC)\n"
    "        CPU: 3ms\n\n"
    "Dec 01 05:58:41 wh-gw02 systemd[1]: scanbridge.service: Failed at step EXEC spawning /opt/scanbridge/bin/scanbridge: Permission denied",
    "Terraform wants to destroy our bucket and I don't know why:\n\n"
    "  # aws_s3_bucket.pod_images must be replaced\n"
    "-/+ resource \"aws_s3_bucket\" \"pod_images\" {\n"
    "      ~ bucket              = \"pod-images-euw2\" -> \"pod-images-euw2-v2\" # forces replacement\n"
    "      ~ id                  = \"pod-images-euw2\" -> (known after apply)\n"
    "        tags                = {\n"
    "            \"team\" = \"phoenix\"\n"
    "        }\n"
    "    }\n\n"
    "Plan: 1 to add, 0 to change, 1 to destroy.",
    "Our Helm upgrade of the rostering service hangs and then rolls back. What's the likely cause, going by this?\n\n"
    "$ helm upgrade --install roster ./charts/roster -n ops -f values-prod.yaml --wait --timeout 5m\n"
    "Release \"roster\" does not exist. Installing it now.\n"
    "Error: INSTALLATION FAILED: context deadline exceeded\n\n"
    "$ kubectl get events -n ops --sort-by=.lastTimestamp | tail -8\n"
    "LAST SEEN   TYPE      REASON              OBJECT                              MESSAGE\n"
    "4m12s       Normal    Scheduled           pod/roster-6b8d7f9c4-t5zqk          Successfully assigned ops/roster-6b8d7f9c4-t5zqk to node-pool-b-3\n"
    "4m10s       Normal    Pulling             pod/roster-6b8d7f9c4-t5zqk          Pulling image \"registry.internal/ops/roster:2.14.0\"\n"
    "3m58s       Normal    Pulled              pod/roster-6b8d7f9c4-t5zqk          Successfully pulled image in 11.8s\n"
    "3m57s       Normal    Started             pod/roster-6b8d7f9c4-t5zqk          Started container roster\n"
    "2m40s       Warning   Unhealthy           pod/roster-6b8d7f9c4-t5zqk          Readiness probe failed: Get \"http://pod:8080/healthz\": context deadline exceeded\n"
    "1m55s       Warning   Unhealthy           pod/roster-6b8d7f9c4-t5zqk          Liveness probe failed: HTTP probe failed with statuscode: 503\n"
    "1m55s       Normal    Killing             pod/roster-6b8d7f9c4-t5zqk          Container roster failed liveness probe, will be restarted\n"
    "40s         Warning   BackOff             pod/roster-6b8d7f9c4-t5zqk          Back-off restarting failed container roster\n\n"
    "The app logs show it waiting on the Cassandra keyspace migration (\"waiting for schema agreement, 3 of 5 "
    "nodes\"). Should I raise the probe delays, or run the migration as a Helm pre-upgrade hook instead?",
]
CLEAN[("clean_technical", "headers_and_logs")] = [
    "Is this response cacheable by our CDN? The tracking page feels slow.\n\n"
    "HTTP/2 200\n"
    "content-type: application/json; charset=utf-8\n"
    "cache-control: private, max-age=0, must-revalidate\n"
    "vary: Accept-Encoding, Authorization\n"
    "etag: W/\"5f3a-18c2b9e7d40\"\n"
    "x-request-id: 7c1e4b2a-90d3-4f6e-8a15-2b6c0d9e3f41\n"
    "server: gunicorn\n"
    "date: Tue, 01 Dec 2026 07:02:55 GMT",
    "What do these nginx errors mean? They started after we put the returns portal behind the new load balancer.\n\n"
    "2026/12/01 06:40:12 [error] 1187#1187: *48213 upstream prematurely closed connection while reading response "
    "header from upstream, client: <redacted>, server: returns.internal, request: \"POST /api/v2/rma HTTP/1.1\", "
    "upstream: \"http://unix:/run/gunicorn.sock:/api/v2/rma\", host: \"returns.internal\"\n"
    "2026/12/01 06:40:19 [warn] 1187#1187: *48219 an upstream response is buffered to a temporary file "
    "/var/cache/nginx/proxy_temp/4/17/0000000174 while reading upstream",
]
CLEAN[("clean_technical", "code_no_people")] = [
    "Can you make this faster? It runs over 200k order lines.\n\n"
    "```python\n"
    "import pandas as pd\n\n"
    "def pallet_volume(df: pd.DataFrame) -> pd.Series:\n"
    "    out = []\n"
    "    for _, row in df.iterrows():\n"
    "        out.append(row['len_cm'] * row['wid_cm'] * row['hgt_cm'] / 1_000_000 * row['qty'])\n"
    "    return pd.Series(out, index=df.index)\n"
    "```",
    "Copilot suggested this debounce for the barcode input but it fires twice on a fast scanner. Why?\n\n"
    "```js\n"
    "function debounce(fn, ms = 120) {\n"
    "  let t;\n"
    "  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };\n"
    "}\n"
    "scanInput.addEventListener('keyup', debounce(e => lookupSku(e.target.value)));\n"
    "scanInput.addEventListener('change', e => lookupSku(e.target.value));\n"
    "```",
    "Write me a SQL query: for each warehouse, the 5 SKUs with the most mis-picks in November, with the "
    "mis-pick rate. Tables: picks(pick_id, wh_code, sku, picked_at, is_mispick boolean), "
    "warehouses(wh_code, region). Postgres 16. Region values look like 'NORTH-EAST', 'MIDLANDS'.",
]

CLEAN[("clean_general", "historical_figures")] = [
    "For a nursing induction session: what did Florence Nightingale actually contribute to statistics? I've "
    "heard about the 'rose diagram' but not how it was used in Parliament.",
    "Our accounting team is doing a lunch talk on the history of double-entry bookkeeping. How much of it is "
    "really down to Luca Pacioli, and what came before him in Venice and Genoa?",
    "For a school assembly: give me 5 short facts about Mary Seacole and 5 about Ada Lovelace that a "
    "10-year-old would remember.",
]
CLEAN[("clean_general", "books_and_characters")] = [
    "Book club question: in Middlemarch, why does Dorothea marry Casaubon, and does Eliot want us to judge her "
    "for it?",
    "Is 221B Baker Street a real address today, and was it when Conan Doyle wrote the first Sherlock Holmes "
    "stories? Asking for a pub quiz.",
    "Compare how Mr Stevens in The Remains of the Day and Jeeves in the Wodehouse stories show loyalty. Two "
    "paragraphs, for a sixth-form essay plan.",
]
CLEAN[("clean_general", "films_and_sport")] = [
    "Which films have won both the Palme d'Or and the Oscar for Best Picture? For our office film night.",
    "Explain the offside rule so I can settle an argument in the warehouse canteen: is a player offside if "
    "they're level with the second-last defender?",
]
CLEAN[("clean_general", "cities_and_landmarks")] = [
    "Event planning: is Lisbon or Porto better for a 3-day team offsite in March for 40 people? Think flights from "
    "northern Europe, weather, and venues within walking distance.",
    "Why is Abbey Road so famous, and is it okay to take a group photo on the crossing or will we be in the way "
    "of traffic?",
    "What's the history of the Champs-Élysées name, and what's the best way to walk from the Arc de Triomphe to "
    "the Louvre with a group of 25?",
]
CLEAN[("clean_general", "numbers_that_look_personal")] = [
    "How many working days are there between 2026-01-15 and 2026-06-30 in England, counting the bank holidays?",
    "Check whether ISBN 978-0-14-143951-8 has a valid check digit and convert it to ISBN-10 if it can be.",
]

CLEAN[("clean_trade", "warehouse_codes")] = [
    "Set reorder points for these lines, lead time 9 days, 95% service level:\n\n"
    "SKU 44-1870-B | bin A-12-03 | avg daily 31 | sd 7\n"
    "SKU 44-2210-A | bin A-12-04 | avg daily 12 | sd 5\n"
    "SKU 71-0088-C | bin C-02-11 | avg daily 4  | sd 3",
    "What does this SSCC break down into? 00 3 5012345 000001234 7 - the handheld shows '(00)350123450000012347' "
    "and the WMS rejects it as a duplicate.",
    "OUTBOUND SUMMARY 30/11: 1,284 ORDERS, 3,917 LINES, 41 SHORTS, DOCK 3 CLOSED 14:00-15:30 FOR REPAIRS. "
    "WRITE THIS UP AS A TWO-SENTENCE UPDATE FOR THE OPS CHANNEL.",
]
CLEAN[("clean_trade", "ward_drug_questions")] = [
    "General question for a nurse education slide: what's the difference between apixaban and rivaroxaban "
    "dosing in reduced kidney function? No patient details, just the principles.",
    "For a handover teaching session: explain why we check potassium before giving IV furosemide, in plain "
    "language for new starters.",
]
CLEAN[("clean_trade", "course_codes")] = [
    "School timetabling: HIST 2140 and GEOG 2110 clash in period 3 on Tuesdays (room B204). Suggest three ways "
    "to resolve it without moving the Year 11 mocks in week 49.",
    "Write a short course description for BTEC Level 3 Unit 14 (Event Management) for our options evening "
    "booklet.",
]
CLEAN[("clean_trade", "legal_citations")] = [
    "Trainee legal assistant: summarise Donoghue v Stevenson [1932] AC 562 in 5 bullet points and explain why "
    "it still matters for product liability.",
    "What's the difference between the rules in Hadley v Baxendale (1854) 9 Exch 341 and Victoria Laundry v "
    "Newman [1949] 2 KB 528 on remoteness of damage?",
    "Explain Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256 to a client who thinks a Facebook ad is a binding "
    "offer.",
]
CLEAN[("clean_trade", "policy_and_claim_numbers")] = [
    "Write a regex for our claim references: they look like 2026/0418/3390 or 2025/1102/0071 (year, 4 digits, "
    "4 digits). Reject anything with letters.",
    "Policy HH-4471-920-338 renews on 01/02. The premium went from £412.80 to £467.15. What percentage increase "
    "is that, and how would I explain it to a customer in one sentence?",
    "Our call-centre IVR routes option 3 to queue 0845 and option 4 to queue 0870 - these are internal queue IDs, "
    "not phone numbers. Write the IVR menu script for a new 'storm damage' option 5.",
]
CLEAN[("clean_trade", "menus_named_after_people")] = [
    "Event menu: write one-line descriptions for Beef Wellington, Eggs Benedict, Peach Melba, a Caesar salad and "
    "a Pavlova. Also, were any of these really named after a person?",
    "Product copy for the farm shop: Granny Smith apples, Ruby Red grapefruit juice, Earl Grey tea and a "
    "Victoria sponge. 30 words each, warm tone.",
]
CLEAN[("clean_trade", "notices_in_capitals")] = [
    "TIDY THIS NOTICE: ALL STAFF MUST SIGN IN AT RECEPTION. GRACE PERIOD FOR LATE TIMESHEETS ENDS FRIDAY. "
    "BILL PAYMENTS FOR THE STAFF LOTTERY TO PAYROLL BY THE 15TH. HOPE TO SEE YOU ALL AT THE XMAS DO!",
    "make this sound less grumpy for the estate agency newsletter: 'keys must go back in the key safe by 6. "
    "the viewings diary is not optional. if a buyer asks about flood risk send them the EA map, don't guess.'",
]

for (_cls, _tid), _lst in CLEAN.items():
    TEMPLATES.append((_cls, _tid, len(_lst), _variant(_lst)))


# ---------------------------------------------------------------- build and check


def build():
    r = random.Random(SEED)
    rows, ids = [], set()
    for cls, tid, n, fn in TEMPLATES:
        for i in range(n):
            c = Ctx(r)
            marked = fn(c, i)
            text, spans = unmark(marked)
            loc = c.loc or ""
            if cls.startswith("clean_"):
                assert not spans, (cls, tid, i)
                loc = ""
            else:
                assert spans, (cls, tid, i)
            rid = f"stranger4-{cls}-{tid}-{i}"
            assert rid not in ids, rid
            ids.add(rid)
            rows.append({"id": rid, "text": text, "spans": spans, "source": SOURCE, "class": cls,
                         "template": tid, "locale": loc})
    return rows


def check(rows):
    for row in rows:
        t = row["text"]
        last_end = -1
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            assert t[s["start"]:s["end"]] == s["value"], (row["id"], s)
            assert s["start"] >= last_end, ("overlap", row["id"], s)
            assert s["value"] == s["value"].strip() and s["value"], (row["id"], s)
            assert s["type"] in CODES.values()
            last_end = s["end"]
        assert 40 <= len(t) <= 2000, (row["id"], len(t))


def main():
    rows = build()
    check(rows)
    if "--check" in sys.argv[1:]:  # added by the lead: the test that the committed file is what this gives
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        with open(OUT, encoding="utf-8") as fh:
            same = fh.read() == text
        print("holdout.jsonl: %s" % ("unchanged" if same else "differs from what the templates give"))
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    per_class = Counter(r["class"] for r in rows)
    per_tpl = Counter((r["class"], r["template"]) for r in rows)
    types = Counter(s["type"] for r in rows for s in r["spans"])
    print(f"{len(rows)} rows, {len(per_tpl)} templates -> {OUT}")
    for cls, n in per_class.items():
        print(f"  {cls:20s} {n:3d} rows, {sum(1 for k in per_tpl if k[0] == cls)} templates")
    print("  personal rows:", sum(1 for r in rows if not r["class"].startswith("clean_")),
          " PII-free rows:", sum(1 for r in rows if r["class"].startswith("clean_")))
    print("  spans by type:", dict(types))
    return rows


if __name__ == "__main__":
    main()
