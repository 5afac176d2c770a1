"""Build eval/stranger5/holdout.jsonl: a hand-written holdout corpus (fifth stranger round).

Every person, street, town, postcode, phone number and e-mail below was typed by hand.
No Faker, mimesis, `names` or other package lists. Python standard library only.

    python3 build.py           # rewrite holdout.jsonl next to this file
    python3 build.py --check   # rebuild in memory and compare with the file on disk
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 51201
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = "eval/stranger5/build.py"

TYPES = {"P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "I": "IP_ADDRESS"}
MARK = re.compile(r"⟦([PLTEI])\|(.*?)⟧", re.S)


def P(v):
    return f"⟦P|{v}⟧"


def L(v):
    return f"⟦L|{v}⟧"


def T(v):
    return f"⟦T|{v}⟧"


def E(v):
    return f"⟦E|{v}⟧"


def IP(v):
    return f"⟦I|{v}⟧"


def unmark(s):
    """Strip ⟦X|value⟧ markers; return the plain text and the spans they marked."""
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(s):
        chunk = s[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        v = m.group(2)
        spans.append({"start": pos, "end": pos + len(v), "type": TYPES[m.group(1)], "value": v})
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(s[last:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text[:200]
    return text, spans


# ---------------------------------------------------------------------------
# People: tag | country of residence | given | family | written full name | nickname
# (an empty "written" means "given family")
# ---------------------------------------------------------------------------
PEOPLE_SRC = """
en_GB|GB|Rowan|Pettifer||
en_GB|GB|Imogen|Thwaite||Immy
cy_GB|GB|Gethin|Llewelyn-Rees||
cy_GB|GB|Dilys|Prothero||
gd_GB|GB|Morag|MacAskill||
en_GB|GB|Sunny|Lark||
en_GB|GB|Mercedes|Ford||Merce
en_US|US|Dakota|Weatherby||
en_US|US|LaShonda|Pruitt||Shonda
en_US|US|Brandt|Kowalczyk||
en_US|US|Hollis|Beaudry||
nv_US|US|Marlon|Yazzie||
lkt_US|US|Delia|Two Bulls||
ko_US|US|Seo-yeon|Oh||
en_IE|IE|Aoife|Ní Bhriain||
en_IE|IE|Cathal|Ó Murchú||
en_IE|IE|Fionnuala|Keogh||Nuala
en_AU|AU|Brooke|Tindall||
en_AU|AU|Lachlan|Pereira-Nunn||Lachie
aus_AU|AU|Jedda|Wunungmurra||
aus_AU|AU|Balwarr|Gumana||
mi_NZ|NZ|Tama|Te Huia||
mi_NZ|NZ|Aroha|Ngata-Whaanga||
en_NZ|NZ|Kezia|Buckland||
sm_WS|NZ|Sione|Faleolo||
to_TO|NZ|Mele|Fifita||
fj_FJ|FJ|Litia|Qalo||
fj_FJ|FJ|Viliame|Rokotuibau||Vili
en_CA|CA|Gord|Letendre||
cr_CA|CA|Tanis|Cardinal||
fr_CA|CA|Marie-Ève|Gagnon-Tremblay||
fa_IR|CA|Shirin|Ghorbani||
es_MX|MX|Xóchitl|Ramírez Huerta||
es_MX|MX|José Guadalupe|Ochoa||Lupe
es_CO|CO|Yeison|Cárdenas Mosquera||
es_AR|AR|Agustina|Iturralde||Agus
es_CL|CL|Benjamín|Saavedra Rojas||Benja
es_PE|PE|Rosa Elvira|Huamán Ccori||
ay_BO|BO|Florentina|Mamani Quispe||
pt_BR|BR|Thaís|Albuquerque dos Santos||
pt_BR|BR|Josué|Nogueira||
pt_BR|BR|Kauã|da Silva Brito||
pt_PT|PT|Inês|Figueiredo||
yo_NG|NG|Temitope|Ogunleye||Temi
yo_NG|GB|Adeola|Bankole-Williams||Deola
yo_NG|NG|Sunday|Adeyemi||
ig_NG|NG|Chidinma|Okonkwo-Eze||Chidi
ig_NG|NG|Ikenna|Nwachukwu||Ike
ha_NG|NG|Aminu|Danjuma||
tw_GH|GH|Kwabena|Owusu-Ansah||Kobby
ee_GH|GH|Dzifa|Agbeko||
ff_SN|SN|Mamadou Saliou|Diallo||
wo_SN|FR|Awa|Ndiaye||
sw_KE|KE|Wanjiru|Kamau||Shiru
luo_KE|KE|Achieng|Odhiambo||
sw_TZ|TZ|Rehema|Mwakyusa||
am_ET|ET|Selamawit|Tesfaye||Selam
om_ET|ET|Chaltu|Gemechu||
so_SO|SE|Hodan|Warsame||
zu_ZA|ZA|Nomvula|Mthembu||
af_ZA|ZA|Riaan|van der Merwe||
nr_ZA|ZA|Lucky|Mahlangu||
sn_ZW|GB|Precious|Moyo||
ny_MW|ZA|Gift|Banda||
ar_EG|EG|Mostafa|El-Sayed||
ar_EG|EG|Yasmine|Abdel-Rahman||
ar_JO|AE|Rania|Haddad||
ar_SA|SA|Abdulaziz|Al-Qahtani||Aziz
ar_MA|FR|Youssef|Benali||
he_IL|IL|Noa|Ben-Ami||
tr_TR|TR|Emre|Yıldırım||
tr_TR|DE|Derya|Aksoy||
ta_IN|IN|Priyanka|Venkataraman||Priya
hi_IN|IN|Rohit|Srivastava||
ta_IN|IN|Karthikeyan|S.|S. Karthikeyan|Karthik
ml_IN|IN|Anju|Varghese||
pa_IN|IN|Harpreet|Kaur Gill||
mr_IN|IN|Sayali|Deshpande||
te_IN|IN|Venkata Satya Naga Ramalingeswara|Rao||Ramu
bn_BD|BD|Tahmina|Akter||
ur_PK|PK|Hamza|Siddiqui||
si_LK|LK|Dilrukshi|Wickramasinghe||Dilu
ne_NP|NP|Pasang|Sherpa||
fil_PH|PH|Ma. Kristina|Dela Cruz-Bautista||Tin
fil_PH|PH|Jun-Jun|Macaraeg||
id_ID|ID|Sutrisno||Sutrisno|
id_ID|ID|Rini|Wulandari||
ms_MY|MY|Nur Aisyah|binti Kamarudin||Aisyah
ms_MY|MY|Muhammad Haziq|bin Abdul Rahman||Haziq
th_TH|TH|Kittipong|Srisuk||Golf
vi_VN|VN|Hồng Nhung|Nguyễn|Nguyễn Thị Hồng Nhung|
vi_VN|AU|Quốc Bảo|Trần|Trần Quốc Bảo|Bảo
my_MM|TH|Aung Ko Ko||Aung Ko Ko|
zh_CN|CN|Jiahui|Zhou|Zhou Jiahui|
zh_TW|TW|Yu-Ting|Hsieh|Hsieh Yu-Ting|
zh_HK|HK|Ka-wai|Cheung|Winnie Cheung Ka-wai|Winnie
ko_KR|KR|Ji-hoon|Baek|Baek Ji-hoon|
ja_JP|JP|Haruka|Morimoto|Morimoto Haruka|
ja_JP|JP|Ren|Ishikawa|Ishikawa Ren|
mn_MN|MN|Bolormaa|Tserendorj|Tserendorj Bolormaa|
pl_PL|PL|Małgorzata|Wierzbicka||Gosia
cs_CZ|CZ|Vojtěch|Kratochvíl||Vojta
ro_RO|RO|Ioana|Munteanu||
uk_UA|UA|Oleksandr|Tkachenko||Sasha
hu_HU|HU|Boglárka|Szűcs|Szűcs Boglárka|Bogi
et_EE|EE|Kadri|Tamm||
lt_LT|LT|Rūta|Petrauskienė||
lv_LV|LV|Jānis|Ozoliņš||
fi_FI|FI|Aatu|Heikkilä||
sv_SE|SE|Linnea|Bergqvist||
sv_SE|SE|Bo|Ek||
nb_NO|NO|Sindre|Haugland||
da_DK|DK|Mette|Kjærgaard||
is_IS|IS|Guðrún|Sigurðardóttir||Gunna
nl_NL|NL|Sanne|van den Broek||
nl_BE|BE|Wout|De Smedt||
de_DE|DE|Friederike|von Hagen||Frieda
de_AT|AT|Lukas|Pichler||
fr_FR|FR|Gwenaëlle|Le Goff||Gwen
it_IT|IT|Gianmarco|De Luca||
es_ES|ES|Itziar|Etxeberria||
es_ES|ES|María de los Ángeles|Fernández-Villaverde y Castañeda||Marián
el_GR|GR|Panagiotis|Papadopoulos||Takis
sr_RS|RS|Milica|Jovanović||
ka_GE|GE|Nino|Beridze||
hy_AM|AM|Aram|Hakobyan||
"""


class Person:
    def __init__(self, line):
        tag, cc, given, family, full, nick = line.split("|")
        self.tag, self.cc, self.given, self.family = tag, cc, given, family
        self.full = full or f"{given} {family}".strip()
        self.nick = nick

    @property
    def first(self):
        return self.nick or self.given.split()[0]


PEOPLE = [Person(x) for x in PEOPLE_SRC.strip().splitlines()]

# ---------------------------------------------------------------------------
# Addresses: country | street | district | town | region | postcode
# Layout per country, {s} street {d} district {t} town {r} region {p} postcode.
# ---------------------------------------------------------------------------
ADDR_SRC = """
GB|14 Tan-y-Bryn Terrace||Llanidloes|Powys|SY18 6EZ
GB|Flat 2, 37 Bridge Street||Kirkby Stephen|Cumbria|CA17 4RW
GB|Holly Cottage, Back Lane||Great Ayton|North Yorkshire|TS9 6HQ
GB|5 Ardmhor Crofts|Castlebay|Isle of Barra||HS9 5XD
GB|22 Heol y Dŵr||Tregaron|Ceredigion|SY25 6JL
GB|Flat 1, Harbour Buildings, 3 Quay Street||Stromness|Orkney|KW16 3AX
US|2217 W Walnut St||Muncie|IN|47303
US|RR 2 Box 118||Hettinger|ND|58639
US|PO Box 412||Tuba City|AZ|86045
US|608 Cottonwood Dr||Mission|SD|57555
US|3301 Elm Ave Apt 4||Kalispell|MT|59901
IE|Cnoc na Gréine|Ballinagree|Macroom|Co. Cork|P12 X4K7
IE|4 Chapel Lane||Ennistymon|Co. Clare|V95 R2T8
AU|Unit 6/21 Lowanna Crescent||Coffs Harbour|NSW|2450
AU|Lot 14 Gulkula Road||Nhulunbuy|NT|0880
AU|RMB 340 Rye Park Road||Boorowa|NSW|2586
AU|9 Banksia Street||Bellingen|NSW|2454
NZ|27 Te Rapa Road|Beerescourt|Hamilton||3200
NZ|1184 State Highway 35||Te Araroa||4083
NZ|482 Waimana Valley Road, RD 1||Whakatāne||3191
NZ|14B Kowhai Avenue||Ōpōtiki||3122
FJ|Lot 22, Waila Housing||Nausori||
CA|17 Caribou Crescent||Thompson|MB|R8N 0Y4
CA|General Delivery||Fort Chipewyan|AB|T0P 1B0
CA|4128 rue Saint-Hubert||Rimouski|QC|G5L 3Z9
MX|Calle Aldama 214|Col. Centro|Tlacolula de Matamoros|Oax.|70400
MX|Privada de los Sauces Mz 4 Lt 12|Fracc. Las Palmas|Jiutepec|Mor.|62577
CO|Carrera 7 # 12-45|Barrio San Antonio|Zipaquirá|Cundinamarca|250252
AR|Av. San Martín 1450||Esquel|Chubut|U9200
CL|Pasaje Los Aromos 1287|Villa El Bosque|Curicó|Región del Maule|3340000
PE|Jr. Ayacucho 355||Andahuaylas|Apurímac|03701
BO|Calle 4 Nro 1120|Zona Villa Dolores|El Alto|La Paz|
BR|Rua Coronel Tamarindo, 88 - apto 302|Centro|Viçosa|MG|36570-012
BR|Sítio Boa Esperança, Estrada Municipal s/n|Zona Rural|Paty do Alferes|RJ|26950-000
PT|Rua da Bandeira, 142, 1.º Esq.||Viana do Castelo||4900-337
NG|Behind St. Michael's Catholic Church, off Old Ife Road|Agodi Gate|Ibadan|Oyo State|
NG|12 Adeniyi Jones Avenue||Ikeja|Lagos|100271
NG|No. 7 Gidan Dan Hausa Street||Kano|Kano State|700233
GH|House No. C/45, near Presby JHS||Akropong-Akuapem|Eastern Region|EJ-0012-3456
SN|Villa n° 212, près de la grande mosquée|Médina Baye|Kaolack||
FR|12 rue des Tanneurs||Morlaix||29600
FR|Lieu-dit Kerbiquet||Guern||56310
KE|P.O. Box 1842-10100||Nyeri||
KE|Hse 23, off Baringo Road|Kahawa Sukari|Ruiru|Kiambu County|
TZ|Mtaa wa Uhuru, Sokoine Road||Mbeya||
ET|Kebele 04, House No. 1127||Bahir Dar|Amhara|
SE|Storgatan 31||Skellefteå||931 30
SE|Bygatan 4||Lövånger||932 93
ZA|23 Protea Street|Dorpsig|Upington||8801
ZA|Stand 1456, Extension 2||Acornhoek|Mpumalanga|1360
EG|12 Sharia El-Gomhoreya, Flat 5||Mansoura|Dakahlia|35511
AE|Villa 27, Street 14b|Al Barsha 2|Dubai||
SA|Building 4410, Prince Sultan Road|Al Rawdah|Jeddah||23435
IL|Rehov HaNarkisim 9||Zikhron Ya'akov||3095103
TR|Cumhuriyet Mah. Atatürk Cad. No:45 D:7||Ortaca|Muğla|48600
DE|Am Mühlbach 7||Bad Tölz||83646
DE|Lindenstraße 22a||Eschwege||37269
IN|H.No. 4-112, near Hanuman Temple|Gandhi Nagar|Nalgonda|Telangana|508001
IN|Ward 7, Opp. Govt. Girls School|Kozhencherry|Pathanamthitta|Kerala|689641
IN|Flat 3B, Sai Krupa Apartments, 2nd Cross|Vidyaranyapura|Mysuru|Karnataka|570008
BD|Holding 214, Kalibari Road|Ward 5|Mymensingh||2200
PK|Mohallah Qazian, near Jamia Masjid||Chiniot|Punjab|35400
LK|No. 47/2, Temple Road||Kurunegala||60000
NP|Ward No. 3|Khumjung|Solukhumbu||
PH|Blk 12 Lot 7, Phase 2, Villa Verde Subd.|Brgy. San Isidro|Cabuyao|Laguna|4025
PH|Purok 3|Brgy. Poblacion|Sagada|Mountain Province|2619
ID|Jl. Kaliurang Km 7, Gg. Anggrek No. 14, RT 03/RW 11|Sinduharjo|Sleman|DI Yogyakarta|55581
MY|Lot 1123, Kampung Batu 5, Jalan Kuala Krai||Kota Bharu|Kelantan|15050
TH|99/14 Moo 5|Tambon Nong Khwai|Hang Dong|Chiang Mai|50230
VN|Số 18 ngõ 42 Trần Cung|Cổ Nhuế|Bắc Từ Liêm|Hà Nội|
CN|Jiefang Beilu 218 Hao|Yuecheng Qu|Shaoxing Shi|Zhejiang Sheng|312000
TW|No. 36, Ln. 112, Zhongshan Rd.|Luodong Township|Yilan County||265
HK|Flat 12C, Block 3, Kwai Chung Estate|Kwai Chung|N.T.||
KR|Hwangnam-dong 112-3||Gyeongju-si|Gyeongsangbuk-do|38158
JP|Fukashi 2-5-11||Matsumoto-shi|Nagano-ken|390-0815
MN|Building 42, apt 18|15th khoroo, Khan-Uul District|Ulaanbaatar||
PL|ul. Kościuszki 17/4||Zawiercie||42-400
PL|Wola Radziszowska 312||Radziszów||32-052
CZ|Náměstí Míru 27||Bystřice nad Pernštejnem||593 01
RO|Str. Ion Creangă nr. 9, bl. A2, sc. 1, ap. 14||Fălticeni|jud. Suceava|725200
UA|vul. Shevchenka 14, kv. 3||Kolomyia|Ivano-Frankivsk oblast|78200
HU|Fő tér 8.||Keszthely||8360
EE|Rüütli 12-4||Viljandi||71003
LT|Vilniaus g. 21-3||Anykščiai||LT-29114
LV|Rīgas iela 22-7||Cēsis||LV-4101
FI|Kirkkokatu 14 B 9||Kajaani||87100
NO|Strandveien 118||Svolvær||8300
DK|Vestergade 12, 2. tv.||Tønder||6270
IS|Aðalstræti 22||Ísafjörður||400
NL|Dorpsstraat 41||Nieuwe Niedorp||1733 AB
NL|Kerkweg 3a||Delden||7491 CL
BE|Kerkstraat 88 bus 2||Lokeren||9160
AT|Hauptplatz 3/2/14||Murau||8850
IT|Via Roma 41||Melfi|PZ|85025
IT|Contrada Sant'Elia 4||Petralia Soprana|PA|90026
ES|C/ Nagusia 23, 2º izda.||Zumarraga|Gipuzkoa|20700
ES|Avda. de la Constitución 7, 3º B||Baena|Córdoba|14850
GR|Agiou Nikolaou 15||Nafplio||21100
RS|Ulica Njegoševa 28||Sremski Karlovci||21205
GE|Rustaveli St. 33||Telavi||2200
AM|Abovyan St. 12, apt. 5||Gyumri||3101
"""

LAYOUT = {
    "uk": "{s}\n{d}\n{t}\n{r}\n{p}",
    "us": "{s}\n{d}\n{t}, {r} {p}",
    "au": "{s}\n{d}\n{t} {r} {p}",
    "eu": "{s}\n{d}\n{p} {t}\n{r}",
    "it": "{s}\n{p} {t} ({r})",
    "hu": "{t}\n{s}\n{p}",
    "br": "{s}\n{d}\n{t} - {r}\nCEP {p}",
    "mx": "{s}\n{d}\nC.P. {p} {t}, {r}",
    "far": "{p}\n{r} {t} {d}\n{s}",
    "jp": "〒{p}\n{r} {t}\n{s}",
    "tw": "{s}\n{d}\n{t} {p}",
    "ca": "{s}\n{d}\n{t} {r}  {p}",
}
COUNTRY_LAYOUT = {
    "US": "us", "CA": "ca", "AU": "au", "NZ": "uk", "PH": "uk", "MX": "mx", "BR": "br",
    "IT": "it", "HU": "hu", "CN": "far", "KR": "far", "JP": "jp", "TW": "tw",
    "FR": "eu", "DE": "eu", "AT": "eu", "NL": "eu", "BE": "eu", "PL": "eu", "CZ": "eu", "FI": "eu",
    "SE": "eu", "NO": "eu", "DK": "eu", "IS": "eu", "ES": "eu", "PT": "eu", "EE": "eu", "LT": "eu",
    "LV": "eu", "RS": "eu", "TR": "eu", "IL": "eu", "UA": "eu", "RO": "eu", "GR": "eu", "GE": "eu",
    "AM": "eu", "AR": "eu", "CL": "eu", "PE": "eu", "CO": "uk", "BO": "uk",
}
COUNTRY_NAME = {
    "GB": "United Kingdom", "US": "USA", "IE": "Ireland", "AU": "Australia", "NZ": "New Zealand",
    "FJ": "Fiji", "CA": "Canada", "MX": "México", "CO": "Colombia", "AR": "Argentina", "CL": "Chile",
    "PE": "Perú", "BO": "Bolivia", "BR": "Brasil", "PT": "Portugal", "NG": "Nigeria", "GH": "Ghana",
    "SN": "Sénégal", "FR": "France", "KE": "Kenya", "TZ": "Tanzania", "ET": "Ethiopia", "SE": "Sweden",
    "ZA": "South Africa", "EG": "Egypt", "AE": "UAE", "SA": "Saudi Arabia", "IL": "Israel",
    "TR": "Türkiye", "DE": "Germany", "IN": "India", "BD": "Bangladesh", "PK": "Pakistan",
    "LK": "Sri Lanka", "NP": "Nepal", "PH": "Philippines", "ID": "Indonesia", "MY": "Malaysia",
    "TH": "Thailand", "VN": "Vietnam", "CN": "China", "TW": "Taiwan", "HK": "Hong Kong",
    "KR": "South Korea", "JP": "Japan", "MN": "Mongolia", "PL": "Poland", "CZ": "Czechia",
    "RO": "Romania", "UA": "Ukraine", "HU": "Hungary", "EE": "Estonia", "LT": "Lithuania",
    "LV": "Latvia", "FI": "Finland", "NO": "Norway", "DK": "Denmark", "IS": "Iceland",
    "NL": "Netherlands", "BE": "Belgium", "AT": "Austria", "IT": "Italy", "ES": "Spain",
    "GR": "Greece", "RS": "Serbia", "GE": "Georgia", "AM": "Armenia",
}


class Addr:
    def __init__(self, line):
        cc, s, d, t, r, p = line.split("|")
        self.cc, self.street, self.district, self.town, self.region, self.pc = cc, s, d, t, r, p

    def parts(self):
        return {"s": self.street, "d": self.district, "t": self.town, "r": self.region, "p": self.pc}

    def lines(self, country=False):
        """The address in its country's layout, one marked string per line."""
        layout = LAYOUT[COUNTRY_LAYOUT.get(self.cc, "uk")]
        vals = self.parts()
        out = []
        for ln in layout.split("\n"):
            keys = re.findall(r"\{(\w)\}", ln)
            if not any(vals[k] for k in keys):
                continue
            for k in keys:
                ln = ln.replace("{" + k + "}", L(vals[k]) if vals[k] else "")
            ln = re.sub(r"\(\)", "", ln)
            ln = re.sub(r"(,\s*)+$", "", ln)
            ln = re.sub(r"\s+-\s*$", "", ln)
            ln = re.sub(r"^(CEP|C\.P\.|〒)\s*$", "", ln)
            ln = re.sub(r"  +(?=⟦)", lambda m: m.group(0) if self.cc == "CA" else " ", ln)
            ln = ln.strip(" ,")
            if ln:
                out.append(ln)
        if country:
            out.append(L(COUNTRY_NAME[self.cc]))
        return out

    def block(self, country=False, indent=""):
        return "\n".join(indent + x for x in self.lines(country))

    def one_line(self, country=False):
        return ", ".join(self.lines(country))


