"""Build eval/crew/tune.jsonl, a hand-written check set for people who work away from home in crews.

Airline cabin and flight crew, seafarers and ferry crews, offshore platform and wind-farm workers,
touring film, music and circus crews, long-haul coach and rail crews, and the planners, agents,
HR staff, port agents, medics and families who write about them.

Python standard library only. Every name, street, town, postcode, phone, date of birth, ID number,
IBAN, card number and IP address below was typed by hand; e-mail local parts are built from the
hand-typed names. Check digits were worked out once in a scratch session and typed in as literals;
``check()`` only verifies them.

    python build.py           # writes tune.jsonl and prints counts
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

SEED = 59027
SET = "crew"
HERE = Path(__file__).resolve().parent
OUT = HERE / "tune.jsonl"
SOURCE = "eval/crew/build.py"
TYPES = {
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER",
}
LANGS = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "no": "Norwegian", "sv": "Swedish", "da": "Danish",
    "fi": "Finnish", "pl": "Polish", "ro": "Romanian", "hr": "Croatian", "uk": "Ukrainian",
    "ru": "Russian", "el": "Greek", "tr": "Turkish", "tl": "Tagalog/Taglish", "id": "Indonesian",
    "vi": "Vietnamese", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "th": "Thai",
    "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "bg": "Bulgarian", "ms": "Malay",
}


# --------------------------------------------------------------------------------------------
# markers
# --------------------------------------------------------------------------------------------

def m(kind: str, value: str) -> str:
    return f"⟦{kind}|{value}⟧"


def P(v: str) -> str:
    return m("PERSON", v)


def L(v: str) -> str:
    return m("LOCATION", v)


def PH(v: str) -> str:
    return m("PHONE_NUMBER", v)


def EM(v: str) -> str:
    return m("EMAIL_ADDRESS", v)


def DOB(v: str) -> str:
    return m("DATE_OF_BIRTH", v)


def NID(v: str) -> str:
    return m("NATIONAL_ID", v)


def SSN(v: str) -> str:
    return m("US_SSN", v)


def IBAN(v: str) -> str:
    return m("IBAN_CODE", v)


def CARD(v: str) -> str:
    return m("CREDIT_CARD", v)


def IPA(v: str) -> str:
    return m("IP_ADDRESS", v)


def MRN(v: str) -> str:
    return m("MEDICAL_RECORD_NUMBER", v)


MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.DOTALL)


def cased(s: str, case: str) -> str:
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked: str, case: str = "") -> tuple[str, list[dict]]:
    """Turn ⟦TYPE|value⟧ markers into text and spans; case each piece on its own."""
    out: list[str] = []
    spans: list[dict] = []
    pos = 0
    at = 0
    for mo in MARK.finditer(marked):
        piece = cased(marked[at:mo.start()], case)
        out.append(piece)
        pos += len(piece)
        value = cased(mo.group(2), case)
        spans.append({"start": pos, "end": pos + len(value), "type": mo.group(1), "value": value})
        out.append(value)
        pos += len(value)
        at = mo.end()
    out.append(cased(marked[at:], case))
    return "".join(out), spans


# --------------------------------------------------------------------------------------------
# ASCII folding for e-mail local parts
# --------------------------------------------------------------------------------------------

FOLD = {"ø": "o", "æ": "ae", "å": "a", "ß": "ss", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th",
        "œ": "oe", "'": "", "’": "", ".": "", "-": ""}


def fold(s: str) -> str:
    s = s.lower()
    s = "".join(FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


# --------------------------------------------------------------------------------------------
# people: "given|family|sex|culture[|native given|native family[|patronymic]]", typed by hand
# --------------------------------------------------------------------------------------------

FAMILY_FIRST = {"zh", "ja", "ko", "vi", "hu"}
# what colleagues call people whose given names have a prefix or two parts
CALL = {"Ma. Lourdes": "Lourdes", "I Made": "Made", "La Ode": "Hamid", "Muhammad Faiz": "Faiz",
        "Gurpreet Singh": "Gurpreet", "Sunil Kumar": "Sunil", "Siti Aminah": "Aminah"}
NATIVE_JOIN = {"zh": "", "ko": "", "ja": " "}

PEOPLE_SRC = {
    "ph": """
Rodel|Macaraeg|M|Pangasinense
Jerwin|Dimaculangan|M|Tagalog (Batangas)
Ma. Lourdes|Tabuena|F|Hiligaynon
Rowena|Pacquing|F|Kapampangan
Arnel|Sumalinog|M|Cebuano
Joy|Abellana|F|Cebuano
Reynaldo|Catacutan|M|Kapampangan
Mark Anthony|Gumabao|M|Tagalog
Kristine Joy|Lagman|F|Kapampangan
Benjie|Ocampo|M|Tagalog
Dindo|Manalastas|M|Tagalog
Marites|Quiambao|F|Kapampangan
Ronaldo|Dagohoy|M|Boholano
Honey Grace|Tumulak|F|Cebuano
Efren|Baluyot|M|Kapampangan
Leonila|Sabado|F|Ilocano
Christian|Magbanua|M|Hiligaynon
Jomar|Ygot|M|Waray
Precious|Dalisay|F|Tagalog
Edgardo|Buenaflor|M|Bicolano
""",
    "in": """
Anish|Varghese|M|Malayali (Syrian Christian)
Sreejith|Nair|M|Malayali
Priya|Menon|F|Malayali
Joaquim|Fernandes|M|Goan Catholic
Gurpreet Singh|Dhillon|M|Punjabi Sikh
Harjinder|Kaur|F|Punjabi Sikh
Karthikeyan|Subramanian|M|Tamil
Lalitha|Ramaswamy|F|Tamil
Abhijit|Chatterjee|M|Bengali
Snehal|Patil|F|Marathi
Sunil Kumar|Yadav|M|Hindi (Uttar Pradesh)|सुनील कुमार|यादव
Rekha|Yadav|F|Hindi (Uttar Pradesh)|रेखा|यादव
Manoj|Tiwari|M|Bhojpuri|मनोज|तिवारी
Anjali|Bisht|F|Kumaoni|अंजलि|बिष्ट
Deepak|Rawat|M|Garhwali|दीपक|रावत
Kavita|Negi|F|Garhwali|कविता|नेगी
Roshan|D'Souza|M|Mangalorean Catholic
Farhan|Qureshi|M|Urdu (Mumbai)
""",
    "ua": """
Oleksandr|Kovalenko|M|Ukrainian|Олександр|Коваленко|Петрович
Andrii|Melnychuk|M|Ukrainian|Андрій|Мельничук|Васильович
Yuliia|Bondarenko|F|Ukrainian|Юлія|Бондаренко|Олегівна
Serhii|Tkachuk|M|Ukrainian|Сергій|Ткачук|Іванович
Dmytro|Savchenko|M|Ukrainian|Дмитро|Савченко|Миколайович
Nataliia|Kravets|F|Ukrainian|Наталія|Кравець|Вікторівна
Vitalii|Moroz|M|Ukrainian|Віталій|Мороз|Анатолійович
Oksana|Lysenko|F|Ukrainian|Оксана|Лисенко|Степанівна
Ihor|Zabolotnyi|M|Ukrainian|Ігор|Заболотний|Юрійович
Taras|Hnatiuk|M|Ukrainian (Bukovina)|Тарас|Гнатюк|Богданович
Halyna|Chornovol|F|Ukrainian|Галина|Чорновол|Павлівна
Heorhii|Kara|M|Gagauz (Bessarabia)|Георгій|Кара|Ілліч
""",
    "ru": """
Aleksei|Smirnov|M|Russian|Алексей|Смирнов|Викторович
Irina|Volkova|F|Russian|Ирина|Волкова|Сергеевна
Pavel|Kuznetsov|M|Russian|Павел|Кузнецов|Андреевич
Ekaterina|Orlova|F|Russian|Екатерина|Орлова|Игоревна
Denis|Gaidamak|M|Russian (Far East)|Денис|Гайдамак|Олегович
Marina|Soboleva|F|Russian|Марина|Соболева|Николаевна
Roman|Belov|M|Russian|Роман|Белов|Юрьевич
Svetlana|Zaitseva|F|Russian|Светлана|Зайцева|Павловна
Timur|Galiev|M|Tatar|Тимур|Галиев|Рашидович
Aleksandr|Kim|M|Koryo-saram|Александр|Ким|Вячеславович
""",
    "pl": """
Grzegorz|Wilk|M|Polish
Katarzyna|Zawadzka|F|Polish
Tomasz|Kołodziej|M|Polish
Agnieszka|Wróblewska|F|Polish
Marek|Szczygieł|M|Polish
Małgorzata|Kruk|F|Polish
Piotr|Lis|M|Polish
Ewa|Domańska|F|Polish
Kamil|Przybylski|M|Polish
Jarosław|Konkel|M|Kashubian
""",
    "ro": """
Mihai|Dumitrescu|M|Romanian
Ionela|Constantinescu|F|Romanian
Costin|Vasilache|M|Romanian (Dobruja)
Florin|Munteanu|M|Romanian
Andreea|Ghiță|F|Romanian
Bogdan|Stoica|M|Romanian
Viorica|Lungu|F|Moldovan
Sergiu|Rusu|M|Moldovan
""",
    "hr": """
Ante|Perić|M|Croatian (Dalmatia)
Ivana|Knežević|F|Croatian
Marin|Jurjević|M|Croatian (Kvarner)
Zvonimir|Šarić|M|Croatian
Tea|Vuković|F|Croatian
Dino|Bakotić|M|Croatian
Vuk|Radulović|M|Montenegrin (Boka)
Jelena|Zec|F|Serbian
Nemanja|Ilić|M|Serbian
Milica|Đurović|F|Montenegrin
""",
    "bg": """
Stoyan|Petrov|M|Bulgarian|Стоян|Петров
Desislava|Ivanova|F|Bulgarian|Десислава|Иванова
Hristo|Georgiev|M|Bulgarian|Христо|Георгиев
Radoslav|Kolev|M|Bulgarian|Радослав|Колев
""",
    "el": """
Giorgos|Papadakis|M|Cretan|Γιώργος|Παπαδάκης
Eleni|Konstantinou|F|Greek|Ελένη|Κωνσταντίνου
Nikos|Chatzigeorgiou|M|Greek (Chios)|Νίκος|Χατζηγεωργίου
Maria|Lemou|F|Greek (Oinousses)|Μαρία|Λεμού
Stavros|Kalogerakis|M|Cretan|Σταύρος|Καλογεράκης
Aikaterini|Vlachou|F|Greek|Αικατερίνη|Βλάχου
Panagiotis|Mavros|M|Greek (Andros)|Παναγιώτης|Μαύρος
Despoina|Frangou|F|Greek Cypriot|Δέσποινα|Φράγκου
""",
    "tr": """
Emre|Yıldız|M|Turkish
Ayşe|Kaptan|F|Turkish
Mehmet Ali|Karadeniz|M|Turkish (Trabzon)
Zeynep|Demirci|F|Turkish
Serkan|Doğan|M|Turkish
Elif|Aslan|F|Turkish
Oğuz|Kılıç|M|Turkish
Berivan|Aydın|F|Kurdish (Kurmanji)
""",
    "de": """
Jörg|Hansen|M|North German
Friederike|Brandt|F|German
Malte|Petersen|M|North Frisian
Wiebke|Janssen|F|East Frisian
Hauke|Schütt|M|North German
Sabine|Vogel|F|German
Thorsten|Fink|M|German
Anke|Wolf|F|German
Lukas|Gruber|M|Austrian
Nicole|Bühler|F|Swiss German
Kevin|Schmidtke|M|German (Saxony)
Deniz|Öztürk|F|Turkish German
""",
    "nl": """
Sjoerd|de Boer|M|Frisian
Marloes|van der Veen|F|Dutch
Jelle|Bakker|M|Dutch
Femke|Visser|F|Dutch
Bram|van Urk|M|Dutch
Anouk|Hoekstra|F|Frisian
Kees|Post|M|Dutch
Wouter|Janssens|M|Flemish
Liesbeth|De Smet|F|Flemish
Ricardo|Pinas|M|Surinamese Dutch
""",
    "no": """
Øystein|Haugland|M|Norwegian
Ingrid|Solbakken|F|Norwegian
Eirik|Strand|M|Norwegian
Sigrid|Fjeldstad|F|Norwegian
Håkon|Myklebust|M|Norwegian (Sunnmøre)
Tone|Berge|F|Norwegian
Mathias|Olsen|M|Norwegian
Áile|Somby|F|Sámi
Knut Arne|Vik|M|Norwegian
""",
    "sv": """
Johan|Lindqvist|M|Swedish
Elin|Åkerlund|F|Swedish
Mattias|Berg|M|Swedish
Frida|Sjöberg|F|Swedish
Ahmed|Warsame|M|Somali Swedish
Pirjo|Niemi|F|Sweden Finnish
""",
    "da": """
Rasmus|Kjærgaard|M|Danish
Mette|Holm|F|Danish
Søren|Præst|M|Danish
Jógvan|Poulsen|M|Faroese
Sólveig|Hauksdóttir|F|Icelandic
Nivi|Kleist|F|Greenlandic
""",
    "fi": """
Jukka|Heikkinen|M|Finnish
Satu|Mäkinen|F|Finnish
Aleksi|Rautio|M|Finnish
Tiina|Lehtonen|F|Finnish
Mikael|Sundström|M|Finland Swedish (Åland)
""",
    "en": """
Callum|MacInnes|M|Hebridean Scottish
Fiona|Mackay|F|Scottish
Darren|Cheetham|M|English (Lancashire)
Kerry-Ann|Boyle|F|Scottish
Stuart|Flett|M|Orcadian
Aoife|Ní Chonaill|F|Irish
Ciarán|Ó Súilleabháin|M|Irish
Rhys|Pritchard|M|Welsh
Hope|Fisher|F|English
Rose|Salter|F|English
Mick|Doherty|M|Irish (Donegal)
Dave|Rennie|M|Scottish
Rhona|Isbister|F|Shetlander
Duncan|Matheson|M|Scottish
Grace|Pilling|F|English
Connor|Fitzgibbon|M|Irish
Jamie-Lee|Crowther|F|English (Yorkshire)
Brandon|Kealoha|M|Hawaiian
Tanya|Reyes-Whitfield|F|Chicana
Shaniqua|Boone|F|African American
Wade|Kowalczyk|M|US Polish (Alaska)
Bronwyn|Tuckwell|F|Australian
Geoff|Marsh|M|Australian
Tama|Ngata|M|Māori
Mere|Parata|F|Māori
Chantal|Tremblay|F|Québécois
Wayne|Pardy|M|Newfoundlander
Delroy|Campbell|M|Jamaican
Shanice|Grant|F|Jamaican
Chet|Broussard|M|Cajun
Skyler|Yazzie|F|Diné (Navajo)
Amarjit|Sandhu|M|British Punjabi
Nasreen|Akhtar|F|British Pakistani
Tolu|Adeyemi|F|British Nigerian
""",
    "fr": """
Gwenaël|Le Floch|M|Breton
Maëlle|Kerhervé|F|Breton
Yannick|Tanguy|M|Breton
Solène|Marchand|F|French
Jean-Baptiste|Lefèvre|M|French
Amandine|Roussel|F|French
Karim|Benali|M|Algerian French
Nadia|Belkacem|F|Kabyle French
Pierre-Louis|Rousseau|M|French
Aurélie|Tessier|F|French
Mamadou|Diallo|M|Fula (Senegal)
Fatou|Ndiaye|F|Wolof
""",
    "es": """
Iker|Etxeberria|M|Basque
Nerea|Goikoetxea|F|Basque
Manuel|Outeiral Piñeiro|M|Galician
Rocío|Santamaría Vidal|F|Andalusian
Francisco Javier|Moreno Ruiz|M|Castilian
Lucía|Paredes|F|Castilian
Wilber|Condori Huamán|M|Quechua (Peru)
Guadalupe|Ríos Cárdenas|F|Mexican
Matías|Sepúlveda|M|Chilean
Valentina|Ocampo Restrepo|F|Colombian
Consuelo|Prieto|F|Castilian
Wilmer|Zelaya|M|Honduran
Karla|Mejía|F|Honduran
Jordi|Camps Roca|M|Catalan
Ainhoa|Ugarte|F|Basque
""",
    "pt": """
Rafael|Nogueira Teixeira|M|Brazilian
Thaís|Carvalho|F|Brazilian
Edivaldo|Santos da Silva|M|Brazilian (Bahia)
Luana|Pereira Bastos|F|Brazilian
Wanderley|Rocha|M|Brazilian
Gonçalo|Rebelo|M|Portuguese
Inês|Casimiro|F|Portuguese
Cleiton|Souza|M|Brazilian
Jucélia|Fontes|F|Brazilian (Fluminense)
Kelvin|Barros Monteiro|M|Cape Verdean
""",
    "it": """
Salvatore|Esposito|M|Neapolitan
Gennaro|Cafiero|M|Sorrentine
Chiara|Lauro|F|Neapolitan
Federica|Mancuso|F|Sicilian
Davide|Pittaluga|M|Ligurian
Martina|Schiaffino|F|Ligurian
Antonio|Scotto di Perta|M|Procidan
Giuseppina|Lo Iacono|F|Sicilian
""",
    "id": """
Agus|Setiawan|M|Javanese
Dewi|Lestari|F|Javanese
I Made|Wirawan|M|Balinese
Siti Aminah|binti Yusof|F|Malay
Rizal|Hutapea|M|Batak
Yohanes|Manurung|M|Batak
Muhammad Faiz|bin Rahim|M|Malay
Fitriani|Rahmawati|F|Sundanese
La Ode|Hamid|M|Butonese
""",
    "vi": """
Văn Thắng|Nguyễn|M|Vietnamese
Thị Hồng Nhung|Trần|F|Vietnamese
Quốc Bảo|Phạm|M|Vietnamese
Thị Thu Hà|Lê|F|Vietnamese
Minh Tuấn|Đỗ|M|Vietnamese
Văn Hải|Hoàng|M|Vietnamese
""",
    "zh": """
Jianjun|Wang|M|Chinese (Zhejiang)|建军|王
Xiaoyan|Chen|F|Chinese|晓燕|陈
Haitao|Liu|M|Chinese (Shandong)|海涛|刘
Min|Zhou|F|Chinese|敏|周
Zhiwei|Lin|M|Hokkien (Fujian)|志伟|林
Lijuan|Huang|F|Chinese|丽娟|黄
Chi-keung|Cheung|M|Cantonese (Hong Kong)|志強|張
Mei-ling|Tsai|F|Taiwanese|美玲|蔡
""",
    "ja": """
Kenta|Sasaki|M|Japanese|健太|佐々木
Misaki|Takahashi|F|Japanese|美咲|高橋
Sho|Nakamura|M|Japanese|翔|中村
Yumiko|Kobayashi|F|Japanese|由美子|小林
Daisuke|Matsumoto|M|Japanese|大輔|松本
Aoi|Fujiwara|F|Japanese|葵|藤原
""",
    "ko": """
Min-jun|Kim|M|Korean|민준|김
Seo-yeon|Lee|F|Korean|서연|이
Ji-hoon|Park|M|Korean|지훈|박
Yu-jin|Choi|F|Korean|유진|최
Woo-sung|Jung|M|Korean|우성|정
Ha-eun|Yoon|F|Korean|하은|윤
Seung-hyun|Han|M|Korean|승현|한
Ji-won|Kang|F|Korean|지원|강
Dong-hyuk|Shin|M|Korean (Busan)|동혁|신
Soo-ah|Oh|F|Korean (Jeju)|수아|오
""",
    "th": """
Nattaphon|Srisuk|M|Thai|ณัฐพล|ศรีสุข
Phimchanok|Wongsawat|F|Thai|พิมพ์ชนก|วงศ์สวัสดิ์
Thanakorn|Boonma|M|Thai (Isan)|ธนากร|บุญมา
Kamonwan|Kaewprasert|F|Thai|กมลวรรณ|แก้วประเสริฐ
""",
    "ar": """
Khalid|Al Mansoori|M|Emirati|خالد|المنصوري
Fatima|Al-Zahrani|F|Saudi|فاطمة|الزهراني
Youssef|El Haddad|M|Lebanese|يوسف|الحداد
Mariem|Ben Ali|F|Tunisian|مريم|بن علي
Ahmed|Abdelrahman|M|Egyptian|أحمد|عبد الرحمن
Omar|Al Kaabi|M|Emirati|عمر|الكعبي
Nour|Hamdan|F|Jordanian|نور|حمدان
Hicham|Ait Ouarab|M|Amazigh (Morocco)|هشام|آيت وعراب
""",
    "he": """
Avital|Shoshani|F|Israeli|אביטל|שושני
Yonatan|Ben-Haim|M|Israeli|יונתן|בן-חיים
Michal|Azoulay|F|Mizrahi|מיכל|אזולאי
Omer|Friedman|M|Israeli|עומר|פרידמן
Natalia|Rabinovich|F|Israeli Russian|נטליה|רבינוביץ'
Rami|Khoury|M|Arab Israeli|ראמי|ח'ורי
""",
    "af": """
Chukwuemeka|Okafor|M|Igbo
Ibiere|Dagogo|F|Kalabari Ijaw
Tamunotonye|Hart|M|Ibani (Bonny)
Boma|Jumbo|M|Ibani (Bonny)
Oluwaseun|Adebayo|M|Yoruba
Blessing|Etim|F|Efik
Ngozi|Eze|F|Igbo
Tonye|Briggs|F|Kalabari Ijaw
Ibrahim|Danjuma|M|Hausa
Kofi|Mensah|M|Fante
Akosua|Boateng|F|Ashanti
Otieno|Ouma|M|Luo
Wanjiru|Kamau|F|Kikuyu
Hamisi|Mwinyi|M|Swahili (Mombasa)
Thabo|Nkosi|M|Zulu
Anri|van der Merwe|F|Afrikaans
Sipho|Dlamini|M|Swazi
Ashwin|Naidoo|M|South African Indian
Dawit|Tesfaye|M|Amhara
""",
    "pac": """
