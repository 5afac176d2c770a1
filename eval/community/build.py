#!/usr/bin/env python3
"""community — hand-written labelled prompts from people who run communities and non-profits.

Game studios' player support and moderators, open-source and forum community managers,
churches, mosques, temples, gurdwaras and synagogues, charities and NGOs, sports clubs and
scouting, alumni and hobby associations. Half the rows name private people (players, members,
parishioners, donors, beneficiaries, volunteers, athletes, parents, alumni); half are PII-free
and full of public names (games and characters, engines and platforms, saints and prophets,
feast days and holy places, charities, philanthropists, clubs, open-source projects).

Python standard library only; SEED fixed; two runs write the same file. Every name, street,
phone, e-mail domain, date and number below was typed by hand (e-mail local parts and handles
are derived in code from the hand-typed names). No Faker, no mimesis.

    python3 build.py           # writes holdout.jsonl, prints counts
    python3 build.py --check   # rebuilds in memory and compares with holdout.jsonl
"""
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 51_1207
SET = "community"
HERE = Path(__file__).resolve().parent
OUT = HERE / "holdout.jsonl"
SOURCE = "eval/community/build.py"
TYPES = {"PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD",
         "IBAN_CODE", "DATE_OF_BIRTH", "NATIONAL_ID", "US_SSN", "MEDICAL_RECORD_NUMBER"}

# ---------------------------------------------------------------- markers and offsets

MARK = re.compile(r"⟦([A-Z_]+)\|(.*?)⟧", re.S)


def M(t, v):
    assert t in TYPES, t
    return f"⟦{t}|{v}⟧"


def _case(s, case):
    if case == "lower":
        return s.lower()
    if case == "upper":
        return s.upper()
    return s


def unmark(marked, case=None):
    """Marked text -> (text, spans). Each piece is cased on its own so offsets stay right."""
    out, spans, pos, i = [], [], 0, 0
    for m in MARK.finditer(marked):
        pre = _case(marked[i:m.start()], case)
        out.append(pre)
        pos += len(pre)
        val = _case(m.group(2), case)
        spans.append({"start": pos, "end": pos + len(val), "type": m.group(1), "value": val})
        out.append(val)
        pos += len(val)
        i = m.end()
    tail = _case(marked[i:], case)
    out.append(tail)
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text
    return text, spans


def fold(s):
    """ASCII fold for e-mail local parts and handles."""
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"),
                 ("đ", "d"), ("Đ", "D"), ("ı", "i"), ("ð", "d"), ("þ", "th"), ("œ", "oe")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _h(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest(), 16)


# ---------------------------------------------------------------- people (typed by hand)
# given | family | culture tag | regions (communities the person turns up in) | sex | order
# order "sf": family name written first in the person's own usage. An optional last field
# gives a romanised given/family for e-mail and handles of people written in other scripts.

PEOPLE_RAW = """
Maureen|Lacey|English|en|f
Dawn|Marsh|English|en|f
Rowan|Hill|English|en|m
Faith|Oyelaran|Yoruba|en|f
Blessing|Adeyemi|Yoruba|en|f
Chukwuemeka|Obi|Igbo|en|m
Mercy|Chukwu|Igbo|en|f
Sunday|Okon|Ibibio|en|m
Kofi|Mensah-Bonsu|Akan|en|m
Abena|Owusu|Akan|en de|f
Wanjiru|Kamau|Kikuyu|en|f
Brian|Otieno|Luo|en|m
Thandiwe|Nkosi|Zulu|en|f
Anathi|Mqhayi|Xhosa|en|m
Pieter|du Plessis|Afrikaans|en nl|m
Selamawit|Tesfaye|Amharic|en sv|f
Yonas|Ghebremedhin|Tigrinya|en de sv|m
Hodan|Warsame|Somali|en sv nl mu|f
Abdirahman|Hersi|Somali|en mu|m
Amr|El-Shazly|Egyptian|en mu|m
Rami|Haddad|Lebanese|en fr|m
Lina|Al-Khatib|Syrian|en de mu|f
Omar|Hamdan|Palestinian|en mu|m
Farhad|Rezaei|Persian|en sv de mu|m
Shirin|Moradi|Persian|en mu|f
Zarghona|Wardak|Pashtun|en de mu|f
Mohammad Nadir|Sultani|Hazara|en mu|m
Yael|Ben-Ami|Israeli|en jw|f
Avraham|Katz|Ashkenazi Jewish|en jw|m
Miriam|Goldfarb|Ashkenazi Jewish|en jw|f
Karthik|Subramanian|Tamil|en|m
Meenakshi|Raman|Tamil|en|f
Anjali|Deshmukh|Marathi|en|f
Rohit|Agarwal|Hindi|en|m
Sourav|Chatterjee|Bengali|en|m
Shamima|Akter|Bangladeshi|en mu|f
Bilal|Chaudhry|Pakistani Punjabi|en mu|m
Harpreet Kaur|Sandhu|Sikh Punjabi|en sk|f
Gurdeep Singh|Bains|Sikh Punjabi|en sk|m
Hetal|Patel|Gujarati|en|f
Sujan|Gurung|Nepali|en|m
Dilani|Perera|Sinhala|en|f
Thị Hồng|Nguyễn|Vietnamese|en|f|sf
Quốc Bảo|Trần|Vietnamese|en|m|sf
Yiting|Chen|Mandarin Chinese|en|f|sf
Zihan|Huang|Mandarin Chinese|en|m|sf
Ka-wai|Chan|Cantonese|en|m|sf
Pei-shan|Lin|Taiwanese|en|f|sf
Ji-hoon|Park|Korean|en|m|sf
Yu-na|Seo|Korean|en|f|sf
Ren|Takahashi|Japanese|en|m|sf
Aoi|Morimoto|Japanese|en|f|sf
Somchai|Wongsuwan|Thai|en|m
Maria Luz|Dimaculangan|Filipino|en tl|f
Jericho|Bautista|Filipino|en tl|m
Rhea Mae|Soriano|Filipino|tl en|f
Hemi|Te Rangi|Māori|en|m
Aroha|Parata|Māori|en|f
Malia|Leota|Samoan|en|f
Sione|Havili|Tongan|en|m
Ximena|Hernández Ruiz|Mexican|en es|f
Guadalupe|Morales|Mexican|en es|f
DeShawn|Freeman|African American|en|m
Tamika|Holloway|African American|en|f
Hunter|Reyes|US|en|m
Chase|Whitaker|US|en|m
Winona|Begay|Diné|en|f
Delroy|Campbell|Jamaican|en|m
Shanice|Grant|Jamaican British|en|f
Niamh|Ó Súilleabháin|Irish|en|f
Ciarán|Mac Giolla Bhríde|Irish|en|m
Eilidh|MacKinnon|Scottish|en|f
Rhodri|Pryce|Welsh|en|m
Siân|Llewelyn|Welsh|en|f
Armen|Petrosyan|Armenian|en fr|m
Nino|Beridze|Georgian|en de|f
Aigerim|Zhaksybekova|Kazakh|en mu|f
Noor|Al-Hashimi|Emirati|en mu|f
Jean-Baptiste|Nduwimana|Burundian|fr en|m
Wilfried|Jean-Louis|Haitian|fr en|m
Eleni|Papadopoulou|Greek|en de|f
Giorgos|Antoniou|Greek|en|m
Irina|Smirnova|Russian|en de|f
Milica|Jovanović|Serbian|en de|f
Ivana|Horvat|Croatian|en de|f
Emir|Hodžić|Bosnian|en de sv mu|m
Arben|Krasniqi|Kosovar Albanian|en de mu|m
Rūta|Kazlauskienė|Lithuanian|en|f
Kristaps|Bērziņš|Latvian|en|m
Liis|Saar|Estonian|en|f
Eszter|Kovács|Hungarian|en de|f|sf
Bence|Nagy|Hungarian|en|m|sf
Jesús|Iglesias Rubio|Spanish|es|m
Consuelo|Vidal Ferrer|Spanish|es|f
Jordi|Casals Vilanova|Catalan|es|m
Iñaki|Etxeberria|Basque|es|m
Ainhoa|Goikoetxea|Basque|es|f
José Luis|Quispe Mamani|Quechua|es|m
Valentina|Restrepo|Colombian|es en|f
Matías|Sepúlveda|Chilean|es|m
Lucía|Ferreyra|Argentine|es|f
Rocío|Domínguez Peña|Andalusian|es|f
Hamza|Benjelloun|Moroccan|es fr mu|m
Maria da Conceição|Lopes|Portuguese|pt|f
João Pedro|Carvalho|Portuguese|pt|m
Thiago|dos Santos Silva|Brazilian|br|m
Ana Cláudia|Ferreira|Brazilian|br|f
Rafaela|Nogueira|Brazilian|br|f
Kauã|Oliveira Rocha|Brazilian|br|m
Luana|Brito|Brazilian|br|f
Élodie|Marchand|French|fr|f
Benoît|Lefort|French|fr|m
Gwenaëlle|Le Goff|Breton|fr|f
Mamadou|Sow|Senegalese Fula|fr mu|m
Fatoumata|Keïta|Malian|fr mu|f
Tamar|Azoulay|Sephardic Jewish|fr jw|f
Yousra|Benali|Moroccan|fr nl mu|f
Luc|Vandenberghe|Flemish|nl fr|m
Capucine|Roux|French|fr|f
Sanne|de Vries|Dutch|nl|f
Bram|van den Berg|Dutch|nl|m
Femke|Bakker|Dutch|nl|f
Joost|Mulder|Dutch|nl|m
Khalid|Amrani|Moroccan Dutch|nl mu|m
Priscilla|Kromodimedjo|Surinamese Javanese|nl|f
Jürgen|Weißenborn|German|de|m
Annika|Schröder|German|de|f
Lukas|Hoffmann|German|de|m
Christian|Kirchner|German|de|m
Sophie|Engel|German|de|f
Marlene|Gruber|Austrian|de|f
Reto|Bühler|Swiss German|de|m
Emine|Yıldırım|Turkish German|de tr mu|f
Deniz|Kaya|Turkish|tr de mu|m
Małgorzata|Wiśniewska|Polish|pl en|f
Krzysztof|Zając|Polish|pl|m
Agnieszka|Kos|Polish|pl|f
Tomasz|Wróbel|Polish|pl de|m
Józef|Pawlak|Polish|pl|m
Olena|Kovalchuk|Ukrainian|pl en de|f
Bohdan|Melnyk|Ukrainian|pl de|m
Jana|Dvořáková|Czech|cs en|f
Petr|Novotný|Czech|cs de|m
Zuzana|Hrušková|Slovak|cs de|f
Vojtěch|Král|Czech|cs|m
Eliška|Bartošová|Czech|cs|f
Linnea|Sjöberg|Swedish|sv|f
Oskar|Lindqvist|Swedish|sv|m
Ebba|Holm|Swedish|sv|f
Alva|Nyström|Swedish|sv|f
Ingrid|Haugen|Norwegian|sv en|f
Mads|Kjeldsen|Danish|sv en|m
Aino|Virtanen|Finnish|sv en|f
Eero|Mäkinen|Finnish|en|m
Sigríður|Jónsdóttir|Icelandic|en|f
Angelo|Santoro|Italian|it|m
Francesca|De Luca|Italian|itkid|f
Salvatore|Greco|Sicilian|itkid|m
Chiara|Colombo|Italian|it|f
Giuseppina|Esposito|Neapolitan|it|f
Matteo|Fontana|Italian|it|m
Fatma|Çelik|Turkish|tr mu|f
Can|Öztürk|Turkish|tr en mu|m
Rezan|Aydın|Kurdish|tr de mu|f
Mehmet Ali|Şahin|Turkish|tr mu|m
Zeynep|Karataş|Turkish|tr mu|f
Ioana|Popescu|Romanian|ro|f
Mihai|Constantinescu|Romanian|ro|m
Andreea|Ionescu|Romanian|ro en|f
Radu|Ștefănescu|Romanian|ro|m
Desislava|Petrova|Bulgarian|en ro|f
Dewi|Anggraini|Javanese|id mu|f
Sutrisno||Javanese|id mu|m
Rizky|Pratama|Indonesian|id mu|m
Nur Aisyah|binti Kamal|Malay|id en mu|f
Putu|Ariawan|Balinese|id|m
Yohanes|Situmorang|Batak|id|m
Mark Anthony|Dela Cruz|Tagalog|tl|m
Marites|Pangilinan|Tagalog|tl|f
Rodel|Macaraeg|Ilocano|tl|m
عبد الله|الشمري|Saudi (Arabic script)|ar|m||Abdullah/Alshammari
فاطمة الزهراء|بنعلي|Moroccan (Arabic script)|ar|f||Fatimazahra/Benali
يوسف|الحداد|Jordanian (Arabic script)|ar|m||Yousef/Alhaddad
مريم|العلي|Kuwaiti (Arabic script)|ar|f||Maryam/Alali
خالد|النعيمي|Qatari (Arabic script)|ar|m||Khalid/Alnuaimi
美咲|佐藤|Japanese (kanji)|ja|f|sf|Misaki/Sato
大翔|中村|Japanese (kanji)|ja|m|sf|Hiroto/Nakamura
陽菜|小林|Japanese (kanji)|ja|f|sf|Hina/Kobayashi
健太|山口|Japanese (kanji)|ja|m|sf|Kenta/Yamaguchi
Daniel|Rosenthal|Ashkenazi Jewish|en jw|m
Noa|Friedman|Israeli|en jw|f
Eli|Shapiro|US Jewish|en jw|m
Jaspreet Kaur|Gill|Sikh Punjabi|en sk|f
Manjit Singh|Dhillon|Sikh Punjabi|en sk|m
Amrit|Sidhu|Sikh Punjabi|en sk|f
Cristina|Dumitrescu|Romanian|ro|f
Florin|Munteanu|Romanian|ro|m
أحمد|الزعبي|Jordanian (Arabic script)|ar|m||Ahmad/Alzoubi
سارة|القحطاني|Saudi (Arabic script)|ar|f||Sara/Alqahtani
عمر|الفاسي|Moroccan (Arabic script)|ar|m||Omar/Alfassi
翔太|伊藤|Japanese (kanji)|ja|m|sf|Shota/Ito
結衣|渡辺|Japanese (kanji)|ja|f|sf|Yui/Watanabe
"""

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "alice.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
    "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com"],
    "ro": ["yahoo.ro", "gmail.com"],
    "id": ["gmail.com", "yahoo.co.id"],
    "tl": ["gmail.com", "yahoo.com"],
    "ar": ["gmail.com", "hotmail.com"],
    "ja": ["docomo.ne.jp", "gmail.com", "yahoo.co.jp"],
}


class Person:
    def __init__(self, line):
        f = line.split("|") + [""] * 3
        self.given, self.family, self.culture = f[0], f[1], f[2]
        self.regions = f[3].split()
        self.sex, self.order = f[4], f[5]
        rom = f[6]
        self.rg, self.rf = rom.split("/") if rom else (fold(self.given), fold(self.family))
        self.key = f"{self.given}|{self.family}"

    # raw forms
    @property
    def name(self):
        if not self.family:
            return self.given
        j = "" if self.regions == ["ja"] else " "
        return self.family + j + self.given if self.order == "sf" else self.given + " " + self.family

    @property
    def western(self):
        return self.given + " " + self.family if self.family else self.given

    # marked forms
    @property
    def F(self):
        return M("PERSON", self.name)

    @property
    def W(self):
        return M("PERSON", self.western)

    @property
    def G(self):
        return M("PERSON", self.given)

    @property
    def S(self):
        return M("PERSON", self.family or self.given)

    @property
    def I(self):  # noqa: E743 - the initial's form, beside S, G and SG
        return M("PERSON", f"{self.given[0]}. {self.family}") if self.family else self.G

    @property
    def SG(self):
        """Surname, Given in a list: two spans."""
        return f"{M('PERSON', self.family)}, {M('PERSON', self.given)}" if self.family else self.G

    @property
    def UP(self):
        """FAMILY Given, one span (French and Indonesian registers)."""
        return M("PERSON", f"{self.family.upper()} {self.given}") if self.family else self.G

    def pr(self, she, he):
        return she if self.sex == "f" else he

    def _n(self, style):
        return 10 + _h(self.key, style) % 89

    def handle_raw(self, style):
        g = fold(self.rg).replace(" ", "").replace("'", "").replace("-", "")
        f = fold(self.rf).replace(" ", "").replace("'", "").replace("-", "")
        gl, fl = g.lower(), f.lower()
        n = self._n(style)
        if not f:
            return {"dot": gl, "und": f"{gl}_{n}", "gnum": f"{gl}{n}"}.get(style, f"{gl}{n}")
        return {
            "dot": f"{gl}.{fl}",
            "und": f"{gl}_{fl}",
            "undn": f"{gl}_{fl}{n}",
            "gf": f"{gl[0]}{fl}",
            "gfn": f"{gl[0]}{fl}{n}",
            "fg": f"{fl}{gl[0]}",
            "gnum": f"{gl}{n}",
            "camel": f"{g}{f}",
            "gF": f"{g}{f[0]}",
            "gFn": f"{g}{f[0]}{n}",
            "gff": f"{g}{f[:3]}",
            "xx": f"xX{g}{f[0]}Xx",
            "ttv": f"ttv_{gl}{fl[:4]}",
            "dotn": f"{gl}.{fl}{n}",
            "fdot": f"{fl}.{gl}",
        }[style]

    def h(self, style):
        return M("PERSON", self.handle_raw(style))

    def email_raw(self, style="dot", dom=None):
        reg = self.regions[0]
        doms = MAIL_DOMAINS.get(reg, MAIL_DOMAINS["en"])
        d = dom or doms[_h(self.key, "dom") % len(doms)]
        local = {"dot": "dot", "gf": "gf", "und": "undn", "fg": "fdot", "gnum": "gnum",
                 "dotn": "dotn", "gfn": "gfn"}[style]
        return f"{self.handle_raw(local)}@{d}"

    def e(self, style="dot", dom=None):
        return M("EMAIL_ADDRESS", self.email_raw(style, dom))


PEOPLE = [Person(line) for line in PEOPLE_RAW.strip().splitlines()]