ADDRS = [Addr(x) for x in ADDR_SRC.strip().splitlines()]

# ---------------------------------------------------------------------------
# Phones, national format, as written in each country
# ---------------------------------------------------------------------------
PHONES = {
    "GB": ["07823 516940", "01686 412337", "(01642) 723118", "07951-208-774", "01768 371 552"],
    "US": ["(765) 284-1937", "701.567.2240", "928-283-4416", "605 856 4471"],
    "IE": ["087 214 5591", "(026) 41882", "065 707 1243", "086-331 7720"],
    "AU": ["0412 338 905", "(02) 6385 3012", "08 8987 1255", "0439 117 284"],
    "NZ": ["021 044 7813", "(07) 838 2219", "027-488 1902", "06 864 4410"],
    "FJ": ["927 4410", "347 1182"],
    "CA": ["(204) 677-3581", "418 722-8104", "780-697-3011", "(418) 723-0199"],
    "MX": ["951 562 0418", "777-319-2284", "(951) 562 11 07"],
    "CO": ["310 448 2917", "(601) 852 4419"],
    "AR": ["(02945) 15-41-2288", "02945 45-1187"],
    "CL": ["9 8421 7730", "(75) 231 4409"],
    "PE": ["983 441 207", "(083) 42-1157"],
    "BO": ["712 44508", "2 2841177"],
    "BR": ["(31) 98872-4410", "(24) 2485-1187", "31 3891-2205"],
    "PT": ["912 448 307", "258 822 419"],
    "NG": ["0803 412 7765", "0812-330-9981", "0706 918 2240", "08051127734"],
    "GH": ["024 418 3902", "020-277-1345"],
    "SN": ["77 418 23 09", "33 941 12 87"],
    "FR": ["06 48 21 77 09", "02.98.88.41.27", "07 61 30 44 18"],
    "KE": ["0722 418 903", "0711-284-560", "0733 901 224"],
    "TZ": ["0754 331 208", "0689 114 702"],
    "ET": ["0911 42 38 77", "058 220 1457"],
    "SE": ["070-418 22 91", "0910-144 27"],
    "ZA": ["082 557 1034", "054 332 1190", "072-418-8093"],
    "EG": ["0100 248 7731", "050 2241 883"],
    "AE": ["050 417 2286", "04 339 8710"],
    "SA": ["055 812 4437", "012 661 3390"],
    "IL": ["052-744-1938", "04-639-2207"],
    "TR": ["0532 418 77 09", "(0252) 282 41 16"],
    "DE": ["0171 4182290", "08041 / 7 22 19", "05651 3341-12"],
    "IN": ["98450 17732", "0468-2222314", "80742 55190", "094471 22309"],
    "BD": ["01711-482039", "01819 220 417"],
    "PK": ["0300-5412237", "047-6331844"],
    "LK": ["077 341 8829", "037 222 4410"],
    "NP": ["9841 234 570", "038 540 117"],
    "PH": ["0917 824 3391", "(049) 531 2270", "0998-214-6603"],
    "ID": ["0812-2743-9015", "(0274) 882413", "0856 4401 2287"],
    "MY": ["012-448 3901", "09-748 2210"],
    "TH": ["081 932 4407", "053 441 928"],
    "VN": ["0912 384 775", "090 441 22 38"],
    "CN": ["138 0571 4429", "0575-8512 3309"],
    "TW": ["0912-447-385", "(03) 954-2217"],
    "HK": ["9123 4507", "2418 8830"],
    "KR": ["010-4471-2093", "054-772-3318"],
    "JP": ["090-3318-4427", "0263-32-8815"],
    "MN": ["9911 4827", "8808 2231"],
    "PL": ["601 224 871", "32 672 14 09"],
    "CZ": ["603 418 227", "566 552 310"],
    "RO": ["0744 218 390", "0230 541 227"],
    "UA": ["067 413 22 08", "(03433) 2-41-17"],
    "HU": ["06 30 418 2277", "(83) 312-418"],
    "EE": ["5341 2290", "435 4418"],
    "LT": ["8 612 44 810", "(8 381) 5 12 44"],
    "LV": ["29 418 337", "641 22 871"],
    "FI": ["040 718 2294", "08 612 4410", "050-411 2837"],
    "NO": ["412 88 305", "76 07 18 44"],
    "DK": ["21 48 77 03", "74 72 11 58"],
    "IS": ["862 4417", "456 3120"],
    "NL": ["06-41822379", "0226-412 887", "074 376 22 18"],
    "BE": ["0477 41 22 83", "09 348 12 77"],
    "AT": ["0664 418 22 91", "03532 2207"],
    "IT": ["347 218 4490", "0972 23 8815"],
    "ES": ["612 48 19 07", "943 85 22 41", "957 67 03 18"],
    "GR": ["694 418 2207", "27520 24419"],
    "RS": ["064 4182 207", "021 881 204"],
    "GE": ["599 41 82 27", "0350 27 44 18"],
    "AM": ["094 418227", "0312 5 44 18"],
}