Tekeraoi|Bauro|M|I-Kiribati
Teretia|Tabai|F|I-Kiribati
Semisi|Vunibola|M|Fijian
Mereoni|Naivalu|F|Fijian
Sione|Fifita|M|Tongan
Tavita|Leiataua|M|Samoan
Chaminda|Perera|M|Sinhala
Nadeesha|Wickramasinghe|F|Sinhala
Ruwan|Jayasuriya|M|Sinhala
Kasun|Fernando|M|Sinhala
Shahidul|Alam|M|Bangladeshi
Imran|Qureshi|M|Pakistani (Punjabi)
Giorgi|Beridze|M|Georgian (Adjara)
Nino|Kapanadze|F|Georgian
Elvin|Mammadov|M|Azerbaijani
Pasang|Sherpa|M|Sherpa
Ardian|Gjoka|M|Albanian
Marisol|Quintero|F|Venezuelan
""",
    "bal": """
Raimonds|Kalniņš|M|Latvian
Ilze|Liepiņa|F|Latvian
Darius|Petrauskas|M|Lithuanian
Rasa|Jankauskienė|F|Lithuanian
Margus|Kask|M|Estonian
Kristiina|Lepik|F|Estonian
Jiří|Dvořák|M|Czech
Lenka|Procházková|F|Czech
Bat-Erdene|Ganbold|M|Mongolian
Enkhjargal|Dorj|F|Mongolian
""",
    "hu": """
Balázs|Tóth|M|Hungarian
Réka|Szabó|F|Hungarian
""",
    "mm": """