# ---------------------------------------------------------------- addresses (typed by hand)
# s street line, u flat/house name, n district/neighbourhood, t town, p postcode, r region
LAYOUT = {
    "uk": ("{u}\n{s}\n{t}\n{p}", "{u}, {s}, {t} {p}"),
    "us": ("{s}{u}\n{t}, {r} {p}", "{s}{u}, {t}, {r} {p}"),
    "ie": ("{s}\n{t}\n{r}\n{p}", "{s}, {t}, {r} {p}"),
    "de": ("{s}\n{p} {t}", "{s}, {p} {t}"),
    "fr": ("{s}\n{p} {t}", "{s}, {p} {t}"),
    "es": ("{s}, {u}\n{p} {t} ({r})", "{s}, {u}, {p} {t} ({r})"),
    "pt": ("{s}\n{p} {t}", "{s}, {p} {t}"),
    "br": ("{s} - {n}\n{t} - {r}\nCEP {p}", "{s} - {n}, {t} - {r}, CEP {p}"),
    "it": ("{s}\n{p} {t} ({r})", "{s}, {p} {t} ({r})"),
    "tr": ("{n} {s}\n{p} {t} / {r}", "{n} {s} {p} {t}/{r}"),
    "id": ("{s}\n{n}, {t}\n{r} {p}", "{s}, {n}, {t}, {r} {p}"),
    "ph": ("{s}, {n}\n{t}, {r}", "{s}, {n}, {t}, {r}"),
    "ro": ("{s}\n{p} {t}, {r}", "{s}, {p} {t}, {r}"),
    "ng": ("{s}\n{t}\n{r}", "{s}, {t}, {r}"),
    "ke": ("{s}\n{t}", "{s}, {t}"),
    "in": ("{s}\n{t}, {r} {p}", "{s}, {t}, {r} {p}"),
    "jp": ("{s}\n{t}, {r} {p}", "{s}, {t}, {r} {p}"),
    "mx": ("{s}, {n}\n{p} {t}, {r}", "{s}, {n}, {p} {t}, {r}"),
    "au": ("{s}\n{t} {r} {p}", "{s}, {t} {r} {p}"),
    "ca": ("{s}\n{t} ({r}) {p}", "{s}, {t} ({r}) {p}"),
    "nz": ("{s}\n{t} {p}", "{s}, {t} {p}"),
}
LAYOUT.update({c: LAYOUT["de"] for c in ("at", "ch", "nl", "be", "cz", "se", "no", "pl")})


class Addr:
    def __init__(self, cc, ph, **parts):
        self.cc, self.phone_raw, self.parts = cc, ph, parts
        self.key = f"{cc}|{parts['s']}"

    def _fill(self, fmt):
        vals = {}
        for k in "sutnpr":
            v = self.parts.get(k)
            vals[k] = M("LOCATION", v) if v else ""
        if self.cc == "us" and vals["u"]:
            vals["u"] = ", " + vals["u"]
        out = fmt.format(**vals)
        # drop empty slots left by a missing flat or district
        out = out.replace("\n\n", "\n").lstrip("\n").replace(", , ", ", ")
        out = re.sub(r"^, ", "", out)
        out = out.replace(" - \n", "\n")
        return out

    @property
    def block(self):
        return self._fill(LAYOUT[self.cc][0])

    @property
    def line(self):
        return self._fill(LAYOUT[self.cc][1])

    @property
    def T(self):
        return M("LOCATION", self.parts["t"])

    @property
    def St(self):
        return M("LOCATION", self.parts["s"])

    @property
    def P(self):
        return M("LOCATION", self.parts["p"])

    @property
    def R(self):
        return M("LOCATION", self.parts["r"])

    def get(self, k):
        return self.parts.get(k)

    @property
    def ph(self):
        return M("PHONE_NUMBER", self.phone_raw)


ADDRS = [
    Addr("uk", "01422 843 019", s="14 Pennyfield Close", t="Hebden Bridge", p="HX7 8QS"),
    Addr("uk", "07831 442 907", u="Flat 2", s="31 Marine Parade", t="Saltburn-by-the-Sea", p="TS12 1BL"),
    Addr("uk", "01993 851 266", u="Rose Cottage", s="Church Lane", t="Bampton", p="OX18 2LD"),
    Addr("uk", "07962 118 354", s="7 Tudor Road", t="Llandeilo", p="SA19 6AW"),
    Addr("uk", "0116 271 4480", s="52 Kingsmead Avenue", t="Oadby", p="LE2 4RF"),
    Addr("uk", "07544 390 172", u="Flat 11", s="Alder House, Brook Street", t="Hawick", p="TD9 9AX"),
    Addr("us", "(563) 382-4471", s="418 Sycamore Ave", t="Decorah", r="IA", p="52101"),
    Addr("us", "937-767-2290", s="2207 W Chestnut St", u="Apt 3B", t="Yellow Springs", r="OH", p="45387"),
    Addr("us", "(505) 863-1187", s="96 Mesa Verde Dr", t="Gallup", r="NM", p="87301"),
    Addr("ie", "087 229 4816", s="Knockaun", t="Ballyvaughan", r="Co. Clare", p="V95 R2K8"),
    Addr("de", "09331 802416", s="Kirchgasse 7", p="97199", t="Ochsenfurt"),
    Addr("de", "0171 4928837", s="Schulstraße 9", p="88709", t="Meersburg"),
    Addr("de", "04281 95 33 07", s="Am Sportplatz 3a", p="27404", t="Zeven"),
    Addr("at", "0676 318 4429", s="Dorfstraße 18", p="6473", t="Wenns"),
    Addr("fr", "05 65 40 18 72", s="12 rue des Tilleuls", p="46160", t="Cajarc"),
    Addr("fr", "06 48 21 93 07", s="3 impasse Saint-Roch", p="29770", t="Audierne"),
    Addr("be", "0478 21 44 90", s="Molenstraat 8", p="8970", t="Poperinge"),
    Addr("es", "978 70 12 45", s="C/ de la Iglesia, 5", u="2º izq.", p="44100", t="Albarracín", r="Teruel"),
    Addr("es", "612 48 90 33", s="Avda. de Andalucía, 31", u="bajo B", p="41400", t="Écija", r="Sevilla"),
    Addr("pt", "912 334 018", s="Rua do Outeiro, 23", p="4730-260", t="Vila Verde"),
    Addr("it", "347 882 1190", s="Via Garibaldi 22", p="13018", t="Valduggia", r="VC"),
    Addr("it", "091 943 2071", s="Via San Rocco 14", p="90011", t="Bagheria", r="PA"),
    Addr("nl", "06-41823905", s="Kerkstraat 41", p="8471 AH", t="Wolvega"),
    Addr("nl", "0229 581 442", s="Dorpsweg 112", p="1697 KE", t="Schellinkhout"),
    Addr("pl", "601 338 472", s="ul. Kościelna 6/3", p="34-500", t="Zakopane"),
    Addr("pl", "54 272 19 08", s="ul. Polna 17", p="88-200", t="Radziejów"),
    Addr("cz", "737 219 804", s="Husova 118", p="543 51", t="Špindlerův Mlýn"),
    Addr("cz", "603 418 927", s="Nádražní 512", p="582 91", t="Světlá nad Sázavou"),
    Addr("se", "070-318 44 26", s="Storgatan 14 B", p="792 30", t="Mora"),
    Addr("se", "0647-102 38", s="Björkvägen 5", p="830 05", t="Järpen"),
    Addr("tr", "0532 418 77 09", n="Atatürk Mah.", s="Cami Sok. No: 12 D: 4", p="48400", t="Bodrum", r="Muğla"),
    Addr("id", "0812-3378-9021", s="Jl. Melati No. 17, RT 03/RW 05", n="Kel. Sisir", t="Kota Batu", r="Jawa Timur", p="65314"),
    Addr("ph", "0917 842 3316", s="Blk 5 Lot 12, Sampaguita St.", n="Brgy. San Isidro", t="Tanay", r="Rizal"),
    Addr("ro", "0744 219 386", s="Str. Bisericii nr. 9", p="545400", t="Sighișoara", r="jud. Mureș"),
    Addr("ro", "0745 331 208", s="Str. Avram Iancu nr. 14", p="555300", t="Cisnădie", r="jud. Sibiu"),
    Addr("au", "0412 558 903", s="17 Banksia Cres", t="Mudgee", r="NSW", p="2850"),
    Addr("ca", "418 435-2291", s="88 rue Principale", t="Baie-Saint-Paul", r="QC", p="G3Z 1A1"),
    Addr("nz", "021 448 9031", s="5 Kowhai Lane", t="Martinborough", p="5711"),
]

# phones with no address, national formats as people write them
PHONES = {
    "uk": ["07712 604 381", "07403 918 227", "0161 496 2283", "07957 330 614", "07388 152 940",
           "07496 201 118", "01792 648 330"],
    "us": ["(414) 902-3316", "512-448-0973", "(718) 204-6659"],
    "ie": ["086 341 7702"],
    "de": ["0157 38842071", "0176 22 41 90 13", "030 61 28 44 90", "0152 2841 9903", "07531 58 12 44"],
    "at": ["0664 231 88 04"],
    "fr": ["06 71 38 02 94", "07 82 44 15 60", "01 43 57 21 08", "06 12 90 44 81"],
    "be": ["0496 38 12 75"],
    "es": ["654 201 887", "699 34 18 02", "627 910 344", "678 03 49 21"],
    "br": ["(21) 97732-5108", "(11) 94418-2036", "(71) 99263-4471"],
    "pt": ["934 207 551", "962 118 430"],
    "it": ["338 412 7706", "329 018 4452", "340 771 2953"],
    "nl": ["06 38 21 77 40", "06-12994831", "06 21 48 90 37", "0513 41 22 86"],
    "pl": ["512 447 903", "698 120 335", "+48 783 092 114", "607 215 984"],
    "cz": ["604 318 227", "776 902 415", "721 480 336"],
    "se": ["073-441 20 87", "076-218 39 05", "070-992 41 08"],
    "tr": ["0533 207 41 86", "0505 918 22 47", "0542 371 09 63", "0536 744 18 25"],
    "id": ["0813-2204-5517", "0857 4411 2390", "+62 821-3390-7714"],
    "ph": ["0918 227 4051", "0926 441 0873"],
    "ro": ["0722 418 390", "0751 203 664", "0733 104 572"],
    "ng": ["0806 214 5583"],
    "ke": ["0711 902 448"],
    "za": ["082 551 3409"],
    "in": ["94432 18806"],
    "jp": ["080-2291-4407", "070-3318-9026"],
    "mx": ["55 4102 8837"],
    "au": ["0438 217 664"],
    "ca": ["(604) 718-2290"],
    "eg": ["010 2873 4419"],
    "ma": ["06 61 48 22 90"],
    "sa": ["055 418 2097"],
    "jo": ["079 552 1843"],
}

# dates of birth (y, m, d), typed by hand
DOBS = {
    "child": [(2014, 3, 14), (2012, 11, 8), (2016, 6, 2), (2011, 9, 27), (2015, 1, 19),
              (2013, 4, 30), (2017, 8, 11), (2010, 12, 5), (2014, 10, 23), (2012, 2, 16),
              (2016, 7, 9), (2013, 12, 1)],
    "baby": [(2024, 2, 11), (2023, 10, 30), (2024, 5, 4), (2024, 1, 22), (2023, 12, 17)],
    "teen": [(2008, 5, 21), (2007, 2, 3), (2009, 10, 14), (2006, 8, 29), (2008, 1, 7),
             (2009, 3, 26)],
    "adult": [(1988, 6, 12), (1979, 4, 3), (1992, 11, 8), (1965, 9, 7), (2001, 3, 22),
              (1984, 7, 30), (1996, 1, 15), (1973, 12, 19), (1990, 5, 2), (1999, 8, 24)],
    "old": [(1941, 4, 4), (1936, 10, 17), (1948, 2, 28), (1952, 7, 6), (1939, 1, 31)],
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
}


def fmt_date(ymd, style):
    y, m, d = ymd
    def mon(lang):
        return MONTHS[lang].split()[m - 1]

    return {
        "uk": f"{d:02d}/{m:02d}/{y}",
        "us": f"{m:02d}/{d:02d}/{y}",
        "us_short": f"{m}/{d}/{y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dash": f"{d:02d}-{m:02d}-{y}",
        "cs": f"{d}. {m}. {y}",
        "en_long": f"{d} {mon('en')} {y}",
        "us_long": f"{mon('en')} {d}, {y}",
        "en_short": f"{d} {mon('en')[:3]} {y}",
        "fr_long": f"{d} {mon('fr')} {y}",
        "es_long": f"{d} de {mon('es')} de {y}",
        "pt_long": f"{d} de {mon('pt')} de {y}",
        "it_long": f"{d} {mon('it')} {y}",
        "de_long": f"{d}. {mon('de')} {y}",
        "nl_long": f"{d} {mon('nl')} {y}",
        "pl_long": f"{d} {mon('pl')} {y}",
        "id_long": f"{d} {mon('id')} {y}",
        "tl_long": f"{mon('tl')} {d}, {y}",
        "ro_long": f"{d} {mon('ro')} {y}",
        "tr_long": f"{d} {mon('tr')} {y}",
        "sv_long": f"{d} {mon('sv')} {y}",
        "ja": f"{y}年{m}月{d}日",
    }[style]


IPS = ["86.142.17.203", "2a02:c7c:5b1e:9d00:18f4:2ac1:6e3b:77d0", "188.29.164.51",
       "91.64.212.8", "177.94.33.120", "103.28.114.77", "5.46.199.131", "73.189.44.16",
       "41.90.67.222", "151.38.201.94", "94.254.12.170", "2001:4c4c:1a2b:7e00:9d3:51ff:fe20:8c11",
       "109.150.88.36", "46.114.7.219", "78.163.240.12", "180.252.93.61"]

# card numbers (Luhn-valid), IBANs (mod-97 and national checks), IDs with their check digits;
# all typed by hand after working the check digits out once
CARDS = ["4539 1488 0343 6178", "5425 2334 3010 9101", "3714 963539 84314", "4024007188237647",
         "4917 6120 3399 4829", "5356 8801 4427 3111"]
IBANS = {
    "de": ["DE23 4306 0967 1157 9348 00", "DE52251205100008431906", "DE82 7002 0270 0015 2866 41"],
    "nl": ["NL59 TRIO 0391 2847 54", "NL95ASNB0708319254", "NL28 RABO 0417 7290 81"],
    "fr": ["FR76 3000 4018 2300 0103 9441 781", "FR76 1027 8060 4200 0203 8194 588"],
    "es": ["ES93 2038 5719 1460 0042 1873", "ES86 0182 4433 6102 0153 8846"],
    "it": ["IT54 E030 6945 2101 0000 0063 718", "IT68T0503411701000000187342"],
    "be": ["BE57 0682 9144 7035", "BE81 3631 7428 8024"],
    "at": ["AT65 3500 0000 0441 7298"],
    "pl": ["PL11 1911 4020 0400 0036 0248 8127"],
    "ro": ["RO41 BTRL RONC RT04 1229 8001"],
}
# kind -> [(value, dob, sex)]
NIDS = {
    "pnr": [("080417-2385", (2008, 4, 17), "f"), ("110923-4623", (2011, 9, 23), "f")],
    "pesel": [("12271404625", (2012, 7, 14), "f"), ("13310218715", (2013, 11, 2), "m")],
    "rc": [("135509/0319", (2013, 5, 9), "f"), ("090317/0521", (2009, 3, 17), "m")],
    "dni": [("48291736Q", None, ""), ("73015528G", None, ""), ("20874419X", None, "")],
    "nie": [("Y4721905L", None, "")],
    "tc": [("38410592754", None, ""), ("21776084308", None, "")],
    "cpf": [("418.227.903-44", None, ""), ("062.913.574-61", None, ""), ("735.104.286-17", None, "")],
    "cnp": [("2870921260044", (1987, 9, 21), "f"), ("5020314261181", (2002, 3, 14), "m")],
    "bsn": [("284719304", None, ""), ("619042758", None, "")],
    "nik": [("3579015503890002", (1989, 3, 15), "f"), ("3507122108010004", (2001, 8, 21), "m")],
    "brp": [("ZU4418207", None, ""), ("RK7730915", None, "")],
    "nino": [("JT 48 21 90 C", None, ""), ("PB 73 10 46 A", None, "")],
}
# Italian codici fiscali spell the holder's name and birth date, so each belongs to one person
CF_OF = {
    ("Chiara", "Colombo"): ("CLMCHR87C62F205F", (1987, 3, 22)),
    ("Matteo", "Fontana"): ("FNTMTT79D03A794E", (1979, 4, 3)),
    ("Angelo", "Santoro"): ("SNTNGL65P07F839K", (1965, 9, 7)),
    ("Salvatore", "Greco"): ("GRCSVT14H08L219G", (2014, 6, 8)),
    ("Francesca", "De Luca"): ("DLCFNC12S48H501D", (2012, 11, 8)),
}
NHS = ["485 302 1175", "401 023 8712"]
SSNS = ["412-67-2094"]


# ---------------------------------------------------------------- drawing values

class Ctx:
    def __init__(self, b, tpl, k):
        self.b, self.r, self.k, self.off = b, b.rng, k, tpl["off"]
        self.used = set()

    def _least(self, pool, keyf, counter):
        m = min(counter[keyf(x)] for x in pool)
        best = [x for x in pool if counter[keyf(x)] == m]
        pick = self.r.choice(best)
        counter[keyf(pick)] += 1
        self.used.add(keyf(pick))
        return pick

    def p(self, *regs, sex=None, tag=None, excl=()):
        """A private person of one of the regions (and with the tag, without the excluded tags),
        least used first, never twice in a row."""
        pool = [q for q in PEOPLE
                if (set(regs) & set(q.regions) if regs else q.regions[0] not in ("ar", "ja", "itkid"))
                and (tag is None or tag in q.regions) and not set(excl) & set(q.regions)
                and q.key not in self.used and (sex is None or q.sex == sex)]
        return self._least(pool, lambda q: q.key, self.b.use_p)

    def kid(self, par, sex=None):
        """A child of a parent: a given name typed for the parent's community, the parent's family name."""
        g = kid_group(par)
        pool = [x for x in KIDS[g] if (sex is None or x[1] == sex) and ("kid", x[0]) not in self.used]
        name, sx = self._least(pool, lambda x: ("kid", x[0]), self.b.use_v)
        rom = ""
        if ":" in name:
            name, rg = name.split(":")
            rom = f"{rg}/{par.rf}"
        return Person(f"{name}|{par.family}|{par.culture}|{' '.join(par.regions)}|{sx}|{par.order}|{rom}")

    def named(self, given, family):
        q = next(x for x in PEOPLE if x.given == given and x.family == family)
        assert q.key not in self.used
        self.used.add(q.key)
        self.b.use_p[q.key] += 1
        return q

    def a(self, *ccs):
        pool = [x for x in ADDRS if x.cc in ccs and x.key not in self.used]
        return self._least(pool, lambda x: x.key, self.b.use_a)

    def ph(self, cc):
        pool = [x for x in PHONES[cc] if x not in self.used]
        return M("PHONE_NUMBER", self._least(pool, lambda x: x, self.b.use_v))

    def dob(self, kind, style):
        pool = [x for x in DOBS[kind] if (kind, x) not in self.used]
        d = self._least(pool, lambda x: (kind, x), self.b.use_v)
        return M("DATE_OF_BIRTH", fmt_date(d, style))

    def dobt(self, kind):
        pool = [x for x in DOBS[kind] if (kind, x) not in self.used]
        return self._least(pool, lambda x: (kind, x), self.b.use_v)

    def ip(self):
        pool = [x for x in IPS if x not in self.used]
        return M("IP_ADDRESS", self._least(pool, lambda x: x, self.b.use_v))

    def card(self):
        pool = [x for x in CARDS if x not in self.used]
        return M("CREDIT_CARD", self._least(pool, lambda x: x, self.b.use_v))

    def iban(self, cc):
        pool = [x for x in IBANS[cc] if x not in self.used]
        return M("IBAN_CODE", self._least(pool, lambda x: x, self.b.use_v))

    def nid(self, kind, sex=None):
        pool = [x for x in NIDS[kind] if x[0] not in self.used and (sex is None or x[2] == sex)]
        v = self._least(pool, lambda x: x[0], self.b.use_v)
        return M("NATIONAL_ID", v[0]), v[1]

    def nid3(self, kind):
        pool = [x for x in NIDS[kind] if x[0] not in self.used]
        v = self._least(pool, lambda x: x[0], self.b.use_v)
        return M("NATIONAL_ID", v[0]), v[1], v[2]

    def nhs(self):
        return M("MEDICAL_RECORD_NUMBER", self._least([x for x in NHS if x not in self.used], lambda x: x, self.b.use_v))

    def ssn(self):
        return M("US_SSN", self._least([x for x in SSNS if x not in self.used], lambda x: x, self.b.use_v))

    def cyc(self, lst, j=0):
        """A public filler: distinct across a template's rows (for PII-free rows)."""
        return lst[(self.off * (j + 1) + self.k + j) % len(lst)]

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def pick(self, lst):
        return self.r.choice(lst)