FOLD = {"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "ð": "d", "þ": "th", "ı": "i", "Ø": "O",
        "Æ": "Ae", "Ł": "L", "Đ": "D", "Ð": "D", "Þ": "Th"}


def ascii_fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


def gpart(p):
    return slug(p.given.split()[0]) if p.given else slug(p.full.split()[0])


def fpart(p):
    if not p.family or p.family.endswith("."):
        return slug(p.given.split()[-1])
    fam = re.sub(r"^(bin|binti|van der|van den|von|de|da|dos|le|el|al|ní|ó)\s+", "", p.family, flags=re.I)
    return slug(fam.split()[0])


def login(p, style):
    g, f = gpart(p), fpart(p)
    if not p.family:
        return slug(p.full)
    if p.family.endswith("."):
        g, f = slug(p.family), g
    return {
        "gf": g[0] + f, "g.f": f"{g}.{f}", "g_f": f"{g}_{f}", "fg": f + g[0], "f.g": f"{f}.{g}",
        "g": g, "gfam": g + f, "f": f,
    }[style]


def email(p, domain, style="g.f"):
    return f"{login(p, style)}@{domain}"


# ---------------------------------------------------------------------------
# Context handed to templates
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, use):
        self.rng = rng
        self.use = use            # person usage counter, shared across the corpus
        self.first_tag = None
        self.taken = set()
        self.phone_i = Counter()
        self.addr_i = Counter()

    def person(self, ccs=None, tags=None, where=None):
        pool = [p for p in PEOPLE if (not ccs or p.cc in ccs) and (not tags or p.tag in tags)
                and (where is None or where(p)) and p.full not in self.taken]
        low = min(self.use[p.full] for p in pool)
        p = self.rng.choice([p for p in pool if self.use[p.full] == low])
        self.use[p.full] += 1
        self.taken.add(p.full)
        if self.first_tag is None:
            self.first_tag = p.tag
        return p

    def people(self, n, **kw):
        return [self.person(**kw) for _ in range(n)]

    def phone(self, cc):
        nums = [x for x in PHONES[cc] if x not in self.taken] or PHONES[cc]
        x = min(nums, key=lambda x: (self.use["phone:" + x], nums.index(x)))
        self.use["phone:" + x] += 1
        self.taken.add(x)
        return x

    def addr(self, cc):
        opts = [a for a in ADDRS if a.cc == cc and a.street not in self.taken] or [a for a in ADDRS if a.cc == cc]
        a = min(opts, key=lambda a: (self.use["addr:" + a.street], opts.index(a)))
        self.use["addr:" + a.street] += 1
        self.taken.add(a.street)
        return a

    def pick(self, seq):
        return self.rng.choice(seq)

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)


HAS_ADDR = {a.cc for a in ADDRS}
TEMPLATES = []


def tpl(cls, fills=3):
    def deco(fn):
        TEMPLATES.append((cls, fn.__name__, fills, fn))
        return fn
    return deco