Kyaw Zin Htet||M|Burmese
Thandar Aye||F|Burmese
""",
}


class Person:
    def __init__(self, pool: str, idx: int, line: str) -> None:
        parts = line.split("|")
        self.pool = pool
        self.key = f"P:{pool}:{idx}"
        self.given, self.family, self.sex, self.tag = parts[:4]
        self.ng = parts[4] if len(parts) > 4 else ""
        self.nf = parts[5] if len(parts) > 5 else ""
        self.pat = parts[6] if len(parts) > 6 else ""

    @property
    def full(self) -> str:
        if not self.family:
            return self.given
        if self.pool in FAMILY_FIRST:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    @property
    def nfull(self) -> str:
        if not self.ng:
            return self.full
        if self.pool in NATIVE_JOIN:
            return self.nf + NATIVE_JOIN[self.pool] + self.ng
        return f"{self.ng} {self.nf}"

    @property
    def call(self) -> str:
        """The name a colleague uses: the given name (the last syllable for Vietnamese)."""
        if self.pool == "vi":
            return self.given.split()[-1]
        return CALL.get(self.given, self.given)

    # marked forms
    @property
    def F(self) -> str:
        return P(self.full)

    @property
    def G(self) -> str:
        return P(self.call)

    @property
    def S(self) -> str:
        return P(self.family or self.given)

    @property
    def N(self) -> str:
        return P(self.nfull)

    @property
    def NG(self) -> str:
        return P(self.ng or self.call)

    @property
    def NS(self) -> str:
        return P(self.nf or self.family)

    @property
    def OFF(self) -> str:
        """Post-Soviet official order: family, given, patronymic (native script)."""
        return P(f"{self.nf} {self.ng} {self.pat}".strip())

    @property
    def UPFG(self) -> str:
        """FAMILY GIVEN in capitals, as on crew lists and passports."""
        if not self.family:
            return P(self.given.upper())
        return P(f"{self.family} {self.given}".upper())

    def mail(self, pattern: str, domain: str) -> str:
        first = self.given.split()[0]
        local = pattern.format(g=fold(first), f=fold(self.family or self.given.split()[-1]),
                               i=fold(first)[:1], gg=fold(self.given))
        return EM(f"{local}@{domain}")

    def mail_spelled(self, pattern: str, domain: str) -> str:
        """An e-mail address typed out to dodge spam filters ("at", "dot"), labelled as written."""
        first = self.given.split()[0]
        local = pattern.format(g=fold(first), f=fold(self.family or first), i=fold(first)[:1])
        return EM(f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}")


PEOPLE: dict[str, list[Person]] = {
    pool: [Person(pool, i, ln.strip()) for i, ln in enumerate(src.strip().splitlines())]
    for pool, src in PEOPLE_SRC.items()
}


# --------------------------------------------------------------------------------------------
# home addresses: (country, script, text). [..] is a LOCATION span, {..} the town (also LOCATION).
# Real small places; the street numbers and postcodes that go with them were made up or typed
# from memory of each country's layout.
# --------------------------------------------------------------------------------------------

ADDR_SRC = [
    ("ph", "lat", "[Purok 4], [Brgy. Poblacion]\n{Maribojoc}, [Bohol] [6336]"),
    ("ph", "lat", "[Blk 12 Lot 5 Sampaguita St.], [Brgy. Tan-awan]\n{Oslob}, [Cebu] [6025]"),
    ("ph", "lat", "[Zone 3], [Brgy. Candaygon]\n{San Juan}, [Siquijor] [6227]"),
    ("ph", "lat", "[27 Mabini St.], [Brgy. San Roque]\n{Liloan}, [Southern Leyte] [6612]"),
    ("ph", "lat", "[Sitio Bagong Silang], [Brgy. Talisay]\n{Calatagan}, [Batangas] [4215]"),
    ("in", "lat", "[H. No. 214, Vaddy]\n{Aldona}, [Bardez]\n[Goa] [403508]"),
    ("in", "lat", "[Puthenpurayil House, Ward 7]\n{Kumarakom}, [Kottayam]\n[Kerala] [686563]"),
    ("in", "lat", "[No. 12, South Car Street]\n{Tiruchendur}, [Thoothukudi District]\n[Tamil Nadu] [628215]"),
    ("in", "lat", "[Flat 203], [Sai Kripa Apartments], [Gimhavane]\n{Dapoli}, [Ratnagiri]\n[Maharashtra] [415712]"),
    ("in", "hi", "[मकान नं. 45, वार्ड 9]\n{लोहाघाट}, [ज़िला चंपावत]\n[उत्तराखंड] [262524]"),
    ("in", "hi", "[मकान नं. 12, सिविल लाइंस]\n{लैंसडाउन}, [ज़िला पौड़ी गढ़वाल]\n[उत्तराखंड] [246155]"),
    ("ua", "lat", "[41 Dunaiska St], [apt 3]\n{Vylkove}, [Odesa Oblast] [68355]"),
    ("ua", "cyr", "[вул. Приморська, 9], [кв. 44]\nм. {Південне}, [Одеська обл.], [65481]"),
    ("ua", "cyr", "[вул. Соборна, 17]\nсмт {Затока}, [Білгород-Дністровський р-н], [Одеська обл.], [67772]"),
    ("ru", "cyr", "[682860], [Хабаровский край], [Ванинский р-н], р.п. {Ванино}, [ул. Железнодорожная, д. 7], [кв. 12]"),
    ("ru", "lat", "[ul. Naberezhnaya, 3], [kv. 8]\n{Sovetskaya Gavan}, [Khabarovsk Krai] [682800]"),
    ("hr", "lat", "[Obala kralja Tomislava 14]\n[23272] {Kali}"),
    ("hr", "lat", "[Put Bilog Brijega 3]\n[21430] {Grohote}"),
    ("me", "lat", "[Donji Stoliv 12]\n[85330] {Kotor}"),
    ("pl", "lat", "[ul. Morska 14/3]\n[84-150] {Hel}"),
    ("pl", "lat", "[ul. Dworcowa 7], [m. 2]\n[84-100] {Puck}"),
    ("ro", "lat", "[Str. Portului nr. 12]\n[825400] {Sulina}, [jud. Tulcea]"),
    ("ro", "lat", "[Str. Mihai Viteazu nr. 8], [bl. C2], [ap. 14]\n[905500] {Mangalia}, [jud. Constanța]"),
    ("bg", "cyr", "[ул. „Черно море“ 22]\n[9600] {Балчик}"),
    ("bg", "cyr", "[ул. „Приморска“ 8], [ап. 5]\n[8130] {Созопол}"),
    ("gr", "el", "[Αγίου Νικολάου 5]\n[821 02] {Καρδάμυλα}, [Χίος]"),
    ("gr", "el", "[Βασιλέως Παύλου 11]\n[821 01] {Οινούσσες}, [Χίος]"),
    ("tr", "lat", "[Liman Mah. Deniz Cad. No: 17] [D: 3]\n[61940] {Sürmene}/[Trabzon]"),
    ("tr", "lat", "[Cumhuriyet Mah. Yalı Sok. No: 4]\n[17680] {Bozcaada}/[Çanakkale]"),
    ("de", "lat", "[Sandwall 14]\n[25938] {Wyk auf Föhr}"),
    ("de", "lat", "[Am Hafen 3]\n[26427] {Neuharlingersiel}"),
    ("nl", "lat", "[Wijk 3-41]\n[8321 EA] {Urk}"),
    ("nl", "lat", "[Noorderhaven 22]\n[8861 AL] {Harlingen}"),
    ("no", "lat", "[Storgata 14]\n[8310] {Kabelvåg}"),
    ("no", "lat", "[Nordsjøveien 6]\n[4056] {Tananger}"),
    ("no", "lat", "[Hamnegata 3], [H0201]\n[6900] {Florø}"),
    ("se", "lat", "[Hamngatan 5]\n[452 30] {Strömstad}"),
    ("se", "lat", "[Storgatan 21], [lgh 1102]\n[982 31] {Gällivare}"),
    ("dk", "lat", "[Havnegade 12], [1. th.]\n[5960] {Marstal}"),
    ("dk", "lat", "[Strandvejen 41]\n[6960] {Hvide Sande}"),
    ("fi", "lat", "[Kauppakatu 11] [as. 4]\n[23500] {Uusikaupunki}"),
    ("fi", "lat", "[Satamakatu 4] [A 2]\n[21100] {Naantali}"),
    ("gb", "lat", "[4 Marine Terrace]\n{Scalloway}\n[Shetland]\n[ZE1 0UT]"),
    ("gb", "lat", "[Croft 12]\n{North Tolsta}\n[Isle of Lewis]\n[HS2 0NW]"),
    ("gb", "lat", "[7 Allardice Street]\n{Stonehaven}\n[AB39 2BU]"),
    ("gb", "lat", "[31 King Street]\n{Brixham}\n[Devon]\n[TQ5 9TH]"),
    ("gb", "lat", "[Flat 2], [18 Bridge Street]\n{Ellon}\n[Aberdeenshire]\n[AB41 9AA]"),
    ("ie", "lat", "[Church Road]\n{Killybegs}\n[Co. Donegal]\n[F94 X2Y7]"),
    ("ie", "lat", "[3 The Square]\n{Castletownbere}\n[Co. Cork]\n[P75 H2K8]"),
    ("fr", "lat", "[12 rue du Port]\n[29730] {Le Guilvinec}"),
    ("fr", "lat", "[4 impasse des Goélands]\n[56340] {Carnac}"),
    ("es", "lat", "[Rúa do Mar, 23], [2º B]\n[36940] {Cangas}\n[Pontevedra]"),
    ("es", "lat", "[Arrantzale kalea 7], [3º izq.]\n[48370] {Bermeo}\n[Bizkaia]"),
    ("pt", "lat", "[Rua dos Pescadores, 18]\n[2450-233] {Nazaré}"),
    ("it", "lat", "[Via Cristoforo Colombo 31]\n[80062] {Meta} ([NA])"),
    ("it", "lat", "[Via della Repubblica 44]\n[16032] {Camogli} ([GE])"),
    ("it", "lat", "[Via Marina Grande 3]\n[80079] {Procida} ([NA])"),
    ("br", "lat", "[Rua das Gaivotas, 215], [apto 302]\n[Praia dos Anjos]\n{Arraial do Cabo} - [RJ]\n[28930-000]"),
    ("br", "lat", "[Rua Coronel Gomes, 88]\n[Centro]\n{São João da Barra} - [RJ]\n[28200-000]"),
    ("br", "lat", "[Rua Barão de Vila Franca, 47]\n[Centro]\n{Quissamã} - [RJ]\n[28735-000]"),
    ("ng", "lat", "[Plot 14, Hospital Road]\n{Bonny Island}\n[Bonny LGA], [Rivers State]"),
    ("ng", "lat", "[12 Church Street]\n{Opobo Town}\n[Rivers State]"),
    ("gh", "lat", "[H/No. EL 45/2]\n{Elmina}\n[Central Region]"),
    ("ke", "lat", "[P.O. Box 213-80109]\n{Mtwapa}\n[Kilifi County]"),
    ("za", "lat", "[12 Kus Street]\n{Paternoster}\n[7381]"),
    ("id", "lat", ("[Jl. Pelabuhan No. 12, RT 03/RW 05]\nKel. {Tanjung Uban Kota}, Kec. [Bintan Utara]\n"
                   "Kab. [Bintan], [Kepulauan Riau] [29152]")),
    ("id", "lat", "[Dusun Krajan RT 02/RW 01]\nDesa {Paciran}, Kec. [Paciran]\nKab. [Lamongan], [Jawa Timur] [62264]"),
    ("vn", "lat", "[Xóm 5], xã {Quỳnh Lập}\nthị xã [Hoàng Mai], [Nghệ An]"),
    ("vn", "lat", "[Số 24 đường Lê Lợi]\nthị trấn {Cát Bà}, huyện [Cát Hải]\n[Hải Phòng]"),
    ("cn", "zh", "[浙江省][舟山市][岱山县]{高亭镇}[海丰路18号]，邮编[316200]"),
    ("cn", "zh", "[福建省][泉州市][石狮市]{祥芝镇}[渔港路56号]"),
    ("jp", "ja", "〒[761-4301] [香川県][小豆郡]{小豆島町}[池田2135-3]"),
    ("jp", "ja", "〒[722-2323] [広島県]{尾道市}[因島土生町1890-4]"),
    ("kr", "ko", "[경상남도] [남해군] {남해읍} [화전로 78] ([52427])"),
    ("kr", "ko", "[전라남도] [완도군] {완도읍} [장보고대로 12] ([59118])"),
    ("kr", "lat", "[32 Yeonmyeong-gil], [Sanyang-eup], {Tongyeong-si}, [Gyeongsangnam-do] [53036]"),
    ("th", "th", "[99/12 หมู่ 4] ต.[บ่อผุด] อ.{เกาะสมุย} จ.[สุราษฎร์ธานี] [84320]"),
    ("th", "th", "[45/7 หมู่ 2] ต.[ป่าตอง] อ.{กะทู้} จ.[ภูเก็ต] [83150]"),
    ("il", "he", "[רחוב הגפן 7], [דירה 3]\n{עתלית} [3035000]"),
    ("ae", "ar", "[فيلا 23، شارع 14]\n{الرمس}، [رأس الخيمة]"),
    ("ae", "ar", "[فيلا 8، شارع 21]\n{دبا الفجيرة}، [الفجيرة]"),
    ("us", "lat", "[412 Lake Street]\n{Homer}, [AK] [99603]"),
    ("us", "lat", "[118 Front Street]\n{Morgan City}, [LA] [70380]"),
    ("ca", "lat", "[27 Water Street]\n{Twillingate}, [NL] [A0G 4M0]"),
    ("au", "lat", "[14 Robinson Street]\n{Broome} [WA] [6725]"),
    ("au", "lat", "[6 Kennedy Street]\n{Exmouth} [WA] [6707]"),
    ("nz", "lat", "[23 Gore Street]\n{Bluff} [9814]"),
    ("ge", "lat", "[12 Rustaveli Street]\n{Kobuleti} [6200]"),
    ("ki", "lat", "[Bikenibeu Village]\n{South Tarawa}"),
    ("fj", "lat", "[Beach Street]\n{Levuka}, [Ovalau]"),
    ("hn", "lat", "[Barrio El Centro], {French Harbour}\n[Roatán], [Islas de la Bahía]"),
    ("jm", "lat", "[14 High Street]\n{Black River}\n[St. Elizabeth]"),
    ("lk", "lat", "[No. 45, Galle Road]\n{Beruwala} [12070]"),
    ("lv", "lat", "[Rīgas iela 17-4]\n{Salacgrīva}, [Limbažu nov.], [LV-4033]"),
    ("ee", "lat", "[Sadama 5]\n{Kärdla}, [Hiiumaa] [92411]"),
    ("mx", "lat", "[Calle Aldama 45], [Col. Centro]\n{Isla Mujeres}, [Q. Roo], C.P. [77400]"),
    ("cl", "lat", "[Pasaje Los Aromos 318]\n{Quellón}, [Región de Los Lagos]"),
    ("cz", "lat", "[Husova 214]\n[384 73] {Stachy}"),
    ("hu", "lat", "{Balatonboglár}\n[Kossuth Lajos utca 19.]\n[8630]"),
    ("cy", "lat", "[Makariou III Avenue 54], [Flat 12]\n[4607] {Pissouri}, [Limassol]"),
]


class Address:
    def __init__(self, idx: int, cc: str, script: str, text: str) -> None:
        self.key = f"A:{idx}"
        self.cc = cc
        self.script = script
        tm = re.search(r"\{([^}]+)\}", text)
        assert tm, text
        self.town_raw = tm.group(1)
        marked = re.sub(r"[\[{]([^\]}]+)[\]}]", lambda mo: L(mo.group(1)), text)
        self.lines = marked.split("\n")

    @property
    def town(self) -> str:
        return L(self.town_raw)

    @property
    def block(self) -> str:
        return "\n".join(self.lines)

    def one(self, sep: str = ", ") -> str:
        return sep.join(self.lines)


ADDRS = [Address(i, cc, sc, tx) for i, (cc, sc, tx) in enumerate(ADDR_SRC)]


# --------------------------------------------------------------------------------------------
# phones, national format, no country code
# --------------------------------------------------------------------------------------------

PHONES = {
    "ph": ["0917 845 2231", "0928-316-7740", "0998 412 6053", "(032) 412 8890", "09195527731", "0906 771 3842",
           "0939 205 6618", "0915-482-0937"],
    "in": ["94471 26835", "098224 70319", "(0832) 226 4519", "99610 48273", "082184 42207", "70451 88326",
           "096330 17452"],
    "ua": ["067 314 22 85", "(048) 782 11 40", "095 601 73 48", "063 918 40 27"],
    "ru": ["8 (914) 372-18-56", "8 924 115 03 97", "8 (42137) 5-18-44"],
    "pl": ["512 784 309", "601 238 447", "(58) 675 04 12"],
    "ro": ["0744 318 927", "0240 543 118", "0723 406 551"],
    "hr": ["091 762 3418", "098 214 557", "(023) 281 044"],
    "bg": ["0887 413 226", "0579 7 23 18"],
    "gr": ["694 512 7738", "22710 41234", "697 203 1185"],
    "tr": ["0532 418 77 09", "(0462) 746 12 30", "0545 903 21 66"],
    "de": ["0151 28437716", "04681 5839", "0172 9044185", "0160 93318274", "0176 4402 1958", "04971 917 33"],
    "nl": ["06 41827360", "0527 683 214", "06-29174405", "06 5730 1184", "0517 43 29 06"],
    "no": ["412 68 903", "906 14 255", "76 07 44 18"],
    "se": ["070-318 42 77", "0526-104 88"],
    "dk": ["21 47 83 06", "62 53 11 90"],
    "fi": ["040 738 2146", "050 442 1907"],
    "gb": ["07781 442906", "01595 880312", "07493 118276", "01569 762 418", "07824 330 519", "07912 604 338",
           "01851 820 417", "07588 213 940", "01803 852 266", "07456 771 093", "01358 720 591"],
    "ie": ["087 214 6638", "074 973 1150", "086 402 7719", "085 733 0914", "027 70 418"],
    "fr": ["06 72 18 44 09", "02 98 58 13 27", "07 81 44 20 36", "06 19 83 57 02", "02 97 52 40 11"],
    "es": ["667 21 48 93", "986 30 12 77", "622 418 093", "694 33 07 15", "946 88 21 40"],
    "pt": ["912 447 805", "262 551 408"],
    "it": ["333 218 4470", "081 878 3319", "347 902 1158"],
    "br": ["(22) 99814-3302", "(21) 97255-1408", "(22) 2622-1947"],
    "ng": ["0803 418 2276", "0706 551 3908", "0812 330 4417"],
    "gh": ["024 417 8832"],
    "ke": ["0722 418 905", "0733 204 418", "0711 583 260"],
    "za": ["082 417 3306", "022 752 1184"],
    "id": ["0812-7734-1902", "0813 6620 4157", "0852 4418 2730"],
    "vn": ["0912 384 771", "098 617 2245"],
    "cn": ["138 5804 2296", "0580-4472113", "159 0595 3318"],
    "jp": ["090-4418-2271", "0879-82-1145", "080-3391-7720"],
    "kr": ["010-4827-3319", "055-863-2214", "010 9921 4406", "010-7730-1846", "010 5182 0394"],
    "th": ["081 447 2913", "089-624-1187", "086 330 5172"],
    "il": ["052-418-3377", "04-984-2216"],
    "ae": ["050 418 2297", "055 730 1846"],
    "us": ["(907) 235-4418", "(985) 384-2270", "907-299-4183", "(808) 329-4471", "(337) 893-5106"],
    "ca": ["(709) 884-2193"],
    "au": ["0417 382 904", "(08) 9192 4410", "0428 915 377"],
    "nz": ["021 448 3107", "027 559 2041"],
    "lk": ["077 418 3392", "071 842 3356", "034 227 6618"],
    "bd": ["01712-448391"],
    "pk": ["0300 4418827"],
    "mm": ["09 4500 18832"],
    "ge": ["599 41 82 27"],
    "me": ["067 418 229"],
    "lv": ["26 418 337"],
    "lt": ["8 612 48837"],
    "ee": ["5341 8827"],
    "jm": ["(876) 965-2241", "(876) 634-7718"],
    "hn": ["9845-2213", "3318-4407"],
    "fj": ["927 4418"],
    "ki": ["7301 2245"],
    "mx": ["998 418 2273"],
    "pe": ["987 441 826"],
    "cl": ["9 8441 2736"],
    "co": ["310 448 2917"],
    "cz": ["603 418 227"],
    "hu": ["06 30 418 2275"],
    "rs": ["064 418 2293"],
    "mn": ["9911 4827"],
    "cy": ["99 418227"],
    "ma": ["06 61 44 18 27"],
    "sg": ["9418 2273"],
    "my": ["012-418 2736"],
    "hk": ["9418 2736"],
    "tw": ["0912 418 273"],
    "sa": ["055 418 2271"],
    "eg": ["010 1841 8273"],
    "tn": ["98 418 227"],
    "jo": ["079 418 2273"],
    "lb": ["03 418 227"],
    "az": ["050 418 22 73"],
    "np": ["984-1418227"],
    "al": ["069 418 2273"],
    "ve": ["0414-418-2273"],
    "to": ["771 4182"],
    "ws": ["72 41827"],
    "fo": ["21 82 73"],
    "is": ["841 8273"],
    "gl": ["52 41 82"],
}

# the country a pool's people usually have a phone in
POOL_CC = {
    "ph": "ph", "in": "in", "ua": "ua", "ru": "ru", "pl": "pl", "ro": "ro", "hr": "hr", "bg": "bg",
    "el": "gr", "tr": "tr", "de": "de", "nl": "nl", "no": "no", "sv": "se", "da": "dk", "fi": "fi",
    "en": "gb", "fr": "fr", "es": "es", "pt": "br", "it": "it", "id": "id", "vi": "vn", "zh": "cn",
    "ja": "jp", "ko": "kr", "th": "th", "ar": "ae", "he": "il", "af": "ng", "pac": "fj", "bal": "lv",
    "hu": "hu", "mm": "mm",
}

TAG_CC = [
    ("Kiribati", "ki"), ("Fijian", "fj"), ("Tongan", "to"), ("Samoan", "ws"), ("Sinhala", "lk"),
    ("Bangladeshi", "bd"), ("Pakistani", "pk"), ("Georgian", "ge"), ("Azerbaijani", "az"), ("Sherpa", "np"),
    ("Albanian", "al"), ("Venezuelan", "ve"), ("Latvian", "lv"), ("Lithuanian", "lt"), ("Estonian", "ee"),
    ("Czech", "cz"), ("Mongolian", "mn"), ("Igbo", "ng"), ("Ijaw", "ng"), ("Ibani", "ng"), ("Yoruba", "ng"),
    ("Efik", "ng"), ("Hausa", "ng"), ("Fante", "gh"), ("Ashanti", "gh"), ("Luo", "ke"), ("Kikuyu", "ke"),
    ("Swahili", "ke"), ("Zulu", "za"), ("Afrikaans", "za"), ("Swazi", "za"), ("South African", "za"),
    ("Hawaiian", "us"), ("Chicana", "us"), ("African American", "us"), ("US Polish", "us"), ("Diné", "us"),
    ("Cajun", "us"), ("Australian", "au"), ("Māori", "nz"), ("Québécois", "ca"), ("Newfoundlander", "ca"),
    ("Jamaican", "jm"), ("Irish", "ie"), ("Quechua", "pe"), ("Mexican", "mx"), ("Chilean", "cl"),
    ("Colombian", "co"), ("Honduran", "hn"), ("Portuguese", "pt"), ("Cape Verdean", "pt"), ("Emirati", "ae"),
    ("Saudi", "sa"), ("Lebanese", "lb"), ("Tunisian", "tn"), ("Egyptian", "eg"), ("Jordanian", "jo"),
    ("Amazigh", "ma"), ("Faroese", "fo"), ("Icelandic", "is"), ("Greenlandic", "gl"), ("Montenegrin", "me"),
    ("Serbian", "rs"), ("Hong Kong", "hk"), ("Taiwanese", "tw"), ("Malay", "my"), ("Greek Cypriot", "cy"),
]


def person_cc(p: Person) -> str:
    for needle, cc in TAG_CC:
        if needle in p.tag:
            return cc
    return POOL_CC[p.pool]


# --------------------------------------------------------------------------------------------
# dates of birth (year, month, day), typed by hand; each row writes them in its writer's style
# --------------------------------------------------------------------------------------------

DOBS = [
    (1988, 3, 14), (1979, 11, 3), (1991, 6, 27), (1984, 1, 9), (1996, 8, 30), (1972, 4, 18),
    (1986, 12, 5), (1993, 2, 21), (1981, 7, 11), (1990, 10, 2), (1977, 5, 26), (1999, 9, 14),
    (1983, 8, 8), (1969, 12, 31), (1995, 4, 4), (1987, 11, 19), (1975, 2, 7), (1992, 1, 23),
    (1985, 9, 16), (1998, 3, 1), (1980, 6, 12), (1966, 10, 29), (1994, 12, 17), (1989, 7, 3),
    (1973, 3, 22), (1997, 5, 11), (1982, 2, 28), (1978, 8, 19), (2001, 11, 6), (1970, 1, 15),
    (1990, 4, 25), (1986, 6, 2), (1962, 9, 9), (1993, 10, 13), (1984, 7, 20), (1976, 12, 24),
    (2000, 2, 10), (1988, 9, 29), (1981, 3, 30), (1995, 11, 8), (1974, 6, 6), (1991, 8, 15),
    (1985, 5, 3), (1971, 9, 21), (1997, 1, 27), (1983, 10, 10), (1968, 4, 1), (1990, 12, 12),
    (1979, 7, 7), (1994, 3, 19), (1987, 2, 4), (1976, 8, 28), (2002, 6, 18), (1989, 11, 30),
    (1980, 1, 2), (1992, 9, 5), (1973, 11, 16), (1998, 7, 24), (1984, 10, 31), (1965, 3, 8),
    (1996, 2, 13), (1982, 12, 20), (1977, 9, 1), (1993, 6, 9), (1986, 3, 26), (1970, 8, 14),
]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "en3": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "vi": "1 2 3 4 5 6 7 8 9 10 11 12",
}


def fmt_date(t: tuple, style: str) -> str:
    y, mo, d = t
    names = MONTHS.get(style.split(":")[-1], MONTHS["en"]).split()
    fixed = {
        "dmy/": f"{d:02d}/{mo:02d}/{y}", "dmy.": f"{d:02d}.{mo:02d}.{y}", "iso": f"{y}-{mo:02d}-{d:02d}",
        "mdy/": f"{mo:02d}/{d:02d}/{y}", "dmy-": f"{d:02d}-{mo:02d}-{y}", "ymd.": f"{y}.{mo:02d}.{d:02d}",
        "d.m.y": f"{d}.{mo}.{y}", "apis": f"{d:02d}{MONTHS['en3'].split()[mo - 1].upper()}{str(y)[2:]}",
        "DD-MON-YYYY": f"{d:02d}-{MONTHS['en3'].split()[mo - 1].upper()}-{y}",
        "ymd": f"{y}{mo:02d}{d:02d}", "cjk": f"{y}年{mo}月{d}日", "ko": f"{y}년 {mo}월 {d}일",
        "hr": f"{d}. {mo}. {y}.", "he": f"{d}.{mo}.{y}", "th": f"{d} {names[mo - 1]} {y + 543}",
        "dmy/short": f"{d}/{mo}/{str(y)[2:]}",
    }
    if style in fixed:
        return fixed[style]
    kind = style.partition(":")[0]
    if kind == "d_month_y":
        return f"{d} {names[mo - 1]} {y}"
    if kind == "d._month_y":
        return f"{d}. {names[mo - 1]} {y}"
    if kind == "d_de_month_de_y":
        return f"{d} de {names[mo - 1]} de {y}"
    if kind == "month_d_y":
        return f"{names[mo - 1]} {d}, {y}"
    if kind == "d_mon_y":
        return f"{d} {MONTHS['en3'].split()[mo - 1]} {y}"
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# ID numbers: (kind, value, sex or "", dob or None, owner key or ""), typed by hand;
# check digits were computed once in a scratch session
# --------------------------------------------------------------------------------------------

ID_SRC = [
    ("pesel", "86041703856", "M", (1986, 4, 17), ""),
    ("pesel", "91090304620", "F", (1991, 9, 3), ""),
    ("pesel", "78122111843", "F", (1978, 12, 21), ""),
    ("pesel", "90021405173", "M", (1990, 2, 14), ""),
    ("pesel", "83073008265", "F", (1983, 7, 30), ""),
    ("personnummer", "830211-4718", "M", (1983, 2, 11), ""),
    ("personnummer", "930708-2488", "F", (1993, 7, 8), ""),
    ("fnr", "24067941191", "M", (1979, 6, 24), ""),
    ("fnr", "02128841086", "F", (1988, 12, 2), ""),
    ("cpr", "150881-4107", "M", (1981, 8, 15), ""),
    ("hetu", "170590-2487", "F", (1990, 5, 17), ""),
    ("hetu", "301176-357B", "M", (1976, 11, 30), ""),
    ("cnp", "1840312360419", "M", (1984, 3, 12), ""),
    ("cnp", "2920729131189", "F", (1992, 7, 29), ""),
    ("egn", "8010052644", "M", (1980, 10, 5), ""),
    ("oib", "47218365903", "", None, ""),
    ("oib", "19384756209", "", None, ""),
    ("oib", "60273148597", "", None, ""),
    ("oib", "81509347262", "", None, ""),
    ("tckn", "41827365972", "", None, ""),
    ("tckn", "29046718366", "", None, ""),
    ("cpf", "418.273.659-19", "", None, ""),
    ("cpf", "207.554.318-63", "", None, ""),
    ("bsn", "182736453", "", None, ""),
    ("bsn", "407183231", "", None, ""),
    ("bsn", "293618471", "", None, ""),
    ("dni", "48273619T", "", None, ""),
    ("dni", "36102487P", "", None, ""),
    ("nie", "X4827361Y", "", None, ""),
    ("nie", "Y1827364M", "", None, ""),
    ("cf", "SPSSVT87A23F839O", "M", (1987, 1, 23), "P:it:0"),
    ("cf", "PTTDVD83E09D969Z", "M", (1983, 5, 9), "P:it:4"),
    ("cf", "SCHMTN90R54D969I", "F", (1990, 10, 14), "P:it:5"),
    ("nir", "1 85 06 29 019 087 67", "M", (1985, 6, 11), ""),
    ("nir", "2 91 03 56 034 112 23", "F", (1991, 3, 27), ""),
    ("nino", "JT 41 82 27 C", "", None, ""),
    ("nino", "NW 73 15 48 A", "", None, ""),
    ("nhs", "485 217 3362", "", None, ""),
    ("nhs", "702 418 8391", "", None, ""),
    ("nhs", "612 448 2053", "", None, ""),
    ("ssn", "574-31-8827", "", None, ""),
    ("ssn", "436-82-1175", "", None, ""),
    ("tz", "318274651", "", None, ""),
    ("tz", "204739189", "", None, ""),
    ("cn", "330921199103123176", "M", (1991, 3, 12), ""),
    ("cn", "350581199008172488", "F", (1990, 8, 17), ""),
    ("rrn", "850614-1048279", "M", (1985, 6, 14), ""),
    ("rrn", "920305-2077145", "F", (1992, 3, 5), ""),
    ("za", "8203155123088", "M", (1982, 3, 15), ""),
    ("amka", "17038404178", "", (1984, 3, 17), ""),
    ("isikukood", "37809142723", "M", (1978, 9, 14), ""),
    ("asmens", "48602251190", "F", (1986, 2, 25), ""),
    ("personas", "070482-14000", "", (1982, 4, 7), ""),
    ("aadhaar", "4827 3615 9026", "", None, ""),
    ("aadhaar", "6318 2047 5512", "", None, ""),
    ("nik", "2101041702880003", "M", (1988, 2, 17), ""),
    ("nik", "3524066105930002", "F", (1993, 5, 21), ""),
    ("cccd", "040087004173", "M", (1987, 4, 30), ""),
    ("cccd", "040191002268", "F", (1991, 12, 8), ""),
    ("rnokpp", "3045404174", "M", (1983, 5, 19), ""),
    ("rnokpp", "3317821846", "F", (1990, 11, 2), ""),
    ("rnokpp", "2887930534", "M", (1979, 1, 25), ""),
    ("rnokpp", "3443407284", "F", (1994, 4, 11), ""),
    ("nif", "241827361", "", None, ""),
    ("nif", "218473052", "", None, ""),
    ("steuerid", "57421839566", "", None, ""),
    ("rut", "12.418.273-5", "", None, ""),
    ("rut", "15.882.047-1", "", None, ""),
    # documents with no check digit: passports, seaman's books, licences
    ("pass_ph", "P4827731A", "", None, ""),
    ("pass_ph", "P1940382B", "", None, ""),
    ("pass_ph", "P6608214C", "", None, ""),
    ("pass_ph", "P3317902A", "", None, ""),
    ("pass_ph", "P7725184B", "", None, ""),
    ("pass_ph", "P0953361A", "", None, ""),
    ("pass_ph", "P5148870C", "", None, ""),
    ("pass_ph", "P2869043B", "", None, ""),
    ("pass_ph", "P8401276A", "", None, ""),
    ("pass_ph", "P4473518C", "", None, ""),
    ("pass_ph", "P6092735A", "", None, ""),
    ("pass_ph", "P1587249B", "", None, ""),
    ("pass_ph", "P9310864A", "", None, ""),
    ("pass_ph", "P2745196C", "", None, ""),
    ("pass_ph", "P5526083A", "", None, ""),
    ("pass_ph", "P7168342B", "", None, ""),
    ("pass_in", "Z4418273", "", None, ""),
    ("pass_in", "V2093817", "", None, ""),
    ("pass_in", "T7730512", "", None, ""),
    ("pass_in", "W1845906", "", None, ""),
    ("pass_in", "U6328174", "", None, ""),
    ("pass_in", "Z0917453", "", None, ""),
    ("pass_in", "S5582031", "", None, ""),
    ("pass_in", "R3046728", "", None, ""),
    ("pass_ua", "FT418273", "", None, ""),
    ("pass_ua", "FX205571", "", None, ""),
    ("pass_ua", "GA731946", "", None, ""),
    ("pass_ru", "75 4418273", "", None, ""),
    ("pass_ru", "76 1093385", "", None, ""),
    ("pass_gb", "541827366", "", None, ""),
    ("pass_gb", "120394857", "", None, ""),
    ("pass_gb", "568210743", "", None, ""),
    ("pass_gb", "133870592", "", None, ""),
    ("pass_gb", "547719028", "", None, ""),
    ("pass_gb", "509264381", "", None, ""),
    ("pass_gb", "126045739", "", None, ""),
    ("pass_id", "C4827361", "", None, ""),
    ("pass_kr", "M41827365", "", None, ""),
    ("pass_kr", "M72048813", "", None, ""),
    ("pass_kr", "M20937716", "", None, ""),
    ("pass_kr", "M85511029", "", None, ""),
    ("pass_kr", "M63380472", "", None, ""),
    ("pass_ng", "B04418273", "", None, ""),
    ("pass_mm", "MH418273", "", None, ""),
    ("pass_mm", "MG730516", "", None, ""),
    ("pass_mn", "E1827364", "", None, ""),
    ("pass_mn", "E3094518", "", None, ""),
    ("pass_lk", "N8827364", "", None, ""),
    ("pass_lk", "N5510293", "", None, ""),
    ("pass_tr", "U18273645", "", None, ""),
    ("pass_il", "38827416", "", None, ""),
    ("sirb", "C0418273", "", None, ""),
    ("sirb", "B1928374", "", None, ""),
    ("sirb", "C2204518", "", None, ""),
    ("sirb", "C0873306", "", None, ""),
    ("sirb", "B2615940", "", None, ""),
    ("sirb", "C1479821", "", None, ""),
    ("sirb", "D0038257", "", None, ""),
    ("sirb", "C3352019", "", None, ""),
    ("sirb", "B0746613", "", None, ""),
    ("sirb", "C2981145", "", None, ""),
    ("sirb", "C0690372", "", None, ""),
    ("sirb", "B3107786", "", None, ""),
    ("sirb", "C1824460", "", None, ""),
    ("sirb", "D0412958", "", None, ""),
    ("sirb", "C2536087", "", None, ""),
    ("sirb", "B1369524", "", None, ""),
    ("sirb", "C0957713", "", None, ""),
    ("sirb", "C3071849", "", None, ""),
    ("sirb", "B2240395", "", None, ""),
    ("sirb", "C1598602", "", None, ""),
    ("sirb", "D0183427", "", None, ""),
    ("sirb", "C2709364", "", None, ""),
    ("sirb", "B0582871", "", None, ""),
    ("sirb", "C3420156", "", None, ""),
    ("cdc", "MUM 224817", "", None, ""),
    ("cdc", "KOL 118273", "", None, ""),
    ("cdc", "CHN 306512", "", None, ""),
    ("cdc", "MUM 297340", "", None, ""),
    ("cdc", "MUM 183066", "", None, ""),
    ("cdc", "KOL 140928", "", None, ""),
    ("cdc", "CHN 271145", "", None, ""),
    ("cdc", "MUM 335918", "", None, ""),
    ("cdc", "MUM 208473", "", None, ""),
    ("cdc", "CHN 319604", "", None, ""),
    ("cdc", "KOL 126587", "", None, ""),
    ("cdc", "MUM 251709", "", None, ""),
    ("sbook_ua", "AB 418227", "", None, ""),
    ("sbook_ua", "AB 507731", "", None, ""),
    ("sbook_ua", "AB 382196", "", None, ""),
    ("sbook_ua", "AB 460058", "", None, ""),
    ("sbook_ua", "AB 521904", "", None, ""),
    ("sbook_ru", "МК 0418227", "", None, ""),
    ("sbook_ru", "МК 1307754", "", None, ""),
    ("sbook_hr", "00418273", "", None, ""),
    ("sbook_hr", "00390561", "", None, ""),
    ("sbook_hr", "00452718", "", None, ""),
    ("sbook_hr", "00377402", "", None, ""),
    ("sbook_id", "F 182736", "", None, ""),
    ("sbook_id", "F 204417", "", None, ""),
    ("sbook_id", "E 093521", "", None, ""),
    ("lic_uk", "UK.FCL.ATPL.0041827", "", None, ""),
    ("lic_ie", "IRL.FCL.ATPL.10482", "", None, ""),
    ("lic_de", "DE.FCL.CPL.A.73310", "", None, ""),
]


class IdRec:
    def __init__(self, idx: int, kind: str, value: str, sex: str, dob, owner: str) -> None:
        self.key = f"I:{idx}"
        self.kind, self.v, self.sex, self.dob, self.owner = kind, value, sex, dob, owner

    @property
    def m(self) -> str:
        if self.kind == "ssn":
            return SSN(self.v)
        return NID(self.v)


IDS = [IdRec(i, *row) for i, row in enumerate(ID_SRC)]

IBANS = {
    "es": ["ES06 2080 5018 1400 4182 7365", "ES70 2100 4417 7602 0041 8273"],
    "fr": ["FR76 3000 4008 2800 0418 2736 565", "FR76 1380 7001 0532 1214 1827 350"],
    "it": ["IT93 O030 6940 1001 0000 0418 273", "IT54 A050 3439 7700 0000 0024 182",
           "IT88 I030 6903 4961 0000 0073 391", "IT88 V020 0840 3000 0010 4182 736",
           "IT60 O053 8715 1000 0004 2418 273", "IT83 X010 3003 4000 0006 3391 827"],
    "pt": ["PT50 0035 0214 0004 1827 3653 5"],
    "no": ["NO80 1503 4182 733", "NO88 1506 2774 115", "NO66 3000 4182 703"],
    "pl": ["PL09 1020 1811 0000 0402 1827 3365", "PL31 1140 2004 4000 3302 4182 7365",
           "PL95 1050 1647 1000 0091 8273 6415", "PL87 1240 1268 1111 0010 4182 7360"],
    "ee": ["EE84 2200 2210 4182 7364"],
    "fi": ["FI11 4006 1000 4182 71", "FI41 5541 2800 4182 70"],
    "hr": ["HR90 2340 0093 2418 2736 4"],
    "nl": ["NL68 RABO 0314 8273 66", "NL65 INGB 0541 8273 67", "NL57 ABNA 0427 7318 01"],
    "de": ["DE80 2175 0000 0012 4182 73", "DE02 2005 0550 0041 8273 66"],
    "gb": ["GB81 BARC 2035 5441 8273 66"],
    "ie": ["IE68 AIBK 9327 1141 8273 65"],
    "gr": ["GR85 0110 1250 0000 0041 8273 650"],
    "bg": ["BG25 UNCR 7000 1524 1827 36"],
    "lv": ["LV12 HABA 0551 0418 2736 5"],
    "lt": ["LT49 7300 0104 1827 3650"],
    "dk": ["DK80 0040 0441 8273 65", "DK83 3000 4418 2733 19"],
    "se": ["SE97 6000 0000 0004 1827 3659"],
    "tr": ["TR67 0006 2000 1410 0006 2418 27"],
    "ua": ["UA74 3052 9900 0002 6007 2335 6600 1", "UA12 3223 1300 0002 6207 4182 7365 0"],
    "ae": ["AE33 0330 0004 1827 3650 188"],
    "il": ["IL39 0126 3400 0041 8273 650"],
    "ge": ["GE35 TB00 0000 0418 2736 55"],
    "cy": ["CY33 0050 0123 0000 0041 8273 6500"],
    "ro": ["RO94 BTRL 0450 1202 A418 2736", "RO83 INGB 0000 9999 0418 2736", "RO77 RNCB 0082 0441 8273 0001",
           "RO31 BRDE 1400 SV41 8273 6500"],
}
CARDS = ["4716 2839 0415 7723", "5168 4412 7730 2512", "4556730188243101"]
IPS = ["112.198.74.21", "178.150.33.207", "103.21.164.90", "86.142.77.19", "41.203.66.114", "95.67.118.42"]
MRNS = ["ARI 4418273", "MRN 20418273", "H0482731", "MRN: 7730-2418", "MRN 30577192", "RVI 7730418", "K8821047"]


# --------------------------------------------------------------------------------------------
# drawing: least used first, ties broken by the seeded RNG, never twice in one row
# --------------------------------------------------------------------------------------------

class Ctx:
    """One row's drawing context. `dobs` and `phones` are shared by the whole build, so a person
    drawn again in another row keeps the same date of birth and the same own phone."""

    def __init__(self, rng: random.Random, use: Counter, i: int, dobs: dict, phones: dict) -> None:
        self.rng, self.use, self.i = rng, use, i
        self.dobs, self.phones = dobs, phones
        self.seen: set[str] = set()

    def _draw(self, items: list, key=lambda x: x.key):
        cands = [x for x in items if key(x) not in self.seen]
        assert cands, "pool exhausted in one row"
        order = sorted(cands, key=lambda x: (self.use[key(x)], self.rng.random()))
        got = order[0]
        self.seen.add(key(got))
        self.use[key(got)] += 1
        return got

    def pick(self, variants: list):
        """PII-free templates (and some framings): the i-th hand-written variant."""
        return variants[self.i % len(variants)]

    def _people(self, pools: tuple, sex: str, cc: tuple, native: bool) -> list[Person]:
        return [x for pool in pools for x in PEOPLE[pool]
                if (not sex or x.sex == sex) and (not cc or person_cc(x) in cc) and (not native or x.ng)]

    def p(self, *pools: str, sex: str = "", cc: tuple = (), native: bool = False) -> Person:
        return self._draw(self._people(pools, sex, cc, native))

    def owner(self, key: str) -> Person:
        pool, idx = key.split(":")[1:]
        got = PEOPLE[pool][int(idx)]
        self.seen.add(got.key)
        self.use[got.key] += 1
        return got

    def a(self, *ccs: str, script: str = "lat") -> Address:
        items = [x for x in ADDRS if x.cc in ccs and (not script or x.script == script)]
        return self._draw(items)

    def ph(self, *ccs: str) -> str:
        items = [(cc, v) for cc in ccs for v in PHONES[cc]]
        got = self._draw(items, key=lambda x: f"T:{x[1]}")
        return PH(got[1])

    def pph(self, p: Person) -> str:
        """The person's own phone, in their country's national format (the same in every row)."""
        if p.key not in self.phones:
            self.phones[p.key] = raw(self.ph(person_cc(p)))
        else:
            self.seen.add(f"T:{self.phones[p.key]}")
        return PH(self.phones[p.key])

    def pdob(self, p: Person, style: str) -> str:
        """The person's date of birth (the same in every row), written in the row's style."""
        if p.key not in self.dobs:
            self.dobs[p.key] = self._draw(DOBS, key=lambda x: f"D:{x}")
        return DOB(fmt_date(self.dobs[p.key], style))

    def idr(self, kind: str) -> IdRec:
        return self._draw([x for x in IDS if x.kind == kind])

    def iban(self, cc: str) -> str:
        got = self._draw(IBANS[cc], key=lambda x: f"B:{x}")
        return IBAN(got)

    def card(self) -> str:
        return CARD(self._draw(CARDS, key=lambda x: f"C:{x}"))

    def ip(self) -> str:
        return IPA(self._draw(IPS, key=lambda x: f"N:{x}"))

    def mrn(self) -> str:
        return MRN(self._draw(MRNS, key=lambda x: f"M:{x}"))

    def idp(self, kind: str, pools: tuple, style: str = "", cc: tuple = ()) -> tuple[IdRec, Person, str]:
        """An ID with its holder: the owner, or a person of the ID's sex whose date of birth is not
        already fixed to another date. The holder's date of birth becomes the ID's."""
        r = self.idr(kind)
        if r.owner:
            p = self.owner(r.owner)
        else:
            items = self._people(pools, r.sex, cc, False)
            if r.dob:
                free = [x for x in items if self.dobs.get(x.key, r.dob) == r.dob]
                items = free or items
            p = self._draw(items)
        if r.dob:
            self.dobs.setdefault(p.key, r.dob)
        d = DOB(fmt_date(r.dob, style)) if (r.dob and style) else ""
        return r, p, d


# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------

TEMPLATES: list[tuple] = []


def tpl(cls: str, lang: str, n: int = 3, case: str = ""):
    def deco(fn):
        name = fn.__name__.removeprefix("t_").replace("_", "-")
        TEMPLATES.append((cls, name, lang, n, case, fn))
        return fn
    return deco


def nomp(p: Person) -> str:
    """French administrative order, NOM Prénom, one span."""
    return P(f"{p.family.upper()} {p.given}")


def handle(p: Person, pattern: str) -> str:
    """A login built from the person's name (labelled PERSON)."""
    first = p.given.split()[0]
    return P(pattern.format(g=fold(first), f=fold(p.family or first), i=fold(first)[:1]))


