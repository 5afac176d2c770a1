"""Build the askworld check set: short questions and requests typed into a general chat assistant.

Half of the rows ask about the world (historical figures, books, films, music, myths, places,
sports, eponymous laws and units, software named like people or words); the other half ask the
same kinds of questions about private people (colleagues, neighbours, relatives, customers,
teachers, landlords). Every private value is typed by hand below.

    python build.py          # writes tune.jsonl and prints counts
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

SEED = 5757
SET = "askworld"
OUT = Path(__file__).with_name("tune.jsonl")
SOURCE = "eval/askworld/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


def m(kind, value):
    return f"⟦{kind}|{value}⟧"


def unmark(marked, case="a"):
    """Remove markers, case the row piece by piece and return (text, spans)."""
    def cased(s):
        if case == "l":
            return s.lower()
        if case == "u":
            return s.upper()
        return s

    out, spans, pos, at = [], [], 0, 0
    for hit in MARK.finditer(marked):
        piece = cased(marked[pos:hit.start()])
        out.append(piece)
        at += len(piece)
        value = cased(hit.group(2))
        spans.append({"start": at, "end": at + len(value), "type": hit.group(1), "value": value})
        out.append(value)
        at += len(value)
        pos = hit.end()
    out.append(cased(marked[pos:]))
    return "".join(out), spans


def fold(s):
    """ASCII-fold a Latin-script name for an e-mail local part."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("Ł", "L")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("œ", "oe").replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", s.lower())


# ---------------------------------------------------------------------------------------------
# Private people, typed by hand. One line each: full | given | family | sex | culture | latin
# (latin: a romanised form for e-mails, only for names in other scripts). Pools are keyed by
# the language of the template that draws from them; "en" is the many-cultures pool of rows in
# English.
# ---------------------------------------------------------------------------------------------
PEOPLE_TEXT = {
    "en": """
Ifeanyi Obi|Ifeanyi|Obi|m|Igbo
Folake Adebayo|Folake|Adebayo|f|Yoruba
Kwabena Asante|Kwabena|Asante|m|Akan
Wanjiru Kamau|Wanjiru|Kamau|f|Kikuyu
Tendai Moyo|Tendai|Moyo|m|Shona
Thandeka Nkosi|Thandeka|Nkosi|f|Zulu
Hope Carver|Hope|Carver|f|English
Dale Fisher|Dale|Fisher|m|English
Rhys Pritchard|Rhys|Pritchard|m|Welsh
Siobhán Ní Dhonnchadha|Siobhán|Ní Dhonnchadha|f|Irish
Callum MacInnes|Callum|MacInnes|m|Scottish
Priya Raghunathan|Priya|Raghunathan|f|Tamil
Harpreet Kaur Dhillon|Harpreet|Kaur Dhillon|f|Punjabi
Imran Chaudhry|Imran|Chaudhry|m|Pakistani
Nusrat Jahan|Nusrat|Jahan|f|Bangladeshi
Anil Kulkarni|Anil|Kulkarni|m|Marathi
Tan Mei Ling|Mei Ling|Tan|f|Singaporean Chinese
Zhang Wei|Wei|Zhang|m|Chinese
Daisuke Morimoto|Daisuke|Morimoto|m|Japanese
Park Ji-woo|Ji-woo|Park|f|Korean
Nguyen Thi Lan|Lan|Nguyen|f|Vietnamese
Maricel Dela Cruz|Maricel|Dela Cruz|f|Filipino
Aroha Ngata|Aroha|Ngata|f|Māori
Sione Havili|Sione|Havili|m|Tongan
Leilani Kahananui|Leilani|Kahananui|f|Hawaiian
Tyrone Whitaker|Tyrone|Whitaker|m|African American
Latoya Simmons|Latoya|Simmons|f|African American
Marisol Quintanilla|Marisol|Quintanilla|f|Chicano
Bogdan Iliescu|Bogdan|Iliescu|m|Romanian
Agnieszka Sowińska|Agnieszka|Sowińska|f|Polish
Ondřej Kratochvíl|Ondřej|Kratochvíl|m|Czech
Eszter Balogh|Eszter|Balogh|f|Hungarian
Giorgos Papadakis|Giorgos|Papadakis|m|Greek
Yasmin Haddad|Yasmin|Haddad|f|Lebanese
Omar El-Masri|Omar|El-Masri|m|Egyptian
Reza Tehrani|Reza|Tehrani|m|Persian
Noa Ben-Ami|Noa|Ben-Ami|f|Israeli
Emre Aydın|Emre|Aydın|m|Turkish
Olena Kovalchuk|Olena|Kovalchuk|f|Ukrainian
Dmitri Volkov|Dmitri|Volkov|m|Russian
Ingrid Solberg|Ingrid|Solberg|f|Norwegian
Mikko Heikkinen|Mikko|Heikkinen|m|Finnish
Sigrún Hallsdóttir|Sigrún|Hallsdóttir|f|Icelandic
Pieter van Rensburg|Pieter|van Rensburg|m|Afrikaans
Chiara Lombardi|Chiara|Lombardi|f|Italian
Mateus Carvalho|Mateus|Carvalho|m|Brazilian
Lucía Ferreyra|Lucía|Ferreyra|f|Argentine
Jonas Becker|Jonas|Becker|m|German
Rose Baker|Rose|Baker|f|English
Grace Wolfe|Grace|Wolfe|f|US
Chase Holloway|Chase|Holloway|m|US
Saoirse Keane|Saoirse|Keane|f|Irish
Amara Diallo|Amara|Diallo|f|Fula
Moussa Ndiaye|Moussa|Ndiaye|m|Wolof
Abebe Tesfaye|Abebe|Tesfaye|m|Amharic
Hamdi Warsame|Hamdi|Warsame|m|Somali
Daniel Craig|Daniel|Craig|m|English
Fatima Zahra Benali|Fatima Zahra|Benali|f|Moroccan
Sunil Wickramasinghe|Sunil|Wickramasinghe|m|Sinhala
Anjali Menon|Anjali|Menon|f|Malayali
Chidi Nwosu|Chidi|Nwosu|m|Igbo
Jaylen Brooks|Jaylen|Brooks|m|US
Astrid Lindqvist|Astrid|Lindqvist|f|Swedish
Mohammed Al-Rashid|Mohammed|Al-Rashid|m|Saudi
Rahul Mehta|Rahul|Mehta|m|Gujarati
Ifeoma Chukwu|Ifeoma|Chukwu|f|Igbo
Tomasz Wrona|Tomasz|Wrona|m|Polish
Kiri Te Rangi|Kiri|Te Rangi|f|Māori
Joy Patterson|Joy|Patterson|f|Jamaican
Gareth Lloyd-Evans|Gareth|Lloyd-Evans|m|Welsh
Bronwyn O'Halloran|Bronwyn|O'Halloran|f|Australian
Deshawn Mitchell|Deshawn|Mitchell|m|African American
Rukhsana Begum|Rukhsana|Begum|f|Bangladeshi
Arjun Nair|Arjun|Nair|m|Malayali
Xochitl Ramírez|Xochitl|Ramírez|f|Mexican
Killian Brennan|Killian|Brennan|m|Irish
""",
    "de": """
Jörg Wendtland|Jörg|Wendtland|m|German
Heike Sommerfeld|Heike|Sommerfeld|f|German
Kemal Öztürk|Kemal|Öztürk|m|Turkish German
Svetlana Ebel|Svetlana|Ebel|f|Russian German
Lukas Brandstätter|Lukas|Brandstätter|m|Austrian
Friederike von Alvensleben|Friederike|von Alvensleben|f|German
Matthias Vogel|Matthias|Vogel|m|German
Nadine Krause|Nadine|Krause|f|German
Reto Zürcher|Reto|Zürcher|m|Swiss
Dragan Petrović|Dragan|Petrović|m|Serbian German
""",
    "fr": """
Sylvie Marchand|Sylvie|Marchand|f|French
Thierry Lebœuf|Thierry|Lebœuf|m|French
Aïcha Benkhaled|Aïcha|Benkhaled|f|Algerian French
Mamadou Traoré|Mamadou|Traoré|m|Malian French
Gwenaëlle Le Bihan|Gwenaëlle|Le Bihan|f|Breton
Jean-Baptiste Fontaine|Jean-Baptiste|Fontaine|m|French
Maëlys Rousseau|Maëlys|Rousseau|f|French
Étienne Gagnon|Étienne|Gagnon|m|Québécois
Nathalie Vasseur|Nathalie|Vasseur|f|Belgian
""",
    "es": """
Rocío Sánchez Albarrán|Rocío|Sánchez Albarrán|f|Andalusian
Iker Etxeberria|Iker|Etxeberria|m|Basque
Jordi Casals Vidal|Jordi|Casals Vidal|m|Catalan
Guadalupe Hernández Ruiz|Guadalupe|Hernández Ruiz|f|Mexican
Camilo Ospina Vélez|Camilo|Ospina Vélez|m|Colombian
Florencia Aguirre|Florencia|Aguirre|f|Argentine
Nayeli Quispe Huamán|Nayeli|Quispe Huamán|f|Quechua
Consuelo Marín|Consuelo|Marín|f|Chilean
Marcos Barrientos|Marcos|Barrientos|m|Spanish
""",
    "pt": """
Joana Figueiredo|Joana|Figueiredo|f|Portuguese
Rui Magalhães|Rui|Magalhães|m|Portuguese
Thiago Nascimento|Thiago|Nascimento|m|Brazilian
Luana Ribeiro da Silva|Luana|Ribeiro da Silva|f|Brazilian
Francisca Tavares|Francisca|Tavares|f|Cape Verdean
Cleiton Moura|Cleiton|Moura|m|Brazilian
""",
    "it": """
Gaetano Esposito|Gaetano|Esposito|m|Neapolitan
Federica Bellandi|Federica|Bellandi|f|Tuscan
Salvatore Lo Cascio|Salvatore|Lo Cascio|m|Sicilian
Ilaria De Santis|Ilaria|De Santis|f|Italian
Piero Galli|Piero|Galli|m|Italian
""",
    "nl": """
Femke de Boer|Femke|de Boer|f|Dutch
Joost van der Meulen|Joost|van der Meulen|m|Dutch
Mohamed Bouzid|Mohamed|Bouzid|m|Moroccan Dutch
Wouter Jansen|Wouter|Jansen|m|Dutch
Lotte Verhaegen|Lotte|Verhaegen|f|Flemish
""",
    "pl": """
Bartłomiej Sowa|Bartłomiej|Sowa|m|Polish
Dorota Pawlak|Dorota|Pawlak|f|Polish
Grażyna Zielińska|Grażyna|Zielińska|f|Polish
Krzysztof Wilczek|Krzysztof|Wilczek|m|Polish
Zbigniew Nowicki|Zbigniew|Nowicki|m|Polish
""",
    "tr": """
Selin Karaca|Selin|Karaca|f|Turkish
Murat Erdoğan|Murat|Erdoğan|m|Turkish
Hakan Çelebi|Hakan|Çelebi|m|Turkish
Zeynep Yıldız|Zeynep|Yıldız|f|Turkish
Okan Demirtaş|Okan|Demirtaş|m|Kurdish
""",
    "sv": """
Linnea Åberg|Linnea|Åberg|f|Swedish
Göran Lindholm|Göran|Lindholm|m|Swedish
Hodan Abdi|Hodan|Abdi|f|Somali Swedish
Björn Strand|Björn|Strand|m|Swedish
""",
    "cs": """
Jiřina Dvořáková|Jiřina|Dvořáková|f|Czech
Pavel Procházka|Pavel|Procházka|m|Czech
Lenka Šimková|Lenka|Šimková|f|Czech
Radek Kučera|Radek|Kučera|m|Czech
""",
    "ru": """
Алексей Смирнов|Алексей|Смирнов|m|Russian|aleksey.smirnov
Наталья Горбунова|Наталья|Горбунова|f|Russian|natalya.gorbunova
Игорь Лебедев|Игорь|Лебедев|m|Russian|igor.lebedev
Тимур Ахметов|Тимур|Ахметов|m|Tatar|timur.akhmetov
Вера Полякова|Вера|Полякова|f|Russian|vera.polyakova
""",
    "el": """
Γιώργος Μαυρίδης|Γιώργος|Μαυρίδης|m|Greek|giorgos.mavridis
Ελένη Κωνσταντίνου|Ελένη|Κωνσταντίνου|f|Greek|eleni.konstantinou
Δημήτρης Αλεξίου|Δημήτρης|Αλεξίου|m|Greek|dimitris.alexiou
""",
    "ar": """
محمد العتيبي|محمد|العتيبي|m|Saudi|m.alotaibi
يوسف الخطيب|يوسف|الخطيب|m|Jordanian|yousef.khatib
ليلى منصور|ليلى|منصور|f|Lebanese|layla.mansour
كريم عبد الرحمن|كريم|عبد الرحمن|m|Egyptian|karim.abdelrahman
""",
    "hi": """
राजेश तिवारी|राजेश|तिवारी|m|Hindi|rajesh.tiwari
सुनीता यादव|सुनीता|यादव|f|Hindi|sunita.yadav
अमित चौहान|अमित|चौहान|m|Hindi|amit.chauhan
विक्रम सिंह राठौड़|विक्रम|सिंह राठौड़|m|Rajasthani|vikram.rathore
""",
    "ja": """
佐々木健太|健太|佐々木|m|Japanese|kenta.sasaki
山口美咲|美咲|山口|f|Japanese|misaki.yamaguchi
中村大輔|大輔|中村|m|Japanese|daisuke.nakamura
小林由美子|由美子|小林|f|Japanese|yumiko.kobayashi
""",
    "zh": """
王建华|建华|王|m|Chinese|wang.jianhua
刘晓燕|晓燕|刘|f|Chinese|liu.xiaoyan
陈志强|志强|陈|m|Cantonese|chen.zhiqiang
黄丽娟|丽娟|黄|f|Chinese|huang.lijuan
""",
    "ko": """
박서준|서준|박|m|Korean|seojun.park
이지은|지은|이|f|Korean|jieun.lee
최동현|동현|최|m|Korean|donghyun.choi
정하윤|하윤|정|f|Korean|hayoon.jung
""",
    "id": """
Dewi Lestari|Dewi|Lestari|f|Javanese
Budi Santoso|Budi|Santoso|m|Javanese
Rina Wulandari|Rina|Wulandari|f|Sundanese
Putu Ardana|Putu|Ardana|m|Balinese
Togar Simanjuntak|Togar|Simanjuntak|m|Batak
""",
    "vi": """
Phạm Văn Thành|Thành|Phạm|m|Vietnamese
Lê Thị Hồng|Hồng|Lê|f|Vietnamese
Đỗ Minh Khoa|Khoa|Đỗ|m|Vietnamese
Vũ Thu Trang|Trang|Vũ|f|Vietnamese
""",
    "he": """
נועה שפירא|נועה|שפירא|f|Israeli|noa.shapira
אבי מזרחי|אבי|מזרחי|m|Mizrahi|avi.mizrahi
יונתן לוי|יונתן|לוי|m|Israeli|yonatan.levi
תמר גולדברג|תמר|גולדברג|f|Israeli|tamar.goldberg
""",
    "hi-Latn": """
Rohit Sharma|Rohit|Sharma|m|Hindi
Neha Agarwal|Neha|Agarwal|f|Marwari
Saurabh Joshi|Saurabh|Joshi|m|Marathi
Kavya Reddy|Kavya|Reddy|f|Telugu
""",
    "th": """
สมศักดิ์ ศรีสุข|สมศักดิ์|ศรีสุข|m|Thai|somsak.srisuk
มาลี วงศ์ใหญ่|มาลี|วงศ์ใหญ่|f|Thai|malee.wongyai
ปิยะ ทองคำ|ปิยะ|ทองคำ|m|Thai|piya.thongkham
""",
}


