"""Build the telecom hand-made check set (holdout.jsonl).

Prompts that staff and customers of telecom operators, ISPs, cable and MVNO brands send to an
AI assistant. Every private value below was typed by hand; check digits were worked out once in a
scratch session and typed in as literals. Standard library only; deterministic.

    python build.py           # writes holdout.jsonl and prints counts
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

SEED = 57311
SET = "telecom"
OUT = Path(__file__).with_name("holdout.jsonl")
SOURCE = "eval/telecom/build.py"

TYPES = {
    "P": "PERSON", "L": "LOCATION", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "IP": "IP_ADDRESS",
    "CC": "CREDIT_CARD", "IBAN": "IBAN_CODE", "DOB": "DATE_OF_BIRTH", "ID": "NATIONAL_ID",
    "SSN": "US_SSN", "MRN": "MEDICAL_RECORD_NUMBER",
}
ALLOWED = set(TYPES.values())
MARK = re.compile(r"⟦([A-Z]+)\|([^⟦⟧|]+)⟧")


def unmark(marked, case=None):
    """Turn ⟦T|value⟧ markers into text and spans; case each piece on its own."""
    def cased(s):
        if case == "lower":
            return s.lower()
        if case == "upper":
            return s.upper()
        return s

    out, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(marked):
        before = cased(marked[last:m.start()])
        out.append(before)
        pos += len(before)
        value = cased(m.group(2))
        spans.append({"start": pos, "end": pos + len(value), "type": TYPES[m.group(1)], "value": value})
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(cased(marked[last:]))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked
    return text, spans


# ---------------------------------------------------------------- marker helpers
def P(x):
    return f"⟦P|{x}⟧"


def L(x):
    return f"⟦L|{x}⟧"


def T(x):
    return f"⟦T|{x}⟧"


def E(x):
    return f"⟦E|{x}⟧"


def IP(x):
    return f"⟦IP|{x}⟧"


def DOB(x):
    return f"⟦DOB|{x}⟧"


def NID(x):
    return f"⟦ID|{x}⟧"


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ð", "d").replace("þ", "th")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-")).lower()


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, sex, given, family, tag, order=""):
        self.sex, self.given, self.family, self.tag, self.order = sex, given, family, tag, order

    @property
    def full(self):
        if self.order == "cjk":
            return self.family + self.given
        if self.order == "sf":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def western(self):
        """Given name first, as the person signs in English."""
        if self.order == "cjk":
            return self.full
        return f"{self.given} {self.family}"

    def __repr__(self):
        return f"Person({self.full})"


def people(block):
    out = []
    for line in block.strip().splitlines():
        parts = [p.strip() for p in line.split(";")]
        out.append(Person(*parts))
    return out


PEOPLE = {
    "en": people("""
f;Hope;Marsh;English
m;Rowan;Fairclough;English
f;Bethan;Llewelyn-Rees;Welsh
m;Callum;MacInnes;Scottish
f;Siobhán;Ní Chonaill;Irish
m;Cathal;Ó Braonáin;Irish
f;Amber;Stone;English
m;Chris;Evans;Welsh
f;Dawn;Shepherd;English
m;Tyrone;Beckford;Jamaican
f;Keisha;Lamont;African American
m;DeShawn;Whitaker;African American
f;Brooke;Kowalczyk;US Polish
m;Hunter;Wolfe;US
f;Mere;Te Huia;Māori
m;Tama;Rangihuna;Māori
f;Kylie;Pennington;Australian
m;Adebayo;Okonkwo-Bello;Yoruba
f;Chidinma;Eze;Igbo
m;Kwame;Asante;Akan
f;Wanjiru;Kamau;Kikuyu
m;Abdirahman;Warsame;Somali
f;Thandeka;Mthembu;Zulu
m;Pieter;van der Merwe;Afrikaans
f;Priyanka;Raghunathan;Tamil
m;Harjit;Singh Dhillon;Punjabi
f;Nusrat;Jahan;Bangladeshi
m;Imran;Qureshi;Urdu
f;Mei Ling;Chan;Cantonese
m;Joel;Dela Cruz;Filipino
f;Grace;Oyelaran;Yoruba
m;Will;Mason;English
f;Robin;Fisher;English
m;Faisal;Al-Harbi;Saudi
f;Gwen;Pryce;Welsh
m;Ravi;Venkataraman;Tamil
f;Summer;Brooks;US
m;Lachlan;Buchanan;Scottish
f;Ngozi;Adeyemi-Clarke;Yoruba
m;Dilshan;Wickramasinghe;Sinhala
m;Jack;White;English
f;Tui;Faleolo;Samoan
m;Mose;Tupou;Tongan
f;Fatima;Begum;Bangladeshi
m;Mark;Price;English
m;Oluwaseun;Bakare;Yoruba
f;Precious;Ndlovu;Ndebele
"""),
    "de": people("""
f;Heike;Winter;German
m;Tobias;Fuchs;German
f;Sabine;Brüggemann;German
m;Jürgen;Weißhaupt;German
f;Zeynep;Aksoy;Turkish German
m;Dariusz;Nowicki;Polish German
f;Johanna;Pichler;Austrian
m;Reto;Schnyder;Swiss
m;Konstantin;Wiebe;Russian German
f;Ursula;von Hagen;German
m;Ole;Petersen;German
f;Lea;Hofstetter;Swiss
"""),
    "fr": people("""
f;Laetitia;Vandenbroucke;Belgian
m;Yannick;Le Bihan;Breton
f;Nadia;Benali;Algerian
m;Mamadou;Diallo;Senegalese
f;Geneviève;Tremblay;Québécois
m;Thibault;Garnier;French
f;Maëlle;Rousseau;French
m;Karim;Haddad;Lebanese
f;Aurélie;Fontaine;French
m;Jean-Baptiste;Mbarga;Cameroonian
"""),
    "es": people("""
f;Dolores;Pastor Quiroga;Spanish
m;Iñaki;Etxeberria;Basque
f;Montserrat;Puig i Soler;Catalan
m;Xosé;Castro Lema;Galician
f;Esperanza;Montoya;Colombian
m;Luis Alberto;Quispe Mamani;Quechua
f;Valentina;Sepúlveda;Chilean
m;Rodrigo;Aguirre Benítez;Argentine
f;Guadalupe;Hernández Ríos;Mexican
m;Jesús;Ramírez Olvera;Mexican
f;Rocío;Gallardo;Spanish
m;Santiago;Restrepo;Colombian
"""),
    "it": people("""
f;Carmela;Scognamiglio;Neapolitan
m;Salvatore;Cusumano;Sicilian
f;Chiara;Bonfanti;Lombard
m;Gavino;Pinna;Sardinian
f;Francesca;Lo Monaco;Sicilian
m;Marco;Bellandi;Tuscan
"""),
    "pt": people("""
f;Beatriz;Sousa Lima;Portuguese
m;Rui;Carvalhais;Portuguese
f;Adriana;dos Santos Ferreira;Brazilian
m;Wellington;Barbosa;Brazilian
f;Jéssica;Nogueira;Brazilian
m;Edson;Tavares;Cape Verdean
m;Thiago;Albuquerque;Brazilian
m;Cristiano;Magalhães;Portuguese
m;Fábio;Gonçalves;Portuguese
f;Luana;Figueiredo;Brazilian
"""),
    "pl": people("""
f;Agnieszka;Wróblewska;Polish
m;Grzegorz;Wilk;Polish
f;Halina;Sowa;Polish
m;Przemysław;Szczęsny;Polish
f;Katarzyna;Dąbrowska;Polish
m;Zbigniew;Kaczmarek;Polish
f;Małgorzata;Pietrzyk;Polish
"""),
    "nl": people("""
f;Femke;de Boer;Dutch
m;Sem;van den Heuvel;Dutch
f;Naima;El Khattabi;Moroccan Dutch
m;Wouter;Claes;Flemish
f;Anouk;Jansen;Dutch
"""),
    "tr": people("""
f;Ayşe;Kaplan;Turkish
m;Mehmet Emin;Yıldız;Turkish
f;Derya;Şahin;Turkish
m;Baran;Demir;Kurdish
f;Elif;Çelik;Turkish
"""),
    "ru": people("""
m;Дмитрий Андреевич;Соколов;Russian;sf
f;Ольга;Белоусова;Russian
m;Ринат;Хайруллин;Tatar
f;Алина;Ким;Korean Russian
"""),
    "uk": people("""
f;Оксана;Ткачук;Ukrainian
m;Богдан;Мельничук;Ukrainian
f;Ірина Петрівна;Гнатюк;Ukrainian;sf
m;Тарас;Литвиненко;Ukrainian
"""),
    "el": people("""
f;Ελένη;Παπαδημητρίου;Greek
m;Νικόλαος;Καραγιάννης;Greek
f;Δέσποινα;Μαυρίδου;Greek
"""),
    "ar": people("""
m;يوسف;العمري;Jordanian
f;فاطمة الزهراء;بنعلي;Moroccan
m;أحمد;الشامسي;Emirati
f;ريم;حداد;Lebanese
m;محمود;عبد الفتاح;Egyptian
f;نور;الجبوري;Iraqi
"""),
    "he": people("""
f;מיכל;אברהמי;Israeli
m;יונתן;בן-דוד;Israeli
f;רבקה;שטרן;Israeli
m;אבי;מזרחי;Mizrahi
"""),
    "zh": people("""
f;秀英;黄;Chinese;cjk
m;建国;赵;Chinese;cjk
f;雨桐;林;Taiwanese;cjk
m;志强;陈;Chinese;cjk
f;佳怡;吴;Chinese;cjk
"""),
    "ja": people("""
f;陽菜;佐藤;Japanese;cjk
m;大輔;高橋;Japanese;cjk
f;美咲;中村;Japanese;cjk
m;翔太;渡辺;Japanese;cjk
"""),
    "ko": people("""
m;민호;최;Korean;cjk
f;서연;김;Korean;cjk
m;지훈;박;Korean;cjk
f;하은;이;Korean;cjk
"""),
    "hi": people("""
m;राजेश;कुमार;Hindi
f;सुनीता;शर्मा;Hindi
m;Arvind;Deshpande;Marathi
f;Kavya;Nair;Malayali
m;Suresh;Patel;Gujarati
f;Anjali;Bhattacharya;Bengali
m;Venkat;Reddy;Telugu
m;Gurpreet;Sandhu;Punjabi
m;Sanjay;Iyer;Tamil
f;Pooja;Agarwal;Marwari
m;Abhishek;Chatterjee;Bengali
f;Lakshmi;Krishnan;Tamil
"""),
    "th": people("""
f;สมศรี;ทองดี;Thai
m;ประเสริฐ;วงศ์สุวรรณ;Thai
f;Nattaya;Srisuk;Thai
"""),
    "vi": people("""
f;Thị Lan;Nguyễn;Vietnamese;sf
m;Văn Hùng;Trần;Vietnamese;sf
f;Ngọc Ánh;Phạm;Vietnamese;sf
m;Minh Quân;Lê;Vietnamese;sf
"""),
    "nordic": people("""
f;Ingrid;Lundqvist;Swedish
m;Ahmed;Hassan Abdi;Somali Swedish
f;Sigrid;Haugland;Norwegian
m;Mads;Kjærgaard;Danish
f;Aino;Mäkelä;Finnish
m;Ánde;Somby;Sámi
f;Guðrún;Sigurðardóttir;Icelandic
"""),
    "ce": people("""
f;Zuzana;Horáková;Czech
m;Tomáš;Procházka;Czech
f;Eszter;Szabó;Hungarian
m;Bence;Kovács;Hungarian;sf
f;Roxana;Ciobanu;Romanian
m;Costel;Pădure;Romanian
m;Milan;Jovanović;Serbian
f;Ivana;Babić;Croatian
m;Arben;Hoxha;Albanian
f;Rūta;Kazlauskienė;Lithuanian
"""),
    "sea": people("""
f;Siti Nurhaliza;binti Kamaruddin;Malay
m;Budi;Santoso;Javanese
f;Putu Ayu;Wulandari;Balinese
m;Rommel;Bautista;Filipino
f;Maricel;Villanueva;Visayan
"""),
    "fa_s": people("""
m;مهدی;کاظمی;Persian
f;نسرین;قاسمی;Persian
"""),
    "fa": people("""