def dumps(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


# ===========================================================================
# agent_tools: what agents and tools paste back
# ===========================================================================
@tpl("agent_tools")
def crm_scratchpad(c):
    p = c.person(ccs=HAS_ADDR)
    a = c.addr(p.cc)
    ph = c.phone(p.cc)
    dom = c.pick(["gmail.com", "outlook.com", "yahoo.com", "proton.me"])
    order = c.num(400000, 499999)
    em = email(p, dom, c.pick(["g.f", "gf", "fg"]))
    obs = {
        "status": "ok",
        "match_count": 1,
        "record": {
            "id": f"cus_{c.num(10**7, 10**8 - 1)}",
            "display_name": P(p.full),
            "email": E(em),
            "phone": T(ph),
            "billing": {"line1": L(a.street), "city": L(a.town), "postal_code": L(a.pc) if a.pc else None,
                        "country": a.cc},
            "lifetime_value": round(c.num(4000, 90000) / 100, 2),
            "last_order": f"SO-{order}",
            "tags": ["repeat", "newsletter"],
        },
    }
    return (
        "Here's the agent trace from the refund bot, it stopped halfway. Why did it not call `issue_refund`?\n\n"
        f"Thought: the customer says order SO-{order} arrived damaged. I should look them up first.\n"
        f'Action: crm.lookup\nAction Input: {{"order": "SO-{order}"}}\n'
        f"Observation: {dumps(obs, None)}\n"
        f"Thought: record found for {P(p.first)}. Policy says refunds over 50.00 need a human, "
        "so I will draft a message instead.\n"
        f'Action: draft_reply\nAction Input: {{"to": "{E(em)}", '
        f'"greeting": "Hi {P(p.first)},"}}\n'
        "Observation: ERROR tool draft_reply timed out after 30000 ms\n"
        "Final Answer: (none)"
    )


@tpl("agent_tools", fills=2)
def calendar_api(c):
    host = c.person()
    guests = c.people(2)
    cust = c.person(ccs=HAS_ADDR)
    a = c.addr(cust.cc)
    dom = c.pick(["hearthandhome.co", "brightsmiles.clinic", "tidyroofs.net"])
    items = [
        {
            "kind": "calendar#event",
            "id": f"{c.num(10**9, 10**10)}ab{c.num(100, 999)}",
            "status": "confirmed",
            "summary": f"Home visit – {P(cust.full)}",
            "location": a.one_line(),
            "start": {"dateTime": "2026-12-03T09:30:00", "timeZone": "Europe/London"},
            "end": {"dateTime": "2026-12-03T10:15:00", "timeZone": "Europe/London"},
            "organizer": {"email": E(email(host, dom, "g")), "displayName": P(host.full)},
            "attendees": [
                {"email": E(email(g, dom, "g.f")), "displayName": P(g.full), "responseStatus": "accepted"}
                for g in guests
            ],
            "description": f"Key safe code on file. Ring {T(c.phone(cust.cc))} if no answer.",
        },
        {
            "kind": "calendar#event",
            "status": "confirmed",
            "summary": "Van MOT",
            "start": {"date": "2026-12-04"},
            "end": {"date": "2026-12-05"},
        },
    ]
    body = dumps({"kind": "calendar#events", "timeZone": "Europe/London", "items": items})
    return (
        "The scheduling agent got this from events.list and then said there were no visits on the 3rd. "
        "Can you see what it misread?\n\n```json\n" + body + "\n```"
    )


@tpl("agent_tools", fills=2)
def email_api_thread(c):
    cust = c.person(ccs=HAS_ADDR)
    staff = c.person()
    boss = c.person()
    a = c.addr(cust.cc)
    cdom = c.pick(["gmail.com", "hotmail.com", "icloud.com", "yahoo.co.uk"])
    sdom = c.pick(["harbourlinenhire.com", "keystonelettings.co", "fernwoodvets.com"])
    ph = c.phone(cust.cc)
    ref = f"HL-{c.num(10000, 99999)}"
    msgs = [
        {
            "id": f"18c{c.num(100000, 999999):x}",
            "threadId": f"18c{c.num(100000, 999999):x}",
            "labelIds": ["INBOX", "UNREAD"],
            "payload": {"headers": [
                {"name": "From", "value": f"{P(cust.full)} <{E(email(cust, cdom, c.pick(['g.f', 'gf', 'g_f'])))}>"},
                {"name": "To", "value": f"{P(staff.full)} <{E(email(staff, sdom, 'g'))}>"},
                {"name": "Cc", "value": f"{E(email(boss, sdom, 'gf'))}"},
                {"name": "Subject", "value": f"Re: booking {ref} – change of delivery address"},
                {"name": "Date", "value": "Mon, 30 Nov 2026 08:41:17 +0000"},
            ]},
            "snippet": (f"Hi {P(staff.first)}, sorry to be a pain but could the order go to my mum's instead: "
                        f"{a.one_line()}. She's in all day. My mobile is {T(ph)} if the driver gets lost"),
            "sizeEstimate": c.num(4000, 9000),
        },
        {
            "id": f"18c{c.num(100000, 999999):x}",
            "labelIds": ["SENT"],
            "payload": {"headers": [
                {"name": "From", "value": f"{P(staff.full)} <{E(email(staff, sdom, 'g'))}>"},
                {"name": "To", "value": None},
            ]},
            "snippet": f"Hi {P(cust.first)}, no problem at all, I've updated {ref}. {P(boss.first)} will confirm the slot.",
        },
    ]
    # the second message's To header repeats the customer's address from the first
    msgs[1]["payload"]["headers"][1]["value"] = msgs[0]["payload"]["headers"][0]["value"]
    msgs.append({
        "id": f"18c{c.num(100000, 999999):x}",
        "labelIds": ["INBOX"],
        "payload": {"headers": [
            {"name": "From", "value": msgs[0]["payload"]["headers"][0]["value"]},
            {"name": "Subject", "value": f"Re: Re: booking {ref} – change of delivery address"},
        ]},
        "decodedBody": (f"Thanks {P(staff.first)}! One more thing, the gate code is on a sticky note by the bell, "
                        f"and if nobody answers try the neighbour {P(c.person().full)}.\n\n"
                        f"{P(cust.first)}\nSent from my phone\n\n"
                        f"On Mon, 30 Nov 2026 at 09:02, {P(staff.full)} wrote:\n"
                        f"> Hi {P(cust.first)}, no problem at all, I've updated {ref}.\n"
                        f"> {P(boss.first)} will confirm the slot."),
    })
    return (
        "I'm building a Gmail triage tool. Given these two messages from users.messages.list (format=metadata), "
        "write the Python that pulls out the sender, the new address and any phone number into a dict. "
        "Don't hardcode anything from this sample.\n\n" + dumps({"messages": msgs}) + "\n"
    )


@tpl("agent_tools", fills=2)
def vcard_export(c):
    ps = c.people(2, ccs=HAS_ADDR)
    cards = []
    for p in ps:
        a = c.addr(p.cc)
        fam = p.family or ""
        cards.append(
            "BEGIN:VCARD\nVERSION:3.0\n"
            + (f"N:{P(fam)};{P(p.given)};;;\n" if fam else f"N:;{P(p.given)};;;\n")
            + f"FN:{P(p.full)}\n"
            + (f"NICKNAME:{P(p.nick)}\n" if p.nick else "")
            + f"TEL;TYPE=CELL:{T(c.phone(p.cc))}\n"
            + f"EMAIL;TYPE=INTERNET:{E(email(p, c.pick(['gmail.com', 'mail.com', 'outlook.com']), 'gfam'))}\n"
            + f"ADR;TYPE=HOME:;;{L(a.street)};{L(a.town)};{L(a.region) if a.region else ''};"
            + f"{L(a.pc) if a.pc else ''};{L(COUNTRY_NAME[a.cc])}\n"
            + f"REV:2026-11-{c.num(10, 29)}T10:22:05Z\nEND:VCARD"
        )
    return ("My phone's contacts export only imports the first card into the CRM. Is something wrong with the "
            "second one? Here's the .vcf:\n\n" + "\n".join(cards))


@tpl("agent_tools")
def contacts_csv(c):
    ps = c.people(3, ccs=HAS_ADDR)
    head = ("First Name,Middle Name,Last Name,Nickname,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
            "Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Labels")
    rows = []
    for p in ps:
        a = c.addr(p.cc)
        gparts = p.given.split(" ", 1)
        mid = P(gparts[1]) if len(gparts) > 1 and p.family else ""
        first = P(gparts[0]) if p.family else P(p.full)
        last = P(p.family) if p.family else ""
        street = f'"{L(a.street)}"' if "," in a.street else L(a.street)
        rows.append(",".join([
            first, mid, last, P(p.nick) if p.nick else "",
            E(email(p, c.pick(["gmail.com", "yahoo.com", "live.com"]), c.pick(["g.f", "gf", "fg"]))),
            c.pick(["Mobile", "Home", "Mobile"]), T(c.phone(p.cc)), street, L(a.town),
            L(a.pc) if a.pc else "", "Suppliers ::: * myContacts",
        ]))
    return ("Google Contacts export, I need it as JSON for the Shopify import (fields firstName, lastName, email, "
            "phone, address1, city, zip). Keep middle names with the first name.\n\n" + head + "\n" + "\n".join(rows))


@tpl("agent_tools")
def sheet_tsv(c):
    ps = c.people(4)
    rows = ["Name\tRole\tMobile\tPostcode\tAvailable\tDBS checked"]
    for i, p in enumerate(ps):
        a = c.addr(p.cc) if p.cc in HAS_ADDR else None
        pc = L(a.pc) if a and a.pc else (L(a.town) if a else "")
        rows.append("\t".join([P(p.full), c.pick(["driver", "packer", "front desk", "driver"]),
                               T(c.phone(p.cc)), pc, c.pick(["Sat", "Sun", "Sat+Sun", "weekday eves"]),
                               "yes" if i % 2 == 0 else "pending"]))
    return ("copied this out of the volunteers sheet, can you split it into two lists, drivers and everyone else, "
            "and flag anyone whose DBS is pending?\n\n" + "\n".join(rows))


@tpl("agent_tools")
def form_webhook(c):
    p = c.person(ccs=HAS_ADDR)
    kid = c.person()
    a = c.addr(p.cc)
    payload = {
        "event_id": f"01HK{c.num(10**9, 10**10)}",
        "event_type": "form_response",
        "form_response": {
            "form_id": "Xq7TzK",
            "submitted_at": "2026-11-29T17:04:55Z",
            "metadata": {"platform": "mobile", "referer": "https://forms.example-swimclub.org/term2",
                         "ip": IP(c.pick(["86.143.22.107", "102.89.34.5", "41.90.64.218", "190.104.12.77"]))},
            "definition": {"title": "Junior swimming — term 2 sign-up"},
            "answers": [
                {"type": "text", "field": {"ref": "parent_name"}, "text": P(p.full)},
                {"type": "text", "field": {"ref": "child_first_name"}, "text": P(kid.given.split()[0])},
                {"type": "number", "field": {"ref": "child_age"}, "number": c.num(6, 12)},
                {"type": "phone_number", "field": {"ref": "phone"}, "phone_number": T(c.phone(p.cc))},
                {"type": "email", "field": {"ref": "email"}, "email": E(email(p, "gmail.com", c.pick(["gfam", "g.f"])))},
                {"type": "text", "field": {"ref": "address"}, "text": a.one_line()},
                {"type": "choice", "field": {"ref": "session"}, "choice": {"label": "Thursday 17:30"}},
            ],
        },
    }
    return ("Our Typeform → Airtable zap fails with `INVALID_VALUE_FOR_COLUMN` on the age field. "
            "Payload from the webhook log:\n\n" + dumps(payload))


@tpl("agent_tools")
def graphql_customer(c):
    p = c.person(ccs=HAS_ADDR)
    a = c.addr(p.cc)
    data = {"data": {"customer": {
        "id": f"gid://shopify/Customer/{c.num(10**12, 10**13)}",
        "firstName": P(p.given) if p.family else P(p.full),
        "lastName": P(p.family) if p.family else None,
        "email": E(email(p, c.pick(["gmail.com", "hotmail.com"]), c.pick(["gf", "g_f"]))),
        "phone": None,
        "defaultAddress": {"address1": L(a.street), "address2": L(a.district) if a.district else None,
                           "city": L(a.town), "province": L(a.region) if a.region else None,
                           "zip": L(a.pc) if a.pc else None, "phone": T(c.phone(p.cc))},
        "orders": {"edges": [{"node": {"name": f"#{c.num(1000, 9999)}", "totalPrice": f"{c.num(20, 300)}.00"}}]},
    }}}
    return ("Why is `customer.phone` null when the address has a phone? Query result:\n\n" + dumps(data)
            + "\n\nShould I fall back to defaultAddress.phone in the packing slip?")


@tpl("agent_tools", fills=2)
def sheet_formula(c):
    ps = c.people(3)
    lines = ["Row 2 of the Members tab:", ""]
    lines.append("| A | B | C | D | E |")
    lines.append("|---|---|---|---|---|")
    for i, p in enumerate(ps, start=2):
        fam = P(p.family) if p.family else ""
        lines.append(f"| {P(p.given) if p.family else P(p.full)} | {fam} | {T(c.phone(p.cc))} | "
                     f"{E(email(p, 'gmail.com', 'g.f'))} | =B{i}&\", \"&A{i} |")
    q = ps[1]
    lines += ["", f'and on the Rota tab I have `=VLOOKUP("{P(q.family or q.full)}",Members!B:D,2,FALSE)` which gives #N/A '
              f'even though {P(q.family or q.full)} is clearly in column B. Also `=HYPERLINK("mailto:"&D3,A3)` shows the '
              "formula as text. What am I doing wrong?"]
    return "\n".join(lines)


@tpl("agent_tools")
def tool_call_args(c):
    p = c.person()
    drv = c.person()
    ph = c.phone(p.cc)
    args = {"to": T(ph), "body": f"Hi {P(p.first)}, {P(drv.first)} is on the way with your order, ETA 14:20. Reply STOP to opt out."}
    call = {
        "id": "chatcmpl-" + str(c.num(10**8, 10**9)),
        "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": None,
            "tool_calls": [
                {"id": "call_" + str(c.num(10**5, 10**6)), "type": "function",
                 "function": {"name": "send_sms", "arguments": json.dumps(args, ensure_ascii=False)}},
                {"id": "call_" + str(c.num(10**5, 10**6)), "type": "function",
                 "function": {"name": "log_contact", "arguments": json.dumps(
                     {"customer": P(p.full), "channel": "sms", "order_id": c.num(200000, 299999)}, ensure_ascii=False)}},
            ]}}],
    }
    return ("The model returns two tool calls but our loop only executes the first one. "
            "Response body:\n\n" + dumps(call) + "\n\nHow should the dispatcher iterate over tool_calls?")


@tpl("agent_tools", fills=2)
def agent_run_log(c):
    owner = c.person(ccs=HAS_ADDR)
    other = c.person(where=lambda p: bool(p.family))
    vet = c.person()
    a = c.addr(owner.cc)
    pet = c.pick(["Miso", "Rocky", "Tilly", "Chapati"])
    ph = c.phone(owner.cc)
    ph2 = c.phone(other.cc)
    em = email(owner, c.pick(["gmail.com", "outlook.com", "yahoo.com"]), c.pick(["g.f", "gf", "gfam"]))
    ip = c.pick(["92.40.183.21", "10.8.0.14", "197.210.54.9", "172.16.4.33"])
    clients = [
        {"client_id": f"C{c.num(10000, 99999)}", "name": P(owner.full), "phone": T(ph), "email": E(em),
         "address": a.one_line(), "pets": [{"name": pet, "species": "dog", "last_visit": "2026-06-11"}]},
        {"client_id": f"C{c.num(10000, 99999)}", "name": P(other.full), "phone": T(ph2),
         "email": None, "address": None, "pets": [{"name": pet, "species": "cat", "last_visit": "2025-02-19"}]},
    ]
    slots = {"calendar": f"{P(login(vet, 'g.f'))}@fernwoodvets", "free": ["2026-12-04T09:00", "2026-12-04T11:40",
                                                                        "2026-12-07T15:20"]}
    return (
        "Our booking assistant booked the wrong client. Full run log below (we log everything in staging). "
        "Where did it go wrong, and what guard would have stopped it?\n\n"
        f"[run 7f3a] inbound web chat, session ip={IP(ip)}\n"
        f"[run 7f3a] user: hi its {P(owner.first)}, can {pet} have her booster next week? any morning is fine\n"
        f"[run 7f3a] tool_call search_clients {{\"query\": \"{pet}\"}}\n"
        f"[run 7f3a] tool_result {dumps(clients, None)}\n"
        f"[run 7f3a] assistant(thinking): two clients have a pet called {pet}. The user said 'her', the dog is "
        "female in the notes. Picking the first.\n"
        f"[run 7f3a] tool_call get_free_slots {{\"vet\": \"{P(vet.full)}\", \"from\": \"2026-12-04\"}}\n"
        f"[run 7f3a] tool_result {dumps(slots, None)}\n"
        f"[run 7f3a] tool_call create_appointment {{\"client_id\": \"{clients[1]['client_id']}\", \"pet\": \"{pet}\", "
        "\"slot\": \"2026-12-04T09:00\", \"reason\": \"booster\"}\n"
        "[run 7f3a] tool_result {\"ok\": true, \"appointment_id\": \"A-" + str(c.num(100000, 999999)) + "\"}\n"
        f"[run 7f3a] tool_call send_sms {{\"to\": \"{T(ph2)}\", \"text\": \"Hi {P(other.given.split()[0])}, "
        f"{pet} is booked in with {P(vet.first)} on Fri 4 Dec at 9:00. Reply C to cancel.\"}}\n"
        "[run 7f3a] tool_result {\"ok\": true, \"segments\": 1}\n"
        f"[run 7f3a] assistant: All done {P(owner.first)}! {pet} is booked for Friday 4 December at 9:00 with "
        f"{P(vet.first)}. You'll get a text to confirm.\n"
        "[run 7f3a] end, 6 tool calls, 2.8 s, 3,412 tokens"
    )