def L(value):
    return m("LOCATION", value)


# Home addresses, typed by hand, in each country's own layout: a list of lines. Towns are real
# small places; street numbers, postcodes within the town's range, and everything else made up.
ADDRESSES = {
    "en": [
        ("UK", [L("14 Kiln Lane"), L("Wirksworth"), L("DE4 4FD")]),
        ("IE", [L("Apt 2"), L("7 Bridge Street"), L("Clonakilty"), L("Co. Cork"), L("P85 KT62")]),
        ("US", [L("218 Parkway Ave N"), L("Lanesboro") + ", " + L("MN") + " " + L("55949")]),
        ("CA", [L("96 Pelham Street"), L("Lunenburg") + " " + L("NS") + " " + L("B0J 2C0")]),
        ("AU", [L("5 Camp Street"), L("Beechworth") + " " + L("VIC") + " " + L("3747")]),
        ("NZ", [L("31 Rue Lavaud"), L("Akaroa") + " " + L("7520")]),
        ("IN", [L("Flat 3B"), L("Sai Krupa Apartments, Tilak Road"), L("Dharwad") + ", " + L("Karnataka")
                + " " + L("580001")]),
        ("ZA", [L("22 Naude Street"), L("Clarens") + ", " + L("9707")]),
        ("NG", [L("12 Adeleke Street"), L("Ogbomoso"), L("Oyo State")]),
        ("KE", [L("House 14, Kenyatta Avenue"), L("Nanyuki"), L("10400")]),
        ("PH", [L("Blk 4 Lot 12, Brgy. San Isidro"), L("Tanay") + ", " + L("Rizal") + " " + L("1980")]),
        ("UK", [L("Flat 6"), L("Gwynfa, 3 Heol y Bont"), L("Crickhowell"), L("NP8 1BW")]),
    ],
    "de": [
        ("DE", [L("Am Mühlbach 9"), L("83727") + " " + L("Schliersee")]),
        ("AT", [L("Hauptplatz 11/4"), L("8130") + " " + L("Frohnleiten")]),
        ("CH", [L("Dorfstrasse 22"), L("3812") + " " + L("Wilderswil")]),
    ],
    "fr": [
        ("FR", [L("12 rue du Château"), L("24200") + " " + L("Sarlat-la-Canéda")]),
        ("BE", [L("Rue de la Station 31"), L("6900") + " " + L("Marche-en-Famenne")]),
        ("CA", [L("455, rue Principale"), L("Baie-Saint-Paul") + " (" + L("Québec") + ") " + L("G3Z 1B6")]),
    ],
    "es": [
        ("ES", [L("Calle Mayor, 23"), L("3º B"), L("22700") + " " + L("Jaca") + " (" + L("Huesca") + ")"]),
        ("MX", [L("Calle Hidalgo 45"), L("Col. Centro"), L("37700") + " " + L("San Miguel de Allende") + ", "
                + L("Gto.")]),
        ("CO", [L("Carrera 6 # 12-40"), L("Villa de Leyva") + ", " + L("Boyacá")]),
    ],
    "pt": [
        ("PT", [L("Rua Direita, 41"), L("2.º Esq."), L("6270-492") + " " + L("Seia")]),
        ("BR", [L("Rua do Rosário, 112"), L("apto 12"), L("Mariana") + " - " + L("MG") + ", " + L("35420-000")]),
    ],
    "it": [("IT", [L("Via Cavour 27"), L("06038") + " " + L("Spello") + " (" + L("PG") + ")"])],
    "nl": [
        ("NL", [L("Kerkstraat 14"), L("8431 AB") + " " + L("Oosterwolde")]),
        ("BE", [L("Molenstraat 5"), L("9160") + " " + L("Lokeren")]),
    ],
    "pl": [("PL", [L("ul. Słoneczna 8/2"), L("27-600") + " " + L("Sandomierz")])],
    "tr": [("TR", [L("Yeni Mah. Değirmen Sk. No: 5"), L("D: 3"), L("35920") + " " + L("Selçuk") + "/" + L("İzmir")])],
    "sv": [("SE", [L("Storgatan 12 B"), L("792 30") + " " + L("Mora")])],
    "cs": [("CZ", [L("Náměstí Míru 14"), L("384 51") + " " + L("Volary")])],
    "ru": [("RU", [L("ул. Советская, д. 21"), L("кв. 7"), "г. " + L("Мышкин"), L("Ярославская обл."), L("152830")])],
    "el": [("GR", [L("Αγίου Νικολάου 15"), L("722 00") + " " + L("Ιεράπετρα")])],
    "ar": [("JO", [L("شارع الملك طلال 14"), L("مادبا")])],
    "hi": [("IN", [L("मकान नं. 27, गांधी चौक"), L("पुष्कर") + ", " + L("राजस्थान") + " " + L("305022")])],
    "ja": [("JP", ["〒" + L("506-0846") + " " + L("岐阜県") + L("高山市") + L("上三之町 48")])],
    "zh": [("CN", [L("浙江省") + L("桐乡市") + L("乌镇") + L("西栅路 88 号")])],
    "ko": [("KR", [L("경상북도") + " " + L("안동시") + " " + L("풍천면 하회남촌길 12")])],
    "id": [("ID", [L("Jl. Melati No. 12"), L("RT 03/RW 05"), L("Ubud") + ", " + L("Gianyar") + ", " + L("Bali") + " "
                   + L("80571")])],
    "vi": [("VN", [L("Số 18 đường Trần Phú"), L("Hội An") + ", " + L("Quảng Nam")])],
    "he": [("IL", [L("רחוב הרצל 12"), L("ראש פינה")])],
    "th": [("TH", [L("99/3 หมู่ 5 ต.ในเวียง"), "อ." + L("เมืองน่าน") + " จ." + L("น่าน") + " " + L("55000")])],
}