def col(marked: str, raw: str, width: int) -> str:
    """A fixed-width column holding a marked value whose plain text is `raw`."""
    return marked + " " * max(1, width - len(raw))


def raw(marked: str) -> str:
    return MARK.sub(lambda mo: mo.group(2), marked)


# ============================================================================================
# personal_airline: cabin and flight crew, crew control, rostering, licences
# ============================================================================================

@tpl("personal_airline", "en", n=3, case="lower")
def t_air_swap_whatsapp(c: Ctx) -> str:
    route, back = c.pick([("LGW-FNC", "belfast"), ("MAN-ALC", "2-day in dalaman"),
                          ("EDI-AMS", "inverness nightstop"), ("BRS-FUE", "geneva ski double")])
    a, b, d = c.p("en", "pl", "es"), c.p("en", "ro", "it"), c.p("en", "pt", "fr")
    return (
        "paste from our base whatsapp, can you make a table of who swapped what with who:\n"
        f"[05:41] {a.G}: anyone want my {route} on the 14th? ill take any earlies back\n"
        f"[05:43] {b.F}: ill have it if you take my {back} on the 18th 🙏\n"
        f"[05:44] {a.G}: deal. crew control need it in by 10 tho\n"
        f"[06:02] {d.G}: swapping my home standby sat for a day off sun, anyone? msg me {c.pph(d)}\n"
        f"[06:15] {b.G}: @{a.G} sent the swap request on the app, its under your staff no right?"
    )


@tpl("personal_airline", "en", n=3)
def t_air_lost_licence(c: Ctx) -> str:
    kind, cc, pool, auth, city = c.pick([
        ("lic_uk", "gb", "en", "the UK CAA licensing team", "Lisbon"),
        ("lic_ie", "ie", "en", "the IAA Personnel Licensing section", "Marrakech"),
        ("lic_de", "de", "de", "the LBA (Luftfahrt-Bundesamt)", "Palma"),
    ])
    p, a = c.p(pool, cc=(cc,)), c.a(cc)
    lic = c.idr(kind)
    return (
        f"Please turn these notes into a proper lost-licence report to send to {auth}:\n\n"
        f"Name: {p.F}\n"
        f"Licence number: {lic.m}\n"
        f"Date of birth: {c.pdob(p, 'dmy/')}\n"
        f"Address: {a.one()}\n"
        f"Mobile: {c.pph(p)}\n"
        f"Email: {p.mail(c.pick(['{g}.{f}', '{i}{f}', '{f}.{g}']), c.pick(['hotmail.co.uk', 'eircom.net', 'web.de']))}\n"
        f"Lost: crew bag taken from the crew hotel lobby in {city} on the night of 3 March, licence and "
        "medical cert were in the side pocket. Reported to local police (ref 231/24). I need a "
        "replacement before my line check on the 20th."
    )


@tpl("personal_airline", "en", n=3)
def t_air_apis_csv(c: Ctx) -> str:
    crew = [("CPT", "en", "pass_gb", "GBR"), ("FO", "in", "pass_in", "IND"),
            ("SCCM", "ph", "pass_ph", "PHL"), ("CC", c.pick(["tr", "ko", "af"]), "", "")]
    lines = []
    for pos, pool, kind, nat in crew:
        if pool == "tr":
            kind, nat = "pass_tr", "TUR"
        elif pool == "ko":
            kind, nat = "pass_kr", "KOR"
        elif pool == "af":
            kind, nat = "pass_ng", "NGA"
        p, doc = c.p(pool, cc={"en": ("gb",), "af": ("ng",)}.get(pool, ())), c.idr(kind)
        style = "dmy/" if pos == "SCCM" else "iso"
        lines.append(f"{pos},{P(p.family.upper())},{P(p.given.upper())},{c.pdob(p, style)},{nat},P,{doc.m},2031-05-18")
    return (
        "Our APIS upload keeps rejecting this crew file. Can you spot what's wrong with the rows?\n\n"
        "crew_pos,surname,given_names,dob,nationality,doc_type,doc_no,doc_expiry\n" + "\n".join(lines)
    )


@tpl("personal_airline", "en", n=3)
def t_air_fatigue(c: Ctx) -> str:
    flight, hotel = c.pick([("BRS-FUE-BRS", "Premier Inn"), ("MAN-TFS-MAN", "Holiday Inn Express"),
                            ("STN-KRK-STN", "Ibis Styles"), ("LTN-BUD-LTN", "Travelodge")])
    a, b, d = c.p("en", "de", "nl"), c.p("en", "fr", "pl"), c.p("en", "es")
    return (
        "Help me rewrite this fatigue report so it's factual and fits the FRMS form (250 words max):\n\n"
        f"\"Operated {flight} as FO with Capt {a.F}. Report 05:10 after three earlies in a row, had only 9h "
        f"at the hotel because the transport from the {hotel} was 40 min late. Capt {a.S} noticed I "
        f"missed two ATC calls on descent and took over the radio. SCCM {b.F} brought coffee and "
        f"checked on me twice. I'd like crew planning ({d.F}) to look at the roster pattern. "
        f"Contact me on {c.pph(d) if c.i == 3 else c.ph('gb')}.\""
    )


@tpl("personal_airline", "de", n=3, case="lower")
def t_air_tausch_de(c: Ctx) -> str:
    tour = c.pick(["FRA–JNB–FRA", "MUC–SFO–MUC", "FRA–BOG–FRA"])
    a, b = c.p("de"), c.p("de", "nl")
    return (
        "Kannst du das etwas formeller formulieren?\n\n"
        "Hallo Crew Control,\n\n"
        f"ich möchte meinen Umlauf am 22.11. ({tour}) mit {b.F} tauschen. {b.G} übernimmt "
        f"meinen Umlauf, ich dafür den Reservedienst von {b.G} am 25.11. Die Ruhezeiten nach ORO.FTL "
        f"sind bei uns beiden eingehalten. Bei Rückfragen bin ich unter {c.pph(a)} erreichbar.\n\n"
        f"Viele Grüße\n{a.F}\nPurser/in, Basis München"
    )


@tpl("personal_airline", "fr", n=3)
def t_air_rooming_fr(c: Ctx) -> str:
    hotel, vol = c.pick([("Novotel Dakar", "AF718"), ("Pullman Abidjan", "AF702"), ("Radisson Blu Cotonou", "AF528")])
    crew = [(c.p("fr"), "CDB – single, réveil 04h15"), (c.p("fr", "ar"), "OPL – single"),
            (c.p("fr"), "CCP – single"), (c.p("fr", "pt"), "PNC – single, arrivée tardive")]
    lines = "\n".join(f"- {nomp(p)} {note}" for p, note in crew)
    return (
        f"Peux-tu mettre cette liste de chambres au propre pour le {hotel} ?\n"
        f"Équipage {vol} du 12/04 – 2 nuits\n{lines}\n"
        f"Contact CCP : {c.pph(crew[2][0])}"
    )


@tpl("personal_airline", "es", n=3)
def t_air_incidente_es(c: Ctx) -> str:
    vuelo, fila = c.pick([("IB6845 MAD–EZE", "32"), ("UX41 MAD–JFK", "27"), ("IB3166 MAD–DSS", "14")])
    a, b, d, e = c.p("es"), c.p("es"), c.p("es", sex="M"), c.p("es")
    art = {"F": "La", "M": "El"}
    return (
        f"Redacta un informe formal de incidencia a partir de estas notas (vuelo {vuelo}):\n"
        f"- {art[a.sex]} TCP {a.F} atendió a un pasajero con dolor torácico en la fila {fila}, 02:40 UTC.\n"
        f"- {art[b.sex]} sobrecargo {b.F} avisó al comandante {d.F}; se pidió un médico a bordo.\n"
        "- Se usó el botiquín de emergencia; el DEA no fue necesario.\n"
        f"- Testigo: TCP {e.G}, tfno. {c.ph('es')}.\n"
        "Que quede claro que no se desvió el vuelo."
    )


@tpl("personal_airline", "ja", n=2)
def t_air_swap_ja(c: Ctx) -> str:
    route = c.pick(["羽田–シンガポール便", "成田–ホノルル便"])
    a, b, d = c.p("ja"), c.p("ja"), c.p("ja")
    return (
        "以下のメッセージを丁寧な敬語に直してください。\n\n"
        f"{b.NS}さん、お疲れさまです。{a.N}です。\n"
        f"来週14日の{route}、乗務交換をお願いできますか？\n"
        f"代わりに20日のスタンバイは私が入ります。スケジュール課の{d.NS}さんには了承済みです。\n"
        f"連絡先：{c.pph(a)}"
    )


@tpl("personal_airline", "ko", n=2)
def t_air_visa_ko(c: Ctx) -> str:
    p = c.p("ko")
    pas = c.idr("pass_kr")
    return (
        "다음 내용으로 주한 미국대사관에 제출할 승무원 C1/D 비자 신청 안내 메일을 써 주세요.\n\n"
        f"성명: {p.N} ({P((p.family + ' ' + p.given.replace('-', '')).upper())})\n"
        f"생년월일: {c.pdob(p, 'ko')}\n"
        f"여권번호: {pas.m}\n"
        f"연락처: {c.pph(p)}\n"
        f"주소: {c.a('kr', script='ko').one(' ')}\n"
        "소속: 객실승무원, 인천 베이스"
    )


@tpl("personal_airline", "he", n=2)
def t_air_sick_he(c: Ctx) -> str:
    p = c.p("he", sex=c.pick(["F", "M"]))
    role = "דיילת" if p.sex == "F" else "דייל"
    doc = c.p("he")
    tz = c.idr("tz")
    return (
        "תנסח לי בבקשה מייל קצר ומנומס למחלקת שיבוץ צוותים:\n\n"
        f"שלום, אני {p.N}, {role}, ת.ז. {tz.m}. קיבלתי אישור מחלה מה-3.2 עד ה-6.2 "
        "ולא אוכל לטוס בטיסה לניו יורק. "
        f"האישור מד\"ר {doc.NS} מהקופה. אפשר לחזור אליי בטלפון {c.pph(p)}."
    )


@tpl("personal_airline", "en", n=3, case="upper")
def t_air_sita_caps(c: Ctx) -> str:
    flt, addr = c.pick([("BA2159 14MAR LGW/TAB", "LGWOPBA"), ("VS127 02APR MAN/MCO", "MANOPVS"),
                        ("LS1531 19MAY LBA/ALC", "LBAOPLS")])
    rows = []
    for n, (pool, kind, nat, role) in enumerate([("en", "pass_gb", "GBR", "CPT"), ("en", "pass_gb", "GBR", "FO"),
                                                  ("ph", "pass_ph", "PHL", "CC DHC")], 1):
        p = c.p(pool, cc=("gb",) if pool == "en" else ())
        doc = c.idr(kind) if pool != "en" or n == 1 else None
        pp = f" PP {doc.m} {nat}" if doc else f" {nat}"
        rows.append(f"{n}. {P(p.family.upper())}/{P(p.given.upper())} {role} DOB {c.pdob(p, 'apis')}{pp}")
    return (
        "decode this sita msg for me pls, who is positioning and who is operating?\n"
        f"QU {addr}\n.LONOPXH 141205\nCREW LIST {flt}\n" + "\n".join(rows) + "\nEND"
    )


# ============================================================================================
# personal_maritime: seafarers, ferries, manning agencies, port agents, crew lists
# ============================================================================================

SEA_DOC = {"ua": ("sbook_ua", "UKR"), "ph": ("sirb", "PHL"), "in": ("cdc", "IND"), "hr": ("sbook_hr", "HRV"),
           "id": ("sbook_id", "IDN"), "mm": ("pass_mm", "MMR")}
POB = {"ua": ["IZMAIL", "KHERSON", "MYKOLAIV"], "ph": ["TAGBILARAN", "DUMAGUETE", "ILOILO CITY", "DAGUPAN"],
       "in": ["KOCHI", "MANGALURU", "PANAJI"], "hr": ["RIJEKA", "ZADAR"], "id": ["TEGAL", "SEMARANG"],
       "mm": ["PATHEIN", "MAWLAMYINE"]}


def pob(c: Ctx, pool: str) -> tuple[str, str]:
    town = c._draw(POB[pool], key=lambda x: f"O:{x}")
    return L(town), town


@tpl("personal_maritime", "en", n=3)
def t_sea_fal5_fixed(c: Ctx) -> str:
    vessel = c.pick(["MV ATLANTIC PROVIDENCE", "MT NORDIC SOLSTICE", "MV CAPE HALCYON", "MV BALTIC TRADER II"])
    plan = [("MASTER", c.pick(["ua", "hr", "ua", "in"])), ("C/O", "ph"), ("2/E", c.pick(["in", "id", "mm", "in"])),
            ("AB", "ph")]
    head = "NO  FAMILY NAME         GIVEN NAMES        RANK    NAT  DOB         POB             DOC"
    rows = []
    for n, (rank, pool) in enumerate(plan, 1):
        p = c.p(pool)
        kind, nat = SEA_DOC[pool]
        doc = c.idr(kind)
        fam = p.family.upper() or p.given.upper()
        giv = p.given.upper() if p.family else "-"
        gcol = col(P(giv), giv, 19) if p.family else col("-", "-", 19)
        dob = c.pdob(p, "dmy.")
        pm, pr = pob(c, pool)
        rows.append(f"{n:02d}  {col(P(fam), fam, 20)}{gcol}{rank:<8}{nat}  {col(dob, raw(dob), 12)}"
                    f"{col(pm, pr, 16)}{doc.m}")
    return (
        f"Convert this crew list (FAL form 5, fixed width from our old system) into CSV, one column per "
        f"field, and keep the leading zeros:\n\nVESSEL: {vessel}\n{head}\n" + "\n".join(rows)
    )


@tpl("personal_maritime", "en", n=3)
def t_sea_signoff_mail(c: Ctx) -> str:
    port, pool, cc, firm, dom, hotel, flt = c.pick([
        ("Rotterdam", "nl", "nl", "Harbourline Agency B.V.", "harbourline-agency.nl", "Inntel Rotterdam Centre",
         "TK1956 AMS–IST–MNL"),
        ("Hamburg", "de", "de", "Elbe Shipping Services GmbH", "elbeshipping.de", "Hotel Hafen Hamburg",
         "QR068 HAM–DOH–MNL"),
        ("Algeciras", "es", "es", "Estrecho Port Agency S.L.", "estrechoagency.es", "NH Algeciras Suites",
         "IB8313 AGP–MAD, then EK142"),
        ("Gdańsk", "pl", "pl", "Baltic Port Husbandry Sp. z o.o.", "bph-gdansk.pl", "Hotel Gdańsk Boutique",
         "LO3822 GDN–WAW–DOH"),
    ])
    agent = c.p(pool, cc=(cc,))
    a, b, d = c.p("ph"), c.p("ph", "id"), c.p("ph", "in")
    return (
        "Can you draft a short reply from the master confirming the crew will be ready? Thread below.\n\n"
        f"> From: {agent.F} <{agent.mail('{g}.{f}', dom)}>\n"
        f"> Subject: Crew change {port} – ETA 13/06\n>\n"
        "> Dear Captain,\n"
        f"> Off-signers: {a.F} (AB) and {b.F} (OS). On-signer: {d.F} (AB), arriving 09:40.\n"
        f"> {a.G}'s flight home is {flt} on 14/06. Hotel: {hotel}, 1 night.\n"
        "> Please have both off-signers ready with seaman's books at 10:00 for immigration.\n>\n"
        f"> Best regards\n> {agent.F}\n> Husbandry & Crew Changes | {firm}\n> M: {c.pph(agent)}"
    )


@tpl("personal_maritime", "tl", n=3, case="lower")
def t_sea_manning_taglish(c: Ctx) -> str:
    ship = c.pick(["mv ocean grace", "mt pacific jade", "mv coral bay"])
    agent = c.p("ph", sex="F")
    wife, sea = c.p("ph", sex="F"), c.p("ph", sex="M")
    return (
        "pa-translate po sa english, message ko sa manning agency:\n"
        f"good morning po ma'am {agent.G}, ako po si {wife.F}, asawa ni {sea.F} (3rd engineer, {ship}). "
        "hindi pa po namin natatanggap yung allotment ngayong buwan, dati po every 10th dumadating na. "
        f"pwede po ba pa-check sa accounting? ang number ko po ay {c.pph(wife)}. "
        f"nasa {c.a('ph').town} po kami ngayon. salamat po"
    )


@tpl("personal_maritime", "en", n=3)
def t_sea_nok_block(c: Ctx) -> str:
    cc, pool, doc, rank = c.pick([("ph", "ph", "sirb", "Bosun"), ("in", "in", "cdc", "Fitter"),
                                  ("lk", "pac", "pass_lk", "Chief Cook")])
    p = c.p(pool, sex="M", cc=(cc,))
    d = c.idr(doc)
    label = {"sirb": "SIRB", "cdc": "CDC"}.get(doc, "PASSPORT")
    nok, alt = c.p(pool, sex="F", cc=(cc,)), c.p(pool, sex="M", cc=(cc,))
    a = c.a(cc)
    return (
        "Please check this next-of-kin section before I upload it to the crew database, the "
        "postcode looks wrong to me:\n\n"
        f"SEAFARER: {p.F}   RANK: {rank}   {label}: {d.m}\n"
        "NEXT OF KIN\n"
        f"Name: {nok.F}\nRelationship: Wife\nAddress:\n{a.block}\n"
        f"Tel: {c.pph(nok)}\n"
        f"Alt. contact: {alt.F} (brother-in-law) {c.pph(alt)}"
    )


@tpl("personal_maritime", "en", n=3)
def t_sea_docs_semicolon(c: Ctx) -> str:
    end = c.pick(["31/10", "15/12", "28/02"])
    rows = []
    for rank, coc, med in [("2/O", "2026-03-11", "2025-09-02"), ("3/E", "2025-11-30", "2026-01-14"),
                           ("OS", "n/a", "2025-10-21")]:
        p = c.p("ph")
        rows.append(f"{p.F};{rank};{c.idr('sirb').m};{c.idr('pass_ph').m};{coc};{med}")
    return (
        f"Which of these certificates expire before the end of the contract ({end})? Semicolon CSV "
        "from the manning agent:\n\nname;rank;sirb;passport;coc_expiry;medical_expiry\n" + "\n".join(rows)
    )


