#!/usr/bin/env python3
"""kitchen: a hand-written check set on food and hospitality businesses (sealed holdout).

Python standard library only. Every private value below (names, streets, postcodes, phones,
dates of birth, ID numbers, IBANs, card numbers, IP addresses) was typed by hand; e-mail local
parts are built from the typed names. Check digits were worked out once in a scratch session and
typed in as literals; check() verifies every one of them.

    python build.py            # writes holdout.jsonl next to this file
    python build.py --check    # rebuilds in memory, compares, runs check()
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

SEED = 62418
NAME = "kitchen"
SPLIT = "holdout"
HERE = Path(__file__).resolve().parent
OUT = HERE / f"{SPLIT}.jsonl"
SOURCE = f"eval/{NAME}/build.py"
TYPES = {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "NATIONAL_ID", "DATE_OF_BIRTH", "US_SSN"}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)

# ---------------------------------------------------------------------------------------------
# People. One line a person: "given / family[ / middle] | sex | culture | key=value ...".
# Keys: dob=YYYY-MM-DD, o=order (gf default; fg = family first with a space; fgc = family first
# without a space; ru = family given patronymic; vi = family middle given), rom=given,family
# (ASCII for e-mails), and an ID kind (nino, ssn, steuerid, ...) = the typed number.
# Anyone born in 2008 or later is a child and fills only child slots.
# ---------------------------------------------------------------------------------------------
PEOPLE_SRC = {
    "en": """
Rhys / Pritchard | m | Welsh | dob=1998-03-27 | nino=JM 52 81 37 B
Folake / Adebayo | f | Yoruba | dob=1993-12-09 | nino=PW 73 04 19 A
Keisha / Robinson | f | African American | dob=1995-07-18 | ssn=518-62-4093
Mateo / Gutiérrez | m | Mexican American | dob=2001-10-05 | ssn=447-31-8826
Thandeka / Mokoena | f | Sotho | dob=1988-02-19 | zaid=8802191814087
Olive / Baker | f | English | dob=1990-06-02
Hazel / Cook | f | English
Basil / Fry | m | English | dob=1947-01-20
Rosemary / Lamb | f | English
Tomasz / Kaczmarek | m | Polish British
Aoife / Brennan | f | Irish | dob=1985-08-14
Ciarán / Ó Dálaigh | m | Irish
Niamh / Mac Suibhne | f | Irish
Eilidh / MacAskill | f | Scottish Gaelic
Gwenllian / Pugh | f | Welsh | dob=1979-04-03
Chinedu / Okonkwo | m | Igbo | dob=1983-10-12
Kwabena / Asante | m | Akan
Wanjiru / Kamau | f | Kikuyu
Otieno / Ochieng | m | Luo
Sipho / Ndlovu | m | Zulu
Hamza / Yusuf | m | British Somali
Abdi / Warsame | m | Somali
Meron / Tesfaye | f | Amharic
Priya / Raghunathan | f | Tamil | dob=1991-01-25
Arjun / Venkatesh | m | Tamil
Harpreet / Kaur Gill | f | Punjabi
Gurdeep / Singh Sahota | m | Punjabi | dob=1968-06-30
Farhana / Begum | f | Bengali | dob=1987-05-17
Imran / Qureshi | m | Pakistani British
Deepika / Nair | f | Malayali
Rohan / Mehta | m | Gujarati
Sana / Al-Rashid | f | Iraqi
Karim / Haddad | m | Lebanese
Yasmin / El Khoury | f | Lebanese
Omar / Abdelrahman | m | Egyptian
Leila / Moradi | f | Persian | dob=1976-12-01
Daniel / Ben-Haim | m | Israeli
Linh / Pham | f | Vietnamese American
Wei Ling / Tan | f | Singaporean Chinese | o=fg
Jun Hao / Lim | m | Singaporean Chinese | o=fg
Kenji / Watanabe | m | Japanese American
Ha-eun / Jung | f | Korean American
Maricel / Dela Cruz | f | Filipino
Rodel / Villanueva | m | Filipino
Aroha / Ngata | f | Māori
Tevita / Fifita | m | Tongan
Malia / Tuilagi | f | Samoan
Keoni / Kahananui | m | Hawaiian
Ximena / Ortega Ríos | f | Mexican
Camila / Duarte | f | Colombian
Joaquín / Araya | m | Chilean
Sofía / Benítez | f | Argentine
Luana / Ferraz | f | Brazilian
João Pedro / Tavares | m | Portuguese
Amélie / Gagnon | f | Québécois
Étienne / Tremblay | m | Québécois
Pieter / van Wyk | m | Afrikaans
Anneke / Botha | f | Afrikaans
Lars / Eriksen | m | Norwegian
Freja / Holm | f | Danish
Katarzyna / Nowicka | f | Polish | dob=1982-07-07
Dragan / Marković | m | Serbian
Ivana / Horvat | f | Croatian
Giulia / Ferraro | f | Italian
Stavros / Georgiou | m | Greek Cypriot
Elif / Karaca | f | Turkish
Dmitri / Volkov | m | Russian
Oksana / Hnatiuk | f | Ukrainian
Jamal / Washington | m | African American
Tyrone / Campbell | m | Jamaican British
Marcus / Wright | m | English
Chloe / Hughes | f | Welsh
James / Martin | m | English
John / Lewis | m | English
Paul / Young | m | English
Jack / Daniels | m | US
Sunita / Pillai | f | Malayali
Ahmed / Hussain | m | Pakistani British
Bronwyn / Taylor | f | Australian
Declan / Murphy | m | Irish
Kirsty / McAllister | f | Scottish
Fatima Zahra / Benjelloun | f | Moroccan
Mohamed / Diallo | m | Fula
Aminata / Sow | f | Senegalese
Ngozi / Eze | f | Igbo
Tunde / Bakare | m | Yoruba
Ravi / Shankar | m | Kannadiga
Joy / Mwangi | f | Kikuyu
Summer / Rhodes | f | English
Grant / Hardy | m | Scottish
Dawn / Parry | f | Welsh
Faye / Sutton | f | English
Isabel / Carmona | f | Spanish British
Bethan / Lloyd-Jones | f | Welsh
Callum / Fairweather | m | Scottish
Mei / Kobayashi | f | Japanese British
Isla / Whitfield | f | English | dob=2016-04-22
Amara / Nwosu | f | Igbo | dob=2014-09-03
Zara / Iqbal | f | Pakistani British | dob=2018-11-15
Ollie / Kaczmarek | m | Polish British | dob=2017-06-30
Kofi / Asante | m | Akan | dob=2019-02-11
Theo / Lambert | m | English | dob=2015-12-24
""",
    "de": """
Leonie / Schwarzkopf | f | German | dob=1999-04-17 | steuerid=51370394869
Mehmet / Yıldırım | m | Turkish German | dob=1994-08-02 | steuerid=21470537683
Karl-Heinz / Koch | m | German | dob=1961-02-14
Annegret / Becker | f | German | dob=1948-09-30
Jonas / Wiesner | m | Bavarian
Svetlana / Hoffmann | f | Russian German | dob=1972-05-06
Dragana / Ilić | f | Serbian German
Friederike / von Stein | f | German
Ole / Petersen | m | Frisian
Aylin / Demir | f | Turkish German | dob=1988-11-23
Tobias / Fink | m | Swabian
Magdalena / Huber | f | Bavarian
Rüdiger / Schulze-Wendt | m | Westphalian
Nadine / Sommer | f | German
""",
    "at": """
Lukas / Hofbauer | m | Austrian | dob=1995-12-06 | svnr=6599 061295
Verena / Pichler | f | Austrian
""",
    "fr": """
Inès / Benali | f | Algerian French | dob=2001-09-23 | nir=201096912342927
Kévin / Le Gall | m | Breton | dob=1997-02-11 | nir=197022923282943
Solène / Boulanger | f | French
Mamadou / Diop | m | Senegalese French
Thérèse / Vasseur | f | Picard | dob=1955-06-18
Jean-Baptiste / Moreau | m | French
Nour / Belkacem | f | Kabyle | dob=1984-03-02
Océane / Marchand | f | French
Guillaume / Da Silva | m | Portuguese French
Héloïse / Fabre | f | Occitan
Maël / Kerjean | m | Breton | dob=2017-05-04
Lina / Ferrand | f | French | dob=2015-10-12
Yanis / Ferrand | m | French | dob=2018-01-29
""",
    "be": """
Fabienne / Lambotte | f | Walloon
Pieter-Jan / Claes | m | Flemish
""",
    "es": """
Lucía / Fernández Ortega | f | Castilian | dni=14577537E
Javier / Morales Peña | m | Andalusian | dni=56724193Y
Alejandro / Medina Vidal | m | Valencian | dni=29838730W
Ionela / Popescu | f | Romanian in Spain | nie=X2280893Y
Youssef / El Amrani | m | Moroccan in Spain | nie=Y9822941T
Ainhoa / Etxeberria | f | Basque
Xosé Manuel / Outeiro Rial | m | Galician
Montserrat / Vilaró i Pujol | f | Catalan
Rocío / Domínguez Paz | f | Andalusian
Dolores / Sánchez Gil | f | Castilian
Wilmer / Quintero | m | Venezuelan in Spain
Consuelo / Rubio | f | Castilian
Nerea / Arrieta | f | Basque
""",
    "mx": """
José Luis / Hernández Cruz | m | Mexican | dob=2000-05-17 | curp=HECL000517HPLRRSA8
Guadalupe / Cuautle Pérez | f | Nahua Mexican
""",
    "it": """
Salvatore / Esposito | m | Neapolitan | dob=1989-06-14 | cf=SPSSVT89H14F839H
Chiara / Lombardi | f | Bergamasque | dob=2003-01-30 | cf=LMBCHR03A70A794W
Giuseppe / Russo | m | Sicilian | dob=1958-11-02 | cf=RSSGPP58S02G273V
Maria Grazia / Fornaro | f | Apulian | dob=1971-03-08 | cf=FRNMGR71C48A662K
Federica / Cuoco | f | Campanian
Lorenzo / Dal Bianco | m | Venetian
Annalisa / Melis | f | Sardinian
Pasquale / Di Gennaro | m | Abruzzese
Elisabetta / Zanetti | f | Friulian
Matteo / Bellini | m | Lombard
Giorgia / Serra | f | Italian | dob=2017-03-14
""",
    "pt": """
Rita / Carvalho Nunes | f | Portuguese | nif=259665428
Duarte / Meireles | m | Portuguese
Fernanda / Pinto Leal | f | Portuguese
""",
    "br": """
Thiago / Alves Pereira | m | Brazilian | dob=1994-02-08 | cpf=439.616.271-50
Jéssica / Oliveira Rocha | f | Brazilian | dob=1999-12-21 | cpf=868.543.121-24
Raimunda / Nonato da Silva | f | Nordestina
Luiz Felipe / Campos | m | Mineiro
Isadora / Klein | f | German Brazilian
Maria Eduarda / Bezerra Lins | f | Pernambucana | dob=2016-08-05
""",
    "nl": """
Daan / Visser | m | Dutch | bsn=945807983
Fenna / Dijkstra | f | Frisian
Mohamed / Bouzid | m | Moroccan Dutch
Femke / van den Berg | f | Dutch
Jeroen / Mulder | m | Dutch
Priscilla / Sedney | f | Surinamese Dutch
Wout / de Wit | m | Zeelander
""",
    "pl": """
Bartosz / Kucharski | m | Polish | dob=1996-07-25 | pesel=96072537757
Agnieszka / Wróbel | f | Polish
Małgorzata / Piekarska | f | Polish
Grzegorz / Szewczyk | m | Polish
Zofia / Nowak-Jeziorańska | f | Polish
Łukasz / Bąk | m | Polish
""",
    "cs": """
Kateřina / Holubová | f | Czech | dob=1979-12-03 | rc=796203/2342
Vojtěch / Kuchař | m | Czech
""",
    "sv": """
Elin / Lindqvist | f | Swedish | dob=1998-05-12 | pnr=980512-6944
Oskar / Nyström | m | Swedish | dob=2000-10-03 | pnr=001003-1110
Linnea / Björk | f | Swedish | dob=2002-02-27 | pnr=020227-5103
Hassan / Jama Abdullahi | m | Somali Swedish
""",
    "no": """
Ingrid / Solberg | f | Norwegian | dob=1996-09-30 | fnr=30099617205
""",
    "da": """
Mette / Frederiksen | f | Danish
Rasmus / Kjeldsen | m | Danish
""",
    "fi": """
Aleksi / Mäkelä | m | Finnish | dob=2001-03-22 | hetu=220301A707N
""",
    "hu": """
Éva / Szakács | f | Hungarian | o=fg | taj=731 976 867
""",
    "ro": """
Andreea / Munteanu | f | Romanian | dob=1999-07-09 | cnp=2990709124503
""",
    "el": """
Νίκος / Παπαδάκης | m | Cretan | dob=1990-03-15 | amka=15039084718 | rom=nikos,papadakis
Ελένη / Κωνσταντίνου | f | Greek | dob=1952-10-04 | amka=04105287207 | rom=eleni,konstantinou
""",
    "tr": """
Emre / Aydoğan | m | Turkish | tckn=47045052816
Büşra / Kaplan | f | Turkish
Hakan / Öztürk | m | Turkish
Serkan / Çelik | m | Turkish
""",
    "ru": """
Дмитрий / Соколов / Андреевич | m | Russian | o=ru | snils=474-116-677 93 | rom=dmitry,sokolov
Анна / Морозова / Игоревна | f | Russian | o=ru | rom=anna,morozova
""",
    "ua": """
Олена / Бондаренко / Петрівна | f | Ukrainian | o=ru | dob=1986-06-01 | rnokpp=3156342928 | rom=olena,bondarenko
Марко / Бондаренко | m | Ukrainian | dob=2019-03-08
Соломія / Бондаренко | f | Ukrainian | dob=2021-07-14
""",
    "ar": """
أحمد / عبد الفتاح | m | Egyptian | rom=ahmed,abdelfattah
منى / الشريف | f | Egyptian | rom=mona,elsherif
يوسف / عبد الفتاح | m | Egyptian | dob=2015-06-09
خالد / العبادي | m | Jordanian | rom=khaled,alabbadi
ليلى / العبادي | f | Jordanian | rom=layla,alabbadi
رنا / حدادين | f | Jordanian | rom=rana,haddadin
""",
    "he": """
יעל / פרידמן | f | Israeli | il=598747178 | rom=yael,friedman
מיכל / אזולאי | f | Moroccan Israeli | rom=michal,azulay
נועה / אזולאי | f | Moroccan Israeli | dob=2016-02-02
אורי / שפירא | m | Israeli | rom=uri,shapira
""",
    "hi": """
राजेश / कुमार यादव | m | Hindi | aadhaar=8209 6654 2876 | rom=rajesh,yadav
सुनीता / देवी | f | Bihari | rom=sunita,devi
""",
    "ja": """
陽菜 / 佐々木 | f | Japanese | o=fg | dob=2004-08-19 | mynum=9549 4134 8266 | rom=hina,sasaki
健太 / 中村 | m | Japanese | o=fg | rom=kenta,nakamura
由美子 / 石井 | f | Japanese | o=fg | rom=yumiko,ishii
翔 / 大塚 | m | Japanese | o=fg | rom=sho,otsuka
真由美 / 川口 | f | Japanese | o=fg | rom=mayumi,kawaguchi
大輔 / 森田 | m | Japanese | o=fg | rom=daisuke,morita
""",
    "zh": """
志强 / 刘 | m | Sichuanese | o=fgc | dob=1991-02-14 | cnid=510107199102143135 | rom=zhiqiang,liu
婷婷 / 黄 | f | Cantonese | o=fgc | rom=tingting,huang
建国 / 马 | m | Hui | o=fgc | rom=jianguo,ma
欣怡 / 郑 | f | Zhejiang | o=fgc | rom=xinyi,zheng
""",
    "ko": """
준호 / 박 | m | Korean | o=fgc | dob=1958-04-11 | rrn=580411-1353864 | rom=junho,park
지은 / 한 | f | Korean | o=fgc | rom=jieun,han
성민 / 오 | m | Korean | o=fgc | rom=sungmin,oh
유나 / 서 | f | Korean | o=fgc | rom=yuna,seo
""",
    "th": """
ณัฐพล / ศรีสุข | m | Thai (Isan) | thid=1-7229-71028-22-6 | rom=nattaphon,srisuk
""",
    "vi": """
Tùng / Nguyễn / Văn | m | Vietnamese | o=vi | dob=1998-04-06 | cccd=001098905591
""",
    "id": """
Agus / Setiawan | m | Javanese | dob=1993-05-21 | nik=3174042105935520
Dewi / Lestari | f | Sundanese | dob=1997-11-09 | nik=3204124911971986
""",
    "tl": """