# ===========================================================================
# ide_repo: IDE-assistant traffic
# ===========================================================================
@tpl("ide_repo")
def seed_diff(c):
    ps = c.people(3, ccs=HAS_ADDR)
    lines = ["diff --git a/db/seeds.rb b/db/seeds.rb", "index 3f1a2c0..8be41d7 100644",
             "--- a/db/seeds.rb", "+++ b/db/seeds.rb", "@@ -12,6 +12,24 @@ Plan.find_or_create_by!(code: \"basic\")",
             " ", "+# real-looking customers for the demo on Thursday"]
    for p in ps:
        a = c.addr(p.cc)
        lines.append("+Customer.create!(")
        lines.append(f"+  name: \"{P(p.full)}\",")
        lines.append(f"+  email: \"{E(email(p, c.pick(['gmail.com', 'yahoo.com', 'icloud.com']), c.pick(['g.f', 'gf'])))}\",")
        lines.append(f"+  phone: \"{T(c.phone(p.cc))}\",")
        lines.append(f"+  town: \"{L(a.town)}\",")
        lines.append("+  plan: Plan.find_by!(code: \"basic\")")
        lines.append("+)")
    lines += [" ", " puts \"Seeded #{Customer.count} customers\""]
    return ("Review this diff before I push? rubocop is happy but I'm not sure about `create!` vs `find_or_create_by!` "
            "when the seeds run twice.\n\n```diff\n" + "\n".join(lines) + "\n```")


@tpl("ide_repo")
def failing_test(c):
    p = c.person(ccs=HAS_ADDR)
    a = c.addr(p.cc)
    pc_exp = a.pc or a.town
    got_pc = pc_exp.lower() if pc_exp.upper() != pc_exp.lower() else pc_exp.replace(" ", "")
    exp_line = L(pc_exp)
    got_line = L(got_pc) if got_pc != pc_exp else L(pc_exp)
    return (
        "pytest output, the normaliser test started failing after I bumped the lib:\n\n"
        "_________________________ test_normalise_member __________________________\n\n"
        "    def test_normalise_member():\n"
        f"        raw = load_fixture(\"member_{c.num(100, 999)}.json\")\n"
        ">       assert normalise(raw) == EXPECTED\n"
        "E       AssertionError: assert {'name': "
        f"'{P(p.full.upper())}', 'postcode': '{got_line}', 'town': '{L(a.town)}'}} == "
        f"{{'name': '{P(p.full)}', 'postcode': '{exp_line}', 'town': '{L(a.town)}'}}\n"
        "E         Differing items:\n"
        f"E         {{'name': '{P(p.full.upper())}'}} != {{'name': '{P(p.full)}'}}\n"
        + (f"E         {{'postcode': '{got_line}'}} != {{'postcode': '{exp_line}'}}\n" if got_pc != pc_exp else "")
        + "\ntests/test_members.py:41: AssertionError\n"
        "========================= 1 failed, 87 passed in 2.31s =========================\n\n"
        "Which part of normalise() should I look at?"
    )


@tpl("ide_repo")
def log_user_lines(c):
    ps = c.people(3)
    ips = ["10.20.4.17", "192.168.1.44", "81.174.22.9", "10.0.12.201", "176.58.109.3", "100.64.8.12"]
    lines = []
    t = c.num(10, 50)
    for i, p in enumerate(ps):
        lg = login(p, c.pick(["gf", "g.f", "fg", "g_f"]))
        ip = ips[(i + c.num(0, 5)) % len(ips)]
        lines.append(f"2026-11-30T08:{t + i:02d}:1{i}Z INFO  auth.session user={P(lg)} ip={IP(ip)} method=password ok=true")
        lines.append(f"2026-11-30T08:{t + i:02d}:2{i}Z WARN  booking.sync user={P(lg)} msg=\"calendar token expired\" retry=3")
    lines.append(f"2026-11-30T08:{t + 4:02d}:02Z ERROR booking.sync user={P(login(ps[0], 'gf'))} "
                 f"display_name=\"{P(ps[0].full)}\" err=\"429 Too Many Requests\"")
    return ("These are from our booking app's log. Write a Loki query that counts expired-token warnings per user "
            "per hour.\n\n```\n" + "\n".join(lines) + "\n```")


@tpl("ide_repo", fills=2)
def mailmap(c):
    ps = c.people(3)
    lines = ["# .mailmap"]
    for p in ps:
        lines.append(f"{P(p.full)} <{E(email(p, 'riverbend-coop.org', 'g.f'))}> "
                     f"<{E(login(p, c.pick(['gf', 'fg'])) + str(c.num(1, 99)) + '@users.noreply.github.com')}>")
    lines.append(f"{P(ps[1].full)} <{E(email(ps[1], 'riverbend-coop.org', 'g.f'))}> {P(ps[1].first.lower())} "
                 f"<{E(login(ps[1], 'g') + '@laptop.local')}>")
    return ("After adding this .mailmap, `git shortlog -sne` still lists two entries for the same person. "
            "What's wrong with the last line?\n\n" + "\n".join(lines))


@tpl("ide_repo")
def codeowners(c):
    ps = c.people(3)
    h = [login(p, c.pick(["gfam", "fg", "g_f"])) for p in ps]
    lines = ["# CODEOWNERS — last reviewed Nov 2026", "*                         @tidewater/maintainers",
             f"/booking/                 @{P(h[0])}", f"/booking/payments/        @{P(h[0])} @{P(h[1])}",
             f"/docs/                    {E(email(ps[2], 'tidewater.coop', 'g.f'))}",
             f"/mobile/                  @{P(h[2])}", "/infra/terraform/         @tidewater/ops"]
    return ("GitHub says \"Unknown owner on line 5\" in CODEOWNERS. Is it the e-mail? Whole file:\n\n```\n"
            + "\n".join(lines) + "\n```\n" + f"{P(ps[2].first)} left the org last month if that matters.")


@tpl("ide_repo", fills=2)
def package_json(c):
    a, b1, b2 = c.people(3)
    pkg = {
        "name": "@harbourlight/booking-widget",
        "version": "2.4.0-beta.3",
        "description": "Embeddable booking widget for small ferry and tour operators",
        "author": f"{P(a.full)} <{E(email(a, 'gmail.com', 'gfam'))}>",
        "contributors": [
            {"name": P(b1.full), "email": E(email(b1, "harbourlight.io", "g"))},
            f"{P(b2.full)} (https://github.com/{P(login(b2, 'fg'))})",
        ],
        "license": "MIT",
        "main": "dist/index.js",
        "scripts": {"build": "tsup src/index.ts", "test": "vitest run"},
        "engines": {"node": ">=18"},
    }
    return ("npm publish prints `npm WARN publish \"contributors[1]\" should be an object`. Is the string form "
            "not allowed any more?\n\n```json\n" + dumps(pkg) + "\n```")


@tpl("ide_repo", fills=2)
def dockerfile_label(c):
    p = c.person()
    q = c.person()
    return (
        "hadolint flags DL4000 on this, what's the modern way?\n\n```dockerfile\n"
        "FROM python:3.12-slim\n"
        f"MAINTAINER {P(p.full)} <{E(email(p, 'lakesidepharmacy.net', 'g.f'))}>\n"
        f"LABEL org.opencontainers.image.authors=\"{E(email(q, 'lakesidepharmacy.net', 'gf'))}\" \\\n"
        "      org.opencontainers.image.source=\"https://git.lakesidepharmacy.net/ops/rounds\" \\\n"
        "      org.opencontainers.image.version=\"1.8.2\"\n"
        "WORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n"
        "COPY . .\nUSER 10001\nCMD [\"gunicorn\", \"rounds.wsgi:app\", \"-b\", \"0.0.0.0:8080\"]\n```"
    )


@tpl("ide_repo")
def docstring_example(c):
    p = c.person(ccs=HAS_ADDR)
    a = c.addr(p.cc)
    lines = a.lines()
    ex_lines = "\n".join("    " + x for x in lines)
    return (
        "Can you turn this docstring into a proper doctest that passes? The example is a real customer from the "
        "ticket, I'll swap it before merging.\n\n```python\n"
        "def format_label(customer):\n"
        "    \"\"\"Return the shipping label block for a customer.\n\n"
        "    Example:\n"
        f"    >>> c = Customer(name=\"{P(p.full)}\", street=\"{L(a.street)}\", town=\"{L(a.town)}\", "
        f"postcode=\"{L(a.pc) if a.pc else ''}\", country=\"{a.cc}\")\n"
        "    >>> print(format_label(c))\n"
        f"    {P(p.full.upper())}\n"
        f"{ex_lines}\n"
        "    \"\"\"\n"
        "    ...\n```"
    )


# ===========================================================================
# small_business
# ===========================================================================
@tpl("small_business")
def dental_recall(c):
    ps = c.people(4, ccs=["GB", "IE", "AU", "NZ"])
    rows = ["| Patient | Last check-up | Phone | Note |", "|---|---|---|---|"]
    notes = ["prefers mornings", "text not call", "hygienist too", "moved? letter returned"]
    for p, n in zip(ps, notes):
        rows.append(f"| {P(p.family.upper() + ', ' + p.given if p.family else p.full)} | "
                    f"{c.num(1, 28)}/0{c.num(1, 9)}/2025 | {T(c.phone(p.cc))} | {n} |")
    return ("Recall list from the practice system (6-month check-ups overdue). Write a short friendly SMS "
            "for each, under 160 characters, signed \"Harbour View Dental\". Don't mention prices.\n\n" + "\n".join(rows))


@tpl("small_business")
def plumber_jobsheet(c):
    p = c.person(ccs=["GB", "IE", "AU", "NZ", "US", "CA"])
    a = c.addr(p.cc)
    cur = {"GB": "£", "IE": "€"}.get(p.cc, "$")
    job = c.num(2200, 2899)
    return (
        f"JOB SHEET #{job}\n"
        f"Customer: {P(p.full)}\n"
        f"Address:\n{a.block(indent='  ')}\n"
        f"Mob: {T(c.phone(p.cc))}   (wife answers if he's at work — ask for {P(c.person().first)})\n"
        "Access: side gate, dog is friendly, park on the verge not the drive\n"
        "Work: replace leaking TRV bedroom 2, bleed rads, check boiler pressure (was 0.4 bar)\n"
        f"Parts: TRV 15mm x1 {cur}{c.num(18, 29)}.50, PTFE, inhibitor 500ml {cur}12.99\n"
        f"Labour: 1.5 h @ {cur}{c.num(55, 75)}/h\nPaid: card, auth code {c.num(100000, 999999)}\n\n"
        "Turn this into an invoice email with the tax shown separately. Keep the job number in the subject."
    )