# Home towns tied to a person ("born in ...", "lives in ...").
TOWNS = {
    "en": ["Skibbereen", "Tobermory", "Ledbury", "Kericho", "Mahabaleshwar", "Oamaru", "Broken Hill", "Bisbee",
           "Jinja", "Ho", "Tralee", "Hawick", "Stellenbosch", "Moose Jaw"],
    "de": ["Wunsiedel", "Meersburg"], "fr": ["Collonges-la-Rouge", "Dinan"], "es": ["Cangas de Onís", "Pátzcuaro"],
    "pt": ["Óbidos", "Penedo"], "it": ["Castelmezzano"], "nl": ["Hindeloopen"], "pl": ["Sandomierz", "Biecz"],
    "tr": ["Safranbolu"], "sv": ["Sigtuna"], "cs": ["Telč"], "ru": ["Плёс"], "el": ["Μέτσοβο"], "ar": ["الكرك"],
    "hi": ["ओरछा"], "ja": ["高山市"], "zh": ["平遥"], "ko": ["안동"], "id": ["Salatiga"], "vi": ["Sa Pa"],
    "he": ["צפת"], "th": ["ปาย"],
}

# Phones in national format, no country code: (country, number).
PHONES = {
    "en": [("UK", "07912 448301"), ("IE", "087 316 2290"), ("US", "(507) 467-2931"), ("CA", "(902) 634-8812"),
           ("AU", "0412 663 905"), ("NZ", "021 447 9038"), ("IN", "98450 31277"), ("ZA", "082 554 1907"),
           ("NG", "0803 417 2260"), ("KE", "0722 318 644"), ("PH", "0917 822 4310"), ("SG", "9123 4780"),
           ("EG", "0100 482 7731"), ("GH", "024 418 7736"), ("UK", "01629 825 117"), ("US", "415-867-2209"),
           ("JM", "876-334-1928")],
    "de": [("DE", "0171 4839220"), ("DE", "08026 92214"), ("AT", "0664 3817204"), ("CH", "079 512 44 83")],
    "fr": [("FR", "06 71 28 44 09"), ("BE", "0478 22 91 63"), ("CA", "418 435-2290"), ("FR", "05 53 29 14 71")],
    "es": [("ES", "612 48 97 30"), ("MX", "415 152 8830"), ("AR", "011 15-4823-9901"), ("CO", "310 488 2719")],
    "pt": [("PT", "912 345 807"), ("BR", "(31) 98842-1177")],
    "it": [("IT", "347 218 5590")], "nl": [("NL", "06-41827753"), ("BE", "0476 31 88 20")],
    "pl": [("PL", "601 482 339")], "tr": [("TR", "0532 418 27 66")], "sv": [("SE", "070-318 42 96")],
    "cs": [("CZ", "602 417 883")], "ru": [("RU", "8 (916) 482-13-77")], "el": [("GR", "694 518 2270")],
    "ar": [("JO", "079 561 2284")], "hi": [("IN", "094140 22871")], "ja": [("JP", "090-3817-4462")],
    "zh": [("CN", "138 1047 6629")], "ko": [("KR", "010-4827-3391")], "id": [("ID", "0812-3849-2271")],
    "vi": [("VN", "0903 418 227")], "he": [("IL", "052-418-3397")], "th": [("TH", "081 447 2930")],
}

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com"],
    "de": ["web.de", "gmx.de", "t-online.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["hotmail.es", "gmail.com"], "pt": ["sapo.pt", "uol.com.br"], "it": ["libero.it", "virgilio.it"],
    "nl": ["ziggo.nl", "kpnmail.nl"], "pl": ["wp.pl", "onet.pl"], "tr": ["hotmail.com", "gmail.com"],
    "sv": ["telia.com", "gmail.com"], "cs": ["seznam.cz", "email.cz"], "ru": ["mail.ru", "yandex.ru"],
    "el": ["otenet.gr"], "ar": ["gmail.com"], "hi": ["rediffmail.com"], "hi-Latn": ["rediffmail.com", "gmail.com"],
    "ja": ["docomo.ne.jp"], "zh": ["163.com"],
    "ko": ["naver.com"], "id": ["yahoo.co.id"], "vi": ["gmail.com"], "he": ["walla.co.il"], "th": ["hotmail.co.th"],
}


LANG_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "sv": "Swedish", "cs": "Czech", "ru": "Russian",
    "el": "Greek", "ar": "Arabic", "hi": "Hindi", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
    "id": "Indonesian", "vi": "Vietnamese", "he": "Hebrew", "th": "Thai", "hi-Latn": "Hinglish",
    "uk": "Ukrainian", "ro": "Romanian", "hu": "Hungarian", "da": "Danish", "fi": "Finnish", "tl": "Taglish",
    "sw": "Swahili", "no": "Norwegian", "fa": "Persian",
}


def parse_people():
    pools = {}
    for lang, block in PEOPLE_TEXT.items():
        rows = []
        for line in block.strip().splitlines():
            f = line.split("|")
            full, given, family, sex, culture = f[:5]
            assert given in full and family in full, line
            assert sex in "mf", line
            if len(f) > 5:
                g, fam = f[5].split(".")
            else:
                g, fam = fold(given), fold(family)
            rows.append({"full": full, "given": given, "family": family, "sex": sex, "culture": culture,
                         "g": g, "f": fam})
        pools[lang] = rows
    return pools


PEOPLE = parse_people()


def email_of(p, lang):
    r = random.Random(f"{SEED}:{p['full']}")
    g, f = p["g"], p["f"]
    nn = str(r.randint(11, 98))
    local = [f"{g}.{f}", f"{g[0]}{f}", f"{g}_{f}{nn}", f"{f}.{g}", f"{g}{f[0]}{nn}"][r.randrange(5)]
    return f"{local}@{r.choice(MAIL_DOMAINS[lang])}"


class Drawer:
    """Least-used-first draws; ties broken by the seeded RNG; never twice in one row."""

    def __init__(self, rng):
        self.rng = rng
        self.used = Counter()

    def draw(self, kind, items, key, taken, ok=None):
        cands = [x for x in items if key(x) not in taken and (ok is None or ok(x))]
        assert cands, (kind, len(items))
        low = min(self.used[(kind, key(x))] for x in cands)
        best = [x for x in cands if self.used[(kind, key(x))] == low]
        x = self.rng.choice(best)
        self.used[(kind, key(x))] += 1
        taken.add(key(x))
        return x


TEMPLATES = []


def T(cls, name, lang, text, rows, case="", sex="", dom="", pool=""):
    """One template. rows: fills ({0}, {1}...) per row. Slots: §P1 full name, §G1 given, §F1 family,
    §E1 private e-mail, §W1 work e-mail at dom, §T1 phone, §A1 address on one line, §B1 address
    block, §L1 home town. sex: "m"/"f"/"-" per person slot."""
    rows = [r if isinstance(r, tuple) else (r,) for r in rows]
    sex = sex if isinstance(sex, list) else [sex] * len(rows)
    assert len(sex) == len(rows) and (not case or len(case) == len(rows)), name
    TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "text": text, "rows": rows,
                      "case": case or "a" * len(rows), "sex": sex, "dom": dom, "pool": pool or lang})


SLOT = re.compile(r"§([PGFEWTABL])(\d)")


def render(tpl, n, drawer):
    fills, sex = tpl["rows"][n], tpl["sex"][n]
    text = tpl["text"]
    for i, f in enumerate(fills):
        text = text.replace("{" + str(i) + "}", f)
    assert not re.search(r"\{\d\}", text), (tpl["name"], text)
    pool = tpl["pool"]
    base = pool if pool in PEOPLE else pool.split("-")[0]
    taken = set()
    got = {}

    def person(k):
        if ("P", k) not in got:
            want = sex[k - 1] if len(sex) >= k else "-"
            got[("P", k)] = drawer.draw("person", PEOPLE[base], lambda p: p["full"], taken,
                                        None if want == "-" else (lambda p: p["sex"] == want))
        return got[("P", k)]

    def thing(kind, k, items, key):
        if (kind, k) not in got:
            got[(kind, k)] = drawer.draw(kind, items, key, taken)
        return got[(kind, k)]

    def sub(mo):
        kind, k = mo.group(1), int(mo.group(2))
        if kind in "PGFEW":
            p = person(k)
            if kind == "P":
                return m("PERSON", p["full"])
            if kind == "G":
                return m("PERSON", p["given"])
            if kind == "F":
                return m("PERSON", p["family"])
            if kind == "E":
                return m("EMAIL_ADDRESS", email_of(p, base))
            return m("EMAIL_ADDRESS", f"{p['g']}.{p['f']}@{tpl['dom']}")
        if kind == "T":
            return m("PHONE_NUMBER", thing("T", k, PHONES[base], lambda x: x[1])[1])
        if kind in "AB":
            a = thing("A", k, ADDRESSES[base], lambda x: "|".join(x[1]))[1]
            return ("، " if base == "ar" else ", " if kind == "A" else "\n").join(a)
        return m("LOCATION", thing("L", k, TOWNS[base], lambda x: x))

    return SLOT.sub(sub, text)


