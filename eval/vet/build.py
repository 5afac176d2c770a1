"""Build the `vet` check set (tune.jsonl) for the privacy gateway.

Brief: tools/p58/brief.md.  Sector: veterinary clinics, pet insurers, shelters and rescues,
groomers, kennels, breeders, farm vets, and the pet owners and farmers who write to them.

Every private value (names, streets, towns, postcodes, phones, dates of birth, ID numbers,
IBANs, card numbers, IP addresses, hospital numbers) is typed by hand below.  E-mail local
parts are built from the hand-typed names.  Check digits were worked out once in a scratch
session and typed in as literals; check() re-verifies them.

Templates write markers of the form  <open>TYPE|value<close>  (the brackets are U+27E6 and
U+27E7); unmark() turns them into offsets.  Pets' names are not personal data and are never
labelled; only people's data is.

    python build.py          # writes tune.jsonl and prints counts and sha256
    python build.py --check  # rebuilds in memory, runs check(), compares with the file
"""

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 58022
SET = "vet"
OUT = Path(__file__).resolve().with_name("tune.jsonl")
SOURCE = "eval/vet/build.py"

TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
OPEN, CLOSE = "\u27e6", "\u27e7"
MARK = re.compile(OPEN + r"([A-Z_]+)\|(.*?)" + CLOSE, re.DOTALL)


# --------------------------------------------------------------------------- markers

def _m(kind, value):
    return f"{OPEN}{kind}|{value}{CLOSE}"


def P(s):
    return _m("PERSON", s)


def L(s):
    return _m("LOCATION", s)


def T(s):
    return _m("PHONE_NUMBER", s)


def E(s):
    return _m("EMAIL_ADDRESS", s)


def B(s):
    return _m("DATE_OF_BIRTH", s)


def NID(s):
    return _m("NATIONAL_ID", s)


def SSN(s):
    return _m("US_SSN", s)


def IBAN(s):
    return _m("IBAN_CODE", s)


def CARD(s):
    return _m("CREDIT_CARD", s)


def IP(s):
    return _m("IP_ADDRESS", s)


def MRN(s):
    return _m("MEDICAL_RECORD_NUMBER", s)


def _case(s, case):
    if case == "l":
        return s.lower()
    if case == "u":
        return s.upper()
    return s


def unmark(marked, case="o"):
    """Return (text, spans) from a marked string; casing is applied piece by piece."""
    out, spans, n, pos = [], [], 0, 0
    for m in MARK.finditer(marked):
        plain = _case(marked[pos:m.start()], case)
        out.append(plain)
        n += len(plain)
        val = _case(m.group(2), case)
        spans.append({"start": n, "end": n + len(val), "type": m.group(1), "value": val})
        out.append(val)
        n += len(val)
        pos = m.end()
    tail = _case(marked[pos:], case)
    out.append(tail)
    return "".join(out), spans


# --------------------------------------------------------------------------- people

class Person:
    """A private person.  order: gf (given family), fg (family given), fg0 (no space)."""

    def __init__(self, given, family, sex, culture, order="gf", latin=None, full=None, patr=None):
        self.given, self.family, self.sex, self.culture = given, family, sex, culture
        self.order, self.latin, self._full, self.patr = order, latin, full, patr

    @property
    def full(self):
        if self._full:
            return self._full
        if self.order == "fg":
            return f"{self.family} {self.given}"
        if self.order == "fg0":
            return f"{self.family}{self.given}"
        return f"{self.given} {self.family}"

    @property
    def N(self):
        return P(self.full)

    @property
    def G(self):
        return P(self.given)

    @property
    def F(self):
        return P(self.family)

    @property
    def official(self):
        """Russian/Ukrainian official order with patronymic."""
        return P(f"{self.family} {self.given} {self.patr}")

    @property
    def key(self):
        return self.full


def Pp(given, family, sex, culture, **kw):
    return Person(given, family, sex, culture, **kw)


PEOPLE = {
    "en": [
        Pp("Holly", "Shepherd", "f", "English"),
        Pp("Gareth", "Pritchard", "m", "Welsh"),
        Pp("Aoife", "Ní Chonaill", "f", "Irish"),
        Pp("Ciarán", "Ó Súilleabháin", "m", "Irish"),
        Pp("Morag", "MacKinnon", "f", "Scottish"),
        Pp("Chukwuemeka", "Eze", "m", "Igbo"),
        Pp("Adwoa", "Mensah", "f", "Akan"),
        Pp("Olumide", "Adeyemi", "m", "Yoruba"),
        Pp("Priya", "Raghunathan", "f", "Tamil"),
        Pp("Harjit", "Kaur Dhaliwal", "f", "Punjabi Sikh"),
        Pp("Imran", "Qureshi", "m", "Pakistani"),
        Pp("Nusrat", "Chowdhury", "f", "Bangladeshi"),
        Pp("Delroy", "Campbell", "m", "Jamaican"),
        Pp("Tamsin", "Penrose", "f", "Cornish"),
        Pp("Wiremu", "Te Rangi", "m", "Māori"),
        Pp("Aroha", "Ngata", "f", "Māori"),
        Pp("Brett", "Kowalczyk", "m", "Polish Australian"),
        Pp("Kylie", "Strand", "f", "Australian"),
        Pp("Tshepo", "Molefe", "m", "Tswana"),
        Pp("Anneke", "van der Merwe", "f", "Afrikaans"),
        Pp("Jack", "Russell", "m", "English"),
        Pp("Robin", "Fox", "f", "English"),
        Pp("Dawn", "Meadows", "f", "US"),
        Pp("DeShawn", "Marshall", "m", "African American"),
        Pp("Yesenia", "Camacho", "f", "Mexican American"),
        Pp("Linh", "Pham", "f", "Vietnamese American"),
        Pp("Mei Ling", "Tan", "f", "Singaporean Chinese", order="fg"),
        Pp("Rahul", "Deshmukh", "m", "Marathi"),
        Pp("Yasmin", "El Idrissi", "f", "Moroccan British"),
        Pp("Tomasz", "Wiśniewski", "m", "Polish British"),
        Pp("Ioana", "Dumitrescu", "f", "Romanian British"),
        Pp("Hamish", "Drummond", "m", "Scottish"),
        Pp("Bethan", "Howells", "f", "Welsh"),
        Pp("Kwame", "Asante", "m", "Akan"),
        Pp("Wanjiru", "Kamau", "f", "Kikuyu"),
        Pp("Abdirahman", "Warsame", "m", "Somali"),
        Pp("Patience", "Okafor", "f", "Igbo"),
        Pp("Lachlan", "Birch", "m", "Australian"),
        Pp("Hope", "Whitfield", "f", "English"),
        Pp("Clay", "Hunter", "m", "US"),
        Pp("Esther", "Goldberg", "f", "Jewish American"),
        Pp("Sione", "Fifita", "m", "Tongan"),
        Pp("Malia", "Tuilagi", "f", "Samoan"),
        Pp("Leilani", "Kahale", "f", "Hawaiian"),
        Pp("Emma", "Thompson", "f", "English"),
        Pp("Rhodri", "Price", "m", "Welsh"),
        Pp("Niamh", "Gallagher", "f", "Irish"),
        Pp("Callum", "Baird", "m", "Scottish"),
        Pp("Marguerite", "Boudreau", "f", "Acadian"),
        Pp("Ravi", "Subramaniam", "m", "Tamil Malaysian"),
    ],
    "de": [
        Pp("Johanna", "Brückner", "f", "German"),
        Pp("Tobias", "Haferkamp", "m", "German"),
        Pp("Sabine", "Lechner", "f", "Austrian"),
        Pp("Florian", "Gstrein", "m", "Tyrolean"),
        Pp("Mehmet", "Aydoğan", "m", "Turkish German"),
        Pp("Ewa", "Schimanski", "f", "Polish German"),
        Pp("Lukas", "Zürcher", "m", "Swiss"),
        Pp("Heike", "Vogel", "f", "German"),
        Pp("Uwe", "Adler", "m", "German"),
        Pp("Anastasia", "Becker", "f", "Russian German"),
        Pp("Jannik", "Thomsen", "m", "North Frisian"),
        Pp("Ursula", "von Bredow", "f", "German"),
        Pp("Friederike", "Maaß", "f", "German"),
        Pp("Reto", "Caflisch", "m", "Romansh Swiss"),
    ],
    "fr": [
        Pp("Élodie", "Marchand", "f", "French"),
        Pp("Yannick", "Le Bihan", "m", "Breton"),
        Pp("Fatoumata", "Diallo", "f", "Fula Guinean"),
        Pp("Karim", "Bensaïd", "m", "Algerian French"),
        Pp("Mélissa", "Bouchard", "f", "Québécois"),
        Pp("Pierre-Luc", "Gagnon", "m", "Québécois"),
        Pp("Aurélie", "Vandenbussche", "f", "Belgian"),
        Pp("Thibault", "de Castelnau", "m", "French"),
        Pp("Nathalie", "Pasteur", "f", "French"),
        Pp("Jean-Baptiste", "Ouédraogo", "m", "Burkinabé"),
        Pp("Maëlle", "Guillou", "f", "Breton"),
        Pp("Laurent", "Fabre", "m", "Occitan"),
        Pp("Sandrine", "Muller", "f", "Alsatian"),
    ],
    "es": [
        Pp("Lucía", "Fernández Ochoa", "f", "Spanish"),
        Pp("Iñigo", "Etxeberria Zubizarreta", "m", "Basque"),
        Pp("Montserrat", "Puig i Ferrer", "f", "Catalan"),
        Pp("Xosé Manuel", "Outeiro", "m", "Galician"),
        Pp("Guadalupe", "Ramírez Soto", "f", "Mexican"),
        Pp("Itzel", "Canché Pool", "f", "Yucatec Maya"),
        Pp("Joaquín", "Albornoz", "m", "Chilean"),
        Pp("Valentina", "Ocampo", "f", "Argentine"),
        Pp("Alejandro", "Quispe Huamán", "m", "Quechua"),
        Pp("Rocío", "Domínguez", "f", "Andalusian"),
        Pp("Camilo", "Arango Vélez", "m", "Colombian"),
        Pp("Blanca", "Cordero", "f", "Spanish"),
    ],
    "it": [
        Pp("Giulia", "Ferraresi", "f", "Emilian"),
        Pp("Salvatore", "Lo Iacono", "m", "Sicilian"),
        Pp("Chiara", "Dal Lago", "f", "Venetian"),
        Pp("Matteo", "Pintus", "m", "Sardinian"),
        Pp("Raffaella", "Esposito", "f", "Neapolitan"),
        Pp("Ottavio", "Lupo", "m", "Italian"),
        Pp("Francesca", "De Santis", "f", "Italian"),
    ],
    "pt": [
        Pp("João Pedro", "Carvalhais", "m", "Portuguese"),
        Pp("Inês", "Gouveia Tavares", "f", "Portuguese"),
        Pp("Thiago", "dos Santos Ribeiro", "m", "Brazilian"),
        Pp("Luana", "Yamamoto Ferreira", "f", "Japanese Brazilian"),
        Pp("Francisca", "das Chagas Lima", "f", "Northeastern Brazilian"),
        Pp("Carlos Eduardo", "Nascimento", "m", "Brazilian"),
        Pp("Mariana", "Pires Bettencourt", "f", "Azorean"),
    ],
    "nl": [
        Pp("Femke", "de Graaf", "f", "Dutch"),
        Pp("Sjoerd", "Hoekstra", "m", "Frisian"),
        Pp("Anouk", "Verbruggen", "f", "Flemish"),
        Pp("Soufiane", "Amrani", "m", "Moroccan Dutch"),
        Pp("Ruud", "Visser", "m", "Dutch"),
        Pp("Priscilla", "Kromodimedjo", "f", "Javanese Surinamese"),
    ],
    "pl": [
        Pp("Małgorzata", "Szczęsna", "f", "Polish"),
        Pp("Zbigniew", "Kaczmarczyk", "m", "Polish"),
        Pp("Agnieszka", "Sowińska", "f", "Polish"),
        Pp("Paweł", "Zięba", "m", "Polish"),
        Pp("Weronika", "Lis", "f", "Polish"),
    ],
    "sv": [
        Pp("Ingrid", "Lindqvist", "f", "Swedish"),
        Pp("Mats", "Hedlund", "m", "Swedish"),
        Pp("Hodan", "Ali Farah", "f", "Somali Swedish"),
    ],
    "da": [
        Pp("Mette", "Kjeldsen", "f", "Danish"),
        Pp("Rasmus", "Østergaard", "m", "Danish"),
        Pp("Signe", "Bach", "f", "Danish"),
    ],
    "no": [
        Pp("Solveig", "Haugen", "f", "Norwegian"),
        Pp("Eirik", "Bråten", "m", "Norwegian"),
        Pp("Aslak", "Gaup", "m", "Sámi"),
    ],
    "fi": [
        Pp("Aino", "Kärkkäinen", "f", "Finnish"),
        Pp("Jussi", "Heikkilä", "m", "Finnish"),
    ],
    "cs": [
        Pp("Lenka", "Dvořáková", "f", "Czech"),
        Pp("Ondřej", "Kubíček", "m", "Czech"),
        Pp("Jiří", "Vlk", "m", "Czech"),
    ],
    "tr": [
        Pp("Zeynep", "Arslan", "f", "Turkish"),
        Pp("Emre", "Kocabaş", "m", "Turkish"),
        Pp("Hatice", "Yurdakul", "f", "Turkish"),
        Pp("Baran", "Demir", "m", "Kurdish"),
        Pp("Elif", "Öztürk", "f", "Turkish"),
    ],
    "el": [
        Pp("Κατερίνα", "Παπαδοπούλου", "f", "Greek", latin=("katerina", "papadopoulou")),
        Pp("Γιώργος", "Λαμπράκης", "m", "Cretan Greek", latin=("giorgos", "lamprakis")),
        Pp("Ελένη", "Τσιρίγου", "f", "Greek", latin=("eleni", "tsirigou")),
    ],
    "ru": [
        Pp("Ольга", "Воронцова", "f", "Russian", latin=("olga", "vorontsova"), patr="Игоревна"),
        Pp("Дмитрий", "Белоусов", "m", "Russian", latin=("dmitry", "belousov"), patr="Сергеевич"),
        Pp("Светлана", "Кузьмина", "f", "Russian", latin=("svetlana", "kuzmina"), patr="Петровна"),
        Pp("Тимур", "Галиев", "m", "Tatar", latin=("timur", "galiev"), patr="Ринатович"),
    ],
    "uk": [
        Pp("Оксана", "Гриценко", "f", "Ukrainian", latin=("oksana", "hrytsenko"), patr="Василівна"),
        Pp("Тарас", "Мельничук", "m", "Ukrainian", latin=("taras", "melnychuk"), patr="Іванович"),
        Pp("Ірина", "Бойко", "f", "Ukrainian", latin=("iryna", "boiko"), patr="Олегівна"),
    ],
    "ar": [
        Pp("ليلى", "حداد", "f", "Lebanese", latin=("layla", "haddad")),
        Pp("يوسف", "بن عمر", "m", "Moroccan", latin=("youssef", "benomar")),
        Pp("منى", "عبد الرحمن", "f", "Egyptian", latin=("mona", "abdelrahman")),
        Pp("خالد", "العتيبي", "m", "Saudi", latin=("khaled", "alotaibi")),
        Pp("رنا", "المومني", "f", "Jordanian", latin=("rana", "almomani")),
    ],
    "he": [
        Pp("נועה", "אברמוביץ", "f", "Israeli", latin=("noa", "abramovich")),
        Pp("איתי", "בן שושן", "m", "Mizrahi Israeli", latin=("itai", "benshushan")),
        Pp("רונית", "גבאי", "f", "Israeli", latin=("ronit", "gabay")),
    ],
    "zh": [
        Pp("丽娟", "王", "f", "Chinese", order="fg0", latin=("lijuan", "wang")),
        Pp("志强", "陈", "m", "Chinese", order="fg0", latin=("zhiqiang", "chen")),
        Pp("晓梅", "刘", "f", "Chinese", order="fg0", latin=("xiaomei", "liu")),
        Pp("家豪", "林", "m", "Taiwanese", order="fg0", latin=("chiahao", "lin")),
        Pp("雨桐", "周", "f", "Chinese", order="fg0", latin=("yutong", "zhou")),
    ],
    "ja": [
        Pp("健太", "高橋", "m", "Japanese", order="fg", latin=("kenta", "takahashi")),
        Pp("さくら", "中村", "f", "Japanese", order="fg0", latin=("sakura", "nakamura")),
        Pp("大輔", "小林", "m", "Japanese", order="fg0", latin=("daisuke", "kobayashi")),
        Pp("由美", "松本", "f", "Japanese", order="fg", latin=("yumi", "matsumoto")),
        Pp("翔", "藤田", "m", "Japanese", order="fg0", latin=("sho", "fujita")),
    ],
    "ko": [
        Pp("지은", "김", "f", "Korean", order="fg0", latin=("jieun", "kim")),
        Pp("성호", "박", "m", "Korean", order="fg0", latin=("sungho", "park")),
        Pp("하늘", "이", "f", "Korean", order="fg0", latin=("haneul", "lee")),
        Pp("민재", "정", "m", "Korean", order="fg0", latin=("minjae", "jung")),
        Pp("유리", "최", "f", "Korean", order="fg0", latin=("yuri", "choi")),
    ],
    "hi": [
        Pp("राजेश", "यादव", "m", "Hindi (Haryanvi)", latin=("rajesh", "yadav")),
        Pp("सुनीता", "देवी", "f", "Hindi (Rajasthani)", latin=("sunita", "devi")),
        Pp("अंकित", "शर्मा", "m", "Hindi", latin=("ankit", "sharma")),
        Pp("पूजा", "वर्मा", "f", "Hindi", latin=("pooja", "verma")),
    ],
    "th": [
        Pp("สมศักดิ์", "ศรีสุข", "m", "Thai", latin=("somsak", "srisuk")),
        Pp("วรรณา", "ทองดี", "f", "Thai", latin=("wanna", "thongdee")),
        Pp("ณัฐพล", "แก้วมณี", "m", "Northern Thai", latin=("nattapon", "kaewmanee")),
    ],
    "vi": [
        Pp("Hà", "Nguyễn", "f", "Vietnamese", full="Nguyễn Thị Thu Hà"),
        Pp("Bảo", "Trần", "m", "Vietnamese", full="Trần Quốc Bảo"),
        Pp("Khoa", "Lê", "m", "Vietnamese", full="Lê Minh Khoa"),
        Pp("Lan", "Phạm", "f", "Vietnamese", full="Phạm Thị Lan"),
    ],
    "id": [
        Pp("Siti", "Rahmawati", "f", "Javanese"),
        Pp("Bambang", "Wicaksono", "m", "Javanese"),
        Pp("Dewi", "Lestari", "f", "Sundanese"),
        Pp("Made", "Sudarsana", "m", "Balinese", full="I Made Sudarsana"),
    ],
    "cy": [
        Pp("Dafydd", "ap Iorwerth", "m", "Welsh"),
        Pp("Gwenllian", "Rhys", "f", "Welsh"),
        Pp("Elin", "Tudur", "f", "Welsh"),
    ],
    "ro": [
        Pp("Andreea", "Munteanu", "f", "Romanian"),
        Pp("Sorin", "Lupu", "m", "Romanian"),
    ],
    "hu": [
        Pp("Réka", "Tóth", "f", "Hungarian", order="fg"),
        Pp("Bálint", "Nagy", "m", "Hungarian", order="fg"),
        Pp("Zsófia", "Kiss", "f", "Hungarian", order="fg"),
    ],
}


# --------------------------------------------------------------------------- addresses

class Addr:
    """A home address in its country's layout, as marked lines."""

    def __init__(self, cc, town, *lines, sep=", "):
        self.cc, self._town, self.lines, self.sep = cc, town, list(lines), sep

    @property
    def block(self):
        return "\n".join(self.lines)

    @property
    def line(self):
        return self.sep.join(self.lines)

    @property
    def town(self):
        return L(self._town)

    @property
    def last(self):
        """The last marked piece of the address (the postcode in most layouts)."""
        return L(MARK.findall(self.block)[-1][1])

    @property
    def key(self):
        return self.block


