#!/usr/bin/env python3
"""campaign: a hand-written check set for the privacy gateway.

Politics and public life at the working level: canvassing teams, constituency and council
offices, party membership and fundraising desks, petition and advocacy groups, union organisers,
electoral-registration and polling-station staff, public-affairs agencies and parliamentary
researchers, and the residents, voters, members and donors who write to them.

Every private value below (names, streets, postcodes, phones, dates of birth, ID numbers, IBANs,
card numbers, IP addresses) was typed by hand. Check digits were worked out once in a scratch
session and typed in as literals; `check()` only verifies them. Standard library only.

    python build.py           # writes holdout.jsonl and prints counts
    python build.py --check   # rebuilds in memory, runs check(), compares with the file
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

SEED = 60417
SET = "campaign"
OUT = Path(__file__).with_name("holdout.jsonl")
SOURCE = "eval/campaign/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


# ---------------------------------------------------------------------------------------------
# markers and offsets
# ---------------------------------------------------------------------------------------------

def mk(kind: str, value: str) -> str:
    return f"⟦{kind}|{value}⟧"


def P(v: str) -> str:
    return mk("PERSON", v)


def L(v: str) -> str:
    return mk("LOCATION", v)


def PH(v: str) -> str:
    return mk("PHONE_NUMBER", v)


def EM(v: str) -> str:
    return mk("EMAIL_ADDRESS", v)


def DOB(v: str) -> str:
    return mk("DATE_OF_BIRTH", v)


def NID(v: str) -> str:
    return mk("NATIONAL_ID", v)


def casefn(case: str | None):
    if case == "lower":
        return str.lower
    if case == "upper":
        return str.upper
    return lambda s: s


def unmark(marked: str, case: str | None = None) -> tuple[str, list[dict]]:
    """Strip ⟦TYPE|value⟧ markers, casing each piece on its own so offsets stay right."""
    cs = casefn(case)
    out: list[str] = []
    spans: list[dict] = []
    n = 0
    pos = 0
    for m in MARK.finditer(marked):
        lit = cs(marked[pos:m.start()])
        out.append(lit)
        n += len(lit)
        val = cs(m.group(2))
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    tail = cs(marked[pos:])
    out.append(tail)
    return "".join(out), spans


FOLD = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ı": "i", "ð": "d", "þ": "th", "œ": "oe", "'": "", "’": "", " ": "", "-": "",
})


def ascii_fold(s: str) -> str:
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------

class Person:
    """A hand-typed private person.

    order: "gf" given family; "fg" family given (space); "fg0" family given (no space, CJK);
    "ru" Russian/Ukrainian official order with patronymic.
    """

    def __init__(self, pool: str, given: str, family: str, sex: str, culture: str,
                 order: str = "gf", roman: tuple[str, str] | None = None, patr: str = "") -> None:
        self.pool, self.given_, self.family_, self.sex, self.culture = pool, given, family, sex, culture
        self.order, self.roman, self.patr = order, roman, patr

    @property
    def key(self) -> str:
        return f"{self.given_}|{self.family_}"

    @property
    def full_(self) -> str:
        if self.order == "fg":
            return f"{self.family_} {self.given_}"
        if self.order == "fg0":
            return f"{self.family_}{self.given_}"
        if self.order == "ru":
            return f"{self.given_} {self.family_}"
        return f"{self.given_} {self.family_}"

    # marked forms
    @property
    def n(self) -> str:
        return P(self.full_)

    @property
    def g(self) -> str:
        return P(self.given_)

    @property
    def f(self) -> str:
        return P(self.family_)

    @property
    def fio(self) -> str:  # Фамилия Имя Отчество
        return P(f"{self.family_} {self.given_} {self.patr}".strip())

    @property
    def gp(self) -> str:  # Имя Отчество
        return P(f"{self.given_} {self.patr}".strip())

    @property
    def rev(self) -> str:  # Surname, Given (two spans)
        return f"{P(self.family_)}, {P(self.given_)}"

    @property
    def up_rev(self) -> str:  # French NOM Prénom, one span
        return P(f"{self.family_.upper()} {self.given_}")

    def latin(self) -> tuple[str, str]:
        if self.roman:
            return ascii_fold(self.roman[0]), ascii_fold(self.roman[1])
        return ascii_fold(self.given_), ascii_fold(self.family_)

    def email_(self, domain: str, style: int, num: int = 0) -> str:
        g, f = self.latin()
        local = [
            f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{num:02d}", f"{f}.{g}", f"{g}{f[0]}{num:02d}",
            f"{g}{f}", f"{f}{g[0]}{num % 10}", f"{g}.{f}{num:02d}",
        ][style % 8]
        return f"{local}@{domain}"

    def handle_(self, num: int) -> str:
        g, f = self.latin()
        return f"{g[0]}{f}{num:02d}"


def people(pool: str, rows: str) -> list[Person]:
    """Parse lines `given;family;sex;culture[;order[;roman given,roman family[;patronymic]]]`."""
    out = []
    for line in rows.strip().splitlines():
        bits = [b.strip() for b in line.split(";")]
        given, family, sex, culture = bits[:4]
        order = bits[4] if len(bits) > 4 and bits[4] else "gf"
        roman = tuple(bits[5].split(",")) if len(bits) > 5 and bits[5] else None
        patr = bits[6] if len(bits) > 6 else ""
        out.append(Person(pool, given, family, sex, culture, order, roman, patr))  # type: ignore[arg-type]
    return out


# Residents, voters, members, donors, volunteers and staff. All invented; culture tags for the README.
POOLS: dict[str, list[Person]] = {
    # residents of UK constituencies and wards (English templates)
    "uk": people("uk", """
Rose;Baker;F;English
Hope;Adeyemi;F;Yoruba British
Dennis;Wolf;M;English
Callum;McIlroy;M;Northern Irish
Siobhán;Ní Bhraonáin;F;Irish
Rhodri;ap Gwilym;M;Welsh
Eilidh;MacAskill;F;Scottish
Tariq;Mahmood;M;Pakistani British
Shabana;Begum;F;Bangladeshi British
Harjit;Kaur Dhillon;F;Punjabi Sikh
Pradeep;Raghunathan;M;Tamil
Bukola;Ogunleye;F;Yoruba
Chukwuemeka;Nwosu;M;Igbo
Kwame;Asante-Boateng;M;Akan
Delroy;Campbell;M;Jamaican British
Marcia;Henry-Clarke;F;Jamaican British
Agnieszka;Wróblewska;F;Polish
Tomasz;Szczęsny;M;Polish
Abdirahman;Warsame;M;Somali
Hodan;Farah;F;Somali
Ioana;Munteanu;F;Romanian
Dimitar;Kostov;M;Bulgarian
Lina;Haddad;F;Syrian
Yusuf;Demir;M;Kurdish Turkish
Thị Hạnh;Nguyễn;F;Vietnamese;fg
Gareth;Pritchard;M;Welsh
Brenda;Whitlock;F;English
Doreen;Pickles;F;English
Stanley;Marsh;M;English
Joy;Fairweather;F;English
Frank;Bishop;M;English
Colin;Savage;M;English
Fatima-Zahra;Bouzid;F;Moroccan
Kieran;O'Driscoll;M;Irish
Graham;Underwood;M;English
Jasmine;Okafor;F;Igbo British
Aaliyah;Hussain;F;Pakistani British
Rajesh;Patel;M;Gujarati
Priti;Mistry;F;Gujarati
Amarjit;Singh Bains;M;Punjabi Sikh
David;Lloyd;M;English
Emma;Watson;F;English
Văn Phúc;Trần;M;Vietnamese;fg
Tendai;Mupfumira;F;Shona
Senait;Tesfamariam;F;Tigrinya
Rūta;Kazlauskaitė;F;Lithuanian
Inês;Carvalho;F;Portuguese
Maricel;Bautista;F;Filipino
Bishnu;Gurung;M;Nepali
Tharshini;Sivakumar;F;Sri Lankan Tamil
Ka-wai;Chan;M;Hong Kong Cantonese;fg
Rebin;Ahmadi;M;Kurdish (Sorani)
Zarghuna;Stanikzai;F;Pashto
Morag;Sinclair;F;Shetland Scottish
Dafydd;Llewelyn-Jones;M;Welsh
Olive;Greenhalgh;F;Lancashire English
Mustafa;Sheikh;M;Kashmiri
Florin;Bălan;M;Romanian
Wiktoria;Kamińska;F;Polish
Sunil;Wickramasinghe;M;Sinhala
"""),
    # US voters and donors
    "us": people("us", """
DeShawn;Whitfield;M;African American
LaToya;Simmons;F;African American
Maribel;Ortega;F;Mexican American
José Luis;Villarreal;M;Tejano
Thanh;Pham;M;Vietnamese American
Soo-ah;Park;F;Korean American
Brigid;Kowalczyk;F;Polish American
Patrick;Fitzgerald;M;Irish American
Darnell;Booker;M;African American
Yolanda;Begay;F;Navajo
Wilfredo;Santiago;M;Puerto Rican
Rania;Khoury;F;Lebanese American
Marie-Carmelle;Jean-Baptiste;F;Haitian American
Hunter;Bishop;M;US
Mitchell;Brandt;M;German American
Gloria;Washington;F;African American
Ahmad;Yousef;M;Palestinian American
Priya;Venkataraman;F;Tamil American
Kimberly;Nakamura;F;Japanese American
Tyrone;Jefferson;M;African American
Pa Nhia;Vang;F;Hmong American
Aidan;Schwartz;M;Jewish American
Earlene;Tuttle;F;Appalachian
"""),
    # Irish voters
    "ie": people("ie", """
Michael;Collins;M;Irish
Pádraig;Ó Súilleabháin;M;Irish
Niamh;Brennan;F;Irish
Aoife;Mac Giolla Phádraig;F;Irish
Bridie;Costigan;F;Irish
"""),
    # members, signatories and colleagues of international NGOs and unions (English templates)
    "world": people("world", """
Oluwaseun;Bakare;M;Yoruba
Wanjiru;Kamau;F;Kikuyu
Otieno;Odhiambo;M;Luo
Thandeka;Mthembu;F;Zulu
Pieter;van der Merwe;M;Afrikaans
Amara;Diallo;F;Fula
Kofi;Mensah-Bonsu;M;Akan
Tsegaye;Alemu;M;Amharic
Farhan;Chowdhury;M;Bengali
Ananya;Krishnamurthy;F;Kannada
Sione;Havili;M;Tongan
Aroha;Te Rangi;F;Māori
Leilani;Kahananui;F;Hawaiian
Minh Châu;Lê;F;Vietnamese;fg
Nurul Aisyah;binti Hashim;F;Malay
Jericho;Manalastas;M;Filipino
Ratna;Kusumawati;F;Javanese
Khalid;Al-Mansouri;M;Emirati
Yasmin;El-Masry;F;Egyptian
Hamid;Karimi;M;Persian
Shira;Ben-Ami;F;Israeli
Gökhan;Yıldız;M;Turkish
Olena;Kravchenko;F;Ukrainian
Giorgos;Papadakis;M;Greek
Inga;Labba;F;Sámi
Björn;Sigurðsson;M;Icelandic
Kaisa;Mäkinen;F;Finnish
Joaquín;Restrepo Uribe;M;Colombian
Valentina;Quispe Huamán;F;Quechua
Camila;Fuentes Araya;F;Chilean
Ngozi;Eze;F;Igbo
Jonah;Wolf;M;US
Faith;Mwangi;F;Kikuyu
Tanvir;Hossain;M;Bangladeshi
Mariam;Tchokonté;F;Cameroonian
Paul;Martin;M;Canadian
"""),
    # Germany
    "de": people("de", """
Heike;Brandstätter;F;German
Jürgen;Vogelsang;M;German
Mehmet;Öztürk;M;Turkish German
Svetlana;Becker;F;Russian German
Ingrid;Fuchs;F;German
Lukas;Engel;M;German
Katarzyna;Nowicka-Schulz;F;Polish German
Detlef;Wiesner;M;German
Friederike;von Bülow;F;German
Elif;Kaya;F;Turkish German
Hans-Peter;Krämer;M;German
Annegret;Sommer;F;German
Dragan;Marković;M;Serbian German
Uwe;Lindemann;M;German
Maren;Petersen;F;North Frisian
Oskar;Grünwald;M;Bavarian
Rosemarie;Hartl;F;Bavarian
Tobias;Winkler;M;German
Yasemin;Arslan;F;Turkish German
Konstantin;Wolf;M;German
Gülay;Aydın;F;Turkish German
Bernd;Schäfer;M;German
"""),
    # France
    "fr": people("fr", """
Martine;Le Guennec;F;Breton
Yannick;Kerhervé;M;Breton
Nadia;Benali;F;Algerian French
Karim;Bouzidi;M;Tunisian French
Aminata;Sow;F;Senegalese French
Jean-Baptiste;Rouvière;M;Occitan
Solène;Marchetti;F;Corsican
Thierry;Vasseur;M;Picard
Bernadette;Loubet;F;French
Hugo;Lemaire;M;French
Camille;Delacroix;F;French
Mamadou;Konaté;M;Malian French
Éloïse;Garnier;F;French
Rémi;Chassagne;M;Auvergnat
"""),
    # Spain
    "es": people("es", """
Itziar;Etxeberria Goikoetxea;F;Basque
Jordi;Ferrer Pujol;M;Catalan
Montserrat;Vilaró;F;Catalan
Xosé Manuel;Rodríguez Outeiriño;M;Galician
Pablo;Iglesias Prieto;M;Spanish
Rocío;Jiménez Morales;F;Andalusian
Fatima Zahra;Benjelloun;F;Moroccan Spanish
Wilson;Cedeño;M;Ecuadorian
Lucía;Fernández-Arroyo;F;Spanish
Ramón;Garrido Sáez;M;Spanish
Nerea;Olabarria;F;Basque
Andriy;Melnyk;M;Ukrainian
Milagros;Huamán;F;Peruvian
Amparo;Soler;F;Valencian
Alejandro;Torres Beltrán;M;Spanish
"""),
    # Brazil
    "br": people("br", """
Josiane;Nascimento;F;Brazilian
Cleiton;Ferreira da Silva;M;Brazilian
Raimunda;Conceição;F;Brazilian (Bahia)
Thiago;Albuquerque;M;Brazilian
Edinaldo;Bezerra;M;Brazilian (Pernambuco)
Luana;Tavares;F;Brazilian
Maria das Graças;Moura;F;Brazilian
Francisco;de Assis Rocha;M;Brazilian
Kátia;Yamamoto;F;Japanese Brazilian
Rafaela;Schmitt;F;German Brazilian
Gilmar;dos Reis;M;Brazilian
Juçara;Pataxó;F;Pataxó
"""),
    # Portugal
    "pt": people("pt", """
Joaquim;Mourão;M;Portuguese
Rui;Sampaio;M;Portuguese
Filomena;Cardoso;F;Portuguese
Nuno;Teixeira Pinto;M;Portuguese
Célia;Bettencourt;F;Azorean
Adilson;Tavares Semedo;M;Cape Verdean
"""),
    # Italy (the first three have a codice fiscale built from their name and birth)
    "it": people("it", """
Chiara;Mazzoleni;F;Lombard
Salvatore;Cuccuru;M;Sardinian
Annalisa;Pietrangeli;F;Roman
Gennaro;Esposito;M;Neapolitan
Rosaria;Lo Cascio;F;Sicilian
Matteo;Dal Bosco;M;Venetian
Ottavio;Brambilla;M;Lombard
Loredana;Giordano;F;Apulian
Pasquale;D'Alessandro;M;Abruzzese
"""),
    # Poland (sex matters: PESEL)
    "pl": people("pl", """
Jadwiga;Pietrzak;F;Polish
Zofia;Grabowska;F;Polish
Urszula;Kwiatkowska;F;Polish
Natalia;Dudek;F;Polish
Bożena;Kaczmarczyk;F;Polish
Grzegorz;Lis;M;Polish
Wojciech;Szymański;M;Polish
Przemysław;Kołodziej;M;Polish
Mirosław;Bąk;M;Polish
Dawid;Zając;M;Polish
Kacper;Maciejewski;M;Kashubian
"""),
    "nl": people("nl", """
Sanne;de Groot;F;Dutch
Bram;van Dijk;M;Dutch
Fenna;Hoekstra;F;Frisian
Mohamed;Bouali;M;Moroccan Dutch
Ravi;Ramdin;M;Surinamese Hindustani
Jolanda;Kuipers;F;Dutch
Gert-Jan;van 't Hof;M;Dutch
Anouk;Visser;F;Dutch
"""),
    "sv": people("sv", """
Ingela;Sjöberg;F;Swedish
Hawa;Abdi;F;Somali Swedish
Maja;Lindqvist;F;Swedish
Per-Olof;Norrman;M;Norrland Swedish
"""),
    "fi": people("fi", """
Tuulikki;Räsänen;F;Finnish
Aino;Heikkilä;F;Finnish
Sirpa;Lehtonen;F;Finnish
Jarmo;Koskinen;M;Finnish
Eero;Nieminen;M;Finnish
"""),
    "ro": people("ro", """
Mihaela;Dumitrescu;F;Romanian
Alina;Stoica;F;Romanian
Ioana;Pop;F;Romanian (Maramureș)
Sorin;Lungu;M;Romanian
Attila;Kovács;M;Hungarian (Transylvania)
"""),
    "tr": people("tr", """
Hatice;Korkmaz;F;Turkish
Emre;Çelikkaya;M;Turkish
Serkan;Doğan;M;Turkish
Nazlı;Ertürk;F;Turkish
"""),
    "el": people("el", """
Αικατερίνη;Παπαδοπούλου;F;Greek;gf;Aikaterini,Papadopoulou
Νικόλαος;Βλάχος;M;Greek;gf;Nikolaos,Vlachos
Ελένη;Κωνσταντινίδου;F;Pontic Greek;gf;Eleni,Konstantinidou
Σταύρος;Μαυρίδης;M;Greek;gf;Stavros,Mavridis
"""),
    "ru": people("ru", """
Ирина;Белоусова;F;Russian;ru;Irina,Belousova;Викторовна
Алексей;Громов;M;Russian;ru;Aleksei,Gromov;Сергеевич
Гульнара;Хабибуллина;F;Tatar;ru;Gulnara,Khabibullina;Рашидовна
Дмитрий;Ковалёв;M;Russian;ru;Dmitry,Kovalev;Игоревич
Светлана;Мельникова;F;Russian;ru;Svetlana,Melnikova;Павловна
Тимур;Ахмедов;M;Dagestani;ru;Timur,Akhmedov;Русланович
Наталья;Егорова;F;Russian;ru;Natalya,Egorova;Андреевна
Анастасия;Ли;F;Koryo-saram;ru;Anastasia,Li;Валерьевна
"""),
    "ua": people("ua", """
Оксана;Мельничук;F;Ukrainian;ru;Oksana,Melnychuk;Василівна
Богдан;Литвиненко;M;Ukrainian;ru;Bohdan,Lytvynenko;Олегович
Ярослава;Гнатюк;F;Ukrainian;ru;Yaroslava,Hnatiuk;Іванівна
Тарас;Бондар;M;Ukrainian;ru;Taras,Bondar;Миколайович
"""),
    "ar": people("ar", """
عمر;الحياري;M;Jordanian;gf;Omar,Alhiyari
ليلى;حداد;F;Jordanian;gf;Layla,Haddad
سامي;النابلسي;M;Palestinian Jordanian;gf;Sami,Alnabulsi
هبة;عبيدات;F;Jordanian;gf;Heba,Obeidat
"""),
    "he": people("he", """
נועה;פרידמן;F;Israeli;gf;Noa,Friedman
אבי;אוחיון;M;Mizrahi;gf;Avi,Ohayon
רונית;שטרן;F;Israeli;gf;Ronit,Stern
סלים;ח'ורי;M;Arab Israeli;gf;Salim,Khoury
"""),
    "hi": people("hi", """
सुनीता;यादव;F;Hindi;gf;Sunita,Yadav
रमेश;चौहान;M;Hindi;gf;Ramesh,Chauhan
प्रियंका;मिश्रा;F;Hindi;gf;Priyanka,Mishra
अरविंद;कुशवाहा;M;Bhojpuri;gf;Arvind,Kushwaha
"""),
    "th": people("th", """
ณัฐวุฒิ;ศรีสุข;M;Thai;gf;Nattawut,Srisuk
พิมพ์ชนก;วงศ์ใหญ่;F;Thai;gf;Pimchanok,Wongyai
อำนาจ;แก้วมณี;M;Isan Thai;gf;Amnat,Kaewmanee
กาญจนา;บุญมา;F;Thai;gf;Kanchana,Boonma
"""),
    "zh": people("zh", """
怡君;陳;F;Taiwanese;fg0;Yichun,Chen
雅婷;林;F;Taiwanese;fg0;Yating,Lin
志明;黃;M;Taiwanese;fg0;Zhiming,Huang
家豪;張;M;Hakka Taiwanese;fg0;Jiahao,Zhang
"""),
    "ja": people("ja", """
美智子;高橋;F;Japanese;fg0;Michiko,Takahashi
健一;渡辺;M;Japanese;fg0;Kenichi,Watanabe
和子;小林;F;Japanese;fg0;Kazuko,Kobayashi
誠;山口;M;Japanese;fg0;Makoto,Yamaguchi
さくら;中村;F;Japanese;fg0;Sakura,Nakamura
浩二;石井;M;Japanese;fg0;Koji,Ishii
由美;松本;F;Japanese;fg0;Yumi,Matsumoto
隆;加藤;M;Japanese;fg0;Takashi,Kato
千尋;吉田;F;Okinawan Japanese;fg0;Chihiro,Yoshida
"""),
    "ko": people("ko", """
