#!/usr/bin/env python3
"""market — a hand-written check set of prompts from staff of customer-facing businesses.

Marketing and communications, events and conferences, hotels, restaurants, travel agencies and
tour operators, venues, retail and e-commerce customer service, PR agencies, social media
managers and event ticketing. 160 PII-free rows full of public names (brands, chains, celebrities,
athletes, festivals, landmarks, dishes and cocktails named after people or places, hotels that
carry people's names, songs, films, awards, placeholders and sample people) and 140 rows that
name private guests, customers, attendees, staff and suppliers.

Python standard library only, fixed SEED, deterministic. Every name, street, town, phone, date,
passport and account body below was typed by hand; e-mail local parts and handles are derived in
code from the typed names; check digits (card Luhn, IBAN mod 97, DNI letter, TC Kimlik, PESEL,
Swedish personnummer) are computed in code so the numbers are well formed.

    python3 build.py          # writes tune.jsonl and README.md, prints counts
    python3 build.py --check  # rebuilds in memory and compares with the files on disk
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

SEED = 46_3017
SET = "market"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
README = HERE / "README.md"
SOURCE = "eval/market/build.py"

TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


def M(t, v):
    return f"⟦{t}|{v}⟧"


def P(v):
    return M("PERSON", v)


def L(v):
    return M("LOCATION", v)


def unmark(s, case=None):
    """Strip ⟦TYPE|value⟧ markers, casing literal text and values piece by piece."""
    f = {None: (lambda x: x), "lower": str.lower, "upper": str.upper}[case]
    out, spans, n, pos = [], [], 0, 0
    for m in MARK.finditer(s):
        lit = f(s[pos:m.start()])
        out.append(lit)
        n += len(lit)
        v = f(m.group(2))
        spans.append({"start": n, "end": n + len(v), "type": m.group(1), "value": v})
        out.append(v)
        n += len(v)
        pos = m.end()
    out.append(f(s[pos:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, s
    return text, spans


# ---------------------------------------------------------------------------------------------
# Private people, typed by hand.
# given | family | gender | culture tag | country | language group ('' = world) | extras
# extras: sf = written family name first; call=… what people call them; short=… the surname used
# after a title or alone (double surnames).
# ---------------------------------------------------------------------------------------------
PEOPLE_RAW = """
Itziar|Etxeberria Goikoetxea|f|Basque|es|es|short=Etxeberria
Rocío|Fernández Villalba|f|Andalusian|es|es|short=Fernández
Jordi|Casals Ferrer|m|Catalan|es|es|short=Casals
Xoán|Outeiral Piñeiro|m|Galician|es|es|short=Outeiral
Guadalupe|Ramírez Ochoa|f|Mexican|mx|es|short=Ramírez
Juan Camilo|Bermúdez Ospina|m|Colombian (paisa)|co|es|short=Bermúdez
Florencia|Sosa Iturralde|f|Argentine|ar|es|short=Sosa
Matías|Quezada Rojas|m|Chilean|cl|es|short=Quezada
Kusi|Mamani Huanca|f|Quechua (Peru)|pe|es|short=Mamani
Rosario|Paz Blanco|f|Castilian|es|es|short=Paz
Gwenaëlle|Le Bihan|f|Breton|fr|fr
Thibault|Marchand-Lacroix|m|French|fr|fr
Léa|Rousseau|f|French (Lyon)|fr|fr
Aïssatou|Ndiaye|f|Wolof (Senegal)|sn|fr
Yannick|Kouassi|m|Baoulé (Côte d'Ivoire)|ci|fr
Karim|Bensaïd|m|Algerian|fr|fr
Maxime|Tremblay-Gagnon|m|Québécois|ca|fr
Solène|Dewez|f|Walloon|be|fr
Margaux|Lefort|f|Swiss Romand|ch|fr
Friederike|Oberhuber|f|Austrian|at|de
Jörg|Großmann|m|German (Saxony)|de|de
Annika|Schäfer|f|German|de|de
Reto|Brunner|m|Swiss German|ch|de
Hannelore|Winkler|f|Bavarian|de|de
Kevin|Sommer|m|German (Ruhr)|de|de
Valentina|Koch|f|German (Berlin)|de|de
Tobias|Mühlbauer|m|Upper Palatinate|de|de
Gianluca|Esposito|m|Neapolitan|it|it
Chiara|Lo Russo|f|Sicilian|it|it
Efisio|Pinna|m|Sardinian|it|it
Beatrice|Ferraris|f|Piedmontese|it|it
Maria Grazia|De Santis|f|Roman|it|it
Lorenzo|Dal Bosco|m|Venetian|it|it
Ilaria|Fontana|f|Lombard|it|it
João Pedro|Cardoso Nogueira|m|Portuguese (Porto)|pt|pt|short=Nogueira
Inês|Magalhães|f|Portuguese (Lisbon)|pt|pt
Thiago|dos Santos Barbosa|m|Brazilian (São Paulo)|br|pt|short=Barbosa
Luana|Aparecida Ferreira|f|Brazilian (Minas Gerais)|br|pt|short=Ferreira
Djamila|Tavares Semedo|f|Cape Verdean|pt|pt|short=Semedo
Raimunda Nonata|da Silva Costa|f|Brazilian (Nordeste)|br|pt|call=Raimunda short=Costa
Tiago|Vasconcelos|m|Portuguese (Minho)|pt|pt
Sanne|van den Heuvel|f|Dutch (Brabant)|nl|nl
Joost|de Boer|m|Dutch|nl|nl
Femke|Visser|f|Dutch (Holland)|nl|nl
Wietske|Hoekstra|f|Frisian|nl|nl
Rajesh|Ramdin|m|Surinamese Hindustani|nl|nl
Lieselot|Vermeulen|f|Flemish|be|nl
Daan|Bakker|m|Dutch (Utrecht)|nl|nl
Małgorzata|Wiśniewska-Kurek|f|Polish|pl|pl|call=Gosia
Grzegorz|Pawlak|m|Polish (Silesia)|pl|pl
Zofia|Krawczyk|f|Polish (Kraków)|pl|pl
Bartłomiej|Żak|m|Polish (Kashubia)|pl|pl|call=Bartek
Agnieszka|Sowa|f|Polish (Mazovia)|pl|pl
Kacper|Dąbrowski|m|Polish (Łódź)|pl|pl
Wojciech|Gąsienica-Makowski|m|Górale (Podhale)|pl|pl
Elif|Şahin|f|Turkish (İzmir)|tr|tr
Mehmet Emin|Çelik|m|Turkish (Konya)|tr|tr
Deniz|Yıldırım|f|Turkish (İstanbul)|tr|tr
Zeynep|Karaca|f|Turkish (Ankara)|tr|tr
Rojda|Aslan|f|Kurdish|tr|tr
Serkan|Öztürk|m|Turkish (Black Sea)|tr|tr
Umut|Kaya|m|Turkish (Antalya)|tr|tr
Ebba|Lindqvist|f|Swedish (Stockholm)|se|sv
Oskar|Bergström|m|Swedish (Norrland)|se|sv
Linnea|Ek|f|Swedish (Småland)|se|sv
Nils-Erik|Labba|m|Sámi|se|sv
Sofia|Nyström|f|Finland-Swedish|fi|sv
Hampus|Sjöberg|m|Swedish (Gothenburg)|se|sv
Amina|Jama|f|Somali-Swedish|se|sv
Sulastri||f|Javanese|id|id
Made|Wirawan|m|Balinese|id|id
Putu Ayu|Astiti|f|Balinese|id|id|call=Ayu
Rizky|Pratama|m|Indonesian (Jakarta)|id|id
Dewi|Anggraini|f|Indonesian (Surabaya)|id|id
Tigor|Simanjuntak|m|Batak|id|id
Fitri|Handayani|f|Sundanese|id|id
Hendra|Wijaya|m|Chinese-Indonesian|id|id
Rahmat|Syahputra|m|Minangkabau|id|id
Wahyudi||m|Javanese|id|id
Gemma|Pritchard|f|English (Midlands)|gb
Callum|Hargreaves|m|English (Yorkshire)|gb
Rosie|Bell|f|English (Devon)|gb
Hope|Whitfield|f|English (London)|gb
Bernard|Cross|m|English (Kent)|gb
Dawn|Sterling|f|English (Essex)|gb
Eilidh|MacKinnon|f|Scottish Gaelic|gb
Fraser|McAllister|m|Scottish (Glasgow)|gb
Ffion|Llewellyn|f|Welsh|gb
Rhys|ap Gwilym|m|Welsh (Gwynedd)|gb
Niamh|Gallagher|f|Irish (Donegal)|ie
Ciarán|Ó Dálaigh|m|Irish (Kerry)|ie
Aoife|Ní Shúilleabháin|f|Irish (Cork)|ie
Tyler|Brandt|m|US (Wisconsin)|us
Brooke|Sandoval|f|US Hispanic (New Mexico)|us
DeShawn|Carter|m|African American|us
Kayla|Whitaker|f|US (Georgia)|us
Ashley|Nguyen|f|Vietnamese American|us
Summer|Hayes|f|US (Oregon)|us
Ivy|Holloway|f|US (Vermont)|us
Noah|Lachance|m|Franco-Ontarian|ca
Jasmine|Kaur-Dhillon|f|Punjabi Canadian|ca
Lachlan|Fitzgerald|m|Australian|au
Matilda|Crowe|f|Australian (Tasmania)|au
Aroha|Te Whare|f|Māori|nz
Wiremu|Pōtae|m|Māori (Ngāti Porou)|nz
Losa|Faleolo|f|Samoan|nz
Sione|Havili|m|Tongan|au
Litia|Waqa|f|Fijian|fj
Keala|Kahananui|f|Native Hawaiian|us
Shanice|Gayle|f|Jamaican|jm
Delroy|Clarke|m|Jamaican British|gb
Kavita|Ramkissoon|f|Trinidadian|tt
Jean-Robert|Pierre-Louis|m|Haitian American|us
Yusleidy|Morales|f|Cuban American|us
Xiomara|Rivera Colón|f|Puerto Rican|us||short=Rivera
Adebola|Ogunleye|f|Yoruba|ng
Oluwaseun|Adeyemi|m|Yoruba British|gb||call=Seun
Chiamaka|Nwosu|f|Igbo|ng
Ifeanyi|Okonkwo|m|Igbo|ng
Aminu|Bello|m|Hausa|ng
Kwabena|Asante|m|Akan (Ashanti)|gh
Efua|Mensah|f|Fante|gh
Selorm|Agbeko|m|Ewe|gh
Wanjiru|Kamau|f|Kikuyu|ke
Otieno|Odhiambo|m|Luo|ke
Rehema|Mwinyi|f|Swahili (Zanzibar)|tz
Hodan|Warsame|f|Somali British|gb
Selamawit|Tesfaye|f|Amhara|et
Yonas|Ghebremedhin|m|Tigrinya (Eritrea)|gb
Thandeka|Dlamini|f|Zulu|za
Ayanda|Nqoko|m|Xhosa|za
Riaan|van Zyl|m|Afrikaans|za
Marike|Steenkamp|f|Afrikaans (Cape)|za
Tendai|Moyo|m|Shona|zw
Hery|Rakotondrabe|m|Malagasy|mg
Youssef|El Amrani|m|Moroccan|ma
Salma|Benjelloun|f|Moroccan (Fès)|ma
Mariam|Abdelrahman|f|Egyptian|eg
Rami|Haddad|m|Lebanese|lb
Nour|Khoury|f|Lebanese (Beirut)|ae
Layla|Odeh|f|Palestinian Jordanian|jo
Shamma|Al Ketbi|f|Emirati|ae
Faisal|Al-Otaibi|m|Saudi|sa
Shirin|Rahimi|f|Persian|ir
Dariush|Farahani|m|Persian British|gb
Zarmina|Popal|f|Pashtun|de
Noa|Ben-Ami|f|Israeli|il
Itai|Shapira|m|Israeli|il
Ani|Hovhannisyan|f|Armenian|am
Nino|Beridze|f|Georgian|ge
Eleni|Papadaki|f|Greek (Crete)|gr
Stavros|Karagiannis|m|Greek (Thessaloniki)|gr
Arta|Krasniqi|f|Albanian (Kosovo)|xk
Milica|Stojanović|f|Serbian|rs
Ivana|Babić|f|Croatian (Istria)|hr
Urška|Kranjc|f|Slovenian|si
Amra|Hadžić|f|Bosniak|ba
Desislava|Petrova|f|Bulgarian|bg
Andreea|Munteanu|f|Romanian|ro
Mihai|Dumitrescu|m|Romanian (Bucharest)|ro
Bence|Horváth|m|Hungarian|hu||sf
Réka|Kiss|f|Hungarian (Debrecen)|hu||sf
Tereza|Dvořáková|f|Czech|cz
Vojtěch|Holub|m|Czech (Moravia)|cz
Lucia|Hrušovská|f|Slovak|sk
Oksana|Tkachenko|f|Ukrainian|ua
Taras|Melnyk|m|Ukrainian (Lviv)|ua
Anastasia|Volkova|f|Russian|de
Gintarė|Kazlauskienė|f|Lithuanian|lt
Līga|Bērziņa|f|Latvian|lv
Mart|Saar|m|Estonian|ee
Aino|Hakala|f|Finnish|fi
Jussi|Mäkelä|m|Finnish (Tampere)|fi
Ingrid|Solheim|f|Norwegian (Bergen)|no
Eirik|Haugland|m|Norwegian|no
Mette|Kjeldsen|f|Danish|dk
Søren|Østergaard|m|Danish (Jutland)|dk
Guðrún|Sigurðardóttir|f|Icelandic|is
Kári|Þórsson|m|Icelandic|is
Rói|Joensen|m|Faroese|fo
Ananya|Srivastava|f|Hindi (Lucknow)|in
Rohit|Malhotra|m|Punjabi (Delhi)|in
Karthik|Subramanian|m|Tamil|in
Sravani|Reddy|f|Telugu|in
Prajwal|Gowda|m|Kannada|in
Nivya|Kurian|f|Malayali|in
Tanushree|Bhattacharya|f|Bengali|in
Harpreet|Kaur Gill|f|Punjabi Sikh British|gb||short=Gill
Jaskaran|Singh Bains|m|Punjabi Sikh Canadian|ca||short=Bains
Hetal|Patel|f|Gujarati British|gb
Siddhesh|Kulkarni|m|Marathi|in
Dilani|Wickramasinghe|f|Sinhala|lk
Sabina|Shrestha|f|Newar (Nepal)|np
Usman|Qureshi|m|Pakistani (Lahore)|pk
Mahnoor|Siddiqui|f|Pakistani British|gb
Farhana|Akter|f|Bangladeshi|bd
Jiayi|Wang|f|Chinese (Beijing)|cn||sf
Yutong|Chen|f|Chinese (Chengdu)|cn||sf
Zihan|Huang|m|Chinese (Shanghai)|cn||sf
Ka-yan|Cheung|f|Cantonese (Hong Kong)|hk||sf
Pei-shan|Tsai|f|Taiwanese|tw||sf
Hui Min|Tan|f|Singaporean Chinese|sg||sf
Ji-woo|Park|f|Korean (Seoul)|kr||sf
Do-hyun|Lee|m|Korean (Busan)|kr||sf
Seo-yeon|Han|f|Korean|kr||sf
Haruka|Tanabe|f|Japanese (Osaka)|jp||sf
Kenji|Morimoto|m|Japanese (Hokkaido)|jp
Thị Thu Hà|Phạm|f|Vietnamese (Hanoi)|vn||sf call=Hà
Minh Khoa|Đỗ|m|Vietnamese (Saigon)|vn||sf call=Khoa
Kittipong|Srisuk|m|Thai|th
Sokha|Chhim|f|Khmer|kh||sf
Thiri Hlaing||f|Burmese|mm
Maria Lourdes|Dimaculangan|f|Filipino (Batangas)|ph||call=Malou
Jericho|Manalastas|m|Filipino (Pampanga)|ph
Nurul Aisyah|binti Rosli|f|Malay|my||call=Aisyah short=Aisyah
Hafiz|bin Othman|m|Malay (Kelantan)|my||call=Hafiz short=Hafiz
Enkhjargal|Batbold|f|Mongolian|mn
Aigerim|Seitkali|f|Kazakh|kz
Dilnoza|Yusupova|f|Uzbek|uz
Citlali|Tzompa|f|Nahua (Puebla)|mx
Mariana|Hayashi|f|Japanese Brazilian|br
"""


class Person:
    def __init__(self, line):
        f = line.split("|")
        f += [""] * (7 - len(f))
        self.given, self.family, self.g, self.culture, self.cc, self.grp = f[:6]
        tok = dict((t.split("=", 1) + [True])[:2] for t in f[6].split())
        self.sf = "sf" in tok
        self.call = tok.get("call") or self.given
        self.short = tok.get("short") or self.family or self.given

    def full(self):
        if not self.family:
            return self.given
        return f"{self.family} {self.given}" if self.sf else f"{self.given} {self.family}"

    def western(self):
        return f"{self.given} {self.family}".strip()


PEOPLE = [Person(x) for x in PEOPLE_RAW.strip().splitlines()]

# ---------------------------------------------------------------------------------------------
# Home addresses in their country's layout, typed by hand; {…} = one LOCATION span.
# Real small towns; the street numbers and the people living there are invented.
# ---------------------------------------------------------------------------------------------
ADDR_RAW = [
    ("gb", "{14 Castle Street}\n{Kirkcudbright}\n{DG6 4JA}"),
    ("gb", "{Flat 2}, {9 Gold Street}\n{Saffron Walden}\n{CB10 1EJ}"),
    ("gb", "{3 Shore Street}\n{Anstruther}\n{KY10 3EA}"),
    ("gb", "{Ty Gwyn}, {Heol y Bont}\n{Crickhowell}\n{NP8 1AR}"),
    ("gb", "{27 Fore Street}\n{Totnes}\n{TQ9 5HN}"),
    ("ie", "{Cloonagh}, {Knockranny}\n{Westport}\n{Co. Mayo}\n{F28 X2K7}"),
    ("ie", "{4 Bridge Street}\n{Kenmare}\n{Co. Kerry}\n{V93 H3C9}"),
    ("us", "{418 Elm St}\n{Stowe}, {VT} {05672}"),
    ("us", "{1140 Oak Ave}\n{Bisbee}, {AZ} {85603}"),
    ("us", "{77 Cedar Ln}, {Apt 3}\n{Bar Harbor}, {ME} {04609}"),
    ("ca", "{22, rue Saint-Jean-Baptiste}\n{Baie-Saint-Paul} ({QC}) {G3Z 1M3}"),
    ("ca", "{1508 Gabriola Dr}\n{Nanaimo}, {BC} {V9R 2H4}"),
    ("au", "{7 Vincent St}\n{Daylesford} {VIC} {3460}"),
    ("au", "{12/40 Marine Pde}\n{Kiama} {NSW} {2533}"),
    ("nz", "{31 Rings Road}\n{Coromandel} {3506}"),
    ("fr", "{8 rue des Tanneurs}\n{68340} {Riquewihr}"),
    ("fr", "{Lieu-dit Le Moulin}\n{24620} {Les Eyzies}"),
    ("fr", "{17 avenue Victor Hugo}\n{26110} {Nyons}"),
    ("be", "{Rue de la Station 31}\n{6830} {Bouillon}"),
    ("be", "{Kerkstraat 44} {bus 2}\n{8370} {Blankenberge}"),
    ("de", "{Hauptstraße 22}\n{91550} {Dinkelsbühl}"),
    ("de", "{Am Markt 5}\n{06484} {Quedlinburg}"),
    ("de", "{Ludwigstraße 9a}\n{82467} {Garmisch-Partenkirchen}"),
    ("at", "{Seestraße 12}\n{4830} {Hallstatt}"),
    ("ch", "{Hauptgasse 14}\n{3280} {Murten}"),
    ("it", "{Via Roma 17}\n{53027} {San Quirico d'Orcia} ({SI})"),
    ("it", "{Via Giuseppe Garibaldi 22}\n{84011} {Amalfi} ({SA})"),
    ("it", "{Vicolo San Pietro 4}\n{09170} {Oristano} ({OR})"),
    ("es", "{Calle Mayor, 14}, {2º A}\n{44100} {Albarracín} ({Teruel})"),
    ("es", "{Carrer de Sant Sebastià, 5}\n{17200} {Palafrugell} ({Girona})"),
    ("es", "{Rúa do Vilar, 31}, {3º dcha.}\n{15705} {Santiago de Compostela} ({A Coruña})"),
    ("pt", "{Rua do Castelo, 12}\n{2510-089} {Óbidos}"),
    ("pt", "{Travessa da Sé, 3}, {3º Esq.}\n{7000-522} {Évora}"),
    ("br", "{Rua Direita, 88}, {apto 302}\n{Centro}, {Tiradentes} - {MG}\n{CEP 36325-000}"),
    ("br", "{Rua Coronel Pedro Dias, 415}, {Bloco B apto 12}\n{Holambra} - {SP}\n{CEP 13825-000}"),
    ("nl", "{Binnenpad 44}\n{8355 BT} {Giethoorn}"),
    ("nl", "{Voorstraat 71}\n{8861 BL} {Harlingen}"),
    ("pl", "{ul. Długa 14/6}\n{83-400} {Kościerzyna}"),
    ("pl", "{ul. Mickiewicza 3}\n{27-600} {Sandomierz}"),
    ("pl", "{os. Tysiąclecia 12/41}\n{34-500} {Zakopane}"),
    ("cz", "{Náměstí Svornosti 12}\n{381 01} {Český Krumlov}"),
    ("se", "{Drottninggatan 12} {lgh 1102}\n{392 32} {Kalmar}"),
    ("se", "{Strandvägen 7}\n{621 57} {Visby}"),
    ("no", "{Kjerkgata 14}\n{7374} {Røros}"),
    ("dk", "{Vestergade 6}\n{5970} {Ærøskøbing}"),
    ("fi", "{Kauppakatu 4 B 12}\n{26100} {Rauma}"),
    ("tr", "{Cumhuriyet Mah.} {Atatürk Cad. No: 18} {D: 4}\n{48400} {Bodrum}/{Muğla}"),
    ("tr", "{Kaleiçi Mah.} {Hesapçı Sk. No: 7}\n{07100} {Muratpaşa}/{Antalya}"),
    ("tr", "{Alaçatı Mah.} {Kemalpaşa Cad. No: 44}\n{35930} {Çeşme}/{İzmir}"),
    ("id", "{Jl. Monkey Forest No. 21}, {Ubud}\n{Gianyar}, {Bali} {80571}"),
    ("id", "{Jl. Prawirotaman II No. 14}, {Mergangsan}\n{Yogyakarta} {55153}"),
    ("id", "{Jl. Dago Asri III No. 5}, {Coblong}\n{Bandung} {40135}"),
    ("in", "{12 Rue Suffren}, {White Town}\n{Puducherry} {605001}"),
    ("in", "{Flat 3B}, {Lotus Apartments, 14th Cross}, {Jayanagar 4th Block}\n{Bengaluru} {560011}"),
    ("mx", "{Calle Hidalgo 34}, {Col. Centro}\n{37700} {San Miguel de Allende}, {Gto.}"),
    ("ar", "{Av. San Martín 1254}\n{Q8370} {San Martín de los Andes}, {Neuquén}"),
    ("co", "{Carrera 8 # 12-45}\n{Villa de Leyva}, {Boyacá}"),
    ("za", "{14 Church Street}\n{Franschhoek}\n{7690}"),
    ("jp", "{3-52 Kami-sannomachi}\n{Takayama}, {Gifu} {506-0846}"),
    ("ph", "{Blk 4 Lot 12}, {Brgy. San Isidro}\n{Tagaytay City}, {Cavite} {4120}"),
    ("gr", "{Agiou Nikolaou 5}\n{84100} {Ermoupoli}, {Syros}"),
    ("hr", "{Carera 18}\n{52210} {Rovinj}"),
    ("ke", "{P.O. Box 4127-80200}\n{Malindi}"),
    ("ng", "{Plot 17, Adewale Crescent}\n{Ikeja GRA}, {Lagos}"),
]


class Addr:
    def __init__(self, cc, raw):
        self.cc = cc
        self.raw = raw
        conv = re.sub(r"\{([^}]*)\}", lambda m: L(m.group(1)), raw)
        self.lines = conv.split("\n")
        # the town is the labelled part a home town is named by: typed as the first labelled
        # part of the line that holds the postcode or of the second-to-last line
        self.town = None

    def one(self):
        return ", ".join(self.lines)

    def block(self, prefix=""):
        return "\n".join(prefix + x for x in self.lines)


TOWN = {  # the home town of each address, typed by hand
    "Kirkcudbright", "Saffron Walden", "Anstruther", "Crickhowell", "Totnes", "Westport", "Kenmare",
    "Stowe", "Bisbee", "Bar Harbor", "Baie-Saint-Paul", "Nanaimo", "Daylesford", "Kiama",
    "Coromandel", "Riquewihr", "Les Eyzies", "Nyons", "Bouillon", "Blankenberge", "Dinkelsbühl",
    "Quedlinburg", "Garmisch-Partenkirchen", "Hallstatt", "Murten", "San Quirico d'Orcia",
    "Amalfi", "Oristano", "Albarracín", "Palafrugell", "Santiago de Compostela", "Óbidos", "Évora",
    "Tiradentes", "Holambra", "Giethoorn", "Harlingen", "Kościerzyna", "Sandomierz", "Zakopane",
    "Český Krumlov", "Kalmar", "Visby", "Røros", "Ærøskøbing", "Rauma", "Bodrum", "Muratpaşa",
    "Çeşme", "Ubud", "Yogyakarta", "Bandung", "Puducherry", "Bengaluru", "San Miguel de Allende",
    "San Martín de los Andes", "Villa de Leyva", "Franschhoek", "Takayama", "Tagaytay City",
    "Ermoupoli", "Rovinj", "Malindi", "Lagos",
}
ADDRS = []
for _cc, _raw in ADDR_RAW:
    a = Addr(_cc, _raw)
    towns = [t for t in re.findall(r"\{([^}]*)\}", _raw) if t in TOWN]
    assert len(towns) == 1, _raw
    a.town = towns[0]
    ADDRS.append(a)

# ---------------------------------------------------------------------------------------------
# Phones, typed by hand in each country's national way (a few with the country code, as people
# abroad write them).
# ---------------------------------------------------------------------------------------------
PHONES_RAW = """
gb|07723 481 906
gb|07911 205 374
gb|01557 331 862
gb|07480 662 915
gb|+44 7398 120 547
ie|087 412 3398
ie|086 219 0457
us|(802) 496-3127
us|520-432-8815
us|207.288.6043
us|(917) 442-6081
ca|418 435-2281
ca|(250) 754-9036
au|0412 887 305
au|0438 120 664
au|(03) 5348 2217
nz|021 448 9027
nz|027 305 1186
fr|06 71 42 88 19
fr|07 58 23 14 90
fr|06.12.77.40.35
be|0476 21 84 33
be|0495/38.12.67
de|0171 4482093
de|0151 23947781
de|0160 9938 2140
at|0664 381 2274
ch|079 412 88 31
ch|076 550 19 02
it|338 741 2290
it|347 118 6603
it|320 559 8172
es|612 48 93 07
es|655 201 884
es|699 73 12 58
pt|912 448 317
pt|963 201 775
br|(32) 99814-2276
br|(19) 98473-1150
br|(85) 99102-3387
nl|06-41882937
nl|06 2384 7719
nl|06 51 20 93 86
pl|601 884 213
pl|512 330 871
pl|798-442-105
cz|604 218 557
se|070-418 22 93
se|073-551 08 46
se|076 220 41 87
no|412 88 370
dk|28 44 19 07
fi|040 718 2294
tr|0532 418 77 90
tr|0 (505) 217 43 66
tr|0544 902 18 35
id|0812-3874-2210
id|0813 1177 4082
id|0857 3301 9924
id|+62 821-4410-6675
in|98450 12377
in|+91 94433 80126
mx|415 152 8834
mx|55 4128 9937
ar|2972 41-5580
co|310 448 2291
za|082 417 3390
za|071 552 0918
ke|0722 418 306
ng|0803 418 2297
ng|0706 552 1184
gh|024 418 7725
jp|090-4418-2731
kr|010-7261-0943
cn|138 0418 2276
hk|9418 2276
sg|9736 0158
ph|0917 844 2061
my|012-695 3307
gr|694 518 2271
hr|091 772 4106
ro|0722 930 114
hu|06 30 418 5529
ua|067 904 22 76
jm|(876) 552-7314
il|052-418-7730
lb|03 418 227
ae|050 639 2296
ma|06 61 42 88 07
eg|010 0418 2276
lk|077 321 8840
pl|665 209 734
pl|503 117 942
pl|724 880 316
pl|883 451 027
tr|0535 667 21 09
tr|0542 381 60 47
tr|0553 904 12 88
tr|0506 735 49 20
id|0811-2093-5571
id|0878 6642 1309
id|0819-4725-0036
id|0838 1206 7745
id|0852-9931-4408
it|333 902 4417
it|349 275 0861
it|366 418 9903
it|329 660 1745
nl|06 1947 3028
nl|06-70558214
nl|06 38 72 11 59
se|072-309 87 14
se|070-662 45 08
se|076-815 30 92
de|0176 20413958
de|0157 73920841
de|0172 5580 316
de|08382 94117
es|634 20 77 18
es|688 915 402
gb|07825 339 104
gb|07546 210 887
gb|01768 772 431
gb|07933 086 152
gb|07702 417 659
gb|07377 904 213
us|(207) 615-9032
us|415-238-7761
us|(505) 982-4410
us|773.904.2285
us|(808) 331-6074
in|99001 46823
in|87544 20913
in|+91 70123 55847
in|98207 64310
br|(11) 97715-4402
pt|936 774 120
pt|917 305 882
fr|07 81 25 60 43
ng|0813 992 4507
ng|0909 121 6643
za|083 661 2048
za|072 908 3315
cn|139 1762 4405
cn|186 2093 7718
kr|010-3348-5120
kr|010-9902-1476
gh|020 771 3058
gh|054 330 9126
fi|050 339 8127
fi|044 901 2265
ie|085 770 1942
ca|(514) 882-3107
au|0403 551 276
"""
PHONES = [tuple(x.split("|")) for x in PHONES_RAW.strip().splitlines()]

# dates of birth, typed by hand (day, month, year)
DOBS = [(14, 3, 1988), (3, 5, 1979), (22, 11, 1992), (7, 9, 1965), (30, 1, 2001), (18, 6, 1974),
        (9, 12, 1983), (25, 2, 1996), (11, 8, 1958), (2, 4, 1990), (27, 10, 1986), (16, 7, 1970),
        (5, 1, 1999), (21, 9, 1981), (13, 6, 1962), (29, 4, 1994), (8, 11, 1977), (19, 3, 2003),
        (1, 7, 1968), (24, 12, 1985), (17, 2, 1952), (6, 10, 1997)]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(d, style):
    day, mon, yr = d
    if style == "dmy/":
        return f"{day:02d}/{mon:02d}/{yr}"
    if style == "dmy.":
        return f"{day:02d}.{mon:02d}.{yr}"
    if style == "dmy-":
        return f"{day:02d}-{mon:02d}-{yr}"
    if style == "iso":
        return f"{yr}-{mon:02d}-{day:02d}"
    if style == "mdy/":
        return f"{mon:02d}/{day:02d}/{yr}"
    if style == "us":
        return f"{MONTHS['en'][mon - 1]} {day}, {yr}"
    if style == "en":
        return f"{day} {MONTHS['en'][mon - 1]} {yr}"
    if style == "en3":
        return f"{day} {MONTHS['en'][mon - 1][:3]} {yr}"
    if style in ("es", "pt"):
        return f"{day} de {MONTHS[style][mon - 1]} de {yr}"
    if style == "de":
        return f"{day}. {MONTHS['de'][mon - 1]} {yr}"
    if style in MONTHS:
        return f"{day} {MONTHS[style][mon - 1]} {yr}"
    raise ValueError(style)


# card numbers: the first 15 (Amex 14) digits typed by hand, the Luhn digit computed
CARD_BODIES = ["453201774810229", "535108842760193", "37421559180732", "491688207731456",
               "516732094418275", "402400713398271", "455673018829064"]


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = [int(x) for x in num if x.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# IBAN bodies (BBAN) typed by hand; the two check digits are computed (ISO 13616, mod 97)
IBAN_BODIES = [("es", "21000418450200051332"), ("es", "01821797330201576214"),
               ("de", "500105175407324931"), ("de", "760700240318225400"),
               ("nl", "RABO0312874596"), ("nl", "INGB0007412983"),
               ("it", "K0503411750000000187263"), ("fr", "30003021970005078833146"),
               ("pl", "249000050000460012784531"), ("pt", "000700150040182733107"),
               ("ie", "BOFI90001729461038"), ("be", "310180446215"),
               ("tr", "0001200945800001056733"), ("gb", "BARC20714583720194")]


def iban(cc, bban):
    s = bban + cc.upper() + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{cc.upper()}{98 - n % 97:02d}{bban}"


def iban_ok(v):
    v = v.replace(" ", "")
    s = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# Spanish DNI numbers typed by hand; the control letter is computed
DNI_NUMS = ["48291736", "20517384", "73410625", "05928147", "39164280"]


def dni(num):
    return num + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23]


# passports and identity cards, typed by hand
PASSPORTS = [("gb", "552781943"), ("us", "548213769"), ("de", "C4J7R2X91"), ("nl", "NXF4K28L9"),
             ("au", "PB4417823"), ("jp", "TK7730158"), ("in", "M4418227"), ("kr", "M62031857"),
             ("br", "FX503718"), ("es", "XDC507214"), ("it", "YA4182765"), ("fr", "19AV41822"),
             ("ie", "PD2290471"), ("za", "A05813927"), ("mx", "G31894206"), ("ca", "HK418276"),
             ("ng", "B02267193"), ("ph", "P3318204A"), ("cn", "E71934026"), ("tr", "U09417263")]
IT_CARTA = ["CA41862TZ", "CB07315KX", "CA92274LM"]
ID_NIK = ["3404075803910002", "5171046212880004", "3273012706850001"]
TC_BODIES = ["284731906", "519027384", "730418265", "106583427"]  # first nine digits typed


def tckn(body):
    d = [int(x) for x in body]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return body + str(d10) + str(d11)


def tckn_ok(v):
    return len(v) == 11 and tckn(v[:9]) == v


PESEL_SERIALS = ["0417", "1283", "5520", "3894", "7146", "2638", "9051"]


def pesel(dob, serial):
    day, mon, yr = dob
    mm = mon + (20 if yr >= 2000 else 0)
    s = f"{yr % 100:02d}{mm:02d}{day:02d}{serial}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


PNR_SERIALS = ["238", "417", "560", "092"]


def personnummer(dob, serial):
    day, mon, yr = dob
    s = f"{yr % 100:02d}{mon:02d}{day:02d}{serial}"
    return f"{s[:6]}-{s[6:]}{luhn_digit(s)}"


IPS = ["185.44.212.97", "103.28.54.190", "176.58.121.44", "2a02:c7c:4e12:9b00:5d1:88ff:fe21:3a07",
       "86.142.39.201"]

MAIL_DOMAINS = {
    "gb": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "sky.com"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com"],
    "us": ["gmail.com", "yahoo.com", "icloud.com", "comcast.net", "outlook.com"],
    "ca": ["gmail.com", "videotron.ca", "shaw.ca"],
    "au": ["bigpond.com", "gmail.com", "outlook.com.au"],
    "nz": ["xtra.co.nz", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "be": ["telenet.be", "skynet.be", "gmail.com"],
    "ch": ["bluewin.ch", "gmx.ch"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmail.com"],
    "at": ["gmx.at", "aon.at"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com"],
    "br": ["gmail.com", "uol.com.br", "terra.com.br", "bol.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr"],
    "se": ["telia.com", "gmail.com", "hotmail.se"],
    "fi": ["gmail.com", "elisanet.fi"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "jp": ["yahoo.co.jp", "gmail.com", "icloud.com"],
    "kr": ["naver.com", "daum.net"],
    "cn": ["qq.com", "163.com"],
    "cz": ["seznam.cz", "email.cz"],
    "hu": ["freemail.hu", "gmail.com"],
    "ua": ["ukr.net", "gmail.com"],
    "mx": ["gmail.com", "yahoo.com.mx", "hotmail.com"],
    "za": ["mweb.co.za", "gmail.com"],
    "ng": ["yahoo.com", "gmail.com"],
    "no": ["online.no", "gmail.com"],
    "dk": ["mail.dk", "gmail.com"],
}
FOLD = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
                      "đ": "d", "Đ": "D", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                      "œ": "oe"})


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


# ---------------------------------------------------------------------------------------------
# Drawing: least-used first, ties broken by the seeded RNG, never the same item twice in a row.
# ---------------------------------------------------------------------------------------------
HOME_OK = {a.cc for a in ADDRS} & {t[0] for t in PHONES}
DIASPORA = ["gb", "us", "de", "fr", "nl", "se", "ca", "au", "ie", "be"]


class Pool:
    def __init__(self, items, rng):
        self.items, self.rng, self.use = items, rng, Counter()

    def draw(self, pred, avoid):
        idx = [i for i, x in enumerate(self.items) if i not in avoid and pred(x)]
        if not idx:
            idx = [i for i in range(len(self.items)) if i not in avoid]
        low = min(self.use[i] for i in idx)
        i = self.rng.choice([i for i in idx if self.use[i] == low])
        self.use[i] += 1
        avoid.add(i)
        return self.items[i]


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        r = self.rng
        self.people = Pool(PEOPLE, r)
        self.addrs = Pool(ADDRS, r)
        self.phones = Pool(PHONES, r)
        self.dobs = Pool(DOBS, r)
        self.cards = Pool(CARD_BODIES, r)
        self.ibans = Pool(IBAN_BODIES, r)
        self.dnis = Pool(DNI_NUMS, r)
        self.passports = Pool(PASSPORTS, r)
        self.cartas = Pool(IT_CARTA, r)
        self.niks = Pool(ID_NIK, r)
        self.tcs = Pool(TC_BODIES, r)
        self.pesels = Pool(PESEL_SERIALS, r)
        self.pnrs = Pool(PNR_SERIALS, r)
        self.ips = Pool(IPS, r)
        self.cycles = {}
        self.homes = {}
        self.used_ids = set()
        self.mem = {}
        self.tpl = None
        self.used_people = Counter()

    def begin(self, tpl):
        self.tpl = tpl
        self.avoid = {k: set() for k in ("p", "a", "ph", "d", "c", "i", "dn", "pp", "ca", "nk",
                                         "tc", "ps", "pn", "ip")}

    # --- people ---
    def p(self, grp=None, g=None, cc=None):
        """A private person. grp: language group(s) ('es', 'fr'…), '' for the world pool."""
        def ok(x):
            if grp is not None and x.grp not in (grp if isinstance(grp, tuple) else (grp,)):
                return False
            if g and x.g != g:
                return False
            if cc and x.cc not in (cc if isinstance(cc, tuple) else (cc,)):
                return False
            return True
        x = self.people.draw(ok, self.avoid["p"])
        self.used_people[x.culture] += 1
        self.used_ids.add(id(x))
        return x

    # --- values (a person keeps the same home country, phone, address, DOB, e-mail, passport) ---
    def home(self, p):
        if id(p) not in self.homes:
            self.homes[id(p)] = p.cc if p.cc in HOME_OK else self.rng.choice(DIASPORA)
        return self.homes[id(p)]

    def _memo(self, p, kind, draw, avoid):
        key = (id(p), kind)
        if key in self.mem and self.mem[key][0] not in avoid:
            avoid.add(self.mem[key][0])
            return self.mem[key][1]
        before = set(avoid)
        val = draw()
        idx = (avoid - before).pop()
        self.mem.setdefault(key, (idx, val))
        return val

    def phone(self, p=None, cc=None):
        want = cc or (self.home(p) if p else None)
        pool = self.phones

        def draw():
            return pool.draw(lambda t: want is None or t[0] in (want if isinstance(want, tuple) else (want,)), self.avoid["ph"])
        x = self._memo(p, "ph", draw, self.avoid["ph"]) if p else draw()
        return M("PHONE_NUMBER", x[1])

    def addr(self, p=None, cc=None):
        want = cc or (self.home(p) if p else None)

        def draw():
            return self.addrs.draw(lambda a: want is None or a.cc in (want if isinstance(want, tuple) else (want,)), self.avoid["a"])
        return self._memo(p, "a", draw, self.avoid["a"]) if p else draw()

    def town(self, p=None, cc=None):
        return L(self.addr(p, cc).town)

    def dob(self, style, p=None):
        def draw():
            return self.dobs.draw(lambda x: True, self.avoid["d"])
        d = self._memo(p, "d", draw, self.avoid["d"]) if p else draw()
        self.last_dob = d
        return M("DATE_OF_BIRTH", fmt_date(d, style))

    def card(self, style="space"):
        b = self.cards.draw(lambda x: True, self.avoid["c"])
        num = b + luhn_digit(b)
        if style == "plain":
            v = num
        elif len(num) == 15:
            v = f"{num[:4]} {num[4:10]} {num[10:]}"
        elif style == "dash":
            v = "-".join(num[i:i + 4] for i in range(0, 16, 4))
        else:
            v = group4(num)
        return M("CREDIT_CARD", v)

    def iban(self, cc=None, spaced=True):
        t = self.ibans.draw(lambda x: cc is None or x[0] in (cc if isinstance(cc, tuple) else (cc,)), self.avoid["i"])
        v = iban(*t)
        return M("IBAN_CODE", group4(v) if spaced else v)

    def dni(self):
        return M("NATIONAL_ID", dni(self.dnis.draw(lambda x: True, self.avoid["dn"])))

    def passport(self, p=None, cc=None):
        want = cc or (p.cc if p else None)

        def draw():
            return self.passports.draw(lambda x: want is None or x[0] == want, self.avoid["pp"])
        t = self._memo(p, "pp", draw, self.avoid["pp"]) if p else draw()
        return M("NATIONAL_ID", t[1])

    def carta(self):
        return M("NATIONAL_ID", self.cartas.draw(lambda x: True, self.avoid["ca"]))

    def nik(self):
        return M("NATIONAL_ID", self.niks.draw(lambda x: True, self.avoid["nk"]))

    def tckn(self):
        return M("NATIONAL_ID", tckn(self.tcs.draw(lambda x: True, self.avoid["tc"])))

    def pesel(self):
        """PESEL for the date of birth drawn last."""
        return M("NATIONAL_ID", pesel(self.last_dob, self.pesels.draw(lambda x: True, self.avoid["ps"])))

    def pnr(self):
        return M("NATIONAL_ID", personnummer(self.last_dob, self.pnrs.draw(lambda x: True, self.avoid["pn"])))

    def ip(self):
        return M("IP_ADDRESS", self.ips.draw(lambda x: True, self.avoid["ip"]))

    # --- names ---
    def full(self, p):
        return P(p.full())

    def west(self, p):
        return P(p.western())

    def first(self, p):
        return P(p.call)

    def sur(self, p):
        """The surname standing alone: Dutch and Afrikaans capitalise a leading particle."""
        s_ = p.short
        if (p.grp == "nl" or p.culture.startswith("Afrikaans")) and s_[:1].islower():
            s_ = s_[0].upper() + s_[1:]
        return s_

    def last(self, p):
        return P(self.sur(p))

    def fl(self, p):
        """Given (or call) name + surname, Western order, one span."""
        return P(f"{p.call} {p.short}" if p.family else p.call)

    def caps(self, p):
        return P(p.full().upper())

    def reg(self, p):
        """Register style: FAMILY Given, one span."""
        return P(f"{p.family.upper()} {p.given}" if p.family else p.given.upper())

    def sg(self, p, sep=", "):
        """Surname, Given in a list: two spans."""
        if not p.family:
            return P(p.given)
        return f"{P(p.family)}{sep}{P(p.given)}"

    def title(self, p, lang="en"):
        t = {"en": ("Ms", "Mr"), "de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."),
             "it": ("Sig.ra", "Sig."), "nl": ("mevrouw", "meneer"), "pl": ("Pani", "Pan"),
             "tr": ("Hanım", "Bey"), "pt": ("Sra.", "Sr.")}[lang]
        word = t[0] if p.g == "f" else t[1]
        if lang == "tr":
            return f"{P(p.call)} {word}"
        return f"{word} {P(self.sur(p))}"

    def email(self, p, style=None):
        key = (id(p), "e")
        if key not in self.mem:
            self.mem[key] = (None, self._email(p, style))
        return self.mem[key][1]

    def _email(self, p, style=None):
        g = fold(p.call if p.sf else p.given.split()[0])
        f = fold(p.family.replace("binti ", "").replace("bin ", "")) if p.family else ""
        n = self.rng.choice(["84", "07", "1990", "22", "3", "71", "2k", "88", "15"])
        styles = [f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{n}", f"{f}.{g}", f"{g}{f[:1]}{n}",
                  f"{g}{f}", f"{g}.{f}{n}"] if f else [f"{g}{n}", f"{g}.{n}", f"{g}_{n}"]
        local = styles[style] if style is not None else self.rng.choice(styles)
        dom = self.rng.choice(MAIL_DOMAINS.get(p.cc, ["gmail.com", "outlook.com", "hotmail.com"]))
        return M("EMAIL_ADDRESS", f"{local}@{dom}")

    def handle(self, p, style=None):
        key = (id(p), "h")
        if key not in self.mem:
            self.mem[key] = (None, self._handle(p, style))
        return self.mem[key][1]

    def _handle(self, p, style=None):
        g = fold(p.call)
        f = fold(p.family.split()[-1]) if p.family else ""
        opts = [f"{g}.{f}", f"{g}{f}_", f"{g}_{f[:1]}", f"{g}.{f[:1]}.eats", f"{g}{f}travels",
                f"its{g}{f}", f"{g}.in.{f}"] if f else [f"{g}.daily", f"{g}_{self.rng.randint(10, 99)}"]
        return P(opts[style] if style is not None else self.rng.choice(opts))

    # --- fillers for PII-free text ---
    def pick(self, key, options):
        k = (self.tpl, key)
        if k not in self.cycles:
            lst = list(options)
            self.rng.shuffle(lst)
            self.cycles[k] = [lst, 0]
        lst, i = self.cycles[k]
        self.cycles[k][1] += 1
        return lst[i % len(lst)]

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def ch(self, options):
        return self.rng.choice(options)


def tr_acc(name):
    """Turkish accusative suffix after an apostrophe (vowel harmony, buffer y)."""
    vs = [ch for ch in name.lower() if ch in "aıoueiöü"]
    last = vs[-1] if vs else "e"
    v = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    return ("y" + v) if name.lower()[-1] in "aıoueiöü" else v


TEMPLATES = []  # (class, template, rows, case, lang, fn)


def T(cls, name, n, case=None, lang="en"):
    def deco(fn):
        TEMPLATES.append((cls, name, n, case, lang, fn))
        return fn
    return deco


# =============================================================================================
# PERSONAL — hotels
# =============================================================================================
@T("personal_hotel", "review_reply_named", 2)
def _(c):
    g, s = c.p(), c.p()
    room = c.pick("room", ["Deluxe King", "Superior Twin", "Junior Suite", "Classic Double"])
    issue = c.pick("issue", [
        "the aircon rattled all night and nobody came until the 2nd evening",
        "the shower was lukewarm every morning and the 'sea view' was a car park",
        "there was building work next door from 7am which nobody mentioned at booking",
        "housekeeping skipped our room two days running even with the sign out"])
    dish = c.pick("dish", ["eggs benedict", "full English", "pancakes", "huevos rancheros"])
    return (f"Can you write a reply to this Google review? Warm, no excuses, and don't promise a refund in public.\n\n"
            f"> ★★☆☆☆ {c.full(g)}\n"
            f"> Stayed 3 nights in a {room}. Room was lovely but {issue}. {c.first(s)} at reception was the only one who actually helped. "
            f"Breakfast {dish} was cold twice. For these prices I expected better, honestly.\n\n"
            f"Sign it from the Front Office Manager.")


@T("personal_hotel", "arrivals_export_csv", 2)
def _(c):
    pms = c.pick("pms", ["Mews", "Opera Cloud", "Cloudbeds"])
    rows = []
    for k in range(5):
        g = c.p()
        name = f'"{c.sg(g)}"' if k % 2 else c.west(g)
        dep = c.ch(["PAID", "NONE", "PAID", "PARTIAL"])
        rows.append(f"{c.pick('res', ['MW', 'OC', 'CB'])}-{c.ri(40000, 49999)},{name},{c.ri(1, 5)},"
                    f"{c.ch(['Superior Double', 'Twin', 'Family Room', 'Deluxe King'])},{dep},{c.phone(g)},{c.email(g)}")
    return (f"pasted from {pms}, tomorrow's arrivals. Which ones still have no deposit? Then draft one short SMS I can send to those guests "
            f"(max 300 chars, friendly, link to pay goes at the end).\n\n"
            f"res_id,guest_name,nights,room_type,deposit,phone,email\n" + "\n".join(rows))


@T("personal_hotel", "vip_cards", 2)
def _(c):
    a, b, d, e = c.p(), c.p(), c.p(), c.p()
    wine = c.pick("wine", ["Veuve Clicquot", "Whispering Angel rosé", "Moët & Chandon", "Laurent-Perrier"])
    return (f"VIP arrivals Fri — need short welcome cards (2-3 lines each, handwritten style, nothing to cheesy) for:\n\n"
            f"- {c.full(a)} (Suite 701) – 10th anniversary, loves {wine}, from {c.town(a)}\n"
            f"- {c.title(b)} – returning guest, 14th stay, feather-free pillows\n"
            f"- {c.full(d)} + {c.first(e)} – honeymoon, stayed at the Ritz-Carlton last year and told us we're 'better' lol\n")


@T("personal_hotel", "guest_complaint_email", 2)
def _(c):
    g = c.p()
    occasion = c.pick("occ", ["my mum's 70th", "our anniversary", "my sister's hen weekend"])
    subj = c.pick("subj", ["Room 312 - very disappointed", "Our stay 14-16 June", "Complaint re: weekend break"])
    return (f"Draft a reply to this email. We can offer a complimentary dinner in the brasserie but not a refund.\n\n"
            f"> From: {c.email(g)}\n> Subject: {subj}\n>\n"
            f"> Hello, my husband and I stayed with you last weekend for {occasion}. We booked the Spa Package specificaly "
            f"and the spa was closed Saturday for a 'private event'. Nobody told us at check-in. The Champagne on arrival never "
            f"came either.\n> I'd like someone to call me please.\n>\n"
            f"> Kind regards,\n> {c.full(g)}\n> {c.phone(g)}")


@T("personal_hotel", "lost_property_post", 2)
def _(c):
    g = c.p(g="f")
    a = c.addr(g)
    item = c.pick("item", ["a Kindle in a green case", "a child's blue Jellycat bunny", "an iPhone charger and a silk scarf"])
    return (f"Guest rang about a lost item: {item}, left in room {c.ri(101, 420)}. She's paid £12 for postage. "
            f"Write a short email confirming we're sending it tomorrow by tracked post to:\n\n"
            f"{c.full(g)}\n{a.block()}\n\nHer number if the courier needs it: {c.phone(g)}")


@T("personal_hotel", "lower_handover", 3, case="lower")
def _(c):
    a, b, d, e, s = c.p(), c.p(), c.p(), c.p(g="f"), c.p()
    suite = c.pick("suite", ["the Churchill Suite", "the Elizabeth Room", "the Brunel Room"])
    return (f"tidy up this handover note for the morning team pls, keep it short\n\n"
            f"- rm 118 {c.full(a)} late checkout 1pm approved by {c.first(s)}\n"
            f"- {c.full(b)} in 204 lost key card twice, mob {c.phone(b)} - ask for ID next time\n"
            f"- noise complaint from 305 ({c.last(d)}) re wedding in {suite}, comp breakfast given\n"
            f"- taxi for {c.full(e)} 05:40 to airport, confirm w/ her")


@T("personal_hotel", "late_checkout_whatsapp", 2)
def _(c):
    g = c.p(g="f")
    ph = c.phone(g)
    city = c.pick("city", ["Lisbon", "Dubrovnik", "Marrakech"])
    return (f"This is a WhatsApp chat with a guest. Suggest a reply that offers late checkout at 14:00 for €30 (normally €50), "
            f"she's stayed with us 5 times.\n\n"
            f"[08:12] {ph}: Hi!! Room 409 here. Our flight to {city} got moved to 19:30 🙁 any chance we can stay till 3?\n"
            f"[08:13] {ph}: also could someone bring up 2 more towels\n"
            f"[08:20] Reception: Good morning! May I have your name please?\n"
            f"[08:21] {ph}: {c.full(g)} sorry 😊")


@T("personal_hotel", "wedding_rooming_list", 2)
def _(c):
    h1, h2 = c.p(), c.p()
    rows = []
    for _ in range(4):
        x, y = c.p(), c.p()
        rows.append(f"| {c.full(x)} | {c.full(y)} | {c.ch(['Fri', 'Sat'])} | Sun | {c.ch(['cot needed', 'ground floor', '', 'early check-in'])} |")
    z = c.p()
    return (f"Turn this rooming list into a clean table sorted by arrival, and flag any share where the names don't match the deposit list.\n\n"
            f"{c.last(h1)}–{c.last(h2)} wedding – rooming list v3\n"
            f"| Guest | Shares with | Arr | Dep | Notes |\n|---|---|---|---|---|\n" + "\n".join(rows) +
            f"\n\nDeposits received from: {c.full(z)} and the bride's parents")


@T("personal_hotel", "birthday_turndown_dob", 2)
def _(c):
    g, q = c.p(), c.p()
    paper = c.pick("paper", ["Financial Times", "Le Monde", "The Irish Times"])
    return (f"Profile note from our loyalty system. Write a short birthday message for the turndown card, don't mention age.\n\n"
            f"Member: {c.full(g)}\nTier: Platinum\nDOB: {c.dob(c.pick('st', ['dmy/', 'en']), g)}\n"
            f"Stays: 23 | Pref: high floor, oat milk, {paper}\nPartner on file: {c.first(q)}")


@T("personal_hotel", "card_pasted_deposit", 3)
def _(c):
    g = c.p(g="f")
    return (f"A guest replied to our deposit request with her full card details in the email body (below). What do I do with the email, "
            f"and can you draft a reply saying we can't take cards by email and sending a secure pay-by-link instead?\n\n"
            f"> Hi, here is the card for the deposit:\n> {c.card(c.pick('cs', ['space', 'plain', 'dash']))}  exp 09/27  cvv {c.ri(100, 999)}\n"
            f"> Name on card: {c.caps(g)}\n> Thanks, {c.first(g)}")


# =============================================================================================
# PERSONAL — restaurants
# =============================================================================================
@T("personal_restaurant", "covers_allergy_table", 2)
def _(c):
    a, b, d, e, s = c.p(), c.p(), c.p(), c.p(), c.p()
    src = c.pick("src", ["OpenTable", "SevenRooms", "Resy"])
    return (f"Tonights covers with notes from {src}. Write a 6-line briefing for the pass + floor, grouped by allergy.\n\n"
            f"| Time | Name | Pax | Table | Notes |\n|---|---|---|---|---|\n"
            f"| 18:30 | {c.full(a)} | 2 | 12 | coeliac, celebrating |\n"
            f"| 19:00 | {c.last(b)} x4 | 4 | 3 | nut allergy (severe), one child |\n"
            f"| 19:15 | {c.full(d)} | 6 | PDR | shellfish; pre-ordered Beef Wellington for the table |\n"
            f"| 20:00 | {c.full(e)} | 2 | 7 | vegan, regular – asks for {c.first(s)} |")


@T("personal_restaurant", "private_dining_enquiry", 2)
def _(c):
    g, q = c.p(), c.p()
    return (f"Reply to this enquiry. PDR seats 18 max, minimum spend £1,200 on Saturdays. Suggest our set menu "
            f"(Caesar salad, Chicken Kiev or Beef Wellington, Eton mess).\n\n"
            f"> Hi there,\n> I'm organising a surprise 40th for my partner {c.first(q)} on the 14th. We'd be about 22 people. "
            f"Is there any chance of a private room? Could you call me on {c.phone(g)} after 5?\n> Thanks so much\n> {c.full(g)}")


@T("personal_restaurant", "tripadvisor_reply_server", 3)
def _(c):
    g, s = c.p(), c.p()
    town = c.pick("town", ["Bath", "York", "Galway"])
    wine = c.pick("wine", ["a Barolo", "a lovely Rioja", "the Chablis"])
    return (f"Help me answer this Tripadvisor review. Thank them, say {c.first(s)} will be chuffed, invite them back for the truffle menu.\n\n"
            f"\"Best pasta in {town}!\" – by {c.handle(g)}\n"
            f"We came for my dad's birthday and our waiter {c.first(s)} was amazing, recommended the cacio e pepe and {wine}. "
            f"Tiramisu was better than the one we had in Rome. Only minus: a bit loud after 9.")


@T("personal_restaurant", "no_show_sms", 3, case="lower")
def _(c):
    a, b, d = c.p(), c.p(), c.p()
    return (f"no shows from sat night. can you write a polite but firm sms about our new £20pp deposit? no names in the template, i'll paste them in\n\n"
            f"{c.full(a)} 4pax {c.phone(a)}\n{c.full(b)} 2pax {c.phone(b)}\n{c.fl(d)} 6pax (booked via instagram)")


@T("personal_restaurant", "rota_whatsapp", 2, case="lower")
def _(c):
    a, b, d, e, f = (c.p() for _ in range(5))
    h = c.p(g="m")
    return (f"Rewrite this as a friendly WhatsApp message for the team group, a couple of emojis max:\n\n"
            f"rota wk 32: mon {c.first(a)}+{c.first(b)} close, tues {c.first(d)} off (swapped w {c.first(e)}), wed private party 40ppl "
            f"ALL HANDS, {c.full(f)} on pass. thurs new KP {c.full(h)} starts 10am, someone show him the dish machine pls")


@T("personal_restaurant", "cheesemonger_iban", 2)
def _(c):
    g = c.p(g="m")
    return (f"Our cheese supplier is a one-man business. Write him an email saying we've paid invoice 2024-117 today (€842.60) "
            f"and asking if he can do 4 wheels of Comté and some Roquefort for the Christmas menu.\n\n"
            f"Paid to: {c.full(g)}\nIBAN: {c.iban()}\nRef: INV 2024-117")


@T("personal_restaurant", "gift_voucher_post", 2)
def _(c):
    g, q = c.p(g="f"), c.p()
    a = c.addr(g)
    return (f"Write the text for a gift voucher card. It's from {c.full(g)} to {c.full(q)} for \"Dinner for two with wine pairing\", "
            f"valid 12 months. Buyer wants it posted to her: {a.one()}")


@T("personal_restaurant", "catering_delivery_note", 2)
def _(c):
    g = c.p()
    a = c.addr(g)
    return (f"Format this as a delivery note for the driver:\n"
            f"order #{c.ri(5000, 5999)} – canapés for 30 (mini Yorkshire puddings, Welsh rarebit bites, smoked salmon blinis)\n"
            f"deliver to: {c.full(g)}, {a.one()}\ncall {c.phone(g)} on arrival, side gate, dog is friendly")


# =============================================================================================
# PERSONAL — events, conferences, ticketing
# =============================================================================================
@T("personal_events", "badges_from_export", 3)
def _(c):
    ev = c.pick("ev", ["Hospitality Futures Summit", "Brighton Retail Day", "Leeds Events Meetup"])
    comp = ["Booking.com", "freelance", "", "Premier Inn", "Deliveroo", "own café"]
    rows = []
    for k in range(4):
        g = c.p()
        fn = P(g.given.lower()) if k == 1 else P(g.given)
        ln = P(g.family.upper()) if (k == 2 and g.family) else P(g.short)
        rows.append(f"{fn},{ln},{c.ch(comp)},{c.email(g)},{c.ch(['Early Bird', 'Standard', 'Speaker'])}")
    return (f"Export from Eventbrite for the {ev} — turn it into badge text (first name big, surname + company below), fix the caps, "
            f"and tell me who has no company.\n\nfirst_name,last_name,company,email,ticket\n" + "\n".join(rows))


@T("personal_events", "wedding_seating", 3)
def _(c):
    a, b, k, w = c.p(), c.p(), c.p(), c.p()
    others = [c.full(c.p()) for _ in range(6)]
    return (f"Need help with a seating plan: 4 round tables of 8 + top table. Rules: {c.first(a)} and {c.first(b)} must NOT sit together "
            f"(divorced, still tense), keep the {c.last(k)} kids near the exit, {c.full(w)} uses a wheelchair so table by the door.\n\n"
            f"Other guests: " + ", ".join(others) + ", plus the usual family lot I'll add later")


@T("personal_events", "speaker_bio_private", 3)
def _(c):
    g = c.p()
    talk = c.pick("talk", ["Surviving Booking.com: direct bookings for tiny hotels",
                           "What TikTok did to our bakery queue",
                           "Menus that sell: lessons from 12 years behind the bar"])
    return (f"Write an 80-word speaker bio for our programme. Third person, warm, no clichés.\n\n"
            f"Speaker: {c.full(g)}\nRole: owner of a 12-room guesthouse in {c.town(g)}\nTalk: \"{talk}\"\n"
            f"Notes: ex-Marriott revenue manager, 9 yrs; spoke at a TEDx-style night at the local library; runs half marathons; "
            f"parent of two")


@T("personal_events", "ticket_transfer_chat", 2)
def _(c):
    g, f = c.p(), c.p()
    act = c.pick("act", ["the Coldplay tribute night", "the ABBA singalong brunch"])
    return (f"Chat from the ticketing inbox, pls draft a reply. Policy: refunds up to 7 days before the event, after that only name change.\n\n"
            f"Customer: hi I bought 2 tix for {act}, order #TK-{c.ri(800000, 899999)}, under {c.email(g)}. my friend {c.full(f)} "
            f"can't come anymore, can I put the ticket in someone else's name or get money back?\n"
            f"Agent: Hi! Can I take your full name please?\nCustomer: {c.full(g)}")


@T("personal_events", "volunteer_shifts", 2, case="lower")
def _(c):
    a, b, d, e, f = (c.p() for _ in range(5))
    return (f"write a short briefing text for our festival volunteers, one message per shift. shifts below\n\n"
            f"sat 10-14 gate A: {c.full(a)} ({c.phone(a)}), {c.full(b)} ({c.phone(b)})\n"
            f"sat 14-18 bar: {c.full(d)}, {c.full(e)}\nsun 11-15 kids' tent: {c.full(f)} – DBS checked")


@T("personal_events", "door_list_caps", 2, case="upper")
def _(c):
    ppl = [c.p() for _ in range(5)]
    venue = c.pick("venue", ["Soho House", "the Shard"])
    return (f"can you format this as a door list, alphabetical by surname, for the launch party at {venue}. +1s in brackets\n\n"
            f"{c.full(ppl[0])} (+1)\n{c.full(ppl[1])}\n{c.full(ppl[2])} (+1 {c.first(ppl[3])})\n{c.full(ppl[4])}\n"
            f"plus 2 from the Dior team, names tbc")


@T("personal_events", "access_needs_emails", 2)
def _(c):
    a, b, d = c.p(), c.p(), c.p()
    venue = c.pick("venue", ["ExCeL London", "the SEC in Glasgow"])
    return (f"Draft individual confirmation emails for these accesibility requests for our conference at {venue} (each under 100 words):\n\n"
            f"1. {c.full(a)} – wheelchair user, needs step-free route and an aisle space in the auditorium\n"
            f"2. {c.full(b)} – bringing a guide dog; {c.first(b)} asked about water bowls and a relief area\n"
            f"3. {c.full(d)} ({c.email(d)}) – BSL interpreter for the keynote")


@T("personal_events", "gala_dietary", 3, case="lower")
def _(c):
    ppl = [c.p() for _ in range(4)]
    venue = c.pick("v", ["the taj mahal palace", "raffles", "the balmoral"])
    return (f"dietary reqs for the gala dinner at {venue}, can you turn this into a table for the banqueting team\n\n"
            f"{c.full(ppl[0])} - veg\n{c.full(ppl[1])} - halal\n{c.fl(ppl[2])} - no pork, no alcohol in sauces\n"
            f"{c.full(ppl[3])} - coeliac (proper, not preference)")


# =============================================================================================
# PERSONAL — travel agencies, tour operators
# =============================================================================================
@T("personal_travel", "family_itinerary", 3)
def _(c):
    a, b = c.p(), c.p()
    route = c.pick("route", ["Lisbon, Sintra, a day at Óbidos, then Porto by train and a Douro wine day",
                             "Seville, Córdoba for the Mezquita, two nights in Granada for the Alhambra, then Málaga",
                             "Kyoto, Nara for the deer, Osaka, then the Shinkansen to Tokyo"])
    return (f"Plan a 7-day itinerary for my clients, the {c.last(a)} family: {c.first(a)} and {c.first(b)} plus two kids (9 and 12). "
            f"Route: {route}. Mid-range hotels, at least one pool. Put it in a table and end with a short note I can send to "
            f"{c.first(a)} ({c.email(a)}).")


@T("personal_travel", "ferry_manifest", 3)
def _(c):
    dest = c.pick("d", ["Capri", "Santorini", "the Gili Islands"])
    rows = []
    for _ in range(3):
        g = c.p()
        st = c.ch(["dmy/", "dmy.", "iso"])
        rows.append(f"{P(g.family.upper() if g.family else g.given.upper())} / {P(g.given.upper()) if g.family else '-'} / "
                    f"{c.dob(st, g)} / {c.passport(g)} / {c.ch(['03/2026', '11/2031', '07/2025', '01/2029'])}")
    return (f"Check this manifest for the ferry to {dest}. Anyone whose passport expires within 6 months of 12 Oct? Output as a list.\n\n"
            f"SURNAME / GIVEN / DOB / PASSPORT / EXPIRY\n" + "\n".join(rows))


@T("personal_travel", "tour_confirmation", 2)
def _(c):
    g = c.p()
    tour = c.pick("t", ["Ha Long Bay 2D1N cruise", "Hagia Sophia & Blue Mosque walking tour", "Uluru sunrise + Kata Tjuta"])
    intro = c.pick("in", ["Kindly prepare the confirmation mail for below booking:", "can ya whip up the booking confirmation for this one:"])
    return (f"{intro}\nLead pax: {c.title(g)} ({c.full(g)})\n"
            f"Email: {c.email(g)} | Mob: {c.phone(g)}\nTour: {tour} | 2 adults\nPick-up: hotel lobby 07:15\nPaid in full, Visa ending 4471")


@T("personal_travel", "visa_invitation", 2)
def _(c):
    g = c.p()
    a = c.addr(g)
    return (f"We need an invitation letter for a tour participant applying for a Schengen visa. Formal, from our MD, using:\n\n"
            f"Name: {c.full(g)}\nDate of birth: {c.dob('en', g)}\nPassport no.: {c.passport(g)}\nHome address: {a.one()}\n"
            f"Tour: \"Classic Italy\" 12-24 May (Rome, Florence, Venice)")


@T("personal_travel", "driver_transfer_lower", 2, case="lower")
def _(c):
    g = c.p(g="f")
    return (f"make this clearer for our driver, simple english: pick up {c.full(g)} + 2 at faro airport 14:35 (flight from manchester), "
            f"her number {c.phone(g)}, take them to the villa in carvoeiro, she asked for a baby seat")


@T("personal_travel", "complaint_vatican_wait", 2)
def _(c):
    g, guide = c.p(), c.p(g="f")
    return (f"Customer complaint below. Our guide that day was {c.full(guide)}. Draft a reply that apologises for the 2h wait at the Vatican "
            f"Museums but explains the strike. Offer 15% off the next booking.\n\n"
            f"> Dear Sir/Madam,\n> We paid for skip-the-line tickets and still queued in the sun for two hours. {c.first(guide)} did "
            f"her best but the Sistine Chapel part was rushed.\n> Regards,\n> {c.full(g)}\n> Booking ref RM-{c.ri(20000, 29999)}")


@T("personal_travel", "honeymoon_crm", 2)
def _(c):
    g, q = c.p(), c.p()
    return (f"CRM notes below. Draft a proposal email for a 10-night honeymoon (Bali + Gili T or the Maldives), budget £9k.\n\n"
            f"Lead: {c.full(g)} | {c.phone(g)}\nPartner: {c.full(q)}, DOB {c.dob('dmy/', q)} (birthday falls during the trip!)\n"
            f"Lives: {c.town(g)}\nLikes: snorkelling, no long transfers, saw a Four Seasons Jimbaran post on Instagram")


# =============================================================================================
# PERSONAL — retail and e-commerce customer service
# =============================================================================================
@T("personal_retail", "chat_address_change", 2)
def _(c):
    g, s = c.p(), c.p()
    a = c.addr(g)
    return (f"Summarise this live chat for the ticket and suggest the next step:\n\n"
            f"[14:02] Visitor: hi my order #UK-{c.ri(40000, 49999)} still says processing\n"
            f"[14:02] Bot: Can I take your name and email?\n[14:03] Visitor: {c.full(g)}, {c.email(g)}\n"
            f"[14:05] {c.first(s)} (Agent): Thanks! I can see it, it's packed and waiting for the courier.\n"
            f"[14:06] Visitor: can you change the address to {a.one()}? moved last week")


@T("personal_retail", "label_one_line", 2)
def _(c):
    g = c.p()
    a = c.addr(g)
    car = c.pick("car", ["DHL Express", "UPS", "FedEx"])
    return (f"Is this address OK for a {car} label? The customer typed it in one line and the printer cut it off. "
            f"Rewrite it in the right order for the label.\n\n{c.full(g)} {a.one().replace(', ', ' ')} tel {c.phone(g)}")


@T("personal_retail", "birthday_club_export", 2)
def _(c):
    rows = []
    for _ in range(4):
        g = c.p()
        rows.append(f"{c.email(g)},{P(g.given)},{P(g.short)},{c.dob('iso', g)},{c.ch(['Leeds Trinity', 'Bullring', 'Online', 'Covent Garden'])}")
    return ("Birthday club export for next month. Write one birthday email (subject + 60 words) using *|FNAME|* and tell me which "
            "of these should get the over-60s version.\n\nemail,first,last,dob,store\n" + "\n".join(rows))


@T("personal_retail", "faulty_return", 2)
def _(c):
    g = c.p()
    item = c.pick("i", ["Dyson Airwrap", "Ninja air fryer", "KitchenAid Artisan mixer"])
    return (f"Please draft a reply - they're outside the 30 day window but it's faulty so we accept (Consumer Rights Act).\n\n"
            f"> Hi,\n> The {item} I bought from you in March has stopped working. Receipt attached. I'd like a replacement, not a voucher.\n"
            f"> {c.full(g)}\n> {c.phone(g)}")


@T("personal_retail", "card_in_chat", 2, case="lower")
def _(c):
    g = c.p()
    return (f"customer just pasted their whole card number in the chat ({c.card(c.pick('s', ['plain', 'space']))}) asking why the payment "
            f"failed. what do i reply and do i need to report it somewhere? the account is under {c.full(g)}")


@T("personal_retail", "fraud_release", 2)
def _(c):
    g = c.p()
    a = c.addr(g)
    return (f"Should we release this order? Gut says no.\n\nOrder #SH-{c.ri(20000, 29999)} – $1,840 (2x iPhone 16 Pro)\n"
            f"Billing: {c.full(g)}, {a.one()}\nShipping: different, a freight forwarder in Miami\n"
            f"IP: {c.ip()} (geo doesn't match)\nEmail: {c.email(g)} (account created today)\nPhone on order: {c.phone(g)}")


@T("personal_retail", "lower_reply_breakage", 3, case="lower")
def _(c):
    g, s = c.p(g="f"), c.p()
    item = c.pick("i", ["le creuset casserole", "wedgwood teapot", "villeroy & boch plates"])
    return (f"reply to {c.full(g)} ({c.email(g)}), her parcel with the {item} arrived smashed, we're sending a new one today, "
            f"sorry etc. under 80 words, sign off as {c.first(s)} from customer care")


@T("personal_retail", "refund_by_transfer", 2)
def _(c):
    g = c.p()
    return (f"Customers card has expired so were refunding by bank transfer. Draft a short email to confirm the details before "
            f"finance pays:\n\nCustomer: {c.full(g)}\nOrder: #{c.ri(10000, 10999)}\nAmount: €129.00\nIBAN: {c.iban(spaced=c.ch([True, False]))}")


@T("personal_retail", "erasure_request", 2)
def _(c):
    g = c.p()
    a = c.addr(g)
    return (f"We got an erasure request. Write the confirmation email (UK GDPR, one month, mention we keep invoices 6 years for HMRC).\n\n"
            f"From: {c.full(g)} <{c.email(g)}>\n\"Please delete my account and stop the Klaviyo emails. Also remove my address "
            f"({a.one()}) and phone {c.phone(g)} from everything.\"")


# =============================================================================================
# PERSONAL — marketing, PR, social
# =============================================================================================
@T("personal_marketing", "crm_newsletter_intros", 2)
def _(c):
    a, b, d = c.p(), c.p(), c.p()
    return (f"I want to personalise the first line of our B2B newsletter for our top 3 accounts. Notes from HubSpot:\n\n"
            f"• {c.full(a)} – owns two cafés in {c.town(a)}; bulk order of the Ethiopian Yirgacheffe; baby due in June\n"
            f"• {c.full(b)} ({c.email(b)}) – hotel F&B manager, met at Hostelco, hates long emails\n"
            f"• {c.full(d)} – new buyer at a deli chain, prefers WhatsApp {c.phone(d)}")


@T("personal_marketing", "micro_creator_dm", 3)
def _(c):
    g = c.p(g="f")
    post = c.pick("post", ["the Eiffel Tower at sunrise", "the Giant's Causeway in the rain", "Borobudur before the crowds"])
    return (f"Draft an Instagram DM to a micro-creator (8.2k followers) asking if she'd like a free night in exchange for a reel. "
            f"Handle is @{c.handle(g)}, real name {c.full(g)}, based in {c.town(g)}. Say we loved her post about {post} but don't be cringe.")


@T("personal_marketing", "testimonial_consent", 2)
def _(c):
    g = c.p(g="f")
    trip = c.pick("t", ["family trip to Kenya", "Japan rail holiday"])
    return (f"One of our customers left this lovely message. Write an email asking permission to use it on the website with her "
            f"first name and town only.\n\n\"Booked our {trip} through you and honestly every detail was perfect, the guide in "
            f"the Maasai Mara even remembered my son's birthday.\" – {c.full(g)}, {c.town(g)}\nHer email: {c.email(g)}")


@T("personal_marketing", "local_media_list", 2)
def _(c):
    a, b, d = c.p(), c.p(), c.p()
    city = c.pick("c", ["Bristol", "Manchester"])
    return (f"Heres our local media list. Write a 120-word pitch for our rooftop bar opening, one version per outlet.\n\n"
            f"| Name | Outlet | Email | Mobile |\n|---|---|---|---|\n"
            f"| {c.full(a)} | {city} Evening Post | {c.email(a)} | {c.phone(a)} |\n"
            f"| {c.full(b)} | BBC Radio {city} | {c.email(b)} | – |\n"
            f"| {c.full(d)} | freelance (Time Out, Condé Nast Traveller) | {c.email(d)} | {c.phone(d)} |")


@T("personal_marketing", "giveaway_winner", 2)
def _(c):
    g = c.p(g="f")
    a = c.addr(g)
    return (f"Write the Instagram story text announcing our giveaway winner (@{c.handle(g)}) and a DM asking for her shipping "
            f"address. Internal: we already have it from her last order – {c.full(g)}, {a.one()}")


@T("personal_marketing", "angry_cake_dm", 2, case="lower")
def _(c):
    g, k = c.p(), c.p(g="m")
    return (f"how do i answer this dm without making it worse? \"hi this is {c.full(g)}, i ordered the birthday cake for my son on "
            f"saturday and it said happy birthday {c.first(k)} spelled wrong 😡 call me {c.phone(g)}\"")


# =============================================================================================
# CLEAN — campaigns and copy
# =============================================================================================
@T("clean_campaign", "taglines_celebrity_energy", 3)
def _(c):
    season = c.pick("s", ["spring", "autumn/winter", "back-to-school"])
    product = c.pick("p", ["linen shirts", "refillable candles", "hiking boots"])
    celeb = c.pick("c", ["Zendaya", "Pedro Pascal", "Harry Styles"])
    city = c.pick("city", ["Copenhagen", "Lisbon", "Melbourne"])
    return (f"Write 3 taglines for our {season} campaign. We sell {product}. The client's brief literally says \"{celeb} energy, "
            f"but make it {city}\". Avoid anything that sounds like Nike's \"Just Do It\" or Apple's \"Think Different\".")


@T("clean_campaign", "launch_email_merge", 3)
def _(c):
    prod = c.pick("p", ["the Stanley Quencher in our exclusive sage colour", "Lego Botanicals Orchid and Bonsai sets",
                        "the new Charlotte Tilbury Pillow Talk lip kit"])
    return (f"Draft the launch email for loyalty members: subject line, preheader and ~120 words.\nProduct: {prod}, in store and "
            f"online from Thursday 9am.\nStart with \"Hi *|FNAME|*,\" and sign off from The Team. Mention free click & collect. "
            f"No ALL CAPS, no more than one emoji.")


@T("clean_campaign", "subject_line_ab", 2)
def _(c):
    ev = c.pick("e", ["Mother's Day", "Father's Day", "Valentine's Day"])
    return (f"Give me 8 subject lines to A/B test for our {ev} gift guide. Brands in it: Jo Malone, Le Creuset, Barbour, "
            f"Hotel Chocolat, Diptyque, Paul Smith. Half playful, half straight. Under 45 characters each.")


@T("clean_campaign", "sale_banner_caps", 2, case="upper")
def _(c):
    ev = c.pick("e", ["black friday", "boxing day"])
    return (f"rewrite this banner so it fits on mobile (max 40 chars a line):\n\n"
            f"{ev} – up to 50% off Ralph Lauren, Hugo Boss, Tommy Hilfiger and Calvin Klein – this weekend only – "
            f"free delivery over £50 – ends sunday midnight")


@T("clean_campaign", "loyalty_scheme_comparison", 3)
def _(c):
    trio = c.pick("t", [("Hilton Honors", "Marriott Bonvoy", "World of Hyatt"),
                        ("IHG One Rewards", "Accor ALL", "Radisson Rewards"),
                        ("Miles & More", "Flying Blue", "Avios")])
    return (f"For an internal deck: compare {trio[0]}, {trio[1]} and {trio[2]} in a table (how points are earned, elite tiers, "
            f"what members actually like). Then 3 ideas we could steal for our 9-hotel group's scheme.")


@T("clean_campaign", "google_ads_lower", 3, case="lower")
def _(c):
    x = c.pick("x", ["our margherita + peroni deal during the euros", "bottomless brunch with eggs benedict and bellinis",
                     "sunday roast with yorkshire puddings and a bloody mary"])
    return f"give me 5 google ads headlines (30 chars) and 2 descriptions for {x}, local pub in leeds, tone cheeky not cringe"


@T("clean_campaign", "brand_voice_between", 2)
def _(c):
    a, b = c.pick("ab", [("Innocent", "Oatly"), ("Patagonia", "Aesop")])
    return (f"Our brand voice sits somewhere between {a} and {b}. Write a one-page tone of voice guide for our new "
            f"staff: three principles, do/don't examples, and how to write an Instagram caption vs a refund email.")


# =============================================================================================
# CLEAN — social media
# =============================================================================================
@T("clean_social", "festival_caption", 3)
def _(c):
    fest, acts = c.pick("f", [("Glastonbury", "Dua Lipa, Coldplay and SZA"),
                              ("Primavera Sound", "Charli XCX, Troye Sivan and Fontaines D.C."),
                              ("Roskilde", "Foo Fighters, Burna Boy and Robyn")])
    return (f"We're the official bar partner at {fest} this year. Write an Instagram caption (max 3 lines + 5 hashtags) for the "
            f"announcement. Headliners are {acts} but we're not allowed to imply they endorse us.")


@T("clean_social", "tiktok_trending_sound", 3)
def _(c):
    song = c.pick("s", ["\"Espresso\" by Sabrina Carpenter", "\"APT.\" by Rosé and Bruno Mars", "\"Flowers\" by Miley Cyrus"])
    biz = c.pick("b", ["our coffee van", "our nail salon", "the hotel rooftop"])
    return (f"Script a 20-second TikTok for {biz} using the trending sound {song}. Shot list, on-screen text, caption. "
            f"Keep it doable with one phone and one barista/staff member.")


@T("clean_social", "athlete_congrats", 3)
def _(c):
    who, what = c.pick("w", [("Carlos Alcaraz", "winning Wimbledon"), ("Iga Świątek", "another Roland-Garros title"),
                             ("Max Verstappen", "the title in Abu Dhabi")])
    return (f"Marketing wants a congratulations post for {who} after {what}. We're a sports bar, not a sponsor. "
            f"Give me 3 options that won't get us in trouble with trademark stuff (no logos, no \"official\").")


@T("clean_social", "hashtags_lower", 3, case="lower")
def _(c):
    x = c.pick("x", ["eggs benedict brunch in lisbon", "a pavlova masterclass in sydney", "caesar salad night in tijuana where it was invented"])
    return f"hashtags for a post about {x}? mix big and niche, 15 max"


@T("clean_social", "content_calendar_table", 3)
def _(c):
    mon = c.pick("m", ["March", "April", "December"])
    rows = {"March": "| 8 Mar | International Women's Day | |\n| 17 Mar | St Patrick's Day | Guinness pairing? |\n| 30 Mar | Mother's Day (UK) | |",
            "April": "| 1 Apr | April Fools | |\n| 20 Apr | Easter Sunday | hot cross buns |\n| 27 Apr | King's Day (we have Dutch guests) | |",
            "December": "| 6 Dec | Sinterklaas | |\n| 13 Dec | Santa Lucia | Swedish saffron buns |\n| 25 Dec | Christmas Day | |"}[mon]
    return (f"Fill in the post ideas column for {mon}, one line each, for a boutique hotel account:\n\n"
            f"| Date | Occasion | Idea |\n|---|---|---|\n{rows}")


@T("clean_social", "comment_replies_public", 2)
def _(c):
    q = c.pick("q", ["did Gordon Ramsay really eat here??", "is this the hotel from The White Lotus?"])
    return (f"People keep asking under our Reels: \"{q}\". Write 3 short, fun replies for the social team that don't "
            f"confirm or deny anything and steer people to book.")


# =============================================================================================
# CLEAN — menus, dishes, cocktails
# =============================================================================================
@T("clean_menu", "dish_descriptions", 3)
def _(c):
    dishes = c.pick("d", ["Beef Wellington, Eggs Benedict, Caesar Salad, Pizza Margherita, Peach Melba",
                          "Lobster Thermidor, Waldorf Salad, Chicken Kiev, Crêpes Suzette, Pavlova",
                          "Tournedos Rossini, Sole Meunière, Beef Stroganoff, Tarte Tatin, Victoria Sponge"])
    return (f"Write menu descriptions (max 15 words each) for: {dishes}. Classic brasserie tone, and add a one-line story "
            f"about where each name comes from for the back of the menu.")


@T("clean_menu", "cocktail_blurbs", 3)
def _(c):
    cks = c.pick("c", ["Tom Collins, Bloody Mary, Shirley Temple, Arnold Palmer, Rob Roy",
                       "Negroni, Bellini, Hemingway Daiquiri, Mary Pickford, Kir Royale",
                       "Moscow Mule, Manhattan, Margarita, Cosmopolitan, Hugo Spritz"])
    return (f"New cocktail list. Blurbs for each, 12 words max, one fun fact about the name:\n{cks}\n"
            f"Bar manager wants it to sound like the Savoy's American Bar but less stuffy.")


@T("clean_menu", "menu_translate_fr", 3)
def _(c):
    m = c.pick("m", ["Poulet Marengo\nSalade Niçoise\nBouillabaisse\nMadeleines de Commercy",
                     "Quiche Lorraine\nSteak Diane\nPêche Melba\nSavarin au rhum",
                     "Croque Monsieur\nCroque Madame\nSauce Béchamel\nPommes Anna"])
    return f"Translate our French menu into English for the tourist version, keep the dish names where English speakers know them:\n\n{m}"


@T("clean_menu", "allergen_matrix", 2)
def _(c):
    rows = c.pick("r", ["| Caesar Salad | ✔ | ✔ | ✔ |\n| Eggs Benedict | ✔ | ✔ | |\n| Eton Mess | | ✔ | ✔ |",
                        "| Fettuccine Alfredo | ✔ | ✔ | ✔ |\n| Cobb Salad | | ✔ | ✔ |\n| Reuben Sandwich | ✔ | ✔ | |"])
    return (f"Check this allergen matrix against standard recipes and tell me what looks wrong:\n\n"
            f"| Dish | Gluten | Egg | Milk |\n|---|---|---|---|\n{rows}")


@T("clean_menu", "tribute_night", 3)
def _(c):
    who = c.pick("w", ["Anthony Bourdain", "Julia Child", "Paul Bocuse"])
    return (f"We're doing a tribute dinner to {who} next month. Suggest a 5-course menu that nods to their best-known dishes and "
            f"write a short intro paragraph for the invitation. Keep it respectful, no quotes we can't verify.")


@T("clean_menu", "specials_board_caps", 2, case="upper")
def _(c):
    x = c.pick("x", ["cumberland sausage & mash\nlancashire hotpot\nbakewell tart & custard",
                     "welsh rarebit\narnold bennett omelette\nbattenberg & earl grey"])
    return f"shorten these for the chalkboard, max 4 words each:\n\n{x}\n\nand suggest a pun for the top line"


@T("clean_menu", "dish_origin_lower", 3, case="lower")
def _(c):
    q = c.pick("q", ["is the waldorf salad named after the hotel? and what's actually in a cobb salad",
                     "was the margherita pizza really named after queen margherita or is that a myth",
                     "who was the beef wellington named after, the duke or the town in new zealand"])
    return q


# =============================================================================================
# CLEAN — travel
# =============================================================================================
@T("clean_travel", "city_itinerary_landmarks", 3)
def _(c):
    city, sights = c.pick("c", [("Barcelona", "Sagrada Família, Park Güell, Casa Batlló and the Picasso Museum"),
                                ("Istanbul", "Hagia Sophia, the Blue Mosque, Topkapı Palace and Galata Tower"),
                                ("Amsterdam", "the Rijksmuseum, the Van Gogh Museum, the Anne Frank House and Keukenhof")])
    return (f"3-day {city} itinerary for a small-group tour (max 14 people, mostly 55+). Must include {sights}. "
            f"Walking no more than 8 km a day, a long lunch every day, and one free afternoon.")


@T("clean_travel", "grand_hotels_compare", 3)
def _(c):
    trio = c.pick("t", [("The Ritz", "Claridge's", "The Savoy"), ("Hotel Sacher", "Hotel Imperial", "Park Hyatt Vienna"),
                        ("Hotel Adlon Kempinski", "Waldorf Astoria Berlin", "Hotel de Rome")])
    return (f"Client brief: couple in their 60s, 40th anniversary, 3 nights, afternoon tea matters more than the spa. "
            f"Compare {trio[0]}, {trio[1]} and {trio[2]} for them in a short table and give me a recommendation.")


@T("clean_travel", "footsteps_tour_copy", 3)
def _(c):
    who, places = c.pick("w", [("Van Gogh", "Arles, Saint-Rémy-de-Provence and Auvers-sur-Oise"),
                               ("Hemingway", "Pamplona, Paris and Key West"),
                               ("Frida Kahlo", "Coyoacán, the Casa Azul and Xochimilco")])
    return (f"Write a 150-word description for our new tour \"In the Footsteps of {who}\" covering {places}. "
            f"Bullet the highlights at the end.")


@T("clean_travel", "rail_journey_copy", 2)
def _(c):
    tr = c.pick("t", ["the Glacier Express from Zermatt to St. Moritz", "the Venice Simplon-Orient-Express from Paris to Venice"])
    return f"Punchy 60-word product blurb for {tr}, plus three bullet points on what's included. Our audience is Americans 50+."


@T("clean_travel", "quick_q_lower", 3, case="lower")
def _(c):
    q = c.pick("q", ["best time to see the northern lights, tromsø or abisko? client is flexible jan-mar",
                     "is the alhambra worth it without the nasrid palaces ticket or should we wait for a date with slots",
                     "how long is the drive from cape town to franschhoek and is the wine tram worth booking ahead"])
    return q


@T("clean_travel", "packing_list_trek", 2, case="lower")
def _(c):
    t = c.pick("t", ["the inca trail to machu picchu in may", "kilimanjaro via the machame route in september"])
    return f"packing list for {t}, we send it with every booking. group it by category and keep it to one page"


@T("clean_travel", "themed_tour_faq", 3)
def _(c):
    t = c.pick("t", ["our Game of Thrones walking tour in Dubrovnik", "the Harry Potter locations day trip from Edinburgh",
                     "the Lord of the Rings tour to Hobbiton"])
    return (f"Write 8 FAQs w/ answers for {t}. Cover accessibility, kids, what happens in rain, and whether we're "
            f"officially linked to the films/series (we're not).")


# =============================================================================================
# CLEAN — events, conferences, awards
# =============================================================================================
@T("clean_events", "agenda_public_keynotes", 3)
def _(c):
    k1, k2 = c.pick("k", [("Brian Chesky (Airbnb)", "Arianna Huffington"), ("Glenn Fogel (Booking Holdings)", "Rick Steves"),
                          ("Christopher Nassetta (Hilton)", "Martha Stewart")])
    return (f"Tidy this agenda into a clean table for the website:\n\n09:00 registration + coffee\n09:45 welcome from the Chair\n"
            f"10:00 keynote {k1}\n11:00 panel: AI in guest experience (moderator: Head of Content)\n12:30 lunch\n"
            f"14:00 fireside chat with {k2}\n15:30 awards\n16:30 drinks, sponsored by Aperol")


@T("clean_events", "lineup_announcement", 3)
def _(c):
    acts = c.pick("a", ["Stromae, Rosalía, Fred again.. and Little Simz", "Måneskin, Jorja Smith, Bicep and Nathy Peluso",
                        "Arctic Monkeys, Anitta, Peggy Gou and Kneecap"])
    return (f"Write the line-up announcement (website + email) for our city festival. Headliners: {acts}. "
            f"Early bird tickets on sale Friday via Dice. Keep it under 150 words.")


@T("clean_events", "award_entry", 3)
def _(c):
    aw = c.pick("a", ["the Cannes Lions Grand Prix for Social", "an Effie in the Hospitality category",
                      "Tripadvisor Travellers' Choice Best of the Best"])
    return (f"Help me structure our entry for {aw}. The campaign: a 'Sleep like Mozart' package in Salzburg with a "
            f"Mozartkugel turndown and a private recital. Results: +38% direct bookings, 2.1m organic views.")


@T("clean_events", "gala_run_of_show", 2)
def _(c):
    venue = c.pick("v", ["the Natural History Museum's Hintze Hall", "Royal Albert Hall's Elgar Room"])
    return (f"Turn this into a run-of-show with cues for AV and catering. Gala at {venue}.\n"
            f"19:00 guests arrive, Champagne Taittinger\n19:40 seated\n19:50 welcome – Chief Executive\n"
            f"20:00 starter\n20:40 award: Best Newcomer, presented by the Sponsor\n21:15 main\n22:00 DJ")


@T("clean_events", "ticket_tiers_copy", 2)
def _(c):
    night = c.pick("n", ["a Taylor Swift Eras-style party night", "a Beyoncé Renaissance tribute night", "an ABBA Voyage-themed brunch"])
    return (f"Name and describe 4 ticket tiers for {night} at our venue (Early Bird, Standard, VIP, Golden Circle or better names). "
            f"Include what's in each, one line each. We're not affiliated with the artist.")


@T("clean_events", "room_names_lower", 2, case="lower")
def _(c):
    names = c.pick("n", ["mandela, curie and turing", "frida, ada and amelia (after kahlo, lovelace and earhart)"])
    return (f"we're renaming the meeting rooms at our conference centre {names}. good idea or will it feel cheesy? "
            f"give me 3 alternative themes too")


# =============================================================================================
# CLEAN — templates, placeholders, sample people
# =============================================================================================
@T("clean_templates", "booking_confirmation_vars", 3)
def _(c):
    h = c.pick("h", ["Hi {{first_name}},", "Dear {{guest.title}} {{guest.last_name}},", "Hello [GUEST NAME],"])
    return (f"Improve this confirmation template, keep the variables exactly as they are:\n\n{h}\n\n"
            f"Thanks for booking with us! Your reservation {{{{booking_ref}}}} is confirmed for {{{{arrival_date}}}} "
            f"({{{{nights}}}} nights, {{{{room_type}}}}). Check-in from 3pm. Questions? Reply to this email.\n\nSee you soon,\n{{{{hotel_name}}}} Team")


@T("clean_templates", "review_reply_templates", 3)
def _(c):
    stars = c.pick("s", ["5-star", "3-star", "1-star"])
    return (f"Write 3 reusable reply templates for {stars} Google reviews. Use [GUEST NAME], [STAFF NAME] and [DISH] as "
            f"placeholders, sign off as \"The Team at [RESTAURANT]\". Max 70 words each.")


@T("clean_templates", "mailchimp_test_profile", 2)
def _(c):
    who = c.pick("w", ["John Doe", "Jane Doe"])
    return (f"The merge tags *|FNAME|* and *|LNAME|* render blank in Mailchimp preview. Our test profile is \"{who}\", "
            f"test@example.com. What's the usual cause and how do I set a default like \"there\" so it says \"Hi there\"?")


@T("clean_templates", "sample_guest_csv", 3)
def _(c):
    rows = c.pick("r", ["John,Doe,john.doe@example.com\nJane,Doe,jane.doe@example.com\nMax,Mustermann,max@example.de",
                        "Erika,Mustermann,erika@example.de\nJoe,Bloggs,joe.bloggs@example.co.uk\nMario,Rossi,mario.rossi@example.it",
                        "Jan,Kowalski,jan.kowalski@example.pl\nJuan,Pérez,juan.perez@example.es\nJean,Dupont,jean.dupont@example.fr"])
    return (f"Here's the dummy data I use to test our booking import. Add 5 more fake rows in the same style with "
            f"example.* domains only, and one row that should fail validation.\n\nfirst,last,email\n{rows}")


@T("clean_templates", "shopify_liquid_sms", 2)
def _(c):
    v = c.pick("v", ["{{ customer.first_name }}", "{{ order.name }} for {{ customer.first_name | default: 'there' }}"])
    return (f"Our Shopify shipping SMS uses {v}. Rewrite the message so it's under 160 characters:\n\n"
            f"\"Good news! Your order is on its way with Royal Mail. Track it here: {{{{ tracking_url }}}}. Thanks for shopping with us!\"")


@T("clean_templates", "complaint_macro_placeholders", 2)
def _(c):
    issue = c.pick("i", ["late delivery", "wrong size", "damaged in transit"])
    return (f"Write a Zendesk macro for {issue} complaints. Use {{{{ticket.requester.first_name}}}}, [Order Number] and "
            f"[Agent Name]. Apologetic, no blame on the courier, offer [Voucher Amount] if it's the second time.")


# =============================================================================================
# CLEAN — press and PR
# =============================================================================================
@T("clean_press", "opening_release", 3)
def _(c):
    brand, ceo, city = c.pick("b", [("Hilton", "Christopher Nassetta", "Porto"), ("Accor", "Sébastien Bazin", "Jakarta"),
                                    ("Four Seasons", "Alejandro Reynal", "Kraków")])
    return (f"Draft a press release for a new {brand} property opening in {city}: 180 rooms, a rooftop bar, a restaurant by a "
            f"Michelin-starred chef (name TBC). Include a placeholder quote from {ceo} marked [APPROVAL NEEDED]. AP style.")


@T("clean_press", "partnership_announcement", 3)
def _(c):
    a, b = c.pick("ab", [("IKEA", "Lego"), ("Adidas", "Gucci"), ("H&M", "Karl Lagerfeld archive")])
    return (f"Write a LinkedIn post announcing that our agency handled the launch event for the {a} x {b} collaboration. "
            f"Humble brag, credit the client teams, 100 words.")


@T("clean_press", "boilerplate_edit", 2)
def _(c):
    co = c.pick("c", ["Marriott International", "Meliá Hotels International"])
    return (f"Shorten this boilerplate to 50 words for the footer of our releases:\n\n\"About {co}: founded by a family "
            f"entrepreneur, the company today operates thousands of hotels in more than 100 countries and territories, "
            f"with a loyalty programme of over 200 million members…\"")


@T("clean_press", "crisis_holding_statement", 2)
def _(c):
    x, y = c.pick("x", [("a norovirus outbreak on one of our river cruises on the Danube", "public health guidance"),
                        ("the cancellation of Saturday's headline set due to storm warnings", "Met Office and police advice")])
    return (f"We need a holding statement about {x}. Calm, factual, no speculation, no names, mention we're following "
            f"{y}. 80 words. Then a 2-line version for X/Twitter.")


@T("clean_press", "travel_media_pitch", 2)
def _(c):
    outs = c.pick("o", ["Condé Nast Traveller, Lonely Planet and the Guardian travel desk", "Travel + Leisure, Monocle and Wallpaper*"])
    return (f"Pitch angle for {outs}: our hotel in a converted 1920s Art Deco post office in Napier, New Zealand. "
            f"Three subject lines and a 100-word pitch. No journalist names yet, I'll personalise.")


# =============================================================================================
# OTHER LANGUAGES — written as natives write them
# =============================================================================================
# --- Spanish ---------------------------------------------------------------------------------
@T("personal_hotel", "es_parte_viajeros", 2, lang="es")
def _(c):
    a, b = c.p("es", cc="es"), c.p()
    na = "nacida" if a.g == "f" else "nacido"
    nb = "nacida" if b.g == "f" else "nacido"
    return (f"Hola, necesito meter estos datos en SES.Hospedajes para el parte de viajeros. ¿Me los ordenas en una tabla con las "
            f"columnas que piden (nombre, apellidos, tipo y nº de documento, fecha de nacimiento, domicilio)? Y dime si falta algo obligatorio.\n\n"
            f"- {c.full(a)}, DNI {c.dni()}, {na} el {c.dob('dmy/', a)}, domicilio en {c.addr(a, cc='es').one()}\n"
            f"- {c.full(b)}, pasaporte {c.passport(b)}, {nb} el {c.dob('dmy/', b)}, móvil {c.phone(b)}\n"
            f"Entrada hoy, salida el domingo, hab. {c.ri(10, 40)}.")


@T("personal_restaurant", "es_reserva_whatsapp", 1, case="lower", lang="es")
def _(c):
    g, h = c.p("es"), c.p("es", g="f")
    return (f"me ayudas a contestar este whatsapp? que sí hay mesa el sábado a las 21:30 para 8 pero en la terraza, y que la paella hay que encargarla antes\n\n"
            f"\"hola buenas!! soy {c.full(g)}, quería reservar para el sábado para 8, es el cumple de mi hermana {c.first(h)}. "
            f"mi móvil es el {c.phone(g, cc='es')}. tenéis algo?? gracias!!\"")


@T("clean_menu", "es_carta_platos", 2, lang="es")
def _(c):
    d = c.pick("d", ["- Ensaladilla rusa\n- Huevos rotos con jamón\n- Pulpo a feira\n- Solomillo Wellington\n- Tarta de Santiago",
                     "- Croquetas de la abuela\n- Ensalada César\n- Bacalao al pil-pil\n- Pizza Margarita (para los peques)\n- Pionono de Santa Fe"])
    barrio = c.pick("b", ["Lavapiés", "Triana"])
    return (f"Necesito descripciones cortas (máx. 12 palabras) para la carta nueva, tono cercano:\n{d}\n"
            f"Y una frase para la portada que diga que somos de {barrio} de toda la vida.")


@T("clean_social", "es_post_feria", 1, lang="es")
def _(c):
    return ("Escríbeme un post para Instagram anunciando que este año tenemos caseta en la Feria de Abril. Menciona el rebujito, "
            "que en la playlist suenan Rosalía y Camarón, y que el domingo hay tablao. Nada de hashtags raros, porfa.")


# --- French ----------------------------------------------------------------------------------
@T("personal_hotel", "fr_reponse_avis_booking", 2, lang="fr")
def _(c):
    g, s = c.p("fr"), c.p()
    port = c.pick("p", ["du Vieux-Port", "de la place Bellecour"])
    return (f"Tu peux m'aider à répondre à cet avis Booking ? On veut rester pro, s'excuser pour le petit-déj et remercier pour "
            f"le compliment sur {c.first(s)}.\n\n« Séjour correct mais… » — {c.full(g)}, note 6,8\n"
            f"« Chambre propre, super bien située à deux pas {port}. Par contre le petit-déj à 19 € avec des croissants industriels, "
            f"non. Mention spéciale à {c.first(s)} à la réception, adorable. »")


@T("personal_events", "fr_etiquettes_invites", 1, lang="fr")
def _(c):
    rows = []
    for _ in range(4):
        g = c.p(("fr", ""))
        rows.append(f"{P(g.given + ' ' + g.family.upper()) if g.family else P(g.given)} — {c.email(g)}")
    return ("Voici la liste des invités pour le cocktail de lancement jeudi au Café de Flore (privatisé). Tu peux me préparer les "
            "étiquettes nominatives au format Prénom NOM et un petit mail de rappel ?\n\n" + "\n".join(rows) + "\n\nMerci !")


@T("clean_press", "fr_communique_relecture", 2, lang="fr")
def _(c):
    x = c.pick("x", ["Le Negresco et la Maison Auer s'associent pour un goûter en hommage à Auguste Escoffier, servi tout l'été sur la Promenade des Anglais",
                     "L'hôtel Plaza Athénée lance un menu Marie-Antoinette avec Ladurée, servi dans la Galerie des Gobelins jusqu'à fin septembre"])
    return (f"Tu peux relire et raccourcir ce communiqué (1 000 signes max) ? On garde la citation entre crochets pour validation.\n\n"
            f"« {x}. [Citation du directeur général à valider] Réservations sur le site de l'hôtel. »")


@T("clean_travel", "fr_itineraire_provence", 1, lang="fr")
def _(c):
    return ("Propose un itinéraire de 5 jours en Provence pour un groupe de seniors : Avignon et le Palais des Papes, le pont du Gard, "
            "Gordes, les lavandes du plateau de Valensole et Aix-en-Provence sur les traces de Cézanne. Pas plus de 2 h de car par jour.")


# --- German ----------------------------------------------------------------------------------
@T("personal_retail", "de_reklamation_delle", 2, lang="de")
def _(c):
    g = c.p("de")
    a = c.addr(g)
    item = c.pick("i", ["WMF-Topf", "Le-Creuset-Bräter"])
    return (f"Kannst du mir eine Antwort auf diese Reklamation formulieren? Ersatz geht heute raus, Rücksendeetikett liegt bei.\n\n"
            f"> Sehr geehrte Damen und Herren,\n> leider ist der bestellte {item} (Bestellnr. {c.ri(300, 399)}-{c.ri(1000, 9999)}) mit einer Delle "
            f"angekommen. Ich hätte gerne Ersatz, keinen Gutschein.\n> Mit freundlichen Grüßen\n> {c.full(g)}\n"
            f"{a.block('> ')}\n> Tel. {c.phone(g)}")


@T("personal_events", "de_gaesteliste_weihnachtsfeier", 1, lang="de")
def _(c):
    a, b, d, e, f = c.p("de"), c.p("de"), c.p(), c.p("de"), c.p()
    return (f"Gästeliste für die Weihnachtsfeier im Hotel Adlon – bitte alphabetisch nach Nachnamen sortieren und Unverträglichkeiten markieren:\n\n"
            f"{c.full(a)} (vegetarisch)\n{c.title(b, 'de')} + Begleitung\nDr. {c.full(d)}\n{c.full(e)} (Laktose)\n"
            f"{c.first(f)} aus der Buchhaltung (kommt später)")


@T("clean_campaign", "de_newsletter_teaser", 2, lang="de")
def _(c):
    x = c.pick("x", ["unsere Oktoberfest-Aktion: Weißwurstfrühstück mit Brezn und Paulaner, dazu verlosen wir zwei Plätze im Käfer-Zelt",
                     "den Adventsmarkt im Innenhof: Glühwein, Dresdner Christstollen und Nürnberger Lebkuchen, samstags mit Bläserquartett"])
    return (f"Schreib mir einen Newsletter-Teaser (max. 80 Wörter) für {x}. Anrede: „Liebe*r {{{{vorname}}}}“. "
            f"Bitte ohne Ausrufezeichen-Gewitter.")


@T("clean_menu", "de_speisekarte_englisch", 1, lang="de")
def _(c):
    return ("Kannst du die Karte ins Englische übersetzen? Wiener Schnitzel, Kaiserschmarrn, Sachertorte mit Schlag, Tafelspitz, "
            "Frankfurter Kranz, Hugo. Namen, die Touristen kennen, bitte auf Deutsch lassen.")


# --- Italian ---------------------------------------------------------------------------------
@T("personal_hotel", "it_schedina_alloggiati", 2, lang="it")
def _(c):
    a, b = c.p("it"), c.p()
    na = "nata" if a.g == "f" else "nato"
    nb = "nata" if b.g == "f" else "nato"
    t = c.addr(cc="it").town
    prep = "ad" if t[0] in "Aa" else "a"
    return (f"Mi prepari i dati per la schedina di Alloggiati Web? Arrivo oggi, 3 notti, camera {c.ri(1, 30)}.\n\n"
            f"Ospite 1: {c.full(a)}, {na} {prep} {L(t)} il {c.dob('dmy/', a)}, carta d'identità {c.carta()}\n"
            f"Ospite 2: {c.full(b)}, {nb} il {c.dob('dmy/', b)}, passaporto {c.passport(b)}\n"
            f"Cell. di riferimento: {c.phone(a, cc='it')}")


@T("personal_events", "it_tableau_matrimonio", 1, lang="it")
def _(c):
    s1, s2 = c.p("it"), c.p()
    x, y, n = c.p("it"), c.p("it"), c.p("it", g="f")
    o = [c.full(c.p(("it", ""))) for _ in range(4)]
    return (f"Ciao! Mi aiuti con il tableau de mariage per il matrimonio di {c.first(s1)} e {c.first(s2)} a Villa Balbiano? I tavoli "
            f"hanno nomi di vini (Barolo, Brunello, Amarone, Franciacorta). Regole: {c.full(x)} e {c.full(y)} non allo stesso tavolo, "
            f"la nonna ({c.full(n)}) vicino agli sposi.\nInvitati da sistemare: " + ", ".join(o) + ".")


@T("clean_menu", "it_menu_degustazione", 2, lang="it")
def _(c):
    m = c.pick("m", ["1. Carpaccio di Fassona\n2. Spaghetti alla Nerano\n3. Fettuccine Alfredo (per gli americani, lo so…)\n4. Tiramisù",
                     "1. Vitello tonnato\n2. Pasta alla Norma\n3. Saltimbocca alla romana\n4. Zuppa inglese"])
    return (f"Scrivimi le descrizioni per il menù degustazione, stile elegante ma non pomposo:\n{m}\n"
            f"Aggiungi due righe sull'origine dei nomi, se c'è una storia (Harry's Bar, Bellini, ecc.).")


@T("clean_social", "it_caption_margherita", 1, lang="it")
def _(c):
    return ("Mi scrivi una caption per Instagram? Foto della nostra Margherita con il Vesuvio sullo sfondo. Vorrei citare la regina "
            "Margherita e il fatto che siamo a due passi da via dei Tribunali. Max 3 righe + 5 hashtag.")


# --- Portuguese ------------------------------------------------------------------------------
@T("personal_retail", "pt_morada_nova", 2, lang="pt")
def _(c):
    g = c.p("pt")
    a = c.addr(g)
    if g.cc == "br":
        return (f"Pode me ajudar a escrever uma resposta simpática pra essa cliente? O pedido foi pro endereço antigo e os Correios "
                f"devolveram. Vamos reenviar sem custo.\n\nCliente: {c.full(g)}\nE-mail: {c.email(g)}\nEndereço novo: {a.one()}\n"
                f"Celular: {c.phone(g)}")
    return (f"Podes escrever uma resposta simpática a esta cliente? A encomenda foi para a morada antiga e os CTT devolveram. "
            f"Reenviamos sem custos.\n\nCliente: {c.full(g)}\nEmail: {c.email(g)}\nMorada nova: {a.one()}\nTelemóvel: {c.phone(g)}")


@T("personal_travel", "pt_transfer_motorista", 1, case="lower", lang="pt")
def _(c):
    g = c.p("pt", g="f", cc="br")
    return (f"oi, me ajuda a escrever uma msg pro motorista? buscar {c.full(g)} e família no aeroporto de confins dia 12 às 15h, "
            f"voo da azul, celular dela {c.phone(g, cc='br')}, levar até a pousada em tiradentes. ela pediu cadeirinha pro bebê")


@T("clean_travel", "pt_roteiro_grupo", 2, lang="pt")
def _(c):
    x = c.pick("x", ["Monta um roteiro de 4 dias em Lisboa para um grupo de estudantes: Torre de Belém, Mosteiro dos Jerónimos, "
                     "pastéis de nata, elétrico 28, Alfama ao fim da tarde com fado (Amália Rodrigues, claro) e um dia em Sintra no "
                     "Palácio da Pena. Orçamento apertado.",
                     "Monta um roteiro de 3 dias no Rio pra um grupo da terceira idade: Cristo Redentor, Pão de Açúcar, Escadaria "
                     "Selarón, um jogo no Maracanã e uma roda de samba na Pedra do Sal. Nada muito puxado."])
    return x


@T("clean_campaign", "pt_slogans_verao", 1, lang="pt")
def _(c):
    return ("Preciso de três slogans pra campanha de verão da nossa marca de chinelos. Nada que lembre as Havaianas nem a Melissa. "
            "Tom leve, pode brincar com o Carnaval e com \"País Tropical\" do Jorge Ben Jor.")


# --- Dutch -----------------------------------------------------------------------------------
@T("personal_retail", "nl_pakket_niet_ontvangen", 2, lang="nl")
def _(c):
    g = c.p("nl")
    a = c.addr(g)
    return (f"Kun je een nette reactie schrijven op deze klacht? Volgens PostNL is het pakket bezorgd, maar de klant heeft niks ontvangen.\n\n"
            f"Van: {c.full(g)} <{c.email(g)}>\n\"Hoi, mijn bestelling (#NL-{c.ri(50000, 59999)}) zou dinsdag komen maar er is niks "
            f"bezorgd op {a.one()}. De buren hebben ook niks. Bel me even op {c.phone(g)}. Groetjes, {c.first(g)}\"")


@T("personal_restaurant", "nl_bevestiging_reservering", 1, lang="nl")
def _(c):
    g, k = c.p("nl", g="f"), c.p("nl")
    return (f"Maak hier een bevestigingsmail van voor de reservering: zaterdag 19:00, 6 personen, op naam van {c.full(g)}, "
            f"tel {c.phone(g, cc='nl')}. Eén persoon heeft een notenallergie ({c.first(k)}), ze vieren de 60e verjaardag van haar vader.")


@T("clean_events", "nl_aankondiging", 2, lang="nl")
def _(c):
    x = c.pick("x", ["ons Koningsdag-feest op het terras: DJ, oranjebitter, tompoucen, en we zenden de Grand Prix van Max "
                     "Verstappen uit op het grote scherm",
                     "onze avond tijdens de Dutch Design Week in Eindhoven, met een lezing over Piet Hein Eek en hapjes van Bakkerij Van Maanen"])
    return f"Kun je een aankondiging schrijven voor {x}? Max 100 woorden, luchtig, met één call-to-action."


@T("clean_social", "nl_captions_stroopwafel", 1, case="lower", lang="nl")
def _(c):
    return ("kun je 3 captions maken voor onze stroopwafel-post? iets met 'beter dan die van de albert heijn' maar zonder dat het "
            "gemeen klinkt. en eentje met een knipoog naar sinterklaas")


# --- Polish ----------------------------------------------------------------------------------
@T("personal_events", "pl_lista_ubezpieczenie", 2, lang="pl")
def _(c):
    rows = []
    for _ in range(3):
        g = c.p("pl")
        d = c.dob("dmy.", g)
        rows.append(f"{c.full(g)} – ur. {d}, PESEL {c.pesel()}, tel. {c.phone(g, cc='pl')}")
    dest = c.pick("d", ["Zakopanego", "Karpacza"])
    return (f"Potrzebuję listy do ubezpieczenia na wyjazd integracyjny do {dest}. Zrób tabelkę: imię i nazwisko, data urodzenia, "
            f"PESEL, telefon. Sprawdź, czy nikt się nie powtarza.\n\n" + "\n".join(rows))


@T("personal_retail", "pl_reklamacja_buty", 1, lang="pl")
def _(c):
    g = c.p("pl", g="f")
    a = c.addr(g, cc="pl")
    return (f"Klientka napisała reklamację, pomóż odpisać (uprzejmie, proponujemy wymianę albo zwrot pieniędzy):\n\n"
            f"\"Dzień dobry, zamówiłam botki w rozmiarze 38, a przyszły 39. Proszę o wymianę. Kontakt: {c.phone(g, cc='pl')}. "
            f"{c.full(g)}, {a.one()}\"")


@T("clean_travel", "pl_opis_wycieczki", 2, lang="pl")
def _(c):
    x = c.pick("x", ["„Śladami Chopina”: Żelazowa Wola, Łazienki Królewskie z pomnikiem Chopina, Muzeum Fryderyka Chopina i koncert w Pałacu Ostrogskich",
                     "„Gdańsk w jeden dzień”: Żuraw, Długi Targ z Fontanną Neptuna, Westerplatte i Europejskie Centrum Solidarności"])
    return f"Napisz opis wycieczki {x}. Maks. 120 słów, ciepło, ale bez patosu."


@T("clean_social", "pl_post_mecz", 1, lang="pl")
def _(c):
    return ("Potrzebuję posta na FB: w piątek mecz Polski, u nas pierogi ruskie i Żywiec w promocji, kibicujemy Lewandowskiemu. "
            "Coś zabawnego, bez wulgaryzmów i bez logo PZPN.")


# --- Turkish ---------------------------------------------------------------------------------
@T("personal_hotel", "tr_kbs_kayit", 2, lang="tr")
def _(c):
    a, b = c.p("tr"), c.p("tr")
    return (f"Bu misafirlerin KBS kaydı için bilgileri düzenler misin? Tablo olsun: ad soyad, TC kimlik no, doğum tarihi, telefon.\n\n"
            f"1) {c.full(a)} – TC {c.tckn()} – d.t. {c.dob('dmy.', a)} – {c.phone(a, cc='tr')}\n"
            f"2) {c.full(b)} – TC {c.tckn()} – {c.dob('dmy.', b)}\n"
            f"Oda {c.ri(101, 320)}, giriş 12.07, çıkış 15.07")


@T("personal_restaurant", "tr_yorum_cevap", 1, case="lower", lang="tr")
def _(c):
    g, s = c.p("tr"), c.p("tr")
    return (f"şu google yorumuna kibar bir cevap yazar mısın, yorumu yazan {c.full(g)}: \"iskender soğuk geldi, garson {c.first(s)} "
            f"ilgisizdi, 45 dk bekledik. bursa'daki gibi değil\" özür dileyelim ama {c.first(s)}'{tr_acc(s.call)} {'da' if tr_acc(s.call)[-1] in 'ıu' else 'de'} korumak istiyorum")


@T("clean_menu", "tr_menu_ingilizce", 2, lang="tr")
def _(c):
    x = c.pick("x", ["İskender kebap, Hünkâr beğendi, İmam bayıldı, Adana kebap, künefe",
                     "Ali Nazik, Kadınbudu köfte, Karnıyarık, mantı, Kazandibi"])
    return (f"Menümüz için İngilizce açıklamalar yazar mısın? {x}. Her biri en fazla 12 kelime olsun, isimlerin hikâyesini de "
            f"birer cümleyle ekle.")


@T("clean_campaign", "tr_bayram_kampanya", 1, lang="tr")
def _(c):
    return ("Ramazan Bayramı için Instagram kampanya metni lazım: baklava kutularında %20 indirim. Hafız Mustafa ya da Karaköy "
            "Güllüoğlu gibi durmasın, bize özgü olsun. Tarkan'ın \"Şımarık\" şarkısına gönderme yapabilirsin.")


# --- Swedish ---------------------------------------------------------------------------------
@T("personal_travel", "sv_bokningsbekraftelse", 2, lang="sv")
def _(c):
    a, b = c.p("sv"), c.p("sv")
    trip = c.pick("t", ["Inlandsbanan Östersund–Gällivare, 4 dagar", "Hurtigruten Bergen–Kirkenes, 7 nätter"])
    d = c.dob("iso", a)
    return (f"Kan du skriva en bokningsbekräftelse för den här resan? Personlig men proffsig ton.\n\n"
            f"Resenär: {c.full(a)}\nPersonnr: {c.pnr()}\nMedresenär: {c.full(b)}\nResa: {trip}\n"
            f"Mobil: {c.phone(a, cc='se')}\nE-post: {c.email(a)}\nFödd: {d}")


@T("personal_retail", "sv_kundtjanst_kanken", 1, lang="sv")
def _(c):
    g = c.p("sv", g="f")
    return (f"Hjälp mig svara kunden: {c.full(g)} ({c.email(g)}) skriver att hon fått fel färg på sin Fjällräven Kånken, "
            f"beställde Ox Red men fick Frost Green. Vi skickar rätt väska direkt och hon får behålla den andra.")


@T("clean_press", "sv_pressmeddelande", 2, lang="sv")
def _(c):
    x = c.pick("x", ["”Icehotel i Jukkasjärvi öppnar sin 35:e säsong med sviter av konstnärer från tolv länder”",
                     "”Grand Hôtel i Stockholm bjuder in till Nobelmiddagsmeny i Vinterträdgården hela december”"])
    return f"Kan du korta ner det här pressmeddelandet till 150 ord? Rubrik: {x}. Behåll citatet från vd:n som [CITAT]."


@T("clean_menu", "sv_meny_engelska", 1, lang="sv")
def _(c):
    return ("Skriv korta menybeskrivningar på engelska för: Janssons frestelse, Toast Skagen, Prinsesstårta, Wallenbergare och "
            "köttbullar med lingon. Gärna en rad om varför Wallenbergare heter så.")


# --- Indonesian ------------------------------------------------------------------------------
@T("personal_retail", "id_balasan_pesanan", 2, case="lower", lang="id")
def _(c):
    g = c.p("id")
    a = c.addr(g, cc="id")
    x = c.pick("x", ["batik tulis sama sambal bu rudy 2 botol", "kopi kintamani 3 bungkus sama pie susu"])
    return (f"tolong buatin balasan buat customer ini ya, sopan tapi santai. pesanannya {x}, udah 5 hari belum sampai\n\n"
            f"nama: {c.full(g)}\nhp: {c.phone(g, cc='id')}\nalamat: {a.one()}")


@T("personal_hotel", "id_tamu_villa", 1, lang="id")
def _(c):
    g, h = c.p("id", g="f"), c.p("id", g="m")
    return (f"Mohon bantu buat pesan WhatsApp selamat datang untuk tamu villa kami:\nNama tamu: {c.full(g)} (+ suami, {c.first(h)})\n"
            f"Check-in: Jumat\nNIK: {c.nik()}\nNo. HP: {c.phone(g, cc='id')}\nPermintaan: dekorasi bulan madu, bunga kamboja di kasur")


@T("clean_social", "id_caption_nobar", 2, lang="id")
def _(c):
    x = c.pick("x", ["promo nasi goreng kampung & es teh manis buat nobar Timnas di Piala Asia. Sebut Shin Tae-yong boleh, tapi jangan lebay",
                     "malam minggu live music, ada band cover Dewa 19 sama Sheila on 7. Tiket masuk gratis kalau pesan paket ayam geprek"])
    return f"Buatin caption IG buat {x}. Max 3 baris + hashtag ya."


@T("clean_travel", "id_paket_tur_jogja", 1, lang="id")
def _(c):
    return ("Tolong buat deskripsi paket tur 3 hari 2 malam: Candi Borobudur saat sunrise, Prambanan, Keraton Yogyakarta, Malioboro, "
            "dan makan gudeg Yu Djum. Bahasa Indonesia yang santai tapi sopan, maksimal 150 kata.")


# --- more PII-free English rows from other Englishes -------------------------------------------
@T("clean_events", "keynote_bio_public", 3)
def _(c):
    who = c.pick("w", ["Massimo Bottura (Osteria Francescana)", "José Andrés (World Central Kitchen)", "Asma Khan (Darjeeling Express)"])
    return (f"Write a 60-word bio of our closing keynote, {who}, for the printed programme. Use only things that are on the public "
            f"record, mention their restaurants and TV work, and end with the talk title \"Feeding people is hospitality\".")


@T("clean_menu", "afternoon_tea_coronation", 2)
def _(c):
    x = c.pick("x", ["Coronation chicken finger sandwiches, Victoria sponge, Battenberg, Eccles cakes, scones with Cornish clotted cream",
                     "cucumber sandwiches, Lamingtons, Anzac biscuits, pavlova bites, scones with Bundaberg ginger jam"])
    tea = c.pick("t", ["Earl Grey, Lady Grey and Darjeeling", "English Breakfast, Earl Grey and a Dilmah Ceylon"])
    return (f"Afternoon tea menu for the Mother's Day weekend. Items: {x}. Teas: {tea}. Write it nicely for a printed card, "
            f"plus a 2-line Instagram teaser.")


@T("clean_press", "award_win_release", 2)
def _(c):
    x = c.pick("x", ["Kindly draft a short press note: our homestay in Munnar has won the Tripadvisor Travellers' Choice 2024 and was "
                     "featured in Condé Nast Traveller India. Quote to come from the Managing Director (leave [QUOTE]).",
                     "Need a quick media release: our winery restaurant in the Barossa got two hats in the Good Food Guide and a nod "
                     "from Gourmet Traveller. Mention Penfolds and Henschke are our neighbours, keep it humble."])
    return x


@T("clean_travel", "shore_excursions", 2)
def _(c):
    port = c.pick("p", ["Santorini, Mykonos and Kotor on the MSC World Europa", "Penang, Phuket and Langkawi on Royal Caribbean's Spectrum of the Seas from Singapore"])
    return (f"Write short shore-excursion descriptions (40 words each) for {port}. Note which ones are suitable for limited "
            f"mobility and which need to be booked before sailing.")


@T("clean_campaign", "celebrity_collab_staff_faq", 2)
def _(c):
    x = c.pick("x", ["Feastables by MrBeast now being in our checkout aisles", "the Rare Beauty by Selena Gomez counter opening in our store"])
    return (f"Staff keep getting questions about {x}. Write a 6-question FAQ for store staff (US stores), short answers, "
            f"nothing that implies we have a deal with the celebrity themselves.")


@T("clean_templates", "birthday_template_dob_field", 2)
def _(c):
    x = c.pick("x", ["Klaviyo", "HubSpot"])
    return (f"In {x} our birthday flow uses {{{{ person.birthday }}}} / {{{{contact.date_of_birth}}}} and {{{{ first_name|default:'friend' }}}}. "
            f"Write the birthday email (subject + 50 words) and tell me how to test it with a dummy profile like Jane Doe "
            f"born 01/01/1990 without it hitting real customers.")


# =============================================================================================
# Build, check, write
# =============================================================================================
CLASS_WHAT = OrderedDict([
    ("personal_hotel", "Google and Booking review replies naming the reviewer and a receptionist, PMS arrival exports (CSV, `Surname, Given` in quotes), VIP welcome cards with home towns, guest complaint e-mails with signatures, lost property posted home, lower-case front-desk handovers, a WhatsApp chat labelled by the guest's phone, wedding rooming lists named after the couple, loyalty profiles with DOB, card numbers pasted into an e-mail; Spanish SES.Hospedajes and Italian Alloggiati Web guest registration (DNI, carta d'identità, passport, birthplace), Turkish KBS records (TC Kimlik), French Booking review, Indonesian villa welcome (NIK)"),
    ("personal_restaurant", "OpenTable/SevenRooms covers tables with allergies, private-dining enquiries, Tripadvisor replies naming the waiter and the reviewer's handle, lower-case no-show lists, staff rota messages, a sole-trader supplier paid by IBAN, gift vouchers posted home, catering delivery notes; Spanish and Turkish lower-case messages, a Dutch reservation"),
    ("personal_events", "Eventbrite exports for badges, wedding seating rules, private speakers' bios with home towns, ticket transfer chats, lower-case volunteer shift lists, a door list in CAPITALS, access-needs confirmations, lower-case gala dietary lists; French name labels (Prénom NOM), a German Christmas-party list with titles, an Italian wedding tableau, Polish trip-insurance lists with PESEL"),
    ("personal_travel", "family itineraries for named clients, ferry manifests (SURNAME / GIVEN / DOB / passport), tour confirmations, Schengen invitation letters with DOB, passport and home address, lower-case driver transfer notes, complaints naming the guide, honeymoon CRM notes; Swedish booking confirmations with personnummer, a Brazilian lower-case driver message"),
    ("personal_retail", "live-chat transcripts with address changes, one-line shipping labels, birthday-club exports with DOB, faulty-return e-mails, card numbers pasted into chat (lower case), fraud checks with IP address, lower-case breakage replies, refunds by IBAN, erasure requests; German, Portuguese/Brazilian, Dutch, Polish and Swedish complaints, Indonesian lower-case order replies"),
    ("personal_marketing", "HubSpot notes for newsletter intros, DMs to micro-creators (handle derived from the name), testimonial consent, local media lists (journalists' e-mails and mobiles), giveaway winners with shipping address, a lower-case angry DM naming a child"),
    ("clean_campaign", "taglines with celebrity briefs, launch e-mails with `*|FNAME|*`, subject lines full of brands named after people, a CAPITALS sale banner, loyalty-scheme comparisons, lower-case Google Ads asks (margherita, eggs benedict, bloody mary), brand voice guides, celebrity-brand staff FAQs; German newsletter teasers with `{{vorname}}`, Brazilian and Turkish slogans"),
    ("clean_social", "festival captions with headliners, TikTok scripts on trending songs, athlete congratulations, lower-case hashtag asks, content calendars (St Patrick's Day, King's Day, Santa Lucia), replies to comments about Gordon Ramsay and The White Lotus; Spanish Feria, Italian Margherita, Dutch lower-case stroopwafel, Polish match-day and Indonesian captions"),
    ("clean_menu", "dish descriptions (Beef Wellington, Eggs Benedict, Peach Melba, Tournedos Rossini, Chicken Kiev), cocktails named after people, French menus to translate, allergen matrices, tribute dinners to public chefs, a CAPITALS specials board, lower-case dish-origin questions, afternoon tea; Spanish, German, Italian, Turkish and Swedish menus (İskender, Ali Nazik, Wallenbergare, Janssons frestelse)"),
    ("clean_travel", "city itineraries full of landmarks, grand hotels named after people (The Ritz, Claridge's, Hotel Sacher, Adlon Kempinski), 'In the Footsteps of' tours, rail journeys, lower-case quick questions and packing lists, themed-tour FAQs, shore excursions; French, Portuguese, Polish and Indonesian tour copy"),
    ("clean_events", "agendas with public keynote speakers, festival line-ups, award entries, run-of-show at named halls, ticket tiers for tribute nights, lower-case meeting-room names after famous people, public keynote bios; Dutch announcements"),
    ("clean_templates", "booking confirmations with `{{first_name}}` and `[GUEST NAME]`, review-reply templates, Mailchimp merge tags with John/Jane Doe, dummy CSVs of sample people (Max Mustermann, Joe Bloggs, Mario Rossi, Jan Kowalski, Juan Pérez, Jean Dupont), Shopify Liquid, Zendesk macros, a birthday flow with a `date_of_birth` field and a dummy DOB"),
    ("clean_press", "opening releases with public CEOs, partnership posts, boilerplate edits, crisis holding statements, media pitches to public outlets, award-win notes from India and Australia; French and Swedish releases"),
])

LANG_NAME = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese",
             "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "sv": "Swedish", "id": "Indonesian"}


def build():
    ctx = Ctx(SEED)
    rows, texts, meta = [], set(), []
    for cls, name, n, case, lang, fn in TEMPLATES:
        for k in range(n):
            for _attempt in range(30):
                ctx.begin(name)
                text, spans = unmark(fn(ctx), case)
                if text not in texts:
                    break
            else:
                raise SystemExit(f"could not make a unique text for {name}")
            texts.add(text)
            rows.append({"id": f"{SET}-{cls}-{name}-{k}", "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": name, "locale": ""})
            meta.append((lang, case))
    return rows, meta, ctx


def check(rows):
    ids, texts = set(), set()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["locale"] == ""
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        prev = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["value"] == r["text"][s["start"]:s["end"]], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= prev, (r["id"], s)
            prev = s["end"]
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(s["value"]), s
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"]), s
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    per_tpl = Counter(r["template"] for r in rows)
    assert len(per_tpl) >= 80, len(per_tpl)
    assert max(per_tpl.values()) <= 5, per_tpl.most_common(3)
    return True


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def readme(rows, meta, ctx):
    n = len(rows)
    pers = sum(1 for r in rows if not r["class"].startswith("clean_"))
    types = Counter(s["type"] for r in rows for s in r["spans"])
    langs = Counter(m[0] for m in meta)
    lower = sum(1 for m in meta if m[1] == "lower")
    upper = sum(1 for m in meta if m[1] == "upper")
    cls_rows = Counter(r["class"] for r in rows)
    cls_tpl = Counter()
    for c_, _t in {(r["class"], r["template"]) for r in rows}:
        cls_tpl[c_] += 1
    used = [p for p in PEOPLE if id(p) in ctx.used_ids]
    cultures = sorted({p.culture for p in used})
    sha = hashlib.sha256(dump(rows).encode()).hexdigest()
    lens = [len(r["text"]) for r in rows]
    nlines = [r["text"].count("\n") + 1 for r in rows]
    table = "\n".join(f"| `{c_}` | {cls_rows[c_]} | {cls_tpl[c_]} | {w} |" for c_, w in CLASS_WHAT.items())
    lang_line = ", ".join(f"{LANG_NAME[k]} {v}" for k, v in sorted(langs.items(), key=lambda x: (-x[1], x[0])))
    type_line = ", ".join(f"{k} {v}" for k, v in sorted(types.items(), key=lambda x: -x[1]))
    return f"""# market — hand-written check set: staff of customer-facing businesses

`tune.jsonl` ({n} prompts: {pers} with personal data, {n - pers} PII-free), written by `build.py`
(Python standard library only, `SEED = {SEED}`, deterministic: two runs give the same file).

| file | sha256 |
|---|---|
| `tune.jsonl` | `{sha}` |

`tune.jsonl` may be read and tuned against: the forty-sixth round, which had it written, read it and\nfixed causes it showed, so its figures are no measure of generalisation (`eval/desk` is).

## Who wrote it, and how

A helper session acting as "the stranger" wrote it. It read only the "Format" section and class
tables of `eval/README.md`, `eval/dev/README.md` (label format) and `eval/stranger8/README.md`
(structure and labelling rules), and its own brief. It read no detection code, no training data, no
`*.jsonl` corpus and no other `build.py`; it never ran the gateway, Presidio or spaCy on this text,
and used no Faker, mimesis or other package for values: every name, street, town, postcode, phone,
date, passport and account body is typed by hand in `build.py`. E-mail local parts and social
handles are derived in code from the typed names; check digits are computed in code (card Luhn,
IBAN mod 97, Spanish DNI letter, Turkish TC Kimlik, Polish PESEL, Swedish personnummer) so the
numbers are well formed.

- **The angle**: staff of businesses that face customers — marketing and communications, events
  and conferences, hotels, restaurants, travel agencies and tour operators, venues, retail and
  e-commerce customer service, PR agencies, social media managers, event ticketing — asking an
  assistant to draft campaign copy, social posts, press releases, newsletters, menus, itineraries,
  guest replies, review responses, seating plans, speaker bios, booking confirmations,
  loyalty-member mails, influencer outreach and complaint answers, often pasting booking exports,
  guest lists (CSV, Markdown tables), CRM notes, review text and customer chats.
- **PII-free rows** are full of names a careless detector would mask: brands and chains named
  after people (Hilton, Marriott, Ritz-Carlton, Claridge's, Hotel Sacher, Adlon Kempinski, Ralph
  Lauren, Hugo Boss, Tommy Hilfiger, Calvin Klein, Jo Malone, Charlotte Tilbury, Paul Smith, Le
  Creuset), celebrities, artists and athletes (Zendaya, Pedro Pascal, Harry Styles, Dua Lipa,
  Sabrina Carpenter, Rosé, Bruno Mars, Miley Cyrus, Rosalía, Stromae, Anitta, Carlos Alcaraz, Iga
  Świątek, Max Verstappen, Lewandowski, Shin Tae-yong, Tarkan, MrBeast, Selena Gomez), public chefs
  and CEOs (Gordon Ramsay, Anthony Bourdain, Julia Child, Paul Bocuse, Massimo Bottura, José
  Andrés, Asma Khan, Brian Chesky, Christopher Nassetta, Sébastien Bazin, Glenn Fogel), festivals,
  landmarks and cities (Glastonbury, Primavera Sound, Roskilde, Feria de Abril, Koningsdag,
  Sagrada Família, Park Güell, Hagia Sophia, Anne Frank House, Palais des Papes, Borobudur, Cristo
  Redentor, Łazienki, Westerplatte), dishes, cakes and cocktails named after people or
  places (Beef Wellington, Eggs Benedict, Caesar Salad, Pizza Margherita, Peach Melba, Tournedos
  Rossini, Chicken Kiev, Crêpes Suzette, Pavlova, Lamingtons, Battenberg, Arnold Bennett omelette,
  Tom Collins, Bloody Mary, Shirley Temple, Arnold Palmer, Rob Roy, Bellini, Kir Royale, Hugo,
  Mary Pickford, Hemingway Daiquiri, Fettuccine Alfredo, Carpaccio, Sachertorte, Frankfurter Kranz,
  İskender, Ali Nazik, Hünkâr beğendi, Wallenbergare, Janssons frestelse, Tarta de Santiago,
  Pionono de Santa Fe, Sambal Bu Rudy, Gudeg Yu Djum), songs and films (Espresso, APT., Flowers,
  País Tropical, Şımarık, The White Lotus, Game of Thrones, Harry Potter, The Lord of the Rings),
  awards (Cannes Lions, Effie, Travellers' Choice, Michelin, Good Food Guide hats), placeholders
  (`{{{{first_name}}}}`, `[GUEST NAME]`, `*|FNAME|*`, `{{{{ customer.first_name }}}}`, `{{{{vorname}}}}`,
  `{{{{contact.date_of_birth}}}}`) and sample people (John Doe, Jane Doe, Max and Erika Mustermann,
  Joe Bloggs, Mario Rossi, Jan Kowalski, Juan Pérez, Jean Dupont, a dummy "Jane Doe born
  01/01/1990"), job titles and rooms named after people (the Churchill Suite, the Elgar Room).
- **Personal rows** use the same framings but name private people: guests, diners, customers,
  attendees, volunteers, passengers, reviewers, a waiter or receptionist named by first name,
  sole-trader suppliers, micro-creators, local journalists, a child named in a complaint — often
  beside public names (a guest at the Ritz-Carlton, a diner who pre-ordered Beef Wellington, a
  ticket for the Coldplay tribute night).
- **Framings**: questions and imperatives, quoted e-mails (`> `) and reviews, live-chat and
  WhatsApp transcripts (one labelled by the guest's phone number), CSV exports, JSON (a Shopify
  order, an event API payload), Markdown tables,
  bullet lists, manifests (`SURNAME / GIVEN / DOB / PASSPORT`), key-value notes (`Lead pax:`,
  `DOB:`, `IBAN:`), one line to 11 lines (text length {min(lens)}–{max(lens)} characters, up to
  {max(nlines)} lines), a few typos (`specificaly`, `Tonights`, `accesibility`, `to cheesy`).
  Lower case in {lower} rows, CAPITALS in {upper}.
- **Languages**: {lang_line} ({sum(v for k, v in langs.items() if k != 'en')} rows, {round(100 * sum(v for k, v in langs.items() if k != 'en') / n)} %, in other
  languages, each with two personal and two PII-free templates, written as natives write them:
  Spanish `nacida el`, French `Prénom NOM`, German `Frau`/`Herr`/`Dr.` before names, Italian
  `nato a … il …`, Brazilian and European Portuguese forms, Turkish `d.t.` and `TC`, Polish
  `ur.` and PESEL, Swedish `Personnr`, Indonesian lower-case shop chat). English rows come from
  the UK, Ireland, the US, India, Australia and elsewhere (`Kindly prepare…`, `can ya whip up…`,
  £, $, €).
- **Private people**: {len(PEOPLE)} typed by hand, {len(used)} used, {len(cultures)} culture tags
  among them: {", ".join(cultures)}. Name shapes: full names, given name alone (staff, partners,
  repeats), title + surname (`Ms`, `Mr`, `Frau`, `Herr`; title outside the span), surname
  alone (a wedding named `<Surname>–<Surname>`, `<Surname> x4` on a covers list, `Frau <Surname>`), surname-first names (`Wang Jiayi`, `Phạm
  Thị Thu Hà`, `Horváth Bence`, `Kiss Réka`, `Park Ji-woo`, `Chhim Sokha`), `Surname, Given` in a
  CSV cell (two spans), `SURNAME / GIVEN` in a manifest (two spans), names in CAPITALS on a card
  or a door list, lower case, mononyms (`Sulastri`, `Wahyudi`, `Thiri Hlaing`), particles (`van
  den Heuvel`, `de Boer`, `Le Bihan`, `Lo Russo`, `Dal Bosco`, `dos Santos Barbosa`, `ap Gwilym`,
  `Ó Dálaigh`, `Ní Shúilleabháin`, `binti Rosli`, `bin Othman`, `El Amrani`, `Al Ketbi`, `Te
  Whare`), double surnames (`Etxeberria Goikoetxea`, `Rivera Colón`, `Kaur Gill`), diacritics
  (Großmann, Wiśniewska-Kurek, Gąsienica-Makowski, Şahin, Yıldırım, Þórsson, Sigurðardóttir,
  Østergaard, Bērziņa, Kazlauskienė, Dvořáková, Đỗ), names that are words (Rosie Bell, Hope
  Whitfield, Bernard Cross, Dawn Sterling, Summer Hayes, Ivy Holloway, Kevin Sommer, Valentina
  Koch, Linnea Ek, Agnieszka Sowa, Deniz Yıldırım, Umut Kaya, Rosario Paz Blanco, Ilaria Fontana,
  Mart Saar, Réka Kiss, Ji-woo Park), and handles derived from a name (`given.family`,
  `givenfamily_`, `given_f`, `given.f.eats`, `givenfamilytravels`, `given.in.family`).
- **Values typed by hand**: {len(ADDRS)} home addresses in their country's layout, mostly in real
  small towns, of {len({a.cc for a in ADDRS})} countries (Kirkcudbright, Westport, Stowe VT, Baie-Saint-Paul, Daylesford,
  Coromandel, Riquewihr, Dinkelsbühl, Hallstatt, Murten, Amalfi, Albarracín, Óbidos, Tiradentes,
  Giethoorn, Kościerzyna, Český Krumlov, Visby, Røros, Ærøskøbing, Rauma, Bodrum, Ubud, Puducherry,
  San Miguel de Allende, Villa de Leyva, Franschhoek, Takayama, Tagaytay, Ermoupoli, Rovinj,
  Malindi…; some streets carry people's names: `17 avenue Victor Hugo`, `Via Giuseppe Garibaldi
  22`, `ul. Mickiewicza 3`, `Atatürk Cad. No: 18`, `Calle Hidalgo 34`), {len(PHONES)} phones in
  national formats of {len({p[0] for p in PHONES})} countries (a few with `+44`, `+62`, `+91`), {len(DOBS)} dates of birth written
  in the writer's style (`14/03/1988`, `1988-03-14`, `14.03.1988`, `14 March 1988`), cards,
  IBANs (ES, DE, NL, IT, FR, PL, PT, IE, BE, TR, GB), Spanish DNI, Italian carta d'identità,
  passports of 20 countries, Turkish TC Kimlik, Polish PESEL (matching the DOB beside it),
  Swedish personnummer, Indonesian NIK, customers' IP addresses (one IPv6). People, addresses,
  phones and dates are drawn least-used first (ties broken by the seeded RNG), never twice in one
  row.

## Labels

`{{"start","end","type","value"}}` with `value == text[start:end]`; templates write `⟦TYPE|value⟧`
markers and `unmark()` computes the offsets (a lower-case or CAPITALS row is cased piece by piece,
so the offsets stay right). `check()` asserts slices, sorted non-overlapping spans, no empty or
padded values, allowed types, unique ids and texts, no spans in `clean_` rows, at least one span in
every other row, Luhn-valid cards and mod-97-valid IBANs, at least 80 templates and none used more
than 5 times. Row fields: `id` (`{SET}-<class>-<template>-<n>`), `text`, `spans`, `source`
(`{SOURCE}`), `class`, `template`, `locale` (`""` in every row).

- PERSON: one span per contiguous name (given + family together, surname-first names whole,
  particles inside); given name alone, surname alone, in any case; a name in CAPITALS on a card;
  a handle derived from a name (the `@` outside the span). A title (`Ms`, `Mr`, `Dr.`, `Frau`,
  `Herr`) is outside the span, and so is a suffix after an apostrophe (Turkish `'yı`, `'i`). `Surname, Given` and `SURNAME / GIVEN` are two spans. Every mention is labelled,
  including repeats and staff named by first name (receptionist, waiter, guide, agent). Local
  journalists and micro-creators are private people here.
- EMAIL_ADDRESS, PHONE_NUMBER, IP_ADDRESS, CREDIT_CARD, IBAN_CODE: as written, one span.
- LOCATION: parts of a private person's home address, each its own span — street line with its
  number (`Hauptstraße 22`, `Rua Direita, 88`, `Atatürk Cad. No: 18`), house name (`Ty Gwyn`),
  flat/unit (`Flat 2`, `apto 302`, `lgh 1102`, `D: 4`, `bus 2`, `3º dcha.`), neighbourhood
  (`Col. Centro`, `Kaleiçi Mah.`, `Brgy. San Isidro`, `White Town`), town, postcode (`CEP 36325-000`
  as written), region or state (`VT`, `Co. Mayo`, `SI`, `MG`, `Muğla`, `Bali`); a home town alone
  ("from Totnes", "based in Rauma", "Lives: Westport") and a birthplace in a registration
  (`nato a …`, `nata ad …`). Not labelled: venues, hotels, landmarks, destinations, airports and cities
  in general talk ("the villa in Carvoeiro", "a freight forwarder in Miami", "Bristol Evening Post").
- DATE_OF_BIRTH: a date given as someone's date of birth, the date alone. Stay dates, arrival
  days and a placeholder DOB (`Jane Doe born 01/01/1990`) are not labelled.
- NATIONAL_ID: passport numbers, Spanish DNI, Italian carta d'identità, Turkish TC Kimlik, Polish
  PESEL, Swedish personnummer, Indonesian NIK.
- Not labelled: public figures, celebrities, athletes, chefs, CEOs, artists, characters, sample
  people and placeholders; brands, chains, hotels, restaurants, products, apps and software;
  dishes, cocktails, rooms and awards named after people; booking references, order numbers,
  room numbers, prices, role mailboxes at `example.*`.

## Classes

| class | rows | templates | what |
|---|---:|---:|---|
{table}

Rows: {n} ({pers} personal, {n - pers} PII-free); {len({r['template'] for r in rows})} distinct templates, at most
{max(Counter(r['template'] for r in rows).values())} rows a template ({sum(1 for t, k in Counter(r['template'] for r in rows).items() if k == 1)} templates with one row).
Spans: {type_line}.

## Rebuilding

```sh
python3 build.py           # rewrites tune.jsonl and README.md, prints counts and sha256
python3 build.py --check   # rebuilds in memory: "unchanged" (exit 0) or "differs" (exit 1)
```

## Licence

Written for this project. All private values were invented by hand; any resemblance to real people
is coincidental. Towns are real small places, but the street numbers, phone numbers, e-mail
addresses, card and account numbers and identity numbers that go with them were made up. Public
figures, brands, venues, works and places are named only as things these staff write about.
"""


def main():
    rows, meta, ctx = build()
    check(rows)
    data = dump(rows)
    text = readme(rows, meta, ctx)
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data and README.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'unchanged' if same else 'differs from a fresh build'}")
        sys.exit(0 if same else 1)
    OUT.write_text(data, encoding="utf-8")
    README.write_text(text, encoding="utf-8")
    pers = sum(1 for r in rows if not r["class"].startswith("clean_"))
    print(f"rows {len(rows)}: personal {pers}, PII-free {len(rows) - pers}; templates {len({r['template'] for r in rows})}")
    for cls, k in sorted(Counter(r["class"] for r in rows).items()):
        print(f"  {cls:22s} {k}")
    print("spans:", dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    print("languages:", dict(Counter(m[0] for m in meta).most_common()))
    print("lower:", sum(1 for m in meta if m[1] == "lower"), "upper:", sum(1 for m in meta if m[1] == "upper"))
    print("cultures used:", len([c for c in ctx.used_people if ctx.used_people[c]]))
    print("sha256", hashlib.sha256(data.encode()).hexdigest())



# --- JSON pasted from tools ------------------------------------------------------------------
SIMPLE_ADDR = [a for a in ADDRS if len(re.findall(r"\{[^}]*\}", a.raw)) == 3]


@T("personal_retail", "shopify_order_json", 2)
def _(c):
    g = c.p()
    a = c.ch(SIMPLE_ADDR) if c.home(g) not in {x.cc for x in SIMPLE_ADDR} else c.ch([x for x in SIMPLE_ADDR if x.cc == c.home(g)])
    parts = re.findall(r"\{([^}]*)\}", a.raw)
    street, town = parts[0], a.town
    pc = [x for x in parts[1:] if x != town][0]
    item = c.pick("i", ["Aesop Resurrection hand wash x2", "Birkenstock Arizona EVA, size 39"])
    return (f"Write the 'sorry, your order is delayed' email for this order, pull the name and items from the JSON, "
            f"don't promise a date.\n\n"
            f"{{\n  \"id\": 5{c.ri(100000000, 999999999)},\n  \"customer\": {{\n    \"first_name\": \"{P(g.given)}\",\n"
            f"    \"last_name\": \"{P(g.family or g.given)}\",\n    \"email\": \"{c.email(g)}\",\n    \"phone\": \"{c.phone(g, cc=a.cc)}\"\n  }},\n"
            f"  \"shipping_address\": {{\n    \"address1\": \"{L(street)}\",\n    \"city\": \"{L(town)}\",\n    \"zip\": \"{L(pc)}\"\n  }},\n"
            f"  \"line_items\": [{{\"title\": \"{item}\"}}],\n  \"fulfillment_status\": null\n}}")


@T("clean_events", "event_api_json_public", 2)
def _(c):
    ev, sp = c.pick("e", [("ITB Berlin side event: Future of Hotels", '[{"name": "Brian Chesky", "company": "Airbnb"}, {"name": "Christopher Nassetta", "company": "Hilton"}]'),
                          ("Web Summit Lisbon night session", '[{"name": "Arianna Huffington", "company": "Thrive Global"}, {"name": "Rick Steves", "company": "Rick Steves\' Europe"}]')])
    return (f"Our agenda page pulls from this Bizzabo JSON. Write a 40-word session description for it and tell me why "
            f"{{{{attendee.first_name}}}} shows up literally in the confirmation email.\n\n"
            f"{{\n  \"session\": \"{ev}\",\n  \"speakers\": {sp},\n  \"room\": \"Hall 7.2\",\n"
            f"  \"confirmation_greeting\": \"Hi {{{{attendee.first_name}}}}, see you there!\"\n}}")


if __name__ == "__main__":
    main()