ADDRS = [
    # United Kingdom
    Addr("gb", "Ripon", f"{L('Glebe Farm')}", f"{L('Ellingstring')}", f"{L('Ripon')}", f"{L('HG4 4PW')}"),
    Addr("gb", "Wool", f"{L('7 Mill Lane')}", f"{L('Wool')}", f"{L('BH20 6DJ')}"),
    Addr("gb", "Clun", f"{L('Flat 2')}, {L('19 Castle Street')}", f"{L('Clun')}", f"{L('Shropshire')}",
         f"{L('SY7 8JR')}"),
    Addr("gb", "Aberystwyth", f"{L('Pen-y-Bryn')}", f"{L('Llanfihangel-y-Creuddyn')}", f"{L('Aberystwyth')}",
         f"{L('SY23 4LA')}"),
    Addr("gb", "Hope", f"{L('23 Hollins Road')}", f"{L('Hope')}", f"{L('Hope Valley')}", f"{L('S33 6RB')}"),
    Addr("gb", "Kirriemuir", f"{L('4 Kirk Wynd')}", f"{L('Kirriemuir')}", f"{L('DD8 4BH')}"),
    Addr("gb", "St Just", f"{L('12 Fore Street')}", f"{L('St Just')}", f"{L('Penzance')}", f"{L('TR19 7LL')}"),
    Addr("gb", "Mold", f"{L('58 Market Street')}", f"{L('Mold')}", f"{L('CH7 1HB')}"),
    Addr("gb", "Kirkby Stephen", f"{L('Rosebank Cottage')}", f"{L('Kirkby Stephen')}", f"{L('Cumbria')}",
         f"{L('CA17 4QS')}"),
    Addr("gb", "Leyburn", f"{L('31 Victoria Road')}", f"{L('Leyburn')}", f"{L('DL8 5EZ')}"),
    Addr("gb", "Tregaron", f"{L('Maesllyn')}", f"{L('Tregaron')}", f"{L('SY25 6NH')}"),
    Addr("gb", "Alnwick", f"{L('16 Bondgate Without')}", f"{L('Alnwick')}", f"{L('NE66 1PN')}"),
    # Ireland
    Addr("ie", "Skibbereen", f"{L('Gortnaclohy')}", f"{L('Skibbereen')}", f"{L('Co. Cork')}", f"{L('P81 X2T6')}"),
    Addr("ie", "Kenmare", f"{L('14 Henry Street')}", f"{L('Kenmare')}", f"{L('Co. Kerry')}", f"{L('V93 K8P2')}"),
    Addr("ie", "Ballinrobe", f"{L('Cloonfad')}", f"{L('Ballinrobe')}", f"{L('Co. Mayo')}", f"{L('F31 YD74')}"),
    # United States
    Addr("us", "Lander", f"{L('418 Amoretti St')}", f"{L('Lander')}, {L('WY')} {L('82520')}"),
    Addr("us", "Fredericksburg", f"{L('2207 Old Mason Rd')}", f"{L('Fredericksburg')}, {L('TX')} {L('78624')}"),
    Addr("us", "Decorah", f"{L('91 Maple Hill Ln')}, {L('Apt 3')}", f"{L('Decorah')}, {L('IA')} {L('52101')}"),
    Addr("us", "Ely", f"{L('1530 E Sheridan St')}", f"{L('Ely')}, {L('MN')} {L('55731')}"),
    Addr("us", "Stowe", f"{L('77 Mountain Rd')}", f"{L('Stowe')}, {L('VT')} {L('05672')}"),
    # Canada
    Addr("ca", "Baddeck", f"{L('86 Shore Rd')}", f"{L('Baddeck')} {L('NS')}  {L('B0E 1B0')}"),
    # Australia, New Zealand, South Africa, Kenya, India (English layouts)
    Addr("au", "Mudgee", f"{L('16 Church St')}", f"{L('Mudgee')} {L('NSW')} {L('2850')}"),
    Addr("au", "Beechworth", f"{L('1142 Eldorado Rd')}", f"{L('Beechworth')} {L('VIC')} {L('3747')}"),
    Addr("au", "Stanthorpe", f"{L('9 High St')}", f"{L('Stanthorpe')} {L('QLD')} {L('4380')}"),
    Addr("nz", "Geraldine", f"{L('38 Talbot Street')}", f"{L('Geraldine')} {L('7930')}"),
    Addr("nz", "Martinborough", f"{L('412 Lake Ferry Road')}", f"{L('RD 2')}", f"{L('Martinborough')} {L('5782')}"),
    Addr("za", "Clarens", f"{L('14 Market Street')}", f"{L('Clarens')}", f"{L('9707')}"),
    Addr("za", "Graaff-Reinet", f"{L('Plaas Doornhoek')}", f"{L('Graaff-Reinet')}", f"{L('6280')}"),
    Addr("ke", "Nanyuki", f"{L('P.O. Box 1187')}", f"{L('Nanyuki')} {L('10400')}"),
    Addr("in", "Coonoor", f"{L('No. 14, Church Road')}", f"{L('Coonoor')}, {L('The Nilgiris')}",
         f"{L('Tamil Nadu')} {L('643101')}"),
    # German-speaking
    Addr("de", "Wangen im Allgäu", f"{L('Lindauer Straße 17')}", f"{L('88239')} {L('Wangen im Allgäu')}"),
    Addr("de", "Uslar", f"{L('Am Kirchberg 4')}", f"{L('37170')} {L('Uslar')}"),
    Addr("de", "Husum", f"{L('Robert-Koch-Weg 9')}", f"{L('25813')} {L('Husum')}"),
    Addr("de", "Wietmarschen", f"{L('Hof Ellerbrock')}", f"{L('Ellerbrocker Weg 2')}", f"{L('49835')} {L('Wietmarschen')}"),
    Addr("at", "Mariazell", f"{L('Grazer Straße 41')}", f"{L('8630')} {L('Mariazell')}"),
    Addr("at", "St. Leonhard im Pitztal", f"{L('Oberdorf 12')}", f"{L('6481')} {L('St. Leonhard im Pitztal')}"),
    Addr("ch", "Appenzell", f"{L('Hauptgasse 22')}", f"{L('9050')} {L('Appenzell')}"),
    Addr("ch", "Saanen", f"{L('Dorfstrasse 5')}", f"{L('3792')} {L('Saanen')}"),
    # French-speaking
    Addr("fr", "Laguiole", f"{L('8 rue Louis Pasteur')}", f"{L('12210')} {L('Laguiole')}"),
    Addr("fr", "Saint-Flour", f"{L('Lieu-dit La Borie Haute')}", f"{L('15100')} {L('Saint-Flour')}"),
    Addr("fr", "Vitré", f"{L('23 boulevard de Laval')}", f"{L('35500')} {L('Vitré')}"),
    Addr("fr", "Marciac", f"{L('Appt 14')}", f"{L('5 place de l’Église')}", f"{L('32230')} {L('Marciac')}"),
    Addr("be", "Bastogne", f"{L('Rue du Sablon 41')}", f"{L('6600')} {L('Bastogne')}"),
    Addr("qc", "Kamouraska", f"{L('212, rue Morel')}", f"{L('Kamouraska')} ({L('Québec')})  {L('G0L 1M0')}"),
    # Dutch-speaking
    Addr("nl", "Winterswijk", f"{L('Meddosestraat 47')}", f"{L('7101 MC')}  {L('Winterswijk')}"),
    Addr("nl", "Dokkum", f"{L('Grote Breedstraat 3')}", f"{L('9101 KH')}  {L('Dokkum')}"),
    Addr("bn", "Diest", f"{L('Schaffensestraat 118')}", f"{L('3290')} {L('Diest')}"),
    # Spanish-speaking
    Addr("es", "Trujillo", f"{L('C/ Ramón y Cajal, 12')}, {L('2º B')}", f"{L('10200')} {L('Trujillo')} ({L('Cáceres')})"),
    Addr("es", "Potes", f"{L('Barrio La Solana, 6')}", f"{L('39570')} {L('Potes')} ({L('Cantabria')})"),
    Addr("es", "Lalín", f"{L('Rúa do Areal, 23')}", f"{L('36500')} {L('Lalín')} ({L('Pontevedra')})"),
    Addr("es", "Sos del Rey Católico", f"{L('Calle Fernando el Católico, 4')}",
         f"{L('50680')} {L('Sos del Rey Católico')} ({L('Zaragoza')})"),
    Addr("mx", "Tequisquiapan", f"{L('Calle Niños Héroes 31')}", f"{L('Col. Centro')}",
         f"{L('76750')} {L('Tequisquiapan')}, {L('Qro.')}"),
    Addr("ar", "San Antonio de Areco", f"{L('Alsina 318')}", f"{L('B2760')} {L('San Antonio de Areco')}",
         f"{L('Provincia de Buenos Aires')}"),
    # Portuguese-speaking
    Addr("pt", "Monsaraz", f"{L('Rua Direita, 17')}", f"{L('7200-175')} {L('Monsaraz')}"),
    Addr("pt", "Arouca", f"{L('Travessa da Fonte, 3')}, {L('1.º Esq.')}", f"{L('4540-102')} {L('Arouca')}"),
    Addr("br", "Pirenópolis", f"{L('Rua do Rosário, 142')}", f"{L('Centro')}",
         f"{L('Pirenópolis')} - {L('GO')}", f"{L('72980-000')}"),
    Addr("br", "Carambeí", f"{L('Av. dos Pioneiros, 880')}", f"{L('Carambeí')} - {L('PR')}", f"{L('84145-000')}"),
    Addr("br", "Nova Petrópolis", f"{L('Rua Sete de Setembro, 215')}, {L('apto 302')}",
         f"{L('Nova Petrópolis')} - {L('RS')}", f"{L('95150-000')}"),
    # Italian
    Addr("it", "Asiago", f"{L('Via Garibaldi 8')}", f"{L('36012')} {L('Asiago')} ({L('VI')})"),
    Addr("it", "Bobbio", f"{L('Contrada San Marco 14')}", f"{L('29022')} {L('Bobbio')} ({L('PC')})"),
    Addr("it", "Norcia", f"{L('Via delle Vergini 3')}", f"{L('06046')} {L('Norcia')} ({L('PG')})"),
    # Central and northern Europe
    Addr("pl", "Sejny", f"{L('ul. Adama Mickiewicza 14/3')}", f"{L('16-500')} {L('Sejny')}"),
    Addr("pl", "Nałęczów", f"{L('ul. Lipowa 7')}", f"{L('24-140')} {L('Nałęczów')}"),
    Addr("pl", "Bystrzyca Kłodzka", f"{L('Wilkanów 112')}", f"{L('57-500')} {L('Bystrzyca Kłodzka')}"),
    Addr("cz", "Telč", f"{L('náměstí Zachariáše z Hradce 41')}", f"{L('588 56')} {L('Telč')}"),
    Addr("cz", "Vimperk", f"{L('Pivovarská 218')}", f"{L('385 01')} {L('Vimperk')}"),
    Addr("se", "Orsa", f"{L('Storgatan 12')}", f"{L('794 30')} {L('Orsa')}"),
    Addr("se", "Vimmerby", f"{L('Sandvägen 5')}", f"{L('598 40')} {L('Vimmerby')}"),
    Addr("dk", "Ribe", f"{L('Sortebrødregade 9')}", f"{L('6760')} {L('Ribe')}"),
    Addr("dk", "Skagen", f"{L('Østerbyvej 31')}", f"{L('9990')} {L('Skagen')}"),
    Addr("no", "Røros", f"{L('Kjerkgata 18')}", f"{L('7374')} {L('Røros')}"),
    Addr("no", "Lom", f"{L('Bøverdalsvegen 420')}", f"{L('2686')} {L('Lom')}"),
    Addr("fi", "Kuhmo", f"{L('Kainuuntie 34')} {L('B 6')}", f"{L('88900')} {L('Kuhmo')}"),
    Addr("fi", "Nurmes", f"{L('Kirkkokatu 7')}", f"{L('75500')} {L('Nurmes')}"),
    Addr("ro", "Sighișoara", f"{L('Str. Școlii nr. 7')}", f"{L('545400')} {L('Sighișoara')}", f"jud. {L('Mureș')}"),
    Addr("hu", "Tokaj", f"{L('Tokaj')}", f"{L('Rákóczi út 21.')}", f"{L('3910')}"),
    # Turkish, Greek, Cyrillic
    Addr("tr", "Ayvalık", f"{L('Sakarya Mah. Talatpaşa Cad. No: 27')} {L('D: 4')}",
         f"{L('10400')} {L('Ayvalık')}/{L('Balıkesir')}"),
    Addr("tr", "Safranbolu", f"{L('Çarşı Mah. Hükümet Sok. No: 9')}", f"{L('78600')} {L('Safranbolu')}/{L('Karabük')}"),
    Addr("gr", "Μέτσοβο", f"{L('Τοσίτσα 14')}", f"{L('442 00')} {L('Μέτσοβο')}"),
    Addr("gr", "Κορώνη", f"{L('Παπαφλέσσα 6')}", f"{L('240 04')} {L('Κορώνη')}", f"{L('Μεσσηνία')}"),
    Addr("ru", "Мышкин", f"{L('152830')}, {L('Ярославская обл.')}, г. {L('Мышкин')}",
         f"{L('ул. Угличская, д. 12')}, {L('кв. 5')}"),
    Addr("ru", "Плёс", f"{L('155555')}, {L('Ивановская обл.')}, г. {L('Плёс')}", f"{L('ул. Льва Толстого, д. 3')}"),
    Addr("ua", "Яремче", f"{L('вул. Незалежності, 41')}, {L('кв. 7')}", f"м. {L('Яремче')}",
         f"{L('Івано-Франківська обл.')}", f"{L('78500')}"),
    # Middle East
    Addr("il", "ראש פינה", f"{L('רחוב הגליל 14')}", f"{L('ראש פינה')}"),
    Addr("il", "כפר תבור", f"{L('משק 27')}", f"{L('כפר תבור')}"),
    Addr("ma", "إفران", f"{L('زنقة الأرز، رقم 9')}", f"{L('إفران')} {L('53000')}", sep="، "),
    Addr("jo", "مادبا", f"{L('شارع الملك طلال، عمارة 14')}", f"{L('مادبا')}", sep="، "),
    # East and South-East Asia, India (Hindi)
    Addr("cn", "安吉县", f"{L('浙江省')}{L('湖州市')}{L('安吉县')}{L('递铺街道')}{L('胜利西路88号')}{L('3幢201室')}"),
    Addr("cn", "喜洲镇", f"{L('云南省')}{L('大理白族自治州')}{L('大理市')}{L('喜洲镇')}{L('市上街27号')}"),
    Addr("jp", "ニセコ町", f"〒{L('048-1511')}", f"{L('北海道')}{L('虻田郡ニセコ町')}{L('字富士見47-3')}", sep=" "),
    Addr("jp", "軽井沢町", f"〒{L('389-0102')}", f"{L('長野県')}{L('北佐久郡軽井沢町')}{L('軽井沢東22-5')}", sep=" "),
    Addr("kr", "평창군", f"{L('강원특별자치도')} {L('평창군')} {L('대관령면')} {L('올림픽로 112')}"),
    Addr("kr", "담양군", f"{L('전라남도')} {L('담양군')} {L('담양읍')} {L('죽녹원로 45-3')}"),
    Addr("th", "อำเภอปาย", f"{L('123/4 หมู่ 3')} {L('ตำบลเวียงใต้')}",
         f"{L('อำเภอปาย')} {L('จังหวัดแม่ฮ่องสอน')} {L('58130')}", sep=" "),
    Addr("vn", "Sa Pa", f"{L('Thôn Cát Cát')}, {L('xã San Sả Hồ')}", f"{L('thị xã Sa Pa')}, {L('Lào Cai')}"),
    Addr("vn", "Cái Bè", f"{L('Ấp Hòa Qui')}, {L('xã Hòa Khánh')}", f"{L('huyện Cái Bè')}, {L('Tiền Giang')}"),
    Addr("id", "Ubud", f"{L('Jl. Raya Andong No. 17')}", f"{L('Ubud')}, {L('Gianyar')}", f"{L('Bali')} {L('80571')}"),
    Addr("id", "Wonosobo", f"{L('Dusun Krajan RT 02/RW 05')}", f"{L('Desa Tieng')}, {L('Kejajar')}",
         f"{L('Wonosobo')} {L('56354')}"),
    Addr("hi", "पुष्कर", f"{L('वार्ड नं. 9, बड़ी बस्ती')}", f"{L('पुष्कर')}, {L('अजमेर')}", f"{L('राजस्थान')} {L('305022')}"),
    Addr("hi", "कसौली", f"{L('मकान नं. 41, लोअर मॉल')}", f"{L('कसौली')}, {L('सोलन')}", f"{L('हिमाचल प्रदेश')} {L('173204')}"),
]
ADDR_BY = {}
for _a in ADDRS:
    ADDR_BY.setdefault(_a.cc, []).append(_a)


# --------------------------------------------------------------------------- phones (national format)

PHONES = {
    "gb": ["07723 418506", "07411 920337", "01969 623418", "07958 116204", "01433 620917", "07834 551092",
           "01736 788214", "07592 304871", "01352 759306", "07480 226915", "01768 371542", "07306 845127",
           "01974 298345", "07791 660283"],
    "ie": ["087 624 1190", "086 330 7425", "085 174 9083", "094 954 2361", "064 664 1873"],
    "us": ["(307) 332-4718", "(830) 997-2651", "(563) 382-9047", "(218) 365-4120", "(802) 253-6691",
           "(541) 347-8802"],
    "ca": ["(902) 295-1837"],
    "qc": ["418 492-7316"],
    "au": ["0412 873 904", "0438 216 557", "(02) 6372 4819", "0467 302 185", "0429 661 308", "(07) 4681 2297"],
    "nz": ["021 458 7732", "027 309 6614", "(06) 306 9241", "022 817 4450", "(03) 693 8127"],
    "za": ["082 614 3397", "072 908 2215"],
    "ke": ["0712 604 388", "0722 318 406", "0733 905 172"],
    "ng": ["0803 417 2296"],
    "gh": ["024 381 7706"],
    "in": ["98470 21563", "99183 40627"],
    "hi": ["94141 76208", "98160 37425"],
    "de": ["0176 48213907", "07522 916384", "05571 302918", "0151 27740163", "04841 663025", "05908 934127"],
    "at": ["0664 2318907", "03882 41276"],
    "ch": ["079 418 23 56", "071 787 14 39"],
    "fr": ["06 41 27 88 93", "04 71 60 23 15", "07 82 19 54 30", "06 73 05 61 28", "05 62 08 34 71"],
    "be": ["0472 38 15 96", "0495 61 07 24"],
    "nl": ["06-41873302", "0543-517624", "06 19 45 82 07"],
    "es": ["612 408 337", "942 730 518", "686 215 094", "976 681 340", "659 372 801"],
    "mx": ["414 273 0915"],
    "ar": ["02326 45-3871"],
    "cl": ["9 6218 4403"],
    "pe": ["984 126 553"],
    "co": ["312 448 9071"],
    "pt": ["912 604 381", "256 944 127", "963 208 475"],
    "br": ["(62) 98144-3027", "(42) 99917-6630", "(54) 98402-1175"],
    "it": ["347 218 9054", "0523 936 114", "333 705 4182", "0743 817 265"],
    "pl": ["601 482 339", "512 076 914", "81 501 62 37", "698 230 415"],
    "cz": ["602 317 845", "724 906 113", "777 208 451", "384 421 609"],
    "se": ["070-318 42 95", "0250-410 73", "073-662 18 04"],
    "dk": ["21 47 38 06", "98 44 12 57", "40 63 91 28"],
    "no": ["918 42 307", "72 41 05 63", "482 16 930"],
    "fi": ["040 718 2263", "050 336 9041"],
    "ro": ["0742 318 906", "0265 772 413"],
    "hu": ["06 30 418 2276", "06 47 352 918"],
    "tr": ["0532 417 83 26", "0544 209 61 73", "0266 312 48 90"],
    "gr": ["694 318 2207", "697 204 5816", "26560 41932"],
    "ru": ["8 (915) 204-37-18", "8 (910) 663-21-05"],
    "ua": ["067 341 28 09", "050 712 64 33"],
    "il": ["052-7314608", "054-2209173", "04-6937215"],
    "ma": ["06 61 48 23 07"],
    "jo": ["079 560 3124"],
    "lb": ["03 418 726"],
    "eg": ["010 2274 6913"],
    "sa": ["055 318 4472"],
    "cn": ["138 8720 4416", "159 6823 0971", "0872-2457816"],
    "tw": ["0912 345 087"],
    "jp": ["090-4418-2763", "080-3316-9052", "0136-44-2871"],
    "kr": ["010-4127-8830", "010-9362-1457", "061-381-2206"],
    "th": ["081 467 2290", "089 315 7048"],
    "vn": ["091 274 3358", "0983 516 204"],
    "id": ["0812-3846-2071", "0857-2210-6634"],
    "ph": ["0917 482 3065"],
    "my": ["012-418 3926"],
}


# --------------------------------------------------------------------------- dates of birth (owners only)

DOBS = [
    (1988, 3, 14), (1979, 5, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22), (1957, 12, 30), (1984, 7, 19),
    (1973, 1, 26), (1996, 6, 4), (1949, 10, 11), (1981, 2, 17), (1969, 8, 29), (1990, 4, 1), (1977, 12, 9),
    (1959, 6, 23), (1999, 9, 15), (1986, 10, 2), (1962, 4, 28), (1994, 1, 31), (1971, 7, 6),
]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
}


def fmt_date(d, style):
    y, m, dd = d
    if style == "dmy/":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy.":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy-":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "mdy/":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "en":
        return f"{dd} {MONTHS['en'][m - 1]} {y}"
    if style == "us":
        return f"{MONTHS['en'][m - 1]} {dd}, {y}"
    if style == "de":
        return f"{dd}. {MONTHS['de'][m - 1]} {y}"
    if style in ("fr", "nl"):
        return f"{dd} {MONTHS[style][m - 1]} {y}"
    if style in ("es", "pt"):
        return f"{dd} de {MONTHS[style][m - 1]} de {y}"
    if style == "cjk":
        return f"{y}年{m}月{dd}日"
    if style == "ko":
        return f"{y}년 {m}월 {dd}일"
    raise ValueError(style)


# --------------------------------------------------------------------------- ID numbers, bank, card, network
# Check digits were computed once in a scratch session; check() re-verifies the ones with a checksum.

IDS = {
    "es_dni": ["48213957T", "72940316W", "05318824M", "33601478L"],
    "es_nie": ["X4127839Y"],
    "pl_pesel": [("87042203161", (1987, 4, 22), "f"), ("79110314572", (1979, 11, 3), "m")],
    "se_pnr": [("910608-2481", (1991, 6, 8), "f"), ("680214-3377", (1968, 2, 14), "m")],
    "dk_cpr": [("120385-4028", (1985, 3, 12), "f"), ("030772-4049", (1972, 7, 3), "m")],
    "no_fnr": [("17088132777", (1981, 8, 17), "m"), ("05039448663", (1994, 3, 5), "f")],
    "fi_hetu": [("110574-4281", (1974, 5, 11), "f")],
    "be_rrn": [("85.07.30-033.28", (1985, 7, 30), "m")],
    "it_cf": [("FRRGLI87C54A944F", "Ferraresi", (1987, 3, 14)), ("LCNSVT62P02G273T", "Lo Iacono", (1962, 9, 2)),
              ("DLLCHR94S68L840Z", "Dal Lago", (1994, 11, 28))],
    "pt_nif": ["231840756", "194728633"],
    "br_cpf": ["418.627.093-78", "735.290.148-50", "062.514.837-17"],
    "tr_tckn": ["17430659296", "38291504686"],
    "il_id": ["031842750", "204176390"],
    "cn_id": [("532901198706152143", "f"), ("330523197503021373", "m")],
    "kr_rrn": [("850917-2468134", "f")],
    "in_aadhaar": ["4872 1963 0524"],
    "ro_cnp": [("2870612260454", "f")],
    "gr_amka": [("14067210436", (1972, 6, 14))],
    "gb_nino": ["JH 42 75 19 B"],
    "gb_nhs": ["485 721 3095", "631 904 7283"],
    "us_ssn": ["518-47-2093", "409-83-1176"],
}
MRNS = ["K0482167", "RTH1193048", "00731958"]
IBANS = {
    "de": ["DE38 6505 0110 0071 8439 02", "DE92 2625 0001 0118 2645 17"],
    "fr": ["FR76 3000 4018 2300 0129 4760 525", "FR76 1027 8360 6500 0415 8290 343"],
    "es": ["ES49 2100 4823 0102 0035 1877", "ES71 0049 6138 3127 1048 3915"],
    "nl": ["NL84 RABO 0318 4572 06", "NL96 INGB 0006 7294 13"],
    "it": ["IT34 H030 6911 5100 0004 1837 265"],
    "be": ["BE62 0634 1270 8561"],
    "ie": ["IE22 AIBK 9311 5247 1903 38"],
    "gb": ["GB28 LOYD 3096 3458 1204 73"],
    "at": ["AT98 2081 5000 1407 3266"],
    "pt": ["PT50 0035 0297 0001 2345 6782 7"],
}
CARDS = ["4539 2816 0473 2212", "5412 7530 1864 0933", "3759 418263 71058", "4716 8830 2519 4636",
         "5198 2204 6731 8841"]