# children's given names, typed by hand for each community (name, sex)
KIDS_RAW = {
    "en": "Isla f, Freddie m, Poppy f, Theo m, Ava f, Alfie m, Niamh f, Callum m, Ivy f, Jayden m, Maisie f, Reggie m",
    "ng": "Oluwaseun m, Chiamaka f, Tobi m, Adaeze f, Ifeoluwa f, Chinedu m",
    "gh": "Kwabena m, Ama f, Kojo m, Akosua f",
    "ke": "Baraka m, Wambui f, Achieng f, Kipchoge m",
    "za": "Lwazi m, Zanele f, Ruan m, Anri f",
    "et": "Dawit m, Liya f, Natnael m, Hermela f",
    "sa": "Arjun m, Anaya f, Ishaan m, Diya f, Kavin m, Yazhini f, Aayush m, Nethmi f",
    "sk": "Jasleen f, Harjot m, Simran f, Gurveer m",
    "jw": "Noa f, Ari m, Eliana f, Ezra m",
    "mu": "Zainab f, Yusuf m, Aisha f, Ibrahim m, Maryam f, Hamza m, Safiya f, Idris m",
    "vi": "Minh Anh f, Gia Huy m",
    "zh": "Xinyi f, Haoran m, Yu-xuan m, Ching-wen f",
    "yue": "Wing-sze f, Chun-kit m",
    "ko": "Ji-woo f, Seo-jun m",
    "jr": "Hana f, Yuto m",
    "th": "Ploy f, Krit m",
    "pa": "Kahu m, Mereana f, Tavita m, Losa f",
    "ee": "Milan m, Lena f, Luka m, Nika f, Daria f, Matej m",
    "de": "Emma f, Paul m, Mia f, Leon m, Hannah f, Finn m",
    "fr": "Léa f, Gabriel m, Chloé f, Louis m, Inès f, Jules m",
    "es": "Lucía f, Hugo m, Martina f, Mateo m, Sofía f, Álvaro m",
    "br": "Helena f, Miguel m, Alice f, Davi m, Beatriz f, Arthur m",
    "pt": "Leonor f, Santiago m",
    "it": "Giulia f, Leonardo m, Aurora f, Tommaso m, Sofia f, Lorenzo m",
    "nl": "Tess f, Daan m, Julia f, Sem m, Saar f, Luuk m",
    "pl": "Zuzanna f, Antoni m, Hanna f, Jan m, Maja f, Szymon m",
    "cs": "Tereza f, Jakub m, Adéla f, Matyáš m",
    "sv": "Elsa f, Hugo m, Saga f, Nils m, Alice f, Vincent m",
    "tr": "Elif f, Eymen m, Defne f, Alparslan m",
    "ro": "Maria f, Andrei m, Ioana f, Luca m",
    "id": "Aisyah f, Rafa m, Nayla f, Bima m",
    "tl": "Princess f, Jhon Lloyd m, Althea f, Kyle m",
    "ar": "ليان:Layan f, آدم:Adam m, جود:Joud f, زياد:Ziad m",
    "ja": "陽葵:Himari f, 蓮:Ren m, 結菜:Yuina f, 湊:Minato m",
}
KIDS = {g: [(x.rsplit(" ", 1)[0], x.rsplit(" ", 1)[1]) for x in v.split(", ")] for g, v in KIDS_RAW.items()}
KID_GROUP = {
    "Yoruba": "ng", "Igbo": "ng", "Ibibio": "ng", "Akan": "gh", "Kikuyu": "ke", "Luo": "ke",
    "Zulu": "za", "Xhosa": "za", "Afrikaans": "za", "Amharic": "et", "Tigrinya": "et",
    "Tamil": "sa", "Marathi": "sa", "Hindi": "sa", "Bengali": "sa", "Gujarati": "sa", "Nepali": "sa",
    "Sinhala": "sa", "Vietnamese": "vi", "Mandarin Chinese": "zh", "Taiwanese": "zh", "Cantonese": "yue",
    "Korean": "ko", "Japanese": "jr", "Thai": "th", "Māori": "pa", "Samoan": "pa", "Tongan": "pa",
    "Greek": "ee", "Russian": "ee", "Serbian": "ee", "Croatian": "ee", "Lithuanian": "ee", "Latvian": "ee",
    "Estonian": "ee", "Hungarian": "ee", "Armenian": "ee", "Georgian": "ee", "Bulgarian": "ee",
    "Ukrainian": "ee", "Mexican": "es", "Colombian": "es", "Burundian": "fr", "Haitian": "fr",
    "Filipino": "tl", "Norwegian": "sv", "Danish": "sv", "Finnish": "sv", "Icelandic": "sv",
}


def kid_group(p):
    r = p.regions
    if r[0] in ("ar", "ja", "tr", "id"):
        return r[0]
    for t in ("sk", "jw"):
        if t in r:
            return t
    if "mu" in r:
        return "tr" if "tr" in r else "mu"
    if p.culture in KID_GROUP:
        return KID_GROUP[p.culture]
    return r[0] if r[0] in KIDS else "en"


def kin(fam, giv):
    """A relative: the given name of one hand-typed person with the family name of another."""
    return Person(f"{giv.given}|{fam.family}|{fam.culture}|{' '.join(fam.regions)}|{giv.sex}|{fam.order}|"
                  + (f"{giv.rg}/{fam.rf}" if fam.regions[0] in ("ar", "ja") else ""))


TEMPLATES = []


def T(cls, name, lang, n, case=None):
    def deco(fn):
        TEMPLATES.append({"cls": cls, "name": name, "lang": lang, "n": n, "case": case, "fn": fn})
        return fn
    return deco


# ================================================================ personal_gaming

@T("personal_gaming", "ban_appeal", "en", 2)
def _(c):
    p = c.p()
    game, money = c.cyc([("Valorant", "200 euros"), ("Apex Legends", "£150"), ("Rainbow Six Siege", "like $300")])
    h = p.h(c.cyc(["gFn", "undn", "xx"], 1))
    return (f"Can you help me answer this ban appeal? I'm on the player support team. Anti-cheat flagged "
            f"the account for an injected DLL on three separate sessions so the ban stays, but I want it to "
            f"sound human and not like a copy-paste.\n\n"
            f"> hi, my account {h} got permanently banned yesterday in {game} for \"third-party software\" "
            f"but i never cheated. my little brother uses the same pc and he has some overlay thing for his "
            f"music. the email on the account is {p.e(c.cyc(['dot', 'gnum', 'und'], 2))}. ive spent {money} "
            f"on skins pls check again\n> {p.G}")


@T("personal_gaming", "recovery_ticket", "en", 2)
def _(c):
    p = c.p()
    ip1, ip2, ip3 = c.ip(), c.ip(), c.ip()
    return (f"Internal note needed. Summarise this recovery ticket in 3 lines and tell me whether the "
            f"evidence is strong enough to hand the account back.\n\n"
            f"Ticket #{c.num(40000, 49999)} | Account recovery | Priority: High\n"
            f"Claimed owner: {p.W}\n"
            f"Original e-mail (per claimant): {p.e('dot')}\n"
            f"Current e-mail: changed 02:14 UTC 3 days ago, not the claimant's\n"
            f"DOB given: {c.dob(c.cyc(['adult', 'teen'], 1), 'uk')} (matches the one on file)\n"
            f"Sign-up IP: {ip1}\n"
            f"Logins in the 30 days before the change: {ip1}, {ip2}\n"
            f"Login that changed the e-mail: {ip3}\n"
            f"Player says: \"i clicked a free nitro link someone sent me in a guild chat, then my steam "
            f"guard codes stopped coming\"")


@T("personal_gaming", "discord_modlog", "en", 2)
def _(c):
    a, b, d, m1, m2 = c.p(), c.p(), c.p(sex="f"), c.p(), c.p()
    h1, h2, h3 = a.h(c.cyc(["gFn", "camel", "ttv"])), b.h("und"), d.h(c.cyc(["dot", "gnum"], 1))
    chan = c.cyc(["#lfg-eu", "#general", "#trading"])
    return (f"Weekly mod report: turn this log into 4-5 bullet points for #staff and flag anyone who "
            f"should go to a ban vote.\n\n"
            f"[Mon 21:04] Dyno: ⚠️ Warned {h1} | Reason: slurs in {chan} | Case 1182\n"
            f"[Mon 21:06] {m1.h('camel')}: muted {h1} for 24h, screenshots in #mod-evidence\n"
            f"[Wed 18:40] AutoMod: blocked a message from {h2} (keyword: free nitro)\n"
            f"[Wed 18:41] Carl-bot: removed role @Raid Team from {h2}\n"
            f"[Thu 23:12] {m2.h('gf')}: {h3} says {h1} is dming her since the mute, asking for her insta. "
            f"she sent screenshots\n"
            f"[Sat 10:30] Dyno: Banned {h1} | Reason: harassment (2nd strike) | Case 1190")


@T("personal_gaming", "tourney_signup", "en", 2)
def _(c):
    game = c.cyc(["Rocket League 2v2", "Smash Ultimate singles"])
    ps = [c.p("en") for _ in range(4)]
    teams = c.cyc([["Pixel Pirates", "Night Owls", "Tilted Tea", "Pixel Pirates"],
                   ["-", "-", "-", "-"]])
    rows = []
    for i, (q, t) in enumerate(zip(ps, teams)):
        rows.append(f"{t},{q.W},{q.h(['gFn', 'dot', 'camel', 'undn'][i])},{q.e(['dot', 'gnum', 'gf', 'und'][i])},"
                    f"{c.ph('uk')},{c.dob(['teen', 'adult', 'teen', 'adult'][i], 'uk')}")
    dup = ps[0]
    rows.append(f"{teams[3]},{dup.W},{dup.h('gFn')},{dup.e('dot')},,")
    return (f"Clean up this sign-up sheet for Saturday's {game} cup at the community centre: remove the "
            f"duplicate, and flag anyone under 16 who still needs a parent consent form.\n\n"
            f"team,name,discord,email,phone,dob\n" + "\n".join(rows))


@T("personal_gaming", "chargeback", "en", 2)
def _(c):
    p = c.p()
    item, price = c.cyc([("Elden Ring Shadow of the Erdtree", "€39.99"), ("Season Pass", "$24.99"),
                         ("5,000 V-Bucks bundle", "£31.99")])
    return (f"Write a polite but firm reply to this customer. Our payment provider opened a chargeback "
            f"for the {price} {item} purchase, but the order log shows the code was redeemed on their "
            f"own account.\n\n"
            f"> From: {p.F} <{p.e(c.cyc(['dot', 'gf', 'und'], 1))}>\n"
            f"> I did NOT buy this. My card {c.card()} was used without my permission and I want the "
            f"money back or I go to my bank again.\n\n"
            f"Order #{c.num(700000, 799999)}, redeemed 14:02 from {c.ip()}, the same IP as their last 30 logins.")


@T("personal_gaming", "parent_email", "en", 2)
def _(c):
    par = c.p("en", sex="f")
    kid = c.kid(par, "m")
    cur = c.cyc([("Robux", "£238"), ("FIFA Points", "£186")])
    return (f"Help me reply to a parent. Policy is a one-time goodwill refund for under-13s, then we point "
            f"them to parental controls.\n---\n"
            f"Hello, my son {kid.G} (he's 9, born {c.dob('child', 'uk')}) has spent {cur[1]} on {cur[0]} "
            f"on my card over half-term. I didn't know he had saved my details. His username is "
            f"{kid.h('gnum')}. Please refund this, I'm a single mum and can't afford it. You can ring me "
            f"on {c.ph('uk')}.\nRegards,\n{par.F}")


@T("personal_gaming", "konto_gesperrt", "de", 2)
def _(c):
    p = c.p("de")
    game = c.cyc(["Genshin Impact", "Warframe"])
    return (f"Kannst du mir helfen, freundlich auf dieses Ticket zu antworten? Wir dürfen das Konto erst "
            f"nach dem Ausweis-Check entsperren.\n\n"
            f"Betreff: Account gesperrt!!!\n"
            f"Hallo Support, seit dem Update von {game} komme ich nicht mehr rein, da steht \"Konto gesperrt "
            f"wegen verdächtiger Aktivität\". Benutzername {p.h(c.cyc(['gFn', 'camel'], 1))}, E-Mail "
            f"{p.e('dot')}, Geburtsdatum {c.dob('adult', 'dot')}. Ich hab NICHTS gemacht!! Am Wochenende ist "
            f"Clan-Turnier. Erreichbar unter {c.ph('de')}\nGruß {p.F}")


@T("personal_gaming", "inscritos_ff", "pt", 2, case="lower")
def _(c):
    a, b, d = c.p("br"), c.p("br"), c.p("br")
    cpf, _ = c.nid("cpf")
    return (f"Organiza essa lista de inscritos do campeonato de Free Fire da nossa comunidade numa tabela "
            f"(nome, nick, WhatsApp, chave PIX) e me fala quem ainda não pagou os R$ 10:\n\n"
            f"1 - {a.F} / nick {a.h('gFn')} / zap {c.ph('br')} / pix {cpf} ✅\n"
            f"2 - {b.F} - {b.h('xx')} - {c.ph('br')} - pix é o email {b.e('gnum')} (falta pagar)\n"
            f"3 - {d.G} ({d.h('ttv')}) zap {c.ph('br')}, disse q paga sexta")


@T("personal_gaming", "sanction_discord", "fr", 1)
def _(c):
    a, b, d, m = c.p("fr"), c.p("fr"), c.p(), c.p("fr")
    game = c.cyc(["Minecraft", "League of Legends"])
    return (f"Reformule ce message de sanction pour qu'il soit clair mais pas agressif, c'est pour notre "
            f"serveur Discord de fans de {game} :\n\n"
            f"\"{a.h('gFn')}, suite aux signalements de {b.h('dot')} et {d.h('und')} (spam de liens + insultes "
            f"en vocal hier soir) tu es exclu 7 jours. Si tu recommences c'est ban définitif. — {m.G}, modo\"")


@T("personal_gaming", "toiawase", "ja", 2)
def _(c):
    p = c.p("ja")
    game = c.cyc(["モンスターストライク", "ポケモンGO"])
    return (f"このお問い合わせへの返信文を丁寧な日本語で作ってください。\n---\n"
            f"お名前：{p.F}\nメールアドレス：{p.e('gnum')}\n電話番号：{c.ph('jp')}\n"
            f"内容：スマホを機種変更したら{game}のデータが引き継げません。ユーザー名は{p.h('gnum')}です。"
            f"課金したオーブが消えてしまいました…。よろしくお願いします。")


@T("personal_gaming", "alt_check", "en", 3, case="lower")
def _(c):
    a, b = c.p(sex="m"), c.p()
    srv = c.cyc(["minecraft server", "rust server", "ark cluster"])
    return (f"quick q, can u tell from this if {a.h('gFn')} and {b.h('undn')} are the same person? both joined "
            f"our {srv} from {c.ip()} within 10 min of each other. {a.G} says {b.G} is his cousin who lives "
            f"with them. should we ban both or just the alt")


@T("personal_gaming", "turnamen_mlbb", "id", 1)
def _(c):
    a, b = c.p("id"), c.p("id")
    team = c.cyc(["Garuda Muda", "Rajawali Esports"])
    return (f"Tolong rapikan data pendaftaran turnamen Mobile Legends komunitas kami jadi tabel ya:\n\n"
            f"Nama: {a.F} | ID ML: {c.num(10000000, 99999999)} ({c.num(1000, 9999)}) | Nick: {a.h('gFn')} | WA: {c.ph('id')}\n"
            f"Nama: {b.F} | ID ML: {c.num(10000000, 99999999)} ({c.num(1000, 9999)}) | Nick: {b.h('camel')} | WA: {c.ph('id')}\n"
            f"Kapten tim {team}: {a.G}, tgl lahir {c.dob('adult', 'dash')} (wajib 17+)")


@T("personal_gaming", "veli_izni", "tr", 1)
def _(c):
    par = c.p("tr")
    kid = c.kid(par)
    tc, _ = c.nid("tc")
    a = c.a("tr")
    return (f"Bu veli izin formunu düzenler misin? Turnuvamız 18 yaş altı için veli onayı istiyor.\n\n"
            f"Oyuncu: {kid.F}, doğum tarihi {c.dob('teen', 'dot')}\n"
            f"Veli: {par.F}, T.C. Kimlik No: {tc}\n"
            f"Telefon: {c.ph('tr')}\nAdres: {a.line}\n"
            f"Oyun: Valorant, takım adı \"Kuzey Rüzgarı\"")


# ================================================================ clean_gaming

@T("clean_gaming", "patch_post", "en", 2)
def _(c):
    game, notes = c.cyc([
        ("Valorant", "- Jett: Tailwind dash window cut from 12s to 7.5s\n- Reyna: Empress no longer refreshes on kill\n"
                     "- Sage: Barrier Orb health up to 800\n- Map pool: Split and Abyss in, Sunset and Bind out"),
        ("Overwatch 2", "- Mercy: Valkyrie healing beams 45 → 40 hp/s\n- Reinhardt: Earthshatter cooldown reduced\n"
                        "- D.Va: Micro Missiles damage up\n- New map: Runasapi (Peru) joins Push"),
        ("Apex Legends", "- Wraith: Into the Void now 0.9s startup\n- Bloodhound: Eye of the Allfather scan shows health\n"
                         "- Pathfinder: grapple cooldown down to 25s\n- Storm Point and Kings Canyon back in ranked"),
    ])
    return (f"Turn these {game} patch notes into a short upbeat post for our Discord #announcements, under "
            f"120 words, one emoji max:\n\n{notes}")


@T("clean_gaming", "lore_argument", "en", 2)
def _(c):
    q = c.cyc([
        "is the hero of Breath of the Wild called Zelda or Link? half the server keeps calling him Zelda and "
        "the other half is losing it",
        "who would win, Kratos (God of War Ragnarök era) or Geralt of Rivia with all his signs? keep it to "
        "lore, not gameplay",
        "did Lara Croft's backstory change in the 2013 Tomb Raider reboot compared to the Core Design games? "
        "someone said she was never Lady Croft in the new ones",
        "why does Mario fight Bowser but go karting with him? is there any official explanation from Nintendo "
        "or Miyamoto",
    ])
    return f"Settle an argument in our community server please: {q}"


