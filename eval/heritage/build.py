"""Hand-made check set `heritage`: museums, galleries, archives, libraries, genealogy services,
heritage trusts, auction houses and antiquarian book dealers.

Every private value below (names, streets, postcodes, phones, dates of birth, ID numbers, IBANs,
card numbers, IP addresses) was typed by hand. E-mail local parts are built from the typed names.
Check digits were worked out once in a scratch session and typed in as literals; check() only
re-verifies them.

    python build.py           # writes tune.jsonl, prints counts and sha256
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

SEED = 5619
SET = "heritage"
SOURCE = "eval/heritage/build.py"
OUT = Path(__file__).with_name("tune.jsonl")
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def mk(kind: str, value: str) -> str:
    """A labelled value inside a template."""
    assert "⟧" not in value and "|" not in value and value == value.strip() and value, value
    return f"⟦{kind}|{value}⟧"


def loc(v: str) -> str:
    return mk("LOCATION", v)


def tel(v: str) -> str:
    return mk("PHONE_NUMBER", v)


def nid(v: str) -> str:
    return mk("NATIONAL_ID", v)


def per(v: str) -> str:
    return mk("PERSON", v)


def _case(s: str, case: str) -> str:
    if case == "l":
        return s.lower()
    if case == "u":
        return s.upper()
    return s


def unmark(marked: str, case: str = "n") -> tuple[str, list[dict]]:
    """Turn ⟦TYPE|value⟧ markers into text and spans; case each piece on its own."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    n = 0
    for m_ in MARK.finditer(marked):
        plain = _case(marked[pos:m_.start()], case)
        out.append(plain)
        n += len(plain)
        value = _case(m_.group(2), case)
        spans.append({"start": n, "end": n + len(value), "type": m_.group(1), "value": value})
        out.append(value)
        n += len(value)
        pos = m_.end()
    out.append(_case(marked[pos:], case))
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, marked[:80]
    return text, spans


# ---------------------------------------------------------------------------------------------
# People. pool, culture tag, sex, given, family, order ("" given first, "e" family first with a
# space, "c" family first without a space), romanised "given family" for e-mails when needed.
# ---------------------------------------------------------------------------------------------
PEOPLE = [
    # English-speaking pool: Britain, Ireland, North America, Oceania, Africa and Asia in Britain
    ("en", "English", "f", "Hope", "Carver", "", ""),
    ("en", "Welsh", "m", "Rhodri", "Llewellyn-Jones", "", ""),
    ("en", "Scottish", "f", "Morag", "MacInnes", "", ""),
    ("en", "Tamil", "f", "Priya", "Raghunathan", "", ""),
    ("en", "Pakistani Punjabi", "m", "Imran", "Chaudhry", "", ""),
    ("en", "Welsh", "f", "Bethan", "Pryce", "", ""),
    ("en", "Jamaican", "m", "Winston", "Campbell", "", ""),
    ("en", "English", "f", "Rose", "Baker", "", ""),
    ("en", "English", "m", "William", "Turner", "", ""),
    ("en", "English", "m", "Dale", "Fenwick", "", ""),
    ("en", "Irish", "f", "Siobhán", "Ní Chonaill", "", ""),
    ("en", "Irish", "m", "Cathal", "Ó Súilleabháin", "", ""),
    ("en", "Irish", "f", "Aoife", "Brennan", "", ""),
    ("en", "African American", "m", "Tyrone", "Jefferson", "", ""),
    ("en", "Māori", "f", "Mereana", "Tawhiri", "", ""),
    ("en", "Tongan", "m", "Sione", "Taufa", "", ""),
    ("en", "Hawaiian", "f", "Leilani", "Kahananui", "", ""),
    ("en", "US Polish", "m", "Bradley", "Kowalczyk", "", ""),
    ("en", "British Nigerian", "f", "Shanice", "Okoro-Bell", "", ""),
    ("en", "Sikh Punjabi", "m", "Gurpreet", "Singh Sandhu", "", ""),
    ("en", "Scottish", "f", "Heather", "Wolfe", "", ""),
    ("en", "Igbo", "m", "Emeka", "Obiora", "", ""),
    ("en", "Yoruba", "f", "Folake", "Adeyemi", "", ""),
    ("en", "Akan", "m", "Kwame", "Mensah-Bonsu", "", ""),
    ("en", "Kikuyu", "f", "Wanjiru", "Kamau", "", ""),
    ("en", "Shona", "m", "Tendai", "Moyo", "", ""),
    ("en", "Zulu", "f", "Thandiwe", "Dlamini", "", ""),
    ("en", "Somali", "m", "Ahmed", "Warsame", "", ""),
    ("en", "Chicano", "f", "Marisol", "Vega", "", ""),
    ("en", "US Swedish", "m", "Jake", "Lindqvist", "", ""),
    ("en", "Australian", "f", "Jodie", "Fairweather", "", ""),
    ("en", "Scottish", "m", "Hamish", "Grant", "", ""),
    ("en", "Lebanese", "f", "Nadia", "Haddad", "", ""),
    ("en", "Bangladeshi", "m", "Bilal", "Rahman", "", ""),
    ("en", "Gujarati", "f", "Anjali", "Mehta", "", ""),
    ("en", "English", "m", "Marcus", "Wedgwood", "", ""),
    ("en", "English", "f", "Clare", "Brunel-Hatch", "", ""),
    ("en", "Bengali", "m", "Arjun", "Bhattacharya", "", ""),
    ("en", "Persian", "f", "Shirin", "Farahani", "", ""),
    ("en", "Filipino", "m", "Rodel", "Dimaculangan", "", ""),
    ("en", "Cantonese", "f", "Ka-yan", "Wong", "e", ""),
    ("en", "Cantonese", "m", "Tsz-lok", "Chan", "e", ""),
    ("en", "Korean", "f", "Min-ji", "Park", "e", ""),
    ("en", "Japanese", "m", "Kenji", "Morimoto", "", ""),
    ("en", "Malayali", "f", "Anitha", "Kurian", "", ""),
    ("en", "Tigrinya", "m", "Yonas", "Tesfamariam", "", ""),
    ("en", "Ghanaian Ewe", "f", "Abla", "Agbeko", "", ""),
    ("en", "Canadian", "m", "Graham", "Birch", "", ""),
    ("en", "US", "f", "Brooke", "Hollis", "", ""),
    ("en", "Australian", "m", "Lachlan", "Marsh", "", ""),
    # German-speaking
    ("de", "German", "f", "Heike", "Sommer", "", ""),
    ("de", "German", "m", "Jürgen", "Weißkopf", "", ""),
    ("de", "German", "f", "Annegret", "Vogelsang", "", ""),
    ("de", "German", "m", "Tobias", "Krämer", "", ""),
    ("de", "Turkish German", "f", "Leonie", "Hoffmann-Demir", "", ""),
    ("de", "Turkish German", "m", "Cem", "Aksoy", "", ""),
    ("de", "German", "f", "Ursula", "von Bredow", "", ""),
    ("de", "Bavarian", "m", "Franz Xaver", "Huber", "", ""),
    ("de", "Polish German", "f", "Katarzyna", "Nowicka-Brandt", "", ""),
    ("de", "Austrian", "m", "Florian", "Pichler", "", ""),
    ("de", "Austrian", "f", "Johanna", "Gruber-Leitner", "", ""),
    ("de", "Swiss", "m", "Reto", "Caflisch", "", ""),
    ("de", "Swiss", "f", "Séverine", "Python", "", ""),
    ("de", "Russian German", "m", "Viktor", "Dietz", "", ""),
    # French-speaking
    ("fr", "French", "f", "Geneviève", "Lemaître", "", ""),
    ("fr", "Breton", "m", "Yannick", "Le Floch", "", ""),
    ("fr", "Algerian French", "f", "Nadia", "Benali", "", ""),
    ("fr", "French", "m", "Arnaud", "de Villiers", "", ""),
    ("fr", "French", "f", "Sandrine", "Morel", "", ""),
    ("fr", "Senegalese", "m", "Mamadou", "Diallo", "", ""),
    ("fr", "French", "f", "Océane", "Lefebvre", "", ""),
    ("fr", "French", "m", "Jean-Baptiste", "Fontaine", "", ""),
    ("fr", "Belgian", "m", "Quentin", "Dubois", "", ""),
    ("fr", "Québécois", "f", "Marie-Ève", "Gagnon", "", ""),
    ("fr", "Vietnamese French", "m", "Thierry", "Nguyen-Marchal", "", ""),
    ("fr", "Ivorian", "f", "Awa", "Kouassi", "", ""),
    # Spanish-speaking
    ("es", "Spanish", "f", "Remedios", "Bermúdez Castaño", "", ""),
    ("es", "Basque", "m", "Íñigo", "Etxeberria", "", ""),
    ("es", "Catalan", "f", "Montserrat", "Puig i Ferrer", "", ""),
    ("es", "Galician", "m", "Xosé Manuel", "Lourido", "", ""),
    ("es", "Mexican", "m", "Diego", "Rivera Soto", "", ""),
    ("es", "Mexican", "f", "Guadalupe", "Hernández Cruz", "", ""),
    ("es", "Mexican", "f", "Citlali", "Ramírez Ortega", "", ""),
    ("es", "Argentine", "m", "Facundo", "Iriarte", "", ""),
    ("es", "Colombian", "f", "Luz Marina", "Ospina", "", ""),
    ("es", "Quechua", "m", "Wilber", "Huamán Quispe", "", ""),
    ("es", "Chilean", "f", "Javiera", "Muñoz Contreras", "", ""),
    ("es", "Andalusian", "m", "Rafael", "Cortés Heredia", "", ""),
    # Italian
    ("it", "Tuscan", "f", "Giulia", "Bianchi", "", ""),
    ("it", "Venetian", "m", "Giovanni", "Bellini", "", ""),
    ("it", "Neapolitan", "f", "Carmela", "Esposito", "", ""),
    ("it", "Sicilian", "m", "Salvatore", "Lo Cascio", "", ""),
    ("it", "Venetian", "f", "Chiara", "Dal Molin", "", ""),
    ("it", "Sardinian", "m", "Gavino", "Piras", "", ""),
    ("it", "Ligurian", "f", "Ilaria", "Parodi", "", ""),
    # Portuguese
    ("pt", "Portuguese", "f", "Maria da Conceição", "Ferreira", "", ""),
    ("pt", "Portuguese", "m", "Nuno", "Valadares", "", ""),
    ("pt", "Brazilian", "f", "Luana", "dos Santos Oliveira", "", ""),
    ("pt", "Brazilian", "m", "Cleiton", "Araújo", "", ""),
    ("pt", "Brazilian", "f", "Francisca", "Chagas", "", ""),
    ("pt", "Brazilian", "m", "Raimundo Nonato", "Bezerra", "", ""),
    ("pt", "Cape Verdean", "f", "Djamila", "Tavares Lopes", "", ""),
    # Dutch and Flemish
    ("nl", "Dutch", "m", "Jan", "Steen", "", ""),
    ("nl", "Dutch", "f", "Femke", "de Boer", "", ""),
    ("nl", "Frisian", "m", "Sjoerd", "Hoekstra", "", ""),
    ("nl", "Moroccan Dutch", "f", "Naima", "El Idrissi", "", ""),
    ("nl", "Dutch", "m", "Ruud", "van der Linden", "", ""),
    ("nl", "Flemish", "f", "Griet", "Vandenbussche", "", ""),
    ("nl", "Surinamese", "m", "Rishi", "Ramsaran", "", ""),
    # Central and Eastern Europe in Latin letters
    ("pl", "Polish", "f", "Bożena", "Szczygieł", "", ""),
    ("pl", "Polish", "m", "Przemysław", "Grzybowski", "", ""),
    ("pl", "Polish", "f", "Zofia", "Kamińska-Lis", "", ""),
    ("pl", "Polish", "m", "Tadeusz", "Kos", "", ""),
    ("pl", "Silesian", "f", "Gabriela", "Pyka", "", ""),
    ("cs", "Czech", "f", "Markéta", "Dvořáková", "", ""),
    ("cs", "Czech", "m", "Ondřej", "Havlíček", "", ""),
    ("cs", "Slovak", "f", "Zuzana", "Hrušková", "", ""),
    ("cs", "Moravian", "m", "Vojtěch", "Zedník", "", ""),
    ("hu", "Hungarian", "m", "Szabolcs", "Tóth", "e", ""),
    ("hu", "Hungarian", "f", "Réka", "Nagy", "e", ""),
    ("ro", "Romanian", "f", "Ioana", "Munteanu", "", ""),
    ("ro", "Romanian", "m", "Mihai", "Ursu", "", ""),
    ("hr", "Croatian", "f", "Ivana", "Matković", "", ""),
    ("hr", "Slovene", "m", "Matej", "Kranjc", "", ""),
    ("lt", "Lithuanian", "f", "Rūta", "Vaitkevičienė", "", ""),
    ("lt", "Latvian", "m", "Mārtiņš", "Bērziņš", "", ""),
    # Nordic
    ("sv", "Swedish", "f", "Ingrid", "Bergström", "", ""),
    ("sv", "Swedish", "m", "Oskar", "Nilsson-Falk", "", ""),
    ("sv", "Sámi", "f", "Risten", "Labba", "", ""),
    ("no", "Norwegian", "m", "Håkon", "Solberg", "", ""),
    ("no", "Norwegian", "f", "Sigrid", "Haugen", "", ""),
    ("da", "Danish", "f", "Mette", "Kjær", "", ""),
    ("da", "Danish", "m", "Søren", "Nørgaard", "", ""),
    ("fi", "Finnish", "f", "Aino", "Ahonen", "", ""),
    ("fi", "Finnish", "m", "Eero", "Laaksonen", "", ""),
    ("is", "Icelandic", "f", "Hrafnhildur", "Jónsdóttir", "", ""),
    # Greek, Turkish
    ("el", "Greek", "f", "Ελένη", "Παπαδοπούλου", "", "eleni papadopoulou"),
    ("el", "Greek", "m", "Γιώργος", "Κωνσταντίνου", "", "giorgos konstantinou"),
    ("el", "Greek", "m", "Δημήτρης", "Αλεξίου", "", "dimitris alexiou"),
    ("el", "Greek Cypriot", "f", "Κατερίνα", "Βλάχου", "", "katerina vlachou"),
    ("tr", "Turkish", "f", "Zeynep", "Karadağ", "", ""),
    ("tr", "Turkish", "m", "Emre", "Yıldız", "", ""),
    ("tr", "Turkish", "f", "Elif", "Öztürk", "", ""),
    ("tr", "Kurdish", "m", "Hüseyin", "Çelebi", "", ""),
    # Cyrillic
    ("ru", "Russian", "m", "Алексей", "Морозов", "", "aleksei morozov"),
    ("ru", "Russian", "f", "Ирина", "Волкова", "", "irina volkova"),
    ("ru", "Russian", "f", "Наталья Сергеевна", "Ершова", "", "natalia ershova"),
    ("ru", "Tatar", "m", "Ринат", "Галиуллин", "", "rinat galiullin"),
    ("uk", "Ukrainian", "f", "Оксана", "Мельник", "", "oksana melnyk"),
    ("uk", "Ukrainian", "m", "Тарас", "Бойко", "", "taras boiko"),
    ("uk", "Ukrainian", "f", "Соломія", "Кравчук", "", "solomiia kravchuk"),
    ("uk", "Ukrainian", "f", "Галина", "Ткачук", "", "halyna tkachuk"),
    ("uk", "Hutsul", "m", "Богдан", "Гнатюк", "", "bohdan hnatiuk"),
    # Arabic, Hebrew
    ("ar", "Lebanese", "f", "ليلى", "حداد", "", "layla haddad"),
    ("ar", "Jordanian", "m", "يوسف", "القاسم", "", "yousef alqasem"),
    ("ar", "Syrian", "f", "رنا", "الخطيب", "", "rana alkhatib"),
    ("ar", "Emirati", "m", "عمر", "السويدي", "", "omar alsuwaidi"),
    ("ar", "Egyptian", "f", "نور الهدى", "منصور", "", "nourelhuda mansour"),
    ("ar", "Moroccan", "m", "كريم", "بنجلون", "", "karim benjelloun"),
    ("he", "Israeli", "f", "מיכל", "אברהמי", "", "michal avrahami"),
    ("he", "Israeli", "m", "אורי", "בן-דוד", "", "uri bendavid"),
    ("he", "Israeli Russian", "f", "שירה", "גולדברג", "", "shira goldberg"),
    ("he", "Mizrahi", "m", "יוסי", "מזרחי", "", "yossi mizrahi"),
    # South Asia in Devanagari
    ("hi", "Hindi", "f", "सुनीता", "वर्मा", "", "sunita verma"),
    ("hi", "Hindi", "m", "राजेश कुमार", "मिश्रा", "", "rajesh mishra"),
    ("hi", "Hindi", "f", "अनन्या", "चतुर्वेदी", "", "ananya chaturvedi"),
    ("hi", "Marathi", "m", "विनायक", "देशपांडे", "", "vinayak deshpande"),
    ("hi", "Bhojpuri", "m", "अमित", "यादव", "", "amit yadav"),
    ("hi", "Rajasthani", "m", "महेंद्र सिंह", "राठौड़", "", "mahendra rathore"),
    # East Asia
    ("ja", "Japanese", "f", "美咲", "中村", "c", "misaki nakamura"),
    ("ja", "Japanese", "m", "健一", "渡辺", "c", "kenichi watanabe"),
    ("ja", "Japanese", "f", "由紀子", "小林", "c", "yukiko kobayashi"),
    ("ja", "Okinawan", "m", "朝栄", "比嘉", "c", "choei higa"),
    ("ko", "Korean", "f", "지은", "김", "c", "jieun kim"),
    ("ko", "Korean", "m", "성호", "박", "c", "sungho park"),
    ("ko", "Korean", "f", "서연", "이", "c", "seoyeon lee"),
    ("ko", "Korean", "m", "동욱", "최", "c", "dongwook choi"),
    ("zh", "Chinese", "m", "志强", "陈", "c", "zhiqiang chen"),
    ("zh", "Chinese", "f", "晓燕", "刘", "c", "xiaoyan liu"),
    ("zh", "Taiwanese", "m", "家豪", "林", "c", "chiahao lin"),
    ("zh", "Chinese", "f", "雨桐", "周", "c", "yutong zhou"),
    # South-East Asia
    ("vi", "Vietnamese", "f", "Thu Hà", "Nguyễn Thị", "e", "thu ha nguyen"),
    ("vi", "Vietnamese", "m", "Quốc Bảo", "Phạm", "e", "quoc bao pham"),
    ("vi", "Vietnamese", "f", "Ngọc Ánh", "Lê", "e", "ngoc anh le"),
    ("vi", "Vietnamese", "m", "Minh Tuấn", "Đỗ", "e", "minh tuan do"),
    ("th", "Thai", "f", "สมศรี", "แก้วมณี", "", "somsri kaewmanee"),
    ("th", "Thai", "m", "ประเสริฐ", "วงศ์ใหญ่", "", "prasert wongyai"),
    ("th", "Thai", "f", "กมลชนก", "ศรีสุข", "", "kamonchanok srisuk"),
    ("id", "Javanese", "f", "Sri", "Wahyuni", "", ""),
    ("id", "Javanese", "m", "Bambang", "Sutrisno", "", ""),
    ("id", "Balinese", "f", "Ni Luh Putu", "Ariani", "", ""),
    ("id", "Batak", "m", "Yohanes", "Manurung", "", ""),
    ("id", "Sundanese", "f", "Euis", "Rohayati", "", ""),
    ("tl", "Filipino", "f", "Maricel", "dela Paz", "", ""),
    ("tl", "Filipino", "m", "Jun-Jun", "Macaraeg", "", ""),
    ("tl", "Visayan", "f", "Ligaya", "Bautista", "", ""),
    ("tl", "Ilocano", "f", "Rowena", "Agbayani", "", ""),
    ("tl", "Kapampangan", "m", "Dindo", "Manalastas", "", ""),
]