@tpl("personal_maritime", "uk", n=2)
def t_sea_medical_uk(c: Ctx) -> str:
    ship = c.pick(["т/х «Полярна зоря»", "т/х «Дніпровський»"])
    r, p, dob = c.idp("rnokpp", ("ua",), "d_month_y:uk")
    a = c.a("ua", script="cyr")
    return (
        "Допоможіть скласти офіційний лист до крюїнгової агенції в Одесі.\n\n"
        f"Я, {p.OFF}, {dob} р. н., РНОКПП {r.m}, посвідчення моряка {c.idr('sbook_ua').m}. "
        f"Мій медичний сертифікат закінчується 15.08, а контракт на {ship} триває до вересня. "
        "Прошу записати мене на медогляд до клініки, з якою працює агенція.\n"
        f"Адреса: {a.one()}\nТелефон: {c.pph(p)}, ел. пошта {p.mail('{f}.{g}', 'ukr.net')}"
    )


@tpl("personal_maritime", "ru", n=2)
def t_sea_anketa_ru(c: Ctx) -> str:
    p = c.p("ru", sex="M")
    w = c.p("ru", sex="F")
    return (
        "Проверь анкету моряка, всё ли заполнено для подачи в крюинг:\n\n"
        f"ФИО: {p.OFF}\n"
        f"Дата рождения: {c.pdob(p, 'dmy.')}\n"
        f"Должность: {c.pick(['старший механик', 'старпом'])}\n"
        f"Паспорт моряка: {c.idr('sbook_ru').m}\n"
        f"Загранпаспорт: {c.idr('pass_ru').m}\n"
        f"Адрес: {c.a('ru', script='cyr').one()}\n"
        f"Телефон: {c.pph(p)}\n"
        f"Контактное лицо: {w.N} (жена), {c.pph(w)}"
    )


@tpl("personal_maritime", "hi", n=2)
def t_sea_family_hi(c: Ctx) -> str:
    wife, sea = c.p("in", sex="F", native=True), c.p("in", sex="M", native=True)
    rank = c.pick(["सेकंड ऑफिसर", "थर्ड इंजीनियर"])
    a = c.a("in", script="hi")
    return (
        "कृपया इसे अंग्रेज़ी में अनुवाद करें, मुझे शिपिंग कंपनी को ईमेल भेजना है:\n\n"
        f"नमस्ते, मैं {wife.N} हूँ, {sea.N} की पत्नी। मेरे पति जहाज़ पर {rank} हैं, उनका CDC नंबर "
        f"{c.idr('cdc').m} है। पिछले दस दिनों से उनसे बात नहीं हो पाई है। कृपया बताएं कि जहाज़ अभी कहाँ है "
        f"और उनसे संपर्क कैसे करें। मेरा मोबाइल नंबर {c.pph(wife)} है। अलॉटमेंट के लिए मेरा आधार नंबर "
        f"{c.idr('aadhaar').m} है।\nपता: {a.one()}"
    )


@tpl("personal_maritime", "hr", n=3)
def t_sea_ukrcaj_hr(c: Ctx) -> str:
    luka, port = c.pick([("Rijeke", "Rotterdam"), ("Splita", "Antwerpen"), ("Zadra", "Hamburg")])
    p = c.p("hr", sex="M", cc=("hr", "me"))
    a = c.a(person_cc(p))
    return (
        f"Možeš li mi ovo prevesti na engleski za agenta u {port}u?\n\n"
        f"Poštovani, ja sam {p.F}, OIB {c.idr('oib').m}. Ukrcavam se kao drugi časnik palube; "
        f"let iz {luka} je 3.4. Molim potvrdu leta i hotela. Pomorska knjižica br. {c.idr('sbook_hr').m}.\n"
        f"Mob: {c.pph(p)}\nAdresa: {a.one()}"
    )


@tpl("personal_maritime", "el", n=2)
def t_sea_ferry_el(c: Ctx) -> str:
    route = c.pick(["Πειραιάς–Χίος–Μυτιλήνη", "Ραφήνα–Άνδρος–Τήνος"])
    a, b, d, e = c.p("el", sex="M"), c.p("el", sex="M"), c.p("el", sex="M", cc=("gr",)), c.p("el", sex="F")
    return (
        f"Φτιάξε μου έναν πίνακα με τις βάρδιες του πληρώματος για τη γραμμή {route}:\n"
        f"Πλοίαρχος: {a.N}\n"
        f"Ύπαρχος: {b.N}\n"
        f"Λοστρόμος: {d.N}, τηλ. {c.pph(d)}, διεύθυνση {c.a('gr', script='el').one()}\n"
        f"Καμαρώτισσα: {e.NG}\n"
        f"Αλλαγή πληρώματος την Τρίτη στις 07:00· ο {b.NS} θα φέρει τα ναυτικά φυλλάδια."
    )


@tpl("personal_maritime", "id", n=2)
def t_sea_abk_json(c: Ctx) -> str:
    kapal = c.pick(["KM Sinar Bahari 7", "MT Gas Nusantara"])
    nik, p, pd = c.idp("nik", ("id",), "dmy-", cc=("id",))
    q = c.p("id", cc=("id",))
    return (
        "Tolong ubah JSON data ABK ini jadi tabel buat laporan ke syahbandar:\n"
        f'{{"kapal": "{kapal}", "abk": [\n'
        f'  {{"nama": "{p.F}", "jabatan": "Mualim II", "nik": "{nik.m}", "tgl_lahir": "{pd}", '
        f'"buku_pelaut": "{c.idr("sbook_id").m}", "hp": "{c.pph(p)}",\n'
        f'   "alamat": "{c.a("id").one()}"}},\n'
        f'  {{"nama": "{q.F}", "jabatan": "Juru Mudi", "tgl_lahir": "{c.pdob(q, "dmy-")}", "hp": "{c.pph(q)}"}}\n'
        "]}"
    )


@tpl("personal_maritime", "en", n=3, case="upper")
def t_sea_owners_telex(c: Ctx) -> str:
    port, cc, vessel, apools = c.pick([("SINGAPORE", "sg", "MV IRON KESTREL", ("zh", "id")),
                                       ("FUJAIRAH", "ae", "MT GULF SERENITY", ("ar", "in")),
                                       ("PIRAEUS", "gr", "MV AEGEAN DAWN", ("el",))])
    on1, on2, off = c.p("ph"), c.p("in", "ua"), c.p("ph", "id", "mm")
    agent, planner = c.p(*apools), c.p("el", "de", "nl")
    return (
        "pls summarise this owners msg in plain english, short\n"
        f"ATTN MASTER {vessel}\nRE CREW CHANGE {port} 21/22 SEP\nON-SIGNERS:\n"
        f"1) {on1.UPFG} 2/E PHL SIRB {c.idr('sirb').m}\n"
        f"2) {on2.UPFG} ETO\n"
        f"OFF-SIGNER: {off.UPFG} OILER - TO BE REPATRIATED SAME DAY\n"
        f"PORT AGENT: {P(agent.full.upper())} MOB {c.ph(cc)}\nBRGDS\n{P(planner.full.upper())} / CREW DEPT"
    )


# ============================================================================================
# personal_offshore: platforms, FPSOs, wind farms, helicopter manifests, next of kin, medics
# ============================================================================================

@tpl("personal_offshore", "en", n=3)
def t_off_heli_manifest(c: Ctx) -> str:
    dest, heli = c.pick([("Clair Ridge", "S-92"), ("Buzzard", "H175"), ("Captain WPP", "AW189"),
                         ("Schiehallion FPSO", "S-92")])
    firms = ["Petrofac", "Wood", "Bilfinger", "Stork", "Aker Solutions", "Altrad"]
    rows = []
    for n, pool in enumerate(c.pick([("en", "pl", "in", "en", "af"), ("en", "ro", "en", "pac"),
                                     ("en", "en", "bal", "fr", "pl"), ("en", "af", "en", "de")])):
        p = c.p(pool)
        rows.append(f"| {n + 1}{'AB'[n % 2]} | {p.F} | {firms[(n + c.i) % len(firms)]} | {88 + 7 * n + c.i} | "
                    f"{9 + n} |")
    return (
        "Can you sort this flight manifest by seat and flag anyone over the 110 kg band?\n\n"
        f"Flight: ABZ → {dest} ({heli}) 06:45\n"
        "| Seat | Name | Company | Body wt (kg) | Bag (kg) |\n|---|---|---|---|---|\n" + "\n".join(rows)
    )


@tpl("personal_offshore", "en", n=3)
def t_off_nok_yaml(c: Ctx) -> str:
    employer, rota, where = c.pick([("Stork", "3on/3off", ("gb", "ie")), ("Ørsted O&M", "14/14", ("gb", "ie")),
                                    ("Ichthys FPSO contractor", "28/28", ("au", "nz"))])
    p = c.p("en", sex="M", cc=where)
    a = c.a(*where)
    nok, mum = c.p("en", sex="F", cc=where), c.p("en", sex="F", cc=where)
    return (
        "Our POB system exports this YAML. Turn it into a one-page emergency contact sheet:\n\n"
        f"worker:\n  name: {p.F}\n  employer: {employer}\n  rotation: {rota}\n  vantage_id: 77{41 + c.i}829\n"
        + (f"  ni_number: {c.idr('nino').m}\n" if c.i < 2 else "  tfn_on_file: true\n") +
        "next_of_kin:\n"
        f"  - name: {nok.F}\n    relation: partner\n    phone: \"{c.pph(nok)}\"\n"
        f"    address: \"{a.one()}\"\n"
        f"  - name: {mum.F}\n    relation: mother\n    phone: \"{c.pph(mum)}\""
    )


@tpl("personal_offshore", "no", n=2)
def t_off_rotasjon_no(c: Ctx) -> str:
    field = c.pick(["Johan Sverdrup", "Aasta Hansteen"])
    r, p, _ = c.idp("fnr", ("no",))
    q = c.p("no")
    return (
        "Kan du skrive dette om til en formell e-post til HR?\n\n"
        f"Hei, jeg heter {p.F} og jobber 2-4-rotasjon på {field}. Jeg ønsker å bytte tur med {q.F} i "
        f"uke 32 fordi jeg skal i bryllup. Fødselsnummer {r.m}, adresse {c.a('no').one()}, mobil {c.pph(p)}."
    )


@tpl("personal_offshore", "en", n=4, case="lower")
def t_off_crewchange_chat(c: Ctx) -> str:
    day = c.pick(["tuesday", "thursday", "saturday", "monday"])
    a = c.p("en", sex="M")
    b, d, e, f_ = c.p("en", "pl"), c.p("en", "af"), c.p("en", "ro"), c.p("en", "bal")
    w = c.p("en", sex="F", cc=("gb", "ie"))
    return (
        f"quick one - can you turn this into a crew change list for {day}s flight?\n"
        f"off: {a.F}, {b.F} (scaff), {d.F} (medic)\n"
        f"on: {e.F}, {f_.G} from wood, plus a new roustabout tbc\n"
        f"{a.G} wants the 0700 flight, his wife {w.G} is picking him up at dyce, her number is {c.pph(w)}"
    )


@tpl("personal_offshore", "en", n=3)
def t_off_ctv_incident(c: Ctx) -> str:
    site, wtg, port = c.pick([("Hornsea Two", "E07", "Grimsby"), ("Walney Extension", "B14", "Barrow"),
                              ("Borssele III", "C22", "Vlissingen"), ("Seagreen", "SG41", "Montrose")])
    p, q, r, s = c.p("en", "pl", "de"), c.p("en", "nl"), c.p("en", "da"), c.p("en", "fr")
    return (
        "Summarise this incident report for the weekly HSE pack (five bullets at most):\n\n"
        f"Incident: slip during CTV-to-turbine transfer, {site}, WTG {wtg}, 09:32.\n"
        f"Injured person: {p.F}, blade technician (subcontractor), DOB {c.pdob(p, 'dmy/')}.\n"
        f"First aider: {q.F}. CTV skipper: {r.F}.\n"
        f"IP bruised left knee, returned to the CTV, was checked by the offshore medic {s.F} and sent to "
        f"{port} for an X-ray. Hospital no. {c.mrn()}."
    )


@tpl("personal_offshore", "nl", n=3)
def t_off_onkosten_nl(c: Ctx) -> str:
    project, haven = c.pick([("Hollandse Kust Zuid", "IJmuiden"), ("Gemini", "Eemshaven"), ("Borssele V", "Vlissingen")])
    p = c.p("nl")
    a = c.a("nl")
    return (
        "Kun je deze onkostendeclaratie controleren voordat ik hem naar de salarisadministratie stuur?\n\n"
        f"Naam: {p.F}\nBSN: {c.idr('bsn').m}\nIBAN: {c.iban('nl')}\n"
        f"Project: {project}\n"
        f"Reiskosten {haven} – woonadres ({a.one()}): 2 × 214 km\n"
        "Hotel: 2 nachten, parkeren 3 dagen"
    )


@tpl("personal_offshore", "de", n=2)
def t_off_einsatz_de(c: Ctx) -> str:
    park, ctv = c.pick([("Borkum Riffgrund 3", "Windcat 41"), ("Gode Wind 3", "Njord Zeus")])
    a, b, d = c.p("de"), c.p("de", sex="M"), c.p("de", "da")
    return (
        "Bitte mach aus dem Einsatzplan eine Tabelle (Name, Rolle, Schiff, Telefon):\n\n"
        f"Windpark {park}, KW 18\n"
        f"- {a.F}, Teamleitung, CTV \"{ctv}\", {c.pph(a)}\n"
        f"- {b.F}, Elektriker, CTV \"{ctv}\", {c.pph(b)}\n"
        f"- {d.F}, Winch-Einsatz, Hubschrauber ab Emden, {c.pph(d)}\n"
        f"Ersthelfer an Bord: {b.S}"
    )


@tpl("personal_offshore", "pt", n=3, case="lower")
def t_off_embarque_pt(c: Ctx) -> str:
    unit = c.pick(["P-77 (Búzios)", "FPSO Cidade de Itaguaí", "P-70 (Atapu)"])
    p, q = c.p("pt", cc=("br",)), c.p("pt", cc=("br",))
    art = "a" if q.sex == "F" else "o"
    return (
        "me ajuda a responder essa msg da logística, tô embarcando semana que vem:\n"
        f"\"bom dia {p.G}, seu embarque p/ {unit} é dia 14, voo saindo de macaé 06h40. "
        f"confirma {'cpf ' + c.idr('cpf').m if c.i < 2 else 'o celular ' + c.pph(p)}? {art} {q.F} vai no mesmo voo.\"\n"
        f"meu numero é {c.pph(p)} e o endereço p/ buscar é {c.a('br').one()}"
    )


@tpl("personal_offshore", "ar", n=2)
def t_off_rota_ar(c: Ctx) -> str:
    field = c.pick(["حقل زاكوم العلوي", "حقل الشاهين"])
    e = c.p("ar", cc=("ae",))
    a, b, d = c.p("ar", sex="M"), c.p("ar", sex="M"), c.p("ar", sex="F")
    return (
        "رتّب لي جدول المناوبة هذا في جدول واضح:\n\n"
        f"منصة {field}، دورة 28/28\n"
        f"- {a.N}، مشرف إنتاج، يصعد يوم 3 مارس\n"
        f"- {b.N}، فني سلامة، الهاتف {c.pph(b)}\n"
        f"- {d.N}، ممرضة المنصة\n"
        f"جهة الاتصال في حالات الطوارئ: {e.N} ({c.pph(e)})، العنوان: {c.a('ae', script='ar').one('، ')}"
    )


@tpl("personal_offshore", "en", n=3)
def t_off_medic_log(c: Ctx) -> str:
    job, comp = c.pick([("roustabout", "chest tightness after lifting, hx asthma"),
                        ("scaffolder", "laceration to left palm from a clip, 3 cm"),
                        ("cook", "vomiting x4 since 03:00, no fever")])
    p, doc, nok = c.p("en", "pl", "ro"), c.p("en"), c.p("en", "pl", "ro")
    return (
        "Draft a handover to the topside doctor from my medic log, keep it clinical:\n\n"
        f"Pt: {p.F}, DOB {c.pdob(p, 'dmy/')}, {job}, {c.mrn()}\n"
        f"21:10 c/o {comp}. Obs: SpO2 97%, HR 104, BP 138/84.\n"
        "21:25 treated as per protocol, improving.\n"
        f"22:00 discussed with Dr {doc.S} (topside) by phone, plan obs 2-hourly.\n"
        f"NOK ({nok.F}, {c.pph(nok)}) not informed yet at pt's request."
    )


@tpl("personal_offshore", "en", n=3)
def t_off_ng_nok(c: Ctx) -> str:
    unit = c.pick(["Bonga FPSO", "Egina FPSO", "Kaombo Norte FPSO (Angola)"])
    if c.i == 2:
        r, p, _ = c.idp("za", ("af",), cc=("za",))
        id_line = f"SA ID: {r.m}\n"
    else:
        p, id_line = c.p("af", cc=("ng",)), ""
    nok, old = c.p("af", sex="F", cc=(person_cc(p),)), c.p("af", sex="M", cc=(person_cc(p),))
    return (
        "Please help me write a formal letter to HR to update my next-of-kin details:\n\n"
        f"Name: {p.F}\n{id_line}Asset: {unit}, Production Technician\n"
        f"New NOK: {nok.F} (sister)\nAddress: {c.a(person_cc(nok)).one()}\nPhone: {c.pph(nok)}\n"
        f"Previous NOK: {old.F} (deceased)"
    )


@tpl("personal_offshore", "da", n=2)
def t_off_cpr_da(c: Ctx) -> str:
    park = c.pick(["Horns Rev 3", "Kriegers Flak"])
    if c.i == 0:
        r, p, _ = c.idp("cpr", ("da",), cc=("dk",))
        ident = f"CPR-nr. er {r.m}"
    else:
        p = c.p("da", cc=("dk",))
        ident = f"telefonnummer er {c.pph(p)}"
    return (
        "Kan du hjælpe mig med at skrive en kort mail til lønkontoret?\n\n"
        f"Hej, jeg hedder {p.F} og er vindmølletekniker på {park}. Min løn for marts er ikke gået ind. "
        f"Mit {ident}, og min konto er {c.iban('dk')}. Jeg bor på {c.a('dk').one()}."
    )


# ============================================================================================
# personal_touring: music, film and circus crews, long-haul coach and rail crews
# ============================================================================================

@tpl("personal_touring", "en", n=3)
def t_tour_rooming_md(c: Ctx) -> str:
    city, hotel = c.pick([("Glasgow", "Hilton Garden Inn"), ("Leeds", "Dakota"), ("Cardiff", "Radisson Blu"),
                          ("Belfast", "Malmaison")])
    a, b, d, e = c.p("en"), c.p("en"), c.p("en", "nl", "sv"), c.p("en", "fr", "de")
    return (
        f"Here's the rooming list for {city}. Can you check nobody's down twice and send it back as a clean "
        f"table for the {hotel}?\n\n"
        "| Name | Role | Room | Nights |\n|---|---|---|---|\n"
        f"| {a.F} | TM | Single | 2 |\n"
        f"| {b.F} | FOH | Twin (w/ {d.G}) | 2 |\n"
        f"| {d.F} | Monitors | Twin (w/ {b.G}) | 2 |\n"
        f"| {e.F} | LD | Single | 1 |\n\n"
        f"TM mobile: {c.pph(a)}"
    )


@tpl("personal_touring", "en", n=3)
def t_tour_daysheet(c: Ctx) -> str:
    venue, pool, cc = c.pick([("Tivoli Vredenburg, Utrecht", "nl", "nl"), ("Columbiahalle, Berlin", "de", "de"),
                              ("La Cigale, Paris", "fr", "fr"), ("Razzmatazz, Barcelona", "es", "es")])
    promo, house, runner = c.p(pool, cc=(cc,)), c.p(pool, cc=(cc,)), c.p(pool, cc=(cc,))
    tm, d1, d2 = c.p("en"), c.p("en", "pl"), c.p("en", "hu", "bal")
    return (
        "Clean up this day sheet and make the contacts section readable:\n\n"
        f"DAY SHEET – Thu 17 Oct – {venue}\n"
        "Load in 10:00 | Doors 19:30 | Show 20:45 | Curfew 23:00\n"
        "CONTACTS\n"
        f"Promoter rep: {promo.F} {c.pph(promo)}\n"
        f"House prod: {house.F} – {house.mail('{i}.{f}', 'gmail.com')}\n"
        f"Runner: {runner.G} {c.pph(runner)}\n"
        f"Tour manager: {tm.F} {c.pph(tm)}\n"
        f"Bus call 01:30, drivers {d1.G} & {d2.G}"
    )


@tpl("personal_touring", "en", n=2)
def t_tour_callsheet(c: Ctx) -> str:
    base, hosp = c.pick([("Ullapool harbour car park", "Raigmore Hospital, Inverness"),
                         ("Dingle marina", "University Hospital Kerry, Tralee"),
                         ("St Ives Island car park", "Royal Cornwall Hospital, Truro")])
    d, ad, loc, medic = c.p("en"), c.p("en"), c.p("en"), c.p("en")
    return (
        "Turn this call sheet extract into a WhatsApp broadcast for the crew, keep the phone numbers:\n\n"
        "CALL SHEET – Day 14 of 32 – \"The Long Crossing\" (working title)\n"
        f"Unit base: {base}\n"
        f"Director: {d.F}\n"
        f"1st AD: {ad.F} {c.pph(ad)} / {ad.mail('{g}{f}', 'gmail.com')}\n"
        f"Location manager: {loc.F} {c.pph(loc)}\n"
        f"Unit medic: {medic.F} {c.pph(medic)}\n"
        f"Nearest A&E: {hosp}\n"
        "Crew call 06:30 | Shooting call 07:30 | Sunset 20:58"
    )


@tpl("personal_touring", "fr", n=2)
def t_tour_cirque_fr(c: Ctx) -> str:
    ville = c.pick(["de Quimper", "d'Angoulême"])
    a, b, d = c.p("bal", cc=("mn",)), c.p("ua"), c.p("fr")
    pa = c.idr("pass_mn")
    job = "régisseuse générale" if d.sex == "F" else "régisseur général"
    return (
        "Pouvez-vous rédiger une attestation d'emploi et d'hébergement pour la préfecture ?\n\n"
        f"Artistes de la compagnie en tournée 2025 (étape {ville}) :\n"
        f"- {a.F}, acrobate, passeport n° {pa.m}\n"
        f"- {b.F}, fildefériste, passeport n° {c.idr('pass_ua').m}\n"
        "Hébergement : caravane n° 4, sur le site du chapiteau\n"
        f"Responsable : {d.F}, {job}, {c.pph(d)}"
    )


