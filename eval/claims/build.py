#!/usr/bin/env python3
"""Build the `claims` check set: prompts about insurance claims sent to a chat assistant.

Python standard library only, fixed SEED, deterministic.  Every name, street, town, phone,
date of birth, ID number and IBAN below was typed by hand; e-mail local parts and handles are
derived in code from the hand-typed names.

    python3 build.py           # write tune.jsonl, print counts
    python3 build.py --check   # rebuild in memory and compare with tune.jsonl on disk
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 5301
SET = "claims"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "claims"
ALLOWED = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}

# ---------------------------------------------------------------------------
# People, by country of residence.
# country | given | family | culture | gender | flags (sf = family name first) | romanised
# ---------------------------------------------------------------------------
PEOPLE_TXT = """
uk|Grace|Shepherd|English|f
uk|Callum|MacKinnon|Scottish|m
uk|Rhys|Pritchard|Welsh|m
uk|Aisha|Mahmood|Pakistani (Urdu)|f
uk|Oluwaseun|Adeyemi|Yoruba|m
uk|Hope|Bailey|Jamaican|f
uk|Tahmina|Begum|Bangladeshi (Sylheti)|f
uk|Dawn|Fisher|English|f
uk|Kwame|Asante|Akan|m
uk|Agnieszka|Wróbel|Polish|f
uk|Rami|Haddad|Lebanese|m
uk|Wanjiru|Kamau|Kikuyu|f
uk|Xiaoling|Chen|Chinese|f|sf
uk|Nourhan|Abdelrahman|Egyptian|f
ie|Siobhán|Ní Bhraonáin|Irish|f
ie|Cathal|Ó Dálaigh|Irish|m
ie|Declan|Brophy|Irish|m
ie|Chidi|Okonkwo|Igbo|m
ie|Ewa|Zielińska|Polish|f
ie|Mariana|Stoica|Romanian|f
ie|Aoife|Mac Giolla Phádraig|Irish|f
us|Tyrone|Whitaker|African American|m
us|Maria Guadalupe|Ramírez Soto|Mexican American|f
us|Kai|Nakamura-Reyes|Japanese American|m
us|Brooke|Summers|US|f
us|Dmitri|Volkov|Russian|m
us|Hannah|Goldberg|Ashkenazi Jewish|f
us|Minh|Nguyễn|Vietnamese|m|sf
us|Selamawit|Tesfaye|Amharic|f
us|Noa|Ben-Ami|Israeli|f
us|Seo-yeon|Han|Korean|f|sf
us|Dwayne|Pettibone|US (Appalachian)|m
ca|Geneviève|Tremblay|Québécois|f
ca|Harpreet|Kaur Sandhu|Punjabi|f
ca|Wei|Zhang|Chinese|m|sf
ca|Marc-André|Gagnon|Québécois|m
ca|Tanisha|Crowchild|First Nations (Tsuut'ina)|f
ca|Ji-woo|Park|Korean|f|sf
au|Bronwyn|Hartley|Australian|f
au|Thanh Hương|Trần|Vietnamese|f|sf
au|Jack|O'Rourke|Irish Australian|m
au|Georgios|Papadakis|Greek Australian|m
au|Mohammad|Karimi|Hazara|m
nz|Aroha|Te Huia|Māori|f
nz|Sione|Fifita|Tongan|m
nz|Mere|Ngata|Māori|f
nz|Liam|Fairweather|Pākehā|m
nz|Losa|Tuilagi|Samoan|f
za|Thandeka|Mokoena|Sotho|f
za|Pieter|van der Merwe|Afrikaans|m
za|Sibusiso|Dlamini|Zulu|m
za|Siyabonga|Ntshona|Xhosa|m
za|Fatima|Ebrahim|Cape Malay|f
in|Ananya|Bhattacharya|Bengali|f
in|Rohit|Deshpande|Marathi|m
in|Fathima|Rahiman|Malayali|f
in|Gurpreet|Singh Gill|Punjabi|m
in|Sai Krishna|Reddy|Telugu|m
in|Meenakshi|Sundaram|Tamil|f
sg|Wei Ling|Tan|Singaporean Chinese|f|sf
sg|Muhammad Hafiz|bin Rahman|Malay|m
sg|Kavitha|Subramaniam|Singaporean Tamil|f
de|Jürgen|Weißkopf|German|m
de|Sabine|Vogel|German|f
de|Emre|Yıldız|Turkish German|m
de|Dariusz|Kowalczyk|Polish|m
de|Rojda|Aslan|Kurdish|f
de|Waldemar|Reimer|Russian German|m
de|Leonie|Fuchs|German|f
de|Rania|Al-Khatib|Syrian|f
de|Jens|Hagedorn|German|m
at|Florian|Oberhuber|Austrian|m
at|Mirela|Jovanović|Serbian|f
at|Theresa|Pichler|Austrian|f
at|Goran|Babić|Croatian|m
ch|Reto|Gisler|Swiss German|m
ch|Chiara|Bernasconi|Swiss Italian|f
ch|Valbona|Krasniqi|Albanian|f
ch|Aurélie|Favre|Swiss French|f
fr|Amandine|Lefebvre|French|f
fr|Mamadou|Diallo|Fula|m
fr|Karima|Benali|Algerian|f
fr|Yannick|Le Goff|Breton|m
fr|Lucas|Renault|French|m
fr|Thị Hoa|Phạm|Vietnamese|f|sf
fr|Océane|Marchetti|Corsican|f
be|Wouter|Janssens|Flemish|m
be|Nathalie|Leclercq|Walloon|f
be|Youssef|El Amrani|Moroccan|m
be|Kevin|Mbuyi|Congolese|m
es|Rocío|Fernández Ruiz|Spanish|f
es|Iñaki|Etxeberria Goikoetxea|Basque|m
es|Jordi|Vilaró i Serra|Catalan|m
es|Paz|Vidal Morales|Spanish|f
es|Ionela|Stan|Romanian|f
es|Xosé Manuel|Outeiral|Galician|m
mx|Citlali|Tecuatl|Nahua|f
mx|Jesús|Mendoza Treviño|Mexican|m
mx|Dolores|Castañeda Ruiz|Mexican|f
mx|Baltazar|Chan Pech|Yucatec Maya|m
it|Giulia|Ferrari|Italian|f
it|Gennaro|Russo|Neapolitan|m
it|Francesca|Lombardo|Italian|f
it|Alessio|De Santis|Italian|m
it|Efisio|Porcu|Sardinian|m
pt|João|Carvalho Pires|Portuguese|m
pt|Inês|Sousa Machado|Portuguese|f
pt|Djamila|Tavares|Cape Verdean|f
pt|Manuel|Gonçalves Rebelo|Portuguese|m
pt|Rui|Antunes|Portuguese|m
pt|Filipa|Moura Teles|Portuguese|f
br|Thiago|dos Santos Oliveira|Brazilian|m
br|Maria Aparecida|da Silva|Brazilian|f
br|Iara|Potiguara|Potiguara|f
br|Fernanda|Takahashi|Japanese Brazilian|f
br|Caio|Albuquerque Lins|Brazilian|m
nl|Sanne|de Vries|Dutch|f
nl|Bram|van den Berg|Dutch|m
nl|Sevda|Öztürk|Turkish Dutch|f
nl|Rakesh|Ramdin|Surinamese Hindustani|m
nl|Sjoerd|Hoekstra|Frisian|m
pl|Małgorzata|Wiśniewska|Polish|f
pl|Paweł|Grzybowski|Polish|m
pl|Oksana|Hnatiuk|Ukrainian|f
pl|Wojciech|Bieszk|Kashubian|m
se|Linnea|Åström|Swedish|f
se|Mikael|Lind|Swedish|m
se|Hodan|Warsame|Somali|f
se|Nils-Erik|Sundqvist|Swedish|m
se|Shirin|Moradi|Persian|f
dk|Mette|Kjærgaard|Danish|f
dk|Søren|Holm|Danish|m
dk|Ahmad|Rasuli|Afghan (Dari)|m
dk|Paninnguaq|Heilmann|Greenlandic|f
dk|Birgitte|Skov|Danish|f
no|Øystein|Haugland|Norwegian|m
no|Ingrid|Bakke|Norwegian|f
no|Máret|Somby|Sámi|f
no|Tomasz|Kaczmarek|Polish|m
fi|Aino|Mäkelä|Finnish|f
fi|Juha|Virtanen|Finnish|m
fi|Irina|Kuznetsova|Russian|f
fi|Anders|Holmström|Finland Swedish|m
cz|Tereza|Horáková|Czech|f
cz|Ondřej|Dvořák|Czech|m
cz|Marek|Kováč|Slovak|m
cz|Thu Trang|Nguyenová|Vietnamese Czech|f
tr|Elif|Şahin|Turkish|f
tr|Mehmet Ali|Kaya|Turkish|m
tr|Zeynep|Çelik|Turkish|f
tr|Berfin|Demir|Kurdish|f
tr|Hüseyin|Yıldırım|Turkish|m
ro|Ionuț|Popescu|Romanian|m
ro|Andreea|Dumitrescu|Romanian|f
ro|Levente|Szász|Transylvanian Hungarian|m
ro|Florin|Lăcătuș|Romanian Roma|m
hu|Annamária|Kiss|Hungarian|f|sf
hu|Bence|Nagy|Hungarian|m|sf
hu|Zsófia|Fekete|Hungarian|f|sf
hu|Gyula|Lakatos|Hungarian Roma|m|sf
hu|Erzsébet|Tóth|Hungarian|f|sf
hu|Dániel|Varga|Hungarian|m|sf
id|Ratna|Wulandari|Javanese|f
id|Budi|Santoso|Javanese|m
id|I Made|Wirawan|Balinese|m
id|Tiur|Simanjuntak|Batak|f
id|Siti|Rahmawati|Sundanese|f
id|Fajar|Nugroho|Javanese|m
jp|美咲|佐藤|Japanese|f|sf|Misaki Sato
jp|健太|高橋|Japanese|m|sf|Kenta Takahashi
jp|陽菜|小林|Japanese|f|sf|Hina Kobayashi
jp|直樹|渡辺|Japanese|m|sf|Naoki Watanabe
gr|Γιώργος|Παπαδόπουλος|Greek|m||Giorgos Papadopoulos
gr|Ελένη|Καραγιάννη|Greek|f||Eleni Karagianni
gr|Σταύρος|Μαυρίδης|Pontic Greek|m||Stavros Mavridis
gr|Δέσποινα|Αλεξίου|Greek|f||Despoina Alexiou
"""


def parse_people(txt):
    pools = {}
    for line in txt.strip().splitlines():
        cells = line.split("|") + ["", ""]
        cc, given, family, culture, gender, flags, rom = cells[:7]
        rom_given, rom_family = (rom.split(" ", 1) if rom else (given, family))
        pools.setdefault(cc, []).append({
            "cc": cc, "given": given, "family": family, "culture": culture, "g": gender,
            "sf": flags == "sf", "rom_given": rom_given, "rom_family": rom_family,
        })
    return pools


PEOPLE = parse_people(PEOPLE_TXT)

# ---------------------------------------------------------------------------
# Home addresses in each country's layout.  Lines are joined with ", " (or the
# address's own joiner); [s:…] street, [u:…] flat/unit, [c:…] district,
# [t:…] town, [r:…] region, [z:…] postcode — each one LOCATION span.
# ---------------------------------------------------------------------------
ADDRESSES = [
    ("uk", ["[s:12 Broad Street]", "[t:Hay-on-Wye]", "[z:HR3 5DB]"]),
    ("uk", ["[u:Flat 2]", "[s:47 Wellington Road]", "[t:Todmorden]", "[z:OL14 5HN]"]),
    ("uk", ["[s:8 Kirk Wynd]", "[t:Falkland]", "[r:Fife]", "[z:KY15 7BS]"]),
    ("uk", ["[s:19 Heol y Felin]", "[t:Llandeilo]", "[z:SA19 6BZ]"]),
    ("uk", ["[s:3 Primrose Terrace]", "[t:Haworth]", "[z:BD22 8QA]"]),
    ("ie", ["[s:3 Church View]", "[t:Kinvara]", "[r:Co. Galway]", "[z:H91 X2P4]"]),
    ("ie", ["[s:22 Main Street]", "[t:Castlemartyr]", "[r:Co. Cork]", "[z:P25 KD81]"]),
    ("ie", ["[s:Apt 6, Riverside Court]", "[t:Carrick-on-Shannon]", "[r:Co. Leitrim]", "[z:N41 E5W2]"]),
    ("us", ["[s:418 Juniper Ave] [u:Apt 3B]", "[t:Marfa], [r:TX] [z:79843]"]),
    ("us", ["[s:2207 Orchard Hill Rd]", "[t:Decorah], [r:IA] [z:52101]"]),
    ("us", ["[s:91 Tamarack Ln]", "[t:Ely], [r:MN] [z:55731]"]),
    ("ca", ["[s:15 rue des Érables]", "[t:Baie-Saint-Paul] ([r:QC]) [z:G3Z 1T4]"]),
    ("ca", ["[s:208 Maple Crescent]", "[t:Canmore], [r:AB] [z:T1W 2K9]"]),
    ("au", ["[s:33 Banksia Street]", "[t:Mudgee] [r:NSW] [z:2850]"]),
    ("au", ["[u:4]/[s:19 Esplanade]", "[t:Yeppoon] [r:QLD] [z:4703]"]),
    ("nz", ["[s:56 Rata Street]", "[t:Ōpōtiki] [z:3122]"]),
    ("nz", ["[s:12 Kowhai Lane]", "[t:Wānaka] [z:9305]"]),
    ("za", ["[s:9 Jacaranda Avenue]", "[t:Hilton]", "[r:KwaZulu-Natal]", "[z:3245]"]),
    ("za", ["[s:14 Kerk Street]", "[t:Clarens]", "[z:9707]"]),
    ("in", ["[s:No. 14, 2nd Main, Jayalakshmipuram]", "[t:Mysuru]", "[r:Karnataka] [z:570012]"]),
    ("in", ["[u:Flat 302]", "[s:Sai Residency, Karve Road]", "[t:Pune] [z:411004]"]),
    ("sg", ["[s:Blk 218 Bedok North Street 1]", "[u:#06-142]", "[t:Singapore] [z:460218]"]),
    ("de", ["[s:Lindenweg 7]", "[z:97638] [t:Mellrichstadt]"]),
    ("de", ["[s:Am Mühlbach 3a]", "[z:83471] [t:Berchtesgaden]"]),
    ("de", ["[s:Friedrich-Ebert-Straße 112]", "[z:34346] [t:Hann. Münden]"]),
    ("at", ["[s:Kirchengasse 4/11]", "[z:4190] [t:Bad Leonfelden]"]),
    ("at", ["[s:Dorfstraße 22]", "[z:6290] [t:Mayrhofen]"]),
    ("ch", ["[s:Bahnhofstrasse 9]", "[z:6430] [t:Schwyz]"]),
    ("ch", ["[s:Via Cantonale 31]", "[z:6652] [t:Tegna]"]),
    ("fr", ["[s:12 allée des Mouettes]", "[z:29160] [t:Crozon]"]),
    ("fr", ["[u:Bât. B, appt 14]", "[s:27 avenue du Général Leclerc]", "[z:38200] [t:Vienne]"]),
    ("fr", ["[s:3 bis rue Victor Hugo]", "[z:24200] [t:Sarlat-la-Canéda]"]),
    ("be", ["[s:Kapelstraat 18]", "[z:9990] [t:Maldegem]"]),
    ("be", ["[s:Rue de la Station 41]", "[z:6830] [t:Bouillon]"]),
    ("es", ["[s:Calle San Roque, 9], [u:2º B]", "[z:44100] [t:Albarracín] ([r:Teruel])"]),
    ("es", ["[s:Avenida de Andalucía, 54]", "[z:29780] [t:Nerja] ([r:Málaga])"]),
    ("es", ["[s:Kale Nagusia, 12], [u:3º izda.]", "[z:20800] [t:Zarautz] ([r:Gipuzkoa])"]),
    ("mx", ["[s:Calle Hidalgo 214], [c:Col. Centro]", "[z:37700] [t:San Miguel de Allende], [r:Gto.]"]),
    ("mx", ["[s:Av. Benito Juárez 88], [c:Barrio de Jalatlaco]", "[z:68080] [t:Oaxaca de Juárez], [r:Oax.]"]),
    ("it", ["[s:Via Roma 41]", "[z:11013] [t:Courmayeur] ([r:AO])"]),
    ("it", ["[s:Via dei Mille 7]", "[z:98039] [t:Taormina] ([r:ME])"]),
    ("it", ["[s:Corso Vittorio Emanuele 102]", "[z:08045] [t:Lanusei] ([r:NU])"]),
    ("pt", ["[s:Rua da Misericórdia, 17], [u:2.º Esq.]", "[z:6270-494] [t:Seia]"]),
    ("pt", ["[s:Travessa do Castelo, 4]", "[z:7830-305] [t:Serpa]"]),
    ("br", ["[s:Rua das Acácias, 318], [u:apto 22]", "[c:Centro], [t:Tiradentes] - [r:MG]", "CEP [z:36325-000]"]),
    ("br", ["[s:Rua Sete de Setembro, 1045]", "[c:Jardim América]", "[t:Londrina]/[r:PR]", "CEP [z:86020-090]"]),
    ("nl", ["[s:Vissersstraat 12]", "[z:8531 EB] [t:Lemmer]"]),
    ("nl", ["[s:Dorpsstraat 88]", "[z:4325 BA] [t:Renesse]"]),
    ("pl", ["[s:ul. Kościuszki 27/4]", "[z:34-500] [t:Zakopane]"]),
    ("pl", ["[s:ul. Polna 8]", "[z:11-500] [t:Giżycko]"]),
    ("se", ["[s:Storgatan 15]", "[z:386 93] [t:Färjestaden]"]),
    ("se", ["[s:Åsvägen 3]", "[z:840 93] [t:Hede]"]),
    ("dk", ["[s:Strandvejen 41], [u:1. tv.]", "[z:9990] [t:Skagen]"]),
    ("dk", ["[s:Møllebakken 6]", "[z:5970] [t:Ærøskøbing]"]),
    ("no", ["[s:Storgata 19]", "[z:9950] [t:Vardø]"]),
    ("no", ["[s:Kirkeveien 4]", "[z:3864] [t:Rauland]"]),
    ("no", ["[s:Márkanluodda 7]", "[z:9520] [t:Kautokeino]"]),
    ("fi", ["[s:Rantakatu 11 B 7]", "[z:95400] [t:Tornio]"]),
    ("fi", ["[s:Koulutie 3]", "[z:58900] [t:Rantasalmi]"]),
    ("cz", ["[s:náměstí Míru 56]", "[z:381 01] [t:Český Krumlov]"]),
    ("cz", ["[s:Husova 1182/7]", "[z:541 01] [t:Trutnov]"]),
    ("tr", ["[s:Cumhuriyet Mah. Lale Sok. No: 14 D: 3]", "[z:48400] [t:Bodrum]/[r:Muğla]"]),
    ("tr", ["[s:Atatürk Cad. No: 77 D: 5]", "[z:16400] [t:İnegöl]/[r:Bursa]"]),
    ("ro", ["[s:Str. Mihai Eminescu nr. 9], [u:bl. A2, ap. 14]", "[t:Sighișoara] [z:545400], [r:jud. Mureș]"]),
    ("ro", ["[s:Str. Livezii nr. 31]", "[t:Gura Humorului] [z:725300], [r:jud. Suceava]"]),
    ("hu", ["[z:8230] [t:Balatonfüred], [s:Petőfi Sándor utca 31.]"]),
    ("hu", ["[z:3300] [t:Eger], [s:Széchenyi utca 12. II/4.]"]),
    ("id", ["[s:Jl. Melati No. 27], [c:RT 004/RW 002]", "[c:Kel. Peliatan], [c:Kec. Ubud]", "[t:Gianyar], [r:Bali] [z:80571]"]),
    ("id", ["[s:Jl. Diponegoro No. 15]", "[t:Salatiga] [z:50711]"]),
    ("jp", ["〒[z:399-4511]", "[r:長野県][t:上伊那郡南箕輪村][s:大泉2312-8]"], " "),
    ("jp", ["〒[z:506-0012]", "[r:岐阜県][t:高山市][s:本町3-14]"], " "),
    ("gr", ["[s:Βασιλέως Κωνσταντίνου 8]", "[z:211 00] [t:Ναύπλιο]"]),
    ("gr", ["[s:Αγίου Νικολάου 12]", "[z:851 00] [t:Λίνδος]"]),
]

PHONES = {
    "uk": ["07911 284630", "07852 336019", "01497 821554", "07488 902713", "+44 7700 318 642"],
    "ie": ["087 412 9903", "086-331-5027", "091 637 412", "+353 85 220 7714"],
    "us": ["(432) 729-4418", "563-382-9071", "218.365.2284", "+1 512 880 3317"],
    "ca": ["418 435-2296", "(403) 678-5523", "819-772-0148"],
    "au": ["0412 558 309", "0438 921 774", "(02) 6372 4418"],
    "nz": ["021 455 8312", "027 639 2240", "(07) 315 6620"],
    "za": ["082 554 7193", "071 328 0456", "+27 83 901 2274"],
    "in": ["98450 37126", "+91 94481 22037", "070228 41953"],
    "sg": ["9123 4870", "8452 6613", "+65 9770 2158"],
    "de": ["0171 4489203", "0160 93318822", "09776 7042", "0151/23498761"],
    "at": ["0664 231 8847", "0676 4413920", "+43 699 10227741"],
    "ch": ["079 412 88 30", "076 331 42 09", "+41 78 660 19 24"],
    "fr": ["06 12 58 44 90", "07 81 33 20 65", "05 53 31 28 47", "+33 6 74 02 19 88"],
    "be": ["0475 32 88 19", "0496/41.22.08", "+32 471 20 93 55"],
    "es": ["612 448 903", "678 20 51 37", "943 83 14 22", "+34 699 301 248"],
    "mx": ["415 152 3367", "951 514 7720", "+52 55 4180 2296"],
    "it": ["347 882 1946", "333 410 5527", "0165 842113", "+39 340 771 2093"],
    "pt": ["913 482 207", "962 118 554", "+351 934 220 718"],
    "br": ["(32) 99812-4476", "(43) 98841-2093", "+55 11 97304-1187"],
    "nl": ["06-41833920", "06 2871 4455", "0514-563 218"],
    "pl": ["601 338 472", "512-884-309", "+48 698 120 447"],
    "se": ["070-384 22 91", "073-612 48 05", "0485-330 17"],
    "dk": ["28 44 19 03", "61 32 07 85", "+45 40 17 93 62"],
    "no": ["913 42 881", "478 55 210", "+47 930 18 446"],
    "fi": ["040 738 2214", "050 446 1893", "044-902 3317"],
    "cz": ["732 418 960", "604 225 318", "+420 777 309 152"],
    "tr": ["0532 418 77 20", "0544 302 19 63", "+90 505 771 40 28"],
    "ro": ["0744 218 930", "0723 551 084", "+40 758 330 219"],
    "hu": ["+36 30 418 2297", "06 20 553 1840", "06-70/312-4490"],
    "id": ["0812-3845-1190", "0857 2210 4473", "+62 813 3904 7718"],
    "jp": ["090-4418-2273", "080-3321-5590", "0265-76-4412"],
    "gr": ["694 512 8830", "697 221 4408", "+30 698 330 1927"],
}

# Dates of birth (year, month, day), adults and older people; children apart.
DOBS = [
    (1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22), (1954, 12, 30),
    (1983, 7, 19), (1971, 2, 1), (1996, 10, 27), (1949, 6, 11), (1986, 1, 5), (1975, 8, 24),
    (1990, 4, 16), (1962, 11, 13), (1999, 6, 2), (1958, 3, 29), (1981, 10, 9), (1944, 9, 17),
    (1993, 12, 21), (1968, 5, 30), (1977, 1, 26), (1985, 9, 4),
]
KID_DOBS = [(2014, 6, 12), (2017, 2, 3), (2011, 9, 28), (2019, 11, 15), (2015, 4, 7), (2012, 12, 1)]

# ID numbers typed by hand (check digits worked out once, by hand-run arithmetic); the
# ones that hold a birth date carry it, so a row that prints both stays consistent.
IDS = {
    "nino": ["JT 48 21 95 C", "NP 73 60 18 A", "SK 20 41 87 D"],
    "nhs": ["485 203 9178", "612 774 0835", "401 938 2751"],
    "ppsn": ["8427319K", "6180452W"],
    "ssn": ["512-48-7306", "441-20-9185", "623-71-0449"],
    "sin": ["048 327 191", "527 106 389"],
    "tfn": ["459 130 275", "387 204 168"],
    "said": [("8705155291087", (1987, 5, 15)), ("9103040174081", (1991, 3, 4)),
             ("7609224452087", (1976, 9, 22))],
    "aadhaar": ["4829 1735 6028", "7301 6628 4195"],
    "nric": ["S8234915D", "T0318427C"],
    "de": ["LF4CK09RT3", "T22R7H3M50"],
    "at": ["P4182739", "U2093817"],
    "ch": ["756.4182.7390.57", "756.9023.1448.85"],
    "fr": [("2 84 03 75 114 238 43", (1984, 3, 21)), ("1 79 06 69 123 045 83", (1979, 6, 2)),
           ("2 92 02 29 381 107 79", (1992, 2, 17))],
    "be": [("83.04.12-127.23", (1983, 4, 12)), ("76.09.23-084.12", (1976, 9, 23))],
    "es": ["48291736Q", "20917485C", "53177402E"],
    "es_nie": ["X4719283M", "Y2038471H"],
    "mx": ["G28471930", "N04418273"],
    "it": ["CA48213EB", "CB20917KD", "CA77304FX"],
    "pt": ["234 819 073", "192 750 364", "260 394 181"],
    "br": ["384.912.057-05", "127.508.336-63", "049.331.782-16"],
    "nl": ["304172959", "218366401", "184702938"],
    "pl": [("87051403822", (1987, 5, 14)), ("79112304157", (1979, 11, 23)),
           ("64020819279", (1964, 2, 8))],
    "se": [("850412-3343", (1985, 4, 12)), ("910227-1583", (1991, 2, 27)),
           ("680903-4025", (1968, 9, 3))],
    "dk": [("120386-1447", (1986, 3, 12)), ("040771-2093", (1971, 7, 4))],
    "no": [("140776 41239", (1976, 7, 14)), ("030591 41200", (1991, 5, 3)),
           ("221148 41297", (1948, 11, 22))],
    "fi": [("120384-512B", (1984, 3, 12)), ("280795-238W", (1995, 7, 28)),
           ("090201A4163", (2001, 2, 9))],
    "cz": [("845612/3456", (1984, 6, 12)), ("790318/1231", (1979, 3, 18)),
           ("655102/7340", (1965, 1, 2))],
    "tr": ["38472019510", "52910384732", "16350827440"],
    "ro": [("2800617260418", (1980, 6, 17)), ("1871123401952", (1987, 11, 23)),
           ("2950302122871", (1995, 3, 2))],
    "hu": ["048 127 396", "117 302 941", "063 918 474"],
    "id": [("5104021503880003", (1988, 3, 15)), ("3373016207910002", (1991, 7, 22)),
           ("3201140905720011", (1972, 5, 9))],
    "gr": [("14068203711", (1982, 6, 14)), ("23039104288", (1991, 3, 23)),
           ("09117502139", (1975, 11, 9))],
    "passport_uk": ["548213907", "120937448"],
    "passport_ie": ["PB4718293", "PC0928174"],
}
DEFAULT_ID = {
    "uk": "nino", "ie": "ppsn", "us": "ssn", "ca": "sin", "au": "tfn", "za": "said",
    "in": "aadhaar", "sg": "nric",
}
ID_TYPE = {"ssn": "US_SSN"}

MRNS = {
    "uk": ["RS1048827", "K2204871", "RGT0048213"],
    "us": ["004829173", "E4418203", "71-38-2044"],
    "in": ["APH/24/0048213", "MH-2219034", "NH00871245"],
    "sg": ["ME-0482197", "GEH-2210384", "TT3308821"],
}

IBANS = {
    "uk": ["GB67 BUKB 2020 1558 3429 17", "GB13 NWBK 6073 0119 4720 38"],
    "ie": ["IE81 AIBK 9311 5224 8173 90", "IE44 BOFI 9000 1739 2840 16"],
    "de": ["DE24 7601 0085 0483 9172 05", "DE44 5001 0517 5407 3249 31", "DE12430609671182094400"],
    "at": ["AT58 2011 1827 1539 8201", "AT14 3400 0000 0417 2859"],
    "ch": ["CH68 0023 5235 1018 4792 0", "CH48 8080 8001 9473 6105 5"],
    "fr": ["FR45 3000 4008 2800 0123 4517 84", "FR33 1027 8004 2000 0209 1476 22"],
    "be": ["BE93 0634 1298 7654", "BE52 7330 4412 9805"],
    "es": ["ES22 2100 0813 6102 0184 7395", "ES06 0049 1500 0527 1832 9461",
           "ES70 2038 3371 1160 0098 2154"],
    "it": ["IT89 X030 6909 6061 0000 0063 251", "IT68K0200812341000104839271",
           "IT49 B053 8740 0100 0000 3218 845"],
    "pt": ["PT97 0035 0097 0000 4729 1385 6", "PT30 0018 0003 4112 9073 0190 5"],
    "nl": ["NL77 INGB 0004 8273 91", "NL74 RABO 0318 4472 01", "NL25 ABNA 0529 7714 30"],
    "pl": ["PL69 1090 1489 0000 0001 2203 3847 12", "PL35 1140 2004 0000 3902 1847 7306 51"],
    "se": ["SE96 5000 0000 0549 1300 8427", "SE29 8000 0832 7901 8745 2216"],
    "dk": ["DK53 3000 3516 2284 70", "DK95 5295 0004 4188 27"],
    "no": ["NO24 9750 0530 472", "NO50 1503 2080 119"],
    "fi": ["FI50 5790 0120 3819 46", "FI45 4006 0010 4527 31"],
    "cz": ["CZ58 5500 0000 0021 0461 8839", "CZ98 0300 0000 0002 7411 8093"],
    "tr": ["TR62 0001 0002 0184 7720 0950 01", "TR53 0006 4000 0011 2039 4881 72"],
    "ro": ["RO94 BTRL RONC RT03 1822 4701", "RO76 RNCB 0082 0441 8372 0001"],
    "hu": ["HU56 1201 0022 0041 8338 0000 0000", "HU09 1070 0900 2021 8839 4000 0000"],
    "gr": ["GR21 0140 6320 0006 3200 1837 521", "GR59 0172 0470 0050 4718 0342 618"],
    "br": ["BR41 6070 1190 0441 8001 2837 405C 1", "BR11 0000 0000 0187 7000 0184 623P 1"],
}
CARDS = ["4929 1837 4460 2214", "5413 3301 8427 9058", "3782 810041 39200", "4532017395581203",
         "5221 4770 0913 8464"]
IPS = ["81.174.22.193", "86.141.77.20", "37.228.211.54", "2a02:c7c:4f21:9e00:1d4:7a2b:9f10:3c6e",
       "73.162.48.201", "24.114.39.87", "99.228.17.140"]

MAIL_DOMAINS = {
    "uk": ["gmail.com", "btinternet.com", "outlook.com", "sky.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com"],
    "us": ["gmail.com", "yahoo.com", "icloud.com", "comcast.net"],
    "ca": ["gmail.com", "videotron.ca", "shaw.ca"],
    "au": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "nz": ["xtra.co.nz", "gmail.com"],
    "za": ["mweb.co.za", "gmail.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "sg": ["singnet.com.sg", "gmail.com"],
    "de": ["web.de", "gmx.de", "t-online.de"],
    "at": ["gmx.at", "aon.at"],
    "ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "be": ["skynet.be", "telenet.be"],
    "es": ["gmail.com", "yahoo.es", "hotmail.es"],
    "mx": ["hotmail.com", "gmail.com", "prodigy.net.mx"],
    "it": ["libero.it", "virgilio.it", "gmail.com"],
    "pt": ["sapo.pt", "gmail.com"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pl": ["wp.pl", "o2.pl", "onet.pl"],
    "se": ["telia.com", "gmail.com", "hotmail.se"],
    "dk": ["mail.dk", "gmail.com"],
    "no": ["online.no", "gmail.com"],
    "fi": ["gmail.com", "elisanet.fi"],
    "cz": ["seznam.cz", "centrum.cz", "email.cz"],
    "tr": ["gmail.com", "hotmail.com"],
    "ro": ["yahoo.com", "gmail.com"],
    "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
    "id": ["yahoo.co.id", "gmail.com"],
    "jp": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"],
    "gr": ["otenet.gr", "yahoo.gr", "gmail.com"],
}

ADDR_BY_CC = {}
for _addr in ADDRESSES:
    ADDR_BY_CC.setdefault(_addr[0], []).append({"lines": _addr[1], "sep": _addr[2] if len(_addr) > 2 else ", "})

# ---------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(d, style):
    y, m, dd = d
    if style == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "ymd-":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "dMy":
        return f"{dd} {MONTHS['en'][m - 1]} {y}"
    if style == "Mdy":
        return f"{MONTHS['en'][m - 1]} {dd}, {y}"
    if style == "fr":
        return f"{'1er' if dd == 1 else dd} {MONTHS['fr'][m - 1]} {y}"
    if style == "de":
        return f"{dd}. {MONTHS['de'][m - 1]} {y}"
    if style == "es":
        return f"{dd} de {MONTHS['es'][m - 1]} de {y}"
    if style == "ja":
        return f"{y}年{m}月{dd}日"
    if style == "hu":
        return f"{y}. {m:02d}. {dd:02d}."
    if style == "d/m/yy":
        return f"{dd}/{m}/{y % 100:02d}"
    raise ValueError(style)


SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "ł": "l",
                         "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "þ": "th", "ð": "d"})
PARTICLES = {"van", "der", "den", "de", "da", "dos", "du", "le", "el", "al", "bin", "ní", "ó",
             "mac", "te", "di", "von"}


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(SPECIAL))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


def mail_parts(p):
    given = fold(p["rom_given"].split()[0])
    toks = p["rom_family"].split()
    family = fold("".join(toks)) if toks[0].lower() in PARTICLES else fold(toks[0])
    return given, family


def old_enough(d):
    return d[0] < 1966


def mark(kind, value):
    return f"⟦{kind}|{value}⟧"


ADDR_PART = re.compile(r"\[([sutcrz]):([^\]]+)\]")
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")
SLOT = re.compile(r"⟪([^⟫]*)⟫")
P_SLOT = re.compile(r"p(\d)(?:~([mf]))?(?:@(\w+))?(?:\.(\w+))?")


def addr_line(line):
    return ADDR_PART.sub(lambda m: mark("LOCATION", m.group(2)), line)


# ---------------------------------------------------------------------------
# Drawing: least-used first, ties broken by the seeded RNG, never twice in a row.
# ---------------------------------------------------------------------------
class Draw:
    def __init__(self, rng):
        self.rng = rng
        self.used = Counter()

    def pick(self, key, items, taken, ok=None):
        cands = [i for i in range(len(items))
                 if (key, i) not in taken and (ok is None or ok(items[i]))]
        if not cands:
            raise ValueError(f"pool {key} exhausted")
        low = min(self.used[(key, i)] for i in cands)
        i = self.rng.choice([i for i in cands if self.used[(key, i)] == low])
        self.used[(key, i)] += 1
        taken.add((key, i))
        return items[i]


class Row:
    """Fills one template for row n; every slot becomes plain text or a ⟦TYPE|value⟧ marker."""

    def __init__(self, draw, cc, n):
        self.draw, self.rng, self.cc, self.n = draw, draw.rng, cc, n
        self.taken = set()
        self.people, self.addrs, self.phones, self.ids = {}, {}, {}, {}
        self.dobs, self.ibans, self.mrns, self.ips = {}, {}, {}, {}
        self.derived = {}

    # -- people ------------------------------------------------------------
    def declare(self, text):
        want = {}
        for key in SLOT.findall(text):
            m = re.fullmatch(r"id(\d)(?::(\w+))?", key)
            if m and m.group(1) not in self.ids:
                self.get_id(m.group(1), m.group(2))
            for part in key.split("&"):
                m = P_SLOT.fullmatch(part)
                if m:
                    spec = want.setdefault(m.group(1), {"g": None, "cc": None})
                    spec["g"] = spec["g"] or m.group(2)
                    spec["cc"] = spec["cc"] or m.group(3)
        for idx in sorted(want):
            spec = want[idx]
            cc = spec["cc"] or self.cc
            gender = spec["g"]
            self.people[idx] = self.draw.pick(
                ("P", cc), PEOPLE[cc], self.taken,
                None if gender is None else (lambda p, g=gender: p["g"] == g))

    def derive(self, idx, what):
        if (idx, what) not in self.derived:
            p = self.people[idx]
            given, family = mail_parts(p)
            nn = self.rng.randint(2, 98)
            if what == "e":
                local = [f"{given}.{family}", f"{given[0]}{family}", f"{given}_{family}{nn}",
                         f"{family}.{given}", f"{given}{family[0]}{nn}", f"{given}{family}"]
                dom = self.rng.choice(MAIL_DOMAINS[p["cc"]])
                self.derived[(idx, what)] = f"{self.rng.choice(local)}@{dom}"
            else:
                handles = [f"{given[0]}{family}", f"{given}.{family}", f"{given}_{family}",
                           f"{given}{family}{nn}", f"{family}{given[0]}"]
                self.derived[(idx, what)] = self.rng.choice(handles)
        return self.derived[(idx, what)]

    def name(self, idx, form):
        p = self.people[idx]
        given, family = p["given"], p["family"]
        if form in (None, ""):
            return f"{family} {given}" if p["sf"] else f"{given} {family}"
        forms = {
            "g": given, "f": family, "gf": f"{given} {family}", "fg": f"{family} {given}",
            "FG": f"{family.upper()} {given}", "i": f"{given[0]}. {family}",
            "gi": f"{given} {family[0]}.",
        }
        if form in forms:
            return forms[form]
        if form in ("e", "h"):
            return self.derive(idx, form)
        raise ValueError(form)

    def person(self, m):
        idx, form = m.group(1), m.group(4)
        if form == "fcg":
            p = self.people[idx]
            return mark("PERSON", p["family"]) + ", " + mark("PERSON", p["given"])
        kind = "EMAIL_ADDRESS" if form == "e" else "PERSON"
        return mark(kind, self.name(idx, form))

    # -- other values --------------------------------------------------------
    def get_id(self, idx, kind):
        if kind is None:
            kind = DEFAULT_ID.get(self.cc, self.cc)
        elif kind == "passport":
            kind = f"passport_{self.cc}"
        item = self.draw.pick(("ID", kind), IDS[kind], self.taken)
        value, dob = item if isinstance(item, tuple) else (item, None)
        self.ids[idx] = (ID_TYPE.get(kind, "NATIONAL_ID"), value, dob)
        return self.ids[idx]

    def address(self, idx, cc, form):
        if idx not in self.addrs:
            cc = cc or self.cc
            self.addrs[idx] = self.draw.pick(("A", cc), ADDR_BY_CC[cc], self.taken)
        a = self.addrs[idx]
        lines = [addr_line(x) for x in a["lines"]]
        if form is None:
            return a["sep"].join(lines)
        if form == "b":
            return "\n".join(lines)
        if form == "k":
            return a["sep"].join(lines[1:])
        for line in a["lines"]:
            for m in ADDR_PART.finditer(line):
                if m.group(1) == form:
                    return mark("LOCATION", m.group(2))
        raise ValueError(f"address has no part {form}")

    def slot(self, key):
        if key.startswith("c:"):
            alts = key[2:].split("¦")
            return alts[self.n % len(alts)]
        if key.startswith("r:"):
            return self.rng.choice(key[2:].split("¦"))
        if "&" in key:
            parts = [P_SLOT.fullmatch(k) for k in key.split("&")]
            return mark("PERSON", " ".join(self.name(m.group(1), m.group(4)) for m in parts))
        m = re.fullmatch(r"g(\d):(.*)", key)
        if m:
            alts = m.group(2).split("¦")
            return alts[0] if self.people[m.group(1)]["g"] == "m" else alts[1]
        m = P_SLOT.fullmatch(key)
        if m:
            return self.person(m)
        m = re.fullmatch(r"a(\d)(?:@(\w+))?(?:\.(\w+))?", key)
        if m:
            return self.address(m.group(1), m.group(2), m.group(3))
        m = re.fullmatch(r"t(\d)(?:@(\w+))?", key)
        if m:
            if m.group(1) not in self.phones:
                cc = m.group(2) or self.cc
                self.phones[m.group(1)] = self.draw.pick(("T", cc), PHONES[cc], self.taken)
            return mark("PHONE_NUMBER", self.phones[m.group(1)])
        m = re.fullmatch(r"d(\d)(?::([^:]+))?(?::(kid|old))?", key)
        if m:
            idx = m.group(1)
            if idx not in self.dobs:
                tied = self.ids.get(idx)
                if tied and tied[2]:
                    self.dobs[idx] = tied[2]
                elif m.group(3) == "kid":
                    self.dobs[idx] = self.draw.pick(("KD",), KID_DOBS, self.taken)
                elif m.group(3) == "old":
                    self.dobs[idx] = self.draw.pick(("D",), DOBS, self.taken, old_enough)
                else:
                    self.dobs[idx] = self.draw.pick(("D",), DOBS, self.taken)
            return mark("DATE_OF_BIRTH", fmt_date(self.dobs[idx], m.group(2) or "dmy/"))
        m = re.fullmatch(r"id(\d)(?::(\w+))?", key)
        if m:
            kind, value, _ = self.ids[m.group(1)]
            return mark(kind, value)
        m = re.fullmatch(r"mrn(\d)(?::(\w+))?", key)
        if m:
            if m.group(1) not in self.mrns:
                kind = m.group(2) or self.cc
                self.mrns[m.group(1)] = self.draw.pick(("M", kind), MRNS[kind], self.taken)
            return mark("MEDICAL_RECORD_NUMBER", self.mrns[m.group(1)])
        m = re.fullmatch(r"iban(\d)(?:@(\w+))?", key)
        if m:
            if m.group(1) not in self.ibans:
                cc = m.group(2) or self.cc
                self.ibans[m.group(1)] = self.draw.pick(("I", cc), IBANS[cc], self.taken)
            return mark("IBAN_CODE", self.ibans[m.group(1)])
        if key == "card":
            return mark("CREDIT_CARD", self.draw.pick(("C",), CARDS, self.taken))
        m = re.fullmatch(r"ip(\d)", key)
        if m:
            if m.group(1) not in self.ips:
                self.ips[m.group(1)] = self.draw.pick(("IP",), IPS, self.taken)
            return mark("IP_ADDRESS", self.ips[m.group(1)])
        raise ValueError(f"unknown slot {key!r}")

    def render(self, text):
        self.declare(text)
        return SLOT.sub(lambda m: self.slot(m.group(1)), text)


def recase(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=""):
    """Turn ⟦TYPE|value⟧ markers into offsets; a one-case row is cased piece by piece."""
    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = recase(marked[last:m.start()], case)
        out.append(plain)
        pos += len(plain)
        value = recase(m.group(2), case)
        spans.append({"start": pos, "end": pos + len(value), "type": m.group(1), "value": value})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(recase(marked[last:], case))
    return "".join(out), spans


TEMPLATES = []


def add(cls, name, lang, cc, text, case="", rows=3):
    TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "cc": cc, "case": case,
                      "rows": rows, "text": text.strip("\n")})


# ===========================================================================
# Personal templates.  Slots: ⟪p1⟫ person (.g given, .f family, .i initial,
# .gi given+initial, .fcg "Family, Given", .e e-mail, .h handle; ~m/~f gender;
# @cc pool), ⟪p1.f&p2.g⟫ one name from two people, ⟪g1:m¦f⟫ word by gender,
# ⟪a1⟫ address (.b block, .s .t .z .r parts, .k all but first line),
# ⟪t1⟫ phone, ⟪d1:style⟫ date of birth, ⟪id1⟫ ID, ⟪mrn1⟫, ⟪iban1⟫, ⟪card⟫,
# ⟪ip1⟫, ⟪c:a¦b¦c⟫ pick by row number.
# ===========================================================================

# --- personal_motor --------------------------------------------------------
add("personal_motor", "fnol_note", "en", "uk ie au uk", """
Can you turn this FNOL note into a short neutral summary for the file? Don't admit liability anywhere.

FNOL ⟪c:14:22¦09:05¦17:48¦11:37⟫ – caller ⟪p1⟫ (PH), mob ⟪t1⟫. Insd veh ⟪c:Kia Sportage LK19 XHV¦Toyota Corolla 191-G-2210¦Mazda CX-5 CX42PL¦Ford Focus KM70 ZRT⟫ stationary at lights on ⟪c:the A483 Wrexham Rd¦the N59 outside Oughterard¦the Pacific Hwy at Coffs¦the A6 outside Kendal⟫, hit from behind by TP veh (white Transit, reg not got). TP driver gave name as ⟪p2⟫, mob ⟪t2⟫, says hes with ⟪c:Admiral¦FBD¦NRMA¦Direct Line⟫?? PH c/o neck + shoulder pain, no amb called, will see GP. Passenger ⟪p3.g⟫ (PH's partner) ok. Veh driveable. Address confirmed ⟪a1⟫. Wants courtesy car asap.
""", rows=4)

add("personal_motor", "constat_amiable", "fr", "fr be fr", """
Bonjour, pouvez-vous m'aider à rédiger un courrier pour mon assureur (⟪c:MAIF¦AG Insurance¦Matmut⟫) ? Voilà ce que j'ai mis sur le constat amiable :
- véhicule A : moi, ⟪p1⟫, ⟪a1⟫, tél. ⟪t1⟫, Peugeot 208 grise
- véhicule B : ⟪g2:M.¦Mme⟫ ⟪p2⟫, Renault Clio, ⟪g2:il¦elle⟫ reculait pour sortir d'une place sur le parking du ⟪c:Leclerc¦Delhaize¦Carrefour Market⟫
- case 15 cochée pour ⟪g2:lui¦elle⟫ (« reculait »), rien coché de mon côté
⟪g2:Il¦Elle⟫ a d'abord refusé de signer puis a signé. Je voudrais que ce soit clair que je n'étais pas en tort, et demander la prise en charge du pare-chocs (devis du garage : ⟪c:1 180¦960¦1 430⟫ €).
""")

add("personal_motor", "supplement_email", "en", "us ca us", """
need a polite but firm email to the adjuster at ⟪c:State Farm¦Intact¦Progressive⟫ about the supplement on RO ⟪c:48817¦22190¦51036⟫. customer ⟪p1⟫ (cell ⟪t1⟫) has been without the car 19 days now. teardown found the rear body panel + the Honda Sensing radar bracket damaged, none of it on the original CCC ONE estimate. adjuster ⟪p2⟫ hasnt returned 3 voicemails. customer is talking about filing with the ⟪c:DOI¦GISA¦DOI⟫. keep it short, say photos + OEM position statement attached
""", case="lower")

add("personal_motor", "unfall_schildern", "de", "de at ch", """
hi kannst du mir helfen, ich muss der ⟪c:HUK-Coburg¦Uniqa¦Mobiliar⟫ den unfall schildern und weiß nicht wie ich das formulieren soll. also: ich stand an der ampel ⟪c:Ecke Bahnhofstraße¦am Gürtel¦vor dem Coop⟫, der andere (⟪p1⟫, wohnt ⟪a1.s⟫ in ⟪a1.t⟫, handy ⟪t1⟫) ist beim anfahren hinten drauf. ⟪g2:zeuge¦zeugin⟫ war ⟪p2⟫, ⟪g2:der¦die⟫ hat alles gesehen und mir ⟪g2:seine¦ihre⟫ nummer gegeben ⟪t2⟫. mein auto ist ein VW Golf 7, stoßstange + parksensoren kaputt. bitte sachlich und nicht zu lang
""", case="lower")

add("personal_motor", "tp_export_csv", "en", "uk uk ie", """
Exported this from Guidewire, can you make it a table grouped by claim and flag any TP with no phone?

claim_no,role,name,phone,postcode,vehicle
⟪c:MC-2291847¦MC-2304410¦MC-2311972⟫,TP driver,⟪p1⟫,⟪t1⟫,⟪a1.z⟫,Vauxhall Corsa
⟪c:MC-2291847¦MC-2304410¦MC-2311972⟫,TP passenger,⟪p2⟫,,⟪a1.z⟫,
⟪c:MC-2291903¦MC-2304588¦MC-2312006⟫,witness,⟪p3⟫,⟪t2⟫,,
⟪c:MC-2291903¦MC-2304588¦MC-2312006⟫,TP driver,⟪p4⟫,⟪t3⟫,⟪a2.z⟫,Ford Fiesta
""")

add("personal_motor", "parte_amistoso", "es", "es mx es", """
Hola, necesito redactar una reclamación a la aseguradora del contrario (⟪c:Mapfre¦Qualitas¦Línea Directa⟫). Datos que tengo:
Conductor contrario: ⟪p1⟫, ⟪c:DNI¦pasaporte¦DNI⟫ ⟪id1⟫, tel. ⟪t1⟫
Yo: ⟪p2⟫, ⟪a1⟫
El golpe fue en la rotonda de ⟪c:la Avenida de Europa¦Insurgentes¦la salida a la A-7⟫, no respetó el ceda el paso. Tengo el parte amistoso firmado por los dos y fotos. En el taller me dicen ⟪c:1.840 €¦18,400 pesos¦2.150 €⟫ de chapa y pintura. Que suene formal pero no muy largo, por favor.
""", rows=2)

# --- personal_home ---------------------------------------------------------
add("personal_home", "eow_site_notes", "en", "uk ie uk", """
Site visit notes below – please write these up as the 'circumstances' and 'cause' sections of a preliminary report. UK spelling.

Insd: ⟪p1⟫, ⟪a1⟫. Tel ⟪t1⟫.
Attended ⟪c:Tues¦Thurs¦Mon⟫ with Insd and their builder (⟪p2⟫, ⟪c:PGS Building Services¦Shannon Side Renovations¦MK Renovations⟫).
- EoW from failed compression fitting under upstairs bath (Bristan mixer)
- kitchen ceiling collapsed, laminate lifted, Neff oven + Bosch dishwasher wet
- neighbour ⟪p3⟫ at no. ⟪c:14¦9¦22⟫ noticed water coming thru party wall, no damage on their side
- trace & access by Aquaflow, report to follow
- Insd keen to use own contractor, advised subject to 2 quotes
""")

add("personal_home", "burglary_schedule", "en", "au nz au", """
My contents claim with ⟪c:AAMI¦AMI¦Youi⟫ got knocked back because they say the list isn't itemised properly. Can you format this into a proper schedule (item, brand/model, age, replacement cost)?

from ⟪p1⟫ ⟪a1⟫ ph ⟪t1⟫

stuff taken in the break-in:
macbook air m2 (2023) $1,899 - paid on my card ⟪card⟫, statement attached
Pandora charm bracelet w/ 7 charms, gift from my mum, maybe $900?
Dyson V15 – $1,249
Nintendo Switch OLED + Zelda Tears of the Kingdom + Mario Kart
the Rolex my dad left me (Oyster Perpetual, 1990s, no receipt)
2x bikes (Trek Marlin 5, Giant Talon)
police ref ⟪c:E48213907¦P24/118420¦QP2401558213⟫
""")

add("personal_home", "sturmschaden", "de", "de at de", """
Bitte formuliere mir eine Schadenmeldung an die Wohngebäudeversicherung (⟪c:Provinzial¦Wiener Städtische¦Allianz⟫). Stichpunkte:
- Versicherungsnehmer: ⟪p1⟫, ⟪a1⟫
- Sturmtief ⟪c:Zoltan¦Ylenia¦Sabine⟫ in der Nacht, ca. 12 Dachziegel runter, Wasser ins Dachgeschoss
- Dachdecker ⟪p2.f⟫ war schon da, Notabdeckung gemacht, Kostenvoranschlag kommt
- Nachbar ⟪p3⟫ hat Fotos vom Dach gemacht
- Auszahlung bitte auf ⟪iban1⟫
- erreichbar unter ⟪t1⟫
Ton: höflich, aber ich will eine schnelle Regulierung.
""")

add("personal_home", "denuncia_sinistro", "it", "it", """
Ciao, mi aiuti a scrivere la denuncia di sinistro per l'assicurazione casa (⟪c:Generali¦UnipolSai¦Allianz⟫)? Situazione:
infiltrazione d'acqua dal piano di sopra, ⟪g2:il vicino, Sig.¦la vicina, Sig.ra⟫ ⟪p2.f⟫, ha avuto una perdita dal tubo della lavatrice. Macchie sul soffitto di camera e bagno, si è gonfiato il parquet.
Io sono ⟪p1⟫, ⟪a1⟫, cell. ⟪t1⟫, C.I. ⟪id1⟫.
L'amministratore di condominio (⟪p3⟫) ha già fatto il sopralluogo. IBAN per il rimborso: ⟪iban1⟫.
Grazie!
""")

add("personal_home", "builder_whatsapp", "en", "uk", """
Can you summarise this WhatsApp thread for the loss adjuster? Just the facts: dates, what was agreed, the price.

[⟪c:03/02/24¦11/03/24¦27/04/24⟫, 08:41] ⟪p1⟫: Hi ⟪p2.g⟫ its ⟪p1.g⟫ from ⟪a1.s⟫, insurers have ok'd the roof, when can you start
[⟪c:03/02/24¦11/03/24¦27/04/24⟫, 09:15] ⟪p2⟫: Morning, earliest is the 12th. Price stays £4,850 + VAT as per quote
[⟪c:03/02/24¦11/03/24¦27/04/24⟫, 09:16] ⟪p1⟫: ok can you send the quote again with the breakdown, the adjuster wants it itemised
[⟪c:03/02/24¦11/03/24¦27/04/24⟫, 12:02] ⟪p2⟫: Sent to your email. Scaffold is separate, ⟪c:Jewson¦Travis Perkins¦Selco⟫ price £620
[⟪c:05/02/24¦13/03/24¦29/04/24⟫, 18:30] ⟪p1⟫: 👍 also can you do the fascias while youre up there, I'll pay that bit myself
""")

add("personal_home", "lekkage_mail", "nl", "nl be nl", """
hoi, kun je deze mail aan mijn verzekeraar (⟪c:Centraal Beheer¦AG Insurance¦Interpolis⟫) wat netter maken?

"beste, op zondag is bij ons de cv-ketel (Remeha) gaan lekken, de hele gang staat blank en het laminaat is kapot. de installateur ⟪p2⟫ is geweest en zegt dat de ketel niet meer te repareren is. wij willen graag weten of dit gedekt is. ons adres is ⟪a1⟫, polisnummer ⟪c:48-2291734¦BR 0931 228¦7720418⟫. bel gerust ⟪t1⟫. mvg ⟪p1⟫"
""", case="lower")

# --- personal_travel -------------------------------------------------------
add("personal_travel", "medical_abroad", "en", "uk ie uk", """
Please draft a cover letter to ⟪c:Allianz Assistance¦Blue Insurances¦Post Office Travel Insurance⟫ for my dad's medical expenses claim. Details:
Insured: ⟪p1~m⟫, DOB ⟪d1:dmy/:old⟫, passport ⟪id1:passport⟫
Home: ⟪a1⟫
Fell on the steps at the Alhambra on ⟪c:14 May¦2 June¦29 April⟫, broke his wrist (Colles fracture). Treated at Hospital Universitario Virgen de las Nieves in Granada, then a private clinic. Treating doctor Dr ⟪p2@es⟫. Total €3,460, receipts attached. GHIC/EHIC was used for the public hospital part.
Contact me on ⟪t1⟫ – I'm ⟪p3.g⟫, his ⟪g3:son¦daughter⟫.
""")

add("personal_travel", "fluggastrechte", "de", "de at ch", """
Kannst du mir ein Anspruchsschreiben an ⟪c:Eurowings¦Austrian¦Swiss⟫ nach der EU-Verordnung 261/2004 formulieren? Flug ⟪c:EW 582 Köln–Palma¦OS 415 Wien–Paris¦LX 2086 Zürich–Lissabon⟫ am ⟪c:18.07.¦02.08.¦27.06.⟫, 6 Std. Verspätung, Ankunft erst nach Mitternacht.
Reisende (Buchungscode ⟪c:K7QX2M¦R4HT9P¦ZB82NL⟫):
1. ⟪p1⟫, geb. ⟪d1:dmy.⟫
2. ⟪p2⟫, geb. ⟪d2:dmy.⟫
3. ⟪p3.g&p1.f⟫ (Kind), geb. ⟪d3:dmy.:kid⟫
Anschrift: ⟪a1⟫
Falls die Airline ablehnt, geht es an die Reiseversicherung der ⟪c:ERGO¦Europäischen Reiseversicherung¦Allianz Travel⟫.
""")

add("personal_travel", "forsenat_bagage", "sv", "se", """
Hej! Kan du hjälpa mig skriva en skadeanmälan till ⟪c:If¦Folksam¦Länsförsäkringar⟫ för försenat bagage? SAS tappade bort min väska på vägen hem från ⟪c:Nice¦Split¦Chania⟫, den kom tillbaka efter 4 dagar men då hade jag redan köpt kläder och necessär för ca 3 200 kr.
Mina uppgifter:
Namn: ⟪p1⟫
Personnummer: ⟪id1⟫
Adress: ⟪a1⟫
Mobil: ⟪t1⟫
PIR-nummer från flygplatsen: ⟪c:NCESK48213¦SPUSK10922¦CHQSK77014⟫
Tack!
""")

add("personal_travel", "torikeshi_hiyou", "ja", "jp", """
海外旅行保険のキャンセル費用の請求書類に添える説明文を作ってください。

契約者：⟪p1⟫（⟪d1:ja⟫生）
住所：⟪a1⟫
電話：⟪t1⟫
内容：⟪c:ハワイ¦台湾¦バリ島⟫旅行の出発3日前に母（⟪p1.f&p2~f.g⟫）が入院したため、旅行を取り消しました。取消料は⟪c:148,000¦62,000¦97,500⟫円です。診断書は⟪c:聖路加国際病院¦信州大学医学部附属病院¦高山赤十字病院⟫で発行してもらいました。
丁寧な文面でお願いします。
""")

add("personal_travel", "portal_json", "en", "us ca us", """
Why would this travel claim have been auto-declined? Here's the JSON from the portal:

{
  "claimId": "TRV-⟪c:0048213¦0051977¦0049306⟫",
  "product": "⟪c:Allianz Travel OneTrip Prime¦Manulife CoverMe¦Travel Guard Deluxe⟫",
  "claimant": {"firstName": "⟪p1.g⟫", "lastName": "⟪p1.f⟫", "dob": "⟪d1:ymd-⟫", "email": "⟪p1.e⟫", "phone": "⟪t1⟫"},
  "tripStart": "2024-03-02", "tripEnd": "2024-03-16",
  "reason": "TRIP_INTERRUPTION", "subReason": "ILLNESS_FAMILY_MEMBER",
  "familyMember": {"name": "⟪p2⟫", "relationship": "SIBLING"},
  "preExistingConditionFlag": true,
  "decision": "DECLINED", "ruleHit": "PEC_LOOKBACK_180"
}
""")

add("personal_travel", "cashless_failed", "en", "in sg in", """
pls help me write an email to ⟪c:ICICI Lombard¦Income Insurance¦Tata AIG⟫ travel claims. my mother ⟪p2~f⟫ got dengue during our Bali trip, admitted 4 days at BIMC Hospital Kuta. we paid IDR 38,500,000 upfront as cashless was not approved in time. policy holder is me, ⟪p1⟫, ⟪c:Aadhaar¦NRIC¦Aadhaar⟫ ⟪id1⟫, mob ⟪t1⟫, email ⟪p1.e⟫. address ⟪a1⟫. want to ask why cashless failed and how long reimbursement takes. attaching discharge summary.
""", case="lower")

# --- personal_health -------------------------------------------------------
add("personal_health", "ime_extract", "en", "uk", """
Summarise this medical report extract for the claims file in 5 bullet points, plain English:

Claimant: ⟪p1⟫   DOB: ⟪d1:dmy/⟫   NHS no: ⟪id1:nhs⟫
Hosp no: ⟪mrn1⟫ (⟪c:Royal Stoke¦Addenbrooke's¦Leeds General Infirmary⟫)
Examined by: Mr ⟪p2~m⟫ FRCS (Tr & Orth)
Hx: RTA, rear-end shunt. Immediate onset neck pain, R shoulder. Seen by GP Dr ⟪p3.f⟫ day 3, prescribed naproxen + co-codamol. 6 sessions physio.
O/E: ROM cervical spine reduced ~20% rotation L. Spurling's negative. No neuro deficit.
Opinion: whiplash-associated disorder grade II (Quebec Task Force). Prognosis 9–12 months from index event. Falls within the Whiplash Injury Regulations 2021 tariff.
""")

add("personal_health", "mri_appeal", "en", "us", """
Draft an appeal letter to ⟪c:Aetna¦UnitedHealthcare¦Blue Cross Blue Shield of Texas⟫ for a denied MRI.

Patient: ⟪p1⟫, DOB ⟪d1:mdy/⟫, MRN ⟪mrn1⟫
Ordering provider: Dr. ⟪p2⟫, ⟪c:Mayo Clinic Health System¦Kaiser Permanente¦Baylor Scott & White⟫
Denial reason: "not medically necessary – conservative therapy < 6 weeks"
Facts: 8 weeks PT documented, positive straight leg raise, L5 radiculopathy, failed gabapentin.
Cite the plan's own clinical policy bulletin if you can and keep it under one page.
""")

add("personal_health", "mutuelle_reclamation", "fr", "fr", """
Bonjour, ma mutuelle (⟪c:Harmonie Mutuelle¦MGEN¦Malakoff Humanis⟫) refuse de me rembourser les dépassements d'honoraires de mon opération du canal carpien à la clinique ⟪c:Saint-Jean¦Pasteur¦du Parc⟫. Pouvez-vous m'écrire une réclamation ?
Mes infos : ⟪p1⟫, n° de sécu ⟪id1⟫, né⟪g1:¦e⟫ le ⟪d1:fr⟫, ⟪a1⟫. Chirurgien : Dr ⟪p2⟫. Montant du dépassement : ⟪c:450¦380¦620⟫ €, contrat « Confort 3 ».
""")

add("personal_health", "zahn_widerspruch", "de", "de ch de", """
Meine Zahnzusatzversicherung (⟪c:DKV¦CSS¦Barmenia⟫) will nur 60 % vom Implantat zahlen, laut Vertrag sind es 90 %. Kannst du einen Widerspruch schreiben?

Versicherte Person: ⟪p1⟫, geb. ⟪d1:de⟫
Anschrift: ⟪a1⟫
Behandelnde Zahnärztin: Dr. ⟪p2~f⟫
HKP vom ⟪c:14.02.2024¦03.11.2023¦22.05.2024⟫, Rechnung ⟪c:3.412,80 €¦CHF 2'980.00¦4.105,35 €⟫
Bitte die Erstattung auf ⟪iban1⟫.
Tarif: ⟪c:KDT85¦Dental Plus¦ZahnPRIVAT Premium⟫
""", rows=2)

add("personal_health", "itiraz_dilekcesi", "tr", "tr", """
Merhaba, tamamlayıcı sağlık sigortam (⟪c:Allianz Sigorta¦Anadolu Sigorta¦Axa Sigorta⟫) ameliyat masrafımın bir kısmını ödemedi. Sigortaya itiraz dilekçesi yazar mısın?
Ad Soyad: ⟪p1⟫
T.C. Kimlik No: ⟪id1⟫
Doğum tarihi: ⟪d1:dmy.⟫
Adres: ⟪a1⟫
Telefon: ⟪t1⟫
Hastane: ⟪c:Acıbadem Maslak¦Memorial Şişli¦Medical Park Bahçelievler⟫, menisküs ameliyatı, fark ücreti ⟪c:18.400¦22.750¦15.900⟫ TL. Doktorum Op. Dr. ⟪p2⟫ raporu yazdı.
""")

add("personal_health", "tpa_pending", "en", "in sg in", """
I'm a medical assessor at a TPA. Can you summarise the pending cashless cases below and list which ones need more documents?

| Claim | Patient | Age | Hospital | MRN | Dx | Pending |
|---|---|---|---|---|---|---|
| ⟪c:CL-88213¦SG-40211¦CL-90442⟫ | ⟪p1⟫ | 54 | ⟪c:Apollo Hospitals, Chennai¦Mount Elizabeth¦Manipal Hospital, Whitefield⟫ | ⟪mrn1⟫ | NSTEMI, PTCA | ECG, cath report |
| ⟪c:CL-88219¦SG-40217¦CL-90451⟫ | ⟪p2⟫ | 31 | ⟪c:Fortis Malar¦Gleneagles¦Narayana Health City⟫ | ⟪mrn2⟫ | Dengue fever | platelet trend |
| ⟪c:CL-88240¦SG-40233¦CL-90467⟫ | ⟪p3⟫ | 67 | ⟪c:Sankara Nethralaya¦Tan Tock Seng Hospital¦Narayana Nethralaya⟫ | ⟪mrn3⟫ | Cataract R eye | none |
""")

# --- personal_pet ----------------------------------------------------------
add("personal_pet", "vet_emergency", "en", "uk au nz", """
Can you write up my claim description for ⟪c:Petplan¦Bow Wow Meow¦Southern Cross Pet⟫? Keep it factual.

Our cocker spaniel ⟪c:Biscuit¦Ruby¦Kōwhai⟫ (5) ate a corn cob out of the bin on ⟪c:Sunday¦Saturday¦Friday⟫ and was vomiting all night. The emergency vet at ⟪c:Vets Now¦Animal Emergency Service¦After Hours Vet⟫ did an x-ray and surgery to remove the obstruction. Total bill ⟪c:£2,940¦$4,310¦$3,875⟫ incl. hospitalisation. Our usual vet is ⟪c:Medivet¦Greencross Vets¦VetEnt⟫.
Policyholder: ⟪p1⟫, ⟪a1⟫
Phone ⟪t1⟫, email ⟪p1.e⟫
""")

add("personal_pet", "korsbaand_afslag", "da", "dk", """
Hej, kan du hjælpe mig med at skrive til ⟪c:Agria¦Tryg¦Codan⟫ om min skadeanmeldelse? De vil ikke dække korsbåndsoperationen på vores labrador ⟪c:Rollo¦Bamse¦Otto⟫, fordi de mener det er en "forudbestående lidelse". Dyrlægen (⟪p2⟫, ⟪c:AniCura¦Evidensia¦Dyrehospitalet i Aarhus⟫) har skrevet i journalen at han aldrig har haltet før.
Forsikringstager: ⟪p1⟫
Adresse: ⟪a1⟫
Tlf.: ⟪t1⟫
Regning: ⟪c:18.450¦21.300¦16.975⟫ kr.
""")

add("personal_pet", "kater_zahn_op", "de", "de at de", """
hallo! unser kater ⟪c:Moritz¦Felix¦Oskar⟫ hatte eine zahn-OP (3 zähne gezogen, FORL), die tierklinik hat 1.180 € berechnet. die ⟪c:Uelzener¦Helvetia¦Petprotect⟫ will jetzt die GOT-rechnung mit diagnose-codes haben. kannst du mir eine kurze mail schreiben, dass die rechnung im anhang ist und wir um schnelle erstattung bitten? versicherungsnehmerin ist meine frau ⟪p1~f⟫, vertragsnr. ⟪c:TK-4821937¦HV 20.118.442¦PP-772019⟫, ich bin ⟪p2~m.g⟫, erreichbar unter ⟪t1⟫
""", case="lower")

add("personal_pet", "resume_echange", "fr", "fr be fr", """
Pouvez-vous résumer cet échange avec l'assurance de mon chien pour que je l'envoie à ⟪g2:mon vétérinaire¦ma vétérinaire⟫ ?

> De : service sinistres ⟪c:SantéVet¦Assur O'Poil¦Bulle Bleue⟫
> Bonjour ⟪g1:Monsieur¦Madame⟫ ⟪p1.f⟫, nous avons bien reçu votre demande de remboursement pour ⟪c:Rantanplan¦Idéfix¦Milou⟫ (chien, 7 ans). Il manque la feuille de soins signée par le Dr ⟪p2.f⟫ et le compte rendu d'échographie.
> Cordialement

Mon numéro : ⟪t1⟫. Adresse mail sur le contrat : ⟪p1.e⟫.
""")

add("personal_pet", "call_notes_tplo", "en", "us ca us", """
clean up these call notes into a short summary for the claim file pls

caller ⟪p1⟫, policy ⟪c:TP-4482913¦TP-5520184¦TP-4610027⟫, pet Luna (husky, 4y F spayed)
- ACL tear L hind, TPLO quoted $6,200 at ⟪c:BluePearl¦VCA Canada¦MedVet⟫
- asked if waiting period for ortho applies, told yes 6 mo unless waiver exam done - caller says Dr. ⟪p2.f⟫ did one at enrollment??
- callback number ⟪t1⟫, prefers text
- email for docs ⟪p1.e⟫
""", case="lower")

add("personal_pet", "koiran_leikkaus", "fi", "fi", """
Moi, voisitko kirjoittaa korvaushakemukseen lyhyen selvityksen? Koiramme ⟪c:Nelli¦Rekku¦Hilla⟫ (kultainennoutaja, 3 v) söi sukan ja se jouduttiin leikkaamaan ⟪c:Evidensian¦AniCuran¦Yliopistollisen eläinsairaalan⟫ päivystyksessä. Lasku 2 640 €. Vakuutus on ⟪c:LähiTapiolassa¦Ifillä¦Agrialla⟫.
Vakuutuksenottaja: ⟪p1⟫
Osoite: ⟪a1⟫
Puh. ⟪t1⟫
Tilinumero korvausta varten: ⟪iban1⟫
""")

# --- personal_life ---------------------------------------------------------
add("personal_life", "executor_letter", "en", "uk", """
I'm the executor for my late ⟪g1:father¦mother⟫ and need to write to ⟪c:Legal & General¦Aviva¦Royal London⟫ to start the life claim. Can you draft it?

Deceased: ⟪p1⟫, DOB ⟪d1:dMy:old⟫, died ⟪c:3 March 2024¦17 January 2024¦9 April 2024⟫ at St ⟪c:Richard's¦Christopher's¦Luke's⟫ Hospice
Last address: ⟪a1⟫
NI number: ⟪id1⟫
Policy: ⟪c:LG-48213907¦AV-22019384¦RL-30718842⟫ (level term, £150k)
Executors: me (⟪p2⟫, ⟪t1⟫) and my ⟪g3:brother¦sister⟫ ⟪p3⟫
Grant of probate not yet issued.
""")

add("personal_life", "beneficiary_form", "en", "us", """
Check this beneficiary claim form for anything missing before I send it to ⟪c:Northwestern Mutual¦MetLife¦New York Life⟫:

INSURED: ⟪p1⟫   SSN: ⟪id1⟫   DOB: ⟪d1:mdy/:old⟫
DATE OF DEATH: ⟪c:02/11/2024¦12/30/2023¦05/06/2024⟫   CAUSE: pending autopsy
BENEFICIARY: ⟪p2⟫   RELATIONSHIP: spouse
ADDRESS: ⟪a1⟫
PHONE: ⟪t1⟫   EMAIL: ⟪p2.e⟫
PAYMENT: lump sum / retained asset account (undecided)
Certified death certificate: ordered from the county, not received
""", case="upper")

add("personal_life", "seguro_vida", "pt", "pt", """
Olá, preciso de ajuda para escrever um requerimento à ⟪c:Fidelidade¦Ageas Seguros¦Generali Tranquilidade⟫ para receber o seguro de vida do meu ⟪c:pai¦marido¦pai⟫.
Falecido: ⟪p1~m⟫, NIF ⟪id1⟫
Beneficiária: ⟪p2~f⟫ (eu), ⟪a1⟫, telemóvel ⟪t1⟫
IBAN para pagamento: ⟪iban1⟫
Já tenho a certidão de óbito e a habilitação de herdeiros. Pode ficar formal?
""")

add("personal_life", "income_protection_chase", "en", "au za au", """
Draft an email to the ⟪c:TAL¦Discovery Life¦AIA⟫ claims assessor, ⟪p2⟫, chasing my income protection claim. I was diagnosed with ⟪c:Hodgkin lymphoma¦breast cancer¦Guillain-Barré syndrome⟫ in ⟪c:February¦March¦January⟫ and have been off work since; they've had the treating specialist's report (Dr ⟪p3⟫ at ⟪c:Peter MacCallum¦Groote Schuur¦the Royal Melbourne⟫) for 5 weeks. My details: ⟪p1⟫, ⟪a1⟫, ⟪c:TFN¦ID no.¦TFN⟫ ⟪id1⟫, ⟪t1⟫, ⟪p1.e⟫. Firm but polite, mention the ⟪c:Life Insurance Code of Practice¦Policyholder Protection Rules¦Life Insurance Code of Practice⟫ timeframes.
""")

add("personal_life", "eletbiztositas", "hu", "hu", """
Kérlek, fogalmazz meg egy kárbejelentő levelet a ⟪c:Groupama¦Allianz Hungária¦Generali⟫ felé, édesanyám életbiztosítása miatt.
Elhunyt: ⟪p1~f⟫, szül. ⟪d1:hu:old⟫, TAJ: ⟪id1⟫
Elhalálozás: ⟪c:2024. március 8.¦2024. január 21.¦2023. december 2.⟫, ⟪c:Szent János Kórház¦a Semmelweis Egyetem klinikája¦Kenézy Gyula Kórház⟫
Kedvezményezett: ⟪p2~m⟫ (fia), ⟪a1⟫
Telefon: ⟪t1⟫
Bankszámla: ⟪iban1⟫
""")

add("personal_life", "klaim_asuransi_jiwa", "id", "id", """
Tolong bantu buatkan surat pengajuan klaim asuransi jiwa ke ⟪c:Prudential Indonesia¦Allianz Life¦AXA Mandiri⟫. Data:
- Tertanggung (almarhum ayah saya): ⟪p1~m⟫, NIK ⟪id1⟫, meninggal di ⟪c:RSUP Sanglah¦RSUP Dr. Kariadi¦RSCM Cipto Mangunkusumo⟫ tanggal ⟪c:12 Februari 2024¦3 Maret 2024¦28 Januari 2024⟫
- Ahli waris: ⟪p2⟫, alamat ⟪a1⟫, HP ⟪t1⟫
- Nomor polis ⟪c:PRU-48213907¦AL-22019384¦AM-30718842⟫
Mohon bahasanya sopan dan resmi ya.
""")

# --- personal_fraud --------------------------------------------------------
add("personal_fraud", "siu_referral", "en", "uk", """
Write a short SIU referral summary from these notes. Neutral tone, no conclusions.

- 3 motor claims ⟪c:Jan–Mar¦Feb–Apr¦Mar–May¦Apr–Jun⟫, all low-speed rear-end, all on ⟪c:Cheetham Hill Rd¦Soho Rd¦Belgrave Rd¦Ilford Lane⟫
- same mobile given by TP on 2 of them: ⟪t1⟫
- claimants: ⟪p1⟫, ⟪p2⟫, ⟪p3⟫ (⟪p3.g⟫ was also a passenger in the first one)
- all represented by the same CMC, hire via ⟪c:Accident Exchange¦Auxillis¦Kindertons¦Helphire⟫
- excess on claim 2 paid with card ⟪card⟫, same card on file for ⟪p1.f⟫'s policy
- portal logins for 2 claims from same IP ⟪ip1⟫
- CUE shows ⟪p1.f⟫ with 4 prior PI claims since 2019
- IFB intel check requested
""", rows=4)

add("personal_fraud", "portal_logins_csv", "en", "us ca us", """
here's an export of portal logins. find any IP or device used by more than one claimant and give me a short list

ts,claim,email,ip,device_id
2024-03-02T10:14:22Z,PC-48213,⟪p1.e⟫,⟪ip1⟫,ios-7f3a9c
2024-03-02T10:31:05Z,PC-48219,⟪p2.e⟫,⟪ip1⟫,ios-7f3a9c
2024-03-03T18:02:47Z,PC-48240,⟪p3.e⟫,⟪ip2⟫,and-11b02e
2024-03-04T08:55:10Z,PC-48213,⟪p1.e⟫,⟪ip3⟫,ios-7f3a9c
""", case="lower")

add("personal_fraud", "auffaelligkeiten", "de", "de", """
Fasse bitte für die Betrugsabteilung zusammen, was an diesem Fall auffällig ist (Stichpunkte, neutral formuliert):

Schaden ⟪c:KH-24-118420¦KH-24-120377¦KH-24-131905⟫, Parkplatzrempler, Anspruchsteller ⟪p1⟫ (geb. ⟪d1:dmy.⟫), ⟪a1⟫.
– Anspruchsteller hat in den letzten 3 Jahren 4 Haftpflichtschäden gemeldet (HIS-Abfrage)
– Gutachten vom Sachverständigenbüro ⟪p2.f⟫, Reparatur fiktiv abgerechnet, Mietwagen nach Schwacke statt Fraunhofer
– Zeuge ⟪p3~m⟫ ist laut Halterabfrage Schwager des Anspruchstellers
– Auszahlung soll auf ⟪iban1⟫ gehen, Kontoinhaber ist aber ⟪p4⟫
""", rows=2)

add("personal_fraud", "siniestros_coincidencias", "es", "es", """
Estoy revisando tres siniestros para el departamento de fraude. Hazme una tabla con lo que coincide entre ellos:

1) ⟪c:SIN-2024-04821¦SIN-2024-05119¦SIN-2024-06377⟫ – asegurado ⟪p1⟫, taller ⟪c:Talleres Motorsur¦Chapa y Pintura La Rotonda¦Autos Levante⟫, testigo ⟪p3⟫ (NIE ⟪id1:es_nie⟫, tel. ⟪t1⟫)
2) ⟪c:SIN-2024-05307¦SIN-2024-05533¦SIN-2024-06610⟫ – asegurado ⟪p2⟫, mismo taller, testigo otra vez ⟪p3⟫ con el mismo teléfono
3) ⟪c:SIN-2024-05912¦SIN-2024-06004¦SIN-2024-07128⟫ – asegurado ⟪p4⟫, otro taller, pero la cuenta de pago ⟪iban1⟫ ya salió en el 1)
""")

add("personal_fraud", "osint_notes", "en", "ie au ie", """
tidy these surveillance/osint notes into a neutral paragraph for the claims handler. don't speculate.