Rowena / Macaraeg | f | Pangasinense
Ernesto / Dimaculangan | m | Batangueño
Lorna / Pangilinan | f | Kapampangan
Teresita / Salonga | f | Tagalog
Joy / Villaluz | f | Tagalog
""",
}

ID_KINDS = {"nino", "ssn", "steuerid", "svnr", "nir", "cf", "dni", "nie", "curp", "nif", "cpf", "bsn",
            "pesel", "rc", "pnr", "fnr", "hetu", "taj", "cnp", "amka", "tckn", "snils", "rnokpp", "il",
            "aadhaar", "thid", "mynum", "cnid", "rrn", "cccd", "nik", "zaid"}


class Person:
    def __init__(self, pool, idx, line):
        parts = [x.strip() for x in line.split(" | ")]
        names = [x.strip() for x in parts[0].split(" / ")]
        self.given, self.family = names[0], names[1]
        self.mid = names[2] if len(names) > 2 else ""
        self.sex, self.culture = parts[1], parts[2]
        self.key = f"{pool}:{idx}"
        self.pool = pool
        self.dob = None
        self.order = "gf"
        self.rom = None
        self.ids = {}
        for kv in parts[3:]:
            k, v = kv.split("=", 1)
            if k == "dob":
                self.dob = date.fromisoformat(v)
            elif k == "o":
                self.order = v
            elif k == "rom":
                self.rom = tuple(v.split(","))
            elif k in ID_KINDS:
                self.ids[k] = v
            else:
                raise ValueError(f"unknown key {k} in {line}")
        self.kid = bool(self.dob and self.dob.year >= 2008)

    @property
    def full(self):
        g, f, m = self.given, self.family, self.mid
        return {"gf": f"{g} {f}", "fg": f"{f} {g}", "fgc": f"{f}{g}", "ru": f"{f} {g} {m}",
                "vi": f"{f} {m} {g}"}[self.order]

    @property
    def nat(self):
        return f"{self.given} {self.family}" if self.order == "ru" else self.full


PEOPLE = {}
for _pool, _src in PEOPLE_SRC.items():
    PEOPLE[_pool] = [Person(_pool, i, ln) for i, ln in enumerate(x for x in _src.strip("\n").split("\n") if x.strip())]

# ---------------------------------------------------------------------------------------------
# Home addresses, in each country's layout. Entries are separated by a blank line; each line of
# an entry is a display line; [k:value] is a LOCATION span, k = s street line, f flat/unit,
# d district/barrio/barangay, t town, r region/county/state, p postcode. Prefixes such as
# "C.P.", "CEP", "〒", "г.", "Kel." stay outside the spans.
# ---------------------------------------------------------------------------------------------
ADDR_SRC = {
    "uk": """
[f:Flat 2], [s:31 Fore Street]
[t:Totnes]
[p:TQ9 5HN]

[s:7 Catherine Hill]
[t:Frome]
[r:Somerset]
[p:BA11 1BY]

[s:22 Market Street]
[t:Hebden Bridge]
[p:HX7 6AD]

[s:5 Bull Street]
[t:Holt]
[r:Norfolk]
[p:NR25 6HP]

[s:48 The Homend]
[t:Ledbury]
[p:HR8 1BT]

[s:3 Jingling Lane]
[t:Kirkby Lonsdale]
[p:LA6 2AW]

[s:19 Duke Street]
[t:Settle]
[p:BD24 9DJ]

[f:Flat 4], [s:60 Kirkgate]
[t:Thirsk]
[p:YO7 1PL]

[s:11 Bondgate Without]
[t:Alnwick]
[r:Northumberland]
[p:NE66 1PR]

[s:27 Gracious Street]
[t:Knaresborough]
[p:HG5 8DT]

[s:9 Victoria Street]
[t:Southwold]
[p:IP18 6HZ]

[s:2 Church Street]
[t:Lavenham]
[r:Suffolk]
[p:CO10 9SA]

[s:16 Silver Street]
[t:Bradford-on-Avon]
[p:BA15 1JY]

[s:8 Gloucester Street]
[t:Malmesbury]
[p:SN16 0DY]

[s:41 West Street]
[t:Chipping Norton]
[p:OX7 5EU]

[f:Flat 1], [s:12 Matlock Street]
[t:Bakewell]
[r:Derbyshire]
[p:DE45 1EE]

[s:33 South Street]
[t:Bridport]
[p:DT6 3NY]

[s:6 Cheap Street]
[t:Sherborne]
[p:DT9 3PX]

[s:70 Lostwithiel Street]
[t:Fowey]
[p:PL23 1BQ]

[s:15 Maengwyn Street]
[t:Machynlleth]
[p:SY20 8EB]

[s:4 Bridge Street]
[t:Dolgellau]
[p:LL40 1AS]

[s:25 Northgate]
[t:Peebles]
[p:EH45 8RS]

[s:10 Roxburgh Street]
[t:Kelso]
[p:TD5 7DN]

[s:37 High Street]
[t:Moffat]
[p:DG10 9HF]
""",
    "ie": """
[s:4 Parliament Street]
[t:Ennistymon]
[r:Co. Clare]
[p:V95 K2T6]

[s:17 Glengarriff Road]
[t:Bantry]
[r:Co. Cork]
[p:P75 XN48]

[s:2 Townshend Street]
[t:Skibbereen]
[r:Co. Cork]
[p:P81 EF57]

[s:9 Pearse Street]
[t:Clonakilty]
[r:Co. Cork]
[p:P85 TD20]

[s:31 Castle Street]
[t:Cahir]
[r:Co. Tipperary]
[p:E21 HW63]

[s:6 Main Street]
[t:Cashel]
[r:Co. Tipperary]
[p:E25 R9C4]