@tpl("small_business", fills=2)
def wedding_seating(c):
    ps = c.people(7)
    t1 = f"{P(ps[0].full)} & {P(ps[1].first)}, {P(ps[2].full)}, Auntie {P(ps[3].first)}"
    t2 = f"{P(ps[4].full)} (+1), {P(ps[5].first)} and the kids, {P(ps[6].full)} — vegetarian"
    return (
        "Seating plan for Saturday, we have 2 tables left to sort and I'm stressed. Rules: exes can't sit together "
        f"({P(ps[1].first)} and {P(ps[5].first)}), the two vegetarians should be near the window.\n\n"
        f"Table 4 (window): {t1}\nTable 5: {t2}\n"
        "Top table is done. 112 guests total, 14 tables of 8.\n\nCan you suggest a swap that fixes it?"
    )


@tpl("small_business", fills=2)
def deposit_letter(c):
    t = c.person(ccs=HAS_ADDR)
    t2 = c.person()
    ll = c.person()
    a = c.addr(t.cc)
    amt = c.num(6, 14) * 100
    return (
        "Please tidy up this letter, it sounds too harsh:\n\n"
        f"Dear {P(t.full)} and {P(t2.full)},\n\n"
        f"Re: {a.one_line()}\n\n"
        f"Your tenancy ended on 31 October. Your deposit of {amt}.00 is held with the deposit scheme under "
        f"reference DPS-{c.num(10**7, 10**8 - 1)}. I am keeping back {c.num(120, 380)}.00 for cleaning of the oven "
        "and the carpet in the back bedroom, receipts attached. The rest will be paid back within 10 days.\n\n"
        f"If you don't agree you can raise a dispute. You can ring me on {T(c.phone(a.cc))}.\n\n"
        f"{P(ll.full)}\nLandlord"
    )


@tpl("small_business")
def vet_confirmation(c):
    p = c.person(ccs=HAS_ADDR)
    pet = c.pick(["Bella", "Biscuit", "Mango", "Pepper", "Kuro", "Simba"])
    vet = c.person()
    a = c.addr(p.cc)
    return (
        "Translate this appointment confirmation into plain English, shorter, for an SMS (our system cuts at 300 chars):\n\n"
        f"Dear {P(p.full)}, we are pleased to confirm that {pet} has an appointment for annual vaccination and health "
        f"check with {'Dr ' + P(vet.family) if vet.family else P(vet.full)} on Friday 4 December 2026 at 11:40 at our "
        f"{L(a.town)} surgery. Please arrive 10 minutes early and bring {pet}'s vaccination card. If you need to "
        f"rebook, ring reception on {T(c.phone(a.cc))} at least 24 hours before. Cancellations with less notice may be "
        "charged 25.00. Ref APPT-" + str(c.num(100000, 999999)) + "."
    )


@tpl("small_business")
def taxi_dispatch(c):
    ps = c.people(4, ccs=["NG", "GH", "KE", "IN", "PK", "ZA", "PH", "TZ", "ET", "SN", "NP", "BD", "LK"])
    drivers = c.people(2)
    lines = []
    t = c.num(6, 9)
    for i, p in enumerate(ps):
        a = c.addr(p.cc)
        lines.append(f"{t:02d}:{10 + i * 11:02d}  PU {L(a.street)}, {L(a.town)}  pax {P(p.first if i % 2 else p.full)}  "
                     f"cb {T(c.phone(p.cc))}  car {c.num(3, 40)} ({P(drivers[i % 2].first)})  fare {c.num(300, 4000)}")
    return ("dispatch log from this morning, the app double-booked car 12 somewhere. can you find where two jobs "
            "overlap in time for the same driver?\n\n" + "\n".join(lines))


@tpl("small_business")
def ferry_booking(c):
    lead = c.person(ccs=HAS_ADDR)
    ps = c.people(2)
    a = c.addr(lead.cc)
    ref = f"{chr(65 + c.num(0, 25))}{chr(65 + c.num(0, 25))}{c.num(100000, 999999)}"
    reg = c.pick(["KX19 WDF", "YD68 LNP", "231-D-4471", "GHJ 412"])
    return (
        f"BOOKING CONFIRMATION {ref}\nRoute: Oban – Castlebay   Sailing: 05 Dec 2026 13:30\n"
        f"Lead passenger: {P(lead.full)}\n"
        f"Address: {a.one_line(country=True)}\n"
        f"Mobile: {T(c.phone(lead.cc))}   Email: {E(email(lead, 'gmail.com', 'g.f'))}\n"
        f"Passengers: 3 adult — {P(lead.full)}, {P(ps[0].full)}, {P(ps[1].full)}\n"
        f"Vehicle: car under 5m, reg {reg}\n"
        f"Total paid: £{c.num(90, 260)}.{c.num(10, 90)}   Card ending {c.num(1000, 9999)}\n\n"
        "The customer wants to move to the Sunday sailing and add a bike. Write the reply with the change fee (£12) "
        "and what they need to do."
    )


@tpl("small_business", fills=2)
def club_roster(c):
    ps = c.people(4)
    rows = ["Member no.;Surname;Forename;Category;Emergency contact;Emergency tel"]
    for p in ps:
        em = c.person()
        sur = P(p.family.upper()) if p.family else ""
        fore = P(p.given) if p.family else P(p.full)
        rows.append(f"{c.num(1000, 1999)};{sur};{fore};{c.pick(['Senior', 'Junior', 'Vet 40+', 'Social'])};"
                    f"{P(em.full)};{T(c.phone(em.cc))}")
    return ("Membership roster for the 2027 renewals (export from the club database, semicolons). "
            "Make a mail merge list of everyone in the Junior category plus their emergency contact.\n\n" + "\n".join(rows))


# ===========================================================================
# public_services
# ===========================================================================
@tpl("public_services")
def permit_application(c):
    p = c.person(ccs=HAS_ADDR)
    agent = c.person()
    a = c.addr(p.cc)
    return (
        "Check this permit application for missing fields before I submit it to the town hall portal:\n\n"
        "APPLICATION FOR TEMPORARY STRUCTURE / SKIP ON THE HIGHWAY\n"
        f"Applicant name: {P(p.full)}\n"
        f"Site address: {L(a.street)}\n"
        f"Town: {L(a.town)}        Postcode: {L(a.pc) if a.pc else ''}\n"
        f"Daytime tel: {T(c.phone(p.cc))}\n"
        f"Agent (if any): {P(agent.full)}, Hillside Building Services\n"
        "Structure: scaffold, 6.0 m x 1.2 m, footway only\n"
        "Dates: 07/12/2026 to 22/01/2027\n"
        f"Public liability insurance: policy PL/{c.num(100000, 999999)}/26, cover 5,000,000\n"
        "Fee: 85.00 (not yet paid)"
    )


@tpl("public_services")
def library_overdue(c):
    p = c.person(ccs=HAS_ADDR)
    a = c.addr(p.cc)
    card = "2" + "".join(str(c.num(0, 9)) for _ in range(13))
    books = c.pick([
        ["Things Fall Apart – Chinua Achebe", "The Remains of the Day – Kazuo Ishiguro"],
        ["Pedro Páramo – Juan Rulfo", "The Year of the Flood – Margaret Atwood"],
        ["Half of a Yellow Sun – Chimamanda Ngozi Adichie", "Norwegian Wood – Haruki Murakami"],
    ])
    return (
        "Rewrite this overdue notice so it's friendlier and mentions the fines amnesty in December:\n\n"
        f"{P(p.full.upper())}\n{a.block()}\n\n"
        f"Borrower no. {card}\n\n"
        "The following items are now 21 days overdue:\n"
        + "".join(f"  - {b} (due 09/11/2026)\n" for b in books)
        + f"Please return them to {L(a.town)} Library or renew online. Current charges: {c.num(1, 6)}.{c.num(10, 90)}"
    )


@tpl("public_services")
def foodbank_referral(c):
    p = c.person(ccs=["GB"])
    worker = c.person()
    sis = c.person()
    a = c.addr(p.cc)
    return (
        "Can you fill the voucher text from this referral? Keep it to what the food bank needs.\n\n"
        f"Referring agency: Citizens Advice, {L(a.town)} — {P(worker.full)} ({T(c.phone(a.cc))})\n"
        f"Client: {P(p.full)}\n"
        "Household: 1 adult, 2 children (4 and 9)\n"
        f"Address: no fixed address at the moment, staying with her sister {P(sis.first)} at {L(a.street)}"
        + (f", {L(a.pc)}" if a.pc else "") + "\n"
        "Reason: benefit delay (UC advance refused), cooker not working so no tins that need heating\n"
        "Dietary: halal; youngest has nut allergy\n"
        f"Client contact: {T(c.phone(p.cc))} (pay-as-you-go, often out of credit — text first)"
    )


@tpl("public_services", fills=2)
def council_tax(c):
    p = c.person(ccs=["GB"])
    a_new = c.addr("GB")
    a_old = c.addr("GB")
    return (
        "Help me write to the council, I've been billed for two properties:\n\n"
        f"my name is {P(p.full)}, council tax account 40{c.num(1000000, 9999999)}. I moved out of {L(a_old.street)}, "
        f"{L(a_old.town)} {L(a_old.pc)} on 30 September and into {L(a_new.street)}, {L(a_new.town)} {L(a_new.pc)} on the same day. "
        f"I still got a bill for the old one for October and November (£{c.num(150, 260)}.{c.num(10, 99)} each). "
        f"The new landlord is {P(c.person().full)} if they need to check. My number is {T(c.phone('GB'))}. "
        "I also want to apply for the single person discount at the new address."
    )


@tpl("public_services", fills=2)
def church_newsletter(c):
    ps = c.people(7)
    fr = c.person(where=lambda p: bool(p.family) and not p.family.endswith("."))
    a = c.addr(ps[1].cc) if ps[1].cc in HAS_ADDR else c.addr("GB")
    return (
        "Proofread this week's newsletter, keep the tone. Fix the dates if they're inconsistent (Advent Sunday is "
        "29 November this year).\n\n"
        "ST BRIGID'S PARISH — NEWS FOR THE WEEK OF 30 NOVEMBER\n\n"
        "**Advent wreaths** are on sale at the back of church, £6. Thank you to the Tuesday group for making them.\n\n"
        f"**Please pray for** {P(ps[0].full)}, who is in hospital after a fall, and for the family of "
        f"{P(ps[1].full)}, whose funeral will be on Thursday 3 December at 11am. Cards can be left at the parish "
        f"office or sent to the family at {a.one_line()}.\n\n"
        f"**Flower rota** for December: {P(ps[2].first)} and {P(ps[3].full)} (6th), the Guild (13th), "
        f"{P(ps[4].full)} (20th). If you can help on the 27th please tell {P(ps[2].first)}.\n\n"
        "**Christmas Masses**: Vigil 6pm, Midnight 11.30pm, Christmas Day 10am. The Feast of St Stephen "
        "(26th) there is one Mass at 10am.\n\n"
        "**Carol service** is on Sunday 20 December at 6pm, mince pies after in the hall. The choir rehearses "
        "Wednesdays 7.30pm until then — all voices welcome, especially tenors.\n\n"
        f"**Lifts to Mass**: if you can no longer drive and would like a lift on Sundays, {P(ps[3].first)} is "
        "keeping a list. Drivers who can spare one Sunday a month, please add your name on the sheet.\n\n"
        f"**Foodbank collection**: the box is by the door. {P(ps[5].full)} collects it every Monday, please no glass jars.\n\n"
        f"**Parish office** is open Tues and Thurs 10–1. Father {P(fr.family)} is on retreat 7–11 December; for "
        f"emergencies ring {P(ps[6].full)} on {T(c.phone(ps[6].cc))}.\n\n"
        "Gift Aid envelopes for 2027 are ready — numbers 1 to 240. Collection last week: £812.40. Thank you."
    )