@T("clean_gaming", "ban_macro", "en", 2)
def _(c):
    game, hi, who, agent = c.cyc([("Rust", "Hi {{username}},", "[PLAYER NAME]'s account ({{account_id}})",
                                   "[AGENT FIRST NAME]"),
                                  ("Dead by Daylight", "Dear %PLAYER_NAME%,", "the account %ACCOUNT_ID%",
                                   "{agent_name}")])
    return (f"Improve this support macro for {game} ban appeals, it sounds robotic:\n\n"
            f"{hi}\nThank you for contacting Player Support. After review, the ban on {who} "
            f"was issued correctly under section 4.2 of our Code of Conduct "
            f"(cheating / third-party software). This decision is final.\nRegards,\n{agent}\n"
            f"Player Support Team")


@T("clean_gaming", "server_rules", "en", 1)
def _(c):
    fand = c.cyc(["Stardew Valley", "Hollow Knight: Silksong"])
    return (f"Draft the rules channel for our {fand} fan Discord (about 4,000 members). We use MEE6 for levels, "
            f"Dyno for auto-mod and Ticket Tool for appeals. Roles: @Admin, @Moderator, @Helper, @Farmer "
            f"(level 5+), @Artist. Cover spoilers, NSFW, self-promo, and that Discord's own Terms and the "
            f"Community Guidelines apply. Numbered list, friendly tone.")


@T("clean_gaming", "bracket", "en", 2)
def _(c):
    lines = c.cyc([
        "QF1: T1 vs Gen.G\nQF2: G2 Esports vs Fnatic\nQF3: Bilibili Gaming vs Team Liquid\nQF4: FlyQuest vs Top Esports",
        "QF1: Natus Vincere vs Team Vitality\nQF2: FaZe Clan vs MOUZ\nQF3: Team Spirit vs Heroic\nQF4: G2 vs Astralis",
    ])
    star = c.cyc(["Faker, Chovy and Caps", "s1mple, ZywOo and m0NESY"], 1)
    return (f"Our watch-party bar wants a printable bracket poster. Make an ASCII bracket from these "
            f"quarter-finals and leave space for scores. Add a fun line about {star}.\n\n{lines}")


@T("clean_gaming", "engine_choice", "en", 2, case="lower")
def _(c):
    genre = c.cyc(["2d metroidvania like hollow knight", "cozy farming sim like stardew valley",
                   "pixel art roguelike like dead cells"])
    return (f"small game jam team here, unity or godot for a {genre}? we know c# a bit, one of us used "
            f"unreal 5 with blueprints. also is gamemaker still worth it after the pricing change, and does "
            f"godot export to nintendo switch or do we need w4 games for that")


@T("clean_gaming", "refund_rules", "en", 1)
def _(c):
    store = c.cyc(["Steam, the PlayStation Store and the Nintendo eShop", "the Xbox Store, Epic Games Store and GOG"])
    return (f"For our FAQ page: compare refund rules on {store} in a table (time window, playtime limit, "
            f"DLC and in-game currency). And what usually happens to an account if a player files a "
            f"chargeback with their bank instead of asking for a refund?")


@T("clean_gaming", "turnier_aufruf", "de", 2)
def _(c):
    spiel, strecken = c.cyc([("Mario Kart 8 Deluxe", "Regenbogen-Boulevard, Bowsers Festung, Toads Hafenstadt"),
                             ("Super Smash Bros. Ultimate", "Final Destination, Schlachtfeld, Smashville")])
    return (f"Schreib eine kurze Ankündigung für unseren Discord: Samstag ab 15 Uhr {spiel}-Turnier im "
            f"Jugendzentrum, Anmeldung über den Kanal #turnier. Gespielt wird auf {strecken}. Es gibt eine "
            f"Switch-Lite als Hauptpreis und Pizza. Bitte locker, mit ein paar Anspielungen auf Luigi und "
            f"Donkey Kong.")


@T("clean_gaming", "quien_gana", "es", 1, case="lower")
def _(c):
    q = c.cyc(["¿Quién es más fuerte según el lore, Kratos o Geralt de Rivia? Es para un debate en nuestro canal de Twitch.",
               "¿Por qué Samus Aran sorprendió tanto al final del primer Metroid? Explícalo para un vídeo de nuestra comunidad retro."])
    return q + " Máximo 150 palabras y sin spoilers de la saga de Santa Monica Studio más allá de Ragnarök."


@T("clean_gaming", "marathon_speedrun", "fr", 2)
def _(c):
    jeux = c.cyc(["Zelda: Ocarina of Time, Super Mario 64, Celeste et Hades",
                  "Sonic Adventure 2, Spyro, Crash Bandicoot et Hollow Knight"])
    return (f"Écris le texte de présentation de notre marathon de speedrun caritatif au profit de Médecins "
            f"Sans Frontières, en direct sur Twitch ce week-end. Au programme : {jeux}. Ton enthousiaste, "
            f"on veut battre le record des dons de l'an dernier.")


@T("clean_gaming", "cosplay_event", "ja", 2)
def _(c):
    chars = c.cyc(["リンク、ゼルダ姫、ガノンドロフ", "クラウド、ティファ、セフィロス"])
    return (f"コミュニティのコスプレ撮影会の告知文を作ってください。テーマは「{chars}」です。"
            f"会場は区民センター、参加費500円、撮影は本人の許可を取ってからお願いします、という注意も入れてください。")


@T("clean_gaming", "wiedzmin_quiz", "pl", 1)
def _(c):
    temat = c.cyc(["Wiedźmin 3: Dziki Gon (Geralt z Rivii, Ciri, Yennefer, Jaskier)",
                   "Cyberpunk 2077 (V, Johnny Silverhand, Judy Álvarez, Panam)"])
    return (f"Przygotuj 10 pytań do quizu na nasz serwer Discord o grze {temat}. Pytania zamknięte, "
            f"z czterema odpowiedziami, bez spoilerów z dodatków. Na końcu ciekawostka o CD Projekt RED.")


@T("clean_gaming", "automod_log", "en", 2)
def _(c):
    srv = c.cyc(["Baldur's Gate 3", "Helldivers 2"])
    return (f"Explain what happened here and whether our AutoMod settings are too strict ({srv} fan server):\n\n"
            f"[02:11] Wick: Raid detected, 38 joins in 60s, lockdown enabled\n"
            f"[02:11] AutoMod: blocked 112 messages (rule: mention spam)\n"
            f"[02:14] Wick: quarantined 37 new accounts (account age < 1 day)\n"
            f"[02:40] Carl-bot: reaction roles restored in #roles\n"
            f"[03:02] Wick: lockdown lifted by @Head Mod")


# ================================================================ personal_oss

@T("personal_oss", "coc_report", "en", 2)
def _(c):
    rep, acc, wit = c.p(sex="f"), c.p(sex="m"), c.p()
    proj = c.cyc(["our Rust crate", "the Django plugin", "the Godot addon"])
    return (f"I'm on the code of conduct committee for {proj}. Help me write the acknowledgement to the "
            f"reporter and a neutral note to the person reported, following the Contributor Covenant "
            f"enforcement ladder (this looks like a Warning).\n\n"
            f"Reporter: {rep.F} ({rep.e('dot')})\n"
            f"Reported: @{acc.h('gf')} on GitHub, {acc.F} in our Zulip\n"
            f"Where: review comments on PR #{c.num(1800, 4200)} and a DM in Zulip, 12 March\n"
            f"What: called the reporter's patch \"garbage written by a bootcamp kid\" and kept pinging her "
            f"after she asked him to stop\n"
            f"Witness: @{wit.h('dot')} ({wit.G} saw the DMs)")


@T("personal_oss", "cla_form", "en", 2)
def _(c):
    p = c.p()
    a = c.a(c.cyc(["uk", "us"]), "ie") if c.k == 0 else c.a("de", "nl", "fr")
    return (f"A contributor sent back our Individual CLA as plain text. Check that nothing required is "
            f"missing and turn it into a row for the CLA spreadsheet (name, country, email, github, date).\n\n"
            f"Full name: {p.W}\nMailing address:\n{a.block}\nTelephone: {a.ph}\n"
            f"E-mail: {p.e('dot')}\nGitHub username: {p.h(c.cyc(['gf', 'camel'], 1))}\n"
            f"Signed: /{p.W}/ on 2024-02-19")


@T("personal_oss", "meetup_rsvp", "en", 2)
def _(c):
    ps = [c.p() for _ in range(4)]
    grp = c.cyc(["PyData Leeds", "Rust Lisbon", "Kubernetes Kraków"])
    rows = "\n".join(f"{q.W},{c.num(100000000, 399999999)},{r},{g},{a}" for q, r, g, a in zip(
        ps, ["Yes", "Yes", "Waitlist", "Yes"], ["0", "1", "0", "0"],
        ["data eng at a bank", "student", "\"maintain a small crate, want to give a lightning talk\"", "nothing yet :)"]))
    return (f"From this Meetup export for {grp}, who said yes, how many seats with guests, and which "
            f"attendee should I ask about a lightning talk?\n\n"
            f"Name,User ID,RSVP,Guests,What do you work on?\n{rows}")


@T("personal_oss", "mail_thread", "en", 2)
def _(c):
    a, b = c.p("en"), c.p()
    lst = c.cyc(["dev@ list", "users mailing list"])
    return (f"Summarise this thread from the {lst} in two sentences and suggest a reply.\n\n"
            f"On Tue, 9 Apr 2024 at 17:22, {b.W} <{b.e('gf')}> wrote:\n"
            f"> The 3.2 release broke the ARM builds for us, is anyone looking at it? I can test patches.\n\n"
            f"Hi {b.G},\nI bisected it to the toolchain bump, a fix is in review. I'll ping you when there's a "
            f"release candidate.\n\nCheers,\n{a.W}\nRelease manager (volunteer)\n{c.ph('uk')}")


@T("personal_oss", "forum_spam", "en", 2, case="lower")
def _(c):
    a, b = c.p(), c.p()
    return (f"discourse admin question: user {a.h('undn')} registered from {c.ip()} and posted 14 links in an "
            f"hour, {b.h('gfn')} registered from the same ip a day later and liked every post. silence both "
            f"or is it a shared uni network? how do i check in the admin panel")


@T("personal_oss", "handover", "en", 2)
def _(c):
    old, new = c.p(), c.p()
    reg = c.cyc(["npm package", "PyPI project"])
    return (f"Draft the GitHub issue announcing the maintainer handover for our {reg}. Old maintainer: "
            f"{old.W} (@{old.h('gf')}, {old.e('dot')}) is stepping down after 8 years. New maintainer: "
            f"{new.W} (@{new.h(c.cyc(['camel', 'dot'], 1))}). Mention 2FA is on, and that the signing key "
            f"changes. Thank {old.G} warmly.")


@T("personal_oss", "protokoll_ml", "de", 1)
def _(c):
    a, b, d, e = c.p("de"), c.p("de"), c.p("de"), c.p("de")
    return (f"Mach aus diesen Stichpunkten ein ordentliches Protokoll für die Mailingliste unserer "
            f"Linux User Group:\n\n"
            f"- anwesend: {a.F}, {b.F}, {d.G}, {e.F} (online)\n"
            f"- {a.G} übernimmt die Kasse von {e.S}, Kontakt {a.e('dot')}\n"
            f"- Install-Party im März: Debian und Linux Mint, {b.S} bringt USB-Sticks\n"
            f"- Raum im Bürgerhaus klärt {d.G}, Tel. {c.ph('de')}")


@T("personal_oss", "signalement_cdc", "fr", 2)
def _(c):
    rep, acc = c.p("fr"), c.p("fr")
    return (f"Aide-moi à répondre à ce signalement reçu sur l'adresse du code de conduite de notre "
            f"meetup Python. Je veux rassurer la personne sans promettre de sanction avant l'enquête.\n\n"
            f"« Bonjour, je m'appelle {rep.F}. Au dernier meetup, {acc.F} (sur GitHub {acc.h('gf')}) a fait "
            f"plusieurs remarques sur mon accent et mon âge pendant la pause. Je ne me sens plus à l'aise "
            f"de revenir. Vous pouvez me joindre au {c.ph('fr')}. »")


@T("personal_oss", "asistentes_meetup", "es", 1)
def _(c):
    ps = [c.p("es") for _ in range(3)]
    ev = c.cyc(["la meetup de Python Madrid", "el taller de Godot en Valencia"])
    rows = "\n".join(f"- {q.F} <{q.e(m)}>{x}" for q, m, x in zip(ps, ["dot", "gf", "und"],
                     [" (trae portátil)", " — vegana", " + 1 invitado"]))
    return (f"Prepara un correo para los inscritos en {ev} recordando la hora (19:00) y el lugar. "
            f"Usa CCO con estas direcciones y menciona lo de la comida vegana:\n{rows}")


@T("personal_oss", "hackathon_aanmelding", "nl", 1)
def _(c):
    a, b = c.p("nl"), c.p("nl")
    return (f"Kun je deze aanmeldingen voor onze open-source hackathon in een tabel zetten (naam, "
            f"e-mail, dieetwens, t-shirtmaat)?\n\n"
            f"{a.F}, {a.e('dot')}, vegetarisch, M\n{b.F}, {b.e('gnum')}, geen, XL, komt pas om 12 uur "
            f"want heeft dienst, bel {c.ph('nl')} als er iets is")


@T("personal_oss", "slack_remove", "en", 3, case="lower")
def _(c):
    a, b = c.p(), c.p(sex="f")
    ws = c.cyc(["slack", "matrix space", "discord"])
    return (f"can someone with admin remove {a.h('dot')} from the {ws} and the github org? {b.G} asked us to "
            f"after what happened at the sprint and i dont want to do it wrong. also do we need to tell "
            f"{a.G} why or just point to the coc")


@T("personal_oss", "authors_thanks", "en", 2)
def _(c):
    ps = [c.p() for _ in range(4)]
    lines = "\n".join(f"{q.W} <{q.e(m)}>" for q, m in zip(ps, ["dot", "gf", "gnum", "fg"]))
    ver = c.cyc(["2.0", "1.14"])
    return (f"Turn our new CONTRIBUTORS entries into a short thank-you paragraph for the v{ver} release "
            f"notes (first names are fine, no e-mails):\n\n{lines}")


# ================================================================ clean_oss

@T("clean_oss", "release_names", "en", 2)
def _(c):
    q = c.cyc([
        "Debian names its releases after Toy Story characters (Bookworm, Trixie, Forky). Our distro spin "
        "wants a similar theme: suggest 8 names from Studio Ghibli films and say which are too risky legally.",
        "Ubuntu uses alliterative animals (Noble Numbat, Oracular Oriole, Plucky Puffin). Give our Matrix "
        "client 6 release names in the same style but with birds from Australia.",
        "Android used desserts (Oreo, Pie), macOS uses California places (Sonoma, Sequoia). Draft a "
        "naming scheme for our Godot plugin based on famous lighthouses.",
    ])
    return q


@T("clean_oss", "coc_template", "en", 2)
def _(c):
    proj = c.cyc(["Hugo theme", "Home Assistant integration"])
    return (f"Adapt this for our {proj} repo, keep the placeholders where I haven't decided yet:\n\n"
            f"## Enforcement\nInstances of abusive, harassing, or otherwise unacceptable behavior may be "
            f"reported to the community leaders responsible for enforcement at [INSERT CONTACT METHOD]. "
            f"All complaints will be reviewed promptly. This Code of Conduct is adapted from the "
            f"Contributor Covenant, version 2.1.\n\nMaintainers: {{{{MAINTAINER_LIST}}}}")


@T("clean_oss", "license_choice", "en", 1)
def _(c):
    q = c.cyc(["MIT or Apache-2.0 for a small Flask extension? and why did Linus Torvalds keep Linux on "
               "GPLv2 instead of moving to GPLv3 like Richard Stallman wanted",
               "Can we relicense from GPL to MPL-2.0 if we have no CLA? How did Mozilla, Qt and MongoDB "
               "(SSPL) handle licence changes?"])
    return q


@T("clean_oss", "meetup_agenda", "en", 2)
def _(c):
    talks = c.cyc(["1. Migrating from Jenkins to Woodpecker CI\n2. Lightning: Godot 4.3 shaders in 5 minutes\n"
                   "3. Panel: is Kubernetes overkill for a hobby project?",
                   "1. Polars vs Pandas on a Raspberry Pi\n2. Lightning: writing a Blender add-on\n"
                   "3. Why we moved from Gitea to Forgejo"])
    return (f"Write the Meetup event description for next month. Doors 18:30, pizza sponsored by the "
            f"Python Software Foundation grant. Agenda:\n{talks}")


@T("clean_oss", "project_names", "en", 3, case="lower")
def _(c):
    q = c.cyc(["why is debian called debian? someone at our install party said it's named after two people",
               "is python named after the snake or monty python? and kafka after franz kafka?",
               "who were haskell, pascal and erlang named after, for a slide at our meetup"])
    return q


@T("clean_oss", "forgejo_gitea", "de", 2)
def _(c):
    q = c.cyc(["Erklär mir kurz den Unterschied zwischen Forgejo und Gitea und ob Codeberg e.V. das "
               "richtige Zuhause für unser Projekt wäre.",
               "Was ist der Unterschied zwischen Nextcloud und ownCloud, und warum hat sich Frank Karlitschek "
               "damals abgespalten? Für einen Vortrag im Chaos Computer Club."])
    return q


@T("clean_oss", "install_party", "fr", 2)
def _(c):
    logiciels = c.cyc(["Debian, Linux Mint, LibreOffice, Thunderbird et GIMP",
                       "Ubuntu, Firefox, VLC, Inkscape et Krita"])
    return (f"Rédige l'annonce de notre install party du samedi à la médiathèque : on installe {logiciels}. "
            f"Précise que c'est gratuit, organisé par l'association locale membre de l'April et de Framasoft.")


@T("clean_oss", "readme_pt", "pt", 1)
def _(c):
    proj = c.cyc(["um projeto Django com Celery e Redis", "um bot do Telegram em Rust com Tokio"])
    return (f"Traduza para o português do Brasil a seção 'Contributing' do README de {proj}. Mantenha "
            f"os termos fork, pull request e Code of Conduct em inglês e cite a Python Brasil.")


@T("clean_oss", "governance", "en", 1)
def _(c):
    q = c.cyc(["Compare the governance of the Apache Software Foundation, the Python Steering Council "
               "(since Guido van Rossum stepped down as BDFL) and the Rust Foundation. We're writing our own GOVERNANCE.md.",
               "How do the Linux Foundation, Software Freedom Conservancy and Open Collective differ as fiscal "
               "hosts? Our Mastodon instance takes donations."])
    return q


@T("clean_oss", "hacktoberfest_cs", "cs", 1)
def _(c):
    q = c.cyc(["Napiš krátký příspěvek na fórum o tom, jak se zapojit do Hacktoberfestu a Google Summer of Code. "
               "Zmiň projekty Blender, Krita a KDE.",
               "Vysvětli začátečníkům v naší komunitě rozdíl mezi licencemi GPL, MIT a Apache. Příklady: Linux, "
               "jQuery, Kubernetes."])
    return q


# ================================================================ personal_faith