subj: ⟪p1⟫, claiming lumbar injury, off work since ⟪c:Oct¦Nov¦Sept⟫
- Strava profile "⟪p1.h⟫" public, 3 parkruns logged since claim (⟪c:Marlay Park¦Albert Park¦Malahide⟫), times ~27 min
- Instagram @⟪p1.h⟫: photos at ⟪c:Electric Picnic¦Splendour in the Grass¦Longitude⟫, carrying a cooler
- neighbour ⟪p2⟫ (⟪a1.s⟫) says subj does the school run daily, no visible difficulty
- no contact made with subj
""", case="lower")

add("personal_fraud", "rezumat_antifrauda", "ro", "ro", """
Bună, lucrez la departamentul de daune RCA. Poți să-mi faci un rezumat pentru colegii de la antifraudă?
Păgubit: ⟪p1⟫, CNP ⟪id1⟫, ⟪a1⟫, tel. ⟪t1⟫
Vinovat (conform constatării amiabile): ⟪p2⟫, a dat același număr de telefon ca păgubitul în dosarul ⟪c:RCA-24-018842¦RCA-24-022917¦RCA-24-030155⟫
Service: ⟪c:Auto Dacia Service¦Service Carpați Auto¦AutoCris⟫ — factura emisă înainte de constatare
Martor: ⟪p3⟫, rudă cu vinovatul?
""")

# --- personal_recovery (subrogation, legal expenses) --------------------------
add("personal_recovery", "letter_before_action", "en", "uk", """
Draft a letter before action to the third party for our outlay. We're the motor insurer of ⟪p1⟫ and are recovering by way of subrogation.