def D(value):
    return m("DATE_OF_BIRTH", value)


def NID(value):
    return m("NATIONAL_ID", value)


def PER(value):
    return m("PERSON", value)


# =============================================================================================
# Personal rows in English: the same frames as the PII-free rows, about private people.
# =============================================================================================
HOME, FAMILY, WORK, CUST, SCHOOL = (
    "personal_home", "personal_family", "personal_work", "personal_customers", "personal_school")

T(HOME, "why-neighbour", "en", "Why did my neighbour §P1 {0}? Is that even allowed? We're at §A1.", [
    "put up a two-metre fence right on the boundary without asking",
    "report our car to the council for parking on the verge",
    "cut back the hedge on our side while we were away in Porto",
], case="aal")

T(HOME, "boiler-caller", "en",
  "who was §P1, the guy who called about {0}? he left §T1, said {1} and wants to come round to §A1 on tuesday", [
    ("the boiler service", "it was urgent"),
    ("the smart meter", "he was from British Gas"),
    ("the roof tiles", "he'd been working on the house next door"),
], case="lll", sex="m")

T(HOME, "landlord-deposit", "en",
  "My landlord §P1 still hasn't returned the deposit for §A1 — I moved out {0}. "
  "Draft a short, firm message I can send to §E1.", [
      "six weeks ago", "on 30 June", "at the end of March"])

T(HOME, "marketplace-name", "en",
  "§P1? she messaged me on Marketplace about the {0} and wants it sent to §A1 before she pays. scam or not?", [
      "sofa", "kids' bike", "Le Creuset casserole"], case="laa", sex="f")

T(HOME, "trades-compare", "en",
  "Compare these two quotes for {0}: §P1 (§T1, {1}) and §P2 (§T2, {2}). Who looks more reliable?", [
      ("the bathroom refit", "£4,200, 3 weeks, no VAT number", "£5,100, 2 weeks, 9.6 on Checkatrade"),
      ("rewiring the kitchen", "£1,850, NICEIC registered", "£1,300, cash only"),
      ("a new roof", "€9,800, 10-year guarantee", "€8,900, can start Monday"),
  ])

T(HOME, "caps-parking", "en", "WHY DOES §P1 FROM NEXT DOOR KEEP {0}?? WHAT CAN I ACTUALLY DO ABOUT IT", [
    "PARKING ACROSS MY DRIVE", "LETTING THEIR CAT INTO OUR SHED"], case="uu")

T(HOME, "landlord-title", "en", "Mr §F1, my landlord, says {0}. Is he right? I rent a flat in §L1.", [
    "I have to pay for the new fridge because it's 'wear and tear'",
    "he can let himself in whenever he likes as long as he texts first",
], sex="m")

T(FAMILY, "ancestor", "en",
  "Who was my great-grandfather §P1? He was born {0} in §L1 and {1}. Where do I start looking?", [
    (D("4 March 1911"), "emigrated to Liverpool in 1948"),
    (D("17 June 1899"), "served in the King's African Rifles"),
], sex="m")

T(FAMILY, "kid-explain", "en", "Explain to a 10-year-old why {0} §P1 {1}. Keep it gentle.", [
    ("her grandad", "has to live in a care home now"),
    ("his aunt", "moved back to " + L("Accra") + " and won't be here for Christmas"),
], sex=["m", "f"])

T(FAMILY, "voice-note", "en", "Summarise this voice note from my aunt §P1 in two lines: \"{0}\"", [
    ("hi love, it's §G1 — the party's moved to Saturday the 14th, can you bring the big pot, "
    "and don't tell §G2 anything yet"),
    "it's me, §G1, I found Grandpa's photos from the farm, ring me back before nine, my new number is §T1",
], sex="f")

T(FAMILY, "cousin-gift", "en",
  "My cousin §P1 is turning {0} — recommend a present under £80, she loves {1}.", [
    ("40", "Kurosawa films and hiking"),
    ("30", "Frida Kahlo and anything with cacti"),
], sex="f")

T(FAMILY, "nan-lower", "en", "my nan always said her dad §P1 {0} — he was from §L1. how could i check that?", [
    "once shook hands with Marcus Garvey",
    "played football against Pelé's uncle",
    "helped build the Kariba Dam",
], case="lll", sex="m")

T(FAMILY, "brother-in-law", "en",
  "What did my brother-in-law §P1 mean when he said \"{0}\" at dinner? He's {1}.", [
    ("Tesla was robbed by Edison", "an electrician"),
    ("Keynes was right about the long run", "an accountant"),
], sex="m")

T(FAMILY, "dad-birthday", "en",
  "Write a birthday message for my dad §P1 (born {0}) — he's a huge fan of {1}.", [
    (D("03/11/1958"), "Sir David Attenborough"),
    (D("12 August 1947"), "Ayrton Senna"),
], sex="m")

T(WORK, "summarise-1on1", "en", "Summarise what §P1 said in the 1:1 into three bullets:\n{0}", [
    ("- §G1 wants to move to the data team by Q3\n- worried about on-call since the Airflow migration\n"
    "- asked about the Lisbon offsite budget"),
    ("- §G1 disagrees with §P2 about the Polars rewrite\n- wants clearer promotion criteria\n"
    "- flagged burnout on the support rota"),
    ("- §G1 is happy with the new Prefect flows\n- wants to give a talk at PyCon\n"
    "- moving to §L1 in September, will work remote"),
])

T(WORK, "compare-cvs", "en", "Compare the CVs of §P1 and §P2 for the {0} role. {1}", [
    ("data engineer", "§G1: 4 yrs Airflow, Dask, some Ray. §G2: Spark, Polars, dbt, strong SQL."),
    ("frontend", "§G1 knows React and Svelte; §G2 has Vue, Hugo and a design background."),
    ("site reliability", "§G1 ran Kubernetes at a bank; §G2 did Jenkins and Ansible at a startup."),
], case="aal")

T(WORK, "sender-email", "en", "Got this from §P1 <§E1>: \"{0}\" Is it legit, and what should I reply?", [
    "Hi, I'm the new finance contact, please update our bank details before Friday's invoice.",
    "Your parcel is held at the depot, call me back on §T1 to rebook.",
], case="la")

T(WORK, "rewrite-harsh", "en",
  "Rewrite what §P1 wrote in the team channel so it sounds less harsh: \"{0}\"", [
    "whoever merged the Luigi job without tests, please don't ever do that again",
    "the Flask app is a mess and §G2 knows exactly why",
])

T(WORK, "leaving-present", "en",
  "Recommend a leaving present for §P1 from finance — she's moving to §L1 and loves {0}.", [
    "Chinua Achebe and long walks",
    "Gabriel García Márquez",
], sex="f")

T(WORK, "vs-teamlead", "en", "§P1 vs §P2 for team lead — {0}. Help me structure the decision.", [
    "one is great with people, the other knows the codebase",
    "§G1 has more years, §G2 has better peer reviews",
])

T(WORK, "whois-cc", "en", "who is §P1?? {0} and i have no idea who they are", [
    "they're cc'd on every thread about the Jenkins migration",
    "they keep adding me to the Dagster channel",
    "they booked a meeting called 'Ray cluster costs' with me tomorrow",
], case="lll")

T(WORK, "possessive-idea", "en",
  "Is §P1's idea of rewriting the billing service in {0} worth it? We're a Python shop of six people.", [
    "Elixir",
    "Zig",
])

T(WORK, "caps-nda", "en",
  "URGENT: §P1 FROM {0} NEEDS THE SIGNED NDA BACK TODAY. DRAFT A COVER NOTE PLS. HER NUMBER IS §T1", [
      "LEGAL", "THE SUPPLIER SIDE"], case="uu", sex="f")

T(WORK, "dr-title", "en",
  "Dr §F1 from the lab says our readings contradict {0}. Explain {0} in plain words so I can follow "
  "tomorrow's call with §G1.", ["Hooke's law", "Henry's law"])

T(CUST, "complaint", "en", "Summarise this complaint from customer §P1 and suggest a reply:\n> {0}\n> — §G1, §T1", [
    "Ordered the Hokusai print in A2, got A3 with a bent corner. Third time this year.",
    "The Tesla wall charger you installed trips the fuse every night.",
])

T(CUST, "booking-who", "en", "who is §P1? she booked the {0} for saturday and left §T1 but no email", [
    "hot stone massage", "private dining room", "kayak tour"], case="lll", sex="f")

T(CUST, "reply-customer", "en", "Draft a polite reply to §P1 (§E1) who asked whether we {0}.", [
    "ship to the Canary Islands",
    "still stock the Dyson V8 filters",
])

T(CUST, "mural", "en",
  "Our client §P1 wants a mural \"in the style of {0}\" for her café in §L1. Give me three concept ideas.", [
    "Hokusai",
    "Frida Kahlo",
], sex="f")

T(CUST, "why-customer", "en",
  "Why would a customer like §P1 {0}? Give me three likely reasons and how to win them back.", [
    "cancel after six years without a word",
])

T(SCHOOL, "teacher-why", "en", "Why did my son's teacher, Mrs §F1, {0}? Is that normal in Year 4?", [
    "make him redo the whole project on Mansa Musa",
    "give him a detention for reading Percy Jackson in maths",
], sex="f")