@T("personal_faith", "baptism_register", "en", 2, case="lower")
def _(c):
    dad, mum, g1, g2 = (c.p("en", sex="m", excl=("mu", "jw", "sk")), c.p("en", sex="f", excl=("mu", "jw", "sk")), c.p("en", excl=("mu", "jw", "sk")),
                        c.p("en", excl=("mu", "jw", "sk")))
    baby = c.kid(dad)
    a = c.a("uk")
    church = c.cyc(["St Mary's", "St Nicholas'", "Holy Trinity"])
    return (f"please put this into our baptism register format (Name / Born / Parents / Godparents / "
            f"Address / Officiant), the vicar wants it typed up before Sunday\n\n"
            f"baby {baby.W} born {c.dob('baby', 'en_long')}, mum {mum.W} dad {dad.W}, lives at "
            f"{a.line}, phone {a.ph}. godparents {g1.W} and {g2.W}. baptism 14 July 11am at {church}, "
            f"officiant the Rector")


@T("personal_faith", "wedding_booking", "en", 2)
def _(c):
    b, g = c.p("en", sex="f", excl=("mu", "jw", "sk")), c.p("en", sex="m", excl=("mu", "jw", "sk"))
    a = c.a("uk")
    church = c.cyc(["St Nicholas' Church", "St Michael and All Angels"])
    return (f"Can you draft a reply to this? The date is free; I need to explain that banns are read on "
            f"three Sundays and that the fee is £560 plus organist.\n\n"
            f"From: {b.F} <{b.e(c.cyc(['dot', 'gnum'], 1))}>\nSubject: wedding enquiry\n\n"
            f"Hi, my fiancé {g.F} and I would like to get married at {church} on Saturday 13 September "
            f"2025. We both live in the parish at {a.line}. My grandparents {b.S} were married there too. "
            f"What do we need to do?\nThanks, {b.G}\n{c.ph('uk')}")


@T("personal_faith", "prayer_list", "en", 2)
def _(c):
    p1, p2, p3, p4, p5, p6 = [c.p("en", excl=("mu", "jw", "sk")) for _ in range(6)]
    return (f"Update this for Sunday's pew sheet. Keep the order, take off anyone marked remove.\n\n"
            f"FOR THE SICK\n{p1.F}\n{p2.F} (hip operation Tuesday)\nbaby {p3.G}, in the neonatal unit\n"
            f"RECENTLY DEPARTED\n{p4.F}, funeral Thursday 11am here\n"
            f"YEAR'S MIND\n{p5.F}\n"
            f"REMOVE: {p6.F} – home from hospital, thanks everyone for the cards!")


@T("personal_faith", "volunteer_rota", "en", 2)
def _(c):
    ps = [c.p("en", excl=("mu", "jw", "sk")) for _ in range(6)]
    kind = c.cyc(["Reader | Intercessions | Coffee", "Reader | Sidesperson | Flowers", "Reader | Tea and biscuits | Crèche"])
    return (f"Check this rota for clashes (nobody twice on the same Sunday, nobody more than twice a "
            f"month) and suggest fixes:\n\n| Date | {kind} |\n|---|---|---|---|\n"
            f"| 2 Mar | {ps[0].F} | {ps[1].F} | {ps[2].G} |\n"
            f"| 9 Mar | {ps[3].F} | {ps[0].F} | {ps[4].I} |\n"
            f"| 16 Mar | {ps[1].F} | {ps[5].F} | {ps[5].G} |\n"
            f"| 23 Mar | {ps[0].F} | {ps[2].F} | {ps[3].G} |")


@T("personal_faith", "donation_receipt", "en", 2)
def _(c):
    p = c.p("en", excl=("mu", "jw", "sk"))
    a = c.a("uk")
    amt = c.cyc(["£1,200", "£85"])
    return (f"Tidy this thank-you letter for the restoration appeal, warm but short:\n\n"
            f"{p.F}\n{a.block}\n\nDear {p.G},\nThank you so much for your gift of {amt} to the "
            f"St Peter's roof appeal, received on 3 February. As you ticked the Gift Aid box we can claim an "
            f"extra 25% from HMRC. Your donor ref is SP-{c.num(1000, 9999)}.")


@T("personal_faith", "zakat_receipts", "en", 2)
def _(c):
    ps = [c.p("en", tag="mu") for _ in range(3)]
    rows = "\n".join(f"{i + 1}. Br/Sr {q.F} | {amt} | {kind} | {ph}" for i, (q, amt, kind, ph) in enumerate(zip(
        ps, ["£250", "£40", "£1,000"], ["Zakat", "Sadaqah", "Zakat al-Fitr x4 + Sadaqah"],
        [c.ph("uk"), "-", c.ph("uk")])))
    return (f"The mosque treasurer asked me to match these Ramadan receipts against the bank export and "
            f"send each donor a thank-you text. Draft the text and list any receipt without a phone.\n\n{rows}")


@T("personal_faith", "yahrzeit_list", "en", 2)
def _(c):
    a, b, d = c.p("jw"), c.p("jw"), c.p("jw", sex="f")
    girl = c.kid(d, "f")
    h1, h2 = c.cyc([("Chaim ben Moshe", "Rivka bat Shlomo"), ("Yehuda Leib ben Avraham", "Sarah Leah bat Yaakov")])
    return (f"For this week's shul e-mail, make a short paragraph from these notes:\n\n"
            f"Yahrzeits: {M('PERSON', h1)} (father of {a.F}); {M('PERSON', h2)} (grandmother of {b.F})\n"
            f"Kiddush sponsored by {d.F} in honour of her daughter {girl.G}'s bat mitzvah\n"
            f"Mazal tov to {b.G} and family on the new baby")


@T("personal_faith", "langar_seva", "en", 2, case="lower")
def _(c):
    ps = [c.p("sk") for _ in range(4)]
    return (f"make this whatsapp msg clearer for the gurdwara sangat group pls\n\n"
            f"langar seva this sunday: {ps[0].F} – dal, {ps[1].F} – roti (needs 2 more helpers), "
            f"{ps[2].G} – kheer, washing up {ps[3].F}. if u cant make it tell {ps[0].G} on {c.ph('uk')}")


@T("personal_faith", "intencje", "pl", 2)
def _(c):
    a, b, d, e, f = c.p("pl"), c.p("pl"), c.p("pl"), c.p("pl"), c.p("pl")
    return (f"Przepisz intencje mszalne na przyszły tydzień do ogłoszeń parafialnych, w kolejności godzin:\n\n"
            f"pon 18:00 – † {a.F} w 5. rocznicę śmierci – od rodziny\n"
            f"wt 7:00 – o zdrowie i Boże błogosławieństwo: {b.F}, 70. urodziny\n"
            f"śr 18:00 – † {d.F}, † {e.F} – od sąsiadów z ul. Polnej\n"
            f"czw 7:00 – dziękczynna w 25. rocznicę ślubu, zamawia {f.F}")


@T("personal_faith", "peregrinacao_fatima", "pt", 1)
def _(c):
    a, b, d = c.p("pt"), c.p("pt"), c.p("br", "pt")
    ad = c.a("pt")
    return (f"Organiza estas inscrições para a peregrinação a pé da paróquia a Fátima (saída a 9 de maio) "
            f"numa tabela com nome, telemóvel e contacto de emergência:\n\n"
            f"- {a.F}, {c.ph('pt')}, emergência: o marido, mesmo número\n"
            f"- {b.F}, morada {ad.line}, tlm {c.ph('pt')}\n"
            f"- {d.G} (sobrinha da D. {a.S}), só faz a última etapa")


@T("personal_faith", "costaleros", "es", 2)
def _(c):
    ps = [c.p("es", excl=("mu",)) for _ in range(3)]
    rows = "\n".join(f"{q.F};{c.nid('dni')[0]};{c.ph('es')};{t}" for q, t in zip(ps, ["1,78", "1,81", "1,75"]))
    return (f"Ordena esta lista de costaleros de la hermandad por altura para la igualá del paso de "
            f"palio y dime quién falta por pagar la cuota (solo ha pagado el primero):\n\n"
            f"nombre;dni;móvil;altura\n{rows}")


@T("personal_faith", "battesimo", "it", 1)
def _(c):
    mamma, papa = c.p("it", sex="f"), c.p("it", sex="m")
    kid = c.kid(papa)
    a = c.a("it")
    return (f"Mi scrivi una richiesta formale al parroco per il certificato di battesimo? Serve per la "
            f"cresima.\n\nDati: {kid.F}, nato/a il {c.dob('child', 'uk')}, figlio/a di {papa.F} "
            f"e {mamma.F}, residenti in {a.line}. Battezzato nella parrocchia di San Rocco. "
            f"Cell. mamma {c.ph('it')}")


@T("personal_faith", "taufanmeldung", "de", 2)
def _(c):
    vater, mutter, pate = c.p("de", sex="m", excl=("mu",)), c.p("de", sex="f", excl=("mu",)), c.p("de", excl=("mu",))
    kind = c.kid(vater)
    a = c.a("de", "at")
    return (f"Bitte formuliere aus diesen Angaben eine Taufanmeldung fürs Pfarrbüro:\n\n"
            f"Kind: {kind.F}, geb. {c.dob('baby', 'dot')}\n"
            f"Eltern: {mutter.F} und {vater.F}\nAnschrift: {a.line}\n"
            f"Pate: {pate.F} (ev., Bescheinigung kommt noch)\nTel. {a.ph}\nWunschtermin: Sonntag nach Pfingsten")


@T("personal_faith", "preparation_mariage", "fr", 2)
def _(c):
    a, b = c.p("fr", sex="f"), c.p("fr", sex="m")
    return (f"Corrige ce mail pour le prêtre de la paroisse, plus poli s'il te plaît :\n\n"
            f"« Bonjour mon père, on est {a.F} et {b.F}, on veut se marier à l'église Saint-Roch en juin "
            f"2025. On habite pas la paroisse mais la grand-mère de {b.G} oui. C'est possible ? On peut faire "
            f"la préparation au mariage quand ? Mon numéro : {c.ph('fr')}, mail {a.e('dot')} »")


@T("personal_faith", "janaza", "ar", 3)
def _(c):
    d, son, o = c.p("ar", sex="m"), c.p("ar", sex="m"), c.p("ar", sex="f")
    mosque = c.cyc(["مسجد الرحمة", "مسجد النور"])
    return (f"صغ هذا الإعلان بشكل أفضل لنشره في مجموعة الواتساب الخاصة بالمسجد:\n\n"
            f"انتقل إلى رحمة الله تعالى الحاج {d.F}، والد الأخ {kin(d, son).G}. صلاة الجنازة بعد صلاة "
            f"العصر في {mosque}، والعزاء في بيت العائلة. للتواصل: {o.F} {c.ph(c.cyc(['sa', 'jo'], 1))}")


@T("personal_faith", "binyag", "tl", 2)
def _(c):
    tatay, nanay, ninong, ninang = c.p("tl", sex="m"), c.p("tl", sex="f"), c.p("tl", sex="m"), c.p("tl", sex="f")
    bata = c.kid(tatay)
    a = c.a("ph")
    return (f"Pakiayos po itong listahan para sa binyag sa Linggo, gawin pong maayos na format para sa "
            f"parish office:\n\nBata: {bata.F}, ipinanganak {c.dob('baby', 'tl_long')}\n"
            f"Magulang: {tatay.F} at {nanay.F}\nNinong: {ninong.F}\nNinang: {ninang.F}\n"
            f"Tirahan: {a.line}\nCel: {a.ph}")


@T("personal_faith", "pomelnic", "ro", 2)
def _(c):
    ps = [c.p("ro") for _ in range(5)]
    return (f"Poți să scrii frumos pomelnicul ăsta ca să-l dau la altar duminică? E pentru familia "
            f"{ps[0].S}.\n\nPentru vii: {ps[0].G}, {ps[1].G}, {ps[2].G} cu familia\n"
            f"Pentru adormiți: {ps[3].F}, {ps[4].G}\nDe la: {ps[0].F}, tel. {c.ph('ro')}")


@T("personal_faith", "zakat_fitrah", "id", 1, case="lower")
def _(c):
    a, b, d = c.p("id", tag="mu"), c.p("id", tag="mu"), c.p("id", tag="mu", sex="f")
    ad = c.a("id")
    return (f"Tolong buatkan tabel dari daftar penerima zakat fitrah RT 03 ini, urutkan dari jumlah "
            f"jiwa terbanyak:\n\n- {a.F}, {ad.line}, 5 jiwa\n- {b.F}, gang sebelah masjid, 2 jiwa, "
            f"HP {c.ph('id')}\n- Ibu {d.F}, janda, 3 jiwa\nPanitia: Masjid Al-Ikhlas")


# ================================================================ clean_faith

@T("clean_faith", "feast_calendar", "en", 2)
def _(c):
    season = c.cyc(["March to May: St David's Day, St Patrick's Day, the Annunciation, Palm Sunday, Easter, "
                    "St George's Day and Ascension Day",
                    "June to August: Pentecost, Corpus Christi, St John the Baptist, St Peter and St Paul, "
                    "St Swithin's Day and the Assumption of Mary",
                    "autumn: Harvest Festival, St Francis of Assisi (blessing of the animals), All Saints, "
                    "All Souls, Remembrance Sunday and Christ the King"])
    return f"Make a simple calendar table for the parish newsletter covering {season}, with one line on each."


@T("clean_faith", "sermon_help", "en", 1)
def _(c):
    text = c.cyc(["the Good Samaritan (Luke 10) for a sermon on loving your neighbour, with a nod to "
                  "Martin Luther King Jr.'s last speech",
                  "Ruth and Naomi, for a service welcoming refugees; maybe quote Desmond Tutu"])
    return f"Help me outline a 10-minute reflection on {text}. Three points, one story, plain language."


@T("clean_faith", "rota_template", "en", 2)
def _(c):
    roles = c.cyc(["Churchwarden, Verger, Sidesperson, Crucifer, Thurifer and Server",
                   "Welcome Team, Reader, Intercessor, Chalice Assistant and Tea Rota"])
    return (f"Design a blank rota template in a table for {roles}. Put [NAME] in each slot, dates as "
            f"[DATE], and a footer telling people to swap with each other before telling the Parish Office.")


@T("clean_faith", "interfaith_calendar", "en", 2)
def _(c):
    fests = c.cyc(["Diwali, Hanukkah, Guru Nanak Gurpurab, Christmas and Bodhi Day",
                   "Nowruz, Holi, Passover, Easter, Eid al-Fitr and Vesak"])
    return (f"Our interfaith forum wants a one-page explainer on {fests}: what each marks, how it's "
            f"usually celebrated, and a respectful greeting for each.")


@T("clean_faith", "harvest_hymns", "en", 3, case="lower")
def _(c):
    q = c.cyc(["which hymns for harvest festival? we did all things bright and beautiful (cecil frances "
               "alexander) last year and we plough the fields and scatter the year before",
               "is amazing grace by john newton ok for a funeral or too american? other options: abide with me, "
               "the lord's my shepherd (crimond), be thou my vision",
               "what's the story behind handel's messiah being sung at easter as well as christmas, for our "
               "choir notes"])
    return q


@T("clean_faith", "pilgrimage", "en", 1)
def _(c):
    places = c.cyc(["Lourdes, Fátima and Santiago de Compostela", "Walsingham, Iona, Knock and Lindisfarne"])
    return (f"Plan a 7-day parish pilgrimage comparing {places}: travel from Manchester, rough costs, "
            f"and which feast days fall in early September.")


@T("clean_faith", "martinsumzug", "de", 2)
def _(c):
    thema = c.cyc(["den Martinsumzug mit Laternen am 11. November (St. Martin teilt den Mantel mit dem Bettler)",
                   "die Sternsinger-Aktion (Caspar, Melchior und Balthasar, 20*C+M+B+25)"])
    return (f"Schreib einen kurzen Text für den Gemeindebrief über {thema}. Zielgruppe: Familien mit "
            f"Kindergartenkindern, maximal 100 Wörter.")


@T("clean_faith", "semana_santa", "es", 2)
def _(c):
    q = c.cyc(["Explícame el orden de las procesiones del Jueves Santo en Sevilla: la Macarena, Jesús del "
               "Gran Poder y la Esperanza de Triana. Es para la hoja informativa de la cofradía.",
               "¿Qué diferencia hay entre el Cristo de la Buena Muerte de Málaga y el de los Legionarios? "
               "Y cuándo sale la Virgen de la Esperanza."])
    return q


@T("clean_faith", "santi_patroni", "it", 2)
def _(c):
    q = c.cyc(["Prepara un cartellone per l'oratorio con San Francesco d'Assisi, Santa Chiara, San Giovanni "
               "Bosco e Padre Pio: una frase e una data di festa per ciascuno.",
               "Scrivi due righe per il bollettino sulla festa di San Gennaro a Napoli e su Santa Lucia il 13 dicembre."])
    return q


@T("clean_faith", "jasna_gora", "pl", 2)
def _(c):
    q = c.cyc(["Napisz krótkie ogłoszenie o pielgrzymce parafialnej na Jasną Górę do Matki Boskiej "
               "Częstochowskiej, wyjście 6 sierpnia.",
               "Przygotuj katechezę dla bierzmowanych o świętym Janie Pawle II i świętej Faustynie Kowalskiej."])
    return q


@T("clean_faith", "dhul_hijjah", "ar", 2)
def _(c):
    q = c.cyc(["اكتب فقرة قصيرة لنشرة المسجد عن فضل العشر الأوائل من ذي الحجة وقصة النبي إبراهيم وإسماعيل عليهما السلام.",
               "لخّص قصة النبي يوسف عليه السلام للأطفال في حلقة تحفيظ القرآن، في عشر جمل بسيطة."])
    return q


@T("clean_faith", "simbang_gabi", "tl", 1)
def _(c):
    q = c.cyc(["Gumawa ng maikling anunsyo para sa Simbang Gabi sa parokya ni San Isidro Labrador, "
               "simula Disyembre 16, alas-4 ng madaling araw.",
               "Ipaliwanag sa mga kabataan ng parokya ang pista ng Santo Niño at ang Sinulog sa Cebu."])
    return q


@T("clean_faith", "sfantul_nicolae", "ro", 1)
def _(c):
    q = c.cyc(["Scrie un anunț scurt pentru parohie despre sărbătoarea Sfântului Nicolae și pelerinajul la "
               "moaștele Sfintei Parascheva de la Iași.",
               "Explică-le copiilor de la cateheză cine au fost Sfinții Împărați Constantin și Elena."])
    return q


@T("clean_faith", "isra_miraj", "id", 1, case="lower")
def _(c):
    q = c.cyc(["Buatkan naskah sambutan singkat untuk peringatan Isra Mi'raj Nabi Muhammad SAW di masjid kami.",
               "Ceritakan sejarah Sunan Kalijaga dan Wali Songo untuk anak-anak TPA, bahasa sederhana."])
    return q


@T("clean_faith", "sainte_therese", "fr", 1)
def _(c):
    q = c.cyc(["Rédige un paragraphe pour le bulletin paroissial sur sainte Thérèse de Lisieux et le pèlerinage "
               "diocésain à Lourdes (Bernadette Soubirous) en octobre.",
               "Explique aux enfants du catéchisme la différence entre la Toussaint et le jour des Morts."])
    return q


# ================================================================ personal_charity