TP: ⟪p2⟫
⟪a1.b⟫
Accident: ⟪c:12/01/2024¦28/02/2024¦07/03/2024⟫, TP drove into the rear of the insured vehicle at ⟪c:the Tesco car park, Llandudno¦the junction of Station Rd, Kendal¦Sainsbury's, Hexham⟫
Our outlay: repairs £3,918.40, hire £1,212.00, recovery £180
TP uninsured per askMID check, so also quote the MIB claim ref.
14 days to respond.
""")

add("personal_recovery", "le_file_note", "en", "ie uk ie", """
Legal expenses team here. Can you summarise the insured's email below into a file note (issue, dates, what they want, prospects points to check)?

> From: ⟪p1.e⟫
> Hi, my policy number is ⟪c:LEX-0048213¦LEX-0052977¦LEX-0061045⟫. I was let go from ⟪c:Ryanair¦Tesco¦Primark⟫ on ⟪c:5 Feb¦19 March¦2 May⟫ after raising a grievance about my manager ⟪p2⟫. HR (⟪p3⟫) said it was redundancy but they hired someone for my role 2 weeks later. I want to bring a claim to ⟪c:the WRC¦an employment tribunal¦the WRC⟫. I can be reached on ⟪t1⟫ any day after 4.
> ⟪p1⟫
""")

add("personal_recovery", "regresni_narok", "cs", "cz", """
Dobrý den, potřebuji napsat výzvu k úhradě regresního nároku. Jsme pojišťovna (⟪c:Kooperativa¦Česká podnikatelská pojišťovna¦Allianz⟫), plnili jsme za škodu, kterou způsobil náš pojištěný pod vlivem alkoholu.
Dlužník: ⟪p1⟫, r. č. ⟪id1⟫, bytem ⟪a1⟫
Částka: ⟪c:148 320¦92 750¦211 004⟫ Kč, splatnost 30 dní
Poškozený: ⟪p2⟫
Prosím formálně, s odkazem na zákon o pojištění odpovědnosti z provozu vozidla.
""")

add("personal_recovery", "regresskrav", "nb", "no", """
Kan du skrive et regresskrav på norsk? Vi har utbetalt ⟪c:84 300¦126 900¦57 450⟫ kr til kunden vår etter vannskade i leiligheten under, og skadevolder er beboeren i etasjen over.
Skadevolder: ⟪p1⟫, f.nr. ⟪id1⟫, ⟪a1⟫
Vår forsikringstaker: ⟪p2⟫
Takstmann: ⟪p3⟫ (rapport datert ⟪c:14.02.2024¦02.11.2023¦19.03.2024⟫)
Frist for betaling 21 dager. Vennlig, men tydelig tone.
""")

add("personal_recovery", "recours_irsi", "fr", "fr", """
Je suis gestionnaire sinistres. Rédige un courrier de recours contre ⟪g2:le propriétaire non occupant, M.¦la propriétaire non occupante, Mme⟫ ⟪p2⟫, suite au dégât des eaux chez ⟪g1:notre assuré¦notre assurée⟫ ⟪p1⟫ (⟪a1⟫). Origine : fuite sur canalisation privative de l'appartement du dessus, constatée par le plombier le ⟪c:4 mars¦22 janvier¦11 avril⟫. Convention IRSI applicable, tranche 2. Montant réglé : ⟪c:6 842,50¦4 310,00¦7 905,20⟫ €. Préciser qu'on attend le règlement sous 30 jours.
""")

add("personal_recovery", "pismo_regresowe", "pl", "pl", """
czesc, potrzebuje pomocy z pismem regresowym do sprawcy szkody. ubezpieczyciel: ⟪c:PZU¦Warta¦Link4⟫. sprawca ⟪p1⟫, pesel ⟪id1⟫, zam. ⟪a1⟫, uciekł z miejsca zdarzenia, policja go namierzyła po monitoringu. wypłaciliśmy poszkodowanemu (⟪p2⟫) ⟪c:23 480¦17 950¦31 200⟫ zł. chodzi o roszczenie zwrotne z art. 43 ustawy o ubezpieczeniach obowiązkowych. ma być konkretnie i z terminem 14 dni
""", case="lower")

# --- personal_business (BI, liability, commercial) -----------------------------
add("personal_business", "bi_cafe_figures", "en", "uk au uk", """
I run a small café and need to put in a business interruption claim after the flood. Can you help me structure the loss figures? My accountant ⟪p2⟫ (⟪p2.e⟫) has the management accounts.