# ---------------------------------------------------------------------------------------------
# Home addresses, each in its country's layout, with a landline of that town. Placeholders:
# {s} street line with number, {u} flat/unit, {b} building name, {d} district/barangay/commune,
# {t} town, {p} postcode, {r} region/state/county. Text outside the braces is not labelled.
# ---------------------------------------------------------------------------------------------
ADDRESSES = [
    ("gb", "{s}\n{t}\n{p}", {"s": "14 Broad Street", "t": "Ludlow", "p": "SY8 1NG"}, "01584 872 319"),
    ("gb", "{u}\n{s}\n{t}\n{p}", {"u": "Flat 3", "s": "8 Flowergate", "t": "Whitby", "p": "YO21 3BA"}, "01947 603 418"),
    ("gb", "{s}\n{t}\n{p}", {"s": "11 Watchbell Street", "t": "Rye", "p": "TN31 7HA"}, "01797 224 683"),
    ("gb", "{s}\n{t}\n{p}", {"s": "3 Lower Frog Street", "t": "Tenby", "p": "SA70 7HS"}, "01834 843 271"),
    ("gb", "{b}\n{s}\n{t}\n{p}",
     {"b": "Birchwood Cottage", "s": "22 East Moulin Road", "t": "Pitlochry", "p": "PH16 5HU"}, "01796 472 905"),
    ("gb", "{s}\n{t}\n{r}\n{p}", {"s": "7 Matlock Street", "t": "Bakewell", "r": "Derbyshire", "p": "DE45 1EE"},
     "01629 813 447"),
    ("gb", "{s}\n{t}\n{p}", {"s": "2 Mill Brow", "t": "Kirkby Lonsdale", "p": "LA6 2AT"}, "015242 71839"),
    ("gb", "{s}\n{t}\n{p}", {"s": "19 Freeman Street", "t": "Wells-next-the-Sea", "p": "NR23 1BA"}, "01328 711 064"),
    ("ie", "{s}\n{t}\n{r}\n{p}", {"s": "4 Lower O'Connell Street", "t": "Kinsale", "r": "Co. Cork", "p": "P17 XK82"},
     "021 477 2290"),
    ("ie", "{s}\n{t}\n{r}\n{p}", {"s": "12 Market Street", "t": "Clifden", "r": "Co. Galway", "p": "H71 YP93"}, "095 21 488"),
    ("ie", "{s}\n{t}\n{r}\n{p}", {"s": "3 Ghan Road", "t": "Carlingford", "r": "Co. Louth", "p": "A91 E2K7"}, "042 937 3318"),
    ("us", "{s}\n{t}, {r} {p}", {"s": "41 Cottage Street", "t": "Bar Harbor", "r": "ME", "p": "04609"}, "(207) 288-4417"),
    ("us", "{s}\n{t}, {r} {p}", {"s": "218 Paseo del Pueblo Sur", "t": "Taos", "r": "NM", "p": "87571"}, "(575) 758-2290"),
    ("us", "{s}\n{t}, {r} {p}", {"s": "606 Spring Street", "t": "Galena", "r": "IL", "p": "61036"}, "(815) 777-3104"),
    ("us", "{s}, {u}\n{t}, {r} {p}", {"s": "1432 Franklin Avenue", "u": "Apt 2B", "t": "Astoria", "r": "OR", "p": "97103"},
     "(503) 325-8817"),
    ("us", "{s}\n{t}, {r} {p}", {"s": "905 Bay Street", "t": "Beaufort", "r": "SC", "p": "29902"}, "(843) 524-6172"),
    ("us", "{s}\n{t}, {r} {p}", {"s": "77 Main Street", "t": "Bisbee", "r": "AZ", "p": "85603"}, "(520) 432-1874"),
    ("us", "{s}\n{t}, {r} {p}", {"s": "29 Church Street", "t": "Cooperstown", "r": "NY", "p": "13326"}, "(607) 547-2290"),
    ("ca", "{s}\n{t} {r}  {p}", {"s": "73 Pelham Street", "t": "Lunenburg", "r": "NS", "p": "B0J 2C0"}, "(902) 634-8812"),
    ("ca", "{s}\n{t} ({r})  {p}", {"s": "41, rue Sainte-Anne", "t": "Baie-Saint-Paul", "r": "Québec", "p": "G3Z 1N9"},
     "418 435-2271"),
    ("au", "{s}\n{t} {r} {p}", {"s": "12 Ford Street", "t": "Beechworth", "r": "VIC", "p": "3747"}, "(03) 5728 1164"),
    ("au", "{u}, {s}\n{t} {r} {p}", {"u": "Unit 3", "s": "27 Bendooley Street", "t": "Bowral", "r": "NSW", "p": "2576"},
     "(02) 4861 3390"),
    ("nz", "{s}\n{d}\n{t} {p}", {"s": "14 Wansbeck Street", "d": "South Hill", "t": "Oamaru", "p": "9400"}, "(03) 434 8821"),
    ("nz", "{s}\n{t} {p}", {"s": "58 Rue Lavaud", "t": "Akaroa", "p": "7520"}, "(03) 304 7719"),
    ("de", "{s}\n{p} {t}", {"s": "Marktstraße 9", "p": "06484", "t": "Quedlinburg"}, "03946 708412"),
    ("de", "{s}\n{p} {t}", {"s": "Steigstraße 21", "p": "88709", "t": "Meersburg"}, "07532 44618"),
    ("de", "{s}\n{p} {t}", {"s": "Laufenstraße 37", "p": "52156", "t": "Monschau"}, "02472 802113"),
    ("de", "{s}\n{p} {t}", {"s": "Bergstraße 5", "p": "27726", "t": "Worpswede"}, "04792 93127"),
    ("de", "{s}, {u}\n{p} {t}", {"s": "Breite Straße 44", "u": "2. OG", "p": "38855", "t": "Wernigerode"}, "03943 557204"),
    ("at", "{s}\n{p} {t}", {"s": "Seestraße 114", "p": "4830", "t": "Hallstatt"}, "06134 8207"),
    ("at", "{s}\n{p} {t}", {"s": "Dürnstein 42", "p": "3601", "t": "Dürnstein"}, "02711 375"),
    ("ch", "{s}\n{p} {t}", {"s": "Understadt 18", "p": "8260", "t": "Stein am Rhein"}, "052 741 33 18"),
    ("ch", "{s}\n{p} {t}", {"s": "Rue du Bourg 12", "p": "1663", "t": "Gruyères"}, "026 921 40 73"),
    ("fr", "{s}\n{p} {t}", {"s": "12 rue Claude Monet", "p": "27620", "t": "Giverny"}, "02 32 51 48 77"),
    ("fr", "{s}\n{p} {t}", {"s": "6 rue des Meuniers", "p": "29930", "t": "Pont-Aven"}, "02 98 06 14 52"),
    ("fr", "{s}\n{p} {t}", {"s": "3 rue du Général de Gaulle", "p": "68340", "t": "Riquewihr"}, "03 89 47 92 18"),
    ("fr", "{b}\n{s}\n{p} {t}",
     {"b": "Résidence Les Tilleuls", "s": "18 rue de la Liberté", "p": "24200", "t": "Sarlat-la-Canéda"}, "05 53 31 07 44"),
    ("fr", "{s}\n{p} {t}", {"s": "9 rue Daubigny", "p": "95430", "t": "Auvers-sur-Oise"}, "01 30 36 71 28"),
    ("be", "{s}\n{p} {t}", {"s": "Kerkstraat 14", "p": "8340", "t": "Damme"}, "050 35 84 21"),
    ("be", "{s}\n{p} {t}", {"s": "Rue Haute 7", "p": "6940", "t": "Durbuy"}, "086 21 44 90"),
    ("nl", "{s}\n{p} {t}", {"s": "Nieuwstad 23", "p": "8713 JR", "t": "Hindeloopen"}, "0514-521 847"),
    ("nl", "{s}\n{p} {t}", {"s": "Wijngaardstraat 8", "p": "6017 AG", "t": "Thorn"}, "0475-562 319"),
    ("nl", "{s}\n{p} {t}", {"s": "Brink 31", "p": "1251 KV", "t": "Laren"}, "035-531 8842"),
    ("es", "{s}, {u}\n{p} {t} ({r})", {"s": "Carrer des Call, 7", "u": "2º 1ª", "p": "17488", "t": "Cadaqués", "r": "Girona"},
     "972 258 413"),
    ("es", "{s}, {u}\n{p} {t} ({r})",
     {"s": "Calle San Agustín, 15", "u": "1º B", "p": "13270", "t": "Almagro", "r": "Ciudad Real"}, "926 860 217"),
    ("es", "{s}\n{p} {t} ({r})", {"s": "Calle La Ribera, 22", "p": "33150", "t": "Cudillero", "r": "Asturias"},
     "985 591 346"),
    ("es", "{s}\n{p} {t} ({r})", {"s": "Calle Mayor, 4", "p": "50680", "t": "Sos del Rey Católico", "r": "Zaragoza"},
     "948 888 120"),
    ("pt", "{s}\n{p} {t}", {"s": "Rua Direita, 48", "p": "2510-060", "t": "Óbidos"}, "262 959 431"),
    ("pt", "{s}\n{p} {t}", {"s": "Rua do Espírito Santo, 3", "p": "7330-104", "t": "Marvão"}, "245 993 218"),
    ("it", "{s}\n{p} {t} ({r})", {"s": "Via Roma 21", "p": "50059", "t": "Vinci", "r": "FI"}, "0571 568 214"),
    ("it", "{s}\n{p} {t} ({r})", {"s": "Via Browning 14", "p": "31011", "t": "Asolo", "r": "TV"}, "0423 952 176"),
    ("it", "{s}\n{p} {t} ({r})", {"s": "Via Raffaello 33", "p": "61029", "t": "Urbino", "r": "PU"}, "0722 320 418"),
    ("it", "{s}\n{p} {t} ({r})", {"s": "Corso Repubblica 88", "p": "08027", "t": "Orgosolo", "r": "NU"}, "0784 402 173"),
    ("pl", "{s}\n{p} {t}", {"s": "ul. Opatowska 9/4", "p": "27-600", "t": "Sandomierz"}, "15 832 47 19"),
    ("pl", "{s}\n{p} {t}", {"s": "Zalipie 126", "p": "33-207", "t": "Olesno"}, "14 641 19 28"),
    ("pl", "{s}\n{p} {t}", {"s": "ul. Złota 5", "p": "16-080", "t": "Tykocin"}, "85 718 74 30"),
    ("cz", "{s}\n{p} {t}", {"s": "náměstí Zachariáše z Hradce 17", "p": "588 56", "t": "Telč"}, "567 213 418"),
    ("cz", "{s}\n{p} {t}", {"s": "Latrán 44", "p": "381 01", "t": "Český Krumlov"}, "380 711 482"),
    ("hu", "{t}\n{s}\n{p}", {"t": "Szentendre", "s": "Bogdányi út 14.", "p": "2000"}, "(26) 310 447"),
    ("hu", "{t}\n{s}\n{p}", {"t": "Hollókő", "s": "Kossuth Lajos utca 61.", "p": "3176"}, "(32) 579 318"),
    ("ro", "{s}\n{t} {p}, jud. {r}", {"s": "Str. Școlii nr. 6", "t": "Sighișoara", "p": "545400", "r": "Mureș"},
     "0265 771 348"),
    ("hr", "{s}\n{p} {t}", {"s": "Ulica Grisia 23", "p": "52210", "t": "Rovinj"}, "052 811 476"),
    ("si", "{s}\n{p} {t}", {"s": "Tartinijev trg 4", "p": "6330", "t": "Piran"}, "05 673 24 18"),
    ("se", "{s}\n{p} {t}", {"s": "Strandgatan 19", "p": "621 56", "t": "Visby"}, "0498-21 47 83"),
    ("se", "{s}\n{p} {t}", {"s": "Stora gatan 33", "p": "193 30", "t": "Sigtuna"}, "08-592 510 46"),
    ("no", "{s}\n{p} {t}", {"s": "Kjerkgata 28", "p": "7374", "t": "Røros"}, "72 41 08 37"),
    ("no", "{s}\n{p} {t}", {"s": "Bergomsvegen 12", "p": "2686", "t": "Lom"}, "61 21 14 93"),
    ("dk", "{s}\n{p} {t}", {"s": "Sankt Laurentii Vej 42", "p": "9990", "t": "Skagen"}, "98 44 17 62"),
    ("dk", "{s}\n{p} {t}", {"s": "Sønderportsgade 7", "p": "6760", "t": "Ribe"}, "75 42 08 36"),
    ("fi", "{s} {u}\n{p} {t}", {"s": "Kuparitie 4", "u": "B 12", "p": "10470", "t": "Fiskars"}, "019 237 418"),
    ("fi", "{s}\n{p} {t}", {"s": "Mannerheiminkatu 11", "p": "21100", "t": "Naantali"}, "02 435 8812"),
    ("is", "{s}\n{p} {t}", {"s": "Austurvegur 15", "p": "710", "t": "Seyðisfjörður"}, "472 1184"),
    ("gr", "{s}\n{p} {t}", {"s": "Βασιλέως Κωνσταντίνου 18", "p": "211 00", "t": "Ναύπλιο"}, "27520 28417"),
    ("gr", "{s}\n{p} {t}", {"s": "Τοσίτσα 7", "p": "442 00", "t": "Μέτσοβο"}, "26560 41928"),
    ("tr", "{d} {s}\n{p} {t}/{r}", {"d": "Çeşme Mah.", "s": "Hükümet Sok. No: 14", "p": "78600", "t": "Safranbolu",
                                        "r": "Karabük"}, "(0370) 712 44 86"),
    ("tr", "{d} {s}\n{p} {t}/{r}", {"d": "Şirince Mah.", "s": "Kilise Sok. No: 3", "p": "35920", "t": "Selçuk", "r": "İzmir"},
     "(0232) 898 31 47"),
    ("ru", "{s}, {u}\nг. {t}, {r}\n{p}",
     {"s": "ул. Советская, д. 12", "u": "кв. 4", "t": "Плёс", "r": "Ивановская обл.", "p": "155555"}, "8 (49339) 2-17-84"),
    ("ru", "{s}\nг. {t}, {r}\n{p}", {"s": "ул. Гагарина, д. 33", "t": "Кириллов", "r": "Вологодская обл.", "p": "161100"},
     "8 (81757) 3-14-09"),
    ("ua", "{s}, {u}\nм. {t}, {r}\n{p}",
     {"s": "вул. Львівська, 21", "u": "кв. 7", "t": "Жовква", "r": "Львівська обл.", "p": "80300"}, "(03252) 2-14-87"),
    ("ua", "{s}\nм. {t}, {r}\n{p}",
     {"s": "вул. Івана Франка, 5", "t": "Косів", "r": "Івано-Франківська обл.", "p": "78600"}, "(03478) 2-41-18"),
    ("il", "{s}, {t} {p}", {"s": "רחוב החלוצים 14", "t": "ראש פינה", "p": "1200000"}, "04-693 4418"),
    ("il", "{s}, {t} {p}", {"s": "סמטת האמנים 6", "t": "צפת", "p": "1320000"}, "04-697 2213"),
    ("in", "{s}\n{t}, {r} {p}", {"s": "House No. 27, Purbapalli", "t": "Santiniketan", "r": "West Bengal", "p": "731235"},
     "03463 262 418"),
    ("in", "{s}\n{t}, {r} {p}", {"s": "14 Ahilya Marg", "t": "Maheshwar", "r": "Madhya Pradesh", "p": "451224"},
     "07283 273 114"),
    ("jp", "〒{p}\n{r}{t}{s}", {"p": "381-0201", "r": "長野県上高井郡", "t": "小布施町", "s": "小布施1042-3"}, "026-247-5318"),
    ("jp", "〒{p}\n{r}{t}{s}", {"p": "399-5302", "r": "長野県木曽郡", "t": "南木曽町", "s": "吾妻2174"}, "0264-57-3180"),
    ("jp", "〒{p}\n{r}{t}{s}", {"p": "844-0006", "r": "佐賀県西松浦郡", "t": "有田町", "s": "大樽1-4-12"}, "0955-42-3318"),
    ("jp", "〒{p}\n{r}{t}{s}", {"p": "904-0303", "r": "沖縄県中頭郡", "t": "読谷村", "s": "座喜味248"}, "098-958-2214"),
    ("kr", "{r} {t} {s}\n({p})", {"r": "전라남도", "t": "담양군", "s": "담양읍 죽향문화로 41", "p": "57341"}, "061-383-4471"),
    ("kr", "{r} {t} {s}\n({p})", {"r": "인천광역시", "t": "강화군", "s": "강화읍 북문길 18", "p": "23031"}, "032-933-2718"),
    ("cn", "{r}{t}{s}\n邮编：{p}", {"r": "山西省晋中市", "t": "平遥县", "s": "古陶镇南大街118号", "p": "031100"}, "0354-568 2217"),
    ("cn", "{r}{t}{s}\n邮编：{p}", {"r": "安徽省黄山市", "t": "黟县", "s": "宏村镇际联路26号", "p": "245500"}, "0559-554 1183"),
    ("tw", "{p}{r}{t}{s}", {"p": "224", "r": "新北市", "t": "瑞芳區", "s": "基山街131號"}, "(02) 2496-7318"),
    ("vn", "{s}, {d}, {t}, {r}", {"s": "Số 7 thôn Mông Phụ", "d": "xã Đường Lâm", "t": "Sơn Tây", "r": "Hà Nội"},
     "024 3383 1147"),
    ("vn", "{s}, {d}, {t}, {r}", {"s": "Số 45 đường Trần Phú", "d": "phường Minh An", "t": "Hội An", "r": "Quảng Nam"},
     "0235 3861 294"),
    ("th", "{s} ต.{d} อ.{t}\nจ.{r} {p}", {"s": "88/2 หมู่ 3", "d": "เวียงใต้", "t": "ปาย", "r": "แม่ฮ่องสอน", "p": "58130"},
     "053 699 418"),
    ("th", "{s} ต.{d} อ.{t}\nจ.{r} {p}", {"s": "142 ถนนชายโขง", "d": "เชียงคาน", "t": "เชียงคาน", "r": "เลย", "p": "42110"},
     "042 821 377"),
    ("id", "{s}, {d}\n{t}, {r} {p}", {"s": "Jl. Hanoman No. 18", "d": "Padang Tegal", "t": "Ubud", "r": "Bali", "p": "80571"},
     "(0361) 974 118"),
    ("id", "{s}, {d}\n{t}, {r} {p}",
     {"s": "Jl. Mondorakan No. 42", "d": "Prenggan", "t": "Kotagede", "r": "Yogyakarta", "p": "55172"}, "(0274) 372 419"),
    ("ph", "{s}, {d}\n{t}, {r} {p}",
     {"s": "17 Calle Marcela Agoncillo", "d": "Poblacion 3", "t": "Taal", "r": "Batangas", "p": "4208"}, "(043) 408 1174"),
    ("ph", "{s}, {d}\n{t}, {r} {p}", {"s": "23 Calle Crisologo", "d": "Brgy. I", "t": "Vigan City", "r": "Ilocos Sur",
                                           "p": "2700"}, "(077) 722 4418"),
    ("mx", "{s}, {d}\n{p} {t}, {r}",
     {"s": "Calle Netzahualcóyotl 14", "d": "Barrio de San Miguel", "p": "62520", "t": "Tepoztlán", "r": "Mor."},
     "739 395 1847"),
    ("mx", "{s}, {d}\n{p} {t}, {r}", {"s": "Calle Guadalupe Victoria 9", "d": "Centro", "p": "85760", "t": "Álamos",
                                           "r": "Son."}, "647 428 0173"),
    ("br", "{s}, {u}, {d}\n{t} – {r}, {p}",
     {"s": "Rua Conde de Bobadela, 112", "u": "apto 201", "d": "Centro", "t": "Ouro Preto", "r": "MG", "p": "35400-000"},
     "(31) 3551-4417"),
    ("br", "{s}, {d}\n{t} – {r}, {p}",
     {"s": "Rua do Rosário, 28", "d": "Centro", "t": "Pirenópolis", "r": "GO", "p": "72980-000"}, "(62) 3331-2480"),
    ("br", "{s}, {d}\n{t} – {r}, {p}",
     {"s": "Rua Ana Nery, 7", "d": "Centro", "t": "Cachoeira", "r": "BA", "p": "44300-000"}, "(75) 3425-1189"),
    ("ar", "{s}\n{p} {t}, {r}", {"s": "Belgrano 544", "p": "Y4624", "t": "Tilcara", "r": "Jujuy"}, "(0388) 495-5182"),
    ("cl", "{s}\n{t}, {r}", {"s": "Pasaje Los Arrayanes 221", "t": "Pucón", "r": "Araucanía"}, "(45) 244 1873"),
    ("co", "{s}\n{t}, {r}", {"s": "Carrera 9 # 12-48", "t": "Villa de Leyva", "r": "Boyacá"}, "(608) 732 0418"),
    ("pe", "{s}\n{t}, {r}", {"s": "Calle Mariscal Castilla 340", "t": "Pisac", "r": "Cusco"}, "084 203 418"),
    ("za", "{s}\n{t}\n{r}\n{p}", {"s": "14 Le Roux Street", "t": "Clarens", "r": "Free State", "p": "9707"}, "058 256 1147"),
    ("za", "{s}\n{t}\n{p}", {"s": "9 Dirkie Uys Street", "t": "Franschhoek", "p": "7690"}, "021 876 3192"),
    ("ke", "{s}-{p}\n{t}", {"s": "P.O. Box 214", "p": "80500", "t": "Lamu"}, "042 463 3108"),
    ("ng", "{s}\n{t}\n{r}", {"s": "12 Oke-Ola Street", "t": "Igbo-Ora", "r": "Oyo State"}, "0803 418 2276"),
    ("ma", "{s}\n{p} {t}", {"s": "Derb Sebanine n° 14", "p": "91000", "t": "Chefchaouen"}, "0539 98 71 44"),
]

# Phones with no address: mobiles and landlines, national format, no country code.
PHONES = {
    "gb": ["07823 441 906", "07411 283 570", "07958 310 442", "07388 612 095"],
    "gb_l": ["020 7946 3318", "0131 496 2274", "0161 832 4471"],
    "ie": ["087 214 6619", "086 0418 273"],
    "us": ["(646) 418-2290", "(415) 907-3318", "617-482-7716"],
    "ca": ["(604) 418-7723"],
    "au": ["0412 557 093", "0438 210 664"],
    "nz": ["021 447 8830"],
    "de": ["0171 4482917", "0152 28417730", "0160 93318274"],
    "de_l": ["030 48273316"],
    "at": ["0664 3817245"],
    "ch": ["079 482 19 07"],
    "fr": ["06 71 28 44 90", "07 58 22 14 31", "06 12 83 40 57"],
    "fr_l": ["01 44 18 27 36"],
    "be": ["0476 21 88 34"],
    "nl": ["06-41 28 77 53", "06 1847 2290"],
    "es": ["655 18 42 97", "612 44 81 07"],
    "pt": ["912 448 371"],
    "it": ["347 218 9034", "339 481 2276"],
    "pl": ["601 448 273", "512 907 334"],
    "cz": ["724 318 556"],
    "hu": ["06 30 418 2276"],
    "ro": ["0744 218 903"],
    "hr": ["091 447 2180"],
    "se": ["070-318 44 92", "073-552 10 87"],
    "no": ["913 47 206"],
    "dk": ["21 48 73 09"],
    "fi": ["040 718 2265"],
    "gr": ["694 718 2204", "697 330 8142"],
    "tr": ["0532 417 82 06", "0544 208 17 63"],
    "ru": ["8 916 418-27-53", "8 921 304-18-27"],
    "ua": ["067 418 2733", "050 227 41 86"],
    "il": ["052-418-7732", "054-770-2318", "050-913-4406"],
    "in": ["98310 47725", "94141 82736"],
    "jp": ["090-4418-2739", "080-3312-7054"],
    "kr": ["010-4827-1193", "010-2273-5408"],
    "cn": ["139 1047 8823", "186 2418 3307"],
    "tw": ["0921 447 836"],
    "vn": ["091 274 8831", "0983 117 452"],
    "th": ["081 447 2960", "089 213 7745"],
    "id": ["0812-3741-8826", "0857 2218 4403", "0813 9012 4471", "0878 3320 1185"],
    "ph": ["0917 448 2031", "0928 771 4406"],
    "mx": ["55 4187 2290"],
    "br": ["(62) 99418-2277", "(21) 98127-4406", "(71) 99803-1642"],
    "ar": ["011 15-4418-2290"],
    "za": ["082 447 1938"],
    "ke": ["0722 418 337", "0733 902 514"],
    "ng": ["0706 224 9183", "0812 447 3390"],
    "eg": ["010 2418 7736"],
    "ma": ["06 61 48 22 73"],
    "ae": ["050 418 2273"],
    "lb": ["03 418 227"],
    "pk": ["0300 4182736"],
    "bd": ["01711-418273"],
    "sg": ["9418 2273"],
    "my": ["012-418 2273"],
}

# Dates of birth in each writer's own style.
DOBS = {
    "gbold": ["21/04/1948", "06/08/1953", "15/05/1950"],
    "gb": ["14/03/1988", "02/11/1951", "27/06/1970", "09/09/1999", "30/01/1963", "18/12/1944"],
    "en": ["3 May 1979", "21 October 1946", "8 July 1992", "1 February 1958"],
    "us": ["11/30/1983", "04/17/1958", "March 22, 2001", "July 4, 1966"],
    "de": ["04.08.1958", "19.02.1972", "30.11.1987", "6. März 1949"],
    "fr": ["03/02/1976", "14 juillet 1968", "22/09/1984"],
    "es": ["21 de marzo de 1974", "08/05/1990", "13-10-1961"],
    "esold": ["21 de marzo de 1958", "2 de febrero de 1955"],
    "it": ["7 settembre 1959", "23/04/1980"],
    "pt": ["12/06/1985", "3 de janeiro de 1977"],
    "nl": ["12-06-1990", "4 april 1955"],
    "iso": ["1992-11-08", "1969-05-30", "2004-02-14", "1950-08-19"],
    "ja": ["1985年4月12日", "昭和47年8月3日"],
    "ko": ["1990년 1월 25일"],
    "zh": ["1992年10月8日"],
    "ru": ["28.07.1961", "05.05.1983"],
    "he": ["17/01/1977"],
    "ar": ["1988/02/11"],
    "hi": ["05/10/1971"],
    "vi": ["09/12/1986"],
    "th": ["15 มิ.ย. 2530"],
    "tr": ["03.09.1975"],
    "ged": ["12 MAR 1988", "3 JUN 1961", "27 NOV 1994", "8 JAN 1957"],
    "pl": ["4 maja 1962", "11.10.1958"],
    "uk": ["14.02.1958", "30 вересня 1961"],
}