m;Dariush;Rahimi;Persian
f;Shirin;Farahani;Persian
m;Rebin;Mustafa;Kurdish Sorani
"""),
}


# ---------------------------------------------------------------- addresses (own layout, real small towns)
class Addr:
    def __init__(self, cc, block, town):
        self.cc, self.block, self.town = cc, block.strip(), town

    @property
    def inline(self):
        return self.block.replace("\n", ", ")

    def __repr__(self):
        return f"Addr({self.cc}, {self.town})"


def addrs(cc, *entries):
    return [Addr(cc, b, t) for b, t in entries]


ADDRS = {
    "GB": addrs(
        "GB",
        (f"{L('Flat 1')}, {L('Old Post Office')}\n{L('High Street')}\n{L('Hay-on-Wye')}\n{L('HR3 5AE')}", "Hay-on-Wye"),
        (f"{L('17 Castle Street')}\n{L('Kirkcudbright')}\n{L('DG6 4JD')}", "Kirkcudbright"),
        (f"{L('2 Kirk Wynd')}\n{L('Portsoy')}\n{L('Banff')}\n{L('AB45 2QH')}", "Portsoy"),
        (f"{L('Ty Gwyn')}\n{L('Heol y Bont')}\n{L('Llandeilo')}\n{L('SA19 6BD')}", "Llandeilo"),
        (f"{L('Flat 7')}, {L('Harbour View')}\n{L('23 Fore Street')}\n{L('St Ives')}\n{L('TR26 1HE')}", "St Ives"),
        (f"{L('Flat 3')}\n{L('27 Great Oak Street')}\n{L('Llanidloes')}\n{L('SY18 6BN')}", "Llanidloes"),
        (f"{L('6 Argyll Terrace')}\n{L('Tobermory')}\n{L('Isle of Mull')}\n{L('PA75 6PB')}", "Tobermory"),
        (f"{L('Rose Cottage')}\n{L('14 Buxton Road')}\n{L('Bakewell')}\n{L('DE45 1DA')}", "Bakewell"),
        (f"{L('41 Sheinton Street')}\n{L('Much Wenlock')}\n{L('TF13 6HU')}", "Much Wenlock"),
        (f"{L('9 Paradise Row')}\n{L('Sandwich')}\n{L('Kent')}\n{L('CT13 9EQ')}", "Sandwich"),
        (f"{L('Unit 2')}\n{L('118 Market Street')}\n{L('Hebden Bridge')}\n{L('HX7 6EU')}", "Hebden Bridge"),
    ),
    "IE": addrs(
        "IE",
        (f"{L('The Glebe')}\n{L('Ballyvaughan')}\n{L('Co. Clare')}\n{L('H91 P2R7')}", "Ballyvaughan"),
        (f"{L('12 O’Curry Street')}\n{L('Kilkee')}\n{L('Co. Clare')}\n{L('V15 FD92')}", "Kilkee"),
        (f"{L('Apt 4')}\n{L('3 Ashe Street')}\n{L('Clonakilty')}\n{L('Co. Cork')}\n{L('P85 XW61')}", "Clonakilty"),
        (f"{L('Tullyvin Cross')}\n{L('Cootehill')}\n{L('Co. Cavan')}\n{L('H16 K2T8')}", "Cootehill"),
    ),
    "US": addrs(
        "US",
        (f"{L('19 Mill Pond Rd')}\n{L('Bar Harbor')}, {L('ME')} {L('04609')}", "Bar Harbor"),
        (f"{L('1418 E Sheridan St')}\n{L('Ely')}, {L('MN')} {L('55731')}", "Ely"),
        (f"{L('207 Youngblood Hill')}\n{L('Bisbee')}, {L('AZ')} {L('85603')}", "Bisbee"),
        (f"{L('3390 Mountain Rd')}, {L('Apt 12')}\n{L('Stowe')}, {L('VT')} {L('05672')}", "Stowe"),
        (f"{L('88 Pine Hollow Ln')}\n{L('Marfa')}, {L('TX')} {L('79843')}", "Marfa"),
        (f"{L('611 W Front St')}\n{L('Hope')}, {L('AR')} {L('71801')}", "Hope"),
    ),
    "CA": addrs(
        "CA",
        (f"{L('54 Pelham St')}\n{L('Lunenburg')} {L('NS')}  {L('B0J 2C0')}", "Lunenburg"),
        (f"{L('412-1000 Spring Creek Dr')}\n{L('Canmore')} {L('AB')}  {L('T1W 0C8')}", "Canmore"),
    ),
    "AU": addrs(
        "AU",
        (f"{L('14 Gipps Street')}\n{L('Port Fairy')} {L('VIC')} {L('3284')}", "Port Fairy"),
        (f"{L('Unit 5')}/{L('22 Ocean Street')}\n{L('Narooma')} {L('NSW')} {L('2546')}", "Narooma"),
    ),
    "NZ": addrs(
        "NZ",
        (f"{L('31 Rue Lavaud')}\n{L('Akaroa')} {L('7520')}", "Akaroa"),
        (f"{L('8 Kahikatea Drive')}\n{L('Ōpōtiki')} {L('3122')}", "Ōpōtiki"),
    ),
    "DE": addrs(
        "DE",
        (f"{L('Hauptstraße 112')}\n{L('79429')} {L('Malsburg-Marzell')}", "Malsburg-Marzell"),
        (f"{L('Rurstraße 18')}\n{L('52156')} {L('Monschau')}", "Monschau"),
        (f"{L('Stieg 7')}\n{L('06484')} {L('Quedlinburg')}", "Quedlinburg"),
        (f"{L('Unterstadtstraße 31')}\n{L('88709')} {L('Meersburg')}", "Meersburg"),
        (f"{L('Am Mühlenteich 4a')}\n{L('25938')} {L('Wyk auf Föhr')}", "Wyk auf Föhr"),
    ),
    "AT": addrs(
        "AT",
        (f"{L('Kaiser-Franz-Josef-Straße 9')}, {L('Top 6')}\n{L('5640')} {L('Bad Gastein')}", "Bad Gastein"),
        (f"{L('Obertal 112')}\n{L('8970')} {L('Schladming')}", "Schladming"),
    ),
    "CH": addrs(
        "CH",
        (f"{L('Gotthardstrasse 61')}\n{L('6490')} {L('Andermatt')}", "Andermatt"),
        (f"{L('Chemin des Vignes 3')}\n{L('1812')} {L('Rivaz')}", "Rivaz"),
    ),
    "FR": addrs(
        "FR",
        (f"{L('Résidence Les Tilleuls')}, {L('appt 12')}\n{L('3 place du Marché')}\n{L('04300')} {L('Forcalquier')}", "Forcalquier"),
        (f"{L('17 rue du Général de Gaulle')}\n{L('68340')} {L('Riquewihr')}", "Riquewihr"),
        (f"{L('Bât. B')}, {L('4 impasse des Mouettes')}\n{L('29160')} {L('Crozon')}", "Crozon"),
        (f"{L('La Bastide')}\n{L('12 chemin de Sainte-Foy')}\n{L('12320')} {L('Conques-en-Rouergue')}", "Conques-en-Rouergue"),
        (f"{L('45 avenue Jean Jaurès')}\n{L('46330')} {L('Saint-Cirq-Lapopie')}", "Saint-Cirq-Lapopie"),
    ),
    "BE": addrs(
        "BE",
        (f"{L('Rue du Moulin 23')}\n{L('6830')} {L('Bouillon')}", "Bouillon"),
        (f"{L('Kerkstraat 56')}, {L('bus 2')}\n{L('8420')} {L('De Haan')}", "De Haan"),
    ),
    "NL": addrs(
        "NL",
        (f"{L('Binnenpad 41')}\n{L('8355 BR')}  {L('Giethoorn')}", "Giethoorn"),
        (f"{L('Kerkstraat 12-II')}\n{L('1135 AC')}  {L('Edam')}", "Edam"),
        (f"{L('Strandweg 9')}\n{L('9163 GL')}  {L('Nes')}", "Nes"),
    ),
    "ES": addrs(
        "ES",
        (f"{L('Av. de la Constitución, 41')}, {L('3º izq.')}\n{L('44100')} {L('Albarracín')} ({L('Teruel')})", "Albarracín"),
        (f"{L('C/ Tenorio, 14')}, {L('2º B')}\n{L('29400')} {L('Ronda')} ({L('Málaga')})", "Ronda"),
        (f"{L('Calle del Río, 3')}\n{L('39330')} {L('Santillana del Mar')} ({L('Cantabria')})", "Santillana del Mar"),
        (f"{L('Carrer de la Riera, 8')}, {L('1r 2a')}\n{L('17488')} {L('Cadaqués')} ({L('Girona')})", "Cadaqués"),
        (f"{L('Rúa do Mar, 22')}\n{L('15270')} {L('Cee')} ({L('A Coruña')})", "Cee"),
    ),
    "PT": addrs(
        "PT",
        (f"{L('Rua Cardeal Saraiva, 57')}, {L('2.º Esq.')}\n{L('4990-062')} {L('Ponte de Lima')}", "Ponte de Lima"),
        (f"{L('Travessa do Facho, 4')}\n{L('2510-086')} {L('Óbidos')}", "Óbidos"),
    ),
    "IT": addrs(
        "IT",
        (f"{L('Via Cristoforo Colombo 41')}\n{L('84017')} {L('Positano')} ({L('SA')})", "Positano"),
        (f"{L('Corso Vittorio Emanuele 112')}, {L('int. 5')}\n{L('08013')} {L('Bosa')} ({L('OR')})", "Bosa"),
        (f"{L('Via Giuseppe Mazzini 23')}\n{L('38086')} {L('Pinzolo')} ({L('TN')})", "Pinzolo"),
    ),
    "PL": addrs(
        "PL",
        (f"{L('ul. Kościeliska 14/3')}\n{L('34-500')} {L('Zakopane')}", "Zakopane"),
        (f"{L('ul. Warszawska 27')}\n{L('11-700')} {L('Mrągowo')}", "Mrągowo"),
        (f"{L('ul. Adama Mickiewicza 5/12')}\n{L('24-120')} {L('Kazimierz Dolny')}", "Kazimierz Dolny"),
    ),
    "CZ": addrs(
        "CZ",
        (f"{L('Latrán 37')}\n{L('381 01')} {L('Český Krumlov')}", "Český Krumlov"),
        (f"{L('Komenského 214')}\n{L('543 51')} {L('Špindlerův Mlýn')}", "Špindlerův Mlýn"),
    ),
    "SE": addrs(
        "SE",
        (f"{L('Strandgatan 19')}\n{L('621 56')} {L('Visby')}", "Visby"),
        (f"{L('Rörosvägen 8')}, {L('lgh 1102')}\n{L('840 95')} {L('Funäsdalen')}", "Funäsdalen"),
    ),
    "NO": addrs(
        "NO",
        (f"{L('Ballstadveien 44')}\n{L('8373')} {L('Ballstad')}", "Ballstad"),
        (f"{L('Storgata 6')}, {L('H0201')}\n{L('9990')} {L('Båtsfjord')}", "Båtsfjord"),
    ),
    "DK": addrs(
        "DK",
        (f"{L('Havnevej 14')}, {L('1. th.')}\n{L('6792')} {L('Rømø')}", "Rømø"),
        (f"{L('Østerbyvej 3')}\n{L('9990')} {L('Skagen')}", "Skagen"),
    ),
    "FI": addrs(
        "FI",
        (f"{L('Kelotie 12 B 7')}\n{L('99830')} {L('Saariselkä')}", "Saariselkä"),
    ),
    "TR": addrs(
        "TR",
        (f"{L('Andifli Mah.')} {L('Hastane Cad. No: 18')} {L('D: 4')}\n{L('07580')} {L('Kaş')}/{L('Antalya')}", "Kaş"),
        (f"{L('Çeşme Mah.')} {L('Hükümet Sok. No: 7')}\n{L('78600')} {L('Safranbolu')}/{L('Karabük')}", "Safranbolu"),
    ),
    "GR": addrs(
        "GR",
        (f"{L('Οδός Αγίου Νικολάου 14')}\n{L('844 01')} {L('Νάουσα')}, {L('Πάρος')}", "Νάουσα"),
        (f"{L('Τοσίτσα 9')}\n{L('442 00')} {L('Μέτσοβο')}", "Μέτσοβο"),
    ),
    "RU": addrs(
        "RU",
        (f"{L('152830')}, {L('Ярославская обл.')}, г. {L('Мышкин')}, {L('ул. Никольская, д. 9')}, {L('кв. 3')}", "Мышкин"),
        (f"{L('601293')}, {L('Владимирская обл.')}, г. {L('Суздаль')}, {L('ул. Ленина, д. 71')}", "Суздаль"),
    ),
    "UA": addrs(
        "UA",
        (f"{L('вул. Тараса Шевченка, 14')}, {L('кв. 7')}, м. {L('Косів')}, {L('Івано-Франківська обл.')}, {L('78600')}",
         "Косів"),
        (f"{L('вул. Соборна, 3')}, смт {L('Ворохта')}, {L('78595')}", "Ворохта"),
    ),
    "RO": addrs(
        "RO",
        (f"{L('Str. Mihai Eminescu nr. 7')}, {L('bl. A2, ap. 14')}\n{L('545400')} {L('Sighișoara')}, jud. {L('Mureș')}",
         "Sighișoara"),
    ),
    "HU": addrs(
        "HU",
        (f"{L('8237')} {L('Tihany')}, {L('Kossuth Lajos utca 12.')}", "Tihany"),
    ),
    "JP": addrs(
        "JP",
        (f"〒{L('501-5627')} {L('岐阜県')}{L('大野郡白川村')}{L('荻町123')}", "白川村"),
        (f"〒{L('399-6101')} {L('長野県')}{L('木曽郡木曽町')}{L('日義4012-3')}", "木曽町"),
    ),
    "KR": addrs(
        "KR",
        (f"{L('강원특별자치도')} {L('양양군')} {L('양양읍 남문로 23')}, {L('101동 1203호')} ({L('25011')})", "양양군"),
        (f"{L('전라남도')} {L('담양군')} {L('담양읍 죽향대로 118')} ({L('57353')})", "담양군"),
    ),
    "CN": addrs(
        "CN",
        (f"{L('浙江省')}{L('嘉兴市')}{L('嘉善县')}{L('西塘镇南塘街17号')}，邮编 {L('314102')}", "西塘镇"),
        (f"{L('云南省')}{L('丽江市')}{L('古城区')}{L('束河街道龙泉村6号')}", "束河"),
    ),
    "VN": addrs(
        "VN",
        (f"{L('Số 12 Trần Phú')}, {L('Phường Minh An')}, TP. {L('Hội An')}, {L('Quảng Nam')}", "Hội An"),
        (f"{L('Tổ 5')}, {L('Thị trấn Sa Pa')}, {L('Lào Cai')}", "Sa Pa"),
    ),
    "TH": addrs(
        "TH",
        (f"{L('99/12 หมู่ 3')} ต.{L('เวียงใต้')} อ.{L('ปาย')} จ.{L('แม่ฮ่องสอน')} {L('58130')}", "ปาย"),
    ),
    "IN": addrs(
        "IN",
        (f"{L('H.No. 4-12, Jhansi Road')}\n{L('Orchha')}, {L('Niwari')}\n{L('Madhya Pradesh')} {L('472246')}", "Orchha"),
        (f"{L('Flat 2B')}, {L('Temple Road')}\n{L('McLeod Ganj')}, {L('Dharamshala')}\n{L('Himachal Pradesh')} - {L('176219')}",
         "McLeod Ganj"),
        (f"{L('No. 7, 2nd Cross, Gandhi Nagar')}\n{L('Kodaikanal')} {L('624101')}\n{L('Tamil Nadu')}", "Kodaikanal"),
    ),
    "PH": addrs(
        "PH",
        (f"{L('Purok 3')}, {L('Brgy. Poblacion')}\n{L('San Vicente')}, {L('Palawan')} {L('5309')}", "San Vicente"),
    ),
    "ID": addrs(
        "ID",
        (f"{L('Jl. Raya Ubud No. 12')}, {L('RT 02/RW 05')}\n{L('Ubud')}, {L('Gianyar')}, {L('Bali')} {L('80571')}", "Ubud"),
    ),
    "BR": addrs(
        "BR",
        (f"{L('Rua do Rosário, 45')}, {L('apto 12')}\n{L('Centro')}, {L('Pirenópolis')} - {L('GO')}\n{L('72980-000')}",
         "Pirenópolis"),
        (f"{L('Av. Getúlio Vargas, 1180')}\n{L('Morretes')} - {L('PR')}, {L('83350-000')}", "Morretes"),
        (f"{L('Rua Direita, 212')}, {L('casa 2')}\n{L('Lençóis')} - {L('BA')}, {L('46960-000')}", "Lençóis"),
    ),
    "MX": addrs(
        "MX",
        (f"{L('Calle Hidalgo 48')}, {L('Col. Centro')}\n{L('62520')} {L('Tepoztlán')}, {L('Mor.')}", "Tepoztlán"),
        (f"{L('Av. Costera 217')}, {L('Depto. 3')}\n{L('77930')} {L('Bacalar')}, {L('Q. Roo')}", "Bacalar"),
    ),
    "AR": addrs(
        "AR",
        (f"{L('Av. Perón 1234')}\n{L('T4137')} {L('Tafí del Valle')}, {L('Tucumán')}", "Tafí del Valle"),
    ),
    "CL": addrs(
        "CL",
        (f"{L('Calle Santa Rosa 345')}, {L('depto. 21')}\n{L('Puerto Varas')}, {L('Región de Los Lagos')}", "Puerto Varas"),
    ),
    "CO": addrs(
        "CO",
        (f"{L('Calle 5 # 8-20')}\n{L('Barichara')}, {L('Santander')}", "Barichara"),
    ),
    "ZA": addrs(
        "ZA",
        (f"{L('12 Naauwpoort Street')}\n{L('Clarens')}\n{L('9707')}", "Clarens"),
        (f"{L('7 Main Road')}\n{L('Greyton')}\n{L('7233')}", "Greyton"),
    ),
    "NG": addrs(
        "NG",
        (f"{L('14 Adeola Street')}, {L('off Aba Road')}\n{L('Ikot Ekpene')}, {L('Akwa Ibom State')}", "Ikot Ekpene"),
    ),
    "KE": addrs(
        "KE",
        (f"{L('House 21, Mkomani')}\n{L('P.O. Box 412-80500')}\n{L('Lamu')}", "Lamu"),
    ),
    "MA": addrs(
        "MA",
        (f"{L('12, Derb Sidi Ali Ben Rachid')}\n{L('91000')} {L('Chefchaouen')}", "Chefchaouen"),
    ),
    "IL": addrs(
        "IL",
        (f"{L('רחוב הנשיא 12')}, {L('דירה 4')}\n{L('ראש פינה')} {L('1200000')}", "ראש פינה"),
        (f"{L('שדרות בן גוריון 35')}\n{L('מצפה רמון')}", "מצפה רמון"),
    ),
    "AE": addrs(
        "AE",
        (f"{L('Villa 17, Street 9')}\n{L('Al Rams')}\n{L('Ras Al Khaimah')}", "Al Rams"),
    ),
}

# ---------------------------------------------------------------- phones, national format, no country code
PHONES = {
    "GB": ["07723 418905", "07984 260317", "01686 412983", "01688 302746", "07531 889204", "01629 813570",
           "07412 663019", "07850 174 392", "01304 612847", "07397 205816", "07946 381 205", "01736 798412",
           "07581 226 930"],
    "IE": ["087 419 2286", "086 0731 554", "065 905 6612", "083 162 7740", "049 552 1287"],
    "US": ["(218) 365-4907", "520-432-7781", "(802) 253-9146", "432.729.3380", "(870) 777-2615", "(406) 871-2290"],
    "CA": ["(902) 634-8812", "403-678-2291"],
    "AU": ["0412 736 905", "(03) 5568 2194", "0438 201 667", "0421 883 560", "(02) 4476 1839"],
    "NZ": ["021 447 9032", "027 318 6650"],
    "DE": ["0151 27483916", "02472 80417", "0173 4419265", "03946 918273", "0176 30829141", "0160 9182734",
           "04681 59 27 3"],
    "AT": ["0664 3819274", "06434 27731"],
    "CH": ["079 418 27 63", "021 946 18 02"],
    "FR": ["06 47 18 92 35", "02 98 27 41 66", "07 81 33 02 59", "05 65 31 84 07", "06 12 90 47 83"],
    "BE": ["0472 18 93 40", "061 46 72 18"],
    "NL": ["06-41827395", "0522 281 764", "06 2937 1840"],
    "ES": ["612 408 375", "952 87 14 09", "689 21 47 33", "981 74 60 12", "634 77 21 08", "711 23 84 59"],
    "PT": ["912 634 087", "258 941 372"],
    "IT": ["347 218 9043", "089 875 412", "320 441 7786", "0785 37 29 14"],
    "PL": ["512 384 907", "603 118 245", "18 201 47 93", "694 210 583", "89 741 22 08"],
    "CZ": ["602 318 447", "380 711 295"],
    "SE": ["070-418 27 93", "0498-21 84 05"],
    "NO": ["412 87 306", "938 41 125"],
    "DK": ["28 41 73 09", "61 37 20 48"],
    "FI": ["040 718 2934", "050 382 6617"],
    "TR": ["0532 418 27 93", "0542 716 08 34", "0370 712 44 19"],
    "GR": ["694 418 2730", "22840 51827"],
    "RU": ["8 (915) 407-23-18", "8 912 638 41 07"],
    "UA": ["067 418 29 35", "050 371 84 26"],
    "RO": ["0722 418 396", "0265 771 402"],
    "HU": ["06 30 418 2297", "06 87 448 102"],
    "JP": ["090-4182-7735", "0577-96-1183", "080-3319-2046"],
    "KR": ["010-4127-8836", "010 2290 4713", "033-672-1184", "010-7345-2019", "061-381-4472"],
    "CN": ["138 1907 4425", "159 8831 2076", "0573-8456 2291"],
    "TW": ["0912 418 337"],
    "HK": ["9418 2736"],
    "VN": ["091 428 37 15", "0235 386 1142"],
    "TH": ["081 724 3918", "053 699 142"],
    "IN": ["98274 13065", "094184 27731", "0776 241 8809", "87399 20417"],
    "PK": ["0300 4182739", "0321-7746102"],
    "BD": ["01712-418390"],
    "LK": ["077 418 2903"],
    "PH": ["0917 418 2305", "0928 771 4460"],
    "ID": ["0812-3841-7702", "0361 975 418"],
    "MY": ["012-418 7730"],
    "BR": ["(62) 99418-2735", "(41) 3462-1187", "(75) 98126-4403"],
    "MX": ["55 4182 7391", "983 834 2176"],
    "AR": ["0381 15-418-2739"],
    "CL": ["9 8418 2736"],
    "CO": ["310 418 2279"],
    "ZA": ["082 418 3906", "028 254 9117"],
    "NG": ["0803 418 2276", "0813 770 4192"],
    "KE": ["0712 418937", "0722 306841"],
    "GH": ["024 418 3307"],
    "MA": ["06 61 48 27 39"],
    "EG": ["010 4182 7736"],
    "IL": ["052-418-2739", "04-6931184"],
    "AE": ["050 418 2736"],
    "SA": ["055 418 2937"],
    "IR": ["0912 418 2730"],
}

# ---------------------------------------------------------------- dates of birth (day, month, year), typed by hand
DOBS = [
    (14, 3, 1988), (3, 5, 1979), (22, 11, 1963), (7, 9, 1995), (30, 1, 1971), (18, 6, 2001),
    (2, 12, 1957), (25, 8, 1984), (11, 4, 1992), (29, 2, 1976), (9, 10, 1968), (16, 7, 1999),
    (5, 1, 1949), (27, 3, 1986), (13, 8, 1974), (21, 5, 2003), (8, 11, 1990), (1, 6, 1961),
]
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}


def fmt_date(t, style):
    d, m, y = t
    if style == "dmy/":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}"
    if style == "us_long":
        return f"{MONTHS['en'].split()[m - 1]} {d}, {y}"
    if style == "cjk":
        return f"{y}年{m}月{d}日"
    if style == "ko":
        return f"{y}년 {m}월 {d}일"
    if style == "de":
        return f"{d}. {MONTHS['de'].split()[m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{d} de {MONTHS[style].split()[m - 1]} de {y}"
    lang = style
    return f"{d} {MONTHS[lang].split()[m - 1]} {y}"


# ---------------------------------------------------------------- national IDs (check digits worked out once, typed in)
# (value, (d, m, y) of birth the number encodes or None, sex it encodes or None)
IDS = {
    "PL_PESEL": [("87031441783", (14, 3, 1987), "f"), ("92110263851", (2, 11, 1992), "m"),
                 ("61080990313", (9, 8, 1961), "m"),
                 ("85042331864", (23, 4, 1985), "f"), ("70013077474", (30, 1, 1970), "m")],
    "SE_PNR": [("790503-4828", (3, 5, 1979), "f"), ("951219-3161", (19, 12, 1995), "f")],
    "TR_TCKN": [("38471056240", None, None), ("17204639844", None, None), ("52938104732", None, None)],
    "BR_CPF": [("418.302.957-05", None, None), ("072.654.139-70", None, None), ("853.190.246-06", None, None)],
    "RO_CNP": [("2870419324184", (19, 4, 1987), "f"), ("1901122240674", (22, 11, 1990), "m")],
    "NL_BSN": [("183746521", None, None), ("264091838", None, None)],
    "FR_NIR": [("2 84 06 75 112 043 55", None, "f"), ("1 71 02 29 384 156 49", None, "m")],
    "ES_DNI": [("47318265C", None, None), ("30917482P", None, None), ("72640518D", None, None),
               ("53918274H", None, None), ("20476135V", None, None), ("44829106J", None, None)],
    "ES_NIE": [("X4719263P", None, None), ("Y2830471J", None, None), ("Z1938472Z", None, None)],
    "IL_ID": [("312749583", None, None), ("205817364", None, None)],
    "ZA_ID": [("8802145121084", (14, 2, 1988), "m"), ("7109300245083", (30, 9, 1971), "f")],
    "CN_RID": [("330421198503172645", (17, 3, 1985), "f"), ("510122199208081730", (8, 8, 1992), "m")],
    "KR_RRN": [("870516-2034816", (16, 5, 1987), "f"), ("931103-1157297", (3, 11, 1993), "m")],
    "NO_FNR": [("12088341730", (12, 8, 1983), "m"), ("23047129486", (23, 4, 1971), "f")],
    "FI_HETU": [("140386-472V", (14, 3, 1986), "f")],
    "BE_NN": [("85.04.12-237.52", (12, 4, 1985), "m"), ("01.09.18-164.88", (18, 9, 2001), "f")],
    "DK_CPR": [("170778-2931", (17, 7, 1978), "m")],
    "CL_RUT": [("14.382.917-0", None, None), ("9.714.205-K", None, None)],
    "PT_NIF": [("238174603", None, None), ("194728366", None, None)],
    "IN_AADHAAR": [("3841 7260 5932", None, None), ("5720 4918 3618", None, None)],
    "IN_PAN": [("BQZPK4821M", None, None)],
    "JP_MYNUM": [("4827 1935 0610", None, None)],
    "DE_AUSWEIS": [("L7X2G9KRT2", None, None), ("T4H81VN025", None, None)],
    "IT_CF": [("SCGCML83L54F839S", (14, 7, 1983), "f"), ("CSMSVT69S02G273Y", (2, 11, 1969), "m")],
    "GB_NINO": [("JT 48 27 91 B", None, None), ("PW 73 05 18 D", None, None), ("NH 61 29 84 A", None, None)],
    "US_SSN": [("518-47-2963", None, None), ("402-81-7754", None, None), ("627-09-3318", None, None)],
    "AR_DNI": [("31.472.905", None, None)],
    "RU_PASS": [("45 09 618273", None, None)],
    "GR_AMKA": [("14078305126", (14, 7, 1983), None), ("22096703818", (22, 9, 1967), None)],
    "MX_INE": [("HRRSGD84082509M300", None, None)],
}

IBANS = {
    "GB": ["GB45 MIDL 4005 1531 9268 19", "GB13 BARC 2032 5373 8201 94"],
    "IE": ["IE62 AIBK 9311 5240 7182 63", "IE65 BOFI 9000 1718 4027 39"],
    "DE": ["DE85 7605 0000 0748 3629 15", "DE89 1001 0010 0938 4172 05", "DE33 4306 0967 1138 4027 00"], "FR": ["FR26 2004 1010 0504 7183 9200 218"],
    "ES": ["ES56 2100 0418 4502 0051 7368", "ES88 0049 1500 0528 1736 4015"],
    "IT": ["IT33 X030 6909 6061 0000 0371 846", "IT21 K053 8703 2000 0001 8374 620"],
    "NL": ["NL61 ABNA 0417 2839 56", "NL79 RABO 0318 4927 01"], "BE": ["BE17 5390 0183 6204"], "PT": ["PT13 0035 0097 0000 4718 3294 5"],
    "PL": ["PL95 1140 2014 0000 7121 9812 874"], "AT": ["AT12 2011 1827 1583 6402", "AT19 3200 0000 1284 7391"],
    "CH": ["CH81 0076 2047 1930 2295 7"], "RO": ["RO53 BTRL RONC RT03 9174 6201"],
    "TR": ["TR26 0006 2001 1900 0004 1839 27"],
}
CARDS = ["4532 1876 4209 5313", "5248 7109 3316 2047", "3714 289051 68732", "6011 4827 0319 6448",
         "4917638002481522"]
# customers' public WAN addresses (labelled); documentation ranges appear only in PII-free rows
WAN_IPS = ["81.134.207.46", "86.29.114.173", "2a02:c7c:5e21:8b00:4d1:9aff:fe3c:27b1", "94.173.52.218",
           "178.238.11.94", "31.52.146.77", "88.152.39.201", "2a01:cb08:89f4:1e00::3a7", "109.148.66.12",
           "62.31.208.175", "176.24.93.140", "84.92.17.233"]
# unlabelled device and SIM identifiers (not personal types here)
IMEIS = ["352099112847161", "867541039023812", "353946105572082", "013265009183470", "358757120466936"]
ICCIDS = ["8944110000128456710", "8949226037184529105", "89331503190048271633", "89340172205819374464",
          "89860318240471925388"]
DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "btinternet.com", "bigpond.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "skynet.be"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.com.mx"],
    "it": ["libero.it", "virgilio.it", "tiscali.it"],
    "pt": ["sapo.pt", "uol.com.br", "terra.com.br", "bol.com.br"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be"],
    "other": ["gmail.com", "yahoo.com", "outlook.com", "mail.ru", "naver.com", "qq.com", "seznam.cz",
              "ukr.net", "proton.me"],
}


# ---------------------------------------------------------------- drawing: least-used first, never twice in a row
class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.uses = Counter()
        self.row = set()
        self.tpl = set()

    def new_template(self):
        self.tpl, self.row = set(), set()

    def new_row(self):
        self.tpl |= self.row
        self.row = set()

    def _pick(self, kind, items, key=lambda x: x):
        cand = [x for x in items if (kind, key(x)) not in self.row]
        fresh = [x for x in cand if (kind, key(x)) not in self.tpl]
        cand = fresh or cand
        low = min(self.uses[(kind, key(x))] for x in cand)
        best = [x for x in cand if self.uses[(kind, key(x))] == low]
        x = self.rng.choice(best)
        self.uses[(kind, key(x))] += 1
        self.row.add((kind, key(x)))
        return x

    def person(self, *pools, sex=None, tags=None, latin=False):
        items = [p for k in pools for p in PEOPLE[k] if (sex is None or p.sex == sex) and (tags is None or p.tag in tags)
                 and (not latin or (fold(p.given) and fold(p.family)))]
        return self._pick("p", items, lambda p: p.full)

    def addr(self, *ccs):
        return self._pick("a", [a for cc in ccs for a in ADDRS[cc]], lambda a: a.block)

    def phone(self, *ccs):
        return self._pick("t", [p for cc in ccs for p in PHONES[cc]])

    def dob(self):
        return self._pick("d", DOBS)

    def nid(self, kind):
        return self._pick("i", IDS[kind], lambda x: x[0])

    def iban(self, cc):
        return self._pick("b", IBANS[cc])

    def card(self):
        return self._pick("c", CARDS)

    def wan(self):
        return self._pick("w", WAN_IPS)

    def imei(self):
        return self._pick("m", IMEIS)

    def iccid(self):
        return self._pick("s", ICCIDS)

    def num(self, lo, hi):
        return self.rng.randint(lo, hi)

    def choice(self, seq):
        return self.rng.choice(seq)

    def email(self, p, lang="other", domain=None):
        g, f = fold(p.given.split()[0]), fold(p.family.replace(" ", ""))
        if not g or not f:
            raise ValueError(f"no ASCII name for {p}")
        style = self.rng.randrange(5)
        local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{self.rng.randint(2, 98)}", f"{f}.{g}",
                 f"{g}{f[0]}{self.rng.randint(10, 99)}"][style]
        return f"{local}@{domain or self.rng.choice(DOMAINS[lang])}"


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(cls, name, lang, n, case=None):
    def deco(fn):
        TEMPLATES.append({"class": cls, "template": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


def pick(seq, i):
    return seq[i % len(seq)]


def acct(c, prefix="", digits=8):
    return prefix + "".join(str(c.num(0, 9)) for _ in range(digits))


def pac(c):
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return "".join(c.choice(letters) for _ in range(3)) + "".join(str(c.num(0, 9)) for _ in range(6))


# ================================================================ personal_porting
@tpl("personal_porting", "pac_reply", "en", 4)
def _(c, i):
    p, a, t, d = c.person("en"), c.addr("GB"), c.phone("GB"), c.dob()
    op = pick(["EE", "Vodafone", "Three", "O2"], i)
    return (f"Can you draft a short, friendly reply to this porting request? We're a small MVNO on the {op} network.\n\n"
            f"> Name on account: {P(p.full)}\n> Mobile: {T(t)}\n> DOB: {DOB(fmt_date(d, 'dmy/'))}\n"
            f"> Billing address: {a.inline}\n> PAC: {pac(c)} (expires in 30 days)\n"
            f"> Please move my number over by Friday, I've got a new handset arriving. Thanks, {P(p.given)}")


@tpl("personal_porting", "simswap_fraud_note", "en", 3)
def _(c, i):
    p, t, t2 = c.person("en", "sea", "hi", sex="f"), c.phone("GB", "IE"), c.phone("GB", "IE")
    agent = c.person("en")
    store = pick(["Oxford Street store", "webchat", "inbound call, Cardiff site"], i)
    return (f"Fraud team note, please tidy into our incident template:\n"
            f"- SIM swap requested via {store} at 14:52 for {T(t)} (account holder {P(p.full)}).\n"
            f"- Old ICCID {c.iccid()} -> new ICCID {c.iccid()}; handset IMEI {c.imei()} first seen 15:03.\n"
            f"- Caller failed memorable word twice, passed DOB. Agent {P(agent.given)} escalated.\n"
            f"- Genuine customer rang from alternate number {T(t2)} at 15:40 saying her bank app sent OTPs she never "
            f"asked for.\n- Swap reversed 16:10, account locked, porting blocked for 7 days.")


@tpl("personal_porting", "rufnummernmitnahme", "de", 2)
def _(c, i):
    p, a, t, d = c.person("de", "tr", "pl"), c.addr("DE", "AT"), c.phone("DE", "AT"), c.dob()
    old = pick(["Telekom", "Vodafone", "o2 Telefónica", "1&1"], i)
    return (f"Bitte prüf diesen Auftrag zur Rufnummernmitnahme auf fehlende Angaben:\n\n"
            f"Anschlussinhaber: {P(p.full)}\nGeburtsdatum: {DOB(fmt_date(d, 'dmy.'))}\n"
            f"Anschrift: {a.inline}\nMitzunehmende Rufnummer: {T(t)}\nAbgebender Anbieter: {old}\n"
            f"Vertragsende beim Altanbieter: unbekannt\nSIM-Kartennummer (neu): {c.iccid()}")


@tpl("personal_porting", "portabilite_rio", "fr", 2)
def _(c, i):
    p, a, t = c.person("fr"), c.addr("FR"), c.phone("FR")
    rio = f"{c.num(10, 99)}P{acct(c, '', 6)}{c.choice('ABCDEFGH')}{c.choice('KLMNPQR')}{c.num(1, 9)}"
    return (f"Rédige un mail poli pour dire au client que sa portabilité a échoué parce que le code RIO ne correspond pas "
            f"au titulaire.\nTitulaire : {P(p.full)}\nNuméro à porter : {T(t)}\nRIO fourni : {rio}\n"
            f"Adresse de facturation : {a.inline}\nOpérateur donneur : {pick(['Orange', 'SFR', 'Bouygues Telecom'], i)}")


@tpl("personal_porting", "portabilidad_dni", "es", 2)
def _(c, i):
    p, t = c.person("es"), c.phone("ES")
    kind = pick(["ES_DNI", "ES_NIE", "ES_DNI"], i)
    v = c.nid(kind)[0]
    a = c.addr("ES")
    return (f"Tengo que rellenar la solicitud de portabilidad en el portal del operador. ¿Me dices qué campos faltan?\n\n"
            f"Titular: {P(p.full)}\n{'DNI' if kind == 'ES_DNI' else 'NIE'}: {NID(v)}\n"
            f"Línea a portar: {T(t)}\nDomicilio: {a.inline}\n"
            f"Operador actual: {pick(['Movistar', 'Vodafone', 'Orange'], i)} · Operador receptor: Digi")


@tpl("personal_porting", "port_chat_lower", "en", 3, case="lower")
def _(c, i):
    p, t, d = c.person("en"), c.phone("GB", "IE"), c.dob()
    dest = pick(["giffgaff", "Lebara", "Tesco Mobile"], i)
    return (f"hi im trying to move my number {T(t)} to {dest} but it keeps saying details dont match. "
            f"account is under {P(p.full)}, dob {DOB(fmt_date(d, 'dmy/'))}. i asked for the pac by text to 65075 "
            f"and got nothing back?? what do i do")


@tpl("personal_porting", "nummerbehoud", "nl", 2)
def _(c, i):
    p, a, t = c.person("nl"), c.addr("NL", "BE"), c.phone("NL")
    return (f"Kun je dit nummerbehoud-verzoek samenvatten voor de backoffice?\n\n"
            f"Klant {P(p.full)} wil {T(t)} meenemen van {pick(['KPN', 'Odido'], i)} naar ons. Adres: {a.inline}. "
            f"Contract loopt nog tot maart, klant weet dat er een afkoopsom kan zijn. Graag overzetten op "
            f"{pick(['dinsdag', 'vrijdag'], i)} na 10:00.")


@tpl("personal_porting", "portabilidade_cpf", "pt", 2)
def _(c, i):
    p, t = c.person("pt"), c.phone("BR")
    cpf = c.nid("BR_CPF")[0]
    return (f"Me ajuda a responder esse cliente no WhatsApp, a portabilidade tá travada:\n\n"
            f"\"Boa tarde, sou {P(p.full)}, CPF {NID(cpf)}. Pedi a portabilidade do {T(t)} da "
            f"{pick(['Vivo', 'Claro', 'TIM'], i)} faz 5 dias e até agora nada. O chip novo já chegou.\"")


@tpl("personal_porting", "przeniesienie_pesel", "pl", 2)
def _(c, i):
    v, _dob, sex = c.nid("PL_PESEL")
    p, t, a = c.person("pl", sex=sex), c.phone("PL"), c.addr("PL")
    return (f"Sprawdź, czy ten wniosek o przeniesienie numeru jest kompletny:\n"
            f"Abonent: {P(p.full)}\nPESEL: {NID(v)}\nAdres: {a.inline}\nNumer: {T(t)}\n"
            f"Dotychczasowy operator: {pick(['Play', 'Plus'], i)}, nowy: Orange")


@tpl("personal_porting", "fraud_events_json", "en", 2)
def _(c, i):
    p, t = c.person("en", "fr", "de"), c.phone("GB", "FR", "DE")
    return ("Explain what this sequence of events suggests and whether we should block the port-out:\n```json\n"
            "[{\"ts\": \"2025-03-02T09:14:07Z\", \"event\": \"address_change\", \"msisdn\": \"" + T(t) + "\", "
            "\"holder\": \"" + P(p.full) + "\"},\n"
            " {\"ts\": \"2025-03-02T09:20:41Z\", \"event\": \"esim_profile_download\", \"imei\": \"" + c.imei() + "\"},\n"
            " {\"ts\": \"2025-03-02T09:31:55Z\", \"event\": \"pac_requested\", \"channel\": \"sms\"},\n"
            " {\"ts\": \"2025-03-02T09:32:10Z\", \"event\": \"email_changed\", \"new\": \"" +
            E(c.email(p, "en" if i else "fr")) + "\"}]\n```")


# ================================================================ personal_billing
@tpl("personal_billing", "dispute_email", "en", 3)
def _(c, i):
    cc = pick(["GB", "IE", "AU"], i)
    p, a, t = c.person("en"), c.addr(cc), c.phone(cc)
    amt = pick(["£187.40", "€212.95", "$164.10"], i)
    return (f"Summarise this complaint in three bullet points and suggest a goodwill credit:\n\n"
            f"> Hello,\n> My bill this month is {amt} when my plan is meant to be a fixed price. You've charged me for "
            f"\"premium SMS\" to a shortcode I never texted and for roaming in Spain - I haven't left the country "
            f"since Easter.\n> I've been with you 9 years and this is the second time.\n>\n> {P(p.full)}\n"
            f"> {a.inline}\n> {T(t)}")


@tpl("personal_billing", "scoring_credito", "es", 2)
def _(c, i):
    kind = pick(["ES_NIE", "ES_DNI", "ES_DNI"], i)
    p, d, t = c.person("es"), c.dob(), c.phone("ES")
    v = c.nid(kind)[0]
    return (f"El scoring ha rechazado este alta de fibra + móvil. Redacta la explicación para el cliente sin "
            f"mencionar el fichero de morosos:\n"
            f"Nombre: {P(p.full)} | {kind[3:]}: {NID(v)} | F. nac.: {DOB(fmt_date(d, 'dmy/'))} | "
            f"Tel. contacto: {T(t)} | Resultado ASNEF: positivo | Importe pendiente: {c.num(80, 900)},00 €")


@tpl("personal_billing", "sepa_mandat", "de", 2)
def _(c, i):
    cc = pick(["DE", "AT", "DE"], i)
    p, a = c.person("de", "tr", "ce"), c.addr(cc)
    iban = c.iban(cc)
    return (f"Kannst du aus diesen Angaben ein SEPA-Lastschriftmandat für unseren Kabel-Internet-Vertrag formulieren?\n"
            f"Kontoinhaber: {P(p.full)}\nAnschrift: {a.inline}\nIBAN: ⟦IBAN|{iban}⟧\n"
            f"Kundennummer: {acct(c, 'K-', 7)}\nErste Abbuchung: zum 1. des Folgemonats")


@tpl("personal_billing", "card_payment_log", "en", 2)
def _(c, i):
    p, p2 = c.person("en", "hi"), c.person("en", "sea")
    c1, c2 = f"⟦CC|{c.card()}⟧", f"⟦CC|{c.card()}⟧"
    return (f"Our payment gateway log got pasted into a ticket. Which of these top-ups failed and why?\n"
            f"2025-05-11 18:02:11 TOPUP £20.00 card={c1} name=\"{P(p.full)}\" result=DECLINED code=05\n"
            f"2025-05-11 18:02:49 TOPUP £20.00 card={c1} name=\"{P(p.full)}\" result=DECLINED code=51\n"
            f"2025-05-11 18:05:30 TOPUP £10.00 card={c2} name=\"{P(p2.full)}\" result=APPROVED "
            f"auth={c.num(100000, 999999)}")


@tpl("personal_billing", "reclamo_bolletta", "it", 2)
def _(c, i):
    v, dob, _sex = c.nid("IT_CF")
    owner = {"SCGCML83L54F839S": "Carmela Scognamiglio", "CSMSVT69S02G273Y": "Salvatore Cusumano"}[v]
    p = next(x for x in PEOPLE["it"] if x.full == owner)
    c.row.add(("p", p.full))
    c.uses[("p", p.full)] += 1
    a, t = c.addr("IT"), c.phone("IT")
    return (f"Mi scrivi un reclamo formale all'operatore? Dati:\nIntestatario: {P(p.full)}\n"
            f"Codice fiscale: {NID(v)}\nNato/a il {DOB(fmt_date(dob, 'dmy/'))}\nIndirizzo: {a.inline}\n"
            f"Numero: {T(t)}\nProblema: addebitati {pick(['49,90', '37,50'], i)} € di servizi VAS mai attivati "
            f"su due bollette consecutive. Voglio il rimborso e la disattivazione del blocco.")


@tpl("personal_billing", "us_credit_ssn", "en", 2)
def _(c, i):
    p, a, t, d = c.person("en"), c.addr("US"), c.phone("US"), c.dob()
    ssn = c.nid("US_SSN")[0]
    return (f"Postpaid application flagged for manual review. Is the ID mismatch enough to decline, or should we ask "
            f"for a deposit?\nApplicant: {P(p.full)}\nSSN: ⟦SSN|{ssn}⟧\nDOB: {DOB(fmt_date(d, 'us'))}\n"
            f"Address: {a.inline}\nPhone: {T(t)}\nCredit bureau: name matches, DOB off by one year, address "
            f"not on file.")


@tpl("personal_billing", "bill_whatsapp_lower", "en", 3, case="lower")
def _(c, i):
    p, p2, t = c.person("en", "sea", sex="f"), c.person("en"), c.phone("GB", "AU", "NZ")
    return (f"can u help me word a reply to this whatsapp, its from my mum's account:\n"
            f"[09:12] {P(p.given)}: {P(p2.given)} the broadband bill went up again?? it says £{c.num(38, 66)} now\n"
            f"[09:13] {P(p.given)}: the direct debit is on my card not dads\n"
            f"[09:15] {P(p.given)}: can u ring them, the number is under {P(p.full)}, {T(t)}")


@tpl("personal_billing", "fatura_itiraz", "tr", 2)
def _(c, i):
    p, a, t = c.person("tr"), c.addr("TR"), c.phone("TR")
    v = c.nid("TR_TCKN")[0]
    return (f"Bu fatura itirazını daha resmi bir dile çevirir misin?\n\n"
            f"Ben {P(p.full)}, T.C. Kimlik No {NID(v)}. {T(t)} numaralı hattımdan yurt dışı paket ücreti "
            f"kesilmiş ama hiç yurt dışına çıkmadım. Adresim: {a.inline}. Tutar iade edilsin.")


@tpl("personal_billing", "seikyu_ja", "ja", 2)
def _(c, i):
    p, a, t = c.person("ja"), c.addr("JP"), c.phone("JP")
    return (f"以下のお客様からの問い合わせに対する返信文を作ってください。\n"
            f"お名前：{P(p.full)} 様\nご住所：{a.inline}\n電話番号：{T(t)}\n"
            f"内容：{pick(['先月の請求に解約済みの光回線の料金が含まれている', '端末代金の分割払いが二重に請求されている'], i)}。"
            f"返金の時期を知りたい。")


@tpl("personal_billing", "cnp_restanta", "ro", 2)
def _(c, i):
    v, _dob, sex = c.nid("RO_CNP")
    p, t = c.person("ce", sex=sex, tags=("Romanian",)), c.phone("RO")
    a = c.addr("RO") if i == 0 else None
    addr = f"Adresă: {a.inline}\n" if a else ""
    return (f"Scrie te rog un răspuns scurt: clientul contestă restanța trimisă la recuperare.\n"
            f"Client: {P(p.full)}\nCNP: {NID(v)}\n{addr}Telefon: {T(t)}\nSumă contestată: {c.num(120, 480)} lei "
            f"(abonament după portare, contract reziliat în {pick(['ianuarie', 'iunie'], i)}).")


@tpl("personal_billing", "lastschrift_fail_ch", ("de", "nl"), 2)
def _(c, i):
    cc = pick(["CH", "NL"], i)
    p = c.person("de") if cc == "CH" else c.person("nl")
    iban = c.iban(cc)
    e = c.email(p, "de" if cc == "CH" else "nl")
    if cc == "CH":
        return (f"Rücklastschrift beim Kunden {P(p.full)} ({E(e)}): IBAN ⟦IBAN|{iban}⟧, Grund MD06. "
                f"Schreib eine Mahnung Stufe 1, freundlich, Frist 10 Tage, ohne Sperre anzudrohen.")
    return (f"Storno van de incasso bij klant {P(p.full)} ({E(e)}), IBAN ⟦IBAN|{iban}⟧, reden MD06. Schrijf een "
            f"vriendelijke herinnering, betaaltermijn 14 dagen.")


# ================================================================ personal_field
@tpl("personal_field", "install_booking_uk", "en", 3)
def _(c, i):
    cc = pick(["GB", "GB", "IE"], i)
    p, a, t = c.person("en", "hi", "ce"), c.addr(cc), c.phone(cc)
    slot = pick(["Tue 8 Apr, AM (8-1)", "Sat 12 Apr, PM (1-6)", "Mon 14 Apr, all day"], i)
    net = "Openreach" if cc == "GB" else "open eir"
    return (f"Turn this into a confirmation text under 300 characters:\n\n"
            f"FTTP install - {net} appointment\nCustomer: {P(p.full)}\nAddress:\n{a.block}\n"
            f"Contact: {T(t)}\nSlot: {slot}\nNotes: ONT to go in hallway, customer has a dog, ring before arriving")


@tpl("personal_field", "engineer_notes_lower", "en", 3, case="lower")
def _(c, i):
    p, a, t = c.person("en", sex="f"), c.addr("GB", "IE", "NZ"), c.phone("GB", "IE", "NZ")
    return (f"tidy up my visit notes for the job sheet pls\n"
            f"job at {a.inline}. spoke to {P(p.given)} ({T(t)}), she says internet drops every evening. "
            f"found corroded joint in the dp on the pole, re-terminated. sync now 72/18, was 39/9. "
            f"{P(p.given)}'s router was in a cupboard behind the boiler, moved it. told her to ring if it drops again")


@tpl("personal_field", "technikertermin", "de", 2)
def _(c, i):
    cc = pick(["DE", "AT", "CH"], i)
    p, a, t = c.person("de", "tr", "ce"), c.addr(cc), c.phone(cc)
    return (f"Formuliere eine Terminbestätigung für den Glasfaser-Hausanschluss:\n\n"
            f"Kunde: {P(p.full)}\nAnschrift:\n{a.block}\n"
            f"Telefon: {T(t)}\nTermin: {pick(['Mittwoch, 7. Mai', 'Donnerstag, 15. Mai', 'Montag, 19. Mai'], i)}, "
            f"zwischen 8 und 12 Uhr\nHinweis: Zugang zum Keller nötig, Hausverwaltung informiert")


@tpl("personal_field", "rdv_fibre", "fr", 2)
def _(c, i):
    cc = pick(["FR", "FR", "BE"], i)
    p, a, t = c.person("fr"), c.addr(cc), c.phone(cc)
    title = "M." if p.sex == "m" else "Mme"
    return (f"Peux-tu résumer ce compte rendu d'intervention en deux phrases pour le client ?\n\n"
            f"Intervention raccordement fibre chez {title} {P(p.family)}, {a.inline}. "
            f"PTO posée dans le salon, test OK à 940 Mb/s. Le technicien a dû repasser par le fourreau de la rue "
            f"car la gaine était bouchée. Client joignable au {T(t)}.")


@tpl("personal_field", "koji_ja", "ja", 1)
def _(c, i):
    p, a, t = c.person("ja"), c.addr("JP"), c.phone("JP")
    return (f"光回線の開通工事の案内メールを丁寧な文に直してください。\n\n"
            f"{P(p.full)}様\n工事日：{pick(['5月20日（火）午前', '6月3日（火）午後'], i)}\n住所：{a.inline}\n"
            f"連絡先：{T(t)}\n当日は作業員が2名伺います。立ち会いをお願いします。")


@tpl("personal_field", "seolchi_ko", "ko", 2)
def _(c, i):
    p, a, t = c.person("ko"), c.addr("KR"), c.phone("KR")
    return (f"아래 인터넷 설치 예약 내용을 고객 안내 문자로 짧게 만들어 줘.\n"
            f"고객명: {P(p.full)}\n주소: {a.inline}\n연락처: {T(t)}\n"
            f"설치일: {pick(['5월 14일 오후 2시', '6월 2일 오전 10시'], i)}\n상품: 기가 인터넷 + IPTV")


@tpl("personal_field", "install_india", "en", 2)
def _(c, i):
    p, a, t = c.person("hi"), c.addr("IN"), c.phone("IN")
    t2 = c.phone("IN")
    return (f"Draft a WhatsApp message to the customer confirming the fibre installation, and mention the "
            f"technician will call first.\nName: {P(p.full)}\nInstallation address:\n{a.block}\n"
            f"Mobile: {T(t)}  Alternate: {T(t2)}\nPlan: 300 Mbps, 1 year, with OTT pack")


@tpl("personal_field", "instalacao_fibra", "pt", 1)
def _(c, i):
    p, a, t = c.person("pt"), c.addr("BR"), c.phone("BR")
    return (f"Reescreve essa ordem de serviço de forma clara para o técnico:\n"
            f"cliente {P(p.full)} / end. {a.inline} / tel {T(t)} / instalar ONU + roteador wi-fi 6, "
            f"poste na frente sem caixa de emenda, cliente pede visita depois das 14h")


@tpl("personal_field", "route_tsv", "en", 3)
def _(c, i):
    rows = []
    for k in range(3):
        p = c.person("en", "hi", "ce", "fa")
        a = c.addr(pick(["GB", "GB", "IE"], i + k))
        t = c.phone(a.cc)
        rows.append(f"{8 + 2 * k}:00\t{P(p.full)}\t{a.inline}\t{T(t)}\t{pick(['FTTP install', 'Fault', 'Lift & shift'], k)}")
    return ("Sort tomorrow's route by postcode area and flag any job over 30 miles apart:\n"
            "slot\tcustomer\taddress\tphone\ttype\n" + "\n".join(rows))


@tpl("personal_field", "tarkib_ar", "ar", 2)
def _(c, i):
    p, t = c.person("ar"), c.phone(pick(["AE", "MA"], i))
    a = c.addr(pick(["AE", "MA"], i))
    return (f"اكتب رسالة تأكيد لموعد تركيب الألياف الضوئية:\n"
            f"اسم العميل: {P(p.full)}\nالعنوان: {a.inline}\nالهاتف: {T(t)}\n"
            f"الموعد: {pick(['الأحد القادم من 9 إلى 12 صباحاً', 'الثلاثاء بعد الظهر'], i)}")


# ================================================================ personal_faults
@tpl("personal_faults", "ticket_wan_ip", "en", 3)
def _(c, i):
    cc = pick(["GB", "IE", "GB"], i)
    p, t, ip = c.person("en", "hi", "sea"), c.phone(cc), c.wan()
    return (f"Write the customer update for this ticket (no jargon):\n\n"
            f"INC-{c.num(400000, 499999)} | Priority P3 | Broadband intermittent\n"
            f"Customer: {P(p.full)} | Callback: {T(t)}\nService ID: BBEU{acct(c, '', 8)} | Line: FTTC, ECI cab\n"
            f"WAN IP {IP(ip)} seen on BNG-{pick(['MAN', 'BRS', 'DUB'], i)}-04, {c.num(14, 60)} PPP re-auths in 24h\n"
            f"DLM has banded the line to 40M. Proposed: reset DLM profile, book engineer if drops continue 48h.")


@tpl("personal_faults", "roaming_complaint", "en", 3)
def _(c, i):
    p, t = c.person("en", "hi", "nordic", latin=True), c.phone(pick(["GB", "AU", "CA"], i))
    where = pick(["Lisbon", "Bali", "Cancún"], i)
    e = c.email(p, "en")
    return (f"Customer is stuck abroad with no data. Give me the checklist to walk them through, then a short apology.\n"
            f"Name: {P(p.full)}\nNumber: {T(t)}\nEmail: {E(e)}\nCurrently in: {where}\n"
            f"Handset: iPhone 15, IMEI {c.imei()}\nSays: calls work, 4G icon shows, but nothing loads. Roaming add-on "
            f"was bought yesterday.")


@tpl("personal_faults", "stoerungsmeldung", "de", 2)
def _(c, i):
    p, a, t = c.person("de", "ce"), c.addr("DE"), c.phone("DE")
    ip = c.wan()
    return (f"Fasse die Störungsmeldung für die zweite Ebene zusammen:\n"
            f"Kundin/Kunde {P(p.full)}, {a.inline}, Rückruf unter {T(t)}. Seit drei Tagen kein Internet über "
            f"DOCSIS-Kabelmodem, Fernsehen geht. Modem meldet T3-Timeouts. Öffentliche IP zuletzt {IP(ip)}. "
            f"Nachbarn im Haus haben dasselbe Problem.")


@tpl("personal_faults", "radius_log", "en", 3)
def _(c, i):
    p, p2 = c.person("en", "ce"), c.person("en", "nl")
    u1 = fold(p.given)[0] + fold(p.family.replace(" ", ""))
    u2 = fold(p2.given) + "." + fold(p2.family.replace(" ", ""))
    ip1, ip2 = c.wan(), c.wan()
    realm = pick(["fibre.kestrelnet.co.uk", "adsl.lakeland-isp.net", "ftth.nordnett.no"], i)
    n1, n2 = E(f"{u1}@{realm}"), E(f"{u2}@{realm}")
    return ("Why is the second user being rejected? RADIUS excerpt:\n"
            f"Access-Accept  User-Name=\"{n1}\" Framed-IP-Address={IP(ip1)} NAS-Port-Id=\"xe-0/1/2.{c.num(100, 999)}\"\n"
            f"Access-Reject  User-Name=\"{n2}\" Reply-Message=\"Session limit exceeded\"\n"
            f"Accounting-Stop User-Name=\"{n2}\" Framed-IP-Address={IP(ip2)} Acct-Terminate-Cause=Lost-Carrier")


@tpl("personal_faults", "averia_es", "es", 1)
def _(c, i):
    cc = pick(["ES", "MX"], i)
    p, a, t = c.person("es"), c.addr(cc), c.phone(cc)
    return (f"Resume esta avería en una línea para el parte:\n"
            f"Cliente {P(p.full)}, {a.inline}. Tel. {T(t)}. Sin señal en el ONT (LOS en rojo) desde la tormenta del "
            f"{pick(['martes', 'domingo'], i)}. Ya reinició el router dos veces. Pide técnico por la mañana.")


@tpl("personal_faults", "zhaloba_ru", "ru", 2)
def _(c, i):
    p, a, t = c.person("ru"), c.addr("RU"), c.phone("RU")
    return (f"Помоги составить ответ абоненту, вежливо и по делу.\n\n"
            f"Абонент: {P(p.full)}\nАдрес подключения: {a.inline}\nТелефон: {T(t)}\n"
            f"Суть: с понедельника скорость интернета упала до 5 Мбит/с вместо 100, в личном кабинете тариф "
            f"прежний. Просит перерасчёт.")


@tpl("personal_faults", "guzhang_zh", "zh", 2)
def _(c, i):
    v, _dob, sex = c.nid("CN_RID")
    p, a, t = c.person("zh", sex=sex), c.addr("CN"), c.phone("CN")
    return (f"帮我把这条宽带报修记录整理成工单格式：\n"
            f"用户{P(p.full)}，身份证号{NID(v)}，装机地址{a.inline}，联系电话{T(t)}。"
            f"光猫PON灯闪烁，{pick(['昨晚开始断网', '已经断网两天'], i)}，要求上门维修。")


@tpl("personal_faults", "dm_lower", "en", 3, case="lower")
def _(c, i):
    p, t = c.person("en"), c.phone(pick(["US", "CA", "US"], i))
    a = c.addr(pick(["US", "CA", "US"], i))
    return (f"reply to this DM for me, keep it short and not corporate:\n"
            f"\"day 4 with no internet. 4!! tech was supposed to come tuesday, never showed. i work from home. "
            f"acct is under {P(p.full)}, {a.inline}, call me at {T(t)} if anyone actually cares\"")


@tpl("personal_faults", "guasto_it", "it", 1)
def _(c, i):
    p, a, t = c.person("it"), c.addr("IT"), c.phone("IT")
    return (f"Traduci in inglese per il fornitore wholesale:\n"
            f"Guasto linea FTTH cliente {P(p.full)}, {a.inline}. Recapito {T(t)}. Il ROE al piano terra risulta "
            f"danneggiato dopo lavori condominiali; il cliente è senza servizio da {pick(['lunedì', 'venerdì'], i)}.")


@tpl("personal_faults", "takala_he", "he", 2)
def _(c, i):
    p, a, t = c.person("he"), c.addr("IL"), c.phone("IL")
    return (f"תסכם לי את התקלה בשתי שורות לטכנאי:\n"
            f"הלקוח/ה {P(p.full)}, כתובת {a.inline}, טלפון {T(t)}. "
            f"הסיבים מחוברים אבל הראוטר לא מקבל כתובת, נורית אדומה. {pick(['ביקשו ביקור מחר בבוקר', 'זמינים רק אחרי 16:00'], i)}.")


# ================================================================ personal_contact
@tpl("personal_contact", "call_transcript", "en", 3)
def _(c, i):
    agent, cust = c.person("en"), c.person("en", "hi", "sea", "fa")
    t, d = c.phone("GB", "US", "AU"), c.dob()
    A, C = P(agent.given.upper()), P(cust.given.upper())
    return (f"Score this call against our QA rubric (greeting, ID&V, ownership, close):\n\n"
            f"{A}: Thanks for calling, you're through to {P(agent.given)}, can I take the number you're calling about?\n"
            f"{C}: Yeah it's {T(t)}.\n{A}: And the account holder's name?\n{C}: {P(cust.full)}.\n"
            f"{A}: Lovely. Just to confirm, date of birth?\n{C}: {DOB(fmt_date(d, 'en'))}.\n"
            f"{A}: Thanks. How can I help today?\n{C}: My contract ended in March and you're still charging the "
            f"handset part.\n{A}: Let me look... yes, I can see that. I'll remove it and refund two months.")


@tpl("personal_contact", "transcripcion_es", "es", 2)
def _(c, i):
    agent, cust = c.person("es"), c.person("es", sex="f")
    t = c.phone(pick(["MX", "CO"], i))
    return (f"Saca de esta transcripción qué prometió el agente y en qué plazo:\n\n"
            f"AGENTE ({P(agent.given)}): Buenas tardes, ¿con quién hablo?\n"
            f"CLIENTE: Con {P(cust.full)}, le llamo por la línea {T(t)}.\n"
            f"AGENTE ({P(agent.given)}): Veo que tiene una recarga duplicada del día 3. Le abono la diferencia en "
            f"72 horas.\nCLIENTE: ¿Y me llega un SMS?\nAGENTE ({P(agent.given)}): Sí, señora {P(cust.family)}, le "
            f"llegará un SMS de confirmación.")


@tpl("personal_contact", "b2b_email_sig", "en", 3)
def _(c, i):
    p, p2 = c.person("en", "nordic", "nl"), c.person("en")
    cc = pick(["GB", "IE", "AU"], i)
    a, t, t2 = c.addr(cc), c.phone(cc), c.phone(cc)
    e = c.email(p, domain=pick(["harbourdental.co.uk", "murphyandcoaccountants.ie", "tidewaterclinic.com.au"], i))
    return (f"Draft a reply to this from a business customer. We can't upgrade them until the new leased line "
            f"is live.\n\n> Hi {P(p2.given)},\n> Our practice is moving to 50 lines on the hosted PBX next month. Can you "
            f"confirm the number block keeps the same DDI range and that reception's number {T(t2)} comes across?\n>\n"
            f"> Kind regards,\n> {P(p.full)}\n> Practice Manager\n> {a.inline}\n> T: {T(t)} | {E(e)}")


@tpl("personal_contact", "regulator_letter", "en", 3)
def _(c, i):
    reg, cc, cur = pick([("Ofcom", "GB", "£"), ("ComReg", "IE", "€"), ("the Telecommunications Industry Ombudsman", "AU", "$")],
                        i)
    p, a, t = c.person("en"), c.addr(cc), c.phone(cc)
    e = c.email(p, "en")
    return (f"Help me make this complaint to {reg} clearer and more formal, same facts:\n\n"
            f"my name is {P(p.full)}, {a.inline}. phone {T(t)}, email {E(e)}. I complained to my provider 9 weeks "
            f"ago about being moved to a new price plan without notice. they gave me a deadlock letter on the "
            f"{pick(['3rd', '21st', '14th'], i)}. I want the {cur}{c.num(90, 260)} back and to leave without an exit fee.")


@tpl("personal_contact", "whatsapp_pt", "pt", 2)
def _(c, i):
    p, p2 = c.person("pt", sex="f"), c.person("pt", sex="m")
    t = c.phone(pick(["PT", "BR"], i))
    return (f"Resume esta conversa de WhatsApp para eu colar no CRM:\n"
            f"[10:41] {P(p.given)}: bom dia, o meu router da {pick(['MEO', 'Vivo Fibra'], i)} está sempre a piscar vermelho\n"
            f"[10:42] Loja: Bom dia! Diga-me o nome do titular e o contacto, por favor\n"
            f"[10:44] {P(p.given)}: titular é o meu marido, {P(p2.full)}, {T(t)}\n"
            f"[10:45] Loja: Obrigado, já abri pedido de assistência")


@tpl("personal_contact", "chat_ar", "ar", 2)
def _(c, i):
    p, t = c.person("ar"), c.phone(pick(["SA", "EG"], i))
    return (f"ترجم هذه المحادثة إلى الإنجليزية للمشرف:\n"
            f"العميل: السلام عليكم، أنا {P(p.full)}، رقمي {T(t)}. تم خصم رصيد باقة التجوال مرتين.\n"
            f"الموظف: وعليكم السلام أستاذ/ة {P(p.family)}، سأراجع الفاتورة وأعود إليك خلال 24 ساعة.")


@tpl("personal_contact", "reclamation_fr", "fr", 2)
def _(c, i):
    p, a, t = c.person("fr"), c.addr("FR"), c.phone("FR")
    e = c.email(p, "fr")
    return (f"Améliore cette lettre de réclamation avant que je la signe (je veux la mettre en copie au médiateur des "
            f"communications électroniques) :\n\n{P(p.full)}\n{a.block}\n{T(t)} – {E(e)}\n\n"
            f"Objet : résiliation non prise en compte\nMadame, Monsieur, j'ai résilié ma box le "
            f"{pick(['4 février', '12 mars'], i)} par lettre recommandée et je suis toujours prélevé·e chaque mois.")


@tpl("personal_contact", "hinglish_call", "hinglish", 2)
def _(c, i):
    p, agent, t = c.person("hi"), c.person("hi", sex="m"), c.phone("IN")
    return (f"Is call ka summary English mein likh do, 3 lines:\n"
            f"AGENT: Namaste, main {P(agent.given)} bol raha hoon, aapka number?\n"
            f"CUSTOMER: {T(t)}, naam {P(p.full)}.\n"
            f"CUSTOMER: Recharge kiya 299 wala, par data add nahi hua, 2 din ho gaye.\n"
            f"AGENT: Sir/ma'am, main complaint raise kar raha hoon, 24 ghante mein resolve ho jayega.")


@tpl("personal_contact", "chat_th", "th", 2)
def _(c, i):
    p, t = c.person("th"), c.phone("TH")
    a = c.addr("TH") if i == 0 else None
    extra = f" ที่อยู่ {a.inline}" if a else ""
    return (f"ช่วยสรุปแชตนี้เป็นภาษาอังกฤษหน่อย\n"
            f"ลูกค้า: สวัสดีค่ะ ชื่อ {P(p.full)} เบอร์ {T(t)}{extra} อินเทอร์เน็ตบ้านหลุดทุกคืนค่ะ\n"
            f"เจ้าหน้าที่: ขอบคุณครับคุณ{P(p.given)} จะส่งช่างไปตรวจสอบภายใน 48 ชั่วโมงครับ")


@tpl("personal_contact", "epistoli_el", "el", 2)
def _(c, i):
    p, a, t = c.person("el"), c.addr("GR"), c.phone("GR")
    return (f"Μπορείς να κάνεις πιο επίσημη αυτή την καταγγελία προς την ΕΕΤΤ;\n\n"
            f"Ονομάζομαι {P(p.full)}, κάτοικος {a.inline}, τηλ. {T(t)}. Ο πάροχος μου χρεώνει τέλος "
            f"διακοπής ενώ έχει λήξει η σύμβαση εδώ και {pick(['δύο μήνες', 'έξι εβδομάδες'], i)}.")


@tpl("personal_contact", "caps_complaint", "en", 2, case="upper")
def _(c, i):
    p, a, t = c.person("en"), c.addr(pick(["US", "CA"], i)), c.phone(pick(["US", "CA"], i))
    return (f"please rewrite this so it doesnt sound like im shouting:\nTHIS IS THE THIRD TIME I AM WRITING. "
            f"MY NAME IS {P(p.full)}. SERVICE ADDRESS {a.inline}. CELL {T(t)}. "
            f"YOU CUT OFF MY INTERNET FOR A BILL I PAID ON THE 2ND. I WANT A CALL FROM A SUPERVISOR TODAY.")


@tpl("personal_contact", "chat_vi", "vi", 2)
def _(c, i):
    p, a, t = c.person("vi"), c.addr("VN"), c.phone("VN")
    return (f"Viết lại tin nhắn này cho lịch sự hơn để gửi khách:\n"
            f"chào {P(p.full)}, kỹ thuật sẽ qua {a.inline} lúc 9h sáng mai để kéo lại cáp quang. "
            f"anh/chị giữ máy {T(t)} nhé.")


# ================================================================ personal_records
@tpl("personal_records", "crm_csv", "en", 3)
def _(c, i):
    lines = ["account_id,first_name,last_name,msisdn,email,plan,status"]
    for k in range(3):
        cc = pick(["GB", "IE", "AU", "NZ", "CA"], i + k)
        p = c.person("en", "hi", "sea", "ce", "fa", latin=True)
        lines.append(f"{acct(c, 'AC', 6)},{P(p.given)},{P(p.family)},{T(c.phone(cc))},{E(c.email(p, 'en'))},"
                     f"{pick(['SIMO 30GB', 'Unlimited Max', '5G Essentials'], k + i)},{pick(['active', 'arrears', 'active'], k)}")
    return "This CSV import fails on row 3. Can you spot why and fix it?\n" + "\n".join(lines)


@tpl("personal_records", "vertrag_csv", "de", 2)
def _(c, i):
    lines = ["Vertragsnr;Name;Vorname;Geburtsdatum;Straße;PLZ Ort;Tarif"]
    for k in range(2):
        p, d = c.person("de", "tr", "pl", "ce"), c.dob()
        a = c.addr("DE")
        street, rest = a.block.split("\n")
        lines.append(f"V{c.num(1000000, 9999999)};{P(p.family)};{P(p.given)};{DOB(fmt_date(d, 'dmy.'))};{street};{rest};"
                     f"{pick(['MagentaZuhause L', 'GigaZuhause 250', 'Glasfaser 500'], k + i)}")
    return ("Warum zeigt Excel bei diesem Export die Umlaute kaputt an, und wie importiere ich ihn richtig?\n"
            + "\n".join(lines))


@tpl("personal_records", "subscriber_json", "en", 3)
def _(c, i):
    cc = pick(["US", "ZA", "NG"], i)
    p, a, t = c.person("en"), c.addr(cc), c.phone(cc)
    extra = ""
    if cc == "ZA":
        v = c.nid("ZA_ID")[0]
        extra = f',\n  "id_number": "{NID(v)}"'
    street = a.block.split("\n")[0]
    town = a.block.split("\n")[1]
    return ("Write a jq filter that pulls holder name and phone from records like this:\n```json\n{\n"
            f'  "subscriber": {{"name": "{P(p.full)}", "msisdn": "{T(t)}"}},\n'
            f'  "service_address": {{"line1": "{street}", "locality": "{town}"}},\n'
            f'  "iccid": "{c.iccid()}",\n  "plan": "{pick(["Prepaid 25", "Business 5G", "Family Share"], i)}"{extra}\n}}\n```')


@tpl("personal_records", "subscriber_yaml", "en", 2)
def _(c, i):
    kind = pick(["SE_PNR", "NO_FNR"], i)
    v, _dob, sex = c.nid(kind)
    p, t, ip = c.person("nordic", "nl", "en", sex=sex), c.phone(pick(["SE", "NO"], i)), c.wan()
    a = c.addr(pick(["SE", "NO"], i))
    return ("Validate this provisioning YAML - the static IP block isn't being applied:\n```yaml\ncustomer:\n"
            f"  name: \"{P(p.full)}\"\n  national_id: \"{NID(v)}\"\n  phone: \"{T(t)}\"\n"
            f"  address: \"{a.inline}\"\nservice:\n  product: fiber-1000\n  static_ipv4: {IP(ip)}\n"
            "  vlan: 101\n```")


@tpl("personal_records", "sql_insert", "en", 2)
def _(c, i):
    p, p2 = c.person("en", "es", "fr"), c.person("en", "pt", "it")
    t, t2 = c.phone("US", "MX"), c.phone("US", "BR")
    return ("This INSERT throws a unique-constraint error. Rewrite it as an upsert (PostgreSQL):\n```sql\n"
            "INSERT INTO subscribers (msisdn, full_name, email, plan_id) VALUES\n"
            f"  ('{T(t)}', '{P(p.full)}', '{E(c.email(p, 'en'))}', 14),\n"
            f"  ('{T(t2)}', '{P(p2.full)}', '{E(c.email(p2, 'en'))}', 14);\n```")


@tpl("personal_records", "number_list", "en", 3)
def _(c, i):
    ccs = pick([("GB",), ("AU", "NZ"), ("IE", "GB")], i)
    lines = []
    for k in range(4):
        p = c.person("en", "hi", "sea", "ce", "fa", "nordic")
        lines.append(f"{k + 1}. {P(p.full)} - {T(c.phone(*ccs))}")
    return ("Our company account has these users. Which ones should go on the 100GB shared bolt-on? The first two "
            "travel most.\n" + "\n".join(lines))


@tpl("personal_records", "eksport_pipe_pl", "pl", 2)
def _(c, i):
    lines = ["nr_klienta|imie_nazwisko|pesel|telefon|miasto"]
    for _k in range(2):
        v, _dob, sex = c.nid("PL_PESEL")
        p, a = c.person("pl", sex=sex), c.addr("PL")
        lines.append(f"{c.num(100000, 999999)}|{P(p.full)}|{NID(v)}|{T(c.phone('PL'))}|{L(a.town)}")
    return "Zamień ten eksport na tabelę Markdown i posortuj po mieście:\n" + "\n".join(lines)


@tpl("personal_records", "md_table_sv", "sv", 2)
def _(c, i):
    kind = pick(["SE_PNR", "DK_CPR"], i)
    v, _dob, sex = c.nid(kind)
    p, a, t = c.person("nordic", sex=sex), c.addr(pick(["SE", "DK"], i)), c.phone(pick(["SE", "DK"], i))
    lbl = "Personnummer" if kind == "SE_PNR" else "CPR-nr."
    return (f"Gör om den här raden till en JSON-post för vårt CRM:\n\n"
            f"| Kund | {lbl} | Telefon | Adress | Abonnemang |\n|---|---|---|---|---|\n"
            f"| {P(p.full)} | {NID(v)} | {T(t)} | {a.inline} | Bredband 250/250 |")


@tpl("personal_records", "crm_ko", "ko", 2)
def _(c, i):
    v, _dob, sex = c.nid("KR_RRN")
    p, t = c.person("ko", sex=sex), c.phone("KR")
    a = c.addr("KR")
    return (f"이 고객 정보를 CSV 한 줄로 바꿔 줘 (이름,주민번호,전화,주소):\n"
            f"이름 {P(p.full)} / 주민등록번호 {NID(v)} / 휴대폰 {T(t)} / 주소 {a.inline} / 요금제 5G 프리미어")


@tpl("personal_records", "eksport_uk", "uk", 2)
def _(c, i):
    p, a, t = c.person("uk"), c.addr("UA"), c.phone("UA")
    return (f"Переклади цей запис абонента англійською для партнера:\n"
            f"ПІБ: {P(p.full)}\nАдреса: {a.inline}\nМобільний: {T(t)}\n"
            f"Тариф: {pick(['Смарт Безлім', 'Домашній інтернет 500'], i)}\nПримітка: переїзд, просить перенести послугу")


# ================================================================ personal rows in more languages
@tpl("personal_contact", "keluhan_id", ("id", "tl"), 2)
def _(c, i):
    p, a, t = c.person("sea"), c.addr(pick(["ID", "PH"], i)), c.phone(pick(["ID", "PH"], i))
    if i == 0:
        return (f"Tolong rapikan keluhan pelanggan ini jadi tiket:\n"
                f"nama {P(p.full)}, alamat {a.inline}, hp {T(t)}. Wifi IndiHome mati sejak kemarin sore, "
                f"lampu LOS merah. Sudah restart modem. Minta teknisi datang pagi.")
    return (f"Pakisummarize po itong concern ng customer, Taglish lang:\n"
            f"Si {P(p.full)} ng {a.inline}, contact {T(t)}. Nag-load siya ng GoSURF pero walang data for 2 days. "
            f"Gusto niya ng refund o extension ng promo.")


@tpl("personal_billing", "reklamace_cz", ("cs", "hu"), 2)
def _(c, i):
    cc = pick(["CZ", "HU"], i)
    p = c.person("ce", sex="m", tags=("Czech",)) if cc == "CZ" else c.person("ce", tags=("Hungarian",))
    a, t = c.addr(cc), c.phone(cc)
    if cc == "CZ":
        return (f"Napiš mi prosím odpověď na reklamaci vyúčtování:\n"
                f"Zákazník {P(p.full)}, {a.inline}, tel. {T(t)}. Tvrdí, že mu bylo účtováno {c.num(300, 900)} Kč za "
                f"roaming v Chorvatsku, ale byl celou dobu doma.")
    return (f"Fogalmazz meg egy választ erre a számlapanaszra:\n"
            f"Ügyfél: {P(p.full)}, {a.inline}, tel.: {T(t)}. Kétszer vonták le a havi díjat "
            f"({c.num(6, 15)} 990 Ft), visszatérítést kér.")


@tpl("personal_field", "asennus_fi", ("fi", "no"), 2)
def _(c, i):
    cc = pick(["FI", "NO"], i)
    if cc == "FI":
        v = c.nid("FI_HETU")[0]
        p, a, t = c.person("nordic", sex="f", tags=("Finnish", "Swedish")), c.addr(cc), c.phone(cc)
        return (f"Muotoile tästä asennusvahvistus asiakkaalle:\n"
                f"Asiakas: {P(p.full)} (hetu {NID(v)})\nOsoite: {a.inline}\nPuhelin: {T(t)}\n"
                f"Kuituliittymän asennus ti 13.5. klo 8–12, asentaja soittaa puoli tuntia ennen.")
    p, a, t = c.person("nordic"), c.addr(cc), c.phone(cc)
    return (f"Lag en kort SMS til kunden om fiberinstallasjonen:\n"
            f"Kunde: {P(p.full)}, {a.inline}, mobil {T(t)}. Montør kommer torsdag mellom 10 og 14.")


@tpl("personal_porting", "tasima_fa", ("fa", "tr"), 2)
def _(c, i):
    p, t = c.person("fa_s" if i == 0 else "fa"), c.phone(pick(["IR", "TR"], i))
    if i == 0:
        return (f"این پیام مشتری را به انگلیسی ترجمه کن:\n"
                f"سلام، من {P(p.full)} هستم. می‌خواهم شماره {T(t)} را به اپراتور دیگر منتقل کنم اما کد انتقال "
                f"برایم ارسال نشده است.")
    return (f"Translate this note from our Istanbul store for the porting team:\n"
            f"Müşteri {P(p.full)}, hat {T(t)}. Numara taşıma başvurusu kimlik fotokopisi eksik diye reddedildi, "
            f"müşteri yabancı uyruklu, ikamet izni var.")


@tpl("personal_porting", "sim_registration_kyc", ("en", "fr", "es", "pt", "es"), 5)
def _(c, i):
    if i == 0:
        p, a, t = c.person("hi"), c.addr("IN"), c.phone("IN")
        v = c.nid("IN_AADHAAR")[0]
        return (f"Prepaid SIM activation stuck at e-KYC. Tell the retailer what to re-check:\n"
                f"Name: {P(p.full)}\nAadhaar: {NID(v)}\nAddress:\n{a.block}\nAlternate no.: {T(t)}\n"
                f"Error: biometric mismatch (thumb), retried 3 times")
    if i == 1:
        v, dob, sex = c.nid("BE_NN")
        p, a, t = c.person("fr", "nl", sex=sex), c.addr("BE"), c.phone("BE")
        return (f"Vérifie si l'identification de cette carte prépayée est complète (obligation belge) :\n"
                f"Nom : {P(p.full)}\nN° de registre national : {NID(v)}\nDate de naissance : "
                f"{DOB(fmt_date(dob, 'dmy/'))}\nAdresse : {a.inline}\nNuméro attribué : {T(t)}")
    if i == 2:
        p, a, t = c.person("es", tags=("Chilean", "Argentine", "Quechua")), c.addr("CL"), c.phone("CL")
        v = c.nid("CL_RUT")[0]
        return (f"¿Qué le falta a este registro de chip para el portal de la Subtel?\n"
                f"Nombre: {P(p.full)} · RUT: {NID(v)} · Domicilio: {a.inline} · Número: {T(t)} · IMEI: {c.imei()}")
    if i == 3:
        p, a, t = c.person("pt"), c.addr("PT"), c.phone("PT")
        v = c.nid("PT_NIF")[0]
        return (f"Preenche-me o resumo do pedido de adesão ao tarifário empresarial:\n"
                f"Titular: {P(p.full)}\nNIF: {NID(v)}\nMorada: {a.inline}\nTelemóvel: {T(t)}\n"
                f"Fidelização: 24 meses, fatura eletrónica")
    p = next(x for x in PEOPLE["es"] if x.full == "Guadalupe Hernández Ríos")
    c.row.add(("p", p.full))
    c.uses[("p", p.full)] += 1
    a, t = c.addr("MX"), c.phone("MX")
    v = c.nid("MX_INE")[0]
    return (f"Revisa si estos datos del contrato pospago coinciden con la INE:\n"
            f"Nombre: {P(p.full)}\nClave de elector: {NID(v)}\nFecha de nacimiento: "
            f"{DOB(fmt_date((25, 8, 1984), 'dmy/'))}\nDomicilio: {a.inline}\nCelular: {T(t)}")


@tpl("personal_billing", "contract_id_check", ("en", "de", "he", "ja", "ru"), 5)
def _(c, i):
    if i == 0:
        p, a, d = c.person("en"), c.addr("GB"), c.dob()
        v = c.nid("GB_NINO")[0]
        return (f"Business sole-trader contract, credit check came back 'refer'. What else can I ask for?\n"
                f"Applicant: {P(p.full)} | NI number: {NID(v)} | DOB: {DOB(fmt_date(d, 'dmy/'))}\n"
                f"Trading address: {a.inline} | 3 years at address | 6 lines + 2 tablets requested")
    if i == 1:
        p, a, d = c.person("de"), c.addr("DE"), c.dob()
        v = c.nid("DE_AUSWEIS")[0]
        return (f"Der Kunde hat im Shop den Ausweis vorgelegt, die Bonitätsprüfung ist negativ. Formuliere die Absage.\n"
                f"Name: {P(p.full)}, geb. {DOB(fmt_date(d, 'de'))}, Ausweisnr. {NID(v)}, {a.inline}")
    if i == 2:
        p, a, t = c.person("he"), c.addr("IL"), c.phone("IL")
        v = c.nid("IL_ID")[0]
        return (f"תנסח הודעה ללקוח שהבקשה להסדר תשלומים אושרה:\n"
                f"שם: {P(p.full)}, ת.ז. {NID(v)}, טלפון {T(t)}, כתובת {a.inline}. 12 תשלומים, חוב של 1,840 ש\"ח.")
    if i == 3:
        p, a, t = c.person("ja"), c.addr("JP"), c.phone("JP")
        v = c.nid("JP_MYNUM")[0]
        return (f"この申込書の記入ミスを指摘してください。\n"
                f"氏名：{P(p.full)}\nマイナンバー：{NID(v)}\n住所：{a.inline}\n電話：{T(t)}\n"
                f"※本人確認書類はマイナンバーカードのみ（通知カード不可）")
    p, t = c.person("ru"), c.phone("RU")
    v = c.nid("RU_PASS")[0]
    a = c.addr("RU")
    return (f"Проверь анкету на SIM-карту перед отправкой в систему (данные паспорта обязательны):\n"
            f"ФИО: {P(p.full)}\nПаспорт: {NID(v)}\nАдрес регистрации: {a.inline}\nКонтактный номер: {T(t)}")


# ================================================================ PII-free rows: texts written out in full
def fixed(cls, name, lang, texts, case=None):
    assert len(texts) <= 5, name

    def fn(_c, i):
        return texts[i]
    TEMPLATES.append({"class": cls, "template": name, "lang": lang, "n": len(texts), "case": case, "fn": fn})


# ---------------------------------------------------------------- clean_network: eponyms, units, standards
fixed("clean_network", "erlang_sizing", "en", [
    ("A call centre in Glasgow gets 420 calls an hour at peak, average handle time 3.5 minutes. How many Erlangs is "
    "that, and how many agents do I need for 80% answered in 20 seconds using Erlang C?"),
    ("Explain the difference between Erlang B and Erlang C like I'm new to traffic engineering. Who was Agner Krarup "
    "Erlang and why is the unit named after him?"),
    ("Our SIP trunk provider says 30 channels. With 18.2 Erlangs of busy-hour traffic, what's the blocking probability? "
    "Show the Erlang B working, not just the answer."),
])
fixed("clean_network", "shannon_nyquist", "en", [
    ("Using the Shannon–Hartley theorem, what's the theoretical capacity of a 20 MHz LTE carrier at 15 dB SNR? Then "
    "explain why real throughput on Vodafone or EE is much lower."),
    ("Nyquist says sample at twice the highest frequency. How does that relate to the Nyquist ISI criterion used in "
    "raised-cosine filters for 5G NR? Two separate ideas, same guy?"),
    ("Write a short explainer for new NOC staff: Shannon limit, Nyquist rate, Hamming distance and Reed–Solomon codes, "
    "one paragraph each, with one telecom example apiece (DVB-T, DOCSIS, GPON, QR codes)."),
])
fixed("clean_network", "standards_table", "en", [
    ("Make a Markdown table comparing DOCSIS 3.1, DOCSIS 4.0, GPON, XGS-PON and 50G-PON: downstream, upstream, "
    "medium, and which operators (Virgin Media O2, Comcast, Openreach, Deutsche Telekom) use them."),
    ("| Standard | Max PHY rate | Band |\n|---|---|---|\n| Wi-Fi 5 (802.11ac) | 6.9 Gb/s | 5 GHz |\n"
    "| Wi-Fi 6E | 9.6 Gb/s | 6 GHz |\n| Wi-Fi 7 (802.11be) | ? | 2.4/5/6 GHz |\nFill in the missing cell and add a "
    "column for MLO support."),
    ("Compare LTE-M, NB-IoT and RedCap for a smart-meter rollout in Norway with Telenor and Telia. Table please, with "
    "battery life, coverage class and module cost."),
])
fixed("clean_network", "eponyme_de", "de", [
    ("Warum heißt die Einheit der Frequenz Hertz und die der Leistung Watt? Gibt es in der Nachrichtentechnik noch "
    "mehr Einheiten, die nach Personen benannt sind (Bel, Baud, Siemens, Tesla)?"),
    ("Erklär mir den Unterschied zwischen Dezibel und Neper und warum im Kabelnetz von Vodafone Deutschland in dBmV "
    "gemessen wird."),
])
fixed("clean_network", "loi_shannon_fr", "fr", [
    ("Peux-tu m'expliquer la différence entre GPON et XGS-PON pour un client d'Orange ou de Free qui hésite à changer "
    "de box ?"),
    ("Pourquoi le baud s'appelle-t-il ainsi ? J'ai lu que c'était en hommage à Émile Baudot, l'inventeur du code "
    "télégraphique."),
])
fixed("clean_network", "yagi_ja", "ja", [
    "八木・宇田アンテナの原理を新人向けに説明してください。八木秀次と宇田新太郎の功績にも一言触れてください。",
    "5Gのミリ波とSub-6の違いを、NTTドコモとKDDIのエリア展開の例を使って簡単にまとめてください。",
])
fixed("clean_network", "tech_lower", "en", [
    "whats the actual difference between docsis 3.1 and 4.0, is it worth waiting for",
    "is wi-fi 7 mlo worth it if my isp only gives me 500 meg on fttp",
    "why does starlink ping jump every 15 seconds, is that the satellite handover",
    "what does a viterbi decoder actually do, explain like im 12",
], case="lower")
fixed("clean_network", "carta_smith_es", "es", [
    "¿Cómo se usa la carta de Smith para adaptar una antena a 50 ohmios? Pon un ejemplo a 3,5 GHz.",
    "Explícame la zona de Fresnel y la curvatura terrestre para un radioenlace entre Toledo y Madrid.",
])
fixed("clean_network", "xiangnong_zh", "zh", [
    "请用通俗的话解释香农定理和奈奎斯特采样定理的区别，并举一个5G基站的例子。",
    "华为和中兴的5G基站在Massive MIMO上有什么不同？请列一个对比表。",
])
fixed("clean_network", "chuaseon_ko", "ko", [
    "LTE와 5G NR의 프레임 구조 차이를 신입 엔지니어에게 설명해 줘. SK텔레콤과 KT 사례도 넣어 줘.",
])
fixed("clean_network", "popov_ru", "ru", [
    "Кто изобрёл радио — Попов или Маркони? Дай короткую сбалансированную справку для урока.",
])
fixed("clean_network", "trainee_quiz_caps", "en", [
    ("MAKE 5 QUIZ QUESTIONS FOR NEW FIELD ENGINEERS: WHAT DOES GPON STAND FOR, WHAT IS AN ONT, WHO GAVE HIS NAME TO "
    "THE ERLANG, WHAT IS THE SHANNON LIMIT, WHAT DOES VDSL2 PROFILE 35B MEAN."),
    ("TURN THIS INTO A POSTER FOR THE DEPOT WALL: ALWAYS TEST WITH AN OTDR BEFORE AND AFTER SPLICING. CHECK FOR "
    "MACROBENDS. LABEL EVERY SPLITTER. NO EXCUSES."),
], case="upper")


# ---------------------------------------------------------------- clean_tariffs: tariffs and coverage, named places
fixed("clean_tariffs", "sim_only_uk", "en", [
    ("Which has better 5G in Manchester city centre and on the train to Leeds: EE, Vodafone, Three or O2? I mostly "
    "stream on the commute."),
    ("Compare SIM-only deals under £15 from giffgaff, Lebara, Smarty and VOXI. Which ones run on which network, and do "
    "any include EU roaming?"),
    ("Is BT Full Fibre 900 worth it over Sky Broadband Superfast in Cardiff, or should I look at Virgin Media O2's "
    "gig1? Only two of us in the flat."),
])
fixed("clean_tariffs", "coverage_world", "en", [
    ("How good is Safaricom 5G coverage in Nairobi and Mombasa compared with Airtel Kenya? Planning a 3-week work "
    "trip."),
    ("For a month in Lagos and Abuja, is MTN or Glo better for mobile data, and can I get a SIM at the airport with "
    "a foreign passport?"),
    ("Which eSIM gives the best value for two weeks in Japan: Airalo, Ubigi or a Rakuten Mobile prepaid? Tokyo, "
    "Kyoto and Hokkaido."),
])
fixed("clean_tariffs", "roaming_rules", "en", [
    "Does 'Roam like at Home' cover Switzerland, Norway and Turkey? My plan is with Orange Belgium.",
    ("Explain the EU roaming fair-use policy in plain English for a FAQ page. Mention Iceland, Liechtenstein and "
    "Norway being in the EEA."),
    "I'm on a Verizon plan and going to Cancún and Mexico City. Is TravelPass worth it or should I buy a Telcel SIM?",
])
fixed("clean_tariffs", "tarif_de", "de", [
    ("Welcher Anbieter hat in Leipzig das bessere Glasfaserangebot, Telekom oder Deutsche Glasfaser? Und lohnt sich "
    "MagentaTV dazu?"),
    ("Vergleiche bitte die Prepaid-Tarife von Aldi Talk, congstar und fraenk für jemanden, der viel in Bayern auf "
    "dem Land unterwegs ist."),
])
fixed("clean_tariffs", "forfait_fr", "fr", [
    "Quel forfait mobile choisir à Lyon pour moins de 15 € : Free, Sosh, RED by SFR ou B&You ?",
    ("La fibre de Bouygues Telecom est-elle disponible dans les villages du Lubéron ? Sinon, la 4G box d'Orange "
    "est-elle une bonne alternative ?"),
])
fixed("clean_tariffs", "tarifa_es", "es", [
    ("¿Qué compañía tiene mejor cobertura en los Pirineos de Huesca, Movistar o Vodafone? Voy a hacer rutas por "
    "Ordesa."),
    "Compara las tarifas de fibra de Digi, MásMóvil y O2 en Valencia. Solo necesito internet, sin televisión.",
])
fixed("clean_tariffs", "plano_br", "pt", [
    "Qual operadora tem melhor 5G em Recife e Olinda: Vivo, Claro ou TIM? Quero um plano controle até R$ 60.",
    "Em Lisboa, vale mais a pena a MEO, a NOS ou a Vodafone para fibra de 1 Gbps? E a DIGI que chegou agora?",
])
fixed("clean_tariffs", "abonament_pl", "pl", [
    "Która sieć ma lepszy zasięg w Bieszczadach: Play, Plus, Orange czy T-Mobile?",
])
fixed("clean_tariffs", "tariff_lower", "en", [
    "is giffgaff any good in cornwall or should i go ee, staying near st ives for the summer",
    "cheapest way to get data in iceland for a week, is siminn prepaid ok",
    "does three still do free roaming in the usa or did they stop that",
    "is optus or telstra better out near uluru, going on a road trip from alice springs",
], case="lower")
fixed("clean_tariffs", "baqat_ar", "ar", [
    "ما أفضل باقة إنترنت منزلي في دبي: اتصالات أم دو؟ أحتاج سرعة عالية للألعاب.",
])
fixed("clean_tariffs", "plan_hinglish", "hinglish", [
    "Pune mein Jio Fiber better hai ya Airtel Xstream? Dono ka 1 Gbps plan compare karo, OTT bhi chahiye.",
    "Vi ka 5G Delhi mein kab tak aayega? Abhi Jio aur Airtel ka hi dikh raha hai.",
])
fixed("clean_tariffs", "tarife_tr", "tr", [
    "İzmir'de evden çalışmak için Türk Telekom, Superonline ve TurkNet fiber tarifelerini karşılaştırır mısın?",
])
fixed("clean_tariffs", "paket_id", "id", [
    "Mana yang lebih bagus sinyalnya di Yogyakarta dan Dieng: Telkomsel, Indosat atau XL?",
])
fixed("clean_tariffs", "abonnemang_sv", "sv", [
    "Vilken operatör har bäst täckning i fjällen runt Åre och Vemdalen, Telia, Tele2 eller Telenor?",
])
fixed("clean_tariffs", "paketa_el", "el", [
    "Ποια εταιρεία έχει καλύτερο 5G στη Θεσσαλονίκη, η Cosmote, η Vodafone ή η Nova;",
])


# ---------------------------------------------------------------- clean_templates: blank forms, placeholders, sample people
fixed("clean_templates", "blank_port_form", "en", [
    ("Tidy up this blank porting form for our website:\n\nName on account: [CUSTOMER NAME]\nMobile number: "
    "[07XXX XXXXXX]\nDate of birth: [DD/MM/YYYY]\nBilling address: [ADDRESS LINE 1], [TOWN], [POSTCODE]\n"
    "PAC: [PAC CODE]\nSignature: ____________"),
    ("Here's our sample filled-in port request for the training deck. Check it looks realistic:\n"
    "Name on account: John Smith\nMobile: 07700 900123\nDOB: 01/01/1980\nAddress: 1 High Street, Anytown, AB1 2CD\n"
    "PAC: ABC123456"),
    ("Write the help text for each field of a US number-transfer form (account number, transfer PIN, name, ZIP). Use "
    "John Q. Public and (555) 010-0199 as the example."),
])
fixed("clean_templates", "sample_crm_json", "en", [
    ("Generate a JSON schema for this subscriber record:\n```json\n{\"subscriber\": {\"name\": \"Jane Doe\", "
    "\"msisdn\": \"+1 555 0100\"}, \"email\": \"jane.doe@example.com\", \"plan\": \"UNLIMITED_5G\", "
    "\"router_wan\": \"192.0.2.10\"}\n```"),
    ("Our mock data for the CRM sandbox uses `{{first_name}} {{last_name}}`, `{{msisdn}}` and `{{service_address}}`. "
    "Write a Jinja template for the welcome SMS using those fields."),
    ("Replace the real-looking values in this fixture with obvious test data:\n```yaml\nsubscriber:\n  name: Test "
    "Customer\n  phone: \"07700 900000\"\n  email: test.customer@example.org\n  ip: 203.0.113.77\n```\nIs it already "
    "safe?"),
])
fixed("clean_templates", "sample_people_eu", ("de", "pl", "it", "fr", "nl"), [
    ("Erstelle ein Musterformular für den Anbieterwechsel mit Beispieldaten: Max Mustermann, Musterstraße 1, 12345 "
    "Musterstadt, Rufnummer 0151 00000000."),
    ("Przygotuj wzór wniosku o przeniesienie numeru z przykładowymi danymi: Jan Kowalski, ul. Przykładowa 1, "
    "00-000 Warszawa."),
    ("Scrivi un modulo di esempio per il cambio operatore intestato a Mario Rossi, via Roma 1, 00100 Roma, così i "
    "clienti capiscono cosa compilare."),
    ("Fais un exemple de formulaire de résiliation de box pour M. Jean Dupont, 1 rue de la Paix, 75000 Paris "
    "(données fictives, évidemment)."),
    ("Maak een voorbeeld van een opzegbrief voor een internetabonnement op naam van Jan Jansen, Voorbeeldstraat 1, "
    "1234 AB Ergenshuizen."),
])
fixed("clean_templates", "sample_people_world", ("ko", "zh", "vi", "es", "ar"), [
    "번호이동 신청서 작성 예시를 만들어 줘. 이름은 홍길동, 주소는 서울시 OO구 OO로 00, 전화번호는 010-0000-0000으로.",
    "请给我一份携号转网申请表的填写示例，姓名用张三，联系人用李四，号码用138xxxxxxxx代替。",
    "Viết mẫu đơn chuyển mạng giữ số với tên ví dụ là Nguyễn Văn A, địa chỉ và số điện thoại để trống.",
    "Hazme una plantilla de reclamación para el operador a nombre de Fulano de Tal, calle Falsa 123, Springfield.",
    "اكتب نموذج طلب نقل رقم باسم فلان الفلاني، مع ترك خانات العنوان ورقم الهوية فارغة.",
])
fixed("clean_templates", "price_rise_merge", "en", [
    ("Improve this merge letter:\n\nDear {{customer.first_name}},\nFrom 1 April your monthly price will rise by "
    "£{{uplift}} in line with our terms. Your account number {{account_no}} stays the same.\nKind regards,\n"
    "{{signatory.name}}, Customer Director"),
    ("Write a mail-merge email for a broadband price change. Placeholders: [FIRST NAME], [PLAN], [OLD PRICE], "
    "[NEW PRICE], [DATE]."),
    ("Our letter says 'Dear <<Title>> <<Surname>>' - is that better than 'Dear <<FirstName>>' for customers over 70? "
    "Give both versions."),
])
fixed("clean_templates", "bot_transcript", "en", [
    ("Review this chatbot flow for tone:\nUSER: hi my internet is down\nTOBi: Sorry to hear that! Let's run a quick "
    "line test. What's your postcode?\nUSER: [postcode]\nTOBi: Thanks. There's an outage in your area, engineers are "
    "on it."),
    ("Rewrite Aura's replies to sound less robotic:\nCLIENTE: quiero cambiar de tarifa\nAURA: Entendido. Selecciona "
    "una opción: 1) Fibra 2) Móvil 3) Fusión\nCLIENTE: fusión\nAURA: Perfecto. Te paso con un agente."),
    ("Our assistant is called Nova. Draft an opening line for Nova on WhatsApp that asks for the account number "
    "without asking for the customer's name."),
])
fixed("clean_templates", "fiction_numbers", "en", [
    ("For a TV ad we need phone numbers that won't ring anyone. Are 07700 900000–900999 (Ofcom drama range) and "
    "555-0100 to 555-0199 in the US safe? What about Australia, 0491 570 xxx?"),
    ("Write unit tests for our MSISDN normaliser using only documentation numbers: +44 7700 900123, +1 202 555 0143, "
    "+61 491 570 006 and 192.0.2.0/24 for the IP fields."),
])
fixed("clean_templates", "muster_de", "de", [
    ("Schreib einen Musterbrief für die Kündigung eines DSL-Vertrags. Platzhalter: [Name], [Kundennummer], "
    "[Anschrift], [Datum]. Beispielname Erika Mustermann."),
])
fixed("clean_templates", "notice_caps", "en", [
    ("CHECK THIS NOTICE FOR ERRORS: PLANNED MAINTENANCE - BROADBAND SERVICES IN THE [AREA] EXCHANGE MAY BE "
    "UNAVAILABLE BETWEEN 00:00 AND 06:00 ON [DATE]. WE APOLOGISE FOR ANY INCONVENIENCE."),
    ("MAKE THIS SHOP WINDOW SIGN SHORTER: NEW iPHONE 16 AND SAMSUNG GALAXY S25 NOW IN STOCK. ASK ABOUT OUR "
    "TRADE-IN OFFERS. ONE PER CUSTOMER."),
], case="upper")
fixed("clean_templates", "template_lower", "en", [
    "how do i write a letter of authority template so a business customer can let us port their numbers",
    "need a blank ticket template for field engineers, fields like job ref, exchange, cab, fault type, resolution",
    "whats a good subject line for a 'your router is being replaced' email, keep it under 50 chars",
], case="lower")
fixed("clean_templates", "mal_no", ("no", "sv"), [
    "Lag et eksempel på en oppsigelse av bredbånd for Ola Nordmann, Eksempelveien 1, 0000 Oslo, til bruk i vår FAQ.",
    "Skriv en mall för nummerflytt där kunden heter Anders Andersson och allt annat är platshållare.",
])


# ---------------------------------------------------------------- clean_ops: configs, logs, tickets, company data
fixed("clean_ops", "router_config", "en", [
    ("Why isn't this BGP session coming up?\n```\nrouter bgp 64500\n neighbor 192.0.2.1 remote-as 64501\n neighbor "
    "192.0.2.1 description TRANSIT-A\n address-family ipv6\n  neighbor 2001:db8:0:1::1 activate\n```"),
    ("Convert this Cisco ACL to Juniper syntax:\n```\nip access-list extended MGMT\n permit tcp 198.51.100.0 "
    "0.0.0.255 any eq 22\n deny ip any any log\n```"),
    ("Our CPE template sets the LAN to 192.168.1.1/24 and DHCP pool .100–.199. Is there any reason to move customers "
    "to 10.0.0.0/24 instead? Think double NAT with CGNAT in 100.64.0.0/10."),
])
fixed("clean_ops", "bng_syslog", "en", [
    ("What's going on here?\n```\nMay 12 03:14:07 bng-lon-02 pppoe: session 0x4f1 down, cause=LCP echo timeout, "
    "framed-ip=203.0.113.45\nMay 12 03:14:08 bng-lon-02 pppoe: session 0x4f2 down, cause=LCP echo timeout, "
    "framed-ip=203.0.113.46\nMay 12 03:14:09 bng-lon-02 bfd: neighbor 198.51.100.9 down\n```"),
    ("Write a regex that pulls the framed IP and session ID out of lines like `session 0x4f1 down, "
    "framed-ip=203.0.113.45`."),
    ("Summarise this for the incident channel: OLT olt-brs-07 card 3 rebooted at 02:40, 512 ONTs lost sync, "
    "restored 02:58, root cause firmware 6.1.2 watchdog. Vendor Nokia case opened."),
])
fixed("clean_ops", "company_accounts_csv", "en", [
    ("Dedupe this business-accounts CSV:\ncompany,lines,account_manager_team,city\nTed Baker,120,Enterprise South,"
    "London\nDyson,340,Enterprise West,Malmesbury\nTed Baker,120,Enterprise South,London\nJohn Lewis Partnership,"
    "2200,Key Accounts,London"),
    ("Sort these SME customers by contract end date:\ncompany;end;lines\nGreggs;2025-11-30;60\nMcLaren Racing;"
    "2026-03-31;210\nBoots;2025-09-30;900\nCadbury;2026-01-31;75"),
    ("Which of these resellers are named after their founders? Siemens, Philips, Ericsson, Marconi Communications, "
    "Dell, Hewlett Packard Enterprise, Cisco, Juniper. Put it in a table."),
])
fixed("clean_ops", "major_incident", "en", [
    ("Draft the customer-facing status update: fibre cut on the Reading–Swindon route by a third-party contractor, "
    "about 40,000 broadband customers in Wiltshire affected, splicing teams on site, ETA 6 hours."),
    ("Write a post-incident review outline for yesterday's DNS outage. Resolvers dns1.example.net and "
    "dns2.example.net stopped answering after a bad config push; failover to Cloudflare 1.1.1.1 was manual."),
    ("Turn this into a timeline table: 09:02 alarms on Ericsson RAN in Birmingham, 09:10 P1 declared, 09:25 "
    "transmission fault found at Nokia microwave hub, 10:40 traffic rerouted, 11:15 all clear."),
])
fixed("clean_ops", "ansible_inventory", "en", [
    ("Fix the indentation in this inventory:\n```yaml\nall:\n  children:\n    olts:\n      hosts:\n        "
    "olt-01.example.com:\n          ansible_host: 192.0.2.21\n        olt-02.example.com:\n         ansible_host: "
    "192.0.2.22\n```"),
    "Write an Ansible task that pushes an NTP config (pool.ntp.org and 2001:db8::123) to all CPEs in the `lab` group.",
])
fixed("clean_ops", "phone_validation_code", "en", [
    ("Review this Python: `assert normalise('+44 7700 900123') == '447700900123'` fails because of the plus sign. "
    "How should I strip it without breaking numbers like (555) 555-0143?"),
    ("Explain what libphonenumber does with '020 7946 0000' when the region is GB, and why 7946 0xxx numbers are used "
    "in examples."),
])
fixed("clean_ops", "ran_alarms", "en", [
    ("Group these alarms by site and severity:\nENB_LONDON_BRIDGE_01 | Major | S1 link failure\nGNB_CANARY_WHARF_04 "
    "| Critical | Cell down\nENB_LONDON_BRIDGE_01 | Minor | VSWR high\nGNB_KINGS_CROSS_02 | Major | Clock sync loss"),
    ("What does 'RRC connection setup success rate below threshold' usually mean on a Huawei BTS3900, and what KPIs "
    "should I pull next?"),
    ("Explain the Nokia AirScale alarm 'Antenna line device failure' to a field engineer who's only worked with "
    "Ericsson kit."),
])
fixed("clean_ops", "noc_lower", "en", [
    "why does my bgp session to 192.0.2.1 keep flapping every 90 secs, hold timer is 90",
    "whats the best way to monitor 400 cpe with zabbix without hammering snmp",
    "cgnat logs are huge, how long do we legally have to keep them in the uk",
], case="lower")
fixed("clean_ops", "stoerung_ops_de", "de", [
    ("Formuliere eine Störungsmeldung für die Website: Ausfall im Kabelnetz in Teilen von Dresden und Meißen seit "
    "6:30 Uhr, Techniker vor Ort, voraussichtliche Behebung 14 Uhr."),
])
fixed("clean_ops", "koshou_ja", "ja", [
    "以下の障害報告を英語に翻訳してください：東京都内の一部地域で光回線サービスが2時間停止。原因は中継ルータのソフトウェア不具合。",
])
fixed("clean_ops", "incidente_pt", "pt", [
    "Escreve um aviso de manutenção programada para clientes de fibra em Braga e Guimarães, quarta-feira das 2h às 5h.",
])


# ---------------------------------------------------------------- clean_industry: history, public figures, companies, regulators
fixed("clean_industry", "history_en", "en", [
    "Write 150 words on the Bell–Meucci dispute over who invented the telephone, and where Elisha Gray fits in.",
    ("Hedy Lamarr and George Antheil patented frequency hopping in 1942. How directly does that lead to Bluetooth "
    "and Wi-Fi? Be honest about the myths."),
    ("Why is Claude Shannon called the father of information theory? Give me three things from his 1948 paper that "
    "still matter for 5G."),
])
fixed("clean_industry", "ceo_table", "en", [
    ("Make a table of the CEOs of Vodafone, Orange, Deutsche Telekom, Telefónica, BT and Verizon as of 2024 "
    "(Margherita Della Valle, Christel Heydemann, Tim Höttges, José María Álvarez-Pallete, Allison Kirkby, Hans "
    "Vestberg). Flag any that have since changed."),
    "Summarise how Masayoshi Son built SoftBank's mobile business after buying Vodafone Japan in 2006.",
    "Who founded Huawei and Xiaomi? A short paragraph each on Ren Zhengfei and Lei Jun for a market-entry briefing.",
])
fixed("clean_industry", "regulators", "en", [
    ("Explain the difference between Ofcom, the FCC, BEREC and ARCEP in one sentence each, and which one Brendan Carr "
    "chairs."),
    ("What is the role of TRAI in India, and why did the Jio launch by Mukesh Ambani's Reliance in 2016 change "
    "tariffs so fast?"),
])
fixed("clean_industry", "geschichte_de", "de", [
    ("Schreib einen kurzen Text über Philipp Reis und sein Telefon von 1861 für eine Ausstellung im Museum für "
    "Kommunikation in Frankfurt."),
])
fixed("clean_industry", "histoire_fr", "fr", [
    "Raconte en dix lignes l'histoire du télégraphe optique de Claude Chappe et son lien avec la tour de Montmartre.",
])
fixed("clean_industry", "storia_it", "it", [
    "Scrivi un breve testo su Guglielmo Marconi e il primo collegamento radio transatlantico del 1901.",
    ("Perché Antonio Meucci viene ricordato come l'inventore del telefono in Italia? Cita la risoluzione del "
    "Congresso USA del 2002."),
])
fixed("clean_industry", "historia_es", "es", [
    "Resume cómo Carlos Slim construyó América Móvil a partir de Telmex. Para una presentación de 5 minutos.",
])
fixed("clean_industry", "industry_lower", "en", [
    "who actually made the first mobile phone call, martin cooper at motorola in 1973?",
    "why did nokia lose to apple and samsung, was it symbian or stephen elop",
    "what happened with the kyivstar cyberattack in 2023, how long was it down",
], case="lower")
fixed("clean_industry", "historia_fi_sv", ("sv", "fi"), [
    "Berätta kort om Lars Magnus Ericsson och hur hans verkstad i Stockholm blev dagens Ericsson.",
    "Kerro lyhyesti, miten Nokia siirtyi paperitehtaasta matkapuhelimiin ja mikä oli Jorma Ollilan rooli.",
])
fixed("clean_industry", "lishi_zh_ja", ("zh", "ja"), [
    "简单介绍一下中国移动、中国联通和中国电信的5G发展，以及任正非对华为战略的影响。",
    "iモードを開発した夏野剛と松永真理の功績を、日本の携帯電話史の中で説明してください。",
])
fixed("clean_industry", "istoria_misc", ("he", "uk", "el", "ko"), [
    "תכתוב פסקה קצרה על ההיסטוריה של בזק ועל הרפורמה בשוק הסלולר בישראל בתקופת משה כחלון.",
    "Коротко розкажи про кібератаку на Київстар у грудні 2023 року та як оператор відновив зв'язок.",
    "Γράψε μια σύντομη ιστορία του ΟΤΕ και της Cosmote για μια παρουσίαση.",
    "이건희 회장 시절 삼성 애니콜의 성공 이야기를 짧게 정리해 줘.",
])


# ---------------------------------------------------------------- more chat-style rows (lower case), both sides
@tpl("personal_contact", "sms_thread_lower", "en", 3, case="lower")
def _(c, i):
    p, a, t = c.person("en", "hi", "sea"), c.addr(pick(["GB", "IE", "GB"], i)), c.phone(pick(["GB", "IE", "GB"], i))
    staff = c.person("en")
    return (f"can you turn this text thread into a delivery note for the courier\n"
            f"me: hi its {P(staff.given)} from the shop, where do you want the new router sent?\n"
            f"them: {a.inline}, its {P(p.full)}. if im out leave it with no 12 next door\n"
            f"me: and best number?\nthem: {T(t)}, text first pls i work nights")


@tpl("personal_porting", "esim_transfer_lower", "en", 2, case="lower")
def _(c, i):
    p, t = c.person("en", "ce", "nordic"), c.phone(pick(["GB", "US"], i))
    e = c.email(p, "en")
    phone = pick(["pixel 9", "galaxy s24"], i)
    return (f"my esim didnt move over to my new {phone}, old phone is already wiped. number is {T(t)}, account "
            f"name {P(p.full)}, login email {E(e)}. what do i ask the network for, a new qr code?")


fixed("clean_tariffs", "tariff_lower_more", "en", [
    "whats the catch with 'unlimited' data on vodafone, do they throttle after a certain amount",
    "is it cheaper to get the phone on contract or buy it outright and go sim only, samsung s25",
    "can i keep my number if i go from ee to a pay as you go sim",
    "how much is roaming in switzerland on o2, going to zermatt in feb",
], case="lower")
fixed("clean_network", "coverage_lower", "en", [
    "why do i get 5g in the city but it drops to 4g+ as soon as im on the m4",
    "does 5g standalone actually make a difference or is it marketing",
    "what is band 20 and why does it go through walls better than band 7",
], case="lower")
fixed("clean_industry", "industry_lower_more", "en", [
    "is ericsson swedish or finnish, i always mix it up with nokia",
    "did alexander graham bell really say 'mr watson come here' on the first call",
    "why was meng wanzhou arrested in canada, something about huawei and iran?",
], case="lower")
fixed("clean_templates", "template_lower_more", "en", [
    "whats the usual fake name for test accounts in a uk crm, john doe or joe bloggs",
    "write me a dummy ticket for training, customer called 'test user', postcode ab1 2cd, nothing real",
    "need a sample port-out letter for a business, use acme ltd and placeholder numbers",
], case="lower")
fixed("clean_ops", "noc_lower_more", "en", [
    "how do i read a dlm profile on an openreach line, what do banded and interleaved mean",
    "ont showing los red, is that always a fibre break or can it be the patch lead",
    "whats a sensible snr margin target for vdsl2 17a, customer wants max speed",
], case="lower")
fixed("clean_industry", "public_figures_telecom", "en", [
    ("How much did Starlink matter in Ukraine in 2022, and what was the row between Elon Musk and Mykhailo Fedorov "
    "about?"),
    "Compare Jeff Bezos's Project Kuiper with OneWeb and Starlink for rural broadband in Scotland.",
    "Write a paragraph on how Richard Branson launched Virgin Mobile as one of the first MVNOs in 1999.",
])
fixed("clean_industry", "mwc_speakers", "en", [
    ("Turn this into a Markdown table (name, company, session):\nMWC Barcelona keynotes - Mats Granryd, GSMA, "
    "opening; Margherita Della Valle, Vodafone, AI and networks; Jensen Huang, NVIDIA, AI-RAN (remote); Cristiano "
    "Amon, Qualcomm, devices."),
    "List the chairs of the GSMA since 2010 and the cities MWC was held in before Barcelona (Cannes).",
])
fixed("clean_templates", "training_transcript", "en", [
    ("Mark where this training script skips ID&V:\nAGENT: Thanks for calling, can I take the number?\nCUSTOMER: "
    "[MOBILE NUMBER]\nAGENT: And your name?\nCUSTOMER: [FULL NAME]\nAGENT: How can I help?\nCUSTOMER: I want a PAC."),
    ("Write a role-play for new starters where the caller is 'Mrs Example' and the agent is 'Agent 1'. Topic: a "
    "roaming bill shock after a cruise in the Mediterranean."),
])


# ================================================================ build, check, report
def build():
    c = Ctx(SEED)
    rows = []
    for t in TEMPLATES:
        c.new_template()
        for n in range(t["n"]):
            c.new_row()
            case = t["case"][n] if isinstance(t["case"], tuple) else t["case"]
            text, spans = unmark(t["fn"](c, n), case)
            rows.append({
                "id": f"{SET}-{t['class']}-{t['template']}-{n}", "text": text, "spans": spans, "source": SOURCE,
                "class": t["class"], "template": t["template"], "locale": "",
            })
    return rows


def row_lang(row):
    t = next(x for x in TEMPLATES if x["template"] == row["template"] and x["class"] == row["class"])
    n = int(row["id"].rsplit("-", 1)[1])
    return t["lang"][n] if isinstance(t["lang"], tuple) else t["lang"]


def row_case(row):
    t = next(x for x in TEMPLATES if x["template"] == row["template"] and x["class"] == row["class"])
    n = int(row["id"].rsplit("-", 1)[1])
    return (t["case"][n] if isinstance(t["case"], tuple) else t["case"]) or "mixed"


def check(rows):
    ids, texts = set(), set()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        assert r["source"] == SOURCE and r["locale"] == ""
        last = 0
        for s in r["spans"]:
            assert s["type"] in ALLOWED, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    assert len(rows) == 324, len(rows)
    per_t = Counter((r["class"], r["template"]) for r in rows)
    assert len(per_t) >= 80 and max(per_t.values()) <= 5, (len(per_t), max(per_t.values()))
    assert len({t for _c, t in per_t}) == len(per_t), "template names must be unique"
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = Counter(row_lang(r) for r in rows)
    non_en = sum(v for k, v in langs.items() if k != "en")
    assert 0.35 <= non_en / len(rows) <= 0.50, non_en
    assert len([k for k in langs if k != "en"]) >= 15, langs
    return True


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def report(rows, data):
    print(f"rows: {len(rows)}")
    classes = Counter(r["class"] for r in rows)
    tpls = Counter(r["class"] for r in {(r["class"], r["template"]): r for r in rows}.values())
    for k in sorted(classes):
        print(f"  {k:28s} {classes[k]:4d} rows {tpls[k]:3d} templates")
    print(f"templates: {sum(tpls.values())}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans by type: " + ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = Counter(row_lang(r) for r in rows)
    print("languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    cases = Counter(row_case(r) for r in rows)
    print("cases: " + ", ".join(f"{k} {v}" for k, v in cases.most_common()))
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"clean rows: {clean}; personal rows: {len(rows) - clean}")
    print(f"sha256 {OUT.name}: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")


def main():
    rows = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            sys.exit(0)
        print(f"{OUT.name}: differs or missing")
        sys.exit(1)
    OUT.write_text(data, encoding="utf-8")
    report(rows, data)


if __name__ == "__main__":
    main()