Closed ⟪c:19 Dec – 28 Feb¦4 Mar – 30 Apr¦2 Jan – 15 Mar⟫
Same period last year turnover: ⟪c:£41,200¦$58,400¦£39,750⟫; this year ⟪c:£3,900¦$5,100¦£2,800⟫ (takeaway only for 2 weeks)
Still paying 2 staff (⟪p3.g⟫ and ⟪p4.g⟫) on full wages
Policy has a 12-month indemnity period, gross profit basis.
Insurer: ⟪c:Hiscox¦QBE¦Aviva⟫, loss adjuster from ⟪c:Crawford¦Sedgwick¦McLarens⟫
I'm ⟪p1⟫, ⟪t1⟫
""")

add("personal_business", "el_witness_statement", "en", "ie uk ie", """
Please turn this witness statement into a tidy typed version for the EL claim file. Keep the wording, just fix spelling and put it in paragraphs:

"my name is ⟪p1⟫, i live at ⟪a1⟫ and i work on the packing line. on the morning of the accident ⟪p2⟫ was stacking pallets near bay 4 when the forklift driven by ⟪p3.g⟫ reversed into the racking. a box fell and hit ⟪p2.g⟫ on the shoulder. i seen it myself, the reversing beeper wasnt working for about a week and we told the supervisor ⟪p4⟫ twice. signed ⟪p1.gi⟫"
""")

add("personal_business", "slip_fall_ack", "en", "ca us za us", """
Draft an acknowledgement letter to the claimant for a slip-and-fall at our ⟪c:Canadian Tire¦Walgreens¦Pick n Pay¦Home Depot⟫ location. Incident report details:

Claimant: ⟪p1⟫
Home address: ⟪a1⟫
Phone: ⟪t1⟫
Date/time: ⟪c:Jan 18, 4:12 pm¦Feb 3, 10:40 am¦Dec 22, 6:55 pm¦Mar 9, 1:20 pm⟫
Description: slipped on ⟪c:melted snow¦a wet floor¦a wet floor¦spilled detergent⟫ near the entrance mat, fell on left hip; ⟪c:EMS¦EMS¦ER24¦EMS⟫ attended
Witness: store associate ⟪p2⟫; customer ⟪p3⟫ (left number ⟪t2⟫)
CCTV preserved. Don't admit liability; say an adjuster from ⟪c:Crawford¦Sedgwick¦Gallagher Bassett¦Sedgwick⟫ will be in touch.
""", rows=4)

add("personal_business", "plimmyra_katastima", "el", "gr", """
Γεια σας, μπορείτε να μου γράψετε μια επιστολή προς την ασφαλιστική (⟪c:Εθνική Ασφαλιστική¦Interamerican¦Ευρωπαϊκή Πίστη⟫) για τη ζημιά στο κατάστημά μας από την πλημμύρα;
Ασφαλισμένος: ⟪p1⟫, ΑΜΚΑ ⟪id1⟫
Διεύθυνση κατοικίας: ⟪a1⟫
Τηλ.: ⟪t1⟫
Ζημιές: ψυγεία Samsung, εμπόρευμα ⟪c:8.400¦12.750¦6.980⟫ €, ο ηλεκτρολόγος ⟪p2~m⟫ έκανε εκτίμηση.
Η πλημμύρα ήταν μετά την κακοκαιρία ⟪c:Daniel¦Elias¦Bora⟫.
""")

add("personal_business", "indbrud_vaerksted", "da", "dk", """
Kan du skrive et kort referat af telefonsamtalen til sagen? Erhvervsforsikring, indbrud i værkstedet.