[s:14 O'Connell Street]
[t:Birr]
[r:Co. Offaly]
[p:R42 FP03]

[s:22 Bridge Street]
[t:Carrick-on-Shannon]
[r:Co. Leitrim]
[p:N41 KA79]

[s:3 Irish Street]
[t:Ardee]
[r:Co. Louth]
[p:A92 DX51]

[s:11 Church Street]
[t:Listowel]
[r:Co. Kerry]
[p:V31 YP26]

[s:40 Frances Street]
[t:Kilrush]
[r:Co. Clare]
[p:V15 C8N1]

[s:8 Georges Street]
[t:Gort]
[r:Co. Galway]
[p:H91 W4E7]

[s:5 Cross Street]
[t:Athenry]
[r:Co. Galway]
[p:H65 RT38]

[s:19 Market Street]
[t:Trim]
[r:Co. Meath]
[p:C15 VN62]

[s:1 Low Street]
[t:Thomastown]
[r:Co. Kilkenny]
[p:R95 H0K5]

[s:27 Esmonde Street]
[t:Gorey]
[r:Co. Wexford]
[p:Y25 PD71]

[s:12 Main Street]
[t:Lismore]
[r:Co. Waterford]
[p:P51 FX29]
""",
    "us": """
[s:418 Elm Street]
[t:Decorah], [r:IA] [p:52101]

[s:1207 W 3rd Street]
[t:Red Wing], [r:MN] [p:55066]

[s:86 Pleasant Street], [f:Apt 2B]
[t:Brattleboro], [r:VT] [p:05301]

[s:2350 N Main Street]
[t:Moab], [r:UT] [p:84532]

[s:109 Water Street]
[t:Edenton], [r:NC] [p:27932]

[s:77 Cedar Lane]
[t:Lewisburg], [r:WV] [p:24901]

[s:1430 Grand Avenue]
[t:Astoria], [r:OR] [p:97103]

[s:39 Maple Avenue]
[t:Galena], [r:IL] [p:61036]

[s:205 S Oak Street]
[t:Fredericksburg], [r:TX] [p:78624]

[s:18 Tombstone Canyon]
[t:Bisbee], [r:AZ] [p:85603]
""",
    "ca": """
[s:218 Lincoln Street]
[t:Lunenburg] [r:NS]  [p:B0J 2C0]

[s:45 Queen Street]
[t:Niagara-on-the-Lake] [r:ON]  [p:L0S 1J0]

[f:Apt 3], [s:712 Baker Street]
[t:Nelson] [r:BC]  [p:V1L 4J4]

[s:19 rue Saint-Jean-Baptiste]
[t:Baie-Saint-Paul] [r:QC]  [p:G3Z 1M4]
""",
    "au": """
[s:27 Lewis Street]
[t:Mudgee] [r:NSW] [p:2850]

[s:15 Wallace Street]
[t:Braidwood] [r:NSW] [p:2622]

[s:8 Hovell Street]
[t:Yackandandah] [r:VIC] [p:3749]

[s:102 Mostyn Street]
[t:Castlemaine] [r:VIC] [p:3450]

[s:31 Liebig Street]
[t:Port Fairy] [r:VIC] [p:3284]

[s:56 Murray Street]
[t:Tanunda] [r:SA] [p:5352]

[s:14 Church Street]
[t:Stanley] [r:TAS] [p:7331]

[s:220 Gympie Terrace]
[t:Noosaville] [r:QLD] [p:4566]

[s:5 Stirling Terrace]
[t:Toodyay] [r:WA] [p:6566]

[f:Unit 7], [s:40 Argyle Street]
[t:Camden] [r:NSW] [p:2570]

[s:73 High Street]
[t:Beechworth] [r:VIC] [p:3747]

[s:11 Marine Parade]
[t:Kingscliff] [r:NSW] [p:2487]

[s:6 Railway Terrace]
[t:Quorn] [r:SA] [p:5433]
""",
    "sg": """
[s:Blk 412 Bedok North Avenue 2], [f:#07-1183]
[t:Singapore] [p:460412]
""",
    "za": """
[s:23 Main Road]
[t:Riebeek-Kasteel]
[p:7307]
""",
    "de": """
[s:Hauptstraße 17]
[p:97993] [t:Creglingen]

[s:Segringer Straße 22]
[p:91550] [t:Dinkelsbühl]

[s:Reichenstraße 31]
[p:87629] [t:Füssen]

[s:Mühlgasse 3]
[p:06484] [t:Quedlinburg]

[s:Bahnhofstraße 12a]
[p:23879] [t:Mölln]

[s:Kirchplatz 6]
[p:54470] [t:Bernkastel-Kues]

[s:Jann-Berghaus-Straße 40]
[p:26548] [t:Norderney]

[s:Schillerstraße 15]
[p:07407] [t:Rudolstadt]
""",
    "at": """
[s:Hauptplatz 12]
[p:4853] [t:Steinbach am Attersee]
""",
    "fr": """
[s:12 rue des Tanneurs]
[p:24200] [t:Sarlat-la-Canéda]

[s:3 place du Marché]
[p:63610] [t:Besse-et-Saint-Anastaise]

[s:27 avenue Victor Hugo]
[p:84160] [t:Lourmarin]

[f:Appt 12], [s:8 rue Pasteur]
[p:29930] [t:Pont-Aven]

[s:45 chemin des Vignes]
[p:68340] [t:Riquewihr]

[s:5 impasse des Lilas]
[p:12320] [t:Conques-en-Rouergue]
""",
    "be": """
[s:Rue du Brutz 14]
[p:6830] [t:Bouillon]
""",
    "es": """
[s:Calle Real, 14], [f:2º B]
[p:40300] [t:Sepúlveda] ([r:Segovia])

[s:Plaza Mayor, 3]
[p:37700] [t:Béjar] ([r:Salamanca])

[s:Calle del Horno, 7], [f:1º A]
[p:44100] [t:Albarracín] ([r:Teruel])

[s:Avenida de Andalucía, 52]
[p:29400] [t:Ronda] ([r:Málaga])

[s:Carrer Major, 21]
[p:17255] [t:Begur] ([r:Girona])

[s:Rúa do Vilar, 9], [f:3º D]
[p:36630] [t:Cambados] ([r:Pontevedra])

[s:Calle San Antón, 18]
[p:06470] [t:Guareña] ([r:Badajoz])

[s:Calle Cervantes, 5], [f:bajo]
[p:13320] [t:Villanueva de los Infantes] ([r:Ciudad Real])

[s:Calle Nueva, 30]
[p:18400] [t:Órgiva] ([r:Granada])
""",
    "mx": """
[s:Calle 5 de Mayo 214], [d:Barrio de Santiago]
C.P. [p:74200] [t:Atlixco], [r:Pue.]
""",
    "it": """
[s:Via dei Mulini 7]
[p:84010] [t:Furore] ([r:SA])

[s:Via Garibaldi 41]
[p:53026] [t:Pienza] ([r:SI])

[s:Vicolo del Forno 3]
[p:06043] [t:Cascia] ([r:PG])

[s:Corso Umberto I 56]
[p:90013] [t:Castelbuono] ([r:PA])

[s:Via San Francesco 9]
[p:73040] [t:Specchia] ([r:LE])

[s:Piazza Duomo 2]
[p:38086] [t:Pinzolo] ([r:TN])

[s:Via Cavour 25], [f:int. 4]
[p:70011] [t:Alberobello] ([r:BA])
""",
    "pt": """
[s:Rua Direita, 45], [f:1.º Dto.]
[p:6270-494] [t:Seia]
""",
    "br": """
[s:Rua das Flores, 128] - [d:Centro]
[t:Tiradentes] - [r:MG], CEP [p:36325-000]

[s:Av. Beira Mar, 902], [f:apto 31]
[t:Ubatuba] - [r:SP], CEP [p:11680-000]

[s:Rua Sete de Setembro, 57]
[t:Pirenópolis] - [r:GO], CEP [p:72980-000]
""",
    "nl": """
[s:Poststraat 12]
[p:4301 AB] [t:Zierikzee]
""",
    "pl": """
[s:ul. Długa 14], [f:m. 3]
[p:38-600] [t:Lesko]

[s:ul. Kościuszki 22]
[p:34-460] [t:Szczawnica]

[s:ul. Mickiewicza 5]
[p:11-700] [t:Mrągowo]

[s:ul. Ogrodowa 31]
[p:77-100] [t:Bytów]
""",
    "cz": """
[s:Náměstí Míru 12]
[p:384 11] [t:Netolice]
""",
    "no": """
[s:Storgata 14]
[p:3660] [t:Rjukan]
""",
    "dk": """
[s:Algade 22], [f:1. th.]
[p:4760] [t:Vordingborg]
""",
    "fi": """
[s:Kauppiaskatu 5 A 3]
[p:21600] [t:Parainen]
""",
    "hu": """
[p:2000] [t:Szentendre]
[s:Bogdányi út 18.]
""",
    "ro": """
[s:Str. Mihai Eminescu nr. 14]
[t:Sighișoara], jud. [r:Mureș], [p:545400]
""",
    "gr": """
[s:Οδός Ερμού 23]
[p:72100] [t:Άγιος Νικόλαος]

[s:Οδός Ελευθερίου Βενιζέλου 8]
[p:46100] [t:Ηγουμενίτσα]
""",
    "tr": """
[s:Çeşme Mah. Hükümet Sok. No: 5] [f:D: 2]
[p:78600] [t:Safranbolu]/[r:Karabük]

[s:Kaleiçi Mah. Hıdırlık Sok. No: 7]
[p:07100] [t:Muratpaşa]/[r:Antalya]
""",
    "ru": """
[s:ул. Советская, д. 18], [f:кв. 5]
г. [t:Суздаль], [r:Владимирская обл.], [p:601293]
""",
    "ua": """
[s:вул. Шевченка, 27], [f:кв. 9]
м. [t:Ніжин], [r:Чернігівська обл.], [p:16600]
""",
    "eg": """
[s:12 شارع الجمهورية]
[t:رشيد]، [r:البحيرة]
""",
    "jo": """
[s:شارع الملك طلال، عمارة 8]
[t:مادبا]
""",
    "il": """
[s:רחוב הרצל 14]
[t:זכרון יעקב]
""",
    "in": """
[s:मकान नं. 27, गली नं. 4], [d:शिवाजी नगर]
[t:ऋषिकेश], [r:उत्तराखंड] [p:249201]
""",
    "jp": """
〒[p:384-2305] [r:長野県北佐久郡][t:立科町][s:芦田2891-4]

〒[p:669-6101] [r:兵庫県豊岡市][t:城崎町][s:湯島587]
""",
    "cn": """
[r:浙江省][t:湖州市德清县][s:莫干山镇劳岭村18号]

[r:四川省][t:阆中市][s:学道街42号][f:3单元201室]
""",
    "kr": """
[r:강원도] [t:정선군] [s:정선읍 봉양7길 12]

[r:전라남도] [t:담양군] [s:담양읍 죽향대로 1180], [f:103동 502호]
""",
    "th": """
[s:45/2 หมู่ 3] ต.[d:เชียงคาน] อ.[t:เชียงคาน] จ.[r:เลย] [p:42110]
""",
    "vn": """
[s:Số 27 Trần Phú], phường [d:Minh An]
[t:Hội An], [r:Quảng Nam]
""",
    "idn": """
[s:Jl. Melati No. 12] [f:RT 003/RW 005]
Kel. [d:Pabuaran], Kec. [t:Bojonggede], Kab. [r:Bogor] [p:16921]

[s:Gg. Mawar No. 7] [f:RT 002/RW 001]
Desa [d:Pejeng], Kec. [t:Tampaksiring], Kab. [r:Gianyar] [p:80552]
""",
    "ph": """
[s:Purok 3], Brgy. [d:San Isidro]
[t:Lucban], [r:Quezon]

[s:12 Rizal St.], Brgy. [d:Poblacion]
[t:Pagsanjan], [r:Laguna]

[s:Blk 4 Lot 9 Sampaguita St.], Brgy. [d:Malanday]
[t:San Mateo], [r:Rizal]

[s:Purok 6], Brgy. [d:Tagbak]
[t:Jordan], [r:Guimaras]
""",
}

ADDR_PART = re.compile(r"\[([sfdtrp]):([^\]]+)\]")


class Address:
    def __init__(self, ctry, idx, text):
        self.key = f"{ctry}:{idx}"
        self.ctry = ctry
        self.lines = [ADDR_PART.sub(lambda m: f"⟦LOCATION|{m.group(2)}⟧", ln) for ln in text.split("\n")]
        self.parts = {}
        for m in ADDR_PART.finditer(text):
            self.parts.setdefault(m.group(1), m.group(2))


LINE_SEP = {"eg": "، ", "jo": "، "}
ADDRS = {c: [Address(c, i, e.strip("\n")) for i, e in enumerate(s.strip("\n").split("\n\n"))]
         for c, s in ADDR_SRC.items()}

# Phones, national format, no country code; each used once.
PHONE_SRC = {
    "uk": """07812 334905|07931 608 245|07458 221730|07399 104 877|07563 918402|07824 550 316|07415 672309|
             07908 447 120|07367 285 904|07592 130 668|07741 096 553|07480 713 291|07826 459 017|07955 382 604|
             07513 647 288|07388 025 719|07467 891 350|07950 214 386|07726 503 841|07404 968 127|07866 742 093|
             07534 180 662|07983 305 478|07481 827 514|07793 016 245|07428 559 830|07859 271 406|07377 630 192|
             07940 385 617|07517 804 233|01803 862417|01373 451209|01422 843556|01263 712 084|01531 633 910|
             015242 71836|01729 822 407|01845 526 193|01665 604 218|01423 869 552|01502 724 036|01787 248 915|
             01225 866 304|01666 822 571|01608 643 882|01629 814 260|01308 423 719|01935 815 046""",
    "ie": """087 341 9062|086 725 1148|085 160 4473|083 492 8815|089 617 3304|087 905 2261|086 338 7490|
             085 774 0196|087 218 6643|083 850 1127|086 493 5508|089 402 7719|065 707 1342|(027) 51836|
             062 61294|057 912 0485|071 962 1730|068 21577|087 664 3092|085 239 7718|
             083 127 5590|086 910 3374|089 245 6081|087 573 1946|(066) 712 4408|085 381 9027|086 204 7753|083 668 0419""",
    "us": """(563) 382-4417|507-388-2196|(802) 254-7730|435-259-6082|(252) 482-9316|304-645-1873|(503) 325-7749|
             815-777-3058|(830) 997-4421|520-432-6690|(319) 621-0457|612-874-3390|(917) 402-6618|773-915-2084|
             (214) 663-9017|206-781-5532""",
    "ca": "(902) 634-1187|905-468-3302|(250) 352-7719|418-435-2608|(416) 537-9214|604-873-4456|(613) 729-5531|"
          "(709) 256-4418",
    "au": """0412 337 908|0438 215 664|0401 992 573|(02) 6372 4418|0427 610 835|(03) 5728 2091|0455 803 117|
             0419 076 342|(08) 8563 2270|0433 581 926|0466 240 709|(03) 6458 1193|0407 918 254|0422 364 811|
             0414 702 386|(07) 5449 1870|0448 139 507|(08) 9574 2261|0491 625 034""",
    "nz": "021 448 3097|027 615 2284|022 309 7716|(03) 442 8051|021 0274 5563",
    "sg": "9184 2736|8347 1920|9726 0584|8612 3049|6734 2281",
    "za": "082 417 3390|073 552 8104|061 839 2275|083 604 1187|072 915 3046",
    "de": """0171 4829375|0152 23817460|0160 9935172|07933 20518|09851 57734|08362 930418|03946 708215|
             04542 853390|06531 972044|04932 81437|03672 412093|0176 31845527|0157 81264390|0173 6620418|
             0151 40937726""",
    "at": "0664 3817426|0676 9042318",
    "fr": "06 48 21 93 07|07 62 15 88 40|06 11 57 34 92|05 53 29 47 18|04 90 68 12 75|02 98 06 43 51|06 93 40 26 17|"
          "07 81 39 05 64",
    "be": "0478 21 63 09|061 46 72 18",
    "es": "612 84 30 97|655 219 473|699 30 71 52|921 54 03 86|638 47 12 09|678 905 314|622 18 47 60|954 28 61 73|"
          "687 41 90 25|644 372 081",
    "mx": "222 418 6093|244 105 7382",
    "it": "333 418 2907|347 602 1185|328 915 4473|338 720 5561|0923 41 5587|349 183 6602|0545 29 3340|320 447 9018|"
          "366 251 0834",
    "pt": "912 384 507|239 481 236",
    "br": "(32) 99814-2267|(12) 98123-4470|(62) 99206-3318|(11) 97432-5580",
    "nl": "06 41 82 93 07|06-28470315|0111 415 822|06 19 73 54 80|0517 43 02 96",
    "pl": "601 284 937|512 370 618|698 045 221|13 469 21 85|788 916 402",
    "cz": "603 418 275|737 290 614",
    "no": "412 93 807",
    "dk": "23 48 91 07",
    "fi": "040 718 2934",
    "hu": "06 30 418 2275",
    "ro": "0744 318 296",
    "gr": "694 718 2036|697 402 5518|28410 25674",
    "tr": "0532 418 27 93|0505 917 34 60|0542 306 81 15",
    "ru": "8 (915) 742-18-36",
    "ua": "067 418 29 53|050 731 64 08",
    "eg": "010 2483 9176|0114 730 2258",
    "jo": "079 418 3027",
    "il": "052-418-3397|054-770-2186",
    "in": "98370 41286",
    "jp": "090-4718-2263|080-3317-9042|0265-72-4481|070-2594-3318|0796-32-2207",
    "cn": "138 1746 2095|159 2830 4417|186 0452 7739",
    "kr": "010-4718-2936|010-2951-8407|010-8830-1274|033-562-4417|061-381-2209",
    "th": "081 472 3906",
    "vn": "0905 418 273",
    "idn": "0812-8473-2019|0857-3904-1186",
    "ph": "0917 482 3065|0998 305 1742|0927 614 8830|0906 219 4457",
}
PHONES = {c: [x.strip() for x in s.replace("\n", "").split("|")] for c, s in PHONE_SRC.items()}

IBANS = {
    "de": ["DE22 3704 0044 4052 3580 91", "DE87 7015 0000 5679 2801 21"],
    "fr": ["FR76 3000 4008 2175 4994 0444 930", "FR76 2004 1010 0578 1506 7425 881"],
    "nl": ["NL83 RABO 0892 9277 93"],
    "es": ["ES69 2100 0418 4176 8326 1551", "ES58 0049 1500 0034 2125 3626"],
    "uk": ["GB39 NWBK 6003 3567 2125 42", "GB56 BARC 2014 4597 6868 30"],
    "ie": ["IE28 AIBK 9374 0739 8475 00", "IE19 BOFI 9054 6252 2579 39"],
    "be": ["BE80 0632 4223 2677"],
}
CARDS = ["4539 9758 1167 9690", "5412 9754 5332 9330", "3760 483971 48912", "4916 8020 0634 6617"]
IPS = ["86.147.203.58", "109.152.77.14", "2a02:c7c:5d14:e600:91b2:4f0e:aa31:6d07", "77.98.141.230"]

MAIL_DOMAINS = {
    "uk": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
    "ca": ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca"],
    "au": ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au"],
    "sg": ["gmail.com", "singnet.com.sg", "yahoo.com.sg"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_dob(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "d/m/y":
        return f"{dd}/{m}/{y}"
    if style == "iso":
        return d.isoformat()
    if style == "en_long":
        return f"{dd} {MONTHS['en'][m - 1]} {y}"
    if style == "us_long":
        return f"{MONTHS['en'][m - 1]} {dd}, {y}"
    if style == "de_long":
        return f"{dd}. {MONTHS['de'][m - 1]} {y}"
    if style == "fr_long":
        return f"{'1er' if dd == 1 else dd} {MONTHS['fr'][m - 1]} {y}"
    if style == "es_long":
        return f"{dd} de {MONTHS['es'][m - 1]} de {y}"
    if style == "it_long":
        return f"{dd} {MONTHS['it'][m - 1]} {y}"
    if style == "ja":
        return f"{y}年{m}月{dd}日"
    raise ValueError(style)


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("ı", "i").replace("’", "").replace("'", "")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


# ---------------------------------------------------------------------------------------------
# Templates. A personal template's text holds slots: <<P1>> full name, <<P1.g>> given name,
# <<P1.f>> family name, <<P1.n>> name in natural order, <<P1.FG>> "FAMILY Given", <<P1.e>> e-mail,
# <<P1.dob>> date of birth, <<P1.id>> ID number; <<A1.block>> / <<A1.line>> / <<A1.q>> (quoted)
# address and <<A1.street>>, <<A1.town>>, <<A1.pc>> parts; <<T1>> phone; <<IBAN1>>, <<CARD1>>,
# <<IP1>>. slots= sets a slot's pool, sex ("f"/"m"), kid=True, id kind.
# ---------------------------------------------------------------------------------------------
TOKEN = re.compile(r"<<([A-Z]+)(\d+)(?:\.([A-Za-z]+))?>>")
PERSONAL, CLEAN = [], []


def T(cls, tid, lang, n, text, ppl="en", ctry="uk", case=None, dob="dmy/", slots=None):
    PERSONAL.append(dict(cls=f"personal_{cls}", tid=tid, lang=lang, n=n, text=text.strip("\n"), ppl=ppl,
                         ctry=ctry, case=case, dob=dob, slots=slots or {}))


def C(cls, tid, lang, variants, case=None):
    CLEAN.append(dict(cls=f"clean_{cls}", tid=tid, lang=lang, variants=[v.strip("\n") for v in variants],
                      case=case))


def cased(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    text, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        pre = cased(marked[pos:m.start()], case)
        text.append(pre)
        n += len(pre)
        val = cased(m.group(2), case)
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        text.append(val)
        n += len(val)
        pos = m.end()
    text.append(cased(marked[pos:], case))
    return "".join(text), spans


class Filler:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.use = {}
        self.used_ids = set()
        self.taken = set()
        self.emails = set()

    def least_used(self, cands):
        low = min(self.use.get(c.key, 0) for c in cands)
        ties = [c for c in cands if self.use.get(c.key, 0) == low]
        pick = self.rng.choice(ties)
        self.use[pick.key] = self.use.get(pick.key, 0) + 1
        return pick

    def person(self, pool, sex, kid, idk, need_dob, exclude):
        cands = []
        for p in PEOPLE[pool]:
            if p.key in exclude or p.kid != bool(kid):
                continue
            if sex and p.sex != sex:
                continue
            if need_dob and not p.dob:
                continue
            if idk:
                kinds = [k for k in idk.split("|") if k in p.ids and p.ids[k] not in self.used_ids]
                if not kinds:
                    continue
            cands.append(p)
        if not cands:
            raise RuntimeError(f"no person left in pool {pool} (sex={sex} kid={kid} id={idk} dob={need_dob})")
        return self.least_used(cands)

    def consume(self, kind, pool, items):
        free = [x for x in items if (kind, pool, x) not in self.taken]
        if not free:
            raise RuntimeError(f"no {kind} left in pool {pool}")
        pick = self.rng.choice(free)
        self.taken.add((kind, pool, pick))
        return pick

    def address(self, pool, need):
        free = [a for a in ADDRS[pool] if ("A", pool, a.key) not in self.taken and need <= set(a.parts)]
        if not free:
            raise RuntimeError(f"no address left in pool {pool} with parts {need}")
        pick = self.rng.choice(free)
        self.taken.add(("A", pool, pick.key))
        return pick

    def email(self, p, ctry):
        g, f = p.rom if p.rom else (p.given, p.family)
        g, f = fold(g), fold(f)
        doms = MAIL_DOMAINS.get(ctry, ["gmail.com"])
        style = self.rng.randrange(5)
        num = self.rng.randrange(11, 99)
        local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{num}", f"{f}.{g}", f"{g}{f[0]}{num}"][style]
        addr = f"{local}@{self.rng.choice(doms)}"
        while addr in self.emails:
            addr = f"{local}{self.rng.randrange(2, 9)}@{self.rng.choice(doms)}"
        self.emails.add(addr)
        return addr


def fill(t, fl):
    text = t["text"]
    toks = TOKEN.findall(text)
    fields = {}
    for kind, num, field in toks:
        fields.setdefault(kind + num, set()).add(field)
    chosen, exclude = {}, set()
    order = sorted(fields, key=lambda s: (s[0] != "P", not t["slots"].get(s, {}).get("id"), s))
    for slot in order:
        spec = t["slots"].get(slot, {})
        kind = re.match(r"[A-Z]+", slot).group(0)
        fs = fields[slot]
        if kind == "P":
            p = fl.person(spec.get("pool", t["ppl"]), spec.get("sex"), spec.get("kid"),
                          spec.get("id") if "id" in fs else None, "dob" in fs, exclude)
            exclude.add(p.key)
            chosen[slot] = p
        elif kind == "A":
            need = {"street": "s", "town": "t", "pc": "p"}
            chosen[slot] = fl.address(spec.get("pool", t["ctry"]), {need[f] for f in fs if f in need})
        elif kind == "T":
            chosen[slot] = fl.consume("T", spec.get("pool", t["ctry"]), PHONES[spec.get("pool", t["ctry"])])
        elif kind == "IBAN":
            pool = spec.get("pool", t["ctry"])
            chosen[slot] = fl.consume("IBAN", pool, IBANS[pool])
        elif kind == "CARD":
            chosen[slot] = fl.consume("CARD", "", CARDS)
        elif kind == "IP":
            chosen[slot] = fl.consume("IP", "", IPS)
        else:
            raise ValueError(slot)
    mails = {}

    def render(m):
        kind, num, field = m.group(1), m.group(2), m.group(3)
        slot = kind + num
        v = chosen[slot]
        if kind == "P":
            if field is None:
                return f"⟦PERSON|{v.full}⟧"
            if field == "g":
                return f"⟦PERSON|{v.given}⟧"
            if field == "f":
                return f"⟦PERSON|{v.family}⟧"
            if field == "n":
                return f"⟦PERSON|{v.nat}⟧"
            if field == "FG":
                return f"⟦PERSON|{v.family.upper()} {v.given}⟧"
            if field == "e":
                if slot not in mails:
                    mails[slot] = fl.email(v, t["ctry"])
                return f"⟦EMAIL_ADDRESS|{mails[slot]}⟧"
            if field == "dob":
                return f"⟦DATE_OF_BIRTH|{fmt_dob(v.dob, t['dob'])}⟧"
            if field == "id":
                kinds = [k for k in t["slots"][slot]["id"].split("|") if k in v.ids]
                val = v.ids[kinds[0]]
                fl.used_ids.add(val)
                return f"⟦{'US_SSN' if kinds[0] == 'ssn' else 'NATIONAL_ID'}|{val}⟧"
            raise ValueError(field)
        if kind == "A":
            if field == "block":
                return "\n".join(v.lines)
            if field == "line":
                return LINE_SEP.get(v.ctry, ", ").join(v.lines)
            if field == "q":
                return "\n> ".join(v.lines)
            key = {"street": "s", "town": "t", "pc": "p"}[field]
            return f"⟦LOCATION|{v.parts[key]}⟧"
        typ = {"T": "PHONE_NUMBER", "IBAN": "IBAN_CODE", "CARD": "CREDIT_CARD", "IP": "IP_ADDRESS"}[kind]
        return f"⟦{typ}|{v}⟧"

    return TOKEN.sub(render, text)


# ============================== personal: bookings ==============================
T("bookings", "resdiary-noshow-csv", "en", 3, """
Can you flag who has no-showed more than once this quarter? Export from ResDiary below, we want to start taking card details for them.

date,time,covers,guest,phone,status,notes
2026-10-03,19:30,4,<<P1>>,<<T1>>,no-show,birthday
2026-10-10,20:00,2,<<P2>>,<<T2>>,seated,window table
2026-10-17,19:00,6,<<P1>>,<<T1>>,no-show,
2026-10-24,18:30,3,<<P3>>,<<T3>>,cancelled <24h,"pre-ordered Beef Wellington x2, 1 veggie"
2026-11-07,19:45,2,<<P2>>,<<T2>>,no-show,
""")
T("bookings", "foh-chat-lower", "en", 3, """
summarise this for the managers no-show log pls:
<<P1.g>>: table 12 no show again, thats <<P2>> from last sat
<<P3.g>>: she booked under her maiden name this time i think, same number <<T1>>
<<P1.g>>: can u ring her before 8 and release the table if no answer
<<P3.g>>: done, voicemail. giving it to the walk-ins
""", case="lower", slots={"P2": {"sex": "f"}})
T("bookings", "guest-email-card", "en", 2, """
Draft a polite reply to this. We never take card numbers by email, so say we've deleted it and send the secure payment link instead.

> Hi there,
> We're booked for Sunday lunch (8 people, 1pm) under <<P1>>. Could we move to 2pm and add a high chair? To hold the table here is my card: <<CARD1>>, exp 09/28.
> My mum <<P2>> is coeliac, so please no gravy with the Yorkshire puddings for her.
> Thanks,
> <<P1.g>>
> <<T1>>
""", slots={"P2": {"sex": "f"}})
T("bookings", "reservierung-sms", "de", 1, """
Bitte formuliere eine kurze, freundliche Bestätigung per SMS:
Reservierung für Frau <<P1.f>>, Samstag 19:00, 5 Personen, Terrasse falls trocken. Rückruf unter <<T1>>. Ihr Mann <<P2>> hat noch angerufen: ein Gast verträgt kein Gluten – geht der Kaiserschmarrn auch ohne Mehl?
""", ppl="de", ctry="de", slots={"P1": {"sex": "f"}, "P2": {"sex": "m"}})
T("bookings", "thefork-noshow", "fr", 1, """
Peux-tu m'aider à rédiger un mail ferme mais poli ? C'est le deuxième no-show de cette cliente.

Réservation TheFork n° 44817 — <<P1>> — 6 couverts — vendredi 20h30
Tél. : <<T1>> / <<P1.e>>
Empreinte bancaire prise : non
Note du service (<<P2.g>>) : « a déjà annulé le 12/10, pas venue le 26/10 »
""", ppl="fr", ctry="fr", slots={"P1": {"sex": "f"}})
T("bookings", "whatsapp-reserva-lower", "es", 2, """
me llega esto por el whatsapp del restaurante, me ayudas a contestar y apuntarlo en la hoja de reservas?
[18:42] <<T1>>: hola! soy <<P1>>, queria reservar para 8 el sabado a las 21:30, es por una comunion. vendra mi suegra <<P2>> que es celiaca, teneis la tarta de santiago sin gluten?
""", ppl="es", ctry="es", case="lower", slots={"P2": {"sex": "f"}})
T("bookings", "prenotazioni-tabella", "it", 1, """
Mi sistemi questa tabella delle prenotazioni di stasera e metti in grassetto chi ha allergie?

| Nome | Coperti | Ora | Telefono | Note |
|---|---|---|---|---|
| <<P1>> | 4 | 20:00 | <<T1>> | allergia crostacei |
| <<P2>> | 2 | 20:30 | <<T2>> | anniversario, torta Saint Honoré |
| <<P3>> | 7 | 21:00 | <<T3>> | una celiaca, un bimbo |
""", ppl="it", ctry="it")
T("bookings", "yoyaku-daicho", "ja", 2, """
以下の予約メモを、確認メールの文面にしてください。

予約者: <<P1>> 様
電話: <<T1>>
日時: 12月20日(土) 18:30〜 6名
コース: おまかせ(デザートはクレープシュゼット)
備考: 同伴の<<P2>>様が甲殻類アレルギー
""", ppl="ja", ctry="jp")
T("bookings", "opentable-webhook-json", "en", 3, """
Our Zapier step that copies OpenTable bookings into Mailchimp fails with "invalid merge field" on this payload. What's wrong?

{
  "reservation_id": "OT-7730215",
  "party_size": 4,
  "guest": {
    "first_name": "<<P1.g>>",
    "last_name": "<<P1.f>>",
    "phone": "<<T1>>",
    "email": "<<P1.e>>"
  },
  "special_request": "Caesar salad no anchovies, celebrating promotion"
}
""", ctry="us")
T("bookings", "reserveringen-tsv", "nl", 1, """
Schrijf voor elk van deze gasten een korte herinneringssms (morgen, ons restaurant):
naam\ttijd\tpers.\ttelefoon
<<P1>>\t18:00\t2\t<<T1>>
<<P2>>\t19:30\t5\t<<T2>>
<<P3>>\t20:00\t3\t<<T3>>
""", ppl="nl", ctry="nl")
T("bookings", "yeyak-munja", "ko", 2, """
단체 예약 문자 답장 좀 써줘.

"안녕하세요, <<P1>>입니다. 12월 23일 저녁 7시에 12명 송년회 예약 가능할까요? 연락처는 <<T1>>이고, 한 명은 땅콩 알레르기 있어요."
""", ppl="ko", ctry="kr")
T("bookings", "kitchen-ticket-caps", "en", 2, """
WHAT DOES "86 WELLY" MEAN ON THIS TICKET? NEW KP HERE
TABLE 7 / 4 COVERS / 20:15
GUEST: <<P1>> / TEL <<T1>>
2X BEEF WELLINGTON (1 86 - SUB CHATEAUBRIAND)
1X CAESAR NO CROUTONS
!! SEVERE NUT ALLERGY - SEAT 3 (<<P2.g>>)
SERVER: <<P3.g>>
""", case="upper")
T("bookings", "reserva-aniversario-lower", "pt-BR", 1, """
pode melhorar essa mensagem de confirmação? "oi <<P1.g>>! confirmamos sua reserva pra sexta, 20h, mesa pra 10 no salão, aniversário da sua filha <<P2>>. pedimos sinal de 30% via pix até quarta. qualquer coisa me chama no <<T1>>. abraço, <<P3.g>>"
""", ppl="br", ctry="br", case="lower", slots={"P2": {"sex": "f", "kid": True}})
T("bookings", "hotel-room-charge", "en", 3, """
Guest disputes this room charge from the hotel restaurant. Can you write a neutral reply?
Folio 4471 – Room 1208 – <<P1>>
19:42 Lobby Lounge: 2x Singapore Sling, 1x Hainanese chicken rice – signed "<<P1.g>>"
21:10 In-room dining: club sandwich, Peach Melba – signed by <<P2>>
Guest says <<P2.g>> is not registered to the room. Contact on file: <<T1>>, <<P1.e>>
""", ctry="sg")

# ============================== personal: safety and complaints ==============================
T("safety", "allergen-complaint-quoted", "en", 3, """
Help me reply to this and fill in our allergen incident log. We did list sesame on the matrix, but the server may not have checked.

> Subject: reaction after lunch on Saturday
> My daughter <<P2.g>> (DOB <<P2.dob>>) had a reaction to the tahini dressing in the falafel wrap. She carries an EpiPen and we used it in the car park. I thought Natasha's Law was supposed to stop this.
> Please call me on <<T1>>.
> <<P1>>
> <<A1.q>>
""", slots={"P2": {"sex": "f", "kid": True}})
T("safety", "incident-form", "en", 2, """
Tidy this incident report into full sentences for the insurer:
INCIDENT: suspected anaphylaxis, 14:20
GUEST: <<P1>>
ADDRESS: <<A1.line>>
PHONE: <<T1>>
STAFF: <<P2>> (duty manager), <<P3.g>> (server)
FOOD: Eggs Benedict w/ hollandaise, side of Marie Rose prawns
ACTION: guest used own Jext pen, ambulance called 14:26, left with partner <<P4.g>>
""", ctry="ie")
T("safety", "review-reply-lower", "en", 2, """
can u help me reply to this google review from <<P1>>? she says we gave her husband <<P2.g>> food poisoning from the chicken kiev but he ate at 3 other places that weekend according to her own instagram. dont want to sound defensive. her number from the booking is <<T1>> if i should call instead
""", case="lower", slots={"P1": {"sex": "f"}, "P2": {"sex": "m"}})
T("safety", "meldung-gesundheitsamt", "de", 1, """
Bitte in eine sachliche Meldung an das Gesundheitsamt umformulieren:
Gast <<P1>>, geb. <<P1.dob>>, wohnhaft <<A1.line>>, Tel. <<T1>>, meldet Erbrechen und Durchfall nach dem Essen am Sonntag (Zwiebelrostbraten, Spätzle). Zwei weitere Personen am Tisch (<<P2>> und <<P3>>) ohne Beschwerden. Rückstellproben sind vorhanden.
""", ppl="de", ctry="de", dob="dmy.")
T("safety", "reclamation-arachide", "fr", 1, """
Comment répondre à ce message ? On vérifie avec le fournisseur du praliné.

« Bonjour, je m'appelle <<P1>>. Samedi midi, mon fils <<P2.g>> a fait une réaction après le Paris-Brest, alors que j'avais bien précisé l'allergie à l'arachide à la serveuse. Merci de me rappeler au <<T1>>. <<P1.g>> »
""", ppl="fr", ctry="fr", slots={"P2": {"sex": "m", "kid": True}})
T("safety", "hoja-reclamaciones", "es", 2, """
¿Cómo contesto a esta hoja de reclamaciones? Copio los datos:
Nombre y apellidos: <<P1>>
DNI: <<P1.id>>
Domicilio: <<A1.line>>
Teléfono: <<T1>>
Hechos: se pidió paella sin marisco por alergia y llegó con gambas. El camarero (<<P2.g>>) lo reconoció.
Pretensión: devolución del importe (68,40 €)
""", ppl="es", ctry="es", slots={"P1": {"id": "dni"}})
T("safety", "segnalazione-asl", "it", 1, """
Devo mandare alla ASL questa segnalazione, me la rendi più formale?
"Il sig. <<P1>> (C.F. <<P1.id>>, nato il <<P1.dob>>), residente in <<A1.line>>, ci ha telefonato dal <<T1>> dicendo di essere stato male dopo il vitello tonnato di domenica. In cucina quel giorno c'erano <<P2>> e <<P3.g>>."
""", ppl="it", ctry="it", dob="it_long", slots={"P1": {"id": "cf", "sex": "m"}})
T("safety", "eho-visit-notes", "en", 3, """
Summarise these notes from today's inspection for the owner:
- Officer: <<P1>> (environmental health), arrived 10:05
- Present: <<P2>> (owner), <<P3.g>> (head chef)
- Complaint that triggered the visit: <<P4>>, <<A1.line>>, says she found a plaster in a Cornish pasty
- Thermapen probe fine; Rational oven logs ok; SFBB diary gaps 2–6 Nov
- Expect a written letter; rating may drop from 5
""", slots={"P4": {"sex": "f"}})
T("safety", "reklamacja-pierogi-lower", "pl", 2, """
przetłumacz na angielski dla właściciela:
"dzień dobry, zamówiłam przez pyszne.pl pierogi ruskie i barszcz, a dostałam pierogi z mięsem, a jestem wegetarianką. proszę o zwrot. <<P1>>, tel. <<T1>>, adres dostawy <<A1.line>>."
""", ppl="pl", ctry="pl", case="lower", slots={"P1": {"sex": "f"}})
T("safety", "waimai-tousu", "zh", 1, """
帮我写一个给顾客的道歉短信。
顾客：<<P1>>，电话 <<T1>>
地址：<<A1.line>>
投诉：宫保鸡丁里有花生，但她下单时备注了花生过敏，骑手<<P2>>说已经按时送达。
""", ppl="zh", ctry="cn", slots={"P1": {"sex": "f"}})
T("safety", "sikayetvar", "tr", 1, """
Şu şikâyete kısa ve kibar bir cevap yazar mısın?
"İskender kebap siparişimde tereyağı yanık geldi, ayrıca kurye <<P2.g>> kapıda çok kaba davrandı. Adım <<P1>>, numaram <<T1>>, adresim <<A1.line>>."
""", ppl="tr", ctry="tr")
T("safety", "shakwa-tasammum", "ar", 1, """
ساعدني في كتابة رد رسمي على هذه الشكوى:
"أنا <<P1>>، طلبت كشري وأم علي من فرعكم يوم الجمعة، وبعدها تعبت أنا وابني <<P2.g>> وذهبنا للطوارئ. رقمي <<T1>> والعنوان <<A1.line>>."
""", ppl="ar", ctry="eg", slots={"P2": {"sex": "m", "kid": True}})
T("safety", "complaint-log-pipe", "en", 3, """
Turn this complaints log into a weekly summary for head office (franchise 0412):
ref|date|customer|contact|issue|owner
C-118|04/11|<<P1>>|<<T1>>|hair in burger|<<P4.g>>
C-119|05/11|<<P2>>|<<P2.e>>|vegan patty cooked on the beef grill|<<P4.g>>
C-121|08/11|<<P3>>|<<T2>>|undercooked nuggets, child vomited|<<P5.g>>
""", ctry="au")
T("safety", "tluna-alergia", "he", 1, """
תנסח בבקשה תשובה מנומסת ללקוחה:
"שלום, שמי <<P1>>. הזמנתי שקשוקה לי ולבת שלי <<P2.g>> שאלרגית לשומשום, והטחינה הגיעה בתוך המנה. מספר הטלפון שלי <<T1>>."
""", ppl="he", ctry="il", slots={"P1": {"sex": "f"}, "P2": {"sex": "f", "kid": True}})
T("safety", "allergy-alert-caps", "en", 1, """
PLEASE REWRITE FOR THE PASS BOARD, SHORTER:
URGENT ALLERGY ALERT - FRIDAY PRIVATE DINING
HOST: <<P1>> (<<T1>>)
GUEST <<P2>> - ANAPHYLAXIS TO SHELLFISH. NO LOBSTER NEWBERG, NO OYSTERS ROCKEFELLER ON HER SIDE OF THE TABLE
GUEST <<P3>> - CELIAC
""", ctry="us", case="upper", slots={"P2": {"sex": "f"}})
T("safety", "poisoning-thread", "en", 2, """
Summarise this e-mail chain for our insurer in five bullet points.
> From: <<P1.e>>
> Four of us had the poutine and a round of Caesars (the cocktail, not the salad) on Friday. <<P2>> and I were sick all weekend.
>> From: duty manager
>> Sorry to hear this. Which location, and what time was your order?
> Queen St, about 9pm. My phone is <<T1>>. <<P1>>
""", ctry="ca")

# ============================== personal: staff ==============================
T("staff", "rota-md", "en", 3, """
Can you check this rota for clopens (closing then opening the next day) and anyone over 48h?

| | Mon | Tue | Wed | Thu | Fri | Sat | Sun |
|---|---|---|---|---|---|---|---|
| <<P1>> (sous) | 14-23 | 14-23 | off | 7-15 | 14-23 | 14-23 | off |
| <<P2>> (CDP) | 7-15 | off | 14-23 | 14-23 | 7-15 | 7-15 | 14-23 |
| <<P3>> (KP) | off | 17-23 | 17-23 | 17-23 | 17-01 | 17-01 | off |
| <<P4>> (FOH) | 11-19 | 11-19 | off | off | 17-23 | 11-23 | 11-19 |
""")
T("staff", "tronc-semicolon-lower", "en", 2, """
tronc for week 45, can you check the maths? pot was £1,842.60 after card fees
name;hours;points;share
<<P1>>;38;1.0;
<<P2>>;42;1.2;
<<P3>>;20;0.8;
<<P4>>;31;1.0;
troncmaster is <<P5.g>> this month, she wants it by thurs
""", case="lower", slots={"P5": {"sex": "f"}})
T("staff", "onboarding-nino", "en", 2, """
Check this new starter form for anything missing before it goes to payroll (Fourth):
Full name: <<P1>>
Date of birth: <<P1.dob>>
NI number: <<P1.id>>
Address:
<<A1.block>>
Mobile: <<T1>>
Emergency contact: <<P2>> (sister), <<T2>>
Role: chef de partie, start 01/12
Food Hygiene L2: yes (Highfield)
""", slots={"P1": {"id": "nino"}, "P2": {"sex": "f"}})
T("staff", "new-hire-ssn", "en", 2, """
Is it OK that our GM emailed this around in plain text? What should we do now?

New hire – line cook, starts Monday
Name: <<P1>>
SSN: <<P1.id>>
DOB: <<P1.dob>>
Address: <<A1.line>>
Cell: <<T1>>
I-9 docs seen by: <<P2>>
""", ctry="us", dob="mdy/", slots={"P1": {"id": "ssn"}})
T("staff", "minijob-anmeldung", "de", 2, """
Kannst du prüfen, ob für die Anmeldung bei der Minijob-Zentrale alles da ist?
Aushilfe Service (Weihnachtsmarktstand Glühwein & Flammkuchen)
Name: <<P1>>
Geburtsdatum: <<P1.dob>>
Steuer-ID: <<P1.id>>
Anschrift: <<A1.line>>
IBAN: <<IBAN1>>
Handy: <<T1>>
""", ppl="de", ctry="de", dob="dmy.", slots={"P1": {"id": "steuerid"}})
T("staff", "dpae-commis", "fr", 2, """
Voici les infos du nouveau commis pour la DPAE, tu peux me les remettre dans l'ordre du formulaire ?
<<P1.FG>>, né(e) le <<P1.dob>>
N° de sécu : <<P1.id>>
Adresse : <<A1.line>>
RIB : <<IBAN1>>
Portable : <<T1>>
Contrat : CDD saison, brasserie, début 1er décembre
""", ppl="fr", ctry="fr", dob="fr_long", slots={"P1": {"id": "nir"}})
T("staff", "assunzione-stagionale", "it", 2, """
Mi prepari la lettera di assunzione per il cameriere stagionale? Dati:
<<P1>>, nato/a il <<P1.dob>>
codice fiscale <<P1.id>>
residente in <<A1.line>>
cell. <<T1>>
Mansione: cameriere di sala, 5° livello CCNL Turismo, dal 15/12 al 15/04
""", ppl="it", ctry="it", slots={"P1": {"id": "cf"}})
T("staff", "umowa-zlecenie", "pl", 1, """
Uzupełnij umowę zlecenia dla kucharza na podstawie danych:
Imię i nazwisko: <<P1>>
PESEL: <<P1.id>>
Data urodzenia: <<P1.dob>>
Adres: <<A1.line>>
Telefon: <<T1>>
Stawka: 32 zł/h netto, zmiany w weekendy
""", ppl="pl", ctry="pl", dob="dmy.", slots={"P1": {"id": "pesel"}})
T("staff", "afwashulp-nmbrs", "nl", 1, """
Klopt het dat ik deze gegevens in Nmbrs moet invoeren voor een nieuwe afwashulp?
Naam: <<P1>>
BSN: <<P1.id>>
IBAN: <<IBAN1>>
Adres: <<A1.line>>
Tel: <<T1>>
Contract: 0-urencontract, horeca-cao
""", ppl="nl", ctry="nl", slots={"P1": {"id": "bsn"}})
T("staff", "personalliggare", "sv", 1, """
Skatteverket kom på kontrollbesök. Stämmer vår personalliggare för fredagen?
Datum: 2026-11-13
Namn | Personnummer | In | Ut
<<P1>> | <<P1.id>> | 15:02 | 23:41
<<P2>> | <<P2.id>> | 16:00 | —
<<P3>> | <<P3.id>> | 10:55 | 19:10
Ansvarig: <<P4>>
""", ppl="sv", ctry="se", slots={"P1": {"id": "pnr"}, "P2": {"id": "pnr"}, "P3": {"id": "pnr"}})
T("staff", "shift-swap-lower", "en", 2, """
summarise who is covering what from this group chat so i can update deputy:
<<P1.g>>: can anyone take my sat close? uni exam
<<P2.g>>: i can if someone takes my sunday brekky
<<P3.g>>: ill do sunday but im not barista trained on the la marzocco yet
<<P1.g>>: legend. <<P2.g>> my numbers <<T1>> if deputy doesnt ping you
""", ctry="nz", case="lower")
T("staff", "arubaito-saiyo", "ja", 1, """
アルバイト採用の書類です。マイナンバーの扱いで注意すべき点を教えてください。
氏名：<<P1>>
生年月日：<<P1.dob>>
個人番号：<<P1.id>>
住所：<<A1.line>>
電話：<<T1>>
希望シフト：土日ランチ（カツカレー担当）
""", ppl="ja", ctry="jp", dob="ja", slots={"P1": {"id": "mynum"}})
T("staff", "alta-ss-nie", "es", 1, """
¿Qué me falta para dar de alta en la Seguridad Social a este ayudante de cocina?
Nombre: <<P1>>
NIE: <<P1.id>>
Dirección: <<A1.line>>
Móvil: <<T1>>
Jornada: 30 h/semana, turno de tarde (freidora y gazpacho)
""", ppl="es", ctry="es", slots={"P1": {"id": "nie", "sex": "m"}})
T("staff", "hygiene-cert-list", "en", 2, """
Which of these food hygiene certificates expire before the inspection in February?
- <<P1>> – Level 3 Supervising Food Safety – exp 14/01/2027
- <<P2>> – Level 2 – exp 03/02/2027
- <<P3>> – Level 2 + Allergen Awareness – exp 30/06/2027
- <<P4>> – Level 2 – exp 28/02/2027
""")
T("staff", "oegk-anmeldung", "de-AT", 1, """
Bitte die Anmeldung für die ÖGK vorbereiten (Kellner, Vollzeit, ab 1.12.):
Name: <<P1>>
SV-Nummer: <<P1.id>>
geb. <<P1.dob>>
Adresse: <<A1.line>>
Tel.: <<T1>>
""", ppl="at", ctry="at", dob="dmy.", slots={"P1": {"id": "svnr"}})
T("staff", "ergani-servitoros", "el", 1, """
Μπορείς να μου πεις τι χρειάζεται για την πρόσληψη στο ΕΡΓΑΝΗ;
Ονοματεπώνυμο: <<P1>>
ΑΜΚΑ: <<P1.id>>
Ημ. γέννησης: <<P1.dob>>
Διεύθυνση: <<A1.line>>
Κινητό: <<T1>>
Θέση: σερβιτόρος σε ταβέρνα (μουσακάς, σουβλάκι)
""", ppl="el", ctry="gr", slots={"P1": {"id": "amka", "sex": "m"}})
T("staff", "contract-ospatar", "ro", 1, """
Poți verifica dacă datele pentru contractul de muncă sunt complete?
Nume: <<P1>>
CNP: <<P1.id>>
Domiciliu: <<A1.line>>
Telefon: <<T1>>
Funcție: ospătar, restaurant (sarmale, papanași)
""", ppl="ro", ctry="ro", slots={"P1": {"id": "cnp"}})

# ============================== personal: delivery ==============================
T("delivery", "wrong-address-json", "en", 3, """
Rider went to the wrong place on this order. What in the payload could cause it?
{"order_id": "DLV-55102-K", "platform": "Deliveroo",
 "customer": {"name": "<<P1>>", "phone": "<<T1>>"},
 "delivery_address": {"line1": "<<A1.street>>", "city": "<<A1.town>>", "postcode": "<<A1.pc>>"},
 "notes": "side gate, dog is friendly",
 "items": ["Margherita 12in", "Caesar salad", "Ben & Jerry's Cookie Dough 465ml"]}
""")
T("delivery", "rider-support-lower", "en", 2, """
summarise this chat for the rider complaint ticket:
rider <<P1.g>>: customer <<P2>> not answering, been outside <<A1.street>> 10 min
support (<<P3.g>>): tried calling <<T1>> no answer. pls wait 5 more min then mark undeliverable
rider <<P1.g>>: ok. food going cold, its a poutine and a nanaimo bar lol
support (<<P3.g>>): noted, you'll get the full fee
""", ctry="ca", case="lower")
T("delivery", "mealkit-cancel-card", "en", 2, """
A customer sent this to our meal-kit support inbox. Draft a reply that cancels the box, refunds the last charge and tells her never to send card numbers by email.

> I've asked three times to cancel. You charged me again on Tuesday, card <<CARD1>>. The box went to my old place at <<A1.line>> and the new tenant ate my Chicken Marsala kit.
> <<P1>>
> <<T1>>
""", ctry="au", slots={"P1": {"sex": "f"}})
T("delivery", "alta-repartidor", "es", 2, """
Revisa este formulario de alta de repartidor antes de enviarlo a Glovo:
Nombre: <<P1>>
Documento: <<P1.id>>
IBAN: <<IBAN1>>
Dirección: <<A1.line>>
Móvil: <<T1>>
Vehículo: bici eléctrica
""", ppl="es", ctry="es", slots={"P1": {"id": "dni|nie"}})
T("delivery", "cadastro-entregador", "pt-BR", 2, """
Confere se o cadastro do entregador está certo para o iFood?
Nome completo: <<P1>>
CPF: <<P1.id>>
Data de nascimento: <<P1.dob>>
Endereço: <<A1.line>>
Celular: <<T1>>
Veículo: moto Honda CG 160
""", ppl="br", ctry="br", slots={"P1": {"id": "cpf"}})
T("delivery", "swiggy-partner", "hi", 1, """
इस डिलीवरी पार्टनर का फ़ॉर्म हिंदी से अंग्रेज़ी में कर दो:
नाम: <<P1>>
आधार: <<P1.id>>
पता: <<A1.line>>
मोबाइल: <<T1>>
वाहन: स्कूटी, ज़ोन: स्विगी इंस्टामार्ट
""", ppl="hi", ctry="in", slots={"P1": {"id": "aadhaar"}})
T("delivery", "lineman-rider", "th", 1, """
ช่วยตรวจข้อมูลไรเดอร์ใหม่ให้หน่อย
ชื่อ: <<P1>>
เลขบัตรประชาชน: <<P1.id>>
ที่อยู่: <<A1.line>>
โทร: <<T1>>
แอป: LINE MAN, Grab
""", ppl="th", ctry="th", slots={"P1": {"id": "thid"}})
T("delivery", "mitra-gofood", "id", 2, """
Tolong cek data mitra driver GoFood ini, ada yang salah format?
Nama: <<P1>>
NIK: <<P1.id>>
Alamat: <<A1.line>>
No. HP: <<T1>>
Catatan: biasa antar nasi padang dan martabak
""", ppl="id", ctry="idn", slots={"P1": {"id": "nik"}})
T("delivery", "meituan-qishou", "zh", 1, """
这是新骑手的登记信息，帮我整理成表格：
姓名：<<P1>>
身份证号：<<P1.id>>
住址：<<A1.line>>
手机：<<T1>>
站点：美团外卖城北站
""", ppl="zh", ctry="cn", slots={"P1": {"id": "cnid"}})
T("delivery", "baemin-order", "ko", 1, """
배달 주문 메모인데 기사님께 보낼 안내 문자로 바꿔줘.
주문자: <<P1>>
주소: <<A1.line>>
연락처: <<T1>>
요청사항: 아이가 자고 있어요, 벨 누르지 말고 문 앞에 두세요 (양념치킨 반반)
""", ppl="ko", ctry="kr", slots={"P1": {"sex": "f"}})
T("delivery", "substitution-log", "en", 3, """
Which substitutions here should have been refused (customer ticked "no subs")?
order_id,customer,eircode,phone,item,sub,no_subs
88104,<<P1>>,<<A1.pc>>,<<T1>>,Kerrygold butter 454g,Dubliner 200g,Y
88117,<<P2>>,<<A2.pc>>,<<T2>>,Heinz beanz 4pk,store brand,N
88120,<<P3>>,<<A3.pc>>,<<T3>>,Barry's Gold tea 80,Lyons 80,Y
""", ctry="ie")
T("delivery", "grabfood-taixe", "vi", 1, """
Giúp mình kiểm tra hồ sơ tài xế GrabFood này:
Họ tên: <<P1>>
Số CCCD: <<P1.id>>
Địa chỉ: <<A1.line>>
SĐT: <<T1>>
""", ppl="vi", ctry="vn", slots={"P1": {"id": "cccd"}})
T("delivery", "rappi-curp", "es-MX", 1, """
¿Me ayudas a revisar el registro de este repartidor de Rappi?
Nombre: <<P1>>
CURP: <<P1.id>>
Domicilio: <<A1.line>>
Cel: <<T1>>
""", ppl="mx", ctry="mx", slots={"P1": {"id": "curp"}})
T("delivery", "wolt-kuriiri", "fi", 1, """
Voitko tarkistaa, onko tässä kuriirin ilmoittautumisessa kaikki tarvittava?
Nimi: <<P1>>
Henkilötunnus: <<P1.id>>
Osoite: <<A1.line>>
Puhelin: <<T1>>
Kulkuväline: polkupyörä
""", ppl="fi", ctry="fi", slots={"P1": {"id": "hetu"}})
T("delivery", "fraud-log-ip", "en", 2, """
Are these orders from the same fraudster? Same address, different cards:
2026-11-02T20:14:07Z order=88412 user=<<P1.e>> ip=<<IP1>> bin=475129 status=chargeback
2026-11-02T20:31:55Z order=88419 user=<<P2.e>> ip=<<IP2>> bin=535522 status=ok
ship_to="<<A1.line>>" on both, name on both: <<P1>>
""", ctry="us")
T("delivery", "kurye-basvuru", "tr", 1, """
Bu kurye başvuru formunu kontrol eder misin?
Ad Soyad: <<P1>>
T.C. Kimlik No: <<P1.id>>
Adres: <<A1.line>>
Telefon: <<T1>>
Platform: Yemeksepeti
""", ppl="tr", ctry="tr", slots={"P1": {"id": "tckn"}})
T("delivery", "foodora-bud", "no", 1, """
Kan du se over registreringen av det nye budet?
Navn: <<P1>>
Fødselsnummer: <<P1.id>>
Adresse: <<A1.line>>
Mobil: <<T1>>
Sone: sentrum, sykkel
""", ppl="no", ctry="no", slots={"P1": {"id": "fnr"}})

# ============================== personal: catering ==============================
T("catering", "wedding-order-form", "en", 3, """
Can you turn this wedding catering form into a kitchen prep sheet (without the contact details)?
Couple: <<P1>> & <<P2>>
Date: Sat 6 March 2027, marquee on the family farm
Venue address:
<<A1.block>>
Contact: <<T1>> / <<P1.e>>
Menu: pavlova bar, coronation chicken, Beef Wellington for 96
Dietary: <<P3>> (vegan), <<P4>> (nut allergy), <<P5>> (halal)
""", ctry="au")
T("catering", "office-lunch-lower", "en", 2, """
tally this office lunch thread for the caterer, grouped by dish:
<<P1.g>>: cobb salad, dressing on the side
<<P2.g>>: reuben, no sauerkraut
<<P3>>: same as <<P1.g>> pls
<<P4.g>>: veggie wrap. also <<P5>> from accounts is out today, skip her
<<P1.g>>: deliver to reception by 12:15, call me on <<T1>> if late
""", ctry="us", case="lower", slots={"P5": {"sex": "f"}})
T("catering", "deposit-refund-iban", "en", 2, """
Draft a reply confirming we'll refund the deposit within 10 working days:
> Hello, sadly we've had to postpone the christening buffet for 40 people (the Victoria sponge and the coronation chicken sandwiches). Please refund the £250 deposit to:
> Account name: <<P1>>
> IBAN: <<IBAN1>>
> Many thanks,
> <<P1.g>>
> <<T1>>
""")
T("catering", "anfrage-hochzeit", "de", 1, """
Bitte ein Angebot für diese Anfrage formulieren:
Brautpaar: <<P1>> und <<P2>>
Termin: 14.08.2027, Gartenhochzeit bei den Eltern
Adresse: <<A1.line>>
Telefon: <<T1>>
Wünsche: Flammkuchen-Station, Sauerbraten, Schwarzwälder Kirschtorte, 80 Gäste, davon 6 vegetarisch
""", ppl="de", ctry="de")
T("catering", "devis-traiteur", "fr", 1, """
Peux-tu corriger ce devis avant envoi ?
Client : M. et Mme <<P1.f>>
Adresse de facturation :
<<A1.block>>
Tél. : <<T1>>
Mariage, 120 convives : pièce montée, bœuf Stroganoff, pêches Melba, bar à crêpes Suzette
""", ppl="fr", ctry="fr")
T("catering", "preventivo-comunione", "it", 1, """
Mi scrivi il preventivo per questa richiesta?
"Buongiorno, sono <<P1>>, vorrei un rinfresco per la comunione di mia figlia <<P2.g>>, domenica 9 maggio, 35 persone, a casa nostra in <<A1.line>>. Pensavo a pizzette Margherita, carpaccio e torta Sacher. Il mio cellulare è <<T1>>."
""", ppl="it", ctry="it", slots={"P2": {"sex": "f", "kid": True}})
T("catering", "supplier-invoice", "en", 2, """
Can you check the maths on this invoice from our egg and veg grower before I pay it?
INVOICE 2026-041
From: <<P1>>
<<A1.block>>
<<T1>>
To: the kitchen, Harbour Road café
30 doz free-range eggs @ €4.20
12kg Kerr's Pink potatoes @ €1.10
Total due: €139.20
Pay to IBAN <<IBAN1>>
""", ctry="ie")
T("catering", "shidashi-bento", "ja", 1, """
仕出し弁当の注文メールです。確認の返信を書いてください。
ご注文者：<<P1>>様
お届け先：<<A1.line>>
お電話：<<T1>>
内容：幕の内弁当20個、法事用、12月6日11時着
""", ppl="ja", ctry="jp")
T("catering", "talab-diyafa", "ar", 1, """
أريد رداً مهذباً على طلب الضيافة هذا:
الاسم: <<P1>>
المناسبة: حفل خطوبة ابنتي <<P2.g>>، 150 شخصاً
العنوان: <<A1.line>>
الهاتف: <<T1>>
الطلب: منسف، كنافة، قهوة عربية
""", ppl="ar", ctry="jo", slots={"P1": {"sex": "m", "pool": "ar"}, "P2": {"sex": "f"}})
T("catering", "fatura-batizado", "pt-PT", 1, """
Podes rever esta encomenda de catering? Preciso de emitir fatura com NIF.
Cliente: <<P1>>
NIF: <<P1.id>>
Morada: <<A1.line>>
Telemóvel: <<T1>>
Evento: batizado, 50 pessoas, bacalhau à Brás e pastéis de nata
""", ppl="pt", ctry="pt", slots={"P1": {"id": "nif"}})
T("catering", "event-brief-yaml", "en", 3, """
Our event app rejects this YAML brief. Can you spot the indentation error?
event: retirement lunch
date: 2027-03-12
client_contact:
  name: <<P1>>
  phone: "<<T1>>"
  email: <<P1.e>>
onsite_contact:
   name: <<P2>>
  phone: "<<T2>>"
delivery_to: "<<A1.line>>"
menu: [Waldorf salad, chicken parm, tiramisu]
""", ctry="us")
T("catering", "hazmana-bar-mitzva", "he", 1, """
תבדוק בבקשה את פרטי ההזמנה לפני שאני מוציא חשבונית:
שם: <<P1>>
ת.ז.: <<P1.id>>
כתובת: <<A1.line>>
טלפון: <<T1>>
אירוע: בר מצווה, 80 איש, שניצל, סלט ישראלי, רוגלך
""", ppl="he", ctry="il", slots={"P1": {"id": "il"}})
T("catering", "smorrebrod-bestilling", "da", 1, """
Kan du skrive en bekræftelse på denne bestilling?
Bestilt af: <<P1>>
Levering: <<A1.line>> (privat, 50-års fødselsdag)
Telefon: <<T1>>
30 stk. smørrebrød, heraf 10 H.C. Andersen og 10 Stjerneskud, og en kringle
""", ppl="da", ctry="dk", slots={"P1": {"sex": "f"}})
T("catering", "dietary-cards-lower", "en", 2, """
turn these notes into a dietary card for each table pls
- table 3: <<P1>> no dairy, <<P2>> coeliac (her mum <<P3>> is bringing her own cake)
- table 5: <<P4>> pescatarian, loves the pavlova so keep one without cream
- top table: the grooms grandad <<P5>> soft food only
""", ctry="nz", case="lower", slots={"P2": {"sex": "f"}, "P3": {"sex": "f"}, "P5": {"sex": "m"}})
T("catering", "facture-traiteur-be", "fr-BE", 1, """
Peux-tu vérifier cette facture avant que je l'envoie à la cliente ?
Cliente : <<P1>>
<<A1.block>>
Tél. : <<T1>>
Buffet de communion, 40 pers. : boulettes sauce lapin, américain préparé, tarte au riz
Remboursement de l'acompte trop perçu sur : <<IBAN1>>
""", ppl="be", ctry="be", slots={"P1": {"sex": "f"}})
T("catering", "catering-orders-sql", "en", 2, """
This insert fails with "duplicate key value violates unique constraint". Why?
INSERT INTO catering_orders (order_no, customer_name, phone, email, item, qty) VALUES
  ('C-2207', '<<P1>>', '<<T1>>', '<<P1.e>>', 'Nanaimo bars', 48),
  ('C-2207', '<<P2>>', '<<T2>>', '<<P2.e>>', 'Poutine station', 1);
""", ctry="ca")
T("catering", "year-end-pipe", "en", 2, """
Caterer needs this as a clean list by dietary need. Office year-end function, 42 guests:
name|dept|diet|contact
<<P1>>|Finance|halaal|<<T1>>
<<P2>>|Sales|vegan|
<<P3>>|IT|no pork, no shellfish|
<<P4>>|HR|coeliac|<<T2>>
""", ctry="za")

# ============================== personal: community food ==============================
T("community", "foodbank-voucher", "en", 3, """
Check this food bank referral before I send it to the warehouse:
Client: <<P1>>
DOB: <<P1.dob>>
Address:
<<A1.block>>
Household: partner <<P2>> (DOB <<P2.dob>>), son <<P3.g>> (DOB <<P3.dob>>)
Referred by: <<P4>>, Citizens Advice, <<T1>>
Reason: benefit delay, no cooking facilities (kettle box please)
""", slots={"P3": {"sex": "m", "kid": True}})
T("community", "volunteer-rota-tsv", "en", 3, """
Sort this volunteer rota by shift and flag gaps:
name\tphone\tshift\trole
<<P1>>\t<<T1>>\tTue AM\twarehouse
<<P2>>\t<<T2>>\tTue AM\tdriver
<<P3>>\t<<T3>>\tThu PM\tfront desk
""", ctry="ie")
T("community", "community-lunch-lower", "en", 2, """
make this whatsapp into a to-do list for saturdays community lunch
<<P1.g>>: ive got 40 portions of shepherds pie in the chest freezer
<<P2.g>>: can someone collect the veg from <<P3>>'s allotment, shes on <<T1>>
<<P4.g>>: ill go. <<P2.g>> you still doing the apple crumble?
<<P2.g>>: yep x
""", case="lower", slots={"P3": {"sex": "f"}})
T("community", "tafel-kartei", "de", 1, """
Bitte eine Tabelle für die Tafel-Ausgabe daraus machen:
<<P1>>, geb. <<P1.dob>>, <<A1.line>>, 2 Erw. 3 Kinder, Ausgabetag Donnerstag
<<P2>>, geb. <<P2.dob>>, <<A2.line>>, 1 Erw., Ausgabetag Samstag, kein Schweinefleisch
Ehrenamtliche Ansprechpartnerin: <<P3>>, <<T1>>
""", ppl="de", ctry="de", dob="dmy.", slots={"P3": {"sex": "f"}})
T("community", "restos-inscription", "fr", 1, """
Aide-moi à remettre au propre la fiche d'inscription (campagne d'hiver des Restos du Cœur) :
Nom : <<P1.FG>>
Née le : <<P1.dob>>
Adresse : <<A1.line>>
Tél. : <<T1>>
Foyer : 1 adulte, 2 enfants (<<P2.g>> et <<P3.g>>)
Bénévole référent : <<P4>>
""", ppl="fr", ctry="fr", slots={"P1": {"sex": "f"}, "P2": {"kid": True}, "P3": {"kid": True}})
T("community", "banco-alimentos", "es", 1, """
Pásame a limpio esta lista de beneficiarios del banco de alimentos del barrio:
1. <<P1>> – <<A1.line>> – <<T1>> – 4 miembros
2. <<P2>> – <<A2.line>> – <<T2>> – 2 miembros, diabética
3. <<P3>> – <<A3.line>> – <<T3>> – 1 miembro
""", ppl="es", ctry="es", slots={"P2": {"sex": "f"}})
T("community", "sotsialna-kukhnia", "uk", 1, """
Допоможи скласти картку для соціальної кухні:
ПІБ: <<P1>>
РНОКПП: <<P1.id>>
Дата народження: <<P1.dob>>
Адреса проживання: <<A1.line>>
Телефон: <<T1>>
Діти: <<P2.g>> (7 р.), <<P3.g>> (5 р.)
""", ppl="ua", ctry="ua", dob="dmy.", slots={"P1": {"id": "rnokpp"}, "P2": {"kid": True, "sex": "m"},
                                          "P3": {"kid": True, "sex": "f"}})
T("community", "fudshering-volonter", "ru", 1, """
Проверь анкету волонтёра фудшеринга:
ФИО: <<P1>>
СНИЛС: <<P1.id>>
Адрес: <<A1.line>>
Телефон: <<T1>>
Может забирать продукты из «Пятёрочки» и «ВкусВилла» по вторникам
""", ppl="ru", ctry="ru", slots={"P1": {"id": "snils"}})
T("community", "community-pantry-lower", "tl", 2, """
pa-ayos naman ng listahan para sa community pantry bukas:
- <<P1>>, <<A1.line>>, cel <<T1>> – 5 sa bahay, senior si lola
- <<P2>>, <<A2.line>>, cel <<T2>> – may baby, need gatas
volunteer: <<P3>>
""", ppl="tl", ctry="ph", case="lower")
T("community", "hamper-table", "en", 2, """
Format this Christmas hamper delivery list for the drivers, sorted by town:
| name | address | phone | notes |
|---|---|---|---|
| <<P1>> | <<A1.line>> | <<T1>> | no stairs |
| <<P2>> | <<A2.line>> | <<T2>> | halal, 2 kids |
| <<P3>> | <<A3.line>> | <<T3>> | call on arrival |
""", ctry="au")
T("community", "potravinova-banka", "cs", 1, """
Můžeš z toho udělat přehledný záznam pro potravinovou banku?
Jméno: <<P1>>
Rodné číslo: <<P1.id>>
Bydliště: <<A1.line>>
Telefon: <<T1>>
Domácnost: 3 osoby, bezlepková dieta
""", ppl="cs", ctry="cz", slots={"P1": {"id": "rc"}})
T("community", "etelosztas-taj", "hu", 1, """
Segíts rendbe tenni ezt az ételosztási nyilvántartást:
Név: <<P1>>
TAJ szám: <<P1.id>>
Lakcím: <<A1.line>>
Telefon: <<T1>>
Megjegyzés: cukorbeteg, csak pénteken tud jönni
""", ppl="hu", ctry="hu", slots={"P1": {"id": "taj"}})
T("community", "soup-kitchen-za", "en", 1, """
Please check this soup kitchen registration before we add it to the SASSA referral list:
Name: <<P1>>
ID number: <<P1.id>>
Address: <<A1.line>>
Cell: <<T1>>
Dependants: 3
""", ctry="za", slots={"P1": {"id": "zaid"}})
T("community", "social-worker-email", "en", 2, """
Can you draft a reply saying we can deliver a parcel on Friday?
> Hi, I'm referring a family who can't get to the food bank: <<P1>> and her two children, at <<A1.line>>. Mum's number is <<T1>>. Please avoid pork and anything with nuts.
> Kind regards,
> <<P2>>
> Family Support Worker
> <<T2>>
""", ctry="ie", slots={"P1": {"sex": "f"}})
T("community", "community-fridge", "en", 2, """
Reword this for our community fridge volunteers' newsletter, but take out anything private:
"Hi all, welcome <<P1>>, who'll be restocking on Wednesdays. She lives round the corner at <<A1.line>>, so call her on <<T1>> if the fridge door is left open."
""", ctry="us", slots={"P1": {"sex": "f"}})
T("community", "foodbank-sincheong", "ko", 1, """
푸드뱅크 이용 신청서 내용 정리해줘.
성명: <<P1>>
주민등록번호: <<P1.id>>
주소: <<A1.line>>
연락처: <<T1>>
비고: 독거 어르신, 반찬 배달 희망
""", ppl="ko", ctry="kr", slots={"P1": {"id": "rrn"}})
T("community", "emporio-solidale", "it", 1, """
Mi aiuti a compilare la scheda per l'emporio solidale della Caritas?
Nome: <<P1>>
Codice fiscale: <<P1.id>>
Indirizzo: <<A1.line>>
Telefono: <<T1>>
Nucleo: 4 persone, ISEE sotto 6.000 €
""", ppl="it", ctry="it", slots={"P1": {"id": "cf"}})
T("community", "koinoniko-pantopoleio", "el", 1, """
Βοήθησέ με να συμπληρώσω την αίτηση για το κοινωνικό παντοπωλείο:
Ονοματεπώνυμο: <<P1>>
ΑΜΚΑ: <<P1.id>>
Διεύθυνση: <<A1.line>>
Τηλέφωνο: <<T1>>
Μέλη νοικοκυριού: 2
""", ppl="el", ctry="gr", slots={"P1": {"id": "amka"}})


# ============================== clean: dishes named after people ==============================
C("dishes", "dish-origin-q", "en", [
    "Was there a real Duke of Wellington behind Beef Wellington, or is that a myth? And is it the same thing as filet de bœuf en croûte?",
    "Who was Benedict in Eggs Benedict – Lemuel Benedict at the Waldorf, or Mrs LeGrand Benedict at Delmonico's? Give me both stories briefly.",
    "Pavlova: Australia or New Zealand? Summarise the argument and what Anna Pavlova's 1926 tour had to do with it.",
])
C("dishes", "menu-descriptions", "en", [
    "Write menu descriptions (max 15 words each) for: Peach Melba, Crêpes Suzette, Chicken Marengo, Waldorf salad.",
    "Write menu descriptions, 15 words max each, for Caesar salad, Lobster Thermidor, Oysters Rockefeller and Fettuccine Alfredo. Mention Alfredo di Lelio only if it fits.",
    "Short menu blurbs please for our Russian night: Beef Stroganoff, Salade Olivier, Pozharsky cutlets, Guryev porridge and Napoleon cake.",
])
C("dishes", "sauce-scaling-table", "en", [
    """Scale this béchamel to 4 litres and add a column for the Mornay variation:
| ingredient | 1 litre |
|---|---|
| butter | 60 g |
| plain flour | 60 g |
| whole milk | 1 l |
| nutmeg, salt, white pepper | to taste |""",
    """Fill in the missing column: which sauce is derived from which mother sauce?
| sauce | named after | mother sauce |
|---|---|---|
| Mornay | Philippe de Mornay (probably) | |
| Choron | Alexandre Étienne Choron | |
| Foyot | Restaurant Foyot, Paris | |
| Soubise | Charles de Rohan, Prince of Soubise | |""",
])
C("dishes", "dish-q-lower", "en", [
    "whats the actual difference between a victoria sponge and a battenberg, is it just the marzipan",
    "is a reuben or a rachel better with pastrami, settling an argument in the kitchen",
    "can i make a tarte tatin in a le creuset or do i need a proper tatin mould",
], case="lower")
C("dishes", "gerichte-herkunft", "de", [
    "Woher hat das Fürst-Pückler-Eis seinen Namen, und wie schichtet man es richtig? Hat Hermann von Pückler-Muskau das wirklich selbst gegessen?",
    "Wurde die Sachertorte von Franz Sacher oder von Eduard Sacher erfunden? Und was hatte der Streit mit dem Demel damit zu tun?",
])
C("dishes", "sauces-origine", "fr", [
    "Explique la différence entre une sauce béchamel, une Mornay et une Soubise, avec les proportions pour 1 litre.",
    "D'où viennent les noms de la pêche Melba et de la poire Belle-Hélène ? Escoffier y est-il pour quelque chose ?",
])
C("dishes", "platos-origen-lower", "es", [
    "por que la ensalada cesar se invento en tijuana y no en italia? quien era caesar cardini",
    "dame una receta de huevos benedictinos para 6 y una variante con salmon ahumado",
], case="lower")
C("dishes", "piatti-storia", "it", [
    "Il carpaccio deve davvero il nome al pittore Vittore Carpaccio? Raccontami la storia dell'Harry's Bar e di Giuseppe Cipriani.",
    "Pizza Margherita: è vero che Raffaele Esposito la dedicò alla regina Margherita nel 1889, o è una leggenda?",
])
C("dishes", "ryori-yurai", "ja", [
    "ドリアはホテルニューグランドのサリー・ワイルが考えたって本当ですか？ナポリタンとの関係も教えてください。",
    "ハヤシライスの名前は丸善の早矢仕有的から来ているという説は本当ですか？ビーフストロガノフとの違いも知りたいです。",
])
C("dishes", "cai-laili", "zh", [
    "宫保鸡丁为什么叫“宫保”？跟清朝的丁宝桢有什么关系？顺便讲讲川菜的“荔枝味型”。",
    "东坡肉和苏东坡有什么关系？给我一个家庭版做法，五花肉一斤的量。",
])
C("dishes", "johnson-tang", "ko", [
    "부대찌개를 왜 '존슨탕'이라고도 부르나요? 린든 존슨 대통령이 정말 관련이 있나요?",
])
C("dishes", "specials-board-caps", "en", [
    "MAKE THIS SPECIALS BOARD FIT ON ONE LINE EACH: BEEF WELLINGTON £34 / EGGS BENEDICT £12 / PEACH MELBA £8 / CAESAR SALAD £11",
    "CHECK THE SPELLING ON OUR BOARD: BECHAMEL LASAGNE, CHICKEN A LA KING, BANANAS FOSTER, KAISERSCHMARRN, CREPES SUZETTE",
], case="upper")
C("dishes", "recipe-schema-json", "en", [
    """Why does Google's rich results test reject this recipe markup?
{"@context": "https://schema.org", "@type": "Recipe",
 "name": "Sachertorte", "author": {"@type": "Person", "name": "Franz Sacher"},
 "recipeYield": "12 slices", "recipeIngredient": ["200 g dark chocolate", "apricot jam"]}""",
    """Is this a valid JSON menu item for our Flipdish import?
{"sku": "DESS-04", "name": "Pavlova", "description": "Named after Anna Pavlova", "price": 7.5,
 "allergens": ["egg", "milk"], "tags": ["gluten-free"]}""",
    """Convert to CSV for the POS: [{"item": "Eggs Benedict", "price": 11}, {"item": "Eggs Florentine", "price": 10.5},
 {"item": "Eggs Royale", "price": 12}, {"item": "Croque Madame", "price": 9.5}]""",
])
C("dishes", "salat-olivie", "ru", [
    "Откуда название салата «Оливье»? Люсьен Оливье действительно придумал его в «Эрмитаже»?",
])
C("dishes", "bacalhau-bras", "pt-PT", [
    "Qual é a história do bacalhau à Brás e do bife à Marrare? O Brás e o Marrare eram pessoas reais?",
])
C("dishes", "dobos-torta", "hu", [
    "Ki volt Dobos C. József, és miért lett ilyen híres a Dobos-torta? És a Gundel-palacsinta honnan kapta a nevét?",
])
C("dishes", "iskender-kebap", "tr", [
    "İskender kebabın adı gerçekten İskender Efendi'den mi geliyor? Bursa'da ilk nerede yapılmış?",
])

# ============================== clean: chefs, restaurateurs and brands ==============================
C("chefs_brands", "chef-career-q", "en", [
    "Give me a timeline of Auguste Escoffier's career: the Savoy with César Ritz, the Carlton, and the brigade system.",
    "Compare Ferran Adrià's elBulli with René Redzepi's Noma: what did each change about fine dining?",
    "Who trained under Marco Pierre White at Harveys? I know Gordon Ramsay and Heston Blumenthal did, anyone else?",
])
C("chefs_brands", "brand-founders-table", "en", [
    """Fill in the 'founded' column and fix anything wrong:
| brand | named after | founded |
|---|---|---|
| Heinz | Henry John Heinz | |
| Kellogg's | Will Keith Kellogg | |
| Wendy's | Melinda "Wendy" Thomas, Dave Thomas's daughter | |
| Ben & Jerry's | Ben Cohen and Jerry Greenfield | |
| Cadbury | John Cadbury | |""",
    """Same table for these please:
| brand | named after | founded |
|---|---|---|
| McDonald's | Richard and Maurice McDonald | |
| Dr. Oetker | August Oetker | |
| Ferrero | Pietro Ferrero | |
| Hershey's | Milton S. Hershey | |
| Lindt & Sprüngli | Rodolphe Lindt, David Sprüngli | |""",
])
C("chefs_brands", "chef-q-lower", "en", [
    "did julia child really only start cooking properly at le cordon bleu in her late 30s",
    "is jiro ono still making sushi at sukiyabashi jiro or has yoshikazu taken over",
    "why did anthony bourdain say kitchen confidential was never meant to be a how-to",
], case="lower")
C("chefs_brands", "brand-quiz", "en", [
    "Write a pub quiz round: 10 food and drink brands named after real people (Heinz, Kellogg's, Cadbury, Dr. Oetker, Ferrero, Barilla, Guinness, Jack Daniel's…), question and answer.",
    "Which supermarket names come from founders? Sainsbury's, Tesco (T. E. Stockwell and Jack Cohen), Aldi (the Albrecht brothers), Morrisons, Kroger, Albert Heijn. Short answer each.",
    "Menu pun night: give me a starter, main and pudding named after people – Caesar, Wellington, Melba, Stroganoff, Benedict, Earl Grey, the Earl of Sandwich, Ignacio Anaya's nachos.",
])
C("chefs_brands", "marken-gruender", "de", [
    "Welche Marken gehen auf Gründer zurück: Dr. Oetker, Bahlsen, Haribo (Hans Riegel Bonn), Maggi (Julius Maggi), Knorr (Carl Heinrich Knorr)? Bitte kurz mit Jahr.",
])
C("chefs_brands", "paul-bocuse", "fr", [
    "Résume la carrière de Paul Bocuse : l'Auberge du Pont de Collonges, le Bocuse d'Or, la nouvelle cuisine avec Henri Gault et Christian Millau.",
])
C("chefs_brands", "cocineros", "es", [
    "¿Quién es Gastón Acurio y por qué se le considera el embajador de la cocina peruana?",
    "Háblame de Juan Mari Arzak, Elena Arzak y la nueva cocina vasca. ¿Qué papel tuvo Karlos Arguiñano en la tele?",
])
C("chefs_brands", "chef-italiani", "it", [
    "Chi era Pellegrino Artusi e perché «La scienza in cucina e l'arte di mangiar bene» è ancora così citato?",
    "Massimo Bottura e Gualtiero Marchesi: cosa ha imparato Bottura da Marchesi e da Alain Ducasse?",
])
C("chefs_brands", "jiro-rokusaburo", "ja", [
    "小野二郎さんと道場六三郎さんの経歴を簡単に比べてください。",
])
C("chefs_brands", "baek-jongwon", "ko", [
    "백종원 대표가 만든 브랜드(빽다방, 홍콩반점 등)를 정리해줘.",
])
C("chefs_brands", "suiyuan-shidan", "zh", [
    "袁枚的《随园食单》讲了哪些烹饪原则？和李渔的饮食观有什么不同？",
])
C("chefs_brands", "famous-restaurants", "en", [
    "Plan a food walk in Vienna: Café Sacher, Demel, Café Central, Figlmüller – what to order at each.",
    "Harry's Bar in Venice vs Harry's New York Bar in Paris: which one gave us the Bellini and which the Bloody Mary?",
    "Is Delmonico's in New York the same restaurant that gave its name to Lobster Newberg and the Delmonico steak?",
])
C("chefs_brands", "cookbooks-commis", "en", [
    "Which should a new commis read first: Escoffier's Le Guide Culinaire, Larousse Gastronomique, Samin Nosrat's Salt Fat Acid Heat or Harold McGee's On Food and Cooking?",
])
C("chefs_brands", "salt-bae", "tr", [
    "Nusret Gökçe'ye neden 'Salt Bae' deniyor? Restoranları hangi şehirlerde var?",
])
C("chefs_brands", "merken-oprichters-lower", "nl", [
    "welke nederlandse voedingsmerken zijn naar hun oprichter vernoemd? denk aan douwe egberts, verkade, albert heijn en van houten",
], case="lower")
C("chefs_brands", "faviken", "sv", [
    "Vad är Magnus Nilsson från Fäviken känd för, och vad gör Mathias Dahlgren i dag?",
])
C("chefs_brands", "carlsberg", "da", [
    "Hvem var J.C. Jacobsen, og hvorfor hedder Carlsberg sådan? Og hvad havde Claus Meyer med Noma at gøre?",
])
C("chefs_brands", "chefs-night-caps", "en", [
    "WE ARE DOING A FAMOUS CHEFS THEME NIGHT. CHECK THESE ARE SPELT RIGHT: AUGUSTE ESCOFFIER, MARIE-ANTOINE CARÊME, JULIA CHILD, JAMIE OLIVER, NIGELLA LAWSON",
    "ONE POSTER LINE FOR EACH: KFC - COLONEL SANDERS, WENDY'S - DAVE THOMAS, MCDONALD'S - RAY KROC, DOMINO'S - TOM MONAGHAN",
], case="upper")
C("chefs_brands", "alex-atala", "pt-BR", [
    "Quem é Alex Atala e por que o D.O.M. ficou tão famoso? E a Helena Rizzo, do Maní?",
])
C("chefs_brands", "manal-alalem", "ar", [
    "من هي الشيف منال العالم؟ وما أشهر برامجها وكتبها؟",
])
C("chefs_brands", "sanjeev-kapoor", "hi", [
    "संजीव कपूर और विकास खन्ना में से किसके रेस्टोरेंट विदेश में ज़्यादा मशहूर हैं?",
])

# ============================== clean: food safety and allergens ==============================
C("food_safety", "eponym-science", "en", [
    "For a Level 2 hygiene course: why are Salmonella, Listeria and Escherichia coli named after Daniel Salmon, Joseph Lister and Theodor Escherich? Two lines each.",
    "What is the Maillard reaction, and why does it matter for searing a steak versus boiling it? Mention Louis-Camille Maillard briefly.",
    "How hot is a Carolina Reaper on the Scoville scale compared with a jalapeño, and who was Wilbur Scoville?",
])
C("food_safety", "allergen-law-q", "en", [
    "What does Natasha's Law require on prepacked-for-direct-sale labels, and does it cover a sandwich we make to order in front of the customer?",
    "Owen's Law: is it in force in England yet, and what would it change for allergen information on restaurant menus?",
    "Does the FDA's FASTER Act mean sesame has to be on our US menu allergen chart now, like the other eight?",
])
C("food_safety", "allergen-matrix-blank", "en", [
    """Fill in this allergen matrix for our menu (Y where the dish contains it):
| dish | celery | gluten | crustaceans | eggs | fish | lupin | milk | molluscs | mustard | nuts | peanuts | sesame | soya | sulphites |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| Caesar salad | | | | | | | | | | | | | | |
| Eggs Benedict | | | | | | | | | | | | | | |
| Waldorf salad | | | | | | | | | | | | | | |""",
    """Same matrix, for the Sunday menu:
| dish | gluten | eggs | milk | mustard | nuts | sulphites |
|---|---|---|---|---|---|---|
| Beef Wellington | | | | | | |
| Steak with sauce Béarnaise | | | | | | |
| Sticky toffee pudding | | | | | | |
| Bakewell tart | | | | | | |""",
])
C("food_safety", "haccp-plan", "en", [
    "Write a HACCP critical control point for cooling a Bolognese ragù: temperatures, times, and who checks (use job titles only).",
    "Draft a HACCP log template for our Rational iCombi Pro and the Hobart dishwasher's final rinse temperature.",
    "Is a Thermapen accurate enough for HACCP records, or do we need a calibrated Testo probe? How often should we do the ice-water check?",
])
C("food_safety", "safety-q-lower", "en", [
    "is it safe to reheat rice twice, asking for a kebab shop",
    "how long can hollandaise sit on the pass before its a bacillus cereus risk",
    "do i need a separate fryer for gluten free chips if the menu says coeliac safe",
], case="lower")
C("food_safety", "lmiv-allergene", "de", [
    "Was regelt die Lebensmittelinformationsverordnung (LMIV) für Allergene auf Speisekarten, und reicht ein Ordner an der Theke?",
])
C("food_safety", "haccp-foodtruck", "fr", [
    "Quelles sont les règles HACCP pour un food truck ? Et qu'a fait Louis Pasteur exactement pour la pasteurisation ?",
])
C("food_safety", "manipulador-brix", "es", [
    "¿Qué es el carné de manipulador de alimentos y cuánto dura en la Comunidad de Madrid?",
    "Explícame la escala Brix y por qué la usan en heladería. ¿Quién era Adolf Brix?",
])
C("food_safety", "appert-haccp", "it", [
    "Il metodo Appert per le conserve va ancora bene per i sughi fatti in casa che vogliamo vendere?",
    "Cosa prevede il Regolamento (CE) 852/2004 sul manuale HACCP per un piccolo bar con cucina?",
])
C("food_safety", "eisei-sekininsha", "ja", [
    "食品衛生責任者とHACCPに沿った衛生管理の違いを、飲食店向けに簡単に説明してください。",
])
C("food_safety", "blank-audit-form", "en", [
    """Make this internal audit form printable on one page:
Site: ______________
Manager on duty: ______________
Fridge 1 °C: ____  Fridge 2 °C: ____  Freezer °C: ____
Probe calibrated (ice/boil): Y / N
Allergen matrix up to date: Y / N
Signed: ______________  Date: __/__/____""",
    """Turn this opening checklist into a table with tick boxes:
- hand wash basins stocked (soap, blue roll)
- dishwasher final rinse above 82 °C
- hot hold above 63 °C
- date labels on all prep (day dots)
- pest control log checked
Completed by: ____________""",
])
C("food_safety", "notice-caps", "en", [
    "PLEASE CHECK THIS SIGN: ALLERGY ADVICE - PLEASE SPEAK TO A MEMBER OF STAFF BEFORE ORDERING. OUR FOOD MAY CONTAIN TRACES OF NUTS, SESAME AND GLUTEN.",
    "REWORD: ALL HOT FOOD MUST BE HELD ABOVE 63°C. CHECK WITH THE THERMAPEN EVERY 90 MINUTES AND RECORD IN THE SFBB DIARY.",
], case="upper")
C("food_safety", "sanepid-lower", "pl", [
    "jakie dokumenty sprawdza sanepid przy kontroli foodtrucka",
    "czy pałeczki salmonelli giną w temperaturze pasteryzacji jaj",
], case="lower")
C("food_safety", "xuke-zheng", "zh", [
    "小餐馆要办食品经营许可证，需要准备哪些材料？大概多久能批下来？",
])
C("food_safety", "nvwa-hygienecode", "nl", [
    "Wat controleert de NVWA bij een snackbar, en hoe werkt de Hygiënecode voor de Horeca?",
])
C("food_safety", "haccp-arabic", "ar", [
    "ما هي أهم خطوات نظام الهاسب (HACCP) في مطبخ مطعم صغير؟",
])
C("food_safety", "pirt-bpom-lower", "id", [
    "apa bedanya izin pirt dan bpom untuk usaha sambal rumahan",
], case="lower")
C("food_safety", "attp-giay-phep", "vi", [
    "Quán ăn nhỏ có cần giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm không?",
])

# ============================== clean: blank forms, templates and sample people ==============================
C("templates", "blank-booking-form", "en", [
    """Make this booking form look nicer in HTML:
Name: ____________________
Phone: ____________________
E-mail: ____________________
Date / time: ________  Covers: ____
Allergies / dietary: ____________________
Deposit taken (Y/N): ____""",
])
C("templates", "merge-sms", "en", [
    "Fix the placeholders in this SMS template: 'Hi {{first_name}}, your table for {{covers}} at {{restaurant}} is confirmed for {{date}} at {{time}}. Reply C to cancel.' The date prints as 2026-12-24T00:00.",
    "Our Mailchimp merge tags print literally in the thank-you email: 'Dear *|FNAME|* *|LNAME|*, thanks for dining with us at *|VENUE|*.' Why?",
])
C("templates", "sample-customers-csv", "en", [
    """Generate 3 more rows for this sample CSV for our POS training mode:
id,first_name,last_name,email,phone
1,John,Doe,john.doe@example.com,555-0100
2,Jane,Doe,jane.doe@example.com,555-0101""",
    """Add a loyalty_points column to this test data:
customer,email,phone
Joe Bloggs,joe.bloggs@example.co.uk,01632 960001
A. N. Other,a.n.other@example.org,01632 960002""",
])
C("templates", "sample-json", "en", [
    """Write a pydantic model for this sample order:
{"customer": {"name": "Jane Doe", "email": "jane@example.com", "phone": "+1 555 0100"},
 "items": [{"sku": "BURGER-01", "qty": 2}], "client_ip": "192.0.2.15"}""",
    """Our webhook test sends this. Is it safe to log as-is?
{"event": "order.paid", "customer": "Test Customer", "card": "4242 4242 4242 4242",
 "ip": "198.51.100.7", "email": "test.customer@example.com"}""",
    """Explain each field of this example from the Uber Eats API docs:
{"eater": {"first_name": "Eater", "last_name": "Example", "phone": "+1 555-555-0123"},
 "store_id": "00000000-0000-0000-0000-000000000000", "placed_at": "2026-01-01T12:00:00Z"}""",
])
C("templates", "test-cards", "en", [
    "Stripe test mode: which test card numbers trigger a decline for our online pre-order page? I know 4242 4242 4242 4242 goes through.",
    "Is 4000 0025 0000 3155 the 3-D Secure test card? Our Square sandbox keeps rejecting it for the click-and-collect page.",
])
C("templates", "bookings-schema-sql", "en", [
    """Review this schema for a bookings table:
CREATE TABLE bookings (id serial PRIMARY KEY, guest_name text NOT NULL, phone text, email text,
  covers int CHECK (covers > 0), allergies text[]);
INSERT INTO bookings (guest_name, phone, email, covers) VALUES ('John Doe', '555-0123', 'john@example.com', 2);""",
    """Why does this seed file fail on MySQL 8?
INSERT INTO kunden (name, strasse, plz, ort) VALUES ('Max Mustermann', 'Musterstraße 1', '12345', 'Musterstadt');
INSERT INTO kunden (name, strasse, plz, ort) VALUES ('Erika Mustermann', 'Musterstraße 1', '12345', 'Musterstadt')""",
])
C("templates", "muster-vorlage", "de", [
    "Ist das ein gutes Musterformular für Allergene? Name: Max Mustermann, Anschrift: Musterstraße 1, 12345 Musterstadt, Allergien: ________",
    "Schreib mir eine Vorlage für eine Reservierungsbestätigung mit Platzhaltern wie [VORNAME] [NACHNAME], [DATUM] und [PERSONENZAHL].",
])
C("templates", "modele-confirmation", "fr", [
    "Rédige un modèle de confirmation de réservation avec les champs {prénom}, {nom}, {date}, {couverts}. Prends Jean Dupont, 4 couverts, comme exemple.",
])
C("templates", "plantilla-pedido", "es", [
    "Hazme una plantilla de hoja de pedido de catering con campos vacíos: Cliente: ______, Teléfono: ______, N.º de invitados: ___, Alergias: ______",
    "En los ejemplos de mi app de reservas aparece «Fulano de Tal, Calle Falsa 123». ¿Qué pongo en la versión inglesa?",
])
C("templates", "modulo-allergie", "it", [
    "Prepara un modulo vuoto per le allergie del cliente, con Mario Rossi come esempio nel campo nome e le 14 caselle degli allergeni.",
])
C("templates", "yoyaku-template", "ja", [
    "予約確認メールのテンプレートを作ってください。例：山田太郎様、2名様、12月24日 19:00。",
    "アレルギー確認シートの空欄フォーマットを作って。氏名：＿＿＿＿　電話：＿＿＿＿　アレルギー：□卵 □乳 □小麦 □えび □かに",
])
C("templates", "hong-gildong", "ko", [
    "예약 확인 문자 템플릿 만들어줘. 예시 이름은 홍길동으로 해줘.",
])
C("templates", "zhangsan-lisi", "zh", [
    "帮我做一份外卖订单的示例数据，顾客就用张三、李四、王五这种名字。",
])
C("templates", "jan-kowalski", "pl", [
    "Przygotuj wzór karty alergenów z przykładowym klientem Jan Kowalski i pustymi polami na podpis.",
])
C("templates", "ivanov-shablon", "ru", [
    "Сделай шаблон брони столика: Иванов Иван Иванович (пример), дата, время, количество гостей.",
])
C("templates", "meikalainen-lower", "fi", [
    "tee varauslomakkeen malli, esimerkkinimenä matti meikäläinen",
], case="lower")
C("templates", "ola-nordmann", "no", [
    "Lag en mal for cateringbestilling med Ola Nordmann som eksempelkunde og tomme felt for adresse og telefon.",
])
C("templates", "template-q-lower", "en", [
    "whats the best way to word a no show policy template, ours just says [GUEST NAME] will be charged £20pp",
    "in toast pos can i set a placeholder customer like 'walk in' so it stops asking for a name",
], case="lower")
C("templates", "table-card-caps", "en", [
    "MAKE THIS FIT A4 LANDSCAPE: TABLE NO: ___ COVERS: ___ NAME: ______________ ALLERGIES: ______________ SERVER: ______",
], case="upper")
C("templates", "sablon-rezervasyon", "tr", [
    "Rezervasyon onay mesajı için bir şablon yaz, örnek müşteri adı olarak Ayşe Yılmaz kullan.",
])
C("templates", "fulano-beltrano", "pt-BR", [
    "Crie uma planilha de exemplo de pedidos de delivery com Fulano, Beltrano e Sicrano como clientes.",
])
C("templates", "doc-ip-log", "en", [
    """Why does our online ordering log show the same IP for every request? We're behind Cloudflare.
203.0.113.42 - - [12/Nov/2026:19:02:11 +0000] "POST /api/orders HTTP/1.1" 201 512
203.0.113.42 - - [12/Nov/2026:19:02:14 +0000] "GET /api/orders/991 HTTP/1.1" 200 1184""",
])

# ============================== clean: operations, kit and software ==============================
C("operations", "pos-compare", "en", [
    "Toast vs Square vs Lightspeed for a 60-cover bistro: which handles split bills and tronc best?",
    "SevenRooms or ResDiary for a hotel restaurant that needs room-charge posting to Opera PMS?",
])
C("operations", "equipment-q", "en", [
    "Rational iCombi or Convotherm for a hotel banqueting kitchen doing 300 covers?",
    "Is a Pacojet worth it, or will a Vitamix and a Robot-Coupe do for ice creams and purées?",
])
C("operations", "role-rota-template", "en", [
    """Make this role-only rota template into a weekly grid:
role,mon,tue,wed,thu,fri,sat,sun
Head Chef,8-17,8-17,off,8-17,12-23,12-23,off
Sous Chef,12-23,12-23,8-17,off,8-17,8-17,12-20
KP 1,17-23,17-23,17-23,off,17-01,17-01,off
KP 2,off,off,17-23,17-23,17-01,17-01,12-20""",
    """Same again for the café (semicolon file):
role;mon;tue;wed;thu;fri;sat;sun
Barista A;7-15;7-15;off;7-15;7-15;8-16;off
Barista B;off;11-19;11-19;11-19;off;8-16;8-16
Supervisor;7-15;off;7-15;7-15;11-19;off;8-16""",
    """Fill the gaps so every shift has a supervisor:
| shift | supervisor | bar | floor |
|---|---|---|---|
| Fri lunch | Supervisor 1 | Bartender 2 | Server 3, Server 4 |
| Fri dinner | | Bartender 1 | Server 1, Server 2 |
| Sat dinner | Supervisor 2 | | Server 1, Server 5 |""",
])
C("operations", "tips-policy", "en", [
    "Draft a tips and service charge policy that complies with the Employment (Allocation of Tips) Act 2023 for a restaurant with a tronc.",
    "Our tronc is run by an independent troncmaster. What does HMRC need to see so tips aren't subject to National Insurance?",
])
C("operations", "supplier-list", "en", [
    """Sort these suppliers by category:
supplier,category,contact_role
Brakes,,account manager
Bidfood,,account manager
Lea & Perrins,,trade desk
Colman's,,trade desk
Wilkin & Sons (Tiptree),,sales
Fentimans,,sales""",
    """Which of these US suppliers are named after their founders?
Sysco, US Foods, McCormick, Heinz, Smucker's, Hellmann's, Sara Lee, Chef Boyardee, Kikkoman""",
])
C("operations", "delivery-platform-q", "en", [
    "Uber Eats and Deliveroo both take about 30%. Would Just Eat's own delivery or Flipdish be cheaper for a chippy?",
    "How do DoorDash Drive and Grubhub compare on commission for a pizzeria in a college town?",
    "Should a small ramen bar in Melbourne list on Menulog as well as Uber Eats, or is that just cannibalising?",
])
C("operations", "franchise-ops", "en", [
    "Write a checklist for a franchise opening audit: brand standards, drive-thru timings, HACCP, POS go-live.",
    "What royalty and marketing fees do Subway, Domino's and Papa John's typically charge franchisees?",
])
C("operations", "hotel-history", "en", [
    "Afternoon tea at the Ritz, Claridge's or the Savoy: which has the best scones, and was César Ritz ever involved with the Savoy?",
    "History of the Waldorf Astoria: is the Waldorf salad really from the maître d' Oscar Tschirky?",
])
C("operations", "ops-q-lower", "en", [
    "is lightspeed or square better for a food truck with patchy wifi",
    "how do i stop my ooni burning the bottoms of the pizzas before the top is done",
], case="lower")
C("operations", "thermomix-tse", "de", [
    "Wie funktioniert Orderbird mit der TSE-Pflicht nach der Kassensicherungsverordnung, und brauche ich für den Thermomix in der Küche eine eigene Wartung?",
])
C("operations", "zenchef-deliveroo", "fr", [
    "Vaut-il mieux passer par Deliveroo, Uber Eats, ou créer son propre site de commande avec Zenchef ?",
])
C("operations", "tpv-propinas-lower", "es", [
    "que tpv me recomiendas para un bar de tapas: agora, revo o last.app",
    "como funciona el bote de propinas en hosteleria, tributa en el irpf",
], case="lower")
C("operations", "thefork-quandoo", "it", [
    "Meglio TheFork o Quandoo per un'osteria in centro a Bologna?",
    "Come si collega la cassa di Cassa in Cloud allo scontrino elettronico dell'Agenzia delle Entrate?",
])
C("operations", "airregi-smaregi", "ja", [
    "Airレジとスマレジ、小さなラーメン屋にはどちらが向いていますか？",
])
C("operations", "baemin-coupang", "ko", [
    "배민, 쿠팡이츠, 요기요 중개 수수료랑 배달비 구조 표로 비교해줘.",
])
C("operations", "wongnai-loyverse", "th", [
    "ร้านกาแฟเล็ก ๆ ควรใช้ Wongnai POS หรือ Loyverse ดีกว่า",
])
C("operations", "grabfood-shopeefood-lower", "id", [
    "lebih untung jualan lewat grabfood atau shopeefood buat warung bakso",
], case="lower")
C("operations", "carinderia-lower", "tl", [
    "ano mas okay para sa carinderia, foodpanda o grabfood? magkano commission nila",
], case="lower")
C("operations", "dishwasher-notice-caps", "en", [
    "CAN YOU SHORTEN THIS: STAFF NOTICE - NEW HOBART DISHWASHER TRAINING MONDAY 3PM. ALL KPS AND THE SOUS CHEF MUST ATTEND. BRING YOUR OWN GLOVES.",
], case="upper")


# ---------------------------------------------------------------------------------------------
# Check digits (and, where a number encodes them, the holder's birth date and sex).
# ---------------------------------------------------------------------------------------------
def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(re.sub(r"\D", "", s))):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        total += x
    return total % 10 == 0


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def iban_ok(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    if int(num) % 97 != 1:
        return False
    cc, b = s[:2], s[4:]
    if cc == "FR":  # RIB key
        bank, guichet, compte, key = b[:5], b[5:10], b[10:21], b[21:]
        return 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97 == int(key)
    if cc == "ES":  # dígitos de control
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(ds):
            x = 11 - sum(int(a) * b_ for a, b_ in zip(ds, w)) % 11
            return 0 if x == 11 else 1 if x == 10 else x
        return dc("00" + b[:8]) == int(b[8]) and dc(b[10:]) == int(b[9])
    if cc == "BE":
        c = int(b[:10]) % 97
        return (97 if c == 0 else c) == int(b[10:])
    return True


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                   12, 14, 16, 10, 22, 25, 24, 23]))


def cf_expected(p):
    def cons(s):
        return [c for c in s.upper() if c.isalpha() and c not in "AEIOU"]

    def vows(s):
        return [c for c in s.upper() if c in "AEIOU"]
    fam = "".join((cons(fold(p.family)) + vows(fold(p.family)) + ["X"] * 3)[:3])
    c = cons(fold(p.given))
    if len(c) >= 4:
        c = [c[0], c[2], c[3]]
    giv = "".join((c + vows(fold(p.given)) + ["X"] * 3)[:3])
    day = p.dob.day + (40 if p.sex == "f" else 0)
    return f"{fam}{giv}{p.dob.year % 100:02d}{'ABCDEHLMPRST'[p.dob.month - 1]}{day:02d}"


def check_id(kind, v, p):
    """True if v is a valid number of this kind and agrees with its holder p."""
    d = re.sub(r"\D", "", v)
    dob, sex = p.dob, p.sex
    if kind == "nino":
        m = re.fullmatch(r"([A-Z])([A-Z]) \d\d \d\d \d\d [A-D]", v)
        return bool(m) and m.group(1) not in "DFIQUV" and m.group(2) not in "DFIOQUV" and \
            v[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    if kind == "ssn":
        m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", v)
        return bool(m) and m.group(1) not in ("000", "666") and m.group(1)[0] != "9" and m.group(2) != "00" \
            and m.group(3) != "0000"
    if kind == "steuerid":
        if len(d) != 11 or d[0] == "0":
            return False
        counts = sorted(d[:10].count(c) for c in set(d[:10]))
        if not (counts.count(2) == 1 and set(counts) <= {1, 2}) and not (counts.count(3) == 1 and set(counts) <= {1, 3}):
            return False
        prod = 10
        for ch in d[:10]:
            s = (int(ch) + prod) % 10 or 10
            prod = (2 * s) % 11
        return (11 - prod) % 10 == int(d[10])
    if kind == "svnr":
        w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
        return len(d) == 10 and sum(int(a) * b for a, b in zip(d, w)) % 11 == int(d[3]) and \
            d[4:] == dob.strftime("%d%m%y")
    if kind == "nir":
        return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:]) and d[0] == ("2" if sex == "f" else "1") \
            and d[1:5] == dob.strftime("%y%m")
    if kind == "cf":
        if len(v) != 16 or v[:11] != cf_expected(p):
            return False
        t = sum(CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(v[:15]))
        return chr(65 + t % 26) == v[15]
    if kind == "dni":
        return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(v[:8]) % 23] == v[8]
    if kind == "nie":
        return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", v)) and \
            "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(v[0]).__str__() + v[1:8]) % 23] == v[8]
    if kind == "curp":
        alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
        t = sum(alpha.index(c) * (18 - i) for i, c in enumerate(v[:17]))
        return len(v) == 18 and (10 - t % 10) % 10 == int(v[17]) and v[4:10] == dob.strftime("%y%m%d") and \
            v[10] == ("M" if sex == "f" else "H")
    if kind == "nif":
        c = 11 - sum(int(a) * b for a, b in zip(d[:8], range(9, 1, -1))) % 11
        return len(d) == 9 and (0 if c >= 10 else c) == int(d[8])
    if kind == "cpf":
        if len(d) != 11:
            return False
        for k in (9, 10):
            c = sum(int(a) * b for a, b in zip(d[:k], range(k + 1, 1, -1))) * 10 % 11 % 10
            if c != int(d[k]):
                return False
        return True
    if kind == "bsn":
        return len(d) == 9 and (sum(int(a) * b for a, b in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0
    if kind == "pesel":
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        mm = dob.month + (20 if dob.year >= 2000 else 0)
        return len(d) == 11 and (10 - sum(int(a) * b for a, b in zip(d, w)) % 10) % 10 == int(d[10]) and \
            d[:6] == f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}" and int(d[9]) % 2 == (sex == "m")
    if kind == "rc":
        mm = dob.month + (50 if sex == "f" else 0)
        return len(d) == 10 and int(d) % 11 == 0 and d[:6] == f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}"
    if kind == "pnr":
        return len(d) == 10 and luhn_ok(d) and d[:6] == dob.strftime("%y%m%d") and int(d[8]) % 2 == (sex == "m")
    if kind == "fnr":
        w1, w2 = [3, 7, 6, 1, 8, 9, 4, 5, 2], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        k1 = (11 - sum(int(a) * b for a, b in zip(d, w1)) % 11) % 11
        k2 = (11 - sum(int(a) * b for a, b in zip(d, w2)) % 11) % 11
        return len(d) == 11 and k1 == int(d[9]) and k2 == int(d[10]) and d[:6] == dob.strftime("%d%m%y") and \
            int(d[8]) % 2 == (sex == "m")
    if kind == "hetu":
        m = re.fullmatch(r"(\d{6})([-+A])(\d{3})([0-9A-Y])", v)
        return bool(m) and "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m.group(1) + m.group(3)) % 31] == m.group(4) \
            and m.group(1) == dob.strftime("%d%m%y") and m.group(2) == ("A" if dob.year >= 2000 else "-") and \
            int(m.group(3)) % 2 == (sex == "m")
    if kind == "taj":
        return len(d) == 9 and sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(d[:8])) % 10 == int(d[8])
    if kind == "cnp":
        w = "279146358279"
        c = sum(int(a) * int(b) for a, b in zip(d, w)) % 11
        first = {("m", 19): "1", ("f", 19): "2", ("m", 20): "5", ("f", 20): "6"}[(sex, dob.year // 100)]
        return len(d) == 13 and (1 if c == 10 else c) == int(d[12]) and d[0] == first and \
            d[1:7] == dob.strftime("%y%m%d")
    if kind == "amka":
        return len(d) == 11 and luhn_ok(d) and d[:6] == dob.strftime("%d%m%y")
    if kind == "tckn":
        n = [int(x) for x in d]
        return len(n) == 11 and n[0] != 0 and ((n[0] + n[2] + n[4] + n[6] + n[8]) * 7 - (n[1] + n[3] + n[5] + n[7])) \
            % 10 == n[9] and sum(n[:10]) % 10 == n[10]
    if kind == "snils":
        s = sum(int(a) * (9 - i) for i, a in enumerate(d[:9]))
        c = s if s < 100 else 0 if s in (100, 101) else s % 101 % 100
        return len(d) == 11 and c == int(d[9:])
    if kind == "rnokpp":
        w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        days = (dob - date(1899, 12, 31)).days
        return len(d) == 10 and sum(int(a) * b for a, b in zip(d, w)) % 11 % 10 == int(d[9]) and \
            int(d[:5]) == days and int(d[8]) % 2 == (sex == "m")
    if kind == "il":
        t = 0
        for i, a in enumerate(d):
            y = int(a) * (1 if i % 2 == 0 else 2)
            t += y // 10 + y % 10
        return len(d) == 9 and t % 10 == 0
    if kind == "aadhaar":
        return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)
    if kind == "thid":
        return len(d) == 13 and (11 - sum(int(a) * (13 - i) for i, a in enumerate(d[:12])) % 11) % 10 == int(d[12])
    if kind == "mynum":
        s = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
        r = s % 11
        return len(d) == 12 and (0 if r <= 1 else 11 - r) == int(d[11])
    if kind == "cnid":
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return len(v) == 18 and "10X98765432"[sum(int(a) * b for a, b in zip(v[:17], w)) % 11] == v[17] and \
            v[6:14] == dob.strftime("%Y%m%d") and int(v[16]) % 2 == (sex == "m")
    if kind == "rrn":
        w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        first = {("m", 19): "1", ("f", 19): "2", ("m", 20): "3", ("f", 20): "4"}[(sex, dob.year // 100)]
        return len(d) == 13 and (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12]) and \
            d[:6] == dob.strftime("%y%m%d") and d[6] == first
    if kind == "cccd":
        first = {("m", 19): "0", ("f", 19): "1", ("m", 20): "2", ("f", 20): "3"}[(sex, dob.year // 100)]
        return len(d) == 12 and d[3] == first and d[4:6] == dob.strftime("%y")
    if kind == "nik":
        dd = dob.day + (40 if sex == "f" else 0)
        return len(d) == 16 and d[6:12] == f"{dd:02d}{dob.month:02d}{dob.year % 100:02d}" and d[12:] != "0000"
    if kind == "zaid":
        return len(d) == 13 and luhn_ok(d) and d[:6] == dob.strftime("%y%m%d") and \
            (int(d[6:10]) >= 5000) == (sex == "m") and d[10] in "01"
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
def build():
    fl = Filler(SEED)
    rows, meta = [], []
    for t in PERSONAL:
        for k in range(t["n"]):
            text, spans = unmark(fill(t, fl), t["case"])
            rows.append({"id": f"{NAME}-{t['cls']}-{t['tid']}-{k}", "text": text, "spans": spans, "source": SOURCE,
                         "class": t["cls"], "template": t["tid"], "locale": ""})
            meta.append({"lang": t["lang"], "case": t["case"]})
    for t in CLEAN:
        for k, v in enumerate(t["variants"]):
            assert "⟦" not in v and "<<" not in v, t["tid"]
            rows.append({"id": f"{NAME}-{t['cls']}-{t['tid']}-{k}", "text": cased(v, t["case"]), "spans": [],
                         "source": SOURCE, "class": t["cls"], "template": t["tid"], "locale": ""})
            meta.append({"lang": t["lang"], "case": t["case"]})
    return rows, meta, fl


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def check(rows, meta):
    assert len(rows) == 324, len(rows)
    personal = [r for r in rows if r["class"].startswith("personal_")]
    clean = [r for r in rows if r["class"].startswith("clean_")]
    assert len(personal) == 162 and len(clean) == 162, (len(personal), len(clean))
    classes = {r["class"] for r in rows}
    assert 8 <= len(classes) <= 12, classes
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate id"
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text"
    per_template = {}
    for r in rows:
        assert re.fullmatch(rf"{NAME}-(personal|clean)_[a-z_]+-[a-z0-9-]+-\d+", r["id"]), r["id"]
        assert r["id"] == f"{NAME}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}", r["id"]
        assert r["source"] == SOURCE and r["locale"] == "", r["id"]
        assert list(r) == ["id", "text", "spans", "source", "class", "template", "locale"], r["id"]
        per_template[(r["class"], r["template"])] = per_template.get((r["class"], r["template"]), 0) + 1
        t = r["text"]
        assert 25 <= len(t) <= 800, (r["id"], len(t))
        assert 1 <= t.count("\n") + 1 <= 15, (r["id"], t.count("\n") + 1)
        assert "⟦" not in t and "⟧" not in t and "<<" not in t, r["id"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert t[s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap or unsorted", s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5, max(per_template.values())
    # every phone, e-mail, ID, SSN, IBAN, card and IP address in one row only
    seen = {}
    for r in personal:
        for s in r["spans"]:
            if s["type"] in {"PHONE_NUMBER", "EMAIL_ADDRESS", "NATIONAL_ID", "US_SSN", "IBAN_CODE", "CREDIT_CARD",
                             "IP_ADDRESS"}:
                key = s["value"].lower()
                assert seen.get(key, r["id"]) == r["id"], (key, seen.get(key), r["id"])
                seen[key] = r["id"]
    # no private value of a personal row inside a PII-free row (places and one-word names aside)
    private = {s["value"].lower() for r in personal for s in r["spans"]
               if s["type"] != "LOCATION" and not (s["type"] == "PERSON" and " " not in s["value"])}
    for r in clean:
        low = r["text"].lower()
        for v in private:
            assert v not in low, (r["id"], v)
    # languages
    langs = {}
    for m in meta:
        base = m["lang"].split("-")[0]
        langs[base] = langs.get(base, 0) + 1
    other = sum(n for lang, n in langs.items() if lang != "en")
    assert len(langs) - 1 >= 20, langs
    assert 0.35 <= other / len(rows) <= 0.50, other
    # check digits of everything typed in, and that each ID agrees with its holder
    for pool in PEOPLE.values():
        for p in pool:
            for kind, v in p.ids.items():
                assert check_id(kind, v, p), (p.full, kind, v)
    for ibans in IBANS.values():
        for v in ibans:
            assert iban_ok(v), v
    for v in CARDS:
        assert luhn_ok(v), v
    # every typed value of a used kind is used: phones and addresses may be spare, IDs may not
    used_ids = {s["value"] for r in personal for s in r["spans"] if s["type"] in ("NATIONAL_ID", "US_SSN")}
    typed_ids = {v for pool in PEOPLE.values() for p in pool for v in p.ids.values()}
    assert used_ids == typed_ids, typed_ids ^ used_ids
    return langs


def stats(rows, meta, langs):
    out = []
    classes = {}
    for r in rows:
        classes.setdefault(r["class"], [0, set()])
        classes[r["class"]][0] += 1
        classes[r["class"]][1].add(r["template"])
    for c, (n, ts) in classes.items():
        out.append(f"  {c:28s} {n:3d} rows {len(ts):3d} templates")
    types = {}
    for r in rows:
        for s in r["spans"]:
            types[s["type"]] = types.get(s["type"], 0) + 1
    out.append("spans: " + ", ".join(f"{k} {v}" for k, v in sorted(types.items(), key=lambda x: -x[1])) +
               f" ({sum(types.values())} in all)")
    other = sum(n for lang, n in langs.items() if lang != "en")
    out.append(f"languages: {len(langs) - 1} other than English, {other} rows not in English "
               f"({100 * other / len(rows):.1f}%): " + ", ".join(f"{k} {v}" for k, v in
                                                                    sorted(langs.items(), key=lambda x: -x[1])))
    for kind in ("personal", "clean"):
        sub = [m for r, m in zip(rows, meta) if r["class"].startswith(kind)]
        o = sum(1 for m in sub if not m["lang"].startswith("en"))
        lo = sum(1 for m in sub if m["case"] == "lower")
        up = sum(1 for m in sub if m["case"] == "upper")
        out.append(f"{kind}: {o} not in English, {lo} lower case, {up} capitals")
    lens = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    out.append(f"length {min(lens)}-{max(lens)} chars, {min(lines)}-{max(lines)} lines; "
               f"{len({(r['class'], r['template']) for r in rows})} templates")
    return "\n".join(out)


def main():
    rows, meta, _ = build()
    data = dump(rows)
    if "--check" in sys.argv:
        check(rows, meta)
        rows2, _, _ = build()
        assert dump(rows2) == data, "build is not deterministic"
        if OUT.exists() and OUT.read_bytes() == data:
            print(f"{OUT.name}: unchanged ({hashlib.sha256(data).hexdigest()})")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    langs = check(rows, meta)
    OUT.write_bytes(data)
    print(f"wrote {OUT.name}: {len(rows)} rows")
    print(stats(rows, meta, langs))
    print(f"sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