# ID numbers tied to one person each (given, family), with that person's date of birth as the
# writer would type it. Check digits verified in check().
ID_RECORDS = [
    ("pesel", "74031508624", ("Bożena", "Szczygieł"), "15.03.1974"),
    ("pesel", "88112745174", ("Przemysław", "Grzybowski"), "27.11.1988"),
    ("pnr", "820914-3182", ("Ingrid", "Bergström"), "1982-09-14"),
    ("pnr", "670302-4510", ("Oskar", "Nilsson-Falk"), "1967-03-02"),
    ("tckn", "38471592076", ("Zeynep", "Karadağ"), "14.06.1991"),
    ("tckn", "52710483628", ("Emre", "Yıldız"), "02.11.1984"),
    ("cpf", "528.473.196-46", ("Luana", "dos Santos Oliveira"), "12/06/1985"),
    ("cpf", "203.715.864-53", ("Cleiton", "Araújo"), "3 de janeiro de 1977"),
    ("cpf", "741.058.239-14", ("Raimundo Nonato", "Bezerra"), "19/08/1950"),
    ("il", "031874522", ("מיכל", "אברהמי"), "17/01/1977"),
    ("il", "314259680", ("אורי", "בן-דוד"), "02/05/1990"),
    ("cn", "140728197903124619", ("志强", "陈"), "1979年3月12日"),
    ("cn", "34102319850917352X", ("晓燕", "刘"), "1985年9月17日"),
    ("rc", "685217/1348", ("Markéta", "Dvořáková"), "17. 2. 1968"),
    ("rc", "790823/4136", ("Ondřej", "Havlíček"), "23. 8. 1979"),
    ("rrn", "780412-1538421", ("성호", "박"), "1978년 4월 12일"),
    ("rrn", "851103-2458215", ("지은", "김"), "1985년 11월 3일"),
    ("bsn", "274185398", ("Femke", "de Boer"), "12-06-1990"),
    ("nif", "238741508", ("Maria da Conceição", "Ferreira"), "22/03/1948"),
    ("fnr", "12037949378", ("Håkon", "Solberg"), "12.03.1979"),
    ("hetu", "150472-317P", ("Eero", "Laaksonen"), "15.4.1972"),
    ("cpr", "120885-1846", ("Mette", "Kjær"), "12.08.1985"),
    ("cf", "BNCGLI81E48D612I", ("Giulia", "Bianchi"), "08/05/1981"),
    ("cf", "SPSCML56H52F839I", ("Carmela", "Esposito"), "12/06/1956"),
    ("nir", "2 76 03 75 108 231 40", ("Sandrine", "Morel"), "14/03/1976"),
    ("nir", "1 58 12 69 123 047 42", ("Yannick", "Le Floch"), "9 décembre 1958"),
    ("dni", "48213576X", ("Remedios", "Bermúdez Castaño"), "21 de marzo de 1974"),
    ("dni", "30917264C", ("Íñigo", "Etxeberria"), "13-10-1961"),
    ("nie", "Y4821937R", ("Luz Marina", "Ospina"), "08/05/1990"),
    ("nhs", "612 748 3905", ("Rose", "Baker"), "09/09/1969"),
    ("nino", "JT 48 27 91 C", ("Dale", "Fenwick"), "27/06/1970"),
    ("nino", "PR 63 18 04 A", ("Bethan", "Pryce"), "30/01/1963"),
    ("ukpass", "548213907", ("Winston", "Campbell"), "18/12/1944"),
    ("ukpass", "147902385", ("Marcus", "Wedgwood"), "2 February 1961"),
    ("ssn", "519-48-2276", ("Marisol", "Vega"), "04/17/1958"),
    ("ssn", "231-77-4086", ("Tyrone", "Jefferson"), "11/30/1983"),
    ("ssn", "408-61-3390", ("Brooke", "Hollis"), "July 4, 1966"),
    ("rupass", "45 19 482731", ("Алексей", "Морозов"), "28.07.1961"),
    ("rupass", "40 08 118264", ("Ирина", "Волкова"), "05.05.1983"),
    ("uaid", "004827361", ("Оксана", "Мельник"), "11.09.1993"),
    ("adt", "ΑΚ 418273", ("Ελένη", "Παπαδοπούλου"), "23/07/1966"),
    ("adt", "ΑΗ 207415", ("Γιώργος", "Κωνσταντίνου"), "04/01/1979"),
    ("pan", "BXNPM4471K", ("Anjali", "Mehta"), "05/10/1971"),
    ("pan", "AMKPB7720Q", ("Arjun", "Bhattacharya"), "19/11/1982"),
]

DOB_OF = {key: dob for _, _, key, dob in ID_RECORDS}

# IBANs and cards tied to a person; mod-97 and Luhn verified in check().
IBANS = [
    ("DE23810520000300418273", ("Heike", "Sommer")),
    ("DE83701500001004182736", ("Jürgen", "Weißkopf")),
    ("FR7630004008280001148273634", ("Geneviève", "Lemaître")),
    ("NL52RABO0148273610", ("Jan", "Steen")),
    ("GB18BARC20441763820471", ("William", "Turner")),
    ("IE27AIBK93312748213576", ("Aoife", "Brennan")),
    ("AT292040400004418273", ("Johanna", "Gruber-Leitner")),
    ("ES0521000418440200482736", ("Remedios", "Bermúdez Castaño")),
    ("IT35T0306903400100000418273", ("Carmela", "Esposito")),
]
CARDS = ["4539 8127 4418 3062", "5413 2769 0418 2553", "3744 821739 05181"]
IPS = ["86.142.31.207", "78.16.211.43", "2a02:c7c:5e21:9b00:1d4f:8e2a:77c1:20b9", "185.44.77.19",
       "91.64.118.203", "176.24.90.12"]
MRNS = ["RBK 0418273", "H4471839"]