@tpl("public_services", fills=2)
def school_bus_rota(c):
    parents = c.people(4)
    kids = c.people(4)
    stops = ["by the Co-op", "corner of the chapel lane", "the old petrol station", "outside no. 9 (blue gate)"]
    rows = ["| Week | Driving parent | Mobile | Kids | Pick-up |", "|---|---|---|---|---|"]
    for i, (p, k) in enumerate(zip(parents, kids)):
        rows.append(f"| {i + 1} | {P(p.full)} | {T(c.phone(p.cc))} | {P(k.given.split()[0])}, "
                    f"{P(kids[(i + 1) % 4].given.split()[0])} | {stops[i]} 7:45 |")
    return ("our village school bus got cut so the parents made a car rota. can you turn this into a printable "
            "one-page calendar for Dec–Jan, skipping 21 Dec – 4 Jan?\n\n" + "\n".join(rows))


@tpl("public_services")
def pharmacy_round(c):
    cc = ["GB", "US", "GB"][c.n]
    ps = c.people(5, ccs=[cc])
    drv = c.person()
    out = [f"Delivery round {c.pick(['A', 'B', 'C'])} — Wednesday — driver {P(drv.first)}", ""]
    for i, p in enumerate(ps, 1):
        a = c.addr(p.cc)
        parcels = c.num(1, 3)
        extra = c.pick(["leave with neighbour if out", "knock loud, hard of hearing", "key in safe, code with office",
                        "controlled drug – signature needed", "do not leave on step"])
        out.append(f"{i}. {P(p.full)} — {a.one_line()} — {T(c.phone(p.cc))} — {parcels} bag(s) — {extra}")
    out += ["", "Total bags: see manifest. Return unclaimed CDs to the pharmacist same day."]
    return ("Put this round in a sensible driving order. We start and finish at the pharmacy. If two stops are in the "
            "same town, keep them together.\n\n" + "\n".join(out))


# ===========================================================================
# world_addresses: each country's own layout, landmarks, rural routes, PO boxes, blocks and lots
# ===========================================================================
LANDMARK_CC = ["NG", "GH", "KE", "IN", "PK", "SN", "TZ", "ET", "NP", "BD"]


@tpl("world_addresses")
def courier_landmark(c):
    p = c.person(ccs=LANDMARK_CC)
    a = c.addr(p.cc)
    ph = c.phone(p.cc)
    parts = [L(a.street)] + [L(x) for x in (a.district, a.town, a.region) if x]
    return (
        "Our courier app's address parser keeps failing on addresses like this one. Customer note as typed:\n\n"
        f"> deliver to {P(p.full)}, {', '.join(parts)}. "
        f"when you reach the junction call me on {T(ph)} and i will come out. "
        "pls dont give to the gateman, he is not my person 🙏\n\n"
        f"Order ref {c.num(10**8, 10**9 - 1)}, COD amount {c.num(2, 40) * 500}. "
        "What fields should the parser output, and which of them would a geocoder actually use?"
    )


@tpl("world_addresses")
def po_box_rural(c):
    p = c.person(ccs=["US", "AU", "CA", "KE"], where=lambda p: True)
    opts = [a for a in ADDRS if a.cc == p.cc and re.match(r"(PO Box|P\.O\. Box|RR |RMB |General Delivery|Lot )", a.street)]
    a = opts[c.use["rural:" + p.cc] % len(opts)]
    c.use["rural:" + p.cc] += 1
    return (
        "Seed catalogue order came in by post, I've typed it up. The website checkout rejects PO boxes — what's the "
        "least-bad way to ship this?\n\n"
        f"Name: {P(p.full)}\n{a.block()}\n"
        f"Phone (day): {T(c.phone(p.cc))}\n"
        f"Order: 3 x heirloom bean mix (SKU HB-{c.num(100, 999)}), 1 x garlic sets 500 g, total {c.num(30, 90)}.{c.num(10, 95)}"
    )


@tpl("world_addresses")
def block_lot(c):
    p = c.person(ccs=["PH", "MX", "HK", "MN", "MY", "ID", "RO", "AT"])
    a = c.addr(p.cc)
    return (
        "Which of these address lines would you put in address1 vs address2 on an international shipping form? "
        "The form only has 2 lines of 35 characters.\n\n"
        f"{P(p.full)}\n{a.block(country=True)}\n"
        f"Tel. {T(c.phone(p.cc))}"
    )


@tpl("world_addresses")
def far_order(c):
    p = c.person(ccs=["JP", "KR", "CN", "TW", "HU"])
    a = c.addr(p.cc)
    hon = " 様" if p.cc == "JP" else ""
    return (
        "The warehouse printed this label upside down in terms of order (biggest unit first) and the carrier rejected "
        "it. Rewrite it in the order our carrier wants (name, street, town, region, postcode, country), one per line:\n\n"
        f"{a.block()}\n{P(p.full)}{hon}\n{T(c.phone(p.cc))}"
    )


@tpl("world_addresses")
def postcode_only(c):
    cc = ["GB", "AU", "NZ"][c.n]
    ps = c.people(3, ccs=[cc])
    lines = []
    for p in ps:
        a = c.addr(p.cc)
        while not a.pc:
            a = c.addr(p.cc)
        lines.append(f"- {P(p.first)}: {L(a.pc)} ({c.pick(['garage conversion', 'loft insulation', 'new boiler', 'fence 12m'])})")
    return ("Three quote requests came in over the weekend, the form only asks for first name and postcode. "
            "Can you estimate travel time from our yard for each so I can prioritise?\n\n" + "\n".join(lines))


# ===========================================================================
# phones_mixed: local phone numbers beside numbers that are not phones
# ===========================================================================
@tpl("phones_mixed")
def order_sms(c):
    p = c.person()
    ph = c.phone(p.cc)
    return (
        "Why does our SMS gateway split this into 3 parts? It should fit in 2.\n\n"
        f"Hi {P(p.first)}! Order #{c.num(10**7, 10**8 - 1)} ({c.num(2, 9)} items, total {c.num(1000, 9999)}.{c.num(10, 99)}) "
        f"is packed. Tracking: 1Z{c.num(10**5, 10**6 - 1)}E{c.num(10**8, 10**9 - 1)}. Delivery window 14:00-16:00 on 03/12. "
        f"Driver will call {T(ph)} on arrival. Questions? Reply to this message. Ref CS-{c.num(1000, 9999)}"
    )


WORDS = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
         "8": "eight", "9": "nine"}


@tpl("phones_mixed")
def voicemail(c):
    p = c.person(ccs=["GB", "IE", "AU", "NZ", "US", "CA"])
    ph = c.phone(p.cc)
    spoken = ", ".join(" ".join(WORDS[d] for d in grp) for grp in re.findall(r"\d+", ph))
    return (
        "Voicemail transcripts from the shop line (auto-transcribed, bad punctuation). Which ones need a callback today?\n\n"
        f"1) 09:14 \"hi it's {P(p.full.lower())} about the sofa repair quote number {c.num(300, 899)} um could you call me back "
        f"on {T(spoken)} thats {T(ph)} thanks\"\n"
        f"2) 10:02 \"yeah hello it's about the order for the 3 chairs I'll try again later\"\n"
        f"3) 11:47 \"this is a message for accounts, invoice {c.num(10000, 99999)} for {c.num(100, 900)} pounds 50 was paid on the 12th\""
    )


@tpl("phones_mixed", fills=2)
def reception_directory(c):
    ps = c.people(4)
    kinds = ["mob", "cell", "WhatsApp", "ext"]
    lines = ["RECEPTION QUICK LIST (updated 27/11)", ""]
    for p, k in zip(ps, kinds):
        ph = c.phone(p.cc)
        if k == "ext":
            lines.append(f"{P(p.full)} – office {T(ph + ' ext. ' + str(c.num(10, 49)))} – room {c.num(1, 20)}")
        else:
            lines.append(f"{P(p.full)} – {k} {T(ph)} – locker {c.num(100, 199)}")
    lines += ["", "Door code changes 1st of month (now 4471#). Alarm company account 88-2041."]
    return "Make this into a neat table with columns name / how to reach / where:\n\n" + "\n".join(lines)


# ===========================================================================
# name_forms: surname first, initials, nicknames, given names only, long names, one case, mononyms
# ===========================================================================
@tpl("name_forms")
def surname_first_badges(c):
    ps = c.people(4, where=lambda p: bool(p.family))
    lines = []
    for p in ps:
        lines.append(f"{P(p.family.upper())} {P(p.given)} — {c.pick(['Speaker', 'Delegate', 'Exhibitor', 'Volunteer'])}")
    return ("Badge list for the regional co-op conference. The printer wants \"Given FAMILY\" instead of "
            "\"FAMILY Given\". Reorder them, but keep the capitals on the family name:\n\n" + "\n".join(lines))


@tpl("name_forms")
def initials_nicknames(c):
    ps = c.people(3, where=lambda p: bool(p.nick) and bool(p.family) and not p.family.endswith(".")
                  and len(p.given.split()) <= 2)
    q = c.person(where=lambda p: len(p.given.split()) >= 1 and bool(p.family))
    lines = []
    for p in ps:
        init = ". ".join(x[0] for x in p.given.replace("-", " ").split()) + "."
        lines.append(f"- {P(init + ' ' + p.family)} (\"{P(p.nick)}\") — {c.pick(['early', 'late', 'split'])} shift")
    lines.append(f"- {P(q.given[0] + '. ' + q.family)} — nights")
    return ("Staff rota for the café, the owner writes initials and nicknames. Make a version that uses just the "
            "nicknames for the whiteboard, and initials for the payroll sheet.\n\n" + "\n".join(lines))


@tpl("name_forms")
def given_only_chat(c):
    ps = c.people(4)
    n = [P(p.first) for p in ps]
    return (
        "turn these notes from the allotment committee into minutes:\n\n"
        f"- {n[0]} says the water trough by plot 14 leaks again\n"
        f"- ask {n[1]} if the shed key can go back in the box, {n[2]} had it last\n"
        f"- {n[3]} offered to do the compost order (£240, 8 bulk bags)\n"
        f"- next meeting 12 Jan, {n[1]}'s house"
    )


@tpl("name_forms", fills=2)
def long_names(c):
    p = c.person(where=lambda p: len(p.full) >= 26)
    fam = ascii_fold(p.family or p.full).upper().replace(" ", "").replace("-", "")
    giv = ascii_fold(p.given).upper().replace(" ", "").replace(".", "")
    return (
        "The airline's booking field cut off the name and now it doesn't match the passport. Passport says:\n\n"
        f"  Surname: {P(p.family.upper()) if p.family else P(p.full.upper())}\n"
        f"  Given names: {P(p.given.upper())}\n\n"
        f"Booking shows {P(fam[:16] + '/' + giv[:10])} MS. Is that acceptable or do I need to call them? "
        f"Flight is {c.pick(['TK1980', 'QR017', 'EK29', 'LH902'])} on 19 December."
    )


@tpl("name_forms")
def shouted_parcel(c):
    p = c.person(ccs=HAS_ADDR)
    q = c.person()
    a = c.addr(p.cc)
    return (
        "spellcheck the shop's note for the door, keep the caps:\n\n"
        f"PARCEL FOR {P(p.full.upper())} — COLLECT FROM REAR DOOR AFTER 4PM. "
        f"IF {P(q.first.upper())} IS ON THE TILL ASK FOR THE KEY. NOT {L(a.street.upper())}, "
        "WE ARE THE SHOP NEXT DOOR!!"
    )


@tpl("name_forms", fills=2)
def mononym_form(c):
    mono = [x for x in PEOPLE if not x.family]
    p = c.person(where=lambda x: x is mono[c.n % len(mono)])
    q = c.person()
    return (
        "Our visa-letter form has required First name and Last name fields. For a guest with one name the agency "
        "filled it like this:\n\n"
        f"First name: FNU\nLast name: {P(p.full.upper())}\n"
        f"Host: {P(q.full)}\n\n"
        "Is \"FNU\" standard? Should our form allow an empty first name instead?"
    )