서연;이;F;Korean;fg0;Seoyeon,Lee
준호;박;M;Korean;fg0;Junho,Park
미경;정;F;Korean;fg0;Mikyung,Jung
상철;윤;M;Korean;fg0;Sangcheol,Yoon
"""),
    "tl": people("tl", """
Rowena;Macapagal;F;Filipino
Jun-Jun;Dimaculangan;M;Tagalog
Marites;Villanueva;F;Filipino
Bong;Sarmiento;M;Visayan
Divina;Pacquing;F;Filipino
Arnel;Lacson;M;Kapampangan
"""),
}


# ---------------------------------------------------------------------------------------------
# addresses: each country in its own layout; every field is its own LOCATION span
# ---------------------------------------------------------------------------------------------

class Addr:
    def __init__(self, cc: str, street: str, town: str, pc: str = "", region: str = "", unit: str = "",
                 bldg: str = "", district: str = "") -> None:
        self.cc, self.street_, self.town_, self.pc_, self.region_ = cc, street, town, pc, region
        self.unit_, self.bldg_, self.district_ = unit, bldg, district

    @property
    def key(self) -> str:
        return f"{self.cc}|{self.street_}|{self.town_}"

    @property
    def street(self) -> str:
        return L(self.street_)

    @property
    def town(self) -> str:
        return L(self.town_)

    @property
    def pc(self) -> str:
        return L(self.pc_)

    @property
    def region(self) -> str:
        return L(self.region_)

    def street_unit(self, sep: str = ", ") -> str:
        return f"{L(self.street_)}{sep}{L(self.unit_)}" if self.unit_ else L(self.street_)

    def lines(self) -> list[str]:
        cc = self.cc
        u, b, s, t, p, r, d = (self.unit_, self.bldg_, self.street_, self.town_, self.pc_, self.region_,
                               self.district_)
        if cc in ("GB", "IE"):
            out = []
            head = [L(x) for x in (u, b) if x]
            if head:
                out.append(", ".join(head))
            out.append(L(s))
            out.append(L(t))
            if r:
                out.append(L(r))
            if p:
                out.append(L(p))
            return out
        if cc == "US":
            return [L(s) + (f" {L(u)}" if u else ""), f"{L(t)}, {L(r)} {L(p)}"]
        if cc == "CA":
            return [L(s) + (f", {L(u)}" if u else ""), f"{L(t)} {L(r)}  {L(p)}"]
        if cc == "AU":
            return [(f"{L(u)}/" if u else "") + L(s), f"{L(t)} {L(r)} {L(p)}"]
        if cc == "NZ":
            return [L(s), L(d), f"{L(t)} {L(p)}"]
        if cc == "ZA":
            return [L(s), L(d), f"{L(t)}, {L(p)}"]
        if cc in ("KE", "NG"):
            return [L(s), f"{L(t)}, {L(r)}"]
        if cc == "MX":
            return [f"{L(s)}, {L(d)}", f"{L(p)} {L(t)}, {L(r)}"]
        if cc == "AR":
            return [L(s), f"{L(p)} {L(t)}, {L(r)}"]
        if cc == "CO":
            return [L(s), f"{L(t)}, {L(r)}"]
        if cc == "HU":
            return [f"{L(p)} {L(t)}", L(s)]
        if cc == "RO":
            return [L(s), f"{L(p)} {L(t)}, jud. {L(r)}"]
        if cc in ("ES",):
            return [self.street_unit(), f"{L(p)} {L(t)} ({L(r)})"]
        if cc == "IT":
            return [L(s), f"{L(p)} {L(t)} ({L(r)})"]
        if cc == "SE":
            return [self.street_unit(" "), f"{L(p)} {L(t)}"]
        if cc in ("DE", "FR", "NL", "PL", "GR", "AT", "CH", "CZ", "NO", "DK", "FI", "BE"):
            return [L(s), f"{L(p)} {L(t)}"]
        if cc == "BR":
            return [self.street_unit(), L(d), f"{L(t)} - {L(r)}", f"CEP {L(p)}"]
        if cc == "TR":
            return [f"{L(s)} {L(u)}", f"{L(p)} {L(t)}/{L(r)}"]
        if cc == "RU":
            return [f"{L(p)}, {L(r)}, г. {L(t)}, {L(s)}, {L(u)}"]
        if cc == "UA":
            return [f"{L(s)}, {L(u)}, м. {L(t)}, {L(r)}, {L(p)}"]
        if cc == "IL":
            return [self.street_unit(), f"{L(t)} {L(p)}"]
        if cc == "JO":
            return [f"{L(s)}، {L(t)}"]
        if cc == "JP":
            return [f"〒{L(p)} {L(r)}{L(t)}{L(s)}"]
        if cc == "TW":
            return [f"{L(r)}{L(t)}{L(s)}" + (L(u) if u else "")]
        if cc == "KR":
            return [f"{L(r)} {L(t)} {L(s)}" + (f", {L(u)}" if u else "")]
        if cc == "IN":
            return [L(s), f"{L(t)}, {L(r)} – {L(p)}"]
        if cc == "TH":
            return [f"เลขที่ {L(s)} ต.{L(d)} อ.{L(t)} จ.{L(r)} {L(p)}"]
        if cc == "PH":
            return [f"{L(s)}, {L(d)}", f"{L(t)}, {L(r)} {L(p)}"]
        raise ValueError(cc)

    def block(self) -> str:
        return "\n".join(self.lines())

    def one(self) -> str:
        return ", ".join(self.lines())


A = Addr
ADDRS: list[Addr] = [
    A("GB", "14 Corve Street", "Ludlow", "SY8 1DA", "Shropshire"),
    A("GB", "27 Vallis Way", "Frome", "BA11 3BA", "Somerset", unit="Flat 3"),
    A("GB", "9 Bank Street", "Wigtown", "DG8 9HP"),
    A("GB", "41 Argyll Terrace", "Tobermory", "PA75 6PB", "Isle of Mull"),
    A("GB", "6 Standard Street", "Crickhowell", "NP8 1BP"),
    A("GB", "18 Great Oak Street", "Llanidloes", "SY18 6BN", "Powys"),
    A("GB", "3 Kirkgate", "Settle", "BD24 9DZ", "North Yorkshire"),
    A("GB", "22 Mill Brow", "Kirkby Lonsdale", "LA6 2AT"),
    A("GB", "57 Clayport Street", "Alnwick", "NE66 1LA", "Northumberland"),
    A("GB", "11 Gladstone Road", "Bridport", "DT6 3JX", "Dorset"),
    A("GB", "30 Coldwell Street", "Wirksworth", "DE4 4FB"),
    A("GB", "8 Maengwyn Street", "Machynlleth", "SY20 8EB", unit="Flat 2"),
    A("GB", "5 Churchill Road", "Oakham", "LE15 6AP", "Rutland"),
    A("GB", "2 Pier Avenue", "Southwold", "IP18 6BX", "Suffolk"),
    A("GB", "19 Trinity Street", "Bungay", "NR35 1EH"),
    A("GB", "47 Ball Haye Road", "Leek", "ST13 6AY", "Staffordshire"),
    A("GB", "26 Flowergate", "Whitby", "YO21 3BA"),
    A("GB", "13 Priestpopple", "Hexham", "NE46 1PF"),
    A("GB", "4 Eastgate", "Peebles", "EH45 8AD"),
    A("GB", "16 Atholl Road", "Pitlochry", "PH16 5BX", "Perthshire"),
    A("GB", "29 Keith Street", "Stornoway", "HS1 2JG", "Isle of Lewis"),
    A("GB", "7 Hillhead", "Lerwick", "ZE1 0EJ", "Shetland"),
    A("GB", "35 Darling Street", "Enniskillen", "BT74 7DP", "Co. Fermanagh"),
    A("GB", "10 Ann Street", "Ballycastle", "BT54 6AA", "Co. Antrim"),
    A("GB", "12 Fore Hill", "Ely", "CB7 4AF", unit="Flat 5", bldg="Cromwell House"),
    A("GB", "31 Castle Street", "Saffron Walden", "CB10 1BQ", "Essex"),
    A("GB", "21 Bondgate", "Helmsley", "YO62 5BW"),
    A("GB", "40 Attlee Close", "Pickering", "YO18 7EW"),
    A("GB", "6 Matlock Street", "Bakewell", "DE45 1EE", "Derbyshire"),
    A("GB", "9 Roxburgh Street", "Kelso", "TD5 7DU"),
    A("GB", "3 Broad Street", "Lyme Regis", "DT7 3QE"),
    A("GB", "12 Bull Street", "Holt", "NR25 6HP", "Norfolk"),
    A("GB", "24 Fore Street", "Buckfastleigh", "TQ11 0AA"),
    A("GB", "18 Mandela Close", "Stroud", "GL5 2JW", "Gloucestershire"),
    A("GB", "52 Keir Hardie Avenue", "Cumnock", "KA18 1DL", "Ayrshire"),
    A("GB", "2 Heol y Bont", "Bala", "LL23 7AE", bldg="Tŷ Gwyn"),
    A("IE", "12 Parnell Street", "Clonakilty", "P85 XW62", "Co. Cork"),
    A("IE", "Carrowmore", "Belmullet", "F26 R2K7", "Co. Mayo"),
    A("IE", "4 Mill Road", "Kilrush", "V15 K820", "Co. Clare", unit="Apt 6"),
    A("US", "418 Tombstone Canyon Rd", "Bisbee", "85603", "AZ"),
    A("US", "62 Parkway Ave S", "Lanesboro", "55949", "MN"),
    A("US", "315 E Sheridan St", "Ely", "55731", "MN", unit="Apt 2"),
    A("US", "904 Montello Ave", "Hood River", "97031", "OR"),
    A("US", "1530 Lawrence St", "Port Townsend", "98368", "WA"),
    A("US", "211 Court St N", "Lewisburg", "24901", "WV"),
    A("US", "118 N 3rd St", "Bardstown", "40004", "KY"),
    A("US", "2107 Duke St", "Beaufort", "29902", "SC"),
    A("US", "77 Chestnut St", "Berea", "40403", "KY"),
    A("US", "409 Prospect St", "Galena", "61036", "IL"),
    A("US", "1012 N Arizona St", "Silver City", "88061", "NM"),
    A("US", "36 Elm St", "Brattleboro", "05301", "VT", unit="Unit 4"),
    A("US", "1404 Martin Luther King Jr Blvd", "Oxford", "38655", "MS"),
    A("US", "23 Lincoln Ave", "Oberlin", "44074", "OH"),
    A("CA", "212 rue Saint-Jean-Baptiste", "Baie-Saint-Paul", "G3Z 1N2", "QC"),
    A("CA", "88 Pelham Street", "Lunenburg", "B0J 2C0", "NS"),
    A("AU", "14 Ford Street", "Beechworth", "3747", "VIC"),
    A("AU", "9 Lawson Street", "Mudgee", "2850", "NSW", unit="3"),
    A("NZ", "27 Tasman Street", "Ōpōtiki", "3122", district="Hukutaia"),
    A("ZA", "6 Naude Street", "Clarens", "9707", district="Clarens Central"),
    A("KE", "House 14, Milimani Estate", "Nanyuki", region="Laikipia County"),
    A("NG", "7 Ayetoro Road", "Ile-Ife", region="Osun State"),
    A("MX", "Calle Hidalgo 214", "San Miguel de Allende", "37700", "Gto.", district="Col. Centro"),
    A("AR", "Av. San Martín 1420", "Tafí del Valle", "T4137", "Tucumán"),
    A("CO", "Carrera 5 # 12-40", "Barichara", region="Santander"),
    A("AT", "Hauptplatz 5", "Bad Aussee", "8990"),
    A("CH", "Dorfstrasse 12", "Andermatt", "6490"),
    A("CZ", "Palackého 31", "Nové Město na Moravě", "592 31"),
    A("HU", "Kossuth Lajos utca 12.", "Keszthely", "8360"),
    A("NO", "Kirkegata 4", "Nordfjordeid", "6770"),
    A("DK", "Algade 12", "Vordingborg", "4760"),
    A("FI", "Kauppakatu 7 B 12", "Kuhmo", "88900"),
    A("BE", "Rue de la Station 14", "Marche-en-Famenne", "6900"),
    A("RO", "Str. Gheorghe Șincai nr. 9", "Sighișoara", "545400", "Mureș"),
    A("DE", "Am Marktplatz 7", "Hitzacker", "29456"),
    A("DE", "Kirchgasse 3", "Uffenheim", "97215"),
    A("DE", "Rosa-Luxemburg-Straße 22", "Neustrelitz", "17235"),
    A("DE", "Bahnhofstraße 5a", "Niebüll", "25899"),
    A("DE", "Konrad-Adenauer-Ring 41", "Meppen", "49716"),
    A("DE", "Uferweg 9", "Seeshaupt", "82402"),
    A("DE", "Brunnenstraße 31", "Sangerhausen", "06526"),
    A("DE", "Bebelstraße 12", "Zwickau", "08056"),
    A("DE", "Goethestraße 4", "Gotha", "99867"),
    A("DE", "Schillerplatz 2", "Dinkelsbühl", "91550"),
    A("DE", "Am Deich 17", "Butjadingen", "26969"),
    A("DE", "Willy-Brandt-Allee 60", "Sternberg", "19406"),
    A("DE", "Friedhofstraße 8", "Grünberg", "35305"),
    A("DE", "Talstraße 27", "Traben-Trarbach", "56841"),
    A("DE", "Mühlweg 3", "Dinkelscherben", "86424"),
    A("FR", "8 rue Aristide Briand", "Crozon", "29160"),
    A("FR", "3 place de la Mairie", "Cajarc", "46160"),
    A("FR", "17 avenue du Général de Gaulle", "Sarlat-la-Canéda", "24200"),
    A("FR", "5 impasse des Lilas", "Arbois", "39600"),
    A("FR", "21 rue Gambetta", "Saint-Valery-sur-Somme", "80230"),
    A("ES", "Calle Mayor, 14", "Aínsa", "22330", "Huesca", unit="2º B"),
    A("ES", "Avenida de Andalucía, 37", "Cártama", "29570", "Málaga"),
    A("ES", "Rúa do Castro, 8", "Padrón", "15900", "A Coruña", unit="1º izq."),
    A("ES", "Juan Calzada Kalea, 9", "Gernika-Lumo", "48300", "Bizkaia", unit="3º D"),
    A("IT", "Via Giuseppe Garibaldi 23", "Albino", "24021", "BG"),
    A("IT", "Corso Vittorio Emanuele 58", "Dorgali", "08022", "NU"),
    A("IT", "Via dei Mille 4", "Anagni", "03012", "FR"),
    A("NL", "Dorpsstraat 41", "Kollum", "9291 AE"),
    A("NL", "Thorbeckelaan 8", "Goes", "4461 VN"),
    A("SE", "Prästgatan 9", "Mora", "792 30"),
    A("SE", "Kyrkogatan 4", "Visby", "621 56", unit="lgh 1102"),
    A("PL", "ul. Lipowa 7/2", "Nałęczów", "24-150"),
    A("PL", "ul. Partyzantów 15", "Nałęczów", "24-150"),
    A("PL", "ul. Armii Krajowej 3/8", "Sanok", "38-500"),
    A("PL", "ul. Mickiewicza 21", "Sanok", "38-500"),
    A("PL", "ul. Kościelna 9", "Mława", "06-500"),
    A("PL", "ul. Jana Pawła II 40", "Lidzbark Warmiński", "11-100"),
    A("PL", "ul. Polna 2", "Sierakowice", "83-340"),
    A("PL", "ul. Piłsudskiego 11/4", "Olecko", "19-400"),
    A("PL", "ul. Ogrodowa 13", "Łopuszno", "26-070"),
    A("PL", "ul. Wałowa 6", "Września", "62-300"),
    A("TR", "Atatürk Mah. İnönü Cad. No: 12", "Datça", "48900", "Muğla", unit="D: 4"),
    A("TR", "Yeni Mah. Cumhuriyet Sk. No: 7", "Safranbolu", "78600", "Karabük", unit="D: 2"),
    A("BR", "Rua Coronel Ponciano, 87", "Pirenópolis", "72980-000", "GO", unit="casa 2", district="Vila Nova"),
    A("BR", "Travessa Tiradentes, 33", "Cachoeira", "44300-000", "BA", unit="apto 101", district="Cidade Alta"),
    A("RU", "ул. Советская, д. 12", "Мышкин", "152830", "Ярославская обл.", unit="кв. 4"),
    A("RU", "ул. Гагарина, д. 7", "Кунгур", "617470", "Пермский край", unit="кв. 21"),
    A("UA", "вул. Грушевського, 17", "Коломия", "78203", "Івано-Франківська обл.", unit="кв. 9"),
    A("UA", "просп. Шевченка, 44", "Ніжин", "16600", "Чернігівська обл.", unit="кв. 31"),
    A("IL", "רחוב ז'בוטינסקי 33", "קריית טבעון", "3603107", unit="דירה 5"),
    A("IL", "רחוב הרצל 8", "ראש פינה", "1210302"),
    A("JO", "شارع الميدان، بناية 14", "السلط"),
    A("JO", "شارع الأمير حسن 27", "مادبا"),
    A("JP", "黒川町8丁目12-4", "余市郡余市町", "046-0003", "北海道"),
    A("JP", "金山345", "最上郡金山町", "999-5402", "山形県"),
    A("JP", "具志堅417", "国頭郡本部町", "905-0212", "沖縄県"),
    A("JP", "海士1490-2", "隠岐郡海士町", "684-0404", "島根県"),
    A("JP", "右山五月町3-18", "四万十市", "787-0012", "高知県"),
    A("JP", "本町2丁目45", "高山市", "506-0011", "岐阜県"),
    A("KR", "정선읍 봉양7길 12", "정선군", "", "강원특별자치도"),
    A("KR", "담양읍 죽향대로 1120", "담양군", "", "전라남도", unit="203호"),
    A("TW", "中山路52號", "池上鄉", "", "臺東縣"),
    A("TW", "民生路18號", "集集鎮", "", "南投縣", unit="3樓"),
    A("IN", "मकान नं. 41, वार्ड 6", "ओरछा", "472246", "मध्य प्रदेश"),
    A("IN", "गली नं. 3, शिवपुरी कॉलोनी", "बहराइच", "271801", "उत्तर प्रदेश"),
    A("TH", "99/3 หมู่ 4", "เชียงคาน", "42110", "เลย", district="เชียงคาน"),
    A("TH", "45/2 หมู่ 7", "ปาย", "58130", "แม่ฮ่องสอน", district="แม่นาเติง"),
    A("PH", "Purok 4", "Sagada", "2619", "Mountain Province", district="Brgy. Poblacion"),
    A("PH", "Blk 7 Lot 12 Camella Homes", "Tanay", "1920", "Rizal", district="Brgy. San Roque"),
]


class Street:
    """A street a canvass team works: house numbers typed by hand."""

    def __init__(self, cc: str, street: str, town: str, pc: str, nums: list[str], region: str = "") -> None:
        self.cc, self.street_, self.town_, self.pc_, self.nums, self.region_ = cc, street, town, pc, nums, region

    @property
    def key(self) -> str:
        return f"{self.cc}|{self.street_}|{self.town_}"

    def at(self, k: int) -> str:
        """`12 Stone Street` (UK/US/FR order) or `Stone Street 12` (DE/ES/PL order), one span."""
        num = self.nums[k % len(self.nums)]
        if self.cc in ("DE", "PL"):
            return L(f"{self.street_} {num}")
        if self.cc == "ES":
            return L(f"{self.street_}, {num}")
        if self.cc == "FR":
            return L(f"{num} {self.street_}")
        return L(f"{num} {self.street_}")


S = Street
STREETS: list[Street] = [
    S("GB", "Stone Street", "Llandovery", "SA20 0BZ", ["2", "5", "9", "14", "17"]),
    S("GB", "Penrith Road", "Keswick", "CA12 4HF", ["4", "8", "11", "23", "27"]),
    S("GB", "Gladstone Terrace", "Alston", "CA9 3QF", ["1", "3", "6", "10", "12"]),
    S("GB", "Queen Street", "Amble", "NE65 0BX", ["7", "15", "22", "31", "33"]),
    S("GB", "Hollins Road", "Todmorden", "OL14 5EQ", ["18", "20", "37", "41", "46"]),
    S("GB", "Station Road", "Wymondham", "NR18 0JY", ["3", "9", "12", "26", "44"]),
    S("GB", "Castle View", "Clitheroe", "BB7 1BT", ["5", "11", "13", "19", "24"]),
    S("GB", "Pankhurst Avenue", "Mossley", "OL5 0JS", ["2", "7", "15", "16", "29"]),
    S("US", "Washington St", "Decorah", "52101", ["204", "212", "219", "305", "311"], "IA"),
    S("US", "W King St", "Boone", "28607", ["518", "524", "531", "602", "640"], "NC"),
    S("US", "Jefferson Ave", "Marquette", "49855", ["1018", "1024", "1102", "1115", "1121"], "MI"),
    S("DE", "Karl-Marx-Straße", "Kyritz", "16866", ["3", "5a", "12", "14", "20"]),
    S("DE", "Schulstraße", "Rietberg", "33397", ["1", "4", "9", "11", "16"]),
    S("DE", "Ludwig-Erhard-Straße", "Leutkirch im Allgäu", "88299", ["6", "8", "15", "21", "23"]),
    S("FR", "rue Pasteur", "Arbois", "39600", ["3", "7", "12", "18", "25"]),
    S("FR", "allée Louise Michel", "Quimperlé", "29300", ["2", "4", "9", "11", "13"]),
    S("FR", "rue de la République", "Lodève", "34700", ["5", "14", "16", "23", "27"]),
    S("ES", "Calle Real", "Sigüenza", "19250", ["4", "8", "13", "22", "26"]),
    S("ES", "Carrer Major", "Olot", "17800", ["11", "15", "27", "30", "32"]),
    S("PL", "ul. Słowackiego", "Złotoryja", "59-500", ["3", "7", "12", "18", "21"]),
    S("PL", "ul. Długa", "Łowicz", "99-400", ["2", "6", "19", "24", "28"]),
]

# national format, no country codes
PHONES: dict[str, list[str]] = {
    "GB": ["07723 418906", "07958 221437", "07412 663081", "07847 390215", "07501 872364", "07966 104528",
           "07384 557219", "07811 046973", "07592 338140", "07428 915367", "07730 264851", "07869 513072",
           "07455 780193", "07921 637458", "07516 092784", "07788 341620", "07403 259718", "07982 475036",
           "01584 872316", "01373 461802", "01988 402715", "01874 810466", "01686 412937", "01729 823054",
           "01665 603871", "01308 427619", "01629 824305", "01502 723148", "01947 602391", "01851 704286",
           "01595 693417", "028 6632 4871", "028 2076 2394", "01353 662087", "01799 526413", "01290 421376",
           "07367 118429", "07840 966215", "07496 320587", "07937 804162"],
    "IE": ["087 314 2265", "086 902 7713", "023 883 4416", "097 82 539", "085 217 4098"],
    "US": ["(563) 382-4417", "(541) 386-2093", "(304) 645-8821", "(843) 524-7760", "(520) 432-1986",
           "(815) 777-3042", "(802) 254-6619", "(440) 775-3128", "(859) 986-4471", "(575) 388-2654",
           "(218) 365-7702", "(360) 385-9146", "(662) 234-8817", "(502) 348-6620", "(507) 467-3385"],
    "DE": ["0176 48213975", "030 44719382", "0171 2938406", "0421 5573210", "0151 16402839",
           "089 32149776", "05931 498217", "0160 97245318", "0375 2894013", "0152 33817460", "04661 71834",
           "0172 5603981"],
    "FR": ["06 72 41 88 19", "07 58 13 40 62", "02 98 44 17 35", "06 18 93 27 54", "05 65 40 72 18",
           "06 41 27 90 35", "03 84 66 21 47"],
    "ES": ["612 48 73 09", "677 301 528", "943 21 86 47", "654 902 117", "974 50 03 28", "689 415 732"],
    "PT": ["912 458 307", "936 102 744", "296 284 153"],
    "BR": ["(71) 98813-4472", "(11) 97402-3318", "(92) 99127-6085", "(51) 98440-1923", "(81) 99635-2270",
           "(61) 98177-5041", "(62) 99284-3317", "(75) 99106-8832"],
    "IT": ["347 218 9054", "333 615 4082", "0784 93 226", "328 740 1169"],
    "PL": ["601 284 937", "512 770 384", "798 415 260", "694 203 851"],
    "NL": ["06-41873920", "06 2934 1187", "0511 45 28 73"],
    "SE": ["070-284 31 56", "073-519 62 08"],
    "FI": ["040 718 2395", "050 336 9147"],
    "RO": ["0744 318 592", "0722 604 187"],
    "TR": ["0532 417 28 93", "0505 863 14 70", "0542 318 07 65"],
    "GR": ["694 512 3087", "697 330 4821", "2310 458 726"],
    "RU": ["8 (916) 438-27-15", "8 (922) 107-64-38", "8 903 552-18-46"],
    "UA": ["067 318 42 95", "050 724 16 83"],
    "IL": ["052-738-4159", "054-612-0937"],
    "JO": ["079 684 2217", "077 531 0846"],
    "JP": ["090-4827-1936", "080-3152-7749", "0135-22-4813", "098-047-2265", "070-5583-0914"],
    "KR": ["010-4827-3915", "010-9352-6418"],
    "TW": ["0912-438-276", "0933-507-184"],
    "IN": ["98284 17365", "94150 62837"],
    "TH": ["081 472 3958", "089 615 2074"],
    "PH": ["0917 482 3096", "0928 715 4403", "0906 331 2758"],
    "KE": ["0722 418 903", "0711 305 672"],
    "NG": ["0803 417 2258", "0706 338 9140"],
    "ZA": ["082 614 3397", "071 908 2254"],
    "AU": ["0412 637 905", "0438 210 776"],
    "NZ": ["021 408 7731", "027 553 1908"],
    "CA": ["(418) 235-4471", "(506) 532-8806"],
    "MX": ["222 418 3075"],
    "AR": ["011 15-4872-3361"],
    "CO": ["310 482 7715"],
    "DK": ["28 41 73 90"],
    "NO": ["412 83 507"],
    "CZ": ["737 418 296"],
    "HU": ["06 30 418 2975"],
    "AT": ["0664 318 2749"],
    "CH": ["079 418 23 65"],
    "BE": ["0478 31 62 05"],
}

# dates of birth (y, m, d): adults, older people, and attainers / young members
DOBS: dict[str, list[tuple[int, int, int]]] = {
    "adult": [(1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (1983, 1, 29), (1974, 6, 21),
              (1990, 12, 2), (1969, 4, 17), (1995, 8, 30), (1981, 10, 11), (1977, 2, 24), (1986, 7, 5),
              (1972, 11, 19), (1998, 1, 13)],
    "old": [(1938, 3, 22), (1941, 4, 4), (1947, 12, 30), (1933, 8, 15), (1944, 6, 9), (1951, 2, 27)],
    "young": [(2008, 9, 14), (2009, 3, 2), (2007, 11, 27), (2008, 1, 18), (2009, 7, 21)],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
}


def fmt_date(d: tuple[int, int, int], style: str) -> str:
    y, m, dd = d
    if style == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "long":
        return f"{dd} {MONTHS['en'][m - 1]} {y}"
    if style == "short":
        return f"{dd} {MONTHS['en'][m - 1][:3]} {y}"
    if style == "us":
        return f"{MONTHS['en'][m - 1]} {dd}, {y}"
    if style == "de":
        return f"{dd}. {MONTHS['de'][m - 1]} {y}"
    if style == "fr":
        return f"{'1er' if dd == 1 else dd} {MONTHS['fr'][m - 1]} {y}"
    if style == "es":
        return f"{dd} de {MONTHS['es'][m - 1]} de {y}"
    if style == "it":
        return f"{dd} {MONTHS['it'][m - 1]} {y}"
    if style == "ja":
        return f"{y}年{m}月{dd}日"
    if style == "ymd.":
        return f"{y}.{m:02d}.{dd:02d}."
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# ID numbers, bank and card numbers, IP addresses: typed by hand (check digits worked out once)
# ---------------------------------------------------------------------------------------------

IDS: dict[str, list[tuple[str, str]]] = {  # kind -> (value as written, sex it encodes or "")
    "NINO": [("JK 48 21 93 C", ""), ("PR394817B", ""), ("SL 72 05 61 A", ""), ("NW 15 38 72 D", ""),
             ("HT608142A", ""), ("WE 27 41 09 B", ""), ("RZ830562C", "")],
    "NHS": [("485 902 7132", ""), ("639 174 2081", ""), ("721 846 0399", ""), ("904 317 5625", "")],
    "PESEL": [("85071403820", "F"), ("77030819249", "F"), ("81041702980", "F"), ("03310827345", "F"),
              ("92112506718", "M"), ("02251908456", "M"), ("65120431576", "M"), ("99082214636", "M"),
              ("56063005111", "M")],
    "PNR": [("860412-2385", "F"), ("751103-6621", "F"), ("011219-3743", "F"), ("930828-4570", "M")],
    "TCKN": [("38471052976", ""), ("52794018310", ""), ("19635280442", ""), ("63908147222", "")],
    "CPF": [("318.406.927-31", ""), ("524.873.190-97", ""), ("093.615.248-60", ""), ("781.350.462-35", "")],
    "BSN": [("248519372", ""), ("319274652", ""), ("482037167", ""), ("194738267", ""), ("260581471", "")],
    "DNI": [("48307215Q", ""), ("72918463E", ""), ("05643927A", ""), ("33871590L", ""), ("51204786R", ""),
            ("29768341Q", ""), ("44019528N", ""), ("16283754F", "")],
    "NIE": [("X4827193E", ""), ("Y2395816N", ""), ("Z0718342B", "")],
    "CNP": [("2850312400171", "F"), ("2990722340181", "F"), ("6020911240031", "F"), ("1961108260059", "M"),
            ("1780414170025", "M")],
    "HETU": [("170384-268P", "F"), ("090802A3568", "F"), ("300176-802M", "F"), ("021191-4173", "M"),
             ("250657-093N", "M")],
    "ILID": [("304927189", ""), ("205718364", ""), ("317840528", "")],
    "THAI": [("1-1035-00482-71-3", ""), ("3-5099-00316-42-8", ""), ("1-4102-00673-15-1", ""),
             ("5-2014-00091-83-6", "")],
    "TWID": [("A128473655", "M"), ("E138602742", "M"), ("F225391082", "F"), ("B240195733", "F")],
    "PASSPORT": [("A07318245", ""), ("Z5381946", ""), ("CK4810937", ""), ("FE4471928", "")],
    "EPIC": [("KTW4827163", ""), ("NDL0719358", ""), ("KTW5508274", "")],
    "RUPASS": [("45 17 628394", ""), ("60 09 417285", ""), ("57 12 903641", "")],
    "SSN": [("412-68-3095", ""), ("537-21-8846", ""), ("261-90-4473", "")],
}
# codice fiscale of the three Italian people it belongs to, with their births
CODICE_FISCALE = {
    "Chiara|Mazzoleni": ("MZZCHR78M52A794I", (1978, 8, 12), "Bergamo"),
    "Salvatore|Cuccuru": ("CCCSVT61D14F979Q", (1961, 4, 14), "Nuoro"),
    "Annalisa|Pietrangeli": ("PTRNLS93T48H501Q", (1993, 12, 8), "Roma"),
}
IBANS: dict[str, list[str]] = {
    "GB": ["GB74MIDL40051572394018", "GB47BARC20716583047219", "GB48NWBK56003874215690"],
    "IE": ["IE75AIBK93356207418853", "IE92BOFI90378361205947"],
    "DE": ["DE09430609671183745200", "DE71260500010047821936", "DE05701500000918274635",
           "DE68830654080004729318"],
    "ES": ["ES1620383127406000519284", "ES1500810237480001987263", "ES2221003941752200318467",
           "ES9430580742182720014598"],
    "FR": ["FR1430004028370001937256K91", "FR2416606100640013572904152"],
    "NL": ["NL82RABO0318472956", "NL45INGB0006829174"],
    "IT": ["IT81Y0306909606100000072391"],
    "BE": ["BE35001457283916"],
    "SE": ["SE3450000000058398261447"],
}
CARDS = ["4532019482736112", "5423890174625030", "376104829351077", "4929183055674208", "6011549028371664"]
IPS = ["81.174.236.19", "92.40.187.63", "86.128.45.201", "2a00:23c7:9f14:6e01:b4a2:1c3e:8d07:52f9",
       "109.149.72.14", "185.69.145.230", "77.97.203.88", "2.27.114.56", "37.228.241.9", "151.227.48.172",
       "5.148.96.33", "2a02:c7c:5d21:aa00:3f1:82bd:e64:9c1"]
MRNS = ["K2847361", "RBH-0193847", "M4471826"]
WEBMAIL = {
    "uk": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"],
    "us": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com"],
    "ie": ["gmail.com", "eircom.net"],
    "world": ["gmail.com", "outlook.com", "proton.me", "yahoo.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br"],
    "pt": ["sapo.pt", "gmail.com"],
    "it": ["libero.it", "virgilio.it", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "sv": ["telia.com", "gmail.com"],
    "fi": ["elisanet.fi", "gmail.com"],
    "ro": ["yahoo.ro", "gmail.com"],
    "tr": ["gmail.com", "hotmail.com"],
    "el": ["otenet.gr", "gmail.com"],
    "ru": ["mail.ru", "yandex.ru"],
    "ua": ["ukr.net", "gmail.com"],
    "ar": ["gmail.com", "yahoo.com"],
    "he": ["walla.co.il", "gmail.com"],
    "hi": ["gmail.com", "rediffmail.com"],
    "th": ["gmail.com", "hotmail.com"],
    "zh": ["gmail.com", "yahoo.com.tw"],
    "ja": ["docomo.ne.jp", "yahoo.co.jp", "gmail.com"],
    "ko": ["naver.com", "daum.net"],
    "tl": ["gmail.com", "yahoo.com"],
}


def title(p: Person) -> str:
    """English courtesy title, kept outside the PERSON span."""
    return "Ms" if p.sex == "F" else "Mr"


def ad(town: str) -> str:
    """Italian "a" / "ad" before a town."""
    return "ad" if town[:1] in "AEIOU" else "a"


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------------------------------------
# drawing: least-used first, ties broken by the seeded RNG, never twice in one row
# ---------------------------------------------------------------------------------------------

class Draw:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.uses: Counter = Counter()

    def least(self, kind: str, items: list, keyf, seen: set):
        cands = [it for it in items if (kind, keyf(it)) not in seen]
        if not cands:
            raise RuntimeError(f"pool {kind} exhausted in one row")
        low = min(self.uses[(kind, keyf(it))] for it in cands)
        best = [it for it in cands if self.uses[(kind, keyf(it))] == low]
        it = best[self.rng.randrange(len(best))]
        self.uses[(kind, keyf(it))] += 1
        seen.add((kind, keyf(it)))
        return it


class Ctx:
    """What a template gets: the row index and drawing helpers."""

    def __init__(self, draw: Draw, i: int) -> None:
        self.d, self.i, self.rng, self.seen = draw, i, draw.rng, set()

    def alt(self, *xs):
        return xs[self.i % len(xs)]

    def rot(self, xs, k: int):
        """The k-th item of xs, rotated by the row index (so rows differ)."""
        return xs[(k + self.i) % len(xs)]

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def choice(self, xs):
        return xs[self.rng.randrange(len(xs))]

    def person(self, pool: str = "uk", sex: str | None = None, keys: list[str] | None = None) -> Person:
        items = [p for p in POOLS[pool] if (sex is None or p.sex == sex) and (keys is None or p.key in keys)]
        return self.d.least("person", items, lambda p: p.key, self.seen)

    def people(self, k: int, pool: str = "uk") -> list[Person]:
        return [self.person(pool) for _ in range(k)]

    def addr(self, cc: str) -> Addr:
        return self.d.least("addr", [a for a in ADDRS if a.cc == cc], lambda a: a.key, self.seen)

    def street(self, cc: str) -> Street:
        return self.d.least("street", [s for s in STREETS if s.cc == cc], lambda s: s.key, self.seen)

    def phone(self, cc: str = "GB", mobile: bool | None = None) -> str:
        items = PHONES[cc]
        if cc == "GB" and mobile is not None:
            items = [x for x in items if x.startswith("07") == mobile]
        return PH(self.d.least("phone", items, lambda x: x, self.seen))

    def dob(self, style: str, kind: str = "adult") -> str:
        d = self.d.least("dob", DOBS[kind], lambda x: x, self.seen)
        return DOB(fmt_date(d, style))

    def nid_v(self, kind: str, sex: str = "") -> str:
        items = [x for x in IDS[kind] if not x[1] or not sex or x[1] == sex]
        return self.d.least("id", items, lambda x: x[0], self.seen)[0]

    def nid(self, kind: str, sex: str = "") -> str:
        return NID(self.nid_v(kind, sex))

    def ssn(self) -> str:
        return mk("US_SSN", self.d.least("id", IDS["SSN"], lambda x: x[0], self.seen)[0])

    def iban(self, cc: str, grouped: bool = False) -> str:
        v = self.d.least("iban", IBANS[cc], lambda x: x, self.seen)
        return mk("IBAN_CODE", group4(v) if grouped else v)

    def card(self, grouped: bool = True) -> str:
        v = self.d.least("card", CARDS, lambda x: x, self.seen)
        if grouped:
            v = f"{v[:4]} {v[4:10]} {v[10:]}" if len(v) == 15 else group4(v)
        return mk("CREDIT_CARD", v)

    def ip(self) -> str:
        return mk("IP_ADDRESS", self.d.least("ip", IPS, lambda x: x, self.seen))

    def mrn(self) -> str:
        return mk("MEDICAL_RECORD_NUMBER", self.d.least("mrn", MRNS, lambda x: x, self.seen))

    def email(self, p: Person, style: int | None = None, domain: str = "") -> str:
        doms = WEBMAIL[p.pool]
        dom = domain or doms[self.rng.randrange(len(doms))]
        st = self.rng.randrange(8) if style is None else style
        return EM(p.email_(dom, st, self.rng.randint(1, 98)))

    def last4(self) -> str:
        return f"{self.rng.randint(1000, 9999)}"


# ---------------------------------------------------------------------------------------------
# templates
# ---------------------------------------------------------------------------------------------

TEMPLATES: list[tuple[str, str, str, int, object, object]] = []


def tpl(cls: str, lang: str, n: int, case: str | tuple | None = None):
    """Register a template: class, language, rows, case ("lower", "upper", None, or one of those per row)."""
    def deco(fn):
        TEMPLATES.append((cls, fn.__name__[2:].replace("_", "-"), lang, n, case, fn))
        return fn
    return deco


# ---- personal_canvass: canvass sheets, door-knocking logs, knock-up lists, phone banks --------

@tpl("personal_canvass", "en", 3)
def t_canvass_csv_uk(c: Ctx) -> str:
    s = c.street("GB")
    ps = c.people(4)
    ward = c.alt("KA", "MS", "TD")
    vis = c.alt(["L", "C", "DK", "LD"], ["G", "AGAINST", "L", "WNV"], ["R", "L", "L", "C"])
    intro = c.alt(
        "Clean up this canvass export before I load it back into Contact Creator. A few rows have the postcode "
        "in the notes column and the VI codes are all over the place (we only use L, C, LD, G, R, WNV, DK, "
        "AGAINST):",
        "can you fix this CSV? the canvass app put the postocde in notes on one line and I need it to import "
        "cleanly tonite",
        "Before the ward meeting: tidy this door-knocking export and tell me how many Ls we have on the street.",
    )
    notes = c.alt(
        ["wants a poster", f"same household as {ps[0].g}, also L", "", "postal voter"],
        ["asked about the bypass", "", f"lives with {ps[1].g}, call back", "moved out?"],
        ["angry about potholes", "", "", "works nights, knock after 11"],
    )
    lines = ["elector_no,first_name,surname,address,postcode,vi,notes"]
    for k, p in enumerate(ps):
        pc = L(s.pc_)
        if k == 2:
            lines.append(f"{ward}-{204 + 3 * k},{p.g},{p.f},{s.at(k)},,{vis[k]},{pc} {notes[k]}".rstrip())
        else:
            lines.append(f"{ward}-{204 + 3 * k},{p.g},{p.f},{s.at(k)},{pc},{vis[k]},{notes[k]}")
    return intro + "\n\n" + "\n".join(lines)


@tpl("personal_canvass", "en", 3)
def t_doorknock_minivan(c: Ctx) -> str:
    s = c.street("US")
    ps = c.people(4, "us")
    lead = c.person("us")
    res = c.alt(
        ["Canvassed - Strong Support", "Not Home", "Canvassed - Leaning", "Refused"],
        ["Canvassed - Undecided", "Canvassed - Strong Support", "Moved", "Not Home"],
        ["Not Home", "Canvassed - Leaning", "Canvassed - Strong Support", "Canvassed - Undecided"],
    )
    notes = c.alt(
        ["wants yard sign", "lit dropped", "asked about Medicaid expansion", "no soliciting sign"],
        ["needs ride to polls", "", "new resident, not on list", "dog, go round back"],
        ["", "worried about the mill closing", "can host a house party", "Spanish speaker"],
    )
    head = f"Turf {c.alt('07', '12', '03')} ({L(s.town_)}, {L(s.region_)}) exported from MiniVAN by {lead.n}."
    rows = ["VANID\tName\tAddress\tPhone\tResult\tNotes"]
    for k, p in enumerate(ps):
        ph = c.phone("US") if k != 1 else ""
        rows.append(f"{10482731 + 977 * k}\t{p.n}\t{s.at(k)}, {L(s.town_)}, {L(s.region_)} {L(s.pc_)}\t{ph}\t"
                    f"{res[k]}\t{notes[k]}")
    ask = c.alt(
        "Which doors need a second knock this weekend, and draft a short text for anyone who asked for help.",
        "Summarise this for the field director in three bullets.",
        "Turn this into a call list for Thursday's phone bank, supporters first.",
    )
    return head + "\n" + "\n".join(rows) + "\n\n" + ask


@tpl("personal_canvass", "en", 3, "lower")
def t_canvass_notes_lower(c: Ctx) -> str:
    s = c.street("GB")
    vol = c.person()
    p1, p2 = c.people(2)
    p3 = c.person(sex="F")
    ph = c.phone("GB", mobile=True)
    pub = c.alt("farage", "starmer", "sunak")
    return (
        f"canvassed {L(s.street_)} in {L(s.town_)} tonight with {vol.g}. no {s.nums[0]} {p1.n} strong L but wants "
        f"the dog mess on the rec sorted, no {s.nums[1]} {p2.n} was C last time and now undecided, kept bringing up "
        f"{pub}. {p3.g} at no {s.nums[3]} asked for a postal vote form, her mobile is {ph}. "
        + c.alt(
            "can you turn this into proper notes for contact creator",
            "pls write it up as a short report for the branch whatsapp",
            "what should i put as the follow up for each door",
        )
    )


@tpl("personal_canvass", "de", 3)
def t_haustuer_protokoll(c: Ctx) -> str:
    s = c.street("DE")
    ps = c.people(4, "de")
    t = c.alt(["unentschlossen", "Unterstützer", "kein Interesse", "Wechselwähler"],
              ["Unterstützer", "nicht angetroffen", "unentschlossen", "Unterstützer"],
              ["kritisch", "unentschlossen", "Unterstützer", "nicht angetroffen"])
    n = c.alt(["will Infos zur Rente", "Plakat im Fenster", "Sorge wegen Windpark", "Briefwahl beantragt"],
              ["Mitglied werden?", "", "Frage zur Kita-Gebühr", "Tochter wählt erstmals"],
              ["Bürgergeld-Thema", "ruft zurück", "Infostand am Samstag", ""])
    rows = ["Name;Straße;PLZ;Ort;Tendenz;Notiz"]
    for k, p in enumerate(ps):
        rows.append(f"{p.n};{s.at(k)};{L(s.pc_)};{L(s.town_)};{t[k]};{n[k]}")
    ask = c.alt(
        "Kannst du aus unserem Haustür-Protokoll eine Liste für die Nachbesuche machen? Trennzeichen ist Semikolon.",
        "Bitte fasse das Protokoll vom Samstag zusammen und sortiere nach Tendenz.",
        "Fehler in der CSV? Beim Import in die Wahlkampf-App kommen Umlaute kaputt an.",
    )
    return ask + "\n\n" + "\n".join(rows)


@tpl("personal_canvass", "fr", 3, (None, None, "lower"))
def t_porte_a_porte(c: Ctx) -> str:
    s = c.street("FR")
    cap = c.person("fr")
    p1 = c.person("fr", "F")
    p2 = c.person("fr", "M")
    p3 = c.person("fr")
    ph = c.phone("FR")
    return (
        f"Compte-rendu du porte-à-porte de samedi, {L(s.street_)} à {L(s.town_)} ({L(s.pc_)}), équipe de {cap.n}.\n"
        f"- n° {s.nums[0]} : Mme {p1.f} ({p1.n}), plutôt favorable, veut une procuration pour le 2e tour.\n"
        f"- n° {s.nums[1]} : M. {p2.f}, absent, voisin dit qu'il a déménagé.\n"
        f"- n° {s.nums[2]} : {p3.n}, indécis·e, parle surtout de la fermeture de la maternité. "
        f"Rappeler au {ph}.\n"
        + c.alt(
            "Peux-tu en faire un tableau pour la réunion de section ?",
            "Rédige un petit mot de suivi pour chacun, ton chaleureux.",
            "Résume en trois lignes pour le groupe Telegram des militants.",
        )
    )


@tpl("personal_canvass", "es", 2)
def t_puerta_a_puerta(c: Ctx) -> str:
    s = c.street("ES")
    ps = c.people(3, "es")
    ph = c.phone("ES")
    rows = ["nombre\tdirección\tCP\tintención\tobservaciones"]
    obs = c.alt(["pide papeleta por correo", "", f"llamar al {ph}"], [f"tel. {ph}", "voto joven", "no abre"])
    for k, p in enumerate(ps):
        rows.append(f"{p.n}\t{s.at(k)}\t{L(s.pc_)}\t{c.rot(['sí', 'duda', 'no', 'sí'], k)}\t{obs[k]}")
    return (
        c.alt("Registro puerta a puerta de ayer en ", "Hoja de campaña, barrio de ")
        + f"{L(s.town_)}. Ordénalo por intención y dime a quién volver a visitar:\n\n"
        + "\n".join(rows)
    )


@tpl("personal_canvass", "en", 2)
def t_gotv_knockup(c: Ctx) -> str:
    s = c.street("GB")
    ps = c.people(4)
    stn = c.alt("St Mary's Church Hall", "the Methodist Church", "the Scout Hut")
    code = c.alt("AB1", "CW2", "HX3")
    rows = ["ENO | Name | Address | Phone | Promise | Lift?"]
    for k, p in enumerate(ps):
        rows.append(f"{code}-{311 + 7 * k} | {p.n} | {s.at(k)} | {c.phone('GB')} | L | {c.rot(['no', 'yes', 'no', 'no'], k)}")
    voted = f"{code}-311, {code}-325"
    return (
        f"Polling day, 2pm. Tellers' numbers are in from {stn} (voted so far: {voted}). Which of our promises on "
        f"this sheet still need a knock, and who needs a lift?\n\n" + "\n".join(rows)
    )


@tpl("personal_canvass", "pl", 2, (None, "lower"))
def t_kampania_notatki(c: Ctx) -> str:
    s = c.street("PL")
    p1 = c.person("pl", "F")
    p2 = c.person("pl", "M")
    vol = c.person("pl")
    ph = c.phone("PL")
    return (
        f"Notatki z chodzenia po domach, {L(s.street_)}, {L(s.pc_)} {L(s.town_)} (zespół: {vol.n}):\n"
        f"nr {s.nums[0]} – pani {p1.n}, popiera, chce plakat, tel. {ph}\n"
        f"nr {s.nums[1]} – pan {p2.f}, nie otworzył\n"
        f"nr {s.nums[2]} – sąsiadka mówi, że pan {p2.g} pracuje w Niemczech\n"
        + c.alt("Przepisz to proszę do tabeli dla sztabu.", "Zrób z tego krótkie podsumowanie na jutrzejszą odprawę.")
    )


@tpl("personal_canvass", "pt", 3)
def t_telefonaco(c: Ctx) -> str:
    ps = c.people(4, "br")
    bairros = c.alt(["Centro", "Vila Nova", "Alto da Boa Vista", "Jardim América"],
                    ["Liberdade", "Pituba", "Rio Vermelho", "Itapuã"],
                    ["Boa Viagem", "Casa Amarela", "Várzea", "Iputinga"])
    rows = ["nome;celular;bairro;intenção;obs"]
    for k, p in enumerate(ps):
        rows.append(f"{p.n};{c.phone('BR')};{bairros[k]};{c.rot(['firme', 'indeciso', 'contra', 'indeciso'], k)};"
                    f"{c.rot(['quer adesivo', '', 'ligar de novo sábado', 'pediu santinho'], k)}")
    return (
        c.alt("Planilha do telefonaço de ontem. ", "Resultado das ligações da militância. ",
              "Lista do mutirão de ligações. ")
        + "Pode separar quem está indeciso e escrever uma mensagem de WhatsApp curta pra eles?\n\n" + "\n".join(rows)
    )


@tpl("personal_canvass", "en", 2, "upper")
def t_canvass_card_caps(c: Ctx) -> str:
    p = c.person()
    hh = c.person()
    a = c.addr("GB")
    return (
        "Transcribe this paper canvass card into our spreadsheet format:\n"
        f"NAME: {p.n}   ELECTOR NO: {c.alt('PD2', 'KL4')}-{c.num(100, 899)}\n"
        f"ADDRESS: {a.one()}\n"
        f"TEL: {c.phone('GB')}\n"
        f"VI: {c.alt('LAB (WAS LD 2019)', 'CON SOFT, DK ON LIST')}\n"
        f"ISSUES: {c.alt('BUS TO SHREWSBURY CUT, GP WAIT', 'SECOND HOMES, FERRY TIMETABLE')}\n"
        f"HOUSEHOLD: ALSO {hh.g} (DK)"
    )


# ---- personal_casework: constituents and residents writing to members' and councillors' offices ----

@tpl("personal_casework", "en", 3, (None, "lower", None))
def t_casework_email(c: Ctx) -> str:
    p = c.person()
    kid = c.person(sex=c.alt("M", None, "F"))
    a = c.addr("GB")
    subj, body = c.alt(
        ("Black mould - Clarion won't fix it",
         (f"I have lived at {a.one()} for eleven years and the damp in the back bedroom is now black mould. "
          f"Clarion keep closing the repair job. My son {kid.g} has asthma and I've read about Awaab's Law, "
          "surely this counts?")),
        ("PIP decision",
         (f"My PIP was stopped after the reassessment and the mandatory reconsideration came back the same. I live "
          f"at {a.one()}. I can't get to the tribunal in Shrewsbury without help. My neighbour {kid.n} "
          "is willing to come as a witness.")),
        ("Passport not arrived, flying Friday",
         (f"We applied for my daughter {kid.g}'s passport 9 weeks ago and havent recieved anything. Our address is {a.one()}. "
          "HM Passport Office just say it's 'in progress'. Can the MP's office raise it with the hotline?")),
    )
    return (
        c.alt("Draft a holding reply to this constituent and a two-line note for the caseworker.",
              "Summarise this for the casework system and suggest which agency to contact.",
              "Write a warm acknowledgement and list what info we still need.")
        + f"\n\n> From: {p.n} <{c.email(p)}>\n> Subject: {subj}\n>\n> Dear Sir or Madam,\n> {body}\n"
        f"> You can reach me on {c.phone('GB')} any time after 3.\n>\n> Thanks,\n> {p.g}"
    )


@tpl("personal_casework", "en", 3, (None, None, "upper"))
def t_casework_nhs(c: Ctx) -> str:
    p = c.person()
    kin = c.person(sex=c.alt("F", "M", None))
    a = c.addr("GB")
    hosp = c.alt("Royal Shrewsbury Hospital", "Bronglais Hospital", "Addenbrooke's")
    what = c.alt("hip replacement, waiting 71 weeks", "cataract surgery, second eye, 58 weeks",
                 "gastroenterology follow-up, cancelled three times")
    return (
        "Case notes from Friday's surgery, please turn them into a letter from the MP to the trust's chief executive "
        "asking for a date:\n\n"
        f"Constituent: {p.n}\nDOB: {c.dob(c.alt('dmy/', 'long', 'dmy/'), c.alt('old', 'old', 'adult'))}\n"
        f"NHS no. {c.nid('NHS')}   Hospital no. {c.mrn()} ({hosp})\n"
        f"Address: {a.one()}\n"
        f"Issue: {what}. In pain, can't drive.\n"
        f"Consent: {c.alt('daughter', 'son', 'partner')} {kin.n} ({c.phone('GB', mobile=True)}) may act for "
        f"{title(p)} {p.f}."
    )


@tpl("personal_casework", "en", 2)
def t_council_ticket(c: Ctx) -> str:
    p = c.person()
    off = c.person()
    a = c.addr("GB")
    cat, dept, note = c.alt(
        ("Fly-tipping", "Streetscene", (f"mattresses + fridge dumped in the lane behind, 3rd time since May, "
                                        f"{title(p)} {p.f} has photos")),
        ("Highways", "Highways", f"pothole at the bus stop outside, {title(p)} {p.f}'s mum fell last week"),
        ("Housing", "Housing Options", "Section 21 served, two kids, due out end of month, no offer yet"),
    )
    return (
        f"Case ref: CW-2025-{c.num(1000, 1999)}\nWard: {c.alt('Castle', 'Riverside', 'St Michael')}\n"
        f"Resident: {p.n}\nAddress: {a.one()}\nPhone: {c.phone('GB')}\nEmail: {c.email(p)}\n"
        f"Category: {cat}\nOfficer contacted: {off.n} ({dept})\nNotes: {note}\n---\n"
        + c.alt("Rewrite the notes as a clear update I can send the resident.",
                "Is this enough to escalate to the portfolio holder? Draft the e-mail if so.",
                f"Write a short chaser to {off.g}.")
    )


@tpl("personal_casework", "en", 3, "lower")
def t_councillor_chat(c: Ctx) -> str:
    p = c.person(sex="F")
    p2 = c.person()
    a = c.addr("GB")
    b = c.addr("GB")
    return c.alt(
        f"can you chase highways about the pothole outside {a.street} for {p.n}, she's rung 3 times, number is "
        f"{c.phone('GB')}. also {p2.g} from {b.town} is definately still waiting on the blue badge. write me a quick "
        "msg for each",
        f"hi, need a reply to {p.n} at {a.street}, {a.town} about the bins not being collected since the strike. "
        f"her number {c.phone('GB')}. keep it short, i dont want to promise anything. cc {p2.g}",
        f"resident {p.g} ({a.one()}) says the street lights out for 2 weeks, {p2.n} next door too. "
        f"what do i tell them, and who at the council do i ring",
    )


@tpl("personal_casework", "de", 3)
def t_buergerbuero(c: Ctx) -> str:
    p = c.person("de")
    a = c.addr("DE")
    topic = c.alt(
        "Mein Antrag auf Wohngeld liegt seit vier Monaten beim Landratsamt und niemand ruft zurück.",
        "Die Buslinie in die Kreisstadt wird gestrichen, meine Mutter kommt dann nicht mehr zum Arzt.",
        "Mein Sohn bekommt keinen Kita-Platz, obwohl wir einen Rechtsanspruch haben.",
    )
    return (
        c.alt("Bitte formuliere eine Antwort im Namen des Abgeordnetenbüros auf diese Mail:",
              "Fass die Bürgeranfrage kurz für die Wochenbesprechung zusammen:",
              "Wie sollte das Wahlkreisbüro hier reagieren? Mail unten.")
        + f"\n\n„Sehr geehrte Damen und Herren,\nmein Name ist {p.n}, meine Anschrift: {a.street}, {a.pc} {a.town}. "
        f"{topic} Können Sie mir helfen? Sie erreichen mich unter {c.phone('DE')} oder {c.email(p)}.\n"
        f"Mit freundlichen Grüßen\n{p.n}“"
    )


@tpl("personal_casework", "fr", 2)
def t_permanence_fiche(c: Ctx) -> str:
    p = c.person("fr")
    a = c.addr("FR")
    return (
        "Fiche de permanence parlementaire, à reformuler en courrier au préfet :\n"
        f"Nom : {p.up_rev}\nAdresse : {a.one()}\nTél. : {c.phone('FR')}\n"
        f"Objet : {c.alt('dossier MDPH bloqué depuis 8 mois', 'demande de logement social (HLM) sans réponse')}\n"
        f"Suivi : {c.alt('appel à la CAF fait', 'relance mairie faite')}, {p.g} revient samedi."
    )


@tpl("personal_casework", "en", 3)
def t_casework_immigration(c: Ctx) -> str:
    p = c.person("world")
    sp = c.person()
    a = c.addr("GB")
    return (
        "Please summarise this for the Home Office MP account hotline and list what we still need:\n\n"
        f"Applicant: {p.n}\nDOB: {c.dob(c.alt('dmy/', 'short', 'iso'))}\nPassport: {c.nid('PASSPORT')}\n"
        f"Route: {c.alt('spouse visa extension', 'Skilled Worker (care)', 'ILR after 10 years')}\n"
        f"UK sponsor: {sp.n}, {a.one()}, {c.phone('GB', mobile=True)}\n"
        f"Home Office ref: GWF0{c.num(48000000, 48999999)}\n"
        f"Notes: biometrics done in {c.alt('Croydon', 'Sheffield', 'Glasgow')} in March, eVisa still shows the old "
        f"passport, {p.g}'s employer has suspended pay."
    )


@tpl("personal_casework", "ar", 2)
def t_casework_ar(c: Ctx) -> str:
    p = c.person("ar")
    q = c.person("ar", "M")
    a = c.addr("JO")
    return (
        "ساعدني في صياغة رد مهذب من مكتب النائب على هذه الرسالة:\n\n"
        f"السلام عليكم، أنا {p.n} من {a.town}، أسكن في {a.street}. "
        + c.alt(f"انقطعت المياه عن الحي منذ أسبوعين ولم تستجب البلدية، وجاري {q.n} اشتكى أيضاً. ",
                f"ابني {q.g} تخرج منذ سنتين ولم يحصل على وظيفة في ديوان الخدمة المدنية. ")
        + f"رقم هاتفي {c.phone('JO')}. وشكراً."
    )


@tpl("personal_casework", "he", 2)
def t_casework_he(c: Ctx) -> str:
    p = c.person("he")
    a = c.addr("IL")
    return (
        "תנסח בבקשה תשובה קצרה מטעם לשכת חבר המועצה:\n\n"
        f"פנייה מתושב/ת: {p.n}, ת\"ז {c.nid('ILID')}\nכתובת: {a.one()}\nטלפון: {c.phone('IL')}\n"
        f"איש/אשת קשר נוסף/ת: {c.person('he').n}\n"
        + c.alt("נושא: חיוב ארנונה כפול על אותה דירה מאז ינואר.",
                "נושא: אין מקום במעון לבת שלי, אנחנו ברשימת המתנה כבר שנה.")
    )


@tpl("personal_casework", "it", 2)
def t_casework_it(c: Ctx) -> str:
    p = c.person("it", keys=list(CODICE_FISCALE))
    cf, born, where = CODICE_FISCALE[p.key]
    a = c.addr("IT")
    return (
        "Richiesta arrivata alla segreteria del consigliere, mi aiuti a scrivere una risposta gentile?\n\n"
        f"{p.n}, C.F. {NID(cf)}, nat{'a' if p.sex == 'F' else 'o'} a {L(where)} il {DOB(fmt_date(born, 'dmy/'))}, "
        f"residente in {a.one()}, tel. {c.phone('IT')}.\n"
        + c.alt(f"Chiede aiuto per una cartella TARI che secondo {'lei' if p.sex == 'F' else 'lui'} è già stata "
                "pagata.",
                "Segnala che lo scuolabus non passa più dalla frazione.")
    )


@tpl("personal_casework", "nl", 2)
def t_raadslid_mail(c: Ctx) -> str:
    p = c.person("nl")
    a = c.addr("NL")
    return (
        "Kun je een antwoord opstellen namens de fractie? Mail van een bewoner:\n\n"
        f"Beste raadslid,\nIk ben {p.n} en woon op {a.street}, {a.pc} {a.town}. "
        + c.alt("Sinds de herinrichting van de weg rijden er vrachtwagens door onze straat en trillen de ramen.",
                "Mijn vader wacht al acht maanden op een WMO-indicatie voor huishoudelijke hulp.")
        + f" Mijn buurman {c.person('nl', 'M').n} kan het bevestigen. Bel me gerust op {c.phone('NL')}.\nGroet,\n{p.g}"
    )


@tpl("personal_casework", "uk", 2)
def t_zvernennia_ua(c: Ctx) -> str:
    p = c.person("ua")
    a = c.addr("UA")
    return (
        "Склади, будь ласка, відповідь від приймальні депутата міської ради на таке звернення:\n\n"
        f"Заявник: {p.fio}\nАдреса: {a.one()}\nТел.: {c.phone('UA')}\nСусід, що підтверджує: {c.person('ua').fio}\n"
        + c.alt("Суть: третій рік протікає дах над нашим під'їздом, ОСББ не реагує.",
                "Суть: прошу допомогти з оформленням статусу ВПО для моєї матері.")
    )


# ---- personal_fundraising: donors, receipts, membership desks, payment logs -----------------

@tpl("personal_fundraising", "en", 3)
def t_donor_ppera(c: Ctx) -> str:
    ps = c.people(3)
    ads = [c.addr("GB") for _ in range(3)]
    amts = c.alt(["£5,000.00", "£7,500.00", "£250.00"], ["£12,000.00", "£600.00", "£3,400.00"],
                 ["£9,000.00", "£2,500.00", "£11,500.00"])
    rows = ["date,donor,address,amount,method,permissibility"]
    dates = ["2025-02-11", "2025-03-04", "2025-03-19", "2025-04-02"]
    for k in range(3):
        rows.append(f'{dates[k]},{ps[k].n},"{ads[k].one()}","{amts[k]}",{c.rot(["BACS", "cheque", "card"], k)},'
                    f'{c.rot(["on register", "on register", "check"], k)}')
    rows.append(f'{dates[3]},{ps[0].n},"{ads[0].one()}","£4,200.00",BACS,on register')
    return (
        c.alt("Which of these donors go over the £11,180 threshold once aggregated, and what do we have to report to "
              "the Electoral Commission?",
              "Quarterly return is due. Check this export for anything reportable under PPERA:",
              "our treasurer says one of these needs a permissibility check, which one and why")
        + "\n\n" + "\n".join(rows)
    )


@tpl("personal_fundraising", "en", 2)
def t_sepa_mandate_ie(c: Ctx) -> str:
    p = c.person("ie")
    a = c.addr("IE")
    return (
        f"Member rang to say they're being charged twice a month. Draft a reply and tell me what to check in the bank file.\n\n"
        f"SEPA Direct Debit mandate\nMember: {p.n}\nAddress: {a.one()}\nIBAN: {c.iban('IE', grouped=True)}\n"
        f"BIC: {c.alt('AIBKIE2D', 'BOFIIE2D')}\nAmount: €10.00 monthly\nMandate ref: MEM-{c.num(30000, 39999)}\n"
        f"Phone: {c.phone('IE')}"
        if c.i == 0 else
        f"can you write a polite welcome email for a new member who's just signed the mandate below\n\n"
        f"Name: {p.n} | Address: {a.one()} | IBAN: {c.iban('IE')} | Email: {c.email(p)} | €5/month (unwaged rate)"
    )


@tpl("personal_fundraising", "en", 3)
def t_card_debug_log(c: Ctx) -> str:
    p1, p2 = c.people(2, "world")
    lines = [
        (f"2025-05-02T19:41:07Z INFO donate.submit name=\"{p1.n}\" email={c.email(p1)} amount=25.00 "
         f"card={c.card(grouped=False)} exp=08/27 ip={c.ip()}"),
        (f"2025-05-02T19:43:55Z WARN donate.declined name=\"{p2.n}\" email={c.email(p2)} amount=100.00 "
         f"card={c.card(grouped=False)} exp=11/26 ip={c.ip()} reason=do_not_honor"),
    ]
    return (
        c.alt("Our donation form wrote full card numbers into the debug log (yes, I know). Write a one-off Python "
              "script that redacts them in place, and tell me what else in here counts as personal data:",
              "Is this a reportable breach under UK GDPR? Log excerpt from the fundraising server:",
              "Write the incident note for our DPO. This is what the Stripe webhook debug log looked like:")
        + "\n\n" + "\n".join(lines)
    )


@tpl("personal_fundraising", "de", 3)
def t_spenderliste(c: Ctx) -> str:
    p1, p2 = c.people(2, "de")
    a1, a2 = c.addr("DE"), c.addr("DE")
    return (
        c.alt("Für den Rechenschaftsbericht: Spenden über 10.000 € müssen mit Name und Anschrift rein (§ 25 PartG). "
              "Prüf bitte die Liste:",
              "Kannst du aus der Liste Zuwendungsbestätigungen vorbereiten?",
              "Schatzmeisterin fragt, ob die Lastschriften richtig zugeordnet sind:")
        + "\n\n| Name | Anschrift | Betrag | IBAN |\n|---|---|---|---|\n"
        f"| {p1.n} | {a1.one()} | {c.alt('12.500,00 €', '850,00 €', '2.000,00 €')} | {c.iban('DE', grouped=True)} |\n"
        f"| {p2.n} | {a2.one()} | {c.alt('300,00 €', '10.200,00 €', '60,00 €')} | {c.iban('DE', grouped=True)} |"
    )


@tpl("personal_fundraising", "fr", 2)
def t_recu_don(c: Ctx) -> str:
    p = c.person("fr")
    a = c.addr("FR")
    return (
        "Vérifie que ce reçu respecte le plafond de 4 600 € par élection et reformule la mention légale :\n\n"
        f"REÇU DE DON AUX MANDATAIRES FINANCIERS\nDonateur : {p.n}\nAdresse : {a.one()}\n"
        f"Montant : {c.alt('150', '1 200')} €, payé par carte bancaire se terminant par {c.last4()}\n"
        f"Courriel : {c.email(p)}"
    )


@tpl("personal_fundraising", "en", 3)
def t_actblue_export(c: Ctx) -> str:
    p1, p2 = c.people(2, "us")
    a1, a2 = c.addr("US"), c.addr("US")
    emp = c.alt([("Mayo Clinic", "Nurse"), ("Self-employed", "Farmer")],
                [("Tyson Foods", "Line Supervisor"), ("Retired", "Retired")],
                [("Walmart", "Pharmacist"), ("Not employed", "Student")])
    head = ("Receipt ID,Date,Amount,Donor First Name,Donor Last Name,Donor Addr1,Donor City,Donor State,Donor ZIP,"
            "Donor Email,Donor Phone,Donor Employer,Donor Occupation")
    rows = [head]
    for k, (p, a) in enumerate(((p1, a1), (p2, a2))):
        rows.append(f"AB{c.num(4000000, 4999999)},2025-0{k + 4}-1{k + 2},{c.rot(['250.00', '27.00', '1000.00'], k)},"
                    f"{p.g},{p.f},{a.street_unit(' ')},{a.town},{a.region},{a.pc},{c.email(p)},{c.phone('US')},"
                    f"{emp[k][0]},{emp[k][1]}")
    return (
        c.alt("Which of these need itemizing on the FEC report (over $200 aggregate this cycle)?",
              "Dedupe this ActBlue export against our list and flag missing employer info.",
              "Draft thank-you emails for these two donors, personal but short.")
        + "\n\n" + "\n".join(rows)
    )


@tpl("personal_fundraising", "es", 3)
def t_alta_afiliado(c: Ctx) -> str:
    p = c.person("es")
    a = c.addr("ES")
    return (
        c.alt("Revisa si falta algún dato en esta ficha de alta y redacta el correo de bienvenida:",
              "¿Puedes pasar esta ficha de afiliación a JSON para el censo?",
              "Ficha de alta de afiliado/a. Comprueba el IBAN, que la domiciliación falló:")
        + f"\n\nNombre y apellidos: {p.n}\nDNI: {c.nid('DNI')}\nFecha de nacimiento: {c.dob('es')}\n"
        f"Domicilio: {a.one()}\nTeléfono: {c.phone('ES')}\nCorreo: {c.email(p)}\n"
        f"Cuota: {c.alt('reducida', 'ordinaria', 'joven')} — IBAN {c.iban('ES', grouped=True)}\n"
        f"Agrupación: {c.alt('Sobrarbe', 'Valle del Guadalhorce', 'Busturialdea')}"
    )


@tpl("personal_fundraising", "sv", 2)
def t_medlemsregister(c: Ctx) -> str:
    pf = c.person("sv", "F")
    pm = c.person("sv", c.alt("M", "F"))
    a1, a2 = c.addr("SE"), c.addr("SE")
    return (
        c.alt("Hitta dubbletter i medlemsregistret och skriv ett mejl om obetald avgift:",
              "Kan du göra om det här utdraget ur medlemsregistret till en tabell?")
        + f"\n\nNamn: {pf.n}\nPersonnummer: {c.nid('PNR', pf.sex)}\nAdress: {a1.one()}\nTelefon: {c.phone('SE')}\n"
        f"Avgift 2025: betald\n\nNamn: {pm.n}\nPersonnummer: {c.nid('PNR', pm.sex)}\nAdress: {a2.one()}\n"
        f"E-post: {c.email(pm)}\nAvgift 2025: ej betald"
    )


@tpl("personal_fundraising", "tr", 2)
def t_uyelik_formu(c: Ctx) -> str:
    p = c.person("tr")
    a = c.addr("TR")
    return (
        "İlçe başkanlığına gelen üyelik formunu kontrol eder misin, eksik bilgi var mı?\n\n"
        f"Ad Soyad: {p.n}\nT.C. Kimlik No: {c.nid('TCKN')}\nAdres: {a.one()}\nCep: {c.phone('TR')}\n"
        f"Meslek: {c.alt('öğretmen', 'esnaf')}\nReferans üye: {c.person('tr').n}\nAidat: aylık 50 TL"
    )


@tpl("personal_fundraising", "en", 2, "lower")
def t_donor_refund_lower(c: Ctx) -> str:
    p = c.person(sex="F")
    return c.alt(
        f"donor rang the office, {p.n}, says she got charged twice for the £50 on sunday, card ending "
        f"{c.last4()}. her email is {c.email(p)}. what do i say to her and how do i refund one of them in stripe",
        f"hi can u help me word a reply to {p.n} ({c.email(p)}), she wants her monthly donation cancelled because "
        f"she doesnt agree with the new leader. dont want to argue just be nice. she lives in "
        f"{c.addr('GB').town} if that matters",
    )


@tpl("personal_fundraising", "ko", 2)
def t_dangwon_ko(c: Ctx) -> str:
    p = c.person("ko")
    a = c.addr("KR")
    return (
        "당원 가입 신청서 내용인데 누락된 항목이 있는지 확인해 주세요.\n\n"
        f"성명: {p.n}\n생년월일: {c.dob('ymd.')}\n주소: {a.one()}\n휴대전화: {c.phone('KR')}\n"
        f"이메일: {c.email(p)}\n추천인: {c.person('ko').n}\n당비: 월 {c.alt('1,000', '2,000')}원 (권리당원)"
    )


# ---- personal_organising: rotas, WhatsApp groups, minutes, union mapping, supporter rolls ------

@tpl("personal_organising", "en", 2)
def t_rota_markdown(c: Ctx) -> str:
    ps = c.people(5)
    slots = c.alt(["Sat 10-12 stall, Market Place", "Sat 12-2 stall", "Sun 11-1 leaflets, Zone B",
                   "Sun 2-4 leaflets, Zone C", "Tue 7pm phone bank"],
                  ["Mon 6-8 doors, Castle ward", "Wed 6-8 doors, Castle ward", "Thu 6-8 doors, Abbey ward",
                   "Sat 10-1 doors, Abbey ward", "Sat 2-4 data entry"],
                  ["Polling day 7-10 tellers", "Polling day 10-1 tellers", "Polling day 1-4 committee room",
                   "Polling day 4-7 knock-up", "Polling day 7-10 knock-up"])
    rows = ["| Slot | Volunteer | Mobile | Notes |", "|---|---|---|---|"]
    for k, p in enumerate(ps):
        rows.append(f"| {slots[k]} | {p.n} | {c.phone('GB', mobile=True)} | "
                    f"{c.rot(['has car', '', 'needs lift', 'first time', 'brings flask'], k)} |")
    return (
        c.alt("Turn this rota into a friendly reminder message for each volunteer:",
              "Who's double-booked or missing a partner here? Rota for the week:",
              "Polling day rota. Check every slot has cover and write the briefing text.")
        + "\n\n" + "\n".join(rows)
    )


@tpl("personal_organising", "en", 3, (None, None, "lower"))
def t_whatsapp_group(c: Ctx) -> str:
    a, b, d = c.people(3)
    e = c.person(sex="F")
    ph = c.phone("GB", mobile=True)
    grp = c.alt("Castle Ward Doors 🌹", "Ely Lib Dems Deliverers", "Save Our Library campaign")
    return (
        f"Summarise this WhatsApp chat from \"{grp}\" into actions for tomorrow:\n\n"
        f"[12/05/2025, 18:42] {a.n}: Who's got the leaflets for {c.alt('Penrith Rd', 'the estate', 'Zone C')}?\n"
        f"[12/05/2025, 18:44] {b.g}: Me, 400 in the boot\n"
        f"[12/05/2025, 18:51] {d.n}: Can't do Thursday, {e.g} can cover, her number's {ph}\n"
        f"[12/05/2025, 19:03] {a.g}: thanks {d.g} 👍 {b.g} can you drop some at mine, {c.addr('GB').street}\n"
        f"[12/05/2025, 19:05] {b.g}: will do after work"
    )


@tpl("personal_organising", "en", 3)
def t_branch_minutes(c: Ctx) -> str:
    ch, tr, sec, m1 = c.people(4)
    return (
        c.alt("Tidy up these minutes and pull out the action points:",
              "Write these branch minutes up properly for the newsletter (leave out the money bit):",
              "Can you turn this into formal minutes? Rough notes below.")
        + f"\n\n{c.alt('Abbey', 'Riverside', 'North')} branch meeting, {c.alt('3 June', '14 Oct', '9 Jan')}\n"
        f"Present: {ch.n} (chair), {tr.n} (treasurer), {sec.n} (secretary), {m1.n} + 9 members\n\n"
        f"CHAIR: Welcome. Apologies from {c.person().n}.\n"
        f"{tr.f.upper()}: Balance £2,314. Raffle made £186. Need a new bank signatory.\n"
        f"{m1.g.upper()}: Can we do a street stall outside Greggs on Saturdays?\n"
        f"{sec.f.upper()}: Will ask the council about a pitch licence.\n"
        f"ACTION: {m1.g} to draft leaflet; {sec.g} to email council; {tr.g} to sort the bank mandate."
    )


@tpl("personal_organising", "en", 2)
def t_union_mapping(c: Ctx) -> str:
    ps = c.people(4, c.alt("uk", "world", "uk"))
    site = c.alt("the Amazon fulfilment centre", "the hospital's facilities contract (Serco)", "the Tesco depot")
    rows = ["name\tdept\tshift\tmobile\tsupport(1-5)\tnotes"]
    depts = c.alt(["Pick", "Pack", "Stow", "Dock"], ["Portering", "Cleaning", "Catering", "Security"],
                  ["Chilled", "Ambient", "Transport", "Returns"])
    for k, p in enumerate(ps):
        rows.append(f"{p.n}\t{depts[k]}\t{c.rot(['nights', 'earlies', 'lates', 'nights'], k)}\t"
                    f"{c.phone('GB', mobile=True)}\t{c.rot(['5', '2', '4', '3'], k)}\t"
                    f"{c.rot(['natural leader', 'scared of manager', 'ex-rep elsewhere', ''], k)}")
    return (
        f"Workplace map for {site}. Who should we approach first to be reps, and draft an opening text to the "
        f"top two:\n\n" + "\n".join(rows)
    )


@tpl("personal_organising", "es", 2, ("lower", None))
def t_whatsapp_voluntarios(c: Ctx) -> str:
    a, b = c.people(2, "es")
    d = c.person("es", "F")
    return (
        "Resume este chat del grupo de voluntarios y dime qué falta para el sábado:\n\n"
        f"[18:02] {a.n}: ¿Quién lleva la mesa informativa al mercado?\n"
        f"[18:05] {b.g}: Yo llevo la mesa y las banderolas\n"
        f"[18:09] {d.g}: No puedo, estoy con mi madre. Llamad a {a.g} al {c.phone('ES')}\n"
        f"[18:15] {b.g}: Vale, y las firmas las recogemos en casa de {d.g}, {c.addr('ES').street}"
    )


@tpl("personal_organising", "pt", 2, (None, "lower"))
def t_ata_nucleo(c: Ctx) -> str:
    a, b, d = c.people(3, "pt")
    return (
        "Podes transformar estas notas numa ata formal da reunião do núcleo?\n\n"
        f"Presentes: {a.n}, {b.n}, {d.n}\n"
        f"{a.g.upper()}: a sede precisa de obras, o senhorio não responde.\n"
        f"{b.g.upper()}: proponho angariar fundos com um jantar no dia 25.\n"
        f"{d.g.upper()}: contacto do senhorio é {c.phone('PT')}, eu ligo.\n"
        "Decidido: jantar aprovado por unanimidade."
    )


@tpl("personal_organising", "ja", 3)
def t_koenkai_meibo(c: Ctx) -> str:
    p1, p2, ref = c.people(3, "ja")
    a1, a2 = c.addr("JP"), c.addr("JP")
    return (
        c.alt("後援会の入会者名簿です。表に整えて、お礼状の文面も作ってください。",
              "この名簿をCSVに直してもらえますか？",
              "後援会名簿の重複チェックをお願いします。")
        + f"\n\n氏名：{p1.n}\n住所：{a1.one()}\n電話：{c.phone('JP')}\n紹介者：{ref.f}様（{ref.n}）\n\n"
        f"氏名：{p2.n}\n住所：{a2.one()}\n電話：{c.phone('JP')}"
    )


@tpl("personal_organising", "en", 2)
def t_tellers_yaml(c: Ctx) -> str:
    ps = c.people(4)
    stn = c.alt(["Scout Hut", "St Mary's Church Hall"], ["Primary School", "Community Centre"])
    return (
        "Validate this YAML (the app rejects it) and tell me which station has no cover after 4pm:\n\n"
        "polling_day:\n"
        f"  - station: {stn[0]}\n    tellers:\n"
        f"      - {{name: {ps[0].n}, phone: \"{c.phone('GB', mobile=True)}\", from: \"07:00\", to: \"13:00\"}}\n"
        f"      - {{name: {ps[1].n}, phone: \"{c.phone('GB', mobile=True)}\", from: \"13:00\", to: \"16:00\"}}\n"
        f"  - station: {stn[1]}\n    tellers:\n"
        f"      - name: {ps[2].n}\n       phone: \"{c.phone('GB', mobile=True)}\"\n"
        f"      - {{name: {ps[3].n}, from: \"16:00\", to: \"22:00\"}}"
    )


@tpl("personal_organising", "ru", 2, (None, "lower"))
def t_profsoyuz_spisok(c: Ctx) -> str:
    ps = c.people(3, "ru")
    org = c.alt("первичной профсоюзной организации школы № 3", "профкома районной больницы")
    rows = [f"{k + 1}. {p.fio}, тел. {c.phone('RU')}" if k != 2 else f"{k + 1}. {p.fio}, взносы не платит с марта"
            for k, p in enumerate(ps)]
    return (
        f"Помоги составить объявление о собрании {org} и разослать его вот этим людям:\n"
        + "\n".join(rows)
        + f"\nПредседатель: {ps[0].gp}"
    )


@tpl("personal_organising", "en", 2, "lower")
def t_leaflet_chat_lower(c: Ctx) -> str:
    a, b = c.people(2)
    s = c.street("GB")
    return c.alt(
        f"quick one, {a.g} cant do the {L(s.street_)} round this week, can {b.n} take it? also whats a polite way "
        f"to tell people not to put leaflets through the 'no junk mail' doors, some resident in "
        f"{L(s.town_)} complained",
        f"need a msg for the deliverers group: {a.n} has the {L(s.street_)} bundle, {b.g} is off sick, anyone "
        f"free thurs? rounds pick up from {c.addr('GB').street} after 5",
    )


@tpl("personal_organising", "tl", 2, "lower")
def t_gc_volunteers_tl(c: Ctx) -> str:
    a, b = c.people(2, "tl")
    ad = c.addr("PH")
    return (
        "Pa-summarize naman ng GC namin, tapos gawa ka ng reminder para sa Sabado:\n\n"
        f"{a.g}: Mga ka-volunteer, meeting tayo sa bahay ni {b.g} sa {ad.one()}\n"
        f"{b.g}: Oo, 2pm. Dalhin niyo yung voter's list ng barangay\n"
        f"{a.g}: Text niyo ako sa {c.phone('PH')} kung hindi kayo makakarating\n"
        f"{b.n}: Ako na bahala sa merienda 😊\n"
        f"{a.g}: Sabihan niyo rin si {c.person('tl').n}, wala siya sa GC"
    )


# ---- personal_petitions: signature exports, supporter lists, surveys, stakeholder maps ----------

@tpl("personal_petitions", "en", 3)
def t_petition_json(c: Ctx) -> str:
    p1, p2 = c.people(2, c.alt("uk", "world", "uk"))
    a1, a2 = c.addr("GB"), c.addr("GB")
    return (
        c.alt("Dedupe this petition export by email and tell me if any signatures look like bots:",
              "Convert this petition export to CSV for the council hand-in (name + postcode only):",
              "We got a subject access request from one of these signers. What do we hold on them?")
        + "\n\n[\n"
        f'  {{"first_name": "{p1.g}", "last_name": "{p1.f}", "email": "{c.email(p1)}", '
        f'"postcode": "{a1.pc}", "ip": "{c.ip()}", "signed_at": "2025-06-0{c.num(1, 9)}T08:14:22Z"}},\n'
        f'  {{"first_name": "{p2.g}", "last_name": "{p2.f}", "email": "{c.email(p2)}", '
        f'"postcode": "{a2.pc}", "ip": "{c.ip()}", "signed_at": "2025-06-1{c.num(0, 9)}T21:50:03Z"}}\n]'
    )


@tpl("personal_petitions", "de", 3)
def t_buergerbegehren(c: Ctx) -> str:
    p1, p2 = c.people(2, "de")
    a1, a2 = c.addr("DE"), c.addr("DE")
    return (
        c.alt("Prüfe die abgetippten Unterschriften fürs Bürgerbegehren „Freibad bleibt“ auf Formfehler:",
              "Mach aus den Unterschriftslisten eine saubere CSV (Trennzeichen Semikolon):",
              "Welche Einträge würde das Wahlamt wohl als ungültig werten?")
        + "\n\nFamilienname, Vorname | Geburtsdatum | Anschrift\n"
        f"{p1.rev} | {c.dob('dmy.', c.alt('adult', 'old', 'adult'))} | {a1.street}, {a1.pc} {a1.town}\n"
        f"{p2.rev} | {c.dob('dmy.')} | {a2.street}, {a2.town}"
    )


@tpl("personal_petitions", "es", 2)
def t_pliego_ilp(c: Ctx) -> str:
    ps = c.people(3, "es")
    rows = [f"{p.g} | {p.f} | {c.nid(c.rot(['DNI', 'DNI', 'NIE'], k))} | {L(c.addr('ES').town_)}"
            for k, p in enumerate(ps)]
    return (
        "Pliego de firmas de la ILP. ¿Hay algún DNI o NIE con la letra mal? Pásalo a tabla:\n\n"
        "Nombre | Apellidos | DNI/NIE | Municipio\n" + "\n".join(rows)
    )


@tpl("personal_petitions", "pl", 3)
def t_lista_poparcia(c: Ctx) -> str:
    ps = [c.person("pl", sx) for sx in c.alt(("F", "M", "M"), ("M", "F", "M"), ("F", "M", "F"))]
    rows = []
    for k, p in enumerate(ps):
        a = c.addr("PL")
        rows.append(f"{k + 1}. {p.n}, {a.town}, {a.street}, PESEL {c.nid('PESEL', p.sex)}")
    return (
        c.alt("Sprawdź, czy numery PESEL na liście poparcia kandydata mają poprawną cyfrę kontrolną:",
              "Przepisz listę poparcia do Excela (kolumny: imię i nazwisko, adres, PESEL):",
              "Czy ta lista poparcia spełnia wymogi Kodeksu wyborczego?")
        + "\n\n" + "\n".join(rows)
    )


@tpl("personal_petitions", "en", 3, (None, None, "lower"))
def t_survey_responses(c: Ctx) -> str:
    ps = c.people(3, c.alt("uk", "uk", "ie"))
    camp = c.alt("Fix Our Buses", "Keep Bala Library Open", "Safe Routes to School")
    quotes = c.rot([
        "The 7.10 never turns up and I lose an hour's pay.",
        "My kids use it for homework, we have no broadband.",
        "Cars fly past the school gate at 40.",
        "I'm 82 and it's the only place I talk to anyone all week.",
    ], 0)
    return (
        f"Survey responses for our \"{camp}\" campaign. Group them into themes and pick two quotes we can use "
        f"(we'll ask permission first):\n\n"
        f"1. {ps[0].n} ({c.email(ps[0])}): \"{quotes}\"\n"
        f"2. {ps[1].n}, {c.addr(c.alt('GB', 'GB', 'IE')).town}: \"It's the same every winter, nobody listens.\"\n"
        f"3. {ps[2].g}: \"Happy to speak to the paper, ring me on {c.phone(c.alt('GB', 'GB', 'IE'))}.\""
    )


@tpl("personal_petitions", "ro", 2)
def t_lista_sustinatori(c: Ctx) -> str:
    ps = [c.person("ro", sx) for sx in c.alt(("F", "M", "F"), ("M", "F"))]
    county = {"40": "București", "26": "Târgu Mureș", "34": "Alexandria", "17": "Galați", "24": "Sighetu Marmației"}
    rows = []
    for p in ps:
        cnp = c.nid_v("CNP", p.sex)
        rows.append(f"{p.f} | {p.g} | {NID(cnp)} | {L(county[cnp[7:9]])}")
    return (
        "Verifică lista de susținători pentru candidatura independentă: CNP-urile sunt valide?\n\n"
        "Nume | Prenume | CNP | Localitatea\n" + "\n".join(rows)
    )


@tpl("personal_petitions", "fi", 2)
def t_kannattajakortit(c: Ctx) -> str:
    ps = [c.person("fi", sx) for sx in c.alt(("F", "M"), ("F", "F", "M"))]
    rows = [f"{p.n}, hetu {c.nid('HETU', p.sex)}, kotikunta {L(c.rot(['Kuhmo', 'Ikaalinen', 'Loviisa'], k))}"
            for k, p in enumerate(ps)]
    return (
        "Tarkista kannattajakorttien henkilötunnukset ennen kuin ne lähtevät vaalipiirilautakunnalle:\n\n"
        + "\n".join(rows)
    )


@tpl("personal_petitions", "en", 2)
def t_stakeholder_map(c: Ctx) -> str:
    a, b = c.people(2, "world")
    d = c.person()
    bill = c.alt("the Renters' Rights Bill", "the Tobacco and Vapes Bill")
    return (
        f"Stakeholder map for our client's campaign on {bill}. Turn it into a one-page briefing for the account "
        f"director:\n\n"
        f"- {a.n}, parliamentary researcher to a Labour backbencher on the committee, {c.email(a, 0, 'parliament.uk')}"
        f", met at the Fabian reception, sympathetic\n"
        f"- {b.n}, policy adviser at {c.alt('the housing charity', 'a public-health charity')}, mobile "
        f"{c.phone('GB', mobile=True)}, wants data\n"
        f"- {d.n}, ex-SpAD now freelance, {c.email(d)}, knows the minister's private office"
    )


@tpl("personal_petitions", "it", 2)
def t_raccolta_firme(c: Ctx) -> str:
    keys = [p.key for p in POOLS["it"] if p.key not in CODICE_FISCALE]
    ps = [c.person("it", keys=keys) for _ in range(3)]
    rows = []
    for p in ps:
        born = c.dob("dmy/", c.alt("adult", "old"))
        town = c.addr("IT").town_
        home = c.alt("Dorgali", "Anagni")
        rows.append(f"{p.f} {p.g} – nat{'a' if p.sex == 'F' else 'o'} {ad(town)} {L(town)} il {born} – "
                    f"residente {ad(home)} {L(home)} – C.I. n. CA{c.num(10000, 99999)}BX")
    return (
        "Raccolta firme per il referendum comunale sulla discarica. Controlla che ogni riga abbia i dati richiesti "
        "dal regolamento:\n\n" + "\n".join(rows)
    )


@tpl("personal_petitions", "el", 2)
def t_erevna_el(c: Ctx) -> str:
    p1, p2 = c.people(2, "el")
    return (
        "Ομαδοποίησε τις απαντήσεις της έρευνας για το δημοτικό πάρκο και γράψε μια σύντομη περίληψη:\n\n"
        f"— {p1.n}, τηλ. {c.phone('GR')}: «Θέλουμε περισσότερα δέντρα και παγκάκια.»\n"
        f"— {p2.n} ({c.email(p2)}): «Το πάρκο δεν φωτίζεται το βράδυ, φοβάμαι να περάσω.»"
    )


# ---- personal_elections: registration, absent votes, polling staff, registers, poll workers ---

@tpl("personal_elections", "en", 3)
def t_ier_mismatch(c: Ctx) -> str:
    p = c.person()
    a, prev = c.addr("GB"), c.addr("GB")
    return (
        c.alt("This IER application failed the DWP match. What evidence can we ask for under the documentary "
              "exceptions, and draft the letter:",
              "Attainer application, no NINO match. Is 16 old enough to go on the register here and what do we send?",
              "Two applications for the same person at different addresses. Which one do we determine?")
        + f"\n\nApplicant: {p.n}\nDate of birth: {c.dob('dmy/', c.alt('adult', 'young', 'adult'))}\n"
        f"NINO: {c.nid('NINO')}\nNationality: {c.alt('British', 'British', 'Irish')}\n"
        f"Current address: {a.one()}\nPrevious address (last 12 months): {prev.one()}\n"
        f"Email: {c.email(p)}\nStatus: DWP match 'no match' / local data match not attempted"
    )


@tpl("personal_elections", "en", 3)
def t_absent_vote(c: Ctx) -> str:
    p = c.person()
    px = c.person()
    a, pa = c.addr("GB"), c.addr("GB")
    kind = c.alt("proxy", "postal", "proxy")
    extra = (f"Proxy: {px.n}, {pa.one()}, relationship: {c.alt('neighbour', 'sister', 'friend')}\n"
             if kind == "proxy" else f"Send ballot to: {pa.one()} (staying with {px.g} until June)\n")
    return (
        f"Check this {kind} vote application before I key it into Xpress. Anything missing?\n\n"
        f"Elector: {p.n}\nDOB: {c.dob(c.alt('dmy/', 'long', 'dmy/'), c.alt('old', 'adult', 'old'))}\n"
        f"Registered address: {a.one()}\n{extra}"
        f"Reason: {c.alt('in hospital for knee surgery', 'working offshore', 'blind, cannot mark the paper')}\n"
        f"Phone: {c.phone('GB')}"
    )


@tpl("personal_elections", "en", 2)
def t_polling_staff(c: Ctx) -> str:
    po, pc1, pc2 = c.people(3)
    stn = c.alt("Llandovery Town Hall", "Amble Parish Hall", "St Peter's School, Wymondham")
    return (
        c.alt("Draft the appointment emails for this polling station team:",
              "One of these clerks just dropped out. Write a message to the reserve list and update the team sheet:",
              "Turn this into the presiding officer's contact sheet for the count.")
        + f"\n\nStation: {stn} (PD {c.alt('LA1', 'AM3', 'WY2')})\n"
        f"Presiding Officer: {po.n}, {c.phone('GB', mobile=True)}, {c.email(po)}, home: {c.addr('GB').town}\n"
        f"Poll Clerk: {pc1.n}, {c.phone('GB', mobile=True)}\n"
        f"Poll Clerk: {pc2.n}, {c.phone('GB')}, {c.email(pc2)} (first election, needs training on 10th)"
    )


@tpl("personal_elections", "en", 2)
def t_register_sql(c: Ctx) -> str:
    p1, p2 = c.people(2)
    a1, a2 = c.addr("GB"), c.addr("GB")
    return (
        c.alt("Why does this query return the same elector twice? Output below.",
              "Rewrite this to find electors with no date of attainment set:",
              "Make this lookup faster, it's scanning the whole register:")
        + "\n\nSELECT e.elector_no, e.first_name, e.surname, p.address1, p.postcode\n"
        "FROM electors e JOIN properties p ON p.uprn = e.uprn\n"
        f"WHERE e.surname = '{p1.f}' OR p.postcode = '{a2.pc}';\n\n"
        "elector_no | first_name | surname | address1 | postcode\n"
        f"{c.alt('CA', 'RV', 'NT')}1-0{c.num(100, 999)} | {p1.g} | {p1.f} | {a1.street} | {a1.pc}\n"
        f"{c.alt('CA', 'RV', 'NT')}2-0{c.num(100, 999)} | {p2.g} | {p2.f} | {a2.street} | {a2.pc}\n"
        f"{c.alt('CA', 'RV', 'NT')}2-0{c.num(100, 999)} | {p2.g} | {p2.f} | {a2.street} | {a2.pc}"
    )


@tpl("personal_elections", "en", 2)
def t_canvasser_onboarding(c: Ctx) -> str:
    p = c.person("us")
    a = c.addr("US")
    return (
        c.alt("New paid canvasser, payroll kicked back the W-4. Is anything here wrong?",
              "Summarize this new-hire packet for the field office manager and flag what HR still needs:")
        + f"\n\nName: {p.n}\nSSN: {c.ssn()}\nDOB: {c.dob(c.alt('mdy/', 'us'))}\n"
        f"Address: {a.one()}\nCell: {c.phone('US')}\nEmail: {c.email(p)}\n"
        f"Start: {c.alt('Monday 9/8, Marquette office', 'Sept 15, Boone office')}\nFiling status: single"
    )


@tpl("personal_elections", "nl", 2)
def t_volmacht_nl(c: Ctx) -> str:
    p, q = c.people(2, "nl")
    a = c.addr("NL")
    return (
        "Klopt deze schriftelijke volmacht zo? Het stembureau twijfelt:\n\n"
        f"Volmachtgever: {p.n}, BSN {c.nid('BSN')}, {a.one()}\n"
        f"Gemachtigde: {q.n}, BSN {c.nid('BSN')}, ook kiezer in {L(c.alt('Noardeast-Fryslân', 'Goes'))}\n"
        f"Reden: {c.alt('ziekenhuisopname', 'op vakantie in Portugal')}"
    )


@tpl("personal_elections", "pt", 2, (None, "upper"))
def t_mesario_br(c: Ctx) -> str:
    p = c.person("br")
    a = c.addr("BR")
    return (
        "Escreve a resposta do cartório eleitoral para este pedido de dispensa de mesário:\n\n"
        f"Nome: {p.n}\nCPF: {c.nid('CPF')}\nZona {c.num(10, 199)} / Seção {c.num(10, 300)}\n"
        f"Endereço: {a.one()}\nCelular: {c.phone('BR')}\n"
        f"Motivo: {c.alt('gestante de 8 meses', 'cuida da mãe acamada')}"
    )


@tpl("personal_elections", "ru", 2)
def t_uik_sostav(c: Ctx) -> str:
    p1, p2 = c.people(2, "ru")
    a = c.addr("RU")
    return (
        "Оформи, пожалуйста, этот список членов участковой избирательной комиссии в таблицу:\n\n"
        f"1. {p1.fio}, паспорт {c.nid('RUPASS')}, адрес: {a.one()}, тел. {c.phone('RU')}\n"
        f"2. {p2.fio}, паспорт {c.nid('RUPASS')}, тел. {c.phone('RU')}, секретарь"
    )


@tpl("personal_elections", "hi", 2)
def t_matdata_sudhar(c: Ctx) -> str:
    p = c.person("hi")
    a = c.addr("IN")
    return (
        "मतदाता सूची में सुधार (फ़ॉर्म 8) के लिए यह जानकारी है, कृपया बीएलओ को भेजने के लिए एक छोटा पत्र लिख दें:\n\n"
        f"नाम: {p.n}\nपिता का नाम: {c.person('hi', 'M').n}\nईपीआईसी नं.: {c.nid('EPIC')}\nपता: {a.one()}\n"
        f"मोबाइल: {c.phone('IN')}\n"
        f"सुधार: {c.alt('पिता का नाम गलत छपा है', 'पता बदल गया है')}"
    )


@tpl("personal_elections", "th", 2)
def t_phu_mi_sit_th(c: Ctx) -> str:
    p = c.person("th")
    a = c.addr("TH")
    return (
        "ช่วยร่างหนังสือแจ้งเหตุไม่อาจไปใช้สิทธิเลือกตั้งจากข้อมูลนี้หน่อย\n\n"
        f"ชื่อ-สกุล: {p.n}\nเลขประจำตัวประชาชน: {c.nid('THAI')}\nที่อยู่: {a.one()}\n"
        f"โทร: {c.phone('TH')}\nผู้ยื่นแทน: {c.person('th').n}\nเหตุผล: {c.alt('ทำงานต่างจังหวัด', 'ป่วยอยู่โรงพยาบาล')}"
    )


@tpl("personal_elections", "zh", 2)
def t_xuanwu_renyuan(c: Ctx) -> str:
    p1 = c.person("zh")
    p2 = c.person("zh")
    a = c.addr("TW")
    return (
        "請幫我把這份投開票所工作人員名冊整理成表格，並寫一則講習通知：\n\n"
        f"主任管理員：{p1.n}，身分證字號 {c.nid('TWID', p1.sex)}，手機 {c.phone('TW')}，地址 {a.one()}\n"
        f"管理員：{p2.n}，身分證字號 {c.nid('TWID', p2.sex)}，手機 {c.phone('TW')}"
    )


@tpl("personal_elections", "en", 2, "lower")
def t_register_question_lower(c: Ctx) -> str:
    p = c.person(sex="F")
    a = c.addr("GB")
    return c.alt(
        f"hi, my nan {p.n} has moved in with us at {a.one()}. how do we get her on the register before the "
        f"election? her dob is {c.dob('dmy/', 'old')} and she cant find her ni number",
        f"quick q, my daughter {p.g} is still at school, dob {c.dob('dmy/', 'young')}, were at {a.street}, "
        f"{a.town}. does she need to register herself now or only when she turns 18, or is she already on from the "
        "household form",
    )

# ---- international desks: NGO coordinators abroad and global petitions (personal) -------------

@tpl("personal_organising", "en", 3)
def t_coordinator_packs(c: Ctx) -> str:
    ccs = c.alt(("CA", "KE", "AU"), ("NZ", "MX", "NG"), ("ZA", "AR", "CO"))
    ps = c.people(3, "world")
    blocks = []
    for p, cc in zip(ps, ccs):
        a = c.addr(cc)
        blocks.append(f"{p.n} (tel. {c.phone(cc)})\n{a.block()}")
    return (
        c.alt("Ship the campaign packs (banners, 200 postcards) to our three country coordinators. Write the "
              "courier instructions and a short cover note for each:",
              "Check these addresses will work on a DHL label and tell me what's missing:",
              "Make a table of our new coordinators with country, town and phone, then draft a welcome e-mail:")
        + "\n\n" + "\n\n".join(blocks)
    )


@tpl("personal_petitions", "en", 3)
def t_global_petition_csv(c: Ctx) -> str:
    ccs = c.alt(("AT", "CZ", "DK"), ("CH", "HU", "NO"), ("FI", "BE", "RO"))
    ps = c.people(3, "world")
    rows = ["name,email,phone,town,postcode,country"]
    for p, cc in zip(ps, ccs):
        a = c.addr(cc)
        rows.append(f"{p.n},{c.email(p)},{c.phone(cc)},{a.town},{a.pc},{cc}")
    return (
        c.alt("Europe-wide petition export for the hand-in at the Berlaymont. Split it by country and count:",
              "Remove anyone outside the EU from this export and tell me why (we promised EU-only):",
              "Some of these signers asked to be called back about volunteering. Draft a call script and list them:")
        + "\n\n" + "\n".join(rows)
    )



# =============================================================================================
# PII-free rows: the same shapes, full of public figures, parties, parliaments, eponymous laws,
# doctrines, methods, tools, firms, places in general talk, sample people and placeholders
# =============================================================================================

# ---- clean_history: leaders, doctrines, laws and plans named after people -------------------

@tpl("clean_history", "en", 3, (None, "lower", None))
def t_doctrines(c: Ctx) -> str:
    return c.alt(
        "For a sixth-form politics class: explain the Monroe Doctrine, the Truman Doctrine and the Brezhnev "
        "Doctrine in one paragraph each, then say which one Gorbachev's spokesman was mocking with the "
        "\"Sinatra Doctrine\".",
        "Compare the Powell Doctrine, the Bush Doctrine and the Nixon (Guam) Doctrine. Which presidents and "
        "wars are they tied to? A table please.",
        "What's the difference between the Hallstein Doctrine and Willy Brandt's Ostpolitik, and how did "
        "Walter Scheel and Egon Bahr fit in?",
    )


@tpl("clean_history", "en", 3)
def t_leaders_table(c: Ctx) -> str:
    rows = c.alt(
        [("Winston Churchill", "Conservative", "1940–45, 1951–55"), ("Clement Attlee", "Labour", "1945–51"),
         ("Margaret Thatcher", "Conservative", "1979–90"), ("Tony Blair", "Labour", "1997–2007")],
        [("Nelson Mandela", "ANC", "1994–99"), ("Thabo Mbeki", "ANC", "1999–2008"),
         ("Jacob Zuma", "ANC", "2009–18"), ("Cyril Ramaphosa", "ANC", "2018–")],
        [("Konrad Adenauer", "CDU", "1949–63"), ("Willy Brandt", "SPD", "1969–74"),
         ("Helmut Kohl", "CDU", "1982–98"), ("Angela Merkel", "CDU", "2005–21")],
    )
    body = "\n".join(f"| {n} | {p} | {y} |  |" for n, p, y in rows)
    return (
        "Fill in the 'known for' column, one short phrase each, for our quiz night:\n\n"
        "| Leader | Party | In office | Known for |\n|---|---|---|---|\n" + body
    )


@tpl("clean_history", "en", 3, (None, None, "lower"))
def t_eponymous_laws(c: Ctx) -> str:
    return c.alt(
        "Explainer for new parliamentary researchers: what do Dodd-Frank, Glass-Steagall, Sarbanes-Oxley and "
        "Taft-Hartley each do, and who were the senators and congressmen they're named after?",
        "Why is the Barnett formula called that, and what are the Sewel convention and the Salisbury convention? "
        "Keep it under 300 words.",
        "List ten US laws named after their sponsors (McCain-Feingold, Smoot-Hawley, Helms-Burton, the Hatch "
        "Act...) with the year and a one-line summary.",
    )


@tpl("clean_history", "en", 3, "lower")
def t_history_lower(c: Ctx) -> str:
    return c.alt(
        "who came after nehru as pm of india, and was lal bahadur shastri in office long",
        "was simón bolívar ever president of peru as well as gran colombia? and where does bolivia get its name",
        "why is it called the marshall plan if truman was president. did george marshall get the nobel for it",
    )


@tpl("clean_history", "en", 3)
def t_speech_context(c: Ctx) -> str:
    return c.alt(
        "For a pub quiz: give the year and setting of Kennedy's \"Ich bin ein Berliner\", Reagan's \"tear down "
        "this wall\" and Thatcher's \"the lady's not for turning\". No long quotes, just context.",
        "Which speeches are these famous for: Martin Luther King at the Lincoln Memorial, Nehru's \"tryst with "
        "destiny\", Churchill at Fulton, Missouri? One line each.",
        "Give me three short, accurately attributed lines from Gandhi, Mandela or Jacinda Ardern I can use on a "
        "volunteer thank-you card, with sources.",
    )


@tpl("clean_history", "en", 3)
def t_treaty_timeline(c: Ctx) -> str:
    return c.alt(
        "Put these in date order with the leaders who signed: Good Friday Agreement, Treaty of Rome, Camp David "
        "Accords, Oslo Accords, Dayton Agreement.",
        "Timeline please: Sykes–Picot, the Balfour Declaration, the Molotov–Ribbentrop Pact, Yalta, Potsdam. "
        "Who represented each side?",
        "Make a table of the EU treaties (Rome, Maastricht, Amsterdam, Nice, Lisbon) with the Commission "
        "president at the time: Hallstein, Delors, Santer, Prodi, Barroso.",
    )


@tpl("clean_history", "en", 3)
def t_public_roster(c: Ctx) -> str:
    return c.alt(
        "Is this G7 table still current? Fix anything out of date:\n\nname,country,party,in_office_since\n"
        "Keir Starmer,United Kingdom,Labour,2024-07-05\nEmmanuel Macron,France,Renaissance,2017-05-14\n"
        "Friedrich Merz,Germany,CDU,2025-05-06\nGiorgia Meloni,Italy,Fratelli d'Italia,2022-10-22\n"
        "Mark Carney,Canada,Liberal,2025-03-14\nFumio Kishida,Japan,LDP,2021-10-04",
        "Add the year and the reason to this JSON of politicians who won the Nobel Peace Prize:\n\n"
        '[{"name": "Willy Brandt"}, {"name": "Nelson Mandela"}, {"name": "F. W. de Klerk"}, '
        '{"name": "Yitzhak Rabin"}, {"name": "Barack Obama"}, {"name": "Juan Manuel Santos"}, '
        '{"name": "Abiy Ahmed"}]',
        "Our exhibition card template looks like this. Fill it in the same way for Mahatma Gandhi and Simón "
        "Bolívar:\n\nName: Nelson Rolihlahla Mandela\nBorn: 18 July 1918, Mvezo\nDied: 5 December 2013, "
        "Johannesburg\nParty: ANC\nKnown for: first president of a democratic South Africa",
    )


@tpl("clean_history", "en", 2, "upper")
def t_quiz_caps(c: Ctx) -> str:
    return c.alt(
        "Mark this quiz sheet for me:\nROUND 3 – WORLD LEADERS\n1. FIRST WOMAN PM OF ISRAEL? GOLDA MEIR\n"
        "2. LIBERATOR OF VENEZUELA? SIMÓN BOLÍVAR\n3. SOUTH AFRICA'S LAST APARTHEID-ERA PRESIDENT? F. W. DE KLERK\n"
        "4. FOUNDER OF THE PEOPLE'S REPUBLIC OF CHINA? MAO ZEDONG",
        "Check the answers on our fundraiser quiz:\nPICTURE ROUND: 1 – JAWAHARLAL NEHRU  2 – KWAME NKRUMAH  "
        "3 – EVA PERÓN  4 – LULA  5 – JUSTIN TRUDEAU  6 – LEE KUAN YEW",
    )


@tpl("clean_history", "de", 2, (None, "lower"))
def t_geschichte_de(c: Ctx) -> str:
    return c.alt(
        "Erklär mir kurz, was Willy Brandts Kniefall in Warschau bedeutet hat und wie Helmut Schmidt und Helmut "
        "Kohl später mit der Ostpolitik umgegangen sind.",
        "Für die Schulung neuer Mitglieder: Was waren die Agenda 2010 und Hartz IV, und warum heißt das Gesetz "
        "nach Peter Hartz?",
        "Stimmt es, dass Konrad Adenauer bei seiner Wahl zum Kanzler 1949 nur mit einer Stimme Mehrheit gewann, "
        "nämlich seiner eigenen?",
    )


@tpl("clean_history", "fr", 2)
def t_histoire_fr(c: Ctx) -> str:
    return c.alt(
        "Pour un atelier militant : résume la loi Veil de 1975, le rôle de Simone Veil et le soutien de Valéry "
        "Giscard d'Estaing, en dix lignes.",
        "Qu'est-ce qui distingue le gaullisme du mitterrandisme ? Cite de Gaulle, Pompidou, Mitterrand et Jospin.",
    )


@tpl("clean_history", "es", 2, (None, "lower"))
def t_historia_es(c: Ctx) -> str:
    return c.alt(
        "¿Qué fueron los Pactos de la Moncloa y qué papel tuvieron Adolfo Suárez, Felipe González y Santiago "
        "Carrillo?",
        "Hazme una línea de tiempo de Simón Bolívar, José de San Martín y Bernardo O'Higgins para una charla en "
        "el centro cultural.",
        "Explica el peronismo en pocas palabras: Juan Domingo Perón, Eva Perón y qué queda hoy con Cristina "
        "Fernández de Kirchner.",
    )


@tpl("clean_history", "ru", 2, (None, "lower"))
def t_istoriya_ru(c: Ctx) -> str:
    return c.alt(
        "Кратко объясни, чем отличались реформы Столыпина и перестройка Горбачёва, для лекции в политклубе.",
        "Кто был председателем Государственной думы первого созыва и почему Думу распустили так быстро?",
    )


@tpl("clean_history", "zh", 2)
def t_lishi_zh(c: Ctx) -> str:
    return c.alt(
        "请简单介绍孙中山的三民主义，以及它对后来国民党和共产党的影响。",
        "邓小平的改革开放和戈尔巴乔夫的改革有什么不同？请用三点说明。",
    )


@tpl("clean_history", "hi", 2)
def t_itihas_hi(c: Ctx) -> str:
    return c.alt(
        "महात्मा गांधी, जवाहरलाल नेहरू और सरदार पटेल के बीच रियासतों के विलय पर क्या मतभेद थे? संक्षेप में बताइए।",
        "डॉ. भीमराव अंबेडकर को संविधान का निर्माता क्यों कहा जाता है? कक्षा 10 के स्तर पर समझाइए।",
    )


@tpl("clean_history", "ar", 2)
def t_tarikh_ar(c: Ctx) -> str:
    return c.alt(
        "لخص لي سياسة جمال عبد الناصر في تأميم قناة السويس وردة فعل إيدن وغي موليه.",
        "ما الفرق بين نهج الحبيب بورقيبة ونهج هواري بومدين في بناء الدولة بعد الاستقلال؟",
    )


@tpl("clean_history", "pt", 1)
def t_historia_pt(c: Ctx) -> str:
    return c.alt(
        "Explica o que foi o Plano de Metas de Juscelino Kubitschek e compara com o Estado Novo de Getúlio Vargas.",
        "Para uma sessão na junta de freguesia: o que mudou com o 25 de Abril, e quem foram Salgueiro Maia, "
        "Mário Soares e Álvaro Cunhal?",
    )


# ---- clean_electoral: voting systems, quotas, parliaments, parties, polls ---------------------

@tpl("clean_electoral", "en", 3)
def t_seat_methods(c: Ctx) -> str:
    return c.alt(
        "Walk me through the D'Hondt method with a worked example: 5 seats, Party A 42,000 votes, Party B 31,000, "
        "Party C 15,000, Party D 9,000. Then do the same with Sainte-Laguë and say who gains.",
        "What's the difference between the Hare quota and the Droop quota in STV, and which one does the Dáil use? "
        "Mention the Imperiali quota too if it's relevant.",
        "Explain the Webster and Jefferson apportionment methods and how they relate to Sainte-Laguë and D'Hondt. "
        "Why did Hamilton's method produce the Alabama paradox?",
    )


@tpl("clean_electoral", "en", 3)
def t_parliaments_table(c: Ctx) -> str:
    return c.alt(
        "Complete this table for our comparative politics module (seats, electoral system, term length):\n"
        "| Parliament | Country | Seats | System | Term |\n|---|---|---|---|---|\n"
        "| Bundestag | Germany | | | |\n| Knesset | Israel | | | |\n| Lok Sabha | India | | | |\n"
        "| Storting | Norway | | | |\n| Sejm | Poland | | | |",
        "Which of these are unicameral: the Folketing, the Riksdag, the Althing, the Cortes Generales, the "
        "Oireachtas, the Verkhovna Rada, the Eduskunta? Give the upper house where there is one.",
        "Rank the National Diet, the Congreso de los Diputados, the Assemblée nationale and the House of Commons "
        "by number of members and say how each speaker is chosen.",
    )


@tpl("clean_electoral", "en", 3)
def t_seat_code(c: Ctx) -> str:
    return c.alt(
        "My D'Hondt function gives the wrong result for ties. Fix it?\n\n```python\n"
        "votes = {\"CDU\": 31200, \"SPD\": 28750, \"Grüne\": 14100, \"FDP\": 7300, \"Die Linke\": 6900}\n\n"
        "def dhondt(votes, seats):\n    alloc = {p: 0 for p in votes}\n    for _ in range(seats):\n"
        "        best = max(votes, key=lambda p: votes[p] / (alloc[p] + 1))\n        alloc[best] += 1\n"
        "    return alloc\n```",
        "Write a Sainte-Laguë allocator in Python and test it on Fianna Fáil 28.5%, Fine Gael 20.8%, Sinn Féin "
        "19.0%, Labour 4.7%, Social Democrats 4.8% for 12 seats.",
        "Why does this SQL double-count Labour's seats?\n\nSELECT party, SUM(seats) FROM results r JOIN "
        "constituencies c ON c.id = r.constituency_id WHERE c.region IN ('Wales', 'Scotland') GROUP BY party;",
    )


@tpl("clean_electoral", "en", 3, "lower")
def t_electoral_lower(c: Ctx) -> str:
    return c.alt(
        "whats the difference between stv and ams, and why does scotland use ams for holyrood but stv for councils",
        "is it true the uk used the d'hondt method for european parliment elections before brexit? what about ni",
        "explain gerrymandering like im 12, and why is it named after elbridge gerry",
    )


@tpl("clean_electoral", "en", 3)
def t_polls_csv(c: Ctx) -> str:
    return c.alt(
        "Average these polls and plot the trend:\n\npollster,fieldwork_end,sample,LAB,CON,REF,LD,GRN\n"
        "YouGov,2025-05-12,2104,24,18,29,14,9\nIpsos,2025-05-14,1062,25,19,27,13,10\n"
        "More in Common,2025-05-16,2011,26,20,28,12,8\nOpinium,2025-05-16,2050,23,19,30,13,9",
        "Which of these German polls is the outlier?\n\nInstitut;Datum;CDU/CSU;AfD;SPD;Grüne;Linke\n"
        "Forsa;13.05.;26;25;14;11;10\nInfratest dimap;15.05.;27;24;15;12;9\nINSA;16.05.;25;26;15;10;10\n"
        "Forschungsgruppe Wahlen;16.05.;27;24;14;12;9",
        "Summarise the Brazilian polling below in two sentences:\n\ninstituto|data|Lula|Tarcísio|Ratinho Jr|Zema\n"
        "Datafolha|2025-06-04|39|28|7|4\nQuaest|2025-06-06|37|27|8|5\nAtlasIntel|2025-06-09|40|31|6|3",
    )


@tpl("clean_electoral", "en", 1)
def t_redistricting(c: Ctx) -> str:
    return c.alt(
        "Summarise Shaw v. Reno, Rucho v. Common Cause and Allen v. Milligan for a briefing on US redistricting.",
        "How does the Boundary Commission's 5% tolerance rule work, and what did the Sainte-Laguë allocation of "
        "seats to the English regions change in 2023?",
    )


@tpl("clean_electoral", "it", 2)
def t_leggi_elettorali_it(c: Ctx) -> str:
    return c.alt(
        "Mi spieghi la differenza tra Mattarellum, Porcellum e Rosatellum? E perché si chiamano così (Mattarella, "
        "Calderoli, Rosato)?",
        "Che cosa ha deciso la Corte costituzionale sull'Italicum di Renzi, e cosa resta della legge Acerbo?",
    )


@tpl("clean_electoral", "ja", 2)
def t_senkyo_ja(c: Ctx) -> str:
    return c.alt(
        "衆議院の小選挙区比例代表並立制とドント方式について、自民党と立憲民主党の例で簡単に説明してください。",
        "参議院の「合区」とは何ですか？鳥取県と島根県の例でわかりやすく教えてください。",
    )


@tpl("clean_electoral", "ko", 2)
def t_seongeo_ko(c: Ctx) -> str:
    return c.alt(
        "준연동형 비례대표제가 무엇인지, 더불어민주당과 국민의힘이 위성정당을 만든 이유와 함께 설명해 주세요.",
        "국회의원 선거에서 헤어-니마이어 방식이 어떻게 쓰이는지 예시로 보여 주세요.",
    )


@tpl("clean_electoral", "el", 2)
def t_ekloges_el(c: Ctx) -> str:
    return c.alt(
        "Εξήγησέ μου την ενισχυμένη αναλογική και το μπόνους εδρών στη Βουλή των Ελλήνων, με παράδειγμα τη ΝΔ και "
        "τον ΣΥΡΙΖΑ.",
        "Ποια ήταν η διαφορά ανάμεσα στον Ανδρέα Παπανδρέου και τον Κωνσταντίνο Καραμανλή στο εκλογικό σύστημα;",
    )


@tpl("clean_electoral", "nl", 1, "lower")
def t_verkiezingen_nl(c: Ctx) -> str:
    return c.alt(
        "Hoe werkt de kiesdeler bij de Tweede Kamer, en waarom heeft een partij als de Partij voor de Dieren met "
        "zo weinig stemmen toch een zetel? Vergelijk met de VVD en D66.",
        "Leg uit wat Thorbecke met het kiesstelsel van 1848 te maken had en waarom Drees later zo populair werd.",
    )


@tpl("clean_electoral", "sv", 2, (None, "lower"))
def t_val_sv(c: Ctx) -> str:
    return c.alt(
        "Förklara jämkade uddatalsmetoden och varför Sverige ändrade första divisorn till 1,2. Ta Socialdemokraterna "
        "och Moderaterna som exempel.",
        "Vad var Saltsjöbadsavtalet och vilken roll spelade Per Albin Hansson i folkhemmet?",
    )


@tpl("clean_electoral", "tr", 1)
def t_secim_tr(c: Ctx) -> str:
    return c.alt(
        "Türkiye'de milletvekili seçimlerinde D'Hondt sistemi ve yüzde 7 baraj nasıl işliyor? AK Parti ve CHP "
        "örneğiyle anlatır mısın?",
        "Atatürk döneminde tek parti sisteminden İsmet İnönü zamanında çok partili hayata geçiş nasıl oldu?",
    )


@tpl("clean_electoral", "he", 2)
def t_bchirot_he(c: Ctx) -> str:
    return c.alt(
        "תסביר לי את שיטת באדר-עופר ואת אחוז החסימה בבחירות לכנסת, עם דוגמה של הליכוד ויש עתיד.",
        "מה היה ההבדל בין בן-גוריון לבגין ביחס לשיטת הבחירות היחסית?",
    )


# ---- clean_forms: blank forms, merge templates, schemas, sample people in each language -------

@tpl("clean_forms", "en", 3)
def t_blank_canvass_sheet(c: Ctx) -> str:
    return c.alt(
        "Make this blank canvass sheet print nicely on A4 and add a key for the VI codes:\n\n"
        "elector_no,first_name,surname,address,postcode,vi,notes\n"
        ",,,,,,\n,,,,,,\nEXAMPLE-001,John,Doe,1 High Street,AB1 2CD,L,example row – delete before use",
        "Our training deck needs a fake canvass export. Is this obviously fake enough?\n\n"
        "VANID\tName\tAddress\tPhone\tResult\n000001\tJane Doe\t123 Main St, Anytown, ST 00000\t(555) 555-0100\t"
        "Canvassed - Strong Support\n000002\tJohn Q. Public\t456 Elm St, Anytown, ST 00000\t(555) 555-0199\tNot Home",
        "Write the instructions that go at the top of a paper canvass card. Use Joe Bloggs at 1 Any Street as "
        "the worked example and explain every box.",
    )


@tpl("clean_forms", "en", 3)
def t_merge_letter(c: Ctx) -> str:
    return c.alt(
        "Tidy this mail-merge letter; the fields keep breaking in Word:\n\n"
        "Dear {{constituent.title}} {{constituent.surname}},\n\nThank you for contacting [MP NAME] about "
        "[ISSUE]. I have written to {{agency_name}} on your behalf and will let you know as soon as I hear back.\n\n"
        "Yours sincerely,\n[CASEWORKER NAME]\nOffice of [MP NAME] MP",
        "Write a casework acknowledgement template with placeholders for the constituent's name, case reference "
        "and the agency contacted. Keep it under 120 words and use <<FirstName>> style fields.",
        "Rewrite this council template so it sounds less robotic:\n\n\"Dear Resident, Re: [CASE REF]. Your "
        "enquiry regarding [ADDRESS LINE 1], [POSTCODE] has been passed to the relevant officer "
        "([OFFICER NAME]). Councillor [COUNCILLOR NAME] will be in touch.\"",
    )


@tpl("clean_forms", "en", 3)
def t_receipt_template(c: Ctx) -> str:
    return c.alt(
        "Check this donation receipt template covers what PPERA needs:\n\nReceipt no. {{receipt_id}}\n"
        "Donor: [DONOR FULL NAME]\nAddress: [ADDRESS LINE 1], [TOWN], [POSTCODE]\nAmount: £{{amount}}\n"
        "Method: [BACS / card ending ****]\nPermissibility checked by: [INITIALS]",
        "Design a direct debit mandate form for party membership with fields for name, address, IBAN and BIC. "
        "Use IBAN: [IBAN] and Account holder: [NAME] as placeholders, nothing real.",
        "Draft a thank-you e-mail template for first-time donors: {{donor.first_name}}, {{amount}}, "
        "{{campaign_name}}. Sign it from the treasurer, [TREASURER NAME].",
    )


@tpl("clean_forms", "en", 3)
def t_petition_schema(c: Ctx) -> str:
    return c.alt(
        "Write a JSON Schema for this petition signature record and validate the example:\n\n"
        '{"first_name": "Jane", "last_name": "Doe", "email": "jane.doe@example.com", '
        '"postcode": "{{postcode}}", "consent_marketing": false, "signed_at": "2025-01-01T00:00:00Z"}',
        "Generate five obviously fake test signatures for our staging petition database (use example.com "
        "addresses and names like Test User, A. N. Other, Joe Public).",
        "What fields should a GDPR-friendly petition form collect? Give me the HTML with placeholders like "
        "placeholder=\"Your name\" and placeholder=\"you@example.org\".",
    )


@tpl("clean_forms", "en", 1)
def t_rota_template(c: Ctx) -> str:
    return c.alt(
        "Make a reusable polling-day rota template in Markdown:\n\n| Slot | Station | Volunteer | Mobile |\n"
        "|---|---|---|---|\n| 07:00–10:00 | [STATION] | [VOLUNTEER 1] | [MOBILE] |\n"
        "| 10:00–13:00 | [STATION] | [VOLUNTEER 2] | [MOBILE] |",
        "Create a Google Sheets layout for a leafleting rota with columns for round name, volunteer, number of "
        "leaflets and date done. Fill two example rows with 'Volunteer A' and 'Volunteer B'.",
    )


@tpl("clean_forms", "en", 3, "upper")
def t_notice_caps(c: Ctx) -> str:
    return c.alt(
        "Check the wording of this template:\nNOTICE OF ELECTION\nELECTION OF A COUNTY COUNCILLOR FOR THE "
        "[DIVISION NAME] DIVISION\nNOMINATION PAPERS MAY BE DELIVERED TO THE RETURNING OFFICER AT [VENUE] BETWEEN "
        "10AM AND 4PM",
        "Proofread:\nSTATEMENT OF PERSONS NOMINATED\n[SURNAME], [OTHER NAMES] – [DESCRIPTION] – [HOME ADDRESS OR "
        "\"ADDRESS IN THE (LOCAL AUTHORITY) AREA\"]",
        "Fix the layout of this poster text:\nVOTE ON THURSDAY 7 MAY – POLLING STATIONS OPEN 7AM–10PM – BRING "
        "PHOTO ID – [CANDIDATE NAME], YOUR [PARTY] CANDIDATE FOR [WARD]",
    )


@tpl("clean_forms", "en", 1)
def t_sample_record(c: Ctx) -> str:
    return c.alt(
        "This is the sample elector record from our training manual. Does it show every field a new starter "
        "needs to understand?\n\nElector: Joe Public\nAddress: 1 Any Street, Anytown, AN1 1AA\n"
        "Franchise: G (local + parliamentary)\nMarker: P (postal voter)",
        "Make a dummy CRM contact for a demo: first name Test, last name Member, e-mail test.member@example.com, "
        "tags 'volunteer', 'donor'. Show it as YAML.",
    )


@tpl("clean_forms", "de", 2)
def t_formular_de(c: Ctx) -> str:
    return c.alt(
        "Baue mir ein leeres Mitgliedsantrag-Formular. Als Beispiel: Max Mustermann, Musterstraße 1, 12345 "
        "Musterstadt, IBAN DE00 0000 0000 0000 0000 00.",
        "Schreib eine Vorlage für die Spendenquittung mit Platzhaltern [Name Spender/in], [Anschrift], [Betrag "
        "in Worten].",
        "Ist das Beispiel im Handbuch okay? „Erika Mustermann unterschreibt das Bürgerbegehren und gibt ihr "
        "Geburtsdatum TT.MM.JJJJ an.“",
    )


@tpl("clean_forms", "fr", 2)
def t_formulaire_fr(c: Ctx) -> str:
    return c.alt(
        "Prépare un modèle de procuration à remplir, avec Jean Dupont comme mandant fictif et Marie Martin "
        "comme mandataire, pour la formation des assesseurs.",
        "Rédige un modèle de lettre de permanence : « Madame, Monsieur [NOM], suite à votre venue le [DATE]… »",
    )


@tpl("clean_forms", "es", 2)
def t_formulario_es(c: Ctx) -> str:
    return c.alt(
        "Hazme una ficha de afiliación en blanco. De ejemplo pon a Fulano de Tal, con DNI 00000000T y domicilio "
        "«Calle Ejemplo, 1».",
        "Plantilla de carta para firmantes de la ILP: «Estimado/a {{nombre}}: gracias por apoyar…». Que quede "
        "cercana.",
    )


@tpl("clean_forms", "pl", 2)
def t_formularz_pl(c: Ctx) -> str:
    return c.alt(
        "Przygotuj wzór listy poparcia z przykładowym wpisem: Jan Kowalski, ul. Przykładowa 1, 00-000 "
        "Miasto, PESEL: 00000000000.",
        "Napisz instrukcję wypełniania deklaracji członkowskiej, jako przykład podaj Annę Nowak.",
    )


@tpl("clean_forms", "zh", 1)
def t_biaoge_zh(c: Ctx) -> str:
    return "请设计一张志愿者报名表的模板，示例填写人用张三和李四，电话写成138-0000-0000。"


@tpl("clean_forms", "ko", 1)
def t_yangsik_ko(c: Ctx) -> str:
    return "당원 가입 신청서 양식을 만들어 주세요. 예시 이름은 홍길동, 주소는 ○○시 ○○구 ○○로 00으로 해 주세요."


@tpl("clean_forms", "ru", 1)
def t_blank_ru(c: Ctx) -> str:
    return ("Составь образец заявления о включении в список избирателей по месту нахождения. В примере укажи "
            "Иванова Ивана Ивановича и адрес «г. N, ул. Примерная, д. 1».")


@tpl("clean_forms", "fi", 1)
def t_lomake_fi(c: Ctx) -> str:
    return ("Tee malli kannattajakortin täyttöohjeesta. Käytä esimerkkinä Matti Meikäläistä ja henkilötunnusta "
            "muodossa PPKKVV-XXXX.")


@tpl("clean_forms", "cs", 1)
def t_formular_cs(c: Ctx) -> str:
    return ("Připrav vzor petičního archu podle zákona o právu petičním. Jako příklad uveď Jana Nováka, "
            "bytem Ulice 1, Obec.")


@tpl("clean_forms", "ja", 1)
def t_yoshiki_ja(c: Ctx) -> str:
    return "後援会入会申込書のひな形を作ってください。記入例は山田太郎さん、住所は「〇〇県〇〇市〇〇町1-2-3」でお願いします。"


@tpl("clean_forms", "hu", 1)
def t_urlap_hu(c: Ctx) -> str:
    return ("Készíts mintát az ajánlóív kitöltéséhez. A példában szerepeljen Minta János, lakcím: "
            "1234 Mintaváros, Minta utca 1.")


# ---- clean_tools: campaign software, agencies, firms and brands named after people ------------

@tpl("clean_tools", "en", 3, (None, None, "lower"))
def t_tools_compare(c: Ctx) -> str:
    return c.alt(
        "We're a small NGO choosing a CRM. Compare NationBuilder, Action Network, EveryAction and Salesforce "
        "Nonprofit Cloud on price, SMS and event tools.",
        "Is NGP VAN's MiniVAN better than Ecanvasser or Qomon for door-knocking in rural areas with bad signal?",
        "Pros and cons of Hustle vs. CallHub vs. ThruText for peer-to-peer texting on a state legislative race.",
    )


@tpl("clean_tools", "en", 3, (None, "lower", None))
def t_uk_party_tools(c: Ctx) -> str:
    return c.alt(
        "Explain the difference between Contact Creator, Organise and Dialogue for a new Labour organiser.",
        "Our Lib Dem local party is moving from Connect to a newer version. What usually breaks with walk sheets "
        "and Minivan-style apps when that happens?",
        "Which tools do the SNP and Plaid Cymru use for voter ID? Is Nationbuilder common in Scotland?",
    )


@tpl("clean_tools", "en", 3)
def t_pa_firms(c: Ctx) -> str:
    return c.alt(
        "List the big public-affairs agencies in London (Portland, Hanbury, Brunswick, FGS Global, Edelman, "
        "Weber Shandwick) and say which ones were founded by former political advisers.",
        "Who founded Burson-Marsteller and Hill & Knowlton, and what happened to the names after the mergers?",
        "For a careers talk: what's the difference between a lobbyist at Teneo, a consultant at McKinsey and a "
        "researcher at the Institute for Government or the Tony Blair Institute?",
    )


@tpl("clean_tools", "en", 3, "lower")
def t_tools_lower(c: Ctx) -> str:
    return c.alt(
        "how do i export a list from nationbuilder into mailchimp without losing the tags",
        "can zapier push new actblue donations into a google sheet, and is that allowed under fec rules",
        "whats the cheapest way to send 5000 texts in the uk, twilio or textlocal or somthing else",
    )


@tpl("clean_tools", "en", 3)
def t_sync_log(c: Ctx) -> str:
    return c.alt(
        "Why does this sync keep failing at night?\n\n2025-05-02T02:00:01Z INFO nationbuilder.sync "
        "list='Volunteers – Castle ward' fetched=412\n2025-05-02T02:00:09Z WARN mailchimp.push rate_limited "
        "retry_in=60s\n2025-05-02T02:01:10Z ERROR mailchimp.push status=400 detail='Invalid merge field FNAME'",
        "Explain this error from our ActBlue → Salesforce connector:\n\n[webhook] 422 Unprocessable Entity: "
        "field Donor_Employer__c exceeds max length (80)\n[webhook] retry 3/3 failed, moved to dead-letter queue",
        "What does this Mailchimp bounce report mean for our list hygiene?\n\ncampaign: May newsletter\n"
        "sent: 18,204\nhard_bounces: 312\nsoft_bounces: 1,140\nspam_complaints: 9",
    )


@tpl("clean_tools", "en", 3)
def t_lobbying_register(c: Ctx) -> str:
    return c.alt(
        "Clean this lobbying register extract and total the clients per agency:\n\n"
        "agency,client,sector\nPortland,Johnson & Johnson,health\nBrunswick,Philip Morris International,tobacco\n"
        "Edelman,Ford Motor Company,automotive\nHanbury,Goldman Sachs,finance",
        "Which of these companies are named after their founders? Boeing, Anheuser-Busch, Dell, Siemens, "
        "Michelin, Renault, Bosch, Ferrero, Heineken, Tata.",
        "Turn this into a table sorted by spend:\n\nregistrant|client|spend_usd\nAkin Gump|Pfizer|2,340,000\n"
        "Brownstein Hyatt|Lockheed Martin|1,980,000\nHolland & Knight|Walt Disney Co|1,210,000",
    )


@tpl("clean_tools", "en", 2, "upper")
def t_agenda_caps(c: Ctx) -> str:
    return c.alt(
        "Proofread this agenda:\nCAMPAIGN TECH DAY – 10:00 NATIONBUILDER BASICS – 11:30 MAILCHIMP SEGMENTS – "
        "14:00 MEET THE ACTION NETWORK TEAM – 15:30 PANEL: AI IN CAMPAIGNS (CLAUDE, GEMINI, COPILOT)",
        "Shorten these slide titles:\nWHY WE MOVED FROM SALESFORCE TO HUBSPOT\nWHAT ZAPIER CAN AND CAN'T DO\n"
        "LESSONS FROM THE OBAMA 2008 DIGITAL TEAM",
    )


@tpl("clean_tools", "de", 2)
def t_werkzeuge_de(c: Ctx) -> str:
    return c.alt(
        "Welche Tools nutzen Parteien in Deutschland für den Haustürwahlkampf? Ich kenne die CDU-App „connect“ und "
        "die SPD-App, gibt es was Unabhängiges?",
        "Lohnt sich CleverReach oder Brevo für den Newsletter unseres Ortsvereins, und was sagt die DSGVO dazu?",
    )


@tpl("clean_tools", "fr", 1, "lower")
def t_outils_fr(c: Ctx) -> str:
    return c.alt(
        "Qomon ou Fluicity pour une campagne municipale dans une ville de 20 000 habitants ? Donne-moi les "
        "avantages de chacun.",
        "Comment La France insoumise et Renaissance ont-elles utilisé les boucles Telegram et l'outil Action "
        "Populaire en 2022 ?",
    )


@tpl("clean_tools", "pt", 2)
def t_ferramentas_pt(c: Ctx) -> str:
    return c.alt(
        "Como funciona o aplicativo Pardal do TSE para denunciar propaganda irregular? E o DivulgaCandContas?",
        "Qual a diferença entre o e-Título e o site do TSE para consultar o local de votação?",
    )


@tpl("clean_tools", "id", 2, ("lower", None))
def t_aplikasi_id(c: Ctx) -> str:
    return c.alt(
        "Apa itu Sirekap dan kenapa aplikasi KPU itu dikritik saat Pemilu 2024? Jelaskan singkat.",
        "Bagaimana cara relawan memakai Sidalih untuk mengecek daftar pemilih tetap?",
    )


@tpl("clean_tools", "da", 1)
def t_vaerktoejer_da(c: Ctx) -> str:
    return "Hvilke CRM-systemer bruger de danske partier? Jeg har hørt om både NationBuilder og Microsoft Dynamics."


# ---- clean_chat: speeches, press drafts, transcripts with role labels, places in general talk ---

@tpl("clean_chat", "en", 3, (None, "lower", None))
def t_speech_help(c: Ctx) -> str:
    return c.alt(
        "Write a two-minute speech for our branch AGM that mentions Keir Hardie, Clement Attlee and Barbara "
        "Castle, and ends on the NHS's founding in 1948.",
        "I'm speaking at a climate march in Glasgow. Give me an opening that nods to Wangari Maathai and Greta "
        "Thunberg without quoting them at length.",
        "Draft a toast for a retiring councillor's party that jokes about Boris Johnson's zip wire and Ed "
        "Miliband's bacon sandwich, gently.",
    )


@tpl("clean_chat", "en", 3)
def t_press_release(c: Ctx) -> str:
    return c.alt(
        "Draft a press release welcoming the Prime Minister's visit to the Port Talbot steelworks, quoting our "
        "regional spokesperson (leave the quote as [QUOTE]).",
        "Write a 150-word statement reacting to Emmanuel Macron's speech at the Sorbonne on European defence, "
        "from the perspective of a pro-EU campaign group in Dublin.",
        "Press office draft: respond to the news that Narendra Modi and Keir Starmer have signed the UK–India "
        "trade deal. Our angle is workers' rights in Leicester and Wolverhampton.",
    )


@tpl("clean_chat", "en", 3)
def t_mock_debate(c: Ctx) -> str:
    return c.alt(
        "Tidy this transcript from our youth parliament's mock PMQs:\n\nSPEAKER: Order, order.\n"
        "LEADER OF THE OPPOSITION: Will the Prime Minister admit bus fares have doubled?\n"
        "PRIME MINISTER: I'll take no lessons from the party of Ramsay MacDonald.\nSPEAKER: Order!",
        "Summarise these Model UN minutes in five bullet points:\n\nFRANCE: Supports the draft on Sahel "
        "peacekeeping.\nBRAZIL: Asks for an amendment on Amazon funding.\nCHINA: Abstains.\n"
        "KENYA: Co-sponsors; cites Wangari Maathai's Green Belt Movement.",
        "Turn this debate club script into a fair summary of both sides:\n\nPROPOSITION: This house would abolish "
        "the House of Lords.\nOPPOSITION: Lords like Baroness Hale and Lord Sacks show the value of expertise.\n"
        "CHAIR: Thirty seconds left.",
    )


@tpl("clean_chat", "en", 3, "lower")
def t_chat_lower(c: Ctx) -> str:
    return c.alt(
        "is harrogate or llandudno better for a regional conferance in march, we need 400 delegates and a "
        "train station",
        "how many seats does reform have in the welsh senedd now and when is the next election there",
        "what did jacinda ardern do after leaving office, and is she still in new zealand or at harvard",
    )


@tpl("clean_chat", "en", 3)
def t_whatsapp_org(c: Ctx) -> str:
    return c.alt(
        "Summarise this broadcast list for the volunteers who missed it:\n\n[03/06/2025, 09:00] Campaign HQ: "
        "Leaflet drop this weekend – Churchill Estate and Mandela Gardens\n[03/06/2025, 09:02] Campaign HQ: "
        "Bring your lanyards, meet at the Co-op car park\n[03/06/2025, 12:15] Admin: Tea at the community centre "
        "after",
        "Turn this WhatsApp announcement into a tweet:\n\n[11/09/2025, 18:30] Unite Branch Office: Strike "
        "ballot closes Friday. Turnout 48% so far – we need 50% under the Trade Union Act 2016!",
        "Make this group message friendlier:\n\n[20/02/2025, 20:14] Greenpeace Local Group: Reminder – the "
        "Shell AGM protest is at ExCeL, Thursday 8am. No flares, no glue.",
    )


@tpl("clean_chat", "en", 3, ("lower", None, None))
def t_public_places(c: Ctx) -> str:
    return c.alt(
        "Plan a two-day lobby trip for our union: Brussels on Monday (Berlaymont, Parliament), Strasbourg on "
        "Tuesday for the plenary. Trains from London?",
        "We want to hold hustings in Bradford, Dewsbury and Batley. Which venues are accessible and cheap? "
        "Think town halls and libraries.",
        "What's the history of Speakers' Corner in Hyde Park, and are there similar spots in Melbourne or "
        "Toronto?",
    )


@tpl("clean_chat", "en", 3, (None, "lower", None))
def t_namesakes(c: Ctx) -> str:
    return c.alt(
        "Is the John Smith who led Labour in the 1990s the same man the John Smith Centre in Glasgow is named "
        "after? And who's running it now?",
        "Fact-check: did Michael Collins sign the Anglo-Irish Treaty, and is the Michael Collins who flew Apollo "
        "11 any relation?",
        "Give me Presidents' Day trivia that untangles George Washington from George Washington Carver, George "
        "Washington University and Washington state.",
    )


@tpl("clean_chat", "uk", 2, ("lower", None))
def t_chat_uk(c: Ctx) -> str:
    return c.alt(
        "Поясни, що таке Будапештський меморандум і чому про нього так часто згадують Зеленський і Порошенко.",
        "Склади короткий план лекції про Грушевського і Центральну Раду для молодіжного осередку.",
    )


@tpl("clean_chat", "vi", 2, (None, "lower"))
def t_chat_vi(c: Ctx) -> str:
    return c.alt(
        "Hãy tóm tắt vai trò của Hồ Chí Minh và Võ Nguyên Giáp trong Hiệp định Genève 1954 cho buổi sinh hoạt "
        "chi đoàn.",
        "Quốc hội Việt Nam bầu Chủ tịch nước như thế nào? So sánh ngắn với cách bầu Thủ tướng ở Nhật Bản.",
    )


@tpl("clean_chat", "th", 2)
def t_chat_th(c: Ctx) -> str:
    return c.alt(
        "ช่วยอธิบายระบบเลือกตั้งบัตรสองใบของไทย และผลต่อพรรคเพื่อไทยกับพรรคประชาชนแบบสั้นๆ",
        "ปรีดี พนมยงค์ มีบทบาทอย่างไรในการปฏิวัติสยาม พ.ศ. 2475 สรุปให้หน่อย",
    )


@tpl("clean_chat", "ro", 1)
def t_chat_ro(c: Ctx) -> str:
    return "Explică-mi pe scurt cum a ajuns Klaus Iohannis de la primăria Sibiului la Cotroceni, pentru un newsletter."


@tpl("clean_chat", "tr", 1)
def t_chat_tr(c: Ctx) -> str:
    return "Bülent Ecevit ile Süleyman Demirel'in 1970'lerdeki rekabetini kısa bir tabloyla özetler misin?"


@tpl("clean_chat", "hu", 1)
def t_chat_hu(c: Ctx) -> str:
    return "Mi volt a különbség Antall József és Horn Gyula kormányának gazdaságpolitikája között? Röviden kérem."


@tpl("clean_chat", "it", 1, "lower")
def t_chat_it(c: Ctx) -> str:
    return "Scrivi un post per il circolo: ottant'anni dal voto alle donne, da Nilde Iotti a Tina Anselmi a Roma."


@tpl("clean_chat", "es", 2, ("lower", None))
def t_chat_es(c: Ctx) -> str:
    return c.alt(
        "¿Qué diferencias hay entre el Congreso de los Diputados y el Senado, y por qué Sánchez convocó elecciones "
        "anticipadas en 2023?",
        "Escribe un hilo breve sobre la Constitución de Cádiz de 1812, «la Pepa», para las redes de la asociación.",
    )


# =============================================================================================
# build, check, write
# =============================================================================================

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese (Portugal and Brazil)",
    "it": "Italian", "pl": "Polish", "nl": "Dutch", "sv": "Swedish", "fi": "Finnish", "da": "Danish",
    "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish", "el": "Greek", "ru": "Russian",
    "uk": "Ukrainian", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "th": "Thai", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "vi": "Vietnamese", "id": "Indonesian", "tl": "Tagalog/Taglish",
}
NON_LATIN = {"el", "ru", "uk", "ar", "he", "hi", "th", "zh", "ja", "ko"}


def build() -> list[dict]:
    draw = Draw(SEED)
    rows = []
    for cls, name, _lang, n, case, fn in TEMPLATES:
        for i in range(n):
            text, spans = unmark(fn(Ctx(draw, i)), case_at(case, i))  # type: ignore[operator]
            rows.append({"id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": name, "locale": ""})
    return rows


def lang_of(row: dict) -> str:
    return next(t[2] for t in TEMPLATES if t[0] == row["class"] and t[1] == row["template"])


def case_at(case, i: int) -> str | None:
    return case[i % len(case)] if isinstance(case, tuple) else case


def case_of(row: dict) -> str | None:
    case = next(t[4] for t in TEMPLATES if t[0] == row["class"] and t[1] == row["template"])
    return case_at(case, int(row["id"].rsplit("-", 1)[1]))


# check digits, verified (not generated) here
def _luhn_ok(s: str) -> bool:
    ds = [int(x) for x in s if x.isdigit()]
    tot = 0
    for k, d in enumerate(reversed(ds)):
        if k % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return tot % 10 == 0


def _iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def _id_ok(kind: str, v: str) -> bool:
    d = [int(x) for x in v if x.isdigit()]
    if kind == "NHS":
        r = 11 - sum(x * (10 - k) for k, x in enumerate(d[:9])) % 11
        return (0 if r == 11 else r) == d[9]
    if kind == "PESEL":
        return (10 - sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10 == d[10]
    if kind == "PNR":
        return _luhn_ok(v)
    if kind == "TCKN":
        return ((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10 == d[9]) and sum(d[:10]) % 10 == d[10]
    if kind == "CPF":
        c1 = sum(x * (10 - k) for k, x in enumerate(d[:9])) * 10 % 11 % 10
        c2 = sum(x * (11 - k) for k, x in enumerate(d[:10])) * 10 % 11 % 10
        return d[9] == c1 and d[10] == c2
    if kind == "BSN":
        return (sum(x * (9 - k) for k, x in enumerate(d[:8])) - d[8]) % 11 == 0
    if kind in ("DNI", "NIE"):
        num = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == v[-1]
    if kind == "CNP":
        c = sum(x * int(w) for x, w in zip(d, "279146358279")) % 11
        return (1 if c == 10 else c) == d[12]
    if kind == "HETU":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31] == v[10]
    if kind == "ILID":
        tot = 0
        for k, x in enumerate(d):
            y = x * (1 + k % 2)
            tot += y - 9 if y > 9 else y
        return tot % 10 == 0
    if kind == "THAI":
        return (11 - sum(x * (13 - k) for k, x in enumerate(d[:12])) % 11) % 10 == d[12]
    if kind == "TWID":
        code = {"A": 10, "B": 11, "E": 14, "F": 15}[v[0]]
        ds = [code // 10, code % 10, *d]
        return sum(a * b for a, b in zip(ds, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1])) % 10 == 0
    return True


def check(rows: list[dict]) -> None:
    assert len(rows) == 324, len(rows)
    ids, texts = set(), set()
    for r in rows:
        assert set(r) == {"id", "text", "spans", "source", "class", "template", "locale"}, r["id"]
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
        assert r["source"] == SOURCE and r["locale"] == "", r["id"]
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        prev = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= prev, (r["id"], s)
            prev = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        case = case_of(r)
        if case == "lower":
            assert r["text"] == r["text"].lower(), r["id"]
        if case == "upper":
            assert r["text"] == r["text"].upper(), r["id"]
    per_tpl = Counter((r["class"], r["template"]) for r in rows)
    assert len(per_tpl) >= 80 and max(per_tpl.values()) <= 5, (len(per_tpl), max(per_tpl.values()))
    assert 8 <= len({r["class"] for r in rows}) <= 12
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = Counter(lang_of(r) for r in rows)
    non_en = len(rows) - langs["en"]
    assert 0.35 <= non_en / len(rows) <= 0.50, non_en
    assert len(set(langs) - {"en"}) >= 15 and NON_LATIN <= set(langs), langs
    # every hand-typed check digit is right
    for kind, items in IDS.items():
        for v, _sex in items:
            assert _id_ok(kind, v), (kind, v)
    for cc, items in IBANS.items():
        for v in items:
            assert v.startswith(cc) and _iban_ok(v), v
    for v in CARDS:
        assert _luhn_ok(v), v
    for s in (s for r in rows for s in r["spans"]):
        if s["type"] == "IBAN_CODE":
            assert _iban_ok(s["value"]), s
        if s["type"] == "CREDIT_CARD":
            assert _luhn_ok(s["value"]), s


def dump(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def report(rows: list[dict], data: bytes) -> None:
    print(f"rows: {len(rows)}")
    cls = Counter(r["class"] for r in rows)
    tpls = Counter(r["class"] for r in {(r["class"], r["template"]): r for r in rows}.values())
    print(f"templates: {sum(tpls.values())}")
    for k in sorted(cls):
        print(f"  {k:24s} rows {cls[k]:3d}  templates {tpls[k]:3d}")
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"PII-free rows: {clean} ({clean / len(rows):.0%})")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans: " + ", ".join(f"{t} {n}" for t, n in spans.most_common()))
    langs = Counter(lang_of(r) for r in rows)
    non_en = len(rows) - langs["en"]
    print(f"languages: {len(langs) - 1} besides English; not English {non_en} ({non_en / len(rows):.0%})")
    print("  " + ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common()))
    cases = Counter(case_of(r) or "mixed" for r in rows)
    print("cases: " + ", ".join(f"{k} {n}" for k, n in cases.most_common()))
    print(f"sha256 {OUT.name}: {hashlib.sha256(data).hexdigest()}")


def main() -> int:
    rows = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv[1:]:
        if OUT.exists() and OUT.read_bytes() == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_bytes(data)
    report(rows, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