T(SCHOOL, "class-whatsapp", "en", "summarise what §P1 (mum of §G2 in year 3) said in the class whatsapp: {0}", [
    "\"can everyone bring a famous scientist costume, §G2 is going as Marie Curie, no glue guns pls\"",
    "\"the Natural History Museum trip has moved, money to me by friday, my number is §T1\"",
    "\"whoever took §G2's Harry Potter lunchbox please give it back\"",
], case="lla", sex="f")

T(SCHOOL, "tutor-compare", "en",
  "Compare two maths tutors for my daughter: §P1 ({0}) and §P2 ({1}). She's preparing for {2}.", [
    ("£35/h, online, ex-teacher", "£28/h, in person, engineering student", "her GCSEs"),
    ("£40/h, does Olympiad prep", "£30/h, very patient", "the 11+"),
])

T(SCHOOL, "friend-explain", "en", "Explain to a 10-year-old why her friend §G1 {0}.", [
    "is moving to " + L("Gdańsk") + " with her mum",
    "fasts during Ramadan",
], sex="f")

T(SCHOOL, "report-comment", "en", "Turn this into a kind report comment: §P1 {0}", [
    "— talks a lot, brilliant at Scratch, struggles with long division",
])


# =============================================================================================
# PII-free rows in English: the world's people, works, places, records and tools.
# =============================================================================================
HIST, ARTS, SCI, PLACES, SOFT, SPORT, SAMPLE = (
    "clean_history", "clean_arts", "clean_science", "clean_places", "clean_software", "clean_sports",
    "clean_samples")

T(HIST, "who-was", "en", "Who was {0}? {1}", [
    ("Ibn Battuta", "How far did he actually travel, and who paid for it?"),
    ("Sojourner Truth", "did she really give the 'ain't I a woman' speech or was it rewritten later"),
], case="al")

T(HIST, "why-did", "en", "Why did {0} {1}? Is that even true, or a later legend?", [
    ("Emperor Ashoka", "give up war after Kalinga"),
    ("Pope Gregory XIII", "drop ten days from the calendar in 1582"),
])

T(HIST, "life-dates", "en",
  "Summarise the life of {0} in five bullet points. It's for my daughter's Year 6 project, due Friday.", [
    "Mary Seacole (1805–1881)",
])

T(HIST, "name-alone", "en", "{0}?", ["Sundiata Keita", "tamerlane"],
  case="al")

T(HIST, "compare-rulers", "en", "Compare {0} and {1} as {2}. Keep it under 300 words, it's for a podcast script.", [
    ("Mansa Musa", "Askia Muhammad", "rulers of West African empires"),
])

T(HIST, "caps-who", "en", "WHO WAS {0} AND WHY {1}", [
    ("SAINT PATRICK", "DO PEOPLE WEAR GREEN ON HIS DAY"),
    ("SIR FRANCIS DRAKE", "IS HE A HERO IN ENGLAND AND A PIRATE IN SPAIN"),
], case="uu")

T(HIST, "possessive", "en", "Was {0}'s {1} really {2}? My uncle swears it was, I say it's old propaganda.", [
    ("General Bonaparte", "height", "that short"), ("Queen Cleopatra", "family", "Greek rather than Egyptian")])

T(HIST, "lower-history", "en", "{0}", [
    "why did the aztecs let cortés into tenochtitlan",
    "what did ibn khaldun mean by asabiyya",
], case="ll")

T(HIST, "born-in", "en", "Who was {0}? Born {1} in {2}, {3}. Where can I read more?", [
    ("Olaudah Equiano", "around 1745", "what is now Nigeria", "he bought his own freedom"),
    ("Sophie Scholl", "9 May 1921", "Forchtenberg", "executed in 1943 for the White Rose leaflets"),
])

T(HIST, "passage", "en", "Summarise this passage from {0} in two lines: \"{1}\"", [
    ("Frederick Douglass's 1852 speech",
     ("What, to the American slave, is your 4th of July? I answer: a day that reveals to him, more than all "
     "other days in the year, the gross injustice and cruelty to which he is the constant victim.")),
    ("the Gettysburg Address",
     ("Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in "
     "Liberty, and dedicated to the proposition that all men are created equal.")),
])

T(ARTS, "character", "en",
  "Who is {0} in {1}, and what happens to them? We're reading it for book club on Thursday and I'm only halfway.", [
    ("Okonkwo", "Things Fall Apart"),
])

T(ARTS, "kid-art", "en", "Explain {0} to a 10-year-old. My niece asked me and I had no good answer.", [
    "Hokusai's Great Wave",
    "why Beethoven kept composing after he went deaf",
])

T(ARTS, "recommend", "en",
  "Recommend five {0} if I liked {1}. Nothing too obvious please, I've already done the usual lists.", [
    ("novels", "Chronicle of a Death Foretold"),
    ("albums", "Fela Kuti's Zombie"),
])

T(ARTS, "what-said-art", "en", "What did {0} say about {1}? I need one short quote and where it's from for an essay.", [
    ("Chinua Achebe", "Conrad's Heart of Darkness"),
    ("Andrei Tarkovsky", "sculpting in time"),
])

T(ARTS, "compare-careers", "en",
  "Compare the careers of {0} and {1}. Who was more influential outside their own country?", [
    ("Akira Kurosawa", "Satyajit Ray"),
    ("Umm Kulthum", "Fairuz"),
])

T(ARTS, "bedtime-myth", "en", "Tell the story of {0} as a 150-word bedtime story. My son is six and scares easily.", [
    "Sun Wukong at the Peach Banquet",
])

T(ARTS, "lower-worth", "en", "is {0} worth {1}", [
    ("dune part two", "seeing in imax"),
    ("a love supreme", "a listen if i only know kind of blue"),
], case="ll")

T(ARTS, "character-alone", "en", "{0}", [
    "Gregor Samsa? is he the guy who wakes up as a bug", "Atticus Finch? what makes him a good father in the book"])

T(ARTS, "caps-about", "en", "WHAT IS {0} ABOUT?? SHORT ANSWER PLS", ["WUTHERING HEIGHTS"],
  case="u")

T(SCI, "units", "en",
  "Who was the {0} named after, and what did they do? Our physics teacher mentioned it in passing.", ["sievert"])

T(SCI, "kid-law", "en", "Explain {0} to a 10-year-old, with one experiment we can do in the kitchen.", [
    "Ohm's law",
])

T(SCI, "who-was-sci", "en", "Who was {0}?", [
    "Srinivasa Ramanujan (1887–1920)",
    "Wangari Maathai",
],
  case="al")

T(SCI, "why-did-sci", "en", "Why did {0} {1}? Keep it short, it's for a pub quiz on Thursday.", [
    ("Ignaz Semmelweis", "end up in an asylum"),
    ("Tycho Brahe", "wear a metal nose"),
])

T(SCI, "caps-effect", "en", "EXPLAIN THE {0} LIKE IM 10", ["DOPPLER EFFECT", "COANDĂ EFFECT"], case="uu")

T(SCI, "dr-said", "en", "What did Dr {0} say about {1}? Explain in plain words.", [
    ("Jane Goodall", "chimpanzees making tools")])

T(PLACES, "itinerary", "en",
  "Recommend a three-day itinerary for {0}. We're two adults and a teenager, mid-range budget, no car.", [
    "Luang Prabang",
    "Lalibela",
], case="al")

T(PLACES, "named-after", "en", "Why is {0} named after {1}? Did they ever actually go there?", [
    ("Mount Kosciuszko", "a Polish general"),
    ("Colombia", "Columbus"),
])

T(PLACES, "place-vs", "en", "{0} vs {1} for {2}? We have ten days in October and a tight budget.", [
    ("the Mekong", "the Irrawaddy", "a river cruise"),
    ("Kilimanjaro", "Mount Kenya", "a first big trek"),
])

T(PLACES, "lower-places", "en", "{0}", [
    "is machu picchu still worth it with the crowds",
    "how old is the great mosque of djenné",
], case="ll")

T(PLACES, "fiction-address", "en", "{0}", [
    "Does 221B Baker Street really exist, or did Conan Doyle make it up?",
    "Mr Darcy lives at Pemberley — is Pemberley based on a real house?",
])

T(SOFT, "worth-learning", "en",
  "Is {0} worth learning in 2025? I write Python all day and want a second language.", ["Julia", "Nim"],
  case="al")

T(SOFT, "tool-vs", "en", "{0} vs {1} for {2}?", [
    ("Polars", "Pandas", "a 20 GB CSV"),
])

T(SOFT, "kid-tool", "en", "Explain what {0} does to a 10-year-old. My daughter saw it on my screen and asked.", ["Ray"])

T(SOFT, "what-said-dev", "en", "Summarise what {0} said about {1}. Link the original post if you can.", [
    ("Guido van Rossum", "the walrus operator"),
    ("Linus Torvalds", "Rust in the kernel"),
])

T(SOFT, "lower-book", "en", "recommend a book to learn {0}", ["rust", "julia"], case="ll")

T(SOFT, "tool-alone", "en", "{0}", [
    "Mercury? the logic language, not the planet — is it still maintained?",
    "Jenkins? do people still use it or is it all GitHub Actions now?",
])

T(SAMPLE, "sample-cvs", "en", "Compare these two sample CVs for a hiring workshop: {0} ({1}) and {2} ({3}).", [
    ("John Doe", "Airflow, Dask, 4 yrs", "Jane Roe", "Polars, dbt, 2 yrs"),
    ("Joe Bloggs", "React, Svelte", "A. N. Other", "Vue, Hugo, design background"),
])

T(SPORT, "record", "en", "What is {0}'s record {1}? My brother says it's been broken since and I don't believe him.", [
    ("Eliud Kipchoge", "in the marathon"),
    ("Sergey Bubka", "in the pole vault"),
])

T(SPORT, "goat", "en", "{0} vs {1} — who's the greatest {2}? Give me three arguments each so I can win at dinner.", [
    ("Pelé", "Maradona", "footballer"),
    ("Serena Williams", "Steffi Graf", "tennis player"),
], case="la")