Kunde: ⟪p1~m⟫ (indehaver, enkeltmandsvirksomhed)
Tlf: ⟪t1⟫, mail ⟪p1.e⟫
Stjålet: Festool sav, 2 x Makita boremaskiner, Hilti borehammer, ca. ⟪c:62.000¦48.500¦71.200⟫ kr.
Politiets journalnr. ⟪c:4200-80231-01184-24¦1300-80142-00977-24¦3700-80310-02251-24⟫
Nabo ⟪p2⟫ har video fra sit dørklokke-kamera (Ring).
Kunden spørger om selvrisiko og om han kan købe nyt værktøj med det samme.
""")

add("personal_business", "lucros_cessantes", "pt", "br", """
Oi, preciso de ajuda pra montar o pedido de indenização de lucros cessantes da minha padaria depois da enchente ⟪c:de maio¦de janeiro¦de março⟫. Seguradora: ⟪c:Porto Seguro¦Tokio Marine¦Allianz⟫.
⟪g1:Segurado¦Segurada⟫: ⟪p1⟫, CPF ⟪id1⟫
E-mail: ⟪p1.e⟫ | cel ⟪t1⟫
Endereço residencial: ⟪a1⟫
Faturamento médio mensal antes: R$ 68 mil; ficamos ⟪c:41¦27¦35⟫ dias fechados. Meu contador (⟪p2⟫) vai mandar o DRE.
Pode organizar em tópicos?
""")


# ===========================================================================
# PII-free templates (classes clean_*): same framings, public names only.
# ===========================================================================

# --- clean_policy_law ------------------------------------------------------
add("clean_policy_law", "storm_threshold", "en", "", """
Under a standard UK home policy, is damage from ⟪c:Storm Ciarán¦Storm Babet¦Storm Isha⟫ covered as 'storm' if the gusts at the nearest Met Office station only reached ⟪c:48¦52¦45⟫ mph? What does the Financial Ombudsman usually say about the 55 mph line?
""")

add("clean_policy_law", "case_table", "en", "", """
Make a revision table (case | principle | why it matters for claims) for: ⟪c:Carter v Boehm, Pan Atlantic v Pine Top, Hadley v Baxendale¦Rylands v Fletcher, Leyland Shipping v Norwich Union, Castellain v Preston¦Donoghue v Stevenson, FCA v Arch, Versloot Dredging v HDI Gerling⟫ and the Insurance Act 2015 s.⟪c:11¦13A¦3⟫.
""")

add("clean_policy_law", "grobe_fahrlaessigkeit", "de", "", """
Kurze Frage zum VVG: Wann darf der Versicherer wegen grober Fahrlässigkeit kürzen (§ 81 Abs. 2) und wie wird die Quote typischerweise gebildet? Beispiel: ⟪c:Kerze unbeaufsichtigt, Adventskranz brennt¦Fenster gekippt, Einbruch über die Terrasse¦Handy am Steuer, Auffahrunfall in der Kaskoversicherung⟫. Gern mit Hinweis auf die BGH-Rechtsprechung.
""", rows=2)

add("clean_policy_law", "badinter_explainer", "en", "", """
Can you explain the French loi Badinter (1985) for a ⟪c:pedestrian¦cyclist¦passenger⟫ injured in France by a French-insured car? I handle the UK side of the claim. Particularly the "faute inexcusable" test and how the IRCA convention splits things between insurers. A summary table would be great.
""")

add("clean_policy_law", "ley_contrato_seguro", "es", "", """
¿Qué dice el artículo ⟪c:10¦20¦76⟫ de la Ley de Contrato de Seguro (Ley 50/1980)? Explícalo con un ejemplo práctico de siniestro de hogar y dime si hay jurisprudencia relevante del Tribunal Supremo.
""", rows=2)

add("clean_policy_law", "exclusion_wording", "en", "", """
What does this exclusion actually exclude? Explain it like I'm a new claims handler.