MAIL = {
    "en": ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk", "icloud.com", "yahoo.com", "eircom.net",
           "bigpond.com", "xtra.co.nz", "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "skynet.be", "videotron.ca"],
    "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "telefonica.net"],
    "it": ["libero.it", "alice.it", "tiscali.it"],
    "pt": ["sapo.pt", "uol.com.br", "bol.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "cs": ["seznam.cz", "centrum.cz", "azet.sk"],
    "hu": ["freemail.hu", "citromail.hu"],
    "ro": ["yahoo.ro"],
    "hr": ["net.hr", "siol.net"],
    "lt": ["inbox.lt", "inbox.lv"],
    "sv": ["telia.com", "bredband.net"],
    "no": ["online.no"],
    "da": ["jubii.dk"],
    "fi": ["luukku.com"],
    "is": ["simnet.is"],
    "el": ["otenet.gr"],
    "tr": ["yandex.com.tr", "hotmail.com"],
    "ru": ["mail.ru", "yandex.ru"],
    "uk": ["ukr.net", "i.ua"],
    "ar": ["hotmail.com", "yahoo.com"],
    "he": ["walla.co.il", "gmail.com"],
    "hi": ["rediffmail.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp"],
    "ko": ["naver.com", "daum.net"],
    "zh": ["qq.com", "163.com"],
    "vi": ["gmail.com"],
    "th": ["hotmail.co.th"],
    "id": ["yahoo.co.id"],
    "tl": ["yahoo.com.ph"],
}


# ---------------------------------------------------------------------------------------------
# Drawing values: least used first, ties broken by the seeded RNG, never twice in one row.
# ---------------------------------------------------------------------------------------------
def fold(s: str) -> str:
    for a, b in (("ß", "ss"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("đ", "d"), ("Đ", "D"), ("ł", "l"),
                 ("Ł", "L"), ("ı", "i"), ("ð", "d"), ("þ", "th")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]", "", s.lower())


class Person:
    def __init__(self, row: tuple) -> None:
        self.pool, self.tag, self.sex, self.given, self.family, self.order, self.rom = row
        self.key = (self.given, self.family)

    @property
    def full(self) -> str:
        if self.order == "e":
            return f"{self.family} {self.given}"
        if self.order == "c":
            return f"{self.family}{self.given}"
        return f"{self.given} {self.family}"

    def ascii_parts(self) -> tuple[str, str]:
        if self.rom:
            g, f = self.rom.split(" ", 1)
            return fold(g), fold(f)
        return fold(self.given.split()[0]), fold(self.family)


PEOPLE_OBJ = [Person(r) for r in PEOPLE]
BY_KEY = {p.key: p for p in PEOPLE_OBJ}
assert len(BY_KEY) == len(PEOPLE_OBJ), "duplicate person"


def N(p: Person) -> str:
    """Full name, one span."""
    return per(p.full)


def G(p: Person) -> str:
    """Given name alone."""
    return per(p.given)


def F(p: Person) -> str:
    """Family name alone."""
    return per(p.family)


class Addr:
    def __init__(self, row: tuple) -> None:
        self.cc, self.lay, self.parts, self.phone = row

    def block(self) -> str:
        return self.lay.format(**{k: loc(v) for k, v in self.parts.items()})

    def line(self) -> str:
        return self.block().replace("\n", ", ")

    def town(self) -> str:
        return loc(self.parts["t"])

    def __getitem__(self, k: str) -> str:
        return loc(self.parts[k])


ADDR_OBJ = [Addr(r) for r in ADDRESSES]


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.use: Counter = Counter()
        self.row: set = set()
        self.i = 0

    def start_row(self, i: int) -> None:
        self.row = set()
        self.i = i

    def _least(self, kind: str, items: list, keyf):
        cands = [x for x in items if (kind, keyf(x)) not in self.row]
        assert cands, kind
        low = min(self.use[(kind, keyf(x))] for x in cands)
        best = [x for x in cands if self.use[(kind, keyf(x))] == low]
        x = self.rng.choice(best)
        self.take(kind, keyf(x))
        return x

    def take(self, kind: str, key) -> None:
        self.use[(kind, key)] += 1
        self.row.add((kind, key))

    def p(self, pools: str = "en", sex: str | None = None, noid: bool = False) -> Person:
        ps = pools.split()
        items = [x for x in PEOPLE_OBJ if x.pool in ps and (sex is None or x.sex == sex)
                 and not (noid and x.key in DOB_OF)]
        return self._least("person", items, lambda x: x.key)

    def named(self, given: str, family: str) -> Person:
        person = BY_KEY[(given, family)]
        self.take("person", person.key)
        return person

    def addr(self, ccs: str) -> Addr:
        cs = ccs.split()
        return self._least("addr", [a for a in ADDR_OBJ if a.cc in cs], lambda a: a.lay + repr(a.parts))

    def phone(self, ccs: str) -> str:
        items = [n for c in ccs.split() for n in PHONES[c]]
        return tel(self._least("phone", items, lambda n: n))

    def dob(self, style: str, person: Person | None = None) -> str:
        if person is not None and person.key in DOB_OF:
            return mk("DATE_OF_BIRTH", DOB_OF[person.key])
        return mk("DATE_OF_BIRTH", self._least("dob", DOBS[style], lambda d: d))

    def idr(self, kinds: str) -> tuple[Person, str, str]:
        ks = kinds.split()
        rec = self._least("id", [r for r in ID_RECORDS if r[0] in ks], lambda r: r[1])
        person = BY_KEY[rec[2]]
        self.take("person", person.key)
        return person, rec[1], mk("DATE_OF_BIRTH", rec[3])

    def iban(self, person: Person | None = None) -> str:
        for value, key in IBANS:
            if person is not None and key == person.key:
                self.take("iban", value)
                return mk("IBAN_CODE", value)
        return mk("IBAN_CODE", self._least("iban", [v for v, _ in IBANS], lambda v: v))

    def iban_person(self, ccs: str) -> tuple[Person, str]:
        cs = ccs.split()
        value, key = self._least("iban", [r for r in IBANS if r[0][:2] in cs], lambda r: r[0])
        person = BY_KEY[key]
        self.take("person", person.key)
        return person, mk("IBAN_CODE", value)

    def card(self) -> str:
        return mk("CREDIT_CARD", self._least("card", CARDS, lambda c: c))

    def ip(self) -> str:
        return mk("IP_ADDRESS", self._least("ip", IPS, lambda c: c))

    def mrn(self) -> str:
        return mk("MEDICAL_RECORD_NUMBER", self._least("mrn", MRNS, lambda c: c))

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def v(self, key: str, options: list):
        """A variant of a PII-free template, least used first."""
        idx = self._least("v:" + key, list(range(len(options))), lambda i: i)
        return options[idx]

    def vs(self, key: str, options: list, k: int) -> list:
        """k different variants in one row."""
        return [self.v(key, options) for _ in range(k)]

    def mail(self, p: Person, pool: str | None = None) -> str:
        g, f = p.ascii_parts()
        dom = self.rng.choice(MAIL.get(pool or p.pool, MAIL["en"]))
        n2 = self.n(11, 98)
        style = self.n(0, 6)
        local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{n2}", f"{f}.{g}", f"{g}{f[0]}{n2}", f"{g}.{f}{n2}",
                 f"{f}{g[0]}"][style]
        return mk("EMAIL_ADDRESS", f"{local}@{dom}")

    def work(self, p: Person, domain: str) -> str:
        g, f = p.ascii_parts()
        local = f"{g}.{f}" if self.n(0, 1) else f"{g[0]}.{f}"
        return mk("EMAIL_ADDRESS", f"{local}@{domain}")


# ---------------------------------------------------------------------------------------------
# Templates. Each returns marked text; `cases` gives one letter a row: n as written, l lower case,
# u CAPITALS. The template's name is the function name without `t_`.
# ---------------------------------------------------------------------------------------------
REG: list = []


def T(cls: str, lang: str, cases: str = "nnn"):
    def deco(fn):
        REG.append((cls, fn.__name__[2:].replace("_", "-"), lang, cases, fn))
        return fn
    return deco


COURIER_FIRMS = ["Momart", "Gander & White", "Hasenkamp", "Crown Fine Art", "Masterpiece International",
                 "Constantine", "André Chenue", "Kunsttrans", "Ship Art", "Dietl International"]

# ---- personal_loans -------------------------------------------------------------------------


@T("personal_loans", "en", "nnn")
def t_loan_terms(g):
    lender = g.p("en")
    a = g.addr("gb ie")
    courier = g.p("en de fr nl")
    artist, title, date, value = g.v("loan_terms", [
        ("John Constable", "Salisbury Cathedral from the Meadows (oil sketch)", "c. 1829", "£240,000"),
        ("Gwen John", "Girl in a Blue Dress", "c. 1914", "£180,000"),
        ("L. S. Lowry", "Mill Scene with Figures", "1937", "£650,000"),
        ("Barbara Hepworth", "Maquette for Single Form", "1961", "£320,000"),
        ("Jack B. Yeats", "The Ferry, Evening", "1946", "€410,000"),
    ])
    firm = g.v("firm", COURIER_FIRMS)
    return (
        "Can you summarise the key terms of this incoming loan for the registrar's file? Bullet points please.\n\n"
        f"LOAN AGREEMENT – INCOMING (ref. LN/2025/0{g.n(10, 99)})\n"
        f"Lender: {N(lender)}\n"
        f"Address: {a.line()}\n"
        f"Tel: {tel(a.phone)}\n"
        f"Object: {artist}, {title}, {date}\n"
        "Credit line: 'Private collection' (lender wishes to stay anonymous in all publicity)\n"
        f"Insurance: lender's own policy, agreed value {value}, nail-to-nail\n"
        f"Courier: {N(courier)} to accompany both transits ({firm}); return by 30 June, 4 weeks' notice"
    )


@T("personal_loans", "en", "nn")
def t_condition_courier(g):
    lender = g.p("en fr de")
    courier = g.p("en nl de pl")
    cons = g.p("en")
    artist, title = g.v("cond_obj", [
        ("Hokusai", "Fine Wind, Clear Morning (Red Fuji), woodblock print"),
        ("Samuel Palmer", "A Shoreham Garden, watercolour and gouache"),
        ("Eric Ravilious", "Train Landscape, watercolour"),
        ("Käthe Kollwitz", "Woman with Dead Child, etching"),
    ])
    firm = g.v("firm", COURIER_FIRMS)
    return (
        "Turn these arrival notes into one clean paragraph for the condition field in TMS:\n\n"
        f"object: {artist}, {title}, lent by {N(lender)}\n"
        f"unpacked 09:40, crate 2 of 2, courier {N(courier)} ({firm}) present\n"
        f"examined by {N(cons)} (paper cons.)\n"
        "- old tideline upper margin, stable\n"
        "- small loss to gilding lower left corner of frame\n"
        f"- {F(courier)} agreed frame loss is pre-existing, signed off on their copy\n"
        f"photos 0412-0431, initialled {G(cons)}"
    )


@T("personal_loans", "de", "nn")
def t_leihvertrag(g):
    lender = g.p("de", sex="f")
    a = g.addr("de at")
    courier = g.p("de pl cs")
    artist, title = g.v("leih", [
        ("Paula Modersohn-Becker", "Mädchen mit Blumenkranz"),
        ("Heinrich Vogeler", "Sommerabend auf dem Barkenhoff"),
        ("Gabriele Münter", "Dorfstraße im Winter"),
        ("Lovis Corinth", "Walchensee, Serpentine"),
    ])
    return (
        "Bitte prüfe den Entwurf des Leihvertrags, ob alle Pflichtangaben drin sind:\n\n"
        f"Leihgeberin: {N(lender)}\n"
        f"Anschrift: {a.line()}\n"
        f"Telefon: {tel(a.phone)}\n"
        f"Leihgabe: {artist}, „{title}“, Öl auf Leinwand\n"
        "Versicherungswert: 85.000 €, Versicherung „Nagel zu Nagel“ über den Leihnehmer\n"
        f"Kurier: {N(courier)}, Hasenkamp, Begleitung bei Hin- und Rücktransport\n"
        "Leihdauer: 12.03. bis 30.06., Rückgabe frühestens nach Ausstellungsende"
    )


@T("personal_loans", "fr", "nn")
def t_convoiement(g):
    lender = g.p("fr", sex="m")
    a = g.addr("fr be")
    conv = g.p("fr")
    rest = g.p("fr es it", sex="f")
    artist, title = g.v("conv", [
        ("Émile Bernard", "Bretonnes dans la prairie"),
        ("Paul Sérusier", "Le Talisman, étude"),
        ("Berthe Morisot", "Jeune fille au jardin"),
        ("Charles-François Daubigny", "Bords de l'Oise"),
    ])
    return (
        "Pouvez-vous reformuler ce compte rendu de convoiement en un mail poli au prêteur ?\n\n"
        f"Prêteur : M. {N(lender)}, {a.line()}\n"
        f"Œuvre : {artist}, « {title} »\n"
        f"Convoyeur : {N(conv)}, pour le musée\n"
        "Transport : André Chenue, camion climatisé\n"
        "Remarque : à l'ouverture de la caisse, léger soulèvement de la couche picturale en bas à droite. "
        f"Mme {F(rest)}, restauratrice, a fait un constat photo. Le prêteur est joignable au {tel(a.phone)}."
    )


@T("personal_loans", "en", "nn")
def t_export_licence(g):
    owner, passport, _ = g.idr("ukpass")
    a = g.addr("gb")
    agent = g.p("en")
    desc, value = g.v("export", [
        ("watercolour by J. M. W. Turner, 'Bellinzona from the South', c. 1843", "£1,150,000"),
        ("first edition of Darwin's On the Origin of Species (1859), with pencil annotations", "£410,000"),
        ("George III silver epergne by Thomas Pitts, London, 1763", "£95,000"),
    ])
    return (
        "Help me fill in the applicant and owner sections of the export licence application from these notes. "
        "Keep the wording formal.\n\n"
        f"Owner: {N(owner)}\n{a.block()}\n"
        f"UK passport no. {nid(passport)}\n"
        f"Agent acting: {N(agent)} of Pickering & Chatto (they'll sign as agent)\n"
        f"Object: {desc}\n"
        f"Value declared: {value}\n"
        "Destination: New York, consigned for sale at Christie's. Reviewing Committee referral likely."
    )


@T("personal_loans", "it", "nn")
def t_prestito_cf(g):
    lender, cf, dob = g.idr("cf")
    a = g.addr("it")
    acc = g.p("it")
    artist, title = g.v("prest", [
        ("Giorgio Morandi", "Natura morta con bottiglie"),
        ("Felice Casorati", "Ritratto di signora"),
        ("Antonio Ligabue", "Tigre reale"),
    ])
    return (
        "Mi aiuti a completare la scheda prestatore? Manca solo la riga sull'assicurazione.\n\n"
        f"Prestatore: {N(lender)}\n"
        f"C.F.: {nid(cf)}\n"
        f"Nata il: {dob}\n"
        f"Residenza: {a.line()}\n"
        f"Tel.: {tel(a.phone)}\n"
        f"Opera: {artist}, «{title}», olio su tela\n"
        f"Accompagnatore al trasporto: {N(acc)} (Arteria)"
    )


@T("personal_loans", "en", "nnl")
def t_provenance_owner(g):
    owner = g.p("en es pt it")
    a = g.addr("ar cl co pe za ke ng ma pt hr")
    artist, title, chain = g.v("prov", [
        ("Walter Sickert", "The Camden Town Murder, study",
         "the artist; his sale, Christie's 1911, bt Agnew's; Sir Michael Sadler (d. 1948)"),
        ("Augustus John", "Dorelia in a Black Dress",
         "the artist; Ida Nettleship's estate; Lefevre Gallery, 1936; Sir Kenneth Clark"),
        ("Stanley Spencer", "Cookham Moor, sketch",
         "the artist; Dudley Tooth; Sir Edward Marsh, by whom bequeathed to a friend, 1953"),
        ("Laura Knight", "Ballet Girl Dressing",
         "the artist; Alex. Reid & Lefevre; private collection, Scotland"),
    ])
    return (
        "Can you tidy this provenance into house style (semicolons, 'by descent', dates in brackets)? "
        "We only name the current owner in the internal version.\n\n"
        f"{artist}, {title}\n"
        f"prov: {chain}; acquired 1987 by the father of the present owner; by descent to "
        f"{N(owner)}, {a.town()}; on loan to us since 2019 (contact {tel(a.phone)})"
    )


@T("personal_loans", "nl", "nn")
def t_bruikleen_mail(g):
    cur = g.p("nl en", sex="f")
    a = g.addr("nl be")
    courier = g.p("nl de")
    lender = g.p("nl")
    return (
        "Kun je deze mail van een bruikleengever samenvatten en een kort antwoord opzetten?\n\n"
        f"> Beste mevrouw {F(cur)},\n"
        "> Het contract voor de bruikleen van het schilderij van Jan Sluijters heb ik ontvangen. Mijn adres is "
        f"inmiddels gewijzigd: {a.line()}.\n"
        f"> Laat u mij weten wanneer de koerier, {N(courier)}, het werk komt ophalen? Ik ben bereikbaar op "
        f"{tel(a.phone)}.\n"
        "> Met vriendelijke groet,\n"
        f"> {N(lender)}"
    )


@T("personal_loans", "ja", "nn")
def t_shakuyo(g):
    owner = g.p("ja")
    cur = g.p("ja")
    a = g.addr("jp")
    work = g.v("shaku", [
        "葛飾北斎「富嶽三十六景 神奈川沖浪裏」（後摺）",
        "歌川広重「名所江戸百景 大はしあたけの夕立」",
        "伊藤若冲「群鶏図」（模写）",
    ])
    return (
        "以下の借用書の内容を英語に訳してください。\n\n"
        f"作品名：{work}\n"
        f"所蔵者：{N(owner)} 様\n"
        f"住所：{a.block()}\n"
        f"電話：{tel(a.phone)}\n"
        f"輸送：日本通運（美術品専用車）、クーリエ {N(cur)}（当館学芸員）"
    )


@T("personal_loans", "en", "lll")
def t_courier_whatsapp(g):
    c = g.p("en nl de fr", sex="f")
    firm = g.v("firm", COURIER_FIRMS)
    artist = g.v("cw", ["the Hammershøi", "the Sorolla", "the Kahlo self-portrait", "the Klimt drawings"])
    ph = g.phone("gb nl de fr")
    return (
        f"quick q - courier for {artist} loan is {N(c)} from {firm}, her flight lands 14:20 and her mobile is "
        f"{ph}. can you write a 3 line whatsapp to the security desk so they let {G(c)} into the loading "
        "bay without the usual id faff"
    )


@T("personal_loans", "es", "nnn")
def t_prestamo_dni(g):
    lender, dni, _ = g.idr("dni nie")
    a = g.addr("es")
    obra = g.v("prest_es", [
        ("Joaquín Sorolla", "Paseo a orillas del mar, boceto"),
        ("Ignacio Zuloaga", "Retrato de una gitana"),
        ("Julio Romero de Torres", "La copla, estudio"),
    ])
    return (
        "Revisa este formulario de préstamo temporal y dime si falta algo antes de mandarlo a firma:\n\n"
        f"Prestador/a: {N(lender)}\n"
        f"DNI/NIE: {nid(dni)}\n"
        f"Domicilio: {a.line()}\n"
        f"Teléfono: {tel(a.phone)}\n"
        f"Correo: {g.mail(lender, 'es')}\n"
        f"Obra: {obra[0]}, «{obra[1]}»\n"
        "Seguro: clavo a clavo, a cargo del museo prestatario"
    )


@T("personal_loans", "en", "nn")
def t_courier_schedule(g):
    rows = []
    for _ in range(3):
        c = g.p("en de fr nl it es sv")
        rows.append(f"| {N(c)} | {g.v('firm', COURIER_FIRMS)} | {g.phone('gb de fr nl it es se')} |")
    show = g.v("sched", ["Turner and the Sea", "Hokusai: Beyond the Great Wave", "Modigliani in Paris"])
    return (
        f"Add an 'arrival slot' column to this courier table for the '{show}' install, two hours apart from "
        "08:00:\n\n"
        "| courier | firm | mobile |\n|---|---|---|\n" + "\n".join(rows)
    )

# ---- personal_donors ------------------------------------------------------------------------


@T("personal_donors", "en", "nn")
def t_gift_aid(g):
    d = g.p("en", sex="f")
    a = g.addr("gb")
    appeal = g.v("appeal", [
        ("Gainsborough's House", "the 'Gainsborough's Family Album' appeal"),
        ("the Holburne Museum", "the Zoffany conservation appeal"),
        ("the Brontë Parsonage Museum", "the Brontë manuscripts fund"),
        ("Watts Gallery – Artists' Village", "the Mary Watts chapel roof appeal"),
    ])
    street_m = loc(a.parts["s"]) if "u" not in a.parts else f"{loc(a.parts['u'])}, {loc(a.parts['s'])}"
    return (
        "Please check this Gift Aid declaration is valid before I add it to the donor record. Does it have "
        "everything HMRC needs?\n\n"
        f"GIFT AID DECLARATION – {appeal[0]}\n"
        f"Title: Mrs   First name: {G(d)}   Surname: {F(d)}\n"
        f"House name/number and street: {street_m}\n"
        f"Town: {a.town()}   Postcode: {a['p']}\n"
        "[x] I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the "
        "amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any "
        "difference.\n"
        f"Donation: £250 towards {appeal[1]}   Date: 14/02/2025"
    )


@T("personal_donors", "en", "nn")
def t_prospect_note(g):
    d = g.p("en de fr nl it")
    sp = g.p("en es pt sv")
    fr = g.p("en")
    a = g.addr("gb us")
    room, show = g.v("prospect", [
        ("the Paper Conservation Studio", "the Rembrandt etchings private view"),
        ("the Learning Centre", "the Hilma af Klint opening"),
        ("the new Print Room", "the Frida Kahlo late opening"),
    ])
    return (
        "Summarise this prospect note in three lines for the development committee pack (no phone numbers in "
        "the pack please):\n\n"
        f"Constituent: {N(d)} (RE NXT ID 0041{g.n(100, 999)})\n"
        f"Spouse/partner: {N(sp)}\n"
        f"Lives: {a.town()}, second home in {loc(g.v('second_home', ['Menorca', 'Dordogne', 'Umbria']))}\n"
        f"Giving: Patron since 2016, £5k a year; came to {show}; keen on naming {room}.\n"
        f"Note from {G(fr)}: met at the Frieze preview. Prefers texts to calls, mobile {g.phone('gb us')}. "
        f"Ask {G(fr)} before anyone else approaches."
    )


@T("personal_donors", "en", "nnnn")
def t_namesake_thanks(g):
    key, show, painter = g.v("namesake", [
        (("William", "Turner"), "Turner and the Sea", "J. M. W. Turner"),
        (("Jan", "Steen"), "Jan Steen's Merry Households", "the seventeenth-century painter"),
        (("Giovanni", "Bellini"), "Venetian Drawings from Bellini to Tiepolo", "the Venetian master"),
        (("Diego", "Rivera Soto"), "Diego Rivera and the Detroit Industry Murals", "Diego Rivera himself"),
    ])
    d = g.named(*key)
    fr = g.p("en")
    return (
        f"Draft a short thank-you letter to {N(d)} for his gift of £2,000 to the exhibition fund. He helped "
        f"make '{show}' possible. Please don't make any joke about him sharing a name with {painter}; "
        f"Mr {F(d)} has had that from us before and {G(fr)} in Development says he really didn't like it."
    )


@T("personal_donors", "en", "nnn")
def t_form_8283(g):
    d, ssn, _ = g.idr("ssn")
    a = g.addr("us")
    ap = g.p("en")
    prop, fmv = g.v("8283", [
        ("Ansel Adams, 'Moonrise, Hernandez, New Mexico', gelatin silver print, printed 1970s", "$68,000"),
        ("Georgia O'Keeffe, 'Pelvis Series', lithograph, signed", "$22,500"),
        ("Navajo Two Grey Hills weaving, c. 1930, 54 x 36 in.", "$14,000"),
    ])
    return (
        "I'm the registrar at a US museum. A donor sent this for a noncash gift. Which parts of IRS Form 8283 "
        "Section B do we sign as the donee, and is anything missing?\n\n"
        f"Donor: {N(d)}\n"
        f"SSN: {mk('US_SSN', ssn)}\n"
        f"Address: {a.line()}\n"
        f"Property: {prop}\n"
        f"Appraised FMV: {fmv}, qualified appraiser {N(ap)}, ASA\n"
        "Date received by museum: 12/18/2024"
    )


@T("personal_donors", "de", "nn")
def t_foerderverein(g):
    d, iban = g.iban_person("DE AT")
    a = g.addr("de at")
    verein = g.v("verein", ["Förderverein der Kunsthalle Bremen e.V.", "Freunde der Lenbachhaus e.V.",
                            "Verein der Freunde der Albertina"])
    return (
        "Kannst du aus diesem Aufnahmeantrag einen Datensatz für unsere Mitgliederverwaltung machen (CSV, "
        "Semikolon als Trenner)?\n\n"
        f"{verein} – Aufnahmeantrag\n"
        f"Name: {N(d)}\n"
        f"Anschrift: {a.line()}\n"
        f"Geburtsdatum: {g.dob('de', d)}\n"
        f"E-Mail: {g.mail(d)}\n"
        "Beitrag: 60 € jährlich (Einzelmitglied)\n"
        f"SEPA-Lastschriftmandat: IBAN {iban}, Kontoinhaber/in: {N(d)}"
    )


@T("personal_donors", "fr", "nn")
def t_adhesion_amis(g):
    d = g.p("fr")
    pa = g.p("fr es it pt")
    a = g.addr("fr be ch")
    soc = g.v("amis", ["Société des Amis du Louvre", "Amis du musée Rodin", "Amis du musée d'Orsay"])
    if g.i == 0:
        d = g.named("Geneviève", "Lemaître")
        pay = f"prélèvement annuel, IBAN {g.iban(d)}"
    else:
        pay = f"chèque n° {g.n(1000000, 9999999)}"
    return (
        "Voici un bulletin d'adhésion rempli à la main que j'ai retapé. Peux-tu vérifier l'orthographe et me "
        "dire s'il manque une info ?\n\n"
        f"{soc} – bulletin d'adhésion\n"
        f"Nom : {per(d.family.upper())}   Prénom : {G(d)}\n"
        f"Adresse :\n{a.block()}\n"
        f"Tél. : {tel(a.phone)}\n"
        f"Courriel : {g.mail(d)}\n"
        f"Formule : Duo, avec {N(pa)}\n"
        f"Règlement : {pay}"
    )


@T("personal_donors", "en", "nn")
def t_legacy_pledge(g):
    d = g.p("en", sex="f")
    sol = g.p("en")
    dau = g.p("en", sex="f")
    a = g.addr("gb ie")
    firm, gal = g.v("legacy", [
        ("Farrer & Co", "the Egyptian galleries"),
        ("Withers", "the Burrell's tapestries"),
        ("Mills & Reeve", "the Pre-Raphaelite rooms"),
    ])
    return (
        "Can you draft a warm reply to this? Please don't promise any naming.\n\n"
        "> Dear Development Team,\n"
        "> Since my husband died I have decided to leave a gift to the museum in my will. We spent forty happy "
        f"years visiting {gal} together. My solicitor, {N(sol)} at {firm}, has the details.\n"
        f"> I'd rather nobody rang me at home. My daughter {G(dau)} deals with things now: "
        f"{g.phone('gb ie')}.\n"
        "> With best wishes,\n"
        f"> {N(d)}\n"
        "> " + a.block().replace("\n", "\n> ")
    )


@T("personal_donors", "sv", "nn")
def t_medlem_pnr(g):
    d, pnr, _ = g.idr("pnr")
    a = g.addr("se")
    return (
        "Skriv ett kort välkomstmejl till den nya medlemmen utifrån uppgifterna nedan. Nämn Zornmuseet och "
        "sommarens utställning om Carl Larsson.\n\n"
        "Medlemsansökan, Zornsamlingarnas vänförening\n"
        f"Namn: {N(d)}\n"
        f"Personnummer: {nid(pnr)}\n"
        f"Adress: {a.line()}\n"
        f"Mobil: {g.phone('se')}\n"
        f"Medlemskap: familj, 450 kr/år. Nyhetsbrev: ja, {g.mail(d)}"
    )


@T("personal_donors", "ko", "nn")
def t_huwon_rrn(g):
    d, rrn, _ = g.idr("rrn")
    a = g.addr("kr")
    return (
        "기부금 영수증 발급을 위해 아래 정보를 표로 정리해 주세요.\n\n"
        "환기미술관 후원회원 신청서\n"
        f"성명: {N(d)}\n"
        f"주민등록번호: {nid(rrn)}\n"
        f"주소: {a.block()}\n"
        f"연락처: {g.phone('kr')}\n"
        "후원 내역: 2024년 정기후원 월 3만원, 김환기 회고전 특별후원 50만원"
    )


@T("personal_donors", "en", "ll")
def t_renewal_card_chat(g):
    d = g.p("en")
    return (
        "A member typed this into our web chat. Draft a reply saying we can't take card numbers over chat and "
        "giving the membership line instead:\n\n"
        f"\"hi i tried to renew my membership online and it keeps failing. card is {g.card()} exp 09/27, name "
        f"on card {N(d)}, membership no M-2{g.n(10000, 99999)}. i really want to recieve the Hockney preview "
        f"tickets. can someone just ring me, i'm on {g.phone('gb au nz ie')}\""
    )


@T("personal_donors", "pt", "nn")
def t_doacao_cpf(g):
    d, cpf, _ = g.idr("cpf")
    a = g.addr("br")
    acervo = g.v("acervo", [
        "42 cartas de Cândido Portinari ao avô do doador, 1938–1955",
        "3 cadernos de desenho atribuídos a Tarsila do Amaral",
        "fotografias de Pierre Verger na Bahia, cópias de época",
    ])
    return (
        "Preciso de um termo de doação para este acervo. Pode redigir a partir destes dados?\n\n"
        f"Doador(a): {N(d)}\n"
        f"CPF: {nid(cpf)}\n"
        f"Endereço: {a.line()}\n"
        f"Telefone: {g.phone('br')}\n"
        f"Acervo: {acervo}\n"
        "Destino: Centro de Documentação e Memória do museu"
    )


@T("personal_donors", "en", "uu")
def t_patrons_dinner(g):
    tables = []
    for k in (1, 2):
        a, b, c = g.p("en de fr it"), g.p("en es nl"), g.p("en ja ko zh")
        tables.append(f"Table {k}: {N(a)} + {N(b)}, {N(c)}")
    veg = g.p("en")
    room = g.v("dinner", ["Vermeer Room", "Canaletto Gallery", "Rubens Hall"])
    return (
        f"Make this seating plan into a table with a dietary column. Patrons' dinner, {room}, Thursday 7pm.\n"
        + "\n".join(tables) + "\n"
        f"Dietary: {N(veg)} vegan; everyone else standard"
    )


@T("personal_donors", "pl", "nn")
def t_darowizna_pesel(g):
    d, pesel, _ = g.idr("pesel")
    a = g.addr("pl")
    obj = g.v("darow", [
        "szkic Jacka Malczewskiego „Melancholia”, ołówek na papierze",
        "kolekcja 14 wycinanek łowickich z lat 30.",
        "list Marii Skłodowskiej-Curie do Heleny Paderewskiej, 1921",
    ])
    return (
        "Sprawdź, proszę, czy umowa darowizny zawiera wszystkie potrzebne dane:\n\n"
        f"Darczyńca: {N(d)}, PESEL {nid(pesel)}, zam. {a.line()}, tel. {tel(a.phone)}\n"
        f"Przedmiot darowizny: {obj}\n"
        "Obdarowany: Muzeum Narodowe w Krakowie, reprezentowane przez Dyrektora"
    )


@T("personal_donors", "en", "nn")
def t_receipt_80g(g):
    d, pan, _ = g.idr("pan")
    a = g.addr("in")
    return (
        "Make an 80G donation receipt from these details. The trust is the Kala Bhavana Heritage Trust; "
        "mention the Nandalal Bose mural restoration.\n\n"
        f"Donor: {N(d)}\n"
        f"PAN: {nid(pan)}\n"
        f"Address: {a.line()}\n"
        f"Mobile: {g.phone('in')}\n"
        "Amount: Rs 1,50,000 by NEFT on 03/03/2025"
    )

# ---- personal_readers -----------------------------------------------------------------------


@T("personal_readers", "en", "nn")
def t_reader_registration(g):
    r = g.p("en")
    a = g.addr("gb ie")
    topic = g.v("reader_topic", [
        "Elizabeth Gaskell's letters to Charles Eliot Norton",
        "Josiah Wedgwood's ledgers, 1769-1795",
        "Mary Shelley's notebooks (Abinger deposit)",
        "the Brontës' juvenilia",
    ])
    return (
        "Can you check this reader registration against our ID rules (one photo ID plus one proof of address "
        "less than 3 months old)?\n\n"
        "READER REGISTRATION – Special Collections Reading Room\n"
        f"Surname: {F(r)}   Forename(s): {G(r)}\n"
        f"Date of birth: {g.dob('gb', r)}\n"
        f"Address: {a.line()}\n"
        f"Email: {g.mail(r)}   Phone: {g.phone('gb gb_l ie')}\n"
        "Photo ID seen: passport. Proof of address: council tax bill dated 02/01/2025\n"
        f"Research topic: {topic}\n"
        f"Reader ticket no.: RT-{g.n(100000, 999999)}"
    )


@T("personal_readers", "fr", "nn")
def t_dossier_naissance(g):
    r, nir, dob = g.idr("nir")
    a = g.addr("fr")
    ne = "née" if r.sex == "f" else "né"
    return (
        "Je dois répondre à ce courrier d'un lecteur. Peux-tu me faire un brouillon de réponse (délais de "
        "communicabilité, pièces à fournir) ?\n\n"
        "> Madame, Monsieur,\n"
        "> Je souhaiterais consulter le dossier de ma naissance à la maternité Baudelocque, archivé chez vous.\n"
        f"> Nom : {N(r)}, {ne} le {dob}\n"
        f"> N° de sécurité sociale : {nid(nir)}\n"
        f"> Adresse : {a.line()}\n"
        f"> Vous pouvez me joindre au {g.phone('fr')}.\n"
        "> Cordialement"
    )


@T("personal_readers", "de", "nn")
def t_benutzungsantrag(g):
    r = g.p("de")
    a = g.addr("de at ch")
    thema = g.v("thema", [
        "Lyonel Feininger in Quedlinburg, Briefe 1920-1937",
        "Geschichte der jüdischen Gemeinde 1900-1938",
        "Heinrich Vogeler und der Barkenhoff",
        "die Familie meines Urgroßvaters, Personenstandsregister 1920-1945",
    ])
    return (
        "Bitte kurz zusammenfassen und sagen, ob die Schutzfristen für die Personenstandsakten ein Problem "
        "sind:\n\n"
        "Benutzungsantrag – Stadtarchiv\n"
        f"Name, Vorname: {F(r)}, {G(r)}\n"
        f"Geburtsdatum: {g.dob('de', r)}\n"
        f"Anschrift: {a.line()}\n"
        f"Telefon: {tel(a.phone)}\n"
        f"Thema: {thema}\n"
        "Zweck: privat"
    )


@T("personal_readers", "en", "nn")
def t_library_fine_complaint(g):
    r = g.p("en")
    a = g.addr("gb us au nz ca")
    book = g.v("fine_book", [
        "'The Secret History' by Donna Tartt",
        "Hilary Mantel's 'Wolf Hall'",
        "'Middlemarch' (the Penguin Classics one)",
        "Kazuo Ishiguro's 'Klara and the Sun'",
    ])
    return (
        "Draft a reply to this complaint. Apologise for the tone of the reminder, but the charge stands "
        "because the book was 11 weeks late.\n\n"
        f"From: {g.mail(r)}\n"
        "Subject: overdue charge - unfair\n\n"
        f"I returned {book} to the Carnegie branch weeks ago, so I dont see why I'm being charged. I have "
        f"been a member for 30 years. My address is {a.line()} if you need to check. Please call me "
        f"on {tel(a.phone)}.\n"
        f"{N(r)}"
    )


@T("personal_readers", "en", "lll")
def t_home_library(g):
    m = g.p("en", sex="f")
    a = g.addr("gb ie nz au")
    likes = g.v("likes", [
        "maeve binchy and anything by alexander mccall smith",
        "agatha christie, large print if possible",
        "ian rankin and the shetland books by ann cleeves",
    ])
    return (
        f"my mum {N(m)} cant get to the library anymore since her hip op, can the home library service "
        f"deliver to her? she's at {a.line()}, phone {tel(a.phone)}. she likes {likes}. "
        f"what do i need to fill in for {G(m)}"
    )


@T("personal_readers", "ru", "nn")
def t_zayavka_arhiv(g):
    r, pas, dob = g.idr("rupass")
    a = g.addr("ru")
    tema = g.v("tema", [
        "переписка Ильи Репина с Павлом Третьяковым",
        "история усадьбы Исаака Левитана в Плёсе",
        "документы о строительстве Кирилло-Белозерского монастыря",
    ])
    return (
        "Помогите составить официальное письмо в архив на основе этих данных:\n\n"
        f"Заявитель: {N(r)}\n"
        f"Паспорт: {nid(pas)}, дата рождения {dob}\n"
        f"Адрес:\n{a.block()}\n"
        f"Тел.: {g.phone('ru')}\n"
        f"Тема: {tema}"
    )


@T("personal_readers", "el", "nn")
def t_aitisi_anagnosti(g):
    r, adt, dob = g.idr("adt")
    a = g.addr("gr")
    thema = g.v("thema_el", [
        "Η αλληλογραφία του Ιωάννη Καποδίστρια",
        "Ο Δομήνικος Θεοτοκόπουλος στην Κρήτη",
        "Τα χειρόγραφα του Κωνσταντίνου Καβάφη",
    ])
    return (
        "Μπορείς να μεταφράσεις στα αγγλικά αυτή την αίτηση αναγνώστη;\n\n"
        "Γενικά Αρχεία του Κράτους – Αίτηση εγγραφής αναγνώστη\n"
        f"Ονοματεπώνυμο: {N(r)}\n"
        f"Αρ. Δελτίου Ταυτότητας: {nid(adt)}\n"
        f"Ημ. γέννησης: {dob}\n"
        f"Διεύθυνση: {a.line()}\n"
        f"Τηλέφωνο: {g.phone('gr')}\n"
        f"Θέμα έρευνας: {thema}"
    )


@T("personal_readers", "zh", "nn")
def t_duzhezheng(g):
    r, sfz, dob = g.idr("cn")
    a = g.addr("cn")
    topic = g.v("zh_topic", ["鲁迅早期书信", "齐白石篆刻与题跋", "梁思成与林徽因的古建筑调查笔记"])
    return (
        "请帮我把这张读者证申请表整理成英文，发给合作的大学图书馆：\n\n"
        f"姓名：{N(r)}\n"
        f"身份证号：{nid(sfz)}\n"
        f"出生日期：{dob}\n"
        f"住址：{a.block()}\n"
        f"手机：{g.phone('cn')}\n"
        f"研究方向：{topic}"
    )


@T("personal_readers", "en", "nnn")
def t_phd_enquiry(g):
    r = g.p("en de fr it es nl pl")
    uni, dom, ms = g.v("phd", [
        ("University of Leeds", "leeds.ac.uk", "Virginia Woolf's letters to Vita Sackville-West"),
        ("Trinity College Dublin", "tcd.ie", "the Yeats-Gonne correspondence"),
        ("University of Glasgow", "glasgow.ac.uk", "Charles Rennie Mackintosh's sketchbooks"),
        ("King's College London", "kcl.ac.uk", "Florence Nightingale's notebooks"),
    ])
    return (
        "Please draft a reply offering the first available reading-room slot and reminding them about "
        "pencils only.\n\n"
        "> Dear Special Collections team,\n"
        f"> I'm a PhD student at {uni} working on {ms}. Could I see MS {g.n(1000, 9999)} and the two "
        "boxes that follow it on 12 or 13 March?\n"
        "> Best wishes,\n"
        f"> {N(r)}\n"
        "> School of English\n"
        f"> {g.work(r, dom)} | {g.phone('gb_l ie')}"
    )


@T("personal_readers", "cs", "nn")
def t_badatelsky_list(g):
    r, rc, dob = g.idr("rc")
    a = g.addr("cz")
    tema = g.v("tema_cs", [
        "Egon Schiele v Krumlově (1911)",
        "Rožmberkové a jejich knihovna",
        "korespondence Leoše Janáčka s Kamilou Stösslovou",
    ])
    return (
        "Přelož prosím do angličtiny tento badatelský list, posílám ho kolegyni do Vídně:\n\n"
        "Badatelský list – Státní okresní archiv\n"
        f"Jméno a příjmení: {N(r)}\n"
        f"Rodné číslo: {nid(rc)}\n"
        f"Datum narození: {dob}\n"
        f"Bydliště: {a.line()}\n"
        f"Téma: {tema}"
    )


@T("personal_readers", "he", "nn")
def t_bakasha_arkhiyon(g):
    r, tz, dob = g.idr("il")
    a = g.addr("il")
    nose = g.v("nose", ["מכתבי ש\"י עגנון", "ארכיון נחום גוטמן", "יומני הרצל"])
    return (
        "תרגם לאנגלית את הבקשה הבאה לארכיון:\n\n"
        f"שם: {N(r)}\n"
        f"ת\"ז: {nid(tz)}\n"
        f"תאריך לידה: {dob}\n"
        f"כתובת: {a.line()}\n"
        f"טלפון: {g.phone('il')}\n"
        f"נושא המחקר: {nose}"
    )


@T("personal_readers", "tr", "nn")
def t_okuyucu_kaydi(g):
    r, tc, dob = g.idr("tckn")
    a = g.addr("tr")
    konu = g.v("konu", [
        "Osman Hamdi Bey'in Kaplumbağa Terbiyecisi tablosunun eskizleri",
        "Evliya Çelebi Seyahatnamesi'nin yazma nüshaları",
        "Nazım Hikmet'in Bursa cezaevi mektupları",
    ])
    return (
        "Bu okuyucu kayıt formunu İngilizceye çevirir misin? Kütüphane müdürüne gidecek.\n\n"
        f"Ad Soyad: {N(r)}\n"
        f"T.C. Kimlik No: {nid(tc)}\n"
        f"Doğum tarihi: {dob}\n"
        f"Adres: {a.line()}\n"
        f"Telefon: {g.phone('tr')}\n"
        f"Araştırma konusu: {konu}"
    )


@T("personal_readers", "en", "nn")
def t_hospital_records_request(g):
    if g.i == 0:
        r, nhs, dob = g.idr("nhs")
        idline = f"NHS no: {nid(nhs)}\n"
    else:
        r = g.p("en", sex="f")
        dob = g.dob("gb", r)
        idline = ""
    a = g.addr("gb")
    return (
        "We hold the old St Luke's maternity registers at the record office. Draft a reply to this subject "
        "access request explaining which ID we need and that registers under 100 years old are closed.\n\n"
        f"Name: {N(r)}\nDOB: {dob}\n{idline}"
        f"Hospital no. on my old card: {g.mrn()}\n"
        f"Address: {a.line()}\n"
        "Request: my own birth record and anything about my mother's stay"
    )

# ---- personal_family (genealogy and family history) ------------------------------------------
# Living relatives are labelled; ancestors who died long ago and public figures are not.


@T("personal_family", "en", "nl")
def t_trace_cousin(g):
    me = g.p("en")
    cousin = g.p("en", sex="f", noid=True)
    dau = g.p("en", sex="f")
    a = g.addr("gb ie")
    office = g.v("office", ["the Cumbria Archive Centre", "Derbyshire Record Office", ("the National Library of "
                            "Wales"), "PRONI"])
    return (
        f"Can you help me word an enquiry to {office}? I'm trying to trace my father's cousin, "
        f"{N(cousin)}, born {g.dob('gbold')}. Her last address I know of is {a.line()} (that was in the "
        f"1990s). Her daughter {N(dau)} might still be in {a.town()}. We lost touch after my dad's funeral "
        f"and I'd love to send her the family photos.\n\nMy details: {N(me)}, {g.mail(me)}, "
        f"{g.phone('gb ie us au')}"
    )


@T("personal_family", "en", "nnl")
def t_descendant(g):
    fig, via, archive, key = g.v("desc", [
        ("Isambard Kingdom Brunel", "his son Henry Marc Brunel's line", "the Brunel Institute",
         ("Clare", "Brunel-Hatch")),
        ("Josiah Wedgwood", "his daughter Susannah Darwin", "the Wedgwood Museum archive", ("Marcus", "Wedgwood")),
        ("Charles Dickens", "his son Henry Fielding Dickens", "the Charles Dickens Museum", None),
        ("Robert Burns", "his son William Nicol Burns", "the Burns Birthplace Museum", None),
    ])
    me = g.named(*key) if key else g.p("en")
    mum = g.p("en", sex="f")
    a = g.addr("gb")
    return (
        f"I'm {N(me)} and, as far as we know, a descendant of {fig} through {via}. Could you help me write to "
        f"{archive} asking whether they hold anything about the later family? My mother, {N(mum)}, is 91 and "
        f"lives at {a.line()}; she remembers a family Bible that went to a cousin in the 1960s. I'd rather "
        f"they wrote to me than to her: {g.mail(me)}."
    )


@T("personal_family", "en", "lll")
def t_dna_match(g):
    match = g.p("en es pt it", sex="f")
    mgr = g.p("en")
    me = g.p("en")
    a = g.addr("us ca au")
    site = g.v("dna", ["ancestry", "myheritage", "23andme", "ftdna"])
    return (
        f"ok so my {site} dna results came back and i have a 2nd cousin match called {N(match)}, kit managed "
        f"by {N(mgr)}. we share 212 cM. her profile says she's in {a.town()}, {a['r']}. how do i message her "
        f"without sounding wierd?? i think her grandad and mine were brothers. my name's {G(me)} btw"
    )


@T("personal_family", "en", "nn")
def t_irish_centre_log(g):
    enq = g.p("en", sex="f")
    local = g.p("en")
    a = g.addr("ie")
    return (
        "Tidy up this enquiry log entry for the Family History Centre so a volunteer can pick it up tmrw:\n\n"
        f"enquirer: {N(enq)} ({g.phone('us ca')}), visiting from {loc(g.v('from', ['Boston', 'Halifax']))} "
        "3-10 June\n"
        "looking for: living relatives of her great-grandfather, who left for America in 1911\n"
        f"lead: spoke to {N(local)} in {a.town()} ({tel(a.phone)}), may be a cousin, happy to meet her\n"
        f"{G(local)} says to ring after 6pm. Griffith's Valuation and 1901/1911 census already searched."
    )


@T("personal_family", "pl", "nl")
def t_poszukiwania(g):
    me = g.p("pl", sex="f")
    kuz = g.p("pl", sex="m", noid=True)
    town = loc(g.v("pl_town", ["Krakowie", "Tarnowie", "Rzeszowie"]))
    a = g.addr("pl")
    return (
        "Popraw, proszę, ten list do Urzędu Stanu Cywilnego, żeby brzmiał bardziej oficjalnie:\n\n"
        f"Szanowni Państwo, nazywam się {N(me)} i mieszkam w {town}. Szukam kontaktu z żyjącymi krewnymi "
        f"mojej babci. Chodzi o jej bratanka: {N(kuz)}, ur. {g.dob('pl', kuz)}, który ostatnio mieszkał pod "
        f"adresem {a.line()}. Mój telefon: {g.phone('pl')}. Z góry dziękuję."
    )


@T("personal_family", "es", "nl")
def t_busqueda_familia(g):
    me = g.p("es")
    tia = g.p("es", sex="f", noid=True)
    a = g.addr("mx")
    return (
        "Ayúdame a redactar un mensaje para un grupo de genealogía de Facebook, que suene amable y sin dar "
        "demasiados datos:\n\n"
        f"Me llamo {N(me)} y vivo en {a.town()}, {a['r']}. Busco a mi tía {N(tia)}, nacida el "
        f"{g.dob('esold')}, que se fue a {loc('Los Ángeles')} en los años 80. Mi abuela ya tiene 94 años y quiere "
        f"volver a verla. Si alguien la conoce, mi WhatsApp es {g.phone('mx')}."
    )


@T("personal_family", "it", "nn")
def t_ricerca_parenti(g):
    me = g.p("it en")
    cug = g.p("it", sex="m")
    a = g.addr("it")
    return (
        "Traduci in inglese questa risposta dell'ufficio anagrafe, me l'ha inoltrata una cliente americana:\n\n"
        f"Gentile {N(me)},\nin merito alla Sua richiesta Le comunichiamo che il Sig. {N(cug)} risulta residente "
        f"in {a.line()}. Per motivi di riservatezza non possiamo fornire il recapito telefonico; la "
        "invitiamo a scrivere direttamente all'indirizzo indicato."
    )


@T("personal_family", "ar", "nn")
def t_bahth_aila(g):
    me = g.p("ar")
    qar = g.p("ar", sex="m")
    phone = g.phone("lb ae eg ma")
    return (
        "ساعدني في كتابة رسالة رسمية إلى أرشيف البلدية بهذه المعلومات:\n\n"
        f"اسمي {N(me)}، وأبحث عن أقارب جدي الذين بقوا في بيروت بعد عام 1975. ابن عمي {N(qar)} "
        f"أخبرني أن السجلات قد تكون محفوظة لديكم. رقم هاتفي {phone} وبريدي الإلكتروني {g.mail(me)}."
    )


@T("personal_family", "hi", "nn")
def t_vanshavali(g):
    me = g.p("hi", sex="m")
    rel = g.p("hi", sex="m")
    a = g.addr("in")
    return (
        "इस संदेश को अंग्रेज़ी में अनुवाद कर दीजिए, हरिद्वार के पंडा जी के रिकॉर्ड के बारे में है:\n\n"
        f"नमस्ते, मेरा नाम {N(me)} है। मैं अपने परिवार की वंशावली खोज रहा हूँ। मेरे चाचा {N(rel)} अभी "
        f"{a.town()} में रहते हैं और उनके पास पुरानी बही की एक प्रति है। मेरा फ़ोन नंबर {g.phone('in')} है।"
    )


@T("personal_family", "uk", "nn")
def t_poshuk_rodychiv(g):
    me = g.p("uk")
    rel = g.p("uk", sex="f", noid=True)
    a = g.addr("ua")
    return (
        "Допоможіть, будь ласка, скласти запит до обласного архіву на основі цих даних:\n\n"
        f"Заявник: {N(me)}, тел. {g.phone('ua')}\n"
        f"Шукаю: двоюрідну сестру моєї матері, {N(rel)}, {g.dob('uk', rel)} р. н.\n"
        f"Остання відома адреса:\n{a.block()}\n"
        "Мета: відновлення родинних зв'язків"
    )


@T("personal_family", "en", "nn")
def t_gedcom_living(g):
    a1 = g.p("en de nl", sex="f", noid=True)
    a2 = g.p("en fr it", sex="m", noid=True)
    ad = g.addr("gb us au nz ca")
    return (
        "Why does Gramps reject this GEDCOM? Also, should I strip living people before I share it on the "
        "one-name study forum?\n\n"
        "0 @I1@ INDI\n"
        f"1 NAME {G(a1)} /{F(a1)}/\n"
        "1 SEX F\n"
        f"1 BIRT\n2 DATE {g.dob('ged', a1)}\n2 PLAC {ad.town()}, {ad['p']}\n"
        "0 @I2@ INDI\n"
        f"1 NAME {G(a2)} /{F(a2)}/\n"
        "1 SEX M\n"
        f"1 BIRT\n2 DATE {g.dob('ged', a2)}\n"
        "1 FAMS @F1\n"
        "0 @F1@ FAM\n1 HUSB @I2@\n1 WIFE @I1@"
    )


@T("personal_family", "vi", "nn")
def t_gia_pha(g):
    me = g.p("vi")
    bac = g.p("vi", sex="m")
    a = g.addr("vn")
    return (
        "Dịch sang tiếng Anh giúp tôi đoạn này để gửi cho thư viện ở Pháp:\n\n"
        f"Tôi tên là {N(me)}, đang làm lại gia phả họ {per(me.family.split()[0])}. Bác tôi, ông {N(bac)}, hiện sống tại "
        f"{a.line()} và còn giữ bản gia phả chữ Hán từ thời Nguyễn. Số điện thoại của bác: {tel(a.phone)}."
    )

# ---- personal_staff (volunteers, front desk, complaints) -----------------------------------


@T("personal_staff", "en", "nn")
def t_volunteer_rota(g):
    a, b, c, d, e = (g.p("en") for _ in range(5))
    room = g.v("rota_room", ["Turner Room", "Morris & Co. gallery", "Egyptian gallery", "Hepworth garden"])
    return (
        "Can you turn this volunteer rota into a table by day and flag anyone doing more than two shifts?\n\n"
        f"Sat 8th - stewards: {G(a)} ({g.phone('gb')}), {N(b)}; shop: {N(c)}\n"
        f"Sun 9th - stewards: {N(d)}, {G(a)} again; tours of the {room} 11:00 and 14:00: {N(e)} "
        f"({g.phone('gb')})\n"
        f"Sat 15th - stewards: {G(a)}, {G(c)}; shop: {G(b)}\n"
        f"Sun 16th - tours: {G(e)}; {G(d)} on the welcome desk"
    )


@T("personal_staff", "en", "nl")
def t_incident_report(g):
    v = g.p("en", sex="f")
    st = g.p("en pl de")
    fa = g.p("en")
    a = g.addr("gb")
    obj = g.v("incident", ["the plinth of Rodin's 'The Kiss'", "the step by the Canova 'Three Graces'",
                           "the ramp beside the Hepworth bronzes"])
    return (
        "Write this up as a formal incident report for the health and safety committee:\n\n"
        f"14:35 visitor ({N(v)}, 70s) tripped on {obj}, Gallery 4. Steward {N(st)} called first aider "
        f"{N(fa)}. Graze to left shin, cleaned and dressed. Visitor declined ambulance; husband collected her "
        f"15:10. Contact: {tel(a.phone)}, lives in {a.town()}. CCTV cam 12 footage saved by {G(st)}."
    )


@T("personal_staff", "en", "nl")
def t_visitor_complaint(g):
    v = g.p("en de fr es")
    staff = g.p("en", sex="m")
    show, rule = g.v("complaint", [
        ("Van Gogh: Poets and Lovers", "no photography in the loan rooms"),
        ("the Yayoi Kusama Infinity Rooms", "the 60-second limit in each room"),
        ("Frida Kahlo: Making Her Self Up", "no photography of the loaned garments"),
    ])
    return (
        f"Draft a reply to this complaint. Be apologetic but explain the rule ({rule}).\n\n"
        f"> From: {N(v)} <{g.mail(v)}>\n"
        f"> Subject: {show} - appalling treatment\n"
        f"> I was told off in front of my grandchildren by one of your staff, his badge said {G(staff)}, "
        "for taking a photo without flash. I have been a member for ten years. I definately want a refund of my tickets "
        f"(booking ref VG-{g.n(100000, 999999)}) and an apology from {G(staff)} himself."
    )


@T("personal_staff", "de", "nn")
def t_dienstplan(g):
    a, b, c, lead = (g.p("de pl tr") for _ in range(4))
    return (
        "Erstelle aus dieser Liste einen Wochenplan als Tabelle (Mo bis So), Aufsicht Dürer-Saal und "
        "Cranach-Kabinett:\n\n"
        f"- {N(a)}: Mo, Di, Fr (Tel. {g.phone('de')})\n"
        f"- {N(b)}: Mi, Do\n"
        f"- {N(c)}: Sa, So; vertritt {G(a)} bei Krankheit\n"
        f"Bei Ausfall bitte {N(lead)} anrufen: {g.phone('de at')}"
    )


@T("personal_staff", "en", "lll")
def t_volunteer_whatsapp(g):
    a, b, c = g.p("en"), g.p("en"), g.p("en")
    d = g.p("en", sex="f")
    room = g.v("wa_room", ["morris room", "pre-raphaelite gallery", "ceramics gallery"])
    return (
        f"[10/03, 08:12] {G(a)}: morning all, anyone able to cover the welcome desk at 2? {G(b)} is poorly\n"
        f"[10/03, 08:15] {N(b)}: sorry everyone 🤒\n"
        f"[10/03, 08:21] {G(c)}: i can do 2-4 but not the 4pm tour of the {room}\n"
        f"[10/03, 08:30] {G(a)}: thanks {G(c)}! {N(d)} can you do the tour? her number's "
        f"{g.phone('gb')} if anyone needs it\n\n"
        "summarise who is covering what today"
    )


@T("personal_staff", "fr", "nn")
def t_reclamation(g):
    v = g.p("fr", sex="f")
    agent = g.p("fr", sex="m")
    musee = g.v("musee", ["musée Matisse", "musée Renoir de Cagnes", "musée Fernand Léger"])
    return (
        "Aide-moi à répondre à cette réclamation en restant courtois, et propose un geste commercial :\n\n"
        f"> Bonjour, je suis venue samedi au {musee} avec ma fille en fauteuil roulant. L'ascenseur était en "
        f"panne et l'agent d'accueil, M. {F(agent)}, nous a répondu qu'il n'y pouvait rien. Nous avons payé "
        "plein tarif pour voir la moitié des salles.\n"
        f"> {N(v)}, {g.phone('fr')}"
    )


@T("personal_staff", "vi", "nn")
def t_lich_truc(g):
    a, b, c = g.p("vi"), g.p("vi"), g.p("vi")
    lead = g.p("vi en")
    return (
        "Sắp xếp giúp tôi lịch trực tình nguyện viên tuần này thành bảng:\n\n"
        f"- {N(a)} – thứ Hai, thứ Tư – {g.phone('vn')}\n"
        f"- {N(b)} – thứ Ba – {g.phone('vn')}\n"
        f"- {N(c)} – cuối tuần, hướng dẫn khách ở phòng tranh Bùi Xuân Phái\n"
        f"Trưởng nhóm: {N(lead)} ({g.mail(lead, 'vi')})"
    )


@T("personal_staff", "nl", "nn")
def t_vrijwilligers(g):
    a, b, c = g.p("nl"), g.p("nl en"), g.p("nl")
    aa, bb = g.addr("nl be"), g.addr("nl be")
    return (
        "Maak van deze aanmeldingen een nette lijst voor de vrijwilligerscoördinator:\n\n"
        f"1. {N(a)}, {aa.town()}, {tel(aa.phone)} – rondleidingen in de Eregalerij (Rembrandt, Vermeer), "
        "liefst dinsdag\n"
        f"2. {N(b)}, {bb.town()}, {tel(bb.phone)} – museumwinkel\n"
        f"3. {N(c)}, via {g.mail(c)} – alleen het Van Gogh-weekend"
    )


@T("personal_staff", "th", "nn")
def t_asasamak(g):
    a, b = g.p("th"), g.p("th")
    lead = g.p("th")
    return (
        "ช่วยแปลรายชื่ออาสาสมัครนี้เป็นภาษาอังกฤษ:\n\n"
        f"1. {N(a)} โทร {g.phone('th')} – นำชมบ้านจิม ทอมป์สัน วันเสาร์\n"
        f"2. {N(b)} โทร {g.phone('th')} – ประจำเคาน์เตอร์ขายบัตร\n"
        f"ผู้ประสานงาน: คุณ{G(lead)} ({g.mail(lead)})\n"
        f"ที่อยู่ผู้ประสานงาน: {g.addr('th').line()}"
    )


@T("personal_staff", "en", "u")
def t_banned_notice(g):
    v = g.p("en")
    sec = g.p("en")
    return (
        "Turn this into a short notice for the staff room:\n"
        f"Visitor banned from 1 March: {N(v)}. Repeatedly touched the Canova marbles and was abusive to "
        f"stewards. If seen, do not engage; call security lead {N(sec)} on {g.phone('gb_l')}."
    )


@T("personal_staff", "en", "nn")
def t_call_transcript(g):
    staff = g.p("en")
    c = g.p("en", sex="f")
    h = g.p("en", sex="m")
    a = g.addr("gb")
    mus = g.v("call_mus", ["Fitzwilliam Museum", "Ashmolean", "Whitworth"])
    return (
        "Summarise this call for the membership CRM note:\n\n"
        f"{per(staff.given.upper())}: Good morning, {mus} membership, {G(staff)} speaking.\n"
        f"CALLER: Hi, it's {N(c)}, I'm a Friend, number 44{g.n(100, 999)}. I've moved house.\n"
        f"{per(staff.given.upper())}: No problem. What's the new address?\n"
        f"CALLER: {a.line()}.\n"
        f"{per(staff.given.upper())}: And is {tel(a.phone)} still the best number?\n"
        f"CALLER: Yes. Oh, and my husband {G(h)} wants his own card now."
    )

# ---- personal_records (exports, databases, logs, code) -------------------------------------


def spaced(iban_value: str) -> str:
    return " ".join(iban_value[i:i + 4] for i in range(0, len(iban_value), 4))


def moji(s: str) -> str:
    """UTF-8 read as Windows-1252, as Excel shows a badly imported export."""
    return s.encode("utf-8").decode("cp1252")


@T("personal_records", "en", "nn")
def t_lenders_csv(g):
    lines = []
    base = g.n(10, 60)
    for k in range(3):
        p = g.p("en fr de nl")
        a = g.addr("gb ie us")
        lines.append(f"L04{base + k * 7},{N(p)},{a['s']}, {a.town()},{a['p']},{tel(a.phone)},{g.mail(p)},"
                     f"{k + 1}")
    return (
        "Fix this CSV, the addresses break the columns when I import it into Axiell Collections:\n\n"
        "lender_id,name,address,postcode,phone,email,objects\n" + "\n".join(lines)
    )


@T("personal_records", "en", "nn")
def t_constituent_json(g):
    p = g.p("en fr de it es nl pl")
    a = g.addr("fr de it es nl pl gb")
    cc = {"gb": "GB", "fr": "FR", "de": "DE", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL"}[a.cc]
    role = g.v("role", ["lender", "donor", "vendor", "copyright holder"])
    return (
        "Write a jq filter that pulls displayName and email out of an array of records like this one:\n\n"
        "{\n"
        f'  "constituentId": {g.n(30000, 39999)},\n'
        f'  "displayName": "{N(p)}",\n'
        f'  "firstName": "{G(p)}",\n'
        f'  "lastName": "{F(p)}",\n'
        f'  "role": "{role}",\n'
        f'  "address": {{"line1": "{a["s"]}", "city": "{a.town()}", "postcode": "{a["p"]}", '
        f'"country": "{cc}"}},\n'
        f'  "phone": "{tel(a.phone)}",\n'
        f'  "email": "{g.mail(p)}",\n'
        '  "objects": ["2019.44.1", "2019.44.2"]\n'
        "}"
    )


@T("personal_records", "en", "nn")
def t_donor_insert(g):
    p = g.p("en", sex="f")
    sp = g.p("en", sex="m")
    q = g.p("en")
    a, b = g.addr("gb"), g.addr("gb")
    email = g.mail(p)
    return (
        "This insert fails with 'duplicate key value violates unique constraint \"donors_email_key\"'. Why, "
        "and how do I turn it into an upsert in Postgres?\n\n"
        "INSERT INTO donors (first_name, last_name, email, phone, town, gift_aid) VALUES\n"
        f"  ('{G(p)}', '{F(p)}', '{email}', '{tel(a.phone)}', '{a.town()}', true),\n"
        f"  ('{G(sp)}', '{F(p)}', '{email}', '{tel(a.phone)}', '{a.town()}', false),\n"
        f"  ('{G(q)}', '{F(q)}', '{g.mail(q)}', '{tel(b.phone)}', '{b.town()}', true);"
    )


@T("personal_records", "en", "nn")
def t_bidder_registration(g):
    p = g.p("en de fr it zh ja")
    a = g.addr("za hu ro si dk is")
    lots = g.v("lots", [
        "lot 37, attributed to Sir Peter Lely, Portrait of a Lady; lot 112, Clarice Cliff 'Bizarre' teapot",
        "lot 8, Thomas Chippendale-style mahogany commode; lot 91, first edition of Jane Eyre (1847), 3 vols",
        "lot 54, Fabergé-style silver cigarette case; lot 55, Lalique 'Suzanne' figure",
    ])
    return (
        "Check this bidder registration before tomorrow's sale. Our KYC policy needs photo ID and proof of "
        "address for anyone bidding over £10k.\n\n"
        f"Paddle: {g.n(100, 400)}\n"
        f"Name: {N(p)}\n"
        f"Address: {a.line()}\n"
        f"Phone: {tel(a.phone)}   Email: {g.mail(p)}\n"
        f"Card on file: {g.card()} (pre-auth £500)\n"
        f"Interested in: {lots}\n"
        "ID: not yet received"
    )


@T("personal_records", "de", "n")
def t_mitglieder_mojibake(g):
    lines = []
    broken = False
    for _ in range(3):
        p = g.p("de")
        a = g.addr("de at")
        row = [F(p), G(p), a["s"], a["p"], a.town(), tel(a.phone)]
        if not broken and not (p.full + a.parts["s"]).isascii():
            broken = True
            row = [per(moji(p.family)), per(moji(p.given)), loc(moji(a.parts["s"])), a["p"],
                   loc(moji(a.parts["t"])), tel(a.phone)]
        lines.append(f"1{g.n(1000, 9999)};" + ";".join(row))
    return (
        "Die Umlaute in diesem Export sind teilweise kaputt, wenn ich ihn in Excel öffne. Wie importiere ich "
        "die Datei richtig (UTF-8)?\n\n"
        "Mitgliedsnr;Name;Vorname;Straße;PLZ;Ort;Telefon\n" + "\n".join(lines)
    )


@T("personal_records", "en", "nn")
def t_wifi_log(g):
    a, b, c = g.p("en"), g.p("en es pl"), g.p("en")
    return (
        "This is our library Wi-Fi captive portal log. Write a regex that pulls out the card number, user "
        "and IP for each successful login:\n\n"
        f"2025-03-04 10:14:22 LOGIN ok card=2901800{g.n(1000000, 9999999)} user=\"{N(a)}\" ip={g.ip()}\n"
        f"2025-03-04 10:16:05 LOGIN fail card=2901800{g.n(1000000, 9999999)} user=\"{N(b)}\" ip={g.ip()}\n"
        f"2025-03-04 10:16:41 LOGIN ok card=2901800{g.n(1000000, 9999999)} user=\"{N(b)}\" ip={g.ip()}\n"
        f"2025-03-04 10:31:09 LOGIN ok card=2901800{g.n(1000000, 9999999)} user=\"{N(c)}\" ip={g.ip()}"
    )


@T("personal_records", "en", "nn")
def t_casual_yaml(g):
    p, nino, dob = g.idr("nino")
    a = g.addr("gb")
    ec = g.p("en")
    return (
        "Convert this YAML to one CSV row for payroll (casual gallery assistants, Hepworth Wakefield "
        "summer season):\n\n"
        f"- name: {N(p)}\n"
        f"  ni_number: {nid(nino)}\n"
        f"  dob: {dob}\n"
        "  address: |\n"
        f"    {a['s']}\n    {a.town()}\n    {a['p']}\n"
        f"  emergency_contact: {N(ec)} ({g.phone('gb')})\n"
        "  dbs_checked: true"
    )


@T("personal_records", "es", "n")
def t_socios_tsv(g):
    lines = []
    for k in range(3):
        p = g.p("es")
        a = g.addr("es")
        lines.append(f"{g.n(100, 999)}\t{N(p)}\t{a.town()}\t{tel(a.phone)}\t0{k + 3}/0{k + 2}/2019")
    return (
        "Ordena esta lista de socios de la Asociación de Amigos del Museo Sorolla por fecha de alta y dime "
        "cuántos son de fuera de Madrid:\n\n"
        "nº\tnombre\tlocalidad\tteléfono\talta\n" + "\n".join(lines)
    )


@T("personal_records", "en", "nn")
def t_payout_file(g):
    lines = []
    for k in range(2):
        p, iban = g.iban_person("GB IE NL ES IT")
        value = MARK.match(iban).group(2)
        lines.append(f"{N(p)}|{40 + k * 7}|£{(k + 2) * 1600:,}|{mk('IBAN_CODE', spaced(value))}|{g.mail(p)}")
    return (
        "The bank rejects our consignor payout file. What's wrong with the IBAN column, and how should I "
        "fix it in the export?\n\n"
        "consignor|lot|hammer|iban|email\n" + "\n".join(lines)
    )


@T("personal_records", "ja", "n")
def t_kaiin_meibo(g):
    lines = []
    for _ in range(3):
        p = g.p("ja")
        a = g.addr("jp")
        lines.append(f"{g.n(1000, 9999)},{N(p)},{a.line().replace(', ', ' ')},{tel(a.phone)}")
    return (
        "この友の会会員名簿CSVの住所から郵便番号を別の列に分けてください。\n\n"
        "会員番号,氏名,住所,電話\n" + "\n".join(lines)
    )


@T("personal_records", "id", "nn")
def t_relawan_json(g):
    a, b = g.p("id"), g.p("id")
    aa = g.addr("id")
    return (
        "Tolong ubah JSON ini jadi tabel untuk laporan relawan Museum Affandi bulan ini:\n\n"
        "[\n"
        f'  {{"nama": "{N(a)}", "hp": "{g.phone("id")}", "email": "{g.mail(a)}", "tugas": "pemandu", '
        f'"alamat": "{aa.line()}"}},\n'
        f'  {{"nama": "{N(b)}", "hp": "{g.phone("id")}", "email": "{g.mail(b)}", "tugas": "loket"}}\n'
        "]"
    )


@T("personal_records", "en", "nn")
def t_reminder_code(g):
    a, b = g.p("en fr de"), g.p("en")
    show = g.v("code_show", ["Monet and London", "Gwen John: Art and Life", "Michelangelo: the last decades"])
    return (
        "Why does this raise KeyError: 'email'?\n\n"
        "visitors = [\n"
        f'    {{"name": "{N(a)}", "email": "{g.mail(a)}", "ticket": "FAM-2"}},\n'
        f'    {{"name": "{N(b)}", "phone": "{g.phone("gb")}", "ticket": "ADULT"}},\n'
        "]\n"
        "for v in visitors:\n"
        f'    send_reminder(v["email"], exhibition="{show}")'
    )

# ---- clean_collections (labels, catalogue entries, provenance of public works) ---------------


@T("clean_collections", "en", "nnnn")
def t_wall_label(g):
    artist, life, title, date, credit, blurb = g.v("label", [
        ("Thomas Gainsborough", "1727–1788", "Mr and Mrs Andrews", "about 1750",
         "Bought with contributions from the Pilgrim Trust and the Art Fund, 1960",
         ("Gainsborough painted the newly married Robert Andrews and Frances Carter on their estate near "
         "Sudbury. The unfinished patch on Frances's lap may have been meant for a pheasant or a book.")),
        ("Rembrandt van Rijn", "1606–1669", "Self Portrait at the Age of 63", "1669", "Bought, 1851",
         ("One of the last of some eighty self-portraits. X-rays show Rembrandt first painted his hands "
         "holding a brush, then changed his mind.")),
        ("Artemisia Gentileschi", "1593–1654 or later", "Self Portrait as Saint Catherine of Alexandria",
         "about 1615–17", "Bought with support from the American Friends of the National Gallery, 2018",
         ("Painted in Florence, where Artemisia became the first woman admitted to the Accademia delle Arti "
         "del Disegno. Cosimo II de' Medici may have owned it.")),
        ("Sofonisba Anguissola", "about 1532–1625", "The Chess Game", "1555",
         "Lent by the National Museum in Poznań (Raczyński Foundation)",
         ("Three of the painter's sisters, Lucia, Minerva and Europa, play chess watched by a servant. "
         "Vasari saw it in Cremona and called it a marvel.")),
        ("Frederic Leighton", "1830–1896", "Flaming June", "1895",
         "Lent by the Museo de Arte de Ponce, Fundación Luis A. Ferré",
         ("Bought for £50 in the 1960s after failing to sell in London, the picture is now one of the "
         "best known images of Victorian art. The model may have been Dorothy Dene.")),
    ])
    return (
        "Edit this wall label down to about 60 words. Keep the credit line exactly as it is.\n\n"
        f"{artist} ({life})\n{title}, {date}\nOil on canvas\n{credit}\n\n{blurb}"
    )


@T("clean_collections", "en", "nnnn")
def t_press_release(g):
    title, body = g.v("press", [
        ("Hilma af Klint & Piet Mondrian: Forms of Life",
         ("The first exhibition to pair the Swedish pioneer of abstraction with the Dutch painter, with loans "
         "from the Kunstmuseum Den Haag and the Hilma af Klint Foundation in Stockholm.")),
        ("Michelangelo: The Last Decades",
         ("Late drawings and letters, including the presentation drawings for Tommaso de' Cavalieri and "
         "the correspondence with Vittoria Colonna, lent by Casa Buonarroti.")),
        ("Yinka Shonibare: Suspended States",
         ("New work by the British-Nigerian artist alongside pieces from the Guggenheim and the Smithsonian, "
         "curated with the Serpentine.")),
        ("Gwen John: Art and Life in London and Paris",
         ("Marking 150 years since her birth in Haverfordwest, with loans from Amgueddfa Cymru, the Tate and "
         "the Musée Rodin, where she modelled for Auguste Rodin.")),
    ])
    return (
        f"Rewrite this press release opening so it sounds less stiff, 80 words max:\n\n"
        f"FOR IMMEDIATE RELEASE\n{title}\n{body} Tickets go on sale to Members on 3 February and to the public "
        "on 10 February. Media enquiries: press office, 9am to 5pm."
    )


@T("clean_collections", "fr", "nnn")
def t_cartel(g):
    art, titre, notice = g.v("cartel", [
        ("Claude Monet (Paris, 1840 – Giverny, 1926)", "Impression, soleil levant, 1872",
         ("Exposée en 1874 chez le photographe Nadar, la toile donne son nom à l'impressionnisme. Volée en "
         "1985, elle a été retrouvée en Corse en 1990. Donation Eugène et Victorine Donop de Monchy, 1940.")),
        ("Camille Claudel (Fère-en-Tardenois, 1864 – Montfavet, 1943)", "La Valse, 1889-1905",
         ("Élève puis collaboratrice d'Auguste Rodin, Camille Claudel réalise plusieurs versions de ce "
         "groupe. Son frère, Paul Claudel, en conserva un exemplaire.")),
        ("Rosa Bonheur (Bordeaux, 1822 – Thomery, 1899)", "Le Labourage nivernais, 1849",
         ("Commandée par l'État, l'œuvre fait la renommée de l'artiste. Son atelier du château de By, à "
         "Thomery, se visite aujourd'hui.")),
        ("Suzanne Valadon (Bessines-sur-Gartempe, 1865 – Paris, 1938)", "La Chambre bleue, 1923",
         ("Modèle de Renoir et de Toulouse-Lautrec avant de peindre elle-même, Valadon fut la mère de "
         "Maurice Utrillo. Achat de l'État, 1924.")),
    ])
    return f"Peux-tu raccourcir ce cartel pour l'audioguide (30 secondes à l'oral) ?\n\n{art}\n{titre}\n{notice}"


@T("clean_collections", "de", "nn")
def t_katalogeintrag(g):
    eintrag = g.v("kat", [
        ("Caspar David Friedrich (Greifswald 1774 – 1840 Dresden)\nDer Wanderer über dem Nebelmeer, um 1817\n"
        "Öl auf Leinwand, 94,8 × 74,8 cm\nHamburger Kunsthalle, Inv.-Nr. 5161\nProvenienz: 1970 erworben "
        "mit Mitteln der Stiftung zur Förderung der Hamburgischen Kunstsammlungen"),
        ("Albrecht Dürer (Nürnberg 1471 – 1528 Nürnberg)\nFeldhase, 1502\nAquarell und Deckfarben, "
        "25 × 22,5 cm\nAlbertina, Wien\nProvenienz: Willibald Imhoff; Kaiser Rudolf II.; Herzog Albert von "
        "Sachsen-Teschen"),
        ("Franz Marc (München 1880 – 1916 Verdun)\nDer Turm der blauen Pferde, 1913\nÖl auf Leinwand\n"
        "Verschollen seit 1945\nProvenienz: Nationalgalerie Berlin, 1937 als „entartet“ beschlagnahmt; "
        "zuletzt bei Hermann Göring nachweisbar"),
        ("Käthe Kollwitz (Königsberg 1867 – 1945 Moritzburg)\nDie Mütter, 1921/22\nHolzschnitt\n"
        "Käthe Kollwitz Museum Köln, Sammlung der Kreissparkasse Köln"),
    ])
    return f"Formatiere diesen Katalogeintrag nach unserem Hausstil (Lebensdaten in Klammern, Maße in cm):\n\n{eintrag}"


@T("clean_collections", "it", "nn")
def t_scheda_opera(g):
    scheda = g.v("scheda", [
        ("Autore: Sandro Botticelli (Firenze, 1445 – 1510)\nTitolo: Nascita di Venere\nData: 1484-1486 ca.\n"
        "Collocazione: Galleria degli Uffizi, sala 10-14\nNote: commissionata forse da Lorenzo di "
        "Pierfrancesco de' Medici; la modella sarebbe Simonetta Vespucci, secondo la tradizione."),
        ("Autore: Caravaggio (Michelangelo Merisi; Milano, 1571 – Porto Ercole, 1610)\nTitolo: Vocazione di "
        "san Matteo\nData: 1599-1600\nCollocazione: San Luigi dei Francesi, Roma, cappella Contarelli"),
        ("Autore: Amedeo Modigliani (Livorno, 1884 – Parigi, 1920)\nTitolo: Ritratto di Jeanne Hébuterne\n"
        "Data: 1918\nNote: la compagna del pittore morì due giorni dopo di lui."),
        ("Autore: Giuseppe Pellizza da Volpedo (Volpedo, 1868 – 1907)\nTitolo: Il Quarto Stato\nData: 1901\n"
        "Collocazione: Museo del Novecento, Milano"),
    ])
    return f"Trasforma questa scheda in un breve testo per il sito del museo, tono divulgativo:\n\n{scheda}"


@T("clean_collections", "es", "nn")
def t_cartela(g):
    c = g.v("cartela", [
        ("Diego Velázquez (Sevilla, 1599 – Madrid, 1660). Las Meninas, 1656. Óleo sobre lienzo. Museo del "
        "Prado. Retrata a la infanta Margarita con sus damas, María Agustina Sarmiento e Isabel de Velasco, "
        "y al propio pintor ante el lienzo."),
        ("Francisco de Goya (Fuendetodos, 1746 – Burdeos, 1828). El tres de mayo de 1808 en Madrid, 1814. "
        "Encargado por el Consejo de Regencia del cardenal Luis de Borbón."),
        ("Frida Kahlo (Coyoacán, 1907 – 1954). Las dos Fridas, 1939. Museo de Arte Moderno, Ciudad de México. "
        "Pintado tras su divorcio de Diego Rivera."),
        ("Remedios Varo (Anglès, 1908 – Ciudad de México, 1963). Bordando el manto terrestre, 1961. "
        "Colección particular."),
    ])
    return f"Traduce esta cartela al inglés para la sala 12, manteniendo los nombres propios:\n\n{c}"


@T("clean_collections", "en", "nnnn")
def t_restitution_timeline(g):
    chain = g.v("restit", [
        ("Gustav Klimt, Portrait of Adele Bloch-Bauer I (1907): commissioned by Ferdinand Bloch-Bauer; "
        "seized 1938; Österreichische Galerie Belvedere from 1941; arbitration 2006 in favour of Maria "
        "Altmann and other heirs; bought by Ronald Lauder for the Neue Galerie, New York, 2006."),
        ("Henri Matisse, Seated Woman (1921): Paul Rosenberg, Paris; seized by the ERR, 1941; Hildebrand "
        "Gurlitt; found in Cornelius Gurlitt's Munich flat, 2012; restituted to Rosenberg's heirs, 2015."),
        ("Camille Pissarro, Rue Saint-Honoré, Afternoon, Rain Effect (1897): Julius Cassirer; Lilly "
        "Cassirer, forced sale 1939; Sydney Brody; Baron Hans Heinrich Thyssen-Bornemisza, 1976; "
        "Museo Thyssen-Bornemisza, Madrid."),
        ("Egon Schiele, Portrait of Wally (1912): Lea Bondi Jaray; taken by Friedrich Welz, 1938; Rudolf "
        "Leopold; seized in New York 1998; settlement with the Leopold Museum, 2010."),
    ])
    return f"Turn this provenance into a timeline table (date | holder | how it changed hands):\n\n{chain}"


@T("clean_collections", "ja", "nn")
def t_sakuhin_kaisetsu(g):
    t = g.v("kaisetsu", [
        "葛飾北斎（1760–1849）「冨嶽三十六景 凱風快晴」。通称「赤富士」。版元は西村屋与八。",
        "尾形光琳（1658–1716）「燕子花図屏風」。根津美術館所蔵、国宝。根津嘉一郎のコレクション。",
        "上村松園（1875–1949）「序の舞」。東京藝術大学大学美術館所蔵。",
    ])
    return f"この作品解説を、小学生向けのやさしい日本語に書き直してください。\n\n{t}"


@T("clean_collections", "zh", "nn")
def t_zhanpin_shuoming(g):
    t = g.v("zhanpin", [
        "齐白石（1864–1957）《墨虾》，纸本水墨。齐白石晚年画虾，寥寥数笔而通透灵动。",
        "张择端（北宋）《清明上河图》，绢本设色，北京故宫博物院藏。",
        "徐悲鸿（1895–1953）《奔马图》，1941年作于抗战期间。徐悲鸿纪念馆藏。",
    ])
    return f"请把这段展品说明翻译成英文，人名用拼音并保留生卒年：\n\n{t}"


@T("clean_collections", "en", "lll")
def t_family_trail(g):
    t = g.v("trail", [
        ("vincent van gogh painted his sunflowers in arles in august 1888 to decorate the room where paul "
        "gauguin was going to stay. he made four versions that month"),
        ("this is the rosetta stone. in 1822 jean-françois champollion worked out the hieroglyphs by comparing "
        "them with the greek at the bottom. thomas young had got part of the way first"),
        ("leonardo da vinci never finished lots of things, and the adoration of the magi in the uffizi is one "
        "of them. you can still see his underdrawing"),
    ])
    return (
        f"can you make this label less academic, it's for the kids' family trail, max 40 words:\n\n{t}"
    )


@T("clean_collections", "ru", "nn")
def t_etiketka(g):
    t = g.v("etiketka", [
        "Иван Айвазовский (1817–1900). «Девятый вал», 1850. Государственный Русский музей.",
        ("Илья Репин (1844–1930). «Бурлаки на Волге», 1870–1873. Приобретено у великого князя Владимира "
        "Александровича."),
        ("Казимир Малевич (1879–1935). «Чёрный супрематический квадрат», 1915. Государственная Третьяковская "
        "галерея, поступил в 1929 году."),
    ])
    return f"Переведи этикетку на английский для каталога, имена по системе Library of Congress:\n\n{t}"


@T("clean_collections", "nl", "nn")
def t_zaaltekst(g):
    t = g.v("zaal", [
        ("Johannes Vermeer (1632–1675), Het melkmeisje, ca. 1660. Aangekocht met steun van de Vereniging "
        "Rembrandt, 1908."),
        ("Rembrandt van Rijn (1606–1669), De Nachtwacht, 1642. Het schuttersstuk toont de compagnie van "
        "kapitein Frans Banninck Cocq en luitenant Willem van Ruytenburch."),
        "Judith Leyster (1609–1660), De vrolijke drinker, 1629. Lang toegeschreven aan Frans Hals.",
    ])
    return f"Kun je deze zaaltekst vertalen naar het Engels en ietsje inkorten?\n\n{t}"


@T("clean_collections", "en", "nnn")
def t_historic_accession(g):
    rec = g.v("hist_acc", [
        ("Accession no.: P84\nObject: The Laughing Cavalier, Frans Hals, 1624\nSource: Bequest of "
        "Lady Wallace, 1897 (collection formed by the 4th Marquess of Hertford and Sir Richard Wallace)\n"
        "Acquired by Lord Hertford at the Pourtalès sale, Paris, 1865"),
        ("Accession no.: EA 24\nObject: Rosetta Stone\nSource: ceded under the Capitulation of "
        "Alexandria, 1801; presented by George III, 1802\nFound: 1799, Rashid, by soldiers under "
        "Pierre-François Bouchard"),
        ("Accession no.: 1945,0927.1\nObject: Portland Vase\nSource: lent by the 4th Duke of Portland, 1810; "
        "smashed by William Lloyd, 1845; purchased 1945\nEarlier: Barberini family; Sir William Hamilton"),
    ])
    return f"Reformat this historic accession register entry into our new template (one field per line):\n\n{rec}"

# ---- clean_questions (general questions, visitor chat, how-to) -------------------------------


@T("clean_questions", "en", "nnll")
def t_who_painted(g):
    return g.v("who", [
        "Who painted The Hay Wain, and is the cottage in it (Willy Lott's house) still standing at Flatford?",
        ("Who painted 'Girl with a Pearl Earring', and is it true nobody knows who the girl was? Tracy "
        "Chevalier's novel says it was a maid called Griet but I assume she made that up."),
        ("Was 'Whistler's Mother' painted by Whistler or by his mother? My son insists it's a self-portrait "
        "of Anna McNeill Whistler."),
        ("Who painted the ceiling of the Banqueting House in Whitehall, and was Charles I really executed "
        "right outside it?"),
        ("Which painter did the portrait of Adele Bloch-Bauer that Helen Mirren's film is about, and where "
        "can I see it now?"),
    ])


@T("clean_questions", "en", "llll")
def t_eponym_trivia(g):
    return g.v("epo", [
        ("is the frick named after henry clay frick? and who was he, my guide said something about the "
        "homestead strike"),
        "why is the getty free? did j paul getty leave money for that or is it the trust",
        ("how did the guggenheim get its name and how many guggenheims are there now (bilbao, venice, abu "
        "dhabi?)"),
        "what's the difference between tate modern and tate britain and who was tate, the sugar guy?",
        "who was elias ashmole and why is the ashmolean musuem named after him and not tradescant",
    ])


@T("clean_questions", "de", "nl")
def t_fragen_museen(g):
    return g.v("de_q", [
        ("Warum heißt das Museum in Wien eigentlich Albertina? Nach Herzog Albert von Sachsen-Teschen oder nach "
        "jemand anderem?"),
        ("Wer war Franz von Lenbach, und warum hängt im Lenbachhaus vor allem der Blaue Reiter mit Kandinsky und "
        "Gabriele Münter?"),
        ("Stimmt es, dass Sammler Peter Ludwig und seine Frau Irene über 14 Museen mit Werken beschenkt haben? "
        "Welche sind die wichtigsten?"),
        ("Ist das Ernst Barlach Haus in Hamburg nach dem Bildhauer benannt oder nach dem Stifter Hermann F. "
        "Reemtsma?"),
    ])


@T("clean_questions", "fr", "nl")
def t_questions_fr(g):
    return g.v("fr_q", [
        "Pourquoi dit-on le musée Jacquemart-André ? Qui étaient Nélie Jacquemart et Édouard André ?",
        ("Est-ce que la Fondation Maeght a été créée par Aimé Maeght avec l'aide de Miró et Chagall, ou c'est "
        "une légende ?"),
        "Combien de Monet y a-t-il au musée Marmottan, et qui était Paul Marmottan ?",
        "Qui a peint le plafond de l'Opéra Garnier, et pourquoi André Malraux a-t-il choisi Chagall ?",
    ])


@T("clean_questions", "ko", "nn")
def t_jilmun_ko(g):
    return g.v("ko_q", [
        "간송미술관은 누구 이름에서 따온 건가요? 전형필이 훈민정음 해례본을 어떻게 지켰는지 알려 주세요.",
        "이중섭의 '소' 그림은 몇 점이나 남아 있고, 제주 이중섭미술관에서 볼 수 있나요?",
        "리움미술관 이름의 뜻이 뭔가요? 삼성 이병철 회장과 관계가 있나요?",
    ])


@T("clean_questions", "ar", "nn")
def t_asila_ar(g):
    return g.v("ar_q", [
        "من هو محمود سعيد، ولماذا يسمى المتحف في الإسكندرية باسمه؟",
        "ما الفرق بين متحف اللوفر أبوظبي ومتحف الشيخ زايد الوطني؟ ومتى سيفتح الأخير؟",
        "هل صحيح أن ابن بطوطة كتب رحلته بإملاء على ابن جزي؟ وأين توجد أقدم مخطوطة لها؟",
    ])


@T("clean_questions", "hi", "nn")
def t_prashn_hi(g):
    return g.v("hi_q", [
        "राजा रवि वर्मा की पेंटिंग्स कहाँ देख सकते हैं? क्या तिरुवनंतपुरम की श्री चित्रा आर्ट गैलरी में मूल चित्र हैं?",
        "अमृता शेरगिल की 'थ्री गर्ल्स' अभी किस संग्रहालय में है, और नेशनल गैलरी ऑफ़ मॉडर्न आर्ट में उनकी कितनी कृतियाँ हैं?",
        "सालार जंग संग्रहालय का नाम किसके नाम पर रखा गया है?",
    ])


@T("clean_questions", "pt", "nnl")
def t_perguntas_pt(g):
    return g.v("pt_q", [
        ("Onde está hoje o Abaporu da Tarsila do Amaral? Ouvi dizer que foi vendido para um colecionador "
        "argentino, o Eduardo Costantini."),
        ("Os painéis Guerra e Paz do Portinari voltaram para a ONU em Nova Iorque? Quando foram expostos no "
        "Theatro Municipal?"),
        "Quem foi Calouste Gulbenkian e por que a fundação dele ficou em Lisboa e não em Paris?",
        "O Museu Casa de Portinari em Brodowski fica aberto às segundas?",
    ])


@T("clean_questions", "en", "nnnn")
def t_visitor_bot(g):
    q = g.v("bot", [
        ("Is the Rosetta Stone on display today?", ("Yes, in Room 4. It was deciphered by Jean-François "
         "Champollion in 1822, building on work by Thomas Young.")),
        ("Where are the Lewis Chessmen?", ("Room 40. They were found on the Isle of Lewis in 1831; eleven "
         "pieces are in the National Museum of Scotland in Edinburgh.")),
        ("Can I see Hokusai's Great Wave?", ("Not this month: prints by Hokusai and Hiroshige are rested "
         "for light exposure. The next rotation starts in May.")),
        ("Is the Sutton Hoo helmet a copy?", ("The helmet in Room 41 is the original, rebuilt in 1971. "
         "Edith Pretty gave the finds to the nation in 1939.")),
    ])
    return (
        "Our website bot 'Ada' gave this answer. Is it accurate? Suggest a friendlier version.\n\n"
        f"Visitor: {q[0]}\nAda: {q[1]}"
    )


@T("clean_questions", "el", "nl")
def t_erotiseis_el(g):
    return g.v("el_q", [
        "Πού μπορώ να δω έργα του Ελ Γκρέκο στην Κρήτη; Έχει το Ιστορικό Μουσείο Ηρακλείου αυθεντικά;",
        "Ποιος ήταν ο Αντώνης Μπενάκης και γιατί το μουσείο Μπενάκη έχει τόσα κτίρια;",
        "Είναι αλήθεια ότι ο Λόρδος Έλγιν πήρε τα γλυπτά του Παρθενώνα με φιρμάνι;",
    ])


@T("clean_questions", "tr", "nn")
def t_sorular_tr(g):
    return g.v("tr_q", [
        "Osman Hamdi Bey'in Kaplumbağa Terbiyecisi tablosu şu an hangi müzede? Pera Müzesi mi?",
        "Sakıp Sabancı Müzesi'ndeki hat koleksiyonu ne zaman kuruldu?",
        "Mimar Sinan'ın imzası gerçekten Süleymaniye'de bir yerde saklı mı?",
    ])


@T("clean_questions", "en", "nnnl")
def t_census_howto(g):
    return g.v("census", [
        ("Using Charles Darwin as an example, how would I find someone in the 1851 census on FamilySearch? "
        "I keep getting dozens of Charles Darwins."),
        ("What's the difference between Ancestry, Findmypast and MyHeritage for Irish records? Is Griffith's "
        "Valuation free anywhere?"),
        ("How do I read a 1921 census return? Our volunteers used the Agatha Christie entry as a demo and "
        "nobody understood the 'orphanhood' column."),
        "Where are Ellis Island passenger lists kept, and can I search them without knowing the ship?",
    ])


@T("clean_questions", "es", "ll")
def t_preguntas_es(g):
    return g.v("es_q", [
        "oye, el guernica de picasso nunca sale del reina sofía? y por qué no está en el prado",
        "quién fundó el museo thyssen, el barón o carmen cervera? y cuántas obras son de ella",
        "la casa azul de frida kahlo en coyoacán necesita reserva o se puede ir sin más",
    ])

# ---- clean_library (bibliographies, finding aids, catalogue records, systems) ----------------


@T("clean_library", "en", "nnn")
def t_bibliography(g):
    refs = g.vs("bib", [
        "Clark, Kenneth. Civilisation: A Personal View. London: BBC and John Murray, 1969",
        "Gombrich, E. H., The Story of Art (Phaidon 1950)",
        "John Berger - Ways of Seeing - Penguin 1972",
        "Nochlin, Linda. 'Why Have There Been No Great Women Artists?' ARTnews, January 1971",
        "Baxandall, Michael, Painting and Experience in Fifteenth-Century Italy, Oxford UP 1972",
        "T. J. Clark, The Painting of Modern Life: Paris in the Art of Manet and His Followers, 1985",
        ("Vasari, Giorgio, Lives of the Most Excellent Painters, Sculptors and Architects, tr. Gaston du C. "
        "de Vere, 1912"),
        "Schama, Simon. Rembrandt's Eyes. New York: Knopf, 1999",
        "MacGregor, Neil, A History of the World in 100 Objects (Allen Lane, 2010)",
        "Pollock, Griselda. Vision and Difference. Routledge, 1988",
    ], 3)
    style = g.v("bib_style", ["Chicago author-date", "MHRA", "Harvard", "MLA 9"])
    return f"Format these consistently in {style} and sort them:\n\n" + "\n".join(f"- {r}" for r in refs)


@T("clean_library", "en", "nnn")
def t_ead_finding_aid(g):
    pers, corp, title, dates = g.v("ead", [
        ("Woolf, Virginia, 1882-1941", "Hogarth Press", "Letters to Vanessa Bell", "1909-1941"),
        ("Tolkien, J. R. R. (John Ronald Reuel), 1892-1973", "Allen & Unwin", "Drafts of The Hobbit",
         "1930-1937"),
        ("Morris, William, 1834-1896", "Morris & Co.", "Kelmscott Press business papers", "1891-1898"),
        ("Nightingale, Florence, 1820-1910", "St Thomas' Hospital", "Correspondence with Sidney Herbert",
         "1854-1861"),
    ])
    return (
        "Why does this EAD fragment fail validation against ead.xsd? I think it's the controlaccess "
        "element.\n\n"
        "<c02 level=\"file\">\n"
        f"  <did><unittitle>{title}</unittitle><unitdate>{dates}</unitdate></did>\n"
        "  <controlaccess>\n"
        f"    <persname source=\"lcnaf\">{pers}</persname>\n"
        f"    <corpname>{corp}</corpname>\n"
        "  </controlaccess>\n"
        "</c02>"
    )


@T("clean_library", "en", "nnl")
def t_systems_compare(g):
    return g.v("systems", [
        ("We're a county library service on Spydus. Is it worth moving to Koha or to Alma with Primo VE? "
        "The university down the road went to Alma and Leganto and regretted the cost."),
        ("Our museum runs Mimsy XG and the archive runs CALM. Would Axiell Collections replace both, or should "
        "we look at TMS from Gallery Systems or KE EMu?"),
        ("Small historical society: PastPerfect, CollectiveAccess or Omeka S for an online catalogue? We also "
        "have a few boxes that need ArchivesSpace or AtoM."),
        ("Is Vernon CMS still maintained? A New Zealand museum recommended it, but Evergreen and Sierra keep "
        "coming up for the library side."),
    ])


@T("clean_library", "de", "nl")
def t_zitierweise(g):
    return g.v("zitier", [
        ("Wie zitiere ich einen Brief aus dem Goethe- und Schiller-Archiv in Weimar richtig, z. B. Goethe an "
        "Charlotte von Stein, 1781? Mit GSA-Signatur?"),
        "Wie gebe ich in einer Fußnote die Kalliope-Nachweise für den Nachlass von Alexander von Humboldt an?",
        ("Muss ich bei Digitalisaten aus der Deutschen Digitalen Bibliothek (z. B. Dürers Tagebuch der Reise "
        "in die Niederlande) die URN angeben?"),
    ])


@T("clean_library", "sv", "nl")
def t_libris_sv(g):
    return g.v("libris", [
        ("Hur hittar jag Selma Lagerlöfs originalmanus till Nils Holgersson i Libris eller Alvin? Ligger de på "
        "Kungliga biblioteket?"),
        ("Finns August Strindbergs brev till Siri von Essen digitaliserade? Jag letar i Alvin men hittar "
        "bara fotografierna."),
        "Vilken signum använder Uppsala universitetsbibliotek för Carl von Linnés herbarier?",
    ])


@T("clean_library", "pl", "nl")
def t_polona_pl(g):
    return g.v("polona", [
        ("Czy rękopis „Pana Tadeusza” Mickiewicza jest dostępny w Polonie, czy tylko w Ossolineum we "
        "Wrocławiu?"),
        ("Jak zacytować list Chopina do Tytusa Woyciechowskiego z kolekcji Narodowego Instytutu Fryderyka "
        "Chopina?"),
        "Gdzie jest spuścizna Wisławy Szymborskiej, w Bibliotece Jagiellońskiej czy w fundacji?",
    ])


@T("clean_library", "en", "lll")
def t_marc_lower(g):
    return g.v("marc_q", [
        ("how do i enter a 100 field for a dead author with dates, like austen, jane, 1775-1817, do the dates "
        "go in $d"),
        ("in rda do i still put 'ed.' after the editor or is it $e editor now? example is the oxford edition "
        "of dickens letters by madeline house"),
        "what's the lcnaf heading for mark twain, is it clemens or twain",
    ])


@T("clean_library", "en", "nnn")
def t_marc_to_dc(g):
    a, d, t, pub, ext = g.v("marc", [
        ("Dickens, Charles,", "1812-1870.", "Great expectations /", "London : Chapman and Hall, 1861.", "3 v."),
        ("Shelley, Mary Wollstonecraft,", "1797-1851.", "Frankenstein, or, The modern Prometheus.",
         "London : Lackington, Hughes, Harding, Mavor & Jones, 1818.", "3 v."),
        ("Eliot, George,", "1819-1880.", "Middlemarch : a study of provincial life /",
         "Edinburgh : William Blackwood and Sons, 1871-1872.", "4 v."),
        ("Tagore, Rabindranath,", "1861-1941.", "Gitanjali (Song offerings) /", "London : Macmillan, 1913.",
         "xxii, 60 p."),
    ])
    return (
        "Map this MARC record to simple Dublin Core (creator, title, publisher, date):\n\n"
        f"100 1_ $a {a} $d {d}\n245 10 $a {t}\n264 _1 $a {pub}\n300 __ $a {ext} ; $c 20 cm"
    )


@T("clean_library", "hu", "nn")
def t_oszk_hu(g):
    return g.v("oszk", [
        "Hol találom Petőfi Sándor Nemzeti dal kéziratát? Az OSZK-ban vagy a Petőfi Irodalmi Múzeumban?",
        "Ady Endre levelei Lédának digitalizálva vannak a MEK-ben vagy a Hungaricanában?",
    ])


@T("clean_library", "cs", "nn")
def t_knihovna_cs(g):
    return g.v("knih", [
        ("Kde jsou rukopisy Franze Kafky? Část je v Bodleian Library, část v Národní knihovně Izraele, a co "
        "v Praze?"),
        "Jak citovat první vydání Čapkovy hry R.U.R. z roku 1920 podle ČSN ISO 690?",
    ])


@T("clean_library", "he", "nn")
def t_sifriya_he(g):
    return g.v("sifriya", [
        "איך מזמינים לעיון את כתבי היד של קפקא מעיזבון מקס ברוד בספרייה הלאומית?",
        "האם ארכיון אלברט איינשטיין באוניברסיטה העברית פתוח לקהל, או רק באתר האינטרנט?",
    ])


@T("clean_library", "uk", "nn")
def t_biblioteka_uk(g):
    return g.v("bibl_uk", [
        "Де зберігається рукопис «Кобзаря» Тараса Шевченка? У Національній бібліотеці імені Вернадського?",
        "Як правильно послатися на лист Лесі Українки до Івана Франка в бібліографії за ДСТУ 8302?",
    ])


@T("clean_library", "ro", "nn")
def t_biblioteca_ro(g):
    return g.v("bibl_ro", [
        "Unde se păstrează manuscrisele lui Mihai Eminescu? Le-a donat Titu Maiorescu Academiei Române?",
        ("Cum citez corect corespondența dintre Constantin Brâncuși și Marcel Duchamp din arhiva Centrului "
        "Pompidou?"),
    ])

# ---- clean_templates (blank forms, placeholders, sample people) ------------------------------


@T("clean_templates", "en", "nnn")
def t_loan_placeholders(g):
    style = g.v("ph_style", [
        ("[LENDER NAME]", "[LENDER ADDRESS]", "[COURIER NAME]", "[OBJECT DESCRIPTION]"),
        ("{{lender.full_name}}", "{{lender.address_line_1}}, {{lender.town}} {{lender.postcode}}",
         "{{courier.name}}", "{{object.artist}}, {{object.title}}"),
        ("<<Lender>>", "<<Address>>", "<<Courier>>", "<<Object>>"),
    ])
    return (
        "Tidy the wording of this incoming loan agreement template. Leave the merge fields exactly as they "
        "are.\n\n"
        f"This agreement is made between {style[0]} of {style[1]} (\"the Lender\") and the Trustees of the "
        f"Museum (\"the Borrower\") for the loan of {style[3]}. The Borrower will insure the object nail to "
        f"nail at the agreed value. {style[2]} will accompany the object in transit and supervise unpacking."
    )


@T("clean_templates", "en", "nn")
def t_giftaid_blank(g):
    org = g.v("ga_org", ["the Wordsworth Trust", "the Hunterian", "the Barber Institute of Fine Arts"])
    return (
        f"Is this blank Gift Aid form for {org} still HMRC-compliant? We last updated it in 2019.\n\n"
        "Title: ____  First name: __________  Surname: __________\n"
        "Home address: ______________________________\n"
        "Postcode: ________\n"
        "[ ] I want to Gift Aid my donation of £____ and any donations I make in the future or have made in "
        "the past 4 years.\n"
        "Signature: __________  Date: __/__/____"
    )


@T("clean_templates", "en", "nnn")
def t_sample_member(g):
    return g.v("sample_member", [
        ("Write a pytest fixture that loads this sample member into the test database:\n\n"
        '{"member_id": "TEST-0001", "title": "Mr", "first_name": "John", "last_name": "Doe", '
        '"address": "1 Example Street, Anytown", "postcode": "AB1 2CD", "phone": "01234 567890", '
        '"email": "john.doe@example.com", "tier": "Friend"}'),
        ("Our supplier's demo CSV has these rows. Which column should be the primary key?\n\n"
        "id,name,email,tier\n1,Jane Doe,jane.doe@example.org,Patron\n2,Joe Bloggs,joe.bloggs@example.org,"
        "Friend\n3,A. N. Other,anon@example.org,Friend"),
        ("Add a NOT NULL constraint to email in this seed script without breaking it:\n\n"
        "INSERT INTO members (first_name, last_name, email) VALUES ('Richard', 'Roe', NULL), ('Jane', "
        "'Doe', 'jane@example.com'), ('Fred', 'Bloggs', 'fred@example.com');"),
    ])


@T("clean_templates", "de", "nn")
def t_mustermann(g):
    return g.v("muster", [
        ("Ist dieses Musterformular für die Benutzerkarte verständlich?\n\nName: Mustermann\nVorname: Erika\n"
        "Anschrift: Musterstraße 1, 12345 Musterstadt\nGeburtsdatum: TT.MM.JJJJ\nLesesaal: Handschriften "
        "(Nachlass Goethe, Nachlass Fontane)"),
        ("Schreib mir eine Beispiel-Spendenquittung für Max Mustermann über 100 €, Zweck: Restaurierung des "
        "Cranach-Altars. Alle Angaben sind Platzhalter."),
    ])


@T("clean_templates", "fr", "nn")
def t_dupont(g):
    return g.v("dupont", [
        ("Voici notre modèle de carte de lecteur. Est-ce que « M. Jean Dupont, 1 rue de l'Exemple, 75000 "
        "Paris » suffit comme exemple, ou faut-il un nom plus neutre ?"),
        ("Rédige un exemple de bulletin d'adhésion rempli pour « Marie Martin », membre bienfaitrice des Amis "
        "du musée Picasso, avec des valeurs fictives clairement marquées [À REMPLIR]."),
    ])


@T("clean_templates", "es", "nn")
def t_fulano(g):
    return g.v("fulano", [
        ("Necesito un ejemplo de ficha de investigador para el manual del Archivo General de Indias. Usa a "
        "«Fulano de Tal» y datos inventados tipo «Calle Ejemplo, 1»."),
        ("¿Está bien usar «Juan Pérez» como donante ficticio en la plantilla del Museo Sorolla, o mejor "
        "«Mengano»?"),
    ])


@T("clean_templates", "it", "nn")
def t_rossi(g):
    return g.v("rossi", [
        ("Prepara un modulo di esempio per il prestito interbibliotecario con «Mario Rossi, via Roma 1, "
        "00100 Roma» come utente fittizio."),
        ("Nel manuale del gestionale usiamo «Maria Bianchi» come visitatrice di prova. Può andare o è meglio "
        "«Utente Demo»?"),
    ])


@T("clean_templates", "pl", "nn")
def t_kowalski(g):
    return g.v("kowalski", [
        ("Zrób przykładowy formularz karty czytelnika dla „Jan Kowalski, ul. Przykładowa 1, 00-001 "
        "Warszawa” do instrukcji dla wolontariuszy."),
        "Czy „Anna Nowak” jako przykładowa darczyńczyni w szablonie umowy darowizny brzmi naturalnie?",
    ])


@T("clean_templates", "ja", "nn")
def t_yamada(g):
    return g.v("yamada", [
        "閲覧申込書の記入例を作ってください。氏名は「山田太郎」、住所は「東京都千代田区○○1-1」のような架空のものでお願いします。",
        "友の会の入会案内に載せる記入見本で、「山田花子」と「鈴木一郎」を使っても問題ないでしょうか。",
    ])


@T("clean_templates", "zh", "n")
def t_zhangsan(g):
    return (
        "帮我写一份博物馆志愿者报名表的填写示例，姓名用“张三”“李四”这样的示例名，电话写成“138xxxxxxxx”，"
        "身份证号用“XXXXXXXXXXXXXXXXXX”代替。"
    )


@T("clean_templates", "ko", "n")
def t_hong_gildong(g):
    return (
        "도서관 회원가입 안내문에 들어갈 작성 예시를 만들어 주세요. 이름은 '홍길동', 주소는 '서울특별시 ○○구 ○○로 1', "
        "전화번호는 '010-0000-0000'처럼 가짜로 해 주세요."
    )


@T("clean_templates", "en", "uuu")
def t_caps_notice(g):
    return g.v("caps", [
        ("Check the spelling on this sign before it goes to print:\nPlease do not touch the Rodin bronzes. "
        "Oils from your skin damage the patina. Thank you. The Burrell Collection"),
        ("Fix the grammar on this sign:\nThe Leonardo drawings is on rotation. Next display from 1 March in "
        "the Queen's Gallery. Royal Collection Trust"),
        ("Is this sign clear enough?\nNo flash photography in the Turner Bequest rooms. Flash fades watercolours. "
        "Ask a steward about the Clore Gallery audio guide."),
    ])


@T("clean_templates", "en", "nnn")
def t_merge_letter(g):
    fld = g.v("merge", [
        ("{{donor.first_name}}", "{{appeal.name}}", "Mailchimp"),
        ("%%FirstName%%", "%%Campaign%%", "Raiser's Edge NXT"),
        ("{first_name}", "{fund}", "Salesforce Nonprofit Cloud"),
    ])
    return (
        f"This merge letter comes out blank in {fld[2]}. What's wrong with the fields?\n\n"
        f"Dear {fld[0]},\nThank you for supporting {fld[1]}. Your gift helps us conserve the Gainsborough "
        "portraits and keep the Holbein room open on Mondays.\nWith warm wishes,\nThe Development Team"
    )


@T("clean_templates", "no", "n")
def t_nordmann(g):
    return (
        "Lag et utfylt eksempel på lånerkort-søknad for Nasjonalbiblioteket med «Ola Nordmann» og «Kari "
        "Nordmann», Eksempelveien 1, 0000 Oslo. Alt skal være fiktivt."
    )


@T("clean_templates", "fi", "n")
def t_meikalainen(g):
    return (
        "Tarvitsen esimerkkilomakkeen museokortin hakemiseen. Käytä nimeä Matti Meikäläinen ja osoitetta "
        "Esimerkkikatu 1, 00100 Helsinki. Mainitse Ateneumin Helene Schjerfbeck -näyttely."
    )


@T("clean_templates", "vi", "n")
def t_nguyen_van_a(g):
    return (
        "Viết giúp tôi mẫu phiếu đăng ký đọc tài liệu ở Thư viện Quốc gia, ví dụ người đăng ký là "
        "«Nguyễn Văn A», địa chỉ «Số 1, đường X, quận Y». Chỉ là mẫu."
    )


@T("clean_templates", "th", "n")
def t_somchai(g):
    return (
        "ช่วยทำตัวอย่างแบบฟอร์มสมัครสมาชิกพิพิธภัณฑ์ โดยใช้ชื่อสมมติ \"นายสมชาย ใจดี\" "
        "และเบอร์โทร 08x-xxx-xxxx นะครับ"
    )


@T("clean_templates", "en", "nn")
def t_reading_form_blank(g):
    room = g.v("form_room", ["Weston Library", "Cadbury Research Library", "John Rylands Research Institute"])
    return (
        f"Convert this paper registration form for the {room} into a Microsoft Forms layout:\n\n"
        "Surname / Family name:\nForename(s):\nDate of birth (DD/MM/YYYY):\nAddress:\nPostcode:\n"
        "Email:\nPhone:\nPhoto ID type: passport / driving licence / national ID card\nResearch topic:"
    )

# ---- clean_data (CSV, JSON, SQL, logs and tables of public collections) ----------------------


@T("clean_data", "en", "nn")
def t_museums_csv(g):
    rows = g.vs("mus_csv", [
        "The Getty,Los Angeles,J. Paul Getty,1974",
        "Frick Collection,New York,Henry Clay Frick,1935",
        "Wallace Collection,London,Sir Richard Wallace,1900",
        "Solomon R. Guggenheim Museum,New York,Solomon R. Guggenheim,1939",
        "Isabella Stewart Gardner Museum,Boston,Isabella Stewart Gardner,1903",
        "Ashmolean Museum,Oxford,Elias Ashmole,1683",
        "Calouste Gulbenkian Museum,Lisbon,Calouste Gulbenkian,1969",
        "Kröller-Müller Museum,Otterlo,Helene Kröller-Müller,1938",
        "Fondation Beyeler,Riehen,Ernst Beyeler,1997",
        "Peggy Guggenheim Collection,Venice,Peggy Guggenheim,1980",
    ], 4)
    return (
        "Sort this by founding year and add a column saying whether the founder was a collector or an "
        "industrialist:\n\nmuseum,city,named_after,opened\n" + "\n".join(rows)
    )


@T("clean_data", "en", "nn")
def t_foundations_json(g):
    a, b = g.vs("found_json", [
        ('"Barnes Foundation"', '"Albert C. Barnes"', '"Philadelphia"', "181"),
        ('"Fondation Louis Vuitton"', '"Bernard Arnault"', '"Paris"', "0"),
        ('"Gulbenkian Foundation"', '"Calouste Gulbenkian"', '"Lisbon"', "6000"),
        ('"Paul Mellon Centre"', '"Paul Mellon"', '"London"', "0"),
        ('"Fondazione Prada"', '"Miuccia Prada"', '"Milan"', "0"),
    ], 2)
    return (
        "This API response is valid JSON but my script says 'NoneType is not subscriptable'. Why?\n\n"
        "{\"results\": [\n"
        f"  {{\"name\": {a[0]}, \"founder\": {a[1]}, \"city\": {a[2]}, \"renoirs\": {a[3]}}},\n"
        f"  {{\"name\": {b[0]}, \"founder\": {b[1]}, \"city\": {b[2]}, \"renoirs\": null}}\n"
        "]}"
    )


@T("clean_data", "en", "nnn")
def t_artists_sql(g):
    where = g.v("sql_where", [
        ("nationality = 'Dutch'", ("('Rembrandt van Rijn', 1606, 1669, 'Dutch'), ('Johannes Vermeer', 1632, "
         "1675, 'Dutch'), ('Peter Paul Rubens', 1577, 1640, 'Flemish')")),
        ("death_year < 1900", ("('J. M. W. Turner', 1775, 1851, 'British'), ('John Constable', 1776, 1837, "
         "'British'), ('Mary Cassatt', 1844, 1926, 'American')")),
        ("birth_year BETWEEN 1880 AND 1890", ("('Pablo Picasso', 1881, 1973, 'Spanish'), ('Georgia "
         "O''Keeffe', 1887, 1986, 'American'), ('Amedeo Modigliani', 1884, 1920, 'Italian')")),
        ("name LIKE '%van%'", ("('Vincent van Gogh', 1853, 1890, 'Dutch'), ('Anthony van Dyck', 1599, "
         "1641, 'Flemish'), ('Rogier van der Weyden', 1399, 1464, 'Flemish')")),
    ])
    return (
        f"Why does this return no rows? I expected some matches for {where[0]}.\n\n"
        f"INSERT INTO artists (name, birth_year, death_year, nationality) VALUES {where[1]};\n"
        f"SELECT name FROM artists WHERE {where[0]} AND collection_id = NULL;"
    )


@T("clean_data", "en", "nn")
def t_auction_records(g):
    lines = g.vs("auction", [
        "| Salvator Mundi | Leonardo da Vinci | Christie's New York | 2017 | $450.3m |",
        "| Shot Sage Blue Marilyn | Andy Warhol | Christie's New York | 2022 | $195.0m |",
        "| Les Femmes d'Alger (Version 'O') | Pablo Picasso | Christie's New York | 2015 | $179.4m |",
        "| Nu couché | Amedeo Modigliani | Christie's New York | 2015 | $170.4m |",
        "| The Scream (pastel) | Edvard Munch | Sotheby's New York | 2012 | $119.9m |",
        "| Portrait of Dr Gachet | Vincent van Gogh | Christie's New York | 1990 | $82.5m |",
        "| Meules | Claude Monet | Sotheby's New York | 2019 | $110.7m |",
    ], 4)
    return (
        "Add an 'adjusted to 2025 dollars' column to this table and say which auction house appears most:\n\n"
        "| work | artist | sale | year | price |\n|---|---|---|---|---|\n" + "\n".join(lines)
    )


@T("clean_data", "en", "nn")
def t_iiif_log(g):
    obj = g.v("iiif", [
        ("P84", "The Laughing Cavalier", "Frans Hals"),
        ("NG6533", "Sunflowers", "Vincent van Gogh"),
        ("SK-C-5", "De Nachtwacht", "Rembrandt"),
    ])
    return (
        "What does this error mean and is it our image server or Mirador?\n\n"
        f"2025-03-01T09:12:44Z WARN  iiif.tiles object={obj[0]} title=\"{obj[1]}\" maker=\"{obj[2]}\" "
        "level=5 tile=1024,2048,512,512 status=404\n"
        f"2025-03-01T09:12:44Z ERROR iiif.info object={obj[0]} msg=\"info.json missing @context\" "
        "viewer=Mirador/3.3.0"
    )


@T("clean_data", "de", "nn")
def t_museen_csv_de(g):
    rows = g.vs("museen_de", [
        "Lenbachhaus;München;Franz von Lenbach;1929",
        "Museum Folkwang;Essen;Karl Ernst Osthaus;1922",
        "Museum Ludwig;Köln;Peter und Irene Ludwig;1976",
        "Kunsthalle Bremen;Bremen;Kunstverein in Bremen;1849",
        "Sprengel Museum;Hannover;Bernhard Sprengel;1979",
        "Museum Barberini;Potsdam;Hasso Plattner;2017",
    ], 3)
    return (
        "Warum erkennt Excel hier nur eine Spalte? Und wie sortiere ich nach Gründungsjahr?\n\n"
        "Museum;Stadt;Stifter;Eröffnung\n" + "\n".join(rows)
    )


@T("clean_data", "en", "nn")
def t_exhibitions_md(g):
    rows = g.vs("exh_md", [
        "| Vermeer | Rijksmuseum | 2023 | 650,000 |",
        "| Hockney: Bigger & Closer | Lightroom | 2023 | 300,000 |",
        "| Leonardo da Vinci | Louvre | 2019-20 | 1,071,840 |",
        "| Klimt & Schiele | Albertina | 2018 | 460,000 |",
        "| Frida Kahlo: Making Her Self Up | V&A | 2018 | 230,000 |",
        "| Tutankhamun: Treasures of the Golden Pharaoh | Saatchi Gallery | 2019-20 | 580,000 |",
    ], 3)
    return (
        "Turn this into a bar chart spec for Datawrapper (exhibition vs visitors):\n\n"
        "| exhibition | venue | year | visitors |\n|---|---|---|---|\n" + "\n".join(rows)
    )


@T("clean_data", "en", "nn")
def t_exhibition_yaml(g):
    show, lenders = g.v("exh_yaml", [
        ("Turner and Constable: Rivals and Friends", "[Tate, V&A, Fitzwilliam Museum, Yale Center for British Art]"),
        ("Hokusai and Hiroshige", "[British Museum, Museum of Fine Arts Boston, Sumida Hokusai Museum]"),
        ("Artemisia", "[National Gallery, Uffizi, Museo di Capodimonte, Royal Collection]"),
    ])
    return (
        "Our Hugo site won't build with this exhibition file. What's wrong with the YAML?\n\n"
        f"title: {show}\n"
        "dates:\n  open: 2025-10-04\n  close: 2026-01-18\n"
        f"lenders: {lenders}\n"
        "sponsor: Bank of America\n"
        "audio_guide: true\n  languages: [en, fr, de]"
    )


@T("clean_data", "en", "lll")
def t_dates_cleanup(g):
    return g.v("dates_q", [
        ("how do i split 'Rembrandt van Rijn (1606-1669)' into name, birth and death columns in google sheets? "
        "some rows are like 'Titian (c.1488/90-1576)'"),
        ("our artist authority file has 'Turner, J.M.W.' and 'Turner, Joseph Mallord William' as two "
        "people. whats the quickest way to merge dupes like that in openrefine"),
        ("need a regex for 'fl. 1650-1680' and 'active 1650s' in the maker field, e.g. 'Master of the "
        "Legend of St Ursula (fl. 1480-1510)'"),
    ])


@T("clean_data", "fr", "nn")
def t_tableau_musees(g):
    lignes = g.vs("musees_fr", [
        "| Musée Rodin | Paris | Auguste Rodin | 1919 |",
        "| Musée Picasso | Paris | Pablo Picasso | 1985 |",
        "| Fondation Maeght | Saint-Paul-de-Vence | Aimé et Marguerite Maeght | 1964 |",
        "| Musée Toulouse-Lautrec | Albi | Henri de Toulouse-Lautrec | 1922 |",
        "| Musée Fabre | Montpellier | François-Xavier Fabre | 1828 |",
    ], 3)
    return (
        "Complète ce tableau avec le nombre de visiteurs annuels si tu le connais :\n\n"
        "| musée | ville | nommé d'après | ouverture |\n|---|---|---|---|\n" + "\n".join(lignes)
    )


@T("clean_data", "en", "n")
def t_sparql(g):
    return (
        "This Wikidata query should list paintings by Artemisia Gentileschi with their current collection, "
        "but it times out. How do I fix it?\n\n"
        "SELECT ?painting ?paintingLabel ?collectionLabel WHERE {\n"
        "  ?painting wdt:P170 wd:Q212657 ;\n"
        "            wdt:P195 ?collection .\n"
        "  SERVICE wikibase:label { bd:serviceParam wikibase:language \"en\". }\n"
        "}"
    )


@T("clean_data", "en", "nn")
def t_speakers_timetable(g):
    rows = g.vs("speakers", [
        "10:00 | Mary Beard | SPQR and the museum | Lecture Theatre",
        "11:15 | David Olusoga | The Benin Bronzes and the British Museum | Lecture Theatre",
        "12:30 | Simon Schama | Rembrandt's eyes, again | Clore Studio",
        "14:00 | Janina Ramirez | Femina: the women of medieval manuscripts | Lecture Theatre",
        "15:15 | Tristram Hunt | Wedgwood and the V&A | Clore Studio",
        "16:30 | Kenneth Clark (recording, 1969) | Civilisation, episode 1 | Cinema",
    ], 4)
    return (
        "Turn this Art History Day programme into a timetable grid by room, and flag any clash:\n\n"
        "time | speaker | talk | room\n" + "\n".join(rows)
    )


@T("clean_data", "en", "n")
def t_institution_lenders(g):
    return (
        "Fix this CSV of institutional lenders, the addresses break the columns in Axiell Collections:\n\n"
        "lender_id,name,address,postcode,objects\n"
        "I0101,Rijksmuseum,Museumstraat 1, Amsterdam,1071 XX,2\n"
        "I0102,The National Gallery,Trafalgar Square, London,WC2N 5DN,1\n"
        "I0103,Musée d'Orsay,Esplanade Valéry Giscard d'Estaing, Paris,75007,3\n"
        "I0104,Gallerie degli Uffizi,Piazzale degli Uffizi 6, Firenze,50122,1"
    )


# ---- more personal rows: Nordic, Dutch, Portuguese and Filipino forms and chat -----------------


@T("personal_readers", "no", "n")
def t_lanekort_no(g):
    r, fnr, _ = g.idr("fnr")
    a = g.addr("no")
    return (
        "Kan du skrive et kort svar til denne låneren? Forklar at manuskriptene bare kan leses i lesesalen.\n\n"
        "Søknad om lånekort – Nasjonalbiblioteket\n"
        f"Navn: {N(r)}\n"
        f"Fødselsnummer: {nid(fnr)}\n"
        f"Adresse: {a.line()}\n"
        f"Mobil: {g.phone('no')}\n"
        "Ønsker tilgang til: Henrik Ibsens manuskripter og Edvard Munchs brev til Tulla Larsen"
    )


@T("personal_donors", "da", "n")
def t_venneforening_da(g):
    d, cpr, _ = g.idr("cpr")
    a = g.addr("dk")
    return (
        "Kan du lave et kort velkomstbrev til det nye medlem ud fra indmeldelsen?\n\n"
        "Skagens Museums Venneforening – indmeldelse\n"
        f"Navn: {N(d)}\n"
        f"CPR-nr.: {nid(cpr)}\n"
        f"Adresse: {a.line()}\n"
        f"Telefon: {g.phone('dk')}\n"
        f"E-mail: {g.mail(d)}\n"
        "Medlemskab: par, 500 kr.; ønsker omvisning i P.S. Krøyers og Anna Anchers værker"
    )


@T("personal_donors", "fi", "n")
def t_jasenhakemus_fi(g):
    d, hetu, _ = g.idr("hetu")
    a = g.addr("fi")
    return (
        "Muotoile tästä kohtelias vahvistusviesti uudelle jäsenelle:\n\n"
        "Gallen-Kallelan Museon ystävät ry – jäsenhakemus\n"
        f"Nimi: {N(d)}\n"
        f"Henkilötunnus: {nid(hetu)}\n"
        f"Osoite: {a.line()}\n"
        f"Puhelin: {g.phone('fi')}\n"
        f"Sähköposti: {g.mail(d)}"
    )


@T("personal_staff", "nl", "n")
def t_vrijwilliger_bsn(g):
    v, bsn, _ = g.idr("bsn")
    a = g.addr("nl")
    return (
        "Klopt dit formulier voor de vrijwilligersvergoeding? En welke gegevens mogen we eigenlijk bewaren?\n\n"
        "Vrijwilligersovereenkomst – beeldentuin\n"
        f"Naam: {N(v)}\n"
        f"BSN: {nid(bsn)}\n"
        f"Adres: {a.line()}\n"
        f"Telefoon: {tel(a.phone)}\n"
        "Taak: gastvrouw bij de beelden van Dubuffet en Rodin, zaterdag\n"
        "Vergoeding: € 190 per maand"
    )


@T("personal_donors", "pt", "n")
def t_recibo_nif(g):
    d, nif, _ = g.idr("nif")
    a = g.addr("pt")
    return (
        "Preciso de emitir um recibo de donativo para efeitos de IRS. Estes dados chegam?\n\n"
        f"Doadora: {N(d)}\n"
        f"NIF: {nid(nif)}\n"
        f"Morada: {a.line()}\n"
        f"Telemóvel: {g.phone('pt')}\n"
        "Donativo: 500 €, para o restauro dos azulejos de Jorge Colaço"
    )


@T("personal_staff", "tl", "nn")
def t_taglish_volunteers(g):
    lead = g.p("tl", sex="f")
    a, b, c = g.p("tl en"), g.p("tl en"), g.p("tl")
    town = g.addr("ph")
    return (
        "pa-check naman ng message ko sa volunteer group, gusto ko lang i-confirm yung schedule for the Juan Luna "
        "and Amorsolo tour sa Sabado:\n\n"
        f"Hi {G(a)}! Ikaw na sa 10am tour, tapos si {N(b)} sa 2pm. Kung may problema, text niyo si Ate "
        f"{G(lead)} sa {g.phone('ph')}. Yung bagong volunteer na si {N(c)}, taga-{town.town()}, pakisundo "
        "sa gate ng Spoliarium hall."
    )


# ---- END OF TEMPLATES ----------------------------------------------------------------------


LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "pl": "Polish", "cs": "Czech", "hu": "Hungarian", "ro": "Romanian", "sv": "Swedish",
    "no": "Norwegian", "da": "Danish", "fi": "Finnish", "el": "Greek", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "ja": "Japanese", "ko": "Korean",
    "zh": "Chinese", "vi": "Vietnamese", "th": "Thai", "id": "Indonesian", "tl": "Tagalog/Taglish",
    "hr": "Croatian", "cy": "Welsh", "ga": "Irish", "ca": "Catalan", "is": "Icelandic", "lt": "Lithuanian",
}


def build() -> tuple[list[dict], list[tuple[str, str]]]:
    g = Gen(SEED)
    rows: list[dict] = []
    meta: list[tuple[str, str]] = []
    for cls, name, lang, cases, fn in REG:
        for i, case in enumerate(cases):
            g.start_row(i)
            text, spans = unmark(fn(g), case)
            rows.append({
                "id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                "class": cls, "template": name, "locale": "",
            })
            meta.append((lang, case))
    return rows, meta


# ---- check digits, verified only (the values above are literals) -----------------------------
def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _mod11_weights(digits: str, weights: list[int]) -> int:
    return sum(int(c) * w for c, w in zip(digits, weights))


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def id_ok(kind: str, value: str) -> bool:
    d = re.sub(r"[^0-9A-Z]", "", value.upper())
    if kind == "pesel":
        return (10 - _mod11_weights(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10 == int(d[10])
    if kind == "pnr":
        return _luhn_ok(d)
    if kind == "tckn":
        n = [int(c) for c in d]
        return (sum(n[0:9:2]) * 7 - sum(n[1:8:2])) % 10 == n[9] and sum(n[:10]) % 10 == n[10]
    if kind == "cpf":
        n = [int(c) for c in d]
        r1 = sum(n[i] * (10 - i) for i in range(9)) * 10 % 11 % 10
        r2 = sum(n[i] * (11 - i) for i in range(10)) * 10 % 11 % 10
        return (r1, r2) == (n[9], n[10])
    if kind == "il":
        return sum((x if x < 10 else x - 9) for x in (int(c) * (1 + i % 2) for i, c in enumerate(d))) % 10 == 0
    if kind == "cn":
        s = _mod11_weights(d[:17], [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
        return "10X98765432"[s % 11] == d[17]
    if kind == "rc":
        return int(d) % 11 == 0 or (int(d[:9]) % 11 == 10 and d[9] == "0")
    if kind == "rrn":
        return (11 - _mod11_weights(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10 == int(d[12])
    if kind == "bsn":
        return (_mod11_weights(d[:8], [9, 8, 7, 6, 5, 4, 3, 2]) - int(d[8])) % 11 == 0
    if kind == "nif":
        r = 11 - _mod11_weights(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
        return (0 if r >= 10 else r) == int(d[8])
    if kind == "fnr":
        k1 = (11 - _mod11_weights(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11) % 11
        k2 = (11 - _mod11_weights(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11) % 11
        return (k1, k2) == (int(d[9]), int(d[10]))
    if kind == "hetu":
        return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(d[:9]) % 31] == d[9]
    if kind == "cf":
        t = sum(CF_ODD[int(c) if c.isdigit() else ord(c) - 65] if i % 2 == 0 else
                (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(d[:15]))
        return chr(65 + t % 26) == d[15]
    if kind == "nir":
        return 97 - int(d[:13]) % 97 == int(d[13:])
    if kind in ("dni", "nie"):
        body = d[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
        return "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23] == d[-1]
    if kind == "nhs":
        r = 11 - _mod11_weights(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
        return (0 if r == 11 else r) == int(d[9])
    return True  # no public check digit (passports, NINO, SSN, ΑΔΤ, PAN, CPR since 2007)


def iban_ok(v: str) -> bool:
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def check(rows: list[dict], meta: list[tuple[str, str]]) -> None:
    assert len(rows) == 324, len(rows)
    ids = [r["id"] for r in rows]
    texts = [r["text"] for r in rows]
    assert len(set(ids)) == len(ids), "duplicate id"
    dup = [t for t, n in Counter(texts).items() if n > 1]
    assert not dup, dup[:1]
    for r in rows:
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        assert r["class"].startswith(("personal_", "clean_")), r["class"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, s
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], "overlap or unsorted")
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
    classes = Counter(r["class"] for r in rows)
    assert 8 <= len(classes) <= 12, classes
    per_template = Counter((r["class"], r["template"]) for r in rows)
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5
    assert len({t for _, t in per_template}) == len(per_template), "template name used in two classes"
    clean = sum(r["class"].startswith("clean_") for r in rows)
    assert 0.45 <= clean / len(rows) <= 0.55, clean
    other = [lang for lang, _ in meta if lang != "en"]
    assert 0.35 <= len(other) / len(rows) <= 0.50, len(other)
    assert len(set(other)) >= 15, set(other)
    for kind, value, key, _ in ID_RECORDS:
        assert id_ok(kind, value), (kind, value)
        assert key in BY_KEY, key
    for value, key in IBANS:
        assert iban_ok(value), value
        assert key in BY_KEY, key
    for c in CARDS:
        assert _luhn_ok(c.replace(" ", "")), c


def stats(rows: list[dict], meta: list[tuple[str, str]], data: str) -> None:
    print(f"rows: {len(rows)}")
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"personal: {len(rows) - clean}  PII-free: {clean} ({clean / len(rows):.1%})")
    tpl: dict = {}
    for r in rows:
        tpl.setdefault(r["class"], set()).add(r["template"])
    print(f"templates: {sum(len(v) for v in tpl.values())}")
    for cls, n in sorted(Counter(r["class"] for r in rows).items()):
        print(f"  {cls:28s} rows {n:3d}  templates {len(tpl[cls]):3d}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans: " + ", ".join(f"{k} {v}" for k, v in spans.most_common()) + f"  (total {sum(spans.values())})")
    langs = Counter(lang for lang, _ in meta)
    other = len(rows) - langs["en"]
    print(f"not English: {other} ({other / len(rows):.1%}) in {len(langs) - 1} languages")
    print("languages: " + ", ".join(f"{LANGS[k]} {v}" for k, v in langs.most_common()))
    pers_other = sum(1 for r, (lang, _) in zip(rows, meta) if lang != "en" and r["class"].startswith("personal_"))
    print(f"  personal not English: {pers_other}, PII-free not English: {other - pers_other}")
    cases = Counter(case for _, case in meta)
    lower_p = sum(1 for r, (_, c) in zip(rows, meta) if c == "l" and r["class"].startswith("personal_"))
    upper_p = sum(1 for r, (_, c) in zip(rows, meta) if c == "u" and r["class"].startswith("personal_"))
    print(f"cases: as written {cases['n']}, lower {cases['l']} ({lower_p} personal), "
          f"CAPITALS {cases['u']} ({upper_p} personal)")
    lens = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    print(f"length: {min(lens)}-{max(lens)} chars, {min(lines)}-{max(lines)} lines")
    print(f"sha256: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")


def main() -> int:
    rows, meta = build()
    check(rows, meta)
    data = dump(rows)
    if "--check" in sys.argv[1:]:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_text(data, encoding="utf-8")
    stats(rows, meta, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