T(SPORT, "why-athlete", "en", "Why did {0} {1}? Explain it for a school assembly on courage.", [
    ("Muhammad Ali", "refuse the draft"),
    ("Cathy Freeman", "carry both flags in 1994"),
])

T(SPORT, "lower-sport", "en", "{0}", [
    "how many perfect 10s did nadia comăneci get in montreal",
    "why did abebe bikila run barefoot in rome",
], case="ll")


# PII-free twins of the personal shapes: the guy who..., a birthday with a date, 1:1 bullets, CVs,
# a quote to check, "who is X??", team lead, a teacher, an address, a complaint, a report comment.
T(HIST, "the-guy-who", "en", "who was {0}, the guy {1}? {2}", [
    ("thomas crapper", "the toilet is supposedly named after", "did he actually invent it"),
    ("john montagu", "the sandwich is named after", "was he really too busy gambling to eat"),
], case="ll")

T(HIST, "birthday-tribute", "en",
  "Write a short birthday tribute to {0} (born {1}) for our school assembly — the kids love {2}.", [
      ("Nelson Mandela", "18 July 1918", "the 1995 Rugby World Cup story"),
      ("Wangari Maathai", "1 April 1940", "anything about planting trees"),
  ])

T(HIST, "speech-notes", "en", "Summarise what {0} said {1} into three bullets:\n{2}", [
    ("Greta Thunberg", "at the UN in 2019",
     "- \"how dare you\"\n- adults are failing the young\n- the 1.5 °C carbon budget"),
    ("Steve Jobs", "at Stanford in 2005", "- connecting the dots\n- love and loss\n- stay hungry, stay foolish"),
])

T(SCI, "compare-applicants", "en", "Compare {0} and {1} as if they were applying for {2}. {3}", [
    ("Marie Curie", "Lise Meitner", "the same physics chair",
     "Curie: two Nobel Prizes, radium, Sorbonne. Meitner: protactinium, fission, Kaiser Wilhelm Institute."),
    ("Ada Lovelace", "Charles Babbage", "a programming job", "Lovelace: Note G. Babbage: the Difference Engine."),
])

T(ARTS, "quote-legit", "en", "Got this quote attributed to {0}: \"{1}\" Is it legit, or did they never say it?", [
    ("Albert Einstein", ("Everybody is a genius. But if you judge a fish by its ability to climb a tree, it will "
     "live its whole life believing that it is stupid.")),
    ("Mark Twain", "The two most important days in your life are the day you are born and the day you find out why."),
])

T(SOFT, "whois-tool", "en", "who is {0}?? {1}", [
    ("jenkins", "everyone in standup says jenkins is broken again and i thought it was a person"),
    ("luigi", "someone wrote 'ask luigi' in our data README and i can't find him in slack"),
], case="ll")

T(ARTS, "teamlead-fiction", "en",
  "{0} vs {1} for team lead — {2}. Help me structure the argument for a quiz-night debate.", [
      ("Captain Picard", "Captain Kirk", "one is great with people, the other breaks every rule"),
      ("Hermione Granger", "Ron Weasley", "one plans everything, the other improvises"),
  ])

T(ARTS, "teacher-fiction", "en", "Why did {0} {1} in {2}? Is that normal for a teacher?", [
    ("Miss Honey", "let Matilda come to her cottage", "Roald Dahl's Matilda"),
    ("Mr Keating", "make the boys stand on their desks", "Dead Poets Society"),
])

T(PLACES, "public-address", "en", "{0}", [
    "Is the Sherlock Holmes Museum at 221B Baker Street, London NW1 6XE worth it with kids, or a tourist trap?",
    "Why is the White House at 1600 Pennsylvania Avenue NW, Washington, DC 20500 — who picked the number?",
])

T(PLACES, "mural-place", "en", "{0}", [
    "Give me three concept ideas for a mural in the style of Hokusai for a café in Kyoto's Gion district."])

T(SPORT, "compare-times", "en",
  "Compare these two marathon times: {0}. How did {1} go faster, and was it the shoes?", [
      ("Kipchoge's 2:01:09 in Berlin and Kiptum's 2:00:35 in Chicago", "Kiptum"),
      ("Paula Radcliffe's 2:15:25 in London and Brigid Kosgei's 2:14:04 in Chicago", "Kosgei"),
  ])

T(SPORT, "caps-sport", "en",
  "{0}", ["WHY DOES CRISTIANO RONALDO KEEP DOING THE SIUU CELEBRATION?? WHERE DID IT COME FROM"],
  case="u")

T(SAMPLE, "template-report", "en", "Turn this into a kind report comment template: {0}", [
    "[Pupil Name] — talks a lot, brilliant at Scratch, struggles with long division",
    "{{first_name}} — loved the Ancient Egypt topic (Hatshepsut!), needs to hand homework in on time",
])

T(SAMPLE, "sample-complaint", "en",
  "Summarise this sample complaint for our training deck and suggest a reply:\n> {0}\n> — {1}", [
    ("Ordered the print in A2, got A3 with a bent corner. Third time this year.", "Jane Doe"),
    ("Der Ladeadapter löst jeden Abend die Sicherung aus.", "Max Mustermann"),
])

T(SAMPLE, "ko-sample", "ko", "'{0}'를 영어로 자연스럽게 번역해 주세요.", ["홍길동 씨가 왜 회의에 안 왔을까요?"])

T(SAMPLE, "ja-sample", "ja", "例文の「{0}」を英語にしてください。", ["山田太郎さんが会議で急に黙ってしまった"])

T(SAMPLE, "de-sample", "de", "{0}", [
    "Schreib mir einen Beispiel-Lebenslauf für Max Mustermann, geboren 01.01.1990 in Musterstadt, Data Engineer."])

T(SAMPLE, "es-sample", "es", "{0}", [
    ("¿Cómo se rellena este formulario? El ejemplo dice: Nombre: Fulano de Tal, DNI: 00000000T, "
    "domicilio: Calle Falsa 123.")])


# =============================================================================================
# Personal rows in other languages.
# =============================================================================================
T(HOME, "fr-voisin", "fr", "Pourquoi mon voisin §P1 {0} ? Il habite juste en face : §A1, et ne répond jamais au §T1.", [
    "a-t-il coupé la haie de notre côté sans prévenir",
    "se gare-t-il tous les soirs devant notre portail",
], sex="m")

T(WORK, "fr-entretien", "fr", "Résume ce qu'a dit §P1 pendant l'entretien annuel : {0}", [
    "« Je veux passer dans l'équipe data, Airflow me fatigue, et je déménage à §L1 en septembre. »",
    "« §P2 ne documente jamais rien, j'aimerais une formation Rust et moins d'astreintes. »",
])

T(FAMILY, "fr-ancetre", "fr", "Qui était mon arrière-grand-mère §P1, née le {0} à §L1 ? {1}", [
    (D("12 janvier 1901"), "Ma mère dit qu'elle a connu Colette."),
    (D("3 mars 1897"), "On raconte qu'elle était institutrice et qu'elle admirait Jean Jaurès."),
], sex="f")

T(HOME, "de-vermieter", "de",
  "Warum hat mein Vermieter §P1 {0}? Es geht um die Wohnung §A1. Er ist unter §T1 erreichbar, geht aber nie ran.", [
    "die Kaution nach drei Monaten immer noch nicht zurückgezahlt",
    "ohne Ankündigung die Heizung abgestellt",
], sex="m")

T(WORK, "de-lebenslauf", "de", "Vergleiche die Lebensläufe von §P1 und §P2 für die Stelle als {0}.", [
    "Data Engineer (Airflow, Dask)",
    "Teamleitung Buchhaltung",
])

T(CUST, "de-wer-ist", "de", "wer ist §P1? die hat mir wegen {0} geschrieben (§E1), kenn ich nicht", [
    "der Nebenkostenabrechnung",
    "meiner alten Kommode auf Kleinanzeigen",
],
  case="ll", sex="f")

T(HOME, "es-vecina", "es", "¿Por qué mi vecina §P1 {0}? ¿Puede hacer eso? Vivo en §A1.", [
    "ha puesto una cámara apuntando a mi terraza",
    "me deja notas en el ascensor",
], case="al", sex="f")

T(WORK, "es-reunion", "es", "Resume lo que dijo §P1 en la reunión con el cliente: {0}", [
    "que el proyecto en Django se retrasa dos semanas y que §G2 lleva el tema de facturación",
    "que quiere pasar de Pandas a Polars antes del verano y que le llamen al §T1 si hay dudas",
])

T(FAMILY, "es-abuelo", "es", "Mi abuelo §P1 nació el {0} en §L1. {1} ¿Cómo busco su partida de bautismo?", [
    (D("9 de octubre de 1928"), "Dicen que conoció a Lorca."),
    (D("2 de febrero de 1919"), "Emigró a Buenos Aires en 1950."),
], sex="m")

T(CUST, "pt-quem", "pt", "Quem é §P1? Me mandou mensagem do §T1 dizendo que {0}.", [
    "é do banco e precisa confirmar meus dados",
    "conhece meu irmão §G2",
], case="la")

T(HOME, "pt-orcamento", "pt", "Compara os orçamentos de §P1 e §P2 para {0} na §A1.", [
    "pintar a casa toda", "trocar o telhado antes das chuvas"])

T(WORK, "it-collega", "it", "Perché il mio collega §P1 {0}?", [
    "mi ha tolto dal progetto su Jenkins senza dirmelo", "continua a citare Machiavelli nelle riunioni"],
  case="la", sex="m")

T(SCHOOL, "it-maestra", "it", "Riassumi cosa ha detto la maestra di mia figlia, la signora §F1, al colloquio: {0}", [
    "«legge bene ma si distrae; il lavoro su Leonardo da Vinci le è piaciuto moltissimo»",
    "«in matematica è migliorata, deve esercitarsi con le tabelline; chiamatemi al §T1»",
], sex="f")

T(HOME, "nl-buurman", "nl", "Waarom heeft mijn buurman §P1 {0}? Hij woont op §A1, nummer §T1.", [
    "een schutting precies op de erfgrens gezet",
    "onze kat bij de dierenambulance gemeld",
], sex="m")