@T("personal_charity", "donor_export", "en", 2)
def _(c):
    ps = [c.p("en") for _ in range(4)]
    addrs = [c.a("uk") for _ in range(4)]
    data = [("2021-11-02", "25.00", "Y", "N"), ("2024-01-15", "10.00", "Y", "N"),
            ("2022-06-30", "250.00", "N", "Y"), ("2022-03-08", "5.00", "Y", "N")]
    rows = "\n".join(f"{c.num(10000, 99999)},{q.G},{q.S},{q.e(m)},{a.P},{d[0]},{d[1]},{d[2]},{d[3]}"
                     for q, a, d, m in zip(ps, addrs, data, ["dot", "gnum", "gf", "und"]))
    return (f"From this CRM export, list donors who haven't given in 18 months and draft a short "
            f"\"we miss you\" e-mail. Skip anyone flagged do_not_contact.\n\n"
            f"constituent_id,first_name,last_name,email,postcode,last_gift_date,last_gift,gift_aid,do_not_contact\n{rows}")


@T("personal_charity", "giftaid_check", "en", 2)
def _(c):
    p = c.p("en")
    a = c.a("uk")
    return (f"Is this Gift Aid declaration good enough for an HMRC claim? The donor left the house number "
            f"off, I think.\n\nTitle: {p.pr('Mrs', 'Mr')}   First name: {p.G}   Surname: {p.S}\n"
            f"Home address: {M('LOCATION', a.get('s').split(' ', 1)[1] if a.get('s')[0].isdigit() else a.get('s'))}, "
            f"{a.T}\nPostcode: {a.P}\n"
            f"☑ I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax "
            f"than the amount of Gift Aid claimed on all my donations in that tax year it is my "
            f"responsibility to pay any difference.\nDate: 04/03/2024")


@T("personal_charity", "dropin_case_note", "en", 2)
def _(c):
    p, worker, ex = c.p("en", sex="f"), c.p("en"), c.p("en", sex="m")
    kid = c.kid(p)
    return (f"Rewrite this as a professional case note for our CRM (facts only, no opinions, past tense):\n\n"
            f"saw {p.G} at the drop-in again, she's been sofa surfing since the landlord sold the flat. "
            f"3 kids, youngest {kid.G} is 4. mobile {c.ph('uk')}. referred by {worker.F} from the "
            f"council housing team. gave food parcel + £20 supermarket voucher. she said her ex {ex.F} keeps "
            f"turning up at the school gates. next appt Thurs 10am")


@T("personal_charity", "refugee_intake", "en", 2)
def _(c):
    who = c.cyc([("Lina", "Al-Khatib", "Syrian", "Arabic, some English"),
                 ("Zarghona", "Wardak", "Afghan", "Pashto, Dari"),
                 ("Yonas", "Ghebremedhin", "Eritrean", "Tigrinya, Arabic, some English"),
                 ("Mohammad Nadir", "Sultani", "Afghan", "Dari, some English")])
    p = c.named(who[0], who[1])
    nat, langs = who[2], who[3]
    brp, _ = c.nid("brp")
    a = c.a("uk")
    return (f"Turn this intake into our standard form (Personal details / Immigration / Housing / Needs) "
            f"and list what's missing.\n\n"
            f"Name: {p.F}\nDOB: {c.dob('adult', 'uk')}\nNationality: {nat}\nLanguages: {langs}\n"
            f"BRP no: {brp}\nCurrent address: {a.line} (initial accommodation)\nPhone: {c.ph('uk')}\n"
            f"GP registered: no\nNeeds: solicitor for the appeal, winter coat, ESOL classes")


@T("personal_charity", "grant_case_study", "en", 2)
def _(c):
    p = c.p("en", sex="f")
    a = c.a("uk")
    funder = c.cyc(["the National Lottery Community Fund", "the Esmée Fairbairn Foundation"])
    return (f"Write a 150-word case study for our end-of-grant report to {funder}. {p.G} gave written "
            f"consent to use her first name and town only.\n\nnotes: {p.F}, 34, from {a.T}, joined the "
            f"employment course in January after 6 years out of work caring for her dad. Did the food "
            f"hygiene certificate, got a part-time job at the Co-op in May, now mentoring two new learners.")


@T("personal_charity", "dbs_reminder", "en", 2, case="lower")
def _(c):
    a, b, d = c.p("en"), c.p("en"), c.p("en", sex="f")
    return (f"can u write a reminder to our volunteers about dbs renewals? these expire this month: "
            f"{a.F}, {b.F}, {d.F}. {d.G}'s has actually already expired so she can't do kids club till it's "
            f"sorted, be nice about it")


@T("personal_charity", "sepa_mandat", "de", 2)
def _(c):
    p = c.p("de")
    a = c.a("de")
    return (f"Prüf mal bitte dieses SEPA-Lastschriftmandat für unseren Förderverein auf Vollständigkeit:\n\n"
            f"Kontoinhaber/in: {p.F}\nAnschrift: {a.line}\nIBAN: {c.iban('de')}\n"
            f"Betrag: 5 € monatlich für die Tafel\nMandatsreferenz: FV-2024-0{c.num(100, 999)}\n"
            f"Datum/Unterschrift: 12.02.2024 / {p.I}")


@T("personal_charity", "planning_benevoles", "fr", 1)
def _(c):
    ps = [c.p("fr") for _ in range(4)]
    return (f"Fais-moi un planning de distribution pour notre antenne des Restos du Cœur (mardi et vendredi, "
            f"2 bénévoles minimum par créneau) avec ces dispos :\n\n"
            f"- {ps[0].F} ({c.ph('fr')}) : mardi matin seulement\n- {ps[1].F} : vendredi\n"
            f"- {ps[2].G} : les deux, sauf vacances scolaires\n- {ps[3].F}, {ps[3].e('dot')} : mardi")


@T("personal_charity", "ficha_acogida", "es", 2)
def _(c):
    p = c.p("es", sex="f")
    nie, _ = c.nid("nie") if c.k == 0 else c.nid("dni")
    a = c.a("es")
    return (f"Resume esta ficha de acogida de Cáritas parroquial en cinco líneas para el equipo:\n\n"
            f"Nombre: {p.F}\nNIE/DNI: {nie}\nFecha de nacimiento: {c.dob('adult', 'uk')}\n"
            f"Domicilio: {a.line}\nTeléfono: {c.ph('es')}\n"
            f"Situación: desempleada, dos hijos, alquiler atrasado 3 meses. Pide ayuda para la luz.")


@T("personal_charity", "anbi_bedankbrief", "nl", 1)
def _(c):
    p = c.p("nl")
    a = c.a("nl")
    return (f"Maak een nette bedankbrief voor deze gift, met de zin dat we een ANBI zijn zodat de gift "
            f"aftrekbaar is:\n\nNaam: {p.F}\nAdres: {a.line}\nIBAN: {c.iban('nl')}\nBedrag: € 150,- "
            f"(eenmalig, voor de voedselbank)")


@T("personal_charity", "volontari_assicurazione", "it", 2)
def _(c):
    who = c.cyc([("Chiara", "Colombo"), ("Matteo", "Fontana")])
    p = c.named(*who)
    cf = CF_OF[who][0]
    o1, o2 = c.p("it"), c.p("it")
    return (f"Per l'assicurazione dei volontari della mensa solidale serve un elenco ordinato. Mi sistemi "
            f"questi dati e mi dici a chi manca il codice fiscale?\n\n"
            f"{p.F} – CF {M('NATIONAL_ID', cf)} – cell. {c.ph('it')}\n{o1.F} – CF ? – cell. {c.ph('it')}\n"
            f"{o2.S} {o2.G} – lo manda domani")


@T("personal_charity", "background_check", "en", 1)
def _(c):
    p = c.p("en")
    a = c.a("us")
    return (f"Our Habitat for Humanity affiliate needs to send volunteer background checks to the vendor. "
            f"Is it OK to just e-mail this, or should it go through their portal?\n\n"
            f"Volunteer: {p.F}\nSSN: {c.ssn()}\nDOB: {c.dob('adult', 'us')}\nAddress: {a.line}\n"
            f"Role: build-site crew lead, Saturdays")


@T("personal_charity", "kurban_hisse", "tr", 1, case="lower")
def _(c):
    ps = [c.p("tr") for _ in range(3)]
    return (f"Derneğimizin kurban bağışı listesini tabloya çevirir misin? Hisse sayısına göre sırala:\n\n"
            f"{ps[0].F} – 2 hisse – {c.ph('tr')}\n{ps[1].F} – 1 hisse – {ps[1].e('dot')}\n"
            f"{ps[2].F} (annesi adına) – 1 hisse – {c.ph('tr')}")


# ================================================================ clean_charity

@T("clean_charity", "appeal_copy", "en", 2)
def _(c):
    org, topic = c.cyc([("Oxfam", "clean water after the floods in Pakistan"),
                        ("Médecins Sans Frontières", "mobile clinics in South Sudan"),
                        ("the British Red Cross", "winter emergency support in Ukraine")])
    return (f"Write a 3-paragraph appeal letter in the style of {org} about {topic}. Tone like the Band Aid "
            f"era but modern; end with a clear ask (£10/£25/£50) and a line about Gift Aid.")


@T("clean_charity", "giftaid_rules", "en", 2)
def _(c):
    q = c.cyc(["Explain the Gift Aid small donations scheme (GASDS) vs normal Gift Aid for our church "
               "and charity shop volunteers. Use [DONOR NAME] and [AMOUNT] in the examples.",
               "Can a Gift Aid declaration be taken over the phone? Write a script with placeholders "
               "({{donor_first_name}}, {{campaign}}) that meets HMRC's rules."])
    return q


@T("clean_charity", "crm_compare", "en", 1)
def _(c):
    tools = c.cyc(["Salesforce Nonprofit Cloud, Beacon and Donorfy", "Blackbaud Raiser's Edge NXT, CiviCRM and Bloomerang"])
    return (f"We're a 12-staff charity choosing a donor CRM. Compare {tools} on price, Gift Aid "
            f"claims, JustGiving integration and GDPR consent tracking. Table please.")


@T("clean_charity", "philanthropy_q", "en", 3, case="lower")
def _(c):
    q = c.cyc(["how did andrew carnegie decide which libraries to fund, and is the gospel of wealth worth "
               "quoting in our annual report",
               "what's the difference between how mackenzie scott gives and how the bill & melinda gates "
               "foundation gives? we're applying for trust funding",
               "who was chuck feeney and why did atlantic philanthropies spend everything"])
    return q


@T("clean_charity", "grant_template", "en", 1)
def _(c):
    funder = c.cyc(["Comic Relief", "Children in Need"])
    return (f"Fill in a grant report template for {funder}, leaving placeholders I can complete later: "
            f"[PROJECT NAME], [NUMBER OF BENEFICIARIES], [CASE STUDY – first name only, with consent], "
            f"[TREASURER], and a section on outcomes measured with the Outcomes Star.")


@T("clean_charity", "spendensiegel", "de", 2)
def _(c):
    q = c.cyc(["Was bedeutet das DZI-Spendensiegel, und haben Brot für die Welt, Misereor und die Caritas es? "
               "Kurz für unsere Website.",
               "Schreib einen Aufruf für den Weihnachtsbasar zugunsten von Ärzte ohne Grenzen und der SOS-Kinderdörfer."])
    return q


@T("clean_charity", "restos_coluche", "fr", 2)
def _(c):
    q = c.cyc(["Raconte en 5 lignes comment Coluche a fondé les Restos du Cœur, pour l'affiche de notre collecte.",
               "Quelle différence entre le Secours populaire, le Secours catholique et Emmaüs (fondé par l'abbé Pierre) ?"])
    return q


@T("clean_charity", "cruz_roja", "es", 2)
def _(c):
    q = c.cyc(["Redacta un post para Instagram sobre el Día Mundial de la Cruz Roja (8 de mayo, nacimiento de "
               "Henry Dunant) para nuestra asamblea local.",
               "Compara Cáritas, Manos Unidas y Aldeas Infantiles SOS para una charla en el instituto."])
    return q


@T("clean_charity", "betinho", "pt", 1)
def _(c):
    q = c.cyc(["Escreve um texto curto sobre o Betinho e a Ação da Cidadania contra a Fome para a nossa campanha de Natal.",
               "Explique a diferença entre a Cruz Vermelha, os Médicos Sem Fronteiras e a Amnistia Internacional para uma aula."])
    return q


@T("clean_charity", "wosp", "pl", 1)
def _(c):
    q = c.cyc(["Napisz ogłoszenie do szkoły o finale Wielkiej Orkiestry Świątecznej Pomocy; wspomnij Jurka Owsiaka "
               "i światełko do nieba.",
               "Czym zajmuje się Polska Akcja Humanitarna założona przez Janinę Ochojską? Krótko, na gazetkę."])
    return q


@T("clean_charity", "giro555", "nl", 1)
def _(c):
    q = c.cyc(["Wat is Giro555 en welke organisaties doen mee (Rode Kruis, Cordaid, Artsen zonder Grenzen)? Kort voor onze nieuwsbrief.",
               "Schrijf een oproep voor de collecteweek van KWF en het Prinses Beatrix Spierfonds."])
    return q


@T("clean_charity", "kizilay", "tr", 1, case="lower")
def _(c):
    q = c.cyc(["Kızılay ile AFAD arasındaki farkı kısaca anlatır mısın? Okul kulübü için.",
               "LÖSEV ve Darüşşafaka hakkında kısa bir tanıtım yazısı yazar mısın?"])
    return q


# ================================================================ personal_sport

@T("personal_sport", "renewals_csv", "en", 2)
def _(c):
    ps = [c.p("en") for _ in range(3)]
    ads = [c.a("uk") for _ in range(3)]
    kinds = [("teen", "uk"), ("adult", "uk"), ("child", "uk")]
    ec = c.p("en")
    rows = []
    for i, (q, a, (kd, st)) in enumerate(zip(ps, ads, kinds)):
        street = M("LOCATION", a.get("s")) if not a.get("u") else f"{M('LOCATION', a.get('u'))} {M('LOCATION', a.get('s'))}"
        emerg = f"{ec.F} {c.ph('uk')}" if i == 0 else ("" if i == 1 else "mum")
        rows.append(f"{c.num(1000, 1999)},{q.G},{q.S},{c.dob(kd, st)},\"{street}\",{a.P},{a.ph},{emerg}")
    club = c.cyc(["swimming club", "rugby club juniors", "athletics club"])
    return (f"Membership renewals for the {club}: which rows are missing an emergency contact, and who is "
            f"under 18 and needs a parent signature?\n\n"
            f"member_no,first,last,dob,address,postcode,phone,emergency_contact\n" + "\n".join(rows))


@T("personal_sport", "medical_consent", "en", 2)
def _(c):
    par, gm, gp = c.p("en"), c.p("en", sex="f"), c.p("en")
    kid = c.kid(par)
    allergy = c.cyc(["peanuts (EpiPen in the kit bag), hay fever", "bee stings, mild asthma"])
    return (f"Summarise this consent form for the coaches' first-aid sheet (only what they need on the "
            f"touchline: allergies, medication, who to call):\n\n"
            f"Child: {kid.F}   DOB: {c.dob('child', 'uk')}\nNHS number: {c.nhs()}\n"
            f"GP: Dr {gp.S}, Riverside Surgery\nAllergies: {allergy}\n"
            f"Medication: blue inhaler before matches\n"
            f"Parent/guardian: {par.F}, {c.ph('uk')}\nSecond contact: grandma {gm.G}, {c.ph('uk')}\n"
            f"I consent to emergency treatment: YES")


@T("personal_sport", "welfare_concern", "en", 2)
def _(c):
    wo, mum, bf = c.p("en"), c.p("en", sex="f"), c.p("en", sex="m")
    kid = c.kid(mum)
    a = c.a("uk")
    return (f"Help me write this up properly for our club welfare officer, {wo.F}, using the FA's "
            f"concern form headings. I haven't said anything to the family.\n\n"
            f"{kid.F} (12, U13s) has come to training hungry three weeks running, no kit, and on Tuesday "
            f"said {kid.pr('she', 'he')} didn't want to go home because mum's boyfriend {bf.G} \"goes mental\". "
            f"Lives with mum at {a.line}. Coach present: me and the assistant.")


@T("personal_sport", "camp_form", "en", 2)
def _(c):
    diet = c.cyc(["halal", "vegetarian, no eggs"])
    par = c.p("en", tag="mu") if diet == "halal" else c.p("en", excl=("mu",))
    kid, leader = c.kid(par), c.p("en")
    return (f"Check this cub camp form is complete, Akela wants the list by Friday:\n\n"
            f"Cub: {kid.W}   DOB: {c.dob('child', 'uk')}   Six: Red\n"
            f"Dietary: {diet}\nMedical: eczema cream at bedtime\n"
            f"Parent: {par.W}, {c.ph('uk')}, {par.e('gnum')}\nPhoto consent: no\n"
            f"Leader signing: Baloo ({leader.W})")


@T("personal_sport", "lifts_chat", "en", 3, case="lower")
def _(c):
    a, b, d, e = c.p("en"), c.p("en"), c.p("en"), c.p("en")
    t1, t2 = c.a("uk"), c.a("uk")
    return (f"sort this into a lift list for saturday's away game pls, ko 10:30: "
            f"{a.G} can take 3 from the leisure centre, {b.F} picking up {d.G} and {e.G} from {t1.T}, "
            f"{e.G}'s mum says shes back by 2. anyone from {t2.T} ring {b.G} on {c.ph('uk')}")


@T("personal_sport", "mitgliederliste", "de", 2)
def _(c):
    ps = [c.p("de") for _ in range(2)]
    ads = [c.a("de") for _ in range(2)]
    rows = "\n".join(f"{q.S};{q.G};{c.dob(k, 'dot')};{M('LOCATION', a.get('s'))};{a.P};{a.T};{c.iban('de')};{abt}"
                     for q, a, k, abt in zip(ps, ads, ["adult", "child"], ["Turnen", "Fußball E-Jugend"]))
    return (f"Wir stellen im Sportverein auf eine neue Vereinssoftware um. Bring diese Liste in das "
            f"Importformat (Spalten: Name, Vorname, Geburtsdatum, Anschrift einzeilig, IBAN, Abteilung):\n\n"
            f"Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort;IBAN;Abteilung\n{rows}")


@T("personal_sport", "medlemsregister", "sv", 2)
def _(c):
    pnr, dob, sex = c.nid3("pnr")
    par = c.p("sv")
    kid = c.kid(par, sex)
    a = c.a("se")
    return (f"Kan du göra om den här anmälan till en rad i vårt medlemsregister (namn, personnummer, "
            f"adress, målsman, telefon)?\n\n"
            f"Hej! Jag vill anmäla {kid.F}, personnummer {pnr}, till innebandyn. Vi bor på "
            f"{a.line}. Målsman: {par.F}, {c.ph('se')}. Tack! /{par.G}")


@T("personal_sport", "spelerslijst", "nl", 1)
def _(c):
    ps = [c.p("nl") for _ in range(3)]
    team = c.cyc(["JO13-1", "MO15-2"])
    rows = "\n".join(f"{q.F} – {c.dob(k, 'dash')} – ouder: {c.ph('nl')}" for q, k in zip(ps, ["child", "child", "teen"]))
    return (f"Kun je van deze spelerslijst van {team} een nette tabel maken voor het wedstrijdformulier? "
            f"Geboortedata moeten erbij voor de KNVB.\n\n{rows}")