IPS = ["86.142.57.203", "92.40.188.17", "178.238.91.44", "81.217.33.162", "90.214.6.87",
       "2a02:c7c:5e1f:8a00:4d2:91ff:fe3b:7c10"]


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ł", "l")
    s = s.replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("œ", "oe")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


# --------------------------------------------------------------------------- drawing

class Gen:
    """Draws values least-used first (ties broken by the seeded RNG), never twice in one row."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.uses = Counter()
        self.row = set()
        self.i = 0

    def start(self, i):
        self.i, self.row = i, set()

    def _pick(self, kind, items, ok=None):
        idx = [k for k, x in enumerate(items) if (kind, k) not in self.row and (ok is None or ok(x))]
        low = min(self.uses[(kind, k)] for k in idx)
        k = self.rng.choice([k for k in idx if self.uses[(kind, k)] == low])
        self.uses[(kind, k)] += 1
        self.row.add((kind, k))
        return items[k]

    def person(self, lang, sex=None):
        return self._pick("p:" + lang, PEOPLE[lang], (lambda p: p.sex == sex) if sex else None)

    def named(self, lang, family):
        pool = PEOPLE[lang]
        k = next(k for k, p in enumerate(pool) if p.family == family)
        self.uses[("p:" + lang, k)] += 1
        self.row.add(("p:" + lang, k))
        return pool[k]

    def addr(self, *ccs):
        return self._pick("addr", ADDRS, lambda a: a.cc in ccs)

    def addr_in(self, *towns):
        return self._pick("addr", ADDRS, lambda a: a._town in towns)

    def phone(self, *ccs):
        flat = [(cc, n) for cc in sorted(PHONES) for n in PHONES[cc]]
        return T(self._pick("phone", flat, lambda x: x[0] in ccs)[1])

    def dob(self, style):
        return B(fmt_date(self._pick("dob", DOBS), style))

    def nid(self, kind):
        return self._pick("id:" + kind, IDS[kind])

    def iban(self, cc):
        return IBAN(self._pick("iban:" + cc, IBANS[cc]))

    def card(self):
        return CARD(self._pick("card", CARDS))

    def ip(self):
        return IP(self._pick("ip", IPS))

    def mrn(self):
        return MRN(self._pick("mrn", MRNS))

    def email(self, p, *domains):
        g, f = p.latin if p.latin else (fold(p.given), fold(p.family))
        n = self.rng.randint(11, 89)
        pat = self.rng.randrange(6)
        local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{n}", f"{f}.{g}", f"{g}{f[0]}{n}", f"{g}{f}"][pat]
        return E(f"{local}@{self.rng.choice(domains or ('gmail.com',))}")

    def choice(self, seq):
        return self.rng.choice(seq)


# --------------------------------------------------------------------------- templates registry

TEMPLATES = []


def tpl(cls, name, lang, cases):
    """Register a template; `cases` has one letter per row: o (as written), l (lower), u (CAPITALS)."""
    def deco(fn):
        TEMPLATES.append((cls, name, lang, cases, fn))
        return fn
    return deco


PETS = ["Bella", "Max", "Charlie", "Luna", "Oscar", "Poppy", "Milo", "Daisy", "Teddy", "Alfie", "Bonnie", "Archie",
        "Willow", "Rosie", "Murphy", "Ruby", "Ziggy", "Barney", "Nala", "Simba", "Loki", "Coco", "Bruno", "Pepper",
        "Tilly", "Buster", "Maisie", "Otis", "Frankie", "Mabel", "Winston", "Percy", "Gizmo", "Biscuit", "Hazel",
        "Jasper", "Dexter", "Lola", "Stanley", "Marley", "Ollie", "Reggie", "Penny", "Smudge", "Misty", "Tigger",
        "Bramble", "Bailey", "Molly", "Cooper"]


PETS_BY = {
    "de": ["Bello", "Mia", "Balu", "Paula", "Felix", "Emma", "Rocky", "Lotte"],
    "fr": ["Filou", "Caramel", "Voyou", "Moka", "Gaston", "Noisette", "Réglisse"],
    "es": ["Canela", "Toby", "Lúa", "Chispa", "Thor", "Manolo", "Nieve"],
    "it": ["Birba", "Pippo", "Briciola", "Ugo", "Nerina", "Tobia"],
    "pt": ["Pipoca", "Paçoca", "Thor", "Mel", "Bidu", "Fumaça"],
    "nl": ["Guus", "Saartje", "Dribbel", "Bram", "Pip"],
    "pl": ["Burek", "Azor", "Fafik", "Mruczek", "Kasia"],
    "sv": ["Sixten", "Majken", "Ludde", "Smulan"],
    "da": ["Bølle", "Frida", "Kvik"],
    "no": ["Pelle", "Tassen", "Kira"],
    "fi": ["Musti", "Nalle", "Hilla"],
    "cs": ["Ferda", "Alík", "Micka"],
    "tr": ["Pamuk", "Karabaş", "Zeytin", "Tarçın"],
    "el": ["Άρης", "Λούνα", "Μπόμπος"],
    "ru": ["Барсик", "Мурка", "Шарик", "Рыжик"],
    "uk": ["Бублик", "Мурчик", "Сірко"],
    "ar": ["لولو", "سمسم", "ميشو"],
    "he": ["שוקו", "לוקה", "בונו"],
    "zh": ["豆豆", "旺财", "咪咪", "球球"],
    "ja": ["モモ", "ココ", "ハナ", "ソラ", "レオ"],
    "ko": ["콩이", "초코", "보리", "두부", "몽이"],
    "hi": ["मोती", "शेरू", "गौरी"],
    "th": ["ข้าวตู", "มะลิ", "ถุงเงิน"],
    "vi": ["Mực", "Vàng", "Miu"],
    "id": ["Mochi", "Belang", "Kuro"],
    "cy": ["Mot", "Fflei", "Jac"],
    "ro": ["Azorel", "Grivei", "Miți"],
    "hu": ["Bodri", "Cirmi", "Morzsa"],
}


def pets(g, n=1, lang="en"):
    out = g.rng.sample(PETS_BY.get(lang, PETS), n)
    return out[0] if n == 1 else out


def ttl(p, lang="en"):
    table = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "es": ("Sr.", "Sra."),
             "it": ("sig.", "sig.ra"), "pt": ("Sr.", "Sra."), "nl": ("dhr.", "mevr.")}
    return table[lang][0 if p.sex == "m" else 1]


# =========================================================================== personal_clinic

@tpl("personal_clinic", "vacc_reminder", "en", "oolo")
def _vacc_reminder(g):
    cc, doms = [("gb", ("btinternet.com", "gmail.com")), ("ie", ("eircom.net", "gmail.com")),
                ("au", ("bigpond.com", "outlook.com")), ("us", ("yahoo.com", "gmail.com"))][g.i]
    rows = []
    what = ["booster (DHP + L4)", "cat flu + FeLV booster", "kennel cough (intranasal)", "rabbit RHD2 + myxo"]
    pp = pets(g, 3)
    owners = [g.person("en") for _ in range(3)]
    for k, p in enumerate(owners):
        rows.append(f"{k + 1}. {p.N} – {pp[k]} – {what[(g.i + k) % 4]} – {g.phone(cc)}")
    head = ["Can you turn these into friendly SMS reminders (max 160 characters each)? Practice is Swaledale Vets.",
            "Write short text reminders for these, one per line, sign off as 'the team at Kenmare Animal Hospital'",
            "need 3 sms reminders from these, keep them short pls, we're Mudgee Vet Clinic",
            "Draft reminder texts for tomorrow's list. Mention we now take Apple Pay."][g.i]
    tail = ["", "\nOne of them also needs a note that Dr " + g.person("en").F + " has left the practice.",
            "", "\nAdd one e-mail version for the first owner: " + g.email(owners[0], *doms)][g.i]
    return head + "\n\n" + "\n".join(rows) + tail


@tpl("personal_clinic", "referral_letter", "en", "oooo")
def _referral_letter(g):
    cc = ["gb", "gb", "ie", "us"][g.i]
    owner = g.person("en")
    vet = g.person("en")
    a = g.addr(cc)
    pet = pets(g)
    centre = ["Dick White Referrals", "Davies Veterinary Specialists", "UCD Veterinary Hospital",
              "Cornell University Hospital for Animals"][g.i]
    sig = ["Lumbar disc? progressive hindlimb ataxia over 10 days, deep pain present",
           "suspected hyperadrenocorticism (Cushing's), LDDST equivocal, ? adrenal mass on ultrasound",
           "intermittent collapse, Na:K ratio 21 – ? hypoadrenocorticism (Addison's)",
           "firm 4 cm mass left flank, FNA suggestive of soft tissue sarcoma"][g.i]
    desc = ["9y MN Dachshund", "11y FN Bichon Frise", "6y FN Standard Poodle", "8y MN Labrador Retriever"][g.i]
    prac = ["Harrison & Lowe Veterinary Surgeons", "Penwith Vets", "Kenmare Animal Hospital",
            "Lakeside Animal Clinic"][g.i]
    return (f"Please tidy up this referral letter before I send it to {centre}:\n\n"
            f"Re: {pet}, {desc}\n"
            f"Owner: {ttl(owner)} {owner.N}\n{a.block}\nTel: {g.phone(cc)}\n\n"
            f"Dear colleague,\n"
            f"Thank you for seeing {pet}. Presenting problem: {sig}. "
            f"Bloods attached (IDEXX), meloxicam (Metacam) stopped 48h ago. "
            f"I have discussed likely costs with {ttl(owner)} {owner.F}, who is insured with Petplan.\n\n"
            f"Kind regards,\n{vet.N} MRCVS\n{prac}")


@tpl("personal_clinic", "appt_book", "en", "ool")
def _appt_book(g):
    cc = ["gb", "au", "nz"][g.i]
    reasons = ["vacc + health check", "limping LF", "post-op check (spay)", "itchy ears", "nail clip",
               "weight clinic", "dental assessment", "lump check"]
    pp = pets(g, 4)
    lines = ["| Time | Client | Patient | Reason | Phone |", "|---|---|---|---|---|"]
    for k, t in enumerate(["09:00", "09:15", "09:30", "09:50"]):
        p = g.person("en")
        lines.append(f"| {t} | {p.N} | {pp[k]} | {reasons[(k + 2 * g.i) % 8]} | {g.phone(cc)} |")
    q = ["Which of these could go to the nurse clinic instead? Reply as a list.",
         "Can you flag anything that needs a longer slot?",
         "which ones can the nurse do. also who do i need to ring first"][g.i]
    return "Today's list (consult room 2):\n\n" + "\n".join(lines) + "\n\n" + q


@tpl("personal_clinic", "soap_note", "en", "olo")
def _soap_note(g):
    owner = g.person("en")
    vet = g.person("en")
    pet = pets(g)
    cc = ["gb", "ie", "gb"][g.i]
    body = [
        (f"S: {pet}, 10y MN Lab X. Owner ({owner.N}) reports PU/PD 3 wks, pot-bellied, panting at night.\n"
         "O: BCS 7/9, bilateral flank alopecia, hepatomegaly on palpation. ALKP 1420.\n"
         "A: ? hyperadrenocorticism (Cushing's) vs diabetes mellitus.\n"
         f"P: ACTH stim booked Thurs. Discussed Vetoryl (trilostane). Owner to be rung on {g.phone(cc)}.\n"
         f"Vet: {vet.G}"),
        (f"S: {pet}, 3y FN DSH, not eating 2 days, hiding. Lives with {owner.G} and one other cat.\n"
         "O: T 39.8, mild dehydration, tacky MM, abdo soft.\n"
         "A: ? early pancreatitis, r/o FIP.\n"
         f"P: Cerenia, Mirtazapine gel, recheck 48h. Bloods to lab. Call {owner.G} on {g.phone(cc)} with results.\n"
         f"Vet: {vet.N}"),
        (f"s: {pet}, 7y mn springer, lame rf since walk on sat. owner {owner.N} thinks he caught it on a stile.\n"
         "o: 3/10 lame rf, swelling digit 3, no fracture on palpation.\n"
         "a: interdigital foreign body? \n"
         f"p: sedate + explore tmrw am, starved from midnight. owner mobile {g.phone(cc)}.\n"
         f"vet: {vet.G}"),
    ][g.i]
    ask = ["Rewrite this as a short summary for the owner.", "Turn this into a client e-mail, warm tone.",
           "make this into a discharge note the owner can understand"][g.i]
    return ask + "\n\n" + body


@tpl("personal_clinic", "dogbite_mrn", "en", "oo")
def _dogbite_mrn(g):
    if g.i == 0:
        p = g.person("en", "f")
        return (f"Our client {p.N} (DOB {g.dob('dmy/')}) was bitten on the hand by her own collie, {pets(g)}, "
                f"while we were muzzling him for bloods. She went to A&E and has forwarded us the "
                f"discharge letter: 'NHS No: {NID(g.nid('gb_nhs'))}  Hospital No: {g.mrn()}  Co-amoxiclav 5 days'.\n"
                "Can you help me write an incident report for our insurer (VDS) and a note to her GP about "
                "Capnocytophaga? The dog has never been abroad so rabies is not an issue.")
    p = g.person("en", "m")
    return ("Draft a short incident summary for our records. Facts:\n"
            f"- client: {p.N}, DOB {g.dob('mdy/')}\n"
            f"- bitten by his cat {pets(g)} during restraint for a cystocentesis\n"
            f"- seen at St. Luke's ER, discharge paperwork lists MRN {g.mrn()}\n"
            f"- contact: {g.phone('us')}\n"
            "- cat is current on rabies (Purevax), certificate on file\n"
            "Keep it factual, no admission of liability.")


@tpl("personal_clinic", "euth_consent", "en", "ooo")
def _euth_consent(g):
    cc = ["gb", "nz", "za"][g.i]
    o = g.person("en")
    nurse = g.person("en")
    a = g.addr(cc)
    pet = pets(g)
    species = ["dog, 14y", "cat, 19y", "dog, 12y"][g.i]
    crem = ["Individual cremation – ashes returned (Pet Cremation Services)",
            "Home burial – owner to collect", "Communal cremation"][g.i]
    return ("Can you rewrite this consent form in plainer English for the owner handout? Keep the fields.\n\n"
            "CONSENT FOR EUTHANASIA\n"
            f"Owner/agent: {o.N}\nAddress: {a.line}\nPhone: {g.phone(cc)}\n"
            f"Animal: {pet} ({species})\nAftercare: {crem}\n"
            f"I confirm that I am the owner of the above animal and give consent for euthanasia.\n"
            f"Signed: {o.N}    Witness: {nurse.N} RVN")


@tpl("personal_clinic", "impfpass_de", "de", "oo")
def _impfpass_de(g):
    cc = ["de", "at"][g.i]
    p = g.person("de", "f")
    vet = g.person("de")
    a = g.addr(cc)
    pet = pets(g, 1, 'de')
    return ("Bitte formuliere aus diesen Angaben eine kurze Terminbestätigung per E-Mail:\n\n"
            f"Tierhalterin: {ttl(p, 'de')} {p.N}\nAnschrift: {a.line}\nTel.: {g.phone(cc)}\n"
            f"E-Mail: {g.email(p, 'gmx.de', 'web.de', 'gmx.at')}\n"
            f"Tier: {pet}, Kater, EKH, 4 J., Chip {['276098106733412', '040098100527719'][g.i]}\n"
            "Leistung: Impfung RCP + Tollwut (Nobivac), Eintrag im EU-Heimtierausweis\n"
            f"Termin: Do., 16:40 Uhr bei Dr. {vet.F}")


@tpl("personal_clinic", "ordonnance_fr", "fr", "o")
def _ordonnance_fr(g):
    p = g.person("fr")
    vet = g.person("fr")
    a = g.addr("fr")
    pet = pets(g, 1, 'fr')
    return ("Peux-tu reformuler ce compte-rendu pour le propriétaire, en langage simple ?\n\n"
            f"Propriétaire : {ttl(p, 'fr')} {p.N} – {a.line} – {g.phone('fr')}\n"
            f"Animal : {pet}, chienne Border Collie, 7 ans, 21 kg\n"
            "Motif : boiterie postérieure gauche depuis 5 jours\n"
            "Examen : tiroir positif, suspicion de rupture du ligament croisé crânial\n"
            "Traitement : Metacam 1,5 mg/ml, repos strict, radios sous sédation lundi\n"
            f"Dr {vet.N}, Clinique vétérinaire des Monts d'Aubrac")


@tpl("personal_clinic", "cita_es", "es", "oo")
def _cita_es(g):
    p = g.person("es")
    vet = g.person("es", "f")
    cc = ["es", "mx"][g.i]
    ph = g.phone(cc)
    pet = pets(g, 1, 'es')
    clinic = ["Clínica Veterinaria Los Olivos", "Hospital Veterinario San Francisco de Asís"][g.i]
    return ("Resume esta conversación de WhatsApp en dos frases para la ficha del cliente:\n\n"
            f"[10:14] {clinic}: Hola {p.G}, le recordamos la cita de {pet} mañana a las 17:30 con la "
            f"Dra. {vet.F} para la revisión de la leishmania.\n"
            f"[10:20] {ph}: vale gracias. se puede cambiar a las 19h? salgo tarde del trabajo\n"
            f"[10:22] {clinic}: A las 19:15 hay hueco. ¿Se lo reservo a nombre de {p.N}?\n"
            f"[10:23] {ph}: si porfa. y traigo la Apoquel que me queda?")


@tpl("personal_clinic", "cartella_it", "it", "o")
def _cartella_it(g):
    cf, fam, _d = g.nid("it_cf")
    p = g.named("it", fam)
    a = g.addr("it")
    return ("Mi aiuti a trasformare questa scheda in una lettera di dimissione per il proprietario?\n\n"
            f"Proprietario: {p.N}\nC.F.: {NID(cf)}\nIndirizzo: {a.line}\nCell.: {g.phone('it')}\n"
            f"Paziente: {pets(g, 1, 'it')}, gatto europeo, maschio castrato, 12 anni\n"
            "Diagnosi: ipertiroidismo, IRC stadio IRIS 2\n"
            "Terapia: Felimazole 2,5 mg BID, dieta renale (Royal Canin Renal)\n"
            "Controllo T4 e creatinina tra 3 settimane.")


@tpl("personal_clinic", "prontuario_br", "pt", "oo")
def _prontuario_br(g):
    p = g.person("pt")
    a = g.addr("br")
    pet = pets(g, 1, 'pt')
    vet = g.person("pt")
    return ("Pode resumir esse prontuário para eu mandar por WhatsApp para a tutora?\n\n"
            f"Tutor(a): {p.N}\nCPF: {NID(g.nid('br_cpf'))}\nEndereço: {a.line}\nCelular: {g.phone('br')}\n"
            f"Paciente: {pet}, canino, SRD, 5 anos, 18 kg\n"
            "Queixa: apatia, febre e petéquias há 3 dias\n"
            "Suspeita: erliquiose (doença do carrapato), hemograma com trombocitopenia\n"
            f"Conduta: doxiciclina 10 mg/kg SID por 28 dias, retorno em 7 dias. MV {vet.N}")


@tpl("personal_clinic", "yoyaku_ja", "ja", "o")
def _yoyaku_ja(g):
    p = g.person("ja")
    a = g.addr("jp")
    return ("この予約内容を、飼い主さん向けの丁寧な確認メールにしてください。\n\n"
            f"飼い主：{p.N} 様\n住所：{a.line}\n電話：{g.phone('jp')}\n"
            f"動物：{pets(g, 1, 'ja')}（柴犬・オス・6歳）\n"
            "内容：混合ワクチン（8種）と狂犬病予防注射、フィラリア検査\n"
            f"日時：土曜日 10:30　担当：{g.person('ja').F}先生")


@tpl("personal_clinic", "jeopjong_ko", "ko", "o")
def _jeopjong_ko(g):
    p = g.person("ko")
    return ("아래 내용으로 보호자에게 보낼 접종 안내 문자를 써 주세요.\n\n"
            f"보호자: {p.N} 님 ({g.phone('kr')})\n"
            f"반려동물: {pets(g, 1, 'ko')} / 말티즈 / 2살 / 암컷\n"
            "예정 접종: 종합백신(DHPPL) 추가접종, 코로나 장염, 켄넬코프\n"
            "심장사상충 예방약(하트가드) 같이 처방 예정\n"
            f"담당 수의사: {g.person('ko').N}")


@tpl("personal_clinic", "verwijs_nl", "nl", "o")
def _verwijs_nl(g):
    p = g.person("nl")
    vet = g.person("nl")
    a = g.addr("nl")
    return ("Kun je deze verwijsbrief iets formeler maken?\n\n"
            "Aan: Universitair Dierenziekenhuis Utrecht, afd. Gezelschapsdieren\n"
            f"Eigenaar: {ttl(p, 'nl')} {p.N}, {a.line}, tel. {g.phone('nl')}\n"
            f"Patiënt: {pets(g, 1, 'nl')}, Berner Sennenhond, reu, 6 jaar\n"
            "Probleem: sinds 2 wk hoesten en inspanningsintolerantie, vergrote hartschaduw op de foto, "
            "verdenking DCM. Graag echo en verdere work-up.\n"
            f"Met collegiale groet,\n{vet.N}, dierenarts")


# =========================================================================== personal_insurance

@tpl("personal_insurance", "claim_form", "en", "oooo")
def _claim_form(g):
    cc, ins, style, doms = [("gb", "Petplan", "dmy/", ("btinternet.com", "hotmail.co.uk")),
                            ("ie", "Allianz Pet Insurance", "en", ("eircom.net", "gmail.com")),
                            ("au", "Bow Wow Meow", "dmy/", ("bigpond.com", "gmail.com")),
                            ("us", "Trupanion", "mdy/", ("yahoo.com", "icloud.com"))][g.i]
    p = g.person("en")
    a = g.addr(cc)
    pet = pets(g)
    cond = ["cruciate ligament rupture (TPLO)", "gastric foreign body – sock removed",
            "otitis externa, recurring", "cranial cruciate rupture, left stifle"][g.i]
    amt = ["£3,412.60", "€1,980.00", "$2,655.10", "$5,120.00"][g.i]
    return (f"Check this claim form before I submit it to {ins} – anything missing?\n\n"
            f"Policyholder: {p.N}\nDate of birth: {g.dob(style)}\nAddress: {a.line}\n"
            f"Phone: {g.phone(cc)}\nEmail: {g.email(p, *doms)}\n"
            f"Policy no: PP-{7104420 + 37 * g.i}\nPet: {pet} (Labrador, 6y)\nCondition: {cond}\n"
            f"Treatment dates: 02/05 – 19/05\nAmount claimed: {amt}\n"
            f"Vet practice: Oakfield Veterinary Group (direct settlement: yes)")


@tpl("personal_insurance", "claim_email", "en", "ooo")
def _claim_email(g):
    cc, doms = [("gb", ("outlook.com", "sky.com")), ("gb", ("gmail.com",)), ("au", ("optusnet.com.au",)),
                ("ca", ("shaw.ca", "rogers.com"))][g.i]
    p = g.person("en")
    pet = pets(g)
    ins = ["ManyPets", "Animal Friends", "PetSure", "Trupanion"][g.i]
    issue = [(f"{pet}'s skin allergy claim was refused as pre-existing because of ONE vet visit for a flea bite "
              "when she was a puppy"),
             f"you've only paid £640 of the £1,900 for {pet}'s dental and nobody can explain the 'benefit limit'",
             f"the claim for {pet}'s snake bite antivenom has been 'under assessment' for seven weeks",
             f"my premium for {pet} went up 38% at renewal and nobody told me why"][g.i]
    sign = [p.G, p.N, p.G, p.N][g.i]
    return (f"Draft a polite but firm reply to this customer on behalf of {ins} customer care:\n\n"
            f"> From: {p.N} <{g.email(p, *doms)}>\n"
            f"> Subject: complaint – claim ref CLM-{55120 + g.i * 311}\n>\n"
            f"> Hello, I am writing because {issue}. I have been a customer for six years. "
            "Please call me back today.\n>\n"
            f"> {sign}\n> {g.phone(cc)}")


@tpl("personal_insurance", "invoice_dispute", "en", "oooo")
def _invoice_dispute(g):
    cc = ["gb", "ie", "us", "gb"][g.i]
    p = g.person("en")
    pet = pets(g)
    if g.i < 3:
        cur = ["£", "€", "$"][g.i]
        staff = g.person("en")
        return ("Is this a PCI problem? Our receptionist pasted this into the shared notes doc:\n\n"
                f"'{p.N} disputing double charge for {pet} ({cur}486.20 twice, 14/05). "
                f"Card {g.card()} exp 09/27. Called back on {g.phone(cc)}. – {staff.G}'\n\n"
                "What should we do with the note, and how do I reply to the client about the refund?")
    a = g.addr("gb")
    return ("Help me answer this invoice query without sounding defensive:\n\n"
            f"{p.N}\n{a.block}\n\n"
            f"Invoice 20931 – {pet} – dental under GA with 4 extractions – £1,142.50. The client says the "
            "estimate was £650 and nobody rang before the extra extractions. Our notes say the nurse left a "
            f"voicemail on {g.phone('gb')} at 11:05.")


@tpl("personal_insurance", "financing_us", "en", "oo")
def _financing_us(g):
    p = g.person("en")
    a = g.addr("us")
    pet = pets(g)
    prov = ["CareCredit", "Scratchpay"][g.i]
    return (f"The client wants to finance {pet}'s FHO surgery through {prov}. I filled this in from the paper form, "
            "can you check nothing is missing before the client signs on the tablet?\n\n"
            f"Applicant: {p.N}\nSSN: {SSN(g.nid('us_ssn'))}\nDOB: {g.dob('mdy/')}\n"
            f"Home address: {a.line}\nMobile: {g.phone('us')}\nEmail: {g.email(p, 'gmail.com', 'aol.com')}\n"
            "Anual income: $48,000\nAmount requested: $4,380 (estimate #7781)")


@tpl("personal_insurance", "dd_mandate", "en", "oo")
def _dd_mandate(g):
    cc = ["ie", "gb"][g.i]
    p = g.person("en")
    a = g.addr(cc)
    pet = pets(g)
    plan = ["Pet Health Club – dog, €19.50/month", "Healthy Pet Plan – cat, £14.75/month"][g.i]
    return ("Can you turn these details into a confirmation letter for the client's direct debit?\n\n"
            f"Account holder: {p.N}\n{a.block}\n"
            f"IBAN: {g.iban(cc)}\nPlan: {plan}\nPet: {pet}\nFirst collection: 1st of next month")


@tpl("personal_insurance", "schaden_de", "de", "oo")
def _schaden_de(g):
    cc, ins = [("de", "Uelzener"), ("at", "Allianz")][g.i]
    p = g.person("de")
    a = g.addr(cc)
    pet = pets(g, 1, 'de')
    return (f"Hilf mir bitte, die Schadensmeldung an die {ins} Tierkrankenversicherung zu prüfen:\n\n"
            f"Versicherungsnehmer: {p.N}\ngeb. am: {g.dob('dmy.')}\nAnschrift: {a.line}\n"
            f"Telefon: {g.phone(cc)}\nBankverbindung (IBAN): {g.iban(cc)}\n"
            f"Tier: {pet}, Labrador-Hündin, 5 J.\n"
            "Behandlung: Kreuzbandriss links, TPLO am 12.03., Rechnung nach GOT 2-facher Satz: 2.874,30 €\n"
            "Tierärztin: Praxis Dr. Sommerfeld & Kollegen")


@tpl("personal_insurance", "sinistre_fr", "fr", "oo")
def _sinistre_fr(g):
    p = g.person("fr")
    a = g.addr("fr")
    pet = pets(g, 1, 'fr')
    ins = ["SantéVet", "Bulle Bleue"][g.i]
    return (f"Rédige un mail de relance à {ins} pour ce remboursement en attente depuis 6 semaines :\n\n"
            f"Assuré : {p.N}\nNé(e) le : {g.dob('fr')}\nAdresse : {a.line}\n"
            f"Tél : {g.phone('fr')}\nRIB : {g.iban('fr')}\n"
            f"Animal : {pet}, chat Maine Coon, 3 ans\n"
            "Soins : cystite idiopathique, 2 consultations + échographie, 312,40 €")


@tpl("personal_insurance", "reclamacion_es", "es", "oo")
def _reclamacion_es(g):
    p = g.person("es")
    a = g.addr("es")
    pet = pets(g, 1, 'es')
    return ("Redacta una reclamación formal a la aseguradora con estos datos:\n\n"
            f"Tomador: {p.N}\nDNI: {NID(g.nid('es_dni'))}\nDomicilio: {a.line}\n"
            f"Teléfono: {g.phone('es')}\nIBAN para el reembolso: {g.iban('es')}\n"
            f"Mascota: {pet}, perro mestizo, 8 años\n"
            "Motivo: rechazan la cirugía de piometra alegando carencia, pero la póliza (Mapfre Mascotas) "
            "lleva 14 meses en vigor.")


@tpl("personal_insurance", "rimborso_it", "it", "o")
def _rimborso_it(g):
    p = g.person("it")
    pet = pets(g, 1, 'it')
    return ("Puoi scrivere una mail gentile alla clinica per chiedere la fattura dettagliata?\n\n"
            f"Sono {p.N}, il mio cane {pet} (setter inglese) è stato ricoverato 3 giorni per una gastroenterite. "
            "L'assicurazione (Pet Insurance di UnipolSai) vuole la fattura con le singole voci. "
            f"Il rimborso deve arrivare su {g.iban('it')}. Il mio numero è {g.phone('it')}.")


@tpl("personal_insurance", "declaratie_nl", "nl", "o")
def _declaratie_nl(g):
    p = g.person("nl")
    a = g.addr("nl", "bn")
    pet = pets(g, 1, 'nl')
    return ("Wil je deze declaratie controleren voordat ik hem naar de verzekeraar stuur?\n\n"
            f"Naam: {p.N}\nAdres: {a.line}\nTelefoon: {g.phone('nl')}\n"
            f"Rekeningnummer: {g.iban('nl')}\n"
            f"Dier: {pet}, Europese korthaar, 9 jaar\nBehandeling: gebitssanering, 3 extracties\n"
            "Bedrag: € 486,50 (factuur Dierenkliniek De Hoeve)")


@tpl("personal_insurance", "agria_sv", "sv", "oo")
def _agria_sv(g):
    pnr, _d, sex = g.nid("se_pnr")
    p = g.person("sv", sex)
    a = g.addr("se")
    pet = pets(g, 1, 'sv')
    return ("Kan du hjälpa mig att skriva en skadeanmälan till Agria? Här är uppgifterna:\n\n"
            f"Försäkringstagare: {p.N}\nPersonnummer: {NID(pnr)}\nAdress: {a.line}\n"
            f"Mobil: {g.phone('se')}\n"
            f"Djur: {pet}, jämthund, hane, 4 år\n"
            "Händelse: bitskada efter slagsmål med annan hund, sydd på Evidensia Djursjukhus, 6 840 kr\n"
            f"Behandlande veterinär: {g.person('sv').N}")


@tpl("personal_insurance", "reklamacja_pl", "pl", "o")
def _reklamacja_pl(g):
    p = g.person("pl")
    pet = pets(g, 1, 'pl')
    return ("Napisz mi proszę grzeczną reklamację do lecznicy. Dane:\n"
            f"- właścicielka/właściciel: {p.N}, tel. {g.phone('pl')}\n"
            f"- pies: {pet}, owczarek podhalański, 6 lat\n"
            "- faktura za sterylizację: 1 450 zł, a w wycenie było 900 zł\n"
            "- nikt nie dzwonił przed zabiegiem w sprawie dodatkowych kosztów\n"
            f"- lekarz prowadzący: lek. wet. {g.person('pl').N}")


@tpl("personal_insurance", "seikyu_ja", "ja", "o")
def _seikyu_ja(g):
    p = g.person("ja")
    a = g.addr("jp")
    return ("アニコム損保への保険金請求書を書きたいです。下の情報で文面を整えてください。\n\n"
            f"契約者：{p.N}\n住所：{a.line}\n電話番号：{g.phone('jp')}\n"
            f"どうぶつの名前：{pets(g, 1, 'ja')}（トイ・プードル、3歳）\n"
            "傷病名：膝蓋骨脱臼（グレード3）、手術費用 328,000円")


@tpl("personal_insurance", "heshbon_he", "he", "o")
def _heshbon_he(g):
    p = g.person("he")
    vet = g.person("he", "f")
    return ("תעזור לי לנסח מכתב למרפאה? קיבלתי חשבון גבוה מדי.\n\n"
            f"שמי {p.N}, הכלב שלי {pets(g, 1, 'he')} (לברדור, בן 9) אושפז יומיים. "
            f"הווטרינרית, ד\"ר {vet.F}, אמרה שזה יעלה 2,400 ש\"ח ובחשבון 3,850 ש\"ח. "
            f"הטלפון שלי {g.phone('il')}. אני רוצה פירוט של כל הסעיפים.")


# =========================================================================== personal_shelter

@tpl("personal_shelter", "adoption_app", "en", "oooo")
def _adoption_app(g):
    cc, org, style, doms = [("gb", "Many Tears Animal Rescue", "dmy/", ("hotmail.co.uk", "gmail.com")),
                            ("us", "Best Friends Animal Society", "mdy/", ("gmail.com", "comcast.net")),
                            ("ke", "KSPCA", "dmy/", ("gmail.com", "yahoo.com")),
                            ("gb", "Dogs Trust", "en", ("yahoo.co.uk", "live.co.uk"))][g.i]
    p = g.person("en")
    ll = g.person("en")
    ref = g.person("en")
    a = g.addr(cc)
    pet = pets(g)
    home = ["House with enclosed garden (6ft fence)", "Rented townhouse, yard 20x30", "Acreage, dog run",
            "Ground-floor flat, shared garden"][g.i]
    return (f"Score this adoption application against our criteria for {org} and list any questions to ask:\n\n"
            f"Applicant: {p.N}\nDOB: {g.dob(style)}\nAddress: {a.line}\nMobile: {g.phone(cc)}\n"
            f"Email: {g.email(p, *doms)}\nHome: {home}\n"
            f"Landlord: {ll.N}, {g.phone(cc)} (permission letter attached)\n"
            f"Current pets: one neutered cat, {pet}, 7y\n"
            f"Vet reference: {ref.N} at Meadowbank Vets\n"
            f"Interested in: {['Tyson', 'Duke', 'Roxy', 'Bear'][g.i]} (Staffie x, 3y) – 'would love a walking buddy'")


@tpl("personal_shelter", "lost_report", "en", "louo")
def _lost_report(g):
    cc = ["gb", "nz", "gb", "ca"][g.i]
    p = g.person("en")
    pet = pets(g)
    a = g.addr(cc)
    if g.i == 2:
        return ("Make this poster text shorter and punchier:\n\n"
                f"MISSING CAT – {pet} – GINGER TOM, 4 YRS, CHIPPED, NO COLLAR\n"
                f"LAST SEEN NEAR {a.lines[0]}, {a.town} ON FRIDAY NIGHT\n"
                f"PLEASE CHECK SHEDS AND GARAGES. CALL {p.G} ON {g.phone(cc)} ANY TIME\n"
                "REWARD OFFERED")
    pet_desc = ["black Lab cross, red collar", "tan Huntaway pup, very shy", "", "brindle greyhound, green coat"][g.i]
    return ("Rewrite this lost-pet post for our Facebook group, keep it under 80 words:\n\n"
            f"'{pet} ({pet_desc}) slipped his lead yesterday around 5pm near {a.lines[0]}, {a.town}. "
            f"He is microchipped and registered to me, {p.N}. Please don't chase him, "
            f"just ring me on {g.phone(cc)} or message here. Thank you so much x'")


@tpl("personal_shelter", "chip_transfer", "en", "ooo")
def _chip_transfer(g):
    cc, db = [("gb", "Petlog"), ("us", "AKC Reunite"), ("ie", "Fido")][g.i]
    old = g.person("en")
    new = g.person("en")
    a1 = g.addr(cc)
    a2 = g.addr(cc)
    pet = pets(g)
    chip = ["985141002963517", "956000014827305", "953010005184092"][g.i]
    return (f"I'm a rescue volunteer. Can you write step-by-step instructions for the new keeper to update "
            f"the {db} record? Details from the transfer form:\n\n"
            f"Animal: {pet}, chip {chip}\n"
            f"Previous keeper: {old.N}, {a1.line}\n"
            f"New keeper: {new.N}, {a2.line}, tel {g.phone(cc)}\n"
            "Reason for transfer: owner moving into care home")


@tpl("personal_shelter", "foster_roster", "en", "oo")
def _foster_roster(g):
    ccs = [("gb",), ("au", "nz")][g.i]
    pp = pets(g, 4)
    lines = ["Foster carer,Phone,Town,Animals,Notes"]
    notes = ["bottle babies ok", "no dogs", "experienced with FIV+", "can do vet runs Tue/Thu"]
    for k in range(4):
        p = g.person("en")
        a = g.addr(*ccs)
        lines.append(f"{p.N},{g.phone(a.cc)},{a.town},{pp[k]},{notes[k]}")
    q = ["Which carer should take a pregnant queen due next week? Explain briefly.",
         "Turn this CSV into a markdown table sorted by town."][g.i]
    return q + "\n\n" + "\n".join(lines)


@tpl("personal_shelter", "home_check", "en", "lll")
def _home_check(g):
    cc = ["gb", "ie", "nz"][g.i]
    p = g.person("en")
    q = g.person("en")
    a = g.addr(cc)
    pet = pets(g)
    return ("can you turn my home check notes into a proper report for the adoption panel\n\n"
            f"visited {p.N} at {a.line} sat am. partner {q.G} there too, works from home 3 days. "
            f"garden fully fenced but gap by the side gate, {p.G} says they'll fix it before {pet} comes. "
            f"2 kids (9 and 12) v calm with my dog. no other pets. phone {g.phone(cc)}. "
            "overall v positive, reccomend approve pending gate fix")


@tpl("personal_shelter", "adopcion_es", "es", "o")
def _adopcion_es(g):
    p = g.person("es")
    a = g.addr("es")
    pet = pets(g, 1, 'es')
    return ("Revisa este contrato de adopción y dime si falta alguna cláusula importante:\n\n"
            "CONTRATO DE ADOPCIÓN – Protectora Huellas de Extremadura\n"
            f"Adoptante: {p.N}, con NIE {NID(g.nid('es_nie'))}\n"
            f"Domicilio: {a.line}\nTeléfono: {g.phone('es')}\n"
            f"Animal: {pet}, galga, 4 años, chip 724098100264381\n"
            "El adoptante se compromete a no usar al animal para la caza ni la cría y a permitir "
            f"visitas de seguimiento.\nPor la protectora: {g.person('es').N}")


@tpl("personal_shelter", "adopcja_pl", "pl", "o")
def _adopcja_pl(g):
    pesel, _d, sex = g.nid("pl_pesel")
    p = g.person("pl", sex)
    a = g.addr("pl")
    return ("Sprawdź proszę tę umowę adopcyjną, czy wszystko jest jasne dla adoptującego:\n\n"
            "UMOWA ADOPCYJNA nr 58/2025 – Schronisko dla Bezdomnych Zwierząt\n"
            f"Adoptujący: {p.N}\nPESEL: {NID(pesel)}\nAdres: {a.line}\nTel.: {g.phone('pl')}\n"
            f"Zwierzę: {pets(g, 1, 'pl')}, pies, mieszaniec, ok. 5 lat, zaszczepiony, zaczipowany\n"
            "Adoptujący zobowiązuje się do zapewnienia opieki weterynaryjnej i nieoddawania psa osobom trzecim.")


@tpl("personal_shelter", "verloren_de", "de", "oo")
def _verloren_de(g):
    cc = ["de", "ch"][g.i]
    p = g.person("de", "f")
    a = g.addr(cc)
    pet = pets(g, 1, 'de')
    return ("Kannst du aus meinen Notizen eine Suchmeldung für TASSO und Facebook machen?\n\n"
            f"{pet}, Katze, schwarz mit weißem Latz, 3 Jahre, kastriert, gechippt\n"
            f"entlaufen am Sonntagabend in {a.town}, Nähe {a.lines[0]}\n"
            f"Halterin: {p.N}, Tel. {g.phone(cc)}\n"
            "sehr scheu, bitte nicht einfangen, nur melden!")


@tpl("personal_shelter", "perdu_fr", "fr", "l")
def _perdu_fr(g):
    p = g.person("fr")
    a = g.addr("qc", "be")
    return ("Corrige les fautes et rend le message plus clair svp :\n\n"
            f"chien perdu a {a.town} depuis mardi, c'est un beagle male de 6 ans il s'apelle "
            f"{pets(g, 1, 'fr')}, il a un collier bleu. si vous le voyer appelez moi {p.N} au "
            f"{g.phone('qc', 'be')}. il est tres gentil mais il a peur des voitures merci bcp")


@tpl("personal_shelter", "chip_it", "it", "o")
def _chip_it(g):
    cf, fam, _d = g.nid("it_cf")
    p = g.named("it", fam)
    old = g.person("it")
    a = g.addr("it")
    return ("Come compilo il passaggio di proprietà all'anagrafe canina? Ecco i dati che ho:\n\n"
            f"Cedente: {old.N}\n"
            f"Acquirente: {p.N}, C.F. {NID(cf)}, residente in {a.line}\n"
            f"Cane: {pets(g, 1, 'it')}, meticcio, femmina, microchip 380260101847362\n"
            f"Telefono acquirente: {g.phone('it')}")


@tpl("personal_shelter", "sahiplen_tr", "tr", "o")
def _sahiplen_tr(g):
    p = g.person("tr")
    a = g.addr("tr")
    return ("Bu sahiplendirme formunu düzgün bir sözleşme metnine çevirir misin?\n\n"
            f"Sahiplenen: {p.N}\nT.C. Kimlik No: {NID(g.nid('tr_tckn'))}\n"
            f"Adres: {a.line}\nTelefon: {g.phone('tr')}\n"
            f"Hayvan: {pets(g, 1, 'tr')}, dişi kedi, 2 yaşında, kısırlaştırılmış\n"
            "Şartlar: kedi balkona kapatılmayacak, aşıları aksatılmayacak, 1 ay sonra takip ziyareti\n"
            f"Takip gönüllüsü: {g.named('tr', 'Arslan').N}")


@tpl("personal_shelter", "pristroy_ru", "ru", "o")
def _pristroy_ru(g):
    p = g.person("ru")
    a = g.addr("ru")
    return ("Помогите составить короткий договор передачи кошки из приюта «Кот и пёс» новому хозяину:\n\n"
            f"ФИО: {p.official}\nАдрес: {a.line}\nТелефон: {g.phone('ru')}\n"
            f"Животное: {pets(g, 1, 'ru')}, кот, 1 год, кастрирован, привит (Нобивак)\n"
            "Обязательства: не выпускать на самовыгул, присылать фото раз в месяц.\n"
            f"Куратор от приюта: {g.person('ru').N}")


@tpl("personal_shelter", "lingyang_zh", "zh", "o")
def _lingyang_zh(g):
    cid, sex = g.nid("cn_id")
    p = g.person("zh", sex)
    a = g.addr("cn")
    return ("帮我把这份领养申请整理成表格，并指出还缺哪些信息：\n\n"
            f"申请人：{p.N}\n身份证号：{NID(cid)}\n住址：{a.line}\n手机：{g.phone('cn')}\n"
            f"想领养：{pets(g, 1, 'zh')}（中华田园犬，1岁，已绝育）\n"
            "家庭情况：两口人，有封闭阳台，同意回访\n"
            f"回访志愿者：{g.person('zh').N}")


@tpl("personal_shelter", "imutz_he", "he", "o")
def _imutz_he(g):
    p = g.person("he", "f")
    a = g.addr("il")
    return ("תסכם לי את טופס האימוץ הזה בשלוש שורות בשביל ועדת האימוץ של העמותה:\n\n"
            f"שם המאמצת: {p.N}\nת.ז.: {NID(g.nid('il_id'))}\nכתובת: {a.line}\nטלפון: {g.phone('il')}\n"
            f"הכלב המבוקש: {pets(g, 1, 'he')}, מעורב רועים, בן 3\n"
            f"יש חצר מגודרת, עובדת מהבית, היה לה כלב 12 שנה\nממליצה: {g.person('he', 'f').N}")


@tpl("personal_shelter", "ilheo_ko", "ko", "o")
def _ilheo_ko(g):
    p = g.person("ko")
    a = g.addr("kr")
    return ("실종 전단지 문구 좀 다듬어 주세요.\n\n"
            f"강아지를 찾습니다! 이름 {pets(g, 1, 'ko')}, 푸들, 갈색, 4살 수컷\n"
            f"잃어버린 곳: {a.line} 근처 (일요일 오후)\n"
            f"연락처: {g.phone('kr')} ({p.N})\n사례금 있습니다")


@tpl("personal_shelter", "mafqud_ar", "ar", "o")
def _mafqud_ar(g):
    p = g.person("ar")
    a = g.addr("ma", "jo")
    return ("من فضلك أعد صياغة هذا الإعلان عن قطة مفقودة بشكل أوضح:\n\n"
            f"فقدت قطتي {pets(g, 1, 'ar')} يوم الجمعة قرب {a.line}. لونها أبيض مع بقع رمادية "
            f"وعمرها سنتان. أرجو من يجدها الاتصال بي، {p.N}، على الرقم {g.phone('ma', 'jo')}. شكراً لكم")


# =========================================================================== personal_farm (farms, kennels, groomers, breeders)

@tpl("personal_farm", "visit_note", "en", "oolo")
def _visit_note(g):
    cc = ["gb", "ie", "nz", "gb"][g.i]
    p = g.person("en")
    h = g.person("en")
    a = g.addr(cc)
    body = [
        ("Routine fertility visit, 140 Holstein milkers. 22 cows PD'd, 17 in calf. 3 cystic – Receptal given. "
         "Mobility scoring: 11% lame, mostly digital dermatitis – footbath 5% formalin twice weekly. "
         f"{h.G} (herd manager) to record all treatments in the Herdwatch app."),
        ("Annual TB test read today, all clear. BVD tag-and-test: 2 PI calves culled last month, ear notches "
         f"sent for retest. Discussed Johne's control plan with {p.G} and {h.G}."),
        ("Pre-tupping check on 900 Romney ewes. BCS mostly 3, some tail-enders at 2. Faecal egg counts high "
         f"(Nematodirus) – drench with Startect advised. {h.G} to bring the rams in for a fertility check Tues."),
        ("Calving pen hygiene poor, 4 calves with scours this week – rotavirus on the Rapid test. "
         f"Rotavec Corona for dry cows advised. {p.G} asked about Schmallenberg vaccine for the sheep."),
    ][g.i]
    return ("Tidy these visit notes into a short report for the farmer and a list of actions:\n\n"
            f"Farm: {a.line}\nClient: {p.N}\nMobile: {g.phone(cc)}\n\n{body}")


@tpl("personal_farm", "tb_schedule", "en", "oo")
def _tb_schedule(g):
    lines = ["| Day | Holding | Farmer | CPH | Phone | Cattle |", "|---|---|---|---|---|---|"]
    days = ["Mon", "Mon", "Thu", "Thu"] if g.i == 0 else ["Tue", "Wed", "Fri"]
    for k, d in enumerate(days):
        p = g.person("en")
        a = g.addr("gb")
        cph = ["44/512/0071", "44/509/1123", "07/312/0456", "07/330/0098"][k] if g.i == 0 else \
            ["52/118/0033", "52/121/0410", "58/007/1192"][k]
        lines.append(f"| {d} | {a.lines[0]}, {a.town} | {p.N} | {cph} | {g.phone('gb')} | {60 + 35 * k} |")
    q = ["Can you check this TB testing rota for clashes? Each test needs a read 72h later.",
         "Write a reminder text for each farmer the day before (they need the crush ready and help for 2 people)."]
    return q[g.i] + "\n\n" + "\n".join(lines)


@tpl("personal_farm", "kennel_booking", "en", "ouo")
def _kennel_booking(g):
    cc = ["gb", "gb", "au"][g.i]
    p = g.person("en")
    em = g.person("en")
    pp = pets(g, 2)
    a = g.addr(cc)
    return ("Write a booking confirmation from this, friendly tone:\n\n"
            "BOARDING BOOKING – Hillside Kennels & Cattery\n"
            f"Owner: {p.N}\nAddress: {a.line}\nPhone: {g.phone(cc)}\n"
            f"Emergency contact: {em.N} ({g.phone(cc)})\n"
            f"Dogs: {pp[0]} (Cocker Spaniel) and {pp[1]} (Whippet), sharing a run\n"
            "Dates: 12–26 August\nVaccinations: up to date incl. kennel cough – cards seen\n"
            "Meds: Apoquel 16mg once daily for the spaniel")


@tpl("personal_farm", "groomer_dm", "en", "lll")
def _groomer_dm(g):
    p = g.person("en")
    q = g.person("en", "f") if g.i == 0 else g.person("en")
    pet = pets(g)
    cc = ["gb", "au", "us"][g.i]
    lines = [
        (f"hi its {p.G} ({pet}'s mum) can we move thurs to sat? also my sister {q.N} wants to book her "
         f"cockapoo in, her number is {g.phone(cc)}"),
        (f"hiya, {p.N} here, {pet} got matted again after the beach lol. any chance of a full shave this week? "
         "definately not the teddy cut again "
         f"text me on {g.phone(cc)} x"),
        (f"hey this is {p.N}. my neighbour {q.G} recommended you. do you do doodles? "
         f"{pet} is 9 months, never been groomed. best number {g.phone(cc)}"),
    ][g.i]
    return ("reply to this instagram dm for my grooming salon, keep it short and friendly\n\n" + lines)


@tpl("personal_farm", "litter_list", "en", "oo")
def _litter_list(g):
    cc = ["gb", "us"][g.i]
    lines = ["Pick | Buyer | Town | Deposit | Phone"]
    for k in range(4):
        p = g.person("en")
        a = g.addr(cc)
        dep = ["£300 paid", "£300 paid", "pending", "£300 paid"][k] if g.i == 0 else \
            ["$500 paid", "pending", "$500 paid", "$500 paid"][k]
        lines.append(f"{k + 1} | {p.N} | {a.town} | {dep} | {g.phone(cc)}")
    breed = ["Border Terrier (KC registered, both parents health tested)",
             "Australian Shepherd (AKC, hips OFA Good, MDR1 clear)"][g.i]
    return (f"Our {breed} litter is due in 3 weeks. Can you draft a message to everyone on the list explaining "
            "how pick order works and when they can visit?\n\n" + "\n".join(lines))


@tpl("personal_farm", "hofbesuch_de", "de", "oo")
def _hofbesuch_de(g):
    cc = ["de", "ch"][g.i]
    p = g.person("de")
    a = g.addr(cc)
    body = [("Bestandsbesuch Milchvieh, 85 Kühe Fleckvieh. Zellzahlen erhöht (Tankmilch 310.000), "
             "Schalmtest bei 9 Tieren positiv. Trockenstellen mit Orbeseal empfohlen."),
            ("Klauenpflege-Befund: Mortellaro bei 12 % der Herde. Blauzungen-Impfung (BTV-3) für alle Rinder "
             "und Schafe vor dem Weideaustrieb besprochen.")][g.i]
    return ("Mach aus meinem Protokoll bitte einen kurzen Bericht für den Betrieb:\n\n"
            f"Betrieb: {p.N}, {a.line}\nTel.: {g.phone(cc)}\n\n{body}")


@tpl("personal_farm", "visite_fr", "fr", "o")
def _visite_fr(g):
    p = g.person("fr")
    a = g.addr("fr")
    return ("Peux-tu rédiger un compte-rendu de visite d'élevage à partir de ces notes ?\n\n"
            f"Éleveur : {p.N} – GAEC de la Borie – {a.line} – {g.phone('fr')}\n"
            "Troupeau : 60 vaches Aubrac allaitantes, vêlages en cours\n"
            "Problème : 5 veaux avec diarrhée néonatale, cryptosporidies au test rapide\n"
            "Conseils : Halocur 7 jours, nettoyage des cases au Virkon, prise de colostrum à surveiller\n"
            f"Vétérinaire : Dr {g.person('fr').N}")


@tpl("personal_farm", "visita_es", "es", "o")
def _visita_es(g):
    p = g.person("es")
    a = g.addr("es")
    return ("Resume estas notas de la visita a la explotación en un informe breve para el ganadero:\n\n"
            f"Ganadero: {p.N}\nExplotación: {a.line}\nTel.: {g.phone('es')}\n"
            "Ovino, 450 ovejas latxas. Abortos en 14 ovejas este mes. Muestras enviadas al laboratorio "
            "(sospecha de Chlamydia abortus / fiebre Q). Aislar a las afectadas y quemar placentas.")


@tpl("personal_farm", "fferm_cy", "cy", "o")
def _fferm_cy(g):
    p = g.person("cy")
    a = g.addr_in("Aberystwyth", "Tregaron", "Mold")
    return ("Allwch chi droi'r nodiadau yma yn llythyr byr i'r ffermwr, yn Gymraeg?\n\n"
            f"Ffermwr: {p.N}\nFferm: {a.line}\nFfôn: {g.phone('gb')}\n"
            "Ymweliad: wyna, 600 o famogiaid. Clwy'r traed (scald) ar 20 oen. "
            f"Cynghori troedfath sinc a symud y defaid i gae sychach.\nMilfeddyg: {g.person('cy').N}")


@tpl("personal_farm", "dairy_hi", "hi", "o")
def _dairy_hi(g):
    p = g.person("hi")
    a = g.addr("hi")
    return ("इस पशुपालक की जानकारी से पशु किसान क्रेडिट कार्ड के आवेदन का सार बना दीजिए:\n\n"
            f"नाम: {p.N}\nआधार: {NID(g.nid('in_aadhaar'))}\nपता: {a.line}\nमोबाइल: {g.phone('hi')}\n"
            "पशु: 6 गिर गाय, 2 मुर्रा भैंस; लम्पी स्किन टीका लगा हुआ, खुरपका-मुंहपका (FMD) टीका बाकी\n"
            f"पशु चिकित्सक: डॉ. {g.person('hi').N}")


@tpl("personal_farm", "farm_th", "th", "o")
def _farm_th(g):
    p = g.person("th")
    a = g.addr("th")
    return ("ช่วยสรุปบันทึกการเยี่ยมฟาร์มนี้ให้เจ้าของฟาร์มอ่านง่าย ๆ หน่อย\n\n"
            f"เจ้าของ: คุณ{p.N}\nที่อยู่: {a.line}\nโทร: {g.phone('th')}\n"
            "ไก่ไข่ 3,000 ตัว ไข่ลดลง 20% ในสัปดาห์นี้ สงสัยโรคนิวคาสเซิล ส่งตัวอย่างตรวจแล้ว\n"
            f"สัตวแพทย์: น.สพ. {g.person('th').N}")


@tpl("personal_farm", "farm_vi", "vi", "o")
def _farm_vi(g):
    p = g.person("vi")
    a = g.addr("vn")
    return ("Viết giúp tôi tin nhắn ngắn gửi chủ trại về kết quả xét nghiệm:\n\n"
            f"Chủ trại: {p.N}\nĐịa chỉ: {a.line}\nSĐT: {g.phone('vn')}\n"
            f"Trại heo 200 con, mẫu máu âm tính với dịch tả heo châu Phi. Anh/chị {p.G} cần tiếp tục "
            f"sát trùng chuồng và hạn chế người ra vào.\nBác sĩ thú y: {g.person('vi').N}")


@tpl("personal_farm", "farm_id", "id", "o")
def _farm_id(g):
    p = g.person("id")
    a = g.addr("id")
    return ("Tolong rapikan catatan kunjungan ini jadi laporan singkat untuk peternak:\n\n"
            f"Peternak: {p.N}\nAlamat: {a.line}\nHP: {g.phone('id')}\n"
            "Sapi Bali 12 ekor, 2 ekor demam dan lesi kulit, dicurigai LSD (lumpy skin disease). "
            f"Vaksinasi PMK sudah lengkap.\nDokter hewan: drh. {g.named('id', 'Lestari').N}")


@tpl("personal_farm", "sau_no", "no", "o")
def _sau_no(g):
    p = g.person("no")
    a = g.addr("no")
    return ("Kan du skrive en kort oppsummering til bonden av dette besøket?\n\n"
            f"Bonde: {p.N}, {a.line}, tlf. {g.phone('no')}\n"
            "420 vinterfôra sau (NKS), lammingen starter om 3 uker. Flere søyer med lav hold, "
            "anbefaler kraftfôr og blodprøve for koboltmangel. Sjekk klauvråte før sanking.")


@tpl("personal_farm", "koira_fi", "fi", "o")
def _koira_fi(g):
    hetu, _d, sex = g.nid("fi_hetu")
    p = g.person("fi", sex)
    a = g.addr("fi")
    return ("Voitko tarkistaa, että tässä on kaikki tiedot koirarekisteriin ilmoittamista varten?\n\n"
            f"Omistaja: {p.N}\nHenkilötunnus: {NID(hetu)}\nOsoite: {a.line}\nPuhelin: {g.phone('fi')}\n"
            f"Koira: {pets(g, 1, 'fi')}, suomenlapinkoira, narttu, s. 2024, siru 246098100318842\n"
            "Kasvattaja: Kennel Revontulen")


@tpl("personal_farm", "hund_da", "da", "o")
def _hund_da(g):
    cpr, _d, sex = g.nid("dk_cpr")
    p = g.person("da", sex)
    a = g.addr("dk")
    return ("Hjælp mig med at skrive en mail til Dansk Hunderegister om ejerskifte for en hvalp fra mit kuld:\n\n"
            f"Ny ejer: {p.N}\nCPR-nr.: {NID(cpr)}\nAdresse: {a.line}\nTlf.: {g.phone('dk')}\n"
            f"Hvalp: {pets(g, 1, 'da')}, labrador retriever, tæve, chip 208098100412736")


# =========================================================================== personal_chat

@tpl("personal_chat", "wa_owner", "en", "lllo")
def _wa_owner(g):
    cc = ["gb", "ie", "au", "gb"][g.i]
    p = g.person("en")
    q = g.person("en", [None, None, "f", "m"][g.i])
    pet = pets(g)
    d = ["12/03/2025", "04/07/2025", "21/01/2025", "30/09/2025"][g.i]
    lines = [
        [f"[{d}, 07:52] {p.N}: morning, {pet} has been sick 3 times overnight and wont eat",
         f"[{d}, 08:01] Riverside Vets: Hi {p.G}, sorry to hear that. Is she drinking? Any blood?",
         f"[{d}, 08:03] {p.N}: drinking a bit, no blood. my partner {q.G} can bring her in after 10",
         f"[{d}, 08:05] Riverside Vets: We have 10:40 with the nurse then vet. Can {q.G} bring the Bravecto box?"],
        [f"[{d}, 19:20] {p.N}: hi is it ok to give {pet} calpol?? he's limping after the hurling",
         (f"[{d}, 19:26] Kenmare Animal Hospital: Please don't – paracetamol is dangerous for dogs. "
          f"Can you ring the out-of-hours line? Or we can call you back on {g.phone(cc)}?"),
         f"[{d}, 19:27] {p.N}: yes call that pls"],
        [f"[{d}, 14:10] {p.N}: hey just checking {pet}'s desex is still on thursday",
         f"[{d}, 14:12] Mudgee Vet Clinic: Yes! Drop off 8am, no food after 10pm. Who's collecting?",
         f"[{d}, 14:15] {p.N}: my mum {q.N}, her mobile is {g.phone(cc)}"],
        [(f"[{d}, 10:02] {p.N}: Hello, I'd like to cancel {pet}'s dental on Friday. My husband {q.G} lost his "
          "job and we need to wait a couple of months."),
         (f"[{d}, 10:09] Penwith Vets: Of course {p.G}, we can set up a payment plan if that helps. "
          f"Shall we post the form to {g.addr('gb').line}?")],
    ][g.i]
    ask = ["summarise this whatsapp chat for the clinical notes", "is our reply ok? what would you add",
           "turn this into a note for the admission sheet", "Draft a kind follow-up message to this client."][g.i]
    return ask + "\n\n" + "\n".join(lines)


@tpl("personal_chat", "chat_q", "en", "llllu")
def _chat_q(g):
    p = g.person("en", {0: "m", 3: "f", 4: "f"}.get(g.i))
    pet = pets(g)
    if g.i == 0:
        a = g.addr("gb")
        return (f"my landlord mr {p.F} says i cant keep my cat at {a.line}, the tenancy started 2022 and "
                "nothing in it says no pets. is that legal in england?")
    if g.i == 1:
        q = g.person("en")
        return (f"can you write a thank you card to dr {p.N} and nurse {q.G} at the vets, they looked after "
                f"our dog {pet} when she had pyometra and we honestly thought we would lose her")
    if g.i == 2:
        a = g.addr("ie", "gb")
        return (f"my ex {p.N} has our dog {pet} and wont give him back. the chip is registered to me at "
                f"{a.line}. what can i do without going to court")
    if g.i == 3:
        a = g.addr("au", "nz")
        return (f"whats a polite way to tell my neighbour {p.N} (lives at {a.lines[0]}) that her cat keeps "
                "pooing in my veg patch, i dont want a fight")
    return (f"Help me write a reference for my dog sitter {p.N}. She has looked after {pet} for two years "
            f"and the new family want to call her on {g.phone('us')}. Keep it to one paragraph.")


@tpl("personal_chat", "bot_transcript", "en", "oooo")
def _bot_transcript(g):
    cc, pc_doms = [("gb", ("gmail.com", "icloud.com")), ("us", ("yahoo.com",)),
                   ("ie", ("gmail.com",)), ("in", ("gmail.com", "rediffmail.com"))][g.i]
    p = g.person("en")
    a = g.addr(cc)
    pet = pets(g)
    bot = ["Pawsley", "VetBot", "Biscuit the booking assistant", "Ask Rover"][g.i]
    return ("Summarise this website chat for the front desk in 3 bullet points:\n\n"
            f"{bot}: Hi! What can I help with today?\n"
            f"Visitor: need to book my cat {pet} in, she's peeing outside the litter tray\n"
            f"{bot}: I can help with that. What's your name and postcode?\n"
            f"Visitor: {p.N}, {a.lines[-1]}\n"
            f"{bot}: Thanks {p.G}! Best phone number and email?\n"
            f"Visitor: {g.phone(cc)} / {g.email(p, *pc_doms)}\n"
            f"{bot}: A vet will call you back within 2 hours.")


@tpl("personal_chat", "chat_de", "de", "lo")
def _chat_de(g):
    p = g.person("de")
    pet = pets(g, 1, "de")
    if g.i == 0:
        a = g.addr("de", "at")
        return (f"hallo, ich bin {p.N} aus {a.town}. mein hund {pet} hat seit gestern durchfall und frisst nix, "
                "muss ich heute noch zum notdienst oder reicht morgen? er ist 11 jahre alt")
    q = g.person("de", "f")
    return (f"Kannst du mir helfen, eine freundliche Nachricht an meine Nachbarin {q.N} zu schreiben? "
            f"Sie füttert {pet} nächste Woche, während ich weg bin. Meine Handynummer für Notfälle: "
            f"{g.phone('de')}, Tierarztpraxis ist die Kleintierpraxis am Markt.")


@tpl("personal_chat", "chat_fr", "fr", "o")
def _chat_fr(g):
    p = g.person("fr")
    return (f"Bonjour, je m'appelle {p.N}. Ma chatte {pets(g, 1, 'fr')} a 15 ans et le véto parle "
            "d'insuffisance rénale. Pouvez-vous m'expliquer simplement ce que veut dire « stade IRIS 3 » ? "
            f"Je suis joignable au {g.phone('fr')} si besoin.")


@tpl("personal_chat", "chat_es", "es", "l")
def _chat_es(g):
    p = g.person("es")
    a = g.addr("es", "mx", "ar")
    return (f"hola soy {p.N}, vivo en {a.town} y mi perra {pets(g, 1, 'es')} tiene garrapatas todo el rato. "
            "que pipeta o collar me recomiendas? el veterinario de aqui solo tiene seresto y es carísimo")


@tpl("personal_chat", "chat_pt", "pt", "o")
def _chat_pt(g):
    p = g.person("pt")
    q = g.person("pt", "f")
    return (f"Oi! Sou {p.N}. Meu gato {pets(g, 1, 'pt')} fugiu e a vizinha {q.N} disse que viu ele no "
            "telhado. Me ajuda a escrever um aviso curto pro grupo do condomínio? Meu zap é "
            f"{g.phone('br')}.")


@tpl("personal_chat", "chat_it", "it", "o")
def _chat_it(g):
    p = g.person("it")
    a = g.addr("it")
    return (f"Ciao, sono {p.N} e abito in {a.lines[0]}, a {a.town}. Il mio cane {pets(g, 1, 'it')} abbaia "
            "tutto il giorno quando sono al lavoro e un vicino minaccia di chiamare i vigili. Come posso "
            "rispondergli in modo educato?")


@tpl("personal_chat", "chat_ar", "ar", "o")
def _chat_ar(g):
    p = g.person("ar")
    return (f"مرحباً، اسمي {p.N}. قطي {pets(g, 1, 'ar')} عمره ثلاث سنوات ويعطس كثيراً منذ أسبوع. "
            f"هل هذا خطير؟ رقمي {g.phone('eg', 'sa', 'lb')} إذا احتاج الطبيب البيطري أن يتصل بي.")


@tpl("personal_chat", "chat_el", "el", "o")
def _chat_el(g):
    p = g.person("el")
    a = g.addr("gr")
    return (f"Καλησπέρα, είμαι η/ο {p.N} (περιοχή {a.town}). Ο σκύλος μου ο {pets(g, 1, 'el')} έχει "
            "λεϊσμανίαση και ο κτηνίατρος του έδωσε Milteforan. Τι παρενέργειες να προσέχω; "
            f"Το κινητό μου είναι {g.phone('gr')}.")


@tpl("personal_chat", "chat_uk", "uk", "o")
def _chat_uk(g):
    p = g.person("uk")
    a = g.addr("ua")
    return (f"Добрий день! Мене звати {p.N}. Ми переїхали з {a.town} до Польщі з котом "
            f"{pets(g, 1, 'uk')}. Ветлікар {g.person('uk', 'f').N} дала нам лише довідку. "
            "Які документи потрібні, щоб зареєструвати його у ветклініці тут? "
            f"Старий номер для зв'язку: {g.phone('ua')}.")


@tpl("personal_chat", "chat_zh", "zh", "o")
def _chat_zh(g):
    p = g.person("zh")
    return (f"你好，我是{p.N}，家里的猫{pets(g, 1, 'zh')}三天没怎么吃东西，还一直躲在床底下。"
            f"需要马上去医院吗？我的电话是{g.phone('cn', 'tw')}，医生方便的话可以打给我。")


@tpl("personal_chat", "chat_ro", "ro", "l")
def _chat_ro(g):
    p = g.person("ro")
    a = g.addr("ro")
    return (f"Bună, sunt {p.N} din {a.town}. Câinele meu {pets(g, 1, 'ro')} a mâncat otravă de șoareci, "
            f"ce fac până ajung la veterinar? Telefonul meu e {g.phone('ro')}.")


@tpl("personal_chat", "chat_hu", "hu", "l")
def _chat_hu(g):
    p = g.person("hu")
    a = g.addr("hu")
    return (f"Szia! {p.N} vagyok ({a.town}). A kutyám, {pets(g, 1, 'hu')} egész éjjel vakarózott. "
            f"A szomszédom, {g.named('hu', 'Kiss').N} ajánlott egy állatorvost. Mit kérdezzek tőle holnap? "
            f"Ha kell, hívj: {g.phone('hu')}.")


@tpl("personal_chat", "chat_cs", "cs", "o")
def _chat_cs(g):
    p = g.person("cs")
    a = g.addr("cz")
    return (f"Dobrý den, jmenuji se {p.N} a bydlím na adrese {a.lines[0]}, {a.town}. Moje kočka "
            f"{pets(g, 1, 'cs')} přestala chodit na záchodek. Co mám napsat veterináři do e-mailu? "
            f"Tel. {g.phone('cz')}")


# =========================================================================== personal_records

@tpl("personal_records", "pms_csv", "en", "ooo")
def _pms_csv(g):
    cc, sep, doms = [("gb", ",", ("btinternet.com", "gmail.com", "hotmail.co.uk")),
                     ("au", ";", ("bigpond.com", "gmail.com")),
                     ("us", "\t", ("gmail.com", "yahoo.com", "icloud.com"))][g.i]
    head = sep.join(["client_id", "first_name", "last_name", "mobile", "email", "postcode", "patient"])
    lines = [head]
    pp = pets(g, 4)
    for k in range(4):
        p = g.person("en")
        a = g.addr(*({"au": ("au", "nz")}.get(cc, (cc,))))
        pc = a.last
        lines.append(sep.join([f"C{40811 + 17 * k + 3 * g.i}", p.G, p.F, g.phone(a.cc).replace(" ", ""),
                               g.email(p, *doms), pc, pp[k]]))
    ask = [("This export from our old practice software won't import into ezyVet – the mobile column lost its "
            "leading zeros in Excel. Write a Python snippet that fixes it."),
           "Convert this semicolon CSV to comma-separated and quote every field:",
           "Why does this TSV break our Vetspire import? Spot the problem:"][g.i]
    return ask + "\n\n" + "\n".join(lines)


@tpl("personal_records", "pms_json", "en", "oo")
def _pms_json(g):
    cc, doms = [("gb", ("outlook.com",)), ("nz", ("xtra.co.nz",))][g.i]
    p = g.person("en")
    q = g.person("en")
    a = g.addr(cc)
    pp = pets(g, 2)
    street = a.lines[0]
    return ("Write a TypeScript interface for this client record from our booking API and flag any field "
            "that looks wrong:\n\n"
            "{\n"
            f'  "clientId": "CL-{20931 + g.i}",\n'
            f'  "firstName": "{p.G}",\n  "lastName": "{p.F}",\n'
            f'  "address": {{"line1": "{street}", "town": "{a.town}", "postcode": "{a.last}"}},\n'
            f'  "mobile": "{g.phone(cc)}",\n  "email": "{g.email(p, *doms)}",\n'
            f'  "secondaryContact": {{"name": "{q.N}", "relationship": "partner"}},\n'
            f'  "patients": [{{"name": "{pp[0]}", "species": "canine"}}, {{"name": "{pp[1]}", "species": "feline"}}],\n'
            '  "marketingOptIn": "yes"\n}')


@tpl("personal_records", "sql_clients", "en", "oo")
def _sql_clients(g):
    if g.i == 0:
        p = g.person("en")
        q = g.person("en")
        return ("This query is slow on our RxWorks replica, can you rewrite it?\n\n"
                "SELECT c.*, p.name AS patient FROM clients c JOIN patients p ON p.client_id = c.id\n"
                f"WHERE (c.last_name = '{p.F}' AND c.first_name = '{p.G}')\n"
                f"   OR (c.last_name = '{q.F}' AND c.first_name = '{q.G}')\n"
                "ORDER BY c.created_at DESC;")
    rows = []
    for _ in range(3):
        p = g.person("en")
        rows.append(f"  ('{p.G}', '{p.F}', '{g.phone('gb')}', '{pets(g)}')")
    return ("Turn these INSERTs into a single COPY-friendly CSV:\n\n"
            "INSERT INTO clients (first_name, last_name, phone, first_pet) VALUES\n" + ",\n".join(rows) + ";")


@tpl("personal_records", "portal_log", "en", "oo")
def _portal_log(g):
    p = g.person("en")
    q = g.person("en")
    r = g.person("en")
    if g.i == 0:
        return ("Our adoption portal is getting spam. Which of these log lines look like bots?\n\n"
                f"2025-06-02T09:14:03Z POST /apply status=201 ip={g.ip()} email={g.email(p, 'gmail.com')}\n"
                f"2025-06-02T09:14:05Z POST /apply status=201 ip={g.ip()} email={g.email(q, 'yahoo.co.uk')}\n"
                "2025-06-02T09:14:05Z POST /apply status=429 ip=185.220.101.4 email=test@test.com\n"
                f"2025-06-02T09:20:41Z POST /apply status=201 ip={g.ip()} email={g.email(r, 'outlook.com')}")
    login = P(fold(p.given)[0] + fold(p.family))
    return ("Explain this auth log from our clinic's client app in plain words:\n\n"
            f"Jun 03 21:07:12 app[311]: login ok user={login} ip={g.ip()}\n"
            f"Jun 03 21:07:40 app[311]: password reset requested for {g.email(q, 'icloud.com')} ip={g.ip()}\n"
            f"Jun 03 21:09:02 app[311]: login failed user={login} ip={g.ip()} reason=bad_password")


@tpl("personal_records", "yaml_reminder", "en", "o")
def _yaml_reminder(g):
    p = g.person("en")
    return ("Why does this reminder job never send? Config below:\n\n"
            "reminders:\n  vaccination:\n    days_before: 14\n    channel: sms\n    provider: twilio\n"
            "    template: \"Hi {{client.first_name}}, {{patient.name}} is due a booster\"\n"
            "  test_mode: true\n  test_recipient:\n"
            f"    name: {p.N}\n    phone: \"{g.phone('gb')}\"\n")


@tpl("personal_records", "card_log", "en", "oo")
def _card_log(g):
    p = g.person("en")
    q = g.person("en")
    cur = ["£", "$"][g.i]
    return ("Our card terminal's debug log ended up in a support ticket. Is this a PCI breach, and what do we "
            "tell the clients?\n\n"
            f"14:02:11 TXN 88120 AUTH {cur}212.40 PAN={g.card()} NAME={P(p.full.upper())} OK\n"
            f"14:09:55 TXN 88121 AUTH {cur}58.00 PAN={g.card()} NAME={P(q.full.upper())} DECLINED 51")


@tpl("personal_records", "pdsa_check", "en", "o")
def _pdsa_check(g):
    p = g.person("en")
    a = g.addr("gb")
    return ("Check this eligibility record for our charity clinic (PDSA-style, means-tested) and tell me "
            "what proof we still need:\n\n"
            "{\n"
            f'  "name": "{p.N}",\n  "ni_number": "{NID(g.nid("gb_nino"))}",\n'
            f'  "postcode": "{a.last}",\n  "benefit": "Universal Credit",\n'
            f'  "pets": ["{pets(g)}"],\n  "phone": "{g.phone("gb")}"\n}}')


@tpl("personal_records", "rabies_pep", "en", "o")
def _rabies_pep(g):
    p = g.person("en")
    a = g.addr("us")
    return ("Reformat this animal-bite report as a table for the county health department:\n\n"
            "{\n"
            '  "report_type": "animal_bite",\n'
            f'  "victim": {{"name": "{p.N}", "dob": "{g.dob("mdy/")}", "mrn": "{g.mrn()}"}},\n'
            f'  "address": "{a.line}",\n  "phone": "{g.phone("us")}",\n'
            '  "animal": {"species": "feline", "status": "stray, not captured"},\n'
            '  "pep_started": true\n}')


@tpl("personal_records", "csv_de", "de", "o")
def _csv_de(g):
    lines = ["Kundennr;Name;Vorname;IBAN;Tarif;Tier"]
    for k in range(2):
        p = g.person("de")
        lines.append(f"{7701 + k};{p.F};{p.G};{g.iban('de' if k == 0 else 'at')};Vorsorge-Abo M;"
                     f"{['Balu', 'Lotte'][k]}")
    return ("Die Lastschriften für unser Vorsorge-Abo werden von der Bank abgelehnt. Stimmt mit den IBANs "
            "etwas nicht?\n\n" + "\n".join(lines))


@tpl("personal_records", "export_fr", "fr", "o")
def _export_fr(g):
    lines = ["nom|prénom|téléphone|ville|animal"]
    for _k in range(3):
        p = g.person("fr")
        a = g.addr("fr", "be", "qc")
        lines.append(f"{P(p.family.upper())}|{p.G}|{g.phone(a.cc)}|{a.town}|{pets(g, 1, 'fr')}")
    return "Transforme cet export de notre logiciel véto en tableau Markdown, trié par ville :\n\n" + "\n".join(lines)


@tpl("personal_records", "json_es", "es", "o")
def _json_es(g):
    p = g.person("es")
    a = g.addr("es")
    return ("Este JSON viene del registro de identificación animal. ¿Qué campos obligatorios faltan?\n\n"
            "{\n"
            '  "microchip": "941000024718563",\n  "especie": "perro",\n'
            f'  "titular": {{"nombre": "{p.N}", "dni": "{NID(g.nid("es_dni"))}", '
            f'"telefono": "{g.phone("es")}"}},\n'
            f'  "domicilio": "{a.line}"\n}}')


@tpl("personal_records", "siac_pt", "pt", "o")
def _siac_pt(g):
    lines = ["Titular\tNIF\tTelemóvel\tLocalidade\tAnimal"]
    for _k in range(2):
        p = g.person("pt")
        a = g.addr("pt")
        lines.append(f"{p.N}\t{NID(g.nid('pt_nif'))}\t{g.phone('pt')}\t{a.town}\t{pets(g, 1, 'pt')}")
    return ("Preciso de passar estes registos para o SIAC. Podes verificar se os NIF têm 9 dígitos e "
            "formatar como tabela?\n\n" + "\n".join(lines))


@tpl("personal_records", "dogid_be", "nl", "o")
def _dogid_be(g):
    rrn, _d, sex = g.nid("be_rrn")
    p = g.person("nl", sex)
    a = g.addr("bn")
    return ("Kun je dit DogID-formulier nakijken voor de registratie van een pup?\n\n"
            f"Verantwoordelijke: {p.N}\nRijksregisternummer: {NID(rrn)}\n"
            f"Adres: {a.line}\nGSM: {g.phone('be')}\n"
            f"Hond: {pets(g, 1, 'nl')}, Mechelse herder, teef, chip 981098108846215")


@tpl("personal_records", "register_dk", "da", "o")
def _register_dk(g):
    cpr, _d, sex = g.nid("dk_cpr")
    p = g.person("da", sex)
    a = g.addr("dk")
    return ("Kan du omskrive denne række fra vores kundeeksport til et pænt kundekort?\n\n"
            "navn,cpr,adresse,telefon,dyr\n"
            f"{p.N},{NID(cpr)},\"{a.line}\",{g.phone('dk')},{pets(g, 1, 'da')} (kat)")


@tpl("personal_records", "dyreid_no", "no", "o")
def _dyreid_no(g):
    lines = []
    for _k in range(2):
        fnr, _d, sex = g.nid("no_fnr")
        p = g.person("no", sex)
        lines.append(f"- {p.N}, fnr. {NID(fnr)}, tlf. {g.phone('no')}, hund: {pets(g, 1, 'no')}")
    return ("Vi skal overføre eierskap i DyreID for to hunder. Lag en sjekkliste ut fra disse opplysningene:\n\n"
            + "\n".join(lines))


@tpl("personal_records", "register_zh", "zh", "o")
def _register_zh(g):
    cid, sex = g.nid("cn_id")
    p = g.person("zh", sex)
    a = g.addr("cn")
    return ("下面是养犬登记系统导出的一条记录，帮我检查格式有没有问题：\n\n"
            f"犬主姓名,身份证号,住址,联系电话,犬名\n{p.N},{NID(cid)},{a.line},{g.phone('cn')},{pets(g, 1, 'zh')}")


@tpl("personal_records", "register_ko", "ko", "o")
def _register_ko(g):
    rrn, sex = g.nid("kr_rrn")
    p = g.person("ko", sex)
    a = g.addr("kr")
    return ("동물등록 신청서 내용을 표로 정리해 주세요.\n\n"
            f"소유자 성명: {p.N}\n주민등록번호: {NID(rrn)}\n주소: {a.line}\n연락처: {g.phone('kr')}\n"
            f"동물: {pets(g, 1, 'ko')} / 진돗개 / 수컷 / 2023년생 / 내장형 칩")


@tpl("personal_records", "csv_cs", "cs", "o")
def _csv_cs(g):
    lines = ["jmeno;prijmeni;telefon;mesto;zvire"]
    for _k in range(3):
        p = g.person("cs")
        a = g.addr("cz", "pl")
        lines.append(f"{p.G};{p.F};{g.phone(a.cc)};{a.town};{pets(g, 1, 'cs')}")
    return "Seřaď tento seznam klientů podle města a převeď ho do tabulky:\n\n" + "\n".join(lines)


@tpl("personal_records", "cnp_ro", "ro", "o")
def _cnp_ro(g):
    cnp, sex = g.nid("ro_cnp")
    p = g.person("ro", sex)
    a = g.addr("ro")
    return ("Poți verifica dacă acest formular de adopție de la adăpost e complet?\n\n"
            f"Nume: {p.N}\nCNP: {NID(cnp)}\nAdresă: {a.line}\nTelefon: {g.phone('ro')}\n"
            f"Animal adoptat: {pets(g, 1, 'ro')}, câine metis, 2 ani, sterilizat\n"
            f"Voluntar adăpost: {g.named('ro', 'Lupu').N}")


@tpl("personal_records", "amka_el", "el", "o")
def _amka_el(g):
    amka, _d = g.nid("gr_amka")
    p = g.person("el")
    a = g.addr("gr")
    return ("Μπορείς να ελέγξεις αυτό το JSON από την εφαρμογή του ιατρείου μας;\n\n"
            "{\n"
            f'  "owner": "{p.N}",\n  "amka": "{NID(amka)}",\n  "address": "{a.line}",\n'
            f'  "mobile": "{g.phone("gr")}",\n  "pet": "{pets(g, 1, "el")}"\n}}')


# =========================================================================== PII-free rows
# Same shapes as the personal rows, full of pets with human names, eponyms, brands, famous animals
# and their famous owners, schools, software, sample people and placeholders.  Nothing is labelled.

def clean(cls, name, lang, cases, *texts):
    assert len(texts) == len(cases), name
    tpl(cls, name, lang, cases)(lambda g: texts[g.i])


# =========================================================================== clean_medicine

clean("clean_medicine", "eponym_q", "en", "ool",
      "My vet thinks Bella (11y Bichon Frise) has Cushing's. What's the difference between pituitary-dependent "
      "and adrenal Cushing's, and why did she suggest Vetoryl rather than surgery? Is it the same disease Harvey "
      "Cushing described in people?",
      "Oscar, our 6-year-old Standard Poodle, was just diagnosed with Addison's disease after collapsing. How do "
      "Zycortal injections and prednisolone work together, and will he need blood tests for life?",
      "What is Horner's syndrome in cats? Luna's third eyelid is up and one pupil is tiny since her ear "
      "infection. Could it be linked to the otitis, and does it usually resolve?")

clean("clean_medicine", "eponym_table", "en", "oo",
      "Check this revision table for my vet nursing exam and fix anything wrong:\n\n"
      "| Disease | Named after | Main species |\n|---|---|---|\n"
      "| Aujeszky's disease | Aladár Aujeszky | pigs |\n| Johne's disease | Heinrich Albert Johne | cattle, sheep |\n"
      "| Marek's disease | József Marek | poultry |\n| Tyzzer's disease | Ernest Tyzzer | foals, rabbits |\n"
      "| Legg-Calvé-Perthes | Arthur Legg, Jacques Calvé, Georg Perthes | small-breed dogs |\n"
      "| von Willebrand disease | Erik von Willebrand | Dobermanns |",
      "Add a column 'how it is diagnosed' to this table:\n\n"
      "Disease,Eponym,Species\nKey-Gaskell syndrome,Key and Gaskell,cats\nRubarth's disease,Sven Rubarth,dogs\n"
      "Weil's disease,Adolf Weil,dogs and people\nSchiff-Sherrington posture,Moritz Schiff and Charles "
      "Sherrington,dogs\nCarré's disease (distemper),Henri Carré,dogs and ferrets")

clean("clean_medicine", "drug_q", "en", "olo",
      "Is Librela (bedinvetmab, from Zoetis) safe for Max? He's a 13-year-old Lab with bad hips and already on "
      "Metacam. Our vet also mentioned Galliprant from Elanco – how do they compare?",
      "Bravecto vs NexGard Spectra vs Simparica Trio for Charlie, a 20 kg Springer who swims a lot – which "
      "covers lungworm and ticks, and which lasts longest?",
      "Why is Apoquel (oclacitinib) often paired with Cytopoint for itchy dogs, and is it true Frankie can't "
      "have Apoquel because he's under 12 months?")

clean("clean_medicine", "breed_q", "en", "ooo",
      "Which dog breeds are named after people? I know the Jack Russell Terrier (after Parson John Russell), "
      "the Dobermann (Louis Dobermann) and the Gordon Setter. Are there others, like the Cavalier King Charles "
      "Spaniel?",
      "Our new puppy Teddy is a Cavalier King Charles Spaniel. Which health tests should the breeder have done "
      "for mitral valve disease and syringomyelia, and what does the Kennel Club's scheme say?",
      "Is the Dandie Dinmont Terrier really named after a character in Walter Scott's novel Guy Mannering? "
      "Archie, our rescue, is a Dandie cross and everyone asks.")

clean("clean_medicine", "lc_med", "en", "lll",
      "is lyme disease in dogs the same as in humans? milo had a tick after our walk in the new forest and "
      "i'm worried",
      "whats the difference between cushings and addisons in dogs, they sound like opposites",
      "can rosie get kennel cough again after the nobivac kc vaccine or does it last for life")

clean("clean_medicine", "vaccine_table", "en", "oo",
      "Turn this puppy vaccine schedule into a friendly handout for new owners:\n\n"
      "| Age | Vaccine | Covers |\n|---|---|---|\n"
      "| 8 weeks | Nobivac DHPPi + L4 | distemper, hepatitis, parvo, parainfluenza, leptospirosis |\n"
      "| 10 weeks | Nobivac L4 | leptospirosis (2nd dose) |\n"
      "| 12+ weeks | Nobivac KC | Bordetella bronchiseptica (named after Jules Bordet) |\n"
      "| 12 weeks | Rabies (if travelling) | rabies |",
      "Explain this kitten schedule in plain English for Luna's and Oscar's new family:\n"
      "- 9 weeks: Purevax RCP (calicivirus, herpesvirus, panleukopenia)\n"
      "- 12 weeks: Purevax RCP + FeLV\n- 15 months: booster\n"
      "- Chlamydia felis and Bordetella only if in a multi-cat household")

clean("clean_medicine", "zoonosis_list", "en", "oo",
      "Make a one-page poster for our farm clients from this list of zoonoses:\n"
      "1. Q fever (Coxiella burnetii, after Harold Cox and Macfarlane Burnet)\n"
      "2. Brucellosis (after Sir David Bruce)\n3. Salmonellosis (after Daniel Elmer Salmon)\n"
      "4. Listeriosis (after Joseph Lister)\n5. Leptospirosis / Weil's disease\n6. Orf and ringworm",
      "Which of these can my kids catch from our pets: toxoplasmosis, cat scratch disease (Bartonella, after "
      "Alberto Barton), Toxocara, Giardia, psittacosis? We have a cat called Daisy and a budgie called Kevin.")

clean("clean_medicine", "med_de", "de", "oo",
      "Was ist die Aujeszkysche Krankheit und warum ist sie für Jagdhunde gefährlich? Unser Dackel Waldi "
      "geht mit zur Wildschweinjagd.",
      "Unsere Katze Mia hat laut Tierärztin ein Cushing-Syndrom – bei Katzen soll das selten sein. Welche "
      "Rolle spielt dabei der Diabetes, und hilft Vetoryl auch bei Katzen?")

clean("clean_medicine", "med_fr", "fr", "oo",
      "Pourquoi la maladie de Carré porte-t-elle ce nom ? Notre chiot Filou doit recevoir son rappel et le "
      "vétérinaire a parlé de Henri Carré.",
      "La maladie d'Aujeszky est-elle encore présente en France chez les sangliers ? Mon chien Gaston "
      "chasse en Sologne.")

clean("clean_medicine", "med_es", "es", "oo",
      "¿Qué diferencia hay entre la enfermedad de Addison y la de Cushing en perros? A Toby le han "
      "diagnosticado Addison y estoy muy perdida.",
      "¿La leishmaniosis se llama así por William Leishman? ¿Qué vacuna o collar (Scalibor, Seresto) "
      "recomendáis para Canela en Andalucía?")

clean("clean_medicine", "med_it", "it", "o",
      "Il mio gatto Tobia ha la sindrome di Horner dopo un'otite. Che cos'è esattamente e quanto dura di solito?")

clean("clean_medicine", "med_pt", "pt", "o",
      "A babesiose tem esse nome por causa de Victor Babeș? A Pipoca teve doença do carrapato no ano passado "
      "e quero entender a diferença para a erliquiose.")

clean("clean_medicine", "med_ja", "ja", "oo",
      "犬のクッシング症候群とアジソン病の違いを、飼い主向けに簡単に説明してください。うちのモモは10歳のトイ・プードルです。",
      "レプトスピラ症はワイル病とも呼ばれるそうですが、なぜですか？ハナの混合ワクチンに入っているか知りたいです。")

clean("clean_medicine", "med_zh", "zh", "o",
      "狗狗的库欣综合征（Cushing's）为什么叫这个名字？我家豆豆11岁了，医生说要做ACTH刺激试验。")

clean("clean_medicine", "med_ru", "ru", "o",
      "Чем опасна болезнь Ауески для собак и почему её называют «ложным бешенством»? Наш Шарик живёт "
      "на свиноферме.")

clean("clean_medicine", "med_hi", "hi", "o",
      "ब्रुसेलोसिस का नाम डेविड ब्रूस के नाम पर क्यों रखा गया? हमारी गाय गौरी का गर्भपात हुआ है, क्या यह बीमारी इंसानों में भी फैलती है?")

clean("clean_medicine", "med_tr", "tr", "o",
      "Köpeklerde Lyme hastalığı Türkiye'de görülüyor mu? Zeytin geçen hafta ormanda kene kaptı.")

clean("clean_medicine", "med_ko", "ko", "o",
      "강아지 쿠싱증후군과 애디슨병은 어떻게 다른가요? 우리 초코가 물을 너무 많이 마셔서 걱정이에요.")

clean("clean_medicine", "med_sv", "sv", "o",
      "Vad är skillnaden mellan Cushings sjukdom och Addisons sjukdom hos hund? Sixten har fått Vetoryl "
      "utskrivet.")


# =========================================================================== clean_famous

clean("clean_famous", "famous_q", "en", "olo",
      "Write 150 words for our clinic newsletter on Greyfriars Bobby: the Skye Terrier who is said to have "
      "guarded John Gray's grave in Edinburgh for 14 years. Mention the statue and the Baroness Burdett-Coutts.",
      "Was Balto or Togo the real hero of the 1925 serum run to Nome? Explain the roles of Gunnar Kaasen and "
      "Leonhard Seppala, and why Togo got his own Disney film.",
      "Our practice cat is called Darwin. Give me three fun facts about Charles Darwin's own dogs (Bob, Polly) "
      "for a poster in the waiting room.")

clean("clean_famous", "famous_roster", "en", "oo",
      "Turn this CSV into a markdown table for a school talk on famous dogs:\n\n"
      "Animal,Owner,Place,Year,Why famous\n"
      "Greyfriars Bobby,John Gray,Edinburgh,1858,loyalty at his owner's grave\n"
      "Hachikō,Hidesaburō Ueno,Shibuya,1925,waited at the station for nine years\n"
      "Rin Tin Tin,Lee Duncan,Hollywood,1922,rescued from a French battlefield, became a film star\n"
      "Bamse,Erling Hafto,Montrose,1940,Norwegian navy St Bernard and mascot",
      "Which of these dogs would make a good theme for each month of our 2026 calendar?\n\n"
      "| Dog | Famous owner | Notes |\n|---|---|---|\n"
      "| Fala | Franklin D. Roosevelt | Scottish Terrier, statue at the FDR Memorial |\n"
      "| Bo and Sunny | Barack Obama | Portuguese Water Dogs |\n| Checkers | Richard Nixon | the 1952 speech |\n"
      "| Boatswain | Lord Byron | Newfoundland with his own monument at Newstead Abbey |\n"
      "| Susan | Queen Elizabeth II | the first of many Pembroke Corgis |")

clean("clean_famous", "lc_famous", "en", "lll",
      "was hachiko's owner really a professor at tokyo imperial university and what did he teach",
      "did queen elizabeth really have over 30 corgis? were susan and willow the most famous ones",
      "what happened to larry the cat when boris johnson and rishi sunak left downing street, is he still there")

clean("clean_famous", "quiz_caps", "en", "u",
      "Make 5 quiz questions for our clinic's charity night about famous animals: Greyfriars Bobby, Laika, "
      "Dolly the Sheep (Ian Wilmut, Roslin Institute), Paul the Octopus and Sergeant Stubby.")

clean("clean_famous", "fiction_pets", "en", "oo",
      "Match each fictional pet to its owner and author, as a table:\n"
      "Toto, Snowy, Gromit, Hedwig, Crookshanks, Bull's-eye, Nana, Pilot\n"
      "(owners: Dorothy Gale, Tintin, Wallace, Harry Potter, Hermione Granger, Bill Sikes, the Darling family, "
      "Mr Rochester)",
      "Write a short quiz round on cats in books: Mrs Norris (Filch's cat), the Cheshire Cat, Macavity "
      "(T. S. Eliot), Greebo (Terry Pratchett's Nanny Ogg), Orlando the Marmalade Cat (Kathleen Hale).")

clean("clean_famous", "famous_de", "de", "oo",
      "Schreib einen kurzen Text über Knut, den Eisbären aus dem Zoo Berlin, und seinen Pfleger Thomas "
      "Dörflein – für eine Ausstellung im Wartezimmer unserer Tierarztpraxis.",
      "War Kommissar Rex in allen Staffeln derselbe Hund? Und wie hieß der Schäferhund von Moser und "
      "Brandtner eigentlich im echten Leben?")

clean("clean_famous", "famous_fr", "fr", "o",
      "Fais une petite liste des chiens célèbres de la BD franco-belge : Milou (Tintin, Hergé), Idéfix "
      "(Obélix, Goscinny et Uderzo), Rantanplan (Lucky Luke, Morris) et Bill (Boule et Bill, Roba).")

clean("clean_famous", "famous_es", "es", "o",
      "¿Qué simboliza el burro en «Platero y yo» de Juan Ramón Jiménez? Y ¿cómo se llamaba el caballo de "
      "Don Quijote? Es para una charla sobre animales en la literatura.")

clean("clean_famous", "famous_it", "it", "o",
      "Raccontami la storia di Fido, il cane di Borgo San Lorenzo che aspettò Carlo Soriani alla fermata "
      "dell'autobus per anni. Esiste davvero una statua?")

clean("clean_famous", "famous_ja", "ja", "oo",
      "忠犬ハチ公と上野英三郎博士の話を、小学生向けに300字でまとめてください。",
      "和歌山電鐵貴志駅の「たま駅長」はどうして有名になったのですか？ニタマとの関係も教えてください。")

clean("clean_famous", "famous_ru", "ru", "o",
      "Расскажи коротко про Белку и Стрелку и про Лайку: кто готовил собак к полёту и что стало с Лайкой "
      "после запуска «Спутника-2»?")

clean("clean_famous", "famous_pt", "pt", "o",
      "No romance de Machado de Assis, o cachorro se chama Quincas Borba, como o dono. E a cachorra Baleia, "
      "de Vidas Secas? Me ajuda a comparar os dois para um trabalho.")

clean("clean_famous", "famous_pl", "pl", "o",
      "Opowiedz krótko historię niedźwiedzia Wojtka z armii generała Andersa – gdzie jest jego pomnik "
      "i co stało się z nim po wojnie w zoo w Edynburgu?")

clean("clean_famous", "famous_cs", "cs", "o",
      "Kdo byla Dášeňka od Karla Čapka a proč je ta knížka o štěněti pořád tak oblíbená?")

clean("clean_famous", "famous_zh", "zh", "o",
      "1972年尼克松访华后，中国赠送美国的大熊猫玲玲和兴兴后来怎么样了？美国回赠的麝牛又叫什么名字？")

clean("clean_famous", "famous_ko", "ko", "o",
      "대전으로 팔려갔다가 진도로 돌아온 진돗개 백구 이야기를 아이들에게 들려주려고 해요. 짧게 정리해 줄래요?")

clean("clean_famous", "famous_el", "el", "o",
      "Γράψε μια μικρή παράγραφο για τον Άργο, τον σκύλο του Οδυσσέα, και για τον Λουκάνικο, τον σκύλο των "
      "διαδηλώσεων της Αθήνας.")

clean("clean_famous", "famous_uk", "uk", "o",
      "Напиши коротку історію про пса Патрона – джек-рассел-тер'єра, який шукає міни на Чернігівщині, "
      "і за що Зеленський його нагородив.")

clean("clean_famous", "space_timeline", "en", "oo",
      "Fix the dates in this timeline of animals in space:\n"
      "- 1957: Laika, Sputnik 2 (USSR)\n- 1960: Belka and Strelka, Sputnik 5\n"
      "- 1961: Ham the chimpanzee, Mercury-Redstone 2 (NASA)\n- 1963: Félicette, the French cat (Véronique AG1)",
      "Add one line on each animal's handler or trainer: Laika (Oleg Gazenko), Ham (Holloman Aerospace "
      "Medical Center), Félicette (CERMA scientists). Keep it child-friendly.")


# =========================================================================== clean_industry

clean("clean_industry", "pms_compare", "en", "loo",
      "We're a 3-vet small-animal practice moving off RxWorks. Compare ezyVet, Provet Cloud and Covetrus Pulse "
      "on price, cloud hosting, Xero integration and online booking (we use Vetstoria).",
      "Our group is choosing between Shepherd, Vetspire and Digitail. Which ones handle multi-site inventory "
      "and have an API for PetsApp? Answer as a table.",
      "Is Teleos or Robovet better for a mixed practice with farm clients? We need herd records and the "
      "ability to bill a farm partnership rather than a person.")

clean("clean_industry", "schools_table", "en", "oo",
      "Fix the formatting of this table for our careers evening:\n\n"
      "| School | Country | Founded |\n|---|---|---|\n"
      "| Royal (Dick) School of Veterinary Studies | Scotland | 1823, by William Dick |\n"
      "| Royal Veterinary College | England | 1791 |\n| École nationale vétérinaire d'Alfort | France | 1765 |\n"
      "| TiHo Hannover | Germany | 1778 |\n| Onderstepoort | South Africa | 1920 |",
      "Which of these vet schools are AVMA-accredited: Cornell, UC Davis, Ross University, Massey, Utrecht, "
      "Murdoch, Harper & Keele, Surrey? One line each.")

clean("clean_industry", "pharma_news", "en", "oo",
      "Summarise the animal-health market in 5 bullets: Zoetis (CEO Kristin Peck), Elanco (Jeff Simmons), "
      "Boehringer Ingelheim, Merck Animal Health, and Dechra after the EQT takeover.",
      "Write a short LinkedIn post for our practice about the new Librela and Solensia launches from Zoetis, "
      "and mention that Elanco's Credelio Quattro is coming. No hype, no medical claims.")

clean("clean_industry", "insurers_cmp", "en", "ol",
      "Compare lifetime pet insurance from Petplan, ManyPets, Animal Friends and Agria for a 2-year-old "
      "French Bulldog called Stanley. What exclusions should his owners look for (BOAS, IVDD)?",
      "In the US, how do Trupanion, Lemonade, Healthy Paws, Embrace and Pumpkin differ on direct vet "
      "payment? A client with a Golden Retriever called Bailey asked us.")

clean("clean_industry", "charity_q", "en", "oo",
      "Who was Maria Dickin and why does PDSA award the Dickin Medal? List three animals who received it, "
      "including Simon the ship's cat from HMS Amethyst.",
      "Write a short history of animal welfare charities for our open day: RSPCA (Richard Martin, William "
      "Wilberforce, 1824), Battersea (Mary Tealby, 1860), ASPCA (Henry Bergh, 1866) and The Brooke "
      "(Dorothy Brooke, 1934).")

clean("clean_industry", "job_ad", "en", "oo",
      "Rewrite this job ad so it sounds less corporate:\n\n"
      "Veterinary Surgeon – IVC Evidensia, Small Animal, 4-day week\n"
      "• RCVS registered (new grads welcome – VDS support)\n• Ultrasound, CT, in-house IDEXX lab\n"
      "• CPD budget £1,500 + BSAVA membership\n• Apply via the careers portal, ref VS-2291",
      "Write a job advert for a Registered Veterinary Nurse at a CVS Group practice. Mention the RCVS "
      "Practice Standards Scheme, Instinct treatment sheets and our two practice cats, Mabel and Winston.")

clean("clean_industry", "lc_tools", "en", "lll",
      "does ezyvet integrate with xero or only quickbooks? our accountant keeps asking",
      "whats better for online booking, vetstoria or petsapp, for a practice with 2 branches",
      "is joii or firstvet any good for out of hours video consults or should we stick with vets now")

clean("clean_industry", "conf_agenda", "en", "oo",
      "Turn this into a clean agenda for our in-house CPD day:\n"
      "09:00 Cushing's or not? Interpreting the LDDST\n10:15 Addison's – the great pretender\n"
      "11:30 Lyme and Anaplasma in UK dogs\n13:30 Horner's, Schirmer tear test and the red eye\n"
      "15:00 Using Provet Cloud reports for clinical audit",
      "We're sending two nurses to the London Vet Show and one vet to VMX in Orlando. Draft the internal "
      "e-mail about budgets, rota cover and what to bring back for the team.")

clean("clean_industry", "ind_de", "de", "oo",
      "Welche Praxissoftware ist in Deutschland verbreitet – easyVET, Vetera, Provet Cloud? Wir sind eine "
      "Kleintierpraxis mit zwei Standorten und brauchen eine GOT-konforme Abrechnung.",
      "Vergleiche bitte die OP-Versicherungen von Agila, Uelzener, Barmenia und Petprotect für einen Mischling "
      "namens Balu, 3 Jahre.")

clean("clean_industry", "ind_fr", "fr", "oo",
      "Quelles sont les quatre écoles vétérinaires publiques en France (EnvA à Maisons-Alfort, VetAgro Sup à "
      "Lyon, ENVT à Toulouse, Oniris à Nantes) et comment se passe le concours ?",
      "Compare SantéVet, Bulle Bleue et Assur O'Poil pour un chaton Maine Coon qui s'appelle Moka.")

clean("clean_industry", "ind_es", "es", "oo",
      "¿Qué programa de gestión veterinaria es mejor para una clínica pequeña en España: Qvet o Provet Cloud? "
      "Necesitamos conexión con el registro de microchips.",
      "Haz una tabla con las facultades de Veterinaria de la Complutense, Zaragoza, Córdoba y León: nota de "
      "corte aproximada y hospital clínico.")

clean("clean_industry", "ind_nl", "nl", "o",
      "Wat is het verschil tussen werken bij een keten als Evidensia of AniCura en een zelfstandige praktijk? "
      "Ik studeer af in Utrecht en twijfel.")

clean("clean_industry", "ind_ja", "ja", "o",
      "アニコム損保とアイペット損保のペット保険を、10歳の猫ソラのために比較してください。")

clean("clean_industry", "ind_zh", "zh", "o",
      "新瑞鹏和瑞派宠物医院这两家连锁有什么区别？我是中国农业大学动物医学院的应届毕业生，想找实习。")

clean("clean_industry", "ind_sv", "sv", "o",
      "Jämför Agria, Folksam och Sveland för en valp (labrador, heter Ludde). Vilken har bäst veterinärvård "
      "utan tak?")

clean("clean_industry", "ind_pl", "pl", "o",
      "Porównaj studia weterynaryjne na SGGW w Warszawie i UPWr we Wrocławiu. Czy praktyki w Biowet Puławy "
      "są dobrym pomysłem?")

clean("clean_industry", "ind_th", "th", "o",
      "ช่วยเปรียบเทียบคณะสัตวแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย กับ มหาวิทยาลัยเกษตรศาสตร์ หน่อย อยากเป็นสัตวแพทย์รักษาช้าง")

clean("clean_industry", "ind_ar", "ar", "o",
      "ما هو مستشفى أبوظبي للصقور ولماذا يُعد من أشهر المستشفيات البيطرية في العالم؟ أدرس في كلية الطب "
      "البيطري بجامعة القاهرة.")

clean("clean_industry", "ind_he", "he", "o",
      "מה ההבדל בין בית החולים הווטרינרי של בית הספר ע\"ש קורט בבית דגן לבין מרפאה פרטית? רוצה ללמוד רפואה וטרינרית.")


# =========================================================================== clean_template

clean("clean_template", "blank_adoption", "en", "ooo",
      "Improve the wording of our blank adoption form – keep every field:\n\n"
      "Applicant name: ______________________\nDate of birth: __ / __ / ____\n"
      "Address: _________________________________\nMobile: ______________  Email: ______________\n"
      "Do you own or rent? [ ] Own  [ ] Rent – landlord's name: ______________\n"
      "Current pets (name, species, age): ______________\nVet practice: ______________",
      "Turn this into a Google Form with the right field types:\n"
      "- [APPLICANT FULL NAME]\n- [DATE OF BIRTH]\n- [HOME ADDRESS + POSTCODE]\n- [PHONE]\n"
      "- [EMAIL]\n- Which dog are you interested in? (Bruno / Luna / Maisie / Otis)\n- Garden fenced? Y/N",
      "Write a friendly intro paragraph to go above this form:\n\n"
      "FOSTER CARER APPLICATION\nName: {{applicant.name}}\nAddress: {{applicant.address}}\n"
      "Phone: {{applicant.phone}}\nCan you foster: [ ] kittens [ ] bottle babies [ ] dogs [ ] rabbits")

clean("clean_template", "sample_record", "en", "oo",
      "Is this a good example record for our API docs? Suggest improvements.\n\n"
      "{\n  \"clientId\": \"CL-00001\",\n  \"firstName\": \"John\",\n  \"lastName\": \"Doe\",\n"
      "  \"address\": {\"line1\": \"123 Main Street\", \"town\": \"Anytown\", \"postcode\": \"AB1 2CD\"},\n"
      "  \"mobile\": \"+44 7XXX XXXXXX\",\n  \"email\": \"john.doe@example.com\",\n"
      "  \"patients\": [{\"name\": \"Buddy\", \"species\": \"canine\"}]\n}",
      "Write a pytest fixture from this sample client: Jane Doe, dog Bella (Labrador, 4y), cat Oscar (DSH, 9y), "
      "address '1 Example Road, Sampleton', phone '0000 000000', insurer 'Example Pet Insurance Ltd'.")

clean("clean_template", "merge_letter", "en", "ooo",
      "Proofread this reminder template – don't change the merge fields:\n\n"
      "Dear {{client.title}} {{client.last_name}},\n"
      "{{patient.name}} is due for {{reminder.vaccine}} on {{reminder.due_date}}. Book online or call us on "
      "{{practice.phone}}.\nKind regards,\n{{practice.name}}",
      "Make this overdue-invoice letter kinder:\n\n"
      "Dear [OWNER NAME],\nOur records show invoice [INVOICE NO] for [PET NAME] remains unpaid after 30 days. "
      "Please pay [AMOUNT] by [DATE] or contact us to set up a payment plan.\n[VET NAME] MRCVS",
      "Write an SMS version (max 160 chars) of this: 'Hi <<FirstName>>, <<PetName>>'s post-op check is "
      "tomorrow at <<Time>> with <<VetName>>. Reply Y to confirm. <<PracticeName>>'")

clean("clean_template", "sample_claim", "en", "oo",
      "For our staff training slides, walk through this made-up claim step by step: policyholder John Smith, "
      "dog Max (Cocker Spaniel, 5y), ear infection, £240 vet bill, £99 excess, insurer 'Petplan'. What gets paid?",
      "Create a worked example for new receptionists: owner Joe Bloggs brings in his cat Tigger for a "
      "dental; estimate £650; insurer pays direct minus excess. Show the invoice lines.")

clean("clean_template", "caps_notice", "en", "u",
      "Rewrite this notice template in a warmer tone: NOTICE TO [OWNER NAME] – YOUR ANIMAL [PET NAME] HAS "
      "BEEN IN OUR CARE SINCE [DATE]. IF NOT COLLECTED WITHIN 14 DAYS WE MAY REHOME IT UNDER OUR TERMS.")

clean("clean_template", "sql_schema", "en", "oo",
      "Review this schema for a small rescue's database:\n\n"
      "CREATE TABLE adopters (\n  id SERIAL PRIMARY KEY,\n  first_name TEXT NOT NULL,\n"
      "  last_name TEXT NOT NULL,\n  phone TEXT,\n  email TEXT UNIQUE,\n  postcode TEXT\n);\n"
      "INSERT INTO adopters (first_name, last_name, phone, email, postcode)\n"
      "VALUES ('Jane', 'Doe', '000-000-0000', 'jane.doe@example.com', 'XX1 1XX');",
      "Write a SQL query that lists every animal not yet adopted, with columns name, species, intake_date. "
      "Example rows: ('Luna', 'cat', '2025-01-04'), ('Max', 'dog', '2025-02-11'), ('Charlie', 'rabbit', "
      "'2025-03-02').")

clean("clean_template", "csv_sample", "en", "oo",
      "Fix the quoting in this sample import file for our training environment:\n\n"
      "first_name,last_name,phone,email,pet\nJoe,Bloggs,07XXX XXXXXX,joe.bloggs@example.com,Rex\n"
      "A. N.,Other,07XXX XXXXXX,a.n.other@example.com,\"Smudge, Tigger\"\n"
      "John,Q. Public,07XXX XXXXXX,jq.public@example.org,Daisy",
      "Generate 5 more fake rows in the same style as these (clearly fake, no real people):\n"
      "Fred,Bloggs,Dog,Bruno\nJane,Roe,Cat,Misty")

clean("clean_template", "de_muster", "de", "oo",
      "Ist dieses Musterformular für die Tierhalter-Anmeldung vollständig?\n\n"
      "Name: Max Mustermann\nAnschrift: Musterstraße 1, 12345 Musterstadt\nTelefon: 0123 456789-0\n"
      "Tier: Bello, Mischling, 3 Jahre\nIBAN: DE00 0000 0000 0000 0000 00",
      "Schreib eine Beispiel-Rechnung nach GOT für Erika Mustermann, Katze Minka, Kastration und Impfung – "
      "nur als Vorlage für unsere Azubis.")

clean("clean_template", "fr_modele", "fr", "oo",
      "Voici un modèle de contrat de placement : « Entre l'association et M. Jean Dupont, demeurant "
      "[ADRESSE], concernant le chien [NOM DE L'ANIMAL] ». Peux-tu l'améliorer ?",
      "Crée une fiche client exemple pour la formation : Mme Marie Martin, chat Caramel, 5 ans, "
      "téléphone 0X XX XX XX XX, adresse 1 rue de l'Exemple.")

clean("clean_template", "es_modelo", "es", "oo",
      "Rellena este modelo de contrato de adopción con datos de ejemplo (Fulano de Tal, DNI 12345678Z) para "
      "enseñarlo en la web, dejando claro que son ficticios.",
      "Corrige esta plantilla: «Estimado/a [NOMBRE DEL TITULAR]: le recordamos que [NOMBRE DE LA MASCOTA] "
      "tiene pendiente la vacuna antirrábica». Ponle de ejemplo a Juan Pérez y su perro Toby.")

clean("clean_template", "it_modello", "it", "o",
      "Scrivi un modulo di esempio per l'iscrizione all'anagrafe canina intestato a Mario Rossi, Via Roma 1, "
      "00100 Roma, codice fiscale RSSMRA80A01H501U, cane Pippo. Solo per la formazione del personale.")

clean("clean_template", "pt_modelo", "pt", "o",
      "Faz um modelo de ficha de adoção com um exemplo fictício: Fulano de Tal, CPF 000.000.000-00, "
      "cachorra Mel, telefone (00) 00000-0000.")

clean("clean_template", "nl_voorbeeld", "nl", "o",
      "Maak een voorbeeldbrief voor het ophalen van as na crematie, gericht aan Jan Jansen over zijn kat Guus. "
      "Gebruik [ADRES] en [DATUM] als plaatshouders.")

clean("clean_template", "pl_wzor", "pl", "o",
      "Przygotuj wzór umowy adopcyjnej z przykładowymi danymi: Jan Kowalski, PESEL ___________, "
      "ul. Przykładowa 1, 00-000 Warszawa, pies Burek.")

clean("clean_template", "sv_mall", "sv", "o",
      "Skriv en mall för vaccinationspåminnelse till Sven Svensson om katten Smulan, med fälten "
      "[DATUM] och [KLINIK].")

clean("clean_template", "fi_malli", "fi", "o",
      "Tee esimerkkilomake koiran omistajanvaihdosta: luovuttaja Matti Meikäläinen, vastaanottaja Maija "
      "Meikäläinen, koira Musti.")

clean("clean_template", "ru_obrazets", "ru", "o",
      "Составь образец договора передачи котёнка: «Иванов Иван Иванович, паспорт ____ ______, "
      "адрес: ____________». Котёнка зовут Барсик.")

clean("clean_template", "ja_sample", "ja", "o",
      "動物病院の問診票の記入例を作ってください。飼い主：山田太郎、住所：〇〇県〇〇市〇〇町1-2-3、"
      "電話：000-0000-0000、ペット：ココ（猫・3歳）。")

clean("clean_template", "ko_sample", "ko", "o",
      "동물병원 접수증 예시를 만들어 주세요. 보호자: 홍길동, 연락처: 010-0000-0000, 반려동물: 보리(고양이, 2살).")

clean("clean_template", "zh_sample", "zh", "o",
      "帮我写一份宠物寄养协议的示例，甲方用张三，乙方用李四，宠物叫球球，身份证号一栏留空。")

clean("clean_template", "ar_sample", "ar", "o",
      "اكتب نموذج استمارة تبنّي قطة بمثال وهمي: الاسم فلان الفلاني، الهاتف 0000000000، اسم القطة مشمش.")

clean("clean_template", "he_sample", "he", "o",
      "תכין לי טופס דוגמה לרישום כלב ברשות המקומית, עם השם ישראל ישראלי ומספר ת.ז. 000000000, "
      "והכלב בשם שוקו.")

clean("clean_template", "tr_sample", "tr", "o",
      "Veteriner kliniği için örnek bir hasta kayıt formu hazırla: Ad Soyad: [AD SOYAD], T.C. Kimlik No: "
      "[___________], Telefon: 05XX XXX XX XX, Hayvanın adı: Pamuk.")


# =========================================================================== clean_chat

clean("clean_chat", "owner_q", "en", "oolo",
      "My cats Oscar and Luna keep fighting since we brought home a kitten called Milo. Is Feliway Friends "
      "worth trying, or should we separate them and reintroduce slowly?",
      "Bella was born on 14/03/2019 (according to her pet passport) – is she a senior yet, and should she "
      "switch to a senior diet like Hill's Mature Adult?",
      "How much chocolate is dangerous for a 9 kg dog? Charlie ate half a bar of Cadbury Dairy Milk about an "
      "hour ago. Should I ring Animal PoisonLine?",
      "Our rabbit Daisy stopped eating this morning and hasn't pooped. Is gut stasis an emergency? The vet "
      "opens at 9 and it's 6am now.")

clean("clean_chat", "lc_owner", "en", "llll",
      "is it normal for max to sleep 18 hours a day, hes a 12 yo greyhound",
      "can i give teddy piriton for hay fever, he's a 7kg westie",
      "how do i get ruby to stop pulling on the lead, tried a halti and a harness",
      "whats the best age to neuter a male cockapoo, our boy murphy is 5 months and the vet said wait")

clean("clean_chat", "wa_clean", "en", "oo",
      "Is this reply OK to send to clients on WhatsApp?\n\n"
      "[12/03/2025, 08:01] Riverside Vets: Good morning! Just a reminder that Bella's booster is due this "
      "month. Reply BOOK and we'll find a slot.\n[12/03/2025, 08:14] Me: can it be a saturday?\n"
      "[12/03/2025, 08:16] Riverside Vets: Of course – Saturday 10:20 with the nurse?",
      "Summarise this group chat from our puppy class:\n\n"
      "Trainer: Great session today! Homework: 'leave it' with Biscuit, Poppy and Reggie.\n"
      "Parent of Poppy: she ate a sock again 🙈\nParent of Reggie: is next week still on?\n"
      "Trainer: Yes, same time, bring high-value treats (Lily's Kitchen, cheese, chicken).")

clean("clean_chat", "bot_clean", "en", "oo",
      "Our website bot gave this answer. Is it medically OK?\n\n"
      "Visitor: is lyme disease common in dogs in the lake district?\n"
      "Bot: Lyme disease (Borrelia burgdorferi, named after Willy Burgdorfer) is spread by ticks and is "
      "more common in areas with deer, such as the Lake District and the Scottish Highlands. Use a tick "
      "product like Bravecto or NexGard and check your dog after walks.",
      "Shorten this bot reply:\n\n"
      "Visitor: do I need to book Luna in for her jabs before we go to France?\n"
      "Bot: Since Brexit, pets travelling from Great Britain to the EU need an Animal Health Certificate "
      "issued within 10 days of travel, a microchip and a rabies vaccination at least 21 days before.")

clean("clean_chat", "farm_q", "en", "lo",
      "What's the best way to control Johne's disease in a 120-cow dairy herd? Our vet mentioned the "
      "Action Johne's UK plan and culling repeat test-positives like Daisy and Buttercup.",
      "Is the Schmallenberg virus still a problem for lambing in 2025, and is Bultavo 3 for bluetongue "
      "worth it for 300 Texel ewes? Our tup is called Boris and he's fine.")

clean("clean_chat", "travel_q", "en", "ol",
      "We're driving from Folkestone to Calais on Eurotunnel with our dogs Alfie and Willow. What paperwork do "
      "we need for the return trip, and when does the tapeworm treatment have to be done?",
      "Moving from Texas to Australia with our cat Jasper – how long is quarantine at Mickleham, and what "
      "does the RNATT blood test involve?")

clean("clean_chat", "caps_q", "en", "u",
      "Is it true that Frankie can get Weil's disease from swimming in the canal? He's had his Nobivac L4.")

clean("clean_chat", "chat_de_clean", "de", "l",
      "unser kater felix kotzt seit zwei tagen haarballen, ist malzpaste von gimcat okay oder lieber zum "
      "tierarzt?")

clean("clean_chat", "chat_fr_clean", "fr", "o",
      "Ma chienne Noisette, née le 02/05/2020, a mangé des chenilles processionnaires en forêt de "
      "Fontainebleau. Que faire en attendant le vétérinaire ?")

clean("clean_chat", "chat_es_clean", "es", "l",
      "¿Es normal que Lola, mi gata de 12 años, beba tanta agua? Me han dicho que puede ser riñón o "
      "hipertiroidismo.")

clean("clean_chat", "chat_pt_clean", "pt", "l",
      "O Thor come grama todo dia no passeio pelo Parque Ibirapuera. Isso é normal ou é sinal de verme?")

clean("clean_chat", "chat_it_clean", "it", "o",
      "Posso portare Birba, la mia gatta, in vacanza in Sardegna in traghetto? Che documenti servono?")

clean("clean_chat", "chat_nl_clean", "nl", "l",
      "Onze hond Guus heeft een teek opgelopen op de Veluwe. Moet ik me zorgen maken over de ziekte van Lyme?")

clean("clean_chat", "chat_tr_clean", "tr", "o",
      "Kedim Tarçın 8 yaşında ve çok kilo aldı. Royal Canin mi Hill's mi daha iyi diyet maması?")

clean("clean_chat", "chat_ar_clean", "ar", "o",
      "كلبي سمسم يحك أذنه كثيراً منذ أن سبحنا في البحر في العقبة. هل هو التهاب أذن؟")

clean("clean_chat", "chat_uk_clean", "uk", "o",
      "Наш кіт Бублик боїться феєрверків. Що можна дати йому заспокійливого, крім Feliway?")

clean("clean_chat", "chat_vi_clean", "vi", "o",
      "Con chó Mực nhà tôi 3 tháng tuổi, khi nào thì nên tiêm phòng dại và vắc-xin 7 bệnh?")

clean("clean_chat", "chat_id_clean", "id", "l",
      "Kucing saya Mochi bersin terus sejak pindah ke Bandung. Apakah ini flu kucing dan perlu dibawa ke dokter hewan?")

clean("clean_chat", "chat_th_clean", "th", "o",
      "สุนัขชื่อมะลิ อายุ 10 ปี กินน้ำเยอะและปัสสาวะบ่อย เป็นโรคคุชชิงหรือเบาหวานได้ไหมคะ")

clean("clean_chat", "chat_hi_clean", "hi", "o",
      "हमारे कुत्ते शेरू को दिल्ली की गर्मी में बहुत हांफना होता है। हीट स्ट्रोक से बचाने के लिए क्या करें?")

clean("clean_chat", "chat_no_clean", "no", "o",
      "Hunden vår Kira har spist rosiner. Hvor farlig er det for en 12 kg border collie?")

clean("clean_chat", "chat_cy_clean", "cy", "o",
      "Mae'r ci defaid Mot yn gloff ar ôl bod ar y mynydd ger yr Wyddfa. Pryd ddylwn i ffonio'r milfeddyg?")


# =========================================================================== build, check, main

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "cs": "Czech", "tr": "Turkish", "el": "Greek", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic",
    "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "th": "Thai",
    "vi": "Vietnamese", "id": "Indonesian", "cy": "Welsh", "ro": "Romanian", "hu": "Hungarian",
}


def build():
    g = Gen(SEED)
    rows = []
    for cls, name, _lang, cases, fn in TEMPLATES:
        for i, case in enumerate(cases):
            g.start(i)
            text, spans = unmark(fn(g), case)
            rows.append({"id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                         "class": cls, "template": name, "locale": ""})
    return rows, g


def serialise(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# ---- check digits, re-verified (the values above were typed in as literals)

def _luhn_ok(digits):
    total = 0
    for k, ch in enumerate(reversed(digits)):
        x = int(ch) * (2 if k % 2 else 1)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def _mod11_weights(digits, weights):
    return sum(int(a) * w for a, w in zip(digits, weights, strict=False)) % 11


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def _verhoeff_ok(digits):
    c = 0
    for k, ch in enumerate(reversed(digits)):
        c = _VD[c][_VP[k % 8][int(ch)]]
    return c == 0


def _cf_ok(cf):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    t = 0
    for k, ch in enumerate(cf[:15]):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        t += odd[v] if k % 2 == 0 else v
    return chr(65 + t % 26) == cf[15]


def _ymd(d):
    return f"{d[0] % 100:02d}{d[1]:02d}{d[2]:02d}"


def _dmy(d):
    return f"{d[2]:02d}{d[1]:02d}{d[0] % 100:02d}"


def verify_numbers():
    def dig(s):
        return re.sub(r"\D", "", s)
    for s in IDS["es_dni"] + [("0" + x[1:]) for x in IDS["es_nie"]]:
        assert "TRWAGMYFPDXBNJZSQVHLCKE"[int(s[:8]) % 23] == s[8], s
    for s, d, sex in IDS["pl_pesel"]:
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        assert (10 - sum(int(a) * b for a, b in zip(s, w, strict=False)) % 10) % 10 == int(s[10]), s
        assert s[:6] == _ymd(d) and int(s[9]) % 2 == (sex == "m"), s
    for s, d, sex in IDS["se_pnr"]:
        assert _luhn_ok(dig(s)) and s[:6] == _ymd(d) and int(s[9]) % 2 == (sex == "m"), s
    for s, d, sex in IDS["dk_cpr"]:
        assert _mod11_weights(dig(s), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) == 0 and s[:6] == _dmy(d), s
        assert int(s[-1]) % 2 == (sex == "m"), s
    for s, d, sex in IDS["no_fnr"]:
        k1 = (11 - _mod11_weights(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k2 = (11 - _mod11_weights(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        assert (k1, k2) == (int(s[9]), int(s[10])) and s[:6] == _dmy(d) and int(s[8]) % 2 == (sex == "m"), s
    for s, d, sex in IDS["fi_hetu"]:
        assert "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(s[:6] + s[7:10]) % 31] == s[10] and s[:6] == _dmy(d), s
        assert int(s[9]) % 2 == (sex == "m"), s
    for s, d, sex in IDS["be_rrn"]:
        n = dig(s)
        assert 97 - int(n[:9]) % 97 == int(n[9:]) and n[:6] == _ymd(d) and int(n[8]) % 2 == (sex == "m"), s
    for s, _fam, d in IDS["it_cf"]:
        assert _cf_ok(s) and s[6:8] == f"{d[0] % 100:02d}" and "ABCDEHLMPRST"[d[1] - 1] == s[8], s
    for s in IDS["pt_nif"]:
        c = 11 - sum(int(a) * (9 - k) for k, a in enumerate(s[:8])) % 11
        assert (0 if c >= 10 else c) == int(s[8]), s
    for s in IDS["br_cpf"]:
        n = [int(c) for c in dig(s)]
        c1 = sum(x * (10 - k) for k, x in enumerate(n[:9])) * 10 % 11 % 10
        c2 = sum(x * (11 - k) for k, x in enumerate(n[:10])) * 10 % 11 % 10
        assert (c1, c2) == (n[9], n[10]), s
    for s in IDS["tr_tckn"]:
        n = [int(c) for c in s]
        assert n[9] == (sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10 and n[10] == sum(n[:10]) % 10, s
    for s in IDS["il_id"]:
        t = sum((int(c) * (1 if k % 2 == 0 else 2)) // 10 + (int(c) * (1 if k % 2 == 0 else 2)) % 10
                for k, c in enumerate(s))
        assert t % 10 == 0, s
    for s, sex in IDS["cn_id"]:
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        assert "10X98765432"[sum(int(a) * b for a, b in zip(s, w, strict=False)) % 11] == s[17], s
        assert int(s[16]) % 2 == (sex == "m"), s
    for s, _sex in IDS["kr_rrn"]:
        n = dig(s)
        assert (11 - _mod11_weights(n, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5])) % 10 == int(n[12]), s
    for s in IDS["in_aadhaar"]:
        assert _verhoeff_ok(dig(s)), s
    for s, _sex in IDS["ro_cnp"]:
        c = sum(int(a) * int(b) for a, b in zip(s, "279146358279", strict=False)) % 11
        assert (1 if c == 10 else c) == int(s[12]), s
    for s, d in IDS["gr_amka"]:
        assert _luhn_ok(s) and s[:6] == _dmy(d), s
    for s in IDS["gb_nhs"]:
        n = dig(s)
        assert (11 - _mod11_weights(n, [10, 9, 8, 7, 6, 5, 4, 3, 2])) % 11 == int(n[9]), s
    for s in IDS["us_ssn"]:
        assert not s.startswith(("000", "666", "9")), s
    for cc, items in IBANS.items():
        for s in items:
            n = s.replace(" ", "")
            assert n[:2].lower() == cc
            assert int("".join(str(int(c, 36)) for c in n[4:] + n[:4])) % 97 == 1, s
    for s in CARDS:
        assert _luhn_ok(dig(s)), s


def leaks_in_row(r):
    """Name tokens of a labelled PERSON that also appear unlabelled elsewhere in the same row."""
    text, spans = r["text"], r["spans"]
    covered = [False] * len(text)
    for s in spans:
        for k in range(s["start"], s["end"]):
            covered[k] = True
    out = []
    skip = {"van", "der", "den", "von", "dos", "das", "ben", "bin", "del", "las", "ter"}
    for s in spans:
        if s["type"] != "PERSON":
            continue
        for tok in re.findall(r"\w{3,}", s["value"]):
            if tok.lower() in skip:
                continue
            for m in re.finditer(r"(?<!\w)" + re.escape(tok) + r"(?!\w)", text):
                if not covered[m.start()]:
                    out.append(tok)
    return out


BREED_NAMES = {"Jack Russell"}  # a private owner in personal rows, a dog breed in PII-free rows


def private_values():
    """Hand-typed private strings that must never appear outside a span (nor in a PII-free row)."""
    vals = set()
    for pool in PEOPLE.values():
        for p in pool:
            vals.add(p.full)
            if p.patr:
                vals.add(f"{p.family} {p.given} {p.patr}")
    for nums in PHONES.values():
        vals.update(nums)
    for items in IDS.values():
        vals.update(x if isinstance(x, str) else x[0] for x in items)
    for items in IBANS.values():
        vals.update(items)
    vals.update(CARDS + IPS + MRNS)
    for a in ADDRS:
        vals.update(v for _t, v in MARK.findall(a.block) if any(c.isdigit() for c in v) and len(v) >= 4)
    return vals


def unlabelled(r, vals):
    text, low = r["text"], r["text"].lower()
    covered = [False] * len(text)
    for s in r["spans"]:
        for k in range(s["start"], s["end"]):
            covered[k] = True
    bad = []
    for v in vals:
        for m in re.finditer(r"(?<!\w)" + re.escape(v.lower()) + r"(?!\w)", low):
            if not all(covered[m.start():m.end()]):
                bad.append(v)
    return bad


def check(rows):
    lang_of = {name: lang for _c, name, lang, _cs, _f in TEMPLATES}
    names = [name for _c, name, _l, _cs, _f in TEMPLATES]
    assert len(names) == len(set(names)), "template names must be unique"
    assert len(rows) == 324, len(rows)
    ids, texts = set(), set()
    for r in rows:
        assert list(r) == ["id", "text", "spans", "source", "class", "template", "locale"], r["id"]
        assert r["id"] not in ids and r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert OPEN not in r["text"] and CLOSE not in r["text"], r["id"]
        assert r["class"].startswith(("personal_", "clean_")) and r["locale"] == "" and r["source"] == SOURCE
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert s["start"] >= last and s["end"] > s["start"], (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] == s["value"].strip() and s["value"], (r["id"], s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    per_t = Counter(r["template"] for r in rows)
    assert len(per_t) >= 80 and max(per_t.values()) <= 5, per_t.most_common(3)
    classes = {r["class"] for r in rows}
    assert 8 <= len(classes) <= 12, classes
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    langs = Counter(lang_of[r["template"]] for r in rows)
    other = len(rows) - langs["en"]
    assert 0.35 <= other / len(rows) <= 0.50, other
    assert len(langs) - 1 >= 15, langs
    verify_numbers()
    # no labelled private value may turn up in a PII-free row ("Jack Russell" is also a breed there)
    private = {s["value"].lower() for r in rows for s in r["spans"]
               if len(s["value"]) >= 5 and re.search(r"[\s\d]", s["value"])} - {b.lower() for b in BREED_NAMES}
    for r in rows:
        if r["class"].startswith("clean_"):
            low = r["text"].lower()
            for v in private:
                assert not re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", low), (r["id"], v)
    # a labelled name must be labelled at every mention; no hand-typed private value may go unlabelled
    vals = private_values()
    for r in rows:
        assert not leaks_in_row(r), (r["id"], leaks_in_row(r))
        bad = unlabelled(r, vals - BREED_NAMES if r["class"].startswith("clean_") else vals)
        assert not bad, (r["id"], bad)
    return True


def report(rows, g):
    lang_of = {name: lang for _c, name, lang, _cs, _f in TEMPLATES}
    case_of = {(name, k): c for _c, name, _l, cs, _f in TEMPLATES for k, c in enumerate(cs)}
    print(f"rows: {len(rows)}")
    print("classes:")
    cls_rows = Counter(r["class"] for r in rows)
    cls_t = Counter(c for c, *_ in TEMPLATES)
    for c in sorted(cls_rows):
        print(f"  {c:26s} rows {cls_rows[c]:3d}  templates {cls_t[c]:3d}")
    print(f"templates: {len(TEMPLATES)}")
    print("spans by type:")
    for t, n in Counter(s["type"] for r in rows for s in r["spans"]).most_common():
        print(f"  {t:22s} {n}")
    langs = Counter(lang_of[r["template"]] for r in rows)
    print(f"languages ({len(langs) - 1} other than English; {len(rows) - langs['en']} rows not in English):")
    print("  " + ", ".join(f"{LANG_NAMES[k]} {n}" for k, n in langs.most_common()))
    pers_other = sum(1 for r in rows if r["class"].startswith("personal_") and lang_of[r["template"]] != "en")
    print(f"  personal rows not in English: {pers_other}")
    cases = Counter(case_of[(r["template"], int(r["id"].rsplit("-", 1)[1]))] for r in rows)
    print(f"cases: as written {cases['o']}, lower {cases['l']}, CAPITALS {cases['u']}")
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"PII-free rows: {clean} ({100 * clean / len(rows):.1f}%)")
    unused = [p.full for lang, pool in PEOPLE.items() for k, p in enumerate(pool) if not g.uses[("p:" + lang, k)]]
    print(f"people: {sum(len(v) for v in PEOPLE.values())} in pools, unused: {len(unused)} {unused}")
    cultures = sorted({p.culture for lang, pool in PEOPLE.items() for k, p in enumerate(pool)
                       if g.uses[("p:" + lang, k)]})
    print(f"culture tags among people used: {len(cultures)}: {', '.join(cultures)}")
    ua = [a._town for k, a in enumerate(ADDRS) if not g.uses[("addr", k)]]
    print(f"addresses: {len(ADDRS)}, unused: {len(ua)} {ua}")
    flat = [(cc, n) for cc in sorted(PHONES) for n in PHONES[cc]]
    up = [n for k, (_cc, n) in enumerate(flat) if not g.uses[("phone", k)]]
    print(f"phones: {len(flat)}, unused: {len(up)}")
    used_cc = {cc for k, (cc, _n) in enumerate(flat) if g.uses[("phone", k)]}
    print(f"phone countries used: {len(used_cc)}; address countries used: "
          f"{len({a.cc for k, a in enumerate(ADDRS) if g.uses[('addr', k)]})}")
    data = serialise(rows).encode()
    print(f"sha256: {hashlib.sha256(data).hexdigest()}")


def main():
    rows, g = build()
    check(rows)
    data = serialise(rows).encode()
    if "--check" in sys.argv[1:]:
        if OUT.exists() and OUT.read_bytes() == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_bytes(data)
    report(rows, g)
    return 0


if __name__ == "__main__":
    sys.exit(main())