"4.3 WEAR AND TEAR. We will not pay for any loss or damage caused by ⟪c:wear and tear, gradual deterioration, rot, fungus or mould¦rust, corrosion, moth or vermin¦settlement, shrinkage or expansion⟫, or any process of cleaning, repairing or restoring. This exclusion does not apply to Accidental Damage where You have selected the Accidental Damage Extension shown in Your Schedule."

How would the Ombudsman look at it if the Policyholder says the damage was sudden?
""")

add("clean_policy_law", "training_one_liners", "en", "", """
quick one - whats the difference between ⟪c:'utmost good faith' and the duty of fair presentation¦proximate cause and the 'dominant cause' test¦indemnity and 'new for old' cover⟫? give me the one line version for a training slide, and which case people usually cite (⟪c:Carter v Boehm?¦Wayne Tank v Employers Liability?¦Castellain v Preston?⟫)
""", case="lower")

add("clean_policy_law", "general_average", "en", "", """
Explain general average under the York-Antwerp Rules ⟪c:2016¦1994¦2004⟫ with the ⟪c:Ever Given¦Maersk Honam¦Dali (Francis Scott Key Bridge)⟫ as the example. Who pays what, and what does an average adjuster like Richards Hogg Lindley actually do?
""")

# --- clean_motor_repair ----------------------------------------------------
add("clean_motor_repair", "adas_calibration", "en", "", """
Does a windscreen replacement on a ⟪c:2022 Ford Puma¦Volvo XC40¦Tesla Model 3¦Hyundai Ioniq 5⟫ always need ADAS calibration? Our repairer says static + dynamic, ⟪c:Autoglass¦Belron¦National Windscreens¦Safelite⟫ says static only. What does Thatcham Research recommend?
""", rows=4)

add("clean_motor_repair", "estimate_duplicates", "en", "", """
Can you check this estimate for obvious duplication? Audatex export, ⟪c:Mercedes-Benz A-Class W177¦BMW 1 Series F40¦Audi A3 8Y⟫:

R&I front bumper cover           1.8 h
Replace LH headlamp assy (LED)   £1,146.20
Replace LH headlamp assy (LED)   £1,146.20
Refinish bumper cover            2.4 h
Blend LH wing                    1.1 h
Calibrate front radar            0.8 h
Consumables (paint materials)    £212.00
""", case="upper")

add("clean_motor_repair", "total_loss_value", "en", "", """
How do UK insurers usually value a total loss – Glass's, CAP HPI or Parkers? A customer's ⟪c:2019 Nissan Leaf Tekna¦2018 Kia Niro 2¦2020 Renault Zoe GT Line⟫ was written off (Cat ⟪c:S¦N¦S⟫) and the offer looks low compared to the AutoTrader listings.
""")

add("clean_motor_repair", "hire_rates_germany", "en", "", """
I'm handling a German motor claim for a UK insurer. What's the difference between the Schwacke-Liste and the Fraunhofer Marktpreisspiegel for hire car rates, and which one do courts in ⟪c:Bavaria¦NRW¦Hamburg⟫ tend to use (the "Fracke" average)? Does it change if the replacement was a ⟪c:Tesla Model Y¦Porsche Taycan¦VW ID.4⟫?
""")

add("clean_motor_repair", "fermo_tecnico", "it", "", """
Per un'⟪c:Alfa Romeo Giulia¦Fiat 500e¦Lancia Ypsilon⟫ con danno al paraurti posteriore, il perito dice che la riparazione con i sensori di parcheggio costa più del valore commerciale secondo Eurotax. Come funziona in Italia il "fermo tecnico" e quando scatta la perdita totale? Dimmi anche se c'entra l'IVASS.
""", rows=2)

add("clean_motor_repair", "likwidacja_kosztorys", "pl", "", """
Jak działa likwidacja szkody z OC sprawcy w wariancie kosztorysowym, a jak w serwisowym? Mam ⟪c:Skodę Octavię¦Toyotę Corollę¦Dacię Duster⟫ i ⟪c:PZU¦Warta¦Ergo Hestia⟫ wyceniło naprawę w Audatexie na połowę tego, co chce ASO. Czy mogę powołać się na orzecznictwo Sądu Najwyższego o częściach oryginalnych?
""")

add("clean_motor_repair", "repairable_or_not", "en", "", """
is a ⟪c:mini cooper s¦land rover defender 110¦jaguar i-pace⟫ with a cracked ⟪c:sunroof¦battery casing¦windscreen⟫ usually repairable or is it going to be a write off? roughly what would a body shop like ⟪c:Halfords Autocentre¦Fix Auto¦ChipsAway⟫ charge
""", case="lower")

# --- clean_catastrophe -----------------------------------------------------
add("clean_catastrophe", "windstorm_timeline", "en", "", """
Build me a timeline of the big European windstorms for a cat-modelling training deck: Lothar and Martin (1999), Kyrill (2007), Xynthia (2010), ⟪c:Eunice (2022)¦Ciarán (2023)¦Daniel (2023)⟫. Include insured loss estimates from PERILS or Munich Re NatCatSERVICE where known.
""")

add("clean_catastrophe", "florida_aob", "en", "", """
What did ⟪c:Hurricane Ian¦Hurricane Helene¦Hurricane Milton¦Hurricane Michael⟫ teach Florida insurers about assignment of benefits and roof claims? Compare with Andrew in 1992 and mention Citizens Property Insurance.
""", rows=4)

add("clean_catastrophe", "consorcio_dana", "es", "", """
¿Cómo funciona el Consorcio de Compensación de Seguros en inundaciones como ⟪c:la DANA de Valencia de octubre de 2024¦la riada de Sant Llorenç de 2018¦la DANA de la Vega Baja de 2019⟫? ¿Qué pasa con los coches asegurados solo a terceros y qué plazos hay para pedir la indemnización?
""")

add("clean_catastrophe", "catastrofale_imprese", "it", "", """
Spiegami come funziona l'obbligo di copertura catastrofale per le imprese introdotto con la legge di bilancio 2024, con esempi come il terremoto di ⟪c:Amatrice¦L'Aquila¦Emilia del 2012⟫ o l'alluvione in Romagna. Cosa cambia per un piccolo capannone a ⟪c:Faenza¦Modena¦Cesena⟫?
""")

add("clean_catastrophe", "dask_hasar_tespit", "tr", "", """
6 şubat ⟪c:kahramanmaraş¦hatay¦adıyaman⟫ depremlerinden sonra dask poliçesi olan bir konut için hasar tespiti nasıl yapılıyor? ağır hasarlı ile yıkık arasındaki fark tazminatı nasıl etkiliyor? kısa maddeler halinde yaz
""", case="lower")

add("clean_catastrophe", "scales_wiki", "en", "", """
for the cat team wiki: difference between the Saffir-Simpson scale, the Beaufort scale and the ⟪c:Enhanced Fujita¦Modified Mercalli¦Richter⟫ scale, and which one actually matters for a parametric trigger? one para each
""", case="lower")

add("clean_catastrophe", "cat_declaration_au", "en", "", """
Summarise how the Insurance Council of Australia handles catastrophe declarations, using ⟪c:the 2019–20 Black Summer bushfires¦the 2022 Lismore floods¦Cyclone Alfred in 2025⟫ as the example. Mention NRMA, Suncorp and IAG where relevant.
""")

# --- clean_health_travel ---------------------------------------------------
add("clean_health_travel", "ghic_ski", "en", "", """
If a UK tourist breaks an ankle skiing in ⟪c:Val d'Isère¦Zermatt¦St. Anton⟫, what does the GHIC cover vs the travel policy? Does the ⟪c:French¦Swiss¦Austrian⟫ system make a difference, and what about helicopter rescue by ⟪c:the PGHM¦Air Zermatt¦ÖAMTC Christophorus⟫?
""")

add("clean_health_travel", "eponymous_conditions", "en", "", """
For a travel insurance pre-existing conditions screen, how do underwriters usually treat ⟪c:Crohn's disease, Hashimoto's and Raynaud's¦Parkinson's, Ménière's and Bell's palsy¦Graves' disease, Addison's and Hodgkin lymphoma in remission¦Alzheimer's, Asperger's and Tourette's⟫? Just general practice, not advice.
""", rows=4)

add("clean_health_travel", "eu261_or_policy", "en", "", """
Flight delayed 5 hours from ⟪c:Charles de Gaulle to John Lennon Airport¦Václav Havel Airport to Chopin Airport¦Leonardo da Vinci–Fiumicino to Marco Polo⟫ — do I claim under EU261 or my travel insurance first? Can I get both?
""")

add("clean_health_travel", "assistance_carte", "fr", "", """
Quelle est la différence entre l'assistance rapatriement de la carte ⟪c:Visa Premier¦Gold Mastercard¦American Express Gold⟫ et une vraie assurance voyage ? Par exemple pour une hospitalisation à ⟪c:l'hôpital Albert Einstein de São Paulo¦Mount Sinai à New York¦Bumrungrad à Bangkok⟫ : qui avance les frais ?
""")

add("clean_health_travel", "chiryou_kyuen", "ja", "", """
海外旅行保険の「治療・救援費用」と「疾病死亡」の違いを簡単に教えてください。例えば⟪c:ハワイ¦パリ¦バンコク⟫で食中毒やデング熱になった場合、クレジットカード付帯保険（⟪c:楽天カード¦三井住友カード¦JCBゴールド⟫）だけで足りますか？
""")

add("clean_health_travel", "reseskydd", "sv", "", """
Vad skiljer reseskyddet i hemförsäkringen från en separat reseförsäkring hos t.ex. ⟪c:Europeiska ERV¦Gouda¦Trygg-Hansa⟫? Gäller det om man blir sjuk i ⟪c:Thailand¦Spanien¦USA⟫ efter 45 dagar? Och hur funkar det med EU-kortet?
""")

add("clean_health_travel", "report_terms", "en", "", """
what do these mean on a medical report for a travel claim: ⟪c:"Colles fracture", "Glasgow Coma Scale 14", "Weil's disease"¦"Baker's cyst", "Achilles rupture", "Legionnaires' disease"¦"Bell's palsy", "Guillain-Barré", "Ménière's"⟫ – plain english pls
""", case="lower")

# --- clean_templates (placeholders and sample people) ------------------------
add("clean_templates", "merge_fields", "en", "", """
Fix the merge fields in this letter template, some of them don't match our ⟪c:Salesforce¦Guidewire¦Duck Creek⟫ field names:

Dear {{policyholder.title}} {{policyholder.last_name}},
Claim reference: {{claim.number}}
We are sorry to hear about the ⟪c:escape of water¦theft¦storm damage⟫ at {{risk_address.line1}}. Your loss adjuster, {{adjuster.full_name}}, will call you on {{policyholder.phone}} within 2 working days.
Yours sincerely,
[HANDLER NAME]
Claims Team
""")

add("clean_templates", "training_call", "en", "", """
Write a training example of a motor FNOL call for new starters using sample details only: policyholder ⟪c:John Doe¦Joe Bloggs¦Jane Citizen⟫, third party ⟪c:Jane Roe¦A. N. Other¦John Smith⟫, vehicle a Ford Focus. Show good and bad questioning, and have the caller mention they were following a Tesco delivery van.
""")

add("clean_templates", "decline_letter", "en", "", """
Improve this decline letter template — it sounds cold. Keep the placeholders exactly:

Dear [CLAIMANT NAME],
Re: Claim [CLAIM NO.] – [PET NAME]
We have reviewed the invoices from [VET PRACTICE]. Unfortunately the treatment for ⟪c:cruciate ligament disease¦hip dysplasia¦Cushing's disease⟫ is excluded as a pre-existing condition (Section ⟪c:4.2¦6.1¦3.7⟫).
Regards,
[HANDLER FIRST NAME]
""")

add("clean_templates", "sms_none", "en", "", """
Our SMS template renders "Hi None" sometimes. What's wrong?

Hi {{ customer.first_name }}, your {{ claim.type | title }} claim {{ claim.ref }} is now with {{ assessor.company }}. Reply STOP to opt out.

Template engine is Jinja2 in a Flask app, data comes from ⟪c:HubSpot¦Zendesk¦Dynamics 365⟫.
""")

add("clean_templates", "musteranschreiben", "de", "", """
Ich brauche ein Musteranschreiben für Regressforderungen mit Platzhaltern. Bitte als Beispiel ⟪c:Max Mustermann¦Erika Mustermann¦Otto Normalverbraucher⟫ als Schädiger und die „Musterversicherung AG" als Absender nehmen, Musterstraße 1, 12345 Musterstadt.
""")

add("clean_templates", "skademelding_eksempel", "nb", "", """
Lag et eksempel på et skademeldingsskjema for innboforsikring, fylt ut med eksempeldata: ⟪c:Ola Nordmann¦Kari Nordmann¦Ola og Kari Nordmann⟫, Eksempelveien 1, 0000 Oslo. Bruk feltene fra ⟪c:Gjensidige¦If¦Fremtind⟫ sitt skjema hvis du vet hvordan de ser ut.
""")

add("clean_templates", "vzor_plne_moci", "cs", "", """
Potřebuji vzor plné moci k vyřízení pojistné události pro ⟪c:Jana Nováka¦Janu Novákovou¦Josefa Nováka⟫ (jen jako ukázka, vymyšlená osoba), s poli [JMÉNO A PŘÍJMENÍ], [RODNÉ ČÍSLO], [ADRESA]. Pojišťovna ⟪c:Generali Česká¦ČSOB Pojišťovna¦Slavia pojišťovna⟫.
""")

add("clean_templates", "esimerkkilomake", "fi", "", """
Tee esimerkkilomake matkatavaravahingon korvaushakemuksesta. Käytä esimerkkinimenä ⟪c:Matti Meikäläistä¦Maija Meikäläistä¦Matti ja Maija Meikäläistä⟫ ja jätä henkilötunnukselle paikka muodossa [HETU]. Vakuutusyhtiö ⟪c:Pohjola¦Fennia¦Turva⟫.
""")

# --- clean_industry --------------------------------------------------------
add("clean_industry", "ceo_table", "en", "", """
Who runs the big European insurers now? Table with company, CEO, HQ: Allianz (Oliver Bäte), AXA (Thomas Buberl), Generali (Philippe Donnet), Zurich (Mario Greco), ⟪c:Munich Re (Joachim Wenning)¦Aviva (Amanda Blanc)¦Swiss Re (Andreas Berger)⟫. Correct me if any are out of date.
""")

add("clean_industry", "float_buffett", "en", "", """
Why does Warren Buffett say insurance float is so valuable? Use ⟪c:GEICO¦National Indemnity¦General Re⟫ as the example and mention what Ajit Jain does at Berkshire Hathaway.
""")

add("clean_industry", "lloyds_explainer", "en", "", """
Explain to a new broker how Lloyd's of London works: syndicates, Names, managing agents, the Corporation, the Lime Street building, and what the ⟪c:Lutine Bell¦Room¦Central Fund⟫ is. Use ⟪c:Hiscox¦Beazley¦Brit⟫ as an example syndicate.
""")

add("clean_industry", "ombudsman_which", "en", "", """
which regulator handles insurance complaints in ⟪c:ireland vs the uk¦germany vs austria¦france vs belgium⟫? like the fos / ombudsman equivalent, and is there a time limit
""", case="lower")

add("clean_industry", "kifid_klacht", "nl", "", """
Kun je uitleggen wat het Verbond van Verzekeraars doet en hoe het Kifid werkt bij een klacht over ⟪c:Achmea¦Nationale-Nederlanden¦a.s.r.⟫? Noem ook het verschil met de AFM en De Nederlandsche Bank.
""")

add("clean_industry", "danish_market", "en", "", """
Give me a short overview of the biggest non-life insurers in Denmark (Tryg, Topdanmark, Alm. Brand, Codan) and what happened when ⟪c:Sampo bought Topdanmark¦Alm. Brand bought Codan¦Tryg and Intact bought RSA⟫. Bullet points, for a briefing to our Copenhagen partners.
""")

add("clean_industry", "mabisz_mnb", "hu", "", """
Mit csinál a MABISZ és a Magyar Nemzeti Bank a biztosítási panaszoknál? Példának vedd a ⟪c:Groupama¦Uniqa¦Generali⟫ egy lakásbiztosítási kárrendezését. Röviden, pontokba szedve.
""")

add("clean_industry", "ojk_aaui", "id", "", """
Apa peran OJK dan AAUI dalam penyelesaian sengketa klaim asuransi kendaraan? Misalnya klaim ditolak oleh ⟪c:Asuransi Astra (Garda Oto)¦Sinar Mas¦ACA⟫ karena mobil dipakai untuk taksi online. Jelaskan singkat saja.
""")

# --- clean_data (aggregates, code, formulas) --------------------------------
add("clean_data", "triangle_bf", "en", "", """
Here's a paid claims triangle (£000s). Can you run chain ladder and Bornhuetter-Ferguson with an ELR of ⟪c:65%¦70%¦72%⟫ and compare? Also what does the Mack model add?

AY   12    24    36    48
2020 1,204 2,118 2,540 2,611
2021 1,330 2,407 2,805
2022 1,512 2,690
2023 ⟪c:1,688¦1,702¦1,655⟫
""")

add("clean_data", "sql_open_claims", "en", "", """
Write a SQL query for our claims warehouse: count open claims by peril and region for the last 90 days, and average days to first contact. Tables: claims(claim_id, peril, region, status, fnol_ts), contacts(claim_id, contact_ts, channel). Regions are things like ⟪c:'North West', 'Wales', 'Scotland'¦'Leinster', 'Munster', 'Connacht'¦'Bavaria', 'Saxony', 'Berlin'⟫. Postgres.
""")

add("clean_data", "fnol_schema", "en", "", """
Validate this JSON schema for FNOL intake — is "required" right and should postcode be a pattern?

{"type":"object","required":["policyNumber","lossDate","peril"],
 "properties":{"policyNumber":{"type":"string","pattern":"^⟪c:HH¦MT¦PL⟫-[0-9]{8}$"},
  "firstName":{"type":"string"},"lastName":{"type":"string"},
  "lossDate":{"type":"string","format":"date"},
  "peril":{"enum":["FIRE","FLOOD","STORM","THEFT","EOW","IMPACT"]},
  "postcode":{"type":"string"}}}
""")

add("clean_data", "reserve_band_formula", "en", "", """
excel: i need a formula that gives the reserve band from column ⟪c:F¦H¦K⟫ — under 5k "A", 5k–25k "B", over 25k "C", and blank if the claim status is "Closed". using excel 365
""", case="lower")

add("clean_data", "monthly_pack_csv", "en", "", """
Summarise this in 3 bullets for the monthly pack:

month,peril,claims,avg_paid_gbp
2024-01,Storm,⟪c:1840¦1722¦1915⟫,2310
2024-01,EoW,912,3480
2024-02,Storm,⟪c:433¦518¦390⟫,1960
2024-02,Theft,121,2045
2024-04,Flood (Storm Kathleen),⟪c:277¦301¦264⟫,8120
""")

add("clean_data", "informe_trimestral", "es", "", """
Con estos datos agregados de siniestralidad del ramo de autos, ¿me escribes un párrafo para el informe trimestral?
Frecuencia: ⟪c:6,8 %¦7,1 %¦6,5 %⟫ | Coste medio: 1.142 € | Ratio combinado: 98,4 %
Principales causas: alcance trasero, lunas y robo de catalizadores en ⟪c:Madrid y Barcelona¦Sevilla y Málaga¦Valencia y Alicante⟫.
""")

add("clean_data", "pinakas_apozimioseon", "el", "", """
Μπορείς να μου φτιάξεις έναν συγκεντρωτικό πίνακα με τις αποζημιώσεις ανά κατηγορία; Πυρκαγιά: ⟪c:214¦198¦233⟫ φάκελοι, Πλημμύρα: 1.102, Κλοπή: 87. Τα στοιχεία είναι για ⟪c:Αττική¦Θεσσαλία¦Εύβοια⟫, Q1 2024. Θέλω και ένα σχόλιο για την επίδραση της κακοκαιρίας Daniel.
""")

add("clean_data", "pandas_incurred", "en", "", """
pandas question: I have a claims dataframe with columns claim_id, insurer ('Aviva', 'Direct Line', 'Admiral', 'Churchill', 'Hastings', '⟪c:LV=¦Saga¦Ageas⟫'), paid, reserve. How do I get incurred by insurer, sorted descending, without the SettingWithCopyWarning?
""")

add("clean_data", "test_card_excess", "en", "", """
Our excess-payment page in the claims portal keeps failing in the sandbox. Using Stripe's test card 4242 4242 4242 4242 with any future expiry, the ⟪c:PaymentIntent¦SetupIntent¦Checkout Session⟫ comes back "requires_action". Is that 3DS? We're on ⟪c:React + Node¦Next.js¦Django⟫.
""")


# ===========================================================================
# Build, check, report
# ===========================================================================
def build():
    draw = Draw(random.Random(SEED))
    rows, meta = [], []
    for t in TEMPLATES:
        ccs = t["cc"].split() or ["uk"]
        for n in range(t["rows"]):
            row = Row(draw, ccs[n % len(ccs)], n)
            text, spans = unmark(row.render(t["text"]), t["case"])
            rows.append({
                "id": f"{SET}-{t['cls']}-{t['name']}-{n}", "text": text, "spans": spans,
                "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": "",
            })
            meta.append({"lang": t["lang"], "case": t["case"],
                         "cultures": [p["culture"] for p in row.people.values()]})
    return rows, meta


def iban_ok(value):
    s = value.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def luhn_ok(value):
    digits = [int(ch) for ch in value if ch.isdigit()]
    total = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        total += x
    return total % 10 == 0


def check(rows):
    fields = {"id", "text", "spans", "source", "class", "template", "locale"}
    ids, texts, per_template = set(), set(), Counter()
    for row in rows:
        assert set(row) == fields, row["id"]
        assert row["id"] not in ids, f"duplicate id {row['id']}"
        assert row["text"] not in texts, f"duplicate text {row['id']}"
        ids.add(row["id"])
        texts.add(row["text"])
        assert row["locale"] == ""
        assert row["id"] == f"{SET}-{row['class']}-{row['template']}-{row['id'].rsplit('-', 1)[1]}"
        per_template[(row["class"], row["template"])] += 1
        text = row["text"]
        for ch in "⟦⟧⟪⟫¦":
            assert ch not in text, f"marker left in {row['id']}"
        end = 0
        for sp in row["spans"]:
            v = sp["value"]
            assert sp["type"] in ALLOWED, (row["id"], sp)
            assert v and v == v.strip(), (row["id"], sp)
            assert text[sp["start"]:sp["end"]] == v, (row["id"], sp)
            assert sp["start"] >= end, f"overlap or unsorted in {row['id']}"
            end = sp["end"]
            if sp["type"] == "IBAN_CODE":
                assert iban_ok(v), (row["id"], v)
            if sp["type"] == "CREDIT_CARD":
                assert luhn_ok(v), (row["id"], v)
        if row["class"].startswith("clean_"):
            assert not row["spans"], f"span in PII-free row {row['id']}"
        else:
            assert row["class"].startswith("personal_"), row["id"]
            assert row["spans"], f"no span in {row['id']}"
    assert len({t for _, t in per_template}) == len(per_template), "template name reused"
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5
    for values in IBANS.values():
        assert all(iban_ok(v) for v in values)
    assert all(luhn_ok(v) for v in CARDS)
    return True


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows, meta, data):
    personal = [r for r in rows if not r["class"].startswith("clean_")]
    print(f"{OUT.name}: {len(rows)} rows, {len(personal)} personal, "
          f"{len(rows) - len(personal)} PII-free, "
          f"{len({(r['class'], r['template']) for r in rows})} templates")
    for cls, k in sorted(Counter(r["class"] for r in rows).items()):
        print(f"  {cls:24} {k}")
    types = Counter(sp["type"] for r in rows for sp in r["spans"])
    print("spans:", ", ".join(f"{t} {k}" for t, k in types.most_common()))
    langs = Counter(m["lang"] for m in meta)
    other = sum(k for lang, k in langs.items() if lang != "en")
    print(f"languages ({len(langs)}; not English {other} rows = {100 * other / len(rows):.0f}%):",
          ", ".join(f"{lang} {k}" for lang, k in langs.most_common()))
    cases = Counter(m["case"] or "mixed" for m in meta)
    print("case:", ", ".join(f"{c} {k}" for c, k in sorted(cases.items())))
    cultures = {c for m in meta for c in m["cultures"]}
    print(f"cultures of private people used: {len(cultures)}")
    print("sha256:", hashlib.sha256(data.encode("utf-8")).hexdigest())


def main(argv):
    rows, meta = build()
    check(rows)
    data = serialise(rows)
    if "--check" in argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs from a fresh build")
        return 1
    OUT.write_text(data, encoding="utf-8")
    report(rows, meta, data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