@T("personal_sport", "ficha_federativa", "es", 1)
def _(c):
    par = c.p("es", excl=("mu",))
    p = c.kid(par)
    dni, _ = c.nid("dni")
    a = c.a("es")
    return (f"Revisa que esta ficha federativa del alevín esté completa antes de mandarla a la "
            f"federación:\n\nJugador/a: {p.F}\nFecha de nacimiento: {c.dob('child', 'uk')}\n"
            f"DNI del tutor: {dni}\nTutor: {par.F}\nDomicilio: {a.line}\nTeléfono: {c.ph('es')}")


@T("personal_sport", "prihlaska_sokol", "cs", 2)
def _(c):
    rc, dob, sex = c.nid3("rc")
    par = c.p("cs", sex=sex)
    kid = c.kid(par, sex)
    a = c.a("cz")
    return (f"Prosím přepiš tuhle přihlášku do oddílu všestrannosti Sokola do tabulky pro matriku:\n\n"
            f"Jméno dítěte: {kid.F}, rodné číslo {rc}, nar. {M('DATE_OF_BIRTH', fmt_date(dob, 'cs'))}\n"
            f"Bydliště: {a.line}\nZákonný zástupce: {par.F}, tel. {c.ph('cz')}, {par.e('dot')}")


@T("personal_sport", "licence_foot", "fr", 1)
def _(c):
    par = c.p("fr", sex="f")
    kid = c.kid(par, "m")
    a = c.a("fr")
    return (f"Peux-tu rédiger un mail de relance pour cette licence U11 qui est incomplète (manque le "
            f"certificat médical) ?\n\nJoueur : {kid.UP}, né le {c.dob('child', 'uk')}\n"
            f"Responsable légal : {par.F}\nAdresse : {a.line}\nTél : {c.ph('fr')}")


@T("personal_sport", "karta_oboz", "pl", 2)
def _(c):
    pesel, dob, sex = c.nid3("pesel")
    par = c.p("pl", sex=sex)
    kid = c.kid(par, sex)
    a = c.a("pl")
    return (f"Sprawdź, czy ta karta kwalifikacyjna na obóz harcerski jest kompletna:\n\n"
            f"Uczestnik: {kid.F}\nPESEL: {pesel}\nData urodzenia: {M('DATE_OF_BIRTH', fmt_date(dob, 'dot'))}\n"
            f"Adres: {a.line}\nRodzic: {par.F}, tel. {c.ph('pl')}\nUwagi o zdrowiu: uczulenie na osy")


@T("personal_sport", "iscrizione_grest", "it", 2)
def _(c):
    who = c.cyc([("Salvatore", "Greco"), ("Francesca", "De Luca")])
    kid = c.named(*who)
    cf, dob = CF_OF[who]
    par = c.p("it", sex="f")
    a = c.a("it")
    return (f"Mi fai una tabella per l'iscrizione al Grest dell'oratorio con questi dati?\n\n"
            f"Bambino/a: {kid.F}\nNato/a il: {M('DATE_OF_BIRTH', fmt_date(dob, 'uk'))}\n"
            f"Codice fiscale: {M('NATIONAL_ID', cf)}\nGenitore: {par.F}, {c.ph('it')}\n"
            f"Residenza: {a.line}\nAllergie: nessuna. Settimane: 1, 2 e 4")


# ================================================================ clean_sport

@T("clean_sport", "club_names", "en", 2)
def _(c):
    q = c.cyc(["Why is Queen of the South called that, and why are Hamilton Academical \"the Accies\"? For our "
               "supporters' club quiz night.",
               "How did Arsenal, Crystal Palace and Sheffield Wednesday get their names? Quiz round please, with answers.",
               "Which clubs are named after people: Vasco da Gama, Kaizer Chiefs, Jahn Regensburg… give 5 more "
               "with a line each for our pub quiz."])
    return q


@T("clean_sport", "training_drills", "en", 2)
def _(c):
    sport, drills = c.cyc([("U12 football", "a rondo, the Cruyff turn, the Panenka penalty and the Rabona"),
                           ("junior high jump", "the Fosbury flop (and Dick Fosbury's story) and the Western roll")])
    return (f"Plan a 60-minute {sport} session that teaches {drills}, with warm-up and cool-down, for 14 "
            f"kids and 2 coaches.")


@T("clean_sport", "cub_badges", "en", 2)
def _(c):
    q = c.cyc(["Explain to new parents why Cub leaders are called Akela, Baloo and Bagheera (The Jungle Book, "
               "Baden-Powell's idea) and what a Sixer does.",
               "Make a checklist for the Chief Scout's Silver Award and mention Bear Grylls and Gilwell Park "
               "in the welcome note."])
    return q


@T("clean_sport", "fixture_list", "en", 1)
def _(c):
    fx = c.cyc(["Sat 12 Oct: Forest Green Rovers v Accrington Stanley\nSat 19 Oct: Tranmere Rovers v Notts County\n"
                "Tue 22 Oct: Doncaster Rovers v Bradford City",
                "Sat 5 Apr: Celtic v Rangers\nSun 13 Apr: Hibernian v Heart of Midlothian\n"
                "Sat 26 Apr: Aberdeen v Dundee United"])
    return f"Turn these fixtures into a nice coach-trip poster for the supporters' club, with departure times 3 hours before:\n\n{fx}"


@T("clean_sport", "safeguarding_policy", "en", 1)
def _(c):
    body = c.cyc(["the FA", "British Gymnastics"])
    return (f"Write a one-page safeguarding policy summary for a grassroots club affiliated to {body}. "
            f"Use placeholders: Club Welfare Officer: [NAME], [PHONE], [EMAIL]; Designated Safeguarding Lead: "
            f"[NAME]. Mention DBS checks, the two-adult rule and the NSPCC helpline.")


@T("clean_sport", "goat_debate", "en", 3, case="lower")
def _(c):
    q = c.cyc(["who has won more ballon d'ors, messi or ronaldo, and who's closest after them? settle it for the under-15s",
               "is usain bolt's 9.58 ever going to be beaten? my running club thinks noah lyles will do it",
               "how many grand slams do serena williams and steffi graf have? tennis club group chat is arguing"])
    return q


@T("clean_sport", "turnvater_jahn", "de", 2)
def _(c):
    q = c.cyc(["Warum heißt der SSV Jahn Regensburg nach Turnvater Jahn, und was hat Friedrich Ludwig Jahn mit "
               "unseren Turnvereinen zu tun? Für die Vereinschronik.",
               "Schreib einen Text für die Vereinszeitung über Fortuna Düsseldorf, Hertha BSC und die Kickers "
               "Offenbach – woher kommen die Namen?"])
    return q


@T("clean_sport", "bernabeu", "es", 2)
def _(c):
    q = c.cyc(["¿Quién fue Santiago Bernabéu y por qué el estadio lleva su nombre? Para la revista de la peña madridista.",
               "Explica por qué el Athletic Club solo ficha jugadores vascos y qué es el Trofeo Ramón de Carranza."])
    return q


@T("clean_sport", "vasco_gama", "pt", 1, case="lower")
def _(c):
    q = c.cyc(["Por que o Vasco da Gama tem esse nome? E o Maracanã se chama Estádio Jornalista Mário Filho por quê?",
               "Escreve um texto para a escolinha de futebol sobre Pelé, Garrincha e Marta."])
    return q


@T("clean_sport", "vasaloppet", "sv", 1)
def _(c):
    q = c.cyc(["Skriv en kort text till klubbtidningen om varför Vasaloppet heter så (Gustav Vasa) och när det går.",
               "Vad är skillnaden mellan Hammarby, Djurgården och AIK historiskt? Till vår supporterquiz."])
    return q


@T("clean_sport", "zatopek", "cs", 2)
def _(c):
    q = c.cyc(["Napiš pro oddílový web krátký text o Emilu Zátopkovi a jeho trojitém zlatu v Helsinkách.",
               "Kdo byl Miroslav Tyrš a proč se Sokol jmenuje Sokol? Pro nástěnku v tělocvičně."])
    return q


@T("clean_sport", "ali_sami_yen", "tr", 1)
def _(c):
    q = c.cyc(["Ali Sami Yen kimdi ve Galatasaray'ın eski stadına neden onun adı verildi? Taraftar dergisi için.",
               "Fenerbahçe'nin stadı neden Şükrü Saracoğlu adını taşıyor? Kısa bir yazı lütfen."])
    return q


@T("clean_sport", "abe_lenstra", "nl", 2)
def _(c):
    q = c.cyc(["Wie was Abe Lenstra en waarom is het stadion van Heerenveen naar hem genoemd? Voor ons clubblad.",
               "Schrijf een stukje over de Johan Cruijff ArenA en De Kuip voor de jeugdnieuwsbrief."])
    return q


# ================================================================ personal_alumni

@T("personal_alumni", "class_notes", "en", 2)
def _(c):
    a, b, d = c.p("en"), c.p("en"), c.p("en")
    t = c.a("uk", "us", "ie")
    yr = c.cyc(["'09", "'96"])
    return (f"Edit these class notes for the alumni magazine, 40 words each max, house style is "
            f"Firstname Surname ('YY):\n\n"
            f"- {a.W} {yr} married {b.W} last summer in {t.T}, they've moved back there and would love to "
            f"hear from old friends: {a.e('dot')}\n"
            f"- {d.W} {yr} just finished her PhD and says hi to everyone from the rowing crew")


@T("personal_alumni", "reunion_rsvp", "en", 2)
def _(c):
    ps = [c.p("en") for _ in range(4)]
    yr = c.cyc(["20-year reunion (class of 2005)", "10-year reunion", "40th anniversary dinner"])
    rows = "\n".join(f"| {q.W} | {q.e(m)} | {r} | {d} |" for q, m, r, d in zip(
        ps, ["dot", "gnum", "gf", "und"], ["yes +1", "yes", "no", "maybe"],
        ["veggie", "-", "-", "gluten free"]))
    return (f"For the {yr}: how many covers do I tell the caterer, and draft a nudge to the maybes.\n\n"
            f"| Name | Email | RSVP | Diet |\n|---|---|---|---|\n{rows}")


@T("personal_alumni", "in_memoriam", "en", 2)
def _(c):
    p = c.p("en")
    w = c.p("en", sex="m" if p.sex == "f" else "f")
    a = c.a("uk", "us", "au", "nz", "ca")
    y = c.dobt("old")
    subj = c.cyc(["Chemistry", "Classics"])
    return (f"Turn these notes from the family into a 120-word In Memoriam piece for the alumni "
            f"newsletter:\n\n{p.F}, born {M('DATE_OF_BIRTH', fmt_date(y, 'en_long'))}, read {subj} "
            f"{y[0] + 18}-{(y[0] + 21) % 100:02d}, taught at the "
            f"local grammar school for 30 years. Died peacefully at home in {a.T} in March. Leaves "
            f"{p.pr('husband', 'wife')} {w.G}, three children. Donations to the RNLI. Family contact "
            f"{w.e('dot')}")


@T("personal_alumni", "chess_ladder", "en", 2)
def _(c):
    ps = [c.p("en") for _ in range(5)]
    lines = "\n".join(f"{i + 1}. {q.SG} – {pts}" for i, (q, pts) in enumerate(zip(ps, ["4½", "4", "3½", "3", "1"])))
    return (f"Club ladder after round 5. Write the e-mail to members announcing the top three and the "
            f"pairings for round 6 (1v2, 3v4, 5 gets a bye):\n\n{lines}")


@T("personal_alumni", "model_railway", "en", 2, case="lower")
def _(c):
    a, b = c.p("en", sex="m"), c.p("en")
    return (f"help me write to {a.F} politely, he's had the club's hornby class 37 and the märklin "
            f"starter set at his house since the exhibition in may. his number is {c.ph('uk')} but he never "
            f"answers. {b.G} says he's been unwell so dont be harsh")


@T("personal_alumni", "bird_records", "en", 2)
def _(c):
    a, b = c.p("en"), c.p("en")
    t = c.a("uk")
    sp = c.cyc([("Montagu's harrier", "Cetti's warbler"), ("Bewick's swan", "Slavonian grebe")])
    return (f"Write up these sightings for the county bird club bulletin in the usual style (species, "
            f"place, date, observer):\n\n- {sp[0]} seen by {a.F} over {a.pr('her', 'his')} garden in {t.T}, 14 May\n"
            f"- {sp[1]} singing at the reserve, 16 May ({b.I})\n- Red kite, 3 over the bypass, 18 May (club walk)")


@T("personal_alumni", "chor_kontakte", "de", 1)
def _(c):
    ps = [c.p("de") for _ in range(3)]
    stimme = ["Sopran", "Alt", "Bass"]
    rows = "\n".join(f"{q.F} ({s}) – {c.ph('de') if i != 1 else q.e('dot')}" for i, (q, s) in enumerate(zip(ps, stimme)))
    chor = c.cyc(["Kirchenchor", "Gospelchor"])
    return (f"Mach aus diesen Angaben eine Telefonkette für unseren {chor} (jede/r ruft die nächste Person "
            f"an, wer nur E-Mail hat, bekommt eine Mail):\n\n{rows}")


@T("personal_alumni", "annuaire_anciens", "fr", 1)
def _(c):
    a, b = c.p("fr"), c.p("fr")
    ad = c.a("fr")
    return (f"Mets à jour ces deux fiches de l'annuaire de l'association des anciens élèves, format "
            f"NOM Prénom – promo – ville – contact :\n\n"
            f"{a.UP}, promo 1998, habite maintenant {ad.line}, {a.e('dot')}\n"
            f"{b.UP}, promo 2004, ne souhaite plus recevoir le bulletin papier, tél. {c.ph('fr')}")


@T("personal_alumni", "alpini_tessere", "it", 2)
def _(c):
    who = ("Angelo", "Santoro") if c.k == 0 else None
    p = c.named(*who) if who else c.p("it")
    o = c.p("it")
    cf = f" – CF {M('NATIONAL_ID', CF_OF[who][0])}" if who else ""
    return (f"Scrivi una circolare ai soci del gruppo Alpini per il rinnovo delle tessere 2025 (25 €) e "
            f"aggiungi in fondo l'elenco dei nuovi iscritti:\n\n- {p.F}{cf} – cell. {c.ph('it')}\n"
            f"- {o.F} – aggregato, {o.e('dot')}")


@T("personal_alumni", "mezunlar_dernegi", "tr", 1)
def _(c):
    a, b = c.p("tr"), c.p("tr")
    ad = c.a("tr")
    return (f"Mezunlar derneğimizin yıllık yemeği için bu iki üyeye davet e-postası yaz:\n\n"
            f"{a.F}, 1995 mezunu, {a.e('dot')}, adres: {ad.line}\n{b.F}, 2003 mezunu, tel. {c.ph('tr')}")


@T("personal_alumni", "ob_kai", "ja", 2)
def _(c):
    a, b = c.p("ja"), c.p("ja")
    return (f"OB会の名簿を表にまとめてください（氏名・卒業年・連絡先）。\n\n"
            f"{a.F}（2008年卒）{a.e('dot')}\n{b.F}（2012年卒）電話 {c.ph('jp')}、幹事を引き受けてくれるそうです")


@T("personal_alumni", "absolventi", "ro", 2)
def _(c):
    cnp, dob, sex = c.nid3("cnp")
    p, o = c.p("ro", sex=sex), c.p("ro")
    a = c.a("ro")
    return (f"Completează formularul de adeziune la Asociația Absolvenților cu datele astea și spune-mi "
            f"dacă lipsește ceva:\n\nNume: {p.F}\nCNP: {cnp}\nDomiciliu: {a.line}\n"
            f"Telefon: {c.ph('ro')}\nPromoția: 2006\nRecomandat de: {o.F}")


@T("personal_alumni", "reuni_angkatan", "id", 1, case="lower")
def _(c):
    a, b = c.p("id"), c.p("id")
    return (f"Tolong bikin pengumuman reuni angkatan 2010 di grup WA alumni. Kontak panitia: {a.F} "
            f"({c.ph('id')}) dan {b.F} ({b.e('gnum')}). Iuran Rp 250.000, transfer ke bendahara.")


# ================================================================ clean_alumni

@T("clean_alumni", "famous_alumni", "en", 2)
def _(c):
    q = c.cyc(["List 10 famous alumni of Trinity College Dublin (Oscar Wilde, Samuel Beckett, Mary Robinson…) "
               "for a banner at our alumni dinner.",
               "Which Nobel laureates studied at the University of Manchester? Short list for the alumni society newsletter.",
               "Famous people who were Rhodes Scholars or Fulbright fellows, one line each, for a careers talk."])
    return q


@T("clean_alumni", "chess_openings", "en", 2)
def _(c):
    q = c.cyc(["For our junior chess club handout: explain the Sicilian Najdorf, the Caro-Kann and the Ruy López "
               "in one paragraph each, and mention Magnus Carlsen's favourite.",
               "Is the Queen's Gambit in the Netflix show (Beth Harmon) accurate? Which real games did they use, "
               "Fischer or Kasparov?"])
    return q


@T("clean_alumni", "stamp_society", "en", 2)
def _(c):
    q = c.cyc(["For the philatelic society display: the story of the Penny Black, Rowland Hill and Queen Victoria's "
               "portrait, 150 words.",
               "What makes the Inverted Jenny and the British Guiana 1c magenta so valuable? And is Stanley Gibbons "
               "still the catalogue to use?"])
    return q


@T("clean_alumni", "birding_questions", "en", 3, case="lower")
def _(c):
    q = c.cyc(["how do you tell a bewick's swan from a whooper swan at distance, for our beginners' walk",
               "why are so many birds named after people (montagu's harrier, cetti's warbler, leach's petrel)? any "
               "move to rename them like in america",
               "best time to see ospreys at loch garten and red kites at gigrin farm, planning a club trip"])
    return q


@T("clean_alumni", "reunion_template", "en", 2)
def _(c):
    ev = c.cyc(["25-year reunion", "alumni drinks in the Students' Union"])
    return (f"Write an invitation e-mail template for our {ev}. Use {{{{first_name}}}}, {{{{class_year}}}} "
            f"and [VENUE]; sign off from \"The Alumni Relations Team\". Add a line about the Annual Fund.")


@T("clean_alumni", "astronomy_club", "en", 2)
def _(c):
    q = c.cyc(["Write the blurb for our astronomy society's Messier marathon night, mention Charles Messier, "
               "the Andromeda Galaxy and the Orion Nebula.",
               "When is Halley's Comet back, and what can we see with the club's Dobsonian this winter? Mention "
               "Patrick Moore's Caldwell catalogue."])
    return q


@T("clean_alumni", "maerklin", "de", 2)
def _(c):
    q = c.cyc(["Schreib einen Text für die Ausstellung unseres Modelleisenbahnvereins: Märklin, Fleischmann und "
               "LGB im Vergleich, dazu der Rheingold-Zug.",
               "Welche Bücher von Karl May eignen sich für unseren Lesekreis im Heimatverein? Kurze Übersicht."])
    return q


@T("clean_alumni", "anciens_sciencespo", "fr", 2)
def _(c):
    q = c.cyc(["Quels présidents sont passés par l'ENA ou Sciences Po (Chirac, Hollande, Macron) ? Pour un quiz à "
               "la soirée des anciens.",
               "Écris le mot d'accueil du club de philatélie pour l'exposition sur Marianne et la Semeuse."])
    return q