T(FAMILY, "nl-bsn", "nl", "Klopt dit BSN van mijn moeder {0} wel? {1} — ze is geboren op {2}.", [
    (PER("Femke de Boer"), NID("247183659"), D("11-03-1966"))])

T(HOME, "pl-sasiad", "pl", "Dlaczego mój sąsiad §P1 {0}? Mieszkamy pod adresem §A1, jego numer to §T1.", [
    "zgłosił nasz samochód straży miejskiej",
    "puszcza Chopina na cały regulator o szóstej rano",
], sex="m")

T(FAMILY, "pl-pesel", "pl", "Czy ten PESEL jest poprawny? {0} — to {1} {2}, ur. {3}.", [
    (NID("88031404828"), "mojej siostry", PER("Grażyna Zielińska"), D("14.03.1988")),
    (NID("53072215737"), "mojego taty", PER("Zbigniew Nowicki"), D("22.07.1953")),
])

T(HOME, "tr-komsu", "tr", "Komşum §P1 neden {0}? Adres: §A1", [
    "her gece balkonda mangal yapıyor",
    "otoparkta benim yerime park ediyor",
])

T(CUST, "tr-kimdir", "tr", "§P1 kimdir? §T1 numarasından arayıp \"{0}\" dedi.", [
    "kargonuz gümrükte kaldı", "babanızın eski arkadaşıyım"])

T(HOME, "sv-granne", "sv", "Varför har min granne §P1 {0}? Vi bor på §A1 och numret dit är §T1.", [
    "ställt sin släpvagn på min parkering",
    "sågat ner björken vid tomtgränsen",
])

T(FAMILY, "sv-pnr", "sv", "Stämmer kontrollsiffran i {0}? Det är {1}, {2}, född {3}.", [
    (NID("910417-2383"), "min frus", PER("Linnea Åberg"), D("1991-04-17")),
    (NID("470812-5317"), "min pappas", PER("Göran Lindholm"), D("1947-08-12")),
])

T(HOME, "cs-kdo", "cs",
  "Kdo je §P1? Psal mi kvůli {0}, prý je ze stavebního úřadu, a volal z čísla §T1. Bydlím na adrese §A1.", [
    "přístavbě garáže",
    "kácení lípy u plotu",
], sex="m")

T(HOME, "ru-sosed", "ru", "Почему мой сосед §P1 {0}? Адрес: §A1.", [
    "каждое утро сверлит стену",
    "поставил машину на газоне",
], sex="m")

T(CUST, "ru-kto", "ru", "Кто такая §P1? Она звонила с номера §T1 по поводу {0}.", [
    "долга за капремонт", "моей посылки"], sex="f")

T(CUST, "el-poios", "el", "Ποιος είναι ο §P1; Μου έστειλε μήνυμα από το §T1 για {0}.", [
    "το ενοίκιο του Σεπτεμβρίου",
    "το αυτοκίνητο που πουλάω",
], sex="m")

T(HOME, "ar-jar", "ar", "لماذا قام جاري §P1 {0}؟ عنواني: §A1، ورقمه §T1", [
    "بإغلاق الممر أمام بيتي",
    "بقطع شجرة الزيتون عند السور",
], sex="m")

T(HOME, "hi-padosi", "hi", "मेरे पड़ोसी §P1 ने {0}? हमारा पता: §A1, उनका नंबर §T1 है।", [
    "हमारी दीवार पर कीलें क्यों ठोकीं",
    "पार्किंग में अपनी गाड़ी हमारी जगह पर क्यों खड़ी की",
], sex="m")

T(WORK, "ja-douryou", "ja", "同僚の§P1さん（携帯§T1）が{0}のはなぜでしょうか？", [
    "会議で急に黙ってしまった",
    "私の自宅の住所（§A1）を知っていた",
])

T(WORK, "zh-zongjie", "zh", "帮我总结一下§P1在会上说的话：{0}", [
    "“下个月把报表从Excel迁到Polars，§P2负责测试。”", "“我搬家了，新地址是§A1，快递寄这里。”",
    "“我下周请假，有急事打我手机§T1。”",
])

T(HOME, "ko-yeopjip", "ko",
  "옆집 사는 §P1 씨가 왜 {0} 저희 집은 §A1이고 제 번호는 §T1입니다. 어떻게 대응하면 좋을까요?", [
    "밤마다 우리 현관 앞에 택배 상자를 쌓아 두는 걸까요?",
    "주차장 제 자리에 계속 차를 대는 걸까요?",
])

T(CUST, "id-siapa", "id", "Siapa §P1? Dia WA saya dari nomor §T1, katanya {0}, dan dia tahu alamat saya di §A1.", [
    "teman lama ayah saya dari §L1", "dari kantor pajak", "mau beli motor saya"])

T(HOME, "vi-hangxom", "vi", "Vì sao hàng xóm của tôi là §P1 lại {0}? Nhà tôi ở §A1, số của tôi là §T1.", [
    "để xe máy chắn cửa nhà tôi mỗi tối",
    "báo tổ dân phố rằng nhà tôi ồn",
], case="al")

T(HOME, "he-shachen", "he",
  "למה השכן שלי §P1 {0}? הכתובת שלנו: §A1, המספר שלו §T1", ["חוסם לי את החניה כל בוקר", "התלונן עליי בוועד הבית"],
  sex="m")

T(CUST, "th-khrai", "th", "คุณ§P1 ที่โทรมาจากเบอร์ §T1 เรื่อง{0} เป็นใครคะ", ["ค่าเช่าห้อง", "พัสดุของฉัน"])

T(WORK, "hinglish-colleague", "hi-Latn", "yaar §P1 ne {0}, kya karun? reply kaise likhun", [
    "meeting mein sabke saamne mera Jenkins setup bakwas bola", "mera lunch phir se kha liya",
    "boss ko bina bataye mera Airflow DAG delete kar diya",
], case="lll")


T(WORK, "name-question", "en", "{0}", ["§P1?", "who's §P1 lol, do i know them"], case="al")

# Numbers people ask an assistant to check (check digits worked out once, typed in as literals).
T(HOME, "iban-check", "en",
  "My landlord §P1 wants the deposit paid to {0} but the account name doesn't match. Is this IBAN even valid?", [
      m("IBAN_CODE", "DE44 5001 0517 5407 3249 31"), m("IBAN_CODE", "NL77INGB0004827391")])

T(FAMILY, "card-robux", "en",
  "My son §G1 bought £240 of Robux with my card {0} without asking. How do I get it back?", [
    m("CREDIT_CARD", "4539 1488 0343 6723")])

T(FAMILY, "nhs-check", "en",
  "The GP receptionist read my dad's NHS number as {0} — can you check it's valid? He's §P1, born {1}.", [
      (NID("485 721 6396"), D("2 Feb 1936"))], sex="m")

T(WORK, "ssn-form", "en",
  "I typed my SSN {0} into a 'payroll update' form §P1 sent me from §E1. What should I do now?", [
      m("US_SSN", "412-68-3391")])

T(HOME, "ip-netflix", "en",
  "someone at {0} keeps logging into my netflix. my ex §P1 still knows the password — can i prove it's them?", [
      m("IP_ADDRESS", "86.142.77.19")], case="l")

T(FAMILY, "hospital-number", "en",
  "My mum §P1's discharge letter says hospital no. {0}, \"TTO: Madopar\". What do TTO and the number mean?", [
      m("MEDICAL_RECORD_NUMBER", "K1748293")], sex="f")

T(FAMILY, "tr-tckn", "tr", "Bu T.C. kimlik numarası doğru mu: {0}? Annem §P1 adına, doğum tarihi {1}.", [
    (NID("38472615972"), D("19.05.1981"))], sex="f")

T(FAMILY, "pt-cpf", "pt", "Esse CPF {0} é válido? É da minha tia §P1, nascida em {1}.", [
    (NID("318.472.659-28"), D("22/07/1945"))], sex="f")

T(FAMILY, "es-dni", "es", "¿Es correcta la letra de este DNI: {0}? Es de mi madre, §P1.", [NID("48273915C")], sex="f")

T(HOME, "fr-nir", "fr",
  "Mon numéro de sécu c'est {0} et la CPAM dit que la clé est fausse ? Je suis §P1, née le {1}.", [
      (NID("2 76 05 69 123 048 64"), D("14/05/1976"))], sex="f")


# =============================================================================================
# PII-free rows in other languages: each culture's own figures, works and places.
# =============================================================================================
T(HIST, "fr-pourquoi", "fr", "Pourquoi {0} ? C'est pour l'exposé de ma fille en 4e.", [
    "Toussaint Louverture a-t-il rompu avec Napoléon",
    "Olympe de Gouges a-t-elle été guillotinée",
])

T(HIST, "fr-resume", "fr", "Résume ce qu'a dit {0} {1}. En cinq lignes, pour un oral de bac.", [
    ("de Gaulle", "dans l'Appel du 18 juin"), ("Aimé Césaire", "dans le Discours sur le colonialisme")])

T(ARTS, "fr-qui", "fr", "Qui était {0}, {1} ?", [
    ("Alexandre Dumas", "né en 1802 à Villers-Cotterêts"), ("Joséphine Baker", "née en 1906 à Saint-Louis"),
])

T(HIST, "de-warum", "de", "Warum hat {0} {1}? Bitte in drei Sätzen, mein Sohn schreibt morgen eine Geschichtsarbeit.", [
    ("Bismarck", "die Sozialversicherung eingeführt"),
    ("Hildegard von Bingen", "über Heilpflanzen geschrieben"),
])

T(SOFT, "de-vergleich", "de", "Vergleiche {0} und {1} für {2}. Wir sind zu dritt und können vor allem Python.", [
    ("Pandas", "Polars", "eine 20-GB-CSV-Datei"), ("Airflow", "Dagster", "ein kleines Datenteam")])

T(SCI, "de-wer", "de", "wer war {0}? {1}", [
    ("lise meitner", "und warum bekam sie keinen nobelpreis"),
    ("rosa luxemburg", "kurz bitte"),
], case="ll")