@tpl("personal_touring", "it", n=3)
def t_tour_cachet_it(c: Ctx) -> str:
    r, a, _ = c.idp("cf", ("it",))
    c.seen.update({"P:it:0", "P:it:4", "P:it:5"})
    b = c.p("it")
    mese = c.pick(["aprile", "maggio", "giugno"])
    return (
        f"Mi prepari una tabella per il commercialista con i cachet della tournée di {mese}?\n\n"
        f"{a.F} – fonico – CF {r.m} – IBAN {c.iban('it')} – 8 date\n"
        f"{b.F} – backliner – IBAN {c.iban('it')} – 6 date, residente in {c.a('it').one()}\n"
        "Compenso lordo a data: 250 € il fonico, 180 € il backliner."
    )


@tpl("personal_touring", "es", n=2, case="lower")
def t_tour_autocar_es(c: Ctx) -> str:
    linea, relevo = c.pick([("Madrid–París", "Burdeos"), ("Barcelona–Lisboa", "Mérida")])
    a, b = c.p("es", cc=("es",)), c.p("es", "pt")
    return (
        f"Necesito cuadrar los descansos de los conductores de la línea {linea} (Reglamento 561/2006):\n"
        f"Conductor 1: {a.F}, DNI {c.idr('dni').m}, tel. {c.pph(a)}\n"
        f"Conductor 2: {b.F}, NIE {c.idr('nie').m}\n"
        f"Salida 07:00, relevo en {relevo}. ¿Cumplen con las 9 h de conducción diaria y las 45 min de pausa?"
    )


@tpl("personal_touring", "sv", n=2)
def t_tour_tag_sv(c: Ctx) -> str:
    r, a, _ = c.idp("personnummer", ("sv",))
    b = c.p("sv", sex="F")
    return (
        "Kan du hjälpa mig formulera ett mejl till bemanningen?\n\n"
        f"Hej! Jag, {a.F} (tågvärd, personnummer {r.m}), vill byta tur med {b.F} den 12/5: "
        f"nattåget Stockholm C–Narvik mot hennes Luleå-tur den 14/5. {b.G} har redan sagt ja. "
        f"Jag nås på {c.pph(a)}, adress {c.a('se').one()}."
    )


@tpl("personal_touring", "zh", n=2)
def t_tour_juzu_zh(c: Ctx) -> str:
    title = c.pick(["《海上来客》", "《归航》"])
    r, b, _ = c.idp("cn", ("zh",), cc=("cn",))
    a, d = c.p("zh"), c.p("zh")
    return (
        "帮我把这份剧组人员名单整理成表格，方便订酒店：\n\n"
        f"{title}剧组 外景组\n"
        f"导演组：{a.N}，电话 {c.pph(a)}\n"
        f"制片：{b.N}，身份证号 {r.m}\n"
        f"场务：{d.N}\n"
        f"住宿：{c.a('cn', script='zh').one('')}附近的酒店，6间标间"
    )


@tpl("personal_touring", "ko", n=2)
def t_tour_staff_ko(c: Ctx) -> str:
    tour = c.pick(["월드투어 유럽 구간", "북미 투어"])
    r, b, _ = c.idp("rrn", ("ko",))
    a, d = c.p("ko"), c.p("ko")
    return (
        f"{tour} 스태프 비상연락망을 표로 정리해 줘.\n\n"
        f"투어 매니저: {a.N} {c.pph(a)}\n"
        f"무대감독: {b.N} {c.pph(b)} / 주민등록번호 {r.m} (여행자보험 가입용)\n"
        f"음향 감독: {d.N}, 여권 {c.idr('pass_kr').m}"
    )


@tpl("personal_touring", "en", n=3, case="lower")
def t_tour_band_chat(c: Ctx) -> str:
    leg, venue = c.pick([("euro leg", "the o2 academy"), ("scandi run", "rockefeller"),
                         ("uk dates", "the barrowland"), ("festival weekend", "site b catering")])
    a, b, d, e = c.p("en"), c.p("en", "sv"), c.p("en", "no"), c.p("en", "hu", "hr", "bal", sex="M")
    home = c.a("gb", "ie")
    return (
        f"can u tidy this into a list for the bus company, crew for the {leg}:\n"
        f"- {a.F} (lx) - pick up from home in {home.town}\n"
        f"- {b.G} and {d.G} (backline) from the shop\n"
        f"- {e.F} driving, his mobile {c.pph(e)}\n"
        f"bus leaves {venue} at 23:59, {a.G} has the float. invoices to {a.mail_spelled('{g}.{f}', 'gmail.com')}"
    )


@tpl("personal_touring", "en", n=3)
def t_tour_rail_transcript(c: Ctx) -> str:
    train, code, pool, cc = c.pick([("the Caledonian Sleeper", "1S25", "en", "gb"),
                                    ("the Indian Pacific", "3AD8", "en", "au"),
                                    ("VIA Rail's Canadian", "train 1", "en", "ca")])
    near = {"gb": ("gb",), "au": ("au", "nz"), "ca": ("ca",)}[cc]
    ctl, drv = c.p(pool, cc=near), c.p(pool, cc=near)
    host = c.p("fr") if cc == "ca" else c.p(pool, cc=near + ("ie",))
    return (
        "Turn this call transcript into an incident log entry (time, who, what, outcome):\n\n"
        f"[22:14] CONTROL ({ctl.G}): Go ahead, {code}.\n"
        f"[22:14] {drv.G}: Driver of {train} here, passenger taken ill in coach F.\n"
        "[22:15] CONTROL: Understood. Who's with them?\n"
        f"[22:15] {drv.G}: Host {host.F} and a nurse who's travelling. Ambulance needed at next stop.\n"
        f"[22:16] CONTROL: Booked. Ring me back on {c.ph(cc)} when you're stood.\n"
        f"[22:41] {drv.G}: Passenger handed over, {host.G} went with them, we're running 25 late."
    )


# ============================================================================================
# personal_hr: payroll, allotments, visa letters, complaints, cards, logins, fitness notes
# ============================================================================================

@tpl("personal_hr", "en", n=3)
def t_hr_payroll_pipe(c: Ctx) -> str:
    plan = c.pick([(("pl", "pesel", "pl"), ("bal", "personas", "lv"), ("bal", "isikukood", "ee")),
                   (("bal", "asmens", "lt"), ("ua", "rnokpp", "ua"), ("el", "amka", "gr")),
                   (("pl", "pesel", "pl"), ("ua", "rnokpp", "ua"), ("hr", "oib", "hr"))])
    rows = []
    for n, (pool, kind, cc) in enumerate(plan):
        r, p, _ = c.idp(kind, (pool,), cc=(cc,) if pool == "bal" else ())
        rows.append(f"{55102 + 17 * n + c.i}|{p.F}|{['Chief Cook', 'Motorman', 'Fitter'][n]}|{r.m}|"
                    f"{2840 - 310 * n}.00|{c.iban(cc)}")
    return (
        "The bank rejected some lines of this crew payroll file. Can you check which IBANs look wrong "
        "and whether the columns are in the right order?\n\n"
        "staff_id|name|position|personal_code|net_eur|iban\n" + "\n".join(rows)
    )


@tpl("personal_hr", "ro", n=2)
def t_hr_alocatie_ro(c: Ctx) -> str:
    r, p, _ = c.idp("cnp", ("ro",))
    s = c.p("ro", sex="F" if r.sex == "M" else "M")
    if r.sex == "M":
        who, rel = "Subsemnatul", "soției mele"
    else:
        who, rel = "Subsemnata", "soțului meu"
    return (
        "Te rog să traduci în engleză cererea mea către compania de crewing:\n\n"
        f"{who} {p.F}, CNP {r.m}, ofițer electrician, solicit ca 60% din salariu să fie virat lunar "
        f"în contul {rel}, {s.F}, IBAN {c.iban('ro')}.\n"
        f"Adresa de domiciliu: {c.a('ro').one()}. Telefon: {c.pph(p)}."
    )


@tpl("personal_hr", "en", n=3)
def t_hr_schengen_letter(c: Ctx) -> str:
    consulate, port, rank = c.pick([("the Consulate General of the Netherlands, Mumbai", "Rotterdam", "Third Officer"),
                                    ("the Embassy of Germany, New Delhi", "Bremerhaven", "Junior Engineer"),
                                    ("VFS Global for Belgium, Kochi", "Antwerp", "Electro-Technical Officer"),
                                    ("the Consulate of Spain, Mumbai", "Algeciras", "Deck Cadet")])
    p, hr = c.p("in"), c.p("en", "de", "nl")
    return (
        "Fill in this Schengen transit visa support letter and fix the grammar:\n\n"
        f"To: {consulate}\n"
        f"Re: Seafarer joining vessel at {port}\n\n"
        f"We confirm that {p.F}, born {c.pdob(p, 'd_month_y')}, Indian national, passport no. {c.idr('pass_in').m}, "
        f"CDC no. {c.idr('cdc').m}, is employed by us as {rank} and will join the vessel on arrival. "
        "All costs of the stay and repatriation is covered by the company.\n"
        f"Residential address: {c.a('in').one()}\n"
        f"Contact: {c.pph(p)}\n\n"
        f"Yours faithfully,\n{hr.F}\nCrewing Manager\n{hr.mail('{i}.{f}', 'meridian-shipmanagement.com')}"
    )


@tpl("personal_hr", "en", n=3)
def t_hr_mlc_complaint(c: Ctx) -> str:
    pool = c.pick(["ph", "pac", "id"])
    if pool == "pac":
        p, mum = c.owner("P:pac:0"), c.owner("P:pac:1")
    else:
        p = c.p(pool, sex="M" if pool == "mm" else "", cc=("id",) if pool == "id" else ())
        mum = c.p(pool, sex="F", cc=(person_cc(p),))
    bos, mas = c.p("ua", "ru", "hr", sex="M"), c.p("el", "tr", "ua")
    return (
        "I want to make an on-board complaint under MLC Regulation 5.1.5. Can you turn my notes into a "
        "formal complaint?\n"
        "- wages for May and June not paid in full\n"
        f"- allotment to my mother {mum.F} not received since April\n"
        f"- bosun {bos.F} said he will send me home if I complain again\n"
        f"- I already told Capt. {mas.S} on 2 July, nothing happened\n"
        f"My details: {p.F}, ordinary seaman, phone {c.pph(p)}, home address {c.a(person_cc(p)).one()}"
    )


@tpl("personal_hr", "en", n=3, case="lower")
def t_hr_card_lost(c: Ctx) -> str:
    place = c.pick(["on the layover in jo'burg", "at the hotel in lagos", "on the crew bus in doha"])
    p = c.p("en", "af", "ar")
    return (
        f"lost my company per diem card {place}, card no {c.card()}, name on card "
        f"{P(p.full.upper())}. who do i ring to block it and can i get cash advance for tomorrow? "
        f"mobile {c.pph(p)}"
    )


@tpl("personal_hr", "en", n=2)
def t_hr_us_onboarding(c: Ctx) -> str:
    boat = c.pick(["our Bristol Bay tender", "the Morgan City supply boat"])
    p, e = c.p("en", cc=("us",)), c.p("en", cc=("us",))
    a = c.a("us")
    return (
        f"Check this onboarding summary for a new deckhand on {boat} before I key it into payroll:\n\n"
        f"Employee: {p.F}\nSSN: {c.idr('ssn').m}\nDOB: {c.pdob(p, 'mdy/')}\n"
        f"Home: {a.one()}\n"
        f"Emergency contact: {e.F}, {c.pph(e)}"
    )


@tpl("personal_hr", "vi", n=2)
def t_hr_hopdong_vi(c: Ctx) -> str:
    r, p, dob = c.idp("cccd", ("vi",), "dmy/")
    nok = c.p("vi", sex="F" if r.sex == "M" else "M")
    rel = "vợ" if r.sex == "M" else "chồng"
    return (
        "Dịch giúp tôi sang tiếng Anh để gửi công ty quản lý thuyền viên:\n\n"
        f"Tôi là {p.F}, sinh ngày {dob}, CCCD số {r.m}, "
        f"{c.pick(['thợ máy (oiler)', 'thủy thủ trực ca'])}. "
        "Tôi muốn gia hạn hợp đồng thêm 3 tháng.\n"
        f"Địa chỉ: {c.a('vn').one()}. Điện thoại: {c.pph(p)}.\n"
        f"Người liên hệ khẩn cấp: {nok.F} ({rel}), {c.pph(nok)}."
    )


@tpl("personal_hr", "en", n=3)
def t_hr_portal_log(c: Ctx) -> str:
    app = c.pick(["crew portal", "roster app", "e-payslip site"])
    a, b = c.p("ph", "in", "en"), c.p("ph", "in", "ua")
    ha, hb = handle(a, c.pick(["{i}.{f}", "{g}{f}", "{f}{i}"])), handle(b, c.pick(["{g}.{f}", "{f}.{g}", "{g}_{f}"]))
    ip1, ip2 = c.ip(), c.ip()
    return (
        f"Someone logged into two crew members' {app} accounts from the same IP. Which events look "
        "suspicious?\n\n"
        f"2025-03-02T03:14:07Z login_ok user={ha} ip={ip1} ua=\"Mozilla/5.0 (Android 14)\"\n"
        f"2025-03-02T03:15:52Z roster_export user={ha} ip={ip1}\n"
        f"2025-03-02T03:21:10Z login_ok user={hb} ip={ip1}\n"
        f"2025-03-02T03:22:45Z bank_details_changed user={hb} ip={ip1}\n"
        f"2025-03-02T08:40:33Z login_ok user={hb} ip={ip2}"
    )


@tpl("personal_hr", "fi", n=2)
def t_hr_sairaus_fi(c: Ctx) -> str:
    r, p, _ = c.idp("hetu", ("fi",))
    return (
        "Voitko kirjoittaa tämän sähköpostin asiallisemmin?\n\n"
        f"Hei, olen {p.F}, {c.pick(['matkustamohenkilökuntaa', 'konehenkilökuntaa'])} Turku–Tukholma-laivalla. "
        f"Henkilötunnukseni on {r.m} ja tilinumeroni {c.iban('fi')}. Olen sairauslomalla 3.–9.2., "
        f"lääkärintodistus on liitteenä. Osoite {c.a('fi').one()}, puh. {c.pph(p)}"
    )


@tpl("personal_hr", "tr", n=2)
def t_hr_izin_tr(c: Ctx) -> str:
    p = c.p("tr", sex="M")
    mum = c.p("tr", sex="F")
    return (
        "Şu dilekçeyi düzgün bir Türkçeyle yazar mısın?\n\n"
        f"Gemi adamı {p.F}, T.C. Kimlik No {c.idr('tckn').m}, {c.pick(['2. kaptan', 'başmühendis'])}. "
        f"Annem {mum.F} hastanede yattığı için erken izin talep ediyorum. "
        f"Tel: {c.pph(p)}. Adres: {c.a('tr').one()}."
    )


@tpl("personal_hr", "en", n=3)
def t_hr_medical_fitness(c: Ctx) -> str:
    cert = c.pick(["ENG1", "Class 1 medical", "OEUK offshore medical"])
    p, gp = c.p("en", cc=("gb",)), c.p("en", "in")
    return (
        f"Rewrite this as a short note for the crewing department about my {cert} renewal:\n\n"
        f"Seen by Dr {gp.F} on 04/02. Patient: {p.F}, DOB {c.pdob(p, 'dmy/')}, "
        f"NHS no. {c.idr('nhs').m}. Fit with restrictions: no solo watchkeeping for 3 months after "
        "the knee arthroscopy. Review in May. Practice phone for queries: "
        f"{c.ph('gb')}."
    )


@tpl("personal_hr", "bg", n=2)
def t_hr_egn_bg(c: Ctx) -> str:
    if c.i == 0:
        r, p, _ = c.idp("egn", ("bg",))
        ident = f"ЕГН {r.m}"
    else:
        p = c.p("bg", sex="M")
        ident = f"тел. {c.pph(p)}"
    return (
        "Преведи на английски, моля, за агенцията във Варна:\n\n"
        f"Здравейте, казвам се {p.N}, {ident}. Моля да ми изпратите договора за "
        f"{c.pick(['кораба', 'ферибота'])} по имейл. Адрес за кореспонденция: "
        f"{c.a('bg', script='cyr').one()}."
    )


# extra personal shapes: a rostering export, a POB table in SQL

@tpl("personal_airline", "en", n=2)
def t_air_pairing_json(c: Ctx) -> str:
    pairing = c.pick(["LHR-JNB-LHR 3D", "DXB-MNL-DXB 2D", "AMS-NRT-AMS 4D"])
    pools = c.pick([("en", "en", "pl"), ("ph", "in", "ar"), ("nl", "ja", "nl")])
    crew = [c.p(pl) for pl in pools]
    items = []
    for n, p in enumerate(crew):
        rank = ["CP", "FO", "PU"][n]
        items.append(f'    {{"rank": "{rank}", "name": "{p.F}", "mobile": "{c.pph(p)}", '
                     f'"email": "{p.mail("{g}.{f}", "gmail.com") if n == 2 else "n/a"}"}}')
    return (
        f"This is an export from the crew scheduling system for pairing {pairing}. Why does the "
        "parser fail on it?\n\n"
        f'{{"pairing": "{pairing}", "crew": [\n' + ",\n".join(items) + "\n  ]\n}"
    )


@tpl("personal_offshore", "en", n=2)
def t_off_pob_sql(c: Ctx) -> str:
    asset = c.pick(["'BRAE-A'", "'ELGIN-PUQ'", "'FORTIES-C'"])
    rows = []
    for n in range(3):
        p = c.p("en", "pl", "ro", "af")
        rows.append(f"  ({asset}, '{P(p.family)}', '{P(p.given.split()[0])}', 'B{12 + n // 2 * 2}', '{c.pph(p)}')")
    return (
        "This insert fails with a duplicate key on cabin. What's wrong with it?\n\n"
        "INSERT INTO pob (asset, last_name, first_name, cabin, nok_phone) VALUES\n" + ",\n".join(rows) + ";"
    )


# ============================================================================================
# build, check, write
# ============================================================================================

def lang_of(template_lang: str) -> str:
    return LANGS[template_lang]


def build() -> list[dict]:
    rng = random.Random(SEED)
    use: Counter = Counter()
    dobs: dict = {}
    phones: dict = {}
    rows = []
    for cls, name, lang, n, case, fn in TEMPLATES:
        for i in range(n):
            c = Ctx(rng, use, i, dobs, phones)
            text, spans = unmark(fn(c), case)
            rows.append({
                "id": f"{SET}-{cls}-{name}-{i}", "text": text, "spans": spans, "source": SOURCE,
                "class": cls, "template": name, "locale": "", "_lang": lang, "_case": case,
            })
    return rows


def public(row: dict) -> dict:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def luhn_ok(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = int(ch)
        if k % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]