@T("clean_alumni", "garibaldi_modellismo", "it", 1)
def _(c):
    q = c.cyc(["Scrivi la locandina della mostra di modellismo del circolo: Ferrari 312, Fiat 500 e la Lancia Stratos.",
               "Una breve biografia di Giuseppe Garibaldi e Anita per il giornalino dell'associazione."])
    return q


@T("clean_alumni", "waseda_meibo", "ja", 2)
def _(c):
    q = c.cyc(["早稲田大学の有名な卒業生（村上春樹、是枝裕和など）を同窓会報向けに5人紹介してください。",
               "鉄道模型クラブの展示会の案内文を作ってください。テーマは新幹線0系とSL C62です。"])
    return q


@T("clean_alumni", "alumni_soekarno", "id", 1)
def _(c):
    q = c.cyc(["Tuliskan sejarah singkat ITB dan alumninya yang terkenal seperti Soekarno dan B.J. Habibie untuk buletin alumni.",
               "Buat pengumuman lomba fotografi komunitas dengan tema Candi Borobudur dan Prambanan."])
    return q


@T("clean_alumni", "eminescu_cerc", "ro", 1)
def _(c):
    q = c.cyc(["Scrie o prezentare scurtă pentru cercul literar despre Mihai Eminescu și Ion Creangă.",
               "Ce absolvenți celebri are Colegiul Național Sfântul Sava? Pentru revista asociației."])
    return q


# ================================================================ more rows in the personal rows' shapes

@T("personal_charity", "phone_donation", "en", 2)
def _(c):
    p = c.p("en")
    a = c.a("uk")
    appeal = c.cyc(["the Christmas appeal", "the Gaza emergency appeal"])
    return (f"A new volunteer took a phone donation for {appeal} and typed the card details into the "
            f"shared notes doc. Tell me what we need to do now (PCI), and draft the thank-you e-mail.\n\n"
            f"caller: {p.F}, {a.line}\n£50 one-off, card {c.card()} exp 09/27, cvv given\n"
            f"email for receipt {p.e('dot')}, happy to Gift Aid")


@T("clean_gaming", "seeding_csv", "en", 2)
def _(c):
    rows = c.cyc([
        "seed,team,main,secondary\n1,Pixel Pirates,Kirby,Pikachu\n2,Night Owls,Samus,Zelda\n"
        "3,Tilted Tea,Ganondorf,Bowser\n4,Blue Shell Gang,Pac-Man,Sonic",
        "seed,team,main,secondary\n1,Crash Landing,Ryu,Ken\n2,Final Smash,Chun-Li,Cammy\n"
        "3,Hadoken Club,Zangief,Blanka\n4,Ultra Combo,Guile,Akuma",
    ])
    return (f"Make a printable bracket from this seeding sheet for our community fighting-game night. "
            f"Teams are named after our Discord channels, mains are the characters they picked.\n\n{rows}")


@T("clean_gaming", "store_json", "en", 2)
def _(c):
    j = c.cyc([
        '{"name": "The Witcher 3: Wild Hunt", "developer": "CD PROJEKT RED", "engine": "REDengine 3",\n'
        ' "characters": ["Geralt of Rivia", "Ciri", "Yennefer", "Triss Merigold", "Dandelion"],\n'
        ' "platforms": ["Steam", "GOG", "PlayStation", "Xbox", "Nintendo Switch"]}',
        '{"name": "God of War Ragnarök", "developer": "Santa Monica Studio", "engine": "proprietary",\n'
        ' "characters": ["Kratos", "Atreus", "Freya", "Thor", "Odin", "Mímir"],\n'
        ' "platforms": ["PlayStation 5", "PlayStation 4", "Steam", "Epic Games Store"]}',
    ])
    return f"Turn this JSON into a short 'game of the month' card for our community site:\n\n{j}"


@T("clean_faith", "hymn_list", "en", 2)
def _(c):
    rows = c.cyc([
        "| Hymn | Words | Tune |\n|---|---|---|\n| Amazing Grace | John Newton | New Britain |\n"
        "| Be Thou My Vision | trans. Mary Byrne | Slane |\n| Guide Me, O Thou Great Redeemer | William Williams | Cwm Rhondda |\n"
        "| Abide with Me | Henry Francis Lyte | Eventide (W. H. Monk) |",
        "| Hymn | Words | Tune |\n|---|---|---|\n| Dear Lord and Father of Mankind | John Greenleaf Whittier | Repton (Parry) |\n"
        "| Jerusalem | William Blake | Hubert Parry |\n| Lord of All Hopefulness | Jan Struther | Slane |\n"
        "| Thine Be the Glory | Edmond Budry | Maccabaeus (Handel) |",
    ])
    return (f"Here are the hymns for Sunday. Write one line on each author for the service sheet, and check "
            f"the tunes are right:\n\n{rows}")


@T("clean_faith", "prayer_intentions", "en", 2)
def _(c):
    v = c.cyc([("FOR THE WORLD\nUkraine, Sudan, Gaza and Haiti\nFOR THE CHURCH\nPope Leo, our bishop and the "
                "Archbishop of Canterbury\nSAINT OF THE WEEK\nSt Teresa of Calcutta (5 Sept)"),
               ("FOR THE WORLD\nvictims of the earthquake in Myanmar\nFOR THE CHURCH\nthe Ecumenical Patriarch "
                "Bartholomew, the Pope and all Christian leaders\nSAINT OF THE WEEK\nSt Oscar Romero (24 March)")])
    return f"Tidy this into the intercessions section of the pew sheet, one short prayer per heading:\n\n{v}"


@T("clean_faith", "prayer_times", "en", 2)
def _(c):
    v = c.cyc([("Fajr 05:12 | Dhuhr 13:05 | Asr 16:48 | Maghrib 19:54 | Isha 21:20",
                "the patience of Prophet Ayyub (Job)"),
               ("Fajr 04:31 | Dhuhr 13:10 | Asr 17:22 | Maghrib 21:02 | Isha 22:35",
                "Prophet Musa and Pharaoh, for Ashura")])
    return (f"Make a clean poster text for the mosque noticeboard:\n{v[0]}\nJumu'ah 13:30, khutbah on "
            f"{v[1]}. Sisters' circle after Asr. Parking on Al-Noor Road is residents only.")


@T("clean_charity", "funder_table", "en", 2)
def _(c):
    rows = c.cyc([
        "funder,type,amount,status\nPaul Hamlyn Foundation,trust,£45000,awarded\nEsmée Fairbairn Foundation,trust,"
        "£60000,stage 2\nGarfield Weston Foundation,trust,£15000,declined\nJohn Lewis Partnership,corporate,£5000,awarded",
        "funder,type,amount,status\nJoseph Rowntree Foundation,trust,£30000,awarded\nLloyds Bank Foundation,trust,"
        "£50000,stage 1\nWellcome Trust,trust,£120000,awarded\nMarks & Spencer,corporate,£2500,pending",
    ])
    return f"Summarise our trust and corporate pipeline for the board in 4 bullet points:\n\n{rows}"


@T("clean_charity", "shop_rota_roles", "en", 2, case="lower")
def _(c):
    v = c.cyc(["barnardo's", "british heart foundation"])
    return (f"turn this into a rota template for our {v} charity shop, use [volunteer] for names: "
            f"mon-sat 9-5, till x2, sorting room x2, steaming, gift aid sign-ups at the till, "
            f"saturday manager cover. note that oxfam books next door does the same")


@T("clean_sport", "league_table", "en", 2)
def _(c):
    rows = c.cyc([
        "Pos,Club,P,W,D,L,Pts\n1,Queen of the South,12,9,2,1,29\n2,Hamilton Academical,12,8,2,2,26\n"
        "3,Alloa Athletic,12,6,3,3,21\n4,Kelty Hearts,12,5,4,3,19",
        "Pos,Club,P,W,D,L,Pts\n1,Accrington Stanley,10,7,2,1,23\n2,Forest Green Rovers,10,6,3,1,21\n"
        "3,Harrogate Town,10,6,1,3,19\n4,Crawley Town,10,4,4,2,16",
    ])
    return f"Write a short matchday-programme paragraph on the title race from this table:\n\n{rows}"


@T("clean_sport", "mitglieder_abteilungen", "de", 2)
def _(c):
    v = c.cyc(["Abteilung;Trainingszeit;Halle\nTurnen;Mo 17-19;Turnhalle Jahnstraße\nFußball;Di/Do 18-20;"
               "Sportplatz am Friedrich-Ebert-Park\nTischtennis;Mi 19-21;Gymnasium Carl von Ossietzky",
               "Abteilung;Trainingszeit;Halle\nHandball;Mo 18-20;Max-Schmeling-Halle\nSchwimmen;Fr 16-18;"
               "Hallenbad am Goetheplatz\nLeichtathletik;Di 17-19;Ernst-Abbe-Sportfeld"])
    return (f"Mach aus dieser Liste einen Aushang für den Schaukasten des Sportvereins, übersichtlich und "
            f"freundlich:\n\n{v}")


@T("clean_oss", "codeowners", "en", 2)
def _(c):
    v = c.cyc(["* @godot-community/maintainers\n/docs/ @godot-community/docs-team\n/shaders/ @godot-community/rendering\n"
               "/.github/ @godot-community/infra",
               "* @hugo-themes/core\n/i18n/ @hugo-themes/translators\n/layouts/ @hugo-themes/core @hugo-themes/design\n"
               "/exampleSite/ @hugo-themes/docs"])
    return f"Explain this CODEOWNERS file to new contributors in plain words for our CONTRIBUTING.md:\n\n{v}"


@T("clean_alumni", "library_catalogue", "en", 2)
def _(c):
    rows = c.cyc([
        "title,author,copies,on_loan\nMurder on the Orient Express,Agatha Christie,2,1\nMy Brilliant Friend,Elena Ferrante,1,1\n"
        "Things Fall Apart,Chinua Achebe,2,0\nThe Remains of the Day,Kazuo Ishiguro,1,0",
        "title,author,copies,on_loan\nThe Hobbit,J. R. R. Tolkien,3,2\nBeloved,Toni Morrison,1,0\n"
        "One Hundred Years of Solitude,Gabriel García Márquez,2,1\nWolf Hall,Hilary Mantel,1,1",
    ])
    return f"Our book club's lending list. Suggest next term's reading order and one discussion question each:\n\n{rows}"


@T("clean_alumni", "honours_board", "en", 2)
def _(c):
    v = c.cyc(["| Name | Years | Known for |\n|---|---|---|\n| Oscar Wilde | 1871-74 | playwright |\n"
               "| Samuel Beckett | 1923-27 | Nobel Prize in Literature 1969 |\n| Mary Robinson | 1962-67 | President of Ireland |",
               "| Name | Years | Known for |\n|---|---|---|\n| Alan Turing | 1931-34 | computing pioneer |\n"
               "| Zadie Smith | 1994-97 | novelist |\n| Stephen Hawking | 1962-66 | cosmologist |"])
    return f"Write the captions for the alumni honours board from this table, 25 words each:\n\n{v}"


@T("personal_charity", "socio_domiciliacion", "es", 1)
def _(c):
    p = c.p("es", excl=("mu",))
    a = c.a("es")
    return (f"Hazme un correo de bienvenida para este nuevo socio de la ONG y confirma los datos de la "
            f"domiciliación (cuota de 12 € al mes):\n\nNombre: {p.F}\nDirección: {a.line}\n"
            f"IBAN: {c.iban('es')}\nMóvil: {c.ph('es')}\nCorreo: {p.e('gf')}")


@T("personal_faith", "denier_prelevement", "fr", 1)
def _(c):
    p = c.p("fr", excl=("mu", "jw"))
    a = c.a("fr")
    return (f"Rédige un mot de remerciement pour ce paroissien qui passe au prélèvement mensuel pour le "
            f"Denier de l'Église, et rappelle-lui le reçu fiscal :\n\n{p.UP}\n{a.block}\n"
            f"IBAN : {c.iban('fr')} – 20 € le 5 du mois\nTél. {a.ph}")


@T("personal_sport", "rimborso_quota", "it", 1)
def _(c):
    p = c.p("it")
    return (f"Scrivi una risposta gentile a questo genitore della società sportiva: il rimborso della quota "
            f"del corso di nuoto si fa solo con certificato medico.\n\n«Buongiorno, sono {p.F}, mio figlio "
            f"si è rotto il polso e non può finire il corso. Chiedo il rimborso di 180 € sull'IBAN "
            f"{c.iban('it')}. Grazie, cell. {c.ph('it')}»")


@T("personal_charity", "schuldhulp_intake", "nl", 1)
def _(c):
    p = c.p("nl")
    bsn, _ = c.nid("bsn")
    a = c.a("nl")
    return (f"Zet deze aanmelding voor de schuldhulp van onze kerkelijke diaconie om in een kort "
            f"dossieroverzicht (persoon, inkomen, schulden, vervolg):\n\nNaam: {p.F}\nBSN: {bsn}\n"
            f"Adres: {a.line}\nIBAN: {c.iban('nl')}\nTel: {c.ph('nl')}\n"
            f"Schulden: zorgverzekering ca. € 1.400, energie € 600. Inkomen: bijstand.")


@T("personal_charity", "penerima_bantuan", "id", 1)
def _(c):
    nik, dob, sex = c.nid3("nik")
    p = c.p("id", tag="mu", sex=sex)
    return (f"Cek kelengkapan data penerima bantuan sembako dari yayasan kami ini ya, terus bikin jadi "
            f"format tabel:\n\nNama: {p.F}\nNIK: {nik}\nTgl lahir: {M('DATE_OF_BIRTH', fmt_date(dob, 'dash'))}\n"
            f"No HP: {c.ph('id')}\nKeterangan: suami sakit, 3 anak sekolah")


@T("personal_gaming", "zwrot_srodkow", "pl", 1)
def _(c):
    p = c.p("pl")
    return (f"Pomóż mi odpisać graczowi, że zwrot za podwójną płatność wyślemy w ciągu 14 dni:\n\n"
            f"> Dzień dobry, {p.pr('kupiłam', 'kupiłem')} przepustkę sezonową dwa razy, proszę o zwrot 49,99 zł na konto "
            f"{c.iban('pl')}. Login {p.h('gfn')}, mail {p.e('dot')}.\n> Pozdrawiam, {p.F}")


@T("personal_sport", "lidgeld_herinnering", "nl", 1)
def _(c):
    p = c.p("nl", "fr")
    a = c.a("be")
    return (f"Schrijf een vriendelijke herinnering voor het lidgeld van de voetbalclub (€ 220, te betalen "
            f"voor 15 september):\n\nOuder: {p.F}\nAdres: {a.line}\nGSM: {c.ph('be')}\n"
            f"Rekeningnummer ouder (voor terugbetaling mutualiteit): {c.iban('be')}")


# ================================================================ build and check

class Build:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.use_p, self.use_a, self.use_v = Counter(), Counter(), Counter()

    def rows(self):
        out = []
        for t in TEMPLATES:
            t["off"] = self.rng.randrange(1000)
        for t in TEMPLATES:
            for k in range(t["n"]):
                c = Ctx(self, t, k)
                text, spans = unmark(t["fn"](c), t["case"])
                out.append({"id": f"{SET}-{t['cls']}-{t['name']}-{k + 1}", "text": text, "spans": spans,
                            "source": SOURCE, "class": t["cls"], "template": t["name"], "locale": ""})
                out[-1]["_lang"] = t["lang"]
                out[-1]["_case"] = t["case"]
                out[-1]["_people"] = sorted(c.used & {p.key for p in PEOPLE})
        return out


def luhn_ok(s):
    d = [int(x) for x in re.sub(r"\D", "", s)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def check(rows):
    ids, texts = set(), set()
    per_tpl = Counter()
    for r in rows:
        assert r["id"] not in ids, r["id"]
        assert r["text"] not in texts, r["id"]
        ids.add(r["id"])
        texts.add(r["text"])
        assert set(r) >= {"id", "text", "spans", "source", "class", "template", "locale"}
        assert r["locale"] == ""
        assert r["id"] == f"{SET}-{r['class']}-{r['template']}-{r['id'].rsplit('-', 1)[1]}"
        per_tpl[(r["class"], r["template"])] += 1
        last = 0
        for s in r["spans"]:
            assert s["type"] in TYPES, s
            assert s["value"], r["id"]
            assert s["value"] == s["value"].strip(), (r["id"], s)
            assert r["text"][s["start"]:s["end"]] == s["value"], (r["id"], s)
            assert s["start"] >= last, (r["id"], s)
            last = s["end"]
            if s["type"] == "CREDIT_CARD":
                assert luhn_ok(s["value"]), s
            if s["type"] == "IBAN_CODE":
                assert iban_ok(s["value"]), s
        if r["class"].startswith("clean_"):
            assert not r["spans"], r["id"]
        else:
            assert r["spans"], r["id"]
        assert "⟦" not in r["text"] and "⟧" not in r["text"], r["id"]
    assert len(per_tpl) >= 80, len(per_tpl)
    assert max(per_tpl.values()) <= 5, per_tpl.most_common(1)
    return per_tpl


def dump(rows):
    keep = ("id", "text", "spans", "source", "class", "template", "locale")
    return "".join(json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n" for r in rows)


def report(rows, per_tpl):
    personal = [r for r in rows if not r["class"].startswith("clean_")]
    print(f"rows {len(rows)}: personal {len(personal)}, PII-free {len(rows) - len(personal)}; "
          f"templates {len(per_tpl)} (max {max(per_tpl.values())} rows each)")
    print("classes:", dict(Counter(r["class"] for r in rows)))
    print("templates per class:", dict(Counter(c for c, _ in per_tpl)))
    print("spans by type:", dict(Counter(s["type"] for r in rows for s in r["spans"]).most_common()))
    langs = Counter(r["_lang"] for r in rows)
    print("languages:", dict(langs.most_common()), f"non-English {sum(v for k, v in langs.items() if k != 'en')}")
    print("languages (personal / PII-free):",
          {k: (sum(1 for r in personal if r["_lang"] == k), v - sum(1 for r in personal if r["_lang"] == k))
           for k, v in langs.most_common()})
    print("lower case rows:", sum(1 for r in rows if r["_case"] == "lower"),
          {"personal": sum(1 for r in personal if r["_case"] == "lower")})
    used = {k for r in rows for k in r["_people"]}
    cults = {p.culture for p in PEOPLE if p.key in used}
    print(f"people used {len(used)} of {len(PEOPLE)}; culture tags used {len(cults)}")
    unused = [p.key for p in PEOPLE if p.key not in used]
    if unused:
        print("unused people:", unused)
    print("longest row:", max(len(r["text"]) for r in rows), "shortest:", min(len(r["text"]) for r in rows))


def main():
    rows = Build().rows()
    per_tpl = check(rows)
    data = dump(rows)
    if "--check" in sys.argv:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        print(f"{OUT.name}: " + ("unchanged" if old == data else "differs from a fresh build"))
        sys.exit(0 if old == data else 1)
    OUT.write_text(data, encoding="utf-8")
    report(rows, per_tpl)
    print("sha256", hashlib.sha256(data.encode()).hexdigest())


if __name__ == "__main__":
    main()