T(ARTS, "es-porque", "es", "¿Por qué {0}? Es para un trabajo del instituto.", [
    "Frida Kahlo pintaba tantos autorretratos",
    "Gabriel García Márquez tardó tanto en escribir Cien años de soledad",
], case="al")

T(HIST, "es-resume", "es", "Resume lo que dijo {0} sobre {1}.", [
    ("Simón Bolívar", "la unidad americana en la Carta de Jamaica"),
])

T(HIST, "es-quien", "es", "¿Quién fue {0}? {1}", [
    ("Túpac Amaru II", "Explícamelo como a un niño de 10 años."),
    ("Violeta Parra", "¿Y qué canciones suyas debería escuchar?"),
])

T(ARTS, "pt-quem-foi", "pt",
  "Quem foi {0}? Minha filha tem prova de história amanhã e o livro é confuso.", [
      "Machado de Assis", "Zumbi dos Palmares"])

T(ARTS, "pt-compara", "pt",
  "Compara {0} e {1}. Por onde eu começo, se nunca li nem ouvi nada deles?", [
      ("Camões", "Fernando Pessoa"), ("Tom Jobim", "João Gilberto")])

T(SCI, "it-perche", "it", "Perché {0}? Spiegamelo come a un ragazzo di terza media.", [
    "Volta chiamò la sua invenzione pila",
])

T(ARTS, "it-riassumi", "it", "Riassumi cosa dice {0} {1}. Mi serve per l'interrogazione di domani.", [
    ("Dante", "nel canto V dell'Inferno"), ("Machiavelli", "sulla fortuna nel Principe"),
])

T(ARTS, "nl-waarom", "nl", "Waarom heeft {0} {1}? Is dat echt zo gegaan, of is het een mythe?", [
    ("Van Gogh", "zijn oor afgesneden"),
    ("Guido van Rossum", "Python naar Monty Python genoemd"),
])

T(SCI, "pl-dlaczego", "pl", "Dlaczego {0} {1}? Potrzebuję tego do referatu syna, krótko proszę.", [
    ("Maria Skłodowska-Curie", "wyjechała do Paryża"),
    ("Chopin", "nie wrócił już do Polski"),
])

T(SAMPLE, "pl-pesel-jak", "pl", "{0}", [
    "Jak liczy się cyfrę kontrolną numeru PESEL? Wyjaśnij na przykładzie Jana Kowalskiego urodzonego 1 stycznia 1980."])

T(HIST, "tr-neden", "tr", "{0} neden {1}? Ödevim için kısa bir açıklama lazım.", [
    ("Mimar Sinan", "Selimiye'yi ustalık eseri sayar"),
])

T(SCI, "tr-kimdir-bilim", "tr", "{0} kimdir? Nobel'i ne için aldı, basitçe anlatır mısın?", ["Aziz Sancar"])

T(HIST, "sv-varfor", "sv", "Varför {0}? Förklara för en tioåring.", [
    "flydde Nelly Sachs till Sverige",
    "kallas Carl von Linné för blomsterkungen",
])

T(SAMPLE, "sv-pnr-hur", "sv", "{0}", [
    "Hur räknas kontrollsiffran i ett svenskt personnummer ut? Visa med Sven Svensson som exempel."])

T(HIST, "cs-kdo-byl", "cs", "Kdo byl {0}? Stručně prosím, dcera to potřebuje do školy.", [
    "Jan Žižka",
    "Karel Čapek a proč vymyslel slovo robot",
])

T(ARTS, "ru-pochemu", "ru", "Почему {0}? Объясни как для школьника.", [
    "Пушкин стрелялся с Дантесом",
    "Толстой ушёл из Ясной Поляны",
], case="la")

T(HIST, "el-poios-itan", "el",
  "Ποιος ήταν ο {0}; Εξήγησέ το σε ένα παιδί δέκα χρονών.", ["Αρχιμήδης", "Νίκος Καζαντζάκης"])

T(HIST, "ar-limadha", "ar", "لماذا {0}؟ اشرح لي باختصار من فضلك.", [
    "سافر ابن بطوطة إلى الصين",
    "كتب نجيب محفوظ الثلاثية",
])

T(SCI, "hi-kaun", "hi", "{0} कृपया आसान भाषा में बताइए, बेटे का प्रोजेक्ट है।", [
    "मीराबाई कौन थीं?",
    "रामानुजन ने गणित में क्या खोजा?",
])

T(ARTS, "ja-naze", "ja", "{0}のはなぜですか？小学生にもわかるように教えてください。", [
    "葛飾北斎が何度も名前を変えた",
    "黒澤明が『七人の侍』で雨を多用した",
])

T(HIST, "zh-wen", "zh", "{0} 请用三句话解释，给初中生看。", [
    "帮我总结一下鲁迅在《狂人日记》里想说什么",
    "郑和为什么七次下西洋？",
])

T(HIST, "ko-wae", "ko", "{0} 초등학생도 이해할 수 있게 설명해 주세요.", [
    "세종대왕은 왜 한글을 만들었나요?",
    "이순신 장군은 명량 해전에서 어떻게 이겼나요?",
])

T(HIST, "id-siapa-itu", "id", "Siapa {0}? Tolong jelaskan singkat untuk tugas sekolah anak saya.", [
    "Kartini, dan kenapa ada Hari Kartini",
    "Pramoedya Ananta Toer",
])

T(HIST, "vi-visao", "vi", "{0} Giải thích ngắn gọn giúp tôi, con tôi học lớp 6.", [
    "Vì sao Hai Bà Trưng khởi nghĩa?",
    "Nguyễn Du viết Truyện Kiều trong hoàn cảnh nào?",
])

T(HIST, "he-lama", "he",
  "{0} תסביר בקצרה בבקשה, זה לעבודה של הבת שלי.", ["למה הרצל כתב את מדינת היהודים?", "מי הייתה רחל המשוררת?"])

T(HIST, "th-khrai-pen", "th",
  "{0} ช่วยอธิบายสั้นๆ หน่อยค่ะ ลูกต้องทำรายงาน", ["พระเจ้าตากสินเป็นใคร", "สุนทรภู่แต่งพระอภัยมณีตอนไหน"])

T(HIST, "hinglish-batao", "hi-Latn", "yaar {0} ke baare mein batao, {1}", [
    ("bhagat singh", "exam kal hai"), ("kalpana chawla", "beti ka school project hai")], case="ll")


# =============================================================================================
# Build, check, report.
# =============================================================================================
def build():
    rng = random.Random(SEED)
    drawer = Drawer(rng)
    rows, meta = [], []
    for tpl in TEMPLATES:
        for n in range(len(tpl["rows"])):
            marked = render(tpl, n, drawer)
            case = tpl["case"][n]
            text, spans = unmark(marked, case)
            rows.append({
                "id": f"{SET}-{tpl['cls']}-{tpl['name']}-{n}",
                "text": text,
                "spans": spans,
                "source": SOURCE,
                "class": tpl["cls"],
                "template": tpl["name"],
                "locale": "",
            })
            meta.append({"lang": tpl["lang"], "case": case})
    return rows, meta, drawer


def check(rows, meta):
    ids, texts = set(), set()
    per_template = Counter()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert r["source"] == SOURCE and r["locale"] == ""
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"] and "§" not in r["text"], r["id"]
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, r["id"]
            assert r["text"][s["start"]:s["end"]] == s["value"], r["id"]
            assert s["value"] and s["value"] == s["value"].strip(), r["id"]
            assert s["start"] >= last, r["id"]
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        per_template[(r["class"], r["template"])] += 1
    assert len(rows) == 324, len(rows)
    names = Counter(t for _, t in per_template)
    assert all(v == 1 for v in names.values()), "template names must be unique"
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5
    classes = {r["class"] for r in rows}
    assert 8 <= len(classes) <= 12, classes
    clean = sum(r["class"].startswith("clean_") for r in rows) / len(rows)
    assert 0.45 <= clean <= 0.55, clean
    other = [x["lang"] for x in meta if x["lang"] != "en"]
    assert 0.35 <= len(other) / len(rows) <= 0.50, len(other) / len(rows)
    assert len(set(other)) >= 15, set(other)


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    rows, meta, drawer = build()
    check(rows, meta)
    data = dump(rows)
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == data
        print(f"{OUT.name}: {'unchanged' if same else 'differs or missing'}")
        sys.exit(0 if same else 1)
    OUT.write_text(data, encoding="utf-8")
    clean = sum(r["class"].startswith("clean_") for r in rows)
    print(f"rows {len(rows)}: personal {len(rows) - clean}, clean {clean}")
    cls_rows = Counter(r["class"] for r in rows)
    cls_tpl = Counter(c for c, _ in {(r["class"], r["template"]) for r in rows})
    print(f"templates {sum(cls_tpl.values())}")
    for c in sorted(cls_rows):
        print(f"  {c:22} rows {cls_rows[c]:3}  templates {cls_tpl[c]:3}")
    spans = Counter(s["type"] for r in rows for s in r["spans"])
    print("spans:", ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    langs = Counter(LANG_NAMES[x["lang"]] for x in meta)
    other = len(rows) - langs["English"]
    print(f"not English: {other} ({100 * other / len(rows):.1f}%), languages other than English: {len(langs) - 1}")
    print("  " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    for half in ("personal_", "clean_"):
        n = sum(1 for r, x in zip(rows, meta, strict=True) if r["class"].startswith(half) and x["lang"] != "en")
        print(f"  {half}: {n} not English")
    cases = Counter((x["case"], r["class"].split("_")[0]) for r, x in zip(rows, meta, strict=True))
    print("cases:", ", ".join(f"{k[0]}/{k[1]} {v}" for k, v in sorted(cases.items())))
    pool_used = Counter(k[0] for k in drawer.used)
    print("distinct drawn:", dict(pool_used))
    lengths = [len(r["text"]) for r in rows]
    lines = [r["text"].count("\n") + 1 for r in rows]
    print(f"length {min(lengths)}-{max(lengths)} chars, {min(lines)}-{max(lines)} lines")
    print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