def verhoeff_ok(digits: str) -> bool:
    c = 0
    for k, ch in enumerate(reversed(digits)):
        c = VERHOEFF_D[c][VERHOEFF_P[k % 8][int(ch)]]
    return c == 0


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def check_ids() -> None:
    """Verify the check digits typed into the literals (nothing is generated here)."""
    for ib in [x for v in IBANS.values() for x in v]:
        assert iban_ok(ib), ib
    for card in CARDS:
        assert luhn_ok(card.replace(" ", "")), card
    for r in IDS:
        v = re.sub(r"[ .\-]", "", r.v)
        if r.kind == "pesel":
            w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
            assert (sum(int(a) * b for a, b in zip(v, w)) + int(v[10])) % 10 == 0, r.v
        elif r.kind in ("personnummer", "za", "amka"):
            assert luhn_ok(v), r.v
        elif r.kind == "tckn":
            d = [int(x) for x in v]
            assert d[9] == ((sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10) and d[10] == sum(d[:10]) % 10, r.v
        elif r.kind == "bsn":
            assert (sum(int(a) * b for a, b in zip(v[:8], range(9, 1, -1))) - int(v[8])) % 11 == 0, r.v
        elif r.kind in ("dni", "nie"):
            num = v[:-1].replace("X", "0").replace("Y", "1").replace("Z", "2")
            assert "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == v[-1], r.v
        elif r.kind == "nir":
            assert 97 - int(v[:13]) % 97 == int(v[13:]), r.v
        elif r.kind == "nhs":
            t = 11 - sum(int(a) * b for a, b in zip(v[:9], range(10, 1, -1))) % 11
            assert (0 if t == 11 else t) == int(v[9]), r.v
        elif r.kind == "tz":
            assert sum(sum(divmod(int(ch) * (1 + k % 2), 10)) for k, ch in enumerate(v)) % 10 == 0, r.v
        elif r.kind == "cnp":
            t = sum(int(a) * int(b) for a, b in zip(v, "279146358279")) % 11
            assert (1 if t == 10 else t) == int(v[12]), r.v
        elif r.kind == "cn":
            w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
            assert "10X98765432"[sum(int(a) * b for a, b in zip(v, w)) % 11] == v[17], r.v
        elif r.kind == "aadhaar":
            assert verhoeff_ok(v), r.v
        elif r.kind == "cpf":
            d = [int(x) for x in v]
            for k in (9, 10):
                t = sum(a * b for a, b in zip(d[:k], range(k + 1, 1, -1))) % 11
                assert d[k] == (0 if t < 2 else 11 - t), r.v


def check(rows: list[dict]) -> None:
    check_ids()
    ids, texts = set(), set()
    per_template: Counter = Counter()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["class"].startswith(("personal_", "clean_")), r["id"]
        per_template[r["template"]] += 1
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["value"] and s["value"] == s["value"].strip(), (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
            assert "⟦" not in r["text"], r["id"]
        else:
            assert r["spans"], r["id"]
    assert len(rows) == 324, len(rows)
    assert len(per_template) >= 80, len(per_template)
    assert max(per_template.values()) <= 5
    classes = {r["class"] for r in rows}
    assert 8 <= len(classes) <= 12, classes
    clean = sum(r["class"].startswith("clean_") for r in rows) / len(rows)
    assert 0.45 <= clean <= 0.55, clean
    foreign = [r for r in rows if r["_lang"] != "en"]
    assert 0.35 <= len(foreign) / len(rows) <= 0.50, len(foreign)
    assert len({r["_lang"] for r in foreign}) >= 15


def dump(rows: list[dict]) -> bytes:
    return "".join(json.dumps(public(r), ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def report(rows: list[dict], data: bytes) -> None:
    print(f"rows: {len(rows)}  templates: {len({r['template'] for r in rows})}")
    print("classes:")
    for cls, n in sorted(Counter(r["class"] for r in rows).items()):
        t = len({r["template"] for r in rows if r["class"] == cls})
        print(f"  {cls:<22} {n:>4} rows {t:>3} templates")
    print("spans by type:")
    for t, n in Counter(s["type"] for r in rows for s in r["spans"]).most_common():
        print(f"  {t:<22} {n:>4}")
    langs = Counter(r["_lang"] for r in rows)
    print(f"languages ({len(langs) - 1} besides English, {sum(v for k, v in langs.items() if k != 'en')} rows "
          "not in English):")
    for lang, n in langs.most_common():
        pers = sum(1 for r in rows if r["_lang"] == lang and r["class"].startswith("personal_"))
        print(f"  {LANGS[lang]:<16} {n:>4}  (personal {pers})")
    cases = Counter((r["_case"] or "mixed", r["class"].split("_")[0]) for r in rows)
    print("cases:", dict(sorted(cases.items())))
    print("sha256:", hashlib.sha256(data).hexdigest())


def main() -> int:
    rows = build()
    check(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        if OUT.exists() and OUT.read_bytes() == data:
            print(f"{OUT.name}: unchanged")
            return 0
        print(f"{OUT.name}: differs or missing")
        return 1
    OUT.write_bytes(data)
    report(rows, data)
    return 0


@tpl("personal_airline", "fr", n=2)
def t_air_arret_fr(c: Ctx) -> str:
    r, p, dob = c.idp("nir", ("fr",), "d_month_y:fr")
    doc = c.p("fr")
    if p.sex == "F":
        role, based, born = "hôtesse", "basée", "née"
    else:
        role, based, born = "steward", "basé", "né"
    return (
        "Aide-moi à rédiger un mail court et poli pour le planning PNC :\n\n"
        f"Bonjour, je suis {p.F}, {role} {based} à {c.pick(['Orly', 'Nice'])}. Je suis en arrêt de travail du 3 au "
        f"10 mars (certificat du Dr {doc.S}). Pour la mutuelle : numéro de sécurité sociale {r.m}, {born} le "
        f"{dob}. Je joins l'avis d'arrêt. Adresse : {c.a('fr').one()}. Tél. {c.pph(p)}, mail {p.mail('{g}.{f}', 'orange.fr')}"
    )


@tpl("personal_maritime", "pl", n=2)
def t_sea_wniosek_pl(c: Ctx) -> str:
    r, p, _ = c.idp("pesel", ("pl",))
    ship, rank = c.pick([("Nordic Amber", "drugim oficerem"), ("Baltic Lynx", "starszym mechanikiem")])
    return (
        "Popraw proszę stylistykę tego maila do agencji crewingowej w Szczecinie:\n\n"
        f"Dzień dobry, nazywam się {p.F}, PESEL {r.m}. Jestem {rank} na statku {ship} i kończę kontrakt w "
        f"przyszłym miesiącu. Proszę o przelew wynagrodzenia na nowe konto: {c.iban('pl')}.\n"
        f"Adres do korespondencji: {c.a('pl').one()}, tel. {c.pph(p)}, e-mail {p.mail('{g}.{f}', 'wp.pl')}.\n"
        f"Pozdrawiam\n{p.G}"
    )


@tpl("personal_maritime", "en", n=3)
def t_sea_cruise_signon(c: Ctx) -> str:
    cc, pool, port, ship = c.pick([("hn", "es", "Fort Lauderdale", "MS Coral Voyager"),
                                   ("jm", "en", "Barcelona", "MS Aurora Tide"),
                                   ("ke", "af", "Southampton", "MS Nordic Crown")])
    p = c.p(pool, sex="M", cc=(cc,))
    nok = c.p(pool, sex="F", cc=(cc,))
    return (
        "Can you help me answer this e-mail from the cruise line's crew office? Not sure what they still need.\n\n"
        f"> Dear {p.G},\n"
        f"> Your sign-on in {port} is confirmed for 02 May on the {ship}. Please send a copy of your C1/D "
        "visa and your medical, and confirm your home address and a next-of-kin number for our records.\n\n"
        "my reply so far:\n"
        f"Home address: {c.a(cc).one()}\n"
        f"Email: {p.mail(c.pick(['{g}{f}', '{g}.{f}88', '{f}{g}']), c.pick(['yahoo.com', 'gmail.com', 'gmail.com']))}\n"
        f"Next of kin: {nok.F} ({c.pick(['mother', 'sister', 'wife'])}), {c.pph(nok)}"
    )


@tpl("personal_airline", "th", n=2)
def t_air_swap_th(c: Ctx) -> str:
    p, q = c.p("th"), c.p("th")
    me, end = ("ดิฉัน", "ค่ะ") if p.sex == "F" else ("ผม", "ครับ")
    route = c.pick(["กรุงเทพฯ–โตเกียว", "กรุงเทพฯ–แฟรงก์เฟิร์ต"])
    return (
        "ช่วยเขียนข้อความนี้ให้สุภาพขึ้นหน่อย จะส่งให้ฝ่ายจัดตารางบิน\n\n"
        f"สวัสดี{end} {me} {p.N} พนักงานต้อนรับบนเครื่องบิน ขอแลกเที่ยวบิน{route}วันที่ 14 กับคุณ{q.NG} "
        f"ซึ่งตกลงแล้ว{end} ติดต่อ{me}ได้ที่ {c.pph(p)} ที่อยู่ปัจจุบัน {c.a('th', script='th').one(' ')}"
    )


# ============================================================================================
# clean_regulation: STCW, MLC, EASA FTL, FAA Part 117, national rules (PII-free)
# ============================================================================================

@tpl("clean_regulation", "en", n=4)
def t_reg_stcw(c: Ctx) -> str:
    return c.pick([
        ("What's the difference between an STCW Regulation II/1 and II/2 certificate of competency? Which one "
        "does a chief mate on a Panamax bulk carrier need, and did the 2010 Manila amendments change the "
        "refresher rules for Basic Safety Training?"),
        ("Explain the rest-hour rules in STCW Section A-VIII/1 versus MLC 2006 Standard A2.3 (10 hours in any "
        "24, 77 in any 7 days). Can the master suspend them for a muster drill, and how do Paris MoU "
        "inspectors usually check the records?"),
        ("Our company is moving two tankers to the Liberian and Marshall Islands registers. Do officers who "
        "hold Indian CoCs issued by DG Shipping need a flag-state endorsement, and how long does the "
        "Liberian one usually take?"),
        ("Is ECDIS type-specific familiarisation required by STCW or by the ISM Code? Our fleet has a mix of "
        "Kongsberg, Furuno and JRC units and the auditor from Lloyd's Register asked about it."),
    ])


@tpl("clean_regulation", "en", n=3)
def t_reg_mlc_table(c: Ctx) -> str:
    return c.pick([
        ("Make a Markdown table of the five Titles of the Maritime Labour Convention 2006, one line each on "
        "what they cover, with a column for the regulation numbers."),
        ("Put the Paris MoU, the Tokyo MoU and the US Coast Guard side by side in a table: how they target "
        "ships for inspection, whether they publish detentions, and how they treat MLC deficiencies."),
        ("Summarise what MLC 2006 says about repatriation and abandonment (Regulation 2.5 and the 2014 "
        "amendments on financial security). Use the Ever Given's months in the Great Bitter Lake as an "
        "example of why crew welfare clauses matter."),
    ])


@tpl("clean_regulation", "en", n=3)
def t_reg_easa_ftl(c: Ctx) -> str:
    return c.pick([
        ("Check my maths against EASA ORO.FTL.205 table 2: [CREW MEMBER] is acclimatised and reports at 06:15 "
        "local for 4 sectors. What's the maximum basic FDP, and how much does in-flight rest in a class 2 "
        "facility add with an augmented crew of 3?"),
        ("Under CS FTL.1.235, what's the minimum rest after a duty that crossed 4 time zones eastbound? Write "
        "it as a rule for our ops manual with placeholders like {{crew_member_name}} and {{home_base}}."),
        ("Explain split duty (CS FTL.1.220) for a short-haul base with a generic example: Captain A. and First "
        "Officer B. report at 05:00, have a 3-hour break in suitable accommodation, last sector lands 17:30."),
    ])


@tpl("clean_regulation", "en", n=4, case="lower")
def t_reg_far117_lower(c: Ctx) -> str:
    return c.pick([
        ("whats the difference between far part 117 and part 121 subpart q for cargo pilots? i heard ups and "
        "fedex crews are still exempt"),
        ("after colgan air 3407 congress pushed the 1500 hour rule. did that actually change anything for "
        "regionals like republic or skywest"),
        ("is there an faa rule like easa's disruptive schedule limits? asking for a friend who flies for "
        "southwest, lots of earlies"),
        ("explain the 'window of circadian low' in part 117 like im 5. and did the sully sullenberger hudson "
        "landing change any fatigue rules"),
    ])


@tpl("clean_regulation", "de", n=3)
def t_reg_ftl_de(c: Ctx) -> str:
    return c.pick([
        ("Wie viele Stunden darf Kabinenpersonal nach EASA FTL innerhalb von 7 Tagen im Dienst sein? Gibt es "
        "bei Lufthansa oder Condor zusätzliche tarifliche Regeln?"),
        ("Erklär mir bitte den Unterschied zwischen Bereitschaft am Flughafen und Reserve nach ORO.FTL.225. "
        "Was gilt bei Eurowings?"),
        ("Was regelt das Seearbeitsgesetz zu Ruhezeiten auf Schiffen unter deutscher Flagge, und wer "
        "kontrolliert das – die BG Verkehr oder das BSH?"),
    ])


@tpl("clean_regulation", "fr", n=3)
def t_reg_brevets_fr(c: Ctx) -> str:
    return c.pick([
        ("Quelle est la différence entre le brevet de capitaine 3000 et le brevet de chef de quart passerelle ? "
        "On les prépare à l'ENSM du Havre ou de Marseille ?"),
        ("Explique-moi le régime ENIM des marins français : cotisations, retraite, et ce qui change quand on "
        "navigue sous pavillon RIF."),
        ("Combien de temps un PNC d'Air France peut-il rester en découcher selon la réglementation ? Et quel "
        "est le rôle de la DGAC dans le contrôle des temps de vol ?"),
    ])


@tpl("clean_regulation", "es", n=3)
def t_reg_mlc_es(c: Ctx) -> str:
    return c.pick([
        ("¿Qué exige el Convenio sobre el Trabajo Marítimo (MLC 2006) en cuanto al alojamiento de la "
        "tripulación? Necesito un resumen para un armador de Vigo."),
        ("Explica la diferencia entre el Código IGS (ISM) y el Código PBIP (ISPS) y qué papel tiene el "
        "oficial de protección del buque."),
        ("¿Cuántas horas puede conducir un chófer de autobús de largo recorrido según el Reglamento (CE) "
        "561/2006? ¿Y qué cambia con la conducción en equipo?"),
    ])


@tpl("clean_regulation", "ja", n=2)
def t_reg_ja(c: Ctx) -> str:
    return c.pick([
        "船員法の労働時間と休息時間の規定を、STCW条約と比べて簡単に説明してください。",
        "航空法で定められた客室乗務員の乗務時間の制限について、JALとANAで運用の違いがあれば教えてください。",
    ])


@tpl("clean_regulation", "zh", n=2)
def t_reg_zh(c: Ctx) -> str:
    return c.pick([
        "请解释一下STCW公约马尼拉修正案对中国海员适任证书换发有什么影响？海事局是从哪一年开始执行的？",
        "中国是哪一年批准《2006年海事劳工公约》的？公约对船员的休息时间有哪些规定？",
    ])


@tpl("clean_regulation", "en", n=3, case="upper")
def t_reg_caps_notice(c: Ctx) -> str:
    return c.pick([
        ("please rewrite this notice for the crew mess in plain english:\nNOTICE TO ALL CREW\nHOURS OF REST ARE "
        "RECORDED DAILY IN ACCORDANCE WITH STCW A-VIII/1 AND MLC 2006 STANDARD A2.3.\nRECORDS WILL BE "
        "CHECKED BY THE MASTER EVERY SUNDAY.\nANY NON-CONFORMITY MUST BE REPORTED TO THE DPA.\nBY ORDER OF "
        "THE MASTER"),
        ("turn this into a table:\nCABIN CREW DUTY LIMITS – QUICK CARD\nMAX DUTY 60 HRS / 7 DAYS\nMAX DUTY "
        "110 HRS / 14 DAYS\nMAX DUTY 190 HRS / 28 DAYS\nMIN REST AT HOME BASE 12 HRS OR DUTY LENGTH\nSOURCE: "
        "EASA ORO.FTL.210"),
        ("fix the spelling on this sign for the helideck:\nALL PASSANGERS MUST WEAR SURVIVAL SUITS AND "
        "CA-EBS WHEN FLYING TO OR FROM THE INSTALATION.\nNO SMOKING WITHIN 50 M OF THE HELIDECK.\nHLO ON "
        "CHANNEL 16"),
    ])


@tpl("clean_regulation", "no", n=2)
def t_reg_havtil_no(c: Ctx) -> str:
    return c.pick([
        ("Hva sier arbeidsmiljøloven og rammeforskriften om arbeidstid offshore? Er 2-4-rotasjon standard på "
        "norsk sokkel, og hva gjør Havindustritilsynet?"),
        ("Forklar forskjellen på helseerklæring for arbeidstakere på skip fra Sjøfartsdirektoratet og "
        "offshore helseattest. Gjelder de samme reglene for mannskapet på Hurtigruten?"),
    ])


# ============================================================================================
# clean_craft: ships, aircraft, makers and vessels named after people (PII-free)
# ============================================================================================

@tpl("clean_craft", "en", n=4)
def t_craft_ships(c: Ctx) -> str:
    return c.pick([
        ("How does the Queen Mary 2 compare with the Queen Elizabeth and the Queen Anne in size and crew "
        "numbers? I'm writing a piece on Cunard's crew-to-passenger ratio."),
        ("Why did the Ever Given get stuck in the Suez Canal in 2021, and how many crew were on board? Who was "
        "responsible for the crew, Evergreen or the owner?"),
        ("Which is bigger, the Wonder of the Seas or the Icon of the Seas, and how many crew work on each? How "
        "does Royal Caribbean house them?"),
        ("Tell me about the Emma Mærsk and the ships named after Mærsk Mc-Kinney Møller. How many crew does a "
        "container ship that size need compared with the Ever Ace?"),
    ])


@tpl("clean_craft", "en", n=4)
def t_craft_makers(c: Ctx) -> str:
    return c.pick([
        ("Boeing or Airbus: which is easier for cabin crew to work in, the 787 or the A350? Think galley "
        "layout, crew rest compartments and door types."),
        ("Who were Anthony Fokker, Igor Sikorsky and Claude Dornier, and which of their companies still "
        "exist? Sikorsky is part of Lockheed Martin now, right?"),
        ("Compare the De Havilland Dash 8-400 with the ATR 72-600 for a regional airline's cabin crew: number "
        "of flight attendants required, jump seats and evacuation rules."),
        ("Which aircraft makers are named after people? Boeing, Fokker, Dornier, Junkers, Sukhoi, Tupolev, "
        "Ilyushin, Embraer, Pilatus? Tell me which are really surnames and which aren't."),
    ])


@tpl("clean_craft", "en", n=3)
def t_craft_vessel_csv(c: Ctx) -> str:
    return c.pick([
        ("Sort this list by year built and tell me which vessels are named after people or gods:\n\n"
        "vessel,operator,type,built\nPioneering Spirit,Allseas,heavy lift,2014\nSleipnir,Heerema,crane "
        "vessel,2019\nThialf,Heerema,crane vessel,1985\nSaipem 7000,Saipem,crane vessel,1988\nOrion,DEME,"
        "installation vessel,2021\nVoltaire,Jan De Nul,jack-up,2022"),
        ("Which of these research vessels are named after people? Add a column:\n\nship,country,operator\n"
        "RRS Sir David Attenborough,UK,British Antarctic Survey\nRV Polarstern,Germany,AWI\nMarion Dufresne,"
        "France,IPEV\nRV Maria S. Merian,Germany,IOW\nRV Investigator,Australia,CSIRO"),
        ("Which of these ferries are named after real people and which after fictional ones?\n\nferry;route;"
        "operator\nW.B. Yeats;Dublin–Cherbourg;Irish Ferries\nPeter Pan;Travemünde–Trelleborg;TT-Line\n"
        "Nils Holgersson;Travemünde–Trelleborg;TT-Line\nPrinsesse Benedikte;Rødby–Puttgarden;Scandlines\n"
        "Loch Seaforth;Ullapool–Stornoway;CalMac"),
    ])


@tpl("clean_craft", "en", n=4, case="lower")
def t_craft_heli_lower(c: Ctx) -> str:
    return c.pick([
        ("sikorsky s-92 vs airbus h175 vs leonardo aw189 for north sea crew changes, which has most seats and "
        "why did the super puma get grounded in 2016"),
        "is the bristow or the chc fleet bigger now? and which offshore operators still fly the aw139",
        ("why do offshore helicopters have seat size rules? something to do with the ca-ebs and the body size "
        "limits after the sumburgh crash in 2013"),
        "which airlines still fly the twin otter to remote islands, like loganair onto the beach at barra",
    ])


@tpl("clean_craft", "en", n=3)
def t_craft_tailfins(c: Ctx) -> str:
    return c.pick([
        ("Norwegian painted 'tail fin heroes' on its 737s. List some of them (Roald Amundsen, Thor Heyerdahl, "
        "Sonja Henie, Freddie Mercury, H.C. Andersen) and say why each was chosen."),
        ("KLM named its MD-11s after famous women: Florence Nightingale, Marie Curie, Maria Montessori, Amy "
        "Johnson, Audrey Hepburn. Which others were there, and where are the aircraft now?"),
        ("Aer Lingus names its aircraft after Irish saints, like St Patrick and St Brigid. Which other airlines "
        "name planes after people, and does the crew ever get told who the name belongs to?"),
    ])


@tpl("clean_craft", "de", n=3)
def t_craft_schiffe_de(c: Ctx) -> str:
    return c.pick([
        ("Warum heißen so viele deutsche Forschungsschiffe nach Personen, etwa Maria S. Merian oder Elisabeth "
        "Mann Borgese? Und wie groß ist die Besatzung der Polarstern?"),
        ("Die Hurtigruten-Schiffe Richard With und Kong Harald: Nach wem sind sie benannt, und wie viele "
        "Crewmitglieder arbeiten dort?"),
        ("Wie viele Crewkabinen hat die AIDAnova im Vergleich zur Mein Schiff 1? Und warum tragen die "
        "TUI-Schiffe keine Personennamen wie die Queen Mary 2?"),
    ])


@tpl("clean_craft", "it", n=3)
def t_craft_navi_it(c: Ctx) -> str:
    return c.pick([
        ("Quanti membri d'equipaggio ha l'Amerigo Vespucci durante la campagna addestrativa? E perché la nave "
        "scuola porta il nome del navigatore fiorentino?"),
        ("Raccontami la storia dell'Andrea Doria e della collisione con la Stockholm nel 1956: quanti uomini "
        "d'equipaggio c'erano a bordo?"),
        ("Le portacontainer di MSC hanno spesso nomi di persona, come MSC Gülsün o MSC Irina: da dove vengono "
        "questi nomi? E quanti marittimi servono su una nave così?"),
    ])


@tpl("clean_craft", "ru", n=3)
def t_craft_ledokol_ru(c: Ctx) -> str:
    return c.pick([
        "Расскажи про атомный ледокол «Ленин»: сколько человек было в экипаже и где он сейчас стоит как музей?",
        ("Чем отличаются ледоколы «50 лет Победы», «Арктика» и «Сибирь»? Сколько членов экипажа нужно на "
        "атомоходе проекта 22220?"),
        "Почему плавучую АЭС назвали «Академик Ломоносов» и как устроена вахта персонала в Певеке?",
    ])


@tpl("clean_craft", "en", n=3)
def t_craft_ship_json(c: Ctx) -> str:
    return c.pick([
        ("This JSON from our fleet API fails validation. What's wrong?\n\n"
        '{"vessels": [\n  {"name": "CMA CGM Jacques Saadé", "type": "container", "teu": 23000},\n'
        '  {"name": "CMA CGM Antoine de Saint Exupéry", "type": "container", "teu": 20954},\n'
        '  {"name": "HMM Algeciras", "type": "container", "teu": 23964}\n'
        '  {"name": "Madrid Maersk", "type": "container", "teu": 20568}\n]}'),
        ("Add a field to each entry saying who the ship is named after:\n\n"
        '{"tall_ships": [\n  {"name": "Juan Sebastián de Elcano", "navy": "Spain"},\n'
        '  {"name": "Gorch Fock", "navy": "Germany"},\n  {"name": "Cuauhtémoc", "navy": "Mexico"},\n'
        '  {"name": "Statsraad Lehmkuhl", "owner": "foundation, Bergen"},\n'
        '  {"name": "Kruzenshtern", "owner": "Russia"}\n]}'),
        ("Convert this to a YAML list for our crew-base config:\n\n"
        '{"bases": [\n  {"iata": "JFK", "name": "John F. Kennedy International"},\n'
        '  {"iata": "CDG", "name": "Paris Charles de Gaulle"},\n'
        '  {"iata": "FCO", "name": "Leonardo da Vinci–Fiumicino"},\n'
        '  {"iata": "DEL", "name": "Indira Gandhi International"},\n'
        '  {"iata": "MNL", "name": "Ninoy Aquino International"}\n]}'),
    ])


@tpl("clean_craft", "ko", n=2)
def t_craft_ko(c: Ctx) -> str:
    return c.pick([
        "대한항공 A380과 아시아나항공 A380의 객실승무원 탑승 인원이 어떻게 다른지 알려 줘. 보잉 747-8과도 비교해 줘.",
        "HMM 알헤시라스호 같은 초대형 컨테이너선에는 선원이 몇 명 타나요? 어느 조선소에서 만든 배인가요?",
    ])


@tpl("clean_craft", "nl", n=3)
def t_craft_klm_nl(c: Ctx) -> str:
    return c.pick([
        ("Wie was Anthony Fokker en waarom heette de Fokker 100 zo? Hoeveel cabinepersoneel zat er op een "
        "Fokker 70 bij KLM Cityhopper?"),
        ("Het passagiersschip Johan van Oldenbarnevelt en de Nieuw Amsterdam van de Holland-Amerika Lijn: hoe "
        "groot was de bemanning in de jaren dertig?"),
        ("Waarom heten de kraanschepen van Heerema naar figuren uit de Noorse mythologie, zoals Thialf en "
        "Sleipnir, en hoeveel mensen wonen er aan boord tijdens een project?"),
    ])


# ============================================================================================
# clean_famous: aviators, captains, explorers, touring legends (PII-free)
# ============================================================================================

@tpl("clean_famous", "en", n=4)
def t_fame_aviators(c: Ctx) -> str:
    return c.pick([
        ("Write a short bio of Amelia Earhart for a cabin crew training module on aviation history, and "
         "mention Fred Noonan, her navigator."),
        "Who was Bessie Coleman and why did she have to go to France to get her pilot's licence?",
        ("Compare the careers of Amy Johnson and Jean Batten. Both flew solo from England to Australia; "
         "who was faster?"),
        "What did Charles Lindbergh and Beryl Markham each do first across the Atlantic, and in which direction?",
    ])


@tpl("clean_famous", "en", n=4)
def t_fame_captains(c: Ctx) -> str:
    return c.pick([
        ("What did Captain Chesley 'Sully' Sullenberger and First Officer Jeff Skiles get right on US Airways "
         "1549? I want to use it in a CRM session."),
        ("Was Captain Edward Smith of the Titanic really planning to retire after that voyage? And what "
         "happened to officers like Charles Lightoller afterwards?"),
        "Summarise the Costa Concordia disaster and the trial of Francesco Schettino for a maritime ethics class.",
        ("What happened on Southwest 1380 with Captain Tammie Jo Shults? Compare her handling with Captain Al "
         "Haynes on United 232."),
    ])


@tpl("clean_famous", "fr", n=3)
def t_fame_aviateurs_fr(c: Ctx) -> str:
    return c.pick([
        ("Fais-moi une frise chronologique : Louis Blériot traverse la Manche, Roland Garros traverse la "
         "Méditerranée, puis Jean Mermoz et l'Aéropostale."),
        "Qui était Hélène Boucher ? Et Adrienne Bolland, la première femme à franchir la cordillère des Andes ?",
        ("Pourquoi Antoine de Saint-Exupéry a-t-il volé pour l'Aéropostale, et quel est le lien avec "
         "Vol de nuit ?"),
    ])


@tpl("clean_famous", "pt", n=3)
def t_fame_santos_pt(c: Ctx) -> str:
    return c.pick([
        "Santos-Dumont ou os irmãos Wright: quem voou primeiro de verdade? Me explica a polêmica do 14-bis.",
        ("Quem foram Gago Coutinho e Sacadura Cabral e como foi a primeira travessia aérea do Atlântico Sul "
         "em 1922?"),
        "Me conta a história da Anésia Pinheiro Machado, a primeira aviadora brasileira.",
    ])


@tpl("clean_famous", "en", n=3)
def t_fame_crews_md(c: Ctx) -> str:
    return c.pick([
        ("Check the roles in this table for a museum panel:\n\n| Name | Role | Mission |\n|---|---|---|\n"
         "| Neil Armstrong | Commander | Apollo 11 |\n| Buzz Aldrin | Lunar Module Pilot | Apollo 11 |\n"
         "| Michael Collins | Command Module Pilot | Apollo 11 |\n| Jim Lovell | Commander | Apollo 13 |\n"
         "| Fred Haise | Lunar Module Pilot | Apollo 13 |\n| Jack Swigert | Command Module Pilot | Apollo 13 |"),
        ("Fill in the missing roles in this crew table from Shackleton's Endurance expedition:\n\n"
         "| Name | Role |\n|---|---|\n| Ernest Shackleton | Expedition leader |\n| Frank Worsley | Captain |\n"
         "| Frank Wild | ? |\n| Tom Crean | ? |\n| Frank Hurley | Photographer |"),
        ("Here's the Kon-Tiki crew list; add nationality and one line on each:\n\n| Name | Role |\n|---|---|\n"
         "| Thor Heyerdahl | Leader |\n| Erik Hesselberg | Navigator |\n| Bengt Danielsson | Steward |\n"
         "| Knut Haugland | Radio |\n| Torstein Raaby | Radio |\n| Herman Watzinger | Engineer |"),
    ])


@tpl("clean_famous", "en", n=4, case="lower")
def t_fame_trivia_lower(c: Ctx) -> str:
    return c.pick([
        ("crew quiz night, check my answers: 1) first flight attendant = ellen church 1930 2) first woman "
         "captain at a us scheduled airline = emily howell warner 3) cathay pacific founders = roy farrell and "
         "sydney de kantzow"),
        "who was the master of the mayflower, christopher jones? and who sailed the endeavour with james cook",
        "is it true juan trippe founded pan am and howard hughes owned twa? need it for a quiz",
        ("settle an argument: was it ferdinand magellan or juan sebastián elcano who actually finished the "
         "first circumnavigation"),
    ])


@tpl("clean_famous", "en", n=3)
def t_fame_tours(c: Ctx) -> str:
    return c.pick([
        ("How big was the road crew on U2's 360° Tour compared with Taylor Swift's Eras Tour? I want to "
         "explain touring logistics to new techs."),
        "Who founded Cirque du Soleil (Guy Laliberté and Gilles Ste-Croix?) and how do they staff a touring big top?",
        "Tell me about Ian Stewart, the 'sixth Stone' who was also the Rolling Stones' road manager.",
    ])


@tpl("clean_famous", "ar", n=2)
def t_fame_ar(c: Ctx) -> str:
    return c.pick([
        "من هو أحمد بن ماجد ولماذا يُلقّب بأسد البحر؟ وهل صحيح أنه أرشد فاسكو دا غاما إلى الهند؟",
        "حدّثني عن عباس بن فرناس ومحاولته للطيران في قرطبة، ولماذا سُمّيت فوهة على القمر باسمه؟",
    ])


@tpl("clean_famous", "tr", n=2)
def t_fame_tr(c: Ctx) -> str:
    return c.pick([
        "Sabiha Gökçen kimdir ve İstanbul'daki havalimanına neden onun adı verildi?",
        "Piri Reis'in dünya haritası neden bu kadar ünlü? Kemal Reis ile akrabalığı neydi?",
    ])


@tpl("clean_famous", "pl", n=2)
def t_fame_pl(c: Ctx) -> str:
    return c.pick([
        "Kim byli Żwirko i Wigura i dlaczego ich zwycięstwo w Challenge 1932 było tak ważne?",
        ("Joseph Conrad, czyli Józef Teodor Konrad Korzeniowski, pływał jako marynarz. Na jakich statkach i czy "
         "dowodził któryś z nich?"),
    ])


@tpl("clean_famous", "hi", n=2)
def t_fame_hi(c: Ctx) -> str:
    return c.pick([
        "कल्पना चावला और राकेश शर्मा के बारे में बच्चों के लिए एक छोटा लेख लिखिए।",
        "जे. आर. डी. टाटा को भारत का पहला पायलट लाइसेंस कब मिला और टाटा एयरलाइंस से एयर इंडिया कैसे बनी?",
    ])


# ============================================================================================
# clean_forms: blank forms, placeholders, templates and sample people in many languages (PII-free)
# ============================================================================================

@tpl("clean_forms", "en", n=3)
def t_form_blank_nok(c: Ctx) -> str:
    return c.pick([
        ("Turn this blank next-of-kin form into a fillable Word layout:\n\nNEXT OF KIN DETAILS\n"
         "Seafarer name: ______________________\nRank: ________  Seaman's book no.: ____________\n"
         "Next of kin (full name): ______________________\nRelationship: ____________\n"
         "Address: ______________________________________\nPhone: ____________  Alt. phone: ____________\n"
         "Signature: ____________  Date: ___/___/______"),
        ("Make this offshore emergency contact card template short enough for an ID badge:\n\n[FULL NAME]\n"
         "Employer: [COMPANY]\nBlood group: [  ]\nAllergies: [  ]\nNOK: [NOK NAME] – [NOK PHONE]\n"
         "Vantage ID: [ID]"),
        ("Proofread this blank lost-licence declaration:\n\nI, (full name of licence holder), licence number "
         "____________, declare that my licence was lost / stolen on (date) at (place). I have reported it to "
         "(police force) under reference ______.\nSigned ______________"),
    ])


@tpl("clean_forms", "en", n=3)
def t_form_jinja_roster(c: Ctx) -> str:
    return c.pick([
        ("Why does this Jinja template print an empty name for standby crew?\n\n{% for duty in roster %}\n"
         "{{ duty.date }} | {{ duty.crew.last_name | upper }}, {{ duty.crew.first_name }} | {{ duty.code }}\n"
         "{% endfor %}"),
        ("Rewrite this roster e-mail template so it sounds friendlier:\n\nDear {{first_name}},\nYour roster "
         "for {{month}} is now published. You have {{days_off}} days off and {{standby_count}} standbys. Swaps "
         "must be requested in {{app_name}} before {{deadline}}.\nCrew Planning"),
        ("Fix the placeholders in this hotel rooming e-mail:\n\nDear ${hotel_contact},\nPlease reserve "
         "${room_count} single rooms for crew ${crew_list} arriving ${arrival_date}. Pick-up at "
         "${pickup_time}.\nThanks, ${sender_name}"),
    ])


@tpl("clean_forms", "en", n=3)
def t_form_sample_csv(c: Ctx) -> str:
    return c.pick([
        ("This is the sample crew list from our vendor's docs. Will it import into our system?\n\n"
         "surname,given_name,rank,nationality,passport\nDOE,JOHN,MASTER,XXX,000000000\n"
         "DOE,JANE,C/O,XXX,000000000\nBLOGGS,JOE,AB,XXX,000000000"),
        ("Make a test fixture for our crew app with obviously fake people only: John Smith, Jane Roe, Richard "
         "Roe and A. N. Other, ranks Master, Chief Officer, Bosun and Cook, no phone numbers."),
        ("Explain each part of the specimen MRZ from ICAO Doc 9303 (the sample passport of Anna Maria "
         "Eriksson of Utopia):\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
         "L898902C36UTO7408122F1204159ZE184226B<<<<<10"),
    ])


@tpl("clean_forms", "de", n=3)
def t_form_muster_de(c: Ctx) -> str:
    return c.pick([
        ("Ist dieses Musterformular für den Crew-Ausweis so in Ordnung?\n\nName: Mustermann\nVorname: Erika\n"
         "Geburtsdatum: TT.MM.JJJJ\nPersonalnummer: 000000\nBasis: [BASIS]\nGültig bis: MM/JJJJ"),
        ("Formuliere ein Beispiel-Anschreiben an die Crewplanung mit Max Mustermann als Absender und "
         "Platzhaltern für Datum und Umlauf."),
        ("Wie fülle ich im Antrag auf ein Seefahrtbuch das Feld „Name, Vorname (wie im Pass)“ aus? Im Beispiel "
         "steht „Mustermann, Max“."),
    ])


@tpl("clean_forms", "es", n=2)
def t_form_plantilla_es(c: Ctx) -> str:
    return c.pick([
        ("Crea una plantilla de parte de incidencias para TCP con los campos vacíos: nombre del tripulante, "
         "número de empleado, vuelo, fecha y descripción. Usa «Fulano de Tal» como ejemplo."),
        ("En el DNI de muestra aparece «Carmen Española Española». ¿Puedo usar ese nombre en el modelo de "
         "contrato de embarque que vamos a enseñar a los alumnos de náutica?"),
    ])


@tpl("clean_forms", "pl", n=2)
def t_form_wzor_pl(c: Ctx) -> str:
    return c.pick([
        ("Przygotuj wzór wniosku o wydanie książeczki żeglarskiej z przykładowymi danymi: Jan Kowalski, "
         "ul. Przykładowa 1, 00-001 Warszawa."),
        ("Czy w szablonie grafiku dyżurów mogę wpisać przykładowe nazwiska Jan Kowalski i Anna Nowak zamiast "
         "prawdziwych, żeby pokazać go kierownikowi?"),
    ])


@tpl("clean_forms", "ja", n=2)
def t_form_ja(c: Ctx) -> str:
    return c.pick([
        "船員手帳の申請書の記入例を作ってください。氏名は「山田太郎」、住所は「東京都千代田区〇〇町1-1」のような見本でお願いします。",
        "客室乗務員の勤務表テンプレートを作ってください。名前の欄は「山田花子」などの例で埋めておいてください。",
    ])


@tpl("clean_forms", "tl", n=2, case="lower")
def t_form_tl(c: Ctx) -> str:
    return c.pick([
        ("gawa ka ng sample na nok form para sa seaman, gamitin mo si Juan dela Cruz bilang halimbawa at "
         "iwanang blangko ang address"),
        "paano punan ang sirb application? sa sample nakalagay 'DELA CRUZ, JUAN', tama ba na apelyido muna?",
    ])


@tpl("clean_forms", "en", n=3, case="upper")
def t_form_caps_fal(c: Ctx) -> str:
    return c.pick([
        ("what goes in each box of this blank form?\nIMO FAL FORM 5 – CREW LIST\n1.1 NAME OF SHIP  1.2 IMO "
         "NUMBER  1.3 CALL SIGN  1.4 VOYAGE NUMBER\n2. PORT OF ARRIVAL/DEPARTURE  3. DATE OF ARRIVAL/DEPARTURE"
         "\n6. NO.  7. FAMILY NAME, GIVEN NAMES  8. RANK OR RATING  9. NATIONALITY  10. DATE AND PLACE OF "
         "BIRTH  11. NATURE AND NO. OF IDENTITY DOCUMENT"),
        "translate this header row to spanish: SEQ | SURNAME | GIVEN NAMES | DOB | PASSPORT NO | EXPIRY | NOK NAME | NOK PHONE",
        ("make this helideck manifest template fit on one page: FLIGHT NO / DATE / FROM / TO / SEAT / NAME / "
         "COMPANY / BODY WEIGHT / BAG WEIGHT / SIGNATURE"),
    ])


@tpl("clean_forms", "en", n=3)
def t_form_json_schema(c: Ctx) -> str:
    return c.pick([
        ('Is this JSON Schema for a crew member right? I want "nok" to be optional.\n\n'
         '{"type": "object", "required": ["surname", "given_names", "rank"], "properties": {\n'
         '  "surname": {"type": "string"}, "given_names": {"type": "string"},\n'
         '  "rank": {"enum": ["MASTER", "C/O", "2/O", "AB"]},\n'
         '  "nok": {"type": "object", "properties": {"name": {"type": "string"}, "phone": {"type": "string"}}}\n}}'),
        ("Write a pydantic model for a roster swap request with requester_id, counterpart_id, duty_date and "
         "reason, plus an example where both ids are \"<CREW_ID>\"."),
        ("Generate OpenAPI example values for the /crew/{crewId}/next-of-kin endpoint using obvious "
         "placeholders such as \"Jane Doe\" and \"<PHONE>\"."),
    ])


@tpl("clean_forms", "en", n=3)
def t_form_samples_world(c: Ctx) -> str:
    return c.pick([
        ("For a multilingual crew app demo, list the 'sample person' each language uses: Max Mustermann "
         "(German), Jean Dupont (French), Mario Rossi (Italian), Jan Kowalski (Polish), Juan dela Cruz "
         "(Filipino), Иван Иванов (Russian). Add Korean and Chinese."),
        ("Which placeholder names are safe for screenshots in a Nordic crew app? I was thinking Ola Nordmann, "
         "Kari Nordmann, Sven Svensson and Matti Meikäläinen."),
        ("Are these the local 'John Doe' names for our demo users: 张三 and 李四 (Chinese), 홍길동 (Korean), "
         "山田太郎 (Japanese), Nguyễn Văn A (Vietnamese), فلان الفلاني (Arabic), ישראל ישראלי (Hebrew)?"),
    ])


# ============================================================================================
# clean_ops: crew software, airports and ports in general questions, coach and rail (PII-free)
# ============================================================================================

@tpl("clean_ops", "en", n=4)
def t_ops_software(c: Ctx) -> str:
    return c.pick([
        ("We're choosing crew management software: Jeppesen Crew Rostering, Lufthansa Systems NetLine/Crew, "
         "AIMS and IBS iFlight. Which handles EASA FTL best for a 40-aircraft operator?"),
        ("For ship crewing, how do Helm CONNECT, MariApps and Danaos compare? We mostly need certificate "
         "tracking and payroll for about 600 seafarers."),
        ("Is Vantage POB or Sentinel better for offshore personnel tracking? Our installations in the "
         "Norwegian sector already run Kongsberg systems."),
        ("For touring, compare Master Tour, Propared and Shoflo for day sheets and crew contact lists. Do any "
         "of them sync with Google Sheets?"),
    ])


@tpl("clean_ops", "en", n=4)
def t_ops_airports(c: Ctx) -> str:
    return c.pick([
        ("Crew trivia: which airports are named after people? JFK, Charles de Gaulle, Leonardo da Vinci, "
         "Indira Gandhi, Ninoy Aquino, Jomo Kenyatta, O. R. Tambo. Add five more."),
        "Where do crews usually stay near Liverpool John Lennon Airport, and how far is it from Manchester?",
        ("Why is Madeira's airport called Cristiano Ronaldo and Belfast City called George Best? Are there "
         "others named after footballers or musicians?"),
        ("Is Warsaw Chopin or Modlin better for a positioning flight to Gdańsk? And is Lech Wałęsa Airport "
         "open around the clock?"),
    ])


@tpl("clean_ops", "en", n=4, case="lower")
def t_ops_ports_lower(c: Ctx) -> str:
    return c.pick([
        "which ports are easiest for crew changes right now, singapore, manila or fujairah? we have filipino and indian crew",
        "is las palmas or algeciras better for a quick crew change on a west africa run",
        "how long does a taxi take from the port of rotterdam to schiphol for off-signers",
        "what do seafarers' centres like stella maris and the mission to seafarers actually offer crew in port",
    ])


@tpl("clean_ops", "en", n=3)
def t_ops_coach_rail(c: Ctx) -> str:
    return c.pick([
        ("How do long-distance coach companies like FlixBus and Greyhound schedule drivers on overnight routes? "
         "Do they use double crews?"),
        "The Ghan is named after the Afghan cameleers, right? How many crew work on it compared with the Indian Pacific?",
        ("Which European trains still have sleeping-car attendants: the Nightjet, the Caledonian Sleeper, the "
         "Venice Simplon-Orient-Express? What are their crew rotations like?"),
    ])


@tpl("clean_ops", "id", n=3, case="lower")
def t_ops_pelabuhan_id(c: Ctx) -> str:
    return c.pick([
        ("apa bedanya pelabuhan tanjung priok dan tanjung perak untuk pergantian kru kapal? yang mana lebih "
         "dekat ke bandara soekarno-hatta"),
        "berapa lama proses sign-on abk di pelabuhan batam? biasanya lewat bandara hang nadim kan",
        "kenapa bandara di bali namanya i gusti ngurah rai? dia pahlawan nasional ya",
    ])


@tpl("clean_ops", "th", n=2)
def t_ops_th(c: Ctx) -> str:
    return c.pick([
        "ลูกเรือของการบินไทยใช้สนามบินสุวรรณภูมิหรือดอนเมืองเป็นฐานหลัก",
        "ท่าเรือแหลมฉบังเหมาะกับการเปลี่ยนลูกเรือเรือสินค้าไหม ต้องเดินทางจากสนามบินนานเท่าไร",
    ])


@tpl("clean_ops", "el", n=2)
def t_ops_el(c: Ctx) -> str:
    return c.pick([
        "Πόσο απέχει το αεροδρόμιο «Ελευθέριος Βενιζέλος» από το λιμάνι του Πειραιά για μια αλλαγή πληρώματος;",
        "Γιατί το αεροδρόμιο της Θεσσαλονίκης λέγεται «Μακεδονία» και του Ηρακλείου «Νίκος Καζαντζάκης»;",
    ])


@tpl("clean_ops", "he", n=2)
def t_ops_he(c: Ctx) -> str:
    return c.pick([
        "כמה זמן נוסעים מנמל התעופה בן גוריון לנמל חיפה? צריך לתכנן החלפת צוות באונייה.",
        "למה שדה התעופה ליד אילת נקרא על שם אילן ואסף רמון?",
    ])


@tpl("clean_ops", "en", n=3)
def t_ops_sql(c: Ctx) -> str:
    return c.pick([
        ("Optimise this query, it's slow on the roster table:\n\nSELECT c.crew_id, c.last_name, c.first_name, "
         "r.duty_date, r.pairing_code\nFROM crew c JOIN roster r ON r.crew_id = c.crew_id\nWHERE r.duty_date "
         "BETWEEN :from AND :to AND c.base = :base\nORDER BY c.last_name;"),
        ("Why does this migration fail on Postgres?\n\nALTER TABLE seafarer ADD COLUMN nok_name text, "
         "ADD COLUMN nok_phone text NOT NULL;"),
        ("Explain this log line from our crew app:\nWARN RosterSync: skipped 3 duties for crew_id=NULL "
         "(pairing LGW-FNC-LGW), reason=missing_qualification A320_CC"),
    ])


@tpl("clean_ops", "uk", n=2, case="lower")
def t_ops_uk(c: Ctx) -> str:
    return c.pick([
        "як найшвидше дістатися до ізмаїла на судно, якщо бориспіль закритий? мабуть, через кишинів?",
        "як перевірити, чи крюїнгова агенція в одесі має ліцензію мінсоцполітики?",
    ])


@tpl("clean_ops", "en", n=3, case="lower")
def t_ops_tour_lower(c: Ctx) -> str:
    return c.pick([
        "beat the street or phoenix bussing for a european bus tour? and do their drivers know the eu hours rules",
        "does anyone run master tour on android? it keeps crashing when i open the day sheet",
        "how many people does a typical arena tour crew have, like for coldplay or ed sheeran",
    ])


if __name__ == "__main__":
    sys.exit(main())