# ===========================================================================
# PII-free rows. Each template is a list of hand-written variants, one row each.
# ===========================================================================
def clean(cls, variants):
    def deco(fn):
        TEMPLATES.append((cls, fn.__name__, len(variants), lambda c, _v=variants: _v[c.n]))
        return fn
    return deco


@clean("clean_general", [
    "Why is St Brigid's Day a public holiday in Ireland now, and what's the story with the rush crosses? "
    "Need two paragraphs for a primary school assembly.",
    "Quick one for a pub quiz: which saint is Wales's patron, when is his feast, and why do people wear leeks and "
    "daffodils? Keep it to 3 facts.",
    "Write a 150-word bio of Wangari Maathai for a tree-planting poster: Green Belt Movement, Nobel Peace Prize 2004, "
    "and the line about hummingbirds if you know it.",
])
def saints_and_figures(c):
    pass


@clean("clean_general", [
    "Book club question: in Things Fall Apart, is Okonkwo's fear of being like his father Unoka the real reason for "
    "what happens to Ikemefuna? Give me arguments for and against.",
    "In Pedro Páramo, who is actually narrating when Juan Preciado is already dead? I got lost around the part with "
    "Dorotea.",
    "Compare how Úrsula Iguarán and Fermina Daza deal with ageing in One Hundred Years of Solitude and Love in the "
    "Time of Cholera. Essay plan, 5 points.",
])
def novels_characters(c):
    pass


@clean("clean_general", [
    "In Spirited Away why does Yubaba take Chihiro's name, and what does Haku mean when he says he can't remember his? "
    "My 9-year-old is asking.",
    "Is it worth showing Whale Rider to a Year 8 class? What themes about Paikea and her grandfather Koro would you "
    "pick for discussion?",
])
def films(c):
    pass


@clean("clean_general", [
    "Is Svolvær a good base for the Lofoten islands in February, or is Reine better for seeing the northern lights "
    "without a car?",
    "Planning a trip: how many days for Sagada and Banaue, and is the road from Baguio OK in the rainy season?",
    "What's the drive like from Esquel to El Bolsón in April? Worth stopping at Trevelin for the Welsh tea houses?",
])
def travel_questions(c):
    pass


@clean("clean_trade", [
    "Menu card help: give me one-line descriptions for Eggs Benedict, Peach Melba, Beef Stroganoff and a Caesar "
    "salad, and say which ones are gluten-free as standard.",
    "Settle an argument: was pavlova invented in Australia or New Zealand? And are lamingtons named after a governor?",
    "Customer asked if our Margherita is named after a queen. True? Also where does the name nachos come from?",
])
def dishes_named(c):
    pass


@clean("clean_trade", [
    "Parse these into a table (type, value): SKU HB-2231-GRN, invoice INV-2026-0417, PO 4500218841, tracking "
    "1Z 4F2 881 03 9821 7706, batch 0701 224 918, firmware v4.12.0-rc2, EAN 5012345678900.",
    "Our ERP exports order numbers like 0803-41277-65 and 0912 3847 75. Write a regex that matches only these order "
    "numbers and not our SKUs (AB-12345).",
    "Which of these is a valid ISBN-13 and which is an EAN for a grocery item: 9780385474542, 5000157024671, "
    "9781400033416? Show the check digit maths.",
])
def ids_and_numbers(c):
    pass


@clean("clean_trade", [
    "Make this sign look less angry but keep it in capitals:\n\nCLOSED ST STEPHEN'S DAY AND NEW YEAR'S DAY. "
    "PRESCRIPTIONS MUST BE ORDERED BY 21 DEC. NO EXCEPTIONS!!!",
    "Proofread: PLEASE RING BELL FOR ASSISTANCE. DELIVERIES TO THE SIDE DOOR. MAY DAY BANK HOLIDAY HOURS 10-2.",
    "translate to spanish and polish for the laundrette window: NO DYEING IN MACHINES. LAST WASH 8PM. "
    "CHANGE MACHINE TAKES £1 AND £2 COINS ONLY.",
])
def caps_notices(c):
    pass


@clean("clean_agent", [
    "The agent called get_weather and then told the user it would be sunny. Is that right?\n\n"
    '{"tool": "get_weather", "result": {"units": "metric", "daily": [{"date": "2026-12-02", "tmax": 7.4, '
    '"tmin": 1.2, "precip_mm": 11.8, "code": 61}, {"date": "2026-12-03", "tmax": 6.1, "tmin": -0.5, '
    '"precip_mm": 0.4, "code": 3}]}}\n\nWeather code 61 is slight rain, 3 is overcast.',
    "Tool result pasted back, why did the currency agent say 1 EUR = 0.86? \n\n"
    "convert(amount=250, from=\"EUR\", to=\"GBP\")\n-> {\"rate\": 0.8612, \"amount\": 215.30, \"as_of\": "
    "\"2026-11-30T16:00:00Z\", \"source\": \"ECB reference\"}",
    "search_web returned these for 'history of Hōkūleʻa voyage'. Summarise in 3 bullets with the years:\n\n"
    "1. Polynesian Voyaging Society – Hōkūleʻa first sailed to Tahiti in 1976 using traditional wayfinding...\n"
    "2. Mālama Honua worldwide voyage 2013–2017, 150 ports...\n3. Moananuiākea voyage around the Pacific, began 2023...",
])
def tool_output(c):
    pass


@clean("clean_agent", [
    "Fix the Handlebars so the greeting falls back to \"there\":\n\nHi {{customer.first_name}}, your order "
    "{{order.number}} ships on {{formatDate order.ship_date}}. Questions? Reply to {{support_email}}.",
    "This Jinja template renders `Dear ,` when the name is missing. Add a default:\n\n"
    "Dear {{ contact.given_name }},\nYour appointment at {{ clinic.name }} is on {{ slot.start|date }}.\n"
    "Call {{ clinic.phone }} to change it.",
    "Word mail merge shows «FirstName» «LastName» literally instead of values in the preview. The data source is an "
    "Excel file with columns FirstName, LastName, Town. What did I miss?",
])
def template_placeholders(c):
    pass


@clean("clean_technical", [
    "Is it OK for `author` to be an organisation?\n\n```json\n{\n  \"name\": \"@tidewater/ui\",\n  \"version\": "
    "\"0.9.1\",\n  \"author\": \"Tidewater Cooperative\",\n  \"license\": \"Apache-2.0\",\n  \"repository\": "
    "\"github:tidewater/ui\"\n}\n```",
    "CODEOWNERS only with teams, does the order matter?\n\n```\n*            @tidewater/maintainers\n/infra/      "
    "@tidewater/ops\n/docs/       @tidewater/docs-team\n/mobile/     @tidewater/mobile\n```",
])
def repo_no_people(c):
    pass


@clean("clean_technical", [
    "These logs only have service accounts, but the count per user looks wrong. Why?\n\n"
    "2026-11-30T02:00:01Z INFO backup.run user=svc-backup target=s3://bk-prod/nightly ok=true\n"
    "2026-11-30T02:00:03Z INFO backup.run user=svc-backup target=s3://bk-prod/nightly ok=true\n"
    "2026-11-30T02:14:44Z WARN api.auth user=anonymous path=/healthz status=401\n"
    "2026-11-30T02:15:10Z INFO report.build user=<redacted> rows=1882",
    "pytest failure, prices only:\n\n>       assert basket.total() == Decimal(\"12.50\")\nE       AssertionError: "
    "assert Decimal('12.5000') == Decimal('12.50')\n\ntests/test_basket.py:88: AssertionError\n\n"
    "Should I quantize in total() or in the test?",
])
def logs_and_tests(c):
    pass


@clean("clean_agent", [
    "Our API docs use this example. Is the 201 response shape sensible?\n\n```json\nPOST /v1/customers\n"
    "{\"name\": \"Jane Doe\", \"email\": \"jane.doe@example.com\", \"phone\": \"+1-555-0100\"}\n\n201 Created\n"
    "{\"id\": \"cus_123\", \"name\": \"Jane Doe\", \"created\": \"2026-01-01T00:00:00Z\"}\n```",
    "Für die Doku: ist „Max Mustermann, Musterstraße 1, 12345 Musterstadt“ als Beispieladresse okay oder "
    "sollten wir lieber „Erika Mustermann“ nehmen? Antwort bitte auf Englisch.",
    "In our Japanese form docs the sample name is 山田太郎 (Yamada Taro). Is that the usual placeholder, like "
    "John Smith in English? And what's the Brazilian equivalent, Fulano de Tal?",
])
def placeholder_docs(c):
    pass


@clean("clean_trade", [
    "Rewrite this for the council website in plain English:\n\nFrom 4 January, garden waste collections in Zone B "
    "move from Tuesday to Wednesday. Zone C is unchanged. Permits cost £45 per bin per year and run April to March. "
    "Bins must be at the kerb by 7am.",
    "Write the FAQ answer: can I renew library books if someone else has reserved them, and what's the maximum "
    "number of renewals? Our rules: 3 renewals, none if reserved, e-books auto-return after 21 days.",
])
def public_info(c):
    pass


@clean("clean_technical", [
    "Alexa routine runs at 7am but Siri Shortcuts can't trigger it. Is there a way to chain them, or do I need "
    "Home Assistant in the middle?",
    "Grafana Loki vs Mimir vs Tempo — which one do I need for traces and which for logs? Our stack is small.",
    "Should a small shop use Odoo or ERPNext for stock? We tried Dolibarr and hated the UI.",
])
def assistants_and_tools(c):
    pass


@clean("clean_trade", [
    "Price this café menu for a 65% gross margin, costs per portion in brackets: Eggs Benedict (£2.10), "
    "Croque Monsieur (£1.70), Victoria sponge slice (£0.55), Bakewell tart (£0.60), flat white (£0.38).",
    "Write a chalkboard special: Lamington, Anzac biscuits and a Pavlova slice, 'Aussie Day' theme, no flags.",
])
def menu_pricing(c):
    pass


# ===========================================================================
# Build, check, write
# ===========================================================================
ALLOWED = set(TYPES.values())


def build():
    rng = random.Random(SEED)
    use = Counter()
    rows = []
    for cls, name, fills, fn in TEMPLATES:
        for n in range(fills):
            c = Ctx(rng, use)
            c.n = n
            text, spans = unmark(fn(c))
            rows.append({
                "id": f"stranger5-{cls}-{name}-{n}",
                "text": text,
                "spans": spans,
                "source": SOURCE,
                "class": cls,
                "template": name,
                "locale": c.first_tag or "",
            })
    check(rows)
    return rows


def check(rows):
    ids = set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        text, prev_end = r["text"], -1
        for s in r["spans"]:
            assert s["type"] in ALLOWED, (r["id"], s)
            assert s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip(), (r["id"], s)
            assert text[s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= prev_end, (r["id"], "overlap or unsorted", s)
            prev_end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], (r["id"], r["spans"])
            assert r["locale"] == "", r["id"]
        else:
            assert r["spans"], r["id"]
        assert "⟦" not in text and "⟧" not in text, r["id"]


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def report(rows, data):
    per_class = Counter(r["class"] for r in rows)
    tpls = {(r["class"], r["template"]) for r in rows}
    per_type = Counter(s["type"] for r in rows for s in r["spans"])
    lens = [len(r["text"]) for r in rows]
    for k in sorted(per_class):
        print(f"{k:20s} {per_class[k]:4d} rows  {sum(1 for t in tpls if t[0] == k):3d} templates")
    print("spans:", dict(sorted(per_type.items())))
    personal = sum(1 for r in rows if not r["class"].startswith("clean_"))
    print(f"rows {len(rows)} (personal {personal}, clean {len(rows) - personal}), templates {len(tpls)}, "
          f"length {min(lens)}..{max(lens)} mean {sum(lens) / len(lens):.0f}")
    print("sha256", hashlib.sha256(data).hexdigest())


def main(argv):
    rows = build()
    data = serialise(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_bytes() == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs from a fresh build (rebuild with `python3 build.py`)")
        return 1
    OUT.write_bytes(data)
    report(rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
